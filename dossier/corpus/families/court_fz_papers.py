"""What 中山一院执行局 receives, each in its maker's hand: the civil divisions' 民事判决书 (centred court name in
song, the title in 文楷 bold, folios "— n —"), the 中山仲裁委员会's 裁决书 and its 生效证明 (a blue-grey committee
letterhead), the lawyers' applications typed in 仿宋-like 楷 with the title underlined, a 律师事务所函 on a green
letterhead; from Hong Kong, in 繁體字 with English: a company's 公司註冊證明書 and 商業登記證 copied and certified by a
中国委托公证人, its 授權委託書 signed over a rectangular company chop "For and on behalf of", the notarial 證明書 with
the 中国法律服务（香港）有限公司 转递 seal, a solicitors' letter "Our Ref / Your Ref"; from Macau, a resident's 澳門居民
身份證 (Chinese and Portuguese) and 港澳居民来往内地通行证 copied on one sheet; the window's forms filled in ballpoint,
the 广东省非税收入 slip, the 查控 printout, a Bank of China 汇入汇款通知书 and the court's 案款发放 voucher."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_fz_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Column,
    bureau,
    footer,
    form_title,
    frame,
    gel,
    paper,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "中山仲裁委员会"
SLATE = (50, 70, 100)
GREEN = (30, 110, 70)
BALL = (35, 45, 135)
CONVEY = "中国法律服务（香港）有限公司"
_S2T = str.maketrans(
    "镇灯饰华辉灿国际货运达执号陈刚杰伟丽红兰东胜庆云凤涛军强艳静晓刘杨黄赵吴郑孙马罗谢韩冯萧邓许吕苏卢蒋贾阎钟谭邹陆"
    "顾龙万钱汤乔贺赖龚锁业鸽榄广门务员长际经书证币汇专户联络询协签议还",
    "鎮燈飾華輝燦國際貨運達執號陳剛傑偉麗紅蘭東勝慶雲鳳濤軍強艷靜曉劉楊黃趙吳鄭孫馬羅謝韓馮蕭鄧許呂蘇盧蔣賈閻鍾譚鄒陸"
    "顧龍萬錢湯喬賀賴龔鎖業鴿欖廣門務員長際經書證幣匯專戶聯絡詢協簽議還")


def tc(s: str) -> str:
    """The few simplified characters of our names and places written the Hong Kong way (繁體)."""
    return s.translate(_S2T)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fz import made_on

    d = made_on(c, code)
    t = c.extra["tale"]
    for_respondent = "respondent" in served
    if code == "enforcement_basis":
        return _award(c, rng) if t == "lock" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _hk_attorney(c, rng) if for_respondent and t == "lamp" else _attorney(c, rng)
    if code == "law_firm_letter":
        return _solicitors(c, rng) if for_respondent and t == "lamp" else _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if for_respondent else c.applicant
        if p.address.startswith("香港"):
            return _hk_company(c, rng)
        if p.id_number.startswith("M"):
            return _macau_cards(p, c, rng)
        return _licence_copy(p, c, rng) if p.kind == "organisation" else _id_copy(p, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _counter_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng)
    raise KeyError(code)


def _person(p: Party, c: CaseCtx) -> str:
    if p.kind == "organisation" and p.address.startswith("香港"):
        return f"{p.name}（{c.extra['en_name']}），住所地{p.address}。董事：{p.legal_rep}。"
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1975, 1, 1)
    if p.id_number.startswith("M"):
        return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，澳门特别行政区居民，住{p.address}。"
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    lamp = c.extra["tale"] == "lamp"
    heard = c.basis_effective - timedelta(days=rng.randint(50, 80))
    amt = c.amount
    if lamp:
        story = (f"2022年6月至2023年1月，原告按被告订单陆续向其供应{c.extra['goods']}等灯具，被告在中山港提货后经水路运往"
                 f"香港。双方对账确认被告尚欠货款{amt:,.2f}元，被告以香港客户未回款为由拖延支付。")
        held = ("本案系涉港买卖合同纠纷，双方约定适用内地法律，并约定由原告住所地法院管辖，本院依法享有管辖权。原告已按约"
                "交付货物，被告确认欠款，应当承担付款责任。")
        law = "《中华人民共和国涉外民事关系法律适用法》第四十一条，《中华人民共和国民法典》第五百七十九条、第六百二十六条"
        appeal = "原告可以在判决书送达之日起十五日内，被告可以在判决书送达之日起三十日内"
    else:
        story = (f"被告因开设“{c.extra['shop']}”乳鸽餐馆需要资金，于2021年9月向原告借款{amt:,.2f}元，约定一年内归还。原告"
                 "通过银行转账交付借款，被告出具借条一份。借期届满后，被告经原告多次催讨仍未还款。")
        held = "原、被告之间的借贷关系合法有效。原告已交付借款，被告未按约还款，应当承担返还借款的责任。"
        law = "《中华人民共和国民法典》第六百六十七条、第六百七十五条、第六百七十六条"
        appeal = "如不服本判决，可以在判决书送达之日起十五日内"
    blocks = [
        ("h", f"原告：{_person(a, c)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_person(r, c)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=60))}立案后，"
              f"依法适用普通程序，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告"
              f"{'的委托诉讼代理人' + person_name(rng) if lamp else r.name}到庭参加诉讼。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：1.被告向原告支付{'货款' if lamp else '借款本金'}{amt:,.2f}元及逾期利息；2.本案诉讼费"
              f"由被告负担。事实与理由：{story}"),
        ("p", "被告辩称，对欠款数额无异议，但目前资金周转困难，请求给予还款期限。"),
        ("p", f"经审理查明：{story}"),
        ("p", f"本院认为，{held}依照{law}，《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决发生法律效力之日起十日内向原告{a.name}支付{'货款' if lamp else '借款本金'}{amt:,.2f}元"
              "及逾期利息（以上述款项为基数，按全国银行间同业拆借中心公布的一年期贷款市场报价利率，自起诉之日起计至实际"
              "清偿之日止）。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(amt) // 90 + 50}元，由被告负担。"),
        ("p", f"{appeal}，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于广东省中山市中级人民法院。"),
    ]
    s = Sheet()
    s.centred(TOP + 6, COURT, font("song_gb", 54), spacing=6)
    s.centred(TOP + 96, "民 事 判 决 书", font("wenkai_bold", 80), spacing=8)
    col = Column([s], TOP + 220, left=mm(31), right=mm(27))
    col.flush(c.basis_number, font("song_gb", 40), lead=88, where="right")
    f = font("song_gb", 41)
    for kind, text in blocks:
        col.para(text, f, lead=70, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    col.room(430)
    last, y = col.s, col.y + 56
    x = last.width - mm(98)
    for role, name in (("审 判 长", person_name(rng)), ("审 判 员", person_name(rng)), ("人民陪审员", person_name(rng))):
        last.text(x, y, f"{role}　{name}", f)
        y += 70
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(20, 40) if lamp else rng.randint(18, 26)))
    last.text(x, y + 16, when, f)
    seal(last, x + text_width(when, f) / 2, y + 28, COURT, rng, radius=mm(20))
    last.text(x, y + 96, f"法官助理　{person_name(rng)}", f)
    last.text(x, y + 166, f"书 记 员　{person_name(rng)}", f)
    for i, sh in enumerate(col.sheets, 1):
        sh.centred(sh.height - mm(16), f"— {i} —", font("song_gb", 32))
        if i > 1:
            sh.page_of = (i, len(col.sheets))
    return col.sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.line(LEFT, TOP + 96, s.width - RIGHT, TOP + 96, width=4, fill=SLATE)
    s.centred(TOP, ARB, font("serif_bold", 66), spacing=16, fill=SLATE)
    s.centred(TOP + 130, "裁　决　书", font("serif_bold", 78))
    col = Column([s], TOP + 250, left=mm(30), right=mm(27))
    col.flush(c.basis_number, font("serif", 40), lead=86, where="right")
    f = font("wenkai", 41)
    heard = c.basis_effective - timedelta(days=rng.randint(30, 45))
    locks = rng.randint(2600, 9800)
    for kind, text in [
        ("h", f"申请人：{_person(a, c)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), ("h", f"被申请人：{_person(r, c)}"),
        ("p", f"本会根据申请人与被申请人于2022年3月签订的《五金配件采购合同》中的仲裁条款，以及申请人提交的仲裁申请书，"
              f"于{cn_date(heard - timedelta(days=50))}受理了本案。本案适用《中山仲裁委员会仲裁规则》，由独任仲裁员审理，"
              f"于{cn_date(heard)}开庭。被申请人经书面通知无正当理由未到庭，仲裁庭依法缺席审理。"),
        ("p", f"申请人称：合同约定申请人为被申请人的红木家具配套供应铜拉手、柜锁、合页等五金件。申请人先后供货{locks}套，"
              f"被申请人收货后仅支付部分货款，尚欠{c.amount:,.2f}元。"),
        ("p", "仲裁庭查明：申请人提交的送货单、对账单均有被申请人仓管人员签收，可以认定供货及欠款事实。"),
        ("p", "仲裁庭认为，双方合同合法有效。被申请人未按约付款，构成违约。依照《中华人民共和国民法典》第五百七十七条、"
              "第六百二十六条，《中华人民共和国仲裁法》第四十二条第二款的规定，裁决如下："),
        ("p", f"一、被申请人向申请人支付货款{c.amount:,.2f}元；"),
        ("p", "二、本案仲裁费由被申请人承担；"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]:
        col.para(text, f, lead=70, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    col.room(300)
    last, y = col.s, col.y + 50
    x = last.width - mm(92)
    last.text(x, y, f"独任仲裁员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective)
    last.text(x, y + 90, when, f)
    seal(last, x + mm(28), y + 96, ARB, rng, radius=mm(21))
    last.text(x, y + 170, f"书　记　员　{person_name(rng)}", f)
    return footer(col.sheets, font("wenkai", 30))


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if c.extra["tale"] == "lock":
        s = Sheet()
        s.line(LEFT, TOP + 96, s.width - RIGHT, TOP + 96, width=4, fill=SLATE)
        s.centred(TOP, ARB, font("serif_bold", 66), spacing=16, fill=SLATE)
        s.centred(TOP + 140, "裁决书生效及送达证明", font("serif_bold", 64), spacing=4)
        col = Column([s], TOP + 270)
        f = font("wenkai", 42)
        col.flush(f"{COURT}：", f, lead=74)
        col.para(f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，已于"
                 f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起发生法律效力。"
                 "裁决书已于作出后以邮寄方式送达双方当事人（被申请人的邮件经邮政部门退回，依《中山仲裁委员会仲裁规则》"
                 "视为送达）。", f, lead=74, indent=84)
        col.para("特此证明。", f, lead=74, indent=84)
        y = col.y + 80
        when = cn_date(c.basis_effective + timedelta(days=rng.randint(8, 20)))
        s.right(s.width - RIGHT - mm(10), y, when, f)
        seal(s, s.width - RIGHT - mm(40), y + 8, ARB, rng, radius=mm(21))
        s.text(LEFT, y + 160, f"经办人：{person_name(rng)}　　联系电话：0760-8988{rng.randint(1000, 9999)}", font("wenkai", 34))
        return [s]
    division = "民事审判第二庭" if c.extra["tale"] == "lamp" else "民事审判第一庭"
    return paper(c, rng, "生效证明书", [
        ("p", f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案的民事判决书，"
              + ("已依照《最高人民法院关于涉港澳民商事案件司法文书送达问题若干规定》送达被告。" if c.extra["tale"] == "lamp"
                 else "已送达双方当事人。")
              + f"双方当事人在法定上诉期内均未提起上诉，该判决书已于{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
        ("s", f"{division}　　承办法官：{person_name(rng)}　　经办人：{person_name(rng)}"),
    ], number=c.basis_number.replace("号", "号之一"), day=c.basis_effective + timedelta(days=rng.randint(4, 10)))


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    tf = font("kai_gb", 72)
    title = "申请执行书"
    w = s.centred(TOP + 10, title, tf, spacing=30)
    x0 = (s.width - w) / 2
    s.line(x0, TOP + 100, x0 + w, TOP + 100, width=3)
    col = Column([s], TOP + 170, left=mm(27), right=mm(25))
    f = font("kai_gb", 44)
    what = {"lamp": "货款", "lock": "货款", "pigeon": "借款本金"}[c.extra["tale"]]
    for kind, text in [
        ("h", f"申请执行人：{_person(a, c)}联系电话：{a.phone}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"被执行人：{_person(r, c)}"),
        ("t", "请求事项："),
        ("p", f"1.强制被执行人支付{what}{money(c.amount)}，及至实际清偿之日止的利息；"),
        ("p", "2.强制被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3.对被执行人采取限制消费措施；被执行人拒不履行的，将其纳入失信被执行人名单；"),
        ("p", "4.本案执行费由被执行人负担。"),
        ("t", "事实与理由："),
        ("p", f"申请人与被执行人{c.extra['cause']}一案，{basis_short(c)}已发生法律效力，被执行人至今分文未付。"
              "现依据《中华人民共和国民事诉讼法》第二百四十七条的规定，向贵院申请强制执行。"),
        ("t", "此致"), ("t", COURT)]:
        if kind == "t":
            col.flush(text, f, lead=76)
        else:
            col.para(text, f, lead=76, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    col.room(260)
    last, y = col.s, col.y + 50
    last.text(last.width - mm(110), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(48), y + 20, a.name, rng, radius=mm(19))
        hand(last, last.width - mm(62), y + 8, a.legal_rep, rng, size=52, ink=INK)
    else:
        hand(last, last.width - mm(60), y - 4, a.name, rng, size=58, ink=INK)
        last.draw.ellipse((last.width - mm(26), y + 10, last.width - mm(26) + 36, y + 56), fill=(196, 36, 40))
    hand(last, last.width - mm(92), y + 100, num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), rng, size=44, ink=INK)
    return footer(col.sheets, font("kai_gb", 30))


def basis_short(c: CaseCtx) -> str:
    if c.extra["tale"] == "lock":
        return f"经{ARB}{c.basis_number}裁决书裁决"
    return f"经{COURT}{c.basis_number}民事判决书判决"


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    macau = a.id_number.startswith("M")
    s = Sheet()
    s.centred(TOP + 6, "授 权 委 托 书", font("sans_bold", 66))
    col = Column([s], TOP + 150, left=mm(26), right=mm(24))
    f = font("serif", 41)
    for kind, text in [
        ("h", f"委托人：{_person(a, c)}"),
        ("h", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，地址：{c.extra['firm_addr']}。"),
        ("p", f"委托人因与{c.respondent.name}{c.extra['cause']}执行一案，特委托上述受托人为委托人的代理人。"),
        ("p", "代理权限：特别授权。代为申请强制执行，代为提供财产线索、申请采取执行措施，代为参加执行谈话、约谈，代为"
              "签署、变更执行和解协议，代为领取执行款，代为签收法律文书，代为申请或同意终结本次执行程序、恢复执行。"),
        ("p", "委托期限：自本委托书签署之日起至本案执行终结时止。"),
    ]:
        col.para(text, f, lead=72, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    y = col.y + 70
    s.text(mm(26), y, "委托人：", f)
    s.text(s.width - mm(100), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, mm(72), y + 100, a.name, rng, radius=mm(19))
        hand(s, mm(44), y + 60, a.legal_rep, rng, size=54, ink=INK)
    else:
        hand(s, mm(48), y + 60, a.name, rng, size=58, ink=INK)
    hand(s, s.width - mm(80), y + 60, c.agent, rng, size=56, ink=INK)
    signed = c.filed_on if macau else c.filed_on - timedelta(days=rng.randint(2, 6))
    hand(s, s.width - mm(100), y + 190, num_date(signed), rng, size=44, ink=INK)
    if macau:
        # signed in front of the filing judge at the counter: the court's witness note
        yy = y + 300
        s.box(mm(26), yy, s.width - mm(24), yy + mm(30), width=2, outline=(120, 120, 120))
        s.text(mm(32), yy + 18, "见证：本授权委托书由委托人（澳门特别行政区居民）在本院立案窗口法官见证下签署。", font("serif", 32))
        hand(s, mm(32), yy + 80, f"见证法官 {person_name(rng)}　{num_date(signed)}", rng, size=42, ink=BLUE_INK)
    return [s]


def _hk_attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The Hong Kong company's 授權委託書 in 繁體字, signed by a director over the company chop, and the 中国委托公证人's
    證明書 behind it with the conveyance seal."""
    r = c.respondent
    tc_name, en, agent = c.extra["tc_name"], c.extra["en_name"], c.extra["hk_agent"]
    s = Sheet()
    s.centred(TOP + 6, "授權委託書", font("ming", 70), spacing=24)
    s.centred(TOP + 96, "POWER OF ATTORNEY", font("serif_bold", 40), spacing=6)
    col = Column([s], TOP + 180, left=mm(27), right=mm(25))
    f = font("ming", 41)
    for kind, text in [
        ("h", f"委託人：{tc_name}（{en}）"),
        ("h", f"註冊地址：{c.extra['tc_addr']}"),
        ("h", f"董事：{tc(r.legal_rep)}"),
        ("h", f"受託人：{tc(agent)}，本公司業務經理，香港永久性居民，持港澳居民來往內地通行證。"),
        ("p", f"茲委託上述受託人，就{tc(c.applicant.name)}申請執行本公司一案（廣東省中山市第一人民法院{c.number}），"
              "代表本公司辦理以下事項：參與執行談話、提交財產狀況說明、簽署執行和解協議、代收法律文書。"),
        ("p", "委託期限：自簽署之日起至該案執行完畢之日止。"),
    ]:
        col.para(text, f, lead=72, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 5 if kind == "h" else 0)
    y = col.y + 60
    # the rectangular company chop over the director's signature
    x = s.width - mm(118)
    chop = (180, 40, 60)
    s.box(x, y, x + mm(92), y + mm(36), width=3, outline=chop)
    s.text(x + 16, y + 12, "For and on behalf of", font("serif", 28), fill=chop)
    s.text(x + 16, y + 52, en, font("serif_bold", 26), fill=chop)
    s.text(x + 16, y + 92, tc_name, font("ming", 32), fill=chop)
    hand(s, x + mm(20), y + mm(24), tc(r.legal_rep), rng, size=56, ink=INK)
    s.line(x + 10, y + mm(36) - 26, x + mm(92) - 10, y + mm(36) - 26, width=1, fill=chop)
    s.text(x + mm(26), y + mm(36) - 24, "Authorized Signature(s)", font("serif", 24), fill=chop)
    when = c.filed_on + timedelta(days=rng.randint(10, 16))
    s.text(mm(27), y + mm(48), f"日期 Date：{when.year}年{when.month}月{when.day}日", f)
    # the notary's certificate
    n = Sheet()
    n.centred(TOP, "證　明　書", font("ming", 72), spacing=10)
    n.right(n.width - RIGHT, TOP + 110, f"（{when.year}）港證字第{rng.randint(10000, 99999)}號", font("ming", 38))
    col = Column([n], TOP + 200, left=mm(28), right=mm(26))
    f2 = font("ming", 42)
    notary = person_name(rng)
    col.para(f"茲證明{tc_name}（{en}）之董事{tc(r.legal_rep)}先生/女士於{when.year}年{when.month}月{when.day}日在本人面前，"
             "在前面的《授權委託書》上簽字，並加蓋該公司印章。", f2, lead=76, indent=84)
    col.para("經查，該公司係在香港依法註冊成立並有效存續之有限公司，上述董事有權代表該公司簽署文件。", f2, lead=76, indent=84)
    col.para("本證明書僅供在中華人民共和國內地使用。", f2, lead=76, indent=84)
    y = col.y + 60
    n.text(n.width - mm(120), y, "中國委託公證人", f2)
    n.text(n.width - mm(120), y + 70, f"香港律師　{tc(notary)}", f2)
    n.text(n.width - mm(120), y + 140, f"{when.year}年{when.month}月{when.day}日", f2)
    seal(n, n.width - mm(56), y + 80, f"中国委托公证人{notary}", rng, radius=mm(18))
    y += 260
    n.box(LEFT, y, n.width - RIGHT, y + mm(34), width=3, outline=(170, 30, 40))
    n.text(LEFT + 20, y + 20, "此件與存檔副本核對無誤，轉遞專用。", font("ming", 36), fill=(170, 30, 40))
    n.text(LEFT + 20, y + 80, f"{CONVEY}　轉遞專用章", font("ming", 36), fill=(170, 30, 40))
    seal(n, n.width - RIGHT - mm(34), y + mm(17), CONVEY, rng, radius=mm(15), inner="转递专用章")
    return footer([s, n], font("serif", 28))


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.text(LEFT, TOP - 10, c.firm, font("serif_bold", 64), fill=GREEN)
    s.text(LEFT, TOP + 76, "GUANGDONG LAW FIRM · ZHONGSHAN", font("sans", 28), fill=GREEN)
    s.line(LEFT, TOP + 124, s.width - RIGHT, TOP + 124, width=3, fill=GREEN)
    no = f"（{c.filed_on.year}）粤中律函字第{rng.randint(30, 480)}号"
    s.right(s.width - RIGHT, TOP + 150, no, font("serif", 36))
    s.centred(TOP + 240, "律 师 事 务 所 函", font("hei", 62))
    col = Column([s], TOP + 360, left=LEFT, right=RIGHT)
    f = font("serif", 42)
    col.flush(f"{COURT}：", f, lead=76)
    col.para(f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}执行一案，本所接受申请执行人{c.applicant.name}"
             f"的委托，指派{c.agent}律师担任其委托代理人，参与本案执行程序。", f, lead=76, indent=84)
    col.para("特此函告。", f, lead=76, indent=84)
    col.y += 30
    for line in (f"承办律师：{c.agent}　　执业证号：{c.extra['licence']}", f"联系电话：{c.agent_phone}",
                 f"通讯地址：{c.extra['firm_addr']}"):
        col.flush(line, font("serif", 36), lead=60)
    y = col.y + 110
    when = num_date(c.filed_on - timedelta(days=rng.randint(2, 4)))
    s.right(s.width - RIGHT - mm(8), y, when, f)
    seal(s, s.width - RIGHT - mm(38), y - 10, c.firm, rng, radius=mm(20))
    return [s]


