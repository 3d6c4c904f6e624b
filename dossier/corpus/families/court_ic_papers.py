"""What 伊州区法院执行局 receives, each in its maker's hand: the court's trial divisions' judgments (bilingual head,
明体 body, "— n —" folios, a 校对 stamp), the 伊州区劳动人事争议仲裁委员会's 仲裁裁决书 under a red letterhead in GB 宋 with
the crew's wages in a table, the lawyers' typed papers in 楷 with a boxed title, a 律师事务所函 with a red rule, the
law firm's printed 授权委托书 filled by hand, ID card and licence copies drawn as cards, the court's window forms
(财产线索表, 收款账户确认书, 送达地址确认书, 财产申报表) bilingual and filled in ballpoint, the 新疆 非税收入 slip, the
查控 system's printout in a monospaced face, a bank's 电子回单 and the bureau's 案款发放 sheet with red fingerprints."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_ic_kit import (
    COURT,
    COURT_UG,
    LEFT,
    RIGHT,
    court_seal,
    grid,
    heading,
    ink_bottom,
    pen,
    song,
    ug_font,
    uyghur,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_basis", "effectiveness_certificate", "enforcement_application", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "payment_voucher",
})
GB = ("song_gb", "kai_gb")


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_ic import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _award(c, rng) if _tale(c) == "wind" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _award_in_effect(c, rng) if _tale(c) == "wind" else _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_card(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_card(p, c, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _payout(c, rng, d)
    raise KeyError(code)


def _typed(title: str, blocks: Sequence[tuple[str, str]], rng: random.Random, *, face: str, size: float, lead: float,
           margins: tuple[float, float, float, float], head: str = "", title_face: str = "serif_bold",
           title_mm: float = 9.0, spacing: float = 0.0, number: str = "", folio: str = "dash",
           first_y: float | None = None) -> list[Sheet]:
    """A typed paper of another hand: blocks p (indented), f (flush), c (centred), r (right), gap; returns the sheets
    with `folio` ("dash": — n —, "slash": n/m, "none")."""
    top, bottom, left, right = (mm(v) for v in margins)
    f = font(face, mm(size))
    lh = f.size * lead
    sheets = [Sheet()]
    y = first_y if first_y is not None else float(top)
    if title:
        if head == "box":
            tf = font(title_face, mm(title_mm))
            w = text_width(title, tf) + spacing * (len(title) - 1)
            x0 = (sheets[0].width - w) / 2 - mm(5)
            sheets[0].box(x0, y - mm(2.5), x0 + w + mm(10), y + tf.size * 1.25 + mm(1.5), width=3)
            sheets[0].centred(y, title, tf, spacing=spacing)
        else:
            sheets[0].centred(y, title, font(title_face, mm(title_mm)), spacing=spacing)
        y += mm(title_mm) * 1.9
    if number:
        sheets[0].right(sheets[0].width - right, y, number, f)
        y += lh * 1.4
    width = sheets[0].width - left - right

    def need() -> Sheet:
        nonlocal y
        if y + lh > sheets[-1].height - bottom:
            sheets.append(Sheet())
            y = float(top)
        return sheets[-1]

    for kind, text in blocks:
        text = text.replace("〇", "○") if face in GB else text
        if kind == "gap":
            y += lh * 0.6
        elif kind == "c":
            need().centred(y, text, f)
            y += lh
        elif kind == "r":
            s = need()
            s.right(s.width - right - mm(8), y, text, f)
            y += lh
        else:
            ind = 2 * f.size if kind == "p" else 0.0
            for k, part in enumerate(wrap(text, f, width, indent=ind)):
                need().text(left + (ind if k == 0 else 0), y, part, f)
                y += lh
    m = len(sheets)
    for n, s in enumerate(sheets, 1):
        fy = s.height - bottom + mm(9)
        if folio == "dash" and m > 1:
            s.centred(fy, f"— {n} —", font(face, mm(4)))
        elif folio == "slash":
            s.right(s.width - right, fy, f"{n}/{m}", font("serif", mm(3.8)))
            s.page_of = (n, m)
    return sheets


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人{p.legal_rep}，经理。"
    from dossier.corpus.families.court_ic import nation
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，{nation(p)}，住{p.address}，公民身份号码{p.id_number}。"


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The trial division's judgment: bilingual head, 明体 body, — n — folios, the copy stamp on the last page."""
    r, a = c.respondent, c.applicant
    when = c.basis_effective - timedelta(days=rng.randint(16, 25))
    if _tale(c) == "fraud":
        title = "刑事判决书"
        victims = c.extra["victims"]
        blocks = [
            ("f", "公诉机关新疆维吾尔自治区哈密市伊州区人民检察院。"),
            ("f", f"被告人{_who(r)}因涉嫌犯诈骗罪于{num_date(when - timedelta(days=150))}被刑事拘留，同年"
                  f"{(when - timedelta(days=120)).month}月{(when - timedelta(days=120)).day}日被逮捕。现羁押于哈密市看守所。"),
            ("p", f"哈密市伊州区人民检察院以伊检刑诉〔2023〕{rng.randint(100, 400)}号起诉书指控被告人{r.name}犯诈骗罪，于"
                  f"{num_date(when - timedelta(days=60))}向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。本案现已审理终结。"),
            ("p", "公诉机关指控，被告人以帮助他人办理出租车营运证、低价购买二手车辆为由，先后骗取被害人"
                  f"{'、'.join(v.name for v, _ in victims)}钱款共计{money(c.extra['restitution'])}，用于个人消费及偿还赌债。"),
            ("p", "经审理查明：" + "；".join(f"被告人虚构可以办理营运证的事实，骗取被害人{v.name}人民币{loss:,.0f}元"
                                          for v, loss in victims) + "。案发后，公安机关冻结了被告人银行账户内存款，扣押了其名下小型轿车一辆。"),
            ("p", "上述事实，被告人在开庭审理过程中亦无异议，并有被害人陈述、转账记录、证人证言及被告人供述等证据证实，足以认定。"),
            ("p", "本院认为，被告人以非法占有为目的，虚构事实，骗取他人财物，数额巨大，其行为已构成诈骗罪。公诉机关指控的罪名成立。"
                  "被告人到案后如实供述自己的罪行，可以从轻处罚。依照《中华人民共和国刑法》第二百六十六条、第六十七条第三款、"
                  "第五十二条、第五十三条、第六十四条之规定，判决如下："),
            ("p", f"一、被告人{r.name}犯诈骗罪，判处有期徒刑{c.extra['sentence']}，并处罚金人民币{c.extra['fine']:,.0f}元"
                  "（刑期从判决执行之日起计算；判决执行以前先行羁押的，羁押一日折抵刑期一日）。"),
            ("p", "二、责令被告人退赔" + "、".join(f"被害人{v.name}经济损失人民币{loss:,.0f}元" for v, loss in victims) + "。"),
            ("p", "如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向新疆维吾尔自治区哈密市中级人民法院提出上诉。"),
        ]
        bench = [("审判长", c.judge), ("人民陪审员", "阿依努尔·司马义"), ("人民陪审员", person_name(rng))]
    else:
        title = "民事判决书"
        price, tons = c.extra["price"], c.extra["tons"]
        blocks = [
            ("f", f"原告：{_who(a)}"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("f", f"被告：{_who(r)}"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{num_date(when - timedelta(days=70))}立案后，依法适用简易程序，"
                  "公开开庭进行了审理。原告及其委托诉讼代理人、被告法定代表人到庭参加诉讼。本案现已审理终结。"),
            ("p", f"原告向本院提出诉讼请求：1.判令被告支付哈密瓜货款{money(c.amount)}；2.本案诉讼费由被告负担。事实和理由：2023年7月，"
                  f"被告到原告承包的二堡镇瓜地收购{c.extra['variety']}哈密瓜，双方约定收购价每公斤{price}元，原告交付哈密瓜{tons}吨，"
                  f"被告仅支付{c.extra['paid']:,.0f}元，余款经原告多次催要未付。"),
            ("p", "被告辩称，收购数量无异议，因部分瓜在运往内地途中腐烂，要求减少货款，但未提交证据。"),
            ("p", "本院经审理认定事实如下：原、被告之间的哈密瓜买卖关系成立，有过磅单、收购协议及微信聊天记录为证。原告已按约交付，"
                  "被告在收货时未提出质量异议。"),
            ("p", "本院认为，依法成立的合同受法律保护。被告收货后未按约付清货款，应承担继续付款的责任；其所称运输途中腐烂，不属原告"
                  "应负担的风险。依照《中华人民共和国民法典》第五百零九条、第五百九十五条、第六百二十六条、第六百零四条之规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{money(c.amount)}。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间"
                  "的债务利息。"),
            ("p", f"案件受理费{int(c.amount) // 200 + 25}元（已减半收取），由被告负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于新疆维吾尔自治区哈密市中级人民法院。"),
        ]
        bench = [("审判员", c.judge)]
    s0 = Sheet()
    y = heading(s0, title)
    sheets = _typed("", [*blocks, ("gap", ""), *[("r", f"{k}　{v}") for k, v in bench], ("gap", ""),
                         ("r", cn_date(when)), ("gap", ""), ("r", f"书记员　{person_name(rng)}")], rng, face="ming",
                    size=5.3, lead=1.78, margins=(30, 30, 28, 26), first_y=y + mm(10))
    first = sheets[0]
    first.image.paste(s0.image.crop((0, 0, s0.width, int(y))), (0, 0))
    first.lines[:0] = s0.lines
    first.right(first.width - mm(26), y, c.basis_number, song(mm(5.2)))
    last = sheets[-1]
    yy = ink_bottom(last, above=last.height - mm(27))  # the folio below stays out of it
    court_seal(last, last.width - mm(66), yy - mm(20), rng)
    _copy_stamp(last, mm(30), yy + mm(8), rng)
    return sheets


def _copy_stamp(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    f = font("song_gb", mm(4.6))
    text = "本件与原本核对无异"
    w = text_width(text, f) + mm(8)
    y = min(y, s.height - mm(22))
    s.box(x, y, x + w, y + mm(10), width=3, outline=(150, 40, 40))
    s.text(x + mm(4), y + mm(2.2), text, f, fill=(150, 40, 40))


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 生效证明书: a short bilingual form letter."""
    s = Sheet()
    y = heading(s, "生效证明书")
    f = song(mm(5.4))
    lines = [f"{c.applicant.name}、{c.respondent.name}：", "",
             f"本院{c.basis_number}{c.applicant.name}与{c.respondent.name}买卖合同纠纷一案的民事判决书，已于"
             f"{cn_date(c.basis_effective)}发生法律效力。", "特此证明。"]
    for k, t in enumerate(lines):
        for j, part in enumerate(wrap(t, f, s.width - LEFT - RIGHT, indent=2 * f.size if k >= 2 else 0)):
            s.text(LEFT + (2 * f.size if k >= 2 and j == 0 else 0), y, part, f)
            y += f.size * 1.8
    y += mm(20)
    s.right(s.width - RIGHT - mm(20), y, "民事审判第一庭", f)
    s.right(s.width - RIGHT - mm(8), y + mm(12), cn_date(c.basis_effective + timedelta(days=rng.randint(2, 9))), f)
    court_seal(s, s.width - RIGHT - mm(45), y + mm(6), rng)
    return [s]


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 劳动人事争议仲裁委员会's award: red letterhead, GB 宋 body, the crew's wages in a table."""
    r = c.respondent
    crew = c.extra["crew"]
    when = c.basis_effective - timedelta(days=rng.randint(16, 20))
    s = Sheet()
    red = (190, 35, 35)
    s.centred(mm(22), c.basis_court, font("song_gb", mm(8.5)), fill=red, spacing=mm(0.4))
    s.line(mm(22), mm(38), s.width - mm(22), mm(38), width=6, fill=red)
    s.centred(mm(46), "仲 裁 裁 决 书", font("hei", mm(9)))
    s.centred(mm(62), c.basis_number, font("song_gb", mm(5)))
    names = "、".join(p.name for p, _ in crew[1:])
    blocks = [
        ("f", f"申请人：{crew[0][0].name}等{len(crew)}人（名单附后），均系被申请人派遣至{c.extra['farm']}的施工人员。"),
        ("f", f"申请人代表：{crew[0][0].name}，{crew[0][0].sex}，公民身份号码{crew[0][0].id_number}，住{crew[0][0].address}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师（法律援助）。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
        ("f", f"法定代表人：{r.legal_rep}，经理。"),
        ("p", f"申请人{crew[0][0].name}与{names}诉被申请人劳动争议一案，本委于{num_date(when - timedelta(days=40))}立案受理，依法组成"
              "仲裁庭，公开开庭进行了审理。本案现已审理终结。"),
        ("p", f"申请人请求：裁决被申请人支付2023年4月至9月拖欠的工资共计{money(c.amount)}。事实与理由：申请人经被申请人招用后，"
              f"被派往{c.extra['client']}承建的{c.extra['farm']}从事风机基础钢筋绑扎及吊装辅助工作，被申请人以发包方未结算为由拖欠工资。"),
        ("p", "被申请人未出庭，亦未提交书面答辩意见。"),
        ("p", "经审理查明：申请人与被申请人签订了劳务派遣劳动合同，被申请人按月制作工资表但未足额发放。上述事实有劳动合同、考勤表、"
              "工资表及项目部证明为证。"),
        ("p", "本委认为，劳动者提供了劳动，用人单位应当及时足额支付劳动报酬。依照《中华人民共和国劳动合同法》第三十条、第五十八条，"
              "《中华人民共和国劳动争议调解仲裁法》第四十七条之规定，裁决如下："),
        ("p", f"被申请人{r.name}于本裁决生效之日起五日内支付申请人工资共计{money(c.amount)}（各申请人金额见附表）。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼。"),
    ]
    sheets = _typed("", blocks, rng, face="song_gb", size=5.2, lead=1.75, margins=(25, 28, 26, 24), first_y=float(mm(74)),
                    folio="none")
    first = sheets[0]
    first.image.paste(s.image.crop((0, 0, s.width, mm(72))), (0, 0))
    first.lines[:0] = s.lines
    last = sheets[-1]
    y = ink_bottom(last) + mm(8)
    if y > last.height - mm(150):
        last = Sheet()
        sheets.append(last)
        y = float(mm(30))
    f = font("song_gb", mm(4.4))
    last.text(mm(26), y, "附表：申请人工资明细", f)
    rows = [["序号", "姓名", "公民身份号码", "欠付工资（元）"]]
    rows += [[str(i), p.name, p.id_number, f"{w:,.2f}"] for i, (p, w) in enumerate(crew, 1)]
    rows.append(["合计", "", "", f"{c.amount:,.2f}"])
    y = grid(last, mm(26), y + mm(9), [mm(16), mm(48), mm(70), mm(26)], rows, f, heights=mm(8.5), labels=(0,))[-1][3]
    y += mm(10)
    for t in (f"仲裁员　{person_name(rng)}", cn_date(when).replace("〇", "○"), f"书记员　{person_name(rng)}"):
        last.right(last.width - mm(40), y, t, font("song_gb", mm(5.2)))
        y += mm(11)
    seal(last, last.width - mm(70), y - mm(24), c.basis_court, rng)
    m = len(sheets)
    for n, sh in enumerate(sheets, 1):
        sh.right(sh.width - mm(24), sh.height - mm(28) + mm(9), f"{n}/{m}", font("serif", mm(3.8)))
        sh.page_of = (n, m)
    return sheets


def _award_in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (190, 35, 35)
    s.centred(mm(30), c.basis_court, font("song_gb", mm(8)), fill=red)
    s.line(mm(22), mm(45), s.width - mm(22), mm(45), width=5, fill=red)
    s.centred(mm(62), "生 效 证 明", font("hei", mm(10)))
    f = font("song_gb", mm(5.6))
    y = float(mm(90))
    for t in ([f"{c.applicant.name}等{len(c.extra['crew'])}人与{c.respondent.name}劳动争议一案，本委作出的"
                           f"{c.basis_number}仲裁裁决书为终局裁决，已于{num_date(c.basis_effective)}送达双方当事人，"
                           "被申请人在法定期限内未向中级人民法院申请撤销，该裁决书已发生法律效力。", "特此证明。"]):
        for j, part in enumerate(wrap(t, f, s.width - mm(56), indent=2 * f.size)):
            s.text(mm(28) + (2 * f.size if j == 0 else 0), y, part, f)
            y += f.size * 1.9
    y += mm(30)
    day = c.basis_effective + timedelta(days=rng.randint(31, 36))
    s.right(s.width - mm(36), y, num_date(day), f)
    seal(s, s.width - mm(62), y - mm(4), c.basis_court, rng)
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed application: boxed title, 楷 body."""
    a, r = c.applicant, c.respondent
    from dossier.corpus.families.court_ic import nation
    if _tale(c) == "wind":
        me = f"申请执行人：{a.name}（代表人），{a.sex}，{nation(a)}，住{a.address}，公民身份号码{a.id_number}，电话{a.phone}。"
        ask = f"请求强制执行{c.basis_court}{c.basis_number}仲裁裁决书，责令被执行人支付{len(c.extra['crew'])}名申请人工资{money(c.amount)}；"
        why = (f"申请人一行{len(c.extra['crew'])}人由被执行人派遣至{c.extra['farm']}工地施工，被执行人拖欠工资。经仲裁，{c.basis_court}作出"
               f"{c.basis_number}终局裁决，已发生法律效力，被执行人至今分文未付。据了解，{c.extra['client']}尚欠被执行人劳务费，"
               "请求贵院依法扣留、提取。")
    else:
        me = f"申请执行人：{a.name}，{a.sex}，{nation(a)}，住{a.address}，公民身份号码{a.id_number}，电话{a.phone}。"
        ask = f"请求强制执行{COURT}{c.basis_number}民事判决书，责令被执行人支付货款{money(c.amount)}；"
        why = (f"申请人与被执行人买卖合同纠纷一案，贵院作出{c.basis_number}民事判决，已于{num_date(c.basis_effective)}发生法律效力。"
               f"被执行人收购申请人哈密瓜后拖欠货款，判决生效后仍拒不履行。被执行人有一辆{c.extra['truck_model']}（{c.extra['truck']}）"
               "在市场内运营，有履行能力。")
    blocks = [("f", me), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}，法定代表人{r.legal_rep}。"),
              ("f", "申请事项："), ("p", "一、" + ask), ("p", "二、责令被执行人加倍支付迟延履行期间的债务利息；"),
              ("p", "三、对被执行人采取限制消费措施，并纳入失信被执行人名单；"), ("p", "四、执行费用由被执行人负担。"),
              ("f", "事实与理由："), ("p", why),
              ("p", "为维护申请人的合法权益，依照《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"),
              ("gap", ""), ("f", "此致"), ("f", COURT), ("gap", ""), ("r", f"申请人：{a.name}"),
              ("r", num_date(c.day(-2)))]
    sheets = _typed("强制执行申请书", blocks, rng, face="kai", size=5.4, lead=1.7, margins=(32, 30, 30, 26), head="box",
                    title_face="kai", title_mm=8.5, spacing=mm(1.5), folio="none")
    last = sheets[-1]
    y = ink_bottom(last)
    pen(last, last.width - mm(62), y - mm(22), a.name, rng, size=mm(7))
    return sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's printed 授权委托书 form, filled by hand."""
    s = Sheet()
    s.centred(mm(24), c.firm, font("serif", mm(5)))
    s.centred(mm(36), "授 权 委 托 书", font("serif_bold", mm(9)))
    a = c.applicant
    w = s.width - mm(50)
    rows = [["委托人", ""], ["身份证号", ""], ["受托人", ""], ["工作单位", ""], ["案件", ""], ["代理权限", ""], ["代理期限", ""]]
    boxes = grid(s, mm(25), mm(56), [mm(34), w - mm(34)], rows, song(mm(4.6)), heights=[mm(13)] * 4 + [mm(20), mm(46), mm(14)])
    right = [b for b in boxes if b[0] > mm(25)]
    vals = [a.name, a.id_number, f"{c.agent}（律师）", c.firm, f"{a.name}与{c.respondent.name}执行一案",
            "特别授权：代为申请执行、提供财产线索、参加询问及谈话、代为和解、代为签收法律文书、代为领取执行款。",
            "自签署之日起至本案执行终结止"]
    for v, b in zip(vals, right, strict=True):
        pen(s, b[0] + mm(3), b[1] + mm(2.5), v, rng, size=mm(5.4), per_line=int((b[2] - b[0]) / mm(5.6)) - 1, lead=mm(7.5))
    y = right[-1][3] + mm(20)
    s.text(mm(100), y, "委托人（签名）：", song(mm(5)))
    pen(s, mm(145), y - mm(2), a.name, rng, size=mm(7))
    s.text(mm(100), y + mm(16), "日期：", song(mm(5)))
    pen(s, mm(118), y + mm(14), num_date(c.day(-3)), rng, size=mm(5.5))
    if "·" in a.name:
        _thumb(s, mm(175), y + mm(2), rng)
    return [s]


def _thumb(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint beside a signature: an oval of concentric broken ridges."""
    d = s.draw
    for k in range(9):
        rx, ry = mm(5) - k * mm(0.5), mm(7) - k * mm(0.7)
        start = rng.randint(0, 90)
        d.arc((x - rx, y - ry, x + rx, y + ry), start, start + rng.randint(240, 330), fill=(200, 60, 60), width=3)


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (180, 30, 30)
    s.centred(mm(24), c.firm, font("serif_bold", mm(9)), fill=red, spacing=mm(1))
    s.line(mm(20), mm(40), s.width - mm(20), mm(40), width=4, fill=red)
    s.centred(mm(50), "律 师 事 务 所 函", font("serif_bold", mm(8)))
    f = font("serif", mm(5.2))
    y = float(mm(68))
    s.right(s.width - mm(28), y, f"（2024）哈律函字第{rng.randint(10, 300)}号", f)
    y += mm(14)
    texts = [("f", f"{COURT}："),
             ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}"
                   f"{'劳动争议' if _tale(c) == 'wind' else '买卖合同纠纷'}执行一案的委托代理人。"
                   + (f"本案系{c.extra['aid']}法律援助案件。" if _tale(c) == "wind" else "")),
             ("p", "特此函告。"), ("p", "附：授权委托书一份；律师执业证复印件一份。")]
    for kind, t in texts:
        for k, part in enumerate(wrap(t, f, s.width - mm(56), indent=2 * f.size if kind == "p" else 0)):
            s.text(mm(28) + (2 * f.size if kind == "p" and k == 0 else 0), y, part, f)
            y += f.size * 1.85
    y += mm(25)
    s.right(s.width - mm(30), y, c.firm, f)
    s.right(s.width - mm(30), y + mm(11), num_date(c.day(-3)), f)
    seal(s, s.width - mm(60), y + mm(4), c.firm, rng)
    s.text(mm(28), s.height - mm(36), f"地址：哈密市伊州区{rng.choice(['天山北路', '融合路'])}{rng.randint(10, 90)}号　电话：0902-{rng.randint(2200000, 2399999)}",
           font("serif", mm(3.8)))
    return [s]


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x, y, w, h = mm(30), mm(40), mm(150), mm(96)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), outline=(70, 70, 70), width=3, fill=(240, 238, 230))
    s.centred(y + mm(7), "中华人民共和国律师执业证", font("serif_bold", mm(6.5)), x0=x, x1=x + w)
    f = font("serif", mm(4.6))
    rows = [("持证人", c.agent), ("性别", rng.choice("男女")), ("执业机构", c.firm), ("执业证类别", "专职律师"),
            ("执业证号", f"16522{rng.randint(2010, 2021)}1{rng.randint(1000000, 9999999)}"),
            ("发证机关", "新疆维吾尔自治区司法厅")]
    ty = y + mm(22)
    for k, v in rows:
        s.text(x + mm(8), ty, f"{k}：{v}", f)
        ty += mm(10.5)
    s.draw.rectangle((x + w - mm(38), y + mm(22), x + w - mm(10), y + mm(58)), fill=(168, 168, 168))
    seal(s, x + w - mm(30), y + h - mm(16), "新疆维吾尔自治区司法厅", rng, radius=mm(15))
    pen(s, x, y + h + mm(16), "复印件与原件一致", rng, size=mm(6), ink=INK)
    pen(s, x + mm(90), y + h + mm(16), c.agent, rng, size=mm(6.5), ink=INK)
    return [s]


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card, photocopied grey on one sheet; a convict's copy comes from the criminal file."""
    from dossier.corpus.families.court_ic import nation
    s = Sheet()
    grey = (95, 95, 95)
    w, h = mm(86) * 1.3, mm(54) * 1.3
    x = mm(30) + rng.uniform(0, mm(14))
    y1 = mm(36)
    s.draw.rounded_rectangle((x, y1, x + w, y1 + h), radius=mm(4), outline=grey, width=2, fill=(226, 226, 226))
    f = font("hei", mm(4))
    born = p.born or date(1980, 1, 1)
    ty = y1 + mm(7)
    for k, v in [("姓名", p.name), ("性别", f"{p.sex}　　民族　{nation(p).removesuffix('族')}"),
                 ("出生", f"{born.year}年{born.month}月{born.day}日"), ("住址", p.address)]:
        s.text(x + mm(7), ty, k, f, fill=grey)
        for part in wrap(v, font("hei", mm(4.4)), w - mm(62))[:2]:
            s.text(x + mm(21), ty, part, font("hei", mm(4.4)))
            ty += mm(6.5)
        ty += mm(3.5)
    s.text(x + mm(7), y1 + h - mm(12), "公民身份号码", f, fill=grey)
    s.text(x + mm(36), y1 + h - mm(12.5), p.id_number, font("mono", mm(5)))
    s.draw.rectangle((x + w - mm(33), y1 + mm(7), x + w - mm(7), y1 + mm(42)), fill=(150, 150, 150))
    y2 = y1 + h + mm(18)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(4), outline=grey, width=2, fill=(226, 226, 226))
    s.centred(y2 + mm(12), "中华人民共和国", font("hei", mm(6.5)), x0=x + mm(22), x1=x + w)
    s.centred(y2 + mm(25), "居民身份证", font("hei", mm(8)), spacing=mm(2), x0=x + mm(22), x1=x + w)
    s.draw.ellipse((x + mm(6), y2 + mm(6), x + mm(24), y2 + mm(24)), outline=(120, 120, 120), width=3)
    s.text(x + mm(7), y2 + h - mm(20), "签发机关　哈密市公安局伊州区分局", f)
    s.text(x + mm(7), y2 + h - mm(12), f"有效期限　{born.year + 40}.03.12-长期" if born.year < 1975 else
           "有效期限　2019.06.05-2039.06.05", f)
    if _tale(c) == "fraud":
        s.text(mm(30), y2 + h + mm(14), f"（复印自{c.basis_number}刑事卷宗）", song(mm(4.2)))
    else:
        pen(s, mm(34), y2 + h + mm(14), "本复印件仅供法院执行使用", rng, size=mm(5.5))
        pen(s, mm(120), y2 + h + mm(28), p.name, rng, size=mm(6.5))
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    frame = (120, 120, 120)
    s.box(mm(16), mm(18), s.width - mm(16), s.height - mm(60), width=8, outline=frame)
    s.centred(mm(40), "营　业　执　照", font("serif_bold", mm(12)))
    s.centred(mm(60), "（副　本）", font("serif", mm(5)))
    f = font("serif", mm(4.6))
    s.text(mm(28), mm(76), f"统一社会信用代码　{p.id_number}", f)
    y = float(mm(94))
    trade = ("农副产品（瓜果、蔬菜）收购、批发；冷藏仓储；普通货物道路运输" if "果业" in p.name
             else "劳务派遣；建筑劳务分包；人力资源服务")
    for k, v in [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                 ("经营范围", trade), ("注册资本", f"{rng.choice([100, 200, 300])}万元"), ("成立日期", num_date(c.day(-2400))),
                 ("住　　所", p.address)]:
        s.text(mm(30), y, k, f)
        parts = wrap(v, f, s.width - mm(110))
        for part in parts:
            s.text(mm(70), y, part, f)
            y += mm(8)
        y += mm(5)
    s.right(s.width - mm(34), s.height - mm(100), "登记机关", f)
    s.right(s.width - mm(34), s.height - mm(88), cn_date(c.day(-500)), f)
    seal(s, s.width - mm(58), s.height - mm(96), "哈密市市场监督管理局", rng)
    pen(s, mm(28), s.height - mm(48), "与原件核对一致（复印自工商档案）", rng, size=mm(5.5), ink=INK)
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """新疆维吾尔自治区非税收入一般缴款书 (half sheet, green print)."""
    s = Sheet()
    green = (40, 110, 80)
    from dossier.corpus.families.court_ic import made_on
    wind = _tale(c) == "wind"
    fee = c.extra["fee"]
    payer = c.respondent.name if wind else c.applicant.name
    day = made_on(c, "payment_voucher") if wind else c.day(rng.randint(2, 5))
    s.centred(mm(18), "新疆维吾尔自治区非税收入一般缴款书", font("serif_bold", mm(6.5)), fill=green)
    s.text(mm(18), mm(32), f"执收单位编码：{rng.randint(10**6, 10**7 - 1)}", font("serif", mm(3.8)), fill=green)
    s.right(s.width - mm(18), mm(32), f"No 65{rng.randint(10**8, 10**9 - 1)}", font("mono", mm(4.4)), fill=(160, 30, 30))
    f = font("serif", mm(4.1))
    rows = [["缴款人全称", payer, "执收单位", COURT], ["项目名称", "申请执行费" + ("（执行中收取）" if wind else ""), "案号", c.number],
            ["金额（小写）", f"{fee:,.2f}", "金额（大写）", money_caps(Decimal(fee))],
            ["开票日期", f"{day:%Y-%m-%d}", "收款银行", "中国农业银行哈密分行"]]
    boxes = grid(s, mm(16), mm(40), [mm(32), mm(58), mm(30), s.width - mm(152)], rows, f, heights=mm(15), labels=(0, 2))
    for x0, y0, x1, y1 in boxes:
        s.box(x0, y0, x1, y1, width=2, outline=green)
    s.text(mm(18), mm(108), "第一联　收据（缴款人留存）　　经办人：" + person_name(rng), font("serif", mm(3.8)), fill=green)
    seal(s, s.width - mm(55), mm(100), "中国农业银行哈密分行", rng, radius=mm(15), inner="业务受理章")
    return [s]


FORM_UG = {"申请执行人": "ئىجرا ئىلتىماس قىلغۇچى", "被执行人": "ئىجرا قىلىنغۇچى", "开户银行": "بانكا", "账号": "ھېسابات نومۇرى",
           "联系电话": "تېلېفون", "送达地址": "ئادرېس"}


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The court's printed window forms (bilingual head and labels), filled in ballpoint by whoever signs them."""
    a, r = c.applicant, c.respondent
    titles = {"property_clue_form": ("被执行人可供执行财产线索表", "ئىجرا قىلىنغۇچىنىڭ مال-مۈلۈك يىپ ئۇچى جەدۋىلى"),
              "payment_account_confirmation": ("申请执行人收取案款确认书", ""),
              "service_address_confirmation": ("送达地址确认书", ""),
              "property_declaration_form": ("财产申报表", "مال-مۈلۈك مەلۇم قىلىش جەدۋىلى")}
    title, ug = titles[code]
    s = Sheet()
    uyghur(s, mm(16), COURT_UG, ug_font("naskh", mm(4.4)))
    s.centred(mm(25), COURT, song(mm(5.2)))
    y = float(mm(36))
    if ug:
        uyghur(s, y, ug, ug_font("sans_bold", mm(5.6)))
        y += mm(10)
    s.centred(y, title, font("serif_bold", mm(7.5)), spacing=mm(1))
    y += mm(14)
    s.text(LEFT, y, f"案号：{c.number}", song(mm(4.2)))
    y += mm(8)
    w = s.width - LEFT - RIGHT
    bank = c.extra["in_bank"]
    wind, fraud = _tale(c) == "wind", _tale(c) == "fraud"
    if code == "property_clue_form":
        rows = [["申请执行人", a.name], ["被执行人", r.name], ["银行存款", f"{c.extra.get('r_bank', '')}，账号{c.extra.get('r_acct', '')}"],
                ["车辆", f"{c.extra.get('truck_model', '')}，号牌{c.extra.get('truck', '')}，常停天山北路农产品批发市场冷库院内"],
                ["不动产", "不清楚"], ["到期债权", "市场内有几家水果店欠其货款（具体不详）"], ["其他", "公司经理常开一辆白色越野车"],
                ["线索来源", "本人在市场打听、判决书中认定"]]
        signer = a.name
    elif code == "payment_account_confirmation":
        rows = [["申请执行人", a.name], ["身份证号", a.id_number], ["开户银行", bank], ["账号", c.extra["in_acct"]],
                ["户名", a.name], ["联系电话", a.phone],
                ["承诺", "以上账户真实有效，法院将执行款汇入该账户即视为已向本人发放。账户变更的，及时书面告知。"]]
        signer = a.name
        if wind:
            rows[-1] = ["承诺", "班组各成员工资由法院按仲裁附表逐人汇入本人工资卡，本人负责转告；账户变更的，及时书面告知。"]
    elif code == "service_address_confirmation":
        rows = [["受送达人", a.name], ["送达地址", a.address], ["邮政编码", "839000"], ["联系电话", a.phone],
                ["是否同意电子送达", "同意（手机短信、微信）"], ["委托代理人", f"{c.agent}　{c.agent_phone}" if c.agent else "无"],
                ["告知事项", "送达地址变更的，应当及时告知法院；未告知的，按本地址送达视为送达。"]]
        signer = a.name
    else:
        if fraud:
            rows = [["申报人", r.name], ["身份证号", r.id_number], ["现所在地", c.extra["prison"]],
                    ["银行存款", f"{c.extra['r_bank']}一张卡，已被公安冻结"], ["车辆", f"{c.extra['car_model']}一辆，已被扣押"],
                    ["房产", "无（住父母房子）"], ["收入", "服刑中，无收入"], ["其他财产", "无"]]
            signer = r.name
        else:
            rows = [["申报单位", r.name], ["法定代表人", r.legal_rep], ["银行账户", c.extra.get("r_bank", "基本户一个") + "，余额不多"],
                    ["车辆", f"{c.extra['truck_model']}一辆" if "truck" in c.extra else "无"], ["房产", "无，办公室系租赁"],
                    ["对外债权", f"{c.extra['client']}欠劳务费（未结算）" if wind else "有部分客户欠款"],
                    ["收入", "经营困难"], ["其他财产", "无"]]
            signer = r.legal_rep
    hs = [mm(14)] * len(rows)
    hs[-1] = mm(26)
    boxes = grid(s, LEFT, y, [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], song(mm(4.3)), heights=hs, ug_labels=FORM_UG)
    right = [b for b in boxes if b[0] > LEFT]
    for (_k, v), b in zip(rows, right, strict=True):
        pen(s, b[0] + mm(3), b[1] + mm(2.5), v, rng, size=mm(5.2), per_line=max(6, int((b[2] - b[0]) / mm(5.4)) - 1),
            lead=mm(7))
    y = right[-1][3] + mm(16)
    s.text(s.width - RIGHT - mm(96), y, "填表人（签名）：", song(mm(4.8)))
    pen(s, s.width - RIGHT - mm(52), y - mm(2), signer, rng, size=mm(7))
    s.text(s.width - RIGHT - mm(96), y + mm(14), "日期：", song(mm(4.8)))
    pen(s, s.width - RIGHT - mm(78), y + mm(12), num_date(d if code == "property_declaration_form" else c.day(0)), rng,
        size=mm(5.5))
    if code == "property_declaration_form" and not fraud:
        seal(s, s.width - RIGHT - mm(60), y + mm(4), r.name, rng, radius=mm(17))
    if "·" in signer:
        _thumb(s, s.width - RIGHT - mm(12), y + mm(4), rng)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 查控 printout: monospaced, a header band, feedback rows."""
    s = Sheet()
    r = c.respondent
    mono = font("mono", mm(3.5))
    s.text(mm(14), mm(14), "执行案件流程信息管理系统 — 网络查控 — 反馈结果打印", mono)
    s.line(mm(14), mm(21), s.width - mm(14), mm(21), width=2)
    s.centred(mm(26), "总对总网络查控反馈明细", font("sans_bold", mm(6)))
    s.text(mm(14), mm(40), f"案号：{c.number}    查控对象：{r.name}    证件号码：{r.id_number}", mono)
    s.text(mm(14), mm(46), f"执行法院：{COURT}    承办人：{c.officer}    发起时间：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}", mono)
    rows = [["序号", "协助单位", "类型", "反馈结果", "反馈日期"]]
    found_bank = c.extra.get("r_bank", "")
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "新疆农村信用社",
             "哈密市商业银行", "自然资源部", "公安部交通管理局", "中国证券登记结算", "支付宝", "财付通", "银联"]
    for i, unit in enumerate(units, 1):
        kind = "存款" if i <= 8 else ("不动产" if "自然" in unit else "车辆" if "交通" in unit else "其他")
        if found_bank and unit[:4] in found_bank:
            res = f"账户{str(c.extra.get('r_acct', ''))[-6:]}，余额{rng.randint(80, 3800)}.{rng.randint(10, 99)}元" + (
                "，已冻结" if _tale(c) == "fraud" else "")
        elif "交通" in unit and ("car" in c.extra or "truck" in c.extra):
            res = f"机动车{c.extra.get('car', c.extra.get('truck', ''))}，已登记"
        else:
            res = "无财产信息"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(1, 4)):%Y-%m-%d}"])
    grid(s, mm(12), mm(54), [mm(13), mm(46), mm(18), mm(78), mm(30)], rows, mono, heights=mm(10), labels=(0,))
    s.text(mm(14), s.height - mm(20), f"打印人：{c.clerk}    打印时间：{d + timedelta(days=5):%Y-%m-%d %H:%M}    第1页/共1页", mono)
    s.page_of = (1, 1)
    return [s]


def _payout(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bureau's 案款发放 sheet: payees in a table, signed with red fingerprints (fraud: victims and the treasury;
    wind: the crew one by one); the melon grower's is the bank's 电子回单."""
    if _tale(c) == "melon":
        return _bank_slip(c, rng, d)
    s = Sheet()
    y = heading(s, "执行款发放审批表" if _tale(c) == "fraud" else "执行款发放表", issuer=COURT, issuer_ug=COURT_UG)
    s.text(LEFT, y, f"案号：{c.number}", song(mm(4.2)))
    y += mm(9)
    w = s.width - LEFT - RIGHT
    if _tale(c) == "fraud":
        payees = [(v.name, v.id_number, loss, "退赔款") for v, loss in c.extra["victims"]]
        payees.append(("国库（罚没收入）", "—", c.extra["fine"], "罚金上缴"))
        surplus = c.extra["frozen"] + c.extra["sold"] - c.amount
        payees.append((f"{c.respondent.name}近亲属", "—", surplus, "余款退还"))
        got = f"到账：扣划存款{c.extra['frozen']:,.2f}元；车辆拍卖款{c.extra['sold']:,.2f}元。"
    else:
        payees = [(p.name, p.id_number, wage, "工资") for p, wage in c.extra["crew"]]
        got = f"到账：{c.extra['client']}协助扣划劳务费{c.amount:,.2f}元。"
    s.text(LEFT, y, got, song(mm(4.2)))
    y += mm(9)
    rows = [["序号", "领款人", "身份证号", "金额（元）", "款项", "签名"]]
    rows += [[str(i), n, idn, f"{amt:,.2f}", kind, ""] for i, (n, idn, amt, kind) in enumerate(payees, 1)]
    boxes = grid(s, LEFT, y, [mm(12), mm(40), mm(50), mm(26), mm(20), w - mm(148)], rows, song(mm(3.8)), heights=mm(13),
                 labels=(0,))
    sign_cells = [b for b in boxes if abs(b[2] - (LEFT + w)) < 2][1:]
    for (n, _idn, _amt, _kind), b in zip(payees, sign_cells, strict=True):
        if "国库" in n or "近亲属" in n:
            pen(s, b[0] + mm(2), b[1] + mm(3), "见缴款书", rng, size=mm(4.2))
            continue
        pen(s, b[0] + mm(2), b[1] + mm(3), n.split("·")[0], rng, size=mm(4.6))
        _thumb(s, b[2] - mm(7), b[1] + mm(7), rng)
    y = boxes[-1][3] + mm(12)
    for k, label in enumerate(["承办人：", "执行局负责人：", "财务经办："]):
        s.text(LEFT + k * mm(58), y, label, song(mm(4.4)))
    pen(s, LEFT + mm(18), y - mm(1), c.officer, rng, size=mm(5))
    pen(s, LEFT + mm(58 + 30), y - mm(1), person_name(rng), rng, size=mm(5))
    s.right(s.width - RIGHT, y + mm(16), cn_date(d), song(mm(4.6)))
    court_seal(s, s.width - RIGHT - mm(30), y + mm(14), rng, radius=mm(18))
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(size=(mm(210), mm(140)))
    bank = c.extra["in_bank"].split("哈密")[0] if "哈密" in c.extra["in_bank"] else c.extra["in_bank"]
    s.centred(mm(10), f"{bank}网上银行电子回单", font("sans_bold", mm(6)))
    f = font("sans", mm(3.9))
    rows = [["付款人户名", f"{COURT}执行款专户", "收款人户名", c.applicant.name],
            ["付款人账号", c.extra["court_acct"], "收款人账号", c.extra["in_acct"]],
            ["付款行", "中国农业银行哈密分行营业部", "收款行", c.extra["in_bank"]],
            ["金额", money(c.amount)], ["用途", f"{c.number}执行款"],
            ["交易时间", f"{d:%Y-%m-%d} 11:{rng.randint(10, 59)}:{rng.randint(10, 59)}"],
            ["电子回单号", str(rng.randint(10**15, 10**16 - 1))]]
    grid(s, mm(12), mm(22), [mm(28), mm(60), mm(28), s.width - mm(140)], rows, f, heights=mm(11), labels=(0, 2))
    seal(s, s.width - mm(42), mm(104), bank, rng, radius=mm(15), inner="电子回单专用章")
    s.text(mm(12), mm(126), "重要提示：本回单不作为收款方发货依据，请勿重复记账。", font("sans", mm(3.2)))
    return [s]

