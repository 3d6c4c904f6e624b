"""court_bp's three dossiers (江西省南昌市东湖区人民法院执行局): a 景德镇 porcelain maker's 二审 judgment of 南昌中院
against a 船山路 瓷器 wholesaler, paid in full once the 执行通知书 went out and the wholesaler's account was frozen; a
南昌拌粉 franchisor's 南昌仲裁委员会 award against a franchisee, settled by 执行和解 and performed, archived; a
民间借贷 民事调解书 enforced against a borrower with nothing, ended by 终结本次执行程序 without its 限制消费令 in the
volume."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bp import CERAMIC_SEQ, LOAN_SEQ, NOODLE_SEQ

MISSING = "consumption_restriction_order"
"""what the 终本 dossier lacks: the 限制消费令 was issued through the system but never printed into the volume"""


def ceramic() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="reply"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def noodle_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "payment_voucher", Doc("payment_voucher", note="second"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan() -> list[Doc]:
    docs = base_docs("terminated_this_round", "enforcement")
    docs = [d for d in docs if d.code != MISSING]
    return [Doc(d.code, served=[s for s in d.served if s != MISSING], note=d.note) for d in docs]


def plans() -> list[Plan]:
    return [
        Plan("court_bp_01_complete_ceramic_wholesale_second_instance_paid", "court_bp", "court_bp",
             "东湖法院执行南昌中院二审民事判决（景德镇陶瓷公司诉船山路瓷器批发公司货款，驳回上诉维持原判）：执行通知书送达后"
             "冻结被执行人银行存款，被执行人全额交款，执行完毕结案；全部页面经立案窗口高拍仪拍摄（灰、灯光热斑、桶形畸变、"
             "桌面暗边，少数页旋转90°）",
             "enforcement", "fully_performed", "closing", ceramic(), True, seq=CERAMIC_SEQ),
        Plan("court_bp_02_complete_archive_rice_noodle_franchise_award_settled", "court_bp", "court_bp",
             "东湖法院执行南昌仲裁委员会裁决（南昌拌粉品牌加盟费及货款），附仲裁委生效证明，执行和解后分两期履行完毕，"
             "归档卷宗（卷宗封面、卷内目录、归档审查表、备考表）",
             "enforcement", "fully_performed", "archive", noodle_archive(), True, basis_kind="arbitration",
             seq=NOODLE_SEQ),
        Plan("court_bp_03_loan_mediation_terminated_missing_consumption_order", "court_bp", "court_bp",
             "东湖法院执行本院民间借贷民事调解书，被执行人无财产可供执行，终结本次执行程序；限制消费令未入卷",
             "enforcement", "terminated_this_round", "closing", loan(), False, basis_kind="mediation", seq=LOAN_SEQ),
    ]
