"""The papers court_au's volumes receive from others: the 劳务 team leader's and the lawyers' applications, this
court's own 民事判决书 on the crew's 劳务费, a 大庆仲裁委员会 award with its 生效证明, a 大庆中院 二审 judgment, the
window's forms filled at the counter, ID cards, licences and lawyer's licences as photocopies, a 非税收入 receipt,
and a 和解协议 typed by the rig-lease company."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import RED, Sheet, mm, seal
from dossier.corpus.families.court_au_kit import (
    COURT,
    GARNISHEE,
    PEN_BLACK,
    PEN_BLUE,
    Head,
    copy_mark,
    f,
    fill,
    grid,
    pages,
    paragraph,
    photocopy,
    story,
)
from dossier.corpus.paper import scrawl, stamp

RECEIVED = frozenset({"enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form",
                      "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
                      "payment_account_confirmation", "service_address_confirmation", "settlement_agreement"})
ARBITRATION = "大庆仲裁委员会"
APPEAL_COURT = "黑龙江省大庆市中级人民法院"


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return {"wage": _wage_judgment, "rig": _award, "parts": _appeal}[story(c)](c, rng)
    if code == "effectiveness_certificate":
        return [_certificate(c, rng)]
    if code == "property_clue_form":
        return [_clues(c, rng)]
    if code == "fee_receipt":
        return [_fee_receipt(c, rng)]
    if code == "identity_proof":
        who = c.respondent if served == ["respondent"] else c.applicant
        return _identity(who, c, rng)
    if code == "power_of_attorney":
        return [_attorney(c, rng)]
    if code == "law_firm_letter":
        return [_firm_letter(c, rng)]
    if code == "lawyer_license":
        return [_lawyer_licence(c, rng)]
    if code == "payment_account_confirmation":
        return [_account(c, rng)]
    if code == "service_address_confirmation":
        return [_address(c, rng)]
    return _settlement(c, rng)


def _who(p: Party) -> str:
    if p.kind == "person":
        born = num_date(p.born) if p.born else ""
        return f"{p.name}，{p.sex}，{born}出生，汉族，住{p.address}，身份证号{p.id_number}，电话{p.phone}。"
    return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人{p.legal_rep}。"


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """申请强制执行书, typed by the firm (Ming face, title unspaced, signatures by hand at the foot)."""
    a, r = c.applicant, c.respondent
    kind = story(c)
    ask = [f"1.请求依法强制执行被执行人给付申请人{money(c.amount)}；",
           "2.被执行人加倍支付迟延履行期间的债务利息；", "3.执行费用由被执行人承担；",
           "4.请求对被执行人及其法定代表人采取限制高消费措施；被执行人拒不履行的，将其纳入失信被执行人名单。"]
    if kind == "wage":
        facts = (f"申请人系{c.extra['crew']}名作业工人的劳务班组负责人，带领班组为被执行人承揽的{GARNISHEE}油水井作业、"
                 f"压裂配合等工程提供劳务。被执行人拖欠劳务费，申请人诉至{COURT}，该院作出{c.basis_number}民事判决书，"
                 "判决被执行人支付劳务费。判决已发生法律效力，被执行人至今分文未付。工人们春节前盼着工钱回家，"
                 f"据了解被执行人对{GARNISHEE}尚有未结作业费，特申请冻结该笔应收款。")
    elif kind == "rig":
        facts = (f"申请人与被执行人签订{c.extra['rig']}型钻机及配套设备租赁合同，被执行人使用钻机施工后拖欠租金。"
                 f"申请人依合同仲裁条款向大庆仲裁委员会申请仲裁，该会作出{c.basis_number}裁决书，裁决被执行人支付租金、"
                 "违约金及仲裁费。裁决书已发生法律效力，被执行人未履行。")
    else:
        facts = (f"申请人向被执行人供应抽油杆扶正器、光杆密封器等采油配件，被执行人欠付货款。{COURT}作出"
                 f"{c.extra['first']}民事判决，被执行人不服提起上诉，大庆市中级人民法院作出{c.basis_number}民事判决书，"
                 "驳回上诉，维持原判。判决已发生法律效力，被执行人未履行。")
    paras = [("f", f"申请人：{_who(a)}"), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
             ("f", f"被申请人：{_who(r)}"), ("gap", ""), ("f", "请求事项："), *[("f", t) for t in ask], ("gap", ""),
             ("f", "事实与理由："), ("p", facts),
             ("p", "依照《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"), ("gap", ""),
             ("f", "此致"), ("f", COURT), ("gap", "")]
    head = Head("申请强制执行书" if rng.random() < 0.6 else "强制执行申请书", body="ming", body_mm=5.2,
                title_face="serif_bold", title_mm=8.0, spacing_mm=0.6, lead=1.85, left=26, right=24, top=30,
                footer="slash")
    sheets = pages(paras, head=head, rng=rng)
    s = sheets[-1]
    y = head.end_y + mm(6)
    if y > s.height - mm(60):
        s = Sheet()
        sheets.append(s)
        y = float(mm(40))
    s.text(s.width - mm(100), y, "申请人：", f("ming", 5.2))
    if a.kind == "person":
        scrawl(s, s.width - mm(75), y - mm(2), a.name, rng, role="kai", size=mm(7.5), ink=PEN_BLACK)
        _thumb(s, s.width - mm(75) + len(a.name) * mm(8) + mm(6), y - mm(4), rng)
    else:
        s.text(s.width - mm(78), y, a.name[:10], f("ming", 5.2))
        seal(s, s.width - mm(60), y + mm(4), a.name, rng, radius=mm(19))
    s.text(s.width - mm(100), y + mm(16), cn_date(c.filed_on - timedelta(days=rng.randint(1, 4))), f("ming", 5.2))
    head.foot(sheets)
    return sheets


def _thumb(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint (捺印) beside a worker's name: concentric broken ovals."""
    from PIL import ImageDraw
    d = ImageDraw.Draw(s.image)
    for k in range(8):
        rx, ry = mm(5.5) - k * mm(0.6), mm(7) - k * mm(0.75)
        if rx <= 2:
            break
        start = rng.uniform(0, 90)
        d.arc((x - rx, y - ry + mm(7), x + rx, y + ry + mm(7)), start, start + rng.uniform(200, 320),
              fill=(200, 60 + rng.randint(0, 30), 70), width=3)


