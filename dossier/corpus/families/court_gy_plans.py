"""court_gy's three dossiers (山东省泰安市泰山区人民法院执行局), all of 泰安岱宗嘉园物业服务有限公司 against owners of its
estate, on the 上高 tribunal's small-claims judgments, the company acting through its own customer-service supervisor
(授权委托书 and his 社保 record, no lawyer): an owner's 泰安银行 account frozen and the sum debited, 执行完毕, archived
with cover, catalogue, review form and remarks sheet (the tribunal's 生效证明书 behind the judgment); an owner out of
work whose mortgaged flat another court sealed first — nothing to take, 限制消费, 失信, the supervisor heard, 终本; and a
retired owner's handwritten 执行异议 against the freezing of his pension account, rejected by ruling — handed in
without the 送达回证 of that ruling (mailed by EMS, its return card never came back to the file)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gy import BARE_SEQ, DEBIT_SEQ, OBJECTION_SEQ

MISSING = "service_receipt:enforcement_ruling"
"""what the objection dossier lacks: the 送达回证 of the ruling rejecting the objection — the ruling went to the owner
by EMS and the signed return card was never filed"""
LAWYER_PAPERS = ("law_firm_letter", "lawyer_license")
"""no lawyer acts: the company's agent is its own employee"""


def _staffed(docs: list[Doc]) -> list[Doc]:
    return [d for d in docs if d.code not in LAWYER_PAPERS]


def debit_archive() -> list[Doc]:
    docs = [d for d in _staffed(base_docs("fully_performed", "enforcement")) if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def bare_closing() -> list[Doc]:
    return _staffed(base_docs("terminated_this_round", "enforcement"))


def objection_file() -> list[Doc]:
    """The 执异 file as it should be: the owner's objection, ID copy and evidence; the company's licence and its
    supervisor's mandate for the hearing; the court's notice, the ruling rejecting the objection, the approval form and
    the receipts."""
    return [Doc("objection_application"), Doc("identity_proof"), Doc("evidence"),
            Doc("identity_proof", note="respondent"), Doc("power_of_attorney"), Doc("acceptance_notice"),
            Doc("enforcement_ruling"), Doc("closing_approval_form"), Doc("service_receipt", served=["acceptance_notice"]),
            Doc("service_receipt", served=["enforcement_ruling"])]


def objection_closing() -> list[Doc]:
    return [d for d in objection_file() if d.served != ["enforcement_ruling"]]


def plans() -> list[Plan]:
    return [
        Plan("court_gy_01_complete_archive_owner_account_debited", "court_gy", "court_gy",
             "泰山区法院执行本院上高法庭小额诉讼民事判决（物业公司诉业主物业服务合同纠纷，附生效证明书），公司员工代理；冻结、"
             "扣划业主泰安银行存款，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；A3平板两页一扫、软件对半切分",
             "enforcement", "fully_performed", "archive", debit_archive(), True, seq=DEBIT_SEQ),
        Plan("court_gy_02_complete_owner_nothing_terminated_this_round", "court_gy", "court_gy",
             "泰山区法院执行小额诉讼物业费判决，业主无业、住房已被他院首封且有抵押，逾期报告财产，限制消费、纳入失信，约谈公司"
             "代理员工后终结本次执行程序；A3平板两页一扫、软件对半切分",
             "enforcement", "terminated_this_round", "closing", bare_closing(), True, seq=BARE_SEQ),
        Plan("court_gy_03_objection_pension_freeze_rejected_missing_ruling_receipt", "court_gy", "court_gy",
             "退休业主手写执行异议，不服冻结其养老金账户，法院裁定驳回异议；卷内缺驳回异议裁定书的送达回证（EMS回执未归卷）",
             "objection", "rejected", "closing", objection_closing(), False, seq=OBJECTION_SEQ),
    ]
