"""The papers 东莞一院执行局 receives, each in its author's style: the application typed by a company's 法务 like a
民事起诉状 (or by the workers' lawyer), the bases (东莞仲裁委员会 award, 东莞中院 二审 judgment with the first court's
生效证明书, the 劳动人事争议仲裁院 调解书), 营业执照 copies and 法定代表人身份证明书, ID card copies, the company's
授权委托书, the law firm's 所函 and a 律师执业证 copy, a 诉讼费 receipt, the 财产线索 form filled by hand (partly in
pencil), 收款账户 and 送达地址 confirmations, the 总对总 查控 printout (a wide table) and the 东莞农商银行 reply, a bank
划款 slip or an 支付宝 transfer record."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, INK, Block, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_ai_kit import COURT, SHORT, DSheet, hei, ming, sans
from dossier.corpus.fonts import Font, font

CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "online_inquiry_result", "payment_voucher",
})
PENCIL = (118, 118, 122)


def song(size: float) -> Font:
    return font("serif", mm(size))


def song_b(size: float) -> Font:
    return font("serif_bold", mm(size))


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "买卖合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra.get('doc', '民事判决书')}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[DSheet]:
    fn = {"enforcement_application": _application, "enforcement_basis": _basis,
          "effectiveness_certificate": _certificate, "property_clue_form": _clues, "fee_receipt": _fee,
          "power_of_attorney": _attorney, "law_firm_letter": _firm_letter, "lawyer_license": _license,
          "payment_account_confirmation": _account, "service_address_confirmation": _address,
          "online_inquiry_result": _inquiry, "payment_voucher": _voucher}.get(code)
    if code == "identity_proof":
        return _identity(c, rng, respondent="respondent" in served)
    if fn is None:
        raise KeyError(code)
    return fn(c, rng)


def paper(blocks: list[Block], rng: random.Random, *, title: str, f: Font, lh: float, x0: float = 25,
          x1: float = 185, y: float = 36, title_font: Font | None = None, spacing: float = 1.5,
          page_foot: bool = False) -> list[DSheet]:
    sheets = [DSheet()]
    sheets[0].centred(mm(y - 14), title, title_font or song_b(7.5), spacing=mm(spacing))

    def more() -> tuple[DSheet, float]:
        sheets.append(DSheet())
        return sheets[-1], mm(25)

    end = flow(sheets[0], blocks, f, x0=mm(x0), width=mm(x1 - x0), y=mm(y), line_height=lh, indent=f.size * 2,
               bottom=mm(265), more=more)
    sheets[-1].extra_y = end  # type: ignore[attr-defined]
    if page_foot:
        for k, s in enumerate(sheets):
            s.centred(s.height - mm(15), f"第 {k + 1} 页 / 共 {len(sheets)} 页", sans(3.0))
    del rng
    return sheets


def _y(s: DSheet) -> float:
    return float(getattr(s, "extra_y", mm(200)))


def _application(c: CaseCtx, rng: random.Random) -> list[DSheet]:
    """Typed by the company's 法务 on the pattern of the 民事起诉状 they file every week (or by the workers' lawyer)."""
    a, r = c.applicant, c.respondent
    who = ([("f", f"申请人：{a.name}"), ("f", f"统一社会信用代码：{a.id_number}"), ("f", f"住所地：{a.address}"),
            ("f", f"法定代表人：{a.legal_rep}　　职务：总经理"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师")]
           if a.kind == "organisation" else
           [("f", f"申请人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族"), ("f", f"公民身份号码：{a.id_number}"),
            ("f", f"住址：{a.address}"), ("f", f"联系电话：{a.phone}"), ("f", f"委托代理人：{c.agent}，{c.firm}律师（法律援助）")])
    who += [("f", f"被申请人：{r.name}"), ("f", f"统一社会信用代码：{r.id_number}"), ("f", f"住所地：{r.address}"),
            ("f", f"法定代表人：{r.legal_rep}"), ("f", "")]
    facts = {
        "award": f"申请人与被申请人因{c.extra.get('goods')}买卖合同货款纠纷，申请人向东莞仲裁委员会申请仲裁。该会于"
                 f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书，裁决被申请人向申请人支付货款及逾期付款违约金。"
                 f"被申请人系{c.extra.get('hk')}在东莞投资设立的贸易公司，裁决作出后虽多次催告，被申请人仍以香港母公司资金未到位"
                 "为由拒不付款。",
        "appeal": f"申请人为被申请人加工{c.extra.get('goods')}，被申请人拖欠货款。申请人诉至{COURT}，该院作出"
                  f"{c.extra.get('first_number')}民事判决，被申请人不服提起上诉，广东省东莞市中级人民法院作出{c.basis_number}"
                  "民事判决，驳回上诉，维持原判。判决已发生法律效力，被申请人至今未履行。",
        "labour": f"申请人系被申请人员工，被申请人拖欠申请人等{c.extra.get('workers')}名员工{c.extra.get('months')}个月工资。"
                  f"经东莞市劳动人事争议仲裁院{str(c.extra.get('town', ''))[:2]}仲裁庭主持调解，双方达成调解协议，仲裁院出具"
                  f"{c.basis_number}调解书。调解书生效后被申请人负责人下落不明，工厂已停产。",
    }[str(c.extra.get("kind", "award"))]
    blocks: list[Block] = [*who, ("c", "申请事项"),
                           ("p", f"一、请求强制执行{basis_name(c)}，责令被申请人支付{money(c.amount)}；"),
                           ("p", "二、请求被申请人加倍支付迟延履行期间的债务利息；"),
                           ("p", "三、本案申请执行费由被申请人承担；"),
                           ("p", "四、请求对被申请人及其法定代表人采取限制消费措施，被申请人符合条件的，纳入失信被执行人名单。"),
                           ("c", "事实与理由"), ("p", facts),
                           ("p", f"为维护申请人的合法权益，根据{('《中华人民共和国民事诉讼法》第二百四十七条' if c.extra.get('kind') == 'appeal' else '《中华人民共和国民事诉讼法》第二百四十八条')}"
                                 "的规定，特向贵院申请强制执行。"),
                           ("f", "此致"), ("f", COURT), ("f", ""), ("r", f"申请人：{a.name}"), ("r", num_date(c.filed_on - timedelta(days=3)))]
    sheets = paper(blocks, rng, title="强制执行申请书", f=song(4.0), lh=mm(7.6), page_foot=True)
    s = sheets[-1]
    y = _y(s)
    if a.kind == "organisation":
        seal(s, mm(150), y - mm(14), a.name, rng)
    else:
        hand(s, mm(140), y + mm(2), a.name, rng, size=mm(7))
        s.draw.ellipse((mm(166), y, mm(176), y + mm(12)), fill=(200, 60, 60))  # 手印 (fingerprint)
    s.text(mm(25), s.height - mm(40), "附：1．执行依据及生效证明；2．营业执照副本复印件、法定代表人身份证明书；3．授权委托书；"
           "4．财产线索。", song(3.4))
    return sheets


def _basis(c: CaseCtx, rng: random.Random) -> list[DSheet]:
    kind = str(c.extra.get("kind", "award"))
    a, r = c.applicant, c.respondent
    if kind == "award":
        head, title = "东莞仲裁委员会", "裁　决　书"
        parties: list[Block] = [("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
                                ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
                                ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。")]
        body: list[Block] = [
            ("p", f"东莞仲裁委员会（以下简称本会）根据申请人与被申请人签订的《采购合同》中的仲裁条款及申请人的仲裁申请，受理了"
                  f"双方之间的买卖合同纠纷案。本会依法组成仲裁庭，于{cn_date(c.basis_effective - timedelta(days=40))}开庭审理，"
                  "被申请人经合法通知未到庭。本案现已审理终结。"),
            ("p", f"申请人称：申请人按被申请人的订单向其供应{c.extra.get('goods')}，双方对账确认被申请人尚欠货款，被申请人"
                  "承诺分期支付但未履行。"),
            ("p", "仲裁庭认为：双方的买卖合同关系合法有效。申请人已按约交付货物，被申请人应按对账单支付货款。被申请人未到庭，"
                  "视为放弃抗辩权利。"),
            ("p", "根据《中华人民共和国民法典》第五百零九条、第六百二十六条及《中华人民共和国仲裁法》第四十二条的规定，裁决如下："),
            ("p", f"（一）被申请人向申请人支付货款{money(c.amount)}；"),
            ("p", "（二）被申请人以欠付货款为基数，按全国银行间同业拆借中心公布的一年期贷款市场报价利率的1.5倍向申请人支付逾期付款违约金；"),
            ("p", "（三）本案仲裁费由被申请人承担。上述款项，被申请人应于本裁决书送达之日起十日内支付。"),
            ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
        signers = [f"首席仲裁员　{person_name(rng)}", f"仲裁员　{person_name(rng)}", f"仲裁员　{person_name(rng)}"]
        seal_name = "东莞仲裁委员会"
    elif kind == "appeal":
        head, title = "广东省东莞市中级人民法院", "民 事 判 决 书"
        parties = [("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，总经理。"),
                   ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
                   ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。")]
        body = [("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服{COURT}{c.extra.get('first_number')}民事判决，"
                      "向本院提起上诉。本院依法组成合议庭审理了本案。本案现已审理终结。"),
                ("p", f"上诉人上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人交付的{c.extra.get('goods')}"
                      "存在质量问题，上诉人有权拒付货款。"),
                ("p", "本院认为，上诉人主张模具存在质量问题，但在验收期内未提出异议，且已实际使用模具量产，其上诉理由不能成立。"
                      "一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项"
                      "规定，判决如下："),
                ("p", "驳回上诉，维持原判。"),
                ("p", f"一审判决：{r.name}于判决生效之日起十日内向{a.name}支付货款{money(c.amount)}及逾期付款利息。"),
                ("p", "二审案件受理费由上诉人负担。本判决为终审判决。")]
        signers = [f"审判长　{person_name(rng)}", f"审判员　{person_name(rng)}", f"审判员　{person_name(rng)}", "",
                   f"法官助理　{person_name(rng)}", f"书记员　{person_name(rng)}"]
        seal_name = "广东省东莞市中级人民法院"
    else:
        head, title = "东莞市劳动人事争议仲裁院", "调　解　书"
        parties = [("f", f"申请人：{a.name}，{a.sex}，身份证号码{a.id_number}，住{a.address}。"),
                   ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。")]
        body = [("p", f"申请人与被申请人劳动争议一案，本院依法受理。申请人请求：被申请人支付拖欠的{c.extra.get('months')}个月"
                      "工资及经济补偿。经本院仲裁庭主持调解，双方自愿达成如下协议："),
                ("p", f"一、被申请人于{cn_date(c.basis_effective + timedelta(days=10))}前一次性支付申请人工资及经济补偿共计"
                      f"{money(c.amount)}；"),
                ("p", "二、双方劳动关系于调解书签收之日解除，再无其他劳动争议。"),
                ("p", "上述协议符合有关法律规定，本院予以确认。本调解书经双方当事人签收后，即发生法律效力。")]
        signers = [f"仲裁员　{person_name(rng)}", f"书记员　{person_name(rng)}"]
        seal_name = "东莞市劳动人事争议仲裁院"
    blocks: list[Block] = [("r", c.basis_number), *parties, *body, ("f", ""), *[("r", x) for x in signers if x],
                           ("r", cn_date(c.basis_effective - timedelta(days=15)))]
    if kind == "award":
        sheets = paper(blocks, rng, title=title, f=song(4.1), lh=mm(7.8), y=50, title_font=song_b(8))
        sheets[0].centred(mm(20), head, song_b(8.4), spacing=mm(2), fill=(200, 40, 40))
        sheets[0].line(mm(25), mm(31), mm(185), mm(31), width=4, fill=(200, 40, 40))
    elif kind == "appeal":
        sheets = paper(blocks, rng, title=title, f=font("song_gb", mm(4.2)), lh=mm(8.0), y=50, title_font=hei(8))
        sheets[0].centred(mm(20), head, hei(7.4), spacing=mm(1))
        for k, s in enumerate(sheets):
            s.centred(s.height - mm(16), f"- {k + 1} -", ming(3.4))
    else:
        sheets = paper(blocks, rng, title=title, f=font("kai_gb", mm(4.3)), lh=mm(8.2), y=50, title_font=hei(8.4))
        sheets[0].centred(mm(20), head, hei(7.0), spacing=mm(1))
    s = sheets[-1]
    seal(s, mm(145), _y(s) - mm(12), seal_name, rng)
    if kind == "appeal":
        s.draw.rectangle((mm(30), _y(s) + mm(6), mm(82), _y(s) + mm(18)), outline=(200, 40, 40), width=3)
        s.text(mm(33), _y(s) + mm(8), "本件与原本核对无异", hei(4.2), fill=(200, 40, 40))
    for sh in sheets:
        sh.colour = kind != "appeal"
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> list[DSheet]:
    kind = str(c.extra.get("kind", "award"))
    s = DSheet()
    if kind == "appeal":
        s.centred(mm(30), COURT, hei(7), spacing=mm(0.8))
        s.centred(mm(46), "生 效 证 明 书", hei(8.6), spacing=mm(1))
        text = (f"本院{c.extra.get('first_number')}{c.applicant.name}与{c.respondent.name}买卖合同纠纷一案的民事判决书，"
                f"经广东省东莞市中级人民法院{c.basis_number}民事判决驳回上诉，维持原判，该判决书已于{cn_date(c.basis_effective)}"
                "发生法律效力。")
        who = COURT
    else:
        s.centred(mm(30), c.basis_court, hei(7), spacing=mm(0.8))
        s.centred(mm(46), "生 效 证 明", hei(8.6), spacing=mm(1))
        text = (f"本会（院）{c.basis_number}{c.extra.get('doc')}已于{cn_date(c.basis_effective)}送达双方当事人，"
                "该文书为终局法律文书，现已发生法律效力。")
        who = c.basis_court
    y = flow(s, [("f", f"{c.applicant.name}："), ("p", text), ("p", "特此证明。")], song(4.3), x0=mm(26), width=mm(158),
             y=mm(66), line_height=mm(8.6), indent=mm(8.6))
    s.right(mm(180), y + mm(24), cn_date(c.filed_on - timedelta(days=rng.randint(5, 12))), song(4.3))
    seal(s, mm(150), y + mm(26), who, rng)
    s.colour = True
    return [s]


def _licence(c: CaseCtx, rng: random.Random, p_name: str, code: str, rep: str, addr: str) -> DSheet:
    s = DSheet()
    s.colour = True
    d = s.draw
    x0, y0, x1, y1 = mm(22), mm(30), mm(188), mm(150)
    d.rectangle((x0, y0, x1, y1), fill=(246, 236, 214), outline=(180, 140, 60), width=6)
    s.centred(y0 + mm(8), "营 业 执 照", song_b(9), spacing=mm(2), fill=(160, 30, 30))
    s.centred(y0 + mm(22), "（副　本）", song(4), fill=(90, 60, 40))
    rows = [("统一社会信用代码", code), ("名　　称", p_name), ("类　　型", "有限责任公司（港澳台法人独资）" if "贸易" in p_name
                                                               else "有限责任公司（自然人投资或控股）"),
            ("法定代表人", rep), ("经营范围", "生产、销售五金制品、模具、电子产品；货物进出口"), ("住　　所", addr)]
    y = y0 + mm(34)
    for k, v in rows:
        s.text(x0 + mm(8), y, k, song(3.6))
        s.text(x0 + mm(40), y, v, song(3.6))
        y += mm(11)
    seal(s, x1 - mm(30), y1 - mm(24), "东莞市市场监督管理局", rng, radius=mm(17))
    s.text(mm(30), mm(165), "与原件一致", hei(6), fill=(200, 40, 40))
    seal(s, mm(130), mm(182), p_name, rng, radius=mm(19))
    return s


def _identity(c: CaseCtx, rng: random.Random, *, respondent: bool) -> list[DSheet]:
    p = c.respondent if respondent else c.applicant
    if p.kind == "person":
        s = DSheet()
        s.colour = True
        d = s.draw
        for k in range(2):
            x0, y0 = mm(45), mm(40 + 100 * k)
            d.rounded_rectangle((x0, y0, x0 + mm(120), y0 + mm(76)), radius=mm(5), fill=(226, 236, 240) if k == 0 else (236, 232, 220),
                                outline=(150, 160, 170), width=2)
            if k == 0:
                for j, line in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　民族　汉",
                                          f"出生　{p.born.year}年{p.born.month}月{p.born.day}日" if p.born else "出生",
                                          "住址　湖南省邵阳市" if p.id_number.startswith("43") else "住址　四川省内江市"]):
                    s.text(x0 + mm(6), y0 + mm(8 + 10 * j), line, sans(3.6))
                s.text(x0 + mm(6), y0 + mm(60), f"公民身份号码　{p.id_number}", sans(3.8))
                d.rectangle((x0 + mm(84), y0 + mm(8), x0 + mm(112), y0 + mm(44)), fill=(190, 196, 204))
            else:
                s.centred(y0 + mm(12), "中华人民共和国", song_b(5.4), x0=x0, x1=x0 + mm(120))
                s.centred(y0 + mm(26), "居民身份证", song_b(6.4), x0=x0, x1=x0 + mm(120))
                s.text(x0 + mm(10), y0 + mm(52), f"签发机关　{(p.id_number[:2] == '43' and '邵东县公安局') or '隆昌市公安局'}", sans(3.4))
                s.text(x0 + mm(10), y0 + mm(62), "有效期限　2016.05.11-2036.05.11", sans(3.4))
        hand(s, mm(60), mm(230), "此复印件仅供法院执行使用", rng, size=mm(5.5))
        hand(s, mm(120), mm(244), p.name, rng, size=mm(6.5))
        return [s]
    first = _licence(c, rng, p.name, p.id_number, p.legal_rep, p.address)
    proof = DSheet()
    y = flow(proof, [("f", f"{p.legal_rep}同志，在我单位任执行董事兼总经理职务，系我单位法定代表人。"),
                     ("p", f"身份证号码：{c.extra.get('rep_id') if respondent else person_name(rng) and c.extra.get('rep_id')}"),
                     ("p", "特此证明。"), ("f", ""), ("r", f"单位名称（盖章）：{p.name}"),
                     ("r", num_date(c.filed_on - timedelta(days=4)))], song(4.2), x0=mm(26), width=mm(158), y=mm(60),
                 line_height=mm(9.5), indent=mm(8.4))
    proof.centred(mm(36), "法定代表人身份证明书", song_b(7.6), spacing=mm(0.8))
    seal(proof, mm(150), y - mm(16), p.name, rng)
    proof.draw.rectangle((mm(40), y + mm(16), mm(170), y + mm(76)), outline=(150, 150, 150), width=1)
    proof.text(mm(44), y + mm(18), "（法定代表人身份证复印件粘贴处）", sans(3.2), fill=(120, 120, 120))
    proof.starts_document = True
    if respondent:  # the respondent's licence is a 企业信用信息公示系统 printout, no proof of representative
        first.lines.append("国家企业信用信息公示系统　打印日期" + num_date(c.filed_on - timedelta(days=6)))
        return [first]
    return [first, proof]


def _attorney(c: CaseCtx, rng: random.Random) -> list[DSheet]:
    a = c.applicant
    blocks: list[Block] = [("f", f"委托人：{a.name}"), ("f", f"法定代表人：{a.legal_rep}" if a.legal_rep else f"身份证号：{a.id_number}"),
                           ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                           ("p", f"现委托上列受托人在委托人与{c.respondent.name}{cause(c)}执行一案中，作为委托人的代理人。"),
                           ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、申请采取强制措施、参加执行和解、代收代转执行款项、"
                                 "签收法律文书、申请终结本次执行程序及申请恢复执行。"),
                           ("p", "委托期限：自签署之日起至本案执行终结之日止。"), ("f", ""),
                           ("r", f"委托人：{a.name}"), ("r", num_date(c.filed_on - timedelta(days=5)))]
    sheets = paper(blocks, rng, title="授 权 委 托 书", f=song(4.2), lh=mm(9.0), y=48)
    s = sheets[-1]
    if a.kind == "organisation":
        seal(s, mm(150), _y(s) - mm(14), a.name, rng)
        signature(s, mm(130), _y(s) + mm(4), a.legal_rep, rng)
    else:
        hand(s, mm(140), _y(s) + mm(2), a.name, rng, size=mm(7))
    return sheets


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[DSheet]:
    s = DSheet()
    s.centred(mm(20), c.firm, song_b(6.4), fill=(20, 60, 120))
    s.line(mm(24), mm(30), mm(186), mm(30), width=3, fill=(20, 60, 120))
    s.centred(mm(40), "律师事务所函", song_b(7.6), spacing=mm(1))
    s.right(mm(186), mm(54), f"〔{c.filed_on.year}〕莞{'信华卓'[len(c.firm) % 3]}执字第{rng.randint(10, 400)}号", song(3.8))
    y = flow(s, [("f", f"{COURT}："),
                 ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{cause(c)}执行一案的代理人。"),
                 ("p", "特此函告。"), ("f", ""),
                 ("f", "附：授权委托书一份"), ("r", c.firm), ("r", num_date(c.filed_on - timedelta(days=4)))],
             song(4.2), x0=mm(24), width=mm(162), y=mm(66), line_height=mm(9), indent=mm(8.4))
    seal(s, mm(150), y - mm(12), c.firm, rng)
    s.text(mm(24), mm(262), f"地址：东莞市南城街道鸿福路{rng.randint(100, 200)}号{rng.randint(10, 30)}楼　电话：0769-2{rng.randint(1000000, 9999999)}",
           sans(3.0), fill=(20, 60, 120))
    return [s]


def _license(c: CaseCtx, rng: random.Random) -> list[DSheet]:
    s = DSheet()
    d = s.draw
    for k in range(2):
        x0, y0 = mm(26), mm(30 + 118 * k)
        d.rectangle((x0, y0, x0 + mm(158), y0 + mm(104)), outline=(120, 120, 120), width=2, fill=(250, 250, 250))
        if k == 0:
            s.centred(y0 + mm(14), "中华人民共和国律师执业证", song_b(6.2), x0=x0, x1=x0 + mm(158))
            s.text(x0 + mm(10), y0 + mm(36), "（复印件）", sans(3.4))
        else:
            d.rectangle((x0 + mm(10), y0 + mm(10), x0 + mm(40), y0 + mm(50)), fill=(200, 200, 200))
            for j, line in enumerate([f"姓名：{c.agent}", f"执业机构：{c.firm}", "执业证类别：专职",
                                      f"执业证号：1441920{rng.randint(1000000000, 9999999999)}", "发证机关：广东省司法厅"]):
                s.text(x0 + mm(50), y0 + mm(12 + 12 * j), line, sans(3.8))
            seal(s, x0 + mm(130), y0 + mm(80), "广东省司法厅", rng, radius=mm(15))
    hand(s, mm(110), mm(262), f"与原件核对一致 {c.agent}", rng, size=mm(5))
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[DSheet]:
    s = DSheet(size=(mm(210), mm(120)))
    s.colour = True
    s.draw.rectangle((0, 0, s.width, s.height), fill=(248, 240, 240))
    s.centred(mm(8), "广东省法院诉讼费用专用票据（电子）", song_b(5.4), fill=(170, 40, 40))
    a = int(c.amount)
    fee = 50 + (a - 10000) * 15 // 1000 if a < 500000 else 7300 + (a - 500000) // 100
    table(s, mm(12), mm(24), [mm(36), mm(150)], [
        ["交款人", c.applicant.name], ["案号", c.number], ["项目", "申请执行费"],
        ["金额", f"{fee:,.2f}元（{money_caps(Decimal(fee))}）"], ["收款单位", SHORT],
        ["开票日期", num_date(c.filed_on)]], sans(3.6), row_h=mm(10), width=1, fill=(170, 40, 40))
    seal(s, mm(170), mm(96), "广东省财政厅票据监制章", rng, radius=mm(13))
    return [s]


def _clues(c: CaseCtx, rng: random.Random) -> list[DSheet]:
    """The bureau's blank 财产线索 form, filled by hand: pen for the names, pencil for what they were unsure of."""
    r = c.respondent
    s = DSheet()
    s.centred(mm(24), "被执行人财产线索提供表", song_b(7.2), spacing=mm(0.6))
    s.text(mm(22), mm(38), "（申请执行人填写，请如实填写，不清楚的写\"不详\"）", song(3.5))
    rows = [["被执行人名称", ""], ["银行账户（开户行及账号）", ""], ["不动产（坐落）", ""], ["车辆（车牌号）", ""],
            ["到期债权、应收货款", ""], ["机器设备、存货", ""], ["其他线索", ""], ["提供人签名及日期", ""]]
    table(s, mm(20), mm(48), [mm(52), mm(118)], rows, song(3.8), row_h=[mm(14), mm(26), mm(22), mm(16), mm(26), mm(26), mm(20), mm(18)], width=2)
    x, y = mm(76), mm(48)
    hand(s, x, y + mm(3), r.name, rng, size=mm(5.2))
    hand(s, x, y + mm(17), str(c.extra.get("bank", "东莞农村商业银行")), rng, size=mm(4.4))
    hand(s, x, y + mm(27), f"账号 {c.extra.get('account', '')}", rng, size=mm(4.4))
    hand(s, x, y + mm(43), str(c.extra.get("house", "不详")), rng, size=mm(4.4), ink=PENCIL)
    hand(s, x, y + mm(65), f"粤S·{rng.choice('ABCDEFGHJK')}{rng.randint(1000, 9999)}？（好像是老板开的）", rng, size=mm(4.6), ink=PENCIL)
    hand(s, x, y + mm(81), "该司的客户有一笔货款未付，听说在谈", rng, size=mm(4.4), ink=PENCIL)
    hand(s, x, y + mm(107), f"厂里有冲床、注塑机，在{r.address[6:9]}仓库", rng, size=mm(4.4))
    hand(s, x, y + mm(180), f"{c.agent}　{num_date(c.filed_on - timedelta(days=2))}", rng, size=mm(5), ink=INK)
    s.text(mm(20), mm(262), f"{SHORT}执行局制", song(3.0))
    return [s]


