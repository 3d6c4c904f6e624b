"""court_n — 山东省济南市历下区人民法院 (鲁0102), held out: drawn without looking at the page reader, to measure it
once on a layout it has never seen. Its dossiers are old paper volumes (filed 2020) that an archive service
digitised years later: every numbered page carries the archivist's numbering-machine page number in its corner,
copies are photocopies of photocopies, forms came off a dot-matrix printer, the catalogue and 备考表 are written
by hand (court_n_capture ages the paper, punches the staple holes, greys the copies).

House style (court_n_kit): bold Song court name, spaced 黑体 title over a rule, the 文号 flush right, "依照……之规定，
本院裁定如下：", a violet "本件与原本核对无异" box by the clerk, footers "第1页/共3页". The court's own papers are
drawn here; others' papers (applications, the judgments, ID and licence copies, bank slips, EMS slips, forms,
records, the archive's sheets) are in court_n_papers."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, id_number, money, person_name
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_n_papers as papers_n
from dossier.corpus.families.court_n_kit import Block, NSheet, form, leaf_number, typeset
from dossier.corpus.families.court_n_papers import COURT_NAME, basis_name, cause, resp_line

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "termination_this_round_ruling", "resumption_ruling", "resumption_notice",
    "termination_ruling", "closing_notice", "consumption_restriction_order", "dishonest_list_decision", "summons",
    "effectiveness_certificate", "transfer_statement",
})
CODES = OWN | papers_n.CODES
UNNUMBERED = frozenset({"dossier_cover", "catalogue", "remarks_sheet"})
"""the archive numbers the pages between the catalogue and the 备考表 only"""
LAW = "《中华人民共和国民事诉讼法》"
ROADS = ("泉城路", "经十路", "解放路", "文化东路", "山大路", "历山路", "和平路", "千佛山路", "燕子山路", "华能路", "趵突泉北路")
BANKS = ("齐鲁银行股份有限公司济南历下支行", "中国农业银行股份有限公司济南历下支行", "济南农村商业银行股份有限公司历下支行",
         "中国工商银行股份有限公司济南泉城路支行")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    sheets: list[NSheet] = papers_n.render(code, c, rng, served) if code in papers_n.CODES else _own(c, code, rng, served)
    if code not in UNNUMBERED:  # the archivist numbers each page as the volume is put in order
        first = int(c.extra.get("leaves", 0)) + 1
        for s in sheets:
            c.extra["leaves"] = int(c.extra.get("leaves", 0)) + 1
            leaf_number(s, int(c.extra["leaves"]), str(c.extra.get("leaf_style", "machine6")), rng,
                        corner=str(c.extra.get("leaf_corner", "top")))
        c.extra.setdefault("ledger", []).append((papers_n.catalogue_name(code, c, served), first))
    return list(sheets)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Move the case to 2020 (an old paper volume) and give it 济南 parties and a basis: a 执恢 case on this court's
    own 民间借贷 judgment after a 2019 终本; a 移送执行 of this court's 刑事审判庭 judgment (诈骗: 罚金 and 退赔
    to the victim); otherwise a 买卖合同 award of 济南市中级人民法院 on appeal."""
    seq = int(re.findall(r"(\d+)号$", c.number)[0])
    filed = date(2020, rng.randint(3, 7), rng.randint(1, 28))
    shift = c.filed_on - filed
    c.filed_on, c.closed_on, c.basis_effective = filed, c.closed_on - shift, c.basis_effective - shift
    kind = {"resumption": "执恢", "objection": "执异"}.get(c.category, "执")
    c.number = f"（2020）鲁0102{kind}{seq}号"
    a = c.applicant
    c.applicant = Party(a.name, "person", id_number(rng, rng.choice(["370102", "370103", "370112"]), a.born),
                        f"济南市历下区{rng.choice(ROADS)}{rng.randint(1, 300)}号{rng.randint(1, 12)}号楼"
                        f"{rng.randint(1, 4)}单元{rng.randint(1, 6)}0{rng.randint(1, 4)}室", a.phone, born=a.born, sex=a.sex)
    c.firm = rng.choice(["山东众成清泰（济南）律师事务所", "山东康桥律师事务所", "山东舜翔律师事务所", "山东千佛山律师事务所"])
    c.extra.update(leaves=0, ledger=[], leaf_style=rng.choice(["machine6", "machine6", "machine4", "hand"]),
                   leaf_corner=rng.choices(["top", "bottom"], weights=[3, 1])[0],
                   bank=rng.choice(BANKS), archivist=person_name(rng), chief=person_name(rng))
    if c.category in ("resumption", "transfer"):
        born = date(rng.randint(1965, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["370102", "370104", "370181"]), born),
                             f"济南市历下区{rng.choice(ROADS)}{rng.randint(1, 200)}号", f"15{rng.randint(100000000, 999999999)}",
                             born=born, sex=rng.choice("男女"))
    else:
        c.respondent = Party(f"济南{rng.choice(['泉城', '历山', '舜耕', '大明湖', '千佛'])}{rng.choice(['商贸', '建材', '电子科技', '餐饮管理'])}"
                             "有限公司", "organisation", credit_code(rng, "370102"),
                             f"济南市历下区{rng.choice(ROADS)}{rng.randint(1, 300)}号{rng.randint(2, 20)}层",
                             f"0531-{rng.randint(80000000, 89999999)}", legal_rep=person_name(rng))
    if c.category == "resumption":
        c.basis_court, c.basis_number = COURT_NAME, f"（2018）鲁0102民初{rng.randint(1000, 9999)}号"
        c.basis_effective = date(2018, rng.randint(9, 12), rng.randint(1, 28))
        c.previous_number = f"（2019）鲁0102执{rng.randint(1000, 5999)}号"
        c.extra.update(cause="民间借贷纠纷", prev_filed=date(2019, rng.randint(1, 3), rng.randint(1, 28)),
                       prev_end=date(2019, rng.randint(7, 10), rng.randint(1, 28)),
                       plate=f"鲁A{rng.choice('BCDFHKMQ')}{rng.randint(1000, 9999)}",  # 鲁A and five characters
                       car=rng.choice(["大众牌FV7147FBDBG小型轿车", "别克牌SGM7151DAA2小型轿车", "丰田牌TV7250小型轿车"]))
    elif c.category == "transfer":
        c.basis_court, c.basis_number = COURT_NAME, f"（2019）鲁0102刑初{rng.randint(200, 999)}号"
        c.extra.update(cause="诈骗", fine=rng.choice([20000, 30000, 50000]),
                       died=c.closed_on - timedelta(days=rng.randint(25, 40)),
                       prison=rng.choice(["山东省济南监狱", "山东省鲁中监狱"]))
    else:
        c.basis_court, c.basis_number = "山东省济南市中级人民法院", f"（2019）鲁01民终{rng.randint(1000, 9999)}号"
        c.extra.update(cause="买卖合同纠纷", first=f"（2019）鲁0102民初{rng.randint(1000, 9999)}号")


