"""What 珠山法院执行局 receives, each in its maker's style and each already photocopied once (or twice) before it
reached the window: the 景德镇仲裁委员会's 裁决书 and 生效证明 in the GB 宋 of its old typesetting (○ for 〇), the 中院's
二审 judgment in 明体 with "—n—" folios at the outer corner, the 浮梁县法院's 调解书, a law firm's typed application
(霞鹜文楷, the title in 黑体) and its letter under a red letterhead, the window's pre-printed forms filled in by
ballpoint, ID cards, business licences and a 律师执业证 whose printed tints are fine dot screens, the 江西省非税收入
缴款书 with its screened green bands, the 查控 system's monospaced printout and a bank's 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import numpy as np
from PIL import Image

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_fc_kit import (
    BALLPOINT,
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flowing,
    folios,
    form_title,
    frame,
    hei,
    mark_received,
    pen,
    song,
    tick_box,
)
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import printable, scrawl

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARBITRATION = "景德镇仲裁委员会"
GREEN = (46, 128, 92)
TINT_GREEN = (128, 196, 156)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fc import made_on

    d = made_on(c, code)
    generation = 2 if rng.random() < 0.3 else 1
    if code == "enforcement_basis":
        tale = c.extra["tale"]
        sheets = _award(c, rng) if tale == "kiln" else (_appeal(c, rng) if tale == "parcel" else _mediation(c, rng))
    elif code == "effectiveness_certificate":
        sheets = _in_force(c, rng)
    elif code == "enforcement_application":
        sheets = _application(c, rng, d)
    elif code == "power_of_attorney":
        sheets = _attorney(c, rng, d)
    elif code == "law_firm_letter":
        sheets = _firm_letter(c, rng, d)
    elif code == "lawyer_license":
        sheets = _licence_card(c, rng)
    elif code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        sheets = _business_licence(p, rng) if p.kind == "organisation" else _id_card(p, rng)
    elif code == "fee_receipt":
        sheets = _fee_slip(c, rng, d)
    elif code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        sheets = _window_form(code, c, rng, d)
    elif code == "property_declaration_form":
        sheets = _declaration(c, rng, d)
    elif code == "online_inquiry_result":
        sheets = _inquiry(c, rng, d)
        generation = 0 if rng.random() < 0.7 else 1
    elif code == "settlement_agreement":
        sheets = _settlement(c, rng, d)
    elif code == "payment_voucher":
        sheets = _bank_slip(c, rng)
        generation = 0 if rng.random() < 0.5 else 1
    else:
        raise KeyError(code)
    return mark_received(sheets, generation)


def screen(s: Sheet, box: tuple[float, float, float, float], colour: tuple[int, int, int], *, cover: float,
           pitch_mm: float = 0.9, angle: float = 15.0) -> None:
    """A printed tint: round dots of `colour` on a screen of `pitch_mm` at `angle`°, covering `cover` of the area
    (the offset or laser print's halftone, which the copier's own screening meets as moiré)."""
    x0, y0, x1, y1 = (int(v) for v in box)
    h, w = y1 - y0, x1 - x0
    if h <= 0 or w <= 0:
        return
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = np.radians(angle)
    pitch = pitch_mm / 25.4 * 200
    u = (xx * np.cos(t) + yy * np.sin(t)) / pitch
    v = (-xx * np.sin(t) + yy * np.cos(t)) / pitch
    du, dv = u - np.round(u), v - np.round(v)
    radius = np.sqrt(cover / np.pi)
    dot: Any = (np.sqrt(du * du + dv * dv) < radius).astype(np.uint8) * 255
    region = s.image.crop((x0, y0, x1, y1))
    ink = Image.new("RGB", (w, h), colour)
    region.paste(ink, (0, 0), Image.fromarray(dot, "L"))
    s.image.paste(region, (x0, y0))


def _who(p: Party) -> str:
    if p.kind == "organisation":
        head = "经营者" if "工作室" in p.name else ("理事长" if "合作社" in p.name else "法定代表人")
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{head}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _typed(sheets_run: Flowing, paras: list[tuple[str, str]], f: Font, lead: float) -> None:
    for kind, text in paras:
        if kind == "h":
            sheets_run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "f":
            sheets_run.para(text, f, lead=lead)
        elif kind == "r":
            sheets_run.line(text, f, lead=lead, flush_right=True)
        elif kind == "c":
            sheets_run.line(text, f, lead=lead, centred=True)
        elif kind == "gap":
            sheets_run.y += lead * 0.5
        else:
            sheets_run.para(text, f, lead=lead, first=f.size * 2)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """景德镇仲裁委员会 裁决书: GB 宋 (○ for 〇), centred title, the number with 〔〕, signed by the tribunal."""
    a, r = c.applicant, c.respondent
    made = c.basis_effective
    heard = made - timedelta(days=rng.randint(20, 40))
    n = c.extra["pieces"]
    story = (f"2022年6月，被申请人为其陶溪川门店定制青花缠枝莲纹梅瓶、玉壶春瓶及青花山水纹盘等瓷器共{n}件，委托申请人"
             "完成手绘青花及柴窑烧成，双方签订《陶瓷加工合同》，约定按件计价，成品交付后三十日内结清加工费。申请人于"
             f"2022年9月至12月分四批交付成品，被申请人签收确认，但仅支付部分款项，尚欠加工费{c.amount:,.2f}元。")
    paras = [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"本会根据申请人与被申请人签订的《陶瓷加工合同》中的仲裁条款，于{cn_date(heard - timedelta(days=45))}受理了申请人"
              f"提出的仲裁申请。本会依照《景德镇仲裁委员会仲裁规则》组成仲裁庭，于{cn_date(heard)}开庭审理了本案，申请人的"
              "委托代理人、被申请人的法定代表人到庭参加庭审。本案现已审理终结。"),
        ("p", f"申请人称：{story}请求裁决被申请人支付加工费{c.amount:,.2f}元及逾期付款利息，并承担本案仲裁费用。"),
        ("p", "被申请人辩称：对加工数量和单价无异议，但部分梅瓶釉面有缩釉、落渣，应当扣减货款。"),
        ("p", "仲裁庭查明：" + story + "被申请人在收货时未提出质量异议，其后亦未在合同约定的七日内书面提出。"),
        ("p", "仲裁庭认为：双方签订的《陶瓷加工合同》合法有效。手工柴窑烧成的器物存在一定程度的窑变与釉面差异，属行业"
              "通常情形，被申请人未在约定期限内提出质量异议，视为成品合格，其扣减货款的主张不能成立。依照《中华人民共和国"
              "民法典》第七百七十条、第七百八十二条及《中华人民共和国仲裁法》第七条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付加工费{c.amount:,.2f}元；"),
        ("p", f"二、本案仲裁费{int(c.amount) // 60 + 300}元，由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    face = "song_gb"
    s = Sheet()
    s.centred(TOP, ARBITRATION, font("serif_bold", 60), spacing=10)
    s.centred(TOP + 100, "裁决书", font("serif_bold", 82), spacing=90)
    run = Flowing([s], TOP + 230, left=mm(30), right=mm(28))
    run.line(f"景仲裁字〔2023〕第{c.basis_number.split('第')[1]}", font(face, 40), lead=96, centred=True)
    f = font(face, 42)
    _typed(run, [(k, printable(face, t)) for k, t in paras], f, 78)
    run.need(480)
    last = run.s
    y = run.y + 40
    x = last.width - mm(28) - mm(72)
    for role, name in (("首席仲裁员", person_name(rng)), ("仲　裁　员", person_name(rng)), ("仲　裁　员", person_name(rng))):
        last.text(x, y, role, f)
        last.text(x + mm(38), y, name, f)
        y += 76
    y += 20
    when = printable(face, cn_date(made))
    last.right(last.width - mm(36), y, when, f)
    seal(last, last.width - mm(36) - text_width(when, f) / 2, y + 12, ARBITRATION, rng, radius=mm(20))
    y += 90
    last.text(x, y, "秘　　书", f)
    last.text(x + mm(38), y, person_name(rng), f)
    return folios(run.sheets, font(face, 30), style="dash")


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    from dossier.corpus.families.court_fc import made_on

    face = "song_gb"
    d = made_on(c, "effectiveness_certificate")
    s = Sheet()
    s.centred(TOP + 20, ARBITRATION, font("serif_bold", 60), spacing=10)
    s.centred(TOP + 130, "生效证明", font("serif_bold", 80), spacing=60)
    run = Flowing([s], TOP + 290, left=mm(32), right=mm(30))
    f = font(face, 44)
    _typed(run, [
        ("f", printable(face, f"{COURT}：")),
        ("p", printable(face, f"申请人{c.applicant.name}与被申请人{c.respondent.name}加工合同纠纷一案，本会于{cn_date(c.basis_effective)}"
                              f"作出{c.basis_number}裁决书。该裁决书已于{cn_date(c.basis_effective + timedelta(days=3))}"
                              "送达双方当事人。")),
        ("p", "根据《中华人民共和国仲裁法》第五十七条的规定，该裁决为终局裁决，自作出之日起发生法律效力。截至本证明出具之日，"
              "本会未收到人民法院撤销或者不予执行该裁决的通知。"),
        ("p", "特此证明。"),
    ], f, 84)
    y = run.y + 140
    when = printable(face, cn_date(d))
    s.right(s.width - mm(40), y, when, f)
    s.right(s.width - mm(44), y - 100, ARBITRATION, f)
    seal(s, s.width - mm(40) - text_width(when, f) / 2, y - 20, ARBITRATION, rng, radius=mm(20))
    s.text(mm(32), y + 200, f"（经办人：{person_name(rng)}　　联系电话：0798-8{rng.randint(100000, 999999)}）", font(face, 34))
    return [s]


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """景德镇市中级人民法院's 二审 judgment: 明体, the title spread, "—n—" at the outer corner of each page."""
    from dossier.corpus.families.court_fc import MIDDLE

    a, r = c.applicant, c.respondent
    made = c.basis_effective
    k = c.extra["parcels"]
    story = (f"2022年3月起，{a.name}将其网店售出的茶具、花瓶等瓷器交由{r.name}经营的{c.extra['point']}寄递，双方签订"
             f"《快件月结协议》，约定瓷器类快件由网点负责加固包装并按声明价值保价，破损按声明价值赔偿。2022年5月至12月，"
             f"共有{k}件快件在寄递中破损，收件人拒收或退款。{r.name}于2023年1月在《破损理赔确认单》上签字，确认应赔偿"
             f"{c.amount:,.2f}元，承诺分三期支付，但到期未付。")
    paras = [
        ("h", f"上诉人（原审被告）：{_who(r)}"),
        ("h", f"被上诉人（原审原告）：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}运输合同纠纷一案，不服江西省景德镇市珠山区人民法院{c.extra['first']}民事"
              "判决，向本院提起上诉。本院于" + cn_date(made - timedelta(days=58)) + "立案后，依法组成合议庭审理了本案。"
              "本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回{a.name}的诉讼请求。事实和理由：瓷器破损系寄件人包装不当所致，"
              "《破损理赔确认单》系在对方催逼下签署，赔偿数额过高。"),
        ("p", f"{a.name}辩称：快件均由网点加固包装，确认单系上诉人自愿签署，一审判决正确，请求驳回上诉。"),
        ("p", f"一审法院认定事实：{story}一审法院判决：{r.name}于判决生效之日起十日内赔偿{a.name}损失{c.amount:,.2f}元。"),
        ("p", "本院二审期间，双方均未提交新证据。本院对一审查明的事实予以确认。"),
        ("p", f"本院认为，{r.name}在《破损理赔确认单》上签字确认赔偿数额，其主张系被迫签署，未提供证据证明，本院不予采信。"
              "按照双方协议，瓷器类快件由网点负责加固包装，上诉人关于包装不当的抗辩亦不能成立。一审判决认定事实清楚，适用"
              "法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项的规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(c.amount) // 100 + 30}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]
    face = "ming"
    s = Sheet()
    s.centred(TOP, MIDDLE, font(face, 58), spacing=4)
    s.centred(TOP + 96, "民事判决书", font("serif_bold", 80), spacing=40)
    run = Flowing([s], TOP + 230, left=mm(30), right=mm(28))
    run.line(c.basis_number, font(face, 40), lead=92, flush_right=True)
    f = font(face, 42)
    _typed(run, paras, f, 76)
    run.need(560)
    last = run.s
    y = run.y + 50
    x = last.width - mm(28) - mm(62)
    for role, name in (("审判长", person_name(rng)), ("审判员", person_name(rng)),
                       ("审判员", person_name(rng))):
        last.text(x, y, role, f, spacing=8)
        last.text(x + mm(30), y, name, f)
        y += 74
    y += 26
    when = cn_date(made - timedelta(days=9))
    last.right(last.width - mm(34), y, when, f)
    seal(last, last.width - mm(34) - text_width(when, f) / 2, y + 10, MIDDLE, rng, radius=mm(20))
    y += 90
    for role in ("法官助理", "书记员"):
        last.text(x, y, role, f, spacing=0 if len(role) == 4 else 8)
        last.text(x + mm(30), y, person_name(rng), f)
        y += 74
    return folios(run.sheets, font(face, 32), style="dash")


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """浮梁县人民法院 民事调解书: GB 宋, the number right, one 审判员 (simple procedure)."""
    from dossier.corpus.families.court_fc import FULIANG

    a, r = c.applicant, c.respondent
    jin = c.extra["jin"]
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    paras = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(c.basis_effective - timedelta(days=40))}立案后，"
              "依法适用简易程序进行了审理。"),
        ("p", f"原告诉称：2022年4月至2023年5月，被告为其在御窑厂附近经营的茶馆向原告购买浮梁红茶、浮梁绿茶共{jin}斤，约定"
              f"每季度结算。经对账，被告尚欠货款{c.amount:,.2f}元未付。请求判令被告支付货款及利息。"),
        ("p", "被告辩称：欠款属实，因茶馆经营困难暂时无力一次付清。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}欠原告{a.name}货款{c.amount:,.2f}元，于{num_date(c.basis_effective + timedelta(days=20))}前"
              f"支付{first:,.2f}元，余款于{num_date(c.basis_effective + timedelta(days=80))}前付清；"),
        ("p", "二、被告如有任何一期未按时足额支付，原告可就全部未付款项申请强制执行；"),
        ("p", f"三、案件受理费{int(c.amount) // 200 + 25}元，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    face = "song_gb"
    s = Sheet()
    s.centred(TOP, FULIANG, font("serif_bold", 56), spacing=6)
    s.centred(TOP + 96, "民事调解书", font("serif_bold", 78), spacing=44)
    run = Flowing([s], TOP + 226, left=mm(30), right=mm(28))
    run.line(c.basis_number, font(face, 40), lead=90, flush_right=True)
    f = font(face, 42)
    _typed(run, [(k, printable(face, t)) for k, t in paras], f, 78)
    run.need(380)
    last = run.s
    y = run.y + 50
    x = last.width - mm(28) - mm(62)
    last.text(x, y, "审　判　员", f)
    last.text(x + mm(34), y, person_name(rng), f)
    y += 100
    when = printable(face, cn_date(c.basis_effective - timedelta(days=2)))
    last.right(last.width - mm(34), y, when, f)
    seal(last, last.width - mm(34) - text_width(when, f) / 2, y + 10, FULIANG, rng, radius=mm(20))
    y += 100
    last.text(x, y, "书　记　员", f)
    last.text(x + mm(34), y, person_name(rng), f)
    return folios(run.sheets, font(face, 32), style="dash")


def _org_seal(s: Sheet, x: float, y: float, p: Party, rng: random.Random) -> None:
    if p.kind == "organisation":
        seal(s, x, y, p.name, rng, radius=mm(19))


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The firm's typed application: 黑体 title, 霞鹜文楷 body, requests numbered, the applicant's seal."""
    from dossier.corpus.families.court_fc import basis_title

    a, r = c.applicant, c.respondent
    tale = c.extra["tale"]
    if tale == "kiln":
        why = (f"申请人与被申请人加工合同纠纷一案，{basis_title(c)}裁决被申请人支付加工费。该裁决已发生法律效力，"
               "被申请人至今分文未付。")
    elif tale == "parcel":
        why = (f"申请人与被执行人运输合同纠纷一案，经珠山区人民法院{c.extra['first']}民事判决、{basis_title(c)}"
               "二审维持，被执行人应赔偿申请人快件破损损失。判决生效后，被执行人未履行。")
    else:
        why = (f"申请人与被执行人买卖合同纠纷一案，经{basis_title(c)}确认，被执行人应分期支付茶叶货款。被执行人首期"
               "即未按时支付，依调解协议，申请人可就全部未付款项申请强制执行。")
    paras = [
        ("h", f"申请执行人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r)}"),
        ("f", "执行依据：" + basis_title(c)),
        ("f", "申请事项："),
        ("f", f"一、依法强制执行被执行人支付{money(c.amount)}；"),
        ("f", "二、依法强制执行被执行人加倍支付迟延履行期间的债务利息；"),
        ("f", "三、本案申请执行费由被执行人负担；"),
        ("f", "四、请求对被执行人采取限制消费措施；被执行人拒不履行的，请求将其纳入失信被执行人名单。"),
        ("f", "事实与理由："),
        ("p", why + "为维护申请人的合法权益，依照《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
        ("f", "此致"),
        ("f", COURT),
    ]
    s = Sheet()
    s.centred(TOP + 10, "强制执行申请书", hei(72), spacing=14)
    run = Flowing([s], TOP + 150, left=mm(28), right=mm(26))
    f = font("wenkai", 43)
    _typed(run, paras, f, 74)
    run.need(300)
    last = run.s
    y = run.y + 60
    last.right(last.width - mm(40), y, f"申请执行人：{a.name}", f)
    _org_seal(last, last.width - mm(80), y + 20, a, rng)
    y += 90
    last.right(last.width - mm(40), y, f"{d.year}年{d.month}月{d.day}日", f)
    return folios(run.sheets, font("wenkai", 30), style="slash")


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """授权委托书 on the firm's printed template, the blanks typed, the client's seal and the lawyer's signature."""
    a = c.applicant
    s = Sheet()
    y: float = TOP + 20
    s.centred(y, "授权委托书", font("serif_bold", 78), spacing=44)
    y += 170
    f = font("wenkai", 42)
    run = Flowing([s], y, left=mm(28), right=mm(26))
    _typed(run, [
        ("f", f"委托人：{a.name}"),
        ("f", f"住所地：{a.address}"),
        ("f", f"{'经营者' if '工作室' in a.name else ('理事长' if '合作社' in a.name else '法定代表人')}：{a.legal_rep}"),
        ("f", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}。"),
        ("p", f"现委托上列受托人在申请执行人{a.name}与被执行人{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的"
              "代理人。"),
        ("f", "代理权限：特别授权。包括代为申请执行、提供财产线索、申请采取强制执行措施、代为参加约谈、代为签收法律文书、"
              "代为达成执行和解、代为收取执行款、代为申请终结本次执行程序或恢复执行。"),
        ("f", "委托期限：自签署之日起至本案执行终结止。"),
    ], f, 80)
    y = run.y + 80
    s.text(mm(100), y, "委托人（盖章）：", f)
    _org_seal(s, mm(150), y + 30, a, rng)
    s.text(mm(100), y + 110, "受托人（签名）：", f)
    scrawl(s, mm(100) + f.getlength("受托人（签名）：") + 10, y + 100, c.agent, rng, role="kai_gb", size=58, ink=BLACK_PEN)
    s.text(mm(100), y + 220, f"{d.year}年{d.month}月{d.day}日", f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP - 10, c.firm, font("serif_bold", 74), fill=RED, spacing=12)
    y: float = TOP + 100
    s.line(LEFT, y, s.width - RIGHT, y, width=6, fill=RED)
    s.line(LEFT, y + 10, s.width - RIGHT, y + 10, width=2, fill=RED)
    y += 60
    short = c.firm.replace("江西", "").replace("律师事务所", "")
    s.right(s.width - RIGHT, y, f"{short}律执函〔2024〕第{rng.randint(10, 160)}号", song(38))
    s.centred(y + 80, "律师事务所函", hei(62), spacing=18)
    run = Flowing([s], y + 200)
    f = song(42)
    _typed(run, [
        ("f", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行案件的"
              "代理人，代理权限详见授权委托书。"),
        ("p", "特此函告。"),
        ("f", "附：授权委托书一份、律师执业证复印件一份。"),
        ("f", f"律师联系电话：{c.agent_phone}"),
    ], f, 80)
    y = run.y + 120
    s.right(s.width - RIGHT - mm(14), y, c.firm, f)
    when = f"{d.year}年{d.month}月{d.day}日"
    s.right(s.width - RIGHT - mm(14), y + 84, when, f)
    seal(s, s.width - RIGHT - mm(14) - text_width(c.firm, f) / 2, y + 50, c.firm, rng, radius=mm(20))
    s.text(LEFT, s.height - mm(30), f"地址：{c.extra['firm_addr']}", song(30))
    s.line(LEFT, s.height - mm(34), s.width - RIGHT, s.height - mm(34), width=2, fill=RED)
    return [s]


def _card(s: Sheet, x: float, y: float, w: float, h: float, tint: tuple[int, int, int], rng: random.Random,
          cover: float = 0.22) -> None:
    """A card's face: rounded outline and a printed tint (a dot screen)."""
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), outline=(90, 90, 90), width=3)
    screen(s, (x + 6, y + 6, x + w - 6, y + h - 6), tint, cover=cover, pitch_mm=rng.uniform(0.55, 0.85),
           angle=rng.choice([15.0, 45.0, 75.0]))


