"""court_fc's three dossiers (江西省景德镇市珠山区人民法院执行局): a 柴窑 workshop of the old 弄堂 enforces a 景德镇仲裁委员会
award for firing and 青花 painting fees against a 陶溪川 creative company (its account frozen, a settlement, paid, 执行完毕,
archived with cover, catalogue, review form and remarks sheet, the commission's 生效证明 behind the award); a ceramic
e-commerce shipper enforces the 中院's 二审 judgment for broken parcels against a courier franchise operator who shut
his point (nothing found, 限制消费 and 失信, the shipper heard, 终本); a 浮梁 tea co-operative enforces the 浮梁县法院's
mediation against a teahouse company by the 御窑厂, which settles and pays — filed without the co-operative's
收取执行款确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fc import KILN_SEQ, PARCEL_SEQ, TEA_SEQ

MISSING = "payment_account_confirmation"
"""what the tea co-operative's dossier lacks: its lawyer wrote the account into the application and never filled in
the window's 收取执行款确认书; the money went out on the application's word"""


def kiln_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def parcel_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def tea_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_fc_01_complete_archive_kiln_award_settled_paid", "court_fc", "court_fc",
             "珠山法院执行景德镇仲裁委员会裁决（柴窑工作室诉陶溪川文创公司烧成、青花彩绘加工费，附仲裁委生效证明）：冻结账户后"
             "执行和解、付清，执行完毕，归档卷宗（封面、卷内目录、归档审查表、备考表）；旧复印扫描一体机照片模式，"
             "1位半色调，来件为复印件",
             "enforcement", "fully_performed", "archive", kiln_archive(), True, basis_kind="arbitration", seq=KILN_SEQ),
        Plan("court_fc_02_complete_parcel_breakage_appeal_terminated_this_round", "court_fc", "court_fc",
             "珠山法院执行景德镇中院二审判决（陶瓷电商诉快递网点经营者瓷器破损赔偿），网点停业无财产可供执行，限制消费、"
             "纳入失信，约谈申请执行人后终结本次执行程序；旧复印扫描一体机照片模式，复印件的复印件",
             "enforcement", "terminated_this_round", "closing", parcel_closing(), True, seq=PARCEL_SEQ),
        Plan("court_fc_03_fuliang_tea_mediation_settled_missing_account_confirmation", "court_fc", "court_fc",
             "珠山法院执行浮梁县法院民事调解书（浮梁红茶合作社诉御窑厂旁茶馆公司茶叶货款），执行和解后付清；卷内缺申请执行人"
             "收取执行款确认书",
             "enforcement", "fully_performed", "closing", tea_closing(), False, basis_kind="mediation", seq=TEA_SEQ),
    ]
