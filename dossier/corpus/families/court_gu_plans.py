"""court_gu's three dossiers (安徽省宿州市埇桥区人民法院执行局), each enforcing the court's own judgment on a road-traffic
injury (机动车交通事故责任纠纷): the insurer paid its 交强险 share, the haulier who drove and owns the truck (a 个体工商户)
owes the rest, and the injured farmer is represented by a 基层法律服务工作者. A 符离 farmer carrying wheat seed: the
haulier hides his freight money and will not declare, is detained, pays a first sum from the detention centre and the
rest by a settlement — 执行完毕, the sewn volume archived (cover, catalogue, review form, remarks sheet; the civil
division's 生效证明书 behind the judgment). A farmer on foot hit by a gravel truck: detained, the haulier's wife pays part;
the truck was a finance lease taken back by the lessor, nothing else — 限制消费, 失信, the farmer heard, 终本. A melon
grower on his motorcycle hit by a delivery van: the van seized, the haulier settles and pays — handed in without the
farmer's 收款账户确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gu import GRAVEL_SEQ, MELON_SEQ, SEED_SEQ

MISSING = "payment_account_confirmation"
"""what the melon grower's dossier lacks: he filled the 送达地址确认书 at the window but took the 收款账户确认书 home to
look up his bank card number, and it never came back into the file"""


def _detained(docs: list[Doc], before: str) -> list[Doc]:
    """The 拘留决定书 filed in front of `before`, its 送达回证 with the other receipts at the back."""
    at = next(i for i, d in enumerate(docs) if d.code == before)
    return [*docs[:at], Doc("detention_decision"), *docs[at:], Doc("service_receipt", served=["detention_decision"])]


def seed_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = _detained(docs, "settlement_agreement")
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def gravel_closing() -> list[Doc]:
    docs = _detained(base_docs("terminated_this_round", "enforcement"), "consumption_restriction_order")
    return behind(docs, "detention_decision", Doc("payment_voucher"))


def melon_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_gu_01_archive_wheat_seed_tricycle_haulier_detained_paid", "court_gu", "court_gu",
             "埇桥法院执行本院交通事故民事判决（附民事审判庭生效证明书；保险公司已在交强险限额内赔付，货运个体户车主承担其余）："
             "被执行人拒不申报财产被司法拘留，拘留中交纳首笔执行款，余款按和解协议交清，执行完毕；法律服务所代理；线装归档卷宗"
             "（封面、卷内目录、复核表、备考表），平板扫描仪压开书脊逐页扫描",
             "enforcement", "fully_performed", "archive", seed_archive(), True, obstruction=True, seq=SEED_SEQ),
        Plan("court_gu_02_gravel_truck_pedestrian_detained_part_paid_terminated_this_round", "court_gu", "court_gu",
             "埇桥法院执行本院交通事故民事判决：货运个体户被执行人拒不申报被拘留，其妻代交部分执行款；牵引车系融资租赁已被收回，"
             "限制消费、纳入失信，约谈申请执行人后终结本次执行程序；法律服务所代理；线装卷宗平板扫描",
             "enforcement", "terminated_this_round", "closing", gravel_closing(), True, obstruction=True, seq=GRAVEL_SEQ),
        Plan("court_gu_03_melon_grower_van_seized_settled_missing_account_confirmation", "court_gu", "court_gu",
             "埇桥法院执行本院交通事故民事判决：查封扣押被执行人厢式货车后和解并交清，执行完毕；卷内缺申请执行人收款账户确认书",
             "enforcement", "fully_performed", "closing", melon_closing(), False, seq=MELON_SEQ),
    ]
