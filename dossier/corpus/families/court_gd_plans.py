"""court_gd's three dossiers (云南省普洱市思茅区人民法院执行局): a coffee growers' cooperative enforces an award of
普洱仲裁委员会 for green beans against a hulling plant in the 木乃河 industrial park (its account frozen and drawn,
执行完毕, archived with cover, catalogue, review form and remarks sheet, the 仲裁委's 生效证明书 behind the award); a
澜沧江 barge and trucking company enforces this court's judgment for freight against a 思茅松 plywood factory that has
stopped (nothing found, 限制消费 and 失信, the applicant heard, 终本) — handed in without the 调查笔录 of the applicant's
timber-yard clue; a tea 初制所's owner, whose case against the 茶马古道 scenic area's company ended 终本 in 2023, finds
its ticket account after the area reopens and applies to resume (恢复执行申请书, the earlier 终本 ruling, 恢复执行裁定书
and 通知书): the account frozen, a settlement, paid, 执行完毕."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gd import CARAVAN_SEQ, COFFEE_SEQ, TIMBER_SEQ

MISSING = "investigation_record"
"""what the plywood factory's dossier lacks: the officers did go to the timber yard the logistics company named, but
the 调查笔录 of that visit stayed in the undertaker's car and never reached the volume"""


def coffee_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def timber_closing() -> list[Doc]:
    return [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]


def caravan_resumed() -> list[Doc]:
    return [*base_docs("fully_performed", "resumption"),
            Doc("service_receipt", served=["resumption_ruling", "resumption_notice"])]


def plans() -> list[Plan]:
    return [
        Plan("court_gd_01_complete_archive_coffee_award_account_drawn", "court_gd", "court_gd",
             "思茅法院执行普洱仲裁委员会裁决（咖啡种植合作社诉咖啡加工厂生豆货款，附仲裁委生效证明书）：冻结并扣划被执行人"
             "账户存款，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；手机扫描App“增强”模式拍摄",
             "enforcement", "fully_performed", "archive", coffee_archive(), True, basis_kind="arbitration", seq=COFFEE_SEQ),
        Plan("court_gd_02_plywood_factory_freight_terminated_this_round_missing_investigation_record", "court_gd",
             "court_gd",
             "思茅法院执行本院民事判决（澜沧江物流公司诉思茅木业公司运费），工厂停产无财产可供执行，限制消费、纳入失信，"
             "约谈申请执行人后终结本次执行程序；卷内缺对申请人所提木材堆场线索的调查笔录",
             "enforcement", "terminated_this_round", "closing", timber_closing(), False, seq=TIMBER_SEQ),
        Plan("court_gd_03_complete_resumption_tea_workshop_caravan_scenic_area_paid", "court_gd", "court_gd",
             "思茅法院恢复执行（初制所业主诉茶马古道旅游公司茶叶款，原案2023年终本）：申请人发现景区重新开园、门票收入账户，"
             "申请恢复执行；恢复执行裁定、通知，冻结账户后和解付清，执行完毕；手机扫描App拍摄",
             "resumption", "fully_performed", "closing", caravan_resumed(), True, seq=CARAVAN_SEQ),
    ]
