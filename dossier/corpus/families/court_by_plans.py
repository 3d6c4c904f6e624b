"""court_by's three dossiers (浙江省义乌市人民法院执行局): a 国际商贸城 stall's 圣诞饰品 judgment against a trading
company whose legal representative is a Jordanian national, paid in three instalments after the 执行通知书 and
报告财产令; a 金华中院 二审 judgment for a 跨境电商 seller against a 货代 over a lost FBA shipment, settled and archived;
the court's 调解书 on a 直播带货 service fee against a sock maker, filed without the 诉讼费 receipt."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_by import FREIGHT_SEQ, LIVE_SEQ, XMAS_SEQ

MISSING = "fee_receipt"
"""what the 直播 dossier lacks: the lawyer never photographed the 诉讼费 e-receipt (the 调解书's halved fee)"""


def _paid() -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def freight_archive() -> list[Doc]:
    docs = behind(_paid(), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def plans() -> list[Plan]:
    return [
        Plan("court_by_01_complete_xmas_ornaments_stall_instalments", "court_by", "court_by",
             "义乌法院执行本院买卖合同判决：国际商贸城一区饰品商位经营者（个体工商户）诉进出口贸易公司圣诞饰品货款，"
             "被执行人法定代表人为约旦籍（护照复印件附中文译文），执行通知书、报告财产令送达后签订执行和解协议分三期付清；"
             "申请人律师以手机扫描App拍摄提交（自动裁边、增强为近黑白、角落水印，部分页裁边失败露出桌面或手指、横拍）",
             "enforcement", "fully_performed", "closing", _paid(), True, seq=XMAS_SEQ),
        Plan("court_by_02_complete_archive_cross_border_freight_appeal", "court_by", "court_by",
             "义乌法院执行金华中院二审货运代理合同判决（跨境电商FBA头程货物丢失，附生效证明），执行和解后履行完毕，"
             "归档卷宗（卷宗封面、卷内目录、卷宗复核表、备考表）",
             "enforcement", "fully_performed", "archive", freight_archive(), True, seq=FREIGHT_SEQ),
        Plan("court_by_03_livestream_fee_mediation_missing_fee_receipt", "court_by", "court_by",
             "义乌法院执行本院直播带货服务费民事调解书（直播公司诉袜业公司），分期履行完毕；诉讼费票据未入卷",
             "enforcement", "fully_performed", "closing", [d for d in _paid() if d.code != MISSING], False,
             basis_kind="mediation", seq=LIVE_SEQ),
    ]
