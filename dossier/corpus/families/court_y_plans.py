"""court_y's three dossiers, at 沈阳和平法院执行局: two complete (a 执恢 of a 2016 case ended by 终本 — the 2016
volume's judgment, 终本 ruling and 送达回证 printed back from microfilm — resumed on the applicant's clue of the
respondent's 征收补偿款 at 盛京银行, frozen, paid out, at closing; a 沈阳仲裁委员会 award with its 生效证明 between two
companies, 终本 when the respondent had nothing, archived with 卷皮, 卷内目录, 复核表 and 备考表) and one defective (a
沈阳中院 appeal judgment, 终本, handed in for closing without the 限制消费令)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind

FAMILY = "court_y"
MISSING = "consumption_restriction_order"
"""the item the defective dossier lacks"""


def resumed_from_microfilm() -> list[Doc]:
    """执恢: the application naming the clue; the 2016 basis, 终本 ruling and its receipt (microfilm); the son's 户口簿
    as the second agent's kinship proof; the account verified, frozen and paid out (no settlement)."""
    docs = [d for d in base_docs("fully_performed", "resumption") if d.code != "settlement_agreement"]
    docs = behind(
        docs,
        "termination_this_round_ruling",
        Doc("service_receipt", served=["termination_this_round_ruling"]),
    )
    docs = behind(docs, "lawyer_license", Doc("kinship_proof"))
    docs = behind(docs, "resumption_application", Doc("evidence"))
    docs = behind(docs, "online_inquiry_result", Doc("investigation_record"))
    docs = behind(docs, "resumption_notice", Doc("interview_record"))
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="deduct"))
    return [
        *docs,
        Doc("service_receipt", served=["resumption_ruling", "resumption_notice"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["closing_notice"]),
    ]


def arbitration_archive() -> list[Doc]:
    """沈阳仲裁委员会 award with its 生效证明, 终本, archived."""
    docs = behind(
        base_docs("terminated_this_round", "enforcement"),
        "enforcement_basis",
        Doc("effectiveness_certificate"),
    )
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def appeal_without_restriction() -> list[Doc]:
    """沈阳中院 appeal judgment, 终本; the 限制消费令 (and so its receipt) never reached the file."""
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]
    kept = [
        Doc("service_receipt", served=["dishonest_list_decision"])
        if d.served == [MISSING, "dishonest_list_decision"]
        else d
        for d in docs
    ]
    return [
        *kept,
        Doc("service_receipt", served=["summons"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
        Doc("service_receipt", served=["payment_notice"]),
    ]


def plans() -> list[Plan]:
    out = [
        Plan(
            "court_y_01_complete_resumption_microfilm",
            FAMILY,
            FAMILY,
            "沈阳和平法院恢复执行完毕的完整卷宗（2016年终本案件的原卷宗仅存16毫米缩微胶片：原判决、原终本裁定及送达回证为"
            "缩微还原件，负片白字黑底或低反差正片，有划痕、灰尘和片边；申请执行人提供被执行人征收补偿款线索，执恢立案、冻结"
            "划拨、案款发放；2026年材料平板扫描）",
            "resumption",
            "fully_performed",
            "closing",
            resumed_from_microfilm(),
            True,
            seq=37148,
        ),
        Plan(
            "court_y_02_complete_archive_arbitration_round",
            FAMILY,
            FAMILY,
            "沈阳和平法院执行沈阳仲裁委员会裁决（附仲裁委生效证明）终结本次执行程序的归档卷宗（卷皮、卷内目录、复核表、备考表；"
            "复写纸手填财产申报表、邮寄送达回证附EMS详情单、银行协助冻结回执、营业执照及法定代表人身份证明书）",
            "enforcement",
            "terminated_this_round",
            "archive",
            arbitration_archive(),
            True,
            basis_kind="arbitration",
            seq=37531,
        ),
        Plan(
            "court_y_03_appeal_missing_consumption_restriction",
            FAMILY,
            FAMILY,
            "沈阳和平法院执行沈阳中院二审判决的终本卷宗，缺限制消费令",
            "enforcement",
            "terminated_this_round",
            "closing",
            appeal_without_restriction(),
            False,
            seq=37862,
        ),
    ]
    for p in out:
        for d in p.docs:
            d.family = FAMILY
    return out
