"""court_jb's three dossiers (山西省太原市杏花岭区人民法院执行局): a coal trading company enforces an award of the
太原仲裁委员会 for the price of washed coal against a 清徐 coking plant — the coke in the plant's yard seized, sold at a
network auction, the price paid out, 执行完毕 (closing stage, the commission's 生效证明 behind the award); a grocery
wholesaler enforces this court's 民事调解书 against a supermarket chain, which settles for three instalments paid straight
to the wholesaler — 执行完毕, but the 执行和解协议 never reached the file; a lender enforces this court's judgment against
a borrower and his guarantor — the guarantor's deposit deducted and paid out, 执行完毕, archived (cover and catalogue
first, the civil division's 生效证明书 behind the judgment, review form and remarks sheet last)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_jb import COKE_SEQ, LOAN_SEQ, SHELF_SEQ

MISSING = "settlement_agreement"
"""what the supermarket dossier lacks: the chain paid its three instalments straight into the wholesaler's account, so
no 案款发放 papers were made, and the 执行和解协议 that the parties signed in the bureau's 谈话室 went home with the
wholesaler's lawyer; the file holds only his 谈话笔录 saying all was received. (With a court payment voucher in the file
the checklist would take the voucher as proof of performance and the agreement could not be the one thing missing.)"""


def _paid(docs: list[Doc]) -> list[Doc]:
    """Performance proved by the court's payment papers, no settlement: the base docs without the agreement."""
    return [d for d in docs if d.code != "settlement_agreement"]


def coke_closing() -> list[Doc]:
    docs = behind(_paid(base_docs("fully_performed", "enforcement")), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("investigation_record"), Doc("enforcement_ruling", note="auction"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def shelf_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code not in (MISSING, "payment_voucher")]
    return behind(docs, "assistance_notice", Doc("interview_record"))


def loan_archive() -> list[Doc]:
    docs = behind(_paid(base_docs("fully_performed", "enforcement")), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def plans() -> list[Plan]:
    return [
        Plan("court_jb_01_complete_coal_award_coke_auctioned", "court_jb", "court_jb",
             "杏花岭法院执行太原仲裁委员会裁决（煤炭运销公司诉清徐焦化厂煤款，附仲裁委生效证明）：查封扣押厂区焦炭，网络司法"
             "拍卖，价款发放，执行完毕；硒鼓老化的激光打印机（重影、周期黑点、灰雾、缺粉淡带），窗口复印件为再生灰纸",
             "enforcement", "fully_performed", "closing", coke_closing(), True, basis_kind="arbitration", seq=COKE_SEQ),
        Plan("court_jb_02_supermarket_mediation_settled_missing_settlement_agreement", "court_jb", "court_jb",
             "杏花岭法院执行本院民事调解书（副食品批发公司诉超市连锁公司货款），执行和解分三期直接付清，执行完毕；卷内缺执行"
             "和解协议（仅有谈话笔录）",
             "enforcement", "fully_performed", "closing", shelf_closing(), False, basis_kind="mediation", seq=SHELF_SEQ),
        Plan("court_jb_03_complete_archive_loan_guarantor_deposit_deducted", "court_jb", "court_jb",
             "杏花岭法院执行本院民事判决（民间借贷，借款人及连带保证人，附民一庭生效证明书）：扣划保证人银行存款并发放，执行"
             "完毕，归档卷宗（封面、卷内目录、复核表、备考表）",
             "enforcement", "fully_performed", "archive", loan_archive(), True, seq=LOAN_SEQ),
    ]
