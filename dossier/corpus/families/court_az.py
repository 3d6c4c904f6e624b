"""The family court_az (浙江宁波北仑, held out: drawn without looking at the page reader): a port district court
behind the 宁波舟山港 container terminals. A mould maker enforces a 宁波中院 二审 judgment against a die-casting
company and is paid from its frozen deposit; a freight forwarder enforces a 宁波仲裁委员会 award for 海运费 and
港杂费 against a 保税区 importer, settles, is paid and the file is archived; an auto-parts worker enforces a 北仑区
劳动人事争议仲裁委员会 wage award, paid in two instalments, filed without a 送达地址确认书. Lawyers file online
(PDFs from Word/WPS with a watermark and electronic seals, 微法院 screenshots); the court's papers and the parties'
paper copies go through the window's duplex ADF."""

from __future__ import annotations

import random
from datetime import timedelta
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
from dossier.corpus.draw import Sheet, hand, mm, seal, table
from dossier.corpus.families.court_az_kit import (
    A4H,
    A4W,
    COURT,
    SHORT,
    card,
    court_doc,
    mark,
    note,
    phone,
)
from dossier.corpus.families.court_az_papers import PAPERS, render_paper
from dossier.corpus.fonts import font

MOULD_SEQ, FORWARDER_SEQ, WORKER_SEQ = 18217, 18406, 18733
OWN = frozenset({"acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order",
                 "property_declaration_form", "online_inquiry_result", "enforcement_ruling", "assistance_notice",
                 "payment_voucher", "closing_notice", "closing_approval_form", "service_receipt", "dossier_cover",
                 "catalogue", "file_review_form", "remarks_sheet"})
CODES = OWN | PAPERS
NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书", "payment_notice": "缴纳执行费通知书",
         "settlement_agreement": "执行和解协议"}
STREETS = ["新碶街道明州路", "小港街道纬五路", "大碶街道庐山西路", "霞浦街道黄山西路", "柴桥街道河头路", "戚家山街道港城路"]
BANKS = ["宁波银行北仑支行", "中国工商银行宁波北仑支行", "浙江北仑农村商业银行股份有限公司", "中国农业银行宁波保税区支行",
         "宁波鄞州农村商业银行小港支行", "招商银行宁波分行北仑支行"]


def _co(rng: random.Random, head: str, trade: str) -> Party:
    return Party(f"{head}{rng.choice(['甬港', '凯达', '昌盛', '海天', '联拓', '博纳', '赛特', '金戈'])}{trade}有限公司",
                 "organisation", credit_code(rng, "330206"),
                 f"浙江省宁波市北仑区{rng.choice(STREETS)}{rng.randint(8, 388)}号", f"0574-86{rng.randint(100000, 999999)}",
                 legal_rep=person_name(rng))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Move the case to 北仑: its story, its parties and the body whose award or judgment is enforced."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    story = {MOULD_SEQ: "mould", FORWARDER_SEQ: "forwarder", WORKER_SEQ: "worker"}.get(seq, "mould")
    c.extra["story"] = story
    y = c.filed_on.year
    a = c.applicant
    a.address = f"浙江省宁波市北仑区{rng.choice(STREETS)}{rng.randint(1, 200)}弄{rng.randint(1, 30)}号"
    c.firm = rng.choice(["浙江甬港律师事务所", "浙江海泰律师事务所", "浙江北仑明理律师事务所"])
    c.extra["bank"] = rng.choice(BANKS)
    c.extra["account"] = f"{rng.randint(6200, 6299)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    if story == "mould":
        c.respondent = _co(rng, "宁波北仑", "压铸")
        c.basis_court = "浙江省宁波市中级人民法院"
        c.basis_number = f"（{y - 1}）浙02民终{rng.randint(2000, 6999)}号"
        c.extra["first"] = f"（{y - 2}）浙0206民初{rng.randint(3000, 9999)}号"
        c.amount = Decimal(rng.randint(18_000_000, 46_000_000)) / 100
        c.extra["trade"] = "模具"
    elif story == "forwarder":
        c.applicant = _co(rng, "宁波", "国际货运代理")
        c.respondent = _co(rng, "宁波保税区", "进出口")
        c.respondent.address = f"浙江省宁波市北仑区宁波保税区{rng.choice(['国际发展大厦', '港东大道', '东盛路'])}{rng.randint(2, 60)}号"
        c.basis_court = "宁波仲裁委员会"
        c.basis_number = f"（{y - 1}）甬仲裁字第{rng.randint(100, 1500)}号"
        c.amount = Decimal(rng.randint(9_000_000, 38_000_000)) / 100
    else:
        born = a.born
        a.id_number = id_number(rng, rng.choice(["341222", "511623", "522427"]), born)
        a.address = f"浙江省宁波市北仑区大碶街道{rng.choice(['横河村', '共同村', '九峰山路'])}{rng.randint(5, 120)}号"
        c.respondent = _co(rng, "宁波北仑", "汽车零部件")
        c.basis_court = "宁波市北仑区劳动人事争议仲裁委员会"
        c.basis_number = f"仑劳人仲案字〔{y - 1}〕第{rng.randint(300, 1800)}号"
        c.amount = Decimal(rng.randint(3_600_000, 8_900_000)) / 100
        c.firm = "浙江北仑明理律师事务所"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 120))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in OWN:
        return _own(code, c, rng, served)
    return render_paper(code, c, rng, served)


