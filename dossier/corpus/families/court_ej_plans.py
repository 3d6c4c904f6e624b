"""court_ej's three dossiers (浙江省舟山市定海区人民法院执行局): an ocean-fishing company's 定海法院 judgment for frozen
squid it sold to a 干览 processing plant (account deducted, cold-store stock sealed, the rest paid under a settlement,
执行完毕, archived with cover, catalogue, the trial division's 生效证明书 behind the judgment, review form and remarks);
a 盐仓 ship-repair yard's 舟山仲裁委员会 award against a fishing company whose two boats were sold off (nothing found,
限制消费 and 失信, the yard's lawyer heard at the bureau, 终本); a fisherman's 定海法院 judgment against the skipper he
lent money to before the season, settled and paid after the catch — filed without the lawyer's 执业证 copy."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ej import LOAN_SEQ, SQUID_SEQ, YARD_SEQ

MISSING = "lawyer_license"
"""what the fishermen's loan dossier lacks: the lawyer brought his 执业证 to the window to be seen but no copy was
made, so the volume holds the 所函 and the 委托书 and no 执业证复印件"""


def squid_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def yard_closing() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [*docs, Doc("service_receipt", served=["summons"])]


def loan_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def plans() -> list[Plan]:
    return [
        Plan("court_ej_01_complete_archive_squid_sale_judgment_paid", "court_ej", "court_ej",
             "定海法院执行本院民事判决（冷冻鱿鱼买卖合同，远洋渔业公司诉水产品加工公司，附民事审判庭生效证明书）：扣划存款、"
             "查封冷库存货，和解后付清余款，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；台风浸水档案晾干后扫描",
             "enforcement", "fully_performed", "archive", squid_archive(), True, seq=SQUID_SEQ),
        Plan("court_ej_02_complete_shipyard_repair_award_terminated_this_round", "court_ej", "court_ej",
             "定海法院执行舟山仲裁委员会船舶修理费裁决（附生效证明），渔业公司渔船已转让注销、无财产可供执行，限制消费、纳入失信，"
             "渔港实地调查、约谈申请执行人后终结本次执行程序；台风浸水档案晾干后扫描",
             "enforcement", "terminated_this_round", "closing", yard_closing(), True, basis_kind="arbitration", seq=YARD_SEQ),
        Plan("court_ej_03_fishermen_loan_settled_missing_lawyer_license", "court_ej", "court_ej",
             "定海法院执行本院民间借贷判决（渔民借款给船东出海备货），查封渔船后执行和解，开渔后付清，执行完毕；"
             "卷内缺代理律师执业证复印件；台风浸水档案晾干后扫描",
             "enforcement", "fully_performed", "closing", loan_closing(), False, seq=LOAN_SEQ),
    ]
