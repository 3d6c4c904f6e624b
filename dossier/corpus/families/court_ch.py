"""court_ch (福建省泉州市丰泽区人民法院, held out): the city district of 泉州 — stone, tea and shoe trade, 泉州银行 and
兴业银行 accounts, lawyers of 温陵 firms. The bureau's notices and forms are pre-printed offset forms (halftone-tinted
cells, blue or green rules) filled by dot-matrix or by hand; its rulings are typed; the papers it receives keep their
authors' styles (court_ch_papers). Three dossiers: a 泉州中院 二审 stone judgment ended 终本, a 泉州仲裁委 tea award
settled and paid (archived), a notarised loan to a shoe factory paid from a frozen account."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, credit_code, id_number, money, num_date
from dossier.corpus.draw import Sheet
from dossier.corpus.families.court_ch_papers import PAPERS, court_paper, received_paper

STONE_SEQ, TEA_SEQ, SHOE_SEQ = 73106, 73214, 73352
CODES = frozenset(PAPERS)
SHIFT = timedelta(days=731)
NAMES_SUR = "陈林黄蔡王吴许苏洪庄施郭曾李张杨谢柯傅颜"
NAMES_GIVEN = ["志强", "文彬", "丽娟", "建华", "清泉", "秀琴", "国荣", "明辉", "雅芳", "振东", "美玲", "金水", "惠珍",
               "永川", "少鹏", "碧云", "俊杰", "淑贞"]


def qz_name(rng: random.Random) -> str:
    """A name as common in 闽南."""
    return rng.choice(NAMES_SUR) + rng.choice(NAMES_GIVEN)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Move the case to 丰泽 in 2026 and give it its story: STONE_SEQ a 南安 stone trader's 二审 judgment against a
    丰泽 decoration company (终本); TEA_SEQ an 安溪 tea grower's 泉州仲裁委 award against a tea shop chain, settled and
    paid; SHOE_SEQ a notarised loan (公证债权文书 with its 执行证书) to a shoe-material company, paid from a frozen
    兴业银行 account."""
    c.filed_on, c.closed_on = c.filed_on + SHIFT, c.closed_on + SHIFT
    c.number = c.number.replace("（2024）", "（2026）")
    story = {STONE_SEQ: "stone", TEA_SEQ: "tea", SHOE_SEQ: "shoe"}.get(int(c.number.split("执")[-1].rstrip("号")), "stone")
    c.extra["story"] = story
    for p in (c.applicant, c.respondent):
        p.phone = f"1{rng.choice(['35', '39', '59', '80'])}{rng.randint(10**7, 10**8 - 1)}0"[:11]
    home = {"stone": ("350583", "南安市水头镇", "石材"), "tea": ("350524", "安溪县西坪镇", "茶"),
            "shoe": ("350582", "晋江市陈埭镇", "鞋材")}[story]
    born = c.applicant.born or date(1975, 5, 5)
    c.applicant.name = qz_name(rng)
    c.applicant.id_number = id_number(rng, home[0], born)
    c.applicant.address = f"福建省{home[1]}{rng.choice(['新街', '南村', '溪美'])}{rng.randint(3, 199)}号"
    trade = {"stone": ("建筑装饰工程", "东海街道"), "tea": ("茶业连锁", "丰泽街道"), "shoe": ("鞋业科技", "华大街道")}[story]
    c.respondent.name = f"泉州{rng.choice(['鸿泰', '闽源', '海丝', '刺桐', '清源', '宝洲'])}{trade[0]}有限公司"
    c.respondent.id_number = credit_code(rng, "350503")
    c.respondent.address = f"福建省泉州市丰泽区{trade[1]}{rng.choice(['泉秀路', '田安路', '津淮街', '刺桐路'])}{rng.randint(8, 988)}号"
    c.respondent.legal_rep = qz_name(rng)
    c.respondent.phone = f"0595-22{rng.randint(100000, 999999)}"
    c.agent = qz_name(rng)
    c.firm = rng.choice(["福建温陵律师事务所", "福建泉商律师事务所", "福建刺桐明律师事务所"])
    c.extra["firm_addr"] = f"泉州市丰泽区{rng.choice(['丰泽街', '东海大街', '泉秀街'])}{rng.randint(100, 699)}号{rng.randint(5, 22)}层"
    c.extra["lic"] = f"1350520{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.judge, c.officer, c.clerk = qz_name(rng), qz_name(rng), qz_name(rng)
    c.extra["acct_bank"] = rng.choice(["泉州银行丰泽支行", "泉州农商银行东海支行", "兴业银行泉州分行营业部"])
    c.extra["acct"] = f"62{rng.randint(10**15, 10**16 - 1)}"
    c.extra["resp_bank"] = rng.choice(["兴业银行泉州丰泽支行", "泉州银行东海支行"])
    c.extra["resp_acct"] = f"1571{rng.randint(10**13, 10**14 - 1)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 50))
    c.extra["fee_no"] = f"{rng.randint(10**8, 10**9 - 1)}"
    c.extra["pay_day"] = c.day(rng.randint(35, 55))
    c.extra["trial_judge"] = qz_name(rng)
    y = c.filed_on.year - 1
    if story == "stone":
        c.basis_kind = "judgment"
        c.basis_court = "福建省泉州市中级人民法院"
        c.basis_number = f"（{y}）闽05民终{rng.randint(1200, 5999)}号"
        c.extra["first"] = f"（{y}）闽0503民初{rng.randint(800, 6999)}号"
        c.extra["goods"] = rng.choice(["芝麻灰花岗岩板材", "G654光面板及火烧板", "白麻荔枝面路沿石"])
    elif story == "tea":
        c.basis_kind = "arbitration"
        c.basis_court = "泉州仲裁委员会"
        c.basis_number = f"（{y}）泉仲裁字第{rng.randint(100, 999)}号"
        c.extra["goods"] = rng.choice(["安溪铁观音（清香型）", "铁观音浓香型及本山毛茶", "黄金桂、铁观音春茶"])
    else:
        c.basis_kind = "notarial"
        c.basis_court = "福建省泉州市海丝公证处"
        c.basis_number = f"（{y - 1}）闽泉海证字第{rng.randint(1000, 6999)}号"
        c.extra["cert_no"] = f"（{c.filed_on.year}）闽泉海执证字第{rng.randint(10, 299)}号"
        c.extra["goods"] = "借款"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 150))
    c.extra["money"] = money(c.amount)
    c.extra["cn_filed"] = cn_date(c.filed_on)
    c.extra["num_filed"] = num_date(c.filed_on)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if PAPERS[code] == "received":
        return received_paper(code, c, rng, served)
    return court_paper(code, c, rng, served)
