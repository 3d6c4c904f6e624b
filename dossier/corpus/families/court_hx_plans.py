"""court_hx's three dossiers (西藏自治区林芝市巴宜区人民法院执行局): Tibetan and Han building workers enforce this
court's wage judgment against the builder of a 鲁朗 民宿 (the builder's receivable from the guesthouse frozen by a
协助执行通知书, paid in, paid out to the five workers, 执行完毕); a 林芝 hotel-supplies trader enforces the 林芝中院's
appeal judgment against a travel-coach company, is paid outside the court and withdraws (终结执行, archived with cover,
catalogue, review form and remarks sheet, the civil division's 生效证明书 behind the judgment); a 国道318 collision's
victim enforces this court's judgment against the truck driver — his insurer pays part, he the rest at the window —
filed without the 受理案件通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hx import COACH_SEQ, CRASH_SEQ, WAGE_SEQ

MISSING = "acceptance_notice"
"""what the collision dossier lacks: the bureau's copy of the 受理案件通知书 — the notice went to the victim and the
file copy was never put back; only the 送达回证 that names it stayed in the volume"""


def wage_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling", "assistance_notice"])]


def coach_archive() -> list[Doc]:
    docs = behind(base_docs("terminated", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    at = next(i for i, d in enumerate(docs) if d.code == "termination_ruling")
    docs = [*docs[:at], Doc("evidence"), Doc("interview_record"), *docs[at:]]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def crash_closing() -> list[Doc]:
    out: list[Doc] = []
    for d in base_docs("fully_performed", "enforcement"):
        if d.code in ("settlement_agreement", MISSING):
            continue
        if d.code == "payment_voucher":
            out += [Doc("payment_voucher", note="insurer"), Doc("payment_voucher", note="window")]
            continue
        out.append(d)
    return out


def plans() -> list[Plan]:
    return [
        Plan("court_hx_01_complete_workers_wages_guesthouse_receivable_paid", "court_hx", "court_hx",
             "巴宜区法院执行本院民事判决（藏汉建筑工人五人诉民宿承建公司追索劳动报酬）：协助执行通知书冻结承建方对鲁朗民宿的"
             "到期工程款，民宿交款至法院专户，逐一发放工人，执行完毕；藏汉双语文书、油印表格、复写收据，旧平板扫描仪扫描",
             "enforcement", "fully_performed", "closing", wage_closing(), True, seq=WAGE_SEQ),
        Plan("court_hx_02_complete_archive_hotel_supplies_withdrawn_terminated", "court_hx", "court_hx",
             "巴宜区法院执行林芝市中级人民法院二审民事判决（酒店用品商贸公司诉旅游客运公司买卖合同，附本院生效证明书）："
             "申请人执行外受偿后撤回申请，谈话核实，裁定终结执行，归档卷宗（封面、卷内目录、归档复核表、备考表）",
             "enforcement", "terminated", "archive", coach_archive(), True, seq=COACH_SEQ),
        Plan("court_hx_03_g318_collision_insurer_and_window_missing_acceptance_notice", "court_hx", "court_hx",
             "巴宜区法院执行本院交通事故责任纠纷判决（国道318线货车撞摩托车）：保险公司代赔部分，余款被执行人到窗口交清，"
             "执行完毕；卷内缺受理案件通知书（仅存其送达回证）",
             "enforcement", "fully_performed", "closing", crash_closing(), False, seq=CRASH_SEQ),
    ]
