"""court_gf's three dossiers (吉林省白山市浑江区人民法院执行局): the 浑江 rural commercial bank enforces this court's
judgment on a working-capital loan against a ginseng-products company and its guarantors — the legal representative,
his wife and a partner, jointly liable — accounts frozen, the couple's flat seized, all settle after the autumn 鲜参
sale and pay (执行完毕, archived with cover, catalogue, review form and remarks sheet, the civil division's 生效证明
behind the judgment, the guarantors' ID copies behind the company's licence); a ginseng grower enforces his
judgment for 鲜参 against a trader who has vanished — a 下落不明证明 of the 派出所 or of the village committee stands
where the service address confirmation would, the papers go out by public notice, nothing is found, 终本; a retired
林场 worker enforces a mediation paper for the rent of his spring plot against a mineral-water bottling plant, his son
acting for him on a 户口簿 copy instead of a lawyer's papers — settled and paid, but handed in without the 案款收取
确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gf import GINSENG_SEQ, LOAN_SEQ, SPRING_SEQ

MISSING = "payment_account_confirmation"
"""what the spring plot's dossier lacks: the son wrote his father's card number at the foot of the grid-paper
application and the window never had him fill in the 执行案款收取确认书"""

LAWYER_PAPERS = ("law_firm_letter", "lawyer_license")


def loan_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def ginseng_closing() -> list[Doc]:
    """The trader cannot confirm an address: the 下落不明证明 is filed in the confirmation's place."""
    return [Doc("whereabouts_unknown_proof") if d.code == "service_address_confirmation" else d
            for d in base_docs("terminated_this_round", "enforcement")]


def spring_closing() -> list[Doc]:
    """The son acts for his father: the 户口簿 copy behind the power of attorney, no lawyer's papers; and no
    案款收取确认书."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code not in (*LAWYER_PAPERS, MISSING)]
    return behind(docs, "power_of_attorney", Doc("kinship_proof"))


def plans() -> list[Plan]:
    return [
        Plan("court_gf_01_complete_archive_bank_loan_guarantors_paid", "court_gf", "court_gf",
             "浑江法院执行本院民事判决（浑江农商行诉人参制品公司及三名连带责任保证人金融借款合同，附民事审判庭生效证明）："
             "冻结账户、查封保证人房产后和解，秋季售参后付清，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；"
             "缺粉复印机复印后扫描",
             "enforcement", "fully_performed", "archive", loan_archive(), True, seq=LOAN_SEQ),
        Plan("court_gf_02_complete_ginseng_trader_vanished_terminated_this_round", "court_gf", "court_gf",
             "浑江法院执行本院民事判决（参农诉参贩鲜参买卖合同），被执行人下落不明（派出所或村委会出具下落不明证明），"
             "文书公告送达，查控无财产，限制消费、纳入失信，约谈申请执行人后终结本次执行程序；缺粉复印机复印后扫描",
             "enforcement", "terminated_this_round", "closing", ginseng_closing(), True, seq=GINSENG_SEQ),
        Plan("court_gf_03_spring_rent_son_as_agent_missing_account_confirmation", "court_gf", "court_gf",
             "浑江法院执行本院民事调解书（林场退休工人诉矿泉水公司泉眼地块租金），其子持户口簿复印件代理，和解后付清；"
             "卷内缺执行案款收取确认书",
             "enforcement", "fully_performed", "closing", spring_closing(), False, basis_kind="mediation", seq=SPRING_SEQ),
    ]
