"""court_cq's three dossiers (云南省曲靖市麒麟区人民法院, 云0302): a coal trader's 曲靖中院 二审 judgment against a
logistics company, its 牵引车 seized and auctioned, paid out; a 烤房 equipment supplier's 曲靖仲裁委员会 award against
a tobacco farmer, nothing found, 限制消费 and 失信, 终本, archived; the court's own wage 调解书 for a group of workers
against a construction team's boss, paid after a freeze, handed in without the 诉讼费收据."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cq_kit import COAL_SEQ, LEAF_SEQ, WAGE_SEQ

MISSING = "fee_receipt"
"""what the defective wage dossier lacks: the 原审 诉讼费 非税收入 receipt was never copied into the file"""


def _paid(*, auction: bool) -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    if auction:
        docs = behind(docs, "enforcement_ruling", Doc("enforcement_ruling", note="auction"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["closing_notice"])]


def _farmer_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis",
                  Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["summons"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def plans() -> list[Plan]:
    return [
        Plan("court_cq_01_complete_coal_haul_truck_auctioned", "court_cq", "court_cq",
             "麒麟区法院执行曲靖中院二审维持的煤炭公路运输合同判决（煤炭经销公司诉物流公司亏吨赔偿），扣押物流公司"
             "牵引车并拍卖，拍卖款发放申请执行人，执行完毕（流动执行车针式打印的通知、送达回证；便携扫描笔采集）",
             "enforcement", "fully_performed", "closing", _paid(auction=True), True, seq=COAL_SEQ),
        Plan("court_cq_02_complete_archive_tobacco_oven_award_zhongben", "court_cq", "court_cq",
             "麒麟区法院执行曲靖仲裁委员会密集烤房设备供货合同裁决（附生效证明），被执行人为承包烟地的烟农，查无财产，"
             "限制消费、纳入失信名单，约谈申请人后终结本次执行程序，归档（卷宗封面、卷内目录、复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", _farmer_archive(), True, basis_kind="arbitration",
             seq=LEAF_SEQ),
        Plan("court_cq_03_wages_mediation_paid_missing_fee_receipt", "court_cq", "court_cq",
             "麒麟区法院执行本院劳务工资民事调解书（数名农民工，一人为申请执行人），冻结施工队负责人存款后履行，"
             "执行完毕；诉讼费收据未入卷",
             "enforcement", "fully_performed", "closing",
             [d for d in _paid(auction=False) if d.code != MISSING], False, basis_kind="mediation", seq=WAGE_SEQ),
    ]
