"""court_cg's three dossiers (河北省邯郸市丛台区人民法院执行局): a 邯郸 steel-trade company's car seized, auctioned
and the proceeds paid out, archived; a coal-yard 民事调解书 ended by 终结本次执行程序 after the 现场调查 found the yard
shut; a coke-trade judgment paid after a 邯郸农商银行 freeze, handed in without the 收取案款确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cg import ARCHIVE_SEQ, COKE_SEQ, YARD_SEQ

MISSING = "payment_account_confirmation"
"""what the defective dossier lacks: the applicant never filled the 收取案款确认书 at the 立案 window"""


def _auction_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "online_inquiry_result", Doc("online_inquiry_result", note="vehicle"))
    docs = behind(docs, "payment_voucher", Doc("payment_voucher", note="release"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def _coal_yard() -> list[Doc]:
    docs = base_docs("terminated_this_round", "enforcement")
    return behind(docs, "assistance_notice", Doc("assistance_notice", note="bank"))


def _coke() -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling", "closing_notice"])]
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_cg_01_archive_steel_trader_car_auctioned", "court_cg", "court_cg",
             "丛台法院执行邯郸市中级人民法院二审买卖合同判决（附生效证明书）：钢材贸易公司欠货款，车管所查得其名下小型轿车，"
             "扣押后经淘宝司法拍卖成交，价款发放申请执行人，执行完毕归档（卷宗封面、卷内目录、卷宗复核表、备考表）；"
             "复合机扫描成PDF（MRC压缩：文字1-bit 300dpi，底图100dpi模糊），身份证正反面复印在同一页",
             "enforcement", "fully_performed", "archive", _auction_archive(), True, seq=ARCHIVE_SEQ),
        Plan("court_cg_02_complete_coal_yard_terminated_this_round", "court_cg", "court_cg",
             "丛台法院执行本院民事调解书（煤炭买卖），邯郸银行、河北银行账户无余额，现场调查煤场已停业，限制消费、纳入失信，"
             "约谈申请执行人后终结本次执行程序",
             "enforcement", "terminated_this_round", "closing", _coal_yard(), True, seq=YARD_SEQ),
        Plan("court_cg_03_coke_trade_missing_payment_account_confirmation", "court_cg", "court_cg",
             "丛台法院执行本院焦炭买卖合同判决，冻结被执行人邯郸农商银行账户后其主动履行，执行完毕；申请执行人收取案款确认书未入卷",
             "enforcement", "fully_performed", "closing", _coke(), False, seq=COKE_SEQ),
    ]
