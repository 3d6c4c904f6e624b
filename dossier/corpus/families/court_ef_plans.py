"""court_ef's three dossiers (江苏省淮安市清江浦区人民法院执行局): a 盱眙 crayfish trader's judgment of this court for
unpaid 小龙虾 against a 淮扬菜 restaurant company (account frozen, settled and paid, archived); a salt-plant worker's
淮安市劳动人事争议仲裁委员会 award for wages against a plant that stopped work (nothing found, 限制消费 and 失信, the
worker heard, 终本); a 民间借贷 judgment against a 京杭运河 barge owner who settles and pays — handed in without the
applicant's 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ef import BARGE_SEQ, CRAYFISH_SEQ, SALT_SEQ

MISSING = "service_address_confirmation"
"""what the barge dossier lacks: the lender's lawyer filed the application by post and the window never had the
送达地址确认书 filled, so the volume holds none"""


def crayfish_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def salt_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def barge_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ef_01_complete_archive_crayfish_restaurant_paid", "court_ef", "court_ef",
             "清江浦法院执行本院民事判决（盱眙小龙虾买卖合同，经营户诉淮扬菜餐饮公司，附生效证明书）：冻结存款，和解后付清，"
             "执行完毕，归档卷宗（封面、卷内目录、卷宗审查表、备考表）；档案高速扫描仪自动彩色识别、去透印",
             "enforcement", "fully_performed", "archive", crayfish_archive(), True, seq=CRAYFISH_SEQ),
        Plan("court_ef_02_complete_salt_plant_wage_award_terminated_this_round", "court_ef", "court_ef",
             "清江浦法院执行淮安市劳动人事争议仲裁委员会工资裁决，盐化厂停产无财产可供执行，限制消费、纳入失信，谈话申请执行人后"
             "终结本次执行程序；档案高速扫描仪自动彩色识别、去透印",
             "enforcement", "terminated_this_round", "closing", salt_closing(), True, basis_kind="arbitration",
             seq=SALT_SEQ),
        Plan("court_ef_03_canal_barge_loan_settled_missing_service_address", "court_ef", "court_ef",
             "清江浦法院执行本院民间借贷判决（运河货船船主借款，附生效证明书），执行和解后履行完毕；卷内缺送达地址确认书",
             "enforcement", "fully_performed", "closing", barge_closing(), False, seq=BARGE_SEQ),
    ]
