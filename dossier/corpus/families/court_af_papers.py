"""The papers court_af's dossiers receive from elsewhere, each in its author's style: the 贺兰山公证处's 公证债权文书
(a 借款合同 for a 枸杞 trader) and its 执行证书; the 金凤区人民法院's 要素式民事判决书 (a table of the claim's elements,
then 判决如下); the 银川中院's 二审 judgment; the 清真 food company's 营业执照 copy and 法定代表人身份证明书; ID cards and
the lawyer's 执业证 glued on the court's 粘贴单; a 宁夏 law firm's 所函 and its application; 宁夏银行 and 黄河农村商业银行
replies, the 不动产登记中心's answer, the 总对总 printout, bank slips and the 非税收入 receipt."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import INK, RED, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_af_kit import BLUE, COURT, paste_sheet
from dossier.corpus.fonts import Font, font

NOTARY = "宁夏回族自治区银川市贺兰山公证处"
JINFENG = "宁夏回族自治区银川市金凤区人民法院"
MIDDLE = "宁夏回族自治区银川市中级人民法院"
REGISTRY = "银川市不动产登记中心"
BANKS = ("宁夏银行股份有限公司银川兴庆支行", "宁夏黄河农村商业银行股份有限公司兴庆支行")
CODES = frozenset({
    "enforcement_application", "resumption_application", "enforcement_basis", "effectiveness_certificate",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "online_inquiry_result",
    "payment_voucher", "fee_receipt", "settlement_agreement",
})
"""(the court's own printed forms filled by parties — 财产线索表, 收款确认书, 送达地址确认书, 财产申报表 — are drawn
with the court's papers)"""


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return {
        "enforcement_application": application,
        "resumption_application": resumption_application,
        "enforcement_basis": basis,
        "effectiveness_certificate": certificate,
        "identity_proof": identity,
        "power_of_attorney": attorney,
        "law_firm_letter": firm_letter,
        "lawyer_license": licence,
        "online_inquiry_result": inquiry,
        "payment_voucher": voucher,
        "fee_receipt": fee,
        "settlement_agreement": settlement,
    }[code](c, rng, served)


def typed(blocks: Sequence[Block], *, issuer: str = "", title: str, number: str = "", body: str = "song_gb",
          size_mm: float = 5.2, title_role: str = "song_gb", title_mm: float = 8.5, spacing_mm: float = 2.5,
          top: float = 30, left: float = 28, right: float = 26, bottom: float = 30, footer: str = "none",
          letterhead: bool = False) -> tuple[list[Sheet], float]:
    """Another body's typed paper through draw.flow: its heading, its running text, its own footer or none."""
    if body in ("song_gb", "kai_gb"):  # the GB 2312 faces have no 〇: typists write ○
        blocks = [(k, t.replace("〇", "○")) for k, t in blocks]
    sheets = [Sheet()]
    s = sheets[0]
    f = font(body, mm(size_mm))
    lh = f.size * 1.75
    y = float(mm(top))
    if issuer and letterhead:
        s.centred(y, issuer, font("song_gb", mm(title_mm * 1.05)), fill=RED, spacing=mm(0.8))
        y += mm(title_mm * 1.6)
        s.line(mm(left), y, s.width - mm(right), y, width=5, fill=RED)
        y += mm(8)
    elif issuer:
        s.centred(y, issuer, font(title_role, mm(title_mm * 0.85)), spacing=mm(1))
        y += mm(title_mm * 1.5)
    tf = font(title_role, mm(title_mm))
    s.centred(y, title, tf, spacing=mm(spacing_mm))
    y += tf.size * 1.8
    if number:
        s.right(s.width - mm(right), y, number, f)
        y += lh * 1.3
    bottom_y = s.height - mm(bottom)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(top - 5))

    y = flow(s, blocks, f, x0=mm(left), width=s.width - mm(left) - mm(right), y=y, line_height=lh,
             indent=2 * f.size, bottom=bottom_y, more=more)
    m = len(sheets)
    for n, sh in enumerate(sheets, 1):
        fy = sh.height - mm(bottom) + mm(9)
        if footer == "dash" and m > 1:
            sh.centred(fy, f"- {n} -", font(body, mm(4)))
        elif footer == "of":
            sh.centred(fy, f"第 {n} 页 共 {m} 页", font(body, mm(3.8)))
            sh.page_of = (n, m)
    return sheets, y + mm(8)


def room(sheets: list[Sheet], y: float, need_mm: float) -> tuple[Sheet, float]:
    """The last sheet and y, or a fresh sheet when fewer than `need_mm` remain above the foot."""
    s = sheets[-1]
    if y + mm(need_mm) > s.height - mm(22):
        s = Sheet()
        sheets.append(s)
        y = float(mm(35))
    return s, y


def end(s: Sheet, y: float, lines: Sequence[str], rng: random.Random, f: Font, *, seal_name: str = "",
        right: float = 30) -> float:
    for line in lines:
        s.right(s.width - mm(right), y, line.replace("〇", "○"), f)
        y += f.size * 1.8
    if seal_name:
        seal(s, s.width - mm(right) - mm(28), y - f.size * 2.2, seal_name, rng)
    return y


def person(p: Party, role: str) -> str:
    born = f"{p.born.year}年{p.born.month}月{p.born.day}日出生，" if p.born else ""
    return f"{role}：{p.name}，{p.sex}，{born}住{p.address}，公民身份号码{p.id_number}。"


def org(p: Party, role: str) -> str:
    return f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"


def who(p: Party, role: str) -> str:
    return person(p, role) if p.kind == "person" else org(p, role)