def _sign(c: CaseCtx) -> list[str]:
    return [f"执行员  {c.officer}", f"书记员  {c.clerk}"]


def fee(c: CaseCtx) -> Decimal:
    """执行申请费 under 诉讼费用交纳办法 art. 14(1): 50 yuan up to 10,000, 1.5 % to 500,000, 1 % beyond."""
    a = c.amount
    if a <= 10000:
        return Decimal(50)
    if a <= 500000:
        return (Decimal(50) + (a - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))
    return (Decimal(7400) + (a - 500000) * Decimal("0.01")).quantize(Decimal("0.01"))


def _basis(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{'仲裁裁决书' if c.basis_kind == 'arbitration' else '民事判决书'}"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "acceptance_notice":
        return court_doc(c, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）于{num_date(c.filed_on)}通过浙江移动微法院在线提交的执行申请，申请执行{r.name}"
                  f"履行{_basis(c)}确定的义务，经审查，符合法定受理条件，本院已立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，联系电话{c.court.phone}。请你（单位）在收到本通知后，及时关注“浙江移动微法院”"
                  "中的案件进展，发现被执行人财产线索的，可随时在线提交。"),
            ("p", "本院对执行案款实行“一案一账号”管理，被执行人及其他协助单位应将案款汇入本院发出的专用账号，"
                  "不得支付给承办人员个人。"),
        ], _sign(c)[1:], rng, dated=cn_date(c.filed_on))
    if code == "payment_notice":
        return court_doc(c, "缴纳执行费通知书", [
            ("f", f"{r.name}："),
            ("p", f"本院受理的{a.name}申请执行你单位一案，执行标的{money(c.amount)}。依照《诉讼费用交纳办法》第十四条第（一）项、"
                  f"第二十条第二款的规定，申请执行费{money(fee(c))}由被执行人负担，在执行中一并收取。"),
            ("p", "请于收到本通知之日起七日内，通过本通知所附缴费二维码或浙江政务服务网“法院诉讼费缴纳”栏目缴纳，逾期未缴的，"
                  "本院将依法从执行款中直接扣收。"),
        ], _sign(c)[:1], rng)
    if code == "enforcement_notice":
        return court_doc(c, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}与你单位{'合同' if c.extra['story'] != 'worker' else '劳动争议'}纠纷一案，{_basis(c)}已经发生法律效力。"
                  f"申请执行人{a.name}于{num_date(c.filed_on)}向本院申请强制执行，本院依法立案。依照《中华人民共和国民事诉讼法》"
                  "第二百五十一条、第二百六十四条的规定，责令你单位自收到本通知之日起立即履行下列义务："),
            ("p", f"一、支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{fee(c):,.2f}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可将你单位纳入失信被执行人名单，对法定代表人采取限制消费措施。"),
        ], _sign(c), rng)
    if code == "property_report_order":
        return court_doc(c, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行的{a.name}申请执行你单位一案，因你单位未按执行通知履行法律文书确定的义务，依照《中华人民共和国民事诉讼法》"
                  "第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》第三条至第十条的规定，责令你单位在收到本令后五日内，"
                  "如实向本院报告当前以及收到执行通知之日前一年的财产情况，填写所附《财产申报表》。"),
            ("p", "应当报告的财产包括：存款、现金、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、产品、原材料等动产；"
                  "债权、股权、投资权益、基金份额、信托受益权；知识产权等财产性权利；其他应当报告的财产。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], _sign(c), rng)
    if code == "property_declaration_form":
        return [_declaration(c, rng)]
    if code == "online_inquiry_result":
        return [_inquiry(c, rng)]
    if code == "enforcement_ruling":
        frozen = min(c.amount + fee(c), c.amount * Decimal("1.05")).quantize(Decimal("0.01"))
        return court_doc(c, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{a.name}与{r.name}纠纷一案中，{_basis(c)}已经发生法律效力。因被执行人未履行生效法律文书确定的义务，"
                  "依照《中华人民共和国民事诉讼法》第二百五十三条、第一百五十七条第一款第十一项的规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}在{c.extra['bank']}等金融机构的存款{money(frozen)}，或者查封、扣押其相应价值的财产。"),
            ("p", "本裁定立即执行。"),
        ], _sign(c), rng)
    if code == "assistance_notice":
        return court_doc(c, "协助执行通知书", [
            ("f", f"{c.extra['bank']}："),
            ("p", f"关于{a.name}申请执行{r.name}一案，本院（{c.number[1:5]}）执行裁定书已经发生法律效力。依照《中华人民共和国民事诉讼法》"
                  "第二百五十三条的规定，请协助执行下列事项："),
            ("p", f"划拨被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立账户内的存款{money(c.amount)}至本院执行款专户。"),
            ("p", "户名：宁波市北仑区人民法院；开户行：宁波银行北仑支行；账号：以本院“一案一账号”系统生成为准。"),
        ], ["经办人  " + c.officer, "联系电话  " + c.court.phone], rng, kept="附：执行裁定书一份")
    if code == "payment_voucher":
        return [_voucher(c, rng)]
    if code == "closing_notice":
        return court_doc(c, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}一案，执行标的{money(c.amount)}，被执行人已全部履行完毕，执行案款已于"
                  f"{num_date(c.closed_on - timedelta(days=3))}发放至你（单位）确认的账户。依照《最高人民法院关于执行案件立案、"
                  "结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], _sign(c)[1:], rng, dated=cn_date(c.closed_on))
    if code == "closing_approval_form":
        return [_approval(c, rng)]
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return [_archive(code, c, rng)]


