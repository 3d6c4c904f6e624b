"""court_ct's three dossiers (辽宁省鞍山市铁东区人民法院执行局): a 特钢 works' 鞍山中院 二审 judgment on a 废钢 purchase
contract against a recycling company (account frozen and deducted, a truck seized, paid in full, archived); a property
company's 鞍山仲裁委员会 award for 物业费 against a closed shopping-mall operator (nothing found, 限制消费 and 失信,
the applicant heard, 终本); a lender's notarised loan (公证书 and 执行证书 of the 鞍信公证处) against a borrower who
settles and pays — handed in without the applicant's 收取执行款账户确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ct import LOAN_SEQ, MALL_SEQ, STEEL_SEQ

MISSING = "payment_account_confirmation"
"""what the defective loan dossier lacks: the lender never filled the account form at the window (the money went by
the settlement's own terms), so the 确认书 the checklist requires is not in the volume"""


def steel_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="car"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def mall_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def loan_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ct_01_complete_archive_steel_scrap_appeal_paid", "court_ct", "court_ct",
             "铁东法院执行鞍山中院二审判决（废钢购销合同，特钢公司诉再生资源回收公司，附一审法院生效证明书）：冻结扣划存款、"
             "扣押货车，和解后付清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；缩微胶片回印件再扫描",
             "enforcement", "fully_performed", "archive", steel_archive(), True, seq=STEEL_SEQ),
        Plan("court_ct_02_complete_mall_property_fee_award_terminated_this_round", "court_ct", "court_ct",
             "铁东法院执行鞍山仲裁委员会物业费裁决（附生效证明），商场停业无财产可供执行，限制消费、纳入失信，约谈申请执行人后"
             "终结本次执行程序；缩微胶片回印件再扫描",
             "enforcement", "terminated_this_round", "closing", mall_closing(), True, basis_kind="arbitration", seq=MALL_SEQ),
        Plan("court_ct_03_notarial_loan_settled_missing_account_confirmation", "court_ct", "court_ct",
             "铁东法院执行鞍信公证处公证债权文书（借款合同，附执行证书），执行和解后履行完毕；卷内缺申请执行人收取执行款账户确认书",
             "enforcement", "fully_performed", "closing", loan_closing(), False, basis_kind="notarial", seq=LOAN_SEQ),
    ]
