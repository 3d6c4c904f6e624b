"""court_hn's three dossiers (广东省惠州市惠城区人民法院执行局): four workers of a 水口 furniture factory enforce the
惠城区劳动人事争议仲裁委员会's wage award through a legal-aid lawyer — the factory's account frozen and the sum
deducted, the wages paid out to each worker, 执行完毕, archived (cover and catalogue first, the commission's 生效证明
behind the award, review form and remarks sheet last); a finance-lease company objects to the seizure of CNC panel
saws, an edge-bander and a six-sided drill in a 马安 furniture factory, with its contract and list of machines as
evidence — the lease was never registered, the objection is rejected (驳回); a tile and sanitary-ware supplier
enforces this court's mediation against a renovation company that has moved out and vanished (限制消费, 失信,
终本) — handed in without the 收款账户确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hn import LEASE_SEQ, TILE_SEQ, WAGE_SEQ

MISSING = "payment_account_confirmation"
"""what the tile supplier's dossier lacks: its lawyer took the window's 收款账户确认书 away to have the company seal
it and never brought it back — nothing was ever recovered, so nobody needed the account and nobody asked again"""


def wage_archive() -> list[Doc]:
    drop = {"settlement_agreement", "payment_notice", "property_declaration_form"}
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code not in drop]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs.append(Doc("service_receipt", served=["enforcement_ruling"]))
    docs.append(Doc("service_receipt", served=["closing_notice"]))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def lease_objection() -> list[Doc]:
    keep = {"objection_application", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "evidence",
            "service_address_confirmation"}
    docs = [d for d in base_docs("rejected", "objection") if d.code in keep]
    return [*docs, Doc("acceptance_notice"), Doc("investigation_record"), Doc("enforcement_ruling"),
            Doc("closing_approval_form"), Doc("service_receipt", served=["acceptance_notice"]),
            Doc("service_receipt", served=["enforcement_ruling"])]


def tile_closing() -> list[Doc]:
    return [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_hn_01_complete_archive_wage_award_account_deducted", "court_hn", "court_hn",
             "惠城法院执行惠城区劳动人事争议仲裁委员会欠薪裁决（四名家具厂工人，法律援助律师代理，附仲裁委生效证明）："
             "冻结、扣划家具公司银行存款，工资款分别发放，执行完毕；归档卷宗（封面、卷内目录、复核表、备考表）；"
             "复印机黑白扫描到邮箱",
             "enforcement", "fully_performed", "archive", wage_archive(), True, basis_kind="arbitration", seq=WAGE_SEQ),
        Plan("court_hn_02_complete_objection_finance_lease_rejected", "court_hn", "court_hn",
             "惠城法院执行异议案：融资租赁公司就查封家具厂数控开料机、封边机、六面钻提出案外人异议（证据目录、查封裁定书"
             "复印件、售后回租合同、租赁物清单），现场核对后因未办理融资租赁登记裁定驳回异议；复印机黑白扫描到邮箱",
             "objection", "rejected", "closing", lease_objection(), True, seq=LEASE_SEQ),
        Plan("court_hn_03_tile_supplier_terminated_missing_account_confirmation", "court_hn", "court_hn",
             "惠城法院执行本院民事调解书（建材公司诉装饰工程公司瓷砖卫浴货款，律师代理），被执行人搬离失联，限制消费、"
             "纳入失信、约谈申请人后终结本次执行程序；卷内缺申请执行人收取案款确认书",
             "enforcement", "terminated_this_round", "closing", tile_closing(), False, basis_kind="mediation", seq=TILE_SEQ),
    ]
