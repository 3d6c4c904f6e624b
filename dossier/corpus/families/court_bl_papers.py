"""The papers that reach 福田's bureau from elsewhere, each in its author's style: the lawyer's 申请书 and 所函 in a
sans letterhead, 深圳中院's judgment (2 pages, 第n页共m页), 华南国仲's award and 生效证明, the court's own 调解书,
the 商事主体 licence copy, a 香港 商業登記證 in 繁体, a 委托书 with its 中国委托公证人 attestation, forms filled
in by hand."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, num_date, person_name
from dossier.corpus.draw import BLUE_INK, RED, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_bl import (
    COURT,
    LAW,
    LEFT,
    RIGHT,
    BLSheet,
    basis_text,
    new,
    page_foot,
    parties,
    song,
)
from dossier.corpus.fonts import Font, font


def body(s: BLSheet, blocks: list[tuple[str, str]], y: float, f: Font, *, x0: float = LEFT, x1: float = RIGHT,
         lh: float = mm(7.4)) -> float:
    return flow(s, blocks, f, x0=x0, width=x1 - x0, y=y, line_height=lh, indent=f.size * 2)


def firm_head(s: BLSheet, c: CaseCtx) -> float:
    """A 深圳 firm's letterhead: its name in black hei, an English line, a thin rule."""
    s.text(LEFT, mm(16), c.firm, font("hei", mm(6.4)))
    s.text(LEFT, mm(26), "GUANGDONG LAW FIRM · SHENZHEN FUTIAN", font("sans", mm(2.8)), record=False)
    s.right(RIGHT, mm(26), c.extra["firm_addr"], font("sans", mm(2.8)))
    s.line(LEFT, mm(32), RIGHT, mm(32), width=3)
    return mm(42)


def application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = new()
    f = font("sans", mm(4.1))
    s.centred(mm(28), "强制执行申请书", font("sans_bold", mm(7.5)), spacing=mm(1.5))
    blocks = parties(c)
    blocks += [("f", "执行请求："), ("p", f"一、请求强制被执行人支付{money(c.amount)}元及迟延履行期间的加倍债务利息；"),
               ("p", "二、本案申请执行费由被执行人负担。"), ("f", "事实与理由："),
               ("p", f"申请人与被执行人{c.extra['cause']}一案，{basis_text(c)}已于{cn_date(c.basis_effective)}发生法律效力，"
                     f"被执行人至今未履行。依照{LAW}第二百四十七条之规定，特向贵院申请强制执行。"),
               ("f", "此致"), ("f", COURT)]
    y = body(s, blocks, mm(44), f)
    s.right(RIGHT - mm(10), y + mm(12), "申请人：", f)
    signature(s, RIGHT - mm(40), y + mm(8), c.applicant.legal_rep or c.applicant.name, rng)
    s.right(RIGHT - mm(10), y + mm(26), num_date(c.filed_on - timedelta(days=2)), f)
    if c.applicant.kind == "organisation":
        seal(s, RIGHT - mm(40), y + mm(16), c.applicant.name, rng)
    return [s]


def judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """深圳中院's 二审 judgment, two pages."""
    a, b = new(), new()
    f = font("ming", mm(4.4))
    a.centred(mm(26), "广东省深圳市中级人民法院", font("serif_bold", mm(8)), spacing=mm(1))
    a.centred(mm(40), "民事判决书", font("serif_bold", mm(9)), spacing=mm(6))
    a.right(RIGHT, mm(54), c.basis_number, f)
    blocks = [("p", f"上诉人（原审被告）：{c.respondent.name}，住所地{c.respondent.address}。"),
              ("p", f"被上诉人（原审原告）：{c.applicant.name}，住所地{c.applicant.address}。"),
              ("p", f"上诉人{c.respondent.name}因与被上诉人{c.applicant.name}买卖合同纠纷一案，不服广东省深圳市福田区人民法院"
                    f"{c.extra['first']}民事判决，向本院提起上诉。本院依法组成合议庭审理了本案，现已审理终结。"),
              ("p", "原审查明：被上诉人系华强北电子元器件分销商，自2022年3月起向上诉人供应贴片电容、MCU芯片及电源管理"
                    "芯片，双方按月对账。截至2022年12月，上诉人确认尚欠货款，经催告仍未支付。"),
              ("p", "本院认为，双方签署的对账单系真实意思表示，上诉人关于货物质量瑕疵的主张未提交检测报告予以证明，本院不予"
                    "采信。一审判决认定事实清楚，适用法律正确，应予维持。")]
    body(a, blocks, mm(64), f, lh=mm(8))
    page_foot(a, 1, 2)
    blocks2 = [("p", f"依照{LAW}第一百七十七条第一款第（一）项之规定，判决如下："),
               ("p", f"驳回上诉，维持原判（上诉人向被上诉人支付货款{money(c.amount)}元及逾期付款利息）。"),
               ("p", "二审案件受理费由上诉人负担。"), ("p", "本判决为终审判决。")]
    y = body(b, blocks2, mm(30), f, lh=mm(8))
    for k, t in enumerate(["审　判　长　" + person_name(rng), "审　判　员　" + person_name(rng), "审　判　员　" + person_name(rng)]):
        b.right(RIGHT - mm(8), y + mm(12) + k * mm(9), t, f)
    b.right(RIGHT - mm(8), y + mm(46), cn_date(c.basis_effective), f)
    seal(b, RIGHT - mm(40), y + mm(46), "广东省深圳市中级人民法院", random.Random(2))
    b.text(LEFT, y + mm(62), "本件与原本核对无异", song(mm(4)))
    b.right(RIGHT - mm(8), y + mm(70), "书　记　员　" + person_name(rng), f)
    page_foot(b, 2, 2)
    return [a, b]


