"""What 碑林法院执行局 receives, each in its maker's look: the civil division's 支付令, 民事判决书 and 生效证明书 (AR PL
明体 body, a plain Noto 宋 title, centred "- n -" folios); the lawyers' typed application under a double rule, the firm's
own 授权委托书 form, its 律师事务所函 under a red 文楷 letterhead; the 执业证 photocopied; ID cards and business licences
photographed on a table (printed in halftone); the 非税收入 e-receipt; phone screenshots — WeChat chats and bank apps,
mostly in dark mode — printed on the bureau's laser; and the bureau's printed forms (clue form, account and address
confirmations, 财产申报表) filled in by the parties in ballpoint."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_ix_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    cells,
    form_head,
    gel,
    mark,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "payment_voucher",
})
BALL = (34, 58, 150)
"""the parties' blue ballpoint"""


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_ix import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _order(c, rng) if c.extra["tale"] == "flour" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _licence_photo(p, rng) if p.kind == "organisation" else _id_photo(p, rng)
    if code == "fee_receipt":
        return _fee_screen(c, rng) if c.extra["tale"] == "loan" else _fee_bill(c, rng)
    if code == "property_clue_form":
        return _clues(c, rng)
    if code in ("payment_account_confirmation", "service_address_confirmation", "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


# ---- the civil division (民事审判庭): 支付令, 判决书, 生效证明书 ---------------------------------------------------------

def _division(title: str, number: str, blocks: Sequence[tuple[str, str]], c: CaseCtx, rng: random.Random, *,
              signers: Sequence[tuple[str, str]], day: date, clerk: str) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP + 6, COURT, font("serif", 52), spacing=6)
    s.centred(TOP + 96, title, font("serif", 80), spacing=40 if len(title) <= 3 else 16)
    run = Flow(TOP + 236, first=s, left=mm(28), right=mm(28))
    run.line(number, font("ming", 40), lead=86, right=True)
    f = font("ming", 41)
    for kind, text in blocks:
        run.para(text, f, lead=72, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.need(150 + 74 * len(signers) + 160)
    last, y = run.s, run.y + 70
    x = last.width - mm(96)
    for role, name in signers:
        last.text(x, y, f"{role}　{name}", f)
        y += 74
    when = cn_date(day)
    last.text(x, y + 24, when, f)
    seal(last, x + text_width(when, f) / 2, y + 34, COURT, rng, radius=mm(20.5))
    last.text(x, y + 120, f"书　记　员　{clerk}", f)
    return mark(_dash_folio(run.sheets), "plain")


def _dash_folio(sheets: list[Sheet]) -> list[Sheet]:
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        if n > 1:
            s.centred(s.height - mm(16), f"- {i} -", font("ming", 32))
            if i > 1:
                s.page_of = (i, n)
    return sheets


def _order(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 支付令 of 督促程序 (民督): the debt, then the order to pay within fifteen days or object in writing."""
    a, r = c.applicant, c.respondent
    issued = c.basis_effective - timedelta(days=rng.randint(18, 24))
    blocks = [("h", f"申请人：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被申请人：{_who(r)}"),
              ("p", f"申请人{a.name}于{cn_date(issued - timedelta(days=rng.randint(6, 12)))}向本院申请支付令。申请人称："
                    f"2022年6月至2023年5月，申请人向被申请人旗下各门店供应面粉共计{c.extra['bags']}袋（每袋25公斤），"
                    f"双方对账确认被申请人尚欠货款{c.amount:,.2f}元，经申请人多次催要，被申请人至今未付。"),
              ("p", "本院经审查认为，申请人的申请符合《中华人民共和国民事诉讼法》规定的条件，申请人与被申请人之间没有其他债务纠纷，"
                    "支付令能够送达被申请人。依照《中华人民共和国民事诉讼法》第二百二十一条、第二百二十三条的规定，特发出如下支付令："),
              ("p", f"被申请人{r.name}应当自收到本支付令之日起十五日内，给付申请人{a.name}面粉货款{c.amount:,.2f}元，"
                    f"并负担申请费{int(c.amount) // 300 + 16}元。"),
              ("p", "被申请人如对该债务有异议，应当自收到本支付令之日起十五日内向本院书面提出。逾期不提出书面异议，也不履行"
                    "本支付令的，申请人可以向人民法院申请强制执行。")]
    return _division("支付令", c.basis_number, blocks, c, rng, signers=[("审　判　员", _judge(c, rng))], day=issued,
                     clerk=person_name(rng))


def _judge(c: CaseCtx, rng: random.Random) -> str:
    return str(c.extra.setdefault("civil_judge", person_name(rng)))


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(40, 60))
    if c.extra["tale"] == "rent":
        fee, rent = c.extra["fee_part"], c.extra["rent_part"]
        facts = (f"2021年3月，原告与被告签订《商铺租赁及物业服务合同》，约定被告承租{c.extra['shop']}经营{c.extra['trade']}，"
                 f"按季度交纳租金及物业服务费。自2022年10月起，被告未交纳租金及物业费，截至2023年6月退租时，欠付物业服务费"
                 f"{fee:,.2f}元、租金{rent:,.2f}元。")
        held = "原、被告签订的合同系双方真实意思表示，合法有效。原告已按约交付商铺并提供物业服务，被告应当按约支付租金和物业费。"
        items = [f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}物业服务费{fee:,.2f}元；",
                 f"二、被告{r.name}于本判决生效之日起十日内支付原告{a.name}租金{rent:,.2f}元；"]
        law = "《中华人民共和国民法典》第七百零三条、第七百二十一条、第九百四十四条"
        title = "物业服务合同纠纷"
    else:
        lent = c.extra["lent_on"]
        facts = (f"被告因资金周转需要向原告借款，原告于{num_date(lent)}通过银行转账向被告出借{c.amount:,.2f}元，被告出具借条一张，"
                 "约定一年内归还。借款到期后，原告多次催要，被告仅以微信回复“再宽限几天”，至今分文未还。")
        held = "原、被告之间的民间借贷关系合法有效。原告提交的借条、转账凭证及微信聊天记录能够证明借款事实，被告应当偿还借款。"
        items = [f"一、被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金{c.amount:,.2f}元；",
                 "二、驳回原告的其他诉讼请求。"]
        law = "《中华人民共和国民法典》第六百六十七条、第六百七十五条"
        title = "民间借贷纠纷"
    blocks = [("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
              ("p", f"原告{a.name}与被告{r.name}{title}一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易程序，"
                    f"于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}到庭参加诉讼，被告经传票传唤无正当理由"
                    "拒不到庭，本院依法缺席审理。本案现已审理终结。"),
              ("p", f"原告向本院提出诉讼请求：判令被告支付欠款{c.amount:,.2f}元并承担本案诉讼费用。事实和理由：{facts}"),
              ("p", f"本院经审理认定事实如下：{facts}"),
              ("p", f"本院认为，{held}依照{law}，《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下："),
              *[("p", t) for t in items],
              ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                    "加倍支付迟延履行期间的债务利息。"),
              ("p", f"案件受理费{int(c.amount) // 100 + 50}元，减半收取{(int(c.amount) // 100 + 50) // 2}元，由被告负担。"),
              ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，"
                    "上诉于陕西省西安市中级人民法院。")]
    return _division("民事判决书", c.basis_number, blocks, c, rng, signers=[("审　判　员", _judge(c, rng))],
                     day=c.basis_effective - timedelta(days=rng.randint(18, 24)), clerk=person_name(rng))


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP + 20, COURT, font("serif", 50), spacing=6)
    s.centred(TOP + 110, "生效证明书", font("serif", 78), spacing=22)
    run = Flow(TOP + 260, first=s, left=mm(30), right=mm(30))
    run.line(c.basis_number.replace("号", "号之一"), font("ming", 38), lead=90, right=True)
    f = font("ming", 42)
    run.para(f"{c.applicant.name}：", f, lead=76)
    run.para(f"本院于{cn_date(c.basis_effective - timedelta(days=20))}作出的{c.basis_number}支付令，已于"
             f"{cn_date(c.basis_effective - timedelta(days=16))}送达被申请人{c.respondent.name}。被申请人在法定期间内未提出书面异议，"
             f"该支付令已于{cn_date(c.basis_effective)}发生法律效力。", f, lead=76, indent=f.size * 2)
    run.para("特此证明。", f, lead=76, indent=f.size * 2)
    y = run.y + 120
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(4, 9)))
    x = s.width - mm(100)
    s.text(x, y, "民事审判第一庭", f)
    s.text(x, y + 80, when, f)
    seal(s, x + mm(30), y + 60, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 240, f"经办人：{_judge(c, rng)}　　　联系电话：{c.court.phone}", font("ming", 34))
    return mark([s], "plain")


# ---- the lawyers ---------------------------------------------------------------------------------------------------

def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's 申请执行书: title over a double rule, 宋 (GB) body, numbered requests, 此致 and the seal."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    tf = font("microhei", 66)
    w = s.centred(TOP, "申 请 执 行 书", tf, spacing=12)
    x0 = (s.width - w) / 2 - mm(10)
    s.line(x0, TOP + 92, s.width - x0, TOP + 92, width=4)
    s.line(x0, TOP + 100, s.width - x0, TOP + 100, width=1)
    run = Flow(TOP + 150, first=s, left=mm(27), right=mm(25))
    f = font("song_gb", 42)
    basis = "支付令" if c.extra["tale"] == "flour" else "民事判决书"
    tail = ("并对被执行人及其法定代表人采取限制消费措施" if r.kind == "organisation" else "并对被执行人采取限制消费措施")
    rows = [("h", f"申请执行人：{_who(a)}电话：{a.phone}。"),
            ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}。"), ("h", f"被执行人：{_who(r)}"),
            ("t", "执行请求："),
            ("p", f"1．依法强制执行被执行人向申请执行人支付{money(c.amount)}；"),
            ("p", "2．依法强制执行被执行人加倍支付迟延履行期间的债务利息；"),
            ("p", f"3．依法{tail}；被执行人拒不履行的，将其纳入失信被执行人名单；"),
            ("p", "4．本案执行费用由被执行人承担。"),
            ("t", "事实与理由："),
            ("p", f"申请执行人与被执行人{c.extra['cause']}一案，贵院作出{c.basis_number}{basis}，该{basis}已经发生法律效力。"
                  "被执行人至今未履行生效法律文书确定的义务。为此，依照《中华人民共和国民事诉讼法》第二百四十七条的规定，"
                  "特向贵院申请强制执行。"),
            ("t", "此致"), ("t", COURT)]
    for kind, text in rows:
        if kind == "t":
            run.line(text, f, lead=76)
        else:
            run.para(text, f, lead=76, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.need(300)
    last, y = run.s, run.y + 50
    last.text(last.width - mm(105), y, "申请执行人（签章）：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(42), y + 30, a.name, rng, radius=mm(19))
    else:
        hand(last, last.width - mm(50), y - 8, a.name, rng, size=56, ink=INK)
        last.draw.ellipse((last.width - mm(30), y + 30, last.width - mm(30) + 30, y + 70), fill=(190, 40, 45))
    last.text(last.width - mm(90), y + 110, num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), f)
    run.sheets = _dash_free(run.sheets)
    return mark(run.sheets, "plain")


def _dash_free(sheets: list[Sheet]) -> list[Sheet]:
    """The lawyer's Word pages: "第 n 页 共 m 页" at the lower left."""
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.text(mm(27), s.height - mm(16), f"第 {i} 页 共 {n} 页", font("song_gb", 28))
            if i > 1:
                s.page_of = (i, n)
    return sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's printed 授权委托书 form, blanks filled in ballpoint."""
    a = c.applicant
    s = Sheet()
    s.text(mm(24), mm(14), c.firm, font("wenkai", 34), fill=(150, 30, 36))
    s.centred(TOP + 20, "授 权 委 托 书", font("song_gb", 70), spacing=8)
    w = s.width - mm(48)
    rows = [["委托人", ""], ["住所／住址", ""], ["受托人", ""], ["工作单位", c.firm], ["案　由", ""], ["代理权限", ""],
            ["委托期限", "自签署之日起至本案执行程序终结时止"]]
    boxes = cells(s, mm(24), TOP + 150, [mm(38), w - mm(38)], rows, font("song_gb", 38),
                  heights=[mm(16), mm(20), mm(16), mm(16), mm(20), mm(46), mm(16)])
    fills = [a.name + (f"（法定代表人{a.legal_rep}）" if a.kind == "organisation" else ""), a.address, f"{c.agent}　律师",
             "", f"与{c.respondent.name}{c.extra['cause']}执行一案",
             "特别授权：代为申请执行、提供财产线索、申请强制措施、参加和解、代收执行款、签收法律文书、申请终本及恢复执行"]
    for text, b in zip(fills, boxes, strict=False):
        if text:
            gel(s, b[1][0] + mm(4), b[1][1] + mm(3.5), text, rng, size=38, per_line=24, lead=mm(7.2), ink=BALL)
    y = boxes[-1][0][3] + mm(22)
    f = font("song_gb", 40)
    s.text(mm(30), y, "委托人（签章）：", f)
    s.text(s.width - mm(100), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, mm(100), y + 60, a.name, rng, radius=mm(19))
    else:
        hand(s, mm(86), y - 6, a.name, rng, size=54, ink=INK)
    hand(s, s.width - mm(70), y - 6, c.agent, rng, size=54, ink=INK)
    hand(s, s.width - mm(100), y + mm(24), num_date(c.filed_on - timedelta(days=rng.randint(3, 6))), rng, size=42, ink=BALL)
    return mark([s], "plain")


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (190, 30, 38)
    s.centred(TOP - 24, c.firm, font("wenkai_bold", 78), fill=red, spacing=6)
    s.line(mm(20), TOP + 82, s.width - mm(20), TOP + 82, width=3, fill=red)
    s.right(s.width - mm(26), TOP + 104, f"陕秦律函字〔{c.filed_on.year}〕第{rng.randint(12, 240)}号", font("wenkai", 36))
    s.centred(TOP + 200, "律 师 事 务 所 函", font("serif_bold", 60), spacing=6)
    run = Flow(TOP + 320, first=s, left=mm(26), right=mm(26))
    f = font("wenkai", 42)
    run.para(f"{COURT}执行局：", f, lead=76)
    run.para(f"本所依法接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
             "委托代理人，参与执行程序。请予接洽。", f, lead=76, indent=f.size * 2)
    run.para(f"律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", font("wenkai", 36), lead=62)
    run.para(f"地址：{c.extra['firm_addr']}", font("wenkai", 36), lead=62)
    y = run.y + 130
    s.right(s.width - mm(30), y, num_date(c.filed_on - timedelta(days=rng.randint(2, 4))), f)
    seal(s, s.width - mm(58), y - 10, c.firm, rng, radius=mm(20))
    return mark([s], "plain")


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 photocopied open on the copier's glass: two grey leaves, a dark photo square, the copier's grey."""
    s = Sheet()
    x0, y0, lw, lh = mm(20), mm(36), mm(82), mm(114)
    s.draw.rectangle((x0 - mm(4), y0 - mm(4), x0 + 2 * lw + mm(10), y0 + lh + mm(4)), fill=(205, 205, 205))
    for k in range(2):
        x = x0 + k * (lw + mm(6))
        s.draw.rectangle((x, y0, x + lw, y0 + lh), fill=(236, 236, 236), outline=(90, 90, 90), width=3)
    f = font("serif", 32)
    s.draw.rectangle((x0 + mm(24), y0 + mm(14), x0 + mm(58), y0 + mm(58)), fill=(95, 95, 95))
    s.centred(y0 + mm(66), f"持证人：{c.agent}", f, x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(78), "中华人民共和国司法部监制", font("serif", 26), x0=x0, x1=x0 + lw)
    xr = x0 + lw + mm(6)
    s.centred(y0 + mm(8), "律师执业证", font("serif_bold", 48), x0=xr, x1=xr + lw)
    born = rng.randint(1978, 1992)
    for k, line in enumerate([f"执业机构：{c.firm}", "执业证类别：专职律师", f"执业证号：{c.extra['licence']}",
                              f"法律职业资格证号：A2012{rng.randint(61000000, 61099999)}", f"性别：{rng.choice('男女')}",
                              f"身份证号：6101{rng.randint(10, 99)}{born}****{rng.randint(1000, 9999)}",
                              "发证机关：陕西省司法厅", f"发证日期：{2012 + rng.randint(0, 8)}年{rng.randint(1, 12)}月"]):
        s.text(xr + mm(6), y0 + mm(26) + k * mm(10), line, font("serif", 26))
    seal(s, xr + lw - mm(22), y0 + lh - mm(22), "陕西省司法厅", rng, radius=mm(15))
    s.text(mm(24), y0 + lh + mm(20), "本复印件与原件一致", font("kai", 40))
    hand(s, mm(100), y0 + lh + mm(18), c.agent, rng, size=48, ink=INK)
    return mark([s], "plain")


# ---- photographs: papers and cards on a table, printed in halftone ---------------------------------------------------

def table_photo(s: Sheet, box: tuple[int, int, int, int], paper: tuple[int, int], draw: Callable[[Sheet], None],
                rng: random.Random) -> None:
    """A phone photo of a paper lying on a wooden table, pasted into `box` of the page. The paper (drawn by `draw` on
    a sheet of size `paper`) is tilted in perspective, lit unevenly, its corner shadow on the wood; its text is
    recorded on the page."""
    inner = Sheet(size=paper)
    draw(inner)
    s.lines.extend(inner.lines)
    x0, y0, x1, y1 = box
    bw, bh = x1 - x0, y1 - y0
    gen = np.random.default_rng(rng.randint(0, 2**31))
    yy, xx = np.mgrid[0:bh, 0:bw].astype(np.float32)
    grain = np.sin(yy / bh * rng.uniform(25, 45) + np.sin(xx / bw * 6.0) * 2.2) * 10
    wood: Any = np.stack([150 + grain, 104 + grain * 0.8, 66 + grain * 0.6], axis=-1)
    wood += gen.normal(0, 5, (bh, bw, 1))
    scale = min(bw * 0.86 / paper[0], bh * 0.86 / paper[1])
    pw, ph = paper[0] * scale, paper[1] * scale
    cx, cy = bw / 2 + rng.uniform(-0.03, 0.03) * bw, bh / 2 + rng.uniform(-0.03, 0.03) * bh
    j = 0.05
    dst = np.array([[cx - pw / 2 + rng.uniform(-j, j) * pw, cy - ph / 2 + rng.uniform(-j, j) * ph],
                    [cx + pw / 2 + rng.uniform(-j, j) * pw, cy - ph / 2 + rng.uniform(-j, j) * ph],
                    [cx + pw / 2 + rng.uniform(-j, j) * pw, cy + ph / 2 + rng.uniform(-j, j) * ph],
                    [cx - pw / 2 + rng.uniform(-j, j) * pw, cy + ph / 2 + rng.uniform(-j, j) * ph]], np.float32)
    src = np.array([[0, 0], [paper[0], 0], [paper[0], paper[1]], [0, paper[1]]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    img: Any = np.asarray(inner.image.convert("RGB"), dtype=np.float32)
    warped = cv2.warpPerspective(img, m, (bw, bh), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones(paper[::-1], np.float32), m, (bw, bh))
    shadow = cv2.GaussianBlur(cv2.warpPerspective(np.ones(paper[::-1], np.float32), m, (bw, bh),
                                                  borderValue=0), (0, 0), 14)
    shadow = np.roll(shadow, (12, 10), axis=(0, 1))
    wood *= (1 - 0.45 * shadow)[..., None]
    out = warped * mask[..., None] + wood * (1 - mask[..., None])
    light = 1.0 - 0.22 * (((xx - bw * rng.uniform(0.2, 0.8)) / bw) ** 2 + ((yy - bh * rng.uniform(0.1, 0.5)) / bh) ** 2)
    out = out * light[..., None] * rng.uniform(0.82, 0.92) + gen.normal(0, 3, (bh, bw, 1))
    s.image.paste(Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB"), (x0, y0))


def _id_photo(p: Party, rng: random.Random) -> list[Sheet]:
    """The ID card's two sides photographed on a table and printed on one sheet, captioned by the window clerk."""
    s = Sheet()
    s.centred(mm(16), "身份证（正反面）", font("sans", 40))
    born = p.born or date(1980, 1, 1)
    cw, ch = mm(128), mm(81)

    def front(inner: Sheet) -> None:
        inner.draw.rectangle((0, 0, cw, ch), fill=(226, 232, 236))
        f = font("hei", 34)
        for k, (label, value) in enumerate([("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                                            ("出生", f"{born.year}　年　{born.month}　月　{born.day}　日")]):
            inner.text(mm(8), mm(10) + k * mm(11), label, font("hei", 28), fill=(60, 90, 130))
            inner.text(mm(24), mm(9) + k * mm(11), value, f)
        inner.text(mm(8), mm(44), "住址", font("hei", 28), fill=(60, 90, 130))
        for k, part in enumerate(wrap(p.address, f, mm(66))):
            inner.text(mm(24), mm(43) + k * mm(7), part, f)
        inner.text(mm(8), mm(70), "公民身份号码", font("hei", 28), fill=(60, 90, 130))
        inner.text(mm(42), mm(69), p.id_number, font("sans_bold", 40))
        inner.draw.rectangle((mm(92), mm(10), mm(122), mm(50)), fill=(120, 120, 125))

    def back(inner: Sheet) -> None:
        inner.draw.rectangle((0, 0, cw, ch), fill=(230, 234, 230))
        inner.text(mm(40), mm(14), "中华人民共和国", font("hei", 44))
        inner.text(mm(40), mm(28), "居民身份证", font("hei", 64))
        inner.draw.ellipse((mm(8), mm(8), mm(32), mm(32)), outline=(180, 40, 40), width=6)
        inner.text(mm(10), mm(58), f"签发机关　西安市公安局{'碑林' if p.id_number.startswith('610103') else '雁塔'}分局",
                   font("hei", 30))
        inner.text(mm(10), mm(68), f"有效期限　{born.year + 38}.{born.month:02d}.{born.day:02d}-长期", font("hei", 30))

    table_photo(s, (mm(22), mm(30), s.width - mm(22), mm(152)), (cw, ch), front, rng)
    table_photo(s, (mm(22), mm(158), s.width - mm(22), mm(280)), (cw, ch), back, rng)
    return mark([s], "photo")


def _licence_photo(p: Party, rng: random.Random) -> list[Sheet]:
    """The business licence's copy (副本) photographed on a table."""
    s = Sheet()
    pw, ph = mm(150), mm(106)

    def licence(inner: Sheet) -> None:
        inner.draw.rectangle((0, 0, pw, ph), fill=(244, 238, 226))
        inner.draw.rectangle((mm(4), mm(4), pw - mm(4), ph - mm(4)), outline=(170, 120, 60), width=8)
        inner.centred(mm(10), "营 业 执 照", font("serif_bold", 70), fill=(180, 30, 30))
        inner.centred(mm(24), "（副　本）", font("serif", 32))
        f = font("serif", 30)
        for k, line in enumerate([f"统一社会信用代码　{p.id_number}", f"名　　称　{p.name}", "类　　型　有限责任公司（自然人投资或控股）",
                                  f"法定代表人　{p.legal_rep}", f"住　　所　{p.address}",
                                  f"成立日期　{rng.randint(2009, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]):
            inner.text(mm(12), mm(36) + k * mm(9), line, f)
        inner.draw.rectangle((pw - mm(30), mm(36), pw - mm(12), mm(54)), fill=(40, 40, 40))
        seal(inner, pw - mm(40), ph - mm(22), "西安市市场监督管理局", rng, radius=mm(14))

    table_photo(s, (mm(16), mm(36), s.width - mm(16), mm(210)), (pw, ph), licence, rng)
    hand(s, mm(30), mm(226), "与原件核对一致", rng, size=46, ink=BALL)
    return mark([s], "photo")


# ---- phone screenshots ----------------------------------------------------------------------------------------------

def phone(s: Sheet, x: int, y: int, w: int, h: int, rng: random.Random, *, title: str,
          items: Sequence[tuple[str, str]], dark: bool = True, clock: str = "") -> None:
    """A phone screenshot pasted at (x, y) of the page, w×h: status bar, navigation bar, then the items — ("t", a time
    stamp), ("l", a bubble from the other side), ("r", a bubble from the owner), ("k", label, value rows as "a|b"),
    ("big", a headline figure) — dark mode (light text on black) or light."""
    bg, bar, fg, dim = ((16, 16, 16), (28, 28, 28), (226, 226, 226), (140, 140, 140)) if dark else \
        ((237, 237, 237), (247, 247, 247), (20, 20, 20), (130, 130, 130))
    left, right = ((46, 46, 48), (52, 128, 78)) if dark else ((255, 255, 255), (149, 236, 105))
    d = s.draw
    d.rectangle((x, y, x + w, y + h), fill=bg)
    fs = font("sans", 26)
    s.text(x + 20, y + 10, clock or f"{rng.randint(8, 22)}:{rng.randint(10, 59)}", font("sans_bold", 28), fill=fg)
    s.text(x + w - 170, y + 10, "5G", fs, fill=fg, record=False)
    for k in range(4):
        d.rectangle((x + w - 210 + k * 9, y + 34 - k * 6, x + w - 204 + k * 9, y + 36), fill=fg)
    d.rectangle((x + w - 110, y + 14, x + w - 50, y + 38), outline=fg, width=2)
    d.rectangle((x + w - 106, y + 18, x + w - 106 + rng.randint(15, 52), y + 34), fill=fg)
    s.text(x + w - 44, y + 12, f"{rng.randint(20, 98)}", font("sans", 22), fill=fg, record=False)
    d.rectangle((x, y + 52, x + w, y + 130), fill=bar)
    s.text(x + 18, y + 64, "‹", font("sans", 48), fill=fg, record=False)
    s.centred(y + 72, title, font("sans_bold", 34), fill=fg, x0=x, x1=x + w)
    s.text(x + w - 60, y + 66, "···", font("sans_bold", 34), fill=fg, record=False)
    cy = y + 156
    fb = font("sans", 30)
    for kind, text in items:
        if cy > y + h - 140:
            break
        if kind == "t":
            s.centred(cy, text, font("sans", 24), fill=dim, x0=x, x1=x + w)
            cy += 50
        elif kind in ("l", "r"):
            parts = wrap(text, fb, w * 0.58)
            bw = max(text_width(pt, fb) for pt in parts) + 36
            bh = len(parts) * 42 + 26
            av = 56
            bx: float
            if kind == "l":
                d.rectangle((x + 16, cy, x + 16 + av, cy + av), fill=(110, 110, 110) if dark else (170, 190, 210))
                bx = x + 16 + av + 16
            else:
                d.rectangle((x + w - 16 - av, cy, x + w - 16, cy + av), fill=(150, 150, 150) if dark else (200, 170, 140))
                bx = x + w - 16 - av - 16 - bw
            d.rounded_rectangle((bx, cy, bx + bw, cy + bh), radius=10, fill=left if kind == "l" else right)
            for k, pt in enumerate(parts):
                s.text(bx + 18, cy + 12 + k * 42, pt, fb, fill=fg if (dark or kind == "l") else (10, 10, 10))
            cy += max(bh, av) + 28
        elif kind == "big":
            s.centred(cy + 10, text, font("sans_bold", 64), fill=fg, x0=x, x1=x + w)
            cy += 120
        else:
            label, value = text.split("|")
            s.text(x + 30, cy, label, fs, fill=dim)
            s.right(x + w - 30, cy, value, fs, fill=fg)
            d.line((x + 30, cy + 50, x + w - 30, cy + 50), fill=bar, width=2)
            cy += 64
    d.rectangle((x, y + h - 96, x + w, y + h), fill=bar)
    d.rounded_rectangle((x + 80, y + h - 76, x + w - 150, y + h - 22), radius=8, fill=bg)
    d.rectangle((x + w / 2 - 70, y + h - 10, x + w / 2 + 70, y + h - 4), fill=fg)


def _fee_screen(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lender paid the 申请执行费 with his phone: a dark-mode screenshot of 陕西非税 payment success, printed."""
    s = Sheet()
    s.text(mm(22), mm(14), "申请执行费缴纳凭证（手机截图打印）", font("sans", 34))
    paid = c.filed_on + timedelta(days=rng.randint(1, 3))
    phone(s, mm(40), mm(28), mm(130), mm(250), rng, title="缴费详情", clock=f"{rng.randint(9, 17)}:{rng.randint(10, 59)}",
          items=[("big", f"-{c.extra['fee']:,.2f}"), ("t", "支付成功"),
                 ("k", "缴款项目|申请执行费"), ("k", f"执收单位|{COURT[6:]}"), ("k", f"缴款人|{c.applicant.name}"),
                 ("k", f"缴款码|6101{rng.randint(10**13, 10**14 - 1)}"), ("k", f"支付时间|{paid:%Y-%m-%d} 10:{rng.randint(10, 59)}"),
                 ("k", "支付方式|储蓄卡"), ("k", f"案号|{c.number}")])
    return mark([s], "screen")


def _fee_bill(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """陕西省非税收入电子票据, printed by the payer from the platform's PDF: a thin-ruled table and a QR block."""
    s = Sheet()
    red = (170, 40, 40)
    s.centred(mm(20), "陕西省非税收入统一票据（电子）", font("serif_bold", 52), fill=red)
    f = font("sans", 28)
    s.text(mm(20), mm(36), f"票据代码：61060124　　票据号码：{rng.randint(10**9, 10**10 - 1)}", f)
    s.text(mm(20), mm(42), f"交款人：{c.applicant.name}　　开票日期：{c.filed_on + timedelta(days=2):%Y-%m-%d}", f)
    w = s.width - mm(40)
    cells(s, mm(20), mm(50), [mm(16), mm(72), mm(30), w - mm(118)],
          [["序号", "项目名称", "数量", "金额（元）"], ["1", "申请执行费", "1", f"{c.extra['fee']:,.2f}"],
           ["", "", "", ""], ["金额合计（大写）", money_caps(c.extra["fee"]), "（小写）", f"{c.extra['fee']:,.2f}"],
           ["备注", f"{c.number}"]], f, heights=mm(11), line_w=1, ink=red, centre=(0, 2))
    s.text(mm(20), mm(112), f"执收单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：财政代收", f)
    g = np.random.default_rng(rng.randint(0, 9999)).random((21, 21)) > 0.5
    q0 = s.width - mm(52)
    for i in range(21):
        for k in range(21):
            if g[i, k] or (i < 6 and k < 6):
                s.draw.rectangle((q0 + k * 12, mm(60) + i * 12, q0 + k * 12 + 11, mm(60) + i * 12 + 11), fill=INK)
    seal(s, mm(100), mm(104), "陕西省财政厅", rng, radius=mm(15), inner="票据监制章")
    return mark([s], "plain")


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bureau's printed 财产线索提供表 (toner-save), filled in ballpoint; behind it what the applicant brought to
    show the clue: photos of the 送货单, of the lease contract's account page, or the borrower's WeChat in screenshots."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    y = form_head(s, "被执行人财产线索提供表")
    w = s.width - LEFT - RIGHT
    t = c.extra["tale"]
    if t == "flour":
        clue = f"被执行人基本户：{c.extra['r_bank']}{c.extra['r_acct']}；门店收银系统（美团、微信收款）"
    elif t == "rent":
        clue = f"被执行人交租用的银行卡：{c.extra['r_bank']}{c.extra['r_acct']}（见租赁合同付款页）"
    else:
        clue = "被执行人朋友圈显示有一辆黑色轿车（见微信截图），车牌不详；曾在康复路经营服装"
    rows = [("案　号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("住所／经常居住地", r.address),
            ("财产线索", clue), ("线索来源及证据", "附照片／截图一页")]
    boxes = cells(s, LEFT, y, [mm(46), w - mm(46)], [[k, ""] for k, _ in rows], font("serif", 36),
                  heights=[mm(24) if len(v) > 20 else mm(15) for _, v in rows])
    for (_k, v), b in zip(rows, boxes, strict=True):
        gel(s, b[1][0] + mm(4), b[1][1] + mm(3.5), v, rng, size=38, per_line=22, lead=mm(7.4), ink=BALL)
    yy = boxes[-1][0][3] + 40
    s.text(LEFT, yy, "申请执行人应如实提供财产线索，提供虚假线索的，依法承担相应责任。", font("serif", 32))
    s.text(s.width - RIGHT - mm(110), yy + 90, "申请执行人（签名）：", font("serif", 36))
    gel(s, s.width - RIGHT - mm(38), yy + 80, a.legal_rep if a.kind == "organisation" else a.name, rng, size=50, ink=BALL)
    gel(s, s.width - RIGHT - mm(70), yy + 170, num_date(c.filed_on), rng, size=40, ink=BALL)
    first = mark([s], "court")
    att = Sheet()
    att.text(mm(20), mm(12), f"附：财产线索证据（{c.number}）", font("sans", 32))
    if t == "loan":
        phone(att, mm(14), mm(24), mm(88), mm(196), rng, title=r.name, items=[
            ("t", "2023年8月12日 21:07"), ("r", "借我的钱什么时候还？已经拖了一年多了"),
            ("l", "最近手头紧，再宽限几天"), ("l", "下个月一定还你"), ("t", "2023年10月3日 09:15"),
            ("r", "你朋友圈天天开车出去玩，说没钱？"), ("l", "车是朋友的"), ("r", "法院判了你也不还，我只能申请执行了")])
        phone(att, mm(108), mm(24), mm(88), mm(196), rng, title="朋友圈", dark=rng.random() < 0.7, items=[
            ("t", "2023年9月30日"), ("l", "国庆自驾走起，秦岭！"), ("t", "2023年11月2日"), ("l", "今晚回民街，兄弟们聚一聚")])
        att.text(mm(20), mm(232), "说明：以上为申请执行人与被执行人的微信聊天记录及被执行人朋友圈截图。", font("sans", 30))
        kind = "screen"
    else:
        pw, ph = (mm(150), mm(200)) if t == "rent" else (mm(170), mm(120))

        def paper(inner: Sheet) -> None:
            if t == "rent":
                inner.centred(mm(12), "商铺租赁及物业服务合同", font("song_gb", 44))
                lines = [f"出租方（甲方）：{a.name}", f"承租方（乙方）：{r.name}", f"第三条　租赁商铺：{c.extra['shop']}",
                         "第五条　租金每季度缴纳，物业费按月每平方米计收；", f"乙方付款账户：{c.extra['r_bank']}",
                         f"账号：{c.extra['r_acct']}", "第九条　乙方逾期付款的，每日按欠款的万分之五支付违约金。",
                         "甲方（盖章）　　　　　　乙方（签字）："]
                for k, ln in enumerate(lines):
                    inner.text(mm(12), mm(32) + k * mm(17), ln, font("song_gb", 34))
                hand(inner, mm(108), mm(32) + 7 * mm(17) - 6, r.name, rng, size=44, ink=INK)
                seal(inner, mm(50), mm(32) + 7 * mm(17) + 10, a.name, rng, radius=mm(16))
            else:
                inner.centred(mm(8), f"{a.name}　送货单", font("song_gb", 42))
                rows2 = [["日期", "品名", "数量（袋）", "金额", "收货人"]]
                for k in range(6):
                    n = rng.randint(60, 160)
                    rows2.append([f"2023.{k + 1}.{rng.randint(2, 27)}", rng.choice(["雪花粉", "高筋粉", "饺子粉"]), str(n),
                                  f"{n * 110:,}", ""])
                boxes2 = cells(inner, mm(8), mm(22), [mm(30), mm(34), mm(30), mm(34), mm(30)], rows2, font("song_gb", 30),
                               heights=mm(12), centre=(0, 1, 2, 3, 4))
                for row in boxes2[1:]:
                    hand(inner, row[4][0] + mm(4), row[4][1] + mm(2), person_name(rng), rng, size=32, ink=BALL)
        table_photo(att, (mm(14), mm(26), att.width - mm(14), mm(260)), (pw, ph), paper, rng)
        kind = "photo"
    att.page_of = (2, 2)
    return [*first, *mark([att], kind)]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bureau's printed forms (toner-save), filled in by the parties in ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    signer: str
    if code == "payment_account_confirmation":
        y = form_head(s, "申请执行人收取案款确认书")
        rows = [("案　号", c.number), ("申请执行人", a.name), ("账户名称", a.name), ("开户银行", c.extra["in_bank"]),
                ("账　号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为收取本案执行款的唯一账户。因账户信息错误导致款项无法到账或错付的，责任自负。"
        signer, day = (a.legal_rep if a.kind == "organisation" else a.name), c.filed_on
    elif code == "service_address_confirmation":
        y = form_head(s, "送达地址确认书")
        rows = [("案　号", c.number), ("受送达人", a.name), ("送达地址", c.extra["firm_addr"] + f"（{c.agent}律师收）"),
                ("收件人及电话", f"{c.agent}　{c.agent_phone}"), ("电子送达", f"同意，手机号{c.agent_phone}"),
                ("邮政编码", "710001")]
        note = ("受送达人确认的送达地址适用于执行程序。地址变更未及时告知本院，导致文书未能被实际接收的，文书退回之日视为送达之日。")
        signer, day = c.agent, c.filed_on
    else:
        y = form_head(s, "被执行人财产申报表")
        t = c.extra["tale"]
        rows = [("案　号", c.number), ("申报人", r.name),
                ("银行存款", {"flour": f"{c.extra['r_bank']}基本户，余额约三千元", "rent": f"{c.extra['r_bank']}，约数万元",
                              "loan": "无"}[t]),
                ("房产、车辆", "无"), ("收入情况", {"flour": "门店营业收入", "rent": "店已关，无固定收入", "loan": "打零工，无固定收入"}[t]),
                ("其他财产", "无")]
        note = "申报人保证以上申报内容真实、完整；如有隐瞒、虚假，愿承担法律责任。"
        signer, day = (r.legal_rep if r.kind == "organisation" else r.name), d
    boxes = cells(s, LEFT, y, [mm(42), w - mm(42)], [[k, ""] for k, _ in rows], font("serif", 36),
                  heights=[mm(22) if len(v) > 20 else mm(15) for _, v in rows])
    for (_k, v), b in zip(rows, boxes, strict=True):
        gel(s, b[1][0] + mm(4), b[1][1] + mm(3.5), v, rng, size=38, per_line=22, lead=mm(7.4), ink=BALL)
    run = Flow(boxes[-1][0][3] + 40, first=s)
    run.para(note, font("serif", 32), lead=52, indent=64)
    yy = run.y + 60
    s.text(s.width - RIGHT - mm(110), yy, "确认人（签名）：", font("serif", 36))
    gel(s, s.width - RIGHT - mm(50), yy - 8, signer, rng, size=50, ink=BALL)
    gel(s, s.width - RIGHT - mm(70), yy + 80, num_date(day), rng, size=40, ink=BALL)
    return mark([s], "court")


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The case money's proof: for the flour mill its own typed 收款确认书 with the bank app's dark-mode arrival notice
    printed behind it; for the property company the bureau's 执行款发放单 signed for by its cashier."""
    a = c.applicant
    out: date = c.extra["paid_out"]
    if c.extra["tale"] == "flour":
        s = Sheet()
        s.centred(TOP + 10, "收 款 确 认 书", font("song_gb", 68), spacing=6)
        run = Flow(TOP + 160, first=s, left=mm(28), right=mm(28))
        f = font("song_gb", 42)
        run.para(f"{COURT}执行局：", f, lead=76)
        run.para(f"贵院执行的{c.number}申请执行人{a.name}与被执行人{c.respondent.name}买卖合同纠纷一案，我公司已于{num_date(out)}"
                 f"收到贵院发放的执行款{money(c.amount)}，汇入我公司{c.extra['in_bank']}账户（尾号{c.extra['in_acct'][-4:]}）。"
                 "本案支付令确定的债权已全部实现，我公司对本案执行完毕无异议。", f, lead=76, indent=f.size * 2)
        run.para("特此确认。（附：银行到账截图）", f, lead=76, indent=f.size * 2)
        y = run.y + 100
        s.text(s.width - mm(120), y, f"确认人：{a.name}", font("song_gb", 38))
        seal(s, s.width - mm(60), y + 40, a.name, rng, radius=mm(19))
        s.text(s.width - mm(90), y + 130, num_date(out + timedelta(days=1)), f)
        att = Sheet()
        phone(att, mm(45), mm(20), mm(120), mm(240), rng, title="动账通知", dark=True, clock="15:32", items=[
            ("t", f"{out:%m月%d日} 15:28"), ("big", f"+{c.amount:,.2f}"), ("t", "入账成功"),
            ("k", f"收款账户|{c.extra['in_bank'][:4]}(尾号{c.extra['in_acct'][-4:]})"),
            ("k", f"对方户名|{COURT[6:]}"), ("k", "对方账户|执行款专户"), ("k", f"交易时间|{out:%Y-%m-%d} 15:28:06"),
            ("k", f"摘要|{c.number}案款"), ("k", f"余额|{c.amount * Decimal('1.37'):,.2f}")])
        att.page_of = (2, 2)
        return [*mark([s], "plain"), *mark([att], "screen")]
    s = Sheet()
    y = form_head(s, "执行案款发放单")
    w = s.width - LEFT - RIGHT
    rows = [["案　号", c.number, "发放日期", num_date(out)], ["收款人", a.name], ["开户行", c.extra["in_bank"]],
            ["账　号", c.extra["in_acct"]], ["发放金额", money(c.amount)],
            ["款项来源", f"{num_date(c.extra['paid_in'])}扣划被执行人{c.respondent.name}{c.extra['r_bank']}存款"],
            ["承办人", "", "财务审核", ""], ["收款人签收", ""]]
    boxes = cells(s, LEFT, y, [mm(34), mm(70), mm(28), w - mm(132)], rows, font("serif", 34),
                  heights=[mm(15)] * 4 + [mm(22), mm(22), mm(18), mm(32)], centre=(0, 2))
    gel(s, boxes[6][1][0] + mm(6), boxes[6][1][1] + mm(3), c.officer, rng, size=42)
    gel(s, boxes[6][3][0] + mm(6), boxes[6][3][1] + mm(3), person_name(rng), rng, size=42)
    gel(s, boxes[7][1][0] + mm(6), boxes[7][1][1] + mm(5), f"款已收到。{a.name}　{person_name(rng)}", rng, size=42,
        ink=BALL)
    seal(s, boxes[7][1][2] - mm(40), boxes[7][1][1] + mm(16), a.name, rng, radius=mm(18))
    return mark([s], "court")
