"""The papers court_ao's bureau receives, each in its author's style: the judgments (this court's 民事判决书, the
赣州中院 二审 判决书), the parties' typed application, ID-card and licence photocopies, a lawyer's 委托书, 所函 and
执业证 copy, a 村民委员会's 证明 with its seal, a 林权证/土地承包经营权证 copy, 执行和解协议, bank slips and
the 网络查控 printout."""

from __future__ import annotations

import random
from collections.abc import Sequence

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, INK, RED, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_ao_kit import COURT, bold, hei, serif
from dossier.corpus.fonts import font

WHITE = (255, 255, 255)


def who(p: Party) -> str:
    if p.kind == "person":
        return f"{p.name}，{p.sex}，{cn_date(p.born) if p.born else ''}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"
    return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"


def typed(blocks: Sequence[Block], rng: random.Random, *, face: str = "sans", size: float = 4.4,
          title: str = "", foot: str = "") -> list[Sheet]:
    """A party's paper typed in a word processor and printed on white A4."""
    return typed_to(blocks, rng, face=face, size=size, title=title, foot=foot)[0]


def typed_to(blocks: Sequence[Block], rng: random.Random, *, face: str = "sans", size: float = 4.4,
             title: str = "", foot: str = "") -> tuple[list[Sheet], float]:
    """typed(), and the y below the text on the last sheet."""
    sheets: list[Sheet] = []

    def new() -> tuple[Sheet, float]:
        s = Sheet(paper=WHITE)
        sheets.append(s)
        return s, float(mm(25))

    s, y = new()
    if title:
        s.centred(mm(26), title, font(face + "_bold" if face in ("sans", "serif") else face, mm(7.0)), spacing=mm(1.2))
        y = mm(44)
    end = flow(s, list(blocks), font(face, mm(size)), x0=mm(26), width=s.width - mm(52), y=y,
               line_height=mm(size * 1.8), indent=mm(size * 2), bottom=s.height - mm(26), more=new)
    if foot:
        for k, sh in enumerate(sheets, 1):
            sh.centred(sh.height - mm(15), foot.format(k=k, n=len(sheets)), font(face, mm(3.2)))
    if len(sheets) > 1:
        for k, sh in enumerate(sheets, 1):
            sh.page_of = (k, len(sheets))
    return sheets, end


def judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    x = c.extra
    a, r = c.applicant, c.respondent
    appeal = x["story"] == "wage"
    if appeal:
        blocks: list[Block] = [
            ("p", f"上诉人（原审被告）：{who(r)}"),
            ("p", f"被上诉人（原审原告）：{who(a)}"),
            ("p", f"上诉人{r.name}因与被上诉人{a.name}劳务合同纠纷一案，不服{COURT}（{c.filed_on.year - 1}）"
                  f"赣0702民初{x['first_no']}号民事判决，向本院提起上诉。本院于{cn_date(x['appeal_day'])}立案后，依法组成合议庭"
                  "进行了审理。本案现已审理终结。"),
            ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回{a.name}的诉讼请求。事实和理由：{a.name}系班组长"
                  f"{x['foreman']}雇请，与上诉人之间不存在劳务关系，工资应由{x['foreman']}支付。"),
            ("p", f"{a.name}辩称，其于{x['work_from']}至{x['work_to']}在上诉人承建的{x['site']}工地从事模板、钢筋工作，"
                  "考勤表、工资表均由上诉人项目部制作，项目部亦曾代发部分工资，一审判决正确，请求驳回上诉。"),
            ("p", f"本院经审理查明：一审查明的事实属实，本院予以确认。另查明，{x['foreman']}不具备用工主体资格，"
                  f"上诉人项目部于{x['work_to']}出具的《工资结算单》载明尚欠{a.name}工资{money(c.amount)}元。"),
            ("p", "本院认为，根据《保障农民工工资支付条例》第三十条之规定，分包单位对所招用农民工的工资支付负直接责任，"
                  "违法分包、转包的，由违法分包、转包单位承担清偿责任。上诉人的上诉理由不能成立，本院不予支持。"
                  "一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款"
                  "第一项之规定，判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", f"二审案件受理费{x['fee']}元，由上诉人{r.name}负担。"),
            ("p", "本判决为终审判决。"),
        ]
        title, court = "民 事 判 决 书", "江西省赣州市中级人民法院"
    elif x["story"] == "orange":
        blocks = [
            ("p", f"原告：{who(a)}"),
            ("p", f"被告：{who(r)}"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(x['sued_on'])}立案后，依法适用简易程序，"
                  "公开开庭进行了审理。本案现已审理终结。"),
            ("p", f"原告诉称：{x['sold_year']}年11月，被告向原告收购赣南脐橙（纽荷尔）{x['tons']}吨，约定每斤"
                  f"{x['price']}元，果园现场采摘、过磅装车，货款于次年春节前付清。原告依约交付后，被告仅支付部分货款，"
                  f"尚欠{money(c.amount)}元至今未付。"),
            ("p", "被告辩称：部分脐橙有黄龙病果、冻伤果，到货后损耗较大，应当扣减货款。"),
            ("p", f"经审理查明：原告系依法登记的农民专业合作社，经{x['village']}村民委员会同意，承包经营该村"
                  f"{x['hill']}山场果园{x['mu']}亩。双方签订的《脐橙购销合同》及过磅单、对账单均经双方签字确认。"
                  "被告未能提交证据证明其主张的质量问题，且已在对账单上签字确认欠款数额。"),
            ("p", "本院认为，原、被告之间的买卖合同关系合法有效，原告已履行交货义务，被告应按约支付货款。依照《中华人民"
                  "共和国民法典》第五百零九条、第六百二十六条之规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{money(c.amount)}元。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                  "加倍支付迟延履行期间的债务利息。"),
            ("p", f"案件受理费减半收取{x['fee']}元，由被告负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，"
                  "上诉于江西省赣州市中级人民法院。"),
        ]
        title, court = "民 事 判 决 书", COURT
    else:
        blocks = [
            ("p", f"原告：{who(a)}"),
            ("p", f"被告：{who(r)}"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后依法适用简易程序公开开庭进行了审理。"),
            ("p", f"原告诉称：被告自{c.filed_on.year - 2}年起向原告购买{x['goods']}，双方对账确认被告尚欠货款"
                  f"{money(c.amount)}元，经催讨未付。被告经传票传唤无正当理由未到庭。"),
            ("p", "本院认为，原告提交的送货单、对账单足以证明双方买卖关系及欠款事实，依照《中华人民共和国民法典》"
                  "第五百七十九条，《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{money(c.amount)}元。"),
            ("p", f"案件受理费{x['fee']}元，减半收取，由被告负担。"),
            ("p", "如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状，上诉于江西省赣州市中级人民法院。"),
        ]
        title, court = "民 事 判 决 书", COURT
    sign = ["审　判　长　" + c.judge, "审　判　员　" + person_name(rng), "审　判　员　" + person_name(rng)] if appeal \
        else ["审判员　" + c.judge]
    sheets = _judgment_sheets(court, title, c.basis_number, blocks, sign, c, rng)
    return sheets


def _judgment_sheets(court: str, title: str, number: str, blocks: Sequence[Block], sign: Sequence[str], c: CaseCtx,
                     rng: random.Random) -> list[Sheet]:
    """A judgment's certified copy: black court name (judgments carry no red head), the 本件与原本核对无异 stamp."""
    sheets: list[Sheet] = []

    def new() -> tuple[Sheet, float]:
        s = Sheet(paper=(252, 251, 246))
        sheets.append(s)
        return s, float(mm(26))

    s, _ = new()
    s.centred(mm(28), court, bold(6.8), spacing=mm(0.5))
    s.centred(mm(42), title, bold(7.6), spacing=mm(1.6))
    s.right(s.width - mm(28), mm(57), number, serif(4.5))
    y = flow(s, list(blocks), serif(4.6), x0=mm(28), width=s.width - mm(56), y=mm(69), line_height=mm(8.6),
             indent=mm(9.2), bottom=s.height - mm(28), more=new)
    last = sheets[-1]
    if y + mm(60) > last.height - mm(28):
        last, y = new()
    y += mm(8)
    for line in sign:
        last.right(last.width - mm(36), y, line, serif(4.6))
        y += mm(9)
    when = cn_date(c.basis_effective) if "effective_minus" not in c.extra else c.extra["effective_minus"]
    last.right(last.width - mm(36), y + mm(4), when, serif(4.6))
    seal(last, last.width - mm(66), y, court, rng, radius=mm(21))
    last.right(last.width - mm(36), y + mm(16), "书　记　员　" + person_name(rng), serif(4.6))
    bx, by = mm(30), y + mm(2)
    last.box(bx, by, bx + mm(52), by + mm(12), width=3, outline=RED)
    last.text(bx + mm(3), by + mm(3), "本件与原本核对无异", hei(4.6), fill=RED)
    for k, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(16), f"- {k} -", serif(3.6))
        sh.page_of = (k, len(sheets)) if len(sheets) > 1 else None
    return sheets


