"""court_gn's three dossiers (广东省肇庆市端州区人民法院执行局): a mother enforces the child-support and property-division
parts of this court's divorce judgment against her former husband, a 星湖 tour-boat operator, who pays in three monthly
instalments under a settlement, proved by the bank's dot-matrix 进账单 and the cashier's 案款收据 (执行完毕, archived
with cover, catalogue, review form and remarks sheet, the family division's 生效证明书 behind the judgment); a 端砚
gallery's judgment for consigned inkstones against a scenic-area souvenir company whose shops have closed (限制消费,
失信, the gallery heard, 终本); a 高要 laundry's award of 肇庆仲裁委员会 against a 星湖 hotel company, whose account is
debited — handed in without the laundry's receipt-account confirmation."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gn import INKSTONE_SEQ, LINEN_SEQ, SUPPORT_SEQ

MISSING = "payment_account_confirmation"
"""what the laundry's dossier lacks: its lawyer wrote the company's account into the application and never filled the
window's 收取执行款账户确认书; the cashier paid to the account on the application and nobody asked for the form again"""


def support_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs.append(Doc("service_receipt", served=["enforcement_ruling"]))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def inkstone_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def linen_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code not in (MISSING, "settlement_agreement")]


def plans() -> list[Plan]:
    return [
        Plan("court_gn_01_complete_archive_child_support_boat_operator_instalments", "court_gn", "court_gn",
             "端州法院执行本院离婚判决的抚养费及房屋折价款部分（附家事审判庭生效证明书）：被执行人系星湖游船经营者，冻结账户、"
             "查封游船后达成分期和解，三期款项经银行进账单存入法院专户，案款收据、发放回单附卷，执行完毕；归档卷宗（封面、"
             "卷内目录、归档复核表、备考表）；激光打印网点灰度，多功能一体机扫描到邮箱",
             "enforcement", "fully_performed", "archive", support_archive(), True, seq=SUPPORT_SEQ),
        Plan("court_gn_02_complete_inkstone_consignment_terminated_this_round", "court_gn", "court_gn",
             "端州法院执行本院行纪合同判决（端砚砚艺公司诉景区旅游商品公司寄售货款），门店停业无财产可供执行，限制消费、纳入"
             "失信名单，约谈申请执行人后终结本次执行程序；激光打印网点灰度，多功能一体机扫描到邮箱",
             "enforcement", "terminated_this_round", "closing", inkstone_closing(), True, seq=INKSTONE_SEQ),
        Plan("court_gn_03_linen_laundry_award_hotel_missing_account_confirmation", "court_gn", "court_gn",
             "端州法院执行肇庆仲裁委员会裁决（高要洗涤公司诉星湖酒店公司布草洗涤服务费，附仲裁委生效证明），冻结扣划酒店"
             "存款后执行完毕；卷内缺申请执行人收取执行款账户确认书",
             "enforcement", "fully_performed", "closing", linen_closing(), False, basis_kind="arbitration", seq=LINEN_SEQ),
    ]
