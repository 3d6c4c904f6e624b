"""court_fn's three dossiers (安徽省淮北市相山区人民法院执行局): a mine-equipment firm enforces an award of 淮北仲裁委员会
for slurry pumps rented to dredge the 南湖 subsidence lake (the reclamation company's account frozen, the sum paid in,
执行完毕, archived with cover, catalogue, review form and remarks sheet, the commission's 生效证明 behind the award); a
micro-loan company enforces a notarised loan with the 相山公证处's 执行证书 against an 烈山 pomegranate-juice maker
that has stopped (nothing found, 限制消费 and 失信, the lender's lawyer heard, 终本); a 口子窖 dealer enforces this
court's judgment against a canal-themed restaurant's owner, who settles and pays — handed in without the dealer's
收款账户确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fn import LIQUOR_SEQ, POMEGRANATE_SEQ, PUMP_SEQ

MISSING = "payment_account_confirmation"
"""what the 口子窖 dealer's dossier lacks: his lawyer left the window without filling in the 收款账户确认书, and the
money later went to the account written in the settlement instead"""


def pump_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def pomegranate_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def liquor_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_fn_01_complete_archive_south_lake_pump_award_paid", "court_fn", "court_fn",
             "相山法院执行淮北仲裁委员会裁决（矿山机电设备公司诉南湖沉陷区生态修复公司泥浆泵租金，附仲裁委生效证明）："
             "冻结账户后被执行人一次性交清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；旧电子卷宗系统的少色索引图导出",
             "enforcement", "fully_performed", "archive", pump_archive(), True, basis_kind="arbitration", seq=PUMP_SEQ),
        Plan("court_fn_02_complete_notarial_loan_pomegranate_juice_terminated_this_round", "court_fn", "court_fn",
             "相山法院执行相山公证处赋强公证债权文书（小额贷款公司诉烈山石榴饮品公司借款，附执行证书），工厂停产、设备已抵押，"
             "限制消费、纳入失信，约谈申请执行人后终结本次执行程序；旧电子卷宗系统的少色索引图导出",
             "enforcement", "terminated_this_round", "closing", pomegranate_closing(), True, basis_kind="notarial",
             seq=POMEGRANATE_SEQ),
        Plan("court_fn_03_kouzi_liquor_dealer_settled_missing_account_confirmation", "court_fn", "court_fn",
             "相山法院执行本院民事判决（口子窖酒经销商诉运河人家菜馆经营者酒款），执行和解后付清；卷内缺申请执行人收款账户确认书",
             "enforcement", "fully_performed", "closing", liquor_closing(), False, seq=LIQUOR_SEQ),
    ]
