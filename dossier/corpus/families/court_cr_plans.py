"""court_cr's three dossiers (山东省潍坊市奎文区人民法院执行局): a kite factory's 潍坊中院 appeal judgment against a trading
company, paid from a frozen and 扣划 account and archived; a greenhouse builder's 潍坊仲裁委员会 award against an
agricultural company, nothing found, ended by 终本; a loan's 支付令 settled and paid, handed in without its 结案通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cr import GREENHOUSE_SEQ, KITE_SEQ, LOAN_SEQ

MISSING = "closing_notice"
"""what the defective 支付令 dossier lacks: the 结案通知书 was never printed into the volume"""


def kite_archive() -> list[Doc]:
    """Paid by 扣划, no settlement: the agreement base_docs assumes is dropped; the 生效证明 sits behind the judgment."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def greenhouse_ended() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis",
                  Doc("effectiveness_certificate"))
    return [*docs, Doc("service_receipt", served=["summons"])]


def loan_settled() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def plans() -> list[Plan]:
    return [
        Plan("court_cr_01_complete_archive_kite_factory_appeal_judgment_deducted", "court_cr", "court_cr",
             "奎文法院执行潍坊中院二审判决（风筝厂诉外贸公司买卖合同纠纷，驳回上诉维持原判，奎文法院出具生效证明书），"
             "冻结并扣划被执行人银行存款，案款发放后执行完毕，归档卷宗（卷宗封面、卷内目录、归档审查表、备考表）；"
             "外包数字化：自适应阈值二值化、边缘清理、扫描批次条码标签，二审判决存为双页展开图",
             "enforcement", "fully_performed", "archive", kite_archive(), True, seq=KITE_SEQ),
        Plan("court_cr_02_complete_terminated_this_round_greenhouse_award", "court_cr", "court_cr",
             "奎文法院执行潍坊仲裁委员会裁决（蔬菜大棚建设工程施工合同，附仲裁委生效证明），被执行农业公司无财产可供执行，"
             "限制消费、纳入失信名单，传唤法定代表人调查，约谈申请执行人听取意见后终结本次执行程序",
             "enforcement", "terminated_this_round", "closing", greenhouse_ended(), True, basis_kind="arbitration",
             seq=GREENHOUSE_SEQ),
        Plan("court_cr_03_missing_closing_notice_payment_order_loan_settled", "court_cr", "court_cr",
             "奎文法院执行本院支付令（民间借贷，被执行人为个人），双方达成执行和解协议（双页展开扫描）分两期付清，"
             "执行完毕；结案通知书未入卷",
             "enforcement", "fully_performed", "closing", loan_settled(), False, seq=LOAN_SEQ),
    ]
