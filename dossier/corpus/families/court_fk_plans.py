"""court_fk's three dossiers (广东省韶关市浈江区人民法院执行局): a rail freight forwarder of the 京广 line enforces this
court's judgment for container freight on 韶钢 rebar against a steel trader — the account frozen, a settlement, the
money paid in, 执行完毕, archived with cover, catalogue, 归档检查表 and 备考表, the civil division's 生效证明书 behind
the judgment; a 仁化 白毛茶 cooperative enforces a 韶关仲裁委员会 award against a 丹霞山 souvenir company whose shops
have shut (the commission's 送达及生效证明 behind the award; the shop named as a clue is rented, nothing found, 限制消费
and 失信, the cooperative heard, 终本); a lender enforces a notarised loan (公证书, the notary's 执行证书 behind it)
against the owner of a 客家 restaurant on the 浈江 bank, who settles and pays — filed without the 非税收入票据 of the
execution fee."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fk import HAKKA_SEQ, RAIL_SEQ, TEA_SEQ

MISSING = "fee_receipt"
"""what the lender's dossier lacks: his lawyer paid the 申请执行费 at the bank but kept the 广东省非税收入票据 for the
lender's accounts, and no copy reached the file"""


def rail_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def tea_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def hakka_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_fk_01_complete_archive_rail_freight_judgment_paid", "court_fk", "court_fk",
             "浈江法院执行本院民事判决（铁路物流公司诉钢材贸易公司京广线集装箱运费，附民事审判庭生效证明书）：冻结账户后"
             "和解、款项交清，执行完毕，归档卷宗（封面、卷内目录、归档检查表、备考表）；防伪底纹纸材料，彩色平板扫描",
             "enforcement", "fully_performed", "archive", rail_archive(), True, seq=RAIL_SEQ),
        Plan("court_fk_02_complete_tea_award_danxia_shop_terminated_this_round", "court_fk", "court_fk",
             "浈江法院执行韶关仲裁委员会裁决（白毛茶合作社诉丹霞山旅游商品公司货款，附送达及生效证明），商铺线索系租赁、"
             "无财产可供执行，限制消费、纳入失信，约谈申请执行人后终结本次执行程序；防伪底纹纸材料，彩色平板扫描",
             "enforcement", "terminated_this_round", "closing", tea_closing(), True, basis_kind="arbitration",
             seq=TEA_SEQ),
        Plan("court_fk_03_hakka_restaurant_notarised_loan_missing_fee_receipt", "court_fk", "court_fk",
             "浈江法院执行赋予强制执行效力的公证债权文书（附公证处执行证书），客家菜馆经营者和解分期付清；卷内缺申请执行费"
             "非税收入票据",
             "enforcement", "fully_performed", "closing", hakka_closing(), False, basis_kind="notarial", seq=HAKKA_SEQ),
    ]
