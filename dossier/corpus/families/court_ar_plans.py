"""court_ar's three dossiers (江苏省南京市中级人民法院执行局): this court's 股权转让 judgment for an investment company
against a 南京 developer and its guarantor, 终本 at closing; a 南京仲裁委员会 award on a 合作开发 dispute, settled
and paid in two instalments, archived; a 南京 notary's 公证债权文书 (loan contract and 执行证书) against a borrower
and his guarantor, 终本, handed in without the 网络执行查控系统 查询结果 printout."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ar import AWARD_SEQ, EQUITY_SEQ, LOAN_SEQ

MISSING = "online_inquiry_result"
"""what the defective dossier lacks: the 查控 printout (A3 list, bank and registry replies) never reached the file"""


def _round() -> list[Doc]:
    docs = base_docs("terminated_this_round", "enforcement")
    return [*docs, Doc("service_receipt", served=["summons"]), Doc("service_receipt", served=["payment_notice"]),
            Doc("service_receipt", served=["enforcement_ruling"])]


def award_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"]),
            Doc("service_receipt", served=["payment_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def notarial_round() -> list[Doc]:
    docs = behind(_round(), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


CAPTURE = ("（中院生产扫描仪“自动纸张尺寸”：A3查控清单缩成A4、B5/A5表格或留白置于A4或按原尺寸裁切，回单、非税票据、POS单"
           "粘贴于A4票据粘贴单，装订孔与订书钉痕，文字页200/300 dpi灰度JPEG，有色页彩色）")


def plans() -> list[Plan]:
    return [
        Plan("court_ar_01_complete_equity_judgment_developer_round", "court_ar", "court_ar",
             "南京中院执行本院股权转让纠纷判决（投资公司诉房地产开发公司及保证人，合议庭署名），南京律所所函、执业证、授权委托书，"
             "营业执照及法定代表人身份证明书，网络查控A3清单、南京银行冻结回执、不动产登记中心回复，终结本次执行程序的完整卷宗" + CAPTURE,
             "enforcement", "terminated_this_round", "closing", _round(), True, seq=EQUITY_SEQ),
        Plan("court_ar_02_complete_archive_nanjing_award_settled_paid", "court_ar", "court_ar",
             "南京中院执行南京仲裁委员会合作开发协议纠纷裁决（附送达及生效证明），执行和解、分两期转账履行（工行回单粘贴单），"
             "归档卷宗（封面、卷内目录、归档审查表、备考表）",
             "enforcement", "fully_performed", "archive", award_archive(), True, basis_kind="arbitration", seq=AWARD_SEQ),
        Plan("court_ar_03_notarial_loan_round_missing_online_inquiry", "court_ar", "court_ar",
             "南京中院执行钟山公证处赋予强制执行效力的借款及保证合同公证书（附执行证书），对借款人及保证人终本，"
             "缺网络执行查控系统查询结果",
             "enforcement", "terminated_this_round", "closing", notarial_round(), False, basis_kind="notarial",
             seq=LOAN_SEQ),
    ]
