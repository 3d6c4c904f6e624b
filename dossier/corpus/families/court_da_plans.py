"""court_da's three dossiers (浙江省湖州市吴兴区人民法院执行局): a 织里 children's-wear brand's 湖州仲裁委员会 award on a
童装 贴牌加工 contract against the workshop that made the order late and faulty (account frozen and deducted, the rest paid
under a settlement, 执行完毕, archived); a lender's 湖州中院 二审 judgment on a 民间借贷 loan against the borrower and his
guarantor (the guarantor's wages withheld by his employer, the borrower gone, 限制消费 and 失信, 终本); a 小额贷款
company's notarised loan (苕溪公证处 公证书) against a bamboo-goods maker who pays after his account is frozen — handed in
without the notary's 执行证书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_da import GUAR_SEQ, NOTARY_SEQ, OEM_SEQ

MISSING = "effectiveness_certificate"
"""what the defective notarial dossier lacks: the lender's clerk filed the 公证书 and its application (which names the
执行证书 as attached), but the 执行证书 the notary issued never reached the window, so the volume holds no proof that the
notarised debt became enforceable"""


def oem_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def guarantee_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def notary_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_da_01_complete_archive_childrenswear_oem_award_paid", "court_da", "court_da",
             "吴兴法院执行湖州仲裁委员会裁决（童装贴牌加工合同，织里童装品牌公司诉制衣公司，附裁决生效证明）：冻结扣划存款，"
             "余款按执行和解协议付清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；承办人在执行车上用手机拍摄",
             "enforcement", "fully_performed", "archive", oem_archive(), True, basis_kind="arbitration", seq=OEM_SEQ),
        Plan("court_da_02_complete_private_loan_guarantee_appeal_terminated_this_round", "court_da", "court_da",
             "吴兴法院执行湖州中院二审民间借贷判决（出借人诉借款人及连带保证人）：提取保证人工资，借款人下落不明，限制消费、"
             "纳入失信，约谈申请执行人后终结本次执行程序；承办人在执行车上用手机拍摄",
             "enforcement", "terminated_this_round", "closing", guarantee_closing(), True, seq=GUAR_SEQ),
        Plan("court_da_03_notarial_small_loan_paid_missing_enforcement_certificate", "court_da", "court_da",
             "吴兴法院执行苕溪公证处赋强公证债权文书（小额贷款公司借款合同），冻结扣划后和解付清，执行完毕；卷内缺公证处"
             "执行证书（生效证明）；承办人在执行车上用手机拍摄",
             "enforcement", "fully_performed", "closing", notary_closing(), False, basis_kind="notarial", seq=NOTARY_SEQ),
    ]
