"""court_es's three dossiers (四川省遂宁市船山区人民法院执行局): a 碳酸锂 supplier's judgment of this court against a
battery maker (account frozen and deducted, settled and paid, archived); a pig farm cooperative's 遂宁仲裁委员会 award
against a closed meat processor (nothing found, 限制消费 and 失信, 终本); a private lender's mediation statement against
a 观音文化 goods company (settled and paid) — handed in without the applicant's 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_es import LITHIUM_SEQ, LOAN_SEQ, PORK_SEQ

MISSING = "service_address_confirmation"
"""what the loan dossier lacks: the lender came to the window once, signed the account form on the tablet, and left
before the address form was opened, so no 送达地址确认书 was exported into the volume"""


def _with_certificate(method: str) -> list[Doc]:
    return behind(base_docs(method, "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def lithium_archive() -> list[Doc]:
    docs = [*_with_certificate("fully_performed"), Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def pork_closing() -> list[Doc]:
    return _with_certificate("terminated_this_round")


def loan_closing() -> list[Doc]:
    return [d for d in _with_certificate("fully_performed") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_es_01_complete_archive_lithium_carbonate_paid", "court_es", "court_es",
             "船山法院执行本院碳酸锂供货合同判决（锂电材料公司诉动力电池公司，附生效证明书）：冻结扣划存款，和解后付清，"
             "执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；窗口电子签名文书为96 dpi导出图像，其余扫描",
             "enforcement", "fully_performed", "archive", lithium_archive(), True, seq=LITHIUM_SEQ),
        Plan("court_es_02_complete_pork_award_terminated_this_round", "court_es", "court_es",
             "船山法院执行遂宁仲裁委员会生猪买卖合同裁决（养殖合作社诉肉类食品公司，附生效证明），无财产可供执行，"
             "限制消费、纳入失信，约谈后终结本次执行程序；电子签名文书与扫描件混合",
             "enforcement", "terminated_this_round", "closing", pork_closing(), True, basis_kind="arbitration",
             seq=PORK_SEQ),
        Plan("court_es_03_loan_mediation_paid_missing_address_confirmation", "court_es", "court_es",
             "船山法院执行本院民间借贷调解书（出借人诉观音文化旅游用品公司），和解后履行完毕；卷内缺申请执行人送达地址确认书",
             "enforcement", "fully_performed", "closing", loan_closing(), False, basis_kind="mediation", seq=LOAN_SEQ),
    ]
