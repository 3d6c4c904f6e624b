"""court_i's three dossiers: two complete (an award of 杭州仲裁委员会 paid in full under an 执行和解, served
electronically throughout and archived with 卷皮, 目录, 复核表 and 备考表; a 终本 on a 杭州互联网法院 调解书, at
closing) and one defective (a 终本 whose 约谈 of the applicant was never put on file: the dossier holds no
interview_record, though the 终本 ruling says the applicant was heard)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind


def paid_archive() -> list[Doc]:
    """执行完毕 on an arbitral award: the 生效证明 after the award, a 和解 paid into the court's account and paid
    out (the bank's 电子回单), and the archive's papers around it."""
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), Doc("case_registration_form"), *docs, Doc("file_review_form"),
            Doc("remarks_sheet")]


def mediated_round() -> list[Doc]:
    """终本 on an online court's 调解书: the 传票, the site visit, the 约谈, the applicant's ruling served by SMS."""
    return base_docs("terminated_this_round", "enforcement")


def without_interview() -> list[Doc]:
    """The same 终本, the 约谈笔录 of the applicant missing."""
    return [d for d in base_docs("terminated_this_round", "enforcement") if d.code != "interview_record"]


def plans() -> list[Plan]:
    ttr = "terminated_this_round"
    return [
        Plan("court_i_01_complete_archive_arbitration_fully_performed", "court_i", "court_i",
             "杭州西湖法院执行完毕归档卷宗（杭州仲裁委员会裁决书及生效证明；律所申请书；全程电子送达凭证；执行和解、"
             "银行电子回单；立案审批表、卷皮、卷内目录、复核表、备考表；高速扫描仪黑底、二值化）",
             "enforcement", "fully_performed", "archive", paid_archive(), True, basis_kind="arbitration", seq=1706),
        Plan("court_i_02_complete_terminated_this_round_mediation", "court_i", "court_i",
             "杭州西湖法院终本完整卷宗（杭州互联网法院民事调解书为依据；EMS法院专递回证、短信送达截图、电子送达凭证；"
             "限制消费令、失信决定书；现场调查笔录、约谈笔录）",
             "enforcement", ttr, "closing", mediated_round(), True, basis_kind="mediation", seq=2718),
        Plan("court_i_03_missing_interview_record", "court_i", "court_i",
             "杭州西湖法院终本卷宗（互联网法院调解书为依据），缺约谈申请执行人的谈话笔录",
             "enforcement", ttr, "closing", without_interview(), False, basis_kind="mediation", seq=3142),
    ]
