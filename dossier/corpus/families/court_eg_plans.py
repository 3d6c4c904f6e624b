"""court_eg's three dossiers (湖北省荆门市东宝区人民法院执行局): a builder's foreman enforces his 劳务费 judgment against a
construction firm — deducted from its account, a settlement for the rest, paid, archived; a 民间借贷 lender against a
京山 rice-mill owner with nothing left — 限制消费, 失信, the lender heard, 终本; a pedestrian hurt by a phosphate-ore lorry
enforces the accident judgment, paid after a settlement — handed in without the 财产线索表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_eg import CRASH_SEQ, LOAN_SEQ, WAGE_SEQ

MISSING = "property_clue_form"
"""what the defective accident dossier lacks: the injured man's lawyer named the company's lorry in the application and
never filled the bureau's 财产线索表"""


def wage_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def crash_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_eg_01_complete_archive_construction_wages_paid", "court_eg", "court_eg",
             "东宝法院执行本院劳务合同纠纷民事判决（附生效证明书）：扣划建筑公司存款、和解后付清，执行完毕，归档卷宗；"
             "经高温多墨的旧复印机复印后扫描",
             "enforcement", "fully_performed", "archive", wage_archive(), True, seq=WAGE_SEQ),
        Plan("court_eg_02_complete_private_loan_rice_mill_terminated_this_round", "court_eg", "court_eg",
             "东宝法院执行民间借贷判决，米厂停产无财产可供执行，限制消费、纳入失信，约谈申请执行人后终结本次执行程序；"
             "经旧复印机复印后扫描",
             "enforcement", "terminated_this_round", "closing", loan_closing(), True, seq=LOAN_SEQ),
        Plan("court_eg_03_traffic_accident_phosphate_lorry_missing_property_clue_form", "court_eg", "court_eg",
             "东宝法院执行机动车交通事故责任纠纷判决（磷矿运输货车），和解后履行完毕；卷内缺被执行人财产线索表",
             "enforcement", "fully_performed", "closing", crash_closing(), False, seq=CRASH_SEQ),
    ]
