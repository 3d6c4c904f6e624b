"""court_gj's three dossiers (湖北省黄石市下陆区人民法院执行局): a 大冶 mine-parts supplier enforces this court's judgment
for rolls and liners against a 下陆 rolling mill, which pays in one sum once its account is frozen (执行完毕, archived
with cover, catalogue, review form and remarks sheet, the civil division's 生效证明书 behind the judgment); a married
couple who bake 黄石港饼 enforce their judgment for Mid-Autumn gift boxes against a 磁湖 lakeside restaurant company that
has closed (nothing found, 限制消费 and 失信, the couple heard, 终本); a cement plant enforces its 调解书 against the
operator of a building-materials shop (个体工商户), who settles and pays in monthly instalments over most of a year —
handed in without the plant's 执行案款收取账户确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gj import BAKERY_SEQ, CEMENT_SEQ, MILL_SEQ

MISSING = "payment_account_confirmation"
"""what the cement plant's dossier lacks: its lawyer said the plant would take the instalments straight into its own
account, so the window never had it fill in the 案款收取账户确认书"""


def mill_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def bakery_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def cement_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]
    return [*docs, Doc("service_receipt", served=["closing_notice"])]


def plans() -> list[Plan]:
    return [
        Plan("court_gj_01_complete_archive_mine_parts_rolling_mill_paid", "court_gj", "court_gj",
             "下陆法院执行本院民事判决（大冶矿山机械配件公司诉下陆轧钢公司买卖合同，附民事审判第二庭生效证明书）：冻结账户后"
             "被执行人一次性付清，执行完毕，归档卷宗（封面、卷内目录、归档审查表、备考表）；多为二、三代复印件",
             "enforcement", "fully_performed", "archive", mill_archive(), True, seq=MILL_SEQ),
        Plan("court_gj_02_complete_couple_bakery_lakeside_restaurant_terminated_this_round", "court_gj", "court_gj",
             "下陆法院执行本院民事判决（港饼坊夫妻二人共同申请，诉磁湖湖畔餐饮公司港饼礼盒货款），餐厅停业无财产可供执行，"
             "限制消费、纳入失信，约谈申请执行人二人后终结本次执行程序；多为二、三代复印件",
             "enforcement", "terminated_this_round", "closing", bakery_closing(), True, seq=BAKERY_SEQ),
        Plan("court_gj_03_cement_building_materials_shop_instalments_missing_account_confirmation", "court_gj", "court_gj",
             "下陆法院执行本院民事调解书（水泥公司诉建材经营部经营者，个体工商户），执行和解后按月分期付清（每期回单或收条"
             "单独一页）；卷内缺执行案款收取账户确认书",
             "enforcement", "fully_performed", "closing", cement_closing(), False, basis_kind="mediation", seq=CEMENT_SEQ),
    ]
