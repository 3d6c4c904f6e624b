"""court_gx's three dossiers (河北省邢台市信都区人民法院执行局), each a financing guarantee company enforcing this court's
judgment on its right of recourse against a borrower company and the borrower's two counter-guarantors. In each the
bureau freezes the company's accounts (the bank's reply behind the notice), freezes its stake in a subsidiary (the
协助执行通知书 to the county 市场监督管理局 and that bureau's 协助执行回执) and seizes a counter-guarantor's flat (the
不动产登记中心's 查封登记回执). A bearing maker and its owners settle and pay: archived; a pram maker's stake is in a
dead company and the flat is mortgaged above its worth: 终本; a cashmere company's guarantor sells the flat and pays —
handed in without the applicant's 收款账户确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gx import BEARING_SEQ, CASHMERE_SEQ, PRAM_SEQ

MISSING = "payment_account_confirmation"
"""what the cashmere dossier lacks: the company's 公司律师 wrote the receiving account into the application and never
filled in the window's 收款账户确认书; the money went out on the application's word"""


def _measures(method: str) -> list[Doc]:
    """The filing and closing papers, with the one assistance notice of the base list replaced by the three the
    bureau sent — each followed by the answer it brought back."""
    docs = [d for d in base_docs(method, "enforcement") if d.code != "assistance_notice"]
    return behind(docs, "enforcement_ruling",
                  Doc("assistance_notice", note="bank"), Doc("online_inquiry_result", note="bank_reply"),
                  Doc("assistance_notice", note="equity"), Doc("online_inquiry_result", note="equity_reply"),
                  Doc("assistance_notice", note="flat"), Doc("online_inquiry_result", note="flat_reply"))


def bearing_archive() -> list[Doc]:
    docs = behind(_measures("fully_performed"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def pram_closing() -> list[Doc]:
    return _measures("terminated_this_round")


def cashmere_closing() -> list[Doc]:
    return [d for d in _measures("fully_performed") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_gx_01_complete_archive_guarantee_recourse_bearing_settled", "court_gx", "court_gx",
             "信都法院执行本院追偿权纠纷民事判决（融资担保公司诉轴承公司及两名反担保人，附民二庭生效证明书）：冻结存款、"
             "冻结子公司股权（市场监督管理局协助执行回执）、查封反担保人房产后和解付清，执行完毕，归档卷宗（封面、卷内目录、"
             "卷宗复核表、备考表）；TIFF 转 JPEG 的归档转换，部分页面成负片或偏色",
             "enforcement", "fully_performed", "archive", bearing_archive(), True, seq=BEARING_SEQ),
        Plan("court_gx_02_complete_guarantee_recourse_pram_maker_terminated_this_round", "court_gx", "court_gx",
             "信都法院执行本院追偿权纠纷民事判决（融资担保公司诉童车公司及两名反担保人）：存款无几，所冻结股权的公司已停业，"
             "查封房产抵押债权超过价值，限制消费、纳入失信，约谈申请人后终结本次执行程序；TIFF 转 JPEG 的归档转换",
             "enforcement", "terminated_this_round", "closing", pram_closing(), True, seq=PRAM_SEQ),
        Plan("court_gx_03_guarantee_recourse_cashmere_flat_sold_missing_account_confirmation", "court_gx", "court_gx",
             "信都法院执行本院追偿权纠纷民事判决（担保公司由公司律师代理，诉羊绒公司及两名反担保人）：查封房产后由反担保人"
             "自行变卖付清，执行完毕；卷内缺申请执行人收款账户确认书",
             "enforcement", "fully_performed", "closing", cashmere_closing(), False, seq=CASHMERE_SEQ),
    ]
