"""court_ds's three dossiers (四川省自贡市自流井区人民法院执行局): a 盐化 works enforces 自贡中院's appeal judgment against a
沿滩 chemical firm for 工业盐 and 卤水 (a bank deduction, then a settlement paid off; executed in full and archived); a 彩灯
maker enforces a 自贡仲裁委员会 award against a 盐帮菜 restaurant company that closed after the lantern festival (nothing
found, 限制消费 and 失信, the lawyer heard, 终本); a lender enforces this court's 民事调解书 on a private loan against a car-repair
yard's owner who pays in two transfers — handed in without the 被执行人财产线索提供表 the window asks for."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ds import LANTERN_SEQ, LOAN_SEQ, SALT_SEQ

MISSING = "property_clue_form"
"""what the defective loan dossier lacks: the lender's lawyer never filled the window's 财产线索提供表 (the debtor settled
within weeks), so the form the checklist requires is not in the volume"""


def salt_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def lantern_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def loan_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ds_01_complete_archive_salt_appeal_paid", "court_ds", "court_ds",
             "自流井法院执行自贡中院二审判决（工业盐、卤水买卖合同，盐化公司诉精细化工公司，附一审法院生效证明书）：扣划存款，"
             "和解后付清，执行完毕，归档卷宗（封面、卷内目录、审查表、备考表）；票据回单贴于粘贴单，彩色平板扫描",
             "enforcement", "fully_performed", "archive", salt_archive(), True, seq=SALT_SEQ),
        Plan("court_ds_02_complete_lantern_award_terminated_this_round", "court_ds", "court_ds",
             "自流井法院执行自贡仲裁委员会裁决（彩灯制作安装承揽合同，附生效证明），盐帮菜餐饮公司停业无财产，限制消费、纳入失信，"
             "约谈申请执行人代理人后终结本次执行程序；法院专递回执贴于粘贴单，彩色平板扫描",
             "enforcement", "terminated_this_round", "closing", lantern_closing(), True, basis_kind="arbitration",
             seq=LANTERN_SEQ),
        Plan("court_ds_03_loan_mediation_paid_missing_property_clue_form", "court_ds", "court_ds",
             "自流井法院执行本院民间借贷民事调解书（被执行人经营汽修厂），和解后分两次转账付清，执行完毕；ATM凭条、微信截图、"
             "身份证剪贴于粘贴单；卷内缺被执行人财产线索提供表",
             "enforcement", "fully_performed", "closing", loan_closing(), False, basis_kind="mediation", seq=LOAN_SEQ),
    ]
