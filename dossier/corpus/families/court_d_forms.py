"""court_d's drawn papers: 送达回证 two to an A4 sheet or as a landscape table (signed, refused and
left — 留置送达 — or mailed or served electronically, with the EMS 邮件详情单 or the 电子送达凭证 filed
behind it); 笔录 typed as questions and answers with signatures at the foot of
every page; 审批表 as dense tables with opinions written by hand; the archive papers (封面, computer
printed 卷内目录, 备考表).

DOMAIN.md lets only a 送达回证 naming a document prove its service, so an EMS or electronic-service
print is filed as a later page of the receipt it supports (truth: continuation), never as a receipt."""

from __future__ import annotations

import random
from datetime import date

from dossier.corpus.content import BANKS, CaseCtx, Party, cn_date, money, num_date, person_name
from dossier.corpus.draw import A4, INK, Sheet, mm, seal, table
from dossier.corpus.fonts import font
from dossier.corpus.paper import House, Paper, printable, scrawl, stamp, typeset

CODES = frozenset({"service_receipt", "interview_record", "investigation_record", "closing_approval_form",
                   "file_review_form", "case_registration_form", "property_declaration_form", "payment_voucher",
                   "dossier_cover", "catalogue", "remarks_sheet"})
NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产调查表）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "termination_ruling": "执行裁定书（终结执行）",
         "resumption_ruling": "执行裁定书（恢复执行）", "enforcement_ruling": "执行裁定书（查封、冻结）", "summons": "传票",
         "payment_notice": "缴纳执行费通知书", "fine_decision": "执行决定书（罚款）", "detention_decision": "拘留决定书",
         "resumption_notice": "恢复执行通知书", "closing_notice": "结案通知书"}
BLUE = (35, 55, 140)
BOTH_PARTIES = frozenset({"termination_this_round_ruling", "termination_ruling", "resumption_ruling", "enforcement_ruling"})
METHODS = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕", "terminated": "终结执行",
           "rejected": "驳回申请"}


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "service_receipt":
        return receipt(c, served, rng)
    if code in ("interview_record", "investigation_record"):
        return record(c, code, rng)
    if code == "dossier_cover":
        return [cover(c, rng)]
    if code == "catalogue":
        return [catalogue(c, rng)]
    if code == "remarks_sheet":
        return [remarks(c, rng)]
    return [approval(c, code, rng)]


def _addressee(c: CaseCtx, served: list[str]) -> Party:
    to_applicant = {"acceptance_notice", "payment_notice", "closing_notice", "termination_this_round_ruling",
                    "termination_ruling"}
    return c.applicant if served and all(s in to_applicant for s in served) else c.respondent


def _served_on(c: CaseCtx, served: list[str]) -> date:
    late = {"termination_this_round_ruling": (c.closed_on - c.filed_on).days, "termination_ruling": 44,
            "consumption_restriction_order": 22, "dishonest_list_decision": 23, "enforcement_ruling": 11,
            "closing_notice": (c.closed_on - c.filed_on).days}
    return c.day(max([late.get(s, 4) for s in served] or [4]))


def receipt(c: CaseCtx, served: list[str], rng: random.Random) -> list[Sheet]:
    """One receipt for `served`: two per A4 sheet (split between two addressees or documents), or a
    landscape table; a mailed or electronic service has its proof filed behind it."""
    how = rng.choices(["direct", "mail", "electronic", "left"], weights=[4, 3, 2, 1])[0]
    both = len(served) == 1 and served[0] in BOTH_PARTIES
    if len(served) >= 2 or both or rng.random() < 0.35:
        if len(served) >= 2:
            halves = [(served[:1], _addressee(c, served[:1])), (served[1:], _addressee(c, served[1:]))]
        elif both:
            halves = [(served, c.respondent), (served, c.applicant)]
        else:
            halves = [(served, _addressee(c, served))]
        s = Sheet()
        for i, (part, who) in enumerate(halves):
            _half_receipt(s, c, part, who, rng, top=mm(12) + i * s.height / 2, how=how if i == 0 else "direct")
        for x in range(mm(8), s.width - mm(8), mm(6)):  # the cut line between the two halves
            s.line(x, s.height / 2, x + mm(3), s.height / 2, width=1, fill=(120, 120, 120))
        sheets = [s]
    else:
        sheets = [_landscape_receipt(c, served, rng, how)]
    who = _addressee(c, served)
    if how == "mail":
        sheets.append(_ems(c, served, who, rng))
    elif how == "electronic":
        sheets.append(_e_service(c, served, who, rng))
    return sheets


