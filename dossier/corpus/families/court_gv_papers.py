"""What 北林法院执行局 receives, each in its maker's hand: the court's own 立案庭's 司法确认 ruling (AR PL 明体, the
title spread wide, "- n -" folios) and the mediation committee's printed 人民调解协议书 filled in by the mediator, the
grandson's application written on green 方格稿纸, the copy shop's typed 授权委托书 with the grandmother's thumbprint,
ID cards and the 户口簿 as phone photos, the village committee's handwritten proof on its red-headed letter paper,
the window's printed forms filled in by hand, the tax bureau's 非税收入 e-receipt (printed at the window, or the phone's
payment screen printed at the copy shop), the 查控 system's printout, and the employer's or bank's reply."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_gv_kit import (
    COURT,
    GRANDSON,
    LEFT,
    RIGHT,
    TOP,
    Column,
    body,
    form_head,
    grid,
    num,
    received_stamp,
    screenshot,
    snapshot,
    thumbprint,
)
from dossier.corpus.fonts import font
from dossier.corpus.paper import scrawl, stamp

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "kinship_proof", "payment_account_confirmation", "service_address_confirmation",
    "property_declaration_form", "online_inquiry_result",
})
LAW = "《中华人民共和国民事诉讼法》"
GREEN = (60, 140, 90)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gv import made_on

    d = made_on(c, code)
    photos = c.extra["photos"]
    backdrop = str(c.extra["backdrop"])
    if code == "enforcement_basis":
        ruling = _confirm_ruling(c, rng)
        if "ruling" in photos:
            ruling = [snapshot([s], rng, backdrop=backdrop) for s in ruling]
        agreement = _agreement(c, rng)
        if "agreement" in photos:
            agreement = [snapshot([s], rng, backdrop=backdrop) for s in agreement]
        return [*ruling, *agreement]
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return [snapshot(_id_card(p, rng, c), rng, backdrop=backdrop)]
    if code == "kinship_proof":
        if "household" in photos:
            return [snapshot([_household(c, rng)], rng, backdrop=backdrop, fill=0.93)]
        return [snapshot([_village_proof(c, rng, d)], rng, backdrop=backdrop)]
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "fee_receipt":
        return [screenshot(_pay_screen(c, rng), rng)] if "screen" in photos else _e_receipt(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng, d)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    raise KeyError(code)


def _who(p: Party) -> str:
    born = p.born or date(1960, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，身份证号{p.id_number}"


def _age(p: Party, on: date) -> int:
    born = p.born or date(1960, 1, 1)
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _terms(c: CaseCtx) -> list[str]:
    sons = c.extra["sons"]
    mom = c.applicant.name
    return [f"一、{mom}由长子{sons[0]}负责日常照料，随长子一家共同生活；",
            f"二、次子{sons[1]}、三子{sons[2]}、四子{sons[3]}每人每月给付{mom}赡养费{c.extra['monthly']}元，于每月10日前交付"
            f"{mom}本人或其指定的人，自{c.extra['ruling_day'].year}年{c.extra['ruling_day'].month}月起给付；",
            f"三、{mom}患病就医的医疗费用，扣除新农合报销部分后，由四个儿子平均分担，凭票据结算；",
            f"四、{mom}名下承包地由长子{sons[0]}耕种，收益归{mom}所有；",
            "五、各方不得以任何理由拒付、拖欠赡养费，不得干涉老人的生活。"]


def _confirm_ruling(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 立案庭's 司法确认 ruling as the window printed it for the family: 明体, its own head, the spread title, the
    number flush right, a "- n -" folio, the judge's and clerk's names, the seal, the copy stamp."""
    ming = font("ming", 42)
    day = c.extra["ruling_day"]
    sons = c.extra["sons"]
    s = Sheet()
    s.centred(TOP, COURT, font("hei", 52), spacing=4)
    s.centred(TOP + 92, "民事裁定书", font("serif_bold", 82), spacing=38)
    col = Column(s, TOP + 220, left=mm(29), right=mm(25))
    col.need(80)
    col.s.right(col.s.width - col.right, col.y, c.basis_number, font("ming", 40))
    col.y += 92
    blocks: list[tuple[str, str]] = [("h", f"申请人：{_who(c.applicant)}。")]
    for k, name in enumerate(sons):
        blocks.append(("h", f"申请人：{name}，男，系{c.applicant.name}之{['长', '次', '三', '四'][k]}子，住{c.applicant.address if k == 0 else '绥化市北林区'}。"))
    blocks += [
        ("p", f"申请人{c.applicant.name}与申请人{'、'.join(sons)}于{cn_date(c.extra['agree_day'])}经{c.extra['committee']}主持调解，"
              "达成了如下人民调解协议："),
        *[("p", t) for t in _terms(c)],
        ("p", f"申请人于{cn_date(c.extra['agree_day'] + timedelta(days=3))}共同向本院申请司法确认。本院受理后，依法指定审判员"
              f"{c.extra.setdefault('confirm_judge', person_name(rng))}进行了审查，并询问了全体申请人。"),
        ("p", f"本院经审查认为，申请人达成的调解协议，符合司法确认调解协议的法定条件。依照{LAW}第二百零一条、第二百零二条的规定，"
              "裁定如下："),
        ("p", f"一、申请人{c.applicant.name}与申请人{'、'.join(sons)}于{cn_date(c.extra['agree_day'])}经{c.extra['committee']}"
              "主持调解达成的人民调解协议有效。"),
        ("p", "二、当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请"
              "执行。"),
    ]
    for kind, text in blocks:
        col.para(text, ming, lead=76, first=ming.size * 2 if kind == "p" else 0, hang=ming.size * 2 if kind == "h" else 0)
    col.need(360)
    last, y = col.s, col.y + 60
    x = last.width - mm(95)
    last.text(x, y, f"审 判 员　{c.extra['confirm_judge']}", ming)
    y += 100
    when = cn_date(day)
    last.text(x - mm(4), y, when, ming)
    seal(last, x + text_width(when, ming) / 2, y + 10, COURT, rng, radius=mm(20))
    last.text(x, y + 100, f"书 记 员　{person_name(rng)}", ming)
    stamp(last, LEFT - mm(8), y + 30, ["本件与原本核对无异"], rng, size_mm=4.2, face="kai_gb")
    n = len(col.sheets)
    for i, sh in enumerate(col.sheets, 1):
        sh.centred(sh.height - mm(18), f"- {i} -", font("ming", 32))
        if n > 1:
            sh.page_of = (i, n)
    return col.sheets


