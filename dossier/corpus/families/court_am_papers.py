"""What court_am's dossiers receive from others, each in its author's style: this court's judgment or the
呼伦贝尔仲裁委员会's award (with its 生效证明), the lawyers' application and papers, business licences, a 蒙古国
passport copy, the Russian seller's contract papers in Cyrillic with a translation company's sealed 翻译件, a 海关
报关单, 满洲里农商银行 and 不动产登记中心 replies, hand-filled window forms, bank slips."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from PIL import ImageFont

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Block, Sheet, mm, seal, signature, table
from dossier.corpus.families.court_am_kit import (
    COURT,
    COURT_SEAL,
    LAW,
    Style,
    fill,
    paper,
    signed_tail,
    small,
    typed,
)
from dossier.corpus.fonts import font

LATIN = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"

CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "online_inquiry_result", "assistance_notice", "settlement_agreement",
    "payment_voucher",
})
ARBITRATION = "呼伦贝尔仲裁委员会"
FIRMS = ("内蒙古国门律师事务所", "内蒙古北疆口岸律师事务所", "内蒙古呼伦律师事务所满洲里分所")
TRANSLATOR = "满洲里华俄翻译服务有限公司"
REGISTRY = "满洲里市不动产登记中心"
LAWYER = Style(body="sans", title="sans_bold", size=mm(4.0), title_size=mm(6.6), lead=1.65, margin_l=mm(24),
               margin_r=mm(22), top=mm(26), bottom=mm(270))
ARB = Style(body="serif", title="serif_bold", size=mm(4.1), title_size=mm(7.2), lead=1.72, top=mm(34), bottom=mm(258))
BANK = Style(body="mono", title="sans_bold", size=mm(3.6), title_size=mm(5.4), lead=1.55, margin_l=mm(20),
             margin_r=mm(20), top=mm(24), bottom=mm(272))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return DRAW[code](c, rng, served)


def _cause(c: CaseCtx) -> str:
    return {"timber": "国际货物买卖合同纠纷", "logistics": "仓储及运输合同纠纷"}.get(c.extra.get("story", ""), "公路货物运输合同纠纷")


def _application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    who = (f"申请执行人：{a.name}\n统一社会信用代码：{a.id_number}\n住所地：{a.address}\n法定代表人：{a.legal_rep}"
           if a.kind == "organisation" else f"申请执行人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}")
    resp = (f"被申请执行人：{r.name}\n统一社会信用代码：{r.id_number}\n住所地：{r.address}\n负责人：{r.legal_rep}"
            if r.kind == "organisation" else
            f"被申请执行人：{r.name}（{c.extra.get('mn_name_cyr', '')}），蒙古国公民，护照号码：{r.id_number}\n住址：{r.address}\n"
            f"在华联系地址：满洲里市互贸区边民互市贸易区{rng.randint(1, 40)}号商铺")
    blocks: list[Block] = [("f", x) for x in (who + "\n" + f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}\n" + resp).split("\n")]
    blocks += [("f", "执行请求："),
               ("p", f"1．请求强制执行被申请执行人支付{money(c.amount)}及迟延履行期间的债务利息；"),
               ("p", "2．请求对被申请执行人采取限制消费措施；"), ("p", "3．请求将被申请执行人纳入失信被执行人名单；"),
               ("p", "4．本案执行费用由被申请执行人负担。" + ("并请求对被申请执行人采取限制出境措施。" if r.kind == "person" else "")),
               ("f", "事实与理由："),
               ("p", f"申请执行人与被申请执行人{_cause(c)}一案，经{c.basis_court}作出{c.basis_number}"
                     f"{'裁决书' if c.basis_kind == 'arbitration' else '民事判决书'}，该文书已于{cn_date(c.basis_effective)}发生法律效力。"
                     "被申请执行人至今未履行。为维护申请执行人合法权益，根据" + LAW + "第二百四十七条之规定，特向贵院申请强制执行。"),
               ("f", "此致"), ("f", COURT)]
    tail: list[Block] = [("r", f"申请执行人：{a.name}"), ("r", num_date(c.filed_on - timedelta(days=2)))]
    sheets = typed(rng, blocks, title="强制执行申请书", style=LAWYER, tail=tail, footer="of",
                   seal_name=a.name if a.kind == "organisation" else "")
    return sheets


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    timber = c.extra.get("story") == "timber"
    blocks: list[Block] = [("f", f"原告：{a.name}" + (f"，住所地{a.address}。" if a.kind == "organisation" else f"，{a.sex}，住{a.address}。"))]
    if a.kind == "organisation":
        blocks.append(("f", f"法定代表人：{a.legal_rep}，总经理。"))
    blocks += [("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("f", f"被告：{r.name}，住所地{r.address}。"),
               ("f", f"负责人：{r.legal_rep}。")]
    if timber:
        facts = (f"原告与被告于{c.basis_effective.year - 1}年签订编号为{c.extra['contract_no']}的《木材购销合同》（俄文、中文文本各一份），"
                 f"约定被告向原告供应俄罗斯产樟子松原木{c.extra['cubic']}立方米，经满洲里铁路口岸进境交付。原告依约预付货款，被告实际交付的木材"
                 "数量不足、材积短少，且部分批次经满洲里海关查验不符合合同约定的径级。原告提交的俄文发货明细（Спецификация）、"
                 "报关单及翻译件，经当庭质证，被告对其真实性无异议。")
        held = f"被告应返还原告多付货款并赔偿损失，合计{money(c.amount)}。"
    else:
        facts = ("原告与被告订立公路货物运输合同，约定由被告承运原告的货物经满洲里公路口岸出境至俄罗斯后贝加尔斯克，"
                 "被告未按约定时间交付，致货物在境外滞留、部分损毁。原告提交的运单（CMR）、对账单及翻译件，被告质证无异议。")
        held = f"被告赔偿原告货物损失及运费{money(c.amount)}。"
    blocks += [("p", f"原告{a.name}与被告{r.name}{_cause(c)}一案，本院立案后，依法适用普通程序，公开开庭进行了审理。原告的委托诉讼代理人"
                     f"{c.agent}、被告的负责人{r.legal_rep}到庭参加诉讼。本案现已审理终结。"),
               ("p", "原告向本院提出诉讼请求：判令被告返还货款、赔偿损失，并承担本案诉讼费用。"),
               ("p", "本院经审理认定事实如下：" + facts),
               ("p", "本院认为，双方签订的合同系双方真实意思表示，合法有效。当事人为外国法人在中国境内设立的分支机构，本案应适用中华人民共和国"
                     "法律。被告未按约履行，应承担违约责任。依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第五百八十四条，"
                     + LAW + "第六十七条的规定，判决如下："),
               ("p", held + "于本判决生效之日起十日内付清；"),
               ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照" + LAW + "第二百六十四条之规定，加倍支付迟延履行期间的债务利息。"),
               ("p", f"案件受理费{(c.amount * Decimal('0.008')).quantize(Decimal('1'))}元，由被告负担。"),
               ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于内蒙古自治区"
                     "呼伦贝尔市中级人民法院。")]
    day = c.basis_effective - timedelta(days=rng.randint(18, 30))
    sheets = typed(rng, blocks, heading=COURT, title="民事判决书", number=c.basis_number,
                   tail=signed_tail(c, day, [("审判长", c.judge), ("审判员", person_name(rng)), ("人民陪审员", person_name(rng)),
                                             ("书记员", person_name(rng))]),
                   seal_name=COURT_SEAL, mongol=True, footer="own")
    last = sheets[-1]
    last.text(mm(30), mm(250), "本件与原本核对无异", font("kai", mm(5)), fill=(120, 40, 160))
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    trucks = c.extra.get("mn_trucks", 6)
    blocks: list[Block] = [
        ("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被申请人：{r.name}（{c.extra.get('mn_name_cyr', '')}），男，蒙古国公民，护照号码{r.id_number}，住{r.address}。"),
        ("p", f"{ARBITRATION}（以下简称本会）根据申请人与被申请人签订的《口岸货物仓储及短途运输协议》中的仲裁条款及申请人的仲裁申请，"
              "受理了双方之间的仓储及运输合同争议案。本案适用《呼伦贝尔仲裁委员会仲裁规则》简易程序，由独任仲裁员审理。被申请人经合法"
              "通知到庭，本会为其提供蒙古语翻译。"),
        ("f", "一、案情"),
        ("p", f"申请人称：被申请人系从事边民互市贸易的蒙古国商人，其{trucks}辆货车运载的互市商品及回程货物长期存放于申请人经营的满洲里"
              "国际物流园区监管仓库，并委托申请人办理口岸短途倒运。截至结算日，被申请人拖欠仓储费、装卸费及运费，经催要未付。"),
        ("p", "被申请人辩称：对欠款数额有异议，部分货物曾因口岸闭关延误出库。"),
        ("f", "二、仲裁庭意见"),
        ("p", "仲裁庭认为，双方协议合法有效。口岸闭关期间的费用申请人已自愿减免，被申请人的抗辩不能成立。"),
        ("f", "三、裁决"),
        ("p", f"（一）被申请人向申请人支付仓储费、装卸费及运费共计{money(c.amount)}；"),
        ("p", "（二）本案仲裁费由被申请人承担。"), ("p", "上述款项于本裁决书送达之日起十日内付清。本裁决为终局裁决，自作出之日起发生法律效力。")]
    day = c.basis_effective - timedelta(days=rng.randint(3, 12))
    sheets = typed(rng, blocks, heading=ARBITRATION, title="裁　决　书", number=c.basis_number, style=ARB,
                   tail=[("r", f"独任仲裁员：{person_name(rng)}"), ("r", cn_date(day)), ("r", f"秘书：{person_name(rng)}")],
                   seal_name=ARBITRATION, footer="of")
    return sheets


def _basis(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return _award(c, rng) if c.basis_kind == "arbitration" else _judgment(c, rng)


def _certificate(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    day = c.basis_effective + timedelta(days=rng.randint(20, 60))
    blocks: list[Block] = [("f", f"{c.applicant.name}："),
                           ("p", f"本会{c.basis_number}裁决书已于{cn_date(c.basis_effective - timedelta(days=5))}送达双方当事人。其中向被申请人"
                                 f"{c.respondent.name}的送达系在满洲里公路口岸旅检大厅直接送达并由其本人签收。依照《中华人民共和国仲裁法》"
                                 "第五十七条，该裁决书自作出之日起发生法律效力。"),
                           ("p", "特此证明。")]
    return typed(rng, blocks, heading=ARBITRATION, title="裁决书生效证明", number=f"呼仲证字〔{day.year}〕{rng.randint(10, 99)}号",
                 style=ARB, tail=[("r", ARBITRATION), ("r", cn_date(day))], seal_name=ARBITRATION)


def _russian(c: CaseCtx, rng: random.Random) -> tuple[Sheet, Sheet]:
    """The seller's specification in Russian and the translation company's 翻译件 with its seal."""
    ru = paper(rng)
    f = font("serif", mm(3.7))
    fb = font("serif_bold", mm(4.6))
    no = c.extra.get("contract_no", "MZL-2023-01/1")
    ru.centred(mm(24), c.extra.get("ru_parent", "ООО «Сибирский лес»"), fb)
    ru.centred(mm(32), "г. Иркутск, ул. Лермонтова, д. 81, ИНН 3812" + str(rng.randint(100000, 999999)), small("serif", 3.2))
    ru.centred(mm(46), f"СПЕЦИФИКАЦИЯ № {rng.randint(2, 9)} к контракту № {no}", fb)
    rows = [["№", "Наименование товара", "Диаметр, см", "Объём, м³", "Цена, USD/м³"]]
    total = c.extra.get("cubic", 800)
    for i in range(4):
        rows.append([str(i + 1), rng.choice(["Бревна сосны обыкновенной", "Пиломатериалы сосновые", "Бревна лиственницы"]),
                     f"{rng.choice([18, 22, 26, 30])}–{rng.choice([34, 38, 42])}", str(total // 4 + rng.randint(-20, 20)),
                     str(rng.randint(118, 196))])
    rows.append(["", "Итого", "", str(total), ""])
    table(ru, mm(18), mm(58), [mm(12), mm(70), mm(30), mm(28), mm(34)], rows, f, row_h=mm(12))
    y = mm(58) + mm(12) * 7 + mm(10)
    for line in ("Условия поставки: DAP ст. Забайкальск / ст. Маньчжурия (Инкотермс 2010).",
                 "Оплата: 30% предоплата, 70% после пересечения границы.",
                 "Продавец: ______________ " + c.extra.get("resp_head_ru", "Иванов С. П."),
                 "Покупатель: ______________ " + c.applicant.legal_rep):
        ru.text(mm(20), y, line, f)
        y += mm(9)
    signature(ru, mm(62), y - mm(22), c.extra.get("resp_head_ru", "Иванов").split()[0], rng)
    seal(ru, mm(150), y - mm(20), "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ", rng, radius=mm(19))
    cn = paper(rng)
    blocks: list[Block] = [("c", "翻 译 件"), ("f", f"{c.extra.get('ru_parent_cn', '')}"),
                           ("f", f"第{rng.randint(2, 9)}号规格书（合同编号{no}之附件）"),
                           ("p", f"货物名称：樟子松原木、松木锯材、落叶松原木；合计材积{total}立方米；交货条件：DAP后贝加尔斯克站／满洲里站"
                                 "（国际贸易术语解释通则2010）；付款方式：预付30%，货物过境后付70%。"),
                           ("p", f"卖方：（签字）{c.extra.get('resp_head_ru', '')}　买方：（签字）{c.applicant.legal_rep}"),
                           ("p", "译者声明：本译文与俄文原件内容一致。"),
                           ("r", f"{TRANSLATOR}　译员：{person_name(rng)}"), ("r", num_date(c.filed_on - timedelta(days=9)))]
    from dossier.corpus.draw import flow
    y2 = flow(cn, blocks, font("sans", mm(4.0)), x0=mm(24), width=mm(160), y=mm(30), line_height=mm(7.4), indent=mm(8),
             centre=font("sans_bold", mm(6)))
    seal(cn, mm(150), y2 - mm(14), TRANSLATOR, rng, inner="翻译专用章")
    return ru, cn


def _customs(c: CaseCtx, rng: random.Random) -> Sheet:
    s = paper(rng)
    s.centred(mm(18), "中华人民共和国海关进口货物报关单", font("sans_bold", mm(5.4)))
    s.text(mm(16), mm(28), f"预录入编号：{rng.randint(10**17, 10**18 - 1)}　海关编号：0601{rng.randint(10**13, 10**14 - 1)}",
           small("mono", 3.0))
    cells = [["境内收货人", c.applicant.name, "进境关别", "满洲里海关（0601）"], ["境外发货人", c.extra.get("ru_parent", ""), "运输方式", "铁路运输"],
             ["贸易方式", "一般贸易", "启运国", "俄罗斯"], ["商品编号", "4403210090", "商品名称", "樟子松原木"],
             ["数量及单位", f"{c.extra.get('cubic', 800)}立方米", "成交方式", "DAP"], ["申报单位", "满洲里口岸报关有限公司", "申报日期", num_date(c.basis_effective - timedelta(days=300))]]
    f = small("sans", 3.3)
    y = mm(36)
    for row in cells:
        table(s, mm(12), y, [mm(30), mm(62), mm(26), mm(68)], [row], f, row_h=mm(14))
        y += mm(14)
    s.text(mm(14), y + mm(6), "兹申明对以上内容承担如实申报、依法纳税之法律责任。", small("sans", 3.2))
    seal(s, mm(160), y + mm(20), "满洲里口岸报关有限公司", rng, radius=mm(16), inner="报关专用章")
    return s


def _clue_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = paper(rng)
    s.centred(mm(22), "被执行人可供执行财产线索表", font("hei", mm(6.5)))
    rows = [["被执行人", c.respondent.name], ["银行账户", ""], ["不动产", ""], ["车辆", ""], ["货物、存货", ""], ["其他（境外财产等）", ""],
            ["提供人（签章）", ""], ["日期", ""]]
    heights = [mm(14), mm(26), mm(22), mm(22), mm(30), mm(28), mm(18), mm(14)]
    table(s, mm(18), mm(36), [mm(44), mm(130)], rows, small("ming", 4.0), row_h=heights, centre_first=True)
    y = mm(36)
    story = c.extra.get("story")
    entries = {1: f"{c.extra['bank']}", 2: "不详，请法院查询",
               3: "蒙E" + str(rng.randint(10000, 99999)) + "（挂车）" if story == "freight" else "不详",
               4: "存于满洲里铁路口岸木材换装场，见附件" if story == "timber" else "互贸区仓库", 5: "", 6: c.agent,
               7: f"{c.filed_on.year}.{c.filed_on.month}.{c.filed_on.day}"}
    for i, t in entries.items():
        if t:
            fill(s, mm(68), y + sum(heights[:i]) + heights[i] / 2 - mm(3), t, rng)
    sheets = [s]
    if story == "timber":
        ru, cn = _russian(c, rng)
        sheets += [ru, cn, _customs(c, rng)]
    return sheets


def _fee(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(size=(mm(210), mm(120)), paper=(250, 244, 236))
    s.centred(mm(8), "内蒙古自治区非税收入一般缴款书", font("song_gb", mm(5.2)), fill=(150, 40, 40))
    fee = (c.amount * Decimal("0.01") + 50).quantize(Decimal("0.01"))
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["项目名称", "申请执行费", "金额（元）", f"{fee}"],
            ["金额大写", money_caps(fee), "", ""], ["收款银行", "满洲里农村商业银行", "票号", f"1507{rng.randint(10**7, 10**8 - 1)}"]]
    table(s, mm(10), mm(20), [mm(30), mm(64), mm(30), mm(66)], rows, small("song_gb", 3.4), row_h=mm(16), fill=(150, 40, 40))
    fill(s, mm(20), mm(92), num_date(c.filed_on), rng)
    seal(s, mm(160), mm(96), "满洲里农村商业银行股份有限公司", rng, radius=mm(14), inner="收讫")
    return [s]


def _licence(c: CaseCtx, rng: random.Random, who: object) -> Sheet:
    from dossier.corpus.content import Party
    assert isinstance(who, Party)
    s = paper(rng)
    s.box(mm(16), mm(20), mm(194), mm(150), width=6, outline=(170, 60, 50))
    s.centred(mm(30), "营 业 执 照", font("serif_bold", mm(10)), fill=(120, 30, 30))
    s.centred(mm(46), "（副　本）", small("serif", 4))
    rows = [f"统一社会信用代码　{who.id_number}", f"名　　称　{who.name}",
            f"类　　型　{'有限责任公司分公司(外国法人投资)' if '分公司' in who.name else '有限责任公司(自然人投资或控股)'}",
            f"{'负 责 人' if '分公司' in who.name else '法定代表人'}　{who.legal_rep}", f"住　　所　{who.address}",
            "经营范围　木材、矿产品进出口；国际货运代理；仓储服务（不含危险品）；边民互市商品收购"]
    y = mm(60)
    for line in rows:
        s.text(mm(26), y, line, small("serif", 3.8))
        y += mm(11)
    seal(s, mm(150), mm(128), "满洲里市市场监督管理局", rng, radius=mm(17))
    s.text(mm(40), mm(170), "复印件与原件一致", font("kai", mm(6)), fill=(40, 40, 150))
    seal(s, mm(120), mm(176), who.name, rng, radius=mm(18))
    return s


def _passport(c: CaseCtx, rng: random.Random) -> Sheet:
    """A copy of a 蒙古国 passport's data page (Mongolian Cyrillic and English), photocopied grey on A4."""
    s = paper(rng)
    x0, y0 = mm(25), mm(40)
    s.draw.rectangle((x0, y0, x0 + mm(162), y0 + mm(88)), fill=(214, 214, 210), outline=(90, 90, 90), width=3)
    s.draw.rectangle((x0 + mm(6), y0 + mm(16), x0 + mm(38), y0 + mm(58)), fill=(120, 120, 118))
    f = ImageFont.truetype(LATIN, size=mm(2.9))  # Mongolian Cyrillic needs Ө and Ү, which the CJK faces lack
    fb = ImageFont.truetype(LATIN, size=mm(3.4))
    s.text(x0 + mm(6), y0 + mm(4), "МОНГОЛ УЛС  MONGOLIA", fb)
    s.text(x0 + mm(70), y0 + mm(4), "ПАСПОРТ  PASSPORT", fb)
    cyr = c.extra.get("mn_name_cyr", "ОЧИРБАТ Батболд").split()
    born = c.respondent.born
    lines = [f"Төрөл/Type P   Улсын код/Code MNG   Паспортын дугаар/Passport No. {c.respondent.id_number}",
             f"Овог/Surname  {cyr[0]}", f"Нэр/Given names  {cyr[-1]}",
             "Иргэншил/Nationality  МОНГОЛ/MONGOLIAN",
             f"Төрсөн огноо/Date of birth  {born:%d %b %Y}" if born else "",
             f"Хүйс/Sex  Эр/M    Регистрийн дугаар/Reg. No. {c.extra.get('register_no', '')}",
             f"Олгосон огноо/Date of issue  {c.filed_on.replace(year=c.filed_on.year - 4):%d %b %Y}"]
    y = y0 + mm(16)
    for line in lines:
        if line:
            s.text(x0 + mm(42), y, line, f)
        y += mm(6)
    mrz = f"P<MNG{cyr[0]}<<{cyr[-1]}".upper()
    s.text(x0 + mm(4), y0 + mm(68), "P<MNG" + "<" * 39, font("mono", mm(3.4)), record=False)
    s.text(x0 + mm(4), y0 + mm(76), f"{c.respondent.id_number}<0MNG{born:%y%m%d}" + "<" * 20 if born else mrz,
           font("mono", mm(3.4)))
    s.text(mm(30), mm(150), "经核对，与护照原件一致。", font("kai", mm(5.5)), fill=(40, 40, 150))
    fill(s, mm(30), mm(162), f"核对人：{c.officer}", rng)
    fill(s, mm(30), mm(176), c.extra.get("mn_name_latin", "Bat"), rng, mm(7))
    s.text(mm(30), mm(196), f"入境记录：{num_date(c.filed_on - timedelta(days=rng.randint(30, 200)))} 满洲里公路口岸（验讫章）",
           small("sans", 3.4))
    return s


