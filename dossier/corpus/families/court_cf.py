"""court_cf (湖南省衡阳市雁峰区人民法院, held out): the 雁峰 district of 衡阳 south of the 回雁峰 — 白沙洲 industrial
park, steel-pipe and building-material trade, the 解放路/先锋路 shops. The bureau's own papers in its house style
(court_cf_kit), the papers it receives in their authors' styles (court_cf_papers); every page photographed by the
filing window's 高拍仪 (court_cf_capture)."""

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
from dossier.corpus.families.court_cf_kit import (
    COURT,
    LAW,
    LEFT,
    RIGHT,
    SEAL,
    TOP,
    body,
    court_paper,
    footer,
    form_head,
    run_on,
)
from dossier.corpus.families.court_cf_papers import RECEIVED, render_paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_approval_form", "closing_notice", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
WAGE_SEQ, PIPE_SEQ, LOAN_SEQ = 69127, 69284, 69431
SHIFT = timedelta(days=731)  # the cases are of 2026
STREETS = ["白沙洲街道", "先锋街道", "天马山街道", "雁峰街道", "黄茶岭街道", "金龙坪街道"]


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """雁峰 parties. WAGE_SEQ: a welder's labour award (衡阳市劳动人事争议仲裁院) against a steel-pipe processing firm,
    paid by a 扣划 at 湖南银行 and archived; PIPE_SEQ: a 衡阳中院 二审 judgment for a building-material trader
    against a decoration company with nothing left, ended 终本; LOAN_SEQ: a 雁城公证处 notarised loan with its
    执行证书, settled in instalments by a 鱼粉店 owner."""
    c.filed_on, c.closed_on = c.filed_on + SHIFT, c.closed_on + SHIFT
    c.number = c.number.replace("（2024）", "（2026）")
    story = {WAGE_SEQ: "wage", PIPE_SEQ: "pipe"}.get(int(c.number[c.number.index("执") + 1:-1]), "loan")
    c.extra["story"] = story
    c.firm = rng.choice(["湖南雁城律师事务所", "湖南衡州联合律师事务所", "湖南湘南正衡律师事务所"])
    c.extra["firm_addr"] = f"衡阳市{rng.choice(['雁峰区先锋路', '蒸湘区解放西路', '珠晖区东风南路'])}{rng.randint(18, 388)}号"
    c.extra["lic_no"] = f"1430420{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["acct_bank"] = rng.choice(["衡阳农村商业银行雁峰支行", "衡阳农村商业银行先锋支行", "中国邮政储蓄银行衡阳市分行"])
    c.extra["acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    c.extra["resp_bank"] = rng.choice(["湖南银行衡阳分行营业部", "湖南银行衡阳雁峰支行"])
    c.extra["resp_acct"] = f"8100{rng.randint(10**12, 10**13 - 1)}"
    c.extra["receipt_no"] = f"43{rng.randint(10**10, 10**11 - 1)}"
    c.extra["pay_day"] = c.day(rng.randint(38, 52))
    c.extra["street"] = rng.choice(STREETS)
    c.extra["clerk2"] = person_name(rng)
    if story == "wage":
        born = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["430421", "430426", "430406"]), born),
                            f"湖南省衡阳县{rng.choice(['西渡镇', '演陂镇', '台源镇'])}{rng.choice(['新桥村', '石湾村'])}"
                            f"{rng.randint(1, 12)}组{rng.randint(1, 60)}号", f"13{rng.randint(100000000, 999999999)}",
                            born=born, sex="男")
        c.respondent = Party(f"衡阳{rng.choice(['鑫钢', '雁峰华菱', '恒通'])}钢管加工有限公司", "organisation",
                             credit_code(rng, "430406"), f"湖南省衡阳市雁峰区白沙洲工业园{rng.choice(['工业大道', '长江路'])}"
                             f"{rng.randint(2, 88)}号", f"0734-8{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.amount = Decimal(rng.randint(3800000, 8600000)) / 100
        c.basis_kind = "arbitration"
        c.basis_court = "衡阳市劳动人事争议仲裁院"
        c.basis_number = f"衡劳人仲案字〔2025〕第{rng.randint(200, 1200)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "劳动争议"
        c.extra["months"] = rng.randint(5, 10)
        c.extra["job"] = rng.choice(["电焊工", "切管工", "行车工"])
    elif story == "pipe":
        c.applicant = Party(f"衡阳{rng.choice(['湘雁', '南岳', '船山'])}建材贸易有限公司", "organisation",
                            credit_code(rng, "430406"), f"湖南省衡阳市雁峰区{c.extra['street']}"
                            f"{rng.choice(['湘江南路', '蒸湘南路'])}{rng.randint(10, 300)}号", f"0734-8{rng.randint(100000, 999999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"衡阳{rng.choice(['锦雁', '衡美', '华居'])}装饰工程有限公司", "organisation",
                             credit_code(rng, "430406"), f"湖南省衡阳市雁峰区{rng.choice(['先锋路', '中山南路'])}"
                             f"{rng.randint(10, 200)}号{rng.randint(2, 9)}楼", f"0734-8{rng.randint(100000, 999999)}",
                             legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = "湖南省衡阳市中级人民法院"
        c.basis_number = f"（2025）湘04民终{rng.randint(800, 3999)}号"
        c.extra["first_number"] = f"（2025）湘0406民初{rng.randint(300, 2999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = rng.choice(["瓷砖、卫浴洁具", "石膏板、轻钢龙骨", "木地板及辅料"])
    else:
        born = date(rng.randint(1968, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "430406", born),
                            f"湖南省衡阳市雁峰区{c.extra['street']}{rng.choice(['仙姬巷', '和平南路'])}{rng.randint(1, 90)}号",
                            f"13{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))
        rborn = date(rng.randint(1970, 1994), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["430405", "430406", "430407"]), rborn),
                             f"湖南省衡阳市雁峰区{rng.choice(['解放路', '先锋路'])}{rng.randint(1, 200)}号",
                             f"15{rng.randint(100000000, 999999999)}", born=rborn, sex=rng.choice("男女"))
        c.amount = Decimal(rng.randint(60000, 260000)) * 1
        c.basis_kind = "notarial"
        c.basis_court = "湖南省衡阳市雁城公证处"
        c.basis_number = f"（2025）湘衡雁证字第{rng.randint(1000, 6999)}号"
        c.extra["cert_no"] = f"（2025）湘衡雁证执字第{rng.randint(10, 199)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(15, 40))
        c.extra["cause"] = "借款合同纠纷"
        c.extra["shop"] = rng.choice(["雁峰鱼粉店", "回雁鱼粉馆", "衡州鱼粉"])
        c.extra["instalments"] = rng.choice([2, 3])
    c.extra["exec_fee"] = Decimal(int(float(c.amount) * 0.006 + 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return render_paper(code, c, rng, served)
    if code == "assistance_notice" and "reply" in served:
        return render_paper(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_name(c: CaseCtx) -> str:
    """How the bureau's papers name the basis."""
    return {"wage": f"{c.basis_court}{c.basis_number}仲裁裁决书", "pipe": f"{c.basis_court}{c.basis_number}民事判决书",
            "loan": f"{c.basis_court}{c.basis_number}公证书及{c.extra.get('cert_no', '')}执行证书"}[c.extra["story"]]


def _sign(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _bench(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra["clerk2"]), ("书记员", c.clerk)]


def _what(c: CaseCtx) -> str:
    return f"{c.applicant.name}申请执行{c.respondent.name}{c.extra['cause']}一案"


def _you(c: CaseCtx) -> str:
    return "你" if c.respondent.kind == "person" else "你公司"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, what = c.applicant, c.respondent, _what(c)
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你{'' if a.kind == 'person' else '公司'}提交的{what}的执行申请及相关材料收悉。经审查，符合法定受理条件，"
                  f"本院决定立案执行，案号为{c.number}。"),
            ("p", f"本案执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请在执行过程中积极提供被执行人的财产线索；"
                  "联系方式、送达地址变更的，应及时书面告知本院。案件进展可通过湖南法院网上诉讼服务平台或12368热线查询。"),
            ("p", "特此通知。"),
        ], signers=_sign(c), day=c.filed_on)
    if code == "payment_notice":
        fee = (f"本案系追索劳动报酬案件，准予申请人缓交申请执行费{c.extra['exec_fee']}元，执行到位时由本院从被执行人处直接收取。"
               if c.extra["story"] == "wage" else
               f"应预交申请执行费{c.extra['exec_fee']}元，该费用最终由被执行人负担。")
        return court_paper(c, rng, "缴纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理{what}，依照《诉讼费用交纳办法》第十条第（一）项、第十四条第（一）项的规定，{fee}"),
            ("p", "请于接到本通知次日起七日内通过湖南省非税收入收缴平台扫码缴纳，或持本通知到本院诉讼服务中心窗口缴纳。"),
        ], signers=_sign(c), day=c.filed_on)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{what}，{a.name}向本院申请强制执行，本院于{cn_date(c.filed_on)}依法立案。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(c)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、履行{basis_name(c)}确定的给付义务，金额{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息（或支付迟延履行金）；"),
            ("p", "三、负担本案申请执行费及执行中实际支出的费用。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并依法对{_you(c)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=_sign(c), day=c.day(2))
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{what}中，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"的规定，责令{_you(c)}在收到本令后五日内，如实填写随附的《财产申报表》，向本院报告当前以及收到执行通知之日前"
                  "一年的财产情况。"),
            ("p", "报告期间财产发生变动，影响申请执行人债权实现的，应当自财产变动之日起十日内向本院补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=_sign(c), day=c.day(2))
    if code == "enforcement_ruling":
        target = {"wage": f"冻结、划拨被执行人{r.name}在{c.extra['resp_bank']}账户（{c.extra['resp_acct']}）内的存款，"
                          f"以{money(c.amount)}及迟延履行期间的债务利息为限。",
                  "pipe": f"冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}，或查封、扣押、冻结其相应价值的其他财产。",
                  "loan": f"冻结、划拨被执行人{r.name}名下银行存款及微信、支付宝账户资金，以{money(c.amount)}为限。"}[c.extra["story"]]
        return court_paper(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，" + (f"住所地{r.address}。" if r.kind == "organisation" else f"住{r.address}。")),
            *([("f", f"法定代表人：{r.legal_rep}。")] if r.legal_rep else []),
            ("p", f"本院在执行{what}中，被执行人未按执行通知书指定的期间履行生效法律文书确定的义务。依照{LAW}第二百五十三条、"
                  "第二百五十五条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            ("p", target),
            ("p", "本裁定立即执行。"),
        ], signers=_bench(c)[1:], day=c.day(8))
    if code == "assistance_notice":
        bank = c.extra["resp_bank"] if c.extra["story"] != "loan" else "衡阳农村商业银行雁峰支行"
        return court_paper(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"本院在执行{what}中，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（{'公民身份号码' if r.kind == 'person' else '统一社会信用代码'}：{r.id_number}）在你行开立的"
                  + ("全部账户内存款，" if r.kind == "person" else f"账户{c.extra['resp_acct']}内存款，")
                  + f"并扣划{money(c.amount)}至本院执行款专户（户名：衡阳市雁峰区人民法院，开户行：衡阳农村商业银行雁峰支行）。"),
            ("f", f"附：{c.number}执行裁定书"),
            ("f", f"执行人员：{c.officer}、{c.clerk}　　联系电话：{c.court.phone}"),
        ], signers=[], day=c.day(9))
    if code == "summons":
        return _summons(c, rng)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("f", f"{r.name}、法定代表人{r.legal_rep}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{what}，因{_you(c)}未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你公司及你公司的法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照民事诉讼法第一百一十四条的规定，予以罚款、拘留；情节严重，构成犯罪的，"
                  "依法追究刑事责任。"),
        ], signers=[], day=c.day(30))
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{what}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照{LAW}"
                  "第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（三）项的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], signers=_bench(c)[:1] + _bench(c)[3:], day=c.day(31), number=c.number.replace("号", "号之一"))
    if code == "investigation_record":
        return _record(c, rng, "调查笔录")
    if code == "interview_record" and "notice" in served:
        return _ttr_notice(c, rng)
    if code == "interview_record":
        return _record(c, rng, "约谈笔录")
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"法定代表人：{a.legal_rep}，该公司总经理。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{what}中，依据已发生法律效力的{basis_name(c)}，于{cn_date(c.day(2))}向被执行人送达执行通知书、报告财产令，"
                  f"责令其履行给付{money(c.amount)}的义务。被执行人未履行，亦未申报财产。"),
            ("p", "本院通过网络执行查控系统查询被执行人的银行存款、车辆、证券、不动产、网络资金等，仅查得银行存款合计人民币"
                  f"{rng.randint(12, 880)}.{rng.randint(10, 99)}元，已冻结；经衡阳市不动产登记中心、衡阳市公安局交通警察支队车辆管理所"
                  "协助查询，被执行人名下无不动产、车辆。执行人员赴被执行人住所地调查，该公司已停业，办公场所已退租。本院已对"
                  "被执行人及其法定代表人发出限制消费令，将被执行人纳入失信被执行人名单。"),
            ("p", f"{cn_date(c.closed_on - timedelta(days=9))}，本院约谈申请执行人，告知其本案的执行情况、财产调查措施、被执行人的财产"
                  "情况及终结本次执行程序的依据和法律后果，申请执行人表示暂无其他财产线索可供执行。"),
            ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产，符合终结本次执行程序的条件。依照《最高人民法院"
                  "关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。申请执行人申请恢复执行不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=_bench(c), day=c.closed_on)
    if code == "closing_notice":
        how = {"wage": f"经本院冻结并扣划被执行人在{c.extra['resp_bank']}的存款",
               "loan": f"经本院主持，双方达成分{c.extra.get('instalments', 2)}期履行的和解协议，被执行人已按期付清"}.get(
            c.extra["story"], "被执行人已履行")
        return court_paper(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{what}，{how}，执行款{money(c.amount)}已于{cn_date(c.extra['pay_day'] + timedelta(days=3))}"
                  f"转入你确认的收款账户（{c.extra['acct_bank']}）。本案已执行完毕，依照《最高人民法院关于执行案件立案、结案若干"
                  "问题的意见》第十五条的规定，本院以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], signers=_sign(c), day=c.closed_on)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _summons(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 传票 is a printed form: a boxed grid, not a letter."""
    s = Sheet()
    y = form_head(s, "传　　票")
    s.right(RIGHT, y - 20, c.number, body(34))
    w = RIGHT - LEFT
    r = c.respondent
    rows = [["案　　由", c.extra["cause"] + "（执行）"], ["被传唤人", f"{r.legal_rep}（{r.name}法定代表人）"],
            ["工作单位或住址", r.address], ["传唤事由", "执行谈话：说明履行能力、申报财产情况"],
            ["应到时间", f"{num_date(c.day(26))}　上午9时00分"], ["应到处所", "本院执行局一楼执行接待室（先锋路66号）"]]
    y = table(s, LEFT, y + 40, [w * 0.26, w * 0.74], rows, body(34), row_h=mm(15), centre_first=True)
    y = run_on([("f", "注意事项："), ("p", "1. 被传唤人必须准时到达应到处所，携带本传票及身份证件。"),
                ("p", f"2. 被传唤人无正当理由拒不到场的，本院可依照{LAW}第一百一十二条的规定予以拘传。"),
                ("p", "3. 本传票由被传唤人携带来院报到。")], body(32), s, y + 30, lh=52)[1]
    s.text(RIGHT - mm(70), y + 40, f"执行员　{c.officer}", body(36))
    s.text(RIGHT - mm(70), y + 110, cn_date(c.day(20)), body(36))
    seal(s, RIGHT - mm(40), y + 110, SEAL, rng)
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str) -> list[Sheet]:
    """The bureau's 笔录: a printed head with time/place lines, a typed Q&A, each sheet signed at the foot."""
    s = Sheet()
    s.centred(TOP, title, font("hei", 64), spacing=20)
    interview = title == "约谈笔录"
    when = c.closed_on - timedelta(days=9) if interview else c.day(rng.randint(45, 70))
    place = "本院执行局约谈室" if interview else f"{c.respondent.address}（被执行人住所地）"
    head = [f"时间：{when.year}年{when.month}月{when.day}日{rng.choice(['9时30分', '10时05分', '14时40分', '15时10分'])}",
            f"地点：{place}", f"执行人员：{c.officer}　　记录人：{c.clerk}",
            (f"被约谈人：{c.agent}，{c.firm}律师，系申请执行人{c.applicant.name}的委托诉讼代理人" if interview else
             f"被调查人：{person_name(rng)}，{c.respondent.address}物业管理处工作人员"), f"案号：{c.number}"]
    y = run_on([("f", line) for line in head], body(36), s, TOP + 120, lh=60)[1]
    s.line(LEFT, y + 6, RIGHT, y + 6, width=2)
    if interview:
        qa = [("问", "我们是衡阳市雁峰区人民法院执行局的执行人员，今天就本案执行情况约谈你方，你是否听清楚？"),
              ("答", "听清楚了。"),
              ("问", "本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券、网络资金等，仅冻结少量存款；经不动产登记中心、"
                     "车管所查询无登记财产；执行人员到被执行人住所地调查，该公司已停业。对以上情况你方有无异议？"),
              ("答", "没有异议，我们自己去看过，公司门面已经转租给别人了。"),
              ("问", "你方能否提供被执行人其他的财产线索？"),
              ("答", "暂时提供不了。听说其法定代表人在外地做工程，具体地址不清楚。"),
              ("问", "现告知你方：本案拟终结本次执行程序。终本后被执行人仍负有继续履行的义务，限制消费、失信措施继续有效，本院每六个"
                     "月通过网络查控系统查询一次被执行人的财产；你方发现财产线索的，可以申请恢复执行，不受申请执行时效的限制。听清楚了吗？"),
              ("答", "听清楚了，同意终结本次执行程序，有线索我们再申请恢复。"),
              ("问", "还有什么补充？"), ("答", "没有了。")]
    else:
        qa = [("问", f"我们是衡阳市雁峰区人民法院执行人员（出示工作证），现向你了解{c.respondent.name}的情况，请如实陈述。"),
              ("答", "好的。"), ("问", "该公司是否还在此处办公？"),
              ("答", f"早就不在了，{rng.randint(3, 11)}个月前就搬走了，欠了物业费和房租，东西都清走了。"),
              ("问", "该公司在此处有无留存设备、材料等物品？"), ("答", "没有，只剩几张旧桌子，是房东的。"),
              ("问", "你是否知道该公司负责人的去向？"), ("答", "不知道，电话打不通。"),
              ("问", "以上所说是否属实？"), ("答", "属实。")]
    blocks = [("f", f"{q}：{t}") for q, t in qa]
    sheets, y = run_on(blocks, body(38), s, y + 40, lh=64, bottom=mm(250))
    for k, sh in enumerate(sheets):
        sh.text(LEFT, mm(258), "被约谈人签名：" if interview else "被调查人签名：", body(32))
        signature(sh, LEFT + mm(42), mm(254), c.agent if interview else person_name(rng), rng)
        sh.text(RIGHT - mm(60), mm(258), "执行人员：", body(32))
        signature(sh, RIGHT - mm(28), mm(254), c.officer, rng)
        if k == len(sheets) - 1:
            hand(sh, LEFT + mm(6), y + 30, "以上笔录我已看过，与我说的一致。", rng, size=40, ink=(30, 30, 40))
    return footer(sheets)


