"""court_bh's three dossiers (吉林省延吉市人民法院): a cabbage grower's 货款 against a Korean-invested 泡菜 maker on a
延边中院 二审 judgment, paid and archived; a 民间借贷 调解书 against a 人参 trader, paid; a flat owner against a 装修
company on a 二审 judgment, paid, handed in without its 受理案件通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs
from dossier.corpus.families.court_bh import GINSENG_SEQ, KIMCHI_SEQ, REPAIR_SEQ

MISSING = "acceptance_notice"
"""what the defective 装修 dossier lacks: the 受理案件通知书 (sent by SMS only, never printed into the volume)"""


def _paid() -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def kimchi_archive() -> list[Doc]:
    docs = _paid()
    at = next(i for i, d in enumerate(docs) if d.code == "enforcement_basis") + 1
    docs = [*docs[:at], Doc("effectiveness_certificate"), *docs[at:]]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def plans() -> list[Plan]:
    return [
        Plan("court_bh_01_complete_archive_kimchi_company_cabbage_price", "court_bh", "court_bh",
             "延吉法院执行延边中院二审判决（朝鲜族菜农诉韩资泡菜食品公司白菜货款），扣划存款执行完毕并归档；法院文书汉朝双语，"
             "当事人材料经电子诉讼上传（150 dpi 低质JPEG后放大至200 dpi，部分灰度强对比）",
             "enforcement", "fully_performed", "archive", kimchi_archive(), True, seq=KIMCHI_SEQ),
        Plan("court_bh_02_complete_ginseng_trader_loan_mediation", "court_bh", "court_bh",
             "延吉法院执行本院民间借贷调解书（出借人诉安图县人参收购商），和解后扣划执行完毕",
             "enforcement", "fully_performed", "closing", _paid(), True, seq=GINSENG_SEQ),
        Plan("court_bh_03_renovation_company_missing_acceptance_notice", "court_bh", "court_bh",
             "延吉法院执行延边中院装饰装修合同纠纷二审判决，执行完毕；受理案件通知书未入卷",
             "enforcement", "fully_performed", "closing", [d for d in _paid() if d.code != MISSING], False,
             seq=REPAIR_SEQ),
    ]
