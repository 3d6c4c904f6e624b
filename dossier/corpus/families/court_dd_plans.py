"""court_dd's three dossiers (贵州省遵义市红花岗区人民法院执行局): a 湄潭 tea company's judgment of 湄潭县人民法院 on a
green-tea sales contract against a 红花岗 tea trader that has shut its shop (nothing found, 限制消费 and 失信, the
applicant's lawyer heard, 终本); a private lender's loan notarised with enforceability (公证书 and 执行证书 of the 湘江
公证处) against a borrower whose account is frozen, who settles and pays (执行完毕, archived in archive order); an
auto-finance company's judgment of this court's civil division on a car loan, the car seized, the debt paid — handed
in without the applicant's 财产线索表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dd import CAR_SEQ, NOTARY_SEQ, SALES_SEQ

MISSING = "property_clue_form"
"""what the car-loan dossier lacks: the finance company pointed at its own mortgaged car in the application and never
filled the window's 财产线索表, so the form the checklist requires is not in the volume"""


def tea_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def notary_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def car_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_dd_01_complete_tea_sales_judgment_terminated_this_round", "court_dd", "court_dd",
             "红花岗法院执行湄潭县人民法院民事判决（茶叶买卖合同，湄潭茶业公司诉红花岗茶叶商贸公司）：网络查控、不动产登记中心查询"
             "（横表）、现场调查均无财产，限制消费、纳入失信，约谈申请人代理律师后终结本次执行程序；装订成册后平板扫描，装订边阴影",
             "enforcement", "terminated_this_round", "closing", tea_closing(), True, seq=SALES_SEQ),
        Plan("court_dd_02_complete_archive_notarial_loan_paid", "court_dd", "court_dd",
             "红花岗法院执行湘江公证处赋予强制执行效力的借款合同公证书（附执行证书），申请人手写申请书，冻结借款人存款、银行复函，"
             "和解后交款，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；查控结果横打；装订成册后平板扫描",
             "enforcement", "fully_performed", "archive", notary_archive(), True, basis_kind="notarial", seq=NOTARY_SEQ),
        Plan("court_dd_03_car_loan_judgment_paid_missing_property_clue_form", "court_dd", "court_dd",
             "红花岗法院执行本院金融借款合同纠纷民事判决（汽车消费贷款，抵押车辆查封），被执行人和解付清，执行完毕；"
             "卷内缺被执行人财产线索表；装订成册后平板扫描",
             "enforcement", "fully_performed", "closing", car_closing(), False, seq=CAR_SEQ),
    ]
