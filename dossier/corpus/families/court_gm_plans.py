"""court_gm's three dossiers (河南省漯河市源汇区人民法院执行局): a rural commercial bank enforces this court's loan judgment
against a meat-processing company and its guarantor — the factory's land and buildings sealed up (assistance notices to
the 不动产登记中心 and a bank, each with its reply), a fine on the company's head for tearing the seal notices down, the
factory sold at auction and the guarantor settling the rest, 执行完毕, archived with cover, catalogue, review form and
remarks sheet; a 辣条 wholesaler enforces a mediated goods debt against a market shop owner with nothing left (限制消费,
失信, the wholesaler heard, 终本); a van dealer enforces its judgment for a delivery van's unpaid price against a
logistics sole trader, who pays once the van is taken — handed in without the dealer's 收取案款确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gm import PORK_SEQ, SPICY_SEQ, VAN_SEQ

MISSING = "payment_account_confirmation"
"""what the van dealer's dossier lacks: its lawyer filed the application, the judgment and the address form but the
dealer's 申请执行人收取案款确认书 was never signed, and the money went out on the account named in the settlement"""


def pork_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="bank"), Doc("fine_decision"),
                  Doc("enforcement_ruling", note="auction"))
    docs += [Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["fine_decision"]),
             Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def spicy_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def van_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def plans() -> list[Plan]:
    return [
        Plan("court_gm_01_complete_archive_bank_loan_meat_factory_auctioned", "court_gm", "court_gm",
             "源汇法院执行本院金融借款判决（农商银行诉肉类食品公司及保证人，附生效证明书）：查封厂区土地厂房（协助执行通知书"
             "及不动产登记中心、银行回执），撕毁封条被罚款，网络拍卖后保证人和解付清余款，执行完毕，归档卷宗（封面、卷内目录、"
             "复核表、备考表）；办案桌上的工作卷连同便利贴、签字标签、夹子、文件处理笺一起扫描",
             "enforcement", "fully_performed", "archive", pork_archive(), True, obstruction=True, seq=PORK_SEQ),
        Plan("court_gm_02_complete_spicy_snack_mediation_terminated_this_round", "court_gm", "court_gm",
             "源汇法院执行本院民事调解书（辣条批发公司诉市场零食批发部经营者货款），查控、实地调查无财产，限制消费、纳入失信，"
             "约谈申请执行人后终结本次执行程序；便利贴、签字标签、夹子随卷扫描",
             "enforcement", "terminated_this_round", "closing", spicy_closing(), True, basis_kind="mediation",
             seq=SPICY_SEQ),
        Plan("court_gm_03_delivery_van_judgment_missing_payment_account_confirmation", "court_gm", "court_gm",
             "源汇法院执行本院买卖合同判决（汽车销售公司诉物流配送部经营者购车余款），扣押厢式货车后和解付清；卷内缺申请执行人"
             "收取案款确认书",
             "enforcement", "fully_performed", "closing", van_closing(), False, seq=VAN_SEQ),
    ]
