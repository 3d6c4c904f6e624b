"""court_bv's three dossiers (青海省格尔木市人民法院执行局): a goji grower's 海西州中院 二审 purchase-money judgment paid
after the buyer's truck was 查封; this court's own potash-haulage judgment ended 终本 and archived; a 察尔汗 pipe
worker's wage award paid in three instalments under an 执行和解协议, filed without its 结案通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bv import GOJI_SEQ, POTASH_SEQ, WAGE_SEQ

MISSING = "closing_notice"
"""what the wage dossier lacks: the 结案通知书 was sent to the worker but never printed into the volume"""


def goji() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="reply"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def potash() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["summons"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def wage() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["settlement_agreement"])]
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_bv_01_complete_goji_appeal_judgment_paid_after_truck_seized", "court_bv", "court_bv",
             "格尔木法院执行海西州中院二审维持的枸杞买卖合同判决（郭勒木德镇枸杞种植户诉枸杞商贸公司欠货款），查封被执行人"
             "货车（车管所协助执行回执）后被执行人交款，执行完毕；移动执行组在烈日下用平板拍照（强反差、过曝反光、窗框阴影、"
             "车座/仪表台背景），部分回院扫描",
             "enforcement", "fully_performed", "closing", goji(), True, seq=GOJI_SEQ),
        Plan("court_bv_02_complete_archive_potash_haulage_terminated_this_round", "court_bv", "court_bv",
             "格尔木法院执行本院钾肥运输合同判决（运输公司诉钾肥贸易公司欠运费），网络查控、察尔汗实地调查、限制消费、失信、"
             "约谈申请人后终结本次执行程序，归档卷宗（封面、目录、生效证明书、归档审查表、备考表）",
             "enforcement", "terminated_this_round", "archive", potash(), True, seq=POTASH_SEQ),
        Plan("court_bv_03_wage_award_instalments_missing_closing_notice", "court_bv", "court_bv",
             "格尔木法院执行格尔木市劳动人事争议仲裁委员会裁决（察尔汗盐湖管道工工资），执行和解协议分三期履行完毕（三张回单）；"
             "结案通知书未入卷",
             "enforcement", "fully_performed", "closing", wage(), False, basis_kind="arbitration", seq=WAGE_SEQ),
    ]
