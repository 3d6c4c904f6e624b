"""What the 大河人民法庭 receives, each in its maker's way: the applicants' own hands (the 猕猴桃 grower writes his
application on green 稿纸, the truck driver on lined 信笺 paper, the sheep raiser on 稿纸 again, each signing with a
thumbprint); the 六盘水仲裁委员会's typed 裁决书 and 生效证明 (Noto serif, red committee name, "—n—" folios); the
trial side's 民事调解书; the 钟山公证处's 公证书 and 执行证书 (a bordered certificate page in 文楷); a lawyer's letter
under a red letterhead; ID card and licence copies in photocopier grey; the 贵州省非税收入 receipt; the 查控 printout;
the window's forms that the applicants filled; a settlement the clerk wrote out by hand and both sides thumbprinted;
and a bank's 回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from PIL import ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, wrap
from dossier.corpus.families.court_fp_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    TRIBUNAL,
    cell_rows,
    form_top,
    grid,
    hand_for,
    in_cells,
    lined,
    manuscript,
    signed,
    song,
    write,
    write_on_rules,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "online_inquiry_result", "settlement_agreement", "payment_voucher",
})
ARB = "六盘水仲裁委员会"
NOTARY = "贵州省六盘水市钟山公证处"
ARB_RED = (190, 30, 30)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fp import made_on

    d = made_on(c, code)
    tale = str(c.extra["tale"])
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return {"kiwi": _award, "truck": _mediation, "mutton": _notarial}[tale](c, rng)
    if code == "effectiveness_certificate":
        return _exec_certificate(c, rng) if tale == "mutton" else _arb_effect(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _licence_copy(p, c, rng) if p.kind == "organisation" else _id_copy(p, c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _lawyer_card(c, rng)
    if code == "fee_receipt":
        return _fee_receipt(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _bank_slip(c, rng)
    raise KeyError(code)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The application in the applicant's own hand: 稿纸 for the grower and the sheep raiser, lined paper for the driver."""
    a, r = c.applicant, c.respondent
    h = hand_for(random.Random(a.name), "driver" if c.extra["tale"] == "truck" else "farmer")
    tale = str(c.extra["tale"])
    born = a.born or date(1980, 1, 1)
    who_a = f"申请执行人：{a.name}，{a.sex}，{born.year}年{born.month}月{born.day}日生，住{a.address}，身份证号{a.id_number}，电话{a.phone}。"
    who_r = (f"被执行人：{r.name}，住所地{r.address}，法定代表人{r.legal_rep}。" if r.kind == "organisation"
             else f"被执行人：{r.name}，住{r.address}，身份证号{r.id_number}。")
    if tale == "kiwi":
        why = (f"2023年9月，被执行人在我家果园收购猕猴桃{c.extra['jin']}斤，说做避暑季的礼盒，讲好一个月内付清，一直拖着不给。"
               f"我申请了仲裁，{ARB}{c.basis_number}裁决书裁决被执行人付我货款，裁决已生效，被执行人还是不给。")
    elif tale == "truck":
        why = (f"我开自己的货车（{c.extra['plate']}）挂靠在被执行人公司，2023年帮公司往水钢拉煤、拉钢材共{c.extra['trips']}趟，"
               f"运费一直没结。经大河法庭调解，{c.basis_number}民事调解书确定公司付我运费，到期没有付。")
    else:
        why = (f"被执行人开{c.extra['shop']}，2023年借我的钱装修店面，我们在钟山公证处办了借款合同公证，赋予强制执行效力。"
               f"到期后被执行人没有还，公证处已经出具了执行证书{c.extra.get('cert_no', '')}。")
    asks = [f"一、请求强制执行被执行人支付{c.amount:,.2f}元及迟延履行利息；",
            "二、请求对被执行人限制高消费，不履行的纳入失信被执行人名单；", "三、执行费由被执行人负担。"]
    if tale == "truck":
        s, rules = lined()
        s.centred(mm(14), "申请执行书", font(h.face, 64), fill=h.ink)
        s.lines.append("申请执行书")
        paras = [f"|{who_a}", f"|{who_r}", "|申请事项：", *asks, "|事实与理由：", why + "特向法院申请强制执行。",
                 "|此致", f"|{COURT}"]
        write_on_rules(s, rules, 0, paras, rng, h)
        signed(s, s.width - RIGHT - mm(90), rules[-3] - mm(9), "", f"申请人：{a.name}", rng, h, print_=False)
        write(s, s.width - RIGHT - mm(80), rules[-2] - mm(9), num_date(c.filed_on - timedelta(days=2)), rng, h)
        return [s]
    rows = cell_rows(["|        强制执行申请书", f"|{who_a}", f"|{who_r}", "|请求事项：", *asks, "|事实和理由：", why + "现特向贵院申请强制执行。",
                      "|此致", f"|{COURT}"])
    sheets = []
    r0 = 0
    while r0 < len(rows):
        s, at, cell = manuscript()
        chunk = rows[r0:r0 + 17]
        in_cells(s, at, cell, chunk, rng, h)
        r0 += 17
        sheets.append(s)
    s = sheets[-1]
    x, y = at[-2]
    signed(s, x + cell * 9, y + 4, "", f"申请人：{a.name}", rng, h, print_=False)
    x, y = at[-1]
    write(s, x + cell * 10, y + 4, num_date(c.filed_on - timedelta(days=3)), rng, h)
    for i, sh in enumerate(sheets, 1):
        if len(sheets) > 1:
            write(sh, sh.width / 2 - 20, sh.height - mm(12), f"第{i}页", rng, h, size=32)
            if i > 1:
                sh.page_of = (i, len(sheets))
    return sheets


