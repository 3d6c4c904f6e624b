"""court_ac's three dossiers, scanned by an outsourced service on a high-speed sheet feeder: two complete (a steel
supplier's award of the 合肥仲裁委员会 with its 生效证明, the company's deposit deducted in full and paid out, closed
执行完毕; a 小额贷款 company's 公证债权文书 with the 蜀山公证处's 执行证书, 终本 after 限制消费、失信, an on-site
investigation and the applicant's 约谈, the ruling served by 公告 in the 人民法院报, archived with 封面, 卷内目录,
复核表 and 备考表) and one defective (the 合肥市中级人民法院's 二审判决 for unpaid rent, 终本, handed in for closing
without the 约谈笔录 that hears the applicant before 终本)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind

MISSING = "interview_record"
"""what the defective dossier lacks"""


def award_deducted() -> list[Doc]:
    """仲裁裁决 + 生效证明 → 查控 finds the deposit → 扣划 → 案款发放 (the applicant's 收条 and 谈话笔录) → 执行完毕;
    EMS to the respondent."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("payment_voucher", note="bank"))
    at = next(i for i, d in enumerate(docs) if d.code == "closing_notice")
    docs = [*docs[:at], Doc("payment_voucher", note="receipt"), Doc("interview_record"), *docs[at:]]
    docs = behind(docs, "property_declaration_form", Doc("service_address_confirmation", note="respondent"))
    return [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
        Doc("service_receipt", served=["assistance_notice"]),
        Doc("service_receipt", served=["closing_notice"]),
    ]


def notarial_round_archive() -> list[Doc]:
    """公证债权文书 + 执行证书, 终本 after 限消、失信、实地调查、约谈, the ruling served by 公告; archived."""
    docs = behind(
        base_docs("terminated_this_round", "enforcement"),
        "enforcement_basis",
        Doc("effectiveness_certificate"),
    )
    docs = behind(docs, "interview_record", Doc("online_inquiry_result", note="again"))
    docs = [*docs, Doc("service_receipt", served=["summons"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def appeal_without_interview() -> list[Doc]:
    """二审判决, 终本, the applicant's 约谈笔录 never filed."""
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]
    docs = behind(docs, "property_declaration_form", Doc("service_address_confirmation", note="respondent"))
    docs = behind(docs, "investigation_record", Doc("online_inquiry_result", note="again"))
    return [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
    ]


def plans() -> list[Plan]:
    return [
        Plan(
            "court_ac_01_complete_arbitration_award_deducted",
            "court_ac",
            "court_ac",
            "合肥蜀山法院执行合肥仲裁委员会裁决（附生效证明），执行指挥中心网络查控发现被执行公司存款，扣划后案款全额发放，"
            "执行完毕的完整卷宗（执行事务中心集约送达：法院专递面单及妥投记录；外包扫描公司高速进纸扫描，灰度300dpi降采样存储，"
            "玻璃污点竖线、复印网点摩尔纹、个别页歪斜或前缘被裁）",
            "enforcement",
            "fully_performed",
            "closing",
            award_deducted(),
            True,
            basis_kind="arbitration",
            seq=77214,
        ),
        Plan(
            "court_ac_02_complete_archive_notarial_round",
            "court_ac",
            "court_ac",
            "合肥蜀山法院执行赋予强制执行效力的公证债权文书（附执行证书），限制消费、纳入失信、实地调查、约谈申请执行人后"
            "终结本次执行程序，终本裁定经人民法院报公告送达的归档卷宗（卷宗封面、卷内目录、归档复核表、备考表）",
            "enforcement",
            "terminated_this_round",
            "archive",
            notarial_round_archive(),
            True,
            basis_kind="notarial",
            seq=77583,
        ),
        Plan(
            "court_ac_03_appeal_judgment_missing_interview_record",
            "court_ac",
            "court_ac",
            "合肥蜀山法院执行合肥市中级人民法院二审民事判决（房屋租赁合同纠纷）终结本次执行程序的报结卷宗，缺终本前约谈"
            "申请执行人的约谈笔录",
            "enforcement",
            "terminated_this_round",
            "closing",
            appeal_without_interview(),
            False,
            seq=77836,
        ),
    ]
