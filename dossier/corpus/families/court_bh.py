"""court_bh (吉林省延吉市人民法院, held out): the seat of the 延边朝鲜族自治州. The bureau's own papers are bilingual — the
court's name and each title printed in 朝鲜文 (Hangul) above the Chinese; parties are 朝鲜族 people and a Korean-invested
food company; the bases are a 延边中院 二审 judgment and this court's own 民事调解书. Papers from outside (a 延边 law firm,
延边农商银行 / 吉林银行, the 不动产登记中心, hand-filled forms mixing Hangul and Chinese) are drawn in their authors'
styles; the parties' uploads reach the court through e-filing (court_bh_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money,
    money_caps,
    num_date,
)
from dossier.corpus.draw import INK, RED, Sheet, flow, mm, seal, table
from dossier.corpus.fonts import font

KIMCHI_SEQ, GINSENG_SEQ, REPAIR_SEQ = 32114, 32371, 32658
UPLOAD_PAPER = (251, 250, 246)
"""received papers come on this off-white; the court's own on pure white (the capture tells them apart)"""
MID = "吉林省延边朝鲜族自治州中级人民法院"
HANGUL_COURT = "연길시인민법원"
NAMES = {"金哲洙": "김철수", "朴英姬": "박영희", "崔成龙": "최성룡", "李明淑": "리명숙", "金春花": "김춘화",
         "朴光日": "박광일", "全美兰": "전미란", "玄成浩": "현성호", "郑永哲": "정영철", "韩东旭": "한동욱",
         "南英子": "남영자", "许昌洙": "허창수", "方明玉": "방명옥", "池太俊": "지태준", "严顺姬": "엄순희"}
