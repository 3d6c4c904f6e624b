"""court_dj's three dossiers (吉林省吉林市船营区人民法院执行局): a 热力 company's judgment of this court for two heating
seasons' 供热费 against a household (the wife writes a 情况说明, a settlement, paid in two parts, 执行完毕); a rural
commercial bank's 吉林中院 二审 judgment on a guaranteed loan against a trading company that has stopped trading
(account frozen by a faxed reply, the 房产交易中心 faxes that nothing is registered, 限制消费 and 失信, 终本, archived,
with 丰满区法院's faxed 生效证明 behind the judgment); a building worker's 民事调解书 for unpaid wages against a
labour-service company, which faxes a 情况说明 promising to pay, and pays — handed in without the 财产线索登记表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dj import HEAT_SEQ, LABOUR_SEQ, LOAN_SEQ

MISSING = "property_clue_form"
"""what the defective wage dossier lacks: the worker's lawyer wrote 请法院网络查控 on the application and never filled
the window's 财产线索登记表, so the form the checklist requires is not in the volume"""


def heat_closing() -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    return behind(docs, "property_declaration_form", Doc("evidence"))


def loan_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="house"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def labour_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "property_declaration_form", Doc("evidence"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_dj_01_complete_heating_fee_household_paid", "court_dj", "court_dj",
             "船营法院执行本院供热费判决（热力公司诉住户），被执行人之妻书写情况说明，执行和解后分两次付清，执行完毕结案；"
             "传真件为传真机打印件，其余经多功能一体机输稿器扫描（玻璃灰尘竖线、亮度漂移、一页重扫）",
             "enforcement", "fully_performed", "closing", heat_closing(), True, seq=HEAT_SEQ),
        Plan("court_dj_02_complete_archive_appeal_loan_guarantee_terminated_this_round", "court_dj", "court_dj",
             "船营法院执行吉林中院二审判决（金融借款合同，保证人连带责任；附丰满区法院传真生效证明书），银行传真协助冻结回执、"
             "房产交易中心传真回复无房产，限制消费、纳入失信，约谈申请执行人后终结本次执行程序，归档卷宗（封面、卷内目录、复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", loan_archive(), True, seq=LOAN_SEQ),
        Plan("court_dj_03_labour_mediation_paid_missing_property_clue_form", "court_dj", "court_dj",
             "船营法院执行本院劳动争议民事调解书（工人诉建筑劳务公司欠薪），劳务公司传真付款情况说明，和解后付清；卷内缺财产线索登记表",
             "enforcement", "fully_performed", "closing", labour_closing(), False, basis_kind="mediation", seq=LABOUR_SEQ),
    ]
