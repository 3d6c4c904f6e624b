"""court_gw's three dossiers (广东省梅州市梅江区人民法院执行局), each enforcing an award of 梅州仲裁委员会 for a construction
subcontract's payment, a building-materials supplier (through its law firm) against a construction company held from
Hong Kong: a window and curtain-wall supplier has the debtor's office unit seized, valued, sold at the first online
auction and the proceeds distributed — 执行完毕, archived with cover, catalogue, review form and remarks sheet; a
concrete supplier's case goes the same way but the unit was mortgaged, the bank takes most of the price, nothing else
is found, 限制消费 and 失信, the supplier's lawyer heard — 终本; a waterproofing supplier's debtor remits the whole sum
from Hong Kong after the valuation and the seizure is lifted — filed without the award's 送达及生效证明."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gw import CONCRETE_SEQ, ROOF_SEQ, WINDOW_SEQ

MISSING = "effectiveness_certificate"
"""what the waterproofing supplier's dossier lacks: its lawyer filed the award alone and never brought 梅州仲裁委员会's
送达及生效证明, and the window accepted it"""


def _without(docs: list[Doc], code: str) -> list[Doc]:
    out = [d for d in docs if d.code != code]
    assert len(out) < len(docs), code
    return out


def _after(docs: list[Doc], code: str, *new: Doc) -> list[Doc]:
    """`new` filed behind the last document of `code`."""
    at = max(i for i, d in enumerate(docs) if d.code == code) + 1
    return [*docs[:at], *new, *docs[at:]]


def _sale(*, transfer: bool) -> list[Doc]:
    """The disposal of the seized office unit: valuation ruling and report, auction ruling, the platform's
    confirmation, the sale's confirmation ruling (and the registry's transfer notice)."""
    docs = [Doc("enforcement_ruling", note="value"), Doc("evidence", note="valuation_report"),
            Doc("enforcement_ruling", note="auction"), Doc("evidence", note="sale"), Doc("enforcement_ruling", note="confirm")]
    return [*docs, Doc("assistance_notice", note="transfer")] if transfer else docs


def window_archive() -> list[Doc]:
    docs = _without(base_docs("fully_performed", "enforcement"), "settlement_agreement")
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = _after(docs, "assistance_notice", *_sale(transfer=True))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def concrete_closing() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return _after(docs, "assistance_notice", *_sale(transfer=True), Doc("payment_voucher"))


def roof_closing() -> list[Doc]:
    docs = _without(base_docs("fully_performed", "enforcement"), "settlement_agreement")
    return _after(docs, "assistance_notice", Doc("enforcement_ruling", note="value"), Doc("evidence", note="valuation_report"),
                  Doc("enforcement_ruling", note="release"))


def plans() -> list[Plan]:
    return [
        Plan("court_gw_01_complete_archive_window_award_office_auctioned", "court_gw", "court_gw",
             "梅江法院执行梅州仲裁委员会分包工程款裁决（门窗幕墙建材公司诉港资建筑公司，附裁决书送达及生效证明，股东为香港公司）："
             "查封办公用房，评估、网络拍卖成交，拍卖成交确认裁定、过户协助，案款分配发放后执行完毕，归档卷宗（封面、目录、"
             "复核表、备考表）；拆订后彩色馈纸扫描（订书钉孔、锈迹、折角、卷边、咖啡渍）",
             "enforcement", "fully_performed", "archive", window_archive(), True, basis_kind="arbitration", seq=WINDOW_SEQ),
        Plan("court_gw_02_complete_concrete_award_mortgaged_office_terminated_this_round", "court_gw", "court_gw",
             "梅江法院执行梅州仲裁委员会分包工程款裁决（商品混凝土公司诉港资建筑公司，法定代表人为香港居民）：查封的办公用房"
             "评估、拍卖成交，价款优先清偿抵押银行后部分发放申请人，余无财产，限制消费、纳入失信，约谈代理律师后终结本次执行"
             "程序；拆订后彩色馈纸扫描",
             "enforcement", "terminated_this_round", "closing", concrete_closing(), True, basis_kind="arbitration",
             seq=CONCRETE_SEQ),
        Plan("court_gw_03_roof_award_remitted_from_hong_kong_missing_effectiveness_certificate", "court_gw", "court_gw",
             "梅江法院执行梅州仲裁委员会分包工程款裁决（防水建材公司诉港资建筑公司）：查封、评估后被执行人法定代表人自香港汇款"
             "全额履行，解除查封，执行完毕；卷内缺仲裁委员会出具的裁决书送达及生效证明",
             "enforcement", "fully_performed", "closing", roof_closing(), False, basis_kind="arbitration", seq=ROOF_SEQ),
    ]
