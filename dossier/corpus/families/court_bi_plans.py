"""court_bi's three dossiers (福建省福州市鼓楼区人民法院执行局): a 茶叶 trader's 货款 judgment, upheld on appeal by
福州中院, paid after a pink 传票 and archived; a 软件外包 company's 福州仲裁委员会 award paid by the client through
兴业银行; an 东街口 商铺 lease judgment handed in without the applicant's 财产线索表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bi import LEASE_SEQ, SOFT_SEQ, TEA_SEQ

MISSING = "property_clue_form"
"""what the 东街口 lease dossier lacks: the landlord's agent never filled the 财产线索表 at the window"""


def _paid() -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def tea_archive() -> list[Doc]:
    docs = behind(_paid(), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("summons"))
    docs = [*docs, Doc("service_receipt", served=["summons"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def software_award() -> list[Doc]:
    return behind(_paid(), "enforcement_basis", Doc("effectiveness_certificate"))


def plans() -> list[Plan]:
    return [
        Plan("court_bi_01_complete_archive_tea_trader_appeal_upheld", "court_bi", "court_bi",
             "鼓楼法院执行福州中院二审维持的茶叶买卖合同纠纷判决（安溪铁观音批发商诉茶庄欠货款），粉红色传票后被执行人履行，"
             "归档卷宗（封面、目录、生效证明书、归档复核表、备考表）；彩色纸张灰度扫描、骑缝章、书记员手写页码",
             "enforcement", "fully_performed", "archive", tea_archive(), True, seq=TEA_SEQ),
        Plan("court_bi_02_complete_software_outsourcing_arbitration_award", "court_bi", "court_bi",
             "鼓楼法院执行福州仲裁委员会裁决（软件外包服务合同纠纷，附仲裁委生效证明），兴业银行冻结后发包方付款执行完毕；"
             "营业执照、银行存款证明复印件带防伪底纹",
             "enforcement", "fully_performed", "closing", software_award(), True, basis_kind="arbitration",
             seq=SOFT_SEQ),
        Plan("court_bi_03_dongjiekou_shop_lease_missing_property_clue_form", "court_bi", "court_bi",
             "鼓楼法院执行本院东街口商铺租赁合同纠纷判决，租金付清结案；申请执行人未提交财产线索表",
             "enforcement", "fully_performed", "closing", [d for d in _paid() if d.code != MISSING], False,
             seq=LEASE_SEQ),
    ]
