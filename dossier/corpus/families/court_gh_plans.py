"""court_gh's three dossiers (海南省三亚市天涯区人民法院执行局). A 鸿洲 yacht-charter company enforces this court's
judgment for charters and dive packages against a 候鸟 from 哈尔滨: his holiday flat on 三亚湾 is seized, ordered
sold, sold at a 网络司法拍卖, the sale confirmed and the title moved to the buyer, and the price pays the debt — 执行完毕,
archived (cover and catalogue first, the civil division's 生效证明书 behind the judgment, the auction ruling's receipt
among the others). A 天涯镇 villager enforces this court's mediation paper for the rent of plots leased to a 南繁
seed-breeding company that left after the season: nothing found, 限制消费 and 失信, the villager heard, 终本. A 芒果干
workshop enforces its judgment against a resort hotel's owner company whose hotel a management company runs: the
account frozen, the three sides settle and the money is paid — handed in without the workshop's 收取案款确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gh import MANGO_SEQ, SEED_SEQ, YACHT_SEQ

MISSING = "payment_account_confirmation"
"""what the 芒果干 workshop's dossier lacks: its finance clerk gave the account number over the phone and the
window never had the 申请执行人收取案款确认书 signed"""


def yacht_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("enforcement_ruling", note="auction"),
                  Doc("enforcement_ruling", note="confirm"), Doc("assistance_notice", note="transfer"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def seed_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def mango_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_gh_01_complete_archive_yacht_charter_flat_auctioned", "court_gh", "court_gh",
             "天涯法院执行本院民事判决（鸿洲游艇租赁公司诉候鸟业主游艇租赁合同，附民事审判庭生效证明书）：查封被执行人"
             "三亚湾度假公寓，裁定拍卖，经网络司法拍卖成交，裁定确认成交并过户，拍卖款发放，执行完毕，归档卷宗（封面、"
             "卷内目录、卷宗复核表、备考表）；潮湿海边档案室存放后彩色平板扫描",
             "enforcement", "fully_performed", "archive", yacht_archive(), True, seq=YACHT_SEQ),
        Plan("court_gh_02_complete_seed_farm_rent_mediation_terminated_this_round", "court_gh", "court_gh",
             "天涯法院执行本院民事调解书（村民诉南繁育种公司土地租金），被执行人育种季后撤离、无财产可供执行，限制消费、"
             "纳入失信，约谈申请执行人后终结本次执行程序；潮湿海边档案室存放后彩色平板扫描",
             "enforcement", "terminated_this_round", "closing", seed_closing(), True, basis_kind="mediation",
             seq=SEED_SEQ),
        Plan("court_gh_03_mango_workshop_hotel_settled_missing_account_confirmation", "court_gh", "court_gh",
             "天涯法院执行本院民事判决（芒果干加工厂诉度假酒店业主公司货款，酒店由管理公司依酒店管理合同经营），冻结账户后"
             "三方和解付清；卷内缺申请执行人收取案款确认书",
             "enforcement", "fully_performed", "closing", mango_closing(), False, seq=MANGO_SEQ),
    ]
