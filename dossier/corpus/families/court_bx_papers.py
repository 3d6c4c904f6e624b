"""The papers court_bx's dossiers receive, each in its author's style: the 攀枝花中院's 二审 judgment, the 东区
court's own 调解书 as its 民一庭 printed it, the 攀枝花仲裁委员会's award, lawyers' applications and 所函 from 攀枝花
firms, the banks' own 回执 forms, the 查控 system's printout, ID and licence copies, the 非税收入 receipt."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, num_date, person_name
from dossier.corpus.draw import A4, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "online_inquiry_result", "settlement_agreement",
})
ARBITRATION = "攀枝花仲裁委员会"
MID = "四川省攀枝花市中级人民法院"
L, R, T, B = mm(25), A4[0] - mm(25), mm(25), A4[1] - mm(25)


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return {"judgment": _judgment, "mediation": _mediation}.get(c.basis_kind, _award)(c, rng)
    if code == "identity_proof":
        party = c.respondent if served == ["respondent"] else c.applicant
        return _id_copy(c, rng, party) if party.kind == "person" else _licence(c, rng, party)
    return {
        "enforcement_application": _application, "property_clue_form": _clues, "fee_receipt": _fee,
        "power_of_attorney": _poa, "law_firm_letter": _firm_letter, "lawyer_license": _lawyer_card,
        "payment_account_confirmation": _account, "service_address_confirmation": _address,
        "online_inquiry_result": _inquiry, "settlement_agreement": _settlement,
    }[code](c, rng)


def _typed(title_lines: list[tuple[str, str, int, float]], blocks: list[tuple[str, str]], rng: random.Random, *,
           body: str, size: int, x0: float, x1: float, top: float, footer: str, line: float = 1.8) -> list[Sheet]:
    """A typed paper in one author's style: its own title lines (text, font, size, spacing), body font and margins;
    runs on to later sheets, each with the author's footer (may hold {n} and {m})."""
    sheets = [Sheet()]
    y = top
    for text, role, sz, sp in title_lines:
        sheets[0].centred(y, text, font(role, sz), spacing=sp)
        y += sz * 1.6
    f = font(body, size)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], top

    flow(sheets[0], blocks, f, x0=x0, width=x1 - x0, y=y + 20, line_height=size * line, indent=size * 2,
         bottom=B - 70, more=more)
    for i, s in enumerate(sheets, 1):
        if footer:
            s.centred(B - 10, footer.format(n=i, m=len(sheets)), font(body, 28))
        if len(sheets) > 1:
            s.page_of = (i, len(sheets))
    return sheets


def _tail(s: Sheet, y: float, lines: list[str], f_role: str, size: int, x1: float) -> float:
    for line in lines:
        s.right(x1, y, line, font(f_role, size))
        y += size * 1.7
    return y


