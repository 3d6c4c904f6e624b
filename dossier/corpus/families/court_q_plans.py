"""court_q's three dossiers from 乌鲁木齐天山区法院's enforcement bureau: two complete (a Uyghur woman's application in
Uyghur with its certified translation, enforcing this court's 民事调解书 against a company run by a Hui man, her son
signing for her papers on a 社区 certificate, 终本 at closing; a 沙依巴克区 court's judgment with its 生效证明书 against
a Uyghur man, settled in the bureau and paid through the court's account at 乌鲁木齐银行, archived with 卷宗封面,
卷内目录, 卷宗复核表 and 备考表) and one defective (the 水磨沟区 court's judgment against a Kazakh man, 终本 handed in
for closing without the 调查笔录 of the applicant's clue)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind


def uyghur_application_round() -> list[Doc]:
    """Uyghur application + translation, this court's 调解书, the son's 社区 certificate, 终本."""
    docs = behind(base_docs("terminated_this_round", "enforcement"), "lawyer_license", Doc("kinship_proof"))
    docs = behind(docs, "interview_record", Doc("online_inquiry_result"))  # the inquiry run again before 终本
    return [*docs, Doc("service_receipt", served=["payment_notice"]), Doc("service_receipt", served=["summons"]),
            Doc("service_receipt", served=["enforcement_ruling"])]


def saybagh_settled_archive() -> list[Doc]:
    """沙依巴克区 judgment and its 生效证明书, 和解, paid out, 执行完毕, archived."""
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"))
    docs = [d for d in docs if d.code != "payment_voucher"]
    docs = behind(docs, "settlement_agreement", Doc("payment_voucher", note="1"), Doc("payment_voucher", note="2"),
                  Doc("payment_voucher", note="out"))
    docs = [*docs, Doc("service_receipt", served=["payment_notice"]), Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["consumption_restriction_order"]), Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def kazakh_without_investigation() -> list[Doc]:
    """水磨沟区 judgment, 终本 (summoned twice, inquiry run again), the 调查笔录 never filed."""
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != "investigation_record"]
    docs = behind(docs, "summons", Doc("summons", note="second"))
    docs = behind(docs, "interview_record", Doc("online_inquiry_result"))
    return [*docs, Doc("service_receipt", served=["summons"]), Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["payment_notice"])]


def plans() -> list[Plan]:
    return [
        Plan("court_q_01_complete_uyghur_application_round", "court_q", "court_q",
             "乌鲁木齐天山区法院执行本院民事调解书、终结本次执行程序的完整卷宗（申请人维吾尔文执行申请书附汉文译文及翻译声明；"
             "维汉双语文书、双语印章；其子凭社区证明代收文书；单张进纸扫描仪灰度扫描，玻璃灰尘竖线、裁边）",
             "enforcement", "terminated_this_round", "closing", uyghur_application_round(), True, basis_kind="mediation",
             seq=4127),
        Plan("court_q_02_complete_archive_saybagh_settled", "court_q", "court_q",
             "乌鲁木齐天山区法院执行沙依巴克区法院民事判决（附生效证明书）、执行和解后履行完毕的归档卷宗（卷宗封面、卷内目录、"
             "卷宗复核表、备考表；A5回单、16开表格混装，横向扫描页）",
             "enforcement", "fully_performed", "archive", saybagh_settled_archive(), True, seq=5862),
        Plan("court_q_03_kazakh_missing_investigation_record", "court_q", "court_q",
             "乌鲁木齐天山区法院执行水磨沟区法院民事判决的终本卷宗，缺核查申请人财产线索的调查笔录",
             "enforcement", "terminated_this_round", "closing", kazakh_without_investigation(), False, seq=6394),
    ]