def _ttr_notice(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 终本 告知书 the applicant signs after the interview: typed, then a handwritten opinion and signature."""
    sheets = court_paper(c, rng, "终结本次执行程序告知书", [
        ("f", f"{c.applicant.name}："),
        ("p", f"本院执行的{_what(c)}，经网络查控、传唤、现场调查、向衡阳市不动产登记中心及车管所查询等措施，未发现被执行人有"
              "可供执行的财产。本院拟对本案终结本次执行程序，现将有关事项告知如下："),
        ("p", "一、终结本次执行程序后，被执行人仍负有继续履行的义务，申请执行人的债权不因此消灭；"),
        ("p", "二、限制消费及失信被执行人名单措施继续有效，本院将定期通过网络执行查控系统查询被执行人财产；"),
        ("p", "三、申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行，不受申请执行时效期间的限制；"),
        ("p", "四、申请执行人对终结本次执行程序有异议的，可以依法提出执行异议。"),
        ("f", "申请执行人意见："),
    ], signers=[], day=c.closed_on - timedelta(days=9))
    last = sheets[-1]
    hand(last, LEFT + mm(40), mm(214), "已知悉，同意终本。", rng, size=48, ink=(25, 25, 30))
    last.text(LEFT, mm(236), "申请执行人（签名）：", body(36))
    signature(last, LEFT + mm(60), mm(231), c.agent, rng)
    return sheets


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "执行案件结案审批表")
    w = RIGHT - LEFT
    ttr = c.method == "terminated_this_round"
    paid = Decimal("0") if ttr else c.amount
    rows = [["案　号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_name(c)],
            ["申请标的", f"{c.amount:,.2f}元", "执行到位", f"{paid:,.2f}元"],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕", "结案日期", num_date(c.closed_on)],
            ["承办人意见", "已穷尽财产调查措施，被执行人无可供执行财产，已约谈申请执行人，建议终结本次执行程序。" if ttr else
             "执行款已全部到位并发放，建议以执行完毕结案。"],
            ["执行长/合议庭意见", "同意。"], ["局领导审批", ""]]
    y = table(s, LEFT, y, [w * 0.2, w * 0.34, w * 0.16, w * 0.30], rows, body(31),
              row_h=[mm(13)] * 5 + [mm(34), mm(26), mm(26)])
    signature(s, RIGHT - mm(48), y - mm(66), c.officer, rng)
    signature(s, RIGHT - mm(48), y - mm(38), c.judge, rng)
    hand(s, LEFT + w * 0.24, y - mm(18), "同意结案", rng, size=46, ink=(200, 40, 40))
    hand(s, RIGHT - mm(50), y - mm(10), num_date(c.closed_on), rng, size=32, record=False)
    return [s]


TITLES = {"acceptance_notice": "受理案件通知书", "payment_notice": "缴纳执行费通知书", "enforcement_notice": "执行通知书",
          "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书（冻结、划拨）",
          "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "closing_notice": "结案通知书",
          "summons": "传票", "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信名单）"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The 送达回证: the court's grid, signed by hand; a posted one has the EMS number in the remarks."""
    s = Sheet()
    y = form_head(s, "送 达 回 证")
    to_applicant = bool(served) and served[0] in ("acceptance_notice", "payment_notice", "closing_notice",
                                                  "termination_this_round_ruling")
    who = c.applicant if to_applicant else c.respondent
    if served and served[0] == "termination_this_round_ruling":
        names = "执行裁定书（终结本次执行程序）一份"
    else:
        names = "；".join(TITLES.get(x, x) + "一份" for x in served)
    post = rng.random() < 0.4
    signed = _served_on(c, rng, served)
    if post and rng.random() < 0.6:
        return _postal_receipt(c, rng, who, names, signed)
    w = RIGHT - LEFT
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["送达文书名称及件数", names],
            ["受送达人", who.name], ["送达地址", who.address], ["送达方式", "邮寄送达" if post else "直接送达"],
            ["受送达人签收", ""], ["代收人及代收理由", ""], ["送达人", f"{c.officer}　{c.clerk}"],
            ["备　　注", f"EMS {rng.randint(10**12, 10**13 - 1)}" if post else ""]]
    y0 = y + 10
    y = table(s, LEFT, y0, [w * 0.3, w * 0.7], rows, body(33), row_h=[mm(13)] * 6 + [mm(36)] + [mm(13)] * 3,
              centre_first=True)
    sy = y0 + mm(13) * 6 + mm(6)
    signer = who.name if who.kind == "person" else person_name(rng)
    signature(s, LEFT + w * 0.36, sy, signer, rng)
    if who.kind == "organisation":
        seal(s, LEFT + w * 0.82, sy + mm(14), who.name, rng, radius=mm(17))
    hand(s, LEFT + w * 0.36, sy + mm(18), num_date(signed), rng, size=34, record=False)
    s.text(LEFT, y + 24, "说明：受送达人拒绝签收的，送达人应当在备注栏注明拒收事由和日期。", body(27))
    return [s]


