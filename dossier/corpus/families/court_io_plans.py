"""court_io's three dossiers (湖南省长沙市岳麓区人民法院执行局): a parent enforces this court's judgment ordering a
tutoring company to refund prepaid lesson fees — the school's account deducted, the money paid out, 执行完毕, archived
(cover and catalogue first, the civil division's 生效证明书 behind the judgment, review form and remarks sheet last); a
decoration subcontractor's 长沙仲裁委员会 award against a main contractor, 终本 last year, resumed (执恢, with its ruling)
when the project owner's unpaid 工程款 turns up — garnished, paid in, 执行完毕; a lender's private-loan judgment against a
car-rental company with nothing to seize — 网络查控 empty, 限制消费, 失信, 终本 — filed without the 谈话笔录 of hearing
the applicant."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_io import FITOUT_SEQ, LESSON_SEQ, LOAN_SEQ

MISSING = "interview_record"
"""what the lender's dossier lacks. The brief named the 终本 ruling itself (termination_this_round_ruling), but that
cannot be a dossier's only gap: without the ruling the checklist also finds no 送达回证 for it (a receipt counts only
for a paper the dossier holds — check_plan gives ['termination_this_round_ruling',
'service_receipt:termination_this_round_ruling'] with the receipt filed or not), so the fallback the brief gives is
used: the undertaker told the lender the results by phone and never made the 谈话笔录 that hearing the applicant
needs."""


def lesson_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs.append(Doc("service_receipt", served=["enforcement_ruling"]))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def fitout_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "resumption") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def loan_closing() -> list[Doc]:
    return [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_io_01_complete_archive_tutoring_refund_deducted", "court_io", "court_io",
             "岳麓法院执行本院民事判决（家长诉教育科技公司教育培训合同纠纷，退还预交课时费，附民一庭生效证明书）：扣划学校"
             "银行存款并发放，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；承办人工作卷原样彩色平板扫描（便利贴、荧光笔、"
             "红蓝笔勾注、回形针锈迹、订书钉孔）",
             "enforcement", "fully_performed", "archive", lesson_archive(), True, seq=LESSON_SEQ),
        Plan("court_io_02_complete_resumed_arbitration_receivable_garnished", "court_io", "court_io",
             "岳麓法院恢复执行长沙仲裁委员会裁决（装饰分包公司诉总包建设公司工程款，附仲裁委生效证明）：前案终本，申请人提供"
             "业主欠付工程款线索，恢复执行裁定，冻结到期债权并由业主汇入执行款专户，执行完毕",
             "resumption", "fully_performed", "closing", fitout_closing(), True, basis_kind="arbitration", seq=FITOUT_SEQ),
        Plan("court_io_03_car_rental_loan_terminated_missing_interview_record", "court_io", "court_io",
             "岳麓法院执行本院民间借贷判决（出借人诉汽车租赁公司），网络查控无财产，停车场实地调查，限制消费、纳入失信，"
             "终结本次执行程序；卷内缺约谈申请执行人的谈话笔录",
             "enforcement", "terminated_this_round", "closing", loan_closing(), False, seq=LOAN_SEQ),
    ]
