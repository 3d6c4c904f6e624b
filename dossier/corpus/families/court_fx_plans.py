"""court_fx's three dossiers (山东省枣庄市市中区人民法院执行局): a 峄城 pomegranate-juice maker enforces an award of the
枣庄仲裁委员会 against a beverage distributor — the distributor's account frozen, the sum deducted, 执行完毕 — handed
in without the window's 财产线索表; a 薛城 mine-equipment repairer enforces this court's judgment against a mining-
services company with nothing left (searched, 限制消费, 失信, the applicant heard, 终本), archived as a volume with
cover, catalogue, 卷宗复核表 and 备考表, the civil division's 生效证明书 behind the judgment; a 台儿庄 old-town
guesthouse owner enforces this court's 民事调解书 against a travel agency that settles and pays in three instalments."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fx import INN_SEQ, MINE_SEQ, POMEGRANATE_SEQ

MISSING = "property_clue_form"
"""what the pomegranate maker's dossier lacks: its lawyer named the distributor's bank account in the application
itself and never filled in the window's 被执行人财产线索表, and the window did not ask for it"""


def pomegranate_closing() -> list[Doc]:
    """No settlement: the frozen account paid the whole sum; the award's 生效证明 behind the award."""
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code not in (MISSING, "settlement_agreement")]


def mine_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def inn_closing() -> list[Doc]:
    return base_docs("fully_performed", "enforcement")


def plans() -> list[Plan]:
    return [
        Plan("court_fx_01_pomegranate_award_account_frozen_paid_missing_property_clue_form", "court_fx", "court_fx",
             "市中区法院执行枣庄仲裁委员会裁决（峄城石榴饮品公司诉饮品商贸公司货款，附仲裁委生效证明）：冻结账户、扣划到位，"
             "执行完毕；卷内缺被执行人财产线索表；执行局平板拍照留存（未纠偏、未裁切）",
             "enforcement", "fully_performed", "closing", pomegranate_closing(), False, basis_kind="arbitration",
             seq=POMEGRANATE_SEQ),
        Plan("court_fx_02_complete_archive_mine_repair_judgment_terminated_this_round", "court_fx", "court_fx",
             "市中区法院执行本院民事判决（薛城矿山机电维修公司诉矿业服务公司维修费，附民事审判庭生效证明书）：查控、实地调查"
             "无财产，限制消费、纳入失信，约谈申请执行人后终结本次执行程序；归档卷宗（封面、卷内目录、卷宗复核表、备考表）；"
             "执行局平板拍照留存",
             "enforcement", "terminated_this_round", "archive", mine_archive(), True, seq=MINE_SEQ),
        Plan("court_fx_03_complete_guesthouse_mediation_instalments_paid", "court_fx", "court_fx",
             "市中区法院执行本院民事调解书（台儿庄古城客栈经营者诉国际旅行社房费）：冻结账户后达成执行和解，分三期付清，"
             "执行完毕；执行局平板拍照留存",
             "enforcement", "fully_performed", "closing", inn_closing(), True, basis_kind="mediation", seq=INN_SEQ),
    ]
