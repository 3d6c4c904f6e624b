"""What 海港 receives, each in its maker's style: the 秦皇岛中院 and 北戴河区法院 judgments (ming type, 第X页 footers),
the 秦皇岛仲裁委员会 award (黑体 heading, numbered sections), lawyers' papers (a 河北 firm's letterhead and a plain
application), a bank's 账户交易明细 and 电子回单, the 网络查控 printout, ID-card and licence copies, hand-filled forms.
Long received papers were 缩印 two to a sheet at the copier: `two_up` lays two consecutive pages side by side on a
landscape A4 sheet at 70 %, which the copier delivered turned onto a portrait sheet (court_du_capture)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date
from dossier.corpus.draw import A4, Block, Sheet, hand, mm, seal, signature, table, wrap
from dossier.corpus.fonts import Font, font

INK_PEN = (30, 35, 60)


class TwoUp(Sheet):
    """A 缩印 sheet: `pages` are the original page numbers it holds, out of `of`."""

    pages: tuple[int, ...] = ()
    of: int = 0


def two_up(pages: Sequence[Sheet]) -> list[Sheet]:
    """Consecutive pages two to a landscape sheet, each reduced to 70 %, the first on the left."""
    out: list[Sheet] = []
    n = len(pages)
    w, h = A4
    scale = 0.70
    sw, sh = round(w * scale), round(h * scale)
    for k in range(0, n, 2):
        sheet = TwoUp(size=(h, w))
        sheet.pages = tuple(range(k + 1, min(k + 2, n) + 1))
        sheet.of = n
        gap = (h - 2 * sw) / 3
        for j, page in enumerate(pages[k:k + 2]):
            small = page.image.resize((sw, sh), Image.Resampling.LANCZOS)
            sheet.image.paste(small, (round(gap + j * (sw + gap)), (w - sh) // 2))
            sheet.lines.extend(page.lines)
        out.append(sheet)
    for i, s in enumerate(out, 1):
        s.page_of = (i, len(out)) if len(out) > 1 else None
    return out


def _flow(sheets: list[Sheet], blocks: Sequence[Block], f: Font, *, x0: float, x1: float, y: float, lh: float,
          top: float, bottom: float, indent: float) -> float:
    for kind, text in blocks:
        if kind == "c":
            if y + lh > bottom:
                sheets.append(Sheet())
                y = top
            sheets[-1].centred(y, text, f)
            y += lh
            continue
        first = indent if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, x1 - x0, indent=first)):
            if y + lh > bottom:
                sheets.append(Sheet())
                y = top
            if kind == "r":
                sheets[-1].right(x1, y, part, f)
            else:
                sheets[-1].text(x0 + (first if k == 0 else 0), y, part, f)
            y += lh
    return y


# ------------------------------------------------------------------ judgments and awards of other bodies

def judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A people's court judgment in 明体 (uming), the court name and 民事判决书 on two lines, 第X页共Y页 at the foot."""
    e = c.extra
    court = c.basis_court
    f = font("ming", int(mm(5.2)))
    x0, x1, top, bottom = mm(30), mm(180), mm(28), mm(270)
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(top, court, font("ming", int(mm(7.4))), spacing=mm(1.0))
    s.centred(top + mm(12), "民 事 判 决 书", font("ming", int(mm(8.4))))
    s.right(x1, top + mm(26), c.basis_number, f)
    y: float = top + mm(36)
    a, r = c.applicant, c.respondent
    appellant = e.get("appellant", "")

    def who(p: object, role: str) -> list[Block]:
        from dossier.corpus.content import Party
        assert isinstance(p, Party)
        if p.kind == "organisation":
            return [("f", f"{role}：{p.name}，住所地{p.address}。"), ("f", f"法定代表人：{p.legal_rep}，该公司总经理。")]
        return [("f", f"{role}：{p.name}，{p.sex}，{p.born:%Y年%-m月%-d日}出生，汉族，住{p.address}。" if p.born else
                 f"{role}：{p.name}，住{p.address}。")]

    blocks: list[Block] = []
    if appellant:
        blocks += who(r, "上诉人（原审被告）") + who(a, "被上诉人（原审原告）")
        blocks.append(("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
        blocks.append(("p", f"上诉人{r.name}因与被上诉人{a.name}{e['cause']}一案，不服{e['first_court']}{e['first_no']}"
                       f"民事判决，向本院提起上诉。本院于{num_date(e['appeal_on'])}立案后，依法组成合议庭，公开开庭进行了审理。"
                       "本案现已审理终结。"))
        blocks.append(("p", f"{r.name}上诉请求：撤销一审判决，改判驳回{a.name}的全部诉讼请求。事实和理由：{e['appeal_reason']}"))
        blocks.append(("p", f"{a.name}辩称，一审判决认定事实清楚，适用法律正确，请求驳回上诉，维持原判。"))
    else:
        blocks += [*who(a, "原告"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), *who(r, "被告")]
        blocks.append(("p", f"原告{a.name}与被告{r.name}{e['cause']}一案，本院于{num_date(e['sued_on'])}立案后，依法适用简易程序，"
                       "公开开庭进行了审理。本案现已审理终结。"))
    blocks += [("p", para) for para in e["facts"]]
    blocks.append(("p", e["reasoning"]))
    if appellant:
        blocks.append(("p", "综上所述，上诉人的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国"
                       "民事诉讼法》第一百七十七条第一款第一项规定，判决如下："))
        blocks.append(("p", "驳回上诉，维持原判。"))
        blocks.append(("p", f"二审案件受理费{e['court_fee']}元，由上诉人{r.name}负担。"))
        blocks.append(("p", "本判决为终审判决。"))
    else:
        blocks.append(("p", "依照《中华人民共和国民法典》第五百七十七条、第五百八十五条，《中华人民共和国民事诉讼法》第六十七条规定，判决如下："))
        blocks.append(("p", f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}{e['award_item']}"
                       f"{c.amount:,.2f}元；"))
        blocks.append(("p", "二、驳回原告的其他诉讼请求。"))
        blocks.append(("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
                       "迟延履行期间的债务利息。"))
        blocks.append(("p", f"案件受理费{e['court_fee']}元，减半收取，由被告负担。"))
        blocks.append(("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于河北省"
                       "秦皇岛市中级人民法院。"))
    y = _flow(sheets, blocks, f, x0=x0, x1=x1, y=y, lh=mm(8.6), top=top, bottom=bottom, indent=mm(10.4))
    if y + mm(70) > bottom:
        sheets.append(Sheet())
        y = top
    s = sheets[-1]
    y += mm(8)
    panel = (["审判长", "审判员", "审判员"] if appellant else ["审判员"])
    for role, name in zip(panel, e["bench"], strict=False):
        s.text(mm(118), y, role, f, spacing=mm(1.2))
        s.text(mm(152), y, name, f)
        y += mm(9)
    day = cn_date(c.basis_effective - timedelta(days=e.get("served_gap", 16)))
    s.right(x1 - mm(6), y + mm(3), day, f)
    seal(s, x1 - mm(6) - f.getlength(day) / 2, y + mm(6), court, rng, radius=mm(20))
    y += mm(14)
    s.text(mm(118), y, "书 记 员", f)
    s.text(mm(152), y, e["court_clerk"], f)
    small = font("ming", int(mm(4.0)))
    for i, sh in enumerate(sheets, 1):
        sh.centred(mm(282), f"第{i}页 共{len(sheets)}页", small)
    return sheets


def award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """秦皇岛仲裁委员会裁决书: 黑体 heading under the commission's name, numbered 一、二、 sections in 宋, a boxed
    裁决 part, the commission's seal, arbitrator's signature."""
    e = c.extra
    f = font("serif", int(mm(5.0)))
    hdr = font("hei", int(mm(5.6)))
    x0, x1, top, bottom = mm(25), mm(185), mm(24), mm(272)
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(top, "秦皇岛仲裁委员会", font("hei", int(mm(9.0))), spacing=mm(2))
    s.centred(top + mm(15), "裁  决  书", font("hei", int(mm(8.0))))
    s.right(x1, top + mm(28), c.basis_number, f)
    a, r = c.applicant, c.respondent
    blocks: list[Block] = [
        ("f", f"申请人：{a.name}"), ("f", f"住所：{a.address}"), ("f", f"法定代表人：{a.legal_rep}"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师"),
        ("f", f"被申请人：{r.name}"), ("f", f"住所：{r.address}"), ("f", f"法定代表人：{r.legal_rep}"),
        ("p", f"秦皇岛仲裁委员会（以下简称本会）根据申请人与被申请人于{num_date(e['contract_on'])}签订的《{e['contract']}》"
              f"中的仲裁条款，以及申请人于{num_date(e['sued_on'])}向本会提交的书面仲裁申请，受理了双方之间的{e['cause']}案。"
              "本案适用《秦皇岛仲裁委员会仲裁规则》，由独任仲裁员审理。仲裁庭于开庭日依法开庭，被申请人经合法通知未到庭，"
              "仲裁庭依法缺席审理。本案现已审理终结。"),
        ("h", "一、案情"), *[("p", t) for t in e["facts"]],
        ("h", "二、仲裁庭意见"), ("p", e["reasoning"]),
        ("h", "三、裁决"), ("p", "根据上述事实和理由，依据《中华人民共和国仲裁法》第四十二条第二款、第五十四条之规定，仲裁庭裁决如下："),
        ("p", f"（一）被申请人于本裁决书送达之日起十日内向申请人支付{e['award_item']}{money(c.amount)}；"),
        ("p", f"（二）本案仲裁费{e['court_fee']}元，由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    y: float = top + mm(40)
    lh = mm(8.2)
    for kind, text in blocks:
        if kind == "h":
            if y + lh * 2 > bottom:
                sheets.append(Sheet())
                y = top
            sheets[-1].text(x0, y + mm(1), text, hdr)
            y += lh + mm(2)
            continue
        y = _flow(sheets, [(kind, text)], f, x0=x0, x1=x1, y=y, lh=lh, top=top, bottom=bottom, indent=mm(10))
    if y + mm(50) > bottom:
        sheets.append(Sheet())
        y = top
    s = sheets[-1]
    s.text(mm(120), y + mm(8), "独任仲裁员：", f)
    signature(s, mm(150), y + mm(5), e["arbitrator"], rng)
    day = cn_date(e["award_on"])
    s.right(x1, y + mm(26), day, f)
    seal(s, x1 - f.getlength(day) / 2, y + mm(26), "秦皇岛仲裁委员会", rng, radius=mm(21))
    s.text(mm(120), y + mm(40), f"书记员：{e['court_clerk']}", f)
    small = font("serif", int(mm(3.8)))
    for i, sh in enumerate(sheets, 1):
        sh.line(x0, mm(276), x1, mm(276), width=1)
        sh.text(x0, mm(278), f"{c.basis_number}", small)
        sh.right(x1, mm(278), f"共{len(sheets)}页 第{i}页", small)
    return sheets


def award_served(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The commission's 裁决书送达及生效证明: 黑体 heading, a short letter to the court, the 秘书处 seal."""
    e = c.extra
    s = Sheet()
    f = font("serif", int(mm(5.2)))
    s.centred(mm(30), "秦皇岛仲裁委员会", font("hei", int(mm(8.4))), spacing=mm(2))
    s.line(mm(25), mm(44), mm(185), mm(44), width=4)
    s.centred(mm(52), "裁决书送达及生效证明", font("hei", int(mm(7.0))))
    s.right(mm(185), mm(66), f"秦仲证字〔{c.filed_on.year}〕第{e['letter_no'] + 7}号", f)
    y = _flow([s], [("f", "河北省秦皇岛市海港区人民法院："),
                    ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}{e['cause']}一案，本会已于"
                          f"{num_date(e['award_on'])}作出{c.basis_number}裁决书。该裁决书已于{num_date(e['award_on'] + timedelta(days=3))}"
                          "以邮寄方式送达双方当事人。依照《中华人民共和国仲裁法》第五十七条规定，该裁决书自作出之日起发生法律效力。"),
                    ("p", "特此证明。")],
              f, x0=mm(25), x1=mm(185), y=mm(80), lh=mm(9.4), top=mm(30), bottom=mm(270), indent=mm(10.4))
    day = cn_date(c.filed_on - timedelta(days=6))
    s.right(mm(178), y + mm(20), day, f)
    seal(s, mm(178) - f.getlength(day) / 2, y + mm(18), "秦皇岛仲裁委员会", rng, radius=mm(20))
    s.text(mm(25), y + mm(44), "（本证明仅用于向人民法院申请强制执行）", font("hei", int(mm(4.0))))
    return [s]


def effectiveness(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """生效证明书 of the first-instance court: a half-page slip with a heavy box."""
    e = c.extra
    if "award_on" in e:
        return award_served(c, rng)
    court = e.get("first_court") or c.basis_court
    s = Sheet()
    f = font("ming", int(mm(5.4)))
    s.box(mm(22), mm(24), mm(188), mm(150), width=4)
    s.centred(mm(34), court, font("ming", int(mm(7.0))), spacing=mm(0.8))
    s.centred(mm(48), "生 效 证 明 书", font("ming", int(mm(8.2))))
    no = e.get("first_no") or c.basis_number
    line = (f"本院（二审法院河北省秦皇岛市中级人民法院）受理的{no}号{c.applicant.name}与{c.respondent.name}{e['cause']}一案，"
            f"二审判决书{c.basis_number}已于{num_date(c.basis_effective)}送达当事人，该判决已于{num_date(c.basis_effective)}"
            "发生法律效力。") if e.get("appellant") else (
            f"本院{no}民事判决书已于{num_date(c.basis_effective - timedelta(days=16))}送达各方当事人，各方当事人在法定上诉期内"
            f"均未提起上诉，该判决已于{num_date(c.basis_effective)}发生法律效力。")
    line = line.replace("号号", "号")
    sheets = [s]
    y = _flow(sheets, [("p", line), ("p", "特此证明。")], f, x0=mm(32), x1=mm(178), y=mm(66), lh=mm(9.6),
              top=mm(30), bottom=mm(146), indent=mm(11))
    day = cn_date(c.basis_effective + timedelta(days=e.get("cert_gap", 9)))
    s.right(mm(172), y + mm(14), day, f)
    seal(s, mm(172) - f.getlength(day) / 2, y + mm(14), court, rng, radius=mm(19))
    return sheets


# ------------------------------------------------------------------ the parties and their lawyers

def letterhead(s: Sheet, c: CaseCtx) -> float:
    """The 律所's letterhead: a bold name over a heavy and a thin rule, its address in small 黑体."""
    s.text(mm(24), mm(18), c.firm, font("sans_bold", int(mm(7.2))))
    s.text(mm(24), mm(28), "HEBEI " + "".join(ch for ch in "QINHUANGDAO LAW FIRM"), font("sans", int(mm(3.2))))
    s.line(mm(24), mm(33), mm(186), mm(33), width=5)
    s.line(mm(24), mm(34.6), mm(186), mm(34.6), width=1)
    s.right(mm(186), mm(36.5), f"地址：{c.extra['firm_addr']}  电话：0335-{c.extra['firm_tel']}", font("sans", int(mm(3.2))))
    return mm(50)


def application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """强制执行申请书 as the lawyer's office types it: 小标题 in 黑体, body in 宋体, the client's seal or signature."""
    e = c.extra
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("serif", int(mm(5.2)))
    s.centred(mm(30), "强制执行申请书", font("sans_bold", int(mm(8.0))))
    def party(p: object, role: str) -> list[Block]:
        from dossier.corpus.content import Party
        assert isinstance(p, Party)
        if p.kind == "organisation":
            return [("f", f"{role}：{p.name}"), ("f", f"统一社会信用代码：{p.id_number}"), ("f", f"住所地：{p.address}"),
                    ("f", f"法定代表人：{p.legal_rep}    联系电话：{p.phone}")]
        return [("f", f"{role}：{p.name}，{p.sex}，汉族，{p.born:%Y年%-m月%-d日}生" if p.born else f"{role}：{p.name}"),
                ("f", f"公民身份号码：{p.id_number}"), ("f", f"住址：{p.address}    电话：{p.phone}")]
    blocks: list[Block] = [*party(a, "申请执行人"), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                           *party(r, "被执行人"), ("h", "执行请求："),
                           ("p", f"1．请求强制被执行人支付{e['award_item']}{money(c.amount)}；"),
                           ("p", "2．请求被执行人加倍支付迟延履行期间的债务利息；"),
                           ("p", "3．本案执行费用由被执行人承担。"), ("h", "事实与理由："),
                           ("p", f"申请人与被执行人{e['cause']}一案，{c.basis_court}作出的{c.basis_number}{e['basis_title']}已经发生"
                                 f"法律效力。被执行人至今未履行生效法律文书确定的义务。{e.get('why_here', '')}为维护申请人的合法权益，"
                                 "根据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"),
                           ("f", "此致"), ("f", "河北省秦皇岛市海港区人民法院")]
    y: float = mm(48)
    hf = font("sans_bold", int(mm(5.2)))
    sheets = [s]
    for kind, text in blocks:
        if kind == "h":
            sheets[-1].text(mm(26), y + mm(2), text, hf)
            y += mm(10)
            continue
        y = _flow(sheets, [(kind, text)], f, x0=mm(26), x1=mm(184), y=y, lh=mm(8.4), top=mm(26), bottom=mm(266),
                  indent=mm(10.4))
    s = sheets[-1]
    s.text(mm(112), y + mm(10), "申请执行人：", f)
    if a.kind == "organisation":
        s.text(mm(140), y + mm(10), a.name, f)
        seal(s, mm(160), y + mm(14), a.name, rng, radius=mm(19))
    else:
        signature(s, mm(142), y + mm(6), a.name, rng)
    hand(s, mm(130), y + mm(26), num_date(c.day(-1)), rng, size=int(mm(5.6)), ink=INK_PEN)
    if len(sheets) > 1:
        for i, sh in enumerate(sheets, 1):
            sh.page_of = (i, len(sheets))
    return sheets


def attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """授权委托书 on the firm's printed form: blanks filled by typing, 特别授权 ticked by hand."""
    s = Sheet()
    f = font("serif", int(mm(5.2)))
    y = letterhead(s, c)
    s.centred(y, "授 权 委 托 书", font("sans_bold", int(mm(8.0))))
    a = c.applicant
    rows = [("委托人", a.name), ("住所/住址", a.address), ("受托人", f"{c.agent}    {c.firm}律师"),
            ("联系电话", c.agent_phone)]
    y += mm(18)
    for k, v in rows:
        s.text(mm(28), y, f"{k}：", f)
        s.text(mm(62), y, v, f)
        s.line(mm(60), y + mm(7), mm(184), y + mm(7), width=1)
        y += mm(11)
    y = _flow([s], [("p", f"现委托上列受托人在我方与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方执行阶段的委托代理人。"),
                    ("f", "代理权限：☐一般代理   ☐特别授权（代为申请执行、代为承认、放弃、变更执行请求，代为进行和解，"
                          "代为签收法律文书，代为领取执行款）"),
                    ("p", "受托人在上述权限范围内所为的行为，委托人均予承认。"),
                    ("f", "委托期限：自签订之日起至本案执行终结时止。")],
              f, x0=mm(28), x1=mm(184), y=y + mm(4), lh=mm(8.6), top=mm(26), bottom=mm(270), indent=mm(10.4))
    hand(s, mm(94), y - mm(8.6) * 3 - mm(1), "✓", rng, size=int(mm(6)), ink=INK_PEN, record=False)
    s.text(mm(110), y + mm(14), "委托人（签章）：", f)
    if a.kind == "organisation":
        seal(s, mm(160), y + mm(20), a.name, rng, radius=mm(19))
    else:
        signature(s, mm(148), y + mm(10), a.name, rng)
    s.text(mm(110), y + mm(30), "受托人（签名）：", f)
    signature(s, mm(148), y + mm(26), c.agent, rng)
    hand(s, mm(124), y + mm(44), num_date(c.day(-2)), rng, size=int(mm(5.4)), ink=INK_PEN)
    return [s]


def firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师事务所函 on the letterhead, a 冀秦律函字 number, the firm's seal."""
    e = c.extra
    s = Sheet()
    f = font("serif", int(mm(5.4)))
    y = letterhead(s, c)
    s.centred(y, "律师事务所函", font("sans_bold", int(mm(8.2))))
    s.right(mm(184), y + mm(14), f"冀秦律函字〔{c.filed_on.year}〕第{e['letter_no']}号", f)
    y = _flow([s], [("f", "河北省秦皇岛市海港区人民法院："),
                    ("p", f"根据《中华人民共和国律师法》及相关规定，本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与"
                          f"{c.respondent.name}{e['cause']}执行一案的委托代理人。"),
                    ("p", "特此函告。"), ("f", "附：授权委托书一份；律师执业证复印件一份。")],
              f, x0=mm(26), x1=mm(184), y=y + mm(28), lh=mm(9.2), top=mm(26), bottom=mm(270), indent=mm(10.8))
    s.right(mm(178), y + mm(22), c.firm, f)
    day = cn_date(c.day(-2))
    s.right(mm(178), y + mm(34), day, f)
    seal(s, mm(178) - f.getlength(day) / 2, y + mm(30), c.firm, rng, radius=mm(20))
    s.text(mm(26), y + mm(56), f"承办律师：{c.agent}    联系电话：{c.agent_phone}", font("sans", int(mm(4.2))))
    return [s]


def licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证 copied open: the left leaf with the photo and number, the right with the annual check stamp."""
    e = c.extra
    s = Sheet()
    x, y, w, h = mm(18), mm(40), mm(174), mm(118)
    s.box(x, y, x + w, y + h, width=3)
    s.line(x + w / 2, y, x + w / 2, y + h, width=2)
    f = font("sans", int(mm(4.6)))
    s.centred(y + mm(8), "中华人民共和国律师执业证", font("sans_bold", int(mm(5.0))), x0=x, x1=x + w / 2)
    s.box(x + mm(8), y + mm(20), x + mm(38), y + mm(60), width=2)
    s.text(x + mm(13), y + mm(38), "照片", f)
    for k, (lab, val) in enumerate([("持证人", c.agent), ("性别", e["agent_sex"]), ("执业机构", c.firm),
                                     ("执业证类别", "专职律师"), ("执业证号", e["licence"]),
                                     ("发证机关", "河北省司法厅"), ("发证日期", e["licence_on"])]):
        s.text(x + w / 2 + mm(6), y + mm(10 + 14 * k), f"{lab}：{val}", f)
    s.text(x + mm(8), y + mm(70), "律师年度考核备案", f)
    s.box(x + mm(8), y + mm(80), x + mm(78), y + mm(108), width=1)
    s.text(x + mm(12), y + mm(86), f"考核年度：{c.filed_on.year - 1}", f)
    s.text(x + mm(12), y + mm(96), "考核结果：称职", f)
    seal(s, x + mm(60), y + mm(94), "秦皇岛市司法局", rng, radius=mm(15))
    hand(s, mm(40), mm(178), "与原件核对一致", rng, size=int(mm(6.2)), ink=INK_PEN)
    signature(s, mm(120), mm(176), c.agent, rng)
    return [s]


def id_copy(c: CaseCtx, rng: random.Random, who: str) -> list[Sheet]:
    """A person's ID card copied front over back, or a 营业执照 副本 copy with 「复印件与原件一致」 and the company seal."""
    p = c.respondent if who == "respondent" else c.applicant
    s = Sheet()
    if p.kind == "person":
        f = font("hei", int(mm(3.8)))
        x, y = mm(52), mm(40)
        cw, ch = mm(86), mm(54)
        s.draw.rounded_rectangle((x, y, x + cw, y + ch), radius=mm(4), outline=(60, 60, 60), width=3)
        s.draw.rounded_rectangle((x, y + ch + mm(12), x + cw, y + 2 * ch + mm(12)), radius=mm(4),
                                 outline=(60, 60, 60), width=3)
        born = p.born or date(1980, 1, 1)
        for k, t in enumerate([f"姓名  {p.name}", f"性别  {p.sex}    民族  汉", f"出生  {born.year} 年 {born.month} 月 {born.day} 日"]):
            s.text(x + mm(5), y + mm(5 + 8 * k), t, f)
        for k, t in enumerate(wrap(f"住址  {p.address}", f, mm(50))):
            s.text(x + mm(5), y + mm(29 + 6 * k), t, f)
        s.text(x + mm(5), y + mm(46), f"公民身份号码   {p.id_number}", font("hei", int(mm(4.0))))
        s.draw.rectangle((x + mm(60), y + mm(6), x + mm(82), y + mm(36)), fill=(150, 150, 150))
        y2 = y + ch + mm(12)
        s.centred(y2 + mm(8), "中华人民共和国", font("hei", int(mm(5.4))), x0=x, x1=x + cw)
        s.centred(y2 + mm(17), "居 民 身 份 证", font("hei", int(mm(6.4))), x0=x, x1=x + cw)
        s.text(x + mm(12), y2 + mm(36), f"签发机关  {c.extra['police']}", f)
        s.text(x + mm(12), y2 + mm(44), f"有效期限  {born.year + 30}.{born.month:02d}.{born.day:02d}-长期", f)
        hand(s, mm(50), mm(178), "此复印件与原件一致，仅供法院执行使用", rng, size=int(mm(5.6)), ink=INK_PEN)
        signature(s, mm(130), mm(192), p.name, rng)
        return [s]
    f = font("serif", int(mm(4.6)))
    x0, y0, x1, y1 = mm(22), mm(26), mm(188), mm(214)
    s.box(x0, y0, x1, y1, width=6)
    s.box(x0 + mm(3), y0 + mm(3), x1 - mm(3), y1 - mm(3), width=1)
    s.centred(y0 + mm(14), "营 业 执 照", font("serif_bold", int(mm(11))))
    s.centred(y0 + mm(30), "（副    本）", f)
    s.text(x0 + mm(10), y0 + mm(42), f"统一社会信用代码 {p.id_number}", font("serif", int(mm(4.2))))
    rows = [("名称", p.name), ("类型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", c.extra.get("scope", "一般项目：货物进出口；技术进出口。")), ("注册资本", c.extra.get("capital", "伍佰万元整")),
            ("成立日期", c.extra.get("founded", "2012年05月17日")), ("住所", p.address)]
    yy: float = y0 + mm(56)
    for lab, val in rows:
        s.text(x0 + mm(12), yy, lab, f, spacing=mm(2) if len(lab) < 4 else 0.0)
        parts = wrap(val, f, mm(110))
        for part in parts:
            s.text(x0 + mm(46), yy, part, f)
            yy += mm(7.4)
        yy += mm(3)
    s.text(x0 + mm(104), y1 - mm(30), "登记机关", f)
    seal(s, x0 + mm(132), y1 - mm(28), "秦皇岛市海港区行政审批局", rng, radius=mm(17))
    hand(s, mm(40), mm(228), "复印件与原件一致", rng, size=int(mm(6.4)), ink=INK_PEN)
    seal(s, mm(128), mm(236), p.name, rng, radius=mm(18))
    return [s]


# ------------------------------------------------------------------ forms the parties fill by hand

def hand_form(c: CaseCtx, rng: random.Random, title: str, rows: Sequence[tuple[str, str]], *, note: str = "",
              signer: str = "", when: date | None = None, seal_name: str = "") -> list[Sheet]:
    """A court-printed form (黑体 captions in a ruled table) filled in ballpoint by a party."""
    s = Sheet()
    cap = font("hei", int(mm(4.6)))
    s.centred(mm(22), "河北省秦皇岛市海港区人民法院", font("hei", int(mm(5.6))))
    s.centred(mm(32), title, font("hei", int(mm(7.6))), spacing=mm(1.4))
    s.text(mm(22), mm(46), f"案号：{c.number}", cap)
    x: float = mm(22)
    y: float = mm(54)
    h = mm(15)
    for k, v in rows:
        lines = wrap(v, font("kai", int(mm(5.2))), mm(120)) if v else [""]
        hh = max(h, mm(9.5) * len(lines) + mm(5))
        s.box(x, y, x + mm(44), y + hh, width=2)
        s.box(x + mm(44), y, mm(188), y + hh, width=2)
        for j, part in enumerate(wrap(k, cap, mm(40))):
            s.text(x + mm(2.5), y + mm(3) + j * mm(6), part, cap)
        for j, part in enumerate(lines):
            if part:
                hand(s, x + mm(47), y + mm(3) + j * mm(9.5), part, rng, size=int(mm(5.2)), ink=INK_PEN)
        y += hh
    s.box(x, mm(54), mm(188), y, width=4)
    if note:
        y = _flow([s], [("p", note)], font("sans", int(mm(3.8))), x0=x, x1=mm(188), y=y + mm(5), lh=mm(6.2), top=mm(20),
                  bottom=mm(285), indent=mm(7.6))
    s.text(mm(110), y + mm(8), "填表人（签名/盖章）：", cap)
    if seal_name:
        seal(s, mm(165), y + mm(18), seal_name, rng, radius=mm(18))
    signature(s, mm(156), y + mm(4), signer or c.applicant.name, rng, ink=INK_PEN)
    hand(s, mm(134), y + mm(22), num_date(when or c.filed_on), rng, size=int(mm(5.2)), ink=INK_PEN)
    return [s]


# ------------------------------------------------------------------ banks, the inquiry system

def statement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent's bank's 账户交易明细 (two pages of a dot-matrix-like mono listing) ending in the transfer of the
    settlement money to the court's account, the branch's 业务专用章 on the last page."""
    e = c.extra
    mono = font("mono", int(mm(3.4)))
    bold = font("sans_bold", int(mm(5.4)))
    bank = e["r_bank"]
    payer = c.respondent
    bal = Decimal(rng.randint(300000, 600000)) + c.amount * 2
    day = c.day(-30)
    rows: list[list[str]] = []
    for _ in range(44):
        day += timedelta(days=rng.randint(0, 2))
        amt = Decimal(rng.randint(800, 160000)) / 10
        out = rng.random() < 0.5
        bal = bal - amt if out else bal + amt
        rows.append([f"{day:%Y%m%d}", rng.choice(["网银转账", "代发工资", "港杂费", "货款", "手续费", "电费代扣"]),
                     f"{'-' if out else '+'}{amt:,.2f}", f"{bal:,.2f}", rng.choice(["秦皇岛", "北戴河", "山海关"]) + "网点"])
    pay = e["paid"]
    rows.append([f"{e['pay_day']:%Y%m%d}", "转账-执行款", f"-{pay:,.2f}", f"{bal - pay:,.2f}", "海港区法院执行款账户"])
    widths = [mm(26), mm(34), mm(36), mm(38), mm(40)]
    pages: list[Sheet] = []
    for k in range(0, len(rows), 26):
        s = Sheet()
        s.centred(mm(16), bank, bold)
        s.centred(mm(26), "账 户 交 易 明 细 清 单", font("sans_bold", int(mm(6.0))))
        s.text(mm(18), mm(38), f"户名：{payer.name}    账号：{e['r_acct']}    币种：人民币", mono)
        s.text(mm(18), mm(44), f"查询期间：{c.day(-30):%Y-%m-%d} 至 {e['pay_day']:%Y-%m-%d}", mono)
        y = table(s, mm(18), mm(52), widths, [["交易日期", "摘要", "发生额", "余额", "交易网点/对方户名"],
                                              *rows[k:k + 26]], mono, row_h=mm(7.8), width=1, pad=6)
        pages.append(s)
    last = pages[-1]
    last.text(mm(18), y + mm(8), "本清单仅供查询使用，加盖本行业务专用章有效。", mono)
    seal(last, mm(150), y + mm(24), bank + "业务专用章", rng, radius=mm(19))
    for i, s in enumerate(pages, 1):
        s.right(mm(192), mm(285), f"第 {i} 页 / 共 {len(pages)} 页    打印时间 {e['pay_day']:%Y-%m-%d} 15:{rng.randint(10, 59)}", mono)
    return pages


def inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 执行网络查控 printout: a wide table of 反馈 rows, system footer."""
    e = c.extra
    s = Sheet()
    f = font("sans", int(mm(3.5)))
    s.centred(mm(18), "网络查控结果（总对总）", font("sans_bold", int(mm(6.0))))
    s.text(mm(14), mm(30), f"案号：{c.number}    被查询人：{c.respondent.name}    证照号码：{c.respondent.id_number}", f)
    s.text(mm(14), mm(36), f"发起时间：{c.day(4):%Y-%m-%d} 09:{rng.randint(10, 59)}    发起人：{c.officer}", f)
    banks = e["inquiry"]
    rows = [["序号", "协助单位", "财产类型", "账号/证号", "余额/数量", "反馈时间", "状态"]]
    for i, (unit, kind, acct, bal) in enumerate(banks, 1):
        rows.append([str(i), unit, kind, acct, bal, f"{c.day(5):%Y-%m-%d}", "已反馈"])
    table(s, mm(14), mm(44), [mm(12), mm(46), mm(22), mm(44), mm(26), mm(24)], rows, f, row_h=mm(10), width=1, pad=5)
    s.text(mm(14), mm(280), "打印自：最高人民法院执行指挥管理平台", f)
    s.right(mm(196), mm(280), "第1页 共1页", f)
    return [s]


def settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """执行和解协议 typed by the applicant's lawyer: 甲方/乙方 clauses, two pages, both seals and signatures."""
    e = c.extra
    a, r = c.applicant, c.respondent
    f = font("serif", int(mm(5.3)))
    sheets = [Sheet()]
    sheets[0].centred(mm(30), "执 行 和 解 协 议", font("sans_bold", int(mm(8.0))))
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"住所/住址：{a.address}"),
        ("f", f"乙方（被执行人）：{r.name}"), ("f", f"住所/住址：{r.address}"),
        ("p", f"甲乙双方{e['cause']}一案，{c.basis_court}{c.basis_number}{e['basis_title']}已发生法律效力，甲方已向河北省秦皇岛市"
              f"海港区人民法院申请强制执行，案号{c.number}。经双方自愿协商，达成如下和解协议："),
        ("p", f"一、双方确认，截至本协议签订之日，乙方尚欠甲方{e['award_item']}及迟延履行利息合计{money(e['paid'])}。"),
        ("p", f"二、乙方同意于{num_date(e['pay_day'])}前将上述款项一次性汇入海港区人民法院执行款专户，由法院转付甲方。"),
        ("p", "三、乙方按期足额履行后，甲方放弃其余迟延履行利息的请求，本案执行完毕；法院对乙方所采取的冻结等措施予以解除。"),
        ("p", "四、乙方未按本协议第二条履行的，甲方有权申请恢复执行原生效法律文书，已履行部分予以扣除。"),
        ("p", "五、本协议一式三份，甲乙双方各执一份，交海港区人民法院执行局一份入卷，自双方签字盖章之日起生效。"),
        ("p", "（以下无正文）"),
    ]
    y = _flow(sheets, blocks, f, x0=mm(26), x1=mm(184), y=mm(48), lh=mm(9.6), top=mm(28), bottom=mm(200), indent=mm(10.6))
    s = sheets[-1]
    if len(sheets) == 1:
        sheets.append(Sheet())
        s = sheets[-1]
        y = mm(40)
        s.text(mm(26), mm(28), "（本页为签署页）", f)
    day = num_date(e["settle_day"])
    s.text(mm(26), y + mm(12), "甲方（签章）：", f)
    s.text(mm(110), y + mm(12), "乙方（签章）：", f)
    if a.kind == "organisation":
        seal(s, mm(66), y + mm(26), a.name, rng, radius=mm(19))
    else:
        signature(s, mm(56), y + mm(20), a.name, rng)
    seal(s, mm(150), y + mm(26), r.name, rng, radius=mm(19))
    signature(s, mm(56), y + mm(44), c.agent, rng)
    signature(s, mm(140), y + mm(44), r.legal_rep or r.name, rng)
    s.text(mm(26), y + mm(62), f"签订日期：{day}", f)
    s.text(mm(110), y + mm(62), f"签订日期：{day}", f)
    small = font("serif", int(mm(3.8)))
    for i, sh in enumerate(sheets, 1):
        sh.centred(mm(282), f"第 {i} 页  共 {len(sheets)} 页", small)
    return sheets


def receipt_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """河北省法院诉讼费用专用票据 (the 执行申请费 paid at the window): a green-ruled slip on the top third."""
    e = c.extra
    s = Sheet()
    f = font("song_gb", int(mm(4.4)))
    s.centred(mm(18), "河北省人民法院诉讼费专用票据", font("song_gb", int(mm(6.6))))
    s.text(mm(24), mm(30), f"票据代码：13010{rng.randint(1000, 9999)}", f)
    s.right(mm(186), mm(30), f"No {rng.randint(10**7, 10**8 - 1)}", font("mono", int(mm(4.6))))
    s.text(mm(24), mm(37), f"交款人：{c.applicant.name}", f)
    s.right(mm(186), mm(37), f"开票日期：{c.filed_on:%Y-%m-%d}", f)
    rows = [["项目编码", "项目名称", "案号", "金额（元）"],
            ["103010101", "申请执行费", c.number, f"{e['fee']:,.2f}"],
            ["", "", "", ""],
            ["金额合计（大写）", money_caps(e["fee"]), "（小写）", f"{e['fee']:,.2f}"]]
    y = table(s, mm(24), mm(44), [mm(36), mm(50), mm(50), mm(26)], rows, f, row_h=mm(10), width=2, pad=6)
    s.text(mm(24), y + mm(4), "收款单位（章）：", f)
    seal(s, mm(80), y + mm(8), "河北省秦皇岛市海港区人民法院财务专用章", rng, radius=mm(15))
    s.text(mm(120), y + mm(4), f"复核人：{e['cashier']}    收款人：{e['cashier']}", f)
    return [s]
