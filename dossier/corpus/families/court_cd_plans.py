"""court_cd's three dossiers (山东省菏泽市牡丹区人民法院执行局): a 牡丹区 embroidery workshop's judgment against a 曹县
汉服 shop, paid from its frozen 支付宝/微信 merchant funds; a 菏泽中院 二审 牡丹籽油 judgment against a company with
nothing, ended 终本 and archived; a 菏泽仲裁委员会 牡丹种苗 award, paid, filed without its 受理案件通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cd import HANFU_SEQ, OIL_SEQ, SEED_SEQ

MISSING = "acceptance_notice"
"""what the 种苗 dossier lacks: the 受理案件通知书 (required at closing for every category) was never filed"""


def hanfu() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "assistance_notice", Doc("assistance_notice", note="reply"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def oil_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "dishonest_list_decision", Doc("dishonest_list_decision", note="clipping"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def seedlings() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING and MISSING not in d.served]


def plans() -> list[Plan]:
    return [
        Plan("court_cd_01_complete_caoxian_hanfu_embroidery_fees_paid", "court_cd", "court_cd",
             "牡丹区法院执行本院加工合同判决（牡丹区刺绣加工坊诉曹县汉服电商公司刺绣加工费），执行通知书、报告财产令后冻结"
             "被执行人支付宝、微信商户资金（支付宝协助执行回执），划拨后执行完毕；送达回证多为粉红第二联、黄色第三联复写件，"
             "承办人荧光笔标注金额",
             "enforcement", "fully_performed", "closing", hanfu(), True, seq=HANFU_SEQ),
        Plan("court_cd_02_complete_archive_peony_seed_oil_terminated", "court_cd", "court_cd",
             "菏泽中院二审牡丹籽油供货合同判决（附生效证明书），被执行公司停产无财产：网络查控、现场调查笔录、失信决定及"
             "人民法院报公告剪报粘贴页、限制消费令、约谈申请执行人，终结本次执行程序，归档（封面、卷内目录在前，卷宗审查表、备考表在后）",
             "enforcement", "terminated_this_round", "archive", oil_archive(), True, seq=OIL_SEQ),
        Plan("court_cd_03_arbitration_peony_seedlings_missing_acceptance_notice", "court_cd", "court_cd",
             "菏泽仲裁委员会牡丹种苗购销合同裁决，园林公司履行执行完毕；受理案件通知书未入卷",
             "enforcement", "fully_performed", "closing", seedlings(), False, basis_kind="arbitration", seq=SEED_SEQ),
    ]
