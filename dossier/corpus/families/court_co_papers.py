"""court_co: the papers that reach the 秦州区 bureau from others — the 天水仲裁委员会 award and its 生效证明, the
court's own and the 中院's judgments, the lawyer's application, 委托书, 所函 and 执业证, the 非税收入 receipt,
ID and licence copies, and the 查控 printouts and registry replies."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, signature, table
from dossier.corpus.families.court_co_kit import fill, sign_block, typed
from dossier.corpus.fonts import font

RECEIVED = frozenset({"enforcement_application", "enforcement_basis", "effectiveness_certificate", "fee_receipt",
                      "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license"})


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """A received paper by its code (identity_proof with served ["respondent"] is the respondent's)."""
    if code == "enforcement_basis":
        return _award(c, rng) if c.extra["story"] == "orchard" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, "respondent" in served)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "lawyer_license":
        return _license(c, rng)
    return _lawyer(code, c, rng)


def _dispute(c: CaseCtx) -> str:
    return {"orchard": "土地承包经营权流转合同纠纷", "traffic": "机动车交通事故责任纠纷"}.get(c.extra["story"], "买卖合同纠纷")


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """天水仲裁委员会裁决书: its own header, 裁决如下, the 仲裁庭 signatures and the commission's seal."""
    a, r = c.applicant, c.respondent
    mu = c.extra["orchard_mu"]
    blocks = [("f", f"申请人：{a.name}，{a.sex}，住{a.address}。"), ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
              ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"负责人：{r.legal_rep}，该合作社理事长。"),
              ("p", f"天水仲裁委员会根据申请人与被申请人签订的《苹果园土地经营权流转合同》中的仲裁条款，受理了双方之间的"
                    f"{_dispute(c)}。本案适用简易程序，由独任仲裁员审理，现已审理终结。"),
              ("c", "一、案情"),
              ("p", f"申请人称：双方约定由被申请人流转申请人位于{c.extra['town']}的花牛苹果园{mu}亩，流转期限十年，"
                    "流转费每年每亩按约定标准于每年十月三十日前支付。被申请人连续三年未付流转费，经多次催要未果。"),
              ("p", "被申请人辩称：近年受冻害影响苹果减产，请求减免部分流转费。"),
              ("c", "二、仲裁庭意见"),
              ("p", "仲裁庭认为，双方签订的合同系真实意思表示，合法有效。自然灾害不属于合同约定的免责事由，被申请人应按约支付。"),
              ("c", "三、裁决"), ("p", "根据《中华人民共和国民法典》第五百七十七条之规定，裁决如下："),
              ("p", f"（一）被申请人{r.name}向申请人{a.name}支付拖欠的果园流转费{money(c.amount)}；"),
              ("p", "（二）本案仲裁费由被申请人承担。上述款项于本裁决书送达之日起十日内付清。"),
              ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
    sheets = typed("裁　决　书", c.basis_number, blocks, head="天水仲裁委员会", title_font="song_gb", body_font="song_gb",
                   size=40, gap=8)
    sign_block(sheets[-1], [f"独任仲裁员　{c.extra['trial_judge']}", f"秘书　{person_name(rng)}"],
               cn_date(c.basis_effective), "天水仲裁委员会", rng, body_font="song_gb")
    return sheets


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's own traffic judgment, or the 中院's 二审 judgment on the materials debt (驳回上诉，维持原判)."""
    a, r = c.applicant, c.respondent
    if c.extra["story"] == "traffic":
        head, font_name = "甘肃省天水市秦州区人民法院", "serif"
        blocks = [("f", f"原告：{a.name}，{a.sex}，住{a.address}。"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                  ("f", f"被告：{r.name}，{r.sex}，住{r.address}。"),
                  ("p", f"原告{a.name}与被告{r.name}{_dispute(c)}一案，本院立案后，依法适用简易程序公开开庭进行了审理。本案现已审理终结。"),
                  ("p", f"经审理查明：被告驾驶{c.extra['plate']}号小型普通客车沿天水市秦州区罗玉路由西向东行驶时，与原告驾驶的"
                        "电动自行车相撞，致原告受伤、车辆受损。秦州区交警大队认定被告负事故全部责任。肇事车辆未投保商业三者险。"),
                  ("p", "本院认为，公民的生命健康权受法律保护。被告驾车负事故全部责任，应赔偿原告的合理损失。依照《中华人民共和国"
                        "民法典》第一千一百六十五条、第一千一百七十九条之规定，判决如下："),
                  ("p", f"被告{r.name}于本判决生效后十日内赔偿原告{a.name}医疗费、误工费、护理费等各项损失共计{money(c.amount)}。"),
                  ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                        "加倍支付迟延履行期间的债务利息。案件受理费减半收取，由被告负担。"),
                  ("p", "如不服本判决，可在判决书送达之日起十五日内提出上诉，上诉于甘肃省天水市中级人民法院。")]
        sign = [f"审判员　{c.extra['trial_judge']}", f"书记员　{person_name(rng)}"]
    else:
        head, font_name = "甘肃省天水市中级人民法院", "song_gb"
        blocks = [("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司经理。"),
                  ("f", f"被上诉人（原审原告）：{a.name}，{a.sex}，住{a.address}，个体建材经营户。"),
                  ("p", f"上诉人{r.name}因与被上诉人{a.name}{_dispute(c)}一案，不服甘肃省天水市秦州区人民法院"
                        f"{c.extra['first_number']}民事判决，向本院提起上诉。本院依法组成合议庭审理了本案，现已审理终结。"),
                  ("p", f"原审查明：上诉人承建秦州区安置房项目期间，向被上诉人购买钢材、水泥、砌块等建筑材料，经对账尚欠货款"
                        f"{money(c.amount)}，出具欠条后未付。一审判决上诉人支付货款及逾期付款利息。"),
                  ("p", "上诉人称货物质量存在问题，但未提交证据证明。本院认为，一审判决认定事实清楚，适用法律正确。依照《中华人民共和国"
                        "民事诉讼法》第一百七十七条第一款第一项之规定，判决如下："),
                  ("p", "驳回上诉，维持原判。"), ("p", "二审案件受理费由上诉人负担。"), ("p", "本判决为终审判决。")]
        sign = [f"审判长　{c.extra['trial_judge']}", f"审判员　{person_name(rng)}", f"审判员　{person_name(rng)}",
                f"书记员　{person_name(rng)}"]
    sheets = typed("民 事 判 决 书", c.basis_number, blocks, head=head, title_font=font_name, body_font=font_name,
                   size=41, gap=10)
    sign_block(sheets[-1], sign, cn_date(c.basis_effective - timedelta(days=20)), head.removeprefix("甘肃省"), rng,
               body_font=font_name)
    s = sheets[-1]
    s.text(mm(28), s.height - mm(40), "本件与原本核对无异", font(font_name, 34))
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """生效证明: from the commission for its award, from the court's 民事审判庭 for its own judgment."""
    s = Sheet()
    orchard = c.extra["story"] == "orchard"
    org = "天水仲裁委员会" if orchard else "甘肃省天水市秦州区人民法院"
    s.centred(mm(30), org, font("song_gb", 56), spacing=8)
    s.centred(mm(30) + 100, "生 效 证 明 书" if not orchard else "裁决书生效证明", font("hei", 72), spacing=14)
    text = (f"本会{c.basis_number}裁决书（申请人{c.applicant.name}，被申请人{c.respondent.name}）已于{cn_date(c.basis_effective)}"
            "送达双方当事人，该裁决为终局裁决，自作出之日起发生法律效力。" if orchard else
            f"本院{c.basis_number}民事判决书（原告{c.applicant.name}，被告{c.respondent.name}），已于{cn_date(c.basis_effective)}"
            "发生法律效力，双方当事人均未在法定期限内提起上诉。")
    table(s, mm(22), mm(30) + 220, [s.width - mm(44)], [[text], ["特此证明。"]], font("song_gb", 42), row_h=[420, 110])
    sign_block(s, ["经办人：" + person_name(rng)], cn_date(c.basis_effective + timedelta(days=rng.randint(5, 20))), org, rng,
               body_font="song_gb")
    return [s]


