"""court_il (福建省石狮市人民法院, held out): the garment town on the 泉州 coast — fabric traders, 制衣 factories in 灵秀
and 蚶江, brand companies next door in 晋江 and livestream shops selling their clothes. An e-court: its own papers are
the online litigation platform's PDFs printed as they are (court_il_kit); what the parties send is uploaded — their
lawyers' papers, the other bodies' papers and, above all, phone screenshots (court_il_papers). Everything went through
a fast duplex ADF at 200 dpi grey with auto-crop and auto-deskew (court_il_capture)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
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
from dossier.corpus.draw import Sheet, hand, mm, signature, wrap
from dossier.corpus.families.court_il_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flowing,
    body,
    cells,
    e_seal,
    platform_paper,
    sans,
    stamp_platform,
)
from dossier.corpus.families.court_il_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
FABRIC_SEQ, WAGE_SEQ, LIVE_SEQ = 11137, 11158, 11176
ARB = "石狮市劳动人事争议仲裁委员会"
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 3, "enforcement_ruling": 6, "assistance_notice": 6, "property_declaration_form": 9,
        "settlement_agreement": 16, "summons": 18, "investigation_record": 26, "consumption_restriction_order": 30,
        "dishonest_list_decision": 30, "payment_voucher": 60}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 6, "closing_approval_form": 5, "closing_notice": 2,
           "catalogue": -5, "dossier_cover": -6, "file_review_form": -4, "remarks_sheet": -5}
"""days before the closing date (negative: after it — the archive's papers)"""
FILING = ("enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form",
          "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
          "payment_account_confirmation", "service_address_confirmation")


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code in FILING:
        return c.filed_on - timedelta(days=2 if code != "fee_receipt" else 0)
    if code == "payment_voucher" and tale(c) == "live":
        return c.extra["paid_out"]
    if code == "payment_voucher":
        return c.extra["instalments"][-1][0]
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """石狮 parties. FABRIC_SEQ: a fabric trader's judgment of this court for 面料 delivered to a 制衣 factory, settled
    and paid by the owner in three instalments; WAGE_SEQ: the garment workers' representative enforces an award of the
    石狮市劳动人事争议仲裁委员会 against a closed factory with nothing left; LIVE_SEQ: a livestream shop's operator
    enforces this court's judgment for 直播带货服务费 against a 晋江 brand company, whose account is deducted."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {FABRIC_SEQ: "fabric", WAGE_SEQ: "wage", LIVE_SEQ: "live"}[seq]
    c.firm = rng.choice(["福建闽狮律师事务所", "福建鹏城(石狮)律师事务所", "福建衡海律师事务所"])
    c.extra["firm_addr"] = f"石狮市{rng.choice(['八七路', '宝岛中路', '金曾路'])}{rng.randint(100, 999)}号{rng.randint(3, 18)}层"
    c.extra["licence"] = f"13505{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999):07d}"
    c.extra["in_bank"] = rng.choice(["福建石狮农村商业银行营业部", "中国工商银行石狮支行", "兴业银行石狮分行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"350581{rng.randint(100, 999)}"
    town = rng.choice(["灵秀镇", "蚶江镇", "宝盖镇", "鸿山镇"])
    if c.extra["tale"] == "fabric":
        c.applicant = Party(f"石狮市{rng.choice(['锦纶', '鸿运', '恒丰'])}纺织品贸易有限公司", "organisation",
                            credit_code(rng, "350581"), f"福建省石狮市{rng.choice(['中国石狮服装城', '石狮国际轻纺城'])}"
                            f"{rng.choice(['A', 'B', 'C'])}区{rng.randint(1, 9)}栋{rng.randint(101, 399)}号",
                            f"0595-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        owner_born = date(rng.randint(1970, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(f"石狮市{rng.choice(['顺泰', '佳美', '海天'])}制衣有限公司", "organisation",
                             credit_code(rng, "350581"), f"福建省石狮市{town}{rng.choice(['工业区', '服装产业园'])}"
                             f"{rng.choice(['振兴', '祥芝', '永宁'])}路{rng.randint(1, 120)}号",
                             f"0595-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.extra["owner_id"] = id_number(rng, "350581", owner_born)
        c.basis_court = COURT
        c.basis_number = f"（2023）闽0581民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(960, 2200)) * 100
        first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
        second = (c.amount * Decimal("0.3")).quantize(Decimal("1"))
        c.extra["instalments"] = [(c.day(20), first, "wechat"), (c.day(38), second, "bank"),
                                  (c.day(56), c.amount - first - second, "wechat")]
        c.extra["wechat_of"] = f"{c.respondent.legal_rep}（{rng.choice(['顺泰', '佳美', '海天'])}制衣）"
    elif c.extra["tale"] == "wage":
        born = date(rng.randint(1972, 1990), rng.randint(1, 12), rng.randint(1, 28))
        home = rng.choice([("360730", "江西省宁都县"), ("511621", "四川省岳池县"), ("522427", "贵州省威宁彝族回族苗族自治县")])
        c.applicant = Party(person_name(rng), "person", id_number(rng, home[0], born),
                            f"{home[1]}{rng.choice(['长胜镇', '黄陂镇', '中和镇'])}{rng.choice(['新屋', '石门', '坪上'])}村"
                            f"{rng.randint(1, 9)}组{rng.randint(1, 40)}号", f"187{rng.randint(10000000, 99999999)}",
                            born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"石狮市{rng.choice(['蚶江', '祥美', '东埔'])}服饰有限公司", "organisation",
                             credit_code(rng, "350581"), f"福建省石狮市{town}{rng.choice(['古湖', '莲塘', '大仑'])}村"
                             f"工业区{rng.randint(1, 60)}号", f"0595-8{rng.randint(1000000, 9999999)}",
                             legal_rep=person_name(rng))
        c.basis_court = ARB
        c.basis_number = f"狮劳人仲案〔2023〕第{rng.randint(200, 980)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "劳动争议"
        c.extra["workers"] = rng.randint(14, 31)
        c.extra["months"] = rng.randint(3, 6)
        c.amount = Decimal(c.extra["workers"]) * Decimal(rng.randint(150, 260)) * 100
        c.extra["in_bank"] = "中国农业银行石狮支行"
    else:
        c.applicant = Party(f"石狮市{rng.choice(['星播', '潮汇', '云尚'])}电子商务有限公司", "organisation",
                            credit_code(rng, "350581"), f"福建省石狮市{rng.choice(['湖滨街道', '凤里街道'])}"
                            f"{rng.choice(['石狮电商产业园', '网批大厦'])}{rng.randint(2, 9)}楼{rng.randint(201, 999)}室",
                            f"159{rng.randint(10000000, 99999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"晋江{rng.choice(['鸿翔', '腾跃', '飞扬'])}鞋服品牌管理有限公司", "organisation",
                             credit_code(rng, "350582"),
                             f"福建省晋江市{rng.choice(['陈埭镇', '池店镇'])}{rng.choice(['鞋都路', '世纪大道'])}"
                             f"{rng.randint(100, 999)}号", f"0595-8{rng.randint(5000000, 5999999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）闽0581民初{rng.randint(9000, 12999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "服务合同纠纷"
        c.amount = Decimal(rng.randint(380, 1600)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["room"] = f"{c.applicant.name[3:5]}潮牌直播间"
        c.extra["r_bank"] = rng.choice(["中国银行晋江陈埭支行", "泉州银行晋江支行", "中国建设银行晋江分行营业部"])
        c.extra["r_acct"] = f"{rng.randint(10**15, 10**16 - 1)}"
        c.extra["deducted"] = c.day(9)
        c.extra["paid_out"] = c.day(24)
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5% up to 500,000."""
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{'仲裁裁决书' if tale(c) == 'wage' else '民事判决书'}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", person_name(rng)), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return platform_paper(c, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你（单位）通过网上立案申请执行{basis_title(c)}一案，本院经审查，符合受理条件，已于{cn_date(c.filed_on)}立案。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}协助，联系电话{c.court.phone}。案件进展、执行文书及执行款发放"
                  "情况可登录福建法院电子诉讼平台或“福建移动微法院”查询。"),
            ("p", "请你方积极提供被执行人的财产线索；你方同意电子送达的，本院的法律文书将通过平台及短信送达，请注意查收。"),
            ("p", "特此通知。"),
        ], day=d, code=code)
    if code == "payment_notice":
        return platform_paper(c, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行的{case}，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应交纳申请执行费"
                  f"人民币{c.extra['fee']:,.2f}元，执行后由被执行人负担。"),
            ("p", "请于收到本通知之日起七日内通过平台“网上缴费”或福建省非税收入统一缴款渠道交纳，缴费后电子票据自动推送。"),
        ], day=d, code=code)
    if code == "enforcement_notice":
        return platform_paper(c, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], day=d, code=code, signers=staff)
    if code == "property_report_order":
        return platform_paper(c, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令后五日内，如实向本院报告当前以及"
                  "收到执行通知之日前一年的财产情况，可通过平台“财产申报”在线填报，或填写所附财产申报表提交本院。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], day=d, code=code, signers=staff)
    if code == "enforcement_ruling":
        if tale(c) == "live":
            order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}。"
        else:
            order = f"冻结、划拨被执行人{r.name}名下的银行存款{money(c.amount)}，或查封、扣押其相应价值的财产。"
        return platform_paper(c, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未按执行通知"
                  f"履行义务。依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定立即执行。"),
        ], day=d, code=code, signers=bench)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank", "中国工商银行石狮支行")
        ask = (f"冻结并划拨被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，划至本院执行款专户。"
               if tale(c) == "live" else f"冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限，期限一年。")
        return platform_paper(c, "协助执行通知书", [
            ("to", f"{bank}："),
            ("p", f"本院执行的{case}，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", ask),
            ("n", f"附：执行裁定书一份。本通知经“总对总”网络执行查控系统电子送达，执行人员：{c.officer}（工作证号{c.extra['badge']}）。"),
        ], day=d, code=code, number=c.number.replace("号", "号之一"))
    if code == "closing_notice":
        if tale(c) == "live":
            how = (f"本院于{cn_date(c.extra['deducted'])}依法划拨被执行人存款{money(c.amount)}，并于"
                   f"{cn_date(c.extra['paid_out'])}发放至你方账户")
        else:
            how = (f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议分三期付清"
                   f"{money(c.amount)}")
        return platform_paper(c, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。生效法律文书确定的义务已全部履行完毕。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一项的规定，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d, code=code)
    if code == "termination_this_round_ruling":
        return platform_paper(c, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"申请执行人{a.name}（{c.extra['workers']}名员工的代表人）与被执行人{r.name}劳动争议一案，{ARB}作出的"
                  f"{c.basis_number}仲裁裁决书已经发生法律效力。申请执行人于{cn_date(c.filed_on)}向本院申请执行，执行标的"
                  f"{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未报告财产；通过网络执行查控系统查询被执行人的存款、"
                  "车辆、不动产、证券、网络资金等，未发现可供执行的财产；到被执行人厂区实地调查，厂房已退租、设备已被出租方收回。"
                  "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。本院已在线约谈申请执行人，告知其执行情况，"
                  "申请执行人对终结本次执行程序无异议。"),
            ("p", "本院认为，本案已穷尽财产调查措施，被执行人暂无财产可供执行。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉"
                  "的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, code=code, signers=bench)
    if code == "summons":
        return platform_paper(c, "传票", [
            ("h", f"被传唤人：{r.name}（法定代表人{r.legal_rep}）"),
            ("h", f"案　由：{c.extra['cause']}（申请执行）"),
            ("h", "传唤事由：接受执行调查，报告财产情况"),
            ("h", f"应到时间：{num_date(d + timedelta(days=7))}上午9时00分"),
            ("h", "应到处所：本院执行局（石狮市八七路588号）二楼第三谈话室，或经申请通过“福建移动微法院”视频到庭"),
            ("n", "注意事项：一、被传唤人应携带本传票及身份证件按时到达；二、被执行人无正当理由拒不到场的，本院可以依法拘传。"),
        ], day=d, code=code, signers=staff)
    if code == "consumption_restriction_order":
        return platform_paper(c, "限制消费令", [
            ("to", f"{r.name}、{r.legal_rep}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因{r.name}未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对"
                  f"{r.name}采取限制消费措施，限制其及其法定代表人{r.legal_rep}不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, code=code)
    if code == "dishonest_list_decision":
        return platform_paper(c, "决定书", [
            *_party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不向本院报告财产。"
                  "依照" + LAW + "第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。被执行人认为纳入错误的，可以向本院申请纠正。"),
        ], day=d, code=code, number=c.number.replace("号", "号之二"), signers=staff)
    if code == "interview_record":
        return _interview(c, rng, d)
    if code == "investigation_record":
        return _survey(c, rng, d)
    if code == "service_receipt":
        return _e_receipt(c, rng, served)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


QA = [
    ("问", "我们是石狮市人民法院执行局的工作人员，现通过“福建移动微法院”视频与你谈话，谈话过程同步录音录像。请你出示身份证件。"
           "你是否清楚？"),
    ("答", "清楚。（已在镜头前出示身份证）"),
    ("问", "你是以{workers}名员工代表人的身份申请执行的，其他员工的授权委托你已提交，对吗？"),
    ("答", "对，大家都签了字按了手印，在立案的时候上传了。"),
    ("问", "本院已通过网络执行查控系统查询被执行人的银行存款、车辆、不动产、证券、支付宝和微信财付通等网络资金，均无可供执行的"
           "财产；本院执行人员到厂区实地调查，厂房已退租，缝纫机等设备已被出租方以抵扣租金收回。你对查控和调查结果有无异议？"),
    ("答", "没有异议，老板过年前就跑了，厂里早就空了。"),
    ("问", "你或其他员工能否提供被执行人或其法定代表人的其他财产线索？"),
    ("答", "我们听说老板在晋江还有一个仓库，但不知道具体地址，现在提供不了。"),
    ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。鉴于目前无财产可供执行，本院拟终结本次"
           "执行程序，你是否同意？"),
    ("答", "同意。以后找到财产我们再申请恢复执行。"),
    ("问", "终结本次执行程序后，你们发现财产线索可以随时申请恢复执行，不受申请执行时效期间的限制。你们还可以向石狮市总工会申请"
           "困难职工帮扶。还有什么补充的吗？"),
    ("答", "没有了。"),
]


def _interview(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The online interview's 谈话笔录: a head table, 问/答 set in 宋体 with the tag in 黑体, and the applicant's
    electronic signature (written on the phone screen) in a dashed box with its signing time."""
    s = Sheet()
    s.centred(TOP, COURT, font("sans_bold", 46), spacing=4)
    s.centred(TOP + 80, "谈话笔录（在线）", font("serif_bold", 70), spacing=14)
    w = s.width - LEFT - RIGHT
    start = rng.choice([9, 10, 14, 15])
    rows = [["案号", c.number, "谈话方式", "移动微法院视频"],
            ["时间", f"{num_date(d)} {start}时{rng.choice(['05', '20', '35'])}分至{start}时{rng.randint(40, 58)}分", "地点",
             "本院执行局远程谈话室"],
            ["谈话人", f"{c.officer}（执行员）", "记录人", c.clerk],
            ["被谈话人", f"{c.applicant.name}（申请执行人、员工代表人），公民身份号码{c.applicant.id_number}"]]
    boxes = cells(s, LEFT, TOP + 200, [mm(24), mm(76), mm(26), w - mm(126)], rows, body(32),
                  heights=[mm(13), mm(13), mm(13), mm(16)], shade=(0, 2))
    run = Flowing([s], boxes[-1][3] + mm(10))
    f = body(40)
    for tag, text in QA:
        text = text.format(workers=c.extra.get("workers", 20))
        for k, part in enumerate(wrap(text, f, run.width - f.size * 2)):
            run.need(70)
            if k == 0:
                run.s.text(LEFT, run.y, f"{tag}：", font("hei", 40))
            run.s.text(LEFT + f.size * 2, run.y, part, f)
            run.y += 70
    run.need(330)
    last = run.s
    y = run.y + 30
    last.text(LEFT, y, "（以上笔录经被谈话人在线阅看，确认无误后电子签名。）", body(34))
    y += 80
    last.text(LEFT, y + 40, "被谈话人（电子签名）：", body(38))
    bx = LEFT + mm(75)
    for x in range(int(bx), int(bx + mm(70)), 16):
        last.line(x, y, x + 8, y, width=1, fill=(120, 120, 120))
        last.line(x, y + mm(24), x + 8, y + mm(24), width=1, fill=(120, 120, 120))
    signature(last, bx + mm(8), y + mm(6), c.applicant.name, rng)
    last.text(bx, y + mm(26), f"签名时间：{d:%Y-%m-%d} {start}:{rng.randint(41, 59)}:{rng.randint(10, 59)}", sans(24))
    last.text(LEFT, y + mm(40), f"谈话人：{c.officer}　　记录人：{c.clerk}", body(38))
    stamp_platform(run.sheets, c, "interview_record", datetime(d.year, d.month, d.day, start + 1, 2, 41))
    return run.sheets


def _photo(s: Sheet, x: int, y: int, w: int, h: int, rng: random.Random, kind: str) -> None:
    """A site photo from the officer's mobile terminal: a closed roller-shutter front, or an empty workshop."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (w, h), (150, 160, 170))
    d = ImageDraw.Draw(img)
    for yy in range(h // 2):
        tone = 170 + yy * 60 // h
        d.line((0, yy, w, yy), fill=(tone - 20, tone - 5, tone + 15))
    d.rectangle((0, h // 2, w, h), fill=(120, 118, 112))
    if kind == "shutter":
        d.rectangle((w // 8, h // 5, w * 7 // 8, h * 9 // 10), fill=(175, 178, 180))
        for yy in range(h // 5, h * 9 // 10, 9):
            d.line((w // 8, yy, w * 7 // 8, yy), fill=(130, 133, 136), width=2)
        d.rectangle((w * 3 // 8, h // 10, w * 5 // 8, h // 5 - 4), fill=(190, 40, 40))
    else:
        for k in range(5):
            px = w // 10 + k * w // 6
            d.rectangle((px, h // 2 - 20, px + w // 12, h // 2 + 30), outline=(60, 60, 60), width=3)
        d.line((0, h // 2, w, h * 3 // 5), fill=(90, 90, 90), width=3)
    for _ in range(400):
        px, py = rng.randrange(w), rng.randrange(h)
        v = rng.randint(-25, 25)
        r, g, b = img.getpixel((px, py))  # type: ignore[misc]
        img.putpixel((px, py), (max(0, r + v), max(0, g + v), max(0, b + v)))
    s.image.paste(img, (x, y))
    s.lines.append(f"{'厂区大门' if kind == 'shutter' else '车间内部'}")


def _survey(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The field survey recorded on the officer's mobile terminal (执行单兵) and printed from the platform: a table of
    what was found, two site photos with the terminal's location line, signatures of the officers and a witness."""
    s = Sheet()
    s.centred(TOP, COURT, font("sans_bold", 46), spacing=4)
    s.centred(TOP + 80, "执行现场调查记录", font("serif_bold", 70), spacing=10)
    w = s.width - LEFT - RIGHT
    r = c.respondent
    rows = [["案号", c.number], ["调查时间", f"{num_date(d)} 9时40分至10时30分"], ["调查地点", r.address],
            ["调查人员", f"{c.officer}、{c.clerk}（执行记录仪编号DSJ-{c.extra['badge']}）"],
            ["在场人", f"{person_name(rng)}（{r.address[6:12]}村民委员会工作人员）"],
            ["调查情况", f"被执行人{r.name}厂区大门紧闭，卷帘门张贴有出租方“厂房已收回”告示。经在场人介绍，该厂于2023年底停产，"
                      "老板下落不明，厂房已由出租方收回另租，缝纫机、裁床等设备已由出租方抵扣欠租拉走，现场无被执行人可供执行的财产。"],
            ["申请人线索核实", "申请执行人提供的“厂内尚有成品服装一批”的线索，经现场查看，仓库已空，线索不属实。"]]
    boxes = cells(s, LEFT, TOP + 190, [mm(34), w - mm(34)], rows, body(33),
                  heights=[mm(12)] * 5 + [mm(42), mm(22)], shade=(0,))
    y = int(boxes[-1][3] + mm(8))
    pw = int((w - mm(8)) / 2)
    ph = int(pw * 0.62)
    _photo(s, LEFT, y, pw, ph, rng, "shutter")
    _photo(s, LEFT + pw + mm(8), y, pw, ph, rng, "inside")
    y += ph + mm(3)
    s.text(LEFT, y, f"照片1　厂区大门　　拍摄：{d:%Y-%m-%d} 09:4{rng.randint(1, 9)}　定位：东经118.6{rng.randint(100, 999)}° "
                    f"北纬24.7{rng.randint(100, 999)}°", sans(22), fill=(70, 70, 70))
    y += mm(6)
    s.text(LEFT, y, "照片2　车间内部（已搬空）", sans(22), fill=(70, 70, 70))
    y += mm(14)
    s.text(LEFT, y, "调查人员：", body(36))
    hand(s, LEFT + mm(32), y - 6, f"{c.officer}  {c.clerk}", rng, size=44, ink=(25, 25, 30))
    s.text(LEFT + mm(100), y, "在场人：", body(36))
    hand(s, LEFT + mm(126), y - 6, rows[4][1].split("（")[0], rng, size=44, ink=(30, 45, 140))
    stamp_platform([s], c, "investigation_record", datetime(d.year, d.month, d.day, 11, 12, 5))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "payment_notice": "交纳申请执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _mask(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:] if len(phone) == 11 else phone


def _e_receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The platform's 电子送达回证: a table of what was sent to whom, over which channel, when it arrived and when it was
    read, the court's electronic seal; a closed factory's papers also went by EMS, which came back."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    sent = max(made_on(c, x) for x in served) + timedelta(days=1)
    hh, mi = rng.randint(9, 16), rng.randint(0, 59)
    closed = tale(c) == "wage" and not to_applicant
    phone = _mask(who.phone if who.kind == "person" else (c.agent_phone if to_applicant else "138" + who.phone[-8:]))
    s = Sheet()
    s.centred(TOP, COURT, font("sans_bold", 48), spacing=4)
    s.centred(TOP + 84, "电子送达回证", font("serif_bold", 72), spacing=24)
    w = s.width - LEFT - RIGHT
    way = "电子送达（短信、平台）＋邮寄送达（EMS）" if closed else "电子送达（短信、福建移动微法院）"
    read = ("未查阅；EMS " + f"11{rng.randint(10**10, 10**11 - 1)}" + "退回，退回原因：原址无人、单位已搬离") if closed else \
        f"{sent:%Y-%m-%d} {min(hh + rng.randint(0, 5), 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    rows = [["案　　号", c.number], ["送达文书", "；".join(f"{NAMES.get(x, x)}一份" for x in served)],
            ["受送达人", who.name + (f"（委托代理人{c.agent}）" if to_applicant and who.kind == "organisation" else "")],
            ["送达方式", way], ["送达号码/地址", f"{phone}　{who.address}"],
            ["发送时间", f"{sent:%Y-%m-%d} {hh:02d}:{mi:02d}:{rng.randint(0, 59):02d}"],
            ["送达成功时间", f"{sent:%Y-%m-%d} {hh:02d}:{mi:02d}:{rng.randint(0, 59):02d}（短信平台回执：成功）"],
            ["查阅时间", read], ["送达人", f"{c.clerk}（集约送达中心）"],
            ["备　　注", "依照《中华人民共和国民事诉讼法》第九十条的规定，以送达信息到达受送达人特定系统的日期为送达日期。"]]
    cells(s, LEFT, TOP + 210, [mm(42), w - mm(42)], rows, body(34), heights=[mm(15)] * 9 + [mm(24)], shade=(0,))
    y = TOP + 210 + mm(15) * 9 + mm(24) + mm(20)
    when = cn_date(sent)
    s.right(s.width - RIGHT - mm(10), y, when, body(40))
    e_seal(s, s.width - RIGHT - mm(40), y + 14, COURT, f"35058{sum(map(ord, c.number)) % 90000 + 10000}")
    stamp_platform([s], c, "service_receipt", datetime(sent.year, sent.month, sent.day, min(hh + 1, 23), mi, 0))
    s.lines.append(f"{sent.year}年{sent.month}月{sent.day}日")
    return [s]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案件结案审批表 printed from the case system: the case's particulars, then the approval flow with each
    node's handler, opinion and time (approved on screen, nothing signed by hand)."""
    s = Sheet()
    s.centred(TOP, COURT, font("sans_bold", 46), spacing=4)
    s.centred(TOP + 80, "执行案件结案审批表", font("serif_bold", 66), spacing=8)
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)],
            ["申请标的", f"{c.amount:,.2f}元", "执行到位", f"{done:,.2f}元"],
            ["结案方式", how, "拟结案日期", num_date(c.closed_on)],
            ["承办人意见", ("经网络查控、实地调查，被执行人无财产可供执行；已发出限制消费令、纳入失信名单；已在线约谈申请执行人，"
                       "其同意终本。符合终本条件，建议终结本次执行程序。") if ttr else
             ("被执行人已全部履行，执行款已发放申请执行人，建议以执行完毕方式结案。")]]
    boxes = cells(s, LEFT, TOP + 190, [mm(32), mm(58), mm(30), w - mm(120)], rows, body(32),
                  heights=[mm(13)] * 5 + [mm(30)], shade=(0, 2))
    y = boxes[-1][3] + mm(10)
    s.text(LEFT, y, "审批流程", font("sans_bold", 36))
    y += mm(10)
    t = datetime(d.year, d.month, d.day, 9, rng.randint(5, 50), 0)
    flow = [["节点", "处理人", "意见", "处理时间"],
            ["承办人提交", c.officer, "提请结案", f"{t:%Y-%m-%d %H:%M}"],
            ["合议庭评议", c.judge, "同意", f"{t + timedelta(hours=3):%Y-%m-%d %H:%M}"],
            ["执行局长审批", person_name(rng), f"同意{how}", f"{t + timedelta(days=1, hours=1):%Y-%m-%d %H:%M}"],
            ["结案审查", person_name(rng), "电子卷宗已同步，同意报结", f"{t + timedelta(days=1, hours=4):%Y-%m-%d %H:%M}"]]
    cells(s, LEFT, y, [mm(36), mm(30), mm(58), w - mm(124)], flow, body(30), heights=mm(12), shade=())
    stamp_platform([s], c, "closing_approval_form", t + timedelta(days=1, hours=5))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 卷皮 printed from the electronic archive onto kraft card: archive boxes at the top right, then the
    particulars in a tall frame; the archive number written in by hand."""
    s = Sheet(paper=(232, 214, 180))
    x = s.width - RIGHT - mm(90)
    cells(s, x, mm(16), [mm(30), mm(30), mm(30)], [["全宗号", "年度", "卷号"], ["", "", ""]], body(28),
          heights=[mm(9), mm(11)], shade=(), line_w=2)
    hand(s, x + mm(8), mm(27), "217", rng, size=34, ink=(25, 25, 25))
    hand(s, x + mm(36), mm(27), str(c.closed_on.year), rng, size=34, ink=(25, 25, 25))
    hand(s, x + mm(64), mm(27), str(rng.randint(1200, 3900)), rng, size=34, ink=(25, 25, 25))
    s.centred(mm(56), COURT, font("sans_bold", 58), spacing=6)
    s.centred(mm(78), "执 行 卷 宗", font("serif_bold", 104), spacing=30)
    s.centred(mm(104), "（正卷）", body(44))
    w = s.width - LEFT - RIGHT - mm(10)
    ttr = c.method == "terminated_this_round"
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕"], ["承 办 人", c.officer], ["书 记 员", c.clerk],
            ["归档日期", num_date(d)], ["保管期限", "永久" if ttr else "长期"], ["本卷页数", f"共　{rng.randint(58, 84)}　页"]]
    cells(s, LEFT + mm(5), mm(120), [mm(40), w - mm(40)], rows, body(36), heights=mm(11.5), shade=(), line_w=3,
          ink=(40, 30, 20))
    return [s]


def _catalogue(c: CaseCtx, d: date) -> list[Sheet]:
    """卷内目录 as the electronic archive generates it from the catalogued pages."""
    items = [("执行申请书", 2), ("仲裁裁决书", 4), ("生效证明书", 1), ("财产线索表", 1), ("申请执行费电子票据", 1),
             ("申请执行人身份证明、代表人推选书", 2), ("被执行人营业执照信息", 1), ("授权委托书", 1), ("法律援助公函", 1),
             ("律师执业证", 1), ("收取案款确认书", 1), ("送达地址确认书", 1), ("受理案件通知书", 1), ("交纳申请执行费通知书", 1),
             ("执行通知书", 1), ("报告财产令", 1), ("财产申报表", 1), ("网络执行查控结果", 2), ("执行裁定书", 1),
             ("协助执行通知书", 1), ("传票", 1), ("限制消费令", 2), ("决定书（纳入失信名单）", 1), ("执行现场调查记录", 1),
             ("谈话笔录（在线）", 2), ("执行裁定书（终结本次执行程序）", 2), ("结案审批表", 1), ("电子送达回证", 4),
             ("归档复核表", 1), ("备考表", 1)]
    s = Sheet()
    s.centred(TOP - mm(4), "卷 内 目 录", font("serif_bold", 70), spacing=20)
    s.text(LEFT, TOP + 90, f"案号：{c.number}", body(34))
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, (name, n) in enumerate(items, 1):
        rows.append([str(i), name, str(page) if n == 1 else f"{page}-{page + n - 1}", ""])
        page += n
    cells(s, LEFT, TOP + 150, [mm(16), w - mm(60), mm(26), mm(18)], rows, body(28), heights=mm(7.1), shade=())
    stamp_platform([s], c, "catalogue", datetime(d.year, d.month, d.day, 15, 40, 12))
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, font("sans_bold", 46), spacing=4)
    s.centred(TOP + 80, "执行卷宗归档复核表", font("serif_bold", 66), spacing=8)
    w = s.width - LEFT - RIGHT
    points = ["纸质卷宗与电子卷宗一致", "文书材料齐全，送达回证完备", "终本条件材料齐备（查控、约谈、限消、失信）",
              "卷内目录与材料一致、页码连续", "无空白项、无涂改", "装订规范"]
    rows = [["案号", c.number], ["承办人", c.officer], ["结案日期", num_date(c.closed_on)], ["复核项目", "复核结果"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(13)] * 4 + [mm(13)] * len(points) + [mm(30), mm(15)]
    boxes = cells(s, LEFT, TOP + 190, [mm(92), w - mm(92)], rows, body(32), heights=hs, shade=(0,))
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(points)]:
        hand(s, b[0] + mm(20), b[1] + mm(2), "√", rng, size=44, ink=(25, 25, 25))
    hand(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "经复核，材料齐全，同意归档。", rng, size=42, ink=(25, 25, 25))
    hand(s, right[-1][0] + mm(6), right[-1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=40, ink=(25, 25, 25))
    stamp_platform([s], c, "file_review_form", datetime(d.year, d.month, d.day, 10, 5, 0))
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "卷 内 备 考 表", font("serif_bold", 70), spacing=16)
    s.text(LEFT, TOP + 110, f"案号：{c.number}", body(34))
    x1 = s.width - RIGHT
    y = TOP + 170
    s.box(LEFT, y, x1, s.height - mm(46), width=3)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明：", font("hei", 38))
    yy = y + mm(20)
    for part in ("本卷共有文件材料三十件，共四十一页；", "另有在线谈话同步录音录像一份，", "已随电子卷宗归档。",
                 "本案终结本次执行程序，后续材料入证据袋。"):
        hand(s, LEFT + mm(14), yy, part, rng, size=44, ink=(25, 25, 28))
        yy += mm(12)
    base = s.height - mm(110)
    for k, (label, name) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(16), label, body(38))
        hand(s, LEFT + mm(118), base + k * mm(16) - 6, name, rng, size=42, ink=(25, 25, 28))
    return [s]

