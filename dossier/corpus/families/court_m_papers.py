"""Papers court_m received from others, most of them online: the applicant's and the lawyer's papers uploaded through
移动微法院 / 律师服务平台 as phone photos (application, 授权委托书, 律师事务所函, 执业证, ID card copy, the forms they filled by
hand, the basis as the party holds it); the fee, the payment and e-service proven by phone screenshots (云南省非税收入
缴费结果, 微信/支付宝 转账详情 or a 富滇银行 手机银行 交易明细, a 12368 短信); the 云南法院电子送达平台 送达回执 printed from
the browser, or a paper 送达回证 signed at the door; the respondent's 企业信用信息 printed by the court."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from types import ModuleType

from dossier.corpus.content import CaseCtx, cn_date, money, num_date, person_name
from dossier.corpus.draw import INK, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_m_kit import (
    COURT,
    HAND_INK,
    MSheet,
    hei,
    letter,
    ming,
    sans,
    screen,
    song,
    song_bold,
)

CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "payment_voucher", "service_receipt",
})
FIRMS = (("云南翠湖律师事务所", "昆明市五华区三市街6号柏联广场写字楼12楼", "0871-63641200"),
         ("云南春城明理律师事务所", "昆明市盘龙区北京路612号银海SOHO 2幢18楼", "0871-65390088"),
         ("云南滇中正平律师事务所", "昆明市西山区滇池路569号滇池路商务中心A座9楼", "0871-64588321"))
BANKS = ("富滇银行股份有限公司昆明五华支行", "中国工商银行股份有限公司昆明正义路支行", "云南红塔银行股份有限公司昆明分行",
         "昆明农村商业银行股份有限公司五华支行")
NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行申请费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "summons": "传票", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "失信决定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "enforcement_ruling": "执行裁定书", "termination_ruling": "执行裁定书（终结执行）", "closing_notice": "结案通知书"}
TO_APPLICANT = {"acceptance_notice", "payment_notice", "closing_notice"}


def _m() -> ModuleType:
    """court_m itself (its wording helpers), imported late: it imports this module."""
    from dossier.corpus.families import court_m
    return court_m


def papers_named(served: list[str]) -> str:
    return "、".join(NAMES.get(code, code) for code in served)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[MSheet]:
    M = _m()
    a, r = c.applicant, c.respondent
    firm = c.extra.get("firm", FIRMS[0])
    if code == "enforcement_application":
        return [letter("强制执行申请书", [
            M.applicant_line(c).replace("申请执行人", "申请人"), f"联系电话：{a.phone}",
            f"被申请人：{r.name}，住所地{r.address}。", f"法定代表人：{r.legal_rep}。",
            "请求事项：", f"一、请求依法强制执行{M.basis_name(c)}，责令被申请人向申请人支付{money(c.amount)}；",
            "二、请求责令被申请人加倍支付迟延履行期间的债务利息；", "三、本案执行费用由被申请人负担。",
            "事实与理由：", f"申请人与被申请人{M.cause(c)}一案，{M.basis_name(c)}已于{cn_date(c.basis_effective)}发生法律效力，"
            "被申请人至今未履行。现依据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。",
            "此致", COURT], rng, signer=a.name, when=num_date(c.filed_on - timedelta(days=1)))]
    if code == "law_firm_letter":
        return [letter(f"{firm[0]}函", [
            f"云翠律函字〔{c.filed_on.year}〕第{rng.randint(10, 399)}号", f"{COURT}：",
            f"本所接受{a.name}的委托，指派{c.agent}律师作为其与{r.name}{M.cause(c)}执行一案的委托诉讼代理人。",
            "特此函告。", "附：授权委托书一份", f"本所地址：{firm[1]}", f"联系电话：{firm[2]}　律师手机：{c.agent_phone}"], rng,
            signer="", when=num_date(c.filed_on - timedelta(days=2)), org=firm[0])]
    if code == "lawyer_license":
        return [_licence(c, rng, firm[0])]
    if code == "power_of_attorney":
        return [letter("授权委托书", [
            f"委托人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}。",
            f"受托人：{c.agent}，{firm[0]}律师，联系电话{c.agent_phone}。",
            f"现委托上列受托人在我与{r.name}{M.cause(c)}执行一案中，作为我的委托诉讼代理人。",
            "代理权限为：特别授权，包括代为申请执行，提供财产线索，申请采取执行措施，代为参加约谈，代为和解，代为签收法律文书，"
            "代为领取执行款。", "委托期限：自签署之日起至本案执行终结之日止。"], rng, signer=a.name,
            when=num_date(c.filed_on - timedelta(days=3)))]
    if code == "identity_proof":
        return [_registry(c, rng) if "respondent" in served else _id_card(c, rng)]
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        s = MSheet(kind="photo")
        s.centred(mm(32), "昆明仲裁委员会", song_bold(7.2), spacing=mm(0.8))
        s.centred(mm(50), "裁决书生效证明", hei(8.0))
        y = mm(72)
        for i, part in enumerate(wrap(f"{a.name}与{r.name}{M.cause(c)}一案，本会于{cn_date(c.basis_effective)}作出{c.basis_number}"
                                      "裁决书。根据《中华人民共和国仲裁法》第九条、第五十七条的规定，该裁决书自作出之日起发生法律"
                                      "效力。", ming(4.4), mm(152), indent=mm(9))):
            s.text(mm(29) + (mm(9) if i == 0 else 0), y, part, ming(4.4))
            y += mm(8.6)
        s.text(mm(38), y + mm(4), "特此证明。", ming(4.4))
        when = cn_date(c.basis_effective + timedelta(days=15))
        s.right(s.width - mm(32), y + mm(34), when, ming(4.4))
        seal(s, s.width - mm(58), y + mm(32), "昆明仲裁委员会", rng, radius=mm(20))
        return [s]
    if code == "property_clue_form":
        return [_handform("财产线索提供表", [["被执行人", ""], ["财产类型", ""], ["财产所在地或开户行", ""], ["线索来源", ""],
                                       ["其他情况", ""]],
                          {0: r.name, 1: "银行存款、办公设备", 2: "富滇银行五华支行（基本户）", 3: "交易往来转账记录",
                           4: "该公司在五华区有办公室"}, c, rng, a.name)]
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "payment_account_confirmation":
        digits = "".join(str(rng.randint(0, 9)) for _ in range(15))
        c.extra["account"] = f"6217 {digits[:4]} {digits[4:8]} {digits[8:12]} {digits[12:]}"
        return [_handform("执行款收款账户确认书", [["收款人", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""]],
                          {0: a.name, 1: "富滇银行昆明五华支行", 2: c.extra["account"], 3: a.phone}, c, rng, a.name,
                          notes=["本人确认以上账户为本案执行款的收款账户，因账户信息错误导致的损失由本人承担。"])]
    if code == "service_address_confirmation":
        return [_handform("送达地址确认书", [["当事人", ""], ["送达地址", ""], ["手机号码（短信送达）", ""],
                                      ["电子邮箱", ""], ["是否同意电子送达", ""]],
                          {0: a.name, 1: a.address.removeprefix("云南省"), 2: a.phone,
                           3: f"{rng.randint(10000000, 999999999)}@qq.com", 4: "同意"}, c, rng, a.name,
                          notes=["告知：经确认的送达地址适用于执行程序；同意电子送达的，本院通过云南法院电子送达平台及12368短信"
                                 "送达，信息到达受送达人特定系统之日为送达日期。"])]
    if code == "payment_voucher":
        return [_transfer(c, rng)]
    if code == "service_receipt":
        return [_service(c, rng, served)]
    raise KeyError(code)


def _handform(title: str, rows: list[list[str]], filled: dict[int, str], c: CaseCtx, rng: random.Random, signer: str, *,
              notes: list[str] | None = None) -> MSheet:
    """A form the court hands out (or the 微法院 lets you download), filled by hand, photographed on the phone."""
    s = MSheet(kind="photo")
    s.centred(mm(26), COURT, song(4.8))
    s.centred(mm(36), title, song_bold(7.0), spacing=mm(0.6))
    s.text(mm(26), mm(52), f"案号：{c.number}", song(4.0))
    y0 = mm(60)
    row_h = mm(15)
    end = table(s, mm(26), y0, [mm(50), mm(108)], rows, song(4.0), row_h=row_h, width=2)
    for r, value in filled.items():
        hand(s, mm(80), y0 + row_h * r + row_h * 0.25, value, rng, size=mm(4.8), ink=HAND_INK)
    y = end + mm(8)
    for line in notes or []:
        for part in wrap(line, song(3.6), mm(156)):
            s.text(mm(27), y, part, song(3.6))
            y += mm(6)
    s.text(mm(100), y + mm(16), "确认人（签名）：", song(4.2))
    signature(s, mm(138), y + mm(13), signer, rng, ink=INK)
    hand(s, mm(118), y + mm(30), num_date(c.filed_on - timedelta(days=1)), rng, size=mm(4.6), ink=HAND_INK)
    return s


def _licence(c: CaseCtx, rng: random.Random, firm: str) -> MSheet:
    """The 律师执业证's photo page and its data page, photographed opened flat on the desk."""
    s = MSheet(kind="photo")
    s.draw.rectangle((mm(20), mm(40), mm(190), mm(150)), outline=(120, 60, 40), width=4)
    s.line(mm(105), mm(40), mm(105), mm(150), width=2, fill=(160, 120, 100))
    s.draw.rectangle((mm(40), mm(58), mm(82), mm(112)), fill=(196, 210, 232))
    s.draw.ellipse((mm(52), mm(64), mm(70), mm(86)), fill=(92, 72, 60))
    s.draw.ellipse((mm(46), mm(86), mm(76), mm(112)), fill=(40, 44, 60))
    seal(s, mm(76), mm(112), "云南省司法厅", rng, radius=mm(15))
    s.centred(mm(124), "持证人照片", song(3.6), x0=mm(20), x1=mm(105))
    f = song(4.0)
    y = mm(52)
    for line in (f"姓　　名　{c.agent}", f"性　　别　{rng.choice('男女')}", f"执业机构　{firm}", "执业证类别　专职律师",
                 f"执业证号　1530120{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}", "发证机关　云南省司法厅",
                 f"发证日期　{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"):
        s.text(mm(110), y, line, f)
        y += mm(10.5)
    s.centred(mm(168), "律师年度考核备案", song_bold(5.0))
    table(s, mm(40), mm(178), [mm(60), mm(70)], [["考核年度", "考核结果"], [str(c.filed_on.year - 1), "称职"]], song(4.0),
          row_h=mm(11))
    seal(s, mm(140), mm(198), "昆明市司法局", rng, radius=mm(15), inner="律师年度考核专用章")
    return s


