"""court_di's three dossiers (江西省九江市浔阳区人民法院执行局): a steel-structure subcontractor's 九江中院 二审 judgment
against a general contractor with nothing left (住建局: no project in town; 限制消费, 失信, 终本; archived in archive
order); a car-hire company's 九江仲裁委员会 award against a logistics firm, settled and paid; the court's own 相邻关系
judgment ordering a neighbour to pull down the wall across a lane, done (photos filed) — handed in without the
财产线索表, the applicant seeing no property to point at for a wall."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_di import BUILD_SEQ, HIRE_SEQ, WALL_SEQ

MISSING = "property_clue_form"
"""what the wall dossier lacks: the neighbour was to pull down a wall and pay a small loss, so the applicant filed no
财产线索表 with the application, and the volume holds none"""


def build_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def hire_closing() -> list[Doc]:
    return behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def wall_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "settlement_agreement", Doc("evidence"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_di_01_complete_archive_steel_subcontract_appeal_terminated_this_round", "court_di", "court_di",
             "浔阳法院执行九江中院二审判决（建设工程分包合同，钢结构公司诉建设集团，附一审法院生效证明书）：查控无财产，"
             "住建局复函无在建项目，限制消费、纳入失信，约谈后终结本次执行程序，归档卷宗（封面、卷内目录、审查表、备考表）；"
             "档案数字化外包扫描",
             "enforcement", "terminated_this_round", "archive", build_archive(), True, seq=BUILD_SEQ),
        Plan("court_di_02_complete_car_hire_award_settled_paid", "court_di", "court_di",
             "浔阳法院执行九江仲裁委员会车辆租赁合同纠纷裁决（附生效证明），执行和解分期付清，执行完毕；档案数字化外包扫描",
             "enforcement", "fully_performed", "closing", hire_closing(), True, basis_kind="arbitration", seq=HIRE_SEQ),
        Plan("court_di_03_neighbour_wall_removed_missing_property_clue_form", "court_di", "court_di",
             "浔阳法院执行本院相邻关系纠纷判决（拆除巷道砖墙、赔偿损失），被执行人和解后自行拆墙并付款，附拆除前后照片；"
             "卷内缺被执行人财产线索表；档案数字化外包扫描",
             "enforcement", "fully_performed", "closing", wall_closing(), False, seq=WALL_SEQ),
    ]
