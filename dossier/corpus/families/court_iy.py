"""court_iy (重庆市渝北区人民法院, held out): the airport district of 重庆 — the 汽博中心's car dealers on 金开大道, the
logistics yards of 空港, the new towers of 礼嘉 and 悦来, the tile and sanitary-ware stalls of the 回兴 building-materials
market. Its own papers in the bureau's GB 宋 house style (court_iy_kit); what it receives in the senders' styles
(court_iy_papers). The bureau stamps everything: a 收文章 on every paper that comes in, a 发文登记 number and a
barcode label on every paper that goes out (render); its production scanner makes 1-bit pages of them
(court_iy_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, Party, credit_code, id_number, money, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_iy_kit import (
    COURT,
    LABEL_W,
    LEFT,
    RECEIPT_H,
    RECEIPT_W,
    RIGHT,
    STAMP_BLUE,
    STAMP_RED,
    STAMP_VIOLET,
    Flowing,
    PhotoSheet,
    barcode_label,
    checked_stamp,
    court_paper,
    dispatch_stamp,
    folio,
    form_title,
    gb,
    gb_date,
    grid,
    hei,
    pen,
    proof_seal,
    receipt_stamp,
    room,
    song,
)
from dossier.corpus.families.court_iy_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "service_receipt", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet", "termination_this_round_ruling", "resumption_notice", "investigation_record",
})
CODES = OWN | RECEIVED
FREIGHT_SEQ, HOME_SEQ, TILE_SEQ = 14031, 14062, 14087
LAW = "《中华人民共和国民事诉讼法》"
OUTGOING = frozenset({"acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order",
                      "enforcement_ruling", "assistance_notice", "closing_notice", "resumption_notice"})
"""the papers the bureau sends out: each leaves with a 发文登记 number and a barcode label"""
UNSTAMPED = frozenset({"online_inquiry_result"})
"""received papers that never crossed the counter: the 查控 system's printout"""
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 3, "property_declaration_form": 9, "enforcement_ruling": 6, "assistance_notice": 6,
        "resumption_notice": 1, "investigation_record": 13}
