"""What 宝塔区法院执行局 receives, each in its maker's style: the 宝塔公证处's 公证书 and 执行证书 (a double-ruled frame,
bold serif title, 文楷 body, the notary's seal), the civil division's 民事判决书 / 民事调解书 (serif, "—n—" folios), the
lawyers' typed papers in sans with an underlined title, a 律师事务所函 under a blue letterhead rule, ID card and licence
copies drawn as cards on a photocopy's grey, the window's forms filled by hand, the 陕西省非税收入 缴款书 in purple,
the 查控 printout in a monospaced face, a bank's 电子回单, and the parties' own handwritten 和解协议 and 撤回执行申请书
on ruled letter paper."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, wrap
from dossier.corpus.families.court_gk_kit import (
    COURT,
    LEFT,
    RIGHT,
    SEAL,
    TOP,
    Flowing,
    body,
    folios,
    form_title,
    ink,
    label,
    ledger,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher", "evidence",
})
NOTARY = "陕西省延安市宝塔公证处"
PURPLE = (110, 40, 120)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gk import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _notarial(c, rng) if c.extra["tale"] == "loan" else _civil(c, rng)
    if code == "effectiveness_certificate":
        return _execution_certificate(c, rng)
    if code in ("enforcement_application", "power_of_attorney"):
        return _lawyer_paper(code, c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return [_card(c, rng, "律师执业证", [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                                            ("持证人", c.agent), ("发证机关", "陕西省司法厅"), ("发证日期", "2021年6月15日")])]
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return [_licence(p, c, rng) if p.kind == "organisation" else _id_card(p, rng)]
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return [_window(code, c, rng, d)]
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return [_bank(c, rng)]
    return [_letter(code, c, rng, d)]


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，住{p.address}，公民身份号码{p.id_number}。"


def _notarial(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The notary's 具有强制执行效力的债权文书公证书: double frame, 文楷 body, the loan contract's terms."""
    a, r = c.applicant, c.respondent
    lent: date = c.extra["lent_on"]
    due = lent + timedelta(days=180)
    paras = [
        ("c", c.basis_number),
        ("h", f"申请人（贷款人）：{_who(a)}"),
        ("h", f"申请人（借款人）：{_who(r)}"),
        ("h", "公证事项：赋予债权文书强制执行效力"),
        ("p", f"兹证明{a.name}的委托代理人与{r.name}的法定代表人{r.legal_rep}于{cn_date(lent)}来到我处，在本公证员面前签订了前面的"
              f"《借款合同》（合同编号YSX{lent:%Y%m}{rng.randint(10, 99)}）。合同约定：贷款人向借款人出借人民币"
              f"{c.extra['principal']:,.0f}元，用于收购{lent.year}年产洛川苹果约{c.extra['tons']}吨入库冷藏，借款期限自"
              f"{num_date(lent)}至{num_date(due)}，月利率1.2%，到期一次还本付息。"),
        ("p", "双方当事人在合同中明确约定：借款人不履行或者不完全履行合同约定的还款义务时，愿意接受依法强制执行，贷款人可以"
              "向公证处申请出具执行证书，并持原公证书及执行证书向有管辖权的人民法院申请强制执行。"),
        ("p", "经查，双方当事人具有签订上述合同的民事权利能力和民事行为能力，签订合同的意思表示真实，合同内容符合法律规定，"
              "合同上双方当事人的签字、印章属实。依据《中华人民共和国公证法》第三十七条的规定，本公证书所证明的债权文书具有"
              "强制执行效力。"),
    ]
    return _framed(c, rng, "公　证　书", paras, cn_date(lent), c.basis_number)


