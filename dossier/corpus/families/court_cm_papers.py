"""court_cm's papers made by others and its slips: what the lawyer, the 渭滨 arbitration commission, the notary, the
宝鸡中院 and the banks faxed to the bureau (each page under the sending machine's header line); the multipart 复写
forms filled at the window (a pale pre-printed form, the entries pressed through in blue carbon); the bureau's inner
forms (审批表, 查控 printout, 笔录) and the archive's cover, catalogue, review form and remarks sheet."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import A4, Block, Sheet, flow, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_cm import SERVED_NAMES, CmSheet, made_on, page
from dossier.corpus.fonts import font

W, H = A4
CARBON = (38, 58, 168)
FORM_INK = (95, 95, 110)
"""the pre-printed form on the copy sheet: a grey-violet press ink, lighter than a typed page"""


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    tag = c.extra["cm_tag"]
    firm_fax = c.extra["cm_firm_fax"]
    sent = c.filed_on - timedelta(days=2)
    if code == "enforcement_application":
        return fax(_application(c, rng), firm_fax, _station(c), sent, c, rng)
    if code == "power_of_attorney":
        return fax(_attorney(c, rng), firm_fax, _station(c), sent, c, rng)
    if code == "law_firm_letter":
        return fax(_firm_letter(c, rng), firm_fax, _station(c), sent, c, rng)
    if code == "lawyer_license":
        return fax(_licence(c, rng), firm_fax, _station(c), sent, c, rng)
    if code == "identity_proof":
        sheets = _company(c, rng) if served == ["respondent"] else _id_card(c.applicant, rng)
        return fax(sheets, firm_fax, _station(c), sent, c, rng)
    if code == "enforcement_basis":
        if tag == "wage":
            return fax(_award(c, rng), "0917-3263512", "WBLDZC", sent - timedelta(days=1), c, rng)
        if tag == "note":
            return fax(_notarial(c, rng), "0917-3519820", "WEISHUI NOTARY", sent - timedelta(days=1), c, rng)
        return fax(_appeal(c, rng), "0917-3591066", "BJZY", sent - timedelta(days=1), c, rng)
    if code == "effectiveness_certificate":
        if tag == "note":
            return fax(_certificate(c, rng), "0917-3519820", "WEISHUI NOTARY", sent - timedelta(days=1), c, rng)
        return fax(_award_effect(c, rng), "0917-3263512", "WBLDZC", sent - timedelta(days=1), c, rng)
    if code == "assistance_notice":
        bank_fax = f"0917-{3200000 + sum(map(ord, c.extra['cm_resp_bank'])) % 700000}"
        return fax(_bank_reply(c, rng), bank_fax, "ICBC BJ" if "工商" in c.extra["cm_resp_bank"] else "BANK BJ",
                   c.extra["cm_paid"], c, rng)
    return carbon(code, c, rng, served)


def _bank_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 回执 to the freezing and transfer notice, typed on its own letter form and faxed back."""
    s = page("fax")
    bank = c.extra["cm_resp_bank"]
    s.centred(mm(26), bank, font("hei", mm(6.5)))
    s.centred(mm(40), "协助执行通知书（回执）", font("hei", mm(7.5)))
    f = font("sans", mm(4.4))
    frozen = c.amount + c.extra["cm_fee"]
    when = made_on(c, "assistance_notice")
    rows = [["法院名称", "宝鸡市渭滨区人民法院", "法院案号", c.number], ["被执行人", c.respondent.name, "账号", c.extra["cm_resp_acct"]],
            ["通知冻结金额", f"{frozen:,.2f}", "实际冻结金额", f"{frozen:,.2f}"],
            ["冻结起始日", f"{when:%Y-%m-%d}", "冻结到期日", f"{when + timedelta(days=364):%Y-%m-%d}"],
            ["扣划金额", f"{frozen:,.2f}", "扣划日期", f"{c.extra['cm_paid']:%Y-%m-%d}"],
            ["划入账户", "宝鸡市渭滨区人民法院执行款专户", "执行结果", "已冻结并扣划"]]
    y = table(s, mm(16), mm(56), [mm(34), mm(62), mm(32), W - mm(32) - mm(128)], rows, f, row_h=mm(16), centre_first=True)
    s.text(mm(18), y + mm(10), f"经办人：{person_name(rng)}    复核：{person_name(rng)}    联系电话：0917-{rng.randint(3200000, 3899999)}", f)
    s.right(W - mm(30), y + mm(30), f"{c.extra['cm_paid']:%Y年%m月%d日}", f)
    seal(s, W - mm(62), y + mm(24), bank, rng, radius=mm(17), inner="业务专用章")
    return [s]


# ------------------------------------------------------------------ fax

def _station(c: CaseCtx) -> str:
    """The law firm fax machine's station ID, set up in Latin letters as such machines are."""
    return {"陕西秦渭律师事务所": "QINWEI LAW", "陕西宝凤律师事务所": "BAOFENG LAWFIRM"}.get(c.firm, "YANDICHENG LS")


