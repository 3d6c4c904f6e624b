"""court_fy's three dossiers (辽宁省本溪市平山区人民法院执行局): a refractory works that lines 本钢's ladles enforces this
court's own judgment for magnesia-carbon bricks against a steel trading company (its account frozen, the company pays
the whole sum in, 执行完毕, archived with cover, catalogue, review form and remarks sheet, the civil division's
生效证明书 behind the judgment); a 辽五味 grower of 桓仁 enforces a 本溪仲裁委员会 award for dried 五味子 against a herb
trading company that has closed (nothing found, 限制消费 and 失信, the grower heard, 终本); a landlord of 小市 enforces
this court's 民事调解书 for rent against a 羊汤 shop's owner, who settles and pays — the dossier handed in without the
landlord's 收取执行案款确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fy import BERRY_SEQ, BRICK_SEQ, MUTTON_SEQ

MISSING = "payment_account_confirmation"
"""what the landlord's dossier lacks: the window gave his lawyer the 收取执行案款确认书 to fill in at filing, it never
came back, and the rent money went out on the account written in the application without it"""


def brick_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [d for d in docs if d.code != "settlement_agreement"]  # no settlement: the frozen account was paid out
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def berry_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def mutton_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_fy_01_complete_archive_refractory_judgment_paid", "court_fy", "court_fy",
             "平山法院执行本院民事判决（耐火材料公司诉钢材贸易公司镁碳砖货款，附民事审判庭生效证明书）：冻结账户后被执行人"
             "交清全部执行款，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；本院文书双面打印（短边翻转），双面扫描",
             "enforcement", "fully_performed", "archive", brick_archive(), True, seq=BRICK_SEQ),
        Plan("court_fy_02_complete_schisandra_award_terminated_this_round", "court_fy", "court_fy",
             "平山法院执行本溪仲裁委员会裁决（桓仁五味子种植户诉中药材购销公司货款，附裁决书生效证明），被执行人停业无财产，"
             "限制消费、纳入失信，约谈申请执行人后终结本次执行程序；本院文书双面打印（短边翻转），双面扫描",
             "enforcement", "terminated_this_round", "closing", berry_closing(), True, basis_kind="arbitration",
             seq=BERRY_SEQ),
        Plan("court_fy_03_mutton_soup_rent_settled_missing_account_confirmation", "court_fy", "court_fy",
             "平山法院执行本院民事调解书（房东诉小市羊汤馆经营者拖欠租金），执行和解后付清；卷内缺申请执行人收取执行案款确认书",
             "enforcement", "fully_performed", "closing", mutton_closing(), False, basis_kind="mediation", seq=MUTTON_SEQ),
    ]
