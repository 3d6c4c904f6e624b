"""What 沈河法院执行局 receives, each in its maker's style and on its maker's white paper: the 沈阳中院's 二审
民事判决书 (GB 宋体, "n / m" folios at the lower right) with this court's 一审 judgment stapled behind it (明体, "- n -"),
the civil division's own judgments, the 沈河区劳动人事争议仲裁委员会's 仲裁裁决书 (GB 楷体, the 〔〕 number) and its
生效证明书, the lawyers' typed applications (微米黑, the title over a thick rule), a firm's pre-printed 授权委托书 filled
in ballpoint, a 律师事务所函 under a red letterhead, the 执业证 booklet, ID cards, licences and a 民办非企业单位登记证书
photocopied, the 辽宁省政府非税收入一般缴款书 printed in red, and 盛京银行's 电子回单 for the money paid out."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, hand, mm, seal, text_width
from dossier.corpus.families.court_iz_kit import BALL, COURT, Column, IzSheet, number_pages
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_voucher",
})
ARB = "沈阳市沈河区劳动人事争议仲裁委员会"
MID = "辽宁省沈阳市中级人民法院"
LAW_RED = (188, 26, 34)
GB = ("song_gb", "kai_gb")


def gb(face: str, s: str) -> str:
    """A GB 2312 face has no 〇: its typists write ○."""
    return s.replace("〇", "○") if face in GB else s


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[IzSheet]:
    from dossier.corpus.families.court_iz import made_on

    if code == "enforcement_basis":
        if c.extra["tale"] == "heat":
            appeal = _appeal(c, rng)
            first = _first_instance(c, rng)
            first[0].starts_document = True
            return appeal + first
        if c.extra["tale"] == "ride":
            return _award(c, rng)
        return _first_instance(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng, made_on(c, code))
    if code == "power_of_attorney":
        return _attorney(c, rng, made_on(c, code))
    if code == "law_firm_letter":
        return _firm_letter(c, rng, made_on(c, code))
    if code == "lawyer_license":
        return _licence_booklet(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "person":
            return _id_card(p, rng)
        return _school_certificate(p, c, rng) if "培训学校" in p.name else _business_licence(p, c, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng, made_on(c, code))
    if code == "payment_voucher":
        return _bank_slip(c, rng, made_on(c, code))
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"


def _judgment_sheets(rng: random.Random, *, issuer: str, title: str, number: str, face: str, paras: list[tuple[str, str]],
                     signers: list[tuple[str, str]], day: date, clerk: str, folio: str) -> list[IzSheet]:
    """A court's judgment on white paper: issuer and title centred, the number right, paragraphs, signers, the seal."""
    s = IzSheet(stock="white")
    s.centred(mm(26), issuer, font("serif_bold", mm(6.6)), spacing=mm(0.6))
    tf = font("serif_bold", mm(10.5))
    s.centred(mm(40), title, tf, spacing=mm(5))
    f = font(face, mm(5.2))
    col = Column([s], mm(60), left=mm(28), right=mm(26), top=mm(25), foot=mm(30), stock="white")
    col.flush(gb(face, number), f, lead=mm(12), right=True)
    lead = mm(9.6)
    for kind, text in paras:
        col.para(gb(face, text), f, lead=lead, indent=f.size * 2 if kind == "p" else 0.0)
    col.room(lead * (len(signers) + 5))
    last, y = col.s, col.y + mm(10)
    x = last.width - mm(98)
    for role, name in signers:
        last.text(x, y, f"{role}　　{name}", f)
        y += lead
    when = gb(face, cn_date(day))
    last.text(x + mm(6), y + mm(6), when, f)
    seal(last, x + mm(6) + text_width(when, f) / 2, y + mm(8), issuer, rng, radius=mm(20.5))
    last.text(x - mm(30), y + mm(12), "本件与原本核对无异", font(face, mm(4.6)))
    last.text(x, y + mm(20), f"书　记　员　　{clerk}", f)
    return number_pages(col.sheets, style=folio, face=face)