def _id_card(c: CaseCtx, rng: random.Random) -> MSheet:
    """Both sides of the applicant's 居民身份证 copied onto one sheet, signed "仅供执行使用"."""
    a = c.applicant
    s = MSheet(kind="photo")
    for top, front in ((mm(36), True), (mm(120), False)):
        x0, y0, x1, y1 = mm(52), top, mm(158), top + mm(67)
        s.draw.rounded_rectangle((x0, y0, x1, y1), radius=mm(4), outline=(90, 90, 90), width=2, fill=(236, 236, 236))
        if front:
            f = sans(3.2)
            s.text(x0 + mm(6), y0 + mm(7), f"姓名　{a.name}", f)
            s.text(x0 + mm(6), y0 + mm(15), f"性别　{a.sex}　　民族　汉", f)
            born = a.born or date(1980, 1, 1)
            s.text(x0 + mm(6), y0 + mm(23), f"出生　{born.year}年{born.month}月{born.day}日", f)
            s.text(x0 + mm(6), y0 + mm(31), "住址", f)
            for i, part in enumerate(wrap(a.address, f, mm(46))[:3]):
                s.text(x0 + mm(16), y0 + mm(31 + 7 * i), part, f)
            s.text(x0 + mm(6), y0 + mm(57), f"公民身份号码　{a.id_number}", sans(3.4))
            s.draw.rectangle((x1 - mm(30), y0 + mm(9), x1 - mm(6), y0 + mm(40)), fill=(170, 170, 170))
        else:
            s.centred(y0 + mm(14), "中华人民共和国", song_bold(5.0), x0=x0, x1=x1)
            s.centred(y0 + mm(25), "居民身份证", song_bold(6.4), x0=x0, x1=x1)
            district = a.address[6:9] if a.address.startswith("云南省昆明市") else "五华区"
            s.text(x0 + mm(10), y0 + mm(44), f"签发机关　昆明市公安局{district}分局", sans(3.0))
            start = rng.randint(2014, 2020)
            s.text(x0 + mm(10), y0 + mm(52), f"有效期限　{start}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{start + 20}."
                                            f"0{rng.randint(1, 9)}.1{rng.randint(0, 9)}", sans(3.0))
    hand(s, mm(60), mm(200), "此复印件仅供五华法院执行使用，", rng, size=mm(6), ink=(20, 20, 20))
    hand(s, mm(60), mm(214), "他用无效。" + a.name, rng, size=mm(6), ink=(20, 20, 20))
    return s


