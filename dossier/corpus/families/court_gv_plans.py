"""court_gv's three dossiers (黑龙江省绥化市北林区人民法院执行局), all elder support under a 人民调解协议 the court
confirmed (司法确认): an old mother's second son, a shift leader at a rice mill, stopped paying — his wages withheld
through the mill (协助执行通知书 and the mill's reply), he settles and pays the rest, 执行完毕, archived with cover,
catalogue, review form and remarks sheet (the 立案庭's 生效证明书 behind the ruling); her third son hauls grain for cash
and WeChat transfers, declares he earns nothing and is fined (罚款决定书), a few yuan are debited and nothing else is
found — 限制消费, 失信, the grandson heard, 终本; her youngest son, a taxi driver, has his account debited and pays the
rest — handed in without any proof that the grandson who acts for her is her grandson. The grandson's papers are
mostly copy-shop inkjet prints of his phone's photos."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gv import HAULER_SEQ, MILL_SEQ, TAXI_SEQ

MISSING = "kinship_proof"
"""what the taxi driver's mother's dossier lacks: the grandson brought his grandmother's thumbprinted 授权委托书 and the
photos of both ID cards, but not the 户口簿 page or the village's proof that he is her grandson, and the window did not
ask for it again"""

LAWYER_PAPERS = ("law_firm_letter", "lawyer_license")


def _by_grandson(method: str) -> list[Doc]:
    """The filing papers with the grandson for a lawyer: no firm's letter or licence, his kinship proof instead."""
    docs = [d for d in base_docs(method, "enforcement") if d.code not in LAWYER_PAPERS]
    return behind(docs, "power_of_attorney", Doc("kinship_proof"))


def mill_archive() -> list[Doc]:
    docs = behind(_by_grandson("fully_performed"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def hauler_closing() -> list[Doc]:
    docs = behind(_by_grandson("terminated_this_round"), "property_declaration_form", Doc("fine_decision"))
    return [*docs, Doc("service_receipt", served=["fine_decision"])]


def taxi_closing() -> list[Doc]:
    return [d for d in _by_grandson("fully_performed") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_gv_01_complete_archive_mill_wages_withheld", "court_gv", "court_gv",
             "北林法院执行本院司法确认的人民调解协议（赡养费，孙子代理，户口簿照片打印件）：次子在米业公司上班，协助执行"
             "通知书扣留工资并有公司回复，和解后交清，执行完毕，归档卷宗（封面、卷内目录、归档复核表、备考表，立案庭生效证明书）；"
             "手机照片喷墨打印件经多功能一体机扫描",
             "enforcement", "fully_performed", "archive", mill_archive(), True, basis_kind="mediation", seq=MILL_SEQ),
        Plan("court_gv_02_complete_hauler_fined_terminated_this_round", "court_gv", "court_gv",
             "北林法院执行司法确认的赡养费调解协议（孙子代理，村委会亲属关系证明照片打印件）：三子拉粮收现金、微信，虚假申报"
             "被罚款，查控仅划到少量存款，限制消费、纳入失信，约谈代理人后终结本次执行程序；手机照片喷墨打印件经多功能一体机扫描",
             "enforcement", "terminated_this_round", "closing", hauler_closing(), True, basis_kind="mediation",
             obstruction=True, seq=HAULER_SEQ),
        Plan("court_gv_03_taxi_son_paid_missing_kinship_proof", "court_gv", "court_gv",
             "北林法院执行司法确认的赡养费调解协议：四子开出租车，邮储账户被扣划后交清余款；孙子代理但卷内缺亲属关系证明",
             "enforcement", "fully_performed", "closing", taxi_closing(), False, basis_kind="mediation", seq=TAXI_SEQ),
    ]
