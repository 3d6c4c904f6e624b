"""court_f's three dossiers: two complete (an archived arbitration case fully performed by deduction
from a frozen account; a 终本 case on a notarial certificate) and one defective (终本 without the
结案审批表, a defect no other family's dossier has)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind


def _twice(docs: list[Doc], code: str) -> list[Doc]:
    """The document whose second page the sorting machine fed twice."""
    return [Doc(d.code, d.served, d.family, "twice") if d.code == code and not d.note else d for d in docs]


def plans() -> list[Plan]:
    ttr, fp = "terminated_this_round", "fully_performed"
    paid = behind(behind(base_docs(fp, "enforcement"), "assistance_notice", Doc("online_inquiry_result", note="bank")), "enforcement_basis",
                  Doc("effectiveness_certificate"))
    paid = [Doc("dossier_cover"), Doc("catalogue"), Doc("case_registration_form"), *_twice(paid, "enforcement_basis"),
            Doc("service_receipt", served=["closing_notice"]), Doc("file_review_form"), Doc("remarks_sheet")]
    notarial = behind(behind(base_docs(ttr, "enforcement"), "online_inquiry_result", Doc("online_inquiry_result", note="registry")),
                      "enforcement_basis", Doc("effectiveness_certificate"))
    notarial = _twice(behind(notarial, "online_inquiry_result", Doc("online_inquiry_result", note="vehicle")),
                      "termination_this_round_ruling")
    defective = [d for d in base_docs(ttr, "enforcement") if d.code != "closing_approval_form"]
    return [
        Plan("court_f_01_complete_archive_fully_performed_transfer", "court_f", "court_f",
             "哈尔滨道里法院执行完毕归档卷宗（哈尔滨仲裁委裁决书及生效证明；和解协议，银行针式打印协助冻结扣划回执，案款发放审批表；"
             "封面、卷内目录、立案登记表、复核表、备考表；依据第2页重复扫描）",
             "enforcement", fp, "archive", paid, True, basis_kind="arbitration", seq=1234),
        Plan("court_f_02_complete_terminated_this_round_notarial", "court_f", "court_f",
             "哈尔滨道里法院终本完整卷宗（公证债权文书及执行证书为依据；手写申请书、不动产登记与车管所回复、"
             "终结本次执行程序裁定书第2页重复扫描）",
             "enforcement", ttr, "closing", notarial, True, basis_kind="notarial", seq=3581),
        Plan("court_f_03_missing_closing_approval_form", "court_f", "court_f",
             "哈尔滨道里法院终本卷宗（吉林长春朝阳法院判决为依据），缺执行案件结案审批表",
             "enforcement", ttr, "closing", defective, False, basis_kind="judgment", seq=4702),
    ]