def fax(sheets: list[Sheet], number: str, station: str, when: date, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The sending machine's header line along the top of every page: date and time, its number and station ID,
    the page counter P.01/03. The page becomes a fax page for the capture."""
    hour, minute = c.extra["cm_hour"], rng.randint(0, 59)
    f = font("mono", mm(3.2))
    n = len(sheets)
    style = rng.choice(["iso", "dot"])
    for i, s in enumerate(sheets):
        if isinstance(s, CmSheet):
            s.way = "fax"
        stamp_ = f"{when:%Y-%m-%d} {hour:02d}:{minute:02d}" if style == "iso" else f"{when:%d/%m/%Y} {hour:02d}:{minute:02d}"
        s.draw.rectangle((0, 0, W, mm(9)), fill=(255, 255, 255))
        s.text(mm(6), mm(3), f"{stamp_}  FROM:{number}  {station}", f)
        s.text(W - mm(34), mm(3), f"P.{i + 1:02d}/{n:02d}", f)
    return sheets


def _foot(sheets: list[Sheet], fmt: str) -> None:
    n = len(sheets)
    for i, s in enumerate(sheets):
        s.centred(H - mm(16), fmt.format(i + 1, n), font("song_gb", mm(3.6)))
        s.page_of = (i + 1, n)


def _run(blocks: list[Block], *, face: str, size: float, lh: float, x0: float, top: float,
         head: tuple[str, str] | None = None, title_face: str = "hei", title_size: float = 8.0,
         first_y: float | None = None) -> tuple[list[Sheet], float]:
    """Blocks down as many fax pages as they need; later pages start without a title."""
    sheets: list[Sheet] = []
    f = font(face, mm(size))

    def more() -> tuple[Sheet, float]:
        s = page("fax")
        sheets.append(s)
        return s, float(top)

    s, y = more()
    if head:
        if head[0]:
            s.centred(y, head[0], font(title_face, mm(title_size * 0.8)), spacing=mm(0.8))
            y += mm(title_size * 1.3)
        s.centred(y, head[1], font(title_face, mm(title_size)), spacing=mm(2.4))
        y += mm(title_size * 2.0)
    if first_y is not None:
        y = first_y
    y = flow(s, blocks, f, x0=x0, width=W - 2 * x0, y=y, line_height=lh, indent=f.size * 2,
             bottom=H - mm(34), more=more)
    return sheets, y


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    tag = c.extra["cm_tag"]
    ask = {"wage": f"依法强制执行{c.basis_number}仲裁裁决书，责令被申请人支付拖欠的工资及经济补偿共计{money(c.amount)}；",
           "note": f"依法强制执行{c.basis_number}公证债权文书及{c.extra.get('cm_cert_no', '')}执行证书，责令被申请人偿还借款本金"
                   f"及利息共计{money(c.amount)}；",
           "lease": f"依法强制执行{c.basis_number}民事判决书，责令被申请人支付设备租金及违约金共计{money(c.amount)}；"}[tag]
    why = {"wage": f"申请人自{c.basis_effective.year - 2}年起在被申请人处从事{c.extra.get('cm_post', '')}工作，被申请人拖欠申请人"
                   f"{c.extra.get('cm_months', 6)}个月工资。申请人向宝鸡市渭滨区劳动人事争议仲裁委员会申请仲裁，该委作出"
                   f"{c.basis_number}仲裁裁决，裁决书已于{num_date(c.basis_effective)}发生法律效力，被申请人至今分文未付。",
           "note": f"申请人与被申请人于{num_date(c.extra.get('cm_loan_day', c.basis_effective))}签订借款合同，并在陕西省宝鸡市"
                   "渭水公证处办理了赋予强制执行效力的债权文书公证。借款到期后被申请人未按约还款，申请人申请公证处出具了"
                   "执行证书。",
           "lease": f"申请人将自有{c.extra.get('cm_machine', '设备')}出租给被申请人用于工程施工，被申请人拖欠租金。渭滨区人民法院"
                    f"一审判决后，被申请人不服提起上诉，宝鸡市中级人民法院作出{c.basis_number}终审判决，驳回上诉，维持原判，"
                    "判决已生效，被申请人未履行。"}[tag]
    blocks: list[Block] = [
        ("f", f"申请人：{a.name}，{a.sex}，{a.born.year if a.born else 1980}年{a.born.month if a.born else 1}月生，"
              f"住{a.address}，身份证号：{a.id_number}，电话：{a.phone}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}。"),
        ("f", f"被申请人：{r.name}，住所地：{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，职务：执行董事兼总经理。"),
        ("f", "申请事项："),
        ("p", f"1. {ask}"),
        ("p", "2. 责令被申请人加倍支付迟延履行期间的债务利息；"),
        ("p", "3. 对被申请人及其法定代表人采取限制高消费措施，并将被申请人纳入失信被执行人名单；"),
        ("p", "4. 本案执行费用由被申请人承担。"),
        ("f", "事实与理由："),
        ("p", why),
        ("p", "为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"),
        ("f", "此致"),
        ("f", "宝鸡市渭滨区人民法院"),
    ]
    sheets, y = _run(blocks, face="sans", size=4.6, lh=mm(8.6), x0=mm(25), top=mm(26), head=("", "强制执行申请书"),
                     title_face="hei", title_size=8.5)
    s = sheets[-1]
    if y > H - mm(70):
        s, y = _more_fax(sheets)
    s.text(W - mm(95), y + mm(10), "申请人：", font("sans", mm(4.6)))
    signature(s, W - mm(72), y + mm(7), a.name, rng)
    s.text(W - mm(95), y + mm(24), num_date(c.filed_on - timedelta(days=3)), font("sans", mm(4.6)))
    if len(sheets) > 1:
        _foot(sheets, "第{}页/共{}页")
    return sheets


def _more_fax(sheets: list[Sheet]) -> tuple[Sheet, float]:
    s = page("fax")
    sheets.append(s)
    return s, float(mm(30))


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = page("fax")
    s.centred(mm(30), "授 权 委 托 书", font("serif_bold", mm(9)), spacing=mm(2))
    f = font("serif", mm(4.8))
    rows = [["委托人", a.name, "性别", a.sex], ["身份证号", a.id_number, "联系电话", a.phone],
            ["受委托人", c.agent, "工作单位", c.firm], ["执业证号", c.extra["cm_lic"], "联系电话", c.agent_phone]]
    y = table(s, mm(20), mm(50), [mm(30), mm(68), mm(28), W - mm(40) - mm(126)], rows, f, row_h=mm(14), centre_first=True)
    text = (f"现委托上列受委托人在我与{c.respondent.name}申请执行一案中，作为我的委托代理人。代理权限为特别授权：代为申请执行，"
            "代为提供财产线索，代为申请采取查封、冻结、扣划、拍卖等执行措施，代为申请限制消费及纳入失信名单，代为参加执行谈话，"
            "代为签收法律文书，代为和解，代为领取执行款项。")
    y = flow(s, [("p", text), ("p", "委托期限：自签字之日起至本案执行终结之日止。")], f, x0=mm(22), width=W - mm(44),
             y=y + mm(10), line_height=mm(8.8), indent=mm(9.6))
    s.text(mm(110), y + mm(16), "委托人（签名）：", f)
    signature(s, mm(152), y + mm(12), a.name, rng)
    hand(s, mm(126), y + mm(32), num_date(c.filed_on - timedelta(days=4)), rng, size=mm(5.6), record=True)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = page("fax")
    s.centred(mm(24), c.firm, font("serif_bold", mm(9)), spacing=mm(1.5), fill=(200, 30, 30))
    s.line(mm(20), mm(40), W - mm(20), mm(40), width=5, fill=(200, 30, 30))
    f = font("song_gb", mm(5))
    s.right(W - mm(24), mm(46), f"律函〔{c.filed_on.year}〕第{rng.randint(12, 260)}号", f)
    s.centred(mm(62), "律 师 事 务 所 函", font("hei", mm(8)))
    blocks: list[Block] = [
        ("f", "宝鸡市渭滨区人民法院："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师作为其申请执行{c.respondent.name}一案的委托代理人，"
              "参加执行程序。特此函告。"),
        ("f", "附：授权委托书一份，律师执业证复印件一份。"),
        ("f", f"本所地址：{c.extra['cm_firm_addr']}"),
        ("f", f"联系电话（传真）：{c.extra['cm_firm_fax']}"),
    ]
    y = flow(s, blocks, f, x0=mm(24), width=W - mm(48), y=mm(82), line_height=mm(9.5), indent=mm(10))
    s.right(W - mm(30), y + mm(16), c.firm, f)
    s.right(W - mm(30), y + mm(28), cn_date(c.filed_on - timedelta(days=4)), f)
    seal(s, W - mm(60), y + mm(22), c.firm, rng)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = page("fax")
    f = font("song_gb", mm(4.6))
    s.text(mm(24), mm(22), "律师执业证复印件（与原件一致）", font("sans", mm(4.2)))
    x0, y0 = mm(30), mm(36)
    s.box(x0, y0, W - mm(30), y0 + mm(118), width=3)
    s.centred(y0 + mm(8), "中华人民共和国律师执业证", font("serif_bold", mm(7)), x0=x0, x1=W - mm(30))
    s.box(x0 + mm(10), y0 + mm(24), x0 + mm(42), y0 + mm(66), width=2)
    s.draw.rectangle((x0 + mm(14), y0 + mm(28), x0 + mm(38), y0 + mm(62)), fill=(150, 150, 150))
    rows = [f"姓    名：{c.agent}", f"执业机构：{c.firm}", "执业证类别：专职律师",
            f"执业证号：{c.extra['cm_lic']}", f"法律职业资格或律师资格证号：A2010610{c.extra['cm_lic'][-6:]}",
            "发证机关：陕西省司法厅", f"发证日期：{c.filed_on.year - 5}年06月18日"]
    y = y0 + mm(24)
    for line in rows:
        s.text(x0 + mm(50), y, line, f)
        y += mm(9.5)
    seal(s, x0 + mm(126), y0 + mm(92), "陕西省司法厅", rng, radius=mm(16))
    s.text(mm(30), y0 + mm(130), "年度考核备案：", f)
    s.text(mm(30), y0 + mm(142), f"{c.filed_on.year - 1}年度  称职  宝鸡市司法局（章）", f)
    seal(s, mm(150), y0 + mm(142), "宝鸡市司法局", rng, radius=mm(14))
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    s = page("fax")
    f = font("hei", mm(4.2))
    s.text(mm(22), mm(20), "居民身份证复印件", font("sans", mm(5)))
    x, y = mm(45), mm(34)
    s.box(x, y, x + mm(86 * 1.3), y + mm(54 * 1.3), width=3)
    born = p.born or date(1980, 1, 1)
    lines = [f"姓名  {p.name}", f"性别  {p.sex}     民族  汉", f"出生  {born.year}年{born.month}月{born.day}日",
             f"住址  {p.address[:16]}", f"      {p.address[16:]}"]
    ty = y + mm(6)
    for line in lines:
        if line.strip():
            s.text(x + mm(6), ty, line, f)
        ty += mm(10)
    s.text(x + mm(6), y + mm(60), f"公民身份号码  {p.id_number}", font("hei", mm(4.6)))
    s.draw.rectangle((x + mm(80), y + mm(8), x + mm(106), y + mm(42)), fill=(120, 120, 120))
    y2 = y + mm(84)
    s.box(x, y2, x + mm(86 * 1.3), y2 + mm(54 * 1.3), width=3)
    s.centred(y2 + mm(14), "中华人民共和国", font("hei", mm(6)), x0=x, x1=x + mm(112))
    s.centred(y2 + mm(26), "居民身份证", font("hei", mm(8)), x0=x, x1=x + mm(112), spacing=mm(2))
    s.text(x + mm(14), y2 + mm(48), "签发机关  宝鸡市公安局渭滨分局", f)
    s.text(x + mm(14), y2 + mm(58), f"有效期限  {born.year + 40}.03.12-长期", f)
    hand(s, mm(60), y2 + mm(90), f"此复印件与原件一致  {p.name}", rng, size=mm(6))
    return [s]


def _company(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent's registration as printed from 国家企业信用信息公示系统 and faxed with the application."""
    r = c.respondent
    s = page("fax")
    s.text(mm(20), mm(18), "国家企业信用信息公示系统", font("sans_bold", mm(6)))
    s.text(mm(20), mm(28), f"打印时间：{c.filed_on - timedelta(days=5):%Y-%m-%d}", font("sans", mm(3.6)))
    s.centred(mm(44), "营业执照信息", font("sans_bold", mm(7)))
    f = font("sans", mm(4.2))
    setup = date(2012 + len(r.name) % 8, 4, 16)
    trade = {"wage": "机床附件、数控刀具、机械零部件的加工、制造与销售", "note": "日用百货、五金交电、建材、预包装食品的批发零售",
             "lease": "市政道路工程、土石方工程施工；工程机械租赁"}[c.extra["cm_tag"]]
    rows = [["统一社会信用代码", r.id_number], ["企业名称", r.name], ["类型", "有限责任公司（自然人投资或控股）"],
            ["法定代表人", r.legal_rep], ["注册资本", f"{rng.choice([100, 200, 300, 500])}万元人民币"],
            ["成立日期", f"{setup:%Y年%m月%d日}"], ["登记机关", "宝鸡市渭滨区市场监督管理局"],
            ["住所", r.address], ["经营范围", trade], ["登记状态", "存续（在营、开业、在册）"]]
    y = table(s, mm(18), mm(58), [mm(46), W - mm(36) - mm(46)], rows, f, row_h=mm(15))
    hand(s, mm(24), y + mm(12), "与网上公示信息一致", rng, size=mm(6))
    signature(s, mm(110), y + mm(12), c.agent, rng)
    s.centred(H - mm(20), "1/1", font("sans", mm(3.4)))
    return [s]


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    months = c.extra.get("cm_months", 6)
    heard = c.basis_effective - timedelta(days=rng.randint(30, 45))
    blocks: list[Block] = [
        ("r", c.basis_number),
        ("f", f"申请人：{a.name}，{a.sex}，汉族，住{a.address}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，总经理。"),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委受理后依法组成仲裁庭，于{num_date(heard)}公开开庭进行了审理。"
              "申请人及其委托代理人到庭参加仲裁活动，被申请人经本委书面通知无正当理由未到庭，本委依法缺席裁决。本案现已审理终结。"),
        ("p", f"申请人请求：1.被申请人支付拖欠的{months}个月工资；2.被申请人支付解除劳动合同经济补偿；3.被申请人出具解除劳动合同证明。"),
        ("p", f"经审理查明：申请人于{c.basis_effective.year - 3}年3月入职被申请人处，从事{c.extra.get('cm_post', '')}工作，"
              f"月工资标准为计件加底薪，双方签订有书面劳动合同。被申请人自{c.basis_effective.year - 2}年起生产经营困难，"
              f"拖欠申请人{months}个月工资未付，申请人以被申请人未及时足额支付劳动报酬为由解除劳动合同。以上事实有劳动合同、"
              "工资表、考勤记录及庭审笔录在案佐证。"),
        ("p", "本委认为：用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。被申请人拖欠申请人工资，"
              "申请人据此解除劳动合同，被申请人应当支付经济补偿。依照《中华人民共和国劳动合同法》第三十条、第三十八条、"
              "第四十六条、第四十七条，《中华人民共和国劳动争议调解仲裁法》第四十七条之规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}拖欠的工资及解除劳动合同经济补偿共计"
              f"{money(c.amount)}；"),
        ("p", "二、被申请人于本裁决生效之日起十日内为申请人出具解除劳动合同证明。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。用人单位有证据证明本裁决有法定情形的，可以自收到本裁决书之日起"
              "三十日内向宝鸡市中级人民法院申请撤销裁决。一方当事人逾期不履行的，另一方当事人可以向有管辖权的人民法院申请执行。"),
    ]
    sheets, y = _run(blocks, face="song_gb", size=4.8, lh=mm(8.8), x0=mm(26), top=mm(28),
                     head=("宝鸡市渭滨区劳动人事争议仲裁委员会", "仲 裁 裁 决 书"), title_face="serif_bold", title_size=8.5)
    s = sheets[-1]
    if y > H - mm(80):
        s, y = _more_fax(sheets)
    f = font("song_gb", mm(4.8))
    for k, line in enumerate([f"仲裁员  {person_name(rng)}", f"仲裁员  {person_name(rng)}", cn_date(c.basis_effective),
                              f"书记员  {person_name(rng)}"]):
        s.right(W - mm(36), y + mm(8) + k * mm(10), line, f)
    seal(s, W - mm(66), y + mm(30), "宝鸡市渭滨区劳动人事争议仲裁委员会", rng, inner="仲裁专用章")
    _foot(sheets, "第 {} 页 共 {} 页")
    return sheets