def _half_receipt(s: Sheet, c: CaseCtx, served: list[str], who: Party, rng: random.Random, *, top: float,
                  how: str) -> None:
    s.centred(top, c.court.name, font("song_gb", mm(5.5)), spacing=mm(0.8))
    s.centred(top + mm(9), "送 达 回 证", font("wenkai_bold", mm(7.5)), spacing=mm(2))
    f = font("song_gb", mm(4.0))
    s.right(s.width - mm(18), top + mm(20), f"{c.number}", f)
    names = "、".join(NAMES.get(d, d) for d in served)
    mode = {"direct": "直接送达", "mail": "邮寄送达（EMS）", "electronic": "电子送达", "left": "留置送达"}[how]
    rows = [["送达文书", f"{names}　各一份", "送达方式", mode], ["受送达人", who.name, "送达地址", who.address],
            ["受送达人签收", "", "签收日期", ""], ["代收人及理由", "", "送达人", ""], ["备　　考", ""]]
    heights = [mm(17), mm(15), mm(20), mm(14), mm(13)]
    y0 = top + mm(27)
    table(s, mm(14), y0, [mm(28), mm(72), mm(24), mm(58)], rows, f, row_h=heights, centre_first=True, pad=6)
    ys = [y0 + sum(heights[:i]) for i in range(len(rows))]
    day = _served_on(c, served)
    if how == "direct":
        scrawl(s, mm(50), ys[2] + mm(5), who.legal_rep or who.name, rng, role="wenkai", size=mm(6.5), ink=BLUE)
        scrawl(s, mm(140), ys[2] + mm(6), f"{day.year}.{day.month}.{day.day}", rng, role="wenkai", size=mm(5.5), ink=BLUE)
    elif how == "left":  # 留置送达: refused, left at the address before a witness, noted in 备考
        scrawl(s, mm(50), ys[2] + mm(5), "拒签", rng, role="wenkai", size=mm(6), ink=INK)
        scrawl(s, mm(46), ys[4] + mm(3), f"受送达人拒绝签收，已留置送达。见证人：{person_name(rng)}", rng, role="wenkai",
               size=mm(4.6), ink=INK)
    else:
        scrawl(s, mm(48), ys[2] + mm(5), "见附后邮件查询单" if how == "mail" else "见电子送达凭证", rng, role="wenkai",
               size=mm(5), ink=INK)
    scrawl(s, mm(140), ys[3] + mm(3), f"{c.officer} {c.clerk}", rng, role="wenkai", size=mm(5.5))
    seal(s, mm(150), ys[2] + mm(6), c.court.name, rng, radius=mm(17))


def _landscape_receipt(c: CaseCtx, served: list[str], rng: random.Random, how: str) -> Sheet:
    s = Sheet(size=(A4[1], A4[0]))
    s.centred(mm(14), c.court.name + "送达回证", font("hei", mm(7.5)), spacing=mm(1.5))
    f = font("song_gb", mm(4.2))
    s.text(mm(18), mm(30), f"案号：{c.number}　　　　案由：申请执行", f)
    who = _addressee(c, served)
    day = _served_on(c, served)
    head = ["序号", "送达文书名称", "件数", "受送达人", "送达地址", "送达方式", "签收人", "签收日期", "送达人"]
    mode = {"direct": "直接", "mail": "邮寄", "electronic": "电子", "left": "留置"}[how]
    rows = [head] + [[str(i), NAMES.get(d, d), "1", who.name, who.address, mode, "", "", ""]
                     for i, d in enumerate(served, 1)]
    rows += [[str(len(served) + i), "", "", "", "", "", "", "", ""] for i in range(1, 4)]
    cols = [mm(12), mm(52), mm(12), mm(32), mm(60), mm(16), mm(28), mm(26), mm(30)]
    table(s, mm(14), mm(40), cols, rows, font("song_gb", mm(3.8)), row_h=mm(19), pad=5)
    for i in range(len(served)):
        y = mm(40) + (i + 1) * mm(19) + mm(5)
        if how in ("direct", "left"):
            signer = who.legal_rep or who.name if how == "direct" else "拒签"
            scrawl(s, mm(14) + sum(cols[:6]) + mm(3), y, signer, rng, role="wenkai", size=mm(5.5), ink=BLUE)
        scrawl(s, mm(14) + sum(cols[:7]) + mm(2), y, f"{day.month}月{day.day}日", rng, role="wenkai", size=mm(5), ink=BLUE)
        scrawl(s, mm(14) + sum(cols[:8]) + mm(2), y, c.clerk, rng, role="wenkai", size=mm(5.5))
    note_y = mm(40) + len(rows) * mm(19) + mm(6)
    s.text(mm(18), note_y, "备考：受送达人拒绝签收的，送达人应当在备考栏内注明拒收事由和日期，并由送达人、见证人签名或者盖章。", f)
    seal(s, s.width - mm(70), note_y - mm(8), c.court.name, rng)
    return s


