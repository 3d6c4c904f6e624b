"""The papers 石河子市人民法院执行局 received, each in its author's style: the bases (石河子仲裁委员会's award on a
tractor's 分期付款 sale, 第八师中院's 二审 judgment on 籽棉, the 北泉人民法庭's 调解书), the lawyer's application and
papers, ID copies and licences, the 连队's certificate, the bank's and registries' replies, the 网络查控 printout,
bank slips and the forms the parties filled by hand."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import A4, Block, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_ah_kit import (
    APPEAL,
    ARBITRATION,
    BANK,
    COURT,
    REGISTRY,
    TRIBUNAL,
    VEHICLES,
    WIDTH,
    X0,
    HSheet,
    basis_name,
    cause,
    mark,
    mark_text,
    new,
    paged,
)
from dossier.corpus.fonts import Font, font

CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "evidence", "online_inquiry_result", "settlement_agreement", "payment_voucher",
})


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[HSheet]:
    note = served[0] if served else ""
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return [_certificate(c, rng)]
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "identity_proof":
        return [_id_copy(c, rng, note == "respondent")]
    if code == "online_inquiry_result":
        return _inquiry(c, rng, note)
    return [{"property_clue_form": _clues, "fee_receipt": _fee, "power_of_attorney": _attorney,
             "law_firm_letter": _firm_letter, "lawyer_license": _license, "payment_account_confirmation": _account,
             "service_address_confirmation": _address, "evidence": _company_proof, "settlement_agreement": _settlement,
             "payment_voucher": _slip}[code](c, rng)]


def _doc(c: CaseCtx, issuer: str, title: str, number: str, blocks: Sequence[Block], f: Font, tf: Font, *,
         hl: Sequence[str] = (), lh: float = 64) -> tuple[list[HSheet], float]:
    s = new(c)
    y = float(mm(28))
    s.centred(y, issuer, tf)
    y += tf.size * 1.5
    s.centred(y, title, font("serif_bold", int(tf.size * 1.25)), spacing=20)
    y += tf.size * 2.1
    w = f.getlength(number)
    s.text(X0 + WIDTH - w, y, number, f)
    mark_text(s, X0 + WIDTH - w, y, number, f)
    y += lh * 1.4
    return paged(c, s, blocks, y, f=f, lh=lh, highlight=lambda t: any(h in t for h in hl))


def _parties(c: CaseCtx, roles: tuple[str, str]) -> list[Block]:
    out: list[Block] = []
    for role, p in zip(roles, (c.applicant, c.respondent), strict=True):
        if p.kind == "person":
            out.append(("f", f"{role}：{p.name}，{p.sex}，{p.born:%Y年%m月%d日}出生，汉族，{c.extra['regiment']}"
                             f"{c.extra['company']}职工，住{p.address}。" if p.born else f"{role}：{p.name}"))
        else:
            out.append(("f", f"{role}：{p.name}，住所地{p.address}。"))
            out.append(("f", f"法定代表人：{p.legal_rep}，执行董事兼总经理。"))
    return out


def _basis(c: CaseCtx, rng: random.Random) -> list[HSheet]:
    kind = c.extra["kind"]
    amt = money(c.amount)
    if kind == "award":
        f, tf = font("song_gb", 40), font("serif_bold", 48)
        goods = c.extra["goods"]
        blocks: list[Block] = [*_parties(c, ("申请人", "被申请人")),
            ("p", f"{ARBITRATION}（以下简称本会）根据申请人与被申请人于{c.basis_effective.year - 2}年3月签订的《农业机械分期付款"
                  f"买卖合同》中的仲裁条款及申请人的仲裁申请，受理了双方之间的买卖合同纠纷案。本案适用《{ARBITRATION}仲裁规则》"
                  "简易程序，由独任仲裁员审理，于开庭后作出本裁决。"),
            ("p", f"申请人称：被申请人向申请人购买{goods}一台，总价款人民币二十八万元，首付后余款约定分六期于每年棉花交售后"
                  "支付，并约定所有权保留。被申请人支付两期后停止付款，经催告仍未支付。"),
            ("p", "被申请人辩称：近两年棉花减产，无力按期支付，请求延期。"),
            ("p", "本会认为：双方合同系真实意思表示，合法有效。被申请人未按约支付分期价款，已构成违约，应承担支付剩余价款及"
                  "违约金的责任。"),
            ("p", "本会裁决如下："),
            ("p", f"一、被申请人于本裁决书送达之日起十日内向申请人支付剩余货款及违约金共计{amt}；"),
            ("p", "二、本案仲裁费由被申请人承担，随前项款项一并支付申请人。"),
            ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
            ("r", f"独任仲裁员　{person_name(rng)}"), ("r", cn_date(c.basis_effective - timedelta(days=12))),
            ("r", f"书　记　员　{person_name(rng)}")]
        sheets, y = _doc(c, ARBITRATION, "裁 决 书", c.basis_number, blocks, f, tf, hl=("一、被申请人", "终局"))
        seal(sheets[-1], X0 + WIDTH - mm(40), max(y - 140, mm(45)), ARBITRATION, rng, radius=mm(21))
        return sheets
    if kind == "appeal":
        f, tf = font("serif", 39), font("serif_bold", 46)
        tons = c.extra["tons"]
        blocks = [*_parties(c, ("上诉人（原审被告）", "被上诉人（原审原告）"))[::-1][:0],
                  ("f", f"上诉人（原审被告）：{c.respondent.name}，住所地{c.respondent.address}。"),
                  ("f", f"负责人：{c.respondent.legal_rep}。"),
                  ("f", f"被上诉人（原审原告）：{c.applicant.name}，{c.applicant.sex}，{c.extra['regiment']}"
                        f"{c.extra['company']}职工，住{c.applicant.address}。"),
                  ("p", f"上诉人{c.respondent.name}因与被上诉人{c.applicant.name}籽棉买卖合同纠纷一案，不服{COURT}"
                        f"{c.extra['first']}民事判决，向本院提起上诉。本院立案后，依法组成合议庭审理了本案。本案现已审理终结。"),
                  ("p", f"原审查明：被上诉人于上年度秋季向上诉人交售机采籽棉{tons}吨，双方按衣分、回潮、含杂结算，上诉人出具"
                        "收购结算单，欠付籽棉款至今未付。原审判决上诉人支付欠付籽棉款及利息。"),
                  ("p", "上诉人上诉称：部分籽棉回潮超标，应扣减价款。被上诉人辩称：结算单已由上诉人确认，不存在扣减问题。"),
                  ("p", "本院认为：结算单系上诉人质检、过磅后出具，其上诉主张缺乏证据支持，不予采信。原审认定事实清楚，适用法律"
                        "正确。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项的规定，判决如下："),
                  ("p", "驳回上诉，维持原判。"),
                  ("p", f"原判确定上诉人{c.respondent.name}支付被上诉人{c.applicant.name}籽棉款{amt}。二审案件受理费由上诉人负担。"),
                  ("p", "本判决为终审判决。"),
                  ("r", f"审　判　长　{person_name(rng)}"), ("r", f"审　判　员　{person_name(rng)}"),
                  ("r", f"审　判　员　{person_name(rng)}"), ("r", cn_date(c.basis_effective)),
                  ("r", f"书　记　员　{person_name(rng)}")]
        sheets, y = _doc(c, APPEAL, "民 事 判 决 书", c.basis_number, blocks, f, tf, hl=("驳回上诉", "原判确定"))
        seal(sheets[-1], X0 + WIDTH - mm(45), max(y - 200, mm(45)), APPEAL, rng, radius=mm(21))
        sheets[-1].text(X0, y + 40, "本件与原本核对无异", font("hei", 34))
        return sheets
    f, tf = font("ming", 40), font("hei", 50)
    blocks = [*_parties(c, ("原告", "被告")),
              ("p", f"原告{c.applicant.name}与被告{c.respondent.name}农机作业服务合同纠纷一案，本院北泉人民法庭于"
                    f"{cn_date(c.basis_effective - timedelta(days=20))}立案后，依法适用简易程序进行审理。"),
              ("p", f"原告诉称：原告自有采棉机一台，上年为被告承包的{c.extra['mu']}亩棉田提供机采作业，被告至今未付作业费。"),
              ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
              ("p", f"一、被告{c.respondent.name}欠原告{c.applicant.name}机采作业费{amt}，于{cn_date(c.basis_effective + timedelta(days=30))}"
                    "前一次性付清；"),
              ("p", "二、被告逾期未履行的，原告可就全部欠款申请强制执行；"),
              ("p", "三、案件受理费减半收取，由被告负担。"),
              ("p", "上述协议，符合有关法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。"),
              ("r", f"审　判　员　{person_name(rng)}"), ("r", cn_date(c.basis_effective)),
              ("r", f"书　记　员　{person_name(rng)}")]
    sheets, y = _doc(c, COURT, "民 事 调 解 书", c.basis_number, blocks, f, tf, hl=("一、被告",))
    sheets[0].text(X0, mm(20), TRIBUNAL, font("hei", 30))
    seal(sheets[-1], X0 + WIDTH - mm(40), max(y - 150, mm(45)), COURT, rng, radius=mm(21))
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> HSheet:
    award = c.extra["kind"] == "award"
    issuer = ARBITRATION if award else COURT
    s = new(c)
    s.centred(mm(40), issuer, font("serif_bold", 50))
    s.centred(mm(58), "生 效 证 明 书" if not award else "裁决书生效证明", font("serif_bold", 64), spacing=10)
    f = font("serif", 42)
    text = (f"{c.basis_number}{c.applicant.name}与{c.respondent.name}买卖合同纠纷一案裁决书，已于{cn_date(c.basis_effective)}"
            "送达双方当事人。该裁决为终局裁决，自作出之日起发生法律效力。" if award else
            f"{c.applicant.name}与{c.respondent.name}籽棉买卖合同纠纷一案，本院{c.extra['first']}民事判决书，经{APPEAL}"
            f"{c.basis_number}民事判决驳回上诉、维持原判，已于{cn_date(c.basis_effective)}发生法律效力。")
    y = flow(s, [("p", text), ("p", "特此证明。")], f, x0=X0, width=WIDTH, y=mm(82), line_height=72, indent=84)
    mark(s, X0 - 6, mm(82) - 4, X0 + WIDTH + 6, mm(82) + 60)
    s.right(X0 + WIDTH, y + 160, cn_date(c.filed_on - timedelta(days=rng.randint(3, 12))), f)
    seal(s, X0 + WIDTH - mm(35), y + 150, issuer, rng, radius=mm(21))
    return s


def _application(c: CaseCtx, rng: random.Random) -> list[HSheet]:
    f = font("microhei", 38)
    s = new(c)
    s.centred(mm(30), "强制执行申请书", font("microhei", 64), spacing=14)
    a, r = c.applicant, c.respondent
    blocks: list[Block] = [
        ("f", f"申请执行人：{a.name}" + (f"，身份证号{a.id_number}，住{a.address}，电话{a.phone}" if a.kind == "person"
                                      else f"，统一社会信用代码{a.id_number}，住所地{a.address}，法定代表人{a.legal_rep}")),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
        ("f", f"被执行人：{r.name}" + (f"，身份证号{r.id_number}，住{r.address}" if r.kind == "person"
                                    else f"，统一社会信用代码{r.id_number}，住所地{r.address}，负责人{r.legal_rep}")),
        ("f", "申请事项："),
        ("f", f"1．请求依法强制执行{basis_name(c)}，责令被执行人支付{money(c.amount)}；"),
        ("f", "2．请求责令被执行人加倍支付迟延履行期间的债务利息；"),
        ("f", "3．执行费用由被执行人负担；"),
        ("f", "4．请求对被执行人采取限制高消费措施，并将其纳入失信被执行人名单。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{cause(c)}一案，经{c.basis_court}作出{c.basis_number}法律文书，该文书已于"
              f"{cn_date(c.basis_effective)}发生法律效力。被执行人至今未履行。为维护申请执行人的合法权益，根据《中华人民共和国"
              "民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
        ("p", "被执行人在石河子农村商业银行开有账户；其名下财产线索详见《财产线索表》。"),
        ("f", "此致"), ("f", COURT)]
    sheets, y = paged(c, s, blocks, float(mm(48)), f=f, lh=62, highlight=lambda t: t.startswith("1．"), footer=False)
    last = sheets[-1]
    if y > A4[1] - mm(80):
        last = new(c)
        sheets.append(last)
        y = float(mm(30))
    last.text(X0 + WIDTH * 0.5, y + 60, "申请执行人：", f)
    if a.kind == "person":
        signature(last, X0 + WIDTH * 0.5 + f.getlength("申请执行人："), y + 45, a.name, rng)
    else:
        last.text(X0 + WIDTH * 0.5 + f.getlength("申请执行人："), y + 60, a.name[:8] + "…", f, record=False)
        seal(last, X0 + WIDTH * 0.72, y + 80, a.name, rng, radius=mm(19))
    last.text(X0 + WIDTH * 0.5, y + 140, "代理人：", f)
    signature(last, X0 + WIDTH * 0.5 + f.getlength("代理人："), y + 125, c.agent, rng)
    last.text(X0 + WIDTH * 0.5, y + 220, num_date(c.filed_on - timedelta(days=2)), f)
    for k, sh in enumerate(sheets, 1):
        if len(sheets) > 1:
            sh.page_of = (k, len(sheets))
            sh.right(X0 + WIDTH, A4[1] - mm(15), f"{k}/{len(sheets)}", font("microhei", 28))
    return sheets


def _id_copy(c: CaseCtx, rng: random.Random, respondent: bool) -> HSheet:
    p = c.respondent if respondent else c.applicant
    s = new(c)
    f = font("hei", 34)
    if p.kind == "person":
        s.centred(mm(20), "居民身份证复印件", font("hei", 46))
        x, y = X0 + mm(20), mm(40)
        s.draw.rounded_rectangle((x, y, x + mm(128), y + mm(81)), radius=30, fill=(228, 236, 240), outline=(150, 160, 170), width=3)
        lines = [f"姓名  {p.name}", f"性别  {p.sex}    民族  汉", f"出生  {p.born:%Y年%m月%d日}" if p.born else "出生",
                 f"住址  {p.address[:14]}", f"      {p.address[14:]}"]
        for k, t in enumerate(lines):
            s.text(x + 30, y + 40 + k * 72, t, f)
        s.text(x + 30, y + mm(68), f"公民身份号码  {p.id_number}", font("hei", 38))
        mark_text(s, x + 30 + font("hei", 38).getlength("公民身份号码  "), y + mm(68), p.id_number, font("hei", 38))
        s.draw.rectangle((x + mm(90), y + 40, x + mm(122), y + mm(55)), fill=(190, 196, 202))
        y2 = y + mm(95)
        s.draw.rounded_rectangle((x, y2, x + mm(128), y2 + mm(81)), radius=30, fill=(232, 238, 236), outline=(150, 160, 170), width=3)
        s.centred(y2 + 90, "中华人民共和国", font("hei", 50), x0=x, x1=x + mm(128))
        s.centred(y2 + 170, "居 民 身 份 证", font("hei", 58), x0=x, x1=x + mm(128))
        s.text(x + 40, y2 + mm(58), "签发机关  石河子市公安局" if rng.random() < 0.5 else "签发机关  第八师公安局", f)
        s.text(x + 40, y2 + mm(68), f"有效期限  {p.born.year + 36 if p.born else 2030}.06.12-长期", f)
        hand(s, x + mm(20), y2 + mm(95), "此复印件与原件一致", rng, size=44)
        signature(s, x + mm(90), y2 + mm(93), p.name, rng)
        return s
    s.centred(mm(22), "营 业 执 照", font("serif_bold", 72), spacing=10)
    s.centred(mm(36), "（副　本）", font("serif", 40))
    s.box(X0 - 10, mm(14), X0 + WIDTH + 10, A4[1] - mm(60), width=8, outline=(170, 120, 60))
    rows = [("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("注册资本", f"{rng.choice([200, 500, 800, 1000])}万元人民币"),
            ("住　　所", p.address), ("经营范围", "农业机械销售、维修；农业机械租赁；农作物收割服务；棉花收购、加工；"
                                          "农副产品销售（依法须经批准的项目，经相关部门批准后方可开展经营活动）")]
    ly = float(mm(52))
    fb = font("serif", 38)
    for label, val in rows:
        s.text(X0 + 30, ly, label, fb)
        ly = flow(s, [("f", val)], fb, x0=X0 + mm(50), width=WIDTH - mm(60), y=ly, line_height=62, indent=0) + 24
    s.right(X0 + WIDTH - 30, A4[1] - mm(100), "登记机关　第八师石河子市市场监督管理局", fb)
    seal(s, X0 + WIDTH - mm(50), A4[1] - mm(100), "第八师石河子市市场监督管理局", rng, radius=mm(22))
    hand(s, X0 + mm(10), A4[1] - mm(48), "与原件核对一致", rng, size=42)
    seal(s, X0 + mm(110), A4[1] - mm(45), p.name, rng, radius=mm(18))
    return s


def _firm_head(s: HSheet, c: CaseCtx, title: str) -> float:
    s.text(X0, mm(18), c.firm, font("serif_bold", 56), fill=(150, 20, 20))
    s.line(X0, mm(30), X0 + WIDTH, mm(30), width=5, fill=(150, 20, 20))
    s.text(X0, mm(32), f"地址：{c.extra['firm_addr']}　电话：0993-{2000000 + len(c.firm) * 1111}", font("sans", 28))
    s.centred(mm(48), title, font("serif_bold", 62), spacing=14)
    return float(mm(64))


def _firm_letter(c: CaseCtx, rng: random.Random) -> HSheet:
    s = new(c)
    y = _firm_head(s, c, "律师事务所函")
    f = font("serif", 40)
    no = f"石律函字〔{c.filed_on.year}〕第{rng.randint(10, 300)}号"
    s.right(X0 + WIDTH, y, no, f)
    y = flow(s, [("f", f"{COURT}："),
                 ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{cause(c)}执行一案申请执行人的"
                       "委托代理人。特此函告。"),
                 ("f", "附：授权委托书一份，律师执业证复印件一份。")], f, x0=X0, width=WIDTH, y=y + 100, line_height=68, indent=80)
    s.right(X0 + WIDTH, y + 160, cn_date(c.filed_on - timedelta(days=2)), f)
    seal(s, X0 + WIDTH - mm(35), y + 150, c.firm, rng, radius=mm(21))
    return s


def _attorney(c: CaseCtx, rng: random.Random) -> HSheet:
    s = new(c)
    s.centred(mm(26), "授 权 委 托 书", font("serif_bold", 66), spacing=14)
    f = font("serif", 38)
    a = c.applicant
    y = flow(s, [("f", f"委托人：{a.name}" + (f"，身份证号{a.id_number}" if a.kind == "person" else f"，法定代表人{a.legal_rep}")),
                 ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                 ("p", f"现委托上述受托人在我方与{c.respondent.name}{cause(c)}执行一案中，作为我方委托代理人。"),
                 ("f", "代理权限：特别授权。包括代为申请执行、提供财产线索、参加执行谈话、代为达成执行和解、代为签收法律文书，"
                       "代为领取执行款须另行书面确认。"),
                 ("f", "代理期限：自签署之日起至本案执行终结止。")], f, x0=X0, width=WIDTH, y=mm(48), line_height=66, indent=76)
    s.text(X0 + WIDTH * 0.45, y + 120, "委托人：", f)
    if a.kind == "person":
        signature(s, X0 + WIDTH * 0.45 + f.getlength("委托人："), y + 100, a.name, rng)
        s.draw.ellipse((X0 + WIDTH * 0.75, y + 95, X0 + WIDTH * 0.75 + 46, y + 150), fill=(200, 40, 40))  # 手印
    else:
        seal(s, X0 + WIDTH * 0.7, y + 130, a.name, rng, radius=mm(19))
    s.text(X0 + WIDTH * 0.45, y + 220, "受托人：", f)
    signature(s, X0 + WIDTH * 0.45 + f.getlength("受托人："), y + 200, c.agent, rng)
    s.text(X0 + WIDTH * 0.45, y + 320, num_date(c.filed_on - timedelta(days=3)), f)
    return s


def _license(c: CaseCtx, rng: random.Random) -> HSheet:
    s = new(c)
    x, y = X0 + mm(15), mm(30)
    s.draw.rectangle((x, y, x + mm(140), y + mm(100)), fill=(236, 230, 214), outline=(120, 100, 80), width=3)
    s.centred(y + 40, "中华人民共和国律师执业证", font("serif_bold", 50), x0=x, x1=x + mm(140))
    f = font("sans", 34)
    no = f"1659{rng.randint(2008, 2021)}1{rng.randint(1000000, 9999999)}"
    for k, t in enumerate([f"执业机构  {c.firm}", "执业证类别  专职律师", f"执业证号  {no}", f"持证人  {c.agent}",
                           f"性别  {rng.choice('男女')}", "发证机关  新疆生产建设兵团司法局"]):
        s.text(x + 40, y + 150 + k * 66, t, f)
    s.draw.rectangle((x + mm(100), y + 150, x + mm(130), y + 150 + mm(40)), fill=(200, 205, 210))
    seal(s, x + mm(110), y + mm(85), "新疆生产建设兵团司法局", rng, radius=mm(18))
    y2 = y + mm(110)
    s.draw.rectangle((x, y2, x + mm(140), y2 + mm(70)), fill=(240, 236, 224), outline=(120, 100, 80), width=3)
    s.text(x + 40, y2 + 40, "年度考核备案", font("serif_bold", 40))
    s.text(x + 40, y2 + 120, f"考核年度 {c.filed_on.year - 1}   考核结果  称职", f)
    seal(s, x + mm(95), y2 + mm(40), "新疆生产建设兵团第八师司法局", rng, radius=mm(16))
    hand(s, X0, y2 + mm(90), "复印件与原件一致", rng, size=44)
    signature(s, X0 + mm(80), y2 + mm(88), c.agent, rng)
    return s


def _handform(c: CaseCtx, title: str, rows: list[list[str]], fills: list[str], rng: random.Random, *,
              heights: list[int] | None = None, who: str = "", day: date | None = None) -> HSheet:
    s = new(c)
    s.centred(mm(22), COURT, font("hei", 44))
    s.centred(mm(34), title, font("hei", 58), spacing=8)
    f = font("ming", 34)
    s.text(X0, mm(48), f"案号：{c.number}", f)
    h = heights or [120] * len(rows)
    y = float(mm(56))
    table(s, X0, y, [mm(55), WIDTH - mm(55)], rows, f, row_h=h)
    yy = y
    for k, t in enumerate(fills):
        if t:
            hand(s, X0 + mm(58), yy + h[k] / 2 - 22, t, rng, size=40)
        yy += h[k]
    s.text(X0 + WIDTH * 0.45, yy + 80, "签名（盖章）：", f)
    signature(s, X0 + WIDTH * 0.45 + f.getlength("签名（盖章）："), yy + 60, who or c.applicant.name, rng)
    d = day or c.filed_on
    hand(s, X0 + WIDTH * 0.5, yy + 170, f"{d.year}年{d.month}月{d.day}日", rng, size=38)
    return s


def _clues(c: CaseCtx, rng: random.Random) -> HSheet:
    r = c.respondent
    rows = [["被执行人", r.name], ["银行账户", ""], ["不动产", ""], ["车辆、农机", ""], ["棉花、土地承包", ""], ["其他线索", ""]]
    fills = [r.name, f"{BANK} 账号待查", "厂区土地及房屋（北泉镇）" if r.kind != "person" else "无",
             "东方红拖拉机1台（分期未付清）" if r.kind == "person" else "轧花设备、装载机",
             f"{c.extra['regiment']}{c.extra['company']}承包地" if r.kind == "person" else "库存皮棉（可能已质押）",
             "团场应付棉花款"]
    s = _handform(c, "被执行人财产线索表", rows, ["", *fills[1:]], rng, heights=[110, 170, 170, 170, 170, 170], who=c.agent)
    return s


def _account(c: CaseCtx, rng: random.Random) -> HSheet:
    a = c.applicant
    rows = [["申请执行人", a.name], ["收款户名", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""],
            ["声明", "以上账户为本人（本单位）指定的收取执行款账户，法院将执行款转入该账户即视为已领取。账户变更的，"
                     "本人将书面告知法院，否则承担不利后果。"]]
    acct = c.extra["account"]
    return _handform(c, "申请执行人收取执行款确认书", rows, ["", a.name, c.extra["bank"], acct, a.phone, ""], rng,
                     heights=[110, 110, 110, 110, 110, 250], who=a.name if a.kind == "person" else c.agent)


def _address(c: CaseCtx, rng: random.Random) -> HSheet:
    a = c.applicant
    rows = [["受送达人", a.name], ["送达地址", ""], ["收件人及电话", ""], ["是否同意电子送达", ""], ["手机号码/微信", ""],
            ["告知事项", "送达地址确认书适用于执行程序。送达地址变更的，应及时书面告知法院；因提供的地址不准确或者变更后"
                       "未告知的，文书退回之日视为送达之日。"]]
    return _handform(c, "送达地址确认书", rows, ["", c.extra["firm_addr"] + "（代理人）", f"{c.agent} {c.agent_phone}", "同意",
                                             c.agent_phone, ""], rng, heights=[110, 130, 110, 110, 110, 260], who=c.agent)


def _company_proof(c: CaseCtx, rng: random.Random) -> HSheet:
    """The 连队's certificate: a half sheet of letter paper, handwritten, the 连队 seal over the signature."""
    s = new(c)
    reg, comp = c.extra["regiment"], c.extra["company"]
    s.text(X0, mm(20), f"新疆生产建设兵团第八师{reg}{comp}", font("serif_bold", 50), fill=(170, 25, 25))
    s.line(X0, mm(30), X0 + WIDTH, mm(30), width=4, fill=(170, 25, 25))
    for k in range(16):
        s.line(X0, mm(50) + k * 92, X0 + WIDTH, mm(50) + k * 92, width=1, fill=(200, 170, 170))
    hand(s, X0 + WIDTH / 2 - 60, mm(38), "证　明", rng, size=64)
    farmer = c.applicant if c.applicant.kind == "person" else c.respondent
    text = (f"兹证明{farmer.name}（身份证号{farmer.id_number}）系我连职工，承包棉田"
            f"{rng.randint(60, 140)}亩。" + ("其所种籽棉于上年十月交售给" + c.respondent.name + "，至今未收到棉款，情况属实。"
                                          if c.extra["kind"] == "appeal" else
                                          "该职工今年棉花款已由团场统一结算，扣除农资、水费后无余款，家庭困难。"
                                          if c.extra["kind"] == "award" else
                                          f"其采棉机上年在{c.respondent.name}承包地作业，作业费未结清，情况属实。"))
    lines = []
    cur = ""
    for ch in "　　" + text + "　特此证明。":
        cur += ch
        if len(cur) >= 24:
            lines.append(cur)
            cur = ""
    lines.append(cur)
    y = mm(50) + 30
    for t in lines:
        hand(s, X0 + 10, y, t, rng, size=46)
        y += 92
    hand(s, X0 + WIDTH * 0.5, y + 100, f"{reg}{comp}（盖章）", rng, size=44)
    d = c.filed_on - timedelta(days=rng.randint(5, 20))
    hand(s, X0 + WIDTH * 0.5, y + 200, f"{d.year}年{d.month}月{d.day}日", rng, size=44)
    seal(s, X0 + WIDTH * 0.62, y + 150, f"新疆生产建设兵团第八师{reg}{comp}", rng, radius=mm(19))
    return s


