"""court_bg's three dossiers (宁夏银川兴庆区人民法院执行局): a 中宁 枸杞 cooperative's 货款 judgment (银川中院 二审 维持原判)
against a 兴庆 商贸 company, paid after its account was frozen; a 贺兰山东麓 winery's 银川仲裁委员会 award against a 兴庆
hotel company, settled, paid and archived; a 民间借贷 调解书 of this court against a 装修 contractor, paid, handed in
without its 结案通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bg import GOJI_SEQ, LOAN_SEQ, WINE_SEQ

MISSING = "closing_notice"
"""what the defective 调解书 dossier lacks: the 结案通知书 was sent but its file copy never reached the volume"""

FP = "fully_performed"


def _paid(effect: bool) -> list[Doc]:
    docs = base_docs(FP, "enforcement")
    if effect:
        docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def wine_archive() -> list[Doc]:
    return [Doc("dossier_cover"), Doc("catalogue"), *_paid(True), Doc("file_review_form"), Doc("remarks_sheet")]


def plans() -> list[Plan]:
    return [
        Plan("court_bg_01_complete_goji_appeal_judgment_paid", "court_bg", "court_bg",
             "兴庆法院执行银川中院二审判决（维持兴庆法院一审：中宁枸杞合作社诉兴庆商贸公司枸杞干果货款，附生效证明），"
             "冻结宁夏银行账户后执行完毕；执行通知书、报告财产令、缴纳执行费通知书及送达回证双面印制，背面为权利义务告知、"
             "风险提示、说明、填写说明；受理案件通知书与廉政监督卡A5二合一横印（扫描时转90°）；双面ADF扫描，偶有空白背面",
             "enforcement", FP, "closing", _paid(True), True, seq=GOJI_SEQ),
        Plan("court_bg_02_complete_archive_winery_arbitration_award", "court_bg", "court_bg",
             "兴庆法院执行银川仲裁委员会裁决（贺兰山东麓酒庄诉兴庆酒店管理公司葡萄酒货款），执行和解后履行完毕，归档卷宗"
             "（卷宗封面、卷内目录、归档审查表、备考表）；双面ADF扫描，印制背面归其正面文书",
             "enforcement", FP, "archive", wine_archive(), True, basis_kind="arbitration", seq=WINE_SEQ),
        Plan("court_bg_03_loan_mediation_missing_closing_notice", "court_bg", "court_bg",
             "兴庆法院执行本院民间借贷民事调解书（装修承包人借款），执行完毕；结案通知书未入卷",
             "enforcement", FP, "closing", [d for d in _paid(True) if d.code != MISSING], False,
             basis_kind="mediation", seq=LOAN_SEQ),
    ]
