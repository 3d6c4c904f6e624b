"""court_cs: 陕西省汉中市汉台区人民法院执行局. Three dossiers: a 汉中仲裁委员会 award for a 揉捻机/杀青机 sale against a
tea company, its account frozen and deducted; the court's own judgment on a private loan against a married couple
(joint debt), nothing found, 限制消费 and 失信 for both, 终本, archived; a 汉中中院 二审 judgment on a car-rental
contract against a tourism company, paid after a 传票 and a talk. The court's papers are typed with the court name
spaced above the title; forms are filled by pen; the award, the bank reply and the lawyer's papers keep their authors'
shapes."""

from __future__ import annotations

import random
from datetime import date, timedelta
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
from dossier.corpus.draw import RED, Sheet, hand, mm, seal, signature, table
from dossier.corpus.families.court_cs_kit import (
    BOTTOM,
    HTCOURT,
    TOP,
    WIDTH,
    X0,
    X1,
    body_font,
    court_paper,
    footers,
    grid_form,
    paras,
)
from dossier.corpus.fonts import font

TEA_SEQ, LOAN_SEQ, CAR_SEQ = 85113, 85247, 85391
ZHONGYUAN = "陕西省汉中市中级人民法院"
CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "payment_voucher", "closing_notice", "closing_approval_form", "service_receipt", "summons",
    "interview_record", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "termination_this_round_ruling", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
DAYS = {"enforcement_application": -3, "acceptance_notice": 0, "payment_notice": 1, "enforcement_notice": 1,
        "property_report_order": 1, "online_inquiry_result": 3, "enforcement_ruling": 6, "assistance_notice": 7,
        "summons": 18, "consumption_restriction_order": 12, "dishonest_list_decision": 12}


