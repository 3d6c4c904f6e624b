"""court_ha's three dossiers (湖南省怀化市鹤城区人民法院执行局): a 黄金坳 timber yard enforces this court's judgment for
会同 fir logs against a furniture company — the company's 工行 account frozen and the whole sum deducted by 特种转账,
paid out to the yard, 执行完毕, archived (cover and catalogue first, the civil division's 生效证明书 behind the
judgment, review form and remarks sheet last); 怀化农商银行 enforces a notarised loan (公证书 with the notary's 执行证书
behind it) against a 芷江 duck farmer and his guarantor — nothing found, 限制消费 and 失信, the bank's lawyer heard, 终本;
a rider hurt on the 209 enforces this court's traffic-accident judgment against the driver and his 交强险 insurer — the
insurer wires its part, the driver settles and pays the rest in cash, but the 报告财产令's 送达回证 never came back."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ha import CRASH_SEQ, LOAN_SEQ, TIMBER_SEQ

MISSING = "service_receipt:property_report_order"
"""what the traffic-accident dossier lacks: the 执行通知书 was handed to the driver at the bureau and signed for there,
the 报告财产令 went by post — and its 送达回证 with the EMS slip was never filed"""


def timber_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [d for d in docs if d.code != "settlement_agreement"]
    docs.append(Doc("service_receipt", served=["enforcement_ruling"]))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def crash_closing() -> list[Doc]:
    docs = []
    for d in base_docs("fully_performed", "enforcement"):
        if d.code == "service_receipt" and d.served == ["enforcement_notice", "property_report_order"]:
            docs.append(Doc("service_receipt", served=["enforcement_notice"]))
        else:
            docs.append(d)
    return docs


def plans() -> list[Plan]:
    return [
        Plan("court_ha_01_complete_archive_timber_yard_judgment_deducted", "court_ha", "court_ha",
             "鹤城法院执行本院民事判决（木材加工厂诉家具公司杉木原木货款，附民事审判庭生效证明书）：冻结被执行人工行账户并以"
             "特种转账扣划，执行款发放后执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；银行联单为针式打印的"
             "无碳复写联，灰度平板扫描",
             "enforcement", "fully_performed", "archive", timber_archive(), True, seq=TIMBER_SEQ),
        Plan("court_ha_02_complete_notarised_loan_rural_bank_terminated_this_round", "court_ha", "court_ha",
             "鹤城法院执行鹤城公证处赋予强制执行效力的借款合同公证书（附执行证书），怀化农商银行诉芷江养鸭户及保证人，"
             "网络查控及实地调查无财产，限制消费、纳入失信，约谈申请人后终结本次执行程序；灰度平板扫描",
             "enforcement", "terminated_this_round", "closing", loan_closing(), True, basis_kind="notarial",
             seq=LOAN_SEQ),
        Plan("court_ha_03_traffic_accident_insurer_and_driver_paid_missing_report_order_receipt", "court_ha", "court_ha",
             "鹤城法院执行本院交通事故责任纠纷判决：保险公司电汇交强险赔款，驾驶员和解后分两次现金缴款，执行完毕；"
             "卷内缺报告财产令的送达回证",
             "enforcement", "fully_performed", "closing", crash_closing(), False, seq=CRASH_SEQ),
    ]
