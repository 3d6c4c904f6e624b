"""What 清城法院执行局 receives, each in its maker's hand: this court's civil division's 民事判决书 and 生效证明书 (Noto
serif, the division's red "本件与原本核对无异" stamp, "- n -" folios); the applications — the 黄 in-law's typed at a
石角 print shop and thumbprinted, the cooperative's typed by the 村委会 clerk under the 社's seal, the widow's written
out by her son on ruled letter paper; the 诉讼服务中心's window forms (its corner code, 黑体 title, blue ballpoint);
the 经济合作社's registration certificate and its members' resolution with a column of red thumbprints; the bank's and
the fee office's slips; the 查控 system's printout; and the booklets and cards of court_hc_booklets, laid on the glass."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_hc_booklets import (
    Entry,
    Laid,
    Resident,
    bankbook,
    driving_licence,
    hukou_spread,
    id_cards,
    marriage_spread,
    property_spread,
    slip,
)
from dossier.corpus.families.court_hc_kit import COURT, Cursor, grid, ink, pen_lines, right_cells, thumb
from dossier.corpus.fonts import font
from dossier.corpus.paper import stamp

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "payment_account_confirmation", "service_address_confirmation",
    "property_declaration_form", "online_inquiry_result", "settlement_agreement", "payment_voucher",
})
BALLPOINT = (28, 44, 140)
PURPLE = (110, 50, 120)
L, R = mm(27), mm(25)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hc import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return {"loan": _typed_application, "orchard": _coop_application, "wage": _letter_application}[t](c, rng)
    if code == "identity_proof":
        return _identity(c, rng, respondent="respondent" in served)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "fee_receipt":
        return [_fee_slip(c, rng)]
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng)
    raise KeyError(code)


def filed_by(c: CaseCtx) -> date:
    return c.filed_on - timedelta(days=2)


# ---- the civil division's papers ------------------------------------------------------------------------------------

def _who(p: Party, role: str) -> str:
    if p.kind == "organisation":
        head = "负责人" if "合作社" in p.name else "经营者"
        return f"{role}：{p.name}，住所地{p.address}。{head}：{p.legal_rep}。"
    born = p.born or date(1970, 1, 1)
    return f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _civil(c: CaseCtx, rng: random.Random, title: str, number: str, paras: list[tuple[str, str]],
           signers: list[tuple[str, str]], day: date) -> list[Sheet]:
    """The civil division's print: serif throughout, justified by spacing, number right, "- n -" folios."""
    s = Sheet()
    s.centred(mm(28), COURT, font("serif_bold", 54), spacing=3)
    s.centred(mm(28) + 90, title, font("serif_bold", 76), spacing=40 if len(title) < 6 else 12)
    cur = Cursor([s], mm(28) + 215, left=mm(30), right=mm(27))
    cur.line(number, font("serif", 40), lead=90, flush_right=True)
    f = font("serif", 40)
    for kind, text in paras:
        parts = wrap(text, f, cur.width - (f.size * 2 if kind == "h" else 0), indent=f.size * 2 if kind == "p" else 0)
        for k, part in enumerate(parts):
            cur.need(70)
            x = cur.left + (f.size * 2 if (kind == "p" and k == 0) or (kind == "h" and k > 0) else 0)
            last = k == len(parts) - 1
            room = cur.left + cur.width - x
            gap = 0.0 if last or len(part) < 2 else max(0.0, min((room - text_width(part, f)) / (len(part) - 1), 14.0))
            cur.s.text(x, cur.y, part, f, spacing=gap)
            cur.y += 70
    cur.need(90 * len(signers) + 260)
    last_s = cur.s
    y = cur.y + 60
    x = last_s.width - mm(98)
    for role, name in signers:
        last_s.text(x, y, f"{role}　{name}", f)
        y += 74
    when = cn_date(day)
    last_s.text(x, y + 16, when, f)
    seal(last_s, x + text_width(when, f) / 2, y + 26, COURT, rng, radius=mm(20))
    last_s.text(x, y + 100, f"书 记 员　{person_name(rng)}", f)
    stamp(last_s, mm(30), min(y + 190, last_s.height - mm(45)), ["本件与原本核对无异"], rng, size_mm=4.4, face="serif")
    n = len(cur.sheets)
    for i, sh in enumerate(cur.sheets, 1):
        if n > 1:
            sh.centred(sh.height - mm(15), f"- {i} -", font("serif", 32))
            if i > 1:
                sh.page_of = (i, n)
    return cur.sheets


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    judged = c.basis_effective - timedelta(days=rng.randint(18, 26))
    if t == "loan":
        p, lent = c.extra["principal"], c.extra["lent_on"]
        paras = [("h", _who(a, "原告")), ("h", _who(r, "被告")),
                 ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用"
                       f"简易程序，于{cn_date(heard)}公开开庭进行了审理。原、被告均到庭参加诉讼。本案现已审理终结。"),
                 ("p", f"{a.name}向本院提出诉讼请求：1.判令被告归还借款{p:,.0f}元及利息；2.本案诉讼费用由被告负担。事实和理由："
                       f"原、被告系儿女亲家，原告之女{c.extra['daughter']}与被告之子{c.extra['son_in_law']}于2019年结婚。"
                       f"{lent.year}年{lent.month}月，被告以购买货车跑运输为由向原告借款{p:,.0f}元，原告通过银行转账交付，"
                       f"被告出具借条一张，约定于{num_date(c.extra['due'])}前还清。到期后被告未还，原告多次追讨未果。"),
                 ("p", f"{r.name}辩称：款项是收到了，但当时是两家人商量帮补小夫妻买车揾食，不是借给我个人的；现在两个后生"
                       "闹离婚，原告才来追数。"),
                 ("p", f"本院经审理认定：被告于{num_date(lent)}向原告出具借条，载明“今借到黄{a.name[1:]}人民币{money_caps(p)}，"
                       f"用于购买货车，于{c.extra['due'].year}年12月31日前还清”，原告于同日转账{p:,.0f}元至被告账户。"),
                 ("p", "本院认为，借条由被告亲笔书写并签名，款项已实际交付，双方之间的借贷关系成立且合法有效。被告主张款项系"
                       "对子女的资助，未提交证据证明，本院不予采纳。被告到期未还款，应承担还款责任及逾期利息。依照《中华人民共和国"
                       "民法典》第六百六十七条、第六百七十五条、第六百七十六条的规定，判决如下："),
                 ("p", f"一、被告{r.name}于本判决发生法律效力之日起十日内归还原告{a.name}借款{p:,.0f}元；"),
                 ("p", f"二、被告{r.name}于本判决发生法律效力之日起十日内支付原告{a.name}逾期利息（以{p:,.0f}元为基数，自2023年"
                       "1月1日起按同期全国银行间同业拆借中心公布的一年期贷款市场报价利率计至实际清偿之日止）。")]
    elif t == "orchard":
        mu, rent, owed = c.extra["mu"], c.extra["rent"], c.extra["owed"]
        hill = f"{c.extra['village']}{c.extra['hill']}"
        paras = [("h", _who(a, "原告")), ("h", _who(r, "被告")),
                 ("p", f"原告{a.name}与被告{r.name}农村土地承包合同纠纷一案，本院于{cn_date(heard - timedelta(days=55))}立案后，"
                       f"依法适用普通程序，于{cn_date(heard)}公开开庭进行了审理。原告负责人{a.legal_rep}到庭参加诉讼，被告经本院"
                       "公告送达开庭传票，无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
                 ("p", f"原告向本院提出诉讼请求：1.解除原、被告签订的《果园承包合同》；2.被告返还承包的{hill}山地；3.被告支付"
                       f"拖欠的承包款{owed:,.0f}元及违约金{c.extra['penalty']:,.0f}元。"),
                 ("p", f"本院经审理认定：{c.extra['leased'].year}年{c.extra['leased'].month}月，经本社社员代表会议表决同意，原告将"
                       f"{hill}山地{mu}亩发包给被告种植砂糖橘，承包期十五年，承包款每亩每年{rent}元，每年3月31日前交清当年"
                       f"承包款。被告交纳至2020年度后，以果树感染黄龙病为由停交承包款，至今拖欠2021年至2023年承包款共计"
                       f"{owed:,.0f}元。合同约定逾期交纳承包款超过一年的，发包方有权解除合同并要求承包方支付违约金。"),
                 ("p", "本院认为，原、被告签订的《果园承包合同》经本集体经济组织民主议定程序，合法有效。果树感染病害属经营风险，"
                       "不构成拒交承包款的正当理由。被告逾期三年未交承包款，原告请求解除合同、返还土地并支付承包款及违约金，"
                       "理据充分，本院予以支持。依照《中华人民共和国农村土地承包法》第四十二条，《中华人民共和国民法典》第五百六十三条、"
                       f"第五百七十七条、第五百八十五条，{'《中华人民共和国民事诉讼法》'}第一百四十七条的规定，判决如下："),
                 ("p", "一、解除原、被告签订的《果园承包合同》；"),
                 ("p", f"二、被告{r.name}于本判决发生法律效力之日起三十日内将{hill}山地{mu}亩返还原告；"),
                 ("p", f"三、被告{r.name}于本判决发生法律效力之日起十日内支付原告承包款{owed:,.0f}元、违约金"
                       f"{c.extra['penalty']:,.0f}元。")]
    else:
        dead, dborn, _ = c.extra["deceased"]
        girl = c.extra["daughter"]
        mon, months = c.extra["monthly"], c.extra["months"]
        owner: Party = c.extra["owner"]
        paras = [("h", _who(a, "原告")),
                 ("h", f"原告：{girl[0]}，女，{num_date(girl[1])}出生，汉族，住{a.address}，公民身份号码{girl[2]}。"),
                 ("h", f"法定代理人：{a.name}，系原告{girl[0]}之母。"),
                 ("h", f"共同委托诉讼代理人：{c.agent}，男，系{a.name}之子，住{c.extra['agent_addr']}。"),
                 ("h", _who(r, "被告")),
                 ("p", f"原告{a.name}、{girl[0]}与被告{r.name}劳务合同纠纷一案，本院于{cn_date(heard - timedelta(days=35))}立案后，"
                       f"依法适用简易程序，于{cn_date(heard)}公开开庭进行了审理。原告共同委托诉讼代理人{c.agent}、被告经营者"
                       f"{owner.name}到庭参加诉讼。本案现已审理终结。"),
                 ("p", f"原告诉称：{dead}（{dborn.year}年出生）系{a.name}之夫、{girl[0]}之父。{dead}自{c.extra['started'].year}年"
                       f"{c.extra['started'].month}月起为被告驾驶货车运送瓷砖、水泥等建材，每月劳务报酬{mon:,.0f}元。"
                       f"{c.extra['died'].year}年{c.extra['died'].month}月{dead}因突发脑出血去世，被告尚欠其{months}个月报酬"
                       f"共{c.amount:,.0f}元。{dead}之子{c.agent}已书面声明放弃对该笔款项的继承。"),
                 ("p", f"被告辩称：对欠{dead}工钱的数目冇异议，只是生意难做，一时拿不出，希望分期还。"),
                 ("p", f"本院认为，{dead}为被告提供劳务，被告应当按约支付报酬。{dead}去世后，其对被告享有的劳务报酬债权作为遗产，"
                       "由第一顺序继承人继承，二原告主张权利，主体适格。被告对欠款数额无异议，本院予以确认。依照《中华人民共和国"
                       "民法典》第一千一百二十二条、第一千一百二十七条，《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
                 ("p", f"被告{r.name}于本判决发生法律效力之日起十日内向原告{a.name}、{girl[0]}支付{dead}生前劳务报酬"
                       f"{c.amount:,.0f}元。")]
    fee = int(c.amount) // 100 + 25
    paras += [("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条的规定，加倍"
                    "支付迟延履行期间的债务利息。"),
              ("p", f"案件受理费{fee}元{'，减半收取' + str(fee // 2) + '元' if t != 'orchard' else ''}，由被告负担。"),
              ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于广东省"
                    "清远市中级人民法院。")]
    signers = [("审 判 员", c.extra["civil_judge"])] if t != "orchard" else \
        [("审 判 长", c.extra["civil_judge"]), ("人民陪审员", person_name(rng)), ("人民陪审员", person_name(rng))]
    return _civil(c, rng, "民事判决书", c.basis_number, paras, signers, judged)


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    served = c.basis_effective - timedelta(days=16)
    return _civil(c, rng, "生效证明书", c.basis_number, [
        ("p", f"本院受理原告{a.name}诉被告{r.name}{c.extra['cause']}一案，本院作出的{c.basis_number}民事判决书已于"
              f"{cn_date(served)}送达双方当事人。双方当事人在法定上诉期限内均未提出上诉，该判决书已于"
              f"{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
    ], [("经 办 人", c.extra["civil_judge"])], c.basis_effective + timedelta(days=rng.randint(3, 10)))


# ---- applications -----------------------------------------------------------------------------------------------

def _typed_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Typed at a 石角 print shop for the 黄 in-law: 宋体, the requests numbered, a red thumbprint on his name."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), "申请执行书", font("serif_bold", 72), spacing=24)
    cur = Cursor([s], mm(30) + 150, left=L, right=R)
    f = font("ming", 42)
    p, i = c.extra["principal"], c.extra["interest"]
    for kind, text in [
        ("h", _who(a, "申请人") + f"电话：{a.phone}。"),
        ("h", _who(r, "被申请人") + f"电话：{r.phone}。"),
        ("t", "执行请求："),
        ("p", f"1、强制被申请人归还借款本金{p:,.0f}元及逾期利息{i:,.2f}元（暂计至申请之日），合计{c.amount:,.2f}元；"),
        ("p", "2、被申请人加倍支付迟延履行期间的债务利息；"),
        ("p", "3、执行费用由被申请人负担；"),
        ("p", "4、被申请人不履行的，请求对其限制高消费，并纳入失信被执行人名单。"),
        ("t", "事实与理由："),
        ("p", f"申请人与被申请人系亲家关系。被申请人向申请人借款购车，到期不还，申请人诉至贵院，贵院作出{c.basis_number}"
              "民事判决书，判令被申请人还本付息。判决已发生法律效力，被申请人至今分文未还。被申请人2023年收到村里征地"
              "补偿款，完全有能力还款。为此，根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
        ("t", "此致"), ("t", COURT),
    ]:
        if kind == "t":
            cur.line(text, f, lead=76)
        else:
            cur.para(text, f, lead=76, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    cur.need(260)
    last, y = cur.s, cur.y + 50
    last.text(last.width - mm(105), y, "申请人：", f)
    hand(last, last.width - mm(72), y - 8, a.name, rng, size=58, ink=INK)
    thumb(last, last.width - mm(38), y + 22, rng)
    last.text(last.width - mm(105), y + 100, num_date(filed_by(c)), f)
    return cur.sheets


def _coop_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Typed by the 村委会 clerk for the 经济合作社: a 黑体 title, the parties in a small ruled table, the 社's seal."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(26), "强制执行申请书", font("hei", 66), spacing=10)
    f = font("ming", 40)
    w = s.width - L - R
    rows = [["申请人", a.name], ["统一社会信用代码", a.id_number], ["住所", a.address],
            ["负责人", f"{a.legal_rep}（社长）　电话：{a.phone}"], ["被申请人", f"{r.name}，男，{num_date(r.born or date(1980, 1, 1))}出生"],
            ["身份证号码", r.id_number], ["住址", r.address]]
    boxes = grid(s, L, mm(26) + 120, [mm(50), w - mm(50)], rows, f, heights=[mm(13)] * 6 + [mm(19)], frame=3)
    cur = Cursor([s], boxes[-1][3] + 50, left=L, right=R)
    for kind, text in [
        ("t", "申请事项："),
        ("p", f"一、请求强制被申请人支付拖欠的果园承包款{c.extra['owed']:,.0f}元、违约金{c.extra['penalty']:,.0f}元，"
              f"合计{c.amount:,.0f}元，并加倍支付迟延履行期间的债务利息；"),
        ("p", f"二、请求强制被申请人将{c.extra['village']}{c.extra['hill']}山地{c.extra['mu']}亩返还申请人；"),
        ("p", "三、请求对被申请人限制高消费并纳入失信被执行人名单；执行费由被申请人负担。"),
        ("t", "事实和理由："),
        ("p", f"申请人与被申请人农村土地承包合同纠纷一案，经贵院{c.basis_number}民事判决书判决，现已发生法律效力。被申请人"
              "至今未履行。经本社社员代表会议决议，由社长代表本社申请强制执行，望贵院依法执行，维护本社全体社员的合法权益。"),
        ("t", "此致"), ("t", COURT),
        ("n", "附：1.民事判决书副本一份；2.组织登记证复印件、社长身份证复印件、社员代表会议决议各一份。"),
    ]:
        if kind == "t":
            cur.line(text, f, lead=70)
        elif kind == "n":
            cur.para(text, font("ming", 34), lead=56)
        else:
            cur.para(text, f, lead=70, first=f.size * 2)
    cur.need(250)
    last, y = cur.s, cur.y + 40
    last.text(last.width - mm(115), y, "申请人（盖章）：", f)
    seal(last, last.width - mm(52), y + 30, a.name, rng, radius=mm(19))
    last.text(last.width - mm(115), y + 90, "负责人：", f)
    hand(last, last.width - mm(85), y + 82, a.legal_rep, rng, size=54, ink=INK)
    last.text(last.width - mm(95), y + 170, num_date(filed_by(c)), f)
    return cur.sheets


def ruled_paper() -> Sheet:
    """A sheet of ruled letter paper: pale blue lines, a red double rule down the left."""
    s = Sheet(paper=(252, 251, 246))
    for y in range(mm(32), s.height - mm(18), mm(9)):
        s.line(mm(14), y, s.width - mm(12), y, width=1, fill=(160, 190, 215))
    s.line(mm(24), mm(14), mm(24), s.height - mm(10), width=2, fill=(215, 110, 110))
    s.line(mm(25.5), mm(14), mm(25.5), s.height - mm(10), width=1, fill=(215, 110, 110))
    return s


def _letter_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Written out by the widow's son in ballpoint on ruled letter paper, two pages, his mother's name and thumbprint
    at the end."""
    a, r = c.applicant, c.respondent
    girl = c.extra["daughter"]
    dead = c.extra["deceased"][0]
    text = [("c", "强制执行申请书"),
            ("p", f"申请人：{a.name}，女，{a.born.year if a.born else 1972}年出生，住{a.address}，身份证号{a.id_number}，"
                  f"电话{a.phone}。"),
            ("p", f"申请人：{girl[0]}，女，{girl[1].year}年出生，住址同上。法定代理人：{a.name}（母女关系）。"),
            ("p", f"委托代理人：{c.agent}，{a.name}之子，电话{c.agent_phone}。"),
            ("p", f"被申请人：{r.name}，住所地{r.address}，经营者{r.legal_rep}。"),
            ("p", f"请求：1.强制被申请人支付我父亲{dead}生前的劳务报酬{c.amount:,.0f}元及迟延履行期间的利息；"
                  "2.执行费由被申请人负担；3.被申请人不还款的，请求限制其高消费、纳入失信名单。"),
            ("p", f"理由：我父亲{dead}生前在被申请人的建材店开货车送货，去年突然去世，店里欠他{c.extra['months']}个月工钱一直不给。"
                  f"我们起诉到清城区法院，{c.basis_number}民事判决书判被申请人十日内付清，判决生效后被申请人仍然拖着不给。"
                  "我母亲没有工作，妹妹还在读书，家里等着这笔钱用，特申请法院强制执行。"),
            ("p", "此致"), ("p", "清城区人民法院"),
            ("r", f"申请人：{a.name}　{girl[0]}（由{a.name}代）"), ("r", f"代书人：{c.agent}"),
            ("r", num_date(filed_by(c)))]
    sheets = [ruled_paper()]
    s = sheets[0]
    y = mm(23)
    for kind, line in text:
        if kind == "c":
            hand(s, s.width / 2 - mm(40), y, line, rng, size=64, ink=BALLPOINT)
            y += mm(18)
            continue
        chunks = [line] if kind == "r" else wrap("\u3000\u3000" + line, font("kai", 53), s.width - mm(46))
        for chunk in chunks:
            if y > s.height - mm(30):
                s = ruled_paper()
                sheets.append(s)
                y = mm(23)
            x = s.width - mm(20) - len(chunk) * 46 if kind == "r" else mm(28)
            hand(s, x, y, chunk, rng, size=46, ink=BALLPOINT)
            y += mm(9)
    thumb(sheets[-1], sheets[-1].width - mm(58), y - mm(28), rng)
    for i, sh in enumerate(sheets, 1):
        if len(sheets) > 1:
            hand(sh, sh.width / 2 - mm(8), sh.height - mm(14), f"{i}/{len(sheets)}", rng, size=34, ink=BALLPOINT,
                 record=True)
            if i > 1:
                sh.page_of = (i, len(sheets))
    return sheets


# ---- identity -----------------------------------------------------------------------------------------------------

def _idcard_of(p: Party, rng: random.Random, issuer: str) -> Laid:
    born = p.born or date(1970, 1, 1)
    start = date(rng.randint(2012, 2019), rng.randint(1, 12), rng.randint(1, 28))
    years = 10 if born.year > 1978 else 20
    return id_cards(rng, name=p.name, sex=p.sex, born=born, address=p.address, id_number=p.id_number, issuer=issuer,
                    valid=(start, start.replace(year=start.year + years)))


def _identity(c: CaseCtx, rng: random.Random, *, respondent: bool) -> list[Sheet]:
    t = str(c.extra["tale"])
    if t == "loan":
        if respondent:
            p = c.respondent
            born = p.born or date(1963, 1, 1)
            first = date(born.year + 22, rng.randint(1, 12), rng.randint(1, 28))
            renew = date(2020, first.month, first.day)
            return [driving_licence(rng, name=p.name, sex=p.sex, born=born, id_number=p.id_number, address=p.address,
                                    first=first, cls="B2", valid=(renew, renew.replace(year=2030)),
                                    record=str(c.extra["licence_record"]), brigade="广东省清远市公安局交通警察支队")]
        return [_idcard_of(c.applicant, rng, "清远市公安局清城分局")]
    if t == "orchard":
        if respondent:
            return [_id_photocopy(c.respondent, rng, str(c.extra["village"]))]
        head: Party = c.extra["head"]
        return [_coop_certificate(c, rng), _idcard_of(head, rng, "清远市公安局清城分局"), _resolution(c, rng)]
    if respondent:
        return [_shop_licence(c, rng)]
    return _family_papers(c, rng)


def _id_photocopy(p: Party, rng: random.Random, village: str) -> Sheet:
    """The grower's ID card photocopied onto A4 when he signed the lease, from the cooperative's contract file: both faces
    one above the other, grey, his signature and "仅供承包果园使用" under them."""
    s = Sheet()
    card = _idcard_of(p, rng, "钟山县公安局")
    g = card.image.convert("L").point(lambda v: int(v * 0.82 + 20)).convert("RGB")
    if card.mask is not None:
        white = Sheet().image.crop((0, 0, g.width, g.height))
        white.paste(g, (0, 0), card.mask)
        g = white
    s.image.paste(g, (mm(22), mm(40)))
    s.lines.extend(card.lines)
    hand(s, mm(30), mm(40) + g.height + mm(20), f"此复印件仅供承包{village}果园使用", rng, size=52, ink=INK)
    hand(s, mm(120), mm(40) + g.height + mm(40), p.name, rng, size=58, ink=INK)
    return s


def _coop_certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    """农村集体经济组织登记证 copied on A4 in landscape layout (the certificate's ornamental frame, the 农业农村局 seal)."""
    a = c.applicant
    s = Sheet()
    frame = (170, 120, 50)
    x0, y0, x1, y1 = mm(16), mm(24), s.width - mm(16), mm(190)
    s.box(x0, y0, x1, y1, width=9, outline=frame)
    s.box(x0 + 18, y0 + 18, x1 - 18, y1 - 18, width=3, outline=frame)
    s.centred(y0 + mm(12), "农村集体经济组织登记证", font("serif_bold", 72), spacing=8)
    s.text(x0 + mm(10), y0 + mm(32), f"统一社会信用代码：{a.id_number}", font("serif", 36))
    f = font("serif", 38)
    rows = [("名　　称", a.name), ("住　　所", a.address), ("法定代表人", a.legal_rep), ("组织类型", "经济合作社"),
            ("资产构成", "集体所有的土地（山地、耕地）及经营性资产"), ("登记机关", "清远市清城区农业农村局")]
    y = y0 + mm(46)
    for lab, val in rows:
        s.text(x0 + mm(12), y, lab, f)
        s.text(x0 + mm(52), y, val[:24], f)
        y += mm(14)
    seal(s, x1 - mm(50), y1 - mm(36), "清远市清城区农业农村局", rng, radius=mm(20))
    s.text(x1 - mm(88), y1 - mm(20), f"{rng.randint(2018, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    s.centred(y1 + mm(10), "（复印件）", font("serif", 36))
    hand(s, mm(30), y1 + mm(30), "与原件核对无误", rng, size=52, ink=INK)
    seal(s, mm(120), y1 + mm(36), a.name, rng, radius=mm(18))
    return s


def _resolution(c: CaseCtx, rng: random.Random) -> Sheet:
    """The members' representatives' resolution: typed by the 村委会 clerk, the names signed by hand with a red
    thumbprint on each, the 社's seal over the date."""
    a = c.applicant
    s = Sheet()
    s.centred(mm(24), f"{c.extra['village']}经济合作社社员代表会议决议", font("hei", 52), spacing=2)
    cur = Cursor([s], mm(24) + 110, left=L, right=R)
    f = font("ming", 40)
    met = c.filed_on - timedelta(days=rng.randint(9, 20))
    for text in [
        f"时间：{num_date(met)}晚上七时三十分",
        f"地点：{c.extra['village']}村祠堂",
        f"参加人员：社员代表{len(c.extra['members']) + 1}人（应到{len(c.extra['members']) + 2}人，实到"
        f"{len(c.extra['members']) + 1}人）",
        f"主持人：{a.legal_rep}（社长）",
    ]:
        cur.para(text, f, lead=64)
    cur.y += 20
    for text in [
        f"会议讨论了{c.extra['hill']}果园承包户{c.respondent.name}拖欠承包款一事。该户自2021年起未交承包款，经法院判决后"
        "仍未履行。经到会代表表决，一致同意：",
        f"一、由社长{a.legal_rep}代表本社向清城区人民法院申请强制执行，办理执行过程中的一切手续；",
        f"二、{c.extra['hill']}山地收回后，由社委会按规定重新发包，所得款项入社集体账户。",
        "表决结果：同意" + str(len(c.extra["members"]) + 1) + "人，反对0人，弃权0人。",
    ]:
        cur.para(text, f, lead=64, first=f.size * 2)
    cur.y += 20
    cur.line("到会代表签名（按手印）：", font("hei", 38), lead=70)
    names = [a.legal_rep, *c.extra["members"]]
    col_w = (cur.width) / 3
    y0 = cur.y
    for k, name in enumerate(names):
        x = L + (k % 3) * col_w
        y = y0 + (k // 3) * mm(20)
        hand(s, x + mm(4), y, name, rng, size=46, ink=INK if k % 2 else BALLPOINT)
        thumb(s, x + mm(40), y + mm(5), rng, r=mm(6))
    y = y0 + ((len(names) + 2) // 3) * mm(20) + mm(10)
    s.right(s.width - R - mm(10), y, f"{c.extra['village']}经济合作社", f)
    seal(s, s.width - R - mm(40), y + 30, a.name, rng, radius=mm(19))
    s.right(s.width - R - mm(10), y + 80, num_date(met), f)
    return s


def _shop_licence(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 建材商行's 营业执照 (个体工商户) copy, from the trial file, the copy stamp of the civil division."""
    r = c.respondent
    s = Sheet()
    red = (176, 44, 40)
    x0, y0, x1, y1 = mm(14), mm(30), s.width - mm(14), mm(200)
    s.box(x0, y0, x1, y1, width=6, outline=red)
    s.box(x0 + 12, y0 + 12, x1 - 12, y1 - 12, width=2, outline=red)
    s.centred(y0 + mm(10), "营 业 执 照", font("serif_bold", 90), spacing=30)
    s.text(x0 + mm(10), y0 + mm(36), f"统一社会信用代码　{r.id_number}", font("serif", 34))
    f = font("serif", 36)
    owner: Party = c.extra["owner"]
    rows = [("名　　称", r.name), ("类　　型", "个体工商户"), ("经 营 者", owner.name), ("组成形式", "个人经营"),
            ("经营范围", "销售：建筑材料、陶瓷制品、五金交电、水暖器材；普通货物道路运输。"),
            ("注册日期", f"{rng.randint(2012, 2019)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"),
            ("经营场所", r.address)]
    y = y0 + mm(50)
    for lab, val in rows:
        s.text(x0 + mm(10), y, lab, f)
        for k in range(0, len(val), 22):
            s.text(x0 + mm(46), y + (k // 22) * mm(7), val[k:k + 22], f)
        y += mm(12) + (len(val) - 1) // 22 * mm(7)
    s.text(x1 - mm(82), y1 - mm(36), "登记机关", f)
    seal(s, x1 - mm(45), y1 - mm(32), "清远市清城区市场监督管理局", rng, radius=mm(18))
    s.text(x1 - mm(90), y1 - mm(18), f"{c.filed_on.year - 2}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    stamp(s, mm(24), y1 + mm(16), ["本件与原本核对无异"], rng, size_mm=4.4, face="serif")
    return s


def _family_papers(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The widow's 户口簿 (首页 with her card; her daughter's card beside an empty one) and her 结婚证 — laid open on the
    glass. Her son moved out to his own household years ago: his card is not in this booklet."""
    a = c.applicant
    girl = c.extra["daughter"]
    dead, dborn, did = c.extra["deceased"]
    issued = date(rng.randint(2012, 2016), rng.randint(1, 12), rng.randint(1, 28))
    station = "清远市公安局清城分局洲心派出所"
    born = a.born or date(1972, 1, 1)
    widow = Resident(a.name, "户主", "女", born, a.id_number, "广东省英德市", "广东省英德市", "丧偶", "初中", "务农",
                     f"{c.extra['married'].year}年{c.extra['married'].month}月由英德市迁来")
    daughter = Resident(girl[0], "女", "女", girl[1], girl[2], "广东省清远市", "广东省清远市", "未婚", "初中", "学生", "")
    number = f"{rng.randint(10**8, 10**9 - 1)}"
    household = "居民家庭户"
    first = hukou_spread(rng, household=household, head=a.name, address=a.address, number=number, station=station,
                         left=None, right=widow, issued=issued)
    second = hukou_spread(rng, household=household, head=a.name, address=a.address, number=number, station=station,
                          left=daughter, right=None, issued=issued)
    married = c.extra["married"]
    marriage = marriage_spread(rng, holder=a.name, registered=married,
                               number=f"J441802-{married.year}-{rng.randint(100, 999):06d}", office="清远市清城区民政局",
                               husband=(dead, dborn, did), wife=(a.name, born, a.id_number))
    return [first, second, marriage]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The window's printed 授权委托书 (a close relative acting), filled in by the son, signed and thumbprinted by his
    mother; his ID card laid on the glass goes with it."""
    a = c.applicant
    s = Sheet()
    y = _window_head(s, "授权委托书", "执立-07")
    w = s.width - L - R
    vals = [a.name, a.id_number, c.agent, str(c.extra["agent_id"]), "母子", c.agent_phone,
            f"申请执行{c.respondent.name}劳务合同纠纷一案（{c.basis_number}民事判决书）",
            "特别授权：代为申请执行、提供财产线索、参加和解并签订和解协议、代为领取执行款、代为签收法律文书。"]
    labels = ["委托人", "身份证号码", "受托人", "身份证号码", "与委托人关系", "联系电话", "委托事项", "代理权限"]
    room = w - mm(44) - mm(8)
    hs = [max(mm(15), len(pen_lines(v, 40, room)) * mm(8) + mm(7)) for v in vals]
    boxes = grid(s, L, y, [mm(44), w - mm(44)], [[lab, ""] for lab in labels], font("ming", 36), heights=hs, frame=4)
    cells = right_cells(boxes, L)
    for b, v in zip(cells, vals, strict=True):
        ink(s, b[0] + mm(4), b[1] + mm(3.5), v, rng, size=40, width=b[2] - b[0] - mm(8), lead=mm(8), colour=BALLPOINT)
    y = boxes[-1][3] + mm(14)
    f = font("ming", 38)
    s.text(L, y, "委托人（签名、按手印）：", f)
    hand(s, L + mm(90), y - 8, a.name, rng, size=56, ink=INK)
    thumb(s, L + mm(122), y + 20, rng)
    s.text(L, y + mm(20), "受托人（签名）：", f)
    hand(s, L + mm(62), y + mm(20) - 8, c.agent, rng, size=56, ink=BALLPOINT)
    hand(s, s.width - R - mm(70), y + mm(40), num_date(filed_by(c)), rng, size=44, ink=BALLPOINT)
    s.text(L, s.height - mm(32), "注：近亲属代理的，应提交身份证明及亲属关系证明（户口簿、派出所或村（居）委会证明）。",
           font("ming", 28))
    son = Party(c.agent, "person", str(c.extra["agent_id"]), str(c.extra["agent_addr"]), c.agent_phone,
                born=c.extra["agent_born"], sex="男")
    return [s, _idcard_of(son, rng, "清远市公安局清城分局")]


# ---- the window's forms -------------------------------------------------------------------------------------------

def _window_head(s: Sheet, title: str, code: str) -> float:
    f = font("ming", 28)
    s.text(L, mm(14), "清城区人民法院诉讼服务中心", f)
    s.right(s.width - R, mm(14), f"（{code}）", f)
    s.line(L, mm(14) + 44, s.width - R, mm(14) + 44, width=1)
    s.centred(mm(26), title, font("hei", 58), spacing=8)
    return mm(26) + 110


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    s = Sheet()
    agent = bool(c.extra.get("agent_kind"))
    filler = c.agent if agent else (a.legal_rep if a.kind == "organisation" else a.name)
    extra: list[Sheet] = []
    if code == "payment_account_confirmation":
        y = _window_head(s, "执行案款收款账户确认书", "执立-05")
        holder = a.name
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", holder), ("开户银行", str(c.extra["in_bank"])),
                ("账号", str(c.extra["in_acct"])), ("联系电话", c.agent_phone if agent else a.phone)]
        note = ("本人（单位）确认以上账户为接收本案执行款的账户，法院将执行款汇入该账户即视为已向本人（单位）发放。"
                "账户信息有误或变更未及时告知造成的后果，由本人（单位）承担。")
        if t in ("loan", "orchard"):
            extra.append(_passbook_account_page(c, rng))
    elif code == "service_address_confirmation":
        y = _window_head(s, "当事人送达地址确认书", "执立-02")
        addr = str(c.extra["agent_addr"]) if agent else a.address
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", addr), ("收件人", filler),
                ("联系电话", c.agent_phone if agent else a.phone), ("是否同意电子送达", f"同意，手机号码{c.agent_phone if agent else a.phone}")]
        note = ("本人已知悉：法院按上述地址送达即视为送达；地址变更应书面告知法院；因地址不准确或拒不提供导致文书未能被实际"
                "接收的，文书退回之日视为送达之日。")
    elif code == "property_clue_form":
        y = _window_head(s, "被执行人财产线索表", "执立-04")
        clue = {"loan": f"被执行人在{c.extra.get('r_bank', '')}有一本存折，村里2023年的征地补偿款打入该存折；另在源潭有自建房一栋；"
                        "原有货车一台，听说已卖。",
                "orchard": f"被执行人承包{c.extra.get('village', '')}{c.extra.get('hill', '')}果园，园内有铁皮屋、抽水机；"
                           "有小货车一台（车牌不详）；广西钟山老家有房屋。",
                "wage": f"被执行人在东城建材市场开店，店内有瓷砖水泥存货；对公账户在{c.extra.get('r_bank', '')}；有送货货车一台。"}[t]
        rows = [("案号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("住址（住所地）", r.address),
                ("财产线索", clue), ("线索来源", "申请人了解")]
        note = "申请执行人应如实提供财产线索；提供的线索不实的，自行承担相应后果。"
    else:
        return _declaration(c, rng, d)
    w = s.width - L - R
    f = font("ming", 36)
    boxes = grid(s, L, y, [mm(46), w - mm(46)], [[lab, ""] for lab, _ in rows], f,
                 heights=[max(mm(15), len(pen_lines(v, 40, w - mm(54))) * mm(7.5) + mm(7)) for _, v in rows], frame=4)
    for (_lab, val), b in zip(rows, right_cells(boxes, L), strict=True):
        ink(s, b[0] + mm(4), b[1] + mm(3.5), val, rng, size=40, width=b[2] - b[0] - mm(8), lead=mm(7.5),
            colour=BALLPOINT)
    cur = Cursor([s], boxes[-1][3] + 40, left=L, right=R)
    cur.para(note, font("ming", 32), lead=52, first=64)
    yy = cur.y + 50
    s.text(s.width - R - mm(120), yy, "确认人（签名）：", font("ming", 38))
    hand(s, s.width - R - mm(58), yy - 8, filler, rng, size=54, ink=BALLPOINT)
    if a.kind == "organisation":
        seal(s, s.width - R - mm(40), yy + 30, a.name, rng, radius=mm(18))
    elif not agent:
        thumb(s, s.width - R - mm(14), yy + 22, rng)
    hand(s, s.width - R - mm(72), yy + mm(16), num_date(filed_by(c) if code != "property_declaration_form" else d), rng,
         size=42, ink=BALLPOINT)
    return [s, *extra]


def _passbook_account_page(c: CaseCtx, rng: random.Random) -> Laid:
    a = c.applicant
    t = str(c.extra["tale"])
    opened = date(rng.randint(2008, 2016), rng.randint(1, 12), rng.randint(1, 28))
    bal = Decimal(rng.randint(800, 9000)) + Decimal(rng.randint(0, 99)) / 100
    entries = []
    day = date(2023, rng.randint(1, 4), rng.randint(1, 28))
    for _k in range(rng.randint(3, 5)):
        add = Decimal(rng.choice([210, 210, 1350, 2600, 880])) if t == "loan" else Decimal(rng.randint(3, 40) * 100)
        bal += add
        memo = ("养老金" if add < 300 else "存现") if t == "loan" else rng.choice(["租金", "存现", "发包款"])
        entries.append(Entry(day, memo, "", f"{add:,.2f}", f"{bal:,.2f}", f"{rng.randint(1000, 9999)}/{rng.randint(1, 9):02d}"))
        day += timedelta(days=rng.randint(20, 50))
    if t == "loan":
        return bankbook(rng, bank="中国邮政储蓄银行", holder=a.name, account=str(c.extra["in_acct"]), opened=opened,
                        branch="清远市石角支行", entries=entries, account_page=True, colour=(0, 110, 60))
    return bankbook(rng, bank="广东清远农村商业银行", holder=a.name, account=str(c.extra["in_acct"]), opened=opened,
                    branch="龙塘支行", entries=entries, account_page=True, colour=(30, 100, 70))


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """被执行人财产申报表, handed in at the bureau (its print), filled by the respondent; the 陈 in-law clipped his
    存折 and his house's 不动产权证书 to it, and the clerk scanned them open on the glass."""
    r = c.respondent
    t = str(c.extra["tale"])
    s = Sheet()
    s.centred(mm(22), COURT, font("hei", 40), spacing=6)
    s.centred(mm(22) + 64, "被执行人财产申报表", font("serif_bold", 62), spacing=6)
    s.right(s.width - R, mm(22) + 160, c.number, font("wenkai", 34))
    y = mm(22) + 220
    w = s.width - L - R
    if t == "loan":
        vals = [("银行存款", f"{c.extra['r_bank']}存折一本，账号{c.extra['r_acct']}，余额约{int(c.extra['compensation']) // 10000}万元"
                 "（村征地补偿款）"),
                ("不动产", f"源潭镇宅基地自建房一栋（{c.extra['title_no']}），一家人居住"), ("车辆", "货车一台已于2023年转让"),
                ("收入", "跑散货运输，收入不固定"), ("对外债权", "无"), ("其他", "无")]
    elif t == "orchard":
        vals = [("银行存款", "无（农行卡余额几十元）"), ("不动产", "无"), ("车辆", "无，小货车2021年已卖"),
                ("收入", "果园黄龙病砍光，现打散工，收入不稳定"), ("对外债权", "无"), ("其他", "果园铁皮屋一间（简易）")]
    else:
        vals = [("银行存款", f"{c.extra['r_bank']}对公账户，余额约五千元"), ("不动产", "无（店面租用）"),
                ("车辆", "轻型货车一台（按揭未还清）"), ("收入", "建材零售，月流水约三四万元"),
                ("对外债权", "装修工程款未收约六万元"), ("其他", "店内瓷砖、水泥存货约两万元")]
    rows = [["申报人", r.name], ["证件号码", r.id_number], *[[k, ""] for k, _ in vals], ["申报人保证", ""]]
    hs = [mm(14), mm(14)] + [max(mm(16), len(pen_lines(v, 40, w - mm(48))) * mm(7.5) + mm(7)) for _, v in vals] + [mm(30)]
    boxes = grid(s, L, y, [mm(40), w - mm(40)], rows, font("ming", 36), heights=hs, frame=4)
    cells = right_cells(boxes, L)
    for (_k, v), b in zip(vals, cells[2:2 + len(vals)], strict=True):
        ink(s, b[0] + mm(4), b[1] + mm(3), v, rng, size=40, width=b[2] - b[0] - mm(8), lead=mm(7.5), colour=INK)
    s.text(cells[-1][0] + mm(4), cells[-1][1] + mm(4), "以上申报内容真实、完整，如有虚假，愿承担法律责任。", font("ming", 32))
    signer = r.legal_rep if r.kind == "organisation" else r.name
    hand(s, cells[-1][0] + mm(8), cells[-1][1] + mm(15), signer, rng, size=52, ink=INK)
    thumb(s, cells[-1][0] + mm(44), cells[-1][1] + mm(20), rng)
    hand(s, cells[-1][0] + mm(58), cells[-1][1] + mm(16), num_date(d), rng, size=40, ink=INK)
    out: list[Sheet] = [s]
    if t == "loan":
        out.append(_debtor_passbook(c, rng))
        out.append(property_spread(
            rng, number=str(c.extra["title_no"]), owner=r.name, share="单独所有", located=r.address.removeprefix("广东省"),
            unit=f"441802104{rng.randint(100, 999)}JC{rng.randint(10000, 99999)}F00010001",
            right="宅基地使用权/房屋（构筑物）所有权", nature="批准拨用/自建房", use="宅基地/住宅",
            area=f"宅基地面积{rng.randint(90, 140)}.00㎡/房屋建筑面积{rng.randint(180, 320)}.{rng.randint(10, 99)}㎡",
            term="长期", other="房屋结构：混合结构；房屋总层数：3层；房屋竣工时间：2012年", issued=date(2020, rng.randint(1, 12),
                                                                                        rng.randint(1, 28)),
            authority="清远市自然资源局", serial=f"44{rng.randint(10**9, 10**10 - 1)}"))
    return out


def _debtor_passbook(c: CaseCtx, rng: random.Random) -> Laid:
    """The 陈 in-law's 农商行 passbook, two pages of lines: pension and small withdrawals, then the 征地补偿款."""
    bal = Decimal(rng.randint(300, 3000)) + Decimal(rng.randint(0, 99)) / 100
    day = date(2023, rng.randint(1, 3), rng.randint(1, 28))
    entries: list[Entry] = []
    comp: Decimal = c.extra["compensation"]
    for k in range(9):
        if k == 5:
            bal += comp
            entries.append(Entry(day, "征地补偿", "", f"{comp:,.2f}", f"{bal:,.2f}", f"0{rng.randint(100, 999)}/03"))
        elif k % 3 == 2:
            out = Decimal(rng.choice([500, 800, 1000, 1500]))
            bal -= out
            entries.append(Entry(day, "ATM取款", f"{out:,.2f}", "", f"{bal:,.2f}", "ATM"))
        else:
            add = Decimal(rng.choice([210, 210, 1200]))
            bal += add
            entries.append(Entry(day, "养老金" if add < 300 else "存现", "", f"{add:,.2f}", f"{bal:,.2f}",
                                 f"0{rng.randint(100, 999)}/0{rng.randint(1, 9)}"))
        day += timedelta(days=rng.randint(18, 40))
    return bankbook(rng, bank="广东清远农村商业银行", holder=c.respondent.name, account=str(c.extra["r_acct"]),
                    opened=date(2009, 5, 1), branch="源潭支行", entries=entries, account_page=False, colour=(30, 100, 70))


# ---- slips ----------------------------------------------------------------------------------------------------------

def _fee_slip(c: CaseCtx, rng: random.Random) -> Laid:
    """The bank counter's receipt for the 申请执行费 (广东省非税收入), purple print, the amounts by the dot-matrix printer."""
    s = slip(190, 112, paper=(250, 248, 242), perforated="top")
    fee: Decimal = c.extra["fee"]
    payer = c.applicant.name
    s.centred(mm(6), "广东省非税收入缴款凭证（回单联）", font("serif_bold", 40), fill=PURPLE)
    s.text(mm(8), mm(17), f"缴款码：{rng.randint(10**19, 10**20 - 1)}", font("serif", 26), fill=PURPLE)
    s.right(s.width - mm(8), mm(17), f"No.{rng.randint(10**7, 10**8 - 1)}", font("mono", 28), fill=(170, 40, 40))
    rows = [["缴款人", payer], ["执收单位", "清远市清城区人民法院"], ["收入项目", "申请执行费"], ["案号", c.number],
            ["金额（小写）", f"¥{fee:,.2f}"], ["金额（大写）", money_caps(fee)]]
    grid(s, mm(8), mm(24), [mm(36), mm(138)], rows, font("serif", 28), heights=mm(10.5), frame=3, ink=PURPLE)
    mono = font("mono", 24)
    s.text(mm(8), mm(92), f"交易时间 {c.filed_on:%Y-%m-%d} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}  "
                          f"柜员 {rng.randint(10000, 99999)}", mono, fill=(60, 60, 70))
    s.text(mm(8), mm(99), "代收银行：广东清远农村商业银行清城支行", font("serif", 24), fill=PURPLE)
    seal(s, s.width - mm(36), mm(88), "广东清远农村商业银行清城支行", rng, radius=mm(15), inner="业务受理章")
    return s


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 查控 system's feedback, printed landscape-wise on a portrait sheet: a grey band with the case, then a table."""
    r = c.respondent
    t = str(c.extra["tale"])
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "招商银行",
             "广东清远农村商业银行", "广州银行", "广发银行", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司",
             "公安部（车辆）", "自然资源部（不动产）", "中国证券登记结算有限责任公司", "市场监管总局（股权）",
             "清远市住房公积金管理中心"]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]]
    for i, u in enumerate(units, 1):
        kind = "网络资金" if "支付" in u or "财付通" in u else ("存款" if "银行" in u else u[u.find("（") + 1:-1] if "（" in u else "其他")
        if t == "loan" and u == "广东清远农村商业银行":
            res = f"账号{str(c.extra['r_acct'])[-6:]}余额{(c.extra['compensation'] - Decimal(rng.randint(2000, 5000))):,.2f}"
        elif t == "wage" and u == "广东清远农村商业银行":
            res = f"对公账户余额{Decimal(rng.randint(3000, 9000)):,.2f}"
        elif t == "wage" and kind == "车辆":
            res = "轻型普通货车1辆（抵押）"
        elif t == "loan" and kind == "不动产":
            res = "宅基地住宅1处"
        elif kind == "存款" and rng.random() < 0.3:
            res = f"余额{Decimal(rng.randint(0, 80)) + Decimal(rng.randint(0, 99)) / 100:,.2f}"
        else:
            res = "未查询到财产"
        rows.append([str(i), u, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    sheets: list[Sheet] = []
    f = font("sans", 28)
    for part in (rows[:10], [rows[0], *rows[10:]]):
        s = Sheet()
        s.draw.rectangle((mm(14), mm(14), s.width - mm(14), mm(40)), fill=(228, 228, 228))
        s.text(mm(18), mm(16), "执行查控系统　查询反馈结果", font("sans_bold", 44))
        s.text(mm(18), mm(28), f"案号：{c.number}　承办人：{c.officer}　被查询人：{r.name}（{r.id_number}）", f)
        last_col = s.width - mm(28) - mm(158)
        grid(s, mm(14), mm(48), [mm(14), mm(72), mm(24), mm(48), last_col], part, f, heights=mm(12), labels=(0,),
             frame=2)
        s.text(mm(14), s.height - mm(18), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d} 16:{rng.randint(10, 59)}", f)
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - mm(14), s.height - mm(18), f"第{i}页 共{len(sheets)}页", f)
        if i > 1:
            s.page_of = (i, len(sheets))
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed at the bureau while the parties sat there, signed and thumbprinted by both sides."""
    a, r = c.applicant, c.respondent
    owner: Party = c.extra["owner"]
    first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    rest = c.amount - first
    s = Sheet()
    s.centred(mm(28), "执行和解协议", font("serif_bold", 70), spacing=20)
    cur = Cursor([s], mm(28) + 140, left=L, right=R)
    f = font("wenkai", 42)
    for kind, text in [
        ("t", f"申请执行人（甲方）：{a.name}、{c.extra['daughter'][0]}"),
        ("t", f"委托代理人：{c.agent}"),
        ("t", f"被执行人（乙方）：{r.name}，经营者{owner.name}"),
        ("p", f"甲乙双方就{c.number}执行一案，经{COURT}执行人员组织协商，自愿达成如下和解协议："),
        ("p", f"一、乙方确认尚欠甲方劳务报酬{c.amount:,.0f}元，甲方同意免除迟延履行期间的债务利息；"),
        ("p", f"二、乙方于本协议签订当日支付{first:,.0f}元，余款{rest:,.0f}元于{num_date(c.extra['pay_day'])}前付清，"
              f"款项均汇入{COURT}执行款专户；"),
        ("p", "三、乙方按期付清后，本案执行完毕，甲方不再追究；乙方逾期未付的，甲方可申请恢复执行原判决；"),
        ("p", "四、本协议自双方签字之日起生效，一式三份，双方各执一份，附卷一份。"),
    ]:
        if kind == "t":
            cur.para(text, f, lead=74, hang=f.size * 2)
        else:
            cur.para(text, f, lead=74, first=f.size * 2)
    cur.need(300)
    s = cur.s
    y = cur.y + 60
    s.text(L, y, "甲方：", f)
    hand(s, L + mm(22), y - 6, c.agent, rng, size=52, ink=INK)
    hand(s, L + mm(22), y + 70, f"（代{a.name}）", rng, size=40, ink=INK)
    thumb(s, L + mm(70), y + 30, rng)
    s.text(s.width / 2 + mm(6), y, "乙方：", f)
    hand(s, s.width / 2 + mm(28), y - 6, owner.name, rng, size=52, ink=INK)
    thumb(s, s.width / 2 + mm(72), y + 30, rng)
    s.text(L, y + 160, f"执行员：{c.officer}　　书记员：{c.clerk}", f)
    s.right(s.width - R, y + 240, num_date(d), f)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    t = str(c.extra["tale"])
    paid = c.extra["pay_day"]
    out: date = c.extra["paid_out"]
    if t == "loan":
        total = c.amount + c.extra["fee"]
        bank_slip = _bank_slip(rng, title="广东清远农村商业银行　司法扣划业务回单", payer=c.respondent.name,
                               payer_acct=str(c.extra["r_acct"]), payee=f"{COURT}", payee_acct=str(c.extra["court_acct"]),
                               amount=total, day=paid, memo=f"{c.number}扣划", branch=str(c.extra["r_bank"]))
        bal = Decimal(rng.randint(3000, 12000)) + Decimal(rng.randint(0, 99)) / 100
        entries = []
        months = rng.randint(4, 6)
        day = out - timedelta(days=30 * months + rng.randint(3, 12))
        for _k in range(months):
            bal += Decimal(210)
            entries.append(Entry(day, "养老金", "", "210.00", f"{bal:,.2f}", f"{rng.randint(1000, 9999)}/02"))
            day += timedelta(days=rng.randint(25, 30))
        bal += c.amount
        entries.append(Entry(out, "法院案款", "", f"{c.amount:,.2f}", f"{bal:,.2f}", "跨行/00"))
        bal -= Decimal(rng.choice([2000, 3000, 5000]))
        entries.append(Entry(out + timedelta(days=2), "取款", f"{rng.choice([2000, 3000, 5000]):,.2f}", "", f"{bal:,.2f}",
                             f"{rng.randint(1000, 9999)}/01"))
        book = bankbook(rng, bank="中国邮政储蓄银行", holder=c.applicant.name, account=str(c.extra["in_acct"]),
                        opened=date(2011, 3, 1), branch="清远市石角支行", entries=entries, account_page=False,
                        colour=(0, 110, 60))
        return [bank_slip, book]
    bank_slip = _bank_slip(rng, title="广东清远农村商业银行　单位转账业务回单", payer=c.respondent.name,
                           payer_acct=str(c.extra["r_acct"]), payee=COURT, payee_acct=str(c.extra["court_acct"]),
                           amount=c.amount, day=paid, memo=f"{c.number}执行款（余款及首期）", branch=str(c.extra["r_bank"]))
    return [bank_slip, _collection_slip(c, rng, out)]


def _bank_slip(rng: random.Random, *, title: str, payer: str, payer_acct: str, payee: str, payee_acct: str,
               amount: Decimal, day: date, memo: str, branch: str) -> Laid:
    s = slip(200, 95, paper=(246, 246, 250))
    blue = (40, 70, 140)
    s.centred(mm(5), title, font("sans_bold", 36), fill=blue)
    mono = font("mono", 26)
    rows = [["付款人", payer, "账号", payer_acct], ["收款人", payee, "账号", payee_acct],
            ["金额", f"CNY {amount:,.2f}", "大写", money_caps(amount)], ["摘要", memo]]
    grid(s, mm(6), mm(15), [mm(20), mm(78), mm(16), mm(74)], rows, font("sans", 24), heights=mm(11), labels=(0, 2),
         frame=2, ink=blue)
    s.text(mm(6), mm(63), f"交易日期：{day:%Y-%m-%d}　流水号：{day:%Y%m%d}{rng.randint(10**8, 10**9 - 1)}", mono, fill=(50, 50, 60))
    s.text(mm(6), mm(70), f"经办网点：{branch}", font("sans", 24), fill=blue)
    seal(s, s.width - mm(34), mm(74), "广东清远农村商业银行", rng, radius=mm(14), inner="业务专用章")
    return s


def _collection_slip(c: CaseCtx, rng: random.Random, out: date) -> Laid:
    """The bureau's three-part 执行款领取凭证 (the pink 第二联), filled in by the clerk and signed by the son."""
    s = slip(200, 100, paper=(250, 226, 230))
    red = (150, 40, 50)
    s.centred(mm(5), f"{COURT}执行款发放凭证", font("serif_bold", 38), fill=red)
    s.right(s.width - mm(8), mm(14), "第二联　领款人收执", font("serif", 24), fill=red)
    rows = [["案　号", ""], ["领款人", ""], ["金　额", ""], ["收款账户", ""], ["领款人签名", ""]]
    boxes = grid(s, mm(8), mm(20), [mm(34), mm(150)], rows, font("serif", 28), heights=mm(11.5), frame=3, ink=red)
    cells = right_cells(boxes, mm(8))
    vals = [c.number, f"{c.applicant.name}（委托代理人{c.agent}代领）", f"{c.amount:,.2f}元（{money_caps(c.amount)}）",
            f"{c.extra['in_bank']} {c.extra['in_acct']}"]
    for b, v in zip(cells[:4], vals, strict=True):
        hand(s, b[0] + mm(3), b[1] + mm(2), v, rng, size=32, ink=BALLPOINT)
    hand(s, cells[4][0] + mm(6), cells[4][1] + mm(1), c.agent, rng, size=44, ink=INK)
    hand(s, cells[4][0] + mm(70), cells[4][1] + mm(2), num_date(out), rng, size=34, ink=INK)
    s.text(mm(8), mm(84), f"经办人：{c.clerk}　　审核：{c.officer}", font("serif", 26), fill=red)
    seal(s, s.width - mm(40), mm(82), COURT, rng, radius=mm(14), inner="执行款专用章")
    return s