def application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    x = c.extra
    blocks: list[Block] = [
        ("f", f"申请人：{who(a)}"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("f", f"被申请人：{who(r)}"),
        ("f", "请求事项："),
        ("p", f"1．强制执行被申请人支付{x['what']}{money(c.amount)}元；"),
        ("p", "2．被申请人加倍支付迟延履行期间的债务利息；"),
        ("p", "3．执行费用由被申请人负担。"),
        ("f", "事实与理由："),
        ("p", f"申请人与被申请人{x['cause']}一案，经{c.basis_court}作出{c.basis_number}民事判决，该判决已于"
              f"{cn_date(c.basis_effective)}发生法律效力。被申请人至今未履行生效判决确定的义务，"
              "依照《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"),
        ("f", "此致"),
        ("f", COURT),
        ("r", f"申请人：{a.name}"),
        ("r", num_date(c.filed_on - __import__('datetime').timedelta(days=2))),
    ]
    sheets, y = typed_to(blocks, rng, face="serif", size=4.3, title="强制执行申请书")
    last = sheets[-1]
    if a.kind == "organisation":
        seal(last, last.width - mm(60), y - mm(14), a.name, rng)
    else:
        signature(last, last.width - mm(50), y - mm(18), a.name, rng)
    return sheets


def id_copy(p: Party, rng: random.Random) -> Sheet:
    """A photocopy of an ID card's two faces (or a business licence's copy) on one A4, 'copy matches' in hand."""
    s = Sheet(paper=WHITE)
    if p.kind == "person":
        for k in range(2):
            x0, y0 = mm(45), mm(40 + 105 * k)
            s.draw.rounded_rectangle((x0, y0, x0 + mm(120), y0 + mm(76)), radius=mm(4), fill=(226, 226, 222),
                                     outline=(150, 150, 150), width=2)
            if k == 0:
                s.text(x0 + mm(6), y0 + mm(8), f"姓名　{p.name}", hei(4.0))
                s.text(x0 + mm(6), y0 + mm(18), f"性别　{p.sex}　　民族　汉", hei(3.6))
                born = p.born
                s.text(x0 + mm(6), y0 + mm(28), f"出生　{born.year}年{born.month}月{born.day}日" if born else "出生", hei(3.6))
                s.text(x0 + mm(6), y0 + mm(38), f"住址　{p.address[:14]}", hei(3.6))
                s.text(x0 + mm(18), y0 + mm(46), p.address[14:30], hei(3.6))
                s.text(x0 + mm(6), y0 + mm(62), f"公民身份号码　{p.id_number}", hei(3.8))
                s.draw.rectangle((x0 + mm(84), y0 + mm(8), x0 + mm(114), y0 + mm(46)), fill=(170, 170, 168))
            else:
                s.centred(y0 + mm(14), "中华人民共和国", hei(5.0), x0=x0, x1=x0 + mm(120))
                s.centred(y0 + mm(26), "居民身份证", hei(6.0), x0=x0, x1=x0 + mm(120), spacing=mm(1))
                s.text(x0 + mm(8), y0 + mm(50), f"签发机关　{p.address[:6]}公安局", hei(3.4))
                y1 = rng.randint(2015, 2021)
                s.text(x0 + mm(8), y0 + mm(60), f"有效期限　{y1}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{y1 + 20}.长期"[:34], hei(3.4))
        hand(s, mm(60), mm(235), "此复印件与原件一致", rng, size=mm(6.0), ink=INK)
        signature(s, mm(130), mm(250), p.name, rng)
        return s
    s.draw.rectangle((mm(20), mm(20), s.width - mm(20), s.height - mm(30)), outline=(120, 120, 120), width=6)
    s.centred(mm(40), "营　业　执　照", bold(9.0), spacing=mm(2))
    s.centred(mm(58), "（副　本）", serif(4.4))
    s.text(mm(32), mm(76), f"统一社会信用代码　{p.id_number}", hei(4.0))
    kind = "农民专业合作社" if "合作社" in p.name else "有限责任公司（自然人投资或控股）"
    rows = [["名　　称", p.name], ["类　　型", kind], ["法定代表人", p.legal_rep],
            ["经营范围", "脐橙种植、销售；农业技术推广服务；农产品初加工" if "合作社" in p.name
             else "建筑劳务分包；施工劳务作业；建筑材料销售（依法须经批准的项目，经相关部门批准后方可开展经营活动）"],
            ["住　　所", p.address]]
    table(s, mm(32), mm(92), [mm(36), mm(110)], rows, serif(4.0), row_h=[mm(13), mm(13), mm(13), mm(30), mm(20)], width=1)
    s.text(mm(32), mm(210), "登记机关　赣州市章贡区市场监督管理局", serif(4.0))
    seal(s, s.width - mm(60), mm(215), "赣州市章贡区市场监督管理局", rng, radius=mm(20))
    hand(s, mm(40), mm(240), "与原件核对一致", rng, size=mm(6), ink=BLUE_INK)
    seal(s, mm(75), mm(245), p.name, rng, radius=mm(18))
    return s


def village_proof(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 村民委员会's 证明 on its letterhead, hand-signed by the 村主任, its round seal."""
    x = c.extra
    s = Sheet(paper=WHITE)
    blocks: list[Block] = [
        ("f", f"{COURT}："),
        ("p", f"兹证明，{c.applicant.name}于{x['leased']}年经本村村民代表大会讨论同意，承包经营本村{x['hill']}山场"
              f"（东至山脊，南至{x['village'][:2]}水库，西至村道，北至集体林）果园{x['mu']}亩，种植赣南脐橙，承包期限至"
              f"{x['leased'] + 30}年12月31日止。"),
        ("p", f"{x['sold_year']}年冬季，{c.respondent.name}在该果园收购脐橙，由其自行组织采摘、过磅、装车外运，"
              "本村村民多人参与采摘，情况属实。"),
        ("p", "特此证明。"),
        ("r", f"{x['village']}村民委员会"),
        ("r", num_date(c.filed_on - __import__('datetime').timedelta(days=rng.randint(8, 20)))),
    ]
    s.centred(mm(22), f"赣州市章贡区沙石镇{x['village']}村民委员会", hei(5.6), fill=RED)
    s.line(mm(24), mm(33), s.width - mm(24), mm(33), width=3, fill=RED)
    s.centred(mm(42), "证　　明", bold(7.4))
    y = flow(s, blocks, font("ming", mm(4.6)), x0=mm(26), width=s.width - mm(52), y=mm(60), line_height=mm(9),
             indent=mm(9.2))
    seal(s, s.width - mm(58), y - mm(14), f"赣州市章贡区沙石镇{x['village']}村民委员会", rng, radius=mm(21))
    hand(s, mm(30), y + mm(10), f"村主任：{x['chief']}", rng, size=mm(5.6), ink=INK)
    return s


def land_certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    """The photocopy of the 林权证 (土地承包经营权证 on its second page, both copied onto one A4, a bit askew)."""
    x = c.extra
    s = Sheet(paper=WHITE)
    s.draw.rectangle((mm(18), mm(16), s.width - mm(18), mm(140)), outline=(90, 90, 90), width=4)
    s.centred(mm(24), "中华人民共和国", hei(5.0))
    s.centred(mm(36), "林　权　证", bold(9.0), spacing=mm(3))
    s.centred(mm(54), f"赣（{x['leased']}）章林证字第{rng.randint(10000, 99999)}号", serif(4.0))
    rows = [["林权权利人", c.applicant.name], ["林地使用权人", c.applicant.name], ["座　落", f"章贡区沙石镇{x['village']}村{x['hill']}"],
            ["面　积", f"{x['mu']}亩"], ["主要树种", "脐橙（经济林）"], ["林地使用期", f"{x['leased']}年1月1日至{x['leased'] + 30}年12月31日"]]
    table(s, mm(28), mm(64), [mm(40), mm(114)], rows, serif(3.8), row_h=mm(11), width=1)
    seal(s, s.width - mm(58), mm(118), "赣州市章贡区人民政府", rng, radius=mm(19))
    s.draw.rectangle((mm(18), mm(150), s.width - mm(18), mm(268)), outline=(90, 90, 90), width=4)
    s.centred(mm(158), "农村土地承包经营权证", bold(7.0), spacing=mm(1))
    s.centred(mm(172), f"编号：3607020{rng.randint(10000000, 99999999)}J", serif(3.8))
    rows2 = [["发包方", f"{x['village']}村民委员会"], ["承包方代表", c.applicant.legal_rep],
             ["承包方式", "其他方式承包（招标、拍卖、公开协商）"], ["承包地块", f"{x['hill']}果园，{x['mu']}亩"],
             ["用　途", "种植业（果树）"]]
    table(s, mm(28), mm(182), [mm(40), mm(114)], rows2, serif(3.8), row_h=mm(11), width=1)
    hand(s, mm(30), mm(248), "复印件与原件一致", rng, size=mm(5.6), ink=BLUE_INK)
    signature(s, mm(110), mm(250), c.applicant.legal_rep, rng)
    return s


def settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    x = c.extra
    parts: list[tuple[str, object]] = x["instalments"]
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{c.applicant.name}，"
              f"{'公民身份号码' if c.applicant.kind == 'person' else '统一社会信用代码'}{c.applicant.id_number}"),
        ("f", f"乙方（被执行人）：{c.respondent.name}" + (f"，法定代表人{c.respondent.legal_rep}" if c.respondent.legal_rep else "")),
        ("p", f"甲方申请执行乙方{x['cause']}一案（{c.number}），执行依据为{c.basis_court}{c.basis_number}民事判决。"
              f"经{COURT}执行局主持，双方自愿达成如下和解协议："),
        ("p", f"一、乙方确认应付甲方{'工资款' if x['story'] == 'wage' else x['what']}{money(c.amount)}元，"
              "迟延履行期间的债务利息甲方自愿放弃。"),
    ]
    for k, (when, amt) in enumerate(parts, 1):
        label = f"第{k}期：" if len(parts) > 1 else "一次性付清："
        blocks.append(("p", f"{'二三四五'[k - 1]}、{label}乙方于{when}前支付{money(amt)}元（大写：{money_caps(amt)}）；"))  # type: ignore[arg-type]
    n = len(parts) + 1
    blocks += [
        ("p", f"{'二三四五六'[n - 1]}、上述款项均汇入{COURT}执行款专户，由法院发放给甲方。"),
        ("p", f"{'二三四五六七'[n]}、乙方任何一期逾期未付的，甲方可申请恢复执行原生效法律文书，已付款项予以扣除。"),
        ("p", f"{'二三四五六七八'[n + 1]}、本协议一式三份，双方各执一份，交法院附卷一份，自双方签字之日起生效。"),
    ]
    sheets, y = typed_to(blocks, rng, face="ming", size=4.4, title="执行和解协议")
    last = sheets[-1]
    if y > last.height - mm(75):
        last = Sheet(paper=WHITE)
        sheets.append(last)
        y = float(mm(30))
        for k, sh in enumerate(sheets, 1):
            sh.page_of = (k, len(sheets))
    f = font("ming", mm(4.4))
    y += mm(8)
    last.text(mm(26), y, "甲方（签名、捺印）：", f)
    signature(last, mm(75), y - mm(2), c.applicant.legal_rep or c.applicant.name, rng)
    last.draw.ellipse((mm(105), y - mm(1), mm(111), y + mm(7)), fill=(190, 40, 40))  # the thumbprint
    last.text(mm(26), y + mm(20), "乙方（盖章）：", f)
    last.text(mm(100), y + mm(20), "法定代表人或委托代理人：", f)
    seal(last, mm(70), y + mm(24), c.respondent.name, rng, radius=mm(18))
    signature(last, mm(150), y + mm(18), c.respondent.legal_rep or c.respondent.name, rng)
    last.right(last.width - mm(30), y + mm(42), num_date(c.day(21)), f)
    return sheets


