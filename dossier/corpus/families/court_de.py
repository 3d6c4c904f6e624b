"""court_de (内蒙古自治区包头市昆都仑区人民法院, held out): the steel district of 包头 — 包钢's works and housing estates
along 钢铁大街, transport yards and labour-service companies on the west side. Its own papers are set in the bureau's
plain 宋体 style with a 黑体 letter-spaced title and dashed page numbers (court_de_kit); what it receives is drawn in
the senders' styles (court_de_papers): 包头中院's judgment, a law firm's letters, an insurer's reply, a hand-filled
application form, a 户口簿 copy, a bank's 回单. The volumes went through the bureau's old fax-like black-and-white
scanner (court_de_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, credit_code, id_number, person_name
from dossier.corpus.draw import Sheet
from dossier.corpus.families.court_de_kit import OWN, own
from dossier.corpus.families.court_de_papers import RECEIVED, paper

CODES = OWN | RECEIVED
TRAFFIC_SEQ, LOAN_SEQ, WAGE_SEQ = 99137, 99418, 99762
WHEN = {"enforcement_application": -3, "property_clue_form": -3, "power_of_attorney": -5, "law_firm_letter": -4,
        "payment_account_confirmation": -1, "service_address_confirmation": -1, "fee_receipt": -200,
        "identity_proof": -3, "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3,
        "property_report_order": 3, "property_declaration_form": 11, "online_inquiry_result": 4,
        "enforcement_ruling": 8, "assistance_notice": 8, "summons": 16, "investigation_record": 22,
        "settlement_agreement": 30, "evidence": 36, "payment_voucher": 44, "consumption_restriction_order": 35,
        "dishonest_list_decision": 36, "interview_record": 112}
"""days after filing on which each paper was made (closing papers move with the closing date)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    end = {"termination_this_round_ruling": 6, "termination_ruling": 5, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -12, "remarks_sheet": -14, "dossier_cover": -10, "catalogue": -10}
    if code in end:
        return c.closed_on - timedelta(days=end[code])
    if code == "evidence" and tale(c) == "wage":
        return c.closed_on - timedelta(days=12)
    if code == "enforcement_basis":
        return c.basis_effective - timedelta(days=16)
    if code == "effectiveness_certificate":
        return c.filed_on - timedelta(days=9)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """包头 parties. TRAFFIC_SEQ: a pedestrian hurt by a logistics company's lorry wins on appeal at 包头中院 (the insurer
    pays its share, the company the rest); LOAN_SEQ: a lender's 民事调解书 of this court against a borrower with nothing
    left (终本); WAGE_SEQ: a steel-works fitter's judgment for unpaid wages against a labour-service company, withdrawn
    after a settlement was paid (终结执行)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {TRAFFIC_SEQ: "traffic", LOAN_SEQ: "loan", WAGE_SEQ: "wage"}[seq]
    c.firm = rng.choice(["内蒙古钢城律师事务所", "内蒙古昆仑鹿城律师事务所", "内蒙古阿尔丁律师事务所"])
    c.extra["firm_addr"] = f"包头市昆都仑区{rng.choice(['钢铁大街', '阿尔丁大街', '团结大街'])}{rng.randint(10, 120)}号"
    c.extra["licence"] = f"115020{rng.randint(10, 23)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["in_bank"] = rng.choice(["中国工商银行包头昆都仑支行", "包头农村商业银行昆区支行", "中国建设银行包头钢铁大街支行"])
    c.extra["in_acct"] = f"6222{rng.randint(10**11, 10**12 - 1)}"
    c.extra["court_acct"] = f"0602{rng.randint(10**14, 10**15 - 1)}"
    street = rng.choice(["少先路", "鞍山道", "友谊大街", "白云路"])
    born = date(rng.randint(1963, 1990), rng.randint(1, 12), rng.randint(1, 28))
    c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["150203", "150204", "150207"]), born),
                        f"内蒙古自治区包头市昆都仑区{street}{rng.randint(1, 40)}号街坊{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元",
                        f"13{rng.choice('4579')}{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
    c.extra["pay_day"] = c.day(rng.randint(40, 46))
    if tale(c) == "traffic":
        c.respondent = Party(f"包头市{rng.choice(['鹿城', '钢运', '北梁'])}物流运输有限公司", "organisation",
                             credit_code(rng, "150207"), f"内蒙古自治区包头市九原区{rng.choice(['建华南路', '哈屯高勒路'])}"
                             f"{rng.randint(1, 90)}号", f"0472-51{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "内蒙古自治区包头市中级人民法院"
        c.extra["first_no"] = f"（2023）蒙0203民初{rng.randint(3000, 9999)}号"
        c.basis_number = f"（2023）蒙02民终{rng.randint(1000, 4999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "机动车交通事故责任纠纷"
        c.extra["plate"] = f"蒙B{rng.choice('DFGK')}{rng.randint(1000, 9999)}"
        c.extra["driver"] = person_name(rng)
        c.extra["insurer"] = rng.choice(["中国人民财产保险股份有限公司包头市分公司", "中国平安财产保险股份有限公司包头中心支公司"])
        c.extra["policy"] = f"PDZA2022150200{rng.randint(10**8, 10**9 - 1)}"
        c.extra["accident"] = c.filed_on - timedelta(days=rng.randint(420, 520))
        c.amount = Decimal(rng.randint(9000000, 26000000)) / 100
        c.extra["insured"] = (c.amount * Decimal("0.58")).quantize(Decimal("0.01"))
    elif tale(c) == "loan":
        rborn = date(rng.randint(1970, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["150202", "150222"]), rborn),
                             f"内蒙古自治区包头市{rng.choice(['东河区', '固阳县金山镇'])}{rng.choice(['和平路', '巴彦塔拉大街'])}"
                             f"{rng.randint(1, 99)}号", f"15{rng.choice('0148')}{rng.randint(10000000, 99999999)}",
                             born=rborn, sex=rng.choice("男女"))
        c.basis_court = "内蒙古自治区包头市昆都仑区人民法院"
        c.basis_number = f"（2023）蒙0203民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 150))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(800, 3500)) * 100
        c.extra["lent_on"] = c.basis_effective - timedelta(days=rng.randint(500, 700))
        c.extra["shop"] = rng.choice(["烧烤店", "汽修铺", "五金门市"])
    else:
        c.respondent = Party(f"包头市{rng.choice(['鑫钢', '铁骑', '恒昌'])}劳务服务有限公司", "organisation",
                             credit_code(rng, "150203"), f"内蒙古自治区包头市昆都仑区{rng.choice(['卜尔汉图镇', '昆河镇'])}"
                             f"{rng.choice(['工业路', '沼潭路'])}{rng.randint(1, 60)}号",
                             f"0472-21{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "内蒙古自治区包头市昆都仑区人民法院"
        c.basis_number = f"（2023）蒙0203民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "劳动争议"
        c.amount = Decimal(rng.randint(3200, 9800)) * 10
        c.extra["months"] = rng.randint(5, 9)
        c.extra["arb_no"] = f"包昆劳人仲案字〔2023〕{rng.randint(100, 699)}号"
        c.extra["settled"] = (c.amount * Decimal("0.85")).quantize(Decimal("1"))
        c.firm = "内蒙古钢城律师事务所"
    c.extra["fee"] = Decimal(10) if tale(c) == "wage" else Decimal(int(float(c.amount) * 0.006 + 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return own(code, c, rng, served)
