"""court_bn's three dossiers (江苏省无锡市梁溪区人民法院执行局): a 印染 mill enforces a 无锡中院 二审 judgment against a
garment company, settles, is paid and the volume is archived; a logistics company enforces a 无锡仲裁委 freight award
against a yarn trader on 南长街, frozen account, paid; a 南长街 landlord's rent judgment against a tea-house keeper in
宜兴, whose letters came back refused, paid — filed without its 受理案件通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bn import DYE_SEQ, FREIGHT_SEQ, LEASE_SEQ

MISSING = "acceptance_notice"
"""what the lease dossier lacks: the 受理案件通知书 was mailed to the landlord but its file copy never went in"""


def _paid(cover: bool, award: bool = False) -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]
    if award:
        docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    if cover:
        docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
        docs = [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]
    return [Doc(d.code, d.served, "court_bn", d.note) for d in docs]


def plans() -> list[Plan]:
    lease = [d for d in _paid(False) if d.code != MISSING]
    return [
        Plan("court_bn_01_complete_archive_dyeworks_appeal_judgment_settled", "court_bn", "court_bn",
             "梁溪法院执行无锡中院二审判决（印染厂诉服饰公司货款，驳回上诉维持原判，附梁溪法院生效证明书），和解后付清，"
             "归档卷宗；邮寄送达的回证附EMS面单，邮来的纸件三折有折痕",
             "enforcement", "fully_performed", "archive", _paid(True), True, seq=DYE_SEQ),
        Plan("court_bn_02_complete_freight_arbitration_award_paid", "court_bn", "court_bn",
             "梁溪法院执行无锡仲裁委员会运输合同裁决（物流公司诉纱线贸易公司），附仲裁委生效证明，冻结银行存款后和解付清，执行完毕",
             "enforcement", "fully_performed", "closing", _paid(False, award=True), True, basis_kind="arbitration",
             seq=FREIGHT_SEQ),
        Plan("court_bn_03_nanchang_street_shop_rent_missing_acceptance_notice", "court_bn", "court_bn",
             "梁溪法院执行本院南长街商铺租金判决（房东诉宜兴籍茶馆经营者），执行通知邮寄被拒收退回（依确认地址视为送达），"
             "后付清；受理案件通知书未入卷",
             "enforcement", "fully_performed", "closing", lease, False, seq=LEASE_SEQ),
    ]
