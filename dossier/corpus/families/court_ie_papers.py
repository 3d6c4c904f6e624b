"""What 爱辉法院执行局 receives, each in its maker's hand — and most of it as copies of copies (court_ie_kit.copied):
the judgments the applicants bring (this court's civil division in Noto 宋 with a 核对无异 stamp; 黑河中院's appeal
judgment in the GB 宋 of its typists, ○ for 〇, "— n —" folios), the Russian supplier's contract page in a Latin-
Cyrillic serif (Noto Serif) with a translation agency's Chinese text behind it, ID card and licence copies, the
lawyer's 律师执业证 copied open; as originals: the lawyers' applications and 委托书 in 文楷, a 律师事务所函 under a red
letterhead, the window's printed forms filled in ballpoint, the 非税收入 receipt, the 国家企业信用信息公示系统 report,
a village committee's handwritten 证明 countersigned by the 派出所, and the bank's 电子回单 for the money paid out."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_ie_kit import (
    COURT,
    LEFT,
    MID_COURT,
    RIGHT,
    TOP,
    Column,
    copied,
    folios,
    form_title,
    grid,
    pen,
    song,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "evidence", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "whereabouts_unknown_proof", "payment_voucher",
})
SUPPLIER = "ООО «Амурлес»"
SUPPLIER_CN = "阿穆尔森林有限责任公司"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_ie import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _appeal(c, rng) if c.extra["tale"] == "soy" else _judgment(c, rng)
    if code == "evidence":
        return _contract(c, rng)
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
        if p.kind == "person":
            return _id_card(p, c, rng)
        return _registry_report(p, c, rng) if p is c.respondent else _business_licence(p, c, rng)
    if code == "fee_receipt":
        return _fee(c, rng, d)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window(code, c, rng, d)
    if code == "whereabouts_unknown_proof":
        return _gone(c, rng, d)
    if code == "payment_voucher":
        return _bank_slip(c, rng, d)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        rep = "理事长" if "合作社" in p.name else "法定代表人"
        return f"{p.name}，住所地{p.address}。{rep}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"


def _gb(s: str) -> str:
    """The GB 宋 of 中院's typists lacks 〇: they type ○."""
    return s.replace("〇", "○")


def _flow(col: Column, blocks: list[tuple[str, str]], f: Font, lead: float) -> None:
    for kind, text in blocks:
        if kind == "h":
            col.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "f":
            col.para(text, f, lead=lead)
        else:
            col.para(text, f, lead=lead, indent=f.size * 2)


