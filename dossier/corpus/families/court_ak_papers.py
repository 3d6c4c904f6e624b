"""The papers court_ak's bureau receives, each in its author's style and stamped with the court's violet 收件章: the
lawyers' applications and 所函, the bases (北京铁路运输中级法院's 二审 judgment, this court's own judgment, a 劳动人事
争议仲裁委员会's award) with their 生效证明, 铁路货票 and 运单 copies and a 车务段's 证明 as evidence, licence and ID card
copies, the 执行费 receipt, the 查控 system's printouts and the bank's, 不动产登记中心's and 车管所's replies, the
bank's 回单 and the parties' settlement."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_ak import (
    APPEAL,
    COURT,
    LABOUR,
    LEFT,
    RIGHT,
    STATION_GROUP,
    H,
    Paper,
    W,
    basis_name,
    cause,
    colour,
    fee,
    received,
    story,
)
from dossier.corpus.fonts import font

Papers = Callable[[CaseCtx, random.Random, str], list[Sheet]]


def _typed(c: CaseCtx, rng: random.Random, title: str, blocks: list[tuple[str, str]], *, face: str = "sans",
           size: int = 38, stamp_day: int = 0) -> Paper:
    """A lawyer's typed paper: its own face, no court head, the 收件章 on the first sheet."""
    p = Paper()
    p.s.centred(mm(28), title, font("hei", 58), spacing=6)
    p.y = mm(28) + 130
    p.y = flow(
        p.s, blocks, font(face, size), x0=LEFT - mm(8), width=W - LEFT - RIGHT + mm(16), y=p.y, line_height=size * 1.7,
        indent=size * 2, bottom=H - mm(30), more=p.add)
    received(p.sheets[0], c.day(stamp_day), rng)
    return p


