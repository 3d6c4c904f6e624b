"""court_ja's three dossiers (天津市河东区人民法院执行局): a 东疆 container-yard company enforces 天津海事法院's judgment for
滞箱费 and 堆存费 against a 河东 trading company — its deposits deducted and paid out, 执行完毕, archived (cover and
catalogue first, the maritime court's 生效证明书 behind the judgment, review form and remarks sheet last); a bank's
credit-card centre enforces a notarised instalment contract (the notary's 公证书 with its 执行证书 behind it) against a
card holder, whose employer withholds his wages, 执行完毕; a cook enforces this court's labour judgment for his pay
against a restaurant company, which pays after a 限制消费令 — handed in without the law firm's 所函."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ja import CARD_SEQ, COOK_SEQ, PORT_SEQ

MISSING = "law_firm_letter"
"""what the cook's dossier lacks: his lawyer filed the power of attorney and his 执业证 copy at the window, but the
firm's 所函 never came, and nobody asked for it again"""


def _paid(*, certificate: bool) -> list[Doc]:
    """The papers of a case closed 执行完毕 by deduction: no settlement, the money taken and paid out."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    return behind(docs, "enforcement_basis", Doc("effectiveness_certificate")) if certificate else docs


def port_archive() -> list[Doc]:
    return [Doc("dossier_cover"), Doc("catalogue"), *_paid(certificate=True), Doc("file_review_form"),
            Doc("remarks_sheet")]


def card_closing() -> list[Doc]:
    return _paid(certificate=True)


def cook_closing() -> list[Doc]:
    docs = [d for d in _paid(certificate=False) if d.code != MISSING]
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"))
    return [*docs, Doc("service_receipt", served=["consumption_restriction_order"])]


def plans() -> list[Plan]:
    return [
        Plan("court_ja_01_complete_archive_port_demurrage_maritime_judgment", "court_ja", "court_ja",
             "河东法院执行天津海事法院民事判决（集装箱物流公司诉国际贸易公司滞箱费、堆存费，附海事法院生效证明书）：扣划被执行人"
             "银行存款后发放，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；承办人荧光笔、红笔批注后彩色平板扫描",
             "enforcement", "fully_performed", "archive", port_archive(), True, seq=PORT_SEQ),
        Plan("court_ja_02_complete_notarial_credit_card_wages_withheld", "court_ja", "court_ja",
             "河东法院执行公证债权文书（银行信用卡中心诉持卡人，公证书及公证处执行证书）：裁定扣留、提取被执行人工资，由用人单位"
             "分期扣付，执行完毕结案；承办人荧光笔、红笔批注后彩色平板扫描",
             "enforcement", "fully_performed", "closing", card_closing(), True, basis_kind="notarial", seq=CARD_SEQ),
        Plan("court_ja_03_cook_wages_restaurant_missing_law_firm_letter", "court_ja", "court_ja",
             "河东法院执行本院劳动争议民事判决（厨师诉餐饮公司欠薪，律师代理）：发出限制消费令后被执行人交清款项，执行完毕；"
             "卷内缺律师事务所所函",
             "enforcement", "fully_performed", "closing", cook_closing(), False, seq=COOK_SEQ),
    ]
