"""court_bl's three dossiers (广东省深圳市福田区人民法院执行局): a 华强北 component distributor's 货款, upheld by
深圳中院 on appeal, paid after an execution settlement; a 香港 payments company's service fees against a 前海 fintech,
awarded by 深圳国际仲裁院, paid and archived (its 商業登記證 and attested 委托书 among the papers); a 民间借贷 调解书
of this court left unpaid, ended by 终本 and handed in without its 限制消费令."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bl import FEES_SEQ, LOAN_SEQ, PARTS_SEQ

MISSING = "consumption_restriction_order"
"""what the 终本 dossier lacks: the 限制消费令 was issued online but never printed into the volume"""


def fees_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan_unrestricted() -> list[Doc]:
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]
    return [Doc("service_receipt", served=["dishonest_list_decision"]) if MISSING in d.served else d for d in docs]


def plans() -> list[Plan]:
    fam = "court_bl"
    return [
        Plan("court_bl_01_appeal_components_paid", fam, fam,
             "深圳中院二审判决（华强北电子元器件货款）为依据、和解履行完毕的完整卷宗", "enforcement", "fully_performed",
             "closing", base_docs("fully_performed", "enforcement"), True, seq=PARTS_SEQ),
        Plan("court_bl_02_archive_sciarb_award_hk_applicant", fam, fam,
             "深圳国际仲裁院裁决（香港公司诉前海金融科技公司服务费）执行完毕的归档卷宗（生效证明、商業登記證、委托公证）",
             "enforcement", "fully_performed", "archive", fees_archive(), True, basis_kind="arbitration", seq=FEES_SEQ),
        Plan("court_bl_03_loan_mediation_missing_restriction_order", fam, fam,
             "民间借贷调解书终本卷宗，缺限制消费令", "enforcement", "terminated_this_round", "closing", loan_unrestricted(),
             False, basis_kind="mediation", seq=LOAN_SEQ),
    ]
