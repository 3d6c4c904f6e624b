"""court_ic's three dossiers (新疆维吾尔自治区哈密市伊州区人民法院执行局): the criminal division transfers a fraud
conviction's fine and the order to return the victims' money (移送执行表, 财产状况说明); the convict's frozen deposit is
taken and his seized car auctioned, 执行完毕. A 哈密瓜 grower enforces this court's purchase-contract judgment against a
fruit trading company whose manager hides the seized truck: fined and detained, the company pays, 执行完毕, archived
(cover, catalogue, the civil division's 生效证明书 behind the judgment, review form and remarks sheet). A wind-farm crew
enforces the 伊州区劳动人事争议仲裁委员会's wage award against a labour-dispatch firm; the firm's client withholds what it
owes the firm and the wages are paid out — but the crew's lawyer never filled in the 财产线索表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ic import FRAUD_SEQ, MELON_SEQ, WIND_SEQ

MISSING = "property_clue_form"
"""what the wind-farm crew's dossier lacks: the legal-aid lawyer named the firm's client in the application itself and
never filled in the window's 被执行人可供执行财产线索表; the window accepted the case without it"""


def fraud_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "transfer") if d.code != "settlement_agreement"]


def melon_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [d for d in docs if d.code != "settlement_agreement"]
    docs = behind(docs, "assistance_notice", Doc("fine_decision"), Doc("detention_decision"))
    docs.append(Doc("service_receipt", served=["fine_decision", "detention_decision"]))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def wind_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code not in (MISSING, "settlement_agreement")]


def plans() -> list[Plan]:
    return [
        Plan("court_ic_01_complete_criminal_transfer_fraud_fine_paid", "court_ic", "court_ic",
             "伊州区法院刑事审判庭移送诈骗罪判决的罚金及责令退赔（移送执行表、财产状况说明）：扣划冻结存款、拍卖扣押车辆，罚金入库、"
             "退赔款发放被害人，执行完毕；双语文书，灯管老化的平板扫描仪扫描",
             "transfer", "fully_performed", "closing", fraud_closing(), True, basis_kind="criminal", seq=FRAUD_SEQ),
        Plan("court_ic_02_complete_archive_melon_grower_fine_detention_paid", "court_ic", "court_ic",
             "伊州区法院执行本院民事判决（哈密瓜种植户诉果业商贸公司收购货款，附民事审判庭生效证明书）：查封冷藏货车后经理藏匿车辆，"
             "罚款、拘留，公司交清执行款，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）",
             "enforcement", "fully_performed", "archive", melon_archive(), True, obstruction=True, seq=MELON_SEQ),
        Plan("court_ic_03_wind_farm_crew_wage_award_missing_property_clue_form", "court_ic", "court_ic",
             "伊州区法院执行伊州区劳动人事争议仲裁委员会欠薪裁决（风电场施工班组诉劳务派遣公司，附生效证明）：向发包方送达协助执行"
             "通知书扣留劳务费，工资逐人发放；卷内缺被执行人可供执行财产线索表",
             "enforcement", "fully_performed", "closing", wind_closing(), False, basis_kind="arbitration", seq=WIND_SEQ),
    ]
