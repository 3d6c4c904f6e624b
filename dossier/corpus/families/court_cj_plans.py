"""court_cj's three dossiers (四川省绵阳市涪城区人民法院执行局): a 劳务分包 team leader's 绵阳仲裁委员会 award against a
builder, paid by the rent a tenant owed the builder and archived; an electronics parts trader's 支付令 against an
assembler that had stopped production, ended by 终结本次执行程序 after a field visit filmed on the 执法记录仪; a steel
trader's 绵阳中院 二审 judgment against a builder of village houses, ended by 终本 but handed in without the 网络查控
printout."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cj import ARB_SEQ, CAR_SEQ, PAYORDER_SEQ

MISSING = "online_inquiry_result"
"""what the defective 终本 dossier lacks: the 查控 system's feedback was never printed into the volume"""


def rent_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def payorder_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def car_missing() -> list[Doc]:
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]
    return behind(docs, "summons", Doc("service_receipt", served=["summons"]))


def plans() -> list[Plan]:
    return [
        Plan("court_cj_01_complete_archive_award_rent_deducted", "court_cj", "court_cj",
             "涪城法院执行绵阳仲裁委员会劳务分包裁决（附裁决书生效证明），冻结并提取被执行建筑公司对商管公司的门面租金，"
             "执行完毕归档（卷宗封面、卷内目录、归档复核表、备考表）；手机文档模式拍摄",
             "enforcement", "fully_performed", "archive", rent_archive(), True, basis_kind="arbitration", seq=ARB_SEQ),
        Plan("court_cj_02_complete_terminated_payment_order_field_visit", "court_cj", "court_cj",
             "涪城法院执行本院支付令（电子元器件货款），赴青义镇停产厂房实地调查（调查笔录由执法记录仪截图入卷），"
             "限制消费、纳入失信后终结本次执行程序",
             "enforcement", "terminated_this_round", "closing", payorder_closing(), True, seq=PAYORDER_SEQ),
        Plan("court_cj_03_terminated_appeal_judgment_missing_online_inquiry", "court_cj", "court_cj",
             "涪城法院执行绵阳中院二审钢材买卖判决，车管所查封轿车后终本；网络查控结果未打印入卷",
             "enforcement", "terminated_this_round", "closing", car_missing(), False, seq=CAR_SEQ),
    ]
