"""court_bc's three dossiers (山东省烟台市芝罘区人民法院执行局): a seafood processor's 烟台中院 二审 judgment against a
cold-storage company whose freezer failed, ended 终本 after 传票, 限制消费令 and 失信; a winery's 烟台仲裁委员会 award
against its 芝罘 distributor, settled, paid and archived; a 民间借贷 公证债权文书 with its 执行证书 against an apple
trader of 栖霞, ended 终本 but handed in without the 谈话笔录 that heard the lender before it."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bc import COLD_SEQ, LOAN_SEQ, WINE_SEQ

MISSING = "interview_record"
"""what the defective 终本 dossier lacks: the lender was never heard on the record before the case was ended"""

TTR, FP = "terminated_this_round", "fully_performed"


def cold_store() -> list[Doc]:
    docs = behind(base_docs(TTR, "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [*docs, Doc("service_receipt", served=["summons"])]


def winery_archive() -> list[Doc]:
    docs = behind(base_docs(FP, "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def apple_loan() -> list[Doc]:
    docs = behind(base_docs(TTR, "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_bc_01_complete_terminated_cold_store_appeal", "court_bc", "court_bc",
             "芝罘法院执行烟台中院二审仓储合同判决（水产公司冻鱼在冷库解冻变质，一审芝罘法院生效证明书附后），冷链公司"
             "机组已抵押、无财产，传票、限制消费令、纳入失信名单、冷库现场调查笔录、约谈申请人谈话笔录后终结本次执行程序"
             "（全部纸件经立案窗口高拍仪拍照：LED热点、边角渐暗、桶形畸变、装订角翘起与折痕使文字行弯曲、书记员手指压页）",
             "enforcement", TTR, "closing", cold_store(), True, seq=COLD_SEQ),
        Plan("court_bc_02_complete_archive_winery_award_settled", "court_bc", "court_bc",
             "芝罘法院执行烟台仲裁委员会裁决（葡萄酒厂诉芝罘区酒业经销商欠货款，附裁决书生效证明），执行中和解分期付清，"
             "烟台银行回单发放案款，执行完毕后归档（卷宗封面、卷内目录、卷宗复核表、备考表）",
             "enforcement", FP, "archive", winery_archive(), True, basis_kind="arbitration", seq=WINE_SEQ),
        Plan("court_bc_03_notarial_apple_loan_missing_interview_record", "court_bc", "court_bc",
             "芝罘法院执行芝罘公证处赋予强制执行效力的借款合同公证书及执行证书（栖霞苹果收购商借款未还），查控无财产、"
             "果园冷风库现场调查后终本；终本前约谈申请执行人的谈话笔录未入卷",
             "enforcement", TTR, "closing", apple_loan(), False, basis_kind="notarial", seq=LOAN_SEQ),
    ]
