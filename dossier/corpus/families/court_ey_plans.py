"""court_ey's three dossiers (江苏省连云港市海州区人民法院执行局): a 赣榆 紫菜 processor enforces the court's own judgment
for dried laver sold to a 海州 food trader (an account frozen and deducted, the rest paid under a settlement, 执行完毕,
archived); a cold-chain company enforces a 连云港仲裁委员会 award for cold-store rent against a seafood trader who left
the market (nothing found, 限制消费 and 失信, the applicant's lawyer heard, 终本); a 东海 crystal carver enforces
连云港中院's 二审 judgment against a live-stream company, settled and paid — handed in without the lawyer's 执业证 copy."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ey import CRYSTAL_SEQ, LAVER_SEQ, STORE_SEQ

MISSING = "lawyer_license"
"""what the crystal dossier lacks: the 律所函 says a copy of the 执业证 is attached, but the copy never reached the volume"""


def laver_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def store_closing() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return behind(docs, "summons", Doc("service_receipt", served=["summons"]))


def crystal_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ey_01_complete_archive_laver_own_judgment_paid", "court_ey", "court_ey",
             "海州法院执行本院民事判决（紫菜买卖合同，赣榆紫菜加工企业诉海州食品贸易公司，附本院生效证明书）：冻结扣划存款，"
             "和解后付清，执行完毕，归档卷宗（封面、卷内目录、立卷审查表、备考表）；翻旧的卷宗平板扫描（折角、折痕、标签）",
             "enforcement", "fully_performed", "archive", laver_archive(), True, seq=LAVER_SEQ),
        Plan("court_ey_02_complete_cold_store_award_terminated_this_round", "court_ey", "court_ey",
             "海州法院执行连云港仲裁委员会冷库仓储费裁决（附生效证明），水产公司停业无财产，传唤、现场调查，限制消费、纳入失信，"
             "约谈申请执行人后终结本次执行程序；翻旧的卷宗平板扫描",
             "enforcement", "terminated_this_round", "closing", store_closing(), True, basis_kind="arbitration",
             seq=STORE_SEQ),
        Plan("court_ey_03_crystal_appeal_settled_missing_lawyer_license", "court_ey", "court_ey",
             "海州法院执行连云港中院二审判决（东海水晶货款，个人诉直播电商公司），执行和解后履行完毕；卷内缺律师执业证复印件",
             "enforcement", "fully_performed", "closing", crystal_closing(), False, seq=CRYSTAL_SEQ),
    ]