def _account(c: CaseCtx, rng: random.Random) -> list[DSheet]:
    a = c.applicant
    s = DSheet()
    s.centred(mm(26), "申请执行人收取案款确认书", hei(7.2))
    s.text(mm(24), mm(42), f"案号：{c.number}", song(4))
    table(s, mm(24), mm(52), [mm(46), mm(116)], [
        ["申请执行人", a.name], ["收款户名", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""],
        ["承诺", "以上账户信息由本人（单位）提供，真实有效。法院将案款汇入上述账户即视为已向本人（单位）发放，因账户信息错误"
                "造成的损失由本人（单位）自行承担。"], ["确认人签章", ""]], song(3.8),
        row_h=[mm(12), mm(12), mm(12), mm(12), mm(12), mm(30), mm(26)], width=2)
    x = mm(74)
    hand(s, x, mm(64), a.name, rng, size=mm(5))
    hand(s, x, mm(76), str(c.extra.get("own_bank", "")), rng, size=mm(4.6))
    hand(s, x, mm(88), str(c.extra.get("own_account", "")), rng, size=mm(4.6))
    hand(s, x, mm(100), c.agent_phone if a.kind == "organisation" else a.phone, rng, size=mm(4.6))
    hand(s, x, mm(148), f"{a.legal_rep or a.name}　{num_date(c.filed_on)}", rng, size=mm(5.5))
    if a.kind == "organisation":
        seal(s, mm(160), mm(150), a.name, rng, radius=mm(18))
    return [s]


