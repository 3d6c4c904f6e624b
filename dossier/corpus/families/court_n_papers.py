"""court_n's papers from others and its filled-in forms: the applicant's and lawyer's papers, the judgments (civil or
the 刑事审判庭's criminal judgment, photocopied and stamped "复印件与原件核对无异"), ID card and licence photocopies,
dot-matrix receipts and EMS 法院专递 slips, bank slips, handwritten forms and records, and the archive's own sheets
(卷皮, a handwritten 卷内目录 whose 页号 the archivist writes once the pages are numbered, 复核表, 备考表)."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import hand, mm, seal, signature, table
from dossier.corpus.families.court_n_kit import (
    COURT,
    HAND_INK,
    Block,
    NSheet,
    copy_stamp,
    dot_matrix,
    form,
    hei,
    letter,
    song,
    song_bold,
    typeset,
)
from dossier.corpus.fonts import font

COURT_NAME = COURT
CODES = frozenset({
    "enforcement_application", "resumption_application", "enforcement_basis", "identity_proof", "power_of_attorney",
    "law_firm_letter", "lawyer_license", "payment_account_confirmation", "service_address_confirmation",
    "property_clue_form", "fee_receipt", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher", "closing_approval_form", "service_receipt", "property_status_statement", "investigation_record",
    "interview_record", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "evidence",
})
NAMES = {
    "enforcement_application": "强制执行申请书", "resumption_application": "恢复执行申请书", "enforcement_basis": "判决书",
    "identity_proof": "申请执行人身份证明", "power_of_attorney": "授权委托书", "law_firm_letter": "律师事务所函",
    "lawyer_license": "律师执业证复印件", "payment_account_confirmation": "执行款收款账户确认书",
    "service_address_confirmation": "送达地址确认书", "property_clue_form": "财产线索表", "fee_receipt": "执行费收据",
    "property_declaration_form": "财产申报表", "online_inquiry_result": "网络查控结果", "settlement_agreement": "执行和解协议",
    "payment_voucher": "银行回单", "closing_approval_form": "结案审批表", "service_receipt": "送达回证",
    "property_status_statement": "财产状况表", "investigation_record": "调查笔录", "interview_record": "谈话笔录",
    "file_review_form": "卷宗复核表", "acceptance_notice": "受理通知书", "payment_notice": "交费通知书",
    "enforcement_notice": "执行通知书", "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书",
    "assistance_notice": "协助执行通知书", "termination_this_round_ruling": "终结本次执行程序裁定书",
    "resumption_ruling": "恢复执行裁定书", "resumption_notice": "恢复执行通知书", "termination_ruling": "终结执行裁定书",
    "closing_notice": "结案通知书", "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "失信决定书",
    "summons": "传票", "effectiveness_certificate": "生效证明", "transfer_statement": "移送执行函及移送执行表",
}


def catalogue_name(code: str, c: CaseCtx, served: list[str]) -> str:
    if code == "identity_proof" and "respondent" in served:
        return "被执行人身份证明"
    if code == "investigation_record" and "seizure" in served:
        return "扣押车辆笔录"
    if code == "evidence":
        return "死亡证明"
    if code == "enforcement_basis":
        return "刑事判决书" if c.basis_kind == "criminal" else "民事判决书"
    return NAMES.get(code, code)


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    kind = "刑事判决书" if c.basis_kind == "criminal" else "民事判决书"
    return f"{'本院' if c.basis_court == COURT_NAME else c.basis_court}{c.basis_number}{kind}"


def resp_line(c: CaseCtx) -> str:
    r = c.respondent
    if r.kind == "organisation":
        return f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"
    return (f"被执行人：{r.name}，{r.sex}，{r.born:%Y年%-m月%-d日}生，汉族，住{r.address}，"
            f"公民身份号码{r.id_number}。" if r.born else f"被执行人：{r.name}，住{r.address}。")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[NSheet]:
    return DRAW[code](c, rng, served)


def pasted(rng: random.Random, colour: tuple[int, int, int], height: int) -> NSheet:
    """A slip glued onto the court's A4 粘贴单 (its ruled edge and label below the slip)."""
    s = NSheet()
    s.draw.rectangle((mm(12), mm(10), s.width - mm(10), mm(10) + height), fill=colour, outline=(170, 170, 170), width=2)
    s.text(mm(20), mm(10) + height + mm(8), "粘　贴　单", song(4), record=False)  # recorded below the slip's text
    s.line(mm(14), mm(10) + height + mm(16), s.width - mm(14), mm(10) + height + mm(16), width=1, fill=(150, 150, 150))
    return s


def _applicant_line(c: CaseCtx) -> str:
    a = c.applicant
    return f"申请执行人：{a.name}，{a.sex}，{a.born:%Y年%-m月%-d日}出生，汉族，住{a.address}，公民身份号码{a.id_number}，" \
           f"联系电话{a.phone}。" if a.born else f"申请执行人：{a.name}。"


def _party_paper(title: str, blocks: list[Block], c: CaseCtx, rng: random.Random, when: str, *,
                 signer: str = "", box: list[str] | None = None) -> list[NSheet]:
    """A paper a party typed and printed: plain title, body, 此致, signed by hand; `box` an undertaker's note below."""
    s = NSheet()
    s.centred(mm(34), title, song_bold(7.6), spacing=mm(1.2))
    f = font("song_gb", mm(4.3))
    y = letter(s, mm(52), [*blocks, ("gap", ""), ("f", "此致"), ("f", "济南市历下区人民法院")], f=f, spacing=1.9)
    y += mm(8)
    s.text(s.width - mm(92), y, "申请人：", f)
    signature(s, s.width - mm(70), y - mm(2), signer or c.applicant.name, rng, ink=HAND_INK)
    hand(s, s.width - mm(80), y + mm(12), when, rng, size=mm(5), ink=HAND_INK)
    if box:
        y += mm(28)
        s.box(mm(24), y, s.width - mm(24), y + mm(32), width=2)
        for k, line in enumerate(box):
            hand(s, mm(28), y + mm(3) + k * mm(8.5), line, rng, size=mm(5), ink=HAND_INK)
    return [s]


