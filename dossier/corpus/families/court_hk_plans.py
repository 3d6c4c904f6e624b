"""court_hk's three dossiers (辽宁省大连市中山区人民法院执行局). A marine-hardware dealer's 2011 judgment against a
ship-repair company — the yard shut, 终本 the same year — is resumed in 2024 when the company's old workshop by 东港
is expropriated: the compensation frozen and paid over, 执行完毕, archived with cover, catalogue, review form and
remarks sheet; the 2011 papers (the mimeographed judgment, the ribbon-typed 生效证明书, the mimeographed 送达回证
filled in by fountain pen, the carbon copy of the 终本 ruling) filed as the resumption's basis and history. A port
container-logistics company enforces this court's judgment for storage and haulage against a trading company,
which settles and pays in three instalments. A lender enforces a mediation against a former seafood-stall keeper
with nothing left: 限制消费, 失信, the lender heard, 终本 — but the 网络查控 feedback was never printed into the file."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hk import LOAN_SEQ, PORT_SEQ, YARD_SEQ

MISSING = "online_inquiry_result"
"""what the lender's 终本 dossier lacks: the 网络执行查控 feedback list — the ruling and the interview speak of the
查控 results, but nobody printed the system's feedback into the paper file before it was closed"""


def yard_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "resumption") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"),
                  Doc("service_receipt", served=["enforcement_basis"]))
    docs = [*docs, Doc("service_receipt", served=["resumption_ruling", "resumption_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def port_closing() -> list[Doc]:
    return base_docs("fully_performed", "enforcement")


def loan_closing() -> list[Doc]:
    return [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_hk_01_complete_archive_2011_judgment_resumed_paid", "court_hk", "court_hk",
             "中山区法院恢复执行2011年油印民事判决（船用五金货款；原案2011年终本，原判决、生效证明书、油印送达回证、"
             "终本裁定复写件附卷）：被执行人旧厂房列入征收，冻结提取征收补偿款，执行完毕，归档卷宗（封面、卷内目录、"
             "复核表、备考表）；档案室书刊扫描仪灰度扫描，旧纸发黄、霉斑、锈迹",
             "resumption", "fully_performed", "archive", yard_archive(), True, seq=YARD_SEQ),
        Plan("court_hk_02_complete_port_logistics_settled_paid", "court_hk", "court_hk",
             "中山区法院执行本院仓储合同纠纷民事判决（集装箱储运公司诉国际贸易公司堆存费、短驳运输费）：冻结账户后达成"
             "执行和解，分三期付清，执行完毕；书刊扫描仪灰度扫描，一页倒置",
             "enforcement", "fully_performed", "closing", port_closing(), True, seq=PORT_SEQ),
        Plan("court_hk_03_loan_mediation_terminated_this_round_missing_inquiry", "court_hk", "court_hk",
             "中山区法院执行本院民间借贷民事调解书（被执行人原海鲜排档经营者，无财产）：限制消费、纳入失信、约谈申请人后"
             "终结本次执行程序；卷内缺网络查控结果",
             "enforcement", "terminated_this_round", "closing", loan_closing(), False, basis_kind="mediation",
             seq=LOAN_SEQ),
    ]
