"""court_cn's three dossiers (浙江省台州市椒江区人民法院执行局): a 温岭 pump maker's 台州仲裁委员会 award against a
椒江 shipyard, paid once the yard's company car was seized, archived; a 台州中院 二审 loan judgment against a borrower
and his guarantor, nothing found, 限制消费 and 失信, ended by 终结本次执行程序; this court's own 调解书 between a
黄岩 mould maker and a 椒江 plastics factory, paid after the 执行通知书, handed in without its 收取执行款账户确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cn import LOAN_SEQ, MOULD_SEQ, PUMP_SEQ

MISSING = "payment_account_confirmation"
"""what the mould dossier lacks: the applicant's 收取执行款账户确认书 never reached the file (the money went out on
the account the lawyer gave by telephone)"""


def _paid() -> list[Doc]:
    """执行完毕 without a settlement: the debtor paid into the court's account and the money went out."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def pump_archive() -> list[Doc]:
    docs = behind(_paid(), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan_terminated() -> list[Doc]:
    docs = base_docs("terminated_this_round", "enforcement")
    return [*docs, Doc("service_receipt", served=["summons"])]


def mould_paid() -> list[Doc]:
    """Paid on the 执行通知书 alone: no ruling, no freeze; the account confirmation missing."""
    gone = {MISSING, "enforcement_ruling", "assistance_notice"}
    return [d for d in _paid() if d.code not in gone and d.served != ["enforcement_ruling"]]


def plans() -> list[Plan]:
    return [
        Plan("court_cn_01_archive_pump_award_shipyard_car_seized_paid", "court_cn", "court_cn",
             "椒江法院执行台州仲裁委员会裁决（温岭泵业公司诉椒江船舶修造公司，船用泵买卖合同货款及违约金，附仲裁委生效证明），"
             "扣押船厂名下车辆后被执行人将执行款汇入法院专户，执行完毕，归档卷宗（卷宗封面、卷内目录、复核表、备考表）；"
             "承办人用手机扫描App逐页拍摄：自动裁边偶有失误（桌面或下一页露边、页面略呈梯形），增强滤镜使底色发白、笔画过锐带灰晕，"
             "角落有App水印，个别页倒置或侧转，票据两联一拍",
             "enforcement", "fully_performed", "archive", pump_archive(), True, basis_kind="arbitration", seq=PUMP_SEQ),
        Plan("court_cn_02_complete_appeal_loan_guarantor_terminated_this_round", "court_cn", "court_cn",
             "台州中院二审民间借贷判决（驳回上诉、维持原判）为依据，被执行人为借款人及连带保证人两名自然人；网络查控及现场调查"
             "未发现财产，限制消费、纳入失信名单，约谈申请执行人后终结本次执行程序（手机扫描App拍摄）",
             "enforcement", "terminated_this_round", "closing", loan_terminated(), True, seq=LOAN_SEQ),
        Plan("court_cn_03_mould_mediation_paid_missing_account_confirmation", "court_cn", "court_cn",
             "椒江法院本院民事调解书（黄岩模具公司与椒江塑料制品公司承揽合同），执行通知书送达后被执行人付清，执行完毕；"
             "申请执行人收取执行款账户确认书未入卷（手机扫描App拍摄）",
             "enforcement", "fully_performed", "closing", mould_paid(), False,
             basis_kind="mediation", seq=MOULD_SEQ),
    ]
