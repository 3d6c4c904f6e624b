"""court_fv's three dossiers (福建省南平市延平区人民法院执行局), their notices on 联单: a 武夷山 tea-packaging works
enforces a 南平仲裁委员会 award against a 延平 tea company with nothing left — 限制消费, 失信, the applicant's lawyer
heard, 终本 — and the volume lacks the 限制消费令 itself (its 送达回证 is there); a 竹地板 mill enforces this court's
own judgment against a building-materials dealer, whose account is frozen and who pays, archived as a volume; a 闽江
river-sand carrier enforces a 建阳区人民法院 judgment against a construction company whose project account lies in
延平, which, restricted in its spending, settles and pays."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fv import BAMBOO_SEQ, SAND_SEQ, TEA_SEQ

MISSING = "consumption_restriction_order"
"""what the tea case's volume lacks: the 限制消费令 went out on its 联单, the 回执 came back and was filed as the
送达回证 naming it (with the 失信 decision), but neither the order's 附卷联 nor a copy of it was ever put in the volume"""


def tea_closing() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def bamboo_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def sand_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"))
    return [*docs, Doc("service_receipt", served=["consumption_restriction_order"])]


def plans() -> list[Plan]:
    return [
        Plan("court_fv_01_tea_award_terminated_this_round_missing_consumption_order", "court_fv", "court_fv",
             "延平法院执行南平仲裁委员会裁决（武夷山茶叶包装公司诉延平茶业公司岩茶礼盒货款，附仲裁委生效证明）：茶厂停产，"
             "网络查控、实地调查无财产，限制消费、纳入失信，约谈申请人后终结本次执行程序；通知书印在联单上（存根、附卷联、"
             "回执联）；卷内缺限制消费令（仅有其送达回证）；扫描时平板盖未合严",
             "enforcement", "terminated_this_round", "closing", tea_closing(), False, basis_kind="arbitration",
             seq=TEA_SEQ),
        Plan("court_fv_02_complete_archive_bamboo_floor_judgment_paid", "court_fv", "court_fv",
             "延平法院执行本院民事判决（竹地板厂诉建材贸易公司货款，附民事审判庭生效证明书）：冻结账户后被执行人交清，"
             "执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；联单通知书的存根、附卷联与撕下的回执联；平板盖未合严",
             "enforcement", "fully_performed", "archive", bamboo_archive(), True, seq=BAMBOO_SEQ),
        Plan("court_fv_03_complete_river_sand_jianyang_judgment_settled", "court_fv", "court_fv",
             "延平法院执行建阳区人民法院民事判决（闽江砂石运输公司诉建设工程公司运费，附建阳法院生效证明书；项目专户在延平）："
             "冻结项目账户、限制消费后达成和解并付清，执行完毕；联单通知书；平板盖未合严",
             "enforcement", "fully_performed", "closing", sand_closing(), True, seq=SAND_SEQ),
    ]
