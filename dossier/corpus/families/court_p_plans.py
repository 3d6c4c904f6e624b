"""court_p's three dossiers, scanned on the 横琴 court's office copier in black-and-white: two complete (a Macau
company enforcing this court's 民事调解书 against a 横琴 company, the money taken from the company's 珠海 bank
account and remitted to Macau, 执行完毕, at closing; a Hong Kong resident's loan judgment, 终本 when the company
had stopped trading, archived with 卷宗封面, 卷内目录, 卷宗复核表 and 备考表) and one defective (a Hong Kong company's
judgment settled and paid in two instalments, 执行完毕, handed in without the 申请执行人收取案款确认书)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_p import KINDS

MACAU, HK_PERSON, HK_COMPANY = (seq for seq, _ in sorted(KINDS.items()))


def macau_mediation_paid() -> list[Doc]:
    """民事调解书 → 执行通知 → the bank account frozen and the money taken (协助执行 and the bank's 回执) →
    remitted to Macau, the company confirms receipt → 执行完毕; no settlement."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"))
    docs = behind(docs, "closing_notice", Doc("service_receipt", served=["enforcement_ruling"]))
    return [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["consumption_restriction_order"]),
        Doc("service_receipt", served=["closing_notice"]),
    ]


def hk_resident_archive() -> list[Doc]:
    """A loan judgment with this court's 生效证明书, 终本, archived."""
    docs = behind(
        base_docs("terminated_this_round", "enforcement"),
        "enforcement_basis",
        Doc("effectiveness_certificate"),
    )
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def hk_company_without_account() -> list[Doc]:
    """A Hong Kong company's judgment, settled, paid in two instalments, 执行完毕: the 收取案款确认书 never filed."""
    docs = [
        d for d in base_docs("fully_performed", "enforcement") if d.code != "payment_account_confirmation"
    ]
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"))
    return [
        *docs,
        Doc("service_receipt", served=["consumption_restriction_order"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
        Doc("service_receipt", served=["closing_notice"]),
    ]


def plans() -> list[Plan]:
    return [
        Plan(
            "court_p_01_complete_macau_company_mediation_paid",
            "court_p",
            "court_p",
            "横琴合作区法院执行本院民事调解书（申请执行人为澳门公司，繁体中葡双语商业登记证明、授权委托书附中国委托公证人证明）"
            "扣划被执行人珠海银行存款、跨境汇付澳门，执行完毕的完整卷宗（办公复印机黑白扫描：阈值化文字、印章成黑块或网点）",
            "enforcement",
            "fully_performed",
            "closing",
            macau_mediation_paid(),
            True,
            seq=MACAU,
        ),
        Plan(
            "court_p_02_complete_archive_hk_resident_round",
            "court_p",
            "court_p",
            "横琴合作区法院执行香港居民申请执行人的民间借贷判决（附本院生效证明书、港澳居民来往内地通行证及居住证复印件、"
            "香港签署的繁体授权委托书），终结本次执行程序的归档卷宗（卷宗封面、卷内目录、卷宗复核表、备考表）",
            "enforcement",
            "terminated_this_round",
            "archive",
            hk_resident_archive(),
            True,
            seq=HK_PERSON,
        ),
        Plan(
            "court_p_03_hk_company_missing_account_confirmation",
            "court_p",
            "court_p",
            "横琴合作区法院执行香港公司（公司注册证明书、商业登记证附中国委托公证人证明）的服务合同判决，执行和解分两期履行完毕，"
            "缺申请执行人收取案款确认书",
            "enforcement",
            "fully_performed",
            "closing",
            hk_company_without_account(),
            False,
            seq=HK_COMPANY,
        ),
    ]
