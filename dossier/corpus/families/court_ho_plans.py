"""court_ho's three dossiers (新疆维吾尔自治区伊宁市人民法院执行局): a dried-fruit and 薰衣草精油 trading company enforces
this court's judgment against a 喀赞其 特产店's keeper, who settles at the bureau's counter and pays (执行完毕); a 小额贷款
company enforces a notarised loan to a Kazakh herdsman — the 公证处's 公证书 and, right behind it, its 执行证书 — the
herdsman gone from his pasture, nothing found, 限制消费 and 失信, the lender heard, 终本, archived (cover, catalogue,
复核表, 备考表); a labour subcontractor enforces its judgment for 工程款 against the general contractor of a housing
block, whose account is frozen and debited — handed in without the applicant's 收取案款确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ho import BUILD_SEQ, FRUIT_SEQ, HERD_SEQ

MISSING = "payment_account_confirmation"
"""what the subcontractor's dossier lacks: its lawyer wrote the receiving account into the application itself, the
window took that for the account form, and the money went out on it — the 收取案款确认书 was never filled in"""


def fruit_closing() -> list[Doc]:
    return base_docs("fully_performed", "enforcement")


def herd_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "service_address_confirmation", Doc("whereabouts_unknown_proof"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def build_closing() -> list[Doc]:
    """No settlement: the account was debited; the receipt for the ruling that debited it is filed too."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code not in (MISSING, "settlement_agreement")]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def plans() -> list[Plan]:
    return [
        Plan("court_ho_01_complete_dried_fruit_lavender_judgment_settled_paid", "court_ho", "court_ho",
             "伊宁市法院执行本院民事判决（干果精油贸易公司诉喀赞其特产店经营者买卖合同：杏干、葡萄干、巴旦木、薰衣草精油），"
             "执行和解后付清，执行完毕；双语文书，灯管老化的彩色平板扫描仪扫描",
             "enforcement", "fully_performed", "closing", fruit_closing(), True, seq=FRUIT_SEQ),
        Plan("court_ho_02_complete_archive_notarial_herdsman_loan_terminated_this_round", "court_ho", "court_ho",
             "伊宁市法院执行伊宁市公证处赋予强制执行效力的借款合同公证书（附执行证书），哈萨克族牧民下落不明（村委会、派出所证明），"
             "无财产可供执行，限消、纳失，约谈申请人后终结本次执行程序，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；"
             "灯管老化的彩色平板扫描仪扫描",
             "enforcement", "terminated_this_round", "archive", herd_archive(), True, basis_kind="notarial", seq=HERD_SEQ),
        Plan("court_ho_03_construction_subcontract_debited_missing_payment_account_confirmation", "court_ho", "court_ho",
             "伊宁市法院执行本院民事判决（建筑劳务公司诉总承包方劳务分包工程款），冻结扣划总包方账户，执行完毕；"
             "卷内缺申请执行人收取案款确认书",
             "enforcement", "fully_performed", "closing", build_closing(), False, seq=BUILD_SEQ),
    ]
