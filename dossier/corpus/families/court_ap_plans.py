"""court_ap's three dossiers (宜昌西陵, scanned through the filing window's plastic sleeves): two complete (a 宜昌中院
二审 建设工程施工合同 judgment for a 劳务分包 team against a 建筑公司, its 工程款结算单 and 项目部 acknowledgement filed
behind the property clue form, paid in full; a 宜昌仲裁委员会 award on a 柑橘冷库 lease with its 生效证明, 终本 and
archived) and one defective (this court's 物业服务合同 judgment enforced through a lawyer, filed without the
授权委托书)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ap import AWARD_SEQ, CONSTRUCTION_SEQ, PROPERTY_SEQ

MISSING = "power_of_attorney"
"""what the defective dossier lacks: the lawyer acts, but the applicant's 授权委托书 was never filed"""


def construction_paid() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "property_clue_form", Doc("evidence"))
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"))
    return [*docs, Doc("service_receipt", served=["payment_notice"]), Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["consumption_restriction_order"]), Doc("service_receipt", served=["closing_notice"])]


def award_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "investigation_record", Doc("investigation_record", note="store"))
    docs = [*docs, Doc("service_receipt", served=["summons"]), Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def property_without_attorney() -> list[Doc]:
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]
    docs = behind(docs, "investigation_record", Doc("investigation_record", note="home"))
    return [*docs, Doc("service_receipt", served=["payment_notice"]), Doc("service_receipt", served=["summons"])]


def plans() -> list[Plan]:
    return [
        Plan("court_ap_01_complete_appeal_construction_labour_team_paid", "court_ap", "court_ap",
             "宜昌西陵法院执行宜昌市中级人民法院二审建设工程施工合同纠纷判决（维持西陵区一审），劳务分包班组诉建筑公司，"
             "财产线索表后附工程款结算单及项目部确认书，划拨到位执行完毕的完整卷宗（透明文件袋内扫描：反光、压边孔、骑缝章）",
             "enforcement", "fully_performed", "closing", construction_paid(), True, seq=CONSTRUCTION_SEQ),
        Plan("court_ap_02_complete_archive_award_citrus_cold_store_round", "court_ap", "court_ap",
             "宜昌西陵法院执行宜昌仲裁委员会柑橘冷库租赁合同纠纷裁决（附生效证明），终结本次执行程序的归档卷宗"
             "（卷宗封面、卷内目录、卷宗复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", award_archive(), True, basis_kind="arbitration",
             seq=AWARD_SEQ),
        Plan("court_ap_03_property_fee_judgment_round_missing_power_of_attorney", "court_ap", "court_ap",
             "宜昌西陵法院执行本院物业服务合同纠纷判决，律师代理申请，终本卷宗，缺授权委托书",
             "enforcement", "terminated_this_round", "closing", property_without_attorney(), False, seq=PROPERTY_SEQ),
    ]