def _mask_phone(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 11 else phone


def _ems(c: CaseCtx, served: list[str], who: Party, rng: random.Random) -> Sheet:
    """A print of the postal tracking page of the 法院专递 (邮件详情单): delivered, signed by whom."""
    s = Sheet()
    mono = font("wenkai_mono", mm(3.9))
    bar = (0, 95, 60)
    s.draw.rectangle((0, mm(10), s.width, mm(26)), fill=bar)
    s.text(mm(12), mm(13), "中国邮政 EMS  邮件详情", font("microhei", mm(6.5)), fill=(255, 255, 255))
    mail_no = f"1{rng.randint(10**11, 10**12 - 1)}"
    day = _served_on(c, served)
    sent = c.day(max(1, (day - c.filed_on).days - 2))
    y = float(mm(38))
    for k, v in [("邮件号码", mail_no), ("寄件人", f"{c.court.name}（{c.clerk}）"), ("寄件地址", c.court.address),
                 ("收件人", who.name), ("收件地址", who.address), ("收件人电话", _mask_phone(who.phone)),
                 ("内件品名", f"法院专递 {c.number} " + "、".join(NAMES.get(d, d) for d in served)),
                 ("邮件状态", "已妥投")]:
        s.text(mm(16), y, f"{k}：", mono)
        s.text(mm(52), y, v[:38], mono)
        if len(v) > 38:
            y += mm(6.5)
            s.text(mm(52), y, v[38:], mono)
        y += mm(8.5)
    s.line(mm(12), y + mm(2), s.width - mm(12), y + mm(2), width=1, fill=(160, 160, 160))
    y += mm(8)
    s.text(mm(16), y, "邮件跟踪", font("microhei", mm(5)))
    y += mm(10)
    events = [(sent, "09:12", f"【{c.court.city}邮政速递揽投部】已收寄，揽投员：{person_name(rng)}"),
              (sent, "18:40", f"离开【{c.court.city}处理中心】，下一站【{c.court.city}城区揽投部】"),
              (day, "08:05", f"【{c.court.city}城区揽投部】安排投递，投递员：{person_name(rng)}，电话1{rng.randint(3, 9)}*******"),
              (day, f"1{rng.randint(0, 6)}:{rng.randint(10, 59)}",
               f"已妥投，{'本人签收' if rng.random() < 0.6 else '单位收发室代收'}：{who.legal_rep or who.name}")]
    for d, t, text in reversed(events):
        s.draw.ellipse((mm(17), y + mm(1), mm(20), y + mm(4)), fill=bar)
        s.text(mm(24), y, f"{d:%Y-%m-%d} {t}", mono)
        s.text(mm(70), y, text[:30], mono)
        if len(text) > 30:
            s.text(mm(70), y + mm(6), text[30:], mono)
        y += mm(16)
    s.text(mm(16), s.height - mm(20), f"打印时间：{day:%Y-%m-%d} 16:2{rng.randint(0, 9)}  数据来源：中国邮政速递物流查询系统",
           font("microhei", mm(3.4)), fill=(110, 110, 110))
    return s


def _e_service(c: CaseCtx, served: list[str], who: Party, rng: random.Random) -> Sheet:
    """电子送达凭证 as printed from the court's e-service platform (a screenshot-like page)."""
    s = Sheet()
    grey = (238, 240, 244)
    s.draw.rectangle((mm(10), mm(12), s.width - mm(10), mm(30)), fill=(40, 80, 160))
    s.text(mm(16), mm(16), "人民法院电子诉讼平台 · 送达详情", font("microhei", mm(6)), fill=(255, 255, 255))
    s.centred(mm(42), "电子送达凭证", font("microhei", mm(8)))
    f = font("microhei", mm(4.2))
    day = _served_on(c, served)
    rows = [("案号", c.number), ("送达法院", c.court.name), ("送达文书", "、".join(NAMES.get(d, d) for d in served)),
            ("受送达人", who.name), ("送达方式", "短信＋电子送达平台"), ("手机号码", _mask_phone(who.phone)),
            ("送达时间", f"{day:%Y-%m-%d} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}"),
            ("送达状态", "已送达（受送达人已于当日查阅）"), ("送达人", c.clerk),
            ("文书校验码", "".join(rng.choice("0123456789abcdef") for _ in range(32)))]
    y = float(mm(58))
    for i, (k, v) in enumerate(rows):
        if i % 2 == 0:
            s.draw.rectangle((mm(14), y - mm(2), s.width - mm(14), y + mm(9)), fill=grey)
        s.text(mm(18), y, k, f, fill=(90, 90, 90))
        s.text(mm(55), y, v[:34], f)
        if len(v) > 34:
            y += mm(7)
            s.text(mm(55), y, v[34:], f)
        y += mm(12)
    s.text(mm(18), y + mm(8), "说明：根据《中华人民共和国民事诉讼法》第九十条之规定，经受送达人同意，人民法院可以采用能够", f)
    s.text(mm(18), y + mm(15), "确认其收悉的电子方式送达诉讼文书。到达受送达人特定系统的日期为送达日期。", f)
    seal(s, s.width - mm(60), y + mm(40), c.court.name, rng, inner="电子签章")
    return s


def record(c: CaseCtx, code: str, rng: random.Random) -> list[Sheet]:
    """A typed Q/A record, signed at the foot of every page and closed by the party's own words."""
    interview = code == "interview_record"
    who = c.applicant if interview else (Party(person_name(rng), "person", "", c.respondent.address, "")
                                         if c.respondent.kind == "organisation" else c.respondent)
    day = c.day((c.closed_on - c.filed_on).days - 12 if interview else 47)
    head = [("f", f"时间：{num_date(day)}{rng.randint(9, 11)}时{rng.choice(['05', '20', '40'])}分至{rng.randint(14, 16)}时"
                  f"{rng.choice(['00', '15', '35'])}分"),
            ("f", f"地点：{c.court.name}执行局约谈室" if interview else f"地点：{c.respondent.address}"),
            ("f", f"执行员：{c.officer}　书记员：{c.clerk}（记录）"),
            ("f", f"被{'约谈' if interview else '调查'}人：{who.name}，{'申请执行人' if interview else '被执行人住所地物业工作人员'}")]
    if interview:
        qa = ["问：我们是本院执行员和书记员，今天就你申请执行的案件与你约谈，你应当如实陈述，有无异议？", "答：没有异议。",
              f"问：本案执行依据为{c.basis_court}{c.basis_number}，执行标的{money(c.amount)}，你是否清楚？", "答：清楚。",
              "问：本院已通过网络执行查控系统两次查询被执行人名下财产，均未发现可供执行的存款、车辆、不动产和证券，"
              "你对查询结果有无异议？", "答：没有异议，查询结果我在网上看到了。",
              "问：你提供的被执行人在城郊有仓库的线索，本院已经去现场调查，仓库已由他人承租，被执行人没有财产在内，你知道吗？",
              "答：知道，执行员给我打过电话。",
              "问：本院已对被执行人限制消费并纳入失信名单，并对其拒不报告财产的行为依法作了处理。你还能提供新的财产线索吗？",
              "答：暂时提供不了。",
              "问：根据规定，本案符合终结本次执行程序的条件，本院拟裁定终结本次执行程序。终本后你发现财产线索可以随时申请"
              "恢复执行，不受时效限制。你有何意见？", "答：我同意终本，希望法院定期再查。",
              "问：终本后本院每六个月通过网络查控系统查询一次被执行人财产，发现财产后将及时恢复执行。还有无补充？",
              "答：没有了。"]
    else:
        qa = ["问：我们是" + c.court.name + "执行员，现依法对被执行人的经营场所进行调查，请你配合。", "答：好的。",
              f"问：{c.respondent.name}是否还在这里办公或经营？", "答：去年下半年就搬走了，办公室已经退租，现在是另一家公司在用。",
              "问：他们搬走时留下了什么设备、车辆或者存货吗？", "答：没有，东西都拉走了，还欠了物业费。",
              "问：你知道他们搬到哪里去了吗？法定代表人现在的联系方式呢？", "答：不知道，电话打不通。",
              "问：申请执行人称该单位在地下车库停放一辆货车，现在是否还在？", "答：早就没有了，车位也退了。",
              "问：以上情况是否属实？", "答：属实。"]
    blocks = [*head, ("gap", ""), *[("qa", t) for t in qa], ("gap", ""),
              ("hsig", f"被{'约谈' if interview else '调查'}人：{who.name}")]
    house = House(body="song_gb", body_mm=5.0, leading=1.75, title="wenkai_bold", title_mm=9, title_spacing_mm=4,
                  heading="above", number_align="right", top=28, bottom=24, left=24, right=22, footer="slash", hand="wenkai",
                  signed_pages=(f"被{'约谈' if interview else '调查'}人：{who.name}", f"执行员：{c.officer}",
                                f"书记员：{c.clerk}"))
    sheets = typeset(Paper("约谈笔录" if interview else "调查笔录", blocks, issuer=c.court.name, number=c.number),
                     house, rng)
    last = sheets[-1]
    scrawl(last, mm(30), last.height - mm(62), "以上笔录我已看过，与我说的一致。", rng, role="wenkai", size=mm(6.5), ink=BLUE)
    return sheets


def approval(c: CaseCtx, code: str, rng: random.Random) -> Sheet:
    """审批表 and the court's other tables: dense typed rows, opinions and names written by hand."""
    a, r = c.applicant, c.respondent
    method = METHODS.get(c.method, c.method)
    close = c.closed_on
    hand_rows: dict[int, str] = {}
    if code == "closing_approval_form":
        title = "执行案件结案审批表"
        rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", a.name, "被执行人", r.name],
                ["执行依据", f"{c.basis_court}{c.basis_number}"], ["执行标的", money(c.amount)],
                ["实际执行到位", money(c.amount) if c.method == "fully_performed" else "0元", "结案方式", method],
                ["执行过程摘要", ""], ["承办人意见", ""], ["合议庭意见", ""], ["执行局长意见", ""]]
        hand_rows = {5: "已发执行通知书、报告财产令；网络查控二次；现场调查一次；限高、失信已发布。",
                     6: f"建议以{method}方式结案。", 7: "经合议，同意承办人意见。", 8: "同意。"}
        heights = [13, 13, 13, 13, 13, 30, 26, 24, 24]
    elif code == "file_review_form":
        title = "执行卷宗复核表"
        rows = [["案号", c.number, "结案日期", num_date(close)], ["承办人", c.officer, "书记员", c.clerk],
                ["复核项目", "复核结果"], ["法律文书是否齐全", ""], ["送达回证是否齐全、有签收", ""],
                ["卷内材料排列、编号", ""], ["卷内有无空白项", ""], ["复核人意见", ""]]
        hand_rows = {3: "齐全", 4: "齐全", 5: "规范", 6: "无", 7: "已复核，同意归档。"}
        heights = [13, 13, 12, 16, 16, 16, 16, 28]
    elif code == "case_registration_form":
        title = "执行案件立案审批表"
        rows = [["收案日期", num_date(c.day(-1)), "案号", c.number], ["申请执行人", a.name, "被执行人", r.name],
                ["执行依据", f"{c.basis_court}{c.basis_number}"], ["申请标的", money(c.amount)],
                ["立案审查意见", ""], ["庭（局）长审批", ""]]
        hand_rows = {4: "材料齐全，符合受理条件，建议立案。", 5: "同意立案。"}
        heights = [13, 13, 13, 13, 26, 24]
    elif code == "payment_voucher":
        title = "执行案款发放审批表"
        bank = rng.choice(BANKS)
        rows = [["案号", c.number, "到账日期", num_date(c.day(58))], ["交款人", r.name, "到账金额", money(c.amount)],
                ["领款人", a.name, "身份证号", a.id_number], ["收款账户", f"{bank}{c.court.city}支行 6217****{rng.randint(1000, 9999)}"],
                ["发放金额", money(c.amount)], ["承办人意见", ""], ["局长审批", ""], ["财务发放记录", ""]]
        hand_rows = {5: "被执行人已按和解协议全部履行，申请发放。", 6: "同意发放。", 7: f"已于{num_date(c.day(66))}转账。"}
        heights = [13, 13, 13, 13, 13, 22, 20, 20]
    elif code == "property_declaration_form":
        title = "财产调查表"
        rows = [["申报人", r.name, "证照号码", r.id_number], ["财产项目", "申报情况（如无，请填写“无”）"],
                ["收入、银行存款、理财产品", ""], ["现金、有价证券", ""], ["不动产", ""], ["车辆、机器设备等动产", ""],
                ["股权、债权、知识产权", ""], ["一年内财产变动情况", ""], ["申报人承诺", "以上报告内容真实、完整，如有虚假，愿承担法律责任。"]]
        hand_rows = {2: "基本户一个，余额约三百元", 3: "无", 4: "无", 5: "无（货车已于前年出售）", 6: "对外应收款约五万元，对方不认",
                     7: "无"}
        heights = [14, 12, 20, 16, 16, 18, 20, 18, 24]
    else:
        raise KeyError(code)
    s = Sheet()
    s.centred(mm(18), c.court.name, font("song_gb", mm(6)), spacing=mm(1))
    s.centred(mm(29), title, font("wenkai_bold", mm(8)), spacing=mm(1.5))
    f = font("song_gb", mm(4.0))
    cols = [mm(34), mm(56), mm(30), mm(62)]
    y0 = mm(45)
    hs = [mm(h) for h in heights]
    table(s, mm(14), y0, cols, rows, f, row_h=hs, centre_first=True, pad=6)
    ys = [y0 + sum(hs[:i]) for i in range(len(rows))]
    signers = [c.officer, c.judge, person_name(rng)]
    for k, (i, text) in enumerate(sorted(hand_rows.items())):
        x = mm(14) + cols[0] + mm(4)
        per = 17
        for j in range(0, len(text), per):
            scrawl(s, x, ys[i] + mm(2.5) + (j // per) * mm(7.5), text[j:j + per], rng, role="kai_gb", size=mm(6),
                   ink=BLUE if k % 2 else INK)
        if hs[i] >= mm(20):
            scrawl(s, s.width - mm(62), ys[i] + hs[i] - mm(9), f"{signers[k % 3]} {close.month}.{close.day - k % 3}"
                   if close.day > 3 else signers[k % 3], rng, role="kai_gb", size=mm(5.5))
    if code == "property_declaration_form":
        s.text(mm(110), ys[-1] + hs[-1] + mm(8), "申报人（签名）：", f)
        scrawl(s, mm(150), ys[-1] + hs[-1] + mm(6), r.legal_rep or r.name, rng, role="wenkai", size=mm(7), ink=BLUE)
        if r.kind == "organisation":
            seal(s, mm(160), ys[-1] + hs[-1] + mm(10), r.name, rng, radius=mm(18))
    elif code == "payment_voucher":
        seal(s, s.width - mm(50), ys[-1] + hs[-1] - mm(10), c.court.name, rng, inner="财务专用章")
    return s


def cover(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet(paper=(222, 230, 236))
    f = font("song_gb", mm(5.2))
    s.text(mm(20), mm(18), f"全宗号 {rng.randint(100, 999)}　目录号 {rng.randint(1, 30)}　案卷号 {rng.randint(1, 900)}", f)
    s.centred(mm(42), c.court.name, font("song_gb", mm(9)), spacing=mm(1.5))
    s.centred(mm(62), "执 行 卷 宗", font("wenkai_bold", mm(15)), spacing=mm(4))
    s.centred(mm(86), "（正　卷）", font("song_gb", mm(6)))
    rows = [["案　　号", c.number], ["案　　由", "申请执行"], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行标的", money(c.amount)], ["结案方式", METHODS.get(c.method, c.method)], ["立案日期", printable("song_gb", cn_date(c.filed_on))],
            ["结案日期", printable("song_gb", cn_date(c.closed_on))], ["执 行 员", c.officer], ["书 记 员", c.clerk],
            ["归档日期", ""], ["保管期限", ""]]
    y0 = mm(100)
    table(s, mm(28), y0, [mm(40), mm(114)], rows, font("song_gb", mm(4.8)), row_h=mm(13), centre_first=True)
    scrawl(s, mm(75), y0 + 10 * mm(13) + mm(2), num_date(c.closed_on.replace(day=min(c.closed_on.day, 28))), rng,
           role="kai_gb", size=mm(6))
    scrawl(s, mm(75), y0 + 11 * mm(13) + mm(2), "长期", rng, role="kai_gb", size=mm(6))
    s.text(mm(28), y0 + 12 * mm(13) + mm(8), f"本卷共　{rng.randint(60, 140)}　页　　附证物袋　0　个", f)
    return s


def catalogue(c: CaseCtx, rng: random.Random) -> Sheet:
    """卷内目录 printed by the case system: 序号 / 文号 / 责任者 / 题名 / 日期 / 页号."""
    s = Sheet()
    s.centred(mm(20), "卷 内 目 录", font("wenkai_bold", mm(8.5)), spacing=mm(2))
    f = font("song_gb", mm(3.6))
    s.text(mm(14), mm(34), f"案号：{c.number}", f)
    items = [("立案审批表", c.court.name), ("强制执行申请书", c.applicant.name), ("执行依据", c.basis_court),
             ("生效证明", c.basis_court), ("受理执行案件通知书", c.court.name), ("执行通知书", c.court.name),
             ("报告财产令、财产调查表", c.court.name), ("当事人身份材料", c.applicant.name), ("网络查控结果", c.court.name),
             ("执行裁定书", c.court.name), ("执行和解协议", c.applicant.name), ("执行案款发放审批表", c.court.name),
             ("结案通知书", c.court.name), ("结案审批表", c.court.name), ("送达地址确认书、送达回证", c.court.name)]
    rows = [["序号", "文号", "责任者", "题名", "日期", "页号"]]
    page = 1
    for i, (name, who) in enumerate(items, 1):
        rows.append([str(i), c.number if who == c.court.name else "", who, name, f"{c.day(i * 4):%Y%m%d}", str(page)])
        page += rng.randint(1, 5)
    table(s, mm(10), mm(42), [mm(12), mm(46), mm(38), mm(50), mm(22), mm(22)], rows, f, row_h=mm(13.5), pad=4)
    s.text(mm(14), s.height - mm(18), f"制表：{c.clerk}　　打印日期：{c.closed_on:%Y-%m-%d}", f)
    return s


def remarks(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(26), "卷内备考表", font("wenkai_bold", mm(8.5)), spacing=mm(1.5))
    s.box(mm(20), mm(45), s.width - mm(20), s.height - mm(35), width=3)
    f = font("song_gb", mm(4.8))
    s.text(mm(28), mm(55), "本卷情况说明：", f)
    scrawl(s, mm(36), mm(68), f"本卷共{rng.randint(60, 140)}页，文书齐全，", rng, role="kai_gb", size=mm(6.5), ink=BLUE)
    scrawl(s, mm(28), mm(80), "送达回证均已附卷，无缺页。", rng, role="kai_gb", size=mm(6.5), ink=BLUE)
    y = s.height - mm(110)
    for label, name in [("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(c.closed_on))]:
        s.text(mm(110), y, f"{label}：", f)
        scrawl(s, mm(140), y - mm(2), name, rng, role="kai_gb", size=mm(6.2), ink=BLUE)
        y += mm(16)
    stamp(s, mm(30), s.height - mm(100), ["已归档", c.closed_on.strftime("%Y.%m")], rng, size_mm=4.2, colour=(40, 60, 150))
    return s
