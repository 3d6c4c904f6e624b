"""court_m's three dossiers: two complete (a 终本 on a 昆明中院 second-instance judgment, at closing, the summons
served too; a 昆明仲裁委员会 award paid in full under a 和解协议 by transfer, archived with 卷皮, 目录, 归档审查表 and
备考表) and one defective (an 执行完毕 on this court's own judgment, filed online through the 律师服务平台, handed in
for closing: the lawyer's 执业证 was checked on the platform but never printed into the dossier)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind


def appeal_round() -> list[Doc]:
    """终本 on a 昆明中院 judgment: 传票 and its proof of service after the others."""
    return [*base_docs("terminated_this_round", "enforcement"), Doc("service_receipt", served=["summons"])]


def award_archive() -> list[Doc]:
    """执行完毕 on an award: the commission's 生效证明 after the award, the archive's sheets around; the 交费通知书
    served on the applicant too."""
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["payment_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def without_licence() -> list[Doc]:
    """执行完毕 on this court's judgment, the lawyer's 执业证 never printed in."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "lawyer_license"]
    docs = behind(docs, "assistance_notice", Doc("assistance_notice"))  # a second bank asked to freeze
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["payment_notice"]),
            Doc("service_receipt", served=["closing_notice"])]


def plans() -> list[Plan]:
    return [
        Plan("court_m_01_complete_terminated_this_round_appeal", "court_m", "court_m",
             "昆明五华法院终本完整卷宗（申请执行昆明中院二审判决；网上立案，当事人材料为手机照片；12368短信、电子送达平台回执"
             "及纸质送达回证；高拍仪拍摄的本院文书）",
             "enforcement", "terminated_this_round", "closing", appeal_round(), True, seq=2317),
        Plan("court_m_02_complete_archive_arbitration_paid", "court_m", "court_m",
             "昆明五华法院执行完毕归档卷宗（申请执行昆明仲裁委员会裁决及生效证明；和解后转账履行，转账记录为手机截图；"
             "卷皮、卷内文书目录、归档审查表、备考表）",
             "enforcement", "fully_performed", "archive", award_archive(), True, basis_kind="arbitration", seq=1864),
        Plan("court_m_03_missing_lawyer_license", "court_m", "court_m",
             "昆明五华法院执行完毕卷宗（本院民事判决为依据，律师服务平台网上立案，转账记录截图），缺律师执业证",
             "enforcement", "fully_performed", "closing", without_licence(), False, seq=2655),
    ]
