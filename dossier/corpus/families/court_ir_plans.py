"""court_ir's three dossiers (广东省佛山市顺德区人民法院执行局): a 容桂 mould maker enforces a 佛山仲裁委员会 award against a
Hong Kong-owned appliance factory in 北滘 (bilingual papers, the director's Hong Kong identity card, a 香港律师's 委托公证
with the 转递专用章): injection-moulding machines sealed, appraised and auctioned, the price paid out, 执行完毕, archived
(cover and catalogue first, the commission's 生效证明 behind the award); a logistics company enforces this court's freight
judgment against a 龙江 furniture maker: its settlement due from a 乐从 furniture mall garnished (履行到期债务通知书 and the
mall's reply), paid, 执行完毕; a 大良 landlord enforces this court's rent judgment against a restaurant owner who has
vanished: nothing found, 限制消费 and 失信, the landlord heard, 终本 — the volume lacks the 受理案件通知书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ir import FREIGHT_SEQ, MOULD_SEQ, RENT_SEQ

MISSING = "acceptance_notice"
"""what the landlord's volume lacks: the 受理案件通知书 was mailed to him and its 送达回证 came back into the file, but the
bureau's copy of the notice itself was never put into the volume"""


def mould_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("investigation_record"), Doc("enforcement_ruling", note="auction"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def freight_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def rent_closing() -> list[Doc]:
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]
    return behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))


def plans() -> list[Plan]:
    return [
        Plan("court_ir_01_complete_archive_hk_appliance_factory_machines_auctioned", "court_ir", "court_ir",
             "顺德法院执行佛山仲裁委员会裁决（模具公司诉港资电器厂定作合同，附仲裁委生效证明）：查封注塑机、评估、网络拍卖，"
             "拍卖款发放，执行完毕，归档卷宗（封面、卷内目录、归档复核表、备考表）；港方董事香港身份证、委托公证（转递章）、"
             "中英文证明；防伪纸原件的复印件（复印无效底纹显现），彩色平板扫描",
             "enforcement", "fully_performed", "archive", mould_archive(), True, basis_kind="arbitration", seq=MOULD_SEQ),
        Plan("court_ir_02_complete_freight_judgment_mall_debt_garnished", "court_ir", "court_ir",
             "顺德法院执行本院运输合同判决（物流公司诉家具厂运费，附生效证明书）：冻结被执行人对乐从家居商场的到期债权，"
             "履行到期债务通知书及商场复函，商场付款，执行完毕；银行回单等防伪纸复印件，彩色平板扫描",
             "enforcement", "fully_performed", "closing", freight_closing(), True, seq=FREIGHT_SEQ),
        Plan("court_ir_03_rent_judgment_owner_vanished_missing_acceptance_notice", "court_ir", "court_ir",
             "顺德法院执行本院房屋租赁判决（业主诉食肆经营者欠租）：被执行人下落不明，网络查控无财产，限制消费、纳入失信，"
             "约谈申请执行人后终结本次执行程序；卷内缺受理案件通知书（仅有其送达回证）",
             "enforcement", "terminated_this_round", "closing", rent_closing(), False, seq=RENT_SEQ),
    ]
