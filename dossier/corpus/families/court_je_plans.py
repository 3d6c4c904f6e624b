"""court_je's three dossiers (四川省成都市青羊区人民法院执行局, volumes of 2016–2018 digitised years later from the
basement archive): a 琴台路 landlord enforces a 成都仲裁委员会 award for rent against a 火锅 restaurant company, whose
frozen account pays the whole sum in (执行完毕, archived: cover, catalogue, review form, remarks sheet, the commission's
生效证明 behind the award); a retired teacher of 少城 enforces this court's loan judgment against the former keeper of a
宽窄巷子 tea house who has nothing left (限制消费, 失信, the applicant heard, 终本); a 金沙 tile dealer enforces this
court's 民事调解书 against a 光华村 decoration company, which settles and pays in two instalments — but the
报告财产令 went out by EMS and its 送达回证 never came back into the volume.

The bureau served the 执行通知书 by hand and mailed the 报告财产令 with its 财产申报表, so each has its own receipt,
filed right behind the paper it serves."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_je import LOAN_SEQ, RENT_SEQ, TILE_SEQ

MISSING = "service_receipt:property_report_order"
"""what the tile dealer's volume lacks: the 报告财产令 was mailed by EMS to the decoration company's office; the
post's 回执 and the filled 送达回证 were never filed, and the company settled before anyone asked for them"""


def _served_apart(docs: list[Doc], *, report_receipt: bool = True) -> list[Doc]:
    """The national base's receipts, but the notice's and the order's apart, each (and the acceptance notice's, the
    final ruling's) behind the paper it serves."""
    kept = [d for d in docs if d.code != "service_receipt"]
    finals = [d for d in docs if d.code == "service_receipt" and d.served[0] not in
              ("enforcement_notice", "acceptance_notice")]
    kept = behind(kept, "payment_notice", Doc("service_receipt", served=["acceptance_notice", "payment_notice"]))
    kept = behind(kept, "enforcement_notice", Doc("service_receipt", served=["enforcement_notice"]))
    if report_receipt:
        kept = behind(kept, "property_report_order", Doc("service_receipt", served=["property_report_order"]))
    for receipt in finals:
        kept = behind(kept, receipt.served[-1], receipt)
    return kept


def rent_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(_served_apart(docs), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("service_receipt", served=["enforcement_ruling"]))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan_closing() -> list[Doc]:
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != "property_declaration_form"]
    return [Doc("dossier_cover"), *_served_apart(docs)]


def tile_closing() -> list[Doc]:
    docs = _served_apart(base_docs("fully_performed", "enforcement"), report_receipt=False)
    return [Doc("dossier_cover"), *docs]


def plans() -> list[Plan]:
    return [
        Plan("court_je_01_complete_archive_qintai_rent_award_paid", "court_je", "court_je",
             "青羊法院2016年执行成都仲裁委员会房屋租赁裁决（琴台路商铺出租方诉火锅餐饮公司欠租，附仲裁委生效证明）："
             "冻结账户后被执行人全额交款，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；多年后自潮湿的地下档案室"
             "调出数字化：纸张泛黄、霉斑、水渍、订书钉锈迹，热敏票据褪色",
             "enforcement", "fully_performed", "archive", rent_archive(), True, basis_kind="arbitration", seq=RENT_SEQ),
        Plan("court_je_02_complete_kuanzhai_teahouse_loan_terminated_this_round", "court_je", "court_je",
             "青羊法院2017年执行本院民间借贷判决（退休教师诉宽窄巷子茶坊原经营者），被执行人无财产可供执行：传唤未到、"
             "实地调查、限制消费、纳入失信，约谈申请执行人后终结本次执行程序；地下档案室旧卷数字化",
             "enforcement", "terminated_this_round", "closing", loan_closing(), True, seq=LOAN_SEQ),
        Plan("court_je_03_jinsha_tiles_settled_missing_report_order_receipt", "court_je", "court_je",
             "青羊法院2018年执行本院民事调解书（金沙瓷砖建材公司诉光华村装饰公司货款），执行和解后分两期付清；"
             "报告财产令邮寄送达，卷内缺其送达回证；地下档案室旧卷数字化",
             "enforcement", "fully_performed", "closing", tile_closing(), False, basis_kind="mediation", seq=TILE_SEQ),
    ]
