"""court_dl's three dossiers (山西省大同市平城区人民法院执行局): a coal trader's 大同中院 二审 judgment on a 煤炭运输
contract against a haulage company (a tractor-trailer 查封, appraised and auctioned, the price paid out, 执行完毕,
archived in archive order); a heating-equipment maker's 平城法院 调解书 against a heating company that bought boilers
and never paid (nothing found, 限制消费 and 失信, 终本); a worker's 大同市劳动人事争议仲裁委员会 award for unpaid wages
against a small 陈醋 shop that paid after the notice — filed without a 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dl import COAL_SEQ, HEAT_SEQ, WAGE_SEQ

MISSING = "service_address_confirmation"
"""what the defective wage dossier lacks: the worker filled his form at the window and left before the clerk handed
him the 送达地址确认书, so the volume holds none"""


def coal_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("evidence", note="appraisal"), Doc("evidence", note="auction"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def heat_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def wage_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_dl_01_complete_archive_coal_haulage_appeal_trailer_auctioned", "court_dl", "court_dl",
             "平城法院执行大同中院二审判决（煤炭运输合同，煤炭运销公司诉物流公司，附一审生效证明书）：查封半挂牵引车、"
             "委托评估、拍卖成交，价款发还申请执行人，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；"
             "旧A3扫描仪自动幅面，A4纸居左、右侧灰色盖板",
             "enforcement", "fully_performed", "archive", coal_archive(), True, seq=COAL_SEQ),
        Plan("court_dl_02_complete_heating_boiler_mediation_terminated_this_round", "court_dl", "court_dl",
             "平城法院执行本院民事调解书（供热设备买卖合同，锅炉厂诉供热公司），无财产可供执行，限制消费、纳入失信，"
             "约谈申请执行人后终结本次执行程序；旧A3扫描仪自动幅面",
             "enforcement", "terminated_this_round", "closing", heat_closing(), True, basis_kind="mediation",
             seq=HEAT_SEQ),
        Plan("court_dl_03_wage_award_paid_missing_service_address_confirmation", "court_dl", "court_dl",
             "平城法院执行大同市劳动人事争议仲裁委员会裁决（拖欠工资，附生效证明），被执行人收到通知后履行完毕；"
             "卷内缺送达地址确认书；旧A3扫描仪自动幅面",
             "enforcement", "fully_performed", "closing", wage_closing(), False, basis_kind="arbitration", seq=WAGE_SEQ),
    ]
