"""court_ii's three dossiers (福建省平潭县人民法院执行局): a 南投 tea company enforces an award of the 福州仲裁委员会
against a 平潭 seafood processor through its mainland lawyer — its 變更登記表 and the 董事長's 委任狀 come from Taiwan,
notarised there and certified by the 海基會; the processor's receivable from a 福州 distributor is frozen, the
distributor replies and pays, 执行完毕 (closing); a fisherman enforces this court's judgment for his unpaid wages
against a boat owner — the boat seized on the quay, appraised and sold on the online auction platform, the price
paid out, 执行完毕, archived (cover and catalogue first, the civil division's 生效证明书 behind the judgment); a Taiwan
resident living on the island enforces this court's loan judgment against a 民宿 operator, whose account is deducted
and the money paid out — handed in without the receipt for the enforcement fee."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ii import BOAT_SEQ, STAY_SEQ, TEA_SEQ

MISSING = "fee_receipt"
"""what the 民宿 dossier lacks: the Taiwan resident paid the 申请执行费 by the QR code on the payment notice, but the
e-receipt was never printed or uploaded, and the dossier went to closing without it"""


def _paid(method_docs: list[Doc]) -> list[Doc]:
    """A case paid through the court's account: the case-money voucher is the proof of performance, no settlement."""
    return [d for d in method_docs if d.code != "settlement_agreement"]


def tea_closing() -> list[Doc]:
    docs = behind(_paid(base_docs("fully_performed", "enforcement")), "enforcement_basis", Doc("effectiveness_certificate"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def boat_archive() -> list[Doc]:
    docs = behind(_paid(base_docs("fully_performed", "enforcement")), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("investigation_record"), Doc("enforcement_ruling", note="auction"),
                  Doc("enforcement_ruling", note="confirm"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def stay_closing() -> list[Doc]:
    return [d for d in _paid(base_docs("fully_performed", "enforcement")) if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ii_01_complete_taiwan_tea_award_receivable_garnished", "court_ii", "court_ii",
             "平潭法院执行福州仲裁委员会裁决（台湾茶业公司诉平潭水产食品公司买卖合同，附仲裁委生效证明；台湾公司变更登记表、"
             "董事长委任状经台湾公证及海基会证明，大陆律师代理），冻结被执行人对福州经销商的到期债权，第三人回复并履行，"
             "执行完毕；当事人材料为手机扫描App生成的PDF，法院文书平板扫描",
             "enforcement", "fully_performed", "closing", tea_closing(), True, basis_kind="arbitration", seq=TEA_SEQ),
        Plan("court_ii_02_complete_archive_crew_wages_boat_auctioned", "court_ii", "court_ii",
             "平潭法院执行本院民事判决（渔民诉船东追索劳务报酬，附生效证明书），扣押渔船、评估后网络司法拍卖，价款发放，"
             "执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；当事人材料为手机扫描App生成的PDF",
             "enforcement", "fully_performed", "archive", boat_archive(), True, seq=BOAT_SEQ),
        Plan("court_ii_03_taiwan_resident_loan_deducted_missing_fee_receipt", "court_ii", "court_ii",
             "平潭法院执行本院民间借贷判决（台湾居民凭台胞证、居住证申请执行民宿经营者），扣划银行存款后发放；"
             "卷内缺申请执行费票据",
             "enforcement", "fully_performed", "closing", stay_closing(), False, seq=STAY_SEQ),
    ]