def _solicitors(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A Hong Kong solicitors' letter to the bureau: English letterhead, refs, 繁體 body with English phrases."""
    firm_tc, firm_en = rng.choice([("何陳律師行", "HO, CHAN & CO."), ("梁李律師事務所", "LEUNG & LEE, SOLICITORS"),
                                   ("鄧氏律師行", "TANG & ASSOCIATES")])
    solicitor = person_name(rng)
    when = c.day(28)
    s = Sheet()
    s.centred(TOP - 20, firm_en, font("serif_bold", 60), spacing=4)
    s.centred(TOP + 60, f"{firm_tc}　SOLICITORS & NOTARIES", font("ming", 36))
    s.centred(TOP + 110, f"{rng.randint(8, 30)}/F, {rng.choice(['Wing On House', 'Central Tower', 'Nan Fung Tower'])}, "
                         f"Des Voeux Road Central, Hong Kong　Tel: (852) 2{rng.randint(1000000, 9999999)}", font("serif", 28))
    s.line(LEFT, TOP + 160, s.width - RIGHT, TOP + 160, width=2)
    f = font("serif", 34)
    y = TOP + 190
    for line in (f"Our Ref: {rng.choice(['LIT', 'CM'])}/{rng.randint(1000, 9999)}/{c.filed_on.year % 100}/{solicitor[0]}",
                 f"Your Ref: {c.number}", f"Date: {when.day} {when:%B} {when.year}", "BY COURIER AND BY FAX"):
        s.text(LEFT, y, line, f)
        y += 54
    col = Column([s], y + 30, left=LEFT, right=RIGHT)
    g = font("ming", 41)
    col.flush("廣東省中山市第一人民法院執行局", g, lead=72)
    col.flush(f"執行員{tc(c.officer)}：", g, lead=72)
    col.para(f"Re: {c.number}　{tc(c.applicant.name)} v. {c.extra['en_name']}", font("serif_bold", 34), lead=56,
             hang=mm(10))
    col.y += 16
    col.para(f"本行代表{c.extra['tc_name']}（{c.extra['en_name']}，下稱「本客戶」）致函貴院。本客戶已收悉貴院"
             f"執行通知書及查封存放於{tc(c.extra['port_co'])}倉庫之燈具的裁定。", g, lead=72, indent=82)
    col.para("本客戶無意逃避債務。經本客戶與申請執行人協商，本客戶願意一次性清償判決所確定之全部款項，並授權其業務經理"
             f"{tc(c.extra['hk_agent'])}先生前往貴院簽署和解協議（其授權委託書經中國委託公證人公證並轉遞）。款項將自本客戶之"
             "香港銀行賬戶電匯至貴院執行款專戶，懇請貴院於款項到賬後解除對上述貨物之查封，以便其經中山港付運。", g, lead=72,
             indent=82)
    col.para("如有任何查詢，請與本行聯絡。", g, lead=72, indent=82)
    col.y += 40
    col.flush("Yours faithfully,", f, lead=60)
    hand(col.s, LEFT + mm(6), col.y + 10, tc(solicitor), rng, size=56, ink=BLUE_INK)
    col.y += 110
    col.flush(f"{firm_en}", font("serif_bold", 34), lead=56)
    col.flush(f"c.c. client　　Solicitor in charge: {tc(solicitor)}", font("serif", 28), lead=50)
    return footer(col.sheets, font("serif", 28))


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 copied open on the glass: the cover leaf dark, the data leaf with photo, stamped and annotated."""
    s = Sheet()
    x0, y0 = mm(22), mm(34)
    lw, lh = mm(80), mm(112)
    s.draw.rectangle((x0, y0, x0 + lw, y0 + lh), fill=(95, 40, 40), outline=(60, 60, 60), width=3)
    s.centred(y0 + mm(24), "中华人民共和国", font("serif_bold", 40), x0=x0, x1=x0 + lw, fill=(230, 200, 140))
    s.centred(y0 + mm(50), "律师执业证", font("serif_bold", 62), x0=x0, x1=x0 + lw, fill=(230, 200, 140))
    x1 = x0 + lw + mm(8)
    s.draw.rectangle((x1, y0, x1 + lw, y0 + lh), fill=(236, 234, 228), outline=(90, 90, 90), width=3)
    s.draw.rectangle((x1 + mm(6), y0 + mm(8), x1 + mm(32), y0 + mm(42)), fill=(165, 165, 165))
    f = font("sans", 30)
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
            ("持证人", c.agent), ("性别", "男"), ("发证机关", "广东省司法厅"),
            ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    y = y0 + mm(48)
    for label, value in rows:
        s.text(x1 + mm(5), y, label, f, fill=(70, 70, 70))
        s.text(x1 + mm(28), y, value, font("sans", 30))
        y += mm(8.5)
    seal(s, x1 + lw - mm(20), y0 + lh - mm(22), "广东省司法厅", rng, radius=mm(14))
    s.text(x1 + mm(36), y0 + mm(12), "年度考核", font("sans", 28))
    s.text(x1 + mm(36), y0 + mm(20), f"{c.filed_on.year - 1}年度　称职", font("sans", 28))
    hand(s, mm(30), y0 + lh + mm(26), "此复印件与原件相符", rng, size=58, ink=INK)
    hand(s, mm(120), y0 + lh + mm(42), c.agent, rng, size=52, ink=INK)
    return [s]


def _id_copy(p: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2
    ys = [mm(36), mm(36) + h + mm(14)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=(222, 222, 218), outline=(110, 110, 110), width=2)
    y = ys[0]
    lab, val = font("hei", 26), font("hei", 31)
    born = p.born or date(1980, 1, 1)
    ty = y + mm(5)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year} 年 {born.month} 月 {born.day} 日")):
        s.text(x + mm(4), ty, label, lab, fill=(90, 90, 90))
        s.text(x + mm(15), ty - 2, value, val)
        ty += mm(7.5)
    s.text(x + mm(4), ty, "住址", lab, fill=(90, 90, 90))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(15), ty - 2, p.address[k:k + 12], val)
        ty += mm(5.4)
    s.text(x + mm(4), y + h - mm(9), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(24), y + h - mm(10), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(26), y + mm(7), x + w - mm(4), y + mm(35)), fill=(150, 150, 150))
    y = ys[1]
    s.centred(y + mm(8), "中华人民共和国", font("hei", 38), x0=x, x1=x + w)
    s.centred(y + mm(19), "居民身份证", font("hei", 56), x0=x, x1=x + w)
    s.text(x + mm(8), y + h - mm(16), "签发机关　中山市公安局", lab)
    start = rng.randint(2013, 2021)
    s.text(x + mm(8), y + h - mm(9), f"有效期限　{start}.0{rng.randint(1, 9)}.2{rng.randint(0, 8)}-{start + 20}.0"
           f"{rng.randint(1, 9)}.2{rng.randint(0, 8)}", lab)
    hand(s, mm(34), ys[1] + h + mm(22), "与原件核对一致，仅供法院执行使用", rng, size=48, ink=BALL)
    hand(s, mm(130), ys[1] + h + mm(40), p.name, rng, size=56, ink=BALL)
    return [s]


def _macau_cards(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A Macau resident's 澳門特別行政區永久性居民身份證 (front and back) and 港澳居民来往内地通行证 copied on one sheet."""
    s = Sheet()
    born = p.born or date(1970, 1, 1)
    w, h = mm(86), mm(54)
    xl, xr = mm(14), mm(14) + w + mm(10)
    y = mm(30)
    for x in (xl, xr):
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=(216, 222, 226), outline=(110, 110, 110), width=2)
    tc = font("ming", 30)
    pt = font("serif", 22)
    s.text(xl + mm(4), y + mm(3), "澳門特別行政區永久性居民身份證", font("ming", 32))
    s.text(xl + mm(4), y + mm(9), "BILHETE DE IDENTIDADE DE RESIDENTE PERMANENTE", pt)
    s.draw.rectangle((xl + mm(4), y + mm(15), xl + mm(26), y + mm(44)), fill=(150, 150, 150))
    ty = y + mm(15)
    for label, value in (("姓名 Nome", p.name), ("出生日期 Data de nascimento", f"{born.day:02d}-{born.month:02d}-{born.year}"),
                         ("性別 Sexo", p.sex), ("證件號碼 N.º", c.extra["mo_id"])):
        s.text(xl + mm(30), ty, label, pt, fill=(80, 80, 80))
        s.text(xl + mm(30), ty + mm(3.6), value, tc)
        ty += mm(9)
    first = rng.randint(2015, 2021)
    s.text(xr + mm(4), y + mm(6), f"首次簽發日期 Data de emissão da 1.ª via　{rng.randint(1, 28):02d}-0{rng.randint(1, 9)}-{first - 12}", pt)
    s.text(xr + mm(4), y + mm(13), f"簽發日期 Data de emissão　{rng.randint(1, 28):02d}-0{rng.randint(1, 9)}-{first}", pt)
    s.text(xr + mm(4), y + mm(20), f"有效期至 Válido até　{rng.randint(1, 28):02d}-0{rng.randint(1, 9)}-{first + 10}", pt)
    s.text(xr + mm(4), y + mm(30), "身份證明局 DIRECÇÃO DOS SERVIÇOS DE IDENTIFICAÇÃO", pt)
    s.text(xr + mm(4), y + mm(40), f"MAC<<{c.extra['mo_id'].replace('(', '').replace(')', '')}<<<<<<<<", font("mono", 26))
    # the mainland travel permit (回乡证), simplified
    y2 = y + h + mm(18)
    x = mm(14)
    pw = mm(110)
    s.draw.rounded_rectangle((x, y2, x + pw, y2 + mm(70)), radius=mm(3.5), fill=(220, 230, 236), outline=(110, 110, 110), width=2)
    s.text(x + mm(4), y2 + mm(3), "港澳居民来往内地通行证", font("hei", 40))
    s.text(x + mm(4), y2 + mm(11), "MAINLAND TRAVEL PERMIT FOR HONG KONG AND MACAO RESIDENTS", font("serif", 20))
    s.draw.rectangle((x + mm(4), y2 + mm(19), x + mm(28), y2 + mm(51)), fill=(150, 150, 150))
    ty = y2 + mm(19)
    for label, value in (("姓名", p.name), ("出生日期", f"{born.year}.{born.month:02d}.{born.day:02d}"), ("性别", p.sex),
                         ("有效期限", f"{rng.randint(2019, 2023)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-"
                                     f"{rng.randint(2029, 2033)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}"),
                         ("签发机关", "公安部出入境管理局")):
        s.text(x + mm(32), ty, label, font("hei", 24), fill=(80, 80, 80))
        s.text(x + mm(50), ty - 2, value, font("hei", 30))
        ty += mm(6.6)
    s.text(x + mm(32), y2 + mm(56), "证件号码", font("hei", 24), fill=(80, 80, 80))
    s.text(x + mm(50), y2 + mm(55), p.id_number, font("mono", 40))
    hand(s, mm(22), y2 + mm(88), "以上证件复印件与原件一致，本人确认。", rng, size=50, ink=BALL)
    hand(s, mm(130), y2 + mm(106), p.name, rng, size=58, ink=BALL)
    hand(s, mm(130), y2 + mm(122), num_date(c.filed_on), rng, size=42, ink=BALL)
    return [s]


