"""court_e's forms: a 送达回证 whose documents run down the rows and whose fields run across as columns
(an electronic service has the 粤公正 screen print filed behind it), 传票 as the SPC's boxed form,
执行笔录 / 调查笔录 with 问/答 and the interviewee's signature on every page, the 财产申报表 filled by hand,
结案审批表 and the archive forms (封面, 卷内目录, 立案登记表, 卷宗复核表, 备考表)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, Party, cn_date, money, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, table, wrap
from dossier.corpus.families.court_e_kit import (
    BLUE_BLACK,
    face,
    pen,
    sys_centred,
    sys_right,
    sys_text,
    sys_wrap,
)

CODES = frozenset({"service_receipt", "summons", "interview_record", "investigation_record", "property_declaration_form",
                   "closing_approval_form", "case_registration_form", "dossier_cover", "catalogue", "file_review_form",
                   "remarks_sheet", "payment_voucher"})
NAMES = {"acceptance_notice": "执行案件受理通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "property_declaration_form": "财产申报表", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（失信）", "termination_this_round_ruling": "执行裁定书（终本）",
         "enforcement_ruling": "执行裁定书", "summons": "传票", "payment_notice": "交纳执行费通知书",
         "closing_notice": "执行结案通知书", "fine_decision": "罚款决定书"}
COURT_NAME = "广东省深圳市福田区人民法院"
METHODS = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕"}


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "service_receipt":
        return receipt(c, served, rng)
    if code in ("interview_record", "investigation_record"):
        return record(c, code, rng)
    if code == "property_declaration_form":
        return declaration(c, rng)
    drawers = {"summons": summons, "closing_approval_form": approval, "case_registration_form": registration,
               "dossier_cover": cover, "catalogue": catalogue, "file_review_form": review, "remarks_sheet": remarks,
               "payment_voucher": voucher}
    return [drawers[code](c, rng)]


def _head(s: Sheet, title: str, y: float, *, spacing: float = 3.0, court: bool = True) -> float:
    if court:
        s.centred(y, COURT_NAME, face("e_title", mm(6)), spacing=mm(0.5))
        y += mm(10)
    s.centred(y, title, face("e_title", mm(8.6)), spacing=mm(spacing))
    return y + mm(16)


def _addressees(c: CaseCtx, served: list[str]) -> list[tuple[str, Party]]:
    to_applicant = {"acceptance_notice", "payment_notice", "closing_notice"}
    both = {"termination_this_round_ruling"}
    out: list[tuple[str, Party]] = []
    for d in served:
        if d in both:
            out += [(d, c.respondent), (d, c.applicant)]
        else:
            out.append((d, c.applicant if d in to_applicant else c.respondent))
    return out


def _served_on(c: CaseCtx, d: str) -> date:
    late = {"termination_this_round_ruling": (c.closed_on - c.filed_on).days, "consumption_restriction_order": 22,
            "dishonest_list_decision": 23, "closing_notice": (c.closed_on - c.filed_on).days}
    return c.day(late.get(d, 4))


def receipt(c: CaseCtx, served: list[str], rng: random.Random) -> list[Sheet]:
    """送达回证 with one row per document and addressee; columns 送达文书 | 受送达人 | 送达方式 | 签收 | 日期."""
    s = Sheet()
    y = _head(s, "送达回证", float(mm(24)), spacing=6)
    f = face("e_body", mm(4.4))
    s.text(mm(18), y, f"案号：{c.number}", f)
    s.right(s.width - mm(18), y, "案由：借款合同纠纷执行", f)
    y += mm(9)
    rows = [["送达文书名称及件数", "受送达人", "送达地址", "送达方式", "受送达人签名或盖章", "签收日期"]]
    pairs = _addressees(c, served)
    electronic = [i for i, (_d, who) in enumerate(pairs) if who is c.applicant and rng.random() < 0.7]
    for i, (d, who) in enumerate(pairs):
        how = "电子送达" if i in electronic else rng.choice(["直接送达", "邮寄送达"])
        rows.append([f"{NAMES.get(d, d)}一份", who.name, who.address, how, "", ""])
    cols = [mm(40), mm(27), mm(40), mm(20), mm(28), mm(19)]
    heights = [mm(16)] + [mm(30)] * (len(rows) - 1)
    x0 = mm(13)
    yt = table(s, x0, y, cols, rows, face("e_body", mm(3.9)), row_h=heights, pad=4)
    ys = [y + sum(heights[:k]) for k in range(len(rows))]
    for i, (d, who) in enumerate(pairs):
        row_y = ys[i + 1]
        day = _served_on(c, d)
        if i in electronic:
            s.text(x0 + sum(cols[:4]) + mm(2), row_y + mm(9), "系统送达", f)
            s.text(x0 + sum(cols[:4]) + mm(2), row_y + mm(16), "见附页", f)
        else:
            pen(s, x0 + sum(cols[:4]) + mm(3), row_y + mm(8), who.legal_rep or who.name, rng, size=mm(6.5))
        pen(s, x0 + sum(cols[:5]) + mm(1), row_y + mm(10), f"{day.month}.{day.day}", rng, size=mm(5.5))
    y = yt + mm(8)
    s.text(x0, y, "送达人：", f)
    pen(s, x0 + mm(18), y - mm(1.5), f"{c.officer}、{c.clerk}", rng, size=mm(6), ink=INK)
    s.text(x0 + mm(95), y, "填发人：", f)
    s.text(x0 + mm(113), y, c.clerk, f)
    y += mm(12)
    s.text(x0, y, "备注：", f)
    for k, line in enumerate(wrap("受送达人拒绝签收的，送达人应当在备注栏内记明拒收事由和日期，由送达人、见证人签名或者盖章，"
                                  "把诉讼文书留在受送达人的住所，即视为送达。", f, s.width - 2 * x0 - mm(14))):
        s.text(x0 + mm(14), y + k * mm(7), line, f)
    seal(s, x0 + sum(cols[:3]) + mm(8), ys[1] + mm(18), COURT_NAME, rng, radius=mm(19))
    sheets = [s]
    if electronic:
        d, who = pairs[electronic[0]]
        sheets.append(_e_delivery(c, d, who, rng))
    return sheets


def _e_delivery(c: CaseCtx, d: str, who: Party, rng: random.Random) -> Sheet:
    """A phone screen printed on A4: the 粤公正 mini-programme's delivery record, grey bars, a tick."""
    s = Sheet()
    w = mm(92)
    x0 = (s.width - w) / 2
    y0 = mm(22)
    h = mm(200)
    s.draw.rounded_rectangle((x0 - mm(4), y0 - mm(6), x0 + w + mm(4), y0 + h + mm(6)), radius=mm(8), outline=(40, 40, 40),
                             width=5)
    s.draw.rectangle((x0, y0, x0 + w, y0 + mm(10)), fill=(237, 237, 237))
    small = mm(3.3)
    sys_text(s, x0 + mm(3), y0 + mm(2.5), f"{rng.randint(9, 17)}:{rng.randint(10, 59)}", small)
    sys_right(s, x0 + w - mm(3), y0 + mm(2.5), "5G  87%", small)
    s.draw.rectangle((x0, y0 + mm(10), x0 + w, y0 + mm(22)), fill=(7, 193, 96))
    sys_centred(s, y0 + mm(13), "粤公正 · 电子送达", mm(5), x0=x0, x1=x0 + w, fill=(255, 255, 255))
    y = y0 + mm(30)
    s.draw.ellipse((x0 + w / 2 - mm(8), y, x0 + w / 2 + mm(8), y + mm(16)), fill=(7, 193, 96))
    s.draw.line((x0 + w / 2 - mm(4), y + mm(8), x0 + w / 2 - mm(1), y + mm(11.5), x0 + w / 2 + mm(4.5), y + mm(4.5)),
                fill=(255, 255, 255), width=8)
    y += mm(20)
    sys_centred(s, y, "送达成功", mm(5.5), x0=x0, x1=x0 + w)
    y += mm(12)
    f = mm(3.6)
    day = _served_on(c, d)
    items = [("案号", c.number), ("承办法院", c.court.name), ("文书名称", NAMES.get(d, d)), ("受送达人", who.name),
             ("送达号码", f"{who.phone[:3]}****{who.phone[-4:]}"),
             ("发送时间", f"{day.isoformat()} {rng.randint(9, 11)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"),
             ("查阅时间", f"{day.isoformat()} {rng.randint(12, 20)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"),
             ("送达状态", "已签收（受送达人已查阅）")]
    for k, v in items:
        sys_text(s, x0 + mm(4), y, k, f, fill=(120, 120, 120))
        for j, part in enumerate(sys_wrap(v, f, w - mm(30))):
            sys_text(s, x0 + mm(26), y + j * mm(5), part, f)
        y += mm(11)
        s.line(x0 + mm(4), y - mm(3), x0 + w - mm(4), y - mm(3), width=1, fill=(220, 220, 220))
    s.draw.rounded_rectangle((x0 + mm(8), y + mm(6), x0 + w - mm(8), y + mm(16)), radius=mm(3), fill=(7, 193, 96))
    sys_centred(s, y + mm(8.5), "查看文书", mm(4.2), x0=x0, x1=x0 + w, fill=(255, 255, 255))
    s.text(mm(20), mm(262), f"打印人：{c.clerk}　打印时间：{num_date(day)}", face("e_body", mm(4)))
    return s


