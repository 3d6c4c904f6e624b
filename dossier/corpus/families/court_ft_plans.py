"""court_ft's three dossiers (甘肃省白银市白银区人民法院执行局): a refractory-brick maker enforces this court's own
judgment against a copper-smelting company — an account frozen, the company pays the whole sum in, 执行完毕 — but the
clerk paid the money out without the applicant's signed 收取执行款确认书; a 靖远 枸杞 grower enforces a 白银仲裁委员会
award against a produce wholesaler with nothing left (searched, 限制消费 and 失信, the grower heard, 终本), archived as a
volume with cover, catalogue, review form and remarks sheet; a city-bus driver enforces a wage award of the 白银区
劳动人事争议仲裁委员会 against the bus company, which settles and pays in two instalments."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ft import BRICK_SEQ, BUS_SEQ, GOJI_SEQ

MISSING = "payment_account_confirmation"
"""what the brick maker's dossier lacks: the money went to the account named in the lawyer's application, and the
applicant's signed 收取执行款确认书 was never taken at the window nor filed afterwards"""


def brick_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code not in (MISSING, "settlement_agreement")]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def goji_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def bus_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [*docs, Doc("service_receipt", served=["closing_notice"])]


def plans() -> list[Plan]:
    return [
        Plan("court_ft_01_refractory_bricks_smelter_paid_missing_account_confirmation", "court_ft", "court_ft",
             "白银区法院执行本院民事判决（耐火材料公司诉有色金属冶炼公司买卖合同）：冻结银行账户后被执行人将执行款及执行费"
             "一次交清，执行完毕；卷内缺申请执行人收取执行款确认书；手机分段拍照、拼接成页",
             "enforcement", "fully_performed", "closing", brick_closing(), False, seq=BRICK_SEQ),
        Plan("court_ft_02_complete_archive_goji_award_wholesaler_terminated_this_round", "court_ft", "court_ft",
             "白银区法院执行白银仲裁委员会裁决（靖远枸杞种植户诉果蔬批发部经营者货款，附裁决书送达及生效证明）：批发部停业、"
             "无财产可供执行，限制消费、纳入失信，约谈申请执行人后终结本次执行程序，归档卷宗（封面、卷内目录、归档复核表、"
             "备考表）；手机分段拍照、拼接成页",
             "enforcement", "terminated_this_round", "archive", goji_archive(), True, basis_kind="arbitration",
             seq=GOJI_SEQ),
        Plan("court_ft_03_complete_bus_driver_wage_award_settled_paid", "court_ft", "court_ft",
             "白银区法院执行白银区劳动人事争议仲裁委员会裁决（公交驾驶员追索欠薪及加班工资，附生效证明书）：公交公司执行和解、"
             "分两期付清，执行完毕；手机分段拍照、拼接成页",
             "enforcement", "fully_performed", "closing", bus_closing(), True, basis_kind="arbitration", seq=BUS_SEQ),
    ]