def _serif_doc(issuer: str, title: str, number: str, paras: list[str], *, body: str = "serif",
               red: bool = True) -> list[Sheet]:
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(mm(24), issuer, font("serif_bold", 60), spacing=6, fill=ARB_RED if red else INK)
    s.centred(mm(42), title, font("serif_bold", 76), spacing=40)
    s.right(s.width - mm(26), mm(60), number, font(body, 38))
    y = mm(72)
    f = font(body, 40)
    for p in paras:
        for k, part in enumerate(wrap(p, f, s.width - mm(56), indent=80 if not p.startswith("|") else 0)):
            if y > s.height - mm(30):
                s = Sheet()
                sheets.append(s)
                y = mm(26)
            s.text(mm(28) + (80 if k == 0 and not p.startswith("|") else 0), y, part.lstrip("|"), f)
            y += 68
    for i, sh in enumerate(sheets, 1):
        if len(sheets) > 1:
            sh.centred(sh.height - mm(14), f"—{i}—", font(body, 30))
            if i > 1:
                sh.page_of = (i, len(sheets))
    return sheets


def _sign_off(s: Sheet, people: list[str], day: date, issuer: str, rng: random.Random, *, body: str = "serif") -> None:
    f = font(body, 40)
    y = s.height - mm(20) - 70 * (len(people) + 2)
    for p in people:
        s.text(s.width - mm(100), y, p, f)
        y += 70
    s.text(s.width - mm(100), y + 10, cn_date(day), f)
    seal(s, s.width - mm(70), y + 10, issuer, rng, radius=mm(20))


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(30, 50))
    jin = int(c.extra["jin"])
    sheets = _serif_doc(ARB, "裁 决 书", c.basis_number, [
        f"|申请人：{a.name}，{a.sex}，住{a.address}，公民身份号码{a.id_number}。",
        f"|被申请人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。",
        f"|法定代表人：{r.legal_rep}。",
        f"申请人{a.name}与被申请人{r.name}买卖合同纠纷一案，本会根据双方签订的《猕猴桃收购合同》中的仲裁条款受理，依法组成"
        f"独任仲裁庭，于{cn_date(heard)}在六盘水开庭审理。本案现已审理终结。",
        f"申请人称：2023年9月，被申请人向申请人收购“水城猕猴桃”{jin}斤，每斤6.5元，约定收货后三十日内付清。被申请人收货后"
        "用于制作“凉都避暑”旅游礼盒出售，但至今未付货款。",
        "被申请人辩称：对收货数量无异议，因景区经营季节性强，资金周转困难，请求延期支付。",
        "仲裁庭认为：双方合同合法有效，申请人已交付货物，被申请人应当按约付款。依照《中华人民共和国民法典》第五百零九条、"
        "第六百二十六条及《中华人民共和国仲裁法》的规定，裁决如下：",
        f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人支付货款{c.amount:,.2f}元；",
        "二、本案仲裁费由被申请人承担。",
        "本裁决为终局裁决，自作出之日起发生法律效力。",
    ])
    _sign_off(sheets[-1], [f"独任仲裁员　{person_name(rng)}", f"书　记　员　{person_name(rng)}"],
              c.basis_effective, ARB, rng)
    return sheets


