"""The papers a 北仑 enforcement file receives from others: the lawyers' online filings (Word/WPS PDFs with the
watermark 仅供北仑法院立案使用 or the firm's name and electronic seals), the judgment of the 宁波中院, the awards
of the 宁波仲裁委员会 and of the 北仑区劳动人事争议仲裁委员会 with their certificates of effect, the 浙江非税收入
electronic receipt, ID and licence copies, 微法院 screens, and the court's forms the parties filled by hand."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date
from dossier.corpus.draw import INK, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_az_kit import A4H, A4W, SHORT, card, eseal, mark, note, phone, word_footer
from dossier.corpus.fonts import font

PAPERS = frozenset({"enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form",
                    "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
                    "payment_account_confirmation", "service_address_confirmation", "settlement_agreement"})
STAMP = "仅供北仑法院立案使用"


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return [_certificate(c, rng)]
    if code == "property_clue_form":
        return [_clues(c, rng)]
    if code == "fee_receipt":
        return [_e_receipt(c, rng)]
    if code == "identity_proof":
        return _identity(c, rng, "respondent" in served)
    if code == "power_of_attorney":
        return [_attorney(c, rng)]
    if code == "law_firm_letter":
        return [_firm_letter(c, rng)]
    if code == "lawyer_license":
        return [_license(c, rng)]
    if code == "payment_account_confirmation":
        return [_account(c, rng)]
    if code == "service_address_confirmation":
        return [_address(c, rng)]
    return _settlement(c, rng)


def _word(blocks: Sequence[Block], title: str, rng: random.Random, *, how: str = "upload", watermark: str = STAMP,
          size: int = 44, title_font: str = "hei", footer: str = "dash") -> list[Sheet]:
    """A lawyer's Word/WPS document: 黑体 title, 宋体 body, 2.54/3.17 cm margins, page numbers at the foot."""
    body = font("serif", size)
    left, right, top, bottom = mm(31.7), A4W - mm(31.7), mm(25.4), A4H - mm(30)
    sheets: list[Sheet] = []

    def more() -> tuple[Sheet, float]:
        s = mark(Sheet(), how, watermark)
        sheets.append(s)
        return s, top

    s, _ = more()
    s.centred(top + 20, title, font(title_font, 64), spacing=10)
    flow(s, blocks, body, x0=left, width=right - left, y=top + 150, line_height=size * 1.75, indent=size * 2,
         bottom=bottom, more=more)
    word_footer(sheets, footer)
    return sheets


def _end(s: Sheet, y: float, lines: Sequence[str], size: int = 44) -> float:
    for line in lines:
        s.right(A4W - mm(40), y, line, font("serif", size))
        y += size * 1.8
    return y


