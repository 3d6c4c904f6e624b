"""court_gk's three dossiers (陕西省延安市宝塔区人民法院执行局): a 宝塔区 small-loan company enforces a notarised loan
(公证债权文书 with the 公证处's 执行证书 behind it) against a 洛川 apple cold store — its account frozen, the store
pays the whole sum, 执行完毕, archived with cover, catalogue, review form and remarks sheet; a 羊肉 seller enforces this
court's judgment for mutton supplied to an oil-field service contractor's crew canteens — the contractor lost its
well-site contracts and has nothing left: 限制消费, 失信, the seller heard, 终本; a tour-bus company enforces this
court's 民事调解书 against a 红色旅游 guesthouse, the two settle privately and the bus company withdraws its
application (撤回执行申请书), the court ends the case by 终结执行 — handed in without the 收取案款确认书, which nobody
asked for once the money was to pass between the parties directly."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gk import BUS_SEQ, LOAN_SEQ, MUTTON_SEQ

MISSING = "payment_account_confirmation"
"""what the tour-bus dossier lacks: the applicant's 收取案款确认书 — the guesthouse was to pay the bus company
directly, so the window never had it filled in"""


def loan_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def mutton_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def bus_closing() -> list[Doc]:
    docs = [d for d in base_docs("terminated", "enforcement") if d.code != MISSING]
    at = next(i for i, d in enumerate(docs) if d.code == "termination_ruling")
    return [*docs[:at], Doc("settlement_agreement"), Doc("evidence"), *docs[at:]]


def plans() -> list[Plan]:
    return [
        Plan("court_gk_01_complete_archive_notarised_loan_apple_cold_store", "court_gk", "court_gk",
             "宝塔区法院执行宝塔公证处赋予强制执行效力的借款合同公证书（小额贷款公司诉洛川苹果冷库公司，附公证处执行证书）："
             "冻结冷库账户后被执行人一次付清，执行完毕，归档卷宗（封面、卷内目录、归档审查表、备考表）；手机隔着亚克力台垫翻拍",
             "enforcement", "fully_performed", "archive", loan_archive(), True, basis_kind="notarial", seq=LOAN_SEQ),
        Plan("court_gk_02_complete_mutton_oilfield_contractor_terminated_this_round", "court_gk", "court_gk",
             "宝塔区法院执行本院民事判决（羊肉经营户诉油田技术服务公司货款），井场合同终止、设备系租赁，无财产可供执行，"
             "限制消费、纳入失信，约谈申请执行人后终结本次执行程序；手机隔着亚克力台垫翻拍",
             "enforcement", "terminated_this_round", "closing", mutton_closing(), True, seq=MUTTON_SEQ),
        Plan("court_gk_03_tour_bus_withdrawn_terminated_missing_account_confirmation", "court_gk", "court_gk",
             "宝塔区法院执行本院民事调解书（旅游客运公司诉红色旅游民宿包车款），双方私下和解，申请执行人撤回执行申请，"
             "裁定终结执行；卷内缺申请执行人收取案款确认书",
             "enforcement", "terminated", "closing", bus_closing(), False, basis_kind="mediation", seq=BUS_SEQ),
    ]
