"""court_ij's three dossiers (甘肃省敦煌市人民法院执行局): a 鸣沙山 camel-tour and desert-camp company enforces a
first-instance judgment of the 酒泉市中级人民法院 (handed to this court to enforce) against a 酒泉 travel agency for its
unpaid services — the parties settle, the agency pays in two instalments, each with its bank's 电子回单, 执行完毕,
archived (cover and catalogue first, the 中院's 生效证明书 behind its judgment, review form and remarks last); a 郭家堡
grape grower enforces this court's judgment for 无核白 grapes against a 葡萄干 trader — his truck seized at his 晾房,
appraised and sold, the price paid out, 执行完毕; a hotel housekeeper enforces a wage award of the
敦煌市劳动人事争议仲裁委员会 against her hotel — its account frozen and deducted, paid — handed in without the
committee's 生效证明书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ij import CAMEL_SEQ, HOTEL_SEQ, RAISIN_SEQ

MISSING = "effectiveness_certificate"
"""what the housekeeper's dossier lacks: the legal-aid lawyer filed the award alone; the committee's 生效证明书 (that
the hotel neither sued nor asked the 中院 to set the award aside in time) was never fetched from the committee"""


def _without(docs: list[Doc], code: str) -> list[Doc]:
    return [d for d in docs if d.code != code]


def camel_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "payment_voucher", Doc("payment_voucher", note="2"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def raisin_closing() -> list[Doc]:
    docs = _without(base_docs("fully_performed", "enforcement"), "settlement_agreement")
    docs = behind(docs, "enforcement_ruling", Doc("investigation_record"), Doc("enforcement_ruling", note="sale"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling", "sale"])]


def hotel_closing() -> list[Doc]:
    return _without(base_docs("fully_performed", "enforcement"), "settlement_agreement")


def plans() -> list[Plan]:
    return [
        Plan("court_ij_01_complete_archive_camel_tours_midcourt_judgment_settled", "court_ij", "court_ij",
             "敦煌法院执行酒泉市中级人民法院一审民事判决（鸣沙山驼队沙漠旅游公司诉酒泉旅行社服务合同，附中院生效证明书，"
             "中院指定执行）：执行和解，被执行人分两期付款，各附银行电子回单，执行完毕，归档卷宗（封面、卷内目录、复核表、"
             "备考表）；外包公司书刊扫描仪扫描装订卷",
             "enforcement", "fully_performed", "archive", camel_archive(), True, seq=CAMEL_SEQ),
        Plan("court_ij_02_complete_grape_grower_raisin_trader_truck_sold", "court_ij", "court_ij",
             "敦煌法院执行本院民事判决（葡萄种植户诉葡萄干收购商买卖合同）：扣押被执行人厢式货车，评估后变卖，价款发放，"
             "执行完毕；外包公司书刊扫描仪扫描装订卷",
             "enforcement", "fully_performed", "closing", raisin_closing(), True, seq=RAISIN_SEQ),
        Plan("court_ij_03_hotel_housekeeper_wage_award_missing_effectiveness_certificate", "court_ij", "court_ij",
             "敦煌法院执行敦煌市劳动人事争议仲裁委员会欠薪裁决（客房服务员诉酒店）：冻结、扣划酒店账户存款后发放，"
             "执行完毕；卷内缺仲裁裁决生效证明书",
             "enforcement", "fully_performed", "closing", hotel_closing(), False, basis_kind="arbitration", seq=HOTEL_SEQ),
    ]
