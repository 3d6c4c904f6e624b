"""court_fs's three dossiers (辽宁省营口市站前区人民法院执行局): a 海蜇/对虾 processor enforces the 鲅鱼圈区法院's judgment
against the cold store whose broken compressors let its goods thaw — the cold store's account frozen, it pays the whole
sum in, 执行完毕, the volume bound (cover, catalogue, review form, remarks sheet; the 鲅鱼圈 court's 生效证明书 behind its
judgment); a 盖州 tiler enforces this court's own judgment for his labour against a decoration company that has
vanished (searched, 限制消费, 失信, the tiler heard, 终本); a small-loan company enforces a notarised loan contract
against a seafood-barbecue owner, who settles and pays — filed with the 公证书 but without the notary's 执行证书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fs import DECO_SEQ, LOAN_SEQ, SEA_SEQ

MISSING = "effectiveness_certificate"
"""what the loan dossier lacks: the lender's lawyer filed the 辽河公证处's 公证书 that made the loan contract enforceable,
but never the 执行证书 the notary issued when the borrower defaulted — the paper that makes a notarised debt a basis
for enforcement at all"""


def sea_archive() -> list[Doc]:
    """Paid after the freeze, with no settlement: the bank's slips prove the performance."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def deco_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def loan_closing() -> list[Doc]:
    """The 公证书 stands as the basis; its 执行证书 (MISSING) was never filed behind it."""
    return base_docs("fully_performed", "enforcement")


def plans() -> list[Plan]:
    return [
        Plan("court_fs_01_complete_archive_jellyfish_cold_store_paid", "court_fs", "court_fs",
             "站前法院执行鲅鱼圈区法院民事判决（海产食品公司诉冷链仓储公司仓储合同，冷库停机致海蜇、对虾变质，附生效证明书）："
             "冻结账户后被执行人一次交清，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；要素式文书，"
             "灰度馈纸扫描仪开启锐化/文字增强",
             "enforcement", "fully_performed", "archive", sea_archive(), True, seq=SEA_SEQ),
        Plan("court_fs_02_complete_tiler_decoration_company_terminated_this_round", "court_fs", "court_fs",
             "站前法院执行本院民事判决（盖州瓦工诉装饰工程公司劳务费），公司人去楼空、无财产可供执行，限制消费、纳入失信，"
             "约谈申请执行人后终结本次执行程序；要素式文书，灰度馈纸扫描仪开启锐化/文字增强",
             "enforcement", "terminated_this_round", "closing", deco_closing(), True, seq=DECO_SEQ),
        Plan("court_fs_03_notarised_loan_settled_missing_execution_certificate", "court_fs", "court_fs",
             "站前法院执行辽河公证处赋予强制执行效力的借款合同公证书（小额贷款公司诉海鲜烧烤店主），执行和解后付清；"
             "卷内缺公证处出具的执行证书",
             "enforcement", "fully_performed", "closing", loan_closing(), False, basis_kind="notarial", seq=LOAN_SEQ),
    ]
