"""court_ab's three dossiers, fed through 南明法院执行局's colour sheet-fed scanner: two complete (a 贵阳仲裁委员会 award
in a building-materials sale with its 生效证明, the company's account frozen and the whole sum deducted, the money paid
out against the pink 执行款发放收据, closed 执行完毕; this court's 民间借贷 judgment applied for in the applicant's own
hand, 终本 after the 限制消费令, 失信 and the applicant heard, archived with 封面, 卷内目录, 复核表 and 备考表) and one
defective (this court's 调解书 in a 装饰装修 dispute, 终本, handed in for closing without the 询问笔录 that hears the
applicant before the 终本)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind

MISSING = "interview_record"
"""what the defective dossier lacks"""


def award_deducted() -> list[Doc]:
    """贵阳仲裁委员会裁决 + 生效证明 → 查控 → 扣划 (the bank's dot-matrix reply) → 执行款发放收据 → 执行完毕."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("payment_voucher", note="bank"))
    docs = behind(docs, "property_report_order", Doc("consumption_restriction_order"))
    return [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["enforcement_ruling", "assistance_notice"]),
        Doc("service_receipt", served=["consumption_restriction_order"]),
        Doc("service_receipt", served=["closing_notice"]),
    ]


def judgment_round_archive() -> list[Doc]:
    """本院民间借贷判决 (handwritten application), 终本, archived in archive order."""
    docs = behind(
        base_docs("terminated_this_round", "enforcement"),
        "enforcement_basis",
        Doc("effectiveness_certificate"),
    )
    docs = [*docs, Doc("service_receipt", served=["summons"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def mediation_without_hearing() -> list[Doc]:
    """本院调解书, 终本, the applicant's 询问笔录 never filed."""
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]
    return [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["summons"]),
    ]


def plans() -> list[Plan]:
    return [
        Plan(
            "court_ab_01_complete_award_deducted",
            "court_ab",
            "court_ab",
            "贵阳南明法院执行贵阳仲裁委员会裁决（附生效证明），冻结并扣划被执行公司银行存款、执行款全额发放，执行完毕的完整卷宗"
            "（执行局彩色馈纸扫描仪200dpi自动彩色：送达回证、收据为粉色复写联，银行针式打印回执，订书钉孔）",
            "enforcement",
            "fully_performed",
            "closing",
            award_deducted(),
            True,
            basis_kind="arbitration",
            seq=26381,
        ),
        Plan(
            "court_ab_02_complete_archive_judgment_round",
            "court_ab",
            "court_ab",
            "贵阳南明法院执行本院民间借贷判决（申请人手写申请书），限制消费、纳入失信、询问申请执行人后终结本次执行程序的归档卷宗"
            "（卷宗封面、卷内目录、复核表、备考表；黄色复写笔录纸）",
            "enforcement",
            "terminated_this_round",
            "archive",
            judgment_round_archive(),
            True,
            seq=26558,
        ),
        Plan(
            "court_ab_03_mediation_missing_interview_record",
            "court_ab",
            "court_ab",
            "贵阳南明法院执行本院装饰装修合同纠纷民事调解书，终结本次执行程序的报结卷宗，缺终本前询问申请执行人的笔录",
            "enforcement",
            "terminated_this_round",
            "closing",
            mediation_without_hearing(),
            False,
            basis_kind="mediation",
            seq=26904,
        ),
    ]
