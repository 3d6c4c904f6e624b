"""court_k's papers from other hands and its own forms: a 厦门中院 or 思明法院 judgment and a 厦门仲裁委员会
award (copies stamped "与原件核对无异"), a Fujian law firm's letter faxed in, 台湾/港澳居民居住证 copies, a
兴业银行/厦门银行 reply faxed back, hand-filled forms, pink and yellow carbon 送达回证, the archive's sheets."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

from PIL import ImageDraw

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_k_kit import (
    COURT,
    HAND_INK,
    PINK,
    YELLOW,
    KSheet,
    body,
    copy_stamp,
    fax_header,
    footer,
    form,
    hei,
    letterhead,
    paragraphs,
    typeset,
)

BANKS = ("兴业银行股份有限公司厦门分行营业部", "厦门银行股份有限公司湖滨支行", "中国建设银行股份有限公司厦门湖滨支行")
TITLES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
          "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
          "dishonest_list_decision": "决定书（失信）", "termination_ruling": "执行裁定书"}
CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "summons",
    "investigation_record", "interview_record", "closing_approval_form", "settlement_agreement", "payment_voucher",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})


def _cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def _firm(c: CaseCtx) -> tuple[str, str, str, str]:
    firm: tuple[str, str, str, str] = c.extra.get("firm", (c.firm, "", "厦门市思明区", "0592-0000000"))
    return firm


def _fax_when(c: CaseCtx, day: int, rng: random.Random) -> str:
    d = c.day(day)
    return f"{d:%Y/%m/%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    drawers: dict[str, Callable[[CaseCtx, random.Random, list[str]], list[KSheet]]] = {
        "enforcement_application": _application, "enforcement_basis": _basis,
        "effectiveness_certificate": _certificate, "property_clue_form": _clues, "fee_receipt": _fee,
        "identity_proof": _identity, "power_of_attorney": _attorney, "law_firm_letter": _firm_letter,
        "lawyer_license": _licence, "payment_account_confirmation": _account, "service_address_confirmation": _address,
        "property_declaration_form": _declaration, "online_inquiry_result": _inquiry, "summons": _summons,
        "investigation_record": _investigation, "interview_record": _interview, "closing_approval_form": _approval,
        "settlement_agreement": _settlement, "payment_voucher": _voucher, "service_receipt": _receipt,
        "dossier_cover": _cover, "catalogue": _catalogue, "file_review_form": _review, "remarks_sheet": _remarks,
    }
    return drawers[code](c, rng, served)


def _application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    a, r = c.applicant, c.respondent
    s = KSheet()
    s.centred(mm(28), "强制执行申请书", hei(8.5), spacing=mm(1.2))
    paragraphs(s, mm(46), [
        ("f", f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，身份证件号码{a.id_number}，住{a.address}，"
              f"联系电话{a.phone}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
        ("f", f"法定代表人：{r.legal_rep}。"),
        ("f", "申请执行事项："),
        ("p", f"一、请求强制被执行人{r.name}支付申请执行人{money(c.amount)}及迟延履行期间的加倍债务利息；"),
        ("p", "二、请求依法对被执行人采取限制消费措施，并将其纳入失信被执行人名单；"),
        ("p", "三、本案执行费用由被执行人负担。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{_cause(c)}一案，经{c.basis_court}审理，作出{c.basis_number}"
              f"{'裁决书' if c.basis_kind == 'arbitration' else '民事判决书'}，该法律文书已于{cn_date(c.basis_effective)}"
              "发生法律效力。被执行人至今未履行生效法律文书确定的义务，为维护申请执行人的合法权益，特向贵院申请强制执行。"),
        ("f", "此致"), ("f", "福建省厦门市思明区人民法院")])
    s.text(mm(110), mm(236), "申请执行人：", body(4.2))
    signature(s, mm(140), mm(232), a.name, rng)
    s.right(s.width - mm(30), mm(252), cn_date(c.filed_on - timedelta(days=3)), body(4.2))
    return [s]


def _basis(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    a, r = c.applicant, c.respondent
    judges = [f"审 判 长　{person_name(rng)}", f"审 判 员　{person_name(rng)}", f"审 判 员　{person_name(rng)}"]
    when = cn_date(c.basis_effective - timedelta(days=16))
    if c.basis_kind == "arbitration":
        pages = typeset("裁决书", [
            ("f", f"申请人：{a.name}，{a.sex}，香港特别行政区居民，住{a.address}。"),
            ("f", f"被申请人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"厦门仲裁委员会（以下简称本会）根据申请人与被申请人于{num_date(c.basis_effective - timedelta(days=700))}签订的"
                  f"《房屋租赁合同》中的仲裁条款和申请人提交的仲裁申请书，受理了双方之间的{_cause(c)}一案。本案适用《厦门仲裁"
                  "委员会仲裁规则》，由独任仲裁员审理，于开庭后进行了审理。本案现已审理终结。"),
            ("p", "申请人称：被申请人承租申请人位于厦门市思明区的商铺，自租赁第二年起拖欠租金，经催告仍未支付。"),
            ("p", "被申请人未提交答辩意见，亦未到庭。"),
            ("p", "仲裁庭认为，双方签订的租赁合同合法有效，被申请人未按约支付租金，应承担违约责任。据此，仲裁庭裁决如下："),
            ("p", f"一、被申请人{r.name}向申请人{a.name}支付拖欠租金及违约金共计{money(c.amount)}；"),
            ("p", "二、本案仲裁费由被申请人承担。"),
            ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付。本裁决为终局裁决，自作出之日起发生法律效力。")],
            c.basis_number, [f"仲 裁 员　{person_name(rng)}"], when, rng, court="厦门仲裁委员会", seal_name="厦门仲裁委员会",
            closing=[f"秘　书　{person_name(rng)}"])
    else:
        appeal = "民终" in c.basis_number
        court = c.basis_court
        pages = typeset("民事判决书", [
            ("f", f"{'上诉人（原审被告）' if appeal else '被告'}：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("f", f"{'被上诉人（原审原告）' if appeal else '原告'}：{a.name}，{a.sex}，住{a.address}。"),
            ("p", f"{'上诉人' if appeal else '原告'}{r.name if appeal else a.name}因与"
                  f"{'被上诉人' if appeal else '被告'}{a.name if appeal else r.name}{_cause(c)}一案，"
                  + ("不服福建省厦门市思明区人民法院一审民事判决，向本院提起上诉。本院依法组成合议庭进行了审理。"
                     if appeal else "本院立案后，依法适用普通程序，公开开庭进行了审理。本案现已审理终结。")),
            *([] if appeal else [
                ("p", f"原告{a.name}向本院提出诉讼请求：1.判令被告支付{money(c.amount)}及逾期付款利息；2.本案诉讼费用由被告负担。"
                      f"事实与理由：原告与被告于{num_date(c.basis_effective - timedelta(days=500))}建立{_cause(c)[:-2]}关系，原告依约"
                      "履行了义务，被告经多次催讨仍未付款，故诉至法院。"),
                ("p", f"被告{r.name}辩称：对欠款金额无异议，但因公司经营困难，请求分期支付。"),
                ("p", "本院经审理认定事实如下：原告提交的合同、结算单、微信聊天记录及催款函等证据，被告对真实性无异议，本院予以确认。"),
            ]),
            ("p", f"经审理查明：双方存在{_cause(c)[:-2]}关系，{r.name}尚欠{a.name}款项{money(c.amount)}未付，有合同、对账单及"
                  "转账凭证等证据为证。"),
            ("p", "本院认为，当事人应当按照约定全面履行自己的义务。" + (
                "一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项的"
                "规定，判决如下：" if appeal else "依照《中华人民共和国民法典》第五百七十七条的规定，判决如下：")),
            ("p", "驳回上诉，维持原判。" if appeal else f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{money(c.amount)}。"),
            ("p", ("二审案件受理费由上诉人负担。本判决为终审判决。" if appeal
                   else "案件受理费由被告负担。如不服本判决，可在判决书送达之日起十五日内上诉于福建省厦门市中级人民法院。")),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延"
                  "履行期间的债务利息。")],
            c.basis_number, judges, when, rng, court=court, seal_name=court,
            closing=[f"法官助理　{person_name(rng)}", f"书 记 员　{person_name(rng)}"])
    copy_stamp(pages[0], pages[0].width - mm(80), mm(60), c.clerk, num_date(c.filed_on), rng)
    return pages


def _certificate(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    s = KSheet()
    fax_header(s, "0592-2398000", "XIAMEN ARBITRATION COMMISSION", _fax_when(c, -4, rng), 1, 1)
    s.centred(mm(30), "厦门仲裁委员会", hei(6.4))
    s.centred(mm(42), "裁决书送达及生效证明", hei(8.5))
    s.text(mm(28), mm(58), f"厦仲证字〔{c.filed_on.year}〕第{rng.randint(100, 999)}号", body(4.2))
    paragraphs(s, mm(72), [
        ("f", f"{c.applicant.name}："),
        ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}{_cause(c)}一案，已于"
              f"{cn_date(c.basis_effective - timedelta(days=16))}作出{c.basis_number}裁决书，并已依法送达双方当事人。根据"
              "《中华人民共和国仲裁法》第五十七条的规定，该裁决书自作出之日起发生法律效力。"),
        ("p", "特此证明。")], x0=28, x1=26)
    s.right(s.width - mm(40), mm(150), cn_date(c.filed_on - timedelta(days=4)), body(4.3))
    seal(s, s.width - mm(65), mm(152), "厦门仲裁委员会", rng)
    return [s]


def _clues(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    r = c.respondent
    rows = [["被执行人", ""], ["统一社会信用代码", ""], ["银行账户", ""], ["不动产", ""], ["车辆", ""], ["股权、债权", ""],
            ["其他财产线索", ""], ["线索提供人", ""]]
    s = form("被执行人财产线索表", rows, [40, 130], rng, head=COURT, row_mm=18,
             hands={"被执行人": r.name, "统一社会信用代码": r.id_number,
                    "银行账户": f"{c.extra.setdefault('bank', rng.choice(BANKS))[:6]} 3521 {rng.randint(1000, 9999)} ****",
                    "不动产": "不详", "车辆": f"闽D·{rng.randint(10000, 99999)}（公司名下）", "股权、债权": "无",
                    "其他财产线索": "对厦门某物业公司有应收款，请法院调查", "线索提供人": c.applicant.name},
             note="说明：申请执行人应当对所提供财产线索的真实性负责；请附相关证明材料。")
    return [s]


def _fee(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    """A 票据粘贴单 with the 福建省非税收入 receipt stapled over its lower half."""
    s = KSheet()
    s.centred(mm(22), "票 据 粘 贴 单", hei(8))
    s.text(mm(22), mm(36), f"案号：{c.number}", body(4))
    d = ImageDraw.Draw(s.image)
    d.rectangle((mm(20), mm(46), s.width - mm(20), mm(270)), outline=(160, 160, 160), width=3)
    fee = int(c.amount) // 100 + 50
    x, y = mm(40), mm(110)
    w, h = mm(130), mm(80)
    d.rectangle((x + mm(2), y + mm(2), x + w + mm(2), y + h + mm(2)), fill=(170, 170, 170))
    d.rectangle((x, y, x + w, y + h), fill=(246, 238, 214), outline=(120, 60, 60), width=2)
    s.text(x + mm(14), y + mm(4), "福建省非税收入统一票据（电子）", hei(5), fill=(150, 30, 30))
    rows = [["交款人", c.applicant.name], ["项目名称", "执行申请费"], ["金额", f"{fee}.00元（{money_caps(Decimal(fee))}）"],
            ["执收单位", "厦门市思明区人民法院"], ["开票日期", num_date(c.filed_on)]]
    table(s, x + mm(5), y + mm(14), [mm(28), mm(92)], rows, body(3.4), row_h=mm(11), fill=(120, 60, 60))
    for k in range(2):  # the staple
        d.line((x + mm(6 + k * 110), y - mm(2), x + mm(14 + k * 110), y - mm(2)), fill=(90, 90, 95), width=6)
    seal(s, x + w - mm(25), y + h - mm(18), "厦门市思明区人民法院财务专用章", rng, radius=mm(14))
    return [s]


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    s = KSheet()
    if served == ["respondent"]:
        r = c.respondent
        s.centred(mm(20), "营业执照（副本）复印件", hei(6))
        d = ImageDraw.Draw(s.image)
        d.rectangle((mm(22), mm(32), s.width - mm(22), mm(170)), outline=(160, 110, 40), width=8)
        s.centred(mm(42), "营 业 执 照", hei(10), fill=(120, 30, 30))
        y = paragraphs(s, mm(62), [("f", f"统一社会信用代码　{r.id_number}"), ("f", f"名　　称　{r.name}"),
                                    ("f", "类　　型　有限责任公司（自然人投资或控股）"), ("f", f"法定代表人　{r.legal_rep}"),
                                    ("f", f"住　　所　{r.address}"), ("f", "登记机关　厦门市市场监督管理局")], size=3.8, x0=34)
        del y
        s.centred(mm(182), "法定代表人身份证明书", hei(6.5))
        paragraphs(s, mm(196), [("p", f"{r.legal_rep}在我单位任执行董事兼总经理职务，系我单位的法定代表人。"), ("p", "特此证明。")],
                   x0=28, x1=26)
        s.right(s.width - mm(36), mm(236), cn_date(c.filed_on - timedelta(days=20)), body(4))
        seal(s, s.width - mm(60), mm(236), r.name, rng)
        return [s]
    a = c.applicant
    resident = str(c.extra.get("resident", ""))
    title = {"tw": "台湾居民居住证", "hk": "港澳居民居住证"}.get(resident, "居民身份证")
    s.centred(mm(18), f"申请执行人身份证明（{title}复印件）", hei(5.5))
    for k, (x, y) in enumerate(((mm(45), mm(36)), (mm(45), mm(106)))):
        d = ImageDraw.Draw(s.image)
        d.rounded_rectangle((x, y, x + mm(86), y + mm(54)), radius=mm(3), fill=(236, 238, 240), outline=(90, 90, 90), width=2)
        f = body(3.0)
        if k == 0:
            d.rectangle((x + mm(60), y + mm(8), x + mm(80), y + mm(34)), fill=(170, 170, 175))
            for j, line in enumerate((f"姓名　{a.name}", f"性别　{a.sex}", f"出生　{num_date(a.born) if a.born else ''}",
                                      f"住址　{a.address[:14]}", f"　　　{a.address[14:]}",
                                      f"公民身份号码　{a.id_number}")):
                s.text(x + mm(5), y + mm(6 + j * 7.5), line, f)
        else:
            s.text(x + mm(12), y + mm(8), "中华人民共和国", hei(4.2))
            s.text(x + mm(12), y + mm(17), title, hei(5.2))
            s.text(x + mm(5), y + mm(33), "签发机关　厦门市公安局思明分局" if resident == "tw" else "签发机关　厦门市公安局", f)
            s.text(x + mm(5), y + mm(41), f"有效期限　{c.filed_on.year - 2}.05.11-{c.filed_on.year + 3}.05.11", f)
            if resident:
                s.text(x + mm(5), y + mm(48), f"通行证号码　{'T' if resident == 'tw' else 'H'}{rng.randint(10000000, 99999999)}", f)
    copy_stamp(s, mm(100), mm(150), c.clerk, num_date(c.filed_on), rng)
    hand(s, mm(40), mm(190), f"此复印件与原件一致，仅供{COURT[3:]}执行使用", rng, size=mm(5), ink=HAND_INK)
    signature(s, mm(120), mm(205), a.name, rng)
    return [s]


def _attorney(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    a = c.applicant
    s = KSheet()
    s.centred(mm(28), "授权委托书", hei(8.5), spacing=mm(1.5))
    paragraphs(s, mm(48), [
        ("f", f"委托人：{a.name}，住{a.address}，身份证件号码{a.id_number}。"),
        ("f", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("p", f"现委托上列受托人在委托人申请执行{c.respondent.name}{_cause(c)}一案中，作为委托人的代理人。"),
        ("f", "代理权限为：特别授权，代为申请执行、提供财产线索、参加询问与约谈、代为和解、代为签收法律文书、代为领取执行款。"),
        ("p", f"本委托书有效期至{c.number[:6]}执行案件终结之日止。")])
    s.text(mm(100), mm(200), "委托人：", body(4.2))
    signature(s, mm(122), mm(196), a.name, rng)
    s.text(mm(100), mm(218), "受托人：", body(4.2))
    signature(s, mm(122), mm(214), c.agent, rng)
    s.right(s.width - mm(30), mm(236), cn_date(c.filed_on - timedelta(days=3)), body(4.2))
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    name, english, address, phone = _firm(c)
    s = KSheet()
    fax_header(s, phone, english[:22], _fax_when(c, -1, rng), 1, 1)
    y = letterhead(s, name, english, address, phone)
    s.centred(y + mm(4), "律师事务所函", hei(8))
    s.right(s.width - mm(26), y + mm(18), f"〔{c.filed_on.year}〕{name[2:4]}律执字第{rng.randint(10, 299)}号", body(3.8))
    paragraphs(s, y + mm(30), [
        ("f", "福建省厦门市思明区人民法院："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}{_cause(c)}一案的委托代理人。"),
        ("p", "特此函告。"),
        ("f", "附：授权委托书一份、律师执业证复印件一份。")], x0=26, x1=24)
    s.right(s.width - mm(36), mm(200), cn_date(c.filed_on - timedelta(days=2)), body(4.2))
    seal(s, s.width - mm(60), mm(200), name, rng)
    return [s]


def _licence(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    s = KSheet()
    s.centred(mm(18), "律师执业证复印件", hei(5.5))
    d = ImageDraw.Draw(s.image)
    x, y = mm(40), mm(34)
    d.rectangle((x, y, x + mm(130), y + mm(92)), fill=(240, 236, 228), outline=(80, 80, 80), width=2)
    d.rectangle((x + mm(8), y + mm(14), x + mm(36), y + mm(52)), fill=(165, 165, 170))
    s.text(x + mm(48), y + mm(6), "中华人民共和国律师执业证", hei(5))
    for j, line in enumerate((f"持证人　{c.agent}", f"执业机构　{c.firm}", "执业证类别　专职律师",
                              f"执业证号　1350{rng.randint(2000, 2023)}{rng.randint(1000000, 9999999)}",
                              "发证机关　福建省司法厅", f"发证日期　{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")):
        s.text(x + mm(42), y + mm(20 + j * 10), line, body(3.4))
    copy_stamp(s, mm(110), mm(112), c.agent, num_date(c.filed_on - timedelta(days=2)), rng)
    return [s]


def _account(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    a = c.applicant
    name, english, _address, phone = _firm(c)
    bank = rng.choice(["兴业银行厦门分行营业部", "厦门银行湖滨支行", "中国银行厦门思明支行"])
    s = form("申请执行人收取案款确认书", [["案号", c.number], ["申请执行人", ""], ["收款户名", ""], ["开户银行", ""],
                                   ["银行账号", ""], ["联系电话", ""], ["申请执行人签名", ""]], [45, 125], rng, row_mm=16,
             hands={"申请执行人": a.name, "收款户名": a.name, "开户银行": bank,
                    "银行账号": f"6214 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                    "联系电话": a.phone, "申请执行人签名": a.name},
             note="本人确认：上述账户为本案执行款的收款账户，法院将执行款划入该账户即视为已向本人支付；账户变更的，本人将书面"
                  "告知法院。")
    fax_header(s, phone, english[:22], _fax_when(c, 0, rng), 2, 2)
    del name
    return [s]


def _address(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    a = c.applicant
    s = form("送达地址确认书", [["案号", c.number], ["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["联系电话", ""],
                          ["是否同意电子送达", ""], ["电子送达地址", ""], ["受送达人签名", ""]], [45, 125], rng, row_mm=15,
             hands={"受送达人": a.name, "送达地址": a.address[:22], "邮政编码": "361001", "联系电话": a.phone,
                    "是否同意电子送达": "同意", "电子送达地址": f"{a.phone}（短信）", "受送达人签名": a.name},
             note="告知：受送达人应当如实提供送达地址；地址变更的，应当及时书面告知本院；因提供的地址不准确、变更未告知等原因，"
                  "导致法律文书未能被受送达人实际接收的，文书退回之日视为送达之日。")
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    r = c.respondent
    s = form("被执行人财产申报表", [["被执行人", ""], ["法定代表人", ""], ["银行存款", ""], ["不动产", ""], ["车辆", ""],
                             ["对外债权", ""], ["股权投资", ""], ["近一年财产变动", ""], ["申报人签名", ""]],
             [45, 125], rng, number=c.number, row_mm=17, paper=YELLOW,
             hands={"被执行人": r.name, "法定代表人": r.legal_rep, "银行存款": "基本户余额约三百元", "不动产": "无",
                    "车辆": "无（已抵债）", "对外债权": "应收账款难以收回", "股权投资": "无", "近一年财产变动": "无",
                    "申报人签名": r.legal_rep},
             note="申报人保证以上申报内容真实、完整；如有虚假，愿承担法律责任。")
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    s = KSheet()
    s.landscape = False
    s.centred(mm(20), "网络执行查控系统反馈结果", hei(6.5))
    s.text(mm(16), mm(32), f"案号：{c.number}　　被查询人：{c.respondent.name}　　证照号码：{c.respondent.id_number}", body(3.2))
    rows = [["序号", "协助单位", "查询内容", "反馈结果", "反馈日期"]]
    units = ["兴业银行", "厦门银行", "中国工商银行", "中国建设银行", "中国农业银行", "支付宝（中国）网络技术有限公司",
             "财付通支付科技有限公司", "中国证券登记结算有限责任公司", "公安部交通管理局", "厦门市不动产登记中心",
             "国家市场监督管理总局"]
    for i, unit in enumerate(units, 1):
        hit = i == 1
        rows.append([str(i), unit, "存款" if i <= 5 else ("资金" if i <= 7 else ("证券" if i == 8 else ("车辆" if i == 9 else ("不动产" if i == 10 else "股权")))),
                     f"余额{rng.randint(100, 900)}.{rng.randint(10, 99)}元，已冻结" if hit else "未查询到",
                     num_date(c.day(5 + i % 3))])
    table(s, mm(14), mm(40), [mm(12), mm(62), mm(20), mm(50), mm(38)], rows, body(3.0), row_h=mm(11))
    s.text(mm(16), mm(40 + 12 * 11 + 6), f"打印人：{c.clerk}　　打印时间：{num_date(c.day(9))}", body(3.2))
    more = KSheet()
    more.centred(mm(20), "点对点查询反馈（厦门地区）", hei(6.5))
    more.text(mm(16), mm(32), f"案号：{c.number}　　被查询人：{c.respondent.name}", body(3.2))
    local = [["序号", "协助单位", "查询内容", "反馈结果", "反馈日期"]]
    for i, (unit, what) in enumerate((("厦门市不动产登记中心", "不动产"), ("厦门市公安局交通警察支队车辆管理所", "车辆"),
                                      ("厦门市住房公积金中心", "公积金"), ("厦门市市场监督管理局", "股权、登记"),
                                      ("国家税务总局厦门市思明区税务局", "纳税、开票"), ("厦门市社会保险中心", "社保缴纳")), 1):
        local.append([str(i), unit, what, "无登记信息" if i != 4 else "登记状态：存续（在营）", num_date(c.day(12 + i))])
    table(more, mm(14), mm(40), [mm(12), mm(66), mm(24), mm(46), mm(34)], local, body(3.0), row_h=mm(12))
    more.text(mm(16), mm(40 + 7 * 12 + 6), f"查询人：{c.officer}　　{num_date(c.day(20))}", body(3.2))
    more.starts_document = True  # a printout of its own, under its own title
    return [s, more]


def _summons(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    r = c.respondent
    s = form("传　票", [["案号", c.number], ["案由", f"{_cause(c)}执行"], ["被传唤人", f"{r.legal_rep}（{r.name}法定代表人）"],
                      ["工作单位或住址", r.address], ["传唤事由", "执行询问、报告财产"],
                      ["应到时间", f"{cn_date(c.day(36))}上午9时00分"], ["应到处所", "本院执行局第三询问室（湖滨北路）"]],
             [45, 125], rng, row_mm=16,
             note="注意事项：一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。二、被传唤人经两次传票传唤，无正当理由拒不"
                  "到场的，可以拘传。")
    s.right(s.width - mm(40), mm(210), cn_date(c.day(29)), body(4))
    seal(s, s.width - mm(62), mm(212), COURT, rng)
    s.text(mm(24), mm(225), f"执行员：{c.officer}　　书记员：{c.clerk}", body(3.8))
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str, head: list[str], qa: list[tuple[str, str]],
            signers: list[str]) -> list[KSheet]:
    """A typed 笔录: head lines, 问/答, each page signed at its foot by those present."""
    f = body(4.0)
    lh = f.size * 1.8
    sheets: list[KSheet] = []
    s = KSheet()
    sheets.append(s)
    s.centred(mm(24), title, hei(8), spacing=mm(2))
    y = paragraphs(s, mm(40), [("f", line) for line in head], size=4.0)
    for who, said in qa:
        text = f"{who}：{said}"
        for part in wrap(text, f, s.width - mm(48)):
            if y > s.height - mm(52):
                sheets.append(KSheet())
                s = sheets[-1]
                y = mm(28)
            s.text(mm(24), y, part, f)
            y += lh
    for sh in sheets:
        x = mm(24)
        sh.text(x, sh.height - mm(40), "以上笔录已阅，与所述一致。", body(3.6))
        for name in signers:
            signature(sh, x + mm(62), sh.height - mm(44), name, rng)
            x += mm(38)
    footer(sheets)
    return sheets


def _investigation(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    r = c.respondent
    when = c.day(60)
    return _record(c, rng, "调查笔录", [
        f"时间：{num_date(when)}10时20分至10时55分", f"地点：{r.address}", f"调查人：{c.officer}、{c.clerk}（记录）",
        f"被调查人：{person_name(rng)}，该楼宇物业管理处工作人员", f"案号：{c.number}"], [
        ("问", "我们是厦门市思明区人民法院执行局的工作人员，向你出示执行公务证。现依法向你了解情况，你应当如实陈述，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", f"{r.name}是否在本址办公？"),
        ("答", f"该公司原租用这里，{when.year - 1}年底租期届满后已经搬走，欠了几个月物业费，没有留下新地址。"),
        ("问", "该公司是否在此留有办公设备、存货等物品？"),
        ("答", "没有，房间已经重新出租给别的公司了。"),
        ("问", "是否知道其法定代表人的联系方式？"),
        ("答", "以前留的电话现在打不通。"),
        ("问", "还有什么要补充的吗？"), ("答", "没有了。")], [c.officer, c.clerk])


def _interview(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    a, r = c.applicant, c.respondent
    when = c.day((c.closed_on - c.filed_on).days - 12)
    return _record(c, rng, "谈话笔录", [
        f"时间：{num_date(when)}15时00分", "地点：本院执行局第二谈话室", f"承办人：{c.officer}　记录人：{c.clerk}",
        f"被谈话人：{c.agent}，{c.firm}律师，申请执行人{a.name}的委托代理人", f"案号：{c.number}"], [
        ("问", f"今天约你来，是告知{a.name}申请执行{r.name}一案的执行情况。本院已通过网络查控系统查询被执行人的银行存款、车辆、"
              "不动产、证券、股权等，除冻结存款数百元外未发现其他财产，并到其住所地调查，该公司已人去楼空。对此你有何意见？"),
        ("答", "我们也到工商、税务查过，没有新的线索。"),
        ("问", "本院已对被执行人限制消费并纳入失信名单。你方能否提供新的财产线索？"),
        ("答", "暂时不能提供。"),
        ("问", "本案拟终结本次执行程序，终本后发现财产可以申请恢复执行，你方是否同意？"),
        ("答", "同意终结本次执行程序，发现财产后再申请恢复执行。"),
        ("问", "还有什么补充？"), ("答", "没有。")], [c.agent, c.officer, c.clerk])


def _approval(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    method = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕", "terminated": "终结执行"}[c.method]
    rows = [["案号", c.number], ["案由", f"{_cause(c)}"], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行标的", money(c.amount)], ["立案日期", num_date(c.filed_on)], ["结案方式", method],
            ["实际执行到位金额", "0元" if c.method == "terminated_this_round" else f"{c.amount:,.2f}元"],
            ["承办人意见", ""], ["合议庭意见", ""], ["执行局长审批", ""]]
    s = form("执行案件结案审批表", rows, [45, 125], rng, row_mm=15,
             hands={"承办人意见": f"拟以{method}方式结案。{c.officer}", "合议庭意见": "同意承办人意见。",
                    "执行局长审批": f"同意。{person_name(random.Random(c.clerk))} {c.closed_on:%m.%d}"})
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    a, r = c.applicant, c.respondent
    s = KSheet()
    s.centred(mm(26), "执行和解协议", hei(8.5), spacing=mm(1.5))
    half = (c.amount / 2).quantize(Decimal("0.01"))
    paragraphs(s, mm(44), [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}"),
        ("p", f"甲乙双方就{c.number}执行一案，经协商一致，自愿达成如下和解协议："),
        ("p", f"一、乙方应向甲方支付{money(c.amount)}，分两期支付：于{num_date(c.day(45))}前支付{half}元，于"
              f"{num_date(c.day(65))}前支付剩余款项，均汇入厦门市思明区人民法院执行款专户。"),
        ("p", "二、乙方按期足额付清上述款项的，甲方放弃迟延履行期间的加倍债务利息；乙方任何一期逾期的，甲方有权申请恢复执行原生效法律文书。"),
        ("p", "三、本协议一式三份，甲乙双方各执一份，交法院存卷一份，自双方签字盖章之日起生效。")])
    s.text(mm(28), mm(200), "甲方：", body(4.2))
    signature(s, mm(44), mm(196), a.name, rng)
    s.text(mm(112), mm(200), "乙方（盖章）：", body(4.2))
    seal(s, mm(160), mm(204), r.name, rng)
    s.text(mm(112), mm(218), "法定代表人：", body(4.2))
    signature(s, mm(146), mm(214), r.legal_rep, rng)
    s.right(s.width - mm(30), mm(238), num_date(c.day(40)), body(4.2))
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    a = c.applicant
    s = KSheet()
    when = c.closed_on - timedelta(days=4)
    s.centred(mm(22), "厦门银行 XIAMEN BANK", hei(6), fill=(160, 30, 40))
    s.centred(mm(33), "电子回单（转账）", hei(6.5))
    rows = [["回单编号", f"XMB{when:%Y%m%d}{rng.randint(100000, 999999)}"], ["付款人户名", "厦门市思明区人民法院"],
            ["付款人账号", f"8001 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} 0088"], ["收款人户名", a.name],
            ["收款人账号", f"6214 **** **** {rng.randint(1000, 9999)}"], ["金额", money(c.amount)],
            ["用途", f"{c.number}执行款发放"], ["交易日期", num_date(when)]]
    table(s, mm(24), mm(46), [mm(40), mm(122)], rows, body(3.6), row_h=mm(12))
    seal(s, mm(160), mm(140), "厦门银行股份有限公司湖滨支行电子回单专用章", rng, radius=mm(15))
    s.centred(mm(170), "执行款发放审批单", hei(6))
    table(s, mm(24), mm(182), [mm(40), mm(122)], [["案号", c.number], ["领款人", a.name], ["发放金额", money(c.amount)],
                                                   ["承办人", ""], ["审批", ""]], body(3.6), row_h=mm(12))
    signature(s, mm(70), mm(182 + 36 + 2), c.officer, rng)
    signature(s, mm(70), mm(182 + 48 + 2), person_name(random.Random(c.clerk)), rng)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    """送达回证 on a carbon form (pink or yellow), filled by hand."""
    served_docs = "、".join(TITLES.get(code, code) for code in served)
    to = c.applicant.name if served == ["acceptance_notice"] else c.respondent.name
    day = {"acceptance_notice": 2, "enforcement_notice": 4, "termination_this_round_ruling":
           (c.closed_on - c.filed_on).days - 1, "consumption_restriction_order": 35}.get(served[0], 10) if served else 10
    rows = [["案号", c.number], ["送达文书名称及件数", ""], ["受送达人", to], ["送达地址", c.respondent.address if to != c.applicant.name
                                                                      else c.applicant.address],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备注", ""]]
    s = form("送 达 回 证", rows, [50, 120], rng, row_mm=17, paper=rng.choice([PINK, YELLOW]),
             hands={"送达文书名称及件数": f"{served_docs}各一份", "受送达人签名或盖章": to if to == c.applicant.name else c.respondent.legal_rep,
                    "签收日期": num_date(c.day(day)), "送达人": f"{c.officer}、{c.clerk}"})
    s.text(mm(20), mm(212), "（第二联　存卷）", body(3.2), fill=(150, 40, 60))
    seal(s, s.width - mm(50), mm(120), COURT, rng)
    if to != c.applicant.name and rng.random() < 0.5:
        _ems_slip(s, c, rng, to, day - 2)
    return [s]


def _ems_slip(s: KSheet, c: CaseCtx, rng: random.Random, to: str, day: int) -> None:
    """The EMS 邮件详情单 of a mailed copy, stapled over the foot of the receipt (over the empty 备注 row)."""
    x, y, w, h = mm(92), mm(196), mm(96), mm(56)
    d = ImageDraw.Draw(s.image)
    d.rectangle((x + mm(1.5), y + mm(1.5), x + w + mm(1.5), y + h + mm(1.5)), fill=(150, 150, 150))
    d.rectangle((x, y, x + w, y + h), fill=(252, 252, 248), outline=(20, 110, 60), width=3)
    s.text(x + mm(4), y + mm(3), "中国邮政 EMS　法院专递", hei(4.6), fill=(20, 110, 60))
    f = body(3.0)
    for k, line in enumerate((f"邮件号：11{rng.randint(10**10, 10**11 - 1)}", f"寄件人：{COURT}",
                              f"收件人：{to}", f"内件：{c.number}法律文书", f"收寄日期：{num_date(c.day(day))}")):
        s.text(x + mm(4), y + mm(12 + k * 8), line, f)
    d.line((x + mm(8), y - mm(1.5), x + mm(18), y - mm(1.5)), fill=(90, 90, 95), width=6)


def _cover(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    s = KSheet(paper=(232, 214, 182))
    s.centred(mm(40), COURT, hei(7))
    s.centred(mm(60), "执 行 案 卷", hei(13))
    rows = [["案号", c.number], ["案由", _cause(c)], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行员", c.officer], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
            ["结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"],
            ["归档日期", num_date(c.closed_on + timedelta(days=20))], ["保管期限", "长期"], ["本卷共", "　　　　页"]]
    table(s, mm(30), mm(90), [mm(40), mm(110)], rows, body(4.2), row_h=mm(13))
    hand(s, mm(75), mm(90 + 10 * 13 + 3), str(rng.randint(36, 52)), rng, size=mm(6))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    s = KSheet()
    s.centred(mm(22), "卷 内 目 录", hei(8))
    s.text(mm(18), mm(36), f"案号：{c.number}", body(3.6))
    items = ["强制执行申请书", "仲裁裁决书", "裁决书生效证明", "身份证明", "授权委托书、律师函", "受理案件通知书", "执行通知书",
             "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书及回执", "执行和解协议", "执行款发放凭证",
             "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
    rows = [["序号", "文件名称", "页号", "备注"]] + [[str(i), name, "", ""] for i, name in enumerate(items, 1)]
    table(s, mm(16), mm(44), [mm(14), mm(110), mm(24), mm(30)], rows, body(3.4), row_h=mm(10.5))
    page = 1
    for i in range(len(items)):
        hand(s, mm(16 + 124 + 5), mm(44 + 10.5 * (i + 1) + 2), str(page), rng, size=mm(4.5))
        page += rng.choice([1, 1, 2, 3])
    return [s]


def _review(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    rows = [["案号", c.number], ["文书是否齐全", ""], ["装订是否规范", ""], ["页码是否连续", ""], ["送达是否合法", ""],
            ["复核意见", ""], ["复核人", ""], ["复核日期", ""]]
    s = form("执行卷宗复核表", rows, [45, 125], rng, row_mm=18,
             hands={"文书是否齐全": "齐全", "装订是否规范": "规范", "页码是否连续": "连续", "送达是否合法": "合法",
                    "复核意见": "同意归档", "复核人": person_name(rng), "复核日期": num_date(c.closed_on + timedelta(days=15))})
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, served: list[str]) -> list[KSheet]:
    s = KSheet()
    s.centred(mm(26), "卷 内 备 考 表", hei(8))
    s.text(mm(22), mm(42), f"案号：{c.number}", body(3.8))
    d = ImageDraw.Draw(s.image)
    d.rectangle((mm(20), mm(50), s.width - mm(20), mm(250)), outline=(30, 30, 30), width=3)
    s.text(mm(26), mm(56), "本卷情况说明：", body(4))
    hand(s, mm(34), mm(70), f"本卷共{rng.randint(38, 50)}页，材料齐全，其中传真件已附原件。", rng, size=mm(5.5))
    s.text(mm(110), mm(220), "立卷人：", body(4))
    signature(s, mm(130), mm(216), c.clerk, rng)
    s.text(mm(110), mm(236), "检查人：", body(4))
    signature(s, mm(130), mm(232), person_name(rng), rng)
    hand(s, mm(60), mm(236), num_date(c.closed_on + timedelta(days=20)), rng, size=mm(5))
    return [s]


def bank_reply(c: CaseCtx, rng: random.Random) -> KSheet:
    """The bank's 协助执行回执, filled and faxed back to the court: a page of the 协助执行通知书."""
    bank = str(c.extra.get("bank", BANKS[0]))
    s = KSheet()
    fax_header(s, f"0592-{rng.randint(2000000, 5999999)}", "CIB XIAMEN" if bank.startswith("兴业") else "XMBANK",
               _fax_when(c, 8, rng), 1, 1)
    s.centred(mm(26), COURT, hei(5.6))
    s.centred(mm(36), "协助执行通知书（回执）", hei(7.5))
    rows = [["案号", c.number], ["协助执行单位", bank], ["被执行人", c.respondent.name],
            ["协助执行事项", f"冻结存款，以{c.amount:,.2f}元为限"], ["执行情况", ""], ["经办人", ""], ["回执日期", ""]]
    table(s, mm(20), mm(52), [mm(45), mm(125)], rows, body(3.8), row_h=mm(16))
    hand(s, mm(70), mm(52 + 4 * 16 + 4), f"已冻结账户余额{rng.randint(100, 900)}元，冻结期限一年", rng, size=mm(5))
    hand(s, mm(70), mm(52 + 5 * 16 + 4), person_name(rng), rng, size=mm(5))
    hand(s, mm(70), mm(52 + 6 * 16 + 4), num_date(c.day(8)), rng, size=mm(5))
    seal(s, s.width - mm(55), mm(175), bank[:-3] + "业务专用章" if len(bank) > 10 else bank, rng, radius=mm(16))
    s.starts_document = False
    return s


__all__ = ["BANKS", "CODES", "bank_reply", "render"]
