"""court_iu's three dossiers (江苏省常州市天宁区人民法院执行局), old cases resumed (执恢) in 2024: a 天宁 textile mill's 2009
judgment against a trading company that vanished (终本 2011), resumed when its new premises in 新北 are found — its
deposits deducted, paid out, 执行完毕, archived (cover and catalogue first, the 2009 生效证明书 behind the judgment); a
bank's 2013 judgment against a loan's guarantor (终本 2014, the applicant heard), resumed — his wages withheld, paid,
执行完毕; a weaver's 2015 labour award against a closed knitting workshop's owner (终本 2016), resumed when he pays after
限制消费 — handed in without the worker's 收取案款确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_iu import BANK_SEQ, MILL_SEQ, WORKER_SEQ

MISSING = "payment_account_confirmation"
"""what the weaver's dossier lacks: the owner paid the money straight into the court's account while the worker was
away in 盐城, and the 收取案款确认书 he was to fill in at the window never came back into the file"""


def _resumed(*, receipt_of_old: bool = True) -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "resumption") if d.code != "settlement_agreement"]
    if receipt_of_old:
        docs = behind(docs, "termination_this_round_ruling", Doc("service_receipt", served=["termination_this_round_ruling"]))
    return [*docs, Doc("service_receipt", served=["resumption_ruling", "resumption_notice"])]


def mill_archive() -> list[Doc]:
    docs = behind(_resumed(), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def bank_closing() -> list[Doc]:
    return behind(_resumed(), "termination_this_round_ruling", Doc("interview_record"))


def worker_closing() -> list[Doc]:
    docs = behind(_resumed(), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"))
    docs = [*docs, Doc("service_receipt", served=["consumption_restriction_order"])]
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_iu_01_complete_archive_textile_mill_resumed_deposits_deducted", "court_iu", "court_iu",
             "天宁法院恢复执行（2009）天民二初字号民事判决（纺织厂诉纺织品贸易公司货款，附2009年生效证明书），原案（2010）"
             "天执字号2011年终本；2024年发现被执行人新北新址及存款，扣划发放，执行完毕，归档卷宗（封面、卷内目录、复核表、"
             "备考表）；原卷旧纸泛黄、锈钉孔，新文书激光打印，彩色平板扫描",
             "resumption", "fully_performed", "archive", mill_archive(), True, seq=MILL_SEQ),
        Plan("court_iu_02_complete_bank_guarantor_resumed_wages_withheld", "court_iu", "court_iu",
             "天宁法院恢复执行（2013）天商初字号民事判决（银行诉借款保证人），原案2014年终本（附原案谈话笔录）；2024年查到"
             "保证人任职单位，扣留提取工资，发放完毕结案；原卷判决为旧复印件",
             "resumption", "fully_performed", "closing", bank_closing(), True, seq=BANK_SEQ),
        Plan("court_iu_03_worker_award_resumed_paid_after_restriction_missing_account_confirmation", "court_iu", "court_iu",
             "天宁法院恢复执行天宁区劳动人事争议仲裁委员会2015年欠薪裁决（旧式裁决书号，附生效证明书），原案2016年终本；"
             "2024年被执行人被限制消费后交清执行款；卷内缺申请执行人收取案款确认书",
             "resumption", "fully_performed", "closing", worker_closing(), False, basis_kind="arbitration",
             seq=WORKER_SEQ),
    ]
