"""court_fi (吉林省通化市东昌区人民法院, held out): 通化 on the 浑江 — the 山葡萄 vineyards and wineries of 通化葡萄酒, the
人参 gardens up the valleys, the pharmaceutical factories of 通化医药城, long winters. Its own papers in the bureau's
楷体 style (court_fi_kit); what it receives in its senders' styles, the small papers glued onto the bureau's 卷内粘贴单
(court_fi_papers). The volumes were laid on a colour flatbed (court_fi_capture)."""

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
from dossier.corpus.draw import Sheet, hand, mm, seal, wrap
from dossier.corpus.families.court_fi_kit import (
    COURT,
    GEL,
    LEFT,
    RIGHT,
    TOP,
    court_paper,
    folios,
    form_head,
    glue_tail,
    grid,
    hei,
    kai,
    pasteup,
    pen,
    piece,
)
from dossier.corpus.families.court_fi_papers import NOTARY, RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
WINE_SEQ, GINSENG_SEQ, PHARMA_SEQ = 77128, 77461, 77709
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"enforcement_application": -2, "acceptance_notice": 1, "payment_notice": 1, "fee_receipt": 1,
        "enforcement_notice": 2, "property_report_order": 2, "online_inquiry_result": 3, "enforcement_ruling": 6,
        "assistance_notice": 6, "property_declaration_form": 10, "summons": 16, "settlement_agreement": 24,
        "investigation_record": 25, "consumption_restriction_order": 30, "dishonest_list_decision": 30}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 6, "closing_notice": 3, "closing_approval_form": 2,
           "dossier_cover": -6, "catalogue": -5, "remarks_sheet": -5, "file_review_form": -4}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return c.extra["pay_days"][-1] + timedelta(days=2)
    return c.day(WHEN.get(code, 0))


def _recheck(body17: str) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body17, weights, strict=True)) % 31
    return body17 + chars[0 if check == 31 else check]


