"""court_ea's three dossiers (新疆维吾尔自治区喀什市人民法院执行局): a 干果 trading company's 喀什仲裁委员会 award against a
cold-chain logistics company (account frozen and deducted, the money paid out, archived); a 维吾尔族 bricklayers'
foreman's judgment for 劳务费 against a construction-labour company with nothing left (限制消费, 失信, the site's
equipment gone, the foreman heard, 终本); a lender's 民间借贷 judgment against the owner of an 艾德莱斯 silk workshop who
settles and pays — handed in without the applicant's 财产线索表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ea import NUTS_SEQ, SILK_SEQ, WAGES_SEQ

MISSING = "property_clue_form"
"""what the silk-workshop dossier lacks: the lender knew the debtor's workshop and said so in the application, so the
window's 财产线索表 was never filled, and the checklist's item is not in the volume"""


def nuts_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [d for d in docs if d.code != "settlement_agreement"]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def wages_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def silk_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "settlement_agreement", Doc("interview_record"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ea_01_complete_archive_dried_fruit_award_paid", "court_ea", "court_ea",
             "喀什市法院执行喀什仲裁委员会裁决（干果购销合同，干果商贸公司对冷链物流公司，附仲裁委生效证明书）：冻结划拨存款，"
             "案款发放，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；维汉双语文书；手机扫描App拍摄",
             "enforcement", "fully_performed", "archive", nuts_archive(), True, basis_kind="arbitration", seq=NUTS_SEQ),
        Plan("court_ea_02_complete_construction_wages_terminated_this_round", "court_ea", "court_ea",
             "喀什市法院执行本院劳务费判决（维吾尔族砌筑班组负责人对建筑劳务公司），工地设备已被取回，网络查控无财产，限制消费、"
             "纳入失信，有翻译的约谈笔录后终结本次执行程序；手机扫描App拍摄",
             "enforcement", "terminated_this_round", "closing", wages_closing(), True, seq=WAGES_SEQ),
        Plan("court_ea_03_silk_workshop_loan_settled_missing_property_clue_form", "court_ea", "court_ea",
             "喀什市法院执行民间借贷判决（出借人对老城艾德莱斯手工作坊经营者），执行和解后付清，执行完毕；卷内缺财产线索表",
             "enforcement", "fully_performed", "closing", silk_closing(), False, seq=SILK_SEQ),
    ]
