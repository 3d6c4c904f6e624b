"""court_eb's three dossiers (陕西省榆林市榆阳区人民法院执行局): a haulage company's 榆林仲裁委员会 award for coal freight
against a 兰炭 plant (account deducted, the rest paid under a settlement, archived); a lender's 民间借贷 judgment from the
coal-boom years against a former mine contractor with nothing left (限制消费, 失信, the applicant heard, 终本); a 横山
mutton wholesaler's 调解书 against a 羊肉馆 chain that pays once its account is frozen — handed in without the
applicant's 财产线索表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_eb import HAUL_SEQ, LOAN_SEQ, MUTTON_SEQ

MISSING = "property_clue_form"
"""what the mutton dossier lacks: the wholesaler named the chain's account in his application and never filled the
window's 财产线索表, so the form the checklist requires is not in the volume"""


def haul_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def mutton_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_eb_01_complete_archive_coal_haulage_award_paid", "court_eb", "court_eb",
             "榆阳法院执行榆林仲裁委员会运输合同裁决（物流公司诉兰炭公司欠付拉煤运费，附生效证明）：扣划存款，和解后付清，"
             "执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；银行回执传真件、POS签购单、柜台回单为热敏纸",
             "enforcement", "fully_performed", "archive", haul_archive(), True, basis_kind="arbitration", seq=HAUL_SEQ),
        Plan("court_eb_02_complete_coal_boom_private_loan_terminated_this_round", "court_eb", "court_eb",
             "榆阳法院执行本院民间借贷判决（煤炭繁荣期借款，被执行人原为煤矿包工头），查控无财产，限制消费、纳入失信，"
             "实地调查、约谈申请执行人后终结本次执行程序；查控回执为热敏打印条",
             "enforcement", "terminated_this_round", "closing", loan_closing(), True, seq=LOAN_SEQ),
        Plan("court_eb_03_mutton_mediation_paid_missing_property_clue_form", "court_eb", "court_eb",
             "榆阳法院执行本院民事调解书（横山羊肉批发户诉羊肉馆餐饮公司货款），冻结账户后和解全额扣划，执行完毕；"
             "卷内缺申请执行人财产线索表",
             "enforcement", "fully_performed", "closing", mutton_closing(), False, basis_kind="mediation", seq=MUTTON_SEQ),
    ]
