"""court_e's three dossiers: two complete (终本; 执行完毕 by deduction from a frozen account, archived)
and one defective (终本 without the 调查笔录 on the applicant's property clue)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind


def plans() -> list[Plan]:
    ttr, fp = "terminated_this_round", "fully_performed"
    complete_ttr = behind(base_docs(ttr, "enforcement"), "online_inquiry_result", Doc("online_inquiry_result", note="registry"))
    paid = [d for d in base_docs(fp, "enforcement") if d.code != "settlement_agreement"]
    paid = behind(behind(paid, "assistance_notice", Doc("online_inquiry_result", note="bank")), "enforcement_basis",
                  Doc("effectiveness_certificate"))
    paid = [Doc("dossier_cover"), Doc("catalogue"), Doc("case_registration_form"), *paid,
            Doc("service_receipt", served=["closing_notice"]), Doc("file_review_form"), Doc("remarks_sheet")]
    defective = [d for d in behind(base_docs(ttr, "enforcement"), "summons", Doc("fine_decision"))
                 if d.code != "investigation_record"]
    return [
        Plan("court_e_01_complete_terminated_this_round", "court_e", "court_e",
             "深圳福田法院终本完整卷宗（南山法院判决为依据；律所函、身份证正反面复印件、传真收款账户确认书、"
             "总对总查控打印件、不动产登记中心查询结果；列式送达回证附粤公正电子送达截图）",
             "enforcement", ttr, "closing", complete_ttr, True, basis_kind="judgment", seq=21687),
        Plan("court_e_02_complete_archive_fully_performed_transfer", "court_e", "court_e",
             "深圳福田法院执行完毕归档卷宗（罗湖法院调解书及生效证明；冻结、扣划银行存款，银行协助回执，"
             "案款发放审批单附银行电子回单；封面、卷内目录、立案登记表、复核表、备考表）",
             "enforcement", fp, "archive", paid, True, basis_kind="mediation", seq=9353),
        Plan("court_e_03_missing_investigation_record", "court_e", "court_e",
             "深圳福田法院终本卷宗，缺核查申请执行人所提财产线索的调查笔录（有罚款决定书）",
             "enforcement", ttr, "closing", defective, False, basis_kind="judgment", obstruction=True, seq=30412),
    ]
