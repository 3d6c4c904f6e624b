"""court_hc's three dossiers (广东省清远市清城区人民法院执行局): a 石角 farmer enforces this court's judgment against
his 亲家 in 源潭 for the money lent for a lorry — the debtor's 存折, where the village's 征地补偿款 had come in, is
frozen and the sum deducted, 执行完毕, archived with cover, catalogue, review form and remarks sheet (the civil
division's 生效证明书 behind the judgment); a 龙塘 village's 经济合作社, through its 社长 and on its members'
resolution, enforces the rent of a 砂糖橘 hill against a grower from 广西 whose trees 黄龙病 killed — nothing found,
限制消费 and 失信, the 社长 heard, 终本; a widow and her daughter enforce a judgment for her late husband's pay against
the 建材 shop he drove for, her son acting for her — the shop settles and pays, but the dossier holds no proof that
the son is her son."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hc import LOAN_SEQ, ORCHARD_SEQ, WAGE_SEQ

MISSING = "kinship_proof"
"""what the widow's dossier lacks: her son signed as her agent and brought her 户口簿 and 结婚证 — but he moved to his
own household years ago, so the booklet holds her card and his sister's, not his; neither the 户口簿 page that names
him nor a 村（居）委会 certificate of the relation was ever handed in"""

LAWYER_PAPERS = ("power_of_attorney", "law_firm_letter", "lawyer_license")


def _without(docs: list[Doc], *codes: str) -> list[Doc]:
    return [d for d in docs if d.code not in codes]


def loan_archive() -> list[Doc]:
    """Filed in person, no agent; paid by deduction from the frozen 存折, so no settlement."""
    docs = _without(base_docs("fully_performed", "enforcement"), *LAWYER_PAPERS, "settlement_agreement")
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def orchard_closing() -> list[Doc]:
    """The cooperative files through its 社长 (its 负责人): no agent's papers."""
    return _without(base_docs("terminated_this_round", "enforcement"), *LAWYER_PAPERS)


def wage_closing() -> list[Doc]:
    """The son acts for his mother: his 授权委托书 (with his ID card) is there; a lawyer's papers are not wanted, and
    the proof of kinship never came."""
    return _without(base_docs("fully_performed", "enforcement"), "law_firm_letter", "lawyer_license")


def plans() -> list[Plan]:
    return [
        Plan("court_hc_01_complete_archive_inlaw_loan_passbook_deducted", "court_hc", "court_hc",
             "清城法院执行本院民事判决（石角村民诉源潭亲家民间借贷，附民事审判庭生效证明书）：冻结被执行人存折账户（征地"
             "补偿款）后扣划，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；户口簿、存折、驾驶证、不动产权证书"
             "开盖平放扫描",
             "enforcement", "fully_performed", "archive", loan_archive(), True, seq=LOAN_SEQ),
        Plan("court_hc_02_complete_village_coop_orchard_rent_terminated_this_round", "court_hc", "court_hc",
             "清城法院执行本院民事判决（龙塘镇经济合作社经社员代表会议决议由社长申请，追收砂糖橘果园承包款），承包人果园"
             "因黄龙病丢荒，无财产可供执行，限制消费、纳入失信，约谈社长后终结本次执行程序；存折、身份证开盖平放扫描",
             "enforcement", "terminated_this_round", "closing", orchard_closing(), True, seq=ORCHARD_SEQ),
        Plan("court_hc_03_widow_wage_judgment_building_shop_missing_kinship_proof", "court_hc", "court_hc",
             "清城法院执行本院民事判决（遗孀及女儿追索亡夫生前劳务报酬，被执行人为建材商行），儿子作为近亲属代理人，和解后"
             "付清；卷内缺亲属关系证明（户口簿中无儿子登记页）",
             "enforcement", "fully_performed", "closing", wage_closing(), False, seq=WAGE_SEQ),
    ]
