"""court_ec's three dossiers (辽宁省丹东市振兴区人民法院执行局): a seafood cold store's 买卖合同 judgment against a riverside
seafood restaurant company (account frozen and deducted, the rest settled and paid, archived); a garment worker's wage
award from the district's labour arbitration commission against a stopped garment plant (nothing found, 限制消费 and
失信, the worker heard, 终本); a 民间借贷 judgment against a 鸭绿江 tourist-boat owner who settles and pays — handed in
without the lender's 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ec import BOAT_SEQ, GARMENT_SEQ, SEAFOOD_SEQ

MISSING = "service_address_confirmation"
"""what the defective boat-loan dossier lacks: the lender came to the window alone and never filled the 送达地址确认书
the checklist requires, so it is not in the volume"""


def _with_certificate(method: str) -> list[Doc]:
    return behind(base_docs(method, "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def seafood_archive() -> list[Doc]:
    docs = [*_with_certificate("fully_performed"), Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def garment_closing() -> list[Doc]:
    return _with_certificate("terminated_this_round")


def boat_closing() -> list[Doc]:
    return [d for d in _with_certificate("fully_performed") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ec_01_complete_archive_seafood_sale_judgment_paid", "court_ec", "court_ec",
             "振兴区法院执行本院买卖合同判决（水产冷藏公司诉海鲜餐饮公司，附生效证明书）：冻结扣划存款，和解后付清，执行完毕，"
             "归档卷宗（封面、卷内目录、归档审查表、备考表）；承办人工作卷彩色平板扫描，带便利贴、回形针、骑缝章、复印件章",
             "enforcement", "fully_performed", "archive", seafood_archive(), True, seq=SEAFOOD_SEQ),
        Plan("court_ec_02_complete_garment_wage_award_terminated_this_round", "court_ec", "court_ec",
             "振兴区法院执行劳动人事争议仲裁委员会工资裁决（附生效证明书），服装厂停产无财产，限制消费、纳入失信，约谈申请人后"
             "终结本次执行程序；彩色平板扫描，带便利贴、回形针、骑缝章",
             "enforcement", "terminated_this_round", "closing", garment_closing(), True, basis_kind="arbitration",
             seq=GARMENT_SEQ),
        Plan("court_ec_03_boat_loan_settled_missing_service_address", "court_ec", "court_ec",
             "振兴区法院执行本院民间借贷判决（游船经营者借款），执行和解后履行完毕；卷内缺申请执行人送达地址确认书",
             "enforcement", "fully_performed", "closing", boat_closing(), False, seq=BOAT_SEQ),
    ]
