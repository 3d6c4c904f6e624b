"""What 天宁法院执行局 receives or takes out of the old volume, each in its maker's style: the old judgments of the civil
divisions and the 劳动人事争议仲裁委员会's award (typed to the old grid, certified copies or photocopies made long ago),
the old 生效证明书 rubber-stamped and filled by hand; the lawyers' 2024 恢复执行申请书 in a Word-like 黑体 with a boxed
title (the original undertaker's approval written at its foot), the firm's letter under a red letterhead, the
licence card copy; the window's 2024 forms filled in by ballpoint; the 查控 system's printout; a bank's 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import RED, hand, mm, seal, wrap
from dossier.corpus.families.court_iu_kit import (
    COURT,
    OLD_COURT,
    L,
    Leaf,
    R,
    cells,
    leaf,
    old_paper,
    pen,
    rubber,
    serif,
    stamped_form,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "resumption_application", "enforcement_basis", "effectiveness_certificate", "identity_proof", "power_of_attorney",
    "law_firm_letter", "lawyer_license", "payment_account_confirmation", "service_address_confirmation",
    "property_declaration_form", "online_inquiry_result", "payment_voucher",
})
ARB = "常州市天宁区劳动人事争议仲裁委员会"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Leaf]:
    from dossier.corpus.families.court_iu import made_on

    d = made_on(c, code)
    if code == "resumption_application":
        return _application(c, rng, d)
    if code == "enforcement_basis":
        return _award(c, rng) if c.extra["tale"] == "worker" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, "respondent" in served, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence_card(c, rng)
    if code in ("payment_account_confirmation", "service_address_confirmation", "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _bank_slip(c, rng, d)
    raise KeyError(code)


def _word_pages(sheets: list[Leaf]) -> list[Leaf]:
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        if n > 1:
            s.centred(s.height - mm(14), f"{i} / {n}", font("microhei", 28))
            if i > 1:
                s.page_of = (i, n)
    return sheets


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    """The lawyer's 恢复执行申请书 (a boxed 黑体 title, 微软雅黑-like body), the applicant's seal and the lawyer's
    signature; at the foot of its last page the bureau's approval, written by the original undertaker."""
    a, r = c.applicant, c.respondent
    body = font("microhei", 40)
    lead = 70
    s = leaf()
    sheets = [s]
    tf = font("hei", 70)
    title = "恢复执行申请书"
    tw = tf.getlength(title) + 20 * 6
    x0 = (s.width - tw) / 2
    s.box(x0 - 30, mm(26), x0 + tw + 30, mm(26) + 110, width=3)
    s.text(x0, mm(26) + 18, title, tf, spacing=20)
    y = mm(26) + 170.0
    rep = "负责人" if "支行" in a.name else "法定代表人"
    paras: list[tuple[str, str]] = []
    if a.kind == "organisation":
        paras += [("f", f"申请人：{a.name}"), ("f", f"住所地：{a.address}"), ("f", f"{rep}：{a.legal_rep}")]
    else:
        paras += [("f", f"申请人：{a.name}，{a.sex}，{num_date(a.born or date(1985, 1, 1))}出生，公民身份号码{a.id_number}，"
                        f"住{a.address}，联系电话{a.phone}")]
    paras += [("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}")]
    if r.kind == "organisation":
        paras += [("f", f"被申请人：{r.name}"), ("f", f"统一社会信用代码：{r.id_number}"), ("f", f"现住所地：{r.address}"),
                  ("f", f"法定代表人：{r.legal_rep}")]
    else:
        paras += [("f", f"被申请人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}")]
    ask = {"mill": f"2. 依法冻结、扣划被申请人在{c.extra['r_bank']}的存款；",
           "bank": f"2. 依法扣留、提取被申请人在{c.extra['employer']}的工资收入；",
           "worker": "2. 继续对被申请人限制消费，责令其履行给付义务；"}[c.extra["tale"]]
    paras += [("k", "请求事项："),
              ("f", f"1. 恢复{c.previous_number}案件的执行，执行依据为{c.basis_court}{c.basis_number}"
                    f"{'仲裁裁决书' if c.extra['tale'] == 'worker' else '民事判决书'}，执行标的{money(c.amount)}及迟延履行利息；"),
              ("f", ask), ("f", "3. 本案执行费用由被申请人负担。"), ("k", "事实与理由："),
              ("p", f"申请人与被申请人{c.extra['cause']}一案，{c.basis_court}作出的上述法律文书已发生法律效力。因被申请人未履行义务，"
                    f"申请人于{num_date(c.extra['old_filed'])}申请强制执行，贵院立案后因未发现可供执行的财产，于"
                    f"{num_date(c.extra['old_closed'])}裁定终结本次执行程序。"),
              ("p", f"近期申请人发现：{c.extra['clue']}。被申请人已具备履行能力，根据《最高人民法院关于严格规范终结本次执行"
                    "程序的规定（试行）》第九条的规定，特申请恢复执行。"),
              ("f", "此致"), ("f", COURT)]
    width = s.width - L - R
    for kind, text in paras:
        f = font("hei", 40) if kind == "k" else body
        first = f.size * 2 if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, width, indent=first)):
            if y + lead > s.height - mm(32):
                s = leaf()
                sheets.append(s)
                y = float(mm(26))
            s.text(L + (first if k == 0 else 0), y, part, f)
            y += lead
    if y + 560 > s.height - mm(24):
        s = leaf()
        sheets.append(s)
        y = float(mm(30))
    y += 30
    xr = s.width - R - mm(95)
    s.text(xr, y, "申请人（盖章）：", body)
    if a.kind == "organisation":
        seal(s, xr + mm(60), y + 10, a.name, rng, radius=mm(19))
    else:
        hand(s, xr + mm(56), y - 8, a.name, rng, size=54, ink=(24, 24, 30))
    s.text(xr, y + lead, "委托代理人：", body)
    hand(s, xr + mm(46), y + lead - 8, c.agent, rng, size=52, ink=(24, 24, 30))
    s.text(xr, y + 2 * lead, f"{d.year}年{d.month}月{d.day}日", body)
    # the approval: written on the application by the original undertaker
    y += 3 * lead + 30
    rubber(s, L, y, ["执行局审批"], rng, size=34, ink=(60, 60, 150))
    chief = c.extra["undertaker_left"]
    who = c.extra["chief"] if chief else c.officer
    role = "执行局长" if chief else "原承办人"
    note = (f"原案{c.previous_number}系本人承办，新线索属实，同意恢复执行。" if not chief
            else "原承办人已调离，经审查同意恢复执行。")
    yy = pen(s, L + mm(8), y + mm(16), note, rng, size=42, per_line=22, lead=mm(8.5))
    pen(s, s.width - R - mm(88), yy + mm(2), f"{role}：{who}  {num_date(c.day(-1))}", rng, size=42, ink=(24, 24, 30))
    return _word_pages(sheets)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    """The old civil division's judgment (2009 yarn, 2013 loan), taken out of the old volume."""
    a, r = c.applicant, c.respondent
    made: date = c.extra["basis_made"]
    mill = c.extra["tale"] == "mill"
    addr = c.extra["old_address"] or r.address
    if mill:
        facts = [f"原告{a.name}诉称：{made.year - 1}年间，原告陆续向被告供应涤纶纱线、棉纱等货物，经对账，被告尚欠货款"
                 f"{c.amount:,.2f}元，屡经催讨未付，请求判令被告支付货款及逾期付款利息。",
                 f"被告{r.name}未到庭参加诉讼，亦未提交答辩意见。",
                 "经审理查明：原、被告之间存在买卖合同关系，原告已按约供货，被告在对账单上盖章确认欠款金额，至今未付。",
                 "本院认为，原、被告之间的买卖合同合法有效。被告欠付货款事实清楚，证据确实充分，应承担付款责任。依照《中华人民共和国"
                 "合同法》第一百零九条、第一百五十九条，《中华人民共和国民事诉讼法》第一百三十条之规定，判决如下："]
        orders = [f"一、被告{r.name}于本判决发生法律效力之日起十日内支付原告{a.name}货款{c.amount:,.2f}元；",
                  "二、驳回原告的其他诉讼请求。"]
        division = "民二庭"
    else:
        facts = [f"原告{a.name}诉称：{made.year - 2}年，{c.extra['borrower']}向原告借款，被告{r.name}提供连带责任保证。借款到期后，"
                 "借款人未能归还本息，被告亦未履行保证责任，请求判令被告承担连带清偿责任。",
                 f"被告{r.name}辩称，对担保事实无异议，但借款人应先行承担责任。",
                 "经审理查明：原告与借款人签订借款合同，被告签订保证合同，约定承担连带责任保证，保证期间为借款到期之日起二年。",
                 "本院认为，被告作为连带责任保证人，应在保证范围内承担保证责任。依照《中华人民共和国担保法》第十八条、第二十一条，"
                 "《中华人民共和国民事诉讼法》第一百四十四条之规定，判决如下："]
        orders = [f"一、被告{r.name}对{c.extra['borrower']}所欠原告{a.name}借款本金及利息共计{c.amount:,.2f}元承担连带清偿责任，"
                  "于本判决发生法律效力之日起十日内履行；", "二、被告承担保证责任后，有权向借款人追偿。"]
        division = "商事审判庭"
    fee = int(c.amount) // 100 + 80
    paras = [("h", f"原告：{a.name}，住所地{a.address}。"), ("h", f"{'负责人' if '支行' in a.name else '法定代表人'}：{a.legal_rep}。"),
             ("h", f"委托代理人：{person_name(rng)}，该公司职员。")]
    if r.kind == "organisation":
        paras += [("h", f"被告：{r.name}，住所地{addr}。"), ("h", f"法定代表人：{r.legal_rep}。")]
    else:
        paras += [("h", f"被告：{r.name}，{r.sex}，住{r.address}。")]
    paras += [("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{made.year}年{max(1, made.month - 2)}月受理后，"
                    f"依法由审判员{c.extra['old_judge']}适用简易程序公开开庭进行了审理。本案现已审理终结。")]
    paras += [("p", t) for t in facts] + [("p", t) for t in orders]
    paras += [("p", f"如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第"
                    f"{'二百二十九' if made.year < 2013 else '二百五十三'}条之规定，加倍支付迟延履行期间的债务利息。"),
              ("p", f"案件受理费{fee}元，减半收取{fee // 2}元，由被告负担。"),
              ("p", "如不服本判决，可在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于江苏省"
                    "常州市中级人民法院。")]
    del division
    return old_paper(rng, "民事判决书", c.basis_number, paras, day=made,
                     signers=[("审判员", c.extra["old_judge"]), ("书记员", person_name(rng))],
                     age="aged" if mill else "copy")


