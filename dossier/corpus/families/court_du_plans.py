"""court_du's three dossiers (河北省秦皇岛市海港区人民法院执行局): a 港口物流 company's 秦皇岛中院 二审 judgment (港口作业费,
堆存费) against a freight forwarder — account frozen, settled and paid, archived; a 水产冷链 wholesaler's 秦皇岛仲裁委员会
award against a closed seaside restaurant company — nothing found, 终本; a flat buyer's 北戴河区法院 judgment for
逾期交房违约金 against a developer — settled and paid, handed in without the 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_du import FLAT_SEQ, PORT_SEQ, SEAFOOD_SEQ

MISSING = "service_address_confirmation"
"""what the defective flat-buyer dossier lacks: the buyer came to the window alone with the lawyer's papers and never
filled the 送达地址确认书, so the checklist's form is not in the volume"""


def port_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def seafood_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def flat_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_du_01_complete_archive_port_fees_appeal_paid", "court_du", "court_du",
             "海港法院执行秦皇岛中院二审判决（港口作业合同，港口物流公司诉国际货运代理公司，附本院一审生效证明书）：冻结存款后"
             "和解付清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；旧复印机复印后扫描，判决、和解协议、交易明细缩印两页一张",
             "enforcement", "fully_performed", "archive", port_archive(), True, seq=PORT_SEQ),
        Plan("court_du_02_complete_seafood_award_terminated_this_round", "court_du", "court_du",
             "海港法院执行秦皇岛仲裁委员会裁决（冷冻水产品供货合同，水产冷链公司诉北戴河海鲜餐饮公司），餐厅停业无财产，限制消费、"
             "纳入失信，约谈申请人后终结本次执行程序（附仲裁委送达及生效证明）；旧复印机复印后扫描，裁决书缩印两页一张",
             "enforcement", "terminated_this_round", "closing", seafood_closing(), True, basis_kind="arbitration",
             seq=SEAFOOD_SEQ),
        Plan("court_du_03_flat_delay_penalty_settled_missing_address_confirmation", "court_du", "court_du",
             "海港法院执行北戴河区法院判决（商品房预售合同逾期交房违约金，购房人诉开发商，附生效证明书），和解后履行完毕；"
             "卷内缺送达地址确认书；旧复印机复印后扫描，判决、和解协议、交易明细缩印",
             "enforcement", "fully_performed", "closing", flat_closing(), False, seq=FLAT_SEQ),
    ]
