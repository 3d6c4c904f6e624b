"""court_bq's three dossiers (广西壮族自治区柳州市城中区人民法院执行局): a packaging printer's judgment against a 螺蛳粉
maker, paid into the court's account after the 执行通知书 and 报告财产令; a 柳州中院 二审 auto-parts judgment, the
debtor's van 查封 through the 车管所, then paid in full, archived; a 小额贷款 company's 公证债权文书 with its 执行证书,
paid, but handed in without the lawyer's 授权委托书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bq import AUTO_SEQ, LUO_SEQ, NOTE_SEQ

MISSING = "power_of_attorney"
"""what the notarial dossier lacks: the agent acted for the lender, but the 授权委托书 never reached the volume"""


def _paid() -> list[Doc]:
    """Paid through the court's account: no 和解 — the 执行款 voucher proves performance."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def _auto_archive() -> list[Doc]:
    docs = behind(_paid(), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def _notarial() -> list[Doc]:
    docs = behind(_paid(), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_bq_01_complete_luosifen_packaging_paid", "court_bq", "court_bq",
             "柳州城中法院执行本院买卖合同判决：包装制品公司为螺蛳粉食品公司供应外包装袋、料包复合膜和纸箱，货款未付；"
             "执行通知书、报告财产令送达后，被执行人将执行款缴入法院执行款专户，法院发放完毕结案（三联复写表格粉、黄联，"
             "旧式馈纸扫描仪：玻璃污渍竖纹、走纸拉长、个别页倒置）",
             "enforcement", "fully_performed", "closing", _paid(), True, seq=LUO_SEQ),
        Plan("court_bq_02_complete_archive_auto_parts_appeal_van_seized", "court_bq", "court_bq",
             "柳州中院二审维持原判的汽车配件买卖合同判决（附生效证明书），查封被执行人名下客车（车管所协助执行回执），"
             "被执行人全额付款后执行完毕，归档卷宗（卷宗封面、卷内目录、归档复核表、备考表）",
             "enforcement", "fully_performed", "archive", _auto_archive(), True, seq=AUTO_SEQ),
        Plan("court_bq_03_notarial_loan_missing_power_of_attorney", "court_bq", "court_bq",
             "桂中公证处赋予强制执行效力的借款合同公证书及执行证书，小额贷款公司申请执行米粉店经营者，执行完毕；"
             "代理律师的授权委托书未入卷",
             "enforcement", "fully_performed", "closing", _notarial(), False, basis_kind="notarial", seq=NOTE_SEQ),
    ]
