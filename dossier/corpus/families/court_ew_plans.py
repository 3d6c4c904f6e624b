"""court_ew's three dossiers (浙江省丽水市莲都区人民法院执行局): a 庆元 香菇 co-operative enforces this court's own
judgment for 花菇 delivered to a 丽水 food-trading firm (account frozen and deducted, the rest paid under a settlement,
执行完毕, archived); a 龙泉 celadon maker enforces a 丽水仲裁委员会 award against a shut gift company (nothing found,
限制消费 and 失信, the applicant heard, 终本); a cold-store owner enforces 丽水中院's 二审 judgment for 冷库 rent against a
香菇 dealer who settles and pays — handed in without the lawyer's 律师执业证 copy."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ew import CELADON_SEQ, COLDSTORE_SEQ, MUSHROOM_SEQ

MISSING = "lawyer_license"
"""what the defective cold-store dossier lacks: the lawyer brought the firm's letter but not a copy of his licence,
and nobody asked for it again before the case was closed"""


def mushroom_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def celadon_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def coldstore_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ew_01_complete_archive_shiitake_judgment_paid", "court_ew", "court_ew",
             "莲都法院执行本院民事判决（庆元香菇合作社诉丽水食品贸易公司，干香菇货款，附生效证明书）：冻结扣划存款，和解后付清，"
             "执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；当事人材料装在透明文件袋内隔袋扫描、拍摄",
             "enforcement", "fully_performed", "archive", mushroom_archive(), True, seq=MUSHROOM_SEQ),
        Plan("court_ew_02_complete_celadon_award_terminated_this_round", "court_ew", "court_ew",
             "莲都法院执行丽水仲裁委员会青瓷货款裁决（附生效证明），礼品公司门店关闭无财产，限制消费、纳入失信，约谈申请执行人后"
             "终结本次执行程序；当事人材料隔透明文件袋拍摄",
             "enforcement", "terminated_this_round", "closing", celadon_closing(), True, basis_kind="arbitration",
             seq=CELADON_SEQ),
        Plan("court_ew_03_appeal_coldstore_rent_settled_missing_lawyer_license", "court_ew", "court_ew",
             "莲都法院执行丽水中院二审判决（香菇冷库租金，驳回上诉维持原判，附一审法院生效证明书），执行和解后履行完毕；"
             "卷内缺代理律师执业证复印件",
             "enforcement", "fully_performed", "closing", coldstore_closing(), False, seq=COLDSTORE_SEQ),
    ]
