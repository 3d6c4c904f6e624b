"""The papers of court_ch's dossiers: the bureau's own (offset forms filled by dot-matrix or hand, typed notices and
rulings under the court's name) and those it receives (a 温陵 lawyer's application and 所函, the 二审 judgment of
泉州中院, a 泉州仲裁委 award and its 生效证明, a 公证书 and 执行证书, ID and licence copies, a 福建 非税收入 receipt,
兴业银行 and 泉州银行 slips), each in its author's style."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, table
from dossier.corpus.families.court_ch_kit import (
    COURT,
    RULE_BLUE,
    RULE_GREEN,
    SEAL_NAME,
    TINT_BLUE,
    TINT_GREY,
    FormStyle,
    Hand,
    dot_matrix,
    fnt,
    form_style,
    halftone,
    lined_note,
    offset_form,
    typed,
)

Draw = Callable[[CaseCtx, random.Random, list[str]], list[Sheet]]
LAW = "《中华人民共和国民事诉讼法》"
TITLES = {
    "acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "enforcement_ruling": "执行裁定书（冻结、划拨）",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
    "closing_notice": "结案通知书", "summons": "传票", "payment_notice": "缴款通知书",
}
COURT_HOUSE = Hand(face="serif", size_mm=5.0, leading=1.7, title_face="serif_bold", title_mm=9.5, title_gap_mm=3.0,
                   body_above=COURT, footer="nm", left=30, right=27)
LAWYER_HOUSE = Hand(face="ming", size_mm=4.9, leading=1.8, title_face="hei", title_mm=8.0, title_gap_mm=1.2,
                    left=25, right=22, top=28, footer="dash")


def _basis_name(c: CaseCtx) -> str:
    kind = {"judgment": "民事判决书", "arbitration": "裁决书", "notarial": "公证书（赋予强制执行效力的债权文书）"}
    return f"{c.basis_court}{c.basis_number}{kind.get(c.basis_kind, '民事判决书')}"


def _resp_line(c: CaseCtx) -> str:
    r = c.respondent
    return f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。法定代表人：{r.legal_rep}。"


def _app_line(c: CaseCtx) -> str:
    a = c.applicant
    return f"申请执行人：{a.name}，{a.sex}，{a.born.year if a.born else 1975}年生，汉族，住{a.address}，公民身份号码{a.id_number}。"


def _court_typed(title: str, c: CaseCtx, rng: random.Random, blocks: list[tuple[str, str]], day: int, *,
                 sign: tuple[str, ...] = ()) -> list[Sheet]:
    sign = sign or (f"执行员　{c.officer}",)
    return typed(title, blocks, COURT_HOUSE, rng, number=c.number, sign=sign, date_line=cn_date(c.day(day)),
                 seal_name=SEAL_NAME)


# --- the bureau's typed papers -------------------------------------------------------------------------------

def enforcement_notice(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    return _court_typed("执行通知书", c, rng, [
        ("f", f"{r.name}："),
        ("p", f"{c.applicant.name}申请执行你单位{c.extra['goods']}纠纷一案，{_basis_name(c)}已经发生法律效力。"
              f"申请执行人于{c.extra['num_filed']}向本院申请强制执行，本院依法立案。依照{LAW}第二百五十一条、"
              "第二百六十四条的规定，责令你单位自本通知送达之日起立即履行下列义务："),
        ("p", f"一、向申请执行人支付{c.extra['money']}；"),
        ("p", "二、加倍支付迟延履行期间的债务利息；"),
        ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
        ("p", "逾期不履行的，本院将依法强制执行，并可将你单位纳入失信被执行人名单、对法定代表人采取限制消费措施。"),
        ("p", f"承办人：{c.officer}　　联系电话：{c.court.phone}　　地址：{c.court.address}"),
    ], 3)


def property_report_order(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return _court_typed("报告财产令", c, rng, [
        ("f", f"{c.respondent.name}："),
        ("p", f"本院受理{c.applicant.name}申请执行你单位一案，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中"
              "财产调查若干问题的规定》第三条至第五条的规定，责令你单位在收到本令后五日内，如实填写所附《财产申报表》，"
              "向本院报告当前以及收到执行通知之日前一年的财产情况。"),
        ("p", "应当报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、"
              "机器设备、产品、原材料等动产；债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利。"),
        ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
    ], 3)


def payment_notice(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    st = form_style(rng, fill="dot")
    return [offset_form("缴款通知书", [
        ("缴款人", c.applicant.name, "案　号", c.number),
        ("费用名称", "申请执行费", "金　额", f"{c.extra['fee']}元"),
        ("#", "大写金额", f"人民币{money_caps(c.extra['fee'])}", 14),
        ("收款单位", "泉州市丰泽区人民法院", "开户行", "泉州银行丰泽支行"),
        ("#", "缴款方式", "持本通知书到诉讼服务中心收费窗口或通过福建法院网上缴费平台缴纳", 18),
    ], rng, st=st, number=f"丰法执缴〔{c.filed_on.year}〕{rng.randint(1000, 9999)}号",
        foot=["注：申请执行费可由申请执行人预交，执行终结后由被执行人负担。", "本通知一式三联：第一联存根，第二联交缴款人，第三联附卷。"],
        sign_date=cn_date(c.day(1)))]


def enforcement_ruling(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    story = c.extra["story"]
    order = (f"冻结、划拨被执行人{c.respondent.name}在{c.extra['resp_bank']}账户（账号{c.extra['resp_acct']}）内的存款"
             f"人民币{c.amount:,.2f}元及迟延履行期间的债务利息、执行费用；")
    return _court_typed("执行裁定书", c, rng, [
        ("f", _app_line(c)), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("f", _resp_line(c)),
        ("p", f"本院依据已经发生法律效力的{_basis_name(c)}，于{c.extra['num_filed']}立案执行。因被执行人未按执行通知"
              "履行法律文书确定的义务，依照" + LAW + "第二百五十三条、第二百五十五条的规定，裁定如下："),
        ("p", order),
        ("p", "冻结、查封、扣押被执行人名下其他价值相当的财产（以应执行金额为限）。" if story != "shoe" else
              "扣押、提取被执行人应当履行义务部分的收入。"),
        ("p", "本裁定立即执行。"),
    ], 12, sign=(f"审判长　{c.judge}", f"审判员　{c.officer}", f"书记员　{c.clerk}"))


def assistance_notice(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    sheets = _court_typed("协助执行通知书", c, rng, [
        ("f", f"{c.extra['resp_bank']}："),
        ("p", f"关于{c.applicant.name}与{c.respondent.name}{c.extra['goods']}纠纷一案，本院作出的{c.number}执行裁定书"
              "已经发生法律效力。依照" + LAW + "第二百五十三条的规定，请协助执行下列事项："),
        ("p", f"冻结被执行人{c.respondent.name}在你行开立的账户（账号{c.extra['resp_acct']}）内的存款，"
              f"冻结金额以人民币{c.amount:,.2f}元为限，冻结期限一年，自{num_date(c.day(13))}起至{num_date(c.day(13 + 365))}止。"
              "如已划拨，请将款项汇入本院执行款专户并注明案号。"),
        ("f", "附：执行裁定书一份。"),
    ], 13, sign=(f"经办人　{c.officer}　　联系电话　{c.court.phone}",))
    s = sheets[-1]
    y = s.height - mm(70)
    s.line(mm(28), y, s.width - mm(26), y, width=2)
    s.text(mm(30), y + mm(3), "回　执", fnt("hei", 5))
    hand(s, mm(30), y + mm(14), f"已于{num_date(c.day(14))}冻结{c.amount:,.2f}元", rng, size=mm(4.6))
    hand(s, mm(30), y + mm(24), "经办：" + rng.choice(["柯", "傅", "颜"]) + rng.choice(["晓", "美"]) + "玲", rng, size=mm(4.6))
    seal(s, s.width - mm(60), y + mm(22), c.extra["resp_bank"] + "业务专用章", rng, radius=mm(17))
    return sheets


def restriction(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    return _court_typed("限制消费令", c, rng, [
        ("f", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}。"),
        ("f", f"法定代表人：{r.legal_rep}。"),
        ("p", f"本院于{c.extra['num_filed']}立案执行申请执行人{c.applicant.name}申请执行{r.name}一案。因{r.name}未按执行通知书"
              "指定的期间履行生效法律文书确定的给付义务，本院依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
              "第一条、第三条的规定，对你单位及你单位的法定代表人" + r.legal_rep + "采取限制消费措施，限制其实施以下高消费"
              "及非生活和工作必需的消费行为："),
        ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
              "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
              "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
              "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
        ("p", "如违反本令，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
    ], 40)


def dishonest(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    return _court_typed("决定书", c, rng, [
        ("f", f"被执行人：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}。"),
        ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['goods']}买卖合同纠纷一案中，被执行人有履行能力而拒不履行"
              "生效法律文书确定的义务，且违反限制消费令。依照" + LAW + "第二百六十六条、《最高人民法院关于公布失信被执行人"
              "名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
        ("p", f"将{r.name}纳入失信被执行人名单。"),
        ("p", "本决定一经作出即生效。被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。"),
    ], 41, sign=(f"院长　{c.extra['trial_judge']}",))


def summons(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return [offset_form("传　　票", [
        ("案　　由", f"{c.extra['goods']}买卖合同纠纷执行", "案　号", c.number),
        ("被传唤人", c.respondent.legal_rep, "工作单位", c.respondent.name),
        ("#", "住　　址", c.respondent.address, 16),
        ("传唤事由", "接受询问、报告财产", "应到时间", f"{num_date(c.day(48))}上午9时"),
        ("#", "应到处所", "丰泽区人民法院执行局第三谈话室（丰泽街361号）", 16),
    ], rng, st=form_style(rng, fill="dot"), number=c.number,
        foot=["注意事项：一、被传唤人必须准时到达应到处所。二、本票由被传唤人携带来院报到。",
              "三、被传唤人收到传票后，应在送达回证上签名或者盖章。四、经传唤无正当理由拒不到场的，可以拘传。"],
        sign_date=cn_date(c.day(42)))]


def ttr_ruling(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    return _court_typed("执行裁定书", c, rng, [
        ("f", _app_line(c)), ("f", f"委托代理人：{c.agent}，{c.firm}律师。"), ("f", _resp_line(c)),
        ("p", f"申请执行人{c.applicant.name}与被执行人{r.name}{c.extra['goods']}买卖合同纠纷一案，福建省泉州市中级人民法院"
              f"作出的{c.basis_number}民事判决书已经发生法律效力。因被执行人未履行该判决确定的义务，申请执行人于"
              f"{c.extra['num_filed']}向本院申请强制执行，本院立案执行，执行标的{c.amount:,.2f}元。"),
        ("p", "执行过程中，本院依法向被执行人发出执行通知书、报告财产令，被执行人未报告财产。本院通过网络执行查控系统"
              "对被执行人名下的存款、车辆、不动产、证券、网络资金等进行查询，并向泉州市不动产登记中心、泉州市丰泽区市场监督"
              "管理局、泉州银行、兴业银行、泉州农商银行等单位调查，仅查得存款" + f"{rng.randint(12, 980)}.{rng.randint(10, 99)}"
              "元，已冻结扣划；未发现其他可供执行的财产。申请执行人提供的被执行人位于丰泽区东海片区的仓储石材线索，经实地"
              "调查，该批石材已由案外人另案查封。"),
        ("p", "本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。本院约谈申请执行人，告知其本案执行情况、"
              "财产调查措施、拟终结本次执行程序的依据及法律后果，申请执行人表示知悉，暂不能提供其他财产线索。"),
        ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照《最高人民法院关于适用〈中华人民共和国"
              "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", f"终结本院{c.number}案件的本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
        ("p", "本裁定送达后立即生效。"),
    ], 128, sign=(f"审判长　{c.judge}", f"审判员　{c.officer}", f"审判员　{c.extra['trial_judge']}", f"书记员　{c.clerk}"))


def closing_notice(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    how = ("双方于执行中达成和解协议，被执行人已按约定全部履行" if c.extra["story"] == "tea"
           else f"本院已从被执行人{c.extra['resp_bank']}账户划拨款项并发放给你")
    return _court_typed("结案通知书", c, rng, [
        ("f", f"{c.applicant.name}："),
        ("p", f"你申请执行{c.respondent.name}一案，{how}，执行案款{c.amount:,.2f}元已于{num_date(c.extra['pay_day'] + timedelta(days=3))}"
              f"转入你指定的{c.extra['acct_bank']}账户。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
              "的规定，本案以执行完毕方式结案。"),
        ("p", "特此通知。"),
    ], 72)


def interview(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    t = c.day(118)
    qa = [
        ("问", "我们是丰泽区人民法院执行局的执行员和书记员，今天就本案执行情况约谈你，你是否申请回避？"),
        ("答", "不申请。"),
        ("问", "本院已对被执行人进行了网络查控，查询了银行存款、车辆、不动产、股票等，仅发现少量存款并已扣划。向你告知。"),
        ("答", "知道了。我之前提供的东海那个石材仓库，你们去看过了吗？"),
        ("问", "执行员已于上月到现场调查，仓库内石材已被晋江法院另案查封，承租人也不是被执行人。你是否还有其他财产线索？"),
        ("答", "暂时没有。听说他们老板去了漳州，公司已经没有在经营了。"),
        ("问", "本院拟对本案终结本次执行程序，终本后被执行人仍在失信名单和限高之中，你发现财产可以随时申请恢复执行。你有何意见？"),
        ("答", "同意终本，请法院继续帮我留意。"),
        ("问", "以上笔录你看一下，是否属实？"),
        ("答", "属实。"),
    ]
    blocks = [("f", f"时间：{num_date(t)}　9时30分至10时05分"), ("f", "地点：本院执行局第二谈话室"),
              ("f", f"约谈人：{c.officer}　　记录人：{c.clerk}"),
              ("f", f"被约谈人：{c.applicant.name}（申请执行人），公民身份号码{c.applicant.id_number}")]
    blocks += [("f", f"{k}：{v}") for k, v in qa]
    sheets = typed("谈话笔录", blocks, Hand(face="sans", size_mm=4.8, leading=1.8, title_face="hei", title_mm=8,
                                           title_gap_mm=2.5, left=24, right=22, top=26), rng)
    for s in sheets:
        hand(s, s.width - mm(70), s.height - mm(22), c.applicant.name, rng, size=mm(6), ink=INK)
    return sheets


def investigation(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(paper=(253, 252, 244))
    colour = RULE_GREEN if rng.random() < 0.5 else RULE_BLUE
    s.centred(mm(20), COURT, fnt("serif_bold", 5.5), spacing=mm(0.6), fill=colour)
    s.centred(mm(30), "调　查　笔　录", fnt("hei", 8), spacing=mm(1.5), fill=colour)
    s.text(mm(22), mm(46), "第　　次", fnt("serif", 3.8), fill=colour)
    s.right(s.width - mm(20), mm(46), "共　　页　第　　页", fnt("serif", 3.8), fill=colour)
    t = c.day(96)
    lines = [
        f"时间：{num_date(t)}10时20分", "地点：泉州市丰泽区东海街道后埔社区石材仓库",
        f"调查人：{c.officer}　记录人：{c.clerk}", f"案号：{c.number}",
        f"被调查人：仓库管理员{rng.choice(['王', '洪', '庄'])}某（在场）",
        "问：我们是丰泽法院执行局的，依申请执行人提供的线索来了解这批石材的情况。",
        "答：仓库是我们老板租的，石材是南安一家石业公司寄存的。",
        f"问：{c.respondent.name}在这里有没有财产？",
        "答：他们去年就不在这放货了，剩下的板材晋江法院今年已经贴了封条。",
        "（现场查看：库内板材约四十余扎，均贴有晋江市人民法院封条）",
        "以上笔录已阅，无误。",
    ]
    lined_note(s, lines, rng, x=mm(22), y=mm(52), step=mm(10.5), width=s.width - mm(44), colour=colour)
    hand(s, s.width - mm(80), s.height - mm(30), "被调查人：" + rng.choice(["王", "洪", "庄"]) + "某", rng, size=mm(5))
    return [s]


def inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    f = fnt("sans", 3.4)
    s.text(mm(14), mm(12), "执行案件流程信息管理系统 — 网络查控 — 反馈结果打印", fnt("sans", 3.0))
    s.right(s.width - mm(14), mm(12), f"打印时间：{c.day(2):%Y-%m-%d} 16:{rng.randint(10, 59)}", fnt("sans", 3.0))
    s.centred(mm(24), "总对总网络查控反馈结果", fnt("sans_bold", 6.5))
    s.text(mm(16), mm(38), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", f)
    s.text(mm(16), mm(45), f"承办人：{c.officer}　查控发起日期：{c.day(1):%Y-%m-%d}", f)
    found = c.extra["story"] == "shoe"
    rows = [["序号", "协助单位", "查询类型", "反馈结果", "余额/明细（元）"]]
    units = [("兴业银行", "存款"), ("泉州银行", "存款"), ("泉州农商银行", "存款"), ("中国工商银行", "存款"),
             ("中国建设银行", "存款"), ("自然资源部", "不动产"), ("公安部", "车辆"), ("中国证券登记结算", "证券"),
             ("支付宝", "网络资金"), ("财付通", "网络资金"), ("市场监管总局", "工商登记")]
    for i, (u, kind) in enumerate(units, 1):
        hit = u == "兴业银行" and found
        bal = f"{c.amount + Decimal(rng.randint(1000, 90000)):,.2f}" if hit else (
            f"{rng.randint(0, 900)}.{rng.randint(10, 99)}" if kind == "存款" and rng.random() < 0.4 else "—")
        rows.append([str(i), u, kind, "有财产" if hit or bal != "—" else "未发现财产", bal])
    table(s, mm(14), mm(54), [mm(14), mm(48), mm(26), mm(36), mm(58)], rows, f, row_h=mm(10))
    s.text(mm(16), s.height - mm(24), "注：本结果仅反映协助单位反馈时点的情况。", fnt("sans", 3.0))
    s.right(s.width - mm(14), s.height - mm(16), "第1页/共1页", fnt("sans", 3.0))
    return [s]


# --- the bureau's offset forms ---------------------------------------------------------------------------------

def acceptance(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    st = form_style(rng, fill="dot")
    return [offset_form("受理案件通知书", [
        ("申请执行人", c.applicant.name, "案　号", c.number),
        ("被执行人", c.respondent.name, "立案日期", c.extra["num_filed"]),
        ("#", "执行依据", _basis_name(c), 18),
        ("执行标的", f"{c.amount:,.2f}元", "承办部门", "执行局执行实施一团队"),
        ("承办人", c.officer, "联系电话", c.court.phone),
        ("#", "告知事项", "本院已立案执行。请及时提供被执行人财产线索；变更送达地址的，应书面告知本院。", 24),
    ], rng, st=st, top_note="丰泽法院执行文书（一）", number=c.number,
        foot=["申请执行人可通过福建移动微法院、12368诉讼服务热线查询案件进展。"], sign_date=cn_date(c.day(1)))]


def declaration(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    st = form_style(rng, fill="hand")
    return [offset_form("财产申报表", [
        ("申报人", c.respondent.name, "案　号", c.number),
        ("法定代表人", c.respondent.legal_rep, "联系电话", c.respondent.phone),
        ("§", "一、银行存款及理财"),
        ("#", "开户行及账号", f"{c.extra['resp_bank']} {c.extra['resp_acct'][:6]}…", 16),
        ("§", "二、不动产、车辆"),
        ("#", "坐落/车牌", "无" if c.extra["story"] != "tea" else "租赁店面三处（非自有）", 16),
        ("§", "三、债权、股权及其他"),
        ("#", "情况说明", "应收货款若干，对方均拖欠" if c.extra["story"] == "stone" else "无", 20),
        ("申报人签章", c.respondent.legal_rep, "申报日期", num_date(c.day(9))),
    ], rng, st=st, number=c.number,
        foot=["申报人保证以上内容真实、完整，如有隐瞒、虚报，愿承担法律责任。", "（本表不够填写的，可另附页）"])]


def receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    st = form_style(rng)
    docs = "、".join(f"{c.number}{TITLES.get(k, k)}" for k in served) or f"{c.number}执行通知书"
    to_app = any(k in ("acceptance_notice", "closing_notice") for k in served)
    who = c.applicant.name if to_app else c.respondent.name
    where = c.extra["firm_addr"] if to_app else c.respondent.address
    day = {"acceptance_notice": 2, "enforcement_notice": 5, "summons": 44, "termination_this_round_ruling": 131,
           "consumption_restriction_order": 43, "enforcement_ruling": 15, "closing_notice": 74}.get(served[0] if served else "", 5)
    signer = c.agent if to_app else rng.choice([c.respondent.legal_rep, "公司前台代收"])
    return [offset_form("送 达 回 证", [
        ("#", "送达文书名称及件数", docs + "，各一份", 30),
        ("受送达人", who, "送达地点", where),
        ("送达方式", rng.choice(["直接送达", "邮寄送达（EMS）", "留置送达"]), "送达人", f"{c.officer}、{c.clerk}"),
        ("#", "受送达人签名或盖章", f"{signer}　{num_date(c.day(day))}", 26),
        ("#", "代收人及代收理由", "" if signer != "公司前台代收" else "前台工作人员代收", 16),
        ("#", "备　　考", "", 18),
    ], rng, st=st, label_mm=38, number=c.number, sign_date=cn_date(c.day(day - 1)),
        foot=["填发人：" + c.clerk])]


def approval(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    st = form_style(rng, fill="hand")
    return [offset_form("执行案件结案审批表", [
        ("案　号", c.number, "立案日期", c.extra["num_filed"]),
        ("申请执行人", c.applicant.name, "被执行人", c.respondent.name),
        ("执行标的", f"{c.amount:,.2f}元", "实际到位", "0元" if ttr else f"{c.amount:,.2f}元"),
        ("结案方式", how, "承办人", c.officer),
        ("#", "执行情况", ("查控无财产，已限高、失信，约谈申请人，拟终本" if ttr else "已全部履行，案款已发放，拟报结"), 28),
        ("#", "合议庭意见", "同意" + how, 18),
        ("#", "执行局长审批", f"同意。{c.judge}　{num_date(c.closed_on - timedelta(days=1))}", 22),
    ], rng, st=st, number=c.number, sealed=False)]


# --- the archive's forms -------------------------------------------------------------------------------------------

def cover(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(paper=(236, 224, 196))
    colour = RULE_BLUE
    s.centred(mm(40), COURT, fnt("serif_bold", 8), spacing=mm(1.2), fill=colour)
    s.centred(mm(60), "执　行　卷　宗", fnt("hei", 14), spacing=mm(3), fill=colour)
    s.centred(mm(84), "（正　卷）", fnt("serif", 6), fill=colour)
    rows = [("案　号", c.number), ("案　由", f"{c.extra['goods']}买卖合同纠纷" if c.extra["story"] != "shoe" else "公证债权文书执行"),
            ("申请执行人", c.applicant.name), ("被执行人", c.respondent.name),
            ("立案日期", c.extra["num_filed"]), ("结案日期", num_date(c.closed_on)), ("结案方式", "执行完毕"),
            ("执行员", c.officer), ("书记员", c.clerk), ("归档日期", num_date(c.closed_on + timedelta(days=21))),
            ("保管期限", "长期"), ("本卷共", f"{rng.randint(48, 90)}页")]
    y = mm(104)
    for label, value in rows:
        halftone(s, (mm(40), y, mm(78), y + mm(12)), TINT_GREY, cover=0.18)
        s.box(mm(40), y, s.width - mm(38), y + mm(12), width=3, outline=colour)
        s.text(mm(43), y + mm(3.3), label, fnt("serif", 4.4), fill=colour)
        dot_matrix(s, mm(84) + rng.uniform(-8, 8), y + mm(3.5) + rng.uniform(-6, 4), value, rng, size=mm(4))
        y += mm(12)
    s.right(s.width - mm(38), y + mm(12), "全宗号　　目录号　　案卷号", fnt("serif", 4), fill=colour)
    return [s]


def catalogue(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(paper=(252, 251, 246))
    colour = RULE_GREEN
    s.centred(mm(22), "卷　内　目　录", fnt("hei", 9), spacing=mm(2), fill=colour)
    s.text(mm(20), mm(38), "案号：", fnt("serif", 4), fill=colour)
    dot_matrix(s, mm(36), mm(38), c.number, rng, size=mm(3.8))
    items = ["案件登记表", "强制执行申请书", "仲裁裁决书", "裁决书生效证明", "财产线索表", "诉讼费票据", "身份证明",
             "授权委托书、所函、执业证", "收取案款确认书", "送达地址确认书", "受理通知书", "缴款通知书", "执行通知书",
             "报告财产令、财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议", "案款发放凭证",
             "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
    rows = [["序号", "文件名称", "页号", "备注"]]
    page = 1
    for i in range(1, len(items) + 1):
        rows.append([str(i), "", str(page), ""])
        page += rng.randint(1, 3)
    x, y = mm(18), mm(48)
    cols = [mm(16), mm(112), mm(22), mm(24)]
    hh = mm(9.2)
    halftone(s, (x, y, x + sum(cols), y + hh), TINT_BLUE, cover=0.25)
    table(s, x, y, cols, rows, fnt("serif", 3.8), row_h=hh, centre_first=True, fill=colour)
    for i, name in enumerate(items, 1):
        hand(s, x + cols[0] + mm(3) + rng.uniform(-4, 6), y + i * hh + mm(1.5), name, rng, size=mm(4.2))
    return [s]


def review(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    st = FormStyle(RULE_BLUE, TINT_BLUE, "hand", rng.uniform(-6, 10), rng.uniform(-6, 4))
    return [offset_form("执行卷宗复核表", [
        ("案　号", c.number, "承办人", c.officer),
        ("#", "卷内材料是否齐全", "齐全，依卷内目录逐项核对", 16),
        ("#", "文书是否签章、送达", "已签章，送达回证附卷", 16),
        ("#", "有无空白页、空白项", "无", 14),
        ("#", "案款是否发放完毕", "已发放完毕，无余款", 14),
        ("复核人", c.clerk, "复核日期", num_date(c.closed_on + timedelta(days=12))),
        ("#", "档案室意见", "同意归档", 16),
    ], rng, st=st, sealed=False)]


def remarks(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(paper=(252, 251, 246))
    colour = RULE_BLUE
    s.centred(mm(30), "卷　内　备　考　表", fnt("hei", 9), spacing=mm(1.5), fill=colour)
    s.box(mm(25), mm(50), s.width - mm(25), s.height - mm(60), width=3, outline=colour)
    s.text(mm(30), mm(55), "本卷情况说明：", fnt("serif", 4.4), fill=colour)
    lined_note(s, [f"本卷共{rng.randint(50, 88)}页，其中文字材料完整，照片0张。", "执行和解协议原件一份附卷。",
                   "案款已于结案前全部发放。"], rng, x=mm(30), y=mm(64), step=mm(11), width=s.width - mm(60), colour=colour)
    y = s.height - mm(100)
    for label, value in (("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(c.closed_on + timedelta(days=15)))):
        s.text(mm(110), y, label, fnt("serif", 4.4), fill=colour)
        hand(s, mm(138), y - mm(1), value, rng, size=mm(4.6))
        y += mm(12)
    return [s]


# --- the papers it receives ---------------------------------------------------------------------------------------

def application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    ground = {"stone": f"申请执行人与被执行人{c.extra['goods']}买卖合同纠纷一案，经泉州市丰泽区人民法院{c.extra.get('first', '')}"
                       f"民事判决，被执行人不服提起上诉，福建省泉州市中级人民法院于{num_date(c.basis_effective)}作出"
                       f"{c.basis_number}民事判决，驳回上诉，维持原判。",
              "tea": f"申请执行人与被执行人{c.extra['goods']}买卖合同纠纷，经泉州仲裁委员会仲裁，于{num_date(c.basis_effective)}"
                     f"作出{c.basis_number}裁决书，裁决已发生法律效力。",
              "shoe": f"申请执行人与被执行人于借款时在福建省泉州市海丝公证处办理了赋予强制执行效力的债权文书公证"
                      f"（{c.basis_number}），被执行人到期未还款，公证处已出具{c.extra.get('cert_no', '')}执行证书。"}[c.extra["story"]]
    return typed("强制执行申请书", [
        ("f", _app_line(c)),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("f", _resp_line(c)),
        ("f", "申请事项："),
        ("p", f"一、请求强制执行被执行人支付{money(c.amount)}及迟延履行期间的债务利息；"),
        ("p", "二、请求对被执行人采取限制消费措施；被执行人拒不履行的，请求将其纳入失信被执行人名单；"),
        ("p", "三、本案执行费用由被执行人负担。"),
        ("f", "事实与理由："),
        ("p", ground + "被执行人至今未履行义务，为维护申请执行人合法权益，特依法申请强制执行。"),
        ("f", "此致"), ("f", "泉州市丰泽区人民法院"),
    ], LAWYER_HOUSE, rng, sign=("申请执行人：",), hand_sign=a.name, date_line=num_date(c.filed_on - timedelta(days=2)))


def basis(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    story = c.extra["story"]
    if story == "stone":
        house = Hand(face="serif", size_mm=5.4, title_face="serif_bold", title_mm=9, title_gap_mm=3.5,
                     body_above="福建省泉州市中级人民法院", footer="nm", left=31, right=26)
        blocks = [
            ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
            ("f", f"被上诉人（原审原告）：{a.name}，{a.sex}，住{a.address}。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服福建省泉州市丰泽区人民法院{c.extra['first']}"
                  "民事判决，向本院提起上诉。本院依法组成合议庭，公开开庭进行了审理。本案现已审理终结。"),
            ("p", f"原审查明，{a.name}经营石材加工，自前年三月起向{r.name}供应{c.extra['goods']}，用于其承建的泉州"
                  "东海片区商住楼外立面工程，双方按月对账。经最后一次对账，尚欠货款" + f"{c.amount:,.2f}元，经催讨未付。"),
            ("p", "本院认为，双方对账单有上诉人加盖的公章，应认定为真实。上诉人主张石材存在色差、应予扣减，未提交证据证明，"
                  "本院不予采信。一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条"
                  "第一款第一项的规定，判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", f"二审案件受理费{int(c.amount) // 100 + 50}元，由上诉人{r.name}负担。"),
            ("p", "本判决为终审判决。"),
        ]
        sign = (f"审判长　{c.extra['trial_judge']}", "审判员　" + "黄秀琴", "审判员　" + "庄振东", "书记员　" + "吴雅芳")
        sheets = typed("民事判决书", blocks, house, rng, number=c.basis_number, sign=sign, date_line=cn_date(c.basis_effective - timedelta(days=20)),
                       seal_name="福建省泉州市中级人民法院")
    elif story == "tea":
        house = Hand(face="song_gb" if rng.random() < 0.5 else "serif", size_mm=5.2, title_face="hei", title_mm=8.5,
                     title_gap_mm=2.0, body_above="泉州仲裁委员会", footer="nm", left=28, right=26, boxed_title=True)
        blocks = [
            ("f", f"申请人：{a.name}，住{a.address}。"), ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", "泉州仲裁委员会（以下简称本会）根据申请人与被申请人签订的《茶叶供货合同》中的仲裁条款及申请人的仲裁申请，"
                  "受理了双方之间的茶叶买卖合同争议案。本案适用《泉州仲裁委员会仲裁规则》，由独任仲裁员审理。"),
            ("p", f"申请人称：其在安溪西坪经营茶园，按合同向被申请人各门店供应{c.extra['goods']}，被申请人收货后拖欠货款。"
                  "被申请人经本会书面通知，无正当理由未到庭。"),
            ("p", "仲裁庭认为，合同合法有效，被申请人应按约付款。根据《中华人民共和国仲裁法》第四十二条、第五十四条，裁决如下："),
            ("p", f"（一）被申请人{r.name}向申请人支付货款{money(c.amount)}；"),
            ("p", "（二）本案仲裁费由被申请人承担。"), ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
        ]
        sheets = typed("裁　决　书", blocks, house, rng, number=c.basis_number, sign=("独任仲裁员　" + c.extra["trial_judge"],),
                       date_line=cn_date(c.basis_effective), seal_name="泉州仲裁委员会")
    else:
        house = Hand(face="serif", size_mm=5.0, title_face="serif_bold", title_mm=10, title_gap_mm=6, footer="nm",
                     left=30, right=28, top=40)
        blocks = [
            ("f", f"申请人：{a.name}，{a.sex}，公民身份号码{a.id_number}。"),
            ("f", f"申请人：{r.name}，法定代表人{r.legal_rep}。"),
            ("f", "公证事项：赋予债权文书强制执行效力"),
            ("p", f"兹证明出借人{a.name}与借款人{r.name}于{num_date(c.basis_effective - timedelta(days=400))}在本公证处，"
                  f"在本公证员面前签订了前面的《借款合同》。借款金额{money(c.amount)}，用于购买鞋面材料及EVA大底模具。"),
            ("p", "双方当事人在合同中明确约定：借款人不履行或不适当履行合同义务时，自愿接受依法强制执行。经查，双方签约"
                  "行为符合《中华人民共和国民法典》第一百四十三条的规定，合同内容真实。"),
            ("p", "依据《中华人民共和国公证法》第三十七条的规定，前面的《借款合同》具有强制执行效力。"),
        ]
        sheets = typed("公　证　书", blocks, house, rng, number=c.basis_number,
                       sign=("中华人民共和国福建省泉州市海丝公证处", "公证员　" + c.extra["trial_judge"]),
                       date_line=cn_date(c.basis_effective - timedelta(days=400)), seal_name="福建省泉州市海丝公证处")
    return sheets


def certificate(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if c.extra["story"] == "shoe":
        return typed("执　行　证　书", [
            ("f", f"申请执行人：{c.applicant.name}"), ("f", f"被申请执行人：{c.respondent.name}"),
            ("p", f"本处于{num_date(c.basis_effective - timedelta(days=400))}出具的{c.basis_number}公证书所证明的《借款合同》"
                  f"已到期，经核实，被申请执行人未按约定履行还款义务。申请执行人于{num_date(c.basis_effective - timedelta(days=10))}"
                  "向本处申请出具执行证书。本处核实后，确认如下："),
            ("p", f"一、被申请执行人应偿还借款本金{money(c.amount)}；二、利息按合同约定计算至实际清偿之日止。"),
            ("p", "申请执行人可持本执行证书及原公证书向有管辖权的人民法院申请执行。"),
        ], Hand(face="serif", size_mm=5.0, title_face="serif_bold", title_mm=10, title_gap_mm=4, top=40), rng,
            number=c.extra["cert_no"], sign=("福建省泉州市海丝公证处", "公证员　" + c.extra["trial_judge"]),
            date_line=cn_date(c.basis_effective), seal_name="福建省泉州市海丝公证处")
    return typed("生效证明", [
        ("f", f"{c.applicant.name}："),
        ("p", f"你与{c.respondent.name}茶叶买卖合同争议一案，本会于{num_date(c.basis_effective)}作出{c.basis_number}"
              "裁决书。该裁决书已依法送达双方当事人，自作出之日起发生法律效力。"),
        ("p", "截至本证明出具之日，本会未收到人民法院撤销或者不予执行该裁决的通知。"),
        ("p", "特此证明。"),
    ], Hand(face="song_gb", size_mm=5.4, title_face="hei", title_mm=9, title_gap_mm=4, body_above="泉州仲裁委员会",
            top=45), rng, number=f"泉仲证字〔{c.filed_on.year}〕{rng.randint(10, 99)}号", sign=("泉州仲裁委员会秘书处",),
        date_line=cn_date(c.filed_on - timedelta(days=6)), seal_name="泉州仲裁委员会")


def clue_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    clue = {"stone": "丰泽区东海街道后埔社区石材仓库存放板材若干；被执行人在兴业银行有对公账户",
            "tea": "被执行人在丰泽、鲤城有三家门店，收款码绑定泉州银行账户",
            "shoe": "被执行人在兴业银行泉州丰泽支行有基本账户，晋江陈埭有模具设备"}[c.extra["story"]]
    return [offset_form("被执行人财产线索表", [
        ("申请执行人", c.applicant.name, "联系电话", c.applicant.phone),
        ("被执行人", c.respondent.name, "法定代表人", c.respondent.legal_rep),
        ("§", "财 产 线 索"),
        ("#", "银行账户", c.extra["resp_bank"], 16),
        ("#", "不动产/动产", clue, 30),
        ("#", "其他线索", "无", 14),
        ("填表人", c.agent, "填表日期", num_date(c.filed_on - timedelta(days=1))),
    ], rng, st=form_style(rng, fill="hand"), top_note="丰泽法院立案材料（三）", sealed=False,
        foot=["申请执行人应如实提供财产线索；提供虚假线索的，承担相应法律责任。"])]


def fee(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(size=(mm(210), mm(120)), paper=(250, 246, 236))
    red = (190, 60, 60)
    s.centred(mm(8), "福建省非税收入一般缴款书（电子）", fnt("serif_bold", 6), fill=red)
    s.text(mm(10), mm(20), f"票据代码：35060126　　票据号码：{c.extra['fee_no']}", fnt("serif", 3.4), fill=red)
    s.right(s.width - mm(10), mm(20), f"开票日期：{c.day(1):%Y-%m-%d}", fnt("serif", 3.4), fill=red)
    rows = [["交款人", c.applicant.name, "执收单位", "泉州市丰泽区人民法院"],
            ["项目名称", "申请执行费", "金额（元）", f"{c.extra['fee']}.00"],
            ["金额合计（大写）", money_caps(c.extra["fee"]), "（小写）", f"{c.extra['fee']}.00"],
            ["备注", c.number, "收款银行", "泉州银行丰泽支行"]]
    y = mm(28)
    for _row in rows:
        halftone(s, (mm(10), y, mm(42), y + mm(13)), (220, 150, 150), cover=0.2)
        halftone(s, (mm(102), y, mm(134), y + mm(13)), (220, 150, 150), cover=0.2)
        y += mm(13)
    table(s, mm(10), mm(28), [mm(32), mm(60), mm(32), mm(66)], rows, fnt("serif", 3.5), row_h=mm(13), fill=red)
    s.text(mm(10), y + mm(4), "收款单位（章）：　　　　复核人：　　　　收款人：" + rng.choice(["苏", "郭"]) + "美玲", fnt("serif", 3.4), fill=red)
    seal(s, s.width - mm(50), y - mm(6), "泉州市丰泽区人民法院财务专用章", rng, radius=mm(15))
    return [s]


def identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if served and served[0] == "respondent":
        r = c.respondent
        s = Sheet(paper=(246, 246, 242))
        gx0, gy0, gx1, gy1 = mm(16), mm(30), s.width - mm(16), mm(210)
        halftone(s, (gx0, gy0, gx1, gy1), (215, 200, 160), cover=0.12, period=4.4, angle=15)
        s.box(gx0, gy0, gx1, gy1, width=8, outline=(160, 130, 70))
        s.centred(mm(40), "营　业　执　照", fnt("serif_bold", 11), fill=(150, 40, 30))
        s.centred(mm(56), "（副　本）", fnt("serif", 4.5))
        s.text(mm(24), mm(66), f"统一社会信用代码　{r.id_number}", fnt("serif", 4))
        f = fnt("serif", 4.3)
        y = float(mm(80))
        for k, v in (("名　　称", r.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", r.legal_rep),
                     ("经营范围", {"stone": "建筑装饰工程；石材销售", "tea": "茶叶零售；预包装食品销售", "shoe": "鞋材研发、销售"}[c.extra["story"]]),
                     ("注册资本", f"{rng.choice([100, 300, 500, 1000])}万元"), ("住　　所", r.address)):
            s.text(mm(26), y, k, f)
            s.text(mm(62), y, v[:30], f)
            y += mm(13)
        s.right(gx1 - mm(12), mm(180), "登记机关　泉州市丰泽区市场监督管理局", fnt("serif", 4))
        seal(s, gx1 - mm(45), mm(185), "泉州市丰泽区市场监督管理局", rng, radius=mm(17))
        s.text(mm(30), mm(226), "与原件核对一致", fnt("kai", 5), fill=RED)
        hand(s, mm(30), mm(240), r.legal_rep, rng, size=mm(6), ink=INK)
        return [s]
    a = c.applicant
    s = Sheet(paper=(250, 250, 250))
    for side, (x, top) in enumerate(((mm(45), mm(30)), (mm(45), mm(110)))):
        w, h, y = mm(86) * 1.4, mm(54) * 1.4, float(top)
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), outline=(120, 120, 120), width=3,
                                 fill=(236, 236, 232))
        if side == 0:
            f = fnt("hei", 3.8)
            rows = [("姓名", a.name), ("性别", f"{a.sex}　　民族　汉"),
                    ("出生", f"{a.born.year}年{a.born.month}月{a.born.day}日" if a.born else ""), ("住址", a.address[:12]),
                    ("", a.address[12:])]
            yy = y + mm(6)
            for lab, val in rows:
                s.text(x + mm(6), yy, lab, f, fill=(90, 110, 150))
                s.text(x + mm(20), yy, val, f)
                yy += mm(9)
            s.text(x + mm(6), y + h - mm(12), "公民身份号码　" + a.id_number, fnt("hei", 4.2))
            s.draw.rectangle((x + w - mm(36), y + mm(8), x + w - mm(6), y + mm(48)), fill=(175, 175, 175))
        else:
            s.centred(y + mm(12), "中华人民共和国", fnt("hei", 5.5), x0=x, x1=x + w)
            s.centred(y + mm(24), "居 民 身 份 证", fnt("hei", 7), x0=x, x1=x + w)
            issuer = {"stone": "南安市公安局", "tea": "安溪县公安局", "shoe": "晋江市公安局"}[c.extra["story"]]
            s.text(x + mm(10), y + h - mm(20), "签发机关　" + issuer, fnt("hei", 3.8))
            s.text(x + mm(10), y + h - mm(11), "有效期限　2016.08.12-2036.08.12", fnt("hei", 3.8))
    hand(s, mm(50), mm(200), "本复印件与原件一致", rng, size=mm(6), ink=INK)
    hand(s, mm(120), mm(214), a.name, rng, size=mm(7), ink=INK)
    return [s]


def attorney(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return typed("授权委托书", [
        ("f", f"委托人：{c.applicant.name}，公民身份号码{c.applicant.id_number}。"),
        ("f", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['lic']}，电话{c.agent_phone}。"),
        ("p", f"现委托上列受托人在我与{c.respondent.name}执行一案中，作为我的委托代理人。"),
        ("p", "代理权限：特别授权，包括申请执行、提供财产线索、代为签收法律文书、代为参与和解、代为领取执行款。"),
        ("p", "委托期限：自签字之日起至本案执行终结止。"),
    ], Hand(face="kai_gb", size_mm=5.6, title_face="serif_bold", title_mm=9, title_gap_mm=4, left=26, right=24), rng,
        sign=("委托人（签名）：",), hand_sign=c.applicant.name, date_line=num_date(c.filed_on - timedelta(days=3)))


def firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    house = Hand(face="serif", size_mm=5.2, title_face="serif_bold", title_mm=8, title_gap_mm=1.0,
                 body_above=c.firm, top=30)
    sheets = typed("律 师 事 务 所 函", [
        ("f", "泉州市丰泽区人民法院："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}执行一案的代理人。"),
        ("p", "特此函告。"),
        ("f", "附：授权委托书一份"),
        ("f", f"本所地址：{c.extra['firm_addr']}　联系电话：0595-2{rng.randint(2000000, 9999999)}"),
    ], house, rng, number=f"（{c.filed_on.year}）闽律函字第{rng.randint(10, 300)}号", sign=(c.firm,),
        date_line=num_date(c.filed_on - timedelta(days=3)), seal_name=c.firm)
    s = sheets[0]
    s.line(mm(26), mm(48), s.width - mm(24), mm(48), width=4, fill=RED)
    return sheets


def license_copy(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(paper=(246, 246, 246))
    x, y, w, h = mm(35), mm(40), mm(140), mm(95)
    s.draw.rectangle((x, y, x + w, y + h), fill=(225, 225, 222), outline=(90, 90, 90), width=3)
    s.centred(y + mm(8), "中华人民共和国律师执业证", fnt("serif_bold", 6.5), x0=x, x1=x + w)
    f = fnt("serif", 4)
    yy = y + mm(24)
    for k, v in (("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["lic"]),
                 ("法律职业资格证号", f"A{c.filed_on.year - rng.randint(6, 14)}35050{rng.randint(1000000, 9999999)}"),
                 ("持证人", c.agent), ("发证机关", "福建省司法厅")):
        s.text(x + mm(8), yy, f"{k}：{v}", f)
        yy += mm(10)
    s.draw.rectangle((x + w - mm(38), y + mm(24), x + w - mm(10), y + mm(60)), fill=(170, 170, 170))
    s.text(x, y + h + mm(10), "律师年度考核备案：" + f"{c.filed_on.year - 1}年度 称职", fnt("serif", 3.8))
    seal(s, x + w - mm(30), y + h - mm(10), "福建省司法厅", rng, radius=mm(14))
    return [s]


def account_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return [offset_form("申请执行人收取案款确认书", [
        ("申请执行人", c.applicant.name, "案　号", c.number),
        ("账户名称", c.applicant.name, "开户银行", c.extra["acct_bank"]),
        ("#", "银行账号", c.extra["acct"], 14),
        ("#", "确认事项", "本人确认上述账户为本案收取执行款的账户，法院将案款汇入该账户即视为已向本人发放。", 26),
        ("确认人签名", c.applicant.name, "日　期", c.extra["num_filed"]),
    ], rng, st=form_style(rng, fill="hand"), sealed=False, top_note="丰泽法院立案材料（五）")]


def address_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return [offset_form("送达地址确认书", [
        ("案　号", c.number, "案　由", "执行"),
        ("受送达人", c.applicant.name, "代理人", c.agent),
        ("#", "送达地址", c.extra["firm_addr"], 16),
        ("手机号码", c.agent_phone, "邮政编码", "362000"),
        ("#", "是否同意电子送达", "同意，短信及福建移动微法院", 16),
        ("#", "告知事项", "本人已阅读送达地址确认须知。地址变更未告知的，按原地址送达视为送达。", 24),
        ("受送达人签名", c.agent, "日　期", c.extra["num_filed"]),
    ], rng, st=form_style(rng, fill="hand"), sealed=False, top_note="丰泽法院执行文书（二）")]


def settlement(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    part = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    return typed("执行和解协议", [
        ("f", f"甲方（申请执行人）：{c.applicant.name}"), ("f", f"乙方（被执行人）：{c.respondent.name}，法定代表人{c.respondent.legal_rep}"),
        ("p", f"关于{c.number}执行一案，经泉州市丰泽区人民法院主持，双方自愿达成如下和解协议："),
        ("p", f"一、乙方应付甲方货款{money(c.amount)}，甲方同意免除迟延履行期间的债务利息。"),
        ("p", f"二、乙方于{num_date(c.day(32))}前支付人民币{part:,.0f}元，余款于{num_date(c.extra['pay_day'])}前付清，"
              f"均汇入法院执行款专户或甲方在{c.extra['acct_bank']}的账户。"),
        ("p", "三、乙方逾期未付任何一期的，甲方可申请恢复执行原生效法律文书。"),
        ("p", "四、乙方付清全部款项后，本案执行完毕，甲方申请解除对乙方的限制消费措施。"),
        ("p", "本协议一式三份，双方各执一份，交法院一份附卷。"),
    ], Hand(face="sans", size_mm=4.9, title_face="sans_bold", title_mm=8, title_gap_mm=2, left=24, right=22), rng,
        sign=("甲方：", "乙方（盖章）："), hand_sign=c.applicant.name, date_line=num_date(c.day(28)),
        seal_name=c.respondent.name)


def voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(size=(mm(210), mm(140)), paper=(252, 252, 250))
    bank = "兴业银行" if rng.random() < 0.6 else "泉州银行"
    s.centred(mm(10), f"{bank}　电子回单（付款）", fnt("microhei", 6))
    s.text(mm(12), mm(22), f"回单编号：{rng.randint(10**11, 10**12 - 1)}　交易日期：{c.extra['pay_day'] + timedelta(days=3):%Y-%m-%d}",
           fnt("microhei", 3.4))
    rows = [["付款人", "泉州市丰泽区人民法院（执行款专户）", "收款人", c.applicant.name],
            ["付款账号", f"35{rng.randint(10**14, 10**15 - 1)}", "收款账号", c.extra["acct"]],
            ["付款行", "泉州银行丰泽支行", "收款行", c.extra["acct_bank"]],
            ["金额（小写）", f"¥{c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
            ["用途", f"{c.number}执行款发放", "业务类型", "跨行转账"]]
    table(s, mm(12), mm(30), [mm(28), mm(66), mm(28), mm(64)], rows, fnt("microhei", 3.4), row_h=mm(14),
          fill=(70, 90, 140))
    seal(s, s.width - mm(45), mm(116), f"{bank}电子回单专用章", rng, radius=mm(13))
    s.text(mm(12), mm(118), "打印次数：1　　本回单不作为收款方发货依据", fnt("microhei", 3.2))
    return [s]


PAPERS: dict[str, str] = {
    "enforcement_application": "received", "enforcement_basis": "received", "effectiveness_certificate": "received",
    "property_clue_form": "received", "fee_receipt": "received", "identity_proof": "received",
    "power_of_attorney": "received", "law_firm_letter": "received", "lawyer_license": "received",
    "payment_account_confirmation": "received", "service_address_confirmation": "received",
    "settlement_agreement": "received", "payment_voucher": "received",
    "acceptance_notice": "court", "payment_notice": "court", "enforcement_notice": "court",
    "property_report_order": "court", "property_declaration_form": "court", "online_inquiry_result": "court",
    "enforcement_ruling": "court", "assistance_notice": "court", "summons": "court",
    "consumption_restriction_order": "court", "dishonest_list_decision": "court", "investigation_record": "court",
    "interview_record": "court", "termination_this_round_ruling": "court", "closing_approval_form": "court",
    "service_receipt": "court", "closing_notice": "court", "dossier_cover": "court", "catalogue": "court",
    "file_review_form": "court", "remarks_sheet": "court",
}
DRAW: dict[str, Draw] = {
    "enforcement_application": application, "enforcement_basis": basis, "effectiveness_certificate": certificate,
    "property_clue_form": clue_form, "fee_receipt": fee, "identity_proof": identity, "power_of_attorney": attorney,
    "law_firm_letter": firm_letter, "lawyer_license": license_copy, "payment_account_confirmation": account_form,
    "service_address_confirmation": address_form, "settlement_agreement": settlement, "payment_voucher": voucher,
    "acceptance_notice": acceptance, "payment_notice": payment_notice, "enforcement_notice": enforcement_notice,
    "property_report_order": property_report_order, "property_declaration_form": declaration,
    "online_inquiry_result": inquiry, "enforcement_ruling": enforcement_ruling, "assistance_notice": assistance_notice,
    "summons": summons, "consumption_restriction_order": restriction, "dishonest_list_decision": dishonest,
    "investigation_record": investigation, "interview_record": interview, "termination_this_round_ruling": ttr_ruling,
    "closing_approval_form": approval, "service_receipt": receipt, "closing_notice": closing_notice,
    "dossier_cover": cover, "catalogue": catalogue, "file_review_form": review, "remarks_sheet": remarks,
}


def received_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return DRAW[code](c, rng, served)


def court_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return DRAW[code](c, rng, served)

