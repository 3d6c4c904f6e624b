"""court_cc (江苏省昆山市人民法院, held out): a county-level city court among 台资 electronics plants, 花桥's logistics
parks and 阳澄湖's crab farms. Applicants file online (网上立案): their papers reach the bureau as uploads that the
江苏法院诉讼服务网 portal framed and the court printed (court_cc_capture frames them, registered here by UPLOADS); the
bureau's own later papers are its plain house style (court_cc_papers draws the rest)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, credit_code, id_number, person_name
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_cc_papers as papers

PCB_SEQ, CRAB_SEQ, RENT_SEQ = 62117, 62309, 62544
SHIFT = timedelta(days=731)  # the dossiers are of 2026
UPLOADED = papers.UPLOADED
CODES = papers.OWN | papers.RECEIVED
UPLOADS = papers.UPLOADS


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """昆山 parties. PCB_SEQ: a 台资 PCB maker (its 董事长 a Taiwan resident) against a 开发区 connector maker on this
    court's judgment; CRAB_SEQ: a 上海 buyer of 阳澄湖 crab gift cards against a 巴城 crab company on a 苏州中院 二审
    judgment; RENT_SEQ: a 花桥 warehouse owner against a 供应链 tenant on a 苏州仲裁委员会 award."""
    c.filed_on, c.closed_on = c.filed_on + SHIFT, c.closed_on + SHIFT
    c.basis_effective += SHIFT
    c.number = c.number.replace("（2024）", "（2026）")
    seq = int(c.number.rsplit("执", 1)[1].removesuffix("号"))
    story = {PCB_SEQ: "pcb", CRAB_SEQ: "crab", RENT_SEQ: "rent"}.get(seq, "pcb")
    c.extra["story"] = story
    region = "320583"
    c.firm = rng.choice(["江苏玉峰律师事务所", "江苏鹿城明理律师事务所", "江苏昆玉衡平律师事务所"])
    c.extra["firm_addr"] = f"昆山市玉山镇{rng.choice(['前进西路', '朝阳中路', '萧林路'])}{rng.randint(100, 899)}号"
    c.extra["lic_no"] = f"13205{rng.randint(2008, 2020)}1{rng.randint(1000000, 9999999)}"
    c.extra["app_no"] = f"320583{c.filed_on:%Y%m%d}{rng.randint(1000, 9999)}"
    c.extra["uploaded"] = c.filed_on - timedelta(days=rng.randint(1, 3))
    c.extra["exec_fee"] = Decimal(int(float(c.amount) * 0.005 + 50))
    c.extra["pay_day"] = c.day(rng.randint(28, 45))
    c.extra["receipt_no"] = f"32{rng.randint(10**8, 10**9 - 1)}"
    if story == "pcb":
        c.applicant = Party(f"昆山{rng.choice(['鼎泰', '宏昱', '华淞'])}精密电路板有限公司", "organisation",
                            credit_code(rng, region), f"昆山开发区{rng.choice(['黄浦江南路', '洪湖路', '青阳港路'])}"
                            f"{rng.randint(100, 999)}号", f"0512-{rng.randint(55000000, 57999999)}",
                            legal_rep=rng.choice(["林志豪", "陈建宏", "黄俊杰", "蔡明哲"]))
        c.respondent = Party(f"昆山{rng.choice(['亿联', '捷讯', '崇达'])}连接器科技有限公司", "organisation",
                             credit_code(rng, region), f"昆山开发区{rng.choice(['长江南路', '蓬朗路', '富春江路'])}"
                             f"{rng.randint(10, 999)}号", f"0512-{rng.randint(36000000, 36999999)}",
                             legal_rep=person_name(rng))
        c.basis_court = c.court.name
        c.basis_number = f"（2025）苏0583民初{rng.randint(1200, 18999)}号"
        c.extra["mtp"] = f"{rng.randint(0, 9)}{rng.randint(1000000, 9999999)}"  # 台湾居民来往大陆通行证 number
        c.extra["goods"] = "多层印制电路板（PCB）及板对板连接器组件"
    elif story == "crab":
        born = c.applicant.born
        c.applicant = Party(c.applicant.name, "person", id_number(rng, "310115", born),
                            f"上海市浦东新区{rng.choice(['张杨路', '锦绣路', '东方路'])}{rng.randint(100, 2999)}弄"
                            f"{rng.randint(1, 40)}号{rng.randint(101, 1602)}室", c.applicant.phone, born=born,
                            sex=c.applicant.sex)
        c.respondent = Party(f"昆山市巴城{rng.choice(['蟹王府', '湖鲜坊', '金爪'])}水产有限公司", "organisation",
                             credit_code(rng, region), f"昆山市巴城镇{rng.choice(['湖滨北路', '正仪街', '石牌街'])}"
                             f"{rng.randint(10, 399)}号", f"0512-{rng.randint(57600000, 57699999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "江苏省苏州市中级人民法院"
        c.basis_number = f"（2025）苏05民终{rng.randint(1000, 12999)}号"
        c.extra["first"] = f"（2025）苏0583民初{rng.randint(1000, 9999)}号"
        c.extra["cards"] = rng.choice([300, 420, 600])
    else:
        c.applicant = Party(f"昆山花桥{rng.choice(['润通', '沪昆', '金港'])}仓储有限公司", "organisation",
                            credit_code(rng, region), f"昆山市花桥镇{rng.choice(['光明路', '兆丰路', '绿地大道'])}"
                            f"{rng.randint(100, 999)}号", f"0512-{rng.randint(57800000, 57899999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"{rng.choice(['速达', '云仓', '链通'])}供应链管理（昆山）有限公司", "organisation",
                             credit_code(rng, region), f"昆山市花桥镇{rng.choice(['徐公桥路', '逸仙路'])}"
                             f"{rng.randint(10, 299)}号{rng.randint(1, 9)}号库", f"0512-{rng.randint(57900000, 57999999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "苏州仲裁委员会"
        c.basis_number = f"（2025）苏仲裁字第{rng.randint(300, 2999)}号"
        c.extra["area"] = rng.choice([4200, 6800, 9350])
    c.extra["resp_bank"] = rng.choice(["中国银行昆山开发区支行", "江苏昆山农村商业银行花桥支行", "招商银行昆山支行"])
    c.extra["resp_acct"] = f"{rng.randint(10**15, 10**16 - 1)}"
    c.extra["acct_bank"] = rng.choice(["中国工商银行昆山分行营业部", "交通银行昆山分行", "中国建设银行昆山开发区支行"])
    c.extra["acct"] = f"{rng.randint(10**18, 10**19 - 1)}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return papers.render(code, c, rng, served)
