"""Papers that reach 南海法院's enforcement bureau from others, each in its author's manner: the 佛山中院 二审 judgment
(明体, 骑缝章, —n— folios), the 佛山仲裁委员会 award and its 生效证明 (double rules, 共m页第n页), the 顺德法院 司法确认
ruling, a 南海 law firm's application, 委托书 and 所函 on its letterhead, copies of ID cards, licences and a lawyer's
licence, 广东省非税收入电子票据 and the 诉讼服务中心's window forms filled in by hand."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, num_date, person_name
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, hand, mm, seal, table, wrap
from dossier.corpus.families.court_ax_kit import COURT, basis_title, grid, what
from dossier.corpus.fonts import font
from dossier.corpus.paper import House, Paper, scrawl, stamp, typeset

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation",
})
MID_COURT = "广东省佛山市中级人民法院"
ARBITRATION = "佛山仲裁委员会"

MID = House(body="ming", body_mm=5.6, leading=1.9, title="serif_bold", title_mm=10.0, title_spacing_mm=2.4,
            heading="above", number_align="right", top=32, bottom=30, left=30, right=26, footer="emdash",
            seam_seal=True)
AWARD = House(body="song_gb", body_mm=5.2, leading=1.75, title="hei", title_mm=9.0, title_spacing_mm=1.5,
              heading="double_rule", number_align="centre", top=28, bottom=28, left=27, right=25, footer="mn")
SHUNDE = House(body="serif", body_mm=5.5, leading=1.8, title="serif_bold", title_mm=9.5, title_spacing_mm=2.6,
               heading="above", top=34, bottom=30, left=29, right=26, footer="none")
FIRM = House(body="microhei", body_mm=5.0, leading=1.8, title="sans_bold", title_mm=8.0, title_spacing_mm=0.8,
             heading="letterhead", top=22, bottom=26, left=25, right=24, footer="none", hand="wenkai")
PLAIN = House(body="song_gb", body_mm=5.3, leading=1.9, title="serif_bold", title_mm=8.5, title_spacing_mm=1.8,
              heading="above", top=30, bottom=28, left=28, right=26, footer="none", hand="kai_gb")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    if code == "enforcement_basis":
        return {"profile": _appeal, "tile": _award, "lease": _confirmation}[c.extra["story"]](c, rng)
    if code == "effectiveness_certificate":
        return typeset(Paper("生效证明书", [
            ("f", f"{COURT}："),
            ("p", f"本会受理的申请人{a.name}与被申请人{c.respondent.name}{c.extra['cause']}一案，已于{cn_date(c.basis_effective)}"
                  f"作出{c.basis_number}裁决书，并已依法送达双方当事人。该裁决书自作出之日起发生法律效力。"),
            ("p", "截至本证明出具之日，本会未收到人民法院撤销或者不予执行该裁决的裁定。"),
            ("p", "特此证明。"), ("gap", ""), ("sig", f"{ARBITRATION}秘书处"),
            ("date", cn_date(c.filed_on - timedelta(days=rng.randint(3, 12))))],
            issuer=ARBITRATION, number=f"佛仲证字〔{c.filed_on.year}〕第{rng.randint(20, 400)}号", seal=ARBITRATION), AWARD, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        rep = a.legal_rep or a.name
        return typeset(Paper("授权委托书", [
            ("f", f"委托人：{a.name}"), ("f", f"住所：{a.address}"),
            *([("f", f"负责人：{a.legal_rep}")] if a.kind == "organisation" else [("f", f"身份证号码：{a.id_number}")]),
            ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
            ("p", f"现委托上列受托人在{what(c)}的执行程序中，作为我方的委托代理人。"),
            ("f", "代理权限：特别授权，包括申请执行、提供财产线索、申请采取强制措施、参与和解、代为签收法律文书、"
                  "代为收取及确认案款、申请结案。"),
            ("f", "委托期限：自签署之日起至本案执行终结止。"), ("gap", ""),
            ("hsig", f"委托人：{rep}"), ("date", cn_date(c.filed_on - timedelta(days=rng.randint(2, 6))))],
            seal=a.name if a.kind == "organisation" else ""), PLAIN, rng)
    if code == "law_firm_letter":
        return typeset(Paper("律师事务所函", [
            ("f", f"{COURT}："),
            ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的委托代理人。"),
            ("p", "特此函告。"), ("gap", ""),
            ("f", f"律师：{c.agent}　执业证号：{c.extra['lic_no']}"), ("f", f"联系电话：{c.agent_phone}"),
            ("f", f"本所地址：{c.extra['firm_addr']}"), ("gap", ""),
            ("date", cn_date(c.filed_on - timedelta(days=rng.randint(1, 4))))],
            issuer=c.firm, number=f"（{c.filed_on.year}）南律函字第{rng.randint(20, 700)}号", seal=c.firm), FIRM, rng)
    if code == "lawyer_license":
        return [_lawyer_card(c, rng)]
    if code == "identity_proof":
        if served == ["respondent"]:
            return [_licence(c.respondent, c, rng)]
        if a.kind == "organisation":
            return [_collective(a, c, rng), *_head_proof(a, c, rng)]
        return [_id_copy(a, c, rng)]
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "property_clue_form":
        return [_clues(c, rng)]
    if code == "payment_account_confirmation":
        return [_account(c, rng)]
    return [_address(c, rng)]


def _parties(c: CaseCtx, left: str, right: str) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    out: list[tuple[str, str]] = []
    if a.kind == "organisation":
        out += [("f", f"{left}：{a.name}，住所地{a.address}。"), ("f", f"负责人：{a.legal_rep}，该社社长。")]
    else:
        out.append(("f", f"{left}：{a.name}，{a.sex}，{num_date(a.born or date(1980, 1, 1))}出生，汉族，住{a.address}。"))
    out += [("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。")]
    theirs = [("f", f"{right}：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司总经理。")]
    return theirs + out if right.startswith("上诉人") else out + theirs


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    blocks = [
        *_parties(c, "被上诉人（原审原告）", "上诉人（原审被告）"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}{c.extra['cause']}一案，不服广东省佛山市南海区人民法院{c.extra['first_no']}"
              f"民事判决，向本院提起上诉。本院于{cn_date(c.extra['first_day'] + timedelta(days=60))}立案后，依法组成合议庭审理了本案。"
              "本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回{a.name}的全部诉讼请求。事实和理由：{a.name}供应的{c.extra['goods']}"
              "壁厚、氧化膜厚度不符合约定，上诉人已多次提出质量异议，有权拒付剩余货款；一审对质量异议未予审查，认定事实不清。"),
        ("p", f"{a.name}辩称：双方对账单已由上诉人盖章确认，上诉人在收货后近一年内未提出书面异议，且已将型材用于生产家具并"
              "对外销售，质量异议不能成立。一审判决正确，请求驳回上诉。"),
        ("p", f"{a.name}向一审法院起诉请求：{r.name}支付货款{money(c.amount)}及逾期付款利息。一审法院认定：双方自{c.extra['first_day'].year - 1}"
              f"年起存在{c.extra['goods']}买卖关系，经对账确认{r.name}尚欠货款{c.amount:,.2f}元。一审法院判决：{r.name}于判决"
              f"发生法律效力之日起十日内向{a.name}支付货款{c.amount:,.2f}元及利息。"),
        ("p", "本院二审期间，当事人没有提交新证据。本院对一审查明的事实予以确认。"),
        ("p", "本院认为，根据《中华人民共和国民法典》第六百二十条、第六百二十一条的规定，买受人收到标的物时应当在约定的检验期限内"
              "检验；没有约定检验期限的，应当及时检验，并在发现或者应当发现标的物的数量或者质量不符合约定的合理期限内通知出卖人。"
              f"{r.name}未能举证证明其在合理期限内提出质量异议，其上诉理由不能成立，本院不予支持。"),
        ("p", "综上所述，上诉人的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国"
              "民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(c.amount / 100 + 50)}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"), ("gap", ""),
        ("sig", f"审　判　长　{person_name(rng)}"), ("sig", f"审　判　员　{person_name(rng)}"),
        ("sig", f"审　判　员　{person_name(rng)}"), ("gap", ""),
        ("date", cn_date(c.basis_effective)),
        ("f", "本件与原本核对无异"), ("sig", f"书　记　员　{person_name(rng)}"),
    ]
    return typeset(Paper("民事判决书", blocks, issuer=MID_COURT, number=c.basis_number, seal=MID_COURT), MID, rng)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    blocks = [
        ("f", f"申请人：{a.name}，{a.sex}，住{a.address}，公民身份号码{a.id_number}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
        ("p", f"{ARBITRATION}（以下简称本会）根据申请人与被申请人签订的《{c.extra['goods']}购销合同》中的仲裁条款及申请人的仲裁申请，"
              f"于{cn_date(c.extra['first_day'])}受理了本案。本案适用《{ARBITRATION}仲裁规则》，由独任仲裁员{c.extra['arbitrator']}"
              "审理。本案已审理终结，现将本案案情、仲裁庭意见和裁决分述如下。"),
        ("h", "一、案情"),
        ("p", f"申请人称：申请人长期向被申请人供应{c.extra['goods']}，用于其西樵生产基地抛釉砖生产线。经双方对账，截至对账日"
              f"被申请人尚欠货款{c.amount:,.2f}元，经多次催收未付。"),
        ("p", "被申请人答辩称：对欠款金额无异议，因近期瓷砖市场下行、回款困难，请求分期支付。"),
        ("h", "二、仲裁庭意见"),
        ("p", "双方之间的购销合同系真实意思表示，合法有效。被申请人对欠款金额予以确认，其经营困难不构成拒绝付款的合法理由，"
              "应当承担付款责任。"),
        ("h", "三、裁决"),
        ("p", "根据上述事实和理由，依照《中华人民共和国民法典》第五百七十七条、第六百二十六条的规定，裁决如下："),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}支付货款{money(c.amount)}；"),
        ("p", "（二）本案仲裁费由被申请人承担；"),
        ("p", "上述款项，被申请人应自本裁决书送达之日起十日内支付完毕。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"), ("gap", ""),
        ("sig", f"独任仲裁员：{c.extra['arbitrator']}"), ("date", cn_date(c.basis_effective)),
        ("sig", f"书记员：{person_name(rng)}"),
    ]
    return typeset(Paper("裁决书", blocks, issuer=ARBITRATION, number=c.basis_number, seal=ARBITRATION), AWARD, rng)


def _confirmation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    owed = c.amount
    blocks = [
        *_parties(c, "申请人", "申请人"),
        ("p", f"申请人{a.name}与申请人{r.name}于{cn_date(c.extra['first_day'])}经佛山市顺德区乐从镇人民调解委员会主持调解，"
              f"就{c.extra['plot']}租赁合同纠纷达成了调解协议，并于{cn_date(c.extra['first_day'] + timedelta(days=3))}向本院"
              "申请司法确认。本院受理后，依法指定审判员进行了审查，现已审查终结。"),
        ("p", f"申请人达成的调解协议内容如下：一、{r.name}确认拖欠{a.name}{c.extra['months']}个月租金及管理费共计{money(owed)}；"
              f"二、{r.name}于调解协议签订之日起三十日内一次性付清；三、逾期未付的，{a.name}可申请人民法院强制执行。"),
        ("p", "本院经审查认为，申请人达成的调解协议，符合司法确认调解协议的法定条件。依照《中华人民共和国民事诉讼法》第二百零五条、"
              "第二百零六条规定，裁定如下："),
        ("p", f"申请人{a.name}与申请人{r.name}于{cn_date(c.extra['first_day'])}经佛山市顺德区乐从镇人民调解委员会主持调解达成的"
              "人民调解协议有效。"),
        ("p", "当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请执行。"),
        ("gap", ""), ("sig", f"审判员　{person_name(rng)}"), ("gap", ""), ("date", cn_date(c.basis_effective)),
        ("sig", f"书记员　{person_name(rng)}"),
    ]
    return typeset(Paper("民事裁定书", blocks, issuer="广东省佛山市顺德区人民法院", number=c.basis_number,
                         seal="广东省佛山市顺德区人民法院"), SHUNDE, rng)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    blocks = [
        *_parties(c, "申请执行人", "被执行人"),
        ("h", "请求事项："),
        ("f", f"一、依法强制执行{basis_title(c)}，责令被执行人支付{money(c.amount)}；"),
        ("f", "二、被执行人加倍支付迟延履行期间的债务利息；"),
        ("f", "三、本案申请执行费由被执行人负担；"),
        ("f", "四、请求对被执行人及其法定代表人采取限制消费措施，如被执行人有履行能力而拒不履行，请求将其纳入失信被执行人名单。"),
        ("h", "事实和理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经{basis_title(c)}确定被执行人应向申请执行人付款。该法律文书已于"
              f"{cn_date(c.basis_effective)}发生法律效力，但被执行人至今未履行。被执行人住所地及主要财产在南海区"
              + ("（其租用的仓库及设备位于南海区里水镇）" if c.extra["story"] == "lease" else "") +
              "，根据《中华人民共和国民事诉讼法》第二百三十五条、第二百四十七条之规定，特向贵院申请强制执行。"),
        ("f", "此致"), ("f", COURT), ("gap", ""),
        ("hsig", f"申请执行人：{a.legal_rep or a.name}"), ("date", num_date(c.filed_on - timedelta(days=rng.randint(1, 3)))),
        ("f", "附：执行依据及生效证明、身份证明、财产线索表、送达地址确认书、收款账户确认书、委托材料。"),
    ]
    return typeset(Paper("强制执行申请书", blocks, seal=a.name if a.kind == "organisation" else ""), PLAIN, rng)


def _card(s: Sheet, x: float, y: float, w: float, h: float, tint: tuple[int, int, int]) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=tint, outline=(120, 120, 120), width=3)


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """A 身份证 photocopied both sides on one A4 at the window, 'copy for court use only' written across."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    y = float(mm(40))
    _card(s, x, y, w, h, (226, 226, 226))
    f = font("hei", mm(3.2))
    born = p.born or date(1980, 1, 1)
    rows = [("姓名", p.name), ("性别", f"{p.sex}　　民族 汉"), ("出生", f"{born.year} 年 {born.month} 月 {born.day} 日"),
            ("住址", p.address[:11]), ("", p.address[11:22]), ("", p.address[22:])]
    ty = y + mm(6)
    for k, v in rows:
        if k:
            s.text(x + mm(5), ty, k, f, fill=(80, 80, 80))
        s.text(x + mm(16), ty, v, font("hei", mm(3.4)))
        ty += mm(6)
    s.text(x + mm(5), y + h - mm(9), "公民身份号码", f, fill=(80, 80, 80))
    s.text(x + mm(28), y + h - mm(9.5), p.id_number, font("sans", mm(3.8)))
    s.draw.rectangle((x + w - mm(27), y + mm(7), x + w - mm(5), y + mm(35)), fill=(150, 150, 150))
    y2 = y + h + mm(18)
    _card(s, x, y2, w, h, (230, 230, 230))
    s.centred(y2 + mm(10), "中华人民共和国", font("hei", mm(5)), x0=x + mm(20), x1=x + w)
    s.centred(y2 + mm(19), "居民身份证", font("hei", mm(6)), x0=x + mm(20), x1=x + w, spacing=mm(1))
    s.text(x + mm(8), y2 + h - mm(16), "签发机关　佛山市公安局南海分局", font("hei", mm(3.1)))
    start = date(rng.randint(2012, 2020), born.month, born.day)
    s.text(x + mm(8), y2 + h - mm(9), f"有效期限　{start:%Y.%m.%d}-{start.year + 20}.{born.month:02d}.{born.day:02d}",
           font("hei", mm(3.1)))
    scrawl(s, x + mm(4), y2 + h + mm(16), "此复印件仅供南海法院执行使用，与原件一致", rng, role="kai", size=mm(5), ink=BLUE_INK)
    scrawl(s, x + mm(50), y2 + h + mm(28), p.name, rng, role="kai", size=mm(7), ink=INK)
    return s


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """A 营业执照 (副本) photocopy with its double border and national emblem area, stamped by the applicant's lawyer."""
    s = Sheet()
    x0, y0, x1, y1 = mm(18), mm(24), s.width - mm(18), mm(196)
    s.box(x0, y0, x1, y1, width=6, outline=(70, 70, 70))
    s.box(x0 + mm(3), y0 + mm(3), x1 - mm(3), y1 - mm(3), width=2, outline=(70, 70, 70))
    s.draw.ellipse((s.width / 2 - mm(9), y0 + mm(8), s.width / 2 + mm(9), y0 + mm(26)), outline=(90, 90, 90), width=4)
    s.centred(y0 + mm(30), "营 业 执 照", font("serif_bold", mm(11)), spacing=mm(3))
    s.centred(y0 + mm(46), "（副　本）", font("serif", mm(4.5)))
    f = font("song_gb", mm(4.2))
    s.text(x0 + mm(8), y0 + mm(56), f"统一社会信用代码　{p.id_number}", f)
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "制造、销售：家具、陶瓷制品、五金配件；货物进出口。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"),
            ("注册资本", f"人民币{rng.choice([200, 500, 800, 1000, 3000])}万元"), ("成立日期", f"{rng.randint(2006, 2018)}年"
             f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    y = y0 + mm(70)
    for k, v in rows:
        s.text(x0 + mm(10), y, k, f)
        lines = wrap(v, f, x1 - x0 - mm(50))
        for ln in lines:
            s.text(x0 + mm(40), y, ln, f)
            y += mm(7)
        y += mm(2)
    authority = "佛山市南海区市场监督管理局" if "南海" in p.address else "佛山市顺德区市场监督管理局"
    s.text(x1 - mm(76), y1 - mm(22), "登记机关", f)
    seal(s, x1 - mm(40), y1 - mm(26), authority, rng, radius=mm(16))
    s.text(x1 - mm(70), y1 - mm(12), num_date(c.filed_on - timedelta(days=rng.randint(200, 900))), f)
    stamp(s, mm(30), mm(214), ["与原件核对一致", f"经办律师 {c.agent}"], rng, size_mm=4.2, colour=BLUE_INK)
    s.text(mm(30), mm(250), f"（国家企业信用信息公示系统 查询日期：{c.filed_on - timedelta(days=2):%Y-%m-%d}　状态：存续）",
           font("sans", mm(3.4)))
    return s


def _collective(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """The 经济社's 农村集体经济组织登记证 (a 农业农村局 certificate), photocopied."""
    s = Sheet()
    x0, y0 = mm(24), mm(30)
    s.box(x0, y0, s.width - x0, mm(200), width=4)
    s.centred(y0 + mm(14), "农村集体经济组织登记证", font("serif_bold", mm(9)), spacing=mm(1.5))
    f = font("serif", mm(4.4))
    rows = [["名称", p.name], ["统一社会信用代码", p.id_number], ["住所", p.address], ["法定代表人（负责人）", p.legal_rep],
            ["组织类型", "股份经济合作社"], ["主管部门", "佛山市南海区农业农村局"], ["发证日期", num_date(date(2019, rng.randint(1, 12), 18))]]
    table(s, x0 + mm(8), y0 + mm(32), [mm(52), s.width - 2 * x0 - mm(16) - mm(52)], rows, f, row_h=mm(15), centre_first=True)
    seal(s, s.width - mm(70), mm(175), "佛山市南海区农业农村局", rng, radius=mm(17))
    stamp(s, mm(34), mm(220), ["本复印件与原件一致", p.name], rng, size_mm=4.4)
    return s


def _head_proof(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    doc = Paper("负责人身份证明书", [
        ("p", f"{p.legal_rep}在我社任社长职务，是我社的负责人（法定代表人）。"), ("p", "特此证明。"), ("gap", ""),
        ("f", f"附：负责人住址{p.address}，电话{p.phone}。"), ("gap", ""),
        ("sig", p.name), ("date", cn_date(c.filed_on - timedelta(days=rng.randint(3, 9))))], seal=p.name)
    sheets = typeset(doc, PLAIN, rng)
    sheets[0].starts_document = True
    return sheets


def _lawyer_card(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 律师执业证's photo page and record page copied side by side, with the annual-check stamp."""
    s = Sheet()
    y = float(mm(36))
    for k in range(2):
        x = mm(18) + k * mm(90)
        s.box(x, y, x + mm(84), y + mm(118), width=3, outline=(60, 60, 60))
    s.centred(y + mm(10), "中华人民共和国", font("serif", mm(4.5)), x0=mm(18), x1=mm(102))
    s.centred(y + mm(20), "律师执业证", font("serif_bold", mm(7)), x0=mm(18), x1=mm(102), spacing=mm(1))
    s.draw.rectangle((mm(42), y + mm(36), mm(78), y + mm(82)), fill=(170, 170, 170))
    f = font("song_gb", mm(3.8))
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["lic_no"]),
            ("法律职业资格", f"A{rng.randint(2008, 2019)}44{rng.randint(10**8, 10**9 - 1)}"),
            ("持证人", c.agent), ("性别", rng.choice("男女")), ("发证机关", "广东省司法厅"),
            ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y + mm(8)
    for label, v in rows:
        s.text(mm(112), ty, label, f)
        for ln in wrap(v, f, mm(44)):
            s.text(mm(140), ty, ln, f)
            ty += mm(6.5)
        ty += mm(3)
    seal(s, mm(165), y + mm(96), "广东省司法厅", rng, radius=mm(13))
    stamp(s, mm(24), y + mm(130), ["律师年度考核", f"{c.filed_on.year - 1}年度 称职", "佛山市南海区司法局"], rng, size_mm=3.8)
    return s


def _fee(c: CaseCtx, rng: random.Random) -> Sheet:
    """A 广东省非税收入（电子）票据 printed from the e-bill platform (the basis's 受理费 or the 仲裁费)."""
    s = Sheet(size=(mm(210), mm(140)))
    s.centred(mm(10), "广东省非税收入（电子）票据", font("serif_bold", mm(7)), fill=(150, 40, 40))
    s.centred(mm(21), "广东省财政厅监制", font("song_gb", mm(3.4)))
    f = font("song_gb", mm(3.5))
    s.draw.rectangle((mm(14), mm(8), mm(34), mm(28)), outline=INK, width=3)
    for _ in range(70):
        px, py = rng.randint(mm(15), mm(32)), rng.randint(mm(9), mm(26))
        s.draw.rectangle((px, py, px + 8, py + 8), fill=INK)
    payer = c.applicant.name
    item = {"profile": "诉讼费（案件受理费）", "tile": "仲裁费", "lease": "申请执行费"}[c.extra["story"]]
    amount = c.extra["fee"] if c.extra["story"] == "lease" else int(c.amount / 100 + 50)
    payee = {"profile": MID_COURT, "tile": ARBITRATION, "lease": COURT}[c.extra["story"]]
    s.text(mm(14), mm(32), f"票据代码：44060125　票据号码：{c.extra['bill_no']}　校验码：{rng.randint(10**5, 10**6 - 1)}", f)
    s.text(mm(14), mm(39), f"交款人：{payer}　开票日期：{c.basis_effective - timedelta(days=rng.randint(60, 120)):%Y-%m-%d}", f)
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            [f"1030{rng.randint(1000, 9999)}", item, "元", "1", "", f"{amount:,.2f}"], ["", "", "", "", "", ""],
            ["金额合计（大写）", money(Decimal(amount)).split("（大写：")[1].rstrip("）"), "", "", "（小写）",
             f"{amount:,.2f}"]]
    y = grid(s, mm(14), mm(47), [mm(26), mm(60), mm(14), mm(14), mm(24), mm(44)], rows, font("song_gb", mm(3.2)), mm(10))
    s.text(mm(14), y + mm(4), f"备注：{c.basis_number if c.extra['story'] != 'lease' else c.number}", f)
    s.text(mm(14), y + mm(12), f"收款单位（章）：{payee}　复核人：{person_name(rng)}　收款人：{person_name(rng)}", f)
    seal(s, mm(150), y + mm(6), payee, rng, radius=mm(13), inner="财务专用章")
    return s


def _window_form(title: str, c: CaseCtx) -> tuple[Sheet, float]:
    s = Sheet()
    s.centred(mm(22), COURT, font("song_gb", mm(5.2)))
    s.centred(mm(32), title, font("hei", mm(7.5)), spacing=mm(1))
    s.text(mm(20), mm(47), f"案号：{c.number}", font("song_gb", mm(4)))
    return s, float(mm(55))


def _clues(c: CaseCtx, rng: random.Random) -> Sheet:
    s, y = _window_form("被执行人财产线索表", c)
    r = c.respondent
    f = font("song_gb", mm(3.9))
    x0, w = mm(20), s.width - mm(40)
    cols = [mm(34), w - mm(34)]
    rows = [["被执行人", ""], ["银行账户", ""], ["不动产", ""], ["车辆", ""], ["到期债权", ""], ["其他财产", ""],
            ["线索来源", ""]]
    heights = [mm(14), mm(30), mm(22), mm(18), mm(30), mm(22), mm(18)]
    table(s, x0, y, cols, rows, f, row_h=heights, centre_first=True)
    story = c.extra["story"]
    fills = [r.name, f"{c.extra['resp_bank']}　账号{c.extra['resp_acct']}（基本户，对账单载明）",
             "不详", "粤E牌货车（送货车辆）", {"profile": "对广州、佛山家具卖场的货款", "tile": "对经销商的瓷砖货款",
                                        "lease": "在里水仓库存放的成品家具"}[story],
             {"profile": "生产设备、铝材库存", "tile": "抛釉砖成品库存", "lease": "租赁押金"}[story], "双方交易往来、对账单"]
    ty = y
    for t, h in zip(fills, heights, strict=True):
        for i, ln in enumerate(wrap(t, font("kai", mm(4.6)), cols[1] - mm(10))):
            hand(s, x0 + cols[0] + mm(4), ty + mm(3) + i * mm(7), ln, rng, size=mm(4.6))
        ty += h
    s.text(x0, ty + mm(10), "申请执行人（签名）：", f)
    hand(s, x0 + mm(40), ty + mm(7), c.agent, rng, size=mm(6.5), ink=INK)
    s.text(x0 + mm(90), ty + mm(10), f"日期：{num_date(c.filed_on)}", f)
    return s


def _account(c: CaseCtx, rng: random.Random) -> Sheet:
    s, y = _window_form("申请执行人收取案款确认书", c)
    a = c.applicant
    f = font("song_gb", mm(4))
    x0, w = mm(20), s.width - mm(40)
    for ln in wrap("本人（单位）为上述案件的申请执行人，现确认以下账户为接收执行款的唯一账户。因账户信息错误导致案款无法到账或"
                   "错付的，由本人（单位）承担责任。账户如有变更，将以书面形式告知执行法官。", f, w, indent=f.size * 2):
        s.text(x0 + (f.size * 2 if y < mm(56) else 0), y, ln, f)
        y += mm(7)
    y += mm(4)
    rows = [["收款人名称", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""], ["代收人（如有）", ""]]
    table(s, x0, y, [mm(40), w - mm(40)], rows, f, row_h=mm(16), centre_first=True)
    for i, t in enumerate([a.name, c.extra["acct_bank"], c.extra["acct"], a.phone, "无"]):
        hand(s, x0 + mm(46), y + i * mm(16) + mm(4), t, rng, size=mm(5))
    y += mm(90)
    s.text(x0 + mm(70), y, "申请执行人（签名/盖章）：", f)
    hand(s, x0 + mm(120), y - mm(2), a.legal_rep or a.name, rng, size=mm(6.5), ink=INK)
    s.text(x0 + mm(70), y + mm(12), f"{num_date(c.filed_on)}", f)
    return s


def _address(c: CaseCtx, rng: random.Random) -> Sheet:
    s, y = _window_form("送达地址确认书", c)
    a = c.applicant
    f = font("song_gb", mm(3.8))
    x0, w = mm(20), s.width - mm(40)
    rows = [["告知事项", "1．当事人应如实提供确切的送达地址；2．确认的送达地址适用于执行程序；3．因提供的地址不准确或未及时告知"
             "变更，导致法律文书未能被实际接收的，文书退回之日视为送达之日。"],
            ["当事人", ""], ["送达地址", ""], ["收件人", ""], ["电话", ""], ["是否同意电子送达", ""], ["电子送达地址", ""],
            ["当事人确认", ""]]
    heights = [mm(36), mm(14), mm(20), mm(14), mm(14), mm(14), mm(14), mm(30)]
    table(s, x0, y, [mm(42), w - mm(42)], rows, f, row_h=heights, centre_first=True)
    ty = y + mm(36)
    fills = [a.name, c.extra["firm_addr"] + f"（{c.firm}）", c.agent, c.agent_phone, "同意", f"手机 {c.agent_phone}"]
    for t, h in zip(fills, heights[1:7], strict=True):
        hand(s, x0 + mm(46), ty + mm(3), t, rng, size=mm(4.5))
        ty += h
    s.text(x0 + mm(46), ty + mm(4), "我已阅读告知事项，以上地址准确无误。", f)
    hand(s, x0 + mm(100), ty + mm(14), c.agent, rng, size=mm(6.5), ink=INK)
    s.text(x0, ty + mm(40), f"填写日期：{num_date(c.filed_on)}", f)
    s.draw.line((x0, ty + mm(48), x0 + w, ty + mm(48)), fill=RED, width=2)
    return s
