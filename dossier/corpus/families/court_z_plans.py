"""court_z's three dossiers, photographed under 雁塔法院's 高拍仪: two complete (a 雁塔 first-instance judgment upheld by
西安中院 on appeal, enforced by having the respondent's employer withhold his wages month by month into the court's
account, closed 执行完毕; a 小额贷款公司's 公证债权文书 with the notary's 执行证书, ended by a 执行和解 performed and
archived with cover, 卷内目录, 卷宗复核表 and 备考表) and one defective (a first-instance judgment applied for by the
applicant's own handwritten application, with his 微信 screenshots of the respondent's car, 终本 — handed in for closing
without the 调查笔录 of the applicant's car clue: MISSING)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind

MISSING = "investigation_record"


def wages_after_appeal() -> list[Doc]:
    """二审 judgment → the employer withholds wages twice → 执行完毕 (no settlement: the payroll receipt is the proof)."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "property_clue_form", Doc("evidence"))
    docs = behind(docs, "online_inquiry_result", Doc("online_inquiry_result", note="registry"))
    docs = behind(
        docs,
        "assistance_notice",
        Doc("enforcement_ruling", note="bank"),
        Doc("assistance_notice", note="bank"),
        Doc("interview_record"),
    )
    docs = behind(docs, "payment_voucher", Doc("payment_voucher", note="paid_out"))
    return [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
        Doc("service_receipt", served=["assistance_notice"]),
        Doc("service_receipt", served=["assistance_notice"]),
        Doc("service_receipt", served=["closing_notice"]),
    ]


def notarial_settlement_archive() -> list[Doc]:
    """公证债权文书 + 执行证书 → 和解 → paid through the court's account → 执行完毕, archived."""
    docs = behind(
        base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate")
    )
    docs = [d for d in docs if d.code != "payment_voucher"]
    docs = behind(docs, "online_inquiry_result", Doc("online_inquiry_result", note="registry"))
    docs = behind(docs, "assistance_notice", Doc("interview_record"))
    docs = behind(
        docs,
        "settlement_agreement",
        Doc("payment_voucher", note="part1"),
        Doc("payment_voucher", note="part2"),
    )
    docs = [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
        Doc("service_receipt", served=["assistance_notice"]),
        Doc("service_receipt", served=["closing_notice"]),
    ]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def handwritten_round_without_investigation() -> list[Doc]:
    """Handwritten application and 微信 screenshots; 查控 and the 不动产登记中心's reply; 终本 without the 调查笔录."""
    docs = behind(base_docs("terminated_this_round", "enforcement"), "property_clue_form", Doc("evidence"))
    docs = behind(docs, "online_inquiry_result", Doc("online_inquiry_result", note="registry"))
    docs = behind(
        docs, "assistance_notice", Doc("enforcement_ruling", note="car"), Doc("assistance_notice", note="car")
    )
    docs = [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
        Doc("service_receipt", served=["summons"]),
        Doc("service_receipt", served=["assistance_notice"]),
    ]
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan(
            "court_z_01_complete_appeal_wage_deduction",
            "court_z",
            "court_z",
            "西安雁塔法院执行本院一审、西安中院二审维持的民间借贷判决，被执行人所在单位按月扣留工资收入汇入执行款专户，"
            "执行完毕的完整卷宗（律师事务所函申请；高拍仪拍摄：桌面背景、页面弯曲、灯光亮斑、偶有手指按住页边，多数经软件裁切）",
            "enforcement",
            "fully_performed",
            "closing",
            wages_after_appeal(),
            True,
            seq=15237,
        ),
        Plan(
            "court_z_02_complete_archive_notarial_settlement",
            "court_z",
            "court_z",
            "西安雁塔法院执行小额贷款公司公证债权文书（汉唐公证处公证书及执行证书），执行和解履行完毕后归档的卷宗"
            "（卷宗封面、卷内目录、卷宗复核表、备考表；高拍仪拍摄）",
            "enforcement",
            "fully_performed",
            "archive",
            notarial_settlement_archive(),
            True,
            basis_kind="notarial",
            seq=15604,
        ),
        Plan(
            "court_z_03_handwritten_round_missing_investigation_record",
            "court_z",
            "court_z",
            "西安雁塔法院执行一审判决（申请人手写申请书、微信截图证据，不动产登记中心查询回复）终结本次执行程序的卷宗，"
            "缺对申请人所提车辆线索的调查笔录",
            "enforcement",
            "terminated_this_round",
            "closing",
            handwritten_round_without_investigation(),
            False,
            seq=15881,
        ),
    ]
