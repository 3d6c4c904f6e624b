"""court_do's three dossiers (河北省唐山市路北区人民法院执行局): a 建设北路 steel trader's judgment for 热轧卷板 against a
丰润 彩钢 works, upheld by 唐山中院 (the account deducted, the rest paid under a settlement, 执行完毕, archived); a lorry
driver's 劳动人事争议仲裁 award for unpaid wages against a 唐胥路 logistics company with nothing left (限制消费, 失信,
the applicant heard, 终本); a ceramics works' 路北 judgment for 卫生陶瓷 goods against a 建材城 dealer who settles and
pays — closed without the 结案通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_do import STEEL_SEQ, TILE_SEQ, WAGE_SEQ

MISSING = "closing_notice"
"""what the defective ceramics dossier lacks: the undertaker reported the case closed on the settlement and the bank
slip, and the 结案通知书 was never made in the system, so the volume holds none"""


def steel_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def wage_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def tile_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_do_01_complete_archive_steel_coil_appeal_paid", "court_do", "court_do",
             "路北法院执行唐山中院二审判决（热轧卷板买卖合同，钢铁贸易公司诉丰润彩钢板公司，附本院生效证明书）：扣划存款，"
             "和解后付清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；本院文书翻拍自电脑屏幕，外来材料桌面手机拍摄",
             "enforcement", "fully_performed", "archive", steel_archive(), True, seq=STEEL_SEQ),
        Plan("court_do_02_complete_driver_wage_award_terminated_this_round", "court_do", "court_do",
             "路北法院执行路北区劳动人事争议仲裁委员会裁决（货车司机追索劳动报酬，附生效证明），物流公司停业无财产，限制消费、"
             "纳入失信，约谈申请执行人后终结本次执行程序；本院文书翻拍自屏幕，外来材料桌面拍摄",
             "enforcement", "terminated_this_round", "closing", wage_closing(), True, basis_kind="arbitration",
             seq=WAGE_SEQ),
        Plan("court_do_03_ceramics_goods_settled_missing_closing_notice", "court_do", "court_do",
             "路北法院执行本院民事判决（卫生陶瓷买卖合同，陶瓷公司诉建材城经销商），执行和解后履行完毕、案款发放；卷内缺结案通知书",
             "enforcement", "fully_performed", "closing", tile_closing(), False, seq=TILE_SEQ),
    ]
