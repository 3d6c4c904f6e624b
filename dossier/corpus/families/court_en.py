"""court_en (甘肃省酒泉市肃州区人民法院, held out): 酒泉's seat on the 河西走廊 — wind farms and solar fields on the 戈壁,
制种玉米 grown by contract, freight trucks between 兰州 and 新疆. Its own papers in the bureau's bold-song style
(court_en_kit); what it receives in the senders' styles (court_en_papers); the receipts, bank slips and the archive's
cover and catalogue come off a dot-matrix printer on pre-printed continuous forms. Scanned on a sheet-fed scanner
(court_en_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, signature, table, wrap
from dossier.corpus.families.court_en_kit import (
    COURT,
    FOOT,
    LEFT,
    RIGHT,
    TOP,
    WIDTH,
    Ribbon,
    continuous,
    dots,
    form_grid,
    page_marks,
    pen,
    song,
    writ,
)
from dossier.corpus.families.court_en_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
WIND_SEQ, SEED_SEQ, FREIGHT_SEQ = 79241, 79586, 79907
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 4, "property_report_order": 4,
        "online_inquiry_result": 6, "enforcement_ruling": 11, "assistance_notice": 11, "property_declaration_form": 14,
        "summons": 20, "investigation_record": 27, "consumption_restriction_order": 35, "dishonest_list_decision": 35,
        "settlement_agreement": 30, "payment_voucher": 44, "interview_record": 110, "termination_this_round_ruling": 122,
        "closing_notice": 66}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """酒泉 parties. WIND_SEQ: a labour subcontractor's 肃州区法院 judgment for 风机基础 work against the general
    contractor of a 戈壁 wind farm; SEED_SEQ: a 总寨镇 farmer's 酒泉仲裁委员会 award for 制种玉米 purchase money against
    a seed company gone quiet; FREIGHT_SEQ: a truck owner's 民事调解书 for 运费 on 酒泉—乌鲁木齐 runs against a logistics
    company, settled and paid."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {WIND_SEQ: "wind", SEED_SEQ: "seed", FREIGHT_SEQ: "freight"}[seq]
    c.firm = rng.choice(["甘肃酒泉雄关律师事务所", "甘肃泉湖律师事务所", "甘肃西域阳光律师事务所"])
    c.extra["firm_addr"] = f"酒泉市肃州区{rng.choice(['富康路', '北大街', '肃州路'])}{rng.randint(10, 260)}号"
    c.extra["licence"] = f"1620920{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["in_bank"] = rng.choice(["甘肃银行酒泉分行营业部", "酒泉农村商业银行总寨支行", "中国农业银行酒泉肃州支行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    c.extra["court_acct"] = f"2707 0201 0900 {rng.randint(1000, 9999)} {rng.randint(100, 999)}"
    t = tale(c)
    if t == "wind":
        c.applicant = Party(f"酒泉{rng.choice(['瀚海', '祁连', '雄关'])}建筑劳务有限公司", "organisation",
                            credit_code(rng, "620902"), f"甘肃省酒泉市肃州区{rng.choice(['西峰乡', '银达镇'])}工业园{rng.randint(1, 40)}号",
                            f"0937-26{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"甘肃{rng.choice(['陇原', '丝路', '戈壁'])}新能源工程有限公司", "organisation",
                             credit_code(rng, "620902"), f"甘肃省酒泉市肃州区{rng.choice(['南环路', '玉门路'])}"
                             f"{rng.randint(100, 900)}号{rng.randint(3, 12)}楼", f"0937-28{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = COURT
        c.basis_number = f"（2023）甘0902民初{rng.randint(2000, 6999)}号"
        c.extra["cause"] = "建设工程分包合同纠纷"
        c.extra["farm"] = f"{rng.choice(['玉门北', '瓜州干河口', '肃州东洞'])}{rng.choice(['二', '四', '六'])}期风电场"
        c.extra["towers"] = rng.randint(18, 46)
        c.extra["r_bank"] = rng.choice(["中国建设银行酒泉分行营业部", "中国银行酒泉分行"])
        c.extra["r_acct"] = f"6205{rng.randint(10**15, 10**16 - 1)}"
    elif t == "seed":
        born = date(rng.randint(1962, 1980), rng.randint(1, 12), rng.randint(1, 28))
        village = rng.choice(["三奇堡村", "总寨村", "沙河村", "店闸村"])
        c.applicant = Party(person_name(rng), "person", id_number(rng, "620902", born),
                            f"甘肃省酒泉市肃州区总寨镇{village}{rng.randint(1, 9)}组{rng.randint(1, 60)}号",
                            f"139{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.extra["village"] = village
        c.respondent = Party(f"酒泉{rng.choice(['丰穗', '金禾', '绿洲'])}种业有限公司", "organisation",
                             credit_code(rng, "620902"), f"甘肃省酒泉市肃州区{rng.choice(['果园镇', '银达镇'])}"
                             f"{rng.choice(['种子产业园', '工业集中区'])}{rng.randint(1, 30)}号",
                             f"0937-25{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "arbitration"
        c.basis_court = "酒泉仲裁委员会"
        c.basis_number = f"（2023）酒仲字第{rng.randint(40, 480)}号"
        c.extra["cause"] = "农作物种子生产合同纠纷"
        c.extra["mu"] = rng.randint(36, 140)
        c.extra["kg"] = c.extra["mu"] * rng.randint(420, 520)
        c.amount = (Decimal(c.extra["kg"]) * Decimal("4.60")).quantize(Decimal("0.01"))
        c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    else:
        born = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["620902", "620921", "620922"]), born),
                            f"甘肃省酒泉市肃州区{rng.choice(['西关', '东关', '新城'])}街道{rng.choice(['祁连', '酒钢'])}"
                            f"小区{rng.randint(1, 30)}号楼", f"186{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"酒泉{rng.choice(['通达', '驼铃', '河西'])}物流有限公司", "organisation",
                             credit_code(rng, "620902"), f"甘肃省酒泉市肃州区{rng.choice(['312国道', '西环路'])}"
                             f"物流园{rng.randint(1, 80)}号", f"0937-22{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_kind = "mediation"
        c.basis_court = COURT
        c.basis_number = f"（2023）甘0902民初{rng.randint(7000, 9999)}号"
        c.extra["cause"] = "公路货物运输合同纠纷"
        c.extra["plate"] = f"甘F{rng.choice('ABCDK')}{rng.randint(1000, 9999)}挂"
        c.extra["trips"] = rng.randint(9, 26)
        c.amount = Decimal(rng.randint(900, 3800)) * 100
        c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
    c.extra["pay_day"] = c.day(rng.randint(44, 55))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_title(c: CaseCtx) -> str:
    kind = {"wind": "民事判决书", "seed": "裁决书", "freight": "民事调解书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return writ(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行局执行二组办理，执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"
                  "你方应当积极向本院提供被执行人的财产线索；送达地址变更的，应及时书面告知本院。"),
            ("p", "案件流程信息可通过甘肃法院12368诉讼服务平台查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return writ(c, rng, "交纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理的{_case(c)}，根据国务院《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费"
                  f"{c.extra['fee']}元。该费用由你方预交，执行完毕后由被执行人负担。"),
            ("p", "请于接到本通知之日起七日内，持本通知到本院诉讼服务中心收费窗口或通过甘肃省非税收入缴款码交纳；"
                  "逾期不交又未申请缓交的，按撤回执行申请处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return writ(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条的规定，"
                  "责令你单位自收到本通知之日起立即履行下列义务："),
            ("p", f"1．向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "2．按照生效法律文书的规定加倍支付迟延履行期间的债务利息；"),
            ("p", f"3．负担申请执行费{c.extra['fee']}元。"),
            ("p", "你单位逾期不履行的，本院将依法强制执行，并可依法采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return writ(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条的规定，责令你单位自收到本令之日起五日内，如实向本院"
                  "报告当前以及收到执行通知之日前一年的财产情况（包括银行存款、现金、车辆、机械设备、不动产、应收账款、"
                  "对外投资等），并填写《被执行人财产申报表》。"),
            ("p", "拒绝报告或者虚假报告的，本院将依法对你单位及其主要负责人予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "wind":
            what = [f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}账户内的存款"
                    f"{money(c.amount)}。"]
        else:
            what = [f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结、拍卖、变卖其相应价值的财产。"]
        return writ(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
            ("p", f"本院在执行{_case(c)}中，被执行人未按执行通知书履行生效法律文书确定的义务。依照{LAW}第二百五十三条、"
                  "第二百五十四条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            *[("p", w) for w in what],
            ("p", "本裁定立即执行。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=d)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank", "中国工商银行酒泉分行")
        act = (f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}账户内的存款{money(c.amount)}至本院执行款专户"
               if tale(c) == "wind" else f"冻结被执行人{r.name}在你行开立的全部账户内的存款，冻结金额以{money(c.amount)}为限，"
               "冻结期限一年")
        return writ(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十三条的规定，请协助执行以下事项："),
            ("p", act + "。"),
            ("p", f"本院执行款专户：甘肃省酒泉市肃州区人民法院，开户行中国农业银行酒泉分行营业部，账号{c.extra['court_acct']}。"),
            ("f", f"附：{c.number}执行裁定书一份"),
            ("f", f"经办人：{c.officer}、{c.clerk}"),
        ], number=f"{c.number}之一", day=d)
    if code == "closing_notice":
        how = {"wind": "本院扣划被执行人银行存款后，被执行人自行交付剩余款项",
               "freight": "被执行人按执行和解协议分期付清"}.get(tale(c), "被执行人已履行")
        return writ(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，{how}，生效法律文书确定的给付义务已于{cn_date(c.extra['pay_day'])}全部履行完毕，"
                  f"执行款已转入你方指定的{c.extra['in_bank']}账户。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return writ(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，{a.sex}，{a.born.year if a.born else ''}年生，汉族，住{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，经网络执行查控系统查询，被执行人"
                  "名下银行账户余额合计不足千元，无登记车辆、不动产及对外投资；经实地调查，被执行人位于果园镇的晾晒场及"
                  "仓库已由出租方收回，无可供执行的种子存货。本院已对被执行人采取限制消费措施并将其纳入失信被执行人名单。"),
            ("p", f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人，告知其财产调查结果，申请执行人未能提供"
                  "新的财产线索，同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条"
                  "的规定，裁定如下："),
            ("p", f"终结本次执行程序。本案未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行的财产的，可以再次申请执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=d)
    if code == "consumption_restriction_order":
        return writ(c, rng, "限制消费令", [
            ("f", f"{r.name}（统一社会信用代码：{r.id_number}）、{r.legal_rep}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。因你单位未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你单位及"
                  f"你单位的法定代表人{r.legal_rep}采取限制消费措施，限制以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return writ(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。被执行人具有履行能力而拒不履行生效法律文书确定的义务，"
                  "且无正当理由拒不报告财产情况。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、"
                  "第五项、第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为本决定有错误的，可以向本院申请纠正。"),
        ], number=f"{c.number}之二", day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "investigation_record":
        return _record(c, rng, "调查笔录", d, f"{r.name}原租用的果园镇晾晒场", person_name(rng), [
            ("问", "我们是肃州区人民法院执行局的工作人员，向你了解情况，你要如实回答，听清楚了吗？"),
            ("答", "听清楚了。"),
            ("问", f"你和{r.name}是什么关系？"),
            ("答", "这个场子和库房是我的，前年租给他们晒种子、存种子，去年秋天以后租金一直没给。"),
            ("问", "现在场子和库房里还有他们的种子、设备吗？"),
            ("答", "没有了，去年收完玉米种子他们就拉走了，烘干机也是租的，人家拉回去了。年后我把场子收回来了。"),
            ("问", f"{r.legal_rep}现在在哪儿？"),
            ("答", "听说到张掖那边去了，电话一直不接。"),
            ("问", "你还有什么要补充的吗？"),
            ("答", "没有了。"),
        ])
    if code == "interview_record":
        return _record(c, rng, "约谈笔录", d, "本院执行局约谈室", a.name, [
            ("问", f"今天约你来，是告知你申请执行{r.name}一案的执行情况。你的身份？"),
            ("答", f"我叫{a.name}，是申请执行人，总寨镇{c.extra.get('village', '')}的。"),
            ("问", "本院通过网络查控系统查询了被执行人的银行存款、车辆、不动产、股权等，存款余额不足千元，其他均无登记；"
                   "到果园镇晾晒场实地调查，库房已收回，没有种子存货。已对被执行人限制消费、纳入失信名单。这些情况你清楚吗？"),
            ("答", "清楚，查询结果给我看过了。"),
            ("问", "你能否提供被执行人其他财产线索？"),
            ("答", "提供不了。我们村里种制种玉米的还有十几户，钱都没要回来。"),
            ("问", "鉴于目前被执行人无财产可供执行，本院拟终结本次执行程序，以后发现财产可以再申请执行，你有什么意见？"),
            ("答", "同意，发现财产我再来申请。"),
        ])
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code in ("dossier_cover", "catalogue"):
        return _dm_archive(code, c, rng)
    return _archive_forms(code, c, rng)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 52), spacing=4)
    s.centred(TOP + 90, "传　票", font("serif_bold", 80), spacing=40)
    s.right(s.width - RIGHT, TOP + 210, c.number, song(38))
    r = c.respondent
    due = d + timedelta(days=6)
    rows = [("案　　由", f"{c.extra['cause']}（执行）"), ("被传唤人", f"{r.legal_rep}（{r.name}法定代表人）"),
            ("工作单位或住址", r.address), ("传唤事由", "接受执行询问，如实报告财产"),
            ("应到时间", f"{due.year}年{due.month}月{due.day}日9时"), ("应到处所", "本院执行局一楼执行指挥中心")]
    y = TOP + 290
    table(s, LEFT, y, [mm(44), WIDTH - mm(44)], [[k, ""] for k, _ in rows], song(36), row_h=118, centre_first=True)
    for i, (_, v) in enumerate(rows):
        pen(s, LEFT + mm(48), y + 118 * i + 36, v, rng, size=36)
    y += 118 * len(rows) + 50
    for line in ["注意：1．被传唤人必须准时到达应到处所。", "　　　2．本传票由被传唤人携带来院报到。",
                 "　　　3．被传唤人收到传票后，应在送达回证上签名或者盖章。", "　　　4．经两次传票传唤，无正当理由拒不到场的，可以拘传。"]:
        s.text(LEFT, y, line, song(34))
        y += 60
    s.text(LEFT, y + 40, f"执行员：{c.officer}　　书记员：{c.clerk}", song(38))
    s.right(s.width - RIGHT - mm(6), y + 130, cn_date(d), song(40))
    seal(s, s.width - RIGHT - mm(34), y + 140, COURT, rng, radius=mm(20))
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str, d: date, place: str, who: str,
            qa: list[tuple[str, str]]) -> list[Sheet]:
    """The bureau's 笔录 paper: a boxed head with the particulars, then the questions and answers written out by the
    clerk in a quick hand along printed rules; every page signed at its foot by the person heard."""
    sheets: list[Sheet] = []
    lh = 66

    def page() -> tuple[Sheet, float]:
        s = Sheet(paper=(252, 251, 246))
        s.centred(TOP - 10, title, font("serif_bold", 64), spacing=34)
        y0 = TOP + 110
        yy = y0
        while yy < s.height - FOOT - 60:
            s.line(LEFT, yy + 54, s.width - RIGHT, yy + 54, width=1, fill=(190, 160, 160))
            yy += lh
        sheets.append(s)
        return s, y0

    s, y = page()
    head = [f"时间：{num_date(d)}上午10时至10时40分", f"地点：{place}", f"执行人员：{c.officer}　记录人：{c.clerk}",
            f"被询问人：{who}", f"案号：{c.number}"]
    for line in head:
        s.text(LEFT, y, line, song(36))
        y += lh
    f = font("kai", 38)
    for q, text in qa:
        for k, part in enumerate(wrap(f"{q}：{text}", f, WIDTH - 20)):
            if y > s.height - FOOT - 120:
                s, y = page()
            pen(s, LEFT + (0 if k == 0 else 76), y + 6, part, rng, size=38, ink=(25, 25, 40))
            y += lh
    pen(sheets[-1], LEFT + mm(8), y + 6, "以上笔录我已看过，和我说的一致。", rng, size=40, ink=(20, 20, 90))
    for sh in sheets:
        sh.text(sh.width - RIGHT - mm(86), sh.height - FOOT - 20, "被询问人：", song(34))
        signature(sh, sh.width - RIGHT - mm(50), sh.height - FOOT - 28, who, rng)
    return page_marks(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 48), spacing=4)
    s.centred(TOP + 80, "执行案件结案审批表", font("serif_bold", 64), spacing=6)
    how = {"wind": "执行完毕", "freight": "执行完毕", "seed": "终结本次执行程序"}[tale(c)]
    paid = Decimal(0) if tale(c) == "seed" else c.amount
    w = WIDTH
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元", "实际到位", f"{paid:,.2f}元"],
            ["结案方式", how, "执行员", c.officer], ["执行员意见", ""], ["合议庭意见", ""], ["局长意见", ""]]
    hs = [96, 96, 126, 96, 96, 280, 230, 230]
    y = TOP + 180
    table(s, LEFT, y, [mm(32), w / 2 - mm(32), mm(28), w / 2 - mm(28)], rows, song(32), row_h=hs, centre_first=True)
    yy = y + sum(hs[:5])
    pen(s, LEFT + mm(38), yy + 40, f"本案已{how}，卷宗材料齐全，建议以{how}方式报结。", rng, size=36)
    pen(s, s.width - RIGHT - mm(70), yy + 200, f"{c.officer}　{d.month}月{d.day}日", rng, size=34)
    pen(s, LEFT + mm(38), yy + 320, "经合议，同意结案。", rng, size=36)
    pen(s, s.width - RIGHT - mm(70), yy + 420, c.judge, rng, size=34)
    pen(s, LEFT + mm(38), yy + 550, "同意", rng, size=44, ink=(140, 20, 30))
    pen(s, s.width - RIGHT - mm(70), yy + 650, person_name(rng), rng, size=34, ink=(140, 20, 30))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "失信决定书", "enforcement_ruling": "执行裁定书", "summons": "传票",
         "closing_notice": "结案通知书", "payment_notice": "交纳执行费通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the bureau's form: a grid with the documents served typed in, the receiver's signature and date by
    hand, the server's names typed, the court's seal at the foot."""
    to_applicant = served[0] in ("acceptance_notice", "termination_this_round_ruling", "closing_notice")
    who = c.applicant if to_applicant else c.respondent
    signer = who.name if who.kind == "person" else (c.agent if to_applicant else who.legal_rep)
    last = max(made_on(c, x) for x in served)
    got = last + timedelta(days=rng.randint(1, 3))
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 50), spacing=4)
    s.centred(TOP + 86, "送达回证", font("serif_bold", 72), spacing=34)
    rows = [["案号", c.number], ["送达文书名称", ""], ["受送达人", who.name], ["送达地址", who.address],
            ["受送达人签收", ""], ["代收人及理由", ""], ["送达方式", "直接送达" if to_applicant else "留置送达（见证人在场）"],
            ["送达人", f"{c.officer}　{c.clerk}"], ["备注", ""]]
    hs = [96, 90 + 64 * len(served), 96, 120, 240, 110, 96, 96, 140]
    y = TOP + 210
    table(s, LEFT, y, [mm(42), WIDTH - mm(42)], rows, song(34), row_h=hs, centre_first=True)
    yy = y + 96 + 45
    for k, n in enumerate(served, 1):
        s.text(LEFT + mm(48), yy, f"{k}．{NAMES[n]}（{c.number}）", song(34))
        yy += 64
    ys = y + sum(hs[:4])
    signature(s, LEFT + mm(60), ys + 40, signer, rng)
    pen(s, LEFT + mm(100), ys + 150, f"{got.year}年{got.month}月{got.day}日", rng, size=36, ink=(20, 20, 30))
    s.right(s.width - RIGHT - mm(8), y + sum(hs) + 60, cn_date(last), song(38))
    seal(s, s.width - RIGHT - mm(34), y + sum(hs) + 70, COURT, rng, radius=mm(19))
    return [s]


def _items(c: CaseCtx) -> list[str]:
    return ["卷宗封面", "卷内目录", "强制执行申请书", "民事判决书", "生效证明书", "财产线索", "交费票据",
            "当事人身份材料", "授权委托书、律师函、执业证", "收款账户确认书", "送达地址确认书", "受理、交费通知书",
            "执行通知书、报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议",
            "执行款支付凭证", "结案通知书", "结案审批表", "送达回证", "归档审查表", "备考表"]


def _dm_archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Cover and catalogue: pre-printed by the printing works, filled by the archive room's dot-matrix printer. The cover
    is kraft board without pin strips; the catalogue is a continuous leaf with its strips left on. The printer's head
    never sits where the form expects: the data rides a few mm off its cells."""
    rib = Ribbon(rng)
    dx, dy = rng.uniform(-mm(3), mm(4)), rng.uniform(-mm(3.5), mm(3.5))
    done = c.closed_on + timedelta(days=rng.randint(10, 24))
    brown = (120, 70, 40)
    if code == "dossier_cover":
        s = Sheet(paper=(214, 190, 150))
        s.centred(mm(30), COURT, font("serif_bold", 62), spacing=10, fill=brown)
        s.centred(mm(58), "执行案卷", font("serif_bold", 104), spacing=72, fill=brown)
        caps = ["案　　号", "案　　由", "申请执行人", "被 执 行 人", "执行依据", "立案日期", "结案日期", "结案方式",
                "执 行 员", "书 记 员", "归档日期", "本卷页数"]
        vals = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, basis_title(c), num_date(c.filed_on),
                num_date(c.closed_on), "执行完毕", c.officer, c.clerk, num_date(done), f"{rng.randint(58, 84)}页"]
        aims = form_grid(s, mm(24), mm(96), s.width - mm(48), [mm(46)], [[k, ""] for k in caps],
                         [mm(12.5)] * len(caps), brown, song(38))
        for (x, y), v in zip(aims, vals, strict=True):
            dots(s, x + dx, y + dy, v, rib)
        s.text(mm(24), s.height - mm(36), "全宗号______　目录号______　案卷号______　保管期限______", song(34), fill=brown)
        dots(s, mm(24) + mm(22) + dx, s.height - mm(38) + dy, "089", rib)
        dots(s, mm(24) + mm(62) + dx, s.height - mm(38) + dy, f"{c.filed_on.year}", rib)
        dots(s, mm(24) + mm(102) + dx, s.height - mm(38) + dy, c.number.split("执")[1].rstrip("号"), rib)
        dots(s, mm(24) + mm(145) + dx, s.height - mm(38) + dy, "长期", rib)
        return [s]
    s = continuous(297, rng, tint=(246, 248, 244))
    green = (40, 120, 80)
    s.centred(mm(16), "卷　内　目　录", font("serif_bold", 60), spacing=8, fill=green)
    x0 = mm(20)
    cols = [mm(16), mm(112), mm(28)]
    items = _items(c)
    rows = [["序号", "文件材料名称", "页号", "备注"], *[["", "", "", ""] for _ in items]]
    hs = [mm(9)] + [mm(9.2)] * len(items)
    form_grid(s, x0, mm(36), mm(196), cols, rows, hs, green, song(32))
    dots(s, x0 + dx, mm(29) + dy, f"案号：{c.number}", rib)
    p = 1
    for i, it in enumerate(items):
        y = mm(36) + mm(9) + mm(9.2) * i + mm(2.2) + dy
        n = rng.randint(1, 4)
        dots(s, x0 + mm(4) + dx, y, f"{i + 1:>2}", rib)
        dots(s, x0 + mm(19) + dx, y, it, rib)
        dots(s, x0 + mm(130) + dx, y, f"{p}-{p + n - 1}" if n > 1 else f"{p}", rib)
        p += n
    return [s]


