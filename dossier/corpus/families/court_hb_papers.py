"""What 甘州法院执行局 receives, much of it printed from a web browser on a mono laser: the 张掖中院 appeal judgment as
中国裁判文书网 shows it (site banner, contents column, natural persons as 王某某, the browser's head and foot), the
civil judgment as the 人民法院在线服务 page shows a served document, company pages of 国家企业信用信息公示系统, the
fiscal e-bill from 全国财政电子票据查验平台, the 执行查控 system's result page, 中国执行信息公开网's 失信 record,
送达平台 records and phone screenshots. Beside them the paper that came as paper: the 张掖仲裁委员会's award in a GB
楷 face, the court's own 生效证明书, the lawyers' typed applications and pre-printed 委托书 filled by hand, firm
letters, copies of licences and ID cards, and the window's ballpoint forms."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_hb_kit import (
    BALLPOINT,
    CARBON,
    COURT,
    MID,
    Browser,
    Flow,
    L,
    R,
    T,
    body,
    browser_frame,
    form_title,
    grid,
    issued,
    pen,
    screenshot_frame,
    verify_code,
    web_sheet,
    yyyymmdd,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "张掖仲裁委员会"
GREY = (110, 110, 110)
PALE = (225, 225, 225)


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _made(c: CaseCtx, code: str) -> date:
    from dossier.corpus.families.court_hb import made_on

    return made_on(c, code)


def _at(d: date, rng: random.Random, hours: tuple[int, int] = (8, 18)) -> datetime:
    return datetime(d.year, d.month, d.day, rng.randint(*hours), rng.randint(0, 59), rng.randint(0, 59))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    d = _made(c, code)
    if code == "enforcement_basis":
        return {"seed": _wenshu, "car": _award, "labour": _served_online}[_tale(c)](c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _e_licence(c, rng, d) if _tale(c) == "labour" else _licence_booklet(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "person":
            return _id_copy(c, p, rng)
        return _gsxt(c, p, rng) if p is c.respondent else _licence_copy(c, p, rng, d)
    if code == "fee_receipt":
        return _e_bill(c, rng, d)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _paid_out(c, rng, d) if _tale(c) == "seed" else _received_sms(c, rng, d)
    raise KeyError(code)


# --- 中国裁判文书网 ---------------------------------------------------------------------------------------------------

def _anon(name: str) -> str:
    return name[0] + ("某某" if len(name) > 2 or name[-1] in "伟强军" else "某")


def _web_paras(run: Flow, paras: list[tuple[str, str]], f: Font, lead: float) -> None:
    for kind, text in paras:
        if kind == "c":
            run.line(text, f, lead=lead, how="centre")
        elif kind == "r":
            run.line(text, f, lead=lead, how="right", at=mm(10))
        elif kind == "h":
            run.para(text, f, lead=lead)
        else:
            run.para(text, f, lead=lead, indent=f.size * 2)


def _wenshu(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """张掖中院's appeal judgment as 中国裁判文书网 shows it, printed from the browser by the company's lawyer."""
    a, r = c.applicant, c.respondent
    x = c.extra
    short_a, short_r = f"{x['brand']}公司", f"{x['village']}合作社"
    judged: date = x["judged_on"]
    filed2 = judged - timedelta(days=rng.randint(45, 70))
    hail = rng.choice(["七", "八"])
    paras: list[tuple[str, str]] = [
        ("c", MID), ("c", "民 事 判 决 书"), ("r", c.basis_number),
        ("h", f"上诉人（原审被告）：{r.name}，住所地甘肃省张掖市甘州区{x['town']}{x['village']}村。"),
        ("h", f"法定代表人：{_anon(r.legal_rep)}，该合作社理事长。"),
        ("h", f"委托诉讼代理人：{_anon(person_name(rng))}，男，该合作社会计。"),
        ("h", f"被上诉人（原审原告）：{a.name}，住所地甘肃省张掖市甘州区张掖经济技术开发区。"),
        ("h", f"法定代表人：{_anon(a.legal_rep)}，该公司执行董事。"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}（以下简称{short_r}）因与被上诉人{a.name}（以下简称{short_a}）种植、养殖回收合同纠纷一案，"
              f"不服甘肃省张掖市甘州区人民法院{x['first_no']}民事判决，向本院提起上诉。本院于{num_date(filed2)}立案后，依法组成"
              "合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{short_r}上诉请求：撤销一审判决，依法改判或发回重审。事实和理由：2022年{hail}月制种田遭受冰雹灾害，减产系"
              "不可抗力所致，合作社不应承担违约责任；即使承担，一审按短交部分价款20%计算的违约金也明显过高。"),
        ("p", f"{short_a}辩称：冰雹仅造成部分地块轻度受损，合作社将部分种子卖给他人才是短交的主要原因，一审判决正确，"
              "请求驳回上诉。"),
        ("p", f"{short_a}向一审法院起诉请求：判令{short_r}返还预付款并支付违约金。一审法院认定事实：2022年3月，双方签订"
              f"《杂交玉米种子生产合同》，约定由{short_r}组织社员在{x['village']}村种植{short_a}提供亲本的{x['variety']}制种田"
              f"{x['acres']}亩，于2022年11月30日前交售净度、发芽率、水分符合约定的合格种子不少于{x['expected']:,}公斤，收购价"
              f"每公斤{x['price']}元；{short_a}已支付预付款{x['advance']:,.2f}元。至交售期满，{short_r}仅交售合格种子"
              f"{x['got']:,}公斤。一审法院判决：{short_r}返还预付款{x['refund']:,.2f}元，支付违约金{x['first_penalty']:,.2f}元。"),
        ("p", "二审中，双方当事人均未提交新证据。本院对一审查明的事实予以确认。另查明，张掖市甘州区气象部门出具的证明载明，"
              f"2022年{hail}月{x['village']}村部分地块遭受冰雹。"),
        ("p", f"本院认为，双方签订的种子生产合同系真实意思表示，合法有效。{short_r}未按约交足合格种子，应当返还相应预付款并"
              "承担违约责任。冰雹灾害对减产有一定影响，但合作社未能证明短交全部系灾害所致，其不可抗力免责的主张不能成立；"
              "考虑到灾害因素及守约方的实际损失，一审确定的违约金过高，本院酌情调整为短交部分价款的10%，即"
              f"{x['penalty']:,.2f}元。依照《中华人民共和国民法典》第五百七十七条、第五百八十五条，《中华人民共和国民事诉讼法》"
              "第一百七十七条第一款第二项之规定，判决如下："),
        ("p", f"一、撤销甘肃省张掖市甘州区人民法院{x['first_no']}民事判决；"),
        ("p", f"二、{r.name}于本判决生效之日起十日内返还{a.name}预付款{x['refund']:,.2f}元，并支付违约金"
              f"{x['penalty']:,.2f}元，合计{c.amount:,.2f}元；"),
        ("p", f"三、驳回{a.name}的其他诉讼请求。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十条规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"一、二审案件受理费由{short_r}负担三分之二，{short_a}负担三分之一。"),
        ("p", "本判决为终审判决。"),
    ]
    judges = [("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))]
    when = _at(c.filed_on - timedelta(days=rng.randint(4, 12)), rng)
    b = Browser("中国裁判文书网", "https://wenshu.court.gov.cn/website/wenshu/181107ANFZ0BXSK4/index.html?docId="
                + _hex(rng, 32), when)
    s = web_sheet(b)
    x0, x1 = mm(12), s.width - mm(12)
    s.draw.rectangle((x0, mm(13), x1, mm(30)), fill=(70, 70, 70))
    s.text(x0 + mm(6), mm(15.5), "中国裁判文书网", font("sans_bold", 50), fill=(255, 255, 255))
    s.text(x0 + mm(72), mm(21), "China Judgements Online", font("sans", 26), fill=(230, 230, 230))
    s.right(x1 - mm(4), mm(19), f"欢迎您，{c.agent_phone[:3]}****{c.agent_phone[-4:]}　|　退出", font("microhei", 24),
            fill=(240, 240, 240))
    nav = ["首页", "高级检索", "刑事案件", "民事案件", "行政案件", "赔偿案件", "执行案件", "民族语言文书"]
    nx: float = x0 + mm(4)
    for item in nav:
        s.text(nx, mm(33), item, font("microhei", 26))
        nx += text_width(item, font("microhei", 26)) + mm(7)
    s.line(x0, mm(40), x1, mm(40), width=1, fill=GREY)
    side = mm(36)
    s.draw.rectangle((x0, mm(44), x0 + side, mm(44) + mm(86)), outline=GREY, width=1)
    s.text(x0 + mm(4), mm(46), "目录", font("sans_bold", 28))
    for k, item in enumerate(["首部", "当事人", "审理经过", "诉辩意见", "本院查明", "本院认为", "裁判结果", "落款"]):
        s.text(x0 + mm(6), mm(55) + k * mm(9), item, font("microhei", 24), fill=(60, 60, 60))
    left = x0 + side + mm(6)
    run = Flow([s], mm(46), left=left, right=mm(14), top=mm(16), bottom=mm(18), next_left=mm(16))
    tf = font("sans_bold", 36)
    run.para(f"{a.name}、{r.name}种植、养殖回收合同纠纷民事二审民事判决书", tf, lead=52)
    run.line(f"发布日期：{yyyymmdd(judged + timedelta(days=rng.randint(20, 30)))}　　　浏览：{rng.randint(40, 400)}次",
             font("microhei", 24), lead=40, fill=GREY)
    run.s.line(left, run.y, run.s.width - mm(14), run.y, width=1, fill=GREY)
    run.y += mm(5)
    f = font("serif", 31)
    _web_paras(run, paras, f, lead=54)
    run.need(330)
    for role, name in judges:
        run.line(f"{role}　{name}", f, lead=56, how="right", at=mm(24))
    run.line(cn_date(judged), f, lead=56, how="right", at=mm(24))
    run.line(f"书记员　{person_name(rng)}", f, lead=56, how="right", at=mm(24))
    b.sheets[:] = run.sheets
    last = b.sheets[-1]
    last.centred(last.height - mm(22), "中华人民共和国最高人民法院 版权所有　京ICP备05023036号", font("microhei", 22), fill=GREY)
    sheets = browser_frame(b, rng, wear=rng.choice(["bands", "toner", "toner+bands"]))
    first = sheets[0]
    pen(first, mm(14), mm(140), "已核对", rng, size=40, ink=BALLPOINT)
    pen(first, mm(14), mm(149), "生效证明", rng, size=40, ink=BALLPOINT)
    pen(first, mm(16), mm(159), c.clerk, rng, size=40, ink=BALLPOINT)
    return sheets


# --- 人民法院在线服务: the civil judgment as served online --------------------------------------------------------------

def _served_online(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's civil judgment (劳务合同纠纷) as the 人民法院在线服务 page shows a document served on the lawyer, printed
    from the browser: the platform's strip, the document's particulars, then the text with the court's e-seal in grey."""
    a, r = c.applicant, c.respondent
    x = c.extra
    judged: date = x["judged_on"]
    heard = judged - timedelta(days=rng.randint(20, 35))
    art = "第二百六十四条" if judged >= date(2024, 1, 1) else "第二百六十条"
    born = a.born or date(1980, 1, 1)
    paras: list[tuple[str, str]] = [
        ("c", COURT), ("c", "民事判决书"), ("r", c.basis_number),
        ("h", f"原告：{a.name}，男，{num_date(born)}出生，汉族，住{a.address}，公民身份号码{a.id_number}。"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
        ("h", f"法定代表人：{r.legal_rep}，该公司执行董事兼总经理。"),
        ("p", f"原告{a.name}与被告{r.name}劳务合同纠纷一案，本院立案后，依法适用简易程序，于{num_date(heard)}公开开庭进行了"
              f"审理。原告{a.name}及其委托诉讼代理人{c.agent}到庭参加诉讼，被告{r.name}经传票传唤无正当理由未到庭，本院依法"
              "缺席审理。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：判令被告支付劳务费{c.amount:,.2f}元。事实和理由：2022年4月，原告带领{x['crew']}名"
              f"瓦工、钢筋工进入被告承建的{x['site']}工地，承包主体砌筑及二次结构劳务。工程完工后，双方于2022年12月结算，"
              f"被告项目负责人在结算单上签字确认劳务费共计{x['total']:,.2f}元，被告已支付{x['paid']:,.2f}元，余款至今未付。"),
        ("p", "被告未答辩，亦未提交证据。"),
        ("p", "本院经审理认定事实如下：原告提交的劳务结算单、工地考勤表、被告向原告转账的银行流水相互印证，能够证明原告为被告"
              f"提供劳务及被告尚欠劳务费{c.amount:,.2f}元的事实，本院予以确认。"),
        ("p", "本院认为，原、被告之间形成劳务合同关系，原告已按约完成劳务，被告应当支付劳务报酬。被告经结算确认欠款后未付清，"
              "应当承担付款责任。依照《中华人民共和国民法典》第五百零九条、第五百七十九条，《中华人民共和国民事诉讼法》"
              "第一百四十七条之规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}劳务费{c.amount:,.2f}元。"),
        ("p", f"如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》{art}之规定，加倍支付迟延履行"
              "期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 * 2 + 50}元，减半收取{int(c.amount) // 100 + 25}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于甘肃省张掖市"
              "中级人民法院。"),
    ]
    when = _at(c.filed_on - timedelta(days=rng.randint(3, 8)), rng)
    b = Browser("文书详情 - 人民法院在线服务", f"https://zxfw.court.gov.cn/zxfw/#/pagesAjkj/common/wssd/index?id={_hex(rng, 24)}",
                when)
    s = web_sheet(b)
    x0, x1 = mm(12), s.width - mm(12)
    s.draw.rectangle((x0, mm(13), x1, mm(25)), fill=(200, 30, 40))
    s.text(x0 + mm(5), mm(15), "人民法院在线服务", font("sans_bold", 40), fill=(255, 255, 255))
    s.right(x1 - mm(5), mm(16.5), "甘肃　　我的　　退出", font("microhei", 26), fill=(255, 255, 255))
    served_at = _at(x["served_on"], rng)
    rows = [["文书名称", "民事判决书", "案号", c.basis_number], ["送达法院", COURT, "受送达人", f"{c.agent}（原告代理人）"],
            ["送达时间", f"{yyyymmdd(served_at)} {served_at:%H:%M:%S}", "状态", "已签收"]]
    grid(s, x0 + mm(4), mm(30), [mm(28), mm(62), mm(22), x1 - x0 - mm(120)], rows, font("microhei", 26), heights=mm(10),
         centre=(0, 2), frame=1)
    s.text(x0 + mm(4), mm(64), "下载　|　打印　|　全屏", font("microhei", 24), fill=GREY)
    run = Flow([s], mm(76), left=mm(20), right=mm(20), top=mm(16), bottom=mm(20))
    f = font("sans", 31)
    _web_paras(run, paras, f, lead=54)
    run.need(300)
    for role, name in (("审判员", c.judge), ):
        run.line(f"{role}　{name}", f, lead=60, how="right", at=mm(20))
    run.line(cn_date(judged), f, lead=60, how="right", at=mm(20))
    seal_xy = (run.s.width - mm(48), run.y - 40)
    run.line(f"书记员　{person_name(rng)}", f, lead=60, how="right", at=mm(20))
    seal(run.s, seal_xy[0], seal_xy[1], COURT, rng, radius=mm(19))
    b.sheets[:] = run.sheets
    return browser_frame(b, rng, wear=rng.choice(["", "bands", "toner"]))


# --- the 张掖仲裁委员会's award, came as paper --------------------------------------------------------------------------

def _gb(s: str) -> str:
    return s.replace("〇", "○")


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    x = c.extra
    made = c.basis_effective - timedelta(days=rng.randint(0, 2))
    heard = made - timedelta(days=rng.randint(18, 30))
    rented = date(2022, rng.randint(3, 8), rng.randint(1, 28))
    stop = date(2023, rng.randint(1, 3), rng.randint(1, 28))
    born = r.born or date(1985, 1, 1)
    paras = [
        ("h", f"申请人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。"),
        ("h", f"法定代表人：{a.legal_rep}，执行董事兼总经理。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{r.name}，{r.sex}，{num_date(born)}出生，住{r.address}，公民身份号码{r.id_number}。"),
        ("p", f"本会依据申请人与被申请人签订的《汽车租赁合同》中的仲裁条款及申请人的仲裁申请，受理了双方之间的租赁合同纠纷"
              f"一案。本案适用简易程序，由独任仲裁员审理，于{num_date(heard)}开庭。被申请人经合法通知，无正当理由未到庭，"
              "仲裁庭依法缺席审理。本案现已审理终结。"),
        ("p", f"申请人称：{num_date(rented)}，被申请人向申请人租用{x['car']}小型普通客车一辆（号牌{x['plate']}），约定月租金"
              f"{x['monthly']:,.0f}元，按月预付。自{num_date(stop)}起，被申请人停止支付租金，经多次催告仍不付款，亦不交还车辆，"
              "车载定位装置已被拆除。请求裁决被申请人返还车辆、支付欠付租金及违约金，不能返还车辆的，赔偿车辆损失。"),
        ("p", f"仲裁庭查明：申请人所述租赁事实有合同、交车单、租金收付记录及催告短信为证，仲裁庭予以确认。截至开庭之日，"
              f"被申请人欠付租金{x['months']}个月，计{x['arrears']:,.2f}元。经申请人委托评估，该车辆的市场价值为"
              f"{x['car_value']:,.2f}元。"),
        ("p", "仲裁庭认为，双方之间的租赁合同合法有效。被申请人逾期不付租金、拒不返还租赁物，构成根本违约，应当支付欠付租金，"
              "并按照合同约定支付违约金；车辆已无法查找，申请人主张以车辆价值赔偿损失，予以支持。依照《中华人民共和国民法典》"
              "第七百零三条、第七百二十一条、第七百二十二条、第五百八十五条，《中华人民共和国仲裁法》第四十二条第二款的规定，"
              "裁决如下："),
        ("p", f"一、被申请人{r.name}向申请人{a.name}支付欠付租金{x['arrears']:,.2f}元；"),
        ("p", f"二、被申请人向申请人支付违约金{x['penalty']:,.2f}元；"),
        ("p", f"三、被申请人赔偿申请人车辆损失{x['car_value']:,.2f}元；"),
        ("p", f"以上三项合计{c.amount:,.2f}元，于本裁决书送达之日起十日内付清。"),
        ("p", f"本案仲裁费{x['arb_fee']:,.2f}元，由被申请人承担（申请人已预交，被申请人随上述款项一并支付给申请人）。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(T - mm(2), ARB, font("serif_bold", 66), spacing=22)
    s.centred(T + 100, "裁　决　书", font("serif_bold", 76), spacing=10)
    run = Flow(sheets, T + 230, left=mm(28), right=mm(26))
    run.line(c.basis_number, font("wenkai", 40), lead=92, how="right")
    f = font("kai_gb", 44)
    for kind, text in paras:
        run.para(_gb(text), f, lead=78, indent=f.size * 2 if kind == "p" else 0, hang=0 if kind == "p" else f.size * 2)
    run.need(330)
    last, y = run.s, run.y + 60
    xr = last.width - mm(40)
    last.right(xr, y, f"独任仲裁员　{person_name(rng)}", f)
    when = _gb(cn_date(made))
    last.right(xr, y + 100, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 110, ARB, rng, radius=mm(21))
    last.right(xr, y + 200, f"书　记　员　{person_name(rng)}", f)
    m = len(run.sheets)
    for n, sh in enumerate(run.sheets, 1):
        if m > 1:
            sh.right(sh.width - mm(26), sh.height - mm(18), f"第{n}页/共{m}页", font("kai_gb", 30))
            sh.page_of = (n, m)
    return run.sheets


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if _tale(c) == "car":
        d = c.basis_effective + timedelta(days=rng.randint(20, 30))
        s = Sheet()
        s.centred(T, ARB, font("serif_bold", 62), spacing=16)
        s.centred(T + 110, "裁决书生效证明", font("serif_bold", 70), spacing=8)
        run = Flow([s], T + 260, left=mm(28), right=mm(26))
        f = font("kai_gb", 44)
        run.para(f"{COURT}：", f, lead=80)
        run.para(_gb(f"申请人{a.name}与被申请人{r.name}租赁合同纠纷一案，本会于{cn_date(c.basis_effective)}作出"
                     f"{c.basis_number}裁决书。该裁决书已于{cn_date(c.basis_effective + timedelta(days=4))}以邮寄方式送达被申请人。"
                     "本裁决为终局裁决，自作出之日起发生法律效力。截至本证明出具之日，本会未收到人民法院撤销或者不予执行该"
                     "裁决的通知。"), f, lead=80, indent=88)
        run.para("特此证明。", f, lead=80, indent=88)
        y = run.y + 140
        when = _gb(cn_date(d))
        s.right(s.width - mm(40), y, when, f)
        seal(s, s.width - mm(40) - text_width(when, f) / 2, y + 10, ARB, rng, radius=mm(21))
        s.text(mm(28), y + 200, f"经办人：{person_name(rng)}　　联系电话：0936-82{rng.randint(10000, 99999)}", font("kai_gb", 34))
        return [s]
    # the trial court's certificate that the appeal judgment is in force, fetched by the company's lawyer for the filing
    d = c.filed_on - timedelta(days=rng.randint(1, 3))
    return issued(c, rng, "生效证明书", [
        ("p", f"原告{a.name}与被告{r.name}种植、养殖回收合同纠纷一案，本院于{cn_date(c.extra['judged_on'] - timedelta(days=130))}"
              f"作出{c.extra['first_no']}民事判决。被告不服，提起上诉。甘肃省张掖市中级人民法院于"
              f"{cn_date(c.extra['judged_on'])}作出{c.basis_number}民事判决，该判决为终审判决，已于{cn_date(c.basis_effective)}"
              "送达双方当事人，自送达之日起发生法律效力。"),
        ("p", "特此证明。"),
        ("n", "（本证明用于申请强制执行。申请人提交的二审判决书系中国裁判文书网打印件，经本院核对，内容与本院存档的判决书"
              "正本一致。）"),
        ("n", f"经办：民事审判第一庭　{person_name(rng)}"),
    ], day=d, number=c.extra["first_no"].replace("号", "号之一"), clerk=False)


# --- what the lawyers typed ----------------------------------------------------------------------------------------

def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return (f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，"
            f"公民身份号码{p.id_number}。")


def _lawyer_face(c: CaseCtx) -> tuple[str, str]:
    return {"seed": ("serif", "serif_bold"), "car": ("sans", "hei"), "labour": ("ming", "serif_bold")}[_tale(c)]


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    face, title_face = _lawyer_face(c)
    s = Sheet()
    s.centred(T, "强制执行申请书" if _tale(c) != "car" else "执行申请书", font(title_face, 72), spacing=16)
    run = Flow([s], T + 150, left=mm(27), right=mm(25))
    f = font(face, 40)
    lead = 72
    basis = {"seed": f"甘肃省张掖市中级人民法院{c.basis_number}民事判决书",
             "car": f"张掖仲裁委员会{c.basis_number}裁决书",
             "labour": f"贵院{c.basis_number}民事判决书"}[_tale(c)]
    if _tale(c) == "seed":
        story = ("申请人与被申请人种植、养殖回收合同纠纷一案，经贵院一审、张掖市中级人民法院二审，二审法院于"
                 f"{num_date(c.extra['judged_on'])}作出终审判决，被申请人应返还申请人预付款并支付违约金，合计{c.amount:,.2f}元。"
                 "判决生效后，被申请人以今年制种款尚未结算为由拒不付款。")
    elif _tale(c) == "car":
        story = (f"申请人与被申请人租赁合同纠纷一案，张掖仲裁委员会于{num_date(c.basis_effective)}作出裁决，被申请人应向申请人"
                 f"支付租金、违约金并赔偿车辆损失，合计{c.amount:,.2f}元。裁决生效后，被申请人既不付款，也不交还车辆，"
                 "电话时通时不通。")
    else:
        story = (f"申请人带领班组为被申请人承建的{c.extra['site']}提供砌筑劳务，被申请人拖欠劳务费，经贵院判决应支付"
                 f"{c.amount:,.2f}元。判决生效后被申请人至今分文未付，班组工人的工钱至今无法结清。")
    blocks = [("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
              ("h", f"委托代理人：{c.agent}，{c.firm}律师，联系电话：{c.agent_phone}。"),
              ("h", f"被执行人：{_who(r)}"),
              ("t", "执行请求："),
              ("p", f"一、依法强制执行{basis}，责令被执行人支付{money(c.amount)}；"),
              ("p", "二、责令被执行人加倍支付迟延履行期间的债务利息；"),
              ("p", "三、请求对被执行人采取限制消费措施；被执行人拒不履行的，将其纳入失信被执行人名单；"),
              ("p", "四、本案执行费用由被执行人负担。"),
              ("t", "事实与理由："),
              ("p", story),
              ("p", "为维护申请执行人的合法权益，依照《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"
                    "申请执行人提供的被执行人财产线索见《财产线索提供表》。"),
              ("t", "此致"), ("t", COURT)]
    for kind, text in blocks:
        if kind == "t":
            run.line(text, f, lead=lead)
        else:
            run.para(text, f, lead=lead, indent=f.size * 2 if kind == "p" else 0, hang=0 if kind == "p" else f.size * 2)
    run.need(300)
    last, y = run.s, run.y + 60
    last.text(last.width - mm(105), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(48), y + 16, a.name, rng, radius=mm(19))
        hand(last, last.width - mm(60), y + 90, a.legal_rep, rng, size=52, ink=INK)
    else:
        hand(last, last.width - mm(58), y - 8, a.name, rng, size=58, ink=INK)
        last.draw.ellipse((last.width - mm(30), y, last.width - mm(30) + 34, y + 44), fill=(190, 40, 40))
    last.right(last.width - mm(30), y + 190, num_date(d), f)
    return run.sheets


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The firm's pre-printed 授权委托书, its blanks filled in by hand."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(20), c.firm, font("sans", 36), spacing=6)
    s.centred(mm(32), "授 权 委 托 书", font("serif_bold", 76), spacing=6)
    f = font("serif", 38)
    y = mm(60)
    rows = [("委托人：", a.name), ("法定代表人：" if a.kind == "organisation" else "身份证号：",
                                   a.legal_rep if a.kind == "organisation" else a.id_number),
            ("受托人：", c.agent), ("工作单位：", c.firm), ("职务：", "律师"), ("联系电话：", c.agent_phone)]
    for label, value in rows:
        s.text(L, y, label, f)
        lx = L + text_width(label, f)
        s.line(lx, y + 48, s.width - R, y + 48, width=1)
        pen(s, lx + mm(4), y - 4, value, rng, size=46)
        y += mm(13)
    y += mm(4)
    s.text(L + 76, y, "现委托上列受托人在", f)
    s.line(L + 76 + text_width("现委托上列受托人在", f), y + 48, s.width - R, y + 48, width=1)
    pen(s, L + 76 + text_width("现委托上列受托人在", f) + mm(2), y - 4, f"与{r.name}", rng, size=40, per_line=0)
    y += mm(12)
    s.line(L, y + 48, L + mm(80), y + 48, width=1)
    pen(s, L + mm(2), y - 4, "申请执行", rng, size=44)
    s.text(L + mm(82), y, "一案中，作为我方的代理人。", f)
    y += mm(16)
    s.text(L + 76, y, "代理权限：", f)
    pen(s, L + 76 + text_width("代理权限：", f), y - 4, "特别授权", rng, size=46)
    y += mm(12)
    for line in ["（特别授权：代为申请执行、提供财产线索、申请采取执行措施，代为和解、", "签署和解协议，代为领取执行款，代为签收法律文书，"
                 "申请终结本次", "执行程序、恢复执行等。）"]:
        s.text(L, y, line, font("serif", 34))
        y += mm(9)
    y += mm(14)
    s.text(L, y, "委托人（签名或盖章）：", f)
    s.text(s.width / 2 + mm(10), y, "受托人（签名）：", f)
    if a.kind == "organisation":
        seal(s, L + mm(60), y + mm(22), a.name, rng, radius=mm(18))
        pen(s, L + mm(20), y + mm(14), a.legal_rep, rng, size=52, ink=INK)
    else:
        pen(s, L + mm(20), y + mm(14), a.name, rng, size=56, ink=INK)
        s.draw.ellipse((L + mm(62), y + mm(15), L + mm(62) + 36, y + mm(15) + 46), fill=(190, 40, 40))
    pen(s, s.width / 2 + mm(30), y + mm(14), c.agent, rng, size=54, ink=INK)
    pen(s, s.width - R - mm(70), y + mm(40), num_date(d), rng, size=44)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.text(L, T - mm(8), c.firm, font("hei", 62), spacing=6)
    s.text(L, T + 56, "GANSU LAW FIRM · ZHANGYE", font("sans", 24), spacing=4)
    s.line(L, T + 96, s.width - R, T + 96, width=5)
    no = f"甘{c.firm[2:4]}律函字〔{c.filed_on.year}〕第{rng.randint(8, 160)}号"
    s.right(s.width - R, T + 120, no, font("serif", 36))
    s.centred(T + 200, "律 师 事 务 所 函", font("serif_bold", 64), spacing=6)
    run = Flow([s], T + 320, left=L, right=R)
    f = font("serif", 40)
    run.line(f"{COURT}执行局：", f, lead=74)
    run.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案"
             "申请执行人的委托代理人，代为申请强制执行及参与执行程序。", f, lead=74, indent=80)
    run.para("请予接洽为荷。", f, lead=74, indent=80)
    run.para("附：授权委托书一份；律师执业证复印件一份。", f, lead=74, indent=80)
    y = run.y + 110
    s.right(s.width - R - mm(10), y, c.firm, f)
    s.right(s.width - R - mm(10), y + 80, num_date(d), f)
    seal(s, s.width - R - mm(42), y + 40, c.firm, rng, radius=mm(20))
    s.line(L, s.height - mm(36), s.width - R, s.height - mm(36), width=1)
    s.text(L, s.height - mm(32), f"地址：{c.extra['firm_addr']}　　律师：{c.agent}　执业证号：{c.extra['licence']}　"
           f"电话：{c.agent_phone}", font("sans", 24))
    return [s]


def _licence_booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 booklet opened on the copier: photo page and particulars page, grey copier tone round them."""
    s = Sheet()
    x0, y0, w, h = mm(20), mm(36), mm(170), mm(112)
    s.draw.rectangle((x0 - mm(4), y0 - mm(4), x0 + w + mm(4), y0 + h + mm(4)), fill=(200, 200, 200))
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(242, 242, 242))
    s.line(x0 + w / 2, y0, x0 + w / 2, y0 + h, width=3, fill=(150, 150, 150))
    s.draw.rectangle((x0 + mm(18), y0 + mm(12), x0 + mm(52), y0 + mm(56)), fill=(120, 120, 120))
    f = font("serif", 30)
    s.text(x0 + mm(8), y0 + mm(66), f"持证人：{c.agent}", f)
    s.text(x0 + mm(8), y0 + mm(76), f"性　别：{rng.choice('男女')}", f)
    s.text(x0 + mm(8), y0 + mm(86), "身份证号：6207" + "*" * 10 + f"{rng.randint(1000, 9999)}", f)
    seal(s, x0 + mm(58), y0 + mm(52), "甘肃省司法厅", rng, radius=mm(15))
    rx = x0 + w / 2 + mm(8)
    s.text(rx, y0 + mm(8), "中华人民共和国律师执业证", font("serif_bold", 34))
    for k, (label, value) in enumerate([("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                                        ("法律职业资格或律师资格证号", f"A2010{rng.randint(10**9, 10**10 - 1)}"),
                                        ("发证机关", "甘肃省司法厅"), ("发证日期", f"{rng.randint(2012, 2019)}年{rng.randint(1, 12)}月")]):
        s.text(rx, y0 + mm(22) + k * mm(14), f"{label}：", font("serif", 26))
        s.text(rx, y0 + mm(28) + k * mm(14), value, f)
    s.text(x0, y0 + h + mm(14), "年度考核备案：" + f"{c.filed_on.year - 1}年度　称职　甘肃省张掖市司法局（章）", font("serif", 30))
    hand(s, x0 + mm(8), y0 + h + mm(36), "复印件与原件一致", rng, size=56, ink=INK)
    hand(s, x0 + mm(110), y0 + h + mm(38), c.agent, rng, size=56, ink=INK)
    return [s]


def _e_licence(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The lawyer's 电子律师执业证 as a phone screenshot, printed on A4, the window clerk's note under it."""
    s = Sheet()
    s.centred(mm(18), "律师电子执业证（截图打印）", font("sans", 38))
    x, y, w, h = mm(50), mm(30), mm(110), mm(200)
    shot = _at(d, rng)
    top = screenshot_frame(s, x, y, w, h, clock=f"{shot:%H:%M}", battery=rng.randint(30, 95))
    s.text(x + mm(6), top + mm(2), "〈　电子执业证", font("sans_bold", 32))
    s.draw.rectangle((x + mm(6), top + mm(14), x + w - mm(6), top + mm(118)), outline=(80, 80, 80), width=2)
    s.centred(top + mm(18), "中华人民共和国律师执业证", font("serif_bold", 34), x0=x, x1=x + w)
    s.draw.rectangle((x + mm(38), top + mm(30), x + mm(72), top + mm(70)), fill=(135, 135, 135))
    f = font("sans", 28)
    for k, (label, value) in enumerate([("持证人", c.agent), ("执业机构", c.firm), ("执业证号", c.extra["licence"]),
                                        ("执业状态", "正常执业"), ("发证机关", "甘肃省司法厅")]):
        s.text(x + mm(12), top + mm(76) + k * mm(8), f"{label}：{value}", f)
    verify_code(s, x + mm(40), top + mm(124), rng, side=mm(30))
    s.centred(top + mm(162), f"动态码每60秒刷新　{shot:%Y-%m-%d %H:%M:%S}", font("sans", 22), x0=x, x1=x + w)
    s.image = s.image.convert("L").convert("RGB")
    pen(s, mm(40), y + h + mm(12), f"已现场核验电子执业证　{c.clerk} {d.month}.{d.day}", rng, size=44)
    return [s]


# --- identity papers -----------------------------------------------------------------------------------------------

def _licence_copy(c: CaseCtx, p: Party, rng: random.Random, d: date) -> list[Sheet]:
    """The applicant's 营业执照 (副本) photocopied at reduced size, the 法定代表人身份证明书 typed under it."""
    s = Sheet()
    x0, y0, x1, y1 = mm(22), mm(18), s.width - mm(22), mm(158)
    s.draw.rectangle((x0, y0, x1, y1), fill=(236, 236, 236))
    for k, wd in ((0, 7), (mm(3), 2)):
        s.box(x0 + mm(3) + k, y0 + mm(3) + k, x1 - mm(3) - k, y1 - mm(3) - k, width=wd, outline=(90, 90, 90))
    s.draw.ellipse(((x0 + x1) / 2 - mm(8), y0 + mm(8), (x0 + x1) / 2 + mm(8), y0 + mm(24)), outline=(90, 90, 90), width=3)
    s.centred(y0 + mm(27), "营　业　执　照", font("serif_bold", 80), spacing=10)
    s.centred(y0 + mm(44), "（副　本）", font("serif", 32))
    f = font("serif", 30)
    s.text(x0 + mm(10), y0 + mm(53), f"统一社会信用代码　{p.id_number}", f)
    s.right(x1 - mm(10), y0 + mm(53), f"编号：S{rng.randint(10**13, 10**14 - 1)}", font("serif", 26))
    kind = "汽车租赁；二手车经纪；机动车修理和维护" if "租赁" in p.name else "主要农作物种子生产、加工、销售；农业技术推广服务"
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", kind), ("注册资本", f"{rng.choice([300, 500, 1000, 3000])}万元整"),
            ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    y = y0 + mm(62)
    for label, value in rows:
        s.text(x0 + mm(10), y, label, f)
        s.text(x0 + mm(42), y, value[:34], f)
        y += mm(8)
    verify_code(s, x1 - mm(34), y0 + mm(8), rng, side=mm(20))
    s.text(x1 - mm(76), y1 - mm(20), "登记机关", f)
    seal(s, x1 - mm(40), y1 - mm(18), "张掖市市场监督管理局", rng, radius=mm(15))
    s.text(x1 - mm(80), y1 - mm(12), f"{d.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    hand(s, x0 + mm(10), y1 + mm(3), "与原件一致", rng, size=52, ink=INK)
    seal(s, x0 + mm(70), y1 + mm(2), p.name, rng, radius=mm(17))
    y = y1 + mm(30)
    s.centred(y, "法定代表人身份证明书", font("serif_bold", 56), spacing=6)
    run = Flow([s], y + mm(20), left=mm(28), right=mm(26))
    run.para(f"{p.legal_rep}，现任我公司执行董事兼总经理，系我公司法定代表人。", font("serif", 38), lead=70, indent=76)
    run.para("特此证明。", font("serif", 38), lead=70, indent=76)
    run.s.right(run.s.width - mm(34), run.y + 70, num_date(d), font("serif", 38))
    seal(run.s, run.s.width - mm(60), run.y + 70, p.name, rng, radius=mm(18))
    return [s]


def _id_copy(c: CaseCtx, p: Party, rng: random.Random) -> list[Sheet]:
    """Both faces of the resident ID card, one above the other, copied grey; the holder's restriction note across."""
    s = Sheet()
    w, h = mm(90), mm(57)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    y1 = mm(34)
    y2 = y1 + h + mm(18)
    for y in (y1, y2):
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(222, 222, 222), outline=(110, 110, 110), width=2)
    lab, val = font("hei", 24), font("hei", 31)
    born = p.born or date(1980, 1, 1)
    ty = y1 + mm(6)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year} 年 {born.month} 月 {born.day} 日")):
        s.text(x + mm(5), ty, label, lab, fill=(90, 90, 90))
        s.text(x + mm(17), ty - 3, value, val)
        ty += mm(8)
    s.text(x + mm(5), ty, "住址", lab, fill=(90, 90, 90))
    for k in range(0, len(p.address), 10):
        s.text(x + mm(17), ty - 3, p.address[k:k + 10], val)
        ty += mm(5.5)
    s.text(x + mm(5), y1 + h - mm(9), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(28), y1 + h - mm(10), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(27), y1 + mm(7), x + w - mm(5), y1 + mm(36)), fill=(130, 130, 130))
    s.text(x + mm(26), y2 + mm(8), "中华人民共和国", font("hei", 38))
    s.text(x + mm(18), y2 + mm(19), "居民身份证", font("hei", 58), spacing=12)
    s.draw.ellipse((x + mm(5), y2 + mm(5), x + mm(20), y2 + mm(20)), outline=(100, 100, 100), width=3)
    office = {"620702": "张掖市公安局甘州分局", "620722": "民乐县公安局", "620723": "临泽县公安局",
              "620725": "山丹县公安局"}.get(p.id_number[:6], "张掖市公安局甘州分局")
    s.text(x + mm(8), y2 + h - mm(17), f"签发机关　{office}", lab)
    start = f"{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}"
    year = rng.randint(2013, 2021)
    s.text(x + mm(8), y2 + h - mm(10), f"有效期限　{year}.{start}-{year + 20}.{start}", lab)
    if _tale(c) == "car":
        note = f"仅供{c.applicant.name[3:-4]}公司租车使用，他用无效"
    else:
        note = "此复印件仅用于申请强制执行"
    hand(s, x - mm(14), y2 + h + mm(18), note, rng, size=50, ink=INK)
    hand(s, x + mm(60), y2 + h + mm(36), p.name, rng, size=56, ink=INK)
    s.draw.ellipse((x + mm(100), y2 + h + mm(36), x + mm(100) + 36, y2 + h + mm(36) + 46), fill=(185, 45, 45))
    return [s]


def _gsxt(c: CaseCtx, p: Party, rng: random.Random) -> list[Sheet]:
    """The respondent's page of 国家企业信用信息公示系统, printed by the applicant's lawyer: two sheets."""
    coop = "合作社" in p.name
    when = _at(c.filed_on - timedelta(days=rng.randint(3, 7)), rng)
    b = Browser(f"{p.name} - 国家企业信用信息公示系统", "https://www.gsxt.gov.cn/%7B" + _hex(rng, 40).upper() + "%7D", when)
    s = web_sheet(b)
    x0, x1 = mm(12), s.width - mm(12)
    s.draw.rectangle((x0, mm(13), x1, mm(29)), fill=(60, 60, 60))
    s.text(x0 + mm(5), mm(16), "国家企业信用信息公示系统", font("sans_bold", 44), fill=(255, 255, 255))
    s.text(x0 + mm(5), mm(24), "National Enterprise Credit Information Publicity System", font("sans", 20),
           fill=(220, 220, 220))
    s.text(x0 + mm(4), mm(35), p.name, font("sans_bold", 42))
    tag = "存续（在营、开业、在册）"
    tx = x0 + mm(6) + text_width(p.name, font("sans_bold", 42))
    s.draw.rectangle((tx, mm(35.5), tx + text_width(tag, font("microhei", 24)) + mm(4), mm(41.5)), outline=GREY, width=2)
    s.text(tx + mm(2), mm(36.5), tag, font("microhei", 24))
    s.text(x0 + mm(4), mm(46), f"统一社会信用代码：{p.id_number}　　法定代表人：{p.legal_rep}　　登记机关：张掖市甘州区市场监督管理局",
           font("microhei", 24))
    tabs = ["基础信息", "行政许可信息", "行政处罚信息", "列入经营异常名录信息", "列入严重违法失信名单（黑名单）信息"]
    tx = x0
    for k, t in enumerate(tabs):
        tw = text_width(t, font("microhei", 24)) + mm(6)
        if k == 0:
            s.draw.rectangle((tx, mm(53), tx + tw, mm(60)), fill=(80, 80, 80))
        s.text(tx + mm(3), mm(54), t, font("microhei", 24), fill=(255, 255, 255) if k == 0 else INK)
        tx += tw
    s.line(x0, mm(60), x1, mm(60), width=2, fill=(80, 80, 80))
    s.text(x0 + mm(2), mm(64), "■ 营业执照信息", font("sans_bold", 30))
    born = f"{rng.randint(2009, 2019)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"
    scope = ("组织成员开展玉米制种；组织采购、供应成员所需的农业生产资料；组织收购、销售成员生产的农产品；"
             "提供农业技术、信息服务。" if coop else "房屋建筑工程、市政公用工程施工；建筑劳务分包；建筑材料销售。")
    rows = [["统一社会信用代码", p.id_number, "企业名称", p.name],
            ["类型", "农民专业合作社" if coop else "有限责任公司（自然人独资）", "法定代表人", p.legal_rep],
            ["成员出资总额" if coop else "注册资本", f"{rng.choice([50, 100, 200, 500])}.000000万人民币", "成立日期", born],
            ["营业期限自", born, "营业期限至", "长期"],
            ["登记机关", "张掖市甘州区市场监督管理局", "核准日期", f"{c.filed_on.year - 1}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"],
            ["登记状态", "存续（在营、开业、在册）"], ["住所", p.address], ["经营范围", scope]]
    w = x1 - x0 - mm(4)
    grid(s, x0 + mm(2), mm(72), [mm(36), mm(58), mm(30), w - mm(124)], rows, font("microhei", 25),
         heights=[mm(11)] * 6 + [mm(11), mm(20)], centre=(0, 2), frame=1, ink=(70, 70, 70))
    y = mm(72) + mm(11) * 7 + mm(20) + mm(10)
    s.text(x0 + mm(2), y, "■ 主要人员信息　　共计2条信息", font("sans_bold", 30))
    y += mm(9)
    people = [(p.legal_rep, "理事长" if coop else "执行董事兼总经理"), (person_name(rng), "监事" if not coop else "执行监事")]
    for k, (name, role) in enumerate(people):
        s.draw.rectangle((x0 + mm(2) + k * mm(62), y, x0 + mm(58) + k * mm(62), y + mm(18)), outline=GREY, width=1)
        s.text(x0 + mm(6) + k * mm(62), y + mm(2), name, font("sans_bold", 28))
        s.text(x0 + mm(6) + k * mm(62), y + mm(10), role, font("microhei", 24), fill=GREY)
    s2 = web_sheet(b)
    s2.text(x0 + mm(2), mm(16), "■ 成员名册（部分）" if coop else "■ 股东及出资信息", font("sans_bold", 30))
    if coop:
        rows2 = [["序号", "成员姓名", "成员类型", "出资额（万元）"]] + [
            [str(k), person_name(rng)[0] + "某某", "农民", f"{rng.randint(2, 12)}.0"] for k in range(1, 9)]
    else:
        rows2 = [["股东名称", "股东类型", "认缴出资额（万元）", "认缴出资日期"],
                 [p.legal_rep, "自然人股东", f"{rng.choice([100, 200, 300])}.0", f"{rng.randint(2030, 2045)}年12月31日"]]
    grid(s2, x0 + mm(2), mm(26), [mm(34), mm(52), mm(40), w - mm(126)], rows2, font("microhei", 25), heights=mm(10),
         centre=(0, 1, 2, 3), frame=1, ink=(70, 70, 70))
    y = mm(26) + mm(10) * len(rows2) + mm(12)
    for t in ["■ 分支机构信息　　暂无分支机构信息", "■ 清算信息　　暂无清算信息", "■ 动产抵押登记信息　　暂无动产抵押登记信息",
              "■ 股权出质登记信息　　暂无股权出质登记信息", "■ 列入经营异常名录信息　　暂无列入经营异常名录信息"]:
        s2.text(x0 + mm(2), y, t, font("sans", 28))
        y += mm(12)
    s2.centred(y + mm(20), "主办单位：国家市场监督管理总局　　地址：北京市西城区三里河东路八号　　京ICP备18022388号",
               font("microhei", 22), fill=GREY)
    return browser_frame(b, rng, wear=rng.choice(["", "bands", "streak"]))


# --- money papers --------------------------------------------------------------------------------------------------

def _e_bill(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The fiscal e-bill for the 申请执行费, opened on 全国财政电子票据查验平台 and printed from the browser."""
    when = _at(d + timedelta(days=rng.randint(0, 2)), rng)
    b = Browser("全国财政电子票据查验平台", f"https://pjcy.mof.gov.cn/ebill/check/result?code=62{_hex(rng, 14)}", when)
    s = web_sheet(b)
    x0, x1 = mm(12), s.width - mm(12)
    s.text(x0, mm(14), "全国财政电子票据查验平台", font("sans_bold", 40))
    s.text(x0, mm(24), "查验结果：该票据信息与财政部门电子票据信息一致，票据真实有效。查验次数：1", font("microhei", 26))
    s.line(x0, mm(31), x1, mm(31), width=1, fill=GREY)
    bx0, by0 = x0 + mm(4), mm(38)
    s.box(bx0, by0, x1 - mm(4), by0 + mm(140), width=2, outline=(60, 60, 60))
    s.centred(by0 + mm(6), "甘肃省非税收入统一票据（电子）", font("song_gb", 52), spacing=2)
    verify_code(s, bx0 + mm(6), by0 + mm(4), rng, side=mm(18))
    f = font("microhei", 25)
    code, num = f"620{rng.randint(10**4, 10**5 - 1)}", f"{rng.randint(10**9, 10**10 - 1)}"
    s.text(bx0 + mm(6), by0 + mm(28), f"票据代码：{code}", f)
    s.text(bx0 + mm(70), by0 + mm(28), f"票据号码：{num}", f)
    s.text(bx0 + mm(130), by0 + mm(28), f"开票日期：{yyyymmdd(d)}", f)
    s.text(bx0 + mm(6), by0 + mm(35), f"交款人统一社会信用代码：{c.applicant.id_number}", f)
    s.text(bx0 + mm(110), by0 + mm(35), f"校验码：{_hex(rng, 6)}", f)
    s.text(bx0 + mm(6), by0 + mm(42), f"交款人：{c.applicant.name}", f)
    fee: Decimal = c.extra["fee"]
    w = x1 - bx0 - mm(16)
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            ["103040101", "诉讼费（申请执行费）", "件", "1", f"{fee:.2f}", f"{fee:,.2f}"],
            ["", "", "", "", "", ""], ["金额合计（大写）", money_caps(fee), "（小写）", f"{fee:,.2f}"],
            ["其他信息", f"案号：{c.number}；经办：{c.clerk}"]]
    grid(s, bx0 + mm(6), by0 + mm(50), [mm(30), mm(52), mm(16), mm(16), mm(24), w - mm(138)], rows, f, heights=mm(11),
         centre=(0, 2, 3, 4, 5), frame=2)
    s.text(bx0 + mm(6), by0 + mm(112), f"收款单位（章）：{COURT}", f)
    s.text(bx0 + mm(6), by0 + mm(122), f"复核人：{person_name(rng)}　　　收款人：{person_name(rng)}", f)
    seal(s, bx0 + mm(70), by0 + mm(112), COURT, rng, radius=mm(16), inner="财务专用章")
    return browser_frame(b, rng, wear=rng.choice(["", "", "toner"]))


def _paid_out(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The seed case's money: the court's 执行款发放凭证 (a form from the 案款 system, signed and sealed), then the
    bank's online 回单 of the transfer, printed from the corporate web bank."""
    s = Sheet()
    y = form_title(s, "执行案款发放凭证")
    s.text(L, y - 24, f"案号：{c.number}", body(34))
    s.right(s.width - R, y - 24, f"凭证号：AK{c.filed_on.year}{rng.randint(10**5, 10**6 - 1)}", body(32))
    y += 30
    w = s.width - L - R
    paid_in: date = c.extra["paid_on"]
    rows = [["交款人", c.respondent.name, "到账日期", num_date(paid_in)],
            ["到账金额", f"{c.amount + c.extra['fee']:,.2f}元", "其中执行费", f"{c.extra['fee']:,.2f}元"],
            ["领款人", c.applicant.name, "发放金额", f"{c.amount:,.2f}元"], ["金额大写", money_caps(c.amount)],
            ["收款账户", f"{c.extra['in_bank']}　{c.extra['in_acct']}"], ["发放方式", "银行转账（网银）", "发放日期", num_date(d)],
            ["承办人", "", "执行局长", ""], ["财务审核", "", "经办人", ""]]
    boxes = grid(s, L, y, [mm(30), mm(60), mm(30), w - mm(120)], rows, body(34), heights=mm(17), centre=(0, 2))
    pen(s, boxes[6][1][0] + mm(6), boxes[6][1][1] + mm(3), c.officer, rng, size=44)
    pen(s, boxes[6][3][0] + mm(6), boxes[6][3][1] + mm(3), person_name(rng), rng, size=44, ink=CARBON)
    pen(s, boxes[7][1][0] + mm(6), boxes[7][1][1] + mm(3), person_name(rng), rng, size=44, ink=CARBON)
    pen(s, boxes[7][3][0] + mm(6), boxes[7][3][1] + mm(3), c.clerk, rng, size=44)
    seal(s, s.width - R - mm(45), boxes[-1][-1][3] + mm(20), COURT, rng, radius=mm(18), inner="执行款专用章")
    when = _at(d, rng, (9, 16))
    b = Browser("电子回单打印 - 甘肃张掖农村商业银行企业网上银行", f"https://ebank.zyrcb.com/corporbank/receipt/print.do?sn={_hex(rng, 20)}",
                when)
    s2 = web_sheet(b)
    s2.starts_document = True
    x0 = mm(16)
    s2.box(x0, mm(20), s2.width - x0, mm(130), width=2, outline=(70, 70, 70))
    s2.centred(mm(24), "甘肃张掖农村商业银行　电子回单", font("sans_bold", 44))
    f = font("microhei", 27)
    s2.text(x0 + mm(6), mm(36), f"回单编号：{rng.randint(10**15, 10**16 - 1)}　　业务类型：跨行转账　　记账日期：{yyyymmdd(d)}", f)
    rows2 = [["付款人户名", f"{COURT}", "收款人户名", c.applicant.name],
             ["付款人账号", c.extra["court_acct"], "收款人账号", c.extra["in_acct"]],
             ["付款人开户行", "甘肃张掖农村商业银行营业部", "收款人开户行", c.extra["in_bank"]],
             ["金额（小写）", f"CNY {c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
             ["用途", f"{c.number}执行款"], ["交易流水号", f"{d:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}"]]
    ww = s2.width - 2 * x0 - mm(12)
    grid(s2, x0 + mm(6), mm(44), [mm(32), mm(54), mm(32), ww - mm(118)], rows2, font("microhei", 25), heights=mm(12),
         centre=(0, 2), frame=1)
    seal(s2, s2.width - mm(60), mm(112), "甘肃张掖农村商业银行", rng, radius=mm(15), inner="电子回单专用章")
    s2.text(x0 + mm(6), mm(122), "本回单可通过企业网银“回单验证”功能验证真伪，重复打印不作为再次记账依据。", font("microhei", 22))
    return [s, *browser_frame(b, rng, wear=rng.choice(["", "bands"]))]


def _received_sms(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The team leader's 收款确认 (typed by his lawyer, signed by him) with the bank's arrival texts on his phone pasted
    below as a printed screenshot."""
    a = c.applicant
    s = Sheet()
    s.centred(T - mm(6), "收款确认书", font("serif_bold", 70), spacing=16)
    run = Flow([s], T + 110, left=mm(27), right=mm(25))
    f = font("ming", 40)
    first_on: date = c.extra["first_on"]
    paid_on: date = c.extra["paid_on"]
    run.para(f"{COURT}执行局：", f, lead=70)
    run.para(f"贵院执行的{c.number}申请执行人{a.name}与被执行人{c.respondent.name}劳务合同纠纷一案，双方于"
             f"{num_date(_made(c, 'settlement_agreement'))}达成执行和解。被执行人已于{num_date(first_on)}向本人转账"
             f"{c.extra['first']:,.2f}元，于{num_date(paid_on)}转账{c.extra['rest']:,.2f}元，合计{money(c.amount)}，本人已全部收到。"
             "生效判决确定的款项已履行完毕，本人不再就本案申请执行。", f, lead=70, indent=80)
    run.para("附：手机银行到账短信截图。", f, lead=70, indent=80)
    y = run.y + 30
    s.text(mm(27), y, "确认人：", f)
    hand(s, mm(27) + text_width("确认人：", f), y - 8, a.name, rng, size=58, ink=INK)
    s.draw.ellipse((mm(90), y - 4, mm(90) + 36, y + 42), fill=(185, 45, 45))
    s.text(s.width - mm(110), y, f"日期：{num_date(d)}", f)
    x, yy, w, h = mm(45), y + mm(20), mm(120), s.height - y - mm(40)
    bank, sender = next((name, number) for key, name, number in (("农村", "甘肃张掖农村商业银行", "96777"),
                                                                  ("农业", "中国农业银行", "95599"),
                                                                  ("甘肃银行", "甘肃银行", "96699"))
                        if key in c.extra["in_bank"])
    top = screenshot_frame(s, x, yy, w, h, clock=f"{rng.randint(9, 20)}:{rng.randint(10, 59)}", battery=rng.randint(20, 90))
    s.text(x + mm(5), top + mm(1), f"〈　{sender}", font("sans_bold", 32))
    s.line(x, top + mm(10), x + w, top + mm(10), width=1, fill=GREY)
    ty = top + mm(16)
    for day, amount in ((first_on, c.extra["first"]), (paid_on, c.extra["rest"])):
        s.centred(ty, f"{day.month}月{day.day}日 {rng.randint(9, 18)}:{rng.randint(10, 59)}", font("sans", 22), x0=x, x1=x + w)
        ty += mm(7)
        text = (f"【{bank}】您尾号{c.extra['in_acct'][-4:]}的账户于{day.month}月{day.day}日转入人民币{amount:,.2f}元，"
                f"对方户名：{c.respondent.name}，摘要：劳务费。")
        lines = []
        cur = ""
        for ch in text:
            if text_width(cur + ch, font("sans", 27)) > w - mm(22):
                lines.append(cur)
                cur = ""
            cur += ch
        lines.append(cur)
        s.draw.rounded_rectangle((x + mm(5), ty - mm(1), x + w - mm(8), ty + len(lines) * mm(6.2) + mm(2)), radius=mm(3),
                                 fill=(232, 232, 232))
        for line in lines:
            s.text(x + mm(8), ty, line, font("sans", 27))
            ty += mm(6.2)
        ty += mm(10)
    return [s]


# --- the window's forms, filled in ballpoint -----------------------------------------------------------------------

def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - L - R
    filler = a.legal_rep if a.kind == "organisation" else a.name
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取案款确认书")
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系人及电话", f"{c.agent} {c.agent_phone}")]
        note = ("本人（单位）确认以上账户用于接收本案全部执行款。账户信息有误或变更未及时书面告知法院，导致案款发放迟延或错误的，"
                "后果由本人（单位）承担。")
    elif code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书")
        rows = [("案号", c.number), ("受送达人", a.name), ("指定代收人", f"{c.agent}（律师）"),
                ("邮寄送达地址", c.extra["firm_addr"]), ("手机号码", c.agent_phone),
                ("是否同意电子送达", "同意，短信及移动微法院")]
        note = ("告知：受送达人应当如实提供确切的送达地址；送达地址变更的，应当及时告知法院。因地址不准确、不及时告知变更或者"
                "拒不提供，导致文书未能被实际接收的，文书退回之日视为送达之日。电子送达以文书到达受送达人特定系统的日期为送达日期。")
        filler = c.agent
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索提供表")
        if _tale(c) == "seed":
            clue = f"{c.extra['r_bank']}基本户{c.extra['r_acct']}；合作社今年制种款将由其他种业公司结算"
        elif _tale(c) == "car":
            clue = f"租赁车辆{c.extra['car']}（{c.extra['plate']}）定位最后出现在{c.extra['town']}{c.extra['village']}村修理厂"
        else:
            clue = "被执行人在建的甘州区安置小区项目应收工程款；建设银行张掖分行基本户"
        rows = [("案号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("住址/住所地", r.address),
                ("财产线索", clue), ("线索来源", "申请人掌握" if _tale(c) != "car" else "车载GPS后台记录")]
        note = "申请执行人应当如实提供被执行人的财产线索，法院将在收到线索后七日内予以核查。"
    else:
        y = form_title(s, "被执行人财产申报表")
        if _tale(c) == "seed":
            decl = (f"{c.extra['r_bank']}基本户，余额约{int(c.amount) // 10000 + 3}万元（已冻结）", "无", "农用车两台（未登记）",
                    "其他种业公司尚欠今年制种款约二十万元")
        elif _tale(c) == "car":
            decl = ("农商行卡一张，余额几百元", "无", "无。租的那辆车抵给别人了，人找不到", "无")
        else:
            decl = ("建设银行基本户，余额约五千元", "无", "皮卡一辆（甘G牌）", "甲方欠工程款约三十万元，尚未结算")
        rows = [("案号", c.number), ("申报人", r.name), ("银行存款", decl[0]), ("不动产", decl[1]), ("车辆及其他动产", decl[2]),
                ("债权及其他财产", decl[3])]
        note = "申报人保证以上申报内容真实、完整，如有隐瞒、虚假，愿承担法律责任。"
        filler = r.legal_rep if r.kind == "organisation" else r.name
    hs = [mm(26) if len(v) > 22 else mm(16) for _, v in rows]
    boxes = grid(s, L, y, [mm(44), w - mm(44)], [[k, ""] for k, _ in rows], body(36), heights=hs)
    for (_k, v), row in zip(rows, boxes, strict=True):
        b = row[1]
        pen(s, b[0] + mm(4), b[1] + mm(3.5), v, rng, size=42, per_line=21, lead=mm(8.5))
    run = Flow([s], boxes[-1][-1][3] + 40)
    run.para(note, body(32), lead=54, indent=64)
    y = run.y + 50
    s.text(s.width - R - mm(112), y, "签名（盖章）：", body(38))
    pen(s, s.width - R - mm(64), y - 8, filler, rng, size=54)
    sealer = r if code == "property_declaration_form" else a
    if sealer.kind == "organisation" and filler != c.agent:
        seal(s, s.width - R - mm(36), y + 30, sealer.name, rng, radius=mm(17))
    pen(s, s.width - R - mm(74), y + 84, num_date(d), rng, size=42)
    return [s]


# --- pages the bureau printed from its own browsers ----------------------------------------------------------------

def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控 system's feedback page, printed from the bureau's browser: two sheets."""
    r = c.respondent
    when = _at(d + timedelta(days=4), rng)
    b = Browser("网络执行查控 - 反馈结果", f"http://10.162.{rng.randint(1, 60)}.{rng.randint(2, 250)}:8080/zxcx/ckfk/detail.do?ah="
                + _hex(rng, 18), when)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("甘肃银行", "存款"), ("甘肃张掖农村商业银行", "存款"),
             ("兰州银行", "存款"), ("招商银行", "存款"), ("支付宝（中国）网络技术有限公司", "网络资金"),
             ("财付通支付科技有限公司", "网络资金"), ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"),
             ("中国证券登记结算有限责任公司", "证券"), ("市场监督管理总局", "股权"), ("中国银保信", "保险"),
             ("住房和城乡建设部", "公积金"), ("渔船登记", "船舶")]
    rows = [["序号", "协执单位", "财产类型", "反馈结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        back = yyyymmdd(d + timedelta(days=rng.randint(0, 3)))
        if _tale(c) == "seed" and unit in c.extra["r_bank"]:
            res = f"账户{c.extra['r_acct'][-6:]} 余额{c.amount * Decimal('1.3'):,.2f}"
        elif _tale(c) == "car" and unit == "甘肃张掖农村商业银行":
            res = f"余额{rng.randint(100, 800)}.{rng.randint(10, 99)} 已冻结"
        elif _tale(c) == "car" and kind == "车辆":
            res = "无登记车辆"
        elif _tale(c) == "labour" and unit == "中国建设银行":
            res = f"余额{rng.randint(3000, 9000)}.{rng.randint(10, 99)}"
        elif _tale(c) == "labour" and kind == "车辆":
            res = f"小型普通货车 甘G{rng.randint(10000, 99999)}"
        else:
            res = "未查询到财产" if kind != "存款" else "无开户信息"
        rows.append([str(i), unit, kind, res, back])
    for part in (rows[:11], [rows[0], *rows[11:]]):
        s = web_sheet(b)
        s.draw.rectangle((mm(12), mm(13), s.width - mm(12), mm(23)), fill=(90, 90, 90))
        s.text(mm(15), mm(14.5), "执行案件流程信息管理系统 · 网络执行查控", font("sans_bold", 32), fill=(255, 255, 255))
        s.right(s.width - mm(15), mm(15.5), f"当前用户：{c.clerk}（甘州区法院）", font("microhei", 24), fill=(255, 255, 255))
        f = font("microhei", 25)
        s.text(mm(14), mm(28), f"案号：{c.number}　　被查询人：{r.name}　　证件号码：{r.id_number}", f)
        s.text(mm(14), mm(35), f"查询类型：总对总　　发起时间：{yyyymmdd(d)}　　承办人：{c.officer}", f)
        grid(s, mm(14), mm(44), [mm(14), mm(66), mm(24), mm(52), s.width - mm(184)], part, font("microhei", 25),
             heights=mm(11.5), centre=(0, 2, 4), frame=1)
    return browser_frame(b, rng, wear=rng.choice(["", "toner", "bands"]))


def zxgk_printout(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The respondent's 失信 and 限制消费 records as 中国执行信息公开网 publishes them, printed by the clerk: a
    document of its own filed behind the decision."""
    r = c.respondent
    when = _at(d + timedelta(days=rng.randint(3, 6)), rng)
    b = Browser("中国执行信息公开网", "http://zxgk.court.gov.cn/shixin/", when)
    s = web_sheet(b)
    s.starts_document = True
    x0, x1 = mm(12), s.width - mm(12)
    s.draw.rectangle((x0, mm(13), x1, mm(30)), fill=(75, 75, 75))
    s.text(x0 + mm(5), mm(16), "中国执行信息公开网", font("serif_bold", 52), fill=(255, 255, 255))
    nav = ["首页", "综合查询被执行人", "失信被执行人", "限制消费人员", "终结本次执行案件", "财产处置询价评估", "执行法律文书"]
    nx: float = x0 + mm(3)
    for k, item in enumerate(nav):
        ft = font("microhei", 25)
        if k == 2:
            s.draw.rectangle((nx - mm(1), mm(32), nx + text_width(item, ft) + mm(1), mm(39)), fill=(200, 200, 200))
        s.text(nx, mm(33), item, ft)
        nx += text_width(item, ft) + mm(5)
    s.line(x0, mm(40), x1, mm(40), width=2, fill=(80, 80, 80))
    s.text(x0 + mm(4), mm(46), "失信被执行人（自然人）公布", font("sans_bold", 34))
    masked = r.id_number[:10] + "****" + r.id_number[-4:]
    age = d.year - (r.born.year if r.born else 1985)
    rows = [["被执行人姓名/名称", r.name], ["性别", r.sex], ["年龄", str(age)], ["身份证号码/组织机构代码", masked],
            ["执行法院", COURT], ["省份", "甘肃"], ["执行依据文号", c.basis_number], ["立案时间", f"{c.filed_on.year}年{c.filed_on.month:02d}月{c.filed_on.day:02d}日"],
            ["案号", c.number], ["做出执行依据单位", ARB], ["生效法律文书确定的义务", f"被申请人向申请人支付租金、违约金、车辆损失合计{c.amount:,.2f}元"],
            ["被执行人的履行情况", "全部未履行"], ["失信被执行人行为具体情形", "以隐匿、转移财产等方法规避执行"],
            ["发布时间", f"{d.year}年{d.month:02d}月{d.day:02d}日"]]
    w = x1 - x0 - mm(8)
    grid(s, x0 + mm(4), mm(56), [mm(56), w - mm(56)], rows, font("microhei", 27), heights=mm(11.5), centre=(0,), frame=1,
         ink=(70, 70, 70))
    y = mm(56) + mm(11.5) * len(rows) + mm(10)
    s.text(x0 + mm(4), y, "限制消费人员", font("sans_bold", 34))
    y += mm(9)
    rows2 = [["序号", "被限制消费人", "案号", "发布日期", "操作"],
             ["1", r.name, c.number, f"{d.year}-{d.month:02d}-{d.day:02d}", "查看限制消费令"]]
    grid(s, x0 + mm(4), y, [mm(14), mm(30), mm(62), mm(32), w - mm(138)], rows2, font("microhei", 25),
         heights=mm(11), centre=(0, 1, 3, 4), frame=1, ink=(70, 70, 70))
    s.centred(s.height - mm(24), "最高人民法院　版权所有　　京ICP备10218182号", font("microhei", 22), fill=GREY)
    sheets = browser_frame(b, rng, wear=rng.choice(["", "toner"]))
    pen(sheets[0], mm(100), sheets[0].height - mm(40), f"已公布 {c.clerk} {when.month}.{when.day}", rng, size=40, ink=BALLPOINT)
    return sheets


def eservice_printout(c: CaseCtx, rng: random.Random, served: list[str], when: date, names: list[str]) -> list[Sheet]:
    """A 电子送达 record of 人民法院送达平台, printed by the clerk as the receipt of what was served on the lawyer."""
    sent = _at(when - timedelta(days=1), rng, (9, 17))
    got = _at(when, rng, (8, 21))
    b = Browser("送达详情 - 人民法院送达平台", f"https://sd.court.gov.cn/sfsdw/sdxq?sdbh=SD62{_hex(rng, 16)}", got + timedelta(hours=1))
    s = web_sheet(b)
    x0, x1 = mm(12), s.width - mm(12)
    s.draw.rectangle((x0, mm(13), x1, mm(26)), fill=(80, 80, 80))
    s.text(x0 + mm(5), mm(15.5), "人民法院送达平台", font("sans_bold", 40), fill=(255, 255, 255))
    s.right(x1 - mm(5), mm(17), f"{COURT}　{c.clerk}", font("microhei", 24), fill=(255, 255, 255))
    s.text(x0 + mm(3), mm(31), "送达管理 ＞ 电子送达 ＞ 送达详情", font("microhei", 24), fill=GREY)
    s.centred(mm(42), "电子送达凭证", font("serif_bold", 54), spacing=8)
    phone = c.agent_phone
    rows = [["案号", c.number], ["送达文书", "；".join(names)], ["受送达人", f"{c.applicant.name}（代收人：{c.agent}律师）"],
            ["送达方式", "电子送达（短信＋中国移动微法院）"], ["送达号码", f"{phone[:3]}****{phone[-4:]}"],
            ["发送时间", f"{yyyymmdd(sent)} {sent:%H:%M:%S}"], ["送达状态", "已送达（受送达人已查阅）"],
            ["送达时间", f"{yyyymmdd(got)} {got:%H:%M:%S}"], ["送达编号", f"SD{when:%Y%m%d}{rng.randint(10**6, 10**7 - 1)}"],
            ["短信内容", f"【{COURT}】{c.agent}律师，本院向您送达{c.number}案{'、'.join(names)}，请点击 https://sd.court.gov.cn/"
                         f"{_hex(rng, 6)} 查收。文书到达之日视为送达。"]]
    grid(s, x0 + mm(6), mm(56), [mm(36), x1 - x0 - mm(48)], rows, font("microhei", 28),
         heights=[mm(12), mm(16), mm(12), mm(12), mm(12), mm(12), mm(12), mm(12), mm(12), mm(26)], centre=(0,), frame=2)
    s.text(x0 + mm(6), mm(56) + mm(150), "说明：根据《中华人民共和国民事诉讼法》关于电子送达的规定，电子送达以送达信息到达受送达人"
           "特定系统的日期为送达日期。", font("microhei", 24))
    seal(s, x1 - mm(50), mm(56) + mm(168), COURT, rng, radius=mm(17), inner="电子送达专用章")
    return browser_frame(b, rng, wear=rng.choice(["", "bands"]))


def sms_printout(c: CaseCtx, rng: random.Random, served: list[str], when: date, names: list[str]) -> list[Sheet]:
    """The bureau's work phone: the text that served the respondent and his reply, screenshot and printed, the
    clerk's note under it."""
    r = c.respondent
    s = Sheet()
    s.centred(mm(16), "短信送达凭证", font("sans_bold", 54), spacing=6)
    s.text(L, mm(30), f"案号：{c.number}　　受送达人：{r.name}　　送达手机号：{r.phone}", font("sans", 30))
    x, y, w, h = mm(45), mm(40), mm(120), mm(200)
    sent = _at(when, rng, (9, 12))
    reply = sent + timedelta(minutes=rng.randint(5, 200))
    shot = reply + timedelta(minutes=rng.randint(3, 90))
    top = screenshot_frame(s, x, y, w, h, clock=f"{shot:%H:%M}", battery=rng.randint(40, 99))
    s.text(x + mm(5), top + mm(1), f"〈　{r.phone}", font("sans_bold", 32))
    s.line(x, top + mm(10), x + w, top + mm(10), width=1, fill=GREY)
    ty = top + mm(16)
    s.centred(ty, f"{sent.month}月{sent.day}日 {sent:%H:%M}", font("sans", 22), x0=x, x1=x + w)
    ty += mm(8)
    msg = (f"{r.name}：{COURT}依法向你送达{c.number}案{'、'.join(names)}，文书全文见 https://sd.court.gov.cn/"
           f"{_hex(rng, 6)} 。你已被限制消费并纳入失信被执行人名单，请尽快履行义务。执行员{c.officer}，电话{c.court.phone}。")
    f = font("sans", 27)
    for bubble, left in ((msg, False), ("收到，知道了", True)):
        lines = []
        cur = ""
        for ch in bubble:
            if text_width(cur + ch, f) > w - mm(34):
                lines.append(cur)
                cur = ""
            cur += ch
        lines.append(cur)
        bw = max(text_width(line, f) for line in lines) + mm(6)
        bx = x + mm(6) if left else x + w - mm(6) - bw
        s.draw.rounded_rectangle((bx, ty - mm(1.5), bx + bw, ty + len(lines) * mm(6.2) + mm(1.5)), radius=mm(3),
                                 fill=(235, 235, 235) if left else (205, 205, 205))
        for line in lines:
            s.text(bx + mm(3), ty, line, f)
            ty += mm(6.2)
        ty += mm(6)
        if not left:
            s.right(x + w - mm(6), ty - mm(4), "已送达", font("sans", 20))
            ty += mm(6)
            s.centred(ty, f"{reply:%H:%M}", font("sans", 22), x0=x, x1=x + w)
            ty += mm(8)
    s.image = s.image.convert("L").convert("RGB")
    pen(s, L, y + h + mm(10), f"被执行人回复确认收到。{c.clerk} {num_date(when)}", rng, size=44)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(T - mm(4), "执 行 和 解 协 议", font("serif_bold", 70), spacing=4)
    run = Flow([s], T + 130, left=mm(27), right=mm(25))
    f = font("ming", 40)
    first_on: date = c.extra["first_on"]
    paid_on: date = c.extra["paid_on"]
    blocks = [("t", f"甲方（申请执行人）：{a.name}，公民身份号码{a.id_number}"),
              ("t", f"乙方（被执行人）：{r.name}"), ("t", f"法定代表人：{r.legal_rep}"),
              ("p", f"甲、乙双方因{c.number}劳务合同纠纷执行一案，在{COURT}执行人员主持下，本着互谅互让的原则，自愿达成如下和解协议："),
              ("p", f"一、乙方应付甲方劳务费{c.amount:,.2f}元，甲方自愿放弃迟延履行期间的加倍部分债务利息。"),
              ("p", f"二、乙方于{num_date(first_on)}前向甲方支付{c.extra['first']:,.2f}元，于{num_date(paid_on)}前支付剩余"
                    f"{c.extra['rest']:,.2f}元，均直接转入甲方名下账户（{c.extra['in_bank']}，尾号{c.extra['in_acct'][-4:]}）。"),
              ("p", "三、乙方按期付清全部款项后，甲方向法院书面确认，本案以执行完毕结案；乙方任何一期逾期未付的，甲方可申请"
                    "恢复执行原生效判决，已付款项予以扣除。"),
              ("p", "四、本协议一式三份，甲、乙双方各执一份，交法院附卷一份，自双方签字盖章之日起生效。")]
    for kind, text in blocks:
        if kind == "t":
            run.para(text, f, lead=72)
        else:
            run.para(text, f, lead=72, indent=80)
    y = run.y + 70
    s.text(mm(27), y, "甲方（签字）：", f)
    hand(s, mm(27) + text_width("甲方（签字）：", f), y - 8, a.name, rng, size=56, ink=INK)
    s.text(s.width / 2 + mm(8), y, "乙方（盖章）：", f)
    seal(s, s.width / 2 + mm(70), y + 20, r.name, rng, radius=mm(19))
    hand(s, s.width / 2 + mm(40), y + 80, r.legal_rep, rng, size=52, ink=INK)
    s.text(mm(27), y + 170, "主持执行人员：", f)
    hand(s, mm(27) + text_width("主持执行人员：", f), y + 162, c.officer, rng, size=52, ink=INK)
    s.right(s.width - mm(30), y + 250, num_date(d), f)
    return [s]
