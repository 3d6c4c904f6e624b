"""court_cz's three dossiers (江苏省徐州市云龙区人民法院执行局): a 工程机械 dealer's 徐州仲裁委员会 award on an excavator sold
on instalments — the machine seized on a road site, appraised and handed back by a 以物抵债 ruling, the rest paid, closed
执行完毕 and archived; a logistics worker's 劳动争议 judgment of the court's own 民事审判庭 (unpaid wages and 工伤 benefits) —
the company's account frozen and deducted, the rest paid in three instalments under a 执行和解协议, closed; a stone
supplier's 徐州中院 二审 judgment against a muck-haulage company with nothing left, 失信, the site visited, the lawyer heard,
终本 — handed in without the 限制消费令 the checklist requires before a 终本."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cz import DIG_SEQ, HAUL_SEQ, WAGE_SEQ

MISSING = "consumption_restriction_order"
"""what the defective haulage dossier lacks: the bureau put the company on the 失信 list but never issued the 限制消费令
(nor served it), so the 终本 was closed without the order the checklist requires"""


def dig_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="car"))
    docs = behind(docs, "settlement_agreement", Doc("enforcement_ruling", note="offset"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def wage_closing() -> list[Doc]:
    return behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def haul_closing() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    out: list[Doc] = []
    for d in docs:
        if d.code == MISSING:
            continue
        if d.code == "service_receipt" and MISSING in d.served:
            d = Doc("service_receipt", served=[x for x in d.served if x != MISSING])
        out.append(d)
    return out


def plans() -> list[Plan]:
    return [
        Plan("court_cz_01_complete_archive_excavator_award_offset_paid", "court_cz", "court_cz",
             "云龙法院执行徐州仲裁委员会裁决（挖掘机分期付款买卖，附裁决书生效证明）：扣押挖掘机，评估后裁定以物抵债交付申请人，"
             "余款付清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；律师微信发来的长截图打印件与局内平板扫描件",
             "enforcement", "fully_performed", "archive", dig_archive(), True, basis_kind="arbitration", seq=DIG_SEQ),
        Plan("court_cz_02_complete_labour_wages_injury_settlement_instalments", "court_cz", "court_cz",
             "云龙法院执行本院劳动争议民事判决（物流公司拖欠司机工资及工伤待遇，附生效证明书）：冻结扣划存款，余款按执行和解"
             "协议分三期付清，执行完毕；长截图打印件与平板扫描件",
             "enforcement", "fully_performed", "closing", wage_closing(), True, seq=WAGE_SEQ),
        Plan("court_cz_03_haulage_appeal_terminated_missing_consumption_restriction", "court_cz", "court_cz",
             "云龙法院执行徐州中院二审判决（石料买卖，渣土运输公司无财产，附生效证明书）：纳入失信、实地调查、约谈申请人后终结"
             "本次执行程序；卷内缺限制消费令",
             "enforcement", "terminated_this_round", "closing", haul_closing(), False, seq=HAUL_SEQ),
    ]