def _archive_forms(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    done = c.closed_on + timedelta(days=rng.randint(10, 24))
    s = Sheet()
    if code == "file_review_form":
        s.centred(TOP, COURT, font("serif_bold", 48), spacing=4)
        s.centred(TOP + 80, "执行案件归档审查表", font("serif_bold", 62), spacing=6)
        checks = ["立案、结案手续完备", "法律文书送达手续齐全", "执行款物收付有据、账款相符", "卷内材料排列规范、页号连续",
                  "卷内目录与材料一致", "已去除金属物，装订牢固"]
        rows = [["案号", c.number, ""], ["审查项目", "审查结果", "备注"], *[[k, "", ""] for k in checks],
                ["审查意见", ""], ["审查人", ""]]
        y = TOP + 190
        hs = [96, 90, *[104] * len(checks), 240, 100]
        table(s, LEFT, y, [WIDTH * 0.55, WIDTH * 0.25, WIDTH * 0.2], rows, song(34), row_h=hs)
        for k in range(len(checks)):
            pen(s, LEFT + WIDTH * 0.55 + mm(12), y + 186 + 104 * k + 30, "√", rng, size=46, ink=(20, 20, 100))
        yy = y + sum(hs[:-2])
        pen(s, LEFT + WIDTH * 0.3, yy + 80, "材料完整，同意归档。", rng)
        signature(s, LEFT + WIDTH * 0.3, yy + 250, person_name(rng), rng)
        s.right(s.width - RIGHT, y + sum(hs) + 40, f"审查日期：{num_date(done)}", song(34))
        return [s]
    s.centred(TOP, "卷内备考表", font("serif_bold", 66), spacing=26)
    s.box(LEFT, TOP + 120, s.width - RIGHT, s.height - FOOT, width=3)
    s.text(LEFT + 30, TOP + 150, f"本卷情况说明（案号{c.number}）：", song(38))
    how = "执行款已全部发放申请执行人，冻结账户已解除，无遗留事项。"
    pen(s, LEFT + 60, TOP + 240, f"本卷共{rng.randint(58, 84)}页。{how}", rng, size=38)
    for k, (lab, who) in enumerate([("立卷人", c.clerk), ("检查人", person_name(rng))]):
        yy = s.height - FOOT - mm(60) + k * mm(22)
        s.text(LEFT + 30, yy, f"{lab}：", song(38))
        signature(s, LEFT + 220, yy - 6, who, rng)
    s.text(LEFT + 30, s.height - FOOT - mm(14), f"立卷时间：{num_date(done)}", song(38))
    return [s]