CLOSING = {"closing_notice": 3, "closing_approval_form": 1, "file_review_form": -4, "remarks_sheet": -5,
           "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return c.extra["pay_day"] + timedelta(days=int(c.extra["payout_lag"]))
    if code == "termination_this_round_ruling":
        return c.extra["ttr_day"]
    if code == "enforcement_basis":
        return c.extra["judged_on"]
    if code == "effectiveness_certificate":
        return c.extra["certified_on"]
    if code in ("enforcement_application", "resumption_application", "power_of_attorney", "law_firm_letter"):
        return c.filed_on - timedelta(days=int(c.extra["signed_lag"]))
    if code == "enforcement_ruling" and tale(c) == "tile":
        return c.day(12)
    if code == "assistance_notice" and tale(c) == "tile":
        return c.day(12)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """渝北 parties. FREIGHT_SEQ: a 空港 logistics company's award of the 重庆仲裁委员会 for freight charges against a
    汽博中心 car dealer, whose loan proceeds owed by a bank are frozen and paid over; HOME_SEQ: a 悦来 homeowner's
    judgment for late delivery (the 一中院 upheld this court's own) against the developer, whose account is deducted;
    TILE_SEQ: a 回兴 tile trader's old case (终本 in 2022) resumed when the debtor's new car turns up."""
    seq = int(c.number.split("执")[1].lstrip("恢").rstrip("号"))
    c.extra["tale"] = {FREIGHT_SEQ: "freight", HOME_SEQ: "home", TILE_SEQ: "tile"}[seq]
    c.firm = rng.choice(["重庆临空律师事务所", "重庆嘉陵两江律师事务所", "重庆渝北明理律师事务所"])
    c.extra["firm_addr"] = f"重庆市渝北区{rng.choice(['新南路', '龙华大道', '青枫北路'])}{rng.randint(6, 188)}号"
    c.extra["licence"] = f"15001{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["signed_lag"] = rng.randint(1, 4)
    c.extra["serial0"] = rng.randint(1200, 4800)
    c.extra["out0"] = rng.randint(2100, 8800)
    c.extra["window"] = person_name(rng)
    t = tale(c)
    if t == "freight":
        c.applicant = Party(f"重庆{rng.choice(['渝通', '捷运达', '空港联运'])}物流有限公司", "organisation",
                            credit_code(rng, "500112"), f"重庆市渝北区{rng.choice(['空港大道', '保税港大道'])}"
                            f"{rng.randint(100, 999)}号{rng.randint(1, 9)}幢", f"023-6781{rng.randint(1000, 9999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"重庆{rng.choice(['华驰', '星耀', '宝骏通'])}汽车销售服务有限公司", "organisation",
                             credit_code(rng, "500112"), f"重庆市渝北区金开大道{rng.randint(1000, 1699)}号（汽博中心）",
                             f"023-6702{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_court = "重庆仲裁委员会"
        c.basis_number = f"（2023）渝仲字第{rng.randint(1200, 4999)}号"
        c.extra["judged_on"] = c.filed_on - timedelta(days=rng.randint(50, 90))
        c.basis_effective = c.extra["judged_on"]
        c.extra["certified_on"] = c.filed_on - timedelta(days=rng.randint(8, 20))
        c.extra["cause"] = "运输合同纠纷"
        c.extra["loads"] = rng.randint(38, 96)
        c.amount = Decimal(rng.randint(1400, 3900)) * 100 + Decimal(rng.choice([0, 50]))
        c.extra["debtor_bank"] = rng.choice(["重庆银行渝北支行", "重庆农村商业银行渝北支行", "中国光大银行重庆渝北支行"])
        c.extra["third_acct"] = f"0{rng.randint(10**15, 10**16 - 1)}"
    elif t == "home":
        born = date(rng.randint(1978, 1994), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["500112", "500103", "511623"]), born),
                            f"重庆市渝北区{rng.choice(['悦来街道', '礼嘉街道'])}{rng.choice(['悦融路', '金渝大道'])}"
                            f"{rng.randint(10, 99)}号{rng.randint(1, 18)}幢{rng.randint(2, 32)}-{rng.randint(1, 6)}",
                            f"138{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"重庆{rng.choice(['云栖', '临港', '嘉悦'])}置业有限公司", "organisation",
                             credit_code(rng, "500112"), f"重庆市渝北区{rng.choice(['礼嘉街道', '悦来街道'])}"
                             f"{rng.choice(['博乐路', '悦港北路'])}{rng.randint(1, 80)}号", f"023-6745{rng.randint(1000, 9999)}",
                             legal_rep=person_name(rng))
        c.extra["project"] = f"{rng.choice(['云栖', '江屿', '观澜'])}·{rng.choice(['江山府', '悦府', '玖著'])}"
        c.extra["unit"] = f"{rng.randint(2, 12)}幢{rng.randint(5, 31)}-{rng.randint(1, 4)}号"
        price = Decimal(rng.randint(980, 1680)) * 1000
        days = rng.randint(160, 330)
        c.extra.update(price=price, late_days=days)
        c.amount = (price * Decimal("0.0002") * days).quantize(Decimal("0.01"))
        c.extra["first_number"] = f"（2023）渝0112民初{rng.randint(8000, 19999)}号"
        c.basis_court = "重庆市第一中级人民法院"
        c.basis_number = f"（2023）渝01民终{rng.randint(9000, 19999)}号"
        c.extra["first_on"] = c.filed_on - timedelta(days=rng.randint(150, 200))
        c.extra["judged_on"] = c.filed_on - timedelta(days=rng.randint(40, 70))
        c.basis_effective = c.extra["judged_on"] + timedelta(days=rng.randint(6, 12))
        c.extra["certified_on"] = c.basis_effective + timedelta(days=rng.randint(3, 12))
        c.extra["cause"] = "商品房预售合同纠纷"
        c.extra["debtor_bank"] = rng.choice(["中国建设银行重庆渝北支行", "招商银行重庆分行营业部", "重庆农村商业银行两江分行"])
        c.extra["r_acct"] = f"500{rng.randint(10**16, 10**17 - 1)}"
    else:
        born = date(rng.randint(1966, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["500112", "500221", "510522"]), born),
                            f"重庆市渝北区回兴街道{rng.choice(['宝圣湖', '渝北'])}建材市场{rng.choice('ABCD')}区"
                            f"{rng.randint(1, 60)}号", f"135{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.extra["shop"] = f"重庆市渝北区{c.applicant.name[0]}{rng.choice(['氏', '记'])}建材经营部"
        rborn = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["500112", "500231", "500113"]), rborn),
                             f"重庆市渝北区{rng.choice(['双龙湖街道', '龙溪街道', '两路街道'])}{rng.choice(['松石大道', '兰馨大道', '双湖路'])}"
                             f"{rng.randint(10, 399)}号{rng.randint(1, 20)}-{rng.randint(1, 8)}", f"177{rng.randint(10000000, 99999999)}",
                             born=rborn, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（2020）渝0112民初{rng.randint(20000, 39999)}号"
        c.extra["judged_on"] = date(2020, rng.randint(9, 11), rng.randint(1, 28))
        c.basis_effective = c.extra["judged_on"] + timedelta(days=rng.randint(20, 35))
        c.extra["cause"] = "买卖合同纠纷"
        c.previous_number = f"（2021）渝0112执{rng.randint(1000, 9999)}号"
        c.extra["old_filed"] = date(2021, rng.randint(1, 4), rng.randint(1, 28))
        c.extra["ttr_day"] = date(2022, rng.randint(5, 9), rng.randint(1, 28))
        c.amount = Decimal(rng.randint(520, 1480)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["plate"] = f"渝A·{rng.choice('DF')}{rng.randint(10000, 99999)}"
        c.extra["car"] = rng.choice(["比亚迪牌小型普通客车（宋PLUS DM-i）", "长安牌小型越野客车（CS75 PLUS）",
                                     "吉利牌小型轿车（星瑞）"])
        c.extra["vin"] = "LGX" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))
        c.extra["car_on"] = date(2023, rng.randint(4, 11), rng.randint(1, 28))
        c.extra["tow_fee"] = rng.choice([800, 1200, 1500])
        c.extra["certified_on"] = c.basis_effective
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(20, 34))
    c.extra["payout_lag"] = rng.randint(3, 7)
    c.extra["in_bank"] = rng.choice(["中国工商银行重庆渝北支行", "重庆农村商业银行渝北支行", "中国建设银行重庆两路支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5% up to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def basis_name(c: CaseCtx) -> str:
    if tale(c) == "freight":
        return f"重庆仲裁委员会{c.basis_number}裁决书"
    if tale(c) == "home":
        return f"重庆市第一中级人民法院{c.basis_number}民事判决书"
    return f"本院{c.basis_number}民事判决书"


def case_line(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


# ---------------------------------------------------------------- the stamps of the counter and the post desk

def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        sheets = received(code, c, rng, served)
        if code not in UNSTAMPED:
            _received_stamp(sheets[0], c, code, rng)
        return sheets
    sheets = _own(code, c, rng, served)
    if code in OUTGOING:
        _dispatched(sheets[0], c, code, rng)
    return sheets


def received_on(c: CaseCtx, code: str) -> date:
    """The day the counter stamped a paper in: filing papers on the filing day, the rest a day or two after they
    were made."""
    made = made_on(c, code)
    return max(made, c.filed_on) + timedelta(days=0 if made <= c.filed_on else 1 + c.filed_on.day % 2)


def _received_stamp(s: Sheet, c: CaseCtx, code: str, rng: random.Random) -> None:
    head = rng.random() < 0.6
    x, y = room(s, RECEIPT_W, RECEIPT_H, rng, head=head)
    day = received_on(c, code)
    serial = f"{day.year}-{int(c.extra['serial0']) + sorted(CODES).index(code) * 3 + rng.randint(0, 2)}"
    colour = STAMP_BLUE if rng.random() < 0.6 else (STAMP_RED if rng.random() < 0.8 else STAMP_VIOLET)
    receipt_stamp(s, x, y, rng, colour=colour, received=f"{day.year}.{day.month}.{day.day}", serial=serial,
                  undertaker=c.officer if code not in ("enforcement_application", "resumption_application")
                  else str(c.extra["window"]))
    if code in ("identity_proof", "lawyer_license", "enforcement_basis") and rng.random() < 0.7:
        cx, cy = room(s, mm(80), mm(16), rng, head=False)
        checked_stamp(s, cx, cy, rng, colour=STAMP_RED if rng.random() < 0.5 else STAMP_BLUE, who=c.clerk)


def _dispatched(s: Sheet, c: CaseCtx, code: str, rng: random.Random) -> None:
    right = rng.random() < 0.7
    lx = s.width - LABEL_W - rng.uniform(mm(6), mm(14)) if right else rng.uniform(mm(6), mm(14))
    day = made_on(c, code)
    barcode_label(s, lx, rng.uniform(mm(5), mm(10)), rng,
                  code=f"500112{day:%y%m%d}{sorted(OUTGOING).index(code)}{c.number[-6:-1]}",
                  caption=f"发文 {day:%Y-%m-%d}")
    number = f"渝北法执发〔{day.year}〕{int(c.extra['out0']) + sorted(OUTGOING).index(code) * 7:05d}号"
    if rng.random() < 0.5:
        x, y = LEFT + rng.uniform(-mm(8), mm(20)), rng.uniform(mm(10), mm(22))
        if not right:
            x = s.width - RIGHT - mm(64) - rng.uniform(0, mm(10))
    else:
        x, y = room(s, mm(60), mm(17), rng, head=False)
    dispatch_stamp(s, x, y, rng, colour=STAMP_RED if rng.random() < 0.55 else STAMP_BLUE, number=number)


# ---------------------------------------------------------------- the bureau's own papers

def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。")
    born = p.born or date(1980, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    t = tale(c)
    staff = [("执行员", c.officer)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng))]
    if code == "acceptance_notice":
        extra = ("（本案系恢复执行案件，原案号" + c.previous_number + "）") if t == "tile" else ""
        return court_paper(rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis_name(c)}一案，本院经审查，符合受理条件，已于"
                  f"{gb_date(c.filed_on)}立案{'恢复' if t == 'tile' else ''}执行，案号为{c.number}{extra}。"),
            ("p", f"本案承办人：{c.officer}，书记员：{c.clerk}，联系电话：{c.court.phone}。本院地址：{c.court.address}。"),
            ("p", "请你方在执行过程中积极提供被执行人的财产线索；通讯地址、联系方式、收款账户变更的，应及时书面告知本院。"
                  "案件进展可登录“重庆法院公众服务网”或关注“渝北法院”微信公众号查询。"),
            ("p", "特此通知。"),
        ], number=c.number, day=d)
    if code == "payment_notice":
        if t == "tile":
            what = (f"本案系恢复执行案件，不另行交纳申请执行费。因执行中需对被执行人名下车辆（号牌{c.extra['plate']}）采取扣押措施，"
                    f"请你预交车辆拖移、停放等实际支出费用人民币{c.extra['tow_fee']}元，该费用最终由被执行人负担。")
        else:
            what = (f"依照《诉讼费用交纳办法》第十条、第十四条之规定，本案应交纳申请执行费人民币{c.extra['fee']:,.2f}元。"
                    "该费用由你方预交，执行到位后由被执行人负担。")
        return court_paper(rng, "交纳执行费用通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case_line(c)}，{what}"),
            ("p", "请于收到本通知之日起七日内，通过重庆市非税收入缴款书所载方式缴纳，逾期不交又不申请缓交的，执行费用在执行款中优先扣除。"),
        ], number=c.number, day=d)
    if code == "enforcement_notice":
        return court_paper(rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{basis_name(c).replace('本院', '本院作出的')}已经发生法律效力。申请执行人{a.name}于{gb_date(c.filed_on)}向本院申请"
                  f"{'恢复' if t == 'tile' else '强制'}执行，本院已立案执行。依照{LAW}第二百五十一条、第二百六十四条之规定，责令{_you(r)}"
                  "自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", "三、负担本案执行费用。" if t == "tile" else f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可依法对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], number=c.number, day=d, signers=staff)
    if code == "property_report_order":
        return court_paper(rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case_line(c)}中，依照{LAW}第二百五十二条之规定，责令{_you(r)}在收到本令之日起五日内，如实向本院报告"
                  "当前以及收到执行通知之日前一年的财产情况，并填写随本令送达的《财产申报表》。"),
            ("p", "执行中，如果财产状况发生变动，应当自变动之日起十日内向本院补充报告。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重对你方予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], number=c.number, day=d, signers=staff)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "termination_this_round_ruling":
        sheets = court_paper(rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案中，本院作出的{c.basis_number}民事判决书已经发生法律"
                  f"效力，确定被执行人支付申请执行人货款{money(c.amount)}。本院于{gb_date(c.extra['old_filed'])}立案执行。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统对被执行人名下的存款、车辆、不动产、证券、"
                  "网络资金等进行了查询，并到被执行人住所地进行了调查，未发现可供执行的财产。本院已对被执行人采取限制消费措施，"
                  "并将其纳入失信被执行人名单。本院约谈了申请执行人，告知了财产调查结果，申请执行人表示暂无其他财产线索。"),
            ("p", f"依照{LAW}第二百六十四条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，"
                  "裁定如下："),
            ("p", f"终结本次执行程序。未执行到位的金额为{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], number=c.previous_number, day=d, signers=[("审判长", person_name(rng)), ("审判员", c.officer),
                                                      ("审判员", person_name(rng))], clerk=person_name(rng))
        proof_seal(sheets[-1], sheets[-1].width - mm(60), sheets[-1].height - mm(58), rng)
        barcode_label(sheets[0], sheets[0].width - LABEL_W - mm(9), mm(7), rng,
                      code=f"500112{d:%y%m%d}9{c.previous_number[-5:-1]}", caption=f"发文 {d:%Y-%m-%d}")
        return sheets
    if code == "resumption_notice":
        return court_paper(rng, "恢复执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"申请执行人{a.name}与你买卖合同纠纷一案，本院于{gb_date(c.extra['ttr_day'])}作出{c.previous_number}执行裁定，"
                  "终结本次执行程序。终结本次执行程序后，你仍负有继续履行生效法律文书确定义务的责任。"),
            ("p", f"现申请执行人{a.name}提供了你名下车辆（{c.extra['car']}，号牌{c.extra['plate']}）的财产线索，申请恢复执行。"
                  f"本院经审查，已裁定恢复执行，案号为{c.number}。"),
            ("p", f"请你自收到本通知之日起立即履行{c.basis_number}民事判决书确定的给付义务。逾期仍不履行的，本院将依法扣押、"
                  "拍卖上述车辆，并对你继续采取限制消费等措施。"),
        ], number=c.number, day=d, signers=staff)
    if code == "closing_notice":
        how = {"freight": f"第三人{c.extra.get('debtor_bank')}按本院协助执行通知书将被执行人的到期债权款项交至本院执行款专户",
               "home": "本院依法冻结并扣划了被执行人的银行存款",
               "tile": f"本院扣押被执行人车辆（号牌{c.extra.get('plate', '')}）后，被执行人将全部款项交至本院执行款专户"}[t]
        return court_paper(rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case_line(c)}，{how}，执行款{money(c.amount)}已于{gb_date(made_on(c, 'payment_voucher'))}"
                  f"转入你方确认的{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的给付义务已全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条之规定，"
                  "本案以执行完毕方式结案。" + ("被执行人的车辆已于交款当日解除扣押，发还被执行人。" if t == "tile" else "")),
            ("p", "特此通知。"),
        ], number=c.number, day=d)
    if code == "investigation_record":
        return _seizure(c, rng, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _ruling(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    if t == "freight":
        why = (f"执行中查明，{c.extra['debtor_bank']}（以下简称第三人）因汽车消费贷款合作业务，对被执行人负有已到期的购车贷款放款"
               f"债务，被执行人对第三人享有到期债权。依照{LAW}第二百五十三条，《最高人民法院关于人民法院执行工作若干问题的规定（试行）》"
               "第45条之规定，裁定如下：")
        orders = [f"一、冻结被执行人{r.name}对第三人{c.extra['debtor_bank']}享有的到期债权，以{money(c.amount)}为限；",
                  "二、第三人在收到本裁定及协助执行通知书后，不得向被执行人清偿上述债务，并应将相应款项直接支付至本院执行款专户。"]
    elif t == "home":
        why = (f"被执行人未按执行通知履行生效法律文书确定的义务。本院经网络执行查控查明，被执行人在{c.extra['debtor_bank']}开立的"
               f"账户（账号{c.extra['r_acct']}）内有存款。依照{LAW}第二百五十三条之规定，裁定如下：")
        orders = [f"冻结、划拨被执行人{r.name}在{c.extra['debtor_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。"]
    else:
        why = (f"被执行人未按恢复执行通知履行义务。经查，被执行人名下登记有{c.extra['car']}一辆，号牌{c.extra['plate']}，车辆识别代号"
               f"{c.extra['vin']}。依照{LAW}第二百五十五条之规定，裁定如下：")
        orders = [f"查封、扣押被执行人{r.name}名下号牌为{c.extra['plate']}的{c.extra['car']}一辆。"]
    paras = [_party("申请执行人", a), _party("被执行人", r),
             ("p", f"本院在执行{case_line(c)}中，{basis_name(c).replace('本院', '本院作出的')}已经发生法律效力。{why}")]
    paras += [("p", o) for o in orders] + [("p", "本裁定立即执行。")]
    sheets = court_paper(rng, "执行裁定书", paras, number=c.number, day=d, signers=bench, clerk=c.clerk)
    if rng.random() < 0.8:
        s = sheets[-1]
        proof_seal(s, LEFT + mm(30) + rng.uniform(0, mm(20)), s.height - mm(55), rng)
    return sheets


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 with its 回执 under a cut line, the 回执 filled and stamped by the body that helped."""
    r = c.respondent
    t = tale(c)
    if t == "tile":
        to = "重庆市公安局交通管理局车辆管理所"
        asks = [f"查封被执行人{r.name}（公民身份号码{r.id_number}）名下号牌为{c.extra['plate']}的{c.extra['car']}"
                f"（车辆识别代号{c.extra['vin']}），查封期间不得办理过户、抵押登记手续。查封期限三年。"]
        back = f"已于{d.month}月{d.day + 1 if d.day < 28 else d.day}日办理查封登记。"
        seal_name = "重庆市公安局交通管理局车辆管理所"
    elif t == "freight":
        to = c.extra["debtor_bank"]
        asks = [f"冻结被执行人{r.name}对你行享有的汽车消费贷款合作项下到期债权（应付放款），以{money(c.amount)}为限；",
                f"将上述款项划付至本院执行款专户（户名：{COURT}，开户行：中国建设银行重庆渝北支行），并注明案号。"]
        back = f"已冻结，款项已于{c.extra['pay_day'].month}月{c.extra['pay_day'].day}日划付贵院。"
        seal_name = c.extra["debtor_bank"]
    else:
        to = c.extra["debtor_bank"]
        asks = [f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，划至本院执行款专户。"]
        back = f"已扣划{c.amount:,.2f}元至贵院账户。"
        seal_name = c.extra["debtor_bank"]
    sheets = court_paper(rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{case_line(c)}，本院作出的{c.number}执行裁定书已发生法律效力。依照{LAW}第二百五十三条、第二百五十五条之规定，"
              "请协助执行下列事项："), *[("p", x) for x in asks],
        ("n", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}、{c.clerk}，联系电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之一"), day=d, reserve=mm(80))
    s = sheets[-1]
    y = s.height - mm(70)
    for x in range(int(LEFT) - mm(10), s.width - RIGHT + mm(10), 26):
        s.line(x, y, x + 12, y, width=2)
    s.centred(y + 30, "协助执行回执", hei(46), spacing=20)
    s.text(LEFT, y + 110, f"{COURT}：", song(36))
    said = gb(f"你院{c.number.replace('号', '号之一')}协助执行通知书收悉，")
    s.text(LEFT + mm(8), y + 164, said, song(36))
    pen(s, LEFT + mm(8), y + 220, back, rng, size=40, ink=(30, 30, 34))
    s.text(s.width - RIGHT - mm(100), y + 300, "协助单位（盖章）", song(34))
    seal(s, s.width - RIGHT - mm(40), y + 300, seal_name, rng, radius=mm(17), inner="业务专用章")
    return sheets


def _seizure(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """扣押笔录 typed on the bureau's record form (head grid, numbered items) and its 现场照片 sheet: two photos of the
    car glued on, captions under them."""
    r = c.respondent
    s = Sheet()
    y = form_title(s, "查封、扣押现场笔录")
    s.right(s.width - RIGHT, y - 30, gb(c.number), song(34))
    y += 30
    w = s.width - LEFT - RIGHT
    place = f"{r.address.split('号')[0]}号小区地下车库"
    rows = [["时　间", gb(f"{num_date(d)}　7时40分至8时35分")], ["地　点", place],
            ["执行人员", f"{c.officer}、{person_name(rng)}（司法警察）"], ["记录人", c.clerk],
            ["在场人", f"被执行人{r.name}；小区物业保安{person_name(rng)}"]]
    y = grid(s, LEFT, y, [mm(32), w - mm(32)], rows, song(36), heights=mm(14))[-1][3] + 40
    run = Flowing([s], y)
    f = song(40)
    for text in [
        f"执行人员出示工作证，向被执行人{r.name}宣读本院{c.number}执行裁定书，告知其扣押车辆的法律依据。",
        f"现场查明：被扣押车辆为{c.extra['car']}，白色，号牌{c.extra['plate']}，车辆识别代号{c.extra['vin']}，"
        f"表显里程{rng.randint(8000, 26000)}公里，外观无明显损伤，车内有儿童座椅一个、雨伞一把，已当场交被执行人取走。",
        f"被执行人{r.name}称：车是去年买的，首付是借亲戚的钱，欠{c.applicant.name}的货款愿意想办法还，请求不要拍卖车辆。",
        "执行人员告知被执行人：应在十五日内履行全部义务，逾期不履行的，本院将依法评估、拍卖被扣押车辆。",
        "车辆由本院委托的拖车公司拖至渝北区双凤桥执行车辆停放场保管，车钥匙一把由执行人员收存。",
    ]:
        run.para(gb(text), f, lead=70, first=f.size * 2)
    run.need(260)
    last = run.s
    yy = run.y + 40
    for k, (label, name) in enumerate((("被执行人", r.name), ("执行人员", c.officer), ("记录人", c.clerk))):
        x = LEFT + k * (w / 3)
        last.text(x, yy, f"{label}：", song(36))
        pen(last, x + song(36).getlength(f"{label}：") + 6, yy - 10, name, rng, size=48, ink=(28, 28, 34))
    pen(last, LEFT, yy + 90, "以上笔录已阅，属实。", rng, size=44, ink=(28, 28, 34))
    photos = PhotoSheet()
    photos.centred(mm(20), "现场照片", hei(60), spacing=30)
    for k, caption in enumerate([f"被扣押车辆（号牌{c.extra['plate']}）正面", "车辆拖离现场"]):
        top = mm(40) + k * mm(125)
        _photo(photos, LEFT, top, photos.width - LEFT - RIGHT, mm(100), rng, plate=c.extra["plate"], tow=k == 1)
        photos.centred(top + mm(104), gb(caption), song(36))
    photos.text(LEFT, photos.height - mm(26), f"拍摄人：{c.clerk}　　拍摄时间：{num_date(d)}", song(34))
    sheets = folio([*run.sheets, photos], song(30))
    return sheets


def _photo(s: Sheet, x: float, y: float, w: float, h: float, rng: random.Random, *, plate: str, tow: bool) -> None:
    """A print of a phone photo glued on the sheet: a car park in grey tones, a car in it, its plate legible."""
    ix, iy, iw, ih = int(x), int(y), int(w), int(h)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    yy, xx = np.mgrid[0:ih, 0:iw].astype(np.float32)
    base = 95 + 60 * (yy / ih) + 25 * np.sin(xx / iw * 3.1 + gen.uniform(0, 3))
    base += gen.normal(0, 9, (ih, iw))
    for _ in range(5):  # pillars of the car park
        px = int(gen.uniform(0, iw))
        base[:, max(0, px - 30):px + 30] -= 35
    img = np.clip(base, 0, 255).astype(np.uint8)
    photo = Image.fromarray(np.stack([img, img, (img * 0.97).astype(np.uint8)], axis=2), "RGB")
    d = ImageDraw.Draw(photo)
    cx, cy = iw // 2 + int(gen.uniform(-80, 80)), int(ih * 0.62)
    d.rounded_rectangle((cx - 330, cy - 150, cx + 330, cy + 120), radius=60, fill=(214, 214, 210), outline=(60, 60, 60), width=4)
    d.rounded_rectangle((cx - 240, cy - 250, cx + 240, cy - 140), radius=40, fill=(70, 78, 86))
    for sx in (-220, 220):
        d.ellipse((cx + sx - 70, cy + 60, cx + sx + 70, cy + 190), fill=(30, 30, 30))
        d.ellipse((cx + sx - 120, cy - 90, cx + sx - 20 if sx < 0 else cx + sx + 120, cy - 30), fill=(245, 245, 230))
    d.rectangle((cx - 120, cy + 20, cx + 120, cy + 70), fill=(40, 60, 140))
    d.text((cx, cy + 45), plate, font=font("hei", 38), fill=(240, 240, 240), anchor="mm")
    if tow:
        d.polygon([(cx - 420, cy + 130), (cx + 460, cy + 130), (cx + 500, cy + 200), (cx - 460, cy + 200)], fill=(200, 170, 40))
    s.image.paste(photo, (ix, iy))
    s.box(ix, iy, ix + iw, iy + ih, width=2)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.right(s.width - RIGHT, y - 26, gb(f"案号：{c.number}"), song(34))
    y += 30
    w = s.width - LEFT - RIGHT
    t = tale(c)
    how = {"freight": "冻结被执行人到期债权，第三人协助划付到位", "home": "冻结、扣划被执行人银行存款到位",
           "tile": "扣押被执行人车辆后，被执行人全额交款"}[t]
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_name(c).replace("本院", COURT)],
            ["立案日期", num_date(c.filed_on), "承办人", c.officer],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{c.amount:,.2f}元"],
            ["执行措施", how], ["结案方式", "执行完毕"], ["承办人意见", ""], ["审核意见", ""], ["局长审批", ""]]
    hs = [mm(15), mm(20), mm(15), mm(15), mm(20), mm(15), mm(48), mm(32), mm(32)]
    boxes = grid(s, LEFT, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, song(34), heights=hs, labels=(0, 2))
    starts = [b for b in boxes if b[0] == LEFT]
    x = starts[6][2] + mm(4)
    pen(s, x, starts[6][1] + mm(4), f"执行款{c.amount:,.2f}元已全额发放申请执行人，案件已执行完毕，建议以执行完毕方式结案。",
        rng, size=38, per_line=18, lead=mm(7.5))
    pen(s, s.width - RIGHT - mm(70), starts[6][3] - mm(10), f"{c.officer} {d.month}.{d.day}", rng, size=36)
    pen(s, x, starts[7][1] + mm(6), "材料齐全，同意结案。", rng, size=40)
    pen(s, s.width - RIGHT - mm(60), starts[7][3] - mm(11), person_name(rng), rng, size=38)
    pen(s, x, starts[8][1] + mm(6), "同意。", rng, size=44, ink=(28, 28, 34))
    pen(s, s.width - RIGHT - mm(60), starts[8][3] - mm(11), f"{person_name(rng)} {d.month}.{d.day}", rng, size=38,
        ink=(28, 28, 34))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产申报表）",
         "enforcement_ruling": "执行裁定书", "resumption_notice": "恢复执行通知书", "closing_notice": "结案通知书",
         "payment_notice": "交纳执行费用通知书", "assistance_notice": "协助执行通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the bureau's form; for a company the 收发章 over the signature box, the date written in."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证", size=80)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["受送达人", who.name], ["送达地址", who.address],
            ["送达文书名称及件数", "；".join(f"{NAMES.get(x, x)}一份" for x in served)],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　　考", ""]]
    hs = [mm(15), mm(15), mm(15), mm(20), mm(26), mm(34), mm(15), mm(18), mm(15), mm(24)]
    boxes = grid(s, LEFT, y, [mm(48), w - mm(48)], rows, song(36), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    if who.kind == "organisation":
        seal(s, right[5][0] + mm(60), right[5][1] + mm(17), who.name, rng, radius=mm(16))
        pen(s, right[5][0] + mm(8), right[5][1] + mm(8), f"{person_name(rng)}（收发员）", rng, size=46, ink=(28, 28, 34))
    else:
        pen(s, right[5][0] + mm(14), right[5][1] + mm(9), who.name if not to_applicant or rng.random() < 0.5 else c.agent,
            rng, size=54, ink=(28, 28, 34))
    pen(s, right[6][0] + mm(10), right[6][1] + mm(2), num_date(when), rng, size=40)
    pen(s, right[8][0] + mm(10), right[8][1] + mm(2), f"{c.officer}　{c.clerk}", rng, size=40)
    s.text(LEFT, boxes[-1][3] + 24, "注：受送达人拒绝签收的，送达人应在备考栏内写明拒收事由和日期，由送达人、见证人签名或者盖章。", song(28))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=(244, 238, 222))
    grid(s, s.width - RIGHT - mm(90), mm(16), [mm(30), mm(30), mm(30)], [["全宗号", "年度", "卷号"], ["", "", ""]],
         song(28), heights=[mm(9), mm(11)], labels=(0, 1, 2))
    pen(s, s.width - RIGHT - mm(84), mm(27), "Z112", rng, size=34, ink=(25, 25, 30))
    pen(s, s.width - RIGHT - mm(54), mm(27), str(c.closed_on.year), rng, size=34, ink=(25, 25, 30))
    pen(s, s.width - RIGHT - mm(24), mm(27), str(rng.randint(100, 999)), rng, size=34, ink=(25, 25, 30))
    s.centred(mm(52), COURT, font("serif_bold", 62), spacing=10)
    s.centred(mm(74), "执 行 案 卷", hei(110), spacing=40)
    s.centred(mm(100), "（正卷）", song(44))
    w = s.width - LEFT - RIGHT
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", basis_name(c).replace("本院", "")], ["执行标的", f"{c.amount:,.2f}元"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"],
            ["承办人", c.officer], ["书记员", c.clerk], ["本卷页数", ""], ["归档日期", ""], ["保管期限", ""]]
    boxes = grid(s, LEFT, mm(116), [mm(42), w - mm(42)], [[k, ""] for k, _ in rows], song(36), heights=mm(10.5))
    right = [b for b in boxes if b[0] > LEFT]
    for (_k, v), b in zip(rows, right, strict=True):
        if v:
            pen(s, b[0] + mm(5), b[1] + mm(2), v, rng, size=34, ink=(25, 25, 30))
    pen(s, right[11][0] + mm(5), right[11][1] + mm(2), f"{rng.randint(52, 74)}页", rng, size=34, ink=(25, 25, 30))
    pen(s, right[12][0] + mm(5), right[12][1] + mm(2), num_date(d), rng, size=34, ink=(25, 25, 30))
    pen(s, right[13][0] + mm(5), right[13][1] + mm(2), "长期", rng, size=34, ink=(25, 25, 30))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["强制执行申请书", "民事判决书（二审）及一审判决书", "生效证明书", "财产线索提供表", "缴款书（申请执行费）",
             "申请执行人身份证复印件", "被执行人营业执照复印件", "授权委托书", "律师事务所函", "律师执业证复印件",
             "收款账户确认书", "送达地址确认书", "受理案件通知书", "交纳执行费用通知书", "执行通知书", "报告财产令",
             "财产申报表", "网络查控结果", "执行裁定书（冻结、划拨）", "协助执行通知书及回执", "执行款发放凭证", "结案通知书",
             "结案审批表", "送达回证", "送达回证"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - 24, gb(f"案号：{c.number}"), song(34))
    y += 30
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 5 if "二审" in name else 2 if name in ("强制执行申请书", "网络查控结果", "执行裁定书（冻结、划拨）") else 1
    grid(s, LEFT, y, [mm(20), w - mm(64), mm(22), mm(22)], rows, song(30), heights=mm(7.4), labels=(0, 2))
    pen(s, LEFT, s.height - mm(30), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["立案、结案信息与系统一致", "执行依据及生效证明齐全", "法律文书均有送达回证", "执行款收付凭证完整",
              "卷内材料无空白项", "材料排列符合归档顺序", "电子卷宗已随案同步生成"]
    rows = [["案　　号", c.number], ["承办人", c.officer], ["结案日期", num_date(c.closed_on)], ["复核项目", "复核结果"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人及日期", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(points) + [mm(34), mm(18)]
    boxes = grid(s, LEFT, y, [mm(86), w - mm(86)], rows, song(34), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(points)]:
        pen(s, b[0] + mm(16), b[1] + mm(2), rng.choice(["√", "√ 是", "是"]), rng, size=40)
    pen(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "已复核，材料齐全，可以归档。", rng, size=40)
    pen(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{c.officer}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", issuer="")
    s.text(LEFT, y - 24, gb(f"案号：{c.number}"), song(34))
    y += 30
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(45), width=3)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", hei(42))
    pages = rng.randint(52, 74)
    yy = pen(s, LEFT + mm(16), y + mm(24), f"本卷共有文件材料{pages}页，其中文字材料{pages - 1}页，照片0张。", rng, size=42,
             per_line=20, lead=mm(11))
    pen(s, LEFT + mm(16), yy, "执行款已发放完毕，无遗留事项。", rng, size=42, per_line=20, lead=mm(11))
    base = s.height - mm(110)
    for k, (label, value) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(88), base + k * mm(18), label, song(40))
        pen(s, LEFT + mm(88) + song(40).getlength(label) + 8, base + k * mm(18) - 8, value, rng, size=44)
    return [s]


