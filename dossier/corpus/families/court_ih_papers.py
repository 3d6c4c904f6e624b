"""What 凭祥法院执行局 receives, each in its maker's look: the civil division's 民事判决书 and 民事调解书 (明体, "－ n －" folios
in the outer corner), the 崇左中院's judgment and 生效证明书 (黑体 title, 骑缝章 across the right edge), the 凭祥 and 崇左
lawyers' applications (boxed title, 楷体 body) and red-letterhead 所函, a bilingual 授权委托书 / GIẤY ỦY QUYỀN signed
in Latin script, the Vietnamese dealer's passport data page with a translation company's 中文译文, ID and 边民证 copies,
business licences with their QR code, the window's printed forms filled in ballpoint (the porter's family sign and
press a thumbprint), the 广西非税收入 e-receipt, the 总对总 查控 printout, and bank 电子回单. Papers a party brings are
marked `copied`: they went through the window's colour copier before the bureau scanned them."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, hand, mm, seal
from dossier.corpus.families.court_ih_kit import (
    BLACK_PEN,
    CIVIL,
    COURT,
    END_Y,
    PEN,
    ZHONGYUAN,
    Block,
    Look,
    check_code,
    fingerprint,
    form_title,
    grid,
    mark_copied,
    pen,
    typeset,
    wrap_hanging,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "payment_voucher",
})
ZY = "崇左市中级人民法院"
COPIED = ("enforcement_basis", "identity_proof", "lawyer_license", "fee_receipt", "payment_voucher")
"""papers a party hands in as copies: they went through the window's copier first"""
LAWYER = Look(body="kai", size=44, lead=1.75, title_face="hei", title_size=72, title_spacing=16, frame="box",
              number_align="right", footer="none", left=mm(26), right=mm(24), top=mm(32))
