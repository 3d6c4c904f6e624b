"""court_aw's papers: the 广阳 court's own notices, rulings and forms, and the papers that reach it — a 广阳 or 北京通州
judgment, a 廊坊仲裁委员会 award and its 生效证明, lawyers' papers, photocopied IDs and licences, a bank's 电子回单."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date
from dossier.corpus.draw import INK, Sheet, mm, seal, wrap
from dossier.corpus.families.court_aw_kit import (
    ARB_HOUSE,
    BJ_HOUSE,
    COURT,
    COURT_HOUSE,
    LAWYER_HOUSE,
    PARTY_HOUSE,
    SHORT,
    court_head,
    court_seal,
    dotted_fill,
    grid,
    pen,
    photocopy,
)
from dossier.corpus.fonts import font
from dossier.corpus.paper import Block, Paper, scrawl, stamp, typeset

TITLES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
          "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书", "payment_notice": "缴款通知书",
          "assistance_notice": "协助执行通知书"}
SUBJECT = {"fee": "物业服务合同纠纷", "lease": "仓储租赁合同纠纷", "sofa": "买卖合同纠纷"}


def _st(c: CaseCtx) -> str:
    return str(c.extra.get("aw", "fee"))


def _who(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = [("f", f"申请执行人：{a.name}，住所地{a.address}。"),
                        ("f", f"法定代表人：{a.legal_rep}，总经理。"),
                        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。")]
    if r.kind == "person":
        out.append(("f", f"被执行人：{r.name}，{r.sex}，{r.born.year if r.born else 1980}年{r.born.month if r.born else 1}月"
                         f"生，汉族，住{r.address}，公民身份号码{r.id_number}。"))
    else:
        out += [("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，执行董事。")]
    return out


def _bank(c: CaseCtx) -> str:
    """the applicant's bank, as its 收取案款确认书 names it and the court's payment reaches it"""
    return "河北银行廊坊万庄支行" if _st(c) == "sofa" else "廊坊银行广阳支行"


def _basis_said(c: CaseCtx) -> str:
    kind = "裁决书" if _st(c) == "lease" else "民事判决书"
    return f"{c.basis_court}作出的{c.basis_number}{kind}"


def _sign(c: CaseCtx, d: int) -> list[Block]:
    return [("gap", ""), ("sig", f"执行员  {c.officer}"), ("gap", ""), ("date", cn_date(c.day(d))),
            ("sig", f"书记员  {c.clerk}")]


def _court_paper(title: str, number: str, blocks: list[Block], rng: random.Random) -> list[Sheet]:
    return typeset(Paper(title, blocks, issuer=COURT, number=number, seal=COURT), COURT_HOUSE, rng)


def draw(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    fn = {
        "enforcement_application": _application, "enforcement_basis": _basis,
        "effectiveness_certificate": _certificate, "property_clue_form": _clues, "fee_receipt": _fee_receipt,
        "power_of_attorney": _attorney, "law_firm_letter": _firm_letter,
        "lawyer_license": _lawyer_licence, "payment_account_confirmation": _account,
        "service_address_confirmation": _address, "property_declaration_form": _declaration,
        "online_inquiry_result": _inquiry, "settlement_agreement": _settlement, "payment_voucher": _voucher,
        "closing_approval_form": _approval, "dossier_cover": _cover, "catalogue": _catalogue,
        "file_review_form": _review, "remarks_sheet": _remarks,
    }.get(code)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "identity_proof":
        return _identity(c, rng, served)
    if code == "assistance_notice" and "reply" in served:
        return _employer_reply(c, rng)
    if fn is not None:
        return fn(c, rng)
    return _court_doc(code, c, rng)


# ------------------------------------------------------------------ the court's own typed papers
def _court_doc(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    amt = money(c.amount)
    basis = _basis_said(c)
    if code == "acceptance_notice":
        blocks: list[Block] = [
            ("f", f"{a.name}："),
            ("p", f"你单位申请执行{r.name}{SUBJECT[_st(c)]}一案，本院经审查，符合立案条件，已于{cn_date(c.filed_on)}立案执行。"
                  f"本案由执行员{c.officer}承办，联系电话{c.court.phone}。"),
            ("p", "请你单位在收到本通知后积极向本院提供被执行人的财产线索；被执行人财产状况发生变化或者你单位收到被执行人"
                  "直接给付的款项，应当及时告知本院。执行中双方自行和解的，应当将和解协议提交本院。"),
            ("p", "本院执行案款统一进入“廊坊市广阳区人民法院执行款专户”，请勿向任何个人账户转款。"),
            *_sign(c, 1)]
    elif code == "payment_notice":
        blocks = [("f", f"{a.name}："),
                  ("p", f"你单位申请执行{r.name}一案，依照《诉讼费用交纳办法》第十条第（一）项、第十四条第（一）项的规定，"
                        f"应交纳申请执行费人民币{max(50, int(c.amount) // 100)}元，该费用可于执行到位后从执行款中扣收。"),
                  ("p", "交款方式：河北省非税收入缴款平台扫码缴纳，或到本院诉讼服务中心收费窗口缴纳。"), *_sign(c, 1)]
    elif code == "enforcement_notice":
        blocks = [("f", f"{r.name}："),
                  ("p", f"{a.name}申请执行{basis}一案，本院于{cn_date(c.filed_on)}立案。依照《中华人民共和国民事诉讼法》"
                        "第二百五十一条的规定，责令你（单位）自收到本通知之日起立即履行下列义务："),
                  ("f", f"一、向申请执行人支付{amt}；"),
                  ("f", "二、加倍支付迟延履行期间的债务利息；"), ("f", "三、负担申请执行费。"),
                  ("p", "逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制高消费。"),
                  *_sign(c, 2)]
    elif code == "property_report_order":
        blocks = [("f", f"{r.name}："),
                  ("p", "依照《中华人民共和国民事诉讼法》第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》，"
                        "责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况（附财产申报表）。"),
                  ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
                  *_sign(c, 2)]
    elif code == "enforcement_ruling":
        what = ("冻结、扣留、提取被执行人" + r.name + f"在{c.extra.get('employer', '其工作单位')}应得的工资收入（保留本人及所扶养家属"
                "必需的生活费用）" if r.kind == "person" else f"冻结、划拨被执行人{r.name}在银行的存款")
        blocks = [*_who(c),
                  ("p", f"本院依据已经发生法律效力的{basis}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知履行法律文书确定的义务。"
                        "依照《中华人民共和国民事诉讼法》第二百五十三条、第二百五十四条规定，裁定如下："),
                  ("p", f"{what}，以{amt}及迟延履行期间的债务利息、申请执行费为限。"),
                  ("p", "本裁定立即执行。"), *_sign(c, 9)]
    elif code == "assistance_notice":
        to = c.extra.get("employer") or ("招商银行股份有限公司北京通州分行" if _st(c) == "sofa" else "中国建设银行股份有限公司廊坊分行")
        what = (f"扣留、提取被执行人{r.name}（公民身份号码{r.id_number}）每月工资收入的百分之五十，按月汇入本院执行款专户，"
                f"直至{amt}扣足为止" if r.kind == "person" else f"划拨被执行人{r.name}账户内存款{amt}至本院执行款专户")
        blocks = [("f", f"{to}："),
                  ("p", f"关于{a.name}与{r.name}{SUBJECT[_st(c)]}一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
                        "依照《中华人民共和国民事诉讼法》第二百五十四条的规定，请协助执行下列事项："),
                  ("p", what + "。"),
                  ("f", "收款单位：廊坊市广阳区人民法院  开户行：中国银行廊坊分行营业部  账号：1008 6532 7741"),
                  ("f", "附：执行裁定书一份"), *_sign(c, 10)]
    else:  # closing_notice
        blocks = [("f", f"{a.name}、{r.name}："),
                  ("p", f"本院执行的{a.name}申请执行{r.name}{SUBJECT[_st(c)]}一案，{basis}所确定的给付义务已经全部履行，"
                        "执行案款已发放申请执行人。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，"
                        "本案以执行完毕方式结案。"),
                  ("p", "特此通知。"), *_sign(c, (c.closed_on - c.filed_on).days)]
    return _court_paper(TITLES[code], c.number, blocks, rng)


# ------------------------------------------------------------------ papers from other bodies
def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    amt = money(c.amount)
    st = _st(c)
    if st == "lease":
        blocks: list[Block] = [
            ("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
            ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", "廊坊仲裁委员会（以下简称本会）根据申请人与被申请人签订的《仓库租赁合同》中的仲裁条款及申请人提交的书面仲裁申请，"
                  "受理了双方之间的仓储租赁合同纠纷案，适用简易程序，由独任仲裁员审理。本案现已审理终结。"),
            ("h", "一、案情"),
            ("p", "申请人称：双方约定被申请人承租申请人位于广阳区九州镇物流园区的3号库房约2400平方米，用于存放家具成品，"
                  "租金按季度支付。被申请人自上年第二季度起拖欠租金及物业、用电费用，经多次催告仍未支付。"),
            ("p", "被申请人答辩称：因疫情影响经营困难，对欠付租金数额无异议，请求给予分期履行的宽限。"),
            ("h", "二、仲裁庭意见"),
            ("p", "仲裁庭认为，双方签订的租赁合同系真实意思表示，合法有效。被申请人未按约支付租金，构成违约，应承担给付责任。"),
            ("h", "三、裁决"), ("p", "根据《中华人民共和国民法典》第七百二十一条、第七百二十二条的规定，裁决如下："),
            ("p", f"（一）被申请人向申请人支付欠付租金及费用共计{amt}；"),
            ("p", "（二）本案仲裁费由被申请人承担，径付申请人。"),
            ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付完毕。本裁决为终局裁决，自作出之日起发生法律效力。"),
            ("sig", f"独任仲裁员  {c.judge}"), ("date", cn_date(c.basis_effective - timedelta(days=3))),
            ("sig", f"书  记  员  {c.clerk}")]
        return typeset(Paper("裁 决 书", blocks, issuer="廊坊仲裁委员会", number=c.basis_number, seal="廊坊仲裁委员会"),
                       ARB_HOUSE, rng)
    if st == "sofa":
        blocks = [
            ("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"经营者：{a.legal_rep}。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被告：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，经理。"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。被告经传票传唤"
                  "无正当理由拒不到庭参加诉讼，本院依法缺席审理。本案现已审理终结。"),
            ("p", "原告向本院提出诉讼请求：判令被告支付货款及逾期付款损失。事实和理由：被告为装修其酒店客房，向原告订购布艺沙发、"
                  "床头靠板及茶几共计一百六十余件，原告已按约送货至被告指定地点并经被告签收，被告仅支付部分货款。"),
            ("p", "本院经审理认定事实如下：原告提交的《家具订货单》《送货单》加盖被告公章，本院予以确认。"),
            ("p", "本院认为，当事人应当按照约定全面履行自己的义务。被告收货后未付清货款，应承担付款责任。依照《中华人民共和国"
                  "民法典》第六百二十六条、第五百七十九条，《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下："),
            ("p", f"一、被告{r.name}于本判决生效之日起十日内给付原告{a.name}货款{amt}；"),
            ("p", "二、驳回原告的其他诉讼请求。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                  "加倍支付迟延履行期间的债务利息。案件受理费由被告负担。"),
            ("p", "如不服本判决，可在判决书送达之日起十五日内，向本院递交上诉状，上诉于北京市第三中级人民法院。"),
            ("sig", f"审 判 员  {c.judge}"), ("date", cn_date(c.basis_effective - timedelta(days=20))),
            ("sig", f"书 记 员  {c.clerk}")]
        sheets = typeset(Paper("民 事 判 决 书", blocks, issuer="北京市通州区人民法院", number=c.basis_number,
                               seal="北京市通州区人民法院"), BJ_HOUSE, rng)
        stamp(sheets[-1], mm(30), sheets[-1].height - mm(60), ["本件与原本核对无异"], rng, size_mm=4.6)
        return sheets
    blocks = [
        ("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，经理。"),
        ("f", f"被告：{r.name}，{r.sex}，住{r.address}。"),
        ("p", f"原告{a.name}与被告{r.name}物业服务合同纠纷一案，本院于立案后依法适用小额诉讼程序，公开开庭进行了审理。"),
        ("p", "原告诉称：原告为祥和家园小区的物业服务企业，被告系该小区业主，自前年起未交纳物业服务费，经书面催交仍未交纳。"),
        ("p", "被告辩称：小区电梯维修不及时，停车管理混乱，故拒交物业费。"),
        ("p", "本院认为，原告依约提供了物业服务，被告以服务存在瑕疵为由拒交物业费，未提交充分证据，本院不予支持。依照《中华人民"
              "共和国民法典》第九百三十七条、第九百四十四条之规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内向原告{a.name}支付物业服务费及滞纳金{money(c.amount)}。"),
        ("p", "案件受理费减半收取，由被告负担。本判决为终审判决。"),
        ("sig", f"审判员  {c.judge}"), ("date", cn_date(c.basis_effective - timedelta(days=12))),
        ("sig", f"书记员  {c.clerk}")]
    return typeset(Paper("民事判决书", blocks, issuer=COURT, number=c.basis_number, seal=COURT), COURT_HOUSE, rng)


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    blocks: list[Block] = [
        ("f", f"{c.court.name}："),
        ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}仓储租赁合同纠纷一案，已于"
              f"{cn_date(c.basis_effective - timedelta(days=3))}作出{c.basis_number}裁决书，该裁决书已依法送达双方当事人。"),
        ("p", "根据《中华人民共和国仲裁法》第五十七条的规定，该裁决书自作出之日起发生法律效力。"),
        ("p", "特此证明。"), ("gap", ""), ("date", cn_date(c.filed_on - timedelta(days=4))),
        ("f", "（联系地址：廊坊市广阳区新华路市民服务中心四楼  电话：0316-2211458）")]
    return typeset(Paper("生效证明", blocks, issuer="廊坊仲裁委员会", number=f"廊仲证字〔{c.filed_on.year}〕第{rng.randint(20, 99)}号",
                         seal="廊坊仲裁委员会"), ARB_HOUSE, rng)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    blocks: list[Block] = [
        ("f", f"申请执行人：{a.name}"), ("f", f"统一社会信用代码：{a.id_number}"), ("f", f"住所地：{a.address}"),
        ("f", f"法定代表人：{a.legal_rep}    联系电话：{a.phone}"),
        ("f", f"被执行人：{r.name}"),
        ("f", (f"公民身份号码：{r.id_number}" if r.kind == "person" else f"统一社会信用代码：{r.id_number}")),
        ("f", f"住所：{r.address}"),
        ("h", "执行请求："),
        ("p", f"1. 请求强制被执行人履行{_basis_said(c)}确定的给付义务，支付{money(c.amount)}；"),
        ("p", "2. 请求被执行人加倍支付迟延履行期间的债务利息，并负担本案执行费用；"),
        ("p", "3. 请求对被执行人采取限制高消费措施；被执行人有履行能力而拒不履行的，请求将其纳入失信被执行人名单。"),
        ("h", "事实与理由："),
        ("p", f"申请执行人与被执行人{SUBJECT[_st(c)]}一案，经{c.basis_court}审理作出上述法律文书，已于{cn_date(c.basis_effective)}"
              "发生法律效力。被执行人至今未履行义务，申请执行人依据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"),
        ("f", "此致"), ("f", SHORT),
        ("sig", f"申请执行人：{a.name}（盖章）"), ("sig", f"委托代理人：{c.agent}"), ("date", num_date(c.filed_on - timedelta(days=2)))]
    sheets = typeset(Paper("强制执行申请书", blocks, seal=a.name), LAWYER_HOUSE, rng)
    return sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(mm(32), "授 权 委 托 书", font("hei", mm(8)))
    y = float(mm(52))
    f = font("song_gb", mm(5))
    for line in (f"委托单位：{a.name}", f"法定代表人：{a.legal_rep}", f"受委托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}",
                 f"现委托上列受委托人在我单位与{c.respondent.name}{SUBJECT[_st(c)]}执行一案中，作为我单位的代理人。",
                 "代理权限：特别授权。代为申请执行，代为提供财产线索，代为参加执行和解、签收法律文书，代为领取执行案款。"):
        for part in wrap(line, f, s.width - mm(52)):
            s.text(mm(26), y, part, f)
            y += mm(10)
    y += mm(20)
    s.text(mm(105), y, "委托单位（盖章）：", f)
    seal(s, mm(150), y + mm(4), a.name, rng)
    s.text(mm(105), y + mm(14), "法定代表人（签字）：", f)
    scrawl(s, mm(155), y + mm(12), a.legal_rep, rng, role="wenkai", size=mm(7), ink=INK)
    pen(s, mm(120), y + mm(30), num_date(c.filed_on - timedelta(days=3)), rng)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    blocks: list[Block] = [
        ("f", f"{SHORT}："),
        ("p", f"根据《中华人民共和国律师法》的规定，本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与"
              f"{c.respondent.name}{SUBJECT[_st(c)]}执行一案的代理人。"),
        ("p", "特此函告。"), ("f", "附：授权委托书一份"), ("gap", ""),
        ("sig", f"律师：{c.agent}  执业证号：{c.extra.get('licence', '')}"), ("date", num_date(c.filed_on - timedelta(days=2)))]
    return typeset(Paper("律师事务所函", blocks, issuer=c.firm, number=f"〔{c.filed_on.year}〕{c.firm[2:4]}律函字第{rng.randint(11, 88)}号",
                         seal=c.firm), replace(LAWYER_HOUSE, heading="letterhead"), rng)


def _lawyer_licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x0, y0 = mm(30), mm(40)
    w, h = mm(150), mm(105)
    s.box(x0, y0, x0 + w, y0 + h, width=4)
    s.line(x0 + w / 2, y0, x0 + w / 2, y0 + h, width=2)
    s.centred(y0 + mm(18), "中华人民共和国", font("hei", mm(5.2)), x0=x0 + w / 2, x1=x0 + w)
    s.centred(y0 + mm(30), "律师执业证", font("hei", mm(8)), x0=x0 + w / 2, x1=x0 + w, spacing=mm(1.2))
    s.centred(y0 + mm(60), "中华人民共和国司法部监制", font("song_gb", mm(3.6)), x0=x0 + w / 2, x1=x0 + w)
    s.box(x0 + mm(8), y0 + mm(8), x0 + mm(36), y0 + mm(44), width=2)
    f = font("song_gb", mm(3.8))
    yy = y0 + mm(50)
    for label, val in (("持证人", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", str(c.extra.get("licence", ""))),
                       ("发证机关", "河北省司法厅" if "河北" in c.firm else "北京市司法局")):
        s.text(x0 + mm(4), yy, f"{label}：{val}", f)
        yy += mm(9)
    photocopy(s, rng, (x0 - mm(6), y0 - mm(6), x0 + w + mm(6), y0 + h + mm(6)))
    pen(s, mm(40), mm(170), "与原件核对一致", rng)
    scrawl(s, mm(120), mm(170), c.agent, rng, role="wenkai", size=mm(7), ink=INK)
    return [s]


def _id_card(s: Sheet, name: str, sex: str, born: str, address: str, number: str, y0: int, rng: random.Random) -> None:
    x0, w, h = mm(45), mm(120), mm(76)
    s.draw.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=mm(4), outline=INK, width=3)
    f = font("hei", mm(3.6))
    yy = y0 + mm(8)
    for label, val in (("姓名", name), ("性别", sex + "    民族  汉"), ("出生", born), ("住址", address)):
        s.text(x0 + mm(6), yy, label, f)
        lines = [val[i:i + 11] for i in range(0, len(val), 11)] if label == "住址" else [val]
        for part in lines:
            s.text(x0 + mm(20), yy, part, f)
            yy += mm(6.5)
        yy += mm(1.5)
    s.text(x0 + mm(6), y0 + h - mm(12), "公民身份号码", f)
    s.text(x0 + mm(36), y0 + h - mm(12.5), number, font("mono", mm(4.6)), spacing=mm(0.6))
    s.draw.rectangle((x0 + w - mm(34), y0 + mm(10), x0 + w - mm(6), y0 + mm(46)), fill=(120, 120, 120))
    photocopy(s, rng, (x0 - mm(4), y0 - mm(4), x0 + w + mm(4), y0 + h + mm(4)), tone=205)


def _identity(c: CaseCtx, rng: random.Random, served: list[str] | None = None) -> list[Sheet]:
    p = c.respondent if served and "respondent" in served else c.applicant
    if p.kind == "person":
        s = Sheet()
        b = p.born
        _id_card(s, p.name, p.sex, f"{b.year}年{b.month}月{b.day}日" if b else "", p.address, p.id_number, mm(30), rng)
        x0, y0 = mm(45), mm(130)
        s.draw.rounded_rectangle((x0, y0, x0 + mm(120), y0 + mm(76)), radius=mm(4), outline=INK, width=3)
        s.centred(y0 + mm(14), "中华人民共和国", font("hei", mm(6)), x0=x0, x1=x0 + mm(120), spacing=mm(1))
        s.centred(y0 + mm(26), "居民身份证", font("hei", mm(7.5)), x0=x0, x1=x0 + mm(120), spacing=mm(1.5))
        s.text(x0 + mm(8), y0 + mm(52), "签发机关  廊坊市公安局广阳分局", font("hei", mm(3.6)))
        s.text(x0 + mm(8), y0 + mm(60), f"有效期限  {c.filed_on.year - 6}.05.11-{c.filed_on.year + 14}.05.11", font("hei", mm(3.6)))
        photocopy(s, rng, (x0 - mm(4), y0 - mm(4), x0 + mm(124), y0 + mm(80)), tone=205)
        pen(s, mm(50), mm(225), "本复印件仅供法院执行使用", rng)
        return [s]
    s = Sheet()
    x0, y0, w, h = mm(22), mm(22), mm(166), mm(118)
    s.box(x0, y0, x0 + w, y0 + h, width=6)
    s.box(x0 + mm(3), y0 + mm(3), x0 + w - mm(3), y0 + h - mm(3), width=2)
    s.centred(y0 + mm(12), "营 业 执 照", font("serif_bold", mm(10)), spacing=mm(3))
    s.centred(y0 + mm(27), "（副  本）", font("song_gb", mm(4.2)))
    f = font("song_gb", mm(3.8))
    s.text(x0 + mm(8), y0 + mm(36), f"统一社会信用代码  {p.id_number}", f)
    yy = y0 + mm(48)
    kind = "个人独资企业" if "厂" in p.name else "有限责任公司（自然人投资或控股）"
    for label, val in (("名        称", p.name), ("类        型", kind), ("法定代表人", p.legal_rep),
                       ("经营范围", "仓储服务；普通货物道路运输；物业管理" if "物流" in p.name or "物业" in p.name else "家具制造；家具销售"),
                       ("住        所", p.address)):
        s.text(x0 + mm(8), yy, label, f)
        s.text(x0 + mm(36), yy, val[:30], f)
        yy += mm(11)
    s.text(x0 + w - mm(70), y0 + h - mm(18), "登记机关", f)
    seal(s, x0 + w - mm(35), y0 + h - mm(20), "廊坊市广阳区行政审批局" if "廊坊" in p.name else "北京市通州区市场监督管理局", rng)
    photocopy(s, rng, (x0 - mm(3), y0 - mm(3), x0 + w + mm(3), y0 + h + mm(3)), tone=225)
    pen(s, mm(30), mm(160), "复印件与原件一致", rng)
    seal(s, mm(130), mm(175), p.name, rng)
    t = Sheet()
    t.starts_document = True
    t.centred(mm(40), "法定代表人身份证明书", font("hei", mm(8)), spacing=mm(1))
    f2 = font("song_gb", mm(5))
    yy = mm(70)
    for line in (f"{p.legal_rep}，在我单位任执行董事兼总经理职务，", f"系{p.name}的法定代表人。", "特此证明。"):
        t.text(mm(32), yy, line, f2)
        yy += mm(11)
    t.text(mm(110), mm(140), f"{p.name}（盖章）", f2)
    seal(t, mm(150), mm(142), p.name, rng)
    t.text(mm(120), mm(156), num_date(c.filed_on - timedelta(days=3)), f2)
    return [s, t]


def _fee_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    st = _st(c)
    province, payee, item = (("北京市", "北京市通州区人民法院", "诉讼费") if st == "sofa" else
                             ("河北省", "廊坊仲裁委员会", "仲裁费") if st == "lease" else ("河北省", COURT, "诉讼费"))
    s.centred(mm(24), f"{province}非税收入一般缴款书（电子）", font("song_gb", mm(6.5)))
    s.text(mm(20), mm(36), f"票据代码：13060124    票据号码：{rng.randint(10000000, 99999999):08d}", font("song_gb", mm(3.8)))
    s.text(mm(125), mm(36), f"开票日期：{c.basis_effective - timedelta(days=60):%Y-%m-%d}", font("song_gb", mm(3.8)))
    fee = max(25, int(c.amount) // 200)
    rows = [["缴款人", c.applicant.name, "执收单位", payee], ["项目编码", "103040101", "项目名称", item],
            ["案号", c.basis_number, "数量", "1"], ["金额（大写）", money_caps(Decimal(fee)), "（小写）", f"{fee:.2f}"],
            ["备注", "案件受理费" if item == "诉讼费" else "仲裁受理费、处理费"]]
    grid(s, mm(20), mm(46), [mm(30), mm(70), mm(28), mm(42)], rows, rng, heights=mm(13), size_mm=3.9)
    seal(s, mm(160), mm(125), f"{province[:2]}财政{'局' if st == 'sofa' else '厅'}非税收入票据监制章", rng)
    s.text(mm(20), mm(130), "收款单位（章）：               复核人：           收款人：", font("song_gb", mm(3.8)))
    return [s]


def _form_sheet(title: str, c: CaseCtx) -> tuple[Sheet, float]:
    s = Sheet()
    y = court_head(s, title, mm(26))
    s.right(s.width - mm(22), y, f"案号：{c.number}", font("song_gb", mm(4.2)))
    return s, y + mm(10)


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form_sheet("被执行人财产线索表", c)
    r = c.respondent
    work = c.extra.get("employer", "")
    rows = [["被执行人", ""], ["身份证号/信用代码", ""], ["银行账户", ""], ["不动产", ""], ["车辆", ""],
            ["工资收入及工作单位", ""], ["其他财产线索", ""]]
    fills = {(0, 1): r.name, (1, 1): r.id_number,
             (2, 1): "中国工商银行廊坊分行（账号不详）" if r.kind == "person" else "招商银行北京通州分行 账号待查",
             (3, 1): "祥和家园（本套房屋有贷款）" if r.kind == "person" else "无",
             (4, 1): "冀R牌照小轿车一辆（号码不详）" if r.kind == "person" else "不详",
             (5, 1): f"{work}，月薪约一万五千元" if work else "—",
             (6, 1): "被执行人存放于我方库房的家具成品" if _st(c) == "lease" else "微信、支付宝账户"}
    y = grid(s, mm(22), y, [mm(48), mm(118)], rows, rng, heights=mm(17), fills=fills, size_mm=4.4)
    dotted_fill(s, mm(26), y + mm(14), "申请执行人（签章）：", c.applicant.name, rng)
    dotted_fill(s, mm(26), y + mm(30), "填表日期：", num_date(c.filed_on), rng)
    return [s]


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form_sheet("申请执行人收取案款确认书", c)
    a = c.applicant
    f = font("song_gb", mm(4.6))
    for k, part in enumerate(wrap("本人（单位）确认以下账户为收取本案执行案款的唯一账户，因账户信息错误造成的损失由本人（单位）承担。",
                                  f, s.width - mm(52))):
        s.text(mm(26), y + k * mm(8), part, f)
    y += mm(8)
    rows = [["户名", ""], ["开户银行", ""], ["账号", ""], ["联系人及电话", ""]]
    bank = _bank(c)
    fills = {(0, 1): a.name, (1, 1): bank, (2, 1): f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
             f"{rng.randint(100, 999)}", (3, 1): f"{a.legal_rep} {a.phone}"}
    y = grid(s, mm(22), y + mm(12), [mm(40), mm(126)], rows, rng, heights=mm(16), fills=fills)
    s.text(mm(110), y + mm(20), "申请执行人（盖章）：", f)
    seal(s, mm(160), y + mm(24), a.name, rng)
    pen(s, mm(120), y + mm(40), num_date(c.filed_on), rng)
    return [s]


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form_sheet("送达地址确认书", c)
    a = c.applicant
    rows = [["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["手机号码", ""], ["是否同意电子送达", ""],
            ["告知事项", "1. 确认的送达地址适用于执行程序；2. 地址变更应及时书面告知法院；3. 因提供地址不准确导致文书未能送达，"
                     "文书退回之日视为送达之日。"],
            ["受送达人确认", ""]]
    fills = {(0, 1): a.name, (1, 1): a.address, (2, 1): "065000", (3, 1): c.agent_phone, (4, 1): "同意  微信/短信",
             (6, 1): "以上内容已阅知，确认属实。"}
    y = grid(s, mm(22), y, [mm(44), mm(122)], rows, rng, heights=[mm(14), mm(20), mm(14), mm(14), mm(14), mm(30), mm(26)],
             fills=fills)
    scrawl(s, mm(120), y - mm(12), c.agent, rng, role="wenkai", size=mm(7), ink=INK)
    pen(s, mm(30), y + mm(10), num_date(c.filed_on), rng)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form_sheet("财产申报表", c)
    r = c.respondent
    person = r.kind == "person"
    rows = [["申报人", "", "证件号码", ""], ["收入情况", ""], ["银行存款", ""], ["不动产", ""], ["车辆", ""],
            ["股权、其他投资", ""], ["债权、应收款", ""], ["申报前一年财产变动", ""]]
    fills = {(0, 1): r.name, (0, 3): r.id_number,
             (1, 1): f"工资，{c.extra.get('employer', '')}，税后约一万二" if person else "营业收入下滑，无法提供报表",
             (2, 1): "工行卡余额两千余元" if person else "基本户余额约四千元",
             (3, 1): "祥和家园住房一套，抵押给建行" if person else "无",
             (4, 1): "无", (5, 1): "无", (6, 1): "无" if person else "酒店应收房费若干",
             (7, 1): "无变动"}
    y = grid(s, mm(18), y, [mm(30), mm(60), mm(28), mm(56)], rows, rng, heights=mm(16), fills=fills, size_mm=4.2)
    s.text(mm(22), y + mm(8), "本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", font("song_gb", mm(4.4)))
    dotted_fill(s, mm(100), y + mm(24), "申报人签字：", r.name if person else r.legal_rep, rng)
    pen(s, mm(110), y + mm(40), num_date(c.day(8)), rng)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("sans", mm(3.4))
    s.text(mm(12), mm(12), "执行查控系统  >  总对总网络查控  >  反馈结果明细", f)
    s.centred(mm(24), "网络查控结果反馈", font("sans_bold", mm(6.2)))
    s.text(mm(14), mm(38), f"案号：{c.number}    被查询人：{c.respondent.name}    证照号码：{c.respondent.id_number}", f)
    s.text(mm(14), mm(45), f"查询时间：{c.day(3):%Y-%m-%d} 09:{rng.randint(10, 59)}    承办人：{c.officer}", f)
    banks = ["中国工商银行", "中国建设银行", "中国银行", "廊坊银行", "招商银行", "中国农业银行", "北京银行", "邮储银行"]
    rows = [["序号", "协助单位", "财产类型", "账号/内容", "余额/数量", "反馈状态"]]
    for i, b in enumerate(banks, 1):
        has = i in ((5, 7) if _st(c) == "sofa" else (1, 2))
        rows.append([str(i), b, "存款", f"62{rng.randint(10**14, 10**15 - 1)}" if has else "—",
                     (f"{c.amount + rng.randint(2000, 30000):.2f}" if has and _st(c) == "sofa" and i == 5
                      else f"{rng.randint(100, 5000)}.{rng.randint(10, 99)}" if has else "0.00"), "已反馈" if has else "未开户"])
    rows += [[str(len(banks) + 1), "公安部车辆", "车辆", "冀R·" + f"{rng.randint(10000, 99999)}" if c.respondent.kind == "person" else "—",
              "1" if c.respondent.kind == "person" else "0", "已反馈"],
             [str(len(banks) + 2), "自然资源部", "不动产", "查询无结果", "0", "已反馈"]]
    from dossier.corpus.draw import table
    table(s, mm(12), mm(54), [mm(12), mm(36), mm(20), mm(62), mm(26), mm(30)], rows, f, row_h=mm(9), width=1)
    s.right(s.width - mm(14), s.height - mm(14), "第1页/共1页", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    half = (c.amount * 6 / 10).quantize(Decimal("0.01"))
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲、乙双方就{c.number}执行一案，在{SHORT}执行局主持下，经平等协商，自愿达成如下和解协议："),
        ("p", f"一、乙方确认尚欠甲方租金及费用{money(c.amount)}，甲方同意免除迟延履行期间的债务利息。"),
        ("p", f"二、乙方于{num_date(c.day(30))}前支付{money(half)}，余款于{num_date(c.day(55))}前付清，均汇入法院执行款专户。"),
        ("p", "三、乙方在付清前述款项前，不得将存放于甲方3号库房的家具成品运出；付清后甲方配合办理出库。"),
        ("p", "四、乙方任何一期未按时足额付款，甲方有权申请恢复执行原生效法律文书。"),
        ("p", "五、本协议一式三份，双方各执一份，交法院一份入卷。"),
        ("gap", ""), ("hsig", f"甲方代表：{a.legal_rep}"), ("hsig", f"乙方代表：{r.legal_rep}"),
        ("date", num_date(c.day(21)))]
    sheets = typeset(Paper("执行和解协议", blocks, seal=r.name), PARTY_HOUSE, rng)
    seal(sheets[-1], mm(60), sheets[-1].height - mm(90), a.name, rng)
    return sheets


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.text(mm(20), mm(22), "中国银行", font("hei", mm(7)))
    s.centred(mm(24), "国内支付业务付款回单", font("hei", mm(6)))
    f = font("song_gb", mm(4))
    paid = c.closed_on - timedelta(days=6)
    s.text(mm(20), mm(38), f"交易日期：{paid:%Y%m%d}       回单编号：{rng.randint(10**11, 10**12 - 1)}", f)
    rows = [["付款人名称", "廊坊市广阳区人民法院", "收款人名称", a.name],
            ["付款人账号", "100865327741", "收款人账号", f"6{rng.randint(10**15, 10**16 - 1)}"],
            ["付款人开户行", "中国银行廊坊分行营业部", "收款人开户行", _bank(c)],
            ["金额（小写）", f"CNY {c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
            ["用途", f"{c.number}案款发放", "摘要", "执行款"]]
    y = grid(s, mm(16), mm(46), [mm(30), mm(56), mm(30), mm(62)], rows, rng, heights=mm(14), size_mm=3.8)
    seal(s, mm(165), y + mm(12), "中国银行廊坊分行电子回单专用章", rng)
    s.line(mm(10), mm(150), s.width - mm(10), mm(150), width=1)
    t_y = court_head(s, "执行案款领取确认单", mm(160), size_mm=6.5)
    rows2 = [["案号", c.number], ["领款人", a.name], ["领取金额", money(c.amount)],
             ["款项来源", {"fee": "被执行人单位协助扣划工资", "lease": "被执行人按和解协议分两期交付"}.get(_st(c), "冻结划拨被执行人银行存款")],
             ["领款人确认", ""]]
    grid(s, mm(20), t_y, [mm(40), mm(130)], rows2, rng, heights=mm(13), size_mm=4.0,
         fills={(4, 1): f"已收到  {c.agent}  {num_date(paid)}"})
    return [s]


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form_sheet("执行案件结案审批表", c)
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", _basis_said(c)],
            ["执行标的", money(c.amount)], ["立案日期", num_date(c.filed_on)], ["结案方式", "执行完毕"],
            ["执行情况", ""], ["承办人意见", ""], ["合议庭/团队长意见", ""], ["局长审批", ""]]
    done = ("经协助执行，被执行人工资已按月扣划，案款足额到位并发放" if c.respondent.kind == "person"
            else "双方达成和解，被执行人按协议履行完毕，案款已发放")
    fills = {(6, 1): done, (7, 1): f"建议以执行完毕结案。{c.officer}", (8, 1): "同意。", (9, 1): f"同意结案 {num_date(c.closed_on)}"}
    grid(s, mm(20), y, [mm(42), mm(128)], rows, rng, heights=[mm(13)] * 6 + [mm(26), mm(22), mm(18), mm(18)],
         fills=fills, size_mm=4.2)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = court_head(s, "送 达 回 证", mm(28))
    names = "、".join(TITLES.get(x, "执行裁定书") for x in served) or "执行通知书"
    to = c.applicant.name if served == ["acceptance_notice"] else c.respondent.name
    place = c.applicant.address if to == c.applicant.name else c.respondent.address
    rows = [["案由", f"{SUBJECT[_st(c)]}执行"], ["案号", c.number], ["送达文书名称及件数", f"{names}  各一份"],
            ["受送达人", to], ["送达地址", place], ["送达方式", ""], ["受送达人签收", ""], ["送达人", ""], ["备注", ""]]
    fills = {(5, 1): rng.choice(["直接送达", "邮寄送达（EMS）"]),
             (6, 1): f"{to if c.respondent.kind == 'person' or to == c.applicant.name else c.respondent.legal_rep}  "
                     f"{num_date(c.day(3))}",
             (7, 1): f"{c.officer}  {c.clerk}"}
    grid(s, mm(20), y + mm(4), [mm(48), mm(122)], rows, rng,
         heights=[mm(15), mm(15), mm(22), mm(15), mm(20), mm(15), mm(26), mm(15), mm(18)], fills=fills, size_mm=4.4)
    court_seal(s, mm(140), mm(240), rng)
    return [s]


def _cover(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(40), COURT, font("song_gb", mm(8)), spacing=mm(1.5))
    s.centred(mm(62), "执 行 卷 宗", font("hei", mm(14)), spacing=mm(4))
    s.centred(mm(84), "（正  卷）", font("song_gb", mm(5.5)))
    rows = [["案号", c.number], ["案由", SUBJECT[_st(c)]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", _basis_said(c)], ["结案方式", "执行完毕"], ["立案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)], ["承办人", c.officer], ["书记员", c.clerk], ["归档日期", num_date(c.closed_on + timedelta(days=40))],
            ["保管期限", "长期"]]
    grid(s, mm(30), mm(104), [mm(38), mm(112)], rows, rng, heights=mm(13), size_mm=4.6)
    s.text(mm(30), mm(270), f"全宗号 062    目录号 {c.closed_on.year}    案卷号 {c.number.split('执')[-1].rstrip('号')}",
           font("song_gb", mm(4.2)))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), "卷 内 目 录", font("hei", mm(8)), spacing=mm(3))
    s.right(s.width - mm(20), mm(36), f"案号：{c.number}", font("song_gb", mm(4)))
    items = ["强制执行申请书", "仲裁裁决书", "生效证明", "财产线索表", "诉讼费缴款书", "营业执照、法定代表人身份证明",
             "授权委托书、律师函、执业证", "收取案款确认书、送达地址确认书", "受理案件通知书", "缴款通知书", "执行通知书、报告财产令",
             "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议", "案款发放凭证", "结案通知书", "结案审批表",
             "送达回证", "卷宗复核表"]
    rows = [["序号", "文件材料题名", "页号", "备注"]]
    page = 1
    for i, it in enumerate(items, 1):
        rows.append([str(i), it, str(page), ""])
        page += rng.choice([1, 1, 2, 2, 3])
    from dossier.corpus.draw import table
    table(s, mm(18), mm(44), [mm(16), mm(118), mm(22), mm(20)], rows, font("song_gb", mm(3.9)), row_h=mm(9.6), width=2)
    return [s]


def _review(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form_sheet("卷宗复核表", c)
    checks = ["卷内材料齐全、完整", "文书编号、签章齐全", "送达回证齐全", "案款已全部发放", "电子卷宗已同步生成", "排列顺序符合要求"]
    rows = [["复核项目", "复核结果"], *[[x, ""] for x in checks], ["复核意见", ""], ["复核人", ""]]
    fills = {(i, 1): "✓ 是" for i in range(1, len(checks) + 1)}
    fills[(len(checks) + 1, 1)] = "材料齐全，同意归档"
    fills[(len(checks) + 2, 1)] = f"{c.officer}  {num_date(c.closed_on + timedelta(days=12))}"
    grid(s, mm(22), y, [mm(86), mm(80)], rows, rng, heights=mm(15), fills=fills)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), "卷 内 备 考 表", font("hei", mm(8)), spacing=mm(3))
    f = font("song_gb", mm(4.6))
    x = float(mm(26))
    for printed, filled in (("本卷共有文件材料", str(rng.randint(24, 30))), ("件，共", str(int(c.extra.get("aw_page", 0)) or 40)),
                            ("页（不含封面、目录、备考表）", "")):
        x += s.text(x, mm(52), printed, f)
        if filled:
            pen(s, x + mm(2), mm(50.5), filled, rng)
            x += mm(14)
    s.text(mm(26), mm(66), "说明：", f)
    pen(s, mm(40), mm(78), "本卷电子卷宗已于归档前扫描，原件随卷保存。", rng)
    s.box(mm(20), mm(44), s.width - mm(20), mm(200), width=3)
    dotted_fill(s, mm(100), mm(210), "立卷人：", c.clerk, rng)
    dotted_fill(s, mm(100), mm(226), "检查人：", c.officer, rng)
    dotted_fill(s, mm(100), mm(242), "立卷时间：", num_date(c.closed_on + timedelta(days=14)), rng)
    return [s]


def _employer_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 北京 employer's 协助执行回执: typed by its HR department, the months withheld in a table, its seal."""
    employer = str(c.extra.get("employer", ""))
    r = c.respondent
    s = Sheet()
    s.text(mm(22), mm(22), employer, font("sans_bold", mm(5.2)))
    s.line(mm(22), mm(31), s.width - mm(22), mm(31), width=3)
    s.centred(mm(40), "协助执行回执", font("sans_bold", mm(7.5)), spacing=mm(1))
    f = font("sans", mm(4.4))
    y = float(mm(58))
    for line in (f"{SHORT}：",
                 f"贵院{c.number}协助执行通知书及执行裁定书已于{num_date(c.day(12))}收悉。我公司员工{r.name}"
                 f"（身份证号{r.id_number}）系我公司软件开发部员工，劳动合同期限至{c.filed_on.year + 2}年。"
                 "我公司已按通知要求自当月起扣留其工资收入的百分之五十，汇入贵院执行款专户，明细如下："):
        for part in wrap(line, f, s.width - mm(44)):
            s.text(mm(22), y, part, f)
            y += mm(8)
    months = 3
    each = (c.amount / months).quantize(Decimal("0.01"))
    rows = [["月份", "应发工资（元）", "扣划金额（元）", "汇款日期"]]
    for k in range(months):
        paid = c.day(14 + 25 * k)
        amount = each if k < months - 1 else c.amount - each * (months - 1)
        rows.append([f"{paid.year}年{paid.month}月", f"{amount * 2 + rng.randint(300, 900):,.2f}", f"{amount:,.2f}",
                     f"{paid:%Y-%m-%d}"])
    rows.append(["合计", "", f"{c.amount:,.2f}", ""])
    from dossier.corpus.draw import table
    y = table(s, mm(22), y + mm(4), [mm(34), mm(46), mm(46), mm(40)], rows, f, row_h=mm(10), width=2)
    s.text(mm(22), y + mm(8), "扣划已足额，自下月起恢复正常发放。特此回复。", f)
    s.text(mm(22), y + mm(20), "经办人：人力资源部  联系电话：010-8" + str(rng.randint(1000000, 9999999)), f)
    s.right(s.width - mm(30), y + mm(40), employer + "（盖章）", f)
    seal(s, s.width - mm(70), y + mm(44), employer, rng)
    s.right(s.width - mm(30), y + mm(52), num_date(c.day(16 + 25 * (months - 1))), f)
    return [s]
