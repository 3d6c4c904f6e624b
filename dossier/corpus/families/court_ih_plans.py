"""court_ih's three dossiers (广西壮族自治区凭祥市人民法院执行局): a Vietnamese 红木 furniture dealer from 同登 (his identity
a passport copy with a translation company's 中文译文, no 居民身份证) enforces this court's sale-of-goods judgment against a
凭祥 border-trade company — the company's account frozen and deducted through the 网络查控 system, the money paid out,
执行完毕; a cold-chain carrier enforces the 崇左中院's first-instance judgment for 火龙果 freight against an import trader
with nothing left — 限制消费, 失信, the applicant heard, 终本, archived (cover and catalogue first, the 中院's 生效证明书
behind its judgment, review form and remarks sheet last); a 互市 porter's labour pay under this court's 民事调解书,
enforced by his elder brother, the employer paying after the notice — handed in without the kinship proof."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ih import DRAGON_SEQ, PORTER_SEQ, ROSEWOOD_SEQ

MISSING = "kinship_proof"
"""what the porter's dossier lacks: his brother filled in the window's 授权委托书 (公民代理) and wrote 兄弟（哥哥） as
their relation, but never brought the 户口本 or the 村委会's 亲属关系证明 the form's foot asks for"""


def rosewood_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def dragon_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def porter_closing() -> list[Doc]:
    """A relative acts: no 所函 or 执业证; the employer paid after the notice, so no ruling, no bank's assistance and no
    settlement — and the kinship proof (MISSING) was never handed in."""
    gone = {"law_firm_letter", "lawyer_license", "settlement_agreement", "enforcement_ruling", "assistance_notice", MISSING}
    return [d for d in base_docs("fully_performed", "enforcement") if d.code not in gone]


def plans() -> list[Plan]:
    return [
        Plan("court_ih_01_complete_vietnamese_rosewood_dealer_account_deducted", "court_ih", "court_ih",
             "凭祥法院执行本院民事判决（越南籍红木家具商诉凭祥边贸公司买卖合同，护照复印件附中文译文）：网络查控冻结并扣划被执行人"
             "银行存款，案款发放，执行完毕；窗口彩色复印件（碳粉不足）与执行局黑白文本模式扫描",
             "enforcement", "fully_performed", "closing", rosewood_closing(), True, seq=ROSEWOOD_SEQ),
        Plan("court_ih_02_complete_archive_dragon_fruit_freight_terminated_this_round", "court_ih", "court_ih",
             "凭祥法院受崇左中院指定执行其一审民事判决（冷链物流公司诉进口贸易公司火龙果运费，附中院生效证明书）：查无财产，"
             "限制消费、纳入失信，约谈申请执行人后终结本次执行程序，归档卷宗（封面、卷内目录、复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", dragon_archive(), True, seq=DRAGON_SEQ),
        Plan("court_ih_03_porter_labour_pay_brother_agent_missing_kinship_proof", "court_ih", "court_ih",
             "凭祥法院执行本院民事调解书（边民互市搬运工劳务报酬），其兄作为近亲属代理人申请执行，用人单位收到执行通知书后付清；"
             "卷内缺户口簿或村委会出具的亲属关系证明",
             "enforcement", "fully_performed", "closing", porter_closing(), False, basis_kind="mediation", seq=PORTER_SEQ),
    ]
