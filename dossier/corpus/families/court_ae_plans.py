"""court_ae's three dossiers, scanned to e-mail on 龙华法院执行局's office copier: two complete (a 海口仲裁委员会 award
for a foreign-invested hotel supplier against a resort hotel, settled and paid in three 海南银行 transfers, at
closing; a 海口中院 二审 商品房 judgment for a home buyer against the developer, its flat seized through the
不动产登记中心, 终本 and archived with 卷宗封面, 卷内目录, 卷宗复核表 and 备考表) and one defective (this court's own
民事调解书 on a renovation contract, 终本, handed in for closing without the applicant's 收取执行款确认书)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ae import APPEAL_SEQ, INSTALMENTS

MISSING = "payment_account_confirmation"
"""what the defective dossier lacks: the applicant never filed the 申请执行人收取执行款确认书"""


def award_paid_in_instalments() -> list[Doc]:
    """仲裁裁决 + 生效证明 → 限消 → 和解 → three 海南银行 e-slips → 执行完毕; the lawyer served electronically."""
    docs = behind(
        base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate")
    )
    docs = [d for d in docs if d.code != "payment_voucher"]
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"))
    docs = behind(
        docs,
        "settlement_agreement",
        *[Doc("payment_voucher", note=str(k)) for k in range(1, INSTALMENTS + 1)],
    )
    docs = behind(docs, "consumption_restriction_order", Doc("interview_record"))
    return [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
        Doc("service_receipt", served=["consumption_restriction_order"]),
        Doc("service_receipt", served=["closing_notice"]),
    ]


def _round(docs: list[Doc]) -> list[Doc]:
    """A 终本 file also holds the 现场调查表 of the visit to the respondent, the second 查控 run before 终本 and the
    summons' and the ruling's receipts."""
    docs = behind(
        docs,
        "investigation_record",
        Doc("investigation_record", note="site"),
        Doc("online_inquiry_result", note="again"),
    )
    return [
        *docs,
        Doc("service_receipt", served=["summons"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
    ]


def appeal_judgment_archive() -> list[Doc]:
    """二审判决 + 生效证明书, 查封 of the flat, 终本, archived."""
    docs = _round(
        behind(
            base_docs("terminated_this_round", "enforcement"),
            "enforcement_basis",
            Doc("effectiveness_certificate"),
        )
    )
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def mediation_without_account_confirmation() -> list[Doc]:
    """民事调解书, 终本, the 收取执行款确认书 never filed."""
    docs = _round([d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING])
    return [*docs, Doc("service_receipt", served=["payment_notice"])]


def plans() -> list[Plan]:
    return [
        Plan(
            "court_ae_01_complete_arbitration_award_hotel_supplies_paid",
            "court_ae",
            "court_ae",
            "海口龙华法院执行海口仲裁委员会裁决（酒店用品供货合同，申请人为外商投资企业，中英文信笺），执行和解分三期经海南银行"
            "转账履行完毕的完整卷宗（对律师电子送达，打印送达凭证；办公室复印机扫描至邮箱，自动彩色：黑白页1位二值化、"
            "彩色页重压缩；透印、受潮起皱、歪斜、倒置页）",
            "enforcement",
            "fully_performed",
            "closing",
            award_paid_in_instalments(),
            True,
            basis_kind="arbitration",
            seq=68031,
        ),
        Plan(
            "court_ae_02_complete_archive_appeal_judgment_flat_round",
            "court_ae",
            "court_ae",
            "海口龙华法院执行海口市中级人民法院二审商品房预售合同纠纷判决（附生效证明书），查封开发商名下房产、网络查控及"
            "海南银行、海南农信、不动产登记中心回复，终结本次执行程序的归档卷宗（卷宗封面、卷内目录、卷宗复核表、备考表）",
            "enforcement",
            "terminated_this_round",
            "archive",
            appeal_judgment_archive(),
            True,
            seq=APPEAL_SEQ,
        ),
        Plan(
            "court_ae_03_mediation_round_missing_account_confirmation",
            "court_ae",
            "court_ae",
            "海口龙华法院执行本院装饰装修合同纠纷民事调解书的终本卷宗，缺申请执行人收取执行款确认书",
            "enforcement",
            "terminated_this_round",
            "closing",
            mediation_without_account_confirmation(),
            False,
            seq=68577,
        ),
    ]
