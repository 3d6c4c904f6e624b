"""What 船营法院执行局 receives, each in its maker's hand: 吉林中院's 二审 judgment (and this court's own trial
division's judgment and 调解书, in the trial side's layout), 丰满区法院's faxed 生效证明, a 热力 company's application
on its letterhead, lawyers' papers, a bank's and the 房产交易中心's faxed replies, a wife's hand-written 情况说明 on
squared paper, an ID card and a business licence copied on one sheet, bank slips."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, flow, hand, mm, seal, signature, wrap
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "settlement_agreement", "payment_voucher", "evidence",
})
BLACK = (20, 20, 20)
FAX_FONT = "mono"


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def fax_top(s: Sheet, sender: str, number: str, when: datetime, page: int, pages: int) -> None:
    """The sending machine's header line across the very top of the page."""
    f = font(FAX_FONT, 26)
    s.text(mm(6), mm(4), f"{when:%Y-%m-%d %H:%M}  FROM:{number}  {sender}", f, fill=BLACK)
    s.right(s.width - mm(6), mm(4), f"PAGE {page:02d}/{pages:02d}", f, fill=BLACK)


def _fax(sheets: list[Sheet], sender: str, number: str, when: datetime) -> list[Sheet]:
    for i, s in enumerate(sheets, 1):
        fax_top(s, sender, number, when + timedelta(seconds=40 * (i - 1)), i, len(sheets))
        s.fax = True  # type: ignore[attr-defined]
    return sheets


def _when(day: date, rng: random.Random) -> datetime:
    return datetime(day.year, day.month, day.day, rng.randint(8, 16), rng.randint(0, 59))


