"""court_in's three dossiers (山东省青岛市黄岛区人民法院执行局): a container-haulage company enforces this court's judgment
for 拖车运费 against a shipping agency — its account frozen and deducted, the money paid out, 执行完毕, archived (cover
and catalogue first, the civil division's 生效证明书 behind the judgment, review form and remarks sheet last); a dock
worker enforces an award of the 黄岛区劳动人事争议仲裁委员会 against a stevedoring subcontractor, which pays in full
after a 限制消费令 (执行完毕, closing); a fishing-gear supplier enforces 青岛中院's appeal judgment (with this court's
first instance) against a fishery cooperative with nothing left — 网络查控 empty, 限制消费, the applicant heard, 终本 —
handed in without the 失信 decision."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_in import DOCK_SEQ, GEAR_SEQ, HAUL_SEQ

MISSING = "dishonest_list_decision"
"""what the fishery cooperative's dossier lacks: the bureau put the cooperative on the 失信 list (the 终本 ruling says
so) but the 决定书 itself was never printed for the file — its receipt names only the 限制消费令"""


def _paid(docs: list[Doc]) -> list[Doc]:
    """执行完毕 without a settlement: the money came by deduction or by payment, the voucher proves it."""
    return [d for d in docs if d.code != "settlement_agreement"]


def haul_archive() -> list[Doc]:
    docs = behind(_paid(base_docs("fully_performed", "enforcement")), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def dock_closing() -> list[Doc]:
    docs = behind(_paid(base_docs("fully_performed", "enforcement")), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"))
    return [*docs, Doc("service_receipt", served=["consumption_restriction_order"])]


def gear_closing() -> list[Doc]:
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]
    return [Doc("service_receipt", served=["consumption_restriction_order"])
            if d.served == ["consumption_restriction_order", MISSING] else d for d in docs]


def catalogue_items(tale: str) -> list[tuple[str, int]]:
    """The catalogue's lines for a volume (the archived one is the haulage case): name and pages."""
    return [("执行申请书", 2), ("民事判决书", 3), ("生效证明书", 1), ("财产线索清单", 1), ("非税收入票据", 1),
            ("营业执照、法定代表人身份证明（申请人）", 1), ("营业执照、法定代表人身份证明（被执行人）", 1), ("授权委托书", 1),
            ("律师事务所函", 1), ("律师执业证复印件", 1), ("收款账户确认书", 1), ("送达地址确认书", 1), ("受理案件通知书", 1),
            ("交纳申请执行费通知书", 1), ("执行通知书", 1), ("报告财产令", 1), ("财产申报表", 1), ("网络查控反馈清单", 2),
            ("执行裁定书（冻结、划拨）", 2), ("协助执行通知书", 1), ("执行款发放凭证", 1), ("结案通知书", 1),
            ("结案审批表", 1), ("送达回证", 3), ("卷宗复核表", 1)]


def plans() -> list[Plan]:
    return [
        Plan("court_in_01_complete_archive_haulage_judgment_account_deducted", "court_in", "court_in",
             "黄岛法院执行本院民事判决（集装箱运输公司诉船舶代理公司拖车运费，附民事审判庭生效证明书）：冻结、划拨被执行人"
             "银行存款并发放申请人，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；针式打印连续纸、复写联，灰度馈纸扫描",
             "enforcement", "fully_performed", "archive", haul_archive(), True, seq=HAUL_SEQ),
        Plan("court_in_02_complete_dock_worker_award_paid_after_restriction", "court_in", "court_in",
             "黄岛法院执行黄岛区劳动人事争议仲裁委员会裁决（码头装卸工诉装卸分包公司欠薪，附生效证明），发出限制消费令后被执行人"
             "全额交款，执行完毕；针式打印连续纸、复写联，灰度馈纸扫描",
             "enforcement", "fully_performed", "closing", dock_closing(), True, basis_kind="arbitration", seq=DOCK_SEQ),
        Plan("court_in_03_fishing_gear_cooperative_terminated_missing_dishonest_decision", "court_in", "court_in",
             "黄岛法院执行青岛中院二审判决（附本院一审判决，渔具公司诉渔业专业合作社货款）：网络查控无财产、限制消费、实地调查、"
             "约谈申请人后终结本次执行程序；卷内缺纳入失信被执行人名单决定书",
             "enforcement", "terminated_this_round", "closing", gear_closing(), False, seq=GEAR_SEQ),
    ]
