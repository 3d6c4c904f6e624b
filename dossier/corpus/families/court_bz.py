"""court_bz (湖北省十堰市张湾区人民法院, held out): the district of the 车城 — 东风 truck plants, the parts makers
around 花果 and 红卫, the logistics yards on 发展大道, the road to 武当山. The bureau's own papers in its house style
(court_bz_kit); the papers it receives in their authors' styles (court_bz_papers). Its archive room scans the bound
volume on an overhead book scanner (court_bz_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, id_number, person_name
from dossier.corpus.draw import Block, Sheet, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_bz_kit import (
    ARB,
    COURT,
    LEFT,
    MID,
    RIGHT,
    TOP,
    body,
    court_doc,
    form_rows,
    record_sheet,
    yuan,
)
from dossier.corpus.families.court_bz_papers import RECEIVED, render_paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "investigation_record", "interview_record", "termination_this_round_ruling",
    "effectiveness_certificate", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "service_receipt",
    "online_inquiry_result", "property_declaration_form",
})
CODES = OWN | RECEIVED
PARTS_SEQ, INN_SEQ, TRUCK_SEQ = 59114, 59287, 59403
LAW = "《中华人民共和国民事诉讼法》"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """十堰 parties. PARTS_SEQ: a brake-pad maker's judgment of this court against a drive-shaft assembler, paid
    once its forklifts were seized and put up for auction; INN_SEQ: a 武当山 travel agency's 十堰中院 二审 judgment
    against the man who ran a 民宿 and took its deposits, ended 终本; TRUCK_SEQ: a truck-leasing company's 十堰仲裁委
    award against a freight company for 牵引车 rent."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    story = {PARTS_SEQ: "parts", INN_SEQ: "inn"}.get(seq, "truck")
    c.extra["story"] = story
    year = c.filed_on.year
    c.firm = rng.choice(["湖北车城律师事务所", "湖北武当律师事务所", "湖北汉江明理律师事务所"])
    c.extra["firm_addr"] = f"十堰市张湾区{rng.choice(['人民中路', '北京中路', '车城西路'])}{rng.randint(2, 188)}号"
    c.extra["lic_no"] = f"14203{rng.randint(2008, 2019)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 60))
    c.extra["acct_bank"] = rng.choice(["湖北银行十堰张湾支行", "十堰农村商业银行车城支行", "中国银行十堰分行营业部"])
    c.extra["acct"] = f"42050{rng.randint(10**13, 10**14 - 1)}"
    c.extra["pay_day"] = c.day(rng.randint(38, 52))
    c.extra["trial_judge"] = person_name(rng)
    road = rng.choice(["花果街道", "红卫街道", "车城路街道", "汉江路街道", "工业新区"])
    if story == "parts":
        c.amount = Decimal(rng.randint(28000000, 96000000)) / 100
        c.applicant = Party(f"十堰{rng.choice(['东驰', '鑫峰', '恒瑞'])}摩擦材料有限公司", "organisation",
                            credit_code(rng, "420303"), f"湖北省十堰市张湾区{road}{rng.choice(['东风大道', '发展大道'])}"
                            f"{rng.randint(10, 300)}号", f"0719-8{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"十堰{rng.choice(['华驰', '博远', '通汇'])}传动轴有限公司", "organisation",
                             credit_code(rng, "420303"), f"湖北省十堰市张湾区{road}{rng.choice(['龙门工业园', '西城开发区'])}"
                             f"{rng.randint(1, 60)}号", f"0719-8{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（{year - 1}）鄂0303民初{rng.randint(2000, 6999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["forklifts"] = [(f"{rng.choice(['合力', '杭叉'])}CPCD{rng.choice([30, 35, 50])}", f"{rng.randint(10**8, 10**9 - 1)}")
                                for _ in range(3)]
        c.extra["seize_day"] = c.day(rng.randint(16, 24))
        c.extra["auction_day"] = c.day(rng.randint(30, 36))
    elif story == "inn":
        c.amount = Decimal(rng.randint(9000000, 26000000)) / 100
        c.applicant = Party(f"十堰{rng.choice(['武当', '玄岳', '太和'])}国际旅行社有限公司", "organisation",
                            credit_code(rng, "420303"), f"湖北省十堰市张湾区车城路街道{rng.choice(['人民北路', '朝阳中路'])}"
                            f"{rng.randint(1, 90)}号", f"0719-8{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1970, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "420381", born),
                             f"湖北省丹江口市武当山旅游经济特区{rng.choice(['老营', '元和观', '太子坡'])}村{rng.randint(1, 12)}组",
                             f"13{rng.randint(100000000, 999999999)}", born=born, sex="男")
        c.basis_court = MID
        c.basis_number = f"（{year - 1}）鄂03民终{rng.randint(1000, 3999)}号"
        c.extra["first_number"] = f"（{year - 2}）鄂0303民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 90))
        c.extra["cause"] = "服务合同纠纷"
        c.extra["inn"] = f"{rng.choice(['云栖', '听松', '紫霄'])}山居民宿"
        c.extra["tours"] = rng.randint(14, 26)
    else:
        c.amount = Decimal(rng.randint(15000000, 48000000)) / 100
        c.applicant = Party(f"十堰{rng.choice(['东捷', '车城', '安顺'])}汽车租赁有限公司", "organisation",
                            credit_code(rng, "420303"), f"湖北省十堰市张湾区{road}{rng.choice(['发展大道', '浙江路'])}"
                            f"{rng.randint(10, 400)}号", f"0719-8{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"十堰{rng.choice(['顺通', '远驰', '鄂西'])}物流有限公司", "organisation",
                             credit_code(rng, "420303"), f"湖北省十堰市张湾区{rng.choice(['西沟乡', '方块乡'])}"
                             f"物流园{rng.randint(1, 40)}号", f"0719-8{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.basis_court = ARB
        c.basis_number = f"（{year - 1}）十仲裁字第{rng.randint(100, 999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "租赁合同纠纷"
        c.extra["trucks"] = rng.randint(3, 6)
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 60))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return render_paper(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_title(c: CaseCtx) -> str:
    kind = "裁决书" if c.extra["story"] == "truck" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _sign(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _bench(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra["trial_judge"]), ("书记员", c.clerk)]


def _parties(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = [("f", f"申请执行人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
                        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。")]
    if r.kind == "person":
        sex = "男" if r.sex == "男" else "女"
        out.append(("f", f"被执行人：{r.name}，{sex}，{cn_date(r.born or date(1980, 1, 1))}出生，汉族，住{r.address}，"
                         f"公民身份号码{r.id_number}。"))
    else:
        out += [("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
                ("f", f"法定代表人：{r.legal_rep}。")]
    return out


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    st = c.extra["story"]
    what = f"{a.name}申请执行{r.name}{c.extra['cause']}一案"
    sum_ = f"{yuan(c.amount)}元"
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你单位提交的强制执行申请书及{basis_title(c)}等材料收悉。经审查，符合法定受理条件，本院决定立案执行，"
                  f"案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}负责办理，联系电话{c.court.phone}。请你单位在执行过程中积极提供被执行人的财产线索；"
                  "联系方式、送达地址变更的，应及时书面告知本院。可登录“湖北法院诉讼服务网”或拨打12368查询案件进度。"),
        ], signers=_sign(c))
    if code == "payment_notice":
        return court_doc(c, rng, "交纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"{what}，根据《诉讼费用交纳办法》第十四条的规定，申请执行费按执行金额计算为{c.extra['fee']}元，"
                  "请于接到本通知之日起七日内交纳；该费用最终由被执行人负担，执行到位时一并收取。"),
            ("p", "交纳方式：凭本通知书至本院诉讼服务中心收费窗口缴纳，或扫描湖北省非税收入缴款码缴纳。"),
        ], signers=_sign(c))
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{basis_title(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。"
                  f"依照{LAW}第二百五十二条、第二百六十条的规定，责令你{'单位' if r.kind != 'person' else ''}自收到本通知之日起"
                  f"五日内履行下列义务："),
            ("f", f"一、支付申请执行人{a.name}{sum_}及迟延履行期间的债务利息；"),
            ("f", f"二、负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可依法采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=_sign(c), when=c.day(2))
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{what}中，依照{LAW}第二百五十二条的规定，责令你{'单位' if r.kind != 'person' else ''}"
                  "在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况（含银行存款、不动产、车辆、"
                  "机器设备、应收账款、股权等），并填写《财产申报表》。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=_sign(c), when=c.day(2))
    if code == "enforcement_ruling":
        release = "release" in served
        if st == "parts" and not release:
            lifts = "、".join(f"{m}型叉车（出厂编号{n}）" for m, n in c.extra["forklifts"])
            ops: list[Block] = [("f", f"查封被执行人{r.name}所有的{lifts}，共三台，查封期限二年。")]
            why = f"被执行人{r.name}未按执行通知履行生效法律文书确定的义务"
            rule = "第二百五十五条"
        elif st == "parts":
            lifts = "、".join(f"{m}型叉车（出厂编号{n}）" for m, n in c.extra["forklifts"])
            ops = [("f", f"解除对被执行人{r.name}所有的{lifts}的查封，并撤回拍卖。")]
            why = f"被执行人{r.name}已于{cn_date(c.extra['pay_day'])}将执行款全部交至本院账户"
            rule = "第二百五十五条及《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十八条"
        elif st == "truck":
            ops = [("f", f"冻结、划拨被执行人{r.name}在银行的存款{sum_}及执行费{c.extra['fee']}元，"
                         "冻结期限一年。")]
            why = "被执行人未按执行通知履行义务"
            rule = "第二百五十三条"
        else:
            ops = [("f", f"冻结、划拨被执行人{r.name}名下银行存款、微信零钱、支付宝余额，以{sum_}为限。")]
            why = "被执行人未按执行通知履行义务"
            rule = "第二百五十三条"
        blocks: list[Block] = [*_parties(c),
                               ("p", f"本院在执行{what}中，{why}。依照{LAW}第一百五十七条第一款第十一项、{rule}的规定，裁定如下："),
                               *ops, ("p", "本裁定立即执行。")]
        return court_doc(c, rng, "执行裁定书", blocks, signers=_bench(c),
                         when=c.extra["pay_day"] + timedelta(days=1) if release else c.day(rng.randint(16, 22)))
    if code == "assistance_notice":
        release = "release" in served
        if st == "parts":
            to = "十堰市张湾区市场监督管理局"
            lifts = "；".join(f"{m}型叉车，出厂编号{n}" for m, n in c.extra["forklifts"])
            act = (f"解除对被执行人{r.name}名下下列场（厂）内专用机动车辆的查封，恢复办理登记手续：{lifts}。" if release else
                   f"查封被执行人{r.name}名下下列场（厂）内专用机动车辆，查封期间不得办理过户、抵押、注销登记：{lifts}。"
                   "查封期限自本通知送达之日起二年。")
        elif st == "truck":
            to = c.extra.get("bank", "中国建设银行十堰张湾支行")
            act = f"冻结并扣划被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立账户内的存款{sum_}。"
        else:
            to = "十堰市公安局交通警察支队车辆管理所"
            act = f"协助查询并查封被执行人{r.name}（公民身份号码{r.id_number}）名下登记的机动车辆。"
        return court_doc(c, rng, "协助执行通知书", [
            ("f", f"{to}："),
            ("p", f"关于{what}，本院作出的执行裁定书已经发生法律效力。依照{LAW}第二百五十三条、第二百五十五条的规定，"
                  "请协助执行下列事项："),
            ("p", act),
            ("p", f"附：执行裁定书一份。执行员{c.officer}、{c.clerk}，电话{c.court.phone}。"),
        ], signers=[], when=c.extra["pay_day"] + timedelta(days=2) if release else c.day(rng.randint(18, 24)))
    if code == "closing_notice":
        return court_doc(c, rng, "结案通知书", [
            ("f", f"{a.name}、{r.name}："),
            ("p", f"本院受理的{what}，被执行人已履行{basis_title(c)}确定的全部义务，执行款已发放申请执行人。"
                  f"依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], signers=_sign(c), when=c.closed_on)
    if code == "summons":
        return _summons(c, rng)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, "限制消费令", [
            ("f", f"被执行人：{r.name}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{what}。因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条，现对你采取限制消费措施，"
                  "限制你不得实施以下高消费及非生活和工作必需的消费行为："),
            ("f", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
            ("f", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
            ("f", "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"),
            ("f", "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"),
            ("f", "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], signers=[], when=c.day(24))
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，公民身份号码{r.id_number}。"),
            ("p", f"本院在执行{what}中，被执行人{r.name}具有履行能力而拒不履行生效法律文书确定的义务。依照{LAW}第二百六十六条"
                  "及《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二条的规定，决定如下："),
            ("f", f"将{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。"),
        ], signers=[("院长", person_name(rng))], when=c.day(26))
    if code == "investigation_record":
        return record_sheet(c, rng, "调查笔录", [
            f"时间：{cn_date(c.day(40))}上午9时40分至10时25分",
            f"地点：{r.address}（被执行人住所）",
            f"调查人：{c.officer}、{c.clerk}　记录人：{c.clerk}",
            f"被调查人：{r.name}，公民身份号码{r.id_number}",
        ], [
            ("问", "我们是张湾区人民法院执行局的工作人员，这是我们的工作证。今天就你欠款一案到你家里调查财产情况，你要如实回答，听清楚了吗？"),
            ("答", "听清楚了。"),
            ("问", f"民宿“{c.extra['inn']}”现在还在经营吗？"),
            ("答", "前年疫情以后就关了，房子是租老乡的，合同到期人家收回去了，床和家具抵了房租。"),
            ("问", "你现在靠什么生活？有没有工资或其他收入？"),
            ("答", "在景区门口帮人开摆渡车，一个月两千多块，现金结的，家里老人看病都不够。"),
            ("问", "名下有没有车辆、房产、存款？"),
            ("答", "没有。原来贷款买的面包车去年被银行拖走了，房子是父母的老房子。"),
            ("问", "现场查看：住房系砖混两层，屋内有旧电视一台、冰箱一台，均为生活必需品，未发现可供执行的财产。你对记录有无异议？"),
            ("答", "没有，以后有钱了一定还。"),
        ], [r.name, c.officer])
    if code == "interview_record":
        return record_sheet(c, rng, "约谈笔录", [
            f"时间：{cn_date(c.day(95))}下午3时",
            f"地点：{COURT}执行局第三约谈室",
            f"约谈人：{c.officer}　记录人：{c.clerk}",
            f"被约谈人：{c.agent}，{c.firm}律师，系申请执行人{a.name}的委托代理人",
        ], [
            ("问", "今天约你来，是向你告知本案的执行情况，听取你对终结本次执行程序的意见。"),
            ("答", "好的。"),
            ("问", f"本院已通过网络执行查控系统查询被执行人{r.name}名下存款、车辆、不动产、证券、网络资金，均无可供执行的财产；"
                   "到其住所地实地调查，未发现可供执行的财产；已对其限制消费并纳入失信被执行人名单。你方能否提供新的财产线索？"),
            ("答", "我们也托人在武当山景区打听过，他现在给别人开车，没有别的财产线索。"),
            ("问", "本院拟终结本次执行程序，终本后发现被执行人有可供执行财产的，可以再次申请执行，不受申请执行时效的限制。你方意见？"),
            ("答", "同意终本，希望法院定期查控，有了线索我们再申请恢复。"),
        ], [c.agent, c.officer])
    if code == "termination_this_round_ruling":
        return court_doc(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"本院在执行{basis_title(c)}过程中，于{cn_date(c.day(3))}向被执行人送达执行通知书、报告财产令，被执行人未履行义务。"
                  "本院通过网络执行查控系统对其存款、车辆、不动产、有价证券、网络资金等进行查询，均未发现可供执行的财产；"
                  "执行人员到其住所地调查，亦未发现可供执行的财产；已对其发出限制消费令，并将其纳入失信被执行人名单。"
                  f"本案尚有{sum_}未执行到位。申请执行人在约谈中表示暂无其他财产线索可供执行。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("f", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。本裁定送达后立即生效。"),
        ], signers=_bench(c), when=c.closed_on)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _summons(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", mm(6.6)), spacing=mm(0.9))
    s.centred(TOP + mm(12), "传　票", font("hei", mm(9)), spacing=mm(3))
    s.right(s.width - RIGHT, TOP + mm(26), c.number, body(4.6))
    r = c.respondent
    rows = [["案　由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "接受询问、申报财产"], ["应到时间", f"{cn_date(c.day(30))}上午9时00分"],
            ["应到处所", f"{COURT}执行局（{c.court.address}）二楼执行指挥中心"]]
    y = table(s, LEFT, TOP + mm(36), [mm(42), s.width - LEFT - RIGHT - mm(42)], rows, body(4.6), row_h=mm(15),
              centre_first=True)
    f = font("song_gb", mm(4))
    y += mm(6)
    for line in ["注意事项：", "一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人携带来院报到。",
                 "三、被传唤人收到传票后，应在送达回证上签名或者盖章。",
                 "四、经两次传票传唤，无正当理由拒不到场的，可以依法拘传。"]:
        s.text(LEFT, y, line, f)
        y += mm(7)
    s.text(s.width - RIGHT - mm(70), y + mm(8), f"执行员　{c.officer}", body(4.6))
    s.right(s.width - RIGHT - mm(10), y + mm(22), cn_date(c.day(27)), body(4.6))
    seal(s, s.width - RIGHT - mm(36), y + mm(22), COURT, rng, radius=mm(20))
    return [s]


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if c.extra["story"] == "truck":
        s = Sheet()
        s.centred(TOP + mm(6), ARB, font("kai_gb", mm(8.5)), spacing=mm(2))
        s.centred(TOP + mm(22), "裁决书生效证明", font("serif_bold", mm(7.4)))
        f = font("kai_gb", mm(5.2))
        y = TOP + mm(44)
        for block in [f"{c.court.name}：",
                      f"　　本会于{cn_date(c.basis_effective)}就申请人{c.applicant.name}与被申请人{c.respondent.name}"
                      f"{c.extra['cause']}一案作出{c.basis_number}裁决书。",
                      "　　根据《中华人民共和国仲裁法》第五十七条的规定，裁决书自作出之日起发生法律效力。",
                      "　　特此证明。"]:
            for part in wrap(block, f, s.width - LEFT - RIGHT):
                s.text(LEFT, y, part, f)
                y += mm(10)
        s.right(s.width - RIGHT - mm(10), y + mm(26), cn_date(c.filed_on - timedelta(days=6)), f)
        seal(s, s.width - RIGHT - mm(36), y + mm(26), ARB, rng, radius=mm(19))
        return [s]
    what = (f"上诉人{c.respondent.name}与被上诉人{c.applicant.name}{c.extra['cause']}一案" if c.extra["story"] == "inn"
            else f"原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案")
    tail = (f"本院{c.extra['first_number']}民事判决，经{MID}{c.basis_number}民事判决驳回上诉、维持原判，"
            f"该判决已于{cn_date(c.basis_effective)}发生法律效力。" if c.extra["story"] == "inn"
            else f"本院作出的{c.basis_number}民事判决书，已于{cn_date(c.basis_effective)}发生法律效力。")
    return court_doc(c, rng, "生效证明书", [("p", f"{what}，{tail}"), ("p", "特此证明。")], number=False,
                     when=c.filed_on - timedelta(days=3))


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("microhei", mm(3.4))
    s.text(LEFT - mm(8), mm(12), f"执行查控系统  打印时间：{c.day(12).isoformat()} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}",
           font("microhei", mm(2.8)), fill=(90, 90, 90))
    s.centred(mm(24), "网络执行查控结果反馈汇总", font("hei", mm(6.4)))
    r = c.respondent
    s.text(LEFT - mm(8), mm(38), f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", f)
    names = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "湖北银行",
             "十堰农村商业银行", "招商银行", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司", "公安部车辆信息",
             "自然资源部不动产登记", "中国证券登记结算有限责任公司", "市场监管总局股权信息"]
    rows: list[list[str]] = [["序号", "协助单位", "查询类型", "反馈结果", "余额/数量", "反馈时间"]]
    for i, n in enumerate(names):
        got = "未查询到相关信息"
        amt = "—"
        if c.extra["story"] != "inn" and i in (2, 6):
            got, amt = "有账户", f"{rng.randint(1, 90000)}.{rng.randint(10, 99)}"
        elif c.extra["story"] == "inn" and i in (5, 10):
            got, amt = "有账户", f"{rng.randint(0, 80)}.{rng.randint(10, 99)}"
        rows.append([str(i + 1), n, "存款" if i < 9 else ("网络资金" if i < 11 else "财产"), got, amt,
                     (c.day(12) - timedelta(days=rng.randint(0, 2))).isoformat()])
    table(s, LEFT - mm(8), mm(48), [mm(12), mm(62), mm(22), mm(36), mm(24), mm(26)], rows, f, row_h=mm(10.5), width=1)
    s.text(LEFT - mm(8), mm(224), "说明：本结果由最高人民法院“总对总”及湖北省高级人民法院“点对点”查控系统自动反馈，仅供办案使用。",
           font("microhei", mm(3)))
    s.text(s.width - RIGHT - mm(60), mm(240), f"承办人：{c.officer}", f)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP - mm(4), "被执行人财产申报表", font("hei", mm(7.6)), spacing=mm(1))
    s.text(LEFT, TOP + mm(10), f"案号：{c.number}", body(4.2))
    r = c.respondent
    have = {"parts": "厂房系租赁；叉车三台；应收东风配套款若干", "inn": "无", "truck": "牵引车已抵押给融资租赁公司"}[
        c.extra["story"]]
    rows = [("申报人", r.name), ("证件号码", r.id_number), ("住所地", r.address[:26]),
            ("银行存款", "见银行流水" if r.kind != "person" else "无"), ("不动产", "无"),
            ("车辆", have), ("股权、债权", "无" if r.kind == "person" else "应收账款见附表"),
            ("收入情况", "月收入约2000元" if r.kind == "person" else "经营困难，工资欠发"),
            ("其他财产", "无")]
    y = form_rows(s, rng, LEFT, TOP + mm(20), rows, label_w=mm(38), row_h=mm(14), width=s.width - LEFT - RIGHT)
    s.text(LEFT, y + mm(8), "申报人保证：以上申报内容真实、完整，如有虚假，愿承担法律责任。", body(4.2))
    s.text(LEFT + mm(80), y + mm(24), "申报人（签名/盖章）：", body(4.2))
    signature(s, LEFT + mm(130), y + mm(20), r.legal_rep or r.name, rng)
    hand(s, LEFT + mm(100), y + mm(38), cn_date(c.day(8)), rng, size=38)
    return [s]


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP - mm(6), COURT, font("serif_bold", mm(5.6)))
    s.centred(TOP + mm(4), "执行案件结案审批表", font("hei", mm(7.4)), spacing=mm(1))
    how = {"parts": "执行完毕", "inn": "终结本次执行程序", "truck": "执行完毕"}[c.extra["story"]]
    got = "0" if c.extra["story"] == "inn" else yuan(c.amount)
    rows = [["案号", c.number, "立案日期", cn_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)], ["申请标的", f"{yuan(c.amount)}元", "执行到位", f"{got}元"],
            ["结案方式", how, "结案日期", cn_date(c.closed_on)], ["承办人意见", ""], ["执行局长意见", ""]]
    cw = (s.width - LEFT - RIGHT) / 4
    y = table(s, LEFT, TOP + mm(20), [cw * 0.8, cw * 1.3, cw * 0.8, cw * 1.1], rows, body(4),
              row_h=[mm(15)] * 5 + [mm(42), mm(36)], centre_first=True)
    hand(s, LEFT + cw * 0.9, y - mm(70), "拟按" + how + "结案，请领导审批。", rng, size=40)
    signature(s, LEFT + cw * 2.8, y - mm(52), c.officer, rng)
    hand(s, LEFT + cw * 0.9, y - mm(28), "同意。", rng, size=46, ink=(30, 30, 35))
    signature(s, LEFT + cw * 2.8, y - mm(20), person_name(rng), rng)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
             "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "纳入失信名单决定书",
             "summons": "传票", "closing_notice": "结案通知书", "payment_notice": "交纳执行费通知书"}
    docs = "、".join(names.get(x, x) for x in served) or "法律文书"
    to = c.applicant if set(served) & {"acceptance_notice", "closing_notice"} else c.respondent
    s = Sheet()
    s.centred(TOP - mm(2), COURT, font("serif_bold", mm(6)))
    s.centred(TOP + mm(10), "送 达 回 证", font("hei", mm(8.2)), spacing=mm(2))
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["受送达人", to.name], ["送达地址", to.address],
            ["送达文书", docs], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　　考", ""]]
    hs = [mm(15), mm(15), mm(15), mm(18), mm(24), mm(34), mm(18), mm(18), mm(20)]
    y0 = TOP + mm(28)
    table(s, LEFT, y0, [mm(50), s.width - LEFT - RIGHT - mm(50)], rows, body(4.4), row_h=hs, centre_first=True)
    ys = y0 + sum(hs[:5])
    day = c.closed_on if "closing_notice" in served else c.day(rng.randint(3, 30))
    signature(s, LEFT + mm(70), ys + mm(8), to.legal_rep or to.name, rng)
    hand(s, LEFT + mm(112), ys + mm(20), cn_date(day), rng, size=36)
    signature(s, LEFT + mm(60), ys + sum(hs[5:7]) + mm(4), f"{c.officer} {c.clerk}", rng)
    if rng.random() < 0.5:
        hand(s, LEFT + mm(58), ys + sum(hs[5:8]) + mm(5), "直接送达", rng, size=36)
    seal(s, s.width - RIGHT - mm(40), ys + mm(70), COURT, rng, radius=mm(18))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    if code == "dossier_cover":
        s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=5)
        s.centred(mm(40), COURT, font("serif_bold", mm(8)), spacing=mm(1))
        s.centred(mm(62), "执 行 案 卷", font("hei", mm(13)), spacing=mm(4))
        s.right(s.width - mm(30), mm(28), f"全宗号 Z{rng.randint(10, 60)}　目录号 执　案卷号 {c.number[6:].strip('号')}",
                font("song_gb", mm(3.6)))
        rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行依据", basis_title(c)],
                ["结案方式", "终结本次执行程序"], ["收案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)],
                ["执行员", c.officer], ["书记员", c.clerk], ["归档日期", cn_date(c.closed_on + timedelta(days=24))],
                ["保管期限", "长期"]]
        table(s, mm(34), mm(92), [mm(40), s.width - mm(68) - mm(40)], rows, body(4.6), row_h=mm(14), centre_first=True)
        s.centred(mm(268), "本卷共　　件　　页", body(4.6))
        hand(s, s.width / 2 - mm(8), mm(266), str(rng.randint(38, 52)), rng, size=40)
        return [s]
    if code == "catalogue":
        s.centred(TOP, "卷 内 目 录", font("hei", mm(8)), spacing=mm(2))
        s.text(LEFT, TOP + mm(14), f"案号：{c.number}", body(4.2))
        items = ["卷宗封面", "卷内目录", "申请执行书", "执行依据及生效证明", "身份证明、授权委托书、律师函", "受理案件通知书",
                 "执行通知书、报告财产令", "网络查控结果", "执行裁定书、协助执行通知书", "限制消费令、失信决定书",
                 "调查笔录", "约谈笔录", "终结本次执行程序裁定书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["序号", "文件名称", "页号", "备注"]]
        p = 1
        for i, it in enumerate(items):
            rows.append([str(i + 1), it, f"{p}", ""])
            p += rng.randint(1, 4)
        table(s, LEFT, TOP + mm(24), [mm(18), mm(104), mm(20), mm(16)], rows, font("song_gb", mm(4)), row_h=mm(12),
              width=1, centre_first=True)
        return [s]
    if code == "file_review_form":
        s.centred(TOP, "执行案件卷宗复核表", font("hei", mm(7.6)))
        review: list[tuple[str, str]] = [("案号", c.number), ("承办人", c.officer), ("卷内文书是否齐全", "齐全"), ("装订是否规范", "规范"),
                ("终本条件是否具备", "具备，已约谈申请人"), ("电子卷宗是否同步", "已同步"), ("复核意见", "同意归档"),
                ("复核人", person_name(rng)), ("复核日期", cn_date(c.closed_on + timedelta(days=20)))]
        form_rows(s, rng, LEFT, TOP + mm(18), review, label_w=mm(56), row_h=mm(17), width=s.width - LEFT - RIGHT)
        return [s]
    s.centred(TOP, "备 考 表", font("hei", mm(8)), spacing=mm(3))
    s.box(LEFT, TOP + mm(18), s.width - RIGHT, mm(250), width=3)
    s.text(LEFT + mm(6), TOP + mm(24), "本卷情况说明：", body(4.6))
    hand(s, LEFT + mm(16), TOP + mm(36), f"本卷共{rng.randint(38, 52)}页，其中照片0张。终本后续材料另装证据袋。", rng, size=40)
    s.text(LEFT + mm(80), mm(210), "立卷人：", body(4.6))
    signature(s, LEFT + mm(104), mm(206), c.clerk, rng)
    s.text(LEFT + mm(80), mm(226), "检查人：", body(4.6))
    signature(s, LEFT + mm(104), mm(222), c.officer, rng)
    s.text(LEFT + mm(80), mm(240), f"立卷时间：{cn_date(c.closed_on + timedelta(days=22))}", body(4.6))
    return [s]

