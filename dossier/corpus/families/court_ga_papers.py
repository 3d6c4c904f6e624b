"""What 袁州法院执行局 receives, and the window forms it hands out. The senders print on white paper: the court's civil
division its 民事判决书 and 生效证明书 (Noto serif, a centred ·n· folio), the 宜春仲裁委员会 its 裁决书 in 文楷 under a
letter-spaced name, the lawyers their applications in 微软雅黑-like sans with a ruled title and their 授权委托书 in GB 宋,
the firm its letter under a red letterhead, the parties photocopies of ID cards, licences and the lawyer's licence, the
tax bureau's agent bank a violet 缴款书, the banks their 回单. The window's forms and the 查控 printout come off the
bureau's own printer on the grey recycled stock and are filled in by the parties in dark ballpoint."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_ga_kit import (
    BALL,
    COURT,
    LEFT,
    RECYCLED,
    RIGHT,
    TOP,
    WHITE,
    Pages,
    folio,
    form_title,
    frame,
    hei,
    serif,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "宜春仲裁委员会"
VIOLET = (92, 60, 150)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_ga import made_on

    d = made_on(c, code)
    tea = c.extra["tale"] == "tea"
    if code == "enforcement_basis":
        return _award(c, rng) if tea else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _arb_effect(c, rng) if tea else _civil_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _charter(p, c, rng, d) if p.kind == "organisation" else _id_copy(p, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng, d)
    raise KeyError(code)


def _party(p: Party) -> str:
    if p.kind == "organisation":
        head = "负责人" if p.name.endswith("合作社") else "法定代表人"
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{head}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，身份证号{p.id_number}。"


def _story(c: CaseCtx) -> tuple[str, str]:
    """(what happened, what the judgment held) in the civil division's words."""
    a, r = c.applicant, c.respondent
    if c.extra["tale"] == "mica":
        plant = c.extra["plant"]
        return ((f"2022年6月，被告将其{plant}的颚式破碎机、圆锥破碎机和两台球磨机的大修工程交由原告承揽，约定工程款按验收后"
                 f"结算。原告完成维修并经被告设备部验收，双方于2023年1月结算确认工程款{c.amount:,.2f}元，被告至今未付。"),
                "原、被告之间的承揽合同合法有效。原告已完成承揽工作并交付，被告在结算单上签章确认，应当支付报酬。被告辩称"
                "锂云母价格下跌、资金周转困难，不是拒付报酬的合法理由。")
    return ((f"2022年7月至11月，原告组织社员向被告交售早稻、晚稻共计{c.extra['tons']}吨，双方按宜春大米收购价结算。被告支付"
             f"部分谷款后，于2023年3月向原告出具对账单，确认尚欠谷款{c.amount:,.2f}元。"),
            f"原告已交付稻谷，被告出具对账单确认欠款，{r.name}应当支付价款。{a.name}的诉讼请求有事实和法律依据，本院予以支持。")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment on white paper: court name and heavy title, the number set right, Noto serif."""
    a, r = c.applicant, c.respondent
    fact, held = _story(c)
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    s = Sheet(paper=WHITE)
    s.centred(TOP, COURT, serif(54), spacing=3)
    s.centred(TOP + 90, "民事判决书", font("serif_bold", 84), spacing=30)
    s.right(s.width - mm(26), TOP + 220, c.basis_number, serif(40))
    run = Pages(WHITE, first=s, y=TOP + 310, left=mm(28), right=mm(26), foot=mm(30))
    f = serif(40)
    for kind, text in [
        ("h", f"原告：{_party(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_party(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用简易"
              f"程序，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告的委托诉讼代理人{person_name(rng)}"
              "到庭参加诉讼。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：被告支付{'工程款' if c.extra['tale'] == 'mica' else '谷款'}{c.amount:,.2f}元及"
              f"逾期付款利息。事实和理由：{fact}"),
        ("p", f"{r.name}辩称：欠款属实，但公司目前经营困难，请求给予宽限。"),
        ("p", f"本院经审理认定：{fact}"),
        ("p", f"本院认为，{held}依照《中华人民共和国民法典》第五百零九条、第五百七十七条、"
              f"{'第七百八十二条' if c.extra['tale'] == 'mica' else '第六百二十六条'}的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 90 + 30}元，减半收取，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于江西省"
              "宜春市中级人民法院。"),
    ]:
        run.para(text, f, lead=70, indent=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    run.room(400)
    last, y = run.s, run.y + 60
    x = last.width - mm(96)
    last.text(x, y, f"审判员　{c.extra['civil_judge']}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(16, 24)))
    last.text(x, y + 100, when, f)
    seal(last, x + text_width(when, f) / 2, y + 110, COURT, rng, radius=mm(20))
    last.text(x - mm(8), y + 190, "本件与原本核对无异", font("kai", 32))
    last.text(x, y + 260, f"书记员　{person_name(rng)}", f)
    return folio(run.sheets, f=serif(32), style="dot")


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """宜春仲裁委员会's 裁决书: the commission's name letter-spaced in bold 文楷, 裁决书 under it, body in 文楷."""
    a, r = c.applicant, c.respondent
    s = Sheet(paper=WHITE)
    s.centred(TOP, ARB, font("wenkai_bold", 64), spacing=24)
    s.centred(TOP + 104, "裁　决　书", font("wenkai_bold", 86), spacing=12)
    s.right(s.width - mm(28), TOP + 232, c.basis_number, font("wenkai", 40))
    run = Pages(WHITE, first=s, y=TOP + 320, left=mm(30), right=mm(28), foot=mm(30))
    f = font("wenkai", 42)
    heard = c.basis_effective - timedelta(days=rng.randint(25, 45))
    inn = c.extra["inn"]
    for kind, text in [
        ("h", f"申请人：{_party(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_party(r)}"),
        ("p", f"本会根据申请人与被申请人于2022年4月签订的《富硒茶供货合同》中的仲裁条款，于{cn_date(heard - timedelta(days=35))}"
              f"受理了申请人提出的仲裁申请。本案适用简易程序，由独任仲裁员审理，于{cn_date(heard)}在本会开庭。双方均到庭。"),
        ("p", f"申请人称：其在温汤镇经营{inn}，自种自制富硒绿茶。2022年4月起按合同向被申请人供应礼盒装富硒茶，供酒店客房和"
              f"商品部使用，至2022年12月共供货货值{c.amount + 12000:,.2f}元，被申请人仅付12,000元，余款经催要未付。"),
        ("p", "被申请人称：收货和欠款数额属实，受淡季影响，资金紧张，愿意分期支付。"),
        ("p", "仲裁庭认为：双方的供货合同合法有效。申请人已按约供货，被申请人应按约付款。依照《中华人民共和国民法典》第五百零九条、"
              "第六百二十六条，《中华人民共和国仲裁法》第五十四条的规定，裁决如下："),
        ("p", f"被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付货款{c.amount:,.2f}元。"),
        ("p", "本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]:
        run.para(text, f, lead=74, indent=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    run.room(300)
    last, y = run.s, run.y + 60
    x = last.width - mm(100)
    last.text(x, y, f"独任仲裁员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective)
    last.text(x, y + 100, when, f)
    seal(last, x + mm(36), y + 110, ARB, rng, radius=mm(21))
    last.text(x, y + 200, f"书　记　员　{person_name(rng)}", f)
    return folio(run.sheets, f=font("wenkai", 32), style="dot")


def _civil_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=WHITE)
    s.centred(TOP + 20, COURT, serif(52), spacing=3)
    s.centred(TOP + 110, "生效证明书", font("serif_bold", 80), spacing=26)
    s.right(s.width - mm(26), TOP + 236, c.basis_number.replace("号", "号之一"), serif(38))
    run = Pages(WHITE, first=s, y=TOP + 330, left=mm(28), right=mm(26))
    f = serif(40)
    run.para(f"本院审理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，{c.basis_number}民事判决书已于"
             f"{cn_date(c.basis_effective)}发生法律效力。双方当事人在法定上诉期内均未提出上诉。", f, lead=72)
    run.para("特此证明。", f, lead=72)
    y = run.y + 120
    s.text(LEFT, y, f"承办法官：{c.extra['civil_judge']}　　　经办人：{person_name(rng)}", serif(34))
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(3, 10)))
    s.right(s.width - mm(30), y + 130, when, f)
    seal(s, s.width - mm(30) - text_width(when, f) / 2, y + 140, COURT, rng, radius=mm(20))
    s.text(s.width - mm(110), y + 220, "（民事审判第二庭）", serif(34))
    return [s]


def _arb_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=WHITE)
    s.centred(TOP, ARB, font("wenkai_bold", 60), spacing=24)
    s.centred(TOP + 100, "裁决书生效证明", font("wenkai_bold", 72), spacing=6)
    s.right(s.width - mm(28), TOP + 210, f"宜仲证字〔{c.basis_effective.year}〕第{rng.randint(20, 300)}号", font("wenkai", 38))
    run = Pages(WHITE, first=s, y=TOP + 300, left=mm(30), right=mm(28))
    f = font("wenkai", 42)
    run.para(f"{COURT}：", f, lead=76, indent=0)
    run.para(f"申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，本会于{cn_date(c.basis_effective)}作出"
             f"{c.basis_number}裁决书，该裁决书已于{cn_date(c.basis_effective + timedelta(days=rng.randint(2, 6)))}送达双方当事人。"
             "该裁决为终局裁决，自作出之日起发生法律效力。截至本证明出具之日，本会未收到人民法院撤销或不予执行该裁决的通知。",
             f, lead=76)
    run.para("特此证明。", f, lead=76)
    y = run.y + 120
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(20, 30)))
    s.right(s.width - mm(34), y, when, f)
    seal(s, s.width - mm(34) - text_width(when, f) / 2, y + 10, ARB, rng, radius=mm(21))
    s.text(LEFT, y + 190, f"经办人：{person_name(rng)}　　联系电话：0795-32{rng.randint(10000, 99999)}", font("wenkai", 34))
    return [s]


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The lawyer's 执行申请书 in sans: the title with a rule under it, requests numbered (1)(2)…, 此致 and the
    applicant's signature or seal."""
    a, r = c.applicant, c.respondent
    s = Sheet(paper=WHITE)
    tf = font("microhei", 70)
    w = s.centred(TOP, "执行申请书", tf, spacing=16)
    s.line((s.width - w) / 2, TOP + 96, (s.width + w) / 2, TOP + 96, width=3)
    run = Pages(WHITE, first=s, y=TOP + 160, left=mm(25), right=mm(23))
    f = font("microhei", 40)
    basis = (f"{c.basis_court}作出的{c.basis_number}裁决书" if c.extra["tale"] == "tea"
             else f"贵院作出的{c.basis_number}民事判决书")
    for kind, text in [
        ("h", f"申请人：{_party(a)}电话：{a.phone}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}"),
        ("h", f"被申请人：{_party(r)}"),
        ("t", "请求事项："),
        ("p", f"（1）强制被申请人支付{money(c.amount)}；"),
        ("p", "（2）强制被申请人加倍支付迟延履行期间的债务利息；"),
        ("p", "（3）对被申请人采取限制高消费措施，对拒不履行的纳入失信被执行人名单；"),
        ("p", "（4）本案执行费由被申请人承担。"),
        ("t", "事实与理由："),
        ("p", f"申请人与被申请人{c.extra['cause']}一案，{basis}已发生法律效力，被申请人至今分文未付。为维护申请人的合法权益，"
              "依照《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
        ("t", "此致"),
        ("t", COURT),
    ]:
        if kind == "t":
            run.flush(text, f, lead=74)
        else:
            run.para(text, f, lead=74, indent=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    run.room(260)
    last, y = run.s, run.y + 60
    last.text(last.width - mm(110), y, "申请人（签章）：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(45), y + 24, a.name, rng, radius=mm(19))
        hand(last, last.width - mm(62), y - 4, a.legal_rep, rng, size=52, ink=INK)
    else:
        hand(last, last.width - mm(50), y - 6, a.name, rng, size=58, ink=INK)
    last.text(last.width - mm(100), y + 120, num_date(d), f)
    return folio(run.sheets, f=font("microhei", 30), style="dot")


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    s = Sheet(paper=WHITE)
    gb = font("song_gb", 42)
    s.centred(TOP + 10, "授 权 委 托 书", font("song_gb", 76), spacing=10)
    run = Pages(WHITE, first=s, y=TOP + 170, left=mm(26), right=mm(24))
    for kind, text in [("h", f"委托人：{_party(a)}"),
                       ("h", f"受托人：{c.agent}，{c.firm}律师，地址：{c.extra['firm_addr']}，电话：{c.agent_phone}。"),
                       ("p", f"委托人因与{c.respondent.name}{c.extra['cause']}执行一案，委托上列受托人为执行代理人。"),
                       ("p", "代理权限：特别授权。包括代为申请执行，提供财产线索，申请查封、冻结、拍卖，代为参加执行和解并签订"
                             "和解协议，代为领取执行款，代为签收法律文书。"),
                       ("p", "委托期限：自本委托书签署之日起至本案执行终结止。")]:
        run.para(text, gb, lead=76, indent=0 if kind == "h" else gb.size * 2, hang=gb.size * 3 if kind == "h" else 0)
    y = run.y + 90
    s.text(mm(26), y, "委托人：", gb)
    s.text(s.width / 2 + mm(10), y, "受托人：", gb)
    if a.kind == "organisation":
        seal(s, mm(80), y + 40, a.name, rng, radius=mm(19))
        hand(s, mm(52), y - 4, a.legal_rep, rng, size=52, ink=INK)
    else:
        hand(s, mm(50), y - 6, a.name, rng, size=56, ink=INK)
        s.draw.ellipse((mm(84), y + 4, mm(84) + 38, y + 52), fill=(208, 58, 62))  # her red thumbprint
    hand(s, s.width / 2 + mm(34), y - 6, c.agent, rng, size=54, ink=INK)
    s.text(s.width - mm(100), y + 170, f"{d.year}年{d.month}月{d.day}日", gb)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=WHITE)
    red = (200, 32, 40)
    s.centred(TOP - 10, c.firm, font("serif_bold", 70), fill=red, spacing=2)
    s.line(mm(18), TOP + 96, s.width - mm(18), TOP + 96, width=3, fill=red)
    s.centred(TOP + 150, "函", font("serif_bold", 90))
    no = f"（{c.filed_on.year}）赣宜律执字第{rng.randint(11, 190)}号"
    s.right(s.width - RIGHT, TOP + 280, no, font("song_gb", 36))
    run = Pages(WHITE, first=s, y=TOP + 360, left=mm(26), right=mm(24))
    f = font("song_gb", 42)
    run.para(f"{COURT}执行局：", f, lead=78, indent=0)
    run.para(f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}执行一案，本所接受申请执行人委托，指派本所{c.agent}律师"
             "担任其代理人，请予接洽。", f, lead=78)
    run.para(f"律师执业证号：{c.extra['licence']}；联系电话：{c.agent_phone}。", f, lead=78)
    run.para("此致", f, lead=78)
    y = run.y + 120
    s.right(s.width - RIGHT - mm(10), y, f"{d.year}年{d.month}月{d.day}日", f)
    seal(s, s.width - RIGHT - mm(40), y - 10, c.firm, rng, radius=mm(20))
    s.line(mm(18), s.height - mm(34), s.width - mm(18), s.height - mm(34), width=2, fill=red)
    s.text(mm(22), s.height - mm(30), f"地址：{c.extra['firm_addr']}", font("song_gb", 30), fill=red)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 booklet photocopied open on white: a dark cover-page stamp and the data page, the lawyer's note."""
    s = Sheet(paper=WHITE)
    x0, y0 = mm(20), mm(36)
    lw, lh = mm(82), mm(116)
    grey = (206, 206, 204)
    for k in range(2):
        x = x0 + k * (lw + mm(6))
        s.draw.rectangle((x, y0, x + lw, y0 + lh), fill=grey, outline=(90, 90, 90), width=3)
    f, small = font("sans", 32), font("sans", 28)
    s.centred(y0 + mm(12), "中华人民共和国", font("sans_bold", 40), x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(24), "律师执业证", font("sans_bold", 58), x0=x0, x1=x0 + lw)
    s.draw.rectangle((x0 + mm(26), y0 + mm(44), x0 + mm(56), y0 + mm(84)), fill=(128, 128, 128))
    s.centred(y0 + mm(92), "中华人民共和国司法部监制", small, x0=x0, x1=x0 + lw)
    x = x0 + lw + mm(12)
    ty = y0 + mm(10)
    for label, value in [("持证人", c.agent), ("性别", "男"), ("执业机构", c.firm), ("执业证类别", "专职律师"),
                         ("执业证号", c.extra["licence"]), ("发证机关", "江西省司法厅"),
                         ("发证日期", f"{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]:
        s.text(x, ty, label, small, fill=(70, 70, 70))
        parts = [value[i:i + 12] for i in range(0, len(value), 12)]
        for k, part in enumerate(parts):
            s.text(x + mm(24), ty + k * mm(6), part, f)
        ty += mm(6) * len(parts) + mm(7)
    seal(s, x0 + lw + mm(60), y0 + lh - mm(22), "江西省司法厅", rng, radius=mm(15))
    hand(s, mm(30), y0 + lh + mm(26), "此复印件与原件一致", rng, size=56, ink=INK)
    hand(s, mm(130), y0 + lh + mm(28), c.agent, rng, size=52, ink=INK)
    return [s]


def _id_copy(p: Party, rng: random.Random) -> list[Sheet]:
    """Both faces of her ID card copied one above the other on a white sheet, her note beside them."""
    s = Sheet(paper=WHITE)
    w, h = mm(88), mm(56)
    x = mm(40)
    ys = [mm(34), mm(34) + h + mm(14)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(220, 220, 216), outline=(110, 110, 110), width=2)
    y = ys[0]
    lab, val = font("hei", 25), font("hei", 31)
    born = p.born or date(1980, 1, 1)
    ty = y + mm(6)
    for label, value in [("姓名", p.name), ("性别", f"{p.sex}　 民族　汉"), ("出生", f"{born.year} 年 {born.month} 月 {born.day} 日")]:
        s.text(x + mm(5), ty, label, lab, fill=(90, 90, 90))
        s.text(x + mm(16), ty - 2, value, val)
        ty += mm(8)
    s.text(x + mm(5), ty, "住址", lab, fill=(90, 90, 90))
    for k in range(0, len(p.address), 10):
        s.text(x + mm(16), ty - 2, p.address[k:k + 10], val)
        ty += mm(5.5)
    s.text(x + mm(5), y + h - mm(9), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(26), y + h - mm(10), p.id_number, font("mono", 35))
    s.draw.rectangle((x + w - mm(27), y + mm(7), x + w - mm(5), y + mm(36)), fill=(150, 150, 150))
    y = ys[1]
    s.text(x + mm(28), y + mm(8), "中华人民共和国", font("hei", 40))
    s.text(x + mm(20), y + mm(20), "居民身份证", font("hei", 56), spacing=12)
    s.text(x + mm(8), y + h - mm(17), "签发机关　宜春市公安局袁州分局", lab)
    start = rng.randint(2013, 2021)
    s.text(x + mm(8), y + h - mm(10), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{start + 20}"
           f".{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}", lab)
    hand(s, mm(40), ys[1] + h + mm(24), "仅供袁州区法院执行案件使用，再复印无效", rng, size=46, ink=INK)
    hand(s, mm(120), ys[1] + h + mm(44), p.name, rng, size=56, ink=INK)
    return [s]


def _charter(p: Party, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """A business licence copy (the cooperative's 农民专业合作社法人营业执照) across the top, the 法定代表人 (负责人)
    身份证明 typed under it and sealed."""
    s = Sheet(paper=WHITE)
    coop = p.name.endswith("合作社")
    brown = (120, 96, 60)
    x0, y0, x1, y1 = mm(16), mm(18), s.width - mm(16), mm(162)
    s.box(x0, y0, x1, y1, width=10, outline=brown)
    s.draw.rectangle((x0 + mm(60), y0 + mm(8), x1 - mm(60), y0 + mm(30)), outline=brown, width=2)
    s.centred(y0 + mm(11), "营 业 执 照", font("serif_bold", 74), spacing=8)
    s.centred(y0 + mm(33), "（副本）", serif(34))
    s.text(x0 + mm(8), y0 + mm(44), f"统一社会信用代码　{p.id_number}", serif(32))
    scope = {"mica": "矿山机械设备维修、安装；机械零部件加工", "rice": "水稻种植；稻谷收购、烘干、销售；农业技术服务"}
    kinds = {"rice": "农民专业合作社", "mica": "有限责任公司（自然人投资或控股）"}
    tale = str(c.extra["tale"])
    is_resp = p is c.respondent
    rows = [("名　　称", p.name),
            ("类　　型", "农民专业合作社" if coop else (kinds.get(tale, "有限责任公司") if not is_resp else "有限责任公司")),
            ("法定代表人" if not coop else "负 责 人", p.legal_rep),
            ("经营范围", scope.get(tale, "") if not is_resp else
             {"mica": "锂云母开采、选矿；碳酸锂、锂电池材料生产销售", "rice": "粮食收购；大米加工、销售",
              "tea": "温泉洗浴；住宿；餐饮服务；预包装食品销售"}[tale]),
            ("成员出资总额" if coop else "注册资本", f"{rng.choice([30, 80, 200, 1000, 5000])}万元"),
            ("成立日期", f"{rng.randint(2009, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(54)
    f = serif(32)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        s.text(x0 + mm(44), ty, value[:32], f)
        ty += mm(9.5)
    reg = "宜春市袁州区市场监督管理局" if "经济技术开发区" not in p.address else "宜春经济技术开发区市场监督管理局"
    if "明月山" in p.address:
        reg = "宜春市明月山温泉风景名胜区市场监督管理局"
    s.text(x1 - mm(82), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(48), y1 - mm(26), reg, rng, radius=mm(18))
    y = y1 + mm(16)
    s.centred(y, "负责人身份证明" if coop else "法定代表人身份证明书", hei(52), spacing=4)
    run = Pages(WHITE, first=s, y=y + mm(18), left=mm(24), right=mm(22))
    run.para(f"{p.legal_rep}同志，现任我{'社理事长' if coop else '公司法定代表人'}，特此证明。", serif(40), lead=72)
    run.para(f"附：{p.legal_rep}身份证复印件一份。", serif(36), lead=64)
    s.right(s.width - mm(30), run.y + 70, num_date(d), serif(40))
    seal(s, s.width - mm(58), run.y + 60, p.name, rng, radius=mm(19))
    hand(s, mm(26), s.height - mm(34), "与原件核对无误", rng, size=46, ink=INK)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """江西省非税收入缴款书, printed violet on white, the agent bank's round 受理章 on it."""
    s = Sheet(paper=WHITE)
    f = font("sans", 30)
    x0 = mm(16)
    w = s.width - 2 * x0
    s.centred(mm(20), "江西省非税收入缴款书", font("sans_bold", 54), fill=VIOLET, spacing=6)
    s.text(x0, mm(36), f"No.{rng.randint(10**9, 10**10 - 1)}　　缴款码：36{rng.randint(10**16, 10**17 - 1)}", f, fill=VIOLET)
    s.right(s.width - x0, mm(36), f"填制日期：{c.filed_on:%Y年%m月%d日}", f)
    fee: Decimal = c.extra["fee"]
    rows = [["付款人", c.applicant.name, "收款人", "宜春市袁州区财政局"], ["执收单位", COURT, "案号", c.number],
            ["项目名称", "申请执行费", "金额", f"{fee:,.2f}"], ["金额（大写）", money_caps(fee)],
            ["代收银行", "江西宜春农村商业银行营业部", "备注", "诉讼费"]]
    frame(s, x0, mm(46), [mm(30), mm(64), mm(26), w - mm(120)], rows, f, heights=mm(14), labels=(0, 2), ink=VIOLET,
          outer=3)
    s.text(x0, mm(122), f"收款人（章）　　　　复核：{person_name(rng)}　　　开票：{person_name(rng)}", f, fill=VIOLET)
    seal(s, s.width - mm(56), mm(116), "江西宜春农村商业银行营业部", rng, radius=mm(16), inner="业务受理专用章")
    s.text(x0, mm(138), "第一联　收据联（交缴款人）", font("sans", 26), fill=VIOLET)
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's forms, on the bureau's recycled stock, filled in dark ballpoint by the party."""
    a, r = c.applicant, c.respondent
    s = Sheet(paper=RECYCLED)
    w = s.width - LEFT - RIGHT
    tale = str(c.extra["tale"])
    signer = a.legal_rep if a.kind == "organisation" else a.name
    day = c.filed_on
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取案款确认书")
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户行", c.extra["in_bank"]),
                ("账号", c.extra["in_acct"]), ("手机", a.phone)]
        note = ("本人（单位）确认以上账户为收取本案执行款的账户。因账户信息填写错误或账户变更未告知，造成案款不能及时发放的，"
                "责任自负。")
    elif code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书")
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", c.agent),
                ("手机号码", c.agent_phone), ("是否同意电子送达", f"同意，手机{c.agent_phone}")]
        note = ("受送达人确认上列地址为本案法律文书送达地址；地址变更未书面告知法院，或者提供的地址不准确导致文书被退回的，"
                "文书退回之日视为送达之日。")
        signer = c.agent
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索表")
        clue = {"mica": f"{c.extra.get('r_bank', '')}基本户{c.extra.get('r_acct', '')}；选矿厂设备；应收锂云母精矿货款",
                "rice": "厂里烘干机两台、碾米机一套；公司有一辆货车；老板在城里有套房子（不确定）",
                "tea": "酒店前台收款的银行账户；酒店的房费、温泉门票收入"}[tale]
        rows = [("案号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("住所地", r.address),
                ("财产线索", clue), ("线索来源", "本人了解" if a.kind == "person" else "本单位掌握")]
        note = "申请执行人应如实提供被执行人的财产线索；故意提供虚假线索的，承担相应法律责任。"
    else:
        y = form_title(s, "财产申报表")
        decl = {"mica": ("基本户存款约贰拾万元", "厂房（租赁）", "越野车一台", "应收精矿货款若干"),
                "rice": ("无", "无（厂房系租赁）", "无", "无"),
                "tea": ("经营账户存款约叁万元", "无", "商务车一台（按揭）", "协议客户房费若干")}[tale]
        rows = [("案号", c.number), ("申报人", r.name), ("银行存款", decl[0]), ("不动产", decl[1]), ("车辆", decl[2]),
                ("债权及其他", decl[3]), ("一年内财产变动", "无" if tale != "rice" else "碾米设备抵给债权人")]
        note = "申报人保证以上申报真实、完整。如有隐瞒、虚假，愿意承担罚款、拘留等法律责任。"
        signer = r.legal_rep
        day = d
    cells = frame(s, LEFT, y, [mm(46), w - mm(46)], [[k, ""] for k, _ in rows], serif(36),
                  heights=[mm(26) if len(v) > 22 else mm(15) for _, v in rows])
    for (_k, v), row in zip(rows, cells, strict=True):
        box = row[1]
        yy = box[1] + mm(3)
        for i in range(0, len(v), 22):
            hand(s, box[0] + mm(4), yy, v[i:i + 22], rng, size=40, ink=BALL)
            yy += mm(7.5)
    run = Pages(RECYCLED, first=s, y=cells[-1][-1][3] + 40)
    run.para(note, serif(33), lead=54)
    y = run.y + 70
    s.text(s.width - RIGHT - mm(118), y, "确认人（签名）：" if code != "property_declaration_form" else "申报人（签名）：",
           serif(38))
    hand(s, s.width - RIGHT - mm(44), y - 8, signer, rng, size=52, ink=BALL)
    hand(s, s.width - RIGHT - mm(72), y + 86, num_date(day), rng, size=42, ink=BALL)
    if code == "property_declaration_form":
        seal(s, s.width - RIGHT - mm(46), y + 40, r.name, rng, radius=mm(18))
    elif a.kind == "organisation":
        seal(s, s.width - RIGHT - mm(46), y + 40, a.name, rng, radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 查控 system's feedback, printed by the clerk on the recycled stock: a banner, the query particulars, then a
    table of the units that answered, on two sheets."""
    r = c.respondent
    sans = font("sans", 28)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("江西银行", "存款"), ("九江银行", "存款"),
             ("江西省农村信用社联合社", "存款"), ("赣州银行", "存款"), ("招商银行", "存款"), ("支付宝", "网络资金"),
             ("财付通", "网络资金"), ("公安部交通管理局", "机动车"), ("自然资源部", "不动产"),
             ("中国证券登记结算有限责任公司", "证券"), ("市场监管总局", "股权"), ("住建部（公积金）", "公积金")]
    tale = str(c.extra["tale"])
    head = ["序号", "反馈单位", "财产类型", "反馈结果", "反馈时间"]
    rows = []
    for i, (unit, kind) in enumerate(units, 1):
        if tale == "mica" and unit == "中国建设银行":
            res = f"账户余额{c.amount * Decimal('1.3'):,.2f}元"
        elif tale == "tea" and kind == "存款" and i in (2, 9):
            res = f"账户余额{rng.randint(800, 40000)}.{rng.randint(10, 99)}元"
        elif tale == "rice" and i == 9:
            res = f"账户余额{rng.randint(100, 900)}.{rng.randint(10, 99)}元"
        elif kind == "机动车" and tale != "rice":
            res = "小型普通客车1辆（抵押）"
        else:
            res = "未查询到财产" if kind != "存款" else "无账户信息"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    sheets = []
    for part in (rows[:10], rows[10:]):
        s = Sheet(paper=RECYCLED)
        s.draw.rectangle((mm(14), mm(14), s.width - mm(14), mm(30)), fill=(70, 70, 74))
        s.text(mm(20), mm(16.5), "网络执行查控系统 · 查询结果反馈", font("sans_bold", 46), fill=(235, 235, 230))
        s.text(mm(16), mm(36), f"案号：{c.number}　　承办人：{c.officer}", sans)
        s.text(mm(16), mm(43), f"被查询人：{r.name}　证照号码：{r.id_number}", sans)
        s.text(mm(16), mm(50), f"查询类型：总对总　　发起时间：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}", sans)
        frame(s, mm(14), mm(58), [mm(16), mm(66), mm(24), mm(54), s.width - mm(28) - mm(160)], [head, *part], sans,
              heights=mm(12), labels=(0,), outer=2)
        s.text(mm(16), s.height - mm(18), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d}", sans)
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - mm(16), s.height - mm(18), f"第{i}页 共{len(sheets)}页", sans)
        if i > 1:
            s.page_of = (i, len(sheets))
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed by the hotel's office on white paper, the hotel's seal, her signature and thumbprint, and the
    officer's note of performance added by hand."""
    a, r = c.applicant, c.respondent
    s = Sheet(paper=WHITE)
    gb = font("song_gb", 42)
    s.centred(TOP, "执行和解协议", font("hei", 72), spacing=12)
    run = Pages(WHITE, first=s, y=TOP + 150, left=mm(25), right=mm(25))
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    paid = date.fromisoformat(str(c.extra["paid_on"]))
    for kind, text in [
        ("t", f"甲方（申请执行人）：{a.name}"),
        ("t", f"乙方（被执行人）：{r.name}"),
        ("p", f"{COURT}{c.number}执行案件，经执行人员主持，甲乙双方自愿达成如下和解："),
        ("p", f"一、乙方尚欠甲方茶叶货款{c.amount:,.2f}元，甲方放弃迟延履行期间的债务利息；"),
        ("p", f"二、乙方于本协议签订之日支付{first:,.2f}元，余款{c.amount - first:,.2f}元于{paid.year}年{paid.month}月"
              f"{paid.day}日前付清，均汇入法院执行款专户；"),
        ("p", "三、乙方逾期未付的，甲方有权申请恢复执行原裁决；"),
        ("p", "四、本协议一式三份，双方各执一份，交法院一份附卷。"),
    ]:
        if kind == "t":
            run.para(text, gb, lead=78, indent=0)
        else:
            run.para(text, gb, lead=78)
    y = run.y + 90
    s.text(mm(25), y, "甲方：", gb)
    hand(s, mm(48), y - 6, a.name, rng, size=56, ink=INK)
    s.draw.ellipse((mm(82), y + 6, mm(82) + 38, y + 54), fill=(210, 60, 64))
    s.text(s.width / 2 + mm(6), y, "乙方：", gb)
    seal(s, s.width / 2 + mm(52), y + 24, r.name, rng, radius=mm(19))
    hand(s, s.width / 2 + mm(30), y + 60, r.legal_rep, rng, size=48, ink=INK)
    s.text(mm(25), y + 170, f"签订日期：{d.year}年{d.month}月{d.day}日", gb)
    hand(s, mm(25), y + 300, f"乙方已于{paid.month}月{paid.day}日付清。{c.officer}", rng, size=44, ink=(60, 80, 170))
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """A bank's 回单 on white: mica — the deduction into the court's account and the payment out to the applicant, two
    slips; tea — the payment out, under the applicant's handwritten 收条."""
    s = Sheet(paper=WHITE)
    f = font("sans", 29)
    blue = (40, 70, 140)
    court_acct = str(c.extra["court_acct"])
    slips: list[tuple[str, str, str, str, date, str]] = []
    if c.extra["tale"] == "mica":
        slips.append((c.respondent.name, str(c.extra["r_acct"]), f"{COURT}（执行款专户）", court_acct, d, "法院扣划"))
    slips.append((f"{COURT}（执行款专户）", court_acct, c.applicant.name, str(c.extra["in_acct"]), d + timedelta(days=2),
                  f"{c.number}案款发放"))
    y = mm(16)
    for payer, pa, payee, ea, day, use in slips:
        s.box(mm(14), y, s.width - mm(14), y + mm(108), width=2, outline=blue)
        s.centred(y + mm(4), "客户回单", font("sans_bold", 46), fill=blue, spacing=20)
        s.text(mm(20), y + mm(16), f"交易日期：{day:%Y年%m月%d日}　　回单编号：{rng.randint(10**13, 10**14 - 1)}", f)
        w = s.width - mm(40)
        frame(s, mm(20), y + mm(25), [mm(26), mm(62), mm(26), w - mm(114)],
              [["付款人", payer, "收款人", payee], ["账号", pa, "账号", ea],
               ["金额", f"CNY {c.amount:,.2f}", "大写", money_caps(c.amount)], ["摘要", use]], f, heights=mm(15),
              labels=(0, 2), ink=blue, outer=2)
        seal(s, s.width - mm(52), y + mm(90), c.extra["in_bank"] if "发放" in use else str(c.extra.get("r_bank", "")),
             rng, radius=mm(15), inner="回单专用章")
        y += mm(122)
    if c.extra["tale"] == "tea":
        s.text(mm(20), y, "收　条", font("hei", 52))
        hand(s, mm(20), y + mm(16), f"今收到袁州法院发放的{c.number}案执行款{c.amount:,.2f}元（{money_caps(c.amount)}）。", rng,
             size=42, ink=BALL)
        hand(s, s.width - mm(100), y + mm(34), f"收款人：{c.applicant.name}", rng, size=46, ink=BALL)
        hand(s, s.width - mm(100), y + mm(48), num_date(d + timedelta(days=3)), rng, size=42, ink=BALL)
    return [s]