def _person(rng: random.Random, region: str, address: str) -> Party:
    born = date(rng.randint(1963, 1990), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address, f"13{rng.randint(100000000, 999999999)}",
                 born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """通化 parties. WINE_SEQ: a 山葡萄 growers' co-operative of 通化县 holds an award of the 通化仲裁委员会 for grapes
    delivered to a 东昌 winery; the winery's account is frozen, it settles and pays in two instalments (执行完毕, archived).
    GINSENG_SEQ: a 集安 ginseng grower lent money to a 东昌 ginseng company under a notarised loan contract; the
    notary office's 执行证书 follows; the company's gardens lie under snow, its stock is pledged, nothing found (终本).
    PHARMA_SEQ: a packaging maker holds this court's 民事调解书 against a pharmaceutical factory of 通化医药城, which
    settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {WINE_SEQ: "wine", GINSENG_SEQ: "ginseng", PHARMA_SEQ: "pharma"}[seq]
    c.firm = rng.choice(["吉林浑江律师事务所", "吉林通化玉皇山律师事务所", "吉林佟佳江律师事务所"])
    c.extra["firm_tag"] = {"吉林浑江律师事务所": "浑江", "吉林通化玉皇山律师事务所": "玉皇山", "吉林佟佳江律师事务所": "佟佳江"}[c.firm]
    c.extra["firm_addr"] = f"通化市东昌区{rng.choice(['新华大街', '东昌路', '建设大街', '江南大街'])}{rng.randint(10, 399)}号"
    c.extra["licence"] = f"1220520{rng.randint(14, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["agent_sex"] = rng.choice("男女")
    c.extra["court_acct"] = f"0801{rng.randint(10**11, 10**12 - 1)}"
    c.extra["in_bank"] = rng.choice(["吉林通化农村商业银行东昌支行", "中国建设银行通化分行", "吉林银行通化分行营业部"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["r_bank"] = rng.choice(["吉林银行通化新华支行", "中国工商银行通化东昌支行"])
    c.extra["r_acct"] = f"{rng.randint(10**16, 10**17 - 1)}"
    c.extra["badge"] = f"22052{rng.randint(100, 999)}"
    street = rng.choice(["新站街道", "东昌街道", "民主街道", "老站街道", "龙泉街道"])
    t = tale(c)
    if t == "wine":
        body = "93220521" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
        c.applicant = Party(f"通化县{rng.choice(['英额布', '快大茂', '大泉源'])}山葡萄种植专业合作社", "organisation",
                            _recheck(body), f"吉林省通化市通化县{rng.choice(['英额布镇', '快大茂镇', '大泉源乡'])}"
                            f"{rng.choice(['葡萄沟', '长岗', '江沿'])}村", f"0435-52{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"通化{rng.choice(['浑江', '雪域', '玉皇山', '长白冰谷'])}葡萄酒业有限公司", "organisation",
                             credit_code(rng, "220502"), f"吉林省通化市东昌区{street}滨江东路{rng.randint(10, 300)}号",
                             f"0435-36{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "arbitration"
        c.basis_court = "通化仲裁委员会"
        c.basis_number = f"（2023）通仲裁字第{rng.randint(40, 480)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "山葡萄买卖合同纠纷"
        c.extra["tons"] = rng.randint(60, 180)
        c.amount = Decimal(c.extra["tons"]) * Decimal(rng.randint(3600, 4800))
    elif t == "ginseng":
        c.applicant = _person(rng, "220582", f"吉林省集安市{rng.choice(['清河镇', '台上镇', '榆林镇'])}"
                              f"{rng.choice(['参场', '双岔', '头道'])}村{rng.randint(1, 9)}组")
        c.respondent = Party(f"通化{rng.choice(['长白参', '百草', '关东参', '浑江源'])}参业有限公司", "organisation",
                             credit_code(rng, "220502"), f"吉林省通化市东昌区{rng.choice(['金厂镇', '江东乡'])}"
                             f"{rng.choice(['参园', '夹皮沟', '环通'])}村{rng.randint(1, 9)}组", f"0435-38{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_kind = "notarial"
        c.basis_court = NOTARY
        c.basis_number = f"（2023）吉通江证字第{rng.randint(200, 1800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(15, 40))
        c.extra["cause"] = "借款合同纠纷"
        c.amount = Decimal(rng.randint(30, 90)) * 10000
    else:
        c.applicant = Party(f"通化{rng.choice(['华通', '东宝', '鑫瑞'])}医药包装材料有限公司", "organisation",
                            credit_code(rng, "220502"), f"吉林省通化市东昌区{street}{rng.choice(['光明路', '团结路'])}"
                            f"{rng.randint(10, 200)}号", f"0435-32{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"通化{rng.choice(['金马', '仁和堂', '振国', '长白山'])}制药股份有限公司".replace("股份", rng.choice(["", "股份"])),
                             "organisation", credit_code(rng, "220502"), f"吉林省通化市东昌区通化医药城"
                             f"{rng.choice(['滨江西路', '医药大道', '龙泉路'])}{rng.randint(100, 999)}号",
                             f"0435-39{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "mediation"
        c.basis_court = COURT
        c.basis_number = f"（2023）吉0502民初{rng.randint(2000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(70, 120))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1200, 5800)) * 100 + Decimal(rng.randint(0, 99)) / 100
    for who, key in ((c.applicant, ""), (c.respondent, "r_")):
        if who.kind == "organisation":
            born = date(rng.randint(1962, 1985), rng.randint(1, 12), rng.randint(1, 28))
            c.extra[f"{key}rep_born"] = born
            c.extra[f"{key}rep_sex"] = "男"
            c.extra[f"{key}rep_id"] = id_number(rng, rng.choice(["220502", "220503", "220521"]), born)
            c.extra[f"{key}rep_addr"] = f"吉林省通化市东昌区{rng.choice(['新华大街', '龙泉路', '胜利路'])}{rng.randint(1, 300)}号"
    c.extra["fee"] = (Decimal(50) + (c.amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    if t == "wine":
        first = (c.amount * Decimal("0.6")).quantize(Decimal("0.01"))
        c.extra["instalments"] = [first, c.amount - first]
        c.extra["pay_days"] = [c.day(rng.randint(28, 31)), c.day(rng.randint(50, 54))]
        c.extra["settle_terms"] = [
            f"一、乙方欠甲方山葡萄货款{money(c.amount)}，乙方于{num_date(c.day(31))}前支付{c.extra['instalments'][0]:,.2f}元，"
            f"余款{c.extra['instalments'][1]:,.2f}元于{num_date(c.day(55))}前付清，均汇入执行法院执行款专户；",
            "二、甲方放弃迟延履行期间的债务利息；乙方按期付清全部款项后，甲方申请解除对乙方银行账户的冻结；",
            "三、乙方任何一期未按约履行的，甲方可申请恢复执行原生效法律文书。"]
        c.extra["clues"] = [("银行存款", f"被执行人在{c.extra['r_bank']}开立基本账户，账号{c.extra['r_acct']}"),
                            ("存货", "被执行人滨江东路酒厂地下酒窖存有冰葡萄酒、山葡萄原酒若干")]
        c.extra["declared"] = [("银行存款", f"{c.extra['r_bank']}基本户，余额约{rng.randint(8, 30)}万元"),
                               ("不动产", "酒厂厂房一处（已抵押给银行）"), ("存货", "山葡萄原酒约四百吨，成品酒约三万瓶")]
        c.extra["inquiry"] = [("吉林银行", "存款", f"冻结{c.extra['r_acct']}，余额{rng.randint(80, 300)},{rng.randint(100, 999)}.00元"),
                              ("中国工商银行", "存款", "无开户信息"), ("自然资源部", "不动产", "厂房1处，已设抵押"),
                              ("公安部交管局", "车辆", "小型货车2辆"), ("中国证券登记结算", "证券", "无")]
    elif t == "ginseng":
        c.extra["clues"] = [("人参存货", "被执行人在金厂镇参园有园参约二十亩，加工厂仓库存有红参、生晒参"),
                            ("车辆", "被执行人名下有一辆冷藏车，常停放于加工厂院内")]
        c.extra["declared"] = [("银行存款", "基本户余额不足一千元"), ("参园", "金厂镇参园二十亩，土地为租赁，参龄三年，尚不能起收"),
                               ("存货", "红参约八百斤，已质押给通化某担保公司"), ("车辆", "冷藏车一辆，已于2023年抵债转让")]
        c.extra["inquiry"] = [("吉林银行", "存款", "余额312.40元，已冻结"), ("中国农业银行", "存款", "余额0.00元"),
                              ("自然资源部", "不动产", "无登记信息"), ("公安部交管局", "车辆", "无（已过户）"),
                              ("中国证券登记结算", "证券", "无"), ("支付宝、财付通", "网络资金", "无余额")]
    else:
        half = (c.amount / 2).quantize(Decimal("0.01"))
        c.extra["instalments"] = [c.amount]
        c.extra["pay_days"] = [c.day(rng.randint(33, 40))]
        c.extra["settle_terms"] = [
            f"一、乙方于{num_date(c.day(40))}前一次性支付甲方货款{money(c.amount)}，汇入执行法院执行款专户；",
            f"二、甲方同意免除迟延履行期间的债务利息及调解书确定的逾期违约金；原调解书第一项中已到期的{half:,.2f}元一并包含在本款内；",
            "三、乙方逾期未付的，甲方可申请恢复执行原调解书。"]
        c.extra["clues"] = [("银行存款", f"被执行人在{c.extra['r_bank']}有基本账户，账号{c.extra['r_acct']}"),
                            ("应收账款", "被执行人对通化地区多家医药连锁企业有应收货款")]
        c.extra["declared"] = [("银行存款", f"{c.extra['r_bank']}基本户，正常经营使用"), ("不动产", "医药城厂区土地及GMP车间"),
                               ("应收账款", "约二百万元")]
        c.extra["inquiry"] = [("吉林银行", "存款", f"冻结{c.extra['r_acct']}，余额{rng.randint(20, 99)},{rng.randint(100, 999)}.00元"),
                              ("中国工商银行", "存款", "无开户信息"), ("自然资源部", "不动产", "土地1宗、房屋3处，已设抵押"),
                              ("公安部交管局", "车辆", "小型轿车1辆")]


def basis_name(c: CaseCtx) -> str:
    return {"wine": f"通化仲裁委员会{c.basis_number}裁决书", "ginseng": f"{NOTARY}{c.basis_number}公证书及执行证书",
            "pharma": f"本院{c.basis_number}民事调解书"}[tale(c)]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}。"), ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_name(c).replace('本院', COURT)}一案，本院经审查符合受理条件，已于{cn_date(c.filed_on)}立案。"),
            ("p", f"本案承办人：{c.officer}，书记员：{c.clerk}，联系电话：{c.court.phone}。案件进展可登录吉林法院诉讼服务网或"
                  "“吉林移动微法院”查询。"),
            ("p", "请你方如实提供被执行人的财产线索；送达地址、收款账户如有变更，请及时书面告知本院。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照《诉讼费用交纳办法》第十条、第十四条之规定，应交纳申请执行费{c.extra['fee']}元，"
                  "由你方预交，执行完毕后由被执行人负担。"),
            ("p", "请于收到本通知之日起七日内通过吉林省非税收入缴款系统或在本院诉讼服务中心刷卡交纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c).replace('本院', COURT)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}"
                  f"第二百五十一条、第二百六十四条的规定，责令{_you(r)}立即履行下列义务："),
            ("p", f"一、给付申请执行人{a.name}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行{case}，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令后五日内，如实填写财产申报表，"
                  "向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究"
                  "刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院在执行{basis_name(c).replace('本院', COURT)}一案中，被执行人{r.name}未按执行通知履行义务。依照{LAW}"
                  "第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}（账号{c.extra['r_acct']}）等金融机构的存款，以{money(c.amount)}"
                  "为限；不足部分，查封、扣押被执行人相应价值的其他财产。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        sheets = court_paper(c, rng, "协助执行通知书", [
            ("to", f"{c.extra['r_bank']}："),
            ("p", f"本院执行的{case}，依照{LAW}第二百五十三条的规定，请协助冻结被执行人{r.name}在你行账号{c.extra['r_acct']}"
                  f"内的存款，冻结数额{money(c.amount)}，冻结期限一年。"),
            ("s", f"附：执行裁定书一份。执行人员：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}。"),
        ], number=c.number.replace("号", "号之一"), day=d)
        s = sheets[-1]
        y = s.height - mm(58)
        for x in range(LEFT, s.width - RIGHT, 24):
            s.line(x, y, x + 12, y, width=2)
        s.centred(y + 16, "回　　执", hei(40))
        s.text(LEFT, y + 80, f"{COURT}：你院{c.number.replace('号', '号之一')}协助执行通知书已收到，已按要求办理。", kai(34))
        s.text(s.width - RIGHT - mm(90), y + 150, "协助单位（盖章）　　年　月　日", kai(34))
        return sheets
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院执行{case}，被执行人未按执行通知书指定的期间履行义务。依照《最高人民法院关于限制被执行人高消费及有关消费"
                  f"的若干规定》第一条、第三条的规定，对被执行人及其法定代表人{r.legal_rep}采取限制消费措施，不得实施下列行为："),
            ("p", "（一）乘坐飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                  "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需"
                  "车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组"
                  "列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院执行{case}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务。依照《最高人民法院关于公布失信"
                  "被执行人名单信息的若干规定》第一条第一项、第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为本决定有错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"申请执行人{a.name}依据{NOTARY}{c.basis_number}公证书及执行证书，向本院申请强制执行，本院于{cn_date(c.filed_on)}"
                  f"立案，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人申报了财产；本院通过网络执行查控系统查询被执行人"
                  f"的存款、车辆、不动产、证券、网络资金等，并于{cn_date(made_on(c, 'investigation_record'))}赴被执行人位于金厂镇的"
                  "参园及加工厂实地调查：参园土地系租赁，园参参龄三年尚不能起收，积雪封园；仓库红参已质押给案外人，冷藏车已于"
                  "2023年抵债转让，未发现可供执行的财产。本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人未能提供新的财产线索，"
                  "同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "closing_notice":
        ways = "、".join(f"{x:,.2f}元" for x in c.extra["instalments"])
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议"
                  f"将{ways}交至本院执行款专户，本院已于{cn_date(c.extra['pay_days'][-1] + timedelta(days=2))}将执行款{money(c.amount)}"
                  f"转入你方确认的{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的义务已履行完毕，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        if served == ["termination_this_round_ruling"]:
            return [_post_receipt(c, rng, served)]
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


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "传　　票")
    s.right(s.width - RIGHT, y - 40, c.number, kai(38))
    y += 30
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}法定代表人{r.legal_rep}"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行询问，说明履行能力及财产情况"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}　9时30分"], ["应到处所", "本院执行局二楼执行指挥中心询问室"]]
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, kai(38), heights=mm(18))
    y = boxes[-1][3] + 40
    for k, t in enumerate(["注意：", "一、被传唤人必须准时到达，携带本传票和身份证件；", "二、无正当理由拒不到场的，可以拘传；",
                           "三、冬季道路结冰，请提前出行，注意安全。"]):
        s.text(LEFT + (0 if k == 0 else mm(8)), y, t, kai(34))
        y += 56
    y += 50
    s.right(s.width - RIGHT - mm(8), y, cn_date(d), kai(40))
    seal(s, s.width - RIGHT - mm(38), y + 16, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"执行员：{c.officer}　书记员：{c.clerk}　电话：{c.court.phone}", kai(34))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是东昌区人民法院执行局的工作人员（出示执行公务证），今天来被执行人的参园和加工厂调查财产情况，你要如实"
               "回答，听明白了吗？"),
        ("答", "明白。"),
        ("问", "你是什么人？和被执行人什么关系？"),
        ("答", "我是给公司看参园的，冬天就我一个人在这儿看着。"),
        ("问", "参园有多大？园参是谁的？"),
        ("答", "二十来亩，地是从村里租的。参是公司前年栽的，才三年，起码还得等两三年才能起，现在雪都封着呢。"),
        ("问", "加工厂仓库里的红参还在吗？"),
        ("答", "库里还有七八百斤红参，去年就押给担保公司了，担保公司来人贴了封条。"),
        ("问", "公司原来那辆冷藏车呢？"),
        ("答", "年前就抵账给别人开走了。"),
        ("问", "公司还有没有别的财产、账户或者别人欠公司的钱？"),
        ("答", "这个我不清楚，老板去年秋天就不怎么来了。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是告知你案件的执行情况，听取你的意见，你清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院已通过网络查控系统查询了被执行人的存款、车辆、不动产、证券和网络资金，只有一个账户余额三百余元已冻结；"
               "执行人员去金厂镇参园和加工厂看了，参园是租的，参还不能起，红参已经质押，车也抵账了。你对查控结果有没有意见？"),
        ("答", "没意见，我去参园看过，确实是这样。"),
        ("问", "你还能不能提供被执行人其他的财产线索？"),
        ("答", "暂时没有。等参能起收了，我再来找法院。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。目前没有可供执行的财产，本院拟"
               "终结本次执行程序，你是否同意？"),
        ("答", "同意。"),
        ("问", "终本后发现被执行人有财产的，你可以随时申请恢复执行，不受申请执行时效限制。还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 on the bureau's lined paper: a heading block, then 问/答 on ruled lines, and the one heard signs each
    page; the investigation's site photographs go on a paste-up sheet behind it."""
    talk = code == "interview_record"
    title = "谈话笔录" if talk else "调查笔录"
    who = c.agent if talk else person_name(rng)
    sheets: list[Sheet] = []
    body = kai(40)
    lead = 74

    def new() -> tuple[Sheet, float]:
        s = Sheet()
        for yy in range(int(TOP + 120), int(s.height - mm(40)), lead):
            s.line(LEFT, yy + lead - 12, s.width - RIGHT, yy + lead - 12, width=1, fill=(200, 205, 215))
        sheets.append(s)
        return s, TOP + 120

    s, _ = new()
    s.centred(TOP, title, font("serif_bold", 70), spacing=30)
    y: float = TOP + 120
    place = "本院执行局谈话室" if talk else f"{c.respondent.address}参园看护房"
    heads = [f"时间：{num_date(d)}　{'14时10分至14时40分' if talk else '10时05分至10时50分'}", f"地点：{place}",
             f"执行人员：{c.officer}　　记录人：{c.clerk}",
             f"被{'谈话' if talk else '调查'}人：{who}" + (f"（申请执行人{c.applicant.name}的委托代理人）" if talk else "，被执行人雇用的看园人"),
             f"案号：{c.number}"]
    for h in heads:
        for part in wrap(h, kai(38), s.width - LEFT - RIGHT):
            s.text(LEFT, y, part, kai(38))
            y += 62
    y += 20

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(78), sh.height - mm(30), "被询问人：", kai(34))
        hand(sh, sh.width - RIGHT - mm(44), sh.height - mm(32), who, rng, size=46, ink=GEL)

    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text, body, s.width - LEFT - RIGHT - body.size * 2.5)):
            if y + lead > s.height - mm(40):
                foot(s)
                s, y = new()
            if k == 0:
                s.text(LEFT, y, f"{tag}：", hei(40))
            s.text(LEFT + body.size * 2.5, y, part, body)
            y += lead
    if y + 3 * lead > s.height - mm(40):
        foot(s)
        s, y = new()
    hand(s, LEFT + mm(10), y + 10, "以上笔录我看过，记录属实。", rng, size=44, ink=GEL)
    foot(s)
    pages = folios(sheets)
    if not talk:
        pages.append(pasteup(c, rng, [_photo(c, rng, 1), _photo(c, rng, 2)], how="stack", title="现场照片粘贴单",
                             caption="调查笔录附件"))
    return pages


