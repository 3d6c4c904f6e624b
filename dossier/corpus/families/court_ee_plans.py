"""court_ee's three dossiers (江苏省盐城市亭湖区人民法院执行局): an auto-parts supplier of the 悦达起亚 chain enforces the
court's own judgment for unpaid 座椅/车门 parts against a 配件 maker (account frozen, settled and paid in full, archived);
a scenic-area worker enforces a 劳动人事争议仲裁委员会 award for wages against a 丹顶鹤 wetland tourism company that has
closed (nothing found, 限制消费 and 失信, the worker heard, 终本); a lender enforces a 民事调解书 on a private loan against
an aquaculture-pond contractor of 东台弶港, who settles and pays — handed in without the 财产线索表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ee import LOAN_SEQ, PARTS_SEQ, WAGE_SEQ

MISSING = "property_clue_form"
"""what the defective loan dossier lacks: the lender told the window about the ponds by word of mouth and never filled
the 被执行人财产线索表, so the form the filing checklist requires is not in the volume"""


def parts_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def wage_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def loan_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ee_01_complete_archive_auto_parts_judgment_paid", "court_ee", "court_ee",
             "亭湖法院执行本院买卖合同判决（汽车零部件供货，附生效证明书）：冻结被执行人账户，和解后案款付清，执行完毕，归档卷宗"
             "（A3卷宗封面、结案审批表、查控结果表、银行宽幅对账单均分左右两半扫描）",
             "enforcement", "fully_performed", "archive", parts_archive(), True, seq=PARTS_SEQ),
        Plan("court_ee_02_complete_wetland_tourism_wage_award_terminated_this_round", "court_ee", "court_ee",
             "亭湖法院执行亭湖区劳动人事争议仲裁委员会工资裁决（附生效证明），湿地旅游公司停业无财产，限制消费、纳入失信，"
             "约谈申请执行人后终结本次执行程序；A3页分两次扫描",
             "enforcement", "terminated_this_round", "closing", wage_closing(), True, basis_kind="arbitration",
             seq=WAGE_SEQ),
        Plan("court_ee_03_private_loan_mediation_missing_property_clue_form", "court_ee", "court_ee",
             "亭湖法院执行本院民间借贷调解书（被执行人为东台鱼塘养殖户），和解后履行完毕；卷内缺被执行人财产线索表",
             "enforcement", "fully_performed", "closing", loan_closing(), False, basis_kind="mediation", seq=LOAN_SEQ),
    ]
