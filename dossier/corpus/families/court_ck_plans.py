"""court_ck's three dossiers (江西省上饶市信州区人民法院): a 上饶银行 loan judgment of 上饶中院 against a tea-oil
trader closed by 终结本次执行程序; an optical-glass supplier's award of 上饶仲裁委员会, paid and archived; a
光电 company's goods-payment judgment, paid, handed in without the 申请执行费 receipt."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ck import BANK_SEQ, GLASS_SEQ, TEA_SEQ

MISSING = "fee_receipt"
"""what the defective dossier lacks: the 非税收入缴款书 for the execution fee was never put in the volume"""


def _archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("service_receipt", served=["closing_notice"]),
            Doc("file_review_form"), Doc("remarks_sheet")]


def plans() -> list[Plan]:
    return [
        Plan("court_ck_01_complete_tea_oil_trader_terminated_this_round", "court_ck", "court_ck",
             "信州区法院执行上饶中院金融借款判决（上饶银行信州支行诉油茶贸易公司），查控无财产，限高、失信，谈话后"
             "终结本次执行程序；档案室200 dpi灰度扫描，去斑滤波侵蚀细笔画，红色档案页码章、蓝色核对章、铅笔页码",
             "enforcement", "terminated_this_round", "closing", base_docs("terminated_this_round", "enforcement"), True,
             seq=TEA_SEQ),
        Plan("court_ck_02_complete_archive_optical_glass_award_paid", "court_ck", "court_ck",
             "信州区法院执行上饶仲裁委员会光学玻璃买卖裁决（附生效证明书），和解后履行完毕，归档卷宗（封面、目录、复核表、备考表）",
             "enforcement", "fully_performed", "archive", _archive(), True, basis_kind="arbitration", seq=GLASS_SEQ),
        Plan("court_ck_03_goods_payment_paid_missing_fee_receipt", "court_ck", "court_ck",
             "信州区法院执行本院买卖合同判决（光电公司诉光学玻璃制品公司），执行完毕；申请执行费缴款书未入卷",
             "enforcement", "fully_performed", "closing",
             [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING], False, seq=BANK_SEQ),
    ]
