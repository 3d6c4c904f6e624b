"""court_bp (江西省南昌市东湖区人民法院, held out): the old-town court of 南昌 — 八一大道, 胜利路, 船山路 shops and
the 瓷器 wholesalers who bring 景德镇 ware to them. Its own papers in the bureau's 仿宋-and-宋 house style; the papers
it receives (南昌中院's 二审 judgment, 南昌仲裁委员会's award, lawyers' filings, bank slips, hand-filled forms) in
their authors' styles. Every page went under the filing window's 高拍仪 (court_bp_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import BLUE_INK, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import Font, font

COURT = "江西省南昌市东湖区人民法院"
MID = "江西省南昌市中级人民法院"
ARB = "南昌仲裁委员会"
CERAMIC_SEQ, NOODLE_SEQ, LOAN_SEQ = 42117, 42358, 42641
SHIFT = timedelta(days=728)  # the dossiers are of 2026
LAW = "《中华人民共和国民事诉讼法》"
CODES = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "settlement_agreement", "payment_voucher", "closing_notice", "closing_approval_form",
    "service_receipt", "summons", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "effectiveness_certificate", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet",
})
TITLES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
          "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书", "summons": "传票",
          "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书",
          "closing_notice": "结案通知书", "payment_notice": "交纳执行费通知书", "assistance_notice": "协助执行通知书"}


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """南昌 parties. CERAMIC_SEQ: a 景德镇 porcelain maker against a 东湖区 瓷器 wholesaler on 南昌中院's 二审
    judgment; NOODLE_SEQ: a 南昌拌粉 franchisor against a franchisee on 南昌仲裁委员会's award; LOAN_SEQ: a lender
    against a borrower on this court's 民事调解书, ended by 终结本次执行程序."""
    c.filed_on, c.closed_on = c.filed_on + SHIFT, c.closed_on + SHIFT
    c.number = c.number.replace("（2024）", "（2026）")
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
    c.firm = rng.choice(["江西豫章明德律师事务所", "江西洪都正衡律师事务所", "江西赣江尚理律师事务所"])
    c.extra["firm_addr"] = f"南昌市红谷滩区{rng.choice(['丰和中大道', '会展路', '赣江中大道'])}{rng.randint(100, 1399)}号"
    c.extra["lic_no"] = f"1360120{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 60))
    c.extra["bank"] = rng.choice(["江西银行南昌八一支行", "南昌农商银行东湖支行", "中国银行南昌东湖支行"])
    c.extra["acct"] = f"7910{rng.randint(10**11, 10**12 - 1)}"
    c.extra["resp_bank"] = rng.choice(["中国建设银行南昌胜利路支行", "九江银行南昌象山支行", "中国工商银行南昌船山路支行"])
    c.extra["resp_acct"] = f"3602{rng.randint(10**13, 10**14 - 1)}"
    c.extra["pay_day"] = c.day(rng.randint(30, 50))
    c.extra["chief"] = person_name(rng)
    street = rng.choice(["公园街道", "滕王阁街道", "豫章街道", "八一桥街道"])
    if c.number.endswith(f"{CERAMIC_SEQ}号"):
        c.extra["story"] = "ceramic"
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(18000000, 56000000)) / 100
        c.applicant = Party(f"景德镇市{rng.choice(['昌南', '珠山', '浮梁'])}{rng.choice(['陶瓷', '瓷业'])}有限公司",
                            "organisation", credit_code(rng, "360203"), f"江西省景德镇市珠山区{rng.choice(['新厂西路', '陶阳南路'])}"
                            f"{rng.randint(10, 300)}号", f"0798-8{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"南昌市{rng.choice(['洪城', '瓷都', '赣鄱'])}瓷器批发有限公司", "organisation",
                             credit_code(rng, "360102"), f"江西省南昌市东湖区{street}船山路{rng.randint(10, 380)}号",
                             f"0791-8{rng.randint(6000000, 6999999)}", legal_rep=person_name(rng))
        c.basis_court = MID
        c.basis_number = f"（2025）赣01民终{rng.randint(1000, 9999)}号"
        c.extra["first"] = f"（2025）赣0102民初{rng.randint(1000, 9999)}号"
        c.extra["goods"] = rng.choice(["青花瓷餐具套装", "釉下彩茶具", "玲珑瓷碗碟"])
    elif c.number.endswith(f"{NOODLE_SEQ}号"):
        c.extra["story"] = "noodle"
        c.extra["cause"] = "特许经营合同纠纷"
        c.amount = Decimal(rng.randint(6800000, 19800000)) / 100
        c.basis_kind = "arbitration"
        c.applicant = Party(f"南昌{rng.choice(['粉状元', '老街坊', '瓦罐香'])}餐饮管理有限公司", "organisation",
                            credit_code(rng, "360102"), f"江西省南昌市东湖区{street}中山路{rng.randint(10, 300)}号",
                            f"0791-8{rng.randint(6000000, 6999999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1975, 1994), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["360121", "360124", "360102"]), born),
                             f"江西省南昌市东湖区{street}{rng.choice(['叠山路', '渊明北路'])}{rng.randint(1, 200)}号",
                             f"13{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))
        c.basis_court = ARB
        c.basis_number = f"（2025）洪仲裁字第{rng.randint(100, 1999)}号"
        c.extra["shop"] = f"{rng.choice(['彭家桥', '墩子塘', '羊子巷'])}店"
    else:
        c.extra["story"] = "loan"
        c.extra["cause"] = "民间借贷纠纷"
        c.basis_kind = "mediation"
        c.amount = Decimal(rng.randint(5000000, 32000000)) / 100
        b1 = date(rng.randint(1968, 1990), rng.randint(1, 12), rng.randint(1, 28))
        b2 = date(rng.randint(1970, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "360102", b1),
                            f"江西省南昌市东湖区{street}{rng.choice(['榕门路', '孺子路'])}{rng.randint(1, 200)}号",
                            f"13{rng.randint(100000000, 999999999)}", born=b1, sex=rng.choice("男女"))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["360103", "360111"]), b2),
                             f"江西省南昌市青山湖区{rng.choice(['湖坊镇', '京东镇'])}{rng.choice(['上海路', '北京东路'])}"
                             f"{rng.randint(1, 600)}号", f"15{rng.randint(100000000, 999999999)}", born=b2, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（2025）赣0102民初{rng.randint(1000, 9999)}号"