def enforcement_application(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    return _party_paper("强制执行申请书", [
        ("f", _applicant_line(c)), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("f", resp_line(c)),
        ("f", "请求事项："),
        ("p", f"1.请求强制被执行人支付货款{money(c.amount)}及迟延履行期间的债务利息；"),
        ("p", "2.执行费用由被执行人负担。"),
        ("f", "事实与理由："),
        ("p", f"申请人与被执行人{cause(c)}一案，{c.basis_court}作出{c.basis_number}民事判决，该判决已于{num_date(c.basis_effective)}"
              "发生法律效力。被执行人至今未履行义务，申请人特依法申请强制执行。")],
        c, rng, num_date(c.filed_on - timedelta(days=3)))


def resumption_application(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    """Names the earlier 终本 ruling and the new clue; the original undertaker signs his view in the box below."""
    return _party_paper("恢复执行申请书", [
        ("f", _applicant_line(c)), ("f", resp_line(c)),
        ("f", "请求事项："),
        ("p", f"请求恢复{c.previous_number}案件的执行，查封、扣押并处置被执行人名下{c.extra['car']}（号牌号码"
              f"{c.extra['plate']}）。"),
        ("f", "事实与理由："),
        ("p", f"申请人申请执行被执行人{cause(c)}一案，贵院于{num_date(c.extra['prev_end'])}作出{c.previous_number}执行裁定，"
              "终结本次执行程序。近日申请人发现，被执行人名下登记有上述车辆，系新的财产线索，车辆现停放于济南市历下区"
              f"{rng.choice(['燕子山小区', '甸柳新村', '羊头峪小区'])}，特申请恢复执行。")],
        c, rng, num_date(c.filed_on - timedelta(days=6)),
        box=["原承办人意见：申请人提供了新的财产线索，", f"同意恢复执行。　　{c.officer}",
             f"{c.filed_on - timedelta(days=4):%Y.%-m.%-d}"])


def _judgment(c: CaseCtx, rng: random.Random) -> list[NSheet]:
    a, r = c.applicant, c.respondent
    if c.basis_kind == "criminal":
        blocks: list[Block] = [
            ("f", "公诉机关济南市历下区人民检察院。"), ("f", f"被告人{r.name}，{r.sex}，{r.born:%Y年%-m月%-d日}出生，公民身份号码"
                                            f"{r.id_number}，汉族，住{r.address}。因涉嫌犯诈骗罪于2019年{rng.randint(1, 5)}月"
                                            f"{rng.randint(1, 28)}日被刑事拘留，现羁押于济南市看守所。" if r.born else "被告人。"),
            ("p", f"济南市历下区人民检察院以济历检刑诉〔2019〕{rng.randint(100, 999)}号起诉书指控被告人{r.name}犯诈骗罪，于"
                  "2019年向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。现已审理终结。"),
            ("p", f"公诉机关指控，2018年{rng.randint(3, 9)}月至2019年{rng.randint(1, 3)}月，被告人{r.name}以投资理财为名，"
                  f"虚构其可代为购买高收益理财产品的事实，先后多次骗取被害人{a.name}钱款共计{money(c.amount)}。公诉机关"
                  "认为，被告人的行为已构成诈骗罪，提请本院依法判处。"),
            ("p", f"被告人{r.name}对公诉机关指控的犯罪事实及罪名无异议，当庭表示认罪认罚。"),
            ("p", f"经审理查明，被告人{r.name}以投资理财为名，虚构事实，骗取被害人{a.name}钱款{money(c.amount)}，用于个人挥霍"
                  "及偿还个人债务。案发后，被告人未退赔被害人损失。"),
            ("p", "上述事实，有公诉机关提交并经庭审举证、质证的下列证据予以证实：1.被害人陈述；2.银行交易明细及转账凭证；"
                  "3.微信聊天记录截图；4.证人证言；5.受案登记表、立案决定书、到案经过；6.户籍证明；7.被告人的供述和辩解。"
                  "以上证据来源合法，内容客观真实，能够相互印证，本院予以确认。"),
            ("p", "本院认为，被告人自愿认罪认罚，可以从宽处理。被告人未退赔被害人损失，酌情从重处罚。公诉机关的量刑建议适当，"
                  "本院予以采纳。"),
            ("p", f"本院认为，被告人{r.name}以非法占有为目的，骗取他人财物，数额巨大，其行为已构成诈骗罪。依照《中华人民共和国刑法》"
                  "第二百六十六条、第五十二条、第五十三条、第六十四条之规定，判决如下："),
            ("p", f"一、被告人{r.name}犯诈骗罪，判处有期徒刑{rng.choice(['三年六个月', '四年', '五年'])}，并处罚金人民币"
                  f"{c.extra.get('fine', 0)}元；"),
            ("p", f"二、责令被告人{r.name}退赔被害人{a.name}经济损失{money(c.amount)}。"),
            ("p", "如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向山东省济南市中级人民法院提出上诉。")]
        title = "刑事判决书"
    else:
        cn = cause(c)
        blocks = [("f", f"上诉人（原审被告）：{r.name}。" if "民终" in c.basis_number else f"被告：{r.name}。"),
                  ("f", f"被上诉人（原审原告）：{a.name}。" if "民终" in c.basis_number else f"原告：{a.name}。"),
                  ("p", f"{'上诉人' if '民终' in c.basis_number else '原告'}因与{'被上诉人' if '民终' in c.basis_number else '被告'}"
                        f"{cn}一案，{'不服山东省济南市历下区人民法院' + str(c.extra.get('first', '')) + '民事判决，向本院提起上诉' if '民终' in c.basis_number else '向本院提起诉讼'}"
                        "。本院受理后，依法组成合议庭进行了审理。本案现已审理终结。"),
                  ("p", f"{a.name}诉称：双方自{rng.randint(2015, 2017)}年起建立{cn[:-2]}关系，{r.name}陆续结欠款项，经多次催要"
                        f"未果，截至起诉之日尚欠{money(c.amount)}，请求判令{r.name}支付欠款并承担诉讼费用。"),
                  ("p", f"{r.name}辩称：欠款数额有误，部分款项已经支付，且{a.name}主张的利息过高。"),
                  ("p", f"经审理查明：{a.name}与{r.name}之间存在{cn[:-2]}关系。{a.name}提交了对账单、转账凭证、借条及微信聊天"
                        f"记录等证据，{r.name}对上述证据的真实性无异议，但主张已支付部分款项，未提交相应证据予以证明。"),
                  ("p", f"{r.name}于{num_date(c.basis_effective - timedelta(days=rng.randint(300, 500)))}出具对账确认函一份，确认"
                        f"截至该日尚欠{money(c.amount)}。此后{r.name}未再付款。"),
                  ("p", "以上事实，有当事人提交的证据及当事人陈述在案为证，本院予以确认。"),
                  ("p", f"本院认为，双方之间的{cn[:-2]}关系合法有效，{r.name}应当依约履行付款义务。"
                        f"依照《中华人民共和国合同法》第六十条、第一百零七条之规定，判决如下："),
                  ("p", f"{'驳回上诉，维持原判。' if '民终' in c.basis_number else f'被告{r.name}于本判决生效之日起十日内支付原告{a.name}{money(c.amount)}。'}"),
                  ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百五十三条之规定，"
                        "加倍支付迟延履行期间的债务利息。")]
        title = "民事判决书"
    sheets = typeset(title, blocks, c.basis_number, [f"审判长　{person_name(rng)}", f"审判员　{person_name(rng)}",
                                                     f"人民陪审员　{person_name(rng)}"],
                     cn_date(c.basis_effective - timedelta(days=20)), rng, court=c.basis_court, size=4.6,
                     clerk=f"书记员　{person_name(rng)}")
    for s in sheets:
        s.copy = True
    copy_stamp(sheets[0], mm(120), mm(255), c.agent if c.basis_kind != "criminal" else c.judge,
               f"{c.filed_on:%Y.%-m.%-d}", rng)
    return sheets


def enforcement_basis(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    return _judgment(c, rng)


def identity_proof(c: CaseCtx, rng: random.Random, served: list[str]) -> list[NSheet]:
    """A photocopy of the ID card's two faces, or of the business licence 副本, signed "与原件核对无异"."""
    p = c.respondent if "respondent" in served else c.applicant
    s = NSheet(copy=True)
    if p.kind == "organisation":
        s.box(mm(30), mm(40), s.width - mm(30), mm(230), width=6)
        s.centred(mm(58), "营 业 执 照", font("serif_bold", mm(11)), spacing=mm(3))
        s.centred(mm(74), "（副　本）", song(4.5))
        y = letter(s, mm(92), [("f", f"统一社会信用代码　{p.id_number}"), ("f", f"名　　称　{p.name}"),
                               ("f", "类　　型　有限责任公司（自然人投资或控股）"), ("f", f"法定代表人　{p.legal_rep}"),
                               ("f", f"注册资本　{rng.choice(['伍佰', '壹仟', '贰佰'])}万元整"),
                               ("f", f"成立日期　{rng.randint(2008, 2016)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                               ("f", f"住　　所　{p.address}")], f=song(4.2), x0=40, spacing=2.0)
        s.text(s.width - mm(90), y + mm(14), "登记机关　济南市历下区市场监督管理局", song(3.6))
        seal(s, s.width - mm(60), y + mm(12), "济南市历下区市场监督管理局", rng, radius=mm(18))
        seal(s, mm(70), mm(200), p.name, rng, radius=mm(19))
    else:
        fx, fy, w, h = mm(48), mm(40), mm(114), mm(72)
        for y0, face in ((fy, "back"), (fy + h + mm(16), "front")):
            s.draw.rounded_rectangle((fx, y0, fx + w, y0 + h), radius=mm(4), outline=(60, 60, 60), width=3,
                                     fill=(228, 228, 228))
            if face == "back":
                s.text(fx + mm(30), y0 + mm(12), "中华人民共和国", font("serif_bold", mm(6)))
                s.text(fx + mm(32), y0 + mm(24), "居 民 身 份 证", font("serif_bold", mm(6.5)))
                s.text(fx + mm(12), y0 + mm(50), "签发机关", song(3.2))
                s.text(fx + mm(32), y0 + mm(50), f"济南市公安局{rng.choice(['历下', '市中', '历城'])}分局", song(3.4))
                s.text(fx + mm(12), y0 + mm(58), "有效期限", song(3.2))
                start = rng.randint(2011, 2017)
                s.text(fx + mm(32), y0 + mm(58), f"{start}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{start + 20}.0"
                       f"{rng.randint(1, 9)}.1{rng.randint(0, 9)}", song(3.4))
            else:
                rows = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                        ("出生", f"{p.born:%Y 年 %-m 月 %-d 日}" if p.born else ""), ("住址", p.address[:13])]
                for k, (label, value) in enumerate(rows):
                    s.text(fx + mm(6), y0 + mm(7 + 10 * k), label, song(3.2))
                    s.text(fx + mm(18), y0 + mm(6.5 + 10 * k), value, song(3.8))
                s.text(fx + mm(6), y0 + mm(60), "公民身份号码", song(3.2))
                s.text(fx + mm(30), y0 + mm(59.5), p.id_number, font("mono", mm(4.4)))
                s.draw.rectangle((fx + w - mm(34), y0 + mm(8), fx + w - mm(6), y0 + mm(44)), fill=(150, 150, 150))
    copy_stamp(s, mm(110), mm(245), p.name if p.kind == "person" else c.agent, f"{c.filed_on:%Y.%-m.%-d}", rng)
    return [s]


def power_of_attorney(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    s = NSheet()
    s.centred(mm(32), "授 权 委 托 书", song_bold(8))
    y = letter(s, mm(52), [
        ("f", f"委托人：{c.applicant.name}，公民身份号码{c.applicant.id_number}。"),
        ("f", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("p", f"现委托上列受托人在{c.applicant.name}申请执行{c.respondent.name}{cause(c)}一案中，作为我方委托代理人。"),
        ("f", "代理权限：特别授权，包括代为申请执行、申请恢复执行、提供财产线索、代为和解、代为签收法律文书、代为领取执行款。")],
        f=font("song_gb", mm(4.3)), spacing=2.0)
    s.text(s.width - mm(100), y + mm(14), "委托人：", song(4.3))
    signature(s, s.width - mm(80), y + mm(12), c.applicant.name, rng, ink=HAND_INK)
    s.text(s.width - mm(100), y + mm(30), "受托人：", song(4.3))
    signature(s, s.width - mm(80), y + mm(28), c.agent, rng)
    hand(s, s.width - mm(90), y + mm(46), num_date(c.filed_on - timedelta(days=5)), rng, size=mm(5), ink=HAND_INK)
    return [s]


def law_firm_letter(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    s = NSheet()
    s.centred(mm(24), c.firm, font("serif_bold", mm(7.4)))
    s.line(mm(22), mm(36), s.width - mm(22), mm(36), width=4, fill=(170, 20, 30))
    s.centred(mm(46), "律 师 事 务 所 函", hei(7.4))
    s.right(s.width - mm(26), mm(60), f"鲁{rng.choice(['众清', '康桥', '舜翔'])}（2020）执字第{rng.randint(10, 99)}号", song(3.8))
    y = letter(s, mm(74), [("f", "济南市历下区人民法院："),
                           ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{cause(c)}执行一案的"
                                 "委托代理人。特此函告。"),
                           ("f", "附：授权委托书一份")])
    s.right(s.width - mm(40), y + mm(20), c.firm, song(4.2))
    s.right(s.width - mm(40), y + mm(30), cn_date(c.filed_on - timedelta(days=4)), song(4.2))
    seal(s, s.width - mm(70), y + mm(24), c.firm, rng)
    return [s]


def lawyer_license(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    s = NSheet(copy=True)
    x, y = mm(40), mm(50)
    s.draw.rectangle((x, y, s.width - x, y + mm(96)), outline=(40, 40, 40), width=3, fill=(214, 214, 214))
    s.centred(y + mm(8), "中华人民共和国律师执业证", song_bold(6))
    s.draw.rectangle((x + mm(8), y + mm(24), x + mm(36), y + mm(62)), fill=(120, 120, 120))
    letter(s, y + mm(24), [("f", f"姓　名　{c.agent}"), ("f", f"执业机构　{c.firm}"),
                           ("f", f"执业证号　1370120{rng.randint(10, 19)}{rng.randint(1000000, 9999999)}"),
                           ("f", "发证机关　山东省司法厅")], f=song(3.8), x0=86, x1=42)
    copy_stamp(s, mm(110), mm(170), c.agent, f"{c.filed_on:%Y.%-m.%-d}", rng)
    return [s]


def _hand_form(title: str, pairs: list[tuple[str, str]], c: CaseCtx, rng: random.Random, *, note: str = "",
               number: bool = True, cols: tuple[float, float] = (44, 126)) -> list[NSheet]:
    rows = [[label, ""] for label, _ in pairs]
    s = form(title, rows, list(cols), rng, number=c.number if number else "", hands=dict(pairs),
             row_mm=[16.0 if len(v) > 24 else 12.0 for _, v in pairs], note=note)
    return [s]


def payment_account_confirmation(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    return _hand_form("执行款收款账户确认书", [
        ("收款人", c.applicant.name), ("开户银行", "中国建设银行济南泉城路支行"),
        ("账　号", f"6217 0022 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"),
        ("联系电话", c.applicant.phone), ("确认人签名", c.applicant.name), ("日　期", num_date(c.filed_on))], c, rng,
        note="本人确认上述账户真实有效，因账户信息错误导致款项无法到账或错付的，责任由本人承担。")


def service_address_confirmation(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    return _hand_form("送达地址确认书", [
        ("受送达人", c.applicant.name), ("送达地址", c.applicant.address), ("邮政编码", "250014"),
        ("联系电话", c.applicant.phone), ("是否同意电子送达", "同意，手机短信"), ("受送达人签名", c.applicant.name),
        ("日　期", num_date(c.filed_on))], c, rng,
        note="告知：1.受送达人应当如实提供确切的送达地址；2.送达地址变更的应当及时书面告知本院；3.因提供的地址不准确或未及时"
             "告知变更导致法律文书未能被实际接收的，邮寄送达的，以文书退回之日视为送达之日。")


def property_clue_form(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    return _hand_form("被执行人财产线索提供表", [
        ("被执行人", c.respondent.name), ("银行账户", f"{c.extra['bank']}，账号不详"),
        ("不动产", "不详"), ("车辆", "不详"), ("其他财产线索", "被执行人经营场所内有库存货物"),
        ("提供人", c.applicant.name), ("日　期", num_date(c.filed_on))], c, rng)


def property_declaration_form(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    r = c.respondent
    car = f"{c.extra['car']}，{c.extra['plate']}" if c.category == "resumption" else "无"
    return _hand_form("被执行人财产申报表", [
        ("申报人", r.legal_rep or r.name), ("银行存款", "无" if c.category != "resumption" else "农行卡内约二百元"),
        ("房产", "无"), ("车辆", car), ("收入情况", "无固定收入" if c.category != "transfer" else "在监服刑，无收入"),
        ("对外债权", "无"), ("申报人签名", r.legal_rep or r.name), ("日　期", num_date(c.day(12)))], c, rng,
        note="申报人保证以上内容真实、完整，如有虚假，愿承担法律责任。")


def fee_receipt(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    """A 山东省 non-tax receipt, its boxes pre-printed in red, the figures struck by a dot-matrix printer askew."""
    s = pasted(rng, (252, 238, 240), mm(132))
    red = (190, 70, 80)
    s.centred(mm(24), "山东省非税收入通用票据", song_bold(6.2), fill=red)
    s.centred(mm(34), "（收　据　联）", song(3.8), fill=red)
    s.text(mm(22), mm(46), "执收单位（盖章）：", song(3.5), fill=red)
    s.text(mm(130), mm(46), "票据号码：", song(3.5), fill=red)
    s.text(mm(152), mm(45.5), f"No {rng.randint(10000000, 99999999)}", font("mono", mm(3.8)), fill=red)
    fee = int(c.amount) // 100 + 50
    rows = [["交款人", "", "交款日期", ""], ["项目名称", "", "金额（元）", ""], ["金额合计（大写）", ""], ["备注", ""]]
    bottom = table(s, mm(20), mm(54), [mm(34), mm(70), mm(32), mm(40)], rows, song(3.6), row_h=mm(13), fill=red)
    dx, dy = mm(rng.uniform(-2, 4)), mm(rng.uniform(-3.5, 2.5))  # the form fed in a little askew
    dot_matrix(s, mm(57) + dx, mm(58) + dy, c.applicant.name, rng)
    dot_matrix(s, mm(160) + dx, mm(58) + dy, f"{c.filed_on:%Y-%m-%d}", rng)
    dot_matrix(s, mm(57) + dx, mm(71) + dy, "申请执行费", rng)
    dot_matrix(s, mm(160) + dx, mm(71) + dy, f"{fee:.2f}", rng)
    dot_matrix(s, mm(57) + dx, mm(84) + dy, money_caps(__import__("decimal").Decimal(fee)), rng)
    dot_matrix(s, mm(57) + dx, mm(97) + dy, c.number, rng)
    s.text(mm(22), bottom + mm(4), "收款人：", song(3.5), fill=red)
    hand(s, mm(40), bottom + mm(2), person_name(rng), rng, size=mm(4.6), ink=HAND_INK)
    seal(s, mm(60), mm(46), "济南市历下区人民法院财务专用章", rng, radius=mm(15))
    s.lines.append("粘　贴　单")
    return [s]


def online_inquiry_result(c: CaseCtx, rng: random.Random, served: list[str]) -> list[NSheet]:
    """The 总对总 printout; `again`: the second inquiry run before the round is ended."""
    s = NSheet()
    when = c.day((c.closed_on - c.filed_on).days - 15) if "again" in served else c.day(9)
    s.centred(mm(18), "全国法院网络执行查控系统　查询结果", hei(5.4))
    s.text(mm(16), mm(28), f"案号：{c.number}　被查询人：{c.respondent.name}　证件号码：{c.respondent.id_number}", song(3.1))
    s.text(mm(16), mm(34), f"打印时间：{when:%Y-%m-%d} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}", song(3.1))
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "齐鲁银行", "济南农村商业银行",
             "招商银行", "中国邮政储蓄银行", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司", "公安部（车辆）",
             "自然资源部（不动产）", "中国证券登记结算有限责任公司"]
    rows = [["序号", "协助单位", "反馈结果", "余额/财产（元）"]]
    for k, b in enumerate(banks, 1):
        hit = c.category == "resumption" and b == "公安部（车辆）" and "again" not in served
        rows.append([str(k), b, "有财产" if hit else rng.choice(["无账户", "账户余额为零", "无财产"]),
                     c.extra["plate"] if hit else ("0.00" if rng.random() < 0.6 else f"{rng.randint(0, 80)}.{rng.randint(10, 99)}")])
    table(s, mm(16), mm(42), [mm(14), mm(78), mm(44)], rows, song(3.2), row_h=mm(9.5), width=1)
    s.right(s.width - mm(16), s.height - mm(14), "第1页 共1页", song(3.0))
    return [s]


def settlement_agreement(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    s = NSheet()
    s.centred(mm(30), "执 行 和 解 协 议", song_bold(8))
    paid = c.closed_on - timedelta(days=10)
    y = letter(s, mm(48), [
        ("f", f"甲方（申请执行人）：{c.applicant.name}"), ("f", f"乙方（被执行人）：{c.respondent.name}"),
        ("p", f"在{COURT_NAME}执行{c.number}案件过程中，经协商，双方自愿达成如下和解协议："),
        ("p", f"一、乙方于{num_date(paid)}前一次性支付甲方{money(c.amount)}，款项交至法院执行款账户；"),
        ("p", "二、乙方按期足额支付后，甲方放弃迟延履行期间的债务利息，本案执行完毕；"),
        ("p", "三、乙方付清款项后，法院解除对乙方车辆的查封。" if c.category == "resumption" else "三、乙方未按期付款的，甲方可申请恢复执行原生效法律文书。"),
        ("p", "四、本协议一式三份，双方各执一份，交法院附卷一份。")], f=font("song_gb", mm(4.3)), spacing=1.9)
    s.text(mm(30), y + mm(16), "甲方：", song(4.3))
    signature(s, mm(46), y + mm(14), c.applicant.name, rng, ink=HAND_INK)
    s.text(mm(110), y + mm(16), "乙方：", song(4.3))
    signature(s, mm(126), y + mm(14), c.respondent.legal_rep or c.respondent.name, rng)
    hand(s, mm(110), y + mm(34), num_date(c.day((c.closed_on - c.filed_on).days - 30)), rng, size=mm(5))
    return [s]


def payment_voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[NSheet]:
    """A bank's counter slip: pre-printed boxes, the transaction struck by the teller's dot-matrix printer; the
    respondent's payment in, or (`out`) the court paying the money on to the applicant."""
    out = "out" in served
    payer, payee = ("济南市历下区人民法院", c.applicant.name) if out else (c.respondent.name, "济南市历下区人民法院")
    s = pasted(rng, (240, 246, 252), mm(112))
    bank = "齐鲁银行"
    s.centred(mm(22), f"{bank}　客户回单（转账）", song_bold(5.6), fill=(40, 70, 140))
    rows = [["付款人", "", "收款人", ""], ["账　号", "", "账　号", ""], ["金　额", "", "交易日期", ""], ["用　途", ""]]
    table(s, mm(18), mm(34), [mm(26), mm(62), mm(26), mm(60)], rows, song(3.5), row_h=mm(12), fill=(40, 70, 140))
    dx, dy = mm(rng.uniform(-1, 5)), mm(rng.uniform(-3, 3))
    dot_matrix(s, mm(46) + dx, mm(38) + dy, payer, rng)
    dot_matrix(s, mm(136) + dx, mm(38) + dy, payee, rng)
    dot_matrix(s, mm(46) + dx, mm(50) + dy, f"6228{rng.randint(100000000000000, 999999999999999)}", rng)
    dot_matrix(s, mm(136) + dx, mm(50) + dy, f"8601{rng.randint(10000000000, 99999999999)}", rng)
    dot_matrix(s, mm(46) + dx, mm(62) + dy, f"CNY{c.amount:,.2f}", rng)
    dot_matrix(s, mm(136) + dx, mm(62) + dy, f"{c.closed_on - timedelta(days=5 if out else 11):%Y%m%d}", rng)
    dot_matrix(s, mm(46) + dx, mm(74) + dy, f"{c.number}{'案款发放' if out else '执行款'}", rng)
    seal(s, mm(170), mm(96), f"{bank}股份有限公司济南历下支行", rng, radius=mm(14), inner="业务专用章")
    s.lines.append("粘　贴　单")
    return [s]


def closing_approval_form(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    way = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕", "terminated": "终结执行"}.get(c.method, "")
    return _hand_form("执行案件结案审批表", [
        ("案　由", cause(c)), ("申请执行人" if c.category != "transfer" else "移送部门", c.applicant.name if c.category != "transfer" else "本院刑事审判庭"),
        ("被执行人", c.respondent.name), ("立案日期", num_date(c.filed_on)), ("结案方式", way),
        ("执行标的", money(c.amount)), ("承办人意见", f"拟以{way}方式结案。{c.officer}"),
        ("合议庭意见", "同意。"), ("局长审批", f"同意。{c.extra.get('chief', '')} {c.closed_on:%-m.%-d}")], c, rng)


def service_receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[NSheet]:
    """A paper 送达回证 signed by the recipient, or a 法院专递 邮件详情单 printed dot-matrix on the carbon set."""
    names = "、".join(NAMES.get(x, x) for x in served)
    to = c.applicant if served and served[0] in ("acceptance_notice", "closing_notice") else c.respondent
    if rng.random() < 0.45:
        s = pasted(rng, (250, 250, 236), mm(104))
        green = (30, 110, 70)
        s.text(mm(18), mm(16), "EMS", font("sans_bold", mm(9)), fill=green)
        s.text(mm(50), mm(18), "法院专递　邮件详情单", song_bold(5.6), fill=green)
        s.text(mm(140), mm(18), f"EL{rng.randint(100000000, 999999999)}CN", font("mono", mm(4.6)))
        rows = [["寄件人", "", "收件人", ""], ["单　位", "", "地　址", ""], ["内　件", ""], ["案　号", ""],
                ["收件人签名", "", "投递日期", ""]]
        table(s, mm(16), mm(32), [mm(28), mm(66), mm(24), mm(56)], rows, song(3.4), row_h=mm(13), fill=green)
        dx, dy = mm(rng.uniform(-2, 5)), mm(rng.uniform(-4, 3))
        dot_matrix(s, mm(46) + dx, mm(36) + dy, c.officer, rng)
        dot_matrix(s, mm(140) + dx, mm(36) + dy, to.name, rng)
        dot_matrix(s, mm(46) + dx, mm(49) + dy, COURT_NAME, rng)
        dot_matrix(s, mm(140) + dx, mm(49) + dy, to.address[:14], rng)
        dot_matrix(s, mm(46) + dx, mm(62) + dy, names, rng)
        dot_matrix(s, mm(46) + dx, mm(75) + dy, c.number, rng)
        hand(s, mm(50), mm(86), to.name if to.kind == "person" else person_name(rng), rng, size=mm(5.2), ink=HAND_INK)
        hand(s, mm(142), mm(87), f"{c.day(4):%Y.%-m.%-d}", rng, size=mm(4.6), ink=HAND_INK)
        s.lines.append("粘　贴　单")
        return [s]
    return _hand_form("送 达 回 证", [
        ("案　号", c.number), ("送达文书", names), ("受送达人", to.name), ("送达地址", to.address),
        ("受送达人签收", to.legal_rep or to.name), ("签收日期", num_date(c.day(4))), ("送达人", f"{c.officer}、{c.clerk}"),
        ("备　考", "直接送达")], c, rng, number=False)


def property_status_statement(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    r = c.respondent
    return [form("被执行人财产状况表", [
        ["被执行人", f"{r.name}（公民身份号码{r.id_number}）"], ["刑事判决书", c.basis_number],
        ["侦查、审判中查封、扣押、冻结的财产", "无"], ["随案移送的财产", "无"], ["已处置的财产", "无"],
        ["被执行人的其他财产线索", "未发现"], ["填表人", c.judge], ["填表日期", num_date(c.filed_on - timedelta(days=9))]],
        [62, 108], rng, head=f"{COURT_NAME}刑事审判庭", row_mm=13,
        note="说明：本表随移送执行表一并移送执行局。")]


def _record(title: str, c: CaseCtx, rng: random.Random, who: str, when: str, qa: list[str], *,
            place: str = "本院执行局谈话室") -> list[NSheet]:
    """A record written by hand on the court's lined 笔录纸, signed on every page by the person heard."""
    pages: list[NSheet] = []
    head = [f"时间：{when}", f"地点：{place}", f"执行人员：{c.officer}　记录人：{c.clerk}", f"被询问人：{who}"]
    lines = [part[k:k + 30] for part in [*head, *qa, "以上笔录我看过，与我说的一致。"] for k in range(0, len(part), 30)]
    per = 17
    for start in range(0, len(lines), per):
        s = NSheet()
        s.centred(mm(18), COURT_NAME, song_bold(5))
        s.centred(mm(27), title, hei(7), spacing=mm(2))
        for k in range(19):
            s.line(mm(20), mm(50) + k * mm(12.4), s.width - mm(20), mm(50) + k * mm(12.4), width=1, fill=(190, 80, 80))
        for k, line in enumerate(lines[start:start + per]):
            hand(s, mm(24), mm(41) + k * mm(12.4), line, rng, size=mm(5.2))
        s.text(s.width - mm(70), s.height - mm(28), "被询问人：", song(3.6))
        signature(s, s.width - mm(48), s.height - mm(31), who, rng)
        s.centred(s.height - mm(14), f"第{len(pages) + 1}页", song(3.2))
        pages.append(s)
    return pages


def investigation_record(c: CaseCtx, rng: random.Random, served: list[str]) -> list[NSheet]:
    r = c.respondent
    if "seizure" in served:
        return _record("扣押笔录", c, rng, r.name, num_date(c.day(9)), [
            f"执行人员在济南市历下区{rng.choice(['燕子山小区', '甸柳新村', '羊头峪小区'])}地面停车场找到被执行人车辆。",
            f"车辆：{c.extra['car']}，号牌{c.extra['plate']}，", "车身灰色，外观无明显损伤，行驶里程约九万公里。",
            "问：这辆车是不是你的？", "答：是我的，平时我自己开。",
            "问：本院依法扣押该车辆，你有什么意见？", "答：没有意见，我想和对方协商还钱。",
            "问：扣押期间不得擅自处分该车辆，明白吗？", "答：明白。",
            "车辆钥匙一把已交执行人员，车辆拖至法院指定停车场。"], place="被执行人车辆停放处")
    if c.category == "transfer":
        return _record("调查笔录", c, rng, person_name(rng), num_date(c.extra["died"] + timedelta(days=8)), [
            f"问：你和{r.name}是什么关系？", "答：我是他的哥哥。",
            f"问：{r.name}什么时候去世的？", f"答：{num_date(c.extra['died'])}在监狱医院病故，监狱通知的我们。",
            f"问：{r.name}生前有没有房产、车辆、存款？", "答：没有，他被抓之前就把钱都花光了，房子是租的。",
            "问：有没有人继承他的财产？", "答：他没有结婚，没有孩子，父母已去世，什么遗产也没有。",
            "问：还有什么补充？", "答：没有。"])
    return _record("调查笔录", c, rng, r.legal_rep or r.name, num_date(c.day(29)), [
        "问：我们是历下区法院执行人员，今天向你调查财产。", "答：知道了。",
        "问：公司现在经营情况？", "答：去年就停业了，房租到期撤了。",
        "问：公司账户、车辆、房产有没有？", "答：账户都被冻结了，里面没钱，没有车和房。",
        "问：有没有对外的应收款？", "答：有几笔收不回来，对方也找不到了。",
        "问：还有什么补充？", "答：没有了，有钱一定还。"])


def interview_record(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    return _record("谈话笔录", c, rng, c.applicant.name, num_date(c.day((c.closed_on - c.filed_on).days - 12)), [
        "问：今天约你来，告知本案财产调查情况。", "答：好。",
        "问：经网络查控、现场调查，未发现被执行人可供执行的财产，已限制消费、纳入失信名单。你是否知悉？", "答：知悉。",
        "问：你能否提供新的财产线索？", "答：目前提供不了。",
        "问：本院拟终结本次执行程序，你有何意见？", "答：没有意见，以后发现财产再申请恢复执行。"])


def evidence(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    """The prison's notice of death and the 居民死亡医学证明书, both photocopies checked against the originals."""
    r = c.respondent
    prison = str(c.extra.get("prison", "山东省济南监狱"))
    first = NSheet(copy=True)
    first.centred(mm(30), prison, song_bold(6.8))
    first.centred(mm(44), "罪犯死亡通知书", hei(8), spacing=mm(1))
    first.right(first.width - mm(26), mm(60), f"（2020）鲁狱{rng.choice(['济', '中'])}死字第{rng.randint(3, 30)}号", song(3.8))
    y = letter(first, mm(74), [("f", "济南市历下区人民法院："),
                               ("p", f"罪犯{r.name}，{r.sex}，公民身份号码{r.id_number}，因犯诈骗罪经你院{c.basis_number}刑事判决"
                                     f"判处有期徒刑，于{c.basis_effective.year}年交付我狱执行。该犯于{num_date(c.extra['died'])}"
                                     "因病经抢救无效死亡。经检察机关检察，排除他杀，系正常死亡。"),
                               ("p", "特此通知。")])
    first.right(first.width - mm(40), y + mm(24), cn_date(c.extra["died"] + timedelta(days=3)), song(4.2))
    seal(first, first.width - mm(70), y + mm(20), prison, rng)
    copy_stamp(first, mm(30), mm(240), c.officer, f"{c.extra['died'] + timedelta(days=10):%Y.%-m.%-d}", rng)
    second = form("居民死亡医学证明（推断）书", [
        ["死者姓名", r.name], ["性别", r.sex], ["有效身份证件号码", r.id_number], ["死亡日期", num_date(c.extra["died"])],
        ["死亡地点", f"{prison}医院"], ["直接死亡原因", "呼吸循环衰竭"], ["根本死亡原因", "重症肺炎"],
        ["医师签名", ""], ["医疗卫生机构盖章", ""]], [56, 114], rng, head="山东省卫生健康委员会监制", row_mm=12,
        hands={"医师签名": person_name(rng)})
    second.copy = True
    second.starts_document = True  # the hospital's certificate is a paper of its own behind the prison's notice
    copy_stamp(second, mm(110), mm(240), c.officer, f"{c.extra['died'] + timedelta(days=10):%Y.%-m.%-d}", rng)
    return [first, second]


def dossier_cover(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    """The printed 卷皮, filled by hand; its page count written when the volume was numbered."""
    s = NSheet(paper=(236, 222, 196))
    s.centred(mm(34), COURT_NAME, song_bold(7.4), spacing=mm(0.6))
    s.centred(mm(54), "执 行 案 卷", font("serif_bold", mm(13)), spacing=mm(3))
    s.centred(mm(76), "（正卷）", song(5))
    rows = [["案　号", ""], ["案　由", ""], ["申请执行人" if c.category != "transfer" else "移送部门", ""], ["被执行人", ""],
            ["收案日期", ""], ["结案日期", ""], ["结案方式", ""], ["承办人", ""], ["本卷共", ""], ["归档日期", ""], ["保管期限", ""]]
    y0 = mm(96)
    table(s, mm(34), y0, [mm(38), mm(104)], rows, song(4.4), row_h=mm(14), width=3)
    way = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕", "terminated": "终结执行"}.get(c.method, "")
    values = [c.number, cause(c), c.applicant.name if c.category != "transfer" else "本院刑事审判庭", c.respondent.name,
              num_date(c.filed_on), num_date(c.closed_on), way, c.officer, "", num_date(c.closed_on + timedelta(days=60)), "长期"]
    for k, v in enumerate(values):
        if v:
            hand(s, mm(76), y0 + k * mm(14) + mm(3.5), v, rng, size=mm(5.2), ink=HAND_INK)

    def count(sheet: NSheet) -> None:
        hand(sheet, mm(76), y0 + 8 * mm(14) + mm(3.5), f"{int(c.extra.get('leaves', 0))}页", rng, size=mm(5.2), ink=HAND_INK)

    s.deferred = count
    return [s]


def catalogue(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    """The 卷内目录, ruled and printed, every entry written by hand once the pages were numbered."""
    s = NSheet()
    s.centred(mm(18), "卷 内 目 录", hei(8), spacing=mm(2))
    s.text(mm(20), mm(31), f"案号：{c.number}", song(3.6))
    rows_n = 34
    row_h = mm(6.9)
    y0 = mm(38)
    table(s, mm(18), y0, [mm(16), mm(104), mm(20), mm(18)], [["序号", "文件材料名称", "页号", "备注"]] + [["", "", "", ""]] * rows_n,
          song(3.4), row_h=row_h, width=1)

    def fill(sheet: NSheet) -> None:
        ledger: list[tuple[str, int]] = list(c.extra.get("ledger", []))
        for k, (name, first) in enumerate(ledger[:rows_n]):
            y = y0 + (k + 1) * row_h + mm(0.6)
            hand(sheet, mm(21), y, str(k + 1), rng, size=mm(4.2), ink=HAND_INK)
            hand(sheet, mm(36), y, name, rng, size=mm(4.2), ink=HAND_INK)
            hand(sheet, mm(141), y, str(first), rng, size=mm(4.2), ink=HAND_INK)

    s.deferred = fill
    return [s]


def file_review_form(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    return _hand_form("执行案件卷宗复核表", [
        ("案　号", c.number), ("承办人", c.officer), ("法律文书是否齐全", "齐全"), ("送达手续是否完备", "完备"),
        ("卷宗排列、编页是否规范", "规范"), ("复核意见", "符合归档要求，同意归档。"),
        ("复核人", f"{c.extra.get('archivist', '')}　{c.closed_on + timedelta(days=50):%Y.%-m.%-d}")], c, rng,
        number=False, cols=(56, 114))


def remarks_sheet(c: CaseCtx, rng: random.Random, _s: list[str]) -> list[NSheet]:
    """The 备考表 at the back of the volume, written by hand; its page count filled in with the catalogue."""
    s = NSheet()
    s.centred(mm(24), "卷 内 备 考 表", hei(8), spacing=mm(2))
    s.box(mm(24), mm(42), s.width - mm(24), mm(250), width=3)
    s.text(mm(30), mm(48), "本卷情况说明：", song(4.2))

    def fill(sheet: NSheet) -> None:
        lines = [f"本卷共有文件材料{int(c.extra.get('leaves', 0))}页，", "其中照片0张，光盘0张。",
                 "卷内材料已按顺序排列、编号，", "无缺页、重页。"]
        for k, line in enumerate(lines):
            hand(sheet, mm(40), mm(62) + k * mm(13), line, rng, size=mm(5.4), ink=HAND_INK)

    s.deferred = fill
    s.text(mm(30), mm(200), "立卷人：", song(4.2))
    signature(s, mm(52), mm(197), c.officer, rng, ink=HAND_INK)
    s.text(mm(30), mm(216), "检查人：", song(4.2))
    signature(s, mm(52), mm(213), str(c.extra.get("archivist", "")), rng, ink=HAND_INK)
    s.text(mm(120), mm(232), "立卷时间：", song(4.2))
    hand(s, mm(144), mm(230), num_date(c.closed_on + timedelta(days=40)), rng, size=mm(4.8), ink=HAND_INK)
    return [s]


DRAW = {code: fn for code, fn in globals().items() if code in CODES}
__all__ = ["CODES", "basis_name", "catalogue_name", "cause", "render", "resp_line"]