def _photo(c: CaseCtx, rng: random.Random, n: int) -> Sheet:
    """A printed site photograph with its white caption strip: snow over the ginseng sheds or the sealed store."""
    p = piece(128, 96, paper=(255, 255, 255))
    w, h = p.width, mm(78)
    d = p.draw
    for y in range(h):
        t = y / h
        sky = (int(180 + 40 * t), int(195 + 35 * t), int(215 + 25 * t))
        d.line((0, y, w, y), fill=sky if y < h * 0.45 else (236 - int(10 * t), 238 - int(10 * t), 242 - int(8 * t)))
    d.polygon([(0, int(h * 0.45)), (w * 0.3, int(h * 0.28)), (w * 0.6, int(h * 0.4)), (w, int(h * 0.3)), (w, int(h * 0.45))],
              fill=(120, 130, 125))
    if n == 1:
        for k in range(5):
            y0 = int(h * (0.52 + k * 0.09))
            d.polygon([(mm(6) + k * 8, y0), (w - mm(10) - k * 8, y0 - 6), (w - mm(12) - k * 8, y0 + 16), (mm(8) + k * 8, y0 + 22)],
                      fill=(70, 62, 52))
            d.line((mm(6) + k * 8, y0, w - mm(10) - k * 8, y0 - 6), fill=(245, 246, 250), width=6)
        caption = f"照片{n}：被执行人金厂镇参园，参棚积雪封园"
    else:
        d.rectangle((w * 0.18, h * 0.35, w * 0.82, h * 0.9), fill=(150, 140, 128))
        d.polygon([(w * 0.14, h * 0.36), (w * 0.5, h * 0.18), (w * 0.86, h * 0.36)], fill=(230, 232, 236))
        d.rectangle((w * 0.42, h * 0.55, w * 0.58, h * 0.9), fill=(90, 70, 50))
        d.rectangle((w * 0.44, h * 0.62, w * 0.56, h * 0.7), fill=(250, 250, 245))
        d.line((w * 0.44, h * 0.66, w * 0.56, h * 0.66), fill=(200, 30, 30), width=3)
        caption = f"照片{n}：加工厂仓库，门上贴有担保公司封条"
    p.text(mm(4), mm(82), caption, kai(32))
    p.text(mm(4), mm(89), f"拍摄：{c.officer}　{num_date(made_on(c, 'investigation_record'))}", kai(26))
    return p


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "执行案件结案审批表")
    s.text(LEFT, y - 30, f"案号：{c.number}", kai(34))
    y += 30
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", basis_name(c).replace("本院", COURT)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["到位金额", f"{(Decimal(0) if ttr else c.amount):,.2f}元", "结案方式", how],
            ["承办人意见", ""], ["合议庭意见", ""], ["局长意见", ""]]
    hs = [mm(15)] * 5 + [mm(50), mm(36), mm(36)]
    boxes = grid(s, LEFT, y, [mm(34), mm(52), mm(30), w - mm(116)], rows, kai(32), heights=hs, labels=(0, 2))
    firsts = [b for b in boxes if b[0] == LEFT]
    x = firsts[5][2] + mm(4)
    view = ("经查控、实地调查，未发现可供执行财产，已限消、纳失，申请人同意终本，建议终结本次执行程序。" if ttr
            else "双方执行和解，被执行人已按协议履行完毕，案款已发放，建议以执行完毕结案。")
    pen(s, x, firsts[5][1] + mm(4), view, rng, size=36, per_line=20)
    pen(s, x + mm(70), firsts[5][3] - mm(11), f"{c.officer}　{num_date(d)}", rng, size=34)
    pen(s, x, firsts[6][1] + mm(6), "同意承办人意见。", rng, size=40)
    pen(s, x + mm(90), firsts[6][3] - mm(12), c.judge, rng, size=38)
    pen(s, x, firsts[7][1] + mm(6), f"同意，{how}。", rng, size=40)
    pen(s, x + mm(80), firsts[7][3] - mm(12), f"{person_name(rng)} {d.month}.{d.day}", rng, size=38)
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "enforcement_ruling": "执行裁定书"}


