"""court_ev's three dossiers (陕西省咸阳市秦都区人民法院执行局): a carton works' judgment of this court for 苹果冷库 boxes
against a 礼泉 fruit cold store (deposit deducted, the rest paid under a settlement, archived); a mill hand's award of
the 秦都区劳动人事争议仲裁委员会 for wages and severance against a shut knitting works (nothing found, 限制消费 and 失信,
the applicant heard, 终本); a cotton-yarn mill's mediation statement of this court against a garment maker who
settles and pays — handed in without the 结案通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ev import APPLE_SEQ, WAGE_SEQ, YARN_SEQ

MISSING = "closing_notice"
"""what the yarn dossier lacks: the clerk closed the case in the system on the interview record and never printed the
结案通知书 for the applicant, so the volume holds no notice of performance"""


def apple_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "settlement_agreement", Doc("interview_record"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def wage_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def yarn_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "payment_voucher", Doc("interview_record"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ev_01_complete_archive_apple_boxes_judgment_paid", "court_ev", "court_ev",
             "秦都法院执行本院民事判决（苹果冷库瓦楞周转箱买卖合同，包装公司诉礼泉果品冷链公司，附本院生效证明书）：划拨存款，"
             "余款按和解协议付清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；缺墨喷墨打印、彩色扫描",
             "enforcement", "fully_performed", "archive", apple_archive(), True, seq=APPLE_SEQ),
        Plan("court_ev_02_complete_labour_award_terminated_this_round", "court_ev", "court_ev",
             "秦都法院执行秦都区劳动人事争议仲裁委员会裁决（拖欠工资及经济补偿金，附生效证明），针织厂停产无财产可供执行，"
             "限制消费、纳入失信，约谈申请执行人后终结本次执行程序；缺墨喷墨打印、彩色扫描",
             "enforcement", "terminated_this_round", "closing", wage_closing(), True, basis_kind="arbitration",
             seq=WAGE_SEQ),
        Plan("court_ev_03_yarn_mediation_settled_missing_closing_notice", "court_ev", "court_ev",
             "秦都法院执行本院民事调解书（棉纱买卖合同，纺织公司诉针织加工个体户），执行和解后分期付清；卷内缺结案通知书",
             "enforcement", "fully_performed", "closing", yarn_closing(), False, basis_kind="mediation", seq=YARN_SEQ),
    ]
