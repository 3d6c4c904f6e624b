"""What 巴宜区法院执行局 receives, each in its maker's hand: the court's civil division's and the 林芝中院's judgments with
the courts' bilingual heads and centred "— n —" folios; applications typed by the legal-aid lawyer (楷体, an underlined
title), by the trader's office (黑体 on a letterhead) and by the victim's lawyer (文楷); a 律师事务所函 under a red head;
the window's duplicated forms (violet, filled in ballpoint); the finance window's receipts written through carbon paper
onto a pink second leaf; ID cards with their Tibetan and Chinese labels; business licences; the 查控 system's printout
in a monospaced face; banks' electronic receipts; the workers' pay-out sheet thumbed in red."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_hx_kit import (
    BLACK,
    COURT,
    COURT_BO,
    LEFT,
    MID,
    MID_BO,
    RIGHT,
    STENCIL,
    TITLE_BO,
    TOP,
    Carbon,
    Column,
    bilingual_seal,
    bo,
    bold,
    fill,
    mimeo,
    ruled,
    serif,
    stencil_head,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "online_inquiry_result", "payment_voucher", "evidence",
})
PINK = (250, 226, 230)
PRINT_RED = (190, 50, 60)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hx import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng, d)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _licence_copy(p, c, rng) if p.kind == "organisation" else _id_card(p, rng)
    if code == "fee_receipt":
        if c.extra["tale"] == "wage":  # not prepaid in a wage case: taken from the money paid in, in the builder's name
            return [_carbon_receipt(c, rng, "西藏自治区非税收入一般缴款书", c.respondent.name, Decimal(c.extra["fee"]),
                                    "申请执行费", made_on(c, "payment_voucher") - timedelta(days=5))]
        return [_carbon_receipt(c, rng, "西藏自治区非税收入一般缴款书", c.applicant.name, Decimal(c.extra["fee"]), "申请执行费", d)]
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng, served, d)
    if code == "evidence":
        return _withdrawal(c, rng, d)
    raise KeyError(code)


def _nation(p: Party) -> str:
    from dossier.corpus.families.court_hx import TIBETAN_NAMES

    return "藏族" if p.name in TIBETAN_NAMES else "汉族"


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，{_nation(p)}，住{p.address}。"


def _parties(c: CaseCtx, plaintiff: str, defendant: str) -> list[tuple[str, str]]:
    from dossier.corpus.families.court_hx import TIBETAN_NAMES

    if c.extra["tale"] == "wage":
        out = []
        for name, idn, _ in c.extra["workers"]:
            nation = "藏族" if name in TIBETAN_NAMES else "汉族"
            out.append(("h", f"{plaintiff}：{name}，{nation}，公民身份号码{idn}。"))
        return [*out, ("h", f"{plaintiff}共同委托诉讼代理人：{c.agent}，{c.firm}律师（法律援助）。"),
                ("h", f"{defendant}：{_who(c.respondent)}")]
    return [("h", f"{plaintiff}：{_who(c.applicant)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("h", f"{defendant}：{_who(c.respondent)}")]


def _story(c: CaseCtx) -> tuple[str, str, str]:
    """(facts, reasoning with the statutes, operative part) of the judgment at first instance."""
    a, r = c.applicant, c.respondent
    t = c.extra["tale"]
    if t == "wage":
        owner = c.extra["owner"]
        lines = "；".join(f"{n}{w:,.0f}元" for n, _, w in c.extra["workers"])
        return (f"2022年4月至10月，被告承建{owner[0]}主体及装修工程，招用原告等人从事砌筑、木工、彩绘等劳务，约定按日计酬、"
                f"工程完工后结清。工程于2022年10月完工，经被告项目负责人签字确认，尚欠原告劳动报酬{lines}，合计{c.amount:,.2f}元，"
                "原告多次索要未果。",
                "被告招用原告提供劳务，应当及时足额支付劳动报酬。被告项目负责人签字确认的欠款明细真实有效，本院予以确认。依照"
                "《中华人民共和国民法典》第五百零九条、第五百七十七条，《保障农民工工资支付条例》第三条的规定，判决如下：",
                f"被告{r.name}于本判决生效之日起十日内支付原告劳动报酬：{lines}，合计{c.amount:,.2f}元。")
    if t == "coach":
        return (f"2022年5月起，原告向被告供应驿站及驾驶员公寓所需的床上用品、毛巾、一次性洗漱用品等酒店用品，双方约定季度结算。"
                f"经对账，被告尚欠货款{c.amount:,.2f}元未付。",
                "双方买卖合同关系合法有效，原告已履行供货义务，被告应当支付货款。一审判决认定事实清楚，适用法律正确，"
                "应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项的规定，判决如下：",
                "驳回上诉，维持原判。")
    return (f"2023年{c.basis_effective.month}月某日，被告驾驶{c.extra['plate']}号重型半挂牵引车沿国道318线由东向西行驶至巴宜区境内"
            f"{c.extra['km']}处，越过道路中心线与原告驾驶的摩托车相撞，致原告受伤、车辆损坏。经林芝市公安局交通警察支队"
            "认定，被告负事故全部责任。原告住院治疗，经鉴定构成十级伤残。",
            "机动车发生交通事故造成人身伤亡、财产损失的，由保险公司在机动车强制保险责任限额范围内予以赔偿，不足部分由侵权人"
            "赔偿。依照《中华人民共和国民法典》第一千一百七十九条、第一千二百零八条，《中华人民共和国道路交通安全法》"
            "第七十六条的规定，判决如下：",
            f"被告{r.name}于本判决生效之日起十日内赔偿原告{a.name}医疗费、误工费、残疾赔偿金等各项损失共计{c.amount:,.2f}元"
            f"（被告已投保的{c.extra['insurer']}可在保险责任限额内代为赔付）。")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil judgment with a court's bilingual head; a second-instance one from the 林芝中院."""
    t = c.extra["tale"]
    appeal = t == "coach"
    court, court_bo = (MID, MID_BO) if appeal else (COURT, COURT_BO)
    facts, reasoning, order = _story(c)
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(40, 60))
    if appeal:
        paras = [("h", f"上诉人（原审被告）：{_who(r)}"), ("h", f"被上诉人（原审原告）：{_who(a)}"),
                 ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                 ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服{COURT}{c.extra['first_number']}民事判决，向本院"
                       f"提起上诉。本院于{cn_date(heard - timedelta(days=30))}立案后，依法组成合议庭审理了本案。本案现已审理终结。"),
                 ("p", f"{r.name}上诉请求：撤销一审判决，改判减少货款。事实和理由：部分货物质量不合格，一审未予扣减。"),
                 ("p", f"{a.name}辩称：货物均经上诉人验收，对账单由上诉人盖章确认，上诉理由不能成立。"),
                 ("p", f"一审法院认定事实：{facts}一审判决：被告于判决生效之日起十日内支付原告货款{c.amount:,.2f}元。"),
                 ("p", "本院二审查明的事实与一审一致。"),
                 ("p", f"本院认为，{reasoning}"), ("p", order),
                 ("p", f"二审案件受理费{int(c.amount) // 100 + 25}元，由上诉人负担。"), ("p", "本判决为终审判决。")]
        bench = [("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))]
    else:
        paras = [*_parties(c, "原告", "被告"),
                 ("p", f"原告与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易程序，"
                       f"于{cn_date(heard)}公开开庭进行了审理。本案现已审理终结。"),
                 ("p", f"原告向本院提出诉讼请求：判令被告赔付各项损失并负担诉讼费用。事实和理由：{facts}"),
                 ("p", "被告辩称：对事实无异议，因资金困难请求分期支付。"),
                 ("p", f"本院经审理认定事实如下：{facts}"), ("p", f"本院认为，{reasoning}"), ("p", order),
                 ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
                       "迟延履行期间的债务利息。"),
                 ("p", "如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状，上诉于西藏自治区林芝市中级人民法院。")]
        bench = [("审判员", person_name(rng))]
    s = Sheet()
    s.centred(TOP, court_bo, bo(32))
    s.centred(TOP + 62, court, font("serif", 52), spacing=3)
    s.centred(TOP + 142, "民事判决书", bold(80), spacing=40)
    s.centred(TOP + 244, TITLE_BO["民事判决书"], bo(28, True))
    col = Column([s], TOP + 390, left=mm(32), right=mm(28))
    s.right(s.width - mm(28), TOP + 316, c.basis_number, serif(38))
    f = serif(40)
    for kind, text in paras:
        col.para(text, f, lead=68, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    col.room(100 * len(bench) + 260)
    last = col.s
    y = col.y + 50
    x = last.width - mm(100)
    for role, name in bench:
        last.text(x, y, f"{role}　　{name}", f)
        y += 72
    when = cn_date(c.basis_effective - timedelta(days=18 if not appeal else 2))
    last.text(x, y + 24, when, f)
    bilingual_seal(last, x + text_width(when, f) / 2, y + 34, rng, name=court,
                   name_bo="བར་འགྲིང་ཁྲིམས་ཁང་།" if appeal else "བྲག་ཡིབ་ཆུས་ཁྲིམས་ཁང་།")
    last.text(x, y + 104, f"书记员　　{person_name(rng)}", f)
    n = len(col.sheets)
    for i, sh in enumerate(col.sheets, 1):
        sh.centred(sh.height - mm(15), f"— {i} —", serif(30))
        if i > 1:
            sh.page_of = (i, n)
    return col.sheets


def _in_effect(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The civil division's 生效证明书: first-instance number, upheld on appeal, in force on service of the appeal."""
    s = Sheet()
    s.centred(TOP + mm(10), COURT_BO, bo(32))
    s.centred(TOP + mm(22), COURT, bold(50), spacing=3)
    s.centred(TOP + mm(40), "生效证明书", bold(76), spacing=30)
    s.centred(TOP + mm(56), TITLE_BO["生效证明书"], bo(28))
    s.right(s.width - RIGHT, TOP + mm(68), c.extra["first_number"].replace("号", "号之二"), serif(38))
    col = Column([s], TOP + mm(86))
    f = serif(42)
    col.para(f"{c.applicant.name}：", f, lead=74)
    col.para(f"本院审理的原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，本院作出的{c.extra['first_number']}"
             f"民事判决，被告不服提起上诉，西藏自治区林芝市中级人民法院于{cn_date(c.basis_effective - timedelta(days=2))}作出"
             f"{c.basis_number}民事判决：驳回上诉，维持原判。该判决已于{cn_date(c.basis_effective)}送达双方当事人，"
             "发生法律效力。", f, lead=74, first=84)
    col.para("特此证明。", f, lead=74, first=84)
    y = col.y + 120
    when = cn_date(d)
    col.s.right(s.width - RIGHT - mm(10), y, when, f)
    s.text(s.width - RIGHT - mm(88), y - 90, "民事审判庭", f)
    bilingual_seal(s, s.width - RIGHT - mm(10) - text_width(when, f) / 2, y + 10, rng)
    s.text(LEFT, y + 180, f"经办人：{person_name(rng)}　　联系电话：0894-58{rng.randint(10000, 99999)}", serif(32))
    return [s]


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    t = c.extra["tale"]
    a, r = c.applicant, c.respondent
    face: Font = {"wage": font("kai", 43), "coach": font("microhei", 40), "crash": font("wenkai", 42)}[t]
    s = Sheet()
    if t == "coach":
        s.text(LEFT, TOP - mm(6), a.name, font("microhei", 44), fill=(30, 70, 140))
        s.line(LEFT, TOP + 50, s.width - RIGHT, TOP + 50, width=4, fill=(30, 70, 140))
        s.text(LEFT, TOP + 60, f"地址：{a.address}　电话：{a.phone}", font("microhei", 26), fill=(30, 70, 140))
    title_f = font("hei", 68) if t != "wage" else font("kai", 76)
    w = s.centred(TOP + mm(16), "强制执行申请书" if t != "crash" else "申请执行书", title_f, spacing=12)
    if t == "wage":
        x0 = (s.width - w) / 2
        s.line(x0, TOP + mm(16) + 92, x0 + w, TOP + mm(16) + 92, width=3)
    col = Column([s], TOP + mm(36), left=mm(26), right=mm(24))
    rows: list[tuple[str, str]] = []
    if t == "wage":
        rows += [("h", f"申请执行人：{n}，公民身份号码{i}。") for n, i, _ in c.extra["workers"]]
        rows += [("h", f"共同委托代理人：{c.agent}，{c.firm}律师（法律援助），电话{c.agent_phone}。")]
    else:
        rows += [("h", f"申请执行人：{_who(a)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。")]
    rows += [("h", f"被执行人：{_who(r)}"), ("t", "请求事项："),
             ("p", f"1．强制被执行人支付{money(c.amount)}；"), ("p", "2．加倍支付迟延履行期间的债务利息；"),
             ("p", "3．对被执行人采取限制消费措施，拒不履行的纳入失信被执行人名单；执行费用由被执行人负担。"),
             ("t", "事实与理由：")]
    if t == "wage":
        owner = c.extra["owner"]
        rows += [("p", f"申请执行人与被执行人追索劳动报酬纠纷一案，贵院{c.basis_number}民事判决书已发生法律效力，被执行人至今分文未付。"
                       f"据了解，{owner[0]}尚欠被执行人民宿工程款未结清，请求贵院依法冻结、提取该到期债权，保障农民工工资。")]
    elif t == "coach":
        rows += [("p", f"申请执行人与被执行人买卖合同纠纷一案，经{COURT}{c.extra['first_number']}民事判决、西藏自治区林芝市中级"
                       f"人民法院{c.basis_number}民事判决，已发生法律效力。被执行人至今未履行付款义务。")]
    else:
        rows += [("p", f"申请执行人与被执行人机动车交通事故责任纠纷一案，贵院{c.basis_number}民事判决书已发生法律效力。被执行人"
                       f"未按期赔偿，其车辆投保于{c.extra['insurer']}，请求贵院通知保险公司在保险责任限额内赔付。")]
    rows += [("p", "根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特申请强制执行。"), ("t", "此致"), ("t", COURT)]
    for kind, text in rows:
        if kind == "t":
            col.room(72)
            col.s.text(col.left, col.y, text, face)
            col.y += 72
        else:
            col.para(text, face, lead=72, first=face.size * 2 if kind == "p" else 0, hang=face.size * 2 if kind == "h" else 0)
    col.room(300)
    last, y = col.s, col.y + 40
    last.text(last.width - mm(110), y, "申请执行人：", face)
    if t == "wage":
        for k, (n, _, _) in enumerate(c.extra["workers"]):
            hand(last, last.width - mm(70) + (k % 2) * mm(32), y + (k // 2) * 62, n, rng, size=44, ink=BLACK)
            last.draw.ellipse((last.width - mm(48) + (k % 2) * mm(32), y + (k // 2) * 62 + 10,
                               last.width - mm(48) + (k % 2) * mm(32) + 26, y + (k // 2) * 62 + 44), fill=(196, 40, 46))
        y += 3 * 62
    elif a.kind == "organisation":
        bilingual_seal(last, last.width - mm(52), y + 30, rng, name=a.name, name_bo="ཚོང་ལས་ཁང་།", radius=mm(18))
        y += 60
    else:
        hand(last, last.width - mm(66), y - 6, a.name, rng, size=54, ink=BLACK)
        y += 60
    hand(last, last.width - mm(90), y + 40, num_date(d), rng, size=42, ink=BLACK)
    return col.sheets


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP + mm(8), "授 权 委 托 书", bold(70))
    col = Column([s], TOP + mm(30), left=mm(26), right=mm(24))
    f = serif(40)
    who = (f"委托人：{'、'.join(n for n, _, _ in c.extra['workers'])}" if c.extra["tale"] == "wage"
           else f"委托人：{_who(c.applicant)}")
    for kind, text in [("h", who), ("h", f"受托人：{c.agent}，{c.firm}律师，地址：{c.extra['firm_addr']}。"),
                       ("p", f"委托人与{c.respondent.name}{c.extra['cause']}一案，现委托上列受托人为申请执行阶段的代理人。"),
                       ("p", "代理权限：特别授权，包括申请执行、提供财产线索、代为签收法律文书、代为和解、代为领取执行款、"
                             "代为撤回执行申请。"),
                       ("p", "委托期限：至本案执行终结止。")]:
        col.para(text, f, lead=72, first=f.size * 2 if kind == "p" else 0, hang=f.size * 4 if kind == "h" else 0)
    y = col.y + 60
    s.text(mm(26), y, "委托人：", f)
    if c.applicant.kind == "organisation":
        bilingual_seal(s, mm(80), y + 80, rng, name=c.applicant.name, name_bo="ཚོང་ལས་ཁང་།", radius=mm(18))
        hand(s, mm(40), y + 60, c.applicant.legal_rep, rng, size=50, ink=BLACK)
    else:
        names = [n for n, _, _ in c.extra["workers"]] if c.extra["tale"] == "wage" else [c.applicant.name]
        for k, n in enumerate(names):
            hand(s, mm(30) + (k % 3) * mm(40), y + 60 + (k // 3) * 70, n, rng, size=46, ink=BLACK)
            s.draw.ellipse((mm(30) + (k % 3) * mm(40) + mm(24), y + 70 + (k // 3) * 70, mm(30) + (k % 3) * mm(40) + mm(30),
                            y + 108 + (k // 3) * 70), fill=(200, 44, 50))
    s.text(s.width - mm(100), y, "受托人：", f)
    hand(s, s.width - mm(70), y + 60, c.agent, rng, size=52, ink=BLACK)
    hand(s, s.width - mm(96), y + 240, num_date(d), rng, size=42, ink=BLACK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    red = (200, 30, 40)
    s.centred(TOP, c.firm, font("hei", 70), fill=red, spacing=8)
    s.line(LEFT - mm(8), TOP + 104, s.width - RIGHT + mm(8), TOP + 104, width=5, fill=red)
    aid = c.extra["tale"] == "wage"
    s.right(s.width - RIGHT, TOP + 124, f"藏{'尼洋' if '尼洋' in c.firm else '律'}{'援' if aid else ''}函〔{d.year}〕"
            f"{rng.randint(8, 160)}号", serif(36))
    s.centred(TOP + 210, "律师事务所函" if not aid else "律师事务所函（法律援助）", bold(58), spacing=6)
    col = Column([s], TOP + 330, left=mm(26), right=mm(24))
    f = serif(42)
    col.para(f"{COURT}：", f, lead=76)
    body = (f"根据林芝市法律援助中心指派，本所指派{c.agent}律师担任{'、'.join(n for n, _, _ in c.extra['workers'])}"
            f"与{c.respondent.name}追索劳动报酬纠纷执行一案的代理人。" if aid else
            f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的代理人。")
    col.para(body, f, lead=76, first=84)
    col.para("特此函告。", f, lead=76, first=84)
    col.para(f"律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", serif(34), lead=60)
    y = col.y + 120
    s.right(s.width - RIGHT - mm(8), y, num_date(d), f)
    seal(s, s.width - RIGHT - mm(36), y - 10, c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's data page and the annual-check page copied one above the other, signed 与原件核对一致."""
    s = Sheet()
    grey = (205, 205, 200)
    x0, w, h = mm(45), mm(120), mm(82)
    for k in range(2):
        y0 = mm(30) + k * (h + mm(12))
        s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=grey, outline=(90, 90, 90), width=3)
    y0 = mm(30)
    s.centred(y0 + mm(6), "律师执业证", font("hei", 48), x0=x0, x1=x0 + w)
    s.draw.rectangle((x0 + mm(8), y0 + mm(20), x0 + mm(38), y0 + mm(60)), fill=(130, 130, 130))
    ty = y0 + mm(20)
    for label, value in [("姓名", c.agent), ("执业机构", c.firm), ("执业证号", c.extra["licence"]), ("发证机关", "西藏自治区司法厅"),
                         ("发证日期", f"{rng.randint(2014, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]:
        s.text(x0 + mm(44), ty, f"{label}：{value}", font("sans", 28))
        ty += mm(9)
    seal(s, x0 + mm(95), y0 + mm(62), "西藏自治区司法厅", rng, radius=mm(13))
    y1 = y0 + h + mm(12)
    s.centred(y1 + mm(6), "律师年度考核备案", font("hei", 40), x0=x0, x1=x0 + w)
    s.text(x0 + mm(10), y1 + mm(22), "考核年度：2023　　考核结果：称职", font("sans", 30))
    s.text(x0 + mm(10), y1 + mm(34), "备案机关：林芝市司法局", font("sans", 30))
    seal(s, x0 + mm(85), y1 + mm(55), "林芝市司法局", rng, radius=mm(13))
    hand(s, x0, y1 + h + mm(14), "与原件核对一致", rng, size=56, ink=BLACK)
    hand(s, x0 + mm(82), y1 + h + mm(16), c.agent, rng, size=50, ink=BLACK)
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card copied one above the other: the card issued in Tibet carries Tibetan labels."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    ys = [mm(36), mm(36) + h + mm(14)]
    tibet = p.id_number.startswith("54")
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=(222, 222, 218), outline=(110, 110, 110), width=2)
    y = ys[0]
    lab, val = font("hei", 24), font("hei", 30)
    born = p.born or date(1980, 1, 1)
    labels = [("姓名", "མིང་", p.name), ("性别", "ཕོ་མོ།", f"{p.sex}　　民族　{_nation(p)[:-1]}"),
              ("出生", "སྐྱེས་ཚེས།", f"{born.year}年{born.month}月{born.day}日")]
    ty = y + mm(5)
    for zh, tib, value in labels:
        s.text(x + mm(4), ty, zh, lab, fill=(70, 70, 70))
        if tibet:
            s.text(x + mm(4), ty + 26, tib, bo(18), fill=(70, 70, 70))
        s.text(x + mm(18), ty, value, val)
        ty += mm(8.5)
    s.text(x + mm(4), ty, "住址", lab, fill=(70, 70, 70))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(18), ty, p.address[k:k + 12], val)
        ty += mm(5)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(70, 70, 70))
    s.text(x + mm(26), y + h - mm(9), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(26), y + mm(7), x + w - mm(4), y + mm(36)), fill=(150, 150, 150))
    y = ys[1]
    s.text(x + mm(26), y + mm(6), "中华人民共和国", font("hei", 36))
    if tibet:
        s.text(x + mm(22), y + mm(13), "ཀྲུང་ཧྭ་མི་དམངས་སྤྱི་མཐུན་རྒྱལ་ཁབ།", bo(22))
    s.text(x + mm(22), y + mm(20), "居民身份证", font("hei", 52), spacing=12)
    office = "林芝市公安局巴宜分局" if tibet else rng.choice(["广汉市公安局", "南部县公安局", "资中县公安局", "中江县公安局"])
    s.text(x + mm(8), y + h - mm(15), f"签发机关　{office}", lab)
    start = rng.randint(2013, 2020)
    s.text(x + mm(8), y + h - mm(8), f"有效期限　{start}.0{rng.randint(1, 9)}.2{rng.randint(0, 8)}-{start + 20}.0"
           f"{rng.randint(1, 9)}.2{rng.randint(0, 8)}", lab)
    hand(s, mm(40), ys[1] + h + mm(20), "此复印件仅供巴宜区人民法院执行使用", rng, size=44, ink=BLACK)
    hand(s, mm(130), ys[1] + h + mm(36), p.name, rng, size=52, ink=BLACK)
    return [s]


def _licence_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照副本 copied, the 法定代表人身份证明书 typed under it."""
    s = Sheet()
    frame = (160, 120, 70)
    x0, y0, x1, y1 = mm(16), mm(22), s.width - mm(16), mm(160)
    s.box(x0, y0, x1, y1, width=7, outline=frame)
    s.centred(y0 + mm(8), "营 业 执 照", bold(84), spacing=20)
    s.centred(y0 + mm(26), "（副本）", serif(34))
    s.text(x0 + mm(8), y0 + mm(38), f"统一社会信用代码　{p.id_number}", serif(32))
    scope = {"商贸": "酒店用品、日用百货、床上用品销售", "客运": "旅游客运；省际包车客运；汽车租赁",
             "建": "房屋建筑工程、装饰装修工程施工；劳务分包"}
    what = next((v for k, v in scope.items() if k in p.name), "一般项目")
    ty = y0 + mm(50)
    for label, value in [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                         ("经营范围", what), ("注册资本", f"{rng.choice([100, 200, 500, 800])}万元"),
                         ("成立日期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                         ("住　　所", p.address)]:
        s.text(x0 + mm(10), ty, label, serif(32))
        s.text(x0 + mm(42), ty, value[:30], serif(32))
        ty += mm(10)
    seal(s, x1 - mm(48), y1 - mm(24), "林芝市巴宜区市场监督管理局", rng, radius=mm(18))
    y = y1 + mm(16)
    s.centred(y, "法定代表人身份证明书", font("hei", 52), spacing=4)
    col = Column([s], y + mm(18), left=mm(24), right=mm(22))
    col.para(f"{p.legal_rep}在我公司任法定代表人职务，特此证明。", serif(40), lead=72, first=80)
    s.right(s.width - mm(30), col.y + 60, num_date(c.filed_on - timedelta(days=rng.randint(2, 9))), serif(40))
    seal(s, s.width - mm(55), col.y + 50, p.name, rng, radius=mm(18))
    return [s]


FORM_TITLE = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取案款确认书",
              "service_address_confirmation": "送达地址确认书"}


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's duplicated forms, filled by the applicant (or the lawyer) in ballpoint."""
    a, r = c.applicant, c.respondent
    t = c.extra["tale"]
    s = Sheet()
    y = stencil_head(s, FORM_TITLE[code])
    w = s.width - LEFT - RIGHT
    f = serif(34)
    if code == "property_clue_form":
        if t == "wage":
            clue = f"{c.extra['owner'][0]}（鲁朗镇{c.extra['village']}）欠被执行人民宿工程款未结"
        elif t == "coach":
            clue = f"{c.extra['r_bank']}基本账户；名下旅游大巴多辆，停放在八一镇客运站"
        else:
            clue = f"被执行人驾驶的重型货车{c.extra['plate']}；车辆投保于{c.extra['insurer']}"
        rows = [["案号", ""], ["被执行人", ""], ["财产类型", ""], ["财产线索", ""], ["提供人", ""]]
        vals = [c.number, r.name, "到期债权" if t == "wage" else "存款、车辆" if t == "coach" else "车辆、保险理赔款", clue, ""]
        hs = [mm(15), mm(15), mm(15), mm(60), mm(20)]
    elif code == "payment_account_confirmation":
        rows = [["案号", ""], ["收款人", ""], ["开户银行", ""], ["账号", ""], ["说明", ""], ["确认人", ""]]
        note = "五名申请执行人各自账户另附清单，由本人领取" if t == "wage" else "执行款请直接转入上述账户"
        vals = [c.number, a.name, c.extra["in_bank"], c.extra["in_acct"], note, ""]
        hs = [mm(15), mm(15), mm(15), mm(15), mm(30), mm(20)]
    else:
        rows = [["案号", ""], ["受送达人", ""], ["送达地址", ""], ["联系电话", ""], ["是否同意电子送达", ""], ["确认人", ""]]
        vals = [c.number, a.name, a.address, a.phone, "同意，微信/短信：" + a.phone, ""]
        hs = [mm(15), mm(15), mm(24), mm(15), mm(20), mm(20)]
    boxes = ruled(s, LEFT, y, [mm(46), w - mm(46)], rows, f, heights=hs)
    tip = "告知：受送达人提供的地址不准确或变更未告知的，法律文书送达至该地址即视为送达。" \
        if code == "service_address_confirmation" else "提供人对所提供内容的真实性负责。"
    s.text(LEFT, boxes[-1][0][3] + 24, tip, serif(30), fill=STENCIL)
    mimeo(s, rng)
    for row, v in zip(boxes, vals, strict=True):
        if v:
            b = row[1]
            per = 22 if len(v) > 22 else 0
            fill(s, b[0] + mm(3), b[1] + mm(3), v, rng, size=36, per_line=per, lead=mm(8.5))
    b = boxes[-1][1]
    sign = a.legal_rep if a.kind == "organisation" else a.name
    fill(s, b[0] + mm(6), b[1] + mm(4), sign if t != "wage" or code != "property_clue_form" else c.agent, rng, size=46,
         ink=BLACK)
    fill(s, b[2] - mm(60), b[1] + mm(6), num_date(d), rng, size=36, ink=BLACK)
    return [s]


def _carbon_receipt(c: CaseCtx, rng: random.Random, title: str, payer: str, amount: Decimal, item: str, d: date) -> Sheet:
    """A receipt written through carbon: the filed second leaf, pink, its red printed frame, the writing blurred blue."""
    s = Sheet(paper=PINK)
    x0, x1 = mm(18), s.width - mm(18)
    s.centred(mm(24), title, bold(52), fill=PRINT_RED, spacing=6)
    s.text(x0, mm(40), f"No. {rng.randint(10**7, 10**8 - 1):08d}", font("mono", 36), fill=PRINT_RED)
    s.text(x1 - mm(70), mm(40), "填制日期：　　年　　月　　日", serif(30), fill=PRINT_RED)
    w = x1 - x0 - mm(14)
    rows = [["交款人", ""], ["收款单位", ""], ["项目名称", "", "金额（元）", ""], ["", "", "", ""],
            ["金额合计（大写）", ""], ["备注", ""]]
    boxes = ruled(s, x0, mm(50), [mm(40), mm(62), mm(28), w - mm(130)], rows, serif(30),
                  heights=[mm(13), mm(13), mm(13), mm(13), mm(13), mm(20)], ink=PRINT_RED, centre=(0, 2))
    s.text(x0, boxes[-1][0][3] + mm(4), "收款单位（盖章）　　　　　　　　　收款人：　　　　　　　复核人：", serif(30), fill=PRINT_RED)
    s.text(x1 - mm(9), mm(56), "第", serif(28), fill=PRINT_RED)
    for k, ch in enumerate("二联收据联"):
        s.text(x1 - mm(9), mm(66) + k * 38, ch, serif(28), fill=PRINT_RED)
    cb = Carbon(s)
    cb.write(x1 - mm(62), mm(39), f"{d.year}　{d.month}　{d.day}", rng, size=34)
    cb.write(boxes[0][1][0] + mm(4), boxes[0][1][1] + mm(2), payer, rng, size=38)
    cb.write(boxes[1][1][0] + mm(4), boxes[1][1][1] + mm(2), COURT, rng, size=36)
    cb.write(boxes[2][1][0] + mm(3), boxes[2][1][1] + mm(2), item, rng, size=36)
    cb.write(boxes[2][3][0] + mm(3), boxes[2][3][1] + mm(2), f"{amount:,.2f}", rng, size=38)
    cb.write(boxes[4][1][0] + mm(4), boxes[4][1][1] + mm(2), money_caps(amount), rng, size=36)
    cb.write(boxes[5][1][0] + mm(4), boxes[5][1][1] + mm(3), c.number, rng, size=34)
    cb.write(x0 + mm(128), boxes[-1][0][3] + mm(3), person_name(rng), rng, size=36)
    cb.press(rng)
    seal(s, x0 + mm(56), boxes[-1][0][3] + mm(6), f"{COURT}财务专用章" if "缴款" not in title else "西藏自治区财政厅监制",
         rng, radius=mm(16))
    return s


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行网络查控系统's feedback, printed from the case system in a monospaced face, one row per unit."""
    r = c.respondent
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "西藏银行", "招商银行",
             "兴业银行", "中信银行", "民生银行", "浦发银行", "平安银行", "光大银行", "华夏银行", "广发银行"]
    other = ["公安部车辆登记", "自然资源部不动产登记", "中国证券登记结算", "支付宝（蚂蚁集团）", "财付通", "京东金融"]
    t = c.extra["tale"]
    rows = [["序号", "协助单位", "查询结果", "反馈时间"]]
    for k, unit in enumerate(banks + other, 1):
        res = "无账户"
        if unit == "西藏银行" and t in ("wage", "coach"):
            res = f"余额{rng.randint(800, 24000)}.{rng.randint(10, 99)}元"
        elif unit == "中国农业银行" and t == "crash":
            res = f"余额{rng.randint(100, 900)}.{rng.randint(10, 99)}元"
        elif unit == "公安部车辆登记":
            res = {"wage": "车辆2辆（已抵押）", "coach": "大型客车11辆", "crash": "重型货车1辆"}[t]
        elif unit == "财付通":
            res = f"余额{rng.randint(0, 300)}.{rng.randint(10, 99)}元"
        rows.append([str(k), unit, res, f"{d.isoformat()} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"])
    sheets = []
    mono = font("mono", 30)
    for part in (rows[1:13], rows[13:]):
        s = Sheet()
        s.text(mm(18), mm(16), "执行网络查控系统　查询结果反馈", font("mono", 42))
        s.text(mm(18), mm(28), f"案号：{c.number}　　被查询人：{r.name}　　证照号码：{r.id_number}", mono)
        s.text(mm(18), mm(35), f"打印人：{c.clerk}　　打印时间：{d.isoformat()} 16:{rng.randint(10, 59)}", mono)
        w = s.width - mm(36)
        ruled(s, mm(18), mm(44), [mm(16), mm(72), mm(56), w - mm(144)], [rows[0], *part], mono, heights=mm(12), ink=BLACK,
              centre=(0,))
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - mm(18), s.height - mm(14), f"{i}/{len(sheets)}", mono)
        if i > 1:
            s.page_of = (i, len(sheets))
    return sheets


def _bank_slip(c: CaseCtx, rng: random.Random, payer: str, account: str, amount: Decimal, when: date, bank: str,
               payee: str, memo: str) -> Sheet:
    s = Sheet()
    blue = (20, 70, 150)
    s.text(mm(20), mm(20), bank, font("microhei", 44), fill=blue)
    s.centred(mm(34), "网上银行电子回单", font("microhei", 56), spacing=8)
    rows = [["回单编号", f"{rng.randint(10**11, 10**12 - 1)}", "交易日期", when.isoformat()],
            ["付款人", payer, "付款账号", account], ["收款人", payee, "收款账号", f"{rng.randint(10**15, 10**16 - 1)}"],
            ["金额", f"￥{amount:,.2f}", "大写", money_caps(amount)], ["用途", memo]]
    w = s.width - mm(40)
    boxes = ruled(s, mm(20), mm(52), [mm(28), mm(62), mm(28), w - mm(118)], rows, font("microhei", 28), heights=mm(15),
                  ink=(60, 60, 60), centre=(0, 2))
    y = boxes[-1][0][3] + mm(8)
    s.text(mm(20), y, "本回单可通过网上银行验证真伪，重复打印无效。", font("microhei", 26), fill=(90, 90, 90))
    seal(s, s.width - mm(60), y + mm(8), f"{bank}电子回单专用章", rng, radius=mm(17))
    return s


def _voucher(c: CaseCtx, rng: random.Random, served: list[str], d: date) -> list[Sheet]:
    t = c.extra["tale"]
    if t == "crash":
        if "insurer" in served:
            return [_bank_slip(c, rng, c.extra["insurer"], f"{rng.randint(10**15, 10**16 - 1)}", c.extra["insured"],
                               c.extra["insurer_day"], "中国工商银行", f"{COURT}", f"{c.number}交通事故理赔款")]
        rest = c.amount - c.extra["insured"]
        return [_carbon_receipt(c, rng, f"{COURT}执行款收据", c.respondent.name, rest, "执行款（交通事故赔偿余款）", d)]
    owner = c.extra["owner"]
    first = _carbon_receipt(c, rng, f"{COURT}执行款收据", f"{owner[0]}（{owner[1]}）", c.amount, "执行款（到期工程款）",
                            d - timedelta(days=6))
    s = Sheet()
    y = stencil_head(s, "执行案款发放领取表")
    w = s.width - LEFT - RIGHT
    s.text(LEFT, y - 4, f"案号：{c.number}", serif(32), fill=STENCIL)
    rows = [["序号", "领款人", "公民身份号码", "金额（元）", "领款人签名（捺印）"]]
    rows += [[str(k), "", "", "", ""] for k in range(1, 6)] + [["合计", "", "", "", ""]]
    boxes = ruled(s, LEFT, y + mm(10), [mm(14), mm(28), mm(50), mm(24), w - mm(116)], rows, serif(30),
                  heights=[mm(14)] + [mm(20)] * 5 + [mm(14)], centre=(0, 1, 2, 3, 4))
    s.text(LEFT, boxes[-1][0][3] + mm(6), "发放人：　　　　　　　　　监督人：　　　　　　　　发放日期：", serif(32), fill=STENCIL)
    mimeo(s, rng)
    for row, (name, idn, wage) in zip(boxes[1:6], c.extra["workers"], strict=True):
        fill(s, row[1][0] + mm(3), row[1][1] + mm(5), name, rng, size=34)
        fill(s, row[2][0] + mm(1), row[2][1] + mm(6), idn, rng, size=26)
        fill(s, row[3][0] + mm(2), row[3][1] + mm(5), f"{wage:,.0f}", rng, size=34)
        fill(s, row[4][0] + mm(4), row[4][1] + mm(4), name, rng, size=42, ink=BLACK)
        s.draw.ellipse((row[4][2] - mm(14), row[4][1] + mm(5), row[4][2] - mm(7), row[4][1] + mm(14)), fill=(200, 40, 48))
    fill(s, boxes[-1][3][0] + mm(2), boxes[-1][3][1] + mm(3), f"{c.amount:,.0f}", rng, size=34)
    yb = boxes[-1][0][3] + mm(4)
    fill(s, LEFT + mm(24), yb, c.officer, rng, size=38)
    fill(s, LEFT + mm(84), yb, person_name(rng), rng, size=38)
    fill(s, LEFT + mm(146), yb + 4, num_date(d), rng, size=34)
    s.starts_document = True
    return [first, s]


def _withdrawal(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The trader's 撤回执行申请书 on its letterhead, and the bank's receipt of the payment it got outside the court."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    blue = (30, 70, 140)
    s.text(LEFT, TOP - mm(6), a.name, font("microhei", 44), fill=blue)
    s.line(LEFT, TOP + 50, s.width - RIGHT, TOP + 50, width=4, fill=blue)
    s.centred(TOP + mm(20), "撤回执行申请书", font("hei", 66), spacing=10)
    col = Column([s], TOP + mm(40), left=mm(26), right=mm(24))
    f = font("microhei", 40)
    for kind, text in [("h", f"申请人：{_who(a)}"), ("h", f"被执行人：{_who(r)}"),
                       ("p", f"申请人与被执行人买卖合同纠纷一案，贵院以{c.number}立案执行。{cn_date(c.extra['paid_day'])}，"
                             f"被执行人已通过银行转账向申请人支付判决确定的货款及利息共计{money(c.amount)}，申请人已全部收到，"
                             "双方再无争议。"),
                       ("p", "现申请人自愿撤回对被执行人的执行申请，请求贵院终结本案执行。"), ("t", "此致"), ("t", COURT),
                       ("t", "附：银行电子回单一份")]:
        if kind == "t":
            col.s.text(col.left, col.y, text, f)
            col.y += 70
        else:
            col.para(text, f, lead=70, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    y = col.y + 60
    s.text(s.width - mm(110), y, "申请人（盖章）：", f)
    bilingual_seal(s, s.width - mm(50), y + mm(16), rng, name=a.name, name_bo="ཚོང་ལས་ཁང་།", radius=mm(18))
    hand(s, s.width - mm(92), y + mm(30), a.legal_rep, rng, size=48, ink=BLACK)
    hand(s, s.width - mm(100), y + mm(44), num_date(d), rng, size=42, ink=BLACK)
    slip = _bank_slip(c, rng, r.name, c.extra.get("r_acct", ""), c.amount, c.extra["paid_day"],
                      c.extra.get("r_bank", "西藏银行林芝分行"), a.name, "货款及利息（判决款）")
    slip.starts_document = True
    return [s, slip]

