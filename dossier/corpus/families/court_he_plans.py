"""court_he's three dossiers (宁夏回族自治区吴忠市利通区人民法院执行局): a 奶牛 farm enforces this court's judgment for
raw milk against a 生鲜乳收购站; the station is owed more by the dairy company it sells to, so the court freezes that
debt and orders the dairy company to pay the court — it does, 执行完毕, archived with cover, catalogue, review form
and remarks sheet (the civil division's 生效证明书 behind the judgment, the dairy company's own 送达回证 for the ruling
and the 协助执行通知书). A landlord enforces a 吴忠仲裁委员会 award for a 滩羊肉 restaurant's unpaid rent: the shop
is closed, nothing is found, 限制消费 and 失信, the landlord heard, 终本. A worker hurt at a 枸杞 processing plant
enforces his 工伤 award through a 法律援助 lawyer; the plant settles and pays — but the worker's signed 授权委托书 was
never put in: the window took the aid centre's 指派 letter for it."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_he import DAIRY_SEQ, GOJI_SEQ, RENT_SEQ

MISSING = "power_of_attorney"
"""what the worker's dossier lacks: a legal-aid lawyer is assigned by the aid centre, and the firm's 法律援助 letter
names the 指派 number — but the lawyer still acts for the worker only on the worker's own signed 授权委托书, and that
paper never reached the file"""


def dairy_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("service_receipt", served=["enforcement_ruling", "assistance_notice"]))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def rent_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def goji_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_he_01_complete_archive_dairy_milk_station_debtor_pays", "court_he", "court_he",
             "利通区法院执行本院民事判决（奶牛养殖公司诉生鲜乳收购站货款，附生效证明书）：冻结收购站对乳业公司的到期债权，"
             "乳业公司依协助执行通知书将款项交至法院，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；复印件均经"
             "核对签注、多页材料加盖骑缝章，彩色平板扫描",
             "enforcement", "fully_performed", "archive", dairy_archive(), True, seq=DAIRY_SEQ),
        Plan("court_he_02_complete_rent_award_lamb_restaurant_terminated_this_round", "court_he", "court_he",
             "利通区法院执行吴忠仲裁委员会租金裁决（附生效证明），滩羊肉餐馆停业无财产可供执行，限制消费、纳入失信，"
             "约谈出租人后终结本次执行程序；复印件均经核对签注、多页材料加盖骑缝章，彩色平板扫描",
             "enforcement", "terminated_this_round", "closing", rent_closing(), True, basis_kind="arbitration",
             seq=RENT_SEQ),
        Plan("court_he_03_goji_worker_injury_award_legal_aid_missing_power_of_attorney", "court_he", "court_he",
             "利通区法院执行利通区劳动人事争议仲裁委员会工伤待遇裁决（枸杞加工厂受伤工人，法律援助律师代理），和解后分期"
             "付清；卷内缺申请执行人签署的授权委托书",
             "enforcement", "fully_performed", "closing", goji_closing(), False, basis_kind="arbitration", seq=GOJI_SEQ),
    ]
