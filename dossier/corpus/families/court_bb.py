"""court_bb (湖南省株洲市芦淞区人民法院, held out): the district of the 芦淞服装城 garment wholesale market, its
textile workshops and the rail-equipment suppliers around 中车株洲. Three cases: a fabric trader's 货款 judgment
upheld on appeal by the 株洲中院; a 株洲仲裁委 award on a market shop's rent, settled and archived; a 民间借贷
调解书 of this court against a rail-parts supplier, paid from its receivable owed by a 中车 subsidiary."""

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
    money,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, hand, mm, seal, signature, table
from dossier.corpus.families.court_bb_kit import (
    COURT,
    SHORT,
    B,
    L,
    R,
    T,
    court_head,
    date_seal,
    f,
    fill_table,
    paged,
    qr,
    running,
    signers,
)

APPEAL_SEQ, SHOP_SEQ, LOAN_SEQ = 23117, 23254, 23388
MID = "湖南省株洲市中级人民法院"
ARB = "株洲仲裁委员会"
LAW = "《中华人民共和国民事诉讼法》"
CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "settlement_agreement", "payment_voucher", "closing_notice", "closing_approval_form",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """芦淞 parties by seq: APPEAL_SEQ a 面料 trader of the 服装城 against a garment workshop (二审 upheld);
    SHOP_SEQ a shop owner against the tenant of her 芦淞服装城 shop (株洲仲裁委 award); LOAN_SEQ a lender
    against a rail-parts supplier (this court's 民事调解书)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    story = {APPEAL_SEQ: "fabric", SHOP_SEQ: "shop", LOAN_SEQ: "loan"}[seq]
    c.extra["story"] = story
    born = date(rng.randint(1968, 1990), rng.randint(1, 12), rng.randint(1, 28))
    c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["430203", "430221", "360321"]), born),
                        f"湖南省株洲市芦淞区{rng.choice(['建设南路', '董家塅街道', '庆云街道', '贺家土街道'])}"
                        f"{rng.randint(2, 188)}号", f"13{rng.randint(100000000, 999999999)}", born=born,
                        sex=rng.choice("男女"))
    c.firm = rng.choice(["湖南湘楚律师事务所株洲分所", "湖南炎陵律师事务所", "湖南株洲芦淞律师事务所"])
    c.extra["firm_addr"] = f"株洲市芦淞区{rng.choice(['人民南路', '建设中路', '车站路'])}{rng.randint(10, 300)}号"
    c.extra["lic_no"] = f"14302{rng.randint(2008, 2020)}1{rng.randint(1000000, 9999999)}"
    c.extra["bank"] = rng.choice(["株洲农村商业银行芦淞支行", "中国建设银行株洲芦淞支行", "长沙银行株洲分行"])
    c.extra["acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["resp_bank"] = rng.choice(["中国工商银行株洲建设南路支行", "华融湘江银行株洲分行"])
    c.extra["resp_acct"] = f"1903{rng.randint(10**13, 10**14 - 1)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.008 + 50))
    c.extra["pay_day"] = c.day(rng.randint(38, 60))
    c.extra["trial"] = person_name(rng)
    c.extra["first_no"] = f"（{c.filed_on.year - 1}）湘0203民初{rng.randint(800, 6999)}号"
    park = rng.choice(["董家塅高科园", "白关服饰产业园", "芦淞服饰产业园"])
    if story == "fabric":
        c.respondent = Party(f"株洲{rng.choice(['锦绣', '衣都', '茜雅', '芦淞红'])}服饰有限公司", "organisation",
                             credit_code(rng, "430203"), f"湖南省株洲市芦淞区{park}{rng.randint(1, 30)}栋",
                             f"0731-2{rng.randint(2000000, 8999999)}", legal_rep=person_name(rng))
        c.basis_court = MID
        c.basis_number = f"（{c.filed_on.year - 1}）湘02民终{rng.randint(1000, 4999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = rng.choice(["雪纺面料", "针织罗纹布", "牛仔面料", "羽绒服面料"])
    elif story == "shop":
        c.basis_kind = "arbitration"
        c.respondent = Party(f"株洲{rng.choice(['柏丽', '美思', '汇衣'])}服装贸易有限公司", "organisation",
                             credit_code(rng, "430203"), f"湖南省株洲市芦淞区芦淞服装城{rng.choice('ABCD')}区"
                             f"{rng.randint(1, 4)}楼{rng.randint(100, 399)}号", f"0731-2{rng.randint(2000000, 8999999)}",
                             legal_rep=person_name(rng))
        c.basis_court = ARB
        c.basis_number = f"（{c.filed_on.year - 1}）株仲裁字第{rng.randint(100, 1899)}号"
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.extra["shop"] = f"芦淞服装城{rng.choice(['东', '西'])}楼{rng.randint(1, 4)}层{rng.randint(1, 260)}号铺面"
    else:
        c.basis_kind = "mediation"
        c.respondent = Party(f"株洲{rng.choice(['中驰', '恒力', '湘铁'])}轨道交通配件有限公司", "organisation",
                             credit_code(rng, "430203"), f"湖南省株洲市芦淞区{rng.choice(['南方工业园', '五里墩工业园'])}"
                             f"{rng.randint(1, 60)}号", f"0731-2{rng.randint(2000000, 8999999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = c.extra["first_no"]
        c.extra["cause"] = "民间借贷纠纷"
        c.extra["debtor3"] = rng.choice(["中车株洲电力机车有限公司", "中车株洲电机有限公司"])
    c.extra["arb_no"] = c.basis_number



def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    draw = {
        "enforcement_application": _application, "enforcement_basis": _basis,
        "effectiveness_certificate": _certificate, "property_clue_form": _clues, "fee_receipt": _fee,
        "identity_proof": _identity, "power_of_attorney": _attorney, "law_firm_letter": _firm_letter,
        "lawyer_license": _licence, "payment_account_confirmation": _account,
        "service_address_confirmation": _address, "property_declaration_form": _declaration,
        "online_inquiry_result": _inquiry, "settlement_agreement": _settlement, "payment_voucher": _voucher,
        "closing_approval_form": _approval, "service_receipt": _receipt, "dossier_cover": _cover,
        "catalogue": _catalogue, "file_review_form": _review, "remarks_sheet": _remarks,
    }.get(code)
    if draw is not None:
        return draw(c, rng, served)
    return _notice(code, c, rng)


def _what(c: CaseCtx) -> str:
    return f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案"


def _doc_name(c: CaseCtx) -> str:
    kind = {"fabric": "民事判决书", "shop": "裁决书", "loan": "民事调解书"}[c.extra["story"]]
    return f"{c.basis_court}{c.basis_number}{kind}"


# ------------------------------------------------------------------ the bureau's own notices and ruling
def _notice(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    title, to, body, day = {
        "acceptance_notice": ("受理案件通知书", a.name, [
            f"你申请执行{r.name}{c.extra['cause']}一案，本院经审查符合立案条件，决定立案执行，案号为{c.number}。",
            f"本案承办人：{c.officer}，联系电话：{c.court.phone}。请保持通讯畅通，发现被执行人财产线索的及时告知本院；"
            "可登录湖南法院诉讼服务网或拨打12368查询案件进展。"], c.filed_on),
        "payment_notice": ("交纳执行申请费通知书", a.name, [
            f"你申请执行的{_what(c)}，依照《诉讼费用交纳办法》第十条第（一）项、第十四条第（一）项的规定，应交纳申请执行费"
            f"{c.extra['fee']}元。该费用由被执行人负担，本院执行到位后一并收取。",
            "请于七日内通过湖南省非税收入缴款码或到本院诉讼服务中心缴纳。"], c.filed_on),
        "enforcement_notice": ("执行通知书", r.name, [
            f"{a.name}申请执行你单位{c.extra['cause']}一案，依据{_doc_name(c)}，本院已立案执行。依照{LAW}第二百四十七条、"
            "第二百五十二条的规定，责令你单位自收到本通知书之日起立即履行下列义务：",
            f"一、给付申请执行人{money(c.amount)}及迟延履行期间的债务利息；二、负担申请执行费{c.extra['fee']}元。",
            "逾期不履行的，本院将依法强制执行，并将你单位纳入失信被执行人名单、限制你单位及法定代表人高消费。"], c.day(2)),
        "property_report_order": ("报告财产令", r.name, [
            f"本院执行{_what(c)}，依照{LAW}第二百五十二条的规定，责令你单位在收到本令后五日内，填写所附《财产申报表》，"
            "如实报告当前以及收到执行通知之日前一年的财产情况。",
            "拒绝报告或者虚假报告的，本院将根据情节轻重对你单位或者主要负责人予以罚款、拘留；构成犯罪的，依法追究刑事责任。"],
            c.day(2)),
        "closing_notice": ("结案通知书", a.name, [
            f"本院执行的{_what(c)}，被执行人已于{cn_date(c.extra['pay_day'])}履行完毕，执行款已转入你确认的收款账户。",
            "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。特此通知。"],
            c.closed_on),
    }.get(code, ("", "", [], c.filed_on))
    if code == "enforcement_ruling":
        return _ruling(c, rng)
    if code == "assistance_notice":
        return _assist(c, rng)
    s = Sheet()
    y = court_head(s, title, c.number)
    blocks = [("f", f"{to}："), *[("p", t) for t in body]]
    sheets, y = running(blocks, s, y + 10, f("serif", 40))
    last = sheets[-1]
    y = signers(last, y + 40, [("执行员", c.officer)]) if code != "acceptance_notice" else y + 40
    date_seal(last, y + 20, day, rng)
    qr(last, L, B - 150, rng)
    if code == "property_report_order":
        last.text(L, min(y + 180, B), "附：财产申报表一份", f("serif", 34))
    if code == "payment_notice":
        w = R - L
        table(last, L, min(y + 200, B - mm(40)), [w * 0.3, w * 0.7],
              [["案号", c.number], ["应缴金额", f"{c.extra['fee']}元"], ["缴款方式", "湖南省非税收入缴款码 / 诉讼服务中心窗口"]],
              f("serif", 30), row_h=mm(11))
    if code == "acceptance_notice":
        yy = min(y + 200, B - mm(45))
        last.box(L, yy, R, yy + mm(38), width=2)
        last.text(L + 20, yy + 20, "温馨提示", f("hei", 34))
        for k, tip in enumerate(["1．执行案件进展可通过“湖南法院诉讼服务网”或拨打12368查询；",
                                 "2．提供虚假财产线索或虚假承诺的，依法承担相应责任；",
                                 "3．执行人员不得接受当事人吃请、礼品，举报电话0731-28451234。"]):
            last.text(L + 20, yy + 80 + k * 56, tip, f("serif", 30))
    return paged(sheets)


def _ruling(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    story = c.extra["story"]
    if story == "loan":
        what = (f"冻结被执行人{r.name}对第三人{c.extra['debtor3']}享有的到期货款债权，以{money(c.amount)}为限；"
                "第三人在冻结范围内不得向被执行人支付。")
    else:
        what = (f"冻结、划拨被执行人{r.name}在{c.extra['resp_bank']}账户（账号{c.extra['resp_acct']}）内的存款"
                f"{money(c.amount)}；不足部分，查封、扣押其相应价值的其他财产。")
    s = Sheet()
    y = court_head(s, "执行裁定书", c.number)
    blocks = [("f", f"申请执行人：{a.name}，{a.sex}，{a.born.year if a.born else ''}年生，住{a.address}。"),
              ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
              ("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
              ("p", f"本院依据{_doc_name(c)}，于{cn_date(c.filed_on)}立案执行{_what(c)}。被执行人未在执行通知指定的期间"
                    f"履行义务。依照{LAW}第二百四十九条、第二百五十条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产"
                    "的规定》第一条的规定，裁定如下："),
              ("p", what), ("p", "本裁定送达后立即生效。")]
    sheets, y = running(blocks, s, y + 10, f("serif", 40), footer="第{n}页 共{m}页")
    last = sheets[-1]
    y = signers(last, y + 40, [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng))])
    y = date_seal(last, y + 10, c.day(6), rng)
    signers(last, y, [("书记员", c.clerk)])
    qr(last, L, min(y + 20, B - 190), rng, size=130)
    return paged(sheets)


def _assist(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    if c.extra["story"] == "loan":
        to, ask = c.extra["debtor3"], (f"冻结被执行人{r.name}对你公司享有的应付货款，以{money(c.amount)}为限，冻结期间不得向"
                                       "被执行人支付；到期后请将该款项汇入本院执行款专户，并书面回复本院。")
    else:
        to, ask = c.extra["resp_bank"], (f"冻结并扣划被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的账户"
                                         f"{c.extra['resp_acct']}内存款{money(c.amount)}，划至本院执行款专户。")
    s = Sheet()
    y = court_head(s, "协助执行通知书", c.number)
    blocks = [("f", f"{to}："), ("p", f"本院执行{_what(c)}，{c.number}执行裁定书已发生法律效力。依照{LAW}第二百五十条、"
                                       "第二百五十五条的规定，请协助执行下列事项："), ("p", ask),
              ("f", "附：执行裁定书一份"), ("f", f"本院执行人员：{c.officer}　{c.clerk}　电话{c.court.phone}")]
    sheets, y = running(blocks, s, y + 10, f("serif", 40))
    date_seal(sheets[-1], y + 60, c.day(7), rng)
    # the receipt slip cut off along the dotted line stays on the court's copy
    last = sheets[-1]
    yy = min(y + 260, B - 260)
    for x in range(L, R, 30):
        last.line(x, yy, x + 15, yy, width=2)
    last.centred(yy + 20, "协助执行回执", f("hei", 40))
    last.text(L, yy + 90, f"{SHORT}：你院{c.number}协助执行通知书收到，已按要求办理。", f("serif", 34))
    last.text(R - mm(70), yy + 170, "协助单位（盖章）", f("serif", 34))
    seal(last, R - mm(40), yy + 180, to, rng, radius=mm(17))
    return paged(sheets)


# ------------------------------------------------------------------ papers of other bodies
def _basis(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    story = c.extra["story"]
    a, r = c.applicant, c.respondent
    if story == "shop":
        return _award(c, rng)
    s = Sheet()
    court = MID if story == "fabric" else COURT
    title = "民 事 判 决 书" if story == "fabric" else "民 事 调 解 书"
    s.centred(T + 30, court, f("song_gb", 56), spacing=6)
    s.centred(T + 120, title, f("song_gb", 72))
    s.right(R, T + 240, c.basis_number, f("song_gb", 38))
    y: float = T + 320
    if story == "fabric":
        g = c.extra["goods"]
        first = c.extra["first_no"]
        owed = f"{c.amount:,.2f}"
        blocks = [("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，总经理。"),
                  ("f", f"委托诉讼代理人：{person_name(rng)}，该公司员工。"),
                  ("f", f"被上诉人（原审原告）：{a.name}，{a.sex}，住{a.address}，系芦淞服装城面料批发商户。"),
                  ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                  ("p", f"上诉人{r.name}因与被上诉人{a.name}{c.extra['cause']}一案，不服湖南省株洲市芦淞区人民法院{first}"
                        "民事判决，向本院提起上诉。本院于立案后，依法组成合议庭审理了本案。本案现已审理终结。"),
                  ("p", f"{r.name}上诉请求：撤销一审判决，依法改判上诉人少付货款，一、二审诉讼费用由被上诉人负担。事实和理由："
                        f"被上诉人供应的{g}部分批次存在色差、缩水，上诉人据此制作的成衣被下游客户退货，损失应在货款中抵扣；一审"
                        "未予审查即全额支持被上诉人的诉请，认定事实错误。"),
                  ("p", f"{a.name}辩称：双方每月对账，上诉人在对账单上加盖公章确认欠款，从未提出质量异议；上诉人所称退货与本案"
                        "面料无关。一审判决正确，请求驳回上诉。"),
                  ("p", f"{a.name}向一审法院起诉请求：判令{r.name}支付货款{owed}元及逾期付款利息。"),
                  ("p", f"一审法院认定事实：{a.name}在芦淞服装城经营面料批发，自{c.filed_on.year - 3}年起向{r.name}供应{g}，"
                        f"双方未签订书面合同，按送货单结算，每月对账一次。截至{c.filed_on.year - 2}年12月，经双方对账，"
                        f"{r.name}确认尚欠货款{owed}元，此后经多次催收未付。"),
                  ("p", f"一审法院认为，双方之间的买卖合同关系合法有效。{r.name}收货后未在合理期限内提出质量异议，且已对账确认"
                        f"欠款，应当支付货款并承担逾期付款的违约责任。判决：{r.name}于判决生效之日起十日内支付{a.name}货款"
                        f"{owed}元及逾期付款利息（以{owed}元为基数，自起诉之日起按全国银行间同业拆借中心公布的一年期贷款市场报价"
                        "利率计算至付清之日止）。"),
                  ("p", "本院二审期间，当事人没有提交新证据。本院对一审查明的事实予以确认。"),
                  ("p", f"本院认为，本案二审争议焦点为上诉人能否以面料质量问题抵扣货款。上诉人收货后未在约定或合理期限内提出质量"
                        f"异议，且已将{g}裁剪加工成衣对外销售，又在此后的对账单上盖章确认欠款数额，其关于质量问题的主张缺乏事实"
                        "依据，本院不予支持。"),
                  ("p", "综上所述，上诉人的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照《中华"
                        "人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
                  ("p", "驳回上诉，维持原判。"),
                  ("p", f"二审案件受理费{int(c.amount * Decimal('0.012')) + 50}元，由上诉人{r.name}负担。"),
                  ("p", "本判决为终审判决。")]
    else:
        blocks = [("f", f"原告：{a.name}，{a.sex}，住{a.address}。"), ("f", f"被告：{r.name}，住所地{r.address}。"),
                  ("f", f"法定代表人：{r.legal_rep}。"),
                  ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后适用简易程序进行了审理。"),
                  ("p", f"原告诉讼请求：判令被告归还借款本金及按约定计算的利息，合计{c.amount:,.2f}元；本案诉讼费由被告负担。"),
                  ("p", "经审理查明：被告因采购转向架配件原材料资金周转需要，向原告借款，原告通过银行转账交付借款，被告出具借条，"
                        "约定按月息百分之一计息，到期未还。"),
                  ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
                  ("p", f"一、被告{r.name}于本调解书送达之日起三十日内偿还原告{a.name}借款本金及利息共计{money(c.amount)}；"),
                  ("p", "二、被告逾期未足额履行的，原告可就全部未付款项申请强制执行；"),
                  ("p", "三、案件受理费减半收取，由被告负担。"),
                  ("p", "上述协议，符合有关法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。")]
    sheets, y = running(blocks, s, y, f("song_gb", 40), x0=mm(30), x1=mm(180), lh=66,
                        bottom=B - (430 if story == "fabric" else 250))
    last = sheets[-1]
    x = mm(120)
    for k, (role, name) in enumerate([("审　判　长" if story == "fabric" else "审　判　员", c.extra["trial"]),
                                       *([("审　判　员", person_name(rng)), ("审　判　员", person_name(rng))]
                                         if story == "fabric" else [])]):
        last.text(x, y + 40 + k * 62, f"{role}　{name}", f("song_gb", 40))
    y += 40 + 62 * (3 if story == "fabric" else 1) + 30
    last.text(x, y, cn_date(c.basis_effective - timedelta(days=12)), f("song_gb", 40))
    seal(last, x + mm(30), y + 10, court, rng)
    last.box(mm(32), y - 20, mm(32) + 330, y + 50, width=3)
    last.text(mm(32) + 18, y - 4, "本件与原本核对无异", f("song_gb", 34))
    last.text(x, y + 90, f"书　记　员　{person_name(rng)}", f("song_gb", 40))
    for k, sh in enumerate(sheets, 1):
        sh.centred(mm(282), f"- {k} -", f("song_gb", 30))
    return paged(sheets)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(T + 20, ARB, f("hei", 58), spacing=10)
    s.centred(T + 110, "裁　决　书", f("hei", 70))
    s.right(R - 20, T + 220, c.basis_number, f("serif", 36))
    s.box(L - 10, T - 10, R + 10, T + 285, width=3)
    blocks = [("f", f"申请人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}。"),
              ("f", f"被申请人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
              ("p", f"{ARB}（以下简称本会）根据申请人与被申请人签订的《商铺租赁合同》中的仲裁条款，以及申请人提交的书面仲裁"
                    f"申请，受理了双方之间的{c.extra['cause']}。本案适用《株洲仲裁委员会仲裁规则》的简易程序，由独任仲裁员"
                    f"{c.extra['trial']}审理，现已审理终结。"),
              ("f", "一、案情"),
              ("p", f"申请人将其所有的{c.extra['shop']}出租给被申请人经营女装批发，约定租期三年，租金按季度预付。被申请人自"
                    f"{c.filed_on.year - 2}年秋冬季起拖欠租金及物业管理费，经催告仍未支付，申请人遂申请仲裁。"),
              ("p", "申请人请求：1．裁决被申请人支付拖欠的租金、物业管理费；2．裁决被申请人支付逾期付款违约金；3．本案仲裁费"
                    "由被申请人承担。"),
              ("p", "被申请人答辩称：服装城客流下降，其经营亏损，曾口头请求减免租金，申请人未予回应；违约金约定过高，请求调减。"),
              ("p", "仲裁庭查明：申请人提交的租赁合同、催款函、物业公司出具的欠费明细及微信聊天记录，被申请人对其真实性无异议，"
                    "仲裁庭予以采信。被申请人未就租金减免协议提交任何证据。合同约定逾期付款按日万分之五支付违约金。"),
              ("f", "二、仲裁庭意见"),
              ("p", "双方签订的租赁合同系真实意思表示，合法有效。被申请人未按约支付租金，构成违约，应承担支付欠付租金及违约金"
                    "的责任。经营亏损属商业风险，不构成拒付租金的理由。被申请人主张违约金过高，仲裁庭综合合同履行情况及申请人"
                    "的实际损失，酌定违约金以欠付租金为基数按年利率百分之十二计算，计入裁决金额。"),
              ("f", "三、裁决"),
              ("p", f"（一）被申请人{r.name}向申请人{a.name}支付拖欠的租金、物业管理费及违约金共计{money(c.amount)}；"),
              ("p", "（二）本案仲裁费由被申请人承担。上述款项于本裁决书送达之日起十日内付清。"),
              ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
    sheets, y = running(blocks, s, T + 320, f("serif", 38), x0=L + 10, x1=R - 10, footer="第{n}页（共{m}页）")
    last = sheets[-1]
    last.text(mm(118), y + 40, f"独任仲裁员：{c.extra['trial']}", f("serif", 38))
    last.text(mm(118), y + 120, cn_date(c.basis_effective - timedelta(days=3)), f("serif", 38))
    seal(last, mm(150), y + 130, ARB, rng)
    last.text(mm(118), y + 200, f"书记：{person_name(rng)}", f("serif", 38))
    return paged(sheets)


def _certificate(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(T + 40, ARB, f("hei", 52), spacing=8)
    s.centred(T + 130, "裁决书生效证明", f("hei", 60), spacing=6)
    s.right(R, T + 230, f"株仲证字〔{c.basis_effective.year}〕{rng.randint(10, 400)}号", f("serif", 34))
    body = (f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}{c.extra['cause']}一案，本会于"
            f"{cn_date(c.basis_effective - timedelta(days=3))}作出{c.basis_number}裁决书，该裁决书已依法送达双方当事人。"
            f"根据《中华人民共和国仲裁法》第五十七条的规定，该裁决书自作出之日起发生法律效力。")
    sheets, y = running([("f", f"{SHORT}："), ("p", body), ("p", "特此证明。")], s, T + 320, f("serif", 40))
    date_seal(s, y + 120, c.basis_effective + timedelta(days=rng.randint(20, 40)), rng, ARB)
    return paged(sheets)


def _application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(T + 40, "强 制 执 行 申 请 书", f("sans_bold", 60))
    blocks = [("f", f"申请执行人：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}出生，汉族，身份证号{a.id_number}，住{a.address}，"
                    f"电话{a.phone}。" if a.born else f"申请执行人：{a.name}。"),
              ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
              ("f", f"法定代表人：{r.legal_rep}。"),
              ("f", "请求事项："),
              ("p", f"一、依法强制执行{_doc_name(c)}，责令被执行人支付{money(c.amount)}；"),
              ("p", "二、被执行人加倍支付迟延履行期间的债务利息；执行费用由被执行人承担；"),
              ("p", "三、对被执行人及其法定代表人采取限制高消费措施；被执行人拒不履行的，将其纳入失信被执行人名单。"),
              ("f", "事实与理由："),
              ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出的{c.basis_number}法律文书已经发生法律"
                    "效力，被执行人至今未履行。为维护申请执行人的合法权益，特依据《中华人民共和国民事诉讼法》第二百四十七条的"
                    "规定，向贵院申请强制执行。"),
              ("f", "此致"), ("f", COURT)]
    sheets, y = running(blocks, s, T + 160, f("sans", 36), lh=62)
    last = sheets[-1]
    last.text(mm(110), y + 30, "申请执行人：", f("sans", 36))
    signature(last, mm(150), y + 20, a.name, rng)
    hand(last, mm(120), y + 110, num_date(c.filed_on - timedelta(days=2)), rng, size=38)
    return paged(sheets)


def _clues(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    s.centred(T + 20, COURT, f("serif", 40))
    s.centred(T + 80, "被执行人财产线索提供表", f("serif_bold", 52))
    s.text(L, T + 170, f"案号：{c.number}", f("serif", 32))
    w = R - L
    story = c.extra["story"]
    clue = (f"对{c.extra['debtor3']}的应收货款" if story == "loan" else
            f"{c.extra['resp_bank']} 账号{c.extra['resp_acct']}" + ("；服装城铺面存货" if story == "shop" else ""))
    rows = [["被执行人", r.name, "法定代表人", r.legal_rep], ["银行账户", clue, "", ""],
            ["不动产", "不详", "车辆", "湘B牌照货车一台（不详）"], ["到期债权", clue if c.extra["story"] == "loan" else "无", "", ""],
            ["股权/其他", "不详", "", ""], ["线索来源", "对账及往来所知", "提供日期", num_date(c.filed_on)]]
    y = fill_table(s, L, T + 220, [w * 0.18, w * 0.4, w * 0.16, w * 0.26], rows, rng, label=f("serif", 30),
                   row_h=mm(17))
    s.text(L, y + 40, "申请执行人承诺：以上线索真实，如有虚假愿承担法律责任。", f("serif", 32))
    s.text(mm(110), y + 120, "申请执行人（签名）：", f("serif", 32))
    signature(s, mm(150), y + 105, c.applicant.name, rng)
    return [s]


def _fee(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The applicant's own fee paper from the trial: a 非税收入 缴款书 of the court, or the 仲裁委's 收费收据."""
    story = c.extra["story"]
    paid = int(c.amount * Decimal("0.011")) + 50
    if story == "shop":
        s = Sheet(size=(mm(190), mm(110)), paper=(246, 250, 244))
        green = (30, 110, 70)
        s.centred(mm(8), f"{ARB}", f("kai", 42), fill=green)
        s.centred(mm(20), "仲 裁 费 收 费 收 据", f("serif_bold", 48), fill=green)
        s.right(mm(182), mm(32), f"No {rng.randint(10**6, 10**7 - 1)}", f("mono", 30), fill=(180, 30, 30))
        w = mm(170)
        rows = [["交款人", c.applicant.name, "案号", c.basis_number], ["收费项目", "案件受理费、处理费", "", ""],
                ["金额", f"￥{paid:,}.00", "大写", money(Decimal(paid)).split("大写：")[1].rstrip("）")]]
        table(s, mm(10), mm(40), [w * 0.15, w * 0.35, w * 0.12, w * 0.38], rows, f("serif", 26), row_h=mm(13),
              fill=green)
        s.text(mm(10), mm(84), f"收款人：{person_name(rng)}　　{num_date(c.basis_effective - timedelta(days=70))}",
               f("serif", 26), fill=green)
        seal(s, mm(150), mm(90), f"{ARB}财务专用章", rng, radius=mm(14))
        return [s]
    s = Sheet(size=(mm(210), mm(140)), paper=(252, 246, 238))
    red = (190, 40, 40)
    s.centred(mm(8), "湖南省非税收入一般缴款书（电子）", f("sans_bold", 44), fill=red)
    s.text(mm(12), mm(22), f"票据号码：{rng.randint(10**9, 10**10 - 1)}", f("sans", 26), fill=red)
    s.right(mm(198), mm(22), f"开票日期：{num_date(c.basis_effective - timedelta(days=90))}", f("sans", 26), fill=red)
    w = mm(186)
    rows = [["缴款人", c.applicant.name], ["执收单位", COURT], ["项目名称", "案件受理费（诉讼费）"],
            ["案号", c.extra["first_no"]], ["金额（小写）", f"￥{paid:,}.00"]]
    table(s, mm(12), mm(32), [w * 0.25, w * 0.75], rows, f("sans", 28), row_h=mm(13), fill=red)
    s.text(mm(12), mm(104), "收款银行：长沙银行株洲分行　本票据由湖南省财政厅监制", f("sans", 24), fill=red)
    seal(s, mm(160), mm(118), "湖南省财政厅票据监制章", rng, radius=mm(13))
    return [s]


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    if "respondent" in served:
        r = c.respondent
        s.box(mm(20), mm(20), mm(190), mm(270), width=8, outline=(160, 120, 60))
        s.centred(mm(34), "营 业 执 照", f("serif_bold", 84))
        s.centred(mm(58), "（副　本）", f("serif", 36))
        scope = {"fabric": "服装、服饰制造、加工、批发；针纺织品及原料销售",
                 "shop": "服装、鞋帽、针纺织品批发与零售；商铺经营管理",
                 "loan": "轨道交通设备配件、机车车辆配件的研发、制造与销售；金属结构件加工"}[c.extra["story"]]
        scope += "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
        rows = [("统一社会信用代码", r.id_number), ("名　　称", r.name), ("类　　型", "有限责任公司（自然人投资或控股）"),
                ("法定代表人", r.legal_rep), ("经营范围", scope), ("住　　所", r.address)]
        y = mm(80)
        for label, v in rows:
            s.text(mm(32), y, label, f("serif", 34))
            for part in [v[i:i + 22] for i in range(0, len(v), 22)]:
                s.text(mm(80), y, part, f("serif", 34))
                y += 54
            y += 16
        s.text(mm(110), mm(236), "登记机关　株洲市芦淞区市场监督管理局", f("serif", 30))
        seal(s, mm(150), mm(240), "株洲市芦淞区市场监督管理局", rng)
        hand(s, mm(36), mm(250), "与原件一致", rng, size=46, ink=(20, 20, 20))
        return [s]
    a = c.applicant
    s.centred(mm(18), "居民身份证复印件", f("sans", 34))
    for k, y in enumerate((mm(40), mm(120))):
        s.draw.rounded_rectangle((mm(45), y, mm(165), y + mm(70)), radius=24, outline=(90, 90, 90), width=3)
        if k == 0:
            born = a.born or date(1980, 1, 1)
            for j, line in enumerate([f"姓名　{a.name}", f"性别　{a.sex}　民族　汉",
                                      f"出生　{born.year}年{born.month}月{born.day}日", f"住址　{a.address[:12]}",
                                      f"　　　{a.address[12:]}", f"公民身份号码　{a.id_number}"]):
                s.text(mm(52), y + mm(6) + j * mm(10), line, f("hei", 30))
            s.draw.rectangle((mm(132), y + mm(10), mm(158), y + mm(44)), fill=(150, 150, 150))
        else:
            s.centred(y + mm(14), "中华人民共和国", f("hei", 50), x0=mm(45), x1=mm(165))
            s.centred(y + mm(28), "居 民 身 份 证", f("hei", 56), x0=mm(45), x1=mm(165))
            s.text(mm(60), y + mm(48), "签发机关　株洲市公安局芦淞分局", f("hei", 28))
            s.text(mm(60), y + mm(57), f"有效期限　{c.filed_on.year - 6}.03.12-{c.filed_on.year + 14}.03.12", f("hei", 28))
    hand(s, mm(60), mm(210), "此复印件仅供法院执行使用", rng, size=46, ink=(20, 20, 20))
    signature(s, mm(110), mm(235), a.name, rng)
    return [s]