def _id_card(c: CaseCtx, rng: random.Random, who: object) -> Sheet:
    from dossier.corpus.content import Party
    assert isinstance(who, Party)
    s = paper(rng)
    for k, y0 in enumerate((mm(40), mm(112))):
        s.draw.rounded_rectangle((mm(45), y0, mm(45) + mm(86), y0 + mm(54)), radius=mm(4), fill=(226, 228, 230),
                                 outline=(120, 120, 120), width=2)
        f = small("sans", 3.0)
        if k == 0:
            for i, t in enumerate((f"姓名　{who.name}", f"性别　{who.sex}　民族　{rng.choice(['汉', '蒙古', '汉', '满', '达斡尔'])}",
                                   f"住址　{who.address[:14]}", f"　　　{who.address[14:]}", f"公民身份号码　{who.id_number}")):
                s.text(mm(50), y0 + mm(6) + i * mm(9), t, f)
            s.draw.rectangle((mm(106), y0 + mm(8), mm(126), y0 + mm(34)), fill=(150, 150, 150))
        else:
            s.centred(y0 + mm(12), "中华人民共和国", font("sans_bold", mm(4.4)), x0=mm(45), x1=mm(131))
            s.centred(y0 + mm(22), "居民身份证", font("sans_bold", mm(5.2)), x0=mm(45), x1=mm(131))
            s.text(mm(52), y0 + mm(38), "签发机关　满洲里市公安局", f)
            s.text(mm(52), y0 + mm(45), f"有效期限　{who.born.year + 30 if who.born else 2030}.05.12-长期", f)
    s.text(mm(50), mm(180), "本复印件仅供法院执行使用", font("kai", mm(5)), fill=(40, 40, 150))
    return s


