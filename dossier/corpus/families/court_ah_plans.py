"""court_ah's three dossiers, the undertaker's marked-up working copies scanned for the e-dossier: two complete (a
石河子仲裁委员会 award for a farm-machinery dealer against a 连队 farmer behind on a tractor's instalments, settled and
paid through 石河子农村商业银行, at closing; a 第八师中院 二审 judgment for a farmer against the cotton gin that never paid
for his 籽棉, 终本 after the bank's, the 不动产登记中心's and the 车管所's replies, archived with 卷宗封面, 卷内目录,
卷宗复核表 and 备考表) and one defective (a 调解书 of the court's 北泉人民法庭 on a 机采棉 fee owed by a 团场 company, 终本,
handed in for closing without the 被执行人财产线索表 that the lawyer's application says is attached)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ah import APPEAL_SEQ

MISSING = "property_clue_form"
"""what the defective dossier lacks: the application refers to a 财产线索表 (“详见《财产线索表》”) never filed with it"""


def award_tractor_paid() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "service_address_confirmation", Doc("evidence"))
    docs = behind(docs, "assistance_notice", Doc("online_inquiry_result", note="bank"), Doc("investigation_record"))
    return [*docs, Doc("service_receipt", served=["payment_notice"]), Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["closing_notice"])]


def appeal_gin_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "service_address_confirmation", Doc("evidence"))
    docs = behind(docs, "online_inquiry_result", Doc("online_inquiry_result", note="bank"),
                  Doc("online_inquiry_result", note="registry"), Doc("online_inquiry_result", note="vehicle"))
    docs = [*docs, Doc("service_receipt", served=["summons"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def mediation_without_clue_form() -> list[Doc]:
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]
    docs = behind(docs, "service_address_confirmation", Doc("evidence"))
    docs = behind(docs, "online_inquiry_result", Doc("online_inquiry_result", note="bank"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def plans() -> list[Plan]:
    return [
        Plan("court_ah_01_complete_award_tractor_instalments_paid", "court_ah", "court_ah",
             "石河子市人民法院执行石河子仲裁委员会裁决（拖拉机分期付款买卖，农机销售公司诉连队职工），执行和解后经石河子农村"
             "商业银行发放执行款、执行完毕的完整卷宗（承办人的荧光笔标注工作底稿扫描：黄绿粉荧光带、铅笔勾记、打码机页码、"
             "折痕，200–300 dpi 灰度或彩色 JPEG，歪斜、倒置页）",
             "enforcement", "fully_performed", "closing", award_tractor_paid(), True, basis_kind="arbitration", seq=16127),
        Plan("court_ah_02_complete_archive_appeal_seed_cotton_round", "court_ah", "court_ah",
             "石河子市人民法院执行兵团第八师中级人民法院二审籽棉买卖合同纠纷判决（附生效证明书，连队职工诉轧花厂），网络查控"
             "及农商行、不动产登记中心、车管所回复，终结本次执行程序的归档卷宗（卷宗封面、卷内目录、卷宗复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", appeal_gin_archive(), True, seq=APPEAL_SEQ),
        Plan("court_ah_03_tribunal_mediation_round_missing_clue_form", "court_ah", "court_ah",
             "石河子市人民法院执行本院北泉人民法庭农机作业服务合同纠纷民事调解书（机采棉作业费，连队职工诉团场公司）的终本卷宗，"
             "缺被执行人财产线索表（申请书称“详见《财产线索表》”）",
             "enforcement", "terminated_this_round", "closing", mediation_without_clue_form(), False, seq=16803),
    ]
