"""court_hb's three dossiers (甘肃省张掖市甘州区人民法院执行局): a maize-seed company enforces 张掖中院's appeal judgment
against a 制种 cooperative that delivered short — the judgment printed from 中国裁判文书网, this court's 生效证明书 behind
it; the cooperative's account frozen, it pays in full, 执行完毕, archived with cover, catalogue, review form and
remarks sheet. A car-hire firm enforces a 张掖仲裁委员会 award against a customer who kept the car: nothing found,
限制消费 and 失信 (the 中国执行信息公开网 record filed behind the decision), the firm's lawyer heard, 终本. A bricklaying
team leader, through his lawyer, enforces this court's judgment for 劳务费 against a small builder, which settles and
pays him directly — and the window never had him sign the 收取案款确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hb import CAR_SEQ, LABOUR_SEQ, SEED_SEQ

MISSING = "payment_account_confirmation"
"""what the labour-fee dossier lacks: the builder paid the team leader straight into his own account under the
settlement, so nobody at the window asked him to sign the 申请执行人收取案款确认书 when the case was filed, and it was
never put in afterwards"""


def seed_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def car_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def labour_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_hb_01_complete_archive_seed_cooperative_appeal_paid", "court_hb", "court_hb",
             "甘州法院执行张掖中院二审民事判决（玉米制种公司诉制种合作社短交种子，判决系中国裁判文书网打印件，附本院生效证明书）："
             "冻结合作社账户后被执行人交清，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；灰度文件扫描仪扫描",
             "enforcement", "fully_performed", "archive", seed_archive(), True, seq=SEED_SEQ),
        Plan("court_hb_02_complete_car_hire_award_terminated_this_round", "court_hb", "court_hb",
             "甘州法院执行张掖仲裁委员会汽车租赁合同裁决（附生效证明），承租人扣车不还、下落不明，网络查控无财产，"
             "限制消费、纳入失信（附中国执行信息公开网打印件），约谈申请人代理律师后终结本次执行程序；灰度文件扫描仪扫描",
             "enforcement", "terminated_this_round", "closing", car_closing(), True, basis_kind="arbitration", seq=CAR_SEQ),
        Plan("court_hb_03_labour_fee_builder_settled_missing_account_confirmation", "court_hb", "court_hb",
             "甘州法院执行本院劳务合同纠纷判决（瓦工班组长诉建筑公司劳务费，律师代理，判决系人民法院在线服务打印件），"
             "和解后被执行人直接付清；卷内缺申请执行人收取案款确认书",
             "enforcement", "fully_performed", "closing", labour_closing(), False, seq=LABOUR_SEQ),
    ]