def _wage_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's own civil judgment on the crew's 劳务费 (民一庭, 简易程序), 仿宋-like serif, 骑缝 page numbers."""
    a, r = c.applicant, c.respondent
    crew = c.extra["crew"]
    days = rng.randint(120, 210)
    paras = [("f", f"原告：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。"),
             ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
             ("f", f"被告：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
             ("p", f"原告{a.name}与被告{r.name}劳务合同纠纷一案，本院于{cn_date(c.basis_effective - timedelta(days=80))}"
                   "立案后，依法适用简易程序，公开开庭进行了审理。原告及其委托诉讼代理人到庭参加诉讼，被告经传票传唤"
                   "无正当理由拒不到庭。本案现已审理终结。"),
             ("p", f"原告向本院提出诉讼请求：判令被告支付劳务费{money(c.amount)}。事实与理由：原告组织{crew}名工人，"
                   f"自上年四月起在{GARNISHEE}所辖作业区为被告承包的修井、试油作业提供劳务，共计{days}个工作日。"
                   "经双方结算，被告出具结算单确认欠付劳务费数额，后经多次催要未付。"),
             ("p", "本院经审理认定事实如下：原告提交的劳务结算单、工人考勤表、作业日报加盖被告项目部印章，本院予以确认。"
                   "被告未到庭，亦未提交证据，视为放弃抗辩权利。"),
             ("p", "本院认为，原告为被告提供劳务，被告应按约定支付报酬。被告确认欠付劳务费而未支付，应承担清偿责任。"
                   "依照《中华人民共和国民法典》第五百零九条、第五百七十七条，《中华人民共和国民事诉讼法》第一百四十七条之规定，"
                   "判决如下："),
             ("p", f"被告{r.name}于本判决生效之日起十日内给付原告{a.name}劳务费{money(c.amount)}。"),
             ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                   "加倍支付迟延履行期间的债务利息。"),
             ("p", f"案件受理费减半收取{rng.randint(1800, 3900)}元，由被告负担。"),
             ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，"
                   "上诉于黑龙江省大庆市中级人民法院。")]
    head = Head("民 事 判 决 书", issuer=COURT, number=c.basis_number, body="song_gb", body_mm=5.5, title_face="serif_bold",
                title_mm=9.6, spacing_mm=1.0, lead=1.85, footer="dash", left=30)
    sheets = pages(paras, head=head, rng=rng)
    s = sheets[-1]
    y = head.end_y + mm(14)
    if y > s.height - mm(70):
        s = Sheet()
        sheets.append(s)
        y = float(mm(50))
    fo = f("song_gb", 5.5)
    s.right(s.width - mm(36), y, f"审判员　　{rng.choice(['邵春燕', '吕德志'])}", fo)
    s.right(s.width - mm(36), y + mm(22), cn_date(c.basis_effective - timedelta(days=22)).replace("〇", "○"), fo)
    seal(s, s.width - mm(70), y + mm(24), COURT, rng)
    s.right(s.width - mm(36), y + mm(42), f"书记员　　{rng.choice(['尹佳琪', '安明月'])}", fo)
    stamp(s, mm(30), y + mm(54), ["本件与原本核对无异"], rng, size_mm=4.6)
    head.foot(sheets)
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """大庆仲裁委员会's award: red letterhead, number line centred, 裁决如下, three arbitrators."""
    a, r = c.applicant, c.respondent
    rig = c.extra["rig"]
    rent = c.amount * Decimal("0.72")
    paras = [("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，总经理。"),
             ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
             ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，经理。"),
             ("p", f"大庆仲裁委员会（以下简称本会）根据申请人与被申请人签订的《{rig}钻机设备租赁合同》中的仲裁条款"
                   "及申请人的仲裁申请，受理了双方之间的设备租赁合同纠纷案。本案适用《大庆仲裁委员会仲裁规则》，"
                   "由首席仲裁员与两名仲裁员组成仲裁庭，于本会开庭审理。本案现已审理终结。"),
             ("f", "一、案情"),
             ("p", f"申请人称：双方约定被申请人租用申请人{rig}型钻机一套（含井架、绞车、泥浆泵、柴油机组），用于"
                   "被申请人承钻的外围区块开发井施工，月租金按台月计算。被申请人自第三个月起拖欠租金，"
                   "经催告仍未支付。"),
             ("p", "被申请人辩称：钻机在施工中多次故障停钻，停钻期间不应计租。但被申请人未提交停钻报告及维修记录。"),
             ("f", "二、仲裁庭意见"),
             ("p", "仲裁庭认为，双方合同合法有效。被申请人主张停钻期间不计租金，未提供证据证明，仲裁庭不予支持。"
                   "被申请人欠付租金事实清楚，应予支付，并按合同约定承担违约金。"),
             ("f", "三、裁决"), ("p", "根据《中华人民共和国仲裁法》第七条及相关法律规定，仲裁庭裁决如下："),
             ("p", f"（一）被申请人向申请人支付租金{money(rent.quantize(Decimal('0.01')))}；"),
             ("p", f"（二）被申请人向申请人支付违约金及本案仲裁费，合计与上项共{money(c.amount)}；"),
             ("p", "上述款项于本裁决书送达之日起十日内付清。"),
             ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
    head = Head("裁 决 书", issuer=ARBITRATION, number=c.basis_number, body="serif", body_mm=5.3, title_face="serif_bold",
                title_mm=9.0, spacing_mm=1.0, lead=1.8, footer="n_of_m", red_issuer=True, number_at="centre")
    sheets = pages(paras, head=head, rng=rng)
    s = sheets[-1]
    y = head.end_y + mm(14)
    if y > s.height - mm(75):
        s = Sheet()
        sheets.append(s)
        y = float(mm(50))
    fo = f("serif", 5.3)
    for role, name in (("首席仲裁员", rng.choice(["孟宪文", "周立华"])), ("仲  裁  员", "李广才"), ("仲  裁  员", "袁冬梅")):
        s.right(s.width - mm(40), y, f"{role}　{name}", fo)
        y += mm(11)
    s.right(s.width - mm(40), y + mm(6), cn_date(c.basis_effective), fo)
    seal(s, s.width - mm(70), y + mm(8), ARBITRATION, rng)
    s.right(s.width - mm(40), y + mm(24), "书  记  员　郭  婷", fo)
    head.foot(sheets)
    return sheets


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """大庆中院's 二审 judgment: 驳回上诉，维持原判, the 第n页共m页 footer of the intermediate court."""
    a, r = c.applicant, c.respondent
    paras = [("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
             ("f", f"被上诉人（原审原告）：{a.name}，{a.sex}，汉族，住{a.address}。"),
             ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
             ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服{COURT}{c.extra['first']}民事判决，"
                   "向本院提起上诉。本院立案后，依法组成合议庭，不开庭进行了审理。本案现已审理终结。"),
             ("p", f"{r.name}上诉请求：撤销原判，改判驳回被上诉人的诉讼请求。理由：被上诉人供应的抽油杆扶正器部分"
                   "规格不符，上诉人已提出异议，货款应予扣减。"),
             ("p", f"{a.name}辩称：货物均经上诉人库房验收入库，上诉人从未提出质量异议，原判正确，请求维持。"),
             ("p", "本院二审查明的事实与一审认定的事实一致。"),
             ("p", "本院认为，上诉人主张货物规格不符，但其出具的入库单载明“验收合格”，且在合理期限内未提出异议，"
                   "视为标的物数量和质量符合约定。上诉人的上诉请求不能成立，应予驳回。一审判决认定事实清楚，适用法律正确，"
                   "应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
             ("p", "驳回上诉，维持原判。"),
             ("p", f"二审案件受理费{rng.randint(1200, 2900)}元，由上诉人{r.name}负担。"),
             ("p", f"原判确定上诉人给付被上诉人货款及利息合计{money(c.amount)}。"), ("p", "本判决为终审判决。")]
    head = Head("民 事 判 决 书", issuer=APPEAL_COURT, number=c.basis_number, body="serif", body_mm=5.4,
                title_face="hei", title_mm=9.2, spacing_mm=1.5, lead=1.78, footer="n_of_m")
    sheets = pages(paras, head=head, rng=rng)
    s = sheets[-1]
    y = head.end_y + mm(14)
    if y > s.height - mm(80):
        s = Sheet()
        sheets.append(s)
        y = float(mm(50))
    fo = f("serif", 5.4)
    for role, name in (("审判长", "韩雪峰"), ("审判员", "梁玉洁"), ("审判员", "秦  勇")):
        s.right(s.width - mm(40), y, f"{role}　{name}", fo)
        y += mm(11)
    s.right(s.width - mm(40), y + mm(6), cn_date(c.basis_effective - timedelta(days=15)), fo)
    seal(s, s.width - mm(72), y + mm(8), APPEAL_COURT, rng)
    s.right(s.width - mm(40), y + mm(22), "法官助理　宫晓宇", fo)
    s.right(s.width - mm(40), y + mm(33), "书 记 员　褚  楠", fo)
    head.foot(sheets)
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    """大庆仲裁委员会's 生效证明 (a short letter with its own 文号)."""
    s = Sheet()
    s.centred(mm(34), ARBITRATION, f("song_gb", 10), fill=RED, spacing=mm(1.5))
    s.line(mm(24), mm(52), s.width - mm(24), mm(52), width=4, fill=RED)
    s.centred(mm(66), "生 效 证 明", f("serif_bold", 9))
    s.right(s.width - mm(28), mm(84), f"庆仲证字〔{c.filed_on.year}〕第{rng.randint(10, 99)}号", f("serif", 5))
    fo = f("serif", 5.5)
    y = paragraph(s, mm(28), s.width - mm(26), mm(100),
                  f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}设备租赁合同纠纷一案，本会于"
                  f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书。该裁决书已依法送达双方当事人，"
                  "根据《中华人民共和国仲裁法》第五十七条的规定，裁决书自作出之日起发生法律效力。", fo)
    y = paragraph(s, mm(28), s.width - mm(26), y, "至本证明出具之日，本会未收到人民法院撤销或者不予执行该裁决的通知。", fo)
    paragraph(s, mm(28), s.width - mm(26), y, "特此证明。", fo)
    s.right(s.width - mm(40), y + mm(40), cn_date(c.filed_on - timedelta(days=rng.randint(3, 10))), fo)
    seal(s, s.width - mm(72), y + mm(42), ARBITRATION, rng)
    return s


def _clues(c: CaseCtx, rng: random.Random) -> Sheet:
    """财产线索表 from the filing window's stack, filled by hand at the counter."""
    s = Sheet()
    s.centred(mm(22), "被执行人财产线索提供表", f("hei", 8.0))
    s.text(mm(18), mm(35), f"案号：{c.number}", f("serif", 4.4))
    s.right(s.width - mm(18), mm(35), "大庆市让胡路区人民法院执行立案窗口", f("serif", 4.0))
    w = s.width - mm(36)
    rows = [["被执行人", c.respondent.name], ["银行账户", ""], ["应收账款 / 到期债权", ""], ["车辆、设备", ""],
            ["不动产", ""], ["其他线索", ""], ["提供人签字", ""]]
    _, tops = grid(s, mm(18), mm(44), [mm(46), w - mm(46)], rows, heights=[14, 28, 36, 30, 18, 28, 24], size=4.4)
    x = mm(68)
    kind = story(c)
    bank = {"wage": "建行让胡路支行（基本户），户名同被执行人", "rig": "农商行让胡路支行有账户，账号不详",
            "parts": "工行大庆分行，开户许可证复印件附后"}[kind]
    recv = {"wage": f"{GARNISHEE}欠被执行人修井作业费，本年度结算未付", "rig": "在外围区块给油田打井，应有工程款",
            "parts": "为采油厂做维修服务，有应收款"}[kind]
    equip = {"wage": "修井作业车、通井机，停在喇嘛甸镇院内", "rig": "自有ZJ20钻机一套，在杜尔伯特县井场",
             "parts": "皮卡车两辆"}[kind]
    for i, v in ((1, bank), (2, recv), (3, equip), (4, "不清楚"), (5, "法定代表人常住让胡路区")):
        fill(s, x, tops[i] + mm(3), v, rng, width=w - mm(56), size=4.8)
    who = c.applicant.name if c.applicant.kind == "person" else c.agent
    scrawl(s, x + mm(6), tops[6] + mm(6), who, rng, role="kai", size=mm(7), ink=PEN_BLACK)
    fill(s, x + mm(70), tops[6] + mm(8), num_date(c.filed_on), rng)
    return s


def _fee_receipt(c: CaseCtx, rng: random.Random) -> Sheet:
    """黑龙江省非税收入一般缴款书 (the fee paid for the earlier case), a carbon-copy slip on half a sheet."""
    s = Sheet(paper=(246, 243, 236))
    s.centred(mm(22), "黑龙江省非税收入一般缴款书（电子）", f("sans_bold", 6.4))
    s.text(mm(18), mm(36), f"票据代码：23010{rng.randint(100, 999)}", f("sans", 3.8))
    s.right(s.width - mm(18), mm(36), f"票据号码：{rng.randint(10000000, 99999999):08d}", f("sans", 3.8))
    s.text(mm(18), mm(44), f"填制日期：{(c.basis_effective - timedelta(days=90)):%Y-%m-%d}", f("sans", 3.8))
    fee = rng.randint(2100, 9800)
    payer = c.applicant.name
    w = s.width - mm(36)
    rows = [["缴款人全称", payer, "执收单位", "大庆市让胡路区人民法院"], ["项目编码", "103040101", "项目名称", "诉讼费"],
            ["案号", c.basis_number if story(c) != "rig" else c.basis_number.replace("仲裁字", "仲收字"), "数量", "1"],
            ["金额（大写）", money_caps(Decimal(fee)), "（小写）", f"¥{fee:,.2f}"],
            ["收款银行", "中国建设银行大庆分行", "备注", "原审案件受理费"]]
    _, tops = grid(s, mm(18), mm(52), [mm(34), mm(66), mm(28), w - mm(128)], rows, face="sans", size=3.8, heights=12)
    seal(s, s.width - mm(60), tops[-1] + mm(30), "黑龙江省财政厅非税收入票据监制章", rng, radius=mm(17))
    s.text(mm(18), tops[-1] + mm(22), "收款单位（章）", f("sans", 3.8))
    s.text(mm(80), tops[-1] + mm(22), "复核人：", f("sans", 3.8))
    s.text(mm(18), tops[-1] + mm(50), "校验码：" + "".join(rng.choice("0123456789ABCDEF") for _ in range(20)),
           f("mono", 3.4))
    for x in range(mm(10), s.width - mm(10), mm(5)):
        s.line(x, s.height / 2 + mm(10), x + mm(2.5), s.height / 2 + mm(10), width=1)
    return s


def _identity(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if p.kind == "person":
        return [_id_copy(p, c, rng)]
    lic = _licence_copy(p, c, rng)
    rep = _rep_letter(p, c, rng)
    rep.starts_document = False
    return [lic, rep]


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """A 身份证 photocopied front and back on one A4 sheet (a grey photocopy with the party's 与原件一致)."""
    s = Sheet()
    w, h = mm(85.6 * 1.15), mm(54 * 1.15)
    x = (s.width - w) / 2 + rng.uniform(-mm(10), mm(10))
    for k, y in enumerate((mm(40), mm(40) + h + mm(22))):
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), outline=(60, 60, 60), width=3,
                                 fill=(215, 215, 215))
        if k == 0:
            fo = f("hei", 4.0)
            fv = f("serif", 4.4)
            s.text(x + mm(6), y + mm(7), "姓名", fo)
            s.text(x + mm(20), y + mm(7), p.name, fv)
            s.text(x + mm(6), y + mm(16), "性别", fo)
            s.text(x + mm(20), y + mm(16), p.sex, fv)
            s.text(x + mm(36), y + mm(16), "民族", fo)
            s.text(x + mm(48), y + mm(16), "汉", fv)
            b = p.born
            if b:
                s.text(x + mm(6), y + mm(25), "出生", fo)
                s.text(x + mm(20), y + mm(25), f"{b.year}  年  {b.month}  月  {b.day}  日", fv)
            s.text(x + mm(6), y + mm(34), "住址", fo)
            addr = p.address
            s.text(x + mm(20), y + mm(34), addr[:10], fv)
            s.text(x + mm(20), y + mm(41), addr[10:20], fv)
            s.text(x + mm(20), y + mm(48), addr[20:30], fv)
            s.text(x + mm(6), y + mm(54), "公民身份号码", fo)
            s.text(x + mm(32), y + mm(54), p.id_number, f("mono", 4.8))
            px, py = x + w - mm(30), y + mm(8)
            s.draw.rectangle((px, py, px + mm(24), py + mm(32)), fill=(200, 200, 200))
            s.draw.ellipse((px + mm(6), py + mm(4), px + mm(18), py + mm(19)), fill=(95, 95, 95))
            s.draw.chord((px + mm(1), py + mm(18), px + mm(23), py + mm(44)), 180, 360, fill=(110, 110, 110))
        else:
            s.centred(y + mm(14), "中华人民共和国", f("hei", 6.2), x0=x + mm(20), x1=x + w)
            s.centred(y + mm(26), "居民身份证", f("hei", 7.0), x0=x + mm(20), x1=x + w)
            s.draw.ellipse((x + mm(6), y + mm(6), x + mm(22), y + mm(22)), outline=(90, 90, 90), width=3)
            county = "肇州县" if p.address.find("肇州") >= 0 else "大庆市大同区"
            s.text(x + mm(10), y + mm(42), f"签发机关  {county}公安局", f("hei", 3.8))
            start = c.filed_on.year - rng.randint(2, 9)
            s.text(x + mm(10), y + mm(52), f"有效期限  {start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-长期"
                   if rng.random() < 0.4 else f"有效期限  {start}.05.16-{start + 20}.05.16", f("hei", 3.8))
    photocopy(s, rng)
    copy_mark(s, rng, p.name)
    return s


