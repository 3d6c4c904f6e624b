"""court_is's three dossiers (贵州省雷山县人民法院, enforced by its township 人民法庭): a 望丰 tea growers' cooperative
enforces this court's sale judgment against a 丹江 tea shop — the shop's account deducted, the money paid out, 执行完毕,
archived (cover and catalogue first, the 生效证明书 behind the judgment, review form and remarks sheet last); a 郎德
villager knocked down by a motorcycle enforces her accident judgment against the rider, who signs an 执行和解协议 at
the tribunal and pays in three instalments against receipt-book 收据, 执行完毕; an old mother of 大塘, her daughter
acting for her with the village committee's 证明, enforces her 赡养费 judgment against her son through a 协助执行通知书
to his employer, who withholds his wages — but the daughter's 授权委托书 never reached the volume."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_is import ELDER_SEQ, MOTO_SEQ, TEA_SEQ

MISSING = "power_of_attorney"
"""what the mother's dossier lacks: the daughter signed every paper for her mother and the village committee proved
the kinship, but the 授权委托书 the mother was to press her thumb on was never filed"""


def _without(docs: list[Doc], *codes: str) -> list[Doc]:
    return [d for d in docs if d.code not in codes]


def tea_archive() -> list[Doc]:
    docs = _without(base_docs("fully_performed", "enforcement"), "settlement_agreement")
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def moto_closing() -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    docs = behind(docs, "assistance_notice", Doc("interview_record"))
    at = next(i for i, d in enumerate(docs) if d.code == "payment_voucher")
    return [*docs[:at], Doc("payment_voucher", note="1"), Doc("payment_voucher", note="2"),
            Doc("payment_voucher", note="3"), *docs[at + 1:]]


def elder_closing() -> list[Doc]:
    docs = _without(base_docs("fully_performed", "enforcement"), "settlement_agreement", "law_firm_letter",
                    "lawyer_license", MISSING)
    docs = behind(docs, "identity_proof", Doc("kinship_proof"))
    return behind(docs, "assistance_notice", Doc("investigation_record"), Doc("interview_record"))


def plans() -> list[Plan]:
    return [
        Plan("court_is_01_complete_archive_tea_cooperative_account_deducted", "court_is", "court_is",
             "雷山县法院（西江人民法庭执行）执行本院买卖合同判决：望丰乡茶叶专业合作社诉丹江镇茶叶店，扣划被执行人农商行账户"
             "存款并发放，执行完毕，归档卷宗（封面、卷内目录在前，生效证明书紧随判决，复查表、备考表在后）；手填表格、"
             "手写笔录、淡墨打印，平板扫描灰度150–200dpi",
             "enforcement", "fully_performed", "archive", tea_archive(), True, seq=TEA_SEQ),
        Plan("court_is_02_complete_motorcycle_victim_settled_three_instalments", "court_is", "court_is",
             "雷山县法院（永乐人民法庭执行）执行本院机动车交通事故判决：郎德镇村民（法律援助律师代理）申请执行摩托车驾驶人，"
             "谈话后达成执行和解协议，分三期付清（三张收款收据），执行完毕，结案卷宗",
             "enforcement", "fully_performed", "closing", moto_closing(), True, seq=MOTO_SEQ),
        Plan("court_is_03_elder_support_wages_withheld_missing_power_of_attorney", "court_is", "court_is",
             "雷山县法院（大塘人民法庭执行）执行本院赡养费判决：老母亲由女儿代理（村委会亲属关系证明），协助执行通知书送达"
             "儿子的用人单位扣留工资，已付清；卷内缺女儿的授权委托书",
             "enforcement", "fully_performed", "closing", elder_closing(), False, seq=ELDER_SEQ),
    ]
