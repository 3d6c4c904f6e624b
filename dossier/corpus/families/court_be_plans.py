"""court_be's three dossiers (甘肃省兰州市城关区人民法院执行局): a 牛肉面 brand company enforces its 兰州仲裁委员会
award for a franchisee's unpaid 加盟费, paid by a 划拨 from the franchisee's bank and archived; a 张掖路 shop owner
enforces a rent judgment upheld on appeal by 兰州中院, the tenant's car found by the 车管所 and the case settled in
two instalments; a delivery cook enforces this court's 劳动争议 调解书 against a 雁滩 餐饮 supplier, paid by a 划拨 —
handed in without its 受理案件通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_be import BEEF_SEQ, LEASE_SEQ, WAGE_SEQ

MISSING = "acceptance_notice"
"""what the defective wage dossier lacks: the 受理案件通知书 went out by 电子送达 and was never printed into it"""


def _paid(settled: bool) -> list[Doc]:
    """An enforcement paid in full: by 和解 and the applicant's 收条, or by a 划拨 and the bank's 回单."""
    docs = base_docs("fully_performed", "enforcement")
    if not settled:
        docs = [d for d in docs if d.code != "settlement_agreement"]
    else:
        docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="reply"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["closing_notice"])]


def beef_archive() -> list[Doc]:
    docs = behind(_paid(False), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def plans() -> list[Plan]:
    return [
        Plan("court_be_01_complete_archive_beef_noodle_franchise_award", "court_be", "court_be",
             "城关法院执行兰州仲裁委员会特许经营合同纠纷裁决（牛肉面品牌公司诉加盟店主欠付加盟费、品牌管理费），附仲裁委"
             "生效证明书；网上立案材料为手机扫描App增强图与压缩PDF，本院文书ADF扫描；扣划被执行人银行存款，兰州银行电子回单"
             "发放案款，执行完毕并归档（卷宗封面、卷内目录、归档复核表、备考表）",
             "enforcement", "fully_performed", "archive", beef_archive(), True, basis_kind="arbitration",
             seq=BEEF_SEQ),
        Plan("court_be_02_complete_shop_lease_appeal_settled_in_instalments", "court_be", "court_be",
             "城关法院执行兰州中院二审维持的房屋租赁合同纠纷判决（张掖路商铺租金），网络查控经车管所查得被执行餐饮公司车辆"
             "并查封，双方达成分两期付款的执行和解协议，申请人出具收条，执行完毕",
             "enforcement", "fully_performed", "closing", _paid(True), True, basis_kind="judgment", seq=LEASE_SEQ),
        Plan("court_be_03_labour_mediation_missing_acceptance_notice", "court_be", "court_be",
             "城关法院执行本院劳动争议民事调解书（配送公司拖欠帮厨工资及经济补偿金），扣划被执行人兰州银行存款，执行完毕；"
             "受理案件通知书经移动微法院电子送达后未打印入卷",
             "enforcement", "fully_performed", "closing", [d for d in _paid(False) if d.code != MISSING], False,
             basis_kind="mediation", seq=WAGE_SEQ),
    ]
