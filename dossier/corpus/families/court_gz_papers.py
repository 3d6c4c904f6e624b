"""What 万州法院执行局 receives, each in its maker's hand.

- the court's criminal tribunal: the 刑事附带民事判决书 in AR PL 明体, justified to both margins, the title in GB 报宋
  drawn heavy, "·n·" folios, a 本件与原本核对无异 stamp by the date and the statutes appended; its 生效证明书;
- the prisons: 三合监狱's 服刑证明 under a red letterhead in Noto Sans, 永川监狱's ruled 在押罪犯情况证明,
  渝都监狱's numbered 复函 in 黑体;
- the victims at the 诉讼服务中心 window: its printed forms (a grey band over each title, 微米黑 labels, write-on
  lines) filled in by hand — 霞鹜文楷 for a young man's ballpoint, the son's AR PL 楷 for his old father;
- a 万州 lawyer's typed papers in Noto Serif with a boxed footer, the firm's blue letterhead, the 律师执业证 copy;
- ID cards copied front over back, a 常住人口登记卡 copy, the 重庆市非税收入 receipt in brown ink;
- the families: a settlement written out on green 稿纸, a wife's note on a torn exercise-book leaf, the court's
  pink carbon 执行款收据 and the 领款凭证."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from PIL import ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_gz_kit import (
    BALL,
    BLACK_PEN,
    COURT,
    Flow,
    box_stamp,
    checkbox,
    label_font,
    number_pages,
    qr,
    ruled,
    scrawl,
    scrawl_lines,
    thumbprint,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "identity_proof", "property_clue_form",
    "fee_receipt", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "settlement_agreement", "payment_voucher", "evidence",
})
TRIBUNAL_SEAL = "重庆市万州区人民法院刑事审判庭"
BROWN = (150, 72, 46)
FIRM_BLUE = (28, 62, 130)
CARBON = (70, 60, 150)


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _hand_role(c: CaseCtx) -> str:
    """Whose hand fills the applicant's forms: the young diner's 文楷 ballpoint, the son's 楷, the lawyer's."""
    return {"fish": "wenkai", "porter": "kai", "fraud": "kai_gb"}[_tale(c)]


def basis_name(c: CaseCtx) -> str:
    return f"本院{c.basis_number}刑事附带民事判决"


def prison_line(c: CaseCtx) -> str:
    return f"现在{c.extra['prison']}{c.extra['ward']}服刑"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str], d: date) -> list[Sheet]:
    if code == "enforcement_basis":
        return _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "evidence":
        return {"fish": _sanhe, "fraud": _yongchuan, "porter": _yudu}[_tale(c)](c, rng, d)
    if code == "enforcement_application":
        return _lawyer_application(c, rng, d) if _tale(c) == "fraud" else _window_application(c, rng, d)
    if code == "identity_proof":
        if "respondent" in served:
            return _hukou_card(c, rng) if _tale(c) == "fraud" else _id_copy(c.respondent, rng, prison=c.extra["prison"])
        return _id_copy(c.applicant, rng, prison="")
    if code == "property_clue_form":
        return _clue_form(c, rng, d)
    if code == "fee_receipt":
        return _fee_ticket(c, rng)
    if code == "power_of_attorney":
        return _lawyer_attorney(c, rng, d) if _tale(c) == "fraud" else _son_attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code in ("payment_account_confirmation", "service_address_confirmation"):
        return _window_confirmation(code, c, rng, d)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "settlement_agreement":
        return _manuscript_settlement(c, rng, d)
    if code == "payment_voucher":
        return _vouchers(c, rng, d)
    raise KeyError(code)


# ---- the criminal tribunal -------------------------------------------------------------------------------------

def _heavy(s: Sheet, y: float, text: str, f: Font, *, spacing: float) -> None:
    """A centred title drawn heavy (a stroke round the 报宋 letters), recorded once."""
    w = sum(f.getlength(ch) for ch in text) + spacing * (len(text) - 1)
    x = (s.width - w) / 2
    d = ImageDraw.Draw(s.image)
    for ch in text:
        d.text((x, y), ch, font=f, fill=INK, stroke_width=1, stroke_fill=INK)
        x += f.getlength(ch) + spacing
    s.lines.append(text)


class _Justified:
    """The tribunal's typesetter: paragraphs set flush to both margins, "·n·" folios."""

    def __init__(self, left: float, right: float, top: float, foot: float) -> None:
        self.sheets = [Sheet()]
        self.left, self.right, self.top, self.foot = left, right, top, foot
        self.y = top

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, lead: float, *, indent: float = 0.0, hang: float = 0.0) -> None:
        measure = self.s.width - self.left - self.right
        parts = wrap(text, f, measure - hang, indent=indent - hang if indent else 0.0)
        for k, part in enumerate(parts):
            self.room(lead)
            x = self.left + (indent if k == 0 else hang)
            room = self.s.width - self.right - x
            if k == len(parts) - 1 or len(part) < 2:
                self.s.text(x, self.y, part, f)
            else:
                gap = (room - text_width(part, f)) / (len(part) - 1)
                self.s.text(x, self.y, part, f, spacing=max(0.0, min(gap, f.size * 0.5)))
            self.y += lead

    def folios(self) -> list[Sheet]:
        n = len(self.sheets)
        if n > 1:
            for i, s in enumerate(self.sheets, 1):
                s.centred(s.height - mm(14), f"·{i}·", font("ming", 32))
                if i > 1:
                    s.page_of = (i, n)
        return self.sheets


def _article(day: date) -> str:
    """迟延履行利息: art. 260 of the 2021 text, art. 264 of the 2023 text (in force 2024-01-01)."""
    return "第二百六十条" if day < date(2024, 1, 1) else "第二百六十四条"