def _arb_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _serif_doc(ARB, "生效证明", f"六仲证字〔2024〕第{rng.randint(3, 80)}号", [
        f"|{COURT}：",
        f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，已于{cn_date(c.basis_effective)}"
        f"作出{c.basis_number}裁决书，并依法送达双方当事人。该裁决为终局裁决，自作出之日起发生法律效力。",
        "特此证明。",
    ])
    _sign_off(s[-1], [], c.basis_effective + timedelta(days=rng.randint(12, 25)), ARB, rng)
    return s


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The trial side's 民事调解书 (typed in 明体 by the 大河 tribunal's case system)."""
    a, r = c.applicant, c.respondent
    sheets = _serif_doc(COURT, "民 事 调 解 书", c.basis_number, [
        f"|原告：{a.name}，{a.sex}，住{a.address}，公民身份号码{a.id_number}。",
        f"|被告：{r.name}，住所地{r.address}。法定代表人：{r.legal_rep}。",
        f"原告{a.name}与被告{r.name}运输合同纠纷一案，本院大河人民法庭立案后依法适用简易程序进行审理。",
        f"原告诉称：原告所有的{c.extra['plate']}号重型货车挂靠于被告，2023年3月至10月为被告承运往水钢的煤炭及钢材共"
        f"{c.extra['trips']}趟，被告欠付运费{c.amount:,.2f}元。",
        "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议：",
        f"一、被告{r.name}于2023年12月31日前支付原告运费{c.amount:,.2f}元；",
        "二、案件受理费减半收取，由被告负担。",
        "上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。",
    ], body="ming", red=False)
    _sign_off(sheets[-1], [f"审判员　{person_name(rng)}", f"书记员　{person_name(rng)}"], c.basis_effective, COURT, rng,
              body="ming")
    return sheets


def _notarial(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 公证书 on a notarised loan: the certificate page (bordered) and the contract's terms behind it."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=6)
    s.box(mm(19), mm(19), s.width - mm(19), s.height - mm(19), width=2)
    s.centred(mm(30), "公　证　书", font("wenkai_bold", 84), spacing=10)
    s.right(s.width - mm(30), mm(50), c.basis_number, font("wenkai", 38))
    y = mm(64)
    f = font("wenkai", 41)
    for p in [f"申请人：{a.name}，{a.sex}，公民身份号码{a.id_number}。",
              f"申请人：{r.name}，{r.sex}，公民身份号码{r.id_number}。",
              "公证事项：赋予债权文书强制执行效力",
              f"　　兹证明出借人{a.name}与借款人{r.name}于{cn_date(c.basis_effective - timedelta(days=300))}在本处，在本公证员面前，"
              f"签订了前面的《借款合同》。借款金额{money(c.amount)}，用于{c.extra['shop']}装修经营，借款期限六个月。",
              "　　双方在合同中约定：借款人不履行或者不适当履行还款义务时，出借人可以向公证处申请出具执行证书，借款人愿意接受"
              "人民法院的强制执行。",
              "　　经查，双方当事人签订合同的意思表示真实，合同内容符合《中华人民共和国民法典》的规定，合同上双方的签字属实。"
              "依据《中华人民共和国公证法》第三十七条的规定，该债权文书具有强制执行效力。"]:
        for part in wrap(p, f, s.width - mm(60)):
            s.text(mm(30), y, part, f)
            y += 70
    y += 40
    s.text(s.width - mm(110), y, NOTARY, f)
    s.text(s.width - mm(110), y + 72, f"公证员　{person_name(rng)}", f)
    s.text(s.width - mm(110), y + 144, cn_date(c.basis_effective - timedelta(days=300)), f)
    seal(s, s.width - mm(70), y + 100, NOTARY, rng, radius=mm(20))
    return [s]


def _exec_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=6)
    s.centred(mm(30), "执 行 证 书", font("wenkai_bold", 80), spacing=16)
    s.right(s.width - mm(30), mm(50), str(c.extra["cert_no"]), font("wenkai", 38))
    y = mm(64)
    f = font("wenkai", 41)
    for p in [f"申请执行人：{a.name}，公民身份号码{a.id_number}。", f"被执行人：{r.name}，公民身份号码{r.id_number}。",
              f"　　本处于{cn_date(c.basis_effective - timedelta(days=300))}出具的{c.basis_number}公证书，赋予{a.name}与{r.name}"
              "签订的《借款合同》强制执行效力。借款到期后，被执行人未按约还款。本处经向被执行人核实，被执行人对欠款事实无异议。",
              f"　　根据《中华人民共和国公证法》第三十七条的规定，申请执行人可以向有管辖权的人民法院申请执行。执行标的：借款本金"
              f"{money(c.amount)}，以及自{cn_date(c.basis_effective)}起按合同约定计算的利息。"]:
        for part in wrap(p, f, s.width - mm(60)):
            s.text(mm(30), y, part, f)
            y += 70
    s.text(s.width - mm(110), y + 60, NOTARY, f)
    s.text(s.width - mm(110), y + 132, f"公证员　{person_name(rng)}", f)
    s.text(s.width - mm(110), y + 204, cn_date(c.basis_effective), f)
    seal(s, s.width - mm(70), y + 150, NOTARY, rng, radius=mm(20))
    return [s]


def _photocopy_frame(s: Sheet, x0: float, y0: float, x1: float, y1: float) -> None:
    s.draw.rectangle((x0, y0, x1, y1), fill=(214, 214, 210), outline=(120, 120, 120), width=3)


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """An ID card copied front and back on one A4, grey toner round the cards, "与原件一致" written under them."""
    s = Sheet()
    w, h = mm(86 * 1.3), mm(54 * 1.3)
    x = (s.width - w) / 2
    for k, y in enumerate((mm(40), mm(40) + h + mm(18))):
        _photocopy_frame(s, x, y, x + w, y + h)
        f = font("hei", 30)
        if k == 0:
            s.draw.rectangle((x + w - mm(34), y + mm(10), x + w - mm(8), y + mm(46)), fill=(150, 150, 150))
            for i, t in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉",
                                   f"出生　{(p.born or date(1980, 1, 1)).year}年{(p.born or date(1980, 1, 1)).month}月"
                                   f"{(p.born or date(1980, 1, 1)).day}日", f"住址　{p.address[:13]}", f"　　　{p.address[13:26]}"]):
                s.text(x + mm(8), y + mm(7) + i * mm(9), t, f)
            s.text(x + mm(8), y + h - mm(12), f"公民身份号码　{p.id_number}", font("hei", 34))
        else:
            s.centred(y + mm(12), "中华人民共和国", font("hei", 48), x0=x, x1=x + w)
            s.centred(y + mm(26), "居民身份证", font("hei", 56), x0=x, x1=x + w, spacing=10)
            s.text(x + mm(10), y + h - mm(22), f"签发机关　六盘水市公安局{rng.choice(['钟山', '水城', '六枝'])}分局", f)
            s.text(x + mm(10), y + h - mm(12), "有效期限　2016.05.12-2036.05.12", f)
    hh = hand_for(random.Random(p.name), "farmer")
    y = mm(40) + 2 * h + mm(34)
    write(s, x, y, "此复印件与原件一致", rng, hh)
    signed(s, x + mm(60), y + mm(16), "", p.name, rng, hh, print_=False)
    return [s]


def _licence_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x0, y0, x1, y1 = mm(22), mm(30), s.width - mm(22), mm(200)
    _photocopy_frame(s, x0, y0, x1, y1)
    s.draw.rectangle((x0 + mm(6), y0 + mm(6), x1 - mm(6), y1 - mm(6)), outline=(90, 90, 90), width=4)
    s.centred(y0 + mm(16), "营 业 执 照", font("serif_bold", 80), spacing=20)
    s.text(x0 + mm(14), y0 + mm(36), f"统一社会信用代码　{p.id_number}", font("serif", 36))
    f = font("serif", 36)
    kind = "旅游景区开发、酒店、农特产品销售" if "旅游" in p.name else "道路普通货物运输、货物装卸"
    for i, (k, v) in enumerate([("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"),
                                ("法定代表人", p.legal_rep), ("经营范围", kind), ("住　　所", p.address)]):
        s.text(x0 + mm(14), y0 + mm(52) + i * mm(14), k, f)
        s.text(x0 + mm(52), y0 + mm(52) + i * mm(14), v[:26], f)
    seal(s, x1 - mm(40), y1 - mm(34), "六盘水市钟山区市场监督管理局", rng, radius=mm(20))
    hh = hand_for(random.Random(p.legal_rep), "")
    write(s, mm(30), y1 + mm(14), "与原件核对一致", rng, hh)
    seal(s, mm(140), y1 + mm(20), p.name, rng, radius=mm(19))
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's printed 授权委托书 with its blanks filled by the lawyer, the client's signature and thumbprint."""
    a = c.applicant
    s = Sheet()
    law = hand_for(random.Random(c.agent), "officer")
    s.centred(TOP, "授 权 委 托 书", font("serif_bold", 72), spacing=10)
    from dossier.corpus.families.court_fp_kit import Filler

    fl = Filler(s, TOP + mm(24), rng, law, size=40)
    fl.para(["委托人：", ("h", a.name), "，身份证号：", ("h", a.id_number)], indent=0)
    fl.para(["受托人：", ("h", c.agent), "，", ("h", c.firm), "律师，电话：", ("h", c.agent_phone)], indent=0)
    fl.para(["现委托上列受托人在", ("h", f"{a.name}与{c.respondent.name}{c.extra['cause']}"), "执行一案中，作为我方代理人。"])
    fl.para(["代理权限：", ("h", "特别授权：代为申请执行、提供财产线索、参加执行和解、代收执行款、签收法律文书")])
    y = fl.y + mm(20)
    hh = hand_for(random.Random(a.name), "driver" if c.extra["tale"] == "truck" else "farmer")
    signed(s, s.width - mm(110), y, "委托人：", a.name, rng, hh)
    write(s, s.width - mm(100), y + mm(18), num_date(c.filed_on - timedelta(days=4)), rng, hh)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(18), c.firm, font("serif_bold", 64), spacing=8, fill=ARB_RED)
    s.line(mm(22), mm(34), s.width - mm(22), mm(34), width=5, fill=ARB_RED)
    s.line(mm(22), mm(35.5), s.width - mm(22), mm(35.5), width=1, fill=ARB_RED)
    s.centred(mm(44), "律 师 事 务 所 函", font("serif_bold", 60), spacing=6)
    s.right(s.width - mm(26), mm(60), f"黔凉律执函〔2024〕第{rng.randint(5, 99)}号", font("serif", 34))
    f = font("kai", 42)
    y = mm(74)
    aid = "受六盘水市钟山区法律援助中心指派，" if c.extra["tale"] == "truck" else ""
    for p in [f"|{COURT}：", f"本所{aid}接受{c.applicant.name}的委托，指派{c.agent}律师作为其与{c.respondent.name}{c.extra['cause']}"
              "一案执行阶段的代理人。特此函告。", f"律师：{c.agent}，执业证号：{c.extra['licence']}，电话：{c.agent_phone}。",
              f"本所地址：{c.extra['firm_addr']}。"]:
        for k, part in enumerate(wrap(p.lstrip("|"), f, s.width - mm(54), indent=0 if p.startswith("|") else 84)):
            s.text(mm(26) + (84 if k == 0 and not p.startswith("|") else 0), y, part, f)
            y += 74
    s.text(s.width - mm(100), y + 80, cn_date(c.filed_on - timedelta(days=3)), f)
    seal(s, s.width - mm(70), y + 90, c.firm, rng, radius=mm(20))
    return [s]


