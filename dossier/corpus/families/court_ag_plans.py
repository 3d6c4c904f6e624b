"""court_ag's three dossiers, scanned on 城中区法院执行局's multifunction printer in "高压缩PDF" mode: two complete (a
玉树 虫草 trader's 西宁中院 二审 judgment against the Xining shop that bought his 冬虫夏草, paid by the shop's boss in WeChat
and Alipay transfers — the printed screenshots in the file — and the balance through the court's 青海银行 account, at
closing; a 果洛 herder-supplier's 西宁中院 一审 牦牛肉 judgment with its 生效证明书, the processor's account frozen and its
pickup truck seized through the 车管所 but never found, 终本 and archived) and one defective (a 牦牛肉干 supplier's
二审 judgment, withdrawn by his handwritten 撤回执行申请书 after the buyer paid him privately, 终结执行 — handed in
without the 送达地址确认书 that he, filing in person, never filled in)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ag import ARCHIVE_SEQ, PAID_SEQ, WITHDRAWN_SEQ

MISSING = "service_address_confirmation"
"""what the defective dossier lacks: the applicant, filing in person, never filled in the 送达地址确认书"""


def paid_by_phone() -> list[Doc]:
    """二审 judgment → 冻结 → 和解 → WeChat ×2, Alipay, the court account's 电子回单 → 执行完毕."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "payment_voucher"]
    docs = behind(docs, "settlement_agreement", Doc("payment_voucher", note="wechat"),
                  Doc("payment_voucher", note="alipay"), Doc("payment_voucher", note="bank"))
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"))
    return [*docs, Doc("service_receipt", served=["payment_notice"]),
            Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["consumption_restriction_order"]),
            Doc("service_receipt", served=["closing_notice"])]


def yak_meat_archive() -> list[Doc]:
    """一审 judgment + 生效证明书, 冻结, the truck seized but not found, 终本, archived."""
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis",
                  Doc("effectiveness_certificate"))
    docs = behind(docs, "investigation_record", Doc("online_inquiry_result", note="again"))
    docs = [*docs, Doc("service_receipt", served=["summons"]), Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def withdrawn_without_address() -> list[Doc]:
    """二审 judgment, paid privately (his WeChat screenshots), 撤回执行申请书, 终结执行; no 送达地址确认书."""
    docs = [d for d in base_docs("terminated", "enforcement") if d.code != MISSING]
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"), Doc("payment_voucher", note="wechat"),
                  Doc("evidence"), Doc("interview_record"))
    return [*docs, Doc("service_receipt", served=["payment_notice"]),
            Doc("service_receipt", served=["consumption_restriction_order"]),
            Doc("service_receipt", served=["enforcement_ruling"])]


def plans() -> list[Plan]:
    return [
        Plan("court_ag_01_complete_cordyceps_appeal_paid_by_wechat_alipay", "court_ag", "court_ag",
             "西宁城中法院执行西宁中院二审冬虫夏草买卖合同判决（申请人玉树虫草商自书申请书），执行和解后被执行人老板微信、"
             "支付宝转账（打印手机截图）并经法院青海银行执行款专户发放（电子回单），执行完毕的完整卷宗（多功能一体机"
             "高压缩PDF扫描：文字层300dpi二值、背景层低分辨率重压缩，印章和截图发虚成块；少量200dpi灰度页、横放页）",
             "enforcement", "fully_performed", "closing", paid_by_phone(), True, seq=PAID_SEQ),
        Plan("court_ag_02_complete_archive_yak_meat_round", "court_ag", "court_ag",
             "西宁城中法院执行西宁中院一审牦牛肉买卖合同判决（附生效证明书），冻结青海银行账户、查封车辆（车管所回复）但未"
             "找到，限消、失信、调查及约谈后终结本次执行程序的归档卷宗（卷宗封面、卷内目录、卷宗复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", yak_meat_archive(), True, seq=ARCHIVE_SEQ),
        Plan("court_ag_03_withdrawn_terminated_missing_address_confirmation", "court_ag", "court_ag",
             "西宁城中法院执行西宁中院二审牦牛肉干买卖合同判决，申请人收到微信转账后手写撤回执行申请书、终结执行的卷宗，"
             "缺送达地址确认书",
             "enforcement", "terminated", "closing", withdrawn_without_address(), False, seq=WITHDRAWN_SEQ),
    ]