def _application(c: CaseCtx, rng: random.Random, note: str) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    who = [("f", f"申请执行人：{a.name}"), ("f", f"住所地：{a.address}")]
    if a.legal_rep:
        who.append(("f", f"法定代表人：{a.legal_rep}"))
    else:
        who.append(("f", f"公民身份号码：{a.id_number}　联系电话：{a.phone}"))
    who += [("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
            ("f", f"被执行人：{r.name}"), ("f", f"住所地：{r.address}"), ("f", f"法定代表人：{r.legal_rep}"),
            ("f", f"统一社会信用代码：{r.id_number}")]
    facts = {
        "freight": f"申请人与被执行人铁路货物运输合同纠纷一案，经{COURT}{c.extra.get('first', '')}民事判决、{basis_name(c)}"
                   f"二审判决，被执行人应支付申请人运费、延期使用货车费及违约金共计{money(c.amount)}。判决已于{cn_date(c.basis_effective)}"
                   "发生法律效力，被执行人至今分文未付。申请人承运被执行人发往唐山、天津港的煤炭，铁路货票及运单附后。",
        "wage": f"申请人自{c.filed_on.year - 2}年起在被执行人承包的铁路线路大修工程中从事劳务工作，被执行人拖欠工资。"
                f"{LABOUR}作出{c.basis_number}裁决书，裁决被执行人支付申请人工资{money(c.amount)}，该裁决已发生法律效力，被执行人未履行。",
        "damage": "",
    }[story(c)]
    asks = [("p", f"一、依法强制执行被执行人支付{money(c.amount)}；"), ("p", "二、被执行人加倍支付迟延履行期间的债务利息；"),
            ("p", "三、对被执行人及其法定代表人限制高消费，并纳入失信被执行人名单；"), ("p", "四、执行费用由被执行人负担。")]
    p = _typed(c, rng, "强制执行申请书", [*who, ("f", "申请事项："), *asks, ("f", "事实与理由："), ("p", facts),
                                      ("p", f"为维护申请人的合法权益，特依据{'《中华人民共和国劳动争议调解仲裁法》第五十一条及' if story(c) == 'wage' else ''}"
                                            "《中华人民共和国民事诉讼法》第二百四十七条之规定，向贵院申请强制执行。"),
                                      ("f", "此致"), ("f", COURT)])
    p.room(260)
    s = p.s
    y = p.y + 40
    s.text(W / 2, y, "申请人：", font("sans", 38))
    if a.kind == "organisation":
        seal(s, W / 2 + mm(44), y + 20, a.name, rng)
    else:
        signature(s, W / 2 + mm(22), y - 10, a.name, rng)
    s.text(W / 2, y + 90, num_date(c.filed_on - timedelta(days=2)), font("sans", 38))
    return p.done()


def _resumption_application(c: CaseCtx, rng: random.Random, note: str) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    p = _typed(c, rng, "恢复执行申请书", [
        ("f", f"申请人：{a.name}，住所地{a.address}"), ("f", f"法定代表人：{a.legal_rep}"),
        ("f", f"被申请人：{r.name}，住所地{r.address}"),
        ("f", "请求事项："), ("p", f"请求恢复对{basis_name(c)}的执行，执行尚未履行的货损赔偿款{money(c.amount)}及迟延履行期间的债务利息。"),
        ("f", "事实与理由："),
        ("p", f"贵院在执行{c.previous_number}一案中，因未发现被执行人可供执行的财产，裁定终结本次执行程序。近期申请人发现：一、被执行人名下登记有"
              f"轻型厢式货车一辆（号牌{c.extra.get('plate', '')}），仍在其货场使用；二、被执行人为{STATION_GROUP}{c.extra['station']}"
              "管内专用线提供装卸服务，对其有应收服务费，该站段出具的证明附后。"),
        ("p", "上述财产足以清偿本案债务，申请人依据《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，申请恢复执行。"),
        ("f", "此致"), ("f", COURT)], face="serif")
    p.room(420)
    s = p.s
    s.text(W / 2, p.y + 40, "申请人（盖章）：", font("serif", 38))
    seal(s, W / 2 + mm(50), p.y + 60, a.name, rng)
    s.text(W / 2, p.y + 130, num_date(c.filed_on - timedelta(days=3)), font("serif", 38))
    s.text(LEFT, p.y + 230, "承办人意见：", font("serif", 34))
    hand(s, LEFT + mm(40), p.y + 222, f"线索属实，拟恢复执行。{c.officer}", rng, size=40)
    signature(s, LEFT + mm(140), p.y + 300, c.officer, rng)
    return p.done()


def _waybill(c: CaseCtx, rng: random.Random, k: int) -> Sheet:
    """A photocopy of a 铁路货票 (丙联): the grid form, pink paper gone grey in the copy."""
    s = colour(Sheet(paper=(250, 236, 238)))
    s.starts_document = k > 0
    s.centred(mm(18), f"{STATION_GROUP}", font("sans", 40))
    s.centred(mm(18) + 64, "铁 路 货 票", font("hei", 66), spacing=10)
    s.right(W - mm(20), mm(18) + 80, f"丙联  No.{rng.randint(10000000, 99999999)}", font("mono", 34))
    wagons = [f"C70{rng.randint(1000000, 1999999)}" for _ in range(rng.randint(2, 4))]
    tons = [rng.randint(66, 70) for _ in wagons]
    rows = [["发站", rng.choice(["石家庄南", "藁城", "正定"]), "到站", rng.choice(["唐山南", "天津港", "曹妃甸南"])],
            ["托运人", c.respondent.name if story(c) == "freight" else c.applicant.name, "收货人", rng.choice(["唐山丰润热电有限公司", "天津港煤炭码头有限公司"])],
            ["货物名称", "煤炭" if story(c) == "freight" else "热轧钢卷", "件数/重量", f"{len(wagons)}车 / {sum(tons)}吨"],
            ["车种车号", " ".join(wagons), "运单号", f"{rng.randint(1000000000, 9999999999)}"],
            ["运费", f"{sum(tons) * rng.randint(82, 110):,}.00", "承运日期", num_date(c.filed_on - timedelta(days=400 - 30 * k))],
            ["记事", "运费到付，由托运人结算" if story(c) == "freight" else "到站发现钢卷锈蚀、包装破损，已编制货运记录"]]
    x = mm(16)
    table(s, x, mm(18) + 170, [mm(30), mm(62), mm(30), W - 2 * x - mm(122)], rows, font("sans", 32), row_h=120,
          centre_first=True, fill=(120, 60, 70))
    s.text(x, mm(18) + 170 + 120 * 6 + 30, "经办人：" + person_name(rng) + "　　承运人章：", font("sans", 30))
    seal(s, W - mm(70), mm(18) + 170 + 120 * 6 + 60, f"{rng.choice(['石家庄南站', '藁城站'])}货运专用章", rng, radius=mm(16))
    hand(s, mm(30), mm(18) + 170 + 120 * 6 + 180, "与原件核对无异", rng, size=44, ink=(30, 30, 30))
    signature(s, mm(120), mm(18) + 170 + 120 * 6 + 180, c.agent, rng)
    return s


def _evidence(c: CaseCtx, rng: random.Random, note: str) -> list[Sheet]:
    if note == "station":
        p = Paper()
        s = p.s
        name = f"{STATION_GROUP}{c.extra['station']}"
        s.centred(mm(30), "证　　明", font("hei", 66), spacing=10)
        p.y = mm(30) + 150
        p.flow([("p", f"兹证明，{c.respondent.name}自{c.filed_on.year - 2}年起在我{'段' if '段' in name else '站'}管内专用线从事货物装卸服务，"
                      f"按月与我单位结算装卸服务费。截至{num_date(c.filed_on - timedelta(days=12))}，我单位应付该公司装卸服务费人民币"
                      f"{int(c.amount * 2 / 3):,}元，尚未支付。"),
                ("p", "该公司现仍使用其名下轻型厢式货车在专用线货场内作业。"),
                ("p", "特此证明。"), ("f", f"（本证明仅供{COURT}执行案件使用）")])
        s.right(W - RIGHT - mm(8), p.y + 80, name, font("song_gb", 40))
        s.right(W - RIGHT - mm(8), p.y + 160, num_date(c.filed_on - timedelta(days=10)), font("song_gb", 40))
        seal(s, W - RIGHT - mm(40), p.y + 110, name, rng)
        received(s, c.filed_on, rng)
        return p.done()
    sheets = [_waybill(c, rng, k) for k in range(rng.randint(2, 3))]
    received(sheets[0], c.filed_on, rng)
    return sheets


def _basis(c: CaseCtx, rng: random.Random, note: str) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    kind = story(c)
    p = Paper()
    s = p.s
    if kind == "wage":
        s.centred(mm(28), LABOUR, font("serif_bold", 58))
        s.centred(mm(28) + 110, "裁　决　书", font("serif_bold", 70), spacing=6)
        p.y = mm(28) + 230
        s.right(W - RIGHT, p.y, c.basis_number, font("serif", 38))
        p.y += 90
        blocks = [("f", f"申请人：{a.name}，{a.sex}，{cn_date(a.born) if a.born else ''}出生，住{a.address}，公民身份号码{a.id_number}。"),
                  ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
                  ("p", f"申请人与被申请人劳动报酬争议一案，本委于{cn_date(c.basis_effective - timedelta(days=80))}受理，依法组成仲裁庭公开开庭审理。本案现已审理终结。"),
                  ("p", f"申请人请求：被申请人支付拖欠的{c.filed_on.year - 2}年3月至{c.filed_on.year - 1}年1月工资。"),
                  ("p", f"经审理查明：被申请人系{STATION_GROUP}{c.extra.get('section', '')}线路大修工程的劳务分包单位。申请人经工长招用，"
                        "在京广线石家庄段从事线路大修劳务作业，按日计酬。工程结束后，被申请人出具工资欠条，确认欠付申请人工资，至今未付。"),
                  ("p", "本委认为，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。被申请人对欠付工资数额无异议，本委予以确认。"
                        "依照《中华人民共和国劳动合同法》第三十条、第八十五条，《中华人民共和国劳动争议调解仲裁法》第四十七条的规定，裁决如下："),
                  ("p", f"被申请人{r.name}于本裁决生效之日起五日内支付申请人{a.name}工资{money(c.amount)}。"),
                  ("p", "本裁决为终局裁决，自作出之日起发生法律效力。被申请人有证据证明本裁决有法定情形之一的，可以自收到本裁决书之日起三十日内"
                        "向仲裁委员会所在地的中级人民法院申请撤销裁决。")]
        p.flow(blocks, 40, 72)
        p.room(400)
        for k, who in enumerate(["仲裁员", "书记员"]):
            p.s.right(W - RIGHT - mm(10), p.y + 40 + k * 72, f"{who}　{person_name(rng)}", font("serif", 38))
        p.s.right(W - RIGHT - mm(10), p.y + 200, cn_date(c.basis_effective - timedelta(days=16)), font("serif", 38))
        seal(p.s, W - RIGHT - mm(40), p.y + 200, LABOUR, rng)
        received(p.sheets[0], c.filed_on, rng)
        return p.done()
    court = APPEAL if kind == "freight" else COURT
    s.centred(mm(28), court, font("serif_bold", 60), spacing=4)
    s.centred(mm(28) + 110, "民 事 判 决 书", font("serif_bold", 70), spacing=4)
    p.y = mm(28) + 230
    s.right(W - RIGHT, p.y, c.basis_number, font("serif", 38))
    p.y += 90
    if kind == "freight":
        blocks = [("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，经理。"),
                  ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，执行董事。"),
                  ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                  ("p", f"上诉人{r.name}因与被上诉人{a.name}铁路货物运输合同纠纷一案，不服{COURT}{c.extra.get('first', '')}民事判决，"
                        "向本院提起上诉。本院于立案后依法组成合议庭审理了本案。本案现已审理终结。"),
                  ("p", "上诉人上诉称，双方约定运费按月结算，部分车皮因到站卸车延误产生的延期使用费不应由其承担，一审认定数额有误。"),
                  ("p", "被上诉人辩称，上诉人委托被上诉人办理煤炭铁路运输，货票、运单均载明托运人为上诉人，运费到付由托运人结算，"
                        "一审判决正确，请求驳回上诉。"),
                  ("p", "本院经审理查明的事实与一审查明的事实一致。本院认为，双方之间的铁路货物运输合同关系合法有效，被上诉人已按约完成运输，"
                        "上诉人应按约支付运费。货车延期使用系因上诉人组织卸车不及时所致，一审判令其承担并无不当。上诉人的上诉请求不能成立。"
                        "依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项的规定，判决如下："),
                  ("p", "驳回上诉，维持原判。"),
                  ("p", f"二审案件受理费{int(c.amount) // 100 + 50}元，由上诉人{r.name}负担。"),
                  ("p", "本判决为终审判决。"),
                  ("f", "附：一审判决主文"),
                  ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}运费、货车延期使用费及违约金共计{money(c.amount)}；"
                        f"{c.extra['guarantor']}对上述债务承担连带保证责任。")]
    else:
        blocks = [("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
                  ("f", f"被告：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
                  ("p", f"原告{a.name}与被告{r.name}铁路货物运输合同纠纷一案，本院立案后依法适用普通程序，公开开庭进行了审理。本案现已审理终结。"),
                  ("p", "原告诉称，原告委托被告办理热轧钢卷自石家庄南站至广州的铁路运输，到站时钢卷锈蚀、包装破损，车站编制了货运记录，"
                        "请求判令被告赔偿货物损失。"),
                  ("p", "本院经审理查明，被告作为货运代理人以自己名义向承运人托运，装车时篷布苫盖不严，途中遇雨致钢卷锈蚀。"
                        "本院认为，被告未尽妥善装载义务，应对货损承担赔偿责任。依照《中华人民共和国民法典》第八百三十二条的规定，判决如下："),
                  ("p", f"被告{r.name}于本判决生效之日起十日内赔偿原告{a.name}货物损失{money(c.amount)}。"),
                  ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十条之规定，加倍支付迟延履行期间的债务利息。"),
                  ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于北京铁路运输中级法院。")]
    p.flow(blocks, 40, 72)
    p.room(420)
    for k, who in enumerate(["审判长", "审判员", "审判员"]):
        p.s.right(W - RIGHT - mm(10), p.y + 30 + k * 70, f"{who}　{person_name(rng)}", font("serif", 38))
    p.s.right(W - RIGHT - mm(10), p.y + 250, cn_date(c.basis_effective - timedelta(days=3)), font("serif", 38))
    seal(p.s, W - RIGHT - mm(40), p.y + 250, court, rng)
    p.s.right(W - RIGHT - mm(10), p.y + 330, f"书记员　{person_name(rng)}", font("serif", 38))
    p.s.text(LEFT, p.y + 330, "本件与原本核对无异", font("serif", 34))
    received(p.sheets[0], c.filed_on, rng)
    return p.done()


def _certificate(c: CaseCtx, rng: random.Random, note: str) -> list[Sheet]:
    p = Paper()
    s = p.s
    body = LABOUR if story(c) == "wage" else (APPEAL if story(c) == "freight" else COURT)
    s.centred(mm(40), body, font("serif_bold", 56))
    s.centred(mm(40) + 110, "生 效 证 明 书" if story(c) != "wage" else "仲裁裁决书生效证明", font("serif_bold", 64))
    p.y = mm(40) + 260
    if story(c) == "wage":
        text = (f"本委{c.basis_number}裁决书（申请人{c.applicant.name}，被申请人{c.respondent.name}）为终局裁决，已于"
                f"{cn_date(c.basis_effective - timedelta(days=10))}送达双方当事人。被申请人未在法定期限内向中级人民法院申请撤销，"
                f"该裁决已于{cn_date(c.basis_effective)}发生法律效力。")
    else:
        text = (f"{c.applicant.name}与{c.respondent.name}铁路货物运输合同纠纷一案，{basis_name(c)}已于{cn_date(c.basis_effective)}"
                "送达当事人，该判决已于送达之日发生法律效力。")
    p.flow([("p", text), ("p", "特此证明。")], 42, 80)
    s.right(W - RIGHT - mm(10), p.y + 80, cn_date(c.basis_effective + timedelta(days=rng.randint(5, 20))), font("serif", 40))
    seal(s, W - RIGHT - mm(42), p.y + 90, body, rng)
    received(s, c.filed_on, rng)
    return p.done()


def _fee_receipt(c: CaseCtx, rng: random.Random, note: str) -> list[Sheet]:
    s = colour(Sheet(paper=(236, 244, 236)))
    x = mm(20)
    s.centred(mm(20), "河北省非税收入一般缴款书（电子）", font("sans_bold", 50), fill=(40, 90, 50))
    s.text(x, mm(20) + 100, f"票据代码：13060124　　票据号码：{rng.randint(10000000, 99999999)}　　交款日期：{num_date(c.day(1))}",
           font("sans", 30))
    amount = fee(c) if story(c) != "wage" else 0
    rows = [["交款人", c.applicant.name], ["执收单位", COURT], ["项目名称", "申请执行费"], ["案号", c.number],
            ["金额（小写）", f"{amount:,}.00" if amount else "0.00（劳动者免交）"],
            ["金额（大写）", money_caps(Decimal(amount)) if amount else "零元整"], ["备注", "执行费"]]
    table(s, x, mm(20) + 170, [mm(44), W - 2 * x - mm(44)], rows, font("sans", 34), row_h=100, fill=(40, 90, 50))
    seal(s, W - mm(70), mm(20) + 170 + 700 + 90, "河北省财政厅票据监制章", rng, radius=mm(17))
    s.text(x, mm(20) + 170 + 740, "收款单位（章）：石家庄铁路运输法院　　复核人：" + person_name(rng), font("sans", 30))
    return [s]


def _licence(c: CaseCtx, rng: random.Random, p_name: str, code: str, rep: str, addr: str) -> Sheet:
    s = colour(Sheet(paper=(250, 250, 248)))
    x0, y0, x1, y1 = mm(22), mm(30), W - mm(22), mm(180)
    s.box(x0, y0, x1, y1, width=10, outline=(170, 120, 40))
    s.centred(y0 + 60, "营 业 执 照", font("serif_bold", 84), fill=(150, 30, 30))
    s.centred(y0 + 180, "（副　本）", font("serif", 38))
    s.text(x0 + 50, y0 + 260, f"统一社会信用代码  {code}", font("sans", 34))
    lines = [("名　　称", p_name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", rep),
             ("经营范围", "铁路货物运输代理；普通货物道路运输；煤炭、钢材销售；装卸搬运" if "劳务" not in p_name else "劳务分包；铁路线路维修养护；建筑工程施工"),
             ("住　　所", addr)]
    y = y0 + 360
    for k, v in lines:
        s.text(x0 + 70, y, k, font("sans", 36))
        s.text(x0 + 330, y, v[:28], font("serif", 36))
        y += 86
    s.box(x1 - 260, y0 + 260, x1 - 60, y0 + 460, width=3)
    s.text(x1 - 230, y0 + 470, "扫码查询", font("sans", 26))
    s.text(x1 - 520, y1 - 200, "登记机关", font("sans", 34))
    seal(s, x1 - 300, y1 - 180, "石家庄市行政审批局", rng)
    hand(s, mm(40), y1 + 80, "复印件与原件一致", rng, size=48, ink=(20, 20, 20))
    seal(s, mm(150), y1 + 100, p_name, rng)
    return s


def _id_card(c: CaseCtx, rng: random.Random, name: str, number: str, sex: str, addr: str) -> Sheet:
    s = colour(Sheet())
    for k in range(2):
        x0, y0 = mm(45), mm(30) + k * mm(75)
        s.draw.rounded_rectangle((x0, y0, x0 + mm(86) * 1.4, y0 + mm(54) * 1.4), radius=30, outline=(120, 120, 120),
                                 width=3, fill=(226, 232, 238))
        f = font("hei", 34)
        if k == 0:
            for j, (lab, v) in enumerate([("姓名", name), ("性别", f"{sex}　　民族 汉"), ("出生", f"{number[6:10]}年{int(number[10:12])}月{int(number[12:14])}日"),
                                          ("住址", addr[:12]), ("", addr[12:24])]):
                s.text(x0 + 40, y0 + 40 + j * 62, lab, font("sans", 28), fill=(60, 80, 120))
                s.text(x0 + 150, y0 + 40 + j * 62, v, f)
            s.text(x0 + 40, y0 + mm(54) * 1.4 - 80, "公民身份号码", font("sans", 28), fill=(60, 80, 120))
            s.text(x0 + 270, y0 + mm(54) * 1.4 - 84, number, font("mono", 40))
            s.draw.rectangle((x0 + mm(86) * 1.4 - 300, y0 + 40, x0 + mm(86) * 1.4 - 60, y0 + 330), fill=(190, 196, 206))
        else:
            s.centred(y0 + 60, "中华人民共和国", font("hei", 52), x0=x0, x1=x0 + mm(86) * 1.4)
            s.centred(y0 + 150, "居民身份证", font("hei", 62), x0=x0, x1=x0 + mm(86) * 1.4)
            s.text(x0 + 60, y0 + 330, f"签发机关  {rng.choice(['武安市公安局', '石家庄市公安局桥西分局'])}", font("sans", 30))
            s.text(x0 + 60, y0 + 390, "有效期限  2016.05.11-2036.05.11", font("sans", 30))
    hand(s, mm(50), mm(30) + mm(155), "本人身份证复印件，仅供法院执行使用", rng, size=42, ink=(20, 20, 20))
    signature(s, mm(120), mm(30) + mm(170), name, rng)
    return s


def _identity(c: CaseCtx, rng: random.Random, note: str) -> list[Sheet]:
    who = c.respondent if note == "respondent" else c.applicant
    if who.kind == "person":
        s = _id_card(c, rng, who.name, who.id_number, who.sex, who.address)
        received(s, c.filed_on, rng)
        return [s]
    s1 = _licence(c, rng, who.name, who.id_number, who.legal_rep, who.address)
    received(s1, c.filed_on if note != "respondent" else c.day(20), rng)
    p = Paper()
    s2 = p.s
    s2.starts_document = True
    s2.centred(mm(34), "法定代表人身份证明书", font("song_gb", 58))
    p.y = mm(34) + 160
    p.flow([("p", f"{who.legal_rep}在我单位任执行董事职务，系我单位的法定代表人。"), ("p", "特此证明。"),
            ("f", f"单位全称：{who.name}"), ("f", f"统一社会信用代码：{who.id_number}")], 42, 80)
    seal(s2, W - RIGHT - mm(45), p.y + 60, who.name, rng)
    s2.right(W - RIGHT - mm(10), p.y + 140, num_date(c.filed_on - timedelta(days=4)), font("song_gb", 40))
    return [s1, *p.done()]


def _attorney(c: CaseCtx, rng: random.Random, note: str) -> list[Sheet]:
    a = c.applicant
    p = _typed(c, rng, "授 权 委 托 书", [
        ("f", f"委托人：{a.name}"), ("f", f"住所：{a.address}"),
        ("f", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}"),
        ("p", f"现委托上列受托人在我方与{c.respondent.name}{cause(c)}执行一案中，作为我方的代理人。"),
        ("f", "代理权限：特别授权。"),
        ("p", "代为申请执行，提供财产线索，申请采取执行措施，参加执行听证、谈话，代为进行执行和解，代为签收法律文书，"
              "代为领取执行款项（案款须汇入申请人确认的账户）。"),
        ("f", "委托期限：自签署之日起至本案执行终结止。")], face="song_gb", size=40)
    p.room(320)
    s = p.s
    s.text(W / 2, p.y + 60, "委托人：", font("song_gb", 40))
    if a.kind == "organisation":
        seal(s, W / 2 + mm(44), p.y + 80, a.name, rng)
    else:
        signature(s, W / 2 + mm(22), p.y + 50, a.name, rng)
    s.text(W / 2, p.y + 160, "受托人：", font("song_gb", 40))
    signature(s, W / 2 + mm(22), p.y + 150, c.agent, rng)
    hand(s, W / 2, p.y + 260, num_date(c.filed_on - timedelta(days=3)), rng, size=40)
    return p.done()


def _firm_letter(c: CaseCtx, rng: random.Random, note: str) -> list[Sheet]:
    p = Paper()
    s = p.s
    s.centred(mm(20), c.firm, font("serif_bold", 60), fill=(170, 25, 30))
    s.line(LEFT - mm(8), mm(20) + 96, W - RIGHT + mm(8), mm(20) + 96, width=5, fill=(170, 25, 30))
    s.right(W - RIGHT, mm(20) + 130, f"冀{c.firm[2:4]}执字〔{c.filed_on.year}〕第{rng.randint(10, 199)}号", font("sans", 34))
    s.centred(mm(20) + 220, "律 师 事 务 所 函", font("hei", 58))
    p.y = mm(20) + 340
    p.flow([("f", f"{COURT}："),
            ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{cause(c)}执行一案的代理人。"),
            ("p", "特此函告。"), ("f", "附：授权委托书一份、律师执业证复印件一份")], 40, 76)
    s.text(LEFT, H - mm(40), f"地址：石家庄市桥西区自强路　电话：0311-8{rng.randint(1000000, 9999999)}", font("sans", 28))
    s.right(W - RIGHT - mm(10), p.y + 80, num_date(c.filed_on - timedelta(days=2)), font("song_gb", 40))
    seal(s, W - RIGHT - mm(42), p.y + 60, c.firm, rng)
    received(s, c.filed_on, rng, y=mm(4))
    return p.done()


def _license(c: CaseCtx, rng: random.Random, note: str) -> list[Sheet]:
    s = colour(Sheet())
    x0, y0 = mm(30), mm(40)
    w, h = mm(150), mm(100)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(140, 30, 36), outline=(80, 20, 20), width=4)
    s.centred(y0 + 120, "中华人民共和国", font("serif_bold", 54), fill=(230, 190, 90), x0=x0, x1=x0 + w)
    s.centred(y0 + 260, "律师执业证", font("serif_bold", 84), fill=(230, 190, 90), x0=x0, x1=x0 + w)
    y1 = y0 + h + mm(14)
    s.box(x0, y1, x0 + w, y1 + h, width=3)
    s.draw.rectangle((x0 + 40, y1 + 60, x0 + 300, y1 + 400), fill=(200, 204, 210))
    for j, (k, v) in enumerate([("姓名", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"),
                                ("执业证号", str(c.extra["licence"])), ("发证机关", "河北省司法厅")]):
        s.text(x0 + 340, y1 + 60 + j * 72, f"{k}：{v}", font("sans", 34))
    seal(s, x0 + w - 160, y1 + h - 120, "河北省司法厅", rng, radius=mm(16))
    hand(s, x0, y1 + h + 60, "与原件一致", rng, size=44, ink=(20, 20, 20))
    signature(s, x0 + mm(60), y1 + h + 60, c.agent, rng)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, note: str) -> list[Sheet]:
    r = c.respondent
    if note == "estate":
        p = Paper()
        s = p.s
        s.centred(mm(26), "石家庄市不动产登记中心", font("hei", 52))
        s.centred(mm(26) + 90, "不动产登记信息查询结果告知书", font("hei", 52))
        received(s, c.day(14), rng)
        p.y = mm(26) + 210
        p.flow([("f", f"{COURT}："),
                ("p", f"你院{c.number}协助查询通知书收悉。经查询本中心不动产登记信息系统，截至{num_date(c.day(12))}，"
                      f"{r.name}（统一社会信用代码{r.id_number}）名下无不动产登记记录。"),
                ("p", "本查询结果仅反映本中心登记簿记载的信息。"), ("f", f"经办人：{person_name(rng)}")], 38, 70)
        seal(s, W - RIGHT - mm(42), p.y + 80, "石家庄市不动产登记中心", rng)
        s.right(W - RIGHT - mm(10), p.y + 100, num_date(c.day(12)), font("song_gb", 38))
        return p.done()
    if note == "vehicle":
        s = Sheet()
        s.centred(mm(20), "石家庄市公安局交通管理局车辆管理所", font("sans_bold", 48))
        s.centred(mm(20) + 84, "机动车信息查询结果", font("sans_bold", 52))
        received(s, c.day(13), rng, y=mm(4))
        plate = c.extra.get("plate", "")
        found = story(c) == "damage" or rng.random() < 0.3
        rows = [["号牌号码", "车辆类型", "品牌型号", "所有人", "状态", "抵押/查封"]]
        if found:
            rows.append([plate or f"冀A{rng.randint(10000, 99999)}", "轻型厢式货车", "江铃JX5044", r.name, "正常", "无" if story(c) == "damage" else "已查封（他案）"])
        else:
            rows.append(["无记录", "", "", r.name, "", ""])
        x = mm(16)
        table(s, x, mm(20) + 200, [mm(30), mm(34), mm(34), mm(58), mm(18), W - 2 * x - mm(174)], rows, font("sans", 30),
              row_h=110, centre_first=True)
        s.text(x, mm(20) + 460, f"查询依据：{COURT}{c.number}协助查询通知　　查询时间：{num_date(c.day(12))} 10:{rng.randint(10, 59)}",
               font("sans", 30))
        s.text(x, mm(20) + 520, f"打印人：{person_name(rng)}　　本结果加盖车辆管理所业务专用章有效", font("sans", 30))
        seal(s, W - mm(80), mm(20) + 640, "石家庄市车辆管理所业务专用章", rng, radius=mm(18))
        return [s]
    if note == "bank":
        s = Sheet()
        bank = str(c.extra["bank"])
        s.centred(mm(24), bank.split("股份")[0], font("sans_bold", 50))
        s.centred(mm(24) + 84, "协助冻结/扣划存款回执", font("sans_bold", 50))
        rows = [["执行法院", COURT], ["案号", c.number], ["被执行人", r.name], ["账号", str(c.extra["resp_account"])],
                ["账户余额", f"{c.amount * 2:,.2f}"], ["执行结果", f"已冻结并扣划{c.amount:,.2f}元至法院指定账户"],
                ["执行时间", f"{num_date(c.day(11))} 14:{rng.randint(10, 59)}"], ["经办/复核", f"{person_name(rng)} / {person_name(rng)}"]]
        table(s, mm(24), mm(24) + 200, [mm(40), W - mm(48) - mm(40)], rows, font("sans", 34), row_h=104)
        seal(s, W - mm(70), mm(24) + 200 + 104 * 8 + 60, f"{bank.split('股份')[0]}业务专用章", rng, radius=mm(17))
        received(s, c.day(12), rng, y=mm(4))
        return [s]
    # the 总对总 printout, landscape-ish small print on two sheets
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "河北银行", "河北省农村信用社",
             "招商银行", "中信银行", "兴业银行", "民生银行"]
    rows = [["序号", "协助单位", "反馈时间", "账号/财产", "余额（元）", "反馈结果"]]
    for i, b in enumerate(banks, 1):
        hit = story(c) == "freight" and b in str(c.extra["bank"])
        rows.append([str(i), b, num_date(c.day(3)), str(c.extra["resp_account"]) if hit else "—",
                     f"{c.amount * 2:,.2f}" if hit else ("0.00" if i % 4 == 0 else "—"), "有账户" if hit or i % 4 == 0 else "无"])
    rows += [[str(len(banks) + 1), "自然资源部（不动产）", num_date(c.day(4)), "—", "—", "无"],
             [str(len(banks) + 2), "公安部（车辆）", num_date(c.day(4)), "—", "—", "有" if story(c) == "damage" else "无"],
             [str(len(banks) + 3), "中国证券登记结算公司", num_date(c.day(4)), "—", "—", "无"],
             [str(len(banks) + 4), "支付宝（中国）网络技术有限公司", num_date(c.day(5)), "—", "0.00", "无"]]
    sheets = []
    for part in (rows[:10], [rows[0], *rows[10:]]):
        s = Sheet()
        s.text(mm(14), mm(12), "执行查控系统 · 网络查控结果（总对总）", font("sans_bold", 40))
        s.text(mm(14), mm(12) + 70, f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", font("sans", 28))
        table(s, mm(14), mm(12) + 140, [mm(14), mm(56), mm(34), mm(50), mm(26), W - mm(28) - mm(180)], part,
              font("sans", 28), row_h=84, centre_first=True)
        s.text(mm(14), H - mm(16), f"打印人：{c.clerk}　打印时间：{num_date(c.day(6))}", font("sans", 26))
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        s.page_of = (i, len(sheets))
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, note: str) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    first = (c.amount * 6 / 10).quantize(Decimal("1"))
    p = _typed(c, rng, "执行和解协议", [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("f", f"丙方（保证人）：{c.extra['guarantor']}"),
        ("p", f"甲乙双方{cause(c)}一案，{basis_name(c)}已经发生法律效力，现由{COURT}执行（{c.number}）。经协商，三方自愿达成和解如下："),
        ("p", f"一、乙方同意以法院已扣划的存款优先清偿，不足部分人民币{c.amount - first:,.2f}元于{num_date(c.day(45))}前付至法院执行款专户；"),
        ("p", "二、甲方放弃迟延履行期间的债务利息；乙方按期足额付清后，甲方申请法院解除对乙方的限制消费措施；"),
        ("p", "三、乙方逾期未付的，甲方可申请恢复执行原生效法律文书，丙方对乙方的付款义务承担连带责任；"),
        ("p", "四、本协议一式四份，三方各执一份，交法院一份附卷。")], face="song_gb", size=38, stamp_day=20)
    p.room(320)
    s = p.s
    y = p.y + 40
    for k, (lab, who) in enumerate([("甲方：", a.name), ("乙方：", r.name), ("丙方：", c.extra["guarantor"])]):
        s.text(LEFT + k * mm(52), y, lab, font("song_gb", 38))
        if k < 2:
            seal(s, LEFT + k * mm(52) + mm(26), y + 60, who, rng, radius=mm(17))
        else:
            signature(s, LEFT + k * mm(52) + mm(14), y - 10, who, rng)
    hand(s, W / 2, y + 180, num_date(c.day(20)), rng, size=40)
    return p.done()


def _voucher(c: CaseCtx, rng: random.Random, note: str) -> list[Sheet]:
    s = colour(Sheet(paper=(248, 246, 238)))
    bank = "中国建设银行" if "建设" in str(c.extra["bank"]) else "中国工商银行"
    y = mm(14)
    for payer, payee, amt, day, use in [
        (f"{COURT}执行款专户", c.applicant.name, c.amount, c.day(50), f"{c.number}案款发放"),
        (c.respondent.name, f"{COURT}执行款专户", c.amount if story(c) == "damage" else c.amount * 4 / 10, c.day(44), f"{c.number}执行款")]:
        s.box(mm(14), y, W - mm(14), y + mm(125), width=3, outline=(30, 60, 120))
        s.centred(y + 30, f"{bank}  网上银行电子回单", font("sans_bold", 44), fill=(30, 60, 120))
        rows = [["付款人", payer], ["收款人", payee], ["金额", f"¥{amt:,.2f}  {money_caps(amt.quantize(Decimal('0.01')))}"],
                ["交易日期", num_date(day)], ["用途", use], ["流水号", f"{rng.randint(10**15, 10**16 - 1)}"]]
        table(s, mm(24), y + 110, [mm(34), W - mm(48) - mm(34)], rows, font("sans", 32), row_h=100, fill=(30, 60, 120))
        seal(s, W - mm(60), y + mm(100), f"{bank}电子回单专用章", rng, radius=mm(15))
        y += mm(135)
    return [s]


RECEIVED: dict[str, Papers] = {
    "enforcement_application": _application, "resumption_application": _resumption_application, "evidence": _evidence,
    "enforcement_basis": _basis, "effectiveness_certificate": _certificate, "fee_receipt": _fee_receipt,
    "identity_proof": _identity, "power_of_attorney": _attorney, "law_firm_letter": _firm_letter,
    "lawyer_license": _license, "online_inquiry_result": _inquiry, "settlement_agreement": _settlement,
    "payment_voucher": _voucher,
}
