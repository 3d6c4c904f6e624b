"""court_dn's three dossiers (青海省西宁市城西区人民法院执行局): a 牦牛肉 processor's 西宁中院 二审 judgment against a
restaurant-supply company (a small deposit deducted, nothing else, 失信 and 限消, 终本, archived); a private loan settled
by this court's 民事调解书 that the borrower paid straight to the lender (a handwritten 收条); a car rental company's
judgment against a renter, paid under a settlement — handed in without the 财产线索表 (the company filed online and
never uploaded it)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dn import CAR_SEQ, LOAN_SEQ, YAK_SEQ

MISSING = "property_clue_form"
"""what the defective car-rental dossier lacks: the 被执行人财产线索表"""


def yak_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]


def car_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_dn_01_complete_archive_yak_meat_appeal_terminated_this_round", "court_dn", "court_dn",
             "城西法院执行西宁中院二审判决（牦牛肉购销合同，附城北法院生效证明书）：扣划少量存款（银行协助扣划回执），"
             "限制消费、纳入失信，实地调查、约谈申请执行人后终结本次执行程序；归档卷宗（封面、卷内目录、复核表、备考表）；"
             "电子卷宗：本院文书为平台导出PDF，外来材料为带水印的灰度扫描件",
             "enforcement", "terminated_this_round", "archive", yak_archive(), True, seq=YAK_SEQ),
        Plan("court_dn_02_complete_private_loan_mediation_paid", "court_dn", "court_dn",
             "城西法院执行本院民间借贷民事调解书，被执行人直接向申请执行人还款（手写收条手机拍照上传），执行完毕；"
             "申请执行人藏族，身份证藏汉双语",
             "enforcement", "fully_performed", "closing", loan_closing(), True, basis_kind="mediation", seq=LOAN_SEQ),
        Plan("court_dn_03_car_rental_judgment_paid_missing_property_clues", "court_dn", "court_dn",
             "城西法院执行本院汽车租赁合同纠纷民事判决，车管所复函查得车辆，和解后付清，执行完毕；卷内缺被执行人财产线索表",
             "enforcement", "fully_performed", "closing", car_closing(), False, seq=CAR_SEQ),
    ]
