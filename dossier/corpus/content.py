"""Fictional parties, numbers, dates and money for the corpus cases (all invented)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰志红海燕文斌晓东春梅立新德胜淑珍永福金凤宏伟彩云国庆振华"
FIRMS = ["恒信", "泰和", "鼎诚", "明德", "正源", "弘毅", "中衡", "君安", "大成", "博远"]
TRADES = ["商贸", "建材", "物流", "餐饮管理", "机械设备", "农业开发", "装饰工程", "科技", "服装", "食品"]
BANKS = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "交通银行", "邮储银行", "农村商业银行"]
DIGITS = "〇一二三四五六七八九"
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))


def id_number(rng: random.Random, region: str, born: date | None = None) -> str:
    """A fictional resident ID number with a valid GB 11643 check character."""
    b = born or date(rng.randint(1960, 1998), rng.randint(1, 12), rng.randint(1, 28))
    body = f"{region}{b:%Y%m%d}{rng.randint(0, 999):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]


def credit_code(rng: random.Random, region: str) -> str:
    """A fictional unified social credit code with a valid GB 32100 check character."""
    body = "91" + region + "".join(rng.choice(USCC) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(c) * w for c, w in zip(body, weights, strict=True)) % 31
    return body + USCC[0 if check == 31 else check]


def cn_number(n: int) -> str:
    """十四, 二十一, 三十 (day and month numbers)."""
    if n < 10:
        return "〇一二三四五六七八九"[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else DIGITS[tens]) + "十" + ("" if ones == 0 else DIGITS[ones])


def cn_date(d: date) -> str:
    return "".join(DIGITS[int(c)] for c in str(d.year)) + f"年{cn_number(d.month)}月{cn_number(d.day)}日"


def num_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def money_caps(amount: Decimal) -> str:
    """123456.78 → 壹拾贰万叁仟肆佰伍拾陆元柒角捌分."""
    caps = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    yuan = int(amount)
    fen = int((amount - yuan) * 100 + Decimal("0.5"))
    def four(n: int) -> str:
        out, zero = "", False
        for i in range(3, -1, -1):
            d = n // 10 ** i % 10
            if d == 0:
                zero = bool(out)
            else:
                out += ("零" if zero else "") + caps[d] + units[i]
                zero = False
        return out
    wan, rest = divmod(yuan, 10000)
    s = (four(wan) + "万" if wan else "") + (("零" if wan and rest < 1000 and rest else "") + four(rest))
    s = (s or "零") + "元"
    jiao, f = divmod(fen, 10)
    if not fen:
        return s + "整"
    return s + (caps[jiao] + "角" if jiao else "零") + (caps[f] + "分" if f else "")


def money(amount: Decimal) -> str:
    return f"人民币{amount:,.2f}元（大写：{money_caps(amount)}）"


@dataclass
class Court:
    name: str
    code: str          # 冀0102
    city: str          # 石家庄市
    region: str        # 6-digit region code for ID numbers
    address: str
    phone: str


@dataclass
class Party:
    name: str
    kind: str          # person | organisation
    id_number: str
    address: str
    phone: str
    legal_rep: str = ""
    born: date | None = None
    sex: str = "男"


@dataclass
class CaseCtx:
    """Everything the wording needs about one fictional case."""

    court: Court
    number: str
    category: str
    filed_on: date
    amount: Decimal
    basis_kind: str
    basis_number: str
    basis_court: str
    basis_effective: date
    applicant: Party
    respondent: Party
    agent: str
    agent_phone: str
    firm: str
    judge: str
    officer: str
    clerk: str
    method: str
    closed_on: date
    previous_number: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def day(self, offset: int) -> date:
        return self.filed_on + timedelta(days=offset)

    def case_json(self) -> dict[str, Any]:
        def party(p: Party, agent: bool) -> dict[str, Any]:
            d: dict[str, Any] = {"name": p.name, "kind": p.kind, "id_number": p.id_number, "address": p.address,
                                 "phone": p.phone}
            if p.legal_rep:
                d["legal_representative"] = p.legal_rep
            if agent:
                d["agent"] = {"name": self.agent, "kind": "lawyer", "firm": self.firm, "phone": self.agent_phone}
            return d
        data: dict[str, Any] = {
            "case_number": self.number, "court": self.court.name, "category": self.category,
            "filed_on": self.filed_on.isoformat(), "amount": f"{self.amount:.2f}",
            "basis": {"kind": self.basis_kind, "case_number": self.basis_number, "court": self.basis_court,
                      "effective_on": self.basis_effective.isoformat()},
            "applicants": [party(self.applicant, True)], "respondents": [party(self.respondent, False)],
            "closing": {"method": self.method, "closed_on": self.closed_on.isoformat()},
            "facts": {"respondent_missing": False, "obstruction": bool(self.extra.get("obstruction")),
                      "dishonest_list": True},
            "requests": {"consumption_restriction": True, "dishonest_list": True},
            "staff": {"judge": self.judge, "enforcement_officer": self.officer, "clerk": self.clerk,
                      "phone": self.court.phone},
        }
        if self.category == "resumption":
            data["resumption"] = {"previous_case_number": self.previous_number,
                                  "application_signed_by": "original_undertaker",
                                  "ruling_signed_by": "original_undertaker"}
        return data


def make_case(rng: random.Random, court: Court, *, seq: int, category: str, method: str,
              filed_on: date, duration: int, basis_kind: str = "judgment", org_respondent: bool = True) -> CaseCtx:
    city = court.city
    app_born = date(rng.randint(1962, 1995), rng.randint(1, 12), rng.randint(1, 28))
    applicant = Party(person_name(rng), "person", id_number(rng, court.region, app_born),
                      f"{city}{rng.choice(['建设', '和平', '人民', '胜利', '中山'])}路{rng.randint(1, 300)}号",
                      f"13{rng.randint(100000000, 999999999)}", born=app_born, sex=rng.choice("男女"))
    if org_respondent:
        short = city.removesuffix("市")
        respondent = Party(f"{short}{rng.choice(FIRMS)}{rng.choice(TRADES)}有限公司", "organisation",
                           credit_code(rng, court.region), f"{city}{rng.choice(['经济开发区', '高新区'])}"
                           f"{rng.choice(['创业', '科技', '工业'])}大道{rng.randint(1, 99)}号",
                           f"0{rng.randint(310, 399)}-{rng.randint(6000000, 8999999)}", legal_rep=person_name(rng))
    else:
        born = date(rng.randint(1962, 1995), rng.randint(1, 12), rng.randint(1, 28))
        respondent = Party(person_name(rng), "person", id_number(rng, court.region, born),
                           f"{city}{rng.choice(['新华', '解放', '光明'])}街{rng.randint(1, 99)}号",
                           f"15{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))
    year = filed_on.year
    kind_code = "执恢" if category == "resumption" else ("执异" if category == "objection" else "执")
    number = f"（{year}）{court.code}{kind_code}{seq}号"
    basis_court = court.name if basis_kind != "arbitration" else f"{city}仲裁委员会"
    basis_number = (f"（{year - 1}）{court.code}民初{rng.randint(100, 3999)}号" if basis_kind != "arbitration"
                    else f"（{year - 1}）{city[:2]}仲裁字第{rng.randint(10, 999)}号")
    return CaseCtx(
        court=court, number=number, category=category, filed_on=filed_on,
        amount=Decimal(rng.randint(800000, 90000000)) / 100, basis_kind=basis_kind,
        basis_number=basis_number, basis_court=basis_court, basis_effective=filed_on - timedelta(days=rng.randint(40, 200)),
        applicant=applicant, respondent=respondent, agent=person_name(rng),
        agent_phone=f"139{rng.randint(10000000, 99999999)}", firm=f"{court.city[:2]}{rng.choice(FIRMS)}律师事务所",
        judge=person_name(rng), officer=person_name(rng), clerk=person_name(rng), method=method,
        closed_on=filed_on + timedelta(days=duration),
        previous_number=f"（{year - 1}）{court.code}执{rng.randint(100, 2999)}号" if category == "resumption" else "",
    )
