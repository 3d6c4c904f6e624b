"""court_ds (四川省自贡市自流井区人民法院, held out): the old salt town on the 釜溪河 — 盐化 works and chemical firms,
彩灯 makers for the lantern festival, 盐帮菜 restaurants, car repair yards and private loans. The bureau's own papers are
plain laser prints (court_ds_kit); what it receives comes in the senders' styles, and the many small papers (bank slips,
ATM receipts, EMS 法院专递 receipts, ID cards cut out, a 收据 torn from a book, phone screenshots) are glued onto A4
粘贴单 carrier sheets before scanning (court_ds_papers). Pages go through a colour flatbed (court_ds_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, credit_code, id_number, person_name
from dossier.corpus.draw import Sheet
from dossier.corpus.families.court_ds_kit import OWN, made_on, own_paper, story
from dossier.corpus.families.court_ds_papers import RECEIVED, received_paper

CODES = OWN | RECEIVED
__all__ = ["CODES", "adopt_basis", "made_on", "render"]
SALT_SEQ, LANTERN_SEQ, LOAN_SEQ = 32517, 32684, 32851
def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Moves the case to 自流井. SALT_SEQ: a 盐化 works wins on appeal (自贡中院) against a chemical firm that took
    卤水 and 工业盐 and paid short — paid in full after a deduction and a settlement, archived. LANTERN_SEQ: a 彩灯 maker's
    自贡仲裁委员会 award against a 盐帮菜 restaurant company that ordered festival lanterns and closed — 终本.
    LOAN_SEQ: a 民间借贷 mediated at this court (民事调解书), against a car-repair yard's owner who pays in instalments."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["story"] = {SALT_SEQ: "salt", LANTERN_SEQ: "lantern", LOAN_SEQ: "loan"}[seq]
    c.firm = rng.choice(["四川盐都律师事务所", "四川釜溪律师事务所", "四川川南正衡律师事务所"])
    c.extra["firm_addr"] = f"自贡市自流井区{rng.choice(['五星街', '交通路', '檀木林大街'])}{rng.randint(8, 188)}号"
    c.extra["licence"] = f"1510320{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["officer_no"] = f"5103{rng.randint(1000, 9999)}"
    c.extra["in_bank"] = rng.choice(["自贡银行自流井支行", "中国工商银行自贡分行营业部", "四川自贡农村商业银行东兴寺支行"])
    c.extra["in_acct"] = f"6223{rng.randint(10**11, 10**12 - 1)}"
    road = rng.choice(["釜溪路", "解放路", "五星街", "光大街", "丹桂大街", "汇东路"])
    if story(c) == "salt":
        c.applicant = Party(f"自贡{rng.choice(['久大', '鸿鹤', '盐都'])}盐化有限公司", "organisation",
                            credit_code(rng, "510302"), f"四川省自贡市自流井区{road}{rng.randint(10, 300)}号",
                            f"0813-22{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"自贡{rng.choice(['川鑫', '富顺', '东源'])}精细化工有限公司", "organisation",
                             credit_code(rng, "510311"), f"四川省自贡市沿滩区{rng.choice(['高新工业园区', '沿滩化工园区'])}"
                             f"{rng.choice(['盐化', '兴川'])}路{rng.randint(1, 60)}号",
                             f"0813-33{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "四川省自贡市中级人民法院"
        c.extra["first_no"] = f"（2023）川0302民初{rng.randint(1200, 4999)}号"
        c.basis_number = f"（2023）川03民终{rng.randint(300, 1999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["tons"] = rng.randint(1800, 6000)
        c.extra["r_bank"] = rng.choice(["中国农业银行自贡沿滩支行", "自贡银行沿滩支行"])
        c.extra["r_acct"] = f"2237{rng.randint(10**11, 10**12 - 1)}"
        c.extra["frozen"] = (c.amount * Decimal("0.55")).quantize(Decimal("0.01"))
    elif story(c) == "lantern":
        c.applicant = Party(f"自贡{rng.choice(['灯城', '海天', '华亿'])}彩灯文化有限公司", "organisation",
                            credit_code(rng, "510302"), f"四川省自贡市自流井区{rng.choice(['彩灯大世界', '灯会路'])}"
                            f"{rng.randint(1, 90)}号", f"0813-21{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        brand = rng.choice(["老盐帮", "釜溪人家", "盐井坊"])
        c.extra["shop"] = f"{brand}{rng.choice(['盐帮菜', '火锅'])}"
        c.respondent = Party(f"自贡{brand}餐饮管理有限公司", "organisation", credit_code(rng, "510302"),
                             f"四川省自贡市自流井区{road}{rng.randint(1, 99)}号附{rng.randint(1, 9)}号",
                             f"0813-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "自贡仲裁委员会"
        c.basis_kind = "arbitration"
        c.basis_number = f"（2023）自仲裁字第{rng.randint(100, 499)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 110))
        c.extra["cause"] = "承揽合同纠纷"
        c.extra["sets"] = rng.randint(18, 60)
    else:
        born = date(rng.randint(1962, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "510302", born),
                            f"四川省自贡市自流井区{rng.choice(['郭家坳街道', '新街街道', '东兴寺街道'])}"
                            f"{rng.choice(['凉高山', '张家沱', '沙湾'])}{rng.randint(1, 120)}号", f"135{rng.randint(10**7, 10**8 - 1)}",
                            born=born, sex=rng.choice("男女"))
        born = date(rng.randint(1975, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["510304", "510321"]), born),
                             f"四川省自贡市大安区{rng.choice(['马冲口街道', '大山铺镇'])}{rng.choice(['新民', '三多寨'])}村"
                             f"{rng.randint(1, 12)}组{rng.randint(1, 60)}号", f"182{rng.randint(10**7, 10**8 - 1)}",
                             born=born, sex="男")
        c.extra["garage"] = f"自流井区{rng.choice(['顺捷', '川南', '老马'])}汽车修理厂"
        c.basis_court = "四川省自贡市自流井区人民法院"
        c.basis_kind = "mediation"
        c.basis_number = f"（2023）川0302民初{rng.randint(5000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(60, 380)) * 1000
        c.extra["lent_on"] = c.basis_effective - timedelta(days=rng.randint(500, 700))
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.004 + 50))
    c.extra["pay_day"] = c.day(rng.randint(40, 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received_paper(code, c, rng, served)
    return own_paper(code, c, rng, served)
