"""court_at's three dossiers (河南省洛阳市涧西区人民法院执行局): a bearing maker enforces the 洛阳中院 二审 judgment
(the 涧西 一审 judgment printed 二合一 behind it) against a tractor plant, whose account is frozen and debited; a steel
trader's 洛阳仲裁委员会 award against a mining-machinery parts maker, paid into the court account and archived; a
foundry worker's 劳务费 judgment settled and paid in two instalments, handed in without any party's identity papers."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_at import BEARING_SEQ, LABOUR_SEQ, STEEL_SEQ

MISSING = "identity_proof"
"""what the 劳务 dossier lacks: neither the worker's ID card copy nor the workshop's licence copy was handed in"""


def _paid(docs: list[Doc]) -> list[Doc]:
    """Paid without a settlement: the ruling and closing notice are served too."""
    docs = [d for d in docs if d.code != "settlement_agreement"]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def bearing() -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    return _paid(behind(docs, "enforcement_basis", Doc("enforcement_basis", note="first_instance")))


def steel_archive() -> list[Doc]:
    docs = _paid(behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate")))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def labour() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]
    return [*docs, Doc("service_receipt", served=["closing_notice"])]


def plans() -> list[Plan]:
    return [
        Plan("court_at_01_complete_bearing_supplier_appeal_judgment_account_debited", "court_at", "court_at",
             "涧西法院执行洛阳中院二审买卖合同判决（驳回上诉、维持原判；涧西法院一审判决由执行局从审判系统二合一打印附后）："
             "轴承公司对拖拉机制造企业，冻结、划拨其银行存款，协助执行通知书回执由银行盖章，案款发放后执行完毕。"
             "执行局旧激光打印机缺粉（字迹发淡、竖向白条、浓淡不匀），部分用再生纸；多功能复印机200 dpi灰度扫描",
             "enforcement", "fully_performed", "closing", bearing(), True, seq=BEARING_SEQ),
        Plan("court_at_02_complete_archive_steel_trader_arbitration_award", "court_at", "court_at",
             "涧西法院执行洛阳仲裁委员会裁决（钢材经营部经营者对矿山机械配件公司的货款，附仲裁委生效证明），被执行人收到"
             "执行通知和冻结裁定后将款交至法院专户，执行完毕并归档（卷宗封面、卷内目录、归档复核表、备考表）",
             "enforcement", "fully_performed", "archive", steel_archive(), True, basis_kind="arbitration", seq=STEEL_SEQ),
        Plan("court_at_03_labour_fee_instalments_missing_identity_proof", "court_at", "court_at",
             "涧西法院执行本院劳务合同判决（铸造车间清砂工对拖拉机配件公司，法律援助律师代理），执行和解分两期付清；"
             "申请执行人身份证复印件和被执行人营业执照复印件均未入卷",
             "enforcement", "fully_performed", "closing", labour(), False, seq=LABOUR_SEQ),
    ]