def _person(p: Party, *, extra: str = "") -> str:
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，{extra}住{p.address}"


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = _tale(c)
    judged: date = c.extra["judged_on"]
    incident: date = c.extra["incident"]
    held = incident + timedelta(days=1)
    arrested = held + timedelta(days=rng.randint(28, 36))
    months = {"fish": 20, "fraud": 54, "porter": 12}[t]
    end = date(held.year + (held.month - 1 + months) // 12, (held.month - 1 + months) % 12 + 1, min(held.day, 28)) - timedelta(days=1)
    heads: Sequence[tuple[str, int]] = c.extra["heads"]
    total = c.amount
    cents = total - sum(v for _, v in heads)
    listing = "、".join(f"{name}{v + (cents if k == 0 else 0):,.2f}元" for k, (name, v) in enumerate(heads))
    crime = str(c.extra["crime"])
    defender = f"{person_name(rng)}，重庆{rng.choice(['三峡', '万州天城', '平湖'])}律师事务所律师"
    if t == "fish":
        facts = (f"{num_date(incident)}晚22时许，被告人{r.name}与朋友在{c.extra['place']}吃烤鱼饮酒，因邻桌的{a.name}让其小声说话"
                 f"发生口角，{r.name}持啤酒瓶击打{a.name}头面部，并用塑料凳砸其背部，致{a.name}鼻骨骨折、左眼眶内侧壁骨折。"
                 "经重庆市公安局万州区分局物证鉴定室鉴定，被害人的损伤程度为轻伤一级。案发后，被告人在现场等候民警到来，"
                 "到案后如实供述了自己的罪行。")
        reason = "故意伤害他人身体，致一人轻伤，其行为已构成故意伤害罪"
        law = "《中华人民共和国刑法》第二百三十四条第一款、第六十七条第一款"
        sentence = "有期徒刑一年八个月"
        bench = [("审　判　长", person_name(rng)), ("人民陪审员", person_name(rng)), ("人民陪审员", person_name(rng))]
        proc = "依法组成合议庭，公开开庭进行了合并审理"
    elif t == "porter":
        facts = (f"{num_date(incident)}上午，被害人{a.name}在{c.extra['place']}为他人搬运货物时，不慎将被告人{r.name}帮工的"
                 f"批发门市的一箱货物摔落。双方为赔偿发生争执，{r.name}拳击{a.name}面部，并将其推倒后脚踢其胸部，致{a.name}"
                 "左侧第五、六肋骨骨折。经鉴定，被害人的损伤程度为轻伤二级。")
        reason = "故意伤害他人身体，致一人轻伤，其行为已构成故意伤害罪。被害人年逾六旬，被告人对其施暴，情节恶劣，酌情从重处罚"
        law = "《中华人民共和国刑法》第二百三十四条第一款、第六十七条第三款"
        sentence = "有期徒刑一年"
        bench = [("审　判　员", person_name(rng))]
        proc = "依法适用简易程序，由审判员独任审判，公开开庭进行了合并审理"
    else:
        facts = (f"2022年8月至{num_date(incident)}，被告人{r.name}谎称其有亲戚在{c.extra['job']}担任领导，能够为被害人{a.name}之子"
                 f"安排正式工作，先后以“打点关系”“体检政审”“入职押金”等名义，骗取{a.name}通过银行转账、微信转账共计"
                 f"{total:,.2f}元，所得款项被其用于偿还网络贷款及赌博挥霍。")
        reason = "以非法占有为目的，虚构事实，骗取他人财物，数额巨大，其行为已构成诈骗罪"
        law = "《中华人民共和国刑法》第二百六十六条、第五十二条、第五十三条、第六十四条、第六十七条第三款"
        sentence = "有期徒刑四年六个月，并处罚金人民币三万元（罚金于判决生效后三十日内缴纳）"
        bench = [("审　判　长", person_name(rng)), ("审　判　员", person_name(rng)), ("人民陪审员", person_name(rng))]
        proc = "依法组成合议庭，公开开庭进行了合并审理"
    paras: list[tuple[str, str]] = [
        ("h", "公诉机关重庆市万州区人民检察院。"),
        ("h", f"附带民事诉讼原告人（被害人）{_person(a)}。"),
    ]
    if t == "porter":
        paras.append(("h", f"委托诉讼代理人{c.agent}，男，系附带民事诉讼原告人之子。"))
    paras += [
        ("h", f"被告人{_person(r, extra='初中文化，无业，')}。因涉嫌犯{crime}于{num_date(held)}被重庆市公安局万州区分局刑事拘留，"
              f"同年{arrested.month}月{arrested.day}日经重庆市万州区人民检察院批准，由重庆市公安局万州区分局执行逮捕。"
              "现羁押于重庆市万州区看守所。"),
        ("h", f"辩护人{defender}。"),
        ("p", f"重庆市万州区人民检察院以{c.extra['prosecution']}起诉书指控被告人{r.name}犯{crime}，于"
              f"{num_date(judged - timedelta(days=rng.randint(50, 80)))}向本院提起公诉。在诉讼过程中，附带民事诉讼原告人{a.name}"
              f"向本院提起附带民事诉讼。本院受理后，{proc}。重庆市万州区人民检察院指派检察员{person_name(rng)}出庭支持公诉，"
              f"附带民事诉讼原告人{a.name}{'及其委托诉讼代理人' + c.agent if t == 'porter' else ''}、被告人{r.name}及其辩护人"
              "到庭参加诉讼。现已审理终结。"),
        ("p", f"公诉机关指控：{facts}公诉机关认为，被告人{r.name}的行为已构成{crime}，提请本院依法判处。"),
        ("p", f"附带民事诉讼原告人{a.name}诉称：被告人的犯罪行为给其造成了经济损失，请求判令被告人赔偿{listing}，"
              f"共计{total:,.2f}元。"),
        ("p", f"被告人{r.name}对公诉机关指控的犯罪事实和罪名均无异议，表示认罪认罚，愿意赔偿，但称家庭经济困难，无力一次性赔偿。"),
        ("p", f"经审理查明：{facts}上述事实，有受案登记表、被害人陈述、证人证言、鉴定意见、现场勘验笔录、被告人的供述和辩解"
              "等证据证实，足以认定。"),
        ("p", f"本院认为，被告人{r.name}{reason}。公诉机关指控的罪名成立。被告人到案后如实供述自己的罪行，依法可以从轻处罚。"
              f"被告人的犯罪行为给附带民事诉讼原告人造成的物质损失，依法应当赔偿。经审核，附带民事诉讼原告人的合理损失为"
              f"{listing}，共计{total:,.2f}元，本院予以支持。依照{law}，《中华人民共和国民法典》第一千一百六十五条、"
              "第一千一百七十九条，《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》第一百七十五条、第一百九十二条"
              "之规定，判决如下："),
        ("p", f"一、被告人{r.name}犯{crime}，判处{sentence}。（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵"
              f"刑期一日，即自{num_date(held)}起至{num_date(end)}止。）"),
        ("p", f"二、被告人{r.name}于本判决生效后十日内赔偿附带民事诉讼原告人{a.name}{listing}，共计{total:,.2f}元。"),
        ("p", f"如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》{_article(judged)}之规定，"
              "加倍支付迟延履行期间的债务利息。"),
        ("p", "如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向重庆市第二中级人民法院提出上诉。书面上诉的，"
              "应当提交上诉状正本一份，副本二份。"),
    ]
    run = _Justified(mm(28), mm(26), mm(30), mm(26))
    s = run.s
    s.centred(mm(30), COURT, font("song_gb", 54), spacing=8)
    _heavy(s, mm(30) + 90, "刑事附带民事判决书", font("song_gb", 76), spacing=10)
    s.right(s.width - mm(26), mm(30) + 210, c.basis_number, font("ming", 40))
    run.y = mm(30) + 290
    f = font("ming", 41)
    for kind, text in paras:
        if kind == "h":
            run.para(text, f, 72)
        else:
            run.para(text, f, 72, indent=f.size * 2)
    run.room(80 * len(bench) + 330)
    last = run.s
    y = run.y + 60
    x = last.width - mm(26) - mm(82)
    for role, name in bench:
        last.text(x, y, role, f)
        last.text(x + mm(44), y, name, f)
        y += 78
    when = cn_date(judged)
    last.text(x + mm(6), y + 20, when, f)
    seal(last, x + mm(6) + text_width(when, f) / 2, y + 30, COURT, rng, radius=mm(20.5))
    fs = font("kai", 30)
    sw = text_width("本件与原本核对无异", fs) + 28
    sx, sy = mm(30), y + 10
    last.box(sx, sy, sx + sw, sy + 54, width=3, outline=(190, 40, 48))
    last.text(sx + 14, sy + 11, "本件与原本核对无异", fs, fill=(190, 40, 48))
    last.text(x, y + 110, "书　记　员", f)
    last.text(x + mm(44), y + 110, person_name(rng), f)
    run.y = y + 200
    law_text = {"fish": "《中华人民共和国刑法》第二百三十四条第一款　故意伤害他人身体的，处三年以下有期徒刑、拘役或者管制。",
                "porter": "《中华人民共和国刑法》第二百三十四条第一款　故意伤害他人身体的，处三年以下有期徒刑、拘役或者管制。",
                "fraud": "《中华人民共和国刑法》第二百六十六条　诈骗公私财物，数额较大的，处三年以下有期徒刑、拘役或者管制，"
                         "并处或者单处罚金；数额巨大或者有其他严重情节的，处三年以上十年以下有期徒刑，并处罚金……"}[t]
    run.room(260)
    run.para("附：本判决适用的相关法律条文", font("ming", 36), 60)
    run.para(law_text, font("ming", 34), 58, indent=68)
    return run.folios()


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(34), COURT, font("song_gb", 52), spacing=8)
    _heavy(s, mm(34) + 90, "生效证明书", font("song_gb", 76), spacing=40)
    s.right(s.width - mm(26), mm(34) + 210, c.basis_number.replace("号", "号之一"), font("ming", 40))
    run = _Justified(mm(28), mm(26), mm(30), mm(26))
    run.sheets = [s]
    run.y = mm(34) + 300
    f = font("ming", 42)
    served = c.extra["judged_on"] + timedelta(days=rng.randint(2, 4))
    run.para(f"{c.applicant.name}：", f, 76)
    run.para(f"本院审理的重庆市万州区人民检察院指控被告人{c.respondent.name}犯{c.extra['crime']}，附带民事诉讼原告人"
             f"{c.applicant.name}提起附带民事诉讼一案，本院于{cn_date(c.extra['judged_on'])}作出{c.basis_number}刑事附带民事判决，"
             f"已于{cn_date(served)}送达各方当事人。在法定上诉、抗诉期限内，被告人、附带民事诉讼原告人均未提出上诉，公诉机关"
             f"亦未提出抗诉。该判决已于{cn_date(c.basis_effective)}发生法律效力。", f, 76, indent=84)
    run.para("特此证明。", f, 76, indent=84)
    y = run.y + 100
    x = s.width - mm(110)
    s.text(x, y, "刑事审判庭", f, spacing=8)
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(6, 20)))
    s.text(x - mm(6), y + 84, when, f)
    seal(s, x + mm(22), y + 40, TRIBUNAL_SEAL, rng, radius=mm(21))
    s.text(mm(28), s.height - mm(40), f"经办人：{person_name(rng)}　　联系电话：023-5822{rng.randint(1000, 9999)}", font("ming", 32))
    return [s]