def summons(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = _head(s, "传　票", float(mm(26)), spacing=10)
    f = face("e_body", mm(4.8))
    s.right(s.width - mm(22), y, c.number, f)
    y += mm(10)
    r = c.respondent
    rows = [["案　　号", c.number], ["案　　由", "借款合同纠纷执行"], ["被传唤人", f"{r.legal_rep}（{r.name}法定代表人）" if r.legal_rep else r.name],
            ["工作单位或住址", r.address], ["传唤事由", "接受询问、申报财产"],
            ["应到时间", f"{num_date(c.day(30))}上午9时30分"], ["应到处所", "本院执行局（福田区福强路1001号）第五执行团队"],
            ["注意事项", "一、被传唤人必须准时到达应到处所。二、本传票由被传唤人携带来院报到。三、被传唤人收到传票后，应在送达回证上"
                        "签名或者盖章。四、被执行人经依法传唤无正当理由拒不到场的，本院可以拘传。"]]
    heights = [mm(15)] * 7 + [mm(44)]
    table(s, mm(24), y, [mm(40), s.width - mm(48) - mm(40)], rows, f, row_h=heights, centre_first=True)
    y += sum(heights) + mm(18)
    s.right(s.width - mm(40), y, f"执行员　{c.officer}", f)
    y += mm(12)
    s.right(s.width - mm(30), y, cn_date(c.day(16)), f)
    seal(s, s.width - mm(62), y, COURT_NAME, rng, radius=mm(20))
    return s


def record(c: CaseCtx, code: str, rng: random.Random) -> list[Sheet]:
    """执行笔录 (the applicant heard before 终本) or 调查笔录 (the applicant's clue checked on site): a
    ruled header, 问/答 in the body, the interviewee's and officers' signatures at every page's foot."""
    a, r = c.applicant, c.respondent
    span = (c.closed_on - c.filed_on).days
    if code == "interview_record":
        title, day, place = "执行笔录", c.day(span - 15), "本院执行局第三谈话室"
        who = a
        head = [("事　　由", "约谈申请执行人"), ("被谈话人", f"{a.name}（申请执行人）　身份证号{a.id_number[:6]}********{a.id_number[-4:]}"),
                ("在场人", f"委托诉讼代理人{c.agent}")]
        qa = [("问", f"我们是福田法院执行员{c.officer}、书记员{c.clerk}，今天约你来，是向你告知本案的执行情况，听取你的意见。你是否申请回避？"),
              ("答", "不申请。"),
              ("问", f"本院受理你申请执行{r.name}一案后，向被执行人发出了执行通知书、报告财产令，被执行人没有履行，也没有申报财产。"
                     "本院通过网络查控系统查询了被执行人的存款、不动产、车辆、证券、股权等，均没有发现可以处置的财产，你清楚吗？"),
              ("答", "清楚，我在网上也看到了查控结果。"),
              ("问", "你提供的线索（被执行人在福田区某写字楼的办公场所），执行员已经去现场调查，该场所已退租，无财产可供执行。"
                     "本院已对被执行人限制消费并纳入失信名单。你是否还能提供其他财产线索？"),
              ("答", "暂时没有其他线索了。"),
              ("问", "本案拟终结本次执行程序。终本后被执行人仍负有履行义务，你发现财产可以随时申请恢复执行，不受时效限制。"
                     "你对终结本次执行程序有什么意见？"),
              ("答", "我同意终结本次执行程序，希望法院继续关注被执行人的财产情况，有线索我会再提供。"),
              ("问", "你还有什么要补充的吗？"), ("答", "没有了。"),
              ("问", "以上笔录你看一下，无误后签名。"), ("答", "好的。")]
    else:
        title, day, place = "调查笔录", c.day(60), f"{r.address}"
        who = Party(person_name(rng), "person", "", r.address, "")
        head = [("事　　由", "核查申请执行人提供的财产线索"),
                ("被调查人", f"{who.name}（物业管理处工作人员）"), ("在场人", "无")]
        qa = [("问", f"我们是深圳市福田区人民法院的执行人员，依法对{r.name}的财产情况进行调查，请你如实回答。你在这里的职务？"),
              ("答", "我是这栋楼物业管理处的主管。"),
              ("问", f"{r.name}是否在本楼租用办公场所？"),
              ("答", f"他们以前租了十二楼的一间，{c.filed_on.year - 1}年底就退租了，押金抵了欠的物业费和水电费，没有留下东西。"),
              ("问", "现场还有该公司的办公设备、存货吗？"), ("答", "没有，房间已经租给别的公司了，你们可以上去看。"),
              ("问", "（执行人员到现场查看）现场为另一公司使用，未见被执行人财产，你对此有无异议？"), ("答", "没有。"),
              ("问", "以上所记是否属实？"), ("答", "属实。")]
    s = Sheet()
    sheets = [s]
    y = _head(s, title, float(mm(22)), spacing=6)
    f = face("e_body", mm(4.8))
    rows = [["时　　间", f"{num_date(day)}　{rng.randint(9, 10)}时{rng.randint(0, 5)}0分至{rng.randint(11, 11)}时{rng.randint(0, 5)}0分"],
            ["地　　点", place], *[[k, v] for k, v in head],
            ["执行人员", f"执行员{c.officer}　书记员{c.clerk}（记录）"], ["案　　号", c.number]]
    y = table(s, mm(22), y, [mm(32), s.width - mm(44) - mm(32)], rows, f, row_h=mm(11), centre_first=True, pad=6)
    y += mm(8)
    lh = f.size * 1.8
    bottom = s.height - mm(42)
    for q, text in qa:
        for i, part in enumerate(wrap(f"{q}：{text}", f, s.width - mm(50), indent=0)):
            if y + lh > bottom:
                s = Sheet()
                sheets.append(s)
                y = float(mm(25))
            s.text(mm(22) + (f.getlength("问：") if i else 0), y, part, f)
            y += lh
    for k, sh in enumerate(sheets, 1):
        fy = sh.height - mm(32)
        sh.line(mm(22), fy - mm(4), sh.width - mm(22), fy - mm(4), width=1)
        label = "被谈话人：" if code == "interview_record" else "被调查人："
        sh.text(mm(22), fy, label, f)
        pen(sh, mm(22) + f.getlength(label), fy - mm(2), who.name, rng, size=mm(6.5), ink=(20, 20, 20))
        sh.text(mm(92), fy, "执行员：", f)
        pen(sh, mm(92) + f.getlength("执行员："), fy - mm(2), c.officer, rng, size=mm(6), ink=(20, 20, 20))
        sh.text(mm(148), fy, "记录人：", f)
        pen(sh, mm(148) + f.getlength("记录人："), fy - mm(2), c.clerk, rng, size=mm(6), ink=(20, 20, 20))
        sh.centred(sh.height - mm(20), f"第 {k} 页／共 {len(sheets)} 页", face("e_body", mm(4.2)))
        sh.page_of = (k, len(sheets))
        if k == len(sheets):
            pen(sh, mm(30), fy - mm(20), "以上笔录我看过，和我说的一样。", rng, size=mm(6.5), ink=(20, 20, 20))
    return sheets


def declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """财产申报表 returned by the respondent, filled in by hand over two pages, its company seal at the end."""
    r = c.respondent
    s1 = Sheet()
    y = _head(s1, "财产申报表", float(mm(22)), spacing=4)
    f = face("e_body", mm(4.2))
    s1.text(mm(16), y, f"案号：{c.number}", f)
    s1.right(s1.width - mm(16), y, "（报告期间：收到执行通知之日前一年至今）", f)
    y += mm(9)
    rows = [["申报人", "", "统一社会信用代码/身份证号", ""], ["住所地", "", "联系电话", ""],
            ["财产类别", "名称/开户行/坐落", "数量/账号/证号", "价值/余额（元）"],
            ["银行存款", "", "", ""], ["现金、理财", "", "", ""], ["不动产", "", "", ""], ["车辆", "", "", ""],
            ["股权、投资", "", "", ""], ["债权", "", "", ""], ["收入（工资、租金等）", "", "", ""],
            ["其他财产", "", "", ""]]
    cols = [mm(40), mm(55), mm(50), s1.width - mm(32) - mm(145)]
    heights = [mm(14), mm(14), mm(12)] + [mm(19)] * 8
    table(s1, mm(16), y, cols, rows, f, row_h=heights, centre_first=True, pad=4)
    ys = [y + sum(heights[:k]) for k in range(len(rows))]
    pen(s1, mm(58), ys[0] + mm(3), r.name[:10], rng, size=mm(5))
    pen(s1, mm(58) + mm(103), ys[0] + mm(3), r.id_number[:9], rng, size=mm(4.5))
    pen(s1, mm(58), ys[1] + mm(3), r.address[:10], rng, size=mm(4.6))
    pen(s1, mm(58) + mm(103), ys[1] + mm(3), r.phone, rng, size=mm(4.6))
    bank = rng.choice(["招商银行福田支行", "平安银行深圳分行", "建设银行福田支行"])
    pen(s1, mm(58), ys[3] + mm(5), bank, rng, size=mm(5))
    pen(s1, mm(113), ys[3] + mm(5), f"尾号{rng.randint(1000, 9999)}", rng, size=mm(5))
    pen(s1, mm(163), ys[3] + mm(5), f"{rng.randint(10, 900)}.{rng.randint(10, 99)}", rng, size=mm(5))
    for k in range(4, 11):
        pen(s1, mm(60), ys[k] + mm(5), "无", rng, size=mm(6))
    s2 = Sheet()
    y = float(mm(24))
    s2.text(mm(16), y, "财产变动情况（收到执行通知之日前一年内的转让、赠与、抵押等）：", f)
    s2.box(mm(16), y + mm(8), s2.width - mm(16), y + mm(70), width=2)
    pen(s2, mm(22), y + mm(16), "公司经营困难，无财产转让、赠与。办公设备已抵房租。", rng, size=mm(5.5))
    y += mm(82)
    s2.text(mm(16), y, "申报人承诺：", face("e_label", mm(4.4)))
    for k, line in enumerate(wrap("本人（单位）保证以上申报内容真实、完整，如有隐瞒、虚假申报，愿承担罚款、拘留直至追究刑事责任的"
                                  "法律后果。", f, s2.width - mm(40))):
        s2.text(mm(24), y + mm(9) + k * mm(7.5), line, f)
    y += mm(40)
    s2.text(mm(100), y, "申报人（签名或盖章）：", f)
    pen(s2, mm(148), y - mm(2), r.legal_rep or r.name, rng, size=mm(7))
    seal(s2, mm(150), y + mm(4), r.name, rng, radius=mm(19))
    s2.text(mm(100), y + mm(22), "申报日期：", f)
    pen(s2, mm(122), y + mm(20), num_date(c.day(12)), rng, size=mm(5.5))
    s2.text(mm(16), s2.height - mm(40), "注：本表不够填写的，可另附页。申报人为单位的，由法定代表人签名并加盖单位公章。", face("e_body", mm(3.8)))
    for k, sh in enumerate((s1, s2), 1):
        sh.centred(sh.height - mm(20), f"第 {k} 页／共 2 页", face("e_body", mm(4.2)))
        sh.page_of = (k, 2)
    return [s1, s2]


def _form(title: str, c: CaseCtx, rows: list[list[str]], heights: Sequence[float], rng: random.Random, *,
          cols: Sequence[float] | None = None, court: bool = True) -> tuple[Sheet, list[float]]:
    s = Sheet()
    y = _head(s, title, float(mm(22)), spacing=2.5, court=court)
    f = face("e_body", mm(4.3))
    x0 = mm(18)
    cols = cols or [mm(34), mm(52), mm(34), s.width - 2 * x0 - mm(120)]
    table(s, x0, y, cols, rows, f, row_h=heights, centre_first=True, pad=5)
    return s, [y + sum(heights[:k]) for k in range(len(rows))]


def approval(c: CaseCtx, rng: random.Random) -> Sheet:
    method = METHODS.get(c.method, c.method)
    paid = c.amount if c.method == "fully_performed" else 0
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行标的", money(c.amount)], ["实际执行到位", f"{paid:,.2f}元" if paid else "0元"],
            ["结案方式", method, "承办人", c.officer],
            ["承办人意见", ""], ["团队负责人意见", ""], ["执行局领导审批", ""]]
    heights = [mm(13)] * 5 + [mm(46), mm(28), mm(28)]
    s, ys = _form("执行案件结案审批表", c, rows, heights, rng)
    note = ("已穷尽财产调查措施，未发现可供执行财产，已约谈申请执行人，符合终本条件，拟终结本次执行程序。"
            if c.method == "terminated_this_round" else "执行款已全部扣划到位并发放申请执行人，拟以执行完毕结案。")
    for k, line in enumerate(wrap(note, face("e_body", mm(4.3)), mm(120))):
        s.text(mm(58), ys[5] + mm(5) + k * mm(7.5), line, face("e_body", mm(4.3)))
    pen(s, mm(140), ys[5] + mm(34), f"{c.officer} {num_date(c.closed_on)[5:]}", rng, size=mm(5.5), ink=INK)
    pen(s, mm(60), ys[6] + mm(8), "同意。", rng, size=mm(7))
    pen(s, mm(140), ys[6] + mm(16), person_name(rng), rng, size=mm(6.5))
    pen(s, mm(60), ys[7] + mm(8), "同意结案", rng, size=mm(7), ink=RED)
    pen(s, mm(140), ys[7] + mm(16), person_name(rng), rng, size=mm(6.5), ink=RED)
    return s


