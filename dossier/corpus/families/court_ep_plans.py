"""court_ep's three dossiers (贵州省铜仁市碧江区人民法院执行局): a 梵净山 hotel's judgment for unpaid 团队房费 against a
travel agency (account frozen, settled and paid, archived); a haulier's 铜仁仲裁委员会 award for 锰矿石 freight against an
idle mining company (nothing found, 限制消费 and 失信, the applicant's lawyer heard, 终本); a lender's judgment for a
民间借贷 against a 食用菌 co-operative, settled and paid — handed in without the lawyer's 执业证 copy."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ep import FUNGUS_SEQ, HOTEL_SEQ, MANGANESE_SEQ

MISSING = "lawyer_license"
"""what the defective co-operative dossier lacks: the lawyer brought the 律所函 and the 授权委托书 but never the copy of
his 律师执业证, so the volume the checklist requires it in holds none"""


def hotel_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def manganese_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def fungus_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ep_01_complete_archive_fanjingshan_hotel_room_fees_paid", "court_ep", "court_ep",
             "碧江法院执行本院民事判决（梵净山酒店诉旅行社团队住宿费，附生效证明书）：冻结存款，和解后付清，执行完毕，归档卷宗"
             "（封面、卷内目录、复查表、备考表）；经旧复印机复印后平板扫描",
             "enforcement", "fully_performed", "archive", hotel_archive(), True, seq=HOTEL_SEQ),
        Plan("court_ep_02_complete_manganese_freight_award_terminated_this_round", "court_ep", "court_ep",
             "碧江法院执行铜仁仲裁委员会裁决（锰矿石运输费，附生效证明），锰业公司停产无财产，限制消费、纳入失信，约谈申请"
             "执行人代理律师后终结本次执行程序；经旧复印机复印后平板扫描",
             "enforcement", "terminated_this_round", "closing", manganese_closing(), True, basis_kind="arbitration",
             seq=MANGANESE_SEQ),
        Plan("court_ep_03_fungus_coop_loan_settled_missing_lawyer_license", "court_ep", "court_ep",
             "碧江法院执行本院民间借贷判决（个人诉食用菌种植专业合作社），和解后履行完毕；卷内缺代理律师执业证复印件",
             "enforcement", "fully_performed", "closing", fungus_closing(), False, seq=FUNGUS_SEQ),
    ]
