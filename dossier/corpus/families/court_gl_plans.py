"""court_gl's three dossiers (江西省鹰潭市月湖区人民法院执行局). A 贵溪 copper-rod works enforces the 贵溪市人民法院's
sales judgment against a 月湖 cable maker: its account frozen and its cable stock seized, a shareholder objects as
利害关系人 that far more was seized than owed (his application, ID copy and evidence — the 执行裁定书 among it — in the
volume), the excess is released, the maker settles and pays: 执行完毕, archived with cover, catalogue, review form and
remarks sheet. An old woman's 鹰潭仲裁委员会 award of rent for her 站前 shopfront against the restaurant keeper who left
it: her daughter acts for her (户口簿 copy), nothing is found, 限制消费 and 失信, the daughter heard, 终本. A 余江
glasses-frame polisher enforces the 余江区人民法院's 民事调解书 for her wages against the workshop that moved into 月湖,
which settles and pays — handed in without her 收取案款确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gl import COPPER_SEQ, FRAME_SEQ, RENT_SEQ

MISSING = "payment_account_confirmation"
"""what the polisher's dossier lacks: she took the 收取案款确认书 home to look up her bank card's number and never
brought it back; the money went to the account her lawyer wrote on the settlement, and nobody filed the form"""


def copper_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("objection_application"), Doc("identity_proof", note="objector"),
                  Doc("evidence"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def rent_closing() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [d for d in docs if d.code not in ("law_firm_letter", "lawyer_license")]
    return behind(docs, "power_of_attorney", Doc("kinship_proof"))


def frame_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_gl_01_complete_archive_copper_rod_judgment_shareholder_objection", "court_gl", "court_gl",
             "月湖法院执行贵溪市人民法院民事判决（贵溪铜材公司诉月湖电缆公司铜杆货款，附贵溪法院生效证明书）：冻结账户、查封"
             "库存电缆，被执行人股东以利害关系人身份提出执行异议（异议申请书、身份证、证据含执行裁定书复印件），解除超标的"
             "查封后和解付清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；单面废纸再利用及彩色复印纸打印，彩色平板扫描",
             "enforcement", "fully_performed", "archive", copper_archive(), True, seq=COPPER_SEQ),
        Plan("court_gl_02_complete_rent_award_daughter_agent_terminated_this_round", "court_gl", "court_gl",
             "月湖法院执行鹰潭仲裁委员会租金裁决（附生效证明），高龄出租人由女儿代理（户口簿复印件），站前饭店停业无财产，"
             "限制消费、纳入失信，约谈代理人后终结本次执行程序；单面废纸再利用及彩色复印纸打印，彩色平板扫描",
             "enforcement", "terminated_this_round", "closing", rent_closing(), True, basis_kind="arbitration",
             seq=RENT_SEQ),
        Plan("court_gl_03_glasses_frame_wage_mediation_missing_payment_account", "court_gl", "court_gl",
             "月湖法院执行余江区人民法院民事调解书（眼镜配件加工厂拖欠抛光工工资），冻结账户后和解付清；卷内缺申请执行人"
             "收取案款确认书",
             "enforcement", "fully_performed", "closing", frame_closing(), False, basis_kind="mediation", seq=FRAME_SEQ),
    ]