# ---------------------------------------------------------------- the bureau's house style


def money(amount: Decimal) -> str:
    """Figures as 南昌's clerks and lawyers type them, 元 written after by the caller."""
    return f"{amount:,.2f}"


def money_words(amount: Decimal) -> str:
    return f"人民币{amount:,.2f}元（大写：{money_caps(amount)}）"


def fs(n: int) -> Font:
    """The bureau's body face (uming: its 宋 has the 〇 the dates need)."""
    return font("ming", n)


def court_doc(c: CaseCtx, rng: random.Random, code: str, blocks: list[tuple[str, str]], *,
              signers: tuple[str, ...] = ("officer", "clerk"), when: date | None = None) -> list[Sheet]:
    """东湖法院's 文书: court name and title in two lines, the number right, 仿宋-like body, signers, seal."""
    title = TITLES.get(code, code)
    s = Sheet()
    f = fs(mm(5.6))
    s.centred(mm(24), COURT, font("serif_bold", mm(7.2)), spacing=mm(1.2))
    s.centred(mm(36), title, font("serif_bold", mm(9)), spacing=mm(3))
    s.right(mm(182), mm(52), c.number, f)
    pages = [s]

    def more() -> tuple[Sheet, float]:
        n = Sheet()
        pages.append(n)
        return n, mm(28)
    y = flow(s, blocks, f, x0=mm(28), width=mm(154), y=mm(64), line_height=mm(9.6), indent=mm(11.2),
             bottom=mm(250), more=more)
    s = pages[-1]
    if y > mm(232):
        s, y = more()
    names = {"officer": ("执行员", c.officer), "clerk": ("书记员", c.clerk), "judge": ("审判长", c.judge)}
    y += mm(6)
    for k in [x for x in signers if x != "clerk"]:
        role, who = names[k]
        s.text(mm(120), y, f"{role}　　{who}", f)
        y += mm(10)
    d = when or c.day(1)
    s.right(mm(178), y + mm(4), cn_date(d), f)
    seal(s, mm(156), y + mm(7), COURT, rng)
    y += mm(16)
    if "clerk" in signers:
        s.text(mm(120), y, f"书记员　　{c.clerk}", f)
    if len(pages) > 1:
        for i, p in enumerate(pages):
            p.page_of = (i + 1, len(pages))
            p.centred(mm(280), f"第{i + 1}页　共{len(pages)}页", fs(mm(3.6)))
    return pages


