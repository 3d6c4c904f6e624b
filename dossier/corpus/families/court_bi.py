"""court_bi (福建省福州市鼓楼区人民法院, held out): the old-town court of 福州 — 东街口 shops, 茶叶 wholesalers on
五一路, software houses around 软件园. Its own papers are set in 仿宋-like serif under the court's name; some are
printed on coloured stock (a pink 传票, a light-yellow 送达回证, a light-blue 受理通知书). Papers it receives keep
their authors' styles: a 福建 law firm's letterhead, 兴业/海峡/农信 bank slips, hand-filled window forms, and
photocopies of security-printed originals that carry the copier's "复印无效" pattern."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    money,
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import Font, font

TEA_SEQ, SOFT_SEQ, LEASE_SEQ = 33118, 33264, 33407
COURT = "福建省福州市鼓楼区人民法院"
MID = "福建省福州市中级人民法院"
PINK, YELLOW, BLUE = (250, 224, 230), (250, 243, 204), (222, 235, 249)
PAPER = {"summons": PINK, "service_receipt": YELLOW, "acceptance_notice": BLUE}
SECURE = {"identity_proof", "lawyer_license", "payment_voucher"}  # photocopies of security-printed originals
LAW = "《中华人民共和国民事诉讼法》"

CODES: frozenset[str] = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "settlement_agreement", "payment_voucher", "closing_notice", "closing_approval_form",
    "service_receipt", "effectiveness_certificate", "summons", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
NAMES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "缴纳执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书",
    "closing_notice": "结案通知书", "summons": "传票", "effectiveness_certificate": "生效证明书",
    "enforcement_basis": "民事判决书", "service_receipt": "送达回证",
}


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """福州 parties: TEA_SEQ a 铁观音 wholesaler against a 茶庄 (福州中院 二审 维持); SOFT_SEQ a 软件园 outsourcing
    company's 福州仲裁委员会 award against its client; LEASE_SEQ an 东街口 landlord against a shop tenant."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["story"] = {TEA_SEQ: "tea", SOFT_SEQ: "soft"}.get(seq, "lease")
    c.firm = rng.choice(["福建闽都律师事务所", "福建三山衡平律师事务所", "福建榕城正源律师事务所"])
    c.extra["firm_addr"] = f"福州市鼓楼区{rng.choice(['五四路', '古田路', '湖东路'])}{rng.randint(60, 300)}号" \
                           f"{rng.choice(['世界金龙大厦', '环球广场', '中山大厦'])}{rng.randint(8, 26)}层"
    c.extra["lic_no"] = f"1350120{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["bank"] = rng.choice(["兴业银行福州鼓楼支行", "福建海峡银行福州五一支行", "福建福州农村商业银行鼓楼支行"])
    c.extra["acct"] = f"{rng.choice(['1180', '6226', '6229'])}{rng.randint(10**12, 10**13 - 1)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 50))
    c.extra["pay_day"] = c.day(rng.randint(35, 60))
    street = rng.choice(["东街街道", "南街街道", "温泉街道", "鼓东街道", "华大街道"])
    if c.extra["story"] == "tea":
        c.applicant = Party(f"安溪县{rng.choice(['祥华', '感德', '西坪'])}{rng.choice(['茗香', '铁韵', '兰馨'])}茶业有限公司",
                            "organisation", credit_code(rng, "350524"), f"福建省安溪县感德镇{rng.randint(1, 99)}号",
                            f"0595-2{rng.randint(3000000, 3999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"福州{rng.choice(['三坊', '乌山', '南后街'])}茶庄有限公司", "organisation",
                             credit_code(rng, "350102"), f"福州市鼓楼区{street}五一北路{rng.randint(10, 180)}号",
                             f"0591-8{rng.randint(7000000, 7999999)}", legal_rep=person_name(rng))
        c.basis_court = MID
        c.basis_number = f"（{c.filed_on.year - 1}）闽01民终{rng.randint(1000, 9999)}号"
        c.extra["first"] = f"（{c.filed_on.year - 1}）闽0102民初{rng.randint(1000, 9999)}号"
        c.extra["cause"] = "买卖合同纠纷"
    elif c.extra["story"] == "soft":
        c.applicant = Party(f"福州{rng.choice(['榕码', '闽软', '云榕'])}信息技术有限公司", "organisation",
                            credit_code(rng, "350102"), f"福州市鼓楼区铜盘路软件大道89号福州软件园{rng.choice('ABCF')}区"
                            f"{rng.randint(1, 40)}号楼", f"0591-8{rng.randint(3000000, 3999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"福建{rng.choice(['闽江', '海西', '榕发'])}商贸集团有限公司", "organisation",
                             credit_code(rng, "350102"), f"福州市鼓楼区{street}杨桥中路{rng.randint(10, 300)}号",
                             f"0591-8{rng.randint(7000000, 7999999)}", legal_rep=person_name(rng))
        c.basis_court = "福州仲裁委员会"
        c.basis_number = f"（{c.filed_on.year - 1}）榕仲裁字第{rng.randint(100, 2999)}号"
        c.extra["cause"] = "计算机软件开发合同纠纷"
    else:
        c.basis_court = COURT
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.respondent = Party(f"福州{rng.choice(['东百', '聚春', '锦绣'])}服饰有限公司", "organisation",
                             credit_code(rng, "350102"), f"福州市鼓楼区东街口{rng.choice(['八一七北路', '东街'])}"
                             f"{rng.randint(1, 120)}号{rng.randint(1, 3)}层商铺", f"0591-8{rng.randint(7000000, 7999999)}",
                             legal_rep=person_name(rng))
    c.extra["judge2"] = person_name(rng)


