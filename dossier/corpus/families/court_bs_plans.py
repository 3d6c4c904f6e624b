"""court_bs's three dossiers (内蒙古自治区包头市昆都仑区人民法院): a 稀土 materials supplier's judgment of this court
against a 磁材 maker, paid from its deposit frozen and then deducted; a steel trader's 包头中院 二审 judgment against
a builder, ended by 终结本次执行程序 after 网络查控 found nothing, archived; a herder's 羊绒 debt confirmed by this
court's 司法确认 ruling, paid in two instalments, handed in without its 结案审批表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bs import CASHMERE_SEQ, RARE_SEQ, STEEL_SEQ

MISSING = "closing_approval_form"
"""what the defective 羊绒 dossier lacks: the undertaker closed the case but the signed 结案审批表 never reached the volume"""


def rare_earth() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_ruling", Doc("assistance_notice", note="freeze"))  # 冻结 first, the 扣划 notice after
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def steel_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["summons"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def cashmere() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]
    return [*docs, Doc("service_receipt", served=["closing_notice"])]


def plans() -> list[Plan]:
    return [
        Plan("court_bs_01_complete_rare_earth_deposit_frozen_and_deducted", "court_bs", "court_bs",
             "昆都仑区法院执行本院买卖合同判决（稀土高新区稀土材料公司诉磁材公司，氧化镨钕、金属镨钕货款），冻结被执行人"
             "银行存款后扣划，案款发放，执行完毕；承办人用手机在冬天办公室拍照入卷（日光偏蓝或台灯偏黄、手机阴影、梯形透视、"
             "偶有抖动），本院文书为蒙汉双语院名",
             "enforcement", "fully_performed", "closing", rare_earth(), True, seq=RARE_SEQ),
        Plan("court_bs_02_complete_archive_steel_appeal_terminated_this_round", "court_bs", "court_bs",
             "昆都仑区法院执行包头市中级人民法院二审钢材买卖合同判决（附中院生效证明书），网络查控无财产、工地应收款线索经"
             "调查未查实，限制消费、纳入失信、约谈申请人后终结本次执行程序，归档卷宗（封面、卷内目录、归档复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", steel_archive(), True, seq=STEEL_SEQ),
        Plan("court_bs_03_cashmere_judicial_confirmation_missing_closing_approval_form", "court_bs", "court_bs",
             "昆都仑区法院执行本院确认人民调解协议效力的民事裁定书（达茂旗牧民向羊绒制品公司出售原绒的货款），执行和解后分两期"
             "付清；结案审批表未入卷",
             "enforcement", "fully_performed", "closing", cashmere(), False, seq=CASHMERE_SEQ),
    ]
