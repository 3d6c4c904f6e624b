"""What 城西区法院 receives, in its makers' styles: the 西宁中院's 二审 judgment and the 城北 court's 生效证明 (scanned
inserts), a 西宁 law firm's typed papers, a bank's 协助扣划回执, the 车管所's reply, bilingual Tibetan–Chinese ID card
copies, a handwritten 收条 photographed by the party and uploaded."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, table, wrap
from dossier.corpus.families.court_dn_kit import tibetan
from dossier.corpus.fonts import Font, font

SCAN = (252, 252, 251)
"""paper of a scanned insert (the capture reads it off the sheet)"""
PHOTO = (249, 247, 242)
"""paper of a party's phone photo"""
TIBETAN_HEADS = {"才让", "卓玛", "多杰", "拉毛", "索南", "措毛", "旦增", "央金", "尼玛", "更登"}
"""the given names the family's Tibetan parties are called by (民族 藏 on their cards)"""


def _flow(s: Sheet, y: float, text: str, f: Font, x0: float, x1: float, lh: float, ind: int = 2) -> float:
    for k, line in enumerate(wrap(text, f, x1 - x0, indent=f.size * ind)):
        s.text(x0 + (f.size * ind if k == 0 else 0), y, line, f)
        y += lh
    return y


def judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """西宁中院's 二审 judgment: 仿宋-like kai body, court name and title centred, parties, reasoning, 驳回上诉."""
    a, r = c.applicant, c.respondent
    f = font("kai_gb", 42)
    lh = 74
    x0, x1 = mm(30), Sheet().width - mm(26)
    paras = [
        f"|上诉人（原审被告）：{r.name}，住所地{r.address}。",
        f"|法定代表人：{r.legal_rep}，该公司总经理。",
        f"|被上诉人（原审原告）：{a.name}，住所地{a.address}。",
        f"|法定代表人：{a.legal_rep}，该公司执行董事。",
        f"|委托诉讼代理人：{c.agent}，{c.firm}律师。",
        f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服青海省西宁市城北区人民法院{c.extra['first_no']}民事判决，"
        "向本院提起上诉。本院依法组成合议庭进行了审理。本案现已审理终结。",
        f"一审法院认定：双方签订《牦牛肉购销合同》，约定由{a.name}向{r.name}供应冷冻分割牦牛肉{c.extra['tons']}吨，"
        f"{a.name}已按约交货，{r.name}以货物等级不符为由拒付尾款。",
        "本院认为，上诉人主张货物等级不符，未在合同约定的验收期内提出异议，亦未提交检验报告予以证明，其上诉理由不能成立。"
        "一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，"
        "判决如下：",
        "驳回上诉，维持原判。",
        f"一审判决：{r.name}于判决生效之日起十日内支付{a.name}货款{money(c.amount)}。二审案件受理费由上诉人负担。",
        "本判决为终审判决。",
    ]
    sheets = [Sheet(paper=SCAN)]
    s = sheets[0]
    s.centred(mm(30), "青海省西宁市中级人民法院", font("song_gb", 60), spacing=6)
    s.centred(mm(30) + 100, "民 事 判 决 书", font("song_gb", 66))
    s.right(x1, mm(30) + 210, c.basis_number, f)
    y = mm(30) + 300
    for p in paras:
        flush = p.startswith("|")
        for k, line in enumerate(wrap(p.lstrip("|"), f, x1 - x0, indent=0 if flush else 84)):
            if y > s.height - mm(40):
                s = Sheet(paper=SCAN)
                sheets.append(s)
                y = mm(30)
            s.text(x0 + (0 if flush or k else 84), y, line, f)
            y += lh
    if y > s.height - mm(95):
        s = Sheet(paper=SCAN)
        sheets.append(s)
        y = mm(40)
    y += 40
    for role, name in (("审 判 长", c.extra["zy_judges"][0]), ("审 判 员", c.extra["zy_judges"][1]),
                       ("审 判 员", c.extra["zy_judges"][2])):
        s.text(x1 - mm(60), y, f"{role}　{name}", f)
        y += 70
    s.text(x1 - mm(70), y + 10, cn_date(c.basis_effective), f)
    seal(s, x1 - mm(40), y + 20, "青海省西宁市中级人民法院", rng, radius=mm(21))
    s.text(x1 - mm(60), y + 100, f"书 记 员　{c.extra['zy_judges'][3]}", f)
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(18), f"— {i} —", font("song_gb", 32))
        if i > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def effect_cert(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """城北区法院's 生效证明书: short, boxed frame, 宋体."""
    s = Sheet(paper=SCAN)
    f = font("song_gb", 44)
    s.box(mm(22), mm(40), s.width - mm(22), mm(190), width=3)
    s.centred(mm(52), "青海省西宁市城北区人民法院", f)
    s.centred(mm(52) + 90, "生效证明书", font("song_gb", 70))
    y = _flow(s, mm(52) + 240, f"本院审理的{c.applicant.name}诉{c.respondent.name}买卖合同纠纷一案，本院{c.extra['first_no']}"
              f"民事判决书已于{cn_date(c.extra['first_on'])}送达，{c.respondent.name}不服提起上诉，青海省西宁市中级人民法院于"
              f"{cn_date(c.basis_effective)}作出{c.basis_number}民事判决书，驳回上诉，维持原判。该判决已于"
              f"{cn_date(c.basis_effective + timedelta(days=6))}发生法律效力。", f, mm(34), s.width - mm(34), 80)
    s.text(mm(34) + 88, y + 20, "特此证明。", f)
    s.right(s.width - mm(40), y + 200, cn_date(c.filed_on - timedelta(days=9)), f)
    seal(s, s.width - mm(70), y + 200, "青海省西宁市城北区人民法院", rng)
    return [s]


def application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's 强制执行申请书: typed on the firm's template, firm name in the footer, bold side heads."""
    a, r = c.applicant, c.respondent
    s = Sheet(paper=SCAN)
    f = font("serif", 40)
    b = font("serif_bold", 40)
    x0, x1 = mm(25), s.width - mm(25)
    s.centred(mm(28), "强制执行申请书", font("serif_bold", 62), spacing=10)
    y = mm(28) + 130.0

    def party(role: str, p: Party) -> float:
        nonlocal y
        s.text(x0, y, f"{role}：", b)
        w = b.getlength(f"{role}：")
        line = f"{p.name}，住所地{p.address}" if p.kind == "organisation" else \
            f"{p.name}，{p.sex}，{p.born.year if p.born else ''}年生，住{p.address}，公民身份号码{p.id_number}"
        y = _flow(s, y, line, f, x0 + w, x1, 66, 0)
        if p.legal_rep:
            s.text(x0 + w, y, f"法定代表人：{p.legal_rep}", f)
            y += 66
        return y

    party("申请人", a)
    party("被申请人", r)
    s.text(x0, y + 10, "请求事项：", b)
    y += 80
    y = _flow(s, y, f"一、请求依法强制执行{c.basis_court}{c.basis_number}{c.extra['basis_title']}，责令被申请人支付"
                    f"{money(c.amount)}及迟延履行期间的加倍债务利息；", f, x0, x1, 66)
    y = _flow(s, y, "二、本案执行费用由被申请人负担。", f, x0, x1, 66)
    s.text(x0, y + 10, "事实与理由：", b)
    y += 80
    y = _flow(s, y, f"申请人与被申请人{c.extra['cause']}一案，经{c.basis_court}作出上述法律文书，现已发生法律效力。"
                    "被申请人至今未履行给付义务，申请人依照《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。",
              f, x0, x1, 66)
    s.text(x0 + 80, y + 20, "此致", f)
    s.text(x0, y + 90, COURT_CN, f)
    who = a.name
    s.right(x1, y + 200, f"申请人：{who}", f)
    if a.kind == "organisation":
        seal(s, x1 - mm(30), y + 215, a.name, rng, radius=mm(19))
    else:
        hand(s, x1 - mm(30), y + 270, a.name, rng, size=52, ink=INK)
    s.right(x1, y + 340, num_date(c.filed_on - timedelta(days=2)), f)
    s.line(x0, s.height - mm(22), x1, s.height - mm(22), width=1, fill=(150, 150, 150))
    s.centred(s.height - mm(20), f"{c.firm}　代为起草", font("sans", 26), fill=(110, 110, 110))
    return [s]


COURT_CN = "青海省西宁市城西区人民法院"


def firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=SCAN)
    f = font("serif", 40)
    s.centred(mm(26), c.firm, font("sans_bold", 52), spacing=6, fill=(20, 60, 120))
    s.line(mm(22), mm(26) + 80, s.width - mm(22), mm(26) + 80, width=5, fill=(20, 60, 120))
    s.centred(mm(26) + 120, "律师事务所函", font("sans_bold", 60), spacing=14)
    s.right(s.width - mm(25), mm(26) + 220, f"青{rng.choice(['法', '诚'])}律函〔{c.filed_on.year}〕第{rng.randint(20, 399)}号", f)
    y = mm(26) + 310.0
    s.text(mm(25), y, f"{COURT_CN}：", f)
    y = _flow(s, y + 70, f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}"
                         f"{c.extra['cause']}一案的委托代理人。", f, mm(25), s.width - mm(25), 70)
    y = _flow(s, y, "特此函告。", f, mm(25), s.width - mm(25), 70)
    s.text(mm(25), y + 30, f"律师：{c.agent}　电话：{c.agent_phone}", f)
    s.right(s.width - mm(30), y + 200, num_date(c.filed_on - timedelta(days=3)), f)
    seal(s, s.width - mm(60), y + 200, c.firm, rng)
    s.text(mm(25), s.height - mm(30), f"地址：{c.extra['firm_addr']}", font("sans", 28), fill=(20, 60, 120))
    return [s]


def attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=SCAN)
    f = font("serif", 40)
    s.centred(mm(30), "授 权 委 托 书", font("serif_bold", 64))
    w = s.width - mm(50)
    rows = [["委托人", c.applicant.name], ["受托人", f"{c.agent}，{c.firm}律师，电话{c.agent_phone}"],
            ["案　由", f"申请执行{c.respondent.name}{c.extra['cause']}"],
            ["代理权限", "特别授权：代为申请执行、提供财产线索、参与和解、代收执行款、签收法律文书"]]
    end = table(s, mm(25), mm(30) + 140, [mm(40), w - mm(40)], rows, f, row_h=[110, 130, 130, 180], centre_first=True)
    s.right(s.width - mm(30), end + 120, "委托人（签章）：", f)
    if c.applicant.kind == "organisation":
        seal(s, s.width - mm(50), end + 200, c.applicant.name, rng)
    else:
        hand(s, s.width - mm(60), end + 190, c.applicant.name, rng, size=54, ink=INK)
    s.right(s.width - mm(30), end + 300, num_date(c.filed_on - timedelta(days=3)), f)
    return [s]


def licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A copy of the 律师执业证's photo page, pasted at the top of an A4 page."""
    s = Sheet(paper=SCAN)
    x, y = mm(35), mm(35)
    s.box(x, y, s.width - mm(35), y + mm(95), width=3, outline=(90, 60, 40))
    s.draw.rectangle((x + mm(8), y + mm(14), x + mm(38), y + mm(54)), fill=(150, 150, 150))
    f = font("serif", 34)
    s.centred(y + mm(4), "中华人民共和国律师执业证", font("serif_bold", 44))
    for k, (lab, val) in enumerate([("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                                    ("持证人", c.agent), ("发证机关", "青海省司法厅"),
                                    ("发证日期", num_date(date(c.filed_on.year - 4, 5, 20)))]):
        s.text(x + mm(46), y + mm(16) + k * 62, f"{lab}：{val}", f)
    s.text(mm(35), y + mm(110), "复印件与原件一致", font("kai", 40), fill=(40, 40, 120))
    hand(s, mm(35) + 340, y + mm(110), c.agent, rng, size=40)
    return [s]


def id_copy(c: CaseCtx, p: Party, rng: random.Random, *, photo: bool = False) -> list[Sheet]:
    """Both faces of a bilingual (Tibetan–Chinese) resident ID card copied onto one A4 sheet, or a 营业执照 copy; a
    party who filed from her phone photographed her copy instead of having it scanned."""
    s = Sheet(paper=PHOTO if photo else SCAN)
    if p.kind == "organisation":
        x0, y0 = mm(25), mm(35)
        s.box(x0, y0, s.width - mm(25), y0 + mm(150), width=6, outline=(120, 90, 40))
        s.centred(y0 + mm(10), "营 业 执 照", font("serif_bold", 72))
        f = font("serif", 34)
        for k, (lab, val) in enumerate([("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", "有限责任公司"),
                                        ("法定代表人", p.legal_rep), ("住　　所", p.address),
                                        ("经营范围", "肉制品、冷冻畜产品批发零售；汽车租赁" if "租" in p.name else
                                         "肉制品、冷冻畜产品加工、批发零售")]):
            s.text(x0 + mm(12), y0 + mm(40) + k * 76, f"{lab}　{val}", f)
        s.text(x0 + mm(100), y0 + mm(128), "登记机关　西宁市市场监督管理局", f)
        s.text(mm(30), y0 + mm(165), "此复印件仅供法院执行使用", font("kai", 42), fill=(40, 40, 120))
        return [s]
    born = p.born or date(1980, 1, 1)
    x0, y0 = mm(45), mm(30)
    cw, ch = mm(120), mm(76)
    lf = font("sans", 26)
    vf = font("hei", 32)
    bo = tibetan(22)
    s.box(x0, y0, x0 + cw, y0 + ch, width=3)
    rows = [("མིང་།", "姓名", p.name), ("ཕོ་མོ།", "性别", p.sex), ("མི་རིགས།", "民族", "藏" if p.name[:2] in TIBETAN_HEADS else "汉"),
            ("སྐྱེས་ཚེས།", "出生", f"{born.year}年{born.month}月{born.day}日"), ("གནས་ཡུལ།", "住址", p.address)]
    yy = y0 + 40
    for t, cn, v in rows:
        s.text(x0 + 30, yy, t, bo, record=False)
        s.text(x0 + 30, yy + 30, cn, lf, fill=(70, 90, 140))
        for k, part in enumerate(wrap(v, vf, cw - 360)):
            s.text(x0 + 140, yy + 26 + k * 40, part, vf)
        yy += 86 if cn != "住址" else 0
    s.draw.rectangle((x0 + cw - 270, y0 + 60, x0 + cw - 40, y0 + 340), fill=(165, 165, 165))
    s.text(x0 + 30, y0 + ch - 100, "སྤྱི་དམངས་ཐོབ་ཐང་ཨང་རྟགས།", bo, record=False)
    s.text(x0 + 30, y0 + ch - 66, "公民身份号码", lf, fill=(70, 90, 140))
    s.text(x0 + 330, y0 + ch - 80, p.id_number, font("mono", 42))
    y1 = y0 + ch + mm(20)
    s.box(x0, y1, x0 + cw, y1 + ch, width=3)
    s.centred(y1 + 60, "ཀྲུང་ཧྭ་མི་དམངས་སྤྱི་མཐུན་རྒྱལ་ཁབ།", tibetan(30), x0=x0, x1=x0 + cw)
    s.centred(y1 + 110, "中华人民共和国", font("hei", 46), x0=x0, x1=x0 + cw)
    s.centred(y1 + 180, "居民身份证", font("hei", 60), spacing=12, x0=x0, x1=x0 + cw)
    issued = date(c.filed_on.year - rng.randint(2, 8), rng.randint(1, 12), rng.randint(1, 28))
    s.text(x0 + 40, y1 + ch - 130, f"签发机关　西宁市公安局{rng.choice(['城西分局', '城中分局', '城北分局'])}", lf)
    s.text(x0 + 40, y1 + ch - 80, f"有效期限　{issued:%Y.%m.%d}-{issued.year + 20}.{issued:%m.%d}", lf)
    s.text(x0, y1 + ch + 60, "与原件核对无误", font("kai", 40), fill=(40, 40, 120))
    hand(s, x0 + 320, y1 + ch + 60, p.name, rng, size=42, ink=INK)
    return [s]


def bank_reply(c: CaseCtx, rng: random.Random) -> Sheet:
    """The bank's 协助扣划存款回执: its own form in sans, a business seal."""
    s = Sheet(paper=SCAN)
    s.starts_document = True
    bank = c.extra["r_bank"]
    s.text(mm(20), mm(20), bank, font("sans_bold", 44), fill=(0, 90, 60))
    s.centred(mm(20) + 110, "协助扣划存款回执", font("sans_bold", 58))
    f = font("sans", 32)
    w = s.width - mm(40)
    did = c.extra["deducted"]
    rows = [["来文单位", COURT_CN, "来文字号", f"{c.number}之一"], ["被执行人", c.respondent.name, "账号", c.extra["r_acct"]],
            ["应扣划金额", f"{c.amount:,.2f}元", "实际扣划金额", f"{did:,.2f}元"],
            ["扣划日期", num_date(c.day(12)), "划入账户", "西宁市城西区人民法院执行款专户"],
            ["备注", f"账户余额不足，已扣划全部可用余额。大写：{money_caps(did)}"]]
    end = table(s, mm(20), mm(20) + 220, [mm(32), w / 2 - mm(32), mm(32), w / 2 - mm(32)], rows, f,
                row_h=[110, 110, 110, 110, 140], centre_first=True)
    s.text(mm(20), end + 40, f"经办：{rng.choice('张李马韩')}{rng.choice('欣蓉婷莉')}　复核：{rng.choice('祁鲁冶')}{rng.choice('明成')}", f)
    s.right(s.width - mm(25), end + 160, num_date(c.day(12)), f)
    seal(s, s.width - mm(55), end + 150, bank, rng, radius=mm(18), inner="业务专用章")
    return s


def dmv_reply(c: CaseCtx, rng: random.Random) -> Sheet:
    """西宁市公安局交通警察支队车辆管理所's reply to the court's query: letter with a small table of vehicles."""
    s = Sheet(paper=SCAN)
    s.starts_document = True
    f = font("song_gb", 40)
    s.centred(mm(30), "西宁市公安局交通警察支队车辆管理所", font("song_gb", 50))
    s.centred(mm(30) + 90, "关于协助查询机动车登记信息的复函", font("hei", 52))
    y = mm(30) + 220.0
    s.text(mm(25), y, f"{COURT_CN}：", f)
    y = _flow(s, y + 70, f"你院{c.number}协助查询通知书收悉。经查询机动车登记系统，被执行人{c.respondent.name}"
                         "（证件号码" + c.respondent.id_number + "）名下登记机动车情况如下：", f, mm(25), s.width - mm(25), 72)
    w = s.width - mm(50)
    table(s, mm(25), y + 20, [w * 0.25, w * 0.3, w * 0.2, w * 0.25],
          [["号牌号码", "车辆品牌型号", "状态", "抵押/查封"], [c.extra["plate"], c.extra["car_model"], "正常", "无"]],
          font("song_gb", 34), row_h=90)
    y += 240
    y = _flow(s, y, "特此复函。", f, mm(25), s.width - mm(25), 72)
    s.right(s.width - mm(30), y + 150, cn_date(c.day(8)), f)
    seal(s, s.width - mm(60), y + 150, "西宁市公安局交通警察支队车辆管理所", rng)
    return s


def receipt_note(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A 收条 written by hand on a lined notebook leaf, photographed and uploaded by the party."""
    s = Sheet(paper=PHOTO)
    for k in range(26):
        s.line(mm(12), mm(30) + k * 92, s.width - mm(12), mm(30) + k * 92, width=2, fill=(170, 190, 215))
    s.line(mm(26), 0, mm(26), s.height, width=2, fill=(220, 150, 150))
    ink = (30, 35, 45)
    y = mm(30) - 62
    hand(s, s.width / 2 - 100, y + 92, "收　条", rng, size=64, ink=ink)
    lines = wrap(f"今收到{c.respondent.name}归还借款{c.amount:,.2f}元（{money_caps(c.amount)}），"
                 f"系{c.basis_number}民事调解书确定的全部款项，双方再无纠纷。", font("kai", 52), s.width - mm(50))
    yy = y + 92 * 3
    for k, line in enumerate(lines):
        hand(s, mm(30) + (104 if k == 0 else 0), yy, line, rng, size=52, ink=ink)
        yy += 92
    hand(s, s.width - mm(95), yy + 92, f"收款人：{c.applicant.name}", rng, size=52, ink=ink)
    d = c.extra["pay_day"]
    hand(s, s.width - mm(95), yy + 184, f"{d.year}.{d.month}.{d.day}", rng, size=52, ink=ink)
    s.draw.ellipse((s.width - mm(40), yy + 100, s.width - mm(30), yy + 150), fill=(190, 40, 40))
    return [s]


def agreement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The parties' 执行和解协议, typed on a home printer, signed and fingerprinted."""
    s = Sheet(paper=SCAN)
    f = font("song_gb", 40)
    s.centred(mm(28), "执行和解协议", font("hei", 60), spacing=8)
    y = mm(28) + 150.0
    for line in (f"甲方（申请执行人）：{c.applicant.name}", f"乙方（被执行人）：{c.respondent.name}"):
        s.text(mm(25), y, line, f)
        y += 70
    for k, t in enumerate([f"乙方欠甲方{c.extra['cause'].removesuffix('纠纷')}款项{money(c.amount)}，经{COURT_CN}{c.number}案执行。",
                           f"乙方于{num_date(c.extra['pay_day'])}前一次性支付上述全部款项，甲方放弃迟延履行期间的加倍债务利息。",
                           "乙方按期付清后，甲方向法院申请结案；乙方逾期未付，甲方可申请恢复执行。",
                           "本协议一式三份，双方各执一份，交法院一份。"], 1):
        y = _flow(s, y + 10, f"{'一二三四'[k - 1]}、{t}", f, mm(25), s.width - mm(25), 70)
    y += 80
    s.text(mm(25), y, "甲方：", f)
    s.text(s.width / 2, y, "乙方：", f)
    ink = INK
    for x, p in ((mm(25) + 120, c.applicant), (s.width / 2 + 120, c.respondent)):
        if p.kind == "organisation":
            seal(s, x + 150, y + 40, p.name, rng, radius=mm(18))
        else:
            hand(s, x, y - 10, p.name, rng, size=54, ink=ink)
            s.draw.ellipse((x + 220, y - 10, x + 260, y + 40), fill=(200, 50, 50))
    d = c.extra["settle_day"]
    s.text(mm(25), y + 160, f"签订日期：{num_date(d)}", f)
    return [s]


def fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """青海省政府非税收入一般缴款书: a landscape-ish slip printed in the upper half of an A4, red lines."""
    s = Sheet(paper=SCAN)
    red = (170, 50, 50)
    f = font("sans", 30)
    s.centred(mm(22), "青海省政府非税收入一般缴款书（电子）", font("sans_bold", 44), fill=red)
    s.text(mm(20), mm(22) + 90, f"票据号码：{rng.randint(10**9, 10**10 - 1)}", f, fill=red)
    s.right(s.width - mm(20), mm(22) + 90, f"填制日期：{c.filed_on:%Y-%m-%d}", f, fill=red)
    w = s.width - mm(40)
    fee = c.extra["fee"]
    table(s, mm(20), mm(22) + 150, [w * 0.2, w * 0.3, w * 0.2, w * 0.3],
          [["缴款人", c.applicant.name, "执收单位", COURT_CN], ["项目名称", "申请执行费", "案号", c.number],
           ["金额（小写）", f"{fee:,.2f}", "金额（大写）", money_caps(fee)]], f, row_h=100, fill=red)
    s.text(mm(20), mm(22) + 480, "收款银行：中国农业银行西宁城西支行　　校验码：" + str(rng.randint(100000, 999999)), f, fill=red)
    seal(s, s.width - mm(50), mm(22) + 420, "青海省财政厅非税收入票据专用章", rng, radius=mm(16))
    return [s]
