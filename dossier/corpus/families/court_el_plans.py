"""court_el's three dossiers (福建省龙岩市新罗区人民法院执行局): a machinery dealer's 新罗法院 judgment on the instalment
sale of a 龙工 loader against the 永定 contractor who stopped paying (account frozen, loader seized, paid under a
settlement, 执行完毕, archived with the trial division's 生效证明书 behind the judgment); a decorator's 龙岩仲裁委员会
award against a 土楼 homestay company that closed (nothing found, 限制消费 and 失信, the applicant heard, 终本); a 客家
cousin's private loan judgment, settled and paid from 漳平 tea sales — handed in without the lawyer's 执业证 copy."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_el import HOMESTAY_SEQ, KIN_SEQ, LOADER_SEQ

MISSING = "lawyer_license"
"""what the defective loan dossier lacks: the cousin's lawyer showed his 执业证 at the window but left no copy, so the
volume holds the firm's letter and the power of attorney without the licence copy the checklist requires"""


def loader_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def homestay_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def kin_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_el_01_complete_archive_loader_instalment_paid", "court_el", "court_el",
             "新罗法院执行本院分期付款买卖合同判决（龙工装载机，工程机械公司诉永定采石场承包人，附生效证明书）：冻结存款、"
             "扣押装载机，和解后付清，执行完毕，归档卷宗（封面、卷内目录、归档审查表、备考表）；收来的文书带平台/律所水印，"
             "承办人荧光笔、圆珠笔标注后用复印机扫描",
             "enforcement", "fully_performed", "archive", loader_archive(), True, seq=LOADER_SEQ),
        Plan("court_el_02_complete_tulou_homestay_award_terminated_this_round", "court_el", "court_el",
             "新罗法院执行龙岩仲裁委员会装饰装修合同裁决（附生效证明），土楼民宿停业无财产可供执行，限制消费、纳入失信，"
             "约谈申请执行人后终结本次执行程序；水印、标注、复印机扫描",
             "enforcement", "terminated_this_round", "closing", homestay_closing(), True, basis_kind="arbitration",
             seq=HOMESTAY_SEQ),
        Plan("court_el_03_hakka_family_loan_settled_missing_lawyer_license", "court_el", "court_el",
             "新罗法院执行本院民间借贷判决（客家同宗亲属借款），以漳平茶叶销售款和解履行完毕；卷内缺代理律师执业证复印件",
             "enforcement", "fully_performed", "closing", kin_closing(), False, seq=KIN_SEQ),
    ]
