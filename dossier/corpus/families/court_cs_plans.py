"""court_cs's three dossiers (陕西省汉中市汉台区人民法院执行局): a 汉中仲裁委员会 award on a tea-machine sale, the tea
company's account frozen and deducted, 执行完毕; the court's own private-loan judgment against a married couple, nothing
found, 限消 and 失信 for both, the applicant heard, 终本, archived; a 汉中中院 二审 car-rental judgment against a tourism
company, paid after a 传票 and a talk, handed in without the law firm's 所函."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cs import CAR_SEQ, LOAN_SEQ, TEA_SEQ

MISSING = "law_firm_letter"
"""what the defective car-rental dossier lacks: the lawyer acts, but his firm's 所函 never reached the volume"""


def _paid(extra: list[Doc]) -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    for d in extra:
        docs = behind(docs, "assistance_notice", d)
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def tea() -> list[Doc]:
    return behind(_paid([]), "enforcement_basis", Doc("effectiveness_certificate"))


def loan_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["summons"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def car() -> list[Doc]:
    docs = _paid([Doc("interview_record"), Doc("summons")])
    docs = [*docs, Doc("service_receipt", served=["summons"])]
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_cs_01_complete_arbitration_tea_machines_account_deducted", "court_cs", "court_cs",
             "汉台法院执行汉中仲裁委员会裁决（茶叶加工设备买卖合同，揉捻机、杀青机货款），冻结并扣划仙毫茶业公司银行存款，"
             "执行完毕（页面由承办人用手机翻拍显示器上的扫描件：摩尔纹、梯形、屏幕边框与反光、色温偏移；部分页平板扫描）",
             "enforcement", "fully_performed", "closing", tea(), True, basis_kind="arbitration", seq=TEA_SEQ),
        Plan("court_cs_02_complete_archive_private_loan_couple_terminated", "court_cs", "court_cs",
             "汉台法院执行本院民间借贷判决（夫妻共同债务，二被执行人），查无财产，对夫妻二人限制消费、纳入失信名单，"
             "约谈申请执行人后终结本次执行程序，归档卷宗（封面、目录、生效证明书、归档复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", loan_archive(), True, seq=LOAN_SEQ),
        Plan("court_cs_03_car_rental_second_instance_missing_law_firm_letter", "court_cs", "court_cs",
             "汉台法院执行汉中中院二审汽车租赁合同判决，旅游开发公司经传票传唤、谈话后自动履行，执行完毕；"
             "律师代理但律师事务所函未入卷",
             "enforcement", "fully_performed", "closing", car(), False, seq=CAR_SEQ),
    ]