def _photo_box(s: Sheet, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """The holder's photo, printed as a coarse halftone: a head and shoulders in screened grey."""
    screen(s, (x, y, x + w, y + h), (120, 120, 124), cover=0.35, pitch_mm=0.7, angle=45.0)
    s.draw.ellipse((x + w * 0.28, y + h * 0.14, x + w * 0.72, y + h * 0.6), fill=(70, 70, 74))
    s.draw.rectangle((x + w * 0.16, y + h * 0.66, x + w * 0.84, y + h), fill=(60, 60, 64))


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), "居民身份证（复印件）", hei(44), spacing=6)
    w, h = mm(85.6) * 1.55, mm(54) * 1.55
    x = (s.width - w) / 2
    y = mm(40)
    _card(s, x, y, w, h, (150, 170, 200), rng)
    f = font("hei", 34)
    born = p.born or date(1980, 1, 1)
    rows = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日"),
            ("住址", p.address.replace("江西省", "")[:14]), ("", p.address.replace("江西省", "")[14:])]
    ty = y + mm(10)
    for label, value in rows:
        if label:
            s.text(x + mm(8), ty, label, font("hei", 28), fill=(60, 90, 140))
        if value:
            s.text(x + mm(26), ty, value, f)
        ty += mm(12)
    s.text(x + mm(8), y + h - mm(16), "公民身份号码", font("hei", 28), fill=(60, 90, 140))
    s.text(x + mm(46), y + h - mm(17), p.id_number, font("mono", 40), spacing=3)
    _photo_box(s, x + w - mm(42), y + mm(12), mm(32), mm(42), rng)
    y2 = y + h + mm(16)
    _card(s, x, y2, w, h, (190, 160, 150), rng)
    s.centred(y2 + mm(14), "中华人民共和国", font("serif_bold", 52), spacing=10)
    s.centred(y2 + mm(30), "居民身份证", font("serif_bold", 62), spacing=36)
    district = rng.choice(["珠山", "昌江", "浮梁县", "乐平市"])
    s.text(x + mm(14), y2 + h - mm(30), "签发机关", font("hei", 28))
    s.text(x + mm(40), y2 + h - mm(31), f"景德镇市公安局{district if district.endswith(('县', '市')) else district + '分局'}", f)
    issued = date(rng.randint(2014, 2021), rng.randint(1, 12), rng.randint(1, 28))
    s.text(x + mm(14), y2 + h - mm(18), "有效期限", font("hei", 28))
    s.text(x + mm(40), y2 + h - mm(19), f"{issued:%Y.%m.%d}-{issued.replace(year=issued.year + 20):%Y.%m.%d}", f)
    hand(s, x + w * 0.3, y2 + h + mm(16), "与原件一致", rng, size=54, ink=BALLPOINT)
    scrawl(s, x + w * 0.3 + mm(50), y2 + h + mm(32), p.name, rng, role="kai_gb", size=56, ink=BALLPOINT)
    return [s]


