"""court_gp's three dossiers (福建省三明市三元区人民法院执行局): a 尤溪 timber merchant enforces this court's judgment
against a 莘口 forestry cooperative — its forest right seized (the 林业局's reply, an assistance notice to the
不动产登记中心), valued, and by the parties' agreement transferred to him in payment by a second ruling with a second
assistance notice for the transfer, the balance paid in cash; 执行完毕 and archived (cover, catalogue, review form,
remarks sheet, the civil division's 生效证明书 behind the judgment). A 沙县小吃 franchisor enforces the 沙县区人民法院's
民事调解书 against a shop operator who paid two instalments and gave up the shop: nothing more found, 限制消费 and 失信,
the franchisor's lawyer heard, 终本. A steel works enforces a 三明仲裁委员会 award against a scrap recycling company,
which settles and pays after its account is frozen — handed in without the award's 生效证明."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gp import SCRAP_SEQ, SNACK_SEQ, TIMBER_SEQ

MISSING = "effectiveness_certificate"
"""what the steel works' dossier lacks: its lawyer filed the award and the application, but never the 三明仲裁委员会's
certificate that the award had been served and had taken effect, and the window did not ask for it"""


def timber_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "settlement_agreement", Doc("enforcement_ruling", note="transfer"),
                  Doc("assistance_notice", note="transfer"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def snack_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def scrap_closing() -> list[Doc]:
    """the national base as filed: an award needs its 生效证明 behind it, and this one has none"""
    return base_docs("fully_performed", "enforcement")


def plans() -> list[Plan]:
    return [
        Plan("court_gp_01_complete_archive_timber_forest_right_in_payment", "court_gp", "court_gp",
             "三元区法院执行本院民事判决（木材商诉林业专业合作社立木买卖合同，附生效证明书）：查封合作社林权（林业局复函、"
             "协助执行通知书致不动产登记中心），评估后以物抵债裁定过户、差额现金交清，执行完毕，归档卷宗（封面、卷内目录、"
             "复核表、备考表）；破损粘补的旧纸张用手机扫描App在绿色切割垫上拍摄",
             "enforcement", "fully_performed", "archive", timber_archive(), True, seq=TIMBER_SEQ),
        Plan("court_gp_02_complete_shaxian_snack_mediation_terminated_this_round", "court_gp", "court_gp",
             "三元区法院执行沙县区法院民事调解书（沙县小吃加盟商欠加盟费、管理费，已付部分），店面已转让无财产可供执行，"
             "限制消费、纳入失信，约谈申请执行人代理人后终结本次执行程序；手填财产申报表倒置拍摄",
             "enforcement", "terminated_this_round", "closing", snack_closing(), True, basis_kind="mediation",
             seq=SNACK_SEQ),
        Plan("court_gp_03_steel_scrap_award_settled_missing_effectiveness_certificate", "court_gp", "court_gp",
             "三元区法院执行三明仲裁委员会废钢供货合同裁决（特钢公司诉再生资源回收公司），冻结账户后和解付清；"
             "卷内缺仲裁裁决生效证明",
             "enforcement", "fully_performed", "closing", scrap_closing(), False, basis_kind="arbitration",
             seq=SCRAP_SEQ),
    ]
