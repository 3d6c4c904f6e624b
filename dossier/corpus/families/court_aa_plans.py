"""court_aa's three dossiers, scanned by 和平法院执行局's archive clerk on the office copier-scanner: two complete (a
worker's award of the 和平区劳动人事争议仲裁委员会 with its 生效证明, the company's bank account deducted in full and
the money paid out, closed 执行完毕; this court's 民事调解书 in a 装饰装修 dispute, 终本 after 限制消费令, 失信 and the
applicant's 约谈, archived with 封面, 卷内目录, 复核表 and 备考表) and one defective (this court's 民事判决书 for unpaid
office supplies, 终本, handed in for closing without the 调查笔录 that checks the applicant's property clue)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind

MISSING = "investigation_record"
"""what the defective dossier lacks"""


def labour_award_deducted() -> list[Doc]:
    """劳动仲裁裁决 + 生效证明 → 查控 finds the company's deposit → 扣划 → 案款发放 → 执行完毕 (no settlement)."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "property_report_order", Doc("consumption_restriction_order"))
    docs = behind(docs, "assistance_notice", Doc("payment_voucher", note="bank"))
    docs = behind(docs, "property_declaration_form", Doc("service_address_confirmation", note="respondent"))
    docs = behind(docs, "payment_voucher", Doc("interview_record"))
    return [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["assistance_notice"]),
        Doc("service_receipt", served=["consumption_restriction_order"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
        Doc("service_receipt", served=["closing_notice"]),
    ]


def mediation_round_archive() -> list[Doc]:
    """本院民事调解书, 终本 with 限制消费令 and 失信, archived in archive order."""
    docs = behind(
        base_docs("terminated_this_round", "enforcement"),
        "enforcement_basis",
        Doc("effectiveness_certificate"),
    )
    docs = behind(docs, "interview_record", Doc("online_inquiry_result", note="again"))
    docs = [*docs, Doc("service_receipt", served=["payment_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def judgment_without_investigation() -> list[Doc]:
    """本院民事判决书, 终本, the 调查笔录 never filed."""
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]
    docs = behind(docs, "property_declaration_form", Doc("service_address_confirmation", note="respondent"))
    docs = behind(docs, "interview_record", Doc("online_inquiry_result", note="again"))
    return [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
    ]


def plans() -> list[Plan]:
    return [
        Plan(
            "court_aa_01_complete_labour_award_deducted",
            "court_aa",
            "court_aa",
            "天津和平法院执行和平区劳动人事争议仲裁委员会裁决（附生效证明），扣划被执行公司银行存款、案款全额发放，执行完毕的"
            "完整卷宗（档案员用办公室复印扫描一体机扫描：黑白文本模式印章与身份证呈网点、复印件多次翻印、横向查控表转90°）",
            "enforcement",
            "fully_performed",
            "closing",
            labour_award_deducted(),
            True,
            basis_kind="arbitration",
            seq=48137,
        ),
        Plan(
            "court_aa_02_complete_archive_mediation_round",
            "court_aa",
            "court_aa",
            "天津和平法院执行本院民事调解书，限制消费、纳入失信、约谈申请执行人后终结本次执行程序的归档卷宗（卷宗封面、"
            "卷内目录、卷宗复核表、备考表）",
            "enforcement",
            "terminated_this_round",
            "archive",
            mediation_round_archive(),
            True,
            basis_kind="mediation",
            seq=48562,
        ),
        Plan(
            "court_aa_03_judgment_missing_investigation_record",
            "court_aa",
            "court_aa",
            "天津和平法院执行本院民事判决书（申请执行人为公司）终结本次执行程序的报结卷宗，缺核查财产线索的调查笔录",
            "enforcement",
            "terminated_this_round",
            "closing",
            judgment_without_investigation(),
            False,
            seq=48911,
        ),
    ]
