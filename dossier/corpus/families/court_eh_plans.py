"""court_eh's three dossiers (广西壮族自治区北海市海城区人民法院执行局): a pearl company's own-court judgment against a
seafood trader who settles and pays (archived); a 民间借贷 lender's 北海中院 二审 judgment against a boat builder with nothing
left (限制消费, 失信, 终本); a border-trade importer's 北海仲裁委员会 award against a fruit wholesaler who pays — the volume
handed in without the 诉讼费 receipt."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_eh import BOAT_SEQ, FRUIT_SEQ, PEARL_SEQ

MISSING = "fee_receipt"
"""what the defective award dossier lacks: the applicant's 申请费 receipt was never faxed over, so it is not in the volume"""


def pearl_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def boat_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def fruit_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_eh_01_complete_archive_pearl_sale_judgment_paid", "court_eh", "court_eh",
             "海城法院执行本院民事判决（珍珠买卖合同，珍珠公司诉海产品贸易商行，附生效证明书）：冻结扣划、和解付清，执行完毕，"
             "归档卷宗（封面、卷内目录、复核表、备考表）；当事人材料多经网络传真送达",
             "enforcement", "fully_performed", "archive", pearl_archive(), True, seq=PEARL_SEQ),
        Plan("court_eh_02_complete_boatyard_loan_appeal_terminated_this_round", "court_eh", "court_eh",
             "海城法院执行北海中院二审民间借贷判决（附生效证明书），被执行人船厂停工无财产，限制消费、纳入失信，约谈申请执行人后终本",
             "enforcement", "terminated_this_round", "closing", boat_closing(), True, seq=BOAT_SEQ),
        Plan("court_eh_03_border_fruit_award_paid_missing_fee_receipt", "court_eh", "court_eh",
             "海城法院执行北海仲裁委员会越南水果货款裁决（附生效证明），被执行人履行完毕；卷内缺诉讼费（申请费）收据",
             "enforcement", "fully_performed", "closing", fruit_closing(), False, basis_kind="arbitration", seq=FRUIT_SEQ),
    ]