def _identity(c: CaseCtx, rng: random.Random, respondent: bool) -> list[Sheet]:
    """ID card copied front and back on one A4, or a 农民专业合作社/company licence copy with 与原件一致."""
    p = c.respondent if respondent else c.applicant
    s = Sheet()
    if p.kind == "person":
        x, y, w, h = mm(45), mm(40), mm(120), mm(76)
        for k in range(2):
            top = y + k * (h + mm(30))
            s.draw.rounded_rectangle((x, top, x + w, top + h), radius=30, outline=INK, width=3, fill=(236, 236, 232))
        f = font("hei", 34)
        lines = [f"姓名　{p.name}", f"性别　{p.sex}　民族　汉", f"出生　{p.born:%Y年%m月%d日}" if p.born else "出生",
                 f"住址　{p.address[:14]}", f"　　　{p.address[14:]}"]
        for i, t in enumerate(lines):
            s.text(x + 40, y + 40 + i * 62, t, f)
        s.draw.rectangle((x + w - mm(34), y + 40, x + w - mm(6), y + 40 + mm(38)), fill=(200, 200, 196))
        s.text(x + 40, y + h - 80, f"公民身份号码　{p.id_number}", font("hei", 36))
        top = y + h + mm(30)
        s.centred(top + 60, "中华人民共和国", font("hei", 52), x0=x, x1=x + w)
        s.centred(top + 140, "居民身份证", font("hei", 66), x0=x, x1=x + w, spacing=8)
        s.text(x + 60, top + h - 150, "签发机关　天水市公安局秦州分局", font("hei", 32))
        s.text(x + 60, top + h - 90, f"有效期限　{p.born.year + 36 if p.born else 2030}.03.11-长期", font("hei", 32))
        fill(s, x + 40, y + 2 * h + mm(70), "此复印件与原件一致，仅供法院执行使用。", rng)
        fill(s, x + 300, y + 2 * h + mm(84), p.name, rng, size=52)
        return [s]
    s.draw.rectangle((mm(24), mm(30), s.width - mm(24), mm(200)), outline=(150, 40, 40), width=12)
    s.centred(mm(46), "营 业 执 照", font("song_gb", 96), spacing=20)
    s.centred(mm(46) + 130, "（副　本）", font("song_gb", 44))
    info = [("统一社会信用代码", p.id_number), ("名　　称", p.name),
            ("类　　型", "农民专业合作社" if "合作社" in p.name else "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("成员出资总额" if "合作社" in p.name else "注册资本", "伍佰万元整"),
            ("住　　所", p.address), ("经营范围", "苹果种植、收购、储藏、销售" if "合作社" in p.name else "房屋建筑工程施工总承包")]
    for i, (key, val) in enumerate(info):
        s.text(mm(36), mm(88) + i * 78, key, font("hei", 36))
        s.text(mm(90), mm(88) + i * 78, val, font("song_gb", 36))
    s.text(mm(120), mm(178), "登记机关　天水市秦州区市场监督管理局", font("song_gb", 32))
    seal(s, s.width - mm(60), mm(176), "天水市秦州区市场监督管理局", rng, radius=mm(17))
    fill(s, mm(30), mm(220), "与原件核对一致", rng, size=52)
    seal(s, mm(130), mm(228), p.name, rng, radius=mm(20))
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """甘肃省非税收入一般缴款书 for the first-instance fee: a short slip, half an A4."""
    s = Sheet(size=(Sheet().width, int(Sheet().height * 0.44)), paper=(246, 244, 236))
    s.centred(40, "甘肃省非税收入一般缴款书（电子）", font("song_gb", 52), spacing=2)
    s.text(mm(16), 120, f"票据号码：{rng.randint(10**9, 10**10 - 1)}", font("song_gb", 32))
    paid = c.basis_effective - timedelta(days=rng.randint(60, 200))
    s.right(s.width - mm(16), 120, f"填制日期：{paid:%Y年%m月%d日}", font("song_gb", 32))
    fee = c.extra["fee"]
    rows = [["缴款人", c.applicant.name, "执收单位", "天水市秦州区人民法院" if c.extra["story"] != "materials" else "天水市中级人民法院"],
            ["项目名称", "诉讼费（案件受理费）", "金额", f"{fee:,.2f}"],
            ["金额（大写）", money_caps(fee), "", ""], ["备注", f"{c.basis_number}", "", ""]]
    w = s.width - mm(32)
    table(s, mm(16), 180, [mm(36), w / 2 - mm(36), mm(30), w / 2 - mm(30)], rows, font("song_gb", 32), row_h=92,
          fill=(120, 40, 40))
    seal(s, s.width - mm(50), 520, "甘肃省财政厅非税收入专用章", rng, radius=mm(15))
    s.text(mm(16), s.height - 70, "收款单位（章）　　复核人　　收款人", font("song_gb", 30), fill=(120, 40, 40))
    return [s]


def _license(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x, y, w, h = mm(35), mm(40), mm(140), mm(95)
    s.box(x, y, x + w, y + h, width=4)
    s.centred(y + 50, "中华人民共和国律师执业证", font("song_gb", 54), x0=x, x1=x + w)
    rows = [("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", c.extra["lic"]), ("法律职业资格证号", f"A2011{rng.randint(10**9, 10**10 - 1)}"),
            ("持证人", c.agent), ("发证机关", "甘肃省司法厅")]
    for i, (k, v) in enumerate(rows):
        s.text(x + 40, y + 160 + i * 74, f"{k}：{v}", font("song_gb", 38))
    seal(s, x + w - mm(30), y + h - mm(25), "甘肃省司法厅", rng, radius=mm(16))
    s.box(x, y + h + mm(16), x + w, y + h + mm(60), width=3)
    s.text(x + 40, y + h + mm(24), f"年度考核：{c.filed_on.year - 1}年度　称职", font("song_gb", 38))
    fill(s, x, y + h + mm(80), "复印件与原件一致", rng, size=48)
    return [s]


def _lawyer(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed papers: the application (asking for 限高 and 失信), the 委托书, and the 所函 on a slip."""
    a, r = c.applicant, c.respondent
    if code == "law_firm_letter":
        s = Sheet(size=(Sheet().width, int(Sheet().height * 0.5)))
        s.centred(40, c.firm, font("wenkai_bold", 58), spacing=6)
        s.line(mm(20), 120, s.width - mm(20), 120, width=3, fill=RED)
        s.centred(150, "律 师 事 务 所 函", font("wenkai_bold", 62), spacing=6)
        s.right(s.width - mm(20), 240, f"甘{rng.choice(['陇右', '羲皇', '麦积'])}所函〔{c.filed_on.year}〕{rng.randint(8, 96)}号",
                font("wenkai", 36))
        s.text(mm(20), 310, "天水市秦州区人民法院：", font("wenkai", 40))
        body = f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{_dispute(c)}执行一案的委托代理人。特此函告。"
        y = 380
        for k in range(0, len(body), 30):
            s.text(mm(28) if k == 0 else mm(20), y, body[k:k + 30], font("wenkai", 40))
            y += 66
        s.right(s.width - mm(30), y + 40, cn_date(c.filed_on - timedelta(days=2)), font("wenkai", 40))
        seal(s, s.width - mm(60), y + 60, c.firm, rng, radius=mm(18))
        s.text(mm(20), s.height - 60, f"地址：{c.extra['firm_addr']}　电话：{c.agent_phone}", font("wenkai", 28))
        return [s]
    if code == "power_of_attorney":
        blocks = [("f", f"委托人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}。"),
                  ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
                  ("p", f"现委托上列受托人在我与{r.name}{_dispute(c)}执行一案中，作为我的代理人。"),
                  ("p", "代理权限为：特别授权，代为申请执行，提供财产线索，代为签收法律文书，代为参加执行谈话，代为和解，"
                        "代为领取执行款，代为申请终结本次执行程序或恢复执行。")]
        sheets = typed("授权委托书", "", blocks, head="", title_font="wenkai_bold", body_font="wenkai", size=44, gap=16,
                       footer=False)
        s = sheets[-1]
        s.text(mm(110), mm(215), "委托人：", font("wenkai", 44))
        signature(s, mm(140), mm(212), a.name, rng)
        s.text(mm(110), mm(235), "受托人：", font("wenkai", 44))
        signature(s, mm(140), mm(232), c.agent, rng)
        fill(s, mm(120), mm(255), num_date(c.filed_on - timedelta(days=3)), rng)
        return sheets
    t = c.extra["story"]
    facts = {"orchard": f"被申请人拖欠果园流转费，经天水仲裁委员会裁决后，至今分文未付。据了解，被执行人在{c.extra['bank']}"
                        "开有结算账户，秋季收购苹果有大额资金进出。",
             "traffic": f"被执行人驾车致申请人受伤，{c.basis_court}判决其赔偿，判决生效后被执行人未履行。",
             "materials": "被执行人购买申请人建筑材料后拖欠货款，经一审、二审判决，被执行人仍拒不支付。"}[t]
    blocks = [("f", f"申请执行人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}，电话{a.phone}。"),
              ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("f", f"被执行人：{r.name}，住{r.address}" + (f"，法定代表人{r.legal_rep}。" if r.legal_rep else "。")),
              ("c", "申请事项"),
              ("p", f"一、请求强制执行{c.basis_number}{'裁决书' if t == 'orchard' else '民事判决书'}，由被执行人支付{money(c.amount)}"
                    "及迟延履行期间的债务利息；"),
              ("p", "二、请求对被执行人采取限制高消费措施，并将其纳入失信被执行人名单；"), ("p", "三、执行费用由被执行人承担。"),
              ("c", "事实与理由"), ("p", facts),
              ("p", "为维护申请人的合法权益，特依据《中华人民共和国民事诉讼法》第二百四十七条的规定，向贵院申请强制执行。"),
              ("f", "此致"), ("f", "天水市秦州区人民法院")]
    sheets = typed("强制执行申请书", "", blocks, head="", title_font="microhei", body_font="microhei", size=40, gap=12)
    s = sheets[-1]
    s.right(s.width - mm(40), s.height - mm(60), "申请人：", font("microhei", 40))
    signature(s, s.width - mm(40), s.height - mm(62), a.name, rng)
    s.right(s.width - mm(22), s.height - mm(46), num_date(c.filed_on - timedelta(days=1)), font("microhei", 40))
    return sheets


def inquiry(c: CaseCtx, rng: random.Random, which: str) -> list[Sheet]:
    """The 总对总 查控 printout (a wide mono table), or a registry's reply letter (车管所, 不动产登记中心)."""
    r = c.respondent
    if which in ("车管所", "不动产"):
        org = "天水市公安局交通警察支队车辆管理所" if which == "车管所" else "天水市不动产登记中心秦州分中心"
        title = "机动车登记信息查询结果" if which == "车管所" else "不动产登记信息查询结果告知书"
        blocks = [("f", "天水市秦州区人民法院："),
                  ("p", f"你院{c.number}协助执行通知书收悉。经查询，{r.name}（公民身份号码{r.id_number}）"
                        + (f"名下现无登记在册的机动车。原{c.extra.get('plate', '')}号小型普通客车已于事故后办理注销登记。"
                           if which == "车管所" else "在本中心登记系统中无不动产权利登记记录，亦无抵押、查封登记。")),
                  ("p", "特此函复。")]
        sheets = typed(title, "", blocks, head=org if which == "不动产" else "", title_font="hei", body_font="song_gb",
                       size=40, gap=6, footer=False)
        sign_block(sheets[-1], [f"经办人：{person_name(rng)}"], cn_date(c.day(rng.randint(18, 26))), org, rng,
                   body_font="song_gb")
        return sheets
    s = Sheet()
    f = font("mono", 28)
    s.centred(mm(14), "执行查控系统　总对总查询反馈结果", font("hei", 54))
    s.text(mm(12), mm(14) + 90, f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", f)
    s.text(mm(12), mm(14) + 135, f"查询发起：{num_date(c.day(3))}　承办人：{c.officer}", f)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "甘肃银行",
             "甘肃天水农村商业银行", "兰州银行", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司",
             "公安部（车辆）", "自然资源部（不动产）", "证券登记结算", "人民银行（开户行）"]
    rows = [["序号", "协助单位", "反馈结果", "余额/数量", "反馈日期"]]
    for i, b in enumerate(banks):
        has = rng.random() < 0.25 and "部" not in b
        bal = f"{rng.randint(0, 99)}.{rng.randint(10, 99)}" if has else "0"
        if c.extra["story"] == "orchard" and b == "甘肃天水农村商业银行":  # the co-operative's 收购 account
            has, bal = True, f"{c.amount + rng.randint(3000, 90000):,.2f}"
        rows.append([str(i + 1), b, "有账户，已冻结" if has else "未查询到", bal, num_date(c.day(rng.randint(4, 7)))])
    table(s, mm(10), mm(14) + 190, [mm(14), mm(72), mm(40), mm(34), mm(30)], rows, f, row_h=78, width=1, pad=8)
    s.text(mm(12), s.height - mm(24), "打印人：" + c.clerk + "　本页仅供案件承办使用", f)
    return [s]
