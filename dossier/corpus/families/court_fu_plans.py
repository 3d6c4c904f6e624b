"""court_fu's three dossiers (浙江省衢州市柯城区人民法院执行局): a 椪柑 cooperative enforces this court's judgment for
juice-grade 椪柑, upheld on appeal by 衢州市中级人民法院, against a juice factory — its account frozen and its delivery
van sealed, it settles and pays the whole sum, 执行完毕, archived with cover, catalogue, review form and remarks sheet
(the civil division's 生效证明书 behind the two judgments); a 鸭头 supplier enforces this court's 民事调解书 against a
烤饼·鸭头 shop's owner, who settles and pays in three instalments — handed in without the 收款账户确认书; a builder
enforces a 衢州仲裁委员会 award for a chemical-park workshop against a paint company with nothing left: property
searched, 限制消费 and 失信, the builder's lawyer heard, 终本."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fu import CITRUS_SEQ, DUCK_SEQ, PAINT_SEQ

MISSING = "payment_account_confirmation"
"""what the 鸭头 supplier's dossier lacks: its lawyer said the account was the one in the application; the window's
收款账户确认书 was never filled in, and the three instalments were paid out on the application's word"""


def citrus_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def duck_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def paint_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def plans() -> list[Plan]:
    return [
        Plan("court_fu_01_complete_archive_citrus_coop_appeal_judgment_paid", "court_fu", "court_fu",
             "柯城法院执行衢州中院二审判决（附本院一审判决、生效证明书；椪柑专业合作社诉果汁饮品公司买卖合同）：冻结账户、"
             "查封货车后和解并一次付清，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；收到的材料均盖红色收文登记章，"
             "彩色馈纸扫描",
             "enforcement", "fully_performed", "archive", citrus_archive(), True, seq=CITRUS_SEQ),
        Plan("court_fu_02_duck_head_supplier_mediation_instalments_missing_account_confirmation", "court_fu", "court_fu",
             "柯城法院执行本院民事调解书（鸭头供应商诉烤饼鸭头店经营者货款），执行和解后分三期付清，执行完毕；"
             "卷内缺申请执行人收取案款确认书；收文登记章、签收章，彩色馈纸扫描",
             "enforcement", "fully_performed", "closing", duck_closing(), False, basis_kind="mediation", seq=DUCK_SEQ),
        Plan("court_fu_03_complete_arbitration_paint_company_terminated_this_round", "court_fu", "court_fu",
             "柯城法院执行衢州仲裁委员会裁决（附生效证明；建设公司诉化工园区涂料公司工程款），财产查控无果，限制消费、"
             "纳入失信，约谈申请执行人后终结本次执行程序；收文登记章、签收章、拟办批注，彩色馈纸扫描",
             "enforcement", "terminated_this_round", "closing", paint_closing(), True, basis_kind="arbitration",
             seq=PAINT_SEQ),
    ]
