"""court_bx's three dossiers (四川省攀枝花市东区人民法院执行局): a 钛精矿 supplier's 中院 二审 judgment against a titanium
works, paid after the bank deposit was frozen and 扣划; a 仁和区/盐边县 villager's 芒果园 流转 调解书 against the man who
leased his orchard, ended 终本 for want of property and archived; a haulier's 攀枝花仲裁委 award on 废钢运输, settled and
paid, filed without the award's 生效证明."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bx import MANGO_SEQ, ORE_SEQ, SCRAP_SEQ

MISSING = "effectiveness_certificate"
"""what the award dossier lacks: the 仲裁委's 生效证明 an award needs was never sent to the filing window"""


def ore() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="reply"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def mango() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="reply"))
    docs = behind(docs, "dishonest_list_decision", Doc("service_receipt", served=["summons"]))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def scrap() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_bx_01_complete_appeal_titanium_concentrate_deducted", "court_bx", "court_bx",
             "东区法院执行攀枝花中院二审买卖合同判决（钛精矿购销，维持东区法院一审判决，附生效证明书）：网络查控查得钛业公司"
             "银行存款，裁定冻结、扣划，银行协助冻结/扣划存款回执附卷，执行款发放，执行完毕（执行局ADF复印扫描一体机：玻璃污点"
             "竖条纹、进纸歪斜、搓纸轮拉伸、双张进纸阴影、文本模式黑白页、个别页倒置）",
             "enforcement", "fully_performed", "closing", ore(), True, seq=ORE_SEQ),
        Plan("court_bx_02_complete_archive_mango_orchard_lease_terminated", "court_bx", "court_bx",
             "东区法院执行本院民事调解书（仁和区/盐边县村民将芒果园流转给他人经营，拖欠流转费），被执行人无财产可供执行："
             "网络查控仅查得存款二百余元、现场调查笔录、传票、限制消费、纳入失信，约谈申请执行人后终结本次执行程序，归档"
             "卷宗（卷宗封面、卷内目录、生效证明书紧随调解书、卷宗复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", mango(), True, basis_kind="mediation", seq=MANGO_SEQ),
        Plan("court_bx_03_award_scrap_haulage_missing_effectiveness_certificate", "court_bx", "court_bx",
             "东区法院执行攀枝花仲裁委员会裁决（废钢运输合同运费），执行中达成和解并履行完毕；仲裁裁决生效证明未入卷",
             "enforcement", "fully_performed", "closing", scrap(), False, basis_kind="arbitration", seq=SCRAP_SEQ),
    ]
