"""court_ed's three dossiers (山东省日照市东港区人民法院执行局): a 港口装卸 company's judgment for stevedoring and storage
fees against a steel/ore logistics firm (account frozen, settled, paid, archived); a 日照绿茶 growers' co-operative's
日照仲裁委员会 award for tea delivered to a seaside homestay operator (停业, nothing found, 限高 and 失信, applicant heard,
终本); a 民间借贷 judgment against a fishing-boat owner (settled and paid) — handed in without the 财产线索表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ed import BOAT_SEQ, PORT_SEQ, TEA_SEQ

MISSING = "property_clue_form"
"""what the defective fishing-boat dossier lacks: the lender's lawyer named the boat in the application and never
filled the window's 财产线索表, so the form the checklist requires is not in the volume"""


def port_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def tea_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def boat_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ed_01_complete_archive_port_stevedoring_fees_paid", "court_ed", "court_ed",
             "东港法院执行本院民事判决（港口作业合同纠纷，港口装卸公司诉钢铁物流公司装卸、堆存费）：冻结存款后和解、扣划付清，"
             "执行完毕（附民事审判庭生效证明书），归档卷宗（封面、卷内目录、复核表、备考表）；律所喷墨一体机打印扫描，法院自有文书办公扫描仪",
             "enforcement", "fully_performed", "archive", port_archive(), True, seq=PORT_SEQ),
        Plan("court_ed_02_complete_tea_award_homestay_terminated_this_round", "court_ed", "court_ed",
             "东港法院执行日照仲裁委员会裁决（日照绿茶购销合同，合作社诉民宿管理公司，附生效证明），民宿停业无财产，限制消费、"
             "纳入失信，现场调查并约谈申请执行人后终结本次执行程序；律所喷墨一体机打印扫描",
             "enforcement", "terminated_this_round", "closing", tea_closing(), True, basis_kind="arbitration",
             seq=TEA_SEQ),
        Plan("court_ed_03_fishing_boat_loan_paid_missing_property_clue_form", "court_ed", "court_ed",
             "东港法院执行本院民间借贷判决（购置渔船借款，被执行人为渔船船主），和解后履行完毕；卷内缺被执行人财产线索表",
             "enforcement", "fully_performed", "closing", boat_closing(), False, seq=BOAT_SEQ),
    ]
