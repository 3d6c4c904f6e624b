"""court_hy's three dossiers (福建省宁德市蕉城区人民法院执行局): a 大黄鱼 feed maker enforces this court's sale judgment
against a 三都澳 fish farm — the farm's deposits frozen and deducted, paid out, 执行完毕 (closing stage); a battery
plant's subcontracted worker, representing his crew, enforces the 宁德市劳动人事争议仲裁委员会's wage award against a
dispatch company with nothing left — 限制消费, 失信, inquiries, the crew's representative heard, 终本, archived (cover and
catalogue first, the commission's 生效证明 behind the award, review form and remarks sheet last); a 天山绿茶 trader
enforces this court's 民事调解书 against a tea shop's keeper, who pays at the window after the 执行通知书 — handed in
for closing without the 结案通知书.

MISSING was to be enforcement_notice, then property_report_order: check_plan never names either alone — a dossier
without the 执行通知书 (or the 报告财产令) is reported as lacking "service_receipt:enforcement_notice" (…:property_report_order)
whether its 送达回证 stays or goes — so the defective dossier lacks another closing-checklist item, the 结案通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hy import CELL_SEQ, FEED_SEQ, TEA_SEQ

MISSING = "closing_notice"
"""what the tea dossier lacks: the keeper paid at the window, the money went out to the trader by wire, and the clerk
sent the volume up for closing before the 结案通知书 to the applicant had been printed and filed"""


def feed_closing() -> list[Doc]:
    """No settlement: the money came from the frozen account; the ruling's receipt is filed with the others."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def cell_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis",
                  Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def tea_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code not in ("settlement_agreement", MISSING)]


def plans() -> list[Plan]:
    return [
        Plan("court_hy_01_complete_feed_judgment_deposit_deducted", "court_hy", "court_hy",
             "蕉城法院执行本院民事判决（水产饲料公司诉三都澳大黄鱼养殖公司饲料款）：冻结、扣划养殖公司银行存款，案款发放，"
             "执行完毕（结案审查）；非税缴款书红色、电汇凭证绿色套印，彩色平板扫描",
             "enforcement", "fully_performed", "closing", feed_closing(), True, seq=FEED_SEQ),
        Plan("court_hy_02_complete_archive_battery_crew_wage_award_terminated_this_round", "court_hy", "court_hy",
             "蕉城法院执行宁德市劳动人事争议仲裁委员会欠薪裁决（电池厂外包工友诉劳务派遣公司，附生效证明）：限制消费、失信、"
             "网络查控、实地调查均无财产，约谈工友代表后终结本次执行程序，归档卷宗（封面、卷内目录、复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", cell_archive(), True, basis_kind="arbitration",
             seq=CELL_SEQ),
        Plan("court_hy_03_tea_mediation_paid_at_window_missing_closing_notice", "court_hy", "court_hy",
             "蕉城法院执行本院民事调解书（天山绿茶茶商诉茶行经营者茶叶货款）：执行通知后被执行人到窗口交清（资金往来结算票据"
             "蓝色套印），执行完毕；卷内缺结案通知书",
             "enforcement", "fully_performed", "closing", tea_closing(), False, basis_kind="mediation", seq=TEA_SEQ),
    ]
