"""court_be (甘肃省兰州市城关区人民法院, held out): the old-town district court of 兰州 — 牛肉面 shops and their brand
companies, 张掖路 and 东方红广场 shop fronts, the 餐饮 suppliers of the 雁滩 markets. The bureau prints its papers
from the case system's templates (court_be_kit) and scans them on its ADF; what parties and lawyers send comes in
through 网上立案 and 移动微法院 as phone pictures run through a scanning app or as downscaled PDFs
(court_be_papers, court_be_capture)."""

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
from dossier.corpus.draw import Sheet, hand, mm, seal, signature, table
from dossier.corpus.families.court_be_kit import (
    ARB,
    BANKS,
    COURT,
    FIRMS,
    JIEDAO,
    MID,
    STREETS,
    L,
    R,
    body_font,
    court_head,
    court_paper,
    sheet,
)
from dossier.corpus.families.court_be_papers import RECEIVED, basis_name, render_paper, story, who
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "online_inquiry_result", "enforcement_ruling", "assistance_notice", "closing_notice", "closing_approval_form",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
BEEF_SEQ, LEASE_SEQ, WAGE_SEQ = 27114, 27362, 27685
LAW = "《中华人民共和国民事诉讼法》"
NAMES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "缴款通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书",
    "assistance_notice": "协助执行通知书", "settlement_agreement": "执行和解协议",
}


def _org(rng: random.Random, name: str, addr: str) -> Party:
    return Party(name, "organisation", credit_code(rng, "620102"), addr, f"0931-{rng.randint(8100000, 8899999)}",
                 legal_rep=person_name(rng))


def _person(rng: random.Random, addr: str) -> Party:
    p = Party(person_name(rng), "person", "", addr, f"1{rng.choice([39, 51, 89, 77])}{rng.randint(10**7, 10**8 - 1)}0",
              sex=rng.choice("男女"))
    born = date(rng.randint(1966, 1996), rng.randint(1, 12), rng.randint(1, 28))
    p.born, p.id_number = born, id_number(rng, rng.choice(["620102", "620103", "620105", "620121", "622421"]), born)
    return p


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """兰州城关 parties. BEEF_SEQ: a 牛肉面 brand company's 兰州仲裁委员会 award for unpaid 加盟费 against a
    franchisee; LEASE_SEQ: a 张掖路 shop owner's rent judgment, upheld on appeal by 兰州中院, settled in
    instalments; WAGE_SEQ: a delivery cook's 劳动争议 调解书 of this court against a 餐饮 supplier."""
    year = c.filed_on.year - 1
    road = lambda: f"兰州市城关区{rng.choice(STREETS)}{rng.randint(2, 688)}号"  # noqa: E731
    c.firm = rng.choice(FIRMS)
    c.extra["firm_addr"] = f"兰州市城关区{rng.choice(['东岗西路', '南昌路', '庆阳路'])}{rng.randint(10, 600)}号" \
        f"{rng.choice(['盛达金融大厦', '国芳写字楼', '红楼时代广场'])}{rng.randint(8, 31)}层"
    c.extra["lic_no"] = f"1620{rng.choice([1, 2])}{rng.randint(2008, 2019)}1{rng.randint(1000000, 9999999)}"
    c.extra["acct_bank"] = rng.choice(BANKS)
    c.extra["acct"] = f"6224{rng.randint(10**11, 10**12 - 1)}"
    c.extra["resp_bank"] = rng.choice([b for b in BANKS if b != c.extra["acct_bank"]])
    c.extra["resp_acct"] = f"{rng.choice(['1010', '6000', '4403'])}{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee_no"] = f"{rng.randint(10**9, 10**10 - 1)}"
    c.extra["trial_judge"] = person_name(rng)
    c.extra["pay_day"] = rng.randint(38, 58)
    c.judge = c.officer
    seq = int(c.number.split("执")[-1].rstrip("号"))
    if seq == LEASE_SEQ:
        c.extra["story"] = "lease"
        c.amount = Decimal(rng.randint(12000000, 46000000)) / 100
        c.applicant = _person(rng, road())
        c.respondent = _org(rng, f"兰州{rng.choice(['陇上食府', '河州人家', '金城老街', '西关十字'])}餐饮管理有限公司",
                            road())
        c.extra["shop"] = f"兰州市城关区张掖路{rng.randint(60, 260)}号{rng.choice(['一层', '一、二层'])}商铺"
        c.extra["first_number"] = f"（{year - 1}）{c.court.code}民初{rng.randint(3000, 12999)}号"
        c.basis_kind, c.basis_court = "judgment", MID
        c.basis_number = f"（{year}）甘01民终{rng.randint(1000, 6999)}号"
        c.extra["plate"] = f"甘A{rng.choice('BCDFHK')}{rng.randint(1000, 9999)}"
        c.extra["cause"] = "房屋租赁合同纠纷"
    elif seq == WAGE_SEQ:
        c.extra["story"] = "wage"
        c.amount = Decimal(rng.randint(1800000, 8600000)) / 100
        c.applicant = _person(rng, f"兰州市城关区{rng.choice(JIEDAO)}{rng.choice(['雁园路', '五泉南路', '渭源路'])}"
                              f"{rng.randint(1, 99)}号")
        c.respondent = _org(rng, f"兰州{rng.choice(['雁滩鲜达', '陇原丰禾', '金穗源'])}农副产品配送有限公司",
                            f"兰州市城关区雁滩路{rng.randint(2000, 4999)}号{rng.choice(['高原夏菜批发市场', '雁滩物流园'])}")
        c.basis_kind, c.basis_court = "mediation", COURT
        c.basis_number = f"（{year}）{c.court.code}民初{rng.randint(9000, 19999)}号"
        c.extra["arb_no"] = f"兰城劳人仲案字〔{year}〕{rng.randint(100, 999)}号"
        c.extra["cause"] = "劳动争议"
    else:
        c.extra["story"] = "beef"
        c.amount = Decimal(rng.randint(6000000, 26000000)) / 100
        brand = rng.choice(["金味轩", "兰牛坊", "一清二白", "皋兰记"])
        c.extra["brand"] = brand
        c.applicant = _org(rng, f"兰州{brand}牛肉面餐饮管理有限公司", road())
        c.respondent = _person(rng, f"兰州市七里河区{rng.choice(['西津西路', '敦煌路', '建兰路'])}{rng.randint(1, 400)}号")
        c.extra["store"] = f"“{brand}”牛肉面{rng.choice(['西站', '小西湖', '民主西路', '秀川'])}加盟店"
        c.basis_kind, c.basis_court = "arbitration", ARB
        c.basis_number = f"（{year}）兰仲裁字第{rng.randint(100, 1999)}号"
        c.extra["cause"] = "特许经营合同纠纷"
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=rng.randint(30, 90)))
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.007 + 50)) if c.amount > 10000 else Decimal(50)


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    return [("f", f"申请执行人：{who(c.applicant)}"), ("f", f"被执行人：{who(c.respondent)}")]