def _licence_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照 (副本) copy — a national-emblem frame drawn as a double red-brown border, a QR block, then the
    法定代表人身份证明书 typed in the bottom half."""
    s = Sheet()
    brown = (150, 70, 50)
    x0, y0, x1, y1 = mm(16), mm(16), s.width - mm(16), mm(160)
    s.box(x0, y0, x1, y1, width=7, outline=brown)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=brown)
    s.centred(y0 + mm(12), "营 业 执 照", font("serif_bold", 90), spacing=16)
    s.centred(y0 + mm(31), "（副　本）", font("serif", 34))
    s.draw.rectangle((x1 - mm(40), y0 + mm(10), x1 - mm(16), y0 + mm(34)), fill=(60, 60, 60))
    f = font("serif", 33)
    s.text(x0 + mm(8), y0 + mm(42), f"统一社会信用代码　{p.id_number}", f)
    trade = "灯饰、照明器具的设计、生产、销售；货物进出口" if "灯饰" in p.name else (
        "五金锁具、建筑五金的制造、销售" if "锁业" in p.name else "红木家具制造、销售；木制品加工")
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", trade), ("注册资本", f"人民币{rng.choice([100, 200, 500, 1000])}万元"),
            ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(52)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        s.text(x0 + mm(44), ty, value[:28], f)
        ty += mm(10)
    seal(s, x1 - mm(46), y1 - mm(26), "中山市市场监督管理局", rng, radius=mm(17))
    s.text(x1 - mm(80), y1 - mm(14), f"登记机关　{c.filed_on.year - 1}年{rng.randint(1, 12)}月", font("serif", 30))
    col = Column([s], y1 + mm(14), left=mm(24), right=mm(22))
    col.flush("法定代表人身份证明书", font("sans_bold", 52), lead=100, where="centre")
    col.para(f"{p.legal_rep}，现任我公司法定代表人（执行董事兼总经理），特此证明。", font("serif", 40), lead=70, indent=80)
    y = col.y + 50
    s.right(s.width - mm(30), y, num_date(c.filed_on - timedelta(days=rng.randint(1, 8))), font("serif", 40))
    seal(s, s.width - mm(58), y - 10, p.name, rng, radius=mm(18))
    hand(s, mm(28), s.height - mm(28), "复印件与原件一致", rng, size=48, ink=INK)
    return [s]


def _hk_company(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The Hong Kong company's 公司註冊證明書 and 商業登記證 copies, each certified by a 中国委托公证人 (two sheets)."""
    tc_name, en = c.extra["tc_name"], c.extra["en_name"]
    made = date(rng.randint(2008, 2016), rng.randint(1, 12), rng.randint(1, 28))
    s = Sheet()
    s.centred(mm(24), "香港特別行政區", font("ming", 44))
    s.centred(mm(34), "HONG KONG SPECIAL ADMINISTRATIVE REGION", font("serif", 30))
    s.box(mm(22), mm(46), s.width - mm(22), mm(190), width=4, outline=(90, 90, 90))
    s.centred(mm(54), "公司註冊證明書", font("ming", 66), spacing=12)
    s.centred(mm(68), "CERTIFICATE OF INCORPORATION", font("serif_bold", 44), spacing=4)
    s.right(s.width - mm(30), mm(80), f"編號 No. {c.extra['ci_no']}", font("serif", 34))
    col = Column([s], mm(94), left=mm(32), right=mm(32))
    col.para(f"本人謹此證明{tc_name}（{en}）於{made.year}年{made.month}月{made.day}日根據香港法例第622章《公司條例》"
             "在香港註冊成為一間股份有限公司。", font("ming", 40), lead=70, indent=80)
    col.para(f"I hereby certify that {en} is this day incorporated in Hong Kong under the Companies Ordinance "
             "(Chapter 622 of the Laws of Hong Kong), and that this company is limited.", font("serif", 34), lead=58)
    col.y += 20
    col.flush("香港公司註冊處處長　Registrar of Companies, Hong Kong", font("ming", 32), lead=56, where="right")
    y: float = mm(204)
    s.box(mm(22), y, s.width - mm(22), y + mm(66), width=2, outline=(170, 30, 40))
    note = Column([s], y + 24, left=mm(30), right=mm(30))
    notary = person_name(rng)
    note.para(f"茲證明前面之公司註冊證明書影印本與原件相符，原件真實。{tc_name}現仍有效存續。", font("ming", 38), lead=64)
    note.flush(f"中國委託公證人、香港律師　{tc(notary)}", font("ming", 36), lead=60)
    note.flush(f"（{c.filed_on.year}）港證字第{rng.randint(10000, 99999)}號", font("ming", 34), lead=60)
    seal(s, s.width - mm(52), y + mm(40), f"中国委托公证人{notary}", rng, radius=mm(16))
    seal(s, mm(60), y + mm(46), CONVEY, rng, radius=mm(15), inner="转递专用章")
    b = Sheet()
    b.centred(mm(20), "商業登記證", font("ming", 70), spacing=18)
    b.centred(mm(34), "BUSINESS REGISTRATION CERTIFICATE", font("serif_bold", 40))
    b.centred(mm(44), "稅務局　INLAND REVENUE DEPARTMENT", font("ming", 32))
    start = c.filed_on.replace(day=1) - timedelta(days=rng.randint(60, 300))
    rows = [["業務名稱 Name of Business", f"{tc_name}\n{en}"], ["分行名稱 Branch Name", "—"],
            ["地址 Address", c.extra["tc_addr"]], ["業務性質 Nature of Business", "TRADING 貿易（燈飾）"],
            ["法律地位 Status", "BODY CORPORATE 法團"], ["生效日期 Date of Commencement", f"{made:%d/%m/%Y}"],
            ["登記證號碼 Certificate No.", f"{c.respondent.id_number}-000-{start:%m}-{start.year % 100 + 1:02d}-{rng.choice('0123456789')}"],
            ["屆滿日期 Date of Expiry", f"{(start + timedelta(days=364)):%d/%m/%Y}"]]
    w = b.width - mm(24) * 2
    boxes = frame(b, mm(24), mm(56), [mm(62), w - mm(62)], [[k, v.replace("\n", " ")] for k, v in rows], font("ming", 30),
                  heights=mm(15))
    b.text(mm(24), boxes[-1][3] + 30, "此證必須展示於業務地址的顯眼處 THIS CERTIFICATE MUST BE DISPLAYED CONSPICUOUSLY", font("serif", 24))
    y = boxes[-1][3] + mm(20)
    b.box(mm(22), y, b.width - mm(22), y + mm(50), width=2, outline=(170, 30, 40))
    note = Column([b], y + 24, left=mm(30), right=mm(30))
    note.para("茲證明前面之商業登記證影印本與原件相符。", font("ming", 38), lead=64)
    note.flush(f"中國委託公證人　{tc(notary)}　{c.filed_on.year}年{c.filed_on.month}月", font("ming", 36), lead=60)
    seal(b, b.width - mm(52), y + mm(28), f"中国委托公证人{notary}", rng, radius=mm(16))
    return footer([s, b], font("serif", 28))


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """广东省非税收入（电子）票据 printed on half a page, purple-blue print."""
    s = Sheet()
    ink = (70, 60, 140)
    f = font("song_gb", 31)
    s.centred(mm(20), "广东省非税收入（电子）票据", font("song_gb", 54), fill=ink, spacing=4)
    s.text(mm(18), mm(34), f"票据代码：44010124　　票据号码：{rng.randint(10**9, 10**10 - 1)}　　校验码：{rng.randint(100000, 999999)}",
           f, fill=ink)
    s.text(mm(18), mm(41), f"交款人：{c.applicant.name}　　开票日期：{c.filed_on:%Y-%m-%d}", f, fill=ink)
    w = s.width - mm(36)
    fee: Decimal = c.extra["fee"]
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            ["103040101", "诉讼费（申请执行费）", "件", "1", f"{fee:,.2f}", f"{fee:,.2f}"],
            ["金额合计（大写）", money_caps(fee)], ["备注", f"案号：{c.number}"]]
    frame(s, mm(18), mm(50), [mm(30), mm(54), mm(14), mm(14), mm(28), w - mm(140)], rows, f, heights=mm(13), ink=ink)
    s.text(mm(18), mm(106), f"收款单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f, fill=ink)
    seal(s, s.width - mm(60), mm(100), COURT, rng, radius=mm(17), inner="财务专用章")
    return [s]


def _counter_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 诉讼服务中心 counter's printed forms, filled by the party in blue ballpoint."""
    a, r = c.applicant, c.respondent
    t = c.extra["tale"]
    s = Sheet()
    w = s.width - LEFT - RIGHT
    who = a.legal_rep if a.kind == "organisation" else a.name
    day = c.filed_on
    if code == "payment_account_confirmation":
        bank = {"lamp": "中国银行中山古镇支行", "lock": "中山农村商业银行小榄支行", "pigeon": "中国银行中山分行"}[t]
        title = "申请执行人收取执行款确认书"
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", bank),
                ("银行账号", f"62{rng.randint(10**15, 10**16 - 1)}"), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为接收本案执行款的账户。如账户信息有误或变更未告知，造成的后果由本人（单位）承担。"
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [("案号", c.number), ("受送达人", a.name), ("确认的送达地址", a.address), ("代收人", f"{c.agent}（委托代理人）"),
                ("联系电话", c.agent_phone), ("是否同意电子送达", f"同意，手机号码{c.agent_phone}")]
        note = ("告知：1.受送达人应当如实提供送达地址，地址变更的应当书面告知本院；2.提供的地址不准确、拒不提供或者变更"
                "后未及时告知，导致文书未能被实际接收的，文书退回之日视为送达之日。")
        who = c.agent
    elif code == "property_clue_form":
        title = "被执行人财产线索表"
        clue = {"lamp": f"被执行人一批{c.extra.get('goods')}存放于{c.extra.get('port_co')}仓库待运香港",
                "lock": "大涌镇厂房内的红木原料、成品家具；雕花机等设备",
                "pigeon": f"“{c.extra.get('shop')}”的经营收入（微信、支付宝收款码）；被执行人名下小车一辆"}[t]
        rows = [("案号", c.number), ("被执行人", r.name), ("证照号码", r.id_number), ("住所地/住址", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人自行掌握")]
        note = "申请执行人提供的财产线索应当真实；明知虚假而提供，致使他人合法权益受损的，应承担相应法律责任。"
    else:
        title = "被执行人财产申报表"
        who = c.extra.get("hk_agent") or (r.legal_rep if r.kind == "organisation" else r.name)
        day = d
        decl = {"lamp": ("香港银行账户（恒生银行）", "无", "无", "存放中山港的灯具一批（已被查封）"),
                "lock": ("无（账户已冻结）", "无", "无", "厂已停产，无其他财产"),
                "pigeon": ("中国农业银行账户约三千元", "无", "自用小车一辆（按揭中）", "乳鸽餐馆营业收入")}[t]
        rows = [("案号", c.number), ("申报人", r.name), ("银行存款", decl[0]), ("不动产", decl[1]), ("车辆", decl[2]),
                ("其他财产", decl[3])]
        note = "本人（单位）保证申报内容真实、完整。如有隐瞒、虚假申报，愿承担法律责任。"
    y = form_title(s, title, issuer="中山市第一人民法院诉讼服务中心" if code != "property_declaration_form" else COURT)
    boxes = frame(s, LEFT, y, [mm(46), w - mm(46)], [[label, ""] for label, _ in rows], font("song_gb", 36),
                  heights=[mm(24) if len(v) > 20 else mm(16) for _, v in rows])
    right = [b for b in boxes if b[0] > LEFT]
    for (_label, value), b in zip(rows, right, strict=True):
        gel(s, b[0] + mm(4), b[1] + mm(3.5), value, rng, size=40, per=21, lead=mm(7.6), ink=BALL)
    col = Column([s], boxes[-1][3] + 40)
    col.para(note, font("song_gb", 33), lead=54, indent=66)
    y = col.y + 60
    s.text(s.width - RIGHT - mm(112), y, "确认人（签名、盖章）", font("song_gb", 36))
    gel(s, s.width - RIGHT - mm(38), y - 8, who, rng, size=52, ink=BALL)
    gel(s, s.width - RIGHT - mm(70), y + 84, num_date(day), rng, size=42, ink=BALL)
    if a.kind == "organisation" and code in ("payment_account_confirmation", "property_clue_form"):
        seal(s, s.width - RIGHT - mm(44), y + 40, a.name, rng, radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控 system's feedback list, printed by the bureau: a banner, the query line, a thin-ruled table."""
    r = c.respondent
    t = c.extra["tale"]
    f = font("sans", 27)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "招商银行",
             "广发银行", "中山农村商业银行", "广东华兴银行", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司",
             "自然资源部（不动产）", "公安部（车辆）", "中国证券登记结算有限责任公司", "市场监管总局（股权）"]
    rows = [["序号", "协助查询单位", "反馈结果", "反馈时间"]]
    for i, unit in enumerate(units, 1):
        if t == "pigeon" and "财付通" in unit:
            res = f"有账户，余额{rng.randint(800, 4000)}.{rng.randint(10, 99)}元"
        elif t == "pigeon" and "车辆" in unit:
            res = "小型轿车1辆（抵押）"
        elif t == "lamp" and "银行" in unit:
            res = "未开户"
        elif "银行" in unit and rng.random() < 0.3:
            res = f"有账户，余额{rng.randint(0, 400)}.{rng.randint(10, 99)}元"
        else:
            res = "未查询到财产信息"
        rows.append([str(i), unit, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}"])
    s = Sheet()
    s.draw.rectangle((mm(14), mm(12), s.width - mm(14), mm(26)), fill=(225, 232, 240))
    s.text(mm(18), mm(14.5), "全国法院网络执行查控系统 · 查询结果反馈", font("sans_bold", 40))
    s.text(mm(14), mm(32), f"案号：{c.number}　　承办人：{c.officer}　　查询时间：{d:%Y-%m-%d}", f)
    s.text(mm(14), mm(39), f"被查询人：{r.name}　　证照号码：{r.id_number}", f)
    w = s.width - mm(28)
    frame(s, mm(14), mm(48), [mm(16), mm(74), mm(58), w - mm(148)], rows, f, heights=mm(10.5), centre=(0,))
    s.text(mm(14), s.height - mm(18), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d}", f)
    return bureau([s])


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    lamp = c.extra["tale"] == "lamp"
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("hei", 66), spacing=12)
    col = Column([s], TOP + 140, left=mm(26), right=mm(25))
    f = font("song_gb", 41)
    paid = c.extra["pay_day"]
    if lamp:
        terms = [f"一、乙方同意向甲方支付货款{c.amount:,.2f}元，甲方放弃判决所确定的逾期利息及迟延履行期间的债务利息；",
                 f"二、乙方于{num_date(paid)}前将上述款项一次性汇入{COURT}执行款专户（自香港汇出的，汇费由乙方承担）；",
                 "三、款项到账后，甲方同意法院解除对乙方存放于中山港仓库灯具的查封；",
                 "四、乙方逾期未付的，甲方可申请恢复执行原生效判决。"]
        b_sign = c.extra["hk_agent"]
    else:
        first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
        terms = [f"一、乙方确认尚欠甲方借款本金{c.amount:,.2f}元，甲方放弃利息；",
                 f"二、乙方于本协议签订当日支付{first:,.2f}元，余款{c.amount - first:,.2f}元于{num_date(paid)}前付清，"
                 "均汇入法院执行款专户；",
                 "三、乙方按期付清后，本案执行完毕；乙方逾期未付，甲方可申请恢复执行原生效判决；",
                 "四、本协议一式三份，双方各执一份，交法院附卷一份。"]
        b_sign = r.name
    col.para(f"甲方（申请执行人）：{a.name}", f, lead=74)
    col.para(f"乙方（被执行人）：{r.name}" + (f"（{c.extra['en_name']}），授权代表：{b_sign}" if lamp else ""), f, lead=74)
    col.para(f"{c.number}执行一案，经{COURT}执行人员主持，甲乙双方自愿达成和解协议如下：", f, lead=74, indent=82)
    for term in terms:
        col.para(term, f, lead=74, indent=82)
    y = col.y + 70
    s.text(mm(26), y, "甲方：", f)
    if a.kind == "organisation":
        seal(s, mm(68), y + 30, a.name, rng, radius=mm(18))
    gel(s, mm(46), y - 6, c.agent, rng, size=52, ink=INK)
    s.text(s.width / 2 + mm(6), y, "乙方：", f)
    gel(s, s.width / 2 + mm(28), y - 6, b_sign, rng, size=54, ink=INK)
    s.text(mm(26), y + 120, f"签订日期：{num_date(d)}　　签订地点：{COURT}执行局", f)
    gel(s, mm(26), y + 220, f"款已于{paid.month}月{paid.day}日全部到账。{c.officer}", rng, size=42, ink=BALL)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A Bank of China 汇入汇款通知书 (the respondent's money arriving) or a plain bank receipt, over the court's own
    执行案款发放凭证 signed by the applicant's agent."""
    s = Sheet()
    paid = c.extra["pay_day"]
    f = font("sans", 29)
    blue = (30, 60, 120)
    lamp = c.extra["tale"] == "lamp"
    s.text(mm(16), mm(14), "中国银行", font("serif_bold", 52), fill=(170, 20, 30))
    s.text(mm(60), mm(17), "BANK OF CHINA", font("serif_bold", 34), fill=(170, 20, 30))
    title = "汇入汇款通知书 INWARD REMITTANCE ADVICE" if lamp else "客户回单（转账收款）"
    s.right(s.width - mm(16), mm(18), title, font("sans_bold", 34))
    w = s.width - mm(32)
    payer = f"{c.extra['en_name']}" if lamp else c.respondent.name
    bank = "HANG SENG BANK LTD, HONG KONG" if lamp else "中国农业银行中山石岐支行"
    rows = [["业务编号", f"{paid:%y%m%d}IN{rng.randint(10**6, 10**7 - 1)}", "起息日", f"{paid:%Y-%m-%d}"],
            ["汇款人", payer, "汇出行", bank],
            ["收款人", f"{COURT}（执行款专户）", "收款账号", c.extra["court_acct"]],
            ["币种/金额", f"CNY {c.amount:,.2f}", "大写", money_caps(c.amount)],
            ["附言", f"{c.number} SETTLEMENT" if lamp else f"{c.number}执行和解款"]]
    frame(s, mm(16), mm(30), [mm(30), mm(66), mm(26), w - mm(122)], rows, f, heights=mm(13), ink=blue)
    seal(s, s.width - mm(52), mm(104), "中国银行中山分行", rng, radius=mm(15), inner="业务专用章")
    for x in range(mm(10), s.width - mm(10), 20):
        s.line(x, mm(128), x + 9, mm(128), width=1, fill=(150, 150, 150))
    y = mm(138)
    s.centred(y, "执行案款发放凭证", font("serif_bold", 56), spacing=10)
    s.right(s.width - mm(16), y + mm(12), c.number, font("serif", 32))
    given = paid + timedelta(days=rng.randint(2, 5))
    rows2 = [["领款人", c.applicant.name, "代领人", c.agent], ["发放金额", f"{c.amount:,.2f}元", "发放方式", "转账"],
             ["款项来源", "被执行人汇入执行款专户", "发放日期", f"{given:%Y-%m-%d}"], ["领款人签名", ""], ["承办人", ""]]
    boxes = frame(s, mm(16), y + mm(22), [mm(30), mm(66), mm(26), w - mm(122)], rows2, font("serif", 32),
                  heights=[mm(14)] * 3 + [mm(22), mm(14)])
    gel(s, boxes[-3][0] + mm(8), boxes[-3][1] + mm(5), c.agent, rng, size=52, ink=BALL)
    gel(s, boxes[-1][0] + mm(8), boxes[-1][1] + mm(2), c.officer, rng, size=44)
    seal(s, s.width - mm(56), y + mm(60), COURT, rng, radius=mm(17), inner="执行款专用章")
    return [s]