"""the parties' names with their Hangul spelling, which they also sign in"""
STAFF = ["王立新", "金英男", "张海峰", "朴永吉", "刘春燕", "李哲浩", "赵明辉", "崔美玉", "孙丽华", "姜成哲"]
OWN: dict[str, tuple[str, str]] = {
    "acceptance_notice": ("受理案件通知书", "사건수리통지서"),
    "payment_notice": ("交纳执行费通知书", "집행비용납부통지서"),
    "enforcement_notice": ("执行通知书", "집행통지서"),
    "property_report_order": ("报告财产令", "재산신고령"),
    "enforcement_ruling": ("执行裁定书", "집행재정서"),
    "assistance_notice": ("协助执行通知书", "협조집행통지서"),
    "closing_notice": ("结案通知书", "결안통지서"),
    "closing_approval_form": ("执行案件结案审批表", "결안심사비준표"),
    "effectiveness_certificate": ("生效证明书", "효력발생증명서"),
    "service_receipt": ("送达回证", "송달회증"),
    "dossier_cover": ("执行案件卷宗", "집행사건권종"),
    "catalogue": ("卷内文件目录", "권내문건목록"),
    "file_review_form": ("归档案卷审查表", "귀당심사표"),
    "remarks_sheet": ("卷内备考表", "비고표"),
}
RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
CODES = frozenset(OWN) | RECEIVED


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """延吉 parties: KIMCHI a cabbage grower against a Korean-invested 泡菜 maker (延边中院 二审 judgment);
    GINSENG a 民间借贷 调解书 against a 人参 trader; REPAIR a flat owner against a 装修 company (二审 judgment)."""
    seq = int(c.number.rsplit("执", 1)[1].rstrip("号"))
    c.extra["story"] = {KIMCHI_SEQ: "kimchi", GINSENG_SEQ: "ginseng"}.get(seq, "repair")
    names = list(NAMES)
    rng.shuffle(names)
    staff = rng.sample(STAFF, 4)
    c.judge, c.officer, c.clerk, c.agent = staff
    street = rng.choice(["河南街道", "建工街道", "北山街道", "新兴街道", "公园街道"])
    born = date(rng.randint(1960, 1985), rng.randint(1, 12), rng.randint(1, 28))
    c.applicant = Party(names[0], "person", id_number(rng, "222401", born),
                        f"吉林省延吉市{street}{rng.choice(['光明街', '局子街', '友谊路', '参花街'])}{rng.randint(1, 999)}号",
                        f"13{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))
    story = c.extra["story"]
    if story == "kimchi":
        c.respondent = Party(f"延边{rng.choice(['韩福', '汉拿', '阿里郎'])}食品有限公司", "organisation",
                             credit_code(rng, "222401"), "吉林省延吉市朝阳川镇延吉经济开发区长白山东路"
                             f"{rng.randint(1, 200)}号", f"0433-28{rng.randint(10000, 99999)}", legal_rep=names[1])
        c.extra["cause"], c.extra["what"] = "买卖合同纠纷", "辣白菜原料（大白菜）货款"
        c.basis_court, c.basis_number = MID, f"（{c.filed_on.year}）吉24民终{rng.randint(200, 1500)}号"
    elif story == "ginseng":
        born2 = date(rng.randint(1965, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(names[1], "person", id_number(rng, "222426", born2),
                             f"吉林省安图县二道白镇{rng.choice(['白山', '池南'])}村{rng.randint(1, 9)}组",
                             f"15{rng.randint(100000000, 999999999)}", born=born2, sex="男")
        c.extra["cause"], c.extra["what"] = "民间借贷纠纷", "借款（用于收购园参）"
        c.basis_court, c.basis_number = c.court.name, f"（{c.filed_on.year}）吉2401民初{rng.randint(300, 4000)}号"
    else:
        c.respondent = Party(f"延吉市{rng.choice(['金达莱', '长白', '布尔哈通'])}装饰工程有限公司", "organisation",
                             credit_code(rng, "222401"), f"吉林省延吉市进学街道人民路{rng.randint(1, 500)}号",
                             f"0433-25{rng.randint(10000, 99999)}", legal_rep=names[1])
        c.extra["cause"], c.extra["what"] = "装饰装修合同纠纷", "返还装修款及赔偿损失"
        c.basis_court, c.basis_number = MID, f"（{c.filed_on.year}）吉24民终{rng.randint(200, 1500)}号"
    c.firm = rng.choice(["吉林延边长白律师事务所", "吉林海兰江律师事务所", "吉林图们江律师事务所"])
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 90))
    c.extra["bank"] = rng.choice(["延边农村商业银行股份有限公司河南支行", "吉林银行延边分行营业部", "中国工商银行延吉分行"])
    c.extra["acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.01 + 50))
    c.extra["house"] = f"延吉市{street}{rng.choice(['爱丹路', '天池路'])}{rng.randint(1, 300)}号{rng.randint(1, 6)}单元{rng.randint(101, 1802)}室"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in OWN:
        return _own(code, c, rng, served)
    return _received(code, c, rng, served)


# ---------- the court's own bilingual papers ----------

def _head(s: Sheet, c: CaseCtx, title: str, rng: random.Random, *, number: bool = True) -> float:
    """The court's bilingual head, in one of the forms its printer templates use: Hangul name over the Chinese one,
    or beside it after a rule, or the red 红头 with both names and the title boxed in both scripts."""
    zh, ko = OWN.get(title, (title, ""))
    y = mm(20)
    style = rng.choice(["stack", "stack", "beside", "red"])
    if style == "stack":
        s.centred(y, HANGUL_COURT, font("serif_bold", 46), spacing=10)
        s.centred(y + 66, c.court.name, font("serif_bold", 56), spacing=6)
        if ko:
            s.centred(y + 150, ko, font("sans", 40), spacing=6)
        s.centred(y + 200, zh, font("serif_bold", 64), spacing=14)
        y += 300
    elif style == "beside":
        f1, f2 = font("serif_bold", 54), font("sans", 40)
        w1 = f1.getlength(c.court.name)
        x = (s.width - w1 - f2.getlength(HANGUL_COURT) - 40) / 2
        s.text(x, y + 10, c.court.name, f1)
        s.text(x + w1 + 40, y + 22, HANGUL_COURT, f2)
        s.line(mm(25), y + 95, s.width - mm(25), y + 95, width=3)
        s.centred(y + 130, zh, font("serif_bold", 66), spacing=16)
        if ko:
            s.centred(y + 222, f"（{ko}）", font("sans", 36))
        y += 300
    else:
        s.centred(y, c.court.name, font("serif_bold", 60), fill=RED, spacing=4)
        s.centred(y + 78, HANGUL_COURT, font("sans_bold", 44), fill=RED, spacing=12)
        s.line(mm(20), y + 140, s.width - mm(20), y + 140, width=6, fill=RED)
        label = f"{zh}　{ko}" if ko else zh
        f = font("serif_bold", 52)
        w = f.getlength(label)
        s.box((s.width - w) / 2 - 30, y + 175, (s.width + w) / 2 + 30, y + 265, width=3)
        s.centred(y + 188, label, f)
        y += 310
    if number:
        s.right(s.width - mm(25), y, c.number, font("serif", 34))
        y += 70
    return y


def _body(c: CaseCtx, s: Sheet, blocks: list[tuple[str, str]], y: float, rng: random.Random,
          sig: bool = True, bench: bool = False) -> list[Sheet]:
    sheets = [s]

    def more() -> tuple[Sheet, float]:
        n = Sheet()
        sheets.append(n)
        return n, mm(25)

    f = font("serif", 38)
    y = flow(s, blocks, f, x0=mm(26), width=s.width - mm(52), y=y, line_height=66, indent=78,
             bottom=s.height - mm(45), more=more)
    last = sheets[-1]
    if sig:
        if y > last.height - mm(80):
            last, y = more()
        x = last.width - mm(80)
        staff = [("审判长", c.judge), ("审判员", c.officer)] if bench else [("执行员", c.officer)]
        for role, name in (*staff, ("书记员", c.clerk)):
            last.text(x, y + 30, f"{role}　{name}", f)
            y += 62
        last.text(x - 20, y + 40, cn_date(c.filed_on + timedelta(days=rng.randint(3, 30))), f)
        seal(last, x + 130, y + 10, c.court.name, rng)
    if len(sheets) > 1:
        for i, p in enumerate(sheets, 1):
            p.page_of = (i, len(sheets))
            p.centred(p.height - mm(15), f"第{i}页 共{len(sheets)}页", font("serif", 28))
    return sheets


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"{a.name}与{r.name}{c.extra['cause']}一案"
    basis = f"{c.basis_court}{c.basis_number}民事{'调解书' if c.extra['story'] == 'ginseng' else '判决书'}"
    s = Sheet()
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "closing_approval_form",
                "service_receipt"):
        return [_form(code, c, rng, served, s)]
    y = _head(s, c, code, rng)
    paid = c.extra["fee"]
    text: dict[str, list[tuple[str, str]]] = {
        "acceptance_notice": [("f", f"{a.name}："),
                              ("p", f"你申请执行{r.name}{c.extra['cause']}一案，依据{basis}，本院经审查符合立案条件，"
                                    f"已于{cn_date(c.filed_on)}立案执行，案号{c.number}。"),
                              ("p", f"本案承办人{c.officer}，联系电话{c.court.phone}。如发现被执行人财产线索，请及时向本院提供。"
                                    "本院可使用汉、朝两种语言文字办理。")],
        "payment_notice": [("f", f"{a.name}："),
                           ("p", f"你申请执行的{case}，本院已立案。根据《诉讼费用交纳办法》第十条、第十四条，应交纳申请执行费"
                                 f"{money(paid)}元（大写{money_caps(paid)}），由被执行人负担，执行费本院在执行款中扣收。"),
                           ("p", "交款户名：延吉市人民法院；开户行：延边农商银行营业部。")],
        "enforcement_notice": [("f", f"{r.name}："),
                               ("p", f"{basis}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，"
                                     f"本院依法立案。依照《中华人民共和国民事诉讼法》第二百五十二条的规定，责令你自收到本通知之日起"
                                     f"立即履行给付{money(c.amount)}元及迟延履行期间的债务利息，并负担执行费。"),
                               ("p", "逾期不履行的，本院将依法强制执行，并可将你纳入失信被执行人名单。")],
        "property_report_order": [("f", f"{r.name}："),
                                  ("p", f"本院受理的{case}，依照《中华人民共和国民事诉讼法》第二百五十二条的规定，责令你在收到本令后"
                                        "五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
                                  ("p", "拒绝报告或虚假报告的，本院将根据情节轻重予以罚款、拘留。")],
        "enforcement_ruling": [("f", f"申请执行人：{a.name}，住{a.address}。"),
                               ("f", f"被执行人：{r.name}，住所地{r.address}。"),
                               ("p", f"本院在执行{case}中，被执行人未按执行通知履行义务。经查询，被执行人在{c.extra['bank']}"
                                     "开立的账户有存款。依照《中华人民共和国民事诉讼法》第二百五十三条的规定，裁定如下："),
                               ("p", f"冻结、划拨被执行人{r.name}在{c.extra['bank']}的存款{money(c.amount + paid)}元。"),
                               ("p", "本裁定立即执行。")],
        "assistance_notice": [("f", f"{c.extra['bank']}："),
                              ("p", f"关于{case}，本院作出的{c.number}之一执行裁定书已经发生法律效力。请协助扣划被执行人{r.name}"
                                    f"（证件号码{r.id_number}）在你处账户内存款{money(c.amount + paid)}元至本院执行款专户。")],
        "closing_notice": [("f", f"{a.name}："),
                           ("p", f"你申请执行{r.name}{c.extra['cause']}一案，执行款{money(c.amount)}元已于"
                                 f"{cn_date(c.closed_on - timedelta(days=6))}发放给你，{basis}确定的义务已全部履行完毕，"
                                 "本案以执行完毕方式结案。")],
        "effectiveness_certificate": [("f", f"{a.name}、{r.name}："),
                                      ("p", f"{basis}已于{cn_date(c.basis_effective)}发生法律效力。"),
                                      ("p", "特此证明。")],
    }
    if code == "effectiveness_certificate":
        return _certificate(c, s, text[code], y, rng)
    return _body(c, s, text[code], y, rng, bench=code == "enforcement_ruling")


def _certificate(c: CaseCtx, s: Sheet, blocks: list[tuple[str, str]], y: float, rng: random.Random) -> list[Sheet]:
    f = font("serif", 40)
    y = flow(s, blocks, f, x0=mm(26), width=s.width - mm(52), y=y + 40, line_height=72, indent=80)
    s.right(s.width - mm(30), y + 120, cn_date(c.basis_effective + timedelta(days=rng.randint(5, 20))), f)
    seal(s, s.width - mm(55), y + 110, c.basis_court, rng)
    return [s]


def _form(code: str, c: CaseCtx, rng: random.Random, served: list[str], s: Sheet) -> Sheet:
    zh, ko = OWN[code]
    f = font("sans", 32)
    y = _head(s, c, code, rng, number=False)
    w = s.width - mm(40)
    x = mm(20)
    if code == "service_receipt":
        docs = "、".join(OWN.get(d, (d, ""))[0] for d in served) or "执行通知书"
        who = c.respondent if any(d in ("enforcement_notice", "property_report_order", "enforcement_ruling") for d in served) \
            else c.applicant
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["送达文书", docs], ["受送达人", who.name],
                ["送达地址", who.address], ["受送达人签收", ""], ["送达人", f"{c.officer}　{c.clerk}"], ["备注", ""]]
        y = table(s, x, y, [mm(45), w - mm(45)], rows, f, row_h=[110, 90, 150, 90, 110, 170, 90, 110])
        sig = NAMES.get(who.name, who.name) if rng.random() < 0.5 else who.name
        _scrawl(s, x + mm(60), y - 110 - 90 - 160, f"{sig} {num_date(c.filed_on + timedelta(days=rng.randint(2, 9)))}", rng)
    elif code == "catalogue":
        rows = [["序号", "文件名称", "页号"]] + [[str(i), n, str(i * 2 - 1)] for i, n in enumerate(
            ["执行申请书", "生效法律文书", "受理案件通知书", "执行通知书", "执行裁定书", "协助执行通知书", "结案通知书",
             "结案审批表", "送达回证"], 1)]
        y = table(s, x, y, [mm(20), w - mm(50), mm(30)], rows, f, row_h=80, centre_first=True)
    elif code == "dossier_cover":
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["承办人", c.officer], ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)],
                ["结案方式", "执行完毕"], ["保管期限", "长期"]]
        y = table(s, x + mm(10), y + 40, [mm(45), w - mm(65)], rows, font("serif", 38), row_h=105)
    elif code == "closing_approval_form":
        rows = [["案号", c.number], ["当事人", f"{c.applicant.name}；{c.respondent.name}"], ["执行标的", f"{money(c.amount)}元"],
                ["执行情况", f"扣划被执行人存款{money(c.amount)}元，已发放申请执行人"], ["结案方式", "执行完毕"],
                ["承办人意见", "拟按执行完毕结案"], ["庭领导意见", "同意"]]
        y = table(s, x, y, [mm(45), w - mm(45)], rows, f, row_h=[90, 90, 90, 160, 90, 140, 140])
        _scrawl(s, x + mm(70), y - 110, f"同意 {c.judge}", rng)
    elif code == "file_review_form":
        rows = [["审查项目", "审查意见"], ["卷内文书是否齐全", "齐全"], ["装订是否规范", "规范"], ["页码是否连续", "连续"],
                ["立卷人", c.clerk], ["审查人", c.judge]]
        y = table(s, x, y, [w / 2, w / 2], rows, f, row_h=95)
    else:
        rows = [["本卷共　件　页，其中文字材料　页。"], ["立卷人：" + c.clerk], ["检查人：" + c.officer],
                ["立卷时间：" + cn_date(c.closed_on + timedelta(days=10))]]
        y = table(s, x, y, [w], rows, f, row_h=[400, 100, 100, 100])
    s.text(x, y + 30, f"{HANGUL_COURT}　{zh}　{ko}", font("sans", 24))
    return s


