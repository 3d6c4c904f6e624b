"""The papers a 翠屏 dossier receives or files on forms: the 宜宾中院's 二审 judgment, the 宜宾仲裁委's award, the
court's own 民事调解书, a law firm's application and 所函 on its letterhead, photocopied licences, ID cards and 执业证,
the window's hand-filled forms, a 四川省 非税收入 receipt, the 查控 system's printout, the bank's transfer slip, the
archive's cover, catalogue, review form and remarks sheet."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_av_kit import AWARD, COURT, FIRM, MIDCOURT, Paper, form_sheet, typed
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher", "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书", "payment_notice": "缴款通知书"}


def _firm_head(c: CaseCtx) -> list[tuple[str, str, int, float, tuple[int, int, int]]]:
    return [(c.firm, "hei", 50, 4.0, (120, 20, 25)), ("SICHUAN LAW FIRM", "sans", 24, 6.0, (120, 20, 25))]


def _basis_name(c: CaseCtx) -> str:
    kind = {"arbitration": "裁决书", "mediation": "民事调解书"}.get(c.basis_kind, "民事判决书")
    return f"{c.basis_court}{c.basis_number}{kind}"


def _parties(c: CaseCtx, a: str, r: str) -> list[Block]:
    return [("p", f"{a}：{c.applicant.name}，住所地{c.applicant.address}。"),
            ("p", f"法定代表人：{c.applicant.legal_rep}，该公司{'理事长' if '合作社' in c.applicant.name else '总经理'}。"),
            ("p", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("p", f"{r}：{c.respondent.name}，住所地{c.respondent.address}。"),
            ("p", f"法定代表人：{c.respondent.legal_rep}，该公司执行董事。")]


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    story = c.extra["story"]
    amt = money(c.amount)
    if story == "bottle":
        head = [("四川省宜宾市中级人民法院", "song_gb", 58, 4.0, INK), ("民 事 判 决 书", "song_gb", 64, 10.0, INK),
                (">" + c.basis_number, "song_gb", 40, 0.0, INK)]
        blocks: list[Block] = [
            *_parties(c, "上诉人（原审被告）", "被上诉人（原审原告）"),
            ("p", f"上诉人{c.respondent.name}因与被上诉人{c.applicant.name}买卖合同纠纷一案，不服四川省宜宾市翠屏区人民法院"
                  f"{c.extra['first_number']}民事判决，向本院提起上诉。本院立案后，依法组成合议庭审理了本案。本案现已审理终结。"),
            ("p", f"{c.respondent.name}上诉请求：撤销一审判决，改判驳回{c.applicant.name}的诉讼请求。事实和理由：一审认定的"
                  f"{c.extra['goods']}数量有误，部分批次瓶口存在崩口、气泡等质量问题，上诉人有权拒付相应货款。"),
            ("p", f"{c.applicant.name}辩称，双方按月对账，上诉人的采购经理在对账单上签字确认，收货时未提出质量异议，"
                  "一审判决认定事实清楚，请求驳回上诉，维持原判。"),
            ("p", f"本院经审理查明，双方自{c.basis_effective.year - 2}年起建立{c.extra['goods']}供货关系，约定货到验收、"
                  "月结六十日付款。截至一审起诉时，上诉人尚欠货款" + amt + "未付。以上事实有购销合同、送货单、对账单及当事人"
                  "陈述在卷佐证。"),
            ("p", "本院认为，上诉人在收货时未就瓶体质量提出书面异议，此后亦在对账单上确认欠款金额，其关于质量问题的上诉"
                  "理由缺乏证据支持，本院不予采纳。一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事"
                  "诉讼法》第一百七十七条第一款第一项规定，判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", f"二审案件受理费{int(c.amount) // 100 + 50}元，由上诉人{c.respondent.name}负担。"),
            ("p", "本判决为终审判决。")]
        tail: list[Block] = [("r", f"审判长　{person_name(rng)}"), ("r", f"审判员　{c.extra['trial_judge']}"),
                             ("r", f"审判员　{person_name(rng)}"), ("r", cn_date(c.basis_effective)),
                             ("r", f"书记员　{person_name(rng)}")]
        return typed(MIDCOURT, head, blocks, tail=tail, seal_name="四川省宜宾市中级人民法院", rng=rng, seal_right=True)
    if story == "pack":
        head = [("宜 宾 仲 裁 委 员 会", "sans_bold", 60, 6.0, INK), ("裁　决　书", "sans_bold", 64, 18.0, INK),
                (">" + c.basis_number, "ming", 36, 0.0, INK)]
        blocks = [
            *_parties(c, "申请人", "被申请人"),
            ("p", f"宜宾仲裁委员会（以下简称本会）根据申请人{c.applicant.name}与被申请人{c.respondent.name}签订的《包装定作"
                  "合同》中的仲裁条款及申请人的仲裁申请，于受理后依照《宜宾仲裁委员会仲裁规则》由独任仲裁员"
                  f"{c.extra['arbitrator']}组成仲裁庭，适用简易程序，开庭审理了本案。本案现已审理终结。"),
            ("p", f"申请人称：被申请人向申请人定作{c.extra['goods']}，申请人已按样稿交付，被申请人验收后仅支付部分价款，"
                  f"尚欠{amt}。被申请人答辩称礼盒烫金工艺与样稿不符，但未提交证据。"),
            ("p", "仲裁庭认为，双方合同合法有效。被申请人收货后在约定的七日检验期内未提出异议，应视为定作物符合约定，"
                  "其应当按约支付价款。依照《中华人民共和国民法典》第七百七十条、第七百八十二条及《中华人民共和国仲裁法》"
                  "第七条之规定，裁决如下："),
            ("p", f"（一）被申请人{c.respondent.name}于本裁决书送达之日起十日内向申请人{c.applicant.name}支付定作价款{amt}；"),
            ("p", "（二）本案仲裁费由被申请人承担。"),
            ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
        tail = [("r", f"独任仲裁员　{c.extra['arbitrator']}"), ("r", cn_date(c.basis_effective)),
                ("r", f"书　记　员　{person_name(rng)}")]
        sheets = typed(AWARD, head, blocks, tail=tail, seal_name="宜宾仲裁委员会", rng=rng)
        first = sheets[0]
        first.box(mm(20), AWARD.top - mm(4), first.width - mm(20), AWARD.top + (60 + 64) * 1.55 - 10, width=4)
        return sheets
    head = [(COURT, "serif_bold", 54, 3.0, INK), ("民 事 调 解 书", "serif_bold", 62, 10.0, INK),
            (">" + c.basis_number, "serif", 38, 0.0, INK)]
    blocks = [
        *_parties(c, "原告", "被告"),
        ("p", f"原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院于立案后依法适用简易程序进行审理。"),
        ("p", f"原告诉称：被告向原告收购{c.extra['goods']}用于酿酒，原告已按约交付，被告仅支付部分货款，尚欠{amt}。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{c.respondent.name}于{num_date(c.basis_effective + timedelta(days=30))}前向原告{c.applicant.name}支付"
              f"高粱货款{amt}；"),
        ("p", "二、被告未按期足额支付的，原告可就全部未付款项申请强制执行；"),
        ("p", "三、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。")]
    tail = [("r", f"审判员　{c.extra['trial_judge']}"), ("r", cn_date(c.basis_effective)), ("r", f"书记员　{person_name(rng)}")]
    return typed(MIDCOURT, head, blocks, tail=tail, seal_name=COURT, rng=rng)


def _photocopy(s: Sheet, rng: random.Random, x0: float, y0: float, x1: float, y1: float) -> None:
    """A copier's grey cast and speckle over a region (the original's background printed as a flat tone)."""
    d = s.draw
    for _ in range(900):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        v = rng.randint(150, 210)
        d.point((x, y), fill=(v, v, v))
    d.rectangle((x0, y0, x1, y1), outline=(90, 90, 90), width=3)


def _licence(c: CaseCtx, rng: random.Random, respondent: bool) -> Sheet:
    p = c.respondent if respondent else c.applicant
    s = Sheet()
    x0, y0, x1, y1 = mm(18), mm(30), s.width - mm(18), mm(200)
    _photocopy(s, rng, x0, y0, x1, y1)
    s.box(x0 + mm(5), y0 + mm(5), x1 - mm(5), y1 - mm(5), width=6, outline=(70, 70, 70))
    s.centred(y0 + mm(16), "营 业 执 照", font("serif_bold", 76), spacing=20)
    s.centred(y0 + mm(34), "（副　本）", font("serif", 36))
    f = font("serif", 32)
    y = y0 + mm(50)
    kind = "农民专业合作社法人" if "合作社" in p.name else "有限责任公司（自然人投资或控股）"
    for k, v in [("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", kind),
                 ("法定代表人", p.legal_rep), ("经营范围", c.extra.get("scope", "酒类、包装材料及玻璃制品的生产、销售（依法须经"
                                                                      "批准的项目，经相关部门批准后方可开展经营活动）")),
                 ("成立日期", f"{rng.randint(2006, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                 ("住　　所", p.address)]:
        s.text(x0 + mm(14), y, k, f)
        lines = [v[i:i + 24] for i in range(0, len(v), 24)]
        for part in lines:
            s.text(x0 + mm(52), y, part, f)
            y += mm(8)
        y += mm(2)
    s.text(x1 - mm(90), y1 - mm(32), "登记机关", f)
    s.text(x1 - mm(90), y1 - mm(22), f"宜宾市{'叙州区' if '叙州' in p.address else '翠屏区'}市场监督管理局", font("serif", 28))
    seal(s, x1 - mm(50), y1 - mm(28), "宜宾市市场监督管理局", rng, radius=mm(17))
    hand(s, mm(40), y1 + mm(14), "与原件一致", rng, size=46, ink=INK)
    seal(s, mm(70), y1 + mm(20), p.name, rng, radius=mm(19))
    return s


def _rep_proof(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(30), "法定代表人身份证明书", font("hei", 56), spacing=6)
    f = font("serif", 38)
    y = flow(s, [("p", f"{c.applicant.legal_rep}，性别{'男' if rng.random() < 0.7 else '女'}，在我单位担任"
                       f"{'理事长' if '合作社' in c.applicant.name else '执行董事兼总经理'}职务，系{c.applicant.name}的"
                       "法定代表人。"), ("p", "特此证明。")], f, x0=mm(28), width=s.width - mm(56), y=mm(52),
             line_height=66, indent=76)
    s.text(mm(28), y + 20, "附：法定代表人身份证复印件", f)
    x0, y0 = mm(40), y + mm(20)
    for k in range(2):
        bx = x0 + k * mm(70)
        _photocopy(s, rng, bx, y0, bx + mm(64), y0 + mm(40))
    s.text(x0 + mm(3), y0 + mm(5), f"姓名 {c.applicant.legal_rep}", font("hei", 26))
    s.text(x0 + mm(3), y0 + mm(13), f"出生 {num_date(c.extra['rep_born'])}", font("hei", 24))
    s.text(x0 + mm(3), y0 + mm(21), "住址 四川省宜宾市翠屏区", font("hei", 24))
    s.text(x0 + mm(3), y0 + mm(33), f"公民身份号码 {c.extra['rep_id']}", font("hei", 22))
    s.centred(y0 + mm(6), "中华人民共和国", font("hei", 30), x0=x0 + mm(70), x1=x0 + mm(134))
    s.centred(y0 + mm(15), "居民身份证", font("hei", 38), x0=x0 + mm(70), x1=x0 + mm(134))
    s.centred(y0 + mm(30), f"签发机关 宜宾市公安局{'翠屏' if rng.random() < 0.7 else '叙州'}区分局", font("hei", 20),
              x0=x0 + mm(70), x1=x0 + mm(134))
    s.right(s.width - mm(30), y0 + mm(60), c.applicant.name, f)
    s.right(s.width - mm(30), y0 + mm(70), cn_date(c.day(-6)), f)
    seal(s, s.width - mm(70), y0 + mm(64), c.applicant.name, rng, radius=mm(19))
    return s


def _firm_doc(c: CaseCtx, rng: random.Random, title: str, blocks: list[Block], signer: str, seal_name: str) -> list[Sheet]:
    head = [*_firm_head(c), (title, "hei", 54, 10.0, INK)]
    tail: list[Block] = [("r", signer), ("r", num_date(c.day(-3)))]
    sheets = typed(FIRM, head, blocks, tail=tail, seal_name=seal_name, rng=rng, rule=(120, 20, 25))
    for s in sheets:
        s.text(mm(24), s.height - mm(18), f"地址：{c.extra['firm_addr']}　电话：0831-{rng.randint(2300000, 8299999)}",
               font("microhei", 24))
    return sheets


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    blocks: list[Block] = [
        ("f", f"申请执行人：{c.applicant.name}"), ("f", f"住所地：{c.applicant.address}"),
        ("f", f"统一社会信用代码：{c.applicant.id_number}"), ("f", f"法定代表人：{c.applicant.legal_rep}"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
        ("f", f"被执行人：{c.respondent.name}"), ("f", f"住所地：{c.respondent.address}"),
        ("f", f"统一社会信用代码：{c.respondent.id_number}"), ("f", f"法定代表人：{c.respondent.legal_rep}"),
        ("f", "请求事项："),
        ("p", f"一、依法强制执行{_basis_name(c)}，责令被执行人支付{money(c.amount)}及迟延履行期间的加倍部分债务利息；"),
        ("p", "二、对被执行人采取限制消费措施；被执行人拒不履行的，将其纳入失信被执行人名单；"),
        ("p", "三、本案执行费用由被执行人负担。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经{_basis_name(c)}确定被执行人应向申请执行人支付上述款项。该文书已于"
              f"{num_date(c.basis_effective)}发生法律效力，被执行人至今分文未付。"
              + (f"据申请执行人了解，被执行人在{c.extra['warehouse']}存有大量成品白酒。" if c.extra["story"] == "bottle" else "")
              + "为维护申请执行人的合法权益，特依法向贵院申请强制执行。"),
        ("f", "此致"), ("f", COURT)]
    sheets = typed(Paper(body="serif", size=38, top=mm(30), footer="第{n}页，共{m}页"),
                   [("强制执行申请书", "hei", 58, 10.0, INK)], blocks,
                   tail=[("r", f"申请执行人：{c.applicant.name}"), ("r", num_date(c.day(-2)))],
                   seal_name=c.applicant.name, rng=rng)
    return sheets


def _form(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    w = [mm(48), mm(122)]
    if code == "property_clue_form":
        clue = (f"{c.extra['stock']}，存放于{c.extra['warehouse']}" if c.extra["story"] == "bottle"
                else f"{c.extra['resp_bank']}基本户")
        rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["财产类别", ""], ["财产所在地／开户行", ""],
                ["财产线索说明", ""], ["线索来源", ""], ["提供人签名", ""]]
        return [form_sheet("被执行人财产线索表", rows, w, rng, heads=[COURT + "执行局"], row_h=mm(20),
                           fills=[(2, "动产（成品酒）" if c.extra["story"] == "bottle" else "银行存款"), (3, clue[:14]),
                                  (4, f"账号{c.extra['resp_acct']}"), (5, "业务往来中知悉"), (6, c.agent)],
                           under=["注：请如实填写，提供虚假线索的应承担相应法律责任。"])]
    if code == "payment_account_confirmation":
        rows = [["案号", c.number], ["申请执行人", c.applicant.name], ["收款户名", ""], ["开户银行", ""], ["账号", ""],
                ["联系电话", ""], ["确认人签字（盖章）", ""]]
        s = form_sheet("申请执行人收取案款确认书", rows, w, rng, row_h=mm(17),
                       fills=[(2, c.applicant.name), (3, c.extra["acct_bank"]), (4, c.extra["acct"]),
                              (5, c.applicant.phone), (6, c.applicant.legal_rep)],
                       under=["本单位确认以上账户为接收本案执行款的账户，因账户信息错误造成的损失由本单位自行承担。"])
        seal(s, s.width - mm(55), mm(150), c.applicant.name, rng, radius=mm(19))
        return [s]
    if code == "service_address_confirmation":
        rows = [["案号", c.number], ["受送达人", c.applicant.name], ["送达地址", ""], ["收件人及电话", ""],
                ["是否同意电子送达", ""], ["电子送达手机号", ""], ["受送达人签名", ""]]
        return [form_sheet("送达地址确认书", rows, w, rng, heads=[COURT], row_h=mm(18),
                           fills=[(2, c.extra["firm_addr"]), (3, f"{c.agent} {c.agent_phone}"), (4, "同意"),
                                  (5, c.agent_phone), (6, c.agent)],
                           under=["告知：1.受送达人应当如实提供确切的送达地址；", "2.送达地址变更的，应当及时书面告知法院，"
                                  "未告知的，按原地址送达视为送达。"])]
    if code == "property_declaration_form":
        rows = [["被执行人", c.respondent.name], ["法定代表人", c.respondent.legal_rep], ["银行存款", ""], ["不动产", ""],
                ["车辆", ""], ["存货、原材料", ""], ["对外债权", ""], ["申报人签章", ""]]
        stock = c.extra.get("stock", "基酒约40吨")
        return [form_sheet("财产申报表", rows, w, rng, heads=[COURT], row_h=mm(18),
                           fills=[(2, f"{c.extra['resp_bank']}"[:12]), (3, "无（厂房系租赁）"), (4, "川Q货车一辆"),
                                  (5, stock[:14]), (6, "无"), (7, c.respondent.legal_rep)],
                           under=[f"申报日期：{num_date(c.day(8))}", "本单位保证以上申报内容真实、完整。"])]
    if code == "closing_approval_form":
        rows = [["案号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["执行标的", money(c.amount)], ["实际执行到位", money(c.amount)], ["结案方式", "执行完毕"],
                ["承办人意见", ""], ["合议庭／执行长意见", ""], ["局长审批", ""]]
        return [form_sheet("执行案件结案审批表", rows, [mm(50), mm(124)], rng, heads=[COURT + "执行局"], row_h=mm(19),
                           fills=[(6, "案款已全部发放，建议结案。"), (7, f"同意 {c.judge}"), (8, f"同意 {person_name(rng)}")])]
    if code == "service_receipt":
        docs = "、".join(NAMES.get(x, x) for x in served)
        who = c.applicant.name if served == ["acceptance_notice"] else c.respondent.name
        rows = [["案由", c.extra["cause"]], ["送达文书名称及件数", f"{docs}各一份"], ["受送达人", who],
                ["送达地址", c.applicant.address if who == c.applicant.name else c.respondent.address],
                ["受送达人签收", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备注", ""]]
        day = {"acceptance_notice": 1, "closing_notice": (c.closed_on - c.filed_on).days}.get(served[0], 4)
        posted = rng.random() < 0.4  # sent by EMS: the post's return card number in the remarks, no signature
        sign = "见EMS回执" if posted else f"{person_name(rng)} {c.day(day).month}.{c.day(day).day}"
        how = f"邮寄送达 EMS{rng.randint(10**11, 10**12 - 1)}" if posted else rng.choice(["直接送达", "到庭领取"])
        s = form_sheet("送 达 回 证", rows, [mm(52), mm(122)], rng, heads=[COURT], row_h=mm(21),
                       fills=[(4, sign), (6, f"{c.officer} {c.clerk}"), (7, how)], under=[f"案号：{c.number}"])
        seal(s, s.width - mm(60), mm(200 + rng.randint(-20, 20)), COURT, rng)
        return [s]
    raise KeyError(code)


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if code == "dossier_cover":
        s = Sheet()
        s.centred(mm(40), COURT, font("serif_bold", 60), spacing=6)
        s.centred(mm(62), "执 行 案 卷", font("serif_bold", 86), spacing=24)
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                ["结案方式", "执行完毕"], ["承办人", c.officer], ["书记员", c.clerk], ["归档日期", num_date(c.closed_on + timedelta(days=24))],
                ["保管期限", "长期"], ["本卷共", f"{rng.randint(70, 95)}页"]]
        table(s, mm(30), mm(95), [mm(48), mm(102)], rows, font("serif", 34), row_h=mm(14), centre_first=True)
        s.text(mm(30), mm(270), "全宗号 " + str(rng.randint(100, 400)) + "　目录号 2　案卷号 " + str(rng.randint(1000, 9999)),
               font("serif", 30))
        return [s]
    if code == "catalogue":
        items = ["强制执行申请书", "裁决书", "生效证明书", "被执行人财产线索表", "诉讼费收据", "营业执照、法定代表人身份证明书",
                 "授权委托书、律师事务所函、律师执业证", "收取案款确认书、送达地址确认书", "受理案件通知书、缴款通知书",
                 "执行通知书、报告财产令、财产申报表", "网络查控结果", "执行裁定书、协助执行通知书", "限制消费令、失信决定书",
                 "案款发放凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["序号", "文件名称", "页号"]]
        page = 3
        for i, it in enumerate(items, 1):
            n = rng.randint(1, 4)
            rows.append([str(i), it, f"{page}-{page + n - 1}" if n > 1 else str(page)])
            page += n
        s = Sheet()
        s.centred(mm(22), "卷 内 目 录", font("hei", 62), spacing=20)
        s.text(mm(20), mm(40), f"案号：{c.number}", font("serif", 32))
        table(s, mm(20), mm(50), [mm(18), mm(122), mm(30)], rows, font("serif", 30), row_h=mm(11.5), centre_first=True)
        return [s]
    if code == "file_review_form":
        rows = [["复核项目", "结果"], ["法律文书是否齐全", ""], ["送达回证是否齐全", ""], ["案款是否发放完毕", ""],
                ["限制消费、失信是否解除", ""], ["有无空白页、缺页", ""], ["复核人", ""], ["复核日期", ""]]
        return [form_sheet("执行卷宗归档复核表", rows, [mm(100), mm(70)], rng, heads=[COURT + "档案室", f"案号：{c.number}"],
                           row_h=mm(17), fills=[(1, "齐全"), (2, "齐全"), (3, "是"), (4, "已解除"), (5, "无"),
                                                (6, c.officer), (7, num_date(c.closed_on + timedelta(days=20)))])]
    s = Sheet()
    s.centred(mm(30), "备　考　表", font("hei", 62), spacing=12)
    f = font("serif", 36)
    s.box(mm(25), mm(52), s.width - mm(25), mm(250), width=3)
    s.text(mm(32), mm(60), f"本卷情况说明：本卷共计{rng.randint(70, 95)}页，其中文字材料", f)
    s.text(mm(32), mm(72), "均为双面打印，已按正反面顺序装订扫描。", f)
    hand(s, mm(32), mm(100), "卷内材料齐全，无缺页。", rng, size=44)
    s.text(mm(110), mm(210), "立卷人：", f)
    signature(s, mm(145), mm(206), c.clerk, rng)
    s.text(mm(110), mm(226), "检查人：", f)
    signature(s, mm(145), mm(222), c.officer, rng)
    s.text(mm(110), mm(240), f"立卷时间：{num_date(c.closed_on + timedelta(days=18))}", f)
    return [s]


def _bank_reply(c: CaseCtx, rng: random.Random) -> Sheet:
    """The bank's 协助执行回执: its own slip, filled on a typewriter-like printer, photocopied for the file."""
    s = Sheet()
    x0, y0, x1 = mm(16), mm(26), s.width - mm(16)
    _photocopy(s, rng, x0, y0, x1, mm(165))
    s.centred(y0 + mm(6), c.extra["resp_bank"], font("sans", 36))
    s.centred(y0 + mm(17), "协助冻结、扣划存款回执", font("sans_bold", 50), spacing=4)
    f = font("mono", 30)
    rows = [["法院名称", COURT, "执行案号", c.number], ["被执行人", c.respondent.name, "账号", c.extra["resp_acct"]],
            ["应扣划金额", f"{c.amount:,.2f}", "实际扣划金额", f"{c.amount:,.2f}"],
            ["扣划时间", f"{c.extra['pay_day'] - timedelta(days=rng.randint(3, 9)):%Y-%m-%d}", "划入账户", "法院执行款专户"],
            ["冻结余额", "0.00", "经办人", person_name(rng)]]
    y = table(s, x0 + mm(6), y0 + mm(30), [mm(30), mm(58), mm(30), mm(48)], rows, f, row_h=mm(15))
    s.text(x0 + mm(6), y + mm(6), "我行已按贵院协助执行通知书要求办理完毕，特此回复。", font("sans", 32))
    s.right(x1 - mm(10), y + mm(22), f"{c.extra['pay_day'] - timedelta(days=3):%Y年%m月%d日}", font("sans", 32))
    seal(s, x1 - mm(45), y + mm(18), c.extra["resp_bank"] + "业务专用章", rng, radius=mm(18))
    return s


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Draw a received paper, a window form or an archive sheet."""
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        s = Sheet()
        s.centred(mm(34), "宜宾仲裁委员会", font("sans_bold", 56), spacing=8)
        s.centred(mm(54), "生 效 证 明 书", font("sans_bold", 62), spacing=10)
        s.right(s.width - mm(26), mm(74), f"宜仲证字〔{c.filed_on.year}〕{rng.randint(10, 90)}号", font("ming", 36))
        y = flow(s, [("f", f"{c.applicant.name}："),
                     ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}{c.extra['cause']}一案，本会于"
                           f"{num_date(c.basis_effective)}作出{c.basis_number}裁决书。该裁决书已于{num_date(c.basis_effective + timedelta(days=3))}"
                           "送达双方当事人。根据《中华人民共和国仲裁法》第五十七条的规定，裁决书自作出之日起发生法律效力。"),
                     ("p", "截至本证明出具之日，本会未收到人民法院撤销或不予执行该裁决的通知。"), ("p", "特此证明。")],
                 font("ming", 40), x0=mm(25), width=s.width - mm(50), y=mm(90), line_height=72, indent=80)
        s.right(s.width - mm(30), y + 60, "宜宾仲裁委员会", font("ming", 40))
        s.right(s.width - mm(30), y + 130, num_date(c.day(-10)), font("ming", 40))
        seal(s, s.width - mm(70), y + 110, "宜宾仲裁委员会", rng)
        return [s]
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "fee_receipt":
        s = Sheet()
        x0, y0 = mm(15), mm(30)
        s.centred(y0, "四川省非税收入统一票据（电子）", font("hei", 48), spacing=2, fill=(150, 40, 40))
        s.text(x0, y0 + mm(16), f"票据代码：51060125　票据号码：{c.extra['receipt_no']}", font("sans", 28))
        s.text(x0, y0 + mm(24), f"交款人：{c.applicant.name}", font("sans", 28))
        s.text(x0 + mm(120), y0 + mm(24), f"开票日期：{c.basis_effective.year - 1}-{rng.randint(1, 12):02d}-{rng.randint(10, 28)}",
               font("sans", 28))
        fee = int(c.amount) // 100 + 50
        rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
                ["103040101", "案件受理费", "件", "1", "", f"{fee}.00"],
                ["", "", "", "", "", ""], [f"金额合计（大写）{money_caps(Decimal(fee))}　（小写）{fee}.00"],
                [f"备注：原审案号{c.extra.get('first_number', c.basis_number)}"]]
        table(s, x0, y0 + mm(34), [mm(28), mm(48), mm(16), mm(16), mm(22), mm(50)], rows, font("sans", 26), row_h=mm(12))
        s.text(x0, y0 + mm(100), f"收款单位（章）：{COURT}　复核人：{person_name(rng)}　收款人：{person_name(rng)}", font("sans", 26))
        seal(s, x0 + mm(60), y0 + mm(96), "四川省宜宾市翠屏区人民法院财务专用章", rng, radius=mm(17))
        return [s]
    if code == "identity_proof":
        if served == ["respondent"]:
            return [_licence(c, rng, True)]
        return [_licence(c, rng, False), _rep_proof(c, rng)]
    if code == "power_of_attorney":
        return typed(Paper(body="kai_gb", size=40, top=mm(34), footer=""), [("授 权 委 托 书", "hei", 60, 8.0, INK)], [
            ("f", f"委托人：{c.applicant.name}"), ("f", f"法定代表人：{c.applicant.legal_rep}"),
            ("f", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
            ("p", f"现委托上列受托人在我单位申请执行{c.respondent.name}{c.extra['cause']}一案中，作为我单位的执行代理人。"),
            ("p", "代理权限为：特别授权，代为申请执行，代为提供财产线索，代为申请采取查封、扣押、冻结等措施，代为签收法律"
                  "文书，代为参加执行和解，代为领取执行款项。"),
            ("p", "委托期限：自签署之日起至本案执行终结之日止。")],
            tail=[("r", f"委托人：{c.applicant.name}"), ("r", f"法定代表人：{c.applicant.legal_rep}"), ("r", num_date(c.day(-5)))],
            seal_name=c.applicant.name, rng=rng)
    if code == "law_firm_letter":
        return _firm_doc(c, rng, "律 师 事 务 所 函", [
            ("f", f"{c.extra.get('letter_no', '川三江执函字〔' + str(c.filed_on.year) + '〕第' + str(rng.randint(10, 99)) + '号')}"),
            ("f", f"{COURT}："),
            ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
                  "代理人。"),
            ("p", "特此函告。"), ("f", "附：授权委托书一份；律师执业证复印件一份。")], c.firm, c.firm)
    if code == "lawyer_license":
        s = Sheet()
        x0, y0 = mm(30), mm(40)
        _photocopy(s, rng, x0, y0, x0 + mm(150), y0 + mm(100))
        s.centred(y0 + mm(8), "中华人民共和国律师执业证", font("serif_bold", 44), x0=x0, x1=x0 + mm(150))
        s.box(x0 + mm(8), y0 + mm(22), x0 + mm(40), y0 + mm(62), width=2, outline=(80, 80, 80))
        f = font("serif", 30)
        for k, line in enumerate([f"姓名：{c.agent}", f"执业机构：{c.firm}", f"执业证号：{c.extra['lic_no']}",
                                  "发证机关：四川省司法厅", f"发证日期：{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月"]):
            s.text(x0 + mm(46), y0 + mm(24) + k * mm(9), line, f)
        hand(s, x0, y0 + mm(112), f"复印件与原件一致　{c.agent}", rng, size=42, ink=INK)
        return [s]
    if code == "online_inquiry_result":
        s = Sheet()
        f = font("mono", 26)
        s.text(mm(14), mm(14), "执行案件网络查控反馈结果（总对总）", font("sans_bold", 40))
        s.text(mm(14), mm(26), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", f)
        rows = [["序号", "协助单位", "反馈结果", "账号/明细", "余额（元）"]]
        banks = [c.extra["resp_bank"], "中国建设银行", "中国银行", "宜宾市商业银行", "四川宜宾农村商业银行", "自然资源部",
                 "公安部车辆", "证券登记结算"]
        for i, b in enumerate(banks, 1):
            hit = i == 1
            rows.append([str(i), b, "有财产" if hit else "无财产信息", c.extra["resp_acct"] if hit else "—",
                         f"{float(c.amount) * 1.2:,.2f}" if hit else "0.00"])
        table(s, mm(14), mm(36), [mm(14), mm(56), mm(32), mm(52), mm(28)], rows, f, row_h=mm(10))
        s.text(mm(14), mm(135), f"查询时间：{c.day(3).isoformat()} 09:{rng.randint(10, 59)}　操作人：{c.officer}", f)
        s.text(mm(14), s.height - mm(14), "第1页 共1页　（网络执行查控系统打印）", f)
        return [s]
    if code == "settlement_agreement":
        return typed(Paper(body="serif", size=38, footer="第{n}页共{m}页"), [("执行和解协议", "hei", 58, 8.0, INK)], [
            ("f", f"甲方（申请执行人）：{c.applicant.name}"), ("f", f"乙方（被执行人）：{c.respondent.name}"),
            ("p", f"甲乙双方就{c.number}执行一案，经{COURT}执行局主持，自愿达成如下和解协议："),
            ("p", f"一、乙方于{num_date(c.extra['pay_day'])}前将{money(c.amount)}一次性汇入法院执行款专户；"),
            ("p", "二、乙方按期付清后，甲方放弃迟延履行期间的加倍部分债务利息；"),
            ("p", "三、乙方未按期付款的，甲方有权申请恢复执行原生效法律文书。")],
            tail=[("r", f"甲方：{c.applicant.name}"), ("r", f"乙方：{c.respondent.name}"), ("r", num_date(c.day(30)))],
            seal_name=c.respondent.name, rng=rng)
    if code == "payment_voucher":
        s = Sheet()
        s.centred(mm(20), f"{c.extra['acct_bank']}", font("sans", 34))
        s.centred(mm(32), "电子回单（转账）", font("sans_bold", 48), spacing=4)
        rows = [["付款人户名", f"{COURT}执行款专户", "收款人户名", c.applicant.name],
                ["付款人账号", f"{rng.randint(10**17, 10**18 - 1)}", "收款人账号", c.extra["acct"]],
                ["金额（小写）", f"￥{c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
                ["用途", f"{c.number}案款发放", "交易日期", c.extra["pay_day"].isoformat()],
                ["流水号", f"{rng.randint(10**15, 10**16 - 1)}", "经办", c.clerk]]
        table(s, mm(12), mm(46), [mm(34), mm(58), mm(34), mm(60)], rows, font("sans", 26), row_h=mm(14))
        seal(s, s.width - mm(50), mm(130), c.extra["acct_bank"] + "电子回单专用章", rng, radius=mm(18))
        s.text(mm(12), mm(150), "执行款发放审批：同意发放。", font("serif", 32))
        hand(s, mm(80), mm(146), c.judge, rng, size=44, ink=INK)
        return [s]
    if code == "bank_reply":
        return [_bank_reply(c, rng)]
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return _archive(code, c, rng)
    return _form(code, c, rng, served)

