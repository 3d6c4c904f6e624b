"""court_hu's three dossiers (河北省沧州市新华区人民法院执行局): a 孟村 pipe-fittings maker enforces this court's sale
judgment against a heating-pipeline contractor — the buyer's share in a heating company frozen through the
市场监督管理局, an 执行和解 paid in two instalments, the freeze lifted, 执行完毕; a mother enforces the 抚养费 arrears of
this court's divorce judgment — the father's wages withheld month by month by his employer, paid out to her, 执行完毕
and archived (cover, catalogue, the 生效证明书 behind the judgment, review form and remarks sheet); a shop's landlord
enforces a lease judgment against a 驴肉火烧 shop's tenant, who pays once a 限制消费令 bites — handed in without the
结案审批表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hu import CHILD_SEQ, PIPE_SEQ, RENT_SEQ

MISSING = "closing_approval_form"
"""what the rent dossier lacks: the tenant paid at the window, the undertaker wrote the 结案通知书 the same week and sent
the volume to the archive room, but the 结案审批表 never came back from the bureau chief's desk to be filed"""


def pipe_closing() -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    docs = behind(docs, "payment_voucher", Doc("enforcement_ruling", note="release"),
                  Doc("assistance_notice", note="release"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def child_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def rent_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code not in ("settlement_agreement", MISSING)]
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"))
    return [*docs, Doc("service_receipt", served=["consumption_restriction_order"])]


def plans() -> list[Plan]:
    return [
        Plan("court_hu_01_complete_pipe_fittings_share_freeze_settled", "court_hu", "court_hu",
             "新华区法院执行本院民事判决（孟村管件厂诉热力管道公司买卖合同）：冻结被执行人持有的供热公司股权（协助执行通知书"
             "送市场监督管理局），执行和解分两期履行完毕，解除冻结，执行完毕；当事人材料多为微信照片打印件，案款凭条为热敏纸粘贴",
             "enforcement", "fully_performed", "closing", pipe_closing(), True, seq=PIPE_SEQ),
        Plan("court_hu_02_complete_archive_child_support_wage_withholding", "court_hu", "court_hu",
             "新华区法院执行本院离婚判决所定抚养费欠款（附生效证明书）：被执行人工作单位按协助执行通知书按月扣留工资并划付，"
             "案款发放给申请执行人，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；微信打印件、热敏凭条粘贴单",
             "enforcement", "fully_performed", "archive", child_archive(), True, seq=CHILD_SEQ),
        Plan("court_hu_03_shop_rent_paid_after_restriction_missing_approval_form", "court_hu", "court_hu",
             "新华区法院执行本院房屋租赁合同判决（商铺租金）：对驴肉火烧店经营者发出限制消费令后其到院一次性交清，执行完毕；"
             "卷内缺结案审批表",
             "enforcement", "fully_performed", "closing", rent_closing(), False, seq=RENT_SEQ),
    ]
