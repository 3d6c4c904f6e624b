"""What 船山法院's bureau receives, in its makers' styles: the lawyer's applications on the firm's letterhead (sans,
ruled header), the judgment or award or mediation statement of the deciding body (its own heading), the certificate of
effect, the hand-filled property forms, ID and licence copies, the 查控 printout, receipts and bank slips."""

from __future__ import annotations

import random
from collections.abc import Sequence

from dossier.corpus import forms
from dossier.corpus.content import CaseCtx, cn_date, money, num_date
from dossier.corpus.draw import BLUE_INK, RED, Block, Sheet, flow, hand, mm, seal, signature
from dossier.corpus.fonts import font
from dossier.corpus.wording import party_doc, settlement

RECEIVED = frozenset({
    "enforcement_application", "power_of_attorney", "law_firm_letter", "enforcement_basis", "effectiveness_certificate",
    "property_clue_form", "fee_receipt", "identity_proof", "lawyer_license", "property_declaration_form",
    "online_inquiry_result", "settlement_agreement", "payment_voucher",
})


def letterhead(c: CaseCtx, title: str, blocks: Sequence[Block], rng: random.Random, *, firm_seal: bool) -> Sheet:
    """The firm's paper: firm name in red over a double rule, a sans title, body in a plain sans."""
    s = Sheet()
    s.text(mm(22), mm(14), c.firm, font("sans_bold", mm(6.5)), fill=RED)
    s.right(s.width - mm(22), mm(17), str(c.extra.get("firm_addr", "")), font("sans", mm(3.2)))
    s.line(mm(22), mm(26), s.width - mm(22), mm(26), width=6, fill=RED)
    s.line(mm(22), mm(27.8), s.width - mm(22), mm(27.8), width=2, fill=RED)
    s.centred(mm(38), title, font("sans_bold", mm(7.5)))
    f = font("sans", mm(4.6))
    y = flow(s, [b for b in blocks if b[0] != "gap"], f, x0=mm(25), width=s.width - mm(50), y=mm(56),
             line_height=mm(8.4), indent=mm(9.2), right=s.width - mm(30))
    who = c.applicant.legal_rep or c.applicant.name
    signature(s, s.width - mm(70), min(y - mm(22), s.height - mm(40)), who if not firm_seal else c.agent, rng,
              ink=BLUE_INK)
    if firm_seal:
        seal(s, s.width - mm(60), min(y - mm(12), s.height - mm(40)), c.firm, rng)
    return s


def deciding_body(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The basis in the deciding body's style: body name, wide-spaced title, number, kai-free song body, two pages."""
    tale = str(c.extra["tale"])
    a, r = c.applicant.name, c.respondent.name
    kind = {"arbitration": "裁决书", "mediation": "民事调解书"}.get(c.basis_kind, "民事判决书")
    role = ("申请人", "被申请人") if c.basis_kind == "arbitration" else ("原告", "被告")
    if tale == "lithium":
        facts = (f"{role[0]}与{role[1]}于{c.basis_effective.year - 1}年签订《电池级碳酸锂供货合同》，约定{role[0]}向{role[1]}供应电池级碳酸锂"
                    f"共计{c.extra['tons']}吨，货到验收合格后六十日内付清货款。{role[0]}已按约交付全部货物，{role[1]}仅支付部分货款，"
                    f"尚欠货款{money(c.amount)}未付。")
    elif tale == "pork":
        facts = (f"{role[0]}与{role[1]}签订《生猪购销合同》，由{role[0]}向{role[1]}的肉制品加工厂供应商品猪，按月结算。"
                 f"{role[0]}共交付商品猪{c.extra['pigs']}头，{role[1]}出具对账单确认尚欠猪款{money(c.amount)}，经催收未付。")
    else:
        facts = (f"{role[1]}因经营观音文化旅游用品商店需要，向{role[0]}借款，出具借条一张，约定月利率百分之一，"
                 f"到期后{role[1]}未偿还借款本金{money(c.amount)}。")
    if c.basis_kind == "mediation":
        orders = [f"一、{r}于{num_date(c.basis_effective)}前向{a}偿还借款{money(c.amount)}；",
                  f"二、如未按期足额履行，{a}可就全部未付款项申请强制执行；",
                  "三、案件受理费减半收取，由被告负担。",
                  "上述协议，符合有关法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。"]
        mid = ["本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："]
    else:
        verb = "裁决如下" if c.basis_kind == "arbitration" else "判决如下"
        orders = [f"一、{role[1]}{r}于本{kind[-3:-1]}生效之日起十日内向{role[0]}{a}支付{'货款' if tale != 'loan' else '借款'}{money(c.amount)}及逾期付款利息；",
                  "二、驳回其他请求。",
                  "如果未按指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。"]
        mid = [f"{'仲裁庭' if c.basis_kind == 'arbitration' else '本院'}认为，双方签订的合同系真实意思表示，合法有效，"
               f"{role[1]}未按约付款，应承担付款责任及违约责任。依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百二十六条之规定，{verb}："]
    blocks: list[Block] = [("p", f"{role[0]}：{a}，{'住所地' if c.applicant.kind == 'organisation' else '住'}{c.applicant.address}。"),
                           ("p", f"委托代理人：{c.agent}，{c.firm}律师。"),
                           ("p", f"{role[1]}：{r}，住所地{c.respondent.address}。"),
                           ("p", f"{role[0]}{a}与{role[1]}{r}{c.extra['cause']}一案，{c.basis_court}依法受理后进行了审理，现已审理终结。"),
                           ("p", facts), *[("p", t) for t in mid], *[("p", t) for t in orders]]
    sheets: list[Sheet] = []

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(26))

    s, _ = more()
    s.centred(mm(26), c.basis_court, font("ming", mm(8)), spacing=mm(1))
    s.centred(mm(42), kind, font("ming", mm(9)), spacing=mm(6))
    s.right(s.width - mm(26), mm(60), c.basis_number, font("ming", mm(5)))
    f = font("ming", mm(5.2))
    y = flow(s, blocks, f, x0=mm(26), width=s.width - mm(52), y=mm(74), line_height=mm(9), indent=mm(10.4),
             bottom=s.height - mm(30), more=more)
    s = sheets[-1]
    if y > s.height - mm(70):
        s, y = more()
    judge = "仲裁员" if c.basis_kind == "arbitration" else "审判员"
    for line in (f"{judge}　{c.extra['basis_judge']}", cn_date(c.basis_effective), f"书记员　{c.extra['basis_clerk']}"):
        y += mm(10)
        s.right(s.width - mm(36), y, line, f)
    seal(s, s.width - mm(70), y - mm(8), c.basis_court, rng)
    for n, sh in enumerate(sheets, 1):
        sh.right(sh.width - mm(26), sh.height - mm(16), f"第{n}页 共{len(sheets)}页", font("ming", mm(3.6)))
        sh.page_of = (n, len(sheets))
    return sheets


def certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(34), c.basis_court, font("ming", mm(7.5)))
    s.centred(mm(50), "生效证明书", font("ming", mm(9)), spacing=mm(5))
    f = font("ming", mm(5.2))
    kind = {"arbitration": "裁决书", "mediation": "民事调解书"}.get(c.basis_kind, "民事判决书")
    text = (f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案，{c.basis_court}作出的{c.basis_number}{kind}，"
            f"已于{cn_date(c.basis_effective)}发生法律效力。特此证明。")
    y = flow(s, [("p", text)], f, x0=mm(26), width=s.width - mm(52), y=mm(80), line_height=mm(10), indent=mm(10.4))
    s.right(s.width - mm(34), y + mm(30), cn_date(c.basis_effective + (c.filed_on - c.basis_effective) / 3), f)
    seal(s, s.width - mm(64), y + mm(30), c.basis_court, rng)
    return s


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    if code in ("enforcement_application", "power_of_attorney", "law_firm_letter"):
        fl = party_doc(c, code, "lawyer", rng)
        return [letterhead(c, fl.title, fl.blocks, rng, firm_seal=code == "law_firm_letter")]
    if code == "settlement_agreement":
        fl = settlement(c, "court", rng)
        s = letterhead(c, fl.title, fl.blocks, rng, firm_seal=False)
        seal(s, s.width - mm(70), s.height - mm(70), c.respondent.name, rng)
        return [s]
    if code == "enforcement_basis":
        return deciding_body(c, rng)
    if code == "effectiveness_certificate":
        return [certificate(c, rng)]
    if code == "property_clue_form":
        return [forms.form("被执行人财产线索登记表", [
            ("案号", c.number), ("申请执行人", a.name), ("被执行人", c.respondent.name),
            ("财产线索", str(c.extra["clue"])), ("线索来源", "申请人自行了解"), ("提供人", f"{c.agent}（代理人）")],
            rng, issuer=c.court.name, tall=(3,), sign=c.agent)]
    if code == "property_declaration_form":
        return [forms.form("财产申报表", [
            ("申报人", c.respondent.name), ("法定代表人", c.respondent.legal_rep or c.respondent.name),
            ("银行存款", str(c.extra["declared"])), ("不动产", "无"), ("车辆", "无"),
            ("应收账款", "有，客户欠款尚在催收"), ("申报日期", num_date(c.day(12)))], rng, issuer=c.court.name,
            sign=c.respondent.legal_rep or c.respondent.name, seal_name=c.respondent.name)]
    if code == "fee_receipt":
        return [forms.fee_receipt(c, rng)]
    if code == "identity_proof":
        if served == ["respondent"]:
            return [forms.licence_copy(c.respondent, c, rng)]
        if a.kind == "organisation":
            return [forms.licence_copy(a, c, rng)]
        return [forms.id_card_copy(a, rng, authority="遂宁市公安局船山区分局")]
    if code == "lawyer_license":
        return [forms.lawyer_licence_copy(c, rng)]
    if code == "online_inquiry_result":
        return [forms.inquiry_printout(c, rng, kind="bank")]
    if code == "payment_voucher":
        s = forms.payment_voucher(c, rng, bank_slip=True)
        hand(s, mm(30), s.height - mm(40), f"已收到执行款 {money(c.amount)}　{a.name}", rng, size=mm(6))
        return [s]
    raise KeyError(code)
