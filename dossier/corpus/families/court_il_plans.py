"""court_il's three dossiers (福建省石狮市人民法院执行局, an e-court): a fabric trader enforces this court's sale judgment
against a 制衣 factory, which settles and pays in three instalments by WeChat and bank transfer (the screenshots and the
bank's 电子回单 filed), 执行完毕; the garment workers' representative enforces a wage award of the 石狮市劳动人事争议仲裁
委员会 against a closed factory with nothing left — 限制消费, 失信, an online interview with the applicant, 终本 — archived
(cover and catalogue first, the committee's 生效证明书 behind the award); a livestream shop's operator enforces this
court's service-fee judgment against a 晋江 brand company, whose account is deducted and the money paid out — handed
in without the 结案通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_il import FABRIC_SEQ, LIVE_SEQ, WAGE_SEQ

MISSING = "closing_notice"
"""what the livestream dossier lacks: the platform generated the 结案通知书 but it was never printed into the volume
(the clerk took the 电子送达 of it for the paper)"""


def fabric_closing() -> list[Doc]:
    return base_docs("fully_performed", "enforcement")


def wage_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def live_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code not in (MISSING, "settlement_agreement")]


def plans() -> list[Plan]:
    return [
        Plan("court_il_01_complete_fabric_judgment_settled_three_instalments", "court_il", "court_il",
             "石狮法院执行本院民事判决（面料商诉制衣厂买卖合同）：执行和解，制衣厂老板分三期以微信、银行转账付清（转账截图、"
             "银行电子回单附卷），执行完毕；电子诉讼平台打印件、手机截图，高速双面ADF 200dpi灰度扫描",
             "enforcement", "fully_performed", "closing", fabric_closing(), True, seq=FABRIC_SEQ),
        Plan("court_il_02_complete_archive_wage_award_closed_factory_terminated_this_round", "court_il", "court_il",
             "石狮法院执行石狮市劳动人事争议仲裁委员会欠薪裁决（员工代表人申请，附生效证明书），服装厂关停无财产可供执行，"
             "限制消费、纳入失信，在线约谈申请执行人后终结本次执行程序；归档卷宗（封面、卷内目录、复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", wage_archive(), True, basis_kind="arbitration",
             seq=WAGE_SEQ),
        Plan("court_il_03_livestream_service_fee_deducted_missing_closing_notice", "court_il", "court_il",
             "石狮法院执行本院民事判决（直播电商运营方诉品牌公司服务费）：划拨被执行人账户存款后发放，执行完毕；卷内缺结案通知书",
             "enforcement", "fully_performed", "closing", live_closing(), False, seq=LIVE_SEQ),
    ]
