"""court_ce's three dossiers (河南省南阳市卧龙区人民法院执行局): a 南召 艾绒 supplier's 买卖合同 judgment (南阳中院
二审 维持) against a 艾灸 company that has gone quiet, ended 终结本次执行程序 after the 不动产登记中心 and the
查控系统 found nothing; a 镇平 jade carver's 南阳仲裁委员会 award against a culture-tourism company, settled in two
instalments and archived; this court's loan 调解书 against a 月季 nursery, paid by a 扣划 from its 中原银行 account
(the counter's thermal 回单 glued on a sheet), handed in without its 强制执行申请书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ce import JADE_SEQ, MOXA_SEQ, ROSE_SEQ

MISSING = "enforcement_application"
"""what the 月季 nursery's dossier lacks: the applicant's 强制执行申请书 stayed in the 立案庭's filing bundle"""


def moxa_docs() -> list[Doc]:
    docs = base_docs("terminated_this_round", "enforcement")
    return behind(docs, "online_inquiry_result", Doc("online_inquiry_result", note="realty"))


def jade_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def rose_docs() -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    docs = [d for d in docs if d.code not in (MISSING, "settlement_agreement")]
    return behind(docs, "payment_voucher", Doc("payment_voucher", note="bank"))


def plans() -> list[Plan]:
    return [
        Plan("court_ce_01_complete_terminated_this_round_moxa_supplier", "court_ce", "court_ce",
             "卧龙区法院执行南阳中院二审维持的买卖合同判决（南召艾绒供货人诉艾灸科技公司）：查控系统点阵打印反馈、"
             "不动产登记中心查询证明、实地调查人去楼空，限高、失信、约谈申请人后终结本次执行程序（窗口高速双面扫描仪，"
             "红色滤除，灰度200–300 dpi，偶有滚轮竖线、订书钉孔或撕角）",
             "enforcement", "terminated_this_round", "closing", moxa_docs(), True, seq=MOXA_SEQ),
        Plan("court_ce_02_complete_archive_jade_carver_award_settled", "court_ce", "court_ce",
             "南阳仲裁委员会裁决（镇平玉雕师诉文旅公司承揽合同，附裁决书生效证明）：执行和解、分两期汇入执行款专户后"
             "执行完毕，归档卷宗（卷宗封面、卷内目录、卷宗复核表、备考表）",
             "enforcement", "fully_performed", "archive", jade_archive(), True, basis_kind="arbitration", seq=JADE_SEQ),
        Plan("court_ce_03_rose_nursery_loan_missing_enforcement_application", "court_ce", "court_ce",
             "卧龙区法院民间借贷调解书（月季园艺公司）：中原银行账户扣划执行完毕（柜台热敏回单粘贴），强制执行申请书未入卷",
             "enforcement", "fully_performed", "closing", rose_docs(), False, basis_kind="mediation", seq=ROSE_SEQ),
    ]
