"""court_bw's three dossiers (黑龙江省牡丹江市东安区人民法院执行局): a 东宁 木耳 co-operative's judgment against a 对俄贸易
company, paid after a bank freeze; a decoration firm's 中院 二审 judgment against a 镜泊湖 hotel, settled by 执行和解,
performed and archived; a cold-store owner's 牡丹江仲裁委员会 award ended 终本, handed in without its 结案审批表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bw import COLD_SEQ, FUNGUS_SEQ, HOTEL_SEQ

MISSING = "closing_approval_form"
"""what the 终本 dossier lacks: the 结案审批表 was still on the 局长's desk when the volume was bound"""


def fungus() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="reply"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def hotel_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def cold_store() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_bw_01_complete_fungus_pine_nuts_paid_after_freeze", "court_bw", "court_bw",
             "东安法院执行本院买卖合同判决（东宁黑木耳合作社供应木耳、松子给对俄贸易公司），冻结银行存款后被执行人付清，执行完毕"
             "（旧档案灰度扫描仪150 dpi、重度压缩JPEG、彩色套印表格网纹、再生纸、个别页曝光偏差）",
             "enforcement", "fully_performed", "closing", fungus(), True, seq=FUNGUS_SEQ),
        Plan("court_bw_02_complete_archive_jingpo_hotel_renovation_settled", "court_bw", "court_bw",
             "东安法院执行牡丹江中院二审装修合同判决（镜泊湖度假酒店），执行和解并履行完毕，归档（封面、目录、审查表、备考表）",
             "enforcement", "fully_performed", "archive", hotel_archive(), True, seq=HOTEL_SEQ),
        Plan("court_bw_03_arbitration_cold_store_ttr_missing_approval", "court_bw", "court_bw",
             "东安法院执行牡丹江仲裁委员会冷库租赁裁决，终结本次执行程序；结案审批表未入卷",
             "enforcement", "terminated_this_round", "closing", cold_store(), False, basis_kind="arbitration",
             seq=COLD_SEQ),
    ]
