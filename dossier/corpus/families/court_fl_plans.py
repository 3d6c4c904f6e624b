"""court_fl's three dossiers (湖北省孝感市孝南区人民法院执行局): a 麻糖 and 米酒 maker enforces an award of the
孝感仲裁委员会 against a 孝南 logistics park's warehouse company whose flooded store spoilt its Spring Festival gift
boxes (an account frozen, a settlement, paid in: 执行完毕, archived with cover, catalogue, review form and remarks
sheet, the commission's certificate of effect behind the award); a textile mill enforces a judgment for 七仙女
costume brocade and stage curtains, upheld by the 孝感中院, against a 董永-legend show park that has closed (nothing
found, 限制消费 and 失信, the mill heard, 终本); a rice cooperative enforces this court's judgment for 糯米 against a
米酒 workshop's owner, who settles and pays in two instalments — filed without the cooperative's 收取案款确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fl import MATANG_SEQ, RICE_SEQ, TOUR_SEQ

MISSING = "payment_account_confirmation"
"""what the rice cooperative's dossier lacks: its head wrote the account number on the application's margin and the
window never had the 执行案款收取账户确认书 filled in, so the volume holds none"""


def matang_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def tour_closing() -> list[Doc]:
    return [*base_docs("terminated_this_round", "enforcement"), Doc("service_receipt", served=["summons"])]


def rice_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_fl_01_complete_archive_matang_warehouse_award_paid", "court_fl", "court_fl",
             "孝南法院执行孝感仲裁委员会仓储合同裁决（麻糖米酒公司诉物流园仓储公司，附仲裁委生效证明）：冻结账户后和解，"
             "被执行人付清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；外包数字化公司JPEG 2000高压缩存档后导出",
             "enforcement", "fully_performed", "archive", matang_archive(), True, basis_kind="arbitration", seq=MATANG_SEQ),
        Plan("court_fl_02_complete_costume_fabric_show_park_terminated_this_round", "court_fl", "court_fl",
             "孝南法院执行孝感中院二审维持的买卖合同判决（纺织公司诉七仙文化旅游公司，天仙配演出服装面料款），文化园闭园"
             "无财产可供执行，限制消费、纳入失信，约谈申请执行人后终结本次执行程序；JPEG 2000高压缩存档后导出",
             "enforcement", "terminated_this_round", "closing", tour_closing(), True, seq=TOUR_SEQ),
        Plan("court_fl_03_rice_cooperative_settled_missing_account_confirmation", "court_fl", "court_fl",
             "孝南法院执行本院民事判决（水稻合作社诉米酒作坊经营者糯米货款），执行和解后分两期付清；卷内缺申请执行人"
             "收取案款确认书",
             "enforcement", "fully_performed", "closing", rice_closing(), False, seq=RICE_SEQ),
    ]
