"""What 科尔沁区法院执行局 receives, each in its maker's style: the 通辽仲裁委员会's award and its 生效证明 (boxed
heading, 仿宋 body), the court's and 通辽中院's judgments, the 律师事务所's typed applications with the parties'
ballpoint dates and signatures, the window forms the parties fill in blue ballpoint, the bank's and the online
查控 system's printouts, ID and licence copies."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, num_date, person_name
from dossier.corpus.draw import Block, Sheet, mm, seal, signature, table, wrap
from dossier.corpus.families.court_et_kit import (
    COURT,
    FORM_BLUE,
    LEFT,
    RIGHT,
    TOP,
    ballpoint,
    number_pages,
    pen,
    run_on,
)
from dossier.corpus.fonts import font
from dossier.corpus.forms import (
    bank_reply,
    fee_receipt,
    id_card_copy,
    inquiry_printout,
    lawyer_licence_copy,
    licence_copy,
    payment_voucher,
)

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})


def basis_title(c: CaseCtx) -> str:
    kind = "裁决书" if c.basis_kind == "arbitration" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}。法定代表人{p.legal_rep}。"
    return f"{p.name}，{p.sex or '男'}，公民身份号码{p.id_number}，住{p.address}。"


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "enforcement_application":
        return _lawyer_typed(c, rng, "强制执行申请书", [
            ("f", f"申请执行人：{_who(a)}"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{_who(r)}"),
            ("f", "执行请求："),
            ("p", f"1.强制被执行人给付{money(c.amount)}及迟延履行期间的加倍债务利息；"),
            ("p", "2.本案执行费由被执行人负担。"),
            ("f", "事实与理由："),
            ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis_title(c)}已于{cn_date(c.basis_effective)}发生法律效力。"
                  "被执行人至今未履行，为维护申请执行人合法权益，特依法申请强制执行。"),
            ("f", "此致"),
            ("f", COURT),
        ], signer=a, day=c.filed_on - timedelta(days=2))
    if code == "enforcement_basis":
        return _arbitral_award(c, rng) if c.basis_kind == "arbitration" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _arb_certificate(c, rng)
    if code == "power_of_attorney":
        return _lawyer_typed(c, rng, "授权委托书", [
            ("f", f"委托人：{a.name}"),
            ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
            ("p", f"现委托上列受托人在{a.name}申请执行{r.name}{c.extra['cause']}一案中，作为我方代理人。"),
            ("p", "代理权限：特别授权，代为申请执行、提供财产线索、参加约谈、代为和解、代为领取执行款及法律文书。"),
        ], signer=a, day=c.filed_on - timedelta(days=3))
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return [lawyer_licence_copy(c, rng)]
    if code == "identity_proof":
        p = r if "respondent" in served else a
        if p.kind == "organisation":
            return [licence_copy(p, c, rng)]
        return [id_card_copy(p, rng, authority="通辽市公安局科尔沁区分局")]
    if code == "fee_receipt":
        return [fee_receipt(c, rng)]
    if code == "payment_voucher":
        return [payment_voucher(c, rng, bank_slip=c.extra["tale"] == "corn")]
    if code == "online_inquiry_result":
        first = inquiry_printout(c, rng, kind="national")
        if c.extra["tale"] == "cattle":
            return [first]
        reply = bank_reply(c, rng)
        reply.starts_document = True
        return [first, reply]
    if code == "property_clue_form":
        return _window_form(c, rng, "被执行人财产线索提供表", [
            ("被执行人", r.name), ("证照号码", r.id_number),
            ("银行账户", c.extra.get("r_bank", "不详") + " " + c.extra.get("r_acct", "")),
            ("不动产", "不详" if c.extra["tale"] != "cattle" else "莫力庙苏木棚圈一处（租地自建）"),
            ("车辆/农机", {"corn": "烘干塔一座、装载机二台", "cattle": "铡草机一台、拖拉机一台",
                       "alu": "数控锯床、叉车"}[str(c.extra["tale"])]),
            ("其他", "应收货款" if c.extra["tale"] != "cattle" else f"存栏肉牛约{c.extra.get('head', 80)}头"),
        ], signer=c.agent, day=c.filed_on)
    if code == "payment_account_confirmation":
        return _window_form(c, rng, "执行款收款账户确认书", [
            ("申请执行人", a.name), ("开户名称", a.name), ("开户银行", str(c.extra["in_bank"])),
            ("账　　号", str(c.extra["in_acct"])), ("联 系 人", c.agent), ("联系电话", c.agent_phone),
        ], signer=c.agent, day=c.filed_on, seal_of=a)
    if code == "service_address_confirmation":
        return _window_form(c, rng, "送达地址确认书", [
            ("受送达人", a.name), ("送达地址", c.extra["firm_addr"] + c.firm), ("收件人", c.agent),
            ("电　　话", c.agent_phone), ("电子送达", f"同意，手机号{c.agent_phone}"),
        ], signer=c.agent, day=c.filed_on, seal_of=a)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    raise KeyError(code)


def _lawyer_typed(c: CaseCtx, rng: random.Random, title: str, blocks: list[Block], *, signer: Party,
                  day: date) -> list[Sheet]:
    """Typed by the law firm in 楷体 on plain paper, title over nothing; the party's seal and a ballpoint date."""
    s = Sheet()
    s.centred(TOP + 10, title, font("sans_bold", 64), spacing=14)
    sheets, y = run_on(blocks, s, TOP + 150, f=font("kai_gb", 42), lh=72)
    last = sheets[-1]
    if y > last.height - mm(80):
        last = Sheet()
        sheets.append(last)
        y = TOP
    x = last.width - RIGHT - mm(92)
    last.text(x, y + 60, ("申请人：" if "申请" in title else "委托人："), font("kai_gb", 42))
    if signer.kind == "organisation":
        last.text(x + mm(22), y + 60, signer.name, font("kai_gb", 36))
        seal(last, x + mm(50), y + 80, signer.name, rng, radius=mm(19))
    else:
        signature(last, x + mm(26), y + 50, signer.name, rng, ink=pen(rng))
    ballpoint(last, x + mm(18), y + 200, f"{day.year}年{day.month}月{day.day}日", rng, size=42)
    return number_pages(sheets)


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.text(LEFT, TOP, c.firm, font("serif_bold", 52))
    s.line(LEFT, TOP + 80, s.width - RIGHT, TOP + 80, width=5, fill=(180, 30, 30))
    s.centred(TOP + 130, "律 师 事 务 所 函", font("serif_bold", 60))
    s.right(s.width - RIGHT, TOP + 230, f"〔{c.filed_on.year}〕{c.firm[3:5]}执字第{rng.randint(10, 199)}号", font("song_gb", 38))
    blocks: list[Block] = [
        ("f", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师作为其申请执行{c.respondent.name}{c.extra['cause']}一案的"
              "代理人。特此函告。"),
        ("f", f"附：授权委托书一份　律师执业证号{c.extra['licence']}"),
        ("f", f"地址：{c.extra['firm_addr']}"),
    ]
    sheets, y = run_on(blocks, s, TOP + 320, f=font("song_gb", 42))
    last = sheets[-1]
    x1 = last.width - RIGHT - mm(10)
    last.right(x1, y + 120, c.firm, font("song_gb", 42))
    last.right(x1, y + 200, cn_date(c.filed_on - timedelta(days=2)), font("song_gb", 42))
    seal(last, x1 - mm(28), y + 150, c.firm, rng, radius=mm(20))
    return sheets


