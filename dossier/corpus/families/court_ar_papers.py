"""The papers court_ar's 执行局 receives, each in its author's style: this court's own 民二庭 judgment (several
pages, 合议庭 signatures), the 南京仲裁委员会's award and its 生效证明, a 南京 notary office's 公证书 over a loan
contract and its 执行证书, the big 南京 firm's application, 所函 and 委托书, licence and ID copies, bank and registry
replies, an A3 查控 list, B5/A5 forms, and small slips glued onto A4 票据粘贴单 backing sheets."""

from __future__ import annotations

import random
from datetime import timedelta

from PIL import Image, ImageFilter

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_ar_kit import COURT, song
from dossier.corpus.fonts import font

ARBITRATION = "南京仲裁委员会"
NOTARY = "江苏省南京市钟山公证处"
BANK = "南京银行股份有限公司河西支行"
REGISTRY = "南京市不动产登记中心"
A3 = (mm(420), mm(297))
B5 = (mm(176), mm(250))
A5 = (mm(148), mm(210))
INK2 = (30, 30, 30)


def _typed(blocks: list[tuple[str, str]], *, fam: str = "song_gb", size: int = 40, top: float = mm(28),
           x0: float = mm(26), width: float = mm(158), lh: float = 70, size_: tuple[int, int] | None = None,
           bottom: float = mm(266)) -> tuple[list[Sheet], float]:
    sheets = [Sheet(size=size_) if size_ else Sheet()]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet(size=size_) if size_ else Sheet())
        return sheets[-1], float(mm(26))

    y = flow(sheets[0], blocks, font(fam, size), x0=x0, width=width, y=top, line_height=lh, indent=size * 2,
             centre=font("hei", size + 20), bottom=bottom, more=more)
    return sheets, y


def _pages(sheets: list[Sheet], fmt: str, y: float = mm(282)) -> None:
    for k, s in enumerate(sheets, 1):
        if len(sheets) > 1:
            s.page_of = (k, len(sheets))
        if fmt:
            s.centred(y, fmt.format(k=k, n=len(sheets)), font("serif", 26))


def _parties(c: CaseCtx, a_role: str, r_role: str) -> list[tuple[str, str]]:
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    out = [("p", f"{a_role}：{a.name}，住所地{a.address}。"), ("p", f"法定代表人：{a.legal_rep}，该公司董事长。"),
           ("p", f"委托诉讼代理人：{c.agent}，{c.firm}律师。")]
    if r.kind == "organisation":
        out += [("p", f"{r_role}：{r.name}，住所地{r.address}。"), ("p", f"法定代表人：{r.legal_rep}，该公司总经理。")]
    else:
        out.append(("p", f"{r_role}：{r.name}，{r.sex}，{r.born.year if r.born else ''}年出生，汉族，住{r.address}。"))
    out.append(("p", f"{r_role}：{g}，男，汉族，住南京市鼓楼区{c.extra['g_addr']}。"))
    return out


def judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    amt = money(c.amount)
    blocks = [("c", COURT), ("c", "民　事　判　决　书"), ("r", c.basis_number),
              *_parties(c, "原告", "被告"),
              ("p", f"原告{a.name}与被告{r.name}、{c.extra['guarantor']}股权转让纠纷一案，本院于{num_date(c.basis_effective - timedelta(days=200))}"
                    "立案后，依法适用普通程序，公开开庭进行了审理。原告的委托诉讼代理人、被告的委托诉讼代理人到庭参加诉讼。本案现已审理终结。"),
              ("p", f"{a.name}向本院提出诉讼请求：1.判令{r.name}支付股权转让款{amt}及逾期付款违约金；2.判令{c.extra['guarantor']}"
                    "对上述债务承担连带保证责任；3.本案诉讼费由被告负担。事实和理由：" + c.extra["deal"]),
              ("p", f"{r.name}辩称，因项目公司所涉地块规划调整，其付款条件尚未成就，请求驳回原告的诉讼请求。"),
              ("p", "本院经审理认定事实如下：" + c.extra["deal"] + f"{r.name}仅支付首期款后即未再付款，{c.extra['guarantor']}"
                    "向原告出具《连带责任保证书》，承诺对全部转让款承担连带保证责任。"),
              ("p", "本院认为，案涉《股权转让协议》系双方真实意思表示，不违反法律、行政法规的强制性规定，合法有效。原告已依约办理股权"
                    f"变更登记，{r.name}应按约支付剩余转让款。其所称规划调整不属于协议约定的付款条件，本院不予采纳。"
                    f"{c.extra['guarantor']}自愿提供连带责任保证，应承担相应保证责任，其承担责任后有权向{r.name}追偿。"),
              ("p", "综上，依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百八十八条，《中华人民共和国民事诉讼法》"
                    "第六十七条规定，判决如下："),
              ("p", f"一、{r.name}于本判决生效之日起十日内向{a.name}支付股权转让款{amt}；"),
              ("p", f"二、{r.name}于本判决生效之日起十日内向{a.name}支付逾期付款违约金（以{amt}为基数，按日万分之三计算）；"),
              ("p", f"三、{c.extra['guarantor']}对上述第一、二项债务承担连带清偿责任；"),
              ("p", f"四、驳回{a.name}的其他诉讼请求。"),
              ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
                    f"迟延履行期间的债务利息。案件受理费{c.extra['case_fee']}元，由被告负担。"),
              ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于江苏省高级人民法院。")]
    sheets, y = _typed(blocks, size=40, x0=mm(30), width=mm(152))
    s = sheets[-1]
    if y > mm(200):
        sheets.append(Sheet())
        s, y = sheets[-1], float(mm(40))
    for k, (role, name) in enumerate([("审　判　长", c.extra["tj1"]), ("审　判　员", c.extra["tj2"]),
                                      ("审　判　员", c.extra["tj3"])]):
        s.text(mm(110), y + 30 + k * 70, f"{role}　{name}", song(40))
    s.right(mm(182), y + 280, cn_date(c.basis_effective - timedelta(days=25)), font("serif", 40))
    seal(s, mm(160), y + 290, COURT, rng)
    s.text(mm(110), y + 380, f"法官助理　{c.extra['assistant']}", song(40))
    s.text(mm(110), y + 450, f"书　记　员　{c.extra['tclerk']}", song(40))
    s.text(mm(26), y + 540, "本件与原本核对无异", font("kai_gb", 36))
    _pages(sheets, "第{k}页 共{n}页")
    return sheets


