"""court_ga's three dossiers (江西省宜春市袁州区人民法院执行局): a mine-machinery repair company enforces this court's
judgment against a 锂云母 battery-material company for overhauling its concentrator's crushers and ball mills — the
account frozen and the sum deducted, 执行完毕, archived with cover, catalogue, review form and remarks sheet (the civil
division's 生效证明书 behind the judgment); a 袁州 rice-growers' cooperative enforces its judgment for paddy against a
rice mill whose yard a 建材 market tile dealer now rents — nothing found, 限制消费 and 失信, the cooperative heard, 终本;
a 温汤 guesthouse keeper enforces a 宜春仲裁委员会 award for selenium-rich tea against a 明月山 hot-spring hotel, which
settles and pays — handed in without the 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ga import MICA_SEQ, RICE_SEQ, TEA_SEQ

MISSING = "service_address_confirmation"
"""what the tea dossier lacks: the guesthouse keeper took the 送达地址确认书 home to ask her lawyer which address to
give, and it never came back to the window"""


def mica_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [d for d in docs if d.code != "settlement_agreement"]  # deducted from the account: nothing was agreed
    docs.append(Doc("service_receipt", served=["enforcement_ruling"]))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def rice_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def tea_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ga_01_complete_archive_mica_plant_repair_deducted", "court_ga", "court_ga",
             "袁州法院执行本院民事判决（矿山机械维修公司诉锂云母新材料公司承揽合同，附民事审判庭生效证明书）：冻结并划拨"
             "被执行人银行存款，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；再生纸打印、扫描仪背景去除+文字增强",
             "enforcement", "fully_performed", "archive", mica_archive(), True, seq=MICA_SEQ),
        Plan("court_ga_02_complete_rice_cooperative_mill_terminated_this_round", "court_ga", "court_ga",
             "袁州法院执行本院民事判决（水稻种植专业合作社诉米业公司稻谷款），米厂停产、厂房转租建材经营户，无财产可供执行，"
             "限制消费、纳入失信，约谈合作社负责人后终结本次执行程序；再生纸打印、扫描仪背景去除+文字增强",
             "enforcement", "terminated_this_round", "closing", rice_closing(), True, seq=RICE_SEQ),
        Plan("court_ga_03_selenium_tea_hot_spring_hotel_award_missing_address_confirmation", "court_ga", "court_ga",
             "袁州法院执行宜春仲裁委员会裁决（温汤农家客栈经营者诉明月山温泉酒店富硒茶货款，附裁决书生效证明），执行和解后"
             "付清；卷内缺送达地址确认书",
             "enforcement", "fully_performed", "closing", tea_closing(), False, basis_kind="arbitration", seq=TEA_SEQ),
    ]
