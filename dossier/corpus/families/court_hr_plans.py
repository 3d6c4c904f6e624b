"""court_hr's three dossiers (广西壮族自治区贵港市港北区人民法院执行局): a 港北 cane grower, with a legal-aid lawyer,
enforces the 贵港中院's appeal judgment for his 2022/23 cane money against a sugar mill, which settles and pays in two
instalments (执行完毕); a 港北 boatyard enforces this court's judgment for slipway rent against a river-freight company —
its cargo ship seized, sailed away under seal on the 法定代表人's order, who is detained fifteen days while the company
is fined, after which the ship comes back and the company pays in full (执行完毕, archived: cover, catalogue, 复核表,
备考表, the civil division's 生效证明书 behind the judgment); an electric-vehicle dealer enforces this court's 调解书 for
sightseeing carts against a lotus-park company shut since the summer floods (nothing found, 终本) — filed without the
失信 decision itself."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hr import BOAT_SEQ, LOTUS_SEQ, SUGAR_SEQ

MISSING = "dishonest_list_decision"
"""what the lotus park's dossier lacks: the 失信 decision was made in the 失信 system and served (its 送达回证, which
names it with the 限制消费令, is in the volume), but the clerk never printed the decision itself into the volume"""


def sugar_closing() -> list[Doc]:
    return base_docs("fully_performed", "enforcement")


def boat_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    at = next(i for i, d in enumerate(docs) if d.code == "assistance_notice") + 1
    docs = [*docs[:at], Doc("fine_decision"), Doc("detention_decision"), *docs[at:]]
    docs += [Doc("service_receipt", served=["enforcement_ruling"]),
             Doc("service_receipt", served=["fine_decision", "detention_decision"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def lotus_closing() -> list[Doc]:
    return [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_hr_01_complete_cane_grower_legal_aid_sugar_mill_settled_paid", "court_hr", "court_hr",
             "港北法院执行贵港中院二审民事判决（蔗农经法律援助律师申请执行糖厂甘蔗款）：执行和解后糖厂分两期付清，执行完毕；"
             "卷宗为承办人与局领导批阅过的工作卷，批示、圈画满页，订书角折起，馈纸扫描仪300dpi灰度扫描",
             "enforcement", "fully_performed", "closing", sugar_closing(), True, seq=SUGAR_SEQ),
        Plan("court_hr_02_complete_archive_boatyard_ship_seized_detention_paid", "court_hr", "court_hr",
             "港北法院执行本院民事判决（船舶修造公司诉航运公司船台租金，附民事审判庭生效证明书）：查封“桂贵港货”船舶，"
             "法定代表人擅自将船驶离藏匿被司法拘留、公司被罚款，后船舶驶回、全额履行，执行完毕；归档卷宗（封面、卷内目录、"
             "复核表、备考表）；批示圈画满页的工作卷，馈纸扫描",
             "enforcement", "fully_performed", "archive", boat_archive(), True, obstruction=True, seq=BOAT_SEQ),
        Plan("court_hr_03_lotus_park_carts_terminated_missing_dishonest_decision", "court_hr", "court_hr",
             "港北法院执行本院民事调解书（电动车销售公司诉荷花生态旅游公司观光车货款）：观光园汛后停业无财产，限制消费、"
             "纳入失信、约谈申请人后终结本次执行程序；卷内缺纳入失信被执行人名单决定书（仅有送达回证）",
             "enforcement", "terminated_this_round", "closing", lotus_closing(), False, basis_kind="mediation",
             seq=LOTUS_SEQ),
    ]
