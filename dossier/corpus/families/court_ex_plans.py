"""court_ex's three dossiers (河北省张家口市桥西区人民法院执行局): a wind-farm maintenance contractor's judgment of this court
for 运维服务费 against a 张北 wind-power company (account frozen, settled, paid, archived); a 马铃薯 company's
张家口仲裁委员会 award for the price of seed potatoes against a 沽源 dealer with nothing left (限制消费, 失信, the
applicant's lawyer heard, 终本); a 崇礼 snow-equipment lessor's judgment for unpaid rent against a ski resort's
operator, settled and paid in two instalments — handed in without the lawyer's 律师执业证 copy."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ex import SKI_SEQ, TUBER_SEQ, WIND_SEQ

MISSING = "lawyer_license"
"""what the defective ski-lease dossier lacks: the firm's letter and the power of attorney were filed, but the copy of
the lawyer's 执业证 never reached the volume"""


def wind_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def tuber_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def ski_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ex_01_complete_archive_wind_farm_maintenance_paid", "court_ex", "court_ex",
             "桥西法院执行本院民事判决（风电场运维服务合同，运维公司诉张北风力发电公司，附生效证明书）：冻结划拨存款，和解后"
             "付清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；省墨模式打印、旧卷破损粘胶带，复印机过亮扫描",
             "enforcement", "fully_performed", "archive", wind_archive(), True, seq=WIND_SEQ),
        Plan("court_ex_02_complete_seed_potato_award_terminated_this_round", "court_ex", "court_ex",
             "桥西法院执行张家口仲裁委员会裁决（马铃薯种薯买卖合同，附生效证明），沽源被执行人无财产可供执行，限制消费、纳入失信，"
             "约谈申请执行人后终结本次执行程序；省墨模式打印、旧卷破损粘胶带，复印机过亮扫描",
             "enforcement", "terminated_this_round", "closing", tuber_closing(), True, basis_kind="arbitration",
             seq=TUBER_SEQ),
        Plan("court_ex_03_ski_equipment_lease_settled_missing_lawyer_license", "court_ex", "court_ex",
             "桥西法院执行本院民事判决（崇礼造雪、压雪设备租赁合同），执行和解后分两期履行完毕；卷内缺代理律师执业证复印件",
             "enforcement", "fully_performed", "closing", ski_closing(), False, seq=SKI_SEQ),
    ]