def _typeset(blocks: list[tuple[str, str]], s: Sheet, y: float, f: Font, *, left: float, right: float,
             lead: float, foot: float) -> tuple[list[Sheet], float]:
    sheets = [s]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(30))

    end = flow(s, blocks, f, x0=left, width=s.width - left - right, y=y, line_height=lead, indent=f.size * 2,
               bottom=s.height - foot, more=more)
    return sheets, end


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, c.respondent if "respondent" in served else c.applicant)
    if code == "evidence":
        return _note(c, rng)
    if code in ("power_of_attorney", "law_firm_letter", "lawyer_license"):
        return _lawyer(code, c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "payment_voucher":
        return _slip(c, rng)
    return _fee(c, rng)


# ------------------------------------------------------------------ judgments and mediation (trial divisions' layout)
def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A judgment as the trial divisions print it: court and title centred in 标宋-like bold serif, no rule, number
    right, FangSong-like kai body at 16 pt, pages numbered - n - at the bottom centre."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(36), c.basis_court, font("serif_bold", 62), spacing=2)
    title = "民 事 调 解 书" if _tale(c) == "labour" else "民 事 判 决 书"
    s.centred(mm(36) + 110, title, font("serif_bold", 70))
    s.right(s.width - mm(28), mm(36) + 230, c.basis_number, font("kai", 44))
    body = font("kai", 44)
    if _tale(c) == "loan":
        g = c.extra["guarantor"]
        blocks = [("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
                  ("f", f"法定代表人：{r.legal_rep}，该公司经理。"),
                  ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"),
                  ("f", f"负责人：{a.legal_rep}，该行行长。"),
                  ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                  ("f", f"原审被告：{g}，公民身份号码{c.extra['guarantor_id']}。"),
                  ("p", f"上诉人{r.name}因与被上诉人{a.name}、原审被告{g}金融借款合同纠纷一案，不服{c.extra['first_court']}"
                        f"{c.extra['first_no']}民事判决，向本院提起上诉。本院于2023年立案后，依法组成合议庭审理了本案。本案现已"
                        "审理终结。"),
                  ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：借款系用于经营周转，"
                        "因疫情影响无法按期还款，一审判决计算的罚息过高。"),
                  ("p", f"{a.name}辩称：一审判决认定事实清楚，适用法律正确，请求驳回上诉，维持原判。"),
                  ("p", f"本院经审理查明：{r.name}向{a.name}借款{c.extra['lent']}元，{g}提供连带责任保证。借款到期后，"
                        f"{r.name}未按约定归还本息，{g}亦未承担保证责任。"),
                  ("p", "本院认为，案涉借款合同、保证合同系当事人真实意思表示，合法有效。上诉人关于罚息过高的主张，与合同约定及"
                        "相关规定不符，本院不予支持。一审判决认定事实清楚，适用法律正确。依照《中华人民共和国民事诉讼法》第一百七十七条"
                        "第一款第一项的规定，判决如下："),
                  ("p", "驳回上诉，维持原判。"),
                  ("p", f"即：{r.name}偿还{a.name}借款本金、利息及罚息合计{money(c.amount)}；{g}对上述债务承担连带清偿责任，"
                        f"承担保证责任后有权向{r.name}追偿。"),
                  ("p", "二审案件受理费由上诉人负担。"),
                  ("p", "本判决为终审判决。")]
        signers = [("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))]
    elif _tale(c) == "heat":
        area, rate = c.extra["area"], c.extra["rate"]
        blocks = [("f", f"原告：{a.name}，住所地{a.address}。"),
                  ("f", f"法定代表人：{a.legal_rep}，该公司总经理。"),
                  ("f", f"被告：{r.name}，{r.sex}，{r.born:%Y年%m月%d}日出生，汉族，住{r.address}。" if r.born else f"被告：{r.name}。"),
                  ("p", f"原告{a.name}与被告{r.name}供用热力合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"
                        "原告的委托诉讼代理人到庭参加诉讼，被告经传票传唤无正当理由未到庭。本案现已审理终结。"),
                  ("p", f"原告向本院提出诉讼请求：判令被告给付2021—2022、2022—2023两个采暖期供热费{c.extra['heat']}元及滞纳金"
                        f"{c.extra['late']}元。"),
                  ("p", f"本院经审理认定事实如下：被告所有的上述房屋建筑面积{area}平方米，由原告供热，收费标准为每平方米{rate}元"
                        "每采暖期。原告已按约定供热，被告未交纳上述两个采暖期的供热费。"),
                  ("p", "本院认为，原告依约供热，被告应按约定交纳供热费。依照《中华人民共和国民法典》第六百五十六条、"
                        "《吉林省城市供热条例》的有关规定，判决如下："),
                  ("p", f"被告{r.name}于本判决生效之日起十日内给付原告{a.name}供热费{c.extra['heat']}元及滞纳金{c.extra['late']}元，"
                        f"合计{c.amount}元。"),
                  ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
                        "迟延履行期间的债务利息。"),
                  ("p", "案件受理费减半收取，由被告负担。"),
                  ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于吉林省吉林市中级人民法院。")]
        signers = [("审判员", person_name(rng))]
    else:
        blocks = [("f", f"原告：{a.name}，{a.sex}，{a.born:%Y年%m月%d}日出生，汉族，住{a.address}。" if a.born else f"原告：{a.name}。"),
                  ("f", f"被告：{r.name}，住所地{r.address}。"),
                  ("f", f"法定代表人：{r.legal_rep}，该公司经理。"),
                  ("p", f"原告{a.name}与被告{r.name}劳动争议一案，本院于2023年立案后，依法适用简易程序进行了审理。原告在被告承建的"
                        f"{c.extra['site']}从事钢筋工作业，被告拖欠其工资。"),
                  ("p", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
                  ("p", f"一、被告{r.name}于2023年12月31日前给付原告{a.name}工资{c.amount}元；"),
                  ("p", "二、被告如未按期给付，原告可就全部款项申请强制执行；"),
                  ("p", "三、案件受理费减半收取五元，由被告负担。"),
                  ("p", "上述协议，不违反法律规定，本院予以确认。"),
                  ("p", "本调解书经双方当事人签收后，即具有法律效力。")]
        signers = [("审判员", person_name(rng))]
    sheets, y = _typeset(blocks, s, mm(36) + 320, body, left=mm(28), right=mm(26), lead=76, foot=mm(34))
    last = sheets[-1]
    if y + 480 > last.height - mm(34):
        sheets.append(Sheet())
        last, y = sheets[-1], float(mm(40))
    y += 60
    for label, name in signers:
        last.text(last.width - mm(95), y, f"{label}　{name}", body)
        y += 76
    y += 20
    last.text(last.width - mm(95), y, cn_date(c.basis_effective - timedelta(days=20)), body)
    seal(last, last.width - mm(70), y - 30, c.basis_court, rng)
    y += 90
    last.text(last.width - mm(95), y, f"书记员　{person_name(rng)}", body)
    y += 90
    last.text(mm(28), y, "本件与原本核对无异", font("kai", 36))
    last.box(mm(26), y - 10, mm(28) + 370, y + 50, width=2)
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(22), f"- {i} -", font("serif", 34))
        if i > 1:
            sh.page_of = (i, n)
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """丰满区法院's 生效证明书, faxed over to 船营."""
    court = str(c.extra.get("first_court", c.basis_court))
    s = Sheet()
    s.centred(mm(34), court, font("serif_bold", 58))
    s.centred(mm(34) + 100, "生效证明书", font("serif_bold", 76), spacing=16)
    s.right(s.width - mm(28), mm(34) + 220, f"{c.extra.get('first_no', c.basis_number)}", font("serif", 40))
    f = font("serif", 44)
    blocks = [("f", f"{c.applicant.name}："),
              ("p", f"本院受理的{c.applicant.name}与{c.respondent.name}、{c.extra.get('guarantor', '')}金融借款合同纠纷一案，本院于"
                    f"2023年作出{c.extra.get('first_no', '')}民事判决。{c.respondent.name}不服，提起上诉，吉林省吉林市中级人民法院于"
                    f"{num_date(c.basis_effective)}作出{c.basis_number}民事判决：驳回上诉，维持原判。"),
              ("p", f"该判决已于{cn_date(c.basis_effective)}发生法律效力。"),
              ("p", "特此证明。")]
    _, y = _typeset(blocks, s, mm(34) + 330, f, left=mm(28), right=mm(26), lead=84, foot=mm(30))
    day = c.basis_effective + timedelta(days=rng.randint(6, 15))
    s.right(s.width - mm(36), y + 140, cn_date(day), f)
    seal(s, s.width - mm(70), y + 150, court, rng)
    s.text(mm(28), s.height - mm(40), f"（经办人：{person_name(rng)}　联系电话：0432-6461{rng.randint(1000, 9999)}）", font("serif", 32))
    return _fax([s], court, f"0432-6461{rng.randint(1000, 9999)}", _when(day, rng))


# ------------------------------------------------------------------ faxed replies to the court's assistance notices
def faxed_reply(c: CaseCtx, rng: random.Random, kind: str, day: date) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    s.starts_document = True
    if kind == "bank":
        bank = str(c.extra.get("r_bank", ""))
        s.text(mm(24), mm(22), bank, font("sans_bold", 50))
        s.text(mm(24), mm(22) + 66, "协助冻结存款回执", font("sans_bold", 62))
        s.line(mm(24), mm(22) + 150, s.width - mm(24), mm(22) + 150, width=5)
        rows = [("来文单位", str(c.court.name)), ("来文编号", f"{c.number}之一"), ("被冻结人", r.name),
                ("账号", str(c.extra.get("r_acct", ""))), ("申请冻结金额", f"{c.amount:,.2f}元"),
                ("实际冻结金额", f"{c.extra['frozen']:,.2f}元"), ("冻结起止日期", f"{day:%Y-%m-%d}至{day.replace(year=day.year + 1):%Y-%m-%d}"),
                ("备注", "该账户余额不足，已冻结账户全部余额，后续入账资金继续冻结至限额。")]
        y: float = mm(22) + 200
        f = font("sans", 38)
        for label, value in rows:
            s.text(mm(28), y, label, font("sans_bold", 38))
            parts = wrap(value, f, s.width - mm(80) - mm(24))
            for part in parts:
                s.text(mm(80), y, part, f)
                y += 58
            s.line(mm(24), y + 4, s.width - mm(24), y + 4, width=1)
            y += 20
        s.text(mm(28), y + 40, f"经办：{person_name(rng)}　复核：{person_name(rng)}", f)
        s.right(s.width - mm(30), y + 140, f"{day:%Y年%m月%d日}", f)
        seal(s, s.width - mm(60), y + 140, bank.replace("中国", ""), rng, radius=mm(17), inner="业务专用章")
        return _fax([s], bank, f"0432-6{rng.randint(100000, 999999)}", _when(day, rng))
    centre = "吉林市房地产交易中心"
    s.centred(mm(30), centre, font("hei", 60), spacing=6)
    s.centred(mm(30) + 92, "协助执行回复函", font("hei", 56))
    s.text(mm(28), mm(30) + 180, f"吉市房交函〔{day.year}〕{rng.randint(100, 900)}号", font("serif", 36))
    f = font("serif", 42)
    blocks = [("f", f"{c.court.name}："),
              ("p", f"你院{c.number}之二协助执行通知书收悉。经查询本中心房屋登记信息系统，截至{num_date(day)}，"
                    f"{r.name}（统一社会信用代码{r.id_number}）名下无房屋所有权登记信息，无法协助办理查封登记。"),
              ("p", "特此回复。"),
              ("p", "（本查询结果仅反映本中心登记系统记载的信息。）")]
    _, y = _typeset(blocks, s, mm(30) + 260, f, left=mm(28), right=mm(26), lead=74, foot=mm(30))
    s.right(s.width - mm(34), y + 120, f"{day.year}年{day.month}月{day.day}日", f)
    seal(s, s.width - mm(68), y + 120, centre, rng, inner="业务专用章")
    return _fax([s], "JLS FDC JYZX", f"0432-6{rng.randint(100000, 999999)}", _when(day, rng))


# ------------------------------------------------------------------ parties' papers
def _letterhead(s: Sheet, p: Party, rng: random.Random) -> float:
    green = (20, 110, 70)
    s.text(mm(22), mm(16), p.name, font("hei", 56), fill=green)
    s.text(mm(22), mm(16) + 70, "JILIN CITY HEATING CO., LTD.", font("sans", 26), fill=green)
    s.draw.rectangle((mm(22), mm(16) + 112, s.width - mm(22), mm(16) + 120), fill=green)
    s.draw.rectangle((mm(22), s.height - mm(22), s.width - mm(22), s.height - mm(22) + 4), fill=green)
    s.text(mm(22), s.height - mm(20), f"地址：{p.address}　服务热线：{p.phone}", font("sans", 26), fill=green)
    return mm(16) + 180


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    if _tale(c) == "heat":
        y = _letterhead(s, a, rng)
        f = font("sans", 40)
        title_font = font("sans_bold", 64)
    else:
        y = float(mm(35))
        f = font("serif", 42)
        title_font = font("serif_bold", 66)
    s.centred(y, "强制执行申请书", title_font, spacing=10)
    y += 130
    rn = (f"被申请人：{r.name}，住所地{r.address}，法定代表人{r.legal_rep}。" if r.kind == "organisation" else
          f"被申请人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。")
    an = (f"申请人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}，法定代表人{a.legal_rep}。"
          if a.kind == "organisation" else f"申请人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}，电话{a.phone}。")
    blocks = [("f", an), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"), ("f", rn), ("f", "申请事项："),
              ("p", f"一、请求依法强制执行{c.basis_court}{c.basis_number}{'民事调解书' if _tale(c) == 'labour' else '民事判决书'}，"
                    f"责令被申请人给付{money(c.amount)}；"),
              ("p", "二、被申请人加倍支付迟延履行期间的债务利息；"), ("p", "三、执行费用由被申请人负担。"),
              ("f", "事实与理由："),
              ("p", f"申请人与被申请人{c.extra['cause']}一案，{c.basis_court}作出的上述法律文书已于{num_date(c.basis_effective)}发生法律效力。"
                    "被申请人至今未履行义务。为维护申请人的合法权益，特依法申请强制执行。"),
              ("f", "此致"), ("f", f"{c.court.name}")]
    sheets, y = _typeset(blocks, s, y, f, left=mm(26), right=mm(24), lead=70, foot=mm(34))
    last = sheets[-1]
    y = min(y + 40, last.height - mm(80))
    last.right(last.width - mm(30), y, f"申请人：{a.name if a.kind == 'organisation' else ''}", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(60), y + 10, a.name, rng)
    else:
        signature(last, last.width - mm(60), y - 6, a.name, rng)
    last.right(last.width - mm(30), y + 80, num_date(c.filed_on - timedelta(days=2)), f)
    return sheets


def _identity(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    """Photocopies on plain paper: an ID card's two faces one above the other, or a licence with the 法定代表人身份证明书."""
    s = Sheet()
    if p.kind == "person":
        x, y = (s.width - mm(86) * 2) // 2, mm(24)
        w, h = mm(86) * 2, mm(54) * 2
        grey = (150, 150, 150)
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=30, fill=(218, 218, 218), outline=grey, width=3)
        f = font("hei", 36)
        rows = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                ("出生", f"{p.born.year}年{p.born.month}月{p.born.day}日" if p.born else ""), ("住址", p.address)]
        yy = y + 50
        for label, value in rows:
            s.text(x + 40, yy, label, font("hei", 30), fill=(70, 70, 70))
            for part in wrap(value, f, w * 0.55):
                s.text(x + 150, yy, part, f)
                yy += 52
            yy += 10
        s.draw.rectangle((x + w - 330, y + 60, x + w - 60, y + 400), fill=(120, 120, 120))
        s.text(x + 40, y + h - 80, "公民身份号码", font("hei", 30), fill=(70, 70, 70))
        s.text(x + 280, y + h - 86, p.id_number, font("sans_bold", 44), spacing=4)
        y2 = y + h + mm(12)
        s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=30, fill=(222, 222, 222), outline=grey, width=3)
        s.centred(y2 + 110, "中华人民共和国", font("hei", 64), x0=x, x1=x + w)
        s.centred(y2 + 200, "居民身份证", font("hei", 84), spacing=20, x0=x, x1=x + w)
        s.text(x + 120, y2 + h - 150, f"签发机关　吉林市公安局{'船营' if '船营' in p.address else '永吉县'}分局", font("hei", 30))
        start = date(2016 + rng.randint(0, 5), rng.randint(1, 12), rng.randint(1, 28))
        s.text(x + 120, y2 + h - 100, f"有效期限　{start:%Y.%m.%d}-{start.year + 20}.{start:%m.%d}", font("hei", 30))
        hand(s, x + 100, y2 + h + 40, "此复印件与原件一致", rng, size=46, ink=BLUE_INK)
        signature(s, x + 520, y2 + h + 120, c.agent if p is c.applicant and p.kind != "person" else p.name, rng)
        return [s]
    x0 = mm(28)
    s.box(x0, mm(22), s.width - x0, mm(150), width=8, outline=(120, 110, 80))
    s.centred(mm(32), "营 业 执 照", font("serif_bold", 80))
    s.centred(mm(50), "（副　本）", font("serif", 36))
    f = font("serif", 32)
    rows = [("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", "有限责任公司"), ("法定代表人", p.legal_rep),
            ("住　　所", p.address), ("成立日期", f"{rng.randint(1998, 2016)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    y = mm(62)
    for label, value in rows:
        s.text(x0 + 40, y, label, f)
        s.text(x0 + 330, y, value, f)
        y += 60
    s.text(x0 + 60, mm(136), "登记机关　吉林市船营区市场监督管理局", f)
    seal(s, s.width - mm(60), mm(132), "吉林市船营区市场监督管理局", rng, radius=mm(17))
    s.centred(mm(168), "法定代表人身份证明书", font("serif_bold", 54))
    blocks = [("p", f"{p.legal_rep}在我单位担任{'行长' if '银行' in p.name else '总经理'}职务，系我单位法定代表人。"), ("p", "特此证明。")]
    _, y_end = _typeset(blocks, s, mm(185), font("serif", 40), left=mm(30), right=mm(28), lead=70, foot=mm(20))
    s.right(s.width - mm(34), y_end + 60, f"{p.name}（盖章）", font("serif", 36))
    seal(s, s.width - mm(70), y_end + 70, p.name, rng)
    s.right(s.width - mm(34), y_end + 140, num_date(c.filed_on - timedelta(days=4)), font("serif", 36))
    return [s]


def _company_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The labour-service company's 付款说明 to the bureau, typed in Word on plain paper and faxed from its office."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("sans", 40)
    s.centred(mm(40), "关于支付农民工工资的情况说明", font("sans_bold", 56))
    day = c.day(24)
    blocks = [("f", f"{c.court.name}执行局："),
              ("p", f"贵院执行的{a.name}与我公司劳动争议一案（{c.number}），我公司因{c.extra['site']}工程款尚未结算，未能按"
                    "调解书约定期限支付工资，深表歉意。"),
              ("p", f"现项目发包方已拨付部分工程款，我公司承诺于{num_date(c.extra['pay_day'])}前将{a.name}的工资{c.amount}元一次性"
                    "支付至法院指定账户，请贵院暂缓对我公司采取进一步措施。"),
              ("p", "特此说明。"),
              ("f", f"联系人：{r.legal_rep}　电话：{r.phone}")]
    _, y = _typeset(blocks, s, mm(40) + 140, f, left=mm(25), right=mm(25), lead=68, foot=mm(30))
    s.right(s.width - mm(30), y + 80, r.name, f)
    seal(s, s.width - mm(62), y + 90, r.name, rng)
    s.right(s.width - mm(30), y + 150, num_date(day), f)
    return _fax([s], "HONGJIAN LAOWU" if "宏建" in r.name else "LAOWU GONGSI", r.phone, _when(day, rng))


def _note(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent's wife's 情况说明, written by hand on a sheet of squared 稿纸."""
    if _tale(c) == "labour":
        return _company_letter(c, rng)
    r = c.respondent
    s = Sheet(paper=(250, 248, 240))
    cell = mm(9)
    x0, y0 = mm(18), mm(30)
    cols = (s.width - 2 * x0) // cell
    rows = 20
    green = (120, 170, 130)
    for i in range(rows):
        top = y0 + i * (cell + mm(3))
        s.draw.rectangle((x0, top, x0 + cols * cell, top + cell), outline=green, width=1)
        for k in range(1, cols):
            s.line(x0 + k * cell, top, x0 + k * cell, top + cell, width=1, fill=green)
    wife = str(c.extra.get("spouse", person_name(rng)))
    paras = [f"我是{r.name}的爱人{wife}。热力公司起诉我家欠供热费的事，判决下来以后一直没交，是因为我爱人这两年在外地"
             "工地干活，工钱结不下来，家里实在拿不出钱，不是故意不交。",
             "现在工地给结了一部分钱，我们愿意跟热力公司商量，把欠的供热费和滞纳金分两次交清，请法院给协调一下。",
             f"我的电话：{r.phone}"]
    grid_lines = [" " * ((cols - 4) // 2) + "情况说明"]
    for para in paras:
        rest = "  " + para
        while rest:
            grid_lines.append(rest[:cols])
            rest = rest[cols:]
    grid_lines += [" " * (cols - 9) + f"说明人：{wife}", " " * (cols - 11) + num_date(c.day(19))]
    for i, line in enumerate(grid_lines[:rows]):
        top = y0 + i * (cell + mm(3))
        s.lines.append(line.strip())
        for k, ch in enumerate(line):
            if ch.strip():
                hand(s, x0 + k * cell + 5, top + 1, ch, rng, size=int(cell * 0.84), ink=(35, 35, 60), record=False)
    s.text(x0, y0 + rows * (cell + mm(3)) + 10, "20×20=400", font("sans", 24), fill=green, record=False)
    return [s]


def _lawyer(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    f = font("serif", 40)
    if code == "lawyer_license":
        x, top = mm(40), mm(40)
        s.box(x, top, s.width - x, top + mm(110), width=4)
        s.centred(top + 40, "中华人民共和国律师执业证", font("serif_bold", 50))
        s.draw.rectangle((x + 50, top + 140, x + 330, top + 500), fill=(140, 140, 140))
        for i, (k, v) in enumerate([("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", str(c.extra["licence"])),
                                    ("持证人", c.agent), ("性别", rng.choice("男女")), ("发证机关", "吉林省司法厅")]):
            s.text(x + 380, top + 150 + i * 64, f"{k}：{v}", font("serif", 34))
        s.centred(top + mm(125), "（复印件）", font("serif", 36))
        hand(s, x + 120, top + mm(140), "与原件核对一致", rng, size=44)
        signature(s, x + 520, top + mm(150), c.agent, rng)
        return [s]
    s.centred(mm(26), c.firm, font("hei", 54), spacing=4)
    s.line(mm(24), mm(26) + 80, s.width - mm(24), mm(26) + 80, width=3, fill=RED)
    s.line(mm(24), mm(26) + 88, s.width - mm(24), mm(26) + 88, width=1, fill=RED)
    if code == "law_firm_letter":
        s.centred(mm(26) + 130, "律师事务所函", font("hei", 62), spacing=8)
        s.right(s.width - mm(28), mm(26) + 230, f"吉江律函字〔{c.filed_on.year}〕第{rng.randint(10, 300)}号", f)
        blocks = [("f", f"{c.court.name}："),
                  ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的委托代理人。"),
                  ("p", "特此函告。"),
                  ("f", f"律师联系电话：{c.agent_phone}　本所地址：{c.extra['firm_addr']}")]
        _, y = _typeset(blocks, s, mm(26) + 320, f, left=mm(28), right=mm(26), lead=72, foot=mm(30))
        s.right(s.width - mm(34), y + 100, c.firm, f)
        seal(s, s.width - mm(70), y + 120, c.firm, rng)
        s.right(s.width - mm(34), y + 180, num_date(c.filed_on - timedelta(days=3)), f)
        return [s]
    s.centred(mm(26) + 130, "授权委托书", font("hei", 62), spacing=8)
    who = (f"委托人：{a.name}，住所地{a.address}，法定代表人{a.legal_rep}。" if a.kind == "organisation" else
           f"委托人：{a.name}，公民身份号码{a.id_number}，住{a.address}。")
    blocks = [("f", who), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("p", f"现委托{c.agent}在{a.name}与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
              ("p", "代理权限：特别授权，代为申请执行，提供财产线索，参加执行谈话，代为达成、签署执行和解协议，代为领取法律文书及"
                    "执行款项。"), ("p", "委托期限：至本案执行终结时止。")]
    _, y = _typeset(blocks, s, mm(26) + 260, f, left=mm(28), right=mm(26), lead=72, foot=mm(30))
    s.text(mm(30), y + 80, "委托人：", f)
    if a.kind == "organisation":
        seal(s, mm(90), y + 100, a.name, rng)
    else:
        signature(s, mm(62), y + 70, a.name, rng)
    s.text(s.width / 2, y + 80, "受托人：", f)
    signature(s, s.width / 2 + mm(32), y + 70, c.agent, rng)
    s.right(s.width - mm(34), y + 200, num_date(c.filed_on - timedelta(days=3)), f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("sans", 38)
    s.centred(mm(30), "执行和解协议", font("sans_bold", 62), spacing=6)
    day = c.day(27)
    half = (c.amount / 2).quantize(Decimal("0.01"))
    blocks = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
              ("p", f"甲乙双方就{c.number}执行一案，经{c.court.name}执行局主持，自愿达成如下和解协议："),
              ("p", f"一、乙方应付款项合计{money(c.amount)}。"),
              ("p", f"二、乙方于{num_date(day)}当日支付{half}元，余款{c.amount - half}元于{num_date(c.extra['pay_day'])}前付清。"),
              ("p", "三、乙方按期付清后，甲方不再主张迟延履行期间的债务利息，双方就本案再无争议。"),
              ("p", "四、乙方未按期足额付款的，甲方可申请恢复执行原生效法律文书。"),
              ("p", "五、本协议一式三份，甲乙双方各执一份，交法院一份附卷。")]
    _, y = _typeset(blocks, s, mm(30) + 140, f, left=mm(26), right=mm(24), lead=66, foot=mm(30))
    y += 60
    s.text(mm(28), y, "甲方：", f)
    if a.kind == "organisation":
        seal(s, mm(70), y + 20, a.name, rng)
        signature(s, mm(50), y + 80, c.agent, rng)
    else:
        signature(s, mm(50), y - 6, a.name, rng)
    s.text(s.width / 2 + 40, y, "乙方：", f)
    if r.kind == "organisation":
        seal(s, s.width / 2 + mm(40), y + 20, r.name, rng)
        signature(s, s.width / 2 + mm(25), y + 80, r.legal_rep, rng)
    else:
        signature(s, s.width / 2 + mm(25), y - 6, r.name, rng)
        hand(s, s.width / 2 + mm(25), y + 80, f"{c.extra.get('spouse', '')}代", rng, size=40, ink=INK)
    s.right(s.width - mm(30), y + 200, num_date(day), f)
    return [s]


def _slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A bank's 电子回单 printed at the counter, two to a sheet (the second cut off and left blank)."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    bank = str(c.extra["in_bank"]).split("吉林分行")[0].split("船营")[0]
    x, y, w = mm(16), mm(20), s.width - mm(32)
    h = mm(105)
    red = (170, 40, 40)
    s.box(x, y, x + w, y + h, width=3, outline=red)
    s.text(x + 30, y + 24, bank, font("sans_bold", 40), fill=red)
    s.centred(y + 24, "业务回单（付款）", font("sans_bold", 48), x0=x, x1=x + w)
    f = font("mono", 32)
    payer = c.extra.get("spouse", r.name) if r.kind == "person" else r.name
    when = c.extra["pay_day"]
    lines = [f"日期：{when:%Y年%m月%d日}          回单编号：{rng.randint(10**11, 10**12 - 1)}",
             f"付款人户名：{payer}", f"付款人账号：6217{rng.randint(10**11, 10**12 - 1)}",
             f"收款人户名：{a.name}", f"收款人账号：{c.extra['in_acct']}", f"收款人开户行：{c.extra['in_bank']}",
             f"金额（小写）：CNY {c.amount:,.2f}", f"金额（大写）：{money_caps(c.amount)}",
             f"用途：{c.number}执行款", f"交易流水号：{rng.randint(10**15, 10**16 - 1)}   柜员：{rng.randint(100000, 999999)}"]
    for i, line in enumerate(lines):
        s.text(x + 30, y + 110 + i * 62, line, f)
    seal(s, x + w - mm(40), y + h - mm(30), bank, rng, radius=mm(16), inner="电子回单专用章")
    s.line(x, y + h + mm(10), x + w, y + h + mm(10), width=1, fill=(160, 160, 160))
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The original trial's 诉讼费 receipt: the province's 非税收入 form, printed on a dot-matrix printer."""
    s = Sheet()
    x, y, w = mm(20), mm(24), s.width - mm(40)
    red = (180, 50, 60)
    s.centred(y, "吉林省非税收入一般缴款书（电子）", font("serif_bold", 50), fill=red)
    s.text(x, y + 90, f"票据代码：22060{rng.randint(100, 999)}    票据号码：{rng.randint(10**7, 10**8 - 1)}", font("serif", 30), fill=red)
    rows = [("缴款人", c.applicant.name if _tale(c) != "loan" else c.respondent.name), ("执收单位", c.basis_court),
            ("项目名称", "案件受理费"), ("案号", str(c.extra.get("first_no", c.basis_number))),
            ("金额", f"{(c.extra['fee'] * 2):,.2f}"), ("金额大写", money_caps(c.extra["fee"] * 2))]
    top = y + 150
    for i, (k, v) in enumerate(rows):
        yy = top + i * 86
        s.box(x, yy, x + w, yy + 86, width=2, outline=red)
        s.line(x + mm(40), yy, x + mm(40), yy + 86, width=2, fill=red)
        s.text(x + 20, yy + 24, k, font("serif", 34), fill=red)
        s.text(x + mm(44), yy + 22, v, font("mono", 36))
    s.text(x, top + 6 * 86 + 30, f"开票日期：{num_date(c.basis_effective - timedelta(days=60))}    收款人：{person_name(rng)}",
           font("serif", 30), fill=red)
    seal(s, x + w - mm(40), top + 6 * 86 - 40, c.basis_court, rng, radius=mm(18), inner="财务专用章")
    return [s]