def receipt_day(c: CaseCtx, served: list[str]) -> date:
    return max(made_on(c, x) for x in served) + timedelta(days=1 + len("".join(served)) % 3)


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = "acceptance_notice" in served
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_head(s, "送 达 回 证")
    w = s.width - LEFT - RIGHT
    when = receipt_day(c, served)
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["受送达人", who.name], ["送达地址", who.address],
            ["送达文书", "；".join(f"{NAMES.get(x, x)}一份" for x in served)], ["受送达人签名或盖章", ""],
            ["签收日期", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达"], ["送达人", ""], ["备　　注", ""]]
    hs = [mm(15), mm(15), mm(15), mm(20), mm(24), mm(32), mm(16), mm(18), mm(15), mm(16), mm(22)]
    boxes = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, kai(34), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    signer = c.agent if to_applicant else who.legal_rep or who.name
    hand(s, right[5][0] + mm(20), right[5][1] + mm(10), signer, rng, size=54, ink=GEL)
    hand(s, right[6][0] + mm(10), right[6][1] + mm(3), num_date(when), rng, size=40, ink=GEL)
    hand(s, right[9][0] + mm(10), right[9][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40, ink=GEL)
    seal(s, right[6][2] - mm(40), right[6][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][3] + 24, "注：受送达人拒收的，送达人应在备注栏注明情况。", kai(30))
    return [s]


def _post_receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    """A ruling served by 法院专递: the EMS waybill's copy and the post's delivery record glued on one backing sheet."""
    r = c.respondent
    when = receipt_day(c, served)
    mail = f"1{rng.randint(10**11, 10**12 - 1)}"
    bill = piece(146, 100, paper=(250, 250, 246))
    g = (30, 110, 60)
    f = font("sans", 22)
    bill.text(mm(4), mm(3), "EMS 中国邮政速递物流", font("sans_bold", 30), fill=g)
    bill.right(bill.width - mm(4), mm(3), "法院专递", font("sans_bold", 36), fill=(180, 30, 30))
    for k in range(60):
        x = mm(6) + k * 11
        bill.line(x, mm(13), x, mm(20), width=rng.choice([2, 3, 5]))
    bill.text(mm(6), mm(21), f"邮件号：{mail}", font("mono", 24))
    rows = [("寄件人", f"{COURT}执行局 {c.officer}"), ("寄件地址", c.court.address), ("收件人", f"{r.name}（法定代表人{r.legal_rep}）"),
            ("收件地址", r.address), ("内件品名", f"{c.number}执行裁定书（终结本次执行程序）一份")]
    y = mm(28)
    for label, v in rows:
        bill.box(mm(4), y, mm(28), y + mm(12), width=1, outline=g)
        bill.box(mm(28), y, mm(142), y + mm(12), width=1, outline=g)
        bill.text(mm(6), y + mm(3.5), label, f, fill=g)
        parts = wrap(v, f, mm(110))
        for j, part in enumerate(parts[:2]):
            bill.text(mm(30), y + mm(1.5) + j * mm(5) + (mm(2) if len(parts) == 1 else 0), part, f)
        y += mm(12)
    glue_tail(bill)
    track = piece(146, 56, paper=(255, 255, 255))
    mono = font("mono", 24)
    for k, line in enumerate([f"邮件号：{mail}　　中国邮政 邮件跟踪查询", f"{when - timedelta(days=1):%Y-%m-%d} 15:20 通化市邮政分公司 已收寄",
                              f"{when:%Y-%m-%d} 08:40 通化东昌揽投部 安排投递",
                              f"签收时间：{when:%Y-%m-%d} 10:{rng.randint(10, 59)}　投递结果：妥投",
                              f"签收人：{r.legal_rep}（单位收发）"]):
        track.text(mm(4), mm(4) + k * mm(9.5), line, mono)
    s = pasteup(c, rng, [bill, track], how="shingle", caption="邮寄送达凭证")
    hand(s, LEFT + mm(10), s.height - mm(40), f"已妥投，{c.clerk}核", rng, size=40, ink=GEL)
    return s


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=(238, 228, 206))
    s.centred(mm(30), COURT, hei(56), spacing=6)
    s.centred(mm(52), "执 行 案 卷", font("serif_bold", 120))
    x0, x1 = LEFT + mm(6), s.width - RIGHT - mm(6)
    y = mm(92)
    items = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name), ("被 执 行 人", c.respondent.name),
             ("执行依据", basis_name(c).replace("本院", COURT)), ("结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"),
             ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)), ("承 办 人", c.officer), ("书 记 员", c.clerk),
             ("归档日期", num_date(d)), ("保管期限", "长期"), ("本卷页数", f"共{rng.randint(52, 78)}页")]
    f = kai(38)
    for label, value in items:
        s.text(x0, y, label, hei(38))
        s.line(x0 + mm(40), y + 52, x1, y + 52, width=2)
        hand(s, x0 + mm(44), y - 2, value, rng, size=36 if len(value) < 26 else 30, ink=GEL)
        y += mm(12)
    s.text(x0, s.height - mm(28), "全宗号 0435　　目录号 2024-执　　案卷号 " + str(rng.randint(120, 880)), f)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    names = ["申请执行书", "仲裁裁决书", "仲裁裁决生效证明", "财产线索表", "缴款书（粘贴）", "身份证明（粘贴）", "身份证明（被执行人）",
             "授权委托书（粘贴）", "律师事务所函", "律师执业证（粘贴）", "收取案款确认书（粘贴）", "送达地址确认书", "受理执行案件通知书",
             "交纳申请执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书",
             "执行和解协议", "银行回单（粘贴）", "结案通知书", "结案审批表", "送达回证", "送达回证", "卷宗复核表", "备考表"]
    s = Sheet()
    y = form_head(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - 30, f"案号：{c.number}", kai(34))
    y += 30
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "页次", "备注"]]
    page = 1
    for i, n in enumerate(names, 1):
        rows.append([str(i), n, str(page), ""])
        page += 2 if n in ("申请执行书", "仲裁裁决书", "执行裁定书") else 1
    grid(s, LEFT, y, [mm(16), w - mm(58), mm(22), mm(20)], rows, kai(30), heights=mm(7.4), labels=(0, 2))
    pen(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "卷宗复核表")
    w = s.width - LEFT - RIGHT
    checks = ["立案材料齐全", "执行依据及生效证明附卷", "执行通知书、报告财产令已送达", "粘贴单据齐全、粘贴牢固",
              "执行款收付凭证完整", "结案审批手续完备", "卷内目录与材料相符", "电子卷宗同步生成"]
    rows = [["案　　号", c.number], ["承 办 人", c.officer], ["复核项目", "复核结果"], *[[k, ""] for k in checks],
            ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 3 + [mm(13)] * len(checks) + [mm(34), mm(18)]
    boxes = grid(s, LEFT, y, [mm(84), w - mm(84)], rows, kai(32), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[3:3 + len(checks)]:
        pen(s, b[0] + mm(16), b[1] + mm(2), "√ 是", rng, size=38)
    pen(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "卷宗材料齐全，同意归档。", rng, size=40)
    pen(s, right[-1][0] + mm(6), right[-1][1] + mm(3), f"{person_name(rng)}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "备 考 表", issuer="")
    s.text(LEFT, y - 30, f"案号：{c.number}", kai(34))
    y += 40
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(40), width=3)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", hei(40))
    pages = rng.randint(52, 78)
    yy = pen(s, LEFT + mm(12), y + mm(20), f"本卷共{pages}页，其中粘贴单{rng.randint(6, 9)}页，照片0张。", rng, size=40, per_line=22)
    pen(s, LEFT + mm(12), yy + mm(2), "案款已全部发放，无遗留事项。", rng, size=40, per_line=22)
    base = s.height - mm(100)
    for k, (label, value) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(18), f"{label}：", kai(40))
        hand(s, LEFT + mm(118), base + k * mm(18) - 6, value, rng, size=44, ink=GEL)
    return [s]