def award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    blocks = [("c", ARBITRATION), ("c", "裁　决　书"), ("r", c.basis_number),
              *_parties(c, "申请人", "被申请人"),
              ("p", f"{ARBITRATION}（以下简称本会）根据申请人与被申请人签订的《{c.extra['contract']}》中的仲裁条款及申请人的仲裁申请，"
                    "于受理后依照《南京仲裁委员会仲裁规则》组成仲裁庭，开庭审理了本案。现已审理终结。"),
              ("p", "仲裁庭查明：" + c.extra["deal"]),
              ("p", f"仲裁庭认为，合同合法有效，被申请人未按约付款构成违约，被申请人{c.extra['guarantor']}应承担连带保证责任。裁决如下："),
              ("p", f"（一）被申请人{r.name}向申请人支付欠款{money(c.amount)}；"),
              ("p", f"（二）被申请人{c.extra['guarantor']}对上述款项承担连带清偿责任；"),
              ("p", f"（三）本案仲裁费{c.extra['case_fee']}元由被申请人承担。"),
              ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付。本裁决为终局裁决，自作出之日起发生法律效力。")]
    sheets, y = _typed(blocks, fam="serif", size=38, x0=mm(28), width=mm(154), lh=66)
    s = sheets[-1]
    if y > mm(220):
        sheets.append(Sheet())
        s, y = sheets[-1], float(mm(40))
    s.text(mm(118), y + 30, f"首席仲裁员　{c.extra['arb1']}", font("serif", 38))
    s.text(mm(118), y + 100, f"仲　裁　员　{c.extra['arb2']}", font("serif", 38))
    s.text(mm(118), y + 170, f"仲　裁　员　{c.extra['arb3']}", font("serif", 38))
    s.right(mm(182), y + 260, cn_date(c.basis_effective), font("serif", 38))
    seal(s, mm(158), y + 270, ARBITRATION, rng)
    s.text(mm(118), y + 350, f"秘　　书　{c.extra['arb_sec']}", font("serif", 38))
    _pages(sheets, "- {k} -")
    return sheets


def award_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    sheets, y = _typed([
        ("c", ARBITRATION), ("c", "裁决书送达及生效证明"),
        ("p", f"本会{c.basis_number}裁决书（申请人{c.applicant.name}，被申请人{c.respondent.name}、{c.extra['guarantor']}），"
              f"于{cn_date(c.basis_effective)}作出。该裁决书已于{cn_date(c.basis_effective + timedelta(days=3))}以邮寄方式送达各方当事人"
              "（EMS单号见附件）。"),
        ("p", "根据《中华人民共和国仲裁法》第五十七条的规定，裁决书自作出之日起发生法律效力。"),
        ("p", "特此证明。"),
    ], fam="serif", size=40, top=mm(50))
    s = sheets[0]
    s.right(mm(180), y + 80, f"{ARBITRATION}秘书处", font("serif", 40))
    s.right(mm(180), y + 160, cn_date(c.day(-5)), font("serif", 40))
    seal(s, mm(150), y + 130, ARBITRATION, rng)
    return sheets


def notarial_deed(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    blocks = [("c", "公　证　书"), ("r", c.basis_number),
              ("f", f"申请人：{a.name}，住所地{a.address}；法定代表人{a.legal_rep}。"),
              ("f", f"申请人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
              ("f", f"申请人：{c.extra['guarantor']}，男，住南京市鼓楼区{c.extra['g_addr']}。"),
              ("f", "公证事项：具有强制执行效力的债权文书"),
              ("p", f"兹证明{a.name}的委托代理人与{r.name}、{c.extra['guarantor']}于{num_date(c.extra['loan_day'])}来到本处，"
                    f"在本公证员面前签订了后附的《借款及保证合同》。借款金额{money(c.amount)}，借款期限十二个月。"),
              ("p", "经查，双方当事人签订合同的行为符合《中华人民共和国民法典》第一百四十三条的规定，合同内容真实、合法。"
                    "各方当事人在合同中明确约定：债务人不履行或不适当履行合同义务时，愿意接受依法强制执行，本公证书具有强制执行效力。")]
    contract, _ = _typed([
        ("c", "借款及保证合同"),
        ("f", f"贷款人（甲方）：{a.name}"), ("f", f"借款人（乙方）：{r.name}"), ("f", f"保证人（丙方）：{c.extra['guarantor']}"),
        ("p", f"第一条　甲方向乙方出借人民币{money(c.amount)}（大写：{money_caps(c.amount)}），借款用途为经营周转。"),
        ("p", "第二条　借款期限自实际放款之日起十二个月，月利率1.2%，按月付息，到期还本。"),
        ("p", "第三条　乙方逾期还款的，按逾期金额每日万分之五支付违约金，并承担甲方为实现债权支出的律师费、公证费等费用。"),
        ("p", "第四条　丙方对乙方的全部债务承担连带保证责任，保证期间为主债务履行期届满之日起三年。"),
        ("p", "第五条　各方同意对本合同办理具有强制执行效力的公证。乙方、丙方不履行或不完全履行本合同义务时，自愿接受人民法院强制执行，"
              "甲方可向原公证机构申请出具执行证书。"),
        ("p", "第六条　本合同经各方签字盖章并经公证后生效，一式四份。"),
    ], fam="serif", size=36, lh=62)
    s = contract[-1]
    s.text(mm(28), mm(232), "甲方（盖章）：", font("serif", 36))
    seal(s, mm(70), mm(236), a.name, rng, radius=mm(17))
    s.text(mm(28), mm(252), "乙方（签字）：", font("serif", 36))
    signature(s, mm(68), mm(248), r.name, rng)
    s.text(mm(110), mm(252), "丙方（签字）：", font("serif", 36))
    signature(s, mm(150), mm(248), c.extra["guarantor"], rng)
    deed, y = _typed(blocks, fam="song_gb", size=40, top=mm(40))
    d = deed[-1]
    d.right(mm(180), y + 60, "中华人民共和国江苏省南京市钟山公证处", song(38))
    d.right(mm(180), y + 130, f"公证员　{c.extra['notary']}", song(38))
    d.right(mm(180), y + 200, cn_date(c.extra["loan_day"]), font("serif", 38))
    seal(d, mm(150), y + 150, NOTARY, rng)
    for k, sh in enumerate(contract):
        sh.starts_document = False
        del k
    out = [*deed, *contract]
    _pages(out, "第{k}页")
    return out


def execution_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    sheets, y = _typed([
        ("c", "执　行　证　书"), ("r", f"（{c.filed_on.year}）宁钟证执字第{c.extra['cert_no']}号"),
        ("f", f"申请人：{c.applicant.name}"), ("f", f"被申请执行人：{c.respondent.name}（公民身份号码{c.respondent.id_number}）、"
                                            f"{c.extra['guarantor']}"),
        ("p", f"本处于{num_date(c.extra['loan_day'])}出具的{c.basis_number}公证书所证明的《借款及保证合同》，已赋予强制执行效力。"
              "借款期限届满后，被申请执行人未按约还本付息。本处经向债务人核实，债务人对违约事实无异议。"),
        ("p", f"被申请执行人应偿还：借款本金{money(c.amount)}，截至{num_date(c.day(-12))}的利息及违约金，以及公证费、律师费。"),
        ("p", "申请人可持原公证书及本执行证书向有管辖权的人民法院申请执行。"),
    ], fam="song_gb", size=40, top=mm(40))
    s = sheets[-1]
    s.right(mm(180), y + 60, "江苏省南京市钟山公证处", song(38))
    s.right(mm(180), y + 130, f"公证员　{c.extra['notary']}", song(38))
    s.right(mm(180), y + 200, cn_date(c.day(-12)), font("serif", 38))
    seal(s, mm(150), y + 150, NOTARY, rng)
    return sheets


def application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    basis = {"judgment": f"{COURT}{c.basis_number}民事判决书", "arbitration": f"{ARBITRATION}{c.basis_number}裁决书",
             "notarial": f"{NOTARY}{c.basis_number}公证书及执行证书"}[c.basis_kind]
    sheets, y = _typed([
        ("c", "强制执行申请书"),
        ("f", f"申请执行人：{a.name}"), ("f", f"住所地：{a.address}"), ("f", f"法定代表人：{a.legal_rep}　职务：董事长"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
        ("f", f"被执行人：{r.name}"), ("f", f"住所地（住）：{r.address}"),
        ("f", f"被执行人：{c.extra['guarantor']}，住南京市鼓楼区{c.extra['g_addr']}"),
        ("f", "执行请求："),
        ("p", f"1．强制被执行人支付{money(c.amount)}及迟延履行期间的债务利息；"),
        ("p", "2．本案执行费由被执行人负担。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis}已发生法律效力，被执行人至今未履行。为维护申请执行人的合法权益，"
              "特向贵院申请强制执行。"),
        ("f", "此致"), ("f", COURT),
    ], fam="serif", size=38, lh=64)
    s = sheets[-1]
    s.right(mm(184), y + 40, f"申请执行人：{a.name}", font("serif", 38))
    seal(s, mm(150), y + 60, a.name, rng, radius=mm(18))
    s.right(mm(184), y + 120, cn_date(c.day(-3)), font("serif", 38))
    _pages(sheets, "")
    return sheets


def _card(s: Sheet, x: float, y: float, w: float, h: float, tint: tuple[int, int, int]) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=28, fill=tint, outline=(140, 140, 150), width=2)


def licence(c: CaseCtx, rng: random.Random, who: str) -> list[Sheet]:
    p = c.applicant if who == "applicant" else c.respondent
    s = Sheet()
    s.text(mm(20), mm(14), "营业执照（副本）复印件", font("hei", 34))
    x, y, w, h = mm(22), mm(26), mm(166), mm(116)
    s.draw.rectangle((x, y, x + w, y + h), fill=(250, 244, 236), outline=(170, 120, 60), width=6)
    s.centred(y + 60, "营　业　执　照", font("serif_bold", 68), fill=(170, 30, 30))
    s.text(x + 40, y + 180, f"统一社会信用代码　{p.id_number}", font("serif", 32))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司"), ("法定代表人", p.legal_rep),
            ("经营范围", c.extra["scope_a" if who == "applicant" else "scope_r"]),
            ("注册资本", c.extra["capital_a" if who == "applicant" else "capital_r"]), ("住　　所", p.address)]
    yy = y + 260
    for k, v in rows:
        s.text(x + 60, yy, k, font("serif", 30))
        s.text(x + 300, yy, v[:34], font("serif", 30))
        yy += 62
    s.text(x + 900, y + h - 170, "登记机关", font("serif", 28))
    seal(s, x + w - 200, y + h - 150, "南京市市场监督管理局", rng, radius=mm(16))
    if who == "applicant":
        hand(s, mm(40), mm(160), "与原件核对一致", rng, size=46, ink=INK2)
        seal(s, mm(150), mm(170), p.name, rng, radius=mm(19))
    return [s]


def rep_statement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet(size=A5)
    s.centred(mm(18), "法定代表人身份证明书", font("hei", 50))
    flow(s, [("p", f"{a.legal_rep}，在我单位任董事长职务，系{a.name}的法定代表人。"),
             ("p", f"公民身份号码：{c.extra['rep_id']}"), ("p", "特此证明。")], font("serif", 34),
         x0=mm(16), width=mm(116), y=mm(38), line_height=60, indent=68)
    s.right(mm(134), mm(110), f"{a.name}（盖章）", font("serif", 32))
    seal(s, mm(100), mm(118), a.name, rng, radius=mm(17))
    s.right(mm(134), mm(135), cn_date(c.day(-4)), font("serif", 32))
    s.starts_document = False
    return [s]


def id_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    s.text(mm(20), mm(14), "居民身份证复印件", font("hei", 34))
    x, y, w, h = mm(40), mm(40), mm(128), mm(81)
    _card(s, x, y, w, h, (228, 238, 246))
    for k, (lab, val) in enumerate([("姓名", r.name), ("性别", f"{r.sex}　民族　汉"),
                                     ("出生", f"{r.born.year}年{r.born.month}月{r.born.day}日" if r.born else ""),
                                     ("住址", r.address[:14]), ("", r.address[14:])]):
        s.text(x + 40, y + 40 + k * 70, lab, font("sans", 28), fill=(60, 90, 140))
        s.text(x + 150, y + 40 + k * 70, val, font("sans", 32))
    s.text(x + 40, y + h - 80, f"公民身份号码　{r.id_number}", font("sans", 32))
    s.draw.rectangle((x + w - 300, y + 50, x + w - 60, y + 330), fill=(200, 208, 215))
    _card(s, x, y + h + mm(12), w, h, (232, 240, 236))
    s.centred(y + h + mm(30), "中华人民共和国", font("hei", 46))
    s.centred(y + h + mm(44), "居民身份证", font("hei", 56))
    s.text(x + 60, y + 2 * h + mm(12) - 140, "签发机关　南京市公安局鼓楼分局", font("sans", 30))
    s.text(x + 60, y + 2 * h + mm(12) - 80, f"有效期限　{c.extra['id_valid']}", font("sans", 30))
    return [s]


def attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    sheets, y = _typed([
        ("c", "授权委托书"),
        ("f", f"委托人：{a.name}"), ("f", f"法定代表人：{a.legal_rep}"),
        ("f", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}"),
        ("p", f"现委托上列受托人在我单位与{c.respondent.name}等{c.extra['cause']}执行一案中，作为我方执行代理人。"),
        ("p", "代理权限为特别授权：代为申请执行、提供财产线索、申请采取查封冻结等强制措施、参加执行听证、代为和解、"
              "代为签收法律文书、代为领取执行款项。"),
    ], fam="song_gb", size=40)
    s = sheets[-1]
    s.text(mm(100), y + 60, "委托人（盖章）：", song(40))
    seal(s, mm(160), y + 80, a.name, rng, radius=mm(19))
    s.text(mm(100), y + 150, "法定代表人：", song(40))
    signature(s, mm(140), y + 140, a.legal_rep, rng)
    s.text(mm(100), y + 240, "受托人：", song(40))
    signature(s, mm(130), y + 230, c.agent, rng)
    hand(s, mm(110), y + 330, num_date(c.day(-4)), rng, size=40, ink=INK2)
    return sheets


def firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(20), c.firm, font("serif_bold", 56), fill=(150, 20, 20))
    s.line(mm(20), mm(34), mm(190), mm(34), width=5, fill=(150, 20, 20))
    s.centred(mm(44), "律 师 事 务 所 函", font("hei", 60))
    s.right(mm(184), mm(58), f"{c.extra['firm_short']}律执字〔{c.filed_on.year}〕第{c.extra['letter_no']}号", song(36))
    y = flow(s, [("f", f"{COURT}："),
                 ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}等{c.extra['cause']}"
                       "执行一案的代理人。"),
                 ("p", "特此函告。"),
                 ("f", f"律师：{c.agent}　执业证号：{c.extra['license_no']}"), ("f", f"联系电话：{c.agent_phone}"),
                 ("f", f"本所地址：{c.extra['firm_addr']}")],
             song(40), x0=mm(26), width=mm(158), y=mm(70), line_height=72, indent=80)
    s.right(mm(182), y + 80, c.firm, song(40))
    seal(s, mm(150), y + 110, c.firm, rng)
    s.right(mm(182), y + 160, cn_date(c.day(-4)), font("serif", 40))
    return [s]


def licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.text(mm(20), mm(14), "律师执业证（复印件）", font("hei", 34))
    x, y, w, h = mm(24), mm(32), mm(162), mm(108)
    _card(s, x, y, w, h, (238, 232, 224))
    s.draw.rectangle((x + 60, y + 70, x + 330, y + 420), fill=(190, 195, 200))
    for k, (lab, val) in enumerate([("持证人", c.agent), ("性　别", c.extra["agent_sex"]), ("执业机构", c.firm),
                                     ("执业证类别", "专职律师"), ("执业证号", c.extra["license_no"]),
                                     ("发证机关", "江苏省司法厅"), ("发证日期", c.extra["license_day"])]):
        s.text(x + 400, y + 60 + k * 72, f"{lab}　{val}", font("serif", 32))
    seal(s, x + w - 220, y + h - 180, "江苏省司法厅", rng, radius=mm(15))
    s.text(mm(24), mm(150), "本复印件与原件一致。", font("kai_gb", 40))
    signature(s, mm(110), mm(146), c.agent, rng)
    return [s]


def clue_form(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(size=B5)
    s.centred(mm(14), "申请执行人提供财产线索表", font("hei", 44))
    s.text(mm(12), mm(26), f"案号：{c.number}", font("serif", 28))
    rows = [["被执行人", c.respondent.name], ["银行账户", ""], ["不动产", ""], ["车辆", ""], ["股权、投资", ""], ["其他财产", ""]]
    table(s, mm(12), mm(32), [mm(34), mm(118)], rows, font("serif", 30), row_h=mm(30), centre_first=True)
    vals = [c.extra["clue_bank"], c.extra["clue_estate"], "不清楚", c.extra["clue_equity"], "无"]
    for k, v in enumerate(vals):
        hand(s, mm(50), mm(32) + mm(30) * (k + 1) + mm(10), v, rng, size=36)
    s.text(mm(12), mm(218), "申请执行人（签章）：", font("serif", 30))
    signature(s, mm(70), mm(214), c.agent, rng, ink=BLUE_INK)
    hand(s, mm(110), mm(234), num_date(c.day(-3)), rng, size=34)
    return [s]


def _slip_on_backing(slips: list[Sheet], rng: random.Random, title: str = "票 据 粘 贴 单") -> Sheet:
    """One A4 票据粘贴单 with the slips glued on it: each slightly turned, a yellowish glue shadow at its edge."""
    s = Sheet(paper=(252, 251, 246))
    s.centred(mm(10), title, font("hei", 40), fill=(60, 60, 60))
    s.box(mm(12), mm(22), mm(198), mm(285), width=2, outline=(150, 150, 150))
    s.text(mm(16), mm(279), "粘贴处：请将票据沿虚线顺序粘贴，勿超出框线", font("sans", 22), fill=(120, 120, 120), record=False)
    y = mm(34)
    for slip in slips:
        img = slip.image.rotate(rng.uniform(-2.5, 2.5), resample=Image.Resampling.BICUBIC, expand=True,
                                fillcolor=(252, 251, 246))
        x = mm(20) + rng.randint(0, mm(12))
        glow = Image.new("RGB", (img.width + 24, img.height + 24), (236, 230, 200))
        mask = Image.new("L", glow.size, 0)
        mask.paste(120, (12, 12, 12 + img.width, 12 + img.height))
        mask = mask.filter(ImageFilter.GaussianBlur(8))
        s.image.paste(glow, (x - 6, int(y) - 6), mask)
        s.image.paste(img, (x, int(y)))
        s.lines.extend(slip.lines)
        y += img.height + mm(16)
    return s


def fee_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    slip = Sheet(size=(mm(164), mm(100)), paper=(255, 246, 248))
    red = (170, 40, 60)
    slip.centred(mm(6), "江苏省非税收入统一票据（电子）", font("hei", 38), fill=red)
    slip.text(mm(6), mm(18), f"票据代码：{c.extra['bill_code']}　票据号码：{c.extra['bill_no']}", font("sans", 24))
    slip.text(mm(6), mm(24), f"交款人：{c.applicant.name}　开票日期：{num_date(c.filed_on)}", font("sans", 24))
    table(slip, mm(6), mm(31), [mm(54), mm(36), mm(62)],
          [["项目名称", "金额（元）", "备注"], ["申请执行费", f"{c.extra['exec_fee']:,.2f}", c.number],
           ["合计（大写）", money_caps(c.extra["exec_fee"])]], font("sans", 24), row_h=mm(11))
    slip.text(mm(6), mm(74), f"收款单位（章）：{COURT}　复核人：{c.extra['cashier']}", font("sans", 24))
    seal(slip, mm(132), mm(80), "江苏省南京市中级人民法院财务专用章", rng, radius=mm(14))
    pos = Sheet(size=(mm(62), mm(92)), paper=(250, 250, 246))
    for k, line in enumerate(["中国银联 POS 签购单", f"商户名称：{COURT}", "终端号：32010588", "交易类型：消费/SALE",
                              f"金额：RMB {c.extra['exec_fee']:,.2f}", f"日期：{num_date(c.filed_on)}", "持卡人签名："]):
        pos.text(mm(3), mm(4) + k * mm(11), line, font("mono", 22))
    signature(pos, mm(20), mm(80), c.agent, rng)
    return [_slip_on_backing([slip, pos], rng)]


def account_confirmation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(size=A5)
    s.centred(mm(14), "执行款收款账户确认书", font("hei", 44))
    y = flow(s, [("f", f"案号：{c.number}"),
                 ("p", f"申请执行人{c.applicant.name}确认本案执行款汇入下列账户，因账户信息错误产生的后果由本单位承担。"),
                 ("f", f"户名：{c.applicant.name}"), ("f", f"开户行：{c.extra['own_bank']}"), ("f", f"账号：{c.extra['own_account']}")],
             font("serif", 30), x0=mm(12), width=mm(124), y=mm(28), line_height=54, indent=60)
    s.text(mm(60), y + 40, "确认人（盖章）：", font("serif", 30))
    seal(s, mm(110), y + 70, c.applicant.name, rng, radius=mm(16))
    hand(s, mm(80), y + 150, num_date(c.day(-3)), rng, size=34)
    return [s]


def address_confirmation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(18), COURT, song(44))
    s.centred(mm(30), "送达地址确认书", font("hei", 56))
    rows = [["案号", c.number], ["受送达人", c.applicant.name], ["告知事项", "当事人应如实提供送达地址；所提供地址不准确、变更未及时告知的，"
                                                                  "法律文书退回之日视为送达之日。"],
            ["送达地址", c.extra["service_addr"]], ["收件人", c.agent], ["电话", c.agent_phone],
            ["是否同意电子送达", ""], ["电子邮箱", ""], ["受送达人确认", ""]]
    heights = [mm(14), mm(14), mm(34), mm(24), mm(14), mm(14), mm(16), mm(16), mm(40)]
    table(s, mm(24), mm(46), [mm(42), mm(120)], rows, song(32), row_h=heights, centre_first=True)
    base = mm(46) + sum(heights[:6])
    hand(s, mm(72), base + 40, "同意", rng, size=38)
    hand(s, mm(72), base + mm(16) + 40, c.extra["email"], rng, size=34)
    signature(s, mm(90), base + mm(32) + 60, c.agent, rng)
    hand(s, mm(130), base + mm(32) + mm(28), num_date(c.filed_on), rng, size=34)
    return [s]


def declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    s.centred(mm(16), "被执行人财产申报表", font("hei", 54))
    s.text(mm(22), mm(30), f"案号：{c.number}　申报人：{r.name}", song(32))
    labels = ["申报人", "银行存款", "不动产", "车辆", "股权及投资", "到期债权", "收入情况", "其他财产", "一年内变动"]
    rows = [[k, ""] for k in labels]
    table(s, mm(22), mm(38), [mm(40), mm(126)], rows, song(32), row_h=mm(24), centre_first=True)
    for k, v in enumerate(c.extra["declared"]):
        hand(s, mm(66), mm(38) + k * mm(24) + mm(8), v, rng, size=34)
    s.text(mm(22), mm(262), "申报人保证以上申报真实，如有虚假愿承担法律责任。申报人（签字）：", song(30))
    signature(s, mm(150), mm(270), r.legal_rep if r.kind == "organisation" else r.name, rng)
    return [s]


def inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 网络执行查控系统 list printed on A3 landscape, the bank's reply, the registry's reply."""
    r = c.respondent
    big = Sheet(size=A3)
    big.centred(mm(12), "网络执行查控系统　查询结果（总对总）", font("hei", 52))
    big.text(mm(16), mm(26), f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}　"
                             f"查询日期：{num_date(c.day(4))}　承办人：{c.officer}", font("sans", 30))
    rows = [["序号", "协助单位", "查询项目", "反馈日期", "反馈结果", "账户/证号", "控制情况"]]
    for k, (who, res) in enumerate(c.extra["inquiry"], 1):
        rows.append([str(k), who, "存款" if "银行" in who else "财产", num_date(c.day(5 + k % 3)), res,
                     f"{rng.randint(10**11, 10**12 - 1)}" if "银行" in who else "—", "已冻结" if "冻结" in res else "—"])
    table(big, mm(16), mm(36), [mm(16), mm(92), mm(30), mm(38), mm(120), mm(56), mm(36)], rows, font("sans", 30),
          row_h=mm(13))
    big.text(mm(16), mm(284), "说明：本查询结果由网络执行查控系统自动生成，仅供执行案件使用。　打印：南京中院执行局", font("sans", 26))
    bank = Sheet()
    bank.centred(mm(20), BANK, font("sans_bold", 48))
    bank.centred(mm(34), "协助冻结存款回执", font("sans_bold", 56))
    y = flow(bank, [("f", f"{COURT}："),
                    ("p", f"贵院{c.number}协助执行通知书收悉。我行已于{num_date(c.day(6))}对被执行人{r.name}在我行开立的账户"
                          f"{c.extra['resp_account']}予以冻结，冻结金额{c.extra['frozen']}元（账户实际余额），冻结期限一年。"),
                    ("p", "特此回执。"), ("f", f"经办人：{c.extra['bank_clerk']}　电话：025-8{rng.randint(1000000, 9999999)}")],
                font("sans", 38), x0=mm(26), width=mm(158), y=mm(52), line_height=68, indent=76)
    bank.right(mm(182), y + 80, BANK, font("sans", 38))
    seal(bank, mm(150), y + 100, BANK, rng)
    bank.right(mm(182), y + 160, cn_date(c.day(6)), font("sans", 38))
    bank.starts_document = True
    reg = Sheet()
    reg.centred(mm(20), REGISTRY, song(52))
    reg.centred(mm(34), "不动产登记信息查询结果", font("hei", 54))
    reg.text(mm(24), mm(48), f"查询申请单位：{COURT}　文号：{c.number}", song(32))
    table(reg, mm(24), mm(56), [mm(40), mm(122)],
          [["权利人", r.name], ["证件号码", r.id_number], ["查询范围", "南京市（含江宁、浦口、六合、溧水、高淳）"],
           ["查询结果", c.extra["estate_result"]], ["查封情况", c.extra["estate_seal"]], ["查询日期", num_date(c.day(8))]],
          song(32), row_h=[mm(14), mm(14), mm(14), mm(38), mm(24), mm(14)], centre_first=True)
    reg.text(mm(24), mm(200), "本结果仅反映查询时点登记簿记载内容。", song(30))
    seal(reg, mm(150), mm(220), "南京市不动产登记中心查询专用章", rng)
    reg.starts_document = True
    return [big, bank, reg]


def settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    sheets, y = _typed([
        ("c", "执行和解协议"),
        ("f", f"甲方（申请执行人）：{c.applicant.name}"), ("f", f"乙方（被执行人）：{c.respondent.name}"),
        ("f", f"丙方（被执行人）：{c.extra['guarantor']}"),
        ("p", f"就{COURT}{c.number}执行一案，三方经协商自愿达成和解如下："),
        ("p", f"一、乙方于{num_date(c.day(32))}前支付{money(c.extra['first'])}，于{num_date(c.day(55))}前支付"
              f"{money(c.extra['second'])}，合计{money(c.extra['settled'])}；"),
        ("p", "二、乙方按期足额付款后，甲方放弃其余违约金及迟延履行利息，本案执行完毕；"),
        ("p", "三、乙方任何一期逾期付款的，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除；丙方对本协议项下款项承担连带责任；"),
        ("p", f"四、款项汇入甲方账户：{c.extra['own_bank']}，账号{c.extra['own_account']}。"),
        ("p", "五、本协议一式四份，三方各执一份，交法院附卷一份。"),
    ], fam="serif", size=38, lh=64)
    s = sheets[-1]
    s.text(mm(26), y + 60, "甲方：", font("serif", 38))
    seal(s, mm(60), y + 90, c.applicant.name, rng, radius=mm(17))
    signature(s, mm(40), y + 190, c.agent, rng)
    s.text(mm(100), y + 60, "乙方：", font("serif", 38))
    seal(s, mm(135), y + 90, c.respondent.name, rng, radius=mm(17))
    signature(s, mm(115), y + 190, c.respondent.legal_rep, rng)
    s.text(mm(26), y + 300, "丙方：", font("serif", 38))
    signature(s, mm(46), y + 290, c.extra["guarantor"], rng)
    hand(s, mm(100), y + 300, num_date(c.day(28)), rng, size=38)
    return sheets


def voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    slips = []
    for k, (amt, day) in enumerate([(c.extra["first"], c.day(31)), (c.extra["second"], c.day(54))]):
        s = Sheet(size=(mm(160), mm(92)), paper=(244, 248, 252))
        s.text(mm(6), mm(5), "中国工商银行", font("hei", 38), fill=(180, 20, 30))
        s.right(mm(154), mm(6), "网上银行电子回单", font("hei", 34), fill=(180, 20, 30))
        table(s, mm(6), mm(18), [mm(22), mm(52), mm(22), mm(52)],
              [["付款人", c.respondent.name, "收款人", c.applicant.name],
               ["付款账号", c.extra["resp_account"], "收款账号", c.extra["own_account"]],
               ["金额", f"¥{amt:,.2f}", "大写", money_caps(amt)],
               ["用途", f"{c.number}和解款第{'一二'[k]}期", "交易时间", num_date(day)],
               ["电子回单号", f"{c.extra['serial']}{k}", "状态", "交易成功"]], font("sans", 22), row_h=mm(12))
        seal(s, mm(136), mm(80), "中国工商银行电子回单专用章", rng, radius=mm(11))
        slips.append(s)
    return [_slip_on_backing(slips, rng)]


RECEIVED = {
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "property_clue_form", "fee_receipt",
    "payment_account_confirmation", "service_address_confirmation", "property_declaration_form",
    "online_inquiry_result", "settlement_agreement", "payment_voucher",
}


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return {"arbitration": award, "notarial": notarial_deed}.get(c.basis_kind, judgment)(c, rng)
    if code == "effectiveness_certificate":
        return execution_certificate(c, rng) if c.basis_kind == "notarial" else award_certificate(c, rng)
    if code == "identity_proof":
        if served == ["respondent"]:
            if c.respondent.kind == "organisation":
                return licence(c, rng, "respondent")
            return id_card(c, rng)
        return [*licence(c, rng, "applicant"), *rep_statement(c, rng)]
    table_ = {
        "enforcement_application": application, "power_of_attorney": attorney, "law_firm_letter": firm_letter,
        "lawyer_license": licence_card, "property_clue_form": clue_form, "fee_receipt": fee_receipt,
        "payment_account_confirmation": account_confirmation, "service_address_confirmation": address_confirmation,
        "property_declaration_form": declaration, "online_inquiry_result": inquiry,
        "settlement_agreement": settlement, "payment_voucher": voucher,
    }
    return table_[code](c, rng)


__all__ = ["A3", "A5", "ARBITRATION", "B5", "BANK", "NOTARY", "RECEIVED", "REGISTRY", "render_paper"]
