"""court_bt's three dossiers (云南省大理市人民法院执行局): a 古城 guesthouse company that lost a renovation appeal at
the 州中院 pays after its 微信/支付宝 merchant funds are frozen and deducted; the court's own 调解书 on 扎染 and 乳扇
goods, settled by 执行和解, performed and archived; a 大理仲裁委员会 award on 普洱 tea ended by 终结本次执行程序,
handed in without the record of hearing the applicant (约谈笔录)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bt import CRAFT_SEQ, MINSU_SEQ, TEA_SEQ

MISSING = "interview_record"
"""what the defective 终本 dossier lacks: the applicant was heard by phone and no 约谈笔录 was ever printed"""


def guesthouse() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("enforcement_basis", note="first"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def crafts_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def tea() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_bt_01_complete_appeal_guesthouse_renovation_merchant_funds", "court_bt", "court_bt",
             "大理市法院执行大理州中院二审民事判决（民宿客房装饰装修合同纠纷，附一审判决）：冻结、划拨被执行人客栈公司"
             "微信支付商户号及支付宝账户资金，案款发放，执行完毕（当事人在诉讼服务中心自助扫描仪自行扫描：歪斜、"
             "出玻璃边、小票单放、折痕）",
             "enforcement", "fully_performed", "closing", guesthouse(), True, seq=MINSU_SEQ),
        Plan("court_bt_02_complete_archive_mediation_tiedye_rushan_settled", "court_bt", "court_bt",
             "大理市法院执行本院民事调解书（扎染、乳扇货款买卖合同纠纷，附民一庭生效证明书）：执行和解，分两期履行完毕，"
             "归档卷宗（卷宗封面、卷内目录、归档复核表、备考表）",
             "enforcement", "fully_performed", "archive", crafts_archive(), True, basis_kind="mediation", seq=CRAFT_SEQ),
        Plan("court_bt_03_arbitration_puer_tea_terminated_missing_interview", "court_bt", "court_bt",
             "大理仲裁委员会普洱茶购销合同裁决（附裁决书生效证明）执行，查控无财产，限制消费、纳入失信、实地调查后"
             "终结本次执行程序；约谈申请执行人笔录未入卷",
             "enforcement", "terminated_this_round", "closing", tea(), False, basis_kind="arbitration", seq=TEA_SEQ),
    ]