def _licence_copy(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """营业执照（副本） photocopied, the company's seal over it in red after copying."""
    s = Sheet()
    s.box(mm(18), mm(22), s.width - mm(18), s.height - mm(40), width=6)
    s.box(mm(23), mm(27), s.width - mm(23), s.height - mm(45), width=2)
    s.centred(mm(44), "营 业 执 照", f("serif_bold", 13))
    s.centred(mm(66), "（副　本）", f("serif", 5.6))
    s.text(mm(32), mm(80), f"统一社会信用代码  {p.id_number}", f("serif", 4.6))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "石油钻井、修井、试油作业技术服务；石油钻采专用设备租赁、销售；劳务服务（不含劳务派遣）"
                     if "钻" in p.name or "采油" in p.name or "石油" in p.name else "设备租赁；机械设备销售、维修"),
            ("注册资本", f"{rng.choice([500, 800, 1000, 2000])}万元人民币"),
            ("成立日期", f"{rng.randint(2006, 2016)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("住　　所", p.address)]
    y = float(mm(100))
    fo = f("serif", 5.0)
    for k, v in rows:
        s.text(mm(36), y, k, fo)
        y = paragraph(s, mm(72), s.width - mm(36), y, v, fo, lead=1.6, indent=False) + mm(4)
    s.text(s.width - mm(100), s.height - mm(90), "登记机关", f("serif", 5))
    seal(s, s.width - mm(70), s.height - mm(84), "大庆市让胡路区市场监督管理局", rng, radius=mm(19))
    s.text(s.width - mm(100), s.height - mm(66), f"{rng.randint(2019, 2023)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
           f("serif", 5))
    qx, qy, cell = mm(36), s.height - mm(100), mm(30) / 21
    for i in range(21):
        for j in range(21):
            corner = (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7)
            on = (max(abs(i % 14 - 3), abs(j % 14 - 3)) in (0, 1, 3)) if corner else rng.random() < 0.5
            if on:
                s.draw.rectangle((qx + j * cell, qy + i * cell, qx + (j + 1) * cell, qy + (i + 1) * cell), fill=(30, 30, 30))
    photocopy(s, rng, dark=8)
    seal(s, mm(120), mm(150), p.name, rng, radius=mm(20))
    return s


def _rep_letter(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(40), "法定代表人身份证明书", f("serif_bold", 8.2))
    fo = f("song_gb", 5.5)
    y = paragraph(s, mm(28), s.width - mm(26), mm(70),
                  f"{p.legal_rep}在我公司任{rng.choice(['总经理', '执行董事兼总经理'])}职务，系我公司法定代表人。", fo)
    y = paragraph(s, mm(28), s.width - mm(26), y, "特此证明。", fo)
    s.text(mm(28), y + mm(10), "附：法定代表人身份证复印件", fo)
    s.right(s.width - mm(36), y + mm(40), p.name, fo)
    s.right(s.width - mm(36), y + mm(54), num_date(c.filed_on - timedelta(days=rng.randint(2, 8))), fo)
    seal(s, s.width - mm(70), y + mm(46), p.name, rng)
    return s


def _attorney(c: CaseCtx, rng: random.Random) -> Sheet:
    """授权委托书 on the firm's pre-printed form: blanks filled in blue pen, the client signs."""
    s = Sheet()
    s.centred(mm(26), c.firm, f("kai", 6.6))
    s.centred(mm(40), "授 权 委 托 书", f("serif_bold", 8.6))
    fo = f("serif", 5.0)
    a = c.applicant
    x = mm(26)
    rows = [("委托人：", a.name), ("受委托人：", f"{c.agent}　{c.firm}律师　电话{c.agent_phone}"),
            ("案　由：", f"申请执行{c.respondent.name}{c.extra.get('cause', '')}")]
    y = float(mm(62))
    for k, v in rows:
        s.text(x, y, k, fo)
        s.line(x + mm(30), y + mm(6.5), s.width - mm(26), y + mm(6.5), width=1)
        fill(s, x + mm(32), y - mm(1), v, rng, size=4.8)
        y += mm(15)
    y = paragraph(s, x, s.width - mm(26), y + mm(4),
                  f"现委托上列受委托人在我方与{c.respondent.name}执行一案中，作为我方的代理人。", fo)
    y = paragraph(s, x, s.width - mm(26), y, "代理权限为：", fo)
    scrawl(s, x + mm(30), y - mm(9), "特别授权", rng, role="kai", size=mm(6), ink=PEN_BLUE)
    y = paragraph(s, x, s.width - mm(26), y,
                  "代为申请执行、提供财产线索、申请采取执行措施、参加执行听证，代为签收法律文书，代为进行和解，"
                  "代为领取执行款项。", fo)
    s.text(s.width - mm(110), y + mm(20), "委托人（签名或盖章）：", fo)
    if a.kind == "person":
        scrawl(s, s.width - mm(60), y + mm(30), a.name, rng, role="kai", size=mm(8), ink=PEN_BLACK)
    else:
        seal(s, s.width - mm(55), y + mm(36), a.name, rng)
    fill(s, s.width - mm(100), y + mm(50), num_date(c.filed_on - timedelta(days=rng.randint(1, 5))), rng)
    return s


def _firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    """律师事务所函 (所函): the firm's name in red, a 文号 of its own, short."""
    s = Sheet()
    s.centred(mm(30), c.firm, f("serif_bold", 9.5), fill=RED)
    s.line(mm(22), mm(48), s.width - mm(22), mm(48), width=3, fill=RED)
    s.centred(mm(58), "律 师 事 务 所 函", f("hei", 8))
    s.right(s.width - mm(26), mm(76), f"（{c.filed_on.year}）庆律执字第{rng.randint(10, 400)}号", f("serif", 5))
    fo = f("serif", 5.4)
    y = float(mm(90))
    s.text(mm(28), y, f"{COURT}：", fo)
    y = paragraph(s, mm(28), s.width - mm(26), y + mm(12),
                  f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}"
                  f"{c.extra.get('cause', '')}执行一案的代理人。", fo)
    y = paragraph(s, mm(28), s.width - mm(26), y, "特此函告。", fo)
    s.text(mm(28), y + mm(8), "附：授权委托书一份，律师执业证复印件一份", fo)
    s.right(s.width - mm(36), y + mm(40), cn_date(c.filed_on - timedelta(days=2)), fo)
    seal(s, s.width - mm(70), y + mm(42), c.firm, rng)
    s.text(mm(28), s.height - mm(40), f"地址：大庆市萨尔图区东风新村纬二路{rng.randint(1, 30)}号　电话：0459-{rng.randint(4600000, 6999999)}",
           f("serif", 4))
    return s