def award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """华南国仲's award: bilingual name in a navy band, headings numbered, the tribunal signs."""
    a, b = new(), new()
    navy = (20, 40, 95)
    a.draw.rectangle((0, mm(12), a.width, mm(30)), fill=(232, 236, 246))
    a.text(LEFT, mm(15), "深圳国际仲裁院", font("serif_bold", mm(6.5)), fill=navy)
    a.text(LEFT, mm(24), "Shenzhen Court of International Arbitration", font("sans", mm(2.8)), fill=navy, record=False)
    a.centred(mm(44), "裁决书", font("serif_bold", mm(9)), spacing=mm(8))
    a.centred(mm(58), c.basis_number, font("serif", mm(4.4)))
    f = font("serif", mm(4.2))
    blocks = [("f", f"申请人：{c.applicant.name}"), ("f", f"地址：{c.applicant.address}"), ("f", f"被申请人：{c.respondent.name}"),
              ("f", f"地址：{c.respondent.address}"), ("f", "一、案情"),
              ("p", "申请人与被申请人于2021年签订《跨境收付款系统技术服务协议》，约定申请人为被申请人提供系统接入及运维服务，"
                    "被申请人按季支付服务费。被申请人自2022年第三季度起拖欠服务费。申请人依据协议第十九条仲裁条款向深圳国际仲裁院"
                    "申请仲裁。"), ("f", "二、仲裁庭意见"),
              ("p", "仲裁庭认为，协议合法有效，申请人已按约提供服务，被申请人应当支付服务费及逾期违约金。")]
    body(a, blocks, mm(70), f)
    page_foot(a, 1, 2, style="- {n} -")
    blocks2 = [("f", "三、裁决"), ("p", f"（一）被申请人向申请人支付服务费及违约金共计{money(c.amount)}元；"),
               ("p", "（二）本案仲裁费由被申请人承担；"), ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
    y = body(b, blocks2, mm(30), f)
    for k, t in enumerate(["首席仲裁员：" + person_name(rng), "仲　裁　员：" + person_name(rng), "仲　裁　员：" + person_name(rng)]):
        b.text(mm(110), y + mm(14) + k * mm(10), t, f)
    b.right(RIGHT, y + mm(50), f"二〇二三年{c.basis_effective.month}月{c.basis_effective.day}日于深圳", f)
    seal(b, RIGHT - mm(34), y + mm(44), "深圳国际仲裁院", rng)
    page_foot(b, 2, 2, style="- {n} -")
    return [a, b]


def mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = new()
    f = song(mm(4.3))
    s.centred(mm(28), COURT, font("serif_bold", mm(7.2)), spacing=mm(0.5))
    s.centred(mm(42), "民事调解书", font("serif_bold", mm(8.5)), spacing=mm(6))
    s.right(RIGHT, mm(56), c.basis_number, f)
    blocks = [("p", f"原告：{c.applicant.name}，住{c.applicant.address}。"), ("p", f"被告：{c.respondent.name}，住{c.respondent.address}。"),
              ("p", f"原告{c.applicant.name}与被告{c.respondent.name}民间借贷纠纷一案，本院于2023年立案后依法适用简易程序。"
                    "经本院主持调解，双方当事人自愿达成如下协议："),
              ("p", f"一、被告{c.respondent.name}确认尚欠原告借款本金及利息共计{money(c.amount)}元，于2023年12月31日前一次性付清；"),
              ("p", "二、如被告未按期足额付款，原告有权就全部未付款项申请强制执行；"), ("p", "三、案件受理费减半收取，由被告负担。"),
              ("p", "上述协议，符合有关法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。")]
    y = body(s, blocks, mm(66), f)
    s.right(RIGHT - mm(8), y + mm(10), "审判员　" + c.extra["trial_judge"], f)
    s.right(RIGHT - mm(8), y + mm(22), cn_date(c.basis_effective), f)
    seal(s, RIGHT - mm(40), y + mm(20), COURT, rng)
    s.right(RIGHT - mm(8), y + mm(34), "书记员　" + person_name(rng), f)
    return [s]


def certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = new()
    f = font("serif", mm(4.4))
    s.centred(mm(40), "深圳国际仲裁院", font("serif_bold", mm(8)), spacing=mm(1))
    s.centred(mm(56), "生效证明", font("serif_bold", mm(8.5)), spacing=mm(7))
    y = body(s, [("f", f"{COURT}："), ("p", f"本院受理的申请人{c.applicant.name}与被申请人{c.respondent.name}{c.extra['cause']}"
                                                f"仲裁案，本院已于{cn_date(c.basis_effective)}作出{c.basis_number}裁决书。"
                                                "该裁决书为终局裁决，自作出之日起发生法律效力，已依法送达双方当事人。"),
                 ("p", "特此证明。")], mm(76), f)
    s.right(RIGHT - mm(8), y + mm(20), "深圳国际仲裁院", f)
    s.right(RIGHT - mm(8), y + mm(30), cn_date(c.filed_on - timedelta(days=9)), f)
    seal(s, RIGHT - mm(36), y + mm(24), "深圳国际仲裁院", rng)
    return [s]


def filled_form(c: CaseCtx, rng: random.Random, title: str, rows: list[tuple[str, str]], sign: str,
                note: str = "") -> list[Sheet]:
    """A window form of the court's litigation service centre, filled by hand: its box is its inner rectangle."""
    s = new()
    s.centred(mm(22), SHORT_TITLE, font("sans", mm(4.4)))
    s.centred(mm(32), title, font("hei", mm(7.4)), spacing=mm(1))
    f = font("sans", mm(3.9))
    x0, y0 = mm(20), mm(48)
    cols = [mm(46), mm(124)]
    y = table(s, x0, y0, cols, [[k, ""] for k, _ in rows] + [["签名（盖章）", ""]], f, row_h=mm(17))
    for i, (_, v) in enumerate(rows):
        hand(s, x0 + mm(50), y0 + i * mm(17) + mm(5), v, rng, size=mm(4.6) if len(v) > 22 else mm(5.2))
    signature(s, x0 + mm(60), y0 + len(rows) * mm(17) + mm(3), sign, rng, ink=BLUE_INK)
    s.inner = (x0 - 5, y0 - 5, x0 + sum(cols) + 5, round(y) + 5)
    if note:
        body(s, [("p", note)], y + mm(8), font("sans", mm(3.2)), x0=x0, x1=x0 + sum(cols), lh=mm(5.5))
    return [s]


SHORT_TITLE = "深圳市福田区人民法院诉讼服务中心"


def licence(c: CaseCtx, rng: random.Random, who: str) -> list[Sheet]:
    p = c.applicant if who != "respondent" else c.respondent
    s = new(paper=(246, 246, 244))
    if "香港" in p.name:  # a 商業登記證 copy in 繁体
        s.draw.rectangle((mm(20), mm(50), mm(190), mm(170)), outline=(90, 90, 90), width=3)
        f = font("ming", mm(4.4))
        s.centred(mm(58), "香港特別行政區政府　稅務局　商業登記署", f, x0=mm(20), x1=mm(190))
        s.centred(mm(70), "商業登記證", font("ming", mm(8)), x0=mm(20), x1=mm(190), spacing=mm(4))
        y = float(mm(88))
        for t in (f"業務名稱：{p.name}", f"登記證號碼：{c.extra['br_no']}-000-{rng.randint(1, 12):02d}-{rng.randint(20, 25)}-{rng.randint(1, 9)}",
                  f"業務地址：{p.address}", "業務性質：CORP　支付系統技術服務", "生效日期：01/04/2024　屆滿日期：31/03/2025"):
            s.text(mm(28), y, t, f)
            y += mm(12)
        s.inner = (mm(20), mm(50), mm(190), mm(170))
        hand(s, mm(60), mm(190), "與原件核對一致", rng, size=mm(6), ink=(20, 20, 20))
        signature(s, mm(130), mm(200), c.agent, rng)
        return [s]
    if p.kind == "person":
        x0, y0 = mm(40), mm(60)
        s.draw.rounded_rectangle((x0, y0, x0 + mm(86), y0 + mm(54)), radius=mm(4), outline=(120, 120, 120), width=2,
                                 fill=(236, 240, 238))
        f = font("hei", mm(3.4))
        for i, t in enumerate([f"姓名 {p.name}", f"性别 {p.sex}　民族 汉", f"住址 {p.address[:13]}", p.address[13:],
                               f"公民身份号码 {p.id_number}"]):
            s.text(x0 + mm(4), y0 + mm(5) + i * mm(9), t, f)
        s.box(x0 + mm(62), y0 + mm(6), x0 + mm(82), y0 + mm(32), width=1)
        s.inner = (x0 - 4, y0 - 4, x0 + mm(86) + 4, y0 + mm(54) + 4)
        hand(s, mm(40), mm(150), "复印件与原件一致　" + p.name, rng, size=mm(6))
        return [s]
    s.draw.rectangle((mm(18), mm(24), mm(192), mm(262)), outline=(170, 120, 60), width=10)
    s.centred(mm(44), "营业执照", font("serif_bold", mm(13)), spacing=mm(8))
    s.text(mm(30), mm(66), f"统一社会信用代码　{p.id_number}", font("hei", mm(4)))
    f = font("serif", mm(4.2))
    y = float(mm(84))
    for k, v in (("名　　称", p.name), ("类　　型", "有限责任公司"), ("法定代表人", p.legal_rep), ("住　　所", p.address),
                 ("成立日期", f"{rng.randint(2008, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")):
        y = body(s, [("f", f"{k}　{v}")], y, f, x0=mm(30), x1=mm(180), lh=mm(10))
    s.text(mm(110), mm(226), "登记机关　深圳市市场监督管理局", f)
    seal(s, mm(150), mm(222), "深圳市市场监督管理局", rng, radius=mm(16), inner="登记专用章")
    s.inner = (mm(18), mm(24), mm(192), mm(262))
    hand(s, mm(30), mm(250), "与原件一致", rng, size=mm(6), ink=(20, 20, 20))
    return [s]


def attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = new()
    hk = "香港" in c.applicant.name
    f = font("ming" if hk else "song_gb", mm(4.3))
    s.centred(mm(30), "授權委託書" if hk else "授权委托书", font("serif_bold", mm(8)), spacing=mm(6))
    blocks = [("f", f"委托人：{c.applicant.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师"),
              ("p", f"现委托上列受托人在委托人申请执行{c.respondent.name}一案中，作为委托人的代理人，代理权限为特别授权：代为申请执行、"
                    "提供财产线索、签收法律文书、代为和解、代为领取执行款。"), ("p", "委托期限：至本案执行终结之日止。")]
    y = body(s, blocks, mm(48), f)
    s.text(mm(100), y + mm(14), "委托人（签章）：", f)
    signature(s, mm(150), y + mm(10), c.applicant.legal_rep, rng)
    if c.applicant.kind == "organisation":
        seal(s, mm(150), y + mm(20), c.applicant.name, rng)
    s.text(mm(100), y + mm(32), num_date(c.filed_on - timedelta(days=20)), f)
    if not hk:
        return [s]
    s.page_of = (1, 2)
    n = new()
    g = font("ming", mm(4.3))
    n.centred(mm(30), "證明書", font("serif_bold", mm(8.5)), spacing=mm(7))
    n.right(RIGHT, mm(44), f"（{c.filed_on.year}）港證字第{rng.randint(10000, 99999)}號", g)
    body(n, [("p", f"茲證明{c.applicant.name}之董事{c.applicant.legal_rep}於{cn_date(c.filed_on - timedelta(days=20))}"
                   "在本人面前簽署前面的授權委託書，簽名屬實。"),
             ("p", "本證明書僅供在中華人民共和國內地使用。"), ("f", "中國委託公證人（香港）　" + person_name(rng) + "律師")],
         mm(56), g)
    seal(n, mm(140), mm(150), "中國法律服務（香港）有限公司", rng, inner="轉遞專用章")
    n.text(LEFT, mm(190), "轉遞編號：" + f"H{rng.randint(10**7, 10**8 - 1)}", g)
    n.page_of = (2, 2)
    return [s, n]


def firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = new()
    y = firm_head(s, c)
    f = font("sans", mm(4.2))
    s.centred(y + mm(4), "律师事务所函", font("sans_bold", mm(7)), spacing=mm(5))
    s.right(RIGHT, y + mm(18), f"（{c.filed_on.year}）深{c.firm[2:4]}执字第{rng.randint(10, 299)}号", f)
    y = body(s, [("f", f"{COURT}："), ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}"
                                             f"一案的代理人。特此函告。"), ("f", f"律师联系电话：{c.agent_phone}")], y + mm(30), f)
    s.right(RIGHT - mm(8), y + mm(16), c.firm, f)
    s.right(RIGHT - mm(8), y + mm(26), num_date(c.filed_on - timedelta(days=3)), f)
    seal(s, RIGHT - mm(34), y + mm(20), c.firm, rng)
    return [s]


