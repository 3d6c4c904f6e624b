"""court_dz's three dossiers (山东省德州市德城区人民法院执行局): a lender's 民间借贷 judgment of this court against a 扒鸡
shop owner (account deducted, paid under a settlement, archived); a worker's 劳动人事争议仲裁 award for wages against a
太阳能 water-heater maker that has stopped (nothing found, 限制消费 and 失信, the worker heard, 终本); a traffic-accident
victim's 德州中院 appeal judgment against a grain-trading company (settled and paid) — handed in without the
申请执行人's 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dz import LOAN_SEQ, ROAD_SEQ, WAGE_SEQ

MISSING = "service_address_confirmation"
"""what the defective road-accident dossier lacks: the victim's lawyer filed online and never signed the window's
送达地址确认书, so the form the checklist requires is not in the volume"""


def loan_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def wage_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def road_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_dz_01_complete_archive_private_loan_braised_chicken_paid", "court_dz", "court_dz",
             "德城法院执行本院民间借贷判决（出借人诉扒鸡店经营者，附本院生效证明书）：冻结扣划存款，和解后付清，执行完毕，"
             "归档卷宗（封面、卷内目录、复查表、备考表）；折叠、揉皱、订书钉纸张经灰度馈纸扫描",
             "enforcement", "fully_performed", "archive", loan_archive(), True, seq=LOAN_SEQ),
        Plan("court_dz_02_complete_wage_award_solar_maker_terminated_this_round", "court_dz", "court_dz",
             "德城法院执行德州市劳动人事争议仲裁委员会工资裁决（附生效证明），太阳能热水器厂停产无财产，限制消费、纳入失信，"
             "约谈申请执行人后终结本次执行程序；折叠、揉皱纸张经灰度馈纸扫描",
             "enforcement", "terminated_this_round", "closing", wage_closing(), True, basis_kind="arbitration",
             seq=WAGE_SEQ),
        Plan("court_dz_03_traffic_accident_appeal_paid_missing_address_confirmation", "court_dz", "court_dz",
             "德城法院执行德州中院二审交通事故赔偿判决（粮棉贸易公司货车撞伤行人，附一审法院生效证明书），和解后履行完毕；"
             "卷内缺申请执行人送达地址确认书",
             "enforcement", "fully_performed", "closing", road_closing(), False, seq=ROAD_SEQ),
    ]
