"""court_ax's three dossiers (广东省佛山市南海区人民法院执行局): an aluminium-profile trader's 货款 judgment upheld on appeal
by 佛山中院, paid by deduction from the furniture maker's bank account; a glaze supplier's 佛山仲裁委员会 award against a
西樵 ceramics company, settled in two instalments and archived; a 里水 village 经济社's rent arrears under a 人民调解协议
confirmed by 顺德法院, paid into the court's account, but the 收取案款确认书 never reached the volume."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ax import LEASE_SEQ, PROFILE_SEQ, TILE_SEQ

MISSING = "payment_account_confirmation"
"""what the defective dossier lacks: the 经济社 never filled in the window's 收取案款确认书, yet the rent was released"""

FP = "fully_performed"


def profile_docs() -> list[Doc]:
    """Paid by 扣划: no settlement; the ruling and the closing notice served too."""
    docs = [d for d in base_docs(FP, "enforcement") if d.code != "settlement_agreement"]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def tile_archive() -> list[Doc]:
    docs = behind(base_docs(FP, "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def lease_docs() -> list[Doc]:
    docs = [d for d in base_docs(FP, "enforcement") if d.code not in ("settlement_agreement", MISSING)]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def plans() -> list[Plan]:
    return [
        Plan("court_ax_01_complete_appeal_aluminium_profiles_deducted", "court_ax", "court_ax",
             "南海法院执行佛山中院二审判决（驳回上诉、维持南海法院一审铝合金型材货款判决；明体、骑缝章）：网络查控发现家具公司"
             "建行存款，裁定冻结扣划并发协助执行通知书，案款发放执行完毕；诉讼服务中心复印机自动颜色扫描（多为1-bit黑白200/300 dpi，"
             "红章页150 dpi彩色），订书钉角折起、左侧两个装订孔、偶有进纸歪斜露出黑边",
             "enforcement", FP, "closing", profile_docs(), True, seq=PROFILE_SEQ),
        Plan("court_ax_02_complete_archive_foshan_award_ceramic_glaze", "court_ax", "court_ax",
             "南海法院执行佛山仲裁委员会裁决（釉料供应商诉西樵陶瓷公司货款，附仲裁委生效证明书），执行和解分两期履行完毕，"
             "归档卷宗（卷宗封面、卷内目录、归档复核表、备考表）",
             "enforcement", FP, "archive", tile_archive(), True, basis_kind="arbitration", seq=TILE_SEQ),
        Plan("court_ax_03_shunde_confirmation_village_lease_missing_account", "court_ax", "court_ax",
             "南海法院执行顺德法院司法确认裁定（里水镇经济社与乐从家具公司集体土地厂房租赁，人民调解协议有效），被执行人将欠租"
             "交至法院执行款专户，执行完毕；卷中无申请执行人收取案款确认书",
             "enforcement", FP, "closing", lease_docs(), False, basis_kind="mediation", seq=LEASE_SEQ),
    ]
