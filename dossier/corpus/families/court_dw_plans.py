"""court_dw's three dossiers (浙江省绍兴市越城区人民法院执行局): a 黄酒 brewery's 绍兴中院 二审 judgment against a 上虞 wine
trader (account frozen and deducted, the rest paid under a settlement, archived); a 印染 mill's 绍兴仲裁委员会 award for
加工费 against a shut 柯桥 cloth trader (nothing found, 限制消费 and 失信, the applicant heard, 终本); a 民间借贷 settled by
this court's 民事调解书, the renovation foreman paying in two instalments — the volume lacks the 结案通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dw import DYE_SEQ, LOAN_SEQ, WINE_SEQ

MISSING = "closing_notice"
"""what the defective loan dossier lacks: the money went out and the case was closed in the system, but nobody made and
sent the applicant the 结案通知书, so the volume holds none"""


def wine_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def dye_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def loan_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_dw_01_complete_archive_yellow_wine_appeal_paid", "court_dw", "court_dw",
             "越城法院执行绍兴中院二审判决（黄酒购销合同，黄酒酿造公司诉上虞酒类贸易公司，附一审法院生效证明书）：冻结划拨存款，"
             "和解后付清，执行完毕，归档卷宗（封面、卷内目录、审查表、备考表）；电子卷宗系统降采样低质量存储",
             "enforcement", "fully_performed", "archive", wine_archive(), True, seq=WINE_SEQ),
        Plan("court_dw_02_complete_dyeing_fee_award_terminated_this_round", "court_dw", "court_dw",
             "越城法院执行绍兴仲裁委员会加工费裁决（印染加工合同，附送达生效证明），柯桥纺织品公司停业无财产，限制消费、纳入失信，"
             "约谈申请执行人后终结本次执行程序；电子卷宗系统降采样低质量存储",
             "enforcement", "terminated_this_round", "closing", dye_closing(), True, basis_kind="arbitration", seq=DYE_SEQ),
        Plan("court_dw_03_private_loan_mediation_paid_missing_closing_notice", "court_dw", "court_dw",
             "越城法院执行本院民事调解书（民间借贷，附生效证明书），执行和解后分期付清；卷内缺结案通知书",
             "enforcement", "fully_performed", "closing", loan_closing(), False, basis_kind="judgment", seq=LOAN_SEQ),
    ]
