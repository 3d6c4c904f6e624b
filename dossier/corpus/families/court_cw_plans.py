"""court_cw's three dossiers (山东省淄博市张店区人民法院执行局): a 陶瓷 works' 淄博中院 二审 judgment on a ceramics supply
contract against a building-materials trader (its receivable from a decoration company frozen, the third party's reply,
paid in, the rest settled, archived); an equipment-leasing company's 淄博仲裁委员会 award for the rent of a chemical
plant's reactors (nothing found, 限制消费 and 失信, the applicant heard, 终本); a property company's own-court 民事调解书
for 物业费 against a shop owner who settles and pays — filed without the law firm's 所函."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cw import CERAMIC_SEQ, ESTATE_SEQ, LEASE_SEQ

MISSING = "law_firm_letter"
"""what the defective 物业 dossier lacks: the lawyer uploaded the 授权委托书 and her 执业证 through 网上立案 but never the
律师事务所函, and nobody asked for it before the case closed"""


def ceramic_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def lease_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def estate_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_cw_01_complete_archive_ceramics_appeal_receivable_frozen_paid", "court_cw", "court_cw",
             "张店法院执行淄博中院二审判决（陶瓷产品购销合同，陶瓷公司诉建材商贸公司，附一审法院生效证明书）：冻结被执行人对"
             "装饰公司的到期应收货款（协助执行通知书及第三人回复函），第三人交款、余款和解付清，执行完毕，归档卷宗；"
             "网页打印件（电子送达、网上立案、公示系统、电子票据、网银回单）经复印机扫描",
             "enforcement", "fully_performed", "archive", ceramic_archive(), True, seq=CERAMIC_SEQ),
        Plan("court_cw_02_complete_chemical_equipment_lease_award_terminated_this_round", "court_cw", "court_cw",
             "张店法院执行淄博仲裁委员会裁决（化工设备租赁合同，附生效证明），化工厂关停无财产可供执行，限制消费、纳入失信，约谈申请执行人"
             "后终结本次执行程序；网页打印件经复印机扫描",
             "enforcement", "terminated_this_round", "closing", lease_closing(), True, basis_kind="arbitration",
             seq=LEASE_SEQ),
        Plan("court_cw_03_own_mediation_property_fee_missing_law_firm_letter", "court_cw", "court_cw",
             "张店法院执行本院民事调解书（物业服务合同纠纷，物业公司诉商铺业主），执行和解后履行完毕；卷内缺律师事务所函",
             "enforcement", "fully_performed", "closing", estate_closing(), False, basis_kind="mediation", seq=ESTATE_SEQ),
    ]
