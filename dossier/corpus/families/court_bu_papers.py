"""The papers court_bu's dossiers receive, each in its author's style: the 岳阳 law firms' typed applications and 所函
(sans body, the firm's letterhead and a rule), the judgments of this court and of the 中院 (long, several pages,
第n页共m页 footers), the 岳阳仲裁委员会 award (楷 heading, 宋 body), the 非税收入 receipt, ID and licence copies, the
execution window's forms filled by hand."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date
from dossier.corpus.draw import Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "objection_application",
})
COURT = "湖南省岳阳市岳阳楼区人民法院"
MIDDLE = "湖南省岳阳市中级人民法院"
ARBITRATION = "岳阳仲裁委员会"


def _firm_sheet(c: CaseCtx) -> Sheet:
    s = Sheet()
    s.text(mm(24), mm(16), c.firm, font("sans_bold", 50))
    s.text(mm(24), mm(27), f"地址：{c.extra['firm_addr']}    电话：0730-8{sum(map(ord, c.firm)) * 37 % 900000 + 100000}", font("sans", 26))
    s.line(mm(24), mm(33), s.width - mm(24), mm(33), width=4)
    s.line(mm(24), mm(34.5), s.width - mm(24), mm(34.5), width=1)
    return s


def _many(title: str, head: list[str], blocks: list[tuple[str, str]], *, body_role: str, title_role: str,
          footer: bool) -> tuple[list[Sheet], float]:
    """A long typed paper: heading lines on its first page, then the blocks running on; 第n页共m页 below each."""
    sheets = [Sheet()]
    s = sheets[0]

    y = float(mm(26))
    for k, h in enumerate(head):
        s.centred(y, h, font(title_role, 62 if k == 0 else 70), spacing=6 if k == 0 else 16)
        y += 96
    body = font(body_role, 42)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(26))

    s.right(s.width - mm(30), y, title, body)
    end = flow(s, blocks, body, x0=mm(30), width=s.width - mm(60), y=y + 90, line_height=70, indent=84,
         bottom=s.height - mm(30), more=more)
    if footer:
        for i, p in enumerate(sheets):
            p.centred(p.height - mm(18), f"第{i + 1}页 共{len(sheets)}页", font(body_role, 30))
    return sheets, end


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    amt = money(c.amount)
    if c.extra["story"] == "feed":
        blocks = [("", f"原告：{a.name}，住所地{a.address}。"), ("", f"法定代表人：{a.legal_rep}，该公司总经理。"),
                  ("", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                  ("", f"被告：{r.name}，男，{r.born.year if r.born else 1975}年生，汉族，住{r.address}，公民身份号码{r.id_number}。"),
                  ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后依法适用简易程序，公开开庭进行了审理。本案现已审理终结。"),
                  ("p", f"原告诉称：被告在岳阳县鹿角镇东洞庭湖畔承包鱼塘{c.extra['pond']}，养殖草鱼、鲢鳙。2022年3月至11月，"
                        f"被告陆续向原告赊购膨化鱼饲料、颗粒饲料共计{rng.randint(180, 420)}吨，经对账尚欠货款{amt}元，"
                        "原告多次催讨，被告以鱼价低迷为由拖欠至今。"),
                  ("p", "被告辩称：欠款属实，但因2022年夏季干旱，湖区水位过低导致成鱼减产，请求分期支付。"),
                  ("p", "本院认为，原、被告之间的饲料买卖合同关系合法有效。原告依约供货，被告应当支付货款。被告所称减产系其经营风险，"
                        "不能成为拒付货款的理由。依照《中华人民共和国民法典》第五百九十五条、第六百二十六条、第六百二十八条的规定，"
                        "判决如下："),
                  ("", f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}饲料货款{amt}元；"),
                  ("", "二、驳回原告的其他诉讼请求。"),
                  ("p", f"案件受理费{rng.randint(900, 3200)}元，减半收取，由被告负担。"),
                  ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于湖南省岳阳市中级人民法院。"),
                  ("r", f"审判员  {c.extra['trial_judge']}"), ("r", cn_date(c.basis_effective - timedelta(days=30))),
                  ("r", f"书记员  {c.clerk}")]
        sheets, end = _many(c.basis_number, [COURT, "民 事 判 决 书"], blocks, body_role="serif",
                            title_role="serif_bold", footer=True)
        seal(sheets[-1], sheets[-1].width - mm(62), end - 150, COURT, rng)
        return sheets
    blocks = [("", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
              ("", f"法定代表人：{r.legal_rep}，该公司董事长。"),
              ("", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"),
              ("", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
              ("p", f"上诉人{r.name}因与被上诉人{a.name}建设工程施工合同纠纷一案，不服湖南省岳阳市岳阳楼区人民法院"
                    f"{c.extra['first']}民事判决，向本院提起上诉。本院依法组成合议庭审理了本案，现已审理终结。"),
              ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人承建的"
                    f"{c.extra['unit']}安装工程存在焊缝质量缺陷，未经竣工验收，付款条件未成就。"),
              ("p", f"本院查明：2021年5月，双方签订《{c.extra['unit']}安装工程施工合同》，约定由{a.name}承担设备吊装、管道"
                    f"焊接及试压工作。工程于2021年12月投料试车，上诉人此后持续使用该装置生产。经结算，上诉人尚欠工程款{amt}元。"),
              ("p", "本院认为，建设工程未经竣工验收，发包人擅自使用后，又以使用部分质量不符合约定为由主张权利的，不予支持。"
                    "上诉人的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事"
                    "诉讼法》第一百七十七条第一款第一项的规定，判决如下："),
              ("", "驳回上诉，维持原判。"),
              ("p", f"二审案件受理费{rng.randint(6000, 19000)}元，由上诉人{r.name}负担。"),
              ("p", "本判决为终审判决。"),
              ("r", f"审判长  {person(c, 0)}"), ("r", f"审判员  {person(c, 1)}"), ("r", f"审判员  {person(c, 2)}"),
              ("r", cn_date(c.basis_effective - timedelta(days=12))), ("r", f"书记员  {person(c, 3)}")]
    sheets, end = _many(c.basis_number, [MIDDLE, "民 事 判 决 书"], blocks, body_role="serif", title_role="hei",
                        footer=True)
    seal(sheets[-1], sheets[-1].width - mm(62), end - 150, MIDDLE, rng)
    return sheets


def person(c: CaseCtx, k: int) -> str:
    """The 中院's panel: names fixed per case."""
    names = ["易建国", "龚晓东", "彭丽", "文静", "许志红", "贺立新"]
    return names[(len(c.number) + k + c.filed_on.day) % len(names)]


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    blocks = [("", f"申请人：{a.name}，男，住{a.address}，公民身份号码{a.id_number}。"),
              ("", f"委托代理人：{c.agent}，{c.firm}律师。"),
              ("", f"被申请人：{r.name}，住所地{r.address}。"), ("", f"法定代表人：{r.legal_rep}。"),
              ("p", f"本会根据申请人与被申请人签订的《船舶租赁合同》中的仲裁条款及申请人的仲裁申请，受理了双方之间的船舶租赁合同"
                    f"纠纷案，由独任仲裁员{c.extra['trial_judge']}于本会仲裁庭开庭审理，被申请人经合法通知未到庭。"),
              ("p", f"申请人称：2022年4月，被申请人租用申请人所有的{c.extra['ship']}号干货船（载重{rng.randint(800, 3000)}吨）从事"
                    f"城陵矶港至武汉、南京的砂石、集装箱运输，约定月租金{rng.randint(40, 120)}千元。被申请人自2022年10月起拖欠租金，"
                    f"至还船之日共欠租金及修船费{money(c.amount)}。"),
              ("p", "仲裁庭认为，双方合同合法有效，申请人已交付船舶，被申请人应按约支付租金。依照《中华人民共和国民法典》"
                    "第七百二十一条、第七百二十二条及《中华人民共和国仲裁法》第四十二条的规定，裁决如下："),
              ("", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付船舶租金{money(c.amount)}；"),
              ("", f"二、本案仲裁费{rng.randint(4000, 12000)}元由被申请人承担。"),
              ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
              ("r", f"独任仲裁员  {c.extra['trial_judge']}"), ("r", cn_date(c.basis_effective)),
              ("r", f"书  记  员  {person(c, 4)}")]
    sheets, end = _many(c.basis_number, [ARBITRATION, "裁 决 书"], blocks, body_role="wenkai", title_role="kai",
                        footer=True)
    seal(sheets[-1], sheets[-1].width - mm(62), end - 110, ARBITRATION, rng)
    return sheets


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _firm_sheet(c)
    a, r = c.applicant, c.respondent
    s.centred(mm(44), "强制执行申请书", font("sans_bold", 68), spacing=10)
    body = font("sans", 40)
    who_a = (f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}，法定代表人{a.legal_rep}。"
             if a.kind == "organisation" else f"申请执行人：{a.name}，男，住{a.address}，身份证号{a.id_number}，电话{a.phone}。")
    who_r = (f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。" if r.kind == "organisation"
             else f"被执行人：{r.name}，男，住{r.address}，身份证号{r.id_number}，电话{r.phone}。")
    blocks = [("", who_a), ("", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"), ("", who_r),
              ("", "请求事项："),
              ("", f"1．强制被执行人支付{money(c.amount)}及迟延履行期间加倍支付的债务利息；"),
              ("", "2．本案执行费用由被执行人承担。"), ("", "事实与理由："),
              ("p", f"申请人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}"
                    f"{'裁决书' if c.basis_kind == 'arbitration' else '民事判决书'}，现已发生法律效力。被执行人至今未履行，"
                    f"根据{'《中华人民共和国民事诉讼法》第二百四十七条、第二百四十八条' }的规定，特向贵院申请强制执行。"),
              ("", "此致"), ("", COURT)]
    y = flow(s, blocks, body, x0=mm(26), width=s.width - mm(52), y=mm(62), line_height=66, indent=80)
    s.right(s.width - mm(30), y + 40, f"申请执行人：{a.name}", body)
    if a.kind == "organisation":
        seal(s, s.width - mm(60), y + 60, a.name, rng)
    else:
        signature(s, s.width - mm(70), y + 100, a.name, rng)
    s.right(s.width - mm(30), y + 180, num_date(c.filed_on - timedelta(days=2)), body)
    return [s]


def _form(title: str, rows: list[list[str]], fills: list[tuple[int, str]], rng: random.Random, *,
          head: str = COURT, note: str = "") -> list[Sheet]:
    """A printed window form (court name above, boxed grid) whose right column was filled by hand."""
    s = Sheet()
    s.centred(mm(20), head, font("ming", 44))
    s.centred(mm(31), title, font("hei", 62), spacing=6)
    f = font("ming", 34)
    rh = mm(15)
    table(s, mm(20), mm(46), [mm(50), s.width - mm(40) - mm(50)], rows, f, row_h=rh, centre_first=True)
    for row, text in fills:
        hand(s, mm(76), mm(46) + rh * row + mm(4), text, rng, size=38 if len(text) < 16 else 32)
    if note:
        flow(s, [("p", note)], font("ming", 28), x0=mm(20), width=s.width - mm(40),
             y=mm(46) + rh * len(rows) + mm(6), line_height=44, indent=56)
    return [s]


def _id_copy(c: CaseCtx, rng: random.Random, who: str) -> list[Sheet]:
    p = c.respondent if who == "respondent" else c.applicant
    s = Sheet()
    if p.kind == "organisation":
        x0, y0 = mm(30), mm(30)
        s.box(x0, y0, s.width - mm(30), y0 + mm(170), width=6)
        s.centred(y0 + mm(12), "营 业 执 照", font("serif_bold", 84), spacing=20)
        s.centred(y0 + mm(30), "（副  本）", font("serif", 38))
        f = font("serif", 36)
        for k, (lab, val) in enumerate([("统一社会信用代码", p.id_number), ("名    称", p.name), ("类    型", "有限责任公司"),
                                        ("法定代表人", p.legal_rep), ("住    所", p.address),
                                        ("经营范围", "饲料生产销售" if "饲料" in p.name else ("石油化工设备安装" if "石化" in p.name
                                                                                else ("化工产品生产" if "化工" in p.name else "国内水路货物运输")))]):
            s.text(x0 + mm(12), y0 + mm(48) + k * mm(14), f"{lab}：{val}", f)
        s.text(x0 + mm(12), y0 + mm(140), "登记机关：岳阳市市场监督管理局", f)
        seal(s, s.width - mm(70), y0 + mm(145), "岳阳市市场监督管理局", rng, radius=mm(18))
        s.text(x0, y0 + mm(185), "与原件核对一致", font("kai", 44))
        seal(s, mm(140), y0 + mm(190), p.name, rng)
        return [s]
    for k, yy in enumerate((mm(40), mm(120))):
        s.box(mm(50), yy, mm(50) + mm(86), yy + mm(54), width=3)
        f = font("hei", 28)
        if k == 0:
            for j, t in enumerate([f"姓名  {p.name}", f"性别  {p.sex}   民族  汉",
                                   f"出生  {p.born.year if p.born else 1970}年{p.born.month if p.born else 1}月",
                                   f"住址  {p.address[:11]}", f"      {p.address[11:24]}"]):
                s.text(mm(54), yy + mm(5) + j * mm(7.5), t, f)
            s.text(mm(54), yy + mm(45), f"公民身份号码  {p.id_number}", f)
            s.box(mm(108), yy + mm(6), mm(132), yy + mm(36), width=2)
        else:
            s.centred(yy + mm(8), "中华人民共和国", font("hei", 40), x0=mm(50), x1=mm(136))
            s.centred(yy + mm(20), "居民身份证", font("hei", 48), x0=mm(50), x1=mm(136))
            s.text(mm(56), yy + mm(38), "签发机关  岳阳市公安局岳阳楼分局", f)
            s.text(mm(56), yy + mm(46), "有效期限  2016.05.11-2036.05.11", f)
    hand(s, mm(60), mm(190), "此复印件与原件一致", rng, size=46)
    signature(s, mm(120), mm(205), p.name, rng)
    return [s]


def _letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _firm_sheet(c)
    s.centred(mm(46), "律 师 事 务 所 函", font("sans_bold", 66), spacing=8)
    s.right(s.width - mm(28), mm(60), f"湘巴律执字〔{c.filed_on.year}〕第{rng.randint(10, 290)}号", font("sans", 36))
    body = font("sans", 40)
    y = flow(s, [("", f"{COURT}："),
                 ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
                       "执行一案申请执行人的委托代理人，代为申请执行、领取法律文书、代领执行款。"),
                 ("p", "特此函告。"), ("", "附：授权委托书一份、律师执业证复印件一份")], body,
             x0=mm(26), width=s.width - mm(52), y=mm(72), line_height=66, indent=80)
    s.right(s.width - mm(30), y + 60, c.firm, body)
    s.right(s.width - mm(30), y + 130, num_date(c.filed_on - timedelta(days=3)), body)
    seal(s, s.width - mm(66), y + 90, c.firm, rng)
    return [s]


