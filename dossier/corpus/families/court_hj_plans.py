"""court_hj's three dossiers (云南省昆明市五华区人民法院执行局): a woman's loan judgment of this court, whose first
enforcement ended 终本 in 2022, resumed when she spots the debtor's new car by 翠湖 — the car seized and auctioned, she
is paid, 执行完毕, archived with cover, catalogue, review form and remarks sheet (the civil division's 生效证明书 behind
the judgment); a 小额贷款 company enforces a loan contract notarised with enforceability by the 翠湖公证处 (its 执行证书
behind the 公证书) against a tea-shop borrower and his guarantor: nothing found, 限制消费 and 失信, the lender heard,
终本; a 毕节 chilli growers' co-operative enforces a 七星关区 court judgment against a 五华 米线 company, which settles
and pays the growers directly — filed without the 收款账户确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hj import CAR_SEQ, CHILI_SEQ, NOTARY_SEQ

MISSING = "payment_account_confirmation"
"""what the 米线 case lacks: the co-operative's lawyer never filled in the 收款账户确认书 at the window, and once the
company agreed to pay the growers' own account directly nobody asked for it again"""


def car_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "resumption") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("investigation_record"), Doc("enforcement_ruling", note="sale"))
    docs = behind(docs, "resumption_notice", Doc("service_receipt", served=["resumption_ruling", "resumption_notice"]))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def notary_closing() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return behind(docs, "identity_proof", Doc("identity_proof", note="guarantor"))


def chili_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_hj_01_complete_archive_resumption_car_auctioned", "court_hj", "court_hj",
             "五华法院恢复执行（原案2022年终本）：申请人发现被执行人新购轿车，申请恢复执行（原承办人签署意见），恢复执行裁定由原"
             "承办人署名；扣押车辆、网络司法拍卖，执行款发放，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表，民事"
             "判决书后附生效证明书）；脏污划痕平板扫描仪扫描",
             "resumption", "fully_performed", "archive", car_archive(), True, seq=CAR_SEQ),
        Plan("court_hj_02_complete_notarial_deed_borrower_guarantor_terminated_this_round", "court_hj", "court_hj",
             "五华法院执行翠湖公证处赋予强制执行效力的借款合同公证书（附执行证书），被执行人为借款人及保证人；查无财产，限制"
             "消费、纳入失信，约谈申请执行人后终结本次执行程序；脏污划痕平板扫描仪扫描",
             "enforcement", "terminated_this_round", "closing", notary_closing(), True, basis_kind="notarial",
             seq=NOTARY_SEQ),
        Plan("court_hj_03_guizhou_judgment_settled_missing_account_confirmation", "court_hj", "court_hj",
             "五华法院执行贵州省毕节市七星关区人民法院民事判决（辣椒合作社诉米线餐饮公司货款，附生效证明书），执行和解后被执行人"
             "直接付清；卷内缺申请执行人收取案款确认书",
             "enforcement", "fully_performed", "closing", chili_closing(), False, seq=CHILI_SEQ),
    ]
