"""court_dm's three dossiers (海南省海口市龙华区人民法院执行局): a 滨海大道 hotel's 海口中院 二审 judgment for unpaid
团队 room and hall fees against a travel agency (account frozen, the bank's 回执 on file, settled and paid, archived
in archive order); a fisherman's 海口海事法院 judgment for the price of a 渔船 sold to a 香港 resident (the boat already
broken up by the 渔业船舶登记 office's reply, nothing else found, 终本); a property company's 支付令 for 物业费 against
a flat owner who pays — handed in without the applicant's 财产线索提供表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dm import BOAT_SEQ, FEE_SEQ, HOTEL_SEQ

MISSING = "property_clue_form"
"""what the defective 物业费 dossier lacks: the company's clerk filed the application at the window and said the debtor
lives in the very flat the fees are for, so nobody filled the 被执行人财产线索提供表 the checklist requires"""


def hotel_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("online_inquiry_result", note="bank"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def boat_closing() -> list[Doc]:
    docs = base_docs("terminated_this_round", "enforcement")
    return behind(docs, "assistance_notice", Doc("assistance_notice", note="boat"), Doc("online_inquiry_result", note="boat"))


def fee_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_dm_01_complete_archive_hotel_service_appeal_paid", "court_dm", "court_dm",
             "龙华法院执行海口中院二审判决（酒店服务合同，酒店公司诉旅行社，附一审法院生效证明书）：冻结存款（银行协助冻结回执），"
             "和解后付清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；受潮卷宗开盖平板扫描",
             "enforcement", "fully_performed", "archive", hotel_archive(), True, seq=HOTEL_SEQ),
        Plan("court_dm_02_complete_fishing_boat_sale_maritime_terminated_this_round", "court_dm", "court_dm",
             "龙华法院执行海口海事法院判决（渔船买卖合同，被执行人为香港居民）：渔业船舶登记机关复函渔船已拆解注销，无财产可供"
             "执行，限制消费、纳入失信，约谈申请执行人后终结本次执行程序；受潮卷宗开盖平板扫描",
             "enforcement", "terminated_this_round", "closing", boat_closing(), True, seq=BOAT_SEQ),
        Plan("court_dm_03_property_fee_payment_order_missing_property_clue_form", "court_dm", "court_dm",
             "龙华法院执行本院支付令（物业服务费），被执行人履行完毕；卷内缺被执行人财产线索提供表",
             "enforcement", "fully_performed", "closing", fee_closing(), False, seq=FEE_SEQ),
    ]
