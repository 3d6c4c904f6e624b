"""court_fp's three dossiers (贵州省六盘水市钟山区人民法院, enforcement at its 大河人民法庭): a 米箩 猕猴桃 grower enforces
an award of the 六盘水仲裁委员会 against a 凉都 resort company that bought his fruit for its summer gift boxes (its
account frozen, it settles and pays, 执行完毕; archived with cover, catalogue, review form and remarks sheet, the
committee's 生效证明 behind the award); a truck driver who hauled coal and steel to 水钢 enforces the tribunal's own
民事调解书 for freight against a haulage company that has folded (nothing found, 限制消费 and 失信, the driver heard,
终本); a sheep raiser enforces a notarised loan (the 钟山公证处's 公证书 and 执行证书) against a 羊肉粉 shop's owner,
who settles after the summer season and pays — handed in without the applicant's 收取案款确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fp import KIWI_SEQ, MUTTON_SEQ, TRUCK_SEQ

MISSING = "payment_account_confirmation"
"""what the sheep raiser's dossier lacks: he wrote his bank card's number at the foot of his 稿纸 application and went
home; the window's 收取案款确认书 was never filled in, and the money was paid out on the card all the same"""


def kiwi_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def truck_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def mutton_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_fp_01_complete_archive_kiwi_award_paid", "court_fp", "court_fp",
             "钟山法院大河人民法庭执行六盘水仲裁委员会裁决（猕猴桃种植户诉凉都旅游开发公司货款，附仲裁委生效证明）："
             "冻结账户后和解并一次付清，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；填空式文书、手写送达回证，"
             "高拍仪暖光拍摄",
             "enforcement", "fully_performed", "archive", kiwi_archive(), True, basis_kind="arbitration", seq=KIWI_SEQ),
        Plan("court_fp_02_complete_truck_freight_mediation_terminated_this_round", "court_fp", "court_fp",
             "钟山法院大河人民法庭执行本院民事调解书（货车司机诉物流公司水钢运费），公司停业、车辆被收回，无财产可供执行，"
             "限制消费、纳入失信，手写调查笔录、谈话笔录后终结本次执行程序；高拍仪暖光拍摄",
             "enforcement", "terminated_this_round", "closing", truck_closing(), True, basis_kind="mediation",
             seq=TRUCK_SEQ),
        Plan("court_fp_03_mutton_noodle_notarial_loan_missing_account_confirmation", "court_fp", "court_fp",
             "钟山法院执行钟山公证处赋予强制执行效力的公证债权文书（附执行证书；养羊户借款给羊肉粉馆老板），和解后付清；"
             "卷内缺申请执行人收取案款确认书",
             "enforcement", "fully_performed", "closing", mutton_closing(), False, basis_kind="notarial", seq=MUTTON_SEQ),
    ]