def _award_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = page("fax")
    s.centred(mm(30), "宝鸡市渭滨区劳动人事争议仲裁委员会", font("serif_bold", mm(6.8)))
    s.centred(mm(46), "仲裁裁决书生效证明", font("serif_bold", mm(8.5)), spacing=mm(1.5))
    f = font("song_gb", mm(5))
    blocks: list[Block] = [
        ("f", "宝鸡市渭滨区人民法院："),
        ("p", f"本委受理的申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议一案，本委于{num_date(c.basis_effective)}"
              f"作出{c.basis_number}仲裁裁决书。该裁决为终局裁决，已依法送达双方当事人，被申请人在法定期间内未向宝鸡市中级人民法院"
              "申请撤销，该裁决书已发生法律效力。"),
        ("p", "特此证明。")]
    y = flow(s, blocks, f, x0=mm(26), width=W - mm(52), y=mm(70), line_height=mm(10), indent=mm(10))
    issued = min(c.basis_effective + timedelta(days=rng.randint(35, 50)), c.filed_on - timedelta(days=5))
    s.right(W - mm(34), y + mm(20), cn_date(issued), f)
    seal(s, W - mm(64), y + mm(16), "宝鸡市渭滨区劳动人事争议仲裁委员会", rng)
    s.text(mm(26), y + mm(52), f"（联系人：{person_name(rng)}  电话：0917-3263512）", font("song_gb", mm(4)))
    return [s]


