"""court_em's three dossiers (安徽省六安市金安区人民法院): a 金安 tea company's judgment (本院 民初, 买卖合同) for 六安瓜片
delivered to a 合肥 tea-shop company — the buyer's account deducted, the rest settled and paid, archived; a steel-fixer's
labour-arbitration award for unpaid site wages against a labour-subcontracting company that vanished (限制消费, 失信,
the worker heard, 终本); a villager's 民间借贷 mediation against a down-workshop owner who settles and pays — handed in
without the applicant's 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_em import LOAN_SEQ, TEA_SEQ, WAGE_SEQ

MISSING = "service_address_confirmation"
"""what the defective loan dossier lacks: the villager came to the window without the lawyer and left before signing the
送达地址确认书, so the form the checklist requires is not in the volume"""


def tea_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def wage_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def loan_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_em_01_complete_archive_guapian_tea_sale_paid", "court_em", "court_em",
             "金安法院执行本院民事判决（六安瓜片买卖合同，茶业公司诉合肥茶叶商贸公司，附生效证明书）：扣划存款，和解后付清，"
             "执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；旧卷经外包JBIG2有损压缩数字化后重新渲染",
             "enforcement", "fully_performed", "archive", tea_archive(), True, seq=TEA_SEQ),
        Plan("court_em_02_complete_site_wage_award_terminated_this_round", "court_em", "court_em",
             "金安法院执行金安区劳动人事争议仲裁委员会裁决（农民工工资，附生效证明），劳务分包公司人去楼空无财产，限制消费、"
             "纳入失信，约谈申请执行人后终结本次执行程序；JBIG2有损压缩数字化后重新渲染",
             "enforcement", "terminated_this_round", "closing", wage_closing(), True, basis_kind="arbitration", seq=WAGE_SEQ),
        Plan("court_em_03_rural_loan_mediation_paid_missing_address_confirmation", "court_em", "court_em",
             "金安法院执行本院民事调解书（民间借贷，被执行人经营羽绒加工厂，附生效证明书），执行和解后付清；卷内缺送达地址确认书",
             "enforcement", "fully_performed", "closing", loan_closing(), False, basis_kind="mediation", seq=LOAN_SEQ),
    ]