def parties(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = []
    if c.category != "transfer":
        out += [("f", f"申请执行人：{a.name}，{a.sex}，{a.born:%Y年%-m月%-d日}生，汉族，住{a.address}。" if a.born else
                 f"申请执行人：{a.name}。"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。")]
    out.append(("f", resp_line(c)))
    if r.legal_rep:
        out.append(("f", f"法定代表人：{r.legal_rep}，该公司经理。"))
    return out


def _bench(c: CaseCtx) -> list[str]:
    return [f"审判长　{c.judge}", f"审判员　{c.officer}", f"审判员　{person_name(random.Random(c.judge))}"]


def _operative(rng: random.Random) -> str:
    return rng.choice(["本院裁定如下：", "本院裁定如下：", "裁定如下："])


def _own(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[NSheet]:
    a, r = c.applicant, c.respondent
    span = (c.closed_on - c.filed_on).days
    who = f"{a.name}与{r.name}{cause(c)}一案" if c.category != "transfer" else f"被告人{r.name}{cause(c)}一案"
    officer = [f"执行员　{c.officer}"]
    clerk = f"书记员　{c.clerk}"
    addressee = r.name if c.category == "transfer" else a.name
    if code == "acceptance_notice":
        return typeset("受理执行案件通知书", [
            ("f", f"{addressee}："),
            ("p", f"{'本院刑事审判庭移送执行的' if c.category == 'transfer' else '你申请执行的'}{who}，执行依据为{basis_name(c)}，"
                  f"本院已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。现将有关事项通知如下："),
            ("p", f"一、本案承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "二、当事人应当如实提供被执行人财产线索，配合本院执行工作；当事人的送达地址发生变更的，应及时书面告知本院。"),
            ("p", "三、可通过山东法院诉讼服务网、12368热线查询案件进展。"),
            ("p", "特此通知。")], c.number, [], cn_date(c.filed_on), rng)
    if code == "payment_notice":
        fee = int(c.amount) // 100 + 50
        return typeset("交纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}{cause(c)}一案，根据国务院《诉讼费用交纳办法》第十条、第十四条之规定，应交纳申请执行费"
                  f"{fee}元。该费用由被执行人负担，本院执行到位后一并收取。"),
            ("p", f"开户行：{BANKS[0]}；户名：济南市历下区人民法院；请注明案号。"),
            ("p", "特此通知。")], c.number, [], cn_date(c.day(1)), rng)
    if code == "enforcement_notice":
        items = ([f"一、缴纳罚金人民币{c.extra.get('fine', 0)}元；", f"二、退赔被害人{a.name}经济损失{money(c.amount)}；"]
                 if c.category == "transfer" else
                 [f"一、向申请执行人{a.name}支付{money(c.amount)}；", "二、加倍支付迟延履行期间的债务利息；", "三、负担申请执行费。"])
        return typeset("执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{who}，{basis_name(c)}已经发生法律效力。本院已立案执行。依照{LAW}第二百四十条、"
                  "《最高人民法院关于人民法院执行工作若干问题的规定（试行）》第二十四条之规定，责令你立即履行下列义务："),
            *[("p", t) for t in items],
            ("p", "逾期不履行的，本院将依法强制执行，并依法采取限制消费、纳入失信被执行人名单等措施。"),
            ("p", "特此通知。")], c.number, officer, cn_date(c.day(2)), rng, clerk=clerk)
    if code == "property_report_order":
        return typeset("报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行的{who}，你未按执行通知履行法律文书确定的义务。依照{LAW}第二百四十一条之规定，责令你在收到本令后"
                  "五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "你拒绝报告或者虚假报告的，本院将根据情节轻重对你予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
            ("p", "此令。")], c.number, officer, cn_date(c.day(2)), rng, clerk=clerk)
    if code == "enforcement_ruling":
        return typeset("执行裁定书", [
            *parties(c),
            ("p", f"本院在执行{who}中，被执行人未按执行通知履行法律文书确定的义务。依照{LAW}第二百四十二条、第二百四十四条"
                  f"之规定，{_operative(rng)}"),
            ("p", f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount + c.extra.get('fine', 0))}，或者查封、扣押其同等价值的其他财产。"),
            ("p", "本裁定立即执行。")], c.number, _bench(c), cn_date(c.day(6)), rng, clerk=clerk)
    if code == "assistance_notice":
        what = (f"查封被执行人{r.name}名下{c.extra['car']}（号牌号码{c.extra['plate']}），查封期限二年"
                if c.category == "resumption" else
                f"冻结被执行人{r.name}（{'统一社会信用代码' if r.kind == 'organisation' else '公民身份号码'}{r.id_number}）"
                f"在你行开立账户内的存款，以{money(c.amount)}为限，冻结期限一年")
        to = "济南市公安局交通警察支队车辆管理所" if c.category == "resumption" else str(c.extra["bank"])
        if "bank" in served:  # a second notice: another bank asked to freeze
            to = next(b for b in BANKS if b != c.extra["bank"])
            what = (f"冻结被执行人{r.name}（{'统一社会信用代码' if r.kind == 'organisation' else '公民身份号码'}{r.id_number}）"
                    f"在你行开立账户内的存款，以{money(c.amount)}为限，冻结期限一年")
        return typeset("协助执行通知书", [
            ("f", f"{to}："),
            ("p", f"关于{who}，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百四十二条之规定，请协助执行下列事项："),
            ("p", f"{what}。"),
            ("f", "附：执行裁定书一份。")], c.number, [], cn_date(c.day(7)), rng,
            notes=[f"执行人员：{c.officer}、{c.clerk}　工作证号：3701{rng.randint(10000, 99999)}"])
    if code == "consumption_restriction_order":
        return typeset("限制消费令", [
            ("f", resp_line(c)), ("f" if r.legal_rep else "gap", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{who}。因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  f"依照{LAW}第二百五十五条和《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条之规定，"
                  "对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；构成犯罪的，依法追究刑事责任。")],
            c.number, [], cn_date(c.day(35)), rng)
    if code == "dishonest_list_decision":
        return typeset("决定书", [
            ("f", resp_line(c)),
            ("p", f"本院在执行{who}中，被执行人有履行能力而拒不履行生效法律文书确定的义务。依照{LAW}第二百五十五条、"
                  "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第六条之规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。")], c.number, _bench(c), cn_date(c.day(36)), rng, clerk=clerk)
    if code == "summons":
        return [form("传　票", [
            ["案　由", cause(c)], ["被传唤人", r.legal_rep or r.name], ["工作单位或住址", r.address],
            ["传唤事由", "执行谈话，报告财产情况"], ["应到时间", f"{c.day(28):%Y年%-m月%-d日} 上午9时00分"],
            ["应到处所", "本院执行局第三谈话室（济南市历下区经十路）"]], [40, 130], rng, number=c.number,
            note="注意事项：一、被传唤人必须准时到达，携带身份证件；二、本传票由被传唤人携带来院报到；三、无正当理由拒不到庭的，"
                 "可以拘传。")]
    if code == "termination_this_round_ruling":
        resumed = c.category == "resumption"
        number = c.previous_number if resumed else c.number
        filed = c.extra["prev_filed"] if resumed else c.filed_on
        ended = c.extra["prev_end"] if resumed else c.day(span - 3)
        return typeset("执行裁定书", [
            *parties(c),
            ("p", f"本院在执行{who}中，{basis_name(c)}确定被执行人向申请执行人支付{money(c.amount)}。本院于{cn_date(filed)}"
                  "立案执行后，向被执行人发出执行通知书、报告财产令，被执行人未履行义务。"),
            ("p", "本院通过网络执行查控系统及济南市不动产登记中心、车辆管理所查询，并至被执行人住所地调查，未发现可供执行的财产。"
                  "本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。申请执行人表示暂无财产线索可提供。"),
            ("p", f"本院认为，本案已穷尽财产调查措施，暂无财产可供执行。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
                  f"第五百一十九条之规定，{_operative(rng)}"),
            ("p", f"终结本院{number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
            ("p", "本裁定送达后立即生效。")], number, _bench(c), cn_date(ended), rng, clerk=clerk)
    if code == "resumption_ruling":
        return typeset("执行裁定书", [
            *parties(c),
            ("p", f"本院在执行{who}中，于{cn_date(c.extra['prev_end'])}作出{c.previous_number}执行裁定，终结本次执行程序。"
                  f"{cn_date(c.filed_on - timedelta(days=6))}，申请执行人{a.name}以发现被执行人名下登记有{c.extra['car']}"
                  f"（号牌号码{c.extra['plate']}）为由，向本院申请恢复执行。"),
            ("p", "本院认为，申请执行人提供了被执行人可供执行的财产线索，申请恢复执行符合法律规定。依照《最高人民法院关于严格规范"
                  f"终结本次执行程序的规定（试行）》第九条之规定，{_operative(rng)}"),
            ("p", f"恢复{c.previous_number}案件的执行。"),
            ("p", "本裁定立即生效。")], c.number, _bench(c), cn_date(c.filed_on), rng, clerk=clerk)
    if code == "resumption_notice":
        return typeset("恢复执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{who}，本院于{cn_date(c.extra['prev_end'])}以{c.previous_number}执行裁定终结本次执行程序。因申请执行人提供了"
                  f"新的财产线索，本院已裁定恢复执行，案号为{c.number}。"),
            ("p", f"你应当立即履行{basis_name(c)}确定的义务，并自收到本通知之日起五日内如实报告财产情况；逾期不履行的，本院将依法"
                  "强制执行。"),
            ("p", "特此通知。")], c.number, officer, cn_date(c.day(1)), rng, clerk=clerk)
    if code == "termination_ruling":
        return typeset("执行裁定书", [
            ("f", resp_line(c)),
            ("p", f"本院刑事审判庭移送执行的{who}，{basis_name(c)}判处被告人{r.name}罚金人民币{c.extra.get('fine', 0)}元，"
                  f"并责令其退赔被害人{a.name}经济损失{money(c.amount)}。本院于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"执行中查明，被执行人{r.name}在{c.extra.get('prison', '')}服刑期间，于{cn_date(c.extra['died'])}因病死亡。"
                  "经向其近亲属调查并查询网络执行查控系统，被执行人无遗产可供执行，亦无义务承担人。"),
            ("p", f"依照{LAW}第二百五十七条第（三）项、《最高人民法院关于刑事裁判涉财产部分执行的若干规定》第十六条之规定，"
                  f"{_operative(rng)}"),
            ("p", f"终结本院{c.basis_number}刑事判决书财产刑及退赔部分的执行。"),
            ("p", "本裁定送达后立即生效。")], c.number, _bench(c), cn_date(c.closed_on - timedelta(days=3)), rng, clerk=clerk)
    if code == "closing_notice":
        return typeset("结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"{who}，经本院执行，被执行人与你于{cn_date(c.day(span - 30))}达成执行和解协议，并已按协议履行完毕，执行款"
                  f"已于{cn_date(c.closed_on - timedelta(days=5))}发放至你指定的账户。本案执行完毕，予以结案。"),
            ("p", "特此通知。")], c.number, [], cn_date(c.closed_on - timedelta(days=1)), rng)
    if code == "effectiveness_certificate":
        return typeset("生效证明", [
            ("f", "本院执行局："),
            ("p", f"本院审理的{who}，本院于{cn_date(c.basis_effective - timedelta(days=12))}作出{c.basis_number}刑事判决，"
                  f"宣判后被告人{r.name}在法定期限内未提出上诉，检察机关未提出抗诉，该判决已于{cn_date(c.basis_effective)}"
                  "发生法律效力。"),
            ("p", "特此证明。")], "", [], cn_date(c.filed_on - timedelta(days=10)), rng,
            notes=["（本证明由刑事审判庭出具，随移送执行表附卷）"])
    if code == "transfer_statement":
        letter = typeset("移送执行函", [
            ("f", "本院执行局："),
            ("p", f"本庭审理的被告人{r.name}{cause(c)}一案，{c.basis_number}刑事判决已发生法律效力。判决确定：被告人{r.name}"
                  f"犯{cause(c)}罪，判处有期徒刑，并处罚金人民币{c.extra.get('fine', 0)}元；责令被告人{r.name}退赔被害人{a.name}"
                  f"经济损失{money(c.amount)}。"),
            ("p", "根据《最高人民法院关于刑事裁判涉财产部分执行的若干规定》第七条之规定，现将该判决涉财产部分移送你局执行。"),
            ("f", "附：1.移送执行表；2.刑事判决书；3.生效证明；4.被执行人财产状况表。")],
            f"（2020）鲁0102刑移{rng.randint(10, 99)}号", ["刑事审判庭"], cn_date(c.filed_on - timedelta(days=9)), rng,
            court=COURT_NAME)
        table_sheet = form("移送执行表", [
            ["刑事判决书案号", c.basis_number], ["被执行人", f"{r.name}，{r.sex}，公民身份号码{r.id_number}"],
            ["服刑场所", str(c.extra.get("prison", ""))], ["判处财产刑", f"罚金人民币{c.extra.get('fine', 0)}元"],
            ["退赔被害人", f"{a.name}，{money(c.amount)}"], ["被害人住址", a.address],
            ["已查封、扣押、冻结财产", "无"], ["移送部门", "刑事审判庭"], ["承办法官", c.judge]],
            [48, 122], rng, row_mm=12)
        table_sheet.starts_document = True  # the 表 is a paper of its own, titled, behind the 函
        return [*letter, table_sheet]
    raise KeyError(code)


__all__ = ["CODES", "adopt_basis", "basis_name", "cause", "render"]
