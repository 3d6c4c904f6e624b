"""court_al — 杭州互联网法院 (浙0192), held out: drawn without looking at the page reader. An internet court's
enforcement files: its own 判决书 from an online trial (a 淘宝 shop owner against the company that bought from her
shop; a software company's 网络服务合同 against its client), its own 民事调解书 from 在线调解 of a 网络小额贷款
dispute; everything printed from the 电子诉讼平台 with 电子签章 (court_al_kit). Papers received: the platform's
online 执行申请书 (a form), 区块链存证证书 and order-page screenshots, ID copies, the 网贷 company's 授权委托书 naming
its in-house 法务, 电子送达凭证 tables of SMS/APP delivery, 网络查控 printouts. Scanned on the bureau's production
scanner (court_al_capture)."""

from __future__ import annotations

import random
from datetime import timedelta
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
from dossier.corpus.draw import BLUE_INK, INK, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_al_kit import (
    BUREAU,
    COURT,
    LEFT,
    PLATFORM,
    RIGHT,
    LSheet,
    e_seal,
    footer,
    form,
    sans,
    sbold,
    typeset,
)
from dossier.corpus.fonts import font

CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "evidence", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_approval_form", "settlement_agreement",
    "payment_voucher", "closing_notice", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
LAW = "《中华人民共和国民事诉讼法》"
SHOP_SEQ = 49127
LOAN_SEQ = 49462
SERVICE_SEQ = 49815
SHOPS = ("小鹿手作家居馆", "江南布艺工坊", "西溪茶礼专营店", "木语原创家具店")
BUYERS = ("杭州云栖文化传播有限公司", "杭州拱墅优品贸易有限公司", "杭州滨江星河酒店管理有限公司")
LENDERS = ("杭州钱塘网络小额贷款有限公司", "浙江蚂蚁山网络小额贷款有限公司")
SOFT = ("杭州数帆网络科技有限公司", "杭州云舟软件技术有限公司")
CLIENTS = ("杭州余杭丰禾电子商务有限公司", "杭州萧山锦程供应链管理有限公司")
ROADS = ("文一西路", "古墩路", "天目山路", "莫干山路", "江南大道", "丰潭路", "学院路", "五常大道")
TITLES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "缴纳执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "summons": "传票",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "纳入失信被执行人名单决定书",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "closing_notice": "结案通知书",
    "assistance_notice": "协助执行通知书",
}


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return list(_draw(code, c, rng, served))


def _addr(rng: random.Random, district: str = "西湖区") -> str:
    return f"浙江省杭州市{district}{rng.choice(ROADS)}{rng.randint(1, 899)}号"