def _address(c: CaseCtx, rng: random.Random) -> list[DSheet]:
    a = c.applicant
    s = DSheet()
    s.centred(mm(24), "送达地址确认书", hei(7.6), spacing=mm(1))
    rows = [["案号", c.number], ["受送达人", a.name], ["送达地址", ""], ["收件人", ""], ["手机号码", ""],
            ["是否同意电子送达", "□是　□否　　电子邮箱：____________"],
            ["告知事项", "一、受送达人应如实提供确认的送达地址，因地址不准确、拒不提供或变更未告知导致文书未能被实际接收的，"
                     "文书退回之日视为送达之日。二、本确认书适用于执行程序。"], ["受送达人签名", ""]]
    table(s, mm(22), mm(40), [mm(46), mm(120)], rows, song(3.7), row_h=[mm(11), mm(11), mm(18), mm(11), mm(11), mm(12), mm(32), mm(22)], width=2)
    x = mm(72)
    hand(s, x, mm(40 + 22 + 4), a.address, rng, size=mm(4.2))
    hand(s, x, mm(40 + 40 + 2), c.agent, rng, size=mm(4.8))
    hand(s, x, mm(40 + 51 + 2), c.agent_phone, rng, size=mm(4.6))
    hand(s, mm(22 + 49), mm(40 + 62 + 1), "✓", rng, size=mm(4.6))
    hand(s, x, mm(40 + 106 + 6), f"{c.agent}　{num_date(c.filed_on)}", rng, size=mm(5.4))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[DSheet]:
    """The 总对总 网络查控 feedback printed landscape (a wide table), then 东莞农商银行's 点对点 reply."""
    r = c.respondent
    s = DSheet(size=(mm(297), mm(210)))
    s.landscape = True
    s.text(mm(14), mm(12), "执行案件网络查控反馈结果（总对总）", hei(6))
    s.right(s.width - mm(14), mm(14), f"案号：{c.number}　打印日期：{num_date(c.day(4))}", sans(3.2))
    paid = c.method == "fully_performed"
    banks = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "招商银行", "东莞银行", "东莞农村商业银行",
             "支付宝（蚂蚁）", "财付通"]
    rows = [["序号", "查询对象", "协助单位", "反馈日期", "账户/标的", "余额/状态", "已冻结", "备注"]]
    for k, b in enumerate(banks, 1):
        hit = b == "东莞农村商业银行"
        rows.append([str(k), r.name, b, num_date(c.day(rng.randint(2, 4))),
                     c.extra.get("account", "") if hit else "无账户" if k % 3 else f"{rng.randint(4400, 4499)}****{rng.randint(1000, 9999)}",
                     (f"{c.amount * Decimal('0.62'):,.2f}" if paid else "103.45") if hit else ("—" if k % 3 else "0.00"),
                     "是" if hit else "否", "基本户" if hit else ""])
    rows += [[str(len(banks) + 1), r.name, "自然资源部（不动产）", num_date(c.day(5)), "未查到", "—", "否", ""],
             [str(len(banks) + 2), r.name, "公安部（车辆）", num_date(c.day(3)), "粤S·" + str(rng.randint(10000, 99999)) if not paid else "未查到",
              "抵押" if not paid else "—", "否", ""]]
    table(s, mm(12), mm(24), [mm(14), mm(56), mm(40), mm(28), mm(56), mm(30), mm(18), mm(31)], rows, sans(3.1),
          row_h=mm(11.5), width=1)
    s.text(mm(14), s.height - mm(14), f"操作人：{c.clerk}　　{SHORT}执行指挥中心", sans(3.0))
    reply = DSheet()
    reply.colour = True
    reply.text(mm(20), mm(18), "东莞农村商业银行", hei(6.4), fill=(0, 110, 70))
    reply.text(mm(20), mm(30), "DONGGUAN RURAL COMMERCIAL BANK", sans(3.0), fill=(0, 110, 70))
    reply.line(mm(20), mm(36), mm(190), mm(36), width=3, fill=(0, 110, 70))
    reply.centred(mm(46), "协助查询（冻结）回复函", song_b(6.6))
    y = flow(reply, [("f", f"{COURT}："),
                     ("p", f"贵院{c.number}协助执行通知书收悉。经查，{r.name}在我行开立账户情况如下："),
                     ("p", f"账号{c.extra.get('account')}，开户行{c.extra.get('bank')}，账户性质：基本存款账户，账户状态：正常。"),
                     ("p", f"查询日余额：{(c.amount * Decimal('0.62')) if paid else Decimal('103.45'):,.2f}元；已按贵院要求冻结，"
                           f"冻结期限自{num_date(c.day(10))}起一年。"),
                     ("p", "特此回复。"), ("r", "东莞农村商业银行股份有限公司"), ("r", num_date(c.day(11)))],
             song(4.0), x0=mm(22), width=mm(166), y=mm(62), line_height=mm(8.4), indent=mm(8))
    seal(reply, mm(150), y - mm(14), "东莞农村商业银行司法查控专用章", rng, radius=mm(19))
    reply.text(mm(22), y + mm(12), f"经办：{person_name(rng)}　复核：{person_name(rng)}　电话：0769-961122", sans(3.2))
    reply.starts_document = True
    return [s, reply]