def _who(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    if a.kind == "organisation":
        app = [("f", f"申请执行人：{a.name}"), ("f", f"统一社会信用代码：{a.id_number}"), ("f", f"住所地：{a.address}"),
               ("f", f"法定代表人：{a.legal_rep}，职务：执行董事兼总经理")]
    else:
        app = [("f", f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族"),
               ("f", f"公民身份号码：{a.id_number}"), ("f", f"住址：{a.address}"), ("f", f"联系电话：{a.phone}")]
    return [*app, ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师"),
            ("f", f"被执行人：{r.name}"), ("f", f"统一社会信用代码：{r.id_number}"), ("f", f"住所地：{r.address}"),
            ("f", f"法定代表人：{r.legal_rep}")]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    story = str(c.extra["story"])
    why = {"mould": f"申请执行人与被执行人定作合同纠纷一案，经宁波市北仑区人民法院{c.extra.get('first', '')}民事判决，被执行人不服提起上诉，"
                    f"{c.basis_court}作出{c.basis_number}民事判决，驳回上诉，维持原判。判决已于{num_date(c.basis_effective)}"
                    "发生法律效力。申请执行人已按约交付压铸模具，被执行人至今未支付模具款。",
           "forwarder": f"申请执行人为被执行人进口货物办理订舱、报关及北仑港区提箱等货运代理事务，垫付海运费、港杂费、堆存费。"
                        f"因被执行人拖欠费用，申请执行人向宁波仲裁委员会申请仲裁，该会作出{c.basis_number}裁决书，"
                        "裁决已发生法律效力，被执行人未按期履行。",
           "worker": f"申请执行人原系被执行人压铸车间操作工，被执行人拖欠其工资及解除劳动合同经济补偿金。宁波市北仑区劳动人事争议"
                     f"仲裁委员会作出{c.basis_number}仲裁裁决，裁决书送达后被执行人未在法定期限内起诉，裁决已发生法律效力。"}[story]
    blocks: list[Block] = [*_who(c), ("f", "申请事项："),
                           ("p", f"1．请求强制执行被执行人支付{money(c.amount)}；"),
                           ("p", "2．请求被执行人加倍支付迟延履行期间的债务利息；"),
                           ("p", "3．本案执行费用由被执行人负担；"),
                           ("p", "4．如被执行人未按执行通知履行，请求对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
                           ("f", "事实与理由："), ("p", why),
                           ("p", "根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
                           ("f", "此致"), ("f", "宁波市北仑区人民法院")]
    sheets = _word(blocks, "强制执行申请书", rng)
    s = sheets[-1]
    y = _end(s, A4H - mm(80), [f"申请执行人：{c.applicant.name}", num_date(c.filed_on - timedelta(days=1))])
    if c.applicant.kind == "organisation":
        eseal(s, A4W - mm(75), y - 150, c.applicant.name, f"33020{rng.randint(60000000, 69999999)}")
    else:
        signature(s, A4W - mm(70), y - 200, c.applicant.name, rng)
    return sheets


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The judgment or award as its author printed it, the party's paper copy scanned at the window."""
    a, r = c.applicant, c.respondent
    story = str(c.extra["story"])
    if story == "mould":
        head, title, verdict = c.basis_court, "民 事 判 决 书", "判决如下："
        body: list[Block] = [
            ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
            ("f", f"被上诉人（原审原告）：{a.name}，{a.sex}，住{a.address}。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("p", f"上诉人{r.name}因与被上诉人{a.name}定作合同纠纷一案，不服浙江省宁波市北仑区人民法院{c.extra.get('first', '')}民事判决，"
                  "向本院提起上诉。本院立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
            ("p", f"{r.name}上诉请求：撤销原判，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人交付的压铸模具试模后存在粘模、"
                  "拉伤等质量缺陷，上诉人有权拒付尾款。"),
            ("p", f"{a.name}辩称，模具已经上诉人签字验收并投入批量生产，一审判决正确，请求驳回上诉。"),
            ("p", "本院经审理查明的事实与一审一致。本院认为，上诉人在模具验收单上签字确认“试模合格”，且已使用该模具生产铝合金"
                  "壳体逾万件，其关于质量缺陷的主张缺乏证据证明，本院不予支持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款"
                  "第一项之规定，判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", f"二审案件受理费{rng.randint(2000, 8000)}元，由上诉人{r.name}负担。"),
            ("p", "本判决为终审判决。"),
        ]
        sign = ["审 判 长  " + c.judge, "审 判 员  " + rng.choice(["周海燕", "陆晓东", "胡立新"]),
                "审 判 员  " + rng.choice(["应秀英", "竺明", "乐建国"])]
    elif story == "forwarder":
        head, title, verdict = c.basis_court, "裁 决 书", "裁决如下："
        body = [
            ("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
            ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"宁波仲裁委员会（以下简称仲裁委）根据申请人与被申请人签订的《货运代理协议》中的仲裁条款和申请人提交的仲裁申请，"
                  f"受理了双方之间的货运代理合同纠纷案，案号为{c.basis_number}。仲裁委依法组成独任仲裁庭，于"
                  f"{num_date(c.basis_effective - timedelta(days=30))}在宁波开庭审理了本案。本案现已审理终结。"),
            ("p", "申请人称：被申请人委托申请人办理其自韩国釜山、日本名古屋进口的塑料粒子等货物在宁波舟山港北仑港区、穿山港区的"
                  "清关、提箱、拖车及仓储事务，申请人垫付海运费、港杂费、堆存费、滞箱费，被申请人对账确认后未付款。"),
            ("p", "仲裁庭认为，双方之间的货运代理合同合法有效，申请人提交的对账单、提单、港区费用发票能相互印证，被申请人经合法通知"
                  "无正当理由未到庭，不影响仲裁庭依据查明的事实作出裁决。根据《中华人民共和国仲裁法》的规定，裁决如下："),
            ("p", f"（一）被申请人向申请人支付货运代理费用{money(c.amount)}；"),
            ("p", f"（二）本案仲裁费{rng.randint(3000, 9000)}元由被申请人承担；"),
            ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付完毕。本裁决为终局裁决，自作出之日起发生法律效力。"),
        ]
        sign = ["独任仲裁员  " + rng.choice(["孙海天", "毛春梅", "贺永福"])]
    else:
        head, title, verdict = c.basis_court, "仲 裁 裁 决 书", "裁决如下："
        body = [
            ("f", f"申请人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}。"),
            ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{num_date(c.basis_effective - timedelta(days=75))}受理后，"
                  "依法组成仲裁庭公开开庭进行了审理，本案现已审理终结。"),
            ("p", "申请人请求：被申请人支付拖欠的工资及解除劳动合同的经济补偿金。申请人称，其在被申请人处从事压铸件去毛刺、"
                  "打磨工作，被申请人自去年八月起以订单减少为由停发工资，后通知停工。"),
            ("p", "本委查明，申请人的考勤记录、工资条与被申请人提交的工资发放表能够相互印证，被申请人未足额支付劳动报酬的事实清楚。"
                  "依照《中华人民共和国劳动合同法》第三十条、第三十八条、第四十六条、第四十七条的规定，裁决如下："),
            ("p", f"被申请人{r.name}于本裁决书生效之日起五日内支付申请人{a.name}工资及经济补偿金合计{money(c.amount)}。"),
            ("p", "当事人如不服本裁决，可自收到本裁决书之日起十五日内向有管辖权的人民法院提起诉讼，期满不起诉的，本裁决书发生法律效力。"),
        ]
        sign = ["首席仲裁员  " + rng.choice(["邬建华", "林彩云"]), "仲 裁 员  " + rng.choice(["邱德胜", "范玉兰"]),
                "仲 裁 员  " + rng.choice(["虞振华", "俞海燕"])]
    del verdict
    f = font("ming", 42)
    left, right, top, bottom = mm(28), A4W - mm(27), mm(32), A4H - mm(28)
    sheets: list[Sheet] = []

    def more() -> tuple[Sheet, float]:
        s = mark(Sheet(), "scan")
        sheets.append(s)
        return s, top

    s, _ = more()
    s.centred(top, head, font("serif_bold", 58), spacing=4)
    s.centred(top + 100, title, font("serif_bold", 70), spacing=18)
    s.right(right, top + 210, c.basis_number, f)
    y = flow(s, body, f, x0=left, width=right - left, y=top + 300, line_height=76, indent=84, bottom=bottom, more=more)
    s = sheets[-1]
    if y + 76 * (len(sign) + 3) > bottom:
        s, y = more()
    y += 50
    for line in sign:
        s.right(right - 80, y, line, f)
        y += 72
    done = c.basis_effective - timedelta(days=rng.randint(15, 30))
    s.right(right - 80, y + 10, cn_date(done), f)
    seal(s, right - 230, y - 20, head if story != "worker" else "宁波市北仑区劳动人事争议仲裁委员会", rng)
    s.text(left, y + 110, "本件与原本核对无异", font("serif", 38))
    s.right(right - 80, y + 160, "书 记 员  " + rng.choice(["董晓", "竺立", "金文斌"]), f)
    for k, sh in enumerate(sheets):
        sh.right(right, A4H - mm(18), f"第{k + 1}页（共{len(sheets)}页）", font("serif", 30))
        if len(sheets) > 1:
            sh.page_of = (k + 1, len(sheets))
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    s = mark(Sheet(), "scan")
    worker = c.extra["story"] == "worker"
    body = font("serif", 44)
    top = mm(50)
    s.centred(top, c.basis_court, font("serif_bold", 58))
    s.centred(top + 110, "裁决书生效证明" if worker else "生 效 证 明", font("serif_bold", 72), spacing=12)
    text = (f"{c.applicant.name}与{c.respondent.name}劳动争议一案，本委于{num_date(c.basis_effective - timedelta(days=20))}作出"
            f"{c.basis_number}仲裁裁决书，该裁决书已依法送达双方当事人。双方当事人在法定期限内均未向人民法院提起诉讼，"
            f"该裁决书已于{num_date(c.basis_effective)}发生法律效力。" if worker else
            f"本会受理的{c.applicant.name}与{c.respondent.name}货运代理合同纠纷一案，已于"
            f"{num_date(c.basis_effective - timedelta(days=10))}作出{c.basis_number}裁决书，依法送达双方当事人。该裁决为终局裁决，"
            f"自作出之日起发生法律效力。截至本证明出具之日，本会未收到人民法院撤销或不予执行该裁决的裁定。")
    y = flow(s, [("p", text), ("p", "特此证明。")], body, x0=mm(30), width=A4W - mm(60), y=top + 300, line_height=80,
             indent=88)
    s.right(A4W - mm(40), y + 160, c.basis_court if not worker else "宁波市北仑区劳动人事争议仲裁院", body)
    when = c.basis_effective + timedelta(days=rng.randint(5, 25))
    s.right(A4W - mm(40), y + 250, cn_date(when), body)
    seal(s, A4W - mm(80), y + 200, "宁波市北仑区劳动人事争议仲裁委员会" if worker else c.basis_court, rng)
    s.text(mm(30), A4H - mm(50), f"（本证明仅用于{c.applicant.name}申请强制执行）", font("serif", 36))
    return s


def _clues(c: CaseCtx, rng: random.Random) -> Sheet:
    """The court's own clue form, typed in by the lawyer in WPS and uploaded."""
    s = mark(Sheet(), "upload", c.firm)
    s.centred(mm(22), SHORT, font("hei", 46))
    s.centred(mm(22) + 74, "被执行人可供执行财产线索表", font("hei", 60), spacing=4)
    f = font("serif", 36)
    w = A4W - mm(40)
    r = c.respondent
    rows = [["被执行人", r.name], ["证照号码", r.id_number], ["住所地", r.address],
            ["银行账户", f"{c.extra['bank']}（基本户，账号见开户许可证复印件）"],
            ["车辆", f"浙B{rng.randint(10000, 99999)}（重型半挂牵引车，登记于被执行人名下）" if rng.random() < 0.6 else "不详"],
            ["应收款项", "被执行人对北仑港区客户有应收账款，具体以查控为准" if c.extra["story"] == "forwarder" else
             "被执行人向宁波某汽车零部件企业供货，存在应收货款"],
            ["不动产", "不详"], ["其他线索", "被执行人在宁波保税区仓库存有货物" if c.extra["story"] == "forwarder" else "厂区内设备"],
            ["提供人", f"{c.applicant.name}（代理人{c.agent}）"], ["提供日期", num_date(c.filed_on - timedelta(days=1))]]
    table(s, mm(20), mm(22) + 180, [w * 0.22, w * 0.78], rows, f, row_h=[100, 100, 120, 130, 130, 160, 100, 130, 100, 100],
          centre_first=True)
    s.text(mm(20), A4H - mm(40), "提供人承诺所填线索真实，如提供虚假线索，愿承担相应法律责任。", f)
    return s


def _e_receipt(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 浙江省政府非税收入统一票据（电子）for the fees paid on the original case, born digital."""
    s = mark(Sheet(size=(A4W, A4H // 2 + 200)), "upload")
    f = font("sans", 34)
    s.centred(60, "浙江省政府非税收入统一票据（电子）", font("sans_bold", 52), fill=(150, 60, 40))
    s.line(mm(30), 140, A4W - mm(30), 140, width=2, fill=(150, 60, 40))
    paid = c.basis_effective - timedelta(days=rng.randint(90, 200))
    s.text(mm(16), 170, f"票据代码：33060{rng.randint(100, 399)}    票据号码：{rng.randint(10**9, 10**10 - 1)}", f)
    s.text(mm(16), 220, f"交款人：{c.applicant.name}    开票日期：{paid:%Y-%m-%d}    校验码：{rng.randint(10**5, 10**6 - 1)}", f)
    story = c.extra["story"]
    fee = rng.randint(2000, 9000) if story != "worker" else 50
    item = {"forwarder": "仲裁费", "mould": "案件受理费"}.get(str(story), "申请执行费（预交）")
    payer_unit = "宁波仲裁委员会" if story == "forwarder" else "宁波市北仑区人民法院"
    ref = {"forwarder": c.basis_number, "mould": str(c.extra.get("first", ""))}.get(str(story), c.number)
    w = A4W - mm(32)
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            [f"0{rng.randint(10000, 99999)}", item, "件", "1", f"{fee}.00", f"{fee}.00"],
            ["金额合计（大写）", money_caps(Decimal(fee)), "", "", "（小写）", f"{fee}.00"]]
    table(s, mm(16), 290, [w * 0.16, w * 0.26, w * 0.08, w * 0.08, w * 0.16, w * 0.26], rows, f, row_h=86, width=1,
          fill=(150, 60, 40))
    s.text(mm(16), 580, f"备注：案号 {ref}", f)
    s.text(mm(16), 640, f"收款单位（章）：{payer_unit}      复核人：{c.clerk}      收款人：系统", f)
    eseal(s, A4W - mm(45), 720, "浙江省财政厅票据监制章", f"{rng.randint(10**11, 10**12 - 1)}", radius=mm(15))
    s.text(mm(16), 720, "本票据由浙江省财政电子票据系统生成，可登录浙江政务服务网查验真伪。", font("sans", 28), fill=(110, 110, 110))
    return s


def _identity(c: CaseCtx, rng: random.Random, respondent: bool) -> list[Sheet]:
    if respondent:  # the 国家企业信用信息公示系统 page, screenshotted by the lawyer
        r = c.respondent
        s, y = phone(rng, "国家企业信用信息公示系统")
        y = card(s, y + 10, [("企业名称", r.name), ("统一社会信用代码", r.id_number), ("法定代表人", r.legal_rep),
                             ("登记状态", "存续（在营、开业、在册）"), ("类型", "有限责任公司（自然人投资或控股）"),
                             ("成立日期", f"{rng.randint(2005, 2019)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"),
                             ("住所", r.address), ("登记机关", "宁波市北仑区市场监督管理局")], title="营业执照信息")
        note(s, y + 20, "信息来源：国家企业信用信息公示系统（浙江）")
        return [s]
    a = c.applicant
    if a.kind == "organisation":
        lic = mark(Sheet(), "scan")
        lic.box(mm(15), mm(15), A4W - mm(15), A4H - mm(110), width=10, outline=(170, 120, 60))
        lic.centred(mm(40), "营 业 执 照", font("serif_bold", 96), spacing=30)
        lic.centred(mm(40) + 140, "（副  本）", font("serif", 44))
        f = font("serif", 40)
        rows = [("统一社会信用代码", a.id_number), ("名　　称", a.name), ("类　　型", "有限责任公司（自然人投资或控股）"),
                ("法定代表人", a.legal_rep), ("经营范围", "承办海运、空运进出口货物的国际运输代理业务；无船承运业务；报关业务；"
                                                    "普通货物仓储服务"), ("住　　所", a.address)]
        y = mm(40) + 280
        for k, v in rows:
            lic.text(mm(30), y, k, f)
            from dossier.corpus.draw import wrap

            for i, part in enumerate(wrap(v, f, A4W - mm(110))):
                lic.text(mm(75), y + i * 58, part, f)
            y += 58 * max(1, len(wrap(v, f, A4W - mm(110)))) + 40
        lic.right(A4W - mm(30), A4H - mm(128), "登记机关  宁波市北仑区市场监督管理局", f)
        seal(lic, A4W - mm(70), A4H - mm(132), "宁波市北仑区市场监督管理局", rng)
        lic.text(mm(25), A4H - mm(90), "复印件与原件一致", font("kai", 56), fill=(25, 25, 28))
        seal(lic, mm(90), A4H - mm(70), a.name, rng)
        cert = _word([("p", f"{a.legal_rep}在我单位任执行董事兼总经理职务，系我单位的法定代表人。"), ("p", "特此证明。"),
                      ("f", f"附：法定代表人住址：宁波市北仑区{rng.choice(['长江路', '岷山路', '华山路'])}{rng.randint(10, 999)}号"),
                      ("f", f"统一社会信用代码：{a.id_number}")], "法定代表人身份证明书", rng, how="upload", watermark="")
        y = _end(cert[0], mm(150), [f"单位：{a.name}", num_date(c.filed_on - timedelta(days=3))])
        eseal(cert[0], A4W - mm(80), y - 140, a.name, f"33020{rng.randint(60000000, 69999999)}")
        cert[0].starts_document = True  # its own title: a document of its own within the identity papers
        return [lic, *cert]
    s = mark(Sheet(), "scan")
    _id_card(s, c, rng, mm(45), mm(40))
    s.text(mm(30), mm(228), "本复印件仅供宁波市北仑区人民法院执行立案使用，再复印无效。", font("kai", 44))
    hand(s, mm(100), mm(245), a.name, rng, size=64, ink=INK)
    return [s]


def _id_card(s: Sheet, c: CaseCtx, rng: random.Random, x: float, y: float) -> None:
    a = c.applicant
    w, h = mm(120), mm(76)
    f = font("hei", 34)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=30, outline=(90, 90, 90), width=3, fill=(236, 240, 244))
    rows = [f"姓名  {a.name}", f"性别  {a.sex}    民族  汉", f"出生  {a.born.year if a.born else 1980}年"
            f"{a.born.month if a.born else 1}月{a.born.day if a.born else 1}日", "住址  " + a.address[:14], "      " + a.address[14:]]
    for k, t in enumerate(rows):
        s.text(x + 40, y + 40 + k * 62, t, f)
    s.text(x + 40, y + h - 90, f"公民身份号码  {a.id_number}", font("hei", 38))
    s.draw.rectangle((x + w - mm(36), y + mm(10), x + w - mm(8), y + mm(46)), fill=(160, 160, 165))
    y2 = y + h + mm(18)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=30, outline=(90, 90, 90), width=3, fill=(236, 240, 244))
    s.centred(y2 + 90, "中华人民共和国", font("hei", 56), x0=x, x1=x + w, spacing=6)
    s.centred(y2 + 190, "居 民 身 份 证", font("hei", 64), x0=x, x1=x + w, spacing=8)
    issued = c.filed_on - timedelta(days=rng.randint(400, 3000))
    office = {"341222": "太和县公安局", "511623": "邻水县公安局", "522427": "威宁县公安局"}.get(a.id_number[:6], "宁波市公安局北仑分局")
    s.text(x + 40, y2 + h - 140, "签发机关  " + office, f)
    s.text(x + 40, y2 + h - 80, f"有效期限  {issued:%Y.%m.%d}-{issued.year + 20}.{issued:%m.%d}", f)


def _attorney(c: CaseCtx, rng: random.Random) -> Sheet:
    a = c.applicant
    s = _word([("f", f"委托人：{a.name}"), ("f", f"{'统一社会信用代码' if a.kind == 'organisation' else '公民身份号码'}：{a.id_number}"),
               ("f", f"受托人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}"),
               ("p", f"现委托上列受托人在委托人与{c.respondent.name}申请执行一案中，作为委托人的代理人。"),
               ("f", "代理权限为：特别授权，包括代为提出执行申请、提供财产线索、签收法律文书、参与执行和解、代为收取及转交执行款、"
                     "申请终结本次执行程序、申请撤回执行。"),
               ("f", "代理期限：自本委托书签署之日起至本案执行终结时止。")], "授权委托书", rng, watermark=c.firm)[0]
    y = _end(s, A4H - mm(90), ["委托人（签章）：", f"{c.filed_on - timedelta(days=4):%Y年%m月%d日}"])
    if a.kind == "organisation":
        eseal(s, A4W - mm(70), y - 160, a.name, f"33020{rng.randint(60000000, 69999999)}")
    else:
        signature(s, A4W - mm(75), y - 210, a.name, rng)
    s.page_of = None
    return s


def _firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    s = mark(Sheet(), "upload", c.firm)
    s.centred(mm(28), c.firm, font("serif_bold", 66), fill=(200, 30, 35), spacing=6)
    s.line(mm(25), mm(28) + 110, A4W - mm(25), mm(28) + 110, width=5, fill=(200, 30, 35))
    s.centred(mm(28) + 150, "律 师 事 务 所 函", font("hei", 64), spacing=6)
    s.right(A4W - mm(30), mm(28) + 260, f"甬{c.firm[2:4]}律执字〔{c.filed_on.year}〕第{rng.randint(10, 300)}号", font("serif", 40))
    blocks: list[Block] = [("f", "宁波市北仑区人民法院："),
                           ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}"
                                 f"申请执行一案的委托代理人。{'本案系法律援助案件，经宁波市北仑区法律援助中心指派。' if c.extra['story'] == 'worker' else ''}"),
                           ("p", "特此函告。"), ("f", "附：授权委托书一份")]
    y = flow(s, blocks, font("serif", 44), x0=mm(31), width=A4W - mm(62), y=mm(28) + 360, line_height=80, indent=88)
    s.right(A4W - mm(40), y + 200, c.firm, font("serif", 44))
    s.right(A4W - mm(40), y + 290, num_date(c.filed_on - timedelta(days=2)), font("serif", 44))
    eseal(s, A4W - mm(85), y + 230, c.firm, f"3302{rng.randint(10**9, 10**10 - 1)}")
    s.text(mm(31), A4H - mm(40), f"地址：宁波市北仑区{rng.choice(['明州路', '太河路', '长江路'])}{rng.randint(100, 900)}号   电话：0574-8{rng.randint(1000000, 9999999)}",
           font("serif", 32))
    return s


def _license(c: CaseCtx, rng: random.Random) -> Sheet:
    s = mark(Sheet(), "scan")
    x, y, w, h = mm(35), mm(40), A4W - mm(70), mm(100)
    s.box(x, y, x + w, y + h, width=4)
    s.centred(y + 60, "中华人民共和国律师执业证", font("serif_bold", 60), x0=x, x1=x + w)
    f = font("serif", 40)
    s.draw.rectangle((x + 60, y + 180, x + 60 + mm(30), y + 180 + mm(40)), fill=(175, 175, 178))
    rows = [f"持证人  {c.agent}", f"执业机构  {c.firm}", "执业证类别  专职律师",
            f"执业证号  1330220{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}",
            f"法律职业资格证号  A20{rng.randint(10, 18)}33{rng.randint(10**9, 10**10 - 1)}",
            "发证机关  浙江省司法厅", f"发证日期  {rng.randint(2012, 2022)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]
    for k, t in enumerate(rows):
        s.text(x + 60 + mm(38), y + 180 + k * 70, t, f)
    seal(s, x + w - 200, y + h - 160, "浙江省司法厅", rng)
    s.text(x, y + h + 60, "律师年度考核备案：", font("serif", 40))
    s.text(x, y + h + 130, f"{c.filed_on.year - 1}年度  称职   宁波市北仑区司法局", font("serif", 40))
    hand(s, x, y + h + 260, "与原件核对一致  " + c.agent, rng, size=44)
    return s


def _court_form(title: str, c: CaseCtx, how: str) -> tuple[Sheet, float]:
    s = mark(Sheet(), how)
    s.centred(mm(24), SHORT, font("sans_bold", 46))
    s.centred(mm(24) + 76, title, font("sans_bold", 62), spacing=8)
    s.text(mm(22), mm(24) + 180, f"案号：{c.number}", font("sans", 36))
    return s, mm(24) + 240


def _account(c: CaseCtx, rng: random.Random) -> Sheet:
    """The window's 收取案款确认书, filled in by hand and scanned."""
    s, y = _court_form("申请执行人收取案款确认书", c, "scan")
    f = font("sans", 36)
    w = A4W - mm(44)
    rows = [["收款人（户名）", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""],
            ["确认事项", "本人（单位）确认以上账户为收取本案执行案款的账户。账户信息变更的，应书面告知法院；因提供账户错误造成的"
                         "损失由本人（单位）承担。案款不得发放至代理人个人账户，特别授权的除外。"]]
    table(s, mm(22), y, [w * 0.26, w * 0.74], rows, f, row_h=[110, 110, 110, 110, 300], centre_first=True)
    x = mm(22) + w * 0.28
    hand(s, x, y + 30, c.applicant.name, rng, size=44)
    hand(s, x, y + 140, str(c.extra["bank"]), rng, size=44)
    hand(s, x, y + 250, str(c.extra["account"]), rng, size=44)
    hand(s, x, y + 360, c.applicant.phone if c.applicant.kind == "person" else c.agent_phone, rng, size=44)
    s.text(mm(22), y + 800, "申请执行人（签名或盖章）：", f)
    if c.applicant.kind == "organisation":
        seal(s, mm(130), y + 820, c.applicant.name, rng)
    else:
        signature(s, mm(110), y + 780, c.applicant.name, rng)
    hand(s, A4W - mm(80), y + 900, num_date(c.filed_on), rng, size=42)
    return s


def _address(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 送达地址确认书: the forwarder's lawyer confirms it on 微法院 (a screenshot), the others on paper."""
    a = c.applicant
    if c.extra["story"] == "mould":
        s, y = phone(rng, "送达地址确认")
        y = card(s, y + 10, [("案号", c.number), ("受送达人", a.name), ("手机号码", a.phone),
                             ("送达地址", a.address), ("电子送达", "同意（浙江移动微法院、短信、电子邮箱）"),
                             ("代收人", f"{c.agent}（{c.firm}）")], title="送达地址确认书")
        y = note(s, y, "本人已阅读送达地址确认须知，确认上述地址真实有效；地址变更未告知的，文书按上述地址送达即视为送达。") - 100
        s.draw.rounded_rectangle((76, y + 160, s.width - 76, y + 280), radius=60, fill=(24, 110, 230))
        s.centred(y + 195, "已确认  " + f"{c.filed_on:%Y-%m-%d}", font("sans_bold", 44), fill=(255, 255, 255))
        return s
    s, y = _court_form("送达地址确认书", c, "scan")
    f = font("sans", 34)
    w = A4W - mm(44)
    rows = [["告知事项", "为便于当事人及时收到诉讼文书，保证执行程序顺利进行，当事人应当如实提供确切的送达地址。确认的送达地址适用于"
                         "执行程序；送达地址变更的，应及时书面告知本院。"],
            ["受送达人", a.name], ["送达地址", ""], ["手机号码", ""], ["是否同意电子送达", "□ 同意    □ 不同意"],
            ["受送达人确认", "我已读知上述告知事项，保证所提供的送达地址真实有效。"]]
    table(s, mm(22), y, [w * 0.26, w * 0.74], rows, f, row_h=[240, 100, 140, 100, 110, 220], centre_first=True)
    x = mm(22) + w * 0.28
    hand(s, x, y + 370, a.address[:20], rng, size=40)
    hand(s, x, y + 480, a.phone if a.kind == "person" else c.agent_phone, rng, size=42)
    hand(s, x + 10, y + 583, "√", rng, size=40, record=False)
    if a.kind == "organisation":
        seal(s, A4W - mm(70), y + 780, a.name, rng)
    else:
        signature(s, A4W - mm(90), y + 740, a.name, rng)
    hand(s, A4W - mm(90), y + 830, num_date(c.filed_on), rng, size=40)
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 执行和解协议 typed at the court and signed by both sides at the table: scanned paper."""
    a, r = c.applicant, c.respondent
    first = (c.amount * 6 / 10).quantize(Decimal("1"))
    rest = c.amount - first
    d1, d2 = c.day(rng.randint(30, 38)), c.day(rng.randint(50, 58))
    blocks: list[Block] = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
                           ("f", f"法定代表人：{r.legal_rep}"),
                           ("p", f"甲乙双方就{c.number}执行一案，经宁波市北仑区人民法院主持，自愿达成如下和解协议："),
                           ("p", f"一、乙方确认尚欠甲方{money(c.amount)}，分两期支付："
                                 f"{num_date(d1)}前支付{first:,.2f}元，{num_date(d2)}前支付{rest:,.2f}元，均汇入法院执行款专户。"),
                           ("p", "二、乙方按期足额付清上述款项的，甲方放弃迟延履行期间的债务利息，并同意法院解除对乙方银行账户的冻结。"),
                           ("p", "三、乙方任何一期未按期足额支付的，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除。"),
                           ("p", "四、本协议一式三份，甲乙双方各执一份，交法院附卷一份，自双方签字盖章之日起生效。")]
    sheets = _word(blocks, "执行和解协议", rng, how="scan", watermark="", size=42, title_font="serif_bold", footer="plain")
    s = sheets[-1]
    y = A4H - mm(95)
    f = font("serif", 42)
    s.text(mm(32), y, "甲方（签章）：", f)
    s.text(A4W / 2 + 20, y, "乙方（签章）：", f)
    if a.kind == "organisation":
        seal(s, mm(95), y + 40, a.name, rng)
    else:
        signature(s, mm(80), y - 10, a.name, rng)
    seal(s, A4W / 2 + mm(60), y + 40, r.name, rng)
    signature(s, A4W / 2 + mm(40), y + 90, r.legal_rep, rng)
    s.text(mm(32), y + 200, f"签订日期：{num_date(c.day(rng.randint(24, 29)))}    签订地点：宁波市北仑区人民法院执行局调解室", font("serif", 36))
    return sheets
