"""court_ip's three dossiers (四川省宜宾市翠屏区人民法院执行局): a 白酒 distributor enforces this court's sale judgment
against a restaurant company — a deposit deducted, the rest settled (执行和解协议) and paid, 执行完毕, archived with
cover, catalogue, review form and remarks sheet (the division's 生效证明书 behind the judgment); a pedestrian hurt in
a road accident enforces his compensation judgment against the driver, whose employer withholds his wages on a
协助执行通知书 and replies in writing — paid in full, 执行完毕; a bamboo-products buyer enforces this court's 支付令
against a bamboo-flooring factory — 终本 in 2023, resumed on the buyer's report of a truck, the truck seized and sold,
paid — but the volume lacks the 恢复执行 ruling."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ip import ACCIDENT_SEQ, BAMBOO_SEQ, LIQUOR_SEQ

MISSING = "resumption_ruling"
"""what the bamboo dossier lacks: the resumption was entered in the case system and the 恢复执行通知书 went out, but
the 恢复执行 ruling was never printed into the volume"""

FP = "fully_performed"


def liquor_archive() -> list[Doc]:
    docs = behind(base_docs(FP, "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def accident_closing() -> list[Doc]:
    """No settlement: the employer's withholdings are the performance."""
    docs = [d for d in base_docs(FP, "enforcement") if d.code != "settlement_agreement"]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def bamboo_closing() -> list[Doc]:
    """Resumed after 终本: no fee again, no settlement (the truck's price paid it), and no 恢复执行 ruling."""
    docs = [d for d in base_docs(FP, "resumption")
            if d.code not in ("settlement_agreement", "payment_notice", MISSING)]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return [*docs, Doc("service_receipt", served=["resumption_notice", "enforcement_ruling"])]


def plans() -> list[Plan]:
    return [
        Plan("court_ip_01_complete_archive_liquor_judgment_settled", "court_ip", "court_ip",
             "翠屏法院执行本院民事判决（白酒经销公司诉燃面餐饮公司买卖合同，附生效证明书）：扣划存款后执行和解，余款分两期付清，"
             "执行完毕，归档卷宗（封面、卷内目录、归档复核表、备考表）；当事人材料装在透明文件袋里连袋扫描，法院文书为再生灰纸",
             "enforcement", FP, "archive", liquor_archive(), True, seq=LIQUOR_SEQ),
        Plan("court_ip_02_complete_accident_judgment_wages_withheld", "court_ip", "court_ip",
             "翠屏法院执行本院机动车交通事故责任纠纷判决（行人诉驾驶员）：向其用人单位发协助执行通知书扣留工资（附单位回复函），"
             "分三次提取到位，执行完毕；透明文件袋连袋扫描、再生灰纸",
             "enforcement", FP, "closing", accident_closing(), True, seq=ACCIDENT_SEQ),
        Plan("court_ip_03_bamboo_payment_order_resumed_missing_resumption_ruling", "court_ip", "court_ip",
             "翠屏法院执行本院支付令（竹制品公司诉竹地板厂，附生效证明书）：前案终本，申请人发现货车后恢复执行，扣押变卖货车，"
             "执行完毕；卷内缺恢复执行裁定书",
             "resumption", FP, "closing", bamboo_closing(), False, seq=BAMBOO_SEQ),
    ]
