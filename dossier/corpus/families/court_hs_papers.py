"""What 川汇法院执行局 receives, each in its maker's hand: the court's own civil division's 民事判决书 (Noto serif,
justified, "－n－" folios, the 校对章 on the last page); the 周口中院's 二审 judgment (bold heading in 黑体, GB 宋 body,
"第n页 共m页" at the lower right, a 骑缝章 down the right edge); the 周口市劳动人事争议仲裁委员会's award under a red
committee name and red rule, in 文楷, with its own 生效证明; the lawyers' applications and letters (a red letterhead for
the firm, a boxed title for the legal-aid application, a 微软雅黑-like face for the lender's); ID cards copied front
above back with the holder's thumbprint, licences, the lawyer's 执业证 booklet; the window's forms filled in
ballpoint; the 河南省非税收入一般缴款书 in brick red; the 查控 system's printout; a bank's 电子回单; the settlement with
its instalment table and a 领款确认 of the instalments."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_hs_kit import BLACK, BLUE, COURT, Flow, folio, frame, hei, title_gap, write
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import half_seal, stamp

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "周口市劳动人事争议仲裁委员会"
APPEAL = "河南省周口市中级人民法院"
BRICK = (168, 58, 44)


@dataclass(frozen=True)
class Look:
    """How one sender sets a typed paper."""

    face: str = "serif"
    size: int = 40
    lead: float = 1.8
    title_face: str = "serif_bold"
    title_size: int = 72
    margins: tuple[int, int, int, int] = (mm(30), mm(26), mm(32), mm(30))  # left, right, top, bottom
    justify: bool = False
    folio: str = "dash"


def _f(look: Look, size: int = 0) -> Font:
    return font(look.face, size or look.size)


def _gb(look: Look, s: str) -> str:
    return s.replace("〇", "○") if look.face in ("song_gb", "kai_gb") else s


def typed(look: Look, blocks: Sequence[tuple[str, str]], *, first_y: float, sheet: Sheet | None = None) -> Flow:
    """Blocks down the pages: p paragraph, f flush, h hung party line, r right-aligned, c centred, g gap."""
    left, right, top, bottom = look.margins
    s = sheet or Sheet()
    flow = Flow([s], first_y, left=left, right=right, top=top, bottom=bottom)
    f = _f(look)
    lead = f.size * look.lead
    for kind, raw in blocks:
        text = _gb(look, raw)
        if kind == "g":
            flow.y += float(raw or lead / 2)
        elif kind == "r":
            flow.line(text, f, lead=lead, align="right", at=mm(8))
        elif kind == "c":
            flow.line(text, f, lead=lead, align="centre")
        elif kind in ("p", "f", "h"):
            indent = 2 if kind == "p" else 0
            hang = 2 if kind == "h" else 0
            if look.justify:
                _justified(flow, text, f, lead, indent, hang)
            else:
                flow.para(text, f, lead=lead, indent=indent, hang=hang)
    return flow


def _justified(flow: Flow, text: str, f: Font, lead: float, indent: int, hang: int) -> None:
    first, rest = f.size * indent, f.size * hang
    parts = wrap(text, f, flow.width - rest, indent=first - rest)
    for k, part in enumerate(parts):
        flow.need(lead)
        x = flow.left + (first if k == 0 else rest)
        room = flow.left + flow.width - x
        if k == len(parts) - 1 or len(part) < 2:
            flow.s.text(x, flow.y, part, f)
        else:
            gap = (room - text_width(part, f)) / (len(part) - 1)
            flow.s.text(x, flow.y, part, f, spacing=max(0.0, min(gap, f.size * 0.5)))
        flow.y += lead


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hs import made_on

    tale = str(c.extra["tale"])
    d = made_on(c, code)
    if code == "enforcement_basis":
        if tale == "wage":
            return _award(c, rng)
        sheets = _civil_judgment(c, rng)
        if tale == "machine":
            appeal = _appeal_judgment(c, rng)
            appeal[0].starts_document = True
            sheets += appeal
        return sheets
    if code == "effectiveness_certificate":
        return _award_in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_booklet(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _org_papers(p, c, rng) if p.kind == "organisation" else _id_copy(p, c, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _bank_receipt(c, rng) if tale == "machine" else _instalment_receipt(c, rng)
    raise KeyError(code)


def _who(p: Party, *, cn: bool = True) -> str:
    if p.kind == "organisation":
        rep = "理事长" if p.name.endswith("合作社") else "法定代表人"
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。\n{rep}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    when = cn_date(born) if cn else num_date(born)
    return f"{p.name}，{p.sex}，{when}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _party_blocks(role: str, p: Party, *, cn: bool = True) -> list[tuple[str, str]]:
    return [("h", f"{role}：{part}" if k == 0 else part) for k, part in enumerate(_who(p, cn=cn).split("\n"))]


CIVIL = Look(face="serif", size=40, lead=1.75, justify=True, margins=(mm(30), mm(27), mm(30), mm(30)), folio="dash")


def _civil_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment (民初): Noto serif justified, the court over a spaced title, "－n－" folios."""
    a, r = c.applicant, c.respondent
    machine = c.extra["tale"] == "machine"
    judge = str(c.extra["civil_judge"])
    if machine:
        day = c.extra["first_day"]
        price, owed = c.extra["price"], c.amount
        facts = (f"2022年3月，原告与被告签订《农业机械买卖合同》，约定被告向原告购买{c.extra['goods']}，总价款{price:,.2f}元，"
                 f"被告于提车时支付首付款，余款于2022年麦收后即7月31日前付清。合同签订后，原告依约交付了上述农机，被告"
                 f"支付{price - owed:,.2f}元后，余款{owed:,.2f}元经原告多次催要至今未付。")
        held = ("原、被告之间的买卖合同系双方真实意思表示，合法有效。原告已依约交付农机，被告应按约支付价款。被告辩称收割机"
                "在麦收期间多次出现故障影响作业，要求减少价款，但其提交的维修单据显示均在三包期内由原告免费维修，且被告未在"
                "约定的质量异议期内提出书面异议，其抗辩理由不能成立，本院不予采纳。")
        claims = f"1.判令被告支付货款{owed:,.2f}元及逾期付款利息；2.本案诉讼费用由被告负担。"
        order = [f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{owed:,.2f}元；",
                 f"二、驳回原告{a.name}的其他诉讼请求。"]
        fee = int(owed) // 100 + 30
        appear = f"原告的委托诉讼代理人{c.agent}，被告的理事长{r.legal_rep}到庭参加诉讼"
        proc = "依法适用普通程序，公开开庭进行了审理"
        bench = [("审判长", judge), ("人民陪审员", person_name(rng)), ("人民陪审员", person_name(rng))]
        appeal_to = "河南省周口市中级人民法院"
    else:
        day = c.extra["judged_on"]
        principal, interest, lent = c.extra["principal"], c.extra["interest"], c.extra["lent_on"]
        facts = (f"被告因经营水果批发生意需要资金，于{num_date(lent)}向原告借款{principal:,.0f}元，原告通过银行转账交付，被告出具"
                 f"借条一张，约定借期一年，到期一次性还本。借款到期后，经原告多次催要，被告至今未还。")
        held = ("原告提交的借条、银行转账凭证能够证明双方之间借贷关系成立且原告已实际交付借款。被告到期未还，应承担还款责任。"
                "双方未约定借期内利息，原告主张自借款到期之次日起按全国银行间同业拆借中心公布的一年期贷款市场报价利率计付"
                "逾期利息，符合法律规定，本院予以支持。")
        claims = f"1.判令被告偿还借款本金{principal:,.0f}元及逾期利息；2.本案诉讼费用由被告负担。"
        due = date(lent.year + 1, lent.month, lent.day)
        order = [f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金{principal:,.0f}元及逾期利息（以{principal:,.0f}元为"
                 f"基数，自{num_date(due + timedelta(days=1))}起按一年期贷款市场报价利率计算至实际清偿之日止，暂计至起诉之日为"
                 f"{interest:,.0f}元）。"]
        fee = int(principal) // 100 + 20
        appear = f"原告{a.name}及其委托诉讼代理人{c.agent}，被告{r.name}到庭参加诉讼"
        proc = "依法适用简易程序，公开开庭进行了审理"
        bench = [("审判员", judge)]
        appeal_to = "河南省周口市中级人民法院"
    filed = day - timedelta(days=rng.randint(70, 110))
    blocks: list[tuple[str, str]] = [
        *_party_blocks("原告", a),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        *_party_blocks("被告", r),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(filed)}立案后，{proc}。{appear}。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：{claims}事实和理由：{facts}"),
        ("p", f"{r.name}辩称，" + ("收割机质量有问题，麦收时多次停机，影响了合作社的作业收入，请求减少价款。" if machine
                                 else "借款属实，因生意亏损暂时无力偿还，请求分期归还。")),
        ("p", "本院经审理认定事实如下：" + facts),
        ("p", f"本院认为，{held}依照《中华人民共和国民法典》" + ("第五百零九条、第五百七十七条、第六百二十六条" if machine else
                                                  "第六百六十七条、第六百七十四条、第六百七十六条") +
              "，《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
        *[("p", o) for o in order],
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{fee}元，" + ("由被告负担。" if machine else f"减半收取{fee // 2}元，由被告负担。")),
        ("p", f"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于{appeal_to}。"),
    ]
    s = Sheet()
    s.centred(CIVIL.margins[2], COURT, font("serif", 52), spacing=4)
    s.centred(CIVIL.margins[2] + 92, "民事判决书", font("serif_bold", 78), spacing=38)
    s.right(s.width - CIVIL.margins[1], CIVIL.margins[2] + 210, c.basis_number, font("serif", 40))
    flow = typed(CIVIL, blocks, first_y=CIVIL.margins[2] + 300, sheet=s)
    _bench_block(flow, bench, day, rng, COURT, font("serif", 40), clerk=person_name(rng))
    return folio(flow.sheets, f=font("serif", 32), style="dash")


def _bench_block(flow: Flow, bench: Sequence[tuple[str, str]], day: date, rng: random.Random, court: str, f: Font, *,
                 clerk: str, gb: bool = False) -> None:
    flow.need(74 * (len(bench) + 3) + 120)
    s = flow.s
    x = s.width - flow.right - mm(78)
    y = flow.y + 60
    for role, name in bench:
        s.text(x, y, role if len(role) > 3 else " ".join(role), f)
        s.text(x + mm(40), y, name, f)
        y += 74
    when = cn_date(day)
    if gb:
        when = when.replace("〇", "○")
    s.text(x, y + 20, when, f)
    seal(s, x + text_width(when, f) / 2, y + 34, court, rng, radius=mm(20.5))
    y += 110
    s.text(x, y, "书 记 员", f)
    s.text(x + mm(40), y, clerk, f)
    stamp(s, flow.left, y + 40, ["本件与原本核对无异"], rng, size_mm=4.2)


APPEAL_LOOK = Look(face="song_gb", size=40, lead=1.85, margins=(mm(28), mm(28), mm(30), mm(32)), folio="court")


def _appeal_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 周口中院's 二审 judgment: 黑体 heading, GB 宋 body, "第n页 共m页" at the lower right, 骑缝章 down the edge."""
    a, r = c.applicant, c.respondent
    day = c.extra["appeal_day"]
    first = c.extra["first_day"]
    blocks: list[tuple[str, str]] = [
        *_party_blocks("上诉人（原审被告）", r),
        ("h", f"委托诉讼代理人：{person_name(rng)}，河南{rng.choice(['商水正和', '颍河', '中原明法'])}律师事务所律师。"),
        *_party_blocks("被上诉人（原审原告）", a),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服河南省周口市川汇区人民法院{c.basis_number}民事判决，"
              "向本院提起上诉。本院立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，依法改判减少货款。事实和理由：被上诉人出售的收割机存在质量缺陷，麦收期间多次"
              "停机维修，给上诉人造成损失，一审未予认定，属认定事实错误。"),
        ("p", f"{a.name}辩称，收割机的故障均属正常磨损，已在三包期内免费维修，上诉人从未提出书面质量异议。一审判决认定事实清楚，"
              "适用法律正确，请求驳回上诉，维持原判。"),
        ("p", "本院二审期间，当事人没有提交新证据。本院对一审查明的事实予以确认。"),
        ("p", "本院认为，上诉人主张收割机存在质量问题，但未在约定的质量异议期内提出异议，亦未申请质量鉴定，其提交的维修单据"
              "不足以证明标的物存在质量缺陷，应承担举证不能的不利后果。一审判决认定事实清楚，适用法律正确，应予维持。依照"
              "《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(c.amount) // 100 + 30}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]
    del first
    s = Sheet()
    top = APPEAL_LOOK.margins[2]
    s.centred(top, APPEAL, font("hei", 54), spacing=6)
    s.centred(top + 90, "民事判决书", font("hei", 76), spacing=30)
    s.right(s.width - APPEAL_LOOK.margins[1], top + 200, c.extra["appeal_number"], font("song_gb", 40))
    flow = typed(APPEAL_LOOK, blocks, first_y=top + 290, sheet=s)
    bench = [("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))]
    _bench_block(flow, bench, day, rng, APPEAL, font("song_gb", 40), clerk=person_name(rng), gb=True)
    sheets = flow.sheets
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.right(sh.width - mm(28), sh.height - mm(18), f"第{i}页　共{n}页", font("song_gb", 30))
        if i > 1:
            sh.page_of = (i, n)
        if n > 1:
            half_seal(sh, APPEAL, rng, depth=0.35, at=0.42)
    return sheets


AWARD = Look(face="wenkai", size=40, lead=1.8, margins=(mm(28), mm(26), mm(30), mm(30)), folio="court")


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The committee's 仲裁裁决书: red committee name over a red rule, the title in black bold, body in 文楷."""
    a, r = c.applicant, c.respondent
    m, monthly, years = c.extra["months"], c.extra["monthly"], c.extra["years"]
    wages, comp = c.extra["wages"], c.extra["comp"]
    day = c.extra["award_day"]
    start = day - timedelta(days=rng.randint(50, 70))
    blocks: list[tuple[str, str]] = [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师（法律援助）。"),
        *_party_blocks("被申请人", r),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{cn_date(start)}立案受理后，依法组成仲裁庭，于"
              f"{cn_date(start + timedelta(days=28))}公开开庭进行了审理。申请人及其委托代理人到庭参加仲裁活动，被申请人经本委"
              "书面通知，无正当理由未到庭，本委依法缺席审理。本案现已审理终结。"),
        ("p", f"申请人请求：1.被申请人支付拖欠的{m}个月工资{wages:,.0f}元；2.被申请人支付解除劳动合同经济补偿金{comp:,.0f}元。"),
        ("p", f"本委查明：申请人于{day.year - years}年3月入职被申请人处，从事{c.extra['job']}工作，月工资{monthly}元，双方签订了书面"
              f"劳动合同。自{day.year - 1}年{13 - m if m < 12 else 1}月起，被申请人停发工资，至今拖欠申请人{m}个月工资共计"
              f"{wages:,.0f}元。{day.year - 1}年10月，被申请人停产，申请人以被申请人未及时足额支付劳动报酬为由解除劳动合同。"),
        ("p", "本委认为，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。被申请人拖欠申请人工资，"
              "应予支付。用人单位未及时足额支付劳动报酬，劳动者解除劳动合同的，用人单位应当向劳动者支付经济补偿。依照"
              "《中华人民共和国劳动合同法》第三十条、第三十八条第一款第二项、第四十六条第一项、第四十七条及《中华人民共和国"
              "劳动争议调解仲裁法》第四十七条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}拖欠工资{wages:,.0f}元；"),
        ("p", f"二、被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}解除劳动合同经济补偿金{comp:,.0f}元。"),
        ("p", "本裁决为终局裁决。劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼；用人单位有证据"
              "证明本裁决有《中华人民共和国劳动争议调解仲裁法》第四十九条规定情形之一的，可以自收到本裁决书之日起三十日内"
              "向周口市中级人民法院申请撤销裁决。一方当事人逾期不履行的，另一方当事人可以向有管辖权的人民法院申请执行。"),
    ]
    s = Sheet()
    top = AWARD.margins[2]
    s.centred(top, ARB, font("serif_bold", 60), spacing=4, fill=RED)
    s.line(AWARD.margins[0], top + 96, s.width - AWARD.margins[1], top + 96, width=6, fill=RED)
    s.centred(top + 130, "仲裁裁决书", font("serif_bold", 70), spacing=26)
    s.right(s.width - AWARD.margins[1], top + 235, c.basis_number, font("wenkai", 40))
    flow = typed(AWARD, blocks, first_y=top + 320, sheet=s)
    flow.need(74 * 5 + 100)
    last = flow.s
    x = last.width - AWARD.margins[1] - mm(80)
    y = flow.y + 60
    f = font("wenkai", 40)
    for role, name in (("首席仲裁员", person_name(rng)), ("仲 裁 员", person_name(rng)), ("仲 裁 员", person_name(rng))):
        last.text(x, y, role, f)
        last.text(x + mm(42), y, name, f)
        y += 74
    when = cn_date(day)
    last.text(x, y + 20, when, f)
    seal(last, x + text_width(when, f) / 2, y + 34, ARB, rng, radius=mm(21))
    last.text(x, y + 110, "书 记 员", f)
    last.text(x + mm(42), y + 110, person_name(rng), f)
    return folio(flow.sheets, f=font("wenkai", 32), style="court")


def _award_in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    served = c.extra["award_day"] + timedelta(days=rng.randint(2, 5))
    s = Sheet()
    top = AWARD.margins[2]
    s.centred(top, ARB, font("serif_bold", 56), spacing=4, fill=RED)
    s.line(AWARD.margins[0], top + 90, s.width - AWARD.margins[1], top + 90, width=6, fill=RED)
    s.centred(top + 150, "仲裁裁决书生效证明", font("serif_bold", 64), spacing=10)
    s.right(s.width - AWARD.margins[1], top + 250, f"周劳人仲证字〔{c.filed_on.year}〕第{rng.randint(10, 99)}号", font("wenkai", 38))
    flow = typed(AWARD, [
        ("f", f"{COURT}："),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{cn_date(c.extra['award_day'])}作出{c.basis_number}仲裁裁决书，"
              f"该裁决书已于{cn_date(served)}分别送达双方当事人。"),
        ("p", f"双方当事人在法定期限内均未向人民法院提起诉讼，被申请人亦未向周口市中级人民法院申请撤销裁决。该裁决书已于"
              f"{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
    ], first_y=top + 350, sheet=s)
    f = font("wenkai", 40)
    when = cn_date(c.filed_on - timedelta(days=rng.randint(3, 9)))
    x = s.width - AWARD.margins[1] - mm(12) - text_width(when, f)
    s.text(x, flow.y + 120, when, f)
    seal(s, x + text_width(when, f) / 2, flow.y + 130, ARB, rng, radius=mm(21))
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The applicant's 申请书, typed by its lawyer: three senders, three looks."""
    a, r = c.applicant, c.respondent
    tale = c.extra["tale"]
    asks = ("请求对被申请人采取限制消费措施；被申请人有履行能力而拒不履行的，请求将其纳入失信被执行人名单。")
    if tale == "machine":
        look = Look(face="wenkai", size=42, lead=1.8, margins=(mm(30), mm(28), mm(30), mm(30)))
        title, boxed = "申请执行书", False
        claims = [f"1.请求依法强制被申请人支付货款{c.amount:,.2f}元；", "2.请求责令被申请人加倍支付迟延履行期间的债务利息；",
                  "3.本案执行费用由被申请人负担；", f"4.{asks}"]
        reason = (f"申请人与被申请人买卖合同纠纷一案，经{COURT}{c.basis_number}民事判决、{APPEAL}{c.extra['appeal_number']}"
                  f"民事判决，判令被申请人支付申请人货款{c.amount:,.2f}元。判决已于{cn_date(c.basis_effective)}发生法律效力，"
                  "被申请人至今未履行。为维护申请人的合法权益，特依法向贵院申请强制执行。")
    elif tale == "wage":
        look = Look(face="song_gb", size=40, lead=1.9, margins=(mm(28), mm(28), mm(28), mm(30)))
        title, boxed = "强制执行申请书", True
        claims = [f"1.请求强制被申请人支付拖欠工资{c.extra['wages']:,.0f}元、经济补偿金{c.extra['comp']:,.0f}元，共计"
                  f"{c.amount:,.0f}元；", "2.请求责令被申请人加倍支付迟延履行期间的债务利息；", f"3.{asks}"]
        reason = (f"申请人与被申请人劳动争议一案，{ARB}于{num_date(c.extra['award_day'])}作出{c.basis_number}仲裁裁决书，裁决"
                  f"被申请人支付申请人工资及经济补偿金共计{c.amount:,.0f}元。该裁决已经发生法律效力，被申请人停产后法定代表人"
                  f"下落不明，至今分文未付。申请人系农民工，经{c.extra['aid_no']}法律援助决定，由{c.firm}指派律师代理，特依法申请"
                  "强制执行。")
    else:
        look = Look(face="microhei", size=38, lead=1.9, title_face="sans_bold", margins=(mm(25), mm(25), mm(28), mm(28)))
        title, boxed = "执行申请书", False
        claims = [f"一、请求强制被申请人偿还借款本金{c.extra['principal']:,.0f}元及逾期利息（暂计至申请之日{c.extra['interest']:,.0f}元），"
                  f"合计{c.amount:,.0f}元；", "二、请求责令被申请人加倍支付迟延履行期间的债务利息；", "三、执行费用由被申请人负担；",
                  f"四、{asks}"]
        reason = (f"申请人与被申请人民间借贷纠纷一案，{COURT}于{num_date(c.extra['judged_on'])}作出{c.basis_number}民事判决书，"
                  f"判决被申请人偿还申请人借款本金{c.extra['principal']:,.0f}元及逾期利息。该判决已经发生法律效力，被申请人至今"
                  "未履行还款义务，特依法申请强制执行。")
    s = Sheet()
    top = look.margins[2]
    tf = font(look.title_face, 70)
    w = s.centred(top, title, tf, spacing=title_gap(title, 70) * 0.6)
    if boxed:
        x0 = (s.width - w) / 2 - mm(8)
        s.box(x0, top - mm(4), s.width - x0, top + 70 + mm(4), width=4)
    cn = tale != "wage"
    blocks: list[tuple[str, str]] = [
        *_party_blocks("申请人", a, cn=cn),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        *_party_blocks("被申请人", r, cn=cn),
        ("g", ""), ("f", "请求事项："), *[("p", x) for x in claims],
        ("f", "事实与理由："), ("p", reason),
        ("p", "申请人提供被申请人财产线索如下：" + {
            "machine": "被申请人在河南商水农村商业银行、中国邮政储蓄银行商水县支行开有账户，麦收后有粮款、作业费收入。",
            "wage": "被申请人厂区内尚有部分缝纫设备、库存布料；被申请人名下有面包车一辆。",
            "loan": f"被申请人在{c.respondent.address[6:]}附近经营水果批发摊位，有一辆小型货车。"}[str(tale)]),
        ("f", "此致"), ("f", COURT),
    ]
    flow = typed(look, blocks, first_y=top + 70 + mm(14), sheet=s)
    flow.need(mm(50))
    f = _f(look)
    sx = flow.s.width - look.margins[1] - mm(92)
    y = flow.y + 40
    flow.s.text(sx, y, "申请人（签章）：", f)
    if a.kind == "organisation":
        seal(flow.s, sx + mm(56), y + 30, a.name, rng, radius=mm(19))
        write(flow.s, sx + mm(28), y + 70, a.legal_rep, rng, size=50, ink=BLACK, role="wenkai")
    else:
        write(flow.s, sx + mm(60), y - 6, a.name, rng, size=52, ink=BLACK, role="kai_gb")
        _thumb(flow.s, sx + mm(82), y + 10, rng)
    day = c.filed_on - timedelta(days=rng.randint(1, 4))
    flow.s.text(sx + mm(8), y + 140, _gb(look, num_date(day) if look.face == "microhei" else cn_date(day)), f)
    return folio(flow.sheets, f=_f(look, 30), style="slash")


def _thumb(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint (指印) pressed by a signature: an oval of broken concentric ridges."""
    gen = random.Random(rng.randint(0, 2**31))
    d = s.draw
    for k in range(9):
        rx, ry = mm(5.5) - k * mm(0.55), mm(7.2) - k * mm(0.7)
        if rx <= 2:
            break
        for seg in range(12):
            if gen.random() < 0.25:
                continue
            a0 = seg * 30 + gen.uniform(-6, 6)
            d.arc((x - rx, y - ry, x + rx, y + ry), a0, a0 + 24, fill=(200, 40 + gen.randint(0, 30), 50), width=3)


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """授权委托书 on the firm's printed form: the blanks filled, the 特别授权 ticked."""
    a = c.applicant
    s = Sheet()
    s.centred(mm(30), "授 权 委 托 书", font("serif_bold", 72), spacing=8)
    f = font("song_gb", 40)
    y: float = mm(58)
    rows = [("委托人", a.name), ("住所/住址", a.address), ("法定代表人" if a.kind == "organisation" else "公民身份号码",
                                                         a.legal_rep if a.kind == "organisation" else a.id_number),
            ("受托人", f"{c.agent}，{c.firm}律师"), ("联系电话", c.agent_phone)]
    for label, value in rows:
        s.text(mm(28), y, f"{label}：", f)
        lx = mm(28) + text_width(f"{label}：", f) + 10
        s.line(lx, y + 50, s.width - mm(26), y + 50, width=1)
        write(s, lx + 10, y - 6, value[:30], rng, size=42, ink=BLUE, role="kai")
        y += mm(13)
    flow = Flow([s], y + mm(6), left=mm(28), right=mm(26))
    flow.para(f"现委托上列受托人在申请执行{c.respondent.name}{c.extra['cause']}一案中，作为我方的执行代理人。", f, lead=76)
    flow.para("代理权限为：□一般代理　■特别授权（代为申请执行，代为提供财产线索，代为签收法律文书，代为参加执行听证、"
              "谈话，代为申请采取限制消费及纳入失信被执行人名单措施，代为达成、签署执行和解协议，代为申请终结或恢复执行，"
              "代为领取执行款）。", f, lead=76)
    flow.para("代理期限：自本委托书签署之日起至本案执行终结之日止。", f, lead=76)
    y = flow.y + mm(20)
    s.text(s.width - mm(110), y, "委托人（签名或盖章）：", f)
    if a.kind == "organisation":
        seal(s, s.width - mm(50), y + mm(16), a.name, rng, radius=mm(19))
        write(s, s.width - mm(70), y + mm(18), a.legal_rep, rng, size=50, ink=BLACK, role="wenkai")
    else:
        write(s, s.width - mm(60), y + mm(12), a.name, rng, size=52, ink=BLACK, role="kai_gb")
        _thumb(s, s.width - mm(36), y + mm(16), rng)
    s.text(s.width - mm(110), y + mm(34), "受托人（签名）：", f)
    write(s, s.width - mm(60), y + mm(32), c.agent, rng, size=50, ink=BLACK, role="wenkai")
    write(s, s.width - mm(90), y + mm(48), num_date(c.filed_on - timedelta(days=rng.randint(2, 6))), rng, size=42,
          ink=BLUE)
    s.text(mm(28), s.height - mm(26), f"{c.firm}监制", font("song_gb", 28))
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师事务所函 under a red letterhead: the firm's name in red, a red double rule, the letter number."""
    s = Sheet()
    s.centred(mm(24), c.firm, font("serif_bold", 68), spacing=6, fill=RED)
    s.line(mm(22), mm(42), s.width - mm(22), mm(42), width=7, fill=RED)
    s.line(mm(22), mm(44), s.width - mm(22), mm(44), width=2, fill=RED)
    short = c.firm.removeprefix("河南").removesuffix("律师事务所")
    s.right(s.width - mm(26), mm(50), f"豫{short}律函〔{c.filed_on.year}〕第{rng.randint(10, 240)}号", font("song_gb", 38))
    s.centred(mm(66), "律师事务所函", font("serif_bold", 64), spacing=12)
    aid = c.extra["tale"] == "wage"
    look = Look(face="song_gb", size=42, lead=1.85, margins=(mm(28), mm(26), mm(30), mm(30)))
    what = (f"受周口市川汇区法律援助中心指派（{c.extra.get('aid_no', '')}），" if aid else
            f"根据{c.applicant.name}的委托，")
    flow = typed(look, [
        ("f", f"{COURT}："),
        ("p", f"{what}本所指派{c.agent}律师担任申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}"
              f"执行一案申请执行人的代理人，{'提供法律援助，' if aid else ''}参与执行程序。"),
        ("p", "特此函告。"),
        ("g", ""),
        ("f", f"附：{'法律援助公函、' if aid else ''}授权委托书一份。"),
        ("f", f"本所地址：{c.extra['firm_addr']}　　联系电话：0394-8{rng.randint(100000, 999999)}"),
        ("f", f"承办律师：{c.agent}　　执业证号：{c.extra['licence']}"),
    ], first_y=mm(90), sheet=s)
    when = num_date(c.filed_on - timedelta(days=rng.randint(2, 6)))
    f = font("song_gb", 42)
    x = s.width - mm(30) - text_width(when, f)
    s.text(x, flow.y + mm(18), when, f)
    seal(s, x + text_width(when, f) / 2, flow.y + mm(20), c.firm, rng, radius=mm(21))
    return [s]


def _licence_booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's 执业证 copied open: the photo page and the particulars page side by side, the annual check stamp."""
    s = Sheet()
    x0, y0 = mm(14), mm(36)
    w, h = mm(88), mm(122)
    grey = (228, 226, 220)
    for k in range(2):
        x = x0 + k * (w + mm(6))
        s.draw.rectangle((x, y0, x + w, y0 + h), fill=grey, outline=(110, 110, 110), width=3)
    s.centred(mm(18), "律师执业证（复印件）", font("hei", 44))
    lf, vf = font("serif", 30), font("serif", 34)
    x = x0 + mm(6)
    s.draw.rectangle((x + mm(22), y0 + mm(10), x + mm(56), y0 + mm(54)), fill=(170, 170, 168))
    rows = [("姓　　名", c.agent), ("性　　别", rng.choice("男女")), ("执业机构", c.firm), ("执业证类别", "专职"),
            ("执业证号", c.extra["licence"]), ("法律职业资格\n或律师资格证号", f"A{rng.randint(2008, 2018)}4116{rng.randint(10**7, 10**8 - 1)}"),
            ("发证机关", "河南省司法厅"), ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y0 + mm(62)
    for label, value in rows[:3]:
        s.text(x, ty, label, lf)
        s.text(x + mm(24), ty - 2, value, vf)
        ty += mm(10)
    x = x0 + w + mm(12)
    ty = y0 + mm(10)
    for label, value in rows[3:]:
        for k, part in enumerate(label.split("\n")):
            s.text(x, ty + k * 34, part, lf)
        s.text(x + mm(30), ty, value, vf if len(value) < 20 else font("serif", 28))
        ty += mm(14)
    s.text(x, y0 + mm(86), "律师年度考核备案", font("hei", 30))
    stamp(s, x + mm(4), y0 + mm(94), [f"{c.filed_on.year - 1}年度", "考核结果：称职"], rng, size_mm=3.8)
    write(s, mm(24), y0 + h + mm(22), "本复印件与原件一致", rng, size=50, ink=BLACK, role="wenkai")
    write(s, mm(110), y0 + h + mm(22), c.agent, rng, size=54, ink=BLACK, role="wenkai")
    return [s]


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card copied one above the other in the middle of the page, the holder's note and thumbprint."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2 + rng.uniform(-mm(5), mm(5))
    y = mm(40)
    shade = (206, 206, 204)
    for k in range(2):
        yy = y + k * (h + mm(14))
        s.draw.rounded_rectangle((x, yy, x + w, yy + h), radius=mm(3.5), fill=shade, outline=(90, 90, 90), width=2)
    lab, val = font("hei", 24), font("hei", 30)
    born = p.born or date(1980, 1, 1)
    ty = y + mm(5)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")):
        s.text(x + mm(4), ty, label, lab, fill=(70, 70, 70))
        s.text(x + mm(15), ty - 3, value, val)
        ty += mm(7.5)
    s.text(x + mm(4), ty, "住址", lab, fill=(70, 70, 70))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(15), ty - 3, p.address[k:k + 12], val)
        ty += mm(5.2)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(70, 70, 70))
    s.text(x + mm(25), y + h - mm(9), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(27), y + mm(7), x + w - mm(5), y + mm(35)), fill=(128, 128, 128))
    yb = y + h + mm(14)
    s.draw.ellipse((x + mm(5), yb + mm(5), x + mm(20), yb + mm(20)), outline=(100, 100, 100), width=3)
    s.text(x + mm(26), yb + mm(7), "中华人民共和国", font("hei", 36))
    s.text(x + mm(20), yb + mm(18), "居民身份证", font("hei", 54), spacing=10)
    office = {"411602": "周口市公安局川汇分局", "411603": "周口市公安局淮阳分局", "411623": "商水县公安局"}.get(
        p.id_number[:6], "周口市公安局川汇分局")
    s.text(x + mm(8), yb + h - mm(16), f"签发机关　{office}", lab)
    start = rng.randint(2013, 2021)
    s.text(x + mm(8), yb + h - mm(9), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-"
           f"{start + 20}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}", lab)
    ny = yb + h + mm(22)
    write(s, mm(40), ny, "此复印件与原件一致，仅供川汇区法院执行使用", rng, size=44, ink=BLUE, role="kai")
    write(s, mm(110), ny + mm(16), p.name, rng, size=54, ink=BLACK, role="kai_gb")
    _thumb(s, mm(150), ny + mm(22), rng)
    write(s, mm(110), ny + mm(32), num_date(c.filed_on - timedelta(days=rng.randint(1, 5))), rng, size=40, ink=BLUE)
    return [s]


def _org_papers(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本）copied portrait — the emblem, the QR code, two columns — and the 法定代表人身份证明书 on a sheet of
    its own."""
    s = Sheet()
    coop = p.name.endswith("合作社")
    frame_c = (140, 100, 50)
    x0, y0, x1, y1 = mm(18), mm(16), s.width - mm(18), mm(200)
    s.box(x0, y0, x1, y1, width=10, outline=frame_c)
    s.box(x0 + 18, y0 + 18, x1 - 18, y1 - 18, width=2, outline=frame_c)
    cx = s.width / 2
    s.draw.ellipse((cx - mm(10), y0 + mm(8), cx + mm(10), y0 + mm(28)), outline=(120, 90, 40), width=4)
    s.centred(y0 + mm(32), "营 业 执 照", font("serif_bold", 96), spacing=20)
    s.centred(y0 + mm(52), "（副　本）", font("serif", 36))
    s.text(x0 + mm(10), y0 + mm(62), f"统一社会信用代码　{p.id_number}", font("serif", 32))
    gen = random.Random(rng.randint(0, 2**31))
    qx, qy, cell = x0 + mm(10), y0 + mm(74), mm(1.2)
    for i in range(21):
        for j in range(21):
            if gen.random() < 0.5 or (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7):
                s.draw.rectangle((qx + i * cell, qy + j * cell, qx + (i + 1) * cell - 1, qy + (j + 1) * cell - 1), fill=INK)
    f = font("serif", 32)
    rows = [("名　　称", p.name), ("类　　型", "农民专业合作社" if coop else "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep),
            ("经营范围", "农业机械作业服务；粮食种植、收购；农业技术推广" if coop else
             ("农业机械及配件销售；农机维修服务" if "农业机械" in p.name else "服装、服饰制造、加工、销售")),
            ("成员出资总额" if coop else "注册资本", f"{gen.choice([50, 120, 200, 500])}万元"),
            ("成立日期", f"{gen.randint(2009, 2019)}年{gen.randint(1, 12)}月{gen.randint(1, 28)}日"),
            ("住　　所", p.address)]
    ty = y0 + mm(76)
    for label, value in rows:
        s.text(x0 + mm(44), ty, label, f)
        parts = [value[k:k + 17] for k in range(0, len(value), 17)]
        for k, part in enumerate(parts):
            s.text(x0 + mm(80), ty + k * 44, part, f)
        ty += mm(10) + 44 * (len(parts) - 1)
    reg = "商水县市场监督管理局" if "商水" in p.address else "周口市川汇区市场监督管理局"
    s.text(x1 - mm(80), y1 - mm(34), "登记机关", f)
    seal(s, x1 - mm(46), y1 - mm(30), reg, rng, radius=mm(18))
    s.text(x1 - mm(84), y1 - mm(18), f"{c.filed_on.year - 1}年{gen.randint(1, 12)}月{gen.randint(1, 28)}日", f)
    stamp(s, x0 + mm(6), y1 + mm(10), ["复印件与原件一致"], rng, size_mm=5.0)
    seal(s, x0 + mm(90), y1 + mm(22), p.name, rng, radius=mm(19))
    second = Sheet()
    second.starts_document = True
    look = Look(face="serif", size=42, lead=1.9, margins=(mm(30), mm(28), mm(40), mm(30)))
    second.centred(mm(40), "法定代表人身份证明书", font("serif_bold", 62), spacing=8)
    rep = "理事长" if coop else "法定代表人"
    flow = typed(look, [
        ("p", f"{p.legal_rep}在我{'社' if coop else '公司'}任{rep}职务，是我{'社' if coop else '公司'}的法定代表人。"),
        ("p", "特此证明。"), ("g", ""),
        ("f", f"附：法定代表人住址、联系电话：{p.address}，{p.phone}。"),
    ], first_y=mm(72), sheet=second)
    when = cn_date(c.filed_on - timedelta(days=rng.randint(4, 20)) if p is c.applicant else c.day(12))
    f2 = font("serif", 42)
    x = second.width - mm(32) - text_width(when, f2)
    second.text(x - mm(24), flow.y + mm(20), p.name + "（盖章）", f2)
    second.text(x, flow.y + mm(40), when, f2)
    seal(second, x + text_width(when, f2) / 2, flow.y + mm(36), p.name, rng, radius=mm(20))
    return [s, second]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """河南省非税收入一般缴款书 printed in brick red on the upper half of the sheet, the bank's 转讫 stamp over it."""
    s = Sheet()
    f = font("song_gb", 30)
    s.centred(mm(20), "河南省非税收入一般缴款书", font("song_gb", 54), spacing=6, fill=BRICK)
    s.line(mm(62), mm(33), s.width - mm(62), mm(33), width=2, fill=BRICK)
    s.line(mm(62), mm(34.5), s.width - mm(62), mm(34.5), width=2, fill=BRICK)
    s.text(mm(16), mm(38), f"执收单位编码：411602{rng.randint(100, 999)}　　填制日期：{num_date(c.filed_on)}", f, fill=BRICK)
    s.right(s.width - mm(16), mm(38), f"No 41{rng.randint(10**8, 10**9 - 1)}", font("mono", 30), fill=BRICK)
    w = s.width - mm(32)
    fee: Decimal = c.extra["fee"]
    rows = [["付款人", "全　称", c.applicant.name, "收款人", "全　称", "周口市川汇区财政局"],
            ["", "账　号", "", "", "账　号", f"4105{rng.randint(10**10, 10**11 - 1)}"],
            ["", "开户银行", "", "", "开户银行", "中国银行周口川汇支行"],
            ["执收单位名称", COURT], ["项目编码", "项目名称", "单位", "数量", "收缴标准", "金额"],
            ["1031301", "诉讼费（申请执行费）", "件", "1", f"{fee:,.2f}", f"{fee:,.2f}"],
            ["金额合计（大写）", money_caps(fee)], ["备注", f"案号：{c.number}"]]
    widths = [mm(24), mm(24), w / 2 - mm(48), mm(24), mm(24), w / 2 - mm(48)]
    frame(s, mm(16), mm(46), widths, rows, font("song_gb", 28), heights=mm(10), labels=(), outer=4, inner=1, ink=BRICK)
    s.text(mm(16), mm(130), "执收单位（盖章）　　　　经办人：　　　　　　　　付款人开户银行（盖章）", f, fill=BRICK)
    seal(s, mm(54), mm(122), COURT, rng, radius=mm(16), inner="财务专用章")
    stamp(s, s.width - mm(74), mm(112), ["中国银行周口川汇支行", num_date(c.filed_on + timedelta(days=1)), "转讫"], rng,
          size_mm=3.6)
    s.text(mm(16), mm(140), "第一联　收据联（交款人收执）", font("song_gb", 26), fill=BRICK)
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 诉讼服务中心's printed forms, filled in ballpoint by the party or its lawyer."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(24), COURT, font("song_gb", 44), spacing=6)
    w = s.width - mm(50)
    tale = str(c.extra["tale"])
    who = a.legal_rep if a.kind == "organisation" else a.name
    if code == "payment_account_confirmation":
        title = "申请执行人收取案款确认书"
        rows = [("案　　号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = ("申请执行人确认：本院执行到位的款项，转入上述账户即视为已发放；账户信息有误或变更未告知本院的，责任自负。"
                "申请执行人未经本院同意不得另行直接收取被执行人的款项，直接收取的应于三日内告知本院。")
    elif code == "service_address_confirmation":
        title = "当事人送达地址确认书"
        rows = [("案　　号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", f"{c.agent}（委托代理人）"),
                ("联系电话", c.agent_phone), ("电子送达", f"同意，手机号码{c.agent_phone}")]
        note = ("1.受送达人确认的送达地址适用于执行程序；2.因受送达人提供或确认的地址不准确、变更后未及时告知，导致法律文书"
                "未能被实际接收的，邮寄送达的以文书退回之日视为送达之日；3.受送达人同意电子送达的，送达信息到达受送达人特定"
                "系统的日期为送达日期。")
        who = c.agent
    else:
        title = "被执行人财产线索提供表"
        if tale == "machine":
            clue = f"1.{c.extra['deduct'][0][0]}账户；2.{c.extra['deduct'][1][0]}账户；3.合作社收割机、拖拉机各一台"
        else:
            clue = {"wage": "1.厂区缝纫设备约四十台；2.库存面料、成衣；3.面包车一辆（豫P牌照，号码不详）",
                    "loan": "1.被执行人在五一路水果批发市场有摊位；2.小型货车一辆；3.微信、支付宝收款"}[tale]
        rows = [("案　　号", c.number), ("被执行人", r.name), ("证照号码", r.id_number), ("住所/住址", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人掌握及调查")]
        note = "申请执行人应当如实提供财产线索，所提供线索不实的，由申请执行人承担相应后果。本院将在七日内对线索进行核查。"
    s.centred(mm(38), title, font("hei", 60), spacing=title_gap(title, 60) * 0.4)
    hs = [max(mm(15), mm(8) * (-(-len(v) // 22)) + mm(7)) for _, v in rows]
    boxes = frame(s, mm(25), mm(56), [mm(38), w - mm(38)], [[label, ""] for label, _ in rows], font("song_gb", 36),
                  heights=hs, label_font=font("song_gb", 36))
    for (_label, value), row in zip(rows, boxes, strict=True):
        b = row[1]
        for k in range(0, len(value), 22):
            write(s, b[0] + mm(4), b[1] + mm(3.5) + (k // 22) * mm(8), value[k:k + 22], rng, size=40, ink=BLUE)
    flow = Flow([s], boxes[-1][0][3] + mm(8), left=mm(25), right=mm(25))
    flow.para(note, font("song_gb", 32), lead=54, indent=2)
    y = flow.y + mm(14)
    s.text(s.width - mm(120), y, "确认人（签名或盖章）：", font("song_gb", 36))
    write(s, s.width - mm(52), y - 8, who, rng, size=52, ink=BLACK, role="wenkai")
    if a.kind == "organisation" and code != "service_address_confirmation":
        seal(s, s.width - mm(48), y + mm(8), a.name, rng, radius=mm(18))
    write(s, s.width - mm(84), y + mm(18), num_date(c.filed_on), rng, size=42, ink=BLUE)
    s.text(mm(25), s.height - mm(24), f"{COURT}诉讼服务中心制", font("song_gb", 26))
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """财产申报表 sent with the 报告财产令, filled by the respondent: a table of kinds of property, 有/无 and details."""
    r = c.respondent
    tale = str(c.extra["tale"])
    s = Sheet()
    s.centred(mm(22), "被执行人财产申报表", font("hei", 62), spacing=6)
    s.text(mm(22), mm(38), f"案号：{c.number}", font("song_gb", 32))
    s.right(s.width - mm(22), mm(38), f"申报人：{r.name}", font("song_gb", 32))
    if tale == "machine":
        have = {"银行存款": f"商水农商行、邮储银行各一户，约{int(c.amount * Decimal('1.1')):,}元", "机动车辆": "拖拉机、收割机各一台（作业用）",
                "应收款项": "社员作业费约三万元"}
    elif tale == "wage":
        have = {"银行存款": "基本户余额不足一千元", "机器设备": "缝纫设备已被出租方收回"}
    else:
        have = {"收入": "水果批发，每月约四千元", "机动车辆": "五菱小货车一辆（按揭中）", "银行存款": "农行卡一张，余额约两千元"}
    kinds = ["收入", "银行存款", "现金、理财", "有价证券", "不动产", "机动车辆", "机器设备", "应收款项", "股权、投资", "其他财产"]
    rows = [["财产类型", "有/无", "财产名称、数量、所在地等"]] + [[k, "", ""] for k in kinds]
    w = s.width - mm(44)
    boxes = frame(s, mm(22), mm(48), [mm(36), mm(20), w - mm(56)], rows, font("song_gb", 32), heights=mm(14.5),
                  labels=(0,), label_font=font("song_gb", 32))
    hand_role = "kai_gb" if tale != "machine" else "wenkai"
    for k, row in zip(kinds, boxes[1:], strict=True):
        mark = "有" if k in have else "无"
        write(s, row[1][0] + mm(5), row[1][1] + mm(2.5), mark, rng, size=40, ink=BLACK, role=hand_role)
        if k in have:
            write(s, row[2][0] + mm(3), row[2][1] + mm(2.5), have[k][:24], rng, size=38, ink=BLACK, role=hand_role)
    y = boxes[-1][0][3] + mm(8)
    s.text(mm(22), y, "申报人承诺：以上申报内容真实、完整，如有隐瞒或虚假，愿承担法律责任。", font("song_gb", 32))
    who = r.legal_rep if r.kind == "organisation" else r.name
    s.text(s.width - mm(110), y + mm(16), "申报人（签名/盖章）：", font("song_gb", 34))
    write(s, s.width - mm(46), y + mm(14), who, rng, size=50, ink=BLACK, role=hand_role)
    if r.kind == "organisation":
        seal(s, s.width - mm(46), y + mm(24), r.name, rng, radius=mm(17))
    write(s, s.width - mm(86), y + mm(32), num_date(d), rng, size=40, ink=BLACK, role=hand_role)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控 system's feedback list, printed from the browser: a grey title bar, small sans type, two pages."""
    r = c.respondent
    tale = str(c.extra["tale"])
    sf = font("sans", 24)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "河南省农村信用社联合社",
             "中原银行", "招商银行", "浦发银行", "平安银行", "郑州银行"]
    others = [("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"), ("公安部交通管理局", "车辆"),
              ("自然资源部（不动产登记）", "不动产"), ("中国证券登记结算有限责任公司", "证券"), ("国家市场监督管理总局", "工商登记"),
              ("中国银保监会（保险）", "保险"), ("住房公积金管理中心", "公积金")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "账号/明细", "余额/数量", "冻结状态", "反馈时间"]]
    gen = random.Random(rng.randint(0, 2**31))
    for i, bank in enumerate(banks, 1):
        res, acct, bal, frz = "无账户", "—", "—", "—"
        if tale == "machine" and bank in ("中国邮政储蓄银行", "河南省农村信用社联合社"):
            _b, a_, amt = c.extra["deduct"][1 if bank == "中国邮政储蓄银行" else 0]
            res, acct, bal, frz = "有账户", a_, f"{amt + Decimal(gen.randint(200, 9000)):,.2f}", "已冻结"
        elif tale == "wage" and bank == "中国农业银行":
            res, acct, bal, frz = "有账户", f"1652{gen.randint(10**10, 10**11 - 1)}", f"{gen.randint(10, 900)}.{gen.randint(10, 99)}", "已冻结"
        elif tale == "loan" and bank == "中国农业银行":
            res, acct, bal, frz = "有账户", f"6228{gen.randint(10**14, 10**15 - 1)}", f"{gen.randint(500, 3000)}.{gen.randint(10, 99)}", "已冻结"
        rows.append([str(i), bank, "存款", res, acct, bal, frz, f"{d + timedelta(days=gen.randint(0, 2)):%m-%d} {gen.randint(8, 18):02d}:{gen.randint(0, 59):02d}"])
    for j, (unit, kind) in enumerate(others, len(banks) + 1):
        res, detail = "无", "—"
        if tale == "loan" and kind == "车辆":
            res, detail = "有", "豫P·" + "".join(gen.choice("0123456789ABCDEFGHJK") for _ in range(5)) + " 五菱牌货车"
        elif tale == "machine" and kind == "车辆":
            res, detail = "无", "农机不在机动车登记范围"
        elif tale == "wage" and kind == "工商登记":
            res, detail = "有", "本企业登记信息（无对外投资）"
        rows.append([str(j), unit, kind, res, detail, "—", "—", f"{d + timedelta(days=gen.randint(1, 4)):%m-%d}"])
    sheets: list[Sheet] = []
    parts = [rows[:13], [rows[0], *rows[13:]]]
    widths = [mm(10), mm(46), mm(17), mm(17), mm(44), mm(22), mm(15), mm(20)]
    for k, part in enumerate(parts, 1):
        s = Sheet()
        s.draw.rectangle((mm(10), mm(10), s.width - mm(10), mm(24)), fill=(225, 225, 225))
        s.text(mm(14), mm(12), "全国法院网络执行查控系统　　查询结果反馈", font("sans_bold", 40))
        s.right(s.width - mm(12), mm(28), f"第{k}页/共{len(parts)}页", sf)
        s.text(mm(12), mm(30), f"案号：{c.number}　　承办人：{c.officer}　　查询对象：{r.name}", font("sans", 28))
        s.text(mm(12), mm(37), f"证照号码：{r.id_number}　　查询发起：{d:%Y-%m-%d}　　查询类型：总对总、点对点", font("sans", 28))
        frame(s, mm(12), mm(46), widths, part, sf, heights=mm(12), labels=(), outer=2, inner=1)
        s.text(mm(12), s.height - mm(16), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d}", sf)
        s.right(s.width - mm(12), s.height - mm(16), "http://zxcx.court.gov.cn/zhcx/feedback", sf)
        if k > 1:
            s.page_of = (k, len(parts))
        sheets.append(s)
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed at the bureau with the instalments in a table, both parties' signatures and thumbprints."""
    a, r = c.applicant, c.respondent
    plan: list[tuple[date, Decimal]] = c.extra["instalments"]
    s = Sheet()
    s.centred(mm(24), "执行和解协议", font("serif_bold", 70), spacing=16)
    look = Look(face="serif", size=38, lead=1.7, margins=(mm(26), mm(24), mm(28), mm(28)))
    flow = typed(look, [
        ("h", f"甲方（申请执行人）：{_who(a, cn=False)}"),
        ("h", f"乙方（被执行人）：{_who(r, cn=False)}"),
        ("p", f"甲乙双方民间借贷纠纷一案，{COURT}{c.basis_number}民事判决书已经发生法律效力，甲方申请执行，案号为{c.number}。"
              "经执行法官主持，双方自愿达成和解协议如下："),
        ("p", f"一、双方确认，乙方尚欠甲方借款本金及利息共计{money(c.amount)}，甲方自愿放弃迟延履行期间的债务利息。"),
        ("p", "二、乙方按下表分四期将款项交至本院执行款专户："),
    ], first_y=mm(42), sheet=s)
    rows = [["期次", "付款期限", "金额（元）"]] + [[f"第{k}期", num_date(day), f"{amt:,.2f}"] for k, (day, amt) in enumerate(plan, 1)]
    rows.append(["合计", "", f"{c.amount:,.2f}"])
    flow.need(mm(10) * len(rows) + 40)
    boxes = frame(flow.s, mm(40), flow.y + 10, [mm(30), mm(60), mm(50)], rows, font("serif", 32), heights=mm(10),
                  labels=(0,), label_font=hei(32), centre_all=True)
    flow.y = boxes[-1][0][3] + 30
    for text in ["三、乙方任何一期未按期足额付款的，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除。",
                 "四、乙方按期付清全部款项后，本案执行完毕，甲方不再主张其他权利。",
                 "五、本协议一式三份，甲乙双方各执一份，交法院附卷一份，自双方签字（捺印）之日起生效。"]:
        flow.para(text, font("serif", 38), lead=65)
    flow.need(mm(62))
    t = flow.s
    y = flow.y + mm(10)
    f = font("serif", 38)
    t.text(mm(26), y, "甲方（签名捺印）：", f)
    write(t, mm(26) + mm(64), y - 8, a.name, rng, size=54, ink=BLACK, role="kai_gb")
    _thumb(t, mm(26) + mm(96), y + 18, rng)
    t.text(t.width / 2 + mm(6), y, "乙方（签名捺印）：", f)
    write(t, t.width / 2 + mm(70), y - 8, r.name, rng, size=54, ink=BLACK, role="wenkai")
    _thumb(t, t.width / 2 + mm(96), y + 18, rng)
    t.text(mm(26), y + mm(18), f"主持人：执行员{c.officer}　　记录：书记员{c.clerk}", f)
    t.text(mm(26), y + mm(31), f"签订日期：{cn_date(d)}", f)
    t.text(mm(26), y + mm(43), f"签订地点：{COURT}执行局调解室", f)
    return folio(flow.sheets, f=font("serif", 30), style="plain")


def _bank_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 电子回单 of the court's payment out of its 执行款专户 to the dealer, with the 案款发放 note typed under."""
    s = Sheet()
    f = font("sans", 30)
    paid: date = c.extra["paid_out"]
    green = (20, 110, 90)
    y = mm(20)
    s.box(mm(16), y, s.width - mm(16), y + mm(112), width=3, outline=green)
    s.centred(y + mm(5), "中国农业银行　网上银行电子回单", font("sans_bold", 44), fill=green)
    s.text(mm(22), y + mm(17), f"电子回单号码：{rng.randint(10**15, 10**16 - 1)}　　　交易日期：{paid:%Y年%m月%d日}", f)
    w = s.width - mm(44)
    rows = [["付款人", "户名", f"{COURT}（执行款专户）", "收款人", "户名", c.applicant.name],
            ["", "账号", c.extra["court_acct"], "", "账号", c.extra["in_acct"]],
            ["", "开户行", "中国农业银行周口川汇支行", "", "开户行", c.extra["in_bank"]],
            ["金额", f"人民币（大写）{money_caps(c.amount)}　　¥{c.amount:,.2f}"],
            ["摘要", f"{c.number}案款发放"], ["用途", "执行款"],
            ["交易流水", f"{paid:%Y%m%d}{rng.randint(10**11, 10**12 - 1)}"]]
    frame(s, mm(22), y + mm(26), [mm(20), mm(18), w / 2 - mm(38), mm(20), mm(18), w / 2 - mm(38)], rows,
          font("sans", 26), heights=mm(10), labels=(), outer=3, inner=1, ink=green)
    seal(s, s.width - mm(50), y + mm(94), "中国农业银行周口川汇支行", rng, radius=mm(15), inner="电子回单专用章")
    s.text(mm(22), y + mm(102), "重要提示：本回单不作为收款方发货依据，请勿重复记账。", font("sans", 24), fill=green)
    y2 = y + mm(130)
    s.centred(y2, "执行案款发放凭证", font("hei", 52), spacing=8)
    boxes = frame(s, mm(22), y2 + mm(14), [mm(36), s.width - mm(80)], [
        ["案　号", c.number], ["领款人", c.applicant.name], ["发放金额", f"{c.amount:,.2f}元"],
        ["款项来源", "；".join(f"{b}扣划{amt:,.2f}元" for b, _a, amt in c.extra["deduct"])],
        ["发放方式", "转账至申请执行人确认账户"], ["承办人", ""], ["审批人", ""]], font("song_gb", 30), heights=mm(13),
        label_font=font("hei", 30))
    write(s, boxes[5][1][0] + mm(6), boxes[5][1][1] + mm(2), f"{c.officer}　{num_date(paid - timedelta(days=1))}", rng, size=38)
    write(s, boxes[6][1][0] + mm(6), boxes[6][1][1] + mm(2), f"{c.extra['chief']}　{num_date(paid - timedelta(days=1))}", rng,
          size=38, ink=BLACK, role="kai_gb")
    return [s]


def _instalment_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """执行款领取确认书: the four instalments in a ruled table, each received and signed for by the lender."""
    a = c.applicant
    plan: list[tuple[date, Decimal]] = c.extra["instalments"]
    paid: date = c.extra["paid_out"]
    s = Sheet()
    s.centred(mm(24), COURT, font("song_gb", 46), spacing=6)
    s.centred(mm(38), "执行款领取确认书", font("hei", 62), spacing=10)
    s.text(mm(24), mm(54), f"案号：{c.number}　　申请执行人：{a.name}　　被执行人：{c.respondent.name}", font("song_gb", 32))
    w = s.width - mm(48)
    rows = [["期次", "交款日期", "交款金额（元）", "发放日期", "领款人签名"]]
    for k, (day, amt) in enumerate(plan, 1):
        rows.append([f"第{k}期", num_date(day), f"{amt:,.2f}", num_date(day + timedelta(days=3)), ""])
    rows.append(["合计", "", f"{c.amount:,.2f}", "", ""])
    boxes = frame(s, mm(24), mm(64), [mm(20), mm(38), mm(36), mm(38), w - mm(132)], rows, font("song_gb", 30),
                  heights=mm(15), labels=(0,), label_font=font("hei", 30), centre_all=True)
    for row in boxes[1:-1]:
        write(s, row[4][0] + mm(6), row[4][1] + mm(3), a.name, rng, size=46, ink=BLACK, role="kai_gb")
    y = boxes[-1][0][3] + mm(12)
    flow = Flow([s], y, left=mm(24), right=mm(24))
    flow.para(f"本人确认已足额收到被执行人{c.respondent.name}按执行和解协议交纳的全部执行款{money(c.amount)}，本案执行完毕，"
              "本人不再向被执行人主张权利。", font("song_gb", 38), lead=68)
    y = flow.y + mm(16)
    s.text(s.width - mm(120), y, "确认人（签名捺印）：", font("song_gb", 36))
    write(s, s.width - mm(52), y - 8, a.name, rng, size=54, ink=BLACK, role="kai_gb")
    _thumb(s, s.width - mm(30), y + 16, rng)
    write(s, s.width - mm(86), y + mm(18), num_date(paid), rng, size=42, ink=BLACK, role="kai_gb")
    s.text(mm(24), y + mm(36), f"经办人：{c.clerk}", font("song_gb", 34))
    return [s]
