"""court_db's three dossiers (四川省南充市顺庆区人民法院执行局): a property company's 民事调解书 of this court (物业服务合同)
against a shop owner who paid nothing — the shop's rent frozen at its tenant, a 火锅 restaurant, and paid into court,
执行完毕; a silk company's 南充中院 二审 judgment on a 厂丝 processing contract — the mill's warehouse stock seized and sold
on the 淘宝 司法拍卖 platform (拍卖公告 and 网络竞价成交确认书 filed as evidence), the proceeds paid out, the rest unpaid,
终结本次执行程序, archived; a lender's 民间借贷 judgment of this court against a bus driver — wages withheld at the 公交
集团, then settled and paid — handed in without the applicant's 强制执行申请书 (it was filed online through 四川法院
诉讼服务网 and never printed into the paper volume)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_db import LOAN_SEQ, SHOP_SEQ, SILK_SEQ

MISSING = "enforcement_application"
"""what the defective loan dossier lacks: the 申请书 went in through the online filing portal and nobody printed it for
the paper volume, so the checklist's first filing paper is not there"""


def shop_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["closing_notice"])]


def silk_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("evidence", note="auction_notice"), Doc("evidence", note="auction_deal"),
                  Doc("payment_voucher"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan_closing() -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_db_01_shop_property_fee_mediation_rent_frozen_paid", "court_db", "court_db",
             "顺庆法院执行本院物业服务合同纠纷民事调解书：商铺业主分文未付，冻结其对承租餐饮公司的租金债权，承租人将租金交付法院，"
             "执行完毕；卷宗经档案修复后扫描",
             "enforcement", "fully_performed", "closing", shop_closing(), True, basis_kind="mediation", seq=SHOP_SEQ),
        Plan("court_db_02_complete_archive_silk_processing_auction_terminated_this_round", "court_db", "court_db",
             "顺庆法院执行南充中院二审判决（厂丝加工合同，附一审法院生效证明书）：查封加工厂仓库库存厂丝、绸坯，淘宝网司法拍卖成交（拍卖公告、成交确认书），"
             "拍卖款发放，余款无财产可供执行，限制消费、失信，约谈申请执行人后终结本次执行程序，归档卷宗；卷宗经档案修复后扫描",
             "enforcement", "terminated_this_round", "archive", silk_archive(), True, seq=SILK_SEQ),
        Plan("court_db_03_private_loan_wages_withheld_missing_application", "court_db", "court_db",
             "顺庆法院执行本院民间借贷判决：提取被执行人（公交驾驶员）工资，执行和解后付清，执行完毕；网上立案的强制执行申请书未打印入卷",
             "enforcement", "fully_performed", "closing", loan_closing(), False, seq=LOAN_SEQ),
    ]
