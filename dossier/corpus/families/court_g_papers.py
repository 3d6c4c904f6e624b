"""Papers court_g receives: a lawyer's typed 强制执行申请书 / 恢复执行申请书; another province's court
paper as the basis (a Chengdu court's 民事调解书, a Guiyang court's judgment) or 重庆仲裁委员会's award
with its 生效证明; ID cards copied front and back on one page, a 营业执照副本 copy with the
法定代表人身份证明书; a law firm's letter under its blue letterhead, a 执业证 copy; the court's printed
forms (财产线索, 收款账户, 送达地址确认书) filled in ballpoint with ticked boxes; a 非税收入 bill glued on a
粘贴单; the 执行查控系统's result printed in landscape; a typed 执行和解协议."""

from __future__ import annotations

import random
from datetime import timedelta
from functools import cache

from PIL import ImageFont

from dossier.corpus.content import CaseCtx, cn_date, money, num_date
from dossier.corpus.draw import A4, Sheet, mm, seal, wrap
from dossier.corpus.families.court_g_kit import BLACK, COURT, copy_stamp, face, folios, pen, table, tick

CODES = frozenset({"enforcement_application", "resumption_application", "enforcement_basis", "effectiveness_certificate",
                   "property_clue_form", "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter",
                   "lawyer_license", "payment_account_confirmation", "service_address_confirmation",
                   "online_inquiry_result", "settlement_agreement"})
_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
FIRM_BLUE = (20, 60, 150)


@cache
def serif(size: int) -> ImageFont.FreeTypeFont:
    """Other bodies' typeface: a plain 宋体 (Noto Serif SC), not the court's UMing."""
    return ImageFont.truetype(_SERIF, size=size, index=2)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_application":
        return application(c, rng)
    if code == "resumption_application":
        return [resumption(c, rng)]
    if code == "enforcement_basis":
        return basis(c, rng)
    if code == "identity_proof":
        return identity(c, rng, served == ["respondent"])
    if code == "online_inquiry_result":
        if served and served[0] in ("bank", "registry"):
            return [reply(c, rng, served[0])]
        return inquiry(c, rng)
    return [{"effectiveness_certificate": certificate, "property_clue_form": clues, "fee_receipt": fee,
             "power_of_attorney": attorney, "law_firm_letter": firm_letter, "lawyer_license": licence,
             "payment_account_confirmation": account, "service_address_confirmation": address,
             "settlement_agreement": settlement}[code](c, rng)]


def _typed(sheets: list[Sheet], y: float, paras: list[str], *, size: float = 5.0, x0: float = mm(25), x1: float = mm(185),
           lead: float = 1.7, indent: bool = True) -> float:
    """Paragraphs in the plain serif, onto a new sheet when the page is full."""
    f = serif(mm(size))
    for p in paras:
        ind = 2 * f.size if indent else 0.0
        for i, part in enumerate(wrap(p, f, x1 - x0, indent=ind)):
            if y > A4[1] - mm(30):
                sheets.append(Sheet())
                y = float(mm(25))
            sheets[-1].text(x0 + (ind if i == 0 else 0), y, part, f)
            y += f.size * lead
    return y


