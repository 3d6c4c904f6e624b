"""court_gs's three dossiers (广西壮族自治区钦州市钦南区人民法院执行局), each enforcing this court's judgment for the price
of frozen shrimp that the 钦州市中级人民法院 upheld on appeal (both judgments filed as the basis, the civil tribunal's
生效证明书 behind them). An importer of 南美白对虾 against a cold-chain wholesaler: the account frozen and part deducted
(the bank's 回执), the refrigerated truck seized (the 车管所's 回执), a settlement for the rest, paid in two
instalments — 执行完毕, archived with cover, catalogue, review form and remarks sheet. A seafood processor against a
保税港区 supply-chain company: a few thousand deducted, the truck seized on the register but never found, the cold store
taken back — 限制消费, 失信, the applicant's lawyer heard, 终本. A 黑虎虾 trader against a frozen-food wholesaler:
deduction, truck seized, settlement, paid — handed in without the power of attorney its legal representative signed."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gs import COLDSTORE_SEQ, PRAWN_SEQ, TIGER_SEQ

MISSING = "power_of_attorney"
"""what the 黑虎虾 trader's dossier lacks: the lawyer filed the firm's letter and his licence copy, but the power of
attorney the company's legal representative had signed stayed in the firm's file and never reached the volume"""


def _measures(docs: list[Doc]) -> list[Doc]:
    """The truck's seizure ruling and the notice to the vehicle registry, filed behind the bank's."""
    return behind(docs, "assistance_notice", Doc("enforcement_ruling", note="vehicle"),
                  Doc("assistance_notice", note="vehicle"))


def prawn_archive() -> list[Doc]:
    docs = _measures(behind(base_docs("fully_performed", "enforcement"), "enforcement_basis",
                            Doc("effectiveness_certificate")))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def coldstore_closing() -> list[Doc]:
    return _measures(behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis",
                            Doc("effectiveness_certificate")))


def tiger_closing() -> list[Doc]:
    docs = _measures(behind(base_docs("fully_performed", "enforcement"), "enforcement_basis",
                            Doc("effectiveness_certificate")))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_gs_01_complete_archive_frozen_prawn_appeal_paid", "court_gs", "court_gs",
             "钦南法院执行本院一审、钦州中院二审维持的买卖合同判决（冻南美白对虾货款，附生效证明书）：冻结扣划存款、扣押"
             "冷藏车，执行和解后分期付清，执行完毕，归档卷宗（封面、卷内目录、归档复核表、备考表）；潮湿仓库存放后高拍仪翻拍",
             "enforcement", "fully_performed", "archive", prawn_archive(), True, seq=PRAWN_SEQ),
        Plan("court_gs_02_complete_cold_store_closed_terminated_this_round", "court_gs", "court_gs",
             "钦南法院执行二审维持的冻虾仁货款判决：扣划少量存款，冷藏车查封登记未能控制，被执行人停业，限制消费、纳入"
             "失信，约谈申请执行人代理人后终结本次执行程序；潮湿仓库存放后高拍仪翻拍",
             "enforcement", "terminated_this_round", "closing", coldstore_closing(), True, seq=COLDSTORE_SEQ),
        Plan("court_gs_03_tiger_prawn_settled_missing_power_of_attorney", "court_gs", "court_gs",
             "钦南法院执行二审维持的冻黑虎虾货款判决：扣划存款、扣押冷藏车、执行和解后付清；卷内缺法定代表人签署的授权"
             "委托书",
             "enforcement", "fully_performed", "closing", tiger_closing(), False, seq=TIGER_SEQ),
    ]
