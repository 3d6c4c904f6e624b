"""What reaches the 涧西 bureau from elsewhere: the 洛阳中院 二审 judgment (original, seal), 涧西's own 一审 and 劳务
judgments printed from the trial system (二合一 on the tired printer), the 洛阳仲裁委员会 award and its 生效证明, the
lawyers' papers, the window's forms filled by hand, the 非税收入 缴款书 for the trial fee, and the parties'
photocopied licences and ID cards."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import A4, INK, hand, mm, seal, signature, wrap
from dossier.corpus.families.court_at_kit import (
    ARB,
    ARB_HOUSE,
    COURT,
    JUDGE_HOUSE,
    LAWYER_HOUSE,
    LOCAL_HOUSE,
    MIDDLE,
    AtSheet,
    fill,
    grid,
    two_up,
    typeset,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({"enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form",
                      "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
                      "payment_account_confirmation", "service_address_confirmation", "settlement_agreement"})


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[AtSheet]:
    if code == "enforcement_basis":
        return _basis(c, rng, first="first_instance" in served)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code in ("enforcement_application", "power_of_attorney", "law_firm_letter", "settlement_agreement"):
        return _lawyer(code, c, rng)
    if code == "identity_proof":
        return _identity(c.respondent if "respondent" in served else c.applicant, c, rng)
    if code == "lawyer_license":
        return [_lawyer_card(c, rng)]
    if code == "fee_receipt":
        return [_fee_receipt(c, rng)]
    return [_window_form(code, c, rng)]


def _party_line(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("f", f"{role}：{p.name}，住所地{p.address}。"), ("f", f"法定代表人：{p.legal_rep}，该公司执行董事。")]
    born = num_date(p.born) if p.born else ""
    return [("f", f"{role}：{p.name}，{p.sex}，{born}出生，汉族，住{p.address}。")]


def _basis(c: CaseCtx, rng: random.Random, *, first: bool) -> list[AtSheet]:
    story = c.extra["story"]
    if story == "steel":
        return _award(c, rng)
    a, r = c.applicant, c.respondent
    if story == "bearing" and not first:
        bench = c.extra["mid_bench"]
        blocks = [*_party_line("上诉人（原审被告）", r), *_party_line("被上诉人（原审原告）", a),
                  ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服河南省洛阳市涧西区人民法院"
                        f"{c.extra['first_no']}民事判决，向本院提起上诉。本院立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
                  ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求或发回重审。事实和理由：被上诉人供应的"
                        f"{c.extra['goods']}存在质量问题，装机后多台拖拉机变速箱异响，上诉人有权拒付货款；一审未准许质量鉴定申请，程序违法。"),
                  ("p", f"{a.name}辩称，双方对账确认的货款金额清楚，上诉人在质保期内从未提出书面质量异议，其上诉理由不能成立，"
                        "请求驳回上诉，维持原判。"),
                  ("p", f"{a.name}向一审法院起诉请求：判令{r.name}支付货款及逾期付款违约金。一审法院认定：双方自2023年起建立"
                        f"{c.extra['goods']}供货关系，经对账确认截至2024年12月31日欠付货款{money(c.amount)}。"),
                  ("p", "本院二审期间，当事人没有提交新证据。本院对一审查明的事实予以确认。"),
                  ("p", "本院认为，当事人对自己提出的主张，有责任提供证据。上诉人在对账单上加盖公章确认欠款，其所称质量问题未在"
                        "约定的检验期内提出，亦未提交证据证明异响系轴承所致，其拒付货款的主张缺乏依据。一审判决认定事实清楚，"
                        "适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
                  ("p", "驳回上诉，维持原判。"),
                  ("p", f"二审案件受理费{int(c.amount) // 100 + 80}元，由上诉人{r.name}负担。"), ("p", "本判决为终审判决。"),
                  ("gap", ""), ("sig", f"审　判　长　{bench[0]}"), ("sig", f"审　判　员　{bench[1]}"),
                  ("sig", f"审　判　员　{bench[2]}"), ("gap", ""), ("date", cn_date(c.basis_effective)),
                  ("gap", ""), ("sig", f"法官助理　{c.extra['mid_assistant']}"), ("sig", f"书　记　员　{c.clerk[0]}晓")]
        return typeset("民 事 判 决 书", blocks, JUDGE_HOUSE, rng, issuer=MIDDLE, number=c.basis_number,
                       seal_name=MIDDLE, source="original")
    if story == "bearing":
        number, day, cause = c.extra["first_no"], c.extra["first_date"], "买卖合同纠纷"
        facts = [("p", f"原告{a.name}向本院提出诉讼请求：1.判令被告支付货款{money(c.amount)}；2.判令被告按日万分之五支付"
                       "逾期付款违约金；3.诉讼费用由被告负担。"),
                 ("p", f"事实和理由：原告向被告供应{c.extra['goods']}，用于被告拖拉机变速箱及后桥总成装配。经双方对账，被告"
                       "确认尚欠货款，经原告多次催收未付。"),
                 ("p", "被告辩称，部分批次轴承存在质量问题，请求对轴承质量进行鉴定；原告主张的违约金过高。"),
                 ("p", "本院经审理认定事实如下：原、被告之间存在长期买卖合同关系。双方于2025年1月签署对账单，被告加盖公章确认"
                       f"欠付货款{money(c.amount)}。被告未在合同约定的到货后十五日检验期内提出书面质量异议。"),
                 ("p", "本院认为，原告依约交付货物，被告应当支付价款。被告对账确认欠款后又以质量问题抗辩，未提交证据，"
                       "其鉴定申请与本案争议不具关联性，本院不予准许。依照《中华人民共和国民法典》第五百七十七条、第五百九十五条、"
                       "第六百二十六条之规定，判决如下：")]
        orders = [f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{money(c.amount)}；",
                  "二、被告于本判决生效之日起十日内以欠付货款为基数，按全国银行间同业拆借中心公布的一年期贷款市场报价利率的"
                  "1.5倍支付自2025年2月1日起至实际清偿之日止的逾期付款损失；", "三、驳回原告其他诉讼请求。"]
    else:
        number, day, cause = c.basis_number, c.basis_effective - timedelta(days=16), "劳务合同纠纷"
        facts = [("p", f"原告{a.name}向本院提出诉讼请求：判令被告支付劳务费{money(c.amount)}。事实和理由：原告经人介绍在被告"
                       f"{c.extra['shop_floor']}从事清砂、打磨工作，按件计酬，共计{c.extra['months']}个月，被告至今拖欠劳务费。"),
                 ("p", "被告辩称，原告系车间承包人招用，与被告无直接关系；结算金额有误。"),
                 ("p", "本院经审理认定事实如下：车间考勤表、计件结算单均加盖被告车间印章，被告车间主任在结算单上签字确认欠付"
                       f"金额{money(c.amount)}。"),
                 ("p", "本院认为，原告为被告提供劳务，被告应支付报酬。被告所称承包关系未提交承包合同佐证，本院不予采信。"
                       "依照《中华人民共和国民法典》第五百零九条、第五百七十七条之规定，判决如下：")]
        orders = [f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}劳务费{money(c.amount)}；",
                  "二、驳回原告的其他诉讼请求。"]
    blocks = [*_party_line("原告", a), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), *_party_line("被告", r),
              ("p", f"原告{a.name}与被告{r.name}{cause}一案，本院立案后，依法适用{'普通' if story == 'bearing' else '简易'}程序，"
                    "公开开庭进行了审理。原告的委托诉讼代理人、被告的委托诉讼代理人到庭参加诉讼。本案现已审理终结。"),
              *facts, *[("p", o) for o in orders],
              ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，"
                    "加倍支付迟延履行期间的债务利息。"),
              ("p", f"案件受理费{int(c.amount) // 100 + 40}元，由被告负担。"),
              ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于河南省"
                    "洛阳市中级人民法院。"),
              ("gap", ""), ("sig", f"审　判　员　{c.extra['trial_judge']}"), ("gap", ""), ("date", cn_date(day)),
              ("gap", ""), ("sig", f"书　记　员　{c.extra['trial_clerk']}")]
    pages = typeset("民 事 判 决 书", blocks, LOCAL_HOUSE, rng, issuer=COURT, number=number, seal_name=COURT,
                    recycled=rng.random() < 0.5)
    if len(pages) > 1 and (story == "bearing" or rng.random() < 0.6):
        return two_up(pages)
    return pages


def _award(c: CaseCtx, rng: random.Random) -> list[AtSheet]:
    a, r = c.applicant, c.respondent
    blocks = [("f", f"申请人：{a.name}（{c.extra['shop']}经营者），{a.sex}，{num_date(a.born) if a.born else ''}出生，"
                    f"住{a.address}，公民身份号码{a.id_number}。"),
              ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
              ("f", f"被申请人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
              ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
              ("p", f"洛阳仲裁委员会（以下简称本会）根据申请人与被申请人签订的《钢材购销合同》中的仲裁条款和申请人提交的书面"
                    f"仲裁申请，于2025年受理了双方之间的买卖合同纠纷案。本会依据《洛阳仲裁委员会仲裁规则》的规定，由仲裁员"
                    f"{c.extra['arbitrator']}独任审理本案，并开庭审理。被申请人经书面通知，无正当理由未到庭，本会依法缺席审理。"),
              ("c", "一、案情"),
              ("p", f"申请人称：被申请人为生产刮板输送机中部槽、液压支架结构件，向申请人购买{c.extra['goods']}，申请人按约送货至"
                    f"被申请人厂区，经被申请人仓管员签收。截至仲裁申请之日，被申请人尚欠货款{money(c.amount)}。"),
              ("p", "申请人提交了购销合同、送货单、增值税专用发票及对账函，证明上述事实。"),
              ("c", "二、仲裁庭意见"),
              ("p", "仲裁庭认为，双方签订的购销合同合法有效。申请人已履行交货义务，被申请人签收货物并接收发票，应按约支付货款。"
                    "被申请人未到庭亦未提交答辩，视为放弃抗辩的权利。"),
              ("c", "三、裁决"),
              ("p", "根据上述事实和理由，依照《中华人民共和国民法典》第六百二十六条、《中华人民共和国仲裁法》第四十二条之规定，"
                    "裁决如下："),
              ("p", f"（一）被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付货款{money(c.amount)}；"),
              ("p", "（二）本案仲裁费由被申请人承担，申请人已预交的，被申请人在支付上述款项时一并径付申请人。"),
              ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
              ("gap", ""), ("sig", f"仲裁员　{c.extra['arbitrator']}"), ("gap", ""), ("date", cn_date(c.basis_effective)),
              ("sig", f"秘　书　{c.extra['trial_clerk']}")]
    return typeset("裁 决 书", blocks, ARB_HOUSE, rng, issuer=ARB, number=c.basis_number, seal_name=ARB, source="original")


def _certificate(c: CaseCtx, rng: random.Random) -> list[AtSheet]:
    blocks = [("f", f"{COURT}："),
              ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，本会已于{num_date(c.basis_effective)}"
                    f"作出{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起发生法律效力，并已依法送达双方当事人。"),
              ("p", "截至本证明出具之日，本会未收到人民法院撤销或不予执行该裁决的通知。"), ("p", "特此证明。"),
              ("gap", ""), ("date", cn_date(c.filed_on - timedelta(days=rng.randint(3, 9)))),
              ("f", "（联系人：仲裁秘书处　电话：0379-63221xxx）".replace("xxx", str(rng.randint(100, 999))))]
    return typeset("生效证明", blocks, ARB_HOUSE, rng, issuer=ARB, number=f"洛仲证字〔{c.filed_on.year}〕{rng.randint(10, 99)}号",
                   seal_name=ARB, source="original")


def _lawyer(code: str, c: CaseCtx, rng: random.Random) -> list[AtSheet]:
    a, r = c.applicant, c.respondent
    src = "copy" if code == "settlement_agreement" else "original"
    if code == "enforcement_application":
        basis = ("洛阳仲裁委员会" if c.basis_kind == "arbitration" else c.basis_court) + c.basis_number + \
            ("裁决书" if c.basis_kind == "arbitration" else "民事判决书")
        extra = f"（一审：河南省洛阳市涧西区人民法院{c.extra['first_no']}民事判决书）" if c.extra["story"] == "bearing" else ""
        blocks = [*_party_line("申请执行人", a), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
                  *_party_line("被执行人", r),
                  ("f", "执行请求："),
                  ("p", f"一、依法强制执行{basis}{extra}，责令被执行人支付{money(c.amount)}及迟延履行期间的债务利息；"),
                  ("p", "二、请求对被执行人采取限制消费措施；被执行人逾期仍不履行的，将其纳入失信被执行人名单；"),
                  ("p", "三、执行费用由被执行人负担。"),
                  ("f", "事实与理由："),
                  ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis}已发生法律效力，被执行人至今未履行。"
                        "依照《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"),
                  ("p", f"被执行人财产线索：{c.extra['resp_bank']}基本存款账户（账号{c.extra['resp_acct']}）。"),
                  ("gap", ""), ("f", "此致"), ("f", COURT), ("gap", ""),
                  ("hsig" if a.kind == "person" else "sig", f"申请执行人：{a.name}"), ("date", num_date(c.day(-3)))]
        return typeset("强制执行申请书", blocks, LAWYER_HOUSE, rng, seal_name=a.name if a.kind == "organisation" else "",
                       source=src)
    if code == "power_of_attorney":
        blocks = [("f", f"委托人：{a.name}"), ("f", f"住所：{a.address}"),
                  ("f", f"受托人：{c.agent}，{c.firm}律师"), ("f", f"联系地址：{c.extra['firm_addr']}　电话：{c.agent_phone}"),
                  ("p", f"现委托上列受托人在委托人与{r.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
                  ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、参与执行和解、签收法律文书、代为领取执行款。"),
                  ("gap", ""), ("hsig" if a.kind == "person" else "sig", f"委托人（签章）：{a.name}"), ("hsig", f"受托人：{c.agent}"),
                  ("date", num_date(c.day(-4)))]
        return typeset("授 权 委 托 书", blocks, LAWYER_HOUSE, rng,
                       seal_name=a.name if a.kind == "organisation" else "", source=src)
    if code == "law_firm_letter":
        blocks = [("f", f"{COURT}："),
                  ("p", f"{a.name}与{r.name}{c.extra['cause']}执行一案，本所接受{a.name}的委托，指派{c.agent}律师担任其代理人。"
                        + ("本案为法律援助案件，受洛阳市涧西区法律援助中心指派。" if c.extra["story"] == "labour" else "")),
                  ("p", "特此函告。"), ("gap", ""),
                  ("f", f"律师：{c.agent}　　执业证号：{c.extra['lic_no']}"), ("f", f"地址：{c.extra['firm_addr']}"),
                  ("gap", ""), ("date", cn_date(c.day(-4)))]
        return typeset("律 师 事 务 所 函", blocks, LAWYER_HOUSE, rng, issuer=c.firm,
                       number=f"（{c.filed_on.year}）洛律函字第{rng.randint(20, 400)}号", seal_name=c.firm, source=src)
    first, second = c.extra["instal"]
    blocks = [("f", f"申请执行人（甲方）：{a.name}"), ("f", f"被执行人（乙方）：{r.name}"),
              ("f", f"法定代表人：{r.legal_rep}"),
              ("p", f"甲、乙双方就{c.number}劳务合同纠纷执行一案，在{COURT}执行局主持下，自愿达成和解如下："),
              ("p", f"一、乙方于{num_date(c.day(30))}前支付{money(first)}，于{num_date(c.day(45))}前支付{money(second)}，"
                    "均交至涧西区人民法院执行款专户；"),
              ("p", "二、乙方按期付清后，甲方放弃迟延履行期间的债务利息，本案执行完毕；"),
              ("p", "三、乙方任何一期未按时足额支付的，甲方可申请恢复执行原判决，已付款项予以扣除。"),
              ("p", "本协议一式三份，双方各执一份，交执行法院附卷一份。"), ("gap", ""),
              ("hsig", f"甲方：{a.name}"), ("sig", f"乙方（盖章）：{r.name}"), ("hsig", f"法定代表人：{r.legal_rep}"), ("date", num_date(c.day(22)))]
    return typeset("执行和解协议", blocks, LAWYER_HOUSE, rng, seal_name=r.name, source=src)


def _identity(p: Party, c: CaseCtx, rng: random.Random) -> list[AtSheet]:
    if p.kind == "organisation":
        lic = _licence(p, c, rng)
        if p is c.respondent:
            return [lic]
        rep = typeset("法定代表人身份证明书",
                      [("p", f"{p.legal_rep}，在我公司任执行董事兼总经理职务，系我公司法定代表人。"),
                       ("p", "特此证明。"), ("gap", ""),
                       ("f", f"附：法定代表人住址：洛阳市涧西区{rng.choice(['长春路', '青岛路'])}{rng.randint(1, 99)}号院"),
                       ("f", f"电话：{p.phone}"), ("gap", ""), ("sig", f"单位（公章）：{p.name}"),
                       ("date", cn_date(c.day(-5)))], LAWYER_HOUSE, rng, seal_name=p.name, source="original")
        rep[0].starts_document = True
        return [lic, *rep]
    return [_id_card(p, rng)]


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> AtSheet:
    """营业执照（副本）photocopy: the double frame, the national emblem as a circle, a QR block, the registry seal."""
    s = AtSheet(source="copy")
    x0, y0, x1, y1 = mm(22), mm(26), A4[0] - mm(22), A4[1] - mm(60)
    s.box(x0, y0, x1, y1, width=8)
    s.box(x0 + mm(5), y0 + mm(5), x1 - mm(5), y1 - mm(5), width=2)
    s.draw.ellipse((A4[0] / 2 - mm(11), y0 + mm(10), A4[0] / 2 + mm(11), y0 + mm(32)), outline=(60, 60, 60), width=4)
    s.centred(y0 + mm(38), "营 业 执 照", font("serif_bold", mm(13)), spacing=mm(3))
    s.centred(y0 + mm(60), "（副　本）", font("serif", mm(5.5)))
    f = font("serif", mm(4.6))
    s.text(x0 + mm(12), y0 + mm(72), f"统一社会信用代码　{p.id_number}", f)
    s.draw.rectangle((x1 - mm(40), y0 + mm(64), x1 - mm(14), y0 + mm(90)), outline=INK, width=3)
    for qi in range(6):
        for qj in range(6):
            if (qi * 7 + qj * 3 + len(p.name)) % 3 == 0:
                s.draw.rectangle((x1 - mm(38) + qi * mm(3.6), y0 + mm(66) + qj * mm(3.6), x1 - mm(35) + qi * mm(3.6),
                                  y0 + mm(69) + qj * mm(3.6)), fill=INK)
    y = y0 + mm(100)
    scope = ("轴承及配件的制造、销售；机械零部件加工" if "轴承" in p.name else
             "农业机械、拖拉机及配件制造、销售" if ("农业" in p.name or "拖拉机" in p.name) else "矿山机械配件制造、销售；金属结构件加工")
    for k, v in [("名　　　称", p.name), ("类　　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                 ("经 营 范 围", scope), ("注 册 资 本", f"{rng.choice([300, 500, 1000, 2000])}万圆整"),
                 ("成 立 日 期", num_date(c.filed_on - timedelta(days=rng.randint(2500, 7000)))), ("住　　　所", p.address)]:
        s.text(x0 + mm(12), y, k, f)
        parts = wrap(v, f, x1 - x0 - mm(60))
        for part in parts:
            s.text(x0 + mm(46), y, part, f)
            y += mm(8)
        y += mm(4)
    s.text(x1 - mm(70), y1 - mm(26), "登记机关", f)
    s.text(x1 - mm(76), y1 - mm(15), cn_date(c.filed_on - timedelta(days=rng.randint(200, 900))), f)
    seal(s, x1 - mm(50), y1 - mm(20), "洛阳市涧西区市场监督管理局", rng)
    hand(s, x0 + mm(6), y1 + mm(12), "复印件与原件一致", rng, size=mm(6.5), ink=INK)
    seal(s, x0 + mm(100), y1 + mm(22), p.name, rng)
    return s


def _id_card(p: Party, rng: random.Random) -> AtSheet:
    """Both faces of a 居民身份证 photocopied on one sheet, with the holder's note and signature."""
    s = AtSheet(source="copy")
    w, h = mm(86 * 1.3), mm(54 * 1.3)
    x = (A4[0] - w) / 2 + rng.uniform(-mm(8), mm(8))
    y = mm(50) + rng.uniform(-mm(6), mm(6))
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), outline=(70, 70, 70), width=3, fill=(214, 214, 214))
    lab, val = font("hei", mm(3.8)), font("hei", mm(4.5))
    ty = y + mm(7)
    born = p.born
    for k, v in [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                 ("出生", f"{born.year}年{born.month}月{born.day}日" if born else ""), ("住址", p.address)]:
        s.text(x + mm(6), ty, k, lab, fill=(80, 80, 80))
        for i in range(0, len(v), 12):
            s.text(x + mm(20), ty, v[i:i + 12], val)
            ty += mm(6.5)
        ty += mm(3)
    s.text(x + mm(6), y + h - mm(11), "公民身份号码", lab, fill=(80, 80, 80))
    s.text(x + mm(34), y + h - mm(12), p.id_number, font("mono", mm(5)))
    s.draw.rectangle((x + w - mm(32), y + mm(8), x + w - mm(7), y + mm(42)), fill=(120, 120, 120))
    y2 = y + h + mm(22)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(4), outline=(70, 70, 70), width=3, fill=(218, 218, 218))
    s.centred(y2 + mm(10), "中华人民共和国", font("hei", mm(6.5)), x0=x + mm(18), x1=x + w)
    s.centred(y2 + mm(24), "居民身份证", font("hei", mm(8)), spacing=mm(2), x0=x + mm(18), x1=x + w)
    s.draw.ellipse((x + mm(6), y2 + mm(6), x + mm(24), y2 + mm(24)), outline=(60, 60, 60), width=3)
    office = {"410305": "洛阳市公安局涧西分局", "410323": "新安县公安局", "410327": "宜阳县公安局"}.get(p.id_number[:6],
                                                                                           "洛宁县公安局")
    s.text(x + mm(8), y2 + h - mm(20), f"签发机关　{office}", lab)
    start = rng.randint(2014, 2021)
    s.text(x + mm(8), y2 + h - mm(11), f"有效期限　{start}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期"
           if p.born and p.born.year < 1981 else f"有效期限　{start}.03.12-{start + 20}.03.12", lab)
    hand(s, x, y2 + h + mm(16), "本复印件仅供法院执行使用，与原件一致", rng, size=mm(5.8), ink=INK)
    signature(s, x + mm(70), y2 + h + mm(30), p.name, rng)
    return s


