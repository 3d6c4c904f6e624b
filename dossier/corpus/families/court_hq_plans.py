"""court_hq's three dossiers (黑龙江省大庆市萨尔图区人民法院执行局): a 供热 company enforces this court's judgment for five
heating seasons' fees on a developer's unsold flats — the developer's rent claim on a supermarket frozen, the supermarket
pays into the court's account, 执行完毕, archived (cover and catalogue first, the civil division's 生效证明书 behind the
judgment, the 复核表 and 备考表 last); an oil-field worker enforces this court's 民事调解书 for his injury on a rig against
a small drilling-services firm (nothing found, 限制消费 and 失信, the legal representative summoned, the worker heard,
终本); a 加油站 company enforces its judgment for diesel sold on credit against a haulier, whose tractor unit is seized
and who settles and pays — handed in without the 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hq import FUEL_SEQ, HEAT_SEQ, OIL_SEQ

MISSING = "service_address_confirmation"
"""what the 加油站's dossier lacks: its lawyer filed at the window with everything else, the window clerk took the
application, the judgment and the ID papers, and the 送达地址确认书 handed over to be filled in was never returned —
service went to the firm's address by habit and nobody noticed the form was not in the volume"""


def heat_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("service_receipt", served=["enforcement_ruling", "assistance_notice"]))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def oil_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def fuel_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]
    return behind(docs, "assistance_notice", Doc("service_receipt", served=["enforcement_ruling"]))


def plans() -> list[Plan]:
    return [
        Plan("court_hq_01_complete_archive_heating_fees_third_party_debt_paid", "court_hq", "court_hq",
             "萨尔图法院执行本院民事判决（供热公司诉房地产开发公司五个采暖期空置房采暖费，附民事审判庭生效证明书）：冻结被执行人"
             "对超市的到期租金债权，第三人将款项交至法院专户，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；"
             "35毫米缩微胶片外包数字化，复核表、备考表为拍摄后补入的平板扫描",
             "enforcement", "fully_performed", "archive", heat_archive(), True, seq=HEAT_SEQ),
        Plan("court_hq_02_complete_rig_injury_mediation_terminated_this_round", "court_hq", "court_hq",
             "萨尔图法院执行本院民事调解书（井架工受伤赔偿，钻井技术服务公司分期付款违约），无财产可供执行，限制消费、纳入失信，"
             "传唤法定代表人，约谈申请执行人后终结本次执行程序；35毫米缩微胶片外包数字化",
             "enforcement", "terminated_this_round", "closing", oil_closing(), True, basis_kind="mediation", seq=OIL_SEQ),
        Plan("court_hq_03_gas_station_diesel_settled_missing_service_address", "court_hq", "court_hq",
             "萨尔图法院执行本院民事判决（加油站公司诉个体运输户赊欠柴油款），查封牵引车后执行和解并付清；"
             "卷内缺送达地址确认书；35毫米缩微胶片外包数字化",
             "enforcement", "fully_performed", "closing", fuel_closing(), False, seq=FUEL_SEQ),
    ]