def _appeal(c: CaseCtx, rng: random.Random) -> list[IzSheet]:
    """The 沈阳中院's 二审 judgment: the developer's appeal dismissed, the 一审 judgment upheld."""
    a, r = c.applicant, c.respondent
    first = str(c.extra["first_number"])
    paras = [
        ("f", f"上诉人（原审被告）：{_who(r)}"),
        ("f", f"委托诉讼代理人：{person_name(rng)}，辽宁{rng.choice(['天正', '同泽'])}律师事务所律师。"),
        ("f", f"被上诉人（原审原告）：{_who(a)}"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服辽宁省沈阳市沈河区人民法院{first}民事判决，"
              "向本院提起上诉。本院立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人供应的预制直埋保温管"
              "部分保温层厚度不符合约定，一审法院未予查明，认定欠款数额错误。"),
        ("p", f"{a.name}辩称，其供应的管材已经上诉人验收并用于{c.extra['project']}项目供热管网，双方已对账确认欠款，"
              "一审判决认定事实清楚，请求驳回上诉，维持原判。"),
        ("p", "本院经审理查明的事实与一审法院查明的事实一致，本院予以确认。"),
        ("p", "本院认为，上诉人对其主张的管材质量问题未提交证据证明，且双方对账单已确认欠款数额，上诉人的上诉请求不能"
              "成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》"
              "第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(c.amount) // 100 + 80}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]
    signers = [("审　判　长", person_name(rng)), ("审　判　员", person_name(rng)), ("审　判　员", person_name(rng))]
    return _judgment_sheets(rng, issuer=MID, title="民事判决书", number=c.basis_number, face="song_gb", paras=paras,
                            signers=signers, day=c.basis_effective, clerk=person_name(rng), folio="slash")


def _first_instance(c: CaseCtx, rng: random.Random) -> list[IzSheet]:
    """This court's civil division's 一审 judgment (明体, "- n -")."""
    a, r = c.applicant, c.respondent
    heat = c.extra["tale"] == "heat"
    number = str(c.extra["first_number"]) if heat else c.basis_number
    day = c.extra["first_day"] if heat else c.basis_effective - timedelta(days=rng.randint(18, 24))
    heard = day - timedelta(days=rng.randint(25, 50))
    if heat:
        claim = (f"1.判令被告支付货款{c.amount:,.2f}元及逾期付款利息；2.诉讼费用由被告负担。事实和理由：2022年4月，原告与"
                 f"被告签订《预制直埋保温管采购合同》，约定原告为被告开发的{c.extra['project']}项目供应供热管道及管件。"
                 f"原告依约供货，被告经对账确认尚欠货款{c.amount:,.2f}元，至今未付。")
        held = "原、被告签订的采购合同合法有效。原告已按约供货，被告在对账单上盖章确认欠款，应当支付货款。"
        order = f"被告{r.name}于本判决生效之日起十日内给付原告{a.name}货款{c.amount:,.2f}元；"
        cause = "买卖合同纠纷"
        law = "《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百二十六条"
    else:
        child = c.extra["child"]
        claim = (f"1.判令被告退还剩余课时培训费{c.amount:,.2f}元；2.诉讼费用由被告负担。事实和理由：原告为其子女{child}"
                 f"在被告处报名学习课程，一次性预交培训费，尚余大部分课时未上。2023年7月起被告停课，至今未退费。")
        held = ("原告与被告之间的教育培训合同关系合法有效。被告停止办学，致使合同目的不能实现，原告有权解除合同并要求"
                "退还未消耗课时对应的培训费。")
        order = f"被告{r.name}于本判决生效之日起十日内返还原告{a.name}培训费{c.amount:,.2f}元；"
        cause = "教育培训合同纠纷"
        law = "《中华人民共和国民法典》第五百六十三条、第五百六十六条、第五百七十七条"
    paras = [
        ("f", f"原告：{_who(a)}"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{cause}一案，本院于{num_date(heard - timedelta(days=40))}立案后，依法适用"
              f"{'普通' if heat else '简易'}程序，于{num_date(heard)}公开开庭进行了审理。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：{claim}"),
        ("p", f"{r.name}{'辩称，部分管材质量不合格，不同意全额给付' if heat else '经本院合法传唤，无正当理由未到庭参加诉讼'}。"),
        ("p", f"本院认为，{held}依照{law}，《中华人民共和国民事诉讼法》第六十七条{'' if heat else '、第一百四十七条'}"
              "之规定，判决如下："),
        ("p", "一、" + order),
        ("p", "二、驳回原告其他诉讼请求。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
              "加倍支付迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 50}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于"
              "辽宁省沈阳市中级人民法院。"),
    ]
    signers = [("审判员", person_name(rng))] if not heat else [("审判长", person_name(rng)), ("人民陪审员", person_name(rng)),
                                                              ("人民陪审员", person_name(rng))]
    return _judgment_sheets(rng, issuer=COURT, title="民事判决书", number=number, face="ming", paras=paras,
                            signers=signers, day=day, clerk=person_name(rng), folio="dash")


def _award(c: CaseCtx, rng: random.Random) -> list[IzSheet]:
    """The committee's 仲裁裁决书: GB 楷体 body, the 〔〕 number, one arbitrator (简易处理), the committee's seal."""
    a, r = c.applicant, c.respondent
    months = int(c.extra["months"])
    wage = Decimal(c.extra["wage"])
    other = c.amount - wage * months
    heard = c.basis_effective - timedelta(days=rng.randint(35, 55))
    paras = [
        ("f", f"申请人：{_who(a)}"),
        ("f", f"被申请人：{_who(r)}"),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{num_date(heard - timedelta(days=20))}受理后，依法"
              f"指定仲裁员独任审理，于{num_date(heard)}开庭。申请人到庭，被申请人经书面通知无正当理由未到庭，本委依法缺席"
              "审理。本案现已审理终结。"),
        ("p", f"申请人请求：被申请人支付拖欠的工资及未休年休假工资。申请人称：其于2021年10月入职被申请人处，驾驶被申请人"
              f"提供的营运车辆从事网约车客运，双方约定每月固定工资{wage:,.0f}元，另按流水提成。2023年起被申请人停发工资，"
              f"共拖欠{months}个月。"),
        ("p", "经审理查明：申请人提交的劳动合同、派车单、工资发放银行流水及微信聊天记录相互印证，被申请人对申请人进行"
              "排班考勤和管理，双方存在劳动关系；被申请人自2023年起未发放申请人工资。"),
        ("p", "本委认为，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。依照《中华人民共和国劳动"
              "合同法》第三十条，《中华人民共和国劳动争议调解仲裁法》第四十七条第一项的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}拖欠工资{wage * months:,.2f}元；"),
        ("p", f"二、被申请人于本裁决生效之日起十日内支付申请人未休年休假工资{other:,.2f}元。"),
        ("p", f"以上合计{c.amount:,.2f}元。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内向人民"
              "法院提起诉讼；用人单位有证据证明本裁决有法定情形之一的，可以自收到本裁决书之日起三十日内向沈阳市中级人民"
              "法院申请撤销。"),
        ("p", "当事人对发生法律效力的裁决书，应当依照规定的期限履行。一方当事人逾期不履行的，另一方当事人可以向人民法院"
              "申请强制执行。"),
    ]
    face = "kai_gb"
    s = IzSheet(stock="white")
    s.centred(mm(24), ARB, font("serif_bold", mm(7.2)), spacing=mm(0.5))
    s.centred(mm(40), "仲裁裁决书", font("serif_bold", mm(10)), spacing=mm(3))
    f = font(face, mm(5.4))
    col = Column([s], mm(58), left=mm(28), right=mm(26), top=mm(25), foot=mm(28), stock="white")
    col.flush(c.basis_number, f, lead=mm(12), right=True)
    lead = mm(9.8)
    for kind, text in paras:
        col.para(gb(face, text), f, lead=lead, indent=f.size * 2 if kind == "p" else 0.0)
    col.room(lead * 5)
    last, y = col.s, col.y + mm(10)
    x = last.width - mm(95)
    last.text(x, y, f"仲　裁　员　　{person_name(rng)}", f)
    when = num_date(c.basis_effective)
    last.text(x + mm(8), y + lead * 1.5, when, f)
    seal(last, x + mm(30), y + lead * 1.5, ARB, rng, radius=mm(21))
    last.text(x, y + lead * 3, f"书　记　员　　{person_name(rng)}", f)
    m = len(col.sheets)
    for n, sh in enumerate(col.sheets, 1):
        if m > 1:
            sh.centred(sh.height - mm(15), f"共{m}页　第{n}页", font(face, mm(4)))
        if n > 1:
            sh.page_of = (n, m)
    return col.sheets


def _in_effect(c: CaseCtx, rng: random.Random) -> list[IzSheet]:
    """The committee's 生效证明书: a short letter on its letterhead with its seal."""
    s = IzSheet(stock="white")
    s.centred(mm(30), ARB, font("song_gb", mm(8)), fill=LAW_RED, spacing=mm(0.4))
    s.line(mm(24), mm(44), s.width - mm(24), mm(44), width=4, fill=LAW_RED)
    s.centred(mm(56), "生效证明书", font("serif_bold", mm(9)), spacing=mm(3))
    face = "kai_gb"
    f = font(face, mm(5.6))
    col = Column([s], mm(76), left=mm(28), right=mm(26), stock="white")
    col.flush(f"沈河劳人仲证字〔{c.basis_effective.year}〕第{rng.randint(20, 190)}号", f, lead=mm(12), right=True)
    col.flush(f"{COURT}：", f, lead=mm(10))
    col.para(f"申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议一案，本委于{num_date(c.basis_effective)}作出"
             f"{c.basis_number}仲裁裁决书。该裁决为终局裁决，已依法送达双方当事人，自作出之日起发生法律效力。在法定期限内，"
             "被申请人未向沈阳市中级人民法院申请撤销该裁决。", f, lead=mm(10), indent=f.size * 2)
    col.para("特此证明。", f, lead=mm(10), indent=f.size * 2)
    y = col.y + mm(24)
    when = num_date(c.basis_effective + timedelta(days=rng.randint(32, 40)))
    s.right(s.width - mm(36), y, when, f)
    seal(s, s.width - mm(60), y, ARB, rng, radius=mm(21))
    s.text(mm(28), y + mm(40), f"经办人：{person_name(rng)}　　联系电话：024-2482{rng.randint(1000, 9999)}", font(face, mm(4.4)))
    return [s]


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[IzSheet]:
    """The lawyer's typed 强制执行申请书: the title in 黑体 over a thick rule, the body in 微米黑."""
    a, r = c.applicant, c.respondent
    s = IzSheet(stock="white")
    tf = font("hei", mm(9))
    w = s.centred(mm(28), "强制执行申请书", tf, spacing=mm(2))
    s.line((s.width - w) / 2 - mm(6), mm(42), (s.width + w) / 2 + mm(6), mm(42), width=6)
    f = font("microhei", mm(4.8))
    col = Column([s], mm(54), left=mm(25), right=mm(25), top=mm(22), foot=mm(24), stock="white")
    lead = mm(8.8)
    basis = ("仲裁裁决书" if c.extra["tale"] == "ride" else "民事判决书")
    upheld = (f"（维持{COURT}{c.extra['first_number']}民事判决）" if c.extra["tale"] == "heat" else "")
    for kind, text in [
        ("f", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师，联系电话：{c.agent_phone}。"),
        ("f", f"被执行人：{_who(r)}统一社会信用代码：{r.id_number}。"),
        ("t", "执行请求："),
        ("p", f"1．请求依法强制执行{c.basis_court}{c.basis_number}{basis}{upheld}，责令被执行人支付{money(c.amount)}；"),
        ("p", "2．责令被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3．被执行人拒不履行的，请求对其采取限制高消费措施，并将其纳入失信被执行人名单；"),
        ("p", "4．本案执行费用由被执行人负担。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}{basis}，该法律文书已于"
              f"{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行生效法律文书确定的义务。"),
        ("p", "为维护申请执行人的合法权益，依照《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"),
        ("t", "此致"), ("t", COURT),
    ]:
        if kind == "t":
            col.flush(text, f, lead=lead)
        else:
            col.para(text, f, lead=lead, indent=f.size * 2 if kind == "p" else 0.0)
    col.room(mm(40))
    last, y = col.s, col.y + mm(8)
    last.text(last.width - mm(105), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(50), y + mm(4), a.name, rng, radius=mm(19))
        hand(last, last.width - mm(70), y + mm(10), a.legal_rep, rng, size=mm(6.5), ink=INK)
    else:
        hand(last, last.width - mm(70), y - mm(2), a.name, rng, size=mm(7), ink=INK)
    last.text(last.width - mm(105), y + mm(22), num_date(d), f)
    return number_pages(col.sheets, style="slash", face="microhei")


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[IzSheet]:
    """The firm's pre-printed 授权委托书: printed labels and blanks on underlines, filled in blue ballpoint."""
    a = c.applicant
    s = IzSheet(stock="white")
    s.text(mm(25), mm(16), c.firm, font("sans", mm(3.8)), fill=(90, 90, 90))
    s.centred(mm(28), "授 权 委 托 书", font("sans_bold", mm(9)))
    f = font("sans", mm(4.8))
    rows = [("委托人", a.name), ("住所地/住址", a.address), ("法定代表人", a.legal_rep or "——"),
            ("受托人", f"{c.agent}　{c.firm}律师"), ("联系电话", c.agent_phone),
            ("案　　由", f"与{c.respondent.name}{c.extra['cause']}执行一案")]
    y = mm(52)
    for label, value in rows:
        s.text(mm(25), y, f"{label}：", f)
        s.line(mm(62), y + mm(7), s.width - mm(25), y + mm(7), width=1)
        hand(s, mm(64), y - mm(1.5), value[:26], rng, size=mm(5.6), ink=BALL)
        y += mm(13)
    y += mm(4)
    s.text(mm(25), y, "代理权限：", f)
    y += mm(10)
    for k, t in enumerate(["□ 一般代理", "■ 特别授权：代为申请执行，提供财产线索，申请采取强制执行措施，代为参加",
                           "　 执行和解，代为签收法律文书，代为领取执行款项，申请终结本次执行程序及恢复执行。"]):
        s.text(mm(32), y + k * mm(9), t, f)
    y += mm(36)
    s.text(mm(25), y, "委托期限：自本委托书签署之日起至本案执行终结时止。", f)
    y += mm(24)
    s.text(mm(25), y, "委托人（签名或盖章）：", f)
    s.text(s.width - mm(95), y, "受托人（签名）：", f)
    if a.kind == "organisation":
        seal(s, mm(95), y + mm(20), a.name, rng, radius=mm(19))
    else:
        hand(s, mm(40), y + mm(11), a.name, rng, size=mm(7), ink=BALL)
        s.draw.ellipse((mm(72), y + mm(13), mm(72) + mm(5), y + mm(19.5)), fill=(196, 44, 44))
    hand(s, s.width - mm(62), y + mm(11), c.agent, rng, size=mm(7), ink=BALL)
    hand(s, s.width - mm(80), y + mm(32), num_date(d), rng, size=mm(5.6), ink=BALL)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[IzSheet]:
    s = IzSheet(stock="white")
    s.centred(mm(22), c.firm, font("song_gb", mm(10.5)), fill=LAW_RED, spacing=mm(1.5))
    s.line(mm(20), mm(38), s.width - mm(20), mm(38), width=5, fill=LAW_RED)
    s.centred(mm(50), "律 师 事 务 所 函", font("hei", mm(8)))
    f = font("song_gb", mm(5.2))
    col = Column([s], mm(66), left=mm(28), right=mm(25), stock="white")
    col.flush(f"（{d.year}）辽{c.firm[2:4]}律执字第{rng.randint(12, 260)}号", f, lead=mm(12), right=True)
    col.flush(f"{COURT}：", f, lead=mm(10))
    col.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
             "委托代理人，代为申请强制执行并参与执行程序。", f, lead=mm(10), indent=f.size * 2)
    col.para("特此函告。", f, lead=mm(10), indent=f.size * 2)
    col.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", font("song_gb", mm(4.4)),
             lead=mm(8))
    col.para(f"本所地址：{c.extra['firm_addr']}", font("song_gb", mm(4.4)), lead=mm(8))
    y = col.y + mm(26)
    s.right(s.width - mm(34), y, num_date(d), f)
    seal(s, s.width - mm(58), y - mm(3), c.firm, rng, radius=mm(20))
    return [s]


