"""court_iz's three dossiers (辽宁省沈阳市沈河区人民法院执行局): a heating-pipe maker enforces the 沈阳中院's 二审 judgment
(upholding this court's 一审, stapled behind it) against a developer — the developer's receivable from a flat buyer
frozen, the buyer told by a 协助执行通知书 to pay the court, paid, 执行完毕; a ride-hailing driver enforces the
沈河区劳动人事争议仲裁委员会's award for unpaid pay against a car-rental company, which pays once its legal
representative is detained (拘留决定书) — archived, cover and catalogue first, the committee's 生效证明书 behind the
award; a parent enforces this court's judgment for a tuition refund against a closed training school: nothing found
on the 查控 system, the premises visited, 限制消费 and 失信, the parent heard, 终本 — handed in without the
强制执行申请书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_iz import HEAT_SEQ, RIDE_SEQ, SCHOOL_SEQ

MISSING = "enforcement_application"
"""what the parent's dossier lacks: the case was filed from the 12368 hotline's referral with the judgment, the
lawyer's papers and the window's forms, and the written 强制执行申请书 the lawyer promised to bring never reached the
volume"""


def _paid(method: str = "fully_performed") -> list[Doc]:
    """执行完毕 without a settlement: the money came in by compulsion, the voucher proves it."""
    return [d for d in base_docs(method, "enforcement") if d.code != "settlement_agreement"]


def heat_closing() -> list[Doc]:
    docs = _paid()
    at = next(i for i, d in enumerate(docs) if d.code == "service_receipt")
    return [*docs[:at], Doc("service_receipt", served=["enforcement_ruling", "assistance_notice"]), *docs[at:]]


def ride_archive() -> list[Doc]:
    docs = behind(_paid(), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("summons"), Doc("detention_decision"))
    docs = [*docs, Doc("service_receipt", served=["summons"]), Doc("service_receipt", served=["detention_decision"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def school_closing() -> list[Doc]:
    return [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_iz_01_complete_heating_pipe_appeal_receivable_garnished", "court_iz", "court_iz",
             "沈河法院执行沈阳中院二审民事判决（维持本院一审判决，一审判决附后；保温管道公司诉房地产开发公司买卖合同）："
             "冻结被执行人对购房人的购房尾款债权，协助执行通知书送达购房人，款项交至法院，执行完毕；灰色再生纸喷墨洇墨，"
             "长尾夹夹着扫描",
             "enforcement", "fully_performed", "closing", heat_closing(), True, seq=HEAT_SEQ),
        Plan("court_iz_02_complete_archive_ride_hailing_wage_award_detention", "court_iz", "court_iz",
             "沈河法院执行沈河区劳动人事争议仲裁委员会欠薪裁决（附生效证明书；网约车司机诉汽车租赁公司）：法定代表人拒不"
             "报告财产被司法拘留后公司付清，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；灰色再生纸喷墨洇墨，"
             "长尾夹夹着扫描",
             "enforcement", "fully_performed", "archive", ride_archive(), True, basis_kind="arbitration",
             obstruction=True, seq=RIDE_SEQ),
        Plan("court_iz_03_tuition_refund_closed_school_missing_application", "court_iz", "court_iz",
             "沈河法院执行本院民事判决（家长诉停办培训学校退还培训费）：网络查控无财产，实地调查学校已停办，限制消费、"
             "纳入失信，约谈申请执行人后终结本次执行程序；卷内缺强制执行申请书",
             "enforcement", "terminated_this_round", "closing", school_closing(), False, seq=SCHOOL_SEQ),
    ]
