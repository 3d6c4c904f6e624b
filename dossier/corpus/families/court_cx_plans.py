"""court_cx's three dossiers (广东省湛江市赤坎区人民法院执行局): a cold-chain company's 湛江仲裁委员会 award for 对虾
cold-storage fees against a seafood trader (account frozen and deducted, a 执行和解协议 for the rest, paid, closed); a
boatyard's 湛江中院 二审 judgment for the repair of a fishing boat against its owner (the boat seized with a 协助执行通知书
to the 渔船 registry, nothing else found, 限制消费 and 失信, the applicant heard, 终本, archived); a lender's 赤坎法院
judgment on a 民间借贷 against a shop-keeper (account frozen, deducted in full, paid out) — handed in without the
lawyer's 律师执业证 copy."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cx import BOAT_SEQ, LOAN_SEQ, SHRIMP_SEQ

MISSING = "lawyer_license"
"""what the defective loan dossier lacks: the 所函 promises a copy of the 律师执业证, but the lawyer never brought it to
the window and nobody asked again, so the copy the checklist requires for a lawyer-agent is not in the volume"""


def shrimp_closing() -> list[Doc]:
    return behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def boat_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan_closing() -> list[Doc]:
    """Deducted in full after the freeze: no 和解协议; the 执业证 copy missing (MISSING)."""
    return [d for d in base_docs("fully_performed", "enforcement") if d.code not in (MISSING, "settlement_agreement")]


def plans() -> list[Plan]:
    return [
        Plan("court_cx_01_complete_shrimp_cold_storage_award_settled_paid", "court_cx", "court_cx",
             "赤坎法院执行湛江仲裁委员会裁决（对虾冷库仓储合同，冷链物流公司诉水产贸易公司，附仲裁委生效证明）：冻结扣划存款，"
             "执行和解后付清余款，执行完毕；档案系统多页TIFF转PDF（横纵分辨率错配，页面拉伸或压扁）",
             "enforcement", "fully_performed", "closing", shrimp_closing(), True, basis_kind="arbitration", seq=SHRIMP_SEQ),
        Plan("court_cx_02_complete_archive_fishing_boat_repair_appeal_terminated_this_round", "court_cx", "court_cx",
             "赤坎法院执行湛江中院二审判决（渔船维修承揽合同，船舶修造公司诉渔船船主，附一审法院生效证明书）：扣押渔船并通知"
             "渔船登记机关协助查封，船舶已抵押、拍卖无益，别无财产，限制消费、纳入失信，约谈申请执行人后终结本次执行程序，归档"
             "卷宗（封面、卷内目录、复核表、备考表）；档案系统多页TIFF转PDF",
             "enforcement", "terminated_this_round", "archive", boat_archive(), True, seq=BOAT_SEQ),
        Plan("court_cx_03_private_loan_judgment_deducted_missing_lawyer_license", "court_cx", "court_cx",
             "赤坎法院执行本院民间借贷纠纷判决：冻结并扣划被执行人存款，足额发放，执行完毕；律师代理，卷内缺律师执业证复印件",
             "enforcement", "fully_performed", "closing", loan_closing(), False, seq=LOAN_SEQ),
    ]
