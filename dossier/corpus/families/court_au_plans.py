"""court_au's three dossiers (黑龙江省大庆市让胡路区人民法院执行局): a 劳务 team leader's judgment for his crew's wages
against an oilfield service contractor, paid by the 采油厂 once the contractor's receivable was frozen; a drilling-rig
lease award of 大庆仲裁委员会, settled by 和解协议 and paid, archived; a parts supplier's 大庆中院 二审 judgment, filed
online, whose 执行申请书 was never printed into the paper volume."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_au_kit import PARTS_SEQ, RIG_SEQ, WAGE_SEQ

MISSING = "enforcement_application"
"""what the parts supplier's dossier lacks: filed through the online window, the 申请书 stayed in the e-file only"""


def wage_docs() -> list[Doc]:
    """No settlement: the 采油厂 paid the frozen 作业费 to the court on a second 协助执行通知书."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="pay"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def rig_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "settlement_agreement", Doc("payment_voucher", note="slip"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def parts_docs() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code not in ("settlement_agreement", MISSING)]
    docs = behind(docs, "assistance_notice", Doc("payment_voucher", note="slip"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def plans() -> list[Plan]:
    return [
        Plan("court_au_01_complete_crew_wages_oilfield_receivable", "court_au", "court_au",
             "让胡路法院执行本院劳务合同纠纷判决：劳务班组负责人为作业工人追索劳务费，被执行人为油田技术服务公司；"
             "冻结其对采油厂的应收作业费，采油厂协助提取后执行完毕（台式扫描仪玻璃脏：灰尘、头发、水杯印；纸张放歪、"
             "角被切；承办人红色“已阅/已核”章、法官批示、彩色标签）",
             "enforcement", "fully_performed", "closing", wage_docs(), True, seq=WAGE_SEQ),
        Plan("court_au_02_complete_archive_drilling_rig_lease_award_settled", "court_au", "court_au",
             "大庆仲裁委员会钻机租赁合同裁决（附生效证明）的执行：执行中达成和解协议分两期付清，执行完毕，归档卷宗"
             "（卷宗封面、卷内目录、归档复核表、备考表）",
             "enforcement", "fully_performed", "archive", rig_archive(), True, basis_kind="arbitration", seq=RIG_SEQ),
        Plan("court_au_03_appeal_parts_supplier_missing_application", "court_au", "court_au",
             "大庆中院二审判决（采油配件买卖合同）为依据，银行扣划执行完毕；网上立案的执行申请书未打印入卷",
             "enforcement", "fully_performed", "closing", parts_docs(), False, seq=PARTS_SEQ),
    ]
