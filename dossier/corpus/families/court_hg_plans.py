"""court_hg's three dossiers (四川省成都市成华区人民法院): a buyer's objection to the seizure of a flat she had half paid
for (执异, her lawyer's application, the exhibits with a copy of the seizure ruling, the hearing, the ruling that rejects
it, receipts); the criminal tribunal's fine and confiscation against a seller of counterfeit panda toys, transferred
with its 移送执行表 and 财产状况表, paid from the seized cash, a frozen account and his family, 执行完毕 and archived
(cover, catalogue, review form, remarks sheet); a cold-chain supplier's judgment against a closed 串串香 company, 终本 —
handed in without the 调查笔录 of the visit to the shop the applicant had pointed to."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hg import FLAT_SEQ, HOTPOT_SEQ, PANDA_SEQ

MISSING = "investigation_record"
"""what the 串串香 dossier lacks: the officers went to the 建设路 shop the applicant named and the ruling says so, but
the 调查笔录 of that visit never went into the volume"""


def flat_objection() -> list[Doc]:
    return [Doc("objection_application"), Doc("evidence"), Doc("identity_proof"), Doc("power_of_attorney"),
            Doc("law_firm_letter"), Doc("lawyer_license"), Doc("service_address_confirmation"), Doc("acceptance_notice"),
            Doc("service_receipt", served=["acceptance_notice"]), Doc("interview_record"), Doc("enforcement_ruling"),
            Doc("service_receipt", served=["enforcement_ruling"]), Doc("closing_approval_form")]


def panda_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "transfer") if d.code not in ("settlement_agreement", "payment_notice")]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def hotpot_closing() -> list[Doc]:
    return [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_hg_01_complete_objection_flat_buyer_rejected", "court_hg", "court_hg",
             "成华法院执行异议案件（案外人以其已购买被查封房屋为由提出异议，律师代理，证据清单附买卖合同、收款收据及原查封"
             "执行裁定书复印件，询问后裁定驳回异议）；档案室生产型扫描仪带前置印字器，电子卷宗导出加斜向水印",
             "objection", "rejected", "closing", flat_objection(), True, seq=FLAT_SEQ),
        Plan("court_hg_02_complete_archive_criminal_fine_panda_toys", "court_hg", "court_hg",
             "成华法院刑事审判庭移送执行（销售假冒注册商标的熊猫玩具，罚金及追缴违法所得，移送执行表、移送执行说明、财产"
             "状况表，附生效证明书），扣押现金抵缴、冻结账户划拨、家属代缴，执行完毕，归档卷宗（封面、卷内目录、复核表、"
             "备考表）；印字器与电子卷宗水印",
             "transfer", "fully_performed", "archive", panda_archive(), True, basis_kind="criminal", seq=PANDA_SEQ),
        Plan("court_hg_03_hotpot_supplier_terminated_this_round_missing_investigation_record", "court_hg", "court_hg",
             "成华法院执行本院民事判决（冷链食品公司诉串串香餐饮公司货款），无财产可供执行，限消、纳失、约谈后终结本次执行"
             "程序；卷内缺对申请人所提经营场所线索的调查笔录",
             "enforcement", "terminated_this_round", "closing", hotpot_closing(), False, seq=HOTPOT_SEQ),
    ]
