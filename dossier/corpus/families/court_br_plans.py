"""court_br's three dossiers (河北省保定市莲池区人民法院执行局): a 白沟 luggage maker's 保定中院 二审 judgment against a
wholesaler, paid once the wholesaler's account was 扣划'd; a 保定仲裁委 building-materials award settled by 执行和解 and
paid in three instalments, archived; a cook's wage award from the district labour tribunal against a 驴肉火烧 shop,
paid, but filed without the worker's 收款账户确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_br import BAG_SEQ, DONKEY_SEQ, STONE_SEQ

MISSING = "payment_account_confirmation"
"""what the wage dossier lacks: the worker never filled in the 执行案款收取账户确认书 at the window"""

_TAIL = [Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def _bag() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "assistance_notice", Doc("payment_voucher", note="deduct"))
    return [*docs, *_TAIL]


def _stone_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [d for d in docs if d.code != "payment_voucher"]
    docs = behind(docs, "settlement_agreement", Doc("payment_voucher", note="inst1"), Doc("payment_voucher", note="inst2"),
                  Doc("payment_voucher", note="inst3"), Doc("payment_voucher", note="release"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, *_TAIL, Doc("file_review_form"), Doc("remarks_sheet")]


def _donkey() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code not in ("settlement_agreement", MISSING)]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("payment_voucher", note="cash"))
    return [*docs, *_TAIL]


def plans() -> list[Plan]:
    return [
        Plan("court_br_01_complete_appeal_luggage_deducted", "court_br", "court_br",
             "莲池法院执行保定中院二审判决（白沟箱包厂诉莲池区商贸公司货款，驳回上诉维持原判），冻结并扣划被执行人银行存款，"
             "案款发放，执行完毕；档案外包扫描：300 dpi 二值化存 JPEG，装订孔、订书钉阴影，右上角页码章，个别页歪斜",
             "enforcement", "fully_performed", "closing", _bag(), True, seq=BAG_SEQ),
        Plan("court_br_02_complete_archive_arbitration_building_materials", "court_br", "court_br",
             "保定仲裁委建材购销裁决（附生效证明），执行和解分三期履行，案款发放，归档卷宗（封面、卷内目录、复核表、备考表）",
             "enforcement", "fully_performed", "archive", _stone_archive(), True, basis_kind="arbitration", seq=STONE_SEQ),
        Plan("court_br_03_labour_award_donkey_shop_missing_account", "court_br", "court_br",
             "莲池区劳动人事争议仲裁委裁决驴肉火烧店支付拖欠工资，店主代交工资款，执行完毕；缺执行案款收取账户确认书",
             "enforcement", "fully_performed", "closing", _donkey(), False, basis_kind="arbitration", seq=DONKEY_SEQ),
    ]