def _form(title: str, c: CaseCtx, *, top: float = mm(26)) -> tuple[Sheet, float]:
    s = mark(Sheet(), "scan")
    s.centred(top, SHORT, font("hei", 50), spacing=4)
    s.centred(top + 80, title, font("hei", 64), spacing=14)
    s.text(mm(22), top + 180, f"案号：{c.number}", font("serif", 38))
    return s, top + 250


def _declaration(c: CaseCtx, rng: random.Random) -> Sheet:
    s, y = _form("财产申报表", c)
    r = c.respondent
    f = font("serif", 36)
    w = A4W - mm(44)
    rows = [["申报人", r.name, "法定代表人", r.legal_rep], ["统一社会信用代码", r.id_number, "联系电话", r.phone],
            ["银行存款", "", "", ""], ["不动产", "", "", ""], ["车辆、船舶", "", "", ""], ["机器设备及存货", "", "", ""],
            ["应收账款及其他债权", "", "", ""], ["股权、投资", "", "", ""], ["近一年内财产变动", "", "", ""]]
    cols = [w * 0.24, w * 0.34, w * 0.18, w * 0.24]
    bottom = table(s, mm(22), y, cols, rows, f, row_h=[100, 100, 200, 160, 160, 200, 200, 140, 160], centre_first=True)
    bank = c.extra["bank"]
    fills = [f"{bank}基本户，余额约{rng.randint(2, 40)}万元", "无（厂房系向小港工业社区租赁）",
             f"浙B{rng.choice('ABCDEFG')}{rng.randint(1000, 9999)}货车一辆", "压铸机两台、模温机若干（已抵押）",
             "对下游客户应收货款约" + str(rng.randint(10, 90)) + "万元", "无", "无"]
    yy = y + 200 + 20
    for text, h in zip(fills, [200, 160, 160, 200, 200, 140, 160], strict=True):
        hand(s, mm(22) + cols[0] + 16, yy + 20, text[:24], rng, size=38)
        yy += h
    s.text(mm(22), bottom + 40, "申报人承诺：以上申报内容真实、完整，如有隐瞒，愿承担法律责任。", font("serif", 36))
    s.text(mm(22), bottom + 130, "申报人（盖章）：", font("serif", 36))
    seal(s, mm(110), bottom + 150, r.name, rng)
    hand(s, A4W - mm(80), bottom + 210, num_date(c.day(rng.randint(8, 14))), rng, size=40)
    return s


