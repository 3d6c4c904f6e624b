"""court_ia's three dossiers (云南省保山市隆阳区人民法院执行局): a 潞江坝 小粒咖啡 growers' cooperative enforces this
court's sale judgment against a roastery — account frozen, 执行和解, paid in two instalments, 执行完毕 (closing); a 腾冲
jade trader enforces a notarised loan (公证书 with the 公证处's 执行证书 behind it) against a borrower nobody can
find — 下落不明证明, property inquiries, 限制消费令 and 失信, the trader heard, 终本, archived (cover and catalogue
first, 卷宗复核表 and 备考表 last); a man knocked down by a motorbike enforces this court's traffic judgment against
the rider, his son acting for him with a 授权委托书 — the rider's wages are withheld and he pays the rest, but the
son never brought the 户口本 page or a 社区 certificate proving he is the son."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ia import BIKE_SEQ, COFFEE_SEQ, JADE_SEQ

MISSING = "kinship_proof"
"""what the motorbike victim's dossier lacks: his son filed the 授权委托书 (a citizen agent, 公民代理) but never the
亲属关系证明 that lets a relative act — the window took the son's word for it"""


def coffee_closing() -> list[Doc]:
    return base_docs("fully_performed", "enforcement")


def jade_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis",
                  Doc("effectiveness_certificate"))
    docs = behind(docs, "service_address_confirmation", Doc("whereabouts_unknown_proof"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def bike_closing() -> list[Doc]:
    """A relative, not a lawyer: no 所函, no 执业证; no 和解 (the wages were withheld); the kinship proof never came."""
    lawyerly = ("law_firm_letter", "lawyer_license", "settlement_agreement")
    return [d for d in base_docs("fully_performed", "enforcement") if d.code not in lawyerly]


def plans() -> list[Plan]:
    return [
        Plan("court_ia_01_complete_coffee_coop_settled_two_instalments", "court_ia", "court_ia",
             "隆阳法院执行本院民事判决（小粒咖啡种植专业合作社诉咖啡烘焙公司买卖合同）：冻结账户后执行和解，分两期付清，"
             "执行完毕；当事人材料为翻拍屏幕的照片打印件，本院文书激光打印后扫描",
             "enforcement", "fully_performed", "closing", coffee_closing(), True, seq=COFFEE_SEQ),
        Plan("court_ia_02_complete_archive_jade_notarial_loan_terminated_this_round", "court_ia", "court_ia",
             "隆阳法院执行永昌公证处赋予强制执行效力的借款公证书（附执行证书），借款人下落不明（村委会证明），网络查控、"
             "实地调查、限制消费、纳入失信，约谈申请执行人后终结本次执行程序，归档卷宗（封面、卷内目录、卷宗复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", jade_archive(), True, basis_kind="notarial",
             seq=JADE_SEQ),
        Plan("court_ia_03_motorbike_collision_wages_withheld_missing_kinship_proof", "court_ia", "court_ia",
             "隆阳法院执行本院交通事故判决（被撞伤者诉摩托车驾驶人），其子作为近亲属代理（授权委托书），提取被执行人工资后"
             "其自行交清余款，执行完毕；卷内缺亲属关系证明",
             "enforcement", "fully_performed", "closing", bike_closing(), False, seq=BIKE_SEQ),
    ]