def _lawyer_card(c: CaseCtx, rng: random.Random) -> AtSheet:
    """律师执业证 inner pages, photocopied open: photo and 持证人 page on the left, the 执业机构 page on the right."""
    s = AtSheet(source="copy")
    w, h = mm(170), mm(115)
    x, y = (A4[0] - w) / 2, mm(40)
    s.box(x, y, x + w, y + h, width=3)
    s.line(x + w / 2, y, x + w / 2, y + h, width=2)
    f = font("serif", mm(4.3))
    s.draw.rectangle((x + mm(10), y + mm(12), x + mm(40), y + mm(52)), fill=(110, 110, 110))
    s.text(x + mm(46), y + mm(16), f"持证人　{c.agent}", f)
    s.text(x + mm(46), y + mm(28), f"性　别　{rng.choice('男女')}", f)
    s.text(x + mm(10), y + mm(62), "身份证号", f)
    s.text(x + mm(10), y + mm(72), "410305" + "*" * 8 + str(rng.randint(1000, 9999)), font("mono", mm(4.2)))
    s.text(x + mm(10), y + mm(90), "中华人民共和国律师执业证", font("serif_bold", mm(4.6)))
    rx = x + w / 2 + mm(8)
    s.text(rx, y + mm(14), "执业机构", f)
    s.text(rx, y + mm(24), c.firm, f)
    s.text(rx, y + mm(38), "执业证类别　专职", f)
    s.text(rx, y + mm(50), "执业证号", f)
    s.text(rx, y + mm(60), c.extra["lic_no"], font("mono", mm(4.4)))
    s.text(rx, y + mm(74), "发证机关　河南省司法厅", f)
    seal(s, rx + mm(50), y + mm(82), "河南省司法厅", rng, radius=mm(15))
    s.text(x, y + h + mm(10), f"年度考核：{c.filed_on.year - 1}年度　称职", f)
    hand(s, x, y + h + mm(24), "与原件核对一致", rng, size=mm(6), ink=INK)
    signature(s, x + mm(70), y + h + mm(22), c.agent, rng)
    return s