def _license(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x0, y0 = mm(34), mm(36)
    s.box(x0, y0, s.width - mm(34), y0 + mm(96), width=3)
    s.centred(y0 + mm(6), "中华人民共和国律师执业证", font("serif_bold", 54))
    f = font("serif", 34)
    for k, t in enumerate([f"执业机构  {c.firm}", "执业证类别  专职律师", f"执业证号  {c.extra['lic_no']}",
                           f"持证人  {c.agent}", "发证机关  湖南省司法厅", "发证日期  2019年06月18日"]):
        s.text(x0 + mm(8), y0 + mm(22) + k * mm(11), t, f)
    s.box(s.width - mm(80), y0 + mm(22), s.width - mm(46), y0 + mm(66), width=2)
    seal(s, s.width - mm(70), y0 + mm(80), "湖南省司法厅", rng, radius=mm(15))
    s.box(x0, y0 + mm(108), s.width - mm(34), y0 + mm(170), width=2)
    s.text(x0 + mm(8), y0 + mm(114), "年度考核备案", font("serif_bold", 38))
    s.text(x0 + mm(8), y0 + mm(130), f"考核年度 {c.filed_on.year - 1}  考核结果 称职  备案机关 岳阳市司法局", f)
    seal(s, s.width - mm(80), y0 + mm(150), "岳阳市司法局", rng, radius=mm(13), inner="年度考核专用章")
    hand(s, x0, y0 + mm(186), "复印件与原件一致", rng, size=44, ink=(25, 25, 28))
    signature(s, x0 + mm(70), y0 + mm(196), c.agent, rng)
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), "授 权 委 托 书", font("hei", 70), spacing=10)
    body = font("serif", 40)
    a = c.applicant
    y = flow(s, [("", f"委托人：{a.name}"), ("", f"住所：{a.address}"),
                 ("", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                 ("p", f"现委托上列受托人在我方与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方执行代理人。"),
                 ("", "代理权限：特别授权，代为申请执行，提供财产线索，参与执行和解，代为签收法律文书，代为领取执行款。"),
                 ("", "委托期限：自签订之日起至本案执行终结止。")], body,
             x0=mm(28), width=s.width - mm(56), y=mm(56), line_height=68, indent=80)
    s.text(mm(28), y + 60, "委托人（签章）：", body)
    if a.kind == "organisation":
        seal(s, mm(110), y + 120, a.name, rng)
        signature(s, mm(120), y + 150, a.legal_rep, rng)
    else:
        signature(s, mm(100), y + 48, a.name, rng)
    s.text(mm(28), y + 200, "受托人（签名）：", body)
    signature(s, mm(100), y + 190, c.agent, rng)
    hand(s, s.width - mm(90), y + 280, num_date(c.filed_on - timedelta(days=4)), rng, size=42)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(size=(Sheet().width, Sheet().height))
    y0 = mm(40)
    s.centred(y0, "湖南省非税收入一般缴款书（电子）", font("sans_bold", 50))
    s.text(mm(22), y0 + mm(14), f"票据代码：43010122   票据号码：{rng.randint(10**7, 10**8 - 1)}", font("mono", 30))
    arb = c.basis_kind == "arbitration"
    s.text(mm(22), y0 + mm(21), f"执收单位：{ARBITRATION if arb else COURT}   开票日期：{c.basis_effective - timedelta(days=70)}",
           font("mono", 30))
    fee = Decimal(rng.randint(90000, 1900000)) / 100
    rows = [["项目编码", "项目名称", "单位", "数量", "金额（元）"],
            ["103040199" if arb else "103040101", "仲裁收费" if arb else "案件受理费", "件", "1", money(fee)],
            ["缴款人", f"{c.applicant.name}（{c.extra.get('first', c.basis_number)}）"],
            ["合计（大写）", money_caps(fee)]]
    table(s, mm(20), y0 + mm(30), [mm(36), mm(64), mm(18), mm(18), mm(34)], rows, font("sans", 30), row_h=mm(13), width=1)
    s.text(mm(22), y0 + mm(88), "收款单位：岳阳市财政局   校验码：" + str(rng.randint(10**9, 10**10 - 1)), font("mono", 28))
    seal(s, s.width - mm(60), y0 + mm(96), "岳阳市财政局", rng, radius=mm(15), inner="票据监制章")
    return [s]


def _objection(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), "执行异议申请书", font("microhei", 66), spacing=6)
    r = c.respondent
    body = font("microhei", 40)
    y = flow(s, [("", f"异议人（被执行人）：{r.name}，住所地{r.address}。"), ("", f"法定代表人：{r.legal_rep}。"),
                 ("", f"申请执行人：{c.applicant.name}。"), ("", "异议请求："),
                 ("", f"1．中止{c.number}案的执行；2．解除对异议人银行账户的冻结。"), ("", "事实与理由："),
                 ("p", f"申请执行人施工的{c.extra.get('unit', '装置')}安装工程焊缝检测不合格，异议人已另案起诉要求赔偿修复费用，"
                       "在该案审结前执行本案将使异议人遭受不可弥补的损失，且冻结账户导致装置检修款无法支付，影响安全生产。"),
                 ("", "此致"), ("", COURT)], body, x0=mm(28), width=s.width - mm(56), y=mm(54), line_height=66, indent=80)
    s.right(s.width - mm(30), y + 50, f"异议人：{r.name}", body)
    seal(s, s.width - mm(64), y + 70, r.name, rng)
    s.right(s.width - mm(30), y + 160, num_date(c.day(24)), body)
    return [s]


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    if code == "enforcement_basis":
        return _award(c, rng) if c.basis_kind == "arbitration" else _judgment(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "identity_proof":
        return _id_copy(c, rng, "respondent" if "respondent" in served else "applicant")
    if code == "law_firm_letter":
        return _letter(c, rng)
    if code == "lawyer_license":
        return _license(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "objection_application":
        return _objection(c, rng)
    if code == "property_clue_form":
        clue = {"feed": f"鹿角镇鱼塘{c.extra.get('pond', '')}，信用社存款",
                "petro": "建行云溪支行基本户", "boat": "工行城陵矶支行账户，驳船二艘"}
        return _form("被执行人财产线索提供表", [["申请执行人", a.name], ["被执行人", c.respondent.name],
                                              ["案号", c.number], ["财产类型", ""], ["财产线索", ""], ["线索来源", ""],
                                              ["提供人签名", ""], ["日期", ""]],
                     [(3, "存款 / 应收款"), (4, clue[c.extra["story"]]), (5, "本人了解"), (6, c.agent),
                      (7, num_date(c.filed_on))], rng,
                     note="申请执行人应如实提供财产线索，提供虚假线索的，依法承担相应责任。")
    if code == "payment_account_confirmation":
        return _form("执行款收款账户确认书", [["案号", c.number], ["收款人（户名）", a.name], ["开户银行", ""],
                                             ["银行账号", ""], ["联系电话", ""], ["确认人签名", ""]],
                     [(2, c.extra["acct_bank"]), (3, c.extra["acct"]), (4, a.phone), (5, c.agent)], rng,
                     note="本人确认以上账户为接收本案执行款的唯一账户，因账户信息错误造成的损失由本人承担。")
    if code == "service_address_confirmation":
        return _form("送达地址确认书", [["案号", c.number], ["受送达人", a.name], ["送达地址", ""],
                                        ["手机号码", ""], ["是否同意电子送达", ""], ["受送达人签名", ""]],
                     [(2, c.extra["firm_addr"]), (3, c.agent_phone), (4, "同意 短信 微信"), (5, c.agent)], rng,
                     note="告知：确认的送达地址适用于执行程序，地址变更应及时书面告知法院，否则按原地址送达视为送达。")
    # property_declaration_form: the respondent's own hand
    r = c.respondent
    decl = {"feed": ("鹿角信用社存款约三千元", "自建房一栋（农村宅基地）", "小型渔船一条", f"鱼塘{c.extra.get('pond', '')}承包经营权"),
            "petro": ("建行云溪支行基本户，余额不详", "厂区土地房产（已抵押）", "叉车二台", "对下游客户应收账款"),
            "boat": ("工行城陵矶支行账户", "无", f"{c.extra.get('ship', '')}以外驳船二艘", "无")}[c.extra["story"]]
    return _form("被执行人财产申报表", [["被执行人", r.name], ["证件号码", r.id_number], ["银行存款", ""],
                                         ["房产、土地", ""], ["车辆、船舶", ""], ["其他财产", ""], ["申报人签名", ""],
                                         ["申报日期", ""]],
                 [(2, decl[0]), (3, decl[1]), (4, decl[2]), (5, decl[3]), (6, r.legal_rep or r.name),
                  (7, num_date(c.day(8)))], rng,
                 note="本人保证以上申报内容真实、完整，如有虚假愿承担法律责任。")