def _fee(c: CaseCtx, rng: random.Random) -> HSheet:
    s = new(c)
    x, y = X0, mm(30)
    w, h = WIDTH, mm(110)
    s.box(x, y, x + w, y + h, width=3, outline=(40, 100, 60))
    s.centred(y + 30, "新疆生产建设兵团非税收入统一票据", font("song_gb", 50), fill=(40, 100, 60))
    f = font("song_gb", 34)
    no = f"NO 6590{rng.randint(10000000, 99999999)}"
    s.text(x + w - f.getlength(no) - 30, y + 100, no, f, fill=(200, 40, 40))
    s.text(x + 30, y + 160, f"交款人：{c.applicant.name}", f)
    s.text(x + w / 2, y + 160, f"开票日期：{c.filed_on:%Y-%m-%d}", f)
    amount = (Decimal(50) + max(c.amount - 10000, Decimal(0)) * Decimal("0.015")).quantize(Decimal("0.01"))
    rows = [["项目编码", "项目名称", "数量", "金额（元）"], ["103040101", "申请执行费（预交）", "1", f"{amount:,.2f}"],
            ["", "", "", ""], ["金额合计（大写）", money_caps(amount)]]
    table(s, x + 30, y + 230, [mm(40), mm(60), mm(20), w - 60 - mm(120)], rows, f, row_h=78, fill=(40, 100, 60))
    s.text(x + 30, y + 590, f"执收单位：{COURT}　　收款人：{person_name(rng)}", f)
    s.text(x + 30, y + 650, f"备注：{c.number}", f)
    seal(s, x + w - mm(40), y + 600, "新疆生产建设兵团石河子市人民法院财务专用章", rng, radius=mm(18))
    return s


