"""court_bu's three dossiers (湖南省岳阳市岳阳楼区人民法院执行局): a feed mill's 饲料 debt against a 洞庭湖 fish
farmer on this court's own judgment, paid after the 执行通知书 and 报告财产令; a 石化 installation company's 二审
judgment of the 中院 against a 云溪 chemical plant whose 执行异议 was rejected by 执行裁定书, paid and archived; a boat
owner's 岳阳仲裁委员会 award on a 船舶租赁 against a 城陵矶 shipping company, handed in without the lawyer's licence."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bu import BOAT_SEQ, FEED_SEQ, PETRO_SEQ

MISSING = "lawyer_license"
"""what the boat-lease dossier lacks: the 所函 names the 律师执业证复印件 as attached, but it never reached the volume"""


def _paid() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_ruling", Doc("service_receipt", served=["enforcement_ruling"]))
    return [*docs, Doc("service_receipt", served=["closing_notice"])]


def feed() -> list[Doc]:
    return _paid()


def petro_archive() -> list[Doc]:
    docs = behind(_paid(), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("objection_application"), Doc("enforcement_ruling", note="objection"),
                  Doc("service_receipt", served=["enforcement_ruling"]))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def boat() -> list[Doc]:
    docs = behind(_paid(), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_bu_01_complete_dongting_fish_farm_feed_debt_paid", "court_bu", "court_bu",
             "岳阳楼区法院执行本院买卖合同民事判决（饲料公司对东洞庭湖鱼塘养殖户的赊销饲料货款），发出执行通知书和报告财产令、"
             "被执行人申报财产后存款被冻结划拨，执行完毕；卷宗经档案室复印后重新扫描（复印件再复印：灰色墨粉斑点、边缘发暗、"
             "复印机盖板黑边、部分页缩印约90%，办案系统打印页带页眉打印时间、操作人和页脚，红笔页码）",
             "enforcement", "fully_performed", "closing", feed(), True, seq=FEED_SEQ),
        Plan("court_bu_02_complete_archive_petrochemical_installation_objection_rejected", "court_bu", "court_bu",
             "岳阳楼区法院执行岳阳市中级人民法院二审民事判决（石化设备安装工程款，驳回上诉维持原判，附生效证明书），被执行的"
             "云溪化工公司以安装质量另案起诉为由提出执行异议，执行裁定书驳回异议后全额履行，归档卷宗（封面、卷内目录、"
             "归档复核表、备考表）",
             "enforcement", "fully_performed", "archive", petro_archive(), True, seq=PETRO_SEQ),
        Plan("court_bu_03_boat_lease_award_missing_lawyer_license", "court_bu", "court_bu",
             "岳阳楼区法院执行岳阳仲裁委员会船舶租赁合同纠纷裁决（船东对城陵矶航运公司的租金），执行完毕；律师事务所函称附"
             "律师执业证复印件，但执业证复印件未入卷",
             "enforcement", "fully_performed", "closing", boat(), False, basis_kind="arbitration", seq=BOAT_SEQ),
    ]
