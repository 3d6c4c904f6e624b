"""court_h's three dossiers: two complete (a 终结执行 after an 执行和解 and the applicant's withdrawal, on
a 司法确认 ruling of a village mediation; a 终本 with 罚款 and 拘留, archived) and one defective (a 终本
case whose respondent went away to work and cannot be found, without the 申请执行人收取案款确认书, a
defect no other family's dossier has)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind


def withdrawn() -> list[Doc]:
    """终结执行: the respondent paid part under a 和解, the applicant withdrew in writing (the ground, kept
    before the ruling); the talk with him recorded."""
    docs = behind(base_docs("terminated", "enforcement"), "assistance_notice", Doc("summons"),
                  Doc("settlement_agreement"), Doc("interview_record"), Doc("evidence"))
    return docs


def punished() -> list[Doc]:
    """终本 with a 罚款 and then a 拘留 for hiding the tricycle, both served; archived with cover and 目录."""
    docs = behind(base_docs("terminated_this_round", "enforcement"), "summons", Doc("fine_decision"),
                  Doc("detention_decision"))
    docs = [*docs, Doc("service_receipt", served=["fine_decision", "detention_decision"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def without_account_confirmation() -> list[Doc]:
    """终本, the respondent gone away to work (the village's 证明 instead of a 送达地址确认书), and the
    申请执行人收取案款确认书 never filled in."""
    out = []
    for d in base_docs("terminated_this_round", "enforcement"):
        if d.code == "payment_account_confirmation":
            continue
        out.append(Doc("whereabouts_unknown_proof") if d.code == "service_address_confirmation" else d)
    return out


def plans() -> list[Plan]:
    ttr = "terminated_this_round"
    return [
        Plan("court_h_01_complete_terminated_withdrawn", "court_h", "court_h",
             "甘肃通渭法院终结执行完整卷宗（本院司法确认人民调解协议的民事裁定书为依据；申请人手写申请书；"
             "执行和解协议、谈话笔录；申请执行人撤回申请后终结执行；存根联通知书）",
             "enforcement", "terminated", "closing", withdrawn(), True, basis_kind="mediation", seq=86),
        Plan("court_h_02_complete_archive_fine_detention_terminated_this_round", "court_h", "court_h",
             "甘肃通渭法院终本归档卷宗（马营人民法庭判决为依据；传票、罚款决定书、拘留决定书及送达回证；"
             "手写调查笔录、谈话笔录；卷皮、卷内目录、复核表、备考表）",
             "enforcement", ttr, "archive", punished(), True, basis_kind="judgment", obstruction=True, seq=143),
        Plan("court_h_03_missing_payment_account_confirmation", "court_h", "court_h",
             "甘肃通渭法院终本卷宗（被执行人外出下落不明，村委会、派出所证明），缺申请执行人收取案款确认书",
             "enforcement", ttr, "closing", without_account_confirmation(), False, basis_kind="judgment", seq=211),
    ]
