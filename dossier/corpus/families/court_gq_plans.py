"""court_gq's three dossiers (内蒙古自治区赤峰市红山区人民法院执行局): a feed company enforces this court's judgment
against a 文钟镇 cattle-fattening cooperative — its 理事长 blocks the seizure of the fattening cattle and is detained, the
members settle and pay, 执行完毕, archived with cover, catalogue, review form and remarks sheet (the civil division's
生效证明书 behind the judgment); a 巴林石 carving studio enforces this court's 民事调解书 against a 红山 gift-shop keeper —
nothing found, 限制消费 and 失信, the carver heard, 终本; a mining-truck tyre dealer enforces the 松山区人民法院's judgment
against a haulage company, which settles and pays once two dump trucks are seized — handed in without the dealer's
收款账户确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gq import FEED_SEQ, STONE_SEQ, TYRE_SEQ

MISSING = "payment_account_confirmation"
"""what the tyre dealer's dossier lacks: its lawyer said the company's account was on the application, and the window
never had the 执行款收款账户确认书 filled in"""


def feed_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("summons"), Doc("detention_decision"),
                  Doc("service_receipt", served=["detention_decision"]))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def stone_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def tyre_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_gq_01_complete_archive_feed_cooperative_detained_settled", "court_gq", "court_gq",
             "红山法院执行本院民事判决（饲料公司诉肉牛育肥专业合作社买卖合同，附民事审判第一庭生效证明书）：扣押育肥牛时合作社"
             "理事长驾装载机堵门被司法拘留，后双方和解付清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；高拍仪拍摄",
             "enforcement", "fully_performed", "archive", feed_archive(), True, obstruction=True, seq=FEED_SEQ),
        Plan("court_gq_02_complete_balin_stone_mediation_gift_shop_terminated_this_round", "court_gq", "court_gq",
             "红山法院执行本院民事调解书（巴林石雕刻工作室诉红山文创礼品店经营者货款），礼品店停业无财产可供执行，限制消费、"
             "纳入失信，约谈申请人后终结本次执行程序；高拍仪拍摄",
             "enforcement", "terminated_this_round", "closing", stone_closing(), True, basis_kind="mediation",
             seq=STONE_SEQ),
        Plan("court_gq_03_mining_tyre_haulage_settled_missing_account_confirmation", "court_gq", "court_gq",
             "红山法院执行松山区法院民事判决（矿用轮胎经销公司诉矿山运输公司货款），扣押自卸货车后和解付清；卷内缺申请执行人"
             "收款账户确认书",
             "enforcement", "fully_performed", "closing", tyre_closing(), False, seq=TYRE_SEQ),
    ]