def _registry(c: CaseCtx, rng: random.Random) -> MSheet:
    """The respondent's record printed by the court from 国家企业信用信息公示系统."""
    r = c.respondent
    s = MSheet()
    s.text(mm(14), mm(10), f"{num_date(c.day(2))} {rng.randint(9, 17)}:{rng.randint(0, 59):02d}", sans(2.8))
    s.centred(mm(10), "国家企业信用信息公示系统", sans(2.8))
    s.draw.rectangle((mm(14), mm(18), s.width - mm(14), mm(32)), fill=(22, 92, 170))
    s.text(mm(18), mm(21.5), "国家企业信用信息公示系统", song_bold(5.2), fill=(255, 255, 255))
    s.text(mm(18), mm(40), r.name, hei(5.0))
    s.text(mm(18), mm(49), "存续（在营、开业、在册）", sans(3.2), fill=(40, 150, 60))
    rows = [["统一社会信用代码", r.id_number], ["企业名称", r.name], ["类型", "有限责任公司（自然人投资或控股）"],
            ["法定代表人", r.legal_rep], ["注册资本", f"{rng.choice([100, 200, 500, 1000])}万元人民币"],
            ["成立日期", f"{rng.randint(2008, 2019)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"],
            ["登记机关", "昆明市五华区市场监督管理局"], ["住所", r.address],
            ["经营范围", f"{_m().cause(c)[:2]}相关业务；国内贸易、物资供销；信息咨询服务（依法须经批准的项目，经相关部门批准后方可开展"
                     "经营活动）"]]
    table(s, mm(18), mm(58), [mm(46), mm(128)], rows, sans(3.3), row_h=[mm(11)] * 8 + [mm(20)], width=1, fill=(150, 150, 150))
    s.text(mm(14), s.height - mm(10), "https://www.gsxt.gov.cn/corp-query-entprise-info-xxx.html", sans(2.6))
    s.right(s.width - mm(14), s.height - mm(10), "1/1", sans(2.6))
    return s


