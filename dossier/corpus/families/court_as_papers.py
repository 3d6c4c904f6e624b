"""The papers court_as receives, each in its author's style: the logistics companies' typed applications (the
恢复执行申请书 carries the original undertaker's handwritten confirmation), the welder's application typed by his
法律援助 lawyer, the trial benches' 民事判决书 (the 2016 one pulled from the 2017 volume), licence and ID copies, the
bureau's window forms filled in by hand, the 查控 printout, the 车管所 reply, a yard's 对账单, a bank's 回单."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, RED, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_as_kit import BOTTOM, COURT, LEFT, RIGHT, TOP, folio, mark_old, song
from dossier.corpus.fonts import Font, font

ARBITRATION = "青岛市黄岛区劳动人事争议仲裁委员会"
VEHICLE = "青岛市公安局交通警察支队车辆管理所"
RECEIVED = frozenset({
    "resumption_application", "enforcement_application", "enforcement_basis", "identity_proof", "power_of_attorney",
    "law_firm_letter", "lawyer_license", "payment_account_confirmation", "service_address_confirmation",
    "property_declaration_form", "online_inquiry_result", "settlement_agreement", "payment_voucher", "fee_receipt",
    "evidence", "property_clue_form",
})


def _typed(title: str, blocks: Sequence[Block], f: Font, *, tf: Font | None = None, x0: float = LEFT + 20,
           x1: float = RIGHT - 20, lh: float = 66, folios: bool = True) -> tuple[list[Sheet], float]:
    s = Sheet()
    sheets = [s]
    s.centred(TOP + 40, title, tf or font("sans_bold", 60), spacing=12)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], TOP + 20

    y = flow(s, blocks, f, x0=x0, width=x1 - x0, y=TOP + 170, line_height=lh, indent=f.size * 2, bottom=BOTTOM - 40,
             more=more)
    del folios  # a paper's folios are set by _end once its sheets are all there
    return sheets, y


def _end(sheets: list[Sheet], y: float) -> tuple[Sheet, float]:
    """Room for the signature block, on a sheet of its own if need be; then the folios."""
    if y > BOTTOM - mm(60):
        sheets.append(Sheet())
        y = TOP + 60
    folio(sheets, font("sans", 28))
    return sheets[-1], y


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    body = font("serif", 38)
    if code == "resumption_application":
        sheets, y = _typed("恢复执行申请书", [
            ("f", f"申请人：{a.name}，住所地{a.address}。"),
            ("f", f"法定代表人：{a.legal_rep}，职务：总经理。"),
            ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
            ("f", f"被申请人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("f", "请求事项："),
            ("p", f"请求恢复对{c.previous_number}案件的执行，继续执行被申请人尚欠款项{money(c.amount - c.extra['old_paid'])}"
                  "及迟延履行期间的债务利息。"),
            ("f", "事实与理由："),
            ("p", f"申请人与被申请人{c.extra['cause']}一案，贵院作出{c.basis_number}民事判决书，已发生法律效力。因被申请人未履行，"
                  f"申请人于2017年申请强制执行，贵院立案后仅执行到位{money(c.extra['old_paid'])}，于{cn_date(c.extra['old_closed'])}"
                  "裁定终结本次执行程序。"),
            ("p", "近日申请人发现被申请人有可供执行的财产：" + c.extra["clue"] + "（相关材料附后）。依照《最高人民法院关于适用〈中华人民"
                  "共和国民事诉讼法〉的解释》第五百一十七条的规定，特申请恢复执行。"),
            ("f", "此致"),
            ("f", "青岛市黄岛区人民法院"),
        ], body)
        s, y = _end(sheets, y)
        s.right(RIGHT - 40, y + 40, f"申请人：{a.name}（盖章）", body)
        seal(s, RIGHT - mm(40), y + 60, a.name, rng)
        s.right(RIGHT - 40, y + 120, num_date(c.filed_on - timedelta(days=3)), body)
        bx = y + 220
        s.box(LEFT + 20, bx, RIGHT - 20, bx + mm(34), width=2)
        s.text(LEFT + 40, bx + 20, "原案承办人确认：", font("sans_bold", 34))
        hand(s, LEFT + 60, bx + 90, "情况属实，原案已终本，申请人提供新线索，同意恢复执行。", rng, size=38)
        s.text(LEFT + 40, bx + mm(22), "签名：", font("sans", 32))
        signature(s, LEFT + 160, bx + mm(20), c.extra["old_officer"], rng)
        hand(s, RIGHT - mm(60), bx + mm(22), num_date(c.filed_on - timedelta(days=1)), rng, size=34, record=False)
        return sheets
    if code == "enforcement_application":
        sheets, y = _typed("强制执行申请书", [
            ("f", f"申请执行人：{a.name}，男，{a.born:%Y年%m月%d日}出生，公民身份号码{a.id_number}，住{a.address}，电话{a.phone}。"),
            ("f", f"委托代理人：{c.agent}，{c.firm}律师（青岛西海岸新区法律援助中心指派）。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("f", "执行请求："),
            ("p", f"1．请求强制被执行人支付申请执行人拖欠的劳动报酬{money(c.amount)}；2．被执行人加倍支付迟延履行期间的债务利息；"
                  "3．执行费用由被执行人负担。"),
            ("f", "事实与理由："),
            ("p", f"申请执行人在被执行人承接的{c.extra['yard']}从事电焊工作。被执行人拖欠申请执行人{c.extra['months']}个月工资，"
                  f"申请执行人先向{ARBITRATION}申请仲裁，后诉至贵院。贵院作出{c.basis_number}民事判决书，判决已发生法律效力，"
                  "被执行人至今未履行，特申请强制执行。"),
            ("f", "此致"),
            ("f", "青岛市黄岛区人民法院"),
        ], body, tf=font("serif_bold", 60))
        s, y = _end(sheets, y)
        s.right(RIGHT - 300, y + 40, "申请执行人：", body)
        signature(s, RIGHT - 280, y + 20, a.name, rng)
        s.right(RIGHT - 40, y + 130, num_date(c.filed_on - timedelta(days=2)), body)
        return sheets
    if code == "enforcement_basis":
        return _judgment(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, "respondent" in served)
    if code == "power_of_attorney":
        who = a.name
        sheets, y = _typed("授权委托书", [
            ("f", f"委托人：{who}"),
            ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
            ("p", f"现委托上列受托人在{who}申请执行{r.name}{c.extra['cause']}一案中，作为我方的代理人。"),
            ("p", "代理权限：特别授权，代为申请执行、恢复执行，代为提供财产线索，代为参加执行谈话，代为签收法律文书，"
                  "代为和解，代为领取执行款。"),
        ], font("sans", 38), tf=font("hei", 62))
        s, y = _end(sheets, y)
        s.text(RIGHT - mm(80), y + 60, "委托人：", font("sans", 38))
        if a.kind == "organisation":
            seal(s, RIGHT - mm(30), y + 90, a.name, rng)
        else:
            signature(s, RIGHT - mm(50), y + 45, a.name, rng)
        s.text(RIGHT - mm(80), y + 170, "受托人：", font("sans", 38))
        signature(s, RIGHT - mm(50), y + 155, c.agent, rng)
        hand(s, RIGHT - mm(75), y + 270, num_date(c.filed_on - timedelta(days=4)), rng, size=38)
        return sheets
    if code == "law_firm_letter":
        s = Sheet()
        s.centred(TOP + 30, c.firm, font("serif_bold", 56), spacing=6, fill=RED)
        s.line(LEFT, TOP + 110, RIGHT, TOP + 110, width=4, fill=RED)
        s.centred(TOP + 150, "函", font("serif_bold", 72))
        s.right(RIGHT, TOP + 270, f"（{c.filed_on.year}）琴海律执字第{rng.randint(10, 300)}号", song(36))
        y = flow(s, [("f", "青岛市黄岛区人民法院："),
                     ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}执行一案的代理人。"),
                     ("p", "特此函告。"),
                     ("r", c.firm), ("r", cn_date(c.filed_on - timedelta(days=4)))],
                 song(40), x0=LEFT, width=RIGHT - LEFT, y=TOP + 380, line_height=72, indent=80)
        seal(s, RIGHT - mm(40), y - 90, c.firm, rng)
        s.text(LEFT, y + 100, f"地址：{c.extra['firm_addr']}　电话：0532-8{rng.randint(6000000, 6999999)}", song(30))
        return [s]
    if code == "lawyer_license":
        s = Sheet()
        s.centred(TOP + 20, "律师执业证（复印件）", font("sans_bold", 48))
        x0, y0 = LEFT + 60, TOP + 140
        s.box(x0, y0, RIGHT - 60, y0 + mm(95), width=3)
        s.image.paste((190, 190, 190), (int(x0 + 50), int(y0 + 80), int(x0 + 50 + mm(26)), int(y0 + 80 + mm(34))))
        rows = [("姓　　名", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["lic_no"]),
                ("发证机关", "山东省司法厅"), ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
        for k, (lab, val) in enumerate(rows):
            s.text(x0 + mm(36), y0 + 70 + k * 95, f"{lab}：{val}", song(34))
        seal(s, RIGHT - mm(50), y0 + mm(70), "山东省司法厅", rng)
        hand(s, LEFT + 80, y0 + mm(110), "与原件核对无异", rng, size=40, ink=(30, 30, 30))
        signature(s, LEFT + 420, y0 + mm(110), c.agent, rng)
        return [s]
    if code == "payment_account_confirmation":
        return _window_form(c, rng, "收款账户确认书", [
            ["案号", c.number], ["申请执行人", a.name], ["收款户名", a.name], ["开户银行", c.extra["acct_bank"]],
            ["银行账号", c.extra["acct"]], ["联系电话", a.phone if a.kind == "person" else c.agent_phone],
        ], [2, 3, 4, 5], "本人（单位）确认上述账户为接收执行款的账户，因账户信息错误造成的损失由本人（单位）承担。")
    if code == "service_address_confirmation":
        return _window_form(c, rng, "送达地址确认书", [
            ["案号", c.number], ["受送达人", a.name], ["送达地址", c.extra["firm_addr"]], ["收件人", c.agent],
            ["联系电话", c.agent_phone], ["是否同意电子送达", "同意，手机号码" + c.agent_phone],
        ], [2, 3, 4, 5], "受送达人确认上述地址真实有效；地址变更应及时书面告知法院，否则按原地址送达视为送达。")
    if code == "property_clue_form":
        return _window_form(c, rng, "被执行人财产线索提供表", [
            ["案号", c.number], ["被执行人", r.name], ["银行账户", c.extra["resp_bank"]],
            ["不动产", "不清楚"], ["车辆", "厂区内有吊车、叉车"], ["其他财产", "对总包单位有工程款债权"],
        ], [2, 3, 4, 5], "申请执行人保证所提供的财产线索真实，如提供虚假线索，自行承担相应后果。")
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, served)
    if code == "settlement_agreement":
        sheets, y = _typed("执行和解协议", [
            ("f", f"甲方（申请执行人）：{a.name}"),
            ("f", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}"),
            ("p", f"就{c.number}执行一案，甲乙双方经协商自愿达成如下和解协议："),
            ("p", f"一、乙方于{cn_date(c.extra['pay_day'])}前一次性支付甲方{money(c.amount)}（含迟延履行利息）。"),
            ("p", "二、乙方按期足额支付后，本案执行完毕，甲方不再主张其他权利。"),
            ("p", "三、乙方逾期未履行的，甲方可申请恢复执行原生效法律文书。"),
            ("p", "四、本协议一式三份，双方各执一份，交法院附卷一份。"),
        ], font("serif", 38), tf=font("hei", 60))
        s, y = _end(sheets, y)
        s.text(LEFT + 20, y + 60, "甲方：", body)
        s.text(LEFT + mm(85), y + 60, "乙方：", body)
        if a.kind == "organisation":
            seal(s, LEFT + mm(40), y + 90, a.name, rng)
        else:
            signature(s, LEFT + 140, y + 45, a.name, rng)
        seal(s, LEFT + mm(125), y + 90, r.name, rng)
        hand(s, LEFT + mm(60), y + 250, num_date(c.day(35)), rng, size=36)
        return sheets
    if code == "payment_voucher":
        return _voucher(c, rng, "release" in served)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "evidence":
        return _evidence(c, rng)
    raise KeyError(code)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    old = c.category == "resumption"
    f = font("ming", 40) if old else font("serif", 40)
    if old:
        facts = [
            ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于2016年立案后，依法适用简易程序，公开开庭进行了审理。"
                  f"原告委托诉讼代理人{c.agent}到庭参加诉讼，被告经本院传票传唤无正当理由拒不到庭。本案现已审理终结。"),
            ("p", f"原告向本院提出诉讼请求：判令被告支付{'集装箱短驳运输费' if c.extra['story'] == 'yard' else '代垫海运费、港杂费'}"
                  f"{money(c.amount)}及逾期付款利息。事实与理由：双方自2015年起存在业务往来，原告按被告指示完成前湾港区至"
                  "被告堆场之间的集装箱短驳及提箱、还箱业务，经对账，被告尚欠上述款项未付。"),
            ("p", "本院经审理认定事实如下：原告提交的运输协议、对账单、增值税发票与其陈述相互印证，本院予以确认。"),
            ("p", "本院认为，当事人应当按照约定全面履行自己的义务。被告接受原告服务后未支付费用，应承担违约责任。依照《中华人民共和国"
                  "合同法》第六十条、第一百零七条、第一百零九条，《中华人民共和国民事诉讼法》第一百四十四条之规定，判决如下："),
        ]
    else:
        facts = [
            ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后依法适用简易程序，公开开庭进行了审理。原告及其委托"
                  f"诉讼代理人{c.agent}、被告委托诉讼代理人到庭参加诉讼。本案现已审理终结。"),
            ("p", f"原告向本院提出诉讼请求：判令被告支付拖欠工资{money(c.amount)}。事实与理由：原告自2024年3月起在被告承接的"
                  f"{c.extra['yard']}从事电焊作业，月工资按件计算，被告自2024年下半年起拖欠{c.extra['months']}个月工资未付。"),
            ("p", f"原告曾向{ARBITRATION}申请仲裁，该委于2025年作出{c.extra['award_no']}仲裁裁决书，裁决被告支付原告工资"
                  f"{money(c.amount)}。被告不服，在法定期限内诉至本院，后撤回起诉被裁定准许；原告不服裁决中加班费部分，诉至本院。"),
            ("p", "本院经审理认定事实如下：原告提交的考勤记录、班组长签字的工资结算单、微信聊天记录能够相互印证，被告对原告在其"
                  "处工作的事实及欠付工资数额无异议，本院予以确认。"),
            ("p", "本院认为，劳动者有取得劳动报酬的权利，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。"
                  "依照《中华人民共和国劳动合同法》第三十条、第八十五条，《中华人民共和国民事诉讼法》第六十七条之规定，判决如下："),
        ]
    blocks: list[Block] = [
        ("f", f"原告：{a.name}，住所地{a.address}。" if a.kind == "organisation" else
              f"原告：{a.name}，男，{a.born:%Y年%m月%d日}出生，汉族，住{a.address}。"),
        ("f", f"被告：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}。"),
        *facts,
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{money(c.amount)}。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百五十三条之规定，加倍支付迟延履行期间的债务利息。" if old else
              "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间"
              "的债务利息。"),
        ("p", f"案件受理费{int(float(c.amount) * 0.01 / 2 + 25)}元，由被告负担。" if old else "案件受理费10元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于山东省青岛市中级"
              "人民法院。"),
    ]
    s = Sheet()
    sheets = [s]
    s.centred(TOP + 30, COURT, font("ming" if old else "serif_bold", 52), spacing=6)
    s.centred(TOP + 120, "民　事　判　决　书", font("ming" if old else "serif_bold", 64))
    s.right(RIGHT, TOP + 230, c.basis_number, f)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], TOP + 20

    y = flow(s, blocks, f, x0=LEFT, width=RIGHT - LEFT, y=TOP + 320, line_height=70, indent=80, bottom=BOTTOM - 40,
             more=more)
    if y > BOTTOM - mm(60):
        sheets.append(Sheet())
        y = TOP + 60
    s = sheets[-1]
    for k, (role, name) in enumerate([("审　判　员", c.extra["trial_judge"])]):
        s.text(RIGHT - 500, y + 40 + k * 70, role, f)
        s.text(RIGHT - 230, y + 40 + k * 70, name, f)
    d = c.basis_effective - timedelta(days=20)
    w = s.right(RIGHT - 40, y + 140, cn_date(d), f)
    seal(s, (w + RIGHT - 40) / 2, y + 160, COURT, rng)
    s.text(RIGHT - 500, y + 230, "书　记　员", f)
    s.text(RIGHT - 230, y + 230, person_name(rng), f)
    s.text(LEFT, y + 320, "本件与原本核对无异", font("ming" if old else "sans", 34))
    for k, sh in enumerate(sheets, 1):
        sh.page_of = (k, len(sheets))
        if not old:
            sh.centred(BOTTOM + 40, f"第{k}页 共{len(sheets)}页", font("sans", 28))
    if old:
        mark_old(sheets)
    return sheets


def _identity(c: CaseCtx, rng: random.Random, respondent: bool) -> list[Sheet]:
    p = c.respondent if respondent else c.applicant
    if p.kind == "person":
        s = Sheet()
        s.centred(TOP + 20, "居民身份证复印件", font("sans_bold", 44))
        for k, y0 in enumerate((TOP + 140, TOP + 140 + mm(70))):
            x0 = (s.width - mm(86)) // 2
            s.image.paste((232, 236, 240), (x0, y0, x0 + mm(86), y0 + mm(54)))
            s.box(x0, y0, x0 + mm(86), y0 + mm(54), width=2)
            if k == 0:
                f = font("hei", 26)
                s.text(x0 + 40, y0 + 40, f"姓名　{p.name}", f)
                s.text(x0 + 40, y0 + 90, f"性别　{p.sex}　　民族　汉", f)
                assert p.born is not None
                s.text(x0 + 40, y0 + 140, f"出生　{p.born.year}年{p.born.month}月{p.born.day}日", f)
                s.text(x0 + 40, y0 + 190, "住址　" + p.address[:14], f)
                s.text(x0 + 40, y0 + 230, "　　　" + p.address[14:], f)
                s.text(x0 + 40, y0 + 340, f"公民身份号码　{p.id_number}", f)
                s.image.paste((150, 150, 155), (x0 + mm(60), y0 + 40, x0 + mm(82), y0 + 40 + mm(28)))
            else:
                s.centred(y0 + 60, "中华人民共和国", font("hei", 40))
                s.centred(y0 + 130, "居民身份证", font("hei", 54), spacing=12)
                s.text(x0 + 60, y0 + 300, f"签发机关　{c.court.city}公安局黄岛分局", font("hei", 26))
                s.text(x0 + 60, y0 + 350, f"有效期限　{rng.randint(2016, 2022)}.0{rng.randint(1, 9)}.15-长期",
                       font("hei", 26))
        hand(s, LEFT + 60, TOP + 160 + mm(135), "此复印件与原件一致", rng, size=40)
        signature(s, LEFT + 500, TOP + 160 + mm(135), p.name, rng)
        return [s]
    s = Sheet()
    s.box(LEFT - 30, TOP - 20, RIGHT + 30, mm(265), width=8, outline=(150, 110, 60))
    s.centred(TOP + 80, "营　业　执　照", font("serif_bold", 72), spacing=10)
    s.centred(TOP + 190, "（副　本）", song(38))
    s.text(LEFT + 20, TOP + 280, f"统一社会信用代码　{p.id_number}", song(34))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "国际货运代理；道路普通货物运输；集装箱堆存、装卸、拆装箱" if "物流" in p.name or "堆场" in p.name
             else "船舶配套工程、钢结构焊接、劳务分包" if "船舶" in p.name else "国内、国际货运代理；报关报检"),
            ("注册资本", f"{rng.choice([500, 1000, 3000])}万元"), ("成立日期", f"{rng.randint(2008, 2015)}年{rng.randint(1, 12)}月"
                                                                   f"{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    for k, (lab, val) in enumerate(rows):
        s.text(LEFT + 40, TOP + 400 + k * 110, f"{lab}　{val}", song(34))
    s.text(RIGHT - mm(70), mm(232), "登记机关", song(32))
    seal(s, RIGHT - mm(45), mm(235), "青岛市黄岛区市场监督管理局", rng)
    seal(s, LEFT + mm(40), mm(220), p.name, rng, radius=mm(19))
    hand(s, LEFT + 40, mm(250), "与原件一致", rng, size=42, ink=(30, 30, 30))
    sheets = [s]
    if not respondent:
        t, y = _typed("法定代表人身份证明书", [
            ("p", f"{p.legal_rep}在我单位任执行董事兼总经理职务，系我单位的法定代表人。"),
            ("p", "特此证明。"),
            ("r", p.name), ("r", cn_date(c.filed_on - timedelta(days=5)))], font("sans", 40), folios=False)
        seal(t[-1], RIGHT - mm(40), y - 80, p.name, rng)
        t[0].starts_document = True
        sheets += t
    elif c.category == "resumption":
        mark_old(sheets)
    return sheets


def _window_form(c: CaseCtx, rng: random.Random, title: str, rows: list[list[str]], handwritten: list[int],
                 note: str) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP + 20, COURT, song(40))
    s.centred(TOP + 90, title, font("hei", 56), spacing=14)
    w = RIGHT - LEFT
    printed = [[lab, "" if k in handwritten else val] for k, (lab, val) in enumerate(rows)]
    y0 = TOP + 220
    y = table(s, LEFT, y0, [w * 0.3, w * 0.7], printed, song(34), row_h=mm(15))
    for k in handwritten:
        hand(s, LEFT + w * 0.32, y0 + k * mm(15) + mm(4), rows[k][1], rng, size=36)
    yy = flow(s, [("p", note)], song(32), x0=LEFT, width=w, y=y + 40, line_height=56, indent=64)
    s.text(RIGHT - mm(85), yy + 60, "确认人（签名/盖章）：", song(32))
    signature(s, RIGHT - mm(40), yy + 50, c.agent, rng)
    if c.applicant.kind == "organisation":
        seal(s, RIGHT - mm(35), yy + 100, c.applicant.name, rng, radius=mm(18))
    hand(s, RIGHT - mm(70), yy + 150, num_date(c.filed_on), rng, size=34, record=False)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    s.centred(TOP + 20, "被执行人财产申报表", font("hei", 56), spacing=10)
    s.text(LEFT, TOP + 120, f"案号：{c.number}", song(32))
    w = RIGHT - LEFT
    items = ["申报人", "银行存款", "应收账款", "不动产", "车辆", "股权、投资", "设备、存货", "收入情况", "其他"]
    values = [f"{r.name}（{r.legal_rep}）",
              f"{c.extra['resp_bank'][:6]}基本户，余额约{rng.randint(2, 90)}千元",
              f"{c.extra.get('debtor3', '有，客户拖欠')}未付堆存费" if c.extra["story"] == "yard" else "无",
              "无，场地系租赁", f"{c.extra['plate']}牵引车一辆（已停运）" if c.extra["story"] == "car" else "无",
              "无", "旧焊机若干" if c.extra["story"] == "welder" else "旧叉车二台", "经营困难", "无"]
    y0 = TOP + 190
    y = table(s, LEFT, y0, [w * 0.25, w * 0.75], [[k, ""] for k in items], song(34), row_h=mm(17))
    for k, v in enumerate(values):
        hand(s, LEFT + w * 0.27, y0 + k * mm(17) + mm(5), v, rng, size=36, ink=BLUE_INK)
    s.text(LEFT, y + 40, "申报人保证以上申报内容真实、完整，如有虚假愿承担法律责任。", song(32))
    s.text(RIGHT - mm(80), y + 130, "申报人：", song(34))
    seal(s, RIGHT - mm(30), y + 150, r.name, rng, radius=mm(19))
    signature(s, RIGHT - mm(55), y + 120, r.legal_rep, rng, ink=BLUE_INK)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    if "vehicle" in served:
        sheets, y = _typed("机动车信息查询回复", [
            ("f", "青岛市黄岛区人民法院："),
            ("p", f"你院{c.number}协助查询函收悉。经查询，{r.name}（{r.id_number}）名下登记机动车一辆：号牌号码{c.extra['plate']}，"
                  f"车辆类型重型半挂牵引车，车辆识别代号{c.extra['vin']}，状态正常，无抵押登记。"),
            ("p", "特此回复。"),
            ("r", VEHICLE), ("r", num_date(c.day(4)))], font("song_gb", 40), tf=font("song_gb", 58), folios=False)
        seal(sheets[-1], RIGHT - mm(40), y - 80, VEHICLE, rng)
        return sheets
    s = Sheet()
    s.text(LEFT - 40, TOP - 40, f"网络执行查控系统　打印时间：{c.day(3):%Y-%m-%d} 10:{rng.randint(10, 59)}", font("mono", 26))
    s.centred(TOP + 40, "网络查控结果（总对总）", font("sans_bold", 48))
    s.text(LEFT - 40, TOP + 140, f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", font("sans", 28))
    rows = [["序号", "协助单位", "财产类型", "反馈结果"]]
    res = [("中国工商银行", "存款", f"余额{rng.randint(100, 9999)}.{rng.randint(10, 99)}元"), ("中国建设银行", "存款", "无账户"),
           ("交通银行", "存款", "余额0.00元"), ("青岛农商银行", "存款", f"余额{rng.randint(1, 99)}.00元"),
           ("公安部交通管理局", "车辆", f"1辆（{c.extra['plate']}）" if c.extra["story"] == "car" else "无"),
           ("自然资源部", "不动产", "无登记信息"), ("中国证券登记结算有限公司", "证券", "无"),
           ("财付通支付科技有限公司", "网络资金", "余额0.00元"), ("国家市场监督管理总局", "股权", "无对外投资")]
    for k, (who, kind, fb) in enumerate(res, 1):
        rows.append([str(k), who, kind, fb])
    w = RIGHT - LEFT + 80
    table(s, LEFT - 40, TOP + 210, [w * 0.08, w * 0.42, w * 0.15, w * 0.35], rows, font("sans", 28), row_h=mm(11))
    s.text(LEFT - 40, BOTTOM, "第1页/共1页", font("mono", 24))
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, release: bool) -> list[Sheet]:
    s = Sheet()
    if release:  # the court's account pays the money out to the applicant's confirmed account
        s.centred(TOP + 30, "青岛农商银行　电子回单（转账）", font("microhei", 44))
        s.line(LEFT - 20, TOP + 110, RIGHT + 20, TOP + 110, width=3)
        lines = [f"交易日期：{c.extra['pay_day'] + timedelta(days=6):%Y-%m-%d}　　流水号：{rng.randint(10**13, 10**14 - 1)}",
                 "付款户名：青岛市黄岛区人民法院", "付款账号：8101 0211 0000 0338", f"收款户名：{c.applicant.name}",
                 f"收款账号：{c.extra['acct']}", f"收款行：{c.extra['acct_bank']}", f"金额：¥{c.amount:,.2f}",
                 f"大写：{money_caps(c.amount)}", f"摘要：{c.number}案款发放"]
        for k, t in enumerate(lines):
            s.text(LEFT, TOP + 150 + k * 66, t, font("microhei", 32))
        seal(s, RIGHT - mm(35), TOP + mm(70), "青岛农村商业银行黄岛支行", rng, radius=mm(16), inner="电子回单专用章")
        return [s]
    bank = "中国工商银行" if c.extra["story"] != "yard" else "交通银行"
    s.box(LEFT - 20, TOP, RIGHT + 20, TOP + mm(95), width=2, outline=(40, 90, 160))
    s.centred(TOP + 30, f"{bank}　业务回单（付款）", font("sans_bold", 44), fill=(40, 90, 160))
    payer = c.extra["debtor3"] if c.extra["story"] == "yard" else c.respondent.name
    lines = [f"日期：{c.extra['pay_day']:%Y年%m月%d日}　　回单编号：{rng.randint(10**11, 10**12 - 1)}",
             f"付款人户名：{payer}", f"付款人账号：{c.extra['resp_acct']}",
             "收款人户名：青岛市黄岛区人民法院（执行款专户）", f"收款人账号：3803 0211 0900 {rng.randint(1000, 9999)}",
             f"金额（大写）：{money_caps(c.amount)}", f"金额（小写）：¥{c.amount:,.2f}",
             f"用途：{c.number}执行款"]
    for k, t in enumerate(lines):
        s.text(LEFT + 10, TOP + 120 + k * 70, t, font("sans", 32))
    seal(s, RIGHT - mm(35), TOP + mm(75), f"{bank}青岛黄岛支行", rng, radius=mm(17), inner="业务专用章")
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP + 20, "山东省非税收入统一票据（电子）", font("sans_bold", 46), fill=(150, 40, 40))
    rows = [["票据代码", "37060125", "票据号码", c.extra["receipt_no"]], ["交款人", c.applicant.name, "开票日期",
            num_date(c.basis_effective - timedelta(days=180))], ["项目名称", "案件受理费", "金额", "10.00"],
            ["合计（大写）", "壹拾元整", "", ""], ["收款单位", COURT, "复核人", person_name(rng)]]
    w = RIGHT - LEFT
    table(s, LEFT, TOP + 150, [w * 0.18, w * 0.37, w * 0.15, w * 0.30], rows, font("sans", 30), row_h=mm(12))
    seal(s, RIGHT - mm(40), TOP + 150 + mm(62), "山东省财政厅", rng, radius=mm(16), inner="财政票据监制章")
    return [s]


def _evidence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    if c.extra["story"] == "yard":
        s = Sheet()
        s.centred(TOP + 20, f"{r.name}", font("sans", 40))
        s.centred(TOP + 90, "客户往来对账单", font("sans_bold", 54))
        s.text(LEFT - 30, TOP + 190, f"客户：{c.extra['debtor3']}　　对账期间：2025年7月—2025年12月", font("sans", 30))
        rows = [["月份", "堆存费", "装卸费", "已付", "未付"]]
        total = c.extra["receivable"]
        for m in range(7, 13):
            part = (total / 6).quantize(c.amount)
            rows.append([f"2025-{m:02d}", f"{part * 3 / 5:,.2f}", f"{part * 2 / 5:,.2f}", "0.00", f"{part:,.2f}"])
        rows.append(["合计", "", "", "0.00", f"{total:,.2f}"])
        w = RIGHT - LEFT + 60
        y = table(s, LEFT - 30, TOP + 260, [w * 0.16, w * 0.21, w * 0.21, w * 0.16, w * 0.26], rows, font("sans", 30),
                  row_h=mm(11))
        s.text(LEFT - 30, y + 40, "以上金额经双方核对无误。", font("sans", 32))
        seal(s, LEFT + mm(40), y + 200, r.name, rng, radius=mm(19))
        seal(s, RIGHT - mm(40), y + 200, c.extra["debtor3"], rng, radius=mm(19), inner="财务专用章")
        hand(s, LEFT, y + 380, "复印件，申请人从堆场原业务员处取得", rng, size=36, ink=(30, 30, 30))
        t, y2 = _typed("催 款 函", [
            ("f", f"{c.extra['debtor3']}："),
            ("p", f"截至2025年12月31日，贵司尚欠我司集装箱堆存费、装卸费共计{money(total)}，详见双方盖章确认的对账单。请贵司于收函后"
                  "十五日内付清。"),
            ("r", r.name), ("r", "2026年1月5日")], font("sans", 38), tf=font("sans_bold", 56), folios=False)
        seal(t[0], RIGHT - mm(40), y2 - 80, r.name, rng)
        t[0].starts_document = True
        return [s, *t]
    s = Sheet()
    s.centred(TOP + 20, "车辆线索情况说明", font("sans_bold", 52))
    y = flow(s, [("p", f"我公司员工于{num_date(c.filed_on - timedelta(days=12))}在黄岛区前湾港路集卡停车场发现被执行人{r.name}"
                       f"名下牵引车（号牌{c.extra['plate']}）仍在营运，车身喷有被执行人名称，现场照片附后。"),
                 ("r", c.applicant.name), ("r", num_date(c.filed_on - timedelta(days=10)))],
             font("sans", 38), x0=LEFT, width=RIGHT - LEFT, y=TOP + 140, line_height=64, indent=76)
    _truck_photo(s, LEFT + 60, int(y + 40), RIGHT - 60, int(y + 40 + mm(80)), c.extra["plate"], rng)
    s.text(LEFT + 60, y + 60 + mm(80), f"照片：{c.extra['plate']} 牵引车（拍摄于前湾港路）", font("sans", 30))
    seal(s, RIGHT - mm(40), y - 80, c.applicant.name, rng)
    lic = Sheet()
    lic.centred(TOP + 20, "机动车行驶证（复印件）", font("sans_bold", 46))
    x0, y0 = LEFT + 80, TOP + 160
    lic.image.paste((222, 226, 218), (x0, y0, RIGHT - 80, y0 + mm(70)))
    lic.box(x0, y0, RIGHT - 80, y0 + mm(70), width=2)
    lic.centred(y0 + 30, "中华人民共和国机动车行驶证", font("hei", 40))
    for k, line in enumerate([f"号牌号码　{c.extra['plate']}　　车辆类型　重型半挂牵引车", f"所有人　{r.name}",
                              f"住址　{r.address}", f"车辆识别代号　{c.extra['vin']}", "发动机号码　WP12.430E50 " +
                              str(rng.randint(10**6, 10**7 - 1)), f"注册日期　{rng.randint(2014, 2016)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"]):
        lic.text(x0 + 40, y0 + 110 + k * 70, line, font("hei", 30))
    seal(lic, RIGHT - mm(45), y0 + mm(55), "青岛市公安局交通警察支队", rng, radius=mm(15))
    lic.starts_document = True
    return [s, lic]


def _truck_photo(s: Sheet, x0: int, y0: int, x1: int, y1: int, plate: str, rng: random.Random) -> None:
    """A phone photo printed on an office printer: sky, yard, a tractor unit with its box trailer, the plate."""
    d = s.draw
    d.rectangle((x0, y0, x1, y1), fill=(176, 190, 204))
    ground = y0 + (y1 - y0) * 2 // 3
    d.rectangle((x0, ground, x1, y1), fill=(120, 118, 112))
    for k in range(6):  # stacked containers behind
        cx = x0 + 20 + k * (x1 - x0) // 6
        d.rectangle((cx, ground - 160, cx + (x1 - x0) // 6 - 14, ground - 60),
                    fill=rng.choice([(150, 70, 60), (60, 90, 140), (90, 120, 80), (170, 150, 90)]))
    w = x1 - x0
    tx = x0 + w // 8
    d.rectangle((tx + w // 4, ground - 190, tx + w * 3 // 4, ground - 30), fill=(210, 210, 214), outline=(60, 60, 60))
    d.polygon([(tx, ground - 30), (tx, ground - 150), (tx + 40, ground - 200), (tx + w // 4 - 10, ground - 200),
               (tx + w // 4 - 10, ground - 30)], fill=(40, 80, 150), outline=(20, 20, 20))
    d.rectangle((tx + 20, ground - 180, tx + w // 4 - 40, ground - 120), fill=(200, 220, 230))
    for wx in (tx + 50, tx + w // 4 + 60, tx + w * 3 // 4 - 110, tx + w * 3 // 4 - 40):
        d.ellipse((wx - 34, ground - 60, wx + 34, ground + 8), fill=(30, 30, 30))
    d.rectangle((tx + 30, ground - 70, tx + 150, ground - 40), fill=(230, 200, 40), outline=(20, 20, 20))
    s.text(tx + 36, ground - 70, plate, font("hei", 24), record=False)
