"""court_i's proofs of service: mostly electronic — a printout of the 浙江法院电子送达平台's 送达记录
(送达方式, 送达状态 已送达/已读, 发送时间, 阅读时间, the list of 送达文书 by file name), a phone screenshot of the
court's 送达短信 printed on an A4 sheet; and for the company that never logged in, the paper 送达回证 of a
邮寄送达 with the EMS 回执 (a waybill with its barcode) pasted below."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, num_date
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families.court_i_kit import (
    COURT,
    GREY,
    INK,
    SHORT,
    cause,
    e_seal,
    face,
    grid,
    mark,
    paper,
    pen,
)

CODES = frozenset({"service_receipt"})
FILES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳申请执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "enforcement_ruling": "执行裁定书",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "closing_notice": "结案通知书",
         "summons": "传票"}


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if served == ["termination_this_round_ruling"]:
        return [sms(c, served, rng)]
    if "enforcement_notice" in served and not c.extra.get("paid"):
        return [posted(c, served, rng)]
    return [platform(c, served, rng)]


def _stamp(c: CaseCtx, day: int, rng: random.Random) -> datetime:
    return datetime.combine(c.day(day), time(rng.randint(9, 16), rng.randint(0, 59), rng.randint(0, 59)))


def platform(c: CaseCtx, served: list[str], rng: random.Random) -> Sheet:
    """送达记录 printed from the e-service platform: a header bar, the case block, one row per 文书."""
    s = paper(rng)
    x0, x1 = mm(18), mm(192)
    s.draw.rectangle((x0, mm(14), x1, mm(26)), fill=(232, 238, 248))
    s.text(x0 + mm(3), mm(16.5), "浙江法院电子送达平台", face("sys_bold", mm(5)), fill=(20, 60, 140))
    s.right(x1 - mm(3), mm(18), "打印时间：" + _stamp(c, (c.closed_on - c.filed_on).days - 3, rng).strftime("%Y-%m-%d %H:%M"),
            face("sys", mm(3.2)), fill=GREY)
    s.centred(mm(36), "电子送达凭证", face("title", mm(8)))
    to_applicant = served == ["acceptance_notice"]
    who = c.applicant if to_applicant else c.respondent
    day = 1 if served == ["acceptance_notice"] else (3 if "enforcement_notice" in served else 34)
    sent = _stamp(c, day, rng)
    read = sent + timedelta(minutes=rng.randint(3, 600))
    y = grid(s, x0, mm(52), [32, 55, 30, 57], [
        ["案号", c.number, "案由", cause(c)],
        ["承办法院", COURT, "承办人", c.officer],
        ["受送达人", who.name, "送达方式", rng.choice(["电子送达（短信+移动微法院）", "电子送达（浙江法院送达平台）"])],
        ["送达号码", who.phone[:3] + "****" + who.phone[-4:] if who.kind == "person" else who.phone, "送达状态",
         rng.choice(["已送达（已读）", "已签收"])],
    ], size=4.0)
    y += mm(8)
    s.text(x0, y, "送达文书列表", face("sys_bold", mm(4.6)))
    rows = [["序号", "文书名称", "发送时间", "阅读时间"]]
    for k, code in enumerate(served, 1):
        rows.append([str(k), FILES.get(code, code) + ".pdf", sent.strftime("%Y-%m-%d %H:%M:%S"),
                     (read + timedelta(seconds=7 * k)).strftime("%Y-%m-%d %H:%M:%S")])
    y = grid(s, x0, y + mm(8), [14, 70, 45, 45], rows, size=3.8, bold_first=False)
    y += mm(10)
    f = face("body", mm(4.2))
    for line in ("说明：受送达人已确认电子送达地址，文书到达受送达人特定系统的日期为送达日期。",
                 "本凭证由系统自动生成，加盖电子印章，与纸质送达回证具有同等效力。"):
        s.text(x0, y, line, f)
        y += mm(8)
    s.right(x1 - mm(10), y + mm(14), num_date(sent.date()), f)
    e_seal(s, x1 - mm(36), y + mm(14), rng, name=COURT, inner="电子送达专用章")
    return mark(s, kind=rng.choice(["colour", "grey"]))


def sms(c: CaseCtx, served: list[str], rng: random.Random) -> Sheet:
    """A phone screenshot of the 送达短信, printed in the middle of an A4 sheet (born digital, tall)."""
    w, h = 540, 1170
    shot = Image.new("RGB", (w, h), (246, 246, 246))
    d = ImageDraw.Draw(shot)
    fs, fb, ft = face("sys", 22), face("sys_bold", 24), face("sys", 18)
    d.rectangle((0, 0, w, 44), fill=(246, 246, 246))
    sent = _stamp(c, (c.closed_on - c.filed_on).days - 1, rng)
    d.text((24, 10), sent.strftime("%H:%M"), font=fb, fill=(0, 0, 0))
    d.text((w - 110, 12), "5G  87%", font=ft, fill=(0, 0, 0))
    d.rectangle((0, 44, w, 120), fill=(250, 250, 250))
    d.text((w / 2, 70), "12368", font=fb, fill=(0, 0, 0), anchor="mm")
    d.text((w / 2, 100), "短信/彩信", font=ft, fill=(140, 140, 140), anchor="mm")
    d.text((w / 2, 150), sent.strftime("%m月%d日 %H:%M"), font=ft, fill=(140, 140, 140), anchor="mm")
    who = c.applicant
    names = "、".join("《" + FILES.get(code, code) + "》" for code in served)
    url = f"https://sd.zjcourt.cn/s/{rng.randint(10**7, 10**8 - 1):x}"
    body = (f"【{SHORT}】{who.name}您好，您在{c.number}案件中有{len(served)}份法律文书{names}，已通过电子送达方式向您送达，"
            f"请点击 {url} 查看并下载，文书送达回执以系统记录为准。如有疑问请联系承办人{c.officer}，电话{c.court.phone}。")
    lines, cur = [], ""
    for ch in body:
        if fs.getlength(cur + ch) > 380:
            lines.append(cur)
            cur = ""
        cur += ch
    lines.append(cur)
    bubble_h = 24 + 32 * len(lines)
    d.rounded_rectangle((20, 180, 440, 180 + bubble_h), radius=22, fill=(255, 255, 255))
    for k, line in enumerate(lines):
        d.text((40, 194 + 32 * k), line, font=fs, fill=(20, 20, 20))
    d.rounded_rectangle((20, h - 90, w - 20, h - 40), radius=24, fill=(255, 255, 255), outline=(220, 220, 220))
    d.text((44, h - 78), "短信", font=fs, fill=(170, 170, 170))
    s = paper(rng)
    scale = mm(100) / w
    img = shot.resize((round(w * scale), round(h * scale)), Image.Resampling.LANCZOS)
    x, y = (s.width - img.width) // 2, mm(30)
    s.image.paste(img, (x, y))
    s.box(x - 2, y - 2, x + img.width + 2, y + img.height + 2, width=2, outline=(200, 200, 200))
    s.lines += ["12368", *lines]
    pen(s, mm(30), y + img.height + mm(10), f"短信送达截图，{num_date(sent.date())}　{c.clerk}", rng, size=mm(5.2))
    return mark(s, kind="screen")


def posted(c: CaseCtx, served: list[str], rng: random.Random) -> Sheet:
    """The paper 送达回证 of a 邮寄送达, the EMS 回执 pasted below it."""
    s = paper(rng)
    s.centred(mm(16), COURT, face("title", mm(6.5)))
    s.centred(mm(27), "送 达 回 证", face("title", mm(8)))
    x0 = mm(22)
    names = "\n".join(FILES.get(code, code) for code in served)
    y = grid(s, x0, mm(42), [38, 128], [
        ["案号", c.number], ["送达文书名称及件数", names.replace("\n", "、") + "各一份"],
        ["受送达人", c.respondent.name], ["送达地址", c.respondent.address],
        ["送达方式", "邮寄送达（EMS）"], ["受送达人签收", ""], ["备注", "见所附邮件回执"]], size=4.4, row_h=14, role="body")
    pen(s, x0 + mm(44), y - mm(27), "见邮件回执", rng, size=mm(5))
    s.text(x0, y + mm(5), f"送达人：{c.clerk}　　　　签发人：{c.officer}", face("body", mm(4.4)))
    top = y + mm(18)
    for x in range(int(mm(12)), int(mm(198)), int(mm(4))):
        s.line(x, top - mm(4), x + mm(2), top - mm(4), width=1, fill=GREY)
    ems = (0, 110, 60)
    s.box(mm(16), top, mm(194), top + mm(92), width=3, outline=ems)
    s.draw.rectangle((mm(16), top, mm(194), top + mm(12)), fill=ems)
    s.text(mm(20), top + mm(2), "EMS 中国邮政速递物流　法院专递　回执", face("sys_bold", mm(5)), fill=(255, 255, 255))
    code = f"1{rng.randint(10**11, 10**12 - 1)}"
    bx = mm(24)
    for k, ch in enumerate(code * 3):
        wdt = (int(ch) % 3 + 1) * 2
        if k % 2 == 0:
            s.draw.rectangle((bx, top + mm(16), bx + wdt, top + mm(30)), fill=INK)
        bx += wdt + 2
    s.text(mm(24), top + mm(31), code, face("mono", mm(4)))
    f = face("sys", mm(4))
    s.text(mm(110), top + mm(17), f"寄件人：{SHORT}执行局", f)
    s.text(mm(110), top + mm(25), f"文二西路院区　{c.court.phone}", f)
    rows = [f"收件人：{c.respondent.name}", f"地址：{c.respondent.address}",
            "内件：" + "、".join(FILES.get(k, k) for k in served) + f"（{c.number}）"]
    yy = top + mm(40)
    for line in rows:
        s.text(mm(24), yy, line, f)
        yy += mm(8)
    s.text(mm(24), yy + mm(2), "收件人签名：", f)
    pen(s, mm(52), yy, rng.choice(["前台代收", "保安代收", "退回：查无此人"][:2]), rng, size=mm(5.5))
    s.text(mm(120), yy + mm(2), f"投递日期：{num_date(c.day(5))}", f)
    return mark(s, kind=rng.choice(["grey", "bitonal", "colour"]))
