"""court_ch's three dossiers (福建省泉州市丰泽区人民法院执行局): a 南安 stone trader's 泉州中院 二审 judgment against a
丰泽 decoration company, nothing found, ended 终结本次执行程序; an 安溪 tea grower's 泉州仲裁委 award against a tea
shop chain, settled in two payments and archived; a notarised loan (公证书 and 执行证书 of the 海丝公证处) to a shoe
materials company, paid from its frozen 兴业银行 account, filed without the applicant's 财产线索表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ch import SHOE_SEQ, STONE_SEQ, TEA_SEQ

MISSING = "property_clue_form"
"""what the shoe dossier lacks: the lawyer named the account in the application and never filled the court's form"""


def stone_docs() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "summons",
                  Doc("service_receipt", served=["summons"]))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def tea_docs() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def shoe_docs() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [d for d in docs if d.code not in ("settlement_agreement", MISSING)]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def plans() -> list[Plan]:
    return [
        Plan("court_ch_01_complete_ttr_stone_appeal_judgment", "court_ch", "court_ch",
             "丰泽法院执行泉州中院二审维持的石材货款判决（南安水头石材商诉丰泽装饰公司），网络查控仅有零星存款，仓库石材已被"
             "他院查封，限高、失信、约谈申请人后终结本次执行程序；院内套印表格（网点底纹、蓝/绿色印刷线，针式打印或手写填写），"
             "便携式馈纸CIS扫描仪300dpi彩色扫描（色边、摩尔纹、速度抖动、左缘波动、偶有倒送、卡纸后200dpi灰度重扫）",
             "enforcement", "terminated_this_round", "closing", stone_docs(), True, seq=STONE_SEQ),
        Plan("court_ch_02_complete_archive_tea_award_settled", "court_ch", "court_ch",
             "泉州仲裁委员会茶叶买卖裁决（附生效证明）执行和解、分两期付清后执行完毕的归档卷宗（卷宗封面、卷内目录、复核表、备考表）",
             "enforcement", "fully_performed", "archive", tea_docs(), True, basis_kind="arbitration", seq=TEA_SEQ),
        Plan("court_ch_03_notarial_shoe_loan_missing_clue_form", "court_ch", "court_ch",
             "海丝公证处赋强公证借款（公证书、执行证书）对鞋材公司强制执行，冻结划拨兴业银行存款执行完毕；缺被执行人财产线索表",
             "enforcement", "fully_performed", "closing", shoe_docs(), False, basis_kind="notarial", seq=SHOE_SEQ),
    ]
