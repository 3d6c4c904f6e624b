"""court_hd's three dossiers (江西省抚州市临川区人民法院执行局): a feed mill of the 抚北 park enforces this court's
judgment against a pig farmer who stopped paying for feed — his account at the 农商银行 debited, the rest settled in
instalments as his hogs were sold, 执行完毕, the volume bound for the archive (cover, catalogue, review form, remarks
sheet, the civil division's 生效证明书 behind the judgment); a member of a 油茶 cooperative, helped by a legal-aid
lawyer, enforces a 民事调解书 against the cooperative's former treasurer who kept his share of the oil sales — nothing
found, 限制消费 and 失信 for his late report, the member heard, 终本; a lender's lawyer enforces a 民间借贷 judgment
against the borrower and his guarantor — the guarantor's salary account frozen, the borrower pays it all — handed in
without the firm's letter."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hd import FEED_SEQ, LOAN_SEQ, OIL_SEQ

MISSING = "law_firm_letter"
"""what the loan dossier lacks: the lender's lawyer brought the power of attorney and a copy of his 执业证 to the
window, but the 律师事务所函 stayed in his briefcase, and the window took the filing without it"""


def feed_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def oil_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def loan_closing() -> list[Doc]:
    """Paid in one sum, so no settlement; the guarantor's ID copy filed behind the borrower's; the firm's letter absent."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code not in ("settlement_agreement", MISSING)]
    return [x for d in docs for x in ([d, Doc("identity_proof", note="guarantor")] if d.note == "respondent" else [d])]


def plans() -> list[Plan]:
    return [
        Plan("court_hd_01_complete_archive_feed_mill_pig_farmer_settled", "court_hd", "court_hd",
             "临川法院执行本院民事判决（饲料公司诉生猪养殖户买卖合同，附生效证明书）：扣划养殖户存款后，余款执行和解分期"
             "付清，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；扫描仪纸张尺寸设置错误（B5、Letter 裁掉下部，"
             "A3 页面偏居一角）",
             "enforcement", "fully_performed", "archive", feed_archive(), True, seq=FEED_SEQ),
        Plan("court_hd_02_complete_camellia_oil_mediation_terminated_this_round", "court_hd", "court_hd",
             "临川法院执行本院民事调解书（油茶合作社社员诉合作社原出纳不当得利，法律援助律师代理），未发现可供执行财产，"
             "限制消费，逾期报告财产纳入失信，约谈申请执行人后终结本次执行程序；扫描仪纸张尺寸设置错误",
             "enforcement", "terminated_this_round", "closing", oil_closing(), True, basis_kind="mediation", seq=OIL_SEQ),
        Plan("court_hd_03_private_loan_guarantor_paid_missing_firm_letter", "court_hd", "court_hd",
             "临川法院执行本院民间借贷判决（借款人及连带保证人），冻结保证人工资账户后借款人一次付清；卷内缺律师事务所函",
             "enforcement", "fully_performed", "closing", loan_closing(), False, seq=LOAN_SEQ),
    ]