def _execution_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    due = c.extra["lent_on"] + timedelta(days=180)
    paras = [
        ("c", c.extra["cert_number"]),
        ("h", f"申请执行人：{_who(a)}"),
        ("h", f"被执行人：{_who(r)}"),
        ("p", f"申请执行人与被执行人于{cn_date(c.extra['lent_on'])}签订的《借款合同》，经本处以{c.basis_number}公证书赋予强制执行"
              f"效力。借款到期（{num_date(due)}）后，被执行人未按约还本付息。申请执行人于{cn_date(c.basis_effective - timedelta(days=8))}"
              "向本处申请出具执行证书。本处向被执行人核实，被执行人对欠款事实无异议，称冷库苹果因价格下跌尚未售出，无力偿还。"),
        ("p", f"根据《中华人民共和国公证法》第三十七条及《最高人民法院、司法部关于公证机关赋予强制执行效力的债权文书执行有关"
              f"问题的联合通知》的规定，申请执行人可以持{c.basis_number}公证书及本执行证书向有管辖权的人民法院申请执行。"),
        ("p", f"执行标的：借款本金人民币{c.extra['principal']:,.0f}元及利息、逾期利息，合计{money(c.amount)}。"),
    ]
    return _framed(c, rng, "执 行 证 书", paras, cn_date(c.basis_effective), c.extra["cert_number"])


