"""court_cm: 陕西省宝鸡市渭滨区人民法院执行局. The bureau's own papers (notices, rulings, records, forms of the
archive) typed in its house style and scanned at the filing window; the papers of others (the lawyer's, the
arbitration commission's, the notary's, the 中院's, the banks') came in by fax and are drawn in court_cm_papers with
their fax header; receipts and hand-filled slips are carbon-copy (复写) multipart forms."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, num_date, person_name
from dossier.corpus.draw import A4, Block, Sheet, flow, mm, seal, table
from dossier.corpus.fonts import font

WAGE_SEQ = 79163
NOTE_SEQ = 79418
LEASE_SEQ = 79752

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "online_inquiry_result",
    "enforcement_ruling", "assistance_notice", "closing_notice", "closing_approval_form", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "termination_this_round_ruling", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "payment_voucher", "service_receipt",
})
CODES = OWN | RECEIVED

TITLES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "缴纳执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书",
    "closing_notice": "结案通知书", "summons": "传票", "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书", "termination_this_round_ruling": "执行裁定书",
}
SERVED_NAMES = {
    "acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
    "payment_notice": "缴纳执行费通知书", "enforcement_ruling": "执行裁定书（冻结、扣划）", "summons": "传票",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "纳入失信被执行人名单决定书", "closing_notice": "结案通知书",
}
LAW = "《中华人民共和国民事诉讼法》"
A4W, A4H = A4


class CmSheet(Sheet):
    """A page and how it reached the volume: "fax" (another body's paper faxed in), "carbon" (a copy of a
    复写 multipart form), "scan" (the court's own paper on the window's sheet-fed scanner)."""

    way: str = "scan"


def page(way: str = "scan") -> CmSheet:
    s = CmSheet()
    s.way = way
    return s


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """渭滨 parties. WAGE_SEQ: a lathe-shop worker's wage award (渭滨区劳动人事争议仲裁委员会) against a machine-tool
    parts maker, paid from its frozen account; NOTE_SEQ: a lender's 公证债权文书 with the notary's 执行证书 against a
    small trading company with nothing left, 终本 and archived; LEASE_SEQ: a 宝鸡中院 二审 judgment on an excavator
    lease against a road-works company, 终本."""
    tail = c.number.removesuffix("号")
    tag = "wage" if tail.endswith(str(WAGE_SEQ)) else "note" if tail.endswith(str(NOTE_SEQ)) else "lease"
    c.extra["cm_tag"] = tag
    yr = c.filed_on.year
    road = ["经二路", "宝光路", "清姜路", "渭滨大道", "姜谭路", "红旗路", "西关路", "石鼓路"]
    c.applicant.address = f"陕西省宝鸡市渭滨区{rng.choice(road)}{rng.randint(3, 180)}号{rng.randint(1, 9)}单元"
    if tag == "wage":
        c.respondent.name = rng.choice(["宝鸡市渭锐机床附件有限公司", "宝鸡恒钛数控配件有限公司", "宝鸡市秦岭精密机床部件有限公司"])
        c.respondent.address = f"陕西省宝鸡市渭滨区马营镇高新大道{rng.randint(20, 260)}号厂区"
        c.basis_court = "宝鸡市渭滨区劳动人事争议仲裁委员会"
        c.basis_number = f"宝渭劳人仲案字〔{yr - 1}〕第{rng.randint(60, 460)}号"
        c.amount = Decimal(rng.randint(2600000, 9800000)) / 100
        c.extra["cm_months"] = rng.randint(5, 11)
        c.extra["cm_post"] = rng.choice(["数控车床操作工", "磨床工", "装配钳工", "热处理工"])
    elif tag == "note":
        c.respondent.name = rng.choice(["宝鸡市金渭商贸有限公司", "宝鸡市益丰源商贸有限公司", "宝鸡市陈仓晟达商贸有限公司"])
        c.respondent.address = f"陕西省宝鸡市渭滨区{rng.choice(['火炬路', '新建路', '汉中路'])}{rng.randint(5, 99)}号商铺"
        c.basis_court = "陕西省宝鸡市渭水公证处"
        c.basis_number = f"（{yr - 1}）陕宝渭证经字第{rng.randint(300, 2600)}号"
        c.extra["cm_cert_no"] = f"（{c.basis_effective.year}）陕宝渭证执字第{rng.randint(10, 90)}号"
        c.extra["cm_loan_day"] = c.basis_effective - timedelta(days=rng.randint(300, 420))
        c.amount = Decimal(rng.randint(30000000, 120000000)) / 100
        c.extra["cm_notary"] = person_name(rng)
    else:
        c.respondent.name = rng.choice(["宝鸡市鼎力路桥工程有限公司", "宝鸡市渭河湾土石方工程有限公司", "宝鸡市通达市政工程有限公司"])
        c.respondent.address = f"陕西省宝鸡市渭滨区神农镇{rng.choice(['峪泉村', '蒲家村', '龙山村'])}{rng.randint(1, 40)}组"
        c.basis_court = "陕西省宝鸡市中级人民法院"
        c.basis_number = f"（{yr - 1}）陕03民终{rng.randint(800, 3600)}号"
        c.extra["cm_first"] = f"（{yr - 2}）陕0302民初{rng.randint(2000, 9800)}号"
        c.extra["cm_machine"] = rng.choice(["三一SY215C型液压挖掘机", "徐工XE200DA型挖掘机", "柳工CLG856H型装载机"])
        c.amount = Decimal(rng.randint(15000000, 46000000)) / 100
        c.extra["cm_presiding"] = person_name(rng)
    c.respondent.phone = f"0917-{rng.randint(3100000, 3999999)}"
    c.firm = rng.choice(["陕西秦渭律师事务所", "陕西宝凤律师事务所", "陕西炎帝城律师事务所"])
    c.extra["cm_firm_fax"] = f"0917-{rng.randint(3200000, 3899999)}"
    c.extra["cm_firm_addr"] = f"宝鸡市渭滨区{rng.choice(['经二路', '公园路', '滨河南路'])}{rng.randint(10, 120)}号{rng.randint(5, 22)}层"
    c.extra["cm_lic"] = f"16103{rng.randint(2010, 2022)}1{rng.randint(1000000, 9999999)}"
    c.extra["cm_bank"] = rng.choice(["宝鸡农村商业银行渭滨支行", "长安银行宝鸡渭滨支行", "中国建设银行宝鸡经二路支行"])
    c.extra["cm_acct"] = f"62{rng.randint(10 ** 15, 10 ** 16 - 1)}"
    c.extra["cm_resp_bank"] = rng.choice(["中国工商银行宝鸡高新支行", "中国银行宝鸡渭滨支行", "宝鸡农村商业银行马营支行"])
    c.extra["cm_resp_acct"] = f"{rng.randint(10 ** 16, 10 ** 17 - 1)}"
    c.extra["cm_fee"] = Decimal(int(float(c.amount) * 0.008 + 50))
    c.extra["cm_paid"] = c.day(rng.randint(14, 24))
    c.extra["cm_hour"] = rng.randint(8, 17)
    c.extra["cm_chief"] = person_name(rng)
    c.extra["cm_archive"] = f"{yr}-执-{rng.randint(100, 999)}"
    c.extra["cm_filed_away"] = c.closed_on + timedelta(days=rng.randint(8, 14))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Every document of the family: another body's papers and the slips from court_cm_papers, the rest here."""
    if code in RECEIVED or (code == "assistance_notice" and served == ["reply"]):
        from dossier.corpus.families.court_cm_papers import paper

        return paper(code, c, rng, served)
    return own(code, c, rng, served)


