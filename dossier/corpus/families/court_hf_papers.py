"""What 盐湖法院执行局 receives, each on its maker's paper (the backgrounds from court_hf_security):

- the 禹都公证处's 公证书 and 执行证书 on its green guilloche security paper with a rosette and a patterned frame;
- the banks' 回单 and account statements on tinted anti-counterfeit paper — rows of micro-text with the bank's name,
  a small coin-shaped emblem repeated over the sheet;
- the 山西省政府非税收入票据 with its pink rosette and the treasury's micro-text;
- the tourism company's and the developer's papers on their letterheads, a large faint logo behind the text;
- ID cards and business licences copied in colour with the cards' own fine patterns;
- plain papers: the civil division's judgments and certificate, the lawyers' typed papers, the firm's red-headed
  letter, the window's forms filled in by hand, the 查控 system's printout."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from functools import cache

from PIL import Image

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families import court_hf_security as sec
from dossier.corpus.families.court_hf_kit import COURT, LEFT, RIGHT, TOP, Pages, court_doc, pen, ruled
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
NOTARY = "山西省运城市禹都公证处"
NOTARY_GREEN = (70, 150, 120)
NOTARY_ROSE = (205, 140, 90)
LAKE_BLUE = (36, 92, 160)
ROOF_GOLD = (170, 120, 40)
FISCAL_RED = (168, 52, 52)


def gb(s: str) -> str:
    """What a GB 2312 face can print: ○ for 〇."""
    return s.replace("〇", "○")


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hf import made_on

    t = str(c.extra["tale"])
    d = made_on(c, code)
    if code == "enforcement_basis":
        return _notarial_deed(c, rng) if t == "apple" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _execution_certificate(c, rng) if t == "apple" else _in_effect(c, rng)
    if code == "enforcement_application":
        return _company_application(c, rng) if t == "lake" else _lawyer_application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_booklet(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "organisation":
            sheets = [_business_licence(p, c, rng)]
            if p is c.applicant:
                sheets.append(_rep_certificate(c, rng))
            return sheets
        return [_id_card(p, c, rng)]
    if code == "fee_receipt":
        return [_fiscal_bill(c, rng)]
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return [_window_form(code, c, rng, d)]
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return [_settlement(c, rng, d)]
    if code == "payment_voucher":
        return [_bank_slips(c, rng)]
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


# ---------------------------------------------------------------- the civil division (plain)

def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 民事判决书: court line and title in bold serif, the number flush right, a 明体 body,
    "— n —" at the foot."""
    a, r = c.applicant, c.respondent
    lake = c.extra["tale"] == "lake"
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    if lake:
        facts = (f"2023年3月，原告与被告签订《盐湖景区门票代理销售协议》，约定被告以团队价每张{c.extra['price']}元代售原告景区"
                 "“死海漂浮、黑泥养生”联票，每月10日前结清上月票款，逾期按欠款总额的4%支付违约金。2023年5月至9月，被告通过"
                 f"原告票务系统共出票{c.extra['tickets']}张，应结算票款{c.extra['owed']:,.2f}元，被告收取游客及组团社票款后分文未付。")
        held = "双方签订的代理销售协议合法有效。被告代售门票后收取的票款应当按约交付原告，其占用不付，构成违约。"
        order = [f"一、被告{r.name}于本判决生效之日起十日内向原告{a.name}支付门票款{c.extra['owed']:,.2f}元；",
                 f"二、被告{r.name}于本判决生效之日起十日内向原告{a.name}支付违约金{c.extra['penalty']:,.2f}元。"]
        laws = "《中华人民共和国民法典》第五百零九条、第五百七十七条、第五百八十五条、第九百二十七条"
    else:
        facts = (f"{num_date(c.extra['signed'])}，原告与被告签订《商品房买卖合同（预售）》，购买被告开发的“{c.extra['project']}”"
                 f"{c.extra['unit']}，总价款{c.extra['price']:,.0f}元，原告已付清全部房款。合同约定被告应于"
                 f"{num_date(c.extra['due'])}前交付房屋，逾期交付的，按日向买受人支付已付房款万分之三的违约金。被告至"
                 f"{num_date(c.extra['handed'])}方交付房屋，逾期{c.extra['days']}日。")
        held = "被告未按合同约定的期限交付房屋，应当承担逾期交房的违约责任，原告主张的违约金计算标准符合合同约定。"
        order = [f"被告{r.name}于本判决生效之日起十日内向原告{a.name}支付逾期交房违约金{c.amount:,.2f}元"
                 f"（{c.extra['price']:,.0f}元×0.03%×{c.extra['days']}日）。"]
        laws = "《中华人民共和国民法典》第五百零九条、第五百七十七条、第五百八十五条"
    fee = _case_fee(c.amount)
    paras = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=48))}立案后，依法适用"
              f"简易程序，于{cn_date(heard)}公开开庭进行了审理。原告委托诉讼代理人{c.agent}，被告委托诉讼代理人{person_name(rng)}"
              "到庭参加诉讼。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：判令被告支付{c.amount:,.2f}元；诉讼费由被告负担。事实和理由：{facts}"),
        ("p", "被告辩称，对代售票款数额无异议，因疫情后客源回落、资金周转困难未能结算，请求法院酌减违约金。" if lake else
              "被告辩称，逾期交房系因施工期间停工及配套工程验收延误所致，并非被告故意拖延，请求法院酌减违约金。"),
        ("p", f"本院经审理认定事实如下：{facts}"),
        ("p", f"本院认为，{held}被告请求调减违约金，未举证证明违约金过分高于造成的损失，本院不予支持。依照{laws}，"
              "《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
        *[("p", o) for o in order],
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{fee}元，减半收取{fee // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于山西省"
              "运城市中级人民法院。"),
    ]
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 52), spacing=3)
    s.centred(TOP + 86, "民事判决书", font("serif_bold", 78), spacing=30)
    pages = Pages([s], TOP + 270, left=mm(28), right=mm(26))
    s.right(s.width - mm(26), TOP + 196, c.basis_number, font("ming", 40))
    f = font("ming", 40)
    for kind, text in paras:
        pages.para(text, f, lead=68, indent=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    pages.room(430)
    last, y = pages.s, pages.y + 60
    x = last.width - mm(98)
    for role, name in (("审 判 员", judge),):
        last.text(x, y, f"{role}　{name}", f)
        y += 76
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(18, 24)))
    last.text(x, y + 24, when, f)
    seal(last, x + text_width(when, f) / 2, y + 40, COURT, rng, radius=mm(20))
    last.text(x, y + 120, f"书 记 员　{person_name(rng)}", f)
    n = len(pages.sheets)
    for i, sh in enumerate(pages.sheets, 1):
        if n > 1:
            sh.centred(sh.height - mm(15), f"— {i} —", font("ming", 32))
            if i > 1:
                sh.page_of = (i, n)
    return pages.sheets


