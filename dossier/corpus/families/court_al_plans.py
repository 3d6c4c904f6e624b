"""court_al's three dossiers, scanned on 杭州互联网法院执行局's production scanner: two complete (this court's online
判决 for a 淘宝 shop owner against the company that bought from her shop, settled and paid, at closing; this court's
在线调解 民事调解书 for a 网络小额贷款 company against a borrower, 终本 and archived with 卷宗封面, 卷内目录, 卷宗复核表 and
备考表, the 生效证明书 behind the 调解书) and one defective (this court's 网络服务合同 判决 for a software company, paid,
handed in for closing without the 送达地址确认书 the online filing should have produced)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_al import LOAN_SEQ, SERVICE_SEQ, SHOP_SEQ

MISSING = "service_address_confirmation"
"""what the defective dossier lacks: the applicant's 送达地址确认书 (the platform's confirmation never printed)"""


def shop_judgment_paid() -> list[Doc]:
    """网络购物合同 判决 + 区块链存证 and order-page screenshot → 和解 → paid; e-served throughout."""
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("evidence"))
    docs = behind(docs, "settlement_agreement", Doc("interview_record"))
    docs = behind(docs, "online_inquiry_result", Doc("investigation_record"))
    return [*docs, Doc("service_receipt", served=["payment_notice"]), Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["closing_notice"])]


def loan_mediation_archive() -> list[Doc]:
    """在线调解 调解书 + 生效证明书, 查控, 终本, archived."""
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "online_inquiry_result", Doc("online_inquiry_result", note="again"))
    docs = [*docs, Doc("service_receipt", served=["summons"]), Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def service_judgment_without_address_confirmation() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]
    docs = behind(docs, "enforcement_basis", Doc("evidence"))
    docs = behind(docs, "online_inquiry_result", Doc("online_inquiry_result", note="again"), Doc("investigation_record"))
    docs = behind(docs, "settlement_agreement", Doc("interview_record"))
    return [*docs, Doc("service_receipt", served=["payment_notice"]), Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["closing_notice"])]


def plans() -> list[Plan]:
    scan = "（执行局高速扫描仪自动彩色识别：文字页1位黑白200/300dpi、印章抖动成网点，照片页灰度；背书器流水号、双张阴影、梯形歪斜）"
    return [
        Plan("court_al_01_complete_taobao_shop_judgment_paid", "court_al", "court_al",
             "杭州互联网法院执行本院网络购物合同纠纷在线审理判决（淘宝店主诉采购公司，附区块链存证证书、订单截图），执行和解后"
             "履行完毕的完整卷宗，电子送达凭证" + scan, "enforcement", "fully_performed", "closing", shop_judgment_paid(), True,
             seq=SHOP_SEQ),
        Plan("court_al_02_complete_archive_online_loan_mediation_round", "court_al", "court_al",
             "杭州互联网法院执行本院网络小额贷款合同纠纷在线调解民事调解书（附生效证明书，网贷公司法务与律师共同代理），网络查控"
             "两次、在线谈话、终结本次执行程序的归档卷宗" + scan, "enforcement", "terminated_this_round", "archive",
             loan_mediation_archive(), True, seq=LOAN_SEQ),
        Plan("court_al_03_service_contract_judgment_missing_address_confirmation", "court_al", "court_al",
             "杭州互联网法院执行本院网络服务合同纠纷判决、执行完毕的结案卷宗，缺送达地址确认书" + scan, "enforcement",
             "fully_performed", "closing", service_judgment_without_address_confirmation(), False, seq=SERVICE_SEQ),
    ]