def _serif(n: int) -> Font:
    return font("ming", n)


def _head(s: Sheet, title: str, c: CaseCtx, *, own: bool = True, spacing: float = 14) -> float:
    """The court's head: its name, the letter-spaced title, the case number set right."""
    s.centred(mm(22), COURT if own else c.basis_court, font("song_gb", 50), spacing=4)
    s.centred(mm(37), title, font("hei", 62), spacing=spacing)
    s.right(s.width - mm(24), mm(52), c.number if own else c.basis_number, _serif(36))
    return mm(64)


def _body(s: Sheet, y: float, paras: list[str], f: Font | None = None) -> float:
    f = f or _serif(38)
    return flow(s, [("p", p) for p in paras], f, x0=mm(26), width=s.width - mm(52), y=y, line_height=f.size * 1.75,
                indent=f.size * 2)


def _close(s: Sheet, y: float, c: CaseCtx, rng: random.Random, day: int, name: str = COURT) -> None:
    x = s.width - mm(30)
    s.right(x, y + mm(18), name, _serif(38))
    s.right(x, y + mm(30), cn_date(c.day(day)), _serif(38))
    seal(s, x - mm(28), y + mm(22), name, rng)


def _riding(sheets: list[Sheet], c: CaseCtx, rng: random.Random) -> None:
    """骑缝章: a seal stamped across the right edge of the stacked sheets; each shows only its slice."""
    if len(sheets) < 2:
        return
    n = len(sheets)
    big = Sheet(size=(mm(44), mm(44)), paper=(255, 255, 255))
    seal(big, mm(22), mm(22), COURT, rng, radius=mm(20))
    width = big.width // n
    y = mm(140) + rng.randint(-60, 60)
    mask = big.image.convert("L").point(lambda v: 255 if v < 235 else 0)
    for k, s in enumerate(sheets):
        part = big.image.crop((k * width, 0, (k + 1) * width, big.height))
        m = mask.crop((k * width, 0, (k + 1) * width, big.height))
        s.image.paste(part, (s.width - width, y), m)


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(paper=PAPER.get(code, (255, 255, 255)))
    a, r = c.applicant, c.respondent
    basis = f"{c.basis_court}{c.basis_number}{'裁决书' if c.basis_kind == 'arbitration' else '民事判决书'}"
    if code == "acceptance_notice":
        y = _head(s, "受理案件通知书", c)
        s.text(mm(26), y, f"{a.name}：", _serif(38))
        y = _body(s, y + 60, [f"你（单位）申请执行{r.name}{c.extra['cause']}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}"
                              f"立案执行。案号为{c.number}。", f"本案执行法官{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"
                              "请在接到本通知后及时向本院提供被执行人的财产线索，并关注12368诉讼服务热线及福建法院移动微法院推送的执行节点信息。"])
        _close(s, y, c, rng, 0)
        return [s]
    if code == "payment_notice":
        y = _head(s, "缴纳执行费通知书", c, spacing=6)
        y = _body(s, y, [f"{a.name}：", f"你申请执行{basis}一案，依照《诉讼费用交纳办法》第十四条的规定，应交纳申请执行费"
                         f"{money(c.extra['fee'])}元，本院依法由被执行人负担，在执行款中一并扣收。",
                         "缴费账户：福州市鼓楼区人民法院诉讼费专户，开户行：福建海峡银行福州鼓楼支行。"])
        _close(s, y, c, rng, 1)
        return [s]
    if code in ("enforcement_notice", "property_report_order", "closing_notice", "summons"):
        text = {
            "enforcement_notice": [f"{r.name}：", f"{basis}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请"
                                   f"强制执行。依照{LAW}第二百五十一条之规定，责令你单位自收到本通知之日起立即履行下列义务：",
                                   f"一、给付{a.name}款项{money(c.amount)}元及迟延履行期间的债务利息；二、负担申请执行费"
                                   f"{money(c.extra['fee'])}元。", "逾期不履行的，本院将依法强制执行，并可将你单位纳入失信被执行人名单。"],
            "property_report_order": [f"{r.name}：", f"本院在执行{c.number}案件中，依照{LAW}第二百五十二条之规定，责令你单位在收到本令"
                                      "后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。", "拒绝报告或者虚假报告的，"
                                      "本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"],
            "closing_notice": [f"{a.name}：", f"你申请执行{r.name}{c.extra['cause']}一案，被执行人已于{cn_date(c.extra['pay_day'])}"
                               f"履行全部义务，执行款{money(c.amount)}元已发放至你方确认账户。本案已执行完毕，依法结案。"],
            "summons": [f"案号：{c.number}", f"案由：{c.extra['cause']}执行", f"被传唤人：{r.name}（法定代表人{r.legal_rep}）",
                        f"工作单位或住址：{r.address}", "传唤事由：接受执行询问，申报财产",
                        f"应到时间：{cn_date(c.day(24))}上午9时00分", "应到处所：本院执行局第三执行谈话室（湖东路205号）",
                        "注意事项：被传唤人必须准时到达；无正当理由拒不到场的，可以拘传。"],
        }[code]
        y = _head(s, NAMES[code], c, spacing=40 if code == "summons" else 14)
        if code == "summons":
            y = table(s, mm(24), y, [mm(162)], [[t] for t in text], _serif(36), row_h=mm(14))
            s.text(mm(26), y + 30, f"审判员 {c.officer}      书记员 {c.clerk}", _serif(36))
            _close(s, y + 40, c, rng, 18)
        else:
            _close(s, _body(s, y, text), c, rng, {"enforcement_notice": 2, "property_report_order": 2}.get(code, 70))
        return [s]
    if code == "enforcement_ruling":
        s2 = Sheet()
        y = _head(s, "执行裁定书", c, spacing=20)
        paras = [f"申请执行人：{a.name}，住所地{a.address}。", f"法定代表人：{a.legal_rep}。",
                 f"委托诉讼代理人：{c.agent}，{c.firm}律师。", f"被执行人：{r.name}，住所地{r.address}。",
                 f"法定代表人：{r.legal_rep}。",
                 f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案，{basis}已经发生法律效力。因被执行人未按执行通知履行"
                 "法律文书确定的义务，申请执行人申请冻结其银行存款。",
                 f"本院认为，被执行人未履行生效法律文书确定的义务，依照{LAW}第二百五十三条之规定，裁定如下："]
        y = _body(s, y, paras)
        y2 = _body(s2, mm(25), [f"冻结、划拨被执行人{r.name}在{c.extra['bank']}等金融机构的存款{money(c.amount)}元，"
                                "或查封、扣押其相应价值的财产。", "本裁定立即执行。"])
        s2.text(mm(120), y2 + 60, f"审判长  {c.judge}", _serif(38))
        s2.text(mm(120), y2 + 120, f"审判员  {c.officer}", _serif(38))
        _close(s2, y2 + 130, c, rng, 8)
        s2.text(mm(120), y2 + 430, f"书记员  {c.clerk}", _serif(38))
        _riding([s, s2], c, rng)
        return [s, s2]
    if code == "assistance_notice":
        y = _head(s, "协助执行通知书", c, spacing=8)
        y = _body(s, y, [f"{c.extra['bank']}：", f"关于{a.name}与{r.name}{c.extra['cause']}一案，本院{c.number}执行裁定书已经"
                         f"发生法律效力。依照{LAW}第二百五十条之规定，请协助执行下列事项：", f"扣划被执行人{r.name}（统一社会信用代码"
                         f"{r.id_number}）在你行账户内的存款{money(c.amount)}元至本院执行款专户。"])
        s.text(mm(26), y + 20, f"经办人：{c.officer}  联系电话：{c.court.phone}", _serif(36))
        _close(s, y + 40, c, rng, 9)
        return [s]
    if code == "effectiveness_certificate":
        own = c.basis_kind != "arbitration"
        y = mm(30)
        s.centred(y, MID if own else "福州仲裁委员会", font("song_gb", 52), spacing=6)
        s.centred(y + mm(16), "生效证明书" if own else "裁决书生效证明", font("hei", 64), spacing=18)
        txt = (f"本院{c.basis_number}民事判决书（二审）于{cn_date(c.basis_effective)}送达当事人，该判决已于"
               f"{cn_date(c.basis_effective)}发生法律效力。一审案号{c.extra.get('first', '')}。特此证明。") if own else \
              (f"本会{c.basis_number}裁决书于{cn_date(c.basis_effective)}作出，已依法送达双方当事人，"
               f"自作出之日起发生法律效力。特此证明。")
        y = _body(s, y + mm(40), [txt])
        _close(s, y, c, rng, -30, MID if own else "福州仲裁委员会")
        return [s]
    if code == "service_receipt":
        y = _head(s, "送 达 回 证", c, spacing=4)
        docs = "、".join(NAMES.get(x, x) for x in served) or "执行文书"
        to = a if served and served[0] in ("closing_notice", "acceptance_notice") else r
        rows = [["案号", c.number], ["送达文书", docs], ["受送达人", to.name], ["送达地点", to.address], ["受送达人签收", ""],
                ["代收人及理由", ""], ["送达人", c.clerk], ["备考", ""]]
        y0 = y
        table(s, mm(22), y, [mm(40), mm(126)], rows, _serif(36), row_h=mm(18))
        day = num_date(c.day(rng.randint(3, 60)))
        if "summons" in served:  # the 茶庄's boss would not sign: left at the shop, witnessed
            hand(s, mm(66), y0 + mm(18) * 7 + 30, f"拒签，留置送达。见证人{person_name(rng)} {day}", rng, size=36)
        elif "closing_notice" in served:
            hand(s, mm(66), y0 + mm(18) * 4 + 30, f"{c.agent}（代）{day}", rng)
        else:
            hand(s, mm(66), y0 + mm(18) * 4 + 30, f"{person_name(rng)} {day}", rng)
        _close(s, y0 + mm(150), c, rng, 3)
        return [s]
    if code == "closing_approval_form":
        s.centred(mm(25), COURT, font("song_gb", 46))
        s.centred(mm(38), "执行案件结案审批表", font("hei", 56), spacing=6)
        rows = [["案号", c.number], ["申请执行人", a.name], ["被执行人", r.name], ["执行依据", basis],
                ["执行标的", f"{money(c.amount)}元"], ["结案方式", "执行完毕"], ["承办人意见", ""], ["合议庭/负责人意见", ""],
                ["庭长审批", ""]]
        y = table(s, mm(20), mm(54), [mm(42), mm(128)], rows, _serif(34), row_h=mm(20))
        hand(s, mm(66), mm(54) + mm(20) * 6 + 20, "被执行人已全部履行，建议执行完毕结案。", rng, size=36)
        signature(s, mm(150), mm(54) + mm(20) * 8 + 20, c.judge, rng)
        return [s]
    if code == "dossier_cover":
        s.centred(mm(40), COURT, font("song_gb", 60), spacing=6)
        s.centred(mm(70), "执 行 卷 宗", font("hei", 110), spacing=20)
        rows = [["案号", c.number], ["案由", f"{c.extra['cause']}"], ["申请执行人", a.name], ["被执行人", r.name],
                ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)], ["结案方式", "执行完毕"],
                ["承办人", c.officer], ["归档日期", cn_date(c.closed_on + timedelta(days=20))], ["保管期限", "长期"]]
        table(s, mm(30), mm(110), [mm(40), mm(110)], rows, _serif(38), row_h=mm(14))
        return [s]
    if code == "catalogue":
        s.centred(mm(28), "卷 内 目 录", font("hei", 64), spacing=16)
        s.text(mm(22), mm(45), f"案号：{c.number}", _serif(34))
        items = ["执行申请书", "民事判决书（二审）", "生效证明书", "财产线索表", "诉讼费收据", "身份证明", "授权委托书",
                 "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书", "受理案件通知书", "执行通知书", "报告财产令",
                 "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "传票", "和解协议", "付款凭证", "结案通知书",
                 "结案审批表", "送达回证", "归档复核表", "备考表"]
        rows = [["序号", "文件名称", "页号"]] + [[str(i + 1), t, str(3 + 2 * i)] for i, t in enumerate(items)]
        table(s, mm(20), mm(55), [mm(20), mm(120), mm(30)], rows, _serif(30), row_h=mm(8.6))
        return [s]
    if code == "file_review_form":
        s.centred(mm(28), "执行案件归档复核表", font("hei", 56), spacing=6)
        rows = [["案号", c.number], ["卷宗页数", f"{rng.randint(48, 70)}页"], ["文书是否齐全", ""], ["送达是否完备", ""],
                ["案款是否发放完毕", ""], ["复核人意见", ""], ["档案室接收", ""]]
        table(s, mm(20), mm(48), [mm(55), mm(115)], rows, _serif(36), row_h=mm(22))
        for k, t in enumerate(["齐全", "完备", "已发放", "同意归档"]):
            hand(s, mm(80), mm(48) + mm(22) * (2 + k) + 30, t, rng)
        signature(s, mm(140), mm(48) + mm(22) * 6 + 30, person_name(rng), rng)
        return [s]
    # remarks_sheet
    s.centred(mm(30), "卷 内 备 考 表", font("hei", 60), spacing=14)
    s.box(mm(22), mm(50), s.width - mm(22), mm(250))
    s.text(mm(28), mm(56), f"本卷情况说明：本卷共{rng.randint(48, 70)}页，案号{c.number}。", _serif(36))
    hand(s, mm(30), mm(80), "卷内材料齐全，无缺页。", rng)
    s.text(mm(100), mm(230), f"立卷人：{c.clerk}   检查人：{c.officer}", _serif(36))
    s.text(mm(100), mm(240), f"立卷时间：{num_date(c.closed_on + timedelta(days=15))}", _serif(36))
    return [s]


