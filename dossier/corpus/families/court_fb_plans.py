"""court_fb's three dossiers (湖北省黄冈市黄州区人民法院执行局): a 蕲春 蕲艾 maker enforces the 蕲春县人民法院's judgment
for moxa sticks, wool and plasters against a 黄州 moxibustion chain — its account frozen and debited, 执行完毕, archived
with cover, catalogue, review form and remarks sheet, the 蕲春 court's 生效证明书 behind the judgment; a 团风
steel-structure subcontractor enforces a 黄冈仲裁委员会 award against a 黄州 contractor that has gone to nothing (限制
消费 and 失信, the office found empty, the applicant's lawyer heard, 终本); an exam-paper printer enforces a judgment
upheld by the 黄冈市中级人民法院 against a bookseller, who settles and pays — handed in without the 收取案款确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fb import MOXA_SEQ, PRINT_SEQ, STEEL_SEQ

MISSING = "payment_account_confirmation"
"""what the printer's dossier lacks: its lawyer wrote the company's account into the application and the settlement,
and the window never had him fill in and sign the court's 申请执行人收取案款确认书"""


def moxa_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [d for d in docs if d.code != "settlement_agreement"]  # debited by the bank, nothing was negotiated
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def steel_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def print_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_fb_01_complete_archive_qiai_moxa_judgment_debited", "court_fb", "court_fb",
             "黄州法院执行湖北省蕲春县人民法院民事判决（蕲艾制品公司诉艾灸养生连锁公司买卖合同，附蕲春法院生效证明书），"
             "被执行人住所地及账户在黄州：冻结、扣划存款后发放，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；"
             "本院文书针式打印于多联无碳复写表格，存卷联为粉、黄、蓝色副联，灰色平板扫描",
             "enforcement", "fully_performed", "archive", moxa_archive(), True, seq=MOXA_SEQ),
        Plan("court_fb_02_complete_steel_subcontract_award_terminated_this_round", "court_fb", "court_fb",
             "黄州法院执行黄冈仲裁委员会裁决（团风钢结构公司诉黄州建设公司钢结构分包工程款，附仲裁委生效证明书），被执行人"
             "人去楼空、无财产可供执行，限制消费、纳入失信，实地调查并约谈申请执行人后终结本次执行程序；针式打印、复写副联",
             "enforcement", "terminated_this_round", "closing", steel_closing(), True, basis_kind="arbitration",
             seq=STEEL_SEQ),
        Plan("court_fb_03_exam_printer_settled_missing_account_confirmation", "court_fb", "court_fb",
             "黄州法院执行黄冈市中级人民法院二审民事判决（印务公司诉书社经营者承揽合同，印制黄冈密卷试卷），冻结账户后执行"
             "和解、分两期付清；卷内缺申请执行人收取案款确认书",
             "enforcement", "fully_performed", "closing", print_closing(), False, seq=PRINT_SEQ),
    ]
