"""court_x's three dossiers, exported from 郑州金水法院's 电子卷宗 system: two complete (a 郑州中院 二审 judgment
upholding this court's judgment in a building-materials sale, the respondent company's deposits found by 网络查控,
frozen and deducted, the money paid out — 执行完毕, at closing; a 郑州仲裁委员会 award for a subcontractor's labour
fees with its 生效证明, 终本 when the company had nothing left, archived with 卷宗封面, 卷内目录, 卷宗复核表 and
备考表) and one defective (this court's own 民事调解书 in a 民间借贷 case, 终本, handed in for closing without the
律师事务所函 though a lawyer acts for the applicant)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind

SEQS = (26137, 26482, 26815)


def appeal_judgment_deducted() -> list[Doc]:
    """二审 judgment (the upheld first-instance judgment behind it) → the company's legal representative summoned and
    questioned → deposits found and frozen → deducted by a 协助执行通知书 → paid out → 执行完毕."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "online_inquiry_result", Doc("summons"), Doc("investigation_record"))
    return [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["summons"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
        Doc("service_receipt", served=["closing_notice"]),
    ]


def award_archive() -> list[Doc]:
    """郑州仲裁委员会 award with its 生效证明, 终本, archived."""
    docs = behind(
        base_docs("terminated_this_round", "enforcement"),
        "enforcement_basis",
        Doc("effectiveness_certificate"),
    )
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def mediation_without_firm_letter() -> list[Doc]:
    """This court's 民事调解书, 终本 after a second 网络查控 round; the lawyer's 执业证 and 授权委托书 filed, the firm's 函
    never."""
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != "law_firm_letter"]
    docs = behind(docs, "interview_record", Doc("online_inquiry_result", note="again"))
    return [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["summons"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
    ]


def plans() -> list[Plan]:
    return [
        Plan(
            "court_x_01_complete_appeal_judgment_deducted",
            "court_x",
            "court_x",
            "郑州金水法院执行郑州中院二审民事判决（维持本院一审判决），网络查控冻结并划拨被执行公司存款、案款发放，执行完毕的完整卷宗"
            "（电子卷宗系统导出：每页带系统页眉、案号与卷内页码，页面缩小；他院文书带二维码与条形码，本院文书加盖电子签章）",
            "enforcement",
            "fully_performed",
            "closing",
            appeal_judgment_deducted(),
            True,
            seq=SEQS[0],
        ),
        Plan(
            "court_x_02_complete_archive_award_round",
            "court_x",
            "court_x",
            "郑州金水法院执行郑州仲裁委员会裁决（附仲裁委生效证明）终结本次执行程序的归档卷宗（卷宗封面、卷内目录、卷宗复核表、备考表；"
            "电子卷宗导出，部分页旋转90度）",
            "enforcement",
            "terminated_this_round",
            "archive",
            award_archive(),
            True,
            basis_kind="arbitration",
            seq=SEQS[1],
        ),
        Plan(
            "court_x_03_mediation_missing_law_firm_letter",
            "court_x",
            "court_x",
            "郑州金水法院执行本院民事调解书（民间借贷）的终本卷宗，申请执行人委托律师代理却缺律师事务所函",
            "enforcement",
            "terminated_this_round",
            "closing",
            mediation_without_firm_letter(),
            False,
            seq=SEQS[2],
        ),
    ]
