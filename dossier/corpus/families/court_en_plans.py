"""court_en's three dossiers (甘肃省酒泉市肃州区人民法院执行局): a labour subcontractor's 肃州 judgment for 风机基础 work
against a wind-farm general contractor (account frozen and deducted, the rest paid, archived); a 总寨镇 farmer's
酒泉仲裁委员会 award for 制种玉米 against a seed company with nothing left (限制消费, 失信, the farmer heard, 终本); a truck
owner's 民事调解书 for freight on the 河西走廊 against a logistics company, settled and paid — handed in without the
送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_en import FREIGHT_SEQ, SEED_SEQ, WIND_SEQ

MISSING = "service_address_confirmation"
"""what the defective freight dossier lacks: the driver filed at the window in a hurry and never signed the
送达地址确认书 (the bureau reached him by phone), so the volume the checklist reads has none"""


def wind_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def seed_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def freight_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_en_01_complete_archive_wind_farm_subcontract_paid", "court_en", "court_en",
             "肃州法院执行本院民事判决（风电场风机基础劳务分包工程款，附生效证明书）：冻结扣划总包方存款，余款和解付清，"
             "执行完毕，归档卷宗（针式打印封面、连续纸卷内目录、审查表、备考表）；进纸式扫描",
             "enforcement", "fully_performed", "archive", wind_archive(), True, seq=WIND_SEQ),
        Plan("court_en_02_complete_seed_corn_award_terminated_this_round", "court_en", "court_en",
             "肃州法院执行酒泉仲裁委员会制种玉米收购款裁决（附送达及生效证明），种业公司无财产，限制消费、纳入失信，"
             "约谈农户后终结本次执行程序；针式打印非税收入缴款书（复写联）；进纸式扫描",
             "enforcement", "terminated_this_round", "closing", seed_closing(), True, basis_kind="arbitration",
             seq=SEED_SEQ),
        Plan("court_en_03_freight_mediation_paid_missing_address_confirmation", "court_en", "court_en",
             "肃州法院执行本院民事调解书（河西走廊公路货运运费），和解分期付清，执行完毕；卷内缺送达地址确认书",
             "enforcement", "fully_performed", "closing", freight_closing(), False, basis_kind="mediation",
             seq=FREIGHT_SEQ),
    ]