def _last_y(s: Sheet) -> float:
    """Where the text on a sheet ends (scanning the drawn image for the lowest ink row)."""
    import numpy as np
    a = np.asarray(s.image.convert("L"))[: B - 80]
    rows = np.where((a < 128).any(axis=1))[0]
    return float(rows[-1]) + 40 if len(rows) else float(T)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 中院's 二审 judgment: its 方正小标宋-like head, 仿宋 body, page numbers '- n -'."""
    a, r = c.applicant, c.respondent
    tons, grade = c.extra["tons"], c.extra["grade"]
    blocks = [
        ("r", c.basis_number),
        ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
        ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"),
        ("f", f"法定代表人：{a.legal_rep}，该公司总经理。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服四川省攀枝花市东区人民法院"
              f"{c.extra['first_number']}民事判决，向本院提起上诉。本院立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回{a.name}的诉讼请求。事实和理由：{a.name}交付的钛精矿品位"
              f"未达到合同约定的{grade}标准，上诉人有权拒付货款。"),
        ("p", f"{a.name}辩称：双方已按合同约定在攀钢钒钛检测中心共同取样化验，化验结果符合约定，上诉人已实际用于生产，"
              "其上诉理由不能成立，请求驳回上诉、维持原判。"),
        ("p", f"一审法院认定事实：{a.name}与{r.name}签订《钛精矿购销合同》，约定{a.name}向{r.name}供应钛精矿"
              f"{tons}吨，品位{grade}，汽车运输至买方马店河厂区过磅交货，货到验收合格后三十日内付清货款。"
              f"合同履行中，{a.name}按约交货，{r.name}尚欠货款未付。一审判决：{r.name}于判决生效之日起十日内支付"
              f"{a.name}货款{money(c.amount)}及逾期付款利息。"),
        ("p", "本院二审查明的事实与一审一致。"),
        ("p", f"本院认为，双方签订的购销合同系真实意思表示，合法有效。{r.name}对交付的钛精矿已经过磅验收并投入"
              "生产使用，其主张质量不符合约定，未在合理期限内提出异议，亦未提交充分证据证明，本院不予支持。"
              "综上，一审判决认定事实清楚，适用法律正确。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，"
              "判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", "二审案件受理费由上诉人负担。"),
        ("p", "本判决为终审判决。"),
    ]
    sheets = _typed([(MID, "serif_bold", 60, 4), ("民 事 判 决 书", "serif_bold", 72, 20)], blocks, rng,
                    body="serif", size=40, x0=mm(28), x1=A4[0] - mm(26), top=mm(34), footer="- {n} -", line=1.85)
    s = sheets[-1]
    y = _last_y(s) + 30
    if y > B - 420:
        sheets.append(Sheet())
        s, y = sheets[-1], float(T + 40)
        sheets[-1].page_of = (len(sheets), len(sheets))
        for i, sh in enumerate(sheets, 1):
            sh.page_of = (i, len(sheets))
    y = _tail(s, y, [f"审　判　长　　{person_name(rng)}", f"审　判　员　　{person_name(rng)}",
                     f"审　判　员　　{person_name(rng)}"], "serif", 40, A4[0] - mm(40))
    s.right(A4[0] - mm(40), y + 10, cn_date(c.basis_effective), font("serif", 40))
    seal(s, A4[0] - mm(70), y, MID, rng, radius=mm(21))
    s.right(A4[0] - mm(40), y + 90, f"书　记　员　　{person_name(rng)}", font("serif", 40))
    s.text(mm(28), y + 170, "本件与原本核对无异", font("serif", 30))
    return sheets


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """东区 court's 民一庭 调解书 on the 芒果园 lease (printed by the trial division, not the bureau)."""
    a, r = c.applicant, c.respondent
    town, vill = c.extra["village"][1], c.extra["village"][2]
    blocks = [
        ("r", c.basis_number),
        ("f", f"原告：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}出生，汉族，住{a.address}。" if a.born else f"原告：{a.name}"),
        ("f", f"被告：{r.name}，{r.sex}，{r.born:%Y年%m月%d日}出生，汉族，住{r.address}。" if r.born else f"被告：{r.name}"),
        ("p", f"原告{a.name}与被告{r.name}土地承包经营权流转合同纠纷一案，本院于2023年立案后，依法适用简易程序进行了审理。"),
        ("p", f"原告诉称：2019年，原告将其在{c.extra['village'][0]}{town}{vill}承包的坡地{c.extra['mu']}亩连同地上"
              f"芒果树{c.extra['trees']}株（凯特、金煌品种）流转给被告经营，约定流转期限十年，每年流转费于当年"
              "芒果采摘结束后的十月三十一日前付清。被告自2021年起拖欠流转费至今，故诉至法院。"),
        ("p", "被告辩称：因近年芒果收购价格下跌，加之遭受低温冻害，经营亏损，确实无力按时支付，愿意协商解决。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}于2023年12月31日前一次性支付原告{a.name}2021年至2023年土地流转费及违约金共计"
              f"{money(c.amount)}；"),
        ("p", "二、双方于本调解书生效之日解除流转合同，被告将流转土地及地上芒果树交还原告，地上附属的滴灌设施归原告所有；"),
        ("p", "三、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    sheets = _typed([("四川省攀枝花市东区人民法院", "hei", 56, 6), ("民 事 调 解 书", "hei", 70, 22)], blocks, rng,
                    body="ming", size=41, x0=mm(30), x1=A4[0] - mm(28), top=mm(32), footer="第{n}页（共{m}页）")
    s = sheets[-1]
    y = _last_y(s) + 40
    if y > B - 380:
        sheets.append(Sheet())
        s, y = sheets[-1], float(T + 40)
        for i, sh in enumerate(sheets, 1):
            sh.page_of = (i, len(sheets))
    y = _tail(s, y, [f"审判员　　{c.extra['trial_judge']}"], "ming", 41, A4[0] - mm(40))
    s.right(A4[0] - mm(40), y + 10, cn_date(c.basis_effective - timedelta(days=1)), font("ming", 41))
    seal(s, A4[0] - mm(72), y, "四川省攀枝花市东区人民法院", rng, radius=mm(21))
    s.right(A4[0] - mm(40), y + 100, f"书记员　　{person_name(rng)}", font("ming", 41))
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 攀枝花仲裁委员会's award: boxed head, 楷-titled sections, 第n页 共m页 right-aligned."""
    a, r = c.applicant, c.respondent
    blocks = [
        ("r", c.basis_number),
        ("f", f"申请人：{a.name}　住所：{a.address}"),
        ("f", f"法定代表人：{a.legal_rep}　职务：总经理"),
        ("f", f"委托代理人：{c.agent}　{c.firm}律师"),
        ("f", f"被申请人：{r.name}　住所：{r.address}"),
        ("f", f"法定代表人：{r.legal_rep}　职务：执行董事"),
        ("p", f"攀枝花仲裁委员会（以下简称本会）根据申请人与被申请人于2022年3月签订的《废钢运输合同》中的仲裁条款及申请人"
              "的仲裁申请，受理了双方之间的运输合同纠纷案。本案适用《攀枝花仲裁委员会仲裁规则》，由独任仲裁员"
              f"{person_name(rng)}审理，现已审理终结。"),
        ("f", "一、案情"),
        ("p", f"申请人称：双方约定由申请人为被申请人将回收的重型废钢、破碎料从东区银江镇、西区格里坪的回收站运至攀钢"
              f"炼钢厂废钢料场，按吨公里计价，每月对账结算。合同履行期间申请人共运输{c.extra['trips']}车次，经双方对账确认，"
              f"被申请人尚欠运费{money(c.amount)}未付。"),
        ("p", "被申请人答辩称：对运输车次及对账单无异议，因下游回款迟延暂时无力支付。"),
        ("f", "二、仲裁庭意见"),
        ("p", "仲裁庭认为，双方签订的运输合同合法有效，申请人已完成运输义务，对账单经双方签章确认，被申请人应支付运费。"),
        ("f", "三、裁决"),
        ("p", f"（一）被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付运费{money(c.amount)}；"),
        ("p", "（二）本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets = _typed([(ARBITRATION, "kai", 64, 10), ("裁　决　书", "serif_bold", 76, 24)], blocks, rng,
                    body="song_gb" if rng.random() < 0.5 else "serif", size=38, x0=mm(30), x1=A4[0] - mm(30),
                    top=mm(36), footer="")
    for i, s in enumerate(sheets, 1):
        s.box(mm(22), mm(22), A4[0] - mm(22), A4[1] - mm(22), width=2)
        s.right(A4[0] - mm(32), A4[1] - mm(34), f"第{i}页 共{len(sheets)}页", font("serif", 28))
    s = sheets[-1]
    y = _last_y(s) + 30
    if y > B - 300:
        sheets.append(Sheet())
        s, y = sheets[-1], float(T + 60)
        s.box(mm(22), mm(22), A4[0] - mm(22), A4[1] - mm(22), width=2)
        for i, sh in enumerate(sheets, 1):
            sh.page_of = (i, len(sheets))
    y = _tail(s, y, [f"独任仲裁员：{person_name(rng)}"], "serif", 38, A4[0] - mm(40))
    s.right(A4[0] - mm(40), y + 10, cn_date(c.basis_effective), font("serif", 38))
    seal(s, A4[0] - mm(72), y, ARBITRATION, rng, radius=mm(21))
    s.right(A4[0] - mm(40), y + 90, f"秘书：{person_name(rng)}", font("serif", 38))
    return sheets


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's 执行申请书, typed in 黑体/宋体 from the firm's template."""
    a, r = c.applicant, c.respondent
    who = (f"申请执行人：{a.name}，{a.sex}，住{a.address}，公民身份号码{a.id_number}，电话{a.phone}。" if a.kind == "person"
           else f"申请执行人：{a.name}，统一社会信用代码{a.id_number}，住所地{a.address}。法定代表人：{a.legal_rep}。")
    rwho = (f"被执行人：{r.name}，{r.sex}，住{r.address}，公民身份号码{r.id_number}。" if r.kind == "person"
            else f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。法定代表人：{r.legal_rep}。")
    blocks = [
        ("f", who), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"), ("f", rwho),
        ("f", "申请事项："),
        ("p", f"1．请求强制执行被执行人支付{money(c.amount)}及迟延履行期间的加倍债务利息；"),
        ("p", "2．请求对被执行人采取限制高消费措施；被执行人拒不履行的，请求将其纳入失信被执行人名单；"),
        ("p", "3．本案执行费用由被执行人承担。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经{c.basis_court}作出{c.basis_number}"
              f"{'民事判决书' if c.basis_kind == 'judgment' else ('民事调解书' if c.basis_kind == 'mediation' else '裁决书')}，"
              f"已于{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行义务，依照《中华人民共和国民事诉讼法》"
              "第二百四十七条之规定，特向贵院申请强制执行。"),
        ("f", "此致"), ("f", "攀枝花市东区人民法院"),
    ]
    sheets = _typed([("强制执行申请书", "hei", 64, 12)], blocks, rng, body="serif", size=38, x0=mm(26),
                    x1=A4[0] - mm(24), top=mm(30), footer="")
    s = sheets[-1]
    y = _last_y(s) + 40
    s.text(A4[0] - mm(100), y, "申请执行人：", font("serif", 38))
    if a.kind == "person":
        signature(s, A4[0] - mm(58), y - 12, a.name, rng)
    else:
        seal(s, A4[0] - mm(48), y + 30, a.name, rng, radius=mm(19))
    hand(s, A4[0] - mm(90), y + 110, num_date(c.filed_on - timedelta(days=2)), rng, size=38)
    return sheets


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(T + 10, "被执行人财产线索表", font("sans_bold", 56), spacing=6)
    f = font("sans", 30)
    s.text(L, T + 110, f"申请执行人：{c.applicant.name}　　被执行人：{c.respondent.name}", f)
    story = c.extra["story"]
    clue = {"ore": f"{c.extra['resp_bank']}基本户（开户许可证复印件附后）", "mango": "不清楚，听说在外地打工",
            "scrap": f"{c.extra['resp_bank']}，对攀钢废钢料场有应收货款"}[story]
    rows = [["财产类型", "线索内容", "提供依据"], ["银行存款", clue, "合同付款页" if story != "mango" else ""],
            ["不动产", "不详", ""], ["车辆", "有一辆皮卡车（川D牌照）" if story == "mango" else "运输车辆若干（挂靠）", "目击"],
            ["其他", "", ""]]
    y = table(s, L, T + 170, [mm(34), mm(96), R - L - mm(130)], rows, f, row_h=[70, 150, 110, 130, 110])
    s.text(L, y + 30, "本人保证所提供线索真实。", f)
    hand(s, L + mm(30), y + 100, c.agent if c.applicant.kind == "organisation" else c.applicant.name, rng)
    hand(s, L + mm(100), y + 100, num_date(c.filed_on - timedelta(days=2)), rng, size=38)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """四川省非税收入统一票据 (a tear-off slip on a 粘贴单)."""
    s = Sheet()
    x0, y0, x1 = L + mm(8), T + mm(30), R - mm(8)
    s.text(L, T, "票据粘贴单", font("serif", 36))
    s.box(x0, y0, x1, y0 + mm(110), width=2, outline=(60, 90, 60))
    s.centred(y0 + 20, "四川省非税收入统一票据（电子）", font("serif_bold", 42), x0=x0, x1=x1)
    g = font("sans", 26)
    s.text(x0 + 20, y0 + 90, f"票据代码：51060124　票据号码：{c.extra['receipt_no']}", g)
    s.text(x0 + 20, y0 + 130, f"交款人：{c.respondent.name if c.extra['story'] == 'ore' else c.applicant.name}　"
                              f"开票日期：{(c.basis_effective - timedelta(days=60)):%Y-%m-%d}", g)
    rows = [["项目编码", "项目名称", "金额（元）"], ["103040101", "案件受理费", f"{(c.amount * 0 + int(float(c.amount) * 0.012 + 50)):,.2f}"],
            ["", "合计（大写）", ""]]
    table(s, x0 + 20, y0 + 190, [mm(36), mm(70), x1 - x0 - 40 - mm(106)], rows, g, row_h=64, fill=(60, 90, 60))
    s.text(x0 + 20, y0 + 420, f"执收单位：{'攀枝花市中级人民法院' if c.extra['story'] == 'ore' else '攀枝花市东区人民法院'}"
                              "　复核人：　收款人：", g)
    seal(s, x1 - 160, y0 + 360, "四川省财政厅票据监制章", rng, radius=mm(16))
    return [s]


def _id_copy(c: CaseCtx, rng: random.Random, p: object) -> list[Sheet]:
    from dossier.corpus.content import Party
    assert isinstance(p, Party)
    s = Sheet()
    s.text(L, T, "身份证复印件", font("sans", 32))
    for k, (x, y) in enumerate([(L + mm(30), T + mm(20)), (L + mm(30), T + mm(90))]):
        s.draw.rounded_rectangle((x, y, x + mm(86), y + mm(54)), radius=30, outline=(90, 90, 90), width=3)
        g = font("hei", 26)
        if k == 0:
            born = p.born
            for i, (lab, val) in enumerate([("姓名", p.name), ("性别", f"{p.sex}　民族 汉"),
                                            ("出生", f"{born.year}年{born.month}月{born.day}日" if born else ""),
                                            ("住址", p.address[:12]), ("", p.address[12:])]):
                s.text(x + 30, y + 30 + i * 52, lab, g, fill=(90, 90, 90))
                s.text(x + 110, y + 30 + i * 52, val, g)
            s.text(x + 30, y + mm(44), "公民身份号码", g, fill=(90, 90, 90))
            s.text(x + 220, y + mm(44), p.id_number, font("mono", 30))
            s.draw.rectangle((x + mm(60), y + 40, x + mm(82), y + 40 + mm(28)), fill=(165, 165, 165))
        else:
            s.centred(y + 60, "中华人民共和国", font("hei", 40), x0=x, x1=x + mm(86))
            s.centred(y + 130, "居民身份证", font("hei", 52), x0=x, x1=x + mm(86))
            s.text(x + 40, y + mm(38), f"签发机关　攀枝花市公安局{rng.choice(['东区', '仁和区', '盐边县'])}分局", g)
            s.text(x + 40, y + mm(46), f"有效期限　{rng.randint(2015, 2020)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期", g)
    hand(s, L + mm(40), T + mm(160), "此复印件与原件一致", rng, size=40)
    signature(s, L + mm(110), T + mm(160) - 10, p.name, rng)
    return [s]


def _licence(c: CaseCtx, rng: random.Random, p: object) -> list[Sheet]:
    from dossier.corpus.content import Party
    assert isinstance(p, Party)
    s = Sheet()
    s.box(L + 20, T + 20, R - 20, T + mm(200), width=10, outline=(120, 120, 120))
    s.centred(T + 90, "营 业 执 照", font("serif_bold", 84), spacing=10)
    s.centred(T + 210, "（副　本）", font("serif", 36))
    g = font("serif", 32)
    rows = [("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("经营范围", {"ore": "钒钛磁铁矿、钛精矿、铁精矿销售；矿产品加工",
                                                  "scrap": "再生资源回收、废钢加工；金属材料销售"}.get(c.extra["story"], "普通货物道路运输")),
            ("注册资本", f"{rng.choice([500, 1000, 2000, 3000])}万元"), ("住　　所", p.address)]
    y = T + 300
    for lab, val in rows:
        s.text(L + 60, y, lab, g)
        s.text(L + mm(56), y, val, g)
        y += 64
    s.right(R - 60, T + mm(170), f"登记机关　攀枝花市{rng.choice(['东区', '钒钛高新区'])}市场监督管理局", g)
    seal(s, R - mm(50), T + mm(170), "攀枝花市市场监督管理局", rng, radius=mm(19))
    s.text(L + 20, T + mm(212), "与原件一致（加盖公章）", font("sans", 32))
    seal(s, L + mm(110), T + mm(215), p.name, rng, radius=mm(18))
    s.centred(T + mm(232), "法定代表人身份证明书", font("sans_bold", 40))
    s.text(L + 40, T + mm(246), f"{p.legal_rep}在我单位任法定代表人职务，特此证明。", font("sans", 30))
    return [s]


def _poa(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    blocks = [("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("p", f"现委托上列受托人在我方申请执行{c.respondent.name}{c.extra['cause']}一案中，作为我方的执行代理人。"),
              ("f", "代理权限：特别授权，代为申请执行、提供财产线索、参与和解、代收执行款、签收法律文书。"),
              ("f", "委托期限：自签订之日起至本案执行终结止。")]
    sheets = _typed([("授 权 委 托 书", "sans_bold", 60, 10)], blocks, rng, body="sans", size=36, x0=L + mm(6),
                    x1=R - mm(6), top=T + mm(10), footer="", line=2.1)
    s = sheets[-1]
    y = _last_y(s) + 60
    s.text(L + mm(6), y, "委托人：", font("sans", 36))
    if a.kind == "person":
        signature(s, L + mm(36), y - 12, a.name, rng)
    else:
        seal(s, L + mm(50), y + 20, a.name, rng, radius=mm(19))
    s.text(R - mm(86), y, "受托人：", font("sans", 36))
    signature(s, R - mm(56), y - 12, c.agent, rng)
    hand(s, R - mm(86), y + 110, num_date(c.filed_on - timedelta(days=3)), rng, size=36)
    return sheets


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.text(L, T, c.firm, font("serif_bold", 54), fill=(160, 30, 30))
    s.line(L, T + 80, R, T + 80, width=5, fill=(160, 30, 30))
    s.text(R - mm(80), T + 100, f"川{c.firm[2:4]}律函〔2024〕第{rng.randint(11, 240)}号", font("serif", 28))
    s.centred(T + 170, "律 师 事 务 所 函", font("serif_bold", 58), spacing=6)
    y = flow(s, [("f", "攀枝花市东区人民法院："),
                 ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
                       "执行一案的代理人，参与执行程序。"),
                 ("p", "特此函告。")], font("serif", 38), x0=L, width=R - L, y=T + 290, line_height=70, indent=76)
    s.text(L, y + 30, f"联系电话：{c.agent_phone}　地址：{c.extra['firm_addr']}", font("serif", 30))
    s.right(R - 40, y + 160, num_date(c.filed_on - timedelta(days=3)), font("serif", 38))
    seal(s, R - 180, y + 150, c.firm, rng, radius=mm(20))
    return [s]


def _lawyer_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.text(L, T, "律师执业证复印件", font("sans", 30))
    x, y = L + mm(20), T + mm(15)
    s.box(x, y, x + mm(125), y + mm(88), width=3)
    s.centred(y + 40, "中华人民共和国律师执业证", font("serif_bold", 46), x0=x, x1=x + mm(125))
    s.draw.rectangle((x + 40, y + 140, x + 40 + mm(25), y + 140 + mm(33)), fill=(175, 175, 175))
    g = font("sans", 28)
    for i, line in enumerate([f"持证人：{c.agent}", f"执业机构：{c.firm}", f"执业证号：{c.extra['lic_no']}",
                              "发证机关：四川省司法厅", f"发证日期：{rng.randint(2012, 2022)}年{rng.randint(1, 12)}月"]):
        s.text(x + mm(34), y + 150 + i * 56, line, g)
    seal(s, x + mm(100), y + mm(70), "四川省司法厅", rng, radius=mm(15))
    s.box(x, y + mm(100), x + mm(125), y + mm(150), width=2)
    s.text(x + 30, y + mm(104), "律师年度考核备案", font("sans_bold", 30))
    s.text(x + 30, y + mm(114), "考核年度　2023　考核结果　称职", g)
    s.text(x + 30, y + mm(124), "备案机关　攀枝花市司法局", g)
    return [s]


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(T + 20, "攀枝花市东区人民法院", font("serif", 40))
    s.centred(T + 80, "申请执行人收取案款确认书", font("serif_bold", 54))
    f = font("serif", 32)
    rows = [["案号", c.number], ["申请执行人", c.applicant.name], ["收款户名", c.applicant.name],
            ["开户银行", c.extra["acct_bank"]], ["账号", ""], ["联系电话", c.agent_phone]]
    y = table(s, L + mm(5), T + 200, [mm(42), R - L - mm(52)], rows, f, row_h=96, centre_first=True)
    hand(s, L + mm(52), T + 200 + 96 * 4 + 20, c.extra["acct"], rng, size=42)
    y = flow(s, [("p", "本人（单位）确认以上账户为接收本案执行款的唯一账户，因账户信息错误造成的损失由本人（单位）承担。")],
             f, x0=L + mm(5), width=R - L - mm(10), y=y + 40, line_height=60, indent=64)
    s.text(L + mm(80), y + 60, "确认人：", f)
    if c.applicant.kind == "person":
        signature(s, L + mm(110), y + 40, c.applicant.name, rng)
    else:
        seal(s, L + mm(120), y + 70, c.applicant.name, rng, radius=mm(18))
    hand(s, L + mm(80), y + 160, num_date(c.filed_on), rng, size=36)
    return [s]


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(T + 20, "送达地址确认书", font("serif_bold", 60), spacing=8)
    f = font("serif", 30)
    who = c.applicant
    rows = [["案　号", c.number], ["受送达人", who.name], ["送达地址", who.address], ["收件人及电话", f"{c.agent}　{c.agent_phone}"],
            ["是否同意电子送达", "□否　☑是　手机号码："], ["告知事项", "1.送达地址变更应书面告知法院；2.因提供地址不准确、拒不提供"
                                                 "送达地址等原因导致文书未能实际接收的，文书退回之日视为送达之日。"],
            ["受送达人确认", "我已阅读告知事项，保证上述地址准确有效。"]]
    y = table(s, L, T + 130, [mm(44), R - L - mm(44)], rows, f, row_h=[76, 76, 110, 76, 76, 200, 180], centre_first=True)
    hand(s, L + mm(100), T + 130 + 76 * 3 + 110 + 14, c.agent_phone, rng, size=34)
    signature(s, L + mm(110), y - 90, c.agent, rng)
    hand(s, L + mm(150), y - 80, num_date(c.filed_on), rng, size=32)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 执行查控系统's printout ('总对总' feedback), a wide table in a small sans, the system's footer."""
    s = Sheet()
    s.text(L, T, "网络执行查控系统 — 查询结果反馈", font("sans_bold", 40))
    s.text(L, T + 64, f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}",
           font("sans", 24))
    mango = c.extra["story"] == "mango"
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "金额/数量", "反馈时间"]]
    units = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "攀枝花市商业银行", "四川农信", "公安部（车辆）",
             "自然资源部（不动产）", "中国证券登记结算", "支付宝", "财付通"]
    for i, u in enumerate(units, 1):
        hit = (mango and u == "四川农信") or (not mango and u in c.extra["resp_bank"])
        amount = "213.60" if mango and hit else (f"{float(c.amount) * 1.2:,.2f}" if hit else "")
        rows.append([str(i), u, "存款" if i <= 6 else ("车辆" if i == 7 else ("不动产" if i == 8 else "资金")),
                     "查询到信息" if hit else "未查询到信息", amount, f"{c.day(6):%Y-%m-%d} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"])
    table(s, L, T + 120, [mm(14), mm(44), mm(22), mm(36), mm(26), R - L - mm(142)], rows, font("sans", 22), row_h=62)
    s.text(L, B - 40, f"打印人：{c.officer}　打印时间：{c.day(7):%Y-%m-%d}　第1页 共1页", font("sans", 22))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    blocks = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
              ("p", f"甲乙双方就{c.basis_number}裁决书的执行，经攀枝花市东区人民法院执行局组织协商，自愿达成如下和解协议："),
              ("p", f"一、乙方于{num_date(c.day(30))}前将运费{money(c.amount)}一次性汇入攀枝花市东区人民法院执行款专户；"),
              ("p", "二、甲方同意放弃迟延履行期间的加倍债务利息；"),
              ("p", "三、乙方按期付清后，本案执行完毕；乙方逾期未付的，甲方可申请恢复执行原生效法律文书。"),
              ("p", "本协议一式三份，甲乙双方各执一份，交法院附卷一份。")]
    sheets = _typed([("执行和解协议", "hei", 58, 10)], blocks, rng, body="sans", size=36, x0=L + mm(4), x1=R - mm(4),
                    top=T + mm(8), footer="", line=2.0)
    s = sheets[-1]
    y = _last_y(s) + 60
    s.text(L + mm(4), y, "甲方（盖章）：", font("sans", 34))
    seal(s, L + mm(60), y + 20, a.name, rng, radius=mm(18))
    s.text(L + mm(95), y, "乙方（盖章）：", font("sans", 34))
    seal(s, L + mm(150), y + 20, r.name, rng, radius=mm(18))
    hand(s, L + mm(95), y + 130, num_date(c.day(25)), rng, size=36)
    return sheets
