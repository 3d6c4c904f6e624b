"""Papers court_l received from others: a Jiangsu law firm's application, letter and the lawyer's licence; the
basis (a 苏州仲裁委员会 award with its 生效证明, a 苏州市中级人民法院 second-instance judgment, or this court's own
judgment); a Japanese parent's 授权委托书 signed in Japan with its notarial certificate, Apostille (China joined
the Apostille convention in November 2023) and Chinese translation; a 外商投资企业 licence; forms the parties
filled by hand; a 江苏省非税收入 receipt; bank replies and bank slips. All are loose sheets: the flatbed took them."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from types import ModuleType

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_l_kit import COURT, HAND_INK, LSheet, form, hei, song
from dossier.corpus.fonts import font

CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation",
})
FIRMS = (("江苏竹辉律师事务所", "苏州工业园区苏州大道东381号商旅大厦6幢17楼", "0512-62888000"),
         ("江苏新天伦律师事务所", "苏州工业园区旺墩路269号圆融星座1幢20楼", "0512-62993000"),
         ("北京大成（苏州）律师事务所", "苏州工业园区苏州大道西2号国际大厦11楼", "0512-68208000"))
PARENTS = ((("株式会社フジオカ精密", "富岳精密电子", "日本国大阪府大阪市中央区本町二丁目3番8号"), "佐藤健一"),
           (("株式会社ミナト工業", "港和工业", "日本国愛知県名古屋市中村区名駅四丁目5番28号"), "山本和也"))
BANKS = ("苏州银行股份有限公司工业园区支行", "中国银行股份有限公司苏州工业园区分行", "江苏银行股份有限公司苏州分行")


def _l() -> ModuleType:
    """court_l itself (its wording helpers), imported late: it imports this module."""
    from dossier.corpus.families import court_l
    return court_l


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[LSheet]:
    L = _l()
    a, r = c.applicant, c.respondent
    firm = c.extra.get("firm", FIRMS[0])
    if code == "enforcement_application":
        return [_letter("强制执行申请书", [
            L.applicant_line(c), *( [f"法定代表人：{a.legal_rep}，董事长。"] if a.kind == "organisation" else []),
            f"被申请人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。", f"法定代表人：{r.legal_rep}。",
            "申请事项：", f"1．请求依法强制执行{L.basis_name(c)}，责令被申请人支付{money(c.amount)}；",
            "2．请求责令被申请人加倍支付迟延履行期间的债务利息；", "3．本案执行费用由被申请人承担；",
            "4．请求对被申请人采取限制高消费措施，并将其纳入失信被执行人名单。",
            "事实与理由：", f"申请人与被申请人{L.cause(c)}一案，{L.basis_name(c)}已于{cn_date(c.basis_effective)}发生法律效力，"
            "被申请人至今未履行。为维护申请人的合法权益，特依据《中华人民共和国民事诉讼法》第二百四十七条之规定，向贵院申请强制执行。",
            "此致", COURT], c, rng, signer=a.legal_rep or a.name, when=c.filed_on - timedelta(days=2),
            org=a.name if a.kind == "organisation" else "")]
    if code == "law_firm_letter":
        return [_letter(f"{firm[0]}\n律师事务所函", [
            f"苏律函〔{c.filed_on.year}〕第{rng.randint(100, 999)}号", f"{COURT}：",
            f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{L.cause(c)}执行一案的委托代理人。",
            "特此函告。", "附：授权委托书一份", f"地址：{firm[1]}　电话：{firm[2]}"], c, rng, signer="",
            when=c.filed_on - timedelta(days=3), org=firm[0])]
    if code == "lawyer_license":
        return [_licence(c, rng, firm[0])]
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "identity_proof":
        return [_identity(c, rng, respondent="respondent" in served)]
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        s = LSheet(loose=True)
        s.centred(mm(30), "苏州仲裁委员会", font("serif_bold", mm(7.0)))
        s.centred(mm(46), "生 效 证 明", hei(8.6))
        y = mm(68)
        for part in wrap(f"{c.basis_number}申请人{a.name}与被申请人{r.name}{L.cause(c)}一案，本会已于{cn_date(c.basis_effective)}"
                         "作出裁决。根据《中华人民共和国仲裁法》第五十七条的规定，裁决书自作出之日起发生法律效力。特此证明。",
                         song(4.4), mm(156), indent=mm(9)):
            s.text(mm(27) + (mm(9) if y == mm(68) else 0), y, part, song(4.4))
            y += mm(8.4)
        s.right(s.width - mm(30), y + mm(26), cn_date(c.basis_effective + timedelta(days=20)), song(4.4))
        seal(s, s.width - mm(55), y + mm(24), "苏州仲裁委员会", rng, radius=mm(20))
        return [s]
    if code == "property_clue_form":
        rows = [["被执行人", ""], ["财产类型", ""], ["财产所在地 / 开户行", ""], ["线索来源", ""], ["提供人", ""]]
        return [form("被执行人财产线索提供表", rows, "", rng, row_h=18, seal_it=False, head=COURT + "　诉讼服务中心",
                     filled={0: r.name, 1: "银行存款、应收账款", 2: rng.choice(BANKS), 3: "合同履行中的付款记录",
                             4: f"{c.agent}（代理人）{num_date(c.filed_on)}"},
                     notes=["申请执行人应如实提供财产线索，并对线索的真实性负责。"])]
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "payment_account_confirmation":
        rows = [["收款人", ""], ["开户银行", ""], ["账号", ""], ["联系电话", ""], ["申请执行人签章", ""]]
        s = form("申请执行人收取案款确认书", rows, c.number, rng, row_h=16, seal_it=False,
                 filled={0: a.name, 1: rng.choice(BANKS), 2: f"6217 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                         f"{rng.randint(1000, 9999)} {rng.randint(100, 999)}", 3: a.phone, 4: a.legal_rep or a.name},
                 notes=["本人确认：执行案款请划付至上述账户，因账户信息错误导致的后果由本人承担。"])
        s.loose = True
        return [s]
    if code != "service_address_confirmation":
        raise KeyError(code)
    rows = [["受送达人", ""], ["送达地址", ""], ["手机号码（短信、电子送达）", ""], ["电子邮箱", ""],
            ["是否同意电子送达", ""], ["受送达人签名", ""]]
    s = form("送达地址确认书", rows, c.number, rng, cols=(62, 112), row_h=15, seal_it=False, head="苏州工业园区人民法院送达中心",
             filled={0: a.name, 1: firm[1], 2: c.agent_phone, 3: f"lawyer{rng.randint(100, 999)}@163.com", 4: "同意",
                     5: c.agent}, notes=["告知：确认的送达地址适用于执行程序；地址变更的应及时书面告知，否则邮寄至上述地址视为送达。"])
    s.loose = True
    return [s]


def _letter(title: str, lines: list[str], c: CaseCtx, rng: random.Random, *, signer: str, when: date,
            org: str = "") -> LSheet:
    s = LSheet(loose=True)
    y = mm(24)
    for part in title.split("\n"):
        s.centred(y, part, font("sans_bold", mm(7.4 if len(part) < 12 else 6.0)))
        y += mm(12)
    y += mm(4)
    f = font("sans", mm(4.0))
    for line in lines:
        indent = mm(8) if line.startswith(("申请人与", "本所", "1．", "2．", "3．", "4．", "特此")) else 0
        for k, part in enumerate(wrap(line, f, mm(160), indent=indent)):
            s.text(mm(25) + (indent if k == 0 else 0), y, part, f)
            y += mm(7.6)
    y += mm(10)
    if signer:
        s.text(mm(112), y, "申请人：", f)
        signature(s, mm(132), y - mm(2), signer, rng, ink=INK)
        y += mm(10)
    if org:
        seal(s, mm(150), y, org, rng, radius=mm(18))
    s.text(mm(120), y + mm(6), num_date(when), f)
    return s


def _licence(c: CaseCtx, rng: random.Random, firm: str) -> LSheet:
    s = LSheet(loose=True)
    s.box(mm(30), mm(30), mm(180), mm(130), width=4)
    s.centred(mm(38), "中华人民共和国律师执业证", font("serif_bold", mm(6.0)))
    s.box(mm(40), mm(56), mm(72), mm(98), width=2)
    s.text(mm(46), mm(74), "照片", song(4.0))
    y = mm(56)
    for line in (f"执业机构：{firm}", "执业证类别：专职", f"执业证号：13205{rng.randint(2010, 2022)}1{rng.randint(1000000, 9999999)}",
                 f"持证人：{c.agent}", "发证机关：江苏省司法厅", f"发证日期：{rng.randint(2012, 2022)}年{rng.randint(1, 12)}月"):
        s.text(mm(80), y, line, song(3.9))
        y += mm(7.2)
    seal(s, mm(150), mm(110), "江苏省司法厅", rng, radius=mm(16))
    s.text(mm(30), mm(140), "年度考核备案：2023年度　称职", song(3.8))
    s.text(mm(30), mm(150), "（复印件，与原件一致）", song(3.8))
    hand(s, mm(110), mm(150), c.agent, rng, size=mm(5), ink=HAND_INK)
    return s


def _attorney(c: CaseCtx, rng: random.Random) -> list[LSheet]:
    """An individual's 授权委托书; a Japanese-invested applicant's is signed by its representative in Japan, notarised,
    carries an Apostille, and is filed with a Chinese translation."""
    L = _l()
    a, r = c.applicant, c.respondent
    body = [f"委托人：{a.name}", *( [f"法定代表人：{a.legal_rep}"] if a.kind == "organisation" else []),
            f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。",
            f"现委托上列受托人在委托人与{r.name}{L.cause(c)}执行一案中，作为委托人的代理人。",
            "代理权限为：特别授权，代为申请执行、提供财产线索、参与执行和解、代为签收法律文书、代为领取执行款项。"]
    if a.kind != "organisation":
        s = _letter("授权委托书", [*body, "此致", COURT], c, rng, signer=a.name, when=c.filed_on - timedelta(days=3))
        return [s]
    parent = c.extra.get("parent", PARENTS[0][0])
    jp = LSheet(loose=True)
    jf = font("sans", mm(4.2))
    jp.centred(mm(26), "委　任　状", font("serif_bold", mm(8.0)))
    y = mm(46)
    for line in (f"{parent[0]}（以下「当社」という）は、当社の中国子会社である{a.name}の董事長として、",
                 f"中国江蘇省の弁護士{c.agent}（{c.firm}）を代理人と定め、", f"{r.name}に対する強制執行事件に関する",
                 "一切の権限（執行申立て、和解、文書の受領、執行金の受領を含む）を委任します。",
                 f"令和{c.filed_on.year - 2018}年{c.filed_on.month}月{max(1, c.filed_on.day - 5)}日",
                 parent[2], f"{a.name}　董事長　{a.legal_rep}"):
        for part in wrap(line, jf, mm(162)):
            jp.text(mm(24), y, part, jf)
            y += mm(9)
    signature(jp, mm(120), y + mm(4), a.legal_rep, rng, ink=(20, 20, 60))
    jp.text(mm(24), y + mm(26), "認　証", font("serif_bold", mm(5.4)))
    for k, line in enumerate(("嘱託人は本公証人の面前で上記署名をしたことを認証する。",
                              f"令和{c.filed_on.year - 2018}年{c.filed_on.month}月{max(1, c.filed_on.day - 5)}日　大阪法務局所属　公証人　中村　正")):
        jp.text(mm(24), y + mm(38) + k * mm(8), line, jf)
    seal(jp, mm(160), y + mm(44), "大阪法務局公証人", rng, radius=mm(14))
    apo = LSheet(loose=True)
    apo.centred(mm(24), "APOSTILLE", font("serif_bold", mm(8.0)))
    apo.centred(mm(38), "(Convention de La Haye du 5 octobre 1961)", font("serif", mm(4.0)))
    rows = [["1. Country: JAPAN　国名：日本国"], ["2. has been signed by　署名者：NAKAMURA Tadashi"],
            ["3. acting in the capacity of　資格：Notary　公証人"], ["4. bears the seal of　印章：Osaka Legal Affairs Bureau"],
            [f"5. at Tokyo　6. the {c.filed_on.day} {c.filed_on:%B %Y}"], ["7. by the Ministry of Foreign Affairs　外務省"],
            [f"8. No. {rng.randint(100000, 999999)}　9. Seal / stamp　10. Signature"]]
    table(apo, mm(24), mm(50), [mm(162)], rows, font("serif", mm(4.0)), row_h=mm(13), width=2)
    seal(apo, mm(140), mm(150), "外務省", rng, radius=mm(15))
    zh = LSheet(loose=True)
    zh.centred(mm(22), "授权委托书（译文）", font("sans_bold", mm(7.0)))
    f = font("sans", mm(4.0))
    y = mm(40)
    for line in [*body, f"委托人：{parent[0]}（{parent[1]}株式会社）　代表：{a.legal_rep}",
                 f"公证：日本国大阪法务局所属公证人中村正于{num_date(c.filed_on - timedelta(days=5))}认证上述签名。",
                 "附加证明书（Apostille）：日本国外务省签发，证明公证人签名及印章属实。",
                 f"翻译：苏州工业园区{rng.choice(['译信', '博雅', '信达'])}翻译有限公司　兹证明本译文与原文内容一致。"]:
        for part in wrap(line, f, mm(160)):
            zh.text(mm(25), y, part, f)
            y += mm(7.6)
    seal(zh, mm(150), y + mm(12), "苏州工业园区翻译专用章", rng, radius=mm(17))
    return [jp, apo, zh]


def _identity(c: CaseCtx, rng: random.Random, *, respondent: bool) -> LSheet:
    p = c.respondent if respondent else c.applicant
    s = LSheet(loose=True)
    if p.kind == "person":
        s.centred(mm(20), "居民身份证复印件", font("sans_bold", mm(5.6)))
        s.box(mm(45), mm(34), mm(165), mm(106), width=2)
        y = mm(42)
        for line in (f"姓名　{p.name}", f"性别　{p.sex}　民族　汉", f"出生　{p.born:%Y年%-m月%-d日}" if p.born else "",
                     f"住址　{p.address}", f"公民身份号码　{p.id_number}"):
            if line:
                s.text(mm(52), y, line, font("sans", mm(4.0)))
                y += mm(12)
        s.box(mm(45), mm(116), mm(165), mm(188), width=2)
        s.centred(mm(130), "中华人民共和国", font("sans_bold", mm(5.2)))
        s.centred(mm(142), "居民身份证", font("sans_bold", mm(6.6)))
        s.centred(mm(164), f"签发机关　苏州市公安局　有效期限　{rng.randint(2016, 2021)}.0{rng.randint(1, 9)}.12-长期",
                  font("sans", mm(3.6)))
        hand(s, mm(100), mm(200), f"与原件一致　{p.name}", rng, size=mm(5), ink=HAND_INK)
        return s
    foreign = not respondent and c.basis_kind == "arbitration"
    s.draw.rectangle((mm(16), mm(16), s.width - mm(16), mm(178)), outline=(150, 60, 50), width=8)
    s.centred(mm(28), "营 业 执 照", font("serif_bold", mm(10.0)))
    s.centred(mm(46), "（副　　本）", song(4.6))
    rows = [["统一社会信用代码", p.id_number], ["名　　称", p.name],
            ["类　　型", "有限责任公司（外国法人独资）" if foreign else "有限责任公司（自然人投资或控股）"],
            ["法定代表人", p.legal_rep], ["注册资本", f"{rng.choice([500, 1000, 3000])}万{'美元' if foreign else '元人民币'}"],
            ["住　　所", p.address], ["登记机关", "苏州工业园区行政审批局"]]
    table(s, mm(26), mm(58), [mm(44), mm(114)], rows, song(4.0), row_h=mm(14), width=1)
    seal(s, s.width - mm(50), mm(160), "苏州工业园区行政审批局", rng, radius=mm(16))
    s.text(mm(24), mm(190), "法定代表人身份证明书", font("sans_bold", mm(5.0)))
    s.lines[-1:] = ["法定代表人身份证明书"]
    for k, line in enumerate((f"{p.legal_rep}在我单位担任董事长职务，是我单位的法定代表人。" if foreign
                              else f"{p.legal_rep}在我单位担任执行董事职务，是我单位的法定代表人。",
                              "特此证明。", "（营业执照副本复印件，与原件核对一致）")):
        s.text(mm(24), mm(204) + k * mm(9), line, song(4.0))
    seal(s, mm(150), mm(222), p.name, rng, radius=mm(17))
    return s


def _basis(c: CaseCtx, rng: random.Random) -> list[LSheet]:
    L = _l()
    a, r = c.applicant, c.respondent
    if c.basis_kind == "arbitration":
        author, title = "苏州仲裁委员会", "裁 决 书"
        paras = [f"申请人：{a.name}，住所地{a.address}。", f"被申请人：{r.name}，住所地{r.address}。",
                 f"苏州仲裁委员会根据申请人与被申请人签订的《采购合同》中的仲裁条款及申请人的仲裁申请，受理了双方之间的{L.cause(c)}一案。"
                 "本案适用《苏州仲裁委员会仲裁规则》，由独任仲裁员审理，现已审理终结。", "本庭裁决如下：",
                 f"一、被申请人向申请人支付货款{money(c.amount)}；", "二、本案仲裁费由被申请人承担。",
                 "本裁决为终局裁决，自作出之日起发生法律效力。"]
        signers = [f"独任仲裁员　{person_name(rng)}"]
    else:
        author = c.basis_court
        title = "民 事 判 决 书"
        appeal = "民终" in c.basis_number
        paras = [f"{'上诉人（原审被告）' if appeal else '被告'}：{r.name}，住所地{r.address}。",
                 f"{'被上诉人（原审原告）' if appeal else '原告'}：{a.name}，住{a.address}。",
                 (f"上诉人{r.name}因与被上诉人{a.name}{L.cause(c)}一案，不服江苏省苏州工业园区人民法院一审民事判决，向本院提起上诉。"
                  "本院依法组成合议庭审理了本案，现已审理终结。" if appeal else
                  f"原告{a.name}与被告{r.name}{L.cause(c)}一案，本院立案后依法适用简易程序公开开庭进行了审理，本案现已审理终结。"),
                 "本院认为，双方之间的合同关系合法有效，被告未按约支付款项，应承担付款责任。",
                 "驳回上诉，维持原判。" if appeal else f"判决如下：被告{r.name}于本判决生效之日起十日内支付原告{a.name}{money(c.amount)}。",
                 "本判决为终审判决。" if appeal else "如不服本判决，可在判决书送达之日起十五日内提起上诉，上诉于江苏省苏州市中级人民法院。"]
        signers = [f"审判长　{person_name(rng)}", f"审判员　{person_name(rng)}"] if appeal else [f"审判员　{person_name(rng)}"]
    s = LSheet(loose=True)
    s.centred(mm(24), author, font("serif_bold", mm(7.4)))
    s.centred(mm(40), title, font("serif_bold", mm(9.0)))
    s.right(s.width - mm(26), mm(56), c.basis_number, song(4.4))
    f = song(4.4)
    y = mm(70)
    sheets = [s]
    for text in paras:
        for k, part in enumerate(wrap(text, f, mm(158), indent=mm(9))):
            if y > mm(262):
                s = LSheet(loose=True)
                sheets.append(s)
                y = mm(28)
            s.text(mm(26) + (mm(9) if k == 0 else 0), y, part, f)
            y += mm(8.2)
    if y > mm(230):
        s = LSheet(loose=True)
        sheets.append(s)
        y = mm(28)
    for line in signers:
        s.text(mm(120), y + mm(8), line, f)
        y += mm(8.4)
    s.text(mm(120), y + mm(12), cn_date(c.basis_effective - timedelta(days=18)), f)
    seal(s, mm(145), y + mm(12), author, rng, radius=mm(20))
    s.text(mm(26), y + mm(34), "本件与原本核对无异", song(4.0))
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(14), f"第{i}页 共{len(sheets)}页", song(3.6))
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def _fee(c: CaseCtx, rng: random.Random) -> LSheet:
    fee = int(c.amount) // 100 + 50
    s = LSheet(loose=True, size=(mm(240), mm(140)), landscape=True)
    s.centred(mm(10), "江苏省非税收入一般缴款书（电子）", font("serif_bold", mm(6.0)), fill=(120, 40, 40))
    s.text(mm(12), mm(24), f"票据代码：32060124　票据号码：{rng.randint(10000000, 99999999)}　交款日期：{num_date(c.filed_on)}",
           song(3.4))
    rows = [["交款人", c.applicant.name, "执收单位", COURT], ["项目名称", "执行申请费", "案号", c.number],
            ["金额（小写）", f"{fee:,.2f}", "金额（大写）", money_caps(Decimal(fee))],
            ["备注", "苏州工业园区人民法院执行申请费（被执行人负担，执行到位后退还）"]]
    table(s, mm(12), mm(32), [mm(30), mm(80), mm(30), mm(76)], rows, song(3.5), row_h=mm(15), width=2)
    seal(s, mm(190), mm(108), "江苏省财政厅票据监制章", rng, radius=mm(15))
    s.text(mm(12), mm(124), "收款单位（章）：　　　复核人：　　　收款人：" + person_name(rng), song(3.4))
    return s


def bank_reply(c: CaseCtx, rng: random.Random) -> LSheet:
    """The bank's reply on its own paper: 协助冻结存款回执."""
    bank = str(c.extra.get("bank", BANKS[0]))
    r = c.respondent
    s = LSheet(loose=True)
    s.centred(mm(22), bank, font("sans_bold", mm(5.8)))
    s.centred(mm(36), "协助冻结存款通知书（回执）", font("sans_bold", mm(6.4)))
    rows = [["法院案号", c.number], ["被冻结单位", r.name], ["账号", f"{rng.randint(1000, 9999)}0188{rng.randint(100000, 999999)}"],
            ["应冻结金额", f"{c.amount:,.2f}元"], ["实际冻结金额", f"{rng.randint(0, 900)}.{rng.randint(10, 99)}元"],
            ["冻结期限", f"{num_date(c.day(8))}至{num_date(c.day(8) + timedelta(days=364))}"], ["经办人", person_name(rng)]]
    table(s, mm(22), mm(50), [mm(44), mm(122)], rows, font("sans", mm(4.0)), row_h=mm(14), width=2)
    s.text(mm(22), mm(162), f"我行已于{num_date(c.day(8))}按贵院协助执行通知书办理冻结手续，特此回复。", font("sans", mm(4.0)))
    seal(s, mm(150), mm(190), bank.removesuffix("股份有限公司") + "业务专用章", rng, radius=mm(18))
    return s


