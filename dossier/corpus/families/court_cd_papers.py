"""court_cd's papers made elsewhere or filled by hand: the judgment or award, the lawyer's papers, ID and licence
copies, the carbonless 收据 and 财产线索表, the 查控 printout and the 笔录."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, num_date
from dossier.corpus.draw import Sheet, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_cd import COURT, LAW, basis_text, what
from dossier.corpus.families.court_cd_kit import (
    CANARY,
    LEFT,
    PINK,
    RIGHT,
    TOP,
    YELLOW_HL,
    carbonize,
    court_head,
    footers,
    lay,
    red_head,
)
from dossier.corpus.fonts import font


def paper(code: str, c: CaseCtx, rng: random.Random, note: str) -> list[Sheet]:
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "identity_proof":
        return [_identity(c, rng, note)]
    if code in ("investigation_record", "interview_record"):
        return [_record(c, rng, code)]
    drawers: dict[str, Callable[[CaseCtx, random.Random], Sheet]] = {
        "enforcement_application": _application, "effectiveness_certificate": _effect, "property_clue_form": _clues,
        "fee_receipt": _fee, "power_of_attorney": _attorney, "law_firm_letter": _firm_letter,
        "lawyer_license": _license, "payment_account_confirmation": _account,
        "service_address_confirmation": _address, "property_declaration_form": _declaration,
        "online_inquiry_result": _inquiry, "settlement_agreement": _settlement, "payment_voucher": _voucher,
    }
    return [drawers[code](c, rng)]


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The basis in its maker's style: the court's or 中院's judgment in 宋体, the 仲裁委's award under a red head."""
    story = c.extra["story"]
    a, r = c.applicant, c.respondent
    if story == "seed":
        first = Sheet()
        y = red_head(first, "菏泽仲裁委员会", TOP)
        first.centred(y + 10, "裁 决 书", font("hei", 64), spacing=20)
        first.right(RIGHT, y + 100, c.basis_number, font("ming", 34))
        y += 170
        paras = [f"申请人：{a.name}，{a.sex}，住{a.address}。", f"被申请人：{r.name}，住所地{r.address}。法定代表人：{r.legal_rep}。",
                 f"本会根据申请人与被申请人签订的《牡丹种苗购销合同》中的仲裁条款，于{num_date(c.basis_effective - timedelta(days=90))}"
                 "受理了申请人提出的仲裁申请。本会依法组成仲裁庭，开庭审理了本案，申请人到庭，被申请人经书面通知未到庭。本案现已审理终结。",
                 "申请人称：双方约定由申请人向被申请人供应凤丹、洛阳红、赵粉等品种三年生牡丹种苗，用于城区绿化工程，"
                 "种苗已全部交付并经被申请人签收，被申请人仅支付部分货款。",
                 "仲裁庭认为：双方签订的合同系真实意思表示，合法有效。申请人已履行交货义务，被申请人应当支付剩余种苗款。",
                 "仲裁庭裁决如下：", f"一、被申请人{r.name}向申请人{a.name}支付牡丹种苗款{money(c.amount)}；",
                 "二、本案仲裁费由被申请人承担。上述款项于本裁决书送达之日起十日内付清。", "本裁决为终局裁决，自作出之日起发生法律效力。"]
        f = font("ming", 34)
    else:
        first = Sheet()
        court = c.basis_court
        y = court_head(first, court, "民 事 判 决 书", c.basis_number)
        appeal = story == "oil"
        paras = [f"上诉人（原审被告）：{r.name}，住所地{r.address}。法定代表人：{r.legal_rep}。"
                 if appeal else f"原告：{a.name}，{a.sex}，经营{c.extra.get('trade', '')}，住{a.address}。",
                 f"{'被上诉人（原审原告）' if appeal else '被告'}：{a.name if appeal else r.name}，住{a.address if appeal else r.address}。",
                 (f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服山东省菏泽市牡丹区人民法院{c.extra.get('first', '')}"
                  "民事判决，向本院提起上诉。本院依法组成合议庭审理了本案，现已审理终结。"
                  "本院认为，双方签订的牡丹籽油供货合同合法有效，被上诉人已按约供应冷榨牡丹籽油，上诉人应支付货款，上诉理由不能成立。"
                  if appeal else
                  "原告与被告加工合同纠纷一案，本院立案后依法适用简易程序公开开庭进行了审理。原告为被告加工汉服马面裙、"
                  "褙子的刺绣部分，双方按件结算，被告在对账单上签字确认欠款后未付。"),
                 "判决如下：" if not appeal else "依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下：",
                 (f"驳回上诉，维持原判。即{r.name}支付{a.name}{what(c)}{money(c.amount)}。" if appeal
                  else f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{what(c)}{money(c.amount)}。"),
                 "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                 "加倍支付迟延履行期间的债务利息。",
                 "本判决为终审判决。" if appeal else "如不服本判决，可以在判决书送达之日起十五日内提起上诉。"]
        f = font("serif", 34)
    facts = {"seed": "经审理查明：申请人分两批交付种苗共计一万二千余株，被申请人项目负责人在送货单上签收；"
                     "被申请人主张部分种苗成活率低，但未在约定的验收期内提出书面异议，亦未提交证据。",
             "oil": "二审中，上诉人主张被上诉人交付的牡丹籽油酸价超标，但其收货后已灌装销售，且未在合同约定的检验期内提出"
                    "质量异议，对其主张本院不予采信。二审期间双方均未提交新证据，本院对一审查明的事实予以确认。",
             "hanfu": "原告向本院提出诉讼请求：判令被告支付加工费及利息。事实和理由：被告在网店销售汉服，将刺绣工序交原告加工，"
                      "双方通过微信下单、按件结算。被告辩称：部分绣片存在色差，应予扣减。本院经审理认定事实如下："
                      "被告法定代表人于对账单上签字确认欠款数额，被告未就色差问题提交证据。"}[story]
    paras.insert(4 if story == "seed" else 3, facts)
    sheets = [first]
    at = len(paras)
    room = (mm(265) - y) // 58
    for k in range(len(paras)):
        lines = sum(len(wrap(p, f, RIGHT - LEFT, indent=f.size * 2)) for p in paras[:k + 1])
        if lines > room:
            at = k
            break
    at = max(min(at, len(paras) - 2), 3)  # the closing lines run on with the signatures
    y = lay(first, paras[:at], f, y, lh=58)
    second = Sheet()
    y2 = lay(second, paras[at:] or ["（此页无正文）"], f, TOP, lh=58)
    rows = {"seed": [f"首席仲裁员　{c.extra['trial_judge']}"], "hanfu": [f"审判员　{c.extra['trial_judge']}"],
            "oil": [f"审判长　{c.extra['trial_judge']}", *(f"审判员　{n}" for n in c.extra["panel"])]}[story]
    for row in rows:
        second.right(RIGHT - mm(10), y2 + 80, row, f)
        y2 += 60
    y2 -= 60
    when = cn_date(c.basis_effective - timedelta(days=16))
    second.right(RIGHT - mm(10), y2 + 150, when, f)
    seal(second, RIGHT - mm(40), y2 + 150, c.basis_court, rng)
    second.right(RIGHT - mm(10), y2 + 220, f"书记员　{c.clerk if story != 'seed' else c.agent}", f)
    sheets.append(second)
    footers(sheets, "court" if story != "seed" else "tribunal")
    return sheets


def _effect(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = court_head(s, c.basis_court, "生效证明书", "")
    lay(s, [f"{c.basis_number}{'民事判决书' if c.extra['story'] != 'seed' else '裁决书'}已于{cn_date(c.basis_effective)}"
            "发生法律效力。", "特此证明。"], font("serif", 38), y + 40, lh=64)
    s.right(RIGHT - mm(10), mm(170), cn_date(c.basis_effective + timedelta(days=9)), font("serif", 36))
    seal(s, RIGHT - mm(40), mm(168), c.basis_court, rng)
    return s


def _application(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(TOP, "强制执行申请书", font("hei", 62), spacing=8)
    f = font("sans", 32)
    y = lay(s, [f"申请执行人：{c.applicant.name}，{c.applicant.sex}，{c.applicant.born.year if c.applicant.born else 1980}年出生，"
                f"公民身份号码{c.applicant.id_number}，住{c.applicant.address}，电话{c.applicant.phone}。",
                f"委托诉讼代理人：{c.agent}，{c.firm}律师。",
                f"被执行人：{c.respondent.name}，住所地{c.respondent.address}，统一社会信用代码{c.respondent.id_number}。"
                f"法定代表人：{c.respondent.legal_rep}。"], f, TOP + 110, lh=52, indent=False)
    y = lay(s, ["执行请求：", f"1. 强制被执行人支付{what(c)}{money(c.amount)}；", "2. 强制被执行人支付迟延履行期间的债务利息；",
                "3. 执行费用由被执行人承担。", "事实与理由：",
                f"申请执行人与被执行人{what(c)}纠纷一案，{basis_text(c)}已发生法律效力，被执行人至今未履行，"
                f"特依据{LAW}之规定，向贵院申请强制执行。"], f, y + 20, lh=52,
            keys=("人民币",), hl=YELLOW_HL if rng.random() < 0.5 else None)
    lay(s, ["此致", COURT], f, y + 20, lh=52)
    s.text(RIGHT - mm(70), y + 180, "申请执行人：", f)
    signature(s, RIGHT - mm(38), y + 170, c.applicant.name, rng)
    s.text(RIGHT - mm(70), y + 240, num_date(c.filed_on - timedelta(days=2)), f)
    return s


def _clues(c: CaseCtx, rng: random.Random) -> Sheet:
    """财产线索表, the yellow copy of the court's three-part form, filled in ballpoint."""
    s = Sheet()
    s.centred(mm(20), COURT, font("serif_bold", 44))
    s.centred(mm(31), "被执行人财产线索表", font("serif_bold", 56), spacing=6)
    rows = [["案号", c.number], ["被执行人", c.respondent.name], ["银行账户", ""], ["网络支付账户", ""], ["不动产", ""],
            ["车辆", ""], ["其他财产线索", ""], ["提供人", ""]]
    f = font("serif", 30)
    y0 = mm(48)
    table(s, LEFT - mm(4), y0, [mm(44), RIGHT - LEFT - mm(36)], rows, f, row_h=mm(22), centre_first=True)
    fills = {"hanfu": ["农商银行曹县支行基本户", f"支付宝、微信商户（{c.extra.get('shop', '')}）", "不详", "不详", "天猫、抖音店铺回款"],
             "oil": ["菏泽银行高新区支行", "不详", "厂房系租赁", "无", "库存牡丹籽油、压榨设备"],
             "seed": ["工商银行牡丹支行", "不详", "不详", "货车一辆", "工程款应收账款"]}[c.extra["story"]]
    for i, t in enumerate(fills):
        hand(s, LEFT + mm(46), y0 + mm(22) * (i + 2) + mm(7), t, rng, size=38, ink=(20, 20, 20))
    signature(s, LEFT + mm(50), y0 + mm(22) * 7 + mm(5), c.applicant.name, rng, ink=(20, 20, 20))
    carbonize(s, CANARY, rng, copy_label="第三联 附卷")
    return s


def _fee(c: CaseCtx, rng: random.Random) -> Sheet:
    """山东省 非税收入 收据: the pink carbon copy, amounts written in by the cashier."""
    s = Sheet(size=(mm(210), mm(140)))
    s.centred(mm(10), "山东省非税收入统一票据（收据）", font("sans_bold", 44))
    s.text(mm(20), mm(24), f"执收单位：{COURT}", font("sans", 28))
    s.right(mm(190), mm(24), f"No.{rng.randint(10**7, 10**8 - 1)}", font("sans", 28), fill=(180, 30, 30))
    fee = c.extra["fee"]
    table(s, mm(20), mm(32), [mm(48), mm(70), mm(52)],
          [["缴款人", c.applicant.name, ""], ["项目名称", "申请执行费", f"{fee}.00"], ["案号", c.number, ""],
           ["金额合计（大写）", f"{money(fee)}", ""]], font("sans", 26), row_h=mm(14))
    hand(s, mm(140), mm(105), num_date(c.filed_on), rng, size=34, ink=(20, 20, 20))
    s.text(mm(20), mm(108), "收款人：", font("sans", 26))
    signature(s, mm(40), mm(102), c.clerk, rng, ink=(20, 20, 20))
    carbonize(s, PINK, rng, copy_label="第二联 收据")
    seal(s, mm(150), mm(90), COURT, rng, radius=mm(15), inner="财务专用章")
    return s


def _identity(c: CaseCtx, rng: random.Random, note: str) -> Sheet:
    s = Sheet()
    f = font("sans", 28)
    if note == "respondent":
        s.box(LEFT, TOP, RIGHT, mm(190), width=6, outline=(170, 120, 40))
        s.centred(TOP + 60, "营 业 执 照", font("serif_bold", 70), spacing=20)
        lay(s, [f"统一社会信用代码 {c.respondent.id_number}", f"名　　称　{c.respondent.name}", "类　　型　有限责任公司",
                f"法定代表人　{c.respondent.legal_rep}", f"住　　所　{c.respondent.address}",
                "登记机关　菏泽市市场监督管理局"], f, TOP + 200, lh=60, x0=LEFT + mm(10), indent=False)
        s.text(LEFT, mm(200), "复印件与原件一致", font("kai", 36))
        seal(s, mm(150), mm(210), c.respondent.name, rng)
        return s
    s.box(mm(40), TOP, mm(126), TOP + mm(54), width=3)
    lay(s, [f"姓名 {c.applicant.name}", f"性别 {c.applicant.sex}　民族 汉", f"住址 {c.applicant.address}",
            f"公民身份号码 {c.applicant.id_number}"], f, TOP + 30, lh=56, x0=mm(44), x1=mm(124), indent=False)
    s.box(mm(40), TOP + mm(64), mm(126), TOP + mm(118), width=3)
    lay(s, ["中华人民共和国", "居民身份证", "签发机关 菏泽市公安局牡丹分局", "有效期限 2019.05.10-2039.05.10"], f,
        TOP + mm(70), lh=56, x0=mm(44), x1=mm(124), indent=False)
    hand(s, mm(50), mm(190), "与原件核对无误", rng, size=40)
    return s


def _attorney(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(TOP, "授 权 委 托 书", font("hei", 60), spacing=10)
    f = font("sans", 32)
    y = lay(s, [f"委托人：{c.applicant.name}，公民身份号码{c.applicant.id_number}。", f"受托人：{c.agent}，{c.firm}律师，"
                f"电话{c.agent_phone}。", f"现委托上述受托人在申请执行{c.respondent.name}{what(c)}纠纷一案中作为我方代理人。",
                "代理权限为：特别授权，代为申请执行、提供财产线索、参加约谈、代为签收法律文书、代为领取执行款。"],
            f, TOP + 120, lh=54)
    s.text(RIGHT - mm(80), y + 80, "委托人：", f)
    signature(s, RIGHT - mm(50), y + 70, c.applicant.name, rng)
    s.text(RIGHT - mm(80), y + 150, num_date(c.filed_on - timedelta(days=3)), f)
    return s


def _firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = red_head(s, c.firm, TOP)
    s.centred(y, "律 师 事 务 所 函", font("serif_bold", 54), spacing=6)
    s.right(RIGHT, y + 80, f"鲁律函〔{c.filed_on.year}〕第{rng.randint(10, 300)}号", font("serif", 30))
    y = lay(s, [f"{COURT}：", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}一案的代理人。",
                "特此函告。"], font("serif", 34), y + 150, lh=58)
    s.right(RIGHT, y + 80, c.firm, font("serif", 32))
    s.right(RIGHT, y + 130, num_date(c.filed_on - timedelta(days=3)), font("serif", 32))
    seal(s, RIGHT - mm(30), y + 110, c.firm, rng)
    s.text(LEFT, mm(262), f"地址：{c.extra['firm_addr']}", font("serif", 26))
    return s


def _license(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.box(mm(35), TOP, mm(175), TOP + mm(90), width=4, outline=(120, 30, 30))
    s.centred(TOP + 40, "中华人民共和国律师执业证", font("serif_bold", 48))
    lay(s, [f"持证人　{c.agent}", f"执业机构　{c.firm}", f"执业证号　{c.extra['lic_no']}", "发证机关　山东省司法厅"],
        font("sans", 30), TOP + 140, lh=58, x0=mm(45), x1=mm(170), indent=False)
    hand(s, mm(45), mm(150), "复印件与原件一致", rng, size=40)
    return s


def _account(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(22), COURT, font("serif_bold", 44))
    s.centred(mm(34), "申请执行人收款账户确认书", font("serif_bold", 52))
    rows = [["案号", c.number], ["收款人", ""], ["开户银行", ""], ["账号", ""], ["联系电话", ""]]
    table(s, LEFT, mm(50), [mm(40), RIGHT - LEFT - mm(40)], rows, font("serif", 30), row_h=mm(18), centre_first=True)
    for i, t in enumerate([c.applicant.name, c.extra["acct_bank"], c.extra["acct"], c.applicant.phone]):
        hand(s, LEFT + mm(46), mm(50) + mm(18) * (i + 1) + mm(5), t, rng, size=38)
    lay(s, ["本人确认以上账户为本案执行款的收款账户，因账户信息错误造成的后果由本人承担。"], font("serif", 30), mm(150), lh=50)
    s.text(RIGHT - mm(80), mm(185), "确认人：", font("serif", 30))
    signature(s, RIGHT - mm(50), mm(180), c.applicant.name, rng)
    return s


def _address(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(22), "送达地址确认书", font("serif_bold", 58), spacing=8)
    rows = [["案号", c.number], ["受送达人", c.applicant.name], ["送达地址", ""], ["手机号码", ""], ["是否同意电子送达", ""],
            ["告知事项", "受送达人提供的送达地址不准确或变更未及时告知的，法律文书退回之日视为送达之日。"]]
    table(s, LEFT, mm(40), [mm(46), RIGHT - LEFT - mm(46)], rows, font("serif", 30), row_h=[mm(17)] * 5 + [mm(36)])
    for i, t in enumerate([c.applicant.address, c.applicant.phone, "同意（短信）"]):
        hand(s, LEFT + mm(52), mm(40) + mm(17) * (i + 2) + mm(4), t, rng, size=36)
    s.text(RIGHT - mm(80), mm(180), "受送达人：", font("serif", 30))
    signature(s, RIGHT - mm(45), mm(175), c.applicant.name, rng)
    return s


def _declaration(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(22), "被执行人财产申报表", font("serif_bold", 56), spacing=6)
    nothing = c.extra["story"] == "oil"
    rows = [["申报人", c.respondent.name], ["银行存款", "基本户余额约三百元" if nothing else "农商银行账户、支付宝商户余额"],
            ["不动产", "无"], ["车辆", "无"], ["应收账款", "无" if nothing else "平台待结算货款"],
            ["其他", "设备已抵押给出租方" if nothing else "无"]]
    table(s, LEFT, mm(40), [mm(40), RIGHT - LEFT - mm(40)], rows, font("serif", 30), row_h=mm(20), centre_first=True)
    s.text(LEFT, mm(180), "申报人保证以上申报属实。", font("serif", 30))
    signature(s, RIGHT - mm(60), mm(190), c.respondent.legal_rep, rng)
    seal(s, RIGHT - mm(40), mm(200), c.respondent.name, rng)
    return s


def _inquiry(c: CaseCtx, rng: random.Random) -> Sheet:
    """总对总 网络查控 printout: a system header, a dense results table, the print time."""
    s = Sheet()
    f = font("sans", 24)
    s.text(LEFT - mm(10), mm(12), "执行案件网络查控系统　查询结果反馈", font("sans_bold", 36))
    s.text(LEFT - mm(10), mm(22), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", f)
    nothing = c.extra["story"] == "oil"
    bodies = ["中国工商银行", "中国农业银行", "中国建设银行", "菏泽银行", "菏泽农商银行", "支付宝", "财付通", "自然资源部",
              "公安部车辆", "中国证券登记结算"]
    rows = [["序号", "协助单位", "反馈结果", "余额/数量", "反馈时间"]]
    for i, b in enumerate(bodies, 1):
        found = not nothing and b in ("支付宝", "财付通", "菏泽农商银行")
        rows.append([str(i), b, "有账户" if found else "未查询到财产", f"{rng.randint(1000, 99999)}.{rng.randint(10, 99)}"
                     if found else "0", num_date(c.day(8 + i % 3))])
    table(s, LEFT - mm(10), mm(30), [mm(14), mm(46), mm(46), mm(40), mm(38)], rows, f, row_h=mm(12))
    s.text(LEFT - mm(10), mm(280), f"打印时间：{num_date(c.day(12))} 10:{rng.randint(10, 59)}　操作人：{c.officer}", f)
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("hei", 58), spacing=8)
    y = lay(s, [f"甲方（申请执行人）：{c.applicant.name}", f"乙方（被执行人）：{c.respondent.name}",
                f"就{c.number}案，双方自愿达成和解：乙方账户内被冻结的平台资金由法院划拨至法院执行款专户，用于清偿"
                f"{what(c)}{money(c.amount)}及执行费；款项到位后甲方不再主张迟延履行利息。", "本协议自双方签字盖章之日起生效。"],
            font("sans", 32), TOP + 120, lh=54)
    s.text(LEFT, y + 60, "甲方：", font("sans", 32))
    signature(s, LEFT + mm(20), y + 50, c.applicant.name, rng)
    s.text(LEFT + mm(90), y + 60, "乙方：", font("sans", 32))
    seal(s, LEFT + mm(125), y + 60, c.respondent.name, rng)
    s.text(LEFT, y + 170, num_date(c.day(40)), font("sans", 32))
    return s


def _voucher(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(20), COURT, font("serif_bold", 44))
    s.centred(mm(32), "执行款发放凭证", font("serif_bold", 56), spacing=6)
    rows = [["案号", c.number], ["领款人", c.applicant.name], ["收款账户", f"{c.extra['acct_bank']} {c.extra['acct']}"],
            ["发放金额", money(c.amount)], ["款项来源", "冻结并划拨被执行人支付宝、财付通商户结算资金"],
            ["发放日期", num_date(c.extra["pay_day"])]]
    table(s, LEFT, mm(48), [mm(40), RIGHT - LEFT - mm(40)], rows, font("serif", 30), row_h=mm(18), centre_first=True)
    s.text(LEFT, mm(170), "承办人：", font("serif", 30))
    signature(s, LEFT + mm(25), mm(165), c.officer, rng)
    seal(s, RIGHT - mm(40), mm(175), COURT, rng, inner="执行款专用章")
    return s


def _record(c: CaseCtx, rng: random.Random, code: str) -> Sheet:
    """现场调查笔录 at the idle factory, or the 约谈笔录 with the applicant: a typed form head, handwritten answers."""
    s = Sheet()
    title = "现场调查笔录" if code == "investigation_record" else "约谈笔录"
    s.centred(mm(18), title, font("serif_bold", 60), spacing=12)
    f = font("serif", 30)
    when = c.day(90) if code == "investigation_record" else c.closed_on - timedelta(days=8)
    lines = [f"时间：{num_date(when)}", f"地点：{c.respondent.address if code == 'investigation_record' else '本院执行局约谈室'}",
             f"调查人：{c.officer}　记录人：{c.clerk}", f"案号：{c.number}"]
    y = lay(s, lines, f, mm(34), lh=48, indent=False)
    if code == "investigation_record":
        qa = ["问：你是什么人？", f"答：我是{c.respondent.name}的看门人。", "问：公司现在经营情况？",
              "答：去年秋天就停产了，压榨机、灌装线被租厂房的老板扣着抵房租，仓库里没有油，工人都走了。",
              "问：法定代表人在哪里？", "答：不清楚，电话打不通。"]
    else:
        qa = ["问：本院已通过网络查控系统查询被执行人财产，均未发现可供执行的财产，现场调查厂区停产，你是否知晓？",
              "答：知道。", "问：你能否提供被执行人其他财产线索？", "答：暂时提供不了。",
              "问：本院拟终结本次执行程序，终本后发现财产可申请恢复执行，你有什么意见？", "答：同意，发现财产再申请恢复执行。"]
    for line in qa:
        if line.startswith("问"):
            y = lay(s, [line], f, y + 8, lh=48, indent=False)
        else:
            hand(s, LEFT, y + 8, line[:30], rng, size=36)
            y += 60
            if len(line) > 30:
                hand(s, LEFT, y, line[30:], rng, size=36)
                y += 60
    s.text(LEFT, mm(260), "被调查人（签名）：" if code == "investigation_record" else "被约谈人（签名）：", f)
    signature(s, LEFT + mm(60), mm(255), c.agent if code == "interview_record" else "赵" + c.clerk[-1], rng)
    return s