def _lawyer_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x0, y0 = mm(30), mm(40)
    w, h = mm(150), mm(100)
    _photocopy_frame(s, x0, y0, x0 + w, y0 + h)
    s.draw.rectangle((x0 + mm(8), y0 + mm(12), x0 + mm(40), y0 + mm(52)), fill=(140, 140, 140))
    s.centred(y0 + mm(4), "中华人民共和国律师执业证", font("serif_bold", 40), x0=x0, x1=x0 + w)
    f = font("serif", 32)
    for i, (k, v) in enumerate([("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", c.extra["licence"]),
                                ("持证人", c.agent), ("发证机关", "贵州省司法厅")]):
        s.text(x0 + mm(48), y0 + mm(16) + i * mm(14), f"{k}：{v}", f)
    hh = hand_for(random.Random(c.agent), "officer")
    write(s, x0, y0 + h + mm(12), "复印件与原件一致", rng, hh)
    write(s, x0 + mm(70), y0 + h + mm(12), c.agent, rng, hh)
    return [s]


def _fee_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """贵州省非税收入一般缴款书: printed in red-brown on a half sheet, the sums in a dot-matrix print."""
    s = Sheet(size=(mm(210), mm(140)), paper=(250, 246, 240))
    ink = (160, 70, 50)
    s.centred(mm(10), "贵州省非税收入一般缴款书（收据）", font("serif_bold", 52), fill=ink)
    s.text(mm(12), mm(26), f"No.{rng.randint(10**9, 10**10 - 1)}", font("mono", 34), fill=ink)
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["项目名称", "申请执行费", "案号", c.number],
            ["金额（大写）", money_caps(c.extra["fee"])], ["金额（小写）", f"￥{c.extra['fee']}.00"]]
    y = mm(36)
    w = s.width - mm(24)
    widths = [mm(36), mm(60), mm(30), w - mm(126)]
    for row in rows:
        x = mm(12)
        for k, v in enumerate(row):
            cw = w - (x - mm(12)) if k == len(row) - 1 else widths[k]
            s.box(x, y, x + cw, y + mm(14), width=2, outline=ink)
            s.text(x + 8, y + mm(3), v, font("mono" if k % 2 else "serif", 30), fill=INK if k % 2 else ink)
            x += cw
        y += mm(14)
    s.text(mm(12), y + mm(6), f"代收银行：贵州六盘水农村商业银行　{num_date(c.day(2))}", font("mono", 30))
    seal(s, s.width - mm(50), y + mm(2), "贵州六盘水农村商业银行业务专用章", rng, radius=mm(17))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The tribunal's printed window forms, filled in by the applicant at the counter."""
    a = c.applicant
    hh = hand_for(random.Random(a.name), "driver" if c.extra["tale"] == "truck" else "farmer")
    s = Sheet(paper=(253, 252, 247))
    title = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取案款确认书",
             "service_address_confirmation": "送达地址确认书"}[code]
    y = form_top(s, title, {"property_clue_form": "钟法执填14", "payment_account_confirmation": "钟法执填15",
                            "service_address_confirmation": "钟法执填16"}[code])
    tale = str(c.extra["tale"])
    if code == "property_clue_form":
        clue = {"kiwi": f"{c.respondent.name}在{c.extra.get('r_bank', '')}有账户，景区门票收入进这个账",
                "truck": "公司原来有十几台挂靠货车，停在大河镇停车场；水钢那边可能还有运费没结",
                "mutton": f"{c.extra.get('shop', '')}每天营业收入，微信收款码；有一台送货面包车"}[tale]
        rows = [("被执行人", c.respondent.name), ("住所地", c.respondent.address), ("银行账户", clue[:30]),
                ("车辆", "见上" if tale != "truck" else clue), ("房产", "不清楚"), ("其他线索", clue[30:] or "无")]
    elif code == "payment_account_confirmation":
        rows = [("案号", c.number), ("收款人", a.name), ("开户银行", c.extra["in_bank"]), ("银行账号", c.extra["in_acct"]),
                ("联系电话", a.phone), ("备注", "执行款请打到上面这个卡上")]
    else:
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("联系电话", a.phone),
                ("是否同意电子送达", "同意，短信发到上面电话"), ("代收人", c.agent)]
    w = s.width - LEFT - RIGHT
    boxes = grid(s, LEFT, y, [mm(50), w - mm(50)], [[k, ""] for k, _ in rows], heights=[mm(20)] * len(rows))
    for row, (_k, v) in zip(boxes, rows, strict=True):
        write(s, row[1][0] + 12, row[1][1] + mm(5), v, rng, hh, size=36 if len(v) > 22 else 42)
    y = boxes[-1][1][3] + mm(8)
    note = {"property_clue_form": "以上线索由申请执行人提供，请法院核查。",
            "payment_account_confirmation": "本人确认以上账户为收取执行款的账户，如有变更及时书面告知法院。",
            "service_address_confirmation": "本人确认以上地址为法律文书送达地址，地址变更及时告知，否则送达到该地址视为送达。"}[code]
    for part in wrap(note, song(34), w):
        s.text(LEFT, y, part, song(34))
        y += 56
    signed(s, s.width - RIGHT - mm(95), y + mm(12), "申请执行人：", a.name, rng, hh)
    write(s, s.width - RIGHT - mm(70), y + mm(30), num_date(d), rng, hh)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 查控 printout: monospaced, a header block and a result table."""
    s = Sheet()
    f = font("mono", 30)
    s.text(mm(16), mm(16), "执行案件网络查控结果（总对总）", font("sans_bold", 46))
    for i, t in enumerate([f"案号：{c.number}　　承办法院：{COURT}", f"被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}",
                           f"查询时间：{d.isoformat()} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}　反馈时间：{(d + timedelta(days=1)).isoformat()}"]):
        s.text(mm(16), mm(32) + i * 46, t, f)
    tale = str(c.extra["tale"])
    results = [("中国工商银行", "无账户"), ("中国农业银行", "无账户"), ("中国建设银行", "有账户，余额 0.00" if tale != "kiwi" else "有账户，余额 1,203.55"),
               ("贵州银行", "有账户，余额 %s" % (f"{c.amount + Decimal(5600):,.2f}" if tale == "kiwi" else "12.08")),
               ("贵州农信", "有账户，余额 %s" % ("3,860.20" if tale == "mutton" else "0.00")),
               ("公安部车辆", "无" if tale != "truck" else "名下车辆14台，均有抵押登记"), ("自然资源部不动产", "无"),
               ("证券", "无"), ("支付宝", "余额 0.00"), ("财付通", "余额 %s" % ("1,925.40" if tale == "mutton" else "0.00"))]
    y = mm(60)
    ImageDraw.Draw(s.image).line((mm(16), y - 10, s.width - mm(16), y - 10), fill=INK, width=2)
    s.text(mm(16), y, "序号  协助单位            反馈结果", f)
    y += 50
    for i, (k, v) in enumerate(results, 1):
        s.text(mm(16), y, f"{i:<4}  {k:<12}  {v}", f)
        y += 46
    s.text(mm(16), y + 30, "（本结果由执行查控系统自动生成）", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 written out by the clerk on the tribunal's lined paper; both sides sign and press thumbprints."""
    a, r = c.applicant, c.respondent
    clerk = hand_for(random.Random(c.clerk), "clerk")
    s, rules = lined(header=f"{TRIBUNAL}用笺")
    s.centred(mm(24), "执行和解协议", font(clerk.face, 58), fill=clerk.ink)
    s.lines.append("执行和解协议")
    tale = str(c.extra["tale"])
    if tale == "kiwi":
        terms = [f"一、乙方于{num_date(c.extra['pay_day'])}前将货款{c.amount:,.2f}元一次性交到法院执行款专户；",
                 "二、甲方放弃迟延履行利息；", "三、乙方付清后，法院解除对乙方账户的冻结，本案执行完毕。"]
        rb = f"乙方（被执行人）：{r.name}　法定代表人：{r.legal_rep}"
    else:
        half = (c.amount / 2).quantize(Decimal("1"))
        terms = [f"一、乙方于{num_date(c.day(38))}前先还{half:,.0f}元，余款{c.amount - half:,.0f}元于{num_date(c.extra['pay_day'])}前还清；",
                 "二、款交法院执行款专户，由法院转给甲方；", "三、乙方按期还清后，甲方不再主张利息，本案执行完毕。"]
        rb = f"乙方（被执行人）：{r.name}，经营{c.extra['shop']}"
    paras = [f"|案号：{c.number}", f"|甲方（申请执行人）：{a.name}", f"|{rb}",
             f"经{TRIBUNAL}主持，双方就{basis_title_short(c)}的履行自愿达成如下协议：", *terms,
             "本协议一式三份，双方各执一份，法庭存卷一份。"]
    r_next = write_on_rules(s, rules, 1, paras, rng, clerk)
    y = rules[min(r_next + 2, len(rules) - 4)]
    signed(s, LEFT, y - mm(9), "甲方：", a.name, rng, hand_for(random.Random(a.name), "farmer"), print_=True)
    signer = r.legal_rep if r.kind == "organisation" else r.name
    signed(s, s.width / 2, y - mm(9), "乙方：", signer, rng, hand_for(random.Random(signer), ""), print_=True)
    write(s, s.width - RIGHT - mm(70), y + mm(12), num_date(d), rng, clerk)
    return [s]