def _copy_pattern(s: Sheet, rng: random.Random) -> None:
    """The anti-copy ground of a security-printed original: "复印无效" / "COPY" appears faint all over a copy."""
    f = font("hei", 44)
    word = rng.choice(["复印无效", "COPY"])
    tone = (205, 205, 205)
    for yy in range(mm(10), s.height, mm(26)):
        for xx in range(mm(5) + (yy // mm(26)) % 2 * mm(20), s.width, mm(42)):
            s.text(xx, yy, word, f, fill=tone, record=False)


def _received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    a, r = c.applicant, c.respondent
    basis = f"{c.basis_court}{c.basis_number}"
    sans = font("microhei", 36)
    if code in SECURE:
        _copy_pattern(s, rng)
    if code == "enforcement_basis":
        arb = c.basis_kind == "arbitration"
        pages = [s, Sheet(), Sheet()]
        s.centred(mm(24), c.basis_court, font("song_gb", 54), spacing=6)
        s.centred(mm(40), "裁 决 书" if arb else "民 事 判 决 书", font("hei", 66), spacing=14)
        s.right(s.width - mm(24), mm(56), c.basis_number, _serif(36))
        story = {"tea": f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服福建省福州市鼓楼区人民法院{c.extra.get('first')}"
                        "民事判决，向本院提起上诉。上诉人主张所购铁观音存在品质瑕疵，经审理，其未能在约定验收期内提出异议。",
                 "soft": f"申请人{a.name}与被申请人{r.name}于双方签订的《软件外包开发服务合同》约定，申请人为被申请人开发进销存管理"
                         "系统，被申请人分期支付开发费。系统已于验收单签署之日上线运行，被申请人尚欠第三、第四期开发费未付。",
                 "lease": f"原告{a.name}与被告{r.name}签订《商铺租赁合同》，约定被告承租位于东街口的商铺，月租金按季预付。"
                          "被告自去年起拖欠租金，经催告仍未支付。"}[c.extra["story"]]
        y = _body(s, mm(66), [f"{'申请人' if arb else '原告'}：{a.name}，住所地{a.address}。",
                              f"{'被申请人' if arb else '被告'}：{r.name}，住所地{r.address}。", story])
        y = _body(pages[1], mm(25), ["本院认为，双方合同系真实意思表示，合法有效，应予履行。" if not arb else
                                     "仲裁庭认为，合同合法有效，被申请人应依约支付开发费。", f"{'裁决' if arb else '判决'}如下：",
                                     f"{r.name}应于本{'裁决' if arb else '判决'}生效之日起十日内向{a.name}支付款项"
                                     f"{money(c.amount)}元（{money_caps(c.amount)}）。",
                                     "如未按期履行给付金钱义务，应当加倍支付迟延履行期间的债务利息。"])
        pages[2].text(mm(120), mm(40), f"{'首席仲裁员' if arb else '审判长'}  {c.judge}", _serif(38))
        pages[2].text(mm(120), mm(55), f"{'仲裁员' if arb else '审判员'}  {c.extra['judge2']}", _serif(38))
        pages[2].text(mm(120), mm(75), cn_date(c.basis_effective - timedelta(days=0 if arb else 12)), _serif(38))
        seal(pages[2], mm(150), mm(70), c.basis_court, rng)
        pages[2].text(mm(120), mm(95), f"书记员  {person_name(rng)}", _serif(38))
        for k, pg in enumerate(pages):
            pg.centred(pg.height - mm(16), f"第{k + 1}页 共{len(pages)}页", font("song_gb", 30))
        return pages
    if code == "enforcement_application" and a.kind == "person":  # the landlord wrote it himself on lined paper
        s.centred(mm(22), "执行申请书", font("kai", 60), spacing=10)
        paras = [f"申请人：{a.name}，{a.sex}，身份证号{a.id_number}，住{a.address}，电话{a.phone}。",
                 f"被申请人：{r.name}，住所{r.address}，法定代表人{r.legal_rep}。",
                 f"请求事项：要求被申请人支付拖欠的商铺租金等共计{money(c.amount)}元。",
                 f"理由：{basis}判决已生效，被申请人至今未付，特申请强制执行。", "此致", "福州市鼓楼区人民法院"]
        y = mm(40)
        for para in paras:
            for k in range(0, len(para), 26):
                s.line(mm(20), y + mm(11), s.width - mm(20), y + mm(11), width=1, fill=(150, 170, 200))
                hand(s, mm(24) + (mm(9) if k == 0 and para != paras[-1] else 0), y, para[k:k + 26], rng, size=38)
                y += mm(13)
        hand(s, s.width - mm(95), y + mm(10), f"申请人：{a.name}", rng, size=44)
        hand(s, s.width - mm(95), y + mm(24), num_date(c.filed_on - timedelta(days=1)), rng, size=40)
        return [s]
    if code == "enforcement_application":
        s.centred(mm(30), "强制执行申请书", font("hei", 62), spacing=4)
        y = _body(s, mm(50), [(f"申请执行人：{a.name}，统一社会信用代码{a.id_number}，住所{a.address}，法定代表人{a.legal_rep}。"
                               if a.kind != "person" else f"申请执行人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}。"),
                              f"被申请执行人：{r.name}，统一社会信用代码{r.id_number}，住所{r.address}。", "申请执行事项：",
                              f"一、请求强制被申请执行人支付{money(c.amount)}元；二、执行费由被申请执行人负担。", "事实与理由：",
                              f"{basis}已发生法律效力，被申请执行人至今未履行，特向贵院申请强制执行。", "此致",
                              "福州市鼓楼区人民法院"], font("song_gb", 38))
        s.right(s.width - mm(30), y + 80, f"申请人：{a.name}", font("song_gb", 38))
        seal(s, s.width - mm(60), y + 90, a.name, rng)
        hand(s, s.width - mm(80), y + 160, num_date(c.filed_on - timedelta(days=2)), rng)
        return [s]
    if code == "law_firm_letter":
        s.text(mm(25), mm(18), c.firm, font("kai", 52), fill=(150, 20, 20))
        s.line(mm(25), mm(30), s.width - mm(25), mm(30), width=5, fill=(150, 20, 20))
        s.centred(mm(42), "律师事务所函", font("hei", 56))
        s.right(s.width - mm(25), mm(56), f"闽{rng.choice(['闽都', '榕'])}律执字〔{c.filed_on.year}〕第{rng.randint(10, 99)}号",
                sans)
        y = _body(s, mm(68), ["福州市鼓楼区人民法院：", f"本所接受{a.name}的委托，指派{c.agent}律师作为其与{r.name}"
                              f"{c.extra['cause']}执行一案的代理人。特此函告。"], sans)
        _close(s, y, c, rng, -2, c.firm)
        s.text(mm(25), s.height - mm(20), f"地址：{c.extra['firm_addr']}  电话：{c.agent_phone}", font("microhei", 28))
        return [s]
    if code == "power_of_attorney":
        s.centred(mm(30), "授 权 委 托 书", font("song_gb", 60), spacing=10)
        rows = [["委托人", a.name], ["法定代表人", a.legal_rep or "—"], ["受托人", f"{c.agent}，{c.firm}律师，电话{c.agent_phone}"],
                ["委托事项", f"{c.extra['cause']}执行案"], ["代理权限", "特别授权：代为申请执行、和解、领取执行款"]]
        y = table(s, mm(22), mm(50), [mm(40), mm(126)], rows, font("song_gb", 36), row_h=mm(22))
        seal(s, s.width - mm(60), y + mm(20), a.name, rng)
        hand(s, mm(110), y + mm(40), num_date(c.filed_on - timedelta(days=3)), rng)
        return [s]
    if code == "lawyer_license":
        s.box(mm(35), mm(40), s.width - mm(35), mm(160), width=4)
        s.centred(mm(48), "中华人民共和国律师执业证（复印件）", font("hei", 46))
        rows = [["姓名", c.agent], ["执业机构", c.firm], ["执业证号", c.extra["lic_no"]], ["发证机关", "福建省司法厅"]]
        table(s, mm(45), mm(70), [mm(35), mm(85)], rows, font("song_gb", 34), row_h=mm(16))
        hand(s, mm(60), mm(175), "与原件核对一致", rng)
        signature(s, mm(130), mm(175), c.agent, rng)
        return [s]
    if code == "identity_proof":
        p = r if served and served[0] == "respondent" else a
        if p.kind == "person":
            s.box(mm(40), mm(40), mm(40) + mm(86), mm(40) + mm(54), width=3)
            s.text(mm(45), mm(46), f"姓名  {p.name}", font("hei", 34))
            s.text(mm(45), mm(56), f"性别  {p.sex}    民族  汉", font("hei", 34))
            s.text(mm(45), mm(66), f"住址  {p.address}", font("hei", 30))
            s.text(mm(45), mm(84), f"公民身份号码  {p.id_number}", font("hei", 30))
            s.box(mm(40), mm(110), mm(40) + mm(86), mm(110) + mm(54), width=3)
            s.centred(mm(118), "中华人民共和国", font("hei", 44), x0=mm(40), x1=mm(126))
            s.centred(mm(132), "居民身份证", font("hei", 52), x0=mm(40), x1=mm(126))
            s.text(mm(45), mm(152), "签发机关  福州市公安局鼓楼分局", font("hei", 28))
            hand(s, mm(40), mm(185), f"此复印件仅供{c.number[:7]}执行使用", rng, ink=(20, 20, 20), size=38)
            signature(s, mm(140), mm(200), p.name, rng)
            return [s]
        s.box(mm(30), mm(35), s.width - mm(30), mm(190), width=5)
        s.centred(mm(45), "营 业 执 照", font("song_gb", 72), spacing=12)
        s.centred(mm(62), "（副    本）", font("song_gb", 40))
        rows = [["统一社会信用代码", p.id_number], ["名称", p.name], ["类型", "有限责任公司（自然人投资或控股）"],
                ["法定代表人", p.legal_rep], ["住所", p.address]]
        table(s, mm(40), mm(78), [mm(45), mm(85)], rows, font("song_gb", 32), row_h=mm(15))
        seal(s, s.width - mm(60), mm(170), "福州市鼓楼区市场监督管理局", rng)
        hand(s, mm(40), mm(200), "复印件与原件一致", rng, ink=(20, 20, 20))
        return [s]
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        title = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "执行案款收款账户确认书",
                 "service_address_confirmation": "送达地址确认书", "property_declaration_form": "被执行人财产申报表"}[code]
        s.centred(mm(24), COURT, font("song_gb", 42))
        s.centred(mm(36), title, font("hei", 54), spacing=4)
        rows = {"property_clue_form": [["财产类型", "线索内容"], ["银行存款", ""], ["不动产", ""], ["车辆", ""], ["其他", ""]],
                "payment_account_confirmation": [["收款人", ""], ["开户银行", ""], ["账号", ""], ["联系电话", ""]],
                "service_address_confirmation": [["受送达人", ""], ["送达地址", ""], ["电子邮箱", ""], ["手机号码", ""]],
                "property_declaration_form": [["申报项目", "情况"], ["银行存款", ""], ["房产", ""], ["应收账款", ""]]}[code]
        fills = {"property_clue_form": ["", f"{c.extra['bank']}基本户", "鼓楼区东街口商铺（待查）", "闽A牌照车辆一辆", "应收货款"],
                 "payment_account_confirmation": [a.name, c.extra["bank"], c.extra["acct"], c.agent_phone],
                 "service_address_confirmation": [a.name, a.address[:16], "", c.agent_phone],
                 "property_declaration_form": ["", "基本户余额约三万元", "无", "若干"]}[code]
        y0 = mm(50)
        y = table(s, mm(22), y0, [mm(45), mm(121)], rows, font("song_gb", 36), row_h=mm(22))
        for k, t in enumerate(fills):
            if t:
                hand(s, mm(70), y0 + mm(22) * k + 40, t, rng, size=38)
        s.text(mm(22), y + 40, "填表人（签名/盖章）：", font("song_gb", 36))
        signature(s, mm(90), y + 30, c.agent if code != "property_declaration_form" else r.legal_rep, rng)
        return [s]
    if code == "fee_receipt":
        s2 = Sheet(size=(s.width, s.height // 2))
        s2.centred(mm(12), "福建省非税收入统一票据（电子）", font("song_gb", 44))
        rows = [["交款人", a.name], ["项目", "案件受理费"], ["金额", money(c.extra["fee"] * 2)], ["收款单位", COURT]]
        table(s2, mm(22), mm(30), [mm(40), mm(126)], rows, font("microhei", 32), row_h=mm(13))
        seal(s2, s2.width - mm(50), mm(85), "福建省财政厅票据监制章", rng)
        return [s2]
    if code == "online_inquiry_result":
        s.centred(mm(20), "执行网络查控结果", font("microhei", 46))
        rows = [["协助单位", "反馈结果", "余额"], ["兴业银行", "有账户", money(c.amount)], ["福建海峡银行", "无", "0.00"],
                ["福州市不动产登记中心", "无登记", "-"], ["福州市公安局交警支队", "无车辆", "-"]]
        table(s, mm(18), mm(36), [mm(60), mm(60), mm(52)], rows, font("microhei", 32), row_h=mm(12))
        s.text(mm(18), mm(110), f"案号：{c.number}  打印时间：{num_date(c.day(6))}", font("microhei", 28))
        return [s]
    if code == "settlement_agreement":
        s.centred(mm(30), "执行和解协议", font("hei", 58))
        y = _body(s, mm(48), [f"甲方（申请执行人）：{a.name}", f"乙方（被执行人）：{r.name}",
                              f"就{c.number}案，双方自愿达成如下协议：乙方于{cn_date(c.extra['pay_day'])}前一次性支付"
                              f"{money(c.amount)}元，甲方放弃迟延履行利息。"], font("song_gb", 38))
        seal(s, mm(60), y + 100, a.name, rng)
        seal(s, s.width - mm(60), y + 100, r.name, rng)
        return [s]
    # payment_voucher
    s.centred(mm(20), f"{c.extra['bank'][:6]} 业务回单", font("microhei", 46))
    rows = [["付款人", r.name], ["收款人", "福州市鼓楼区人民法院执行款专户"], ["金额", money(c.amount)],
            ["大写", money_caps(c.amount)], ["用途", f"{c.number}执行款"], ["日期", num_date(c.extra["pay_day"])]]
    table(s, mm(18), mm(36), [mm(40), mm(132)], rows, font("microhei", 32), row_h=mm(13))
    seal(s, s.width - mm(50), mm(125), f"{c.extra['bank'][:6]}业务专用章", rng)
    return [s]


OWN = {"acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
       "assistance_notice", "closing_notice", "closing_approval_form", "service_receipt", "effectiveness_certificate",
       "summons", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet"}


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Every page of the family: the court's own forms and the papers that reach it in their authors' styles."""
    sheets = _own(code, c, rng, served) if code in OWN else _received(code, c, rng, served)
    for s in sheets:  # the filing clerk numbers the volume's sheets in order; the capture writes it by hand
        c.extra["folio"] = c.extra.get("folio", 0) + 1
        vars(s)["folio"] = c.extra["folio"]
    return sheets