def _agreement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The committee's printed 人民调解协议书 (GB 宋 on the form), filled in by the mediator with a black pen; the parties
    sign or press their thumbs, the mediator signs, the committee's seal on the date."""
    f = font("song_gb", 34)
    black = (28, 28, 30)
    sons = c.extra["sons"]
    agree = c.extra["agree_day"]
    s1 = Sheet()
    s1.centred(TOP - mm(4), "人民调解协议书", font("song_gb", 70), spacing=16)
    s1.right(s1.width - mm(20), TOP + 80, f"编号：{c.extra['agree_no']}", f)
    x0, w = mm(20), s1.width - mm(40)
    cols = [mm(30), mm(14), mm(14), mm(14), w - mm(72)]
    rows = [["姓名", "性别", "年龄", "民族", "住所或单位、联系方式"]]
    people = [(c.applicant.name, "女", str(_age(c.applicant, agree)), c.applicant.address)]
    for k, name in enumerate(sons):
        years = _age(c.respondent, agree) if name == c.respondent.name else 52 + 3 * (3 - k) + rng.randint(0, 1)
        people.append((name, "男", str(years), c.applicant.address if k == 0 else
                       (c.respondent.address if name == c.respondent.name else "绥化市北林区")))
    s1.text(x0, TOP + 130, "当事人", font("song_gb", 38))
    boxes = grid(s1, x0, TOP + 180, cols, rows + [["", "", "", "", ""] for _ in people], font("song_gb", 30),
                 heights=[mm(10)] + [mm(15)] * len(people), labels=(0, 1, 2, 3, 4), frame=3)
    per_row = 5
    for i, (name, sex, age, addr) in enumerate(people):
        row = boxes[(i + 1) * per_row:(i + 2) * per_row]
        for k, v in enumerate([name, sex, age, "汉"]):
            hand(s1, row[k][0] + mm(2), row[k][1] + mm(4), v, rng, size=36, ink=black)
        addr_lines = [addr[j:j + 22] for j in range(0, len(addr), 22)][:2]
        for j, part in enumerate(addr_lines):
            hand(s1, row[4][0] + mm(2), row[4][1] + mm(1.5) + j * mm(6.5), part, rng, size=30, ink=black)
    y = boxes[-1][3] + mm(6)
    facts = (f"{c.applicant.name}现年{_age(c.applicant, agree)}岁，丈夫早年去世，生有四子。老人年老多病，无固定收入，"
             f"四个儿子对赡养老人的方式和费用分担长期有争议，老人向{c.extra['committee']}申请调解。")
    for title, text, rows_n in (("纠纷主要事实、争议事项：", facts, 4), ("经调解，自愿达成如下协议：", "".join(_terms(c)), 9)):
        s1.text(x0, y, title, font("song_gb", 36))
        y += mm(9)
        for k in range(rows_n):
            s1.line(x0, y + (k + 1) * mm(9.5), x0 + w, y + (k + 1) * mm(9.5), width=1, fill=(120, 120, 120))
        parts = [text[j:j + 27] for j in range(0, len(text), 27)]
        for k, part in enumerate(parts[:rows_n]):
            hand(s1, x0 + mm(2), y + k * mm(9.5) + mm(1.5), part, rng, size=mm(5.6), ink=black)
        y += rows_n * mm(9.5) + mm(8)
    s1.page_of = (1, 2)
    s2 = Sheet()
    s2.starts_document = False
    y = float(TOP)
    for title, text in (("履行方式、时限：", "赡养费按月现金或转账交付，每月10日前付清；医疗费凭票据于出院后30日内结清。"),
                        ("其他：", "本协议经双方签字后生效，各方可共同向北林区人民法院申请司法确认。")):
        s2.text(x0, y, title, font("song_gb", 36))
        y += mm(9)
        for k in range(3):
            s2.line(x0, y + (k + 1) * mm(9.5), x0 + w, y + (k + 1) * mm(9.5), width=1, fill=(120, 120, 120))
        for k, part in enumerate([text[j:j + 27] for j in range(0, len(text), 27)][:3]):
            hand(s2, x0 + mm(2), y + k * mm(9.5) + mm(1.5), part, rng, size=mm(5.6), ink=black)
        y += 3 * mm(9.5) + mm(10)
    s2.text(x0, y, "本协议一式 六 份，当事人、人民调解委员会各持一份。", font("song_gb", 36))
    y += mm(16)
    s2.text(x0, y, "当事人（签名盖章或按指印）：", font("song_gb", 36))
    y += mm(14)
    for k, name in enumerate([c.applicant.name, *sons]):
        x = x0 + mm(8) + (k % 3) * mm(58)
        yy = y + (k // 3) * mm(24)
        if k == 0:
            s2.text(x, yy, name, font("song_gb", 34))
            s2.text(x + mm(20), yy, "（按印）", font("song_gb", 28))
            thumbprint(s2, x + mm(12), yy + mm(4), rng)
        else:
            scrawl(s2, x, yy - mm(2), name, rng, role="kai_gb", size=mm(7.5), ink=black)
            thumbprint(s2, x + mm(30), yy + mm(3), rng, size=mm(5.5))
    y += mm(56)
    s2.text(x0, y, "人民调解员（签名）：", font("song_gb", 36))
    scrawl(s2, x0 + mm(62), y - mm(2), c.extra["mediator"], rng, role="wenkai", size=mm(7.5), ink=black)
    y += mm(16)
    s2.text(x0, y, "记录人（签名）：", font("song_gb", 36))
    scrawl(s2, x0 + mm(62), y - mm(2), c.extra["recorder"], rng, role="wenkai", size=mm(7.5), ink=black)
    y += mm(26)
    s2.right(s2.width - mm(40), y, "（人民调解委员会印）", font("song_gb", 34))
    y += mm(14)
    s2.right(s2.width - mm(40), y, f"{agree.year}年{agree.month}月{agree.day}日", font("song_gb", 36))
    seal(s2, s2.width - mm(75), y - mm(2), c.extra["committee"], rng, radius=mm(20))
    s2.page_of = (2, 2)
    s1.starts_document = True  # the agreement follows the ruling as a paper of its own
    return [s1, s2]


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The grandson's application, written into the cells of green 300-字 方格稿纸: a paragraph begins two cells in."""
    a, r = c.applicant, c.respondent
    f, t = c.extra["arrears_from"], c.extra["arrears_to"]
    gb = c.extra["agent_born"]
    paras = [
        "@强制执行申请书",
        f"申请执行人：{_who(a)}。",
        f"委托代理人：{c.agent}，男，{gb.year}年{gb.month}月{gb.day}日出生，系申请人孙子，住址同上，电话{c.agent_phone}。",
        f"被执行人：{_who(r)}，电话{r.phone}。",
        "申请事项：",
        f"一、请求强制执行被执行人给付申请人{f.year}年{f.month}月至{t.year}年{t.month}月的赡养费"
        f"{c.extra['monthly'] * c.extra['arrears_months']}元和应分担的医疗费{c.extra['med']}元，共计{c.amount}元；",
        "二、请求对被执行人限制高消费，拒不履行的纳入失信被执行人名单；",
        "三、执行费用由被执行人负担。",
        "事实与理由：",
        f"申请人有四个儿子。{c.extra['agree_day'].year}年{c.extra['agree_day'].month}月，在{c.extra['committee']}"
        f"调解下，四个儿子和申请人签了调解协议，约定三个儿子每人每月给申请人赡养费{c.extra['monthly']}元，看病的钱四个儿子"
        f"平摊。北林区人民法院作出{c.basis_number}民事裁定书确认了协议有效。被执行人从{f.year}年{f.month}月起就不给钱了，"
        f"申请人在{c.extra['hospital']}住院的钱他也不拿。申请人今年{_age(a, d)}岁，没有收入，多次找他要都不给，"
        "特向法院申请强制执行。",
        "此致",
        "@@绥化市北林区人民法院",
        f"@>申请人：{a.name}（按手印）",
        f"@>代书人：{c.agent}",
        f"@>{num(d)}",
    ]
    cols, rows_pp = 20, 15
    cell = mm(8.4)
    gap = mm(4.2)
    x0 = (Sheet().width - cols * cell) / 2
    y0 = mm(30)
    cells: list[str] = []
    marks: list[int] = []  # where the applicant's name sits (for the thumbprint)
    for p in paras:
        row: list[str] = []
        if p.startswith("@@"):
            row = list(p[2:])
        elif p.startswith("@>"):
            text = p[2:]
            row = [""] * (cols - len(text) - 1) + list(text)
            if text.startswith("申请人"):
                marks.append(len(cells) + cols - len(text) - 1 + 4)
        elif p.startswith("@"):
            text = p[1:]
            pad = (cols - len(text)) // 2
            row = [""] * pad + list(text)
        else:
            row = list(p) if p.endswith("：") else ["", "", *p]
        while len(row) % cols:
            row.append("")
        cells.extend(row)
    pages = [cells[i:i + cols * rows_pp] for i in range(0, len(cells), cols * rows_pp)]
    sheets: list[Sheet] = []
    for n, page in enumerate(pages):
        s = Sheet(paper=(252, 251, 246))
        for rr in range(rows_pp):
            ry = y0 + rr * (cell + gap)
            s.box(x0, ry, x0 + cols * cell, ry + cell, width=2, outline=GREEN)
            for k in range(1, cols):
                s.line(x0 + k * cell, ry, x0 + k * cell, ry + cell, width=1, fill=GREEN)
        for rr in range(rows_pp):
            chars = page[rr * cols:(rr + 1) * cols]
            text = "".join(ch for ch in chars if ch)
            if text:
                s.lines.append(text)
            for k, ch in enumerate(chars):
                if ch:
                    hand(s, x0 + k * cell + mm(1.0), y0 + rr * (cell + gap) + mm(0.6), ch, rng, size=int(cell * 0.8),
                         ink=GRANDSON, record=False)
        s.text(x0, y0 + rows_pp * (cell + gap) + mm(1), "北林区新华书店监制", font("song_gb", 26), fill=GREEN, record=False)
        s.right(x0 + cols * cell, y0 + rows_pp * (cell + gap) + mm(1), f"20×15=300　第{n + 1}页", font("song_gb", 26),
                fill=GREEN)
        sheets.append(s)
        base = n * cols * rows_pp
        for m in marks:
            if base <= m < base + cols * rows_pp:
                k = m - base
                thumbprint(s, x0 + (k % cols + 1.5) * cell, y0 + (k // cols) * (cell + gap) + cell * 0.6, rng)
    received_stamp(sheets[0], sheets[0].width - mm(62), mm(6), c.filed_on, rng)
    for i, s in enumerate(sheets, 1):
        s.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def _id_card(p: Party, rng: random.Random, c: CaseCtx) -> list[Sheet]:
    """The two faces of a second-generation ID card, each as its own small sheet (photographed one after the other)."""
    scale = 1.5
    w, h = int(mm(85.6) * scale), int(mm(54) * scale)
    face = Sheet(size=(w, h), paper=(226, 234, 236))
    back = Sheet(size=(w, h), paper=(230, 236, 238))
    for s in (face, back):
        for k in range(0, w, 14):
            s.line(k, 0, k + h // 3, h, width=1, fill=(214, 224, 230))
    grey = (70, 90, 110)
    lf, vf = font("hei", int(mm(3.0) * scale)), font("hei", int(mm(3.7) * scale))
    born = p.born or date(1960, 1, 1)
    y = mm(5.5) * scale
    x = mm(6) * scale
    for lab, val in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年 {born.month}月 {born.day}日")):
        face.text(x, y, lab, lf, fill=grey)
        face.text(x + mm(11) * scale, y - 2, val, vf)
        y += mm(7.5) * scale
    face.text(x, y, "住址", lf, fill=grey)
    addr = p.address.removeprefix("黑龙江省")
    for k in range(0, len(addr), 12):
        face.text(x + mm(11) * scale, y - 2, addr[k:k + 12], vf)
        y += mm(5.2) * scale
    face.text(x, h - mm(9) * scale, "公民身份号码", lf, fill=grey)
    face.text(x + mm(21) * scale, h - mm(9.6) * scale, p.id_number, font("mono", int(mm(4.0) * scale)))
    face.draw.rectangle((w - mm(29) * scale, mm(7) * scale, w - mm(5) * scale, mm(40) * scale), fill=(160, 165, 170))
    face.draw.ellipse((w - mm(23) * scale, mm(12) * scale, w - mm(11) * scale, mm(26) * scale), fill=(120, 120, 125))
    back.draw.ellipse((mm(5) * scale, mm(5) * scale, mm(19) * scale, mm(19) * scale), outline=(190, 60, 60), width=4)
    back.text(mm(30) * scale, mm(7) * scale, "中华人民共和国", font("hei", int(mm(5) * scale)))
    back.text(mm(24) * scale, mm(18) * scale, "居民身份证", font("hei", int(mm(7) * scale)), spacing=10)
    start = rng.randint(2008, 2019)
    old = p.born is not None and p.born.year < 1960
    until = "长期" if old else f"{start + 20}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}"
    back.text(mm(16) * scale, h - mm(15) * scale, "签发机关　绥化市公安局北林分局", lf)
    back.text(mm(16) * scale, h - mm(9) * scale, f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{until}", lf)
    _ = c
    return [face, back]


def _household(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 户口簿 opened at two 常住人口登记卡: the grandmother's (户主) and the grandson's (孙子), each with the
    police station's red 户口专用章."""
    page_w, page_h = mm(112), mm(150)
    s = Sheet(size=(2 * page_w + mm(6), page_h), paper=(226, 238, 236))
    station = f"绥化市公安局北林分局{c.extra['town'].removesuffix('镇').removesuffix('乡')}派出所"
    mom, gb = c.applicant, c.extra["agent_born"]
    people = [(mom.name, "户主", "女", mom.born or date(1940, 1, 1), mom.id_number, "小学", "丧偶", "务农"),
              (c.agent, "孙子", "男", gb, c.extra["agent_id"], rng.choice(["高中", "中专", "大专"]), rng.choice(["已婚", "未婚"]),
               rng.choice(["务工", "个体", "务农"]))]
    f = font("song_gb", 31)
    for k, (name, rel, sex, born, idn, edu, mar, job) in enumerate(people):
        x = k * (page_w + mm(6)) + mm(6)
        s.centred(mm(6), "常住人口登记卡", font("song_gb", 40), x0=x, x1=x + page_w - mm(12), spacing=4)
        w = page_w - mm(12)
        rows = [["姓名", name, "户主或与户主关系", rel], ["曾用名", "", "性别", sex], ["出生地", "黑龙江省绥化市", "民族", "汉"],
                ["籍贯", "黑龙江省绥化市", "出生日期", f"{born.year}年{born.month}月{born.day}日"],
                ["其他住址", ""], ["公民身份号码", idn], ["文化程度", edu, "婚姻状况", mar], ["服务处所", "", "职业", job],
                ["何时迁来本址", "出生"], ["登记日期", f"{born.year if k == 0 and born.year > 1990 else 1992}年"
                                               f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]]
        grid(s, x, mm(18), [mm(22), mm(33), mm(20), w - mm(75)], rows, f, heights=mm(11.5), labels=(0, 2), ink=(60, 70, 110),
             frame=3)
        seal(s, x + w - mm(26), mm(128), station, rng, radius=mm(14), inner="户口专用章")
        s.text(x, mm(136), "承办人签章：", f)
    return s


def _village_proof(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The village committee's proof on its red-headed letter paper, written by the accountant, the committee's seal."""
    s = Sheet(paper=(250, 248, 240))
    body_red = (200, 40, 40)
    issuer = f"绥化市北林区{c.extra['town']}{c.extra['village']}村民委员会"
    s.centred(mm(22), issuer, font("song_gb", 56), fill=body_red, spacing=2)
    s.line(mm(18), mm(38), s.width - mm(18), mm(38), width=4, fill=body_red)
    for k in range(18):
        s.line(mm(18), mm(58) + k * mm(11), s.width - mm(18), mm(58) + k * mm(11), width=1, fill=(230, 150, 150))
    mom = c.applicant
    text = [f"{' ' * 8}证　明",
            f"兹证明{mom.name}（身份证号{mom.id_number}）",
            f"系我村村民，{c.agent}（身份证号{c.extra['agent_id']}）",
            f"系{mom.name}长子{c.extra['father']}之子，二人系祖孙关系。",
            f"{mom.name}年事已高，现与孙子{c.agent}共同生活，",
            "日常事务均由其孙子代办。",
            "特此证明。"]
    for k, line in enumerate(text):
        scrawl(s, mm(24), mm(48) + k * mm(11), line, rng, role="kai_gb", size=mm(6.8), ink=(25, 25, 60))
    sig_y = mm(48) + 9 * mm(11)
    scrawl(s, s.width - mm(120), sig_y, f"村主任：{person_name(rng)}", rng, role="kai_gb", size=mm(6.8), ink=(25, 25, 60))
    scrawl(s, s.width - mm(110), sig_y + mm(22), num(d), rng, role="kai_gb", size=mm(6.8), ink=(25, 25, 60))
    seal(s, s.width - mm(80), sig_y + mm(14), issuer, rng, radius=mm(20))
    return s


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """A 授权委托书 typed from the copy shop's template (微软雅黑-like face), blanks filled in by the grandson; the
    grandmother's thumbprint at her name, the note that it was read out to her."""
    s = Sheet()
    f = font("microhei", 40)
    s.centred(mm(30), "授 权 委 托 书", font("microhei", 76), spacing=6)
    col = Column(s, mm(56), left=mm(26), right=mm(24))
    mom = c.applicant
    for kind, text in [
        ("h", f"委托人：{mom.name}，女，{mom.born.year if mom.born else ''}年生，身份证号{mom.id_number}，住{mom.address}。"),
        ("h", f"受托人：{c.agent}，男，身份证号{c.extra['agent_id']}，系委托人孙子，电话{c.agent_phone}。"),
        ("p", f"现委托上列受托人在委托人申请执行{c.respondent.name}赡养费纠纷一案中，作为委托人的代理人。"),
        ("p", "代理权限：特别授权，代为申请强制执行，代为提供财产线索，代为参加约谈、调查，代为签订执行和解协议，代为签收法律"
              "文书，代为领取执行款。"),
        ("p", "委托期限：自本委托书签署之日起至本案执行终结时止。"),
        ("p", "委托人年老不识字，本委托书由受托人代书，已向委托人宣读，委托人同意后按手印。"),
    ]:
        col.para(text, f, lead=74, first=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    y = col.y + mm(20)
    s.text(mm(26), y, "委托人（按手印）：", f)
    scrawl(s, mm(96), y - mm(2), mom.name, rng, role="wenkai", size=mm(8), ink=GRANDSON)
    thumbprint(s, mm(96) + len(mom.name) * mm(8.5), y + mm(3), rng, size=mm(8.5))
    s.text(mm(26), y + mm(26), "受托人（签名）：", f)
    scrawl(s, mm(86), y + mm(24), c.agent, rng, role="wenkai", size=mm(8), ink=GRANDSON)
    scrawl(s, s.width - mm(80), y + mm(50), num(d), rng, role="wenkai", size=mm(7), ink=GRANDSON)
    return [s]


def _pay_screen(c: CaseCtx, rng: random.Random) -> Sheet:
    """The phone's screen after paying the 申请执行费 through the 非税 payment page: status bar, a green tick, the fields."""
    w, h = 720, 1520
    s = Sheet(size=(w, h), paper=(244, 245, 247))
    s.draw.rectangle((0, 0, w, 52), fill=(244, 245, 247))
    sf = font("sans", 24)
    paid = c.day(1)
    s.text(24, 12, f"{rng.randint(8, 17)}:{rng.randint(10, 59)}", sf, record=False)
    s.right(w - 24, 12, "4G  67%", sf)
    s.draw.rectangle((0, 52, w, 140), fill=(255, 255, 255))
    s.centred(78, "缴费详情", font("sans_bold", 34))
    s.draw.ellipse((w / 2 - 48, 190, w / 2 + 48, 286), fill=(26, 173, 25))
    s.line(w / 2 - 24, 238, w / 2 - 6, 258, width=8, fill=(255, 255, 255))
    s.line(w / 2 - 6, 258, w / 2 + 26, 220, width=8, fill=(255, 255, 255))
    s.centred(310, "缴款成功", font("sans_bold", 40))
    fee: Decimal = c.extra["fee"]
    s.centred(376, f"¥{fee:,.2f}", font("sans_bold", 60))
    s.draw.rectangle((24, 480, w - 24, 1250), fill=(255, 255, 255))
    rows = [("缴款人", c.applicant.name), ("执收单位", "绥化市北林区人民法院"), ("项目名称", "申请执行费"),
            ("案号", c.number), ("缴款码", f"2312{rng.randint(10**15, 10**16 - 1)}"), ("缴款渠道", "微信支付"),
            ("缴款时间", f"{paid:%Y-%m-%d} {rng.randint(8, 17)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"),
            ("票据状态", "电子票据已开具")]
    y = 510
    lf, vf = font("sans", 27), font("sans", 27)
    for k, v in rows:
        s.text(48, y, k, lf, fill=(120, 120, 120))
        vw = text_width(v, vf)
        if vw > w - 260:
            s.text(220, y, v, font("sans", 23))
        else:
            s.right(w - 48, y, v, vf)
        y += 88
        s.line(48, y - 26, w - 48, y - 26, width=1, fill=(230, 230, 230))
    s.draw.rounded_rectangle((60, 1300, w - 60, 1384), radius=12, fill=(26, 173, 25))
    s.centred(1320, "查看电子票据", font("sans", 32), fill=(255, 255, 255))
    return s


def _e_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """黑龙江省非税收入电子票据 printed at the window: red title, blue ruled table, the QR square, the finance seal."""
    s = Sheet()
    red, blue = (190, 40, 40), (40, 70, 150)
    s.centred(mm(20), "黑龙江省非税收入一般缴款书（电子）", font("serif_bold", 52), fill=red, spacing=2)
    f = font("sans", 30)
    s.text(mm(18), mm(36), f"票据代码：23010124　　票据号码：{rng.randint(10**9, 10**10 - 1)}", f, fill=blue)
    s.text(mm(18), mm(43), f"交款人统一社会信用代码：{c.applicant.id_number}", f, fill=blue)
    s.right(s.width - mm(18), mm(43), f"开票日期：{c.day(1):%Y-%m-%d}", f)
    fee: Decimal = c.extra["fee"]
    w = s.width - mm(36)
    rows = [["交款人", c.applicant.name, "执收单位", "绥化市北林区人民法院"], ["项目编码", "103040101001", "项目名称", "申请执行费"],
            ["案　号", c.number, "金额（元）", f"{fee:,.2f}"], ["金额合计（大写）", money_caps(fee)],
            ["备　注", f"{c.agent}代缴"]]
    grid(s, mm(18), mm(52), [mm(34), mm(60), mm(30), w - mm(124)], rows, f, heights=mm(14), labels=(0, 2), ink=blue, frame=3)
    qx, qy = s.width - mm(50), mm(130)
    for i in range(21):
        for j in range(21):
            if rng.random() < 0.5 or (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7):
                s.draw.rectangle((qx + i * 12, qy + j * 12, qx + i * 12 + 11, qy + j * 12 + 11), fill=(30, 30, 30))
    s.text(mm(18), mm(134), f"收款单位（章）：绥化市北林区财政局　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f)
    seal(s, mm(80), mm(150), "黑龙江省财政厅", rng, radius=mm(16), inner="票据监制章")
    s.draw.line((0, mm(190), s.width, mm(190)), fill=(200, 200, 200), width=1)
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 诉讼服务中心's printed forms, filled in by the grandson with a black ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    story = str(c.extra["tale"])
    if code == "payment_account_confirmation":
        y = form_head(s, "执行案款收款账户确认书", mark="北林法院诉讼服务中心")
        rows = [("案　　号", c.number), ("申请执行人", a.name), ("户　　名", a.name), ("开户银行", c.extra["in_bank"]),
                ("账　　号", c.extra["in_acct"]), ("联系电话", f"{c.agent_phone}（孙子{c.agent}）")]
        note = ("本人确认以上账户为接收本案执行款的账户。因账户信息有误导致案款发放延误的，由本人承担后果。账户为申请执行人本人"
                "的社保卡（一卡通）账户。")
    elif code == "service_address_confirmation":
        y = form_head(s, "送达地址确认书", mark="北林法院诉讼服务中心")
        rows = [("案　　号", c.number), ("受送达人", f"{a.name}（代收人：{c.agent}）"), ("送达地址", a.address),
                ("收件人及电话", f"{c.agent}　{c.agent_phone}"), ("是否同意电子送达", f"同意　手机号{c.agent_phone}"),
                ("其他联系方式", "无")]
        note = ("受送达人应如实提供送达地址；地址变更未及时告知法院，导致法律文书未能实际接收的，文书退回之日视为送达之日。")
    else:
        y = form_head(s, "被执行人财产线索表", mark="北林法院诉讼服务中心")
        clue = {"mill": f"在{c.extra.get('employer', '')}上班，当{c.extra.get('job', '')}，每月开工资四千多",
                "hauler": "有一台拖拉机，秋天给收粮的拉苞米，挣现金和微信；家里有十来亩地",
                "taxi": f"开出租车（车号{c.extra.get('plate', '')}），邮储银行有卡"}[story]
        rows = [("案　　号", c.number), ("被执行人", r.name), ("身份证号", r.id_number), ("住　　址", r.address),
                ("工作单位及收入", clue), ("其他财产线索", "不清楚")]
        note = "申请执行人应当如实提供被执行人的财产线索；提供虚假线索的，依法承担相应责任。"
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], [[lab, ""] for lab, _ in rows], body(34),
                 heights=[mm(26) if len(v) > 20 else mm(17) for _, v in rows])
    right = [b for b in boxes if b[0] > LEFT]
    for (_lab, value), b in zip(rows, right, strict=True):
        parts = [value[i:i + 20] for i in range(0, len(value), 20)]
        for k, part in enumerate(parts[:2]):
            scrawl(s, b[0] + mm(4), b[1] + mm(3) + k * mm(9), part, rng, role="wenkai", size=mm(6), ink=GRANDSON)
    col = Column(s, boxes[-1][3] + 40)
    col.para(note, body(32), lead=52, first=64)
    y = col.y + 50
    s.text(s.width - RIGHT - mm(118), y, "申请执行人（代理人）签名：", body(34))
    scrawl(s, s.width - RIGHT - mm(34), y - mm(2), c.agent, rng, role="wenkai", size=mm(7), ink=GRANDSON)
    scrawl(s, s.width - RIGHT - mm(60), y + mm(16), num(d), rng, role="wenkai", size=mm(6), ink=GRANDSON)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """被执行人财产申报表, filled in by the son in the bureau's waiting room; he signs and presses his thumb."""
    r = c.respondent
    s = Sheet()
    y = form_head(s, "被执行人财产申报表")
    s.right(s.width - RIGHT, y - 24, f"案号：{c.number}", body(30))
    y += 30
    w = s.width - LEFT - RIGHT
    story = str(c.extra["tale"])
    wage = {"mill": f"{c.extra.get('employer', '')}，月工资{c.extra.get('wage', 0):.0f}元左右",
            "hauler": "无工作、无收入，在家种地", "taxi": "开出租车，每月挣三千左右，交完份子钱剩不多"}[story]
    deposit = {"mill": "工资卡一张，余额几百元", "hauler": "无",
               "taxi": f"邮储银行卡一张，余额约{c.extra.get('balance', 0):.0f}元"}[story]
    rows = [("姓名", r.name), ("身份证号", r.id_number), ("工作单位及收入", wage), ("银行存款", deposit),
            ("微信、支付宝余额", "无" if story == "hauler" else "几十元"), ("房屋", "无，租房住" if story != "hauler" else "村里老房一处"),
            ("车辆（含农用车）", {"mill": "无", "hauler": "无", "taxi": "出租车一辆（公司名下）"}[story]),
            ("承包地及流转收益", "有地十来亩，自己种" if story == "hauler" else "无"), ("对外债权、其他", "无"),
            ("未履行原因", {"mill": "家里困难，孩子上学", "hauler": "没钱", "taxi": "跑车不挣钱"}[story])]
    boxes = grid(s, LEFT, y, [mm(50), w - mm(50)], [[lab, ""] for lab, _ in rows], body(33),
                 heights=[mm(21) if len(v) > 18 else mm(15) for _, v in rows])
    right = [b for b in boxes if b[0] > LEFT]
    for (_lab, value), b in zip(rows, right, strict=True):
        for k, part in enumerate([value[i:i + 19] for i in range(0, len(value), 19)][:2]):
            scrawl(s, b[0] + mm(4), b[1] + mm(2.5) + k * mm(8.5), part, rng, role="kai_gb", size=mm(6), ink=(20, 30, 70))
    col = Column(s, boxes[-1][3] + 36)
    col.para("申报人保证以上申报内容真实、完整。拒绝报告、虚假报告或者无正当理由逾期报告的，人民法院可以根据情节轻重予以罚款、"
             "拘留，并纳入失信被执行人名单。", body(32), lead=52, first=64)
    y = col.y + 50
    s.text(s.width - RIGHT - mm(100), y, "申报人（签名、按印）：", body(34))
    scrawl(s, s.width - RIGHT - mm(30), y - mm(2), r.name, rng, role="kai_gb", size=mm(7), ink=(20, 30, 70))
    thumbprint(s, s.width - RIGHT - mm(8), y + mm(4), rng, size=mm(5.5))
    scrawl(s, s.width - RIGHT - mm(60), y + mm(18), num(d), rng, role="kai_gb", size=mm(6), ink=(20, 30, 70))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控 system's printout: a grey band heading, the query's particulars, the feedback table in a sans face."""
    r = c.respondent
    sf = font("sans", 27)
    story = str(c.extra["tale"])
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("绥化农村商业银行", "存款"), ("龙江银行", "存款"),
             ("哈尔滨银行", "存款"), ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"),
             ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算有限责任公司", "证券"),
             ("人力资源社会保障部", "社保/工作单位"), ("农业农村部", "农机")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈日期"]]
    for i, (unit, kind) in enumerate(units, 1):
        res = "未发现"
        if story != "mill" and unit == ("中国邮政储蓄银行" if story == "taxi" else "绥化农村商业银行"):
            res = f"1个账户，余额{c.extra['balance']}"
        elif story == "mill" and unit == "中国农业银行":
            res = f"1个账户，余额{rng.randint(100, 800)}.{rng.randint(10, 99)}"
        elif story == "mill" and kind == "社保/工作单位":
            res = f"参保单位：{c.extra['employer']}"
        elif kind == "网络资金" and rng.random() < 0.5:
            res = f"余额{rng.randint(1, 60)}.{rng.randint(10, 99)}"
        elif story == "hauler" and kind == "农机":
            res = "拖拉机1台（已过户）"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 3)):%Y-%m-%d}"])
    sheets: list[Sheet] = []
    for part in (rows[:10], [rows[0], *rows[10:]]):
        s = Sheet()
        s.draw.rectangle((mm(12), mm(12), s.width - mm(12), mm(26)), fill=(200, 200, 200))
        s.text(mm(16), mm(14), "网络执行查控系统　查询结果反馈单", font("sans_bold", 40))
        s.text(mm(14), mm(32), f"案号：{c.number}　　承办人：{c.officer}", sf)
        s.text(mm(14), mm(39), f"被查询人：{r.name}　　证件号码：{r.id_number}　　查询类型：总对总", sf)
        grid(s, mm(12), mm(48), [mm(16), mm(76), mm(30), mm(46)], part, sf, heights=mm(12), labels=(0,), frame=2)
        s.text(mm(14), s.height - mm(16), f"打印：{c.clerk}　{d + timedelta(days=4):%Y-%m-%d %H:%M}".replace("00:00", "09:42"), sf)
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - mm(14), s.height - mm(16), f"第{i}页/共{len(sheets)}页", sf)
        s.page_of = (i, len(sheets))
    return sheets


def assistance_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The employer's (or the bank's) written reply to the 协助执行通知书, a paper of its own filed behind it."""
    from dossier.corpus.families.court_gv import made_on

    sent = made_on(c, "assistance_notice")
    r = c.respondent
    s = Sheet()
    s.starts_document = True
    if c.extra["tale"] == "mill":
        emp = c.extra["employer"]
        f = font("microhei", 38)
        s.centred(mm(26), emp, font("microhei", 56), spacing=2)
        s.line(mm(20), mm(38), s.width - mm(20), mm(38), width=3, fill=(30, 60, 140))
        s.centred(mm(48), "关于协助扣留职工工资收入的回复", font("microhei", 48))
        col = Column(s, mm(66), left=mm(24), right=mm(22))
        col.para(f"{COURT}：", f, lead=70)
        withheld: Decimal = c.extra["withheld"]
        when = sent + timedelta(days=rng.randint(5, 8))
        col.para(f"贵院{c.number.replace('号', '号之一')}协助执行通知书已于{num_date(sent + timedelta(days=1))}收悉。经核实，"
                 f"{r.name}（身份证号{r.id_number}）系我公司职工，现任大米加工车间{c.extra['job']}，月应发工资"
                 f"{c.extra['wage']:.0f}元。", f, lead=70, first=f.size * 2)
        col.para(f"我公司已从本月工资中扣留{withheld:.0f}元，并于{num_date(when)}转入贵院执行款专户。以后每月按通知扣留，"
                 "直至扣足为止。该职工如有离职或工资变动，我公司将及时告知贵院。", f, lead=70, first=f.size * 2)
        col.para("特此回复。", f, lead=70, first=f.size * 2)
        y = col.y + mm(8)
        rows = [["月份", "应发工资（元）", "扣留金额（元）", "划款日期"],
                [f"{when.year}年{when.month}月", f"{c.extra['wage']:.2f}", f"{withheld:.2f}", num_date(when)]]
        grid(s, mm(24), y, [mm(40), mm(44), mm(44), mm(36)], rows, font("microhei", 32), heights=mm(13), labels=(0, 1, 2, 3),
             frame=2)
        y += mm(40)
        s.text(mm(24), y, f"联系人：人力资源部 {person_name(rng)}　电话：0455-{rng.randint(8000000, 8999999)}", font("microhei", 32))
        y += mm(26)
        s.right(s.width - mm(30), y, emp, f)
        s.right(s.width - mm(30), y + mm(12), num_date(when), f)
        seal(s, s.width - mm(70), y + mm(4), emp, rng, radius=mm(20))
        return [s]
    bank = str(c.extra["bank"])
    f = font("sans", 34)
    s.centred(mm(24), bank, font("sans_bold", 44))
    s.centred(mm(40), "协助执行回执", font("sans_bold", 60), spacing=16)
    when = sent + timedelta(days=rng.randint(1, 3))
    w = s.width - mm(40)
    bal: Decimal = c.extra["balance"]
    rows = [["执行法院", COURT], ["文书编号", f"{c.number}执行裁定书、协助执行通知书"], ["被执行人", r.name],
            ["证件号码", r.id_number], ["账　号", c.extra["r_acct"]], ["协助类型", "冻结并扣划"],
            ["账户余额（元）", f"{bal:,.2f}"], ["扣划金额（元）", f"{bal:,.2f}（{money_caps(bal)}）"],
            ["扣划日期", num_date(when)], ["备　注", "已划至执行法院指定账户，账户剩余冻结至扣足为止" if c.amount > bal else ""]]
    grid(s, mm(20), mm(62), [mm(44), w - mm(44)], rows, f, heights=mm(15), frame=3)
    s.text(mm(20), mm(62) + 10 * mm(15) + mm(10), f"经办：{person_name(rng)}　　复核：{person_name(rng)}", f)
    s.right(s.width - mm(30), mm(62) + 10 * mm(15) + mm(40), num_date(when), f)
    seal(s, s.width - mm(70), mm(62) + 10 * mm(15) + mm(30), bank.replace("股份有限公司", ""), rng, radius=mm(18),
         inner="业务专用章")
    return [s]