def _lawyer_licence(c: CaseCtx, rng: random.Random) -> Sheet:
    """律师执业证 photocopied open: the photo page and the registration page side by side."""
    s = Sheet()
    w, h = mm(80), mm(110)
    y = mm(40)
    for k, x in enumerate((mm(20), mm(20) + w + mm(8))):
        s.box(x, y, x + w, y + h, width=3)
        if k == 0:
            s.draw.rectangle((x + mm(24), y + mm(10), x + mm(56), y + mm(50)), fill=(160, 160, 160))
            fo = f("serif", 4.2)
            lines = [("姓名", c.agent), ("性别", rng.choice("男女")), ("执业机构", c.firm),
                     ("执业证类别", "专职律师"), ("执业证号", f"12306{rng.randint(2009, 2020)}1{rng.randint(1000000, 9999999)}")]
            yy = y + mm(58)
            for lab, v in lines:
                s.text(x + mm(5), yy, f"{lab}：{v}", fo)
                yy += mm(9)
        else:
            s.centred(y + mm(14), "律师年度考核备案", f("serif_bold", 5), x0=x, x1=x + w)
            grid(s, x + mm(5), y + mm(24), [mm(30), w - mm(40)],
                 [["考核年度", "考核结果"], [str(c.filed_on.year - 2), "称职"], [str(c.filed_on.year - 1), "称职"]],
                 size=3.8, heights=10)
            seal(s, x + w / 2, y + mm(80), "黑龙江省大庆市司法局", rng, radius=mm(16))
    s.centred(mm(20), "中华人民共和国律师执业证", f("serif_bold", 6))
    photocopy(s, rng)
    copy_mark(s, rng, c.agent)
    return s