def _business_licence(p: Party, rng: random.Random) -> list[Sheet]:
    """营业执照（副本）copy: the printed guilloche border as a dot screen, the national emblem's circle, the QR code."""
    s = Sheet()
    border = mm(14)
    screen(s, (border, border, s.width - border, mm(26)), (190, 120, 90), cover=0.3, pitch_mm=0.7, angle=30.0)
    screen(s, (border, s.height - mm(26), s.width - border, s.height - border), (190, 120, 90), cover=0.3, pitch_mm=0.7,
           angle=30.0)
    screen(s, (border, mm(26), mm(26), s.height - mm(26)), (190, 120, 90), cover=0.3, pitch_mm=0.7, angle=30.0)
    screen(s, (s.width - mm(26), mm(26), s.width - border, s.height - mm(26)), (190, 120, 90), cover=0.3,
           pitch_mm=0.7, angle=30.0)
    s.draw.ellipse((s.width / 2 - mm(13), mm(36), s.width / 2 + mm(13), mm(62)), outline=(180, 40, 40), width=6)
    s.centred(mm(70), "营业执照", font("serif_bold", 110), spacing=70)
    s.centred(mm(96), "（副　本）", song(44))
    kind = ("个体工商户" if "工作室" in p.name else "农民专业合作社" if "合作社" in p.name else "有限责任公司（自然人投资或控股）")
    head = "经营者" if "工作室" in p.name else ("法定代表人" if "合作社" not in p.name else "理事长")
    s.text(mm(32), mm(112), f"统一社会信用代码　{p.id_number}", font("hei", 38))
    for k in range(5):  # the QR code at the top right
        for j in range(5):
            if rng.random() < 0.55:
                s.draw.rectangle((s.width - mm(58) + j * mm(5), mm(104) + k * mm(5), s.width - mm(53) + j * mm(5),
                                  mm(109) + k * mm(5)), fill=(20, 20, 20))
    business = {"个体工商户": "日用陶瓷、艺术陶瓷的手绘与烧制加工；陶瓷制品零售。",
                "农民专业合作社": "组织收购、销售成员生产的茶叶；茶叶种植技术培训、信息咨询。"}.get(
        kind, "陶瓷工艺品、茶叶、茶具销售；文化艺术交流活动策划；餐饮服务（茶饮）。")
    rows = [("名　　称", p.name), ("类　　型", kind), (head, p.legal_rep),
            ("经营场所" if kind == "个体工商户" else "住　　所", p.address.replace("江西省", "")),
            ("成立日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("经营范围", business)]
    if kind != "个体工商户":
        rows.insert(3, ("注册资本", f"{rng.choice([50, 100, 200, 300])}万元" if kind != "农民专业合作社" else
                        f"成员出资总额{rng.choice([30, 60, 120])}万元"))
    f = song(38)
    y = mm(132)
    for label, value in rows:
        s.text(mm(34), y, label, hei(36), spacing=0)
        for part in wrap(value, f, s.width - mm(34) - mm(80) - mm(30)):
            s.text(mm(80), y, part, f)
            y += 58
        y += 16
    s.right(s.width - mm(40), s.height - mm(64), "登记机关", hei(40))
    when = f"{rng.randint(2021, 2023)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    s.right(s.width - mm(40), s.height - mm(50), when, song(40))
    seal(s, s.width - mm(72), s.height - mm(58), "景德镇市珠山区市场监督管理局" if "浮梁" not in p.name
         else "浮梁县市场监督管理局", rng, radius=mm(20))
    hand(s, mm(40), s.height - mm(60), "复印件与原件一致", rng, size=52, ink=BALLPOINT)
    seal(s, mm(80), s.height - mm(56), p.name, rng, radius=mm(18))
    return [s]


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), "律师执业证（复印件）", hei(44), spacing=6)
    w, h = mm(150), mm(100)
    x = (s.width - w) / 2
    y = mm(40)
    _card(s, x, y, w, h, (200, 60, 50), rng, cover=0.5)
    s.centred(y + mm(22), "中华人民共和国", font("serif_bold", 56), spacing=8, fill=(250, 230, 160))
    s.centred(y + mm(44), "律师执业证", font("serif_bold", 84), spacing=44, fill=(250, 230, 160))
    s.centred(y + mm(72), "中华人民共和国司法部监制", song(34), fill=(250, 230, 160))
    y2 = y + h + mm(12)
    _card(s, x, y2, w, h, (230, 225, 205), rng, cover=0.18)
    _photo_box(s, x + mm(8), y2 + mm(10), mm(30), mm(40), rng)
    f = song(36)
    born = date(rng.randint(1975, 1992), rng.randint(1, 12), rng.randint(1, 28))
    rows = [("持证人", c.agent), ("性　别", rng.choice("男女")), ("执业机构", c.firm), ("执业证类别", "专职律师"),
            ("执业证号", c.extra["licence"]), ("法律职业资格证号", f"A{born.year + 25}360{rng.randint(100000, 999999)}"),
            ("发证机关", "江西省司法厅"), ("发证日期", f"{rng.randint(2015, 2022)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y2 + mm(8)
    for label, value in rows:
        s.text(x + mm(46), ty, f"{label}：", hei(32))
        s.text(x + mm(46) + hei(32).getlength(f"{label}：") + 6, ty, value, f)
        ty += mm(11)
    seal(s, x + w - mm(30), y2 + h - mm(26), "江西省司法厅", rng, radius=mm(17))
    s.text(x, y2 + h + mm(10), "注册登记：2023年度考核　称职", song(32))
    hand(s, x + mm(60), y2 + h + mm(26), "此件与原件核对一致", rng, size=50, ink=BALLPOINT)
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """江西省非税收入一般缴款书: a landscape-ish slip on the upper half, its printed green bands a dot screen."""
    s = Sheet()
    x0, x1 = mm(16), s.width - mm(16)
    y: float = mm(20)
    screen(s, (x0, y, x1, y + mm(18)), TINT_GREEN, cover=0.3, pitch_mm=0.8, angle=15.0)
    s.centred(y + mm(3), "江西省非税收入一般缴款书", font("serif_bold", 66), spacing=6, fill=(20, 80, 50))
    y += mm(22)
    f = song(32)
    s.text(x0, y, f"票据代码：36010124　　票据号码：{rng.randint(10**9, 10**10 - 1)}", f)
    s.right(x1, y, f"填制日期：{d:%Y-%m-%d}", f)
    y += mm(9)
    w = x1 - x0
    rows = [["付款人", c.applicant.name, "收款人", "景德镇市财政局非税收入汇缴结算户"],
            ["账号", c.extra["in_acct"], "账号", f"1503{rng.randint(10**11, 10**12 - 1)}"],
            ["开户银行", c.extra["in_bank"], "开户银行", "中国工商银行景德镇分行"],
            ["执收单位", COURT], ["项目编码", "项目名称", "单位", "金额（元）"],
            ["103040101", "申请执行费", "件", f"{c.extra['fee']:,.2f}"],
            ["金额合计（大写）", money_caps(Decimal(c.extra["fee"]))], ["备注", f"{c.number}　{c.respondent.name}"]]
    boxes = frame(s, x0, y, [mm(42), (w - mm(84)) / 2, mm(42), (w - mm(84)) / 2], rows, f, heights=mm(13),
                  labels=(0, 2), outer=4)
    screen(s, (x0 + 3, boxes[4][0][1] + 3, x1 - 3, boxes[4][0][3] - 3), TINT_GREEN, cover=0.2, pitch_mm=0.8, angle=15.0)
    y = boxes[-1][0][3] + mm(6)
    s.text(x0, y, "执收单位（盖章）　　　　　　　　　　经办人：", f)
    seal(s, x0 + mm(60), y + mm(2), COURT, rng, radius=mm(18))
    scrawl(s, x0 + mm(150), y - 8, person_name(rng), rng, role="kai_gb", size=44, ink=BLACK_PEN)
    s.text(x0, y + mm(14), "第一联　收据联（交缴款人）", song(30))
    s.line(x0, y + mm(24), x1, y + mm(24), width=1, fill=(160, 160, 160))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's pre-printed forms (the court's own print), filled in by the applicant's lawyer in ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    f = song(35)
    if code == "property_clue_form":
        y = form_title(s, "被执行人财产线索表", size=62)
        clue = {"kiln": f"{c.extra['r_bank']}，账号{c.extra['r_acct']}（合同约定的收款账户）；陶溪川门店存货。",
                "parcel": "微信、支付宝收款码（网点收件时使用）；据悉有电动三轮车一辆。",
                "tea": f"{c.extra['r_bank']}，账号{c.extra['r_acct']}；茶馆内茶叶、茶具、桌椅。"}[c.extra["tale"]]
        rows = [["案号", c.number], ["申请执行人", a.name], ["被执行人", r.name], ["被执行人住所/住址", ""],
                ["银行账户", ""], ["不动产", ""], ["车辆", ""], ["其他财产线索", ""], ["线索来源", ""]]
        hs = [mm(14), mm(14), mm(14), mm(22), mm(30), mm(22), mm(20), mm(30), mm(22)]
        boxes = frame(s, LEFT, y, [mm(48), w - mm(48)], rows, f, heights=hs)
        fills = [r.address.replace("江西省", ""), clue.split("；")[0], "不详", "不详" if c.extra["tale"] != "parcel" else
                 "电动三轮车一辆（无牌）", clue.split("；")[-1], "申请人掌握的交易资料"]
        for row, text in zip(boxes[3:], fills, strict=True):
            pen(s, row[1][0] + mm(4), row[1][1] + mm(3), text, rng, size=38, per_line=20, lead=mm(7))
        y = boxes[-1][0][3] + mm(10)
        s.text(LEFT, y, "申请执行人承诺：以上线索真实，如有虚假，愿承担法律责任。", f)
    elif code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取执行款确认书", size=56)
        rows = [["案号", c.number], ["申请执行人", a.name], ["收款户名", a.name], ["开户银行", c.extra["in_bank"]],
                ["银行账号", c.extra["in_acct"]], ["联系人及电话", f"{a.legal_rep}　{a.phone}"]]
        boxes = frame(s, LEFT, y, [mm(52), w - mm(52)], [[r_[0], ""] for r_ in rows], f, heights=mm(17))
        for row, (_label, value) in zip(boxes, rows, strict=True):
            pen(s, row[1][0] + mm(5), row[1][1] + mm(4), value, rng, size=40)
        y = boxes[-1][0][3] + mm(10)
        run = Flowing([s], y)
        run.para("本人（单位）确认：本案执行款请划入上述账户；账户信息变更的，将及时书面告知法院。因账户信息错误导致"
                 "款项无法到账或误划的，由本人（单位）承担责任。", f, lead=60, first=f.size * 2)
        y = run.y
    else:
        y = form_title(s, "送达地址确认书", size=62)
        rows = [["案号", c.number], ["受送达人", a.name], ["送达地址", ""], ["收件人", ""], ["联系电话", ""],
                ["电子送达", ""], ["告知事项", ""]]
        hs = [mm(15), mm(15), mm(24), mm(15), mm(15), mm(30), mm(62)]
        boxes = frame(s, LEFT, y, [mm(42), w - mm(42)], rows, f, heights=hs)
        pen(s, boxes[2][1][0] + mm(4), boxes[2][1][1] + mm(3), c.extra["firm_addr"] + f"（{c.firm}）", rng, size=38,
            per_line=24, lead=mm(8))
        pen(s, boxes[3][1][0] + mm(4), boxes[3][1][1] + mm(3), f"{c.agent}律师", rng, size=40)
        pen(s, boxes[4][1][0] + mm(4), boxes[4][1][1] + mm(3), c.agent_phone, rng, size=40)
        cell = boxes[5][1]
        xx = cell[0] + mm(4)
        xx += tick_box(s, xx, cell[1] + mm(3), "同意", f, ticked=True, rng=rng)
        tick_box(s, xx, cell[1] + mm(3), "不同意", f, ticked=False, rng=rng)
        s.text(cell[0] + mm(4), cell[1] + mm(15), "手机号码：", f)
        pen(s, cell[0] + mm(4) + f.getlength("手机号码："), cell[1] + mm(14), c.agent_phone, rng, size=38)
        note = Flowing([s], boxes[6][1][1] + mm(3), left=boxes[6][1][0] + mm(4), right=RIGHT + mm(4))
        note.para("1.本确认书所填地址适用于执行程序，法院按此地址送达即视为送达；2.地址变更应及时书面告知法院，未告知的，"
                  "按原地址送达，文书被退回之日视为送达之日；3.同意电子送达的，以短信、电子邮件到达受送达人特定系统的日期"
                  "为送达日期。", song(31), lead=48)
        y = boxes[-1][0][3]
    y += mm(12)
    s.text(s.width - RIGHT - mm(110), y, "确认人（签名/盖章）：", f)
    scrawl(s, s.width - RIGHT - mm(40), y - 10, c.agent, rng, role="kai_gb", size=52, ink=BALLPOINT)
    _org_seal(s, s.width - RIGHT - mm(52), y + mm(12), a, rng)
    pen(s, s.width - RIGHT - mm(80), y + mm(16), num_date(d), rng, size=40)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """财产申报表 from the report order, filled in by the respondent (or its boss) in ballpoint."""
    r = c.respondent
    s = Sheet()
    y = form_title(s, "财产申报表", size=64)
    s.text(LEFT, y - 24, f"案号：{c.number}", song(33))
    y += 24
    w = s.width - LEFT - RIGHT
    f = song(34)
    tale = c.extra["tale"]
    items = {
        "kiln": [f"{c.extra['r_bank']}基本户，余额约三万元", "无", "无", "公司名下五菱面包车一辆（赣H）",
                 "陶溪川门店存货瓷器约二百件", "无", "应收各门店货款约五万元，尚未收回"],
        "parcel": ["农商行卡一张，余额几十元", "无", "无", "无（三轮车是快递公司的，已收回）", "无", "无",
                   "网点已关，无收入，现在外地帮人跑车，每月三千左右"],
        "tea": [f"{c.extra['r_bank']}账户，余额约两万元", "无", "无", "无", "茶馆内茶叶、茶具，价值约三万元", "无",
                "茶馆营业收入每月约一万元"],
    }[tale]
    labels = ["银行存款", "不动产", "股权、债券、基金", "车辆", "其他动产", "知识产权等", "收入及其他"]
    rows = [["申报人", r.name, "证件号码", r.id_number], *[[lab, ""] for lab in labels],
            ["收到执行通知之日前一年内财产变动情况", ""]]
    hs = [mm(17)] + [mm(19)] * len(labels) + [mm(36)]
    boxes = frame(s, LEFT, y, [mm(46), mm(56), mm(30), w - mm(132)], rows, f, heights=hs, labels=(0, 2))
    for row, text in zip(boxes[1:1 + len(labels)], items, strict=True):
        pen(s, row[1][0] + mm(4), row[1][1] + mm(4), text, rng, size=38, per_line=26, lead=mm(7), ink=BLACK_PEN)
    pen(s, boxes[-1][1][0] + mm(4), boxes[-1][1][1] + mm(5),
        "无变动" if tale != "parcel" else "网点设备抵了房租，没有卖过别的东西", rng, size=38, per_line=26, lead=mm(7),
        ink=BLACK_PEN)
    y = boxes[-1][0][3] + mm(8)
    s.text(LEFT, y, "申报人保证：以上申报内容真实、完整，如有虚假，愿承担法律责任。", f)
    y += mm(16)
    s.text(s.width - RIGHT - mm(110), y, "申报人（签名/盖章）：", f)
    scrawl(s, s.width - RIGHT - mm(40), y - 10, r.legal_rep or r.name, rng, role="kai_gb", size=52, ink=BLACK_PEN)
    if r.kind == "organisation":
        seal(s, s.width - RIGHT - mm(60), y + mm(10), r.name, rng, radius=mm(18))
    pen(s, s.width - RIGHT - mm(80), y + mm(16), num_date(d), rng, size=40, ink=BLACK_PEN)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 查控 system's feedback list printed from the bureau's terminal: a monospaced table, a header band."""
    r = c.respondent
    s = Sheet()
    f = font("mono", 28)
    s.centred(mm(16), "人民法院网络执行查控系统", font("sans_bold", 50))
    s.centred(mm(28), "被执行人财产查询反馈结果（总对总）", font("sans_bold", 44))
    y = mm(42)
    for t in (f"案号：{c.number}　　承办人：{c.officer}　　执行法院：{COURT}",
              f"被查询人：{r.name}　　证照号码：{r.id_number}",
              f"查询发起：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}　　打印时间：{(d + timedelta(days=4)):%Y-%m-%d} 15:{rng.randint(10, 59)}"):
        s.text(mm(14), y, t, f)
        y += 44
    y += 10
    tale = c.extra["tale"]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "余额/数量", "措施"]]
    banks = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "交通银行", "中国邮政储蓄银行", "九江银行",
             "江西省农村信用社联合社", "招商银行", "兴业银行"]
    r_bank = c.extra["r_bank"]
    hit = next(b for key, b in (("工商", "中国工商银行"), ("建设", "中国建设银行"), ("九江", "九江银行"),
                                ("农村商业", "江西省农村信用社联合社"), ("中国银行", "中国银行")) if key in r_bank)
    for k, b in enumerate(banks, 1):
        found = b == hit
        bal = {"kiln": f"{rng.randint(20000, 40000)}.{rng.randint(10, 99)}", "tea": f"{rng.randint(12000, 26000)}.00",
               "parcel": f"{rng.randint(20, 90)}.{rng.randint(10, 99)}"}[tale]
        rows.append([str(k), b, "存款", "有账户" if found else "无账户", bal if found else "—", "冻结" if found else "—"])
    extra = [["自然资源部", "不动产", "无登记信息", "—", "—"], ["公安部交通管理局", "车辆",
             "有登记" if tale == "kiln" else "无登记信息", "1辆" if tale == "kiln" else "—", "查封" if tale == "kiln" else "—"],
             ["中国证券登记结算", "证券", "无", "—", "—"], ["支付宝（中国）", "网络资金", "有账户" if tale == "parcel" else "无账户",
                                                         "12.30" if tale == "parcel" else "—", "冻结" if tale == "parcel" else "—"],
             ["财付通", "网络资金", "有账户" if tale == "parcel" else "无账户", "5.06" if tale == "parcel" else "—",
              "冻结" if tale == "parcel" else "—"]]
    for k, e in enumerate(extra, len(banks) + 1):
        rows.append([str(k), *e])
    w = s.width - mm(28)
    frame(s, mm(14), y, [mm(14), mm(50), mm(26), mm(34), mm(32), w - mm(156)], rows, f, heights=mm(10.5),
          labels=(0,), label_font=f, outer=2)
    s.text(mm(14), s.height - mm(26), f"第1页/共1页　　操作员：{c.clerk}　　本结果仅供执行法院内部使用", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    first = (c.amount * Decimal("0.5")).quantize(Decimal("0.01"))
    rest = c.amount - first
    tale = c.extra["tale"]
    how = ("同意本院从已冻结的被执行人账户中扣划" if tale == "kiln" else "自行转入珠山区人民法院执行款专户")
    paras = [
        ("f", f"甲方（申请执行人）：{a.name}"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师"),
        ("f", f"乙方（被执行人）：{r.name}"),
        ("f", f"法定代表人：{r.legal_rep}"),
        ("p", f"甲乙双方{c.extra['cause']}一案，{COURT}以{c.number}立案执行。经执行法官主持，双方本着互谅互让的原则，"
              "自愿达成如下和解协议："),
        ("p", f"一、乙方应付甲方款项共计{money(c.amount)}，甲方同意免除乙方迟延履行期间的债务利息；"),
        ("p", f"二、乙方于本协议签订之日起三日内{how}人民币{first:,.2f}元；余款{rest:,.2f}元于"
              f"{num_date(c.extra['pay_day'] - timedelta(days=1))}前转入执行款专户；"),
        ("p", "三、乙方按期足额付清全部款项后，本案执行完毕，甲方同意法院解除对乙方账户的冻结及其他执行措施；"),
        ("p", "四、乙方任何一期未按约履行的，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除；"),
        ("p", "五、本协议一式三份，甲乙双方各执一份，交执行法院一份附卷。"),
    ]
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("serif_bold", 74), spacing=16)
    run = Flowing([s], TOP + 150)
    f = song(41)
    _typed(run, paras, f, 76)
    run.need(380)
    last = run.s
    y = run.y + 60
    last.text(LEFT, y, "甲方（签章）：", f)
    last.text(last.width / 2 + mm(4), y, "乙方（签章）：", f)
    scrawl(last, LEFT + f.getlength("甲方（签章）：") + 10, y - 8, c.agent, rng, role="kai_gb", size=54, ink=BALLPOINT)
    scrawl(last, last.width / 2 + mm(4) + f.getlength("乙方（签章）：") + 10, y - 8, r.legal_rep or r.name, rng,
           role="kai_gb", size=54, ink=BLACK_PEN)
    _org_seal(last, LEFT + mm(50), y + 30, a, rng)
    _org_seal(last, last.width / 2 + mm(54), y + 30, r, rng)
    y += 130
    last.text(LEFT, y, f"签订时间：{d.year}年{d.month}月{d.day}日", f)
    y += 70
    last.text(LEFT, y, "见证人（执行员）：", f)
    scrawl(last, LEFT + f.getlength("见证人（执行员）：") + 10, y - 8, c.officer, rng, role="kai_gb", size=52, ink=BLACK_PEN)
    return folios(run.sheets, song(30))


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 电子回单 for paying the case money out of the court's account: a screened colour band at the top,
    the receipt's round e-seal."""
    s = Sheet()
    bank = rng.choice(["景德镇农村商业银行", "中国工商银行"])
    x0, x1 = mm(18), s.width - mm(18)
    y = mm(24)
    screen(s, (x0, y, x1, y + mm(16)), (30, 90, 160) if "工商" not in bank else (190, 40, 40), cover=0.32,
           pitch_mm=0.75, angle=45.0)
    s.text(x0 + mm(4), y + mm(3), bank, font("sans_bold", 50), fill=(255, 255, 255))
    s.right(x1 - mm(4), y + mm(4), "网上银行电子回单", font("sans_bold", 44))
    y += mm(24)
    paid = c.extra["pay_day"] + timedelta(days=2)
    f = font("sans", 32)
    s.text(x0, y, f"回单编号：{rng.randint(10**13, 10**14 - 1)}　　交易日期：{paid:%Y-%m-%d}　　"
                  f"交易流水号：{rng.randint(10**11, 10**12 - 1)}", f)
    y += mm(9)
    w = x1 - x0
    rows = [["付款人", "户名", f"{COURT}执行款专户"], ["", "账号", f"1404{rng.randint(10**11, 10**12 - 1)}"],
            ["", "开户行", f"{bank}景德镇分行营业部"], ["收款人", "户名", c.applicant.name],
            ["", "账号", c.extra["in_acct"]], ["", "开户行", c.extra["in_bank"]],
            ["金额", "小写", f"¥{c.amount:,.2f}"], ["", "大写", f"人民币{money_caps(c.amount)}"],
            ["用途", "", f"案款发放　{c.number}"], ["附言", "", f"{c.respondent.name}履行款"]]
    frame(s, x0, y, [mm(30), mm(28), w - mm(58)], rows, f, heights=mm(12), labels=(0, 1), label_font=font("sans_bold", 32),
          outer=3)
    y += mm(12) * len(rows) + mm(10)
    s.text(x0, y, f"打印时间：{paid + timedelta(days=1):%Y-%m-%d} 10:{rng.randint(10, 59)}　　打印次数：1　　"
                  "本回单仅作入账凭证，不作为收款方发货依据", font("sans", 28))
    seal(s, x1 - mm(40), y - mm(30), f"{bank}电子回单专用章", rng, radius=mm(17))
    return [s]