def basis_title_short(c: CaseCtx) -> str:
    return {"kiwi": f"{ARB}{c.basis_number}裁决书", "truck": f"{c.basis_number}民事调解书",
            "mutton": f"{c.basis_number}公证书"}[str(c.extra["tale"])]


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A 贵州六盘水农村商业银行 电子回单: the court's payout of the case money to the applicant's account."""
    s = Sheet(size=(mm(210), mm(120)))
    f = font("sans", 30)
    s.text(mm(12), mm(8), "贵州六盘水农村商业银行 电子回单", font("sans_bold", 46))
    s.right(s.width - mm(12), mm(10), f"回单编号：{rng.randint(10**11, 10**12 - 1)}", f)
    paid = c.extra["pay_day"] + timedelta(days=3)
    rows = [("付款人户名", f"{COURT}执行款专户"), ("付款人账号", f"5202{rng.randint(10**13, 10**14 - 1)}"),
            ("收款人户名", c.applicant.name), ("收款人账号", c.extra["in_acct"]), ("收款银行", c.extra["in_bank"]),
            ("金额", f"￥{c.amount:,.2f}　{money_caps(c.amount)}"), ("用途", f"{c.number}执行款"),
            ("交易日期", paid.strftime("%Y-%m-%d"))]
    y = mm(24)
    for k, v in rows:
        s.box(mm(12), y, mm(52), y + mm(10), width=1)
        s.box(mm(52), y, s.width - mm(12), y + mm(10), width=1)
        s.text(mm(14), y + mm(2), k, f)
        s.text(mm(55), y + mm(2), v, f)
        y += mm(10)
    seal(s, s.width - mm(42), y - mm(18), "贵州六盘水农村商业银行电子回单专用章", rng, radius=mm(16))
    return [s]