def _account(c: CaseCtx, rng: random.Random) -> Sheet:
    """收取案款确认书: the window's half-page form, filled in blue pen."""
    s = Sheet()
    s.centred(mm(24), COURT, f("serif", 6))
    s.centred(mm(36), "申请执行人收取案款账户确认书", f("serif_bold", 7.8))
    w = s.width - mm(40)
    a = c.applicant
    rows = [["案号", c.number], ["申请执行人", a.name], ["收款户名", ""], ["开户银行", ""], ["银行账号", ""],
            ["联系电话", ""], ["申请执行人签章", ""]]
    _, tops = grid(s, mm(20), mm(54), [mm(45), w - mm(45)], rows, heights=[14, 14, 14, 14, 14, 14, 34])
    x = mm(70)
    bank = "中国农业银行大庆让胡路支行" if a.kind == "person" else "中国银行大庆萨尔图支行"
    fill(s, x, tops[2] + mm(3), a.name, rng)
    fill(s, x, tops[3] + mm(3), bank, rng)
    fill(s, x, tops[4] + mm(3), f"6228 48{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}", rng)
    fill(s, x, tops[5] + mm(3), a.phone, rng)
    if a.kind == "person":
        scrawl(s, x + mm(10), tops[6] + mm(10), a.name, rng, role="kai", size=mm(8), ink=PEN_BLACK)
        _thumb(s, x + mm(50), tops[6] + mm(8), rng)
    else:
        seal(s, x + mm(40), tops[6] + mm(17), a.name, rng, radius=mm(17))
    paragraph(s, mm(20), s.width - mm(20), tops[6] + mm(44),
              "本人（单位）确认以上账户信息真实准确。因账户信息错误导致案款无法发放或错发的，责任自负。", f("serif", 4.4))
    return s