def _inquiry(c: CaseCtx, rng: random.Random, note: str) -> list[HSheet]:
    r = c.respondent
    if note in ("bank", "registry", "vehicle"):
        issuer = {"bank": c.extra["bank"], "registry": REGISTRY, "vehicle": VEHICLES}[note]
        s = new(c)
        title = {"bank": "协助执行回执", "registry": "不动产登记信息查询结果告知书", "vehicle": "机动车信息查询回复函"}[note]
        s.centred(mm(26), issuer, font("sans_bold", 46))
        s.centred(mm(40), title, font("sans_bold", 56))
        f = font("sans", 36)
        body_text = {
            "bank": f"贵院{c.number}协助执行通知书收悉。经查，被执行人{r.name}在我行开立账户{c.extra['account']}，"
                    f"已冻结金额{rng.randint(1200, 9800)}.{rng.randint(10, 99)}元，冻结期限一年。其余账户无余额。",
            "registry": f"贵院{c.number}协助查询函收悉。经查询不动产登记信息系统，截至查询日，被执行人{r.name}"
                        f"名下登记有北泉镇工业园区厂房一处（不动产权证号：兵(2019)石河子市不动产权第{rng.randint(1000, 9999)}号），"
                        f"已设定抵押，抵押权人{BANK}。",
            "vehicle": f"贵院{c.number}查询函收悉。经查询，被执行人{r.name}名下登记机动车一辆（新C·{rng.randint(10000, 99999)}，"
                       "轻型普通货车），已登记抵押；另有拖拉机等农业机械不属本所登记范围，请向农机监理部门查询。",
        }[note]
        y = flow(s, [("f", f"{COURT}："), ("p", body_text), ("p", "特此回复。")], f, x0=X0, width=WIDTH, y=mm(58),
                 line_height=64, indent=72)
        mark(s, X0, mm(58) + 64, X0 + WIDTH, mm(58) + 64 * 3)
        s.text(X0, y + 60, f"经办人：{person_name(rng)}　　电话：0993-{rng.randint(2000000, 6999999)}", f)
        s.right(X0 + WIDTH, y + 180, num_date(c.day(12 + len(note))), f)
        seal(s, X0 + WIDTH - mm(35), y + 170, issuer if note != "bank" else f"{BANK}业务专用章", rng, radius=mm(20))
        return [s]
    f = font("sans", 27)
    out: list[HSheet] = []
    day = c.day(3)
    rows = [["序号", "协助单位", "查询类型", "反馈结果", "余额/数量", "反馈时间"]]
    found = {"中国农业银行": "有账户", BANK: "有账户，已冻结", "不动产登记": "有记录" if r.kind != "person" else "无",
             "公安部车辆": "有记录" if r.kind != "person" else "无"}
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", BANK, "新疆银行",
             "证券登记结算", "不动产登记", "公安部车辆", "支付宝", "财付通", "京东金融", "中国人民银行", "自然资源部"]
    for k, u in enumerate(units, 1):
        res = found.get(u, "未查询到结果")
        rows.append([str(k), u, "存款" if "银行" in u else "财产", res,
                     f"{rng.randint(0, 9000)}.{rng.randint(0, 99):02d}" if "账户" in res else "0.00",
                     f"{(day + timedelta(days=rng.randint(1, 4))):%Y-%m-%d} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"])
    cols = [mm(14), mm(52), mm(22), mm(40), mm(26), WIDTH - mm(154)]
    for part, chunk in enumerate((rows[:10], [rows[0], *rows[10:]])):
        s = new(c)
        s.text(X0, mm(14), "人民法院执行案件流程信息管理系统", f)
        s.right(X0 + WIDTH, mm(14), f"打印时间：{c.day(9):%Y-%m-%d} 10:2{part}", f)
        s.centred(mm(24), "网络查控结果（总对总）", font("sans_bold", 46))
        s.text(X0, mm(38), f"案号：{c.number}　被查询人：{r.name}　证件号码：{r.id_number}", f)
        mark_text(s, X0 + f.getlength("案号："), mm(38), c.number, f)
        y = table(s, X0, mm(46), cols, chunk, f, row_h=88, pad=6)
        for i, row in enumerate(chunk):
            if "账户" in row[3] or "记录" in row[3]:
                mark(s, X0, mm(46) + 88 * i, X0 + WIDTH, mm(46) + 88 * (i + 1))
        s.text(X0, y + 30, f"第{part + 1}页 共2页", f)
        s.page_of = (part + 1, 2)
        out.append(s)
    return out


