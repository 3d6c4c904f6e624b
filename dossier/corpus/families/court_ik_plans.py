"""court_ik's three dossiers (云南省瑞丽市人民法院执行局): a 姐告 jade wholesaler enforces this court's sale-of-goods
judgment against a 珠宝街 shop's operator — the shop's jade seized, appraised, auctioned online, the proceeds paid out,
执行完毕, archived (cover and catalogue first, the civil division's 生效证明书 behind the judgment, the A3 财产清单 behind
the seizure ruling); a cross-border logistics firm enforces a 德宏仲裁委员会 award (with the commission's 生效证明)
against a trading company whose account is frozen and deducted through the online 查控 system, 执行完毕; a rubber tapper
enforces this court's 民事调解书 for tapping pay against a plantation company, its account deducted and the money paid —
handed in without the applicant's 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ik import FREIGHT_SEQ, JADE_SEQ, RUBBER_SEQ

MISSING = "service_address_confirmation"
"""what the tapper's dossier lacks: the legal-aid lawyer filled in the window's application form and the account
confirmation but took the 送达地址确认书 away to have it thumb-printed and never brought it back"""


def _paid(basis_certificate: bool) -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    if basis_certificate:
        docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return docs


def jade_archive() -> list[Doc]:
    docs = _paid(True)
    docs = behind(docs, "assistance_notice", Doc("investigation_record"), Doc("enforcement_ruling", note="sale"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def freight_closing() -> list[Doc]:
    return _paid(True)


def tapper_closing() -> list[Doc]:
    return [d for d in _paid(False) if d.code != MISSING]


def plans() -> list[Plan]:
    fp = "fully_performed"
    return [
        Plan("court_ik_01_complete_archive_jade_stock_auctioned", "court_ik", "court_ik",
             "瑞丽法院执行本院民事判决（姐告珠宝玉石公司诉珠宝街翡翠店经营者货款，附民事审判庭生效证明书）：查封扣押店内翡翠"
             "（A3财产清单折叠或缩印），评估、网络司法拍卖，拍卖款发放，执行完毕，归档卷宗；喷墨打印机堵头、平板扫描",
             "enforcement", fp, "archive", jade_archive(), True, seq=JADE_SEQ),
        Plan("court_ik_02_complete_arbitration_freight_account_deducted", "court_ik", "court_ik",
             "瑞丽法院执行德宏仲裁委员会运费裁决（附仲裁委生效证明），网络查控冻结、扣划贸易公司账户存款（A3查控结果），"
             "执行款发放，执行完毕；喷墨打印机堵头、平板扫描",
             "enforcement", fp, "closing", freight_closing(), True, basis_kind="arbitration", seq=FREIGHT_SEQ),
        Plan("court_ik_03_rubber_tapper_mediation_missing_service_address", "court_ik", "court_ik",
             "瑞丽法院执行本院民事调解书（割胶工诉橡胶种植公司劳务报酬，法律援助律师代理），扣划存款后申请人领款；"
             "卷内缺申请执行人送达地址确认书",
             "enforcement", fp, "closing", tapper_closing(), False, basis_kind="mediation", seq=RUBBER_SEQ),
    ]
