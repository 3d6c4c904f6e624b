"""What 平潭法院执行局 receives, each in its maker's hand, all sent in through the online filing as phone-app PDFs:
the lawyers' papers on the firm's letterhead paper (a grey rule and the firm's name at the top, a 楷-like body, "n/m"
at the lower right) and the firm's red-headed 函; the 福州仲裁委员会's 裁决书 in 明体 with "- n -" folios and its
生效证明; this court's civil division's 民事判决书 and 生效证明书; the Taiwanese company's 股份有限公司變更登記表 and the
董事長's 委任狀 with the 民間公證人's 公證書 and the 海基會's 證明, all in traditional characters with 民國 dates and
square seals; the 台湾居民来往大陆通行证 and 台湾居民居住证 and resident ID cards copied as cards; a mainland
营业执照; the 律师执业证 opened flat; the court's window forms filled in by hand; the 福建省非税收入统一票据（电子）;
a distributor's reply on its own letterhead."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import A4, INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_ii_kit import (
    COURT,
    LEFT,
    RIGHT,
    Flow,
    folio,
    form_title,
    grid,
    oval_seal,
    pen,
    sent_in,
    song,
    square_seal,
    tc,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form",
})
ARB = "福州仲裁委员会"
TRAD = str.maketrans({"业": "業", "岚": "嵐", "台": "臺", "湾": "灣", "县": "縣", "乡": "鄉", "号": "號", "区": "區",
                      "凤": "鳳", "义": "義", "顶": "頂", "长": "長", "东": "東", "华": "華", "国": "國", "荣": "榮",
                      "丽": "麗", "杰": "傑", "陈": "陳", "刘": "劉", "杨": "楊", "许": "許", "郑": "鄭", "谢": "謝",
                      "赖": "賴", "坛": "壇", "产": "產", "务": "務", "师": "師", "诉": "訴", "执": "執", "员": "員",
                      "龙": "龍", "门": "門", "吴": "吳", "张": "張", "黄": "黃", "冻": "凍"})


def trad(s: str) -> str:
    """Simplified → traditional for the few characters the Taiwanese papers' names and addresses use."""
    return s.translate(TRAD).replace("臺灣地區", "")


def roc(d: date) -> str:
    """A 民國 date: 中華民國113年2月5日."""
    return f"中華民國{d.year - 1911}年{d.month}月{d.day}日"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_ii import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        out = _award(c, rng) if t == "tea" else _judgment(c, rng)
    elif code == "effectiveness_certificate":
        out = _arb_certificate(c, rng) if t == "tea" else _court_certificate(c, rng)
    elif code == "enforcement_application":
        out = _application(c, rng, d)
    elif code == "power_of_attorney":
        out = _tw_mandate(c, rng) if t == "tea" else _attorney(c, rng, d)
    elif code == "law_firm_letter":
        out = _firm_letter(c, rng, d)
    elif code == "lawyer_license":
        out = _licence_booklet(c, rng)
    elif code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "organisation":
            out = _tw_registration(c, rng) if (t == "tea" and p is c.applicant) else _business_licence(p, c, rng)
        elif t == "stay" and p is c.applicant:
            out = _taiwan_cards(c, rng)
        else:
            out = [_id_card(p, rng)]
    elif code == "fee_receipt":
        out = [_e_receipt(c, rng, d)]
    elif code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                  "property_declaration_form"):
        out = [_window_form(code, c, rng, d)]
    else:
        raise KeyError(code)
    return sent_in(out)


# ---- the lawyers' papers -----------------------------------------------------------------------------------------

def _letter_paper(c: CaseCtx) -> Sheet:
    """The firm's letterhead paper: its name in small grey 黑体 and an English line over a grey rule."""
    s = Sheet()
    grey = (120, 120, 120)
    s.text(mm(24), mm(12), c.firm, font("sans_bold", 34), fill=grey)
    s.right(s.width - mm(22), mm(13), "FUJIAN LAW FIRM · PINGTAN", font("sans", 26), fill=grey)
    s.line(mm(22), mm(21), s.width - mm(22), mm(21), width=3, fill=(150, 150, 150))
    foot = _firm_foot(c)
    f = font("sans", 24)
    s.text((s.width - text_width(foot, f)) / 2, s.height - mm(12), foot, f, fill=grey, record=False)
    return s


def _firm_foot(c: CaseCtx) -> str:
    return f"地址：{c.extra['firm_addr']}　电话：0591-2432{str(c.extra['licence'])[-4:]}"


def _lawyer_flow(c: CaseCtx, title: str, blocks: list[tuple[str, str]], rng: random.Random) -> tuple[Flow, Font]:
    body = font("kai_gb", 46)
    s = _letter_paper(c)
    s.centred(mm(32), title, font("sans_bold", 70), spacing=mm(1.5))
    run = Flow([s], mm(54), left=mm(26), right=mm(24), top=mm(32), foot=mm(30))
    orig = run.need

    def need(h: float) -> None:
        n = len(run.sheets)
        orig(h)
        if len(run.sheets) > n:
            fresh = _letter_paper(c)
            run.sheets[-1] = fresh

    run.need = need  # type: ignore[method-assign]
    for kind, text in blocks:
        if kind == "h":
            run.para(text, font("sans_bold", 44), lead=80)
        elif kind == "f":
            run.para(text, body, lead=80)
        elif kind == "r":
            run.line(text, body, lead=80, flush_right=True)
        elif kind == "gap":
            run.y += 30
        else:
            run.para(text, body, lead=80, first=body.size * 2)
    return run, body