def _case_fee(amount: Decimal) -> int:
    """案件受理费 of a money claim (《诉讼费用交纳办法》第十三条), to the yuan."""
    a = float(amount)
    fee = 50.0 if a <= 10000 else a * 0.025 - 200 if a <= 100000 else a * 0.02 + 300 if a <= 200000 else a * 0.015 + 1300
    return round(fee)


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    return court_doc(c, rng, "生效证明书", [
        ("p", f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院作出的{c.basis_number}"
              f"民事判决书已于{cn_date(c.basis_effective)}发生法律效力。双方当事人在法定上诉期内均未提起上诉。"),
        ("p", "特此证明。"),
        ("n", f"承办法官：{c.extra.get('civil_judge') or person_name(rng)}　　出具部门：民事审判第一庭"),
    ], day=c.basis_effective + timedelta(days=rng.randint(4, 10)), number=c.basis_number.replace("号", "号之一"))


# ---------------------------------------------------------------- the notary (guilloche security paper)

def notary_paper() -> Sheet:
    """The 公证处's security paper: a pale ground, a green guilloche mesh, a rose rosette in the middle, a patterned
    frame band and a line of micro-text along the foot of the frame (printed once, every sheet a copy of it)."""
    s = Sheet(paper=(250, 250, 240))
    s.image = _notary_ground().copy()
    return s


@cache
def _notary_ground() -> Image.Image:
    s = Sheet(paper=(250, 250, 240))
    sec.waves(s, sec.whole(s), NOTARY_GREEN, period=9.0, amp=12.0, wavelength=150.0, strength=0.4, width=1.5)
    sec.rosette(s, s.width / 2, s.height * 0.52, mm(62), NOTARY_ROSE, lobes=16, rings=12, strength=0.38)
    sec.frame_band(s, (mm(9), mm(9), s.width - mm(9), s.height - mm(9)), NOTARY_GREEN, band=40, strength=0.55)
    sec.microtext(s, (mm(16), s.height - mm(18), s.width - mm(16), s.height - mm(15)), "中国公证　CHINA NOTARY",
                  NOTARY_GREEN, size=10, strength=0.7)
    return s.image


