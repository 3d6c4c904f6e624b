"""court_dq's three dossiers (湖北省襄阳市樊城区人民法院执行局): a cotton-yarn mill's 襄阳仲裁委员会 award against a 襄州
garment maker (account frozen and partly deducted, the rest paid under a settlement, 执行完毕, archived with cover,
catalogue, review form and remarks sheet); a concrete plant's judgment against a labour contractor who left the site
(nothing to take, 限制消费 and 失信, the applicant's lawyer heard, 终本); a turner's 襄阳中院 二审 judgment for unpaid
wages against an auto-parts maker, paid after the freeze — handed in without the 被执行人财产线索表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dq import CONCRETE_SEQ, COTTON_SEQ, WAGES_SEQ

MISSING = "property_clue_form"
"""what the wages dossier lacks: the worker's lawyer filed in a hurry before the company could move its money and
never filled the clue form at the window, so the 财产线索表 the checklist requires is not in the volume"""


def cotton_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def concrete_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def wages_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_dq_01_complete_archive_cotton_yarn_award_paid", "court_dq", "court_dq",
             "樊城法院执行襄阳仲裁委员会裁决（棉纱买卖合同，纺织公司诉服饰公司，附仲裁委生效证明）：冻结扣划存款，和解后付清，"
             "执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；无碳复写表单留存联、针式打印回执，灰度平板扫描",
             "enforcement", "fully_performed", "archive", cotton_archive(), True, basis_kind="arbitration", seq=COTTON_SEQ),
        Plan("court_dq_02_complete_concrete_judgment_terminated_this_round", "court_dq", "court_dq",
             "樊城法院执行本院民事判决（商品混凝土货款，混凝土公司诉劳务包工头）：车辆已抵押并被轮候查封、存款不足百元，"
             "限制消费、纳入失信，约谈申请执行人后终结本次执行程序；无碳复写表单留存联、针式打印回执，灰度平板扫描",
             "enforcement", "terminated_this_round", "closing", concrete_closing(), True, seq=CONCRETE_SEQ),
        Plan("court_dq_03_wages_appeal_paid_missing_property_clue_form", "court_dq", "court_dq",
             "樊城法院执行襄阳中院二审判决（追索劳动报酬，车工诉汽车零部件公司）：冻结后和解付清，执行完毕；卷内缺被执行人"
             "财产线索表",
             "enforcement", "fully_performed", "closing", wages_closing(), False, seq=WAGES_SEQ),
    ]