def _attorney(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(T + 40, "授 权 委 托 书", f("serif_bold", 62))
    blocks = [("f", f"委托人：{c.applicant.name}，身份证号{c.applicant.id_number}。"),
              ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("p", f"现委托上列受托人在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
              ("p", "代理权限：特别授权。包括代为申请执行、提供财产线索、申请采取强制措施、参与执行和解、代为签收法律文书、"
                    "代为领取执行款。"),
              ("p", "代理期限：自签署之日起至本案执行终结止。")]
    _, y = running(blocks, s, T + 180, f("serif", 40))
    s.text(L, y + 80, "委托人（签名捺印）：", f("serif", 40))
    signature(s, L + mm(70), y + 70, c.applicant.name, rng)
    s.draw.ellipse((L + mm(110), y + 60, L + mm(122), y + 60 + mm(15)), fill=(210, 60, 60))
    s.text(L, y + 180, "受托人：", f("serif", 40))
    signature(s, L + mm(34), y + 170, c.agent, rng)
    hand(s, mm(120), y + 280, num_date(c.filed_on - timedelta(days=3)), rng, size=40)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(T + 20, c.firm, f("hei", 50), fill=(170, 20, 20))
    s.line(L, T + 100, R, T + 100, width=5, fill=(170, 20, 20))
    s.centred(T + 140, "律 师 事 务 所 函", f("hei", 58))
    s.right(R, T + 240, f"湘律函〔{c.filed_on.year}〕第{rng.randint(20, 460)}号", f("serif", 34))
    blocks = [("f", f"{COURT}："),
              ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
                    "执行一案的代理人。"),
              ("p", "特此函告。"),
              ("f", "附：授权委托书一份　律师执业证复印件一份"),
              ("f", f"本所地址：{c.extra['firm_addr']}　联系电话：{c.agent_phone}")]
    sheets, y = running(blocks, s, T + 320, f("serif", 40))
    date_seal(s, y + 120, c.filed_on - timedelta(days=3), rng, c.firm)
    return paged(sheets)


def _licence(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    green = (40, 90, 60)
    s.box(mm(25), mm(30), mm(185), mm(135), width=5, outline=green)
    s.centred(mm(45), "中华人民共和国", f("serif_bold", 48), x0=mm(25), x1=mm(185))
    s.centred(mm(65), "律 师 执 业 证", f("serif_bold", 76), x0=mm(25), x1=mm(185))
    s.centred(mm(100), "中华人民共和国司法部监制", f("serif", 32), x0=mm(25), x1=mm(185))
    s.box(mm(25), mm(145), mm(185), mm(250), width=3, outline=green)
    s.draw.rectangle((mm(32), mm(155), mm(62), mm(195)), fill=(170, 170, 170))
    for j, line in enumerate([f"执业机构　{c.firm}", "执业证类别　专职律师", f"执业证号　{c.extra['lic_no']}",
                              f"持证人　{c.agent}", "发证机关　湖南省司法厅"]):
        s.text(mm(68), mm(156) + j * mm(12), line, f("serif", 32))
    seal(s, mm(150), mm(228), "湖南省司法厅", rng, radius=mm(16))
    hand(s, mm(30), mm(262), "与原件核对一致", rng, size=40, ink=(20, 20, 20))
    return [s]


def _account(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = court_head(s, "申请执行人收取执行案款确认书", c.number)
    w = R - L
    rows = [["申请执行人", c.applicant.name], ["收款户名", c.applicant.name], ["开户银行", c.extra["bank"]],
            ["银行账号", c.extra["acct"]], ["联系电话", c.applicant.phone]]
    y = fill_table(s, L, y + 20, [w * 0.28, w * 0.72], rows, rng, label=f("serif", 34), row_h=mm(16), handed={1})
    _, y = running([("p", "本人确认：执行案款请汇入上述账户。账户信息变更的，本人将及时书面告知法院；因账户信息错误致案款"
                                "无法到账的后果由本人承担。本人不要求以现金方式领取案款。")], s, y + 40, f("serif", 36))
    s.text(mm(105), y + 60, "申请执行人（签名）：", f("serif", 36))
    signature(s, mm(150), y + 50, c.applicant.name, rng)
    hand(s, mm(120), y + 140, num_date(c.filed_on), rng, size=38)
    return [s]


def _address(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = court_head(s, "送达地址确认书", c.number)
    w = R - L
    rows = [["当事人", c.applicant.name], ["送达地址", c.applicant.address], ["收件人", c.applicant.name],
            ["手机号码", c.applicant.phone], ["是否同意电子送达", "☑ 同意　短信及湖南法院电子送达平台"],
            ["代理人地址", f"{c.agent}律师 {c.extra['firm_addr']}"]]
    y = fill_table(s, L, y + 20, [w * 0.3, w * 0.7], rows, rng, label=f("serif", 32), row_h=mm(17), handed={1})
    blocks = [("p", "告知：一、当事人应当如实提供送达地址；二、确认的地址适用于执行程序，变更的应当及时书面告知本院；"
                    "三、因提供的地址不准确、变更未告知，导致文书未能实际接收的，文书退回之日视为送达之日。")]
    _, y = running(blocks, s, y + 30, f("serif", 32))
    s.text(mm(110), y + 50, "当事人（签名）：", f("serif", 34))
    signature(s, mm(150), y + 40, c.applicant.name, rng)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The 财产申报表 is printed on legal-size paper (216×356 mm): a long four-part form whose foot the A4 bed cuts."""
    r = c.respondent
    s = Sheet(size=(mm(216), mm(356)))
    setattr(s, "bb_long", True)  # noqa: B010 - the capture reads it back with getattr
    s.centred(mm(14), COURT, f("serif", 40))
    s.centred(mm(26), "财 产 申 报 表", f("serif_bold", 64))
    s.text(mm(16), mm(44), f"案号：{c.number}　　申报人：{r.name}", f("serif", 32))
    w = mm(184)
    parts = [("一、存款及收入", [["开户行", c.extra["resp_bank"]], ["账号", c.extra["resp_acct"]],
                                  ["余额", f"约{int(c.amount * Decimal('0.3'))}元"]]),
             ("二、不动产", [["坐落", "无（厂房系租赁）"], ["面积", "—"]]),
             ("三、车辆、机器设备", [["车辆", "无"], ["设备", "平缝机、锁边机等（租赁厂房内）"]]),
             ("四、债权、股权及其他", [["应收款", "货款若干（另附清单）"], ["股权", "无"], ["其他", "无"]]),
             ("五、收到执行通知前一年内的财产变动", [["转让", "无"], ["赠与", "无"], ["设定担保", "无"]])]
    y = float(mm(54))
    for head, rows in parts:
        s.text(mm(16), y, head, f("hei", 36))
        y = fill_table(s, mm(16), y + 50, [w * 0.25, w * 0.75], rows, rng, label=f("serif", 30), row_h=mm(13),
                       handed={1}) + 24
    cut = mm(297)  # the A4 bed's end: what lies below is drawn but never scanned, so not recorded

    def line(x: float, yy: float, text: str, size: int = 32) -> None:
        s.text(x, yy, text, f("serif", size), record=yy + size < cut - 4)

    line(mm(16), y + 20, "申报人保证以上申报内容真实、完整，如有隐瞒，愿承担法律责任。", 30)
    line(mm(110), y + 90, "申报人（盖章）：")
    seal(s, mm(160), y + 110, r.name, rng, radius=mm(18))
    line(mm(110), y + 180, "法定代表人（签名）：")
    hand(s, mm(165), y + 170, r.legal_rep, rng, size=mm(7), ink=(20, 20, 20), record=y + 230 < cut)
    line(mm(110), y + 260, f"申报日期：{num_date(c.day(6))}")
    line(mm(16), y + 330, "以下由法院填写：收到日期＿＿＿＿　收件人＿＿＿＿　核查情况＿＿＿＿＿＿＿＿")
    s.text(mm(16), mm(340), "（本表一式两份，请用黑色或蓝色钢笔填写）", f("serif", 26), record=False)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    small = f("sans", 24)
    s.text(L, T, "人民法院网络执行查控系统", f("sans_bold", 40))
    s.text(L, T + 60, f"查询结果反馈　案号：{c.number}　被查询人：{c.respondent.name}", f("sans", 28))
    s.text(L, T + 100, f"证照号码：{c.respondent.id_number}　查询发起：{num_date(c.day(3))}　承办人：{c.officer}", f("sans", 26))
    w = R - L
    rows = [["序号", "协助单位", "反馈结果", "账号/标的", "金额（元）", "反馈时间"]]
    banks = ["中国工商银行", "中国建设银行", "中国农业银行", "长沙银行", "株洲农商银行", "华融湘江银行", "微信支付",
             "支付宝", "自然资源部（不动产）", "公安部（车辆）", "证监会（证券）", "市场监管总局（股权）"]
    for k, b in enumerate(banks, 1):
        hit = b[:4] in c.extra["resp_bank"]
        rows.append([str(k), b, "有" if hit else "无", c.extra["resp_acct"] if hit else "—",
                     f"{int(c.amount * Decimal('0.31'))}.00" if hit else "0.00", num_date(c.day(3 + k % 3))])
    table(s, L, T + 160, [w * 0.07, w * 0.25, w * 0.1, w * 0.28, w * 0.14, w * 0.16], rows, small, row_h=mm(10))
    s.text(L, mm(262), "打印时间：" + num_date(c.day(6)) + "　本结果由系统自动生成", small)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    rest = (c.amount * Decimal("0.69")).quantize(Decimal("0.01"))
    done = f"{c.amount - rest:,.2f}"
    first = {"fabric": f"一、法院已扣划乙方银行存款{done}元；余款{rest:,.2f}元，乙方于{num_date(c.day(30))}前支付一半，"
                       f"{num_date(c.extra['pay_day'])}前付清，均汇入法院执行款专户；",
             "shop": f"一、乙方于签订本协议当日支付{done}元；余款{rest:,.2f}元分两期，于{num_date(c.day(30))}、"
                     f"{num_date(c.extra['pay_day'])}前付清；乙方于{num_date(c.extra['pay_day'])}前腾退铺面，铺内货架归甲方；",
             "loan": f"一、第三人{c.extra.get('debtor3', '')}已按协助执行通知书扣留的货款{done}元由法院划付；余款{rest:,.2f}元，"
                     f"乙方同意由第三人在{num_date(c.extra['pay_day'])}结算的下一期货款中直接汇入法院执行款专户；"}[c.extra["story"]]
    s = Sheet()
    s.centred(T + 40, "执行和解协议", f("kai", 64))
    blocks = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}　法定代表人：{r.legal_rep}"),
              ("p", f"{COURT}{c.number}{_what(c)}执行中，经执行法官主持，双方自愿达成如下和解协议："),
              ("p", first),
              ("p", "二、乙方按期付清的，甲方放弃迟延履行期间的加倍利息；"),
              ("p", "三、乙方任何一期逾期，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除；"),
              ("p", "四、本协议一式三份，双方各执一份，交法院一份附卷。")]
    _, y = running(blocks, s, T + 170, f("kai", 42), lh=72)
    s.text(L, y + 60, "甲方：", f("kai", 40))
    signature(s, L + mm(24), y + 50, a.name, rng)
    s.text(mm(110), y + 60, "乙方：", f("kai", 40))
    seal(s, mm(150), y + 70, r.name, rng, radius=mm(18))
    s.text(L, y + 180, f"执行员：{c.officer}", f("kai", 40))
    s.text(mm(110), y + 180, num_date(c.day(22)), f("kai", 40))
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(size=(mm(210), mm(120)))
    blue = (20, 60, 130)
    s.text(mm(10), mm(8), f"{c.extra['bank'][:6]}　网上银行电子回单", f("sans_bold", 40), fill=blue)
    s.right(mm(200), mm(10), f"回单编号：{rng.randint(10**11, 10**12 - 1)}", f("sans", 24))
    w = mm(190)
    rows = [["付款人", f"{SHORT}执行款专户", "收款人", c.applicant.name],
            ["付款账号", f"43050{rng.randint(10**14, 10**15 - 1)}", "收款账号", c.extra["acct"]],
            ["金额", f"￥{c.amount:,.2f}", "大写", money(c.amount)[len("人民币") + len(f"{c.amount:,.2f}") + 4:-1]],
            ["用途", f"{c.number}执行款发放", "交易日期", num_date(c.extra["pay_day"] + timedelta(days=3))]]
    table(s, mm(10), mm(22), [w * 0.14, w * 0.36, w * 0.14, w * 0.36], rows, f("sans", 24), row_h=mm(15))
    seal(s, mm(170), mm(100), f"{c.extra['bank'][:6]}电子回单专用章", rng, radius=mm(14))
    s.text(mm(10), mm(104), "本回单可通过网银验证真伪，重复打印无效", f("sans", 22))
    return [s]


def _approval(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = court_head(s, "执行案件结案审批表", c.number)
    w = R - L
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", c.basis_number, "立案日期", num_date(c.filed_on)],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{c.amount:,.2f}元"],
            ["结案方式", "执行完毕", "结案日期", num_date(c.closed_on)],
            ["承办人意见", "被执行人已全部履行，案款已发放，拟以执行完毕结案。", "", ""],
            ["合议庭意见", "同意。", "", ""], ["局长审批", "同意结案。", "", ""]]
    y = table(s, L, y + 10, [w * 0.18, w * 0.32, w * 0.18, w * 0.32], rows, f("serif", 30), row_h=mm(19))
    signature(s, R - mm(50), y - mm(55), c.officer, rng)
    signature(s, R - mm(50), y - mm(16), person_name(rng), rng)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书", "payment_notice": "交纳执行申请费通知书"}
    docs = "、".join(names.get(x, x) for x in served) or "执行通知书"
    to = c.applicant if "acceptance_notice" in served or "closing_notice" in served else c.respondent
    way, note = rng.choice([("直接送达", ""), ("邮寄送达", f"EMS {rng.randint(10**12, 10**13 - 1)}"),
                            ("留置送达", "法定代表人拒签，见证人在场，拍照留存")])
    if to is c.applicant:
        way, note = rng.choice([("直接送达", ""), ("电子送达", f"短信送达至{to.phone}，已读")])
    if way == "邮寄送达":
        return _post_receipt(c, rng, docs, to.name, to.address, note.split()[-1])
    s = Sheet()
    s.centred(T + 20, COURT, f("serif_bold", 50), spacing=3)
    s.centred(T + 100, "送 达 回 证", f("hei", 66))
    w = R - L
    rows = [["案号", c.number], ["送达文书", docs + (f"（{c.number}）" if len(docs) < 16 else "")],
            ["受送达人", to.name], ["送达地址", to.address], ["受送达人签名或盖章", ""], ["代收人及理由", ""],
            ["送达方式", way], ["送达人", ""], ["备注", note]]
    y = table(s, L, T + 210, [w * 0.3, w * 0.7], rows, f("serif", 32), row_h=[mm(18)] * 4 + [mm(34)] + [mm(18)] * 4)
    sy = T + 210 + mm(18) * 4
    signature(s, L + w * 0.35, sy + mm(8), to.legal_rep or to.name, rng)
    hand(s, L + w * 0.65, sy + mm(20), num_date(c.day(3)), rng, size=34)
    signature(s, L + w * 0.35, sy + mm(34) + mm(18) * 2 + mm(3), c.officer, rng)
    if to is c.respondent:
        seal(s, L + w * 0.8, sy + mm(16), to.name, rng, radius=mm(16))
    s.text(L, y + 30, "注：受送达人拒绝签收的，送达人可以邀请见证人到场，说明情况，把文书留在受送达人住所。", f("serif", 26))
    return [s]


def _post_receipt(c: CaseCtx, rng: random.Random, docs: str, name: str, address: str, mail_no: str) -> list[Sheet]:
    """The 法院专递 回执 card (送达回证) that comes back by post: a landscape half-sheet with the mail's barcode,
    signed by whoever took the letter at the door."""
    s = Sheet(size=(mm(210), mm(140)), paper=(250, 247, 236))
    green = (20, 100, 60)
    s.text(mm(10), mm(8), "法院专递", f("hei", 50), fill=green)
    s.text(mm(60), mm(10), "送达回证（邮寄）", f("hei", 44))
    x = mm(140)
    for _ in range(60):
        wbar = rng.choice([2, 3, 5])
        s.draw.rectangle((x, mm(8), x + wbar, mm(20)), fill=(15, 15, 15))
        x += wbar + rng.choice([2, 3, 4])
        if x > mm(200):
            break
    s.text(mm(148), mm(21), mail_no, f("mono", 26))
    w = mm(190)
    rows = [["寄件法院", COURT, "案号", c.number], ["送达文书", docs], ["收件人", name], ["收件地址", address], ["收件人签名", "", "签收日期", ""], ["投递员", "", "投递局", "株洲芦淞邮政分局"]]
    table(s, mm(10), mm(30), [w * 0.15, w * 0.4, w * 0.13, w * 0.32], rows, f("serif", 26), row_h=mm(15),
          fill=green)
    signature(s, mm(42), mm(92), person_name(rng), rng)
    hand(s, mm(150), mm(94), num_date(c.day(rng.randint(4, 7))), rng, size=32)
    hand(s, mm(42), mm(107), person_name(rng), rng, size=32, ink=(20, 20, 20))
    s.text(mm(10), mm(124), "本回证由投递人员填写后退回寄件法院附卷；代收的，注明与收件人关系。", f("serif", 24))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(paper=(236, 226, 200))
    s.centred(mm(30), COURT, f("serif_bold", 56), spacing=4)
    s.centred(mm(56), "执 行 案 卷", f("serif_bold", 90))
    w = mm(150)
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", f"{c.basis_number}"], ["结案方式", "执行完毕"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["承办人", c.officer],
            ["归档日期", num_date(c.closed_on + timedelta(days=14))], ["保管期限", "长期"]]
    table(s, mm(30), mm(90), [w * 0.3, w * 0.7], rows, f("serif", 34), row_h=mm(14))
    s.centred(mm(260), "本卷共一册　第一册", f("serif", 36))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(T + 10, "卷 内 目 录", f("hei", 60))
    s.text(L, T + 100, f"案号：{c.number}", f("serif", 32))
    items = ["执行申请书", "仲裁裁决书", "生效证明", "财产线索提供表", "缴款书", "身份证明", "营业执照", "授权委托书", "律所函",
             "律师执业证", "收取案款确认书", "送达地址确认书", "受理案件通知书", "交纳执行申请费通知书", "执行通知书",
             "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议", "电子回单",
             "结案通知书", "结案审批表", "送达回证"]
    rows = [["顺序号", "文件材料题名", "页号", "备注"]]
    page = 1
    for k, t in enumerate(items, 1):
        rows.append([str(k), t, str(page), ""])
        page += 2 if t in ("仲裁裁决书", "执行裁定书") else 1
    w = R - L
    table(s, L, T + 150, [w * 0.12, w * 0.58, w * 0.12, w * 0.18], rows, f("serif", 28), row_h=mm(8.6))
    return [s]


def _review(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = court_head(s, "执行卷宗复核表", c.number)
    w = R - L
    rows = [["复核项目", "结果"], ["法律文书齐全", "✓"], ["送达回证齐全", "✓"], ["案款收付凭证齐全", "✓"],
            ["卷内文书排列、编页", "✓"], ["电子卷宗同步生成", "✓"], ["复核意见", "符合归档要求"]]
    y = fill_table(s, L, y + 10, [w * 0.6, w * 0.4], rows, rng, label=f("serif", 34), row_h=mm(16), handed={1})
    s.text(L, y + 40, "复核人：", f("serif", 36))
    signature(s, L + mm(30), y + 30, c.officer, rng)
    s.text(mm(110), y + 40, num_date(c.closed_on + timedelta(days=9)), f("serif", 36))
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(T + 20, "卷 内 备 考 表", f("hei", 60))
    s.box(L, T + 130, R, B - 60, width=3)
    s.text(L + 30, T + 170, f"本卷情况说明：{c.number}卷共计文书材料　　页。", f("serif", 36))
    hand(s, L + mm(100), T + 168, "41", rng, size=40, ink=(20, 20, 20), record=False)
    s.text(L + 30, T + 260, "立卷人：", f("serif", 36))
    signature(s, L + mm(30), T + 250, c.clerk, rng)
    s.text(L + 30, T + 360, "检查人：", f("serif", 36))
    signature(s, L + mm(30), T + 350, c.officer, rng)
    s.text(L + 30, T + 460, f"立卷时间：{cn_date(c.closed_on + timedelta(days=12))}", f("serif", 36))
    return [s]


__all__ = ["CODES", "adopt_basis", "render"]
