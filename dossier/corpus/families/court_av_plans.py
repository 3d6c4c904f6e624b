"""court_av's three dossiers (四川省宜宾市翠屏区人民法院执行局): a glass-bottle works enforces a 宜宾中院 二审 sale judgment
against a liquor distributor whose 白酒 stock is seized and whose account pays; a gift-box printer's 宜宾仲裁委 award
against a small distillery, paid after a 限制消费令 and a 失信 decision, archived; a 高粱 cooperative's 调解书 against
a 酒厂, settled and paid, handed in without its 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_av import BOTTLE_SEQ, GRAIN_SEQ, PACK_SEQ

MISSING = "service_address_confirmation"
"""what the cooperative's dossier lacks: its 送达地址确认书 was never filled in at the window"""


def bottle() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="reply"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def pack_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"), Doc("dishonest_list_decision"))
    docs = [*docs, Doc("service_receipt", served=["consumption_restriction_order", "dishonest_list_decision"]),
            Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def grain() -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_av_01_complete_bottle_supplier_appeal_judgment_liquor_seized", "court_av", "court_av",
             "翠屏法院执行宜宾中院二审买卖合同判决（玻璃酒瓶货款）：查封、扣押酒类经销商存放于白沙湾仓库的成品白酒，冻结划拨"
             "其银行存款，案款发放执行完毕（双面打印、双面扫描：长文书背面页略有错位、透印；部分页面红色滤除，红章红头几近消失）",
             "enforcement", "fully_performed", "closing", bottle(), True, seq=BOTTLE_SEQ),
        Plan("court_av_02_complete_archive_packaging_award_paid_after_restriction", "court_av", "court_av",
             "翠屏法院执行宜宾仲裁委员会裁决（白酒礼盒定作款，附生效证明书）：限制消费令、纳入失信名单后酒业公司付清，执行完毕，"
             "归档卷宗（卷宗封面、卷内目录、归档复核表、备考表）",
             "enforcement", "fully_performed", "archive", pack_archive(), True, basis_kind="arbitration", seq=PACK_SEQ),
        Plan("court_av_03_sorghum_cooperative_mediation_missing_address_confirmation", "court_av", "court_av",
             "翠屏法院执行本院民事调解书（高粱种植专业合作社诉酒厂货款），执行和解后付清；送达地址确认书未入卷",
             "enforcement", "fully_performed", "closing", grain(), False, basis_kind="mediation", seq=GRAIN_SEQ),
    ]