def _basis(c: CaseCtx, rng: random.Random) -> list[MSheet]:
    """The basis as the party uploaded it: phone photos of its copy (a 昆明中院 judgment, a 昆明仲裁委 award); this
    court's own judgment was printed from the case system instead."""
    M = _m()
    a, r = c.applicant, c.respondent
    kind = "print" if c.basis_court == COURT else "photo"
    award = c.basis_kind == "arbitration"
    head, title = ("昆明仲裁委员会", "裁　决　书") if award else (c.basis_court, "民事判决书")
    role = ("申请人", "被申请人") if award else (("上诉人（原审被告）", "被上诉人（原审原告）") if "民终" in c.basis_number
                                            else ("原告", "被告"))
    first, second = (r, a) if "民终" in c.basis_number else (a, r)
    first_role, second_role = role
    filed = c.basis_effective - timedelta(days=rng.randint(60, 150))
    body = [f"{first_role}：{first.name}，" + (f"住所地{first.address}。" if first.kind == "organisation" else f"住{first.address}。"),
            f"{second_role}：{second.name}，" + (f"住所地{second.address}。" if second.kind == "organisation"
                                                 else f"住{second.address}。")]
    if award:
        body += [f"昆明仲裁委员会根据申请人与被申请人签订的合同中的仲裁条款和申请人于{cn_date(filed)}提交的仲裁申请书，受理了双方之间的"
                 f"{M.cause(c)}案。本会依照《昆明仲裁委员会仲裁规则》组成独任仲裁庭，于{cn_date(filed + timedelta(days=45))}"
                 "开庭审理，被申请人经书面通知无正当理由未到庭，仲裁庭依法缺席审理。本案现已审理终结。",
                 "仲裁庭认为，双方合同合法有效，被申请人未按约付款，应承担付款责任。根据《中华人民共和国民法典》第五百零九条、"
                 "第五百七十七条的规定，裁决如下：",
                 f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付{money(c.amount)}；",
                 "二、本案仲裁费由被申请人承担。", "本裁决为终局裁决，自作出之日起发生法律效力。"]
        signers = [f"独任仲裁员　{person_name(rng)}"]
    elif "民终" in c.basis_number:
        body += [f"上诉人{r.name}因与被上诉人{a.name}{M.cause(c)}一案，不服{COURT}（{c.filed_on.year - 1}）云0102民初"
                 f"{rng.randint(1000, 9999)}号民事判决，向本院提起上诉。本院依法组成合议庭进行了审理。本案现已审理终结。",
                 "本院认为，一审判决认定事实清楚，适用法律正确，应予维持。上诉人的上诉请求不能成立。依照《中华人民共和国民事"
                 "诉讼法》第一百七十七条第一款第一项的规定，判决如下：", "驳回上诉，维持原判。",
                 f"一审判决确定：{r.name}于判决生效之日起十日内支付{a.name}{money(c.amount)}。", "二审案件受理费由上诉人负担。",
                 "本判决为终审判决。"]
        signers = [f"审判长　{person_name(rng)}", f"审判员　{person_name(rng)}", f"审判员　{person_name(rng)}"]
    else:
        body += [f"原告{a.name}与被告{r.name}{M.cause(c)}一案，本院于{cn_date(filed)}立案后，依法适用简易程序公开开庭进行了审理。"
                 "本案现已审理终结。", "本院认为，原、被告之间的合同关系合法有效，被告未按约支付款项，应承担相应的民事责任。依照《中华"
                 "人民共和国民法典》第五百七十七条的规定，判决如下：",
                 f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{money(c.amount)}。",
                 "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
                 "迟延履行期间的债务利息。", "案件受理费减半收取，由被告负担。",
                 "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于云南省昆明市中级人民法院。"]
        signers = [f"审判员　{person_name(rng)}"]
    sheets = [MSheet(kind=kind)]
    s = sheets[0]
    s.centred(mm(30), head, song_bold(6.4), spacing=mm(0.6))
    s.centred(mm(44), title, song_bold(8.6), spacing=mm(1.0))
    s.right(s.width - mm(28), mm(60), c.basis_number, ming(4.4))
    f = ming(4.4)
    y = mm(72)
    for text in body:
        for k, part in enumerate(wrap(text, f, mm(154), indent=mm(9))):
            if y > mm(262):
                s = MSheet(kind=kind)
                sheets.append(s)
                y = mm(28)
            s.text(mm(28) + (mm(9) if k == 0 else 0), y, part, f)
            y += mm(8.6)
    if y > mm(220):
        s = MSheet(kind=kind)
        sheets.append(s)
        y = mm(40)
    y += mm(8)
    for name in signers:
        s.right(s.width - mm(36), y, name, f)
        y += mm(8.6)
    when = cn_date(c.basis_effective - timedelta(days=15 if not award else 0))
    s.right(s.width - mm(36), y + mm(4), when, f)
    seal(s, s.width - mm(62), y + mm(4), head, rng, radius=mm(20))
    s.text(mm(110), y + mm(20), f"书记员　{person_name(rng)}", f)
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(18), f"- {i} -", song(3.6))
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def _fee(c: CaseCtx, rng: random.Random) -> MSheet:
    """The 缴费结果 screen of the 云南省非税收入 payment, screenshotted by the applicant."""
    fee = Decimal(int(c.amount) // 100 + 50)
    sc = screen("缴费结果", rng, bar=(255, 255, 255))
    sc.y += mm(4)
    cx = sc.x0 + sc.w / 2
    sc.sheet.draw.ellipse((cx - mm(7), sc.y, cx + mm(7), sc.y + mm(14)), fill=(26, 173, 25))
    sc.sheet.draw.line((cx - mm(3.5), sc.y + mm(7), cx - mm(0.8), sc.y + mm(10)), fill=(255, 255, 255), width=5)
    sc.sheet.draw.line((cx - mm(0.8), sc.y + mm(10), cx + mm(4), sc.y + mm(4)), fill=(255, 255, 255), width=5)
    sc.y += mm(18)
    sc.centred("缴费成功", size=4.0, bold=True)
    sc.centred(f"¥{fee:,.2f}", size=6.0, bold=True)
    sc.y += mm(3)
    sc.rule()
    when = c.filed_on + timedelta(days=rng.randint(1, 4))
    for label, value in (("执收单位", COURT), ("缴费项目", "执行申请费"), ("缴款人", c.applicant.name),
                         ("缴款码", f"5301{rng.randint(10**15, 10**16 - 1)}"), ("案号", c.number),
                         ("支付方式", rng.choice(["微信支付", "云闪付"])),
                         ("缴费时间", f"{when:%Y-%m-%d} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"),
                         ("票据状态", "已开具电子票据")):
        sc.row(label, value)
    sc.y += mm(4)
    sc.centred("查看电子票据", size=3.2, fill=(22, 119, 255))
    sc.y = sc.y0 + sc.h - mm(14)
    sc.centred("云南省非税收入统一缴款平台", size=2.6, fill=(150, 150, 150))
    return sc.sheet


def _transfer(c: CaseCtx, rng: random.Random) -> MSheet:
    """The respondent's payment as the applicant saw it on the phone: a 微信 or 支付宝 transfer for small sums, else
    the 富滇银行 手机银行's 交易详情."""
    a, r = c.applicant, c.respondent
    when = c.day(rng.randint(41, 44))
    stamp = f"{when:%Y-%m-%d} {rng.randint(9, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    small = c.amount < 50000
    app = rng.choice(["wechat", "alipay"]) if small else "bank"
    if app == "wechat":
        sc = screen("账单详情", rng, bar=(237, 237, 237))
        sc.y += mm(6)
        sc.centred(f"{r.name}", size=3.4)
        sc.centred(f"+{c.amount:,.2f}", size=7.0, bold=True)
        sc.centred("已存入零钱", size=3.0, fill=(120, 120, 120))
        sc.y += mm(4)
        sc.rule()
        rows = [("当前状态", "已收款"), ("转账说明", f"{c.number}执行款"), ("转账时间", stamp), ("收款时间", stamp),
                ("支付方式", "企业付款到零钱"), ("交易单号", f"1000050{rng.randint(10**18, 10**19 - 1)}")]
        footer = "微信支付"
    elif app == "alipay":
        sc = screen("账单详情", rng, bar=(255, 255, 255))
        sc.y += mm(6)
        sc.centred(f"{r.name}", size=3.4)
        sc.centred(f"+{c.amount:,.2f}", size=7.0, bold=True)
        sc.centred("交易成功", size=3.0, fill=(120, 120, 120))
        sc.y += mm(4)
        sc.rule()
        rows = [("付款方", r.name), ("收款方式", "转账到支付宝账户"), ("转账备注", f"五华法院{c.number}和解款"),
                ("创建时间", stamp), ("订单号", f"2024{rng.randint(10**20, 10**21 - 1)}")]
        footer = "支付宝"
    else:
        sc = screen("交易详情", rng, bar=(196, 24, 36), title_fill=(255, 255, 255), dark_status=False)
        sc.y += mm(6)
        sc.centred("收入", size=3.2, fill=(120, 120, 120))
        sc.centred(f"+{c.amount:,.2f}", size=6.6, bold=True, fill=(196, 24, 36))
        sc.centred("交易成功", size=3.0, fill=(60, 150, 60))
        sc.y += mm(4)
        sc.rule()
        account = str(c.extra.get("account", "6217 **** **** 3816")).replace(" ", "")
        rows = [("收款账户", f"{account[:4]} **** **** {account[-4:]}"), ("收款人", a.name), ("付款户名", r.name),
                ("付款账号", f"2000{rng.randint(10**11, 10**12 - 1)}"), ("付款银行", "富滇银行昆明五华支行"),
                ("交易时间", stamp), ("交易类型", "跨行转入"), ("附言", f"{c.number}和解款"),
                ("流水号", f"FD{rng.randint(10**15, 10**16 - 1)}")]
        footer = "富滇银行手机银行"
    for label, value in rows:
        sc.row(label, value)
    sc.y = sc.y0 + sc.h - mm(14)
    sc.centred(footer, size=2.6, fill=(160, 160, 160))
    return sc.sheet


def _service(c: CaseCtx, rng: random.Random, served: list[str]) -> MSheet:
    """Proof of service: a 12368 短信 screenshot, the 电子送达平台's 送达回执 printed from the browser, or a paper
    送达回证 signed at the door (the respondent's office, for papers that must reach it)."""
    to_applicant = set(served) <= TO_APPLICANT
    who = c.applicant.name if to_applicant else c.respondent.name
    phone = c.applicant.phone if to_applicant else f"1{rng.choice([3, 5, 8])}{rng.randint(100000000, 999999999)}"
    sent = c.day(4) if to_applicant or "enforcement_notice" in served else c.closed_on - timedelta(days=rng.randint(1, 3))
    if "summons" in served or "consumption_restriction_order" in served:
        sent = c.day(rng.randint(36, 41))
    kind = rng.choices(["sms", "platform", "paper"], weights=[4, 3, 2] if not to_applicant else [5, 3, 0])[0]
    if kind == "sms":
        return _sms(c, rng, who, phone, served, sent)
    if kind == "platform":
        return _platform(c, rng, who, phone, served, sent)
    return _paper_receipt(c, rng, served, sent)


def _sms(c: CaseCtx, rng: random.Random, who: str, phone: str, served: list[str], sent: date) -> MSheet:
    sc = screen("12368", rng, bar=(247, 247, 247))
    sc.y += mm(2)
    sc.centred(f"短信/彩信　{sent.month}月{sent.day}日 {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", size=2.5,
               fill=(150, 150, 150))
    code = "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6))
    text = (f"【{COURT}】{who}：本院依法向您送达{c.number}案件的{papers_named(served)}，请点击 https://sd.ynfy.gov.cn/"
            f"{code.lower()} 查看文书，查阅码{code}。文书自到达之日起视为送达。承办人{c.officer}，联系电话{c.court.phone}。"
            "【12368诉讼服务】")
    bubble_top = sc.y
    sc.y += mm(3)
    sc.para(text, size=3.1, x=7, width=sc.w - mm(22))
    sc.sheet.draw.rounded_rectangle((sc.x0 + mm(4), bubble_top, sc.x0 + sc.w - mm(11), sc.y + mm(2)), radius=mm(3),
                                    outline=(215, 215, 215), width=2)
    sc.y += mm(8)
    sc.centred(f"发送至 {phone[:3]}****{phone[-4:]}　已送达", size=2.5, fill=(150, 150, 150))
    sc.y = sc.y0 + sc.h - mm(14)
    sc.sheet.draw.rounded_rectangle((sc.x0 + mm(4), sc.y, sc.x0 + sc.w - mm(4), sc.y + mm(8)), radius=mm(4),
                                    outline=(210, 210, 210), width=2)
    sc.sheet.text(sc.x0 + mm(8), sc.y + mm(1.6), "短信", sans(3.0), fill=(170, 170, 170))
    return sc.sheet


def _platform(c: CaseCtx, rng: random.Random, who: str, phone: str, served: list[str], sent: date) -> MSheet:
    """The e-service platform's 送达回执, printed from the clerk's browser (header, address bar, a bordered table)."""
    s = MSheet()
    s.text(mm(12), mm(8), f"{sent:%Y/%m/%d} {rng.randint(9, 17)}:{rng.randint(0, 59):02d}", sans(2.7))
    s.centred(mm(8), "云南法院电子送达平台", sans(2.7))
    s.draw.rectangle((mm(12), mm(16), s.width - mm(12), mm(28)), fill=(18, 84, 160))
    s.text(mm(16), mm(19), "云南法院电子送达平台", hei(5.0), fill=(255, 255, 255))
    s.right(s.width - mm(16), mm(20.5), f"{COURT}　{c.clerk}", sans(3.0), fill=(230, 230, 230))
    s.centred(mm(40), "送 达 回 执", song_bold(7.6))
    start = sent
    read = start + timedelta(days=rng.randint(0, 2))
    rows = [["案号", c.number], ["承办法院", COURT], ["送达文书", papers_named(served)], ["受送达人", who],
            ["送达方式", "电子送达（短信、“云南移动微法院”）"], ["送达号码", f"{phone[:3]}****{phone[-4:]}"],
            ["发送时间", f"{start:%Y-%m-%d} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"],
            ["送达状态", "送达成功（已送达）"],
            ["查阅时间", f"{read:%Y-%m-%d} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
             if rng.random() < 0.7 else "未查阅（到达即视为送达）"],
            ["送达人", f"{c.clerk}"]]
    end = table(s, mm(18), mm(56), [mm(40), mm(134)], rows, sans(3.5), row_h=mm(12), width=1, fill=(120, 120, 120))
    s.text(mm(18), end + mm(8), "说明：受送达人同意电子送达，送达信息到达受送达人特定系统的日期为送达日期。", sans(3.2))
    seal(s, s.width - mm(52), end + mm(32), COURT, rng, radius=mm(18), inner="电子送达专用章")
    s.text(mm(12), s.height - mm(9), "https://sd.ynfy.gov.cn/sdpt/receipt/print", sans(2.6))
    s.right(s.width - mm(12), s.height - mm(9), "1/1", sans(2.6))
    return s


def _paper_receipt(c: CaseCtx, rng: random.Random, served: list[str], sent: date) -> MSheet:
    r = c.respondent
    s = MSheet()
    s.centred(mm(24), COURT, song(5.0), spacing=mm(0.6))
    s.centred(mm(36), "送 达 回 证", song_bold(8.0))
    rows = [["案　　号", c.number], ["案　　由", f"{_m().cause(c)}（执行）"], ["送达文书名称及件数", f"{papers_named(served)}　各一份"],
            ["受送达人", r.name], ["送达地点", r.address], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""],
            ["送达人", f"{c.officer}、{c.clerk}"], ["备　　考", ""]]
    y0 = mm(52)
    heights = [mm(14), mm(14), mm(20), mm(14), mm(20), mm(30), mm(22), mm(14), mm(22)]
    table(s, mm(24), y0, [mm(50), mm(112)], rows, ming(4.2), row_h=heights, width=2)
    sig_y = y0 + sum(heights[:5]) + mm(6)
    clerk = person_name(rng)
    signature(s, mm(84), sig_y, clerk, rng, ink=(20, 20, 20))
    hand(s, mm(130), sig_y + mm(10), f"{sent.year}.{sent.month}.{sent.day}", rng, size=mm(4.6), ink=(20, 20, 20))
    seal(s, mm(150), sig_y + mm(6), r.name, rng, radius=mm(16))
    hand(s, mm(84), y0 + sum(heights[:6]) + mm(6), f"公司行政人员{clerk}代收", rng, size=mm(4.6), ink=(20, 20, 20))
    s.text(mm(26), mm(256), "注：受送达人拒收的，送达人应在备考栏注明情况，邀请见证人签名。", song(3.4))
    return s


__all__ = ["BANKS", "CODES", "FIRMS", "NAMES", "papers_named", "render"]