def basis_name(c: CaseCtx) -> str:
    kind = {"ceramic": "民事判决书", "noodle": "裁决书", "loan": "民事调解书"}[c.extra["story"]]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_bp_papers import PAPERS, render_paper

    if code in PAPERS:
        return render_paper(code, c, rng, served)
    return own(code, c, rng, served)


def own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    what = f"{a.name}与{r.name}{c.extra['cause']}一案"
    basis = basis_name(c)
    owed = f"{money(c.amount)}元"
    story = c.extra["story"]
    if code == "acceptance_notice":
        return court_doc(c, rng, code, [
            ("f", f"{a.name}："),
            ("p", f"你方依据{basis}申请执行{r.name}一案，经审查符合立案条件，本院已于{cn_date(c.filed_on)}立案执行，"
                  f"案号{c.number}。"),
            ("p", f"本案承办人：{c.officer}，联系电话：{c.court.phone}。请你方及时向本院提供被执行人的财产线索；"
                  "可登录江西法院诉讼服务网或拨打12368查询案件流程节点。"),
        ], when=c.filed_on)
    if code == "payment_notice":
        return court_doc(c, rng, code, [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{r.name}一案，申请执行标的{owed}，依照国务院《诉讼费用交纳办法》第十四条第（一）项的"
                  f"规定，应预交申请执行费人民币{c.extra['fee']}元，该费用最终由被执行人负担。"),
            ("p", "请于接到本通知次日起七日内通过江西省非税收入缴款码或本院诉讼服务中心窗口交纳，逾期未交又未申请缓交的，"
                  "按撤回执行申请处理。"),
        ], when=c.filed_on)
    if code == "enforcement_notice":
        return court_doc(c, rng, code, [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis}，本院于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条之规定，"
                  "责令你方自本通知送达之日起立即履行下列义务："),
            ("f", f"一、向申请执行人支付{owed}及迟延履行期间的债务利息；"),
            ("f", f"二、负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可对你方采取限制高消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], when=c.day(2))
    if code == "property_report_order":
        return court_doc(c, rng, code, [
            ("f", f"{r.name}："),
            ("p", f"依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》第三条的规定，"
                  "本院责令你方在收到本令之日起五日内，如实填写财产申报表，报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], when=c.day(2))
    if code == "enforcement_ruling":
        frozen = money(c.amount + c.extra["fee"])
        return court_doc(c, rng, code, [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，{'住所地' if r.kind == 'organisation' else '住'}{r.address}。"),
            ("p", f"本院在执行{what}中，被执行人未按执行通知履行{basis}确定的义务。依照{LAW}第二百五十三条、"
                  "第二百五十四条的规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}在{c.extra['resp_bank']}的银行存款人民币{frozen}元，"
                  "或查封、扣押其同等价值的其他财产。"),
            ("p", "本裁定立即执行。"),
        ], signers=("judge", "officer", "clerk"), when=c.day(9))
    if code == "assistance_notice" and served == ["reply"]:
        return [bank_reply(c, rng)]
    if code == "assistance_notice":
        return court_doc(c, rng, code, [
            ("f", f"{c.extra['resp_bank']}："),
            ("p", f"关于{what}，本院（{c.number[1:5]}）执行裁定书已发生法律效力。依照{LAW}第二百五十三条之规定，"
                  "请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（证照号码{r.id_number}）账号{c.extra['resp_acct']}内存款"
                  f"{money(c.amount + c.extra['fee'])}元，冻结期限一年。"),
            ("p", "请将协助情况填写回执后交本院执行人员带回。"),
        ], when=c.day(9))
    if code == "closing_notice":
        how = ("经本院主持，双方达成执行和解协议，被执行人已按和解协议履行完毕" if story == "noodle"
               else "本院冻结被执行人银行存款后，被执行人主动将执行款全部交至本院执行款专户，本院已发还申请执行人")
        return court_doc(c, rng, code, [
            ("f", f"{a.name}、{r.name}："),
            ("p", f"本院执行的{what}（{c.number}），{how}。依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条第一款第（一）项的规定，本案以执行完毕方式结案。"),
            ("p", "本院对被执行人采取的冻结措施已依法解除。特此通知。"),
        ], when=c.closed_on)
    if code == "summons":
        return summons(c, rng)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, code, [
            ("f", f"被执行人：{r.name}，公民身份号码{r.id_number}。"),
            ("p", f"本院执行的{what}，因被执行人未按执行通知书指定的期间履行{basis}确定的给付义务，依照"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条，对你采取限制消费措施，"
                  "限制你不得实施下列高消费及非生活和工作必需的消费行为："),
            ("f", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
            ("f", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
            ("f", "（三）购买不动产或者新建、扩建、高档装修房屋；（四）旅游、度假；"),
            ("f", "（五）子女就读高收费私立学校；（六）支付高额保费购买保险理财产品；"),
            ("f", "（七）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
        ], signers=(), when=c.day(20))
    if code == "dishonest_list_decision":
        return court_doc(c, rng, code, [
            ("f", f"被执行人：{r.name}，{r.sex}，{cn_date(r.born or date(1980, 1, 1))}出生，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院执行的{what}，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照{LAW}"
                  "第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）、（五）项之规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单，纳入期限为二年。"),
            ("p", "如不服本决定，可向本院申请纠正。"),
        ], signers=("judge", "officer", "clerk"), when=c.day(21))
    if code == "termination_this_round_ruling":
        return court_doc(c, rng, code, [
            ("f", f"申请执行人：{a.name}，{a.sex}，住{a.address}。"),
            ("f", f"被执行人：{r.name}，{r.sex}，住{r.address}。"),
            ("p", f"本院在执行{basis}过程中，经网络执行查控系统及传统查控方式调查，被执行人名下无银行存款、不动产、车辆等"
                  "可供执行的财产；本院已向被执行人发出限制消费令，并将其纳入失信被执行人名单；实地调查其经常居住地未发现财产。"
                  f"本案尚有{owed}未执行。申请执行人在约谈中表示暂无其他财产线索，同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第（六）项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
                  "第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。被执行人负有继续履行义务，"
                  "申请执行人要求继续履行的，不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=("judge", "officer", "clerk"), when=c.closed_on)
    if code == "closing_approval_form":
        return [approval_form(c, rng)]
    if code == "service_receipt":
        return [service_receipt(c, rng, served)]
    if code == "dossier_cover":
        return [cover(c, rng)]
    if code == "catalogue":
        return [catalogue(c, rng)]
    if code == "file_review_form":
        return [review_form(c, rng)]
    if code == "remarks_sheet":
        return [remarks(c, rng)]
    raise KeyError(code)


def summons(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 传票: a boxed form, court name letter-spaced above, a tear-off 注意事项 below."""
    s = Sheet()
    s.centred(mm(22), COURT, font("serif_bold", mm(6.5)), spacing=mm(1))
    s.centred(mm(34), "传　　票", font("serif_bold", mm(10)), spacing=mm(4))
    f = fs(mm(4.8))
    r = c.respondent
    rows = [["案号", c.number], ["案由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "接受执行询问、报告财产"], ["应到时间", f"{cn_date(c.day(34))}上午9时00分"],
            ["应到处所", f"本院执行局第二谈话室（{c.court.address}）"]]
    y = table(s, mm(22), mm(54), [mm(42), mm(124)], rows, f, row_h=mm(13), centre_first=True)
    y = flow(s, [("f", "注意事项："), ("p", "一、被传唤人必须准时到达应到处所，并携带本传票及身份证件。"),
                 ("p", "二、被执行人经两次传票传唤无正当理由拒不到场的，本院可以拘传。")], f, x0=mm(24), width=mm(160),
             y=y + mm(8), line_height=mm(8), indent=mm(9.6))
    s.text(mm(110), y + mm(8), f"执行员　{c.officer}", f)
    s.right(mm(180), y + mm(20), cn_date(c.day(27)), f)
    seal(s, mm(150), y + mm(18), COURT, rng)
    return [s]


def service_receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    """送达回证: the bureau's boxed form; the recipient's signature and date in his own hand."""
    s = Sheet()
    s.centred(mm(24), COURT, font("serif_bold", mm(6.4)), spacing=mm(1))
    s.centred(mm(36), "送 达 回 证", font("serif_bold", mm(9.5)), spacing=mm(2))
    f = fs(mm(4.8))
    who = c.applicant if served and served[0] in ("acceptance_notice", "payment_notice") else c.respondent
    docs = "、".join(TITLES.get(x, x) for x in served) or "执行文书"
    when = {"acceptance_notice": 1, "enforcement_notice": 4, "termination_this_round_ruling": 132,
            "closing_notice": 78, "summons": 29, "consumption_restriction_order": 23}.get(served[0] if served else "", 5)
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["送达文书名称及件数", f"{docs}各一份"],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""],
            ["送达方式", rng.choice(["直接送达", "直接送达", "邮寄送达（EMS）"])], ["送达人", f"{c.officer}　{c.clerk}"],
            ["备注", ""]]
    heights = [mm(13)] * 5 + [mm(30), mm(16), mm(13), mm(13), mm(22)]
    table(s, mm(20), mm(52), [mm(52), mm(118)], rows, f, row_h=heights, centre_first=True)
    y6 = mm(52) + 5 * mm(13)
    signer = who.legal_rep or who.name
    signature(s, mm(84), y6 + mm(4), signer, rng, ink=BLUE_INK)
    hand(s, mm(126), y6 + mm(17), num_date(c.day(when)), rng, size=int(mm(5)))
    s.text(mm(20), mm(262), "填发人：" + c.clerk + "　　　　签发日期：" + num_date(c.day(when - 1)), fs(mm(3.8)))
    return s


def approval_form(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(20), COURT, font("serif_bold", mm(6)), spacing=mm(0.8))
    s.centred(mm(31), "执行案件结案审批表", font("serif_bold", mm(8)))
    f = fs(mm(4.4))
    how = {"ceramic": "执行完毕（冻结后主动履行）", "noodle": "执行完毕（执行和解后履行）", "loan": "终结本次执行程序"}[c.extra["story"]]
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_name(c)], ["执行标的", f"{money(c.amount)}元", "到位金额",
                                              "0.00元" if c.extra["story"] == "loan" else f"{money(c.amount)}元"],
            ["结案方式", how], ["承办人意见", ""], ["合议庭／执行局长意见", ""], ["备注", "卷内材料齐全，同意结案。"]]
    table(s, mm(16), mm(46), [mm(36), mm(58), mm(28), mm(56)], rows, f,
          row_h=[mm(14)] * 5 + [mm(40), mm(40), mm(20)], centre_first=True)
    y = mm(46) + 5 * mm(14)
    hand(s, mm(58), y + mm(6), "执行措施已穷尽，建议按上述方式结案。", rng, size=int(mm(4.6)))
    signature(s, mm(140), y + mm(24), c.officer, rng, ink=BLUE_INK)
    hand(s, mm(58), y + mm(46), "同意。", rng, size=int(mm(5)))
    signature(s, mm(140), y + mm(62), c.extra["chief"], rng, ink=BLUE_INK)
    hand(s, mm(150), y + mm(72), num_date(c.closed_on - timedelta(days=1)), rng, size=int(mm(4)))
    return s


def cover(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet(paper=(236, 226, 200))
    s.centred(mm(30), COURT, font("serif_bold", mm(8)), spacing=mm(1.5))
    s.centred(mm(52), "执 行 卷 宗", font("serif_bold", mm(14)), spacing=mm(6))
    s.centred(mm(72), "（正　卷）", fs(mm(6)))
    f = fs(mm(5.2))
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", basis_name(c)], ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)],
            ["结案方式", "执行完毕"], ["承办人", c.officer], ["书记员", c.clerk], ["归档日期", cn_date(c.closed_on + timedelta(days=20))],
            ["保管期限", "长期"], ["本卷共", f"{rng.randint(58, 96)}页"]]
    table(s, mm(26), mm(90), [mm(40), mm(118)], rows, f, row_h=mm(13), centre_first=True)
    s.text(mm(26), mm(270), "全宗号 102　目录号 Z　案卷号 " + str(rng.randint(100, 999)), fs(mm(4)))
    return s


CATALOGUE = ["卷宗封面", "卷内目录", "执行申请书", "裁决书", "生效证明", "身份证明", "授权委托书及所函", "律师执业证",
             "收款账户确认书", "送达地址确认书", "财产线索", "缴费凭证", "受理、缴费通知书", "执行通知书", "报告财产令",
             "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议", "履行凭证", "结案通知书",
             "结案审批表", "送达回证", "归档审查表", "备考表"]


def catalogue(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(20), "卷 内 目 录", font("serif_bold", mm(8.5)), spacing=mm(2))
    s.text(mm(16), mm(34), f"案号：{c.number}", fs(mm(4.4)))
    rows = [["序号", "文件名称", "日期", "页号"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        rows.append([str(i), name, num_date(c.day(min(i * 3, 80))), str(page)])
        page += rng.choice([1, 1, 2, 3])
    table(s, mm(16), mm(42), [mm(16), mm(100), mm(38), mm(24)], rows, fs(mm(3.9)), row_h=mm(8.6), centre_first=True)
    return s


def review_form(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(22), "执行案件归档审查表", font("hei", mm(7.5)))
    f = fs(mm(4.4))
    rows = [["案号", c.number], ["承办人", c.officer], ["材料是否齐全", ""], ["文书是否送达", ""], ["执行款是否发还", ""],
            ["页码装订是否规范", ""], ["审查人意见", ""], ["档案室接收", ""]]
    table(s, mm(20), mm(40), [mm(50), mm(120)], rows, f, row_h=[mm(14)] * 6 + [mm(36), mm(26)], centre_first=True)
    for k in range(4):
        hand(s, mm(80), mm(40) + (2 + k) * mm(14) + mm(3), "是 ✓", rng, size=int(mm(4.8)))
    hand(s, mm(76), mm(40) + 6 * mm(14) + mm(6), "经审查，卷内材料完整，同意归档。", rng, size=int(mm(4.6)))
    signature(s, mm(150), mm(40) + 6 * mm(14) + mm(20), c.extra["chief"], rng, ink=BLUE_INK)
    hand(s, mm(76), mm(40) + 6 * mm(14) + mm(42), f"{person_name(rng)}　{num_date(c.closed_on + timedelta(days=20))}", rng,
         size=int(mm(4.4)))
    return s


def remarks(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(24), "卷 内 备 考 表", font("serif_bold", mm(8)), spacing=mm(2))
    s.box(mm(20), mm(40), mm(190), mm(250))
    f = fs(mm(4.6))
    s.text(mm(26), mm(46), f"本卷情况说明：（{c.number}）", f)
    hand(s, mm(30), mm(60), f"本卷共{rng.randint(60, 90)}页，执行和解协议原件附卷。", rng, size=int(mm(5)))
    s.text(mm(110), mm(200), f"立卷人：{c.clerk}", f)
    s.text(mm(110), mm(212), f"检查人：{c.officer}", f)
    s.text(mm(110), mm(224), f"立卷时间：{num_date(c.closed_on + timedelta(days=15))}", f)
    return s


def bank_reply(c: CaseCtx, rng: random.Random) -> Sheet:
    """The bank's 协助执行回执, the court's tear-off slip filled and stamped at the counter."""
    s = Sheet()
    s.centred(mm(26), "协助执行通知书（回执）", font("serif_bold", mm(7.5)))
    f = fs(mm(4.8))
    s.text(mm(24), mm(44), f"{COURT}：", f)
    flow(s, [("p", f"你院（{c.number[1:5]}）{c.number[6:]}协助执行通知书收悉。我行已于下列时间协助办理：")], f, x0=mm(24),
         width=mm(160), y=mm(56), line_height=mm(9), indent=mm(9.6))
    rows = [["被执行人", c.respondent.name], ["账号", c.extra["resp_acct"]], ["协助事项", "冻结"],
            ["应冻结金额", f"{money(c.amount + c.extra['fee'])}元"], ["实际冻结金额", ""], ["冻结期限", ""],
            ["经办人及电话", ""]]
    table(s, mm(24), mm(76), [mm(44), mm(118)], rows, f, row_h=mm(13), centre_first=True)
    y = mm(76) + 4 * mm(13)
    hand(s, mm(74), y + mm(3), f"{money(c.amount + c.extra['fee'])}元（足额）", rng, size=int(mm(5)))
    hand(s, mm(74), y + mm(16), f"{num_date(c.day(10))}至{num_date(c.day(375))}", rng, size=int(mm(4.6)))
    hand(s, mm(74), y + mm(29), f"{person_name(rng)}　0791-8{rng.randint(6000000, 6999999)}", rng, size=int(mm(4.6)))
    s.right(mm(180), mm(200), f"{c.extra['resp_bank']}（盖章）", f)
    seal(s, mm(150), mm(196), c.extra["resp_bank"] + "业务专用章", rng, radius=mm(17))
    hand(s, mm(130), mm(214), num_date(c.day(10)), rng, size=int(mm(4.6)))
    return s