def _parties(c: CaseCtx) -> list[str]:
    a, r = c.applicant, c.respondent
    out = [f"申请执行人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}，联系电话{a.phone}。",
           f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"]
    if r.kind == "organisation":
        return [*out, f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。",
                f"法定代表人：{r.legal_rep}。"]
    return [*out, f"被执行人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"]


def _signoff(s: Sheet, y: float, who: str, when: str, rng: random.Random) -> float:
    f = serif(mm(5))
    s.text(mm(25), y, "此致", f)
    s.text(mm(25), y + mm(9), COURT, f)
    s.text(mm(110), y + mm(24), "申请人：", f)
    pen(s, mm(132), y + mm(22), who, rng, ink=BLACK)
    s.text(mm(120), y + mm(36), when, f)
    return y + mm(50)


def application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    sheets = [Sheet()]
    sheets[0].centred(mm(26), "强制执行申请书", serif(mm(8.5)), spacing=mm(1))
    y = _typed(sheets, mm(46), _parties(c), indent=False)
    y = _typed(sheets, y + mm(3), ["申请执行事项："], indent=False)
    y = _typed(sheets, y, [f"一、请求强制执行被执行人{r.name}向申请执行人支付{money(c.amount)}；",
                           "二、请求被执行人加倍支付迟延履行期间的债务利息；",
                           "三、请求对被执行人采取限制消费措施，并将其纳入失信被执行人名单；",
                           "四、本案执行费用由被执行人负担。"])
    y = _typed(sheets, y + mm(3), ["事实与理由："], indent=False)
    y = _typed(sheets, y, [f"申请执行人与被执行人{r.name}纠纷一案，{c.basis_court}作出{c.basis_number}法律文书，"
                           f"该文书已于{cn_date(c.basis_effective)}发生法律效力。被执行人至今未履行上述义务。为维护申请执行人的合法"
                           f"权益，根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"])
    _signoff(sheets[-1], y + mm(6), a.name, num_date(c.filed_on - timedelta(days=2)), rng)
    folios(sheets, "slash")
    return sheets


def resumption(c: CaseCtx, rng: random.Random) -> Sheet:
    """恢复执行申请书 naming the new property; the original undertaker's ballpoint note at the foot."""
    s = Sheet()
    sheets = [s]
    s.centred(mm(26), "恢复执行申请书", serif(mm(8.5)), spacing=mm(1))
    y = _typed(sheets, mm(46), _parties(c), indent=False)
    plate = f"渝A{rng.choice('BCDFGHK')}{rng.randint(1000, 9999)}"
    y = _typed(sheets, y + mm(3), [f"请求事项：恢复{c.previous_number}案件的执行，查封、扣押并处置被执行人名下车牌号为{plate}的小型轿车。",
                                   f"事实与理由：贵院在执行{c.previous_number}案件中，因未发现被执行人可供执行的财产，于{c.filed_on.year - 1}年"
                                   f"裁定终结本次执行程序。近日申请执行人发现被执行人名下登记有车牌号为{plate}的车辆，现停放于"
                                   f"{c.court.city}渝中区大坪正街某停车场。依照相关规定，特申请恢复执行。"], indent=False)
    y = _signoff(s, y + mm(4), c.applicant.name, num_date(c.filed_on - timedelta(days=1)), rng)
    pen(s, mm(30), y, f"经审查线索属实，拟恢复执行。原承办人：{c.officer}", rng, size=mm(4.8))
    return s


def basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Another body's paper: a 民事调解书 (协议如下 … 本院予以确认), a 民事判决书 (判决如下) or an award (裁决如下)."""
    a, r = c.applicant, c.respondent
    kind = {"mediation": "民 事 调 解 书", "arbitration": "裁　决　书"}.get(c.basis_kind, "民 事 判 决 书")
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(mm(28), c.basis_court, serif(mm(8)), spacing=mm(0.5))
    s.centred(mm(44), kind, serif(mm(10)), spacing=mm(1))
    s.right(mm(185), mm(64), c.basis_number, serif(mm(5)))
    parties = [f"原告：{a.name}，{a.sex}，住{a.address}。" if c.basis_kind != "arbitration" else f"申请人：{a.name}，住{a.address}。",
               f"被告：{r.name}，住所地{r.address}。" if c.basis_kind != "arbitration" else f"被申请人：{r.name}，住所地{r.address}。"]
    if r.legal_rep:
        parties.append(f"法定代表人：{r.legal_rep}，该公司执行董事。")
    parties.append(f"委托诉讼代理人：{c.agent[0]}{rng.choice(['晓', '文', '振'])}{rng.choice(['东', '琳', '军'])}，该公司员工。")
    y = _typed(sheets, mm(78), parties, indent=False)
    if c.basis_kind == "mediation":
        paras = [f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{c.basis_effective.year}年立案后，依法适用简易程序进行了审理。",
                 f"原告{a.name}向本院提出诉讼请求：1.判令被告支付货款{money(c.amount)}及逾期付款利息；2.本案诉讼费用由被告"
                 f"负担。事实与理由：原告与被告自{c.basis_effective.year - 2}年起建立买卖合同关系，原告按约供货，被告经对账确认欠付"
                 "货款后，经原告多次催收，至今未付。",
                 "本案审理过程中，经本院主持调解，当事人自愿达成如下协议：",
                 f"一、被告{r.name}于{num_date(c.basis_effective + timedelta(days=30))}前支付原告{a.name}货款{money(c.amount)}；",
                 "二、如被告未按期足额支付，原告可就全部未付款项申请强制执行；",
                 "三、案件受理费减半收取，由被告负担。",
                 "上述协议，不违反法律规定，本院予以确认。", "本调解书经双方当事人签收后，即具有法律效力。"]
    elif c.basis_kind == "arbitration":
        paras = [f"申请人{a.name}与被申请人{r.name}之间因借款合同发生争议，申请人依据合同中的仲裁条款向本会申请仲裁。本会依法组成"
                 "仲裁庭，于开庭审理后作出本裁决。", "仲裁庭认为，被申请人未按约还款，构成违约，应承担还款责任。裁决如下：",
                 f"一、被申请人{r.name}向申请人{a.name}偿还借款本金及利息合计{money(c.amount)}；",
                 "二、本案仲裁费由被申请人承担。", "本裁决为终局裁决，自作出之日起发生法律效力。"]
    else:
        paras = [f"原告{a.name}与被告{r.name}合同纠纷一案，本院立案后，依法组成合议庭，公开开庭进行了审理。本案现已审理终结。",
                 "本院认为，双方之间的合同合法有效，被告未按约定付款，应承担付款及违约责任。依照《中华人民共和国民法典》"
                 "第五百零九条、第五百七十七条的规定，判决如下：",
                 f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}{money(c.amount)}；",
                 "二、驳回原告的其他诉讼请求。",
                 "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                 "加倍支付迟延履行期间的债务利息。",
                 "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于贵州省贵阳市中级人民法院。"]
    y = _typed(sheets, y + mm(2), paras)
    s = sheets[-1]
    if y > A4[1] - mm(95):
        sheets.append(Sheet())
        s, y = sheets[-1], float(mm(30))
    f = serif(mm(5))
    signers = ["首席仲裁员", "仲　裁　员"] if c.basis_kind == "arbitration" else ["审　判　员"]
    for k in signers:
        s.right(mm(175), y + mm(8), f"{k}　{c.judge if k != '仲　裁　员' else c.agent[0] + '志强'}", f)
        y += mm(10)
    when = c.basis_effective - timedelta(days=rng.randint(2, 15))
    s.right(mm(175), y + mm(10), cn_date(when), f)
    seal(s, mm(150), y + mm(12), c.basis_court, rng)
    s.right(mm(175), y + mm(22), f"书　记　员　{c.clerk[0]}{rng.choice(['丹', '婷', '莉'])}", f)
    copy_stamp(s, mm(28), y + mm(4), rng)
    for n, sh in enumerate(sheets, 1):  # the other court numbers its pages its own way
        if len(sheets) > 1:
            sh.page_of = (n, len(sheets))
            sh.centred(A4[1] - mm(18), f"第 {n} 页　共 {len(sheets)} 页", serif(mm(3.8)))
    return sheets


def certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(34), c.basis_court, serif(mm(8)))
    s.centred(mm(52), "生 效 证 明", serif(mm(10)), spacing=mm(1))
    y = _typed([s], mm(80), [f"{c.applicant.name}：",
                             f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}借款合同纠纷一案，已于"
                             f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书。该裁决书已送达双方当事人，"
                             "为终局裁决，自作出之日起发生法律效力。", "特此证明。"], size=5.4)
    s.right(mm(175), y + mm(30), cn_date(c.basis_effective + timedelta(days=20)), serif(mm(5)))
    seal(s, mm(150), y + mm(30), c.basis_court, rng)
    return s


def identity(c: CaseCtx, rng: random.Random, respondent: bool) -> list[Sheet]:
    p = c.respondent if respondent else c.applicant
    if p.kind == "organisation":
        return licence_copy(c, rng)
    s = Sheet(paper=(244, 244, 242))
    f = face("g_form", mm(4.0))
    for top, front in ((mm(35), False), (mm(125), True)):
        x0, w, h = mm(48), mm(86 * 1.32), mm(54 * 1.32)
        s.draw.rounded_rectangle((x0, top, x0 + w, top + h), radius=mm(4), outline=(90, 90, 90), width=3, fill=(214, 214, 212))
        if front:
            for i, (k, v) in enumerate([("姓　名", p.name), ("性　别", f"{p.sex}　　民族　汉"),
                                        ("出　生", f"{p.born:%Y年%-m月%-d日}" if p.born else ""), ("住　址", p.address)]):
                s.text(x0 + mm(6), top + mm(6 + i * 11), f"{k}　{v}", f)
            s.text(x0 + mm(6), top + mm(58), f"公民身份号码　{p.id_number}", face("g_form", mm(4.4)))
            s.draw.rectangle((x0 + mm(80), top + mm(8), x0 + mm(108), top + mm(45)), fill=(150, 150, 150))
        else:
            s.centred(top + mm(16), "中华人民共和国", face("g_title", mm(6.5)), x0=x0, x1=x0 + w, spacing=mm(1))
            s.centred(top + mm(30), "居 民 身 份 证", face("g_title", mm(8)), x0=x0, x1=x0 + w)
            s.text(x0 + mm(14), top + mm(50), "签发机关　重庆市公安局渝中区分局", f)
            s.text(x0 + mm(14), top + mm(59), f"有效期限　{2015 + rng.randint(0, 8)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期", f)
    pen(s, mm(60), mm(230), "此复印件与原件一致，仅用于执行案件。", rng)
    pen(s, mm(120), mm(245), p.name, rng)
    return [s]