def _award(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    """The 2015 labour award, photocopied for the old volume."""
    a, r = c.applicant, c.respondent
    made: date = c.extra["basis_made"]
    ws = c.extra["workshop"]
    paras = [("h", f"申请人：{a.name}，{a.sex}，{a.born.year if a.born else 1985}年生，住{a.address}。"),
             ("h", f"被申请人：{r.name}，男，系{ws}（个体工商户）经营者，住{r.address}。"),
             ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{made.year}年{max(1, made.month - 1)}月受理，依法组成仲裁庭"
                   "进行了审理，本案现已审理终结。"),
             ("p", f"申请人称：其自{made.year - 2}年起在{ws}从事横机挡车工作，被申请人拖欠其{c.extra['months']}个月工资，后工厂停产，"
                   "被申请人不知去向，请求裁决被申请人支付拖欠的工资及经济补偿金。"),
             ("p", "被申请人经本委书面通知，无正当理由未到庭。"),
             ("p", f"经审理查明，{ws}系被申请人经营的个体工商户，申请人在该厂工作，被申请人未足额支付其工资。"),
             ("p", "本委认为，用人单位应当按时足额支付劳动者工资。依照《中华人民共和国劳动合同法》第三十条、第四十六条、"
                   "第四十七条之规定，裁决如下："),
             ("p", f"被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}拖欠工资及经济补偿金合计{c.amount:,.2f}元。"),
             ("p", "本裁决为终局裁决，自作出之日起发生法律效力。当事人应当自觉履行，一方当事人逾期不履行的，另一方当事人"
                   "可以向有管辖权的人民法院申请强制执行。")]
    return old_paper(rng, "仲裁裁决书", c.basis_number, paras, day=made, court=ARB,
                     signers=[("仲裁员", c.extra["old_judge"]), ("书记员", person_name(rng))], age="copy")


