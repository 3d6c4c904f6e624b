"""court_df's three dossiers (河北省保定市竞秀区人民法院执行局): a property company's unpaid shop rent, won on appeal at
保定中院 against a closed restaurant company (nothing found, 限制消费 and 失信, the lawyer heard, 终本, archived in
archive order); a steel-pipe trader's 支付令 of 莲池区法院 against a building-materials company (account deducted, the
rest paid under a settlement, 执行完毕); a pedestrian's 满城区法院 调解书 for injuries against a shop owner (公积金 frozen,
settled and paid) — handed in without the 结案通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_df import INJURY_SEQ, LEASE_SEQ, ORDER_SEQ

MISSING = "closing_notice"
"""what the defective injury dossier lacks: the bureau paid the money out and reported the case closed, but the
结案通知书 to the parties was never printed into the volume"""


def lease_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def order_closing() -> list[Doc]:
    return behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def injury_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_df_01_complete_archive_shop_lease_appeal_terminated_this_round", "court_df", "court_df",
             "竞秀法院执行保定中院二审判决（商铺租赁合同，置业公司诉餐饮公司，附一审法院生效证明书，公证授权委托书）：查控无财产，"
             "限制消费、纳入失信，约谈代理律师后终结本次执行程序，归档卷宗（封面、卷内目录、归档审查表、备考表）；高速扫描仪"
             "240dpi彩色去红，申请人上传的手机截图",
             "enforcement", "terminated_this_round", "archive", lease_archive(), True, seq=LEASE_SEQ),
        Plan("court_df_02_complete_payment_order_steel_pipe_fully_performed", "court_df", "court_df",
             "竞秀法院执行莲池区法院支付令（钢管买卖合同货款，附生效证明）：扣划被执行人农行存款（银行协助扣划回执），"
             "余款按和解协议付清，执行完毕；高速扫描仪240dpi彩色去红",
             "enforcement", "fully_performed", "closing", order_closing(), True, seq=ORDER_SEQ),
        Plan("court_df_03_injury_mediation_settled_missing_closing_notice", "court_df", "court_df",
             "竞秀法院执行满城区法院民事调解书（人身损害赔偿），冻结公积金（公积金中心复函），执行和解分期履行完毕；"
             "卷内缺结案通知书",
             "enforcement", "fully_performed", "closing", injury_closing(), False, basis_kind="mediation", seq=INJURY_SEQ),
    ]
