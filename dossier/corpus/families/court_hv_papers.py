"""What 邹城法院's enforcement files received from others, each sender in its own style: the 济宁仲裁委员会's award
(明体, its name in red over a rule, 骑缝章 down the right edge) and its certificate of effect; this court's civil
division's judgment and the 济宁市中级人民法院's appeal judgment, each set its own way; the 邹城 law firm's typed
applications and letter in 思源宋体 with a 黑体 title, its pre-printed 授权委托书 filled by hand; ID and licence
photocopies; the registry's 机读档案 struck on its impact printer; the court's own pre-printed forms filled in by the
parties (財产线索表, 收款账户确认书, 送达地址确认书, 财产申报表); the finance office's 非税收入 receipt and the bank's
transfer slip as lower plies of their multi-part sets, pasted on a backing leaf."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from PIL import ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_hv_kit import (
    COURT,
    PRE_BLUE,
    PRE_RED,
    House,
    HvSheet,
    carbon_pen,
    copy_stamp,
    dm,
    fanfold,
    grid,
    pen,
    ply_label,
    ply_paper,
    ribbon,
    tear_off,
    typeset,
)
from dossier.corpus.fonts import font
from dossier.corpus.paper import stamp

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "payment_voucher",
})
LAWYER = House(body="serif", body_mm=5.2, lead=1.95, title="hei", title_mm=8.2, title_spread=False, number_align="none",
               footer="dash", left=31, right=28, top=34, bottom=28, hand_role="wenkai")
ARBITRATION = House(body="ming", body_mm=5.3, lead=1.85, title="serif_bold", title_mm=11, issuer_font="hei",
                    issuer_mm=8.4, issuer_red=True, number_align="centre", footer="paren", left=27, right=27, top=26,
                    bottom=28, seam_seal=True)
CIVIL = House(body="ming", body_mm=5.5, lead=1.78, title="serif_bold", title_mm=10.5, issuer_font="serif_bold",
              issuer_mm=7.8, number_align="right", footer="dash", left=30, right=26, top=32, bottom=28)
APPEAL = House(body="serif", body_mm=5.3, lead=1.82, title="serif_bold", title_mm=10, issuer_font="serif_bold",
               issuer_mm=7.4, number_align="right", rule=False, footer="nm", left=27, right=27, top=30, bottom=30,
               seam_seal=True)
COURT_FORM_FONT = "song_gb"


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _made(c: CaseCtx, code: str) -> date:
    from dossier.corpus.families.court_hv import made_on
    return made_on(c, code)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[HvSheet]:
    d = _made(c, code)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "property_clue_form":
        return _clues(c, rng, d)
    if code == "fee_receipt":
        return _fee_receipt(c, rng, d)
    if code == "identity_proof":
        return _respondent_file(c, rng, d) if served == ["respondent"] else _applicant_id(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "payment_account_confirmation":
        return _account(c, rng, d)
    if code == "service_address_confirmation":
        return _address(c, rng, d)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "payment_voucher":
        return _bank_slip(c, rng, d)
    raise KeyError(code)


def _me(c: CaseCtx) -> list[tuple[str, str]]:
    a = c.applicant
    if a.kind == "organisation":
        return [("f", f"申请人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。"),
                ("f", f"法定代表人：{a.legal_rep}，职务：总经理。")]
    born = a.born or date(1970, 1, 1)
    return [("f", f"申请人：{a.name}，{a.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{a.address}，"
                  f"公民身份号码{a.id_number}，联系电话{a.phone}。")]


def _them(c: CaseCtx) -> list[tuple[str, str]]:
    r = c.respondent
    head = "理事长" if "合作社" in r.name else "法定代表人"
    return [("f", f"被申请人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"{head}：{r.legal_rep}。")]


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    a, r = c.applicant, c.respondent
    t = _tale(c)
    if t == "coal":
        basis = f"济宁仲裁委员会{c.basis_number}裁决书"
        asks = [f"1．请求强制执行{basis}，责令被申请人支付租金{c.extra['rent']:,.2f}元、违约金{c.extra['penalty']:,.2f}元、"
                f"仲裁费{c.extra['arb_fee']:,.2f}元，合计{money(c.amount)}；"]
        facts = (f"申请人与被申请人于{c.basis_effective.year - 2}年签订《设备租赁合同》，约定被申请人租赁申请人的"
                 f"{c.extra['machines']}等设备用于{c.extra['mine']}综采工作面，按月支付租金。被申请人拖欠租金，申请人依据合同中的"
                 f"仲裁条款向济宁仲裁委员会申请仲裁。济宁仲裁委员会于{num_date(c.basis_effective)}作出{c.basis_number}裁决书，"
                 "裁决被申请人支付拖欠的租金、违约金并承担仲裁费。该裁决为终局裁决，自作出之日起发生法律效力，被申请人至今未履行。")
        law = "《中华人民共和国仲裁法》第六十二条、《中华人民共和国民事诉讼法》第二百三十七条"
    elif t == "injury":
        basis = f"邹城市人民法院{c.basis_number}民事判决书、济宁市中级人民法院{c.extra['appeal_number']}民事判决书"
        asks = [f"1．请求强制执行{basis}，责令被申请人支付申请人工伤保险待遇合计{money(c.amount)}；"]
        facts = (f"申请人在被申请人处从事跟车装卸工作，{num_date(date.fromisoformat(c.extra['hurt_on']))}在装卸货物时受伤，"
                 f"经认定为工伤，经济宁市劳动能力鉴定委员会鉴定为伤残{c.extra['grade']}级。被申请人未为申请人缴纳工伤保险，"
                 f"申请人经劳动仲裁后诉至邹城市人民法院，该院作出{c.basis_number}民事判决，被申请人不服提起上诉，济宁市中级人民法院"
                 f"作出{c.extra['appeal_number']}民事判决，驳回上诉，维持原判。判决已于{num_date(c.basis_effective)}发生法律效力，"
                 "被申请人至今未履行。")
        law = "《中华人民共和国民事诉讼法》第二百三十六条"
    else:
        basis = f"邹城市人民法院{c.basis_number}民事判决书"
        asks = [f"1．请求强制执行{basis}，责令被申请人支付土地流转费{money(c.amount)}；"]
        facts = (f"申请人将位于{c.extra['village']}的承包地{c.extra['mu']}亩流转给被申请人种植{c.extra['crop']}，双方签订了"
                 f"《土地流转合同》，约定每亩每年流转费{c.extra['per_mu']}元。被申请人拖欠{c.filed_on.year - 2}年度、"
                 f"{c.filed_on.year - 1}年度流转费，申请人诉至贵院，贵院作出{c.basis_number}民事判决，判决已于"
                 f"{num_date(c.basis_effective)}发生法律效力，被申请人至今未履行。")
        law = "《中华人民共和国民事诉讼法》第二百三十六条"
    blocks: list[tuple[str, str]] = [
        *_me(c),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        *_them(c),
        ("f", "申请事项："),
        *[("p", x) for x in asks],
        ("p", "2．请求责令被申请人加倍支付迟延履行期间的债务利息；"),
        ("p", f"3．请求对被申请人{'及其法定代表人' if '合作社' not in r.name else '及其理事长'}采取限制高消费措施，"
              "并将被申请人纳入失信被执行人名单；"),
        ("p", "4．本案执行费用由被申请人负担。"),
        ("f", "事实与理由："),
        ("p", facts),
        ("p", f"为维护申请人的合法权益，依据{law}的规定，特向贵院申请强制执行。"),
        ("gap", ""), ("f", "此致"), ("f", COURT), ("gap", ""),
        ("r", f"申请人：{a.name}"), ("r", num_date(d)),
    ]
    sheets = typeset(LAWYER, "强制执行申请书" if t != "land" else "申请执行书", blocks, rng)
    last = sheets[-1]
    if a.kind == "organisation":
        seal(last, last.width - mm(70), last.height - mm(90) if len(sheets) > 1 else mm(230), a.name, rng)
    else:
        pen(last, last.width - mm(60), mm(250) if len(sheets) == 1 else last.height - mm(80), a.name, rng,
            size=int(mm(7)), role="kai_gb", ink=(25, 25, 30))
        _thumb(last, last.width - mm(42), mm(262) if len(sheets) == 1 else last.height - mm(68), rng)
    return sheets


def _thumb(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint (按手印) beside a signature."""
    d = ImageDraw.Draw(s.image)
    rx, ry = mm(6.5), mm(8.5)
    for k in range(9):
        f = 1 - k / 10
        col = (205 + rng.randint(-10, 10), 60 + rng.randint(0, 40), 70 + rng.randint(0, 30))
        d.ellipse((x - rx * f, y - ry * f, x + rx * f, y + ry * f), outline=col, width=2)