def _who(p: Party, c: CaseCtx) -> str:
    if p.kind == "organisation":
        tail = "（台湾地区）" if c.extra["tale"] == "tea" and p is c.applicant else ""
        code = "统一编号" if tail else "统一社会信用代码"
        return f"{p.name}{tail}，住所地{p.address}，{code}：{c.extra['ban']}，法定代表人：{p.legal_rep}，职务：董事长。" \
            if tail else f"{p.name}，住所地{p.address}，{code}：{p.id_number}，法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    if c.extra["tale"] == "stay" and p is c.applicant:
        return (f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，台湾居民，台湾居民居住证号码：{p.id_number}，"
                f"台湾居民来往大陆通行证号码：{c.extra['mtp']}，现住{c.extra['island_addr']}，电话：{p.phone}。")
    return f"{p.name}，{p.sex}，汉族，{born.year}年{born.month}月{born.day}日出生，住{p.address}，公民身份号码：{p.id_number}。"


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    from dossier.corpus.families.court_ii import basis_title

    t = str(c.extra["tale"])
    a, r = c.applicant, c.respondent
    kind = "裁决书" if t == "tea" else "民事判决书"
    facts = {
        "tea": f"申请人与被申请人于2022年签订《高山乌龙茶礼盒采购合同》，约定被申请人向申请人采购茶叶礼盒，用于其出口水产品礼盒配套。"
               f"申请人依约交货后，被申请人拖欠货款。申请人依据合同仲裁条款向{ARB}申请仲裁，该会作出{c.basis_number}裁决书，"
               "裁决被申请人向申请人支付货款及违约金。",
        "boat": f"申请人自2022年起受雇于被申请人，在其所有的“{c.extra.get('boat', '')}”渔船上从事捕捞作业，被申请人拖欠申请人"
                f"{c.extra.get('months', 8)}个月的劳务报酬。申请人诉至{COURT}，该院作出{c.basis_number}民事判决书。",
        "stay": f"被申请人经营“{c.extra.get('inn', '')}”，因装修需要向申请人借款，到期后未予归还。申请人诉至{COURT}，"
                f"该院作出{c.basis_number}民事判决书。",
    }[t]
    blocks: list[tuple[str, str]] = [
        ("f", f"申请执行人：{_who(a, c)}"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}。"),
        ("f", f"被执行人：{_who(r, c)}"),
        ("h", "执行请求："),
        ("p", f"一、请求依法强制执行{basis_title(c)}，责令被执行人向申请执行人支付{money(c.amount)}；"),
        ("p", "二、请求责令被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "三、请求对被执行人采取限制消费措施；被执行人有履行能力而拒不履行的，请求将其纳入失信被执行人名单；"),
        ("p", "四、本案申请执行费由被执行人负担。"),
        ("h", "事实与理由："),
        ("p", facts),
        ("p", f"上述{kind}已于{num_date(c.basis_effective)}发生法律效力，被执行人至今未履行。为维护申请执行人的合法权益，"
              "依照《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"),
        ("p", "申请执行人同意贵院通过“福建移动微法院”及代理人手机号码电子送达法律文书。"),
        ("f", "此致"), ("f", COURT), ("gap", ""),
    ]
    run, body = _lawyer_flow(c, "强制执行申请书", blocks, rng)
    run.need(300)
    s = run.s
    y = run.y + 30
    x = s.width - mm(110)
    s.text(x, y, "申请执行人：", body)
    if a.kind == "organisation":
        s.text(x, y + 80, a.name, body)
        seal(s, x + mm(40), y + 60, trad(a.name), rng, radius=mm(19))
    else:
        hand(s, x + text_width("申请执行人：", body), y - 10, a.name, rng, size=60, ink=(25, 25, 25))
    s.text(x, y + 170, f"代理人：{c.agent}", body)
    s.text(x, y + 250, num_date(d), body)
    for sh in run.sheets:
        sh.lines.append(_firm_foot(c))
    return folio(run.sheets, font("sans", 28), style="num", bottom=mm(22))


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    aid = c.extra["tale"] == "boat"
    blocks: list[tuple[str, str]] = [
        ("f", f"委托人：{_who(a, c)}"),
        ("f", f"受托人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}。"),
        ("p", f"现委托上列受托人在{a.name}申请执行{c.respondent.name}{c.extra['cause']}一案中，作为我的代理人。"
              + ("（本案系平潭县法律援助中心指派，受托人为法律援助律师。）" if aid else "")),
        ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、申请采取强制执行措施、参加询问及听证、代为签收法律文书，"
              "代为和解、代为领取执行款项。"),
        ("p", "代理期限：自本委托书签署之日起至本案执行终结之日止。"), ("gap", ""),
    ]
    run, body = _lawyer_flow(c, "授权委托书", blocks, rng)
    run.need(260)
    s = run.s
    y = run.y + 20
    x = s.width - mm(115)
    s.text(x, y, "委托人：", body)
    hand(s, x + text_width("委托人：", body), y - 12, a.name, rng, size=62, ink=(25, 25, 25))
    if aid:  # a fisherman's red fingerprint beside his name
        cx, cy = x + mm(66), y + mm(4)
        s.draw.ellipse((cx - 26, cy - 34, cx + 26, cy + 34), fill=(200, 60, 60))
        for k in range(5):
            s.draw.arc((cx - 24 + k * 4, cy - 30 + k * 5, cx + 24 - k * 4, cy + 30 - k * 5), 200, 340, fill=(240, 170, 170), width=2)
    s.text(x, y + 100, "受托人：", body)
    hand(s, x + text_width("受托人：", body), y + 88, c.agent, rng, size=58, ink=(25, 25, 25))
    s.text(x, y + 200, num_date(d), body)
    for sh in run.sheets:
        sh.lines.append(_firm_foot(c))
    return folio(run.sheets, font("sans", 28), style="num", bottom=mm(22))


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    red = (200, 24, 30)
    s.centred(mm(24), c.firm, font("serif_bold", 86), fill=red, spacing=mm(1))
    s.line(mm(24), mm(44), s.width - mm(24), mm(44), width=6, fill=red)
    s.right(s.width - mm(26), mm(50), f"（{d.year}）岚律执函字第{rng.randint(8, 160)}号", song(40))
    s.centred(mm(64), "律 师 事 务 所 函", font("serif_bold", 66))
    aid = c.extra["tale"] == "boat"
    blocks = [
        ("f", f"{COURT}："),
        ("p", f"{'受平潭县法律援助中心指派，' if aid else ''}本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与"
              f"{c.respondent.name}{c.extra['cause']}执行一案申请执行人的委托代理人。"),
        ("p", "特此函告。"),
        ("p", "附：授权委托书一份；律师执业证复印件一份。"),
    ]
    run = Flow([s], mm(84), left=mm(28), right=mm(26))
    f = song(44)
    for kind, text in blocks:
        run.para(text, f, lead=80, first=f.size * 2 if kind == "p" else 0)
    y = run.y + 120
    s.right(s.width - mm(34), y, c.firm, f)
    s.right(s.width - mm(34), y + 84, cn_date(d), f)
    seal(s, s.width - mm(34) - text_width(c.firm, f) / 2, y + 50, c.firm, rng, radius=mm(20))
    s.text(mm(28), s.height - mm(50), f"律师：{c.agent}　执业证号：{c.extra['licence']}　联系电话：{c.agent_phone}", song(34))
    s.text(mm(28), s.height - mm(42), f"本所地址：{c.extra['firm_addr']}", song(34))
    return [s]