def _settlement(c: CaseCtx, rng: random.Random) -> HSheet:
    s = new(c)
    s.centred(mm(26), "执 行 和 解 协 议", font("kai", 66), spacing=12)
    f = font("kai", 40)
    first = (c.amount * 2 / 5).quantize(c.amount)
    y = flow(s, [("f", f"甲方（申请执行人）：{c.applicant.name}"), ("f", f"乙方（被执行人）：{c.respondent.name}"),
                 ("p", f"关于{COURT}{c.number}执行一案，经执行法官主持，双方自愿达成如下和解协议："),
                 ("p", f"一、乙方于{cn_date(c.day(25))}前支付{first:,.2f}元，余款{c.amount - first:,.2f}元于"
                       f"{cn_date(c.day(55))}前付清，均汇入{COURT}执行款专户；"),
                 ("p", "二、乙方按期付清的，甲方放弃迟延履行利息；乙方任何一期逾期，甲方有权申请恢复执行原生效法律文书；"),
                 ("p", f"三、甲方同意乙方以{c.extra.get('goods', '拖拉机')}继续耕作，付清后所有权转移。"),
                 ("p", "本协议一式三份，双方各执一份，交法院附卷一份。")], f, x0=X0, width=WIDTH, y=mm(46),
             line_height=68, indent=80)
    mark(s, X0, mm(46) + 68 * 3, X0 + WIDTH, mm(46) + 68 * 5)
    s.text(X0, y + 80, "甲方：", f)
    if c.applicant.kind != "person":
        seal(s, X0 + mm(40), y + 100, c.applicant.name, rng, radius=mm(18))
    signature(s, X0 + mm(20), y + 140, c.agent, rng)
    s.text(X0 + WIDTH / 2, y + 80, "乙方：", f)
    signature(s, X0 + WIDTH / 2 + mm(20), y + 60, c.respondent.name if c.respondent.kind == "person" else c.respondent.legal_rep, rng)
    s.text(X0, y + 260, f"见证人（执行员）：{c.officer}", f)
    s.text(X0 + WIDTH / 2, y + 260, num_date(c.day(20)), f)
    return s


