"""court_bb's three dossiers (湖南省株洲市芦淞区人民法院执行局): a 服装城 fabric trader's 货款 judgment, upheld on
appeal by the 株洲中院, paid partly by a bank deduction and the rest under a settlement; a shop owner's 株洲仲裁委
rent award against her 服装城 tenant, settled, paid and archived; a lender's 民间借贷 调解书 of this court against a
rail-parts supplier, paid from the receivable a 中车 company owed it — filed without the 财产线索提供表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs
from dossier.corpus.families.court_bb import APPEAL_SEQ, LOAN_SEQ, SHOP_SEQ

MISSING = "property_clue_form"
"""what the loan dossier lacks: the applicant named the 中车 receivable in her application, but never filled the
window's 被执行人财产线索提供表"""


def _paid() -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def _archive() -> list[Doc]:
    docs = _paid()
    at = next(i for i, d in enumerate(docs) if d.code == "enforcement_basis") + 1
    docs = [*docs[:at], Doc("effectiveness_certificate"), *docs[at:]]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def plans() -> list[Plan]:
    return [
        Plan("court_bb_01_complete_appeal_fabric_payment_paid", "court_bb", "court_bb",
             "芦淞法院执行株洲中院二审维持原判的面料买卖合同判决（服装城面料商户诉服饰公司），扣划存款后和解付清，执行完毕；"
             "CIS小型扫描仪彩色200dpi：色边错位、亮暗条带、偶有拉扯变形、长表格底部被A4截断",
             "enforcement", "fully_performed", "closing", _paid(), True, seq=APPEAL_SEQ),
        Plan("court_bb_02_complete_archive_shop_rent_award_settled", "court_bb", "court_bb",
             "株洲仲裁委员会服装城商铺租金裁决（附裁决书生效证明），执行中和解并付清，归档卷宗（封面、卷内目录、复核表、备考表）",
             "enforcement", "fully_performed", "archive", _archive(), True, basis_kind="arbitration", seq=SHOP_SEQ),
        Plan("court_bb_03_mediation_loan_rail_supplier_missing_clue_form", "court_bb", "court_bb",
             "芦淞法院民间借贷民事调解书执行（轨道交通配件公司为被执行人，冻结其对中车子公司的应收货款），执行完毕；"
             "卷内缺被执行人财产线索提供表",
             "enforcement", "fully_performed", "closing", [d for d in _paid() if d.code != MISSING], False,
             basis_kind="mediation", seq=LOAN_SEQ),
    ]