def _inquiry(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 执行查控系统's 总对总 feedback printed from the case system: landscape-ish dense table on A4."""
    s = mark(Sheet(), "scan")
    f = font("sans", 30)
    s.centred(mm(18), "网络执行查控系统  查询结果反馈（总对总）", font("sans_bold", 44))
    s.text(mm(14), mm(18) + 80, f"案号：{c.number}   被查询人：{c.respondent.name}   证照号码：{c.respondent.id_number}", f)
    s.text(mm(14), mm(18) + 124, f"查询发起：{num_date(c.day(2))}  承办人：{c.officer}  打印人：{c.clerk}", f)
    w = A4W - mm(28)
    rows: list[list[str]] = [["序号", "协助单位", "财产类型", "账号/权证号", "余额/数量", "反馈日期"]]
    units = [(c.extra["bank"], "存款"), ("中国建设银行宁波北仑支行", "存款"), ("交通银行宁波分行", "存款"),
             ("中国银行宁波保税区分行", "存款"), ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"),
             ("市场监管总局", "股权"), ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金")]
    for i, (u, kind) in enumerate(units, 1):
        hit = i == 1 or (kind == "车辆" and rng.random() < 0.6)
        amount = f"{rng.randint(20_000, 900_000) / 100:,.2f}" if kind == "存款" and hit else ("1辆" if hit else "未查询到")
        acct = (f"{rng.randint(10**11, 10**12 - 1)}" if kind == "存款" and hit else
                (f"浙B{rng.randint(10000, 99999)}" if hit else "—"))
        rows.append([str(i), u, kind, acct, amount, num_date(c.day(rng.randint(3, 6)))])
    table(s, mm(14), mm(18) + 190, [w * 0.07, w * 0.31, w * 0.12, w * 0.2, w * 0.14, w * 0.16], rows, f, row_h=86,
          width=1, pad=8)
    s.text(mm(14), A4H - mm(24), "本结果仅供执行办案使用，不得对外提供。   第1页 共1页", font("sans", 28))
    return s


def _voucher(c: CaseCtx, rng: random.Random) -> Sheet:
    s, y = _form("执行案款发放审批表", c)
    f = font("serif", 36)
    w = A4W - mm(44)
    paid = c.closed_on - timedelta(days=3)
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["到账情况", f"{num_date(c.day(rng.randint(20, 40)))}到账{c.amount + fee(c):,.2f}元（含执行费）"],
            ["发放金额", money(c.amount)], ["收款户名", c.applicant.name],
            ["收款账号", f"{c.extra['bank']}  {c.extra['account']}"], ["承办人意见", ""], ["庭（局）长意见", ""],
            ["财务发放", f"已于{num_date(paid)}通过国库集中支付发放  流水号{rng.randint(10**13, 10**14 - 1)}"]]
    bottom = table(s, mm(22), y, [w * 0.25, w * 0.75], rows, f, row_h=[96, 96, 120, 120, 96, 120, 170, 170, 140],
                   centre_first=True)
    hand(s, mm(22) + w * 0.27, y + 744, f"同意发放。{c.officer}", rng, size=40)
    hand(s, mm(22) + w * 0.27, y + 914, f"同意 {person_name(rng)} {paid.month}.{paid.day}", rng, size=40)
    seal(s, A4W - mm(60), bottom - 60, "宁波市北仑区人民法院财务专用章", rng, radius=mm(17))
    return s


def _approval(c: CaseCtx, rng: random.Random) -> Sheet:
    s, y = _form("执行案件结案审批表", c)
    f = font("serif", 34)
    w = A4W - mm(44)
    rows = [["立案日期", num_date(c.filed_on), "结案日期", num_date(c.closed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", _basis(c)], ["执行标的", money(c.amount)],
            ["结案方式", "执行完毕（到位金额" + f"{c.amount:,.2f}元）"],
            ["执行经过", ""], ["承办人意见", ""], ["合议庭/局长意见", ""]]
    table(s, mm(22), y, [w * 0.2, w * 0.3, w * 0.18, w * 0.32], rows, f,
          row_h=[96, 110, 140, 110, 110, 420, 190, 190], centre_first=True)
    flow_y = y + 96 + 110 + 140 + 110 + 110 + 24
    story = {"mould": "立案后网络查控发现被执行人银行存款，裁定冻结并划拨，案款足额到位。",
             "forwarder": "立案后冻结被执行人账户，双方达成执行和解，被执行人按和解协议付清款项。",
             "worker": "立案后约谈被执行人，被执行人分两期支付工资款，已全部履行。"}[str(c.extra["story"])]
    from dossier.corpus.draw import wrap

    for k, part in enumerate(wrap(story, f, w * 0.78)):
        s.text(mm(22) + w * 0.2 + 14, flow_y + k * 50, part, f)
    hand(s, mm(22) + w * 0.22, y + 986 + 40, f"拟以执行完毕结案。{c.officer}", rng, size=40)
    hand(s, mm(22) + w * 0.22, y + 1176 + 40, f"同意。{person_name(rng)}", rng, size=40)
    return s


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = "、".join(NAMES.get(x, x) for x in served)
    if "acceptance_notice" in served or "enforcement_ruling" in served:  # served online: the 电子送达 record
        return [_e_service(c, rng, served, names)]
    s, y = _form("送 达 回 证", c)
    f = font("serif", 38)
    w = A4W - mm(44)
    r = c.respondent
    rows = [["送达文书名称及件数", f"{names}各一份"], ["受送达人", r.name], ["送达地址", r.address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备注", "直接送达"]]
    table(s, mm(22), y, [w * 0.3, w * 0.7], rows, f, row_h=[150, 110, 130, 260, 150, 130, 110], centre_first=True)
    got = c.day(rng.randint(5, 9))
    hand(s, mm(22) + w * 0.36, y + 390 + 60, f"{r.legal_rep} 代收  {got.month}月{got.day}日", rng, size=44)
    seal(s, mm(22) + w * 0.8, y + 390 + 130, r.name, rng, radius=mm(17))
    hand(s, mm(22) + w * 0.36, y + 800 + 36, f"{c.officer}  {c.clerk}", rng, size=40)
    s.text(mm(22), y + 1100, "注：被执行人拒绝签收的，送达人应在备注栏注明并拍照留存。", font("serif", 32))
    return [s]


def _e_service(c: CaseCtx, rng: random.Random, served: list[str], names: str) -> Sheet:
    """The 电子送达 record on 浙江移动微法院, screenshotted by the clerk: a receipt card, or the delivery timeline."""
    to = c.applicant if "acceptance_notice" in served else c.respondent
    number = to.phone if to.kind == "person" else f"13{rng.randint(100000000, 999999999)}"
    masked = f"{number[:3]}****{number[-4:]}"
    when = c.filed_on if "acceptance_notice" in served else c.day(rng.randint(16, 24))
    sent = f"{when:%Y-%m-%d} 09:{rng.randint(10, 59):02d}"
    signed = f"{when:%Y-%m-%d} 1{rng.randint(0, 8)}:{rng.randint(10, 59):02d}"
    if rng.random() < 0.5:
        s, y = phone(rng, "电子送达")
        y = card(s, y + 10, [("案号", c.number), ("送达文书", names), ("受送达人", to.name),
                             ("送达方式", "浙江移动微法院 / 短信"), ("送达号码", masked)], title="电子送达回证")
        y = card(s, y, [("发送时间", sent), ("送达状态", "已送达（受送达人已签收）"), ("签收时间", signed),
                        ("送达人", c.clerk)], title="送达记录")
        note(s, y + 10, "依据《人民法院在线诉讼规则》第三十条，电子送达与其他方式送达具有同等法律效力。")
        return s
    s, y = phone(rng, "送达详情")
    s.draw.rectangle((0, y, s.width, y + 230), fill=(24, 110, 230))
    s.text(70, y + 40, names, font("sans_bold", 52), fill=(255, 255, 255))
    s.text(70, y + 130, f"{c.number}  电子送达回证", font("sans", 38), fill=(225, 235, 255))
    y = card(s, y + 260, [("受送达人", to.name), ("手机号码", masked), ("送达法院", COURT)])
    steps = [("文书已生成", f"{when:%Y-%m-%d} 08:{rng.randint(10, 59):02d}"), ("短信已发送", sent),
             ("受送达人已查阅", signed), ("已签收，送达完成", signed)]
    for k, (what, at) in enumerate(steps):
        yy = y + 40 + k * 170
        s.draw.ellipse((80, yy + 8, 112, yy + 40), fill=(24, 110, 230) if k == len(steps) - 1 else (170, 180, 195))
        if k:
            s.line(96, yy - 130, 96, yy + 8, width=4, fill=(200, 205, 215))
        s.text(150, yy, what, font("sans_bold", 42))
        s.text(150, yy + 62, at, font("sans", 36), fill=(120, 120, 125))
    note(s, y + 40 + len(steps) * 170, f"送达人：{c.clerk}    本记录由浙江移动微法院电子送达平台生成")
    return s


def _archive(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    s = mark(Sheet(), "scan")
    if code == "dossier_cover":
        s.centred(mm(40), COURT, font("serif_bold", 64), spacing=8)
        s.centred(mm(62), "执 行 卷 宗", font("serif_bold", 110), spacing=30)
        f = font("serif", 44)
        w = A4W - mm(60)
        rows = [["案号", c.number], ["案由", "申请执行仲裁裁决" if c.basis_kind == "arbitration" else "申请执行民事判决"],
                ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["承办人", c.officer],
                ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"],
                ["归档日期", num_date(c.closed_on + timedelta(days=26))], ["保管期限", "长期"], ["全宗号 / 目录号", "J072 / 2024"]]
        table(s, mm(30), mm(100), [w * 0.3, w * 0.7], rows, f, row_h=118, centre_first=True, width=3)
        s.centred(A4H - mm(30), "本卷共  件   页", font("serif", 40))
        return s
    if code == "catalogue":
        s.centred(mm(22), "卷 内 目 录", font("hei", 66), spacing=16)
        s.text(mm(20), mm(22) + 110, f"{c.number}", font("serif", 36))
        items = ["执行申请书及立案材料", "执行依据", "生效证明书", "当事人身份证明", "授权委托书、所函、执业证", "受理案件通知书",
                 "执行通知书、报告财产令", "财产申报表", "网络查控结果", "执行裁定书、协助执行通知书", "执行和解协议",
                 "执行案款发放审批表", "结案通知书", "结案审批表", "收取案款确认书、送达地址确认书", "送达回证", "卷宗复核表"]
        rows = [["序号", "文件名称", "日期", "页号"]]
        page = 1
        for i, it in enumerate(items, 1):
            n = rng.randint(1, 3)
            rows.append([str(i), it, num_date(c.day(min(i * 4, 70))), f"{page}-{page + n - 1}" if n > 1 else str(page)])
            page += n
        w = A4W - mm(40)
        table(s, mm(20), mm(22) + 170, [w * 0.1, w * 0.5, w * 0.24, w * 0.16], rows, font("serif", 34), row_h=96,
              centre_first=True)
        return s
    if code == "file_review_form":
        s.centred(mm(24), SHORT, font("hei", 48))
        s.centred(mm(24) + 80, "执行卷宗归档复核表", font("hei", 62), spacing=8)
        f = font("serif", 36)
        w = A4W - mm(44)
        checks = ["立案材料齐全（申请书、依据、身份证明、委托手续）", "执行通知书、报告财产令已送达并附回证", "网络查控已发起并附反馈",
                  "执行裁定、协助执行文书齐全", "案款发放手续完备", "结案审批表已签批", "文书无“空白”项，页码连续"]
        rows = [["复核项目", "结果"], *[[t, ""] for t in checks], ["承办人", ""], ["书记员", ""], ["档案管理员", ""]]
        top = mm(24) + 200
        table(s, mm(22), top, [w * 0.78, w * 0.22], rows, f, row_h=112)
        for k in range(len(checks)):
            hand(s, mm(22) + w * 0.84, top + 112 * (k + 1) + 30, "是" if rng.random() < 0.6 else "符合", rng, size=40)
        hand(s, mm(22) + w * 0.8, top + 112 * 8 + 30, c.officer, rng, size=40)
        hand(s, mm(22) + w * 0.8, top + 112 * 9 + 30, c.clerk, rng, size=40)
        return s
    s.centred(mm(30), "备 考 表", font("hei", 70), spacing=20)
    s.text(mm(24), mm(30) + 130, f"案号：{c.number}", font("serif", 38))
    s.box(mm(24), mm(30) + 200, A4W - mm(24), A4H - mm(40), width=3)
    s.text(mm(32), mm(30) + 240, "本卷情况说明：", font("serif", 40))
    hand(s, mm(40), mm(30) + 330, f"本卷宗共计文件{rng.randint(24, 34)}件，电子卷宗随案同步生成，", rng, size=42)
    hand(s, mm(40), mm(30) + 410, "纸质材料与电子卷宗核对一致。", rng, size=42)
    s.text(A4W - mm(110), A4H - mm(90), "立卷人：", font("serif", 38))
    hand(s, A4W - mm(80), A4H - mm(92), c.clerk, rng, size=42)
    s.text(A4W - mm(110), A4H - mm(70), "检查人：", font("serif", 38))
    hand(s, A4W - mm(80), A4H - mm(72), c.officer, rng, size=42)
    s.text(A4W - mm(110), A4H - mm(50), "立卷时间：" + num_date(c.closed_on + timedelta(days=20)), font("serif", 38))
    return s
