"""court_fo (黑龙江省鸡西市鸡冠区人民法院, held out): 鸡西 — the coal town of the 鸡冠 district's markets, graphite from the
柳毛 mines, 兴凯湖's 大白鱼 and rice, the border trade through 密山 and 虎林, and winters that reach thirty below. Its own
papers in the bureau's serif style (court_fo_kit); what it receives in the senders' styles (court_fo_papers). The
volumes went through a scanner whose paper size was left on the wrong preset (court_fo_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_fo_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Page,
    court_paper,
    folios,
    form_title,
    pen,
    ruled,
    serif,
)
from dossier.corpus.families.court_fo_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
GRAPHITE_SEQ, BORDER_SEQ, FISH_SEQ = 55236, 55573, 55794
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "property_declaration_form": 12, "enforcement_ruling": 9, "assistance_notice": 9,
        "summons": 18, "investigation_record": 26, "consumption_restriction_order": 33, "dishonest_list_decision": 33,
        "settlement_agreement": 28, "payment_voucher": 44}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """鸡西 parties. GRAPHITE_SEQ: a 恒山 graphite works enforces the 鸡西市中级人民法院's appeal judgment (upholding this
    court's first-instance judgment) for 鳞片石墨 against a 鸡冠区 trading company, which settles and pays; BORDER_SEQ: a
    虎林 border-trade company enforces a 鸡西仲裁委员会 award for Russian flour and sunflower oil against a 鸡冠区 market
    shop company that has shut — nothing found, 终本; FISH_SEQ: a 兴凯湖 fisherman enforces a notarised loan (the
    鸡冠公证处's 公证债权文书 and 执行证书) against a fish-restaurant owner of the 鸡冠 market, who pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {GRAPHITE_SEQ: "graphite", BORDER_SEQ: "border", FISH_SEQ: "fish"}[seq]
    c.firm = rng.choice(["黑龙江鸡冠律师事务所", "黑龙江兴凯律师事务所", "黑龙江煤城律师事务所"])
    c.extra["firm_addr"] = f"鸡西市鸡冠区{rng.choice(['中心大街', '和平南大街', '电台路'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"1230320{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["龙江银行鸡西分行", "中国农业银行鸡西鸡冠支行", "鸡西农村商业银行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"230302{rng.randint(100, 999)}"
    c.extra["recv_fee_no"] = f"{rng.randint(10**9, 10**10 - 1)}"
    street = rng.choice(["红星街道", "南山街道", "立新街道", "东风街道", "向阳街道"])
    if tale(c) == "graphite":
        c.applicant = Party(f"鸡西{rng.choice(['柳毛', '恒山', '北墅'])}石墨制品有限公司", "organisation",
                            credit_code(rng, "230303"), f"黑龙江省鸡西市恒山区{rng.choice(['柳毛乡', '红旗乡'])}"
                            f"石墨工业园{rng.randint(1, 30)}号", f"0467-25{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"鸡西{rng.choice(['鑫源', '北方', '龙兴'])}新材料贸易有限公司", "organisation",
                             credit_code(rng, "230302"), f"黑龙江省鸡西市鸡冠区{street}{rng.choice(['涌新路', '文化路'])}"
                             f"{rng.randint(10, 300)}号", f"0467-23{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["first_number"] = f"（2023）黑0302民初{rng.randint(1000, 3999)}号"
        c.basis_court = "黑龙江省鸡西市中级人民法院"
        c.basis_number = f"（2023）黑03民终{rng.randint(300, 1200)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1500, 5200)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["tons"] = rng.randint(18, 60)
        c.extra["r_bank"] = rng.choice(["中国建设银行鸡西分行营业部", "龙江银行鸡西鸡冠支行"])
        c.extra["r_acct"] = f"2305{rng.randint(10**13, 10**14 - 1)}"
    elif tale(c) == "border":
        c.applicant = Party(f"虎林{rng.choice(['乌苏里', '吉祥', '东方'])}边境贸易有限公司", "organisation",
                            credit_code(rng, "230381"), f"黑龙江省虎林市{rng.choice(['吉祥口岸', '虎头镇'])}"
                            f"边贸街{rng.randint(1, 90)}号", f"0467-58{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"鸡西{rng.choice(['俄罗斯', '远东', '套娃'])}商品商贸有限公司", "organisation",
                             credit_code(rng, "230302"), f"黑龙江省鸡西市鸡冠区{street}中心市场{rng.randint(1, 4)}号楼"
                             f"{rng.randint(101, 130)}室", f"0467-23{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "鸡西仲裁委员会"
        c.basis_number = f"（2023）鸡仲字第{rng.randint(40, 420)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 110))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(900, 3800)) * 100
        c.extra["port"] = rng.choice(["密山口岸", "虎林吉祥口岸"])
    else:
        born = date(rng.randint(1966, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "230382", born),
                            f"黑龙江省密山市{rng.choice(['当壁镇', '白鱼湾镇', '兴凯湖乡'])}{rng.choice(['湖岗', '新光', '临湖'])}村"
                            f"{rng.randint(1, 9)}组", f"137{rng.randint(10000000, 99999999)}", born=born, sex="男")
        rborn = date(rng.randint(1972, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "230302", rborn),
                             f"黑龙江省鸡西市鸡冠区{street}{rng.choice(['和平北大街', '兴国路', '东山路'])}{rng.randint(10, 200)}号",
                             f"158{rng.randint(10000000, 99999999)}", born=rborn, sex=rng.choice("男女"))
        c.extra["shop"] = f"{c.respondent.name[0]}家兴凯湖鱼馆"
        c.basis_court = "黑龙江省鸡西市鸡冠公证处"
        c.basis_number = f"（2023）黑鸡冠证经字第{rng.randint(100, 999)}号"
        c.extra["cert_number"] = f"（2024）黑鸡冠证执字第{rng.randint(5, 80)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(12, 30))
        c.extra["cause"] = "借款合同纠纷"
        c.amount = Decimal(rng.randint(180, 650)) * 100
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(38, 46))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5% up to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    kind = {"graphite": "民事判决书", "border": "裁决书", "fish": "公证债权文书及执行证书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return list(received(code, c, rng, served))
    return list(_own(code, c, rng, served))


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}。")
    born = p.born or date(1980, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Page]:
    a, r = c.applicant, c.respondent
    case = f"{a.name}与{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方依据{basis_title(c)}申请强制执行，本院经审查认为符合立案条件，于{cn_date(c.filed_on)}立案，"
                  f"案号为{c.number}。"),
            ("p", f"本案承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。你方如掌握被执行人的财产线索，"
                  "请以书面形式提供；联系方式、送达地址或收款账户变更的，请及时告知。"),
            ("p", "冬季道路结冰期间来院办理事项，可先电话预约，也可通过“黑龙江移动微法院”在线提交材料。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行的{case}，本院已立案。依照国务院《诉讼费用交纳办法》第十四条的规定，你方应预交申请执行费"
                  f"人民币{c.extra['fee']}元，该费用执行后由被执行人负担。"),
            ("p", "请自收到本通知之日起七日内到本院诉讼服务中心缴费窗口或通过黑龙江省非税收入收缴系统交纳。"
                  "逾期未交又未申请缓交的，本院将依法处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"申请执行人{a.name}依据{basis_title(c)}，向本院申请强制执行，本院于{cn_date(c.filed_on)}立案。依照"
                  f"{LAW}第二百五十一条、第二百六十四条的规定，责令{_you(r)}自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、给付申请执行人{a.name}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并依法采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未按执行通知书履行义务。依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令后"
                  "五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写随附的《被执行人财产申报表》。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重对你方或者你方法定代表人、主要负责人予以罚款、拘留，并纳入失信"
                  "被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "graphite":
            order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}。"
        else:
            order = f"冻结、划拨被执行人{r.name}的存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其同等价值的其他财产。"
        return court_paper(c, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"本院依据{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未按执行通知书履行法律文书确定的"
                  f"义务。依照{LAW}第二百五十三条、第二百五十四条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank", rng.choice(["中国工商银行鸡西分行", "鸡西农村商业银行鸡冠支行"]))
        return court_paper(c, rng, "协助执行通知书", [
            ("to", f"{bank}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", f"冻结并划拨被执行人{r.name}（{'统一社会信用代码' if r.kind == 'organisation' else '公民身份号码'}{r.id_number}）"
                  f"在你单位的存款，以{money(c.amount)}为限，划入本院执行款专户。"),
            ("n", f"附：{c.number}执行裁定书一份。经办人：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}。"),
        ], number=c.number.replace("号", "号之一"), day=d)
    if code == "closing_notice":
        how = (f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解，被执行人已按约付清" if tale(c) == "graphite"
               else "被执行人到院将全部款项交至本院执行款专户")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}发放至你方{c.extra['in_bank']}"
                  "账户。生效法律文书确定的义务已全部履行完毕，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，{c.basis_court}作出的{c.basis_number}裁决书已发生法律效力。"
                  f"申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统对其存款、车辆、不动产、证券、网络"
                  f"资金等进行了查询，并于{cn_date(made_on(c, 'investigation_record'))}到其在中心市场的经营场所实地调查：该店铺已"
                  "于2023年冬季停业，所余俄罗斯商品已被房东留置抵顶租金，未发现其他可供执行的财产。本院已对被执行人及其法定代表人"
                  "限制消费，并将被执行人纳入失信被执行人名单。"),
            ("p", f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人，告知财产调查情况，申请执行人暂不能提供新的财产线索，"
                  "同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("b", "终结本次执行程序。"),
            ("p", f"本案尚有{money(c.amount)}未执行到位。申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。被执行人未按执行通知书指定的期间履行给付义务，依照《最高人民法院关于"
                  "限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得有以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反限制消费令，经查证属实的，本院将依法予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且拒不报告财产。依照{LAW}"
                  "第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("b", f"将{r.name}纳入失信被执行人名单。"),
            ("p", "本决定作出后即生效。被执行人认为有错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    s = Page()
    y = form_title(s, "传　票")
    s.right(s.width - RIGHT, y, c.number, serif(36))
    y += 64
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案由", f"申请执行人{c.applicant.name}申请执行{c.extra['cause']}"], ["被传唤人", f"{r.name}　法定代表人{r.legal_rep}"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行询问，报告财产情况及未履行原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午8时30分"], ["应到处所", "本院执行局一楼第二执行接待室"]]
    boxes = ruled(s, LEFT, y, [mm(44), w - mm(44)], rows, serif(36), heights=mm(16))
    y = boxes[-1][3] + 40
    for t in ["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票及身份证件。", "二、无正当理由拒不到场的，本院可以拘传。",
              "三、冬季路面结冰，请提前出行。"]:
        s.text(LEFT + (0 if t.endswith("：") else mm(6)), y, t, serif(33))
        y += 52
    y += 50
    s.right(s.width - RIGHT - mm(8), y, cn_date(d), serif(38))
    seal(s, s.width - RIGHT - mm(36), y + 10, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 110, f"执行员　{c.officer}　　书记员　{c.clerk}", serif(34))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是鸡冠区人民法院执行局的，这是我们的执行公务证。今天依法调查被执行人在市场内店铺的财产情况，请你如实回答。"),
        ("答", "好。"),
        ("问", "你和被执行人是什么关系？"),
        ("答", "我是中心市场的管理员，这间铺面是业主租给他们的，卖俄罗斯面粉、葵花籽油、巧克力那些货。"),
        ("问", "这个店现在还营业吗？"),
        ("答", "去年上冻以后就关门了，冬天口岸那边也不怎么过货，老板说回虎林，后来电话就打不通了。"),
        ("问", "店里还有什么东西？"),
        ("答", "剩下几十箱面粉和一些货架，业主说他们欠了半年房租，把东西扣下了，有字据。"),
        ("问", "被执行人有没有车辆、仓库或者别人欠他们的钱？"),
        ("答", "原来有一台厢货，听说早卖了，别的我不清楚。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是告诉你本案的执行情况，听取你的意见。"),
        ("答", "好的。"),
        ("问", "本院已经通过网络查控系统查询被执行人的存款、车辆、不动产、证券和网络资金，均没有可供执行的财产；到中心市场实地"
               "调查，店铺已停业，剩余货物被业主留置抵顶租金。你对查询结果有没有异议？"),
        ("答", "没有异议，那个店冬天就关了。"),
        ("问", "你方能不能提供其他财产线索？"),
        ("答", "现在提供不了。听说他们在密山那边还有人做边贸，我们再打听。"),
        ("问", "本院已对被执行人限制消费、纳入失信名单。因目前无财产可供执行，本院拟终结本次执行程序，你方是否同意？"),
        ("答", "同意。以后发现财产再申请恢复执行。"),
        ("问", "你还有什么要补充的？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Page]:
    """A typed 笔录 on the bureau's form: title, a ruled head (time, place, people), 问/答 in serif; the person heard signs
    at the foot of every page by hand (often what the short scan area cuts away)."""
    interview = code == "interview_record"
    who = c.agent if interview else person_name(rng)
    title = "谈话笔录" if interview else "调查笔录"
    s = Page()
    y = form_title(s, title, issuer="")
    w = s.width - LEFT - RIGHT
    place = "本院执行局第一谈话室" if interview else f"鸡冠区中心市场{c.respondent.address[-8:]}"
    rows = [["时间", f"{num_date(d)}9时10分至9时50分"], ["地点", place],
            ["执行人员", f"{c.officer}　记录人　{c.clerk}"],
            ["被谈话人" if interview else "被调查人",
             f"{who}，申请执行人{c.applicant.name}的委托代理人" if interview else f"{who}，中心市场管理员"]]
    boxes = ruled(s, LEFT, y, [mm(34), w - mm(34)], rows, serif(34), heights=mm(13))
    y = boxes[-1][3] + 40
    pages = [s]
    body = serif(39)
    lead = 68

    def foot(p: Page) -> None:
        p.text(p.width - RIGHT - mm(90), p.height - mm(30), "被谈话人：" if interview else "被调查人：", serif(34))
        pen(p, p.width - RIGHT - mm(52), p.height - mm(33), who, rng, size=46)

    from dossier.corpus.draw import wrap

    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text, body, w - body.size * 2)):
            if y + lead > s.height - mm(42):
                foot(s)
                s = Page()
                pages.append(s)
                y = TOP
            if k == 0:
                s.text(LEFT, y, f"{tag}：", font("hei", 39))
            s.text(LEFT + body.size * 2, y, part, body)
            y += lead
    pen(s, LEFT + mm(10), y + 20, "以上笔录我看过，记录属实。", rng, size=44)
    foot(s)
    return folios(pages, serif(30))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    s = Page()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 6, f"案号：{c.number}", serif(34))
    y += 54
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "承办人", c.officer],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{got:,.2f}元"], ["结案方式", how],
            ["承办人意见", ""], ["执行局长意见", ""], ["备注", ""]]
    hs = [mm(16), mm(22), mm(16), mm(16), mm(16), mm(56), mm(40), mm(30)]
    boxes = ruled(s, LEFT, y, [mm(36), mm(56), mm(30), w - mm(122)], rows, serif(33), heights=hs, labels=(0, 2))
    heads = [b for b in boxes if b[0] == LEFT]
    x = heads[5][2] + mm(4)
    view = ("经查控、实地调查无可供执行财产，已限消、纳失，约谈申请人同意，拟终结本次执行程序。" if ttr
            else "被执行人已全部履行，案款已发放申请执行人，拟以执行完毕结案。")
    yy = heads[5][1] + mm(5)
    for k in range(0, len(view), 18):
        pen(s, x, yy, view[k:k + 18], rng, size=38)
        yy += mm(8)
    pen(s, s.width - RIGHT - mm(70), heads[5][3] - mm(12), f"{c.officer} {d.month}.{d.day}", rng, size=36)
    pen(s, x, heads[6][1] + mm(7), f"同意{how}。", rng, size=42, ink=(25, 25, 25))
    pen(s, s.width - RIGHT - mm(60), heads[6][3] - mm(12), person_name(rng), rng, size=40, ink=(25, 25, 25))
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
                 "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
                 "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
                 "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Page]:
    """送达回证: a tall ruled form; its last rows (备考, 送达方式) are what a B5 scan loses."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Page()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 5))
    rows = [["案号", c.number], ["送达文书", "、".join(RECEIPT_NAMES.get(x, x) for x in served) + "各一份"],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达人", ""], ["送达方式", "直接送达"], ["备考", ""]]
    hs = [mm(15), mm(24), mm(15), mm(20), mm(32), mm(16), mm(20), mm(16), mm(15), mm(28)]
    boxes = ruled(s, LEFT, y, [mm(48), w - mm(48)], rows, serif(35), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    signer = who.legal_rep if who.kind == "organisation" else (c.agent if to_applicant else who.name)
    pen(s, right[4][0] + mm(16), right[4][1] + mm(10), signer, rng, size=52)
    pen(s, right[5][0] + mm(10), right[5][1] + mm(3), num_date(when), rng, size=40)
    pen(s, right[7][0] + mm(10), right[7][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40, ink=(25, 25, 25))
    seal(s, right[4][2] - mm(36), right[4][1] + mm(18), COURT, rng, radius=mm(19))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    s = Page(paper=(238, 232, 214))
    s.centred(mm(30), COURT, font("serif_bold", 56), spacing=5)
    s.centred(mm(52), "执　行　卷　宗", font("hei", 104), spacing=16)
    s.right(s.width - RIGHT, mm(86), f"{c.filed_on.year}年度　执字", serif(36))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", basis_title(c)], ["结案方式", "终结本次执行程序" if ttr else "执行完毕"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["承办人", c.officer],
            ["书记员", c.clerk], ["归档日期", num_date(d)], ["保管期限", "长期"], ["本卷页数", f"{rng.randint(52, 74)}页"]]
    boxes = ruled(s, LEFT, mm(100), [mm(42), w - mm(42)], [[r[0], ""] for r in rows], serif(36), heights=mm(11.5))
    right = [b for b in boxes if b[0] > LEFT]
    for (_l, value), b in zip(rows, right, strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(2.5), value, rng, size=34 if len(value) < 26 else 28, ink=(30, 30, 30))
    s.text(LEFT, s.height - mm(34), f"全宗号 J073　目录号 {c.filed_on.year}　案卷号 {rng.randint(100, 999)}", serif(32))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    items = ["卷宗封面", "卷内目录", "执行申请书", "民事判决书（二审）", "生效证明书", "财产线索表", "执行费票据", "营业执照（申请人）",
             "营业执照（被执行人）", "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书", "受理通知书",
             "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书",
             "执行和解协议", "银行回单", "结案通知书", "结案审批表", "送达回证", "送达回证", "送达回证", "归档审查表", "备考表"]
    s = Page()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - 6, f"案号：{c.number}", serif(34))
    y += 52
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "起止页", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        n = 3 if "判决" in name else 2 if name in ("执行申请书", "网络查控结果", "执行裁定书") else 1
        rows.append([str(i), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    ruled(s, LEFT, y, [mm(18), w - mm(64), mm(26), mm(20)], rows, serif(30), heights=mm(7.4), labels=(0,),
          label_font=serif(30))
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    s = Page()
    y = form_title(s, "执行卷宗归档审查表")
    w = s.width - LEFT - RIGHT
    points = ["卷内材料齐全，排列有序", "法律文书均有送达回证", "执行款收付手续完备", "卷内目录填写准确", "页码连续无遗漏",
              "电子卷宗与纸质卷宗一致", "装订牢固整齐"]
    rows = [["案号", c.number], ["承办人", c.officer], ["结案日期", num_date(c.closed_on)], ["审查项目", "结论"],
            *[[p, ""] for p in points], ["审查意见", ""], ["审查人及日期", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(points) + [mm(34), mm(18)]
    boxes = ruled(s, LEFT, y, [mm(84), w - mm(84)], rows, serif(33), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(points)]:
        pen(s, b[0] + mm(12), b[1] + mm(2), "合格", rng, size=38)
    pen(s, right[-2][0] + mm(6), right[-2][1] + mm(9), "符合归档要求，同意归档。", rng, size=42)
    pen(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{person_name(rng)} {num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    s = Page()
    y = form_title(s, "备 考 表", issuer="")
    s.text(LEFT, y - 6, f"案号：{c.number}", serif(34))
    y += 54
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(60), width=3)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", font("hei", 40))
    n = rng.randint(52, 74)
    pen(s, LEFT + mm(14), y + mm(24), f"本卷共{n}页，文件材料{n - 20}件，无照片、光盘。", rng, size=42)
    pen(s, LEFT + mm(14), y + mm(38), "案款已全部发放，无遗留事项。", rng, size=42)
    base = s.height - mm(120)
    for k, (label, value) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷日期", num_date(d))]):
        s.text(LEFT + mm(84), base + mm(17) * k, f"{label}：", serif(38))
        pen(s, LEFT + mm(118), base + mm(17) * k - 6, value, rng, size=42)
    return [s]