def _basis(c: CaseCtx, rng: random.Random) -> list[HvSheet]:
    t = _tale(c)
    if t == "coal":
        return _award(c, rng)
    if t == "injury":
        second = _appeal(c, rng)
        first = _injury_first(c, rng)
        first[0].starts_document = True
        return [*second, *first]
    return _land_judgment(c, rng)


def _award(c: CaseCtx, rng: random.Random) -> list[HvSheet]:
    a, r = c.applicant, c.respondent
    signed = c.basis_effective
    blocks: list[tuple[str, str]] = [
        ("h", f"申请人：{a.name}，住所地{a.address}。"), ("h", f"法定代表人：{a.legal_rep}，总经理。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{r.name}，住所地{r.address}。"), ("h", f"法定代表人：{r.legal_rep}，经理。"),
        ("p", f"济宁仲裁委员会（以下简称本会）根据申请人{a.name}与被申请人{r.name}签订的《设备租赁合同》中的仲裁条款和申请人"
              f"的仲裁申请，于{num_date(signed - timedelta(days=95))}受理了双方之间的租赁合同纠纷一案。本会依法组成仲裁庭，"
              "于" + num_date(signed - timedelta(days=40)) + "开庭审理了本案，双方当事人均到庭参加了庭审。本案现已审理终结。"),
        ("p", f"申请人称：双方签订《设备租赁合同》，被申请人租赁申请人{c.extra['machines']}等设备，用于{c.extra['mine']}"
              f"综采工作面，约定月租金按台架计算，每月十日前支付。合同履行过程中，被申请人累计拖欠租金{c.extra['rent']:,.2f}元，"
              "经申请人多次催要未果。请求裁决被申请人支付拖欠的租金及违约金，并承担本案仲裁费用。"),
        ("p", "被申请人辩称：对租赁设备的事实及欠付租金的数额无异议，因煤矿结算迟延导致资金紧张，违约金过高，请求予以调整。"),
        ("p", "仲裁庭查明：申请人与被申请人签订的《设备租赁合同》系双方真实意思表示，合法有效。申请人已按约交付设备，被申请人"
              "未按约支付租金，构成违约，应承担支付租金及违约金的责任。关于违约金，仲裁庭综合合同履行情况及申请人的损失，"
              f"酌定为{c.extra['penalty']:,.2f}元。"),
        ("p", "依照《中华人民共和国合同法》第六十条、第一百零七条、第一百一十四条、第二百一十二条、第二百二十六条，"
              "《中华人民共和国仲裁法》第七条之规定，裁决如下："),
        ("p", f"（一）被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付租金{c.extra['rent']:,.2f}元；"),
        ("p", f"（二）被申请人于本裁决书送达之日起十日内向申请人支付违约金{c.extra['penalty']:,.2f}元；"),
        ("p", f"（三）本案仲裁费{c.extra['arb_fee']:,.2f}元，由被申请人承担（申请人已预交，被申请人在履行上述款项时一并支付给申请人）。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
        ("gap", ""), ("sig", f"首席仲裁员　{person_name(rng)}"), ("sig", f"仲　裁　员　{person_name(rng)}"),
        ("sig", f"仲　裁　员　{person_name(rng)}"), ("date", cn_date(signed)), ("sig", f"书　　　记　{person_name(rng)}"),
    ]
    return typeset(ARBITRATION, "裁决书", blocks, rng, issuer="济宁仲裁委员会", number=c.basis_number,
                   seal_name="济宁仲裁委员会")


def _items(c: CaseCtx) -> str:
    return "、".join(f"{name}{v:,.2f}元" for name, v in c.extra["items"])


def _injury_first(c: CaseCtx, rng: random.Random) -> list[HvSheet]:
    a, r = c.applicant, c.respondent
    signed = date.fromisoformat(c.extra["first_date"])
    hurt = date.fromisoformat(c.extra["hurt_on"])
    blocks: list[tuple[str, str]] = [
        ("h", f"原告：{a.name}，{a.sex}，汉族，住{a.address}。"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{r.name}，住所地{r.address}。"), ("h", f"法定代表人：{r.legal_rep}，经理。"),
        ("p", f"原告{a.name}与被告{r.name}劳动争议一案，本院于{num_date(signed - timedelta(days=80))}立案后，依法适用普通程序，"
              "公开开庭进行了审理。原告及其委托诉讼代理人、被告的委托诉讼代理人到庭参加诉讼。本案现已审理终结。"),
        ("p", f"原告诉称：原告自{hurt.year - 1}年起在被告处从事跟车装卸工作，{num_date(hurt)}在装卸货物时被货物砸伤左腿。"
              f"经邹城市人力资源和社会保障局认定为工伤，济宁市劳动能力鉴定委员会鉴定为伤残{c.extra['grade']}级。被告未为原告缴纳"
              "工伤保险费，应当支付原告工伤保险待遇。原告申请劳动仲裁，邹城市劳动人事争议仲裁委员会作出仲裁裁决后，原告不服，"
              "诉至本院。"),
        ("p", "被告辩称：原告系车主雇佣人员，与被告不存在劳动关系，请求驳回原告的诉讼请求。"),
        ("p", f"本院经审理查明：原告在被告处工作，接受被告管理并由被告发放工资，双方存在劳动关系。原告受伤前十二个月平均工资为"
              f"{c.extra['wage']}元/月。被告未为原告缴纳工伤保险费。"),
        ("p", "本院认为，用人单位应当依法为职工缴纳工伤保险费，未参加工伤保险期间职工发生工伤的，由用人单位按照《工伤保险条例》"
              "规定的工伤保险待遇项目和标准支付费用。依照《工伤保险条例》第三十条、第三十三条、第三十七条、第六十二条第二款，"
              "《山东省贯彻〈工伤保险条例〉实施办法》的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{_items(c)}，合计{money(c.amount)}。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百五十三条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", "案件受理费10元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于山东省"
              "济宁市中级人民法院。"),
        ("gap", ""), ("sig", f"审 判 长　{person_name(rng)}"), ("sig", f"审 判 员　{person_name(rng)}"),
        ("sig", f"人民陪审员　{person_name(rng)}"), ("date", cn_date(signed)), ("sig", f"书 记 员　{person_name(rng)}"),
    ]
    sheets = typeset(CIVIL, "民事判决书", blocks, rng, issuer=COURT, number=c.basis_number, seal_name=COURT)
    copy_stamp(sheets[-1], rng)
    return sheets


def _appeal(c: CaseCtx, rng: random.Random) -> list[HvSheet]:
    a, r = c.applicant, c.respondent
    signed = c.basis_effective - timedelta(days=rng.randint(4, 9))
    blocks: list[tuple[str, str]] = [
        ("h", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("h", f"法定代表人：{r.legal_rep}，经理。"),
        ("h", f"被上诉人（原审原告）：{a.name}，{a.sex}，汉族，住{a.address}。"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}劳动争议一案，不服山东省邹城市人民法院{c.basis_number}民事判决，向本院提起"
              "上诉。本院依法组成合议庭审理了本案。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人系挂靠车辆车主雇佣，"
              "与上诉人不存在劳动关系。"),
        ("p", f"{a.name}辩称：一审判决认定事实清楚，适用法律正确，请求驳回上诉，维持原判。"),
        ("p", "本院经审理查明的事实与一审查明的事实一致。"),
        ("p", "本院认为，被上诉人受上诉人安排从事装卸工作、由上诉人发放劳动报酬，一审认定双方存在劳动关系并无不当。被上诉人"
              "所受伤害已被认定为工伤，上诉人未为其缴纳工伤保险费，应当按照法定标准支付工伤保险待遇。上诉人的上诉理由不能成立，"
              "本院不予支持。依照《中华人民共和国民事诉讼法》第一百七十条第一款第一项之规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", "二审案件受理费10元，由上诉人负担。"),
        ("p", "本判决为终审判决。"),
        ("gap", ""), ("sig", f"审 判 长　{person_name(rng)}"), ("sig", f"审 判 员　{person_name(rng)}"),
        ("sig", f"审 判 员　{person_name(rng)}"), ("date", cn_date(signed)), ("sig", f"书 记 员　{person_name(rng)}"),
    ]
    sheets = typeset(APPEAL, "民事判决书", blocks, rng, issuer="山东省济宁市中级人民法院", number=c.extra["appeal_number"],
                     seal_name="山东省济宁市中级人民法院")
    copy_stamp(sheets[-1], rng)
    return sheets


def _land_judgment(c: CaseCtx, rng: random.Random) -> list[HvSheet]:
    a, r = c.applicant, c.respondent
    signed = c.basis_effective - timedelta(days=rng.randint(18, 25))
    y1, y2 = c.filed_on.year - 2, c.filed_on.year - 1
    blocks: list[tuple[str, str]] = [
        ("h", f"原告：{a.name}，{a.sex}，汉族，住{a.address}。"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{r.name}，住所地{r.address}。"), ("h", f"负责人：{r.legal_rep}，理事长。"),
        ("p", f"原告{a.name}与被告{r.name}土地承包经营权出租合同纠纷一案，本院于{num_date(signed - timedelta(days=60))}立案后，"
              "依法适用简易程序，公开开庭进行了审理。原告及其委托诉讼代理人到庭参加诉讼，被告经本院传票传唤，无正当理由拒不到庭。"
              "本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：判令被告支付{y1}年度、{y2}年度土地流转费{c.amount:,.2f}元。事实和理由："
              f"{y1 - 1}年，原告与被告签订《土地流转合同》，约定原告将其承包的{c.extra['village']}耕地{c.extra['mu']}亩流转给被告"
              f"种植{c.extra['crop']}，流转期限十年，流转费每亩每年{c.extra['per_mu']}元，于每年十二月三十一日前付清。被告仅支付了"
              "第一年的流转费，此后经原告多次催要均未支付。"),
        ("p", "被告未到庭，亦未提交书面答辩意见。"),
        ("p", "本院经审理认定事实如下：原告所述事实有《土地流转合同》、村委会证明及原告陈述在卷佐证，本院予以确认。"),
        ("p", "本院认为，原、被告签订的《土地流转合同》系双方真实意思表示，不违反法律、行政法规的强制性规定，合法有效。被告未按"
              "约定支付流转费，应承担继续履行的违约责任。依照《中华人民共和国合同法》第八条、第六十条、第一百零七条、第一百零九条，"
              "《中华人民共和国农村土地承包法》第三十六条，《中华人民共和国民事诉讼法》第一百四十四条之规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{y1}年度、{y2}年度土地流转费{money(c.amount)}。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百五十三条之规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount * Decimal('0.0125')) + 25}元，减半收取{(int(c.amount * Decimal('0.0125')) + 25) // 2}元，"
              "由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于山东省济宁市"
              "中级人民法院。"),
        ("gap", ""), ("sig", f"审 判 员　{person_name(rng)}"), ("date", cn_date(signed)),
        ("sig", f"书 记 员　{person_name(rng)}"),
    ]
    sheets = typeset(CIVIL, "民事判决书", blocks, rng, issuer=COURT, number=c.basis_number, seal_name=COURT)
    copy_stamp(sheets[-1], rng)
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> list[HvSheet]:
    if _tale(c) == "coal":
        issued = c.basis_effective + timedelta(days=rng.randint(20, 28))
        blocks: list[tuple[str, str]] = [
            ("f", f"{COURT}："),
            ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}租赁合同纠纷一案，已于"
                  f"{num_date(c.basis_effective)}作出{c.basis_number}裁决书，并于"
                  f"{num_date(c.basis_effective + timedelta(days=3))}依法送达双方当事人。"),
            ("p", "根据《中华人民共和国仲裁法》第九条、第五十七条的规定，该裁决书为终局裁决，自作出之日起发生法律效力。"),
            ("p", "特此证明。"),
            ("gap", ""), ("date", cn_date(issued)),
        ]
        return typeset(ARBITRATION, "生效证明", blocks, rng, issuer="济宁仲裁委员会",
                       number=f"济仲证字〔{issued.year}〕第{rng.randint(10, 99)}号", seal_name="济宁仲裁委员会")
    # the civil division's pre-printed certificate, filled in by hand
    s = HvSheet()
    s.centred(mm(30), COURT, font("serif_bold", mm(7)), spacing=mm(1.2))
    s.centred(mm(46), "生 效 证 明 书", font("serif_bold", mm(10)), spacing=mm(2))
    f = font(COURT_FORM_FONT, mm(5.4))
    y = mm(74)
    lines = [("本院审理的", f"{c.applicant.name}与{c.respondent.name}劳动争议"), ("一案，本院", c.basis_number),
             ("民事判决书（裁定书、调解书）经", f"济宁市中级人民法院{c.extra['appeal_number']}"),
             ("民事判决维持，已于", num_date(c.basis_effective)), ("发生法律效力。", "")]
    for label, fill in lines:
        s.text(mm(30), y, label, f)
        if fill:
            x = mm(30) + f.getlength(label)
            s.line(x, y + mm(7), s.width - mm(28), y + mm(7), width=1)
            pen(s, x + mm(2), y - mm(2), fill, rng, size=int(mm(5.6)), role="kai", ink=(20, 22, 60))
        y += mm(14)
    s.text(mm(40), y + mm(4), "特此证明。", f)
    s.text(s.width - mm(110), y + mm(34), "邹城市人民法院民事审判第一庭", f)
    when = c.basis_effective + timedelta(days=rng.randint(6, 15))
    pen(s, s.width - mm(90), y + mm(48), num_date(when), rng, size=int(mm(5.6)), role="kai", ink=(20, 22, 60))
    seal(s, s.width - mm(70), y + mm(42), COURT, rng)
    s.text(mm(30), s.height - mm(40), "注：本证明书仅证明法律文书的生效时间，不作他用。", font(COURT_FORM_FONT, mm(4)))
    return [s]


def _court_form(title: str, rows: list[tuple[str, str]], rng: random.Random, *, heights: Sequence[float] | None = None,
                role: str = "wenkai", note: str = "", sign: str = "", when: date | None = None,
                org_seal: str = "") -> HvSheet:
    """One of the court's pre-printed forms (handed out at the filing window), filled by a party in ballpoint."""
    s = HvSheet()
    s.centred(mm(22), COURT, font("serif_bold", mm(6)), spacing=mm(1))
    s.centred(mm(33), title, font("serif_bold", mm(8.4)), spacing=mm(1.2))
    f = font(COURT_FORM_FONT, mm(4.5))
    hs = heights or [mm(16)] * len(rows)
    boxes = grid(s, mm(20), mm(50), [mm(44), s.width - mm(40) - mm(44)], [[label, ""] for label, _ in rows], f,
                 heights=hs)
    for (_label, value), row in zip(rows, boxes, strict=True):
        if value:
            b = row[1]
            per = int((b[2] - b[0] - mm(6)) / mm(5.8))
            pen(s, b[0] + mm(3), b[1] + mm(3), value, rng, size=int(mm(5.4)), role=role, per_line=per, lead=mm(7.4))
    y = boxes[-1][0][3] + mm(6)
    if note:
        from dossier.corpus.draw import wrap
        nf = font(COURT_FORM_FONT, mm(3.8))
        for part in wrap(note, nf, s.width - mm(40)):
            s.text(mm(20), y, part, nf)
            y += mm(6)
    if sign:
        s.text(s.width - mm(112), y + mm(8), "填表人（签名）：", f)
        pen(s, s.width - mm(70), y + mm(6), sign, rng, size=int(mm(6.8)), role=role, ink=(25, 25, 30))
    if when:
        pen(s, s.width - mm(80), y + mm(22), num_date(when), rng, size=int(mm(5.4)), role=role)
    if org_seal:
        seal(s, s.width - mm(60), y + mm(14), org_seal, rng)
    return s


def _clues(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    r = c.respondent
    t = _tale(c)
    bank = {"coal": f"{c.extra.get('r_bank', '')}，账号{c.extra.get('r_acct', '')}",
            "injury": "不详", "land": "邹城农商银行峄山支行有合作社账户，账号不详"}[t]
    other = {"coal": f"被执行人在{c.extra.get('mine', '')}有应收工程款", "injury": "公司有货车四辆，车牌号鲁H开头，具体不详",
             "land": f"合作社在{c.extra.get('village', '')}有大棚、农机具"}[t]
    rows = [("被执行人名称", r.name), ("住所地/经常居住地", r.address), ("法定代表人/负责人", r.legal_rep),
            ("联系电话", r.phone), ("银行存款", bank), ("房产、土地", "不详"), ("车辆", "见下" if t == "injury" else "不详"),
            ("股权、债权及其他", other), ("提供人", f"{c.applicant.name}（委托代理人{c.agent}）")]
    hs = [mm(15)] * 4 + [mm(24), mm(15), mm(15), mm(30), mm(15)]
    s = _court_form("被执行人财产线索表", rows, rng, heights=hs, when=d, sign=c.agent,
                    note="申请执行人应当如实提供被执行人的财产线索，提供虚假线索的，依法承担相应责任。")
    return [s]


def _fee_receipt(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    """山东省非税收入通用票据: the finance office's multi-part set, the kept ply pink or yellow, struck through the carbon."""
    ply = rng.choice(["pink", "yellow"])
    s = HvSheet(size=(mm(200), mm(112)), paper=ply_paper(ply), ply=ply)
    ink = PRE_RED if ply == "yellow" else PRE_BLUE
    rb = ribbon(rng, carbon=True)
    s.centred(mm(7), "山东省非税收入通用票据", font("serif_bold", mm(6.5)), spacing=mm(1.2), fill=ink)
    f = font(COURT_FORM_FONT, mm(3.8))
    s.text(mm(12), mm(19), f"票据代码：37{rng.randint(100000, 999999)}", f, fill=ink)
    s.right(s.width - mm(16), mm(18), f"No. {rng.randint(10**7, 10**8 - 1):08d}", font("serif", mm(4.6)), fill=(180, 40, 40))
    s.text(mm(12), mm(27), "执收单位编码：", f, fill=ink)
    dm(s, mm(38), mm(26), "370883-0012", rb, rng, pitch=1.5)
    s.text(mm(100), mm(27), "开票日期：", f, fill=ink)
    dm(s, mm(120), mm(26), f"{d:%Y-%m-%d}", rb, rng, pitch=1.5)
    rows = [["交款人", "", "案　号", ""], ["收费项目", "", "金额（元）", ""], ["金额合计（大写）", ""], ["备　注", ""]]
    boxes = grid(s, mm(10), mm(34), [mm(30), mm(70), mm(26), mm(56)], rows, f, heights=mm(11), ink=ink, centre=(0, 2))
    fills = {(0, 1): c.applicant.name, (0, 3): c.number, (1, 1): "申请执行费", (1, 3): f"{c.extra['fee']}.00",
             (2, 1): money_caps(c.extra["fee"]), (3, 1): f"代收 {c.respondent.name} 应负担执行费"}
    for (r_, k), text in fills.items():
        b = boxes[r_][k]
        dm(s, b[0] + mm(2), b[1] + mm(2.2), text, rb, rng, pitch=1.35 if len(text) > 12 else 1.5)
    s.text(mm(12), mm(84), "执收单位（盖章）：", f, fill=ink)
    s.text(mm(86), mm(84), "收款人：", f, fill=ink)
    dm(s, mm(102), mm(83), c.clerk if rng.random() < 0.5 else person_name(rng), rb, rng, pitch=1.5)
    s.text(mm(140), mm(84), "复核人：", f, fill=ink)
    stamp(s, mm(30), mm(88), ["邹城市人民法院", "财务专用章"], rng, size_mm=3.4, oval=True, colour=(200, 40, 60))
    ply_label(s, "第二联收据联" if ply == "pink" else "第二联记账联", ink)
    return [s]


def _applicant_id(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    a = c.applicant
    if a.kind == "organisation":
        lic = _licence_copy(a, c, rng, d)
        rep = _rep_certificate(a, c, rng, d)
        rep[0].starts_document = True
        return [*lic, *rep]
    return [_id_copy(a, rng, sign=True)]


def _id_copy(p: Party, rng: random.Random, *, sign: bool) -> HvSheet:
    """Both faces of a second-generation ID card on one photocopy; the copier's grey cast and toner specks."""
    s = HvSheet()
    grey = (95, 95, 95)
    w, h = mm(86) * 1.3, mm(54) * 1.3
    x = mm(40) + rng.uniform(-mm(6), mm(10))
    y1 = mm(36) + rng.uniform(-mm(4), mm(8))
    s.draw.rounded_rectangle((x, y1, x + w, y1 + h), radius=mm(4), outline=grey, width=3, fill=(226, 226, 226))
    lab = font("hei", mm(3.8))
    val = font("hei", mm(4.4))
    born = p.born or date(1970, 1, 1)
    entries = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}　年　{born.month}　月　{born.day}　日"),
               ("住址", p.address)]
    ty = y1 + mm(7)
    for k, v in entries:
        s.text(x + mm(7), ty, k, lab, fill=grey)
        for i in range(0, len(v), 12):
            s.text(x + mm(21), ty, v[i:i + 12], val, fill=(40, 40, 40))
            ty += mm(6.2)
        ty += mm(3)
    s.text(x + mm(7), y1 + h - mm(12), "公民身份号码", lab, fill=grey)
    s.text(x + mm(36), y1 + h - mm(12.5), p.id_number, font("mono", mm(4.8)), fill=(40, 40, 40))
    s.draw.rectangle((x + w - mm(34), y1 + mm(8), x + w - mm(8), y1 + mm(44)), fill=(150, 150, 150))
    y2 = y1 + h + mm(22)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(4), outline=grey, width=3, fill=(226, 226, 226))
    s.centred(y2 + mm(12), "中华人民共和国", font("hei", mm(6.4)), x0=x + mm(22), x1=x + w)
    s.centred(y2 + mm(25), "居民身份证", font("hei", mm(8.4)), spacing=mm(1.5), x0=x + mm(22), x1=x + w)
    s.draw.ellipse((x + mm(6), y2 + mm(7), x + mm(26), y2 + mm(27)), outline=(110, 110, 110), width=3)
    s.text(x + mm(8), y2 + h - mm(20), "签发机关　邹城市公安局", lab, fill=(50, 50, 50))
    start = 2008 + rng.randint(0, 8)
    s.text(x + mm(8), y2 + h - mm(11), f"有效期限　{start}.0{rng.randint(1, 9)}.{rng.randint(10, 28)}-长期" if born.year < 1972
           else f"有效期限　{start}.05.10-{start + 20}.05.10", lab, fill=(50, 50, 50))
    gen = rng.random
    for _ in range(160):
        px, py = gen() * s.width, gen() * s.height
        s.draw.point((px, py), fill=(120, 120, 120))
    if sign:
        pen(s, x + mm(8), y2 + h + mm(14), "此复印件与原件一致", rng, size=int(mm(6)), role="kai_gb", ink=(25, 25, 30))
        pen(s, x + mm(76), y2 + h + mm(26), p.name, rng, size=int(mm(7)), role="kai_gb", ink=(25, 25, 30))
    return s


def _licence_copy(p: Party, c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    """营业执照（副本）复印件, the 2015 five-in-one style with its QR block, stamped by the company."""
    s = HvSheet()
    grey = (70, 70, 70)
    s.box(mm(16), mm(20), s.width - mm(16), s.height - mm(50), width=8, outline=(130, 130, 130))
    s.centred(mm(34), "营 业 执 照", font("serif_bold", mm(13)), spacing=mm(2), fill=grey)
    s.centred(mm(56), "（副　本）", font("serif", mm(5.5)), fill=grey)
    s.text(mm(28), mm(68), f"统一社会信用代码　{p.id_number}", font("serif", mm(4.6)), fill=(40, 40, 40))
    s.draw.rectangle((s.width - mm(56), mm(64), s.width - mm(30), mm(90)), outline=grey, width=2)
    for i in range(60):
        qx = s.width - mm(54) + (i % 8) * mm(3)
        qy = mm(66) + (i // 8) * mm(3)
        if rng.random() < 0.5:
            s.draw.rectangle((qx, qy, qx + mm(2.6), qy + mm(2.6)), fill=(50, 50, 50))
    f = font("serif", mm(4.8))
    y = mm(100)
    for k, v in [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("住　　所", p.address),
                 ("法定代表人", p.legal_rep), ("注册资本", f"{rng.choice([200, 500, 1000])}万元整"),
                 ("成立日期", num_date(c.filed_on - timedelta(days=rng.randint(2000, 4000)))),
                 ("营业期限", "长期"), ("经营范围", "矿山机械设备租赁、维修；煤矿机电设备销售（依法须经批准的项目，经相关部门批准后方可开展经营活动）。")]:
        s.text(mm(28), y, k, f, fill=grey)
        for i in range(0, len(v), 24):
            s.text(mm(62), y, v[i:i + 24], f, fill=(40, 40, 40))
            y += mm(8)
        y += mm(3)
    s.right(s.width - mm(36), s.height - mm(82), "登记机关", f, fill=grey)
    s.right(s.width - mm(36), s.height - mm(70), cn_date(c.filed_on - timedelta(days=rng.randint(200, 700))), f, fill=grey)
    seal(s, s.width - mm(60), s.height - mm(78), "邹城市市场监督管理局", rng)
    pen(s, mm(30), s.height - mm(42), "与原件一致", rng, size=int(mm(6)), role="kai_gb", ink=(25, 25, 30))
    seal(s, mm(100), s.height - mm(38), p.name, rng)
    return [s]


def _rep_certificate(p: Party, c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    blocks: list[tuple[str, str]] = [
        ("p", f"{p.legal_rep}，在我公司任总经理职务，系我公司法定代表人。"),
        ("p", "特此证明。"),
        ("gap", ""), ("note", f"附：法定代表人住址：邹城市{'钢山街道' if rng.random() < 0.5 else '千泉街道'}，联系电话："
                              f"139{rng.randint(10000000, 99999999)}"),
        ("gap", ""), ("r", f"{p.name}（盖章）"), ("r", num_date(d)),
    ]
    sheets = typeset(LAWYER, "法定代表人身份证明书", blocks, rng)
    seal(sheets[0], sheets[0].width - mm(80), mm(130), p.name, rng)
    return sheets


def _respondent_file(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    """The registry's 机读档案 of the respondent, struck on the registry's impact printer on continuous paper."""
    r = c.respondent
    s = fanfold(rng, 0.5)
    rb = ribbon(rng)
    x = mm(20)
    y = float(mm(16))
    coop = "合作社" in r.name
    title = "农民专业合作社登记基本情况" if coop else "企业机读档案登记资料"
    dm(s, x + mm(30), y, title, rb, rng, pitch=2.0)
    y += mm(12)
    rows = [("名称", r.name), ("统一社会信用代码", r.id_number), ("住所", r.address),
            ("法定代表人" if not coop else "理事长", r.legal_rep),
            ("类型", "农民专业合作社" if coop else "有限责任公司（自然人投资或控股）"),
            ("成立日期", f"{c.filed_on.year - rng.randint(3, 8)}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}"),
            ("注册资本", f"{rng.choice([50, 100, 300, 500])}万元"), ("登记状态", "存续（在营、开业、在册）"),
            ("登记机关", "邹城市市场监督管理局")]
    for k, v in rows:
        dm(s, x, y, f"{k}：", rb, rng, pitch=1.6)
        dm(s, x + mm(46), y, v, rb, rng, pitch=1.6)
        y += mm(9)
    y += mm(4)
    dm(s, x, y, "-" * 56, rb, rng, pitch=1.6)
    y += mm(7)
    dm(s, x, y, "股东（成员）及出资信息", rb, rng, pitch=1.6)
    y += mm(9)
    for n in range(3 if not coop else 5):
        who = r.legal_rep if n == 0 else person_name(rng)
        dm(s, x, y, f"{n + 1}　{who}　自然人　认缴{rng.randint(5, 200)}万元", rb, rng, pitch=1.6)
        y += mm(8)
    y += mm(10)
    dm(s, x, y, f"查询日期：{d:%Y-%m-%d}　　查询人：{c.agent}（律师）", rb, rng, pitch=1.6)
    seal(s, s.width - mm(64), y + mm(20), "邹城市市场监督管理局", rng, inner="档案查询专用章")
    return [tear_off(s)]


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    """The firm's pre-printed 授权委托书, filled in by hand; a company seals it, a person signs and presses a thumb."""
    a = c.applicant
    s = HvSheet()
    s.centred(mm(26), "授 权 委 托 书", font("hei", mm(9)), spacing=mm(1.5))
    f = font("serif", mm(4.8))
    y = mm(48)
    fills = [("委托人：", a.name), ("住所（地址）：", a.address), ("受托人：", f"{c.agent}　{c.firm}律师"),
             ("联系电话：", c.agent_phone)]
    for label, value in fills:
        s.text(mm(28), y, label, f)
        x = mm(28) + f.getlength(label)
        s.line(x, y + mm(6.5), s.width - mm(26), y + mm(6.5), width=1)
        pen(s, x + mm(2), y - mm(2), value, rng, size=int(mm(5.2)), role="wenkai")
        y += mm(12)
    y += mm(4)
    s.text(mm(36), y, "现委托上列受托人在", f)
    pen(s, mm(36) + f.getlength("现委托上列受托人在") + mm(1), y - mm(2), f"我方与{c.respondent.name}", rng, size=int(mm(5)),
        role="wenkai")
    y += mm(10)
    s.text(mm(28), y, "申请执行一案中，作为我方的执行代理人。", f)
    y += mm(12)
    s.text(mm(36), y, "代理权限：", f)
    pen(s, mm(60), y - mm(2), "特别授权", rng, size=int(mm(5.6)), role="wenkai")
    y += mm(10)
    for t in ["代为申请强制执行，提供财产线索，参加执行谈话，代为承认、放弃、变更执行请求，",
              "代为和解，代为签收法律文书，代为领取执行款项。"]:
        s.text(mm(28), y, t, font("serif", mm(4.4)))
        y += mm(8)
    y += mm(20)
    s.text(s.width - mm(110), y, "委托人：", f)
    if a.kind == "organisation":
        seal(s, s.width - mm(70), y + mm(4), a.name, rng)
        pen(s, s.width - mm(80), y + mm(14), f"法定代表人：{a.legal_rep}", rng, size=int(mm(5)), role="wenkai")
    else:
        pen(s, s.width - mm(88), y - mm(3), a.name, rng, size=int(mm(7)), role="kai_gb", ink=(25, 25, 30))
        _thumb(s, s.width - mm(50), y + mm(3), rng)
    pen(s, s.width - mm(96), y + mm(30), num_date(d), rng, size=int(mm(5.4)), role="wenkai")
    s.text(mm(28), s.height - mm(36), f"{c.firm}印制", font("serif", mm(3.6)))
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    aid = bool(c.extra.get("aid"))
    mark = c.firm.removeprefix("山东").removesuffix("律师事务所")[:1]
    blocks: list[tuple[str, str]] = [
        ("r", f"鲁{mark}律{'援' if aid else '执'}字〔{d.year}〕第{rng.randint(12, 260)}号"),
        ("f", f"{COURT}执行局："),
        ("p", (f"受邹城市法律援助中心指派，本所指派{c.agent}律师" if aid else f"本所接受{c.applicant.name}的委托，指派{c.agent}律师")
              + f"担任其与{c.respondent.name}{c.extra['cause']}执行一案申请执行人的代理人，请予接洽。"),
        ("p", f"律师联系电话：{c.agent_phone}；本所地址：{c.extra['firm_addr']}，电话：{c.extra['firm_phone']}。"),
        ("p", "此致"), ("f", "敬礼！"),
        ("note", "附：授权委托书一份，律师执业证复印件一份。"),
        ("gap", ""), ("date", cn_date(d)),
    ]
    return typeset(LAWYER, "律师事务所函", blocks, rng, issuer=c.firm, seal_name=c.firm, stapled=False)


def _licence(c: CaseCtx, rng: random.Random) -> list[HvSheet]:
    """A photocopy of the 律师执业证's two inner pages laid side by side, the copy certified by the lawyer."""
    s = HvSheet()
    grey = (60, 60, 60)
    x0, y0 = mm(22), mm(40)
    pw, ph = mm(82), mm(116)
    for k in range(2):
        s.box(x0 + k * pw, y0, x0 + (k + 1) * pw, y0 + ph, width=3, outline=(110, 110, 110))
    s.draw.rectangle((x0 + mm(28), y0 + mm(10), x0 + mm(54), y0 + mm(44)), fill=(140, 140, 140))
    f = font("serif", mm(4.1))
    rows = [("持证人", c.agent), ("性　别", "男" if rng.random() < 0.6 else "女"), ("执业机构", c.firm),
            ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]), ("资格证号", f"A{c.filed_on.year - 10}37{rng.randint(10**8, 10**9 - 1)}"),
            ("发证机关", "山东省司法厅"), ("发证日期", f"{c.filed_on.year - rng.randint(3, 8)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    y = y0 + mm(52)
    for label, v in rows:
        s.text(x0 + mm(5), y, f"{label}：", f, fill=grey)
        s.text(x0 + mm(28), y, v[:13], f, fill=(30, 30, 30))
        if len(v) > 13:
            y += mm(6)
            s.text(x0 + mm(28), y, v[13:], f, fill=(30, 30, 30))
        y += mm(7.4)
    seal(s, x0 + mm(58), y0 + ph - mm(22), "山东省司法厅", rng, radius=mm(15))
    s.centred(y0 + mm(6), "律师年度考核备案", font("serif_bold", mm(5)), x0=x0 + pw, x1=x0 + 2 * pw, fill=grey)
    yy = y0 + mm(18)
    for yr in range(c.filed_on.year - 3, c.filed_on.year):
        s.text(x0 + pw + mm(6), yy, f"考核年度　{yr}", f, fill=grey)
        s.text(x0 + pw + mm(6), yy + mm(7), "考核结果　称职", f, fill=grey)
        stamp(s, x0 + pw + mm(40), yy - mm(2), ["济宁市律师协会", f"{yr}年度考核", "备案专用章"], rng, size_mm=2.8,
              colour=(90, 90, 90))
        yy += mm(30)
    s.centred(y0 + ph + mm(10), "律师执业证（复印件）", font("serif", mm(4.6)))
    pen(s, x0 + mm(20), y0 + ph + mm(22), "与原件核对无误", rng, size=int(mm(6)), role="kai_gb", ink=(25, 25, 30))
    pen(s, x0 + mm(100), y0 + ph + mm(24), c.agent, rng, size=int(mm(6.6)), role="kai_gb", ink=(25, 25, 30))
    seal(s, x0 + mm(120), y0 + ph + mm(30), c.firm, rng)
    return [s]


def _account(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    a = c.applicant
    rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", str(c.extra["in_bank"])),
            ("银行账号", str(c.extra["in_acct"])), ("联系电话", a.phone if a.kind == "person" else c.agent_phone)]
    s = _court_form("申请执行人收取案款确认书", rows, rng, sign=a.name if a.kind == "person" else a.legal_rep, when=d,
                    note="本人确认：本案执行款项请转入以上账户，因账户信息错误导致款项无法到账或错付的，由本人承担责任。"
                         "账户变更的，应当及时书面告知承办人。",
                    org_seal=a.name if a.kind == "organisation" else "")
    return [s]


def _address(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    a = c.applicant
    rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("收件人", c.agent),
            ("联系电话", c.agent_phone), ("是否同意电子送达", "☑是　□否　手机短信：" + c.agent_phone),
            ("代收人及地址", f"{c.agent}，{c.extra['firm_addr']}（{c.firm}）")]
    hs = [mm(14), mm(14), mm(22), mm(14), mm(14), mm(18), mm(24)]
    s = _court_form("送达地址确认书", rows, rng, heights=hs, sign=c.agent, when=d,
                    note="告知事项：1．受送达人应如实提供送达地址，提供的地址不准确或者变更后未及时告知的，法律文书按上述地址送达，"
                         "退回之日视为送达之日。2．本确认书的效力适用于执行程序全过程。")
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    """财产申报表: the form sent with the 报告财产令, filled in by the respondent's head in his own hand."""
    r = c.respondent
    t = _tale(c)
    entries = {
        "coal": [("银行存款", f"{c.extra.get('r_bank', '')}基本户，已被法院冻结划拨"), ("现金", "无"), ("房产、土地", "无（办公场所租赁）"),
                 ("车辆", "皮卡车1辆，已抵押"), ("应收款", f"{c.extra.get('mine', '')}工程款约三十万元，尚未结算"),
                 ("其他财产", "无")],
        "injury": [("银行存款", "农商行基本户，余额几十元"), ("现金", "无"), ("房产、土地", "无"),
                   ("车辆", "挂靠车辆均归实际车主，公司无车"), ("应收款", "无"), ("其他财产", "公司已停业，无其他财产")],
        "land": [("银行存款", "农商银行峄山支行账户一个"), ("现金", "无"), ("房产、土地", "流转土地经营权（租赁）"),
                 ("车辆", "拖拉机一台"), ("应收款", "无"), ("其他财产", "大棚设施")],
    }[t]
    rows = [("被执行人", r.name), ("法定代表人/负责人", r.legal_rep), *entries, ("申报人声明", "以上申报属实。")]
    hs = [mm(14), mm(14)] + [mm(20)] * len(entries) + [mm(16)]
    s = _court_form("被执行人财产申报表", rows, rng, heights=hs, role="kai", sign=r.legal_rep, when=d,
                    note="本表应当如实填写，拒绝报告或者虚假报告的，人民法院将依法予以罚款、拘留；构成犯罪的，依法追究刑事责任。",
                    org_seal=r.name)
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random, d: date) -> list[HvSheet]:
    """中国农业银行 转账凭证: the bank counter's impact printer strikes the set; the court's file keeps the pink 回单 ply."""
    ply = "pink"
    s = HvSheet(size=(mm(190), mm(102)), paper=ply_paper(ply), ply=ply)
    ink = (30, 110, 80)
    rb = ribbon(rng, carbon=True)
    s.centred(mm(6), "中国农业银行　转账凭证（回单）", font("serif_bold", mm(6)), spacing=mm(0.8), fill=ink)
    f = font(COURT_FORM_FONT, mm(3.8))
    s.text(mm(12), mm(17), "委托日期", f, fill=ink)
    dm(s, mm(30), mm(16), f"{d:%Y}年{d:%m}月{d:%d}日", rb, rng, pitch=1.5)
    rows = [["付款人", "户名", "", "收款人", "户名", ""], ["", "账号", "", "", "账号", ""],
            ["", "开户行", "", "", "开户行", ""], ["金额（大写）", ""], ["用途", ""]]
    widths = [mm(14), mm(14), mm(56), mm(14), mm(14), mm(56)]
    boxes = grid(s, mm(8), mm(24), widths, rows, f, heights=[mm(10), mm(10), mm(10), mm(11), mm(10)], ink=ink,
                 centre=(0, 1, 3, 4))
    payee_acct = str(c.extra.get("in_acct") or f"6228{rng.randint(10**14, 10**15 - 1)}")
    payee_bank = str(c.extra.get("in_bank") or "邹城农商银行营业部")
    fills = {(0, 2): "邹城市人民法院", (0, 5): c.applicant.name, (1, 2): f"1524{rng.randint(10**10, 10**11 - 1)}",
             (1, 5): payee_acct, (2, 2): "农行邹城市支行", (2, 5): payee_bank[:14],
             (3, 1): f"{money_caps(c.amount)}　¥{c.amount:,.2f}", (4, 1): f"{c.number}执行款"}
    for (r_, k), text in fills.items():
        b = boxes[r_][k]
        dm(s, b[0] + mm(1.5), b[1] + mm(2), text, rb, rng, pitch=1.3 if len(text) > 16 else 1.45)
    s.text(mm(12), mm(82), "此联是银行交给付款人的回单", f, fill=ink)
    stamp(s, mm(120), mm(74), ["中国农业银行邹城市支行", f"{d:%Y.%m.%d}", "转讫"], rng, size_mm=3.2, colour=(200, 40, 60))
    carbon_pen(s, mm(64), mm(86), person_name(rng), rng, size=int(mm(4.6)))
    ply_label(s, "第一联回单", ink)
    return [s]

