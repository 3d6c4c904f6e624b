"""What 东宝法院's bureau receives, each in its sender's hand: the trial division's 民事判决书 and its 生效证明书, a 荆门
lawyer's application and firm letter, the applicant's own hand-filled forms, a 湖北 non-tax receipt for the fee, ID card
copies and a business licence, the 总对总 printout, a settlement typed by the parties, a bank transfer slip."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import font

W, H = 1654, 2339


def _lawyer(c: CaseCtx, title: str, paras: list[str], rng: random.Random, *, signer: str = "",
            stamp: str = "") -> list[Sheet]:
    """a 荆门 lawyer's typed paper: 黑体 title, 宋体 body, 1.5 line spacing, wide left binding margin"""
    s = Sheet()
    s.centred(mm(32), title, font("sans_bold", 64))
    f = font("ming", 40)
    y = flow(s, [("p", p) if not p.startswith("|") else ("f", p[1:]) for p in paras], f, x0=mm(32), width=W - mm(56),
             y=mm(32) + 140, line_height=72, indent=80)
    y += 50
    who = signer or c.applicant.name
    s.text(W - mm(110), y, "申请人（签字）：", f)
    signature(s, W - mm(60), y - 6, who, rng)
    s.right(W - mm(24), y + 90, cn_date(c.filed_on - timedelta(days=3)), f)
    if stamp:
        seal(s, W - mm(62), y + 60, stamp, rng)
    return [s]


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    what, cause = c.extra["what"], c.extra["cause"]
    a, r = c.applicant, c.respondent
    f = font("song_gb", 42)
    pages: list[Sheet] = []

    def more() -> tuple[Sheet, float]:
        s = Sheet()
        pages.append(s)
        return s, mm(30)

    s, _ = more()
    s.centred(mm(30), c.basis_court, font("song_gb", 56))
    s.centred(mm(30) + 90, "民 事 判 决 书", font("kai_gb", 84))
    s.right(W - mm(26), mm(30) + 220, c.basis_number, f)
    rdesc = (f"被告：{r.name}，住所地{r.address}。法定代表人：{r.legal_rep}。" if r.kind == "organisation"
             else f"被告：{r.name}，男，住{r.address}。")
    facts = {"wage": f"原告在被告承建的{what.removesuffix('劳务费')}从事泥工班组劳务，完工后经结算，被告尚欠劳务费未付。",
             "loan": "被告因经营米厂资金周转向原告借款，出具借条一份，约定月底归还，到期后经催要未还。",
             "crash": f"被告所有的{c.extra.get('plate', '')}号重型货车运送磷矿石途中，将步行的原告撞伤，交警部门认定货车驾驶人负事故全部责任。"}
    blocks = [("p", f"原告：{a.name}，男，住{a.address}。"), ("p", rdesc),
              ("p", f"原告{a.name}与被告{r.name}{cause}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。"),
              ("p", f"原告向本院提出诉讼请求：判令被告支付{money(c.amount)}。事实和理由：" + facts[c.extra["tale"]]),
              ("p", "本院经审理认定事实如下：" + facts[c.extra["tale"]] + "上述事实有原告提交的证据及当事人陈述在卷佐证。"),
              ("p", "本院认为，合法的债权债务关系受法律保护。被告未按约定履行义务，应承担相应的民事责任。依照《中华人民共和国民法典》"
                    "相关规定，判决如下："),
              ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{money(c.amount)}。"),
              ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。"),
              ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于湖北省荆门市中级人民法院。")]
    y = flow(s, blocks, f, x0=mm(30), width=W - mm(56), y=mm(30) + 300, line_height=70, indent=84, bottom=H - mm(30),
             more=more)
    s = pages[-1]
    y = max(y + 60, mm(40))
    if y > H - mm(80):
        s, y = more()
    for k, line in enumerate([f"审判员　{c.judge}", cn_date(c.basis_effective - timedelta(days=20)), f"书记员　{c.clerk}"]):
        s.right(W - mm(30), y + 80 * k, line, f)
    seal(s, W - mm(70), y + 80, c.basis_court, rng)
    for i, p in enumerate(pages):
        p.centred(H - mm(16), f"- {i + 1} -", font("song_gb", 30))
        p.page_of = (i + 1, len(pages))
    return pages


def _card(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    s = Sheet()
    f = font("hei", 30)
    s.box(mm(50), mm(40), mm(136), mm(94), width=3)
    s.box(mm(50), mm(104), mm(136), mm(158), width=3)
    for k, t in enumerate([f"姓名  {p.name}", f"性别  {p.sex}    民族  汉",
                           f"出生  {p.born.year}年{p.born.month}月{p.born.day}日" if p.born else "", f"住址  {p.address[:14]}",
                           f"      {p.address[14:]}", f"公民身份号码  {p.id_number}"]):
        s.text(mm(56), mm(46) + k * 52, t, f)
    s.box(mm(110), mm(48), mm(132), mm(76), width=2)
    s.centred(mm(112), "中华人民共和国", font("hei", 44), x0=mm(50), x1=mm(136))
    s.centred(mm(124), "居民身份证", font("hei", 56), spacing=10, x0=mm(50), x1=mm(136))
    s.text(mm(56), mm(142), "签发机关  荆门市公安局东宝分局", f)
    s.text(mm(56), mm(150), f"有效期限  {c.filed_on.year - 6}.05.12-{c.filed_on.year + 14}.05.12", f)
    if p is c.applicant:
        hand(s, mm(60), mm(180), "此复印件与原件一致，仅供法院执行使用。", rng, size=40)
        signature(s, mm(120), mm(194), p.name, rng)
    else:
        s.text(mm(60), mm(180), "（被执行人身份信息，由户籍系统调取）", font("sans", 34))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    r = c.respondent
    s.box(mm(20), mm(22), W - mm(20), mm(200), width=8)
    s.centred(mm(32), "营 业 执 照", font("serif_bold", 96), spacing=20)
    s.centred(mm(56), "（副本）", font("serif", 40))
    f = font("serif", 36)
    rows = [f"统一社会信用代码  {r.id_number}", f"名　　称  {r.name}", "类　　型  有限责任公司（自然人投资或控股）",
            f"法定代表人  {r.legal_rep}", f"住　　所  {r.address}", "登记机关  荆门市东宝区市场监督管理局"]
    for k, t in enumerate(rows):
        s.text(mm(34), mm(72) + k * 90, t, f)
    seal(s, W - mm(60), mm(170), "荆门市东宝区市场监督管理局", rng)
    s.text(mm(30), mm(215), "复印件由申请人提供，与工商登记信息核对一致。", font("kai", 38))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("mono", 28)
    s.text(mm(15), mm(14), "全国法院网络执行查控系统  查询结果反馈", font("sans_bold", 44))
    s.text(mm(15), mm(14) + 70, f"案号：{c.number}   被查询人：{c.respondent.name}   证照号：{c.respondent.id_number}", f)
    s.text(mm(15), mm(14) + 110, f"发起时间：{num_date(c.day(3))} 09:41   反馈时间：{num_date(c.day(4))}", f)
    banks = ["中国工商银行", "中国农业银行", "中国建设银行", "湖北荆门农村商业银行", "中国邮政储蓄银行", "湖北银行",
             "不动产登记（荆门）", "公安部车辆", "支付宝", "财付通", "证券登记结算"]
    rows = [["序号", "协查单位", "反馈结果", "余额/明细"]]
    for i, b in enumerate(banks):
        paid = c.extra["tale"] != "loan" and i == 1
        rows.append([str(i + 1), b, "有账户" if paid else "未查询到", f"{c.amount:,.2f}" if paid else "0.00"])
    table(s, mm(15), mm(14) + 170, [mm(16), mm(70), mm(50), W - mm(30) - mm(136)], rows, f, row_h=68, width=1)
    s.text(mm(15), H - mm(14), f"打印人：{c.officer}  第1页/共1页", f)
    return [s]


def _filled(c: CaseCtx, code: str, rng: random.Random) -> list[Sheet]:
    """forms the bureau hands out at the window, filled by the applicant with a blue ballpoint"""
    s = Sheet()
    title = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取执行款确认书",
             "service_address_confirmation": "送达地址确认书"}[code]
    s.centred(mm(24), title, font("sans_bold", 58))
    f = font("sans", 34)
    s.text(mm(22), mm(24) + 110, f"案号：{c.number}", f)
    if code == "property_clue_form":
        labels = ["被执行人", "银行账户", "房产", "车辆", "其他财产线索"]
        vals = [c.respondent.name, f"{c.extra['bank']}开户", "不详", c.extra.get("plate", "不详"),
                "其在东宝区有工地在建，应收工程款" if c.extra["tale"] == "wage" else "米厂设备、存粮"]
    elif code == "payment_account_confirmation":
        labels = ["收款人", "开户银行", "账号", "联系电话", "承诺"]
        vals = [c.applicant.name, c.extra["bank"], c.extra["acct"], c.applicant.phone, "本人确认上述账户接收执行款"]
    else:
        labels = ["受送达人", "送达地址", "邮政编码", "联系电话", "是否同意电子送达"]
        vals = [c.applicant.name, c.applicant.address, "448000", c.applicant.phone, "同意，手机短信"]
    rows = [[lab, ""] for lab in labels]
    y0 = mm(24) + 180
    y = table(s, mm(22), y0, [mm(44), W - mm(44) - mm(44)], rows, f, row_h=150, centre_first=True)
    for k, v in enumerate(vals):
        hand(s, mm(70), y0 + 45 + 150 * k, v, rng, size=40, ink=BLUE_INK)
    s.text(mm(22), y + 60, "填写人签名：", f)
    signature(s, mm(60), y + 52, c.applicant.name, rng, ink=BLUE_INK)
    d = c.filed_on - timedelta(days=1)
    hand(s, mm(120), y + 60, f"{d.year}.{d.month}.{d.day}", rng, size=40, ink=BLUE_INK)
    return [s]


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "enforcement_basis":
        return _judgment(c, rng)
    if code == "effectiveness_certificate":
        s = Sheet()
        s.centred(mm(40), c.basis_court, font("song_gb", 56))
        s.centred(mm(40) + 100, "生效证明书", font("kai_gb", 80), spacing=16)
        flow(s, [("f", f"{a.name}："), ("p", f"本院{c.basis_number}{c.extra['cause']}一案的民事判决书，已于{cn_date(c.basis_effective)}"
                                             "发生法律效力。"), ("p", "特此证明。")], font("song_gb", 44),
             x0=mm(30), width=W - mm(56), y=mm(40) + 260, line_height=76, indent=88)
        s.right(W - mm(30), mm(150), cn_date(c.basis_effective + timedelta(days=9)), font("song_gb", 44))
        seal(s, W - mm(62), mm(150), c.basis_court, rng)
        return [s]
    if code == "enforcement_application":
        return _lawyer(c, "强制执行申请书", [
            f"|申请执行人：{a.name}，男，住{a.address}，公民身份号码{a.id_number}，电话{a.phone}。",
            f"|委托代理人：{c.agent}，{c.firm}律师。",
            f"|被执行人：{r.name}，住{r.address}。",
            f"执行请求：一、请求依法强制执行被执行人支付{money(c.amount)}及迟延履行期间的债务利息；"
            "二、执行费用由被执行人负担；三、请求对被执行人限制高消费，并纳入失信被执行人名单。",
            f"事实与理由：申请人与被执行人{c.extra['cause']}一案，经湖北省荆门市东宝区人民法院作出{c.basis_number}民事判决，"
            "该判决已发生法律效力，但被执行人至今未履行义务。为此，特向贵院申请强制执行。",
            "|此致", "|湖北省荆门市东宝区人民法院"], rng)
    if code == "power_of_attorney":
        return _lawyer(c, "授 权 委 托 书", [
            f"|委托人：{a.name}，住{a.address}。", f"|受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。",
            f"现委托{c.agent}在我与{r.name}{c.extra['cause']}执行一案中，作为我的委托代理人。",
            "代理权限：特别授权，代为申请执行、提供财产线索、参与和解、代收执行款、签收法律文书。"], rng)
    if code == "law_firm_letter":
        s = Sheet()
        s.text(mm(25), mm(20), c.firm, font("serif_bold", 62), fill=(170, 30, 30))
        s.line(mm(25), mm(20) + 90, W - mm(25), mm(20) + 90, width=6, fill=(170, 30, 30))
        s.right(W - mm(25), mm(20) + 110, f"鄂象律执字〔{c.filed_on.year}〕第{rng.randint(10, 99)}号", font("serif", 36))
        s.centred(mm(20) + 200, "律 师 事 务 所 函", font("serif_bold", 68))
        flow(s, [("f", "湖北省荆门市东宝区人民法院："),
                 ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}执行一案的代理人。特此函告。"),
                 ("f", f"本所地址：{c.extra['firm_addr']}"), ("f", f"联系电话：{c.agent_phone}")],
             font("serif", 42), x0=mm(25), width=W - mm(50), y=mm(20) + 330, line_height=74, indent=84)
        s.right(W - mm(30), mm(160), cn_date(c.filed_on - timedelta(days=4)), font("serif", 42))
        seal(s, W - mm(65), mm(155), c.firm, rng)
        return [s]
    if code == "lawyer_license":
        s = Sheet()
        s.box(mm(40), mm(40), W - mm(40), mm(150), width=4)
        s.centred(mm(48), "中华人民共和国律师执业证", font("hei", 58))
        for k, t in enumerate([f"持证人  {c.agent}", f"执业机构  {c.firm}", f"执业证号  {c.extra['licence']}",
                               "发证机关  湖北省司法厅", "执业证类别  专职律师"]):
            s.text(mm(52), mm(70) + k * 80, t, font("serif", 38))
        s.box(W - mm(85), mm(70), W - mm(50), mm(115), width=2)
        s.text(mm(40), mm(165), "复印件与原件核对一致", font("kai", 40))
        return [s]
    if code == "identity_proof":
        if "respondent" in served:
            return _licence(c, rng) if r.kind == "organisation" else _card(c, rng, r)
        return _card(c, rng, a)
    if code == "fee_receipt":
        s = Sheet()
        s.centred(mm(22), "湖北省非税收入一般缴款书（电子）", font("sans_bold", 50))
        f = font("sans", 32)
        rows = [["缴款人", a.name, "票据号码", f"{rng.randint(10**9, 10**10 - 1)}"],
                ["收款单位", "湖北省荆门市东宝区人民法院", "开票日期", num_date(c.filed_on)],
                ["项目名称", "申请执行费", "金额（元）", f"{c.extra['fee']:,.2f}"],
                ["金额（大写）", money_caps(c.extra["fee"])], ["备注", f"{c.number}"]]
        table(s, mm(15), mm(22) + 110, [mm(34), mm(66), mm(34), W - mm(30) - mm(134)], rows, f, row_h=96, width=2)
        seal(s, W - mm(50), mm(100), "湖北省财政厅非税收入票据专用章", rng)
        return [s]
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "settlement_agreement":
        return _lawyer(c, "执行和解协议", [
            f"|甲方（申请执行人）：{a.name}", f"|乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}",
            f"双方就{c.number}执行一案，经协商自愿达成如下和解协议：",
            f"一、乙方于{cn_date(c.day(50))}前一次性支付甲方{money(c.amount)}；二、甲方放弃迟延履行利息；"
            "三、乙方付清后，甲方同意本案执行完毕。", "本协议一式三份，双方各执一份，交法院一份。"], rng,
            signer=r.legal_rep or r.name, stamp=r.name if r.kind == "organisation" else "")
    if code == "payment_voucher":
        s = Sheet((W, H // 2))
        s.centred(mm(12), f"{c.extra['bank']}  客户回单（转账）", font("sans_bold", 44))
        f = font("mono", 32)
        rows = [["付款人", "湖北省荆门市东宝区人民法院执行款专户", "收款人", a.name],
                ["付款账号", f"1811{rng.randint(10**11, 10**12 - 1)}", "收款账号", c.extra["acct"]],
                ["金额", f"￥{c.amount:,.2f}", "大写", money_caps(c.amount)],
                ["用途", f"{c.number}案款发放", "交易日期", num_date(c.day(54))]]
        table(s, mm(12), mm(12) + 90, [mm(28), mm(72), mm(28), W - mm(24) - mm(128)], rows, f, row_h=96, width=1)
        seal(s, W - mm(45), mm(95), c.extra["bank"], rng, radius=mm(15))
        return [s]
    return _filled(c, code, rng)