def _address(c: CaseCtx, rng: random.Random) -> Sheet:
    """送达地址确认书, the SPC's form as the window hands it out, with 电子送达 ticked."""
    s = Sheet()
    s.centred(mm(24), "送达地址确认书", f("hei", 8.4))
    w = s.width - mm(40)
    a = c.applicant
    rows = [["案号", c.number], ["告知事项", "1.当事人应如实提供确切的送达地址；2.确认的送达地址适用于执行程序；"
                                           "3.因送达地址不准确、变更未告知导致文书未能被实际接收的，文书退回之日视为送达之日。"],
            ["受送达人", a.name], ["送达地址", ""], ["收件人及电话", ""], ["是否同意电子送达", "□ 是　　□ 否"], ["手机号码", ""],
            ["受送达人确认", ""]]
    _, tops = grid(s, mm(20), mm(40), [mm(45), w - mm(45)], rows, heights=[13, 36, 13, 20, 14, 14, 14, 38], size=4.2)
    x = mm(70)
    fill(s, x, tops[3] + mm(3), a.address, rng, width=w - mm(55), size=4.6)
    fill(s, x, tops[4] + mm(3), f"{c.agent}（代理律师）{c.agent_phone}", rng, size=4.6)
    scrawl(s, x + mm(1), tops[5] + mm(3), "√", rng, role="kai", size=mm(6), ink=PEN_BLUE)
    fill(s, x, tops[6] + mm(3), c.agent_phone, rng, size=4.6)
    paragraph(s, x, s.width - mm(24), tops[7] + mm(3), "我已阅读上述告知事项，确认以上送达地址。", f("serif", 4.2), indent=False)
    scrawl(s, x + mm(30), tops[7] + mm(16), c.agent, rng, role="kai", size=mm(7), ink=PEN_BLACK)
    fill(s, x + mm(70), tops[7] + mm(24), num_date(c.filed_on), rng)
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """执行和解协议 typed by the rig-lease company's office: numbered clauses, both seals, the bureau's 见证."""
    a, r = c.applicant, c.respondent
    first = (c.amount * Decimal("0.6")).quantize(Decimal("0.01"))
    second = c.amount - first
    paras = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"法定代表人：{a.legal_rep}"),
             ("f", f"乙方（被执行人）：{r.name}"), ("f", f"法定代表人：{r.legal_rep}"),
             ("p", f"甲乙双方设备租赁合同纠纷一案，大庆仲裁委员会作出{c.basis_number}裁决书，甲方向{COURT}申请强制执行"
                   f"（案号{c.number}）。执行中，经执行法官主持，双方本着互谅原则，自愿达成如下和解协议："),
             ("f", f"一、乙方确认欠付甲方租金、违约金及仲裁费合计{money(c.amount)}。"),
             ("f", f"二、乙方于{num_date(c.day(30))}前支付{money(first)}；于{num_date(c.day(60))}前支付剩余"
                   f"{money(second)}。款项汇入法院执行款专户。"),
             ("f", f"三、乙方按期付清全部款项后，甲方放弃迟延履行期间的债务利息；{c.extra['rig']}钻机已于裁决前返还甲方，"
                   "双方就租赁合同再无其他争议。"),
             ("f", "四、乙方任何一期未按时足额付款的，甲方有权申请恢复执行原裁决书，已付款项予以扣除。"),
             ("f", "五、本协议一式三份，甲乙双方各执一份，交执行法院一份附卷。"), ("gap", ""),
             ("f", "甲方（盖章）：　　　　　　　　　　乙方（盖章）："),
             ("f", "代表签字：　　　　　　　　　　　　代表签字：")]
    head = Head("执行和解协议", body="sans", body_mm=5.0, title_face="sans_bold", title_mm=7.8, spacing_mm=1.2, lead=1.95,
                left=24, right=22, top=30, footer="none")
    sheets = pages(paras, head=head, rng=rng)
    s = sheets[-1]
    y = head.end_y
    seal(s, mm(60), y - mm(6), a.name, rng)
    seal(s, mm(140), y - mm(6), r.name, rng)
    scrawl(s, mm(50), y + mm(2), a.legal_rep, rng, role="kai", size=mm(7), ink=PEN_BLACK)
    scrawl(s, mm(130), y + mm(2), r.legal_rep, rng, role="kai", size=mm(7), ink=PEN_BLUE)
    s.text(mm(24), y + mm(20), f"签订日期：{num_date(c.day(21))}　　签订地点：{COURT}执行局调解室", f("sans", 4.6))
    s.text(mm(24), y + mm(32), "执行法官见证：", f("sans", 4.6))
    scrawl(s, mm(60), y + mm(30), c.officer, rng, role="kai", size=mm(6.5), ink=PEN_BLACK)
    head.foot(sheets)
    return sheets


