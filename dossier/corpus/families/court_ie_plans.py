"""court_ie's three dossiers (黑龙江省黑河市爱辉区人民法院执行局): a 边贸 timber importer enforces this court's judgment
for Russian larch against a wood-processing plant — the plant's receivable from a furniture maker frozen, the maker's
回执 behind the assistance notice, the money paid in and paid out, 执行完毕 (the Russian supplier's contract page with
its Chinese translation among the application's evidence); a 嫩江 soybean cooperative enforces 黑河中院's appeal
judgment against a grain trader who has gone — 查控 finds nothing, the village committee and 派出所 certify him
missing, 限制消费, 失信, the cooperative heard, 终本, archived; a tour bus driver enforces his wage judgment against a
cross-border travel agency, its account deducted and the money paid out — filed without his 授权委托书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ie import BUS_SEQ, SOY_SEQ, TIMBER_SEQ

MISSING = "power_of_attorney"
"""what the bus driver's dossier lacks: the 黑河 lawyer handed in the firm's letter and his licence copy, the driver's
signed 授权委托书 stayed in the lawyer's own file and nobody at the window asked for it"""


def _paid(docs: list[Doc]) -> list[Doc]:
    """Paid by deduction, not by a settlement: no 和解协议 in the file."""
    return [d for d in docs if d.code != "settlement_agreement"]


def timber_closing() -> list[Doc]:
    return behind(_paid(base_docs("fully_performed", "enforcement")), "enforcement_basis", Doc("evidence"))


def soy_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "investigation_record", Doc("whereabouts_unknown_proof"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def bus_closing() -> list[Doc]:
    return [d for d in _paid(base_docs("fully_performed", "enforcement")) if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ie_01_complete_timber_receivable_garnished_paid", "court_ie", "court_ie",
             "爱辉法院执行本院民事判决（边贸公司诉木业加工厂俄罗斯落叶松货款）：冻结被执行人对家具厂的到期债权，协助执行通知书"
             "及第三人回执，款项交至法院后发放，执行完毕；证据中附俄方供货合同俄文页及中文译文；当事人材料为多次复印件",
             "enforcement", "fully_performed", "closing", timber_closing(), True, seq=TIMBER_SEQ),
        Plan("court_ie_02_complete_archive_soybean_appeal_trader_gone_terminated_this_round", "court_ie", "court_ie",
             "爱辉法院执行黑河中院二审民事判决（大豆合作社诉粮商，驳回上诉维持原判，附一审法院生效证明书）：网络查控无财产，"
             "村委会、派出所出具下落不明证明，限制消费、纳入失信，约谈申请人后终结本次执行程序，归档卷宗",
             "enforcement", "terminated_this_round", "archive", soy_archive(), True, seq=SOY_SEQ),
        Plan("court_ie_03_tour_bus_driver_wages_deducted_missing_power_of_attorney", "court_ie", "court_ie",
             "爱辉法院执行本院劳动争议判决（旅游大巴司机诉跨境旅行社欠薪），扣划旅行社账户存款后发放，执行完毕；"
             "黑河律师代理（所函、执业证复印件在卷），卷内缺授权委托书",
             "enforcement", "fully_performed", "closing", bus_closing(), False, seq=BUS_SEQ),
    ]
