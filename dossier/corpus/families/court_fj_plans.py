"""court_fj's three dossiers (福建省莆田市城厢区人民法院执行局): a 鞋材 maker enforces an award of the 莆田仲裁委员会 against a
sports-shoe trading company (its account frozen, a settlement, paid in full, 执行完毕, archived with cover, catalogue,
review form and remarks sheet, the commission's 生效证明 behind the award); a 龙眼木 carver enforces a notarised loan
contract (the 壶山公证处's 公证书 and 执行证书) against a 木雕 crafts company whose workshop by the 木兰溪 is shut
(nothing found, 限制消费 and 失信, the carver heard, 终本); a gold wholesaler enforces this court's judgment against a
金店 owner, who settles and pays — handed in without the applicant's 收取案款确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fj import CARVING_SEQ, GOLD_SEQ, SHOE_SEQ

MISSING = "payment_account_confirmation"
"""what the gold wholesaler's dossier lacks: its clerk gave the company's account number over the phone and the
signed 收取案款确认书 never came back to the window"""


def shoe_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def carving_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def gold_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_fj_01_complete_archive_shoe_material_award_paid", "court_fj", "court_fj",
             "城厢法院执行莆田仲裁委员会裁决（鞋材公司诉运动鞋贸易公司货款，附仲裁委生效证明）：冻结账户后和解并一次付清，"
             "执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；灯管老化、CCD接缝、电机打滑的旧彩色平板扫描",
             "enforcement", "fully_performed", "archive", shoe_archive(), True, basis_kind="arbitration", seq=SHOE_SEQ),
        Plan("court_fj_02_complete_notarised_loan_wood_carving_terminated_this_round", "court_fj", "court_fj",
             "城厢法院执行壶山公证处赋予强制执行效力的借款合同公证书（附执行证书），木雕工艺品公司停产无财产，限制消费、"
             "纳入失信，约谈申请执行人后终结本次执行程序；旧彩色平板扫描",
             "enforcement", "terminated_this_round", "closing", carving_closing(), True, basis_kind="notarial",
             seq=CARVING_SEQ),
        Plan("court_fj_03_gold_shop_settled_missing_account_confirmation", "court_fj", "court_fj",
             "城厢法院执行本院民事判决（黄金珠宝公司诉金店经营者货款），执行和解后付清；卷内缺申请执行人收取案款确认书",
             "enforcement", "fully_performed", "closing", gold_closing(), False, seq=GOLD_SEQ),
    ]
