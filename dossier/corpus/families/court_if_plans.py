"""court_if's three dossiers (内蒙古自治区呼伦贝尔市海拉尔区人民法院执行局): a dairy farm enforces a 呼伦贝尔仲裁委员会
award for raw milk against a milk-powder plant (its deposits frozen, a settlement to pay in two instalments, both
paid and receipted by hand, 执行完毕); a herdsman enforces this court's 草场 lease judgment against a yurt-camp
operator (the camp's equipment seized by ruling, an 调查笔录 written at the camp, sold by ruling, the money paid out,
执行完毕, archived with cover, catalogue, review form and remarks sheet, the civil division's 生效证明书 behind the
judgment); a waiter enforces his injury judgment against a closed hotpot restaurant company (nothing found, 失信, the
applicant heard, 终本) — filed without the 限制消费令 itself, though its 送达回证 is there.

MISSING is consumption_restriction_order, not termination_this_round_ruling: check_plan reports a 终本 dossier
without its ruling as missing the ruling and the ruling's 送达回证 too (a receipt counts only beside the paper it
serves), so the ruling cannot be the only missing item of such a plan; the 限制消费令 can."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_if import HOTPOT_SEQ, MILK_SEQ, PASTURE_SEQ

MISSING = "consumption_restriction_order"
"""what the hotpot dossier lacks: the 限制消费令 was issued and served (its receipt, with the 失信 decision's, is
filed) but the clerk never put a copy of the order itself in the volume"""


def milk_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return behind(docs, "payment_voucher", Doc("payment_voucher", note="second"))


def pasture_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("investigation_record"), Doc("consumption_restriction_order"),
                  Doc("enforcement_ruling", note="sale"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def hotpot_closing() -> list[Doc]:
    return [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_if_01_complete_milk_award_settled_in_two_instalments", "court_if", "court_if",
             "海拉尔区法院执行呼伦贝尔仲裁委员会裁决（牧业公司诉乳品公司生鲜乳款，附仲裁委生效证明书）：冻结存款，执行和解"
             "分两期付清，手写收条两张，执行完毕；当事人手写于信笺、方格稿纸，平板扫描彩色转灰度",
             "enforcement", "fully_performed", "closing", milk_closing(), True, basis_kind="arbitration", seq=MILK_SEQ),
        Plan("court_if_02_complete_archive_pasture_lease_camp_sold", "court_if", "court_if",
             "海拉尔区法院执行本院民事判决（牧民诉蒙古包营地经营者草场租金，附生效证明书）：裁定查封、扣押营地设备，营地现场"
             "手写调查笔录，裁定变卖，案款发放，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；平板扫描彩色转灰度",
             "enforcement", "fully_performed", "archive", pasture_archive(), True, seq=PASTURE_SEQ),
        Plan("court_if_03_hotpot_injury_terminated_this_round_missing_consumption_order", "court_if", "court_if",
             "海拉尔区法院执行本院民事判决（服务员诉火锅店公司劳务受害赔偿）：查无财产，失信，约谈申请人，终结本次执行程序；"
             "卷内缺限制消费令（其送达回证在卷）",
             "enforcement", "terminated_this_round", "closing", hotpot_closing(), False, seq=HOTPOT_SEQ),
    ]
