"""court_jc's three dossiers (湖北省武汉市江岸区人民法院执行局): the operator of a row of 老洋房 on 黎黄陂路 enforces a
武汉仲裁委员会 award against a café company for unpaid rent — its account frozen and part taken, a settlement for the
rest, paid in and paid out, 执行完毕, archived (cover, catalogue, review form and remarks sheet, the commission's 生效证明
behind the award); a retired 汉口 tram driver enforces this court's judgment for a loan to a 小龙虾 stall-keeper of
后湖 who has nothing (限制消费, 失信, his lodging visited, the lender heard, 终本); a 新洲 lorry owner enforces this
court's mediation for freight against a 堤角 building-materials trader whose yard is empty and whose head refused to
report its property (fined, 终本) — a 终本 dossier closed without the 网络查控 printout in it."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_jc import HAUL_SEQ, LEASE_SEQ, LOAN_SEQ

MISSING = "online_inquiry_result"
"""what the 堤角 trader's dossier lacks: the clerk ran the 总对总 inquiry and froze the few hundred yuan it found, but
never printed the system's feedback into the file — the 终本 ruling cites an inquiry the dossier does not show"""


def lease_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def haul_closing() -> list[Doc]:
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]
    docs = behind(docs, "property_declaration_form", Doc("fine_decision"))
    return [*docs, Doc("service_receipt", served=["fine_decision"])]


def plans() -> list[Plan]:
    return [
        Plan("court_jc_01_complete_archive_lihuangpi_villa_rent_award_paid", "court_jc", "court_jc",
             "江岸法院执行武汉仲裁委员会裁决（黎黄陂路老洋房出租方诉咖啡馆公司欠租，附仲裁委生效证明）：冻结划拨部分存款后"
             "双方和解，余款交清，案款发放，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；当事人材料为手机"
             "扫描APP生成的文件，法院文书经双面高速扫描仪扫描（薄纸透印）",
             "enforcement", "fully_performed", "archive", lease_archive(), True, basis_kind="arbitration",
             seq=LEASE_SEQ),
        Plan("court_jc_02_complete_houhu_crayfish_stall_loan_terminated_this_round", "court_jc", "court_jc",
             "江岸法院执行本院民间借贷判决（退休职工借款给后湖夜市小龙虾摊主），两次网络查控仅有小额存款，租住地调查无财产，"
             "限制消费、纳入失信，约谈申请执行人后终结本次执行程序；手机扫描APP文件与双面扫描仪透印页",
             "enforcement", "terminated_this_round", "closing", loan_closing(), True, seq=LOAN_SEQ),
        Plan("court_jc_03_dijiao_building_materials_freight_fined_missing_online_inquiry", "court_jc", "court_jc",
             "江岸法院执行本院民事调解书（新洲货车车主诉堤角建材商贸公司运费），法定代表人拒不申报财产被罚款，市场实地调查"
             "已退租，限制消费、纳入失信后终本；卷内缺网络查控反馈结果",
             "enforcement", "terminated_this_round", "closing", haul_closing(), False, basis_kind="mediation",
             obstruction=True, seq=HAUL_SEQ),
    ]
