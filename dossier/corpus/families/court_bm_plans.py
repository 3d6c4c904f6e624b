"""court_bm's three dossiers (山西省太原市小店区人民法院执行局): a 陈醋/面食 supplier's goods judgment against a 煤焦
trading company, upheld by 太原中院 on appeal, settled and paid from the company's 晋商银行 account, archived; a
建筑 team leader's 劳务费 award of 太原仲裁委 against a labour subcontractor with nothing to take, ended 终本 after a
handwritten 调查笔录 and 谈话笔录; this court's 民间借贷 调解书 against a noodle-shop owner, ended 终本, handed in
without the 谈话笔录 with the applicant."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs
from dossier.corpus.families.court_bm import COAL_SEQ, LABOUR_SEQ, LOAN_SEQ

MISSING = "interview_record"
"""what the defective 终本 dossier lacks: the applicant was never heard on the 终本 (no 谈话笔录 in the volume)"""


def coal_archive() -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    at = next(i for i, d in enumerate(docs) if d.code == "enforcement_basis") + 1
    docs = [*docs[:at], Doc("effectiveness_certificate"), *docs[at:]]
    docs += [Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def ended(*, without: str = "", certificate: bool = False) -> list[Doc]:
    docs = base_docs("terminated_this_round", "enforcement")
    if certificate:  # the award's 生效证明 from 太原仲裁委, behind the award
        at = next(i for i, d in enumerate(docs) if d.code == "enforcement_basis") + 1
        docs = [*docs[:at], Doc("effectiveness_certificate"), *docs[at:]]
    docs.append(Doc("service_receipt", served=["summons"]))
    return [d for d in docs if d.code != without]


def plans() -> list[Plan]:
    return [
        Plan("court_bm_01_complete_archive_vinegar_supplier_appeal_paid", "court_bm", "court_bm",
             "小店法院执行太原中院二审维持的买卖合同判决（陈醋、面食供应商诉煤焦贸易公司食堂货款，附一审法院生效证明书），"
             "冻结晋商银行账户后和解、被执行人付款执行完毕，归档卷宗；卷宗封面、卷内目录、备考表、结案审批表、送达回证"
             "由书记员行书手填，法院文书为旧激光打印机打印（一侧墨粉渐淡），平板灰度扫描200–300 dpi",
             "enforcement", "fully_performed", "archive", coal_archive(), True, seq=COAL_SEQ),
        Plan("court_bm_02_complete_arbitration_labour_fee_terminated", "court_bm", "court_bm",
             "小店法院执行太原仲裁委员会劳务费裁决（建筑班组长诉劳务分包公司），查无财产，传票、限高、失信后终结本次执行"
             "程序；调查笔录、谈话笔录手写于笔录纸，每页当事人签名并按红色指印",
             "enforcement", "terminated_this_round", "closing", ended(certificate=True), True, basis_kind="arbitration", seq=LABOUR_SEQ),
        Plan("court_bm_03_loan_mediation_missing_interview_record", "court_bm", "court_bm",
             "小店法院执行本院民间借贷民事调解书（面馆经营者借款未还），终结本次执行程序；卷内缺约谈申请执行人的谈话笔录",
             "enforcement", "terminated_this_round", "closing", ended(without=MISSING), False, basis_kind="mediation",
             seq=LOAN_SEQ),
    ]
