"""court_cp plans: the 沙市区 court's three 2025 dossiers (seq 82000–82999)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cp import CAR_SEQ, FEED_SEQ, SHOP_SEQ

MISSING = "power_of_attorney"
"""the car-loan file holds the 律所函 and the licence copy, but the bank never signed a 授权委托书"""
F = "court_cp"


def _feed_archive() -> list[Doc]:
    """Archive order: cover and catalogue first, the award's 生效证明 right behind it, review form and 备考表 last."""
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def _shop() -> list[Doc]:
    """Two respondents: the shareholder's ID copy, his own 限制消费令 and 失信 decision follow the company's."""
    docs = base_docs("terminated_this_round", "enforcement")
    docs = behind(docs, "lawyer_license", Doc("identity_proof", note="shareholder"))
    docs = behind(docs, "consumption_restriction_order", Doc("consumption_restriction_order", note="shareholder"))
    return behind(docs, "dishonest_list_decision", Doc("dishonest_list_decision", note="shareholder"))


def _car() -> list[Doc]:
    """Paid after the freeze: no 和解协议; the 执行证书 behind the 公证书; no 授权委托书 (MISSING)."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code not in ("settlement_agreement", MISSING)]
    return behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))


def plans() -> list[Plan]:
    return [
        Plan("court_cp_01_archive_fish_feed_award_instalments", F, F,
             "荆州仲裁委员会鱼饲料购销裁决，执行和解分三期付清、执行完毕的归档卷宗（封面、目录、复核表、备考表）",
             "enforcement", "fully_performed", "archive", _feed_archive(), True, basis_kind="arbitration", seq=FEED_SEQ),
        Plan("court_cp_02_complete_appeal_company_and_shareholder_terminated", F, F,
             "荆州中院二审买卖合同判决，公司及一人股东连带；查无财产，双双限高、失信，终结本次执行程序的完整卷宗",
             "enforcement", "terminated_this_round", "closing", _shop(), True, seq=SHOP_SEQ),
        Plan("court_cp_03_notarial_car_loan_missing_power_of_attorney", F, F,
             "公证债权文书（荆楚公证处执行证书）汽车贷款执行，冻结账户后还清、执行完毕，缺授权委托书",
             "enforcement", "fully_performed", "closing", _car(), False, basis_kind="notarial", seq=CAR_SEQ),
    ]