def _scrawl(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42,
            ink: tuple[int, int, int] = (35, 45, 120)) -> None:
    """Handwriting that takes Hangul too: WenKai glyphs, each jittered and turned a little."""
    s.lines.append(text)
    cx = x
    for ch in text:
        f = font("wenkai", max(14, int(size * rng.uniform(0.9, 1.1))))
        g = Image.new("L", (int(f.getlength(ch)) + 12, int(f.size) + 18), 0)
        ImageDraw.Draw(g).text((5, 4), ch, font=f, fill=255)
        g = g.rotate(rng.uniform(-6, 6), resample=Image.Resampling.BICUBIC, expand=True)
        s.image.paste(ink, (int(cx), int(y + rng.uniform(-3, 3))), g)
        cx += f.getlength(ch) * rng.uniform(0.9, 1.05)


# ---------- received papers, in their authors' styles ----------

def _received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet(paper=UPLOAD_PAPER)
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code in ("property_clue_form", "service_address_confirmation", "payment_account_confirmation",
                "property_declaration_form"):
        return [_handform(code, c, rng, s, served)]
    x, w = mm(24), s.width - mm(48)
    f = font("song_gb", 38)
    if code == "enforcement_application":
        s.centred(mm(28), "强制执行申请书", font("hei", 64), spacing=12)
        blocks = [("f", f"申请执行人：{a.name}，{a.sex}，朝鲜族，{a.born.year if a.born else ''}年生，"
                        f"住{a.address}，公民身份号码{a.id_number}。"),
                  ("f", f"被执行人：{r.name}，住{r.address}。"),
                  ("f", "执行请求："),
                  ("p", f"1. 强制被执行人给付{c.extra['what']}{money(c.amount)}元及迟延履行期间的债务利息；"),
                  ("p", "2. 执行费由被执行人负担。"),
                  ("f", "事实与理由："),
                  ("p", f"申请人与被执行人{c.extra['cause']}一案，经{c.basis_court}作出{c.basis_number}法律文书，已于"
                        f"{cn_date(c.basis_effective)}生效，被执行人至今未履行。特申请强制执行。"),
                  ("f", "此致"), ("f", c.court.name)]
        y = flow(s, blocks, f, x0=x, width=w, y=mm(50), line_height=64, indent=76)
        s.text(s.width - mm(90), y + 40, "申请人：", f)
        _scrawl(s, s.width - mm(62), y + 34, f"{a.name} {NAMES.get(a.name, '')}", rng)
        s.text(s.width - mm(90), y + 110, cn_date(c.filed_on - timedelta(days=2)), f)
        return [s]
    if code == "law_firm_letter":
        s.centred(mm(22), c.firm, font("kai", 58), spacing=8)
        s.line(mm(20), mm(38), s.width - mm(20), mm(38), width=5, fill=RED)
        s.centred(mm(46), "律 师 事 务 所 函", font("hei", 56))
        s.right(s.width - mm(24), mm(62), f"延长律函〔{c.filed_on.year}〕第{rng.randint(10, 300)}号", font("song_gb", 32))
        y = flow(s, [("f", f"{c.court.name}："),
                     ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其申请执行{r.name}{c.extra['cause']}一案的委托代理人。"),
                     ("p", "特此函告。"), ("r", c.firm), ("r", cn_date(c.filed_on - timedelta(days=3)))],
                 f, x0=x, width=w, y=mm(78), line_height=66, indent=76)
        seal(s, s.width - mm(60), y - 80, c.firm, rng)
        s.text(x, s.height - mm(30), "地址：延吉市局子街 电话：0433-2" + str(rng.randint(100000, 999999)), font("song_gb", 26))
        return [s]
    if code == "power_of_attorney":
        s.centred(mm(26), "授 权 委 托 书", font("song_gb", 60))
        rows = [["委托人", a.name], ["受托人", f"{c.agent}，{c.firm}律师"],
                ["案件", f"申请执行{r.name}{c.extra['cause']}"],
                ["代理权限", "特别授权：代为申请执行、提供财产线索、代为和解、代收执行款、签收法律文书"],
                ["委托人签名", ""], ["日期", cn_date(c.filed_on - timedelta(days=3))]]
        y = table(s, x, mm(50), [mm(40), w - mm(40)], rows, font("song_gb", 34), row_h=[100, 100, 100, 200, 130, 100])
        _scrawl(s, x + mm(50), y - 210, NAMES.get(a.name, a.name) + " " + a.name, rng)
        return [s]
    if code == "lawyer_license":
        s.box(mm(30), mm(40), s.width - mm(30), mm(150), width=6, outline=(120, 40, 40))
        s.centred(mm(55), "中华人民共和国律师执业证", font("serif_bold", 52))
        for i, (k, v) in enumerate([("姓名", c.agent), ("执业机构", c.firm), ("执业证号", f"1222420{rng.randint(10**9, 10**10 - 1)}"),
                                    ("发证机关", "吉林省司法厅"), ("发证日期", f"20{rng.randint(12, 22)}年{rng.randint(1, 12)}月")]):
            s.text(mm(45), mm(75) + i * 90, f"{k}：{v}", font("serif", 36))
        s.box(s.width - mm(75), mm(72), s.width - mm(42), mm(112), width=3)
        s.text(s.width - mm(68), mm(90), "照片", font("sans", 30))
        return [s]
    if code == "identity_proof":
        p = r if served == ["respondent"] else a
        cx, cy, cw, ch = mm(35), mm(30), mm(111), mm(70)  # the card copied at 130 %
        s.box(cx, cy, cx + cw, cy + ch, width=3, outline=(90, 90, 90))
        if p.kind == "person":
            ff = font("hei", 30)
            addr = p.address.removeprefix("吉林省")
            fields = [("姓名", p.name), ("性别", f"{p.sex}　　民族　朝鲜"),
                    ("出生", f"{p.born.year}年{p.born.month}月{p.born.day}日" if p.born else ""),
                    ("住址", addr[:13]), ("", addr[13:])]
            for i, (k, v) in enumerate(fields):
                s.text(cx + 30, cy + 40 + i * 66, k, font("hei", 26), fill=(60, 90, 140))
                s.text(cx + 120, cy + 36 + i * 66, v, ff)
            s.text(cx + 30, cy + ch - 70, "公民身份号码", font("hei", 26), fill=(60, 90, 140))
            s.text(cx + 220, cy + ch - 76, p.id_number, font("sans", 38), spacing=3)
            s.draw.rectangle((cx + cw - 240, cy + 50, cx + cw - 40, cy + 300), fill=(150, 150, 150))
            by = cy + ch + mm(12)
            s.box(cx, by, cx + cw, by + ch, width=3, outline=(90, 90, 90))
            s.centred(by + 90, "中华人民共和国", font("serif_bold", 52), x0=cx, x1=cx + cw)
            s.centred(by + 180, "居 民 身 份 证", font("serif_bold", 62), x0=cx, x1=cx + cw)
            s.text(cx + 60, by + ch - 150, f"签发机关　{'安图县' if '安图' in p.address else '延吉市'}公安局", font("hei", 30))
            s.text(cx + 60, by + ch - 90, f"有效期限　{rng.randint(2015, 2022)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期",
                   font("hei", 30))
            foot = by + ch + mm(10)
        else:
            s.centred(cy + 40, "营 业 执 照", font("serif_bold", 60), x0=cx, x1=cx + cw)
            ff = font("serif", 28)
            for i, (k, v) in enumerate([("统一社会信用代码", p.id_number), ("名称", p.name), ("类型", "有限责任公司（外商投资企业与内资合资）" if "食品" in p.name else "有限责任公司（自然人投资或控股）"),
                                        ("法定代表人", p.legal_rep), ("住所", p.address.removeprefix("吉林省")[:22])]):
                s.text(cx + 30, cy + 150 + i * 62, f"{k}  {v}", ff)
            seal(s, cx + cw - mm(30), cy + ch - mm(22), "延边朝鲜族自治州市场监督管理局", rng, radius=mm(15))
            foot = cy + ch + mm(10)
        s.text(cx, foot, "与原件一致", font("kai", 52), fill=RED)
        _scrawl(s, cx + mm(45), foot, NAMES.get(p.name, p.legal_rep or p.name), rng, size=50, ink=INK)
        return [s]
    if code == "fee_receipt":
        s.centred(mm(24), "吉林省政府非税收入一般缴款书（电子）", font("sans_bold", 46))
        rows = [["缴款人", a.name, "票据号码", f"2201{rng.randint(10**7, 10**8 - 1)}"],
                ["收款单位", c.court.name, "开票日期", num_date(c.filed_on)],
                ["项目名称", "申请执行费", "金额", money(c.extra["fee"])],
                ["金额合计（大写）", money_caps(c.extra["fee"]), "", ""]]
        table(s, mm(15), mm(45), [mm(40), mm(70), mm(30), w - mm(110) + mm(18)], rows, font("sans", 28), row_h=80)
        seal(s, s.width - mm(55), mm(95), "吉林省财政厅非税收入票据监制章", rng, radius=mm(16))
        return [s]
    if code == "online_inquiry_result":
        s.text(mm(15), mm(15), "执行网络查控系统 — 查询结果反馈", font("microhei", 40))
        rows = [["序号", "协助单位", "反馈结果", "余额（元）"],
                ["1", c.extra["bank"], "有存款", money(c.amount * Decimal("1.2"))],
                ["2", "吉林银行延边分行", "无账户", "0.00"],
                ["3", "延吉市不动产登记中心", f"登记房产：{c.extra['house']}" if c.extra["story"] != "kimchi" else "无", "—"],
                ["4", "中国工商银行延吉分行", "有账户无余额", "0.00"]]
        table(s, mm(12), mm(30), [mm(14), mm(62), mm(74), w - mm(126)], rows, font("microhei", 26), row_h=92)
        s.text(mm(12), s.height - mm(18), f"案号：{c.number}　查询人：{c.officer}", font("microhei", 24))
        return [s]
    if code == "settlement_agreement":
        s.centred(mm(28), "执行和解协议 / 집행화해협의", font("hei", 54))
        y = flow(s, [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
                     ("p", f"就{c.number}案件，双方自愿达成如下协议：乙方于{cn_date(c.closed_on - timedelta(days=20))}前"
                           f"一次性给付甲方{money(c.amount)}元，由法院自冻结账户扣划；甲方放弃迟延履行利息。"),
                     ("p", "本协议一式三份，双方各执一份，交执行法院一份。")],
                 f, x0=x, width=w, y=mm(50), line_height=64, indent=76)
        _scrawl(s, x + 40, y + 40, f"甲方：{a.name} {NAMES.get(a.name, '')}", rng)
        _scrawl(s, x + mm(95), y + 40, f"乙方：{r.legal_rep or r.name}", rng)
        return [s]
    # payment_voucher: the bank's electronic slip, each bank its own
    bank = c.extra["bank"]
    short = bank.split("股份")[0]
    day = num_date(c.closed_on - timedelta(days=6))
    serial = f"{rng.randint(10**11, 10**12 - 1)}"
    court_acct = f"0701{rng.randint(10**11, 10**12 - 1)}"
    if "工商" in bank:
        s.centred(mm(20), "中国工商银行　网上银行电子回单", font("microhei", 46))
        rows = [["电子回单号码", serial, "", ""], ["付款人", "户名：延吉市人民法院", "收款人", f"户名：{a.name}"],
                ["", f"账号：{court_acct}", "", f"账号：{c.extra['acct']}"], ["金额", f"人民币（大写）{money_caps(c.amount)}", "", f"¥{money(c.amount)}元"],
                ["摘要", f"执行款 {c.number}", "交易时间", day]]
        table(s, mm(15), mm(34), [mm(28), mm(68), mm(28), w - mm(124) + mm(18)], rows, font("microhei", 26), row_h=84)
        seal(s, s.width - mm(45), mm(100), "中国工商银行电子回单专用章", rng, radius=mm(14))
        return [s]
    s.text(mm(15), mm(18), short + "　业务回单（付款）", font("sans_bold", 44))
    rows = [["日期", day, "流水号", serial], ["付款人", "延吉市人民法院（执行款专户）", "账号", court_acct],
            ["收款人", a.name, "账号", c.extra["acct"]], ["金额", money(c.amount), "大写", money_caps(c.amount)],
            ["用途", f"{c.number}执行款", "", ""]]
    table(s, mm(15), mm(35), [mm(25), mm(75), mm(22), w - mm(122) + mm(18)], rows, font("sans", 28), row_h=86)
    seal(s, s.width - mm(50), mm(95), short + "电子回单专用章", rng, radius=mm(15))
    s.text(mm(15), mm(120), "打印次数：1　　本回单不作为收款方发货依据", font("sans", 24))
    return [s]


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A 延边中院 二审 judgment, or this court's 调解书: Chinese only, the appellate court's own house style."""
    a, r = c.applicant, c.respondent
    med = c.extra["story"] == "ginseng"
    sheets = [Sheet(paper=UPLOAD_PAPER)]
    s = sheets[0]
    s.centred(mm(28), c.basis_court, font("song_gb", 50), spacing=4)
    s.centred(mm(42), "民 事 调 解 书" if med else "民 事 判 决 书", font("song_gb", 64), spacing=10)
    s.right(s.width - mm(26), mm(58), c.basis_number, font("song_gb", 34))
    if med:
        body = [("f", f"原告：{a.name}，住{a.address}。"), ("f", f"被告：{r.name}，住{r.address}。"),
                ("p", f"原告与被告民间借贷纠纷一案，本院于立案后依法适用简易程序。原告诉称：被告为收购园参向原告借款"
                      f"{money(c.amount)}元，到期未还。"),
                ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
                ("p", f"一、被告{r.name}于本调解书生效后三十日内偿还原告{a.name}借款{money(c.amount)}元；"),
                ("p", "二、案件受理费减半收取，由被告负担。"),
                ("p", "上述协议，符合有关法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。")]
    else:
        body = [("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
                ("f", f"被上诉人（原审原告）：{a.name}，住{a.address}。"),
                ("p", f"上诉人{r.name}因与被上诉人{a.name}{c.extra['cause']}一案，不服吉林省延吉市人民法院一审民事判决，"
                      "向本院提起上诉。本院依法组成合议庭审理了本案，现已审理终结。"),
                ("p", f"本院认为，双方之间形成{c.extra['cause'][:-2]}关系，上诉人应依约给付{c.extra['what']}。上诉理由不能成立，"
                      "一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，"
                      "判决如下："),
                ("p", f"驳回上诉，维持原判。即{r.name}给付{a.name}{money(c.amount)}元。"),
                ("p", "二审案件受理费由上诉人负担。本判决为终审判决。")]

    def more() -> tuple[Sheet, float]:
        n = Sheet(paper=UPLOAD_PAPER)
        sheets.append(n)
        return n, mm(25)

    f = font("song_gb", 38)
    y = flow(s, body, f, x0=mm(28), width=s.width - mm(56), y=mm(72), line_height=68, indent=76,
             bottom=s.height - mm(40), more=more)
    last = sheets[-1]
    x = last.width - mm(85)
    for i, line in enumerate([f"审判长　{c.judge}", f"审判员　{c.officer}",
                              cn_date(c.basis_effective - timedelta(days=12)), f"书记员　{c.clerk}"]):
        last.text(x, y + 40 + i * 64, line, f)
    seal(last, x + 120, y + 150, c.basis_court, rng)
    for i, p in enumerate(sheets, 1):
        p.page_of = (i, len(sheets))
        p.centred(p.height - mm(16), f"- {i} -", font("song_gb", 28))
    return sheets


def _handform(code: str, c: CaseCtx, rng: random.Random, s: Sheet, served: list[str]) -> Sheet:
    """The court's printed intake forms, filled by hand (names also in Hangul)."""
    a, r = c.applicant, c.respondent
    titles = {"property_clue_form": "被执行人财产线索表", "service_address_confirmation": "送达地址确认书",
              "payment_account_confirmation": "执行款收款账户确认书", "property_declaration_form": "财产申报表"}
    s.centred(mm(16), f"{HANGUL_COURT}　{c.court.name}", font("sans", 32))
    s.centred(mm(26), titles[code], font("hei", 58), spacing=8)
    who = r if code == "property_declaration_form" else a
    fills = {
        "property_clue_form": [("被执行人", r.name), ("财产类型", "银行存款"), ("开户行", c.extra["bank"]),
                               ("线索来源", "二审期间对方付款账户"), ("其他", c.extra["house"] if c.extra["story"] != "kimchi" else "无")],
        "service_address_confirmation": [("受送达人", f"{who.name} {NAMES.get(who.name, '')}"), ("送达地址", who.address),
                                         ("手机", who.phone), ("是否同意电子送达", "同意（短信、微信）"),
                                         ("代收人", c.agent)],
        "payment_account_confirmation": [("收款人", who.name), ("开户行", c.extra["bank"]), ("账号", c.extra["acct"]),
                                         ("联系电话", who.phone), ("备注", "本人账户")],
        "property_declaration_form": [("申报人", r.name), ("银行存款", c.extra["bank"]), ("不动产", "无" if r.kind != "person" else c.extra["house"]),
                                      ("车辆", "无"), ("收入情况", "经营收入")],
    }[code]
    rows = [[k, ""] for k, _ in fills] + [["申报（确认）人签名", ""], ["日期", ""]]
    x, w = mm(18), s.width - mm(36)
    top = mm(42)
    table(s, x, top, [mm(50), w - mm(50)], rows, font("sans", 32), row_h=120)
    for i, (_, v) in enumerate(fills):
        _scrawl(s, x + mm(55), top + i * 120 + 35, v[:26], rng, size=40)
    sig = f"法定代表人 {who.legal_rep}" if who.kind != "person" else f"{NAMES.get(who.name, '')} {who.name}"
    _scrawl(s, x + mm(55), top + len(fills) * 120 + 35, sig, rng, size=46, ink=INK)
    if who.kind != "person":  # the company signs with its seal over the legal representative's name
        seal(s, x + mm(120), top + len(fills) * 120 + 60, who.name, rng, radius=mm(19))
    _scrawl(s, x + mm(55), top + (len(fills) + 1) * 120 + 35, num_date(c.filed_on), rng)
    s.text(x, top + (len(fills) + 2) * 120 + 40, "注：本表可用朝鲜文或汉文填写。 본 표는 조선문 또는 한문으로 기입할수 있습니다.",
           font("sans", 26))
    return s
