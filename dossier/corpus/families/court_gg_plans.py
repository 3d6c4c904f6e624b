"""court_gg's three dossiers (四川省达州市通川区人民法院执行局): an equipment-rental company enforces this court's
民事调解书 for the rent of pipeline welders, bevelling machines and a test pump against a 普光 gas-field pipeline
contractor — an account frozen, a settlement, the rest paid in, 执行完毕, archived with cover, catalogue, review form and
remarks sheet (the civil division's 生效证明书 behind the 调解书); nine migrant construction workers, through their
elected representative and a legal-aid lawyer, enforce a group wage award of the 通川区劳动人事争议仲裁委员会 against
the labour subcontractor and the general contractor of a 苎麻 textile park's factory buildings — the 推选书, the workers'
ID copies, the 人社局 劳动保障监察 letter, the wage account frozen and the wages paid out man by man, 执行完毕; a 灯影牛肉
maker enforces its judgment against a closed speciality-food trading company — nothing found, 限制消费 and 失信, 终本 —
handed in without the record of hearing the applicant."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gg import BEEF_SEQ, LEASE_SEQ, WAGE_SEQ

MISSING = "interview_record"
"""what the beef maker's dossier lacks: its manager was at the 糖酒会 in 成都 when the undertaker phoned him about
closing the case; he agreed on the phone, and no 谈话笔录 was ever made or filed"""


def lease_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def wage_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "property_clue_form", Doc("evidence"))
    at = next(i for i, d in enumerate(docs) if d.code == "identity_proof" and d.note == "respondent")
    docs.insert(at + 1, Doc("identity_proof", note="contractor"))
    docs = behind(docs, "identity_proof", *[Doc("identity_proof", note=f"worker:{k}") for k in (1, 2, 3)])
    at = next(i for i, d in enumerate(docs) if d.code == "power_of_attorney")
    docs.insert(at, Doc("power_of_attorney", note="election"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def beef_closing() -> list[Doc]:
    return [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_gg_01_complete_archive_gas_pipeline_equipment_lease_paid", "court_gg", "court_gg",
             "通川法院执行本院民事调解书（机械设备租赁公司诉普光气田管道施工企业租金，附民事审判庭生效证明书）：冻结账户、"
             "执行和解后付清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；激光打印、平板扫描",
             "enforcement", "fully_performed", "archive", lease_archive(), True, basis_kind="mediation", seq=LEASE_SEQ),
        Plan("court_gg_02_complete_migrant_workers_wage_award_paid", "court_gg", "court_gg",
             "通川法院执行通川区劳动人事争议仲裁委员会农民工欠薪集体裁决（劳务分包单位与施工总承包单位，附生效证明书）："
             "推选书、工友身份证复印件、人社局劳动保障监察函，法律援助律师代理；冻结工资专户后逐人发放，执行完毕；"
             "路上材料由便携热敏A4打印机打印后窗口扫描或拍照",
             "enforcement", "fully_performed", "closing", wage_closing(), True, basis_kind="arbitration", seq=WAGE_SEQ),
        Plan("court_gg_03_dengying_beef_judgment_terminated_missing_interview_record", "court_gg", "court_gg",
             "通川法院执行本院民事判决（灯影牛肉食品公司诉特产商贸公司货款），被执行人停业无财产，限制消费、纳入失信，"
             "终结本次执行程序；卷内缺约谈申请执行人笔录；现场调查笔录由移动执行终端热敏打印",
             "enforcement", "terminated_this_round", "closing", beef_closing(), False, seq=BEEF_SEQ),
    ]
