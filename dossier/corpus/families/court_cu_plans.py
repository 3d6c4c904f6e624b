"""court_cu's three dossiers (安徽省蚌埠市蚌山区人民法院执行局): a seamstress's 蚌埠市劳动人事争议仲裁委员会 award for
unpaid wages and 经济补偿 against a garment factory (account frozen and deducted, paid in full, archived); a contractor's
蚌埠中院 二审 judgment for 工程款 against a developer with a half-built estate (nothing found, 限制消费 and 失信, the
applicant's lawyer heard, 终本); an aquatic wholesaler's 支付令 of the 禹会区法院 against a restaurant company that
settles and pays — handed in without the 被执行人财产线索表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cu import BUILD_SEQ, FISH_SEQ, WAGE_SEQ

MISSING = "property_clue_form"
"""what the defective 支付令 dossier lacks: the wholesaler's lawyer filed the application with the 支付令 and never
filled the window's 财产线索表 (the clues were told to the officer by phone), so the form is not in the volume"""


def wage_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [d for d in docs if d.code != "settlement_agreement"]  # paid by deduction, no settlement
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def build_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def fish_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_cu_01_complete_archive_labour_award_wages_deducted", "court_cu", "court_cu",
             "蚌山法院执行蚌埠市劳动人事争议仲裁委员会裁决（拖欠工资、经济补偿，服饰公司，附生效证明）：冻结、扣划被执行人"
             "银行存款，全额到位发放，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；装订卷上书刊扫描仪双页拍摄、"
             "软件沿装订缝切分，页边带对页残条",
             "enforcement", "fully_performed", "archive", wage_archive(), True, basis_kind="arbitration", seq=WAGE_SEQ),
        Plan("court_cu_02_complete_construction_appeal_terminated_this_round", "court_cu", "court_cu",
             "蚌山法院执行蚌埠中院二审判决（建设工程施工合同，工程款，附本院生效证明书）：开发商账户被他院冻结、房屋他院首封，"
             "限制消费、纳入失信，现场调查，约谈申请人代理律师后终结本次执行程序；双页拍摄切分，页边带对页残条",
             "enforcement", "terminated_this_round", "closing", build_closing(), True, seq=BUILD_SEQ),
        Plan("court_cu_03_payment_order_settled_missing_property_clues", "court_cu", "court_cu",
             "蚌山法院执行禹会区法院支付令（水产货款，餐饮公司）：冻结账户后执行和解、分期付清，执行完毕；卷内缺被执行人财产"
             "线索表；双页拍摄切分，页边带对页残条",
             "enforcement", "fully_performed", "closing", fish_closing(), False, seq=FISH_SEQ),
    ]
