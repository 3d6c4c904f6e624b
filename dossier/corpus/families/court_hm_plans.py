"""court_hm's three dossiers (吉林省松原市宁江区人民法院执行局): a 前郭 corn dealer enforces the 前郭尔罗斯蒙古族自治县
人民法院's judgment (with its 生效证明书) against a 宁江 feed mill — the mill's silo and the corn in it sealed, a
settlement paid in three instalments, 执行完毕; a supplier of 抽油杆 and 油管 enforces a 松原仲裁委员会 award against an
oil-field services contractor whose trucks are gone — 限制消费, 失信, the applicant heard, 终本, archived (cover,
catalogue, 复核表, 备考表); a 查干湖 fishing co-operative enforces this court's judgment against a 宁江 fish restaurant
whose account is frozen and the whole sum taken — but the co-operative's 收取案款确认书 was never signed: the clerk
paid the money out to the account named in the application and filed the dossier without it."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hm import CORN_SEQ, FISH_SEQ, OIL_SEQ

MISSING = "payment_account_confirmation"
"""what the fishing co-operative's dossier lacks: at the window its lawyer wrote the co-operative's account into the
application, the clerk never had the 收取案款确认书 filled, and the money went out to the account in the application"""


def corn_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "enforcement_ruling", Doc("investigation_record"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def oil_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def fish_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code not in (MISSING, "settlement_agreement")]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def plans() -> list[Plan]:
    return [
        Plan("court_hm_01_complete_corn_dealer_feed_mill_settled_in_instalments", "court_hm", "court_hm",
             "宁江法院执行前郭县法院民事判决（前郭玉米经纪人诉宁江饲料公司玉米款，附生效证明书）：查封筒仓及仓内玉米、冻结账户，"
             "执行和解分三期付清，执行完毕；档案室V形书刊扫描仪成册扫描（手指压页、装订弯曲）",
             "enforcement", "fully_performed", "closing", corn_closing(), True, seq=CORN_SEQ),
        Plan("court_hm_02_complete_archive_oilfield_award_trucks_gone_terminated_this_round", "court_hm", "court_hm",
             "宁江法院执行松原仲裁委员会裁决（油田物资供应商诉油田技术服务公司欠付货款，附裁决书生效证明）：作业车辆下落不明，"
             "限制消费、纳入失信，约谈申请人后终结本次执行程序；归档卷宗（封面、卷内目录、复核表、备考表），V形书刊扫描仪成册扫描",
             "enforcement", "terminated_this_round", "archive", oil_archive(), True, basis_kind="arbitration", seq=OIL_SEQ),
        Plan("court_hm_03_chagan_lake_fishery_restaurant_paid_missing_account_confirmation", "court_hm", "court_hm",
             "宁江法院执行本院民事判决（查干湖渔业合作社诉宁江餐饮公司冬捕鲜鱼货款）：冻结并扣划饭店账户，执行款发放，执行完毕；"
             "卷内缺申请执行人收取案款确认书",
             "enforcement", "fully_performed", "closing", fish_closing(), False, seq=FISH_SEQ),
    ]
