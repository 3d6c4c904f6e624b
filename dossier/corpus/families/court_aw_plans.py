"""court_aw's three dossiers (河北省廊坊市广阳区人民法院执行局): a property-service company's 物业费 judgment against an
owner, paid when his 北京 employer withheld his salary on the court's 协助执行通知书; a 廊坊仲裁委员会 award on a
logistics-park warehouse lease, settled by 执行和解协议, paid and archived; a 北京市通州区人民法院 judgment for a
广阳 furniture maker's sofas, paid through the hotel company's bank, handed in without its 结案审批表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs
from dossier.corpus.families.court_aw import FEE_SEQ, LEASE_SEQ, SOFA_SEQ

MISSING = "closing_approval_form"
"""what the sofa dossier lacks: the 结案审批表 was signed in the case system but never printed into the volume"""

FP = "fully_performed"


def _served_closing(docs: list[Doc]) -> list[Doc]:
    return [*docs, Doc("service_receipt", served=["enforcement_ruling", "assistance_notice"]),
            Doc("service_receipt", served=["closing_notice"])]


def _fee() -> list[Doc]:
    docs = [d for d in base_docs(FP, "enforcement") if d.code != "settlement_agreement"]
    at = next(i for i, d in enumerate(docs) if d.code == "assistance_notice") + 1
    return _served_closing([*docs[:at], Doc("assistance_notice", note="reply"), *docs[at:]])


def _lease() -> list[Doc]:
    docs = base_docs(FP, "enforcement")
    at = next(i for i, d in enumerate(docs) if d.code == "enforcement_basis") + 1
    docs = [*docs[:at], Doc("effectiveness_certificate"), *docs[at:]]
    return [Doc("dossier_cover"), Doc("catalogue"), *_served_closing(docs), Doc("file_review_form"), Doc("remarks_sheet")]


def _sofa() -> list[Doc]:
    docs = [d for d in base_docs(FP, "enforcement") if d.code not in ("closing_approval_form", "settlement_agreement")]
    return _served_closing(docs)


def plans() -> list[Plan]:
    return [
        Plan("court_aw_01_complete_property_fee_salary_withheld", "court_aw", "court_aw",
             "物业公司申请执行业主物业费，向其北京工作单位发协助执行通知书扣留工资，执行完毕的完整卷宗",
             "enforcement", FP, "closing", _fee(), True, seq=FEE_SEQ),
        Plan("court_aw_02_archive_warehouse_lease_award_settled", "court_aw", "court_aw",
             "廊坊仲裁委员会仓库租赁裁决（附生效证明），执行和解并履行完毕的归档卷宗",
             "enforcement", FP, "archive", _lease(), True, basis_kind="arbitration", seq=LEASE_SEQ),
        Plan("court_aw_03_beijing_judgment_missing_approval_form", "court_aw", "court_aw",
             "北京市通州区法院家具货款判决在广阳执行完毕，卷宗缺结案审批表",
             "enforcement", FP, "closing", _sofa(), False, seq=SOFA_SEQ),
    ]
