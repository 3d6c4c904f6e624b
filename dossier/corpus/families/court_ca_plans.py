"""court_ca's three dossiers (广东省汕头市龙湖区人民法院执行局): a 龙湖 plastics company's 模具加工费 under a 汕头中院 二审
judgment against a 澄海 toy maker, paid after the bank froze and deducted the deposit; a Hong Kong landlord's rent owed by a
牛肉丸/单丛茶 shop under this court's 调解书, settled, performed and archived, his cousin acting for him; a 货代 company's
fees under a 汕头仲裁委 award, paid, handed in without the 授权委托书 of its lawyer."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ca import FREIGHT_SEQ, SHOP_SEQ, TOY_SEQ

MISSING = "power_of_attorney"
"""what the 货代 dossier lacks: the lawyer's 所函 and 执业证 are there, the client's 授权委托书 never reached the volume"""


def _paid(docs: list[Doc]) -> list[Doc]:
    """Paid from the frozen deposit: the bank's reply behind the notice, the release form behind the voucher."""
    docs = [d for d in docs if d.code != "settlement_agreement"]
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="reply"))
    docs = behind(docs, "payment_voucher", Doc("payment_voucher", note="release"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def toy() -> list[Doc]:
    return _paid(base_docs("fully_performed", "enforcement"))


def shop() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code not in ("law_firm_letter", "lawyer_license")]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "power_of_attorney", Doc("kinship_proof"))
    docs = behind(docs, "settlement_agreement", Doc("interview_record"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def freight() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in _paid(docs) if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ca_01_complete_toy_mould_fees_paid_after_freeze", "court_ca", "court_ca",
             "龙湖法院执行汕头中院二审判决（维持龙湖法院一审）：龙湖塑胶公司为澄海玩具厂开制注塑模具的加工费，冻结并扣划玩具厂"
             "存款（银行协助执行回执），执行款发放审批后付给申请人，执行完毕结案；电子卷宗降采样灰度扫描（100–120 dpi、JPEG "
             "q30–50），多页文书带骑缝章，复印件盖“复印件与原件一致”章",
             "enforcement", "fully_performed", "closing", toy(), True, seq=TOY_SEQ),
        Plan("court_ca_02_complete_archive_hk_landlord_beef_ball_shop_rent", "court_ca", "court_ca",
             "龙湖法院执行本院民事调解书（附生效证明书）：香港居民业主（港澳居民来往内地通行证、居住证复印件）由表弟作为公民代理人"
             "（授权委托书、社区居委会亲属关系证明），追讨牛肉丸·单丛茶铺拖欠租金，执行和解并履行完毕（谈话笔录确认），归档卷宗"
             "（卷宗封面、卷内目录在前，卷宗复核表、备考表在后）",
             "enforcement", "fully_performed", "archive", shop(), True, basis_kind="mediation", seq=SHOP_SEQ),
        Plan("court_ca_03_freight_forwarding_award_missing_power_of_attorney", "court_ca", "court_ca",
             "龙湖法院执行汕头仲裁委员会货运代理费裁决（附生效证明），冻结扣划贸易公司存款后执行完毕；律师事务所函、执业证在卷，"
             "申请人的授权委托书未入卷",
             "enforcement", "fully_performed", "closing", freight(), False, basis_kind="arbitration", seq=FREIGHT_SEQ),
    ]
