"""court_dr's three dossiers (云南省昆明市盘龙区人民法院执行局): a 康乐茶城 tea company's judgment of this court against a tour
company that took 普洱 cakes for its shopping stops and never paid (deposit frozen and deducted, paid in full, archived);
a car-finance company's 昆明仲裁委员会 award against a lessee who pawned the car away (nothing found, 限制消费 and 失信,
the applicant's lawyer heard, 终本); a landlady's mediation paper against a restaurant company that left her 北京路 shop
owing rent — settled and paid, but handed in without the 财产线索表 the window should have had her fill."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dr import CAR_SEQ, RENT_SEQ, TEA_SEQ

MISSING = "property_clue_form"
"""what the rent dossier lacks: the landlady said she knew of nothing the company still had, and the window took the
application without the 被执行人财产线索表 the checklist requires"""


def tea_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def car_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def rent_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_dr_01_complete_archive_tea_sale_judgment_paid", "court_dr", "court_dr",
             "盘龙法院执行本院民事判决（普洱茶买卖合同，茶业公司诉旅游开发公司，附民一庭生效证明书）：冻结扣划存款，"
             "和解后付清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；手机扫描App增强模式拍摄",
             "enforcement", "fully_performed", "archive", tea_archive(), True, seq=TEA_SEQ),
        Plan("court_dr_02_complete_car_lease_award_terminated_this_round", "court_dr", "court_dr",
             "盘龙法院执行昆明仲裁委员会融资租赁裁决（附生效证明），承租人将车辆转押下落不明，无财产可供执行，限制消费、"
             "纳入失信，约谈申请执行人后终结本次执行程序；手机扫描App增强模式拍摄",
             "enforcement", "terminated_this_round", "closing", car_closing(), True, basis_kind="arbitration",
             seq=CAR_SEQ),
        Plan("court_dr_03_shop_rent_mediation_settled_missing_property_clues", "court_dr", "court_dr",
             "盘龙法院执行本院民事调解书（北京路商铺租金，房东诉餐饮管理公司），执行和解后履行完毕；卷内缺被执行人财产线索表；"
             "手机扫描App增强模式拍摄",
             "enforcement", "fully_performed", "closing", rent_closing(), False, basis_kind="mediation", seq=RENT_SEQ),
    ]
