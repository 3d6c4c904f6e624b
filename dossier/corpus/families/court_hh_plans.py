"""court_hh's three dossiers (黑龙江省哈尔滨市南岗区人民法院执行局): a 平房 insulation supplier enforces this court's
支付令 (its civil division's 生效证明书 behind it) against a small 南岗 heating contractor — the 查控 printout, three
banks' replies each on its own coloured stock, the 不动产登记中心's, the 车管所's and the 公积金中心's replies, the contractor's 哈尔滨银行 account frozen and
deducted, the money paid out, 执行完毕, archived (cover, catalogue, review form, remarks sheet); a 果戈里大街 landlord
enforces her rent judgment (this court's first instance and 哈尔滨中院's second instance) against a Russian-style
restaurant, which settles and pays in two instalments; a lender enforces this court's judgment against a 冷面 cook whose
shop closed — nothing found, 终本, but the record of the bureau's visit to the morning market never reached the file."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hh import APPEAL_SEQ, BARREN_SEQ, PAYORDER_SEQ

MISSING = "investigation_record"
"""what the 终本 dossier lacks: the officer went to the 道外 morning market to check the lender's clue and the ruling
says so, but the 调查笔录 he took there stayed in his bag and was never filed"""

REPLIES_ALL = ("q:harbin", "q:ccb", "q:longjiang", "estate", "vehicle", "fund")


def _replies(docs: list[Doc], notes: tuple[str, ...]) -> list[Doc]:
    return behind(docs, "online_inquiry_result", *[Doc("online_inquiry_result", note=n) for n in notes])


def payorder_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = _replies(docs, REPLIES_ALL)
    docs = behind(docs, "assistance_notice", Doc("online_inquiry_result", note="f:harbin"), Doc("investigation_record"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def appeal_closing() -> list[Doc]:
    return _replies(base_docs("fully_performed", "enforcement"), ("q:ccb", "estate"))


def barren_closing() -> list[Doc]:
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]
    return _replies(docs, ("q:longjiang", "estate", "vehicle", "fund"))


def plans() -> list[Plan]:
    return [
        Plan("court_hh_01_complete_archive_payment_order_heating_contractor", "court_hh", "court_hh",
             "南岗法院执行本院支付令（附民事审判庭生效证明书；平房保温材料公司诉南岗暖通安装公司货款）：律师事务所申请，三家银行查询回执（彩色纸）、"
             "不动产登记中心、车管所、公积金中心复函，冻结扣划哈尔滨银行存款后发放，执行完毕；归档卷宗（封面、卷内目录、"
             "归档复核表、备考表）；薄纸、馈纸扫描仪、冬季静电",
             "enforcement", "fully_performed", "archive", payorder_archive(), True, seq=PAYORDER_SEQ),
        Plan("court_hh_02_complete_appeal_rent_settled", "court_hh", "court_hh",
             "南岗法院执行哈尔滨中院二审民事判决（附本院一审判决；果戈里大街门市房东诉俄式西餐公司租金），执行和解，"
             "被执行人分两期付清，执行完毕结案；薄纸、馈纸扫描仪、冬季静电",
             "enforcement", "fully_performed", "closing", appeal_closing(), True, seq=APPEAL_SEQ),
        Plan("court_hh_03_cold_noodle_cook_terminated_missing_investigation_record", "court_hh", "court_hh",
             "南岗法院执行本院民间借贷判决（冷面馆关门的被执行人），查控无财产，限消、纳失，约谈后终结本次执行程序；"
             "裁定所述对申请执行人线索的实地调查，调查笔录未入卷",
             "enforcement", "terminated_this_round", "closing", barren_closing(), False, seq=BARREN_SEQ),
    ]
