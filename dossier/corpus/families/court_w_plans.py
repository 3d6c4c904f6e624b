"""court_w's three dossiers, bound and photographed under 武侯法院执行局's 高拍仪: two complete (an appeal judgment of
the 成都中院 for a supplier's unpaid goods, settled in execution and paid in two parts through the court's account, with
a 社区居委会's 证明 for the applicant's child acting beside the lawyer; an award of the 成都仲裁委员会 for a shop's
unpaid rent, with its 生效证明, 终本 when the company had closed, archived with 卷宗封面, 卷内目录, 卷宗复核表 and 备考表)
and one defective (this court's 民事调解书 of a decoration dispute, 终本, handed in for closing without the applicant's
收取案款确认书)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind

MISSING = "payment_account_confirmation"


def appeal_judgment_settled() -> list[Doc]:
    """成都中院's appeal judgment → 冻结 → 和解 → two payments out of the court's account → 执行完毕."""
    docs = behind(base_docs("fully_performed", "enforcement"), "lawyer_license", Doc("kinship_proof"))
    docs = behind(
        docs,
        "assistance_notice",
        Doc("summons"),
        Doc("consumption_restriction_order"),
        Doc("investigation_record"),
    )
    docs = behind(docs, "payment_voucher", Doc("payment_voucher", note="2"))
    return [
        *docs,
        Doc("service_receipt", served=["enforcement_ruling"]),
        Doc("service_receipt", served=["summons"]),
        Doc("service_receipt", served=["consumption_restriction_order"]),
        Doc("service_receipt", served=["closing_notice"]),
    ]


def arbitration_award_archive() -> list[Doc]:
    """成都仲裁委员会's award with its 生效证明, 终本, archived."""
    docs = behind(
        base_docs("terminated_this_round", "enforcement"),
        "enforcement_basis",
        Doc("effectiveness_certificate"),
    )
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def mediation_without_account() -> list[Doc]:
    """This court's 民事调解书, 终本, the applicant's 收取案款确认书 never filed."""
    docs = [
        *base_docs("terminated_this_round", "enforcement"),
        Doc("service_receipt", served=["summons"]),
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
    ]
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan(
            "court_w_01_complete_appeal_judgment_settled",
            "court_w",
            "court_w",
            "成都武侯法院执行成都中院二审民事判决、执行和解分两笔履行完毕的完整卷宗（申请人子女凭社区居委会证明代为办理；"
            "装订成册后在高拍仪下逐页拍摄：桌面、书脊处页面弯曲、光照不均、手指按住页边）",
            "enforcement",
            "fully_performed",
            "closing",
            appeal_judgment_settled(),
            True,
            basis_kind="judgment",
            seq=94117,
        ),
        Plan(
            "court_w_02_complete_archive_arbitration_round",
            "court_w",
            "court_w",
            "成都武侯法院执行成都仲裁委员会裁决（附生效证明）终结本次执行程序的归档卷宗（卷宗封面、卷内目录、卷宗复核表、备考表；"
            "高拍仪逐页拍摄）",
            "enforcement",
            "terminated_this_round",
            "archive",
            arbitration_award_archive(),
            True,
            basis_kind="arbitration",
            seq=94382,
        ),
        Plan(
            "court_w_03_mediation_missing_payment_account",
            "court_w",
            "court_w",
            "成都武侯法院执行本院民事调解书的终本卷宗，缺申请执行人收取案款确认书（高拍仪逐页拍摄）",
            "enforcement",
            "terminated_this_round",
            "closing",
            mediation_without_account(),
            False,
            basis_kind="mediation",
            seq=94655,
        ),
    ]
