"""court_jh's three dossiers (湖南省长沙市芙蓉区人民法院执行局). A 马王堆 vegetable wholesaler enforces this court's
judgment against a 五一大道 restaurant company: its 长沙银行 account is found, frozen and drawn from in full, 执行完毕, and
the volume is archived (cover and catalogue first, the civil division's 生效证明书 behind the judgment, the review form
and remarks sheet last). A 袁家岭 mall operator enforces a 长沙仲裁委员会 award against a milk-tea tenant who left: a
few yuan frozen, nothing else, 限制消费 and 失信, the lawyer heard, 终本. A 定王台 book distributor enforces this
court's mediation against a tutoring company, which settles and pays in two parts — the volume lacks the 受理案件通知书.
Each 送达回证 is filed right behind the papers it served."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_jh import BOOK_SEQ, LEASE_SEQ, VEG_SEQ

MISSING = "acceptance_notice"
"""what the book distributor's volume lacks: the window handed the 受理案件通知书 to the lawyer with the fee notice and
no copy of it was ever printed for the file; only the fee notice's 送达回证 came back"""


def _receipts_behind(docs: list[Doc]) -> list[Doc]:
    """Each 送达回证 moved right behind the last paper it served, as the bureau files them."""
    receipts = [d for d in docs if d.code == "service_receipt"]
    out = [d for d in docs if d.code != "service_receipt"]
    for r in receipts:
        out = behind(out, r.served[-1], r)
    return out


def veg_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs.append(Doc("service_receipt", served=["enforcement_ruling"]))
    body = _receipts_behind(docs)
    return [Doc("dossier_cover"), Doc("catalogue"), *body, Doc("file_review_form"), Doc("remarks_sheet")]


def lease_closing() -> list[Doc]:
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != "property_declaration_form"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return _receipts_behind(docs)


def book_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]
    docs = [Doc("service_receipt", served=["payment_notice"]) if d.served == [MISSING] else d for d in docs]
    return _receipts_behind(docs)


def plans() -> list[Plan]:
    return [
        Plan("court_jh_01_complete_archive_vegetable_judgment_account_drawn", "court_jh", "court_jh",
             "芙蓉区法院执行本院民事判决（马王堆蔬菜批发商诉五一大道餐饮公司蔬菜货款，附民事审判庭生效证明书）：查得被执行人"
             "长沙银行账户，冻结扣划全部执行款，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；窗口无碳复写联单、"
             "银行针式打印连续纸回单",
             "enforcement", "fully_performed", "archive", veg_archive(), True, seq=VEG_SEQ),
        Plan("court_jh_02_complete_lease_award_milk_tea_terminated_this_round", "court_jh", "court_jh",
             "芙蓉区法院执行长沙仲裁委员会房屋租赁裁决（附生效证明），奶茶店承租人下落不明、仅冻结小额存款，限制消费、纳入"
             "失信，调查商铺、约谈代理律师后终结本次执行程序；长沙银行点对点回执为针式打印连续纸",
             "enforcement", "terminated_this_round", "closing", lease_closing(), True, basis_kind="arbitration",
             seq=LEASE_SEQ),
        Plan("court_jh_03_book_mediation_settled_missing_acceptance_notice", "court_jh", "court_jh",
             "芙蓉区法院执行本院民事调解书（定王台图书发行公司诉教育咨询公司教辅图书货款），执行和解、分两期付清，"
             "执行完毕；卷内缺受理案件通知书",
             "enforcement", "fully_performed", "closing", book_closing(), False, basis_kind="mediation", seq=BOOK_SEQ),
    ]