def _seq(c: CaseCtx) -> int:
    return int(c.number.split("执")[-1].rstrip("号"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Move the case to 汉台: each dossier's basis, parties and story."""
    seq = _seq(c)
    y = c.filed_on.year - 1
    c.applicant.address = f"汉中市汉台区{rng.choice(['北关', '东大街', '中山街', '七里', '龙江'])}{rng.choice(['街道', '社区'])}" \
                          f"{rng.randint(2, 60)}号"
    c.agent_phone = f"1879160{rng.randint(1000, 9999)}"
    c.firm = f"陕西{rng.choice(['汉韵', '天汉', '褒斜', '汉江明'])}律师事务所"
    if seq == TEA_SEQ:
        c.basis_kind = "arbitration"
        c.basis_court = "汉中仲裁委员会"
        c.basis_number = f"（{y}）汉仲裁字第{rng.randint(60, 480)}号"
        c.respondent.name = f"汉中{rng.choice(['秦巴', '汉水', '午子', '定军'])}仙毫茶业有限公司"
        c.respondent.address = f"汉中市汉台区铺镇{rng.choice(['茶园', '工业园'])}路{rng.randint(1, 40)}号"
        c.extra["cs_goods"] = rng.choice(["6CR-55型揉捻机四台、滚筒杀青机两台", "茶叶理条机六台、6CR-45型揉捻机三台"])
        c.amount = Decimal(rng.randint(18000000, 46000000)) / 100
        c.extra["cs_bank"] = rng.choice(["汉中市商业银行汉台支行", "陕西汉台农村商业银行北关支行", "中国农业银行汉中分行营业部"])
    elif seq == LOAN_SEQ:
        c.basis_kind = "judgment"
        c.basis_court = HTCOURT
        c.basis_number = f"（{y}）陕0702民初{rng.randint(1200, 6900)}号"
        born = date(rng.randint(1975, 1990), rng.randint(1, 12), rng.randint(1, 28))
        wborn = born + timedelta(days=rng.randint(200, 1500))
        husband = person_name(rng)
        c.respondent = Party(husband, "person", id_number(rng, "610702", born),
                             f"汉中市汉台区{rng.choice(['汉中路', '建国路', '西大街'])}{rng.randint(3, 90)}号{rng.randint(1, 6)}单元",
                             f"135{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.extra["cs_wife"] = Party(person_name(rng), "person", id_number(rng, "610721", wborn), c.respondent.address,
                                   f"158{rng.randint(10000000, 99999999)}", born=wborn, sex="女")
        c.amount = Decimal(rng.randint(6000000, 32000000)) / 100
    else:
        c.basis_kind = "judgment"
        c.basis_court = ZHONGYUAN
        c.basis_number = f"（{y}）陕07民终{rng.randint(300, 2900)}号"
        c.extra["cs_first"] = f"（{y}）陕0702民初{rng.randint(1200, 6900)}号"
        c.respondent.name = f"汉中{rng.choice(['兴汉', '石门', '天台山', '汉江'])}旅游开发有限公司"
        c.respondent.address = f"汉中市汉台区{rng.choice(['兴汉新区', '河东店镇'])}{rng.choice(['文旅', '兴元'])}路{rng.randint(1, 88)}号"
        c.extra["cs_cars"] = rng.choice(["别克GL8商务车三辆", "丰田考斯特中巴车两辆", "大众帕萨特轿车五辆"])
        c.amount = Decimal(rng.randint(9000000, 27000000)) / 100
    if c.respondent.kind == "organisation":
        c.respondent.id_number = credit_code(rng, "610702")
        c.respondent.phone = f"0916-{rng.randint(2200000, 2899999)}"
    c.extra.setdefault("cs_bank", rng.choice(["中国建设银行汉中分行", "中国工商银行汉中汉台支行"]))
    c.extra["cs_story"] = {TEA_SEQ: "tea", LOAN_SEQ: "loan"}.get(seq, "car")
    c.extra["cs_account"] = f"6228{rng.randint(10 ** 14, 10 ** 15 - 1)}"


def _story(c: CaseCtx) -> str:
    return str(c.extra.get("cs_story", "tea"))


def when(code: str, c: CaseCtx) -> date:
    """The day a document was made, so that receipts, rulings and closing hang together."""
    end = c.closed_on
    late = {"investigation_record": c.day(45), "interview_record": c.day(28) if _story(c) == "car" else end - timedelta(days=9),
            "termination_this_round_ruling": end - timedelta(days=2), "payment_voucher": end - timedelta(days=8),
            "closing_notice": end - timedelta(days=3), "closing_approval_form": end, "file_review_form": end + timedelta(days=20),
            "dossier_cover": end + timedelta(days=20), "catalogue": end + timedelta(days=20),
            "remarks_sheet": end + timedelta(days=21)}
    if code in late:
        return late[code]
    return c.day(DAYS.get(code, -3))


def _parties(c: CaseCtx) -> list[str]:
    a = c.applicant
    out = [f"申请执行人：{a.name}，{a.sex}，{a.born.year if a.born else 1980}年生，汉族，住{a.address}，"
           f"公民身份号码{a.id_number}。"]
    if c.agent:
        out.append(f"委托诉讼代理人：{c.agent}，{c.firm}律师。")
    r = c.respondent
    if r.kind == "organisation":
        out.append(f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。")
        out.append(f"法定代表人：{r.legal_rep}，该公司执行董事。")
    else:
        out.append(f"被执行人：{r.name}，男，{r.born.year if r.born else 1980}年生，住{r.address}，公民身份号码{r.id_number}。")
        w = c.extra.get("cs_wife")
        if isinstance(w, Party):
            out.append(f"被执行人：{w.name}，女，{w.born.year if w.born else 1982}年生，住{w.address}，系{r.name}之妻，"
                       f"公民身份号码{w.id_number}。")
    return out


def _debtors(c: CaseCtx) -> str:
    w = c.extra.get("cs_wife")
    return c.respondent.name + (f"、{w.name}" if isinstance(w, Party) else "")


def _basis_title(c: CaseCtx) -> str:
    kind = "裁决书" if c.basis_kind == "arbitration" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _signers(c: CaseCtx, bench: bool = False) -> list[tuple[str, str]]:
    if bench:
        return [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    return [("执行员", c.officer), ("书记员", c.clerk)]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Every page a 汉台 dossier holds, in its author's style."""
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code in ("enforcement_application", "power_of_attorney", "law_firm_letter", "lawyer_license"):
        return _lawyer(code, c, rng)
    if code in ("identity_proof", "online_inquiry_result", "payment_voucher", "effectiveness_certificate"):
        return _received(code, c, rng, served)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form", "fee_receipt"):
        return _filled(code, c, rng)
    if code in ("interview_record", "investigation_record"):
        return _record(code, c, rng)
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "closing_approval_form"):
        return [_archive(code, c, rng)]
    return _court(code, c, rng)


# ------------------------------------------------------------------ the basis and what comes with it

def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    st = _story(c)
    filed = c.basis_effective - timedelta(days=rng.randint(60, 120))
    if st == "tea":
        goods = str(c.extra["cs_goods"])
        texts = [f"申请人：{c.applicant.name}，住{c.applicant.address}。",
                 f"被申请人：{c.respondent.name}，住所地{c.respondent.address}。法定代表人：{c.respondent.legal_rep}。",
                 f"汉中仲裁委员会（以下简称本会）根据申请人与被申请人于{num_date(filed - timedelta(days=300))}签订的《茶叶加工"
                 f"设备买卖合同》中的仲裁条款，以及申请人于{num_date(filed)}向本会提交的书面仲裁申请，受理了申请人与被申请人之间"
                 "因买卖合同引起的争议案。本案适用《汉中仲裁委员会仲裁规则》简易程序，由独任仲裁员开庭审理。",
                 f"申请人称：被申请人向申请人购买{goods}，约定于设备安装调试合格后三十日内付清货款。设备已于明前茶季前交付"
                 "并投入仙毫生产，被申请人仅支付部分货款，余款经多次催要未付。",
                 "被申请人辩称：部分揉捻机运行中有异响，影响制茶品质，请求减付货款。经查，被申请人未在约定的质量异议期内"
                 "提出书面异议，且设备已连续使用一个茶季，其抗辩不能成立。",
                 "本会裁决如下：",
                 f"一、被申请人{c.respondent.name}向申请人{c.applicant.name}支付货款{money(c.amount)}；",
                 "二、被申请人向申请人支付逾期付款违约金（以欠付货款为基数，按全国银行间同业拆借中心公布的一年期贷款市场报价"
                 "利率的一点三倍，自应付之日起计至付清之日止）；",
                 "三、本案仲裁费由被申请人承担。",
                 "上述款项，被申请人应于本裁决书送达之日起十日内支付完毕。本裁决为终局裁决，自作出之日起发生法律效力。"]
        s = Sheet()
        pages = [s]
        s.centred(TOP - 10, "汉 中 仲 裁 委 员 会", font("kai", 60))
        s.line(X0, TOP + 80, X1, TOP + 80, width=5, fill=RED)
        s.centred(TOP + 110, "裁  决  书", font("song_gb", 70))
        s.right(X1, TOP + 210, c.basis_number, font("song_gb", 38))
        s, y = paras(s, TOP + 290, texts, font("song_gb", 40), lh=64, pages=pages)
        y += 40
        s.right(X1 - mm(10), y, f"独任仲裁员  {c.judge}", font("song_gb", 40))
        s.right(X1 - mm(10), y + 150, cn_date(c.basis_effective), font("serif", 40))
        seal(s, X1 - mm(40), y + 150, "汉中仲裁委员会", rng)
        s.right(X1 - mm(10), y + 230, f"书  记  员  {person_name(rng)}", font("song_gb", 40))
        return footers(pages)
    if st == "loan":
        w = c.extra["cs_wife"]
        assert isinstance(w, Party)
        texts = [*_parties(c)[:1], f"被告：{c.respondent.name}，男，住{c.respondent.address}。",
                 f"被告：{w.name}，女，住{w.address}。",
                 f"原告{c.applicant.name}与被告{c.respondent.name}、{w.name}民间借贷纠纷一案，本院立案后，依法适用简易程序"
                 "公开开庭进行了审理。原告到庭参加诉讼，二被告经本院传票传唤无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。",
                 f"本院经审理认定：{num_date(filed - timedelta(days=500))}，二被告因经营门面装修向原告借款，并共同出具借条一张，"
                 "约定月底前归还。借款通过银行转账交付至被告账户。到期后二被告未还款。",
                 "本院认为，合法的借贷关系受法律保护。该借款系二被告婚姻关系存续期间为家庭共同生产经营所借，借条由夫妻双方共同签字，"
                 "属夫妻共同债务，二被告应共同承担还款责任。依照《中华人民共和国民法典》第六百六十七条、第六百七十五条、"
                 "第一千零六十四条之规定，判决如下：",
                 f"被告{c.respondent.name}、{w.name}于本判决生效之日起十日内共同偿还原告{c.applicant.name}借款{money(c.amount)}"
                 "及利息（自起诉之日起按一年期贷款市场报价利率计算至还清之日止）。",
                 "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                 "加倍支付迟延履行期间的债务利息。案件受理费减半收取，由二被告负担。",
                 "如不服本判决，可在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于陕西省"
                 "汉中市中级人民法院。"]
        return court_paper("民事判决书", c.basis_number, texts, [("审判员", c.judge), ("书记员", person_name(rng))],
                           c.basis_effective - timedelta(days=20), rng)
    cars = str(c.extra["cs_cars"])
    texts = [f"上诉人（原审被告）：{c.respondent.name}，住所地{c.respondent.address}。",
             f"法定代表人：{c.respondent.legal_rep}，董事长。",
             f"被上诉人（原审原告）：{c.applicant.name}，住{c.applicant.address}。",
             f"上诉人{c.respondent.name}因与被上诉人{c.applicant.name}租赁合同纠纷一案，不服陕西省汉中市汉台区人民法院"
             f"{c.extra['cs_first']}民事判决，向本院提起上诉。本院于立案后，依法组成合议庭审理了本案。本案现已审理终结。",
             f"{c.respondent.name}上诉请求：撤销一审判决，改判减少租金。事实和理由：旅游旺季结束后{cars}已实际停驶，"
             "应按实际使用天数计租。",
             f"本院经审理查明，双方签订《汽车租赁合同》，约定上诉人租赁被上诉人{cars}用于景区接驳，租期一年，按月支付租金。"
             "租期届满后上诉人归还车辆，但拖欠租金及车辆维修费用至今未付。",
             "本院认为，租赁合同约定按月计租，上诉人以停驶为由主张减付租金，无合同依据，本院不予支持。一审判决认定事实清楚，"
             "适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下：",
             "驳回上诉，维持原判。",
             f"一审判决确定的给付义务为：{c.respondent.name}支付{c.applicant.name}租金及维修费{money(c.amount)}。"
             "二审案件受理费由上诉人负担。", "本判决为终审判决。"]
    bench = [("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng)),
             ("书记员", person_name(rng))]
    return court_paper("民事判决书", c.basis_number, texts, bench, c.basis_effective, rng, court=ZHONGYUAN,
                       seal_name=ZHONGYUAN)


def _received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "effectiveness_certificate":
        s = Sheet()
        if c.basis_kind == "arbitration":
            s.centred(TOP + 40, "汉中仲裁委员会", font("kai", 56))
            s.centred(TOP + 140, "裁决书送达及生效证明", font("song_gb", 62))
            body = [f"{c.applicant.name}与{c.respondent.name}买卖合同纠纷一案，本会于{num_date(c.basis_effective)}作出"
                    f"{c.basis_number}裁决书，该裁决书已于{num_date(c.basis_effective + timedelta(days=4))}送达双方当事人。",
                    "根据《中华人民共和国仲裁法》第五十七条，裁决书自作出之日起发生法律效力。", "特此证明。"]
            seal_name, head = "汉中仲裁委员会", "汉中仲裁委员会秘书处"
        else:
            s.centred(TOP + 40, HTCOURT, font("serif_bold", 50), spacing=4)
            s.centred(TOP + 140, "生 效 证 明 书", font("hei", 70))
            w = c.extra.get("cs_wife")
            wn = w.name if isinstance(w, Party) else ""
            body = [f"本院受理原告{c.applicant.name}诉被告{c.respondent.name}、{wn}民间借贷纠纷一案，于"
                    f"{num_date(c.basis_effective - timedelta(days=20))}作出{c.basis_number}民事判决书，已依法送达各方当事人。",
                    f"在法定上诉期间内各方当事人均未提出上诉，该判决已于{num_date(c.basis_effective)}发生法律效力。", "特此证明。"]
            seal_name, head = HTCOURT, HTCOURT
        s, y = paras(s, TOP + 300, body, font("song_gb", 42), lh=70)
        s.right(X1 - mm(10), y + 120, head, font("song_gb", 40))
        s.right(X1 - mm(10), y + 190, cn_date(c.basis_effective + timedelta(days=9)), font("serif", 40))
        seal(s, X1 - mm(40), y + 170, seal_name, rng)
        return [s]
    if code == "identity_proof":
        return [_id_copy(c, rng, "respondent" in served)]
    if code == "payment_voucher":
        return [_voucher(c, rng)]
    return _inquiry(c, rng)


def _id_copy(c: CaseCtx, rng: random.Random, respondent: bool) -> Sheet:
    s = Sheet()
    f = font("sans", 32)
    if respondent and c.respondent.kind == "organisation":
        r = c.respondent
        s.box(mm(22), mm(30), mm(188), mm(150), width=6, outline=(150, 110, 40))
        s.centred(mm(40), "营 业 执 照", font("serif_bold", 80), fill=(140, 30, 30))
        y = mm(70)
        for k, v in [("统一社会信用代码", r.id_number), ("名称", r.name), ("类型", "有限责任公司（自然人投资或控股）"),
                     ("法定代表人", r.legal_rep), ("经营范围", "茶叶种植、加工、销售；预包装食品销售" if _story(c) == "tea"
                                                 else "旅游项目开发；景区管理；旅客运输服务"), ("住所", r.address)]:
            s.text(mm(30), y, f"{k}：{v}", f)
            y += 64
        seal(s, mm(150), mm(130), "汉中市汉台区市场监督管理局", rng)
        s.text(mm(30), mm(170), "复印件与原件一致", font("kai", 44), fill=(40, 40, 160))
        signature(s, mm(120), mm(168), c.agent, rng)
        return s
    people = [c.applicant] if not respondent else [c.respondent]
    w = c.extra.get("cs_wife")
    if respondent and isinstance(w, Party):
        people.append(w)
    y = mm(25)
    for p in people:
        s.box(mm(40), y, mm(126), y + mm(54), width=3, outline=(120, 120, 130))
        s.text(mm(46), y + 30, f"姓名 {p.name}", f)
        s.text(mm(46), y + 80, f"性别 {p.sex}   民族 汉", f)
        s.text(mm(46), y + 130, f"出生 {p.born.year if p.born else 1980}年", f)
        s.text(mm(46), y + 180, f"住址 {p.address}", font("sans", 26))
        s.text(mm(46), y + 340, f"公民身份号码 {p.id_number}", f)
        s.draw.rectangle((mm(96), y + 30, mm(122), y + mm(36)), fill=(185, 185, 190))
        s.box(mm(130), y, mm(185), y + mm(54), width=3, outline=(120, 120, 130))
        s.text(mm(136), y + 80, "中华人民共和国", f)
        s.text(mm(136), y + 130, "居民身份证", font("sans_bold", 40))
        s.text(mm(136), y + 230, "签发机关 汉中市公安局汉台分局", font("sans", 22))
        y += mm(66)
    s.text(mm(40), y + 20, "此复印件仅供汉台区法院执行使用", font("kai", 40), fill=(40, 40, 160), record=False)
    s.lines.append("此复印件仅供汉台区法院执行使用")
    return s


def _voucher(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(TOP, HTCOURT, font("sans", 40))
    s.centred(TOP + 70, "执行案款发放审批单", font("sans_bold", 58))
    s.text(X0, TOP + 170, f"案号：{c.number}", font("sans", 34))
    s.right(X1, TOP + 170, f"单据号 HT{rng.randint(10 ** 7, 10 ** 8 - 1)}", font("sans", 34))
    rows = [("收款人", c.applicant.name), ("收款账号", str(c.extra["cs_account"])),
            ("开户行", rng.choice(["中国建设银行汉中分行", "汉中市商业银行营业部"])),
            ("案款来源", "扣划被执行人银行存款" if _story(c) == "tea" else "被执行人自动交纳"),
            ("发放金额", money(c.amount)), ("承办人意见", f"案款已到账，同意发放。{c.officer}"),
            ("财务核对", f"已支付 {num_date(when('payment_voucher', c))}")]
    table(s, X0, TOP + 240, [mm(40), WIDTH - mm(40)], rows, font("sans", 34), row_h=110)
    seal(s, X1 - mm(40), TOP + 900, "汉台区人民法院财务专用章", rng)
    return s


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    m = font("wenkai_mono", 28)
    s.text(X0, TOP, "总对总网络执行查控系统  反馈结果", font("microhei", 44))
    s.text(X0, TOP + 70, f"案号：{c.number}    查询日期：{when('online_inquiry_result', c):%Y-%m-%d}", m)
    names = [c.respondent] + ([c.extra["cs_wife"]] if isinstance(c.extra.get("cs_wife"), Party) else [])
    rows: list[tuple[str, ...]] = [("被查询人", "协助单位", "反馈结果", "余额/数量")]
    for p in names:
        for unit in ("中国工商银行", "中国农业银行", "汉中市商业银行", "不动产登记", "车辆登记", "证券"):
            if _story(c) == "tea" and unit == "汉中市商业银行":
                rows.append((p.name, unit, f"活期账户 {str(c.extra['cs_account'])[-6:]}",
                             f"{c.amount * Decimal('1.4'):,.2f}"))
            else:
                found = "无" if _story(c) == "loan" else rng.choice(["无", "有账户", "无"])
                rows.append((p.name, unit, found, "0.00" if found != "无" else "—"))
    table(s, X0, TOP + 140, [mm(38), mm(42), mm(46), WIDTH - mm(126)], rows, m, row_h=62)
    return [s]


# ------------------------------------------------------------------ the applicant's lawyer

def _lawyer(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    if code == "law_firm_letter":
        s.text(X0, TOP, c.firm, font("hei", 48), fill=(30, 60, 120))
        s.line(X0, TOP + 70, X1, TOP + 70, width=4, fill=(30, 60, 120))
        s.centred(TOP + 130, "律师事务所函", font("hei", 64))
        s.right(X1, TOP + 230, f"陕{rng.choice(['汉韵', '天汉'])}律函〔{c.filed_on.year}〕第{rng.randint(11, 300)}号", font("sans", 34))
        body = [f"{HTCOURT}：", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{_debtors(c)}"
                f"执行一案的委托代理人。", "特此函告。", "附：授权委托书一份"]
        s, y = paras(s, TOP + 330, body, font("sans", 40), lh=70, indent=0)
        s.right(X1, y + 100, c.firm, font("sans", 40))
        s.right(X1, y + 170, num_date(when("enforcement_application", c)), font("sans", 40))
        seal(s, X1 - mm(40), y + 140, c.firm, rng)
        s.text(X0, BOTTOM - 40, f"地址：汉中市汉台区天汉大道{rng.randint(100, 900)}号  电话：0916-{rng.randint(2200000, 2899999)}",
               font("sans", 28))
        return [s]
    if code == "lawyer_license":
        s.box(mm(30), mm(30), mm(180), mm(140), width=4, outline=(110, 40, 40))
        s.centred(mm(40), "中华人民共和国律师执业证", font("serif_bold", 56))
        y = mm(62)
        for k, v in [("姓名", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"),
                     ("执业证号", f"161{rng.randint(10 ** 13, 10 ** 14 - 1)}"), ("发证机关", "陕西省司法厅")]:
            s.text(mm(40), y, f"{k}：{v}", font("serif", 38))
            y += 70
        seal(s, mm(140), mm(120), "陕西省司法厅", rng)
        s.text(mm(30), mm(160), "年度考核：称职（2023年度）", font("kai", 40), fill=(40, 40, 160))
        return [s]
    if code == "power_of_attorney":
        s.centred(TOP + 20, "授 权 委 托 书", font("hei", 66))
        body = [f"委托人：{c.applicant.name}，公民身份号码{c.applicant.id_number}。",
                f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。",
                f"现委托上列受托人在我与{_debtors(c)}申请执行一案中，作为我的执行代理人。",
                "代理权限为：特别授权，代为申请执行，代为提供财产线索，代为参加执行谈话，代为和解，代为签收法律文书，"
                "代为领取执行案款。"]
        s, y = paras(s, TOP + 160, body, font("sans", 40), lh=72, indent=0)
        s.text(X1 - mm(80), y + 100, "委托人：", font("sans", 40))
        signature(s, X1 - mm(50), y + 90, c.applicant.name, rng)
        s.text(X1 - mm(80), y + 190, num_date(when("enforcement_application", c)), font("sans", 40))
        return [s]
    pages = [s]
    s.centred(TOP + 20, "强制执行申请书", font("hei", 68))
    rel = {"tea": f"申请人与被申请人买卖合同纠纷一案，经汉中仲裁委员会作出{c.basis_number}裁决书",
           "loan": f"申请人与被申请人民间借贷纠纷一案，经你院作出{c.basis_number}民事判决书",
           "car": f"申请人与被申请人租赁合同纠纷一案，经汉中市中级人民法院作出{c.basis_number}民事判决书"}[_story(c)]
    body = [*(p.replace("被执行人", "被申请人").replace("申请执行人", "申请人") for p in _parties(c)), "执行请求：",
            f"一、依法强制被申请人{_debtors(c)}支付{money(c.amount)}及迟延履行期间的债务利息；", "二、执行费用由被申请人承担。",
            "事实与理由：", f"{rel}，该法律文书已发生法律效力。被申请人至今未履行，特依法申请强制执行。", "此致",
            HTCOURT]
    s, y = paras(s, TOP + 150, body, font("sans", 38), lh=64, indent=0, pages=pages)
    if y + 200 > BOTTOM:
        s = Sheet()
        pages.append(s)
        y = TOP
    s.text(X1 - mm(80), y + 60, "申请人：", font("sans", 38))
    signature(s, X1 - mm(52), y + 50, c.applicant.name, rng)
    s.text(X1 - mm(80), y + 140, num_date(when("enforcement_application", c)), font("sans", 38))
    return footers(pages, "dash")


# ------------------------------------------------------------------ forms filled by pen

def _filled(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "property_clue_form":
        clue = {"tea": f"被执行人在{c.extra['cs_bank']}开有基本存款账户，茶叶销售款均进该账户",
                "loan": "被执行人在汉台区西大街有门面房一间（租来的，不确定），有一辆面包车",
                "car": "被执行人景区门票收入账户在建行汉中分行；公司名下有观光车数辆"}[_story(c)]
        return [grid_form("被执行人财产线索表", [("申请执行人", a.name), ("被执行人", _debtors(c)), ("财产线索", clue),
                                          ("线索来源", "申请人了解"), ("提供人签名", a.name),
                                          ("日期", num_date(when("enforcement_application", c)))], rng, number=c.number)]
    if code == "payment_account_confirmation":
        return [grid_form("执行案款收款账户确认书", [("收款人", a.name), ("开户银行", "中国建设银行汉中分行"),
                                             ("账号", str(c.extra["cs_account"])), ("确认人", a.name),
                                             ("日期", num_date(when("enforcement_application", c)))], rng,
                          number=c.number, note="本人确认上述账户真实有效，因账户错误导致案款发放错误的，后果自负。")]
    if code == "service_address_confirmation":
        return [grid_form("送达地址确认书", [("受送达人", a.name), ("送达地址", a.address), ("手机号码", a.phone),
                                       ("是否同意电子送达", "同意，短信及12368"), ("受送达人签名", a.name),
                                       ("日期", num_date(when("enforcement_application", c)))], rng,
                          number=c.number, note="告知：受送达人提供的地址不准确或变更未告知的，法律文书退回之日视为送达之日。")]
    if code == "fee_receipt":
        s = Sheet()
        s.centred(TOP, "陕西省非税收入统一票据", font("song_gb", 54), fill=(170, 40, 40))
        s.text(X0, TOP + 100, f"票据号码：{rng.randint(10 ** 9, 10 ** 10 - 1)}", font("song_gb", 34))
        s.right(X1, TOP + 100, f"开票日期：{when('acceptance_notice', c):%Y-%m-%d}", font("song_gb", 34))
        fee = min(Decimal(50) + c.amount * Decimal("0.015"), Decimal(50000)).quantize(Decimal("0.01"))
        table(s, X0, TOP + 170, [mm(50), mm(60), WIDTH - mm(110)],
              [("交款人", a.name, ""), ("项目名称", "申请执行费", f"{fee:,.2f}"), ("合计（大写）", money(fee), "")],
              font("song_gb", 34), row_h=90, fill=(170, 40, 40))
        s.text(X0, TOP + 480, f"执收单位：{HTCOURT}   案号：{c.number}", font("song_gb", 32))
        seal(s, X1 - mm(40), TOP + 520, "汉台区人民法院财务专用章", rng)
        return [s]
    who = [r] + ([c.extra["cs_wife"]] if isinstance(c.extra.get("cs_wife"), Party) else [])
    rows = [("申报人", "、".join(p.name for p in who)), ("银行存款", "无" if _story(c) == "loan" else "见银行流水"),
            ("房产", "无，租住" if _story(c) == "loan" else "无"), ("车辆", "无"),
            ("收入情况", "打零工，收入不固定" if _story(c) == "loan" else "经营收入"),
            ("申报人签名", "、".join(p.name for p in who))]
    return [grid_form("财产申报表", rows, rng, number=c.number,
                      note="申报人应如实申报；拒绝报告或虚假报告的，人民法院可以依法予以罚款、拘留。")]


# ------------------------------------------------------------------ the court's own papers

def _court(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    made = when(code, c)
    who = _debtors(c)
    basis = _basis_title(c)
    law = "《中华人民共和国民事诉讼法》"
    if code == "acceptance_notice":
        return court_paper("受理案件通知书", c.number, [
            f"你（单位）与{who}申请执行一案，申请执行的依据为{basis}。经审查，符合受理条件，本院决定立案执行。",
            f"本案由执行员{c.officer}承办，联系电话{c.court.phone}。你方应积极向本院提供被执行人的财产线索。",
            "特此通知。"], [], made, rng, to=f"{c.applicant.name}：")
    if code == "payment_notice":
        return court_paper("交纳诉讼费用通知书", c.number, [
            f"你申请执行{who}一案，依照《诉讼费用交纳办法》，应预交申请执行费，请于接到本通知次日起七日内交纳。",
            "期满不交纳又未提出缓交申请的，按自动撤回执行申请处理。"], [], made, rng, to=f"{c.applicant.name}：")
    if code == "enforcement_notice":
        return court_paper("执行通知书", c.number, [
            f"{c.applicant.name}申请执行你（单位）{basis}一案，本院已于{num_date(c.filed_on)}立案。依照{law}第二百四十七条"
            "之规定，责令你（单位）自收到本通知之日起立即履行下列义务：",
            f"一、支付{money(c.amount)}；二、负担迟延履行期间的债务利息及申请执行费。",
            "逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制消费。"], [], made, rng,
            to=f"{who}：")
    if code == "property_report_order":
        return court_paper("报告财产令", c.number, [
            f"本院在执行{c.applicant.name}与{who}一案中，依照{law}第二百五十二条之规定，责令你（单位）在收到本令后五日内，"
            "如实向本院报告当前以及收到执行通知之日前一年的财产情况。",
            "拒绝报告或者虚假报告的，本院将依法予以罚款、拘留；构成犯罪的，依法追究刑事责任。"], [], made, rng, to=f"{who}：")
    if code == "enforcement_ruling":
        if _story(c) == "tea":
            op = [f"冻结、扣划被执行人{who}在{c.extra['cs_bank']}的存款{money(c.amount)}。"]
        elif _story(c) == "loan":
            op = [f"查封、冻结、扣押被执行人{who}名下价值{money(c.amount)}的财产。"]
        else:
            op = [f"冻结、扣划被执行人{who}银行存款{money(c.amount)}，或查封、扣押其相应价值的财产。"]
        return court_paper("执行裁定书", c.number, [
            *_parties(c), f"本院依据已经发生法律效力的{basis}，于{num_date(c.filed_on)}立案执行。被执行人未按执行通知履行"
            f"义务。依照{law}第二百四十九条、第二百五十条之规定，裁定如下：", *op,
            "本裁定立即执行。"], _signers(c), made, rng)
    if code == "assistance_notice":
        bank = str(c.extra.get("cs_bank", "中国工商银行汉中分行"))
        return court_paper("协助执行通知书", c.number, [
            f"关于{c.applicant.name}与{who}一案，本院作出的{c.number}执行裁定书已经发生法律效力。请协助执行下列事项：",
            f"冻结并扣划被执行人{who}在你行账户内的存款{money(c.amount)}，划至本院执行款专户。"], [], made, rng,
            to=f"{bank}：")
    if code == "summons":
        return court_paper("传票", c.number, [
            (f"被传唤人：{c.respondent.legal_rep}（{c.respondent.name}法定代表人）" if c.respondent.legal_rep
             else f"被传唤人：{who}"),
            f"案由：{c.applicant.name}申请执行{'租赁合同' if _story(c) == 'car' else '民间借贷'}纠纷",
            f"应到时间：{num_date(made + timedelta(days=7))}上午九时", "应到处所：本院执行局第三谈话室",
            "注意事项：被传唤人无正当理由拒不到场的，本院可以依法拘传。"], [("承办人", c.officer)], made, rng)
    if code == "consumption_restriction_order":
        return court_paper("限制消费令", c.number, [
            f"本院于{num_date(c.filed_on)}受理{c.applicant.name}申请执行{who}一案，因被执行人未按执行通知书指定的期间履行"
            "生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条，"
            f"对被执行人{who}采取限制消费措施，限制其不得实施下列高消费及非生活和工作必需的消费行为：",
            "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
            "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）旅游、度假；（五）子女就读高收费私立学校。",
            "如违反限制消费令，经查证属实的，本院将依法予以拘留、罚款；情节严重构成犯罪的，追究刑事责任。"],
            [], made, rng, to=f"{who}：")
    if code == "dishonest_list_decision":
        return court_paper("决定书", c.number, [
            f"本院在执行{c.applicant.name}与{who}民间借贷纠纷一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务，"
            "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条、第二条之规定，决定如下：",
            f"将被执行人{who}纳入失信被执行人名单。", "本决定一经作出即生效。"], _signers(c), made, rng)
    if code == "termination_this_round_ruling":
        return court_paper("执行裁定书", c.number, [
            *_parties(c), f"本院在执行{basis}过程中，经网络查控系统及传统调查，未发现被执行人{who}名下有可供执行的存款、"
            "车辆、不动产等财产。本院已对二被执行人发出限制消费令，并将其纳入失信被执行人名单。申请执行人到庭谈话，"
            "表示暂不能提供其他财产线索，同意终结本次执行程序。",
            "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下：",
            "终结本次执行程序。申请执行人发现被执行人有可供执行财产的，可以再次申请执行。",
            "本裁定送达后即发生法律效力。"], _signers(c), made, rng)
    return court_paper("结案通知书", c.number, [
        f"你（单位）与{who}一案，申请执行的{basis}所确定的给付义务已全部履行完毕，执行案款已发放。", "本案以执行完毕方式结案。",
        "特此通知。"], [], made, rng, to=f"{c.applicant.name}：")


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Pen-written 笔录 on a ruled form: 问/答 in the clerk's hand."""
    s = Sheet()
    pages = [s]
    title = "谈 话 笔 录" if code == "interview_record" else "调 查 笔 录"
    s.centred(TOP, title, font("song_gb", 66))
    made = when(code, c)
    lf = font("song_gb", 34)
    head = [f"时间：{num_date(made)} 上午10时", f"地点：{HTCOURT}执行局" if code == "interview_record"
            else f"地点：{c.respondent.address}", f"执行员：{c.officer}  书记员：{c.clerk}"]
    st = _story(c)
    if code == "investigation_record":
        who = f"被调查人：{c.respondent.name}（及其妻{_debtors(c).split('、')[-1]}在场）"
        qa = [("问", "你们夫妻二人现在有什么收入？"), ("答", "我在外面打零工，她在家带孩子，没有固定收入。"),
              ("问", "名下有无房产、车辆？"), ("答", "房子是租的，车早就卖了。"), ("问", "借款什么时候能还？"),
              ("答", "现在实在拿不出来，有钱了一定还。")]
    elif st == "loan":
        who = f"被谈话人：{c.applicant.name}（申请执行人）"
        qa = [("问", "本院经查询未发现二被执行人可供执行的财产，已对其限制消费并纳入失信名单，你是否了解？"),
              ("答", "了解。"), ("问", "你能否提供其他财产线索？"), ("答", "目前提供不了。"),
              ("问", "本院拟终结本次执行程序，你有何意见？"), ("答", "同意，以后发现财产再申请恢复执行。")]
    else:
        who = f"被谈话人：{c.respondent.legal_rep}（{c.respondent.name}法定代表人）"
        qa = [("问", "你公司收到执行通知书后为何不履行？"), ("答", "旅游淡季资金紧张。"),
              ("问", "本院已依法传唤，告知你拒不履行的法律后果，你公司何时履行？"), ("答", "本周内把全部款项交到法院账户。")]
    y = TOP + 110
    for h in [*head, who]:
        s.text(X0, y, h, lf)
        y += 58
    for k, v in qa:
        line = f"{k}：{v}"
        if y > BOTTOM - 120:
            s = Sheet()
            pages.append(s)
            y = TOP
        hand(s, X0, y, line, rng, size=40)
        s.line(X0, y + 56, X1, y + 56, width=1, fill=(150, 150, 170))
        y += 72
    s.text(X0, y + 40, "（以上笔录已阅，属实）", lf)
    signature(s, X0 + mm(80), y + 30, c.applicant.name if st == "loan" and code == "interview_record"
              else c.respondent.legal_rep or c.respondent.name, rng)
    return footers(pages)


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
             "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
             "summons": "传票", "closing_notice": "结案通知书", "payment_notice": "交纳诉讼费用通知书"}
    made = max(when(x, c) for x in served) if served else c.filed_on
    got = made + timedelta(days=rng.randint(1, 3))
    to = c.applicant.name if set(served) & {"acceptance_notice", "closing_notice", "payment_notice"} else _debtors(c)
    s = Sheet()
    s.centred(TOP, HTCOURT, font("serif_bold", 48), spacing=4)
    s.centred(TOP + 80, "送 达 回 证", font("hei", 70))
    rows = [("案号", c.number), ("送达文书名称及件数", "、".join(names.get(x, x) for x in served) + "各一份"),
            ("受送达人", to), ("送达地址", c.applicant.address if to == c.applicant.name else c.respondent.address),
            ("受送达人签名或盖章", ""), ("送达日期", ""), ("送达人", c.clerk), ("备注", "")]
    heights = [100, 150, 100, 130, 200, 100, 100, 140]
    table(s, X0, TOP + 200, [mm(52), WIDTH - mm(52)], rows, font("serif", 36), row_h=heights)
    y = TOP + 200 + sum(heights[:4])
    signature(s, X0 + mm(70), y + 60, to.split("、")[0] if "公司" not in to else c.respondent.legal_rep, rng)
    hand(s, X0 + mm(60), y + 225, num_date(got), rng, size=40)
    s.text(X0, TOP + 200 + sum(heights) + 40, "注：受送达人拒收的，送达人应在备注栏注明并邀见证人签名。", font("serif", 30))
    return s


def _archive(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    end = c.closed_on
    if code == "closing_approval_form":
        method = "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"
        return grid_form("执行案件结案审批表", [("案号", c.number), ("申请执行人", c.applicant.name), ("被执行人", _debtors(c)),
                                          ("执行标的", money(c.amount)), ("结案方式", method),
                                          ("承办人意见", f"建议以{method}方式结案。{c.officer}"),
                                          ("庭（局）长意见", f"同意。{c.judge} {num_date(end)}")], rng)
    if code == "dossier_cover":
        s.centred(mm(40), HTCOURT, font("serif_bold", 60), spacing=8)
        s.centred(mm(62), "执 行 卷 宗", font("hei", 110))
        y = mm(100)
        for k, v in [("案号", c.number), ("案由", "民间借贷纠纷"), ("申请执行人", c.applicant.name), ("被执行人", _debtors(c)),
                     ("承办人", c.officer), ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(end)),
                     ("结案方式", "终结本次执行程序"), ("归档日期", num_date(when("dossier_cover", c))),
                     ("保管期限", "长期")]:
            s.text(mm(40), y, f"{k}", font("serif", 44))
            s.line(mm(80), y + 56, mm(180), y + 56, width=2)
            s.text(mm(84), y, v, font("serif", 40))
            y += 100
        s.text(mm(40), y + 60, "本卷共____页", font("serif", 40))
        return s
    if code == "catalogue":
        s.centred(TOP, "卷 内 文 件 目 录", font("hei", 64))
        s.text(X0, TOP + 100, f"案号：{c.number}", font("serif", 34))
        items = ["卷宗封面", "卷内目录", "强制执行申请书", "民事判决书", "生效证明书", "财产线索表", "诉讼费票据",
                 "身份证明", "授权委托书及所函", "受理案件通知书", "执行通知书、报告财产令", "网络查控反馈",
                 "执行裁定书", "限制消费令", "失信决定书", "调查笔录", "谈话笔录", "终本裁定书", "结案审批表",
                 "送达回证", "归档复核表", "备考表"]
        rows: list[tuple[str, ...]] = [("序号", "文件名称", "页号", "备注")]
        rows += [(str(i), t, str(i * 2 - 1), "") for i, t in enumerate(items, 1)]
        table(s, X0, TOP + 160, [mm(18), mm(92), mm(22), WIDTH - mm(132)], rows, font("serif", 30), row_h=62)
        return s
    if code == "file_review_form":
        return grid_form("执行案件归档复核表", [("案号", c.number), ("结案方式", "终结本次执行程序"),
                                          ("文书齐全情况", "齐全"), ("终本五个条件", "已核查，符合"),
                                          ("复核人意见", f"同意归档 {person_name(rng)}"),
                                          ("复核日期", num_date(when("file_review_form", c)))], rng)
    s.centred(TOP, "备  考  表", font("hei", 66))
    f = body_font(rng)
    s.box(X0, TOP + 120, X1, BOTTOM - 200, width=3)
    s.text(X0 + 30, TOP + 160, f"本卷共计文件{rng.randint(20, 30)}份，共{rng.randint(50, 70)}页。", f)
    s.text(X0 + 30, TOP + 230, "卷内无缺损、无涂改。", f)
    s.text(X0 + 30, BOTTOM - 380, f"立卷人：{c.clerk}", f)
    s.text(X0 + 30, BOTTOM - 310, f"检查人：{c.officer}", f)
    s.text(X1 - mm(70), BOTTOM - 310, num_date(when("remarks_sheet", c)), f)
    return s
