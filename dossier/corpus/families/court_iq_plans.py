"""court_iq's three dossiers (河南省新乡市红旗区人民法院执行局): a bank's branch enforces this court's credit-card judgment
against a cardholder — his deposits frozen and deducted, paid out, 执行完毕, archived (cover and catalogue first, the civil
division's 生效证明书 behind the judgment, review form and remarks sheet last); a property-management company enforces
its 物业费 judgment against a flat owner, who pays in full after the 限制消费令 (执行完毕, closing); a steel trader,
represented by a law firm, enforces a loan 民事调解书 against a building-materials company — one account deducted in
part, nothing else, 终本 — handed in without the firm's 所函."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_iq import CARD_SEQ, ESTATE_SEQ, LOAN_SEQ

MISSING = "law_firm_letter"
"""what the trader's dossier lacks: his lawyer filed the power of attorney and a copy of his 执业证 at the window, but
the firm's 所函 was never torn from the stub book, and the window did not ask for it"""


def _without(docs: list[Doc], code: str) -> list[Doc]:
    return [d for d in docs if d.code != code]


def card_archive() -> list[Doc]:
    docs = _without(base_docs("fully_performed", "enforcement"), "settlement_agreement")
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def estate_closing() -> list[Doc]:
    docs = _without(base_docs("fully_performed", "enforcement"), "settlement_agreement")
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"))
    return [*docs, Doc("service_receipt", served=["consumption_restriction_order"])]


def loan_closing() -> list[Doc]:
    return _without(base_docs("terminated_this_round", "enforcement"), MISSING)


def plans() -> list[Plan]:
    return [
        Plan("court_iq_01_complete_archive_credit_card_deposits_deducted", "court_iq", "court_iq",
             "红旗区法院执行本院信用卡纠纷民事判决（银行新乡分行诉持卡人，附民事审判庭生效证明书）：冻结、扣划被执行人存款，"
             "案款发放，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；外包扫描、电子卷宗1-bit增强存储",
             "enforcement", "fully_performed", "archive", card_archive(), True, seq=CARD_SEQ),
        Plan("court_iq_02_complete_property_fee_paid_after_restriction", "court_iq", "court_iq",
             "红旗区法院执行本院物业服务合同纠纷民事判决（物业公司诉业主欠物业费）：发出限制消费令后被执行人全额交清，"
             "案款发放，执行完毕；外包扫描、电子卷宗1-bit增强存储",
             "enforcement", "fully_performed", "closing", estate_closing(), True, seq=ESTATE_SEQ),
        Plan("court_iq_03_loan_mediation_terminated_missing_firm_letter", "court_iq", "court_iq",
             "红旗区法院执行本院民间借贷民事调解书（钢材商人诉建材公司，律师代理）：扣划部分存款，余无财产，限消、纳失，"
             "约谈申请人后终本；卷内缺律师事务所函",
             "enforcement", "terminated_this_round", "closing", loan_closing(), False, basis_kind="mediation",
             seq=LOAN_SEQ),
    ]