def _cn(d: date) -> str:
    return cn_date(d)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's civil division's judgment as the applicant's copy came in: 宋 throughout, a clerk's stamp
    本件与原本核对无异 under the signatures; copied three times over."""
    a, r = c.applicant, c.respondent
    timber = c.extra["tale"] == "timber"
    heard = c.basis_effective - timedelta(days=rng.randint(35, 60))
    if timber:
        story = (f"2022年{rng.randint(5, 9)}月，原告将自俄罗斯进口的落叶松板材{c.extra['cubic']}立方米出售给被告，单价"
                 f"{c.extra['price']}元/立方米，货到被告木材加工园区验收。被告收货后出具结算单，确认欠货款"
                 f"{c.amount:,.2f}元，经原告多次催要，至今未付。")
        held = "原、被告之间的买卖合同关系合法有效，原告已按约交付货物，被告应当支付货款。"
        claim = f"判令被告支付货款{c.amount:,.2f}元"
        law = "《中华人民共和国民法典》第五百零九条、第五百七十九条、第六百二十六条"
        title_cause = "买卖合同纠纷"
    else:
        story = (f"原告于2021年4月入职被告，担任旅游大巴车驾驶员，驾驶车号{c.extra['plate']}的大客车往返黑河口岸与市区、"
                 f"五大连池等地，约定月工资{c.extra['wage']}元。2023年起被告拖欠原告工资共{c.extra['months']}个月，原告于"
                 "2023年离职。黑河市劳动人事争议仲裁委员会裁决后，被告不服诉至本院，原告亦提出诉讼。")
        held = "用人单位应当按照劳动合同的约定及时足额支付劳动者劳动报酬。被告拖欠原告工资，事实清楚，证据充分。"
        claim = f"判令被告支付拖欠工资及加班费{c.amount:,.2f}元"
        law = "《中华人民共和国劳动合同法》第三十条、第八十五条"
        title_cause = "劳动争议"
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 56), spacing=6)
    s.centred(TOP + 90, "民事判决书", font("serif_bold", 82), spacing=30)
    col = Column([s], TOP + 220, left=mm(28), right=mm(26))
    col.line(c.basis_number, song(40), lead=84, flush_right=True)
    f = song(40)
    _flow(col, [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{title_cause}一案，本院于{_cn(heard - timedelta(days=45))}立案后，依法适用简易程序，"
              f"于{_cn(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告的法定代表人{r.legal_rep}到庭参加诉讼。"
              "本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.{claim}；2.本案诉讼费用由被告负担。事实和理由：{story}"),
        ("p", f"{r.name}辩称，对欠款事实无异议，因经营困难无力一次性支付。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}依照{law}，《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内给付原告{a.name}{'货款' if timber else '工资'}{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 200 + 25}元，由被告负担。"),
        ("p", f"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于{MID_COURT}。"),
    ], f, 70)
    col.need(380)
    last, y = col.s, col.y + 50
    x = last.width - mm(98)
    last.text(x, y, f"审　判　员　　{c.extra.setdefault('civil_judge', person_name(rng))}", f)
    when = _cn(c.basis_effective - timedelta(days=rng.randint(16, 24)))
    last.text(x, y + 90, when, f)
    seal(last, x + text_width(when, f) / 2, y + 100, COURT, rng, radius=mm(20))
    last.text(x, y + 180, f"书　记　员　　{person_name(rng)}", f)
    _checked(last, mm(30), y + 150, rng)
    for sh in folios(col.sheets, song(30), style="dash"):
        copied(sh, 3)
    return col.sheets


def _checked(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    f = font("serif_bold", 30)
    w = text_width("本件与原本核对无异", f) + 36
    s.box(x, y, x + w, y + 60, width=4, outline=RED)
    s.text(x + 18, y + 14, "本件与原本核对无异", f, fill=RED)


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """黑河中院's 二审 judgment, upholding 爱辉法院's: typed in GB 宋, the panel of three; copied three times."""
    a, r = c.applicant, c.respondent
    gb = font("song_gb", 41)
    s = Sheet()
    s.centred(TOP - 6, MID_COURT, font("song_gb", 58), spacing=4)
    s.centred(TOP + 86, "民 事 判 决 书", font("serif_bold", 78), spacing=8)
    col = Column([s], TOP + 210, left=mm(27), right=mm(27))
    col.line(c.basis_number, gb, lead=84, flush_right=True)
    heard = c.basis_effective - timedelta(days=rng.randint(20, 40))
    tons, price = c.extra["tons"], c.extra["price"]
    story = (f"2023年9月至10月，{a.name}分三批向{r.name}交付大豆共计{tons}吨，双方约定单价{price}元/吨，货款于收货后三十日内"
             f"付清。{r.name}收货后仅出具欠条，载明欠大豆款{c.amount:,.2f}元，后一直未付。")
    _flow(col, [
        ("h", f"上诉人（原审被告）：{_who(r)}"),
        ("h", f"被上诉人（原审原告）：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服黑龙江省黑河市爱辉区人民法院{c.extra['first_number']}"
              f"民事判决，向本院提起上诉。本院于{_gb(_cn(heard - timedelta(days=30)))}立案后，依法组成合议庭，于"
              f"{_gb(_cn(heard))}公开开庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销原判，改判其少付货款。事实和理由：部分大豆水分超标，应当扣减货款。"),
        ("p", f"{a.name}辩称，大豆经双方过磅验收，上诉人出具欠条时未提出质量异议，一审判决正确，请求维持。"),
        ("p", f"一审法院认定事实：{story}一审法院判决：{r.name}于判决生效之日起十日内给付{a.name}大豆款{c.amount:,.2f}元。"),
        ("p", "本院二审查明的事实与一审一致。"),
        ("p", "本院认为，上诉人收货后出具欠条，确认欠款数额，其主张大豆水分超标，未提交证据证明，本院不予支持。一审判决认定"
              "事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(c.amount) // 100 + 50}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ], gb, 70)
    col.need(420)
    last, y = col.s, col.y + 50
    x = last.width - mm(100)
    for role in ("审　判　长", "审　判　员", "审　判　员"):
        last.text(x, y, f"{role}　　{person_name(rng)}", gb)
        y += 72
    when = _gb(_cn(c.basis_effective))
    last.text(x, y + 20, when, gb)
    seal(last, x + text_width(when, gb) / 2, y + 30, MID_COURT, rng, radius=mm(21))
    last.text(x, y + 110, f"书　记　员　　{person_name(rng)}", gb)
    for sh in folios(col.sheets, font("song_gb", 32), style="dash"):
        copied(sh, 3)
    return col.sheets


def _contract(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The Russian supplier's contract, its first page in Russian (Noto Serif), and behind it the translation agency's
    Chinese text with its 翻译专用章 — the importer's proof of where the larch came from."""
    buyer = f"ООО «Хэйхэ {c.extra['ru_buyer']} приграничная торговля»"
    signed = date.fromisoformat(str(c.extra["contract_day"]))
    rf, rb = _latin(36), _latin(36, bold=True)
    s = Sheet()
    s.centred(TOP, f"КОНТРАКТ № {c.extra['contract_no']}", _latin(50, bold=True))
    y: float = TOP + 90
    s.text(LEFT, y, "г. Благовещенск", rf)
    s.right(s.width - RIGHT, y, f"«{signed.day:02d}» {_RU_MONTHS[signed.month - 1]} {signed.year} г.", rf)
    col = Column([s], y + 90, left=LEFT, right=RIGHT)
    price = c.extra["price"]
    usd = Decimal(price) / Decimal("7.05")
    for kind, text in [
        ("p", f"{SUPPLIER}, Российская Федерация, Амурская область, г. Благовещенск, ул. Зейская, д. {rng.randint(10, 180)}, "
              f"именуемое в дальнейшем «Продавец», в лице генерального директора Соколова А. В., действующего на основании "
              f"Устава, с одной стороны, и {buyer}, КНР, провинция Хэйлунцзян, г. Хэйхэ, именуемое в дальнейшем «Покупатель», "
              "с другой стороны, заключили настоящий Контракт о нижеследующем:"),
        ("b", "1. ПРЕДМЕТ КОНТРАКТА"),
        ("p", f"1.1. Продавец продаёт, а Покупатель покупает пиломатериалы обрезные из лиственницы сибирской (Larix sibirica), "
              f"сорт 1–3, в количестве {c.extra['cubic'] + rng.randint(40, 120)} куб. м ± 10 %."),
        ("p", "1.2. Качество товара должно соответствовать ГОСТ 26002-83 и подтверждаться фитосанитарным сертификатом."),
        ("b", "2. ЦЕНА И ОБЩАЯ СУММА КОНТРАКТА"),
        ("p", f"2.1. Цена товара составляет {usd:.2f} долларов США за 1 куб. м на условиях DAP Хэйхэ (Инкотермс 2020)."),
        ("p", "2.2. Общая сумма Контракта определяется по фактически поставленному количеству согласно спецификациям."),
        ("b", "3. УСЛОВИЯ ПОСТАВКИ"),
        ("p", "3.1. Поставка осуществляется автомобильным транспортом через пункт пропуска Благовещенск – Хэйхэ, в зимний "
              "период – по ледовой переправе, в период ледохода – понтонной переправой."),
        ("b", "4. УСЛОВИЯ ПЛАТЕЖА"),
        ("p", "4.1. Оплата производится банковским переводом на счёт Продавца в течение 30 дней с даты поставки каждой партии."),
    ]:
        if kind == "b":
            col.y += 12
            col.line(text, rb, lead=60)
        else:
            _ru_para(col, text, rf, 54)
    y = col.y + 60
    s.text(LEFT, y, "ПРОДАВЕЦ:", rb)
    s.text(s.width / 2 + mm(6), y, "ПОКУПАТЕЛЬ:", rb)
    s.text(LEFT, y + 56, SUPPLIER, rf)
    s.text(s.width / 2 + mm(6), y + 56, f"ООО «Хэйхэ {c.extra['ru_buyer']}»", rf)
    hand(s, LEFT + mm(10), y + 110, "Соколов", rng, size=48, ink=INK)
    hand(s, s.width / 2 + mm(16), y + 110, c.applicant.legal_rep, rng, size=48, ink=INK)
    seal(s, LEFT + mm(46), y + 140, "АМУРЛЕС БЛАГОВЕЩЕНСК", rng, radius=mm(18))
    seal(s, s.width / 2 + mm(52), y + 140, c.applicant.name, rng, radius=mm(18))
    s.right(s.width - RIGHT, s.height - mm(18), "Стр. 1 из 4", _latin(30))
    copied(s, 3, zooms=(1.0, 0.86, 0.86))
    t = Sheet()
    t.centred(TOP, "合　同（译文）", font("hei", 58), spacing=10)
    t.centred(TOP + 80, f"合同编号：{c.extra['contract_no']}", song(36))
    col = Column([t], TOP + 160, left=LEFT, right=RIGHT)
    f = song(38)
    _flow(col, [
        ("f", f"签订地点：布拉戈维申斯克市　　签订日期：{num_date(signed)}"),
        ("p", f"{SUPPLIER_CN}（俄罗斯联邦阿穆尔州布拉戈维申斯克市，以下简称“卖方”），由总经理索科洛夫·A·V代表；"
              f"{c.applicant.name}（中华人民共和国黑龙江省黑河市，以下简称“买方”），双方签订本合同如下："),
        ("f", "一、合同标的"),
        ("p", "1.1 卖方出售、买方购买西伯利亚落叶松齐边板材，一至三等，数量以规格单为准，允许误差±10%。"),
        ("p", "1.2 货物质量应符合俄罗斯国家标准ГОСТ 26002-83，并附植物检疫证书。"),
        ("f", "二、价格及合同总金额"),
        ("p", f"2.1 货物单价为每立方米{usd:.2f}美元，交货条件DAP黑河（2020年国际贸易术语解释通则）。"),
        ("p", "2.2 合同总金额按规格单实际交货数量确定。"),
        ("f", "三、交货条件"),
        ("p", "3.1 经布拉戈维申斯克—黑河口岸以汽车运输交货，冬季经冰上通道，流冰期经浮箱固冰通道。"),
        ("f", "四、付款条件"),
        ("p", "4.1 买方于每批货物交付之日起30日内以银行转账方式付至卖方账户。"),
    ], f, 64)
    y = col.y + 50
    t.text(LEFT, y, "（以下为合同第1页译文，第2—4页略）", song(32))
    agency = f"黑河市{rng.choice(['中俄', '龙江', '边城'])}翻译服务有限公司"
    t.text(LEFT, y + 80, f"译者声明：本译文与俄文原件内容一致。译者：{person_name(rng)}（俄语翻译证书号"
           f" {rng.randint(10**10, 10**11 - 1)}）", song(30))
    t.right(t.width - RIGHT, y + 170, agency, song(36))
    seal(t, t.width - RIGHT - mm(40), y + 190, agency, rng, radius=mm(19), inner="翻译专用章")
    t.right(t.width - RIGHT, y + 240, num_date(c.filed_on - timedelta(days=rng.randint(8, 20))), song(36))
    copied(t, 2, zooms=(1.0, 1.15))
    return [s, t]


_RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
              "декабря"]


def _latin(size: int, *, bold: bool = False) -> Font:
    from PIL import ImageFont

    name = "NotoSerif-Bold.ttf" if bold else "NotoSerif-Regular.ttf"
    return ImageFont.truetype(f"/usr/share/fonts/truetype/noto/{name}", size=size)


def _ru_para(col: Column, text: str, f: Font, lead: float) -> None:
    """A Russian paragraph broken at spaces, first line indented."""
    words = text.split(" ")
    line = ""
    first = True
    for w in words:
        trial = f"{line} {w}".strip()
        room = col.width - (mm(10) if first else 0)
        if f.getlength(trial) > room and line:
            col.need(lead)
            col.s.text(col.left + (mm(10) if first else 0), col.y, line, f)
            col.y += lead
            first = False
            line = w
        else:
            line = trial
    if line:
        col.need(lead)
        col.s.text(col.left + (mm(10) if first else 0), col.y, line, f)
        col.y += lead


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The lawyer's typed application: a plain 黑体 title, the body in 文楷 set ragged, the requests numbered."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP + 10, "强制执行申请书", font("hei", 68), spacing=12)
    col = Column([s], TOP + 150, left=mm(27), right=mm(25), foot=mm(26))
    f = font("wenkai", 42)
    t = c.extra["tale"]
    extra = {"timber": f"被执行人对{c.extra.get('third', '')}享有到期货款债权，请求依法冻结并责令该第三人向贵院履行。",
             "soy": "被执行人收购大豆后下落不明，请求依法查控其财产，并对其限制消费、纳入失信被执行人名单。",
             "bus": f"被执行人在{c.extra.get('r_bank', '')}开有基本账户，请求依法冻结、扣划。"}[t]
    basis = (f"{MID_COURT}作出{c.basis_number}民事判决，驳回上诉，维持黑龙江省黑河市爱辉区人民法院{c.extra['first_number']}民事判决"
             if t == "soy" else f"贵院作出{c.basis_number}民事判决")
    _flow(col, [
        ("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r)}"),
        ("f", "执行请求："),
        ("p", f"一、依法强制执行被执行人给付申请执行人{money(c.amount)}；"),
        ("p", "二、被执行人加倍支付迟延履行期间的债务利息，并负担本案执行费用；"),
        ("p", "三、被执行人不履行的，请求对其采取限制消费措施，并纳入失信被执行人名单。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis}，判决已发生法律效力。被执行人至今未履行判决确定的义务。"
              f"{extra}为此，依照《中华人民共和国民事诉讼法》第二百四十七条的规定，特申请强制执行。"),
        ("f", "此致"),
        ("f", COURT),
    ], f, 76)
    col.need(300)
    last, y = col.s, col.y + 40
    last.text(last.width - mm(112), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(50), y + 30, a.name, rng, radius=mm(19))
        hand(last, last.width - mm(72), y + 70, a.legal_rep, rng, size=52, ink=INK)
    else:
        hand(last, last.width - mm(62), y - 6, a.name, rng, size=58, ink=INK)
        last.draw.ellipse((last.width - mm(30), y + 4, last.width - mm(30) + 34, y + 50), fill=(196, 40, 44))
    hand(last, last.width - mm(96), y + 150, num_date(d), rng, size=46, ink=INK)
    return col.sheets


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(TOP + 10, "授 权 委 托 书", font("wenkai_bold", 70), spacing=10)
    col = Column([s], TOP + 160, left=mm(27), right=mm(25))
    f = font("wenkai", 42)
    _flow(col, [
        ("h", f"委托人：{_who(a)}"),
        ("h", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}。"),
        ("p", f"委托人因与{c.respondent.name}{c.extra['cause']}执行一案，委托上列受托人为执行程序中的代理人。"),
        ("p", "代理权限：特别授权。代为申请执行、提供财产线索、申请采取强制执行措施，代为和解，代为签收法律文书，代为领取"
              "执行案款，代为申请终结本次执行程序及恢复执行。"),
        ("p", "委托期限：至本案执行终结时止。"),
    ], f, 78)
    y = col.y + 90
    s.text(mm(27), y, "委托人：", f)
    s.text(s.width / 2 + mm(8), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, mm(80), y + 40, a.name, rng, radius=mm(19))
        hand(s, mm(52), y + 80, a.legal_rep, rng, size=54, ink=INK)
    else:
        hand(s, mm(52), y - 4, a.name, rng, size=58, ink=INK)
    hand(s, s.width / 2 + mm(30), y - 4, c.agent, rng, size=56, ink=INK)
    s.right(s.width - mm(30), y + 220, num_date(d), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP - 16, c.firm, font("serif_bold", 70), fill=RED, spacing=6)
    s.line(mm(20), TOP + 80, s.width - mm(20), TOP + 80, width=3, fill=RED)
    s.centred(TOP + 96, f"地址：{c.extra['firm_addr']}　电话：0456-82{rng.randint(10000, 99999)}", song(30))
    s.centred(TOP + 190, "律 师 事 务 所 函", font("hei", 60), spacing=6)
    s.right(s.width - RIGHT, TOP + 280, f"黑{c.firm[3:5]}律函〔{d.year}〕第{rng.randint(8, 180)}号", song(36))
    col = Column([s], TOP + 360)
    f = song(42)
    _flow(col, [
        ("f", f"{COURT}执行局："),
        ("p", f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}执行一案，本所接受{c.applicant.name}的委托，指派"
              f"{c.agent}律师担任其代理人，代为申请执行并参与执行程序。"),
        ("p", "特此函告。"),
        ("f", "附：授权委托书一份，律师执业证复印件一份。"),
        ("f", f"承办律师：{c.agent}　执业证号：{c.extra['licence']}"),
    ], f, 76)
    y = col.y + 120
    s.right(s.width - RIGHT - mm(8), y, c.firm, f)
    s.right(s.width - RIGHT - mm(8), y + 80, num_date(d), f)
    seal(s, s.width - RIGHT - mm(40), y + 40, c.firm, rng, radius=mm(21))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 copied open, its two leaves one above the other on the page, copied three times over."""
    s = Sheet()
    grey = (60, 60, 60)
    x0, w, h = mm(40), mm(130), mm(92)
    for k in range(2):
        y0 = mm(26) + k * (h + mm(8))
        s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(222, 222, 218), outline=grey, width=3)
    y0 = mm(26)
    s.draw.rectangle((x0 + mm(10), y0 + mm(12), x0 + mm(44), y0 + mm(56)), fill=(120, 120, 120))
    f = font("sans", 32)
    s.text(x0 + mm(52), y0 + mm(14), "持证人：", f, fill=grey)
    s.text(x0 + mm(52), y0 + mm(24), c.agent, font("sans_bold", 44))
    s.text(x0 + mm(52), y0 + mm(38), f"性别：{rng.choice('男女')}", f)
    s.text(x0 + mm(52), y0 + mm(48), f"身份证号：2311{rng.randint(10**13, 10**14 - 1)}"[:26], font("sans", 28))
    seal(s, x0 + mm(40), y0 + mm(64), "黑龙江省司法厅", rng, radius=mm(13))
    s.text(x0 + mm(10), y0 + mm(76), "年度考核备案：2023年度　称职", font("sans", 30))
    y0 = mm(26) + h + mm(8)
    s.centred(y0 + mm(8), "中华人民共和国律师执业证", font("sans_bold", 42), x0=x0, x1=x0 + w)
    ty = y0 + mm(22)
    for label, value in [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                         ("发证机关", "黑龙江省司法厅"), ("发证日期", f"{rng.randint(2013, 2020)}年{rng.randint(1, 12)}月")]:
        s.text(x0 + mm(10), ty, f"{label}：", font("sans", 30), fill=grey)
        s.text(x0 + mm(42), ty, value, font("sans", 32))
        ty += mm(12)
    hand(s, x0, mm(236), "此复印件与原件一致", rng, size=56, ink=INK)
    hand(s, x0 + mm(96), mm(252), c.agent, rng, size=52, ink=INK)
    copied(s, 3)
    return [s]


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of an ID card, front over back at the page's left, as a third-generation copy: the card's grey tint
    gone dark and mottled."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = mm(24)
    ys = [mm(30), mm(30) + h + mm(14)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=(205, 205, 200), outline=(90, 90, 90), width=2)
    y = ys[0]
    lab, val = font("hei", 24), font("hei", 30)
    born = p.born or date(1980, 1, 1)
    ty = y + mm(5)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")):
        s.text(x + mm(4), ty, label, lab, fill=(70, 70, 70))
        s.text(x + mm(15), ty - 2, value, val)
        ty += mm(7)
    s.text(x + mm(4), ty, "住址", lab, fill=(70, 70, 70))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(15), ty - 2, p.address[k:k + 12], val)
        ty += mm(5)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(70, 70, 70))
    s.text(x + mm(26), y + h - mm(9), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(26), y + mm(6), x + w - mm(4), y + mm(34)), fill=(110, 110, 110))
    y = ys[1]
    s.text(x + mm(26), y + mm(7), "中华人民共和国", font("hei", 36))
    s.text(x + mm(20), y + mm(17), "居民身份证", font("hei", 54), spacing=10)
    s.text(x + mm(8), y + h - mm(15), "签发机关　黑河市公安局爱辉分局", lab)
    start = rng.randint(2012, 2019)
    s.text(x + mm(8), y + h - mm(8), f"有效期限　{start}.0{rng.randint(1, 9)}.{rng.randint(10, 28)}-{start + 20}.0"
           f"{rng.randint(1, 9)}.{rng.randint(10, 28)}", lab)
    note = "本复印件仅供爱辉区法院执行使用" if p is c.applicant else "收粮时留存"
    hand(s, x + w + mm(8), ys[0] + mm(10), note, rng, size=44, ink=INK)
    if p is c.applicant:
        hand(s, x + w + mm(20), ys[0] + mm(30), p.name, rng, size=52, ink=INK)
    copied(s, 3)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本）copied: a national-emblem head, a QR square, the fields, the registrar's seal; below it the
    法定代表人（理事长）身份证明书 typed by the applicant."""
    s = Sheet()
    x0, y0, x1, y1 = mm(18), mm(18), s.width - mm(18), mm(168)
    s.box(x0, y0, x1, y1, width=6, outline=(90, 70, 40))
    s.draw.ellipse((s.width / 2 - mm(8), y0 + mm(5), s.width / 2 + mm(8), y0 + mm(21)), outline=(90, 70, 40), width=3)
    coop = "合作社" in p.name
    s.centred(y0 + mm(24), "农民专业合作社法人营业执照" if coop else "营 业 执 照", font("serif_bold", 60 if coop else 84))
    s.centred(y0 + mm(38), "（副本）", song(34))
    s.draw.rectangle((x1 - mm(36), y0 + mm(8), x1 - mm(10), y0 + mm(34)), fill=(60, 60, 60))
    f = song(33)
    s.text(x0 + mm(8), y0 + mm(48), f"统一社会信用代码　{p.id_number}", f)
    rows = [("名　　称", p.name), ("类　　型", "农民专业合作社" if coop else "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("成员出资总额" if coop else "注册资本", f"{rng.choice([100, 200, 500])}万元"),
            ("成立日期", f"{rng.randint(2009, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address),
            ("业务范围" if coop else "经营范围", "大豆种植、收购、销售；农业机械服务" if coop else
             "木材进口、销售；边境小额贸易；国际货运代理")]
    ty = y0 + mm(58)
    for label, value in rows:
        s.text(x0 + mm(8), ty, label, f)
        for k, part in enumerate(wrap(value, f, x1 - x0 - mm(52))):
            s.text(x0 + mm(42), ty + k * mm(6), part, f)
        ty += mm(10)
    reg = "嫩江市市场监督管理局" if coop else "黑河市爱辉区市场监督管理局"
    s.text(x1 - mm(80), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(42), y1 - mm(26), reg, rng, radius=mm(17))
    s.text(x1 - mm(84), y1 - mm(14), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    col = Column([s], y1 + mm(14), left=mm(24), right=mm(22))
    col.line("法定代表人身份证明书", font("hei", 52), lead=90, centred=True, spacing=4)
    _flow(col, [("p", f"{p.legal_rep}，在我{'社' if coop else '公司'}任{'理事长' if coop else '执行董事兼总经理'}职务，"
                      f"系我{'社' if coop else '公司'}法定代表人。特此证明。")], song(40), 70)
    s.right(s.width - mm(30), col.y + 60, num_date(c.filed_on - timedelta(days=rng.randint(3, 9))), song(40))
    seal(s, s.width - mm(58), col.y + 60, p.name, rng, radius=mm(18))
    hand(s, mm(26), s.height - mm(32), "与原件核对一致", rng, size=50, ink=INK)
    copied(s, 3)
    return [s]


def _registry_report(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 国家企业信用信息公示系统's report on the respondent company, printed by the lawyer: a clean A4 printout."""
    s = Sheet()
    f = font("microhei", 30)
    s.draw.rectangle((0, mm(10), s.width, mm(28)), fill=(226, 226, 226))
    s.text(mm(16), mm(14), "国家企业信用信息公示系统", font("microhei", 44))
    s.centred(mm(40), "企业信用信息公示报告", font("microhei", 56))
    s.text(mm(16), mm(56), f"报告生成时间：{c.filed_on - timedelta(days=5):%Y年%m月%d日}", f)
    rows = [["统一社会信用代码", p.id_number], ["企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）"],
            ["法定代表人", p.legal_rep], ["注册资本", f"{rng.choice([200, 300, 800])}万人民币"],
            ["成立日期", f"{rng.randint(2006, 2017)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"],
            ["登记机关", "黑河市爱辉区市场监督管理局"], ["登记状态", "存续（在营、开业、在册）"], ["住所", p.address],
            ["经营范围", "木材加工；木制品制造、销售" if "木业" in p.name else "入境旅游业务；境内旅游业务；出境旅游业务（赴俄边境游）"]]
    grid(s, mm(16), mm(68), [mm(52), s.width - mm(32) - mm(52)], rows, f, heights=mm(13), frame=2)
    s.text(mm(16), mm(212), "股东及出资信息", font("microhei", 38))
    grid(s, mm(16), mm(224), [mm(60), mm(60), s.width - mm(152)],
         [["股东", "认缴出资额（万元）", "出资方式"], [p.legal_rep, str(rng.randint(100, 500)), "货币"],
          [person_name(rng), str(rng.randint(50, 200)), "货币"]], f, heights=mm(11), labels=(), frame=2)
    s.centred(s.height - mm(14), "1 / 1", f)
    return [s]


def _fee(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """黑龙江省非税收入 electronic receipt, printed by the applicant: a bordered form, a QR square, the finance seal."""
    s = Sheet(size=(mm(210), mm(140)))
    f = font("song_gb", 30)
    s.centred(mm(10), "黑龙江省非税收入一般缴款书（电子）", font("song_gb", 46))
    s.draw.rectangle((mm(170), mm(6), mm(196), mm(32)), fill=(40, 40, 40))
    s.text(mm(14), mm(26), f"票据号码：{rng.randint(10**9, 10**10 - 1)}　　缴款日期：{d:%Y-%m-%d}", f)
    fee: Decimal = c.extra["fee"]
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["项目名称", "申请执行费", "案号", c.number],
            ["金额（小写）", f"{fee:,.2f}", "金额（大写）", money_caps(fee)],
            ["收款账户", "黑河市爱辉区财政局非税收入汇缴户", "收款银行", "中国农业银行黑河分行"]]
    grid(s, mm(14), mm(38), [mm(30), mm(62), mm(30), mm(60)], rows, f, heights=mm(14), labels=(0, 2), frame=3)
    s.text(mm(14), mm(102), f"校验码：{rng.randint(10**11, 10**12 - 1)}　　复核人：{person_name(rng)}", f)
    seal(s, mm(160), mm(112), "黑龙江省财政厅", rng, radius=mm(15), inner="票据监制章")
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed forms, filled in ballpoint by the lawyer at the counter."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    t = c.extra["tale"]
    if code == "payment_account_confirmation":
        title = "执行案款收款账户确认书"
        rows = [("案号", c.number), ("申请执行人", a.name), ("账户名称", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认上述账户为接收本案执行款的账户。因账户信息有误造成的损失，由本人（单位）承担。"
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", f"{c.agent}（律师）"),
                ("代收人地址", c.extra["firm_addr"]), ("电子送达", f"同意，手机{c.agent_phone}")]
        note = ("受送达人提供的送达地址不准确、拒不提供或者送达地址变更未及时告知法院，导致法律文书未能被实际接收的，"
                "文书退回之日视为送达之日。")
    else:
        title = "被执行人财产线索提供表"
        clue = {"timber": f"被执行人对{c.extra.get('third', '')}有应收货款约{c.extra.get('owed', 0):,.0f}元；厂内带锯、烘干窑",
                "soy": "原在村东租用粮库一处（已退租）；其妻子名下或有存款；四轮车一台",
                "bus": f"{c.extra.get('r_bank', '')}基本账户{c.extra.get('r_acct', '')}；大客车{c.extra.get('plate', '')}"}[t]
        rows = [("案号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("住所/住址", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人掌握")]
        note = "申请执行人应如实提供财产线索，故意提供虚假线索的，依法承担相应责任。"
    y = form_title(s, title)
    boxes = grid(s, LEFT, y, [mm(40), w - mm(40)], [[label, ""] for label, _ in rows], song(36),
                 heights=[mm(26) if len(v) > 24 else mm(17) for _, v in rows])
    right = [b for b in boxes if b[0] > LEFT]
    for (_label, value), b in zip(rows, right, strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(4), value, rng, size=38, per_line=24, lead=mm(8))
    col = Column([s], boxes[-1][3] + 40)
    col.para(note, song(32), lead=52, indent=64)
    y = col.y + 60
    s.text(s.width - RIGHT - mm(112), y, "确认人（签名、盖章）：", song(36))
    pen(s, s.width - RIGHT - mm(36), y - 8, c.agent, rng, size=50)
    pen(s, s.width - RIGHT - mm(70), y + 80, num_date(d), rng, size=40)
    return [s]


def _gone(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The village committee's 证明, handwritten by its accountant on committee letter paper and sealed; the 派出所's
    countersignature and seal below."""
    r = c.respondent
    village = c.extra["village"]
    committee = f"黑河市爱辉区{village}民委员会"
    s = Sheet()
    s.centred(mm(18), committee, font("serif_bold", 50))
    s.line(mm(18), mm(30), s.width - mm(18), mm(30), width=2, fill=RED)
    hand(s, s.width / 2 - mm(20), mm(44), "证　明", rng, size=76, ink=INK)
    text = (f"兹证明{r.name}（男，身份证号{r.id_number}）系我村村民，原在本村租用粮库收购粮食。该人于2023年10月离开本村，"
            f"至今未归，家中无人，电话无法接通，本村及其亲属均不知其去向，下落不明。特此证明。")
    y = mm(70)
    for part in [text[i:i + 19] for i in range(0, len(text), 19)]:
        hand(s, mm(26), y, part, rng, size=50, ink=INK)
        y += mm(12)
    hand(s, s.width - mm(110), y + mm(14), f"{village[-3:]}委会（章）", rng, size=46, ink=INK)
    seal(s, s.width - mm(62), y + mm(18), committee, rng, radius=mm(20))
    hand(s, s.width - mm(100), y + mm(32), num_date(d), rng, size=46, ink=INK)
    y += mm(56)
    s.line(mm(22), y, s.width - mm(22), y, width=1, fill=(120, 120, 120))
    hand(s, mm(26), y + mm(8), f"经核查，{r.name}户籍在我所辖区，现下落不明，情况属实。", rng, size=46, ink=(30, 40, 110))
    hand(s, mm(26), y + mm(22), f"民警：{person_name(rng)}　{num_date(d + timedelta(days=1))}", rng, size=46, ink=(30, 40, 110))
    seal(s, s.width - mm(70), y + mm(24), c.extra["station"], rng, radius=mm(20))
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """中国农业银行's 电子回单 for the money paid out of the court's account to the applicant: a ruled slip on the upper
    third of an A4 sheet."""
    s = Sheet()
    f = font("sans", 28)
    y = mm(20)
    s.centred(y, "中国农业银行　网上银行电子回单", font("sans_bold", 44))
    s.text(mm(18), y + mm(14), f"电子回单号码：{rng.randint(10**15, 10**16 - 1)}　　打印日期：{d:%Y-%m-%d}", f)
    w = s.width - mm(36)
    rows = [["付款人", "户名", f"{COURT}执行款专户", "收款人", "户名", c.applicant.name],
            ["", "账号", c.extra["court_acct"], "", "账号", c.extra["in_acct"]],
            ["", "开户行", "中国农业银行黑河分行", "", "开户行", c.extra["in_bank"]],
            ["金额", f"¥{c.amount:,.2f}　人民币{money_caps(c.amount)}"], ["用途", f"{c.number}案款发放"],
            ["交易时间", f"{d:%Y-%m-%d} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}"]]
    grid(s, mm(18), y + mm(24), [mm(18), mm(18), mm(52), mm(18), mm(18), w - mm(124)], rows, f, heights=mm(12),
         labels=(0, 1, 3, 4), frame=2)
    seal(s, s.width - mm(50), y + mm(104), "中国农业银行黑河分行", rng, radius=mm(16), inner="电子回单专用章")
    s.text(mm(18), y + mm(122), "本回单仅作为已办理交易的凭证，重复打印无效。", f)
    return [s]

