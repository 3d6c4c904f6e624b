"""court_hs's three dossiers (河南省周口市川汇区人民法院执行局): a farm-machinery dealer enforces this court's sale-of-goods
judgment, upheld on appeal by the 周口中院 (both judgments filed together as the basis), against a 商水 machinery
co-operative — its deposits frozen and deducted through 网络查控, paid out, 执行完毕; a garment worker enforces a wage
award of the 周口市劳动人事争议仲裁委员会 (with its 生效证明) against a clothing company that has nothing left — 限制消费,
失信, 终本 — archived with cover, catalogue, review form and remarks sheet; a lender enforces a private loan judgment,
the borrower settles in four instalments and pays — handed in without the 结案通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hs import LOAN_SEQ, MACHINE_SEQ, WAGE_SEQ

MISSING = "closing_notice"
"""what the lender's dossier lacks: after the last instalment the undertaker closed the case in the system, but the
结案通知书 was never printed, served or filed. (The brief proposed online_inquiry_result, but the checklist of a
执行完毕 closing does not ask for the 查控 feedback — check_plan finds nothing missing when it is left out — so it could
not be this dossier's one missing item; the 查控 printout stays in the volume.)"""


def machine_closing() -> list[Doc]:
    """No settlement: the money came by deduction; the ruling's receipt to the co-operative is filed too."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def wage_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_hs_01_complete_farm_machinery_appeal_upheld_deducted", "court_hs", "court_hs",
             "川汇法院执行本院买卖合同民事判决（经周口中院二审维持，两审判决一并附卷）：农机销售公司诉商水县农机专业合作社"
             "拖拉机、收割机货款，网络查控冻结扣划合作社两个银行账户存款，案款发放申请人，执行完毕；卷宗复印件为两页一张"
             "A3书刊复印后扫描、软件分页",
             "enforcement", "fully_performed", "closing", machine_closing(), True, seq=MACHINE_SEQ),
        Plan("court_hs_02_complete_archive_garment_wage_award_terminated_this_round", "court_hs", "court_hs",
             "川汇法院执行周口市劳动人事争议仲裁委员会欠薪裁决（附仲裁委生效证明，法律援助律师代理）：服饰公司停产、法定代表人"
             "下落不明，查控与实地调查无财产，限制消费、纳入失信，约谈申请人后终结本次执行程序；归档卷宗（封面、卷内目录、"
             "复核表、备考表）；两页一张A3复印后扫描分页",
             "enforcement", "terminated_this_round", "archive", wage_archive(), True, basis_kind="arbitration",
             seq=WAGE_SEQ),
        Plan("court_hs_03_private_loan_instalments_paid_missing_closing_notice", "court_hs", "court_hs",
             "川汇法院执行本院民间借贷民事判决：执行和解分四期付款，被执行人按期付清，执行完毕；卷内缺结案通知书；"
             "两页一张A3复印后扫描分页",
             "enforcement", "fully_performed", "closing", loan_closing(), False, seq=LOAN_SEQ),
    ]
