"""court_dd (贵州省遵义市红花岗区人民法院, held out): the old centre of 遵义 — 老城, 丁字口, 中华路, the tea and liquor trade
of 黔北. Its own papers in the bureau's template (court_dd_kit); what it receives in its senders' styles (court_dd_papers):
another county court's judgment, a notary office's 公证书 and 执行证书, a bank's freezing reply, the land registry's table,
an applicant's handwritten application, licence and ID copies. The volumes were bound and scanned open on a flatbed
(court_dd_capture)."""

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
from dossier.corpus.draw import BLUE_INK, INK, Block, Sheet, flow, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_dd_kit import (
    LEAD,
    LEFT,
    RIGHT,
    TOP,
    body_font,
    court_paper,
    folio,
    grid_form,
    label_font,
)
from dossier.corpus.families.court_dd_papers import RECEIVED, received
from dossier.corpus.fonts import font

SALES_SEQ, NOTARY_SEQ, CAR_SEQ = 98213, 98457, 98702
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "enforcement_ruling", "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form",
    "payment_voucher", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "enforcement_ruling": 6, "assistance_notice": 6, "property_declaration_form": 10,
        "summons": 14, "investigation_record": 22, "consumption_restriction_order": 31, "dishonest_list_decision": 31,
        "settlement_agreement": 27, "payment_voucher": 44}
"""days after filing on which each paper was made; the closing papers go by the closing date (made_on)"""
LATE = {"interview_record": 12, "termination_this_round_ruling": 5, "closing_notice": 1, "closing_approval_form": 2}
ARCHIVE = {"dossier_cover": 3, "catalogue": 3, "file_review_form": 2, "remarks_sheet": 3}


