"""court_ad's three dossiers, bound and captured on the archive room's overhead book scanner: two complete (a
太原市劳动人事争议仲裁委员会 award for a worker's wages with its 生效证明, the company's 晋商银行 account frozen and the
whole sum deducted, the money paid to the worker against his handwritten, fingerprinted receipt, closed 执行完毕; this
court's 民事调解书 in a 劳务合同 dispute, 终本 after the 限制消费令, 失信 and the worker heard, archived with 封面, 卷内目录,
复核表 and 备考表) and one defective (this court's 劳务 judgment, 终本, handed in for closing without the worker's
申请执行人收取案款确认书)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind

MISSING = "payment_account_confirmation"
"""what the defective dossier lacks"""


def award_paid() -> list[Doc]:
    """劳动仲裁裁决 + 生效证明 → 查控 (晋商银行 frozen, 住建局 reply) → 扣划 (山西农信 回单) → 领款收条 → 执行完毕."""
    docs = [
        d
        for d in base_docs("fully_performed", "enforcement")
        if d.code not in ("settlement_agreement", "payment_voucher")
    ]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("payment_voucher", note="bank"))
    docs = behind(docs, "property_report_order", Doc("summons"), Doc("consumption_restriction_order"))
    return [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["enforcement_ruling", "assistance_notice"]),
        Doc("service_receipt", served=["summons"]),
        Doc("service_receipt", served=["consumption_restriction_order"]),
        Doc("service_receipt", served=["closing_notice"]),
    ]


def mediation_round_archive() -> list[Doc]:
    """本院劳务合同纠纷调解书 (the worker's application on 方格稿纸), 终本, archived in archive order."""
    docs = behind(
        base_docs("terminated_this_round", "enforcement"),
        "enforcement_basis",
        Doc("effectiveness_certificate"),
    )
    docs = [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["summons"]),
    ]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def judgment_without_account() -> list[Doc]:
    """本院劳务合同纠纷判决, 终本, the 收取案款确认书 never filed."""
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["enforcement_ruling", "assistance_notice"]),
        Doc("service_receipt", served=["summons"]),
    ]


def plans() -> list[Plan]:
    return [
        Plan(
            "court_ad_01_complete_labour_award_paid",
            "court_ad",
            "court_ad",
            "太原迎泽法院执行太原市劳动人事争议仲裁委员会追索劳动报酬裁决（附生效证明），冻结并扣划被执行公司晋商银行存款，"
            "执行款发放给农民工（手写领款收条按手印），执行完毕的完整卷宗（装订成册后档案室高拍仪扫描：书脊弯曲、装订阴影、打码机页码）",
            "enforcement",
            "fully_performed",
            "closing",
            award_paid(),
            True,
            basis_kind="arbitration",
            seq=59137,
        ),
        Plan(
            "court_ad_02_complete_archive_mediation_round",
            "court_ad",
            "court_ad",
            "太原迎泽法院执行本院劳务合同纠纷民事调解书（农民工方格稿纸手写申请书、法律援助公函），限制消费、纳入失信、约谈申请执行人"
            "后终结本次执行程序的归档卷宗（卷宗封面、卷内目录、复核表、备考表）",
            "enforcement",
            "terminated_this_round",
            "archive",
            mediation_round_archive(),
            True,
            basis_kind="mediation",
            seq=59482,
        ),
        Plan(
            "court_ad_03_judgment_missing_account_confirmation",
            "court_ad",
            "court_ad",
            "太原迎泽法院执行本院劳务合同纠纷民事判决书，终结本次执行程序的报结卷宗，缺申请执行人收取案款确认书",
            "enforcement",
            "terminated_this_round",
            "closing",
            judgment_without_account(),
            False,
            seq=59806,
        ),
    ]
