"""court_go's three dossiers (山西省晋城市城区人民法院执行局): a retired miner enforces this court's 民间借贷 judgment
against a 泽州 lorry owner, who dies during enforcement leaving nothing; on the hospital's 居民死亡医学证明（推断）书, the
village committee's 证明, a visit to the village and a talk with the lender's lawyer the case is ended (终结执行) and the
volume archived (cover, catalogue, review form, remarks sheet, the civil division's 生效证明书 behind the judgment); a
trucking fleet enforces 晋城仲裁委员会's freight award (with its 生效证明) against a coal-trading company whose yard
stands empty — nothing found, 限制消费 and 失信, the lawyer heard, 终本; a 阳城 pottery shop enforces 阳城县人民法院's
goods-payment judgment against a 皇城 homestay keeper, who settles and pays — handed in without the 财产线索提供表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_go import FREIGHT_SEQ, LOAN_SEQ, POTTERY_SEQ

MISSING = "property_clue_form"
"""what the pottery shop's dossier lacks: its lawyer filed the application, the judgment and the shop's papers, but the
window's 被执行人财产线索提供表 was never filled in — the keeper's house was named in the application, and nobody asked"""


def loan_archive() -> list[Doc]:
    docs = behind(base_docs("terminated", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("investigation_record"), Doc("evidence", note="death"),
                  Doc("evidence", note="village"), Doc("interview_record"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def freight_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def pottery_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_go_01_complete_archive_loan_debtor_died_terminated", "court_go", "court_go",
             "晋城城区法院执行本院民间借贷判决（附民一庭生效证明书）：被执行人执行中病故，无遗产可供执行、无义务承担人，"
             "凭居民死亡医学证明（推断）书、村委会证明及实地调查裁定终结执行，归档卷宗（封面、卷内目录、复核表、备考表）；"
             "档案室日光灯下手机翻拍",
             "enforcement", "terminated", "archive", loan_archive(), True, seq=LOAN_SEQ),
        Plan("court_go_02_complete_freight_award_coal_trader_terminated_this_round", "court_go", "court_go",
             "晋城城区法院执行晋城仲裁委员会运费裁决（附生效证明），煤炭贸易公司煤场停业、账户被轮候冻结、无财产可供执行，"
             "限制消费、纳入失信，约谈申请人代理人后终结本次执行程序；档案室日光灯下手机翻拍",
             "enforcement", "terminated_this_round", "closing", freight_closing(), True, basis_kind="arbitration",
             seq=FREIGHT_SEQ),
        Plan("court_go_03_pottery_shop_homestay_settled_missing_clue_form", "court_go", "court_go",
             "晋城城区法院执行阳城县人民法院买卖合同判决（阳城陶艺经营部诉皇城民宿经营者货款），执行和解后分两期付清；"
             "卷内缺被执行人财产线索提供表",
             "enforcement", "fully_performed", "closing", pottery_closing(), False, seq=POTTERY_SEQ),
    ]