def _rep_letter(c: CaseCtx, rng: random.Random, who: object) -> Sheet:
    from dossier.corpus.content import Party
    assert isinstance(who, Party)
    title = "负责人身份证明书" if "分公司" in who.name else "法定代表人身份证明书"
    role = "负责人" if "分公司" in who.name else "法定代表人"
    blocks: list[Block] = [("p", f"{who.legal_rep}在我单位任{'分公司负责人' if role == '负责人' else '总经理'}职务，系我单位的{role}。"),
                           ("p", "特此证明。")]
    return typed(rng, blocks, title=title, style=LAWYER, tail=[("r", who.name), ("r", num_date(c.filed_on - timedelta(days=3)))],
                 seal_name=who.name, footer="")[0]


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    who = c.respondent if "respondent" in served else c.applicant
    if who.kind == "person" and c.extra.get("passport") and who is c.respondent:
        return [_passport(c, rng)]
    if who.kind == "person":
        return [_id_card(c, rng, who)]
    return [_licence(c, rng, who), _rep_letter(c, rng, who)]


def _power(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    blocks: list[Block] = [("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                           ("p", f"现委托上列受托人在我方与{c.respondent.name}{_cause(c)}执行一案中，作为我方的代理人。"),
                           ("p", "代理权限为：特别授权，代为申请执行、提供财产线索、参加执行谈话、代为和解、代为签收法律文书、"
                                 "代为领取执行款。")]
    sheets = typed(rng, blocks, title="授权委托书", style=LAWYER,
                   tail=[("r", f"委托人：{a.name}"), ("r", num_date(c.filed_on - timedelta(days=4)))],
                   seal_name=a.name if a.kind == "organisation" else "", footer="")
    if a.kind == "person":
        signature(sheets[-1], mm(140), mm(100), a.name, rng)
    return sheets


def _firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = paper(rng)
    s.centred(mm(20), c.firm, font("serif_bold", mm(6.4)), fill=(160, 30, 30))
    s.line(mm(20), mm(32), mm(190), mm(32), width=4, fill=(160, 30, 30))
    s.centred(mm(42), "律 师 事 务 所 函", font("sans_bold", mm(7)))
    s.right(mm(188), mm(56), f"〔{c.filed_on.year}〕{c.firm[2:4]}律执字第{rng.randint(10, 199)}号", small("sans", 3.8))
    from dossier.corpus.draw import flow
    blocks: list[Block] = [("f", f"{COURT}："),
                           ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{_cause(c)}执行一案的"
                                 "代理人。特此函告。"), ("r", c.firm), ("r", num_date(c.filed_on - timedelta(days=3)))]
    y = flow(s, blocks, font("sans", mm(4.2)), x0=mm(26), width=mm(160), y=mm(70), line_height=mm(8), indent=mm(8))
    seal(s, mm(150), y - mm(14), c.firm, rng)
    return [s]


def _licence_card(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = paper(rng)
    s.draw.rectangle((mm(30), mm(40), mm(180), mm(140)), outline=(60, 60, 60), width=3)
    s.centred(mm(48), "中华人民共和国律师执业证", font("sans_bold", mm(5.2)), x0=mm(30), x1=mm(180))
    rows = [f"持证人　{c.agent}", f"执业机构　{c.firm}", f"执业证号　11507{c.filed_on.year - rng.randint(3, 15)}1{rng.randint(10**7, 10**8 - 1)}",
            "发证机关　内蒙古自治区司法厅", f"年度考核　{c.filed_on.year - 1}年度 称职"]
    for i, t in enumerate(rows):
        s.text(mm(40), mm(66) + i * mm(12), t, small("sans", 3.8))
    s.draw.rectangle((mm(140), mm(66), mm(170), mm(106)), fill=(160, 160, 160))
    seal(s, mm(150), mm(124), "内蒙古自治区司法厅", rng, radius=mm(15))
    return [s]


def _hand_form(c: CaseCtx, rng: random.Random, title: str, rows: list[tuple[str, str]], note: str) -> list[Sheet]:
    s = paper(rng)
    s.centred(mm(20), COURT, font("hei", mm(5)))
    s.centred(mm(31), title, font("hei", mm(7)))
    heights: list[float] = [mm(18)] * len(rows)
    table(s, mm(18), mm(48), [mm(52), mm(122)], [[k, ""] for k, _ in rows], small("ming", 3.9), row_h=heights, centre_first=True)
    for i, (_, v) in enumerate(rows):
        if v:
            fill(s, mm(76), mm(48) + mm(18) * i + mm(5), v, rng, mm(4.4))
    from dossier.corpus.draw import flow
    flow(s, [("p", note)], small("ming", 3.6), x0=mm(20), width=mm(170), y=mm(52) + mm(18) * len(rows), line_height=mm(6),
         indent=mm(7))
    return [s]


def _account(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    acct = f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    return _hand_form(c, rng, "申请执行人收取案款确认书", [
        ("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra.get("bank", "")[:14]),
        ("账号", acct), ("联系电话", a.phone), ("确认人签名（盖章）", c.agent), ("日期", num_date(c.filed_on))],
        "本人（单位）确认以上账户真实有效，法院将执行款汇入上述账户即视为已向本人（单位）发放。账户变更的，应书面告知法院。")


def _address(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return _hand_form(c, rng, "送达地址确认书", [
        ("案号", c.number), ("受送达人", c.applicant.name), ("送达地址", c.firm + "（满洲里市）"), ("收件人", c.agent),
        ("电话", c.agent_phone), ("是否同意电子送达", "同意 微信/短信"), ("受送达人签名", c.agent), ("日期", num_date(c.filed_on))],
        "告知：当事人应如实提供送达地址；提供的地址不准确或变更未及时告知的，文书退回之日视为送达之日。")


def _inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = paper(rng)
    s.centred(mm(16), "执行网络查控结果（总对总）", font("sans_bold", mm(5.2)))
    s.text(mm(14), mm(26), f"案号：{c.number}　被查询人：{c.respondent.name}　证件号：{c.respondent.id_number}", small("mono", 3.0))
    rows = [["序号", "协助单位", "反馈结果", "余额（元）", "反馈日期"]]
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "内蒙古银行", "满洲里农村商业银行", "支付宝", "财付通",
             "公安部（车辆）", "自然资源部（不动产）", "出入境管理局"]
    for i, b in enumerate(banks, 1):
        got = i == 6
        bal = f"{Decimal(rng.randint(1000, 90000)) / 100:.2f}" if got else "0.00"
        rows.append([str(i), b, "有账户" if got else ("有出入境记录" if "出入境" in b and c.extra.get("passport") else "未查到"), bal,
                     num_date(c.day(rng.randint(2, 4)))])
    table(s, mm(12), mm(34), [mm(14), mm(56), mm(46), mm(32), mm(38)], rows, small("mono", 3.0), row_h=mm(10))
    s.text(mm(14), mm(34) + mm(10) * len(rows) + mm(6), "打印人：" + c.clerk + "　打印时间：" + num_date(c.day(5)), small("mono", 3.0))
    reply = typed(rng, [("f", f"{COURT}："),
                        ("p", f"贵院{c.number}协助查询通知书收悉。经查，{c.respondent.name}在我中心登记簿上无不动产登记记录"
                              f"（查询范围：满洲里市、扎赉诺尔区）。"), ("p", "特此函复。")],
                  title="不动产登记信息查询结果告知书", style=LAWYER, tail=[("r", REGISTRY), ("r", num_date(c.day(9)))],
                  seal_name=REGISTRY, footer="")[0]
    reply.starts_document = True
    return [s, reply]


def _assistance(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    notice = typed(rng, [("f", f"{c.extra['bank']}："),
                         ("p", f"关于{c.applicant.name}申请执行{c.respondent.name}{_cause(c)}一案，本院作出的{c.number}执行裁定书已发生"
                               f"法律效力。依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
                         ("p", f"冻结、扣划被执行人{c.respondent.name}在你行开立的账户（账号{c.extra['resp_account']}）内存款，"
                               f"以{money(c.amount)}为限。"),
                         ("p", "附：执行裁定书一份。")],
                   heading=COURT, title="协助执行通知书", number=c.number,
                   tail=signed_tail(c, c.day(12), [("执行员", c.officer)]), seal_name=COURT_SEAL, mongol=True)
    held = Decimal(rng.randint(1000, 90000)) / 100
    reply = Sheet(size=(mm(210), mm(148)), paper=(247, 247, 242))
    reply.centred(mm(10), "协助执行回执", font("sans_bold", mm(5.6)))
    rows = [["法院案号", c.number], ["被执行人", c.respondent.name], ["账号", c.extra["resp_account"]],
            ["执行结果", f"已冻结并扣划人民币{held:,.2f}元，账户余额0.00元"], ["经办人", ""], ["日期", num_date(c.day(13))]]
    table(reply, mm(12), mm(22), [mm(40), mm(146)], rows, small("mono", 3.3), row_h=mm(13))
    fill(reply, mm(60), mm(22) + mm(13) * 4 + mm(3), person_name(rng), rng, mm(5))
    seal(reply, mm(160), mm(110), c.extra["bank"].split("股份")[0], rng, radius=mm(16), inner="业务专用章")
    reply.starts_document = True
    return [*notice, reply]


def _settlement(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    first = (c.amount * Decimal("0.4")).quantize(Decimal("0.01"))
    blocks: list[Block] = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
                           ("p", f"甲乙双方就{c.number}执行一案，经满洲里市人民法院主持，自愿达成和解协议如下："),
                           ("p", f"一、乙方于{num_date(c.day(50))}前支付{money(first)}，余款{money(c.amount - first)}于{num_date(c.day(65))}前付清，"
                                 "均汇入法院执行款专户；"),
                           ("p", "二、乙方按期付清后，甲方放弃迟延履行期间的债务利息；乙方存放于口岸换装场的木材由乙方自行处理；"),
                           ("p", "三、乙方逾期未付的，甲方可申请恢复执行原生效法律文书。"), ("p", "本协议一式三份，双方各执一份，交法院一份存卷。")]
    sheets = typed(rng, blocks, title="执行和解协议", style=LAWYER, footer="",
                   tail=[("f", "甲方（盖章）："), ("f", "乙方（盖章）："), ("r", num_date(c.day(44)))])
    last = sheets[-1]
    seal(last, mm(80), mm(150), a.name, rng, radius=mm(18))
    seal(last, mm(140), mm(170), r.name, rng, radius=mm(18))
    return sheets


def _voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(size=(mm(210), mm(120)), paper=(246, 250, 246))
    s.centred(mm(8), "满洲里农村商业银行　转账支付凭证（回单）", font("sans_bold", mm(4.6)), fill=(20, 90, 60))
    rows = [["付款人", "满洲里市人民法院执行款专户", "收款人", c.applicant.name], ["付款账号", c.extra["own_account"], "收款账号", "****"],
            ["金额", f"¥{c.amount:,.2f}", "大写", money_caps(c.amount)], ["用途", f"{c.number}执行款发放", "交易日期", num_date(c.day(68))]]
    table(s, mm(8), mm(20), [mm(26), mm(70), mm(24), mm(74)], rows, small("mono", 3.1), row_h=mm(15), fill=(20, 90, 60))
    seal(s, mm(170), mm(96), "满洲里农村商业银行股份有限公司", rng, radius=mm(14), inner="转讫")
    s.text(mm(10), mm(100), f"流水号 {rng.randint(10**15, 10**16 - 1)}　柜员 0{rng.randint(1000, 9999)}", small("mono", 2.9), fill=INK)
    return [s]


DRAW = {"enforcement_application": _application, "enforcement_basis": _basis, "effectiveness_certificate": _certificate,
        "property_clue_form": _clue_form, "fee_receipt": _fee, "identity_proof": _identity, "power_of_attorney": _power,
        "law_firm_letter": _firm_letter, "lawyer_license": _licence_card, "payment_account_confirmation": _account,
        "service_address_confirmation": _address, "online_inquiry_result": _inquiry, "assistance_notice": _assistance,
        "settlement_agreement": _settlement, "payment_voucher": _voucher}
