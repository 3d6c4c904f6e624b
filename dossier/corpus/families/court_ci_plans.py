"""court_ci's three dossiers (桂林市七星区人民法院执行局): a 永福 罗汉果 trader's 桂林中院 二审 judgment against a
七星区 tea company that closed its shop, ended by 终结本次执行程序; a decoration firm's 桂林仲裁委员会 award against a
resort hotel, paid from its frozen 北部湾银行/桂林银行 account after a 执行和解, archived; a shop landlord's 民事调解书
against a 桂林米粉 chain, paid, handed in without its 结案通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ci import HOTEL_SEQ, NOODLE_SEQ, TEA_SEQ

MISSING = "closing_notice"
"""what the defective 米粉 dossier lacks: the 结案通知书 was sent but its copy never put into the volume"""


def tea_closed() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def hotel_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def noodle_defective() -> list[Doc]:
    docs = [*base_docs("fully_performed", "enforcement"), Doc("service_receipt", served=["enforcement_ruling"])]
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ci_01_complete_terminated_luohanguo_tea_company", "court_ci", "court_ci",
             "七星区法院执行桂林中院二审民事判决（永福罗汉果、茶叶货款买卖合同纠纷），茶业公司门店停业，网络查控仅余小额存款，"
             "限制消费、纳入失信后约谈申请执行人，终结本次执行程序（旧平板扫描仪TWAIN 150–200 dpi，黄绿色偏、灰度发白、"
             "玻璃上一根头发和灰点每页同位，偶有页边超出玻璃被切）",
             "enforcement", "terminated_this_round", "closing", tea_closed(), True, seq=TEA_SEQ),
        Plan("court_ci_02_complete_archive_hotel_renovation_award_paid", "court_ci", "court_ci",
             "七星区法院执行桂林仲裁委员会裁决（酒店客房装修工程款），附仲裁委生效证明，冻结酒店银行账户后执行和解、付清，"
             "桂林银行电子回单发放，归档卷宗（卷宗封面、卷内目录、归档审查表、备考表）",
             "enforcement", "fully_performed", "archive", hotel_archive(), True, basis_kind="arbitration", seq=HOTEL_SEQ),
        Plan("court_ci_03_rice_noodle_rent_mediation_missing_closing_notice", "court_ci", "court_ci",
             "七星区法院执行本院民事调解书（米粉店铺面租金），米粉餐饮公司付清执行完毕；结案通知书未入卷",
             "enforcement", "fully_performed", "closing", noodle_defective(), False, basis_kind="mediation",
             seq=NOODLE_SEQ),
    ]