# ---- the prisons ---------------------------------------------------------------------------------------------

def _term(c: CaseCtx) -> tuple[date, date]:
    held = c.extra["incident"] + timedelta(days=1)
    months = {"fish": 20, "fraud": 54, "porter": 12}[_tale(c)]
    end = date(held.year + (held.month - 1 + months) // 12, (held.month - 1 + months) % 12 + 1, min(held.day, 28)) - timedelta(days=1)
    return held, end


def _sanhe(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """三合监狱's 服刑证明: red letterhead and rule, Noto Sans body, the 狱政管理科 contact line."""
    r = c.respondent
    s = Sheet()
    red = (200, 32, 40)
    s.centred(mm(26), "重庆市三合监狱", font("sans_bold", 86), fill=red, spacing=24)
    s.line(mm(20), mm(50), s.width - mm(20), mm(50), width=7, fill=red)
    s.right(s.width - mm(24), mm(56), f"渝三合监证〔{d.year}〕{rng.randint(30, 480)}号", font("sans", 36))
    s.centred(mm(76), "罪犯服刑证明", font("sans_bold", 68), spacing=14)
    held, end = _term(c)
    arrived = c.basis_effective + timedelta(days=rng.randint(12, 30))
    f = font("sans", 40)
    y = mm(100)
    s.text(mm(26), y, f"{COURT}：", f)
    y += 76
    body = (f"兹证明{r.name}，{r.sex}，{num_date(r.born or date(1990, 1, 1))}出生，公民身份号码{r.id_number}，因犯"
            f"{c.extra['crime']}，经{COURT}以{c.basis_number}刑事附带民事判决判处{c.extra['term']}，刑期自{num_date(held)}起至"
            f"{num_date(end)}止。该犯于{num_date(arrived)}交付我狱执行刑罚，现在我狱{c.extra['ward']}服刑，罪犯编号"
            f"{c.extra['prisoner_no']}。")
    for part in wrap(body, f, s.width - mm(52), indent=80):
        s.text(mm(26) + (80 if y == mm(100) + 76 else 0), y, part, f)
        y += 74
    s.text(mm(26) + 80, y, "特此证明。", f)
    y += 160
    when = num_date(d)
    s.right(s.width - mm(34), y, when, f)
    seal(s, s.width - mm(60), y + 10, "重庆市三合监狱", rng, radius=mm(21))
    s.text(mm(26), s.height - mm(36), f"联系人：狱政管理科　{person_name(rng)}　电话：023-5845{rng.randint(1000, 9999)}", font("sans", 32))
    return [s]


def _yongchuan(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """永川监狱's ruled 在押罪犯情况证明, its 狱政管理科 seal; the account balance written in by hand."""
    r = c.respondent
    s = Sheet()
    s.centred(mm(28), "重庆市永川监狱", font("serif_bold", 56), spacing=8)
    s.centred(mm(44), "在押罪犯情况证明", font("serif_bold", 72), spacing=10)
    s.right(s.width - mm(22), mm(62), f"永监狱政〔{d.year}〕第{rng.randint(10, 200)}号", font("serif", 34))
    held, end = _term(c)
    rows = [["姓　　名", r.name, "性　别", r.sex], ["出生日期", num_date(r.born or date(1990, 1, 1)), "民　族", "汉"],
            ["公民身份号码", r.id_number], ["罪　　名", c.extra["crime"], "罪犯编号", c.extra["prisoner_no"]],
            ["原判法院", f"{COURT}（{c.basis_number}）"], ["刑　　期", c.extra["term"]],
            ["刑期起止", f"{num_date(held)}至{num_date(end)}"], ["入监日期", num_date(c.basis_effective + timedelta(days=21))],
            ["所在监区", c.extra["ward"]], ["个人账户余额", ""], ["备　　注", "该犯服刑期间表现一般，每月劳动报酬用于购买日常生活用品。"]]
    w = s.width - mm(44)
    cells = ruled(s, mm(22), mm(74), [mm(40), mm(64), mm(28), w - mm(132)], rows, font("serif", 34),
                  heights=[mm(14)] * 10 + [mm(26)], labels=(0, 2), frame=3)
    scrawl(s, cells[9][1][0] + mm(6), cells[9][1][1] + mm(2), f"{rng.randint(12, 96)}.{rng.randint(10, 99)}元（截至{d.month}月{d.day}日）",
           rng, size=38, role="kai_gb", ink=BLACK_PEN)
    y = cells[-1][0][3] + mm(14)
    f = font("serif", 40)
    s.text(mm(30), y, "经核查，上述罪犯现在我狱服刑。特此证明。", f)
    y += mm(34)
    s.right(s.width - mm(34), y, num_date(d), f)
    seal(s, s.width - mm(62), y + 10, "重庆市永川监狱狱政管理科", rng, radius=mm(20))
    return [s]


def _yudu(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """渝都监狱's 复函 to the court's enquiry, typed in 黑体 with numbered points."""
    r = c.respondent
    s = Sheet()
    s.text(mm(24), mm(24), "重庆市渝都监狱", font("hei", 60), spacing=6)
    s.text(mm(24), mm(38), "CHONGQING YUDU PRISON", font("sans", 26), spacing=4)
    s.line(mm(24), mm(45), s.width - mm(24), mm(45), width=3)
    s.centred(mm(58), f"关于罪犯{r.name}服刑情况的复函", font("hei", 56))
    s.centred(mm(72), f"渝都监函〔{d.year}〕{rng.randint(8, 120)}号", font("hei", 34))
    f = font("hei", 38)
    y = mm(88)
    s.text(mm(24), y, f"{COURT}执行局：", f)
    y += 70
    held, end = _term(c)
    paras = [
        f"你院{c.number}协助调查函收悉。经查，现将罪犯{r.name}的情况函复如下：",
        f"一、{r.name}，{r.sex}，公民身份号码{r.id_number}，因犯{c.extra['crime']}被你院判处{c.extra['term']}，"
        f"刑期自{num_date(held)}起至{num_date(end)}止，罪犯编号{c.extra['prisoner_no']}，现在我狱{c.extra['ward']}服刑。",
        "二、该犯在我狱个人账户余额较少，仅够日常生活开支；其家属可通过我狱指定账户汇款。",
        "三、你院如需提见该犯进行询问，请提前与我狱狱政管理科联系，持工作证件及介绍信办理。",
        "特此函复。",
    ]
    for p in paras:
        for k, part in enumerate(wrap(p, f, s.width - mm(48), indent=76)):
            s.text(mm(24) + (76 if k == 0 else 0), y, part, f)
            y += 68
    y += 120
    s.right(s.width - mm(36), y, "重庆市渝都监狱", f)
    s.right(s.width - mm(36), y + 72, num_date(d), f)
    seal(s, s.width - mm(66), y + 40, "重庆市渝都监狱", rng, radius=mm(21))
    s.text(mm(24), s.height - mm(30), f"（联系人：{person_name(rng)}，狱政管理科，电话023-4978{rng.randint(1000, 9999)}）", font("hei", 30))
    return [s]


# ---- the filing window's forms ---------------------------------------------------------------------------------

def _window_head(s: Sheet, title: str, form_no: str) -> float:
    s.text(mm(20), mm(14), f"重庆市万州区人民法院诉讼服务中心　　　　表{form_no}", label_font(26))
    s.draw.rectangle((mm(20), mm(24), s.width - mm(20), mm(44)), fill=(222, 222, 222))
    s.centred(mm(26.5), title, font("hei", 64), spacing=12)
    return mm(54)


def _write_on(s: Sheet, x: float, y: float, label: str, value: str, rng: random.Random, *, width: float,
              role: str, f: Font, ink: tuple[int, int, int] = BALL, size: int = 42) -> float:
    """A printed label and an underlined blank, the value written on the line. Returns the y of the next line."""
    s.text(x, y, label, f)
    lx = x + text_width(label, f) + 8
    room = int((x + width - lx) / (size * 0.95))
    chunks = [value[i:i + room] for i in range(0, len(value), room)] or [""]
    for k, part in enumerate(chunks):
        x0 = lx if k == 0 else x
        s.line(x0, y + f.size + 8, x + width, y + f.size + 8, width=1)
        if part:
            scrawl(s, x0 + 10, y - 12, part, rng, size=size, role=role, ink=ink)
        y += 70
    return y


def _window_application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's 申请执行书 (当事人填写): printed labels on write-on lines, boxes to tick, the facts in the
    applicant's own hand (the son writes for his father and signs as agent)."""
    a, r = c.applicant, c.respondent
    role = _hand_role(c)
    s = Sheet()
    y = _window_head(s, "强制执行申请书", "Z-01")
    f = label_font(34)
    x, w = mm(20), s.width - mm(40)
    s.text(x, y, "（本表由申请执行人或其代理人用黑色、蓝色钢笔或签字笔填写）", font("serif", 28))
    y += 56
    s.text(x, y, "申请执行人", font("hei", 38))
    y += 62
    y = _write_on(s, x, y, "姓名：", f"{a.name}　　性别：{a.sex}　　民族：汉", rng, width=w, role=role, f=f)
    y = _write_on(s, x, y, "公民身份号码：", a.id_number, rng, width=w, role=role, f=f)
    y = _write_on(s, x, y, "住址：", a.address, rng, width=w, role=role, f=f)
    y = _write_on(s, x, y, "联系电话：", a.phone, rng, width=w, role=role, f=f)
    if _tale(c) == "porter":
        y = _write_on(s, x, y, "代理人（姓名、关系）：", f"{c.agent}　儿子　{c.agent_phone}", rng, width=w, role=role, f=f)
    s.text(x, y, "被执行人", font("hei", 38))
    y += 62
    y = _write_on(s, x, y, "姓名：", f"{r.name}　　性别：男", rng, width=w, role=role, f=f)
    y = _write_on(s, x, y, "身份证号码或住址：", f"{c.extra['prison']}服刑（家住{r.address[3:]}）", rng, width=w, role=role,
                  f=f)
    y = _write_on(s, x, y, "执行依据：", f"万州区法院{c.basis_number}刑事附带民事判决书", rng, width=w, role=role, f=f)
    y = _write_on(s, x, y, "申请执行标的：", f"赔偿款{c.amount:,.2f}元及迟延履行利息", rng, width=w, role=role, f=f)
    s.text(x, y, "请求事项（在□内打√）：", f)
    y += 58
    checkbox(s, x + mm(6), y, "申请对被执行人采取限制消费措施", f, rng, ticked=True)
    y += 58
    checkbox(s, x + mm(6), y, "申请将符合条件的被执行人纳入失信被执行人名单", f, rng, ticked=True)
    y += 58
    checkbox(s, x + mm(6), y, "同意通过电子方式送达法律文书", f, rng, ticked=rng.random() < 0.5)
    y += 70
    s.text(x, y, "事实与理由：", f)
    y += 60
    why = ({"fish": f"{r.name}打伤我，法院判他赔我{c.amount:,.0f}元，判决生效后一分钱没赔，他现在在坐牢，请法院强制执行。",
            "porter": f"我父亲在二马路背货被{r.name}打断肋骨，法院判赔，判决生效后对方没有赔，特申请强制执行。"})[_tale(c)]
    for k in range(0, len(why), 24):
        s.line(x, y + 58, x + w, y + 58, width=1)
        scrawl(s, x + 10, y, why[k:k + 24], rng, size=42, role=role)
        y += 70
    y += 30
    s.text(x + w - mm(112), y, "申请人（签名并捺印）：", f)
    signer = a.name if _tale(c) == "fish" else f"{c.agent}（代）"
    scrawl(s, x + w - mm(40), y - 14, signer, rng, size=52, role=role)
    thumbprint(s, x + w - mm(12), y - 20, rng)
    scrawl(s, x + w - mm(82), y + 70, f"{d.year}年{d.month}月{d.day}日", rng, size=42, role=role)
    return [s]


def _clue_form(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = _window_head(s, "被执行人财产线索表", "Z-03")
    w = s.width - mm(40)
    if _tale(c) == "fish":
        clue = (f"不清楚他的财产，他在{c.extra['prison']}坐牢。他父亲{c.extra['father']}在{c.extra['father_town']}种橙子，"
                "说愿意帮他赔一点。")
    elif _tale(c) == "fraud":
        clue = f"1.白色小轿车一辆（渝F牌照），案发前还在开；2.邮储银行卡一张；3.其妻{c.extra['wife']}在万达广场打工。"
    else:
        clue = f"他在二马路批发市场帮他幺爸下货，有工钱，农商行有卡（尾号{c.extra['r_acct'][-4:]}）。"
    rows = [["被执行人", c.respondent.name], ["身份证号", c.respondent.id_number], ["现在何处", f"{c.extra['prison']}（服刑）"],
            ["银行账户", ""], ["房产、车辆", ""], ["其他财产线索", ""], ["线索来源", ""]]
    cells = ruled(s, mm(20), y + 20, [mm(44), w - mm(44)], [[label, ""] for label, _ in rows], label_font(36),
                  heights=[mm(16), mm(16), mm(16), mm(18), mm(18), mm(46), mm(16)], frame=3)
    role = _hand_role(c)
    ink = BALL if _tale(c) != "fraud" else BLACK_PEN
    values = [rows[0][1], rows[1][1], rows[2][1],
              "邮储银行" if _tale(c) == "fraud" else ("农商行" if _tale(c) == "porter" else "不清楚"),
              "小轿车一辆（已查询）" if _tale(c) == "fraud" else "没有", clue,
              "本人掌握" if _tale(c) == "fish" else ("申请人提供" if _tale(c) == "fraud" else "听人说的")]
    for row, value in zip(cells, values, strict=True):
        box = row[1]
        scrawl_lines(s, box[0] + mm(4), box[1] + mm(3), value, rng, per_line=23, lead=mm(8.5), size=40, role=role, ink=ink)
    y = cells[-1][1][3] + 50
    s.text(mm(20), y, "申请执行人应如实提供线索；提供虚假线索的，依法承担相应责任。", font("serif", 30))
    y += 90
    s.text(s.width - mm(130), y, "填表人：", label_font(36))
    scrawl(s, s.width - mm(100), y - 12, c.agent if _tale(c) != "fish" else c.applicant.name, rng, size=50, role=role, ink=ink)
    scrawl(s, s.width - mm(100), y + 66, f"{d.year}.{d.month}.{d.day}", rng, size=42, role=role, ink=ink)
    return [s]


def _window_confirmation(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    role = _hand_role(c)
    ink = BALL if _tale(c) != "fraud" else BLACK_PEN
    signer = {"fish": a.name, "porter": c.agent, "fraud": c.agent}[_tale(c)]
    if code == "payment_account_confirmation":
        y = _window_head(s, "执行案款收款账户确认书", "Z-07")
        rows = [("案　号", c.number), ("收款人", a.name), ("开户银行", c.extra["in_bank"]), ("银行账号", c.extra["in_acct"]),
                ("身份证号", a.id_number), ("联系电话", a.phone if _tale(c) == "fish" else c.agent_phone)]
        note = ("本人确认以上账户为接收本案执行款的账户。执行款汇入该账户即视为本人已收到；因账户信息有误造成的损失，"
                "由本人自行承担。")
    else:
        y = _window_head(s, "送达地址确认书", "Z-05")
        addr = a.address if _tale(c) != "fraud" else f"{c.firm}（{c.extra['firm_addr']}）"
        rows = [("案　号", c.number), ("受送达人", a.name), ("送达地址", addr),
                ("代收人", "本人" if _tale(c) == "fish" else c.agent),
                ("手机号码", a.phone if _tale(c) == "fish" else c.agent_phone),
                ("电子送达", "同意，短信、微信均可" if _tale(c) != "porter" else "不同意，邮寄到家")]
        note = ("告知：1.受送达人应当如实提供送达地址；2.送达地址变更的，应当及时书面告知本院；3.因提供或确认的送达地址不准确，"
                "或者变更后未及时告知，导致法律文书未能被实际接收的，文书退回之日视为送达之日。")
    w = s.width - mm(40)
    cells = ruled(s, mm(20), y + 20, [mm(42), w - mm(42)], [[label, ""] for label, _ in rows], label_font(36),
                  heights=[mm(22) if len(v) > 20 else mm(16) for _, v in rows], frame=3)
    for row, (_label, value) in zip(cells, rows, strict=True):
        box = row[1]
        scrawl_lines(s, box[0] + mm(4), box[1] + mm(3), value, rng, per_line=23, lead=mm(8), size=40, role=role, ink=ink)
    y = cells[-1][1][3] + 40
    for k, part in enumerate(wrap(note, font("serif", 32), w, indent=64)):
        s.text(mm(20) + (64 if k == 0 else 0), y, part, font("serif", 32))
        y += 54
    y += 70
    s.text(s.width - mm(136), y, "确认人（签名）：", label_font(36))
    scrawl(s, s.width - mm(80), y - 12, signer, rng, size=52, role=role, ink=ink)
    scrawl(s, s.width - mm(96), y + 70, f"{d.year}年{d.month}月{d.day}日", rng, size=42, role=role, ink=ink)
    return [s]


def _son_attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's 授权委托书 form for a citizen agent: the porter presses his thumb beside the name his son wrote."""
    a = c.applicant
    s = Sheet()
    y = _window_head(s, "授权委托书（公民代理）", "Z-04")
    f = label_font(34)
    x, w = mm(20), s.width - mm(40)
    y += 20
    y = _write_on(s, x, y, "委托人：", f"{a.name}　男　{a.born.year if a.born else ''}年生", rng, width=w, role="kai", f=f)
    y = _write_on(s, x, y, "身份证号：", a.id_number, rng, width=w, role="kai", f=f)
    y = _write_on(s, x, y, "受托人：", f"{c.agent}　男　与委托人关系：父子", rng, width=w, role="kai", f=f)
    y = _write_on(s, x, y, "受托人身份证号：", str(c.extra["agent_id"]), rng, width=w, role="kai", f=f)
    y = _write_on(s, x, y, "联系电话：", c.agent_phone, rng, width=w, role="kai", f=f)
    y += 20
    body = (f"现委托上列受托人在委托人申请执行{c.respondent.name}损害赔偿（{c.basis_number}刑事附带民事判决）一案中，作为委托人的"
            "代理人。代理权限：")
    for k, part in enumerate(wrap(body, font("serif", 38), w, indent=76)):
        s.text(x + (76 if k == 0 else 0), y, part, font("serif", 38))
        y += 66
    checkbox(s, x + mm(6), y, "一般代理", f, rng, ticked=False)
    checkbox(s, x + mm(60), y, "特别授权（代为申请执行、和解、领取执行款、签收法律文书）", f, rng, ticked=True)
    y += 120
    s.text(x, y, "委托人（签名、捺印）：", f)
    scrawl(s, x + mm(70), y - 14, a.name, rng, size=52, role="kai", ink=BALL)
    thumbprint(s, x + mm(98), y - 22, rng)
    s.text(x + w / 2 + mm(10), y, "受托人（签名）：", f)
    scrawl(s, x + w / 2 + mm(56), y - 14, c.agent, rng, size=52, role="kai", ink=BALL)
    y += 90
    scrawl(s, x + w - mm(70), y, f"{d.year}年{d.month}月{d.day}日", rng, size=42, role="kai", ink=BALL)
    y += 100
    s.text(x, y, "注：公民代理的，应当提交受托人身份证及与委托人关系的证明（户口簿、结婚证或社区证明）。", font("serif", 28))
    return [s]


# ---- the lawyer ------------------------------------------------------------------------------------------------

def _firm_footer(s: Sheet, c: CaseCtx) -> None:
    y = s.height - mm(22)
    s.line(mm(24), y - 14, s.width - mm(24), y - 14, width=2, fill=FIRM_BLUE)
    s.text(mm(24), y, f"{c.firm}　地址：{c.extra['firm_addr']}　承办律师：{c.agent}　{c.agent_phone}", font("serif", 26),
           fill=FIRM_BLUE)


def _typed(s: Sheet, blocks: Sequence[tuple[str, str]], y: float, f: Font, *, lead: float = 76) -> float:
    x0, measure = mm(26), s.width - mm(52)
    for kind, text in blocks:
        indent = f.size * 2 if kind == "p" else 0.0
        for k, part in enumerate(wrap(text, f, measure, indent=indent)):
            s.text(x0 + (indent if k == 0 else 0), y, part, f)
            y += lead
    return y


def _lawyer_application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(28), "强制执行申请书", font("sans_bold", 70), spacing=8)
    f = font("serif", 40)
    run = Flow([s], mm(50), left=mm(26), right=mm(26), top=mm(28), foot=mm(36))
    for kind, text in [
        ("t", f"申请执行人：{_person(a)}，公民身份号码{a.id_number}，联系电话{a.phone}。"),
        ("t", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("t", f"被执行人：{_person(r)}，公民身份号码{r.id_number}，{prison_line(c)}。"),
        ("h", "请求事项："),
        ("p", f"一、依法强制执行{basis_name(c)}第二项，责令被执行人赔偿申请执行人经济损失{money(c.amount)}；"),
        ("p", "二、被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "三、对被执行人采取限制消费措施，并将其纳入失信被执行人名单；"),
        ("p", "四、本案执行费用由被执行人负担。"),
        ("h", "事实与理由："),
        ("p", f"被执行人{r.name}以介绍工作为名骗取申请执行人钱款，{COURT}于{cn_date(c.extra['judged_on'])}作出{c.basis_number}"
              f"刑事附带民事判决，判令被执行人赔偿申请执行人经济损失{c.amount:,.2f}元。该判决已于{cn_date(c.basis_effective)}"
              "发生法律效力，被执行人至今分文未付。被执行人虽在监狱服刑，仍应以其财产承担赔偿责任。为此，根据"
              "《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
        ("t", "此致"), ("t", COURT),
    ]:
        run.para(text, f, lead=70, indent=f.size * 2 if kind == "p" else 0.0)
    run.room(300)
    last, y = run.s, run.y + 40
    last.text(last.width - mm(120), y, "申请执行人：", f)
    scrawl(last, last.width - mm(70), y - 12, a.name, rng, size=54, role="kai", ink=BLACK_PEN)
    last.text(last.width - mm(120), y + 80, "委托代理人：", f)
    scrawl(last, last.width - mm(70), y + 68, c.agent, rng, size=54, role="kai", ink=BLACK_PEN)
    last.right(last.width - mm(30), y + 170, num_date(d), f)
    for sheet in run.sheets:
        _firm_footer(sheet, c)
    return number_pages(run.sheets, font("serif", 28))


def _lawyer_attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(mm(28), "授权委托书", font("sans_bold", 72), spacing=26)
    f = font("serif", 41)
    y = _typed(s, [
        ("t", f"委托人：{_person(a)}，公民身份号码{a.id_number}。"),
        ("t", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}。"),
        ("p", f"委托人因与{c.respondent.name}诈骗退赔（{c.basis_number}刑事附带民事判决）执行一案，特委托上列受托人作为"
              "委托人的代理人。"),
        ("p", "代理权限为特别授权：代为申请强制执行，提供财产线索，申请采取查封、冻结、扣划等执行措施，代为参加执行谈话，"
              "代为进行执行和解，代为签收法律文书，代为领取执行款，代为申请终结本次执行程序及申请恢复执行。"),
        ("p", "委托期限：自本委托书签署之日起至本案执行程序终结之日止。"),
    ], mm(56), f)
    y += 80
    s.text(mm(26), y, "委托人（签名）：", f)
    scrawl(s, mm(92), y - 14, a.name, rng, size=56, role="kai", ink=BLACK_PEN)
    thumbprint(s, mm(132), y - 22, rng)
    s.text(s.width / 2 + mm(6), y, "受托人（签名）：", f)
    scrawl(s, s.width / 2 + mm(72), y - 14, c.agent, rng, size=56, role="kai", ink=BLACK_PEN)
    s.right(s.width - mm(30), y + 130, num_date(d - timedelta(days=2)), f)
    _firm_footer(s, c)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    cx, cy = mm(32), mm(30)
    s.draw.ellipse((cx - mm(9), cy - mm(9), cx + mm(9), cy + mm(9)), outline=FIRM_BLUE, width=6)
    s.text(cx - mm(5), cy - mm(6), "律", font("serif_bold", 64), fill=FIRM_BLUE)
    s.text(mm(46), mm(22), c.firm, font("sans_bold", 64), fill=FIRM_BLUE, spacing=4)
    s.text(mm(46), mm(34), "CHONGQING LAW FIRM · 万州", font("sans", 26), fill=FIRM_BLUE, spacing=3)
    s.line(mm(20), mm(44), s.width - mm(20), mm(44), width=4, fill=FIRM_BLUE)
    s.centred(mm(58), "律师事务所函", font("sans_bold", 66), spacing=14)
    s.right(s.width - mm(26), mm(74), f"（{d.year}）{c.firm[2:4]}执函字第{rng.randint(12, 180)}号", font("serif", 36))
    f = font("serif", 42)
    y = _typed(s, [
        ("t", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}诈骗退赔（{c.basis_number}"
              "刑事附带民事判决附带民事部分）一案的委托代理人，代为申请强制执行并参与执行程序。"),
        ("p", "特此函告。"),
        ("t", "附：授权委托书一份，律师执业证复印件一份。"),
    ], mm(88), f)
    y += 20
    s.text(mm(26), y, f"律师：{c.agent}　　执业证号：{c.extra['licence']}", font("serif", 36))
    y += 180
    s.right(s.width - mm(36), y, c.firm, f)
    s.right(s.width - mm(36), y + 76, num_date(d), f)
    seal(s, s.width - mm(70), y + 30, c.firm, rng, radius=mm(21))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's data page copied in grey, the annual check stamp, "与原件核对一致" and the lawyer's signature."""
    s = Sheet()
    x0, y0 = mm(36), mm(40)
    w, h = s.width - mm(72), mm(150)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(226, 226, 222), outline=(90, 90, 90), width=3)
    s.centred(y0 + mm(8), "中华人民共和国律师执业证", font("serif_bold", 52), spacing=6)
    s.draw.rectangle((x0 + mm(10), y0 + mm(26), x0 + mm(44), y0 + mm(70)), fill=(150, 150, 150))
    f = font("sans", 34)
    born = date(rng.randint(1980, 1992), rng.randint(1, 12), rng.randint(1, 28))
    rows = [("姓　　名", c.agent), ("性　　别", rng.choice("男女")), ("出生日期", num_date(born)), ("执业机构", c.firm),
            ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]), ("发证机关", "重庆市司法局"),
            ("发证日期", f"{c.extra['licence'][5:9]}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    y = y0 + mm(26)
    for label, value in rows:
        s.text(x0 + mm(52), y, label, f, fill=(70, 70, 70))
        s.text(x0 + mm(84), y, value, f)
        y += mm(12)
    seal(s, x0 + w - mm(36), y0 + h - mm(34), "重庆市司法局", rng, radius=mm(17))
    box_stamp(s, x0 + mm(10), y0 + h - mm(40), ["律师年度考核", f"{c.filed_on.year - 1}年度　称职", "重庆市万州区司法局"],
              ink=(60, 60, 60), size=26)
    scrawl(s, mm(40), y0 + h + mm(20), "此复印件与原件核对一致", rng, size=50, role="kai", ink=BLACK_PEN)
    scrawl(s, mm(130), y0 + h + mm(36), c.agent, rng, size=54, role="kai", ink=BLACK_PEN)
    return [s]


# ---- cards and tickets ------------------------------------------------------------------------------------------

def _id_copy(p: Party, rng: random.Random, *, prison: str) -> list[Sheet]:
    """An ID card copied front over back in the middle of the page; a prisoner's copy comes from the criminal file."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    ys = [mm(36), mm(36) + h + mm(14)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=(208, 208, 204), outline=(110, 110, 110), width=2)
    y = ys[0]
    lab, val = font("microhei", 24), font("microhei", 31)
    born = p.born or date(1980, 1, 1)
    s.text(x + mm(4), y + mm(5), "姓名", lab, fill=(90, 90, 90))
    s.text(x + mm(14), y + mm(4.4), p.name, val)
    s.text(x + mm(4), y + mm(12), "性别", lab, fill=(90, 90, 90))
    s.text(x + mm(14), y + mm(11.4), p.sex, val)
    s.text(x + mm(28), y + mm(12), "民族", lab, fill=(90, 90, 90))
    s.text(x + mm(38), y + mm(11.4), "汉", val)
    s.text(x + mm(4), y + mm(19), "出生", lab, fill=(90, 90, 90))
    s.text(x + mm(14), y + mm(18.4), f"{born.year}年{born.month}月{born.day}日", val)
    s.text(x + mm(4), y + mm(26), "住址", lab, fill=(90, 90, 90))
    addr = p.address.removeprefix("重庆市")
    for k in range(0, len(addr), 12):
        s.text(x + mm(14), y + mm(25.4) + (k // 12) * mm(5), addr[k:k + 12], val)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(24), y + h - mm(9), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(26), y + mm(6), x + w - mm(5), y + mm(34)), fill=(130, 130, 130))
    y = ys[1]
    s.text(x + mm(26), y + mm(8), "中华人民共和国", font("hei", 38))
    s.text(x + mm(18), y + mm(18), "居民身份证", font("hei", 56), spacing=12)
    s.draw.ellipse((x + mm(4), y + mm(4), x + mm(19), y + mm(19)), outline=(100, 100, 100), width=3)
    issued = rng.randint(2012, 2021)
    office = "重庆市公安局万州区分局" if p.id_number.startswith("500101") else "重庆市公安局云阳县分局"
    s.text(x + mm(10), y + h - mm(16), f"签发机关　{office}", lab)
    end = "长期" if (p.born and p.born.year < 1966) else f"{issued + 20}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}"
    s.text(x + mm(10), y + h - mm(9), f"有效期限　{issued}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{end}", lab)
    note_y = ys[1] + h + mm(18)
    if prison:
        box_stamp(s, x, note_y, ["复印件来源：本院刑事卷宗", "与原件核对无异"], ink=(180, 40, 48), size=30)
    else:
        role = "kai" if p.born and p.born.year < 1966 else "wenkai"
        scrawl(s, mm(40), note_y, "此复印件仅供万州区法院执行使用", rng, size=46, role=role)
        scrawl(s, mm(120), note_y + mm(16), p.name, rng, size=54, role=role)
    return [s]


def _hukou_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 常住人口登记卡 page of the respondent's 户口簿, copied, with the 户籍 officer's seal."""
    r = c.respondent
    s = Sheet()
    x0, y0 = mm(22), mm(30)
    w = s.width - mm(44)
    s.centred(y0, "常住人口登记卡", font("serif_bold", 64), spacing=16)
    born = r.born or date(1990, 1, 1)
    rows = [["姓　名", r.name, "户主或与户主关系", "户主"], ["曾用名", "", "性　别", r.sex],
            ["出生地", "重庆市万州区", "民　族", "汉族"], ["籍　贯", "重庆市万州区", "出生日期", num_date(born)],
            ["本市（县）其他住址", ""], ["公民身份号码", r.id_number], ["文化程度", "初中", "婚姻状况", "已婚"],
            ["服务处所", "无"], ["何时由何地迁来本址", f"{born.year + rng.randint(18, 26)}年由本区{rng.choice(['龙都街道', '太白街道'])}迁来"]]
    ruled(s, x0, y0 + mm(18), [mm(40), mm(56), mm(42), w - mm(138)], rows, font("serif", 32), heights=mm(15),
          labels=(0, 2), frame=3, ink=(60, 60, 60))
    seal(s, s.width - mm(64), y0 + mm(150), "重庆市公安局万州区分局高笋塘派出所", rng, radius=mm(20), inner="户口专用章")
    s.text(x0, y0 + mm(178), f"承办人签章：{person_name(rng)}　　登记日期：{born.year + 18}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
           font("serif", 32))
    scrawl(s, x0 + mm(10), y0 + mm(200), "与原件一致", rng, size=52, role="kai", ink=BLACK_PEN)
    scrawl(s, x0 + mm(80), y0 + mm(204), c.agent, rng, size=50, role="kai", ink=BLACK_PEN)
    return [s]


def _fee_ticket(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """重庆市非税收入统一票据 (电子): brown print, a code square at the top right, the finance bureau's 监制章."""
    s = Sheet()
    fee: Decimal = c.extra["fee"]
    f = font("sans", 30)
    s.centred(mm(20), "重庆市非税收入统一票据（电子）", font("sans_bold", 54), fill=BROWN, spacing=4)
    qr(s, s.width - mm(44), mm(14), rng, size=mm(20), caption="")
    s.text(mm(18), mm(36), f"票据代码：50010124　　票据号码：{rng.randint(10**7, 10**8 - 1):08d}　　校验码：{rng.randint(10**5, 10**6 - 1)}",
           f, fill=BROWN)
    s.text(mm(18), mm(42), f"交款人统一社会信用代码：{c.applicant.id_number}　　交款人：{c.applicant.name}", f, fill=BROWN)
    s.text(mm(18), mm(48), f"开票日期：{c.filed_on + timedelta(days=1):%Y-%m-%d}", f, fill=BROWN)
    w = s.width - mm(36)
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）", "备注"],
            ["103050101", "诉讼费（申请执行费）", "件", "1", f"{fee:,.2f}", f"{fee:,.2f}", c.number],
            ["", "", "", "", "", "", ""], [f"金额合计（大写）：{money_caps(fee)}　　（小写）¥{fee:,.2f}"],
            ["收款单位（章）：" + COURT]]
    ruled(s, mm(18), mm(56), [mm(26), mm(44), mm(12), mm(12), mm(24), mm(26), w - mm(144)], rows, font("sans", 26),
          heights=[mm(11), mm(16), mm(9), mm(12), mm(12)], labels=(), frame=3, ink=BROWN)
    s.text(mm(18), mm(121), f"复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f, fill=BROWN)
    seal(s, mm(60), mm(100), "重庆市财政局", rng, radius=mm(14), inner="财政票据监制章")
    seal(s, s.width - mm(60), mm(104), COURT, rng, radius=mm(16), inner="财务专用章")
    return [s]


# ---- the prisoner's declaration and the families' papers --------------------------------------------------------

def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bureau's 财产申报表, filled in the prison by the man himself in black ballpoint, his thumbprint beside
    each signature, the prison section's 转交 stamp at the top."""
    r = c.respondent
    s = Sheet()
    s.centred(mm(30), COURT, font("serif_bold", 46), spacing=10)
    s.centred(mm(42), "被执行人财产申报表", font("serif_bold", 70), spacing=8)
    s.text(mm(24), mm(58), f"案号：{c.number}", font("serif", 34))
    w = s.width - mm(48)
    t = _tale(c)
    if t == "fish":
        values = ["无", "无", "无", "建设银行卡一张，余额几百元", "监狱个人账户二三百元", "无", "无"]
    elif t == "fraud":
        values = ["无", "无（轿车案发前已卖）", "无", "邮储银行卡一张，几块钱", "监狱个人账户几十元", "无", "网贷、赌债约二十万元"]
    else:
        values = ["无", "无", "无", f"农商行卡一张（尾号{c.extra['r_acct'][-4:]}），有{_roughly(c.extra['balance'])}",
                  "监狱个人账户几十元", "无", "无"]
    labels = ["房屋、土地", "车辆", "股权、证券", "银行存款", "收入（含劳动报酬）", "到期债权", "对外债务"]
    rows = [["申报人", r.name, "罪犯编号", c.extra["prisoner_no"]], ["公民身份号码", r.id_number],
            ["现住址（服刑地）", f"{c.extra['prison']}{c.extra['ward']}"], *[[lab, ""] for lab in labels],
            ["申报前一年内财产变动", ""]]
    hs = [mm(15), mm(15), mm(15)] + [mm(17)] * len(labels) + [mm(30)]
    cells = ruled(s, mm(24), mm(66), [mm(46), mm(58), mm(30), w - mm(134)], rows, label_font(32), heights=hs,
                  labels=(0, 2), frame=3)
    for row, value in zip(cells[3:3 + len(labels)], values, strict=True):
        scrawl(s, row[1][0] + mm(4), row[1][1] + mm(3), value, rng, size=40, role="kai", ink=BLACK_PEN)
    change = "小轿车案发前卖了抵账" if t == "fraud" else "没有变动"
    scrawl(s, cells[-1][1][0] + mm(4), cells[-1][1][1] + mm(6), change, rng, size=40, role="kai", ink=BLACK_PEN)
    y = cells[-1][1][3] + mm(10)
    s.text(mm(24), y, "申报人保证以上申报内容真实、完整，如有隐瞒、虚报，愿承担法律责任。", font("serif", 32))
    y += mm(16)
    s.text(s.width - mm(140), y, "申报人（签名、捺印）：", label_font(34))
    scrawl(s, s.width - mm(70), y - 12, r.name, rng, size=52, role="kai", ink=BLACK_PEN)
    thumbprint(s, s.width - mm(42), y - 20, rng)
    scrawl(s, s.width - mm(90), y + 72, f"{d.year}年{d.month}月{d.day}日", rng, size=42, role="kai", ink=BLACK_PEN)
    box_stamp(s, s.width - mm(88), mm(12), [f"{c.extra['prison']}", f"{c.extra['ward']}　转交"], ink=(40, 70, 160), size=26)
    return [s]


def _roughly(amount: Decimal) -> str:
    """How a man remembers his balance: 两万多元, 八千多元."""
    words = "零一两三四五六七八九"
    n = int(amount)
    if n >= 10000:
        return f"{words[n // 10000] if n < 100000 else n // 10000}万多元"
    return f"{words[n // 1000]}千多元"


def _manuscript_settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 written out by the victim on green 20 × 15 稿纸 at the bureau's table, signed by him, the
    debtor's father (who pays) and — a week later in the prison — the debtor; the officer notes it was witnessed."""
    a, r = c.applicant, c.respondent
    s = Sheet(paper=(252, 252, 246))
    green = (96, 160, 110)
    cols, rows_n = 20, 15
    cell = (s.width - mm(36)) / cols
    x0 = mm(18)
    y0 = mm(26)
    row_h = cell * 1.28
    for i in range(rows_n):
        for j in range(cols):
            s.draw.rectangle((x0 + j * cell, y0 + i * row_h, x0 + (j + 1) * cell, y0 + i * row_h + cell), outline=green, width=1)
    settled: Decimal = c.extra["settled"]
    due = d + timedelta(days=7)
    paras = [("title", "执行和解协议"), ("line", f"甲方（申请执行人）：{a.name}"),
             ("line", f"乙方（代为履行人）：{c.extra['father']}，系被执行人{r.name}的父亲"),
             ("para", f"{c.number}执行案件，经执行法官主持，双方自愿达成如下协议："),
             ("para", f"一、乙方代{r.name}一次性赔偿甲方{settled:,.0f}元，于{due.month}月{due.day}日前交到法院；"),
             ("para", "二、甲方收到后放弃其余赔偿，本案执行完毕；"),
             ("para", "三、乙方不按时付款的，甲方可申请按原判决继续执行。")]
    role, ink = "wenkai", BALL
    row = 0
    for kind, text in paras:
        col = {"title": (cols - len(text)) // 2, "line": 0, "para": 2}[kind]
        for ch in text:
            if col >= cols:
                row, col = row + 1, 0
            if row >= rows_n:
                break
            f = font(role, int(cell * rng.uniform(0.7, 0.8)))
            s.draw.text((x0 + col * cell + cell * 0.12 + rng.uniform(-2, 2), y0 + row * row_h + cell * 0.08 + rng.uniform(-2, 2)),
                        ch, font=f, fill=ink)
            col += 1
        s.lines.append(text)
        row += 1
    s.text(x0, y0 + rows_n * row_h + 4, "20×15=300　　　　　万州区高笋塘文具店监制", font("sans", 22), fill=green)
    y = y0 + rows_n * row_h + mm(12)
    scrawl(s, mm(24), y - 12, f"甲方：{a.name}", rng, size=50, role=role, ink=ink)
    thumbprint(s, mm(84), y - 20, rng)
    scrawl(s, s.width / 2, y - 12, f"乙方：{c.extra['father']}", rng, size=50, role="kai", ink=BLACK_PEN)
    thumbprint(s, s.width / 2 + mm(60), y - 20, rng)
    y += mm(20)
    scrawl(s, mm(24), y - 12, f"被执行人：{r.name}（同意）", rng, size=48, role="kai", ink=BLACK_PEN)
    thumbprint(s, mm(110), y - 20, rng)
    scrawl(s, s.width / 2 + mm(22), y - 6, f"{d.year}年{d.month}月{d.day}日", rng, size=44, role=role, ink=ink)
    y += mm(22)
    scrawl(s, mm(24), y, f"以上协议在本院执行局签订，被执行人于监狱询问时签字。 执行员{c.officer}", rng, size=38,
           role="kai_gb", ink=(40, 40, 40))
    return [s]


def _receipt_slip(s: Sheet, c: CaseCtx, rng: random.Random, y: float, payer: str, amount: Decimal, day: date,
                  why: str) -> float:
    """The court's pink carbon 执行款收款收据 (second ply): serial number in red, the clerk's hand in carbon blue."""
    x0, x1 = mm(16), s.width - mm(16)
    h = mm(112)
    s.draw.rectangle((x0, y, x1, y + h), fill=(250, 226, 230))
    s.centred(y + mm(5), f"{COURT}", font("song_gb", 40), spacing=6)
    s.centred(y + mm(14), "执行款收款收据", font("song_gb", 64), spacing=16)
    s.text(x1 - mm(52), y + mm(16), f"No.{rng.randint(10**6, 10**7 - 1)}", font("sans_bold", 36), fill=RED)
    s.text(x0 + mm(6), y + mm(30), f"案号：{c.number}", font("song_gb", 32))
    s.text(x1 - mm(90), y + mm(30), "第二联　交款人收执", font("song_gb", 30))
    w = x1 - x0 - mm(12)
    rows = [["交款人", "", "交款方式", ""], ["交款事由", ""], ["金额（大写）", ""], ["金额（小写）", "", "收款日期", ""]]
    cells = ruled(s, x0 + mm(6), y + mm(38), [mm(34), mm(66), mm(30), w - mm(130)], rows, font("song_gb", 32),
                  heights=mm(14), labels=(0, 2), frame=3)
    vals = [(cells[0][1], payer), (cells[0][3], "现金" if "现金" in why else "转账"), (cells[1][1], why),
            (cells[2][1], money_caps(amount)), (cells[3][1], f"¥{amount:,.2f}"),
            (cells[3][3], f"{day.year}.{day.month}.{day.day}")]
    for box, value in vals:
        scrawl(s, box[0] + mm(3), box[1] + mm(2.5), value, rng, size=36, role="kai_gb", ink=CARBON)
    s.text(x0 + mm(6), y + h - mm(12), "收款人：", font("song_gb", 32))
    scrawl(s, x0 + mm(26), y + h - mm(14), person_name(rng), rng, size=40, role="kai_gb", ink=CARBON)
    seal(s, x1 - mm(50), y + h - mm(20), COURT, rng, radius=mm(16), inner="执行款专用章")
    return y + h


def _vouchers(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    t = _tale(c)
    paid: date = c.extra["paid_on"]
    settled: Decimal = c.extra["settled"]
    r = c.respondent
    s = Sheet()
    if t == "fish":
        why = f"代{r.name}交纳和解赔偿款（转账）"
        payer = str(c.extra["father"])
    elif t == "fraud":
        why = f"代{r.name}交纳赔偿款（现金）"
        payer = str(c.extra["wife"])
    else:
        why = f"代{r.name}交纳赔偿款（现金）"
        payer = str(c.extra["mother"])
    y = _receipt_slip(s, c, rng, mm(14), payer, settled, paid, why)
    if t == "fraud":
        _wife_note(s, c, rng, y + mm(14), paid)
        return [s]
    sheets = [s, _payout(c, rng, d)]
    return sheets


def _wife_note(s: Sheet, c: CaseCtx, rng: random.Random, y: float, day: date) -> None:
    """The wife's note on a leaf torn from an exercise book: blue lines, a ragged left edge, her own hand."""
    x0, x1 = mm(22), s.width - mm(28)
    bottom = y + mm(110)
    s.draw.rectangle((x0, y, x1, bottom), fill=(250, 250, 244))
    for k in range(int(y + mm(12)), int(bottom), int(mm(9))):
        s.line(x0, k, x1, k, width=1, fill=(150, 180, 220))
    for k in range(int(y), int(bottom), 12):
        s.draw.ellipse((x0 - 6, k, x0 + 6, k + 8), fill=(255, 255, 255))
    wife = str(c.extra["wife"])
    lines = ["说　明", f"我是{c.respondent.name}的妻子{wife}，我自愿代他", f"赔偿{c.applicant.name}{c.extra['settled']:,.0f}元，"
             "这是我打工存的钱，", "其余的我确实拿不出来了。", f"　　　　　　　　　说明人：{wife}",
             f"　　　　　　　　　{day.year}年{day.month}月{day.day}日"]
    ly = y + mm(4)
    for k, text in enumerate(lines):
        scrawl(s, x0 + (mm(60) if k == 0 else mm(8)), ly, text, rng, size=44, role="wenkai", ink=(40, 50, 130))
        ly += mm(9)
    thumbprint(s, x1 - mm(40), ly - mm(20), rng)


def _payout(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The bureau's 执行案款发放凭证 (领款凭证), signed by whoever takes the money for the victim."""
    s = Sheet()
    s.starts_document = True
    s.centred(mm(30), COURT, font("serif_bold", 46), spacing=10)
    s.centred(mm(42), "执行案款发放凭证", font("serif_bold", 70), spacing=10)
    w = s.width - mm(48)
    t = _tale(c)
    if t == "fish":
        source = f"被执行人之父{c.extra['father']}代交{c.extra['settled']:,.2f}元（和解款）"
        total: Decimal = c.extra["settled"]
    else:
        source = (f"被执行人之母{c.extra['mother']}代交{c.extra['settled']:,.2f}元；扣划被执行人农商行存款"
                  f"{c.extra['deducted']:,.2f}元（{c.extra['deducted_on']:%Y.%m.%d}）")
        total = c.amount
    rows = [["案　号", c.number], ["领款人", c.applicant.name], ["案款来源", source], ["发放金额", f"{money(total)}"],
            ["发放方式", f"转账至{c.extra['in_bank']}　{c.extra['in_acct']}"], ["发放日期", num_date(d)],
            ["承办人意见", ""], ["领款人签名", ""]]
    cells = ruled(s, mm(24), mm(62), [mm(40), w - mm(40)], rows, label_font(34),
                  heights=[mm(15), mm(15), mm(26), mm(22), mm(22), mm(15), mm(26), mm(26)], frame=4)
    scrawl(s, cells[6][1][0] + mm(6), cells[6][1][1] + mm(6), f"情况属实，同意发放。{c.officer}", rng, size=42, role="kai_gb")
    signer = c.applicant.name if t == "fish" else f"{c.agent}（代父领取）"
    scrawl(s, cells[7][1][0] + mm(10), cells[7][1][1] + mm(6), signer, rng, size=54,
           role="wenkai" if t == "fish" else "kai")
    thumbprint(s, cells[7][1][0] + mm(90), cells[7][1][1] + mm(6), rng)
    seal(s, s.width - mm(70), cells[5][1][1] + mm(4), COURT, rng, radius=mm(18), inner="执行款专用章")
    return s
