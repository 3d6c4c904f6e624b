"""court_ht's three dossiers (重庆市綦江区人民法院执行局): a 小额贷款 company enforces a loan under a 赋予强制执行效力的
债权文书公证 of the 綦江公证处, with the notary's 执行证书 behind it — the borrower's car seized, sold at an online auction
and the price paid out, 执行完毕; a pedestrian hit by a 面包车 enforces the court's own traffic-accident judgment
against the driver and his insurer, who pays by transfer — 执行完毕 and archived (cover and catalogue first, the
civil division's 生效证明书 behind the judgment, review form and remarks sheet last); a 物业 company enforces its
fee judgment against a flat's owner, nothing is found and the case ends in 终本 — handed in without any party's
identity papers."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ht import CAR_SEQ, ESTATE_SEQ, VAN_SEQ

MISSING = "identity_proof"
"""what the 物业 company's dossier lacks: its lawyer filed online and the window printed the application, the
judgment and the forms, but neither the company's 营业执照 and 法定代表人身份证明书 nor any copy of the owner's
identity card ever reached the volume"""


def car_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("enforcement_ruling", note="sale"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def van_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def estate_closing() -> list[Doc]:
    return [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ht_01_complete_notarial_loan_car_auctioned", "court_ht", "court_ht",
             "綦江法院执行赋强公证债权文书（小额贷款公司借款合同公证书，附綦江公证处执行证书）：扣押借款人车辆，网络司法拍卖"
             "成交，价款发放申请执行人，执行完毕；潮湿档案室存放后平板灰度扫描（折痕、起皱、茶杯印、霉斑）",
             "enforcement", "fully_performed", "closing", car_closing(), True, basis_kind="notarial", seq=CAR_SEQ),
        Plan("court_ht_02_complete_archive_traffic_judgment_insurer_paid", "court_ht", "court_ht",
             "綦江法院执行本院机动车交通事故责任纠纷民事判决（面包车驾驶人及其保险公司，附民事审判庭生效证明书）：保险公司"
             "转账履行，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；潮湿档案室存放后平板灰度扫描",
             "enforcement", "fully_performed", "archive", van_archive(), True, seq=VAN_SEQ),
        Plan("court_ht_03_property_fee_owner_terminated_missing_identity_proof", "court_ht", "court_ht",
             "綦江法院执行本院物业服务合同纠纷民事判决（物业公司诉业主欠缴物业费）：查无财产，限制消费、纳入失信，约谈"
             "申请执行人后终结本次执行程序；卷内缺当事人身份证明（营业执照、法定代表人身份证明书、业主身份证复印件）",
             "enforcement", "terminated_this_round", "closing", estate_closing(), False, seq=ESTATE_SEQ),
    ]
