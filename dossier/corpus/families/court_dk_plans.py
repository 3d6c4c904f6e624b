"""court_dk's three dossiers (广西壮族自治区柳州市城中区人民法院执行局): a 酸笋 supplier's 柳州中院 二审 judgment against a
螺蛳粉 maker (an account frozen, the maker's van seized and sold on 淘宝司法拍卖, the rest paid under a settlement, 执行完毕,
archived, this court's 生效证明书 right behind the judgment); this court's own 民间借贷 judgment against a borrower with
nothing to take (限制消费, 失信, the applicant heard, 终本); this court's road-accident 调解书, paid after the driver's
account was frozen — handed in without the applicant's 财产线索表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dk import LOAN_SEQ, ROAD_SEQ, SNAIL_SEQ

MISSING = "property_clue_form"
"""what the road-accident dossier lacks: the injured man's lawyer filed the application online and never sent the
财产线索表 the window asked for (the driver's account was known from the accident file), so the volume holds none"""


def snail_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="car"), Doc("evidence", note="auction_deal"),
                  Doc("enforcement_ruling", note="auction"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("service_receipt", served=["closing_notice"]),
            Doc("file_review_form"), Doc("remarks_sheet")]


def loan_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def road_closing() -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_dk_01_complete_archive_snail_noodle_supply_appeal_van_auctioned", "court_dk", "court_dk",
             "城中法院执行柳州中院二审判决（酸笋供货合同，食品公司诉螺蛳粉公司，附本院生效证明书）：冻结存款，查封厢式货车并经"
             "淘宝网司法拍卖成交，余款和解付清，执行完毕，归档卷宗（封面、卷内目录、审查表、备考表）；申请人材料为手机扫描App的PDF，"
             "法院文书为执行局300dpi灰度扫描",
             "enforcement", "fully_performed", "archive", snail_archive(), True, seq=SNAIL_SEQ),
        Plan("court_dk_02_complete_private_loan_terminated_this_round", "court_dk", "court_dk",
             "城中法院执行本院民间借贷判决，被执行人无财产可供执行，限制消费、纳入失信，约谈申请执行人后终结本次执行程序；"
             "手机扫描App与执行局灰度扫描",
             "enforcement", "terminated_this_round", "closing", loan_closing(), True, seq=LOAN_SEQ),
        Plan("court_dk_03_traffic_accident_mediation_paid_missing_property_clues", "court_dk", "court_dk",
             "城中法院执行本院机动车交通事故责任纠纷民事调解书，冻结肇事司机存款后和解付清；卷内缺申请执行人的财产线索表",
             "enforcement", "fully_performed", "closing", road_closing(), False, basis_kind="mediation", seq=ROAD_SEQ),
    ]