def _in_force(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    """The old 生效证明书, rubber-stamped and filled in by hand."""
    a, r = c.applicant, c.respondent
    made: date = c.extra["basis_made"]
    when: date = c.extra["basis_in_force"]
    worker = c.extra["tale"] == "worker"
    kind = "仲裁裁决书" if worker else "民事判决书"
    rows = [("案    号", c.basis_number), ("当 事 人", f"{a.name}、{r.name}"),
            ("文书名称", f"{kind}（{made.year}年{made.month}月{made.day}日作出）"),
            ("送达情况", f"已于{made.year}年{made.month}月{min(28, made.day + 6)}日送达双方当事人"),
            ("生效日期", f"{when.year}年{when.month}月{when.day}日"),
            ("证明事项", f"上述{kind}已发生法律效力。" + ("双方均未上诉。" if not worker else "")),
            ("经 办 人", person_name(rng))]
    court = ARB if worker else OLD_COURT
    return stamped_form(rng, "生 效 证 明 书", rows, court=court, tall=(2, 5), seal_at=5,
                        note="（此证明与原文书一并使用）")


def _identity(c: CaseCtx, rng: random.Random, respondent: bool, d: date) -> list[Leaf]:
    p = c.respondent if respondent else c.applicant
    if respondent and c.extra["tale"] == "worker":
        return _id_card(p, rng, age="copy", note=f"{c.extra['old_filed'].year}年原卷复印件")
    if respondent and p.kind == "organisation":
        return _registry_printout(p, c, rng, d)
    if respondent:
        return _population_printout(p, c, rng, d)
    if p.kind == "organisation":
        return _licence(p, c, rng)
    return _id_card(p, rng, age="", note="")


def _id_card(p: Party, rng: random.Random, *, age: str, note: str) -> list[Leaf]:
    s = leaf(age, stapled=bool(age))
    w, h = int(mm(86) * 1.3), int(mm(54) * 1.3)
    x = (s.width - w) // 2
    grey = (70, 70, 70)
    f = font("hei", 38)
    for k, y in enumerate((mm(40), mm(40) + h + mm(22))):
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), outline=grey, width=3, fill=(224, 226, 224))
        if k == 0:
            rows = [("姓名", p.name), ("性别", f"{p.sex}    民族  汉"),
                    ("出生", f"{p.born.year}年{p.born.month}月{p.born.day}日" if p.born else ""), ("住址", p.address[:12]),
                    ("", p.address[12:24])]
            ty = y + mm(7)
            for lab, val in rows:
                if lab:
                    s.text(x + mm(7), ty, lab, f, fill=grey)
                s.text(x + mm(22), ty, val, font("hei", 40))
                ty += mm(9.5)
            s.text(x + mm(7), y + h - mm(13), "公民身份号码", f, fill=grey)
            s.text(x + mm(36), y + h - mm(13), p.id_number, font("mono", 46))
            s.draw.rectangle((x + w - mm(34), y + mm(9), x + w - mm(8), y + mm(45)), fill=(150, 150, 150))
        else:
            s.centred(y + mm(12), "中华人民共和国", font("hei", 54), x0=x + mm(20), x1=x + w)
            s.centred(y + mm(26), "居民身份证", font("hei", 66), spacing=14, x0=x + mm(20), x1=x + w)
            s.text(x + mm(8), y + h - mm(20), "签发机关  常州市公安局天宁分局", f)
            born = p.born or date(1980, 1, 1)
            start = 2008 if age else 2019
            s.text(x + mm(8), y + h - mm(11), f"有效期限  {start}.{born.month:02d}.{born.day:02d}-{start + 20}."
                                              f"{born.month:02d}.{born.day:02d}", f)
    if note:
        rubber(s, x, mm(40) + 2 * h + mm(34), [note], rng, size=30)
    else:
        hand(s, x + mm(6), mm(40) + 2 * h + mm(34), "与原件一致", rng, size=46, ink=(24, 24, 30))
        hand(s, x + mm(60), mm(40) + 2 * h + mm(34), p.name, rng, size=50, ink=(24, 24, 30))
    return [s]


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Leaf]:
    s = leaf()
    red = (196, 64, 52)
    s.box(mm(16), mm(18), s.width - mm(16), s.height - mm(60), width=12, outline=red)
    s.centred(mm(40), "营  业  执  照", font("song_gb", 110), spacing=8)
    s.centred(mm(64), "（副本）", serif(40))
    s.text(mm(30), mm(80), f"统一社会信用代码  {p.id_number}", serif(36))
    rep = "负责人" if "支行" in p.name else "法定代表人"
    kind = "股份有限公司分公司（上市）" if "银行" in p.name else "有限责任公司（自然人投资或控股）"
    scope = "许可项目：银行业务（依法须经批准的项目，凭许可证件经营）" if "银行" in p.name else "纺纱、织造；纺织品、针织品销售。"
    y = float(mm(98))
    for k, v in [("名　　称", p.name), ("类　　型", kind), (rep, p.legal_rep), ("经营范围", scope),
                 ("成立日期", f"{rng.randint(1996, 2006)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]:
        s.text(mm(30), y, k, serif(38))
        for part in wrap(v, serif(38), s.width - mm(110)):
            s.text(mm(72), y, part, serif(38))
            y += mm(9)
        y += mm(4)
    s.right(s.width - mm(36), s.height - mm(100), "登记机关", serif(38))
    s.right(s.width - mm(36), s.height - mm(86), cn_date(date(rng.randint(2019, 2023), rng.randint(1, 12), rng.randint(1, 28))),
            serif(38))
    seal(s, s.width - mm(62), s.height - mm(94), "常州市天宁区市场监督管理局" if "银行" in p.name else "常州市天宁区行政审批局",
         rng, radius=mm(20))
    hand(s, mm(30), s.height - mm(46), "与原件核对一致", rng, size=48, ink=(24, 24, 30))
    seal(s, mm(110), s.height - mm(40), p.name, rng, radius=mm(17))
    return [s]


def _registry_printout(p: Party, c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    """国家企业信用信息公示系统's page printed from the browser (the respondent's new premises shown)."""
    s = leaf()
    s.draw.rectangle((0, 0, s.width, mm(18)), fill=(200, 40, 40))
    s.text(mm(10), mm(4), "国家企业信用信息公示系统", font("microhei", 50), fill=(255, 255, 255))
    s.text(mm(10), mm(24), f"{p.name}", font("microhei", 52))
    s.text(mm(10), mm(36), "存续（在营、开业、在册）", font("microhei", 32), fill=(40, 140, 60))
    f = font("microhei", 32)
    rows = [["统一社会信用代码", p.id_number, "企业名称", p.name], ["类型", "有限责任公司", "法定代表人", p.legal_rep],
            ["注册资本", f"{rng.choice([50, 100, 200])}万元人民币", "成立日期", f"{rng.randint(2003, 2007)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"],
            ["登记机关", "常州市新北区行政审批局", "核准日期", f"{d.year - 1}-{rng.randint(10, 12)}-0{rng.randint(1, 9)}"],
            ["住所", p.address], ["经营范围", "纺织品、针织品、服装、纺织原料（除棉花）销售；自营和代理各类商品的进出口业务。"]]
    w = s.width - mm(20)
    cells(s, mm(10), mm(48), [mm(40), mm(60), mm(34), w - mm(134)], rows, f, heights=[mm(13)] * 5 + [mm(20)],
          ink=(170, 170, 170), line=1, centre_cols=())
    s.text(mm(10), mm(140), "变更信息", font("microhei", 38))
    cells(s, mm(10), mm(150), [mm(14), mm(30), mm(70), w - mm(114)],
          [["序号", "变更事项", "变更前内容", "变更后内容"],
           ["1", "住所变更", c.extra["old_address"], p.address]], f, heights=[mm(10), mm(22)], ink=(170, 170, 170), line=1,
          centre_cols=())
    s.text(mm(10), s.height - mm(12), f"https://www.gsxt.gov.cn/corp-query-entprise-info   {d:%Y/%m/%d} 10:2{rng.randint(0, 9)}",
           font("microhei", 24), fill=(90, 90, 90))
    return [s]


def _population_printout(p: Party, c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    """常住人口信息 printed at the bureau's 公安 terminal."""
    s = leaf()
    s.centred(mm(24), "常住人口登记信息", font("sans_bold", 64))
    f = font("sans", 36)
    w = s.width - L - R
    born = p.born or date(1975, 1, 1)
    rows = [["姓名", p.name, "性别", p.sex], ["民族", "汉族", "出生日期", f"{born:%Y%m%d}"], ["公民身份号码", p.id_number],
            ["住址", p.address], ["服务处所", c.extra["employer"]], ["户籍地派出所", "常州市公安局天宁分局" +
                                                                          rng.choice(["红梅", "青龙", "天宁"]) + "派出所"]]
    cells(s, L, mm(44), [mm(34), mm(56), mm(30), w - mm(120)], rows, f, heights=mm(15), centre_cols=(0, 2))
    s.text(L, mm(150), f"查询单位：{COURT}执行局  查询人：{c.clerk}  查询时间：{d:%Y-%m-%d}", font("sans", 30))
    return [s]


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    a = c.applicant
    s = leaf()
    s.centred(mm(30), "授 权 委 托 书", font("song_gb", 76), spacing=6)
    f = serif(40)
    y = float(mm(56))
    who = (f"委托人：{a.name}\n住所地：{a.address}\n{'负责人' if '支行' in a.name else '法定代表人'}：{a.legal_rep}"
           if a.kind == "organisation" else f"委托人：{a.name}，公民身份号码{a.id_number}\n住址：{a.address}")
    lines = [*who.split("\n"), f"受托人：{c.agent}，{c.firm}律师", f"地址：{c.extra['firm_addr']}  电话：{c.agent_phone}",
             "", f"现委托上列受托人在我方与{c.respondent.name}{c.extra['cause']}恢复执行一案中，作为我方的代理人。",
             "代理权限：特别授权，代为申请恢复执行，代为提供财产线索，代为签收法律文书，代为参与执行和解，代为领取执行款。",
             "委托期限：自签署之日起至本案执行终结时止。"]
    for line in lines:
        for part in wrap(line, f, s.width - L - R) or [""]:
            s.text(L, y, part, f)
            y += 70
    y += 60
    s.text(s.width - R - mm(100), y, "委托人：", f)
    if a.kind == "organisation":
        seal(s, s.width - R - mm(50), y + 20, a.name, rng, radius=mm(19))
    else:
        hand(s, s.width - R - mm(70), y - 8, a.name, rng, size=54, ink=(24, 24, 30))
    s.text(s.width - R - mm(100), y + 90, "受托人：", f)
    hand(s, s.width - R - mm(70), y + 82, c.agent, rng, size=54, ink=(24, 24, 30))
    s.text(s.width - R - mm(100), y + 180, cn_date(d), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    s = leaf()
    s.centred(mm(22), c.firm, font("song_gb", 80), fill=RED, spacing=8)
    s.line(L, mm(40), s.width - R, mm(40), width=6, fill=RED)
    s.right(s.width - R, mm(46), f"（{d.year}）常律执字第{rng.randint(10, 160)}号", serif(36))
    s.centred(mm(60), "律师事务所函", font("song_gb", 66), spacing=10)
    f = serif(40)
    y = float(mm(80))
    s.text(L, y, f"{COURT}执行局：", f)
    y += 80
    text = (f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
            f"（原案号{c.previous_number}）恢复执行一案的代理人。")
    for k, part in enumerate(wrap(text, f, s.width - L - R, indent=f.size * 2)):
        s.text(L + (f.size * 2 if k == 0 else 0), y, part, f)
        y += 72
    s.text(L + f.size * 2, y, "特此函告。", f)
    y += 160
    s.text(L, y, f"律师：{c.agent}    执业证号：{c.extra['licence']}", serif(36))
    s.text(L, y + 60, f"地址：{c.extra['firm_addr']}", serif(36))
    s.right(s.width - R - mm(10), y + 180, cn_date(d), f)
    seal(s, s.width - R - mm(40), y + 190, c.firm, rng, radius=mm(20))
    return [s]


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    s = leaf()
    w, h = mm(150), mm(98)
    x, y = (s.width - w) / 2, mm(42)
    s.draw.rectangle((x, y, x + w, y + h), outline=(60, 60, 60), width=3, fill=(236, 238, 240))
    s.centred(y + mm(8), "律师执业证", font("song_gb", 64), x0=x, x1=x + w, spacing=10)
    f = serif(36)
    ty = y + mm(26)
    for k, v in [("姓名", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                 ("发证机关", "江苏省司法厅"), ("发证日期", f"{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月")]:
        s.text(x + mm(8), ty, f"{k}：{v}", f)
        ty += mm(10)
    s.draw.rectangle((x + w - mm(38), y + mm(26), x + w - mm(10), y + mm(64)), fill=(160, 160, 160))
    seal(s, x + w - mm(26), y + h - mm(20), "江苏省司法厅", rng, radius=mm(14))
    hand(s, x, y + h + mm(16), "复印件与原件一致", rng, size=46, ink=(24, 24, 30))
    hand(s, x + mm(80), y + h + mm(16), c.agent, rng, size=52, ink=(24, 24, 30))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    """The window's 2024 forms: printed, filled in by ballpoint."""
    a, r = c.applicant, c.respondent
    if code == "payment_account_confirmation":
        title = "申请执行人收取案款确认书"
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone if a.kind == "person" else c.agent_phone),
                ("承诺", "")]
        promise = "本人（单位）确认以上账户为收取本案执行款的唯一账户，因账户信息错误造成的损失由本人（单位）承担。"
        signer = c.agent
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("收件人及电话", f"{c.agent} {c.agent_phone}"),
                ("电子送达", f"同意，手机号{c.agent_phone}"), ("告知事项", ""), ("确认", "")]
        promise = "本人已阅读告知事项，确认上述地址真实有效；地址变更未及时告知的，按原地址送达即视为送达。"
        signer = c.agent
    else:
        title = "财产申报表"
        if c.extra["tale"] == "bank":
            income = f"在{c.extra['employer']}上班，月工资约{c.extra['wage']:,.0f}元"
        elif c.extra["tale"] == "mill":
            income = f"公司在{c.extra['r_bank']}有基本户，经营收入不固定"
        else:
            income = "打零工，收入不固定"
        rows = [("案号", c.number), ("申报人", r.name), ("收入情况", income), ("银行存款", "见银行流水" if rng.random() < 0.5 else "少量"),
                ("不动产", "无"), ("车辆", "无"), ("其他财产", "无"), ("申报人签名", "")]
        promise = ""
        signer = r.legal_rep if r.kind == "organisation" else r.name
    s = leaf()
    s.centred(mm(20), COURT, font("song_gb", 50), spacing=3)
    s.centred(mm(32), title, font("song_gb", 72), spacing=8)
    w = s.width - L - R
    boxes = cells(s, L, mm(52), [mm(44), w - mm(44)], [[lab, ""] for lab, _ in rows], serif(36),
                  heights=[mm(18)] * (len(rows) - 1) + [mm(40)])
    for (_lab, val), row in zip(rows, boxes, strict=True):
        if val:
            pen(s, row[1][0] + mm(5), row[1][1] + mm(4), val, rng, size=44, width=w - mm(54), lead=mm(8))
    last = boxes[-1][1]
    if promise:
        ty = last[1] + mm(3)
        for part in wrap(promise, serif(32), last[2] - last[0] - 20):
            s.text(last[0] + 10, ty, part, serif(32))
            ty += 44
    hand(s, last[2] - mm(70), last[3] - mm(16), signer, rng, size=54, ink=(24, 24, 30))
    pen(s, last[2] - mm(70), last[3] - mm(7), num_date(d), rng, size=34)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    s = leaf()
    f = font("mono", 30)
    s.centred(mm(16), "执行查控反馈信息（总对总）", font("sans_bold", 54))
    s.text(mm(12), mm(30), f"案号：{c.number}   执行法院：{COURT}   承办人：{c.officer}", f)
    s.text(mm(12), mm(37), f"被查询人：{c.respondent.name}   证照号码：{c.respondent.id_number}", f)
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈日期"]]
    hit = c.extra["r_bank"]
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "江苏江南农村商业银行", "江苏银行",
             "自然资源部", "公安部交通管理局", "中国证券登记结算有限责任公司", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司"]
    for i, u in enumerate(units, 1):
        if hit and u == ("江苏江南农村商业银行" if "江南" in hit else "中国工商银行"):
            res = f"账户{c.extra['r_acct'][-6:]}余额{c.amount + rng.randint(1000, 90000):,.2f}元"
        elif c.extra["tale"] == "bank" and u == "中国建设银行":
            res = f"工资账户余额{rng.randint(100, 3000)}.{rng.randint(10, 99)}元"
        else:
            res = "未查询到" if rng.random() < 0.8 else f"余额{rng.randint(0, 90)}.{rng.randint(10, 99)}元"
        kind = "存款" if i <= 7 else ("不动产" if i == 8 else ("车辆" if i == 9 else "其他"))
        rows.append([str(i), u, kind, res, f"{d + timedelta(days=rng.randint(0, 3)):%Y-%m-%d}"])
    cells(s, mm(10), mm(46), [mm(14), mm(66), mm(20), mm(62)], rows, f, heights=mm(10.5), line=1, centre_cols=(0, 2))
    s.text(mm(12), s.height - mm(16), f"打印时间：{d + timedelta(days=4):%Y-%m-%d} 15:{rng.randint(10, 59)}  打印人：{c.clerk}",
           font("mono", 26))
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    """The bank's 电子回单 of the payout from the court's 执行款专户 to the applicant, half a page, printed twice."""
    s = leaf()
    bank = "江苏江南农村商业银行"
    f = font("sans", 32)
    for k in range(2):
        y0 = mm(14) + k * mm(130)
        s.centred(y0, f"{bank}  电子回单（{'付款' if k == 0 else '收款'}）", font("sans_bold", 46))
        s.text(mm(16), y0 + mm(14), f"回单编号：{rng.randint(10**15, 10**16 - 1)}   交易日期：{d:%Y-%m-%d}", f)
        rows = [["付款人户名", f"{COURT}（执行款专户）", "收款人户名", c.applicant.name],
                ["付款人账号", f"1000{rng.randint(10**11, 10**12 - 1)}", "收款人账号", c.extra["in_acct"]],
                ["开户行", "江南农商行天宁支行", "开户行", c.extra["in_bank"]],
                ["金额（小写）", f"{c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
                ["用途", f"{c.number}执行款", "渠道", "网银"]]
        cells(s, mm(14), y0 + mm(24), [mm(34), mm(58), mm(34), mm(58)], rows, f, heights=mm(14), line=1,
              centre_cols=(0, 2))
        seal(s, s.width - mm(50), y0 + mm(86), bank, rng, radius=mm(15), inner="电子回单专用章")
        s.text(mm(16), y0 + mm(100), f"打印次数：{k + 1}   打印日期：{d + timedelta(days=1):%Y-%m-%d}", f)
    return [s]

