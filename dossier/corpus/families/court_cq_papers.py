"""The papers other hands brought to the 麒麟区 court: 曲靖中院's 二审 judgment, 曲靖仲裁委员会's award and its
生效证明, this court's own 民庭 调解书, the lawyers' application, 委托书 and 所函, ID and licence copies, the 云南
非税收入 receipt and the parties' forms."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, num_date, person_name
from dossier.corpus.draw import Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_cq_kit import (
    ARB,
    COURT,
    LEFT,
    MID,
    RIGHT,
    TOP,
    copy_mark,
    facts,
    footers,
    page,
    song,
    story,
)
from dossier.corpus.fonts import font

PAPERS = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation",
})


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return {"coal": _appeal, "leaf": _award, "wage": _mediation}[story(c)](c, rng)
    if code == "identity_proof":
        who = c.respondent if served == ["respondent"] else c.applicant
        return [_licence(who, c, rng) if who.kind == "organisation" else _id_copy(who, c, rng)]
    return [{"enforcement_application": _application, "effectiveness_certificate": _certificate,
             "property_clue_form": _clues, "fee_receipt": _fee_receipt, "power_of_attorney": _proxy,
             "law_firm_letter": _firm_letter, "lawyer_license": _lawyer_card,
             "payment_account_confirmation": _account, "service_address_confirmation": _address}[code](c, rng)]


def _runs(rng: random.Random, sheets: list[Sheet], blocks: list[tuple[str, str]], y: float, *, role: str,
          size: int, left: float = LEFT, right: float = RIGHT) -> float:
    f = font(role, size)

    def more() -> tuple[Sheet, float]:
        n = page(rng)
        sheets.append(n)
        return n, TOP

    return flow(sheets[-1], blocks, f, x0=left, width=right - left, y=y, line_height=size * 1.8, indent=size * 2,
                bottom=mm(262), more=more)


def _judged(c: CaseCtx) -> str:
    return num_date(c.basis_effective - timedelta(days=16))


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """曲靖中院's 二审 judgment: serif, 审判长 bench, 第n页共m页 footers; the copy sent down with the file."""
    s = page(rng)
    s.centred(TOP, MID, font("serif", 54), spacing=6)
    s.centred(TOP + 90, "民 事 判 决 书", font("serif_bold", 74), spacing=16)
    s.right(RIGHT, TOP + 200, c.basis_number, font("serif", 40))
    qj = facts(c)
    a, r = c.applicant, c.respondent
    blocks = [("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
              ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司执行董事。"),
              ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
              ("p", f"上诉人{r.name}因与被上诉人{a.name}运输合同纠纷一案，不服云南省曲靖市麒麟区人民法院{qj['first']}"
                    "民事判决，向本院提起上诉。本院依法组成合议庭审理了本案。本案现已审理终结。"),
              ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：涉案煤炭在运输途中的亏吨"
                    "系装车计量误差所致，上诉人不应承担赔偿责任。"),
              ("p", f"{a.name}辩称：双方签订的《煤炭公路运输合同》约定承运人按装车磅单数量交付，亏吨超过千分之五的部分"
                    "由承运人按到厂价赔偿，一审判决正确，请求维持。"),
              ("p", "本院经审理查明的事实与一审查明的事实一致，本院予以确认。"),
              ("p", "本院认为，上诉人作为承运人，对运输过程中货物的毁损、灭失承担赔偿责任，其未举证证明亏吨系不可抗力、"
                    "货物本身的自然性质或者合理损耗所致，其上诉理由不能成立。一审判决认定事实清楚，适用法律正确，应予维持。"
                    "依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项之规定，判决如下："),
              ("p", "驳回上诉，维持原判。"),
              ("p", f"一审判决主文：{r.name}于判决生效之日起十日内赔偿{a.name}货物损失及运费差额{money(c.amount)}。"),
              ("p", "二审案件受理费由上诉人负担。"), ("p", "本判决为终审判决。")]
    sheets = [s]
    y = _runs(rng, sheets, blocks, TOP + 290, role="serif", size=40)
    last = sheets[-1]
    if y > mm(215):
        last = page(rng)
        sheets.append(last)
        y = TOP
    f = font("serif", 40)
    for i, (role, name) in enumerate([("审判长", person_name(rng)), ("审判员", person_name(rng)),
                                      ("审判员", person_name(rng))]):
        last.text(mm(120), y + 40 + i * 70, f"{role}　{name}", f)
    last.text(mm(120), y + 270, cn_date(c.basis_effective - timedelta(days=16)), f)
    seal(last, mm(150), y + 270, "云南省曲靖市中级人民法院", rng, radius=mm(21))
    last.text(mm(120), y + 350, f"书记员　{person_name(rng)}", f)
    footers(sheets, style="count")
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """曲靖仲裁委员会's award: hei title in a double rule, numbered findings, 本裁决为终局裁决."""
    s = page(rng)
    s.centred(TOP, ARB, font("hei", 56), spacing=12)
    s.line(LEFT, TOP + 84, RIGHT, TOP + 84, width=5)
    s.line(LEFT, TOP + 94, RIGHT, TOP + 94, width=2)
    s.centred(TOP + 130, "裁　决　书", font("hei", 70))
    s.right(RIGHT, TOP + 240, c.basis_number, font("sans", 38))
    a, r = c.applicant, c.respondent
    qj = facts(c)
    blocks = [("f", f"申请人：{a.name}，住所：{a.address}。法定代表人：{a.legal_rep}。"),
              ("f", f"被申请人：{r.name}，男，住{r.address}，公民身份号码{r.id_number}。"),
              ("p", f"本会根据申请人与被申请人签订的《密集烤房设备供货安装合同》中的仲裁条款，于{_judged(c)}前受理了双方"
                    "之间的买卖合同争议，依法组成仲裁庭，开庭审理了本案。被申请人经书面通知，无正当理由未到庭。"),
              ("p", "一、案情"),
              ("p", f"申请人向被申请人供应并安装电能（生物质）密集烤房设备{qj['ovens']}套，用于被申请人承包烟地的烟叶烘烤。"
                    "设备经烟站技术员验收合格投入使用，被申请人仅支付定金，余款经催收未付。"),
              ("p", "二、仲裁庭意见"),
              ("p", "合同合法有效。申请人已履行供货安装义务，被申请人应按约支付货款并承担逾期付款的违约责任。"),
              ("p", "三、裁决"),
              ("p", f"（一）被申请人{r.name}向申请人支付设备款及违约金共计{money(c.amount)}；"),
              ("p", "（二）本案仲裁费由被申请人承担；上述款项于本裁决书送达之日起十日内付清。"),
              ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
    sheets = [s]
    y = _runs(rng, sheets, blocks, TOP + 330, role="sans", size=38)
    last = sheets[-1]
    if y > mm(225):
        last = page(rng)
        sheets.append(last)
        y = TOP
    f = font("sans", 38)
    last.text(mm(125), y + 40, f"首席仲裁员　{person_name(rng)}", f)
    last.text(mm(125), y + 110, f"仲 裁 员　{person_name(rng)}", f)
    last.text(mm(125), y + 250, cn_date(c.basis_effective - timedelta(days=12)), f)
    seal(last, mm(152), y + 250, ARB, rng, radius=mm(21))
    for i, sh in enumerate(sheets, 1):
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
            sh.right(RIGHT, mm(283), f"{i}/{len(sheets)}", font("sans", 30))
    return sheets


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's own 民庭 调解书: the workers' wages, each share itemised."""
    s = page(rng)
    s.centred(TOP, COURT, song(52), spacing=4)
    s.centred(TOP + 84, "民 事 调 解 书", font("song_gb", 72))
    s.right(RIGHT, TOP + 190, c.basis_number, song(40))
    qj = facts(c)
    workers = qj["workers"]
    blocks: list[tuple[str, str]] = [("f", f"原告：{w}，农民工。") for w, _ in workers]
    blocks += [("f", f"被告：{c.respondent.name}，{qj['team']}负责人，住{c.respondent.address}。"),
               ("p", f"原告{'、'.join(w for w, _ in workers)}与被告{c.respondent.name}劳务合同纠纷一案，本院于立案后适用"
                     "简易程序，公开开庭进行了审理。"),
               ("p", f"经审理查明，原告等人受被告招用，在{qj['site']}从事钢筋、模板等劳务，工程完工后被告未结清工资。"),
               ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：")]
    for i, (w, amt) in enumerate(workers, 1):
        blocks.append(("p", f"{i}. 被告{c.respondent.name}支付原告{w}劳务工资{amt:,.2f}元；"))
    blocks += [("p", f"以上合计{money(c.amount)}，由被告于调解书签收之日起三十日内付清，执行时由原告{c.applicant.name}"
                     "统一收领。"),
               ("p", "案件受理费减半收取，由被告负担。上述协议，符合有关法律规定，本院予以确认。"),
               ("p", "本调解书经双方当事人签收后，即具有法律效力。")]
    sheets = [s]
    y = _runs(rng, sheets, blocks, TOP + 280, role="song_gb", size=40)
    last = sheets[-1]
    if y > mm(225):
        last = page(rng)
        sheets.append(last)
        y = TOP
    f = song(40)
    last.text(mm(125), y + 40, f"审判员　{person_name(rng)}", f)
    last.text(mm(125), y + 180, cn_date(c.basis_effective - timedelta(days=3)), font("serif", 40))
    seal(last, mm(152), y + 180, COURT, rng, radius=mm(21))
    last.text(mm(125), y + 260, f"书记员　{person_name(rng)}", f)
    copy_mark(last, y + 180)
    footers(sheets)
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    """曲靖仲裁委员会's 生效证明: a short letter on its letterhead."""
    s = page(rng)
    s.centred(TOP, ARB, font("hei", 58), spacing=10)
    s.line(LEFT, TOP + 86, RIGHT, TOP + 86, width=4)
    s.centred(TOP + 150, "裁决书生效证明", font("hei", 64))
    s.right(RIGHT, TOP + 260, f"曲仲证字〔{c.basis_effective.year}〕第{c.basis_number[-5:-1].lstrip('第')}号",
            font("sans", 36))
    blocks = [("f", f"{COURT}："),
              ("p", f"本会作出的{c.basis_number}裁决书（申请人{c.applicant.name}，被申请人{c.respondent.name}），已于"
                    f"{num_date(c.basis_effective)}送达双方当事人。该裁决为终局裁决，自作出之日起发生法律效力。"),
              ("p", "特此证明。")]
    y = flow(s, blocks, font("sans", 40), x0=LEFT, width=RIGHT - LEFT, y=TOP + 360, line_height=74, indent=80)
    s.text(mm(125), y + 120, ARB, font("sans", 40))
    s.text(mm(125), y + 200, cn_date(c.basis_effective + timedelta(days=3)), font("sans", 40))
    seal(s, mm(150), y + 170, ARB, rng, radius=mm(20))
    return s


def _application(c: CaseCtx, rng: random.Random) -> Sheet:
    """The lawyer's 强制执行申请书, typed in 仿宋-like song with bold headings."""
    s = page(rng)
    s.centred(TOP, "强制执行申请书", font("sans_bold", 64), spacing=6)
    a, r = c.applicant, c.respondent
    rid = f"统一社会信用代码：{r.id_number}" if r.kind == "organisation" else f"公民身份号码：{r.id_number}"
    aid = f"统一社会信用代码：{a.id_number}" if a.kind == "organisation" else f"公民身份号码：{a.id_number}"
    kind = {"coal": "民事判决", "leaf": "仲裁裁决", "wage": "民事调解书"}[story(c)]
    extra = ("（代其他工友" + "、".join(w for w, _ in facts(c)["workers"][1:]) + "一并申请）") if story(c) == "wage" else ""
    blocks = [("h", "申请人"), ("f", f"{a.name}{extra}，{aid}，住所（住址）：{a.address}，电话：{a.phone}。"),
              ("h", "被申请人"), ("f", f"{r.name}，{rid}，住所（住址）：{r.address}。"),
              ("h", "请求事项"),
              ("p", f"一、请求强制执行{c.basis_court}{c.basis_number}{kind}，责令被申请人支付{money(c.amount)}及迟延"
                    "履行期间加倍部分的债务利息；"),
              ("p", "二、对被申请人采取限制消费措施，并将其纳入失信被执行人名单；"),
              ("p", "三、执行费用由被申请人承担。"),
              ("h", "事实与理由"),
              ("p", f"申请人与被申请人纠纷一案，{c.basis_court}作出的{c.basis_number}{kind}已于"
                    f"{num_date(c.basis_effective)}发生法律效力。被申请人至今未履行，特依法申请强制执行。"),
              ("f", "此致"), ("f", COURT)]
    f = font("song_gb", 40)
    y: float = TOP + 120
    for kind_, text in blocks:
        if kind_ == "h":
            s.text(LEFT, y, text + "：", font("hei", 40))
            y += 72
            continue
        y = flow(s, [(kind_, text)], f, x0=LEFT, width=RIGHT - LEFT, y=y, line_height=70, indent=80)
    s.text(mm(110), y + 40, "申请人：", f)
    signature(s, mm(140), y + 30, a.legal_rep or a.name, rng)
    if a.kind == "organisation":
        seal(s, mm(155), y + 50, a.name, rng, radius=mm(19))
    s.text(mm(125), y + 140, num_date(c.filed_on - timedelta(days=2)), f)
    return s


def _clues(c: CaseCtx, rng: random.Random) -> Sheet:
    """被执行人财产线索表 filled by hand by the applicant's side."""
    s = page(rng)
    s.centred(TOP, "被执行人可供执行财产线索表", font("song_gb", 54))
    f = song(34)
    clue = {"coal": f"牵引车{facts(c).get('plate', '')}，常停物流园", "leaf": "种烤烟，烟站有交售款，不清楚卡号",
            "wage": f"{facts(c)['bank']}有账户，工程款打进去"}[story(c)]
    rows = [["被执行人", ""], ["财产类别", "财产线索（所在地、账号、车牌等）"], ["□存款", ""], ["□车辆", ""],
            ["□房产土地", ""], ["□其他", ""], ["提供人", ""]]
    table(s, LEFT, TOP + 110, [mm(40), RIGHT - LEFT - mm(40)], rows, f, row_h=[90, 90, 160, 160, 160, 160, 110])
    hand(s, LEFT + mm(44), TOP + 110 + 22, c.respondent.name, rng, size=40)
    row = {"coal": 3, "leaf": 5, "wage": 2}[story(c)]
    hand(s, LEFT + mm(44), TOP + 110 + 180 + (row - 2) * 160 + 50, clue, rng, size=38)
    hand(s, LEFT + 8, TOP + 110 + 180 + (row - 2) * 160 + 50, "√", rng, size=40, record=False)
    signature(s, LEFT + mm(48), TOP + 110 + 180 + 640 + 20, c.agent, rng)
    s.text(LEFT, mm(240), "注：申请人应如实提供财产线索，提供虚假线索的，自行承担相应责任。", song(30))
    return s


def _fee_receipt(c: CaseCtx, rng: random.Random) -> Sheet:
    """云南省 非税收入 统一票据 for the 原审 litigation fee: green-ruled slip, red serial number."""
    s = page(rng)
    green = (40, 120, 80)
    s.centred(TOP, "云南省非税收入统一票据", font("song_gb", 54), fill=green)
    s.text(LEFT, TOP + 90, f"票据代码：53010{rng.randint(100, 999)}", song(30), fill=green)
    s.right(RIGHT, TOP + 90, f"No {rng.randint(10 ** 9, 10 ** 10 - 1)}", font("sans", 34), fill=(190, 30, 30))
    fee = (c.amount * Decimal("0.012") + 50).quantize(Decimal("0.01"))
    rows = [["交款人", c.applicant.name if story(c) != "wage" else c.respondent.name],
            ["项目名称", "案件受理费（诉讼费）"], ["原审案号", c.basis_number], ["金额（小写）", f"{fee:,.2f}"],
            ["金额（大写）", money(fee).split("（大写：")[1].rstrip("）")], ["执收单位", c.basis_court]]
    table(s, LEFT, TOP + 160, [mm(40), RIGHT - LEFT - mm(40)], rows, song(34), row_h=90, fill=green)
    s.text(LEFT, TOP + 760, f"开票日期：{c.basis_effective - timedelta(days=60):%Y-%m-%d}　开票人：{person_name(rng)}",
           song(30), fill=green)
    seal(s, RIGHT - mm(30), TOP + 700, "非税收入票据专用章", rng, radius=mm(16))
    return s


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """Both sides of a resident ID card photocopied onto one sheet, 与原件核对一致 written under it."""
    s = page(rng)
    f = font("hei", 30)
    x0, y0, w, h = mm(45), mm(30), mm(120), mm(76)
    s.draw.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=30, outline=(90, 90, 90), width=3, fill=(232, 232, 228))
    born = p.born or c.filed_on
    for i, line in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　民族　汉",
                              f"出生　{born.year}年{born.month}月{born.day}日", f"住址　{p.address[:14]}",
                              f"　　　{p.address[14:]}"]):
        s.text(x0 + 40, y0 + 40 + i * 62, line, f)
    s.draw.rectangle((x0 + w - mm(36), y0 + 40, x0 + w - mm(8), y0 + mm(50)), fill=(180, 180, 176))
    s.text(x0 + 40, y0 + h - 70, f"公民身份号码　{p.id_number}", font("hei", 34))
    y1 = y0 + h + mm(14)
    s.draw.rounded_rectangle((x0, y1, x0 + w, y1 + h), radius=30, outline=(90, 90, 90), width=3, fill=(232, 232, 228))
    s.centred(y1 + 110, "中华人民共和国", font("hei", 54), x0=x0, x1=x0 + w)
    s.centred(y1 + 200, "居民身份证", font("hei", 64), spacing=10, x0=x0, x1=x0 + w)
    s.text(x0 + 60, y1 + h - 130, "签发机关　曲靖市公安局麒麟分局", f)
    s.text(x0 + 60, y1 + h - 76, f"有效期限　{born.year + 30}.06.12-长期", f)
    hand(s, mm(60), y1 + h + mm(16), "与原件核对一致", rng, size=46)
    signature(s, mm(130), y1 + h + mm(16), p.name, rng)
    return s


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """A business licence copy with the 法定代表人身份证明书 typed under it, sealed by the company."""
    s = page(rng)
    s.box(mm(22), mm(20), mm(188), mm(150), width=6, outline=(150, 110, 60))
    s.centred(mm(32), "营 业 执 照", font("song_gb", 74), fill=(120, 30, 30))
    s.centred(mm(48), "（副　本）", song(38))
    f = song(32)
    rows = [("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("经营范围", "道路普通货物运输；煤炭及制品销售；农业机械销售"),
            ("住　　所", p.address)]
    y = mm(60)
    for k, v in rows:
        s.text(mm(34), y, k, f)
        s.text(mm(80), y, v, f)
        y += 74
    s.text(mm(120), mm(138), "登记机关　曲靖市麒麟区市场监督管理局", font("song_gb", 26))
    s.centred(mm(165), "法定代表人身份证明书", font("hei", 50))
    blocks = [("p", f"{p.legal_rep}在我单位任执行董事兼总经理职务，系{p.name}的法定代表人。"), ("p", "特此证明。")]
    flow(s, blocks, song(38), x0=LEFT, width=RIGHT - LEFT, y=mm(182), line_height=70, indent=76)
    s.text(mm(120), mm(238), num_date(c.filed_on - timedelta(days=3)), song(38))
    seal(s, mm(150), mm(228), p.name, rng, radius=mm(19))
    hand(s, mm(40), mm(262), "此复印件与原件一致", rng, size=42)
    return s


def _proxy(c: CaseCtx, rng: random.Random) -> Sheet:
    s = page(rng)
    s.centred(TOP, "授 权 委 托 书", font("song_gb", 62), spacing=6)
    a = c.applicant
    blocks = [("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
              ("p", f"现委托上列受托人在我方申请执行{c.respondent.name}一案中，作为我方的委托代理人。"),
              ("p", "代理权限：特别授权，代为申请执行、提供财产线索、参加询问、签收法律文书、代为收取执行款、"
                    "申请终结本次执行程序。"),
              ("p", "委托期限：至本案执行终结之日止。")]
    y = flow(s, blocks, song(40), x0=LEFT, width=RIGHT - LEFT, y=TOP + 130, line_height=74, indent=80)
    s.text(mm(105), y + 60, "委托人（签章）：", song(40))
    signature(s, mm(150), y + 50, a.legal_rep or a.name, rng)
    if a.kind == "organisation":
        seal(s, mm(160), y + 70, a.name, rng, radius=mm(19))
    else:
        s.draw.ellipse((mm(172), y + 40, mm(182), y + 90), fill=(200, 40, 40))
    s.text(mm(120), y + 160, num_date(c.filed_on - timedelta(days=2)), song(40))
    return s


def _firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    """The firm's 所函 with its letterhead rule; wages: a 法律援助 assignment."""
    s = page(rng)
    s.centred(TOP, c.firm, font("hei", 56), fill=(170, 30, 30), spacing=8)
    s.line(LEFT, TOP + 84, RIGHT, TOP + 84, width=4, fill=(170, 30, 30))
    s.centred(TOP + 140, "律师事务所函", font("hei", 56))
    s.right(RIGHT, TOP + 240, f"〔{c.filed_on.year}〕滇{c.firm[2:4]}律执字第{rng.randint(10, 99)}号", song(36))
    aid = "（法律援助案件，依麒麟区法律援助中心指派）" if story(c) == "wage" else ""
    blocks = [("f", f"{COURT}："),
              ("p", f"本所接受{c.applicant.name}的委托{aid}，指派{c.agent}律师担任其与{c.respondent.name}执行一案的"
                    "代理人。"), ("p", "特此函告。")]
    y = flow(s, blocks, song(40), x0=LEFT, width=RIGHT - LEFT, y=TOP + 330, line_height=74, indent=80)
    s.text(mm(120), y + 100, c.firm, song(40))
    s.text(mm(125), y + 180, cn_date(c.filed_on - timedelta(days=2)), font("serif", 40))
    seal(s, mm(150), y + 140, c.firm, rng, radius=mm(20))
    s.text(LEFT, mm(262), f"地址：曲靖市麒麟区寥廓南路{rng.randint(1, 200)}号　电话：0874-{rng.randint(3100000, 3399999)}",
           song(28))
    return s


def _lawyer_card(c: CaseCtx, rng: random.Random) -> Sheet:
    s = page(rng)
    x0, y0 = mm(40), mm(40)
    s.draw.rectangle((x0, y0, x0 + mm(130), y0 + mm(90)), fill=(236, 228, 214), outline=(120, 90, 60), width=3)
    s.centred(y0 + 40, "律师执业证", font("song_gb", 56), x0=x0, x1=x0 + mm(130))
    f = song(32)
    for i, (k, v) in enumerate([("持证人", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"),
                                ("执业证号", f"1530{rng.randint(2010, 2022)}{rng.randint(1000000, 9999999)}"),
                                ("发证机关", "云南省司法厅")]):
        s.text(x0 + 40, y0 + 150 + i * 70, f"{k}：{v}", f)
    s.draw.rectangle((x0 + mm(98), y0 + 150, x0 + mm(124), y0 + 150 + mm(34)), fill=(190, 190, 186))
    hand(s, mm(60), y0 + mm(110), "复印件与原件一致", rng, size=42)
    return s


def _account(c: CaseCtx, rng: random.Random) -> Sheet:
    s = page(rng)
    s.centred(TOP, "申请执行人收取执行案款确认书", font("song_gb", 52))
    f = song(36)
    rows = [["案号", c.number], ["申请执行人", c.applicant.name], ["开户名", ""], ["开户行", ""], ["账号", ""],
            ["联系电话", ""]]
    table(s, LEFT, TOP + 120, [mm(40), RIGHT - LEFT - mm(40)], rows, f, row_h=100)
    for i, v in enumerate([c.applicant.name, str(facts(c)["bank"]), str(facts(c)["account"]), c.applicant.phone]):
        hand(s, LEFT + mm(44), TOP + 120 + 200 + i * 100 + 24, v, rng, size=38)
    flow(s, [("p", "本人（单位）确认以上账户为收取本案执行款的账户，因账户信息错误造成的损失由本人（单位）承担。")],
         f, x0=LEFT, width=RIGHT - LEFT, y=TOP + 800, line_height=66, indent=72)
    s.text(mm(110), TOP + 1000, "确认人：", f)
    signature(s, mm(140), TOP + 990, c.applicant.legal_rep or c.applicant.name, rng)
    hand(s, mm(120), TOP + 1100, num_date(c.filed_on), rng, size=38)
    return s


def _address(c: CaseCtx, rng: random.Random) -> Sheet:
    s = page(rng)
    s.centred(TOP, COURT, song(42))
    s.centred(TOP + 70, "送达地址确认书", font("hei", 58))
    f = song(32)
    rows = [["案号", c.number], ["当事人", c.applicant.name], ["送达地址", ""], ["收件人及电话", ""],
            ["是否同意电子送达", "□是　□否"], ["手机号码", ""], ["告知事项", "送达地址变更应书面告知法院；因地址不实无法送达的，"
                                                             "文书退回之日视为送达之日。"], ["当事人签名", ""]]
    table(s, LEFT, TOP + 170, [mm(46), RIGHT - LEFT - mm(46)], rows, f, row_h=[90, 90, 120, 100, 90, 90, 200, 120])
    hand(s, LEFT + mm(50), TOP + 170 + 180 + 30, c.applicant.address[:18], rng, size=36)
    hand(s, LEFT + mm(50), TOP + 170 + 300 + 24, f"{c.agent} {c.agent_phone}", rng, size=36)
    hand(s, LEFT + mm(58), TOP + 170 + 400 + 14, "√", rng, size=40, record=False)
    hand(s, LEFT + mm(50), TOP + 170 + 490 + 20, c.agent_phone, rng, size=36)
    signature(s, LEFT + mm(50), TOP + 170 + 780 + 20, c.agent, rng)
    hand(s, mm(130), TOP + 170 + 930, num_date(c.filed_on), rng, size=36)
    return s
