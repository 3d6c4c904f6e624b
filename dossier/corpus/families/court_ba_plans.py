"""court_ba's three dossiers (安徽省芜湖市镜湖区人民法院执行局): a die maker's 货款 against a 奇瑞 tier-two stamping supplier
on a 芜湖中院 二审 judgment, paid from a frozen account; a 芜湖仲裁委 award for a 中山路步行街 shop's unpaid rent, settled
and paid, archived; a river port's 2022 终本 case resumed on a cement trader's receivable, then ended by 终结执行 after the
port withdrew its application — filed without its 结案审批表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ba import DIE_SEQ, PORT_SEQ, SHOP_SEQ

MISSING = "closing_approval_form"
"""what the defective 执恢 dossier lacks: the 结案审批表 of the 终结执行 was never signed and filed"""


def die_docs() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def shop_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def port_docs() -> list[Doc]:
    docs = behind(base_docs("terminated", "resumption"), "resumption_application", Doc("evidence", note="clue"))
    docs = behind(docs, "assistance_notice", Doc("evidence", note="withdrawal"))
    docs = [*docs, Doc("service_receipt", served=["resumption_ruling", "resumption_notice"])]
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ba_01_complete_appeal_die_maker_paid", "court_ba", "court_ba",
             "镜湖法院执行芜湖中院二审判决（维持镜湖法院一审：模具厂诉奇瑞二级配套冲压件厂模具款），冻结扣划银行存款执行完毕；"
             "旧卷经外包档案数字化公司扫描（300 dpi灰度、自动纠偏裁边、自动色阶、去蓝色：蓝色笔迹与蓝色收讫/核对章几乎消失），"
             "送达回证与缴款书为针式打印多联单",
             "enforcement", "fully_performed", "closing", die_docs(), True, seq=DIE_SEQ),
        Plan("court_ba_02_complete_archive_arbitration_shop_rent", "court_ba", "court_ba",
             "芜湖仲裁委员会裁决（中山路步行街商铺租金，附仲裁委生效证明），执行中和解并履行完毕，归档卷宗（封面、卷内目录、"
             "归档复核表、备考表）",
             "enforcement", "fully_performed", "archive", shop_archive(), True, basis_kind="arbitration", seq=SHOP_SEQ),
        Plan("court_ba_03_resumption_port_withdrawn_missing_approval", "court_ba", "court_ba",
             "长江港务公司对2022年终本案件（水泥贸易公司欠港口作业费）恢复执行，冻结到期债权后双方和解、申请人撤回申请，"
             "终结执行；结案审批表未入卷",
             "resumption", "terminated", "closing", port_docs(), False, seq=PORT_SEQ),
    ]
