"""court_dt's three dossiers (吉林省四平市铁西区人民法院执行局): a grain depot's judgment (this court's 民二庭, with its
生效证明书) for corn sold to a 梨树 feed mill — deposit deducted, the rest paid under a settlement, 执行完毕, archived; a
bricklayers' foreman's labour-arbitration award for wages against a building-labour contractor that left its site —
nothing found, 限制消费 and 失信, the foreman's lawyer heard, 终本; a bank's car-loan mediation against a 双辽 borrower —
car seized, the borrower settles and pays, but the bureau never filed the 结案通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dt import CAR_SEQ, GRAIN_SEQ, WAGE_SEQ

MISSING = "closing_notice"
"""what the car-loan dossier lacks: the bank's lawyer was told by telephone that the case was closed, and the 结案通知书
the checklist requires for 执行完毕 was never made out and filed"""


def grain_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def wage_closing() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [*docs, Doc("service_receipt", served=["summons"])]


def car_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]
    return behind(docs, "assistance_notice", Doc("service_receipt", served=["enforcement_ruling"]))


def plans() -> list[Plan]:
    return [
        Plan("court_dt_01_complete_archive_grain_judgment_paid", "court_dt", "court_dt",
             "铁西法院执行本院民二庭判决（玉米买卖合同，粮食收储公司诉梨树饲料公司，附生效证明书）：扣划存款、和解付清余款，"
             "执行完毕，归档卷宗（封面、卷内目录、归档审查表、备考表）；成册卷宗在书刊扫描仪上逐页拍摄",
             "enforcement", "fully_performed", "archive", grain_archive(), True, seq=GRAIN_SEQ),
        Plan("court_dt_02_complete_wage_award_terminated_this_round", "court_dt", "court_dt",
             "铁西法院执行四平市劳动人事争议仲裁委员会工资裁决（附生效证明），建筑劳务公司撤离工地、查无财产，限制消费、纳入失信，"
             "约谈申请执行人后终结本次执行程序；成册卷宗在书刊扫描仪上逐页拍摄",
             "enforcement", "terminated_this_round", "closing", wage_closing(), True, basis_kind="arbitration",
             seq=WAGE_SEQ),
        Plan("court_dt_03_car_loan_mediation_paid_missing_closing_notice", "court_dt", "court_dt",
             "铁西法院执行本院汽车贷款民事调解书（银行诉双辽借款人），扣押抵押车辆后和解付清；卷内缺结案通知书",
             "enforcement", "fully_performed", "closing", car_closing(), False, basis_kind="mediation", seq=CAR_SEQ),
    ]
