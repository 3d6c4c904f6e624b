"""court_ff's three dossiers (宁夏回族自治区石嘴山市大武口区人民法院执行局): a 太西煤 trading company enforces the
石嘴山中院's appeal judgment against a calcium-carbide plant (an account frozen at 石嘴山银行, a settlement, paid in
two instalments, 执行完毕, archived with cover, catalogue, review form and remarks sheet, this court's 生效证明书 behind
the judgment); a Hui dump-truck driver enforces this court's 民事调解书 for hauling stone against a 贺兰山 quarry shut in
the clean-up (nothing left, 限制消费 and 失信, the driver heard, 终本); a 枸杞 seller of 朝阳市场 enforces this court's
loan judgment against a 清真 手抓羊肉 house's owner, who settles and pays — handed in without her 收取案款确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ff import COAL_SEQ, GOJI_SEQ, HAUL_SEQ

MISSING = "payment_account_confirmation"
"""what the 枸杞 seller's dossier lacks: she read her 邮储 card number to the clerk over the phone when the money came,
and the 收取案款确认书 she should have signed at the window was never filled in"""


def coal_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def haul_closing() -> list[Doc]:
    return [*base_docs("terminated_this_round", "enforcement"), Doc("service_receipt", served=["summons"])]


def goji_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ff_01_complete_archive_taixi_coal_carbide_plant_paid", "court_ff", "court_ff",
             "大武口法院执行石嘴山中院二审民事判决（太西煤运销公司诉电石化工公司煤款，附本院民一庭生效证明书）：冻结石嘴山银行"
             "账户后达成和解、分两期付清，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；煤灰手印、红色指印、"
             "茶杯印，平板扫描（部分未盖扫描仪盖板）",
             "enforcement", "fully_performed", "archive", coal_archive(), True, seq=COAL_SEQ),
        Plan("court_ff_02_complete_haulage_mediation_quarry_terminated_this_round", "court_ff", "court_ff",
             "大武口法院执行本院民事调解书（回族货车司机诉贺兰山石料公司运费），石料厂整治关停无财产可供执行，限制消费、纳入"
             "失信，约谈申请执行人后终结本次执行程序；煤灰手印、红色指印，平板扫描",
             "enforcement", "terminated_this_round", "closing", haul_closing(), True, basis_kind="mediation",
             seq=HAUL_SEQ),
        Plan("court_ff_03_goji_seller_loan_halal_restaurant_missing_account_confirmation", "court_ff", "court_ff",
             "大武口法院执行本院民事判决（枸杞摊主诉清真手抓羊肉馆经营者民间借贷），执行和解后付清；卷内缺申请执行人收取案款"
             "确认书",
             "enforcement", "fully_performed", "closing", goji_closing(), False, seq=GOJI_SEQ),
    ]