def _served_on(c: CaseCtx, rng: random.Random, served: list[str]) -> date:
    """The day the addressee signed: closing papers after the closing, the rest a few days after they were made."""
    first = served[0] if served else ""
    if first in ("termination_this_round_ruling", "closing_notice"):
        return c.closed_on + timedelta(days=rng.randint(1, 4))
    after = {"enforcement_ruling": 9, "summons": 21, "consumption_restriction_order": 31}.get(first, 3)
    return c.day(after + rng.randint(0, 4))


def _postal_receipt(c: CaseCtx, rng: random.Random, who: Party, names: str, signed: date) -> list[Sheet]:
    """The 法院专递 送达回证 card that comes back by post: a landscape card, green-printed, the EMS number at the top,
    the addressee's signature and the postman's entries."""
    s = Sheet(size=(mm(220), mm(150)), paper=(246, 248, 240))
    green = (20, 100, 60)
    s.box(mm(6), mm(6), mm(214), mm(144), width=4, outline=green)
    s.centred(mm(10), "人民法院专递邮件　送达回证", font("hei", 50), fill=green)
    f = body(28)
    s.text(mm(12), mm(24), f"邮件号：EMS {rng.randint(10**12, 10**13 - 1)}", f)
    s.right(mm(208), mm(24), f"寄件法院：{COURT}", f)
    rows = [["案号", c.number, "承办人", c.officer], ["受送达人", who.name, "联系电话", who.phone],
            ["送达地址", who.address], ["送达文书", names], ["收件人签名", "", "签收日期", ""],
            ["投递员", "", "投递局", "衡阳市邮政分公司雁峰揽投部"]]
    y0 = mm(32)
    table(s, mm(12), y0, [mm(30), mm(88), mm(28), mm(50)], rows, f, row_h=[mm(12)] * 4 + [mm(22), mm(12)],
          centre_first=True, fill=green)
    signer = who.name if who.kind == "person" else person_name(rng)
    signature(s, mm(46), y0 + mm(50), signer, rng)
    hand(s, mm(162), y0 + mm(54), num_date(signed), rng, size=30, record=False)
    signature(s, mm(46), y0 + mm(71), person_name(rng), rng)
    s.text(mm(12), mm(136), "本回证由投递员在妥投后交回寄件法院，请勿折叠。", body(24), fill=green)
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    if code == "dossier_cover":
        s.box(LEFT - 10, TOP, RIGHT + 10, mm(272), width=4)
        s.centred(TOP + 100, COURT, font("serif_bold", 56), spacing=6)
        s.centred(TOP + 230, "执　行　卷　宗", font("hei", 90), spacing=10)
        s.centred(TOP + 370, "正　　卷", body(48))
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行依据", c.basis_number], ["执行标的", f"{c.amount:,.2f}元"],
                ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"],
                ["执行员", c.officer], ["书记员", c.clerk], ["归档日期", num_date(c.closed_on + timedelta(days=21))],
                ["保管期限", "长期"]]
        table(s, LEFT + 60, TOP + 500, [mm(36), mm(106)], rows, body(36), row_h=mm(12.5), centre_first=True)
        s.text(LEFT + 60, mm(258), "全宗号 ______　　年度 2026　　案卷号 ______", body(32))
        return [s]
    if code == "catalogue":
        y = form_head(s, "卷 内 目 录")
        s.text(LEFT, y - 30, f"案号：{c.number}", body(32))
        items = ["执行申请书", "仲裁裁决书", "仲裁裁决书生效证明", "财产线索表", "身份证复印件", "被执行人营业执照",
                 "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书", "受理案件通知书",
                 "缴纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书及回执",
                 "执行款发放凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表"]
        rows = [["顺序号", "文件名称", "页号", "备注"]]
        page = 1
        for k, t in enumerate(items, 1):
            rows.append([str(k), t, str(page), ""])
            page += 2 if t in ("仲裁裁决书", "执行申请书", "网络查控结果") else 1
        rows.append(["", "备考表", "", ""])
        w = RIGHT - LEFT
        table(s, LEFT, y + 20, [w * 0.12, w * 0.58, w * 0.12, w * 0.18], rows, body(29), row_h=mm(8.6), centre_first=True)
        return [s]
    if code == "file_review_form":
        y = form_head(s, "执行卷宗复核表")
        w = RIGHT - LEFT
        checks = ["立案材料齐全，执行依据及生效证明附卷", "执行通知书、报告财产令已送达并附回证", "网络查控、财产处置材料完整",
                  "执行款到位及发放凭证附卷", "结案审批手续完备", "文书排列顺序、页码正确", "无空白页、无他案材料"]
        rows = [["案号", c.number], *[[ck, "是 ✓"] for ck in checks], ["复核意见", ""], ["复核人（承办人）", ""],
                ["立卷人（书记员）", ""]]
        y = table(s, LEFT, y, [w * 0.7, w * 0.3], rows, body(32), row_h=mm(14))
        hand(s, LEFT + w * 0.72, y - mm(38), "材料齐全，同意归档。", rng, size=34, ink=(30, 30, 35))
        signature(s, LEFT + w * 0.74, y - mm(26), c.officer, rng)
        signature(s, LEFT + w * 0.74, y - mm(12), c.clerk, rng)
        return [s]
    y = form_head(s, "备　考　表")
    s.box(LEFT, y, RIGHT, mm(255), width=3)
    lines = [f"本卷宗连面带底共计　　页，{c.number}", "附：光盘　0　张；照片　0　张。", "", "立卷人：", "",
             "检查人：", "", f"立卷时间：{cn_date(c.closed_on + timedelta(days=18))}"]
    yy = y + 50
    for t in lines:
        if t:
            s.text(LEFT + 40, yy, t, body(36))
        yy += 80
    hand(s, LEFT + 40 + body(36).getlength("本卷宗连面带底共计"), y + 46, str(rng.randint(36, 44)), rng, size=40,
         ink=(30, 30, 30), record=False)
    signature(s, LEFT + 220, y + 50 + 80 * 3 - 10, c.clerk, rng)
    signature(s, LEFT + 220, y + 50 + 80 * 5 - 10, c.officer, rng)
    return [s]


__all__ = ["CODES", "adopt_basis", "render"]