def registration(c: CaseCtx, rng: random.Random) -> Sheet:
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["案由", "借款合同纠纷", "案件来源", "申请执行"],
            ["申请执行人", c.applicant.name, "联系电话", c.applicant.phone], ["被执行人", c.respondent.name, "联系电话", c.respondent.phone],
            ["执行依据", f"{c.basis_court}{c.basis_number}"], ["申请执行标的", money(c.amount)],
            ["立案审查意见", ""], ["承办团队", "第五执行团队", "承办人", c.officer]]
    heights = [mm(13)] * 6 + [mm(36), mm(13)]
    s, ys = _form("执行案件立案登记表", c, rows, heights, rng)
    pen(s, mm(60), ys[6] + mm(8), "材料齐全，符合立案条件，同意立案。", rng, size=mm(5.6))
    pen(s, mm(140), ys[6] + mm(20), person_name(rng), rng, size=mm(6))
    return s


def review(c: CaseCtx, rng: random.Random) -> Sheet:
    items = ["案卷材料是否齐全", "文书送达是否有送达回证", "法律文书是否签章完整", "卷内文书是否按顺序排列、编页",
             "执行款物是否已处理完毕", "电子卷宗是否与纸质卷宗一致"]
    rows = [["案号", c.number, "结案日期", num_date(c.closed_on)], ["复核项目", "复核结果"], *[[it, ""] for it in items],
            ["复核意见", ""]]
    heights = [mm(13), mm(12)] + [mm(14)] * len(items) + [mm(36)]
    s, ys = _form("卷宗复核表", c, rows, heights, rng, cols=[mm(80), mm(40), mm(25), mm(29)])
    for k in range(len(items)):
        pen(s, mm(112), ys[2 + k] + mm(3), "是", rng, size=mm(5.5))
    pen(s, mm(104), ys[-1] + mm(8), "已复核，同意归档。", rng, size=mm(6))
    pen(s, mm(150), ys[-1] + mm(20), c.officer, rng, size=mm(6))
    return s


