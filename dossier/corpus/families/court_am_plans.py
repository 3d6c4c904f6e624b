"""court_am's three dossiers (满洲里市人民法院): two complete — this court's judgment on a 木材 import contract
against a Russian trading company's 满洲里 branch, settled and paid through 满洲里农商银行 (closing); a 呼伦贝尔仲裁委员会
award on 口岸 storage and freight against a 蒙古国 trader, 终本 and archived — and one defective: this court's judgment
on a cross-border freight contract, 终本, handed in for closing without the 律师事务所函 of the applicant's lawyer."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_am import FREIGHT_SEQ, LOGISTICS_SEQ, TIMBER_SEQ

MISSING = "law_firm_letter"
"""what the defective dossier lacks: the lawyer filed his 授权委托书 and 执业证 but never the firm's 所函"""


def timber_paid() -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"))
    return [*docs, Doc("service_receipt", served=["payment_notice"]), Doc("service_receipt", served=["closing_notice"])]


def logistics_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["summons"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def freight_without_firm_letter() -> list[Doc]:
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def plans() -> list[Plan]:
    return [
        Plan("court_am_01_complete_timber_judgment_russian_branch_paid", "court_am", "court_am",
             "满洲里市人民法院执行本院国际货物买卖（俄罗斯木材）合同纠纷判决，被执行人为俄罗斯公司满洲里分公司；财产线索附俄文规格书、"
             "翻译公司盖章的翻译件和进口报关单；和解后经满洲里农商银行划付，执行完毕的完整卷宗（便携式馈纸扫描仪在口岸办公室扫描："
             "滚轮走纸不匀致纵向拉伸压缩、滚轮条纹、行线微波动、倒置或横置页、低温低对比度）",
             "enforcement", "fully_performed", "closing", timber_paid(), True, seq=TIMBER_SEQ),
        Plan("court_am_02_complete_archive_hulunbuir_award_mongolian_trader_round", "court_am", "court_am",
             "满洲里市人民法院执行呼伦贝尔仲裁委员会口岸仓储运输合同裁决（附生效证明），被执行人为蒙古国边民互市商人（护照复印件"
             "代替身份证），网络查控、农商银行及不动产登记中心回复，终结本次执行程序的归档卷宗（卷宗封面、卷内目录、卷宗复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", logistics_archive(), True, basis_kind="arbitration",
             seq=LOGISTICS_SEQ),
        Plan("court_am_03_freight_judgment_round_missing_firm_letter", "court_am", "court_am",
             "满洲里市人民法院执行本院跨境公路货物运输合同纠纷判决的终本卷宗，律师代理却缺律师事务所函",
             "enforcement", "terminated_this_round", "closing", freight_without_firm_letter(), False, seq=FREIGHT_SEQ),
    ]
