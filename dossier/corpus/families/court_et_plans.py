"""court_et's three dossiers (内蒙古自治区通辽市科尔沁区人民法院执行局): a 粮贸 company's 通辽仲裁委员会 award for 玉米
货款 against a corn-drying plant (account deducted, settled, paid in full, archived, with the award's 生效证明); the
rural bank's judgment against a feedlot owner whose herd died (nothing left, 限制消费 and 失信, the bank heard, 终本);
a machining shop's 通辽中院 appeal judgment against an aluminium-products company for subcontract work, settled and
paid — handed in without the applicant's 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_et import ALU_SEQ, CATTLE_SEQ, CORN_SEQ

MISSING = "service_address_confirmation"
"""what the defective aluminium dossier lacks: the shop's lawyer took the 送达地址确认书 away to have it sealed and never
brought it back, so the volume closes without it"""


def corn_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def cattle_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def alu_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_et_01_complete_archive_corn_drying_award_paid", "court_et", "court_et",
             "科尔沁区法院执行通辽仲裁委员会裁决（玉米买卖合同，粮贸公司诉粮食烘干公司，附裁决生效证明）：冻结扣划存款，"
             "和解分期付清，执行完毕，归档卷宗（封面、卷内目录、归档审查表、备考表）；扫描仪滤蓝，蓝色圆珠笔填写几近消失",
             "enforcement", "fully_performed", "archive", corn_archive(), True, basis_kind="arbitration", seq=CORN_SEQ),
        Plan("court_et_02_complete_cattle_feedlot_loan_terminated_this_round", "court_et", "court_et",
             "科尔沁区法院执行本院金融借款判决（农商银行诉肉牛养殖户），牛群病死出售、无财产可供执行，限制消费、纳入失信，"
             "实地调查并约谈申请执行人后终结本次执行程序；扫描仪滤蓝",
             "enforcement", "terminated_this_round", "closing", cattle_closing(), True, seq=CATTLE_SEQ),
        Plan("court_et_03_aluminium_subcontract_settled_missing_service_address", "court_et", "court_et",
             "科尔沁区法院执行通辽中院二审判决（承揽合同，机械加工公司诉铝制品公司），执行和解后履行完毕；"
             "卷内缺申请执行人送达地址确认书；扫描仪滤蓝",
             "enforcement", "fully_performed", "closing", alu_closing(), False, seq=ALU_SEQ),
    ]
