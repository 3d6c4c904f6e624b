"""court_hi's three dossiers (湖北省襄阳市襄城区人民法院执行局): building workers enforce a 襄城区劳动人事争议仲裁委员会
wage award together against their labour subcontractor — the window's forms filled by their own hands, thumbprints
over their names; the general contractor pays the withheld subcontract money in, each worker signs for his wages,
执行完毕. A farm-machinery dealer enforces a 卧龙人民法庭 mediation for a maize harvester bought on credit; the grower
reports his property by hand — nothing to take; 限制消费, 失信, the dealer heard, 终本, bound as an archive volume.
A beef wholesaler enforces this court's judgment against a 牛肉面 company, which settles and pays; he withdraws and the
case is terminated (终结执行) — handed in without the wholesaler's 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hi import BEEF_SEQ, LOAN_SEQ, WAGE_SEQ

MISSING = "service_address_confirmation"
"""what the beef wholesaler's dossier lacks: his lawyer filed the typed application at the window and took the
address form home to fill in; it never came back"""


def wage_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def harvester_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def beef_closing() -> list[Doc]:
    docs = behind(base_docs("terminated", "enforcement"), "assistance_notice", Doc("settlement_agreement"), Doc("evidence"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_hi_01_complete_workers_wage_award_fully_performed", "court_hi", "court_hi",
             "襄城法院执行襄城区劳动人事争议仲裁委员会欠薪仲裁裁决（附生效证明）：四五名建筑工人共同申请，手写申请书、财产线索表、"
             "送达地址确认书、收款账户确认书（涂改、按手印）；总包单位协助扣留劳务分包工程款交至法院，逐人发放并签收，执行完毕；"
             "窗口高拍仪拍摄手写表格和小票据，执行局平板扫描仪扫描打印件",
             "enforcement", "fully_performed", "closing", wage_closing(), True, basis_kind="arbitration", seq=WAGE_SEQ),
        Plan("court_hi_02_complete_archive_tribunal_mediation_terminated_this_round", "court_hi", "court_hi",
             "襄城法院执行本院卧龙人民法庭民事调解书（收割机购机余款，附法庭生效证明书）：被执行人手写财产申报表，收割机已转卖，"
             "网络查控、实地调查无财产，限制消费、纳入失信，约谈申请人后终结本次执行程序；归档卷宗（封面、卷内目录、复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", harvester_archive(), True, basis_kind="mediation",
             seq=LOAN_SEQ),
        Plan("court_hi_03_beef_judgment_settled_terminated_missing_address_confirmation", "court_hi", "court_hi",
             "襄城法院执行本院民事判决（牛肉批发部诉牛肉面餐饮公司货款）：双方和解并付清，申请人书面撤回申请（附转账凭证），裁定终结执行；"
             "卷内缺申请执行人的送达地址确认书",
             "enforcement", "terminated", "closing", beef_closing(), False, seq=BEEF_SEQ),
    ]
