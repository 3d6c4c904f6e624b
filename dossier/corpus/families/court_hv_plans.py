"""court_hv's three dossiers (山东省邹城市人民法院执行局, filed 2017–2019): a mining-equipment lessor enforces an award of
the 济宁仲裁委员会 against a mining-services company — deposits frozen and deducted through the online 查控 system, paid
out, 执行完毕 (the commission's 生效证明 behind the award); a driver's mate enforces this court's 工伤 judgment, upheld
by the 济宁市中级人民法院, against a logistics firm with nothing left — 限制消费, 失信, the worker heard, 终本, archived
with cover, catalogue, review form and remarks sheet; a farmer enforces this court's judgment for two years' land-
transfer rent against a planting cooperative, which pays after the enforcement notice — handed in without the
lawyer's 执业证 copy."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hv import COAL_SEQ, INJURY_SEQ, LAND_SEQ

MISSING = "lawyer_license"
"""what the farmer's dossier lacks: the 邹城 firm's lawyer brought the firm's letter and the signed 授权委托书 to the
window, but the copy of his 律师执业证 never reached the file"""


def _paid(docs: list[Doc]) -> list[Doc]:
    """Paid without a settlement: the deduction or the payment in is proved by the bank's transfer slip."""
    return [d for d in docs if d.code != "settlement_agreement"]


def coal_closing() -> list[Doc]:
    docs = behind(_paid(base_docs("fully_performed", "enforcement")), "enforcement_basis",
                  Doc("effectiveness_certificate"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def injury_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis",
                  Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def land_closing() -> list[Doc]:
    """Paid on the notice: no account was frozen, so no 协助执行通知书 went to a bank."""
    return [d for d in _paid(base_docs("fully_performed", "enforcement")) if d.code not in (MISSING, "assistance_notice")]


def plans() -> list[Plan]:
    return [
        Plan("court_hv_01_complete_coal_equipment_award_deducted", "court_hv", "court_hv",
             "邹城法院执行济宁仲裁委员会设备租赁裁决（附仲裁委生效证明）：网络查控冻结、划拨矿业服务公司存款，案款发放，"
             "执行完毕；针式打印联单、两孔装订、平板扫描",
             "enforcement", "fully_performed", "closing", coal_closing(), True, basis_kind="arbitration", seq=COAL_SEQ),
        Plan("court_hv_02_complete_archive_injury_judgment_terminated_this_round", "court_hv", "court_hv",
             "邹城法院执行本院工伤赔偿民事判决（济宁中院二审维持，附生效证明书），物流公司无财产可供执行，限制消费、纳入失信，"
             "约谈申请执行人后终本；归档卷宗（封面、卷内目录、卷宗复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", injury_archive(), True, seq=INJURY_SEQ),
        Plan("court_hv_03_land_rent_cooperative_paid_missing_lawyer_license", "court_hv", "court_hv",
             "邹城法院执行本院土地流转费民事判决（农户诉种植专业合作社，邹城律所律师代理），合作社收到执行通知后交款，"
             "执行完毕；卷内缺律师执业证复印件",
             "enforcement", "fully_performed", "closing", land_closing(), False, seq=LAND_SEQ),
    ]