def licence_copy(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本）copied grey, and the 法定代表人身份证明书 on its own sheet."""
    r = c.respondent
    s = Sheet(paper=(238, 238, 236))
    s.box(mm(22), mm(25), mm(188), mm(230), width=14, outline=(120, 120, 120))
    s.centred(mm(40), "营 业 执 照", face("g_title", mm(13)), spacing=mm(4))
    s.centred(mm(62), "（副　本）", face("g_form", mm(5)))
    f = face("g_form", mm(4.4))
    y = float(mm(82))
    for k, v in [("统一社会信用代码", r.id_number), ("名　　　　称", r.name), ("类　　　　型", "有限责任公司（自然人投资或控股）"),
                 ("法 定 代 表 人", r.legal_rep), ("注 册 资 本", f"人民币{rng.choice([100, 200, 500])}万元整"),
                 ("成 立 日 期", f"{rng.randint(2010, 2019)}年0{rng.randint(1, 9)}月{rng.randint(10, 28)}日"), ("住　　　　所", r.address)]:
        s.text(mm(36), y, f"{k}　{v}", f)
        y += mm(13)
    s.draw.rectangle((mm(36), mm(190), mm(62), mm(216)), outline=(60, 60, 60), width=3)
    for q in range(6):  # the QR code, as a copier renders it
        s.draw.rectangle((mm(38 + 4 * q), mm(192 + 3 * (q % 3)), mm(40 + 4 * q), mm(196 + 3 * (q % 3))), fill=(60, 60, 60))
    s.text(mm(100), mm(196), "登记机关", f)
    seal(s, mm(150), mm(200), "重庆市渝中区市场监督管理局", rng)
    pen(s, mm(40), mm(245), "与原件核对一致", rng)
    s2 = Sheet()
    s2.starts_document = True
    s2.centred(mm(40), "法定代表人身份证明书", serif(mm(8.5)))
    y = _typed([s2], mm(70), [f"{r.legal_rep}在我单位任执行董事兼经理职务，系我单位的法定代表人。", "特此证明。"], size=5.2)
    s2.text(mm(100), y + mm(30), f"单位（盖章）：{r.name}", serif(mm(4.6)))
    seal(s2, mm(150), y + mm(34), r.name, rng)
    s2.text(mm(120), y + mm(50), num_date(c.filed_on - timedelta(days=5)), serif(mm(4.6)))
    return [s, s2]


def attorney(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(28), "授 权 委 托 书", serif(mm(8.5)), spacing=mm(1))
    y = _typed([s], mm(50), [f"委托人：{c.applicant.name}，公民身份号码{c.applicant.id_number}。",
                             f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"], indent=False)
    y = _typed([s], y + mm(4), [f"现委托上列受托人在我与{c.respondent.name}纠纷执行一案中，作为我的委托代理人。",
                                "代理权限为特别授权：代为申请执行、提供财产线索、参与执行和解、代为签收法律文书、代为领取执行款、"
                                "代为申请恢复执行及终结本次执行程序的意见陈述。"])
    s.text(mm(110), y + mm(25), "委托人：", serif(mm(5)))
    pen(s, mm(132), y + mm(23), c.applicant.name, rng, ink=BLACK)
    s.text(mm(120), y + mm(40), num_date(c.filed_on - timedelta(days=3)), serif(mm(5)))
    return s


def firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(22), c.firm, face("g_title", mm(8.5)), fill=FIRM_BLUE, spacing=mm(0.8))
    s.line(mm(22), mm(36), mm(188), mm(36), width=4, fill=FIRM_BLUE)
    s.right(mm(186), mm(40), f"渝{c.firm[2:4]}律执字〔{c.filed_on.year}〕第{rng.randint(10, 300)}号", serif(mm(4.4)))
    s.centred(mm(56), "律师事务所函", serif(mm(9)))
    y = _typed([s], mm(76), [f"{COURT}：", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}"
                             "执行一案的委托代理人，特此函告。", "附：授权委托书一份"], size=5.2)
    s.text(mm(110), y + mm(25), c.firm, serif(mm(4.8)))
    seal(s, mm(140), y + mm(30), c.firm, rng)
    s.text(mm(120), y + mm(40), num_date(c.filed_on - timedelta(days=3)), serif(mm(4.8)))
    s.text(mm(22), mm(270), f"地址：{c.court.city}渝中区民族路{rng.randint(100, 199)}号　电话：023-6{rng.randint(3000000, 3999999)}",
           face("g_form", mm(3.4)), fill=FIRM_BLUE)
    return s


def licence(c: CaseCtx, rng: random.Random) -> Sheet:
    """律师执业证 copied open: the photo page and the registration page side by side, grey."""
    s = Sheet(paper=(240, 240, 238))
    f = face("g_form", mm(4.0))
    s.draw.rectangle((mm(15), mm(40), mm(195), mm(160)), fill=(222, 222, 220), outline=(100, 100, 100), width=3)
    s.line(mm(105), mm(40), mm(105), mm(160), width=3, fill=(130, 130, 130))
    s.centred(mm(52), "中华人民共和国", face("g_title", mm(5.5)), x0=mm(15), x1=mm(105))
    s.centred(mm(64), "律师执业证", face("g_title", mm(7.5)), x0=mm(15), x1=mm(105))
    s.draw.rectangle((mm(45), mm(82), mm(75), mm(122)), fill=(160, 160, 160))
    s.centred(mm(130), "中华人民共和国司法部监制", f, x0=mm(15), x1=mm(105))
    y = float(mm(52))
    for k, v in [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", f"1500{c.filed_on.year - rng.randint(3, 12)}{rng.randint(10**8, 10**9 - 1)}"),
                 ("法律职业资格或律师资格证号", f"A{rng.randint(2005, 2018)}5001{rng.randint(100000, 999999)}"),
                 ("发证机关", "重庆市司法局"), ("发证日期", f"{rng.randint(2012, 2021)}年0{rng.randint(1, 9)}月{rng.randint(10, 28)}日"),
                 ("持证人", c.agent)]:
        for part in wrap(f"{k}：{v}", f, mm(84)):
            s.text(mm(112), y, part, f)
            y += mm(8)
    seal(s, mm(170), mm(130), "重庆市司法局", rng, radius=mm(15))
    pen(s, mm(40), mm(185), "与原件一致", rng)
    pen(s, mm(90), mm(198), c.agent, rng)
    return s


def _form_head(s: Sheet, title: str, c: CaseCtx) -> float:
    s.centred(mm(22), COURT, face("g_form", mm(6)))
    s.centred(mm(33), title, face("g_title", mm(8)))
    s.right(mm(190), mm(50), f"案号：{c.number}", face("g_form", mm(4.2)))
    return float(mm(58))


def clues(c: CaseCtx, rng: random.Random) -> Sheet:
    """被执行人财产线索表, the court's form, ticked and filled by the applicant's lawyer."""
    s = Sheet()
    y = _form_head(s, "被执行人财产线索表", c)
    y = table(s, mm(20), y, [mm(36), mm(134)], [["被执行人", ""], ["证件号码", ""]], row_h=mm(13),
              hand={(0, 1): c.respondent.name, (1, 1): c.respondent.id_number}, rng=rng)
    f = face("g_form", mm(4.3))
    kinds = [("银行存款", f"{rng.choice(['重庆农商行', '建设银行'])}账户，账号不详"), ("不动产", ""), ("车辆", ""),
             ("股权", ""), ("到期债权", f"对{c.court.city[:2]}某建设公司应收工程款"), ("其他", "")]
    for k, note in kinds:
        s.box(mm(20), y, mm(190), y + mm(17), width=2)
        tick(s, mm(23), y + mm(5), k, bool(note), rng)
        if note:
            pen(s, mm(62), y + mm(4.5), note, rng, size=mm(4.8))
        y += mm(17)
    s.text(mm(20), y + mm(10), "申请执行人（代理人）签名：", f)
    pen(s, mm(80), y + mm(8), c.agent, rng)
    s.text(mm(120), y + mm(24), f"填表日期：{num_date(c.filed_on)}", f)
    return s


def fee(c: CaseCtx, rng: random.Random) -> Sheet:
    """A 非税收入 bill (blue-green print) glued on a 票据粘贴单."""
    s = Sheet()
    f = face("g_form", mm(4.0))
    s.centred(mm(20), "票 据 粘 贴 单", face("g_form", mm(6)))
    ink = (30, 110, 110)
    x0, y0, x1, y1 = mm(22), mm(45), mm(188), mm(140)
    s.draw.rectangle((x0, y0, x1, y1), fill=(246, 250, 246), outline=ink, width=3)
    s.centred(y0 + mm(5), "重庆市非税收入统一票据（电子）", face("g_title", mm(6)), fill=ink)
    feeval = int(c.amount) // 100 + 50
    lines = [f"票据代码：50060124　　票据号码：00{rng.randint(100000, 999999)}", f"交款人：{c.applicant.name}",
             f"开票日期：{c.filed_on:%Y-%m-%d}", "项目名称：申请执行费　　单位：件　数量：1",
             f"金额（元）：{feeval:.2f}　　大写：{feeval}元整", f"收款单位：{COURT}", "备注：" + c.number]
    y = y0 + mm(20)
    for line in lines:
        s.text(x0 + mm(6), y, line, f, fill=(25, 25, 25))
        y += mm(9.5)
    seal(s, x1 - mm(32), y1 - mm(25), "重庆市财政局票据监制章", rng, radius=mm(14))
    return s


def account(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = _form_head(s, "执行款收款账户确认书", c)
    rows = [["收款人", ""], ["开户银行", ""], ["账　号", ""], ["联系电话", ""]]
    bank = rng.choice(["中国建设银行重庆解放碑支行", "招商银行重庆分行营业部", "重庆农村商业银行渝中支行"])
    y = table(s, mm(20), y, [mm(40), mm(130)], rows, row_h=mm(16),
              hand={(0, 1): c.applicant.name, (1, 1): bank, (2, 1): f"6217 0037 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} 5{rng.randint(10, 99)}",
                    (3, 1): c.applicant.phone}, rng=rng)
    f = face("g_form", mm(4.3))
    for i, line in enumerate(["本人确认以上账户为本案执行款的收款账户。执行款汇入该账户即视为本人已收到。",
                              "如账户信息变更，本人将及时书面告知法院，因未告知造成的后果由本人承担。"]):
        for j, part in enumerate(wrap(line, f, mm(160))):
            s.text(mm(24), y + mm(10 + 16 * i + 7 * j), part, f)
    s.text(mm(100), y + mm(52), "确认人（签名）：", f)
    pen(s, mm(140), y + mm(50), c.applicant.name, rng)
    s.text(mm(110), y + mm(66), num_date(c.filed_on), f)
    return s


def address(c: CaseCtx, rng: random.Random) -> Sheet:
    """送达地址确认书 with 送达方式 ticked: 电子送达 agreed, an e-mail and a WeChat number written in."""
    s = Sheet()
    y = _form_head(s, "送达地址确认书", c)
    a = c.applicant
    y = table(s, mm(20), y, [mm(40), mm(130)], [["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["联系电话", ""]],
              row_h=mm(15), hand={(0, 1): a.name, (1, 1): a.address, (2, 1): "400010", (3, 1): a.phone}, rng=rng)
    f = face("g_form", mm(4.3))
    s.box(mm(20), y, mm(190), y + mm(40), width=2)
    s.text(mm(24), y + mm(4), "是否同意电子送达：", f)
    tick(s, mm(70), y + mm(4), "同意", True, rng)
    tick(s, mm(95), y + mm(4), "不同意", False, rng)
    s.text(mm(24), y + mm(16), "电子送达方式：", f)
    tick(s, mm(60), y + mm(16), "短信", True, rng)
    tick(s, mm(82), y + mm(16), "电子邮箱", rng.random() < 0.5, rng)
    tick(s, mm(112), y + mm(16), "“易诉”平台", True, rng)
    s.text(mm(24), y + mm(28), "手机号码/邮箱：", f)
    pen(s, mm(60), y + mm(26), f"{a.phone}", rng, size=mm(4.8))
    y += mm(48)
    for i, line in enumerate(["告知：1.受送达人应当如实提供确切的送达地址；2.确认的送达地址适用于执行程序；",
                              "3.送达地址变更的，应当及时告知法院，未及时告知的，按原地址送达视为送达。"]):
        s.text(mm(20), y + mm(8 * i), line, face("g_form", mm(3.8)))
    s.text(mm(100), y + mm(30), "受送达人（签名）：", f)
    pen(s, mm(140), y + mm(28), a.name, rng)
    s.text(mm(110), y + mm(44), num_date(c.filed_on), f)
    return s


def inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 执行查控系统's result, printed landscape: a grid of 协助单位 × 反馈结果."""
    r = c.respondent
    paid = c.method == "fully_performed"
    units = [("中国工商银行", "存款"), ("中国建设银行", "存款"), ("重庆农村商业银行", "存款"), ("重庆银行", "存款"),
             ("招商银行", "存款"), ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"),
             ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算有限责任公司", "证券"),
             ("国家市场监督管理总局", "工商登记"), ("中国人民银行", "金融理财"), ("京东金融", "网络资金"), ("中国银行", "存款")]
    rows = [["序号", "协助执行单位", "财产类型", "反馈结果", "账号/证号", "余额/数量", "反馈时间"]]
    hit = 1 if paid else -1  # the 建设银行 account later frozen and deducted
    for i, (u, kind) in enumerate(units, 1):
        found = i - 1 == hit
        rows.append([str(i), u, kind, "有财产" if found else "无财产", f"50001{rng.randint(10**9, 10**10 - 1)}" if found else "—",
                     f"{c.amount + rng.randint(100, 9000):,.2f}" if found else "0.00", f"{c.day(3 + i % 3):%Y-%m-%d} 1{rng.randint(0, 7)}:{rng.randint(10, 59)}"])
    size = (A4[1], A4[0])
    sheets: list[Sheet] = []
    per = 9
    for k in range(0, len(rows) - 1, per):
        s = Sheet(size=size)
        f = face("g_mono", mm(4.0))
        s.centred(mm(12), "最高人民法院执行查控系统　查询结果反馈", face("g_title", mm(6)))
        s.text(mm(15), mm(26), f"案号：{c.number}　　承办人：{c.officer}　　被查询人：{r.name}　　证件号码：{r.id_number}", f)
        table(s, mm(15), mm(36), [mm(14), mm(66), mm(24), mm(24), mm(58), mm(32), mm(49)], [rows[0], *rows[1 + k:1 + k + per]],
              row_h=mm(13), size=3.8)
        s.text(mm(15), size[1] - mm(16), f"打印时间：{c.day(6):%Y-%m-%d} 16:{rng.randint(10, 59)}　打印人：{c.clerk}", f)
        sheets.append(s)
    folios(sheets, "slash")
    return sheets


def reply(c: CaseCtx, rng: random.Random, kind: str) -> Sheet:
    """A bank's 协助执行回执 (the court's form sent back, filled in and sealed by the branch) or the
    不动产登记中心's reply letter."""
    r = c.respondent
    s = Sheet()
    if kind == "registry":
        body = "重庆市渝中区不动产登记中心"
        s.centred(mm(30), body, serif(mm(7.5)))
        s.centred(mm(46), "关于协助查询不动产登记信息的复函", serif(mm(6.5)))
        y = _typed([s], mm(68), [f"{COURT}：", f"你院{c.number}协助查询通知书收悉。经查询本市不动产登记信息系统，截至"
                                 f"{num_date(c.day(18))}，{r.name}（证件号码：{r.id_number}）名下无不动产登记记录。", "特此函复。"],
                   size=5.2)
        s.right(mm(180), y + mm(28), num_date(c.day(19)), serif(mm(5)))
        seal(s, mm(150), y + mm(28), body, rng)
        return s
    bank = "中国建设银行股份有限公司重庆解放碑支行"
    s.centred(mm(22), "协助执行通知书（回执）", face("g_title", mm(7.5)))
    rows = [["执行法院", COURT], ["案　　号", c.number], ["被执行人", r.name], ["证件号码", r.id_number],
            ["协助事项", f"冻结并扣划存款{c.amount:,.2f}元"], ["执行情况", ""], ["执行时间", ""], ["经办人", ""]]
    hand = {(5, 1): f"已冻结账户50001{rng.randint(10**9, 10**10 - 1)}内存款，并于{num_date(c.day(50))}扣划{c.amount:,.2f}元至你院执行款专户",
            (6, 1): num_date(c.day(50)), (7, 1): f"{rng.choice(['陈', '熊', '冉'])}{rng.choice(['佳', '洁', '宇'])}"}
    y = table(s, mm(20), mm(42), [mm(34), mm(136)], rows, row_h=[*[mm(14)] * 5, mm(30), mm(14), mm(14)], hand=hand, rng=rng)
    s.text(mm(110), y + mm(20), f"协助执行单位：{bank[:6]}解放碑支行", face("g_form", mm(4.2)))
    seal(s, mm(160), y + mm(25), bank + "业务专用章", rng, radius=mm(18))
    return s


def settlement(c: CaseCtx, rng: random.Random) -> Sheet:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(26), "执 行 和 解 协 议", serif(mm(8.5)))
    y = _typed([s], mm(46), [f"甲方（申请执行人）：{a.name}", f"乙方（被执行人）：{r.name}"], indent=False)
    y = _typed([s], y + mm(2), [f"甲乙双方就{c.number}执行一案，经{COURT}主持，自愿达成和解协议如下：",
                                f"一、乙方同意以其在中国建设银行重庆解放碑支行已被法院冻结的存款履行全部债务{money(c.amount)}，"
                                f"由法院于{num_date(c.day(52))}前扣划至{COURT}执行款专户；",
                                "二、上述款项扣划到位后，甲方放弃迟延履行期间的债务利息，本案执行完毕；",
                                "三、乙方不履行本协议的，甲方有权申请恢复执行原生效法律文书；", "四、本协议一式三份，双方各执一份，法院存卷一份。"])
    f = serif(mm(5))
    s.text(mm(25), y + mm(18), "甲方：", f)
    pen(s, mm(42), y + mm(16), a.name, rng, ink=BLACK)
    s.text(mm(110), y + mm(18), "乙方：", f)
    pen(s, mm(127), y + mm(16), r.legal_rep or r.name, rng, ink=BLACK)
    if r.kind == "organisation":
        seal(s, mm(140), y + mm(22), r.name, rng)
    s.text(mm(110), y + mm(36), num_date(c.day(38)), f)
    return s
