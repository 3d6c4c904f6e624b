"""court_dx's three dossiers (辽宁省锦州市古塔区人民法院执行局): a seafood processor's judgment of this court for
冷冻虾仁 against a 冷链 trader (the debtor's 锦州银行 account frozen, settled and paid, archived); a laid-off fitter's
劳动仲裁 award for wages against a shut-down 石化配件 plant (nothing found, 限高 and 失信, the worker heard, 终本);
a buyer's judgment against a used-car dealer over a rolled-back odometer (car seized, paid in full) — handed in
without the 结案通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dx import CAR_SEQ, SEA_SEQ, WAGE_SEQ

MISSING = "closing_notice"
"""what the used-car dossier lacks: the 结案通知书 was sent to the buyer by post and no copy went into the volume"""


def sea_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def wage_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def car_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_dx_01_complete_archive_seafood_sale_paid", "court_dx", "court_dx",
             "古塔法院执行本院民事判决（冷冻虾仁买卖合同，水产食品公司诉冷链商贸公司，附生效证明书）：冻结被执行人锦州银行存款，"
             "和解后付清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；散页装在透明文件袋内扫描",
             "enforcement", "fully_performed", "archive", sea_archive(), True, seq=SEA_SEQ),
        Plan("court_dx_02_complete_wage_award_terminated_this_round", "court_dx", "court_dx",
             "古塔法院执行锦州市劳动人事争议仲裁委员会裁决（下岗职工追索工资、经济补偿金，附生效证明），石化配件厂停产无财产，"
             "限制消费、纳入失信，约谈申请执行人后终结本次执行程序；散页装在透明文件袋内扫描",
             "enforcement", "terminated_this_round", "closing", wage_closing(), True, basis_kind="arbitration", seq=WAGE_SEQ),
        Plan("court_dx_03_used_car_paid_missing_closing_notice", "court_dx", "court_dx",
             "古塔法院执行本院民事判决（二手车调表欺诈，买受人诉车商），查封车辆后被执行人付清；卷内缺结案通知书",
             "enforcement", "fully_performed", "closing", car_closing(), False, seq=CAR_SEQ),
    ]
