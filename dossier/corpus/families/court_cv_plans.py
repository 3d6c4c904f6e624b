"""court_cv's three dossiers (黑龙江省齐齐哈尔市龙沙区人民法院执行局): a pedestrian's own-court judgment on a winter
crossing accident against the driver and his insurer (the insurer pays after the 执行通知书, the driver's share kept from
his wages by the heating company he works for, its 回执 filed; 执行完毕); a lender's 湖滨人民法庭 民事调解书 against a
borrower whose car is seized, appraised and auctioned online, the rest unpaid (终本, archived); a commercial landlord's
齐齐哈尔仲裁委员会 award for rent against a restaurant company (account deducted, settled, paid) — whose 报告财产令 went
out by post and whose receipt for it never came back into the volume."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cv import AWARD_SEQ, LOAN_SEQ, TRAFFIC_SEQ

DROPPED = "property_report_order"
"""the paper whose service the defective dossier cannot prove: the 执行通知书 was handed to the restaurant's legal
representative (its 送达回证 names only that notice); the 报告财产令 was mailed a day later and no receipt for it was filed"""
MISSING = f"service_receipt:{DROPPED}"
"""how the checklist names what is missing: the served 报告财产令 item"""


def traffic_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="reply"))
    docs = behind(docs, "payment_voucher", Doc("payment_voucher"))
    docs[next(i for i, d in enumerate(docs) if d.code == "payment_voucher")] = Doc("payment_voucher", note="insurer")
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def loan_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind([d for d in docs if d.code != "investigation_record"], "assistance_notice", Doc("investigation_record"),
                  Doc("evidence"), Doc("enforcement_ruling", note="auction"), Doc("payment_voucher"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def award_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [d if d.served != ["enforcement_notice", DROPPED] else Doc("service_receipt", served=["enforcement_notice"])
            for d in docs]
    return [*docs, Doc("service_receipt", served=["closing_notice"])]


def plans() -> list[Plan]:
    return [
        Plan("court_cv_01_complete_traffic_accident_insurer_and_wages_paid", "court_cv", "court_cv",
             "龙沙法院执行本院民事判决（机动车交通事故责任纠纷，行人诉驾驶人及交强险保险公司）：保险公司收到执行通知书后付款，"
             "驾驶人应负担部分由其工作单位热力公司协助从工资中分两次扣留（协助执行通知书及回执），执行完毕；承办人批注过的工作"
             "卷彩色平板扫描（红蓝圆珠笔批示、划线、圈注金额、荧光笔）",
             "enforcement", "fully_performed", "closing", traffic_closing(), True, seq=TRAFFIC_SEQ),
        Plan("court_cv_02_complete_archive_tribunal_mediation_car_auctioned_terminated_this_round", "court_cv", "court_cv",
             "龙沙法院执行湖滨人民法庭民事调解书（民间借贷，附法律文书生效证明书）：查封、评估、网络拍卖被执行人轿车，拍卖款发放后"
             "余款无财产可供执行，限制消费、纳入失信，约谈申请执行人后终结本次执行程序，归档卷宗（封面、卷内目录、复核表、备考表）；"
             "承办人批注过的工作卷彩色平板扫描",
             "enforcement", "terminated_this_round", "archive", loan_archive(), True, basis_kind="mediation", seq=LOAN_SEQ),
        Plan("court_cv_03_award_rent_settled_missing_report_order_receipt", "court_cv", "court_cv",
             "龙沙法院执行齐齐哈尔仲裁委员会裁决（房屋租赁合同，附生效证明）：扣划被执行人存款后和解付清，执行完毕；卷内缺报告"
             "财产令的送达回证（执行通知书的回证只载执行通知书）；承办人批注过的工作卷彩色平板扫描",
             "enforcement", "fully_performed", "closing", award_closing(), False, basis_kind="arbitration", seq=AWARD_SEQ),
    ]
