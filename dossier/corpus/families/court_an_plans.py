"""court_an's three dossiers, photographed page by page with the undertaker's phone scanning app: two complete (this
court's own 民间借贷 judgment for a private lender against a 鞋业 workshop owner, with the 借条 and the bank transfer
record as evidence papers, 终本 and archived with 卷宗封面, 卷内目录, 卷宗复核表 and 备考表; a 温州仲裁委员会 award for an
eyewear factory against a trader on 货款, settled and paid by 支付宝 and 微信 transfers, at closing) and one defective
(this court's 司法确认 ruling on a 人民调解委员会's 调解协议 on 货款, 终本, handed in for closing without the 申请执行费
票据)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_an import ARCHIVE_SEQ

MISSING = "fee_receipt"
"""what the defective dossier lacks: the 申请执行费 receipt (诉讼费用专用票据) was never scanned in"""


def _round(docs: list[Doc]) -> list[Doc]:
    return [*docs, Doc("service_receipt", served=["summons"]), Doc("service_receipt", served=["payment_notice"])]


def loan_judgment_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis",
                  Doc("effectiveness_certificate"), Doc("evidence"))
    return [Doc("dossier_cover"), Doc("catalogue"), *_round(docs), Doc("file_review_form"), Doc("remarks_sheet")]


def award_settled_by_phone_transfers() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"), Doc("investigation_record"),
                  Doc("interview_record"))
    return [*docs, Doc("service_receipt", served=["consumption_restriction_order"]), Doc("service_receipt", served=["payment_notice"]), Doc("service_receipt", served=["closing_notice"])]


def confirmation_round_without_fee_receipt() -> list[Doc]:
    return _round([d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING])


def plans() -> list[Plan]:
    return [
        Plan("court_an_01_complete_archive_private_loan_judgment_round", "court_an", "court_an",
             "温州鹿城法院执行本院民间借贷纠纷民事判决（附生效证明；借条、银行转账记录为证据），被执行人为鞋业加工坊经营者，"
             "网络查控及温州银行、不动产登记服务中心回复，终结本次执行程序的归档卷宗（卷宗封面、卷内目录、卷宗复核表、备考表；"
             "手机扫描App拍摄：自动裁切、黑白增强、手指阴影、屏幕翻拍的摩尔纹）",
             "enforcement", "terminated_this_round", "archive", loan_judgment_archive(), True, seq=ARCHIVE_SEQ),
        Plan("court_an_02_complete_arbitration_award_eyewear_paid_by_alipay", "court_an", "court_an",
             "温州鹿城法院执行温州仲裁委员会眼镜货款裁决，执行和解后被执行人经支付宝、微信转账履行完毕的完整卷宗"
             "（法律服务所基层法律服务工作者代理）",
             "enforcement", "fully_performed", "closing", award_settled_by_phone_transfers(), True,
             basis_kind="arbitration", seq=66458),
        Plan("court_an_03_judicial_confirmation_round_missing_fee_receipt", "court_an", "court_an",
             "温州鹿城法院执行本院司法确认人民调解协议（眼镜货款）民事裁定的终本卷宗，缺申请执行费票据",
             "enforcement", "terminated_this_round", "closing", confirmation_round_without_fee_receipt(), False,
             seq=66839),
    ]