# ---------------------------------------------------------------- the bases


def basis(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    story = c.extra["story"]
    if story == "notarial":
        return notarial(c, rng)
    if story == "appeal":
        return appeal(c, rng)
    return element_judgment(c, rng)


def notarial(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """公证书 (赋予强制执行效力的债权文书公证) with the 借款合同 it attests."""
    loan = c.extra["loan"]
    signed: date = c.extra["signed"]
    blocks: list[Block] = [
        ("f", who(c.applicant, "申请人（出借人）")),
        ("f", who(c.respondent, "申请人（借款人）")),
        ("f", "公证事项：具有强制执行效力的债权文书公证（借款合同）"),
        ("p", f"申请人{c.applicant.name}与申请人{c.respondent.name}于{num_date(signed)}向本处申请办理前面的《借款合同》"
              "公证，并共同申请赋予该合同强制执行效力。"),
        ("p", f"经查，借款人{c.respondent.name}系从事枸杞干果收购、加工及销售的企业，因收购{signed.year}年头茬枸杞需要，"
              f"向出借人借款{money(loan)}，借期{c.extra['months']}个月，月利率{c.extra['rate']}%。双方当事人具有签订合同"
              "的民事权利能力和民事行为能力；借款人的法定代表人" + c.respondent.legal_rep + "经该公司股东会决议授权签署合同。"),
        ("p", "双方当事人在《借款合同》第十一条中约定：借款人不履行或者不适当履行合同义务时，出借人可以向公证处申请"
              "出具执行证书，并持执行证书向有管辖权的人民法院申请强制执行，借款人自愿接受强制执行，放弃抗辩权。"),
        ("p", "兹证明出借人" + c.applicant.name + "与借款人" + c.respondent.name + f"于{num_date(signed)}在本公证员"
              "面前签订了前面的《借款合同》，双方当事人的签订行为符合《中华人民共和国民法典》第一百四十三条的规定，"
              "合同上当事人的签字、印章均属实。"),
        ("p", "依据《中华人民共和国公证法》第三十七条的规定，前面的《借款合同》具有强制执行效力。"),
    ]
    sheets, y_end = typed(blocks, title="公　证　书", number=c.basis_number, title_role="song_gb", title_mm=11,
                   spacing_mm=4, top=40, footer="none")
    s = sheets[-1]
    f = font("song_gb", mm(5.2))
    s, y = room(sheets, y_end, 45)
    end(s, y, [NOTARY, f"公证员　{c.extra['notary']}", cn_date(signed)], rng, f, seal_name=NOTARY)
    contract: list[Block] = [
        ("f", f"出借人（甲方）：{c.applicant.name}　　身份证号：{c.applicant.id_number}"),
        ("f", f"借款人（乙方）：{c.respondent.name}　　法定代表人：{c.respondent.legal_rep}"),
        ("p", "乙方为经营枸杞、葡萄酒等宁夏特产的收购与批发业务，向甲方借款。双方经平等协商，订立本合同。"),
        ("f", f"第一条　借款金额：{money(loan)}。"),
        ("f", f"第二条　借款期限：自{num_date(signed)}起{c.extra['months']}个月，到期一次还本。"),
        ("f", f"第三条　借款利率：月利率{c.extra['rate']}%，按月付息，每月二十日前支付。"),
        ("f", "第四条　借款用途：收购枸杞鲜果及干果仓储，不得挪作他用。"),
        ("f", f"第五条　甲方于合同签订之日起三日内将借款转入乙方在{c.extra['resp_bank']}开立的账户。"),
        ("f", "第六条　乙方逾期还款的，逾期部分按借款利率上浮百分之五十计收罚息，并承担甲方实现债权的费用。"),
        ("f", "第七条至第十条　（陈述与保证、通知、合同变更、争议解决，略）"),
        ("f", "第十一条　双方同意对本合同办理具有强制执行效力的债权文书公证；乙方不履行或不完全履行还款义务时，"
              "甲方可向公证机构申请出具执行证书，乙方自愿直接接受人民法院的强制执行。"),
        ("f", "第十二条　本合同一式三份，甲乙双方及公证处各执一份，自公证之日起生效。"),
    ]
    more, y_end2 = typed(contract, title="借 款 合 同", body="song_gb", size_mm=4.8, title_role="hei", title_mm=8, top=28,
                 footer="dash")
    s2 = more[-1]
    s2, y2 = room(more, y_end2, 45)
    f2 = font("song_gb", mm(4.8))
    s2.text(mm(28), y2, "甲方（签字）：", f2)
    signature(s2, mm(62), y2 - mm(2), c.applicant.name, rng)
    s2.text(mm(110), y2, "乙方（盖章）：", f2)
    seal(s2, mm(150), y2 + mm(4), c.respondent.name, rng)
    s2.text(mm(110), y2 + mm(12), "法定代表人：", f2)
    signature(s2, mm(140), y2 + mm(10), c.respondent.legal_rep, rng)
    s2.text(mm(28), y2 + mm(24), f"签订日期：{num_date(signed)}", f2)
    return sheets + more


def certificate(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """执行证书: the notary's certificate that the debt is unpaid, the basis's certificate of effect."""
    loan: Decimal = c.extra["loan"]
    interest = c.amount - loan
    blocks: list[Block] = [
        ("f", who(c.applicant, "申请执行人")),
        ("f", who(c.respondent, "被执行人")),
        ("p", f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}于{num_date(c.extra['signed'])}签订的《借款合同》，"
              f"经本处以{c.basis_number}公证书赋予强制执行效力。"),
        ("p", f"{c.applicant.name}于{num_date(c.filed_on - timedelta(days=30))}向本处申请出具执行证书。本处向被执行人"
              "核实，被执行人对借款事实及未按期还款无异议，但称因枸杞收购价格下跌、货款未能回笼，无力偿还。"),
        ("p", "经核实，被执行人已付利息至" + num_date(c.extra["signed"] + timedelta(days=150)) + "，借款本金未偿还。"),
        ("p", "根据《中华人民共和国公证法》第三十七条及《公证程序规则》第五十五条的规定，申请执行人可以向有管辖权的"
              "人民法院申请强制执行，执行标的为："),
        ("f", f"一、借款本金{money(loan)}；"),
        ("f", f"二、截至申请执行之日的利息及罚息{money(interest)}；"),
        ("f", "三、自申请执行之日起至实际清偿之日止的利息，按合同约定计算。"),
        ("p", "以上合计" + money(c.amount) + "（不含第三项）。"),
    ]
    sheets, y_end = typed(blocks, title="执　行　证　书", number=c.extra["cert_number"], title_mm=10.5, spacing_mm=3, top=38)
    s = sheets[-1]
    f = font("song_gb", mm(5.2))
    s, y = room(sheets, y_end, 45)
    end(s, y, [NOTARY, f"公证员　{c.extra['notary']}",
                                                            cn_date(c.filed_on - timedelta(days=20))],
        rng, f, seal_name=NOTARY)
    return sheets


def element_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """金凤区法院's 要素式民事判决书: the parties, then the claim's elements in a table (诉请 / 答辩 / 认定), then 判决如下."""
    sheets = [Sheet()]
    s = sheets[0]
    f = font("ming", mm(4.9))
    y = float(mm(26))
    s.centred(y, JINFENG, font("song_gb", mm(7.4)), spacing=mm(0.6))
    y += mm(12)
    s.centred(y, "民 事 判 决 书", font("song_gb", mm(9.5)), spacing=mm(1.5))
    y += mm(13)
    s.centred(y, "（要素式）", font("kai", mm(5.2)))
    y += mm(10)
    s.right(s.width - mm(25), y, c.basis_number, f)
    y += mm(11)
    lh = f.size * 1.7
    x0, width = float(mm(27)), s.width - mm(52)
    blocks: list[Block] = [
        ("f", who(c.applicant, "原告")),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", who(c.respondent, "被告")),
        ("p", f"原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，本院于{num_date(c.extra['trial'] - timedelta(days=40))}"
              "立案后，适用简易程序，于" + num_date(c.extra["trial"]) + "公开开庭进行了审理。原、被告均到庭参加诉讼。"
              "本案当事人填写了要素表，本院归纳争议要素如下，对双方无争议的要素直接予以确认。"),
    ]
    y = flow(s, blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=2 * f.size)
    claim = c.extra["price"]
    rows = [
        ["要素", "原告诉请", "被告答辩", "本院认定"],
        ["合同订立", f"{num_date(c.extra['signed'])}签订《清真牛羊肉供货合同》", "无异议", "予以确认"],
        ["供货情况", f"供应清真牛羊肉及熟食制品，价款{claim:,.2f}元", "对数量无异议，部分批次质量有瑕疵", "双方对账单载明"
         f"货款{claim:,.2f}元，被告未提出质量异议证据，予以确认"],
        ["已付货款", "被告仅支付部分，尚欠全部尾款", "已付部分货款，其余因经营困难未付", f"被告尚欠{c.amount:,.2f}元"],
        ["逾期利息", "按LPR自起诉之日起计", "请求酌减", "按一年期LPR自起诉之日起计算"],
        ["诉讼费用", "由被告负担", "—", "由被告负担"],
    ]
    tf = font("ming", mm(3.9))
    heights = [mm(9), mm(15), mm(22), mm(18), mm(15), mm(10)]
    y = table(s, x0, y + mm(2), [mm(24), mm(43), mm(38), width - mm(105)], rows, tf, row_h=heights, width=2,
              centre_first=True) + mm(6)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(24))

    rest: list[Block] = [
        ("p", "本院认为，原、被告之间的买卖合同关系合法有效。原告已依约供货，被告应按约支付货款。被告未按期付款，"
              "应承担付款及逾期付款的违约责任。依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百二十六条，"
              "《中华人民共和国民事诉讼法》第六十七条之规定，判决如下："),
        ("f", f"一、被告{c.respondent.name}于本判决生效之日起十日内支付原告{c.applicant.name}货款{money(c.amount)}；"),
        ("f", "二、被告于本判决生效之日起十日内支付原告逾期付款利息（以欠款为基数，按一年期贷款市场报价利率，自起诉之日起"
              "计算至实际给付之日止）。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍"
              "支付迟延履行期间的债务利息。"),
        ("p", f"案件受理费{c.extra['trial_fee']}元，减半收取，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于"
              "宁夏回族自治区银川市中级人民法院。"),
    ]
    y = flow(sheets[-1], rest, f, x0=x0, width=width, y=y, line_height=lh, indent=2 * f.size,
             bottom=sheets[-1].height - mm(30), more=more)
    s = sheets[-1]
    if y > s.height - mm(70):
        s = Sheet()
        sheets.append(s)
        y = float(mm(30))
    y = end(s, y + mm(6), [f"审判员　{c.extra['trial_judge']}", cn_date(c.extra["trial"] + timedelta(days=12))], rng, f,
            seal_name=JINFENG)
    end(s, y + mm(2), ["本件与原本核对无异", f"书记员　{c.extra['trial_clerk']}"], rng, f)
    for n, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(16), f"— {n} —", font("ming", mm(4)))
    return sheets


def appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """银川中院's 二审 judgment (驳回上诉，维持原判) on a 酿酒葡萄 sale."""
    first = c.extra["first_number"]
    blocks: list[Block] = [
        ("f", who(c.respondent, "上诉人（原审被告）")),
        ("f", who(c.applicant, "被上诉人（原审原告）")),
        ("p", f"上诉人{c.respondent.name}因与被上诉人{c.applicant.name}买卖合同纠纷一案，不服银川市兴庆区人民法院{first}"
              "民事判决，向本院提起上诉。本院立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"上诉人上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：{c.extra['grapes']}酿酒葡萄糖度"
              "未达到合同约定标准，上诉人有权拒付部分价款。"),
        ("p", "被上诉人辩称，葡萄交付时上诉人已过磅验收并出具收货单，未提出质量异议，一审判决正确，请求维持。"),
        ("p", "本院经审理查明的事实与一审查明的事实一致，本院予以确认。"),
        ("p", "本院认为，上诉人在收货时未对葡萄质量提出异议，亦未在合理期限内通知被上诉人，其关于糖度不达标的主张"
              "缺乏证据支持。一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》"
              "第一百七十七条第一款第一项规定，判决如下："),
        ("f", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{c.extra['trial_fee']}元，由上诉人{c.respondent.name}负担。"),
        ("p", "本判决为终审判决。"),
        ("p", f"（一审判决主文：被告{c.respondent.name}于判决生效之日起十日内支付原告{c.applicant.name}葡萄款"
              f"{money(c.amount)}。）"),
    ]
    sheets, y_end = typed(blocks, issuer=MIDDLE, title="民 事 判 决 书", number=c.basis_number, body="song_gb", size_mm=5.1,
                   title_role="song_gb", title_mm=9.5, spacing_mm=1, top=26, footer="of")
    s = sheets[-1]
    f = font("song_gb", mm(5.1))
    s, y = room(sheets, y_end, 45)
    if y > s.height - mm(80):
        s = Sheet()
        sheets.append(s)
        y = float(mm(40))
        m = len(sheets)
        for n, sh in enumerate(sheets, 1):
            sh.page_of = (n, m)
    y = end(s, y, [f"审判长　{c.extra['trial_judge']}", f"审判员　{c.extra['judge2']}", f"审判员　{c.extra['judge3']}",
                   cn_date(c.basis_effective)], rng, f, seal_name=MIDDLE)
    end(s, y, [f"书记员　{c.extra['trial_clerk']}"], rng, f)
    return sheets


# ---------------------------------------------------------------- parties' papers


def _lawyer_blocks(c: CaseCtx) -> list[Block]:
    return [("f", who(c.applicant, "申请执行人")),
            ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
            ("f", who(c.respondent, "被执行人"))]


def application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    what = (f"{NOTARY}{c.basis_number}公证书及{c.extra['cert_number']}执行证书" if c.extra["story"] == "notarial"
            else f"{c.basis_court}{c.basis_number}民事判决书")
    blocks = [*_lawyer_blocks(c),
              ("f", "执行请求："),
              ("f", f"1. 请求强制执行被执行人支付{money(c.amount)}及迟延履行期间的债务利息；"),
              ("f", "2. 请求对被执行人及其法定代表人采取限制消费措施；"),
              ("f", "3. 被执行人有履行能力而拒不履行的，请求将其纳入失信被执行人名单；"),
              ("f", "4. 本案执行费用由被执行人负担。"),
              ("f", "事实与理由："),
              ("p", f"{what}已发生法律效力，被执行人至今未履行。申请人据此向贵院申请强制执行。被执行人在"
                    f"{c.extra['resp_bank']}开有账户，另有枸杞仓储库房及车辆，详见财产线索表。"),
              ("f", "此致"),
              ("f", COURT)]
    sheets, y_end = typed(blocks, title="强制执行申请书", body="song_gb", size_mm=5.0, title_role="hei", title_mm=8,
                   spacing_mm=1, top=28, footer="none")
    s = sheets[-1]
    f = font("song_gb", mm(5.0))
    s, y = room(sheets, y_end, 45)
    s.right(s.width - mm(60), y, "申请执行人：", f)
    if c.applicant.kind == "person":
        signature(s, s.width - mm(58), y - mm(2), c.applicant.name, rng)
    else:
        s.text(s.width - mm(58), y, c.applicant.name, f)
        seal(s, s.width - mm(45), y + mm(3), c.applicant.name, rng)
    s.right(s.width - mm(60), y + mm(12), "代理人：", f)
    signature(s, s.width - mm(58), y + mm(10), c.agent, rng)
    hand(s, s.width - mm(70), y + mm(24), num_date(c.filed_on - timedelta(days=2)), rng, size=mm(5.4), ink=BLUE)
    return sheets


def resumption_application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    blocks = [*_lawyer_blocks(c),
              ("f", "请求事项："),
              ("p", f"恢复{c.previous_number}案的执行，继续执行{c.basis_number}民事判决书确定的给付义务{money(c.amount)}。"),
              ("f", "事实与理由："),
              ("p", f"贵院在{c.previous_number}案中因未发现被执行人可供执行的财产，于{num_date(c.extra['old_round'])}"
                    "裁定终结本次执行程序。近日申请人发现被执行人名下新增财产线索：被执行人在银川市兴庆区"
                    f"{c.extra['plot']}有商业用房一套（不动产权证号宁（{c.filed_on.year - 1}）银川市不动产权第"
                    f"{rng.randint(1000000, 9999999)}号），另在宁夏银行有新开立的结算账户。"),
              ("p", "根据《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第九条之规定，申请恢复执行。"),
              ("f", "此致"),
              ("f", COURT)]
    sheets, y_end = typed(blocks, title="恢复执行申请书", body="song_gb", size_mm=5.0, title_role="song_gb", title_mm=8.5,
                   spacing_mm=1.5, top=28)
    s = sheets[-1]
    f = font("song_gb", mm(5.0))
    s, y = room(sheets, y_end, 45)
    s.right(s.width - mm(60), y, "申请人：", f)
    signature(s, s.width - mm(58), y - mm(2), c.applicant.name, rng)
    hand(s, s.width - mm(70), y + mm(12), num_date(c.filed_on - timedelta(days=1)), rng, size=mm(5.4), ink=BLUE)
    # the original undertaker's note on the application
    y += mm(30)
    s.box(mm(28), y, s.width - mm(26), y + mm(30), width=2)
    s.text(mm(31), y + mm(2), "原承办人意见：", font("hei", mm(4.2)))
    hand(s, mm(31), y + mm(10), "有新财产线索，同意恢复执行。", rng, size=mm(5.8), ink=BLUE)
    hand(s, s.width - mm(90), y + mm(20), f"{c.officer}　{num_date(c.filed_on)}", rng, size=mm(5), ink=BLUE)
    return sheets


def _id_card(p: Party, rng: random.Random, hui: bool = False) -> list[Sheet]:
    """A photocopied ID card, front and back, each as a small slip to glue."""
    w, h = mm(86 * 1.25), mm(54 * 1.25)
    front = Sheet(size=(w, h), paper=(236, 236, 232))
    front.box(2, 2, w - 3, h - 3, width=3, outline=(120, 120, 120))
    f = font("hei", mm(3.6))
    v = font("hei", mm(4.0))
    x = mm(6)
    front.text(x, mm(6), "姓名", f, fill=(90, 90, 90))
    front.text(x + mm(14), mm(5.5), p.name, v)
    front.text(x, mm(15), "性别", f, fill=(90, 90, 90))
    front.text(x + mm(14), mm(14.5), p.sex, v)
    front.text(x + mm(30), mm(15), "民族", f, fill=(90, 90, 90))
    front.text(x + mm(44), mm(14.5), "回" if hui else "汉", v)
    born = p.born or date(1980, 1, 1)
    front.text(x, mm(24), "出生", f, fill=(90, 90, 90))
    front.text(x + mm(14), mm(23.5), f"{born.year} 年 {born.month} 月 {born.day} 日", v)
    front.text(x, mm(33), "住址", f, fill=(90, 90, 90))
    front.text(x + mm(14), mm(32.5), p.address[:12], v)
    if len(p.address) > 12:
        front.text(x + mm(14), mm(38.5), p.address[12:], v)
    front.text(x, mm(55), "公民身份号码", f, fill=(90, 90, 90))
    front.text(x + mm(26), mm(54.5), p.id_number, font("sans_bold", mm(4.4)))
    front.draw.rectangle((w - mm(34), mm(8), w - mm(7), mm(44)), fill=(175, 175, 172))
    back = Sheet(size=(w, h), paper=(236, 236, 232))
    back.box(2, 2, w - 3, h - 3, width=3, outline=(120, 120, 120))
    back.centred(mm(12), "中华人民共和国", font("hei", mm(6)))
    back.centred(mm(23), "居 民 身 份 证", font("hei", mm(7)), spacing=mm(1))
    back.text(mm(14), mm(44), f"签发机关　银川市公安局{p.address[3:6] if p.address.startswith('银川市') else '兴庆'}分局",
              f)
    back.text(mm(14), mm(52), f"有效期限　{born.year + 40}.03.11-长期" if born.year < 1980 else
              "有效期限　2019.06.20-2039.06.20", f)
    return [front, back]


def licence_copy(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """A 营业执照 (副本) photocopy, full page, with the company's 复印件与原件一致 note and seal."""
    s = Sheet(paper=(244, 244, 240))
    x0, y0, x1, y1 = mm(18), mm(22), s.width - mm(18), s.height - mm(40)
    s.box(x0, y0, x1, y1, width=10, outline=(110, 110, 110))
    s.box(x0 + mm(4), y0 + mm(4), x1 - mm(4), y1 - mm(4), width=2, outline=(110, 110, 110))
    s.centred(y0 + mm(18), "营 业 执 照", font("song_gb", mm(14)), spacing=mm(4))
    s.centred(y0 + mm(38), "（副　本）", font("song_gb", mm(6)))
    f = font("song_gb", mm(4.6))
    rows = [("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("经营范围", c.extra.get("scope", "食品销售")),
            ("注册资本", f"{c.extra.get('capital', 500)}万元整"), ("成立日期", c.extra.get("founded", "2015年04月08日")),
            ("住　　所", p.address)]
    y = y0 + mm(58)
    for label, value in rows:
        s.text(x0 + mm(14), y, label, f)
        parts = [value[i:i + 24] for i in range(0, len(value), 24)]
        for part in parts:
            s.text(x0 + mm(56), y, part, f)
            y += mm(8)
        y += mm(3)
    s.text(x1 - mm(80), y1 - mm(48), "登记机关", f)
    seal(s, x1 - mm(40), y1 - mm(38), "银川市兴庆区市场监督管理局", rng)
    s.text(x1 - mm(80), y1 - mm(22), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    hand(s, mm(30), y1 + mm(8), "此复印件与原件一致", rng, size=mm(6.5), ink=INK)
    seal(s, mm(120), y1 + mm(14), p.name, rng)
    return s


def rep_proof(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    blocks: list[Block] = [
        ("p", f"{p.legal_rep}，性别男，公民身份号码{c.extra['rep_ids'][p.name]}，系{p.name}的法定代表人"
              "（执行董事兼总经理）。"),
        ("p", "特此证明。"),
        ("f", "附：法定代表人身份证复印件（背面粘贴）"),
    ]
    sheets, y = typed(blocks, title="法定代表人身份证明书", body="song_gb", size_mm=5.2, title_role="hei", title_mm=8,
              spacing_mm=0.5, top=45)
    s = sheets[0]
    f = font("song_gb", mm(5.2))
    end(s, y + mm(20), [p.name, num_date(c.filed_on - timedelta(days=4))], rng, f, seal_name=p.name)
    s.starts_document = True
    return s


def identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    p = c.respondent if "respondent" in served else c.applicant
    if p.kind == "person":
        return [paste_sheet(f"{'被' if p is c.respondent else ''}申请执行人{p.name}身份证复印件", _id_card(p, rng, p.name in c.extra.get("hui", ())), rng)]
    return [licence_copy(p, c, rng), rep_proof(p, c, rng)]


def attorney(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    blocks: list[Block] = [
        ("f", f"委托人：{c.applicant.name}"),
        ("f", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("p", f"现委托上列受托人在委托人与{c.respondent.name}"
              f"{'借款合同公证债权文书' if c.extra['story'] == 'notarial' else '买卖合同纠纷'}"
              f"{'恢复' if c.category == 'resumption' else '申请'}执行一案中，作为委托人的代理人。"),
        ("f", "代理权限：特别授权，包括代为申请执行、提供财产线索、申请查封冻结扣押、代为参加执行听证、代为签收法律"
              "文书、代为和解、代为领取执行款项。"),
        ("f", "委托期限：至本案执行终结之日止。"),
    ]
    sheets, y_end = typed(blocks, title="授权委托书", body="song_gb", size_mm=5.2, title_role="song_gb", title_mm=9,
                   spacing_mm=2, top=36)
    s = sheets[-1]
    f = font("song_gb", mm(5.2))
    s, y = room(sheets, y_end, 45)
    s.text(mm(30), y, "委托人：", f)
    if c.applicant.kind == "person":
        signature(s, mm(52), y - mm(2), c.applicant.name, rng)
        s.draw.ellipse((mm(80), y - mm(2), mm(90), y + mm(10)), fill=(200, 60, 60))  # the thumb print
    else:
        seal(s, mm(70), y + mm(4), c.applicant.name, rng)
    s.text(mm(110), y, "受托人：", f)
    signature(s, mm(132), y - mm(2), c.agent, rng)
    hand(s, mm(110), y + mm(16), num_date(c.filed_on - timedelta(days=3)), rng, size=mm(5.2), ink=BLUE)
    return sheets


def firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    no = f"宁{c.extra['firm_short']}律执字〔{c.filed_on.year}〕第{rng.randint(10, 199)}号"
    blocks: list[Block] = [
        ("f", f"{COURT}："),
        ("p", f"根据《中华人民共和国律师法》第二十八条的规定，本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与"
              f"{c.respondent.name}{'恢复' if c.category == 'resumption' else ''}执行一案的代理人。"),
        ("p", "特此函告。"),
        ("f", "附：授权委托书一份、律师执业证复印件一份"),
    ]
    sheets, y_end = typed(blocks, issuer=c.firm, title="律 师 事 务 所 函", number=no, body="song_gb", size_mm=5.2,
                   title_role="hei", title_mm=7.4, spacing_mm=1, top=26, letterhead=True)
    s = sheets[-1]
    f = font("song_gb", mm(5.2))
    end(s, y_end + mm(6), [c.firm, cn_date(c.filed_on - timedelta(days=3))], rng, f, seal_name=c.firm)
    s.line(mm(28), s.height - mm(38), s.width - mm(26), s.height - mm(38), width=2, fill=RED)
    s.text(mm(28), s.height - mm(35), f"地址：银川市金凤区{c.extra['firm_road']}　电话：0951-{rng.randint(5000000, 5999999)}",
           font("song_gb", mm(3.6)))
    return sheets


def licence(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    w, h = mm(150), mm(105)
    inner = Sheet(size=(w, h), paper=(232, 232, 228))
    inner.box(3, 3, w - 4, h - 4, width=4, outline=(110, 110, 110))
    inner.centred(mm(7), "中华人民共和国律师执业证", font("song_gb", mm(6.5)), x0=0, x1=w)
    f = font("song_gb", mm(4.2))
    inner.draw.rectangle((mm(8), mm(20), mm(40), mm(62)), fill=(170, 170, 168))
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence_no"]),
            ("法律职业资格或律师资格证号", f"A{c.filed_on.year - 9}6401{rng.randint(100000, 999999)}"),
            ("发证机关", "宁夏回族自治区司法厅"), ("发证日期", f"{c.filed_on.year - 6}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    y = mm(20)
    inner.text(mm(46), y, f"持证人　{c.agent}", font("song_gb", mm(5)))
    y += mm(9)
    for label, value in rows:
        inner.text(mm(46), y, f"{label}　{value}", f)
        y += mm(8)
    seal(inner, w - mm(32), h - mm(28), "宁夏回族自治区司法厅", rng, radius=mm(16))
    check = Sheet(size=(w, mm(40)), paper=(232, 232, 228))
    check.box(3, 3, w - 4, mm(40) - 4, width=4, outline=(110, 110, 110))
    check.text(mm(8), mm(6), "律师年度考核备案", font("song_gb", mm(5)))
    check.text(mm(8), mm(18), f"考核年度　{c.filed_on.year - 1}　考核结果　称职", f)
    seal(check, w - mm(28), mm(20), "银川市司法局", rng, radius=mm(13))
    hand(check, mm(8), mm(28), "与原件核对一致", rng, size=mm(5.4), ink=BLUE)
    return [paste_sheet(f"{c.agent}律师执业证复印件", [inner, check], rng)]


def settlement(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    first = c.extra["first_pay"]
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{c.applicant.name}"),
        ("f", f"乙方（被执行人）：{c.respondent.name}，法定代表人{c.respondent.legal_rep}"),
        ("p", f"就{c.number}执行一案，经{COURT}执行局主持，甲乙双方自愿达成如下和解协议："),
        ("f", f"一、乙方确认尚欠甲方{money(c.amount)}，甲方自愿放弃迟延履行期间的债务利息。"),
        ("f", f"二、乙方于{num_date(c.extra['pay1'])}前支付{money(first)}，余款{money(c.amount - first)}于"
              f"{num_date(c.extra['pay2'])}前付清，均汇入{COURT}执行款专户。"),
        ("f", "三、乙方按期付清后，甲方同意申请解除对乙方的限制消费措施及对乙方财产的查封、冻结。"),
        ("f", "四、乙方任何一期未按时足额付款的，甲方有权申请恢复执行原生效法律文书。"),
        ("f", "五、本协议一式三份，甲乙双方各执一份，交执行法院附卷一份。"),
    ]
    sheets, y_end = typed(blocks, title="执行和解协议", body="song_gb", size_mm=5.0, title_role="hei", title_mm=8, top=32)
    s = sheets[-1]
    f = font("song_gb", mm(5.0))
    s, y = room(sheets, y_end, 45)
    s.text(mm(30), y, "甲方：", f)
    if c.applicant.kind == "person":
        signature(s, mm(46), y - mm(2), c.applicant.name, rng)
    else:
        seal(s, mm(60), y + mm(4), c.applicant.name, rng)
    s.text(mm(110), y, "乙方：", f)
    seal(s, mm(140), y + mm(4), c.respondent.name, rng)
    s.text(mm(110), y + mm(14), "法定代表人：", f)
    signature(s, mm(140), y + mm(12), c.respondent.legal_rep, rng)
    hand(s, mm(30), y + mm(28), f"{c.extra['settled'].year}.{c.extra['settled'].month}.{c.extra['settled'].day}", rng,
         size=mm(5.4), ink=BLUE)
    return sheets


# ---------------------------------------------------------------- banks, registry, receipts


def _slip(bank: str, title: str, rows: Sequence[tuple[str, str]], rng: random.Random, *, seal_name: str,
          w_mm: float = 160) -> Sheet:
    f = font("mono", mm(3.5))
    h = mm(22 + 7.2 * len(rows) + 14)
    s = Sheet(size=(mm(w_mm), h), paper=(248, 248, 246))
    s.box(2, 2, s.width - 3, h - 3, width=2, outline=(90, 90, 90))
    s.text(mm(5), mm(4), bank, font("hei", mm(4.4)))
    s.centred(mm(12), title, font("hei", mm(5)), x0=0, x1=s.width)
    y = mm(21)
    for k, v in rows:
        s.text(mm(6), y, f"{k}：{v}", f)
        y += mm(7.2)
    seal(s, s.width - mm(28), h - mm(22), seal_name, rng, radius=mm(13), inner="业务专用章")
    return s


def voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """the respondent's transfers to the court's account (bank e-slips) and the payout to the applicant, glued."""
    bank = c.extra["pay_bank"]
    first = c.extra["first_pay"]
    slips = []
    for k, (d, amt) in enumerate(((c.extra["pay1"], first), (c.extra["pay2"], c.amount - first)), 1):
        slips.append(_slip(bank.split("股份")[0], "电子回单（客户回单）", [
            ("交易日期", f"{d:%Y-%m-%d}　流水号 {rng.randint(10**11, 10**12 - 1)}"),
            ("付款人", c.respondent.name), ("付款账号", c.extra["resp_account"]),
            ("收款人", f"{COURT}"), ("收款账号", c.extra["court_account"]),
            ("金额", f"￥{amt:,.2f}　{money_caps(amt)}"), ("用途", f"{c.number}执行款 第{k}笔")],
            rng, seal_name=bank.split("股份")[0]))
    payout = _slip("宁夏银行", "转账支出凭证", [
        ("日期", f"{c.closed_on - timedelta(days=6):%Y-%m-%d}"), ("付款人", f"{COURT}（执行款专户）"),
        ("收款人", c.applicant.name), ("收款账号", c.extra["app_account"]), ("金额", f"￥{c.amount:,.2f}"),
        ("摘要", f"{c.number}案款发放")], rng, seal_name="宁夏银行", w_mm=150)
    return [paste_sheet(f"{c.number}执行款收付凭证（{bank.split('股份')[0]}回单二张、案款发放凭证一张）",
                        [*slips, payout], rng)]


def fee(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    fee_amt = Decimal(c.extra["exec_fee"])
    s = Sheet(size=(mm(175), mm(95)), paper=(246, 240, 236))
    s.box(3, 3, s.width - 4, s.height - 4, width=3, outline=(160, 60, 60))
    s.centred(mm(5), "宁夏回族自治区非税收入一般缴款书（电子）", font("song_gb", mm(5.2)), fill=(150, 40, 40))
    f = font("song_gb", mm(3.8))
    rows = [["缴款人", c.applicant.name, "执收单位", COURT],
            ["项目名称", "申请执行费", "金额", f"￥{fee_amt:,.2f}"],
            ["金额（大写）", money_caps(fee_amt), "案号", c.number]]
    table(s, mm(6), mm(16), [mm(28), mm(50), mm(24), mm(60)], rows, f, row_h=mm(14), width=2)
    s.text(mm(6), mm(62), f"开票日期：{c.filed_on:%Y-%m-%d}　票据号码：{rng.randint(10**9, 10**10 - 1)}", f)
    seal(s, s.width - mm(30), s.height - mm(22), "宁夏回族自治区财政厅", rng, radius=mm(13), inner="票据监制章")
    return [paste_sheet("申请执行费票据", [s], rng)]


def inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """the 总对总 printout, then the two Ningxia banks' written replies (and the registry's on a resumption)."""
    s = Sheet()
    f = font("sans", mm(3.4))
    again = "again" in served
    on = c.day(100) if again else c.day(2)
    s.text(mm(20), mm(16), "执行查控系统 —— 网络查控结果（总对总）" + ("　终本前复查" if again else ""),
           font("sans_bold", mm(5)))
    s.text(mm(20), mm(25), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", f)
    s.text(mm(20), mm(31), f"发起日期：{on:%Y-%m-%d}　承办人：{c.officer}", f)
    def back(k: int) -> str:
        return f"{on + timedelta(days=k):%Y-%m-%d}"

    rows = [["序号", "协执单位", "查询结果", "反馈时间"],
            ["1", "中国工商银行", "无开户信息", back(1)],
            ["2", "中国建设银行", "无开户信息", back(1)],
            ["3", "宁夏银行", f"活期账户1个，余额{c.extra['bal1']}元", back(2)],
            ["4", "宁夏黄河农村商业银行", f"活期账户1个，余额{c.extra['bal2']}元", back(2)],
            ["5", "公安部（车辆）", c.extra.get("car", "无登记车辆"), back(1)],
            ["6", "自然资源部（不动产）", c.extra.get("house", "未查询到登记信息"), back(3)],
            ["7", "中国证券登记结算", "无证券账户", back(1)],
            ["8", "支付宝（中国）网络技术", "余额0.00元", back(1)],
            ["9", "财付通支付科技", "余额0.00元", back(1)]]
    table(s, mm(20), mm(40), [mm(14), mm(52), mm(70), mm(34)], rows, f, row_h=mm(10), width=1)
    s.text(mm(20), s.height - mm(20), f"打印时间：{on + timedelta(days=4):%Y-%m-%d} 10:2{rng.randint(0, 9)}", f)
    if again:
        return [s]
    out = [s]
    for bank, bal in ((BANKS[0], c.extra["bal1"]), (BANKS[1], c.extra["bal2"])):
        r = Sheet()
        r.centred(mm(30), bank.split("股份")[0], font("song_gb", mm(7)), fill=(20, 60, 130) if "宁夏银行" in bank
                  else (20, 110, 60))
        blocks: list[Block] = [
            ("f", f"{COURT}："),
            ("p", f"贵院{c.number}协助查询存款通知书收悉。经查，{c.respondent.name}（证照号码{c.respondent.id_number}）在我行"
                  f"开立活期结算账户一个，账号{c.extra['resp_account'] if '宁夏银行' in bank else c.extra['resp_account2']}，"
                  f"截至{num_date(c.day(5))}余额{bal}元，无定期存款、理财产品，无其他法院冻结记录。"),
            ("p", "特此回复。"),
        ]
        t = typed(blocks, title="协助查询存款回复函", body="song_gb", size_mm=5.0, title_role="hei", title_mm=7,
                  spacing_mm=0.5, top=45)[0][0]
        r.image.paste(t.image.crop((0, mm(40), t.width, t.height)), (0, mm(40)))
        r.lines.extend(t.lines)
        end(r, mm(150), [bank, num_date(c.day(5))], rng, font("song_gb", mm(5)), seal_name=bank.split("股份")[0])
        r.starts_document = True
        out.append(r)
    if c.category == "resumption":
        g = Sheet()
        g.centred(mm(28), REGISTRY, font("song_gb", mm(7)))
        g.centred(mm(42), "不动产登记信息查询结果", font("hei", mm(7)))
        ff = font("song_gb", mm(4.2))
        g.text(mm(25), mm(58), f"查询申请人：{COURT}（{c.number}）　查询日期：{num_date(c.day(4))}", ff)
        rows2 = [["权利人", c.respondent.name], ["证件号码", c.respondent.id_number],
                 ["坐落", f"银川市兴庆区{c.extra['plot']}"], ["用途", "商业服务"], ["面积", f"{c.extra['area']}平方米"],
                 ["权利性质", "出让"], ["抵押登记", "无"], ["查封登记", f"{c.previous_number}轮候查封已解除，现无查封"]]
        table(g, mm(25), mm(68), [mm(40), mm(120)], rows2, ff, row_h=mm(12), width=2, centre_first=True)
        g.text(mm(25), mm(176), "以上信息仅供查询申请人在本案中使用。", ff)
        end(g, mm(200), [REGISTRY, num_date(c.day(4))], rng, ff, seal_name=REGISTRY)
        g.starts_document = True
        out.append(g)
    return out


def first_instance_number(rng: random.Random, year: int) -> str:
    return f"（{year}）宁0104民初{rng.randint(2000, 9999)}号"


__all__ = ["BANKS", "CODES", "JINFENG", "MIDDLE", "NOTARY", "REGISTRY", "first_instance_number", "render"]