FIRM = Look(body="serif", size=42, issuer_spacing=6, issuer_size=60, title_face="hei", title_size=62, title_spacing=14,
            frame="red", number_align="right", footer="none")


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    sheets = _draw(code, c, rng, served)
    if code in COPIED:
        for s in sheets:
            mark_copied(s)
    return sheets


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _draw(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_ih import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _mediation(c, rng) if _tale(c) == "porter" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return typeset(ZHONGYUAN, rng, issuer=ZY, title="生效证明书", number=c.basis_number.replace("号", "号之一"), blocks=[
            ("f", f"{COURT}："),
            ("p", f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}运输合同纠纷一案，本院于"
                  f"{cn_date(c.basis_effective - timedelta(days=24))}作出的{c.basis_number}民事判决书，已依法送达双方当事人。"
                  f"双方当事人在法定上诉期限内均未提起上诉，该判决书已于{cn_date(c.basis_effective)}发生法律效力。"),
            ("p", "特此证明。"), ("gap", ""),
            ("date", cn_date(c.basis_effective + timedelta(days=rng.randint(4, 10))))], seal_name=ZY)
    if code == "enforcement_application":
        return _window_application(c, rng) if _tale(c) == "porter" else _application(c, rng)
    if code == "power_of_attorney":
        return {"rosewood": _bilingual_attorney, "dragon": _company_attorney, "porter": _family_attorney}[_tale(c)](c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_booklet(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "organisation":
            return _business_licence(p, c, rng)
        return _passport(c, rng) if _tale(c) == "rosewood" else _id_and_border_card(c, rng)
    if code == "fee_receipt":
        return _e_receipt(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _bank_slip(c, rng) if _tale(c) == "rosewood" else _payout(c, rng)
    raise KeyError(code)


def _who(p: Party, c: CaseCtx) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}，职务：总经理。"
    born = p.born or date(1985, 1, 1)
    if _tale(c) == "rosewood" and p is c.applicant:
        return (f"{p.name}（{c.extra['latin']}），男，{born.year}年{born.month}月{born.day}日出生，越南国籍，护照号码{p.id_number}，"
                f"住{p.address}。")
    return f"{p.name}，男，{born.year}年{born.month}月{born.day}日出生，壮族，住{p.address}，公民身份号码{p.id_number}。"


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    rosewood = _tale(c) == "rosewood"
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    court, look = (COURT, CIVIL) if rosewood else (ZY, ZHONGYUAN)
    if rosewood:
        story = (f"2022年8月至2023年1月，原告分五批向被告供应{c.extra['goods']}等红木家具，经友谊关口岸报关入境，双方每批签订"
                 f"《红木家具购销单》。货物经被告验收入库后，被告陆续支付部分货款，至2023年3月对账确认尚欠货款{c.amount:,.2f}元，"
                 "经原告多次催收，被告以资金周转困难为由未付。")
        held = ("原、被告之间的买卖合同关系系双方真实意思表示，合法有效。原告已依约交付货物，被告在对账单上盖章确认欠款，"
                "应当承担付款责任。本案原告系越南国籍，属涉外民事案件，双方约定适用中华人民共和国法律，本院予以确认。")
        laws = "《中华人民共和国涉外民事关系法律适用法》第四十一条，《中华人民共和国民法典》第五百零九条、第六百二十六条"
        claim = "货款"
        judge_roles = (("审　判　长", person_name(rng)), ("人民陪审员", person_name(rng)), ("人民陪审员", person_name(rng)))
        appeal = "广西壮族自治区崇左市中级人民法院"
    else:
        story = (f"2022年7月起，原告受被告委托，以冷藏车将被告自越南进口的火龙果由浦寨、友谊关口岸运往南宁、广州、长沙等地市场，"
                 f"双方签订《冷链运输合同》，约定运费按车次结算、每月结清。至2023年2月，原告共完成运输{c.extra['trucks']}车次，"
                 f"经双方对账，被告尚欠运费{c.amount:,.2f}元未付。")
        held = "原告已按约完成运输义务，被告对运输车次及运费数额均无异议，其未按约支付运费构成违约，应当承担付款责任。"
        laws = "《中华人民共和国民法典》第五百零九条、第八百零九条、第八百三十六条"
        claim = "运费"
        judge_roles = (("审　判　长", person_name(rng)), ("审　判　员", person_name(rng)), ("审　判　员", person_name(rng)))
        appeal = "广西壮族自治区高级人民法院"
    blocks: list[Block] = [
        ("h", f"原告：{_who(a, c)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r, c)}"),
        ("p", f"原告{a.name}与被告{r.name}{'买卖合同纠纷' if rosewood else '运输合同纠纷'}一案，本院于{cn_date(heard - timedelta(days=60))}"
              f"立案后，依法适用普通程序，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告的法定代表人"
              f"{r.legal_rep}到庭参加诉讼。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令被告支付{claim}{c.amount:,.2f}元及逾期付款利息；2.本案诉讼费用由被告负担。"
              f"事实和理由：{story}"),
        ("p", f"{r.name}辩称，对欠款数额无异议，但公司经营困难，请求给予宽限期。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}依照{laws}，《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
        ("p", f"一、被告{r.name}于本判决发生法律效力之日起十日内向原告{a.name}支付{claim}{c.amount:,.2f}元；"),
        ("p", f"二、被告{r.name}以{c.amount:,.2f}元为基数，按全国银行间同业拆借中心公布的一年期贷款市场报价利率支付自起诉之日起"
              "至实际清偿之日止的逾期付款利息。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 80}元，由被告负担。"),
        ("p", f"如不服本判决，可以在判决书送达之日起{'三十' if rosewood else '十五'}日内，向本院递交上诉状，并按对方当事人的人数提出副本，"
              f"上诉于{appeal}。"),
        ("gap", ""),
        *[("sig", f"{role}　{name}") for role, name in judge_roles],
        ("date", cn_date(c.basis_effective - timedelta(days=rng.randint(18, 35)))),
        ("sig", f"书　记　员　{person_name(rng)}"),
    ]
    return typeset(look, rng, issuer=court, title="民事判决书", number=c.basis_number, blocks=blocks, seal_name=court)


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    months = int(c.extra["months"])
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    blocks: list[Block] = [
        ("h", f"原告：{_who(a, c)}"),
        ("h", f"委托诉讼代理人：{c.agent}，男，系原告之兄。"),
        ("h", f"被告：{_who(r, c)}"),
        ("p", f"原告{a.name}与被告{r.name}劳务合同纠纷一案，本院于{cn_date(c.basis_effective - timedelta(days=40))}立案后，依法适用"
              "简易程序进行审理。"),
        ("p", f"原告诉称：原告自2022年起在被告承包的弄尧互市点从事边民互市货物搬运装卸，按件计酬，每月结算。被告自2023年起拖欠"
              f"原告{months}个月劳务报酬共计{c.amount:,.2f}元，经多次催讨未果，请求判令被告支付。"),
        ("p", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}确认尚欠原告{a.name}劳务报酬{c.amount:,.2f}元；"),
        ("p", f"二、被告于{cn_date(c.basis_effective + timedelta(days=10))}前支付原告{first:,.2f}元，余款{c.amount - first:,.2f}元于"
              f"{cn_date(c.basis_effective + timedelta(days=40))}前付清；"),
        ("p", "三、被告逾期未付任何一期款项的，原告有权就全部未付款项申请强制执行；"),
        ("p", "四、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，符合有关法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ("gap", ""), ("sig", f"审　判　员　{person_name(rng)}"),
        ("date", cn_date(c.basis_effective)),
        ("sig", f"书　记　员　{person_name(rng)}"),
    ]
    return typeset(CIVIL, rng, issuer=COURT, title="民事调解书", number=c.basis_number, blocks=blocks, seal_name=COURT)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    to = ZY if _tale(c) == "dragon" else COURT
    blocks: list[Block] = [
        ("h", f"申请执行人：{_who(a, c)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r, c)}统一社会信用代码{r.id_number}。"),
        ("f", "申请执行事项："),
        ("p", f"一、请求依法强制执行{'贵院' if _tale(c) == 'dragon' else '凭祥市人民法院'}{c.basis_number}民事判决书，责令被执行人支付"
              f"{money(c.amount)}及逾期付款利息；"),
        ("p", "二、请求责令被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "三、请求对被执行人采取限制消费措施，符合条件的纳入失信被执行人名单；"),
        ("p", "四、本案执行费用由被执行人负担。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经{c.basis_court}审理作出{c.basis_number}民事判决书，该判决已于"
              f"{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行判决确定的义务。依照《中华人民共和国民事诉讼法》"
              "第二百四十七条的规定，特向贵院申请强制执行。"),
        ("p", "申请执行人同意通过电子方式接收执行文书。" + ("申请执行人为越南国籍，在中国境内的送达地址为委托代理人所在律师事务所。"
                                                          if _tale(c) == "rosewood" else "")),
        ("f", "此致"), ("f", to), ("gap", ""),
        ("r", f"申请执行人：{a.name if _tale(c) == 'dragon' else a.name + '（' + str(c.extra['latin']) + '）'}"),
        ("r", num_date(c.filed_on - timedelta(days=rng.randint(2, 5)))),
    ]
    sheets = typeset(LAWYER, rng, issuer="", title="强制执行申请书", number="", blocks=blocks)
    last = sheets[-1]
    end = float(getattr(last, END_Y, last.height * 0.5))
    if _tale(c) == "dragon":
        seal(last, last.width - mm(70), end - mm(14), a.name, rng, radius=mm(19))
    else:
        _latin_signature(last, last.width - mm(110), end + mm(2), str(c.extra["latin"]), rng)
    return sheets


def _latin_signature(s: Sheet, x: float, y: float, latin: str, rng: random.Random) -> None:
    """A Vietnamese dealer signs in Latin script, fast and slanted (recorded as text)."""
    surname, *rest = latin.title().split()
    sig = f"{surname} {' '.join(rest)}"
    hand(s, x, y, sig, rng, size=58, ink=BLACK_PEN)


def _window_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The window's printed 申请执行书 form, filled in ballpoint by the porter's elder brother."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    y = form_title(s, "申请执行书", issuer=COURT + "（诉讼服务中心印制）", size=70)
    w = s.width - mm(44)
    rows = [["申请执行人", "", "性别", ""], ["公民身份号码", ""], ["住　址", ""], ["联系电话", "", "民族", ""],
            ["被执行人", ""], ["住所地", ""], ["执行依据", ""], ["申请执行标的", ""], ["申请事项", ""], ["委托代理人", ""]]
    hs = [mm(14), mm(14), mm(17), mm(14), mm(15), mm(17), mm(17), mm(15), mm(32), mm(17)]
    cells = grid(s, mm(22), y, [mm(38), mm(72), mm(22), w - mm(132)], rows, font("serif", 34), heights=hs, centre=(0, 2))
    values = [(0, 1, a.name), (0, 3, "男"), (1, 1, a.id_number), (2, 1, a.address), (3, 1, a.phone), (3, 3, "壮"),
              (4, 1, r.name), (5, 1, r.address), (6, 1, f"凭祥市人民法院{c.basis_number}民事调解书"),
              (7, 1, f"劳务报酬{c.amount:,.2f}元及迟延履行利息"),
              (8, 1, "被执行人未按调解书约定支付劳务费，请求法院强制执行，并对被执行人限制高消费，纳入失信名单。"),
              (9, 1, f"{c.agent}（系申请人哥哥）电话{c.agent_phone}")]
    for row, col, text in values:
        box = cells[row][col]
        per = max(8, int((box[2] - box[0] - mm(6)) / 40))
        pen(s, box[0] + mm(3), box[1] + mm(3), text, rng, size=38, per_line=per)
    y = cells[-1][0][3] + mm(8)
    s.text(mm(22), y, "此致", font("serif", 40))
    s.text(mm(22), y + 70, COURT, font("serif", 40))
    y -= 30
    s.text(s.width - mm(120), y + 150, "申请人（签名捺印）：", font("serif", 36))
    pen(s, s.width - mm(50), y + 140, a.name, rng, size=52, ink=BLACK_PEN)
    fingerprint(s, s.width - mm(24), y + 140, rng)
    s.text(s.width - mm(120), y + 230, "代理人：", font("serif", 36))
    pen(s, s.width - mm(90), y + 222, c.agent, rng, size=50, ink=BLACK_PEN)
    pen(s, s.width - mm(100), y + 310, num_date(c.filed_on - timedelta(days=1)), rng, size=42, ink=BLACK_PEN)
    return [s]


def _bilingual_attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(mm(28), "授 权 委 托 书", font("serif_bold", 72), spacing=6)
    s.centred(mm(46), "GIẤY ỦY QUYỀN", font("sans_bold", 48), spacing=8)
    x0, x1 = mm(26), s.width - mm(24)
    y = float(mm(64))
    cn, vn = font("serif", 40), font("sans", 30)
    pairs = [
        (f"委托人：{a.name}（{c.extra['latin']}），越南国籍，护照号码{a.id_number}，住{a.address}。",
         f"Bên ủy quyền: {c.extra['latin']}, quốc tịch Việt Nam, hộ chiếu số {a.id_number}."),
        (f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，联系电话{c.agent_phone}。",
         f"Bên được ủy quyền: Luật sư {c.agent}, Văn phòng luật sư tại Bằng Tường, Quảng Tây."),
        (f"现委托上列受托人在委托人与{c.respondent.name}买卖合同纠纷执行一案中，作为委托人的代理人。",
         "Nay ủy quyền cho người nói trên làm đại diện trong vụ việc thi hành án."),
        ("代理权限：特别授权。代为申请执行、提供财产线索、申请采取执行措施，代为参加谈话、和解，代为签收法律文书，代为领取执行款。",
         "Phạm vi ủy quyền: ủy quyền đặc biệt, bao gồm nộp đơn, nhận văn bản và nhận tiền thi hành án."),
    ]
    for zh, vi in pairs:
        for off, part in wrap_hanging(zh, cn, x1 - x0, cn.size * 2, 0):
            s.text(x0 + off, y, part, cn)
            y += 66
        for off, part in wrap_hanging(vi, vn, x1 - x0, vn.size * 2, 0):
            s.text(x0 + off, y, part, vn, fill=(70, 70, 70))
            y += 48
        y += 18
    y += mm(10)
    s.text(x0, y, "委托人（Bên ủy quyền）：", cn)
    _latin_signature(s, x0 + mm(20), y + 70, str(c.extra["latin"]), rng)
    fingerprint(s, x0 + mm(100), y + 64, rng)
    s.text(x0 + mm(100), y + 180, "受托人：", cn)
    pen(s, x0 + mm(128), y + 172, c.agent, rng, size=52, ink=BLACK_PEN)
    pen(s, x0 + mm(90), y + 290, num_date(c.filed_on - timedelta(days=rng.randint(3, 8))), rng, size=44, ink=BLACK_PEN)
    return [s]


def _company_attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    blocks: list[Block] = [
        ("h", f"委托单位：{a.name}，住所地{a.address}。"), ("h", f"法定代表人：{a.legal_rep}，职务：执行董事。"),
        ("h", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("p", f"我单位与{c.respondent.name}运输合同纠纷执行一案，现委托上列受托人为我单位的代理人。"),
        ("p", "代理权限：特别授权，包括代为申请执行、申请变更追加被执行人、提供财产线索、参加约谈与和解、签收法律文书、"
              "领取执行款、对终结本次执行程序发表意见。"),
        ("p", "委托期限：自签署之日起至本案执行终结时止。"), ("gap", ""),
        ("r", f"委托单位（盖章）：{a.name}"), ("r", "法定代表人（签名）：　　　　　"),
        ("date", cn_date(c.filed_on - timedelta(days=rng.randint(3, 8)))),
    ]
    sheets = typeset(Look(body="serif", size=42, title_face="serif_bold", title_size=76, title_spacing=30, frame="plain",
                          footer="none"), rng, issuer="", title="授权委托书", number="", blocks=blocks, seal_name=a.name)
    last = sheets[-1]
    pen(last, last.width - mm(70), last.height * 0.5, a.legal_rep, rng, size=54, ink=BLACK_PEN)
    return sheets


def _family_attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The window's printed 授权委托书 (公民代理), the porter and his brother filling it in by hand."""
    a = c.applicant
    s = Sheet()
    y = form_title(s, "授权委托书", issuer="", size=76)
    s.text(mm(24), y, "（公民代理适用）", font("serif", 34))
    y += mm(12)
    w = s.width - mm(48)
    rows = [["委托人", "", "身份证号", ""], ["受托人", "", "身份证号", ""], ["与委托人关系", ""], ["受托人住址", ""],
            ["委托事项", ""], ["代理权限", "□一般代理　　□特别授权（请列明）"], ["特别授权内容", ""]]
    hs = [mm(18), mm(18), mm(16), mm(18), mm(24), mm(16), mm(40)]
    cells = grid(s, mm(24), y, [mm(34), mm(44), mm(28), w - mm(106)], rows, font("serif", 34), heights=hs, centre=(0, 2))
    fills = [(0, 1, a.name), (0, 3, a.id_number), (1, 1, c.agent), (1, 3, str(c.extra["agent_id"])), (2, 1, "兄弟（哥哥）"),
             (3, 1, f"凭祥市友谊镇{c.extra['village']}"), (4, 1, f"申请执行{c.respondent.name}劳务费一案"),
             (6, 1, "代为申请执行、提供线索、签收文书、参加谈话、代领执行款")]
    for row, col, text in fills:
        box = cells[row][col]
        per = max(8, int((box[2] - box[0] - mm(6)) / 38))
        pen(s, box[0] + mm(3), box[1] + mm(3), text, rng, size=36, per_line=per)
    tick = cells[5][1]
    pen(s, tick[0] + mm(46), tick[1] + mm(1), "✓", rng, size=46)
    y = cells[-1][0][3] + mm(20)
    f = font("serif", 38)
    s.text(mm(24), y, "委托人（签名捺印）：", f)
    pen(s, mm(24) + f.getlength("委托人（签名捺印）：") + 10, y - 10, a.name, rng, size=52, ink=BLACK_PEN)
    fingerprint(s, mm(150), y - 10, rng)
    s.text(mm(24), y + 110, "受托人（签名）：", f)
    pen(s, mm(24) + f.getlength("受托人（签名）：") + 10, y + 100, c.agent, rng, size=52, ink=BLACK_PEN)
    pen(s, s.width - mm(90), y + 220, num_date(c.filed_on - timedelta(days=1)), rng, size=42, ink=BLACK_PEN)
    s.text(mm(24), s.height - mm(40), "注：近亲属代理的，应当提交户口簿或者村（居）民委员会出具的亲属关系证明。", font("serif", 30))
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    to = ZY if _tale(c) == "dragon" else COURT
    blocks: list[Block] = [
        ("f", f"{to}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的代理人，"
              "代为申请强制执行并参与执行程序。"),
        ("p", "特此函告。"),
        ("n", f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}"),
        ("n", f"本所地址：{c.extra['firm_addr']}"), ("gap", ""), ("r", c.firm),
        ("date", num_date(c.filed_on - timedelta(days=rng.randint(2, 5)))),
    ]
    return typeset(FIRM, rng, issuer=c.firm, title="律师事务所函", number=f"桂凭律函〔{c.filed_on.year}〕第{rng.randint(8, 190)}号",
                   blocks=blocks, seal_name=c.firm)


def _licence_booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x0, y0 = mm(22), mm(34)
    lw, lh = mm(80), mm(112)
    grey = (96, 70, 60)
    for k in range(2):
        x = x0 + k * (lw + mm(6))
        s.draw.rectangle((x, y0, x + lw, y0 + lh), fill=(236, 226, 214), outline=grey, width=3)
    f = font("serif", 32)
    s.draw.rectangle((x0 + mm(22), y0 + mm(12), x0 + mm(58), y0 + mm(58)), fill=(160, 160, 165))
    s.centred(y0 + mm(66), "持证人：" + c.agent, f, x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(78), "广西壮族自治区司法厅", f, x0=x0, x1=x0 + lw)
    seal(s, x0 + lw * 0.62, y0 + mm(82), "广西壮族自治区司法厅", rng, radius=mm(15))
    x = x0 + lw + mm(6)
    s.centred(y0 + mm(8), "律师执业证", font("serif_bold", 48), x0=x, x1=x + lw)
    ty = y0 + mm(26)
    for label, value in [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                         ("法律职业资格证号", f"A2015{rng.randint(10**10, 10**11 - 1)}"), ("发证机关", "广西壮族自治区司法厅"),
                         ("发证日期", f"{rng.randint(2016, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]:
        s.text(x + mm(5), ty, f"{label}：", font("serif", 28))
        for _off, part in wrap_hanging(value, f, lw - mm(10), 0, 0):
            ty += mm(5.5)
            s.text(x + mm(8), ty, part, f)
        ty += mm(8)
    s.text(x0, y0 + lh + mm(16), "律师执业证复印件", font("serif", 36))
    hand(s, x0, y0 + lh + mm(30), "与原件核对一致", rng, size=50, ink=BLACK_PEN)
    hand(s, x0 + mm(80), y0 + lh + mm(32), c.agent, rng, size=50, ink=BLACK_PEN)
    return [s]


def _passport(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The Vietnamese passport's data page copied, and the translation company's 中文译文 behind it."""
    a = c.applicant
    born = a.born or date(1980, 1, 1)
    latin = str(c.extra["latin"])
    issued = date(c.filed_on.year - rng.randint(1, 6), rng.randint(1, 12), rng.randint(1, 28))
    expiry = issued.replace(year=issued.year + 10)
    s = Sheet()
    x, y, w, h = mm(20), mm(36), mm(170), mm(118)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=(214, 224, 214), outline=(90, 100, 90), width=3)
    for k in range(0, int(w), 22):  # guilloche-like fine lines of the page's print
        s.line(x + k, y, x + k + 60, y + h * 0.55, width=1, fill=(190, 206, 196))
    hd, lab, val = font("sans_bold", 34), font("sans", 20), font("sans_bold", 30)
    s.centred(y + mm(3), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", hd, x0=x, x1=x + w)
    s.centred(y + mm(10), "SOCIALIST REPUBLIC OF VIET NAM", font("sans", 26), x0=x, x1=x + w)
    s.draw.rectangle((x + mm(6), y + mm(22), x + mm(44), y + mm(70)), fill=(150, 150, 150))
    fields = [("Loại/Type", "P", "Mã số/Code", "VNM", "Số hộ chiếu/Passport No.", a.id_number),
              ("Họ và tên/Full name", latin, "", "", "", ""),
              ("Quốc tịch/Nationality", "VIỆT NAM", "", "", "", ""),
              ("Ngày sinh/Date of birth", f"{born:%d/%m/%Y}", "Nơi sinh/Place of birth", "LẠNG SƠN", "", ""),
              ("Giới tính/Sex", "NAM/M", "Ngày cấp/Date of issue", f"{issued:%d/%m/%Y}", "", ""),
              ("Có giá trị đến/Date of expiry", f"{expiry:%d/%m/%Y}", "Nơi cấp/Place of issue", "CỤC QUẢN LÝ XUẤT NHẬP CẢNH", "", "")]
    ty = y + mm(20)
    for row in fields:
        cx = x + mm(50)
        for k in range(0, 6, 2):
            if row[k]:
                s.text(cx, ty, row[k], lab, fill=(70, 80, 70))
                s.text(cx, ty + mm(3.5), row[k + 1], val)
                cx += mm(42) if k == 0 else mm(52)
        ty += mm(10.5)
    mono = font("mono", 34)
    sur, *given = latin.split()
    mrz1 = f"P<VNM{sur}<<{'<'.join(given)}".ljust(44, "<")
    mrz2 = f"{a.id_number}<{rng.randint(0, 9)}VNM{born:%y%m%d}{rng.randint(0, 9)}M{expiry:%y%m%d}{rng.randint(0, 9)}".ljust(42, "<") + \
        f"{rng.randint(0, 9)}{rng.randint(0, 9)}"
    s.text(x + mm(6), y + h - mm(20), mrz1, mono)
    s.text(x + mm(6), y + h - mm(11), mrz2, mono)
    hand(s, x + mm(8), y + h + mm(14), "与原件一致", rng, size=52, ink=BLACK_PEN)
    _latin_signature(s, x + mm(70), y + h + mm(16), latin, rng)
    fingerprint(s, x + mm(150), y + h + mm(12), rng)
    s.text(x, s.height - mm(40), f"护照复印件（{a.name}）", font("serif", 34))
    t = Sheet()
    firm = "凭祥市友谊关翻译服务有限公司"
    blocks: list[Block] = [
        ("c", "越南社会主义共和国"), ("c", "护　照"),
        ("f", f"类型：P　　国家代码：VNM　　护照号码：{a.id_number}"),
        ("f", f"姓名：{latin}（中文译名：{a.name}）"), ("f", "国籍：越南"),
        ("f", f"出生日期：{born.year}年{born.month}月{born.day}日　　出生地：谅山省"), ("f", "性别：男"),
        ("f", f"签发日期：{issued.year}年{issued.month}月{issued.day}日　　有效期至：{expiry.year}年{expiry.month}月{expiry.day}日"),
        ("f", "签发机关：越南公安部出入境管理局"), ("gap", ""),
        ("p", "兹证明以上中文译文与越南文原件内容相符。"),
        ("n", f"译员：{person_name(rng)}（越南语）　　联系电话：0771-85{rng.randint(10000, 99999)}"), ("gap", ""),
        ("r", firm), ("date", num_date(c.filed_on - timedelta(days=rng.randint(5, 12)))),
    ]
    t = typeset(Look(body="sans", size=40, lead=1.9, title_face="sans_bold", title_size=60, title_spacing=12, frame="plain",
                     footer="none", top=mm(36)), rng, issuer="", title="护照翻译件", number="", blocks=blocks,
                seal_name=firm, seal_inner="翻译专用章")[0]
    return [s, t]


def _id_and_border_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The porter's ID card, both faces, and his 边民证 copied on one page."""
    a = c.applicant
    born = a.born or date(1990, 1, 1)
    s = Sheet()
    w, h = mm(86), mm(54)
    y = mm(30)
    card = (226, 230, 236)
    xs = [mm(14), mm(14) + w + mm(8)]
    for x in xs:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=card, outline=(110, 110, 120), width=2)
    x = xs[0]
    lab, val = font("hei", 24), font("hei", 30)
    ty = y + mm(6)
    for label, value in [("姓名", a.name), ("性别", "男　　民族　壮"), ("出生", f"{born.year}年{born.month}月{born.day}日")]:
        s.text(x + mm(4), ty, label, lab, fill=(60, 90, 140))
        s.text(x + mm(15), ty - 2, value, val)
        ty += mm(7.5)
    s.text(x + mm(4), ty, "住址", lab, fill=(60, 90, 140))
    for k in range(0, len(a.address), 11):
        s.text(x + mm(15), ty - 2, a.address[k:k + 11], val)
        ty += mm(5.4)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(60, 90, 140))
    s.text(x + mm(25), y + h - mm(9), a.id_number, font("mono", 32))
    s.draw.rectangle((x + w - mm(26), y + mm(7), x + w - mm(4), y + mm(36)), fill=(150, 150, 150))
    x = xs[1]
    s.text(x + mm(28), y + mm(8), "中华人民共和国", font("hei", 36))
    s.text(x + mm(22), y + mm(19), "居民身份证", font("hei", 54), spacing=10)
    s.draw.ellipse((x + mm(5), y + mm(5), x + mm(21), y + mm(21)), outline=(190, 70, 70), width=3)
    s.text(x + mm(8), y + h - mm(15), "签发机关　凭祥市公安局", lab)
    start = rng.randint(2015, 2021)
    s.text(x + mm(8), y + h - mm(8), f"有效期限　{start}.0{rng.randint(1, 9)}.2{rng.randint(0, 8)}-{start + 10}.0"
           f"{rng.randint(1, 9)}.2{rng.randint(0, 8)}", lab)
    y2 = y + h + mm(22)
    bw, bh = mm(120), mm(76)
    bx = (s.width - bw) / 2
    s.draw.rectangle((bx, y2, bx + bw, y2 + bh), fill=(214, 232, 214), outline=(60, 110, 70), width=4)
    s.centred(y2 + mm(4), "中华人民共和国边境地区居民证（边民证）", font("hei", 34), x0=bx, x1=bx + bw)
    s.draw.rectangle((bx + mm(6), y2 + mm(16), bx + mm(34), y2 + mm(52)), fill=(150, 150, 150))
    ty = y2 + mm(16)
    for label, value in [("姓　名", a.name), ("证件号", str(c.extra["border_card"])), ("户籍地", f"凭祥市友谊镇{c.extra['village']}"),
                         ("互助组", "弄尧边民互市第七互助组"), ("发证机关", "凭祥市公安局")]:
        s.text(bx + mm(40), ty, f"{label}：{value}", font("serif", 30))
        ty += mm(9)
    seal(s, bx + bw - mm(22), y2 + bh - mm(18), "凭祥市公安局", rng, radius=mm(15))
    hand(s, mm(20), y2 + bh + mm(20), "此复印件仅供凭祥法院执行使用", rng, size=48, ink=BLACK_PEN)
    hand(s, mm(130), y2 + bh + mm(36), a.name, rng, size=54, ink=BLACK_PEN)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (178, 40, 36)
    x0, y0, x1, y1 = mm(16), mm(22), s.width - mm(16), mm(196)
    s.box(x0, y0, x1, y1, width=9, outline=red)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=red)
    s.draw.ellipse(((x0 + x1) / 2 - mm(9), y0 + mm(6), (x0 + x1) / 2 + mm(9), y0 + mm(24)), outline=red, width=4)
    s.centred(y0 + mm(28), "营 业 执 照", font("serif_bold", 100), spacing=24)
    s.centred(y0 + mm(48), "（副　本）", font("serif", 38))
    check_code(s, x1 - mm(40), y0 + mm(30), p.id_number, size=mm(22))
    f = font("serif", 36)
    s.text(x0 + mm(10), y0 + mm(60), f"统一社会信用代码　{p.id_number}", f)
    scope = {"rosewood": "红木家具、工艺品进出口及销售；边民互市贸易代理", "dragon": "水果、蔬菜进出口贸易；农产品初级加工；仓储服务"
             if "进出口" in p.name else "道路货物运输（冷藏保鲜）；冷链仓储；货运代理",
             "porter": "装卸搬运；边民互市贸易服务；劳务服务"}[_tale(c)]
    ty = y0 + mm(74)
    for label, value in [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                         ("经营范围", scope), ("注册资本", f"{rng.choice([100, 200, 500, 1000])}万元"),
                         ("成立日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                         ("住　　所", p.address)]:
        s.text(x0 + mm(10), ty, label, f)
        parts = wrap_hanging(value, f, x1 - x0 - mm(58), 0, 0)
        for _off, part in parts:
            s.text(x0 + mm(44), ty, part, f)
            ty += mm(7.5)
        ty += mm(3)
    reg = "凭祥市市场监督管理局" if "凭祥" in p.address else "崇左市江州区市场监督管理局"
    s.text(x1 - mm(80), y1 - mm(34), "登记机关", f)
    seal(s, x1 - mm(48), y1 - mm(30), reg, rng, radius=mm(18))
    s.text(x1 - mm(86), y1 - mm(18), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    s.text(x0 + mm(4), y1 + mm(6), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", font("serif", 26), fill=red)
    y = y1 + mm(22)
    s.centred(y, "法定代表人身份证明书", font("serif_bold", 52), spacing=4)
    lines = wrap_hanging(f"{p.legal_rep}同志，现任我公司法定代表人（总经理），特此证明。", f, s.width - mm(60), 72, 0)
    ty = y + mm(14)
    for off, part in lines:
        s.text(mm(30) + off, ty, part, f)
        ty += mm(9)
    s.right(s.width - mm(32), ty + mm(10), num_date(c.filed_on - timedelta(days=rng.randint(2, 12))), f)
    seal(s, s.width - mm(58), ty + mm(10), p.name, rng, radius=mm(19))
    hand(s, mm(30), s.height - mm(34), "与原件一致", rng, size=50, ink=BLACK_PEN)
    return [s]


def _e_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """广西壮族自治区非税收入一般缴款书（电子）, printed: brown-red print, a check code, half a page."""
    s = Sheet()
    ink = (120, 40, 30)
    f = font("serif", 30)
    s.centred(mm(20), "广西壮族自治区非税收入一般缴款书（电子）", font("serif_bold", 50), fill=ink, spacing=2)
    check_code(s, mm(18), mm(34), c.number + "fee", size=mm(18))
    s.text(mm(48), mm(36), f"票据代码：45010123　　票据号码：{rng.randint(10**9, 10**10 - 1)}", f, fill=ink)
    s.text(mm(48), mm(44), f"执收单位编码：451481001　　开票日期：{c.filed_on:%Y-%m-%d}", f, fill=ink)
    fee: Decimal = c.extra["fee"]
    w = s.width - mm(36)
    rows = [["交款人", c.applicant.name, "执收单位", COURT], ["项目编码", "103040102", "项目名称", "申请执行费"],
            ["案　号", c.number, "金额（元）", f"{fee:,.2f}"], ["金额合计（大写）", money_caps(fee)],
            ["收款人全称", "凭祥市财政局非税收入汇缴结算户", "收款银行", "广西凭祥农村商业银行营业部"]]
    grid(s, mm(18), mm(60), [mm(34), mm(62), mm(28), w - mm(124)], rows, f, heights=mm(15), centre=(0, 2), ink=ink, outer=3)
    s.text(mm(18), mm(140), "校验码：" + "".join(rng.choice("0123456789ABCDEF") for _ in range(20)), font("mono", 28), fill=ink)
    seal(s, s.width - mm(56), mm(136), "广西壮族自治区财政厅", rng, radius=mm(17), inner="票据监制章")
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - mm(44)
    tale = _tale(c)
    applicant_signs = a.legal_rep if a.kind == "organisation" else (c.agent if tale == "porter" else str(c.extra["latin"]))
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取执行款确认书", size=58)
        bank = c.extra.get("in_bank") or "中国建设银行股份有限公司崇左分行"
        acct = c.extra.get("in_acct") or f"4505{rng.randint(10**15, 10**16 - 1)}"
        rows = [("案号", c.number), ("收款人（户名）", a.name), ("开户银行", str(bank)), ("银行账号", str(acct)),
                ("证件类型及号码", "护照 " + a.id_number if tale == "rosewood" else a.id_number), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为收取本案执行款的账户，因账户信息有误造成的损失由本人（单位）承担。"
        who, day = applicant_signs, c.filed_on
    elif code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书", size=68)
        if tale == "rosewood":
            addr, receiver, phone = f"{c.firm}（{c.extra['firm_addr']}）", c.agent, c.agent_phone
        elif tale == "porter":
            addr, receiver, phone = a.address, c.agent, c.agent_phone
        else:
            addr, receiver, phone = a.address, c.agent, c.agent_phone
        rows = [("案号", c.number), ("受送达人", a.name), ("确认的送达地址", addr), ("收件人", receiver), ("联系电话", phone),
                ("是否同意电子送达", f"同意。手机号码：{phone}")]
        note = ("1.本确认书所填地址在执行程序中持续有效；2.地址变更应及时书面告知法院；3.因地址不准确、变更未告知或拒收致使文书"
                "未能被实际接收的，文书退回之日视为送达之日。")
        who, day = applicant_signs, c.filed_on
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索表", size=66)
        clue = {"rosewood": f"{c.extra.get('r_bank', '')}，账号{c.extra.get('r_acct', '')}；公司在北环路红木城有展厅一间",
                "dragon": "浦寨边贸区冷库一座（租用）；公司冷藏车两台（车牌不详）；应收越南客户货款",
                "porter": "公司在弄尧互市点有装卸设备、叉车；公司对公账户在凭祥农商行"}[tale]
        rows = [("案号", c.number), ("被执行人", r.name), ("证照号码", r.id_number), ("住所地", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人掌握" if tale != "porter" else "申请人在该公司干活时知道")]
        note = "申请执行人应如实提供被执行人的财产线索，提供虚假线索的，依法承担相应责任。"
        who, day = applicant_signs, c.filed_on
    else:
        y = form_title(s, "被执行人财产申报表", size=66)
        late = tale == "dragon"
        rows = [("案号", c.number), ("申报单位", r.name), ("银行存款", {"rosewood": f"{c.extra.get('r_bank', '')}基本户一个",
                                                                     "dragon": "农行基本户，余额很少", "porter": "农商行账户一个"}[tale]),
                ("不动产", "无"), ("车辆", "无" if late else "货车一台（已抵押）"),
                ("对外债权", "越南客户欠货款（无法收回）" if late else "无"),
                ("其他财产", "冷库已退租，无其他财产" if late else "无")]
        note = "申报人保证以上申报内容真实、完整，如有隐瞒或虚假申报，愿承担法律责任。"
        who, day = r.legal_rep, (d + timedelta(days=12) if late else d)
    cells = grid(s, mm(22), y, [mm(46), w - mm(46)], [[label, ""] for label, _ in rows], font("serif", 36),
                 heights=[mm(26) if len(v) > 24 else mm(17) for _, v in rows])
    for (_label, value), row in zip(rows, cells, strict=True):
        box = row[1]
        pen(s, box[0] + mm(4), box[1] + mm(3.5), value, rng, size=38, per_line=int((box[2] - box[0] - mm(8)) / 40))
    y = cells[-1][0][3] + mm(8)
    for off, part in wrap_hanging(note, font("serif", 32), w, 64, 0):
        s.text(mm(22) + off, y, part, font("serif", 32))
        y += 52
    y += mm(10)
    s.text(s.width - mm(130), y, "确认人（签名/盖章）：", font("serif", 36))
    if tale == "rosewood" and code != "property_declaration_form":
        _latin_signature(s, s.width - mm(80), y + 60, who, rng)
    else:
        pen(s, s.width - mm(60), y - 8, who, rng, size=52, ink=BLACK_PEN)
    if tale == "porter" and code != "property_declaration_form":
        fingerprint(s, s.width - mm(30), y - 8, rng)
    pen(s, s.width - mm(96), y + 150, num_date(day), rng, size=42, ink=BLACK_PEN)
    sealer = r if code == "property_declaration_form" else (a if a.kind == "organisation" else None)
    if sealer is not None:
        seal(s, s.width - mm(60), y + 60, sealer.name, rng, radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 网络执行查控 system's feedback, printed: a grey title band, a plain results table in 黑体."""
    r = c.respondent
    tale = _tale(c)
    s = Sheet()
    s.draw.rectangle((mm(12), mm(12), s.width - mm(12), mm(26)), fill=(200, 200, 200))
    s.centred(mm(14), "网络执行查控系统　财产查询反馈结果", font("microhei", 46))
    f = font("microhei", 26)
    s.text(mm(14), mm(31), f"执行法院：{COURT}　　案号：{c.number}　　承办人：{c.officer}", f)
    s.text(mm(14), mm(37), f"被查询人：{r.name}　　证照号码：{r.id_number}　　发起时间：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}", f)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"), ("交通银行", "存款"),
             ("中国邮政储蓄银行", "存款"), ("广西农村信用社（农商行）", "存款"), ("广西北部湾银行", "存款"), ("桂林银行", "存款"),
             ("柳州银行", "存款"), ("支付宝", "网络资金"), ("财付通", "网络资金"), ("公安部交管局", "车辆"), ("自然资源部", "不动产"),
             ("中国证券登记结算", "证券"), ("市场监管总局", "股权"), ("人民银行（金融理财）", "理财")]
    rows = [["序号", "协助单位", "财产类别", "反馈结果", "冻结/扣划", "反馈日期"]]
    hit = 6 if "农村" in c.extra.get("r_bank", "") else 0
    for i, (unit, kind) in enumerate(units):
        act = ""
        if tale == "rosewood" and i == hit:
            res = f"账户{c.extra['r_acct'][-6:]}余额{c.amount * Decimal('1.31'):,.2f}"
            act = f"已冻结{c.amount:,.2f}；已扣划"
        elif tale == "porter" and i in (1, 6):
            res = f"余额{rng.randint(800, 9000)}.{rng.randint(10, 99)}"
        elif kind == "存款":
            res = "无账户" if rng.random() < 0.6 else f"余额{rng.randint(0, 60)}.{rng.randint(10, 99)}"
        elif tale == "porter" and kind == "车辆":
            res = "货车1辆（抵押）"
        else:
            res = "未查询到财产"
        rows.append([str(i + 1), unit, kind, res, act, f"{d + timedelta(days=rng.randint(0, 2)):%m-%d}"])
    w = s.width - mm(28)
    grid(s, mm(14), mm(46), [mm(12), mm(48), mm(20), mm(52), mm(30), w - mm(162)], rows, f, heights=mm(10), centre=(0, 2, 5),
         outer=2)
    y = mm(46) + mm(10) * len(rows) + mm(8)
    if tale == "rosewood":
        s.text(mm(14), y, f"电子冻结回执：冻结金额{c.amount:,.2f}元，冻结期限一年。扣划回执：已划至{COURT}执行款专户，"
                          f"扣划日期{c.extra['pay_day']:%Y-%m-%d}。", font("microhei", 24))
    s.text(mm(14), s.height - mm(16), f"打印人：{c.clerk}　打印时间：{d + timedelta(days=5):%Y-%m-%d}", font("microhei", 24))
    s.right(s.width - mm(14), s.height - mm(16), "第1页/共1页", font("microhei", 24))
    s.page_of = (1, 1)
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """中国银行's 国内支付业务付款回单: the court's account paying the dealer, printed from the bank's system."""
    s = Sheet()
    green = (30, 100, 90)
    f = font("sans", 30)
    grey = (45, 45, 45)
    paid = c.extra["pay_day"] + timedelta(days=3)
    s.centred(mm(22), "中国银行　国内支付业务付款回单", font("sans_bold", 50), fill=green)
    s.text(mm(18), mm(36), f"交易日期：{paid:%Y年%m月%d日}　　回单编号：{rng.randint(10**15, 10**16 - 1)}", f)
    w = s.width - mm(36)
    rows = [["付款人名称", f"{COURT}执行款专户", "收款人名称", c.applicant.name + f"（{c.extra['latin']}）"],
            ["付款人账号", f"6301{rng.randint(10**12, 10**13 - 1)}", "收款人账号", str(c.extra["in_acct"])],
            ["付款人开户行", "广西凭祥农村商业银行营业部", "收款人开户行", str(c.extra["in_bank"])],
            ["金额（小写）", f"CNY {c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
            ["用途", f"{c.number}案款发放"], ["附言", "执行款发放，执行完毕"]]
    grid(s, mm(18), mm(46), [mm(32), mm(58), mm(32), w - mm(122)], rows, f, heights=mm(15), centre=(0, 2), ink=grey, outer=2)
    s.text(mm(18), mm(146), f"交易流水号：{paid:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}　　打印次数：1", f)
    seal(s, s.width - mm(55), mm(140), "中国银行股份有限公司凭祥支行", rng, radius=mm(16), inner="业务专用章")
    hand(s, mm(20), mm(170), f"{c.clerk} 已发放 {paid.month}/{paid.day}", rng, size=44, ink=PEN)
    return [s]


def _payout(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bureau's 执行款发放单: the money the employer paid in, paid out to the porter, his brother signing for it."""
    s = Sheet()
    y = form_title(s, "执行案款发放确认单", size=64) - mm(4)
    s.right(s.width - mm(22), y, f"案号：{c.number}", font("serif", 32))
    y += mm(11)
    w = s.width - mm(44)
    paid_in = c.extra["pay_day"]
    rows = [["交款人", c.respondent.name, "到账日期", num_date(paid_in)], ["到账金额", money(c.amount)],
            ["领款人", c.applicant.name, "身份证号", c.applicant.id_number],
            ["发放方式", "转账", "收款账号", f"{c.extra['in_bank']} {c.extra['in_acct']}"],
            ["承办人意见", ""], ["领款人（代领人）签名", ""]]
    cells = grid(s, mm(22), y, [mm(34), mm(56), mm(28), w - mm(118)], rows, font("serif", 32),
                 heights=[mm(16), mm(16), mm(18), mm(24), mm(30), mm(34)], centre=(0, 2))
    pen(s, cells[4][1][0] + mm(4), cells[4][1][1] + mm(6), "被执行人已按执行通知书交清全部款项，同意发放。", rng, size=40, per_line=20)
    pen(s, cells[4][1][2] - mm(50), cells[4][1][3] - mm(11), c.officer, rng, size=40)
    pen(s, cells[5][1][0] + mm(8), cells[5][1][1] + mm(6), f"{c.agent}（代{c.applicant.name}）", rng, size=50, ink=BLACK_PEN)
    fingerprint(s, cells[5][1][0] + mm(110), cells[5][1][1] + mm(4), rng)
    pen(s, cells[5][1][0] + mm(70), cells[5][1][1] + mm(20), num_date(paid_in + timedelta(days=3)), rng, size=40, ink=BLACK_PEN)
    seal(s, s.width - mm(60), cells[5][1][3] + mm(20), COURT, rng, radius=mm(19), inner="执行款专用章")
    s.text(mm(22), cells[5][1][3] + mm(40), "注：代领人应出示本人身份证件及授权委托书，并由承办人核对。", font("serif", 30))
    return [s]