def _notarial(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    loan = c.extra.get("cm_loan_day", c.basis_effective)
    blocks: list[Block] = [
        ("r", c.basis_number),
        ("f", f"申请人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}。"),
        ("f", f"申请人：{r.name}，住所地{r.address}，法定代表人{r.legal_rep}。"),
        ("f", "公证事项：赋予债权文书强制执行效力"),
        ("p", f"兹证明出借人{a.name}与借款人{r.name}的法定代表人{r.legal_rep}于{num_date(loan)}来到我处，在本公证员面前签订了"
              "前面的《借款合同》。双方当事人在签订合同时均具有法律规定的民事权利能力和民事行为能力；双方签订合同的意思表示真实，"
              "合同内容符合《中华人民共和国民法典》的规定；合同上双方当事人的签字、印鉴均属实。"),
        ("p", "双方当事人在合同中明确约定：借款人不履行或者不适当履行合同约定的还款义务时，借款人愿意接受人民法院的强制执行。"
              "双方已经本公证员告知并确认了上述约定的法律意义和后果。"),
        ("p", "依照《中华人民共和国公证法》第三十七条的规定，前面的《借款合同》具有强制执行效力。"),
    ]
    sheets, y = _run(blocks, face="song_gb", size=5, lh=mm(9.4), x0=mm(28), top=mm(30),
                     head=("", "公  证  书"), title_face="serif_bold", title_size=11)
    s = sheets[-1]
    f = font("song_gb", mm(5))
    s.right(W - mm(36), y + mm(14), "中华人民共和国陕西省宝鸡市渭水公证处", f)
    s.right(W - mm(36), y + mm(26), f"公证员  {c.extra.get('cm_notary', '')}", f)
    s.right(W - mm(36), y + mm(38), cn_date(loan), f)
    seal(s, W - mm(70), y + mm(30), "陕西省宝鸡市渭水公证处", rng)
    contract = page("fax")
    contract.centred(mm(28), "借 款 合 同", font("hei", mm(8)))
    terms: list[Block] = [
        ("f", f"出借人（甲方）：{a.name}"), ("f", f"借款人（乙方）：{r.name}"),
        ("p", f"第一条  借款金额：乙方因经营周转向甲方借款人民币{money_caps(c.amount)}。"),
        ("p", f"第二条  借款期限：自{num_date(loan)}起至{num_date(loan + timedelta(days=180))}止。"),
        ("p", "第三条  借款利息：月利率1%，按月付息，到期还本。"),
        ("p", "第四条  逾期责任：乙方逾期还款的，应按未还本金每日万分之五支付逾期违约金。"),
        ("p", "第五条  强制执行：乙方不履行或不适当履行本合同约定的还款义务时，自愿接受人民法院的强制执行，"
              "甲方可向公证处申请出具执行证书。"),
        ("f", "甲方（签字）：                      乙方（盖章）："),
    ]
    y2 = flow(contract, terms, font("sans", mm(4.4)), x0=mm(26), width=W - mm(52), y=mm(48), line_height=mm(9),
              indent=mm(9))
    signature(contract, mm(62), y2 - mm(12), a.name, rng)
    seal(contract, W - mm(70), y2 - mm(8), r.name, rng)
    sheets.append(contract)
    _foot(sheets, "{}/{}")
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    loan = c.extra.get("cm_loan_day", c.basis_effective)
    blocks: list[Block] = [
        ("r", c.extra["cm_cert_no"]),
        ("f", f"申请执行人：{a.name}，公民身份号码{a.id_number}。"),
        ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}。"),
        ("f", "执行标的："),
        ("p", f"一、借款本金及截至{num_date(c.basis_effective)}的利息、逾期违约金共计{money(c.amount)}；"),
        ("p", "二、自上述日期次日起至实际清偿之日止，以未还本金为基数按合同约定计算的逾期违约金。"),
        ("p", f"本处于{num_date(loan)}出具的{c.basis_number}公证书，赋予双方签订的《借款合同》强制执行效力。"
              f"借款到期后，被执行人未按约还款。本处于{num_date(c.basis_effective - timedelta(days=12))}向被执行人核实履约情况，"
              "被执行人对欠款事实无异议，但表示无力偿还。"),
        ("p", "根据《中华人民共和国公证法》第三十七条及《公证程序规则》第五十五条的规定，申请执行人可持本证书向有管辖权的"
              "人民法院申请强制执行。"),
    ]
    sheets, y = _run(blocks, face="song_gb", size=5, lh=mm(9.4), x0=mm(28), top=mm(30),
                     head=("", "执 行 证 书"), title_face="serif_bold", title_size=10)
    s = sheets[-1]
    f = font("song_gb", mm(5))
    s.right(W - mm(36), y + mm(14), "中华人民共和国陕西省宝鸡市渭水公证处", f)
    s.right(W - mm(36), y + mm(26), f"公证员  {c.extra.get('cm_notary', '')}", f)
    s.right(W - mm(36), y + mm(38), cn_date(c.basis_effective), f)
    seal(s, W - mm(70), y + mm(30), "陕西省宝鸡市渭水公证处", rng)
    return sheets


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    machine = c.extra.get("cm_machine", "挖掘机")
    blocks: list[Block] = [
        ("r", c.basis_number),
        ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司经理。"),
        ("f", f"被上诉人（原审原告）：{a.name}，{a.sex}，住{a.address}。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}租赁合同纠纷一案，不服陕西省宝鸡市渭滨区人民法院{c.extra.get('cm_first', '')}"
              "民事判决，向本院提起上诉。本院依法组成合议庭审理了本案。本案现已审理终结。"),
        ("p", f"上诉人上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：{machine}在施工中多次故障，"
              "停机期间不应计付租金。"),
        ("p", "被上诉人辩称：设备交付时运转正常，故障系上诉人操作不当所致，且上诉人未在约定期限内书面通知维修，一审判决正确。"),
        ("p", f"本院经审理查明：双方签订《设备租赁合同》，约定被上诉人将{machine}出租给上诉人用于渭滨区神农镇道路施工，"
              "租金按月结算。租赁期满后，上诉人仅支付部分租金，尚欠租金及违约金未付。一审查明的其他事实属实，本院予以确认。"),
        ("p", "本院认为，上诉人主张的停机期间缺乏证据证明，其上诉理由不能成立。一审判决认定事实清楚，适用法律正确。"
              "依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项之规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"一审判决确定的给付内容为：{r.name}于判决生效之日起十日内向{a.name}支付租金及违约金共计{money(c.amount)}。"),
        ("p", "二审案件受理费由上诉人负担。本判决为终审判决。"),
    ]
    sheets, y = _run(blocks, face="song_gb", size=5, lh=mm(9.2), x0=mm(27), top=mm(28),
                     head=("陕西省宝鸡市中级人民法院", "民 事 判 决 书"), title_face="serif_bold", title_size=9)
    s = sheets[-1]
    if y > H - mm(80):
        s, y = _more_fax(sheets)
    f = font("song_gb", mm(5))
    for k, line in enumerate([f"审判长  {c.extra.get('cm_presiding', '')}", f"审判员  {person_name(rng)}",
                              f"审判员  {person_name(rng)}", cn_date(c.basis_effective - timedelta(days=15)),
                              f"书记员  {person_name(rng)}"]):
        s.right(W - mm(36), y + mm(8) + k * mm(10), line, f)
    seal(s, W - mm(66), y + mm(40), "陕西省宝鸡市中级人民法院", rng)
    _foot(sheets, "第{}页 共{}页")
    return sheets


# ------------------------------------------------------------------ carbon-copy forms

def _carbon_head(s: Sheet, title: str, part: str, no: str) -> float:
    s.centred(mm(18), "宝鸡市渭滨区人民法院", font("song_gb", mm(5.5)), fill=FORM_INK, spacing=mm(1))
    s.centred(mm(28), title, font("hei", mm(7.5)), fill=FORM_INK, spacing=mm(1.2))
    s.text(W - mm(60), mm(20), f"No {no}", font("mono", mm(4.2)), fill=(170, 40, 40))
    s.text(W - mm(16), mm(44), "", font("song_gb", mm(3)))
    for k, ch in enumerate(part):
        s.text(W - mm(12), mm(60) + k * mm(6), ch, font("song_gb", mm(4)), fill=FORM_INK)
    return float(mm(44))


def _carbon_rows(s: Sheet, y: float, rows: list[tuple[str, str]], rng: random.Random, *, label_w: float = 46,
                 row_h: float = 15) -> float:
    """Pale printed labels and rules, the entries pressed through the carbon in blue."""
    f = font("song_gb", mm(4.6))
    x0, x1 = mm(18), W - mm(20)
    s.box(x0, y, x1, y + mm(row_h) * len(rows), width=2, outline=FORM_INK)
    for k, (label, value) in enumerate(rows):
        top = y + k * mm(row_h)
        if k:
            s.line(x0, top, x1, top, width=1, fill=FORM_INK)
        s.line(x0 + mm(label_w), top, x0 + mm(label_w), top + mm(row_h), width=1, fill=FORM_INK)
        s.text(x0 + mm(3), top + mm(row_h) / 2 - mm(2.6), label, f, fill=FORM_INK)
        parts = wrap(value, font("kai", mm(5)), x1 - x0 - mm(label_w) - mm(8)) if value else []
        for j, part in enumerate(parts[:2]):
            hand(s, x0 + mm(label_w + 3), top + mm(2) + j * mm(6.4) + (mm(2.5) if len(parts) == 1 else 0), part, rng,
                 size=mm(4.8), ink=CARBON)
    return y + mm(row_h) * len(rows)


def carbon(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = page("carbon")
    a, r = c.applicant, c.respondent
    no = f"{rng.randint(0, 99999):05d}{rng.randint(10, 99)}"
    window = c.filed_on
    if code == "fee_receipt":
        y = _carbon_head(s, "诉讼费用收款收据", "第二联交款人收执", no)
        fee = c.extra["cm_fee"]
        what = "申请执行费（被执行人负担，暂缓收取）" if c.extra["cm_tag"] == "wage" else "申请执行费"
        rows = [("交款人", a.name), ("案号", c.number), ("收费项目", what), ("金额（大写）", money_caps(fee)),
                ("金额（小写）", f"¥{fee:,.2f}"), ("收款方式", "银行转账（POS）" if c.extra["cm_tag"] != "wage" else "缓交"),
                ("交款日期", num_date(window))]
        y = _carbon_rows(s, y + mm(4), rows, rng)
        s.text(mm(20), y + mm(8), "收款单位（盖章）：               收款人：", font("song_gb", mm(4.4)), fill=FORM_INK)
        hand(s, mm(120), y + mm(6), c.clerk, rng, size=mm(5), ink=CARBON)
        seal(s, mm(60), y + mm(10), "宝鸡市渭滨区人民法院", rng, radius=mm(15), inner="财务专用章")
        return [s]
    if code == "service_receipt":
        sheet, got, faxed = _receipt(c, rng, served, no)
        if faxed:  # the lawyer signed the copy sent to him and faxed it back
            return fax([sheet], c.extra["cm_firm_fax"], _station(c), got, c, rng)
        return [sheet]
    if code == "payment_account_confirmation":
        y = _carbon_head(s, "申请执行人收取案款确认书", "第一联入卷", no)
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款人户名", a.name), ("开户银行", c.extra["cm_bank"]),
                ("银行账号", c.extra["cm_acct"]), ("联系电话", a.phone)]
        y = _carbon_rows(s, y + mm(4), rows, rng)
        f = font("song_gb", mm(4.3))
        for k, line in enumerate(["本人确认：上述账户为接收本案执行款的唯一账户，账户信息变更的，将书面告知法院；",
                                  "因账户信息错误导致案款无法发放或错发的，由本人承担责任。"]):
            s.text(mm(20), y + mm(8) + k * mm(7.5), line, f, fill=FORM_INK)
        s.text(mm(100), y + mm(34), "确认人（签名）：", f, fill=FORM_INK)
        signature(s, mm(136), y + mm(30), a.name, rng, ink=CARBON)
        hand(s, mm(120), y + mm(48), num_date(window), rng, size=mm(5), ink=CARBON)
        return [s]
    if code == "service_address_confirmation":
        y = _carbon_head(s, "送达地址确认书", "第一联入卷", no)
        rows = [("案号", c.number), ("受送达人", a.name), ("委托代理人", c.agent), ("确认送达地址", c.extra["cm_firm_addr"]),
                ("收件人", c.agent), ("联系电话", c.agent_phone), ("传真号码", c.extra["cm_firm_fax"]),
                ("是否同意电子送达", "同意，手机短信及传真"), ("告知事项", "")]
        y = _carbon_rows(s, y + mm(4), rows, rng, row_h=13)
        f = font("song_gb", mm(3.9))
        note = ("1.当事人提供或确认的送达地址不准确，或不及时告知变更后的地址，导致法律文书未能被实际接收的，文书退回之日视为送达之日；"
                "2.本确认书适用于执行程序。")
        ty = y - mm(11)
        for part in wrap(note, f, W - mm(90)):
            s.text(mm(66), ty, part, f, fill=FORM_INK)
            ty += mm(5.4)
        s.text(mm(100), y + mm(16), "受送达人（签名）：", font("song_gb", mm(4.4)), fill=FORM_INK)
        signature(s, mm(140), y + mm(12), c.agent, rng, ink=CARBON)
        hand(s, mm(120), y + mm(30), num_date(window), rng, size=mm(5), ink=CARBON)
        return [s]
    if code == "property_clue_form":
        y = _carbon_head(s, "被执行人财产线索登记表", "第一联入卷", no)
        tag = c.extra["cm_tag"]
        clue = {"wage": f"{c.extra['cm_resp_bank']}基本户，厂内有数控车床多台", "note": "门面房系租赁，库存货物若干，不清楚",
                "lease": "公司有挖机、自卸车，具体不详；可能有工程款未结"}[tag]
        rows = [("案号", c.number), ("被执行人", r.name), ("住所地", r.address), ("法定代表人", r.legal_rep),
                ("银行账户", c.extra["cm_resp_bank"] if tag == "wage" else "不清楚"), ("不动产", "无"),
                ("车辆", "不详"), ("其他财产线索", clue), ("提供人", f"{a.name}（代理人{c.agent}）")]
        y = _carbon_rows(s, y + mm(4), rows, rng)
        s.text(mm(20), y + mm(8), "提供人保证所填内容真实。签名：", font("song_gb", mm(4.4)), fill=FORM_INK)
        signature(s, mm(96), y + mm(4), c.agent, rng, ink=CARBON)
        hand(s, mm(140), y + mm(8), num_date(window), rng, size=mm(5), ink=CARBON)
        return [s]
    if code == "property_declaration_form":
        y = _carbon_head(s, "被执行人财产申报表", "第一联入卷", no)
        tag = c.extra["cm_tag"]
        bank = f"{c.extra['cm_resp_bank']}，余额约{rng.randint(2, 9)}万元" if tag == "wage" else "基本户余额几十元"
        rows = [("被执行人", r.name), ("法定代表人", r.legal_rep), ("银行存款", bank), ("房产、土地", "无"),
                ("车辆", "无" if tag != "lease" else "自卸车一辆已抵押给他人"), ("机器设备",
                                                                                   "车床3台（租赁）" if tag == "wage" else "无"),
                ("债权、股权", "无"), ("一年内财产变动", "无"), ("申报日期", num_date(c.day(9)))]
        y = _carbon_rows(s, y + mm(4), rows, rng)
        s.text(mm(20), y + mm(8), "申报人保证如实申报，如有隐瞒愿承担法律责任。申报人：", font("song_gb", mm(4.4)), fill=FORM_INK)
        signature(s, mm(136), y + mm(4), r.legal_rep, rng, ink=CARBON)
        return [s]
    if code == "payment_voucher":
        y = _carbon_head(s, "执行款发放凭证", "第三联领款人收执", no)
        paid = c.extra["cm_paid"] + timedelta(days=8)
        rows = [("案号", c.number), ("领款人", a.name), ("付款单位", r.name), ("款项来源", f"冻结扣划{c.extra['cm_resp_bank']}存款"),
                ("发放金额（大写）", money_caps(c.amount)), ("发放金额（小写）", f"¥{c.amount:,.2f}"),
                ("收款账户", f"{c.extra['cm_bank']} {c.extra['cm_acct']}"), ("发放日期", num_date(paid))]
        y = _carbon_rows(s, y + mm(4), rows, rng, label_w=50)
        f = font("song_gb", mm(4.4))
        s.text(mm(20), y + mm(10), "承办人：          财务审核：          领款人签名：", f, fill=FORM_INK)
        hand(s, mm(40), y + mm(8), c.officer, rng, size=mm(5), ink=CARBON)
        hand(s, mm(88), y + mm(8), person_name(rng), rng, size=mm(5), ink=CARBON)
        signature(s, mm(150), y + mm(6), a.name, rng, ink=CARBON)
        seal(s, mm(150), y - mm(30), "宝鸡市渭滨区人民法院", rng, radius=mm(15), inner="执行款专用章")
        return [s]
    raise KeyError(code)


def _receipt(c: CaseCtx, rng: random.Random, served: list[str], no: str) -> tuple[Sheet, date, bool]:
    """送达回证 on the bureau's three-part pad: the copy kept for the file, or, for the applicant whose lawyer agreed
    to service by fax, the copy the lawyer signed for him and faxed back (then the page is a fax)."""
    s = page("carbon")
    to_resp = any(d in served for d in ("enforcement_notice", "property_report_order", "summons",
                                        "consumption_restriction_order", "dishonest_list_decision", "enforcement_ruling"))
    faxed = not to_resp and rng.random() < 0.5
    y = _carbon_head(s, "送  达  回  证", "第三联回传" if faxed else "第二联存卷", no)
    who = c.respondent if to_resp else c.applicant
    made = max(made_on(c, d) for d in served) if served else c.filed_on
    got = made + timedelta(days=rng.randint(1, 3))
    names = "、".join(SERVED_NAMES.get(d, d) for d in served)
    signer = who.legal_rep if to_resp else (c.agent if faxed else who.name)
    how = rng.choice(["直接送达", "直接送达", "留置送达"]) if to_resp else ("传真送达" if faxed else "直接送达")
    note = {"留置送达": "被执行人法定代表人拒签，拍照留存", "传真送达": f"代理人{c.agent}签收后传真回传"}.get(how, "")
    rows = [("案号", c.number), ("案由", "申请执行"), ("送达文书", f"{names}各一份"), ("受送达人", who.name),
            ("送达地址", c.extra["cm_firm_addr"] if faxed else who.address), ("送达方式", how), ("受送达人签收", ""),
            ("签收日期", num_date(got)), ("送达人", f"{c.officer}  {c.clerk}"), ("备注", note)]
    y0 = y + mm(4)
    _carbon_rows(s, y0, rows, rng)
    if how != "留置送达":
        signature(s, mm(70), y0 + mm(15) * 6 + mm(2), signer, rng, ink=CARBON)
    seal(s, W - mm(60), y0 + mm(15) * 7, "宝鸡市渭滨区人民法院", rng, radius=mm(17))
    return s, got, faxed


# ------------------------------------------------------------------ the bureau's inner forms

def inside(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if code == "closing_approval_form":
        return [_approval(c, rng)]
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    return _record(code, c, rng)


def _approval(c: CaseCtx, rng: random.Random) -> Sheet:
    s = page()
    s.centred(mm(22), "宝鸡市渭滨区人民法院", font("serif_bold", mm(6.5)), spacing=mm(1))
    s.centred(mm(34), "执行案件结案审批表", font("serif_bold", mm(8.5)), spacing=mm(1))
    tag = c.extra["cm_tag"]
    method = "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"
    got = f"已执行到位{c.amount:,.2f}元" if tag == "wage" else "执行到位0元"
    f = font("song_gb", mm(4.4))
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", c.basis_number, "执行标的", f"{c.amount:,.2f}元"], ["承办人", c.officer, "书记员", c.clerk],
            ["结案方式", method, "执行到位", got], ["承办人意见", ""], ["执行局审批意见", ""]]
    heights = [mm(15)] * 5 + [mm(52), mm(40)]
    y = table(s, mm(18), mm(50), [mm(32), mm(62), mm(30), W - mm(36) - mm(124)], rows, f, row_h=heights, centre_first=True)
    top = y - mm(92)
    view = ("被执行人财产已全部执行到位，案款已发放，建议以执行完毕方式结案。" if tag == "wage"
            else "经网络查控及实地调查，未发现被执行人可供执行财产，已限消、失信，申请人无异议，建议终本结案。")
    for k, part in enumerate(wrap(view, font("kai", mm(5)), mm(120))):
        hand(s, mm(54), top + mm(4) + k * mm(7.5), part, rng, size=mm(5), ink=(25, 25, 30))
    hand(s, mm(140), top + mm(40), f"{c.officer}  {num_date(c.closed_on - timedelta(days=2))}", rng, size=mm(4.6),
         ink=(25, 25, 30))
    hand(s, mm(58), y - mm(32), "同意。", rng, size=mm(6), ink=(190, 30, 30))
    hand(s, mm(120), y - mm(14), f"{c.extra['cm_chief']}  {num_date(c.closed_on - timedelta(days=1))}", rng, size=mm(4.6),
         ink=(190, 30, 30))
    return s


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 网络执行查控系统's feedback list, printed from the bureau's PC."""
    s = page()
    f = font("sans", mm(3.5))
    s.text(mm(14), mm(14), "全国法院网络执行查控系统  —  查询结果反馈", font("sans_bold", mm(5)))
    when = made_on(c, "online_inquiry_result")
    s.text(mm(14), mm(24), f"案号：{c.number}    被查询人：{c.respondent.name}    证照号码：{c.respondent.id_number}", f)
    s.text(mm(14), mm(30), f"发起时间：{when:%Y-%m-%d} 09:{rng.randint(10, 59)}    承办人：{c.officer}", f)
    tag = c.extra["cm_tag"]
    banks = [c.extra["cm_resp_bank"], "中国农业银行", "中国建设银行", "中国邮政储蓄银行", "长安银行", "宝鸡农村商业银行"]
    rows = [["序号", "协助单位", "查询类别", "反馈结果", "反馈时间"]]
    for k, b in enumerate(banks):
        if k == 0:
            found = f"账户{c.extra['cm_resp_acct'][-6:]} 余额{rng.randint(30000, 90000) if tag == 'wage' else rng.randint(1, 90)}.{rng.randint(10, 99)}元"
        else:
            found = "未开户" if rng.random() < 0.7 else f"账户余额0.{rng.randint(10, 99)}元"
        rows.append([str(k + 1), b, "存款", found, f"{when + timedelta(days=1):%Y-%m-%d}"])
    for k, (body, kind) in enumerate([("公安部交通管理局", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算有限公司", "证券"),
                                      ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"),
                                      ("国家市场监督管理总局", "工商登记（股权）")]):
        rows.append([str(len(banks) + k + 1), body, kind, "无" if rng.random() < 0.85 else "未反馈",
                     f"{when + timedelta(days=rng.randint(1, 4)):%Y-%m-%d}"])
    table(s, mm(12), mm(38), [mm(14), mm(62), mm(26), mm(58), W - mm(24) - mm(160)], rows, f, row_h=mm(10))
    s.text(mm(14), H - mm(16), f"打印人：{c.clerk}    打印时间：{when + timedelta(days=5):%Y-%m-%d %H:%M}".replace("00:00", "15:42"),
           font("sans", mm(3.2)))
    s.right(W - mm(14), H - mm(16), "第1页/共1页", font("sans", mm(3.2)))
    return [s]


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """笔录: a ruled sheet, the heading typed, the questions and answers printed from the clerk's PC, signed by hand."""
    a, r = c.applicant, c.respondent
    when = made_on(c, code)
    s = page()
    title = "谈 话 笔 录" if code == "interview_record" else "调 查 笔 录"
    s.centred(mm(22), title, font("serif_bold", mm(9)))
    f = font("song_gb", mm(4.6))
    if code == "interview_record":
        head = [f"时间：{when.year}年{when.month}月{when.day}日 {rng.randint(9, 11)}时{rng.randint(0, 5)}0分",
                "地点：宝鸡市渭滨区人民法院执行局谈话室", f"谈话人：{c.officer}        记录人：{c.clerk}",
                f"被谈话人：{a.name}（申请执行人）及委托代理人{c.agent}"]
        qa = [("问", f"我们是渭滨区人民法院执行局的工作人员，今天就{c.number}案件执行情况约你谈话，你听清楚了吗？"), ("答", "听清楚了。"),
              ("问", "本院通过网络查控系统查询了被执行人的银行存款、车辆、不动产、证券、网络资金，冻结扣划了其账户少量存款，"
                     "没有发现其他可供执行的财产；也到其住所地实地调查过，已对其限制消费并纳入失信名单。你对此有无异议？"),
              ("答", "没有异议，我们也去找过，公司已经没人了。"), ("问", "你能否提供被执行人其他财产线索？"),
              ("答", "暂时提供不了。"),
              ("问", "本案拟终结本次执行程序。终本后，你发现被执行人有财产的，可以随时申请恢复执行，不受申请执行期限限制；"
                     "被执行人的限制消费和失信措施继续有效。你是否清楚？"),
              ("答", "清楚，同意终本。"), ("问", "你还有什么要补充的吗？"), ("答", "没有了。")]
    else:
        head = [f"时间：{when.year}年{when.month}月{when.day}日 {rng.randint(14, 16)}时{rng.randint(0, 5)}0分",
                f"地点：{r.address}", f"调查人：{c.officer}、{c.extra['cm_chief']}        记录人：{c.clerk}",
                f"被调查人：{person_name(rng)}（{'该商铺所在市场物业管理员' if c.extra['cm_tag'] == 'note' else '该村村民小组组长'}）"]
        place = "商铺" if c.extra["cm_tag"] == "note" else "场地"
        qa = [("问", f"我们是渭滨区人民法院执行干警，依法调查{r.name}的经营情况，请你如实回答。"), ("答", "好。"),
              ("问", "该公司现在是否还在此处经营？"), ("答", f"去年下半年就不干了，{place}已经转给别人，人都走了。"),
              ("问", "公司有无机器、车辆、货物留在这里？"), ("答", "没有，东西早就拉走了，去哪不知道。"),
              ("问", f"你知道法定代表人{r.legal_rep}的下落吗？"), ("答", "听说在外地打工，电话一直打不通。"),
              ("问", "以上所说是否属实？"), ("答", "属实。")]
    y = float(mm(40))
    for line in head:
        s.text(mm(24), y, line, f)
        y += mm(8.2)
    y += mm(3)
    for who, text in qa:
        for _k, part in enumerate(wrap(f"{who}：{text}", f, W - mm(48))):
            s.text(mm(24), y, part, f)
            s.line(mm(22), y + mm(7), W - mm(22), y + mm(7), width=1, fill=(170, 170, 190))
            y += mm(8.6)
    hand(s, mm(100), y + mm(8), "以上笔录我看过，与我说的一致。", rng, size=mm(5.2), ink=(25, 25, 30))
    signer = a.name if code == "interview_record" else "被调查人"
    signature(s, mm(130), y + mm(20), signer if code == "interview_record" else person_name(rng), rng)
    s.text(mm(24), y + mm(40), f"谈话人：{c.officer}    记录人：{c.clerk}" if code == "interview_record"
           else f"调查人：{c.officer}    记录人：{c.clerk}", f)
    s.right(W - mm(24), H - mm(16), "第1页 共1页", font("song_gb", mm(3.6)))
    return [s]


# ------------------------------------------------------------------ archive

def archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = page()
    f = font("song_gb", mm(4.8))
    filed_away: date = c.extra["cm_filed_away"]
    if code == "dossier_cover":
        s.centred(mm(40), "宝鸡市渭滨区人民法院", font("serif_bold", mm(9)), spacing=mm(2))
        s.centred(mm(62), "执 行 卷 宗", font("serif_bold", mm(14)), spacing=mm(4))
        s.centred(mm(86), "（正  卷）", font("song_gb", mm(6)))
        rows = [["案    号", c.number], ["案    由", "公证债权文书执行"], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行标的", f"{c.amount:,.2f}元"], ["承 办 人", c.officer],
                ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", "终结本次执行程序"],
                ["归档日期", num_date(filed_away)], ["保管期限", "长期"], ["本卷共", "    册第一册    共    页"]]
        table(s, mm(32), mm(104), [mm(42), W - mm(64) - mm(42)], rows, f, row_h=mm(13), centre_first=True)
        hand(s, W - mm(80), mm(104) + mm(13) * 11 + mm(3), "1", rng, size=mm(6), ink=(25, 25, 30))
        s.text(mm(32), H - mm(38), f"全宗号 {c.extra['cm_archive'][:4]}    目录号 执      案卷号 {c.extra['cm_archive']}", f)
        return [s]
    if code == "catalogue":
        s.centred(mm(22), "卷 内 目 录", font("serif_bold", mm(9)), spacing=mm(2))
        s.text(mm(18), mm(38), f"案号：{c.number}", f)
        names = ["卷宗封面", "卷内目录", "申请执行书", "公证书（借款合同）", "执行证书", "财产线索登记表", "诉讼费收据", "身份证复印件",
                 "企业信用信息", "授权委托书", "律师事务所函", "律师执业证", "收取案款确认书", "送达地址确认书", "受理案件通知书",
                 "缴纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书",
                 "传票", "限制消费令", "失信决定书", "调查笔录", "谈话笔录", "执行裁定书（终本）", "结案审批表", "送达回证",
                 "卷宗复核表", "备考表"]
        rows = [["序号", "文件名称", "日期", "页号", "备注"]]
        p = 1
        for k, name in enumerate(names):
            rows.append([str(k + 1), name, "", str(p), ""])
            p += 2 if name in ("申请执行书", "公证书（借款合同）", "执行裁定书（终本）") else 1
        table(s, mm(16), mm(48), [mm(16), mm(86), mm(34), mm(20), W - mm(32) - mm(156)], rows,
              font("song_gb", mm(3.8)), row_h=mm(7.2), centre_first=True)
        return [s]
    if code == "file_review_form":
        s.centred(mm(24), "宝鸡市渭滨区人民法院", font("serif_bold", mm(6.5)))
        s.centred(mm(36), "执行卷宗归档复核表", font("serif_bold", mm(8.5)), spacing=mm(1))
        checks = ["执行依据及生效证明齐全", "立案材料齐全", "法律文书送达回证齐全", "查控、调查材料齐全",
                  "终本约谈笔录在卷", "限制消费、失信材料在卷", "卷内文件排列有序、页号准确", "电子卷宗与纸质卷宗一致"]
        rows = [["案号", c.number], *[[k, "√ 符合"] for k in checks], ["复核意见", ""], ["复核人", ""]]
        y = table(s, mm(20), mm(54), [mm(96), W - mm(40) - mm(96)], rows, f, row_h=mm(13))
        hand(s, mm(120), y - mm(23), "同意归档", rng, size=mm(5.5), ink=(25, 25, 30))
        hand(s, mm(120), y - mm(10), f"{person_name(rng)}  {num_date(filed_away - timedelta(days=2))}", rng, size=mm(4.8), ink=(25, 25, 30))
        return [s]
    s.centred(mm(26), "卷 内 备 考 表", font("serif_bold", mm(9)), spacing=mm(2))
    s.box(mm(22), mm(44), W - mm(22), H - mm(40), width=2)
    s.text(mm(28), mm(52), f"本卷情况说明：{c.number}", f)
    note = (f"本卷共有文件材料{rng.randint(60, 90)}页，其中照片0张，光盘0张。本案以终结本次执行程序结案，"
            "执行依据原件已退申请执行人，卷内为复印件。")
    y = mm(64)
    for part in wrap(note, font("kai", mm(5.2)), W - mm(60)):
        hand(s, mm(30), y, part, rng, size=mm(5.2), ink=(25, 25, 30))
        y += mm(9)
    s.text(mm(110), H - mm(80), f"立卷人：{c.clerk}", f)
    s.text(mm(110), H - mm(68), f"检查人：{c.officer}", f)
    s.text(mm(110), H - mm(56), f"立卷时间：{num_date(filed_away)}", f)
    return [s]
