"""court_fi's three dossiers (吉林省通化市东昌区人民法院执行局): a 通化县 山葡萄 co-operative enforces an award of the
通化仲裁委员会 against a 东昌 winery (the account frozen, a settlement, two instalments paid in and paid out, 执行完毕,
archived with cover, catalogue, review form and remarks sheet, the committee's 生效证明 behind the award); a 集安
ginseng grower enforces a notarised loan contract with the notary office's 执行证书 against a ginseng company whose
gardens lie under snow (nothing found, 限制消费 and 失信, the grower's lawyer heard, 终本, the ruling served by
法院专递); a packaging maker enforces this court's 民事调解书 against a pharmaceutical factory of 通化医药城, which
settles and pays — but the 申请执行费 缴款书 was never glued onto a 粘贴单 and is not in the volume."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fi import GINSENG_SEQ, PHARMA_SEQ, WINE_SEQ

MISSING = "fee_receipt"
"""what the pharmaceutical dossier lacks: the 非税收入缴款书 and the POS slip of the 申请执行费 stayed in the
agent's folder; no paste-up sheet of them was made"""


def wine_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def ginseng_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def pharma_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_fi_01_complete_archive_grape_award_winery_paid", "court_fi", "court_fi",
             "东昌区法院执行通化仲裁委员会裁决（山葡萄种植合作社诉葡萄酒业公司货款，附仲裁委生效证明）：冻结账户后和解，"
             "分两期付清，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；小幅票据、证件粘贴于卷内粘贴单后彩色平板扫描",
             "enforcement", "fully_performed", "archive", wine_archive(), True, basis_kind="arbitration", seq=WINE_SEQ),
        Plan("court_fi_02_complete_notarial_ginseng_loan_terminated_this_round", "court_fi", "court_fi",
             "东昌区法院执行赋予强制执行效力的公证债权文书（集安参农借款给参业公司，附公证处执行证书）：参园租赁积雪、红参已质押，"
             "查无财产，限制消费、纳入失信，约谈后终结本次执行程序，终本裁定法院专递送达；粘贴单、彩色平板扫描",
             "enforcement", "terminated_this_round", "closing", ginseng_closing(), True, basis_kind="notarial",
             seq=GINSENG_SEQ),
        Plan("court_fi_03_pharma_mediation_settled_missing_fee_receipt", "court_fi", "court_fi",
             "东昌区法院执行本院民事调解书（医药包装材料公司诉通化医药城制药公司货款），执行和解后一次付清；卷内缺申请执行费"
             "缴款书（未粘贴入卷）",
             "enforcement", "fully_performed", "closing", pharma_closing(), False, basis_kind="mediation", seq=PHARMA_SEQ),
    ]
