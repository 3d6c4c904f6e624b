"""court_hw's three dossiers (辽宁省盘锦市双台子区人民法院执行局): a 盘锦大米 wholesaler enforces this court's sale judgment
against a supermarket chain's operating company — its car seized, appraised and sold by 网络司法拍卖, the proceeds paid
out, 执行完毕, archived (cover and catalogue first, the civil division's 生效证明书 behind the judgment, review form
and remarks sheet last); a 辽河油田 services subcontractor enforces a 盘锦市中级人民法院 first-instance judgment for
unpaid contract price, assigned to this court — 执行和解, three instalments, a bank receipt for each, 执行完毕; a
downstairs neighbour enforces a water-leak judgment against the flat owner above, whose mortgaged flat another court
seized first — 限制消费令, property inquiries, 失信, 终本 without the applicant ever being heard."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hw import LEAK_SEQ, OIL_SEQ, RICE_SEQ

MISSING = "interview_record"
"""what the neighbour's dossier lacks: the 终本 ruling was made without the applicant being called in and heard
(no 谈话笔录) — the undertaker took the property inquiries and the field visit as enough"""


def rice_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("enforcement_ruling", note="auction"),
                  Doc("enforcement_ruling", note="confirm"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def oil_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "payment_voucher"]
    return behind(docs, "settlement_agreement", *[Doc("payment_voucher", note=str(k)) for k in (1, 2, 3)])


def leak_closing() -> list[Doc]:
    return [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_hw_01_complete_archive_rice_wholesaler_car_auctioned", "court_hw", "court_hw",
             "双台子法院执行本院民事判决（盘锦大米经销公司诉连锁超市公司买卖合同，附民事审判庭生效证明书）：扣押被执行人"
             "车辆，评估后网络司法拍卖成交，案款发放，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；"
             "区法院馈纸式扫描仪扫描（胶带修补、便利贴、折角）",
             "enforcement", "fully_performed", "archive", rice_archive(), True, seq=RICE_SEQ),
        Plan("court_hw_02_complete_oilfield_subcontractor_settled_three_instalments", "court_hw", "court_hw",
             "双台子法院执行盘锦市中级人民法院一审民事判决（辽河油田工程分包商诉总包方欠付工程款，中院指定执行）："
             "执行和解，被执行人分三期付清，每期附建设银行回单，执行完毕；馈纸式扫描仪扫描",
             "enforcement", "fully_performed", "closing", oil_closing(), True, seq=OIL_SEQ),
        Plan("court_hw_03_water_leak_neighbour_terminated_missing_interview_record", "court_hw", "court_hw",
             "双台子法院执行本院民事判决（楼下邻居诉楼上房主漏水财产损害赔偿）：房屋已抵押且被他院首封，限制消费、"
             "网络查控、实地调查、纳入失信后终结本次执行程序；卷内缺约谈申请执行人的谈话笔录",
             "enforcement", "terminated_this_round", "closing", leak_closing(), False, seq=LEAK_SEQ),
    ]
