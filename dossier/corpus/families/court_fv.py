"""court_fv (福建省南平市延平区人民法院, held out): 延平 on the 闽江 where the 建溪 and 富屯溪 meet — tea merchants
packing 武夷岩茶 for the coast, bamboo mills up the valleys, sand barges on the river. Its notices, orders and the
协助执行通知书 are printed on pre-printed 联单 (court_fv_kit), the volume keeping a 存根, an 附卷联 with its 回执
torn away, folded behind or hanging, or a 回执联 that came back signed; its rulings are typeset on plain A4. What
it receives keeps its makers' styles (court_fv_papers). The volumes went over the bureau's colour flatbed with the lid
not quite shut (court_fv_capture).

How the archive files the parts (the truth follows it): a sheet is the document its main part is — an 附卷联 with
its 回执 still on it, or with the 回执 torn off, is the notice; a 存根 left after the 正本 was torn off and mailed is
the court's record of that notice and is filed as the notice; a 回执联 that came back signed on its own is a
送达回证 (service_receipt) naming what it served; the 协助执行通知书's 回执联, filled and stamped by the bank at the
counter and still attached, stays part of the 协助执行通知书's sheet."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    money,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_fv_kit import (
    COURT,
    EDGE,
    RECORD,
    RIGHT,
    RULING,
    TEAL,
    Grid,
    Part,
    court_seal,
    fill_font,
    fill_text,
    head,
    labelled,
    part_set,
    pen,
    sans,
    strip,
)
from dossier.corpus.families.court_fv_papers import RECEIVED, received
from dossier.corpus.fonts import font
from dossier.corpus.paper import Paper, typeset

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
TEA_SEQ, BAMBOO_SEQ, SAND_SEQ = 92051, 92339, 92958
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "summons": 21, "consumption_restriction_order": 24, "dishonest_list_decision": 38, "investigation_record": 31,
        "settlement_agreement": 33}
CLOSING = {"interview_record": 19, "termination_this_round_ruling": 8, "closing_notice": 5, "closing_approval_form": 3,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""
NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "summons": "传票",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "closing_notice": "结案通知书"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return c.extra["pay_day"]
    return c.day(WHEN.get(code, 0))


def fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条第一项): 50 yuan up to 10,000; 1.5% of the part to 500,000; 1% above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("0.01"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """南平 parties. TEA_SEQ: a 武夷山 tea-packaging works enforces a 南平仲裁委员会 award for 岩茶 gift boxes against a
    延平 tea company with nothing left (限制消费, 失信, the applicant heard, 终本); BAMBOO_SEQ: a 竹地板 mill enforces this
    court's own judgment against a building-materials dealer, whose account is frozen and who pays (执行完毕, archived);
    SAND_SEQ: a 闽江 river-sand carrier enforces a 建阳区人民法院 judgment against a construction company whose
    project account lies in 延平; restricted in its spending it settles and pays (执行完毕)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {TEA_SEQ: "tea", BAMBOO_SEQ: "bamboo", SAND_SEQ: "sand"}[seq]
    c.firm = rng.choice(["福建剑津律师事务所", "福建延津律师事务所", "福建闽北正道律师事务所"])
    c.extra["firm_addr"] = f"南平市延平区{rng.choice(['滨江中路', '八一路', '解放路'])}{rng.randint(12, 380)}号"
    c.extra["licence"] = f"13507{rng.randint(2010, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["福建南平农村商业银行延平支行", "兴业银行南平分行", "中国建设银行南平延平支行"])
    c.extra["in_acct"] = f"9{rng.randint(10**14, 10**15 - 1)}"
    c.extra["badge"] = f"3507{rng.randint(1000, 9999)}"
    c.extra["serial"] = rng.randint(31000, 68000)
    c.agent = person_name(rng)
    t = tale(c)
    if t == "tea":
        c.applicant = Party(f"武夷山市{rng.choice(['云窠', '天游', '九曲'])}茶叶包装有限公司", "organisation",
                            credit_code(rng, "350782"), f"福建省武夷山市{rng.choice(['新丰街道', '崇安街道'])}"
                            f"{rng.choice(['工业路', '三姑路'])}{rng.randint(8, 160)}号", f"0599-52{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"南平市延平区{rng.choice(['岩骨花香', '溪源', '茗苑'])}茶业有限公司", "organisation",
                             credit_code(rng, "350702"), f"福建省南平市延平区{rng.choice(['炉下镇', '樟湖镇', '夏道镇'])}"
                             f"{rng.choice(['茶园', '斜溪', '下岚'])}村{rng.randint(1, 60)}号", f"0599-86{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "南平仲裁委员会"
        c.basis_number = f"（2023）南仲裁字第{rng.randint(60, 420)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 110))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1600, 2800)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["goods"] = "大红袍、肉桂岩茶礼盒及内衬、铁罐等包装物"
        c.extra["r_bank"] = rng.choice(["福建南平农村商业银行炉下支行", "中国邮政储蓄银行南平市分行"])
        c.extra["r_acct"] = f"9{rng.randint(10**14, 10**15 - 1)}"
        c.extra["frozen"] = Decimal(rng.randint(100, 90000)) / 100
    elif t == "bamboo":
        c.applicant = Party(f"南平市延平区{rng.choice(['竹源', '翠竹', '茂林'])}竹业有限公司", "organisation",
                            credit_code(rng, "350702"), f"福建省南平市延平区{rng.choice(['王台镇', '大横镇', '茫荡镇'])}"
                            f"{rng.choice(['溪后', '秋竹', '安济'])}村工业区{rng.randint(1, 30)}号", f"0599-87{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"南平{rng.choice(['恒筑', '安居', '闽源'])}建材贸易有限公司", "organisation",
                             credit_code(rng, "350702"), f"福建省南平市延平区{rng.choice(['江南新区', '水南街道'])}"
                             f"{rng.choice(['江南大道', '延福路'])}{rng.randint(10, 300)}号", f"0599-88{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）闽0702民初{rng.randint(2100, 5800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(960, 1580)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["goods"] = "碳化竹地板、竹木复合地板"
        c.extra["r_bank"] = rng.choice(["兴业银行南平分行营业部", "福建南平农村商业银行水南支行"])
        c.extra["r_acct"] = f"4{rng.randint(10**14, 10**15 - 1)}"
        c.extra["pay_day"] = c.day(rng.randint(17, 23))
    else:
        c.applicant = Party(f"南平市延平区{rng.choice(['顺航', '闽江', '剑津'])}砂石运输有限公司", "organisation",
                            credit_code(rng, "350702"), f"福建省南平市延平区{rng.choice(['西芹镇', '太平镇', '来舟镇'])}"
                            f"{rng.choice(['码头', '沿江'])}路{rng.randint(3, 88)}号", f"0599-83{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"福建闽北{rng.choice(['宏鼎', '建安', '鑫基'])}建设工程有限公司", "organisation",
                             credit_code(rng, "350703"), f"福建省南平市建阳区{rng.choice(['潭城街道', '童游街道'])}"
                             f"{rng.choice(['人民路', '崇阳路'])}{rng.randint(10, 200)}号", f"0599-58{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "福建省南平市建阳区人民法院"
        c.basis_number = f"（2023）闽0703民初{rng.randint(1200, 4900)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
        c.extra["cause"] = "运输合同纠纷"
        c.amount = Decimal(rng.randint(2100, 3900)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["site"] = f"延平区{rng.choice(['江南新区安置房', '塔前镇防洪堤', '西芹滨江路'])}项目"
        c.extra["r_bank"] = "中国建设银行南平延平支行"
        c.extra["r_acct"] = f"3505{rng.randint(10**15, 10**16 - 1)}"
        c.extra["pay_day"] = c.day(rng.randint(45, 52))
    c.extra["fee"] = fee(c.amount)


def basis_title(c: CaseCtx) -> str:
    kind = "裁决书" if tale(c) == "tea" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _seam(c: CaseCtx, k: int) -> str:
    return f"延法执 {c.extra['serial'] + k:07d}"


def _notice_face(c: CaseCtx, title: str, to: str, paras: list[tuple[str, str]], d: date, rng: random.Random, *,
                 no: str, note: str = "（附卷联）", signers: bool = True) -> Callable[[Sheet, float, float], None]:
    """The main part of a notice's set: printed heading and rules, the case system's fill, the date and seal."""
    def face(s: Sheet, top: float, bottom: float) -> None:
        x0, x1 = EDGE + mm(2), s.width - RIGHT
        y = head(s, x0, x1, top + mm(8), title, no, note=note)
        s.text(x0, y, "案号", sans(34), fill=TEAL)
        s.right(x1, y - 4, c.number, fill_font(40))
        y += 62
        foot = bottom - mm(34 if signers else 26)
        y = fill_text(s, x0, x1, y, foot, [("f", to), *paras], rng, size=40, lead=62)
        sy = bottom - mm(31)
        if signers:
            labelled(s, x0 + mm(4), sy, "执行员", c.officer, rng, width=mm(58))
            labelled(s, x0 + mm(68), sy, "书记员", c.clerk, rng, width=mm(58))
            sy += mm(11)
        when = cn_date(d)
        s.right(x1 - mm(10), sy + mm(2), when, fill_font(40))
        court_seal(s, x1 - mm(10) - fill_font(40).getlength(when) / 2, sy + mm(4), rng)
        s.text(x1 - mm(60), sy + mm(11), "（院印）", sans(28), fill=TEAL)
    return face


def _return_face(c: CaseCtx, title: str, d: date, rng: random.Random, *, no: str, filled: str = "",
                 signer: str = "") -> Callable[[Sheet, float, float], None]:
    """A notice's 回执联: the printed receipt wording; filled and signed only when it came back."""
    def face(s: Sheet, top: float, bottom: float) -> None:
        x0, x1 = EDGE + mm(2), s.width - RIGHT
        s.centred(top + mm(6), "回　　执", font("hei", 52), fill=TEAL, x0=x0, x1=x1)
        s.right(x1, top + mm(7), f"No {no}", font("mono", 32), fill=(196, 40, 48))
        y = top + mm(19)
        s.text(x0, y, f"{COURT}：", sans(34), fill=TEAL)
        y += mm(9)
        s.text(x0 + mm(8), y, f"你院{c.number}{title}已收到。", fill_font(38))
        y += mm(9)
        if filled:
            pen(s, x0 + mm(8), y, filled, rng, size=40, per_line=30)
        y = bottom - mm(22)
        labelled(s, x0, y, "签收人（盖章）", signer, rng, width=mm(90), by_hand=True)
        labelled(s, x0 + mm(100), y, "日期", num_date(d) if signer else "", rng, width=mm(60), by_hand=True)
    return face


def _stub_face(c: CaseCtx, title: str, to: str, what: str, d: date, rng: random.Random, *,
               no: str) -> Callable[[Sheet, float, float], None]:
    """A 存根: the notice's particulars in a small grid, the issuer's initials by hand."""
    def face(s: Sheet, top: float, bottom: float) -> None:
        x0, x1 = EDGE + mm(2), s.width - RIGHT
        y = head(s, x0, x1, top + mm(6), title, no, note="（存根）", size=54)
        g = Grid(x0, [mm(30), mm(62), mm(26), x1 - x0 - mm(118)])
        rows = [["案　号", c.number, "日　期", num_date(d)], ["受通知人", to, "承办人", c.officer], ["事　由", what]]
        y = g.rows(s, y, rows, mm(11), size=32, labels=(0, 2))
        s.text(x0, y + mm(3), "签发人：", sans(30), fill=TEAL)
        pen(s, x0 + mm(22), y + mm(1.5), c.judge, rng, size=38)
        s.text(x0 + mm(70), y + mm(3), "经办：", sans(30), fill=TEAL)
        pen(s, x0 + mm(86), y + mm(1.5), c.clerk, rng, size=38)
    return face


def _blank_face(s: Sheet, top: float, bottom: float) -> None:
    s.centred(top + mm(8), "正　本", font("hei", 52), fill=TEAL)


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    k = sorted(OWN).index(code)
    no = f"{c.extra['serial'] + k:07d}"
    seam = _seam(c, k)
    if code == "acceptance_notice":
        main = _notice_face(c, "受理案件通知书", f"{a.name}：", [
            ("p", f"你单位申请执行{basis_title(c)}一案，本院经审查符合受理条件，已于{cn_date(c.filed_on)}立案执行。"),
        ], d, rng, no=no, note="（正本）", signers=False)
        return [part_set([Part("第一联存根", mm(92), _stub_face(c, "受理案件通知书", a.name, "立案执行告知", d, rng, no=no)),
                          Part("第二联正本", mm(205), main, keep=False)], rng, seam_no=seam, loose="torn")]
    if code == "closing_notice":
        how = ("被执行人账户被冻结后主动交清全部执行款" if tale(c) == "bamboo"
               else f"双方达成执行和解，被执行人已按协议于{num_date(c.extra['pay_day'])}付清")
        main = _notice_face(c, "结案通知书", f"{a.name}：", [("p", f"本院执行的{case}，{how}，本案执行完毕。")], d, rng,
                            no=no, note="（正本）", signers=False)
        return [part_set([Part("第一联存根", mm(92), _stub_face(c, "结案通知书", a.name, "执行完毕结案告知", d, rng, no=no)),
                          Part("第二联正本", mm(205), main, keep=False)], rng, seam_no=seam, loose="torn")]
    if code == "payment_notice":
        main = _notice_face(c, "交纳执行费通知书", f"{a.name}：", [
            ("p", f"本院立案执行的{case}，依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应交纳申请执行费"
                  f"{money(c.extra['fee'])}。"),
            ("p", "请于收到本通知之日起七日内到本院诉讼服务中心或通过福建省非税收入缴款平台交纳；该费用执行中由被执行人负担，"
                  "执行到位后随案退还。"),
        ], d, rng, no=no, signers=False)
        back = _return_face(c, "交纳执行费通知书", d + timedelta(days=rng.randint(1, 3)), rng, no=no,
                            filled=f"执行费{c.extra['fee']}元已交纳（非税缴款书附卷）", signer=c.agent)
        return [part_set([Part("第二联附卷", mm(200), main), Part("第三联回执", mm(97), back, keep=False)], rng,
                         seam_no=seam, loose="hanging")]
    if code == "enforcement_notice":
        main = _notice_face(c, "执行通知书", f"{r.name}：", [
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  "第二百六十四条的规定，责令你单位自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人支付{money(c.amount)}；"),
            ("p", f"二、加倍支付迟延履行期间的债务利息；三、负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可对你单位采取限制消费、纳入失信被执行人名单等措施。"),
        ], d, rng, no=no)
        back = _return_face(c, "执行通知书", d, rng, no=no)
        return [part_set([Part("第二联附卷", mm(212), main), Part("第三联回执", mm(85), back, keep=False)], rng,
                         seam_no=seam, loose="torn")]
    if code == "property_report_order":
        main = _notice_face(c, "报告财产令", f"{r.name}：", [
            ("p", f"本院执行的{case}，你单位未按执行通知履行义务。依照{LAW}第二百五十二条的规定，责令你单位自收到本令之日起"
                  "五日内，如实填写财产申报表，报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究"
                  "刑事责任。"),
        ], d, rng, no=no)
        back = _return_face(c, "报告财产令", d, rng, no=no)
        return [part_set([Part("第二联附卷", mm(212), main), Part("第三联回执", mm(85), back, keep=False)], rng,
                         seam_no=seam, loose="folded")]
    if code == "assistance_notice":
        return [_assist(c, rng, d, no, seam)]
    if code == "summons":
        return [_summons(c, rng, d, no, seam)]
    if code in ("enforcement_ruling", "termination_this_round_ruling", "consumption_restriction_order",
                "dishonest_list_decision"):
        return _typed(code, c, rng, d)
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng, d)
    if code == "service_receipt":  # the 回执联 of the set of the first paper it served: the same serial
        first = served[0] if served and served[0] in OWN else code
        return [_receipt(c, rng, served, f"{c.extra['serial'] + sorted(OWN).index(first):07d}")]
    if code == "closing_approval_form":
        return [_approval(c, rng, d)]
    if code == "dossier_cover":
        return [_cover(c, rng, d)]
    if code == "catalogue":
        return [_catalogue(c, rng, d)]
    if code == "file_review_form":
        return [_review(c, rng, d)]
    if code == "remarks_sheet":
        return [_remarks(c, rng, d)]
    raise KeyError(code)


def _assist(c: CaseCtx, rng: random.Random, d: date, no: str, seam: str) -> Sheet:
    """协助执行通知书's 附卷联 with the bank's 回执联 still on it, filled and stamped at the counter."""
    r = c.respondent
    bank = str(c.extra["r_bank"])
    t = tale(c)
    if t == "bamboo":
        ask = f"冻结被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限，冻结期限一年。"
        done = f"已于{d.month}月{d.day}日冻结，冻结金额{c.amount:,.2f}元。"
    elif t == "tea":
        ask = f"冻结、扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限。"
        done = f"已冻结，账户余额仅{c.extra['frozen']:,.2f}元，已全部冻结。"
    else:
        ask = f"冻结被执行人{r.name}在你行开立的{c.extra['site']}项目专用账户{c.extra['r_acct']}内存款，以{money(c.amount)}为限。"
        done = f"已冻结，该账户余额{(c.amount * Decimal('1.6')).quantize(Decimal('0.01')):,.2f}元，冻结{c.amount:,.2f}元。"
    main = _notice_face(c, "协助执行通知书", f"{bank}：", [
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("p", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（执法证号{c.extra['badge']}）、{c.clerk}。"),
    ], d, rng, no=no)
    clerk = person_name(rng)

    def back(s: Sheet, top: float, bottom: float) -> None:
        _return_face(c, "协助执行通知书", d, rng, no=no, filled=done, signer=clerk)(s, top, bottom)
        seal(s, s.width - RIGHT - mm(45), bottom - mm(38), bank, rng, radius=mm(16), inner="业务专用章")

    loose = rng.choice(["", "hanging"])
    return part_set([Part("第二联附卷", mm(200), main), Part("第三联回执", mm(97), back, keep=loose == "")], rng,
                    seam_no=seam, loose=loose)


def _summons(c: CaseCtx, rng: random.Random, d: date, no: str, seam: str) -> Sheet:
    r = c.respondent
    when = d + timedelta(days=7)

    def main(s: Sheet, top: float, bottom: float) -> None:
        x0, x1 = EDGE + mm(2), s.width - RIGHT
        y = head(s, x0, x1, top + mm(8), "传票", no, note="（附卷联）", size=72)
        s.text(x0, y, "案号", sans(34), fill=TEAL)
        s.right(x1, y - 4, c.number, fill_font(40))
        y += 70
        g = Grid(x0, [mm(40), x1 - x0 - mm(40)])
        rows = [["案　由", f"申请执行（{c.extra['cause']}）"], ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
                ["工作单位或住址", r.address], ["传唤事由", "接受执行询问，如实报告财产情况，说明未履行原因"],
                ["应到时间", f"{num_date(when)}上午9时00分"], ["应到处所", "本院执行局二楼执行事务中心"]]
        y = g.rows(s, y, rows, mm(15), size=34)
        y += mm(5)
        for t in ("注意：1．被传唤人必须准时到达应到处所，并携带本传票及身份证件、营业执照；",
                  "2．被传唤人无正当理由拒不到场的，本院可以依法拘传。"):
            s.text(x0, y, t, sans(30), fill=TEAL)
            y += mm(6.5)
        y = bottom - mm(26)
        labelled(s, x0 + mm(4), y, "执行员", c.officer, rng, width=mm(58))
        wd = cn_date(d)
        s.right(x1 - mm(10), y + mm(9), wd, fill_font(40))
        court_seal(s, x1 - mm(10) - fill_font(40).getlength(wd) / 2, y + mm(10), rng)

    stub = _stub_face(c, "传票", r.name, f"传唤至执行局（{num_date(when)}）", d, rng, no=no)
    return part_set([Part("第二联附卷", mm(205), main), Part("第一联存根", mm(92), stub)], rng, seam_no=seam)


def _party(role: str, p: Party) -> tuple[str, str]:
    return ("f", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。")


def _typed(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """Rulings and decisions, typeset on plain A4 in the bureau's house style."""
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    bench = [("sig", f"审判长　{c.judge}"), ("sig", f"审判员　{c.officer}"), ("sig", f"审判员　{person_name(rng)}"),
             ("date", cn_date(d)), ("sig", f"书记员　{c.clerk}")]
    if code == "enforcement_ruling":
        t = tale(c)
        acct = f"在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款"
        title, number = "执行裁定书", c.number
        blocks = [_party("申请执行人", a), _party("被执行人", r),
                  ("p", f"本院在执行{case}中，被执行人未按执行通知书指定的期间履行{basis_title(c)}确定的义务。依照{LAW}"
                        "第一百五十七条第一款第十一项、第二百五十三条、第二百五十五条的规定，裁定如下："),
                  ("p", f"冻结、划拨被执行人{r.name}{acct}{money(c.amount)}" + ("；不足部分，查封、扣押其相应价值的财产。"
                                                                          if t == "tea" else "。")),
                  ("p", "本裁定立即执行。"), ("gap", ""), *bench]
    elif code == "termination_this_round_ruling":
        title, number = "执行裁定书", c.number
        blocks = [_party("申请执行人", a), _party("被执行人", r),
                  ("p", f"本院在执行{case}中，{basis_title(c)}确定被执行人支付货款及违约金等共计{money(c.amount)}。本院于"
                        f"{cn_date(c.filed_on)}立案执行后，依法向被执行人送达执行通知书、报告财产令，被执行人未履行义务，亦未"
                        "如实申报财产。"),
                  ("p", "本院通过网络执行查控系统查询被执行人名下存款、车辆、不动产、证券、网络资金、股权等财产，仅冻结其在"
                        f"{c.extra['r_bank']}的存款{c.extra['frozen']:,.2f}元；于{cn_date(made_on(c, 'investigation_record'))}"
                        "到被执行人经营场所实地调查，其茶叶加工厂已停产，厂房系租赁，茶青、成品茶及设备已被出租人留置抵偿租金，"
                        "未发现其他可供执行的财产。本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。"),
                  ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人未能提供"
                        "新的财产线索，同意终结本次执行程序。"),
                  ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条、《最高人民法院关于严格"
                        "规范终结本次执行程序的规定（试行）》第一条的规定，裁定如下："),
                  ("p", "终结本次执行程序。"),
                  ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
                  ("p", "本裁定送达后立即生效。"), ("gap", ""), *bench]
    elif code == "consumption_restriction_order":
        title, number = "限制消费令", c.number
        blocks = [("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
                  ("f", f"法定代表人：{r.legal_rep}。"),
                  ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的"
                        "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人"
                        f"{r.name}及其法定代表人{r.legal_rep}采取限制消费措施，不得实施下列高消费及非生活和工作必需的消费行为："),
                  ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                        "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                        "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                        "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
                  ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
                  ("gap", ""), ("date", cn_date(d))]
    else:
        title, number = "决定书", c.number.replace("号", "号之二")
        blocks = [("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
                  ("f", f"法定代表人：{r.legal_rep}。"),
                  ("p", f"本院在执行{case}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不如实报告财产。"
                        "依照" + LAW + "第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项，"
                        "第二条第一款的规定，决定如下："),
                  ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
                  ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
                  ("gap", ""), ("date", cn_date(d))]
    return typeset(Paper(title, blocks, issuer=COURT, number=number, seal=COURT), RULING, rng)


QA = {
    "investigation_record": [
        "问：我们是延平区人民法院执行局的执行人员（出示执法证件），今天依法到被执行人的厂房调查其财产情况，请你如实回答。",
        "答：好的。",
        "问：你和被执行人是什么关系？",
        "答：这栋厂房是我们村集体的，我是村里管出租的，被执行人租了三年。",
        "问：被执行人现在是否还在生产？",
        "答：去年清明茶季过后就没有开工了，焙火的炭焙间、揉捻机都停着，工人也走了。",
        "问：厂里的茶叶、设备现在归谁？",
        "答：他们欠了一年多房租，剩下的茶叶和几台旧机器按合同抵给村里了，合同和清单村里有。",
        "问：被执行人还有没有别的茶山、门店或者车辆？",
        "答：茶山是租农户的，租期到了收回去了；门店早就退了，车子没见过。",
        "问：以上所说是否属实？",
        "答：属实。",
    ],
    "interview_record": [
        "问：今天约你来，是告知本案的财产调查情况并听取你方意见，你是否清楚？",
        "答：清楚。",
        "问：本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券、网络资金、股权，仅冻结到少量存款；到厂房实地"
        "调查，被执行人已停产，茶叶、设备已抵偿房租。你对查控结果有无异议？",
        "答：没有异议。我们也去看过，厂子确实关了。",
        "问：你方能否提供被执行人其他财产线索？",
        "答：暂时提供不了，听说老板在外地跑业务，具体不清楚。",
        "问：本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。目前未发现可供执行的财产，本院拟"
        "终结本次执行程序，你方有何意见？",
        "答：同意终本。以后发现财产，我们再申请恢复执行。",
        "问：终本后发现财产线索可以随时申请恢复执行，不受申请执行时效限制。还有什么补充？",
        "答：没有了。",
    ],
}


def _record(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    interview = code == "interview_record"
    who = c.agent if interview else person_name(rng)
    place = "本院执行局第一谈话室" if interview else c.respondent.address
    head_lines = [("h", f"时间：{num_date(d)}上午9时20分至10时05分"), ("h", f"地点：{place}"),
                  ("h", f"执行员：{c.officer}　　记录人：{c.clerk}"),
                  ("h", f"被谈话人：{who}，{c.applicant.name}的委托代理人（{c.firm}律师）" if interview
                   else f"被调查人：{who}，厂房出租方村委会工作人员"), ("gap", "")]
    blocks = [*head_lines, *[("qa", q) for q in QA[code]], ("gap", ""), ("f", "（以上笔录经被询问人阅看无误）")]
    house = replace(RECORD, signed_pages=(f"被询问人：{who}", f"执行员：{c.officer}", f"记录人：{c.clerk}"))
    title = "谈话笔录" if interview else "调查笔录"
    return typeset(Paper(title, blocks, number=c.number), house, rng)


def _receipt(c: CaseCtx, rng: random.Random, served: list[str], no: str) -> Sheet:
    """A 送达回证 (回执联) that came back signed, torn off its set; laid on the glass alone or pasted on a 粘贴单."""
    to_applicant = any(x in served for x in ("acceptance_notice", "closing_notice", "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    signer = c.agent if to_applicant else who.legal_rep
    papers = "、".join(NAMES.get(x, x) for x in served) + ("各一份" if len(served) > 1 else "一份")
    post = not to_applicant and rng.random() < 0.5

    def face(s: Sheet, top: float, bottom: float) -> None:
        x0, x1 = EDGE + mm(2), s.width - RIGHT
        y = head(s, x0, x1, top + mm(6), "送达回证", no, note="（回执联）", size=58)
        g = Grid(x0, [mm(40), x1 - x0 - mm(40)])
        rows = [["案　号", c.number], ["送达文书", papers], ["受送达人", who.name], ["送达地址", who.address],
                ["受送达人签收", ""], ["签收日期", ""], ["送达人", ""], ["送达方式", "邮寄送达（EMS）" if post else "直接送达"],
                ["备　注", ""]]
        hs = [mm(11), mm(15), mm(11), mm(14), mm(19), mm(11), mm(11), mm(11), mm(13)]
        g.rows(s, y, rows, hs, size=32)
        right = g.boxes[1::2]
        pen(s, right[4][0] + mm(12), right[4][1] + mm(4), signer, rng, size=54)
        pen(s, right[5][0] + mm(8), right[5][1] + mm(1.5), num_date(when), rng, size=40)
        pen(s, right[6][0] + mm(8), right[6][1] + mm(1.5), f"{c.officer}　{c.clerk}", rng, size=40, ink=(30, 30, 30))
        if post:
            pen(s, right[8][0] + mm(6), right[8][1] + mm(2), f"邮件号EMS {rng.randint(10**11, 10**12 - 1)}", rng, size=34)
        if who.kind == "organisation" and rng.random() < 0.7:
            seal(s, right[4][2] - mm(40), right[4][1] + mm(10), who.name, rng, radius=mm(15))

    return strip(face, "回执联", mm(160), f"延法执 {int(no):07d}", rng, pasted=rng.random() < 0.45)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    x0, x1 = mm(20), s.width - mm(18)
    s.centred(mm(16), COURT, font("serif_bold", 44), spacing=3)
    s.centred(mm(26), "执行案件结案审批表", font("hei", 64), spacing=10)
    s.right(x1, mm(40), f"案号：{c.number}", fill_font(36))
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(c.extra.get("frozen", 0)) if ttr else c.amount
    g = Grid(x0, [mm(34), mm(56), mm(34), x1 - x0 - mm(124)], ink=(30, 30, 30))
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "承办人", c.officer],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{got:,.2f}元"], ["结案方式", how],
            ["承办人意见", ""], ["合议庭意见", ""], ["执行局长意见", ""]]
    g.rows(s, mm(48), rows, [mm(14)] * 5 + [mm(50), mm(34), mm(34)], size=32, labels=(0, 2))
    firsts = [b for b in g.boxes if b[0] == x0 + mm(34)]
    op, team, chief = firsts[-3], firsts[-2], firsts[-1]
    view = ("经网络查控及实地调查，被执行人无可供执行财产，已限制消费、纳入失信名单，约谈申请人同意，拟终结本次执行程序。"
            if ttr else "被执行人已全部履行，执行款已发放申请执行人，拟以执行完毕方式结案。")
    pen(s, op[0] + mm(4), op[1] + mm(4), view, rng, size=38, per_line=24)
    pen(s, op[2] - mm(72), op[3] - mm(11), f"{c.officer}　{num_date(d)}", rng, size=36)
    pen(s, team[0] + mm(4), team[1] + mm(5), "同意承办人意见。", rng, size=40)
    pen(s, team[2] - mm(50), team[3] - mm(11), c.judge, rng, size=38)
    pen(s, chief[0] + mm(4), chief[1] + mm(5), f"同意{how}。", rng, size=40, ink=(25, 25, 25))
    pen(s, chief[2] - mm(70), chief[3] - mm(11), f"{person_name(rng)}　{d.month}月{min(d.day + 1, 28)}日", rng, size=38,
        ink=(25, 25, 25))
    return s


def _cover(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The 执行卷宗 cover on grey-blue card: a bar of particulars in a double frame, the retention in a box."""
    s = Sheet(paper=(226, 232, 236))
    ink = (20, 40, 70)
    s.box(mm(14), mm(14), s.width - mm(14), s.height - mm(14), width=6, outline=ink)
    s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=2, outline=ink)
    s.centred(mm(34), COURT, font("serif_bold", 62), spacing=8, fill=ink)
    s.centred(mm(56), "执 行 卷 宗", font("serif_bold", 120), spacing=30, fill=ink)
    s.centred(mm(84), "（正　卷）", font("serif", 44), fill=ink)
    g = Grid(mm(30), [mm(40), s.width - mm(60) - mm(40)], ink=ink)
    rows = [["案　号", ""], ["案　由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["结案方式", ""], ["立案日期", ""], ["结案日期", ""], ["承办人", ""], ["书记员", ""], ["归档日期", ""],
            ["保管期限", ""]]
    g.rows(s, mm(100), rows, mm(11.5), size=36)
    vals = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, c.basis_number + "民事判决书",
            f"{c.amount:,.2f}元", "执行完毕" if c.method != "terminated_this_round" else "终结本次执行程序",
            num_date(c.filed_on), num_date(c.closed_on), c.officer, c.clerk, num_date(d), "长期"]
    for v, b in zip(vals, g.boxes[1::2], strict=True):
        pen(s, b[0] + mm(5), b[1] + mm(2), v, rng, size=36, ink=(25, 25, 30))
    y = mm(258)
    s.text(mm(30), y, "本卷共", font("serif", 40), fill=ink)
    pen(s, mm(56), y - 6, f"{rng.randint(46, 66)}", rng, size=42, ink=(25, 25, 30))
    s.text(mm(72), y, "页　　全宗号", font("serif", 40), fill=ink)
    pen(s, mm(116), y - 6, "J093", rng, size=42, ink=(25, 25, 30))
    s.text(mm(140), y, "卷号", font("serif", 40), fill=ink)
    pen(s, mm(158), y - 6, f"{d.year}-{rng.randint(300, 990)}", rng, size=42, ink=(25, 25, 30))
    return s


CATALOGUE = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "申请执行费缴款书", "申请人营业执照及身份证明",
             "被执行人企业信息", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
             "受理案件通知书（存根）", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "执行裁定书", "协助执行通知书（附回执）", "执行款收款凭证", "结案通知书（存根）", "结案审批表", "送达回证"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    x0, x1 = mm(22), s.width - mm(18)
    s.centred(mm(20), "卷　内　目　录", font("serif_bold", 70), spacing=8)
    s.text(x0, mm(36), f"案号：{c.number}", fill_font(36))
    g = Grid(x0, [mm(16), mm(98), mm(24), mm(24), x1 - x0 - mm(162)], ink=(30, 30, 30))
    rows = [["序号", "文　件　材　料　名　称", "日期", "页号", "备注"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        rows.append([str(i), name, "", f"{page}", ""])
        page += 2 if name in ("执行申请书", "网络查控结果", "执行裁定书") else 3 if "判决" in name else 1
    g.rows(s, mm(44), rows, mm(8.6), size=30, labels=(0, 2, 3, 4))
    for b, name in zip(g.boxes[7::5], CATALOGUE, strict=True):
        pen(s, b[0] + mm(2), b[1] + mm(1.5), f"{c.filed_on.month}.{rng.randint(1, 28)}" if "申请" in name else "", rng,
            size=28)
    pen(s, x0, s.height - mm(24), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=38)
    return s


def _review(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    x0, x1 = mm(20), s.width - mm(18)
    s.centred(mm(18), COURT, font("serif_bold", 44), spacing=3)
    s.centred(mm(28), "执行卷宗复核表", font("hei", 64), spacing=14)
    points = ["法律文书齐全，送达回证（回执联）附卷", "联单存根、附卷联与送达回执相符", "执行款收付凭证完备",
              "卷内目录与材料一致", "材料排列符合归档顺序", "页码连续、无漏页重页", "电子卷宗已同步上传"]
    g = Grid(x0, [mm(96), x1 - x0 - mm(96)], ink=(30, 30, 30))
    rows = [["案　号", c.number], ["承办人", c.officer], ["结案日期", num_date(c.closed_on)], ["复核项目", "复核情况"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    g.rows(s, mm(44), rows, [mm(13)] * (4 + len(points)) + [mm(34), mm(16)], size=32, labels=(0,))
    right = g.boxes[1::2]
    for b in right[4:4 + len(points)]:
        pen(s, b[0] + mm(10), b[1] + mm(2), "√", rng, size=44)
    pen(s, right[-2][0] + mm(5), right[-2][1] + mm(8), "经复核，卷内材料齐全，同意归档。", rng, size=40)
    pen(s, right[-1][0] + mm(5), right[-1][1] + mm(2), f"{c.officer}　{num_date(d)}", rng, size=38)
    return s


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    x0, x1 = mm(22), s.width - mm(20)
    s.centred(mm(22), "卷　内　备　考　表", font("serif_bold", 68), spacing=6)
    s.text(x0, mm(38), f"案号：{c.number}", fill_font(36))
    s.box(x0, mm(46), x1, s.height - mm(30), width=3)
    s.text(x0 + mm(6), mm(52), "本卷情况说明", font("hei", 42))
    y = pen(s, x0 + mm(12), mm(66), f"本卷共有文件材料{rng.randint(28, 36)}件，共{rng.randint(46, 66)}页。", rng, size=42,
            per_line=22)
    y = pen(s, x0 + mm(12), y + mm(2), "执行通知书、报告财产令的回执联已撕下另附送达回证；交纳执行费通知书回执联部分撕开，"
            "未剪断，保持原状。", rng, size=40, per_line=22)
    pen(s, x0 + mm(12), y + mm(2), "执行款已全部发放，无未了事项。", rng, size=40, per_line=22)
    base = s.height - mm(96)
    for i, (label, value) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(x0 + mm(90), base + i * mm(17), f"{label}：", font("serif", 40))
        pen(s, x0 + mm(122), base + i * mm(17) - 6, value, rng, size=42)
    return s

