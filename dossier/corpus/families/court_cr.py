"""court_cr (山东省潍坊市奎文区人民法院, held out): the city-centre court of 潍坊, the kite capital. Its bureau's own
papers (court_cr_kit: a black-headed house style with a thin double rule, forms on the window's pre-printed grids) and
the papers that reach it from others in their own styles (court_cr_papers: 潍坊中院's appeal judgment, 潍坊仲裁委员会's
award, the parties' lawyers, the banks). Three stories: a kite factory paid through a frozen account (archived), a
greenhouse builder's award ended by 终本, a loan's 支付令 settled and paid."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, credit_code, id_number, person_name
from dossier.corpus.draw import Sheet
from dossier.corpus.families.court_cr_kit import OWN, draw_own
from dossier.corpus.families.court_cr_papers import RECEIVED, draw_received

CODES = OWN | RECEIVED
KITE_SEQ, GREENHOUSE_SEQ, LOAN_SEQ = 84117, 84263, 84409


def _org(rng: random.Random, name: str, street: str) -> Party:
    return Party(name, "organisation", credit_code(rng, "370705"), street,
                 f"0536-{rng.randint(8000000, 8999999)}", legal_rep=person_name(rng))


def _person(rng: random.Random, addr: str) -> Party:
    born = date(rng.randint(1966, 1992), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, "370705", born), addr,
                 f"1{rng.choice(['35', '58', '86'])}{rng.randint(10000000, 99999999)}", born=born,
                 sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Moves the drawn case to 奎文: parties, basis and the dates each story needs (c.extra keys start `kw_`)."""
    seq = int(c.number.split("执")[-1].rstrip("号"))
    story = {KITE_SEQ: "kite", GREENHOUSE_SEQ: "greenhouse", LOAN_SEQ: "loan"}.get(seq, "kite")
    c.extra["kw_story"] = story
    c.firm = rng.choice(["山东鸢都律师事务所", "山东潍坊白浪河律师事务所", "山东北海通达律师事务所"])
    c.extra["kw_firm_addr"] = f"潍坊市奎文区{rng.choice(['东风东街', '福寿东街', '文化路'])}{rng.randint(100, 799)}号"
    c.extra["kw_licence"] = f"1370720{rng.randint(10, 20)}1{rng.randint(1000000, 9999999)}"
    c.extra["kw_firm_letter"] = f"鸢律函〔{c.filed_on.year}〕第{rng.randint(11, 299)}号"
    c.extra["kw_cashier"] = person_name(rng)
    c.extra["kw_chief"] = person_name(rng)
    c.extra["kw_bank_ref"] = f"{rng.randint(10**15, 10**16 - 1)}"
    c.extra["kw_pay_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
    c.extra["kw_pay_bank"] = rng.choice(["潍坊农村商业银行奎文支行", "中国建设银行潍坊奎文支行", "潍坊银行东风街支行"])
    c.extra["kw_batch"] = f"KW{c.filed_on.year}{rng.randint(1000, 9999)}"
    c.amount = Decimal(rng.randint(9000000, 60000000)) / 100
    if story == "kite":
        c.applicant = _org(rng, f"潍坊{rng.choice(['鸢飞', '龙头蜈蚣', '杨家埠'])}风筝制品有限公司",
                           f"潍坊市寒亭区杨家埠旅游开发区{rng.choice(['风筝街', '年画路'])}{rng.randint(1, 90)}号")
        c.respondent = _org(rng, f"潍坊{rng.choice(['鼎盛', '通达', '汇丰源'])}国际贸易有限公司",
                            f"潍坊市奎文区{rng.choice(['胜利东街', '鸢飞路', '北海路'])}{rng.randint(100, 999)}号"
                            f"{rng.choice(['金融街', '富华'])}大厦{rng.randint(8, 22)}层")
        c.basis_kind = "judgment"
        first = f"（{c.filed_on.year - 1}）鲁0705民初{rng.randint(1200, 6900)}号"
        c.extra["kw_first"] = first
        c.basis_court = "山东省潍坊市中级人民法院"
        c.basis_number = f"（{c.filed_on.year - 1}）鲁07民终{rng.randint(2000, 8999)}号"
        c.extra["kw_kites"] = rng.choice(["软翅燕子风筝", "串式龙头蜈蚣风筝", "立体硬翅沙燕风筝"])
        c.extra["kw_pieces"] = rng.randint(12, 60) * 500
        c.extra["kw_cause"] = "买卖合同纠纷"
    elif story == "greenhouse":
        c.applicant = _org(rng, f"潍坊{rng.choice(['绿源', '丰沃', '寿光惠农'])}温室工程有限公司",
                           f"潍坊市奎文区{rng.choice(['新城街道', '梨园街道'])}{rng.choice(['樱前街', '健康东街'])}"
                           f"{rng.randint(10, 400)}号")
        c.respondent = _org(rng, f"潍坊{rng.choice(['禾润', '青禾', '沃野'])}农业科技有限公司",
                            f"潍坊市坊子区{rng.choice(['九龙街道', '黄旗堡街道'])}{rng.choice(['东', '西'])}"
                            f"{rng.choice(['王家庄', '孟家村'])}村委会东{rng.randint(100, 800)}米")
        c.basis_kind = "arbitration"
        c.basis_court = "潍坊仲裁委员会"
        c.basis_number = f"（{c.filed_on.year - 1}）潍仲裁字第{rng.randint(100, 999)}号"
        c.extra["kw_sheds"] = rng.randint(6, 24)
        c.extra["kw_cause"] = "建设工程施工合同纠纷"
    else:
        c.applicant = _person(rng, f"山东省潍坊市奎文区{rng.choice(['广文街道', '东关街道'])}"
                                   f"{rng.choice(['向阳路', '虞河路'])}{rng.randint(1, 300)}号")
        c.respondent = _person(rng, f"山东省潍坊市奎文区{rng.choice(['北苑街道', '大虞街道'])}"
                                    f"{rng.choice(['幸福小区', '鸢都花园'])}{rng.randint(1, 30)}号楼"
                                    f"{rng.randint(1, 3)}单元{rng.randint(101, 602)}室")
        c.basis_kind = "judgment"
        c.basis_court = c.court.name
        c.basis_number = f"（{c.filed_on.year - 1}）鲁0705民督{rng.randint(10, 199)}号"
        c.extra["kw_loan_day"] = c.filed_on - timedelta(days=rng.randint(420, 700))
        c.extra["kw_cause"] = "民间借贷纠纷"
        c.extra["kw_instalments"] = [(c.amount / 2).quantize(Decimal("0.01")),
                                     c.amount - (c.amount / 2).quantize(Decimal("0.01"))]
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
    c.extra["kw_fee"] = Decimal(int(float(c.amount) * 0.005 + 60))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Every code its dossiers hold: the court's own papers from the kit, the others' from the papers module."""
    if code in OWN:
        return draw_own(code, c, rng, served)
    return draw_received(code, c, rng, served)
