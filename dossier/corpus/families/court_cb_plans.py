"""court_cb's three dossiers (四川省西昌市人民法院执行局): a 会理 石榴 cooperative's judgment against a 西昌 fruit
trader, paid out of the trader's frozen 邮储 account; a 邛海 民宿 company's 凉山中院 二审 judgment against a Yi
renovation foreman who has nothing, ended by 终本 and archived; a 苦荞茶 processing plant's 凉山仲裁委员会 award against
a tea brand, paid by settlement instalments, whose 收款账户确认书 never reached the file."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cb import GUEST_SEQ, POM_SEQ, TEA_SEQ

MISSING = "payment_account_confirmation"
"""what the 苦荞茶 dossier lacks: the applicant's 收款账户确认书 (the window form was never filled in)"""


def _pomegranate() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="reply"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def _guesthouse() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis",
                  Doc("effectiveness_certificate"))
    docs = behind(docs, "summons", Doc("service_receipt", served=["summons"]))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def _tea() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [d for d in docs if d.code != MISSING]
    return [*docs, Doc("service_receipt", served=["closing_notice"])]


def plans() -> list[Plan]:
    return [
        Plan("court_cb_01_complete_huili_pomegranate_trader_frozen_account", "court_cb", "court_cb",
             "西昌法院执行本院买卖合同判决（会理石榴种植专业合作社诉西昌果蔬批发市场鲜果批发商欠货款），冻结批发商邮储银行账户"
             "（银行协助冻结回执），扣划到位后执行款发还合作社，结案（开盖平板扫描：纸外纯黑、边缘亮边、小票据在黑底一角）",
             "enforcement", "fully_performed", "closing", _pomegranate(), True, seq=POM_SEQ),
        Plan("court_cb_02_complete_archive_qionghai_guesthouse_renovation_terminated", "court_cb", "court_cb",
             "凉山州中院二审维持原判（邛海民宿装修合同，彝族包工头返还工程款及违约金），网络查控无财产，执行人员带彝语翻译入户"
             "调查，限制消费、纳入失信，约谈申请人后终结本次执行程序，归档（封面、目录、生效证明在判决后，审查表、备考表在末）",
             "enforcement", "terminated_this_round", "archive", _guesthouse(), True, seq=GUEST_SEQ),
        Plan("court_cb_03_zhaojue_tartary_buckwheat_tea_award_missing_account_form", "court_cb", "court_cb",
             "凉山仲裁委员会苦荞茶加工费裁决（昭觉苦荞加工厂对西昌荞茶公司），执行和解分期履行，执行完毕；收款账户确认书未入卷",
             "enforcement", "fully_performed", "closing", _tea(), False, basis_kind="arbitration", seq=TEA_SEQ),
    ]
