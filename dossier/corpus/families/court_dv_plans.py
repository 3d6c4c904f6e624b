"""court_dv's three dossiers (河南省南阳市宛城区人民法院执行局): a 独山玉 carving company's 南阳中院 二审 judgment on a
购销合同 against a cultural-tourism trader (account deducted, the rest paid under a settlement, archived); a 中药材
co-operative's 南阳仲裁委员会 award against an 艾草 products company (nothing found, 限制消费 and 失信, the applicant
heard, 终本); a 民间借贷 judgment of this court against a garage owner who settles and pays — handed in without the
lawyer's 律师执业证 copy."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dv import HERB_SEQ, JADE_SEQ, LOAN_SEQ

MISSING = "lawyer_license"
"""what the defective loan dossier lacks: the lawyer said in WeChat he would send a photo of his 执业证 and never did,
so no copy of it is in the volume"""


def _with_certificate(method: str) -> list[Doc]:
    return behind(base_docs(method, "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def jade_archive() -> list[Doc]:
    docs = _with_certificate("fully_performed")
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def herb_closing() -> list[Doc]:
    return _with_certificate("terminated_this_round")


def loan_closing() -> list[Doc]:
    return [d for d in _with_certificate("fully_performed") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_dv_01_complete_archive_jade_carving_appeal_paid", "court_dv", "court_dv",
             "宛城法院执行南阳中院二审判决（独山玉雕工艺品购销合同，附本院生效证明书）：扣划存款，和解后转账付清，执行完毕，"
             "归档卷宗（封面、卷内目录、复核表、备考表）；移动微法院截图与自助立案一体机扫描",
             "enforcement", "fully_performed", "archive", jade_archive(), True, seq=JADE_SEQ),
        Plan("court_dv_02_complete_herb_coop_award_terminated_this_round", "court_dv", "court_dv",
             "宛城法院执行南阳仲裁委员会裁决（中药材收购合同，合作社诉艾草制品公司，附送达生效证明），无财产可供执行，"
             "限制消费、纳入失信，约谈申请执行人后终结本次执行程序；移动微法院截图（部分深色模式）与一体机扫描",
             "enforcement", "terminated_this_round", "closing", herb_closing(), True, basis_kind="arbitration",
             seq=HERB_SEQ),
        Plan("court_dv_03_private_loan_garage_paid_missing_lawyer_license", "court_dv", "court_dv",
             "宛城法院执行本院民间借贷判决（被执行人经营汽修厂），扣划存款、查封车辆，和解后手机银行转账付清；"
             "卷内缺代理律师执业证复印件",
             "enforcement", "fully_performed", "closing", loan_closing(), False, seq=LOAN_SEQ),
    ]
