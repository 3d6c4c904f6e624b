"""court_hz's three dossiers (安徽省宣城市宣州区人民法院执行局): a 泾县 宣纸 mill enforces this court's sale judgment
against a calligraphy-supplies shop — its deposits deducted, its car seized (the bank and the 车管所 asked to assist),
then a settlement and the rest paid, 执行完毕, archived (cover and catalogue first, the civil division's 生效证明书 behind
the judgment, the review form and remarks sheet last); a financing guarantee company enforces the 宣城市中级人民法院's
appeal judgment for its recourse against a borrower and his counter-guarantor — nothing to seize, 限制消费, 失信,
inquiries, a visit, the company heard, 终本; a warehouse worker enforces his wage judgment against a logistics company,
whose account is debited and the money paid out — but the volume holds no receipt for the 申请执行费."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hz import GUARANTEE_SEQ, WAGE_SEQ, XUAN_SEQ

MISSING = "fee_receipt"
"""what the worker's dossier lacks: the window let the wage claim in without the 申请执行费 being prepaid (the fee was
to be taken from the respondent with the debt), so no 非税收入缴款书 was ever printed for the volume — and the checklist
still asks for one"""


def xuan_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="vehicle"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def guarantee_closing() -> list[Doc]:
    docs = base_docs("terminated_this_round", "enforcement")
    at = next(i for i, d in enumerate(docs) if d.note == "respondent") + 1
    return [*docs[:at], Doc("identity_proof", note="guarantor"), *docs[at:]]


def wage_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code not in (MISSING, "settlement_agreement")]


def plans() -> list[Plan]:
    return [
        Plan("court_hz_01_complete_archive_xuan_paper_mill_car_seized_settled", "court_hz", "court_hz",
             "宣州法院执行本院民事判决（泾县宣纸公司诉文房用品公司买卖合同，附民事审判庭生效证明书）：扣划存款、扣押车辆后"
             "执行和解，余款付清，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表，每页右上角打码机页号）；"
             "小票据在平板扫描仪上开盖扫描",
             "enforcement", "fully_performed", "archive", xuan_archive(), True, seq=XUAN_SEQ),
        Plan("court_hz_02_complete_guarantee_recourse_appeal_terminated_this_round", "court_hz", "court_hz",
             "宣州法院执行宣城中院二审民事判决（融资担保公司追偿权纠纷，借款人及反担保人两被执行人）：无财产可供执行，"
             "限制消费、纳入失信、网络查控、实地调查、约谈申请执行人后终结本次执行程序；身份证复印件剪下开盖扫描",
             "enforcement", "terminated_this_round", "closing", guarantee_closing(), True, seq=GUARANTEE_SEQ),
        Plan("court_hz_03_wage_logistics_account_debited_missing_fee_receipt", "court_hz", "court_hz",
             "宣州法院执行本院劳动争议判决（仓库工人诉物流公司欠薪），扣划被执行人账户存款并发放，执行完毕；"
             "卷内无申请执行费票据",
             "enforcement", "fully_performed", "closing", wage_closing(), False, seq=WAGE_SEQ),
    ]
