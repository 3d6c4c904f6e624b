"""court_fw's three dossiers (湖南省郴州市北湖区人民法院执行局): a 资兴 东江湖 fishery that also sells 临武鸭 enforces
this court's own judgment against a 北湖 restaurant chain (an account frozen, the chain pays in full, 执行完毕, archived
with cover, catalogue, review form and remarks sheet, the civil division's 生效证明书 behind the judgment); a 宜章
contractor enforces an award of 郴州仲裁委员会 for the plank walks he built at a 莽山 resort against its operator, which
has nothing left (property searched, 限制消费, 失信, the contractor heard, 终本) — filed without any certificate that
the award took effect; a 有色金属 trader enforces 郴州中院's appeal judgment (苏仙区法院's first-instance judgment and
its 生效证明书 behind it) against a smelting works, which settles and pays."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fw import FISH_SEQ, METAL_SEQ, RESORT_SEQ

MISSING = "effectiveness_certificate"
"""what the resort dossier lacks: the contractor's lawyer filed the award alone — "a final award takes effect when it
is made" — and neither he nor the window asked 郴州仲裁委员会 for its 送达及生效证明"""


def fish_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def resort_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def metal_closing() -> list[Doc]:
    return behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def plans() -> list[Plan]:
    return [
        Plan("court_fw_01_complete_archive_fish_supplier_judgment_paid", "court_fw", "court_fw",
             "北湖法院执行本院民事判决（资兴东江湖渔业公司诉北湖鱼馆餐饮连锁公司东江鱼、临武鸭货款，附民事审判庭生效证明书）："
             "冻结账户后被执行人全额交款，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；电子签章文书打印件，彩色馈纸扫描",
             "enforcement", "fully_performed", "archive", fish_archive(), True, seq=FISH_SEQ),
        Plan("court_fw_02_mangshan_resort_award_terminated_missing_effect_certificate", "court_fw", "court_fw",
             "北湖法院执行郴州仲裁委员会裁决（宜章包工头诉莽山度假开发公司工程款），度假区停业无财产，限制消费、纳入失信，"
             "约谈申请执行人后终结本次执行程序；卷内缺仲裁裁决生效证明",
             "enforcement", "terminated_this_round", "closing", resort_closing(), False, basis_kind="arbitration",
             seq=RESORT_SEQ),
        Plan("court_fw_03_complete_metal_trader_appeal_judgment_settled", "court_fw", "court_fw",
             "北湖法院执行郴州中院二审民事判决（附苏仙区法院一审判决及生效证明书；有色金属贸易公司诉北湖冶炼厂铅精矿货款），"
             "执行和解后付清，执行完毕的完整卷宗；彩色馈纸扫描",
             "enforcement", "fully_performed", "closing", metal_closing(), True, seq=METAL_SEQ),
    ]
