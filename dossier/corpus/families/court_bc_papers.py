"""The papers court_bc's dossiers receive or fill in: the 烟台中院 judgment, the 烟台仲裁委 award, the 芝罘公证处's
notarised loan and 执行证书, the parties' applications, lawyers' papers, licences and ID copies, bank slips, the
bureau's hand-filled forms and 笔录, and the archive papers."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, hand, mm, seal, signature
from dossier.corpus.families.court_bc_kit import (
    ARB,
    COURT,
    MID_COURT,
    NOTARY,
    Paper,
    court_seal,
    fills,
    grid,
    slip,
    spaced_title,
)
from dossier.corpus.fonts import font

CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "investigation_record",
    "interview_record", "settlement_agreement", "payment_voucher", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信名单）", "summons": "传票", "enforcement_ruling": "执行裁定书",
         "closing_notice": "结案通知书", "termination_ruling": "执行裁定书（终结执行）"}


def draw(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return DRAW[code](c, rng, served)


def _who(c: CaseCtx, party: str) -> str:
    p = c.applicant if party == "a" else c.respondent
    if p.kind == "organisation":
        return f"{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}，法定代表人{p.legal_rep}，电话{p.phone}。"
    return f"{p.name}，{p.sex}，公民身份号码{p.id_number}，住{p.address}，电话{p.phone}。"


def _basis_short(c: CaseCtx) -> str:
    kind = {"judgment": "民事判决书", "arbitration": "裁决书", "notarial": "公证书"}.get(c.basis_kind, "法律文书")
    return f"{c.basis_court}{c.basis_number}{kind}"


# ------------------------------------------------------------------ the parties' and lawyers' papers

def application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The lawyer's 执行申请书, typed in 宋体 with a 黑体 title and wide margins, signed and sealed by the applicant."""
    p = Paper(body="song_gb", size=44, margin=(30, 40, 30, 30), line=1.7, footer="- {i} -")
    p.y = spaced_title(p.s, p.y, "强制执行申请书", font("sans_bold", 64), gap=10)
    p.y += 10
    extra = ""
    if c.basis_kind == "notarial":
        extra = f"及{NOTARY}{c.extra['cert_no']}执行证书"
    p.blocks([("f", f"申请执行人：{_who(c, 'a')}"), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("f", f"被执行人：{_who(c, 'r')}"), ("f", "申请事项："),
              ("p", f"1．请求强制被执行人支付{money(c.amount)}；"),
              ("p", "2．请求强制被执行人支付迟延履行期间的债务利息；执行费用由被执行人负担；"),
              ("p", "3．请求对被执行人采取限制高消费措施；被执行人拒不履行的，请求将其纳入失信被执行人名单。"),
              ("f", "事实与理由："),
              ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{_basis_short(c)}{extra}已发生法律效力。被执行人至今未履行"
                    f"确定的义务（涉及{c.extra['goods']}）。为维护申请执行人合法权益，特依据《中华人民共和国民事诉讼法》第二百四十七条"
                    "之规定，向贵院申请强制执行。"),
              ("f", "此致"), ("f", COURT)])
    p.need(p.lh * 4)
    p.y += p.lh
    x = p.s.width - p.right_m - mm(80)
    p.s.text(x, p.y, "申请执行人：", p.f)
    if c.applicant.kind == "organisation":
        seal(p.s, x + mm(55), p.y + 10, c.applicant.name, rng, radius=mm(20))
    else:
        signature(p.s, x + mm(38), p.y - 8, c.applicant.name, rng)
    p.y += p.lh * 1.3
    hand(p.s, x + mm(10), p.y, num_date(c.filed_on - timedelta(days=2)), rng, size=44)
    return p.finish()


def power_of_attorney(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    f = font("hei", 40)
    s.centred(mm(30), "授 权 委 托 书", font("hei", 62))
    y = grid(s, mm(22), mm(52), [mm(40), mm(126)], [
        ["委托人", c.applicant.name], ["受托人", f"{c.agent}　{c.firm}律师"], ["联系电话", c.agent_phone],
        ["案由", f"申请执行{c.respondent.name}{c.extra['cause']}一案"],
        ["代理权限", "特别授权：代为申请执行、提供财产线索、参加约谈与调查、代为和解、代为签收法律文书、代为领取执行款"],
        ["委托期限", "自签订之日起至本案执行终结止"]], size=38, row_h=[mm(16)] * 4 + [mm(34), mm(16)], role="hei")
    s.text(mm(22), y + mm(14), "委托人（签章）：", f)
    if c.applicant.kind == "organisation":
        seal(s, mm(120), y + mm(20), c.applicant.name, rng, radius=mm(20))
    else:
        signature(s, mm(80), y + mm(10), c.applicant.name, rng)
    s.text(mm(22), y + mm(40), "受托人（签字）：", f)
    signature(s, mm(80), y + mm(36), c.agent, rng)
    hand(s, mm(120), y + mm(60), num_date(c.filed_on - timedelta(days=3)), rng, size=42)
    return [s]


def law_firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """A 所函 on the firm's letterhead: a red rule under the firm's name, numbered （2024）X执字第n号."""
    s = Sheet()
    s.centred(mm(22), c.firm, font("serif_bold", 58), fill=RED)
    s.line(mm(20), mm(38), s.width - mm(20), mm(38), width=6, fill=RED)
    s.line(mm(20), mm(40), s.width - mm(20), mm(40), width=2, fill=RED)
    s.centred(mm(50), "律 师 事 务 所 函", font("hei", 56))
    s.right(s.width - mm(25), mm(66), f"（2024）{c.firm[2:4]}执字第{rng.randint(10, 260)}号", font("serif", 38))
    p = Paper(body="serif", size=42, margin=(25, 78, 25, 30))
    p.sheets = [s]
    p.y = mm(78)
    p.blocks([("f", f"{COURT}："),
              ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
                    "委托代理人。"), ("p", "特此函告。"),
              ("f", f"本所地址：{c.extra['firm_addr']}"), ("f", f"联系电话：{c.agent_phone}")])
    s.right(s.width - mm(30), p.y + mm(20), cn_date(c.filed_on - timedelta(days=2)), p.f)
    seal(s, s.width - mm(60), p.y + mm(22), c.firm, rng, radius=mm(20))
    return [s]