# ------------------------------------------------------------------ the court's typed papers

DATES = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
         "online_inquiry_result": 4, "enforcement_ruling": 9, "assistance_notice": 9, "summons": 31,
         "consumption_restriction_order": 24, "dishonest_list_decision": 26, "interview_record": 38,
         "investigation_record": 47}


def made_on(c: CaseCtx, code: str) -> date:
    """When the court made one of its papers (a receipt is dated after it)."""
    if code == "termination_this_round_ruling":
        return c.closed_on - timedelta(days=6)
    if code == "closing_notice":
        return c.closed_on - timedelta(days=3)
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=2)
    if code in ("enforcement_ruling", "assistance_notice") and c.extra.get("cm_tag") == "wage":
        paid: date = c.extra["cm_paid"]
        return paid - timedelta(days=5)
    return c.day(DATES.get(code, 3))


def _parties(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    born = f"，{a.born.year}年{a.born.month}月{a.born.day}日出生" if a.born else ""
    return [("f", f"申请执行人：{a.name}，{a.sex}{born}，汉族，住{a.address}，公民身份号码{a.id_number}。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。")]


def _basis(c: CaseCtx) -> str:
    tag = c.extra["cm_tag"]
    if tag == "wage":
        return f"{c.basis_court}{c.basis_number}仲裁裁决书"
    if tag == "note":
        return f"{c.basis_court}{c.basis_number}具有强制执行效力的债权文书公证书及{c.extra['cm_cert_no']}执行证书"
    return f"{c.basis_court}{c.basis_number}民事判决书"


def _cause(c: CaseCtx) -> str:
    return {"wage": "劳动争议", "note": "公证债权文书", "lease": "租赁合同纠纷"}[c.extra["cm_tag"]]


def _typed(c: CaseCtx, rng: random.Random, title: str, blocks: list[Block], *, when: date, number: bool = True,
           to: str = "", sign: str = "", seal_it: bool = True, bench: bool = False) -> list[Sheet]:
    """The bureau's house style: the court's name letter-spaced in 小标宋-like serif, the title under it, the
    number flush right under a thin rule; FangSong-like body; 第n页 at the foot of a longer paper."""
    sheets: list[Sheet] = []
    body = font("song_gb", mm(5.2))
    lh = mm(9.2)
    x0, width = mm(28), A4W - mm(54)

    def more() -> tuple[Sheet, float]:
        s = page()
        sheets.append(s)
        return s, float(mm(28))

    s, y = more()
    s.centred(y, c.court.name.removeprefix("陕西省"), font("serif_bold", mm(7.6)), spacing=mm(1.6))
    y += mm(12)
    s.centred(y, title, font("serif_bold", mm(9.5)), spacing=mm(3.2 if len(title) < 6 else 1.2))
    y += mm(15)
    if number:
        s.right(x0 + width, y, c.number, body)
        y += mm(9)
        s.line(x0, y, x0 + width, y, width=2)
        y += mm(6)
    if to:
        s.text(x0, y, to, body)
        y += lh
    y = flow(s, blocks, body, x0=x0, width=width, y=y, line_height=lh, indent=mm(10.4), bottom=A4H - mm(40),
             more=more)
    last = sheets[-1]
    if y > A4H - mm(80):
        last, y = more()
    y += mm(6)
    if bench:
        for role, name in (("审  判  长", c.judge), ("审  判  员", c.officer), ("审  判  员", c.extra["cm_chief"])):
            last.right(x0 + width - mm(10), y, f"{role}    {name}", body)
            y += lh
    elif sign:
        last.right(x0 + width - mm(10), y, sign, body)
        y += lh
    last.right(x0 + width - mm(10), y, cn_date(when), body)
    if seal_it:
        seal(last, x0 + width - mm(42), y - mm(4), c.court.name, rng)
    y += lh
    if bench:
        last.text(x0 + width - mm(70), y + mm(4), f"书  记  员    {c.clerk}", body)
    if len(sheets) > 1:
        for i, sh in enumerate(sheets):
            sh.centred(A4H - mm(18), f"第{i + 1}页  共{len(sheets)}页", font("song_gb", mm(3.8)))
            sh.page_of = (i + 1, len(sheets))
    return sheets




def own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        from dossier.corpus.families.court_cm_papers import archive

        return archive(code, c, rng)
    if code in ("closing_approval_form", "online_inquiry_result", "investigation_record", "interview_record"):
        from dossier.corpus.families.court_cm_papers import inside

        return inside(code, c, rng)
    when = made_on(c, code)
    a, r = c.applicant, c.respondent
    basis, amt = _basis(c), money(c.amount)
    fee = c.extra["cm_fee"]
    tag = c.extra["cm_tag"]
    if code == "acceptance_notice":
        blocks: list[Block] = [
            ("p", f"你（单位）申请执行{r.name}{_cause(c)}一案的执行申请书及有关材料已收到。经审查，符合法定受理条件，"
                  f"本院决定立案执行，案号为{c.number}。"),
            ("p", f"本案由执行局执行实施一组办理，承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"
                  "案件办理过程中，你方如发现被执行人的财产线索，请及时书面告知本院。"),
            ("p", "本院可通过中国执行信息公开网查询案件流程节点信息。特此通知。")]
        return _typed(c, rng, "受理案件通知书", blocks, when=when, to=f"{a.name}：")
    if code == "payment_notice":
        blocks = [("p", f"你申请执行{r.name}一案，本院已立案执行。依照《诉讼费用交纳办法》第十四条的规定，"
                        f"申请执行费{fee:,.2f}元由被执行人负担，暂不向你预收；被执行人履行时一并扣缴。"),
                  ("p", f"收款单位：宝鸡市渭滨区人民法院；开户行：{c.extra['cm_bank']}。"),
                  ("p", "请持本通知到本院诉讼服务中心收费窗口办理。")]
        if tag == "wage":
            blocks[0] = ("p", f"你追索劳动报酬申请执行{r.name}一案，本院已立案执行。依照《诉讼费用交纳办法》的规定，"
                              f"申请执行费{fee:,.2f}元由被执行人负担，执行到位后从执行款中优先扣缴，你方无需预交。")
        return _typed(c, rng, "缴纳执行费通知书", blocks, when=when, to=f"{a.name}：")
    if code == "enforcement_notice":
        blocks = [("p", f"{a.name}与你单位{_cause(c)}一案，{basis}已发生法律效力。申请执行人{a.name}于"
                        f"{num_date(c.filed_on)}向本院申请强制执行，本院依法立案。依照{LAW}第二百四十七条、第二百五十一条"
                        "的规定，责令你单位自收到本通知之日起立即履行下列义务："),
                  ("f", f"一、向申请执行人支付{amt}；"),
                  ("f", "二、加倍支付迟延履行期间的债务利息（或支付迟延履行金）；"),
                  ("f", f"三、负担申请执行费{fee:,.2f}元。"),
                  ("p", "逾期不履行的，本院将依法强制执行，并可将你单位纳入失信被执行人名单、限制你单位及法定代表人"
                        "高消费；拒不履行情节严重的，依法追究刑事责任。"),
                  ("f", f"承办人：{c.officer}    联系电话：{c.court.phone}")]
        return _typed(c, rng, "执行通知书", blocks, when=when, to=f"{r.name}：")
    if code == "property_report_order":
        blocks = [("p", f"本院受理的{a.name}申请执行你单位{_cause(c)}一案，依照{LAW}第二百五十二条的规定，"
                        "责令你单位在收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
                  ("p", "报告范围：（一）收入、银行存款、现金、理财产品；（二）土地使用权、房屋等不动产；（三）交通运输工具、"
                        "机器设备、产品、原材料等动产；（四）债权、股权、投资权益；（五）其他应当报告的财产。"),
                  ("p", "财产情况在报告期间发生变动的，应当自变动之日起十日内补充报告。拒绝报告、虚假报告或者无正当理由"
                        "逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单。"),
                  ("p", "附：财产申报表一份。")]
        return _typed(c, rng, "报告财产令", blocks, when=when, to=f"{r.name}：")
    if code == "enforcement_ruling":
        acct = c.extra["cm_resp_acct"]
        blocks = [*_parties(c),
                  ("p", f"本院依据已经发生法律效力的{basis}，于{num_date(c.filed_on)}立案执行。本院向被执行人发出执行通知书、"
                        "报告财产令后，被执行人未在指定期间履行义务。经网络查控，被执行人在"
                        f"{c.extra['cm_resp_bank']}开设的账户（账号{acct}）内有存款。依照{LAW}第二百四十七条、"
                        "第二百五十三条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，"
                        "裁定如下："),
                  ("p", f"冻结、划拨被执行人{r.name}在银行的存款{amt}及申请执行费{fee:,.2f}元，或者查封、扣押其"
                        "相应价值的财产。冻结期限为一年。"),
                  ("p", "本裁定立即执行。")]
        if tag != "wage":
            blocks[4] = ("p", f"本院依据已经发生法律效力的{basis}，于{num_date(c.filed_on)}立案执行。被执行人未按执行通知"
                              f"履行义务，依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下：")
        return _typed(c, rng, "执行裁定书", blocks, when=when, bench=True)
    if code == "assistance_notice":
        blocks = [("p", f"关于{a.name}申请执行{r.name}{_cause(c)}一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
                        f"依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
                  ("p", f"冻结被执行人{r.name}在你行开设的账户（账号{c.extra['cm_resp_acct']}）内的存款"
                        f"{c.amount + fee:,.2f}元，冻结期限一年，自{num_date(when)}起至{num_date(when + timedelta(days=364))}止；"
                        "冻结期内如有存款到账，一并冻结，并立即扣划至本院执行款专户。"),
                  ("f", "附：执行裁定书一份。"),
                  ("f", f"经办人：{c.officer}、{c.clerk}    电话：{c.court.phone}")]
        return _typed(c, rng, "协助执行通知书", blocks, when=when, to=f"{c.extra['cm_resp_bank']}：")
    if code == "closing_notice":
        blocks = [("p", f"你（单位）与{r.name}{_cause(c)}一案，本院执行中冻结并扣划被执行人银行存款，"
                        f"执行款{amt}已于{num_date(c.extra['cm_paid'] + timedelta(days=8))}发放至你方确认的账户，"
                        "申请执行费已由被执行人负担。本案已执行完毕，依照《最高人民法院关于执行案件立案、结案若干问题"
                        "的意见》第十五条的规定，予以结案。"),
                  ("p", "特此通知。")]
        return _typed(c, rng, "结案通知书", blocks, when=when, to=f"{a.name}、{r.name}：")
    if code == "summons":
        return _summons(c, rng, when)
    if code == "consumption_restriction_order":
        blocks = [("p", f"本院于{num_date(c.filed_on)}受理申请执行人{a.name}申请执行{r.name}{_cause(c)}一案。因你单位"
                        f"未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照{LAW}第二百六十六条和《最高人民法院"
                        "关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你单位及你单位法定代表人"
                        f"{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
                  ("f", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
                  ("f", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
                  ("f", "（三）购买不动产或者新建、扩建、高档装修房屋；"),
                  ("f", "（四）租赁高档写字楼、宾馆、公寓等场所办公；"),
                  ("f", "（五）购买非经营必需车辆；"),
                  ("f", "（六）旅游、度假；"),
                  ("f", "（七）子女就读高收费私立学校；"),
                  ("f", "（八）支付高额保费购买保险理财产品；"),
                  ("f", "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
                  ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。")]
        return _typed(c, rng, "限制消费令", blocks, when=when, to=f"{r.name}、{r.legal_rep}：")
    if code == "dishonest_list_decision":
        blocks = [*_parties(c)[2:],
                  ("p", f"本院在执行{a.name}与{r.name}{_cause(c)}一案中，被执行人有履行能力而拒不履行生效法律文书确定的"
                        "义务，且违反财产报告制度。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、"
                        "第（五）项，第二条第一款的规定，决定如下："),
                  ("p", f"将{r.name}纳入失信被执行人名单，期限二年。"),
                  ("p", "被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。本决定一经作出即生效。")]
        return _typed(c, rng, "决定书", blocks, when=when, bench=False, sign=f"执行长  {c.extra['cm_chief']}")
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, when)
    raise KeyError(code)


def _summons(c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    """传票 as the printed two-column form the bureau fills by typewriter-like print."""
    s = page()
    f = font("song_gb", mm(4.8))
    s.centred(mm(26), c.court.name, font("serif_bold", mm(7.5)), spacing=mm(1.2))
    s.centred(mm(38), "传      票", font("serif_bold", mm(11)))
    s.right(A4W - mm(26), mm(56), c.number, f)
    at = when + timedelta(days=rng.randint(5, 9))
    rows = [["案    由", f"{_cause(c)}执行"], ["被传唤人", f"{c.respondent.name}（法定代表人{c.respondent.legal_rep}）"],
            ["工作单位或住址", c.respondent.address], ["传唤事由", "接受执行谈话、报告财产"],
            ["应到时间", f"{at.year}年{at.month}月{at.day}日上午9时00分"],
            ["应到处所", f"本院执行局第三谈话室（{c.court.address}）"]]
    y = table(s, mm(24), mm(66), [mm(46), A4W - mm(48) - mm(46)], rows, f, row_h=mm(17), centre_first=True)
    notes = ["注意事项：", "一、被传唤人必须准时到达应到处所。",
             "二、本传票由被传唤人携带来院报到；被传唤人为单位的，由法定代表人到庭。",
             "三、被传唤人收到传票后，应在送达回证上签名或者盖章。",
             "四、经两次传票传唤，无正当理由拒不到场的，可依法拘传。"]
    y += mm(10)
    for line in notes:
        s.text(mm(26), y, line, f)
        y += mm(8)
    s.right(A4W - mm(40), y + mm(14), cn_date(when), f)
    seal(s, A4W - mm(66), y + mm(12), c.court.name, rng)
    return [s]


def _ttr(c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    inter = c.day(DATES["interview_record"])
    tag = c.extra["cm_tag"]
    what = ("该公司经营场所已停业，店面转租他人，库存商品已无" if tag == "note"
            else f"该公司承租的{c.extra.get('cm_machine', '设备')}已被退回原出租方，公司无在建工程")
    blocks: list[Block] = [
        *_parties(c),
        ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{_cause(c)}一案中，依据的执行依据为{_basis(c)}，"
              f"被执行人应向申请执行人支付{money(c.amount)}及相应利息。"),
        ("p", f"本院于{num_date(c.filed_on)}立案执行后，向被执行人发出执行通知书、报告财产令，被执行人未履行，也未如实报告财产。"
              "本院通过网络执行查控系统向金融机构、不动产登记、车辆管理、证券、互联网银行等部门发出查询，"
              "被执行人名下银行账户余额合计不足百元，已冻结扣划，未发现车辆、不动产、股权等可供执行的财产。"),
        ("p", f"本院于{num_date(c.day(DATES['investigation_record']))}赴被执行人住所地调查，{what}。"
              f"本院已对被执行人及其法定代表人{r.legal_rep}发出限制消费令，并将被执行人纳入失信被执行人名单。"),
        ("p", f"{num_date(inter)}，本院约谈申请执行人，告知其财产调查情况及终结本次执行程序的依据和法律后果，"
              "申请执行人对此无异议，表示暂时不能提供被执行人其他可供执行的财产线索。"),
        ("p", f"本院认为，被执行人暂无可供执行的财产，本案符合终结本次执行程序的条件。依照{LAW}第一百五十七条第一款"
              "第十一项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", f"终结本院{c.number}案件的本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
        ("p", "被执行人负有继续向申请执行人履行债务的义务。本裁定送达后立即生效。")]
    return _typed(c, rng, "执行裁定书", blocks, when=when, bench=True)
