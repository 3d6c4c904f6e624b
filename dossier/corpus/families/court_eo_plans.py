"""court_eo's three dossiers (广西壮族自治区梧州市万秀区人民法院执行局): a 人工宝石 cutting works' 梧州仲裁委员会 award for
unpaid 加工费 against a jewellery trader (account frozen, settled and paid, archived); a barge owner's judgment for 西江
river-sand freight against a dredging company with nothing left (限制消费 and 失信, the applicant heard, 终本); a 六堡茶
dealer's 民间借贷 judgment against a 龟苓膏 food company, settled and paid — handed in without the 诉讼费 receipt."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_eo import GEM_SEQ, LOAN_SEQ, SAND_SEQ

MISSING = "fee_receipt"
"""what the defective loan dossier lacks: the lender's lawyer kept the original 诉讼费 receipt for the cost claim and no
copy was filed, so the volume has no 诉讼费收据"""


def gem_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def sand_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def loan_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_eo_01_complete_archive_gem_processing_award_paid", "court_eo", "court_eo",
             "万秀法院执行梧州仲裁委员会裁决（人工宝石加工合同，附生效证明）：冻结扣划存款，和解后付清，执行完毕，归档卷宗"
             "（封面、卷内目录、复核表、备考表）；生产扫描仪自动裁边纠偏失误",
             "enforcement", "fully_performed", "archive", gem_archive(), True, basis_kind="arbitration", seq=GEM_SEQ),
        Plan("court_eo_02_complete_xijiang_sand_freight_terminated_this_round", "court_eo", "court_eo",
             "万秀法院执行本院判决（西江河砂水路运输运费），采砂公司停业无财产可供执行，限制消费、纳入失信，约谈申请执行人后"
             "终结本次执行程序；生产扫描仪自动裁边纠偏失误",
             "enforcement", "terminated_this_round", "closing", sand_closing(), True, seq=SAND_SEQ),
        Plan("court_eo_03_private_loan_guiling_paste_paid_missing_fee_receipt", "court_eo", "court_eo",
             "万秀法院执行本院民间借贷判决（六堡茶商借款给龟苓膏食品公司），和解后履行完毕；卷内缺诉讼费收据",
             "enforcement", "fully_performed", "closing", loan_closing(), False, seq=LOAN_SEQ),
    ]
