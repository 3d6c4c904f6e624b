"""court_eq's three dossiers (山西省吕梁市离石区人民法院): a 2003 借款 judgment of the old 离石市人民法院 resumed in 2024
after its 2009 终本 (执恢), settled and paid, archived; a coal seller's judgment for 精煤 货款 against a shut coke plant
(终本); a 红枣 works' worker enforcing a labour award for wages, paid — handed in without the 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_eq import COKE_SEQ, OLD_SEQ, WAGE_SEQ

MISSING = "service_address_confirmation"
"""what the wage dossier lacks: the worker came to the window without her lawyer and never filled the 送达地址确认书"""


def old_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "resumption"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["resumption_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def coke_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def wage_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_eq_01_complete_archive_resumed_2003_loan_judgment_paid", "court_eq", "court_eq",
             "离石法院恢复执行（执恢）2003年离石市人民法院借款纠纷判决（打字机打印，油印生效证明书手填），原案2004年立案、"
             "2009年终本；被执行人现有收入，和解后付清，执行完毕，归档卷宗；旧纸张发黄变脆彩色扫描，其余灰度平板扫描",
             "resumption", "fully_performed", "archive", old_archive(), True, seq=OLD_SEQ),
        Plan("court_eq_02_complete_coke_plant_coal_debt_terminated_this_round", "court_eq", "court_eq",
             "离石法院执行本院民事判决（煤业公司诉焦化公司精煤货款），焦化厂停产、账户已被他案冻结、厂房抵押，"
             "限制消费、纳入失信，约谈申请人后终结本次执行程序；灰度平板扫描",
             "enforcement", "terminated_this_round", "closing", coke_closing(), True, seq=COKE_SEQ),
        Plan("court_eq_03_wage_award_jujube_works_paid_missing_service_address", "court_eq", "court_eq",
             "离石法院执行离石区劳动人事争议仲裁委员会工资裁决（红枣食品公司拖欠工人工资，附生效证明），扣划存款后付清；"
             "卷内缺送达地址确认书；灰度平板扫描",
             "enforcement", "fully_performed", "closing", wage_closing(), False, basis_kind="arbitration", seq=WAGE_SEQ),
    ]
