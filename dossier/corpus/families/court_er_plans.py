"""court_er's three dossiers (安徽省黄山市屯溪区人民法院执行局): a 祁门 tea company's judgment for 祁门红茶/黄山毛峰 sold to a
老街 shop company (settled and paid, 执行完毕, archived); a lender's 民间借贷 judgment against a 民宿 keeper whose inn has
closed (nothing found, 限制消费 and 失信, the applicant heard, 终本); a 徽墨 craftsman's wage award of the 黄山市劳动人事争议
仲裁委员会 against his workshop company (settled and paid) — handed in without the 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_er import INK_SEQ, INN_SEQ, TEA_SEQ

MISSING = "service_address_confirmation"
"""what the defective wage dossier lacks: the craftsman came to the window without a lawyer's help and never filled the
送达地址确认书, so the checklist's item is not in the volume"""


def tea_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def inn_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def ink_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_er_01_complete_archive_qimen_tea_sale_paid", "court_er", "court_er",
             "屯溪法院执行本院民事判决（买卖合同，祁门红茶、黄山毛峰货款，茶业公司诉老街商贸公司，附生效证明书）：冻结划拨存款，"
             "和解后付清，执行完毕，归档卷宗（封面、卷内目录、复查表、备考表）；生产扫描仪高压缩（MRC）模式扫描",
             "enforcement", "fully_performed", "archive", tea_archive(), True, seq=TEA_SEQ),
        Plan("court_er_02_complete_homestay_private_loan_terminated_this_round", "court_er", "court_er",
             "屯溪法院执行本院民间借贷判决，被执行人经营的民宿已停业，无财产可供执行，限制消费、纳入失信，约谈申请执行人后"
             "终结本次执行程序；高压缩（MRC）扫描",
             "enforcement", "terminated_this_round", "closing", inn_closing(), True, seq=INN_SEQ),
        Plan("court_er_03_huimo_wage_award_paid_missing_address_confirmation", "court_er", "court_er",
             "屯溪法院执行黄山市劳动人事争议仲裁委员会裁决（徽墨工艺品公司拖欠制墨工人工资，附生效证明书），和解后履行完毕；"
             "卷内缺申请执行人送达地址确认书",
             "enforcement", "fully_performed", "closing", ink_closing(), False, basis_kind="arbitration", seq=INK_SEQ),
    ]