def slip(c: CaseCtx, k: int, when: object, amount: object, rng: random.Random) -> Sheet:
    """A 赣州银行 / 农商银行 counter 业务回单 (printed on a dot-matrix receipt, pasted on an A4 sheet)."""
    x = c.extra
    s = Sheet(paper=WHITE)
    bank = x["pay_bank"]
    box = (mm(20), mm(30), s.width - mm(20), mm(128))
    s.draw.rectangle(box, fill=(236, 242, 248), outline=(120, 140, 170), width=2)
    s.centred(mm(36), f"{bank}　业务回单（付款）", hei(5.2))
    rows = [["付款人", c.respondent.name], ["付款账号", x["resp_account"]],
            ["收款人", f"{COURT}"], ["收款账号", x["court_account"]], ["金额（小写）", f"¥{money(amount)}"],  # type: ignore[arg-type]
            ["金额（大写）", money_caps(amount)], ["用途", f"{c.number}执行款 第{k}期" if k else f"{c.number}执行款"],  # type: ignore[arg-type]
            ["交易日期", str(when)]]
    table(s, mm(26), mm(48), [mm(34), mm(124)], rows, font("mono", mm(3.6)), row_h=mm(9), width=1, fill=(80, 90, 120))
    seal(s, s.width - mm(55), mm(112), f"{bank}　业务专用章", rng, radius=mm(15))
    hand(s, mm(30), mm(140), "已核对到账" if k else "款已到账", rng, size=mm(5.2))
    signature(s, mm(90), mm(142), c.officer, rng)
    return s


