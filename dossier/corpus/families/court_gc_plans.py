"""court_gc's three dossiers (甘肃省定西市安定区人民法院执行局): a 马铃薯淀粉 company enforces this court's judgment for
精淀粉 against a 粉条 factory — its account at the old rural credit cooperative frozen, a settlement written on the
factory's letter paper, paid, 执行完毕, archived with cover, catalogue, 卷宗复核表 and 备考表 (the civil division's
生效证明书 behind the judgment); the 刑事审判庭 transfers the property part of a fraud judgment against a man who sold
false 脱毒种薯 to a potato cooperative and its farmers (罚金, 责令退赔, 追缴违法所得), with its 移送执行表 and 说明 and
his own 财产状况说明 from the 看守所 — his wife pays, the victims are paid; a dry-land farming cooperative's mediated
claim for 黄芪 and 党参 against a closed herb-market trader: nothing found, 限制消费, 失信, the cooperative heard, 终本 —
handed in without the 收取案款确认书, which the cooperative's head never came back to sign."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gc import FRAUD_SEQ, HERB_SEQ, STARCH_SEQ

MISSING = "payment_account_confirmation"
"""what the herb cooperative's dossier lacks: its 理事长 filed the handwritten application and the mediation paper,
took the 收取案款确认书 home to have the cooperative's seal put on it, and never brought it back"""


def starch_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def fraud_transfer() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "transfer") if d.code != "settlement_agreement"]
    return behind(docs, "online_inquiry_result", Doc("investigation_record"))


def herb_closing() -> list[Doc]:
    return [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_gc_01_complete_archive_starch_judgment_paid", "court_gc", "court_gc",
             "安定区法院执行本院民事判决（马铃薯淀粉公司诉粉条加工公司淀粉货款，附民事审判庭生效证明书）：冻结信用社账户后"
             "和解（协议手写于被执行人信笺），付清，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；夜班台灯下手机"
             "闪光灯翻拍",
             "enforcement", "fully_performed", "archive", starch_archive(), True, seq=STARCH_SEQ),
        Plan("court_gc_02_complete_criminal_transfer_seed_potato_fraud", "court_gc", "court_gc",
             "刑事审判庭移送执行诈骗罪判决财产部分（罚金、责令退赔合作社及农户、追缴扣押赃款），附移送执行表、移送执行说明、"
             "被执行人在看守所手写的财产状况说明；看守所手写调查笔录；亲属代交，发放被害人，执行完毕",
             "transfer", "fully_performed", "closing", fraud_transfer(), True, basis_kind="criminal", seq=FRAUD_SEQ),
        Plan("court_gc_03_herb_coop_mediation_terminated_missing_account_confirmation", "court_gc", "court_gc",
             "安定区法院执行本院民事调解书（旱作农业合作社诉中药材商贸公司黄芪、党参货款），合作社手写申请书，市场调查、"
             "约谈笔录手写于笔录纸，限制消费、纳入失信后终本；卷内缺申请执行人收取案款确认书",
             "enforcement", "terminated_this_round", "closing", herb_closing(), False, basis_kind="mediation",
             seq=HERB_SEQ),
    ]