__all__ = ["APPEAL_COURT", "ARBITRATION", "PEN_BLUE", "RECEIVED", "render_paper"]


def bank_slips(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 电子回单 of the money reaching the court's 执行款专户, printed two to a sheet and photocopied: the
    rig company's two instalments, or the parts case's deduction from the contractor's account."""
    s = Sheet()
    r = c.respondent
    if story(c) == "rig":
        first = (c.amount * Decimal("0.6")).quantize(Decimal("0.01"))
        parts = [(first, "第一期和解款", c.day(28)), (c.amount - first, "第二期和解款", c.day(57))]
        bank = "中国建设银行"
    else:
        parts = [(c.amount, "协助扣划", c.day(16))]
        bank = "中国工商银行"
    y = float(mm(18))
    for amount, use, day in parts:
        s.box(mm(16), y, s.width - mm(16), y + mm(118), width=2)
        s.centred(y + mm(6), f"{bank}  网上银行电子回单", f("sans_bold", 5.6))
        s.text(mm(22), y + mm(16), f"回单编号：{rng.randint(10**11, 10**12 - 1)}", f("sans", 3.6))
        s.right(s.width - mm(22), y + mm(16), f"交易日期：{day:%Y年%m月%d日}", f("sans", 3.6))
        w = s.width - mm(44)
        rows = [["付款人", "户名", r.name], ["", "账号", f"{rng.randint(2300, 2399)} {rng.randint(1000, 9999)} "
                                                        f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"],
                ["收款人", "户名", "大庆市让胡路区人民法院（执行款专户）"], ["", "开户行", f"{bank}大庆让胡路支行"],
                ["金额", "小写", f"¥{amount:,.2f}"], ["", "大写", money_caps(amount)],
                ["用途", "", f"{c.number} {use}"]]
        _, tops = grid(s, mm(22), y + mm(24), [mm(24), mm(24), w - mm(48)], rows, face="sans", size=3.8, heights=10)
        s.text(mm(22), tops[-1] + mm(14), f"打印时间：{day:%Y-%m-%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}"
               "　重复打印次数：0", f("sans", 3.4))
        seal(s, s.width - mm(50), tops[-1] + mm(16), f"{bank}电子回单专用章", rng, radius=mm(13))
        y += mm(130)
    photocopy(s, rng)
    return [s]
