"""court_j's three dossiers: two complete (a Vietnamese company's award of 南宁仲裁委员会 paid in full under an
执行和解, archived with 卷皮, 目录, 复核表 and 备考表; a 终本 on a 南宁中院 judgment, at closing) and one defective
(the same kind of 终本 handed in for closing without its 结案审批表: the undertaker never had the closing approved)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind


def paid_archive() -> list[Doc]:
    """执行完毕 on an arbitral award: the 生效证明 after the award, a 和解 paid into the court's account and paid out."""
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def judgment_round() -> list[Doc]:
    """终本 on a judgment of 南宁中院: 传票, 调查, 约谈, 限高 and 失信, the ruling served on paper."""
    return base_docs("terminated_this_round", "enforcement")


def without_approval() -> list[Doc]:
    """The same 终本, its 结案审批表 never put on file."""
    return [d for d in judgment_round() if d.code != "closing_approval_form"]


def plans() -> list[Plan]:
    ttr = "terminated_this_round"
    return [
        Plan("court_j_01_complete_archive_vietnam_arbitration_fully_performed", "court_j", "court_j",
             "南宁青秀法院执行完毕归档卷宗（越南公司申请执行南宁仲裁委员会裁决；越文授权委托书、译文及公证认证；执行和解、"
             "银行回单；卷皮、卷内目录、复核表、备考表；双层PDF，部分文书随案生成为电子原件）",
             "enforcement", "fully_performed", "archive", paid_archive(), True, basis_kind="arbitration", seq=4471),
        Plan("court_j_02_complete_terminated_this_round_judgment", "court_j", "court_j",
             "南宁青秀法院终本完整卷宗（南宁中院二审判决为依据；限制消费令、失信决定书；调查笔录、谈话笔录；纸质送达回证；"
             "双层PDF）",
             "enforcement", ttr, "closing", judgment_round(), True, seq=5183),
        Plan("court_j_03_missing_closing_approval_form", "court_j", "court_j",
             "南宁青秀法院终本卷宗（南宁中院判决为依据），缺结案审批表",
             "enforcement", ttr, "closing", without_approval(), False, seq=5907),
    ]
