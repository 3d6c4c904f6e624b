"""court_ak's three dossiers, scanned in the 档案室 on an ageing flatbed whose lamp is failing: two complete (a 北京铁路
运输中级法院 二审 judgment on 铁路货物运输合同 运费 for a logistics company against a coal trader, the freight waybills
attached, paid by 划拨 and a settlement, at closing; a 劳动人事争议仲裁 award for a railway construction subcontractor's
worker against the 劳务 company, its claim on the 工务段 frozen, 终本, archived) and one defective (a 执恢 of this court's
own judgment on damaged steel coils, resumed on a vehicle the 车管所 found, paid; the earlier 终本 ruling was never pulled
from the old volume into the new one)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ak import FREIGHT_SEQ, RESUME_SEQ, WAGE_SEQ

MISSING = "termination_this_round_ruling"
"""what the defective 执恢 dossier lacks: the earlier 终结本次执行程序 ruling the 恢复执行 rests on"""


def freight_appeal_paid() -> list[Doc]:
    """二审 judgment (with its 生效证明), the 货票/运单 copies behind the application, bank replies, 划拨, paid."""
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "enforcement_application", Doc("evidence", note="waybills"))
    docs = behind(docs, "online_inquiry_result", Doc("online_inquiry_result", note="bank"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["closing_notice"])]


def wage_award_archive() -> list[Doc]:
    """劳动人事争议仲裁 award + 生效证明, the 工务段 asked to hold the 工程款, 车管所 and 不动产 replies, 终本, archived."""
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis",
                  Doc("effectiveness_certificate"))
    docs = behind(docs, "online_inquiry_result", Doc("online_inquiry_result", note="estate"),
                  Doc("online_inquiry_result", note="vehicle"))
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="reply"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling", "assistance_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def resumption_without_old_ruling() -> list[Doc]:
    """执恢 on a vehicle the 车管所 found; the 车务段's 证明 as the new clue; paid; the old 终本 ruling missing."""
    docs = [d for d in base_docs("fully_performed", "resumption") if d.code != MISSING]
    docs = behind(docs, "resumption_application", Doc("evidence", note="station"))
    docs = behind(docs, "online_inquiry_result", Doc("online_inquiry_result", note="vehicle"),
                  Doc("online_inquiry_result", note="bank"))
    return [*docs, Doc("service_receipt", served=["resumption_ruling", "resumption_notice"])]


def plans() -> list[Plan]:
    return [
        Plan(
            "court_ak_01_complete_freight_appeal_judgment_paid",
            "court_ak", "court_ak",
            "石家庄铁路运输法院执行北京铁路运输中级法院二审铁路货物运输合同（运费）判决（附生效证明书；铁路货票、运单复印件附于"
            "申请书后），冻结划拨煤炭贸易公司存款、和解后履行完毕的完整卷宗（档案室老平板扫描仪，灯管老化：亮度向一侧衰减、"
            "偏粉/偏绿、横向灯带、偶有重影行；200/300 dpi 灰度与彩色混合，JPEG q40–70，个别页倒置或横置）",
            "enforcement", "fully_performed", "closing", freight_appeal_paid(), True, seq=FREIGHT_SEQ,
        ),
        Plan(
            "court_ak_02_complete_archive_wage_award_round",
            "court_ak", "court_ak",
            "石家庄铁路运输法院执行劳动人事争议仲裁裁决（铁路工程劳务分包工资，附生效证明），协助冻结工务段应付工程款，"
            "不动产登记中心、车管所回复，终结本次执行程序后归档（卷宗封面、卷内目录、卷宗复核表、备考表）；同一台老化扫描仪",
            "enforcement", "terminated_this_round", "archive", wage_award_archive(), True, basis_kind="arbitration",
            seq=WAGE_SEQ,
        ),
        Plan(
            "court_ak_03_resumption_missing_old_round_ruling",
            "court_ak", "court_ak",
            "石家庄铁路运输法院本院铁路货物运输合同（钢卷货损）判决的恢复执行卷宗：车务段证明、车管所查询回复为新线索，"
            "执行完毕；原终结本次执行程序裁定书未从原卷调入新卷",
            "resumption", "fully_performed", "closing", resumption_without_old_ruling(), False, seq=RESUME_SEQ,
        ),
    ]