def kind(c: CaseCtx) -> str:
    return str(c.extra.get("kind", "shop"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Hangzhou parties. SHOP_SEQ: this court's 判决 for a 淘宝 shop owner against the company that bought custom
    furniture and never paid; LOAN_SEQ: its 民事调解书 from 在线调解, a 网络小额贷款 company against a borrower (a
    person); SERVICE_SEQ: its 判决 for a software company on a 网络服务合同 (a SaaS shop system) against its client."""
    year = c.filed_on.year - 1
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.firm = rng.choice(["浙江天册律师事务所", "浙江六和律师事务所", "浙江京衡律师事务所", "浙江智仁律师事务所"])
    c.extra["email"] = f"{rng.choice(['law', 'hz', 'lawyer'])}{rng.randint(100, 999)}@{rng.choice(['163.com', 'qq.com'])}"
    rep = person_name(rng)
    born = c.filed_on.replace(year=rng.randint(1968, 1988), day=min(c.filed_on.day, 28))
    c.extra["rep_id"] = id_number(rng, "330106", born)
    c.basis_court = COURT
    c.basis_number = f"（{year}）浙0192民初{rng.randint(1000, 19999)}号"
    c.extra["order"] = f"{rng.randint(10**17, 10**18 - 1)}"
    c.extra["bank"] = rng.choice(["杭州银行西湖支行", "浙江网商银行", "招商银行杭州分行营业部", "中国工商银行杭州古荡支行"])
    c.extra["account"] = f"{rng.randint(6000, 6299)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    a = c.applicant
    if seq == LOAN_SEQ:
        c.extra["kind"], c.extra["cause"], c.extra["doc"] = "loan", "网络小额贷款合同纠纷", "民事调解书"
        c.applicant = Party(rng.choice(LENDERS), "organisation", credit_code(rng, "330106"),
                            _addr(rng, "西湖区") + f"{rng.randint(3, 18)}楼", f"0571-8{rng.randint(1000000, 9999999)}",
                            legal_rep=person_name(rng))
        c.extra["legal_staff"] = person_name(rng)
        bborn = c.filed_on.replace(year=rng.randint(1982, 1998), day=min(c.filed_on.day, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "330102", bborn),
                             _addr(rng, "上城区") + f"{rng.randint(1, 30)}幢{rng.randint(1, 3)}单元{rng.randint(101, 1802)}室",
                             f"1{rng.choice(['36', '58', '87'])}{rng.randint(10000000, 99999999)}", born=bborn,
                             sex=rng.choice("男女"))
        c.amount = Decimal(rng.randint(1800000, 9500000)) / 100
    elif seq == SERVICE_SEQ:
        c.extra["kind"], c.extra["cause"], c.extra["doc"] = "service", "网络服务合同纠纷", "民事判决书"
        c.applicant = Party(rng.choice(SOFT), "organisation", credit_code(rng, "330108"), _addr(rng, "滨江区"),
                            f"0571-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.respondent = Party(rng.choice(CLIENTS), "organisation", credit_code(rng, "330110"), _addr(rng, "余杭区"),
                             f"0571-8{rng.randint(1000000, 9999999)}", legal_rep=rep)
        c.amount = Decimal(rng.randint(6000000, 26000000)) / 100
    else:
        c.extra["kind"], c.extra["cause"], c.extra["doc"] = "shop", "网络购物合同纠纷", "民事判决书"
        c.extra["shop"] = rng.choice(SHOPS)
        c.applicant = Party(a.name, "person", id_number(rng, "330106", a.born), _addr(rng, "西湖区") + "3幢502室",
                            a.phone, born=a.born, sex=a.sex)
        c.respondent = Party(rng.choice(BUYERS), "organisation", credit_code(rng, "330105"), _addr(rng, "拱墅区"),
                             f"0571-8{rng.randint(1000000, 9999999)}", legal_rep=rep)
        c.amount = Decimal(rng.randint(3500000, 12800000)) / 100
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=30))


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "网络购物合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    return f"本院{c.basis_number}{c.extra.get('doc', '民事判决书')}"


def you(c: CaseCtx) -> str:
    return "你" if c.respondent.kind == "person" else "你单位"


def _rep(p: Party) -> str:
    return f"，法定代表人{p.legal_rep}" if p.legal_rep else ""


def _draw(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[LSheet]:
    a, r = c.applicant, c.respondent
    officer, clerk = f"执行员　{c.officer}", f"书记员　{c.clerk}"
    heads = [("f", f"申请执行人：{a.name}，住所地{a.address}{_rep(a)}。" if a.kind == "organisation"
              else f"申请执行人：{a.name}，{a.sex}，{cn_date(a.born) if a.born else ''}出生，住{a.address}。"),
             ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
             ("f", f"被执行人：{r.name}，住所地{r.address}{_rep(r)}。" if r.kind == "organisation"
              else f"被执行人：{r.name}，{r.sex}，{cn_date(r.born) if r.born else ''}出生，住{r.address}。")]
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return typeset("生效证明书", [
            ("p", f"本院受理的{a.name}与{r.name}{cause(c)}一案，本院于{cn_date(c.basis_effective - timedelta(days=16))}"
                  f"作出的{c.basis_number}{c.extra.get('doc')}，已于{cn_date(c.basis_effective)}发生法律效力。"),
            ("p", "特此证明。")], "", cn_date(c.filed_on - timedelta(days=3)), rng)
    if code == "acceptance_notice":
        return typeset("受理案件通知书", [("f", f"{a.name}："), (
            "p", f"你（单位）通过{PLATFORM}提交的强制执行申请，本院经审查符合立案条件，已立案执行，案号{c.number}。"
                 f"执行依据为{basis_name(c)}。"), (
            "p", "本案全流程在线办理，本院法律文书将通过电子送达平台以短信、杭州互联网法院诉讼平台APP推送及电子邮件方式送达，"
                 "请保持手机畅通。如发现被执行人财产线索，可在平台“执行线索提交”栏目中提交。"),
            ("p", "特此通知。")], c.number, cn_date(c.filed_on), rng)
    if code == "payment_notice":
        fee = int(c.amount) // 100 + 50
        return typeset("缴纳执行费通知书", [("f", f"{a.name}："), (
            "p", f"你（单位）申请执行{r.name}{cause(c)}一案，依照《诉讼费用交纳办法》的规定，应交申请执行费{fee}元。"
                 "该费用由被执行人负担，本院在执行中直接向被执行人收取，申请执行人无需预交。")],
            c.number, cn_date(c.day(1)), rng)
    if code == "enforcement_notice":
        return typeset("执行通知书", [("f", f"{r.name}："), (
            "p", f"{basis_name(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，本院已立案。"
                 f"依照{LAW}第二百五十一条、第二百六十四条的规定，责令{you(c)}立即履行下列义务："),
            ("p", f"一、支付{money(c.amount)}及迟延履行期间的债务利息；"), ("p", "二、负担申请执行费。"),
            ("p", f"{you(c)}可通过诉讼平台“在线履行”栏目向本院执行款专户付款。逾期不履行的，本院将依法强制执行。")],
            c.number, cn_date(c.day(2)), rng, signers=[officer])
    if code == "property_report_order":
        return typeset("报告财产令", [("f", f"{r.name}："), (
            "p", f"本院受理的{a.name}申请执行{r.name}{cause(c)}一案，依照{LAW}第二百五十二条的规定，责令{you(c)}在收到本令后"
                 "五日内，通过诉讼平台在线填报或书面填写《财产申报表》，如实报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将依法予以罚款、拘留，并可纳入失信被执行人名单。"), ("p", "此令。")],
            c.number, cn_date(c.day(2)), rng, signers=[officer])
    if code == "enforcement_ruling":
        return typeset("执行裁定书", [*heads, (
            "p", f"{basis_name(c)}已经发生法律效力。因被执行人未按执行通知履行义务，依照{LAW}第二百五十三条的规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}名下的银行存款及网络支付账户资金{money(c.amount)}，或者查封、扣押其相应价值的财产。"),
            ("p", "本裁定立即执行。")], c.number, cn_date(c.day(9)), rng, signers=[f"审判员　{c.judge}", clerk])
    if code == "assistance_notice":
        return [*typeset("协助执行通知书", [("f", f"{c.extra['bank']}："), ("p", f"关于{a.name}与{r.name}{cause(c)}一案，本院{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条的规定，" "请协助执行下列事项："), ("p", f"冻结被执行人{r.name}（证件号码{r.id_number}）在你行开立的账户{c.extra['account']}内存款，" f"冻结限额{money(c.amount)}，冻结期限一年。"), ("p", "本通知书通过网络执行查控系统电子传输，与纸质文书具有同等效力。")], c.number, cn_date(c.day(9)), rng, signers=[officer]), _bank_reply(c, rng)]
    if code == "summons":
        return [form("传　票", [["案号", c.number], ["案由", f"{cause(c)}执行"], ["被传唤人", r.name],
                                ["住址", r.address], ["传唤事由", "线上接受询问、报告财产"],
                                ["应到时间", f"{num_date(c.day(40))} 14:30"],
                                ["应到处所", "杭州互联网法院诉讼平台在线视频执行室（登录后进入“我的案件—在线谈话”）"],
                                ["注意事项", "被传唤人应按时登录平台，保持摄像头、麦克风正常；无正当理由拒不到场的，可以拘传。"]],
                     "", rng, row_h=[11, 11, 11, 11, 11, 11, 16, 24], when=cn_date(c.day(33)), sealed=True)]
    if code == "consumption_restriction_order":
        who = r.name if r.kind == "person" else f"{r.name}及其法定代表人{r.legal_rep}（身份证号码{c.extra['rep_id']}）"
        return typeset("限制消费令", [("f", f"被执行人：{r.name}，证件号码{r.id_number}。"), (
            "p", f"本院于{cn_date(c.filed_on)}立案执行{a.name}申请执行{r.name}{cause(c)}一案。被执行人未按执行通知书指定的期间"
                 f"履行生效法律文书确定的给付义务，依照{LAW}第二百六十六条及《最高人民法院关于限制被执行人高消费及有关消费的若干"
                 f"规定》第一条、第三条的规定，对{who}采取限制消费措施，不得实施以下行为："),
            ("p", "（一）乘坐飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                  "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需"
                  "车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组"
                  "列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "违反本令的，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。")],
            c.number, cn_date(c.day(30)), rng)
    if code == "dishonest_list_decision":
        return typeset("决定书", [*heads, (
            "p", f"本院在执行{a.name}与{r.name}{cause(c)}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务。依照"
                 f"{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为本决定有错误的，可以向本院申请纠正。"), ("p", "本决定一经作出即生效。")],
            c.number, cn_date(c.day(31)), rng, signers=[officer])
    if code == "termination_this_round_ruling":
        return typeset("执行裁定书", [*heads, (
            "p", f"本院在执行{a.name}与{r.name}{cause(c)}一案中，经网络执行查控系统查询被执行人名下银行存款、支付宝及微信"
                 "支付账户、车辆、不动产、证券、股权等财产，仅冻结少量存款并已扣划；经在线约谈被执行人、向申请执行人核实其提供的"
                 "财产线索，未发现其他可供执行的财产。本院已向被执行人发出执行通知书、报告财产令，对其采取限制消费措施并纳入失信"
                 "被执行人名单。申请执行人在线谈话时知悉上述情况。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结{c.basis_number}{c.extra.get('doc')}的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。")], c.number, cn_date(c.closed_on - timedelta(days=4)), rng,
            signers=[f"审判员　{c.judge}", clerk])
    if code == "closing_notice":
        return typeset("结案通知书", [("f", f"{a.name}："), (
            "p", f"你（单位）申请执行{r.name}{cause(c)}一案，被执行人已履行{basis_name(c)}确定的全部义务，"
                 f"执行款{money(c.amount)}已通过本院执行款专户发放至你（单位）确认的账户。本案已执行完毕，现予结案。"),
            ("p", "特此通知。")], c.number, cn_date(c.closed_on), rng)
    if code == "property_declaration_form":
        return [_declaration(c, rng)]
    if code == "online_inquiry_result":
        return _inquiry(c, rng, "again" in served)
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng)
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "closing_approval_form"):
        return [_archive(code, c, rng)]
    return _party(code, c, rng, served)


def _basis(c: CaseCtx, rng: random.Random) -> list[LSheet]:
    a, r, k = c.applicant, c.respondent, kind(c)
    signed = c.basis_effective - timedelta(days=16)
    if k == "loan":
        body = [
            ("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，董事长。"),
            ("f", f"委托诉讼代理人：{c.extra['legal_staff']}，该公司员工。"),
            ("f", f"被告：{r.name}，{r.sex}，{cn_date(r.born) if r.born else ''}出生，住{r.address}。"),
            ("p", f"原告{a.name}与被告{r.name}{cause(c)}一案，本院于{cn_date(signed - timedelta(days=40))}立案后，"
                  "经杭州互联网法院在线调解平台组织调解，双方当事人通过视频方式自愿达成如下协议："),
            ("p", f"一、被告{r.name}确认尚欠原告借款本金、利息及逾期利息合计{money(c.amount)}；"),
            ("p", f"二、被告于{cn_date(signed + timedelta(days=30))}前一次性归还上述款项；如未按期足额还款，原告有权就全部"
                  "未付款项申请强制执行；"),
            ("p", "三、案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人在诉讼平台在线签收后，即具有法律效力。"),
        ]
        return typeset("民事调解书", body, c.basis_number, cn_date(signed), rng,
                       signers=[f"审判员　{c.judge}", f"书记员　{c.clerk}"])
    if k == "service":
        facts = (f"原告{a.name}与被告于{cn_date(signed - timedelta(days=400))}签订《电商SaaS系统技术服务合同》，约定原告为被告"
                 "提供网店管理系统部署及一年运维服务，被告按期支付服务费。原告已于线上交付系统并开通账号，被告登录使用至今，"
                 "但未支付剩余服务费。上述事实有合同、系统后台登录日志及区块链存证证书为证。")
        cause_text = "网络服务合同"
    else:
        facts = (f"原告系淘宝网店铺“{c.extra.get('shop')}”的经营者。被告于{cn_date(signed - timedelta(days=300))}通过淘宝平台"
                 f"向原告定制实木家具一批，订单号{c.extra['order']}，双方通过阿里旺旺确认款式、数量及价款，约定发货后三十日内"
                 "线下转账付款。原告按约发货，被告签收后未支付货款。上述事实有订单截图、聊天记录及物流签收记录为证。")
        cause_text = "网络购物合同"
    body = [
        ("f", f"原告：{a.name}，住所地{a.address}。" if a.kind == "organisation" else
              f"原告：{a.name}，{a.sex}，{cn_date(a.born) if a.born else ''}出生，住{a.address}。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被告：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
        ("p", f"原告{a.name}与被告{r.name}{cause(c)}一案，本院于{cn_date(signed - timedelta(days=70))}立案后，依法适用简易程序，"
              "通过杭州互联网法院诉讼平台在线公开开庭进行了审理。原告的委托诉讼代理人、被告的法定代表人在线参加诉讼。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：判令被告支付款项{money(c.amount)}及逾期付款利息。"),
        ("p", "被告辩称：对合同关系无异议，因经营困难暂无力支付。"),
        ("p", f"本院经审理认定事实如下：{facts}"),
        ("p", f"本院认为，原、被告之间的{cause_text}关系依法成立并生效，双方均应按约履行义务。被告未按约付款，应承担付款责任。"
              "依照《中华人民共和国民法典》第五百零九条、第五百七十九条之规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{money(c.amount)}。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延"
              "履行期间的债务利息。案件受理费减半收取，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，通过杭州互联网法院诉讼平台或者向本院递交上诉状，上诉于浙江省杭州市"
              "中级人民法院。"),
    ]
    return typeset("民事判决书", body, c.basis_number, cn_date(signed), rng,
                   signers=[f"审判员　{c.judge}", f"书记员　{c.clerk}"])


def _bank_reply(c: CaseCtx, rng: random.Random) -> LSheet:
    """The bank's 协助执行回执, returned through the 点对点 channel and printed."""
    s = form("协助执行回执", [["协助单位", c.extra["bank"]], ["被执行人", c.respondent.name], ["账号", c.extra["account"]],
             ["执行事项", "冻结"], ["执行结果", f"已冻结，实际冻结金额{rng.randint(100, 9000)}.{rng.randint(10, 99)}元"],
             ["冻结期限", f"{num_date(c.day(10))} 至 {num_date(c.day(375))}"], ["经办人", person_name(rng)]],
             c.number, rng, head=c.extra["bank"], grey_first=False, foot=False)
    seal(s, s.width - mm(60), mm(150), c.extra["bank"] + "业务专用章", rng, radius=mm(18))
    s.starts_document = True
    return s


def _declaration(c: CaseCtx, rng: random.Random) -> LSheet:
    r = c.respondent
    s = form("财产申报表（在线填报）", [
        ["申报人", r.name], ["证件号码", r.id_number], ["银行存款", f"{c.extra['bank']}　余额约{rng.randint(200, 5000)}元"],
        ["网络支付账户", f"支付宝、微信零钱，余额合计约{rng.randint(10, 900)}元"], ["不动产", "无"],
        ["车辆", "无" if r.kind == "person" else f"浙A{rng.randint(10000, 99999)}（已抵押）"], ["股权、证券", "无"],
        ["收入情况", "月收入约4000元" if r.kind == "person" else "近一年营业收入大幅下降，已停止经营"],
        ["申报时间", f"{num_date(c.day(7))} {rng.randint(9, 21)}:{rng.randint(10, 59)}"],
    ], c.number, rng, notes=["申报人承诺：以上申报内容真实、完整，如有虚假，愿承担法律责任。", "（平台电子签名已验证）"])
    signature(s, s.width - mm(70), s.height - mm(60), r.legal_rep or r.name, random.Random(r.name))
    return s


def _inquiry(c: CaseCtx, rng: random.Random, again: bool = False) -> list[LSheet]:
    s = LSheet()
    title = "执行查控系统 — 总对总网络查控反馈结果" + ("（终本前复查）" if again else "")
    s.text(mm(16), mm(14), title, sbold(4.6))
    s.text(mm(16), mm(22), f"案号：{c.number}　　被查询人：{c.respondent.name}　　证件号：{c.respondent.id_number}", sans(3.0))
    rows = [["序号", "协助单位", "财产类型", "账号/标识", "余额(元)", "反馈结果"]]
    orgs = ["中国工商银行", "中国建设银行", "杭州银行", "浙江网商银行", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司",
            "公安部交通管理局", "自然资源部", "中国证券登记结算有限公司"]
    for i, o in enumerate(orgs, 1):
        hit = (o in ("杭州银行", "支付宝（中国）网络技术有限公司") and c.method != "fully_performed") or (
            c.method == "fully_performed" and o == "浙江网商银行")
        kind_ = "车辆" if "交通" in o else ("不动产" if "自然" in o else ("证券" if "证券" in o else "存款"))
        rows.append([str(i), o, kind_, f"****{rng.randint(1000, 9999)}" if hit else "—",
                     f"{rng.randint(50, 3000)}.{rng.randint(10, 99)}" if hit else "—", "有财产信息" if hit else "未查询到财产"])
    table(s, mm(14), mm(30), [mm(w) for w in (12, 58, 18, 30, 22, 42)], rows, sans(2.8), row_h=mm(9))
    s.text(mm(16), mm(30 + 9 * 10 + 6), f"查询发起时间：{num_date(c.day(95 if again else 5))} 10:{rng.randint(10, 59)}　　查询人：{c.officer}",
           sans(3.0))
    footer([s], rng, "打印自执行指挥中心综合管理平台")
    return [s]


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[LSheet]:
    a, r = c.applicant, c.respondent
    online = "杭州互联网法院在线视频执行室"
    if code == "interview_record":
        title, who, day = "在线谈话笔录", f"申请执行人{a.name}的委托代理人{c.agent}", c.day(100 if c.method != "fully_performed" else 20)
        qa = [("问", "本院已通过网络查控系统查询被执行人财产，查询结果已在平台推送给你，你看到了吗？"), ("答", "看到了。"),
              ("问", "你方能否提供被执行人其他财产线索？"), ("答", "暂时没有。"),
              ("问", "如暂无财产可供执行，本院拟终结本次执行程序，你方有何意见？"), ("答", "同意，发现财产后再申请恢复执行。")]
        if c.method == "fully_performed":
            qa = [("问", "被执行人提出分期履行，你方是否同意？"), ("答", "同意，和解协议已在平台签署。"), ("问", "还有补充吗？"), ("答", "没有。")]
    else:
        title, who, day = "调查笔录", f"被执行人{r.name}" + (f"的法定代表人{r.legal_rep}" if r.legal_rep else ""), c.day(45)
        qa = [("问", "你是否收到执行通知书和报告财产令？"), ("答", "APP上收到了。"),
              ("问", "你名下杭州银行账户和支付宝内的钱是否已被冻结扣划？"), ("答", "是的，已经没有钱了。"),
              ("问", "申请执行人提供线索称你有其他收入，是否属实？"), ("答", "不属实，现在没有稳定收入。"),
              ("问", "以上所述是否属实？"), ("答", "属实。")]
    blocks = [("f", f"时间：{num_date(day)} {rng.randint(9, 16)}时{rng.choice(['00', '15', '30'])}分"),
              ("f", f"地点：{online}（视频方式）"), ("f", f"执行人员：{c.officer}　　记录人：{c.clerk}"),
              ("f", f"被询问人：{who}"), ("f", f"案号：{c.number}")] + [("f", f"{q}：{t}") for q, t in qa]
    blocks.append(("f", "（以上笔录经被询问人在线阅读确认无误后电子签名）"))
    sheets = typeset(title, blocks, "", f"电子签名：{a.name if code == 'interview_record' else (r.legal_rep or r.name)}",
                     rng, sealed=False, head=BUREAU)
    return sheets


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> LSheet:
    docs = "、".join(TITLES.get(x, x) for x in served) or "执行通知书"
    to_resp = any(x in ("enforcement_notice", "property_report_order", "summons", "consumption_restriction_order",
                        "dishonest_list_decision", "enforcement_ruling") for x in served)
    who = c.respondent if to_resp else c.applicant
    phone = who.phone if to_resp else c.agent_phone
    s = LSheet()
    s.centred(mm(18), COURT, sans(4.6))
    s.centred(mm(28), "电子送达凭证", sbold(6.6), spacing=mm(1.0))
    s.text(mm(LEFT), mm(40), f"案号：{c.number}", sans(3.4))
    t0 = c.day({"acceptance_notice": 0, "payment_notice": 1, "closing_notice": 75}.get(served[0] if served else "", 3))
    rows = [["受送达人", who.name], ["送达文书", docs],
            ["送达方式", "短信＋诉讼平台APP推送" + ("" if to_resp else "＋电子邮件")],
            ["送达地址", f"手机号 {phone[:3]}****{phone[-4:]}" + ("" if to_resp else f"；邮箱 {c.extra.get('email', '')}")],
            ["发送时间", f"{num_date(t0)} 09:{rng.randint(10, 59)}:{rng.randint(10, 59)}"]]
    y = table(s, mm(LEFT), mm(46), [mm(36), mm(126)], rows, sans(3.5), row_h=mm(12))
    y += mm(8)
    s.text(mm(LEFT), y, "送达记录", sbold(4.0))
    log = [["渠道", "号码/账号", "状态", "时间"],
           ["短信", f"{phone[:3]}****{phone[-4:]}", "已送达", f"{num_date(t0)} 09:{rng.randint(10, 59)}"],
           ["APP推送", "杭州互联网法院诉讼平台", "已阅读" if rng.random() < 0.7 else "已送达", f"{num_date(t0)} {rng.randint(10, 20)}:{rng.randint(10, 59)}"],
           ["电话核实", "12368", "接通", f"{num_date(t0 + timedelta(days=1))} 10:{rng.randint(10, 59)}"]]
    y = table(s, mm(LEFT), y + mm(8), [mm(30), mm(60), mm(30), mm(42)], log, sans(3.3), row_h=mm(10))
    flow_y = y + mm(8)
    s.text(mm(LEFT), flow_y, "送达结果：已送达（依照《人民法院在线诉讼规则》第三十条视为送达）", sans(3.5))
    s.right(s.width - mm(RIGHT), flow_y + mm(22), cn_date(t0 + timedelta(days=1)), sans(3.8))
    e_seal(s, s.width - mm(RIGHT + 26), flow_y + mm(22), rng)
    footer([s], rng, "杭州互联网法院电子送达平台　打印件")
    return s


def _archive(code: str, c: CaseCtx, rng: random.Random) -> LSheet:
    if code == "dossier_cover":
        s = LSheet()
        s.centred(mm(40), COURT, sbold(8))
        s.centred(mm(60), "执 行 卷 宗", font("hei", mm(12)))
        y = table(s, mm(34), mm(95), [mm(38), mm(104)], [
            ["案号", c.number], ["案由", f"{cause(c)}执行"], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行员", c.officer], ["结案方式", "终结本次执行程序"], ["结案日期", cn_date(c.closed_on)],
            ["归档日期", cn_date(c.closed_on + timedelta(days=18))], ["保管期限", "长期"]], sans(4.2), row_h=mm(15))
        s.centred(y + mm(20), "（电子卷宗随案同步生成　纸质材料扫描附卷）", sans(3.4))
        return s
    if code == "catalogue":
        items = ["执行申请书", "执行依据", "生效证明书", "身份证明", "授权委托书", "律师事务所函", "送达地址确认书", "受理案件通知书",
                 "执行通知书、报告财产令", "网络查控结果", "执行裁定书", "限制消费令", "失信决定书", "笔录", "终本裁定书",
                 "电子送达凭证", "结案审批表", "卷宗复核表", "备考表"]
        rows = [["序号", "文件名称", "页号", "备注"]] + [[str(i), t, str(i * 2 - 1), ""] for i, t in enumerate(items, 1)]
        return form("卷 内 目 录", rows, c.number, rng, cols=(18, 100, 22, 22), row_h=10.5, grey_first=False)
    if code == "file_review_form":
        s = form("卷宗复核表", [["案号", c.number], ["承办人", c.officer], ["复核内容", "电子卷宗与纸质材料一致；文书齐全；送达凭证完整；"
                 "终本五项条件均已具备"], ["复核意见", ""], ["复核人", ""], ["日期", ""]], "", rng, row_h=[12, 12, 24, 30, 14, 12])
        hand(s, mm(70), mm(43 + 48 + 6), "同意归档", rng, size=46)
        hand(s, mm(70), mm(43 + 78 + 3), person_name(rng), rng, size=42, ink=INK)
        hand(s, mm(70), mm(43 + 92 + 2), num_date(c.closed_on + timedelta(days=15)), rng, size=38, ink=INK)
        return s
    if code == "remarks_sheet":
        s = form("卷内备考表", [["本卷情况说明", "本卷共计电子材料及纸质扫描件若干页，电子送达凭证均为平台打印。"], ["立卷人", c.clerk],
                 ["检查人", ""], ["立卷时间", cn_date(c.closed_on + timedelta(days=16))]], c.number, rng, row_h=[60, 14, 14, 14])
        hand(s, mm(70), mm(51 + 74 + 3), c.officer, rng, size=40, ink=INK)
        return s
    s = form("结案审批表", [["案号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
             ["执行标的", money(c.amount)], ["结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"],
             ["承办人意见", ""], ["执行局长意见", ""]], c.number, rng, row_h=[11, 11, 11, 11, 11, 30, 30], when=cn_date(c.closed_on))
    hand(s, mm(68), mm(51 + 55 + 8), "拟报结案。" + c.officer, rng, size=42)
    hand(s, mm(68), mm(51 + 85 + 8), "同意。", rng, size=46)
    return s


def _party(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[LSheet]:
    a, r = c.applicant, c.respondent
    if code == "enforcement_application":
        s = form("强制执行申请书（在线提交）", [
            ["申请执行人", a.name], ["证件号码", a.id_number], ["联系电话", a.phone], ["委托代理人", f"{c.agent}（{c.firm}）"],
            ["被执行人", r.name], ["证件号码", r.id_number], ["执行依据", f"{c.basis_court}{c.basis_number}{c.extra.get('doc')}"],
            ["申请标的", f"{money(c.amount)}及迟延履行期间的债务利息"],
            ["请求事项", "一、强制被执行人履行上述义务；二、对被执行人采取限制消费措施：是；三、纳入失信被执行人名单：是"],
            ["事实与理由", f"{c.extra.get('doc')}已生效，被执行人未在履行期内履行。"],
            ["提交时间", f"{num_date(c.filed_on)} {rng.randint(8, 22)}:{rng.randint(10, 59)}"]],
            "", rng, row_h=[11, 11, 11, 11, 11, 11, 14, 11, 22, 16, 11], head=PLATFORM,
            notes=["提交人已通过人脸识别实名认证；本申请书由平台根据提交内容自动生成。"])
        return [s]
    if code == "evidence":
        return _evidence(c, rng)
    if code == "identity_proof":
        who = r if "respondent" in served else a
        out = [_identity(c, rng, who)]
        if who.kind == "organisation":
            proof = typeset("法定代表人身份证明书", [
                ("p", f"{who.legal_rep}在我单位任执行董事兼总经理职务，系我单位的法定代表人。"),
                ("f", f"单位名称：{who.name}"), ("f", f"统一社会信用代码：{who.id_number}"), ("f", f"住所：{who.address}"),
                ("p", "特此证明。")], "", cn_date(c.filed_on - timedelta(days=3)), rng, head=who.name, seal_name=who.name, foot=False)[0]
            proof.starts_document = True
            out.append(proof)
        return out
    if code == "power_of_attorney":
        return [_attorney(c, rng)]
    if code == "law_firm_letter":
        return [_letter(c, rng)]
    if code == "lawyer_license":
        s = LSheet(colour=True, photo=True)
        s.draw.rectangle((mm(50), mm(70), mm(160), mm(150)), fill=(150, 40, 40))
        s.centred(mm(100), "中华人民共和国", sbold(5), fill=(235, 200, 120), x0=mm(50), x1=mm(160))
        s.centred(mm(112), "律师执业证", font("hei", mm(8)), fill=(235, 200, 120), x0=mm(50), x1=mm(160))
        s.box(mm(50), mm(160), mm(160), mm(240), width=3)
        s.draw.rectangle((mm(56), mm(168), mm(82), mm(200)), fill=(120, 150, 190))
        for k, t in enumerate([f"姓名：{c.agent}", f"执业机构：{c.firm}", f"执业证号：1330120{rng.randint(1000000000, 9999999999)}",
                               "发证机关：浙江省司法厅"]):
            s.text(mm(88), mm(170 + 9 * k), t, sans(3.2))
        s.text(mm(40), mm(255), "复印件与原件一致　" + c.agent, sans(3.4))
        return [s]
    if code in ("payment_account_confirmation", "service_address_confirmation"):
        title = "申请执行人收取执行款确认书" if code == "payment_account_confirmation" else "送达地址确认书（在线诉讼）"
        rows = ([["收款人", a.name], ["开户行", c.extra["bank"]], ["账号", c.extra["account"]],
                 ["说明", "本人（单位）确认执行款发放至上述账户，因账户信息错误导致的后果自行承担。"]]
                if code == "payment_account_confirmation" else
                [["受送达人", a.name], ["代理人", c.agent], ["手机号码", c.agent_phone], ["电子邮箱", c.extra.get("email", "")],
                 ["同意电子送达", "☑ 同意　□ 不同意"], ["送达方式", "☑ 短信　☑ 诉讼平台APP　☑ 电子邮件"],
                 ["告知事项", "确认的送达地址适用于执行程序；地址变更应及时告知，未告知的按原地址送达视为送达。"]])
        s = form(title, rows, c.number, rng, row_h=14, head=COURT)
        signature(s, s.width - mm(80), s.height - mm(70), c.agent, rng)
        hand(s, s.width - mm(80), s.height - mm(55), num_date(c.filed_on), rng, size=36, ink=INK)
        return [s]
    if code == "property_clue_form":
        s = form("被执行人财产线索提供表", [["被执行人", r.name], ["银行账户", f"{c.extra['bank']}（账号不详）"],
                 ["网络账户", "支付宝、微信；淘宝/天猫店铺收入" if kind(c) != "loan" else "支付宝、微信"],
                 ["不动产", "不详"], ["车辆", "不详"], ["其他", "平台交易记录显示近期仍有经营流水"]], c.number, rng, row_h=14)
        return [s]
    if code == "fee_receipt":
        s = LSheet(colour=True)
        s.centred(mm(30), "浙江省非税收入统一票据（电子）", sbold(5.4), fill=(150, 40, 40))
        table(s, mm(24), mm(50), [mm(50), mm(112)], [["交款人", r.name if kind(c) == "loan" else a.name],
              ["项目", "案件受理费"], ["金额", f"{rng.randint(50, 1800)}.00元"], ["执收单位", COURT],
              ["票据号码", f"33{rng.randint(10**8, 10**9 - 1)}"], ["开票日期", num_date(c.basis_effective - timedelta(days=50))]],
              sans(3.6), row_h=mm(12), fill=(150, 40, 40))
        seal(s, mm(150), mm(140), "浙江省财政厅票据监制章", rng, radius=mm(16))
        return [s]
    if code == "settlement_agreement":
        return typeset("执行和解协议", [
            ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
            ("p", f"就{c.number}执行一案，双方经本院在线调解平台协商，达成和解如下："),
            ("p", f"一、乙方于{cn_date(c.day(30))}前一次性支付甲方{money(c.amount)}；"),
            ("p", "二、乙方按约履行后，甲方申请结案，不再主张迟延履行利息；"), ("p", "三、本协议经双方在平台电子签名后生效。")],
            "", f"电子签名时间：{num_date(c.day(18))}", rng, sealed=False, head=PLATFORM)
    if code == "payment_voucher":
        s = LSheet(colour=True)
        s.draw.rectangle((0, 0, s.width, mm(24)), fill=(0, 90, 170))
        s.text(mm(20), mm(7), "网上银行电子回单", sbold(6), fill=(255, 255, 255))
        table(s, mm(20), mm(40), [mm(40), mm(130)], [["付款人", r.name], ["收款人", f"{COURT}（执行款专户）"],
              ["金额", f"{money(c.amount)}"], ["用途", f"{c.number}执行款"],
              ["交易时间", f"{num_date(c.day(28))} 15:{rng.randint(10, 59)}:{rng.randint(10, 59)}"],
              ["流水号", str(rng.randint(10**15, 10**16 - 1))]], sans(3.6), row_h=mm(12))
        seal(s, mm(150), mm(130), "电子回单专用章", rng, radius=mm(16))
        return [s]
    raise NotImplementedError(code)


def _evidence(c: CaseCtx, rng: random.Random) -> list[LSheet]:
    cert = LSheet()
    cert.draw.rectangle((mm(15), mm(15), cert.width - mm(15), cert.height - mm(15)), outline=(60, 60, 60), width=6)
    cert.centred(mm(40), "区块链存证证书", font("hei", mm(9)), spacing=mm(1.0))
    cert.centred(mm(56), "司法区块链 · 电子数据存证", sans(4))
    rows = [["存证编号", f"HZJB{rng.randint(10**11, 10**12 - 1)}"], ["存证主体", c.applicant.name],
            ["存证内容", "订单页面及聊天记录网页截图" if kind(c) == "shop" else "系统后台登录日志及服务交付记录"],
            ["存证时间", f"{num_date(c.basis_effective - timedelta(days=150))} 14:{rng.randint(10, 59)}:{rng.randint(10, 59)}"],
            ["哈希值(SHA256)", "".join(rng.choice("0123456789abcdef") for _ in range(64))],
            ["区块高度", str(rng.randint(10**7, 10**8))]]
    table(cert, mm(28), mm(75), [mm(40), mm(114)], rows, sans(3.6), row_h=mm(16))
    cert.centred(mm(200), "本证书可通过司法区块链平台核验", sans(3.4))
    seal(cert, cert.width - mm(60), mm(225), "杭州互联网法院司法区块链", rng, radius=mm(18))
    shot = LSheet(colour=True, photo=True)
    shot.starts_document = False
    x0, y0, w = mm(55), mm(80), mm(100)
    shot.draw.rectangle((x0, y0, x0 + w, y0 + mm(150)), fill=(250, 250, 250), outline=(180, 180, 180), width=2)
    shot.draw.rectangle((x0, y0, x0 + w, y0 + mm(12)), fill=(255, 80, 0))
    shot.text(x0 + mm(4), y0 + mm(3), "订单详情" if kind(c) == "shop" else "聊天记录", sans(3.6), fill=(255, 255, 255))
    lines = ([f"订单编号：{c.extra['order']}", f"店铺：{c.extra.get('shop', '')}", "商品：实木定制家具（批量）",
              f"实付款：¥{c.amount}", "交易状态：卖家已发货", "付款方式：线下转账"] if kind(c) == "shop" else
             ["客户：您好，系统已上线吗？", "客服：已开通账号并完成部署。", "客户：好的，费用月底结。", "客服：收到，谢谢。"])
    for k, t in enumerate(lines):
        shot.text(x0 + mm(5), y0 + mm(20 + 11 * k), t, sans(3.1))
    shot.draw.rectangle((x0 + mm(5), y0 + mm(95), x0 + mm(35), y0 + mm(125)), fill=(190, 150, 110))
    shot.text(mm(30), mm(250), "附件：网页截图（与存证证书编号对应）", sans(3.4))
    chat = LSheet(colour=True, photo=True)
    x0, y0 = mm(62), mm(60)
    chat.draw.rectangle((x0, y0, x0 + mm(86), y0 + mm(170)), fill=(237, 237, 237), outline=(170, 170, 170), width=2)
    chat.text(x0 + mm(4), y0 + mm(3), "阿里旺旺 — 聊天记录" if kind(c) == "shop" else "钉钉 — 聊天记录", sans(3.2))
    msgs = ([("买家", "这批货月底前能发吗？"), ("卖家", "可以，发货后三十天内付款就行。"), ("买家", "好的，收到货就安排付款。"),
             ("卖家", "已发货，请查收。"), ("卖家", "货款什么时候能付？"), ("买家", "财务在走流程，再等等。")]
            if kind(c) == "shop" else
            [("客户", "系统什么时候交付？"), ("服务商", "今天上线，账号已发您邮箱。"), ("客户", "收到，费用下月付。"),
             ("服务商", "服务费已逾期，请尽快安排。")])
    for k, (who, t) in enumerate(msgs):
        right = who in ("卖家", "服务商")
        bx = x0 + (mm(26) if right else mm(4))
        chat.draw.rounded_rectangle((bx, y0 + mm(16 + 22 * k), bx + mm(56), y0 + mm(31 + 22 * k)), radius=mm(2),
                                    fill=(160, 230, 120) if right else (255, 255, 255))
        chat.text(bx + mm(2), y0 + mm(18 + 22 * k), f"{who}：{t}"[:17], sans(2.6))
        if len(f"{who}：{t}") > 17:
            chat.text(bx + mm(2), y0 + mm(24 + 22 * k), f"{who}：{t}"[17:], sans(2.6))
    chat.text(mm(30), mm(250), "附件：聊天记录截图（已区块链存证）", sans(3.4))
    return [cert, shot, chat]


def _identity(c: CaseCtx, rng: random.Random, p: Party) -> LSheet:
    s = LSheet(colour=True, photo=p.kind == "person")
    if p.kind == "person":
        s.draw.rounded_rectangle((mm(45), mm(50), mm(165), mm(125)), radius=mm(5), fill=(225, 235, 240), outline=(150, 160, 170))
        for k, t in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{cn_date(p.born) if p.born else ''}",
                               f"住址　{p.address[:16]}", f"　　　{p.address[16:]}", f"公民身份号码　{p.id_number}"]):
            s.text(mm(50), mm(58 + 10 * k), t, sans(3.2))
        s.draw.rectangle((mm(130), mm(58), mm(158), mm(95)), fill=(150, 140, 130))
        s.draw.rounded_rectangle((mm(45), mm(140), mm(165), mm(215)), radius=mm(5), fill=(230, 238, 235), outline=(150, 160, 170))
        s.centred(mm(160), "中华人民共和国", sbold(5), x0=mm(45), x1=mm(165))
        s.centred(mm(172), "居民身份证", font("hei", mm(6)), x0=mm(45), x1=mm(165))
        s.text(mm(55), mm(195), "签发机关　杭州市公安局西湖分局", sans(3.0))
        hand(s, mm(60), mm(235), "此复印件仅供杭州互联网法院执行使用", rng, size=36, ink=INK)
    else:
        s.draw.rectangle((mm(25), mm(25), s.width - mm(25), mm(250)), outline=(170, 120, 40), width=10)
        s.centred(mm(50), "营　业　执　照", font("hei", mm(10)), spacing=mm(1))
        for k, t in enumerate([f"统一社会信用代码　{p.id_number}", f"名　　称　{p.name}", "类　　型　有限责任公司",
                               f"法定代表人　{p.legal_rep}", f"住　　所　{p.address}"]):
            s.text(mm(40), mm(80 + 13 * k), t, sans(3.6))
        seal(s, s.width - mm(70), mm(220), "杭州市市场监督管理局", rng, radius=mm(20))
        s.text(mm(40), mm(262), "与原件核对一致", sans(3.6))
    return s


def _attorney(c: CaseCtx, rng: random.Random) -> LSheet:
    a = c.applicant
    agents = [("f", f"受托人一：{c.agent}，{c.firm}律师，电话{c.agent_phone}。")]
    if "legal_staff" in c.extra:
        agents.append(("f", f"受托人二：{c.extra['legal_staff']}，本公司法务专员，系本公司员工（附劳动合同及社保缴纳证明）。"))
    s = LSheet()
    s.centred(mm(30), "授权委托书", font("hei", mm(7)), spacing=mm(1.5))
    f = font("serif", mm(4.2))
    y = flow(s, [("f", f"委托人：{a.name}"), *agents,
                 ("p", f"现委托上列受托人在我方与{c.respondent.name}{cause(c)}执行一案中，作为我方的委托代理人。"),
                 ("p", "代理权限：特别授权，代为申请执行、提供财产线索、参与在线谈话、签收法律文书、代为和解、代为领取执行款。")],
             f, x0=mm(25), width=mm(160), y=mm(50), line_height=mm(7.6), indent=mm(8))
    s.right(mm(185), y + mm(20), f"委托人：{a.name}", f)
    if a.kind == "organisation":
        seal(s, mm(155), y + mm(22), a.name, rng, radius=mm(19))
    else:
        signature(s, mm(150), y + mm(30), a.name, rng, ink=BLUE_INK)
    s.right(mm(185), y + mm(42), cn_date(c.filed_on - timedelta(days=2)), f)
    return s


def _letter(c: CaseCtx, rng: random.Random) -> LSheet:
    s = LSheet()
    s.centred(mm(22), c.firm, font("serif_bold", mm(6)))
    s.line(mm(25), mm(32), mm(185), mm(32), width=3, fill=(180, 30, 30))
    s.centred(mm(42), "律 师 事 务 所 函", font("hei", mm(6.5)))
    f = font("serif", mm(4.2))
    y = flow(s, [("r", f"{c.firm[2:4]}律执字〔{c.filed_on.year}〕第{rng.randint(10, 400)}号"), ("f", f"{COURT}："),
                 ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{cause(c)}执行一案的委托代理人。"),
                 ("p", "特此函告。")], f, x0=mm(25), width=mm(160), y=mm(60), line_height=mm(7.6), indent=mm(8))
    s.right(mm(185), y + mm(18), c.firm, f)
    s.right(mm(185), y + mm(28), cn_date(c.filed_on - timedelta(days=2)), f)
    seal(s, mm(158), y + mm(22), c.firm, rng, radius=mm(19))
    return s