def made_on(c: CaseCtx, code: str) -> date:
    if code in LATE:
        return c.closed_on - timedelta(days=LATE[code])
    if code in ARCHIVE:
        return c.closed_on + timedelta(days=ARCHIVE[code])
    return c.day(WHEN.get(code, 0))


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """遵义 parties. SALES_SEQ: a 湄潭 tea company's judgment of 湄潭县人民法院 for the price of green tea sold to a 红花岗
    tea trader that has shut its shop (终本); NOTARY_SEQ: a private lender's loan notarised with enforceability at a 遵义
    notary office, the borrower's account frozen and paid out (归档); CAR_SEQ: an auto-finance company's judgment of this
    court's own civil division on a car loan, the car seized and the debt paid."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {SALES_SEQ: "sales", NOTARY_SEQ: "notary", CAR_SEQ: "car"}[seq]
    c.firm = rng.choice(["贵州黔北明理律师事务所", "贵州湘江律师事务所", "贵州遵道律师事务所"])
    c.extra["firm_addr"] = f"遵义市红花岗区{rng.choice(['中华北路', '丁字口', '珠海路'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"152032{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["trial_judge"] = person_name(rng)
    c.extra["undertaker_phone"] = f"0851-2822{rng.randint(1000, 9999)}"
    c.extra["in_bank"] = rng.choice(["贵州银行遵义分行营业部", "中国农业银行遵义分行", "遵义农村商业银行丁字口支行"])
    c.extra["in_acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    street = rng.choice(["老城街道", "中华路街道", "万里路街道", "延安路街道"])
    t = tale(c)
    if t == "sales":
        c.applicant = Party(f"贵州湄潭{rng.choice(['兰馨', '盛兴', '翠芽'])}茶业有限公司", "organisation",
                            credit_code(rng, "520328"), f"贵州省遵义市湄潭县湄江街道{rng.choice(['茶城大道', '象山路'])}"
                            f"{rng.randint(10, 300)}号", f"0851-2452{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"遵义{rng.choice(['黔韵', '凤凰山', '湘江'])}茶叶商贸有限公司", "organisation",
                             credit_code(rng, "520302"), f"贵州省遵义市红花岗区{street}{rng.choice(['子尹路', '杨柳街'])}"
                             f"{rng.randint(1, 120)}号", f"0851-2862{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_court = "贵州省湄潭县人民法院"
        c.basis_number = f"（2023）黔0328民初{rng.randint(1000, 4999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(15000000, 26000000)) / 100
        c.extra["goods"] = f"“湄潭翠芽”绿茶{rng.randint(900, 1600)}斤"
        c.extra["registry"] = "遵义市不动产登记中心"
    elif t == "notary":
        born = date(rng.randint(1965, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "520302", born),
                            f"贵州省遵义市红花岗区{street}{rng.choice(['石龙路', '官井路'])}{rng.randint(1, 200)}号",
                            f"138{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        rb = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "520303", rb),
                             f"贵州省遵义市汇川区{rng.choice(['上海路', '大连路', '宁波路'])}{rng.randint(1, 200)}号",
                             f"139{rng.randint(10000000, 99999999)}", born=rb, sex="男")
        c.basis_court = "贵州省遵义市湘江公证处"
        c.basis_number = f"（2023）黔遵湘证字第{rng.randint(1000, 6999)}号"
        c.extra["cert_no"] = f"（2024）黔遵湘证执字第{rng.randint(10, 199)}号"
        c.extra["notary"] = person_name(rng)
        c.extra["cause"] = "公证债权文书（借款合同）"
        c.amount = Decimal(rng.randint(200, 480) * 1000)
        c.extra["loan_day"] = c.filed_on - timedelta(days=rng.randint(400, 560))
        c.extra["bank"] = rng.choice(["中国建设银行遵义分行", "贵州银行遵义分行", "中国工商银行遵义分行"])
        c.extra["acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    else:
        c.applicant = Party("贵州黔通汽车金融有限公司", "organisation", credit_code(rng, "520115"),
                            f"贵州省贵阳市观山湖区{rng.choice(['林城西路', '长岭北路'])}{rng.randint(10, 200)}号",
                            f"0851-8411{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        rb = date(rng.randint(1980, 1996), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "520302", rb),
                             f"贵州省遵义市红花岗区{street}{rng.choice(['海尔大道', '北京路', '长征路'])}{rng.randint(1, 300)}号",
                             f"187{rng.randint(10000000, 99999999)}", born=rb, sex=rng.choice("男女"))
        c.basis_court = "贵州省遵义市红花岗区人民法院"
        c.basis_number = f"（2023）黔0302民初{rng.randint(5000, 12999)}号"
        c.extra["cause"] = "金融借款合同纠纷"
        c.amount = Decimal(rng.randint(6000000, 13000000)) / 100
        c.extra["plate"] = f"贵C·{rng.choice('ABDFHKM')}{rng.randint(1000, 9999)}{rng.choice('0123456789')}"
        c.extra["car"] = rng.choice(["长安CS55小型普通客车", "哈弗H6小型普通客车", "吉利帝豪小型轿车"])
        c.extra["vin"] = "LS5A3" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(12))
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.009) + 50) if c.amount < 500000 else Decimal(5000)
    c.extra["pay_day"] = c.day(rng.randint(38, 46))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_name(c: CaseCtx) -> str:
    kind = {"sales": "民事判决书", "notary": "具有强制执行效力的公证债权文书", "car": "民事判决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _ctx(c: CaseCtx) -> tuple[str, str, str]:
    a, r = c.applicant.name, c.respondent.name
    return a, r, f"申请执行人{a}与被执行人{r}{c.extra['cause']}一案"


def _party_blocks(c: CaseCtx) -> list[Block]:
    out: list[Block] = []
    for role, p in (("申请执行人", c.applicant), ("被执行人", c.respondent)):
        if p.kind == "organisation":
            out.append(("p", f"{role}：{p.name}，住所地{p.address}。统一社会信用代码{p.id_number}。"))
            out.append(("p", f"法定代表人：{p.legal_rep}，该公司总经理。"))
        else:
            born = num_date(p.born) if p.born else ""
            out.append(("p", f"{role}：{p.name}，{p.sex}，{born}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"))
        if role == "申请执行人":
            out.append(("p", f"委托代理人：{c.agent}，{c.firm}律师。"))
    return out


def _paper(c: CaseCtx, code: str, title: str, blocks: list[Block], rng: random.Random, *, ruling: bool = False,
           addressee: str = "") -> list[Sheet]:
    signers = ([("审判长", c.judge), ("审判员", c.officer)] if ruling else [])
    if ruling:
        signers.append(("书记员", c.clerk))
    return court_paper(c.court.name, title, c.number, blocks, cn_date(made_on(c, code)), rng, signers=signers,
                       seal_name=c.court.name, stamp=ruling, addressee=addressee)


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, case = _ctx(c)
    t = tale(c)
    phone = c.extra["undertaker_phone"]
    if code == "acceptance_notice":
        return _paper(c, code, "受理案件通知书", [
            ("p", f"你（单位）申请执行{r}{c.extra['cause']}一案的申请书及相关材料收悉。经审查，符合法定受理条件，本院决定立案执行。"
                  f"现将有关事项通知如下："),
            ("p", f"一、本案案号为{c.number}，承办人{c.officer}，联系电话{phone}。"),
            ("p", "二、你方应当积极向本院提供被执行人的财产线索；被执行人财产状况发生变化的，应当及时告知本院。"),
            ("p", "三、你方的送达地址、联系方式发生变更的，应当及时书面告知本院，否则按原地址送达即视为送达。"),
            ("p", "四、执行过程中，双方自愿达成和解协议的，应当将和解协议提交本院附卷。"),
            ("p", "特此通知。")], rng, addressee=f"{a}：")
    if code == "payment_notice":
        return _paper(c, code, "缴纳执行费通知书", [
            ("p", f"你（单位）申请执行{r}{c.extra['cause']}一案，本院已立案执行。根据《诉讼费用交纳办法》第十条第一项、第十四条第一项"
                  f"之规定，本案应交纳申请执行费人民币{c.extra['fee']:.2f}元，由被执行人负担，你方可先行预交。"),
            ("p", "请于接到本通知之日起七日内，凭本通知到贵州省非税收入代收银行缴纳，或通过“贵州法院缴费”平台扫码缴纳。"),
            ("p", "未预交的，本院将在执行到位的款项中优先扣除。")], rng, addressee=f"{a}：")
    if code == "enforcement_notice":
        return _paper(c, code, "执行通知书", [
            ("p", f"{case}，申请执行人依据{basis_name(c)}于{num_date(c.filed_on)}向本院申请强制执行，本院依法立案执行。"
                  f"依照{LAW}第二百五十一条、第二百六十四条之规定，责令你（单位）自本通知送达之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息（自生效法律文书确定的履行期限届满之日起计算至实际履行之日止）；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:.2f}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并依法采取限制消费、纳入失信被执行人名单等措施，由此产生的费用由你方负担。")],
            rng, addressee=f"{r}：")
    if code == "property_report_order":
        return _paper(c, code, "报告财产令", [
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条、《最高人民法院关于民事执行中财产调查若干问题的规定》第三条之规定，"
                  "责令你（单位）在收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，"
                  "并填写附后的财产申报表。"),
            ("p", "报告期间或者报告财产后，财产情况发生变动，影响申请执行人债权实现的，应当自财产变动之日起十日内向本院补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，本院将根据情节轻重对你（单位）或者你单位的主要负责人、"
                  "直接责任人员予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
            ("f", "附：财产申报表一份")], rng, addressee=f"{r}：")
    if code == "enforcement_ruling":
        what = {"sales": f"冻结、划拨被执行人{r}在银行的存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其相应价值的财产",
                "notary": f"冻结被执行人{r}在{c.extra.get('bank', '')}账户（账号{c.extra.get('acct', '')}）内的存款"
                          f"{money(c.amount)}，并予以划拨",
                "car": f"查封、扣押被执行人{r}名下{c.extra.get('car', '')}一辆（号牌{c.extra.get('plate', '')}，"
                       f"车辆识别代号{c.extra.get('vin', '')}），并予以拍卖、变卖"}[t]
        return _paper(c, code, "执行裁定书", [*_party_blocks(c),
            ("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{num_date(c.filed_on)}立案执行。本院向被执行人送达执行通知书、"
                  "报告财产令后，被执行人未在指定期间内履行生效法律文书确定的义务。"),
            ("p", f"依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条、第一百五十七条第一款第十一项之规定，裁定如下："),
            ("p", f"{what}。"),
            ("p", "本裁定立即执行。")], rng, ruling=True)
    if code == "assistance_notice":
        return _assist(c, rng)
    if code == "summons":
        return _summons(c, rng)
    if code == "consumption_restriction_order":
        who = f"{r}及其法定代表人{c.respondent.legal_rep}" if c.respondent.legal_rep else r
        return _paper(c, code, "限制消费令", [
            ("p", f"本院于{num_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条之规定，现对" + who +
                  "采取限制消费措施，限制其不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                  "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆；"
                  "（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如因私消费以个人财产实施前述规定行为的，可以向本院提出申请，经本院审查属实的，应予准许。"),
            ("p", "违反本令的，本院将依法追究法律责任。")], rng, addressee=f"{r}：")
    if code == "dishonest_list_decision":
        return court_paper(c.court.name, "决定书", c.number, [*_party_blocks(c)[:1], *_party_blocks(c)[2:],
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且经本院调查，被执行人存在违反财产报告制度的情形。"
                  f"依照{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项之规定，决定如下："),
            ("p", f"将{r}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。")],
            cn_date(made_on(c, code)), rng, signers=[("执行员", c.officer)], seal_name=c.court.name)
    if code == "termination_this_round_ruling":
        return _paper(c, code, "执行裁定书", [*_party_blocks(c),
            ("p", f"本院依据{basis_name(c)}，于{num_date(c.filed_on)}立案执行{case}，执行标的{money(c.amount)}。"),
            ("p", "执行过程中，本院向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未报告财产。本院通过网络执行查控系统"
                  f"查询了被执行人名下的银行存款、不动产、车辆、证券等财产，并到{c.extra.get('registry', '不动产登记机构')}、"
                  "被执行人住所地进行了现场调查，均未发现可供执行的财产。本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
            ("p", "本院已将上述情况告知申请执行人，申请执行人对终结本次执行程序无异议。本案立案已超过三个月。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条、《最高人民法院关于严格规范终结本次执行程序的规定（试行）》"
                  "第一条之规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后即发生法律效力。")], rng, ruling=True)
    if code == "closing_notice":
        return _paper(c, code, "结案通知书", [
            ("p", f"你（单位）申请执行{r}{c.extra['cause']}一案，被执行人已履行生效法律文书确定的全部义务，"
                  f"执行款项已发放完毕。本案于{num_date(c.closed_on)}以执行完毕方式结案。"),
            ("p", "特此通知。")], rng, addressee=f"{a}：")
    if code in ("investigation_record", "interview_record"):
        return _record(c, code, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code == "payment_voucher":
        return _voucher(c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _assist(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    _, r, case = _ctx(c)
    t = tale(c)
    to = {"sales": "中国建设银行股份有限公司遵义分行", "notary": f"{c.extra.get('bank', '')}",
          "car": "遵义市公安局交通警察支队车辆管理所"}[t]
    item = {"sales": f"冻结被执行人{r}（统一社会信用代码{c.respondent.id_number}）在你行开立的全部账户内存款，以{money(c.amount)}为限，"
                     "冻结期限一年",
            "notary": f"冻结并划拨被执行人{r}（公民身份号码{c.respondent.id_number}）在你行账号{c.extra.get('acct', '')}内的存款"
                      f"{money(c.amount)}，划入本院执行款专户",
            "car": f"查封被执行人{r}名下号牌为{c.extra.get('plate', '')}的{c.extra.get('car', '')}，查封期间不得办理过户、抵押登记，"
                   "查封期限三年"}[t]
    sheets = court_paper(c.court.name, "协助执行通知书", c.number, [
        ("p", f"本院在执行{case}中，作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条、第二百五十五条之规定，"
              "请协助执行下列事项："),
        ("p", f"{item}。"),
        ("f", "附：执行裁定书一份"),
        ("f", f"经办人：{c.officer}　{c.clerk}　　联系电话：{c.extra['undertaker_phone']}")],
        cn_date(made_on(c, "assistance_notice")), rng, seal_name=c.court.name, addressee=f"{to}：", reserve=mm(70))
    s = sheets[-1]
    y = s.height - mm(92)
    for x in range(LEFT, s.width - RIGHT, mm(4)):
        s.line(x, y, x + mm(2), y, width=2)
    s.text(LEFT, y - mm(6), "（沿此线剪下）", body_font(mm(3.6)), record=False)
    s.centred(y + mm(6), "协助执行通知书（回执）", font("hei", mm(6)))
    f = body_font(mm(4.8))
    s.text(LEFT, y + mm(18), f"{c.court.name}：", f)
    s.text(LEFT + mm(10), y + mm(28), f"你院{c.number}协助执行通知书收悉，我单位已于", f)
    hand(s, LEFT + mm(10) + f.getlength(f"你院{c.number}协助执行通知书收悉，我单位已于"), y + mm(26),
         num_date(made_on(c, "assistance_notice") + timedelta(days=1)), rng, size=mm(5.6), ink=BLUE_INK)
    s.text(LEFT, y + mm(38), "按通知要求办理完毕。", f)
    s.right(s.width - RIGHT - mm(10), y + mm(56), "协助执行单位（盖章）", f)
    return sheets


def _summons(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    who = r.legal_rep if r.legal_rep else r.name
    when = made_on(c, "summons") + timedelta(days=7)
    s, tops = grid_form("传票", [
        ("案　　号", c.number), ("案　　由", f"{c.extra['cause']}（执行）"),
        ("被传唤人", f"{r.name}" + (f"（法定代表人{who}）" if r.legal_rep else "")),
        ("工作单位或住址", r.address), ("传唤事由", "询问财产情况，责令履行义务"),
        ("应到时间", f"{num_date(when)}上午9时00分"), ("应到处所", "本院执行局（红花岗区中华路210号）第二执行听证室"),
        ("注意事项", "一、被传唤人必须准时到达，携带本传票及身份证件；二、被执行人经两次传票传唤，无正当理由拒不到场的，本院可以拘传。"),
    ], rng, court=c.court.name, tall={7: mm(30)}, by_hand=False)
    f = body_font(mm(4.8))
    y = tops[-1] + mm(40)
    s.right(s.width - RIGHT - mm(8), y, f"执行员　{c.officer}", f)
    s.right(s.width - RIGHT - mm(8), y + mm(12), cn_date(made_on(c, "summons")), f)
    seal(s, s.width - RIGHT - mm(38), y + mm(10), c.court.name, rng)
    s.text(LEFT, y + mm(32), "说明：1.被传唤人应携带本传票按时到达；2.本传票由被传唤人携带来院报到。", body_font(mm(4)))
    return folio([s])


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[Sheet]:
    interview = code == "interview_record"
    _, r, _ = _ctx(c)
    d = made_on(c, code)
    who = c.agent if interview else (c.respondent.legal_rep or r)
    if interview:
        qa = [("我们是红花岗区人民法院执行局的工作人员，今天就本案执行情况与你谈话。你是否申请回避？", "不申请回避。"),
              ("你代理申请执行人有无特别授权？", "有，授权委托书已经提交。"),
              ("本院通过网络执行查控系统查询了被执行人的存款、车辆、不动产、股权、证券等，只有银行账户余额几十元，"
               "不动产登记中心回复被执行人名下无登记的房屋。你方还有无其他财产线索？",
               "我们提供的子尹路门面是租的，老板已经不在遵义了，目前没有其他线索。"),
              ("被执行人已被限制消费、纳入失信名单。本院拟终结本次执行程序，终本后限制消费措施继续有效，"
               "发现财产可申请恢复执行，你方有何意见？", "同意终结本次执行程序。以后发现财产再申请恢复执行。"),
              ("还有什么补充？", "没有。")]
        place = f"{c.court.name}执行局第三谈话室"
        role = "被谈话人"
    else:
        qa = [("我们是红花岗区人民法院执行人员（出示工作证），今天依法到被执行人经营场所调查，请你配合。你是什么身份？",
               "我是隔壁商铺的老板，这间门面的房东委托我帮忙看着。"),
              (f"{r}还在这里经营吗？", "去年秋天就关门了，茶叶拉走了，只剩几个空货架。"),
              ("你知道其法定代表人现在在哪里吗？", "听说去外省了，电话打不通。"),
              ("门面是谁的？", "是房东的，他们是租的，还欠着房租。"),
              ("以上情况是否属实？", "属实。")]
        place = r if c.respondent.kind != "organisation" else c.respondent.address
        role = "被调查人"
        who = person_name(rng)
    title = "谈话笔录" if interview else "调查笔录"
    head: list[tuple[str, str]] = [
        ("时间", f"{num_date(d)}　{rng.randint(9, 11)}时{rng.choice(['05', '20', '40'])}分至{rng.randint(11, 12)}时{rng.choice(['00', '15'])}分"),
        ("地点", place), ("执行人员", f"{c.officer}、{person_name(rng)}"), ("记录人", c.clerk), (role, who)]
    sheets: list[Sheet] = []
    s = Sheet()
    sheets.append(s)
    s.centred(TOP - mm(2), c.court.name, font("serif_bold", mm(6.4)), spacing=mm(0.5))
    s.centred(TOP + mm(10), title, font("hei", mm(9)), spacing=mm(4))
    s.right(s.width - RIGHT, TOP + mm(26), f"案号：{c.number}", body_font(mm(4.6)))
    y = table(s, LEFT, TOP + mm(34), [mm(32), s.width - LEFT - RIGHT - mm(32)], [[k, v] for k, v in head],
              body_font(mm(4.6)), row_h=mm(11), centre_first=True)
    f = body_font()
    width = s.width - LEFT - RIGHT
    y += mm(8)
    for q, ans in qa:
        for prefix, text in (("问：", q), ("答：", ans)):
            for part in wrap(prefix + text, f, width):
                if y > s.height - mm(52):
                    s = Sheet()
                    sheets.append(s)
                    y = float(TOP)
                s.text(LEFT, y, part, f)
                y += mm(9.4)
    s.text(LEFT, y + mm(4), "（以上笔录已经本人阅看，与所说一致。）", f)
    hand(s, LEFT + mm(8), y + mm(16), "以上笔录我看过，记录属实。", rng, size=mm(6), ink=INK)
    for sh in sheets:
        fy = sh.height - mm(40)
        sh.text(LEFT, fy, f"{role}：", body_font(mm(4.6)))
        signature(sh, LEFT + mm(26), fy - mm(2), who, rng, ink=INK)
        sh.text(sh.width / 2, fy, f"执行人员：{c.officer}　记录人：{c.clerk}", body_font(mm(4.6)))
    return folio(sheets)


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    t = tale(c)
    income = {"sales": "公司已停业，无经营收入", "notary": "在汇川区经营建材门市，月收入约六千元",
              "car": "在遵义某物流公司开车，月工资约四千五百元"}[t]
    car = {"sales": "无", "notary": "无", "car": f"{c.extra.get('car', '')}一辆，号牌{c.extra.get('plate', '')}（按揭，已抵押）"}[t]
    bank = {"sales": "建设银行基本户一个，余额不详", "notary": f"{c.extra.get('bank', '')}账户一个，尾号{c.extra.get('acct', '0000')[-4:]}",
            "car": "农业银行工资卡一张"}[t]
    s, tops = grid_form("被执行人财产申报表", [
        ("被执行人", r.name), ("证照号码", r.id_number), ("住所地/经常居住地", r.address), ("联系电话", r.phone),
        ("收入情况", income), ("银行存款", bank), ("现金、有价证券", "无"), ("不动产", "无" if t != "notary" else "与配偶共有住房一套（已抵押）"),
        ("车辆", car), ("股权、其他投资", "无"), ("到期债权", "无"), ("其他应报告财产", "无"),
    ], rng, court=c.court.name, number=f"案号：{c.number}", label_w=mm(46),
        foot="申报人保证：以上申报内容真实、完整，如有虚假，愿承担法律责任。")
    y = tops[-1] + mm(34)
    f = body_font(mm(4.8))
    s.text(s.width / 2, y, "申报人（签名/盖章）：", f)
    signature(s, s.width / 2 + mm(50), y - mm(2), r.legal_rep or r.name, rng, ink=BLUE_INK)
    hand(s, s.width / 2 + mm(20), y + mm(14), num_date(made_on(c, "property_declaration_form")), rng, size=mm(5.6))
    return folio([s])


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r, _ = _ctx(c)
    method = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕"}.get(c.method, c.method)
    got = "0.00" if c.method == "terminated_this_round" else f"{c.amount:,.2f}"
    s, tops = grid_form("执行案件结案审批表", [
        ("案　　号", c.number), ("申请执行人", a), ("被执行人", r), ("执行依据", basis_name(c)),
        ("立案日期", num_date(c.filed_on)), ("执行标的", money(c.amount)), ("实际到位金额", f"人民币{got}元"),
        ("结案方式", method), ("承办人意见", ""), ("合议庭/团队长意见", ""), ("执行局局长意见", ""),
    ], rng, court=c.court.name, by_hand=False, tall={8: mm(34), 9: mm(24), 10: mm(24)})
    d = made_on(c, "closing_approval_form")
    opinion = ("经网络查控、现场调查，未发现被执行人可供执行的财产，已约谈申请执行人，符合终本条件，建议终结本次执行程序。"
               if c.method == "terminated_this_round" else "被执行人已履行全部义务，案款已发放申请执行人，建议以执行完毕结案。")
    x = LEFT - mm(6) + mm(42) + mm(4)
    per = 25
    for k in range(0, len(opinion), per):
        hand(s, x, tops[8] + mm(2) + (k // per) * mm(7.2), opinion[k:k + per], rng, size=mm(5.2), ink=INK)
    signature(s, s.width - mm(70), tops[8] + mm(24), c.officer, rng)
    hand(s, x, tops[9] + mm(3), "同意。", rng, size=mm(5.6), ink=INK)
    signature(s, s.width - mm(70), tops[9] + mm(10), person_name(rng), rng)
    hand(s, x, tops[10] + mm(3), f"同意结案。{num_date(d)}", rng, size=mm(5.6), ink=INK)
    signature(s, s.width - mm(70), tops[10] + mm(11), person_name(rng), rng)
    return folio([s])


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    d = made_on(c, "payment_voucher")
    s, tops = grid_form("执行案款发放审批表", [
        ("案　　号", c.number), ("收款人", a.name), ("收款账户", f"{c.extra['in_bank']}　{c.extra['in_acct']}"),
        ("案款来源", f"被执行人{c.respondent.name}" + ("账户划拨" if tale(c) == "notary" else "交纳及车辆变价款")),
        ("到账日期", num_date(c.extra["pay_day"])), ("发放金额", money(c.amount)),
        ("承办人", ""), ("执行局审批", ""), ("财务复核", ""), ("领款人签字", ""),
    ], rng, court=c.court.name, number=f"编号：ZK{d:%Y%m%d}{rng.randint(10, 99)}", by_hand=False,
        tall={7: mm(22), 9: mm(22)})
    x = LEFT - mm(6) + mm(42) + mm(8)
    signature(s, x, tops[6] + mm(2), c.officer, rng)
    hand(s, x, tops[7] + mm(4), f"同意发放　{num_date(d)}", rng, size=mm(5.6), ink=INK)
    signature(s, x, tops[8] + mm(2), person_name(rng), rng)
    signature(s, x, tops[9] + mm(4), a.legal_rep or a.name, rng, ink=BLUE_INK)
    seal(s, s.width - mm(60), tops[8], c.court.name, rng, inner="执行款专用章")
    return folio([s])


LABEL = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "enforcement_ruling": "执行裁定书",
         "property_declaration_form": "财产申报表", "payment_notice": "缴纳执行费通知书", "closing_notice": "结案通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    respondent_side = any(d in served for d in ("enforcement_notice", "property_report_order", "enforcement_ruling",
                                                  "consumption_restriction_order", "dishonest_list_decision"))
    who = c.respondent if respondent_side else c.applicant
    signer = who.legal_rep or who.name
    if served == ["termination_this_round_ruling"]:
        who, signer = c.applicant, c.agent
    latest = max(made_on(c, d) for d in served)
    on = latest + timedelta(days=rng.randint(2, 5))
    docs = "、".join(LABEL.get(d, d) for d in served)
    s, tops = grid_form("送达回证", [
        ("案　　号", c.number), ("送达文书名称", f"{docs}各一份"), ("受送达人", who.name), ("送达地址", who.address),
        ("受送达人签收", ""), ("签收日期", ""), ("代收人及代收理由", ""), ("送达方式", "直接送达"), ("送达人", ""), ("备　　注", ""),
    ], rng, court=c.court.name, by_hand=False, tall={1: mm(22), 4: mm(28), 9: mm(22)})
    x = LEFT - mm(6) + mm(42) + mm(10)
    signature(s, x + mm(10), tops[4] + mm(8), signer, rng, ink=BLUE_INK)
    hand(s, x, tops[5] + mm(3), num_date(on), rng, size=mm(5.6), ink=BLUE_INK)
    signature(s, x, tops[8] + mm(2), f"{c.officer}　{c.clerk}", rng)
    seal(s, s.width - mm(62), tops[7] + mm(4), c.court.name, rng)
    s.text(LEFT - mm(6), tops[-1] + mm(28), "注：受送达人拒绝签收的，送达人应在备注栏内注明情况并签名。", body_font(mm(4)))
    return folio([s])


CATALOGUE = [("卷宗封面", "dossier_cover"), ("卷内目录", "catalogue"), ("执行申请书", "enforcement_application"),
             ("公证书", "enforcement_basis"), ("执行证书", "effectiveness_certificate"), ("财产线索表", "property_clue_form"),
             ("诉讼费票据", "fee_receipt"), ("当事人身份证明", "identity_proof"), ("授权委托书、律师所函、执业证", "power_of_attorney"),
             ("收取执行款账户确认书", "payment_account_confirmation"), ("送达地址确认书", "service_address_confirmation"),
             ("受理案件通知书", "acceptance_notice"), ("缴纳执行费通知书", "payment_notice"), ("执行通知书", "enforcement_notice"),
             ("报告财产令、财产申报表", "property_report_order"), ("网络查控结果、银行回复", "online_inquiry_result"),
             ("执行裁定书", "enforcement_ruling"), ("协助执行通知书", "assistance_notice"), ("执行和解协议", "settlement_agreement"),
             ("案款发放审批表", "payment_voucher"), ("结案通知书", "closing_notice"), ("结案审批表", "closing_approval_form"),
             ("送达回证", "service_receipt"), ("卷宗复核表", "file_review_form"), ("备考表", "remarks_sheet")]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r, _ = _ctx(c)
    d = made_on(c, code)
    s = Sheet()
    if code == "dossier_cover":
        s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=5)
        s.centred(mm(40), c.court.name, font("serif_bold", mm(9)), spacing=mm(1.5))
        s.centred(mm(62), "执行案件卷宗", font("hei", mm(13)), spacing=mm(6))
        s.centred(mm(84), "（正　卷）", body_font(mm(6)))
        rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", a], ["被执行人", r],
                ["执行依据", basis_name(c)], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                ["结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"],
                ["承办人", c.officer], ["书记员", c.clerk], ["归档日期", num_date(d)], ["保管期限", "长期"]]
        table(s, mm(34), mm(98), [mm(42), s.width - mm(68) - mm(42)], rows, label_font(mm(4.6)),
              row_h=[mm(20) if i == 4 else mm(12.5) for i in range(len(rows))],
              centre_first=True)
        s.text(mm(34), s.height - mm(48), f"全宗号 {rng.randint(10, 99)}　　目录号 {rng.randint(1, 9)}　　案卷号 {rng.randint(100, 999)}",
               body_font(mm(5)))
        return [s]
    if code == "catalogue":
        s.centred(TOP, "卷内目录", font("hei", mm(9)), spacing=mm(5))
        s.right(s.width - RIGHT, TOP + mm(16), f"案号：{c.number}", body_font(mm(4.6)))
        rows = [["序号", "文件名称", "页号", "备注"]]
        page = 1
        for i, (name, _) in enumerate(CATALOGUE[2:-2], 1):
            n = rng.choice([1, 1, 2, 2, 3])
            rows.append([str(i), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
            page += n
        rows.append([str(len(rows)), "卷宗复核表、备考表", "", ""])
        table(s, LEFT - mm(8), TOP + mm(26), [mm(18), mm(100), mm(26), mm(24)], rows, body_font(mm(4.4)), row_h=mm(10.5),
              centre_first=True)
        return [s]
    if code == "file_review_form":
        s, tops = grid_form("卷宗复核表", [
            ("案　　号", c.number), ("承办人", c.officer), ("书记员", c.clerk),
            ("材料是否齐全", "齐全"), ("文书是否送达", "已送达，回证附卷"), ("是否按规定顺序排列", "是"),
            ("页码是否连续", "是"), ("有无空白项", "无"), ("复核意见", "卷宗材料齐全，同意归档。"), ("复核人", ""), ("复核日期", num_date(d)),
        ], rng, court=c.court.name, tall={8: mm(26)})
        signature(s, LEFT + mm(50), tops[9] + mm(2), c.officer, rng)
        return [s]
    s.centred(TOP, "备考表", font("hei", mm(9)), spacing=mm(9))
    box_top = TOP + mm(20)
    s.box(LEFT - mm(6), box_top, s.width - RIGHT + mm(4), s.height - mm(50), width=3)
    f = body_font()
    flow(s, [("f", "本卷情况说明："),
             ("p", f"本卷（{c.number}）文件材料已按规定顺序排列，卷内无缺页、无空白页；封面、卷内目录、备考表不编页号。"),
             ("p", f"本案于{num_date(c.closed_on)}以执行完毕方式结案，案款已全部发放。")],
         f, x0=LEFT, width=s.width - LEFT - RIGHT - mm(4), y=box_top + mm(10), line_height=LEAD, indent=2 * f.size)
    s.text(LEFT + mm(90), s.height - mm(110), "立卷人：", f)
    signature(s, LEFT + mm(112), s.height - mm(112), c.clerk, rng)
    s.text(LEFT + mm(90), s.height - mm(96), "检查人：", f)
    signature(s, LEFT + mm(112), s.height - mm(98), c.officer, rng)
    s.text(LEFT + mm(90), s.height - mm(82), f"立卷时间：{num_date(d)}", f)
    return [s]
