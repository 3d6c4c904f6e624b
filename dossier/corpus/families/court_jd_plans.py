"""court_jd's three dossiers (吉林省长春市南关区人民法院执行局): a 热力 company enforces this court's judgment for two
heating seasons' 采暖费 against a trading company on 全安街 (its account frozen and the sum taken, 执行完毕, archived with
cover, catalogue, review form and remarks sheet, the civil division's 生效证明书 behind the judgment); a 面点师 from 九台
enforces the 南关区劳动人事争议仲裁委员会's award for her wages against a closed 东北菜 restaurant company, her son acting
for her with the family's 户口簿 (nothing found, 限制消费 and 失信, she is heard, 终本); a retired woman enforces a 民事调解书
against the neighbour who borrowed for his fruit stall — they settle and he pays, but her younger brother acted for her
and no 亲属关系证明 is in the file."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_jd import HEAT_SEQ, LOAN_SEQ, WAGE_SEQ

MISSING = "kinship_proof"
"""what the loan dossier lacks: the applicant's younger brother signed everything for her at the window, but neither
the 户口簿 of their parents' household nor a 社区 certificate that he is her brother was ever filed"""

LAWYER_PAPERS = ("law_firm_letter", "lawyer_license")


def heat_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [d for d in docs if d.code != "settlement_agreement"]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def wage_closing() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [d for d in docs if d.code not in LAWYER_PAPERS]
    return behind(docs, "power_of_attorney", Doc("kinship_proof"))


def loan_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code not in LAWYER_PAPERS]


def plans() -> list[Plan]:
    return [
        Plan("court_jd_01_complete_archive_heating_fees_paid", "court_jd", "court_jd",
             "南关法院执行本院民事判决（热力公司诉商贸公司两个采暖期采暖费，附民事审判庭生效证明书，律师代理）：冻结、扣划"
             "被执行人银行存款，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；装订成册后在书刊扫描仪上翻拍",
             "enforcement", "fully_performed", "archive", heat_archive(), True, seq=HEAT_SEQ),
        Plan("court_jd_02_complete_wage_award_restaurant_terminated_this_round", "court_jd", "court_jd",
             "南关法院执行南关区劳动人事争议仲裁委员会欠薪裁决（附生效证明），申请人之子代理并附户口簿作亲属关系证明；饭店停业"
             "无财产可供执行，限制消费、纳入失信，约谈申请人后终结本次执行程序；书刊扫描仪翻拍，小票据置于深色玻璃台上拍摄",
             "enforcement", "terminated_this_round", "closing", wage_closing(), True, basis_kind="arbitration",
             seq=WAGE_SEQ),
        Plan("court_jd_03_loan_mediation_settled_missing_kinship_proof", "court_jd", "court_jd",
             "南关法院执行本院民间借贷民事调解书，申请人之弟代为申请，执行中和解并履行完毕；卷内缺代理人与申请人的亲属关系证明",
             "enforcement", "fully_performed", "closing", loan_closing(), False, basis_kind="mediation", seq=LOAN_SEQ),
    ]
