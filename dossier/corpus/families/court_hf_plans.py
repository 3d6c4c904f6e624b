"""court_hf's three dossiers (山西省运城市盐湖区人民法院执行局): the salt lake's tourism company enforces this court's
judgment against a travel agency that sold its tickets and kept the money — the agency's account frozen and debited,
执行完毕, archived with cover, catalogue, review form and remarks sheet (the civil division's 生效证明书 behind the
judgment, the bank's reply behind the 查控 printout); an apple cold store's owner enforces a notarised repayment
agreement (公证书 and the notary's 执行证书) against a fruit trader — nothing found, 限制消费 and 失信, the owner heard,
终本; a flat's buyer enforces this court's judgment for late-delivery penalties against the developer, which settles
and pays once two of its unsold flats are sealed — handed in without the window's 执行款收款账户确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hf import APPLE_SEQ, HOUSE_SEQ, LAKE_SEQ

MISSING = "payment_account_confirmation"
"""what the flat buyer's dossier lacks: his lawyer wrote the account for the money into the application and the
window never had him fill in and sign the 执行款收款账户确认书"""


def lake_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def apple_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def house_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_hf_01_complete_archive_salt_lake_tickets_debited", "court_hf", "court_hf",
             "盐湖法院执行本院民事判决（盐湖景区文旅公司诉旅行社代售门票款，附民事审判庭生效证明书）：冻结、扣划旅行社账户"
             "存款，执行完毕，归档卷宗（封面、卷内目录、归档检查表、备考表）；银行回单、非税票据、信笺等带底纹纸张，彩色平板扫描",
             "enforcement", "fully_performed", "archive", lake_archive(), True, seq=LAKE_SEQ),
        Plan("court_hf_02_complete_notarial_apple_cold_store_terminated_this_round", "court_hf", "court_hf",
             "盐湖法院执行禹都公证处赋予强制执行效力的债权文书公证书（附执行证书，公证防伪底纹纸）：苹果冷库经营者诉果商"
             "欠货款及冷库租金，无财产可供执行，限制消费、纳入失信，约谈申请执行人后终结本次执行程序",
             "enforcement", "terminated_this_round", "closing", apple_closing(), True, basis_kind="notarial", seq=APPLE_SEQ),
        Plan("court_hf_03_flat_buyer_late_delivery_sealed_paid_missing_account_confirmation", "court_hf", "court_hf",
             "盐湖法院执行本院民事判决（购房人诉置业公司逾期交房违约金）：查封开发商未售房屋后和解并付清，执行完毕；"
             "卷内缺执行款收款账户确认书（账户仅写在执行申请书中）",
             "enforcement", "fully_performed", "closing", house_closing(), False, seq=HOUSE_SEQ),
    ]
