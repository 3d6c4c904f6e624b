"""court_fr's three dossiers (广西壮族自治区玉林市玉州区人民法院执行局): a 中药材 stall-holder of the 玉林中药材专业市场
enforces the 玉林中院's appeal judgment (the first-instance judgment of this court behind it) against a pharmacy chain,
which pays once its account is frozen — 执行完毕, but the volume lacks the stall-holder's 收取案款确认书 (the account was
only read out in a video session); a 沙田柚 grower enforces an award of the 玉林仲裁委员会 against a fruit exporter that
has vanished — nothing found, 限制消费 and 失信, the grower heard by video, 终本, archived with cover, catalogue, review
form and remarks sheet; a 陆川猪 farmer enforces this court's 民事调解书 against a feed company, which settles and pays."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fr import HERB_SEQ, PIG_SEQ, POMELO_SEQ

MISSING = "payment_account_confirmation"
"""what the herb trader's dossier lacks: he joined every session from his stall by phone and read his bank account out
on camera; the signed 收取案款确认书 the clerk asked him to hold up and then post in never reached the volume"""


def herb_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code not in (MISSING, "settlement_agreement")]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def pomelo_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def pig_closing() -> list[Doc]:
    return [*base_docs("fully_performed", "enforcement"), Doc("service_receipt", served=["closing_notice"])]


def plans() -> list[Plan]:
    return [
        Plan("court_fr_01_herb_trader_appeal_judgment_paid_missing_account_confirmation", "court_fr", "court_fr",
             "玉州法院执行玉林中院二审民事判决（附本院一审判决；中药材经营户诉连锁大药房买卖合同）：冻结账户后被执行人"
             "一次付清，执行完毕；卷内缺申请执行人收取案款确认书；当事人材料多为云上视频会话截图",
             "enforcement", "fully_performed", "closing", herb_closing(), False, seq=HERB_SEQ),
        Plan("court_fr_02_complete_archive_pomelo_award_exporter_vanished_terminated_this_round", "court_fr", "court_fr",
             "玉州法院执行玉林仲裁委员会裁决（附送达及生效证明；沙田柚种植户诉果业进出口公司）：被执行人人去楼空，查控无"
             "财产，限制消费、纳入失信，视频约谈申请执行人后终结本次执行程序；归档卷宗（封面、卷内目录、复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", pomelo_archive(), True, basis_kind="arbitration",
             seq=POMELO_SEQ),
        Plan("court_fr_03_complete_pig_farmer_mediation_settled_paid", "court_fr", "court_fr",
             "玉州法院执行本院民事调解书（陆川猪养殖户诉饲料公司委托养殖合同）：执行和解后分期付清，执行完毕；"
             "当事人材料部分为云上视频会话截图",
             "enforcement", "fully_performed", "closing", pig_closing(), True, basis_kind="mediation", seq=PIG_SEQ),
    ]
