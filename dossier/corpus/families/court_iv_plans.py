"""court_iv's three dossiers (山东省济南市市中区人民法院执行局): a heating company enforces this court's judgment for
three winters' 供暖费 against a flat owner, who pays in full at the court's window after a 限制消费令 (执行完毕, archived
with cover, catalogue, review form and remarks sheet, the civil division's 生效证明书 behind the judgment); an insurer
enforces this court's subrogation judgment against a truck driver, whose wages his employer withholds on a 协助执行
通知书 until all is paid (执行完毕); a tiler enforces this court's 民事调解书 for his pay against a decoration contractor
with nothing left — 网络查控 empty, the rented flat visited, 失信, the tiler heard, 终本 — filed without the 限制消费令."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_iv import COVER_SEQ, HEAT_SEQ, TILE_SEQ

MISSING = "consumption_restriction_order"
"""what the tiler's dossier lacks: the contractor was put on the dishonest list, but the 限制消费令 the case system
generated with it was never printed for the volume (its 送达回证 names only the 决定书)"""


def heat_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement")
            if d.code not in ("settlement_agreement", "enforcement_ruling", "assistance_notice")]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "online_inquiry_result", Doc("consumption_restriction_order"))
    docs = [*docs, Doc("service_receipt", served=["consumption_restriction_order"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def cover_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def tile_closing() -> list[Doc]:
    docs: list[Doc] = []
    for d in base_docs("terminated_this_round", "enforcement"):
        if d.code == MISSING:
            continue
        if MISSING in d.served:
            d = Doc("service_receipt", served=[s for s in d.served if s != MISSING])
        docs.append(d)
    return docs


def plans() -> list[Plan]:
    return [
        Plan("court_iv_01_complete_archive_heating_fee_paid_after_restriction", "court_iv", "court_iv",
             "市中法院执行本院民事判决（供热公司诉业主供用热力合同纠纷，附民事审判庭生效证明书）：发出限制消费令后被执行人"
             "到院交清全部供暖费，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；彩色联单、彩色平板扫描，部分批次灰度",
             "enforcement", "fully_performed", "archive", heat_archive(), True, seq=HEAT_SEQ),
        Plan("court_iv_02_complete_subrogation_wages_withheld_paid", "court_iv", "court_iv",
             "市中法院执行本院保险人代位求偿权纠纷民事判决：向货车司机的用人单位送达协助执行通知书扣留、提取工资，"
             "执行款全部到位，执行完毕；彩色联单、彩色平板扫描，部分批次灰度",
             "enforcement", "fully_performed", "closing", cover_closing(), True, seq=COVER_SEQ),
        Plan("court_iv_03_tiler_mediation_terminated_missing_restriction_order", "court_iv", "court_iv",
             "市中法院执行本院民事调解书（装修工人诉包工头劳务费，法律援助律师代理）：网络查控无财产、实地调查、纳入失信、"
             "约谈申请人后终结本次执行程序；卷内缺限制消费令",
             "enforcement", "terminated_this_round", "closing", tile_closing(), False, basis_kind="mediation",
             seq=TILE_SEQ),
    ]
