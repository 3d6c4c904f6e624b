"""court_aj's three dossiers, photographed at 上海金融法院's 智能收转 kiosk: two complete (a 上海仲裁委员会 award on a
融资租赁 contract for a 金融租赁 company, the lessee's securities account frozen and 划拨, 执行完毕 at closing; a
上海市黄浦区人民法院 金融借款合同 judgment for a bank, the debt sold to an 资产管理公司 which was substituted as applicant,
终本 and archived) and one defective (a 东方公证处 公证债权文书 of a 小额贷款 loan, 终本, handed in for closing without the
公证处's 执行证书)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_aj import LOAN_SEQ

MISSING = "effectiveness_certificate"
"""what the defective dossier lacks: the notary's 执行证书 stayed in the 小贷 company's file; only the 公证书 was filed"""
CAPTURE = ("智能收转一体机顶置摄像头拍摄：轻微桶形畸变、LED反光亮斑、角落叠印机器编号/收转编号/时间、150–220 dpi、"
           "调色板减色；部分页面边缘翘起、部分横放旋转90°")


def award_leasing_paid() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"), Doc("evidence", note="lease"))
    docs = behind(docs, "enforcement_ruling", Doc("service_receipt", served=["enforcement_ruling"]))
    return [*docs, Doc("service_receipt", served=["payment_notice"]), Doc("service_receipt", served=["closing_notice"])]


def loan_sold_archive() -> list[Doc]:
    """判决 + 生效证明书 + 借据/对账单; after the 查封 the 债权转让 papers and the ruling changing the applicant; 终本, archived."""
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"),
                  Doc("evidence", note="loan"))
    docs = behind(docs, "assistance_notice", Doc("evidence", note="transfer"), Doc("enforcement_ruling", note="change"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("service_receipt", served=["summons"]),
            Doc("file_review_form"), Doc("remarks_sheet")]


def notarial_without_certificate() -> list[Doc]:
    docs = base_docs("terminated_this_round", "enforcement")
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def plans() -> list[Plan]:
    return [
        Plan("court_aj_01_complete_award_finance_lease_securities_paid", "court_aj", "court_aj",
             "上海金融法院执行上海仲裁委员会融资租赁合同纠纷裁决（附生效证明），冻结并划拨承租人证券账户资金，执行完毕的完整卷宗"
             "（网上立案打印件、律所所函、金融租赁公司法律合规部授权委托书）；" + CAPTURE,
             "enforcement", "fully_performed", "closing", award_leasing_paid(), True, basis_kind="arbitration", seq=55127),
        Plan("court_aj_02_complete_archive_huangpu_loan_assigned_to_amc", "court_aj", "court_aj",
             "上海金融法院执行上海市黄浦区人民法院金融借款合同纠纷判决（附生效证明书），银行将债权转让给资产管理公司（债权转让协议、"
             "报纸公告、变更申请执行人申请书作为证据材料，变更申请执行人裁定），查封保证人房产，终结本次执行程序的归档卷宗；" + CAPTURE,
             "enforcement", "terminated_this_round", "archive", loan_sold_archive(), True, seq=LOAN_SEQ),
        Plan("court_aj_03_notarial_microloan_round_missing_execution_certificate", "court_aj", "court_aj",
             "上海金融法院执行上海市东方公证处赋予强制执行效力的小额贷款借款合同公证书，终结本次执行程序，缺公证处执行证书；" + CAPTURE,
             "enforcement", "terminated_this_round", "closing", notarial_without_certificate(), False,
             basis_kind="notarial", seq=55861),
    ]
