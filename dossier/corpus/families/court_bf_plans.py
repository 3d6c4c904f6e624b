"""court_bf's three dossiers (海南省海口市龙华区人民法院执行局): a 槟榔 and 椰子 trader's 海口中院 二审 judgment against a
骑楼 民宿 company, paid after its account was frozen; a 建材 supplier's 海口仲裁委 award against a 自贸港 hotel company,
settled and paid, archived; a flat buyer's judgment of this court against a developer for a 车位 and late delivery,
filed without its 结案审批表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bf import FLAT_SEQ, HOTEL_SEQ, TRADER_SEQ

MISSING = "closing_approval_form"
"""what the 车位 dossier lacks: the 结案审批表 was signed in the system but its printout never reached the volume"""


def _paid(served_ruling: bool = True) -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    extra = [Doc("service_receipt", served=["closing_notice"])]
    if served_ruling:
        extra.insert(0, Doc("service_receipt", served=["enforcement_ruling"]))
    return [*docs, *extra]


def hotel_archive() -> list[Doc]:
    docs = behind(_paid(), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def plans() -> list[Plan]:
    return [
        Plan("court_bf_01_complete_appeal_judgment_betel_trader_paid", "court_bf", "court_bf",
             "龙华法院执行海口中院二审判决（槟榔、椰子货款，民宿公司上诉被驳回）：冻结、扣划民宿公司账户后执行完毕；法院自印"
             "文书出自打印头故障的彩色喷墨机（白色横纹、偏色），潮湿起皱的纸，热敏回单贴在粘贴单上",
             "enforcement", "fully_performed", "closing", _paid(), True, seq=TRADER_SEQ),
        Plan("court_bf_02_complete_archive_arbitration_building_materials_hotel", "court_bf", "court_bf",
             "龙华法院执行海口仲裁委员会裁决（建材供货款，自贸港酒店管理公司），附仲裁委生效证明；和解后付清，归档卷宗"
             "（卷宗封面、卷内目录、归档审查表、备考表）",
             "enforcement", "fully_performed", "archive", hotel_archive(), True, basis_kind="arbitration",
             seq=HOTEL_SEQ),
        Plan("court_bf_03_parking_space_judgment_missing_closing_approval_form", "court_bf", "court_bf",
             "龙华法院执行本院商品房预售合同判决（逾期交房违约金、车位款），查封开发商车位后履行完毕；结案审批表未入卷",
             "enforcement", "fully_performed", "closing", [d for d in _paid() if d.code != MISSING], False,
             seq=FLAT_SEQ),
    ]
