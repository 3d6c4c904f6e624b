"""court_dy's three dossiers (安徽省安庆市迎江区人民法院执行局): a neighbour's 民间借贷 judgment against a tiling contractor
with nothing left (限制消费, 失信, the applicant heard, 终本); a 黄梅戏 actress's labour-arbitration award for unpaid wages
against a performing-arts company, its account frozen and the wages paid (archived, the commission's 生效证明 behind the
award); a river-shipping company's court mediation against a sand-dredging company for barge hire, settled and paid —
handed in without the 财产线索表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dy import LOAN_SEQ, SAND_SEQ, TROUPE_SEQ

MISSING = "property_clue_form"
"""what the defective shipping dossier lacks: the company's clerk named the respondent's account in the application
and never filled the window's 财产线索表"""


def loan_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def troupe_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [d for d in docs if d.code != "settlement_agreement"]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def sand_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_dy_01_complete_private_loan_contractor_terminated_this_round", "court_dy", "court_dy",
             "迎江法院执行本院民间借贷判决（装修包工头借款不还），查控无财产，限制消费、纳入失信，约谈申请执行人后终结本次执行程序；"
             "申请书手写于稿纸或信笺，笔录手写，彩色扫描转灰度",
             "enforcement", "terminated_this_round", "closing", loan_closing(), True, seq=LOAN_SEQ),
        Plan("court_dy_02_complete_archive_huangmei_troupe_wage_award_paid", "court_dy", "court_dy",
             "迎江法院执行安庆市劳动人事争议仲裁委员会裁决（黄梅戏演员追索工资，附生效证明），冻结扣划演艺公司存款，执行完毕，"
             "归档卷宗（封面、卷内目录、复核表、备考表）；复写纸收据、彩色纸表格，彩色扫描转灰度",
             "enforcement", "fully_performed", "archive", troupe_archive(), True, basis_kind="arbitration", seq=TROUPE_SEQ),
        Plan("court_dy_03_barge_hire_mediation_settled_missing_property_clue_form", "court_dy", "court_dy",
             "迎江法院执行本院民事调解书（航运公司出租货船给疏浚公司，拖欠租金），执行和解后履行完毕；卷内缺财产线索表",
             "enforcement", "fully_performed", "closing", sand_closing(), False, basis_kind="mediation", seq=SAND_SEQ),
    ]
