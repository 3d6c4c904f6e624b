"""court_ai's three dossiers (东莞市第一人民法院, through the 卷宗管理中心's worn document feeder): two complete (a 五金厂's
东莞仲裁委员会 award against a Hong Kong-invested trading company, its 东莞农商银行 account frozen and the debt paid
under a settlement, at closing; a 模具厂's 东莞中院 二审 judgment against an 电子厂, 终本 and archived) and one
defective (a worker's 劳动人事争议仲裁院 调解书 for wages against an 电子厂 whose boss has gone, 终本, handed in for
closing without the 生效证明 of the 调解书)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ai import APPEAL_SEQ, AWARD_SEQ, LABOUR_SEQ

MISSING = "effectiveness_certificate"
"""what the defective dossier lacks: the workers' lawyer filed the 劳动仲裁调解书 without its 生效证明"""


def award_paid() -> list[Doc]:
    """裁决 + 生效证明 → 冻结东莞农商银行账户 → 限消 → 仓库调查 → 和解 → 划拨, Alipay-era 发放 → 执行完毕."""
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"), Doc("investigation_record"))
    return [*docs, Doc("service_receipt", served=["payment_notice"]), Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["consumption_restriction_order"]), Doc("service_receipt", served=["closing_notice"])]


def appeal_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def labour_without_certificate() -> list[Doc]:
    """调解书 without its 生效证明; the boss gone: two visits to the closed factory, a second 查控 round before 终本."""
    docs = base_docs("terminated_this_round", "enforcement")
    docs = behind(docs, "investigation_record", Doc("investigation_record"), Doc("online_inquiry_result"))
    return [*docs, Doc("service_receipt", served=["payment_notice"]), Doc("service_receipt", served=["summons"])]


def plans() -> list[Plan]:
    return [
        Plan("court_ai_01_complete_award_hardware_factory_hk_trader_paid", "court_ai", "court_ai",
             "东莞一院执行东莞仲裁委员会货款裁决（五金厂诉港资贸易公司），冻结东莞农商银行账户、和解后划拨履行完毕的完整卷宗"
             "（集约送达：条码贴、EMS批量送达回证；自动进纸扫描：走纸拉伸压缩、打滑拖影、梯形歪斜、折角，彩色页去底色）",
             "enforcement", "fully_performed", "closing", award_paid(), True, basis_kind="arbitration", seq=AWARD_SEQ),
        Plan("court_ai_02_complete_archive_appeal_mould_factory_round", "court_ai", "court_ai",
             "东莞一院执行东莞中院二审货款判决（模具厂诉电子厂，附一审法院生效证明书），查封已抵押房产、总对总查控，终结本次执行"
             "程序后归档的卷宗（封面、卷内目录、卷宗复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", appeal_archive(), True, seq=APPEAL_SEQ),
        Plan("court_ai_03_labour_mediation_wages_missing_certificate", "court_ai", "court_ai",
             "东莞一院执行劳动人事争议仲裁院工资调解书（员工诉老板下落不明的电子厂）的终本卷宗，缺调解书生效证明",
             "enforcement", "terminated_this_round", "closing", labour_without_certificate(), False,
             basis_kind="arbitration", seq=LABOUR_SEQ),
    ]
