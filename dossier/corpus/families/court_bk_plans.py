"""court_bk's three dossiers (西安雁塔): a 西安中院 二审 supplier judgment paid, a 西安仲裁委 award paid and archived,
and a 民间借贷 调解书 ended 终本 whose 诉讼费/执行费 receipt never reached the volume."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs

MISSING = "fee_receipt"
SUPPLIER_SEQ, AWARD_SEQ, LOAN_SEQ = 35118, 35402, 35767


def plans() -> list[Plan]:
    """The three dossiers, in the order the build seeds them."""
    fp, ttr = "fully_performed", "terminated_this_round"
    supplier = base_docs(fp, "enforcement")
    supplier.insert(2, Doc("effectiveness_certificate"))
    award = base_docs(fp, "enforcement")
    award.insert(2, Doc("effectiveness_certificate"))
    archived = [Doc("dossier_cover"), Doc("catalogue"), Doc("case_registration_form"), *award,
                Doc("file_review_form"), Doc("remarks_sheet")]
    loan = [d for d in base_docs(ttr, "enforcement") if d.code != MISSING]
    return [
        Plan("court_bk_01_complete_appeal_supplier_paid", "court_bk", "court_bk",
             "西安中院二审判决（肉夹馍连锁店拖欠腊汁肉供货款）为依据、和解后付清的完整卷宗（承办人工作底稿：便利贴、索引标签、红笔签批）",
             "enforcement", fp, "closing", supplier, True, seq=SUPPLIER_SEQ),
        Plan("court_bk_02_complete_archive_award_software", "court_bk", "court_bk",
             "西安仲裁委员会裁决（高新区软件公司拖欠开发费）执行完毕的归档卷宗",
             "enforcement", fp, "archive", archived, True, basis_kind="arbitration", seq=AWARD_SEQ),
        Plan("court_bk_03_loan_mediation_missing_fee_receipt", "court_bk", "court_bk",
             "民间借贷调解书（小寨商户借款）执行终本卷宗，缺诉讼费/执行费收据",
             "enforcement", ttr, "closing", loan, False, basis_kind="mediation", seq=LOAN_SEQ),
    ]
