"""court_k's three dossiers: two complete (a 终本 for a 台湾居民 on a 厦门中院 judgment, at closing; a 香港居民's
厦门仲裁委员会 award paid in full under an 执行和解, archived with 卷皮, 目录, 复核表 and 备考表) and one defective
(an 执行完毕 on this court's own judgment handed in for closing without the applicant's 收取案款确认书: the
money went out to an account nobody had confirmed on paper)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind


def taiwan_round() -> list[Doc]:
    """终本 on a 厦门中院 judgment: 传票, 调查, 约谈, 限高 and 失信, receipts on carbon forms."""
    return base_docs("terminated_this_round", "enforcement")


def award_archive() -> list[Doc]:
    """执行完毕 on an award: its 生效证明 faxed over by the commission after the award, the archive's sheets around."""
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def paid_without_account() -> list[Doc]:
    """执行完毕 on this court's judgment, the 申请执行人收取案款确认书 never put on file."""
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != "payment_account_confirmation"]


def plans() -> list[Plan]:
    return [
        Plan("court_k_01_complete_terminated_this_round_taiwan_resident", "court_k", "court_k",
             "厦门思明法院终本完整卷宗（台湾居民申请执行厦门中院二审判决；台湾居民居住证复印件；律所函、银行回执传真件；"
             "粉色、黄色复写送达回证；外包扫描）",
             "enforcement", "terminated_this_round", "closing", taiwan_round(), True, seq=3162),
        Plan("court_k_02_complete_archive_arbitration_fully_performed", "court_k", "court_k",
             "厦门思明法院执行完毕归档卷宗（香港居民申请执行厦门仲裁委员会裁决；生效证明传真件；执行和解、厦门银行回单；"
             "卷皮、卷内目录、复核表、备考表；外包扫描）",
             "enforcement", "fully_performed", "archive", award_archive(), True, basis_kind="arbitration", seq=2749),
        Plan("court_k_03_missing_payment_account_confirmation", "court_k", "court_k",
             "厦门思明法院执行完毕卷宗（本院民事判决为依据），缺申请执行人收取案款确认书",
             "enforcement", "fully_performed", "closing", paid_without_account(), False, seq=3518),
    ]
