"""court_dg's three dossiers (福建省泉州市丰泽区人民法院执行局): a 水产 trading company's 泉州中院 二审 judgment for 海产品
货款 against a restaurant company, the debtor's account deducted at its bank and the money paid out (执行完毕, archived);
a Taiwan-resident home owner's 调解书 on a house-decoration contract against a decoration company that has closed
(nothing found, 限制消费 and 失信, the applicant heard, 终本); a shoe worker's 泉州市劳动人事争议仲裁委员会 award for
wages and compensation, settled and paid against the worker's own 收条 — handed in without the 财产线索 form."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dg import DECOR_SEQ, LABOUR_SEQ, MARINE_SEQ

MISSING = "property_clue_form"
"""what the defective labour dossier lacks: the worker's lawyer filed the award and its 生效证明 but never filled the
window's 执行财产线索申报表, so the volume holds none"""


def marine_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "closing_notice", Doc("service_receipt", served=["closing_notice"]))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def decor_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def labour_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_dg_01_complete_archive_seafood_appeal_bank_deduction", "court_dg", "court_dg",
             "丰泽法院执行泉州中院二审判决（海产品买卖合同，水产贸易公司诉餐饮管理公司，附一审法院生效证明书）：冻结并扣划"
             "被执行人银行存款，执行款发放，执行完毕，归档卷宗（封面、卷内目录、归档审查表、备考表）；模拟复印机复印件再复印后扫描",
             "enforcement", "fully_performed", "archive", marine_archive(), True, seq=MARINE_SEQ),
        Plan("court_dg_02_complete_decoration_mediation_terminated_this_round", "court_dg", "court_dg",
             "丰泽法院执行本院民事调解书（装饰装修合同，台湾居民业主诉装饰公司，台湾居民来往大陆通行证复印件），被执行人停业、"
             "总对总及不动产登记中心均无财产，限制消费、纳入失信，约谈申请执行人后终结本次执行程序；复印件再复印后扫描",
             "enforcement", "terminated_this_round", "closing", decor_closing(), True, basis_kind="mediation", seq=DECOR_SEQ),
        Plan("court_dg_03_labour_award_settled_missing_property_clue_form", "court_dg", "court_dg",
             "丰泽法院执行泉州市劳动人事争议仲裁委员会裁决（拖欠工资及经济补偿金，附生效证明），执行和解后付清，申请执行人"
             "手写收条；卷内缺申请执行人的执行财产线索申报表",
             "enforcement", "fully_performed", "closing", labour_closing(), False, basis_kind="arbitration", seq=LABOUR_SEQ),
    ]