def _licence_booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 opened flat on the copier glass: the photo page and the particulars page side by side, the
    annual check stamp on the third page copied below."""
    s = Sheet()
    x0, y0 = mm(16), mm(26)
    pw, ph = (s.width - 2 * x0) / 2, mm(120)
    dark = (70, 70, 70)
    s.box(x0, y0, x0 + 2 * pw, y0 + ph, width=4, outline=dark)
    s.line(x0 + pw, y0, x0 + pw, y0 + ph, width=2, fill=dark)
    f = song(34)
    s.draw.rectangle((x0 + mm(26), y0 + mm(14), x0 + mm(58), y0 + mm(56)), fill=(150, 150, 150))
    s.centred(y0 + mm(64), "持证人", f, x0=x0, x1=x0 + pw)
    s.text(x0 + mm(10), y0 + mm(80), f"姓　　名：{c.agent}", f)
    s.text(x0 + mm(10), y0 + mm(90), f"执业证号：{c.extra['licence']}", f)
    s.text(x0 + mm(10), y0 + mm(100), "发证机关：福建省司法厅", f)
    seal(s, x0 + mm(62), y0 + mm(94), "福建省司法厅", rng, radius=mm(15))
    rx = x0 + pw + mm(8)
    s.centred(y0 + mm(8), "中华人民共和国律师执业证", song(38), x0=x0 + pw, x1=x0 + 2 * pw)
    rows = [("执业机构", c.firm), ("执业证类别", "专职"), ("法律职业资格", f"A2013{rng.randint(35, 36)}0{rng.randint(10**8, 10**9 - 1)}"),
            ("性　别", rng.choice("男女")), ("发证日期", f"{rng.randint(2014, 2020)}年{rng.randint(1, 12)}月")]
    yy = y0 + mm(24)
    for k, v in rows:
        s.text(rx, yy, f"{k}：", f)
        for i, part in enumerate(wrap(v, f, pw - mm(44))):
            s.text(rx + mm(34), yy + i * 40, part, f)
        yy += mm(16)
    y2 = y0 + ph + mm(20)
    s.box(x0, y2, x0 + pw, y2 + mm(80), width=4, outline=dark)
    s.centred(y2 + mm(6), "律师年度考核备案", f, x0=x0, x1=x0 + pw)
    grid(s, x0 + mm(6), y2 + mm(16), [mm(28), pw - mm(40)], [["考核年度", "考核结果"], ["2022年度", "称职"], ["2023年度", "称职"]],
         song(30), heights=mm(12), labels=(0, 1), frame=2)
    seal(s, x0 + pw / 2 + mm(20), y2 + mm(52), "福建省平潭县司法局", rng, radius=mm(16), inner="律师年度考核专用章")
    hand(s, x0 + pw + mm(14), y2 + mm(30), "与原件核对一致", rng, size=54, ink=(28, 28, 28))
    hand(s, x0 + pw + mm(34), y2 + mm(48), c.agent, rng, size=50, ink=(28, 28, 28))
    return [s]


# ---- the bases -------------------------------------------------------------------------------------------------

def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    made = c.basis_effective
    chief, arb2, arb3 = person_name(rng), person_name(rng), person_name(rng)
    body = font("ming", 44)
    s = Sheet()
    s.centred(mm(30), ARB, font("serif_bold", 78), spacing=mm(3))
    s.centred(mm(50), "裁　决　书", font("serif_bold", 96), spacing=mm(2))
    s.centred(mm(72), c.basis_number, body)
    run = Flow([s], mm(88), left=mm(28), right=mm(26))
    paras: list[tuple[str, str]] = [
        ("f", f"申请人：{a.name}（台湾地区），住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，董事长。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
        ("p", f"{ARB}（以下简称本会）根据申请人与被申请人签订的《高山乌龙茶礼盒采购合同》中的仲裁条款及申请人的仲裁申请，"
              f"于{cn_date(made - timedelta(days=120))}受理了本案。本案适用《{ARB}仲裁规则》，由首席仲裁员{chief}、仲裁员{arb2}、"
              f"仲裁员{arb3}组成仲裁庭，于{cn_date(made - timedelta(days=40))}开庭审理。申请人的委托代理人到庭参加了庭审，"
              "被申请人经书面通知无正当理由未到庭，仲裁庭依法缺席审理。本案现已审理终结。"),
        ("c", "一、案情"),
        ("p", "申请人称：双方于2022年5月签订采购合同，约定被申请人向申请人采购冻顶乌龙、高山乌龙茶叶礼盒，用于其出口水产品礼盒"
              "配套，货到验收后六十日内付款。申请人依约分三批交付全部货物，被申请人验收后仅支付部分货款，余款经多次催讨未付。"),
        ("p", "被申请人未提交答辩意见，亦未提交证据。"),
        ("c", "二、仲裁庭意见"),
        ("p", "仲裁庭认为，双方签订的采购合同系真实意思表示，合法有效。申请人已按约交付货物，被申请人未按约支付货款，构成违约，"
              "应当承担支付货款及违约金的责任。申请人的仲裁请求有事实和法律依据，仲裁庭予以支持。"),
        ("c", "三、裁决"),
        ("p", "依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百二十六条，《中华人民共和国仲裁法》第四十二条"
              "之规定，仲裁庭裁决如下："),
        ("p", f"（一）被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付货款及违约金合计{money(c.amount)}；"),
        ("p", "（二）本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    for kind, text in paras:
        if kind == "c":
            run.line(text, font("sans_bold", 44), lead=84, centred=True)
        else:
            run.para(text, body, lead=80, first=body.size * 2 if kind == "p" else 0)
    run.need(5 * 84 + 100)
    last = run.s
    y = run.y + 40
    x = last.width - mm(110)
    for role, name in (("首席仲裁员", chief), ("仲 裁 员", arb2), ("仲 裁 员", arb3)):
        last.text(x, y, f"{role}　{name}", body)
        y += 84
    last.text(x, y + 20, cn_date(made), body)
    seal(last, x + mm(30), y + 40, ARB, rng, radius=mm(21))
    last.text(x, y + 110, f"秘　　书　{person_name(rng)}", body)
    return folio(run.sheets, font("ming", 32), style="dash")


def _arb_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(40), ARB, font("serif_bold", 70), spacing=mm(2))
    s.centred(mm(62), "生 效 证 明", font("serif_bold", 84))
    s.right(s.width - mm(28), mm(82), f"榕仲证字〔{c.filed_on.year}〕第{rng.randint(20, 300)}号", song(40))
    body = font("ming", 46)
    run = Flow([s], mm(98), left=mm(30), right=mm(28))
    run.para(f"{c.applicant.name}与{c.respondent.name}买卖合同纠纷一案，本会于{cn_date(c.basis_effective)}作出{c.basis_number}"
             "裁决书。该裁决书已依法送达双方当事人，根据《中华人民共和国仲裁法》第五十七条的规定，裁决书自作出之日起发生法律效力。",
             body, lead=84, first=body.size * 2)
    run.para("特此证明。", body, lead=84, first=body.size * 2)
    y = run.y + 140
    s.right(s.width - mm(36), y, ARB, body)
    s.right(s.width - mm(36), y + 90, cn_date(c.filed_on - timedelta(days=12)), body)
    seal(s, s.width - mm(36) - text_width(ARB, body) / 2, y + 50, ARB, rng, radius=mm(21))
    return [s]


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's civil division's judgment: the court and 民事判决书 on one centred block, the number at the right,
    the text justified-looking in Noto 宋, "- n -" folios, the 核对无异 stamp on the last page."""
    a, r = c.applicant, c.respondent
    made = c.basis_effective - timedelta(days=20)
    boat = c.extra["tale"] == "boat"
    body = song(44)
    s = Sheet()
    s.centred(mm(30), COURT, font("serif_bold", 64), spacing=mm(1))
    s.centred(mm(46), "民 事 判 决 书", font("serif_bold", 86), spacing=mm(1))
    s.right(s.width - mm(26), mm(66), c.basis_number, body)
    run = Flow([s], mm(80), left=mm(28), right=mm(26))
    born = a.born or date(1980, 1, 1)
    if boat:
        facts = [f"原告{a.name}向本院提出诉讼请求：1.判令被告支付拖欠的劳务报酬{c.amount:,.2f}元；2.本案诉讼费用由被告负担。"
                 f"事实和理由：原告自2022年3月起在被告所有的“{c.extra['boat']}”渔船上从事捕捞作业，约定月报酬及分成，"
                 f"被告拖欠原告{c.extra['months']}个月劳务报酬至今未付。",
                 "被告辩称：对欠付报酬的事实无异议，因近年渔获减少、经营困难，无力一次性支付。",
                 "本院经审理认定事实如下：原告受雇于被告从事渔船捕捞作业，双方形成劳务合同关系。被告出具的工资结算单载明尚欠原告"
                 f"劳务报酬{c.amount:,.2f}元，被告对此予以确认。",
                 "本院认为，原告为被告提供劳务，被告应当按约支付劳务报酬。被告欠付劳务报酬的事实清楚，证据充分，原告的诉讼请求"
                 "本院予以支持。依照《中华人民共和国民法典》第五百零九条、第五百七十七条之规定，判决如下："]
        cause = "劳务合同纠纷"
    else:
        facts = [f"原告{a.name}向本院提出诉讼请求：1.判令被告偿还借款本金{c.amount:,.2f}元及利息；2.本案诉讼费用由被告负担。"
                 f"事实和理由：被告经营“{c.extra['inn']}”，因装修需要于2022年向原告借款，约定一年内归还，借款到期后被告未还。",
                 "被告未作答辩。",
                 "本院经审理认定事实如下：原告通过银行转账向被告交付借款，被告出具借条一份，确认借款金额及还款期限。",
                 "本院认为，合法的借贷关系受法律保护。被告借款后未按约还款，应承担还款责任。依照《中华人民共和国民法典》"
                 "第六百六十七条、第六百七十五条、第六百七十六条之规定，判决如下："]
        cause = "民间借贷纠纷"
    app_line = (f"原告：{a.name}，{a.sex}，{num_date(born)}出生，台湾居民，住{a.address}，现住{c.extra['island_addr']}。"
                if not boat else f"原告：{a.name}，{a.sex}，{num_date(born)}出生，汉族，住{a.address}。")
    paras = [("f", app_line), ("f", f"被告：{r.name}，{r.sex}，住{r.address}。"),
             ("p", f"原告{a.name}与被告{r.name}{cause}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。"),
             *[("p", t) for t in facts],
             ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{'劳务报酬' if boat else '借款本金'}{money(c.amount)}"
                   f"{'' if boat else '及利息（自起诉之日起按一年期贷款市场报价利率计算至实际清偿之日止）'}。"),
             ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
                   "迟延履行期间的债务利息。"),
             ("p", f"案件受理费{int(c.amount) // 200 + 25}元，减半收取，由被告负担。"),
             ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于福建省"
                   "福州市中级人民法院。")]
    for kind, text in paras:
        run.para(text, body, lead=78, first=body.size * 2 if kind == "p" else 0)
    run.need(360)
    last = run.s
    y = run.y + 50
    x = last.width - mm(96)
    last.text(x, y, f"审　判　员　{person_name(rng)}", body)
    last.text(x, y + 110, cn_date(made), body)
    seal(last, x + mm(32), y + 120, COURT, rng, radius=mm(21))
    last.text(x, y + 220, f"书　记　员　{person_name(rng)}", body)
    box_y = y + 120
    ink = (200, 40, 40)
    last.box(mm(30), box_y, mm(30) + mm(50), box_y + mm(12), width=3, outline=ink)
    last.text(mm(34), box_y + mm(3), "本件与原本核对无异", font("kai", 32), fill=ink)
    return folio(run.sheets, song(32), style="dash")


