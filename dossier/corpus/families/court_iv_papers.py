"""What 市中法院执行局 receives, each in its maker's look: the civil division's 民事判决书 and 民事调解书 (Noto serif,
"— n —" folios) and its 生效证明书 on the division's blue form; the lawyers' typed papers on white (the 泉润 firm's
boxed 黑体 title, the 鲁衡 firm's letterhead with a grey band, the legal-aid lawyer's plain 宋体); the window's forms on
coloured stock filled in ballpoint; the 山东省非税收入 bill red-printed on pink; ID cards and licences photocopied
grey; the 查控 system's printout; bank slips blue on light blue pasted on a 粘贴单, and the court's own 案款收据
red on pink."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_iv_kit import (
    BALLPOINT,
    BLACK,
    BLUE,
    BLUE_PRINT,
    COURT,
    GREEN,
    LEFT,
    PINK,
    RED_PRINT,
    RIGHT,
    TOP,
    TYPED,
    Flow,
    cells,
    fill,
    footers,
    form_title,
    lian_label,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "payment_voucher",
})
SLIP = (214, 230, 248)
"""the light-blue stock of the bank's 回单"""
SLIP_INK = (34, 72, 168)


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_iv import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _mediation(c, rng) if _tale(c) == "tile" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_copy(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_copy(p, c, rng)
    if code == "fee_receipt":
        return _fee_bill(c, rng)
    if code == "property_clue_form":
        return _clues(c, rng)
    if code == "payment_account_confirmation":
        return _account(c, rng)
    if code == "service_address_confirmation":
        return _address(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _money(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        head = "负责人" if "支公司" in p.name else "法定代表人"
        return f"{p.name}，住所地{p.address}。{head}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}。"


def _division(c: CaseCtx, rng: random.Random, title: str, paras: list[tuple[str, str]], signers: list[tuple[str, str]],
              when: date) -> list[Sheet]:
    """The civil division's papers: the court's name and the title in Noto serif, the body in Noto serif at a
    generous leading, the signers and date at the right, folios "— n —"."""
    flow = Flow(TOP + 250, left=mm(30), right=mm(28))
    s = flow.s
    s.centred(TOP, COURT, font("serif", 56), spacing=4)
    s.centred(TOP + 100, title, font("serif_bold", 82), spacing=36)
    f = font("serif", 40)
    flow.flush(c.basis_number, f, lead=92, right=True)
    for kind, text in paras:
        flow.para(text, f, lead=72, first=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    flow.room(90 * len(signers) + 240)
    last, y = flow.s, flow.y + 60
    x = last.width - mm(96)
    for role, name in signers:
        last.text(x, y, role, f, spacing=10 if len(role) == 3 else 0)
        last.text(x + mm(36), y, name, f)
        y += 76
    day = cn_date(when)
    last.text(x, y + 20, day, f)
    seal(last, x + text_width(day, f) / 2, y + 30, COURT, rng, radius=mm(21))
    last.text(x, y + 110, "书 记 员", f)
    last.text(x + mm(36), y + 110, person_name(rng), f)
    if len(flow.sheets) > 1:  # the copy's check stamp, the division's blue rectangle
        g = font("kai", 30)
        ink = (50, 70, 170)
        last.box(mm(30), y + 200, mm(30) + 300, y + 256, width=3, outline=ink)
        last.text(mm(30) + 16, y + 212, "本件与原本核对无异", g, fill=ink)
    return footers(flow.sheets, font("serif", 32), style="folio")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(35, 55))
    agent = person_name(rng)
    if _tale(c) == "heat":
        area = c.extra["area"]
        facts = (f"被告系{r.address}房屋的所有权人，该房屋建筑面积{area}平方米，位于原告的供热区域内。原告于"
                 f"{c.extra['seasons']}按照济南市供热条例及相关规定向该房屋提供供热服务，供热温度符合标准。"
                 f"按照济南市物价部门核定的居民供热价格每平方米每采暖季26.70元计算，被告应交纳供暖费{c.amount:,.2f}元，"
                 "经原告多次催缴，被告至今未交纳。")
        held = ("原、被告之间虽未签订书面供用热力合同，但原告已实际向被告房屋供热，被告接受了供热服务，双方形成事实上的供用"
                "热力合同关系。被告主张其房屋室温偏低，但未提交证据证明，亦未在采暖期内向原告提出书面报修，本院不予采信。")
        rule = "《中华人民共和国民法典》第四百六十五条、第六百五十六条"
        order = f"被告{r.name}于本判决生效之日起十日内向原告{a.name}支付{c.extra['seasons']}供暖费{c.amount:,.2f}元。"
        ask = f"判令被告支付供暖费{c.amount:,.2f}元"
        reply = f"被告{r.name}辩称，其房屋暖气不热，拒绝交费。"
    else:
        crash = c.extra["crash"]
        facts = (f"{num_date(crash)}，被告{r.name}驾驶{c.extra.get('plate', '')}号重型货车在济南市市中区二环南路与英雄山路交叉口"
                 f"由东向西行驶时，与前方{c.extra['insured']}驾驶的小型轿车发生追尾，致该车受损。经济南市公安局交通警察支队"
                 f"市中区大队认定，被告负事故全部责任。该车在原告处投保了机动车损失保险，事故发生在保险期间内。原告经定损，"
                 f"向被保险人{c.extra['insured']}赔付车辆损失{c.amount:,.2f}元，被保险人出具了权益转让书。被告驾驶的货车交强险"
                 "财产损失限额已用尽，超出部分被告未赔偿。")
        held = ("因第三者对保险标的的损害而造成保险事故的，保险人自向被保险人赔偿保险金之日起，在赔偿金额范围内代位行使"
                "被保险人对第三者请求赔偿的权利。原告已向被保险人赔付，取得代位求偿权，被告作为事故全责方，应予赔偿。")
        rule = "《中华人民共和国保险法》第六十条，《中华人民共和国民法典》第一千一百六十五条、第一千二百零八条"
        order = f"被告{r.name}于本判决生效之日起十日内赔偿原告{a.name}保险代位求偿款{c.amount:,.2f}元。"
        ask = f"判令被告赔偿原告代位求偿款{c.amount:,.2f}元"
        reply = f"被告{r.name}未答辩，亦未到庭参加诉讼。"
    fee = int(c.amount) // 100 + 25
    paras = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{agent}，该公司员工。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用"
              f"简易程序，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{agent}到庭参加诉讼，"
              + ("被告到庭参加诉讼。" if _tale(c) == "heat" else "被告经本院传票传唤无正当理由拒不到庭。") + "本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.{ask}；2.诉讼费用由被告负担。事实和理由：{facts}"),
        ("p", reply),
        ("p", f"本院经审理认定事实如下：{facts}"),
        ("p", f"本院认为，{held}依照{rule}，《中华人民共和国民事诉讼法》第六十七条"
              + ("、第一百四十七条" if _tale(c) == "cover" else "") + "之规定，判决如下："),
        ("p", order),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{fee}元，减半收取{fee // 2}元，由被告{r.name}负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于山东省"
              "济南市中级人民法院。"),
    ]
    c.extra.setdefault("civil_judge", person_name(rng))
    return _division(c, rng, "民事判决书", paras, [("审判员", str(c.extra["civil_judge"]))],
                     c.basis_effective - timedelta(days=rng.randint(17, 24)))


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    first = (c.amount * Decimal("0.3")).quantize(Decimal("100"))
    paras = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}劳务合同纠纷一案，本院于{cn_date(c.basis_effective - timedelta(days=40))}立案后，"
              "依法适用简易程序进行了审理。"),
        ("p", f"原告{a.name}向本院提出诉讼请求：判令被告支付劳务费{c.amount:,.2f}元。事实和理由：原告自2022年4月起跟随被告"
              f"在{c.extra['site']}等多处住宅装修工地从事贴砖、防水工作，约定按平方米计酬。工程完工后，经双方结算，被告尚欠原告"
              f"劳务费{c.amount:,.2f}元，并出具欠条一张，此后被告以发包方未结款为由拒不支付。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}欠原告{a.name}劳务费{c.amount:,.2f}元，于2023年{rng.randint(8, 10)}月30日前支付{first:,.0f}元，"
              f"余款{c.amount - first:,.2f}元于2023年12月31日前付清；"),
        ("p", "二、被告如有任何一期未按期足额履行，原告有权就全部未付款项申请强制执行；"),
        ("p", "三、案件受理费减半收取后由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    return _division(c, rng, "民事调解书", paras, [("审判员", person_name(rng))],
                     c.basis_effective - timedelta(days=1))


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 生效证明书: a half-page form printed black on its blue stock, typed in."""
    s = Sheet(paper=BLUE)
    y = form_title(s, "生效证明书", BLACK, size=72)
    lian_label(s, "第二联 交执行局", BLACK)
    f = font("song_gb", 40)
    flow = Flow(y + 40, paper=BLUE, left=LEFT + mm(4), right=RIGHT + mm(14), sheet=s)
    flow.para(f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案的民事判决书，"
              f"已于{num_date(c.basis_effective)}发生法律效力。", f, lead=72, first=80)
    flow.para("特此证明。", f, lead=72, first=80)
    y = flow.y + 60
    s.text(LEFT + mm(4), y, "审判员：", f, fill=BLACK)
    hand(s, LEFT + mm(34), y - 8, str(c.extra.get("civil_judge") or person_name(rng)), rng, size=50, ink=BLACK)
    s.text(LEFT + mm(90), y, "书记员：", f, fill=BLACK)
    hand(s, LEFT + mm(120), y - 8, person_name(rng), rng, size=50, ink=BALLPOINT)
    day = c.basis_effective + timedelta(days=rng.randint(3, 8))
    s.right(s.width - RIGHT - mm(16), y + 120, f"{day.year}年{day.month}月{day.day}日", f)
    seal(s, s.width - RIGHT - mm(46), y + 130, COURT, rng, radius=mm(20), inner="民事审判庭")
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed application on white: the 泉润 and 鲁衡 firms box the title in 黑体; the legal-aid lawyer
    types a plain centred title in 宋体."""
    a, r = c.applicant, c.respondent
    flow = Flow(TOP + 180, left=mm(26), right=mm(24))
    s = flow.s
    title = "执行申请书" if _tale(c) == "tile" else "强制执行申请书"
    if _tale(c) == "tile":
        s.centred(TOP + 20, title, font("song_gb", 72), spacing=24)
    else:
        tf = font("hei", 68)
        w = text_width(title, tf) + 90
        x0 = (s.width - w) / 2
        s.box(x0, TOP, x0 + w, TOP + 110, width=4)
        s.centred(TOP + 18, title, tf, spacing=8)
    f = font("song_gb", 40)
    agent = (f"委托代理人：{c.agent}，{c.firm}律师（{c.extra.get('aid_no', '')}法律援助），电话{c.agent_phone}。"
             if _tale(c) == "tile" else f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。")
    req = [f"1.请求依法强制执行被执行人{r.name}支付{money(c.amount)}；", "2.请求被执行人加倍支付迟延履行期间的债务利息；",
           "3.执行费用由被执行人承担；",
           "4.请求对被执行人采取限制消费措施；被执行人有履行能力而拒不履行的，请求将其纳入失信被执行人名单。"]
    basis = f"{COURT}作出的{c.basis_number}{'民事调解书' if _tale(c) == 'tile' else '民事判决书'}"
    reason = (f"申请执行人与被执行人{c.extra['cause']}一案，经{basis}{'确认' if _tale(c) == 'tile' else '判决'}，被执行人应向"
              f"申请执行人支付{c.amount:,.2f}元。该法律文书已经发生法律效力，被执行人至今分文未付。为维护申请执行人的合法权益，"
              "依照《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。")
    for line in (f"申请执行人：{_who(a)}联系电话：{a.phone}。", agent, f"被执行人：{_who(r)}公民身份号码：{r.id_number}。"):
        flow.para(line, f, lead=68, hang=f.size * 2)
    flow.flush("执行请求：", font("hei", 42), lead=72)
    for line in req:
        flow.para(line, f, lead=68, first=f.size * 2)
    flow.flush("事实与理由：", font("hei", 42), lead=72)
    flow.para(reason, f, lead=68, first=f.size * 2)
    flow.flush("此致", f, lead=68)
    flow.flush(COURT, f, lead=68)
    flow.room(300)
    last, y = flow.s, flow.y + 50
    last.text(last.width - mm(110), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(50), y + 20, a.name, rng, radius=mm(20))
    else:
        hand(last, last.width - mm(62), y - 6, a.name, rng, size=56, ink=BLACK)
        last.draw.ellipse((last.width - mm(30), y + 6, last.width - mm(30) + 36, y + 50), fill=(196, 40, 46))
    hand(last, last.width - mm(96), y + 110, num_date(c.filed_on - timedelta(days=rng.randint(1, 4))), rng, size=44,
         ink=BLACK)
    return footers(flow.sheets, font("song_gb", 30))


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's printed 授权委托书 form, filled in by hand."""
    a = c.applicant
    s = Sheet()
    s.centred(TOP, c.firm, font("song_gb", 38))
    s.centred(TOP + 70, "授 权 委 托 书", font("serif_bold", 74), spacing=10)
    f = font("song_gb", 40)
    y = TOP + 220
    lines = [("委托人：", a.name), ("受托人：", f"{c.agent}，{c.firm}律师"), ("案　由：", f"{c.extra['cause']}执行一案"),
             ("代理权限：", "特别授权：代为申请执行、提供财产线索、申请执行措施、参加执行和解、代收执行款、签收法律文书")]
    for label, val in lines:
        s.text(LEFT, y, label, f)
        x = LEFT + mm(30)
        s.line(x, y + 52, s.width - RIGHT, y + 52, width=1)
        yy = y
        for part in wrap(val, font("kai", 44), s.width - RIGHT - x - mm(4)):
            hand(s, x + mm(2), yy - 6, part, rng, size=44, ink=BALLPOINT)
            yy += 70
            if yy > y + 70:
                s.line(x, yy - 18, s.width - RIGHT, yy - 18, width=1)
        y = max(yy, y + 70) + 30
    s.text(LEFT, y + 30, "委托期限：自签署之日起至本案执行终结止。", f)
    y += 160
    s.text(LEFT, y, "委托人（签章）：", f)
    s.text(s.width / 2 + mm(10), y, "受托人（签名）：", f)
    if a.kind == "organisation":
        seal(s, LEFT + mm(60), y + 80, a.name, rng, radius=mm(20))
    else:
        hand(s, LEFT + mm(40), y + 60, a.name, rng, size=58, ink=BLACK)
        s.draw.ellipse((LEFT + mm(80), y + 66, LEFT + mm(80) + 36, y + 110), fill=(196, 40, 46))
    hand(s, s.width / 2 + mm(40), y + 60, c.agent, rng, size=56, ink=BLACK)
    hand(s, s.width - mm(90), y + 200, num_date(c.filed_on - timedelta(days=rng.randint(3, 7))), rng, size=44, ink=BLACK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """所函 on the firm's letterhead: the firm's name over a grey band; for legal aid the 法律援助 note."""
    s = Sheet()
    s.centred(TOP - 20, c.firm, font("hei", 64), spacing=6)
    s.draw.rectangle((0, TOP + 70, s.width, TOP + 84), fill=(150, 150, 150))
    no = f"鲁{c.firm[2:4]}律函〔{c.filed_on.year}〕{rng.randint(11, 380)}号"
    s.right(s.width - RIGHT, TOP + 110, no, font("song_gb", 36))
    s.centred(TOP + 200, "律师事务所函", font("song_gb", 64), spacing=16)
    flow = Flow(TOP + 320, left=mm(26), right=mm(24), sheet=s)
    f = font("song_gb", 42)
    flow.flush(f"{COURT}：", f, lead=76)
    text = (f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}{c.extra['cause']}一案的"
            "代理人，参与执行程序。")
    if _tale(c) == "tile":
        text = (f"根据济南市市中区法律援助中心{c.extra['aid_no']}指派通知书，本所指派{c.agent}律师为受援人{c.applicant.name}"
                f"申请执行{c.respondent.name}劳务合同纠纷一案提供法律援助，担任其委托代理人。")
    flow.para(text, f, lead=76, first=84)
    flow.para("特此函告。", f, lead=76, first=84)
    flow.para(f"律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", font("song_gb", 34), lead=58)
    flow.para(f"地址：{c.extra['firm_addr']}", font("song_gb", 34), lead=58)
    y = flow.y + 110
    when = num_date(c.filed_on - timedelta(days=rng.randint(2, 5)))
    s.right(s.width - RIGHT - mm(6), y, when, f)
    seal(s, s.width - RIGHT - mm(32), y - 10, c.firm, rng, radius=mm(20))
    return [s]


def _licence_copy(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's data page photocopied in grey, the lawyer's note that it matches the original."""
    s = Sheet()
    x0, y0, w, h = mm(40), mm(45), mm(130), mm(90)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(222, 222, 220), outline=(90, 90, 90), width=3)
    s.draw.rectangle((x0 + mm(6), y0 + mm(14), x0 + mm(38), y0 + mm(56)), fill=(140, 140, 140))
    s.centred(y0 + mm(3), "中华人民共和国律师执业证", font("hei", 40), x0=x0, x1=x0 + w)
    f = font("sans", 30)
    rows = [("姓　　名", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
            ("发证机关", "山东省司法厅"), ("发证日期", f"{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月")]
    ty = y0 + mm(16)
    for label, val in rows:
        s.text(x0 + mm(44), ty, f"{label}　{val}", f, fill=(60, 60, 60))
        ty += mm(9)
    s.text(x0, y0 + h + mm(10), "年度考核：" + f"{c.filed_on.year - 1}年度 称职", font("sans", 30), fill=(80, 80, 80))
    hand(s, x0, y0 + h + mm(30), "与原件核对一致", rng, size=56, ink=BLACK)
    hand(s, x0 + mm(80), y0 + h + mm(32), c.agent, rng, size=52, ink=BLACK)
    return [s]


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card copied one above the other in the middle of the page, grey."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    y = mm(40)
    shade = (206, 206, 204)
    for k in range(2):
        s.draw.rounded_rectangle((x, y + k * (h + mm(14)), x + w, y + k * (h + mm(14)) + h), radius=mm(3), fill=shade,
                                 outline=(110, 110, 110), width=2)
    lab, val = font("hei", 24), font("hei", 30)
    born = p.born or date(1980, 1, 1)
    ty = y + mm(5)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")):
        s.text(x + mm(4), ty, label, lab, fill=(90, 90, 90))
        s.text(x + mm(15), ty - 2, value, val)
        ty += mm(7.5)
    s.text(x + mm(4), ty, "住址", lab, fill=(90, 90, 90))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(15), ty - 2, p.address[k:k + 12], val)
        ty += mm(5.2)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(25), y + h - mm(9), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(26), y + mm(7), x + w - mm(4), y + mm(35)), fill=(130, 130, 130))
    y2 = y + h + mm(14)
    s.text(x + mm(26), y2 + mm(7), "中华人民共和国", font("hei", 36))
    s.text(x + mm(18), y2 + mm(18), "居民身份证", font("hei", 54), spacing=12)
    auth = "济南市公安局" + ("市中分局" if p.id_number.startswith("3701") else "") if p.id_number.startswith("3701") \
        else "曹县公安局" if p.id_number.startswith("37172") else "聊城市公安局"
    s.text(x + mm(8), y2 + h - mm(15), f"签发机关　{auth}", lab)
    start = rng.randint(2013, 2020)
    s.text(x + mm(8), y2 + h - mm(8), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{start + 20}",
           lab)
    hand(s, mm(36), y2 + h + mm(22), f"此复印件仅供{c.court.name[3:]}执行使用", rng, size=46, ink=BLACK)
    hand(s, mm(120), y2 + h + mm(42), p.name, rng, size=54, ink=BLACK)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照 (副本) copied grey, and the 法定代表人/负责人身份证明书 on the same page below."""
    s = Sheet()
    frame = (110, 110, 110)
    x0, y0, x1, y1 = mm(16), mm(18), s.width - mm(16), mm(160)
    s.box(x0, y0, x1, y1, width=7, outline=frame)
    s.centred(y0 + mm(9), "营 业 执 照", font("serif_bold", 86), spacing=20)
    s.centred(y0 + mm(27), "（副　本）", font("serif", 34))
    f = font("serif", 32)
    s.text(x0 + mm(8), y0 + mm(38), f"统一社会信用代码　{p.id_number}", f)
    branch = "支公司" in p.name
    rows = [("名　　称", p.name), ("类　　型", "股份有限公司分公司" if branch else "有限责任公司（自然人投资或控股）"),
            ("负 责 人" if branch else "法定代表人", p.legal_rep),
            ("经营范围", "在总公司授权范围内经营财产损失保险、责任保险、短期健康保险和意外伤害保险业务" if branch
             else "供热服务；热力生产和供应；供暖设施维修"),
            ("营业场所" if branch else "住　　所", p.address)]
    ty = y0 + mm(50)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        parts = wrap(value, f, x1 - x0 - mm(52))
        for part in parts:
            s.text(x0 + mm(42), ty, part, f)
            ty += mm(8)
        ty += mm(2)
    s.text(x1 - mm(86), y1 - mm(28), "登记机关", f)
    seal(s, x1 - mm(48), y1 - mm(26), "济南市市场监督管理局" if branch else "济南市市中区市场监督管理局", rng, radius=mm(17))
    title = "负责人身份证明书" if branch else "法定代表人身份证明书"
    y = y1 + mm(16)
    s.centred(y, title, font("song_gb", 54), spacing=8)
    flow = Flow(y + mm(18), left=mm(26), right=mm(24), sheet=s)
    flow.para(f"{p.legal_rep}在我单位任{'负责人' if branch else '执行董事兼总经理'}职务，系我单位的"
              f"{'负责人' if branch else '法定代表人'}，特此证明。", font("song_gb", 40), lead=72, first=80)
    flow.s.right(flow.s.width - mm(30), flow.y + 50, num_date(c.filed_on - timedelta(days=rng.randint(3, 9))),
                 font("song_gb", 40))
    seal(s, s.width - mm(60), flow.y + 40, p.name, rng, radius=mm(19))
    hand(s, mm(28), s.height - mm(32), "与原件一致", rng, size=50, ink=BLACK)
    return [s]


def _fee_bill(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """山东省非税收入通用票据: red print on the pink 收据联, the amounts typed by the bank's printer."""
    s = Sheet(paper=PINK)
    ink = RED_PRINT
    s.centred(mm(18), "山东省非税收入通用票据", font("serif_bold", 60), fill=ink, spacing=6)
    s.centred(mm(32), "（电子票据打印件）", font("song_gb", 32), fill=ink)
    lian_label(s, "第二联 收据联", ink, serial=f"{rng.randint(10**9, 10**10 - 1)}")
    f = font("song_gb", 32)
    s.text(LEFT - mm(8), mm(44), f"票据代码：37010124　　交款人统一社会信用代码：{c.applicant.id_number}", f, fill=ink)
    s.text(LEFT - mm(8), mm(51), f"交款人：{c.applicant.name}　　　开票日期：{c.filed_on:%Y-%m-%d}", f, fill=ink)
    w = s.width - LEFT - RIGHT
    fee: Decimal = c.extra["fee"]
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            ["103040101", "诉讼费（申请执行费）", "件", "1", f"{fee:.2f}", f"{fee:,.2f}"], ["", "", "", "", "", ""],
            ["金额合计（大写）", money_caps(fee)], ["备注", f"{c.number}　执收单位：{COURT}"]]
    cells(s, LEFT - mm(8), mm(60), [mm(30), mm(56), mm(16), mm(16), mm(24), w - mm(134)], rows, f, ink=ink,
          labels=(), heights=mm(14))
    s.text(LEFT - mm(8), mm(136), f"收款单位（章）：　　　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f, fill=ink)
    seal(s, LEFT + mm(40), mm(132), "山东省财政厅非税收入票据监制章", rng, radius=mm(16))
    for x in range(0, s.width, 20):
        s.line(x, mm(150), x + 9, mm(150), width=1, fill=(200, 120, 130))
    return [s]


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The applicant's own typed list of clues (white, 黑体 heads)."""
    r = c.respondent
    clues = {"heat": [f"被执行人名下房产：{r.address}（即供暖房屋）。", "被执行人驾驶一辆白色小型轿车，车牌号不详。",
                      "被执行人在济南某单位上班，具体单位不详。"],
             "cover": [f"被执行人受雇于{c.extra.get('employer', '')}，从事货车驾驶工作，按月领取工资。",
                       f"被执行人驾驶的{c.extra.get('plate', '')}号货车登记在该物流公司名下。", "被执行人在农村有宅基地房屋一处。"],
             "tile": ["被执行人在市中区各小区承揽家庭装修工程，有应收工程款。", "被执行人使用一辆银色五菱面包车拉材料。",
                      "被执行人微信收款较多。"]}[_tale(c)]
    flow = Flow(TOP + 150, left=mm(26), right=mm(24))
    s = flow.s
    s.centred(TOP, "被执行人财产线索", font("hei", 64), spacing=10)
    f = font("song_gb", 42)
    flow.para(f"被执行人：{r.name}，公民身份号码{r.id_number}，住{r.address}。", f, lead=76, hang=84)
    flow.flush("财产线索：", font("hei", 42), lead=80)
    for k, cl in enumerate(clues, 1):
        flow.para(f"{k}.{cl}", f, lead=76, first=84)
    flow.para("以上线索系申请执行人掌握的情况，请法院依法调查核实。", f, lead=76, first=84)
    y = flow.y + 80
    s.text(s.width - mm(110), y, "申请执行人：", f)
    if c.applicant.kind == "organisation":
        seal(s, s.width - mm(50), y + 20, c.applicant.name, rng, radius=mm(19))
    else:
        hand(s, s.width - mm(62), y - 8, c.applicant.name, rng, size=54, ink=BLACK)
    s.right(s.width - mm(30), y + 110, num_date(c.filed_on - timedelta(days=1)), f)
    return [s]


def _window(c: CaseCtx, rng: random.Random, title: str, stock: tuple[int, int, int], ink: tuple[int, int, int],
            rows: list[tuple[str, str]], note: str, who: str, day: date, label: str) -> list[Sheet]:
    """A form of the filing window on its coloured stock, filled in ballpoint by the party."""
    s = Sheet(paper=stock)
    y = form_title(s, title, ink)
    lian_label(s, label, ink)
    w = s.width - LEFT - RIGHT - mm(10)
    boxes = cells(s, LEFT, y + 20, [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], font("song_gb", 36), ink=ink,
                  heights=[mm(24) if len(v) > 21 else mm(16) for _, v in rows])
    for (_k, v), b in zip(rows, boxes[1::2], strict=True):
        fill(s, b[0] + mm(4), b[1] + mm(3), v, rng, size=40, per_line=21)
    flow = Flow(boxes[-1][3] + 40, paper=stock, left=LEFT, right=RIGHT + mm(10), sheet=s)
    for part in wrap(note, font("song_gb", 32), flow.width):
        s.text(LEFT, flow.y, part, font("song_gb", 32), fill=ink)
        flow.y += 50
    y = flow.y + 60
    s.text(s.width - RIGHT - mm(120), y, "确认人（签名）：", font("song_gb", 38), fill=ink)
    hand(s, s.width - RIGHT - mm(56), y - 8, who, rng, size=52, ink=BLACK)
    hand(s, s.width - RIGHT - mm(80), y + 80, num_date(day), rng, size=42, ink=BALLPOINT)
    return [s]


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    return _window(c, rng, "申请执行人收取案款确认书", BLUE, BLUE_PRINT, [
        ("案　号", c.number), ("申请执行人", a.name), ("户　名", a.name), ("开户行", c.extra["in_bank"]),
        ("账　号", c.extra["in_acct"]), ("联系电话", a.phone)],
        "本人（单位）确认以上账户为接收本案执行款的账户，因提供的账户信息错误造成的损失由本人（单位）承担。",
        c.agent if a.kind == "organisation" else a.name, c.filed_on, "第一联 附卷")


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    return _window(c, rng, "送达地址确认书", GREEN, BLACK, [
        ("案　号", c.number), ("受送达人", a.name), ("送达地址", c.extra["firm_addr"] if a.kind == "organisation" else a.address),
        ("收件人", c.agent), ("联系电话", c.agent_phone), ("电子送达", f"同意，手机{c.agent_phone}")],
        "告知：受送达人提供的送达地址不准确，或者地址变更未及时告知法院，导致法律文书未能被实际接收的，文书退回之日视为"
        "送达之日。", c.agent, c.filed_on, "第一联 附卷")


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    items = {"heat": [("工作单位及收入", "个体，无固定收入"), ("银行存款", "工商银行卡一张，约三千元"), ("不动产", f"{r.address}，有贷款"),
                      ("车　辆", "无"), ("其他财产", "无")],
             "cover": [("工作单位及收入", f"{c.extra.get('employer', '')}司机，月工资约{c.extra.get('wage', '')}元"), ("银行存款", "几百元"),
                       ("不动产", "农村老房一处"), ("车　辆", "无（货车是公司的）"), ("其他财产", "无")],
             "tile": [("工作单位及收入", "无"), ("银行存款", "无"), ("不动产", "无"), ("车　辆", "无"), ("其他财产", "无")]}[_tale(c)]
    return _window(c, rng, "被执行人财产申报表", (255, 255, 255), BLUE_PRINT, [("案　号", c.number), ("申报人", r.name),
                                                                           ("身份证号", r.id_number), *items],
                   "申报人保证以上申报内容真实、完整；如有隐瞒或虚假申报，愿承担法律责任。", r.name, d, "")


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's printout: a grey title bar, the query line, a thin-ruled table; two pages."""
    r = c.respondent
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("招商银行", "存款"), ("齐鲁银行", "存款"),
             ("济南农村商业银行", "存款"), ("恒丰银行", "存款"), ("支付宝（中国）网络技术有限公司", "网络资金"),
             ("财付通支付科技有限公司", "网络资金"), ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"),
             ("中国证券登记结算有限责任公司", "证券"), ("国家市场监督管理总局", "股权"), ("住房公积金", "公积金")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        if _tale(c) == "heat" and kind == "不动产":
            res = "登记房产一套（有抵押）"
        elif _tale(c) == "tile" and i == 4:
            res = f"账户1个，余额{rng.randint(12, 80)}.{rng.randint(10, 99)}元"
        elif kind == "存款":
            res = "无存款信息" if rng.random() < 0.7 else f"余额{rng.randint(0, 300)}.{rng.randint(10, 99)}元"
        else:
            res = "未查询到财产信息"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    sheets: list[Sheet] = []
    f = font("microhei", 28)
    for part in (rows[:11], [rows[0], *rows[11:]]):
        s = Sheet()
        s.draw.rectangle((mm(12), mm(12), s.width - mm(12), mm(24)), fill=(210, 210, 210))
        s.text(mm(16), mm(14), "网络执行查控系统  查询结果反馈", font("microhei", 40))
        s.text(mm(14), mm(30), f"案号：{c.number}    承办人：{c.officer}    被查询人：{r.name}", f)
        s.text(mm(14), mm(36), f"证照号码：{r.id_number}    发起时间：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}", f)
        cells(s, mm(14), mm(44), [mm(14), mm(66), mm(24), mm(52), mm(26)], part, f, ink=(60, 60, 60), labels=(),
              heights=mm(12), outer=2)
        s.text(mm(14), s.height - mm(14), f"打印：{c.clerk}  {d + timedelta(days=3):%Y-%m-%d}", f)
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - mm(14), s.height - mm(14), f"第{i}页/共{len(sheets)}页", f)
        if i > 1:
            s.page_of = (i, len(sheets))
    return sheets


def _slip(s: Sheet, y: float, rng: random.Random, payer: tuple[str, str], payee: tuple[str, str], amount: Decimal,
          day: date, use: str, bank: str) -> float:
    """A bank 回单 pasted on the sheet: light-blue stock, blue print, the till's typed lines in black."""
    x0, x1 = mm(16), s.width - mm(16)
    h = mm(78)
    s.draw.rectangle((x0, y, x1, y + h), fill=SLIP)
    s.box(x0, y, x1, y + h, width=3, outline=SLIP_INK)
    s.centred(y + mm(3), f"{bank}　业务回单（付款）", font("song_gb", 40), fill=SLIP_INK)
    f = font("song_gb", 30)
    s.text(x0 + mm(4), y + mm(12), f"日期：{day:%Y年%m月%d日}　　回单编号：{rng.randint(10**11, 10**12 - 1)}", f, fill=SLIP_INK)
    w = x1 - x0 - mm(8)
    rows = [["付款人户名", payer[0], "收款人户名", payee[0]], ["付款人账号", payer[1], "收款人账号", payee[1]],
            ["金额（大写）", money_caps(amount), "（小写）", f"¥{amount:,.2f}"], ["用途", use]]
    cells(s, x0 + mm(4), y + mm(20), [mm(30), mm(56), mm(30), w - mm(116)], rows, f, ink=SLIP_INK, labels=(0, 2),
          heights=mm(12), outer=2)
    seal(s, x1 - mm(30), y + h - mm(18), bank, rng, radius=mm(14), inner="业务专用章")
    return y + h + mm(12)


def _money(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The money's trail. heat: the court's 执行案款收据 (red on pink, the 记账联) for the cash the owner paid at the
    window, then a 粘贴单 with the bank's payout slip; cover: a 粘贴单 with the employer's two transfers and the payout."""
    court_acct = (f"{COURT}", c.extra["court_acct"])
    bank = "齐鲁银行济南市中支行"
    pay = c.extra["pay_day"]
    out_day = pay + timedelta(days=4)
    payout = (c.applicant.name, c.extra["in_acct"])
    sheets: list[Sheet] = []
    if _tale(c) == "heat":
        s = Sheet(paper=PINK)
        y = form_title(s, "执行案款收据", RED_PRINT, size=70)
        lian_label(s, "第三联 记账联", RED_PRINT, serial=f"{rng.randint(0, 999999):06d}")
        w = s.width - LEFT - RIGHT - mm(10)
        rows = [["案　号", c.number], ["交款人", c.respondent.name], ["款项性质", "执行款（供暖费）及申请执行费"],
                ["金额（大写）", money_caps(c.amount + c.extra["fee"])], ["金额（小写）", f"¥{c.amount + c.extra['fee']:,.2f}"],
                ["交款方式", "银行卡（POS）"]]
        boxes = cells(s, LEFT, y + 30, [mm(44), w - mm(44)], [[k, ""] for k, _ in rows], font("song_gb", 36), ink=RED_PRINT,
                      heights=mm(17))
        for (_k, v), b in zip(rows, boxes[1::2], strict=True):
            s.text(b[0] + mm(4), b[1] + mm(4), v, font("wenkai", 38), fill=TYPED)
        yy = boxes[-1][3] + 60
        s.text(LEFT, yy, f"收款日期：{pay:%Y年%m月%d日}", font("song_gb", 36), fill=RED_PRINT)
        s.text(LEFT, yy + 70, "收款人：", font("song_gb", 36), fill=RED_PRINT)
        hand(s, LEFT + mm(26), yy + 62, person_name(rng), rng, size=46, ink=BALLPOINT)
        seal(s, s.width - RIGHT - mm(50), yy + 40, COURT, rng, radius=mm(19), inner="执行款专用章")
        sheets.append(s)
        slips = [(court_acct, payout, c.amount, out_day, f"{c.number}案款发放")]
    else:
        half = (c.amount / 2).quantize(Decimal("0.01"))
        employer = (c.extra["employer"], f"3701{rng.randint(10**13, 10**14 - 1)}")
        slips = [(employer, court_acct, half, pay - timedelta(days=30), f"{c.number}扣划{c.respondent.name}工资"),
                 (employer, court_acct, c.amount - half, pay, f"{c.number}扣划{c.respondent.name}工资及提成"),
                 (court_acct, payout, c.amount, out_day, f"{c.number}案款发放")]
    p = Sheet()
    p.centred(mm(8), "票 据 粘 贴 单", font("song_gb", 40), spacing=8, fill=(90, 90, 90))
    y = float(mm(22))
    for payer, payee, amount, day, use in slips:
        y = _slip(p, y, rng, payer, payee, amount, day, use, bank)
    hand(p, mm(20), p.height - mm(24), f"经办：{c.clerk}", rng, size=40, ink=BALLPOINT)
    if sheets:
        p.starts_document = True
    sheets.append(p)
    return sheets

