"""court_iy's three dossiers (重庆市渝北区人民法院执行局): a 空港 logistics company enforces a 重庆仲裁委员会 award for
freight charges against a 汽博中心 car dealer — the dealer's loan proceeds owed by a bank frozen and paid over on a
协助执行通知书, 执行完毕 (closing, the commission's 生效证明 behind the award); a 悦来 homeowner enforces the 一中院's
second-instance judgment (upholding this court's own) for late-delivery damages against the developer — its account
deducted, paid out, 执行完毕, archived (cover and catalogue first, the civil division's 生效证明书 behind the
judgment, review form and remarks sheet last); a 回兴 tile trader's 2021 case, 终本 in 2022, resumed (执恢) when the
debtor's new car turns up — the car seized, the debtor pays, 执行完毕 — filed without the 恢复执行 ruling."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_iy import FREIGHT_SEQ, HOME_SEQ, TILE_SEQ

MISSING = "resumption_ruling"
"""what the tile trader's dossier lacks: the undertaker signed the 恢复执行 ruling in the case system and sent out
the 恢复执行通知书, but the signed ruling itself never came back from the 签发 desk into the volume"""


def _paid(category: str) -> list[Doc]:
    """The paid-out dossier of `category` without a settlement: the money came by compulsion, not agreement."""
    return [d for d in base_docs("fully_performed", category) if d.code != "settlement_agreement"]


def freight_closing() -> list[Doc]:
    docs = behind(_paid("enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def home_archive() -> list[Doc]:
    docs = behind(_paid("enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def tile_closing() -> list[Doc]:
    docs = [d for d in _paid("resumption") if d.code != MISSING]
    docs = behind(docs, "assistance_notice", Doc("investigation_record"))
    return [*docs, Doc("service_receipt", served=["resumption_notice", "enforcement_ruling"])]


def plans() -> list[Plan]:
    return [
        Plan("court_iy_01_complete_freight_award_car_dealer_receivable_paid", "court_iy", "court_iy",
             "渝北法院执行重庆仲裁委员会运费裁决（物流公司诉汽车销售服务公司，附仲裁委生效证明）：冻结被执行人对银行的到期债权，"
             "银行按协助执行通知书划付，执行完毕；执行局收文章、发文登记章、流程条码，生产扫描仪200dpi黑白",
             "enforcement", "fully_performed", "closing", freight_closing(), True, basis_kind="arbitration", seq=FREIGHT_SEQ),
        Plan("court_iy_02_complete_archive_late_delivery_appeal_paid", "court_iy", "court_iy",
             "渝北法院执行重庆市第一中级人民法院二审判决（维持本院一审，业主诉开发商逾期交房违约金，附本院生效证明书）：扣划开发商"
             "账户存款，发放完毕，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；收文章、发文登记章、条码，200dpi黑白",
             "enforcement", "fully_performed", "archive", home_archive(), True, seq=HOME_SEQ),
        Plan("court_iy_03_resumed_tile_debt_car_seized_missing_resumption_ruling", "court_iy", "court_iy",
             "渝北法院恢复执行（执恢）建材经营户的2022年终本旧案：发现被执行人新车，扣押车辆后被执行人交清，执行完毕；"
             "卷内缺恢复执行裁定书",
             "resumption", "fully_performed", "closing", tile_closing(), False, seq=TILE_SEQ),
    ]
