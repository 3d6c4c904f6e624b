"""court_dp's three dossiers (广东省汕头市金平区人民法院执行局): a 金平 knitted-fabric supplier enforces the court's own
judgment (买卖合同) against a 潮南 garment maker — its bank account deducted, the rest paid under a settlement, closed
执行完毕 and archived (cover and catalogue first, the civil division's 生效证明书 right behind the judgment); a 小公园
shop owner enforces a 汕头仲裁委员会 award for rent against a 澄海 toy company that left its showroom — nothing found,
限制消费 and 失信, the applicant's lawyer heard, 终本; a neighbour enforces a 民间借贷 mediation against a seafood
stallholder who settles and pays — handed in without the 财产线索表 the checklist asks of every applicant."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dp import FABRIC_SEQ, LEASE_SEQ, LOAN_SEQ

MISSING = "property_clue_form"
"""what the defective loan dossier lacks: the lender came to the window knowing the stall and nothing else, and the
财产线索表 was never filled in, so it is not in the volume"""


def fabric_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def lease_closing() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return behind(docs, "interview_record", Doc("service_receipt", served=["summons"]))


def loan_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_dp_01_complete_archive_fabric_judgment_paid", "court_dp", "court_dp",
             "金平法院执行本院民事判决（针织面料买卖合同，面料公司诉潮南服装公司，附本院生效证明书）：扣划存款，和解后付清余款，"
             "执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；拆卷后旧式双面进纸扫描仪扫描（玻璃脏污竖线、装订孔）",
             "enforcement", "fully_performed", "archive", fabric_archive(), True, seq=FABRIC_SEQ),
        Plan("court_dp_02_complete_shop_lease_award_terminated_this_round", "court_dp", "court_dp",
             "金平法院执行汕头仲裁委员会商铺租金裁决（附送达及生效证明），玩具公司撤场无财产可供执行，传唤调查、限制消费、"
             "纳入失信，约谈申请执行人代理律师后终结本次执行程序；拆卷后旧式双面进纸扫描仪扫描",
             "enforcement", "terminated_this_round", "closing", lease_closing(), True, basis_kind="arbitration",
             seq=LEASE_SEQ),
        Plan("court_dp_03_loan_mediation_settled_missing_property_clue_form", "court_dp", "court_dp",
             "金平法院执行本院民间借贷民事调解书（被执行人为海鲜档主），执行和解后付清，执行完毕；卷内缺申请执行人财产线索表",
             "enforcement", "fully_performed", "closing", loan_closing(), False, basis_kind="mediation", seq=LOAN_SEQ),
    ]
