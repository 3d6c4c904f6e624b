"""court_dc's three dossiers (湖南省衡阳市雁峰区人民法院执行局): a lender's 民间借贷 judgment of this court's civil
division, the borrower's account deducted and the rest paid under a settlement (执行完毕, closing); a cook's 衡阳市劳动
人事争议仲裁委员会 award for wages against a restaurant company that has shut (终本, archived in archive order); a property
company's 物业费 mediated in this court, paid after the freeze — handed in without the 诉讼费 receipt."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dc import FEE_SEQ, LEND_SEQ, WAGE_SEQ

MISSING = "fee_receipt"
"""what the defective 物业费 dossier lacks: the property company's clerk never brought the 非税收入缴款书 of the
mediated case's 受理费 to the window, so the receipt the checklist requires is not in the volume"""


def lend_closing() -> list[Doc]:
    return base_docs("fully_performed", "enforcement")


def wage_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def fee_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_dc_01_complete_private_loan_judgment_paid", "court_dc", "court_dc",
             "雁峰法院执行本院民间借贷民事判决：冻结扣划被执行人存款，余款和解后付清，执行完毕（结案审查）；"
             "复印扫描一体机200dpi灰度扫描，个别页有墨粉竖条、一页倒置、身份证与执业证复印件用手机在木桌上拍照",
             "enforcement", "fully_performed", "closing", lend_closing(), True, seq=LEND_SEQ),
        Plan("court_dc_02_complete_archive_labour_award_terminated_this_round", "court_dc", "court_dc",
             "雁峰法院执行衡阳市劳动人事争议仲裁委员会工资裁决（附生效证明），餐饮公司停业无财产，限制消费、失信，"
             "约谈申请执行人后终结本次执行程序，归档卷宗（封面、卷内目录、复核表、备考表）；复印扫描一体机灰度扫描",
             "enforcement", "terminated_this_round", "archive", wage_archive(), True, basis_kind="arbitration", seq=WAGE_SEQ),
        Plan("court_dc_03_property_fee_mediation_paid_missing_fee_receipt", "court_dc", "court_dc",
             "雁峰法院执行本院物业服务合同纠纷民事调解书，冻结业主存款后自动履行，执行完毕；卷内缺诉讼费收据",
             "enforcement", "fully_performed", "closing", fee_closing(), False, basis_kind="mediation", seq=FEE_SEQ),
    ]