def _slip(c: CaseCtx, rng: random.Random) -> HSheet:
    s = new(c)
    x, y, w = X0, mm(24), WIDTH
    teal = (20, 110, 120)
    s.text(x, y, "石河子农村商业银行", font("sans_bold", 50), fill=teal)
    s.right(x + w, y + 10, "业务回单（付款）", font("sans_bold", 40))
    f = font("mono", 32)
    day = c.closed_on - timedelta(days=rng.randint(3, 9))
    rows = [["交易日期", f"{day:%Y%m%d}", "流水号", f"{rng.randint(10**13, 10**14 - 1)}"],
            ["付款人户名", f"{COURT}执行款专户", "付款账号", c.extra["court_account"]],
            ["收款人户名", c.applicant.name, "收款账号", c.extra["account"]],
            ["收款行", c.extra["bank"], "币种", "人民币"],
            ["金额（小写）", f"CNY{c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
            ["用途", f"{c.number}执行款发放", "渠道", "柜面"]]
    yy = table(s, x, y + 100, [mm(34), mm(62), mm(28), w - mm(124)], rows, f, row_h=92, pad=8, fill=teal)
    mark(s, x, y + 100 + 92 * 4, x + w, y + 100 + 92 * 5)
    s.text(x, yy + 30, f"打印次数：1　　经办：{rng.randint(1000, 9999)}　　复核：{rng.randint(1000, 9999)}", f)
    seal(s, x + w - mm(40), yy - 40, f"{BANK}电子回单专用章", rng, radius=mm(17))
    s.line(x, yy + 130, x + w, yy + 130, width=2, fill=(150, 150, 150))
    s.text(x, yy + 160, "案款发放审批：", font("ming", 36))
    hand(s, x + mm(50), yy + 150, f"已核，{c.applicant.name}账户确认，准予发放。", rng, size=38)
    signature(s, x + w - mm(60), yy + 230, c.officer, rng)
    return s