def _court_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(40), COURT, font("serif_bold", 64), spacing=mm(1))
    s.centred(mm(58), "生 效 证 明 书", font("serif_bold", 80))
    s.right(s.width - mm(28), mm(78), c.basis_number, song(40))
    body = song(46)
    run = Flow([s], mm(96), left=mm(30), right=mm(28))
    run.para(f"{c.applicant.name}：", body, lead=84)
    run.para(f"本院{c.basis_number}{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案的民事判决书，已于"
             f"{cn_date(c.basis_effective - timedelta(days=20))}送达双方当事人。双方当事人在法定上诉期内均未提出上诉，"
             f"该判决书已于{cn_date(c.basis_effective)}发生法律效力。", body, lead=84, first=body.size * 2)
    run.para("特此证明。", body, lead=84, first=body.size * 2)
    y = run.y + 150
    s.right(s.width - mm(40), y, cn_date(c.basis_effective + timedelta(days=6)), body)
    seal(s, s.width - mm(80), y + 10, COURT, rng, radius=mm(21))
    s.text(mm(30), y + 200, "（民事审判庭出具，随卷附执行依据）", song(32))
    return [s]


# ---- the Taiwanese papers ----------------------------------------------------------------------------------------

def _tw_registration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """股份有限公司變更登記表 (the registry's copy, two pages), stamped 與正本相符 with the company's and the chairman's
    seals."""
    a = c.applicant
    name = trad(a.name)
    f = tc("ming_tw", 34)
    fb = tc("sans_tc_bold", 36)
    pages = []
    s = Sheet()
    s.centred(mm(16), "股份有限公司變更登記表", tc("serif_tc_bold", 64))
    s.text(mm(16), mm(30), f"公司統一編號：{c.extra['ban']}", fb)
    s.right(s.width - mm(16), mm(30), f"核准變更登記日期：{roc(c.filed_on - timedelta(days=rng.randint(200, 500)))}", f)
    w = s.width - mm(32)
    cap = rng.choice([20, 30, 50]) * 1000000
    rows = [["一、公司名稱", name], ["二、所在地", trad(a.address)],
            ["三、代表公司負責人", trad(a.legal_rep)], ["四、資本總額（元）", f"{cap:,}"],
            ["五、實收資本額（元）", f"{cap:,}"], ["六、每股金額（元）", "10"],
            ["七、已發行股份總數", f"{cap // 10:,}股"], ["八、董事人數任期", "3人　自111年6月20日至114年6月19日"],
            ["九、監察人人數任期", "1人　自111年6月20日至114年6月19日"],
            ["十、所營事業資料", "F102170 食品什貨批發業\nF203010 食品什貨、飲料零售業\nC199990 未分類其他食品製造業（茶葉精製）\nF401010 國際貿易業"],
            ["十一、公司章程訂定日期", "民國86年3月12日，最近修正日期民國111年6月20日"]]
    hs = [mm(13)] * 9 + [mm(34), mm(15)]
    boxes = grid(s, mm(16), mm(40), [mm(56), w - mm(56)], [[k, v.replace("\n", "　")] for k, v in rows], f,
                 heights=hs, label_font=tc("sans_tc", 32), frame=3)
    y = boxes[-1][3] + mm(8)
    s.text(mm(16), y, "本表影本與正本相符，僅供大陸地區法院強制執行事件使用。", tc("kai_tw", 40))
    square_seal(s, s.width - mm(70), y + mm(34), [name[:len(name) // 2], name[len(name) // 2:]], rng, side=mm(36))
    square_seal(s, s.width - mm(34), y + mm(40), [trad(a.legal_rep)], rng, side=mm(16))
    square_seal(s, mm(60), s.height - mm(46), ["經濟部商業", "發展署登記", "資料專用章"], rng, side=mm(30),
                face=tc("sans_tc_bold", 40))
    pages.append(s)
    s2 = Sheet()
    s2.centred(mm(16), "董事、監察人、經理人名單", tc("serif_tc_bold", 56))
    s2.text(mm(16), mm(30), f"公司名稱：{name}", fb)
    people = [("董事長", trad(a.legal_rep))] + [(role, trad(n)) for role, n in
                                                 (("董事", _tw_person(rng)), ("董事", _tw_person(rng)), ("監察人", _tw_person(rng)),
                                                  ("經理人", _tw_person(rng)))]
    rows2 = [["職稱", "姓名", "身分證統一編號", "持有股份數（股）", "到職日期"]]
    for role, who in people:
        rows2.append([role, who, f"{rng.choice('MNBLE')}{rng.choice('12')}{rng.randint(10**7, 10**8 - 1)}",
                      f"{rng.randint(1, 90) * 10000:,}", "111年6月20日"])
    grid(s2, mm(16), mm(40), [mm(28), mm(34), mm(44), mm(44), s2.width - mm(182)], rows2, f, heights=mm(14), labels=(0,),
         label_font=tc("sans_tc", 32), frame=3)
    s2.text(mm(16), mm(140), "以下空白", tc("ming_tw", 34))
    square_seal(s2, s2.width - mm(70), mm(180), [name[:len(name) // 2], name[len(name) // 2:]], rng, side=mm(36))
    square_seal(s2, s2.width - mm(34), mm(186), [trad(a.legal_rep)], rng, side=mm(16))
    pages.append(s2)
    return folio(pages, tc("ming_tw", 30), style="tw")


def _tw_person(rng: random.Random) -> str:
    from dossier.corpus.families.court_ii import TW_GIVEN, TW_SURNAMES

    return rng.choice(TW_SURNAMES) + rng.choice(TW_GIVEN)


def _tw_mandate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """委任狀 (the chairman's, in 楷書), the 民間公證人's 公證書 over it and the 海基會's 證明 letter: one bundle."""
    a, r = c.applicant, c.respondent
    name, rep = trad(a.name), trad(a.legal_rep)
    signed = c.filed_on - timedelta(days=rng.randint(28, 45))
    kai = tc("kai_tw", 48)
    s = Sheet()
    s.centred(mm(26), "委　任　狀", tc("kai_tw", 96))
    run = Flow([s], mm(50), left=mm(30), right=mm(28))
    for kind, text in [
        ("f", f"委任人：{name}"), ("f", f"統一編號：{c.extra['ban']}"), ("f", f"地址：{trad(a.address)}"),
        ("f", f"法定代理人：董事長　{rep}"),
        ("f", f"受任人：{c.agent}律師（{c.firm}，執業證號{c.extra['licence']}）"),
        ("p", f"茲委任受任人為委任人與{trad(r.name)}間，就{ARB}{c.basis_number}裁決書向{COURT}聲請強制執行事件之代理人，"
              "有代為聲請強制執行、提供財產線索、聲請查封扣押凍結、代為和解、撤回、代收執行款項及代為簽收法律文書之特別代理權限。"),
        ("p", "委任期間自簽署日起至該執行事件終結時止。"), ("f", "此　致"), ("f", COURT),
    ]:
        run.para(text, kai, lead=90, first=kai.size * 2 if kind == "p" else 0)
    y = run.y + 40
    s.text(mm(90), y, f"委任人：{name}", kai)
    square_seal(s, s.width - mm(56), y + mm(20), [name[:len(name) // 2], name[len(name) // 2:]], rng, side=mm(34))
    s.text(mm(90), y + 96, f"法定代理人：{rep}", kai)
    square_seal(s, s.width - mm(50), y + mm(48), [rep], rng, side=mm(15))
    s.centred(s.height - mm(40), roc(signed), tc("kai_tw", 52), spacing=mm(2))
    # the notary's certificate
    n = Sheet()
    notary = trad(_tw_person(rng))
    office = f"臺灣南投地方法院所屬民間公證人{notary}事務所"
    deed = f"{signed.year - 1911}年度投院民公字第{rng.randint(100, 2999):06d}號"
    n.centred(mm(22), "公　證　書", tc("serif_tc_bold", 90))
    n.right(n.width - mm(24), mm(42), deed, tc("ming_tw", 38))
    body = tc("ming_tw", 42)
    rows = [["請求人", f"{name}　法定代理人：{rep}"], ["請求人住所", trad(a.address)],
            ["公證標的", "委任狀之認證（私文書認證）"], ["公證日期", roc(signed)], ["公證處所", "本事務所"]]
    gy = grid(n, mm(22), mm(54), [mm(44), n.width - mm(88)], rows, body, heights=mm(14),
              label_font=tc("sans_tc", 38), frame=3)[-1][3]
    run2 = Flow([n], gy + mm(10), left=mm(24), right=mm(24))
    for text in [f"一、上開請求人之法定代理人{rep}於本公證人前，承認後附委任狀上之簽名及印章為其本人所為。",
                 "二、本公證人依公證法第一百零一條第一項規定，認證本件私文書。",
                 "三、本公證書作成一式二份，正本交付請求人，副本由本事務所寄送財團法人海峽交流基金會。"]:
        run2.para(text, body, lead=72, hang=body.size * 2)
    y2 = run2.y + 40
    n.text(mm(24), y2, office, body)
    n.text(mm(24), y2 + 72, f"公證人　{notary}", body)
    square_seal(n, n.width - mm(60), y2 + mm(16), [office[:8], office[8:15], office[15:]], rng, side=mm(40))
    n.text(mm(24), y2 + 150, roc(signed), body)
    # 海基會's certificate
    h = Sheet()
    h.centred(mm(24), "財團法人海峽交流基金會", tc("serif_tc_bold", 72), spacing=mm(1))
    h.centred(mm(42), "證　明", tc("serif_tc_bold", 80))
    h.right(h.width - mm(24), mm(60), f"（{signed.year - 1911}）海廉（法）字第{rng.randint(10000, 99999)}號", tc("ming_tw", 38))
    run3 = Flow([h], mm(76), left=mm(28), right=mm(26))
    for text in [f"茲證明{office}{deed}公證書（委任狀認證），其副本業經本會依"
                 "《海峽兩岸公證書使用查證協議》寄送海峽兩岸關係協會。",
                 "本證明僅證明上開公證書副本之寄送，不對公證書之內容負責。",
                 "本證明隨公證書正本使用，須與公證書正本合併裝訂方為有效。"]:
        run3.para(text, tc("ming_tw", 46), lead=84, first=92)
    y3 = run3.y + 100
    h.right(h.width - mm(34), y3, "財團法人海峽交流基金會", tc("ming_tw", 46))
    h.right(h.width - mm(34), y3 + 84, roc(signed + timedelta(days=rng.randint(6, 12))), tc("ming_tw", 46))
    square_seal(h, h.width - mm(70), y3 + mm(10), ["財團法人", "海峽交流", "基金會印"], rng, side=mm(38),
                face=tc("serif_tc_bold", 44))
    return [s, n, h]


def _taiwan_cards(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 台湾居民来往大陆通行证 and the 台湾居民居住证, each copied on its own page, faces one over the other."""
    a = c.applicant
    born = a.born or date(1970, 1, 1)
    permit = Sheet()
    w, h = mm(86) * 1.4, mm(54) * 1.4
    x, y = (permit.width - w) / 2, mm(36)
    green = (60, 110, 90)
    permit.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), outline=green, width=4, fill=(226, 238, 230))
    permit.text(x + mm(8), y + mm(5), "台湾居民来往大陆通行证", font("sans_bold", 44), fill=green)
    permit.text(x + mm(8), y + mm(13), "MAINLAND TRAVEL PERMIT FOR TAIWAN RESIDENTS", font("sans", 22), fill=green)
    f = font("sans", 32)
    for k, line in enumerate([f"姓名 {a.name}", f"出生日期 {born:%Y.%m.%d}", f"性别 {a.sex}",
                              f"有效期限 {c.filed_on.year - 2}.06.18-{c.filed_on.year + 3}.06.17",
                              "签发机关 公安部出入境管理局", f"证件号码 {c.extra['mtp']}"]):
        permit.text(x + mm(40), y + mm(22) + k * mm(7), line, f)
    permit.draw.rectangle((x + mm(6), y + mm(22), x + mm(34), y + mm(60)), fill=(160, 160, 160))
    y2 = y + h + mm(18)
    permit.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(4), outline=green, width=4, fill=(232, 240, 234))
    permit.text(x + mm(8), y2 + mm(10), f"台湾身份证号 {rng.choice('BLMN')}{rng.choice('12')}{rng.randint(10**7, 10**8 - 1)}", f)
    permit.text(x + mm(8), y2 + mm(20), f"换证次数 {rng.randint(1, 4):02d}", f)
    mrz = f"CTT{c.extra['mtp']}<{rng.randint(1, 9)}{born:%y%m%d}<{a.name}<<<<<<<"
    permit.text(x + mm(6), y2 + h - mm(14), mrz[:44], font("mono", 30))
    hand(permit, x + mm(6), y2 + h + mm(16), "此复印件仅供平潭法院执行使用", rng, size=52, ink=(30, 30, 30))
    hand(permit, x + mm(70), y2 + h + mm(32), a.name, rng, size=56, ink=(30, 30, 30))
    card = Sheet()
    y = mm(30)
    card.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(5), outline=(110, 110, 110), width=3, fill=(236, 236, 240))
    g = (110, 110, 110)
    fv = font("hei", 34)
    for k, (label, value) in enumerate([("姓名", a.name), ("性别", a.sex),
                                        ("出生", f"{born.year}年{born.month}月{born.day}日"), ("住址", c.extra["island_addr"])]):
        card.text(x + mm(7), y + mm(8) + k * mm(11), label, font("hei", 28), fill=g)
        card.text(x + mm(20), y + mm(8) + k * mm(11), value[:16], fv)
        if len(value) > 16:
            card.text(x + mm(20), y + mm(13) + k * mm(11), value[16:], fv)
    card.text(x + mm(7), y + h - mm(12), "公民身份号码", font("hei", 28), fill=g)
    card.text(x + mm(34), y + h - mm(12), a.id_number, font("mono", 38))
    card.draw.rectangle((x + w - mm(34), y + mm(8), x + w - mm(7), y + mm(44)), fill=(170, 170, 170))
    y2 = y + h + mm(16)
    card.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(5), outline=(110, 110, 110), width=3, fill=(236, 236, 240))
    card.centred(y2 + mm(12), "中华人民共和国", font("hei", 50), x0=x + mm(20), x1=x + w)
    card.centred(y2 + mm(24), "台湾居民居住证", font("hei", 62), x0=x + mm(20), x1=x + w)
    card.draw.ellipse((x + mm(6), y2 + mm(6), x + mm(26), y2 + mm(26)), outline=(170, 70, 70), width=3)
    card.text(x + mm(8), y2 + h - mm(22), "签发机关　平潭综合实验区公安局", font("hei", 30))
    card.text(x + mm(8), y2 + h - mm(14), f"有效期限　{c.filed_on.year - 1}.03.02-{c.filed_on.year + 4}.03.02", font("hei", 30))
    card.text(x + mm(8), y2 + h - mm(6), f"通行证号码　{c.extra['mtp']}　签发次数　01", font("hei", 30))
    hand(card, x + mm(10), y2 + h + mm(16), "与原件一致", rng, size=56, ink=(30, 30, 30))
    hand(card, x + mm(60), y2 + h + mm(16), a.name, rng, size=56, ink=(30, 30, 30))
    card.starts_document = True
    return [permit, card]


def _id_card(p: Party, rng: random.Random) -> Sheet:
    """A resident ID card's two faces side by side across the top of the page (a phone app's ID-card mode)."""
    s = Sheet()
    w, h = mm(86), mm(54)
    gap = mm(8)
    x = (s.width - 2 * w - gap) / 2
    y = mm(24)
    g = (105, 105, 105)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), outline=g, width=3, fill=(240, 238, 232))
    born = p.born or date(1980, 1, 1)
    f, fv = font("hei", 22), font("hei", 25)
    for k, (label, value) in enumerate([("姓名", p.name), ("性别", f"{p.sex}　民族 汉"),
                                        ("出生", f"{born.year} 年 {born.month} 月 {born.day} 日"), ("住址", p.address)]):
        s.text(x + mm(5), y + mm(5) + k * mm(8), label, f, fill=g)
        s.text(x + mm(14), y + mm(5) + k * mm(8), value[:13], fv)
        if len(value) > 13:
            s.text(x + mm(14), y + mm(9) + k * mm(8), value[13:26], fv)
    s.text(x + mm(5), y + h - mm(9), "公民身份号码", f, fill=g)
    s.text(x + mm(25), y + h - mm(9), p.id_number, font("mono", 28))
    s.draw.rectangle((x + w - mm(26), y + mm(6), x + w - mm(5), y + mm(34)), fill=(175, 175, 175))
    x2 = x + w + gap
    s.draw.rounded_rectangle((x2, y, x2 + w, y + h), radius=mm(3), outline=g, width=3, fill=(240, 238, 232))
    s.draw.ellipse((x2 + mm(4), y + mm(4), x2 + mm(18), y + mm(18)), outline=(160, 70, 70), width=3)
    s.centred(y + mm(10), "中华人民共和国", font("hei", 34), x0=x2 + mm(16), x1=x2 + w)
    s.centred(y + mm(20), "居民身份证", font("hei", 44), x0=x2 + mm(16), x1=x2 + w)
    s.text(x2 + mm(6), y + h - mm(16), "签发机关　平潭县公安局", f)
    s.text(x2 + mm(6), y + h - mm(9), f"有效期限　{rng.randint(2012, 2019)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期", f)
    hand(s, x + mm(10), y + h + mm(18), "本复印件与原件一致，仅供执行使用", rng, size=48, ink=(30, 30, 30))
    hand(s, x + mm(110), y + h + mm(32), p.name, rng, size=54, ink=(30, 30, 30))
    return s


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） copy: a double red frame, the emblem, a QR box at the upper right, two columns of particulars."""
    s = Sheet()
    red = (196, 52, 44)
    s.box(mm(14), mm(16), s.width - mm(14), s.height - mm(30), width=9, outline=red)
    s.box(mm(19), mm(21), s.width - mm(19), s.height - mm(35), width=2, outline=red)
    s.draw.ellipse((s.width / 2 - mm(11), mm(28), s.width / 2 + mm(11), mm(50)), outline=red, width=4)
    s.centred(mm(56), "营业执照", font("song_gb", 120), spacing=mm(6))
    s.centred(mm(78), "（副　本）", song(40))
    s.text(mm(28), mm(92), f"统一社会信用代码　{p.id_number}", song(38))
    s.draw.rectangle((s.width - mm(52), mm(82), s.width - mm(28), mm(106)), outline=INK, width=3)
    f = song(40)
    left = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "水产品加工、冷冻、销售；预包装食品批发；货物进出口。（依法须经批准的项目，经相关部门批准后方可开展经营活动）")]
    y = float(mm(118))
    for k, v in left:
        s.text(mm(30), y, k, f)
        for i, part in enumerate(wrap(v, f, s.width - mm(100))):
            s.text(mm(72), y + i * 56, part, f)
        y += mm(16) + 56 * (len(wrap(v, f, s.width - mm(100))) - 1)
    for k, v in [("注册资本", f"{rng.choice([300, 500, 800])}万元整"), ("成立日期", num_date(c.day(-rng.randint(1500, 3600)))),
                 ("住　　所", p.address)]:
        s.text(mm(30), y, k, f)
        s.text(mm(72), y, v, f)
        y += mm(16)
    s.right(s.width - mm(36), s.height - mm(72), "登记机关", f)
    s.right(s.width - mm(36), s.height - mm(58), cn_date(c.day(-rng.randint(100, 600))), f)
    seal(s, s.width - mm(62), s.height - mm(70), "平潭综合实验区市场监督管理局", rng)
    hand(s, mm(30), s.height - mm(26), "复印件与原件一致", rng, size=52, ink=(28, 28, 28))
    seal(s, mm(120), s.height - mm(28), p.name, rng, radius=mm(17))
    return [s]


# ---- forms, receipts, replies ------------------------------------------------------------------------------------

def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The court's forms as printed from the online filing's templates and filled in by the party in ballpoint."""
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    filler = r if code == "property_declaration_form" else a
    signer = (filler.legal_rep if filler.kind == "organisation" else filler.name) if code == "property_declaration_form" \
        else c.agent
    if code == "property_clue_form":
        title = "被执行人财产线索表"
        clue = {"tea": f"被执行人对{c.extra.get('debtor', '')}有应收货款约{c.extra.get('receivable', 0):,.0f}元（有对账单）；"
                       "厂区冷库设备；银行账户（具体不详）",
                "boat": f"被执行人所有渔船“{c.extra.get('boat', '')}”，常停{c.extra.get('port', '')}；渔船燃油补贴",
                "stay": f"被执行人经营的{c.extra.get('inn', '')}的营业收入；{c.extra.get('r_bank', '')}账户"}[t]
        rows = [("案号", c.number), ("申请执行人", a.name), ("被执行人", r.name), ("被执行人住所", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人掌握的交易资料" if t != "boat" else "本人在船上工作所知"),
                ("提供人签名", "")]
        tall: tuple[int, ...] = (4,)
    elif code == "payment_account_confirmation":
        title = "申请执行人收取执行款账户确认书"
        holder = a.name if a.kind == "person" else f"{a.name}（委托代理人代收须另附授权）"
        rows = [("案号", c.number), ("申请执行人", a.name), ("账户名称", holder), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone if a.kind == "person" else c.agent_phone),
                ("申请执行人确认", "")]
        tall = ()
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [("案号", c.number), ("受送达人", a.name),
                ("送达地址", c.extra.get("island_addr", c.extra["firm_addr"] if a.kind == "organisation" else a.address)),
                ("收件人", c.agent if a.kind == "organisation" else a.name), ("联系电话", c.agent_phone),
                ("是否同意电子送达", "同意　手机号码及“福建移动微法院”"), ("受送达人确认", "")]
        tall = ()
    else:
        title = "财产申报表"
        rows = [("案号", c.number), ("申报人", r.name), ("银行存款", "见附页" if t == "tea" else
                                                       (f"{c.extra.get('r_bank', '')}一个账户" if t == "stay" else "农商行账户约几百元")),
                ("房产", "无" if t != "stay" else "自建房一处（宅基地，民宿经营用）"),
                ("车辆、船舶", f"渔船一艘（{c.extra.get('boat', '')}）" if t == "boat" else "无"),
                ("债权", f"{c.extra.get('debtor', '')}欠货款" if t == "tea" else "无"),
                ("申报人签名", "")]
        tall = ()
    s = Sheet()
    y = form_title(s, title, size=62 if len(title) < 12 else 54)
    w = s.width - LEFT - RIGHT
    hs = [mm(48) if i in tall else mm(17) for i in range(len(rows))]
    hs[-1] = mm(30)
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], [[k, ""] for k, _ in rows], song(36), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    ink = (35, 45, 120) if rng.random() < 0.7 else (30, 30, 30)
    for (_k, v), b in zip(rows, right, strict=True):
        if v:
            pen(s, b[0] + mm(4), b[1] + mm(3.5), v, rng, size=38, per_line=int((b[2] - b[0]) / 40), lead=mm(8), ink=ink)
    pen(s, right[-1][0] + mm(8), right[-1][1] + mm(8), signer, rng, size=56, ink=ink)
    pen(s, right[-1][0] + mm(70), right[-1][1] + mm(12), num_date(d), rng, size=40, ink=ink)
    note = ("注：1.申报人应当如实申报，拒绝报告或虚假报告的，人民法院可以予以罚款、拘留。2.不够填写的可另附页。"
            if code == "property_declaration_form" else "注：以上信息如有变更，应当及时书面告知人民法院，否则由此产生的后果自行承担。")
    yy = boxes[-1][3] + 24
    for part in wrap(note, song(30), w):
        s.text(LEFT, yy, part, song(30))
        yy += 44
    return s


def _e_receipt(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """福建省非税收入统一票据（电子）, printed from the e-invoice PDF on a half sheet, its 监制章 at the top."""
    s = Sheet(size=(A4[0], mm(148)))
    red = (178, 46, 40)
    oval_seal(s, s.width / 2, mm(17), "福建省财政厅", rng, rx=mm(16), ry=mm(10), inner="票据监制章")
    s.centred(mm(30), "福建省非税收入统一票据（电子）", font("serif_bold", 60), fill=red)
    sm = font("sans", 28)
    s.text(mm(14), mm(44), f"票据代码：35010124　票据号码：00{rng.randint(10**7, 10**8 - 1)}", sm, fill=red)
    s.text(mm(14), mm(50), f"交款人识别号：{c.applicant.id_number}", sm, fill=red)
    s.text(mm(14), mm(56), f"交款人：{c.applicant.name}", sm, fill=red)
    s.right(s.width - mm(14), mm(44), f"校验码：{rng.randint(10**5, 10**6 - 1)}", sm, fill=red)
    s.right(s.width - mm(14), mm(50), f"开票日期：{d:%Y-%m-%d}", sm, fill=red)
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）", "备注"],
            ["103040199", "诉讼费（申请执行费）", "件", "1", "", f"{c.extra['fee']}.00", c.number]]
    w = s.width - mm(28)
    grid(s, mm(14), mm(62), [mm(26), mm(44), mm(12), mm(12), mm(14), mm(26), w - mm(134)], rows, font("sans", 26),
         heights=mm(11), labels=(), frame=2, ink=red)
    fee = Decimal(c.extra["fee"])
    grid(s, mm(14), mm(84), [w - mm(56), mm(56)], [[f"金额合计（大写）　{money_caps(fee)}", f"（小写）{fee:,.2f}"]],
         font("sans", 26), heights=mm(11), labels=(), frame=2, ink=red)
    s.text(mm(14), mm(100), f"其他信息：{COURT}执行立案　缴款码 3501{rng.randint(10**11, 10**12 - 1)}", sm, fill=red)
    s.text(mm(14), mm(126), f"收款单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", sm, fill=red)
    seal(s, mm(70), mm(118), COURT, rng, radius=mm(15), inner="财务专用章")
    return s


def debtor_reply(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The distributor's reply to the 履行到期债务通知书, typed on its letterhead and stamped: a paper of its own,
    sent back through the lawyer's phone."""
    name = str(c.extra["debtor"])
    s = Sheet()
    blue = (20, 70, 140)
    s.text(mm(22), mm(14), name, font("sans_bold", 52), fill=blue)
    s.text(mm(22), mm(24), f"统一社会信用代码：{c.extra['debtor_code']}", font("sans", 28), fill=blue)
    s.line(mm(22), mm(31), s.width - mm(22), mm(31), width=5, fill=blue)
    s.centred(mm(44), "关于履行到期债务的回复函", font("sans_bold", 62))
    body = font("sans", 42)
    run = Flow([s], mm(60), left=mm(26), right=mm(24))
    run.para(f"{COURT}：", body, lead=76)
    for text in [f"贵院{c.number.replace('号', '号之一')}履行到期债务通知书已于{num_date(d - timedelta(days=6))}收悉。",
                 f"经核对，截至本函出具之日，我司尚欠{c.respondent.name}水产品货款人民币{Decimal(c.extra['receivable']):,.2f}元，"
                 "该款项已到付款期。我司对上述到期债务无异议。",
                 f"我司将按贵院通知，于{num_date(d + timedelta(days=12))}前将{money(c.amount)}汇入贵院执行款专户，"
                 "并不再向被执行人清偿该部分款项。",
                 "特此回复。"]:
        run.para(text, body, lead=76, first=body.size * 2)
    y = run.y + 120
    s.right(s.width - mm(34), y, name, body)
    s.right(s.width - mm(34), y + 80, num_date(d), body)
    seal(s, s.width - mm(34) - text_width(name, body) / 2, y + 40, name, rng, radius=mm(20))
    s.text(mm(26), y + 220, f"联系人：{c.extra['debtor_rep']}（财务）　电话：0591-8{rng.randint(1000000, 9999999)}", font("sans", 32))
    s.starts_document = True
    return sent_in([s])

