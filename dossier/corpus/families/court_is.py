"""court_is (贵州省雷山县人民法院, held out): 雷公山 county — 银球茶 gardens above 望丰, the 苗寨 of 西江 and 郎德, the
motorcycles on the county roads. Enforcement is done out in the townships by the court's 人民法庭: forms filled by
hand, records written on ruled paper, notices from a printer with a pale cartridge (court_is_kit); what it receives in
its senders' hands (court_is_papers); scanned grey on the tribunal's flatbed (court_is_capture)."""

from __future__ import annotations

import functools
import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, id_number, money, num_date
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_is_kit import (
    BALL,
    BLACK,
    COURT,
    PENCIL,
    PRINT,
    SHORT,
    X0,
    X1,
    date_blanks,
    fill_cell,
    fingerprint,
    form_footer,
    form_head,
    gb,
    grid,
    hand_seal,
    pale,
    printed,
    record_paper,
    write,
    write_block,
)
from dossier.corpus.families.court_is_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "online_inquiry_result", "effectiveness_certificate", "settlement_agreement", "closing_notice",
    "closing_approval_form", "service_receipt", "interview_record", "investigation_record", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
TEA_SEQ, MOTO_SEQ, ELDER_SEQ = 13027, 13058, 13083
LAW = "《中华人民共和国民事诉讼法》"
MIAO = "杨李吴王潘余唐张顾文侯龙万"
GIVEN = ["国华", "正清", "光明", "秀英", "金花", "老二", "德芬", "春梅", "应松", "胜和", "仕英", "志军", "玉珍", "先富", "昌明",
         "小芬", "永平", "文学", "妹榜", "家兴"]
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "property_declaration_form": 10, "enforcement_ruling": 12, "assistance_notice": 12,
        "investigation_record": 15, "interview_record": 17, "settlement_agreement": 17}
CLOSING = {"closing_notice": 3, "closing_approval_form": 2, "file_review_form": -9, "remarks_sheet": -10,
           "catalogue": -10, "dossier_cover": -11}
"""days before the closing date (negative: after it, when the volume was bound)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return paid_days(c)[-1]
    return c.day(WHEN.get(code, 0))


def paid_days(c: CaseCtx) -> list[date]:
    """When money reached the applicant: once (deduction, wages) or three instalments (the rider)."""
    days: list[date] = c.extra["paid"]
    return days


def miao_name(rng: random.Random, surname: str = "") -> str:
    return (surname or rng.choice(MIAO)) + rng.choice(GIVEN)


def _recode(code: str, kind: str) -> str:
    """A credit code of another registration kind (92 个体工商户, 93 农民专业合作社), its check character recomputed."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = kind + code[2:17]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + chars[0 if check == 31 else check]


def _relative_json(c: CaseCtx) -> dict[str, Any]:
    """The mother's case as the system holds it: her agent is her daughter, a close relative, not a lawyer."""
    data = CaseCtx.case_json(c)
    data["applicants"][0]["agent"] = {"name": c.agent, "kind": "relative", "phone": c.agent_phone}
    return data


