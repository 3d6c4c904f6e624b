"""court_ez's three dossiers (福建省漳州市芗城区人民法院执行局): a bulb trader's own-court judgment for 水仙花种球 against a
龙海 horticulture company (account frozen and deducted, paid, 执行完毕, archived); a herbal-medicine maker's 漳州仲裁委员会
award against a closed distributor (nothing found, 限制消费 and 失信, the applicant heard, 终本); a shop landlord's 漳州中院
二审 judgment for rent against a tenant who settles and pays — filed online without the lawyer's 执业证."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ez import APPEAL_SEQ, AWARD_SEQ, BULB_SEQ

MISSING = "lawyer_license"
"""what the rent dossier lacks: when the landlord's lawyer filed online he uploaded the 所函 and the 委托书 but never the
photo of his 律师执业证, and nobody asked for it before closing"""


def bulb_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def award_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def appeal_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ez_01_complete_archive_narcissus_bulbs_paid", "court_ez", "court_ez",
             "芗城法院执行本院民事判决（水仙花种球买卖合同，花卉贸易公司诉园艺公司，附生效证明书）：冻结扣划存款，执行完毕，"
             "归档卷宗（封面、卷内目录、归档审查表、备考表）；当事人网上立案材料为多次压缩的手机照片，法院文书正常扫描",
             "enforcement", "fully_performed", "archive", bulb_archive(), True, seq=BULB_SEQ),
        Plan("court_ez_02_complete_herbal_award_terminated_this_round", "court_ez", "court_ez",
             "芗城法院执行漳州仲裁委员会裁决（中成药经销合同，附裁决书生效证明），经销商关门无财产，限制消费、纳入失信，"
             "约谈申请执行人后终结本次执行程序；网上立案材料为手机照片",
             "enforcement", "terminated_this_round", "closing", award_closing(), True, basis_kind="arbitration",
             seq=AWARD_SEQ),
        Plan("court_ez_03_appeal_rent_settled_missing_lawyer_license", "court_ez", "court_ez",
             "芗城法院执行漳州中院二审民事判决（店面租赁合同，附一审法院生效证明书），执行和解后付清；网上立案时未上传"
             "律师执业证，卷内缺律师执业证复印件",
             "enforcement", "fully_performed", "closing", appeal_closing(), False, seq=APPEAL_SEQ),
    ]