def _arbitral_award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """通辽仲裁委员会's award: a boxed heading, 仿宋 body, three arbitrators, long."""
    s = Sheet()
    s.box(LEFT, TOP - 20, s.width - RIGHT, TOP + 200, width=3)
    s.centred(TOP, "通辽仲裁委员会", font("serif_bold", 66), spacing=20)
    s.centred(TOP + 100, "裁　决　书", font("serif_bold", 62), spacing=10)
    s.right(s.width - RIGHT, TOP + 240, c.basis_number, font("song_gb", 40))
    a, r = c.applicant, c.respondent
    tons = c.extra.get("tons", 3000)
    blocks: list[Block] = [
        ("f", f"申请人：{_who(a)}"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被申请人：{_who(r)}"),
        ("p", "通辽仲裁委员会（以下简称本会）根据申请人与被申请人签订的《玉米购销合同》中的仲裁条款及申请人的仲裁申请，"
              f"受理了本案。本会依法组成仲裁庭，于{cn_date(c.basis_effective - timedelta(days=20))}开庭审理，双方均到庭参加仲裁。本案现已审理终结。"),
        ("f", "一、案情"),
        ("p", f"申请人称：双方约定由申请人向被申请人交付潮粮玉米{tons}吨，由被申请人烘干后结算，申请人已按约交付。"
              f"被申请人出具烘干入库单后仅支付部分货款，尚欠{money(c.amount)}。"),
        ("p", "被申请人辩称：玉米水分、霉变率超出约定，应扣减货款；但未能提供检验报告。"),
        ("f", "二、仲裁庭意见"),
        ("p", "仲裁庭认为，被申请人出具入库单时未提出质量异议，其抗辩缺乏证据，不予支持。"),
        ("f", "三、裁决"),
        ("p", f"（一）被申请人于本裁决书送达之日起十日内向申请人支付玉米货款{money(c.amount)}；"),
        ("p", "（二）本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets, y = run_on(blocks, s, TOP + 320, f=font("kai_gb", 42), lh=74)
    last = sheets[-1]
    if y > last.height - mm(95):
        last = Sheet()
        sheets.append(last)
        y = TOP
    x = last.width - RIGHT - mm(75)
    for k, role in enumerate(["首席仲裁员", "仲 裁 员", "仲 裁 员"]):
        last.text(x, y + 40 + 68 * k, f"{role}　{person_name(rng)}", font("kai_gb", 40))
    made = c.basis_effective
    last.right(last.width - RIGHT, y + 290, cn_date(made), font("kai_gb", 40))
    seal(last, last.width - RIGHT - mm(30), y + 290, "通辽仲裁委员会", rng, radius=mm(21))
    last.text(x, y + 390, f"书　记　员　{person_name(rng)}", font("kai_gb", 40))
    return number_pages(sheets)


def _arb_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP + 40, "通辽仲裁委员会", font("serif_bold", 60), spacing=16)
    s.centred(TOP + 140, "裁决书生效证明", font("serif_bold", 66), spacing=8)
    blocks: list[Block] = [
        ("f", f"{COURT}："),
        ("p", f"本会{c.basis_number}裁决书（申请人{c.applicant.name}与被申请人{c.respondent.name}{c.extra['cause']}），"
              f"已于{cn_date(c.basis_effective)}作出并送达双方当事人。依照《中华人民共和国仲裁法》第五十七条的规定，"
              "该裁决书自作出之日起发生法律效力。"),
        ("p", "特此证明。"),
    ]
    sheets, y = run_on(blocks, s, TOP + 300, f=font("kai_gb", 44), lh=80)
    last = sheets[-1]
    when = c.filed_on - timedelta(days=rng.randint(3, 9))
    last.right(last.width - RIGHT - mm(8), y + 140, cn_date(when), font("kai_gb", 42))
    seal(last, last.width - RIGHT - mm(38), y + 150, "通辽仲裁委员会", rng, radius=mm(21))
    ballpoint(last, LEFT, y + 300, f"经办人：{person_name(rng)}", rng, size=40)
    return sheets


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    appeal = "民终" in c.basis_number
    s = Sheet()
    s.centred(TOP, c.basis_court, font("song_gb", 56), spacing=4)
    s.centred(TOP + 96, "民 事 判 决 书", font("serif_bold", 72), spacing=6)
    s.right(s.width - RIGHT, TOP + 220, c.basis_number, font("song_gb", 40))
    if appeal:
        facts: list[Block] = [
            ("f", f"上诉人（原审被告）：{_who(r)}"),
            ("f", f"被上诉人（原审原告）：{_who(a)}"),
            ("p", f"上诉人因与被上诉人{c.extra['cause']}一案，不服内蒙古自治区通辽市科尔沁区人民法院{c.extra['first_no']}"
                  "民事判决，向本院提起上诉。本院依法组成合议庭审理了本案，现已审理终结。"),
            ("p", f"原审查明：被上诉人为上诉人加工{c.extra['parts']}，双方按月对账，上诉人确认尚欠加工费{money(c.amount)}。"),
            ("p", "本院认为，上诉人主张加工件存在质量问题，但未在约定期限内提出异议，其上诉理由不能成立。依照《中华人民共和国"
                  "民事诉讼法》第一百七十七条第一款第一项的规定，判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", "二审案件受理费由上诉人负担。本判决为终审判决。"),
        ]
        who = [("审 判 长", person_name(rng)), ("审 判 员", person_name(rng)), ("审 判 员", person_name(rng))]
    else:
        facts = [
            ("f", f"原告：{_who(a)}"),
            ("f", f"被告：{_who(r)}"),
            ("p", f"原告与被告{c.extra['cause']}一案，本院立案后依法适用简易程序，公开开庭进行了审理。本案现已审理终结。"),
            ("p", f"本院经审理查明：被告以其肉牛养殖场经营为由向原告借款，约定用于购买架子牛{c.extra.get('head', 80)}头，"
                  f"以存栏肉牛设定动产抵押。借款到期后被告未还，尚欠本金及利息合计{money(c.amount)}。"),
            ("p", "本院认为，双方借款合同合法有效，被告应按约偿还。依照《中华人民共和国民法典》第六百七十四条、第六百七十六条"
                  "的规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内偿还原告借款本息{money(c.amount)}。"),
            ("p", "如未按本判决指定的期间履行给付金钱义务，应当加倍支付迟延履行期间的债务利息。"),
        ]
        who = [("审 判 员", person_name(rng))]
    sheets, y = run_on(facts, s, TOP + 310, f=font("song_gb", 42))
    last = sheets[-1]
    if y > last.height - mm(90):
        last = Sheet()
        sheets.append(last)
        y = TOP
    x = last.width - RIGHT - mm(70)
    for k, (role, name) in enumerate(who):
        last.text(x, y + 40 + 68 * k, f"{role}　{name}", font("song_gb", 40))
    yy = y + 60 + 68 * len(who)
    made = c.basis_effective - timedelta(days=16)
    last.right(last.width - RIGHT, yy, cn_date(made), font("song_gb", 40))
    seal(last, last.width - RIGHT - mm(30), yy, c.basis_court, rng, radius=mm(21))
    last.text(x, yy + 90, f"书 记 员　{person_name(rng)}", font("song_gb", 40))
    last.text(LEFT, yy + 200, "本件与原本核对无异", font("song_gb", 34))
    return number_pages(sheets)


def _window_form(c: CaseCtx, rng: random.Random, title: str, rows: list[tuple[str, str]], *, signer: str,
                 day: date, seal_of: Party | None = None) -> list[Sheet]:
    """A form from the 诉讼服务中心 window: printed labels, grid in form blue, filled in blue ballpoint."""
    s = Sheet()
    s.centred(TOP, COURT, font("song_gb", 40))
    s.centred(TOP + 70, title, font("sans_bold", 60), spacing=6)
    s.text(LEFT, TOP + 170, "案号：", font("song_gb", 38))
    ink = pen(rng)
    ballpoint(s, LEFT + mm(14), TOP + 160, c.number, rng, ink=ink)
    w = s.width - LEFT - RIGHT
    cols = [mm(40), w - mm(40)]
    y = TOP + 240
    hs = [mm(22) if len(v) > 22 else mm(16) for _, v in rows]
    x1 = LEFT + w
    yy = y
    s.line(LEFT, yy, x1, yy, width=3, fill=FORM_BLUE)
    for (label, value), h in zip(rows, hs, strict=True):
        s.text(LEFT + mm(3), yy + h / 2 - 20, label, font("song_gb", 38))
        for k, part in enumerate(wrap(value, font("kai", 40), cols[1] - mm(8))):
            ballpoint(s, LEFT + cols[0] + mm(4), yy + mm(3) + k * 60, part, rng, size=40, ink=ink)
        yy += h
        s.line(LEFT, yy, x1, yy, width=3, fill=FORM_BLUE)
    for xx in (LEFT, LEFT + cols[0], x1):
        s.line(xx, y, xx, yy, width=3, fill=FORM_BLUE)
    s.text(LEFT, yy + 50, "本人保证以上内容真实，如有变更及时书面告知法院。", font("song_gb", 34))
    s.text(LEFT + w - mm(95), yy + 170, "填表人：", font("song_gb", 38))
    signature(s, LEFT + w - mm(70), yy + 160, signer, rng, ink=ink)
    ballpoint(s, LEFT + w - mm(80), yy + 270, f"{day.year}.{day.month}.{day.day}", rng, ink=ink)
    if seal_of is not None:
        seal(s, LEFT + w - mm(40), yy + 200, seal_of.name, rng, radius=mm(19))
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """财产申报表, the respondent's own hand in ballpoint on the bureau's form (black grid)."""
    r = c.respondent
    s = Sheet()
    s.centred(TOP, "被执行人财产申报表", font("serif_bold", 62), spacing=6)
    s.text(LEFT, TOP + 110, f"案号：{c.number}", font("song_gb", 36))
    w = s.width - LEFT - RIGHT
    kind = str(c.extra["tale"])
    vals = {"corn": ["基本账户余额约三万元", "无", "烘干塔一座（已抵押）、装载机二台", f"欠收购户粮款约{rng.randint(80, 300)}万元"],
            "cattle": ["无", "无", "铡草机一台（坏）", "饲料款、工钱约十几万"],
            "alu": ["工行基本户，余额不详", "无", "叉车二台", f"应收铝业集团货款约{rng.randint(50, 200)}万元"]}[kind]
    rows = [["申报人", r.name], ["存款", ""], ["房产、土地", ""], ["车辆、机械、牲畜", ""], ["债权债务", ""],
            ["其他需说明的", ""]]
    hs = [mm(16), mm(24), mm(24), mm(24), mm(30), mm(30)]
    table(s, LEFT, TOP + 180, [mm(48), w - mm(48)], rows, font("song_gb", 36), row_h=hs, centre_first=True)
    ink = pen(rng)
    for k, v in enumerate(vals):
        ballpoint(s, LEFT + mm(52), TOP + 180 + sum(hs[:k + 1]) + mm(6), v, rng, ink=ink)
    end = TOP + 180 + sum(hs)
    s.text(LEFT, end + 50, "申报人保证：以上申报真实、完整，如有隐瞒愿承担法律责任。", font("song_gb", 34))
    s.text(LEFT + w - mm(100), end + 160, "申报人签名（盖章）：", font("song_gb", 36))
    if r.kind == "organisation":
        seal(s, LEFT + w - mm(30), end + 170, r.name, rng, radius=mm(19))
    signature(s, LEFT + w - mm(40), end + 150, r.legal_rep or r.name, rng, ink=ink)
    d = c.day(11)
    ballpoint(s, LEFT + w - mm(70), end + 270, f"{d.year}年{d.month}月{d.day}日", rng, ink=ink)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    first = (c.amount * 6 / 10).quantize(c.amount)
    rest = c.amount - first
    d = c.day(26)
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("sans_bold", 64), spacing=10)
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}"),
        ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲乙双方就{COURT}{c.number}执行一案，经协商自愿达成如下和解协议："),
        ("p", f"一、乙方于{d.month}月{d.day + 3 if d.day < 25 else d.day}日前支付{money(first)}；"),
        ("p", f"二、余款{money(rest)}于{c.extra['pay_day'].month}月{c.extra['pay_day'].day}日前付清；"),
        ("p", "三、乙方按期付清后，甲方放弃迟延履行期间的债务利息，本案执行完毕；乙方任何一期逾期，甲方可申请恢复执行。"),
        ("p", "四、本协议一式三份，甲乙双方各执一份，交法院一份。"),
    ]
    sheets, y = run_on(blocks, s, TOP + 140, f=font("song_gb", 42))
    last = sheets[-1]
    if y > last.height - mm(80):
        last = Sheet()
        sheets.append(last)
        y = TOP
    last.text(LEFT, y + 80, "甲方（盖章）：", font("song_gb", 40))
    seal(last, LEFT + mm(60), y + 110, a.name, rng, radius=mm(19))
    signature(last, LEFT + mm(40), y + 190, c.agent, rng, ink=pen(rng))
    last.text(LEFT + mm(95), y + 80, "乙方（盖章）：", font("song_gb", 40))
    seal(last, LEFT + mm(155), y + 110, r.name, rng, radius=mm(19))
    signature(last, LEFT + mm(135), y + 190, r.legal_rep or r.name, rng, ink=pen(rng))
    ballpoint(last, LEFT + mm(100), y + 320, num_date(d), rng, size=42)
    return number_pages(sheets)
