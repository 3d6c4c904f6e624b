"""court_aq's three dossiers (福建省晋江市人民法院执行局): a 台湾 鞋材 trader's judgment against a 鞋业 company, 终本 at
closing (台胞证 copy, 授权委托书 notarised in 台湾 with the 海基会's 寄送公證書副本 letter); a 泉州仲裁委员会 award on a
garment workshop's unpaid 加工费, settled and paid, archived; a 民间借贷 judgment, 终本, handed in without the
受理案件通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_aq import GARMENT_SEQ, TAIWAN_SEQ

MISSING = "acceptance_notice"
"""what the defective dossier lacks: the 受理案件通知书 was never printed into the file"""


def _round() -> list[Doc]:
    docs = base_docs("terminated_this_round", "enforcement")
    return [*docs, Doc("service_receipt", served=["summons"]), Doc("service_receipt", served=["payment_notice"]),
            Doc("service_receipt", served=["enforcement_ruling"])]


def award_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"]),
            Doc("service_receipt", served=["payment_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def plans() -> list[Plan]:
    return [
        Plan("court_aq_01_complete_taiwan_soles_judgment_round", "court_aq", "court_aq",
             "晋江法院执行本院鞋底买卖合同纠纷判决（申请人为台湾鞋材商：台胞证复印件、台湾公证的授权委托书及海基会寄送公证书副本函，"
             "晋江律所所函、律师执业证），对鞋业公司网络查控、泉州银行冻结回执、不动产查询，终结本次执行程序的完整卷宗"
             "（复合机“文字增强”扫描：锐化白晕、笔画加粗、浅灰削白，150–200 dpi 低质量JPEG，歪斜、折角）",
             "enforcement", "terminated_this_round", "closing", _round(), True, seq=TAIWAN_SEQ),
        Plan("court_aq_02_complete_archive_quanzhou_award_garment_paid", "court_aq", "court_aq",
             "晋江法院执行泉州仲裁委员会服装加工费裁决（附生效证明），执行和解并经晋江农商银行转账履行完毕的归档卷宗"
             "（卷宗封面、卷内目录、卷宗复核表、备考表）",
             "enforcement", "fully_performed", "archive", award_archive(), True, basis_kind="arbitration",
             seq=GARMENT_SEQ),
        Plan("court_aq_03_loan_judgment_round_missing_acceptance_notice", "court_aq", "court_aq",
             "晋江法院执行本院民间借贷纠纷判决的终本卷宗，缺受理案件通知书",
             "enforcement", "terminated_this_round", "closing",
             [d for d in _round() if d.code != MISSING], False, seq=67862),
    ]
