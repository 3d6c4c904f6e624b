"""court_it's three dossiers (湖北省宜昌市伍家岗区人民法院执行局): a 宜都 citrus growers' cooperative enforces this court's
judgment for oranges sold to a 伍家岗 juice factory — its deposits frozen and deducted, the money paid out, 执行完毕,
archived (cover and catalogue first, the civil division's 生效证明书 behind the judgment, review form and remarks sheet
last); a 长阳 hydropower-site subcontractor enforces a 宜昌仲裁委员会 award against a construction company — its car
seized, appraised and auctioned online, the money paid out, 执行完毕; a tourist hurt on a 两坝一峡 tour boat enforces
this court's judgment against the boat operator, which has nothing left — 网络查控 empty, 限制消费, 失信, the applicant
heard, 终本 — handed in without the on-site 调查笔录."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_it import CITRUS_SEQ, CRUISE_SEQ, HYDRO_SEQ

MISSING = "investigation_record"
"""what the cruise dossier lacks: the officers went to the operator's ticket office at the 伍家岗 pier and found it shut,
but the 调查笔录 of that visit was never written up and filed, so the applicant's clue (the boat, the ticket takings)
stands in the dossier unchecked"""


def citrus_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def hydro_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return behind(docs, "assistance_notice", Doc("enforcement_ruling", note="auction"),
                  Doc("enforcement_ruling", note="confirm"), Doc("assistance_notice", note="transfer"))


def cruise_closing() -> list[Doc]:
    return [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_it_01_complete_archive_citrus_coop_deposits_deducted", "court_it", "court_it",
             "伍家岗法院执行本院民事判决（宜都柑橘种植专业合作社诉果汁饮品公司买卖合同，附民事审判庭生效证明书）：冻结、扣划"
             "被执行人存款，案款发放，执行完毕，归档卷宗（卷皮、卷内目录、复核表、备考表）；高速扫描仪按纸张原大裁切",
             "enforcement", "fully_performed", "archive", citrus_archive(), True, seq=CITRUS_SEQ),
        Plan("court_it_02_complete_hydro_subcontractor_award_car_auctioned", "court_it", "court_it",
             "伍家岗法院执行宜昌仲裁委员会裁决（水电站分包工程款，附生效证明）：扣押被执行人车辆，评估后网络司法拍卖成交，"
             "案款发放，执行完毕；高速扫描仪按纸张原大裁切",
             "enforcement", "fully_performed", "closing", hydro_closing(), True, basis_kind="arbitration", seq=HYDRO_SEQ),
        Plan("court_it_03_cruise_injury_terminated_missing_investigation_record", "court_it", "court_it",
             "伍家岗法院执行本院民事判决（游客在两坝一峡游船上摔伤，健康权纠纷）：网络查控无财产，限制消费、纳入失信，约谈"
             "申请执行人后终结本次执行程序；卷内缺现场调查笔录",
             "enforcement", "terminated_this_round", "closing", cruise_closing(), False, seq=CRUISE_SEQ),
    ]
