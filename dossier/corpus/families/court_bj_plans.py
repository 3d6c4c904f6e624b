"""court_bj's three dossiers (上海市浦东新区人民法院执行局): a 跨境电商 supplier enforces a 上海一中院 二审 judgment against
an online shop, paid from a frozen 招商 deposit; a 融资租赁 company's 上海仲裁委员会 award on twelve tractors, settled,
paid and archived; 上海银行浦东分行's 金融借款 调解书 against a borrower, paid, handed in without its 结案通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bj import LEASE_SEQ, LOAN_SEQ, SUPPLIER_SEQ

MISSING = "closing_notice"
"""what the defective 金融借款 dossier lacks: the 结案通知书 was generated but never printed into the volume"""


def _paid() -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def lease_archive() -> list[Doc]:
    docs = behind(_paid(), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def plans() -> list[Plan]:
    loan = [d for d in behind(_paid(), "online_inquiry_result", Doc("online_inquiry_result", note="estate"))
            if d.code != MISSING and d.served != [MISSING]]
    return [
        Plan("court_bj_01_complete_crossborder_supplier_first_intermediate_appeal", "court_bj", "court_bj",
             "浦东法院执行上海一中院二审维持的买卖合同判决：跨境电商供应链公司诉自贸区电商店铺货款，大型律所代理，"
             "冻结招商银行存款划拨执行完毕；本院文书电子签章、电子送达回证自系统打印，扫描中心条码标签",
             "enforcement", "fully_performed", "closing", _paid(), True, seq=SUPPLIER_SEQ),
        Plan("court_bj_02_complete_archive_finance_lease_arbitration_award", "court_bj", "court_bj",
             "浦东法院执行上海仲裁委员会融资租赁裁决（附裁决书生效证明），执行和解后付清，浦发银行电子回单发放案款，"
             "归档卷宗（封面、卷内目录、归档复核表、备考表）",
             "enforcement", "fully_performed", "archive", lease_archive(), True, basis_kind="arbitration",
             seq=LEASE_SEQ),
        Plan("court_bj_03_bank_loan_mediation_missing_closing_notice", "court_bj", "court_bj",
             "浦东法院执行本院金融借款民事调解书（上海银行浦东分行诉借款人），借款人付清；结案通知书未入卷",
             "enforcement", "fully_performed", "closing", loan, False, seq=LOAN_SEQ),
    ]
