"""court_bd's three dossiers (贵州省遵义市汇川区人民法院执行局): a rebar supplier enforces a 遵义中院 二审 judgment on a
建设工程分包 debt, the builder's account at 遵义农商行 debited; a 遵义仲裁委员会 award on a restaurant's unpaid shop rent,
settled by an 执行和解 and archived; a 民间借贷 调解书 of this court, the debtor's flat found by the 不动产登记中心,
filed without the original trial's 诉讼费 receipt."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bd import LOAN_SEQ, REBAR_SEQ, RENT_SEQ

MISSING = "fee_receipt"
"""what the loan dossier lacks: the 诉讼费 receipt of the mediated trial never reached the enforcement file"""


def rebar() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def rent_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "online_inquiry_result",
                  Doc("online_inquiry_result", note="estate"))
    docs = [d for d in docs if d.code not in (MISSING, "settlement_agreement")]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def plans() -> list[Plan]:
    return [
        Plan("court_bd_01_complete_rebar_subcontract_second_instance_paid", "court_bd", "court_bd",
             "汇川法院执行遵义中院二审判决（建设工程分包合同纠纷，钢材公司诉建筑公司，驳回上诉维持原判），冻结划拨建筑公司在"
             "遵义农商行的基本户存款，执行完毕；档案数字化外包公司平板/书刺扫描：泛黄纸灰度、背面透印、页码章、订书钉孔锈迹、"
             "与原件核对无异章、铅笔红笔批注",
             "enforcement", "fully_performed", "closing", rebar(), True, seq=REBAR_SEQ),
        Plan("court_bd_02_complete_archive_arbitration_shop_rent_settled", "court_bd", "court_bd",
             "汇川法院执行遵义仲裁委员会裁决（商铺租赁合同纠纷，附裁决书生效证明），执行和解后分期付清，归档卷宗（卷宗封面、"
             "卷内目录、归档审查表、备考表）",
             "enforcement", "fully_performed", "archive", rent_archive(), True, basis_kind="arbitration", seq=RENT_SEQ),
        Plan("court_bd_03_loan_mediation_missing_fee_receipt", "court_bd", "court_bd",
             "汇川法院执行本院民间借贷民事调解书，不动产登记中心查得被执行人住房并查封，被执行人付清；原审诉讼费收据未入卷",
             "enforcement", "fully_performed", "closing", loan(), False, basis_kind="mediation", seq=LOAN_SEQ),
    ]