def _notarial_deed(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """公证书 (赋予债权文书强制执行效力): a cover sheet, the 公证词 on the office's security paper, and the parties'
    还款协议 bound behind it (plain paper, signed and finger-printed, the office's seal across it)."""
    a, r = c.applicant, c.respondent
    notary = str(c.extra["notary"])
    when = c.basis_effective
    cover = notary_paper()
    cover.centred(mm(70), "公　证　书", font("serif_bold", 118), spacing=30)
    cover.centred(mm(110), c.basis_number, font("serif", 46))
    cover.centred(mm(240), NOTARY, font("serif_bold", 56), spacing=6)
    cover.centred(mm(256), cn_date(when), font("serif", 44))
    words = notary_paper()
    words.centred(mm(30), "公　证　书", font("serif_bold", 80), spacing=24)
    words.right(words.width - mm(26), mm(50), c.basis_number, font("serif", 40))
    pages = Pages([words], mm(66), left=mm(26), right=mm(24), top=mm(30), foot=mm(30), fresh=notary_paper)
    f = font("serif", 39)
    for kind, text in [
        ("h", f"申请人（债权人）：{_who(a)}"),
        ("h", f"申请人（债务人）：{_who(r)}"),
        ("h", "公证事项：赋予债权文书强制执行效力"),
        ("p", f"兹证明债权人{a.name}与债务人{r.name}于{cn_date(when)}来到我处，在本公证员面前签订了前面的《苹果货款及冷库"
              f"租金还款协议》。经查，债务人于2022年10月至12月在债权人经营的{c.extra['store']}购买红富士苹果，并租用该冷库储存，"
              f"结欠苹果款及冷库租金共计{c.extra['goods'] + c.extra['rent']:,.2f}元。"),
        ("p", "双方当事人签订协议的行为符合《中华人民共和国民法典》第一百四十三条的规定，协议内容真实、合法，协议上双方当事人的"
              "签名、捺印均属实。双方在协议中明确约定：债务人不履行或者不适当履行协议约定的还款义务时，债务人愿意接受依法强制"
              "执行。"),
        ("p", "依据《中华人民共和国公证法》第三十七条的规定，本公证书具有强制执行效力。债务人不履行或者不适当履行的，债权人可以"
              "向本处申请出具执行证书，并凭本公证书及执行证书向有管辖权的人民法院申请执行。"),
    ]:
        pages.para(text, f, lead=66, indent=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    pages.room(200)
    last, y = pages.s, pages.y + 40
    x = last.width - mm(110)
    last.text(x, y, "中华人民共和国山西省运城市禹都公证处", font("serif", 38))
    last.text(x + mm(30), y + 72, "公证员", f)
    pen(last, x + mm(58), y + 64, notary, rng, size=54, ink=INK)
    last.text(x + mm(22), y + 144, cn_date(when), f)
    seal(last, x + mm(48), y + 120, NOTARY, rng, radius=mm(21))
    deal = Sheet()
    deal.centred(mm(28), "苹果货款及冷库租金还款协议", font("song_gb", 62), spacing=4)
    run = Pages([deal], mm(48), left=mm(24), right=mm(22))
    g = font("song_gb", 40)
    paid = c.extra["paid_before"]
    for kind, text in [
        ("h", f"甲方（债权人）：{a.name}，公民身份号码{a.id_number}"),
        ("h", f"乙方（债务人）：{r.name}，公民身份号码{r.id_number}"),
        ("p", f"乙方于2022年秋季在甲方经营的{c.extra['store']}收购红富士苹果{c.extra['jin']:,.0f}斤，单价{c.extra['unit']}元/斤，"
              f"计{c.extra['goods']:,.2f}元，并租用冷库储存至2023年3月，租金{c.extra['rent']:,.2f}元。经双方对账，乙方已付"
              f"{paid:,.2f}元，尚欠{c.amount:,.2f}元。双方协商一致，订立本协议："),
        ("p", f"一、乙方于2023年5月31日前偿还{(c.amount / 2).quantize(Decimal('1')):,.0f}元，2023年8月31日前还清余款。"),
        ("p", "二、乙方逾期未还的，按未还金额每日万分之五向甲方支付违约金，甲方有权要求乙方一次性还清全部欠款。"),
        ("p", "三、乙方不履行或者不完全履行本协议的，自愿接受人民法院强制执行。双方同意向公证机构申请赋予本协议强制执行效力，"
              "公证费由乙方负担。"),
        ("p", "四、本协议一式三份，甲、乙双方各执一份，公证处存档一份。"),
    ]:
        run.para(gb(text), g, lead=72, indent=0 if kind == "h" else g.size * 2, hang=g.size * 2 if kind == "h" else 0)
    y = run.y + 70
    deal.text(mm(24), y, "甲方：", g)
    pen(deal, mm(44), y - 8, a.name, rng, size=54, ink=INK)
    deal.draw.ellipse((mm(72), y + 4, mm(72) + 30, y + 44), fill=(196, 40, 44))
    deal.text(deal.width / 2 + mm(6), y, "乙方：", g)
    pen(deal, deal.width / 2 + mm(26), y - 8, r.name, rng, size=54, ink=INK)
    deal.draw.ellipse((deal.width / 2 + mm(54), y + 6, deal.width / 2 + mm(54) + 30, y + 46), fill=(190, 36, 40))
    deal.text(mm(24), y + 100, f"签订日期：{num_date(when)}", g)
    seal(deal, deal.width - mm(10), deal.height * 0.45, NOTARY, rng, radius=mm(20))
    sheets = [cover, *pages.sheets, deal]
    for i, sh in enumerate(sheets[1:], 2):
        sh.page_of = (i, len(sheets))
    return sheets


def _execution_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """执行证书 on the same security paper."""
    a, r = c.applicant, c.respondent
    s = notary_paper()
    s.centred(mm(30), "执　行　证　书", font("serif_bold", 80), spacing=12)
    s.right(s.width - mm(26), mm(50), str(c.extra["cert_no"]), font("serif", 40))
    pages = Pages([s], mm(66), left=mm(26), right=mm(24), top=mm(30), foot=mm(30), fresh=notary_paper)
    f = font("serif", 38)
    interest = (c.amount * Decimal("0.0005") * (c.extra["cert_day"] - c.extra["due"]).days).quantize(Decimal("0.01"))
    for kind, text in [
        ("h", f"申请执行人（债权人）：{_who(a)}"),
        ("h", f"被申请执行人（债务人）：{_who(r)}"),
        ("h", f"执行依据：{c.basis_number}具有强制执行效力的债权文书公证书"),
        ("p", f"债权人{a.name}于{cn_date(c.extra['cert_day'] - timedelta(days=12))}向本处申请出具执行证书，称债务人未按协议约定于"
              f"{num_date(c.extra['due'])}前还清欠款。本处于{cn_date(c.extra['cert_day'] - timedelta(days=8))}以电话及邮寄方式向"
              "债务人核实，债务人对欠款事实无异议，称因苹果行情下跌、资金回笼困难无力偿还。"),
        ("p", "经核实，债务人未履行上述公证书所载债权文书约定的还款义务。依照《中华人民共和国公证法》第三十七条、《最高人民法院"
              "关于公证债权文书执行若干问题的规定》第十条的规定，出具本执行证书。"),
        ("p", f"执行标的：一、尚欠本金{money(c.amount)}；二、违约金（按未还金额每日万分之五计算，暂计至本证书出具之日为"
              f"{interest:,.2f}元），此后至实际清偿之日止的违约金继续计算；三、公证费{rng.choice([600, 800, 1000])}元。"),
        ("p", "债权人可以持本执行证书及上述公证书向有管辖权的人民法院申请强制执行。"),
    ]:
        pages.para(text, f, lead=62, indent=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    pages.room(200)
    last, y = pages.s, pages.y + 40
    x = last.width - mm(110)
    last.text(x, y, "中华人民共和国山西省运城市禹都公证处", font("serif", 38))
    last.text(x + mm(30), y + 72, "公证员", f)
    pen(last, x + mm(58), y + 64, str(c.extra["notary"]), rng, size=54, ink=INK)
    last.text(x + mm(22), y + 144, cn_date(c.extra["cert_day"]), f)
    seal(last, x + mm(48), y + 120, NOTARY, rng, radius=mm(21))
    return pages.sheets


# ---------------------------------------------------------------- company letterheads (a large faint logo)

def letterhead(name: str, english: str, kind: str, colour: tuple[int, int, int], foot: str) -> Sheet:
    """A company's letterhead: a small logo and the name at the head over a coloured rule, the same logo large and
    faint behind the body, an address line over a thin rule at the foot."""
    s = Sheet()
    sec.big_emblem(s, s.width / 2, s.height * 0.5, mm(52), kind, colour, strength=0.1)
    layer_y = mm(14)
    sec.big_emblem(s, LEFT + mm(8), layer_y + mm(13), mm(8), kind, colour, strength=0.95)
    s.text(LEFT + mm(24), layer_y + mm(3), name, font("serif_bold", 50), fill=colour)
    s.text(LEFT + mm(24), layer_y + mm(12), english, font("sans", 22), fill=colour)
    s.line(LEFT - mm(4), mm(34), s.width - RIGHT + mm(4), mm(34), width=5, fill=colour)
    s.line(LEFT - mm(4), s.height - mm(20), s.width - RIGHT + mm(4), s.height - mm(20), width=2, fill=colour)
    s.centred(s.height - mm(17), foot, font("sans", 26), fill=colour)
    return s


def _lake_head(c: CaseCtx) -> Sheet:
    a = c.applicant
    return letterhead(a.name, "YUNCHENG SALT LAKE CULTURE & TOURISM DEVELOPMENT CO., LTD.", "lake", LAKE_BLUE,
                      f"地址：{a.address}　电话：{a.phone}　网址：www.ycyanhu-tour.cn")


def _roof_head(c: CaseCtx) -> Sheet:
    r = c.respondent
    return letterhead(r.name, "YUNCHENG REAL ESTATE CO., LTD.", "roof", ROOF_GOLD,
                      f"地址：{r.address}　售楼热线：{r.phone}")


def _company_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The tourism company's own application on its letterhead, 宋体 body, its seal and the legal representative's
    signature."""
    a, r = c.applicant, c.respondent
    s = _lake_head(c)
    s.centred(mm(46), "强制执行申请书", font("hei", 66), spacing=8)
    pages = Pages([s], mm(66), left=mm(28), right=mm(26), top=mm(44), foot=mm(30), fresh=lambda: _lake_head(c))
    f = font("song_gb", 40)
    for kind, text in [
        ("h", f"申请执行人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r)}"),
        ("t", "请求事项："),
        ("p", f"一、强制执行被执行人支付门票款及违约金共计{money(c.amount)}；"),
        ("p", "二、被执行人加倍支付迟延履行期间的债务利息，并负担本案执行费用；"),
        ("p", "三、对被执行人采取限制消费措施；被执行人拒不履行的，将其纳入失信被执行人名单。"),
        ("t", "事实与理由："),
        ("p", f"申请人与被执行人委托合同纠纷一案，贵院作出的{c.basis_number}民事判决书已于{num_date(c.basis_effective)}发生法律"
              "效力。被执行人代我公司销售盐湖景区门票，收取游客票款后拒不结算，判决生效后仍未履行。被执行人在"
              f"{c.extra['r_bank']}开有基本账户，日常经营收入均经该账户结算。为此，依据《中华人民共和国民事诉讼法》第二百四十七条"
              "的规定，特向贵院申请强制执行。"),
        ("t", "此致"), ("t", COURT)]:
        if kind == "t":
            pages.flush(text, f, lead=74)
        else:
            pages.para(gb(text), f, lead=74, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    last, y = pages.s, pages.y + 40
    last.text(last.width - mm(110), y, "申请执行人（盖章）：", f)
    seal(last, last.width - mm(50), y + 40, a.name, rng, radius=mm(20))
    last.text(last.width - mm(110), y + 90, "法定代表人：", f)
    pen(last, last.width - mm(70), y + 82, a.legal_rep, rng, size=52, ink=INK)
    pen(last, last.width - mm(100), y + 170, num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), rng, size=42, ink=INK)
    return pages.sheets


def _lawyer_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed application for a private applicant: 文楷 body, requests numbered, signed and finger-printed.
    The flat buyer's gives the account for the money (he never filled in the window's account form)."""
    a, r = c.applicant, c.respondent
    apple = c.extra["tale"] == "apple"
    s = Sheet()
    s.centred(TOP, "执行申请书", font("wenkai_bold", 72), spacing=20)
    pages = Pages([s], TOP + 140, left=mm(27), right=mm(25))
    f = font("wenkai", 42)
    basis = (f"{NOTARY}{c.basis_number}公证书赋予强制执行效力的《苹果货款及冷库租金还款协议》，该处并出具{c.extra['cert_no']}"
             "执行证书" if apple else f"贵院{c.basis_number}民事判决书")
    facts = ("被申请人在申请人冷库收购苹果、租用冷库，结欠货款及租金，双方签订还款协议并办理强制执行公证。还款期限届满后，"
             "被申请人分文未还，申请人已向公证处申请出具执行证书。" if apple else
             "被申请人逾期交付房屋，经贵院判决支付逾期交房违约金，判决已经生效，被申请人至今未履行。被申请人在本市有多个在售"
             "楼盘，具备履行能力。")
    rows: list[tuple[str, str]] = [
        ("h", f"申请人：{_who(a)}联系电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("t", "执行请求："),
        ("p", f"一、依据{basis}，强制执行被申请人给付{money(c.amount)}；"),
        ("p", "二、被申请人加倍支付迟延履行期间的债务利息（或违约金），承担本案执行费用；"),
        ("p", "三、对被申请人限制高消费；被申请人有履行能力而拒不履行的，请求将其纳入失信被执行人名单。"),
        ("t", "事实和理由："),
        ("p", facts + "为维护申请人合法权益，特申请强制执行。"),
    ]
    if not apple:
        rows.append(("p", f"执行款请汇入申请人本人账户：开户行{c.extra['in_bank']}，户名{a.name}，账号{c.extra['in_acct']}。"))
    rows += [("t", "此致"), ("t", COURT)]
    for kind, text in rows:
        if kind == "t":
            pages.flush(text, f, lead=76)
        else:
            pages.para(text, f, lead=76, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    pages.room(240)
    last, y = pages.s, pages.y + 50
    last.text(last.width - mm(100), y, "申请人：", f)
    pen(last, last.width - mm(68), y - 6, a.name, rng, size=58, ink=INK)
    last.draw.ellipse((last.width - mm(36), y + 4, last.width - mm(36) + 32, y + 46), fill=(196, 42, 46))
    pen(last, last.width - mm(96), y + 96, num_date(c.filed_on - timedelta(days=rng.randint(1, 4))), rng, size=44, ink=INK)
    return pages.sheets


def _rep_certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    """法定代表人身份证明书 on the tourism company's letterhead."""
    a = c.applicant
    s = _lake_head(c)
    s.centred(mm(52), "法定代表人身份证明书", font("hei", 62), spacing=6)
    pages = Pages([s], mm(76), left=mm(30), right=mm(28), foot=mm(30))
    f = font("song_gb", 42)
    pages.para(gb(f"{a.legal_rep}在我公司任执行董事兼总经理职务，是我公司的法定代表人。"), f, lead=80, indent=84)
    pages.para("特此证明。", f, lead=80, indent=84)
    pages.para(f"附：法定代表人住址：运城市盐湖区{random.Random(a.name).choice(['安邑', '北城', '东城'])}街道。电话：{a.phone}。",
               font("song_gb", 36), lead=64, indent=72)
    y = pages.y + 90
    s.right(s.width - mm(36), y + 80, num_date(c.filed_on - timedelta(days=rng.randint(2, 6))), f)
    seal(s, s.width - mm(60), y + 70, a.name, rng, radius=mm(20))
    return s


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The developer's 执行和解协议, typed on its letterhead; both sides sign and the undertaker notes the payment."""
    a, r = c.applicant, c.respondent
    s = _roof_head(c)
    s.centred(mm(46), "执行和解协议", font("hei", 66), spacing=14)
    pages = Pages([s], mm(66), left=mm(28), right=mm(26), foot=mm(30))
    f = font("song_gb", 40)
    first = (c.amount * Decimal("0.5")).quantize(Decimal("1"))
    for kind, text in [
        ("t", f"甲方（申请执行人）：{a.name}，公民身份号码{a.id_number}"),
        ("t", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}"),
        ("p", f"{COURT}在执行{c.number}甲方与乙方商品房预售合同纠纷一案中，查封了乙方“{c.extra['project']}”项目房屋二套。"
              "为尽快履行义务、解除查封，经双方自愿协商，达成如下和解协议："),
        ("p", f"一、乙方应付甲方逾期交房违约金{c.amount:,.2f}元，甲方同意放弃迟延履行期间的债务利息。"),
        ("p", f"二、乙方于本协议签订当日向法院执行款专户交付{first:,.2f}元，余款{c.amount - first:,.2f}元于"
              f"{num_date(c.extra['paid_out'] - timedelta(days=3))}前交付。"),
        ("p", "三、乙方付清全部款项后，甲方同意法院解除对上述房屋的查封，本案执行完毕。"),
        ("p", "四、乙方未按期足额付款的，甲方有权申请恢复执行原生效判决，已付款项予以扣除。"),
        ("p", "五、本协议一式三份，甲、乙双方各执一份，交法院附卷一份，自双方签字盖章之日起生效。"),
    ]:
        if kind == "t":
            pages.para(gb(text), f, lead=74)
        else:
            pages.para(gb(text), f, lead=74, indent=f.size * 2)
    y = pages.y + 60
    s.text(mm(28), y, "甲方（签字）：", f)
    pen(s, mm(72), y - 8, a.name, rng, size=54, ink=INK)
    s.text(s.width / 2 + mm(4), y, "乙方（盖章）：", f)
    seal(s, s.width / 2 + mm(62), y + 30, r.name, rng, radius=mm(19))
    s.text(s.width / 2 + mm(4), y + 96, "法定代表人：", f)
    pen(s, s.width / 2 + mm(46), y + 90, r.legal_rep, rng, size=50, ink=INK)
    s.text(mm(28), y + 190, f"签订日期：{num_date(d)}", f)
    paid = c.extra["paid_out"] - timedelta(days=3)
    pen(s, mm(28), y + 290, f"乙方已于{paid.month}月{paid.day}日全部付清，已解封。{c.officer}", rng, size=42)
    return s


# ---------------------------------------------------------------- the banks (tinted anti-counterfeit paper)

BANK_TINT = {"建设": ((235, 241, 250), (40, 80, 150)), "农业": ((234, 246, 238), (30, 120, 90)),
             "晋商": ((249, 240, 232), (170, 80, 40)), "工商": ((250, 238, 238), (170, 40, 50)),
             "农村商业": ((238, 246, 236), (40, 120, 60)), "邮政": ((236, 246, 238), (20, 110, 60)),
             "中国银行": ((250, 238, 238), (160, 30, 40))}


def bank_look(bank: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    for k, v in BANK_TINT.items():
        if k in bank:
            return v
    return (240, 242, 246), (60, 80, 120)


def bank_short(bank: str) -> str:
    return bank.split("股份有限公司")[0] if "股份有限公司" in bank else bank[:6]


def bank_branch(bank: str) -> str:
    """The branch's name as its business seal reads: 中国工商银行运城盐湖支行."""
    return bank.replace("股份有限公司", "")


def bank_ground(s: Sheet, box: sec.Box, bank: str) -> tuple[int, int, int]:
    """The bank's anti-counterfeit print inside `box`: a tint, rows of micro-text with the bank's name, its small
    emblem repeated; returns the bank's print colour."""
    tint, ink = bank_look(bank)
    x0, y0, x1, y1 = box
    s.draw.rectangle((x0, y0, x1, y1), fill=tint)
    sec.microtext(s, box, f"{bank_short(bank)}　回单专用纸", ink, size=10, gap=3.0, strength=0.34)
    sec.tiled_emblems(s, box, "coin", ink, step=170, r=26, strength=0.22)
    return ink


def _slip(s: Sheet, y: int, bank: str, title: str, rows: list[list[str]], rng: random.Random, when: date) -> int:
    """One 回单 in its patterned box at `y`; returns the y below it."""
    x0, x1 = mm(12), s.width - mm(12)
    h = mm(124)
    ink = bank_ground(s, (x0, y, x1, y + h), bank)
    s.box(x0, y, x1, y + h, width=3, outline=ink)
    s.centred(y + mm(5), f"{bank_short(bank)}　{title}", font("sans_bold", 44), fill=ink)
    f = font("sans", 30)
    s.text(x0 + mm(6), y + mm(17), f"回单编号：{rng.randint(10**15, 10**16 - 1)}", f)
    s.right(x1 - mm(6), y + mm(17), f"交易日期：{when:%Y年%m月%d日}", f)
    w = x1 - x0 - mm(12)
    boxes = ruled(s, x0 + mm(6), y + mm(26), [mm(30), mm(58), mm(30), w - mm(118)], rows, f,
                  heights=[mm(13)] * len(rows), labels=(0, 2))
    seal(s, x1 - mm(40), boxes[-1][3] + mm(4), bank_branch(bank), rng, radius=mm(15), inner="业务专用章")
    s.text(x0 + mm(6), y + h - mm(10), f"打印柜员：{rng.randint(1000, 9999)}　打印次数：1　本回单不作收款方发货依据",
           font("sans", 24), fill=ink)
    return y + h + mm(10)


def _bank_slips(c: CaseCtx, rng: random.Random) -> Sheet:
    """Two 回单 on one A4: the money into the court's account (a 司法扣划 from the agency's account, or the
    developer's transfer), then the court's payment out to the applicant."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    cb, ca = str(c.extra["court_bank"]), str(c.extra["court_acct"])
    court_acct_name = f"{COURT}执行款专户"
    if c.extra["tale"] == "lake":
        into = (str(c.extra["r_bank"]), "司法扣划业务回单", c.extra["debited"], f"司法扣划　{c.number}")
    else:
        into = (str(c.extra["r_bank"]), "电子转账回单（付款）", c.extra["paid_out"] - timedelta(days=3),
                f"{c.number}执行款")
    bank, title, when, use = into
    y = mm(14)
    y = _slip(s, y, bank, title, [["付款人", r.name, "收款人", court_acct_name],
                                  ["付款账号", str(c.extra["r_acct"]), "收款账号", ca],
                                  ["金额", f"¥{c.amount:,.2f}", "大写", money_caps(c.amount)],
                                  ["摘要", use], ["收款行", cb]], rng, when)
    _slip(s, y, cb, "单位客户专用回单", [["付款人", court_acct_name, "收款人", a.name],
                                         ["付款账号", ca, "收款账号", str(c.extra["in_acct"])],
                                         ["金额", f"¥{c.amount:,.2f}", "大写", money_caps(c.amount)],
                                         ["摘要", f"案款发放　{c.number}"], ["收款行", str(c.extra["in_bank"])]],
          rng, c.extra["paid_out"])
    return s


def _bank_reply(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The agency's bank answers the court's inquiry on its statement paper: the account, its balance and the last
    month's transactions (the tour groups' ticket money coming in)."""
    r = c.respondent
    bank = str(c.extra["r_bank"])
    s = Sheet()
    ink = bank_ground(s, sec.whole(s), bank)
    s.starts_document = True
    s.centred(mm(18), f"{bank_short(bank)}", font("sans_bold", 52), fill=ink)
    s.centred(mm(30), "协助查询存款回执（附账户交易明细）", font("sans_bold", 44))
    f = font("sans", 30)
    s.text(mm(16), mm(44), f"{COURT}：", font("sans", 34))
    s.text(mm(22), mm(51), f"贵院{c.number}协助查询存款通知书收悉。经查询，{r.name}", f)
    s.text(mm(16), mm(56.5), "在我行开立账户如下：", f)
    balance = (c.amount * Decimal("1.12")).quantize(Decimal("0.01"))
    ruled(s, mm(16), mm(62), [mm(62), mm(42), mm(32), mm(42)],
          [["账号", "账户性质", "币种", "余额（元）"], [str(c.extra["r_acct"]), "基本存款账户", "人民币", f"{balance:,.2f}"]],
          f, heights=mm(11), labels=())
    s.text(mm(16), mm(92), f"账户交易明细（{d - timedelta(days=30):%Y-%m-%d} 至 {d:%Y-%m-%d}）", font("sans_bold", 32))
    rows = [["交易日期", "摘要", "对方户名", "发生额", "余额"]]
    moves = [(Decimal(rng.randint(1500, 16000)), rng.random() < 0.3) for _ in range(12)]
    bal = balance - sum((-amt if out else amt for amt, out in moves), Decimal(0))
    for k, (amt, out) in enumerate(moves):
        day = d - timedelta(days=30 - k * 2 - rng.randint(0, 1))
        bal += -amt if out else amt
        rows.append([f"{day:%Y-%m-%d}", "转账支出" if out else "团费收入", person_name(rng) + ("（工资）" if out else "旅游团"),
                     f"{'-' if out else ''}{amt:,.2f}", f"{bal:,.2f}"])
    ruled(s, mm(16), mm(100), [mm(30), mm(28), mm(58), mm(30), mm(32)], rows, font("sans", 26), heights=mm(9.5),
          labels=())
    y = mm(100) + mm(9.5) * len(rows) + mm(12)
    s.text(mm(16), y, "以上信息仅供贵院执行使用。", f)
    s.right(s.width - mm(20), y + mm(22), f"{d:%Y年%m月%d日}", f)
    seal(s, s.width - mm(50), y + mm(16), bank_branch(bank), rng, radius=mm(17), inner="业务专用章")
    return s


# ---------------------------------------------------------------- the treasury's bill

def _fiscal_bill(c: CaseCtx, rng: random.Random) -> Sheet:
    """山西省政府非税收入票据 (the 申请执行费), printed on the treasury's patterned form: a pale pink ground with a
    rosette and rows of micro-text, the frame and labels in red-brown, the entries in a dot-matrix face; the lower
    half of the A4 bare."""
    fee: Decimal = c.extra["fee"]
    s = Sheet()
    x0, y0, x1, y1 = mm(14), mm(16), s.width - mm(14), mm(150)
    s.draw.rectangle((x0, y0, x1, y1), fill=(252, 240, 240))
    sec.microtext(s, (x0, y0, x1, y1), "山西省财政厅监制", FISCAL_RED, size=10, gap=3.4, strength=0.22)
    sec.rosette(s, (x0 + x1) / 2, (y0 + y1) / 2, mm(46), FISCAL_RED, lobes=20, rings=10, strength=0.25)
    sec.waves(s, (x0, y0, x1, y0 + mm(14)), FISCAL_RED, period=6.0, amp=6.0, wavelength=60.0, strength=0.35)
    s.centred(y0 + mm(18), "山西省政府非税收入票据", font("serif_bold", 58), fill=FISCAL_RED, spacing=6)
    s.centred(y0 + mm(30), "（电子票据打印件）", font("serif", 30), fill=FISCAL_RED)
    lab = font("serif", 30)
    dot = font("mono", 32)
    s.text(x0 + mm(6), y0 + mm(38), "票据代码：", lab, fill=FISCAL_RED)
    s.text(x0 + mm(30), y0 + mm(38), "14020124", dot)
    s.text(x0 + mm(70), y0 + mm(38), "票据号码：", lab, fill=FISCAL_RED)
    s.text(x0 + mm(94), y0 + mm(38), f"{rng.randint(10**9, 10**10 - 1)}", dot)
    s.text(x0 + mm(130), y0 + mm(38), "校验码：", lab, fill=FISCAL_RED)
    s.text(x0 + mm(150), y0 + mm(38), f"{rng.randint(100000, 999999)}", dot)
    a = c.applicant
    s.text(x0 + mm(6), y0 + mm(46), "交款人：", lab, fill=FISCAL_RED)
    s.text(x0 + mm(26), y0 + mm(46), a.name, dot)
    s.text(x0 + mm(110), y0 + mm(46), "开票日期：", lab, fill=FISCAL_RED)
    paid = c.filed_on + timedelta(days=rng.randint(1, 3))
    s.text(x0 + mm(134), y0 + mm(46), f"{paid:%Y-%m-%d}", dot)
    s.text(x0 + mm(6), y0 + mm(54), "交款人统一社会信用代码/身份证号：", lab, fill=FISCAL_RED)
    s.text(x0 + mm(76), y0 + mm(54), a.id_number, dot)
    w = x1 - x0 - mm(12)
    gx, gy = x0 + mm(6), y0 + mm(62)
    cols = [mm(30), mm(58), mm(18), mm(16), mm(26)]
    heads = ["项目编码", "项目名称", "单位", "数量", "标准"]
    cx = gx
    for k, label in enumerate([*heads, "金额（元）"]):
        cw = cols[k] if k < len(cols) else w - sum(cols)
        s.box(cx, gy, cx + cw, gy + mm(10), width=2, outline=FISCAL_RED)
        s.box(cx, gy + mm(10), cx + cw, gy + mm(24), width=2, outline=FISCAL_RED)
        s.centred(gy + mm(2.5), label, lab, x0=cx, x1=cx + cw, fill=FISCAL_RED)
        cx += cw
    values = ["103040101", "诉讼费（申请执行费）", "件", "1", f"{fee:,.2f}", f"{fee:,.2f}"]
    cx = gx
    for k, v in enumerate(values):
        cw = cols[k] if k < len(cols) else w - sum(cols)
        s.text(cx + 10, gy + mm(14), v, font("mono", 28) if k != 1 else font("sans", 28))
        cx += cw
    s.box(gx, gy + mm(24), gx + w, gy + mm(34), width=2, outline=FISCAL_RED)
    s.text(gx + 10, gy + mm(26.5), "金额合计（大写）", lab, fill=FISCAL_RED)
    s.text(gx + mm(42), gy + mm(26), money_caps(fee), font("sans", 32))
    s.text(gx + mm(130), gy + mm(26), f"（小写）{fee:,.2f}", font("mono", 30))
    s.box(gx, gy + mm(34), gx + w, gy + mm(46), width=2, outline=FISCAL_RED)
    s.text(gx + 10, gy + mm(36.5), "其他信息：", lab, fill=FISCAL_RED)
    s.text(gx + mm(26), gy + mm(36), f"案号{c.number}　执收单位编码14080201", font("sans", 28))
    s.text(x0 + mm(6), y1 - mm(12), "收款单位（章）：", lab, fill=FISCAL_RED)
    seal(s, x0 + mm(60), y1 - mm(16), COURT, rng, radius=mm(16), inner="财务专用章")
    s.text(x0 + mm(100), y1 - mm(12), f"复核人：{person_name(rng)}　　收款人：{person_name(rng)}", lab, fill=FISCAL_RED)
    return s


# ---------------------------------------------------------------- identity papers

def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """Both faces of the resident ID card copied in colour on one A4: the cards' fine blue-pink guilloche shows."""
    s = Sheet()
    w, h = mm(86), mm(54)
    y = mm(40) + int(rng.uniform(-mm(5), mm(5)))
    xs = [mm(14), mm(14) + w + mm(12)]
    for k, x in enumerate(xs):
        box = (x, y, x + w, y + h)
        s.draw.rounded_rectangle(box, radius=mm(3), fill=(236, 240, 246))
        sec.waves(s, box, (90, 130, 190) if k == 0 else (200, 120, 150), period=5.0, amp=7.0, wavelength=80.0,
                  strength=0.35, seed=k * 1.3)
        if k == 1:
            sec.rosette(s, x + w * 0.28, y + h * 0.5, mm(16), (200, 150, 60), lobes=12, rings=8, strength=0.45)
        s.draw.rounded_rectangle(box, radius=mm(3), outline=(130, 130, 140), width=2)
    x = xs[0]
    lab, val = font("hei", 24), font("hei", 30)
    born = p.born or date(1980, 1, 1)
    ty = y + mm(5)
    for label, value in [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year} 年 {born.month} 月 {born.day} 日")]:
        s.text(x + mm(5), ty, label, lab, fill=(60, 110, 160))
        s.text(x + mm(16), ty - 2, value, val)
        ty += mm(7.5)
    s.text(x + mm(5), ty, "住址", lab, fill=(60, 110, 160))
    for k in range(0, len(p.address), 10):
        s.text(x + mm(16), ty - 2, p.address[k:k + 10], val)
        ty += mm(5.4)
    s.text(x + mm(5), y + h - mm(9), "公民身份号码", lab, fill=(60, 110, 160))
    s.text(x + mm(27), y + h - mm(10), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(27), y + mm(7), x + w - mm(5), y + mm(36)), fill=(168, 172, 180))
    x = xs[1]
    s.text(x + mm(32), y + mm(8), "中华人民共和国", font("hei", 38))
    s.text(x + mm(28), y + mm(18), "居民身份证", font("hei", 52), spacing=10)
    s.draw.ellipse((x + mm(5), y + mm(5), x + mm(23), y + mm(23)), outline=(200, 60, 50), width=4)
    issuer = "运城市公安局盐湖分局" if p.id_number.startswith("140802") else "运城市公安局" + {
        "140821": "临猗分局", "140881": "永济分局", "140828": "夏县分局"}.get(p.id_number[:6], "")
    s.text(x + mm(10), y + h - mm(16), f"签发机关　{issuer}", lab)
    start = rng.randint(2013, 2021)
    s.text(x + mm(10), y + h - mm(9), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{start + 20}."
           f"{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}", lab)
    pen(s, mm(26), y + h + mm(20), "此复印件仅供盐湖区法院执行案件使用，与原件一致。", rng, size=44, ink=INK)
    pen(s, mm(120), y + h + mm(36), p.name, rng, size=56, ink=INK)
    pen(s, mm(120), y + h + mm(52), num_date(c.filed_on - timedelta(days=rng.randint(0, 3))), rng, size=40, ink=INK)
    return s


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """营业执照（副本） copied in colour on a portrait A4: the patterned red-gold frame band, a pale guilloche ground,
    the emblem roundel at the head, the entries in 仿宋-like serif."""
    s = Sheet()
    x0, y0, x1, y1 = mm(12), mm(16), s.width - mm(12), mm(196)
    s.draw.rectangle((x0, y0, x1, y1), fill=(251, 246, 236))
    sec.waves(s, (x0, y0, x1, y1), (200, 150, 90), period=7.0, amp=10.0, wavelength=120.0, strength=0.22)
    sec.frame_band(s, (x0, y0, x1, y1), (180, 60, 40), band=54, strength=0.6)
    cx = s.width / 2
    s.draw.ellipse((cx - mm(9), y0 + mm(12), cx + mm(9), y0 + mm(30)), outline=(200, 40, 30), width=5)
    s.draw.regular_polygon((cx, y0 + mm(21), mm(5)), 5, fill=(220, 180, 40))
    s.centred(y0 + mm(34), "营 业 执 照", font("serif_bold", 96), spacing=20)
    s.centred(y0 + mm(52), "（副　本）", font("serif", 36))
    f = font("serif", 32)
    s.text(x0 + mm(16), y0 + mm(62), f"统一社会信用代码　{p.id_number}", f)
    s.draw.rectangle((x1 - mm(44), y0 + mm(20), x1 - mm(18), y0 + mm(46)), outline=INK, width=3)
    for i in range(6):
        for j in range(6):
            if (i * 7 + j * 3 + len(p.name)) % 3 == 0:
                s.draw.rectangle((x1 - mm(43) + i * mm(4), y0 + mm(21) + j * mm(4), x1 - mm(40) + i * mm(4),
                                  y0 + mm(24) + j * mm(4)), fill=INK)
    travel = "旅行社" in p.name
    scope = ("入境旅游业务、国内旅游业务、出境旅游业务；票务代理" if travel else
             "旅游景区管理；游览景区管理；盐湖康养服务；餐饮服务" if "旅游开发" in p.name else
             "房地产开发经营；物业管理；建筑材料销售")
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", scope), ("注册资本", f"{rng.choice([300, 500, 1000, 2000, 5000])}万元"),
            ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"),
            ("营业期限", "长期"), ("住　　所", p.address)]
    ty = y0 + mm(74)
    for label, value in rows:
        s.text(x0 + mm(18), ty, label, f)
        for k, part in enumerate(wrap(value, f, x1 - x0 - mm(70))):
            s.text(x0 + mm(52), ty + k * mm(6.5), part, f)
        ty += mm(11) + mm(6.5) * (len(wrap(value, f, x1 - x0 - mm(70))) - 1)
    s.text(x1 - mm(84), y1 - mm(38), "登记机关", f)
    seal(s, x1 - mm(46), y1 - mm(36), "运城市盐湖区市场监督管理局", rng, radius=mm(18))
    s.text(x1 - mm(90), y1 - mm(24), f"{c.filed_on.year - 1}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日", f)
    s.text(x0 + mm(16), y1 - mm(16), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", font("serif", 24))
    note = ("复印件与原件一致" if p is c.applicant else f"调取自盐湖区市场监督管理局　{c.clerk}")
    pen(s, mm(30), y1 + mm(16), note, rng, size=46, ink=INK)
    if p is c.applicant:
        seal(s, mm(140), y1 + mm(24), p.name, rng, radius=mm(18))
    return s


# ---------------------------------------------------------------- the lawyer's plain papers

def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(TOP, "授 权 委 托 书", font("wenkai_bold", 70), spacing=12)
    pages = Pages([s], TOP + 150, left=mm(27), right=mm(25))
    f = font("wenkai", 42)
    for kind, text in [
        ("h", f"委托人：{_who(a)}"),
        ("h", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，联系电话{c.agent_phone}。"),
        ("p", f"委托人因与{c.respondent.name}{c.extra['cause']}执行一案，委托上列受托人为执行阶段的代理人。"),
        ("p", "代理权限：特别授权。包括代为申请强制执行，提交、签收法律文书，提供财产线索，申请财产保全及执行措施，参加执行"
              "和解并签订和解协议，代为领取执行案款，申请终结本次执行程序、恢复执行。"),
        ("p", "代理期限：自本委托书签署之日起至本案执行终结之日止。"),
    ]:
        pages.para(text, f, lead=76, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    y = pages.y + 80
    s.text(mm(27), y, "委托人：", f)
    s.text(s.width - mm(105), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, mm(78), y + 90, a.name, rng, radius=mm(19))
        pen(s, mm(56), y + 56, a.legal_rep, rng, size=54, ink=INK)
    else:
        pen(s, mm(52), y - 8, a.name, rng, size=58, ink=INK)
        s.draw.ellipse((mm(84), y + 2, mm(84) + 32, y + 44), fill=(196, 40, 44))
    pen(s, s.width - mm(74), y - 8, c.agent, rng, size=56, ink=INK)
    pen(s, s.width - mm(100), y + 210, num_date(c.filed_on - timedelta(days=rng.randint(3, 6))), rng, size=44, ink=INK)
    return pages.sheets


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (200, 30, 36)
    s.centred(TOP - 16, c.firm, font("serif_bold", 78), fill=red, spacing=10)
    s.line(LEFT - mm(4), TOP + 96, s.width - RIGHT + mm(4), TOP + 96, width=7, fill=red)
    short = c.firm[2:4]
    no = f"（{c.filed_on.year}）晋{short}律执字第{rng.randint(8, 190)}号"
    s.right(s.width - RIGHT, TOP + 124, no, font("serif", 38))
    s.centred(TOP + 210, "律 师 事 务 所 函", font("serif_bold", 62))
    pages = Pages([s], TOP + 330, left=mm(28), right=mm(26))
    f = font("serif", 42)
    pages.flush(f"{COURT}：", f, lead=78)
    pages.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}一案执行阶段的"
               "代理人，代为申请执行、参与执行程序。", f, lead=78, indent=84)
    pages.para("特此函告。", f, lead=78, indent=84)
    pages.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", font("serif", 36), lead=64)
    pages.para(f"本所地址：{c.extra['firm_addr']}", font("serif", 36), lead=64)
    y = pages.y + 110
    when = cn_date(c.filed_on - timedelta(days=rng.randint(2, 5)))
    xl = s.right(s.width - RIGHT - mm(6), y, when, f)
    seal(s, xl + text_width(when, f) / 2, y - 10, c.firm, rng, radius=mm(20))
    return [s]


def _licence_booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's two inner leaves copied in grey, the lawyer's note under them."""
    s = Sheet()
    grey = (90, 90, 90)
    x0, y0 = mm(16), mm(36)
    lw, lh = mm(86), mm(120)
    for k in range(2):
        x = x0 + k * (lw + mm(6))
        s.draw.rectangle((x, y0, x + lw, y0 + lh), fill=(232, 232, 230), outline=grey, width=3)
    f = font("sans", 32)
    s.draw.rectangle((x0 + mm(24), y0 + mm(12), x0 + mm(62), y0 + mm(60)), fill=(160, 160, 160))
    s.centred(y0 + mm(68), "持证人　" + c.agent, f, x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(80), f"性别　{rng.choice('男女')}", f, x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(92), "山西省司法厅（印）", f, x0=x0, x1=x0 + lw)
    seal(s, x0 + lw / 2 + mm(10), y0 + mm(94), "山西省司法厅", rng, radius=mm(14))
    x = x0 + lw + mm(6)
    s.centred(y0 + mm(8), "中华人民共和国律师执业证", font("sans_bold", 34), x0=x, x1=x + lw)
    ty = y0 + mm(24)
    for label, value in [("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", str(c.extra["licence"])),
                         ("法律职业资格证号", f"A2012{rng.randint(10**10, 10**11 - 1)}"), ("发证机关", "山西省司法厅"),
                         ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]:
        s.text(x + mm(5), ty, label, font("sans", 28))
        s.text(x + mm(34), ty, value, font("sans", 28))
        ty += mm(13)
    s.text(x + mm(5), ty + mm(2), "年度考核备案：2023年度　称职", font("sans", 28))
    pen(s, x0 + mm(10), y0 + lh + mm(24), "此件与原件核对无误", rng, size=56, ink=INK)
    pen(s, x0 + mm(110), y0 + lh + mm(26), c.agent, rng, size=54, ink=INK)
    return [s]


# ---------------------------------------------------------------- the window's forms (plain, filled by hand)

def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    s = Sheet()
    s.centred(TOP, COURT, font("sans", 40), spacing=3)
    w = s.width - LEFT - RIGHT
    signer = a.legal_rep if a.kind == "organisation" else a.name
    day = c.filed_on
    if code == "payment_account_confirmation":
        title = "执行款收款账户确认书"
        rows = [("案号", c.number), ("申请执行人", a.name), ("户名", a.name), ("开户银行", str(c.extra["in_bank"])),
                ("账号", str(c.extra["in_acct"])), ("联系电话", a.phone)]
        note = ("本人（单位）确认上述账户为本案执行款的收款账户。因账户信息有误或账户状态异常导致案款不能及时发放的，"
                "后果由本人（单位）承担。账户变更的，应当书面告知执行法官。")
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [("案号", c.number), ("受送达人", a.name), ("确认送达地址", c.extra["firm_addr"] if t != "apple" else a.address),
                ("收件人", c.agent), ("电话", c.agent_phone), ("是否同意电子送达", f"同意，手机号码{c.agent_phone}")]
        note = ("一、受送达人确认的地址适用于执行程序全过程。二、地址变更的，应当及时书面告知本院；未告知的，按原地址送达，"
                "文书退回之日视为送达之日。")
        signer = c.agent
    elif code == "property_clue_form":
        title = "被执行人财产线索提供表"
        clue = {"lake": f"{c.extra.get('r_bank', '')}基本户{c.extra.get('r_acct', '')}，经营收入经此账户结算",
                "apple": "龙居镇收购点的分拣设备；可能在临猗县有租用冷库",
                "house": f"“{c.extra.get('project', '')}”项目未售房屋，售楼部在圣惠路"}[t]
        rows = [("案号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("住所地/住址", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人自行掌握")]
        note = "提供人保证所提供线索真实。线索经核实不存在的，不影响本院依法进行财产调查。"
    else:
        title = "财产申报表"
        signer = r.legal_rep if r.kind == "organisation" else r.name
        cash = {"lake": f"{c.extra.get('r_bank', '')}基本户，余额约{int(c.amount * Decimal('1.1')) // 10000}万元",
                "apple": "无", "house": f"{c.extra.get('r_bank', '')}账户，余额约四万元"}[t]
        rows = [("案号", c.number), ("申报人", r.name), ("银行存款", cash),
                ("不动产", {"house": f"“{c.extra.get('project', '')}”项目未售商铺、住宅若干"}.get(t, "无")),
                ("车辆", "无"), ("对外债权", "组团社欠团费约六万元" if t == "lake" else "无法收回的苹果款若干" if t == "apple" else "无"),
                ("其他", "收购点已停业，分拣机已转让" if t == "apple" else "无")]
        note = "申报人保证以上内容真实、完整，如有隐瞒、虚假申报，愿承担法律责任。"
        day = d
    s.centred(TOP + 74, title, font("serif_bold", 64), spacing=10)
    boxes = ruled(s, LEFT, TOP + 180, [mm(46), w - mm(46)], [[label, ""] for label, _ in rows], font("serif", 36),
                  heights=[mm(24) if len(v) > 22 else mm(16) for _, v in rows])
    right = [b for b in boxes if b[0] > LEFT]
    for (_label, value), b in zip(rows, right, strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(3.5), value, rng, size=40, per_line=22, lead=mm(8))
    pages = Pages([s], boxes[-1][3] + 40)
    pages.para(note, font("serif", 32), lead=54, indent=64)
    y = pages.y + 60
    s.text(s.width - RIGHT - mm(112), y, "确认人（签名/盖章）：", font("serif", 36))
    pen(s, s.width - RIGHT - mm(40), y - 10, signer, rng, size=52)
    pen(s, s.width - RIGHT - mm(70), y + 80, num_date(day), rng, size=42)
    if a.kind == "organisation" and code != "property_declaration_form":
        seal(s, s.width - RIGHT - mm(38), y + 40, a.name, rng, radius=mm(18))
    if code == "property_declaration_form" and r.kind == "organisation":
        seal(s, s.width - RIGHT - mm(38), y + 40, r.name, rng, radius=mm(18))
    return s


# ---------------------------------------------------------------- the 查控 system's printout (plain)

def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    t = str(c.extra["tale"])
    mono: Font = font("mono", 27)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("晋商银行", "存款"), ("山西省农村信用社", "存款"),
             ("招商银行", "存款"), ("支付宝", "网络资金"), ("财付通", "网络资金"), ("公安部交管局", "车辆"),
             ("自然资源部", "不动产"), ("中国结算", "证券"), ("市场监管总局", "股权"), ("银保监会", "理财产品")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        res = "未查询到财产信息"
        if t == "lake" and unit in str(c.extra["r_bank"]):
            res = f"账户1个 余额{(c.amount * Decimal('1.12')):,.2f}"
        elif t == "house" and kind == "不动产":
            res = f"不动产{rng.randint(14, 40)}处（在建/未售）"
        elif t == "house" and unit == "中国农业银行":
            res = f"账户2个 余额{rng.randint(20000, 48000)}.{rng.randint(10, 99)}"
        elif kind == "存款" and rng.random() < 0.3:
            res = f"账户1个 余额{rng.randint(0, 60)}.{rng.randint(10, 99)}"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    s = Sheet()
    s.text(mm(14), mm(14), "全国法院网络执行查控系统　查询结果", font("sans_bold", 42))
    s.text(mm(14), mm(26), f"案号:{c.number}  被查询人:{r.name}", mono)
    s.text(mm(14), mm(32), f"证照号码:{r.id_number}  查询日期:{d:%Y-%m-%d}  承办人:{c.officer}", mono)
    ruled(s, mm(14), mm(40), [mm(14), mm(46), mm(26), mm(72), mm(24)], rows, mono, heights=mm(10.5), labels=())
    s.text(mm(14), s.height - mm(16), f"打印人:{c.clerk}  打印时间:{d + timedelta(days=3):%Y-%m-%d %H}:{rng.randint(10, 59)}", mono)
    sheets = [s]
    if t == "lake":
        sheets.append(_bank_reply(c, rng, d))
    return sheets

