"""court_dh's three dossiers (乌鲁木齐市天山区人民法院执行局): a 民间借贷 judgment of this court against a 二道桥 trader and
his two guarantors, settled and paid (执行完毕, closing); a 兵团 court's (乌鲁木齐垦区法院) 买卖合同 judgment for a 农资
company against a 天山区 trading company with nothing left — car sealed but gone, 限高, 失信, 终本, archived in archive
order; this court's 民事调解书 on a shop's rent arrears, paid — handed in without the 结案通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_dh import GOODS_SEQ, LOAN_SEQ, RENT_SEQ

MISSING = "closing_notice"
"""what the rent dossier lacks: the 结案通知书 to the landlord was never printed (she came to the window for the money
and the officer told her in person), so the volume closes without it"""


def goods_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def rent_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_dh_01_complete_private_loan_guarantors_paid", "court_dh", "court_dh",
             "天山区法院执行本院民间借贷判决（借款人及两名连带保证人），执行和解后付清，执行完毕（结案审查）；"
             "维吾尔族被执行人身份证双语；高拍仪窗口拍摄",
             "enforcement", "fully_performed", "closing", base_docs("fully_performed", "enforcement"), True, seq=LOAN_SEQ),
        Plan("court_dh_02_complete_archive_bingtuan_goods_terminated_this_round", "court_dh", "court_dh",
             "天山区法院执行新疆生产建设兵团乌鲁木齐垦区人民法院买卖合同判决（附生效证明书），查封车辆下落不明，限制消费、"
             "纳入失信，约谈后终结本次执行程序，归档卷宗（封面、卷内目录、复核表、备考表）；高拍仪窗口拍摄",
             "enforcement", "terminated_this_round", "archive", goods_archive(), True, seq=GOODS_SEQ),
        Plan("court_dh_03_mediation_rent_paid_missing_closing_notice", "court_dh", "court_dh",
             "天山区法院执行本院房屋租赁合同纠纷民事调解书（商铺欠租），被执行人履行完毕；卷内缺结案通知书；高拍仪窗口拍摄",
             "enforcement", "fully_performed", "closing", rent_closing(), False, basis_kind="mediation", seq=RENT_SEQ),
    ]
