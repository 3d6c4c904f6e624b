"""court_l's three dossiers: two complete (a 终本 on a 苏州中院 second-instance judgment, at closing; a Japanese-
invested company's 苏州仲裁委员会 award paid in full under an 执行和解, archived with 卷皮, 目录, 复核表 and 备考表) and
one defective (an 执行完毕 on this court's own judgment handed in for closing without the applicant's 送达地址确认书:
everything was served electronically and by EMS, but the address the applicant confirmed is not on file)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind


def appeal_round() -> list[Doc]:
    """终本 on a 苏州中院 judgment: 传票, 调查, 约谈, 限高 and 失信, service by EMS and e-service."""
    return [*base_docs("terminated_this_round", "enforcement"), Doc("service_receipt", served=["summons"])]


def award_archive() -> list[Doc]:
    """执行完毕 on an award: the commission's 生效证明 after the award, the archive's sheets around."""
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def served_without_address() -> list[Doc]:
    """执行完毕 on this court's judgment, the 送达地址确认书 never put on file."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "service_address_confirmation"]
    docs = behind(docs, "assistance_notice", Doc("assistance_notice"))  # a second bank asked to freeze
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["payment_notice"])]


def plans() -> list[Plan]:
    return [
        Plan("court_l_01_complete_terminated_this_round_appeal", "court_l", "court_l",
             "苏州园区法院终本完整卷宗（申请执行苏州中院二审判决；EMS法院专递邮件详情单、电子送达凭证；执行事务中心表格；"
             "书刊扫描仪扫描装订卷）",
             "enforcement", "terminated_this_round", "closing", appeal_round(), True, seq=4207),
        Plan("court_l_02_complete_archive_arbitration_japanese_invested", "court_l", "court_l",
             "苏州园区法院执行完毕归档卷宗（日资企业申请执行苏州仲裁委员会裁决；日本公证、附加证明书及译文；外商投资企业营业执照；"
             "执行和解、银行电子回单；卷皮、卷内目录、复核表、备考表）",
             "enforcement", "fully_performed", "archive", award_archive(), True, basis_kind="arbitration", seq=3881),
        Plan("court_l_03_missing_service_address_confirmation", "court_l", "court_l",
             "苏州园区法院执行完毕卷宗（本院民事判决为依据），缺送达地址确认书",
             "enforcement", "fully_performed", "closing", served_without_address(), False, seq=4469),
    ]