def _licence_booklet(c: CaseCtx, rng: random.Random) -> list[IzSheet]:
    """The 律师执业证 opened flat on the copier: a grey spread, the photo block, the data leaf, the copy note by hand."""
    s = IzSheet(stock="white")
    x0, y0 = mm(20), mm(36)
    leaf_w, leaf_h = mm(82), mm(116)
    for k in range(2):
        x = x0 + k * (leaf_w + mm(5))
        s.draw.rectangle((x, y0, x + leaf_w, y0 + leaf_h), fill=(216, 216, 212), outline=(60, 60, 60), width=3)
    f = font("sans", mm(4.0))
    s.draw.rectangle((x0 + mm(24), y0 + mm(12), x0 + mm(58), y0 + mm(56)), fill=(120, 120, 120))
    s.centred(y0 + mm(64), "持证人照片", f, x0=x0, x1=x0 + leaf_w)
    s.centred(y0 + mm(80), "中华人民共和国司法部监制", f, x0=x0, x1=x0 + leaf_w)
    seal(s, x0 + leaf_w - mm(8), y0 + mm(56), "辽宁省司法厅", rng, radius=mm(15))
    x = x0 + leaf_w + mm(5)
    s.centred(y0 + mm(8), "律师执业证", font("serif_bold", mm(6.5)), x0=x, x1=x + leaf_w)
    ty = y0 + mm(24)
    for label, v in [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                     ("持证人", c.agent), ("性别", rng.choice("男女")), ("发证机关", "辽宁省司法厅"),
                     ("发证日期", f"{rng.randint(2016, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]:
        s.text(x + mm(5), ty, f"{label}：{v}", font("sans", mm(3.9)))
        ty += mm(11)
    s.centred(y0 + leaf_h + mm(12), "律师执业证复印件", font("sans", mm(4.6)))
    hand(s, mm(40), y0 + leaf_h + mm(30), "与原件核对一致", rng, size=mm(6.5), ink=BALL)
    hand(s, mm(120), y0 + leaf_h + mm(30), c.agent, rng, size=mm(6.5), ink=BALL)
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[IzSheet]:
    """Both faces of a resident ID card photocopied one above the other, signed as a true copy."""
    s = IzSheet(stock="white")
    w, h = mm(86) * 1.3, mm(54) * 1.3
    x = (s.width - w) / 2 + rng.uniform(-mm(6), mm(6))
    y1 = mm(34)
    grey = (80, 80, 80)
    s.draw.rounded_rectangle((x, y1, x + w, y1 + h), radius=mm(4), outline=grey, width=3, fill=(226, 226, 224))
    lab = font("hei", mm(4.0))
    val = font("hei", mm(4.4))
    born = p.born or date(1980, 1, 1)
    ty = y1 + mm(8)
    for k, v in [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日"),
                 ("住址", p.address)]:
        s.text(x + mm(7), ty, k, lab, fill=grey)
        s.text(x + mm(22), ty, v[:13], val)
        if len(v) > 13:
            ty += mm(6.5)
            s.text(x + mm(22), ty, v[13:26], val)
        ty += mm(10)
    s.text(x + mm(7), y1 + h - mm(12), "公民身份号码", lab, fill=grey)
    s.text(x + mm(36), y1 + h - mm(12.5), p.id_number, font("mono", mm(5)))
    s.draw.rectangle((x + w - mm(34), y1 + mm(8), x + w - mm(7), y1 + mm(44)), fill=(150, 150, 150))
    y2 = y1 + h + mm(22)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(4), outline=grey, width=3, fill=(226, 226, 224))
    s.centred(y2 + mm(12), "中华人民共和国", font("hei", mm(6.5)), x0=x + mm(18), x1=x + w)
    s.centred(y2 + mm(25), "居民身份证", font("hei", mm(8.5)), x0=x + mm(18), x1=x + w)
    s.draw.ellipse((x + mm(7), y2 + mm(7), x + mm(26), y2 + mm(26)), outline=(120, 70, 70), width=3)
    police = "沈阳市公安局" + ("沈河分局" if p.id_number.startswith("210103") else "大东分局")
    s.text(x + mm(7), y2 + h - mm(20), f"签发机关　{police}", lab)
    s.text(x + mm(7), y2 + h - mm(11), f"有效期限　{rng.randint(2015, 2020)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期",
           lab)
    hand(s, x + mm(6), y2 + h + mm(16), "此复印件仅供法院执行使用", rng, size=mm(6), ink=BALL)
    hand(s, x + mm(70), y2 + h + mm(30), p.name, rng, size=mm(7), ink=BALL)
    return [s]


def _frame(s: IzSheet, colour: tuple[int, int, int]) -> None:
    s.box(mm(16), mm(18), s.width - mm(16), s.height - mm(44), width=9, outline=colour)
    s.box(mm(21), mm(23), s.width - mm(21), s.height - mm(49), width=2, outline=colour)


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[IzSheet]:
    s = IzSheet(stock="white")
    _frame(s, (176, 70, 56))
    s.centred(mm(40), "营 业 执 照", font("serif_bold", mm(15)), spacing=mm(2))
    s.centred(mm(62), "（副　本）", font("serif", mm(5.5)))
    f = font("serif", mm(4.8))
    s.text(mm(32), mm(80), f"统一社会信用代码　{p.id_number}", f)
    y = float(mm(96))
    trade = {"保温管道": "保温管道、管件制造、销售；供热管网安装", "房地产开发": "房地产开发、经营；物业管理",
             "汽车租赁": "汽车租赁；网络预约出租汽车经营服务"}
    scope = next((v for k, v in trade.items() if k in p.name), "一般项目")
    for k, v in [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                 ("经营范围", scope), ("注册资本", f"人民币{rng.choice([500, 1000, 2000, 5000])}万元"),
                 ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                 ("住　　所", p.address)]:
        s.text(mm(32), y, k, f)
        s.text(mm(70), y, v[:26], f)
        y += mm(13)
    reg = "沈阳市沈河区市场监督管理局" if p.id_number[2:8] == "210103" else "沈阳市于洪区市场监督管理局"
    s.right(s.width - mm(36), s.height - mm(86), "登记机关", f)
    s.right(s.width - mm(36), s.height - mm(72), cn_date(c.day(-rng.randint(300, 900))), f)
    seal(s, s.width - mm(60), s.height - mm(82), reg, rng)
    hand(s, mm(34), s.height - mm(38), "与原件一致", rng, size=mm(6.5), ink=INK)
    seal(s, mm(110), s.height - mm(30), p.name, rng, radius=mm(17))
    return [s]


def _school_certificate(p: Party, c: CaseCtx, rng: random.Random) -> list[IzSheet]:
    """The training school's 民办非企业单位登记证书 (副本), photocopied from the 民政 register's file by the lawyer."""
    s = IzSheet(stock="white")
    _frame(s, (60, 90, 150))
    s.centred(mm(36), "民办非企业单位登记证书", font("serif_bold", mm(10.5)), spacing=mm(0.8))
    s.centred(mm(54), "（副　本）", font("serif", mm(5.5)))
    f = font("serif", mm(4.8))
    y = float(mm(76))
    for k, v in [("统一社会信用代码", p.id_number), ("名　　称", p.name), ("住　　所", p.address),
                 ("法定代表人", p.legal_rep), ("开办资金", f"{rng.choice([10, 30, 50])}万元"),
                 ("业务主管单位", "沈阳市沈河区教育局"), ("业务范围", "文化课程培训（非学历）"),
                 ("有效期限", f"{rng.randint(2019, 2021)}年至{rng.randint(2024, 2026)}年")]:
        s.text(mm(30), y, k, f)
        s.text(mm(78), y, v[:24], f)
        y += mm(14)
    s.right(s.width - mm(36), s.height - mm(84), "登记管理机关", f)
    s.right(s.width - mm(36), s.height - mm(70), cn_date(c.day(-rng.randint(500, 1200))), f)
    seal(s, s.width - mm(62), s.height - mm(80), "沈阳市沈河区民政局", rng)
    s.text(mm(30), s.height - mm(38), f"复印件来源：沈河区民政局登记档案　调取人：{c.agent}", font("serif", mm(4)))
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random, d: date) -> list[IzSheet]:
    """辽宁省政府非税收入一般缴款书: red print, a ruled slip across the top half of the page, the bank's stamp."""
    red = (178, 40, 44)
    s = IzSheet(stock="white")
    s.centred(mm(20), "辽宁省政府非税收入一般缴款书", font("serif_bold", mm(7.2)), fill=red)
    s.centred(mm(31), "（电子）", font("serif", mm(4.4)), fill=red)
    f = font("serif", mm(4.0))
    mono = font("mono", mm(4.2))
    s.text(mm(18), mm(40), f"票据代码：2101{rng.randint(1000, 9999)}", f, fill=red)
    s.text(mm(80), mm(40), f"交款识别码：{rng.randint(10**15, 10**16 - 1)}", f, fill=red)
    s.right(s.width - mm(18), mm(40), f"填制日期：{d:%Y-%m-%d}", f, fill=red)
    x, y = mm(14), float(mm(48))
    w = s.width - 2 * x
    rows = [("付款人全称", c.applicant.name, "收款人全称", "沈阳市沈河区财政局"),
            ("付款人账号", "——", "收款人账号", f"2101{rng.randint(10**11, 10**12 - 1)}"),
            ("付款人开户行", "——", "收款人开户行", "盛京银行沈阳市沈河支行"),
            ("项目编码", "103040101", "项目名称", "诉讼费（申请执行费）"),
            ("执收单位", COURT, "案号", c.number),
            ("金额（大写）", money_caps(Decimal(c.extra["fee"])), "（小写）", f"¥{Decimal(c.extra['fee']):,.2f}")]
    widths = [mm(30), w / 2 - mm(30), mm(30), w / 2 - mm(30)]
    for k, row in enumerate(rows):
        cx = float(x)
        for j, cell in enumerate(row):
            s.box(cx, y, cx + widths[j], y + mm(12), width=2, outline=red)
            s.text(cx + mm(2), y + mm(3.5), cell, f if j % 2 == 0 else (mono if k in (1, 5) and j == 3 else f),
                   fill=red if j % 2 == 0 else INK)
            cx += widths[j]
        y += mm(12)
    s.text(x, y + mm(5), "第一联　缴款凭证（交款人留存）", f, fill=red)
    seal(s, s.width - mm(52), y - mm(10), "盛京银行股份有限公司沈阳市沈河支行", rng, radius=mm(16), inner="业务受理章")
    for dx in range(0, s.width, mm(4)):
        s.line(dx, y + mm(24), dx + mm(2), y + mm(24), width=1, fill=(170, 170, 170))
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random, d: date) -> list[IzSheet]:
    """盛京银行's 电子回单 for the money paid out of the court's account to the applicant."""
    s = IzSheet(stock="white")
    f: Font = font("sans", mm(4.1))
    teal = (20, 100, 110)
    s.text(mm(16), mm(16), "盛京银行", font("sans_bold", mm(7)), fill=teal)
    s.text(mm(52), mm(19), "SHENGJING BANK", font("sans", mm(3.6)), fill=teal)
    s.centred(mm(32), "电子回单（付款）", font("sans_bold", mm(6)))
    s.text(mm(16), mm(44), f"回单编号：{rng.randint(10**15, 10**16 - 1)}", f)
    s.right(s.width - mm(16), mm(44), f"记账日期：{d:%Y-%m-%d}", f)
    rows = [("付款人户名", f"{COURT}（执行款专户）"), ("付款人账号", f"0101{rng.randint(10**11, 10**12 - 1)}"),
            ("付款人开户行", "盛京银行沈阳市沈河支行"), ("收款人户名", c.applicant.name), ("收款人账号", c.extra["in_acct"]),
            ("收款人开户行", c.extra["in_bank"]), ("金额（小写）", f"CNY {c.amount:,.2f}"),
            ("金额（大写）", f"人民币{money_caps(c.amount)}"), ("用途", f"{c.number}执行款发放"),
            ("交易流水号", f"{d:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}")]
    y = mm(52)
    for k, v in rows:
        s.box(mm(16), y, mm(56), y + mm(11), width=1)
        s.box(mm(56), y, s.width - mm(16), y + mm(11), width=1)
        s.text(mm(19), y + mm(3), k, f)
        s.text(mm(60), y + mm(3), v, f)
        y += mm(11)
    s.text(mm(16), y + mm(6), "本回单可通过盛京银行网上银行验证真伪，重复打印无效。", font("sans", mm(3.4)))
    s.text(mm(16), y + mm(13), f"打印日期：{(d + timedelta(days=1)):%Y-%m-%d}　打印次数：1", font("sans", mm(3.4)))
    seal(s, s.width - mm(50), y - mm(14), "盛京银行股份有限公司", rng, radius=mm(17), inner="电子回单专用章")
    hand(s, mm(20), y + mm(34), f"已领取 {c.agent} {d.month}.{d.day}", rng, size=mm(5.5), ink=BALL)
    return [s]