def _person(rng: random.Random, name: str, born: date, sex: str, address: str, region: str = "522634") -> Party:
    return Party(name, "person", id_number(rng, region, born), address, f"1{rng.choice(['38', '51', '87', '99'])}"
                 f"{rng.randint(10000000, 99999999)}", born=born, sex=sex)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """雷山 parties. TEA_SEQ: a 望丰 tea growers' cooperative wins this court's judgment for 银球茶 and 雷公山绿茶 supplied
    to a tea shop in 丹江, whose account is deducted; MOTO_SEQ: a 郎德 villager knocked down by a motorcycle wins her
    accident judgment against the rider, who settles and pays in three instalments; ELDER_SEQ: an old mother of 大塘,
    her daughter acting for her, enforces her 赡养费 judgment against her son through his employer's payroll."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {TEA_SEQ: "tea", MOTO_SEQ: "moto", ELDER_SEQ: "elder"}[seq]
    c.judge, c.officer, c.clerk = miao_name(rng), miao_name(rng), miao_name(rng)
    c.extra["badge"] = f"52263{rng.randint(100, 999)}"
    c.basis_court = COURT
    c.basis_number = f"（2023）黔2634民初{rng.randint(300, 1999)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
    c.extra["civil_judge"] = miao_name(rng)
    if tale(c) == "tea":
        c.extra["tribunal"] = "西江人民法庭"
        c.extra["cause"] = "买卖合同纠纷"
        village = rng.choice(["乌的村", "乌秋村", "小龙村"])
        c.applicant = Party(f"雷山县望丰乡{village[:2]}银球茶叶专业合作社", "organisation",
                            _recode(credit_code(rng, "522634"), "93"), f"贵州省雷山县望丰乡{village}{rng.randint(1, 8)}组",
                            f"139{rng.randint(10000000, 99999999)}", legal_rep=miao_name(rng))
        owner = miao_name(rng)
        c.respondent = Party(f"雷山县丹江镇{rng.choice(['苗岭', '雷公山', '云上'])}茶叶店", "organisation",
                             _recode(credit_code(rng, "522634"), "92"), f"贵州省雷山县丹江镇{rng.choice(['永乐路', '环城路', '滨河路'])}"
                             f"{rng.randint(10, 200)}号", f"155{rng.randint(10000000, 99999999)}", legal_rep=owner)
        c.amount = Decimal(rng.randint(380, 860)) * 100 + Decimal(rng.choice([0, 50]))
        c.extra["r_bank"] = "贵州雷山农村商业银行股份有限公司丹江支行"
        c.extra["r_acct"] = f"2201{rng.randint(10**13, 10**14 - 1)}"
        c.extra["paid"] = [c.day(rng.randint(26, 32))]
        c.agent = miao_name(rng)
        c.firm = rng.choice(["贵州雷公山律师事务所", "贵州黔东南苗岭律师事务所"])
    elif tale(c) == "moto":
        c.extra["tribunal"] = "永乐人民法庭"
        c.extra["cause"] = "机动车交通事故责任纠纷"
        born = date(rng.randint(1958, 1968), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = _person(rng, miao_name(rng), born, "女",
                              f"贵州省雷山县郎德镇{rng.choice(['上郎德村', '报德村', '也改村'])}{rng.randint(1, 9)}组")
        rborn = date(rng.randint(1988, 2000), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = _person(rng, miao_name(rng), rborn, "男",
                               f"贵州省雷山县永乐镇{rng.choice(['乔歪村', '开屯村', '永乐村'])}{rng.randint(1, 9)}组")
        c.amount = Decimal(rng.randint(210, 480)) * 100 + Decimal(rng.choice([0, 40, 60, 80]))
        c.extra["r_bank"] = "贵州雷山农村商业银行股份有限公司永乐支行"
        c.extra["plate"] = f"贵H{rng.randint(10000, 99999)}"
        first = c.day(rng.randint(17, 19))
        c.extra["paid"] = [first, first + timedelta(days=rng.randint(20, 24)), first + timedelta(days=rng.randint(43, 47))]
        c.agent = miao_name(rng)
        c.firm = "贵州雷公山律师事务所"
        c.extra["legal_aid"] = f"雷法援〔2024〕{rng.randint(3, 60)}号"
    else:
        c.extra["tribunal"] = "大塘人民法庭"
        c.extra["cause"] = "赡养纠纷"
        son_surname = rng.choice("杨李吴潘余")
        mborn = date(rng.randint(1940, 1948), rng.randint(1, 12), rng.randint(1, 28))
        village = rng.choice(["新桥村", "高岩村", "掌批村"])
        c.extra["village"] = village
        c.applicant = _person(rng, miao_name(rng, rng.choice("龙侯顾文万")), mborn, "女",
                              f"贵州省雷山县大塘镇{village}{rng.randint(1, 7)}组")
        sborn = date(rng.randint(1968, 1978), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = _person(rng, son_surname + rng.choice(["老大", "正清", "国华", "胜和"]), sborn, "男",
                               f"贵州省雷山县丹江镇{rng.choice(['陶尧村', '乌尧村'])}{rng.randint(1, 6)}组")
        dborn = date(rng.randint(sborn.year + 2, 1984), rng.randint(1, 12), rng.randint(1, 28))
        daughter = son_surname + rng.choice(["秀英", "金花", "春梅", "仕英", "玉珍", "小芬"])
        c.extra["daughter_id"] = id_number(rng, "522634", dborn)
        c.extra["daughter_born"] = dborn
        c.agent = daughter
        c.agent_phone = f"187{rng.randint(10000000, 99999999)}"
        c.firm = ""
        c.extra["monthly"] = Decimal(rng.choice([400, 500, 600]))
        months = rng.randint(12, 20)
        c.extra["months"] = months
        c.amount = c.extra["monthly"] * months
        c.extra["employer"] = f"雷山县{rng.choice(['苗岭', '雷公山', '丹江'])}建筑工程有限公司"
        c.extra["employer_code"] = credit_code(rng, "522634")
        c.extra["wage"] = Decimal(rng.choice([4200, 4600, 5100]))
        c.extra["paid"] = [c.day(rng.randint(44, 50))]
        setattr(c, "case_json", functools.partial(_relative_json, c))  # noqa: B010 - the instance's own view
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, 1.5% of the part up to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_name(c: CaseCtx) -> str:
    return f"本院{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _party(role: str, p: Party) -> str:
    if p.kind == "organisation":
        head = "理事长" if "合作社" in p.name else "经营者"
        return f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{head}：{p.legal_rep}。"
    b = p.born or date(1970, 1, 1)
    return f"{role}：{p.name}，{p.sex}，苗族，{num_date(b)}出生，住{p.address}，公民身份号码{p.id_number}。"


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    trib = c.extra["tribunal"]
    if code == "acceptance_notice":
        return notice(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你（单位）申请执行{basis_name(c)}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案交由本院{trib}执行，承办人{c.officer}，书记员{c.clerk}。你方如发现被执行人财产，请及时告知{trib}。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return notice(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理{_case(c)}，依照《诉讼费用交纳办法》第十条、第十四条、第二十条的规定，你方应预交申请执行费"
                  f"{c.extra['fee']}元，执行费由被执行人负担，执行到位后一并收取退还。"
                  + ("你方属追索赡养费，依法可申请缓交。" if tale(c) == "elder" else "")),
            ("p", "请于收到本通知之日起七日内到本院立案庭或所在人民法庭交纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return notice(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已立案执行。依照{LAW}第二百五十一条的规定，责令你"
                  f"{'店' if r.kind == 'organisation' else ''}立即履行下列义务："),
            ("p", f"一、给付申请执行人{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可采取限制消费、纳入失信被执行人名单等措施。"),
        ], day=d, signers=[("执行员", c.officer), ("书记员", c.clerk)])
    if code == "property_report_order":
        return notice(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条的规定，责令你于收到本令后五日内，如实填写财产申报表，"
                  "向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留。"),
        ], day=d, signers=[("执行员", c.officer)])
    if code == "enforcement_ruling":
        return _ruling(c, rng, d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "closing_notice":
        how = {"tea": f"本院扣划被执行人存款{money(c.amount)}，已于{cn_date(paid_days(c)[-1])}发放给你单位",
               "moto": f"双方达成执行和解协议，被执行人分三期付清{money(c.amount)}，末期于{cn_date(paid_days(c)[-1])}付清",
               "elder": f"本院从被执行人工资中提取{money(c.amount)}，已于{cn_date(paid_days(c)[-1])}发放给你"}[tale(c)]
        return notice(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，{how}。生效法律文书确定的义务已全部履行完毕，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code in ("interview_record", "investigation_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def notice(c: CaseCtx, rng: random.Random, title: str, paras: list[tuple[str, str]], *, day: date,
           signers: list[tuple[str, str]] | None = None, number: str = "", real_seal: bool = False) -> list[Sheet]:
    """A notice or ruling off the tribunal's old printer: 宋体 from a GB font (○ for 〇), the title letter-spaced,
    the number set right under a thin rule, the tribunal's address line at the foot, then the whole sheet paled by the
    empty cartridge; the copy's seal drawn by hand (the original's pressed, on rulings)."""
    body = printed("song_gb", 40)
    lead = 68
    sheets = [Sheet(paper=(250, 250, 247))]
    s = sheets[0]
    s.centred(mm(22), COURT, printed("song_gb", 54), spacing=6)
    s.centred(mm(36), title, font("serif_bold", 72), spacing={2: 80, 3: 50, 4: 34, 5: 20}.get(len(title), 8))
    s.right(X1, mm(55), gb(number or c.number), printed("song_gb", 38))
    s.line(X0, mm(62), X1, mm(62), width=1)
    y = float(mm(68))
    bottom = s.height - mm(34)

    def need() -> None:
        nonlocal s, y
        if y + lead > bottom:
            s = Sheet(paper=(250, 250, 247))
            sheets.append(s)
            y = float(mm(22))

    for kind, text in paras:
        indent = 0.0 if kind in ("to", "h") else body.size * 2
        hang = body.size * 2 if kind == "h" else 0.0
        for k, part in enumerate(wrap(gb(text), body, X1 - X0 - hang, indent=indent - hang if indent else 0.0)):
            need()
            s.text(X0 + (indent if k == 0 else hang), y, part, body)
            y += lead
    sig = signers or []
    if y + lead * (len(sig) + 3) > bottom:
        s = Sheet(paper=(250, 250, 247))
        sheets.append(s)
        y = float(mm(30))
    y += 30
    for role, name in sig:
        s.text(X1 - mm(68), y, role, body, spacing=14 if len(role) == 3 else 0)
        s.text(X1 - mm(34), y, name, body)
        y += lead
    y += 20
    when = gb(cn_date(day))
    s.right(X1 - mm(6), y, when, body)
    date_y = y
    trib = c.extra["tribunal"]
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.text(X0, sh.height - mm(26), f"联系地址：雷山县{trib[:2]}镇{trib}　联系电话：{c.court.phone}", printed("song_gb", 28))
        if n > 1:
            sh.centred(sh.height - mm(17), f"第{i}页 共{n}页", printed("song_gb", 30))
            sh.page_of = (i, n)
        pale(sh, rng)
    cx = X1 - mm(6) - body.getlength(when) / 2
    if real_seal:
        seal(s, cx, date_y + 12, COURT, rng, radius=mm(20))
    else:
        hand_seal(s, cx, date_y + 12, COURT, rng)
    return sheets


def _ruling(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "tea":
        order = (f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}，"
                 "划至本院执行款专户。")
    elif tale(c) == "moto":
        order = f"冻结、划拨被执行人{r.name}名下的银行存款{money(c.amount)}，或查封、扣押其相应价值的财产。"
    else:
        order = (f"扣留、提取被执行人{r.name}在{c.extra['employer']}的工资收入，以{money(c.amount)}为限，"
                 "保留被执行人及其所扶养家属的生活必需费用。")
    return notice(c, rng, "执行裁定书", [
        ("h", _party("申请执行人", a)),
        ("h", _party("被执行人", r)),
        ("p", f"本院在执行{_case(c)}中，被执行人未按执行通知履行{basis_name(c)}确定的义务。依照{LAW}第二百五十三条、"
              f"第{'二百五十四' if tale(c) == 'elder' else '二百五十五'}条、第一百五十七条第一款第十一项的规定，裁定如下："),
        ("p", order),
        ("p", "本裁定送达后立即生效。"),
    ], day=d, signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra["civil_judge"]), ("书记员", c.clerk)],
        real_seal=True)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 协助执行通知书 as a pre-printed blank: printed frame and labels, the addressee and the request written in by the
    clerk, a tear-off 回执 the recipient filled and sent back."""
    s = Sheet(paper=(249, 247, 240))
    y = form_head(s, "协助执行通知书", spread=18)
    write(s, X1 - mm(68), y - 24, c.number, rng, size=38)
    s.text(X1 - mm(76), y - 20, "（", printed("song_gb", 36))
    who = c.extra["employer"] if tale(c) == "elder" else c.extra["r_bank"]
    if tale(c) == "elder":
        ask = (f"从被执行人{c.respondent.name}（身份证号{c.respondent.id_number}）每月工资中扣留{c.extra['monthly'] * 4:,.0f}元，"
               f"至{c.amount:,.0f}元止，转入本院执行款专户，并将发放情况书面告知本院。")
    elif tale(c) == "tea":
        ask = f"冻结并扣划被执行人{c.respondent.name}账号{c.extra['r_acct']}内存款{c.amount:,.2f}元至本院执行款专户。"
    else:
        ask = f"查询并冻结被执行人{c.respondent.name}（身份证号{c.respondent.id_number}）在你行的存款，以{c.amount:,.2f}元为限。"
    f = printed("song_gb", 38)
    write(s, X0, y + 20, who, rng, size=44)
    s.text(X0 + font("wenkai", 44).getlength(who) + 8, y + 28, "：", f)
    y += 100
    s.text(X0 + mm(8), y, "本院在执行", f)
    lead = 70
    first = X0 + mm(8) + f.getlength("本院在执行") + 10
    parts = wrap(_case(c), font("wenkai", 40), (X1 - first) * 0.93)
    write(s, first, y - 8, parts[0], rng, size=40)
    rest = "".join(parts[1:])
    if rest:
        y += lead
        y = write_block(s, X0, y - 8, rest, rng, width=X1 - X0, lead=lead, size=40) + 8 - lead
    y += lead
    s.text(X0, y, "中，依照《中华人民共和国民事诉讼法》第　　　条的规定，", f)
    write(s, X0 + f.getlength("中，依照《中华人民共和国民事诉讼法》第") + 6, y - 8,
          "二五四" if tale(c) == "elder" else "二五三", rng, size=36)
    y += lead
    s.text(X0, y, "请协助执行下列事项：", f)
    y += 80
    y = write_block(s, X0 + mm(8), y, ask, rng, width=X1 - X0 - mm(8), lead=72, size=42)
    y += 30
    s.text(X0, y, "附：执行裁定书　　份", f)
    write(s, X0 + mm(40), y - 8, "1", rng, size=40)
    date_blanks(s, X1 - mm(66), y + 90, d, rng, f=f)
    hand_seal(s, X1 - mm(40), y + 100, COURT, rng)
    s.text(X0, y + 160, "执行员：", f)
    write(s, X0 + mm(22), y + 152, f"{c.officer}　{c.clerk}", rng, size=40)
    cut = s.height - mm(78)
    for x in range(int(X0) - mm(10), int(X1) + mm(10), 26):
        s.line(x, cut, x + 12, cut, width=2)
    s.centred(cut + mm(5), "回　　执", font("serif_bold", 48), spacing=20)
    s.text(X0, cut + mm(18), f"{SHORT}：", f)
    s.text(X0 + mm(8), cut + mm(28), "你院（　　　　　　　　　　）协助执行通知书收悉，办理情况：", f)
    write(s, X0 + mm(22), cut + mm(26), c.number, rng, size=32)
    reply = ("已于当月工资中开始扣留，按月转入法院账户。" if tale(c) == "elder" else
             "已冻结并扣划。" if tale(c) == "tea" else "已冻结，余额不足。")
    write(s, X0 + mm(8), cut + mm(37), reply, rng, size=42, ink=BLACK, face="kai_gb")
    s.text(X1 - mm(80), cut + mm(52), "协助单位（盖章）", f)
    seal(s, X1 - mm(40), cut + mm(50), who, rng, radius=mm(16))
    form_footer(s, "雷山县印刷厂印制")
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络查控 result as the tribunal printed it: a plain table in 宋体, paled by the cartridge, the clerk's
    ballpoint tick against the hit."""
    s = Sheet(paper=(250, 250, 247))
    f = printed("song_gb", 30)
    s.text(X0, mm(16), "执行案件网络查控结果（总对总）", printed("song_gb", 46))
    s.text(X0, mm(28), gb(f"案号：{c.number}　被查询人：{c.respondent.name}　证件号：{c.respondent.id_number}"), f)
    s.text(X0, mm(34), f"查询日期：{d:%Y-%m-%d}　承办法院：{COURT}", f)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国建设银行", "存款"), ("中国银行", "存款"),
             ("中国邮政储蓄银行", "存款"), ("贵州省农村信用社联合社", "存款"), ("贵州银行", "存款"), ("支付宝", "网络资金"),
             ("财付通", "网络资金"), ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"), ("中登公司", "证券"),
             ("人社部", "社保")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果"]]
    hit = {"tea": 5, "moto": 9, "elder": 12}[tale(c)]
    for i, (unit, kind) in enumerate(units):
        if i == hit:
            res = {"tea": f"账户余额{c.amount * Decimal('1.3'):,.2f}", "moto": f"二轮摩托车一辆 {c.extra.get('plate', '')}",
                   "elder": f"参保单位：{c.extra.get('employer', '')}"}[tale(c)]
        else:
            res = "未查询到财产信息" if kind != "存款" else f"余额{rng.randint(0, 80)}.{rng.randint(10, 99)}"
        rows.append([str(i + 1), unit, kind, res])
    boxes = grid(s, X0, mm(42), [mm(14), mm(52), mm(24)], rows, heights=mm(10), f=f, line=1)
    s.text(X0, boxes[-1][0][3] + mm(6), f"打印人：{c.clerk}", f)
    pale(s, rng)
    b = boxes[hit + 1][3]
    write(s, b[2] - mm(12), b[1] + mm(1), "✓", rng, size=46, face="wenkai")
    write(s, X0 + mm(70), boxes[-1][0][3] + mm(16), f"已查，{num_date(d + timedelta(days=2))}" , rng, size=36, ink=PENCIL,
          faint=0.6)
    return [s]


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """生效证明书 on the civil division's pre-printed half-sheet, filled by the tribunal's clerk."""
    s = Sheet(paper=(249, 247, 240))
    y = form_head(s, "生效证明书", spread=40)
    f = printed("song_gb", 40)
    write(s, X1 - mm(74), y - 16, c.basis_number.replace("号", "号之一"), rng, size=36)
    y += 70
    s.text(X0 + mm(8), y, "本院", f)
    write(s, X0 + mm(24), y - 8, c.basis_number, rng, size=40)
    y += 76
    write(s, X0, y - 8, f"{c.applicant.name}与{c.respondent.name}", rng, size=40)
    s.text(X1 - mm(36), y, "一案的", f)
    y += 76
    s.text(X0, y, "民事判决书，已于", f)
    write(s, X0 + mm(52), y - 8, num_date(c.basis_effective), rng, size=40)
    s.text(X0 + mm(100), y, "发生法律效力。", f)
    y += 76
    s.text(X0 + mm(8), y, "特此证明。", f)
    y += 150
    when = c.basis_effective + timedelta(days=rng.randint(6, 15))
    date_blanks(s, X1 - mm(66), y, when, rng, f=f)
    seal(s, X1 - mm(40), y + 10, COURT, rng, radius=mm(20))
    s.text(X0, y + 150, "经办人：", f)
    write(s, X0 + mm(26), y + 142, c.extra["civil_judge"], rng, size=42)
    form_footer(s, "雷山县印刷厂印制")
    return [s]


def _write_paper(c: CaseCtx, rng: random.Random, title: str, lines: list[str], signer: str, *, footer: list[str],
                 lead: float = mm(9.6)) -> list[Sheet]:
    """Handwriting down the ruled record paper: each entry wrapped to the rules, the person heard signing and pressing
    a fingerprint at the foot of every sheet."""
    size = int(lead * 0.62)
    face = "wenkai"
    fnt = font(face, size)
    chunks: list[tuple[float, str]] = []
    for line in lines:
        hang = fnt.getlength(line[:2]) if line[1:2] == "：" else 0.0
        for k, part in enumerate(wrap(line, fnt, (X1 - X0 - mm(18) - hang) * 0.95)):
            chunks.append((hang if k else 0.0, part))
    _, ys = record_paper(title, 1, 1, random.Random(0), lead=lead)
    first_room = len(ys) - 2
    _, later = record_paper(title, 2, 2, random.Random(0), lead=lead)
    room = len(later) - 2
    tail = len(footer)
    pages = 1 if len(chunks) + tail <= first_room else 1 + -(-(len(chunks) + tail - first_room) // room)
    sheets: list[Sheet] = []
    k = 0
    for n in range(1, pages + 1):
        s, rows = record_paper(title, n, pages, rng, lead=lead)
        usable = rows[:-2]
        for top in usable:
            if k < len(chunks):
                hang, part = chunks[k]
                write(s, X0 + mm(16) + hang, top, part, rng, size=size, face=face)
                k += 1
            elif n == pages and k - len(chunks) < tail:
                write(s, X0 + mm(16), top, footer[k - len(chunks)], rng, size=size, face=face)
                k += 1
        foot = rows[-1]
        s.text(X1 - mm(80), foot + 8, "签名：", printed("song_gb", 32))
        write(s, X1 - mm(60), foot, signer, rng, size=size + 4, ink=BLACK)
        fingerprint(s, X1 - mm(14), foot + mm(4), rng)
        sheets.append(s)
    return sheets


QA: dict[str, list[str]] = {
    "tea": [],
    "moto": [
        "问：我们是雷山县人民法院永乐人民法庭的执行人员，今天依法找你谈话，你要如实回答，听清楚没有？",
        "答：听清楚了。",
        "问：法院判决你赔偿{a}各项损失{amt}元，判决生效后你为什么一直不给？",
        "答：我在外面打零工，一个月两三千块，还要养两个娃娃，一下子拿不出来这么多。",
        "问：你名下那辆摩托车{plate}现在在哪里？",
        "答：车子出事以后就停在家里，没有骑了，值不了几个钱。",
        "问：申请人同意分期，你能不能拿出一个还款计划？",
        "答：我今天先拿四成，剩下的分两次，两个月内还清，请法院帮我和她说一下。",
        "问：申请人代理人在场，你们双方是否愿意达成和解？",
        "答：愿意，我按说的时间给，不给的话法院怎么执行都可以。",
        "问：你还有什么要说的？",
        "答：没有了，对不起老人家。",
    ],
    "elder": [
        "问：我们是雷山县人民法院大塘人民法庭的执行人员（出示证件），今天找你谈话，你要如实回答，听清楚没有？",
        "答：清楚。",
        "问：法院判决你每月给你母亲{a}赡养费{monthly}元，从判决生效到现在，你给过没有？",
        "答：没有给过，我家里开销大，娃娃读书。",
        "问：赡养父母是法定义务，你现在在哪里上班，每月收入多少？",
        "答：在{emp}开车，每月工资{wage}元左右，公司按月打卡。",
        "问：你拖欠的赡养费共计{amt}元，法院已裁定从你工资中扣留，并通知你单位协助，你有什么意见？",
        "答：没有意见，从工资里扣就是，以后每个月我自己按时给。",
        "问：你还有什么要说的？",
        "答：没有了。",
    ],
}
INVESTIGATION = [
    "问：我们是雷山县人民法院的执行人员，今天到你公司了解被执行人{r}的工作和工资情况，请你如实说明。",
    "答：好的，我是公司的会计。",
    "问：{r}是否在你公司工作，工资怎样发放？",
    "答：他是公司的驾驶员，{year}年进公司，每月十五号左右发上月工资，扣社保后实发{wage}元左右，打到他的农信社卡上。",
    "问：法院向你公司送达了协助执行通知书，要求从他工资中扣留赡养费，你公司能否协助？",
    "答：能，收到通知后当月就开始扣，扣下来的钱转到法院账户，转完把凭证交给法庭。",
    "问：以上情况是否属实？",
    "答：属实。",
]


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    trib = c.extra["tribunal"]
    values = {"a": a.name, "r": r.name, "amt": f"{c.amount:,.2f}", "plate": c.extra.get("plate", ""),
              "monthly": str(c.extra.get("monthly", "")), "emp": c.extra.get("employer", ""), "wage": str(c.extra.get("wage", "")),
              "year": str(rng.randint(2016, 2021))}
    if code == "investigation_record":
        accountant = miao_name(rng)
        head = [f"时间：{num_date(d)}上午10时10分至10时40分", f"地点：{c.extra.get('employer', r.address)}财务室",
                f"执行人员：{c.officer}、{miao_name(rng)}", f"记录人：{c.clerk}",
                f"被调查人：{accountant}，女，{c.extra.get('employer', '')}会计"]
        body = [q.format(**values) for q in INVESTIGATION]
        return _write_paper(c, rng, "执行笔录", head + body, accountant,
                            footer=["以上笔录我看过，和我说的一样。", f"{accountant}　{num_date(d)}"])
    if tale(c) == "moto":
        who = r.name
        head = [f"时间：{num_date(d)}上午9时30分", f"地点：{trib}调解室", f"执行人员：{c.officer}", f"记录人：{c.clerk}",
                f"被谈话人：{r.name}（被执行人）", f"在场人：{c.agent}（申请执行人委托代理人）"]
    else:
        who = r.name
        head = [f"时间：{num_date(d)}下午3时", f"地点：{trib}", f"执行人员：{c.officer}", f"记录人：{c.clerk}",
                f"被谈话人：{r.name}（被执行人），身份证号{r.id_number}"]
    body = [q.format(**values) for q in QA[tale(c)]]
    return _write_paper(c, rng, "谈话笔录", head + body, who, footer=["以上笔录看过，记录无误。", f"{who}　{num_date(d)}"])


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行和解协议 written out by the clerk on the record paper, the parties signing with fingerprints."""
    a, r = c.applicant, c.respondent
    amt = c.amount
    first = (amt * Decimal("0.4")).quantize(Decimal("1"))
    second = ((amt - first) / 2).quantize(Decimal("1"))
    third = amt - first - second
    c.extra["instalments"] = [first, second, third]
    days = paid_days(c)
    lines = [f"甲方（申请执行人）：{a.name}，住{a.address}",
             f"委托代理人：{c.agent}，{c.firm}律师",
             f"乙方（被执行人）：{r.name}，住{r.address}",
             f"甲乙双方就{c.number}{c.extra['cause']}执行一案，在{c.extra['tribunal']}主持下自愿达成和解如下：",
             f"一、乙方共支付甲方{amt:,.2f}元，甲方放弃迟延履行利息；",
             f"二、分三期付清：{num_date(days[0])}付{first:,.0f}元；{num_date(days[1])}前付{second:,.0f}元；"
             f"{num_date(days[2])}前付{third:,.2f}元；",
             "三、款交法庭执行款账户或当面交甲方，甲方出具收条；",
             "四、乙方有一期不按时付，甲方可申请恢复执行原判决。",
             "本协议一式三份，双方各一份，法庭存卷一份。"]
    return _write_paper(c, rng, "执行和解协议", lines, f"{a.name} {r.name}",
                        footer=[f"甲方：{a.name}　乙方：{r.name}", f"执行员：{c.officer}　{num_date(d)}"])


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=(249, 247, 240))
    y = form_head(s, "执行案件结案审批表", spread=10)
    w = X1 - X0
    rows = [["案号", "", "承办法庭", ""], ["申请执行人", "", "被执行人", ""], ["执行依据", ""], ["执行标的", "", "执行到位", ""],
            ["执行经过", ""], ["结案方式", ""], ["承办人意见", ""], ["庭长意见", ""], ["分管院领导意见", ""]]
    hs = [mm(14), mm(16), mm(14), mm(14), mm(62), mm(14), mm(28), mm(24), mm(24)]
    b = grid(s, X0, y, [mm(32), mm(52), mm(26), w - mm(110)], rows, heights=hs)
    fill_cell(s, b[0][1], c.number, rng, size=34)
    fill_cell(s, b[0][3], c.extra["tribunal"], rng)
    fill_cell(s, b[1][1], c.applicant.name, rng, size=34)
    fill_cell(s, b[1][3], c.respondent.name, rng, size=34)
    fill_cell(s, b[2][1], f"{c.basis_number}民事判决书", rng)
    fill_cell(s, b[3][1], f"{c.amount:,.2f}元", rng)
    fill_cell(s, b[3][3], f"{c.amount:,.2f}元", rng)
    story = {"tea": "立案后发出执行通知、报告财产令，网络查控发现被执行人农商行账户有存款，裁定冻结并扣划，款已发放申请人。",
             "moto": "立案后送达执行通知，约谈被执行人，双方达成和解，分三期付清，申请人出具收条三张。",
             "elder": "立案后约谈被执行人，裁定提取其工资收入，向其单位送达协助执行通知书，单位扣留后转入法院账户，款已发放。"}
    fill_cell(s, b[4][1], story[tale(c)], rng)
    fill_cell(s, b[5][1], "执行完毕", rng)
    fill_cell(s, b[6][1], f"建议以执行完毕结案。{c.officer} {d.month}月{d.day}日", rng, size=38)
    fill_cell(s, b[7][1], f"同意。{miao_name(rng)} {d.month}.{d.day}", rng, size=38, ink=BLACK)
    fill_cell(s, b[8][1], f"同意结案。{miao_name(rng)}", rng, size=38, ink=BLACK)
    form_footer(s, "雷山县人民法院制")
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the county's pre-printed form, every entry in ballpoint, the date in pencil now and then."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    who = c.applicant if to_applicant else c.respondent
    if tale(c) == "elder" and to_applicant:
        signer = c.agent
    elif who.kind == "organisation":
        signer = who.legal_rep
    else:
        signer = who.name
    s = Sheet(paper=(249, 247, 240))
    y = form_head(s, "送达回证", spread=44)
    w = X1 - X0
    rows = [["案由", ""], ["受送达人", ""], ["送达地点", ""], ["送达文书名称及件数", ""], ["受送达人签名或盖章", ""],
            ["代收人及代收理由", ""], ["送达人", ""], ["备考", ""]]
    hs = [mm(16), mm(16), mm(18), mm(34), mm(34), mm(20), mm(18), mm(26)]
    b = grid(s, X0, y, [mm(46), w - mm(46)], rows, heights=hs)
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    fill_cell(s, b[0][1], c.extra["cause"], rng)
    fill_cell(s, b[1][1], who.name, rng)
    fill_cell(s, b[2][1], c.extra["tribunal"] if rng.random() < 0.5 else who.address, rng, size=36)
    fill_cell(s, b[3][1], "、".join(NAMES.get(x, x) for x in served) + f"　各一份（{c.number}）", rng, size=38)
    x0, y0, x1, y1 = b[4][1]
    write(s, x0 + mm(10), y0 + mm(6), signer, rng, size=56, ink=BLACK)
    pencil = rng.random() < 0.4
    write(s, x1 - mm(62), y1 - mm(12), num_date(when), rng, size=38, ink=PENCIL if pencil else BALL,
          faint=0.55 if pencil else 1.0)
    if who.kind == "person":
        fingerprint(s, x0 + mm(52), y0 + mm(14), rng)
    if tale(c) == "elder" and to_applicant:
        fill_cell(s, b[5][1], f"{c.agent}（女儿）代母亲签收", rng, size=38)
    fill_cell(s, b[6][1], f"{c.officer}　{c.clerk}", rng)
    s.text(X0, b[-1][1][3] + mm(6), "注：受送达人拒绝签收的，送达人应在备考栏内写明情况。", printed("song_gb", 30), fill=PRINT)
    form_footer(s, "雷山县印刷厂印制")
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 卷宗封面 on buff card: printed frame, everything written with a black pen."""
    s = Sheet(paper=(232, 220, 190))
    s.centred(mm(28), COURT, font("serif_bold", 64), spacing=10)
    s.centred(mm(48), "执 行 案 卷", font("serif_bold", 110), spacing=30)
    w = X1 - X0
    rows = [["案　号", ""], ["案　由", ""], ["申请执行人", ""], ["被执行人", ""], ["承办法庭", ""], ["执行员", ""], ["书记员", ""],
            ["收案日期", ""], ["结案日期", ""], ["结案方式", ""], ["归档日期", ""], ["保管期限", ""], ["本卷页数", ""]]
    b = grid(s, X0 + mm(6), mm(84), [mm(40), w - mm(52)], rows, heights=mm(13.5), f=printed("song_gb", 40), line=3)
    vals = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, c.extra["tribunal"], c.officer, c.clerk,
            num_date(c.filed_on), num_date(c.closed_on), "执行完毕", num_date(d), "长期", f"{rng.randint(44, 60)}页"]
    for v, row in zip(vals, b, strict=True):
        fill_cell(s, row[1], v, rng, size=42, ink=BLACK)
    s.text(X0 + mm(6), mm(272), "全宗号　　　　目录号　　　　案卷号", printed("song_gb", 36))
    write(s, X0 + mm(26), mm(270), "76", rng, size=36, ink=BLACK)
    write(s, X0 + mm(62), mm(270), "2024", rng, size=36, ink=BLACK)
    write(s, X0 + mm(98), mm(270), str(rng.randint(30, 300)), rng, size=36, ink=BLACK)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=(249, 247, 240))
    y = form_head(s, "卷 内 目 录", issuer="", spread=12)
    s.text(X0, y - 30, "案号：", printed("song_gb", 36))
    write(s, X0 + mm(18), y - 38, c.number, rng, size=38)
    items = ["执行申请书", "民事判决书", "生效证明书", "财产线索", "诉讼费收据", "身份证明", "营业执照（被执行人）",
             "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书", "受理通知书", "预交执行费通知书",
             "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书及回执", "案款发放凭证",
             "结案通知书", "结案审批表", "送达回证", "送达回证", "卷宗复查表", "备考表"]
    w = X1 - X0
    rows = [["序号", "文件材料名称", "页号", "备注"], *[["", "", "", ""] for _ in items]]
    b = grid(s, X0, y + 10, [mm(16), w - mm(58), mm(22)], rows, heights=mm(8.2), f=printed("song_gb", 32))
    page = 1
    for i, (name, row) in enumerate(zip(items, b[1:], strict=True), 1):
        write(s, row[0][0] + mm(4), row[0][1] + mm(1), str(i), rng, size=32, ink=BLACK, record=False)
        write(s, row[1][0] + mm(3), row[1][1] + mm(1), name, rng, size=34, ink=BLACK)
        write(s, row[2][0] + mm(4), row[2][1] + mm(1), str(page), rng, size=32, ink=BLACK, record=False)
        page += 3 if name == "民事判决书" else 2 if name in ("执行裁定书", "执行申请书") else 1
    write(s, X0, s.height - mm(20), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36, ink=BLACK)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=(249, 247, 240))
    y = form_head(s, "执行卷宗复查表", spread=14)
    w = X1 - X0
    points = ["法律文书齐全", "送达回证齐全", "案款收付手续完备", "卷内目录与材料相符", "页码连续、装订整齐", "电子卷宗已随案生成"]
    rows = [["案号", ""], ["承办人", ""], ["复查项目", "复查情况"], *[[p, ""] for p in points], ["复查意见", ""], ["复查人", ""]]
    hs = [mm(14), mm(14), mm(13)] + [mm(15)] * len(points) + [mm(40), mm(16)]
    b = grid(s, X0, y, [mm(70), w - mm(70)], rows, heights=hs)
    fill_cell(s, b[0][1], c.number, rng)
    fill_cell(s, b[1][1], f"{c.officer}　书记员{c.clerk}", rng)
    for row in b[3:3 + len(points)]:
        fill_cell(s, row[1], "有" if rng.random() < 0.3 else "√", rng, size=40)
    fill_cell(s, b[-2][1], "经复查，卷宗材料齐全，同意归档。", rng)
    fill_cell(s, b[-1][1], f"{miao_name(rng)}　{num_date(d)}", rng)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=(249, 247, 240))
    y = form_head(s, "卷内备考表", issuer="", spread=20)
    s.box(X0, y, X1, s.height - mm(30), width=3)
    f = printed("song_gb", 38)
    s.text(X0 + mm(6), y + mm(6), "本卷情况说明", f)
    pages = rng.randint(44, 60)
    yy = write_block(s, X0 + mm(12), y + mm(20), f"本卷共有文件材料{pages - 4}件，共{pages}页。执行款已全部发放给申请执行人，"
                     "无未结事项。", rng, width=X1 - X0 - mm(24), lead=mm(11), size=44, ink=BLACK)
    write(s, X0 + mm(12), yy, "卷内无照片、光盘。", rng, size=44, ink=BLACK)
    base = s.height - mm(90)
    for k, (label, value) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(X0 + mm(88), base + k * mm(16), label, f)
        write(s, X0 + mm(118), base + k * mm(16) - 8, value, rng, size=42, ink=BLACK)
    return [s]

