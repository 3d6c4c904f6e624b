"""court_ek's three dossiers (内蒙古自治区鄂尔多斯市东胜区人民法院执行局): a 运煤车 owner's own-court judgment for unpaid
freight against a coal-sales company (account deducted, settled, paid; archived); a lender's 民间借贷 judgment against a
former 洗煤厂 boss with nothing left (限制消费, 失信, the lender heard, 终本); a 班组长's labour-arbitration award for
migrant workers' wages on a stalled housing project, paid after the company's account was frozen — handed in without
the 结案通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ek import FREIGHT_SEQ, LOAN_SEQ, WAGE_SEQ

MISSING = "closing_notice"
"""what the defective wage dossier lacks: the money went straight to the workers through the court's account and the
bureau reported the case closed without issuing the 结案通知书 the checklist requires of a 执行完毕 case"""


def freight_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def wage_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ek_01_complete_archive_coal_freight_judgment_paid", "court_ek", "court_ek",
             "东胜法院执行本院民事判决（运输合同纠纷，运煤车车主诉煤炭销售公司欠运费，附生效证明书）：冻结扣划存款，和解后付清，"
             "执行完毕，归档卷宗（封面、卷内目录、归档审查表、备考表）；屏幕翻拍",
             "enforcement", "fully_performed", "archive", freight_archive(), True, seq=FREIGHT_SEQ),
        Plan("court_ek_02_complete_private_lending_terminated_this_round", "court_ek", "court_ek",
             "东胜法院执行本院民间借贷判决（附生效证明书），被执行人原洗煤厂老板无财产可供执行，限制消费、纳入失信，"
             "调查、约谈申请执行人后终结本次执行程序；屏幕翻拍",
             "enforcement", "terminated_this_round", "closing", loan_closing(), True, seq=LOAN_SEQ),
        Plan("court_ek_03_wage_award_paid_missing_closing_notice", "court_ek", "court_ek",
             "东胜法院执行东胜区劳动人事争议仲裁委员会裁决（烂尾楼项目农民工工资，附生效证明书），冻结后和解履行完毕；"
             "卷内缺结案通知书；屏幕翻拍",
             "enforcement", "fully_performed", "closing", wage_closing(), False, basis_kind="arbitration", seq=WAGE_SEQ),
    ]
