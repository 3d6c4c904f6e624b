"""court_jf's three dossiers (山东省青岛市市南区人民法院执行局): a 沙子口 aquatic-products company enforces a 青岛仲裁委员会
award for seafood supplied to a 云霄路 restaurant company — its 青岛银行 account frozen and deducted, 执行完毕, archived
with cover, catalogue, review form and remarks sheet, the commission's 生效证明 behind the award; a marina club at
燕儿岛路 enforces this court's 调解书 for berth fees against a yacht owner — the yacht's registration blocked through
青岛海事局, a settlement in two instalments, paid, 执行完毕; a 湛山 flat owner enforces this court's judgment against a
decoration company that took the money and left — nothing found, 失信, heard, 终本, the 限制消费令 never filed."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_jf import DECOR_SEQ, SEAFOOD_SEQ, YACHT_SEQ

MISSING = "consumption_restriction_order"
"""what the decoration case's dossier lacks: the 限高 was entered in the case system and published, but the 限制消费令
itself was never printed into the file; its receipt (with the 失信 decision) names only the decision"""


def seafood_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def yacht_closing() -> list[Doc]:
    return base_docs("fully_performed", "enforcement")


def decor_closing() -> list[Doc]:
    out: list[Doc] = []
    for d in base_docs("terminated_this_round", "enforcement"):
        if d.code == MISSING:
            continue
        if d.code == "service_receipt" and MISSING in d.served:
            d = Doc("service_receipt", served=[x for x in d.served if x != MISSING])
        out.append(d)
    return out


def plans() -> list[Plan]:
    return [
        Plan("court_jf_01_complete_archive_seafood_award_deducted", "court_jf", "court_jf",
             "市南法院执行青岛仲裁委员会裁决（沙子口水产公司诉云霄路海鲜酒楼公司海产品货款，附仲裁委生效证明）：冻结并扣划"
             "被执行人青岛银行账户存款，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；卷上贴有便利贴和索引标签，"
             "滚轮打滑的旧馈纸扫描仪扫描",
             "enforcement", "fully_performed", "archive", seafood_archive(), True, basis_kind="arbitration",
             seq=SEAFOOD_SEQ),
        Plan("court_jf_02_complete_yacht_berth_mediation_settled", "court_jf", "court_jf",
             "市南法院执行本院民事调解书（奥帆中心游艇俱乐部诉游艇船东泊位费）：通过青岛海事局查封游艇，双方达成执行和解，"
             "分两期付清，执行完毕结案；便利贴、索引标签，滚轮打滑的旧馈纸扫描仪扫描",
             "enforcement", "fully_performed", "closing", yacht_closing(), True, basis_kind="mediation", seq=YACHT_SEQ),
        Plan("court_jf_03_decoration_company_terminated_missing_restriction_order", "court_jf", "court_jf",
             "市南法院执行本院民事判决（湛山业主诉装饰公司返还装修款）：装饰公司人去楼空，网络查控仅扣划少量存款，实地调查、"
             "传唤未到、纳入失信、约谈申请人后终结本次执行程序；卷内缺限制消费令",
             "enforcement", "terminated_this_round", "closing", decor_closing(), False, seq=DECOR_SEQ),
    ]