def _table_paper(c: CaseCtx, rng: random.Random, title: str, rows: list[list[str]], cols: list[float],
                 heights: list[float], *, note: str = "") -> tuple[Sheet, float]:
    s = sheet("adf")
    y = court_head(s, title, c.number if title not in ("卷 宗 封 面",) else "", spaced=False)
    y = table(s, L, y, cols, rows, font("song_gb", 36), row_h=heights, width=3)
    if note:
        s.text(L, y + mm(4), note, font("song_gb", 32))
    return s, y


def render_own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    st = story(c)
    app, resp = c.applicant, c.respondent
    amount = money(c.amount)
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("f", f"{app.name}："),
            ("p", f"你（单位）于{num_date(c.filed_on)}通过甘肃法院网上立案平台申请执行{basis_name(c)}一案，经审查，符合"
                  f"法定受理条件，本院决定立案执行。案号为{c.number}。现将有关事项通知如下："),
            ("p", f"一、本案执行法官{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}；案件办理进展可通过"
                  "“移动微法院”小程序或12368诉讼服务热线查询。"),
            ("p", "二、申请执行人应当积极向本院提供被执行人的财产线索；被执行人的财产情况发生变化的，应当及时告知本院。"),
            ("p", "三、申请执行人的联系方式、收取案款的账户如有变更，应当书面告知本院，否则由此产生的后果自行承担。"),
            ("p", "四、执行过程中双方自行和解的，应当将和解协议提交本院。"),
            ("p", "特此通知。"),
        ], day=1)
    if code == "payment_notice":
        s, y = _table_paper(c, rng, "缴 款 通 知 书", [
            ["交款人", app.name, "案号", c.number],
            ["收费项目", "申请执行费", "应缴金额", f"{c.extra['fee']:,.2f}元"],
            ["收款单位", "兰州市城关区人民法院", "开户行", "兰州银行股份有限公司城关支行"],
            ["缴费方式", "扫描甘肃省非税收入缴款码或持本通知书至代收银行网点缴纳"],
            ["缴款码", f"62010224{c.extra['fee_no']}"],
        ], [mm(30), mm(50), mm(26), mm(48)], [mm(16)] * 5,
            note="执行费由被执行人负担，执行中一并扣收；申请人预交的，结案时按实际情况退还。")
        f = body_font()
        s.text(L, y + mm(20), f"{app.name}：", f)
        s.text(L + f.size * 2, y + mm(30), "请于接到本通知之日起七日内缴纳上列费用。", f)
        s.right(R - mm(6), y + mm(56), cn_date(c.day(1)), f)
        seal(s, R - mm(36), y + mm(52), COURT, rng)
        return [s]
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("f", f"{resp.name}："),
            ("p", f"{app.name}与你（单位）{c.extra['cause']}一案，{basis_name(c)}已经发生法律效力。申请执行人{app.name}于"
                  f"{num_date(c.filed_on)}向本院申请执行，本院依法立案。依照{LAW}第二百五十二条、第二百五十三条的"
                  "规定，责令你（单位）自收到本通知之日起立即履行下列义务："),
            ("p", f"1. 支付{amount}；"),
            ("p", "2. 加倍支付迟延履行期间的债务利息；"),
            ("p", f"3. 负担申请执行费{c.extra['fee']:,.2f}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可对你（单位）采取限制消费、纳入失信被执行人名单等措施。"),
        ], day=2, signer=f"执行员  {c.officer}")
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("f", f"{resp.name}："),
            ("p", f"本院受理的{app.name}申请执行{basis_name(c)}一案，你（单位）未按执行通知履行义务。依照{LAW}"
                  "第二百五十二条的规定，责令你（单位）在收到本令后五日内，如实填写《财产申报表》，向本院报告当前"
                  "以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], day=2, signer=f"执行员  {c.officer}")
    if code == "enforcement_ruling":
        if st == "lease":
            op = [("p", f"查封被执行人{resp.name}名下号牌为{c.extra['plate']}的小型普通客车一辆，查封期限为二年。"),
                  ("p", f"冻结、划拨被执行人{resp.name}在{c.extra['resp_bank']}的存款，以{amount}及迟延履行期间的"
                        "债务利息、执行费为限。")]
        else:
            op = [("p", f"冻结、划拨被执行人{resp.name}在{c.extra['resp_bank']}账户（账号{c.extra['resp_acct']}）内的存款"
                        f"{amount}及执行费{c.extra['fee']:,.2f}元。")]
        return court_paper(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"{app.name}与{resp.name}{c.extra['cause']}一案，{basis_name(c)}已经发生法律效力。因被执行人未按执行"
                  f"通知履行义务，依照{LAW}第二百五十三条、第二百五十四条，《最高人民法院关于人民法院民事执行中查封、"
                  "扣押、冻结财产的规定》第一条的规定，裁定如下："),
            *op,
            ("p", "本裁定立即执行。"),
        ], day=rng.randint(12, 20), signer=f"审判长  {c.judge}\n审判员  {person_name(rng)}\n审判员  {person_name(rng)}")
    if code == "assistance_notice":
        target = "兰州市公安局交通警察支队车辆管理所" if st == "lease" and "reply" not in served else \
            str(c.extra["resp_bank"])
        what = (f"查封被执行人{resp.name}名下号牌为{c.extra.get('plate', '')}的机动车，不准办理过户、抵押登记"
                if "车辆管理所" in target else
                f"冻结并划拨被执行人{resp.name}在你行账号{c.extra['resp_acct']}内的存款{amount}")
        sheets = court_paper(c, rng, "协助执行通知书", [
            ("f", f"{target}："),
            ("p", f"本院在执行{app.name}与{resp.name}{c.extra['cause']}一案中，依照{LAW}第二百五十三条的规定，请协助"
                  f"执行下列事项：{what}。划拨款项请汇至兰州市城关区人民法院执行款专户（兰州银行城关支行）。"),
            ("p", f"附：{c.number}执行裁定书一份。"),
            ("f", f"执行人员：{c.officer}、{person_name(rng)}    联系电话：{c.court.phone}"),
        ], day=rng.randint(14, 22))
        return sheets
    if code == "closing_notice":
        how = "双方达成执行和解协议并已履行完毕" if st == "lease" else "本院依法扣划被执行人存款并已发放申请执行人"
        return court_paper(c, rng, "结案通知书", [
            ("f", f"{app.name}："),
            ("p", f"你（单位）申请执行{resp.name}{c.extra['cause']}一案，{how}，{basis_name(c)}确定的义务已全部履行。"
                  "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=(c.closed_on - c.filed_on).days)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "dossier_cover":
        return _cover(c, rng)
    if code == "catalogue":
        return _catalogue(c, rng)
    if code == "file_review_form":
        return _review(c, rng)
    if code == "remarks_sheet":
        return _remarks(c, rng)
    raise KeyError(code)


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bureau's 财产申报表, filled by the respondent in ballpoint at the window."""
    s = sheet("adf")
    y = court_head(s, "财产申报表", c.number, spaced=False)
    resp = c.respondent
    f = font("song_gb", 34)
    rows = [["申报人", "", "身份证号/统一社会信用代码", ""], ["住所", ""], ["银行存款", ""], ["不动产", ""],
            ["车辆", ""], ["股权、投资", ""], ["收入情况", ""], ["一年内财产变动", ""]]
    cols = [mm(36), mm(44), mm(40), mm(34)]
    y1 = table(s, L, y, cols, rows, f, row_h=[mm(16), mm(16), *[mm(22)] * 6], width=3)
    fills = [resp.name, resp.address[:14], f"{c.extra['resp_bank']}，约{rng.randint(2, 80)}千元",
             "无" if resp.kind == "organisation" else "七里河区西津西路住房一套（按揭）",
             f"{c.extra.get('plate', '无')}" if story(c) == "lease" else "无", "无", "门店营业收入，不固定", "无"]
    yy = y
    for k, text in enumerate(fills):
        h = mm(16) if k < 2 else mm(22)
        hand(s, L + cols[0] + mm(4), yy + h / 2 - mm(4), text, rng, size=36)
        if k == 0:
            hand(s, L + sum(cols[:3]) + mm(2), yy + mm(3), (resp.id_number or "见营业执照")[:18], rng, size=24)
        yy += h
    s.text(L, y1 + mm(8), "本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", f)
    s.text(L + mm(70), y1 + mm(26), "申报人（签名/盖章）：", f)
    signature(s, L + mm(122), y1 + mm(23), resp.legal_rep or resp.name, rng)
    hand(s, L + mm(100), y1 + mm(42), num_date(c.day(rng.randint(6, 10))), rng, size=36)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 网络执行查控系统's feedback, printed from the case system (总对总 banks, 车管所, 不动产, 公积金)."""
    s = sheet("adf")
    f = font("sans", 30)
    s.centred(mm(20), "执行查控系统反馈结果清单", font("sans_bold", 50))
    s.text(L - mm(8), mm(36), f"案号：{c.number}    承办人：{c.officer}    打印时间：{num_date(c.day(9))} "
           f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", f)
    s.text(L - mm(8), mm(44), f"被查询人：{c.respondent.name}    证照号码：{c.respondent.id_number}", f)
    bal = Decimal(rng.randint(int(c.amount * 60), int(c.amount * 180))) if story(c) != "lease" else Decimal(
        rng.randint(100, 90000)) / 100
    rows = [["序号", "协助单位", "查询类别", "反馈结果", "反馈日期"],
            ["1", str(c.extra["resp_bank"]), "存款", f"账号{c.extra['resp_acct']} 余额{bal:,.2f}元", num_date(c.day(4))],
            ["2", "兰州农村商业银行", "存款", "未查询到账户", num_date(c.day(4))],
            ["3", "车辆管理所（公安部总对总）", "车辆",
             f"{c.extra['plate']} 小型普通客车 正常" if story(c) == "lease" else "无登记车辆", num_date(c.day(5))],
            ["4", "兰州市不动产登记中心", "不动产", "未查询到不动产登记信息", num_date(c.day(6))],
            ["5", "兰州住房公积金管理中心", "公积金", "未查询到缴存信息" if c.respondent.kind == "organisation"
             else f"个人账户余额{rng.randint(3000, 40000)}.{rng.randint(10, 99)}元", num_date(c.day(7))],
            ["6", "中国证券登记结算有限责任公司", "证券", "无", num_date(c.day(7))],
            ["7", "支付宝（中国）网络技术有限公司", "网络资金", f"余额{rng.randint(0, 900)}.{rng.randint(10, 99)}元",
             num_date(c.day(5))]]
    table(s, L - mm(8), mm(54), [mm(14), mm(50), mm(20), mm(62), mm(26)], rows, font("sans", 27), row_h=mm(15), width=2)
    s.text(L - mm(8), mm(180), "说明：本清单由执行查控系统自动生成，仅供办案参考。", f)
    s.centred(mm(282), "第1页 共1页", font("sans", 24))
    return [s]


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = sheet("adf")
    y = court_head(s, "结案审批表", "", spaced=False)
    how = "执行和解，和解协议已履行完毕" if story(c) == "lease" else "扣划被执行人存款，案款已发放"
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_name(c)],
            ["执行标的", money(c.amount)],
            ["执行情况", how],
            ["结案方式", "执行完毕", "结案日期", num_date(c.closed_on)],
            ["承办人意见", ""], ["执行局负责人意见", ""]]
    cols = [mm(36), mm(52), mm(28), mm(40)]
    y1 = table(s, L - mm(2), y, cols, rows, font("song_gb", 33), row_h=[*[mm(17)] * 3, mm(20), mm(26), mm(17),
                                                                      mm(30), mm(30)], width=3)
    hand(s, L + mm(40), y1 - mm(54), "拟以执行完毕方式结案。", rng, size=38)
    signature(s, L + mm(110), y1 - mm(42), c.officer, rng)
    hand(s, L + mm(40), y1 - mm(24), "同意结案。", rng, size=38)
    signature(s, L + mm(110), y1 - mm(14), person_name(rng), rng)
    return [s]


SERVED_NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书",
                "property_report_order": "报告财产令、财产申报表", "enforcement_ruling": "执行裁定书",
                "closing_notice": "结案通知书", "payment_notice": "缴款通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the applicant's papers by 电子送达 through 移动微法院, the respondent's handed over or by EMS."""
    s = sheet("adf")
    court_head(s, "送 达 回 证", "", spaced=True)
    to_app = served and served[0] in ("acceptance_notice", "closing_notice", "payment_notice")
    who = c.applicant if to_app else c.respondent
    names = "、".join(SERVED_NAMES.get(x, x) for x in served) or "执行通知书"
    day = c.day(1 if to_app else rng.randint(3, 6))
    way = "电子送达（移动微法院）" if to_app else rng.choice(["直接送达", "邮寄送达（EMS）"])
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["送达文书名称及件数", f"{names}各一份"],
            ["受送达人", who.name], ["送达地址", who.address], ["送达方式", way], ["受送达人签收", ""],
            ["代收人及代收理由", ""], ["送达人", ""], ["备注", ""]]
    f = font("song_gb", 36)
    y0 = mm(60)
    cols = [mm(48), mm(110)]
    table(s, L - mm(4), y0, cols, rows, f, row_h=[mm(16), mm(16), mm(22), mm(16), mm(22), mm(16), mm(30), mm(20),
                                                  mm(20), mm(20)], width=3, centre_first=True)
    ys = y0 + mm(16 * 2 + 22 + 16 + 22 + 16)
    if to_app:
        s.text(L + mm(50), ys + mm(6), f"已送达至受送达人确认的手机号码{who.phone}", font("song_gb", 32))
        s.text(L + mm(50), ys + mm(16), f"{num_date(day)} 系统记录已阅", font("song_gb", 32))
    else:
        signature(s, L + mm(60), ys + mm(6), who.legal_rep or who.name, rng)
        hand(s, L + mm(100), ys + mm(18), f"{day.year}.{day.month}.{day.day}", rng, size=34)
    signature(s, L + mm(52), ys + mm(54), f"{c.officer} {c.clerk}", rng, ink=(30, 30, 32))
    s.text(L - mm(4), mm(262), "注：受送达人拒绝签收的，送达人应在备注栏注明情况。", font("song_gb", 30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = sheet("adf", paper=(246, 240, 226))
    s.centred(mm(30), COURT, font("serif_bold", 70), spacing=6)
    s.centred(mm(52), "执 行 案 卷", font("serif_bold", 110), spacing=20)
    f = font("song_gb", 40)
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行标的", money(c.amount)], ["收案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"], ["承办人", c.officer], ["书记员", c.clerk],
            ["归档日期", num_date(c.closed_on + timedelta(days=rng.randint(12, 30)))], ["保管期限", "长期"]]
    table(s, mm(30), mm(80), [mm(40), mm(110)], rows, f, row_h=mm(14.5), width=3, centre_first=True)
    s.text(mm(30), mm(262), "本卷共      页", f)
    hand(s, mm(48), mm(260), str(rng.randint(58, 76)), rng, size=44, ink=(30, 30, 35))
    s.text(mm(118), mm(262), "全宗号  074", f)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = sheet("adf")
    s.centred(mm(22), "卷 内 目 录", font("serif_bold", 66), spacing=10)
    s.text(L - mm(8), mm(38), f"案号：{c.number}", font("song_gb", 34))
    items = ["执行申请书", "裁决书", "裁决书生效证明", "财产线索表", "收费票据", "身份证明材料", "授权委托书、所函、执业证",
             "收取案款确认书", "送达地址确认书", "受理案件通知书", "缴款通知书", "执行通知书", "报告财产令",
             "财产申报表", "网络查控反馈", "执行裁定书", "协助执行通知书", "案款发放凭证", "结案通知书", "结案审批表",
             "送达回证", "卷宗复核表", "备考表"]
    rows = [["序号", "文件名称", "日期", "页号", "备注"]]
    page = 3
    for i, name in enumerate(items, 1):
        n = 2 if name in ("裁决书", "身份证明材料", "授权委托书、所函、执业证", "送达回证") else 1
        rows.append([str(i), name, "", f"{page}" if n == 1 else f"{page}-{page + n - 1}", ""])
        page += n
    table(s, L - mm(8), mm(46), [mm(16), mm(76), mm(30), mm(24), mm(24)], rows, font("song_gb", 31), row_h=mm(9.3),
          width=2, centre_first=True)
    return [s]


def _review(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = sheet("adf")
    y = court_head(s, "执行卷宗归档复核表", "", spaced=False)
    checks = ["立案材料齐全", "法律文书送达手续完备", "财产查控措施有记录", "案款收发手续齐全", "结案方式适当、审批完备",
              "卷内文书排列有序、页码连续", "无应归未归材料"]
    rows = [["案号", c.number], ["承办人", c.officer], *[[f"{i}. {t}", ""] for i, t in enumerate(checks, 1)],
            ["复核意见", ""], ["复核人", ""]]
    y1 = table(s, L, y, [mm(100), mm(54)], rows, font("song_gb", 34), row_h=[*[mm(15)] * 9, mm(30), mm(18)], width=3)
    for i in range(len(checks)):
        hand(s, L + mm(120), y + mm(15) * (i + 2) + mm(2), "✓" if i % 3 else "是", rng, size=40, ink=(30, 30, 35))
    hand(s, L + mm(40), y1 - mm(40), "经复核，符合归档要求。", rng, size=38)
    signature(s, L + mm(60), y1 - mm(15), person_name(rng), rng)
    hand(s, L + mm(110), y1 - mm(14), num_date(c.closed_on + timedelta(days=8)), rng, size=30)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = sheet("adf")
    s.centred(mm(30), "备  考  表", font("serif_bold", 70), spacing=12)
    s.box(L - mm(6), mm(50), R + mm(4), mm(250), width=3)
    s.text(L, mm(56), "本卷情况说明：", font("song_gb", 40))
    text = f"本卷共{rng.randint(58, 76)}页，其中文字材料齐全，照片0张，网上立案材料已打印归卷。"
    for k in range(0, len(text), 18):
        hand(s, L + mm(6), mm(70) + mm(12) * (k // 18), text[k:k + 18], rng, size=42, ink=(35, 35, 40))
    f = font("song_gb", 38)
    s.text(mm(100), mm(200), "立卷人：", f)
    signature(s, mm(130), mm(197), c.clerk, rng)
    s.text(mm(100), mm(216), "检查人：", f)
    signature(s, mm(130), mm(213), c.officer, rng)
    s.text(mm(100), mm(232), "立卷时间：", f)
    hand(s, mm(138), mm(230), num_date(c.closed_on + timedelta(days=10)), rng, size=34)
    return [s]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Every code of the family's dossiers: the bureau's own papers here, the received ones in court_be_papers."""
    if code in OWN:
        return render_own(code, c, rng, served)
    return render_paper(code, c, rng, served)