def lawyer_license(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """A photocopy of the 律师执业证's two inner pages, with the firm's 与原件一致 note."""
    s = Sheet(paper=(246, 246, 244))
    x0, y0, w, h = mm(25), mm(40), mm(78), mm(108)
    for k in range(2):
        x = x0 + k * (w + mm(6))
        s.box(x, y0, x + w, y0 + h, width=3)
    f = font("sans", 30)
    s.centred(y0 + mm(8), "中华人民共和国", font("sans_bold", 36), x0=x0, x1=x0 + w)
    s.centred(y0 + mm(18), "律师执业证", font("sans_bold", 50), x0=x0, x1=x0 + w)
    s.box(x0 + mm(24), y0 + mm(36), x0 + mm(54), y0 + mm(74), width=2)
    s.draw.rectangle((x0 + mm(25), y0 + mm(37), x0 + mm(53), y0 + mm(73)), fill=(150, 150, 150))
    s.centred(y0 + mm(82), "山东省司法厅", f, x0=x0, x1=x0 + w)
    x = x0 + w + mm(6)
    rows = [("姓　　名", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["lic"]),
            ("发证机关", "山东省司法厅"), ("发证日期", f"{2024 - rng.randint(2, 12)}年{rng.randint(1, 12)}月")]
    yy = y0 + mm(10)
    for label, v in rows:
        s.text(x + mm(4), yy, f"{label}：{v}", f if len(v) < 12 else font("sans", 24))
        yy += mm(14)
    seal(s, x + mm(55), y0 + mm(80), "山东省司法厅", rng, radius=mm(15))
    hand(s, mm(40), y0 + h + mm(25), "与原件核对一致", rng, size=50, ink=INK)
    signature(s, mm(120), y0 + h + mm(23), c.agent, rng)
    s.lines.append("律师执业证复印件")
    return [s]


def identity_proof(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    p = c.respondent if "respondent" in served else c.applicant
    if p.kind == "person":
        s = Sheet(paper=(245, 245, 243))
        s.centred(mm(20), "居民身份证复印件", font("hei", 46))
        x, y, w, h = mm(50), mm(38), mm(110), mm(70)
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), outline=(90, 90, 90), width=3, fill=(232, 236, 236))
        f = font("hei", 30)
        born = p.born or date(1980, 1, 1)
        for k, line in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　民族　汉",
                                  f"出生　{born.year}年{born.month}月{born.day}日", f"住址　{p.address[:13]}",
                                  f"　　　{p.address[13:]}"]):
            s.text(x + mm(6), y + mm(6) + k * mm(9), line, f)
        s.text(x + mm(6), y + mm(58), f"公民身份号码　{p.id_number}", font("hei", 32))
        s.draw.rectangle((x + mm(78), y + mm(8), x + mm(104), y + mm(42)), fill=(120, 120, 125))
        y2 = y + h + mm(12)
        s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(4), outline=(90, 90, 90), width=3, fill=(232, 236, 236))
        s.centred(y2 + mm(14), "中华人民共和国", font("hei", 44), x0=x, x1=x + w)
        s.centred(y2 + mm(28), "居 民 身 份 证", font("hei", 52), x0=x, x1=x + w)
        s.text(x + mm(8), y2 + mm(50), f"签发机关　{'栖霞市公安局' if p is c.respondent else '烟台市公安局芝罘分局'}", f)
        s.text(x + mm(8), y2 + mm(59), f"有效期限　{born.year + 40}.0{rng.randint(1, 9)}.12-长期", f)
        hand(s, mm(60), y2 + h + mm(20), "本复印件仅供法院执行使用", rng, size=46)
        signature(s, mm(120), y2 + h + mm(36), p.name, rng)
        return [s]
    s = Sheet(paper=(250, 248, 240))
    d = s.draw
    d.rectangle((mm(14), mm(14), s.width - mm(14), s.height - mm(60)), outline=(170, 120, 60), width=10)
    d.rectangle((mm(19), mm(19), s.width - mm(19), s.height - mm(65)), outline=(170, 120, 60), width=3)
    s.centred(mm(42), "营 业 执 照", font("serif_bold", 96))
    s.centred(mm(68), "（副　本）", font("serif", 44))
    s.text(mm(28), mm(82), f"统一社会信用代码　{p.id_number}", font("serif", 36))
    f = font("serif", 40)
    trade = "食品加工、水产品冷冻、仓储服务" if "水产" in p.name or "冷链" in p.name else "葡萄酒及酒类销售、批发"
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", trade), ("注册资本", f"{rng.choice([300, 500, 1000, 2000])}万元整"),
            ("成立日期", f"{rng.randint(2003, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    y = mm(102)
    for label, v in rows:
        s.text(mm(32), y, label, f)
        s.text(mm(78), y, v[:21], f)
        if len(v) > 21:
            y += mm(11)
            s.text(mm(78), y, v[21:], f)
        y += mm(15)
    s.text(mm(120), s.height - mm(105), "登记机关", f)
    seal(s, mm(165), s.height - mm(100), "烟台市芝罘区行政审批服务局", rng, radius=mm(20))
    s.text(mm(120), s.height - mm(80), cn_date(date(2023, rng.randint(1, 12), rng.randint(1, 28))), f)
    hand(s, mm(30), s.height - mm(45), "复印件与原件一致", rng, size=52, ink=RED)
    return [s]


def settlement_agreement(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    p = Paper(body="sans", size=40, margin=(26, 32, 24, 30), line=1.75)
    p.y = spaced_title(p.s, p.y, "执行和解协议", font("sans_bold", 62), gap=14)
    first = (c.amount * 6 / 10).quantize(c.amount)
    rest = c.amount - first
    paid = c.extra.get("paid_day", c.extra["pay_day"])
    p.blocks([("f", f"甲方（申请执行人）：{c.applicant.name}"), ("f", f"乙方（被执行人）：{c.respondent.name}"),
              ("p", f"甲乙双方就{COURT}{c.number}执行一案，经协商自愿达成如下和解协议："),
              ("p", f"一、乙方自愿支付甲方货款及利息共计{money(c.amount)}，甲方放弃其余迟延履行利息。"),
              ("p", f"二、乙方于本协议签订当日支付{first:,.2f}元，余款{rest:,.2f}元于{num_date(paid)}前付清，"
                    "均汇入法院执行款专户。"),
              ("p", "三、乙方按期付清全部款项后，本案执行完毕；乙方任一期逾期，甲方有权申请恢复执行原生效法律文书。"),
              ("p", "四、执行费由乙方负担。本协议一式三份，甲乙双方及法院各执一份。")])
    p.need(mm(50))
    y = p.y + mm(10)
    p.s.text(p.left, y, "甲方：", p.f)
    seal(p.s, p.left + mm(40), y + mm(6), c.applicant.name, rng, radius=mm(19))
    p.s.text(p.left + mm(95), y, "乙方：", p.f)
    seal(p.s, p.left + mm(135), y + mm(6), c.respondent.name, rng, radius=mm(19))
    hand(p.s, p.left + mm(20), y + mm(30), num_date(c.day(30)), rng, size=42)
    hand(p.s, p.left + mm(115), y + mm(30), num_date(c.day(30)), rng, size=42)
    return p.finish()


# ------------------------------------------------------------------ the basis and its certificate

def basis(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if c.basis_kind == "arbitration":
        return _award(c, rng)
    if c.basis_kind == "notarial":
        return _notarial(c, rng)
    return _appeal(c, rng)


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 烟台中院's 二审 judgment: 明体 body, the court name and 民事判决书 centred, several pages."""
    p = Paper(body="ming", size=43, margin=(28, 35, 26, 32), line=1.72, footer="第{i}页　共{n}页")
    s = p.s
    s.centred(p.y, MID_COURT, font("serif_bold", 54), spacing=3)
    p.y += 90
    p.y = spaced_title(s, p.y, "民事判决书", font("serif_bold", 68), gap=18)
    s.right(s.width - p.right_m, p.y, c.basis_number, p.f)
    p.y += p.lh * 1.3
    a, r = c.applicant, c.respondent
    tons = c.extra["goods"]
    p.blocks([("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，经理。"),
              ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，董事长。"),
              ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
              ("p", f"上诉人{r.name}因与被上诉人{a.name}仓储合同纠纷一案，不服山东省烟台市芝罘区人民法院{c.extra['first_no']}"
                    "民事判决，向本院提起上诉。本院立案后，依法组成合议庭审理了本案。本案现已审理终结。"),
              ("p", f"原审查明：被上诉人将{tons}存放于上诉人冷库，约定库温不高于零下十八摄氏度。存储期间冷库制冷机组故障停机"
                    "约四十小时，上诉人未及时通知被上诉人亦未转移货物，致货物解冻变质，经烟台出入境检验检疫机构检验不再适于销售。"),
              ("p", "本院认为，保管人对仓储物负有妥善保管义务。上诉人冷库温控记录缺失，不能证明其尽到保管义务，应承担赔偿责任。"
                    "原审认定货损数额有烟台某价格评估有限公司评估报告为据，并无不当。上诉人的上诉理由不能成立。依照《中华人民共和国"
                    "民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
              ("p", "驳回上诉，维持原判。"),
              ("p", f"原审判决：上诉人{r.name}于判决生效之日起十日内赔偿被上诉人{a.name}货物损失{money(c.amount)}。"),
              ("p", f"二审案件受理费{int(c.amount) // 100 + 50}元，由上诉人负担。"), ("p", "本判决为终审判决。")])
    p.need(p.lh * 6)
    x = p.s.width - p.right_m - mm(60)
    for role, name in (("审判长", c.extra["trial_judge"]), ("审判员", person_name(rng)), ("审判员", person_name(rng))):
        p.s.text(x, p.y, f"{role}　　{name}", p.f)
        p.y += p.lh
    p.s.text(x - mm(4), p.y + 10, cn_date(c.basis_effective), p.f)
    court_seal(p.s, x + mm(22), p.y + 10, MID_COURT, rng)
    p.y += p.lh * 1.3
    p.s.text(x, p.y, f"书记员　　{person_name(rng)}", p.f)
    return p.finish()


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 烟台仲裁委员会 award: 楷体 heads over a 宋 body, a boxed number line, the tribunal's signatures."""
    p = Paper(body="song_gb", size=42, margin=(30, 36, 28, 32), line=1.8, footer="第 {i} 页")
    s = p.s
    s.centred(p.y, ARB, font("kai_gb", 60), spacing=8)
    p.y += 96
    p.y = spaced_title(s, p.y, "裁 决 书", font("hei", 70), gap=6)
    w = font("song_gb", 42).getlength(c.basis_number)
    s.box((s.width - w) / 2 - 20, p.y - 10, (s.width + w) / 2 + 20, p.y + 58, width=2)
    s.centred(p.y, c.basis_number, p.f)
    p.y += p.lh * 1.4
    a, r = c.applicant, c.respondent
    p.blocks([("f", f"申请人：{a.name}"), ("f", f"住所：{a.address}"), ("f", f"委托代理人：{c.agent}，{c.firm}律师"),
              ("f", f"被申请人：{r.name}"), ("f", f"住所：{r.address}"),
              ("p", "本会根据申请人与被申请人签订的《葡萄酒区域经销合同》中的仲裁条款，于2023年受理了双方买卖合同纠纷一案。"
                    "本会依照《烟台仲裁委员会仲裁规则》的规定，由独任仲裁员开庭审理，被申请人经合法通知未到庭。"),
              ("p", f"申请人称：申请人依约向被申请人供应{c.extra['goods']}，被申请人仅支付部分货款，尚欠货款未付。"),
              ("p", "仲裁庭认为：双方经销合同合法有效，申请人已交付货物，被申请人应依约付款。据此，仲裁庭裁决如下："),
              ("p", f"（一）被申请人{r.name}向申请人{a.name}支付货款及违约金共计{money(c.amount)}；"),
              ("p", "（二）本案仲裁费由被申请人承担。"), ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付。"),
              ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")])
    p.need(p.lh * 4)
    x = p.s.width - p.right_m - mm(70)
    p.s.text(x, p.y, f"独任仲裁员：{person_name(rng)}", p.f)
    p.y += p.lh * 1.2
    p.s.text(x, p.y, cn_date(c.basis_effective - timedelta(days=12)), p.f)
    seal(p.s, x + mm(30), p.y, ARB, rng, radius=mm(21))
    return p.finish()


def _notarial(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 芝罘公证处's 公证书 over the 借款合同 (a grid-bordered notarial page), then the loan contract's page."""
    p = Paper(body="kai_gb", size=44, margin=(30, 40, 28, 34), line=1.8, footer="第{i}页共{n}页")
    s = p.s
    s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=4)
    p.y = spaced_title(s, mm(30), "公 证 书", font("serif_bold", 80), gap=10)
    s.right(s.width - p.right_m, p.y, c.basis_number, p.f)
    p.y += p.lh * 1.3
    a, r = c.applicant, c.respondent
    p.blocks([("f", f"申请人：{a.name}，{a.sex}，公民身份号码{a.id_number}。"),
              ("f", f"申请人：{r.name}，{r.sex}，公民身份号码{r.id_number}。"),
              ("f", "公证事项：赋予债权文书强制执行效力"),
              ("p", f"兹证明出借人{a.name}与借款人{r.name}于{num_date(c.basis_effective - timedelta(days=300))}在本公证员面前签订了"
                    f"前面的《借款合同》，借款用于{c.extra['goods']}，借款本金{money(c.amount)}。双方当事人在合同中约定：借款人不履行"
                    "或不适当履行还款义务时，愿意接受依法强制执行。"),
              ("p", "经查，双方当事人签订合同的意思表示真实，合同内容符合法律规定。依据《中华人民共和国公证法》第三十七条的规定，"
                    "该合同具有强制执行效力。")])
    p.y += p.lh
    x = p.s.width - p.right_m - mm(72)
    p.s.text(x, p.y, NOTARY, p.f)
    p.y += p.lh
    p.s.text(x, p.y, f"公证员　{person_name(rng)}", p.f)
    p.y += p.lh
    p.s.text(x, p.y, cn_date(c.basis_effective - timedelta(days=300)), p.f)
    seal(p.s, x + mm(36), p.y - p.lh, NOTARY, rng, radius=mm(21))
    p.new()
    p.y = mm(30)
    p.blocks([("p", "借款合同（第3页）"),
              ("p", "第五条　借款期限十二个月，月利率百分之一，按季付息，到期还本。"),
              ("p", "第六条　借款人到期未还本付息的，出借人可持本合同及公证书向公证处申请出具执行证书，借款人自愿接受人民法院"
                    "强制执行。"), ("p", "第七条　本合同经公证后生效。")])
    p.y += p.lh
    p.s.text(p.left, p.y, "出借人：", p.f)
    signature(p.s, p.left + mm(30), p.y - 10, a.name, rng)
    p.s.text(p.left + mm(90), p.y, "借款人：", p.f)
    signature(p.s, p.left + mm(120), p.y - 10, r.name, rng)
    return p.finish()


def effectiveness(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The basis's certificate: the 芝罘公证处's 执行证书, the 烟台仲裁委's 生效证明, or the first-instance court's 生效证明书."""
    s = Sheet()
    a, r = c.applicant, c.respondent
    if c.basis_kind == "notarial":
        p = Paper(body="kai_gb", size=44, margin=(28, 36, 28, 32), line=1.85)
        p.s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=4)
        p.y = spaced_title(p.s, mm(30), "执 行 证 书", font("serif_bold", 76), gap=6)
        p.s.right(p.s.width - p.right_m, p.y, c.extra["cert_no"], p.f)
        p.y += p.lh * 1.3
        p.blocks([("f", f"申请执行人：{a.name}，公民身份号码{a.id_number}。"),
                  ("f", f"被申请执行人：{r.name}，公民身份号码{r.id_number}。"),
                  ("p", f"本处于{cn_date(c.basis_effective - timedelta(days=300))}出具的{c.basis_number}公证书，赋予双方《借款合同》"
                        "强制执行效力。借款到期后，被申请执行人未按约归还借款本息。本处经向被申请执行人核实，其对欠款事实无异议。"),
                  ("p", f"被申请执行人应履行的义务：归还借款本金及利息{money(c.amount)}；公证费由被申请执行人负担。"),
                  ("p", "申请执行人可持本证书向有管辖权的人民法院申请执行。")])
        name, when = NOTARY, c.basis_effective
        sheets = p.finish()
    else:
        p = Paper(body="serif", size=44, margin=(30, 40, 28, 32), line=1.9)
        head = ARB if c.basis_kind == "arbitration" else COURT
        p.s.centred(p.y, head, font("serif_bold", 54))
        p.y += 90
        p.y = spaced_title(p.s, p.y, "生效证明书" if c.basis_kind != "arbitration" else "裁决书生效证明", font("hei", 64))
        if c.basis_kind == "arbitration":
            text = (f"本会{c.basis_number}裁决书（申请人{a.name}，被申请人{r.name}）已于{num_date(c.basis_effective)}送达双方当事人，"
                    "该裁决为终局裁决，自作出之日起发生法律效力。特此证明。")
            name = ARB
        else:
            text = (f"本院{c.extra['first_no']}民事判决（原告{a.name}，被告{r.name}），被告不服提起上诉，{MID_COURT}于"
                    f"{num_date(c.basis_effective)}作出{c.basis_number}民事判决，驳回上诉，维持原判。该判决已于"
                    f"{num_date(c.basis_effective)}发生法律效力。特此证明。")
            name = COURT
        p.blocks([("f", "兹证明："), ("p", text)])
        when = c.basis_effective + timedelta(days=20)
        sheets = p.finish()
    last = sheets[-1]
    last.right(last.width - mm(32), p.y + mm(20), cn_date(when), font("serif", 44))
    court_seal(last, last.width - mm(58), p.y + mm(22), name, rng)
    return sheets


# ------------------------------------------------------------------ forms the parties fill in

def _form(title: str, *, sub: str = "", role: str = "hei") -> tuple[Sheet, float]:
    s = Sheet()
    s.centred(mm(16), COURT, font("serif", 40))
    s.centred(mm(26), title, font(role, 58))
    y = mm(42)
    if sub:
        s.centred(y, sub, font("serif", 32))
        y += mm(9)
    return s, y


def property_clue_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s, y = _form("被执行人财产线索登记表")
    r = c.respondent
    clues = {"cold": [("存款", "烟台银行芝罘支行基本户"), ("设备", "冷库制冷机组三套（北马路冷库院内）"),
                      ("债权", "对大连某水产公司的仓储费应收款")],
             "wine": [("存款", "中国工商银行烟台芝罘支行"), ("存货", "毓璜顶东路门店及仓库存酒"), ("车辆", "鲁F配送厢式货车一辆")],
             "loan": [("不动产", "栖霞市庙后镇果园及冷风库一处"), ("存款", "栖霞农商银行"), ("债权", "对烟台港果品批发商的苹果货款")]}
    rows = [["被执行人", r.name, "", ""], ["类别", "财产线索", "所在地/开户行", "备注"]]
    y = grid(s, mm(18), y, [mm(28), mm(74), mm(52), mm(20)], rows, size=32, row_h=mm(13))
    for kind, what in clues[c.extra["story"]]:
        s.box(mm(18), y, mm(192), y + mm(22))
        for x in (mm(46), mm(120), mm(172)):
            s.line(x, y, x, y + mm(22))
        fills(s, mm(21), y + mm(6), kind, rng, size=38)
        fills(s, mm(48), y + mm(3), what, rng, size=36, width=mm(70))
        y += mm(22)
    s.text(mm(22), y + mm(14), "线索提供人（签名）：", font("serif", 38))
    signature(s, mm(90), y + mm(10), c.agent, rng)
    hand(s, mm(130), y + mm(30), num_date(c.filed_on), rng, size=40)
    return [s]


def payment_account_confirmation(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s, y = _form("申请执行人收取案款确认书", sub="（请用正楷填写，字迹工整）")
    rows = [["案号", ""], ["申请执行人", ""], ["收款户名", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""]]
    top = y
    y = grid(s, mm(20), y, [mm(45), mm(125)], rows, size=38, row_h=mm(17))
    vals = [c.number, c.applicant.name, c.applicant.name, c.extra["bank"], c.extra["acct"], c.agent_phone]
    for k, v in enumerate(vals):
        fills(s, mm(70), top + k * mm(17) + mm(4), v, rng, size=40)
    blocks = ["本人（单位）确认上述账户为收取本案执行款的唯一账户。因账户信息错误导致款项无法到账或误付的，由本人（单位）",
              "自行承担责任。账户如有变更，将及时书面告知执行法院。"]
    for k, line in enumerate(blocks):
        s.text(mm(22), y + mm(10) + k * mm(10), line, font("serif", 32))
    s.text(mm(110), y + mm(40), "确认人（签章）：", font("serif", 38))
    seal(s, mm(165), y + mm(46), c.applicant.name, rng, radius=mm(18)) if c.applicant.kind == "organisation" else \
        signature(s, mm(160), y + mm(36), c.applicant.name, rng)
    hand(s, mm(130), y + mm(62), num_date(c.filed_on), rng, size=40)
    return [s]


def service_address_confirmation(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s, y = _form("送达地址确认书")
    cells = [["案　　号", c.number], ["告知事项", "1．当事人应如实提供确切的送达地址；2．确认的送达地址适用于执行程序；"
              "3．因地址不准确、变更未告知导致文书未能被实际接收的，文书退回之日视为送达之日。"],
             ["受送达人", c.applicant.name], ["送达地址", c.applicant.address], ["收件人", c.agent],
             ["电话", c.agent_phone], ["是否同意电子送达", "☑同意　□不同意"], ["电子送达号码", c.agent_phone]]
    y = grid(s, mm(18), y, [mm(42), mm(132)], cells, size=34, row_h=[mm(14), mm(40)] + [mm(14)] * 6)
    s.text(mm(22), y + mm(12), "受送达人（签名或盖章）：", font("serif", 36))
    signature(s, mm(110), y + mm(8), c.agent, rng)
    hand(s, mm(120), y + mm(28), num_date(c.filed_on), rng, size=40)
    return [s]


def property_declaration_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s, y = _form("财 产 申 报 表", sub=f"（{c.number}）")
    items = ["银行存款", "现金及理财", "不动产", "车辆船舶", "股权投资", "应收账款", "设备存货", "收入情况"]
    rows = [["项目", "申报内容", "价值（元）"], *[[it, "", ""] for it in items]]
    top = y
    y = grid(s, mm(16), y, [mm(34), mm(104), mm(40)], rows, size=34, row_h=mm(17))
    vals = {"银行存款": "基本户余额不足一千元", "设备存货": "冷库机组已抵押" if c.extra["story"] == "cold" else "无",
            "应收账款": "无法收回"}
    if c.extra["story"] == "wine":
        vals = {"现金及理财": "无", "设备存货": "库存干红约二百箱"}
    for k, it in enumerate(items):
        v = vals.get(it)
        if v:
            fills(s, mm(52), top + (k + 1) * mm(17) + mm(4), v, rng, size=36)
    s.text(mm(20), y + mm(10), "申报人保证以上内容真实、完整，如有虚假，愿承担法律责任。", font("serif", 34))
    s.text(mm(110), y + mm(26), "申报人：", font("serif", 38))
    if c.respondent.kind == "organisation":
        seal(s, mm(160), y + mm(32), c.respondent.name, rng, radius=mm(18))
    else:
        signature(s, mm(140), y + mm(22), c.respondent.name, rng)
    return [s]


# ------------------------------------------------------------------ records, inquiry, vouchers

def online_inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The 执行查控系统's printout: a landscape-style dense table in small sans, a header band."""
    s = Sheet()
    s.draw.rectangle((mm(12), mm(12), s.width - mm(12), mm(30)), fill=(225, 225, 225))
    s.text(mm(16), mm(16), "全国法院网络执行查控系统 · 反馈结果", font("sans_bold", 40))
    s.text(mm(16), mm(36), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}",
           font("sans", 28))
    s.text(mm(16), mm(44), f"查询日期：{c.day(2):%Y-%m-%d}　承办人：{c.officer}", font("sans", 28))
    orgs = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "交通银行", "烟台银行", "烟台农商银行", "招商银行",
            "公安部（车辆）", "自然资源部（不动产）", "中国证券登记结算", "支付宝", "财付通", "交通运输部（船舶）"]
    rows = [["序号", "协执单位", "反馈时间", "反馈结果", "余额/信息"]]
    for k, o in enumerate(orgs, 1):
        hit = rng.random() < 0.2
        rows.append([str(k), o, f"{c.day(rng.randint(2, 5)):%m-%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
                     "查询到" if hit else "未查询到", f"{rng.randint(0, 900)}.{rng.randint(10, 99)}元" if hit else "—"])
    grid(s, mm(14), mm(54), [mm(14), mm(62), mm(34), mm(32), mm(40)], rows, size=28, row_h=mm(11), role="sans", width=1)
    s.text(mm(16), s.height - mm(22), "打印时间：" + f"{c.day(6):%Y-%m-%d}" + "　　第1页/共1页", font("sans", 26))
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str, when: date, place: str, who: str,
            qa: list[tuple[str, str]]) -> list[Sheet]:
    """A 笔录 on the bureau's printed blank: head fields printed, everything said written by hand on the ruled lines."""
    sheets: list[Sheet] = []

    def blank() -> tuple[Sheet, float]:
        s = Sheet()
        s.centred(mm(14), COURT, font("serif", 38))
        s.centred(mm(24), title, font("serif_bold", 60), spacing=18)
        for k in range(22):
            s.line(mm(20), mm(62) + k * mm(10.5), s.width - mm(20), mm(62) + k * mm(10.5), width=1, fill=(150, 150, 160))
        sheets.append(s)
        return s, mm(54)

    s, y = blank()
    f = font("serif", 34)
    s.text(mm(20), mm(38), f"时间：{when.year}年{when.month}月{when.day}日{rng.randint(9, 15)}时", f)
    s.text(mm(110), mm(38), f"地点：{place}", f)
    s.text(mm(20), mm(46), f"执行人员：{c.officer}　记录人：{c.clerk}　被询问人：{who}", f)
    for q, a in [("问", "我们是芝罘区人民法院执行局的执行人员，依法向你了解情况，你应如实陈述。听清楚了吗？"), ("答", "清楚。"),
                 *qa]:
        for part in _wrap_hand(f"{q}：{a}"):
            if y > mm(280):
                s, y = blank()
            hand(s, mm(22), y, part, rng, size=40, ink=INK if rng.random() < 0.3 else (30, 40, 110))
            y += mm(10.5)
    if y > mm(265):
        s, y = blank()
    s.text(mm(25), y + mm(8), "被询问人：", f)
    signature(s, mm(60), y + mm(4), who, rng)
    hand(s, mm(110), y + mm(6), "以上笔录我看过，与我说的一样", rng, size=32)
    n = len(sheets)
    for i, sh in enumerate(sheets):
        sh.page_of = (i + 1, n) if n > 1 else None
        sh.text(sh.width - mm(40), sh.height - mm(12), f"第{i + 1}页", font("serif", 28))
    return sheets


def _wrap_hand(text: str, width: int = 29) -> list[str]:
    """Cut a spoken line into ruled lines; a comma or full stop stays at the end of the line it closes."""
    parts: list[str] = []
    rest = text
    while rest:
        cut = min(width, len(rest))
        if cut < len(rest) and rest[cut] in "，。、；：？！）":
            cut += 1
        parts.append(rest[:cut])
        rest = rest[cut:]
    return parts


def interview(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    who = c.agent
    qa = [("问", f"你代理{c.applicant.name}，本案经网络查控及实地调查，未发现被执行人{c.respondent.name}有可供执行的财产，"
                 "已对其限制消费、纳入失信名单。你方对此有何意见？"),
          ("答", "我方知道，目前也提供不出新的财产线索。"),
          ("问", "本院拟终结本次执行程序。终本后你方发现财产可随时申请恢复执行，不受时效限制。你方是否同意？"),
          ("答", "同意终本，发现财产后再申请恢复。"),
          ("问", "终本后被执行人仍受限制消费，失信信息继续公布；你方可随时向本院提供线索。是否明白？"), ("答", "明白。"),
          ("问", "还有什么补充？"), ("答", "没有。")]
    return _record(c, rng, "谈话笔录", c.closed_on - timedelta(days=8), "执行局谈话室", who, qa)


def investigation(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    story = c.extra["story"]
    place = {"cold": "北马路冷库院内", "wine": "毓璜顶东路门店", "loan": "栖霞市庙后镇果园冷风库"}[story]
    who = c.respondent.legal_rep if c.respondent.kind == "organisation" else c.respondent.name
    qa = [("问", "申请执行人提供线索称你方有财产在此，现场情况如何？"),
          ("答", {"cold": "冷库机组早就抵押给银行了，库里现在是别人租着放的鱼，不是我们的。",
                  "wine": "门店是租的，库存的酒都是代销的。",
                  "loan": "果园是村里承包的，冷风库去年苹果压价赔了，库里没有自己的货。"}[story]),
          ("问", "公司（你）现在有无收入、存款、车辆？"), ("答", "没有，账户都被冻了，车也卖了。"),
          ("问", "有无对外应收的款项？"), ("答", {"cold": "大连那边还欠点仓储费，对方也倒闭了，要不回来。",
                                                "wine": "有几家饭店欠酒款，都是小数，对账单可以提供。",
                                                "loan": "烟台港批发市场有个客户欠一点苹果款，人找不着了。"}[story]),
          ("问", "执行人员现场查看，未发现可供执行的财产，你确认吗？"), ("答", "确认。")]
    return _record(c, rng, "调查笔录", c.day(rng.randint(50, 80)), place, who, qa)


def fee_receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The 山东省非税收入 receipt, a small slip: red-printed frame, amounts in a dot-matrix-like mono font."""
    s = slip(190, 110, (250, 248, 240))
    red = (190, 50, 55)
    s.centred(mm(8), "山东省非税收入统一票据（电子）", font("serif_bold", 44), fill=red)
    s.text(mm(8), mm(20), f"票据代码：37010124　票据号码：{rng.randint(10**7, 10**8 - 1)}", font("sans", 26))
    s.text(mm(110), mm(20), f"开票日期：{c.filed_on:%Y-%m-%d}", font("sans", 26))
    rows = [["交款人", c.applicant.name, "", ""], ["项目名称", "单位", "数量", "金额（元）"],
            ["申请执行费（暂缓交纳）", "件", "1", f"{c.extra['fee']:,.2f}"],
            [f"合计（大写）{money_caps(c.extra['fee'])}", "", "", f"¥{c.extra['fee']:,.2f}"]]
    grid(s, mm(8), mm(28), [mm(70), mm(28), mm(24), mm(52)], rows, size=28, row_h=mm(12), role="mono")
    s.text(mm(8), mm(90), f"收款单位：{COURT}　　复核：{c.clerk}", font("sans", 26))
    seal(s, mm(150), mm(88), "烟台市芝罘区财政局", rng, radius=mm(13))
    return [s]


def payment_voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The 烟台银行 电子回单 of the release from the court's account: a small bank slip in sans."""
    s = slip(200, 100, (247, 250, 252))
    s.text(mm(8), mm(6), "烟台银行", font("sans_bold", 42), fill=(180, 30, 40))
    s.centred(mm(7), "业务回单（付款）", font("sans_bold", 44))
    s.text(mm(8), mm(20), f"回单编号：{rng.randint(10**11, 10**12 - 1)}　交易日期：{c.extra.get('paid_day', c.extra['pay_day']) + timedelta(days=3):%Y%m%d}",
           font("sans", 26))
    rows = [["付款人", f"{COURT}（执行款专户）", "收款人", c.applicant.name],
            ["付款账号", f"8150{rng.randint(10**11, 10**12 - 1)}", "收款账号", c.extra["acct"]],
            ["金额", f"CNY {c.amount:,.2f}", "收款行", c.extra["bank"]],
            ["用途", f"{c.number}执行款发放", "", ""]]
    grid(s, mm(8), mm(28), [mm(24), mm(70), mm(24), mm(66)], rows, size=26, row_h=mm(13), role="sans", width=1)
    s.text(mm(8), mm(86), f"大写：{money_caps(c.amount)}", font("sans", 28))
    seal(s, mm(170), mm(82), "烟台银行电子回单专用章", rng, radius=mm(12))
    return [s]


# ------------------------------------------------------------------ the bureau's forms

def summons(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 传票: a two-part form — the counterfoil (存根) above, the summons below a dashed tear line."""
    s = Sheet()
    f = font("serif", 36)
    for k, (title, y0) in enumerate((("传　票（存根）", mm(14)), ("传　　票", mm(150)))):
        s.centred(y0, COURT, font("serif_bold", 44))
        s.centred(y0 + mm(10), title, font("hei", 58), spacing=6)
        s.right(s.width - mm(20), y0 + mm(22), c.number, f)
        who = c.respondent.legal_rep if c.respondent.kind == "organisation" else c.respondent.name
        rows = [["案　由", f"{c.extra['cause']}执行"], ["被传唤人", f"{c.respondent.name}（{who}）"],
                ["工作单位或住址", c.respondent.address], ["传唤事由", "接受询问、报告财产"],
                ["应到时间", f"{c.day(40):%Y年%m月%d日} 上午9时"], ["应到处所", f"本院执行局第{rng.randint(1, 6)}谈话室"]]
        grid(s, mm(20), y0 + mm(30), [mm(46), mm(124)], rows, size=34, row_h=mm(12))
        if k:
            s.text(mm(22), y0 + mm(106), "注意事项：被传唤人无正当理由拒不到场的，可以拘传；拒不报告财产的，可以罚款、拘留。",
                   font("serif", 30))
            court_seal(s, s.width - mm(55), y0 + mm(120), COURT, rng)
            s.right(s.width - mm(25), y0 + mm(120), cn_date(c.day(30)), f)
    for x in range(mm(10), s.width - mm(10), mm(6)):
        s.line(x, mm(140), x + mm(3), mm(140), width=2, fill=(110, 110, 110))
    return [s]


def service_receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s, y = _form("送 达 回 证")
    docs = "、".join(NAMES.get(code, code) for code in served) or "执行通知书"
    to_applicant = served and served[0] in ("acceptance_notice", "closing_notice")
    who = c.applicant.name if to_applicant else c.respondent.name
    when = {"acceptance_notice": c.day(1), "termination_this_round_ruling": c.closed_on,
            "consumption_restriction_order": c.day(71), "closing_notice": c.closed_on + timedelta(days=2),
            "summons": c.day(32)}.get(served[0] if served else "", c.day(4))
    rows = [["案号", c.number], ["送达文书名称及件数", f"{docs}各一份"], ["受送达人", who],
            ["送达地址", c.applicant.address if to_applicant else c.respondent.address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达"], ["送达人", ""], ["备注", ""]]
    top = y
    y = grid(s, mm(18), y, [mm(52), mm(122)], rows, size=36, row_h=[mm(16), mm(26), mm(16), mm(20), mm(34), mm(16),
                                                                   mm(16), mm(16), mm(22)])
    sig_y = top + mm(16 + 26 + 16 + 20) + mm(8)
    signer = c.agent if to_applicant else (c.respondent.legal_rep or c.respondent.name)
    signature(s, mm(80), sig_y, signer, rng)
    hand(s, mm(130), sig_y + mm(12), f"{when.year}.{when.month}.{when.day}", rng, size=38)
    hand(s, mm(74), top + mm(16 + 26 + 16 + 20 + 34 + 16 + 16) + mm(3), f"{c.officer}　{c.clerk}", rng, size=38)
    s.text(mm(20), y + mm(10), "注：受送达人拒绝签收的，送达人应在备注栏注明情况，邀请见证人到场或留置送达。", font("serif", 30))
    return [s]


def closing_approval(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s, y = _form("执行案件结案审批表")
    method = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕"}.get(c.method, "终结执行")
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "", ""],
            ["被执行人", c.respondent.name, "", ""], ["执行依据", c.basis_number, "", ""],
            ["执行标的", f"{c.amount:,.2f}元", "实际到位", f"{c.amount:,.2f}元" if c.method == "fully_performed" else "0元"],
            ["结案方式", method, "结案日期", num_date(c.closed_on)], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    top = y
    grid(s, mm(16), y, [mm(34), mm(66), mm(30), mm(48)], rows, size=32,
         row_h=[mm(15)] * 6 + [mm(38), mm(30), mm(30)])
    base = top + mm(15) * 6
    opinion = ("双方和解，被执行人已付清全部款项，案款已发放申请执行人，建议以执行完毕结案。" if c.method == "fully_performed"
               else "已穷尽财产调查措施，已限制消费、纳入失信名单并约谈申请人，建议终结本次执行程序。")
    fills(s, mm(54), base + mm(5), opinion, rng, size=38, width=mm(120))
    signature(s, mm(140), base + mm(24), c.officer, rng)
    fills(s, mm(54), base + mm(43), "同意。", rng, size=40)
    signature(s, mm(140), base + mm(54), c.judge, rng)
    fills(s, mm(54), base + mm(73), "同意结案。", rng, size=40)
    signature(s, mm(140), base + mm(84), person_name(rng), rng)
    return [s]


def dossier_cover(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The archive's printed cover on buff card: the court, 执行卷宗 in big 宋, a field table with hand fills."""
    s = Sheet(paper=(236, 222, 188))
    s.centred(mm(30), COURT, font("serif_bold", 64))
    s.centred(mm(52), "执 行 案 件 卷 宗", font("serif_bold", 96))
    s.centred(mm(74), "（正　卷）", font("serif", 48))
    rows = [["案号", ""], ["案由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行标的", ""], ["立案日期", ""],
            ["结案日期", ""], ["结案方式", ""], ["承办人", ""], ["归档日期", ""], ["保管期限", ""]]
    top = mm(92)
    grid(s, mm(30), top, [mm(40), mm(110)], rows, size=40, row_h=mm(17))
    vals = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, f"{c.amount:,.2f}元", num_date(c.filed_on),
            num_date(c.closed_on), "执行完毕" if c.method == "fully_performed" else "终结本次执行程序", c.officer,
            num_date(c.closed_on + timedelta(days=30)), "长期"]
    for k, v in enumerate(vals):
        hand(s, mm(74), top + k * mm(17) + mm(4), v, rng, size=42, ink=INK)
    s.text(mm(30), top + mm(17 * 11 + 10), f"全宗号 {rng.randint(10, 99)}　目录号 {rng.randint(1, 9)}　案卷号 {rng.randint(100, 999)}",
           font("serif", 38))
    return [s]


def catalogue(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(18), "卷 内 目 录", font("hei", 64))
    s.text(mm(18), mm(34), f"案号：{c.number}", font("serif", 36))
    items = ["执行申请书", "仲裁裁决书", "裁决书生效证明", "财产线索登记表", "非税收入票据", "营业执照（申请人）", "营业执照（被执行人）",
             "授权委托书", "律师事务所函", "律师执业证", "收取案款确认书", "送达地址确认书", "受理案件通知书", "缴款通知书",
             "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议",
             "银行回单", "结案通知书", "结案审批表", "送达回证", "送达回证", "卷宗复核表", "备考表"]
    rows = [["序号", "文件名称", "页号", "备注"]]
    page = 1
    for k, it in enumerate(items, 1):
        rows.append([str(k), it, str(page), ""])
        page += 1 if k != 2 else 3
    grid(s, mm(16), mm(44), [mm(18), mm(110), mm(24), mm(26)], rows, size=30, row_h=mm(8.4))
    return [s]


def file_review(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s, y = _form("卷宗复核表", role="serif_bold")
    checks = ["法律文书齐全、完整", "送达回证齐全、签收规范", "案款收发凭证齐全", "材料排列顺序符合规定", "无空白项、无重份",
              "电子卷宗与纸质卷宗一致"]
    rows = [["案号", c.number, ""], ["复核项目", "复核情况", "备注"], *[[ck, "", ""] for ck in checks], ["承办人意见", "", ""],
            ["复核人", "", ""]]
    top = y
    grid(s, mm(16), y, [mm(66), mm(70), mm(42)], rows, size=32, row_h=[mm(15), mm(15)] + [mm(17)] * 6 + [mm(30), mm(20)])
    for k in range(6):
        hand(s, mm(95), top + mm(30) + k * mm(17) + mm(4), "√ 符合", rng, size=40)
    fills(s, mm(84), top + mm(30 + 102) + mm(5), "已复核，同意归档。", rng, size=40)
    signature(s, mm(84), top + mm(30 + 102 + 30) + mm(3), c.clerk, rng)
    hand(s, mm(140), top + mm(30 + 102 + 30) + mm(5), num_date(c.closed_on + timedelta(days=20)), rng, size=34)
    return [s]


def remarks(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(24), "备　考　表", font("serif_bold", 66))
    s.box(mm(22), mm(44), s.width - mm(22), mm(240), width=3)
    s.text(mm(28), mm(50), "本卷情况说明：", font("serif", 40))
    hand(s, mm(32), mm(64), f"本卷共计文件{rng.randint(28, 34)}件，页数已编写无误。", rng, size=44, ink=INK)
    hand(s, mm(32), mm(78), "裁决书原件已退申请人，卷内为核对无误的复印件。", rng, size=44, ink=INK)
    s.text(mm(110), mm(206), "立卷人：", font("serif", 38))
    signature(s, mm(140), mm(202), c.clerk, rng)
    s.text(mm(110), mm(220), "检查人：", font("serif", 38))
    signature(s, mm(140), mm(216), c.officer, rng)
    s.text(mm(110), mm(232), f"立卷时间：{num_date(c.closed_on + timedelta(days=21))}", font("serif", 34))
    return [s]


DRAW = {
    "enforcement_application": application, "enforcement_basis": basis, "effectiveness_certificate": effectiveness,
    "property_clue_form": property_clue_form, "fee_receipt": fee_receipt, "identity_proof": identity_proof,
    "power_of_attorney": power_of_attorney, "law_firm_letter": law_firm_letter, "lawyer_license": lawyer_license,
    "payment_account_confirmation": payment_account_confirmation,
    "service_address_confirmation": service_address_confirmation,
    "property_declaration_form": property_declaration_form, "online_inquiry_result": online_inquiry,
    "investigation_record": investigation, "interview_record": interview, "settlement_agreement": settlement_agreement,
    "payment_voucher": payment_voucher, "closing_approval_form": closing_approval, "service_receipt": service_receipt,
    "dossier_cover": dossier_cover, "catalogue": catalogue, "file_review_form": file_review, "remarks_sheet": remarks,
}
_ = (BLUE_INK,)