def inquiry(c: CaseCtx, rng: random.Random, again: bool) -> list[Sheet]:
    """The 最高人民法院 网络执行查控系统 feedback printout: banks, vehicles, real estate, securities, one row each."""
    s = Sheet(paper=WHITE)
    s.text(mm(14), mm(12), "总对总网络执行查控系统　反馈结果打印" + ("（终本前复查）" if again else ""), hei(4.2))
    s.right(s.width - mm(14), mm(12), f"{num_date(c.day(70 if again else 6))}", hei(3.2))
    s.text(mm(14), mm(22), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", hei(3.2))
    banks = ["中国工商银行", "中国农业银行", "中国建设银行", "赣州银行", "江西赣州农村商业银行", "中国邮政储蓄银行", "支付宝（中国）", "财付通"]
    rows = [["协助单位", "查询结果", "余额（元）", "反馈时间"]]
    for b in banks:
        bal = f"{rng.randint(0, 900)}.{rng.randint(10, 99)}" if rng.random() < 0.4 else "0.00"
        rows.append([b, "有账户" if bal != "0.00" else "无账户/已销户", bal, f"{num_date(c.day(7))}"])
    rows += [["公安部（车辆）", "无登记车辆", "—", num_date(c.day(7))],
             ["自然资源部（不动产）", "无登记信息", "—", num_date(c.day(8))],
             ["中国证券登记结算", "无证券账户", "—", num_date(c.day(8))]]
    y = mm(30)
    for row in rows:
        xs = [mm(14), mm(74), mm(124), mm(156)]
        for xx, cell in zip(xs, row, strict=True):
            s.text(xx, y, cell, hei(3.2))
        s.line(mm(14), y + mm(6), s.width - mm(14), y + mm(6), width=1, fill=(160, 160, 160))
        y += mm(8)
    s.centred(s.height - mm(12), "第1页/共1页", hei(3.0))
    return [s]


def lawyer_license(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet(paper=WHITE)
    s.draw.rectangle((mm(40), mm(30), mm(170), mm(120)), fill=(150, 30, 30))
    s.centred(mm(56), "中华人民共和国", hei(5.4), fill=(230, 200, 120))
    s.centred(mm(72), "律师执业证", hei(8.0), fill=(230, 200, 120), spacing=mm(1.2))
    s.draw.rectangle((mm(40), mm(130), mm(170), mm(220)), outline=(110, 110, 110), width=2)
    for k, t in enumerate([f"持证人　{c.agent}", f"执业机构　{c.firm}", f"执业证号　1360720{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}",
                           "发证机关　江西省司法厅", f"年度考核　{c.filed_on.year - 1}年度　称职"]):
        s.text(mm(48), mm(138 + 15 * k), t, hei(4.0))
    hand(s, mm(50), mm(236), "与原件核对无异", rng, size=mm(5.2))
    return s


__all__ = ["application", "id_copy", "inquiry", "judgment", "land_certificate", "lawyer_license", "settlement", "slip",
           "typed", "typed_to", "village_proof", "who"]