def bank_slip(c: CaseCtx, rng: random.Random) -> LSheet:
    """案款发放凭证: the bank's 电子回单 for the transfer from the court's account to the applicant."""
    s = LSheet(loose=True, size=(mm(210), mm(110)), landscape=False)
    s.centred(mm(8), "中国银行 网上银行电子回单", font("sans_bold", mm(5.6)), fill=(150, 20, 30))
    rows = [["付款人", "苏州工业园区人民法院（执行款专户）", "收款人", c.applicant.name],
            ["付款账号", f"4867{rng.randint(10000000, 99999999)}", "收款行", rng.choice(BANKS)],
            ["金额", f"CNY {c.amount:,.2f}", "大写", money_caps(c.amount)],
            ["用途", f"{c.number}案款发放", "交易日期", num_date(c.closed_on - timedelta(days=4))]]
    table(s, mm(10), mm(20), [mm(24), mm(72), mm(24), mm(70)], rows, font("sans", mm(3.4)), row_h=mm(14), width=1)
    seal(s, mm(170), mm(90), "中国银行电子回单专用章", rng, radius=mm(13))
    s.text(mm(10), mm(96), f"回单编号：{rng.randint(10**11, 10**12 - 1)}　打印次数：1", font("sans", mm(3.0)))
    return s


__all__ = ["BANKS", "CODES", "FIRMS", "PARENTS", "bank_reply", "bank_slip", "render"]
