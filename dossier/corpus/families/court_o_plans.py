"""court_o's three dossiers, scanned at 北京朝阳法院's filing window: two complete (this court's 支付令 enforced by the
速执团队, a 限制消费令 on the company's legal representative, then a 执行和解 paid in four instalments, at closing; a
朝阳区劳动人事争议仲裁委员会 award for a worker's wages, 终本 when the company had nothing left, archived with 卷宗封面,
卷内目录, 归档审查表 and 备考表) and one defective (a 公证债权文书 of a bank's loan with the notary's 执行证书, 终本,
handed in for closing without the 约谈笔录 of the applicant)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_o import INSTALMENTS


def payment_order_in_instalments() -> list[Doc]:
    """支付令 → 限消 on the legal representative → 和解 with a schedule → one bank slip per instalment → 执行完毕."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "payment_voucher"]
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"))
    docs = behind(docs, "settlement_agreement", *[Doc("payment_voucher", note=str(k)) for k in range(1, INSTALMENTS + 1)])
    return [*docs, Doc("service_receipt", served=["consumption_restriction_order"]),
            Doc("service_receipt", served=["closing_notice"])]


def labour_award_archive() -> list[Doc]:
    """劳动仲裁裁决 with its 生效证明, 终本, archived."""
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def notarial_without_interview() -> list[Doc]:
    """公证债权文书 and 执行证书, 终本, the 约谈笔录 never filed."""
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != "interview_record"]


def plans() -> list[Plan]:
    return [
        Plan("court_o_01_complete_payment_order_instalments", "court_o", "court_o",
             "北京朝阳法院速执团队执行本院支付令、执行和解分四期履行完毕的完整卷宗（对被执行公司及其法定代表人限制消费；"
             "立案窗口双面自动进纸扫描，红色滤除：红头与印章只剩淡影；银行电子回单彩色扫描；双张进纸、倒置页；系统打印件）",
             "enforcement", "fully_performed", "closing", payment_order_in_instalments(), True, seq=13872),
        Plan("court_o_02_complete_archive_labour_award_round", "court_o", "court_o",
             "北京朝阳法院执行劳动人事争议仲裁裁决（附仲裁委生效证明）终结本次执行程序的归档卷宗（卷宗封面、卷内目录、归档审查表、"
             "备考表）",
             "enforcement", "terminated_this_round", "archive", labour_award_archive(), True, basis_kind="arbitration",
             seq=20419),
        Plan("court_o_03_notarial_missing_interview_record", "court_o", "court_o",
             "北京朝阳法院执行公证债权文书（公证处执行证书）的终本卷宗，缺约谈申请执行人笔录",
             "enforcement", "terminated_this_round", "closing", notarial_without_interview(), False,
             basis_kind="notarial", seq=31506),
    ]
