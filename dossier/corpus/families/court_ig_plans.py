"""court_ig's three dossiers (海南省海口市秀英区人民法院执行局): a 石山 villager enforces this court's judgment for his mango
orchard's rent against an agricultural company — the harvest money a fruit wholesaler owes it frozen and paid in, its
pickup seized and sold, the money paid out, 执行完毕; an apartment buyer's case against the developer ended 终本, she
finds its unsold parking spaces and the case is resumed (执恢), the spaces seized, the developer settles and pays,
执行完毕, archived (cover and catalogue first, the civil division's 生效证明书 behind the judgment, review form and
remarks sheet last); a diving instructor enforces this court's 民事调解书 (劳动争议) against a dive resort, its account
frozen and the wages deducted and paid out — handed in for closing without the signed 结案审批表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ig import DIVE_SEQ, MANGO_SEQ, PARKING_SEQ

MISSING = "closing_approval_form"
"""what the dive resort's dossier lacks. The brief asked for the 执行裁定书 freezing and deducting the account, but the
closing checklist does not ask for an enforcement_ruling (check_plan finds nothing missing when it is dropped), so it
cannot be the one missing item; the clerk instead handed the volume in before the 结案审批表 came back signed."""


def mango_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "assistance_notice", Doc("enforcement_ruling", note="car"), Doc("assistance_notice", note="car"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def parking_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "resumption"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["resumption_ruling", "resumption_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def dive_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code not in (MISSING, "settlement_agreement")]


def plans() -> list[Plan]:
    return [
        Plan("court_ig_01_complete_mango_orchard_rent_harvest_money_and_pickup", "court_ig", "court_ig",
             "秀英法院执行本院民事判决（芒果园出租人诉热带农业开发公司土地租赁合同纠纷）：冻结并提取果蔬批发公司应付的芒果"
             "货款，查封、变卖被执行人皮卡一辆，案款发放，执行完毕；潮湿档案室存放后平板扫描（霉斑、锈迹、墨迹洇开、粘连揭破）",
             "enforcement", "fully_performed", "closing", mango_closing(), True, seq=MANGO_SEQ),
        Plan("court_ig_02_complete_archive_resumed_parking_spaces_settled", "court_ig", "court_ig",
             "秀英法院恢复执行（执恢）：购房人诉开发商逾期交房违约金判决前案终本，购房人发现开发商未售地下车位申请恢复执行"
             "（原承办人签字），查封车位后达成执行和解并付清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表，生效证明书"
             "附判决后）",
             "resumption", "fully_performed", "archive", parking_archive(), True, seq=PARKING_SEQ),
        Plan("court_ig_03_dive_instructor_wages_missing_closing_approval", "court_ig", "court_ig",
             "秀英法院执行本院民事调解书（潜水教练诉潜水度假村劳动争议），冻结、划拨度假村银行存款，工资款发放；卷内缺结案审批表",
             "enforcement", "fully_performed", "closing", dive_closing(), False, basis_kind="mediation", seq=DIVE_SEQ),
    ]
