"""court_gb's three dossiers (浙江省金华市婺城区人民法院执行局): a 火腿 curing house enforces this court's judgment
for hams against an online shop company with its warehouse in the 金义 综合保税区 — an account frozen, a settlement,
paid, 执行完毕, archived (cover, catalogue, 卷宗复核表, 备考表; the civil division's 生效证明书 behind the judgment); a
婺城 苗木 grower enforces a 金华仲裁委员会 award against the company that landscaped the 双龙洞 scenic area, which has
stopped trading — nothing found, 限制消费 and 失信, the grower heard, 终本; a 汽配 wholesaler enforces its judgment for
shop rent against a 酥饼 baker, who settles and pays — but the wholesaler's 收款账户确认书 never reached the e-dossier."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gb import HAM_SEQ, NURSERY_SEQ, RENT_SEQ

MISSING = "payment_account_confirmation"
"""what the 汽配 wholesaler's dossier lacks: its bookkeeper sent a photo of the filled-in 收款账户确认书 in the chat,
the file expired in the app before anyone saved it, and the e-dossier kept only what had reached the bureau"""


def ham_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def nursery_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def rent_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_gb_01_complete_archive_ham_curing_house_judgment_paid", "court_gb", "court_gb",
             "婺城法院执行本院民事判决（火腿腌制公司诉金义保税区电商公司买卖合同，附民事审判庭生效证明书）：冻结账户后双方"
             "和解、付清，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；当事人材料多经聊天软件传来，为手机文件预览截图"
             "和压缩照片，本院文书平板扫描",
             "enforcement", "fully_performed", "archive", ham_archive(), True, seq=HAM_SEQ),
        Plan("court_gb_02_complete_nursery_award_scenic_company_terminated_this_round", "court_gb", "court_gb",
             "婺城法院执行金华仲裁委员会裁决（苗木种植户诉双龙景区绿化工程公司苗木款，附生效证明），被执行人停业无财产，"
             "限制消费、纳入失信，约谈申请执行人后终结本次执行程序；手机截图、照片与平板扫描混合",
             "enforcement", "terminated_this_round", "closing", nursery_closing(), True, basis_kind="arbitration",
             seq=NURSERY_SEQ),
        Plan("court_gb_03_auto_parts_rent_suibing_bakery_missing_account_confirmation", "court_gb", "court_gb",
             "婺城法院执行本院民事判决（汽配商行诉酥饼店经营者房屋租金），执行和解后付清；卷内缺申请执行人收取案款确认书",
             "enforcement", "fully_performed", "closing", rent_closing(), False, seq=RENT_SEQ),
    ]
