"""court_cf's three dossiers (湖南省衡阳市雁峰区人民法院执行局): a steel-pipe welder's labour award (衡阳市劳动人事争议
仲裁院) paid by a 扣划 at 湖南银行 and archived; a building-material trader's 衡阳中院 二审 judgment against a
decoration company that had closed, ended by 终结本次执行程序 after the 约谈 and the 终本告知书; a 雁城公证处 notarised
loan against a 鱼粉店 owner settled in instalments, handed in without the 执行通知书 whose 送达回证 it holds."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cf import LOAN_SEQ, PIPE_SEQ, WAGE_SEQ

DROPPED = "enforcement_notice"
"""the document the defective dossier lacks: the 执行通知书 was served (its 送达回证 is filed) but its copy never filed"""
MISSING = f"service_receipt:{DROPPED}"
"""how the checklist names what is missing: the served 执行通知书 item (a receipt naming it, and the notice itself)"""


def wage_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="reply"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def pipe_ended() -> list[Doc]:
    docs = base_docs("terminated_this_round", "enforcement")
    return behind(docs, "interview_record", Doc("interview_record", note="notice"))


def loan_settled() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [*[d for d in docs if d.code != DROPPED], Doc("service_receipt", served=["closing_notice"])]


def plans() -> list[Plan]:
    return [
        Plan("court_cf_01_complete_archive_welder_labour_award_paid", "court_cf", "court_cf",
             "雁峰法院执行衡阳市劳动人事争议仲裁院终局裁决（钢管加工厂电焊工追索工资、经济补偿金，附仲裁裁决书生效证明），"
             "冻结并扣划被执行人在湖南银行的存款，衡阳农商银行回单发放执行款，执行完毕后归档（卷宗封面、卷内目录、卷宗复核表、"
             "备考表）；全部页面为窗口高拍仪拍摄：深色桌垫边框、镜头桶形畸变、亮面纸张LED反光、手指或长尾夹、自动裁切",
             "enforcement", "fully_performed", "archive", wage_archive(), True, basis_kind="arbitration", seq=WAGE_SEQ),
        Plan("court_cf_02_complete_terminated_this_round_decoration_company", "court_cf", "court_cf",
             "雁峰法院执行衡阳中院二审买卖合同判决（建材贸易公司诉装饰工程公司货款），网络查控仅有小额存款，传票、限制消费令、"
             "失信决定书，现场调查笔录，约谈申请执行人笔录及终结本次执行程序告知书，终本结案（结案审查）；高拍仪拍摄",
             "enforcement", "terminated_this_round", "closing", pipe_ended(), True, seq=PIPE_SEQ),
        Plan("court_cf_03_notarial_loan_settled_missing_enforcement_notice", "court_cf", "court_cf",
             "雁峰法院执行雁城公证处赋予强制执行效力的借款公证书及执行证书（鱼粉店经营者借款），分期和解履行完毕；"
             "卷内有执行通知书、报告财产令的送达回证，但执行通知书本身未入卷",
             "enforcement", "fully_performed", "closing", loan_settled(), False, basis_kind="notarial", seq=LOAN_SEQ),
    ]
