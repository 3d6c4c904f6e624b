"""court_ix's three dossiers (陕西省西安市碑林区人民法院执行局): a 鄠邑 flour mill enforces this court's 支付令 against a
老碗面 restaurant company for unpaid flour — the company's accounts frozen nearly empty, the company and its legal
representative put under a 限制消费令, the company pays everything in, 执行完毕, archived (cover and catalogue first,
the civil division's 生效证明书 behind the 支付令, review form and remarks sheet last); a 南大街 property company
enforces this court's judgment for 物业费 and rent against a shop tenant — his deposit deducted, paid out, 执行完毕;
a private lender enforces this court's judgment against a borrower with nothing: 网络查控 empty, his rented home
visited, 限制消费 and 失信, the lender heard, 终本 — filed without the 失信 决定书 itself."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ix import FLOUR_SEQ, LOAN_SEQ, RENT_SEQ

MISSING = "dishonest_list_decision"
"""what the lender's dossier lacks: the 纳入失信被执行人名单决定书 was made and served (its 送达回证 is in the volume, and
the 终本 ruling recites it), but the decision itself was left in the undertaker's drawer when the volume was bound"""


def _without(docs: list[Doc], code: str) -> list[Doc]:
    return [d for d in docs if d.code != code]


def flour_archive() -> list[Doc]:
    docs = _without(base_docs("fully_performed", "enforcement"), "settlement_agreement")
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling", "consumption_restriction_order"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def rent_closing() -> list[Doc]:
    docs = _without(base_docs("fully_performed", "enforcement"), "settlement_agreement")
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def loan_closing() -> list[Doc]:
    return _without(base_docs("terminated_this_round", "enforcement"), MISSING)


def plans() -> list[Plan]:
    return [
        Plan("court_ix_01_complete_archive_flour_payment_order_paid", "court_ix", "court_ix",
             "碑林法院执行本院支付令（面粉公司诉老碗面餐饮公司面粉货款，附民一庭生效证明书）：冻结账户、对公司及法定代表人"
             "限制消费后被执行人全额交款，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；省墨模式打印、灰度扫描",
             "enforcement", "fully_performed", "archive", flour_archive(), True, seq=FLOUR_SEQ),
        Plan("court_ix_02_complete_property_fee_rent_deposit_deducted", "court_ix", "court_ix",
             "碑林法院执行本院民事判决（物业公司诉商铺承租人物业费、租金）：扣划承租人银行存款并发放，执行完毕；"
             "省墨模式打印、灰度扫描",
             "enforcement", "fully_performed", "closing", rent_closing(), True, seq=RENT_SEQ),
        Plan("court_ix_03_private_loan_terminated_this_round_missing_dishonest_decision", "court_ix", "court_ix",
             "碑林法院执行本院民间借贷判决：网络查控无财产、走访住所、限制消费并纳入失信、约谈申请人后终结本次执行程序；"
             "卷内缺纳入失信被执行人名单决定书（送达回证在卷）",
             "enforcement", "terminated_this_round", "closing", loan_closing(), False, seq=LOAN_SEQ),
    ]