def _voucher(c: CaseCtx, rng: random.Random) -> list[DSheet]:
    """The bank's 划款 slip into the court's account, and the court's 案款发放 record with the applicant's Alipay-era
    transfer record printed from the bank app (colour)."""
    s = DSheet(size=(mm(210), mm(110)))
    s.colour = True
    s.draw.rectangle((0, 0, s.width, s.height), fill=(236, 246, 240))
    s.text(mm(12), mm(8), "东莞农村商业银行　电子回单", hei(5.2), fill=(0, 100, 60))
    s.right(s.width - mm(12), mm(10), f"回单编号：DRC{rng.randint(10**9, 10**10 - 1)}", sans(3))
    table(s, mm(12), mm(22), [mm(32), mm(154)], [
        ["付款人", c.respondent.name], ["付款账号", str(c.extra.get("account", ""))], ["收款人", f"{SHORT}（执行案款专户）"],
        ["金额", f"{c.amount:,.2f}　{money_caps(c.amount)}"], ["用途", f"{c.number}执行款（法院扣划）"],
        ["交易时间", f"{num_date(c.day(24))} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}"]], sans(3.4),
        row_h=mm(10), width=1, fill=(0, 100, 60))
    seal(s, mm(172), mm(92), "东莞农村商业银行电子回单专用章", rng, radius=mm(12))
    p = DSheet()
    p.colour = True
    p.draw.rectangle((mm(55), mm(20), mm(155), mm(230)), fill=(246, 246, 248), outline=(200, 200, 200), width=2)
    p.draw.rectangle((mm(55), mm(20), mm(155), mm(36)), fill=(22, 119, 255))
    p.text(mm(60), mm(24), "支付宝　账单详情", sans(4.4), fill=(255, 255, 255))
    p.centred(mm(46), f"+{c.amount:,.2f}", sans(8), x0=mm(55), x1=mm(155))
    p.centred(mm(64), "交易成功", sans(4), x0=mm(55), x1=mm(155), fill=(30, 160, 60))
    yy = mm(80)
    for k, v in [("付款方", f"{SHORT}"), ("收款方", c.applicant.name), ("到账账户", str(c.extra.get("own_bank", ""))),
                 ("转账说明", f"{c.number}案款发放"), ("创建时间", f"{num_date(c.day(30))} 15:{rng.randint(10, 59)}"),
                 ("订单号", f"2024{rng.randint(10**15, 10**16 - 1)}")]:
        p.text(mm(60), yy, k, sans(3.4), fill=(120, 120, 120))
        p.right(mm(150), yy, v, sans(3.4))
        yy += mm(12)
    p.centred(mm(240), "案款发放凭证（申请执行人确认收款）", song_b(5), x0=mm(20), x1=mm(190))
    hand(p, mm(80), mm(254), f"已收到全部执行款 {c.applicant.legal_rep or c.applicant.name}", rng, size=mm(5.2), ink=BLUE_INK)
    return [s, p]