def _framed(c: CaseCtx, rng: random.Random, title: str, paras: list[tuple[str, str]], when: str, number: str
            ) -> list[Sheet]:
    del number
    run = Flowing(TOP + mm(30), left=mm(34), right=mm(30), top=mm(34), foot=mm(36))
    f = font("wenkai", 40)

    def frame(s: Sheet) -> None:
        s.box(mm(20), mm(18), s.width - mm(20), s.height - mm(18), width=6, outline=(120, 30, 30))
        s.box(mm(23), mm(21), s.width - mm(23), s.height - mm(21), width=2, outline=(120, 30, 30))

    run.s.centred(TOP, title, font("serif_bold", 82), spacing=6)
    for kind, text in paras:
        if kind == "c":
            run.room(80)
            run.s.right(run.s.width - run.right, run.y, text, f)
            run.y += 80
        else:
            run.para(text, f, lead=72, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.room(330)
    s = run.s
    x = s.width - mm(112)
    s.text(x, run.y + 50, NOTARY, f)
    s.text(x, run.y + 122, f"公证员　{c.extra.setdefault('notary', person_name(rng))}", f)
    s.text(x, run.y + 194, when, f)
    seal(s, x + mm(38), run.y + 130, NOTARY, rng, radius=mm(21))
    for sh in run.sheets:
        frame(sh)
    return folios(run.sheets, font("wenkai", 30), style="folio")


def _civil(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment (mutton) or mediation (bus): Noto serif, centred folios."""
    a, r = c.applicant, c.respondent
    bus = c.extra["tale"] == "bus"
    heard = c.basis_effective - timedelta(days=rng.randint(30, 50))
    if bus:
        title = "民事调解书"
        paras = [
            ("h", f"原告：{_who(a)}"), ("h", f"被告：{_who(r)}系“{c.extra['inn']}”经营者。"),
            ("p", f"原告{a.name}与被告{r.name}旅客运输合同纠纷一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用简易程序"
                  "进行了审理。"),
            ("p", f"原告诉称：2023年4月至8月，被告为其经营的{c.extra['inn']}承接的红色研学团队，向原告包租旅游大巴共"
                  f"{c.extra['trips']}车次，往返枣园、杨家岭、南泥湾等地，双方约定每月结算。经对账，被告尚欠包车费"
                  f"{c.amount:,.2f}元未付。"),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}欠原告{a.name}包车费{c.amount:,.2f}元，于2023年12月31日前一次付清；"),
            ("p", "二、被告如未按期付款，原告可就全部未付款项申请强制执行；"),
            ("p", "三、案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，符合有关法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。"),
        ]
    else:
        title = "民事判决书"
        paras = [
            ("h", f"原告：{_who(a)}系“{c.extra['shop']}”经营者。"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("h", f"被告：{_who(r)}"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院受理后依法适用简易程序，于{cn_date(heard)}公开开庭进行了审理。"
                  "被告经传票传唤无正当理由未到庭，本院依法缺席审理。本案现已审理终结。"),
            ("p", f"原告诉称：2022年10月起，原告按被告要求每周向其在{c.extra['wells']}各井场的作业队伙房配送羊肉、羊杂，按月对账。"
                  f"截至2023年5月，被告累计欠货款{c.amount:,.2f}元，经多次催要未付。"),
            ("p", "本院经审理认定：原告提交的送货单、对账单上有被告各作业队伙房负责人签字及被告项目部印章，能够证明双方买卖关系"
                  "及欠款数额，本院予以确认。"),
            ("p", "本院认为，当事人应当按照约定全面履行自己的义务。被告收货后未付款，应承担付款责任。依照《中华人民共和国民法典》"
                  "第五百零九条、第六百二十六条，《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"),
            ("p", "如未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
                  "迟延履行期间的债务利息。"),
            ("p", "如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状，上诉于陕西省延安市中级人民法院。"),
        ]
    run = Flowing(TOP + 220, left=mm(30), right=mm(28))
    run.s.centred(TOP, COURT, font("serif_bold", 54), spacing=3)
    run.s.centred(TOP + 90, title, font("serif_bold", 78), spacing=30)
    run.s.right(run.s.width - mm(28), TOP + 200, c.basis_number, body(40))
    run.y = TOP + 290
    f = body(40)
    for kind, text in paras:
        run.para(text, f, lead=72, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.room(380)
    s, y = run.s, run.y + 60
    x = s.width - mm(96)
    s.text(x, y, f"审 判 员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(1, 16) if not bus else 0))
    s.text(x, y + 90, when, f)
    seal(s, x + mm(30), y + 100, SEAL, rng, radius=mm(20))
    s.text(x, y + 180, f"书 记 员　{person_name(rng)}", f)
    return folios(run.sheets, body(30), style="folio")


def _lawyer_paper(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    from dossier.corpus.families.court_gk import basis_title

    a, r = c.applicant, c.respondent
    f = font("sans", 38)
    run = Flowing(TOP + 150, left=mm(28), right=mm(26))
    title = "强制执行申请书" if code == "enforcement_application" else "授权委托书"
    w = run.s.centred(TOP, title, font("sans_bold", 66), spacing=16)
    run.s.line((run.s.width - w) / 2, TOP + 88, (run.s.width + w) / 2, TOP + 88, width=3)
    src = basis_title(c).replace("本院", COURT)
    if code == "enforcement_application":
        paras = [("h", f"申请执行人：{_who(a)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
                 ("h", f"被执行人：{_who(r)}"),
                 ("b", "执行请求："),
                 ("p", f"1.依法强制执行{src}，责令被执行人支付{money(c.amount)}及迟延履行期间的债务利息；"),
                 ("p", "2.对被执行人采取限制消费措施，并将其纳入失信被执行人名单；"),
                 ("p", "3.本案执行费用由被执行人负担。"),
                 ("b", "事实与理由："),
                 ("p", f"申请执行人与被执行人{c.extra['cause']}一事，经{src}确定，被执行人应向申请执行人支付上述款项。该文书已发生"
                       "法律效力，被执行人至今未履行。为维护申请执行人的合法权益，特依法向贵院申请强制执行。"),
                 ("p", "此致"), ("b", COURT)]
    else:
        paras = [("h", f"委托人：{_who(a)}"), ("h", f"受托人：{c.agent}，{c.firm}律师，地址{c.extra['firm_addr']}，电话{c.agent_phone}。"),
                 ("p", f"现委托上列受托人在委托人与{r.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
                 ("p", "代理权限：特别授权，代为申请执行、提供财产线索、参与执行和解、代为签收法律文书、代为领取执行款。"),
                 ("p", "委托期限：自签署之日起至本案执行终结之日止。")]
    for kind, text in paras:
        if kind == "b":
            run.room(70)
            run.s.text(run.left, run.y, text, font("sans_bold", 38))
            run.y += 70
        else:
            run.para(text, f, lead=68, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.room(260)
    s = run.s
    x = s.width - mm(100)
    who = "申请执行人" if code == "enforcement_application" else "委托人"
    s.text(x, run.y + 40, f"{who}：{a.name if a.kind == 'person' else ''}", f)
    if a.kind == "organisation":
        seal(s, x + mm(50), run.y + 60, a.name, rng, radius=mm(19))
        ink(s, x + mm(12), run.y + 110, a.legal_rep, rng, size=48, colour=INK)
    else:
        ink(s, x + mm(40), run.y + 34, a.name, rng, size=50, colour=INK)
    s.text(x, run.y + 170, num_date(c.filed_on - timedelta(days=rng.randint(1, 5))), f)
    return folios(run.sheets, font("sans", 28), style="folio")


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP - 20, c.firm, font("serif_bold", 62), spacing=10, fill=BLUE_INK)
    s.line(LEFT, TOP + 80, s.width - RIGHT, TOP + 80, width=6, fill=BLUE_INK)
    s.line(LEFT, TOP + 92, s.width - RIGHT, TOP + 92, width=2, fill=BLUE_INK)
    s.centred(TOP + 150, "律 师 事 务 所 函", font("sans_bold", 60))
    s.right(s.width - RIGHT, TOP + 250, f"陕延律函〔2024〕第{rng.randint(10, 300)}号", body(36))
    run = Flowing(TOP + 340)
    run.sheets = [s]
    f = body(40)
    run.para(f"{COURT}执行局：", f, lead=72)
    run.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的代理人。"
             "特此函告。", f, lead=72, first=80)
    run.para(f"附：授权委托书一份。律师联系电话：{c.agent_phone}；地址：{c.extra['firm_addr']}。", f, lead=72, first=80)
    s.right(s.width - RIGHT - mm(10), run.y + 120, num_date(c.filed_on - timedelta(days=2)), f)
    seal(s, s.width - RIGHT - mm(40), run.y + 130, c.firm, rng, radius=mm(20))
    return [s]


def _card(c: CaseCtx, rng: random.Random, title: str, rows: list[tuple[str, str]], *, grey: int = 232) -> Sheet:
    del c
    s = Sheet(paper=(grey, grey, grey - 4))
    s.text(LEFT, TOP - 10, f"{title}（复印件）", label(34))
    x0, y0 = mm(40), mm(48)
    x1, y1 = s.width - mm(40), mm(48) + mm(22) + mm(13) * len(rows)
    s.draw.rounded_rectangle((x0, y0, x1, y1), radius=30, fill=(250, 250, 247), outline=(90, 90, 90), width=3)
    s.centred(y0 + mm(5), title, font("serif_bold", 52), x0=x0, x1=x1)
    y = y0 + mm(20)
    for k, v in rows:
        s.text(x0 + mm(10), y, f"{k}：{v}", body(36))
        y += mm(13)
    ink(s, x0, y1 + mm(16), "此复印件与原件一致", rng, size=44, colour=INK)
    return s


def _id_card(p: Party, rng: random.Random) -> Sheet:
    born = p.born or date(1980, 1, 1)
    s = _card(None, rng, "居民身份证", [("姓名", p.name), ("性别", p.sex), ("民族", "汉"),  # type: ignore[arg-type]
                                       ("出生", f"{born.year}年{born.month}月{born.day}日"), ("住址", p.address[:20]),
                                       ("公民身份号码", p.id_number)])
    ink(s, mm(40), s.height - mm(80), p.name, rng, size=52, colour=INK)
    return s


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    s = _card(c, rng, "营业执照", [("统一社会信用代码", p.id_number), ("名称", p.name), ("类型", "有限责任公司"),
                                   ("法定代表人", p.legal_rep), ("住所", p.address[:22]),
                                   ("登记机关", "延安市市场监督管理局" if "延安" in p.name else "洛川县市场监督管理局")])
    seal(s, s.width - mm(70), s.height - mm(80), p.name, rng, radius=mm(18))
    return s


def _fee(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(TOP, "陕西省非税收入统一缴款书", font("serif_bold", 56), fill=PURPLE)
    s.text(LEFT, TOP + 100, f"票据号码：No.{rng.randint(10**9, 10**10 - 1)}", body(32))
    s.right(s.width - RIGHT, TOP + 100, f"填制日期：{num_date(c.day(2))}", body(32))
    w = s.width - LEFT - RIGHT
    rows = [["缴款人", c.applicant.name], ["收款单位", COURT], ["收费项目", "申请执行费"], ["案号", c.number],
            ["金额（大写）", money_caps(c.extra["fee"])], ["金额（小写）", f"￥{c.extra['fee']:,.2f}"], ["备注", "执行预交"]]
    cells = ledger(s, LEFT, TOP + 160, [mm(44), w - mm(44)], rows, heights=mm(15))
    seal(s, s.width - RIGHT - mm(40), cells[-1][3] + mm(24), "陕西省财政厅非税收入收缴专用章", rng, radius=mm(18))
    return s


WINDOW = {
    "property_clue_form": ("被执行人财产线索表", ["被执行人", "银行账户", "车辆", "不动产", "其他财产线索", "提供人"]),
    "payment_account_confirmation": ("收取案款确认书", ["申请执行人", "收款户名", "开户银行", "账号", "确认人"]),
    "service_address_confirmation": ("送达地址确认书", ["受送达人", "送达地址", "联系电话", "是否同意电子送达", "确认人"]),
    "property_declaration_form": ("财产申报表", ["申报人", "银行存款", "车辆", "房产", "应收款项", "申报人签名"]),
}


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    title, keys = WINDOW[code]
    a, r = c.applicant, c.respondent
    s = Sheet()
    y = form_title(s, title)
    s.text(LEFT, y - 30, f"案号：{c.number}", body(34))
    w = s.width - LEFT - RIGHT
    loan = c.extra["tale"] == "loan"
    fills = {
        "property_clue_form": [r.name, f"{c.extra.get('r_bank', '不详')} {c.extra.get('r_acct', '')}",
                               "不详", "冷库库房（租赁）" if loan else "不详",
                               "冷库内存放苹果" if loan else ("采油厂应付工程款" if c.extra["tale"] == "mutton" else "民宿经营收入"),
                               a.legal_rep if a.kind == "organisation" else a.name],
        "payment_account_confirmation": [a.name, a.name, c.extra["in_bank"], c.extra["in_acct"],
                                         a.legal_rep if a.kind == "organisation" else a.name],
        "service_address_confirmation": [a.name, a.address, a.phone, "同意", c.agent],
        "property_declaration_form": [r.name, "有，见附页" if loan else "无", "无", "无",
                                      "苹果货款未收回" if loan else "无", r.legal_rep if r.kind == "organisation" else r.name],
    }[code]
    cells = ledger(s, LEFT, y + 20, [mm(44), w - mm(44)], [[k, ""] for k in keys], heights=mm(22))
    for v, b in zip(fills, cells[1::2], strict=True):
        ink(s, b[0] + mm(5), b[1] + mm(6), v, rng, size=40, per_line=26, lead=mm(7.5))
    ink(s, s.width - RIGHT - mm(62), cells[-1][3] + mm(14), num_date(d), rng, size=40)
    return s


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    mono = font("mono", 30)
    s.text(LEFT, TOP, "最高人民法院网络执行查控系统  查询结果反馈", font("sans_bold", 44))
    s.text(LEFT, TOP + 80, f"案号：{c.number}   被查询人：{c.respondent.name}   反馈日期：{d.isoformat()}", mono)
    y = TOP + 150
    rows = [("序号", "协助单位", "财产类型", "反馈结果")]
    banks = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "延安农村商业银行", "长安银行", "邮储银行"]
    for i, b in enumerate(banks, 1):
        hit = c.extra["tale"] == "loan" and i == 2
        rows.append((str(i), b, "存款", f"余额{float(c.amount) * 1.3:,.2f}元" if hit else "未查询到账户或余额0.00"))
    rows += [(str(len(banks) + 1), "公安部交通管理局", "车辆", "未查询到"), (str(len(banks) + 2), "自然资源部", "不动产", "未查询到"),
             (str(len(banks) + 3), "支付宝（中国）网络技术有限公司", "网络资金", "余额0.00")]
    for row in rows:
        s.text(LEFT, y, f"{row[0]:<4}{row[1]:<18}{row[2]:<8}", mono)
        s.text(LEFT + mm(110), y, row[3], mono)
        y += 50
    s.line(LEFT, y + 10, s.width - RIGHT, y + 10, width=1)
    s.text(LEFT, y + 30, f"打印人：{c.clerk}    打印时间：{d.isoformat()} 16:{rng.randint(10, 59)}", mono)
    return [s]


def _bank(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet(size=(mm(210), mm(148)))
    s.text(LEFT, mm(12), "延安农村商业银行  电子回单", font("sans_bold", 44))
    w = s.width - LEFT - RIGHT
    day = c.extra["pay_day"] + timedelta(days=2)
    rows = [["付款人", f"{COURT}执行款专户"], ["收款人", c.applicant.name], ["收款账号", c.extra["in_acct"]],
            ["金额", money(c.amount)], ["用途", f"{c.number}执行款发放"], ["交易日期", day.isoformat()]]
    ledger(s, LEFT, mm(30), [mm(36), w - mm(36)], rows, heights=mm(13), f=label(28))
    seal(s, s.width - mm(50), mm(118), "延安农村商业银行电子回单专用章", rng, radius=mm(16))
    return s


def _letter(code: str, c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The parties' own hand on ruled letter paper: the bus case's 和解协议 and its 撤回执行申请书."""
    a, r = c.applicant, c.respondent
    s = Sheet(paper=(250, 249, 240))
    for k in range(24):
        yy = mm(40) + k * mm(10)
        s.line(mm(18), yy, s.width - mm(18), yy, width=1, fill=(170, 190, 210))
    title = "撤回执行申请书" if code == "evidence" else "和解协议"
    if code == "evidence":
        text = (f"{COURT}：申请执行人{a.name}与被执行人{r.name}旅客运输合同纠纷一案（案号{c.number}），双方已于"
                f"{num_date(made_on_settle(c))}自行达成和解，被执行人已按和解协议向我公司付清{c.extra['settled']:,.0f}元，"
                "我公司自愿放弃其余部分，现申请撤回执行申请，请贵院依法终结本案执行。")
        sign = f"申请人：{a.name}"
    elif c.extra["tale"] == "loan":
        title = "执行和解协议"
        text = (f"甲方（申请执行人）：{a.name}。乙方（被执行人）：{r.name}。{c.number}借款合同执行一案，经协商：一、乙方冷库"
                f"苹果已售出，乙方于{num_date(c.extra['pay_day'])}前将{c.amount:,.2f}元全部交至宝塔区人民法院执行款专户；"
                "二、甲方同意免除部分逾期利息，款到后申请解除对乙方账户的冻结；三、本协议一式三份，甲乙双方及法院各执一份。")
        sign = f"甲方：{a.legal_rep}　乙方：{r.legal_rep}"
    else:
        text = (f"甲方：{a.name}。乙方：{r.name}（{c.extra['inn']}经营者）。乙方欠甲方包车费{c.amount:,.0f}元（{c.number}"
                f"执行案），经双方协商：一、乙方于{num_date(d + timedelta(days=2))}前一次性付给甲方{c.extra['settled']:,.0f}元，"
                "余款甲方放弃；二、乙方付清后甲方向法院撤回执行申请；三、2024年旅游旺季乙方研学团队优先租用甲方车辆。")
        sign = f"甲方：{a.name}　乙方：{r.name}"
    hand(s, s.width / 2 - mm(8) * len(title) / 2 - mm(8), mm(22), title, rng, size=62, ink=INK)
    y = mm(42)
    for part in wrap(text, font("kai", 44), s.width - mm(44)):
        hand(s, mm(22), y, part, rng, size=44, ink=INK)
        y += mm(10)
    hand(s, mm(60), y + mm(12), sign, rng, size=44, ink=INK)
    hand(s, s.width - mm(80), y + mm(24), num_date(d), rng, size=44, ink=INK)
    seal(s, s.width - mm(60), y + mm(12), a.name, rng, radius=mm(18))
    return s


def made_on_settle(c: CaseCtx) -> date:
    from dossier.corpus.families.court_gk import made_on

    return made_on(c, "settlement_agreement")
