"""court_ay's three dossiers (吉林省长春市朝阳区人民法院执行局): a 模具 maker's 长春仲裁委员会 award against a stamping-parts
supplier of 一汽解放, paid in two instalments after a settlement, archived; a lender's 长春中院 二审 judgment against a
玉米深加工 company whose dryers were mortgaged and seized elsewhere, ended by 终结本次执行程序; a notarised loan to a
rail-car component shop with the 公证处's 执行证书, paid from receivables frozen at 中车长客 — handed in for closing
without its 结案通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ay import GRAIN_SEQ, PARTS_SEQ, RAIL_SEQ

MISSING = "closing_notice"
"""what the defective dossier lacks: the 结案通知书 to the applicant was never printed, though the money was paid out"""


def parts_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def grain_round() -> list[Doc]:
    docs = base_docs("terminated_this_round", "enforcement")
    return [*docs, Doc("service_receipt", served=["summons"])]


def rail_notarial() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ay_01_complete_archive_arbitration_stamping_dies_paid", "court_ay", "court_ay",
             "长春朝阳法院执行长春仲裁委员会裁决（模具加工款，被执行人为一汽解放的冲压件配套企业），附仲裁委生效证明；"
             "冻结基本户后和解、分两期付清，执行款发放，归档卷宗（卷宗封面、卷内目录、归档复核表、备考表）。当事人材料为"
             "多次复印的复印件（对比度升高、笔画糊粗或变细、墨粉斑点、灰底、开盖复印的黑边），加盖与原件核对无异章及窗口"
             "人员签名；票据、银行回单贴在A4粘贴单上；全部经进纸式扫描仪灰度200 dpi扫描，部分页有搓纸辊脏污留下的竖条",
             "enforcement", "fully_performed", "archive", parts_archive(), True, basis_kind="arbitration", seq=PARTS_SEQ),
        Plan("court_ay_02_complete_appeal_judgment_corn_processor_terminated_this_round", "court_ay", "court_ay",
             "长春朝阳法院执行长春中院二审民间借贷判决（维持朝阳法院一审），被执行人为玉米深加工企业：网络查控无财产，"
             "农安粮库实地调查烘干塔已抵押并被他院查封，传票、限制消费令、失信决定，约谈申请人后终结本次执行程序的完整卷宗",
             "enforcement", "terminated_this_round", "closing", grain_round(), True, seq=GRAIN_SEQ),
        Plan("court_ay_03_notarial_rail_parts_missing_closing_notice", "court_ay", "court_ay",
             "长春朝阳法院执行公证债权文书（借款合同公证书及公证处执行证书），冻结被执行人对中车长客的应收货款后和解付清；"
             "结案通知书未入卷",
             "enforcement", "fully_performed", "closing", rail_notarial(), False, basis_kind="notarial", seq=RAIL_SEQ),
    ]