def cover(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.box(mm(15), mm(15), s.width - mm(15), s.height - mm(15), width=5)
    s.centred(mm(40), COURT_NAME, face("e_title", mm(9)), spacing=mm(1))
    s.centred(mm(62), "执 行 卷 宗", face("e_title", mm(15)), spacing=mm(6))
    s.centred(mm(88), "（正　卷）", face("e_body", mm(6)))
    f = face("e_body", mm(5.4))
    y = float(mm(118))
    for label, value in [("案　　号", c.number), ("案　　由", "借款合同纠纷"), ("申请执行人", c.applicant.name),
                         ("被 执 行 人", c.respondent.name), ("执　行　员", c.officer), ("书　记　员", c.clerk),
                         ("立案日期", cn_date(c.filed_on)), ("结案日期", cn_date(c.closed_on)),
                         ("结案方式", METHODS.get(c.method, c.method))]:
        s.text(mm(40), y, label, f)
        s.line(mm(82), y + f.size * 1.15, s.width - mm(40), y + f.size * 1.15, width=1)
        s.text(mm(86), y, value, f)
        y += mm(13.5)
    s.text(mm(40), y + mm(14), "本卷共　　件　　页　　　　归档号：", f)
    pen(s, mm(62), y + mm(12), "1", rng, size=mm(6.5))
    pen(s, mm(80), y + mm(12), str(rng.randint(38, 52)), rng, size=mm(6.5))
    s.centred(s.height - mm(28), "保管期限：长期", f)
    return s


def catalogue(c: CaseCtx, rng: random.Random) -> Sheet:
    entries = ["立案登记表", "强制执行申请书", "民事调解书及生效证明", "身份证明、授权委托书、所函", "受理通知书、交费通知书",
               "执行通知书、报告财产令", "财产申报表", "网络查控结果、银行回执", "执行裁定书、协助执行通知书", "案款发放凭证",
               "结案通知书", "结案审批表", "送达回证", "卷宗复核表"]
    rows = [["序号", "文件名称", "页号", "备注"], *[[str(i + 1), e, "", ""] for i, e in enumerate(entries)]]
    heights = [mm(11)] * len(rows)
    s, ys = _form("卷 内 目 录", c, rows, heights, rng, cols=[mm(16), mm(110), mm(24), mm(24)], court=False)
    page = 1
    for k in range(len(entries)):
        pen(s, mm(135), ys[1 + k] + mm(1.5), str(page), rng, size=mm(5), ink=BLUE_BLACK)
        page += rng.randint(1, 4)
    s.text(mm(18), mm(32), f"案号：{c.number}", face("e_body", mm(4.2)))
    return s


def remarks(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = _head(s, "卷宗备考表", float(mm(26)), spacing=3, court=False)
    f = face("e_body", mm(4.8))
    s.text(mm(22), y, f"案号：{c.number}", f)
    s.box(mm(22), y + mm(10), s.width - mm(22), s.height - mm(70), width=3)
    pen(s, mm(30), y + mm(22), "本卷共计文书材料若干件，经检查无缺页、无破损。电子卷宗已同步生成。", rng, size=mm(5.6), ink=BLUE_BLACK)
    yb = s.height - mm(60)
    for k, (label, name) in enumerate([("立卷人", c.clerk), ("检查人", c.officer)]):
        s.text(mm(30) + k * mm(80), yb, f"{label}：", f)
        pen(s, mm(52) + k * mm(80), yb - mm(2), name, rng, size=mm(6))
    s.text(mm(30), yb + mm(14), f"立卷时间：{num_date(c.closed_on)}", f)
    return s


def voucher(c: CaseCtx, rng: random.Random) -> Sheet:
    """执行案款发放审批单 above, and the bank's 电子回单 of the transfer pasted on below it."""
    fee = int(c.amount) // 100 + 50
    rows = [["案号", c.number, "到账日期", num_date(c.day(30))],
            ["收款人", c.applicant.name, "收款账号", f"6214****{rng.randint(1000, 9999)}"],
            ["到账金额", money(c.amount)], ["扣除执行费", f"{fee:,.2f}元"],
            ["发放金额", f"{c.amount - fee:,.2f}元"], ["承办人", "", "审批人", ""]]
    heights = [mm(12)] * 2 + [mm(15)] + [mm(12)] * 3
    s, ys = _form("执行案款发放审批单", c, rows, heights, rng)
    pen(s, mm(62), ys[5] + mm(2), c.officer, rng, size=mm(6))
    pen(s, mm(150), ys[5] + mm(2), person_name(rng), rng, size=mm(6), ink=RED)
    # the bank's electronic receipt printed on thermal-ish paper and pasted on
    x0, y0, w, h = mm(30), ys[5] + mm(30), mm(150), mm(92)
    s.draw.rectangle((x0 + 8, y0 + 8, x0 + w + 8, y0 + h + 8), fill=(200, 200, 200))
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(252, 250, 244), outline=(150, 150, 150), width=2)
    sf = mm(3.6)
    sys_centred(s, y0 + mm(4), "中国建设银行 网上银行电子回单（付款）", mm(4.6), x0=x0, x1=x0 + w)
    lines = [f"回单编号：{rng.randint(10**13, 10**14 - 1)}", f"付款人户名：{c.court.name}（执行款专户）",
             f"收款人户名：{c.applicant.name}", f"金额（小写）：{c.amount - fee:,.2f}", "用途：执行款发放",
             f"附言：{c.number}", f"交易时间：{c.day(33).isoformat()} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}"]
    for k, t in enumerate(lines):
        sys_text(s, x0 + mm(6), y0 + mm(14) + k * mm(10), t, sf)
    seal(s, x0 + w - mm(25), y0 + h - mm(25), "中国建设银行深圳福田支行", rng, radius=mm(14), inner="电子回单专用章")
    return s

