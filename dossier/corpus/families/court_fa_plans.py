"""court_fa's three dossiers (湖南省永州市冷水滩区人民法院执行局): an 异蛇 farm enforces this court's own judgment for
蛇干、蛇酒 against a 血鸭 restaurant company (an account frozen, the company pays the whole sum in, 执行完毕, archived with
cover, catalogue, review form and remarks sheet, the civil division's 生效证明书 behind the judgment); a 米粉 cook
enforces a wage award of the 冷水滩区劳动人事争议仲裁委员会 against a closed noodle factory (nothing found, 限制消费
and 失信, the worker heard, 终本); a 米粉 workshop enforces its judgment against a 血鸭 shop's owner, who settles and
pays — handed in without the lawyer's 执业证 copy."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fa import NOODLE_SEQ, SNAKE_SEQ, WAGE_SEQ

MISSING = "lawyer_license"
"""what the noodle workshop's dossier lacks: its lawyer brought the firm's letter and the power of attorney to the
window but never the copy of his 律师执业证, and nobody asked for it again"""


def snake_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def wage_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def noodle_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_fa_01_complete_archive_snake_farm_judgment_paid", "court_fa", "court_fa",
             "冷水滩法院执行本院民事判决（异蛇养殖公司诉血鸭餐饮公司买卖合同，附民事审判庭生效证明书）：冻结账户后被执行人"
             "一次性交清，执行完毕，归档卷宗（封面、卷内目录、归档审查表、备考表）；磨损的高速馈纸扫描仪扫描",
             "enforcement", "fully_performed", "archive", snake_archive(), True, seq=SNAKE_SEQ),
        Plan("court_fa_02_complete_wage_award_noodle_factory_terminated_this_round", "court_fa", "court_fa",
             "冷水滩法院执行冷水滩区劳动人事争议仲裁委员会欠薪裁决（附生效证明书），米粉厂停产无财产可供执行，限制消费、"
             "纳入失信，约谈申请执行人后终结本次执行程序；磨损的高速馈纸扫描仪扫描",
             "enforcement", "terminated_this_round", "closing", wage_closing(), True, basis_kind="arbitration", seq=WAGE_SEQ),
        Plan("court_fa_03_noodle_workshop_settled_missing_lawyer_license", "court_fa", "court_fa",
             "冷水滩法院执行本院民事判决（米粉加工厂诉血鸭馆经营者米粉货款），执行和解后付清；卷内缺律师执业证复印件",
             "enforcement", "fully_performed", "closing", noodle_closing(), False, seq=NOODLE_SEQ),
    ]
