"""court_de's three dossiers (内蒙古自治区包头市昆都仑区人民法院执行局): a pedestrian hurt by a logistics company's lorry
enforces 包头中院's 二审 judgment (the insurer pays its share on the bureau's 协助执行通知书, the company pays the rest
under a settlement; 执行完毕, archived in archive order); a lender enforces this court's 民事调解书 against a borrower
whose shop has closed (nothing found, 限制消费 and 失信, the lender heard, 终本); a steel-works fitter enforces his
wage judgment against a labour-service company, settles and withdraws (终结执行) — handed in without his legal-aid
lawyer's 执业证 copy."""

from __future__ import annotations

import random
from importlib import import_module

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.content import CaseCtx
from dossier.corpus.families.court_de import LOAN_SEQ, TRAFFIC_SEQ, WAGE_SEQ

MISSING = "lawyer_license"
"""what the defective wage dossier lacks: the legal-aid lawyer's 执业证 copy was never filed with his letter and the
worker's 授权委托书"""

TITLES = {
    "enforcement_application": "执行申请书", "enforcement_basis": "民事判决书", "effectiveness_certificate": "生效证明书",
    "property_clue_form": "财产线索表", "fee_receipt": "诉讼费收据", "identity_proof": "身份证明",
    "power_of_attorney": "授权委托书", "law_firm_letter": "律师事务所函", "lawyer_license": "律师执业证复印件",
    "payment_account_confirmation": "收取执行款确认书", "service_address_confirmation": "送达地址确认书",
    "acceptance_notice": "受理案件通知书", "payment_notice": "缴款通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "property_declaration_form": "财产申报表", "online_inquiry_result": "网络查控结果",
    "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书", "evidence": "保险公司复函",
    "settlement_agreement": "执行和解协议", "payment_voucher": "案款发放回单", "closing_notice": "结案通知书",
    "closing_approval_form": "结案审批表", "service_receipt": "送达回证", "file_review_form": "卷宗复核表",
}


def traffic_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("evidence"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def wage_closing() -> list[Doc]:
    docs = behind(base_docs("terminated", "enforcement"), "assistance_notice", Doc("evidence"))
    return [d for d in docs if d.code != MISSING]


def catalogue_entries(c: CaseCtx) -> list[tuple[str, str]]:
    """The archived volume's numbered papers (cover, catalogue and 备考表 carry no page number) and how many pages
    each runs to."""
    render = import_module("dossier.corpus.families.court_de").render
    out: list[tuple[str, str]] = []
    for d in traffic_archive():
        if d.code in ("dossier_cover", "catalogue", "remarks_sheet"):
            continue
        n = len(render(d.code, c, random.Random(0), d.drawn_with))
        out.append((TITLES[d.code], str(n)))
    return out


def plans() -> list[Plan]:
    return [
        Plan("court_de_01_complete_archive_traffic_appeal_insurer_paid", "court_de", "court_de",
             "昆都仑法院执行包头中院二审判决（机动车交通事故责任纠纷，附一审法院生效证明书）：保险公司按协助执行通知书支付理赔款"
             "并复函，物流公司和解付清余款，银行回单发放，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；老式黑白扫描仪",
             "enforcement", "fully_performed", "archive", traffic_archive(), True, seq=TRAFFIC_SEQ),
        Plan("court_de_02_complete_loan_mediation_terminated_this_round", "court_de", "court_de",
             "昆都仑法院执行本院民间借贷民事调解书，被执行人店铺歇业无财产，实地调查、限制消费、纳入失信，约谈申请执行人后"
             "终结本次执行程序；老式黑白扫描仪",
             "enforcement", "terminated_this_round", "closing", loan_closing(), True, basis_kind="mediation", seq=LOAN_SEQ),
        Plan("court_de_03_wage_judgment_withdrawn_terminated_missing_lawyer_license", "court_de", "court_de",
             "昆都仑法院执行本院劳动争议判决（拖欠工资），工人手填执行申请书、户口簿复印件（手机翻拍），和解付款后撤回申请，"
             "终结执行；卷内缺法律援助律师执业证复印件",
             "enforcement", "terminated", "closing", wage_closing(), False, seq=WAGE_SEQ),
    ]
