"""court_ei's three dossiers (黑龙江省佳木斯市向阳区人民法院执行局): a rice grower's judgment against a farm-machinery
dealer for a failed harvester (account deducted after a settlement, paid, archived); a coal-yard worker's
佳木斯市劳动人事争议仲裁委员会 award of unpaid wages against a 双鸭山 coal trading company (settled and paid); a 民间借贷
judgment against a grain-depot keeper who settles and pays — handed in without the 财产线索提供表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ei import HARVESTER_SEQ, LOAN_SEQ, WAGE_SEQ

MISSING = "property_clue_form"
"""what the defective loan dossier lacks: the lender's lawyer named the depot's grain money in the application itself
and never filled the window's 财产线索提供表, so the form the checklist requires is not in the volume"""


def _paid() -> list[Doc]:
    return behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def harvester_archive() -> list[Doc]:
    docs = [*_paid(), Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan_closing() -> list[Doc]:
    return [d for d in _paid() if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ei_01_complete_archive_harvester_dealer_paid", "court_ei", "court_ei",
             "向阳区法院执行本院民事判决（收割机买卖合同，种粮户诉农机销售公司，附生效证明书）：网络查控、冻结扣划，"
             "和解后付清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；地下档案室手机闪光灯翻拍",
             "enforcement", "fully_performed", "archive", harvester_archive(), True, seq=HARVESTER_SEQ),
        Plan("court_ei_02_complete_coal_yard_wage_award_paid", "court_ei", "court_ei",
             "向阳区法院执行佳木斯市劳动人事争议仲裁委员会裁决（拖欠工资，煤场工人诉双鸭山煤炭经销公司，附生效证明），"
             "执行和解后履行完毕；地下档案室手机闪光灯翻拍",
             "enforcement", "fully_performed", "closing", _paid(), True, basis_kind="arbitration", seq=WAGE_SEQ),
        Plan("court_ei_03_private_loan_grain_depot_missing_property_clues", "court_ei", "court_ei",
             "向阳区法院执行民间借贷判决（粮食收储点经营者借款收粮），执行和解后履行完毕；卷内缺被执行人财产线索提供表",
             "enforcement", "fully_performed", "closing", loan_closing(), False, seq=LOAN_SEQ),
    ]
