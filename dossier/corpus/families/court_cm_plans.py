"""court_cm's three dossiers (陕西省宝鸡市渭滨区人民法院执行局): a lathe-shop worker's wage award against a machine-tool
parts maker, paid from its frozen account; a lender's 公证债权文书 with the notary's 执行证书 against a small trading
company, nothing found, 终本 and archived; a 宝鸡中院 二审 judgment on an excavator lease, 终本, handed in without the
谈话笔录 in which the applicant was heard before the 终本."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cm import LEASE_SEQ, NOTE_SEQ, WAGE_SEQ

MISSING = "interview_record"
"""what the defective 终本 dossier lacks: the applicant was never heard on the record before the 终本"""



def wage_docs() -> list[Doc]:
    """Paid from a frozen account: no 和解协议; the award's 生效证明 behind it; the freeze ruling served too."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="reply"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def note_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["summons"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def lease_docs() -> list[Doc]:
    return [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_cm_01_complete_wage_award_frozen_account_paid", "court_cm", "court_cm",
             "渭滨法院执行宝鸡市渭滨区劳动人事争议仲裁委员会的欠薪仲裁裁决（数控车床操作工诉机床配件厂，附裁决书生效证明），"
             "冻结扣划被执行人银行存款后发放执行款，执行完毕；律师、仲裁委的材料经传真入卷（传真头、204×98 dpi 1-bit），"
             "收据、回证为复写联单",
             "enforcement", "fully_performed", "closing", wage_docs(), True, basis_kind="arbitration", seq=WAGE_SEQ),
        Plan("court_cm_02_complete_archive_notarial_loan_terminated", "court_cm", "court_cm",
             "渭滨法院执行渭水公证处赋予强制执行效力的借款合同公证书（执行证书附后）：商贸公司停业，查控、实地调查无财产，"
             "限消、失信、约谈申请人后终结本次执行程序，归档卷宗（卷宗封面、卷内目录、归档复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", note_archive(), True, basis_kind="notarial",
             seq=NOTE_SEQ),
        Plan("court_cm_03_lease_appeal_terminated_missing_interview", "court_cm", "court_cm",
             "渭滨法院执行宝鸡中院二审判决（挖掘机租赁合同纠纷，路桥公司拖欠租金），无财产终结本次执行程序；"
             "终本前约谈申请执行人的谈话笔录未入卷",
             "enforcement", "terminated_this_round", "closing", lease_docs(), False, seq=LEASE_SEQ),
    ]
