"""court_ao's three dossiers, rescanned after the 档案室 flood: two complete (this court's 脐橙 sale judgment for a
合作社 against a fruit trader, 终本, at closing, its clue form carrying the 村委会证明 and 林权证 copy; the 赣州中院
二审 wage judgment for a 农民工 against a 建筑劳务 company, 执行和解 paid in three instalments, archived) and one
defective (this court's 建材 sale judgment paid in one transfer, handed in without its 结案通知书)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ao import GOODS_SEQ, INSTALMENTS, ORANGE_SEQ, WAGE_SEQ

MISSING = "closing_notice"
"""what the defective dossier lacks: the 结案通知书 to the applicant of a case closed as 执行完毕"""


def orange_round() -> list[Doc]:
    docs = base_docs("terminated_this_round", "enforcement")
    docs = behind(docs, "online_inquiry_result", Doc("online_inquiry_result", note="again"))
    docs = behind(docs, "investigation_record", Doc("investigation_record", note="orchard"))
    return [*docs, Doc("service_receipt", served=["summons"]), Doc("service_receipt", served=["payment_notice"]),
            Doc("service_receipt", served=["enforcement_ruling"])]


def wage_instalments_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [d for d in docs if d.code != "payment_voucher"]
    docs = behind(docs, "settlement_agreement",
                  *[Doc("payment_voucher", note=str(k)) for k in range(1, INSTALMENTS + 1)])
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"), Doc("summons"),
                  Doc("investigation_record"))
    docs = [*docs, Doc("service_receipt", served=["payment_notice"]), Doc("service_receipt", served=["summons"]),
            Doc("service_receipt", served=["consumption_restriction_order"]),
            Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def goods_without_closing_notice() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("online_inquiry_result", note="again"), Doc("summons"),
                  Doc("consumption_restriction_order"), Doc("investigation_record"), Doc("interview_record"))
    return [*docs, Doc("service_receipt", served=["payment_notice"]), Doc("service_receipt", served=["summons"]),
            Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["consumption_restriction_order"])]


def plans() -> list[Plan]:
    return [
        Plan("court_ao_01_complete_navel_orange_sale_round", "court_ao", "court_ao",
             "章贡法院执行本院脐橙买卖合同纠纷判决（合作社诉水果商，附村民委员会证明、林权证及土地承包经营权证复印件），"
             "网络查控两次、终结本次执行程序的完整卷宗（档案室水淹后晾干重扫：水渍潮线、纸张起皱、字迹洇化、粘连撕角、霉斑）",
             "enforcement", "terminated_this_round", "closing", orange_round(), True, seq=ORANGE_SEQ),
        Plan("court_ao_02_complete_archive_appeal_wage_instalments", "court_ao", "court_ao",
             "章贡法院执行赣州中院二审维持的农民工劳务报酬判决（被执行人为建筑劳务公司），执行和解分三期付款履行完毕的"
             "归档卷宗（卷宗封面、卷内目录、生效证明、复核表、备考表；水淹后重扫）",
             "enforcement", "fully_performed", "archive", wage_instalments_archive(), True, seq=WAGE_SEQ),
        Plan("court_ao_03_goods_sale_paid_missing_closing_notice", "court_ao", "court_ao",
             "章贡法院执行本院建材买卖合同纠纷判决，被执行人一次转账履行完毕，缺结案通知书（水淹后重扫）",
             "enforcement", "fully_performed", "closing", goods_without_closing_notice(), False, seq=GOODS_SEQ),
    ]