def license_copy(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = new(paper=(248, 248, 248))
    x0, y0 = mm(34), mm(40)
    s.draw.rectangle((x0, y0, x0 + mm(140), y0 + mm(96)), fill=(226, 238, 230), outline=(60, 100, 70), width=3)
    s.centred(y0 + mm(8), "中华人民共和国律师执业证", font("serif_bold", mm(6)), x0=x0, x1=x0 + mm(140))
    f = font("hei", mm(3.8))
    for i, t in enumerate([f"执业机构　{c.firm}", "执业证类别　专职律师", f"执业证号　{c.extra['lic_no']}",
                           f"姓　　名　{c.agent}", "发证机关　广东省司法厅", f"发证日期　{rng.randint(2012, 2020)}年3月1日"]):
        s.text(x0 + mm(10), y0 + mm(24) + i * mm(10), t, f)
    s.inner = (x0, y0, x0 + mm(140), y0 + mm(96))
    hand(s, mm(44), mm(160), "与原件核对无误　" + c.agent, rng, size=mm(6))
    return [s]


def fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = new(paper=(250, 247, 240))
    x0, y0 = mm(15), mm(30)
    s.centred(mm(16), "广东省非税收入电子票据", font("hei", mm(6.4)), fill=RED)
    f = font("hei", mm(3.6))
    rows = [["票据代码", f"44010124{rng.randint(10, 99)}", "票据号码", f"00{rng.randint(10**6, 10**7 - 1)}"],
            ["交款人", c.applicant.name, "开票日期", num_date(c.filed_on + timedelta(days=2))],
            ["项目名称", "申请执行费", "金额（元）", money(c.extra["exec_fee"])], ["备注", c.number, "", ""]]
    y = table(s, x0, y0, [mm(30), mm(70), mm(30), mm(50)], rows, f, row_h=mm(11))
    s.text(x0, y + mm(6), f"收款单位（章）：{COURT}　　复核人：{person_name(rng)}　收款人：{person_name(rng)}", f)
    seal(s, x0 + mm(150), y - mm(6), "广东省财政厅", rng, radius=mm(13), inner="票据监制章")
    return [s]


def settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = new()
    f = font("song_gb", mm(4.3))
    s.centred(mm(30), "执行和解协议", font("hei", mm(8)), spacing=mm(6))
    blocks = [("f", f"甲方（申请执行人）：{c.applicant.name}"), ("f", f"乙方（被执行人）：{c.respondent.name}"),
              ("p", f"就{c.number}案，双方经协商，自愿达成如下协议："),
              ("p", f"一、乙方于{cn_date(c.extra['pay_day'] - timedelta(days=6))}前将{money(c.amount)}元汇入{COURT}案款专户；"),
              ("p", "二、甲方放弃迟延履行期间的加倍利息；"), ("p", "三、乙方按期付清后，本案执行完毕。"),
              ("p", "本协议一式三份，双方各执一份，交法院一份。")]
    y = body(s, blocks, mm(48), f)
    s.text(LEFT, y + mm(16), "甲方：", f)
    s.text(mm(110), y + mm(16), "乙方：", f)
    seal(s, LEFT + mm(30), y + mm(20), c.applicant.name, rng)
    seal(s, mm(140), y + mm(20), c.respondent.name, rng)
    s.text(mm(110), y + mm(44), num_date(c.day(30)), f)
    return [s]


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    if code == "enforcement_application":
        return application(c, rng)
    if code == "enforcement_basis":
        return {"parts": judgment, "fees": award}.get(c.extra["story"], mediation)(c, rng)
    if code == "effectiveness_certificate":
        return certificate(c, rng)
    if code == "identity_proof":
        return licence(c, rng, served[0] if served else "")
    if code == "power_of_attorney":
        return attorney(c, rng)
    if code == "law_firm_letter":
        return firm_letter(c, rng)
    if code == "lawyer_license":
        return license_copy(c, rng)
    if code == "fee_receipt":
        return fee(c, rng)
    if code == "settlement_agreement":
        return settlement(c, rng)
    if code == "property_clue_form":
        return filled_form(c, rng, "被执行人财产线索登记表", [
            ("案号", c.number), ("线索提供人", c.applicant.name), ("被执行人", c.respondent.name), ("银行账户", f"{c.extra['resp_bank']} {c.extra['resp_acct']}"),
            ("不动产", "未知"), ("车辆", "粤B" + f"{rng.randint(10000, 99999)}（待查）"), ("其他", "微信、支付宝账户")], c.agent,
            "申请执行人应如实提供财产线索，提供虚假线索的，承担相应法律责任。")
    if code == "payment_account_confirmation":
        return filled_form(c, rng, "执行案款收款账户确认书", [
            ("案号", c.number), ("收款人（户名）", a.name), ("开户银行", c.extra["acct_bank"]), ("账号", c.extra["acct"]),
            ("联系电话", c.agent_phone)], a.legal_rep or a.name,
            "本人（单位）确认上述账户为接收本案执行款的账户，因账户信息错误导致款项无法发放或错误发放的，由本人（单位）负责。")
    if code == "service_address_confirmation":
        return filled_form(c, rng, "当事人送达地址确认书", [
            ("案号", c.number), ("受送达人", a.name), ("送达地址", c.extra["firm_addr"]), ("代收人", c.agent + "律师"),
            ("手机号码", c.agent_phone), ("是否同意电子送达", "同意　" + c.agent_phone)], c.agent,
            "本人已阅读告知事项，确认上述地址为有效送达地址，法院按此地址送达即视为送达。")
    if code == "property_declaration_form":
        r = c.respondent
        return filled_form(c, rng, "被执行人财产申报表", [
            ("申报人", r.name), ("证照号码", r.id_number), ("申报事由", "依报告财产令如实申报"), ("银行存款", "招商银行账户，余额不详" if r.kind != "person" else "无"),
            ("不动产", "无"), ("车辆", "无"), ("收入", "无固定收入" if r.kind == "person" else "经营困难")], r.legal_rep or r.name,
            f"申报日期：{num_date(c.day(10))}。被执行人应如实申报，拒绝报告或虚假报告的，依法予以罚款、拘留。")
    raise KeyError(code)
