"""court_bz's three dossiers (湖北省十堰市张湾区人民法院执行局): a brake-pad maker's judgment of this court against a
drive-shaft assembler, paid once the assembler's forklifts were seized (执行裁定书, 协助执行通知书 to the 市场监督管理局
that registers them) and put up for an auction called off when it paid, the seizure then lifted; a 武当山 travel
agency's 十堰中院 二审 judgment against the man whose 民宿 closed with its deposits, ended 终本 after 网络查控, a home
visit, 限制消费 and 约谈, archived; a truck-leasing company's 十堰仲裁委 award for 牵引车 rent, settled in two
instalments and paid, filed without its 财产线索表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bz import INN_SEQ, PARTS_SEQ, TRUCK_SEQ

MISSING = "property_clue_form"
"""what the defective award dossier lacks: the lessor's lawyer never handed in the window's 财产线索表"""


def parts_docs() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "assistance_notice", Doc("enforcement_ruling", note="release"),
                  Doc("assistance_notice", note="release"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["closing_notice"])]


def inn_docs() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis",
                  Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def truck_docs() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_bz_01_complete_brake_pads_forklifts_seized_paid", "court_bz", "court_bz",
             "张湾法院执行本院买卖合同判决（刹车片货款，摩擦材料公司诉传动轴公司）：查封被执行人叉车三台并通知市场监管局"
             "协助，拍卖前被执行人交清全部款项，裁定解除查封、撤回拍卖，案款发放，执行完毕（装订卷册经书刊扫描仪拍摄：装订孔、"
             "书脊阴影、弯曲、页码章、批注）",
             "enforcement", "fully_performed", "closing", parts_docs(), True, seq=PARTS_SEQ),
        Plan("court_bz_02_complete_archive_wudang_inn_terminated_this_round", "court_bz", "court_bz",
             "十堰中院二审维持的武当山民宿服务合同判决（旅行社预付团队房费），被执行人个人无财产：网络查控、入户调查笔录、"
             "限制消费令、失信决定、约谈申请人，终结本次执行程序，归档（卷宗封面、卷内目录、复核表、备考表；生效证明附于判决后）",
             "enforcement", "terminated_this_round", "archive", inn_docs(), True, seq=INN_SEQ),
        Plan("court_bz_03_truck_lease_award_missing_property_clue_form", "court_bz", "court_bz",
             "十堰仲裁委牵引车租赁费裁决（附生效证明），物流公司分两期和解履行完毕；卷内缺被执行人财产线索表",
             "enforcement", "fully_performed", "closing", truck_docs(), False, basis_kind="arbitration", seq=TRUCK_SEQ),
    ]
