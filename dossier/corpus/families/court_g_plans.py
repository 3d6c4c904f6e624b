"""court_g's three dossiers: two complete (a case closed 执行完毕 after an 执行和解, on a Chengdu court's
民事调解书; a 恢复执行 case closed again by 终本 and archived) and one defective (a 终本 case on an award of
重庆仲裁委员会 without the 限制消费令, a defect no other family's dossier has)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind


def settled() -> list[Doc]:
    """执行完毕 after 和解: the talk that led to it recorded, the bank asked to deduct the frozen money and its
    receipt back, the closing notice served too."""
    docs = behind(base_docs("fully_performed", "enforcement"), "settlement_agreement", Doc("interview_record"),
                  Doc("assistance_notice", note="deduct"), Doc("online_inquiry_result", note="bank"))
    return [*docs, Doc("service_receipt", served=["closing_notice"])]


def resumed() -> list[Doc]:
    """恢复执行 then 终本 again, archived: the earlier 终本 ruling in the filing papers, the resumption
    ruling and notice served together."""
    docs = [Doc(d.code, d.served, d.family, "previous") if d.code == "termination_this_round_ruling" and i < 5 else d
            for i, d in enumerate(base_docs("terminated_this_round", "resumption"))]
    docs = behind(docs, "resumption_notice", Doc("service_receipt", served=["resumption_ruling", "resumption_notice"]))
    return [Doc("dossier_cover"), Doc("catalogue"), Doc("case_registration_form"), *docs, Doc("file_review_form"),
            Doc("remarks_sheet")]


def without_restriction_order() -> list[Doc]:
    """终本 on an arbitral award, but the 限制消费令 never issued: its receipt serves the 失信 decision only."""
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "online_inquiry_result", Doc("online_inquiry_result", note="registry"))
    out = []
    for d in docs:
        if d.code == "consumption_restriction_order":
            continue
        if "consumption_restriction_order" in d.served:
            d = Doc("service_receipt", served=[s for s in d.served if s != "consumption_restriction_order"])
        out.append(d)
    return out


def plans() -> list[Plan]:
    ttr, fp = "terminated_this_round", "fully_performed"
    return [
        Plan("court_g_01_complete_fully_performed_settlement", "court_g", "court_g",
             "重庆渝中法院执行完毕完整卷宗（四川成都锦江法院民事调解书为依据；执行和解协议、和解谈话笔录、案款发放审批表；"
             "查控结果横向打印；结案通知书及其送达回证）",
             "enforcement", fp, "closing", settled(), True, basis_kind="mediation", seq=1188),
        Plan("court_g_02_complete_archive_resumption_terminated_this_round", "court_g", "court_g",
             "重庆渝中法院恢复执行后再次终本的归档卷宗（贵州贵阳云岩法院判决为依据；原终本裁定、恢复执行裁定及通知；"
             "卷皮、卷内文件目录、立案审批表、质量评查表、备考表）",
             "resumption", ttr, "archive", resumed(), True, basis_kind="judgment", seq=207),
        Plan("court_g_03_missing_consumption_restriction_order", "court_g", "court_g",
             "重庆渝中法院终本卷宗（重庆仲裁委员会裁决书及生效证明为依据），缺限制消费令",
             "enforcement", ttr, "closing", without_restriction_order(), False, basis_kind="arbitration", seq=3065),
    ]