def _fee_receipt(c: CaseCtx, rng: random.Random) -> AtSheet:
    """The trial fee paid by 河南省政府非税收入一般缴款书 (electronic, printed and photocopied by the applicant)."""
    s = AtSheet(source="copy")
    f = font("sans", mm(4))
    s.centred(mm(22), "河南省政府非税收入一般缴款书（电子）", font("sans_bold", mm(6.5)))
    s.text(mm(16), mm(36), f"票据代码：41060125　　校验码：{rng.randint(10**9, 10**10 - 1)}", f)
    s.right(A4[0] - mm(16), mm(36), f"票据号码：{rng.randint(10**9, 10**10 - 1)}", f)
    fee = (int(c.amount) // 100 + 40) if c.basis_kind != "arbitration" else (int(c.amount) // 120 + 100)
    day = c.basis_effective - timedelta(days=rng.randint(120, 200))
    payer = c.applicant.name
    rows = [["缴款人", payer, "收款人", COURT if c.basis_kind != "arbitration" else ARB],
            ["执收单位编码", "41030518001", "执收单位", COURT if c.basis_kind != "arbitration" else ARB],
            ["项目编码", "103040101", "项目名称", "诉讼费（案件受理费）" if c.basis_kind != "arbitration" else "仲裁费"],
            ["金额（大写）", money_caps(Decimal(fee))],
            ["金额（小写）", f"￥{fee:,.2f}"], ["缴款识别码", str(rng.randint(10**17, 10**18 - 1))],
            ["备注", f"案号：{c.extra.get('first_no', c.basis_number)}"]]
    grid(s, mm(14), mm(44), [mm(34), mm(60), mm(28), mm(60)], rows, f, heights=[mm(12)] * len(rows), width=1)
    s.text(mm(16), mm(136), f"开票日期：{day:%Y-%m-%d}　　收款银行：中国建设银行洛阳涧西支行", f)
    seal(s, A4[0] - mm(50), mm(128), "河南省财政厅", rng, inner="票据监制章", radius=mm(15))
    return s


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> AtSheet:
    """The 立案窗口's forms: printed grid, filled by hand at the counter (black ballpoint or blue)."""
    s = AtSheet(source="bureau", recycled=rng.random() < 0.5)
    f = font("serif", mm(4.6))
    ink = rng.choice([(35, 35, 40), (40, 48, 110)])
    a, r = c.applicant, c.respondent
    title = {"property_clue_form": "被执行人财产线索登记表", "payment_account_confirmation": "申请执行人收取执行款账户确认书",
             "service_address_confirmation": "送达地址确认书"}[code]
    s.centred(mm(24), COURT, font("serif_bold", mm(6.5)))
    s.centred(mm(36), title, font("serif_bold", mm(8.5)), spacing=mm(1))
    s.text(mm(20), mm(52), f"案号：{c.number}", f)
    if code == "property_clue_form":
        rows = [["被执行人", ""], ["存款（开户行、账号）", ""], ["不动产（坐落、产权证号）", ""], ["车辆（号牌）", ""],
                ["股权、投资", ""], ["到期债权", ""], ["其他线索", ""], ["线索来源", ""]]
        vals = [r.name, f"{c.extra['resp_bank']} {c.extra['resp_acct']}", "不清楚", "不清楚" if rng.random() < 0.5 else "有货车，号牌不详",
                "无", "对外有应收货款" if r.kind == "organisation" else "无", "厂区设备、库存", "业务往来中知悉"]
        hs = [mm(16), mm(30), mm(22), mm(18), mm(16), mm(20), mm(20), mm(16)]
    elif code == "payment_account_confirmation":
        rows = [["申请执行人", ""], ["户名", ""], ["开户银行", ""], ["账号", ""], ["联系电话", ""], ["确认事项", ""]]
        vals = [a.name, a.name, c.extra["app_bank"], c.extra["app_acct"], a.phone,
                "本人（单位）确认以上账户用于接收本案执行款，账户信息错误造成的损失由本人（单位）承担。"]
        hs = [mm(16), mm(16), mm(20), mm(16), mm(16), mm(36)]
    else:
        rows = [["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["联系电话", ""], ["电子送达（手机号／邮箱）", ""],
                ["是否同意电子送达", ""], ["告知事项", "1.确认的地址适用于执行程序；2.地址变更应书面告知；3.因地址不实导致文书未能送达的，退回之日视为送达。"]]
        vals = [a.name, a.address, "471003" if "涧西" in a.address else "471000", a.phone, c.agent_phone, "同意", ""]
        hs = [mm(16), mm(26), mm(15), mm(15), mm(18), mm(15), mm(36)]
    tops = grid(s, mm(20), mm(60), [mm(54), A4[0] - mm(40) - mm(54)], rows, f, heights=hs)
    for v, top in zip(vals, tops, strict=False):
        if v:
            fill(s, mm(78), top + mm(3), v, rng, per_line=19, size_mm=5.0, ink=ink, step_mm=6.8)
    y = tops[-1] + mm(14)
    s.text(mm(110), y, "申请执行人（签章）：", f)
    signature(s, mm(160), y - mm(3), a.legal_rep or a.name, rng, ink=ink)
    if a.kind == "organisation":
        seal(s, mm(160), y + mm(4), a.name, rng)
    s.text(mm(110), y + mm(14), "日期：", f)
    hand(s, mm(125), y + mm(12), num_date(c.filed_on), rng, size=mm(5), ink=ink)
    return s
