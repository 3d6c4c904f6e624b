"""court_ge's three dossiers (黑龙江省七台河市桃山区人民法院执行局, 2017–2019): a 煤矿机械 repair shop enforces this
court's 2016 judgment for overhauling a coal mine's 刮板输送机 and 液压支架 (the mine's account frozen, a settlement,
paid in two instalments, 执行完毕, archived with cover, catalogue, review form and remarks sheet, the civil division's
生效证明 behind the judgment); a coking plant enforces this court's 民事调解书 against a coal trucker who took the
freight in advance — he will not report his property (罚款决定书), declares no vehicle and hides his seized 半挂车 at a
relative's in 勃利县 (拘留决定书), the truck found is pledged beyond its worth, 限制高消费令 and 失信, the plant heard,
终本 under the 2016 rules; the heating company enforces its judgment for two winters' heating fees against a landlord
of 桃山 flats let to young skaters' families, who settles and pays — handed in without the company's 收取执行款账户确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ge import HEAT_SEQ, REPAIR_SEQ, TRUCK_SEQ

MISSING = "payment_account_confirmation"
"""what the heating company's dossier lacks: its cashier gave the account number over the telephone when the money
came in, and nobody had the company sign the window's 收取执行款账户确认书"""


def repair_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def truck_closing() -> list[Doc]:
    docs = base_docs("terminated_this_round", "enforcement")
    docs = behind(docs, "summons", Doc("fine_decision"))
    docs = behind(docs, "investigation_record", Doc("detention_decision"))
    return [*docs, Doc("service_receipt", served=["fine_decision"]), Doc("service_receipt", served=["detention_decision"])]


def heat_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_ge_01_complete_archive_mine_machinery_repair_paid", "court_ge", "court_ge",
             "桃山法院2017年执行本院民事判决（煤矿机械修理公司诉煤业公司承揽合同，附民事审判庭生效证明）：冻结煤矿账户后"
             "和解、分两期付清，执行完毕，归档卷宗（封面、卷内目录、复查表、备考表）；受潮纸张在寒冷办公室的裂纹平板扫描仪上扫描",
             "enforcement", "fully_performed", "archive", repair_archive(), True, seq=REPAIR_SEQ),
        Plan("court_ge_02_complete_coking_plant_trucker_fined_detained_terminated_this_round", "court_ge", "court_ge",
             "桃山法院2018年执行本院民事调解书（焦化公司诉运煤车主退还预付运费）：拒报财产罚款、藏匿被查封的半挂车拘留十五日，"
             "车辆抵押无剩余价值，限制高消费、纳入失信，约谈申请人后依2016年规定终结本次执行程序；受潮纸张、冷灯管、玻璃裂纹",
             "enforcement", "terminated_this_round", "closing", truck_closing(), True, basis_kind="mediation",
             obstruction=True, seq=TRUCK_SEQ),
        Plan("court_ge_03_heating_fees_landlord_settled_missing_account_confirmation", "court_ge", "court_ge",
             "桃山法院2019年执行本院民事判决（热力公司诉短道速滑训练馆附近出租房房东两个采暖期热费），和解后付清；"
             "卷内缺申请执行人收取执行款账户确认书",
             "enforcement", "fully_performed", "closing", heat_closing(), False, seq=HEAT_SEQ),
    ]
