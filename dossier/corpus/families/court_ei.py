"""court_ei (黑龙江省佳木斯市向阳区人民法院, held out): the city district of 佳木斯 on the 松花江 — rice and soybean
co-operatives of the 三江平原, farm-machinery dealers, grain depots, coal from 双鸭山, private loans and wage claims.
Its own papers in the bureau's ruled-letterhead style (court_ei_kit); what it receives in the senders' styles
(court_ei_papers); every page photographed with a phone's flash in the archive basement (court_ei_capture)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, credit_code, id_number, money, num_date, person_name
from dossier.corpus.draw import Sheet, hand, mm, seal, table
from dossier.corpus.families.court_ei_kit import COURT, LEFT, RIGHT, TOP, day, head, page_no, paper
from dossier.corpus.families.court_ei_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "service_receipt", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
HARVESTER_SEQ, WAGE_SEQ, LOAN_SEQ = 60207, 60455, 60839
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 3, "payment_notice": 3, "enforcement_notice": 4, "property_report_order": 4,
        "online_inquiry_result": 6, "enforcement_ruling": 11, "assistance_notice": 11,
        "property_declaration_form": 14, "settlement_agreement": 30, "payment_voucher": 44, "closing_notice": 58}


def made_on(c: CaseCtx, code: str) -> date:
    if code in ("closing_approval_form", "file_review_form", "remarks_sheet", "dossier_cover", "catalogue"):
        return c.closed_on - timedelta(days=3) if code == "closing_approval_form" else c.closed_on + timedelta(days=9)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """HARVESTER_SEQ: a rice grower's 向阳区法院 judgment against a farm-machinery dealer for a harvester that failed in
    the 秋收; WAGE_SEQ: a 佳木斯市劳动人事争议仲裁委员会 award of unpaid wages against a 双鸭山 coal trading company's
    佳木斯 yard; LOAN_SEQ: a 民间借贷 judgment against a grain-depot keeper who borrowed for the 收粮 season."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    tale = {HARVESTER_SEQ: "harvester", WAGE_SEQ: "wage", LOAN_SEQ: "loan"}[seq]
    c.extra["tale"] = tale
    c.firm = rng.choice(["黑龙江三江源律师事务所", "黑龙江佳合律师事务所", "黑龙江松江北律师事务所"])
    c.extra["firm_addr"] = f"佳木斯市向阳区{rng.choice(['中山街', '长安路', '光复路'])}{rng.randint(100, 899)}号"
    c.extra["licence"] = f"1230820{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["佳木斯农村商业银行向阳支行", "中国农业银行佳木斯分行营业部", "龙江银行佳木斯分行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    born = date(rng.randint(1963, 1990), rng.randint(1, 12), rng.randint(1, 28))
    farmer = Party(person_name(rng), "person", id_number(rng, rng.choice(["230822", "230826", "230803"]), born),
                   f"黑龙江省佳木斯市{rng.choice(['桦川县悦来镇', '汤原县香兰镇', '郊区长发镇'])}"
                   f"{rng.choice(['永发', '新城', '东兴'])}村{rng.randint(1, 9)}组", f"13{rng.randint(100000000, 999999999)}",
                   born=born, sex=rng.choice("男女"))
    c.applicant = farmer
    c.basis_court = COURT
    c.basis_number = f"（2023）黑0803民初{rng.randint(300, 3999)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
    if tale == "harvester":
        c.respondent = Party(f"佳木斯{rng.choice(['丰源', '北大荒旺', '三江'])}农机销售有限公司", "organisation",
                             credit_code(rng, "230803"), f"黑龙江省佳木斯市向阳区{rng.choice(['友谊路', '保卫路'])}"
                             f"农机大市场{rng.randint(1, 60)}号", f"0454-86{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["machine"] = rng.choice(["4LZ-6型自走式谷物联合收割机", "4LZ-8型履带式水稻收割机"])
        c.amount = Decimal(rng.randint(9000, 26000)) * 10
    elif tale == "wage":
        c.respondent = Party(f"双鸭山{rng.choice(['宝山', '岭东', '集贤'])}煤炭经销有限公司", "organisation",
                             credit_code(rng, "230502"), f"黑龙江省佳木斯市向阳区{rng.choice(['站前路', '铁路街'])}"
                             f"货场{rng.randint(1, 30)}号", f"0469-42{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "佳木斯市劳动人事争议仲裁委员会"
        c.basis_number = f"佳劳人仲裁字〔2023〕第{rng.randint(100, 999)}号"
        c.extra["cause"] = "劳动报酬争议"
        c.extra["months"] = rng.randint(5, 11)
        c.amount = Decimal(rng.randint(2400, 6800)) * 10
    else:
        born = date(rng.randint(1965, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "230881", born),
                             f"黑龙江省同江市{rng.choice(['向阳', '街津口'])}乡{rng.choice(['新发', '胜利'])}村",
                             f"15{rng.randint(100000000, 999999999)}", born=born, sex="男")
        c.extra["cause"] = "民间借贷纠纷"
        c.extra["depot"] = f"同江市{rng.choice(['兴隆', '大丰'])}粮食收储点"
        c.amount = Decimal(rng.randint(800, 3000)) * 100
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.01 + 50))
    c.extra["pay_day"] = c.day(rng.randint(40, 50))


def _names(c: CaseCtx) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    rows = [("t", f"申请执行人：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}出生，住{a.address}。" if a.born else
             f"申请执行人：{a.name}，住所地{a.address}。")]
    rows.append(("t", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    if r.kind == "organisation":
        rows.append(("t", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"))
        rows.append(("t", f"法定代表人：{r.legal_rep}，该公司经理。"))
    else:
        rows.append(("t", f"被执行人：{r.name}，{r.sex}，{r.born:%Y年%m月%d日}出生，住{r.address}。" if r.born else
                     f"被执行人：{r.name}，住{r.address}。"))
    return rows


def _basis(c: CaseCtx) -> str:
    kind = "裁决书" if "仲裁" in c.basis_court else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    when = day(made_on(c, code))
    a, r = c.applicant, c.respondent
    if code == "acceptance_notice":
        return paper(c, rng, "受理案件通知书", [
            ("t", f"{a.name}："),
            ("p", f"你申请执行{r.name}{c.extra['cause']}一案，本院经审查，符合立案条件，已于{num_date(c.filed_on)}立案执行。"),
            ("p", f"本案由执行法官{c.judge}承办，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "请你在本案执行期间如实提供被执行人的财产线索；执行款将支付至你确认的收款账户。送达地址变更的，应书面告知本院。"),
        ], when=when)
    if code == "payment_notice":
        return paper(c, rng, "交纳执行费通知书", [
            ("t", f"{r.name}："),
            ("p", f"本院受理的{a.name}申请执行你方{c.extra['cause']}一案，依照《诉讼费用交纳办法》第十条、第二十条之规定，"
                  f"申请执行费{money(c.extra['fee'])}，由被执行人负担，于执行中一并收取。"),
            ("p", "交款账户：佳木斯市向阳区人民法院，开户行：龙江银行佳木斯向阳支行，账号：23080301001234567。"),
        ], when=when)
    if code == "enforcement_notice":
        return paper(c, rng, "执行通知书", [
            ("t", f"{r.name}："),
            ("p", f"{a.name}与你方{c.extra['cause']}一案，{_basis(c)}已经发生法律效力。申请执行人{a.name}于{num_date(c.filed_on)}"
                  f"向本院申请强制执行，本院依法立案。依照{LAW}第二百四十七条、第二百五十一条之规定，责令你方自本通知送达之日起"
                  f"立即履行下列义务："),
            ("p", f"一、给付申请执行人{a.name}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息，负担申请执行费。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可将你方纳入失信被执行人名单、限制高消费。"),
        ], when=when, signers=[f"执行法官　{c.judge}"])
    if code == "property_report_order":
        return paper(c, rng, "报告财产令", [
            ("t", f"{r.name}："),
            ("p", f"本院执行的{a.name}申请执行你方{c.extra['cause']}一案，你方未按执行通知履行义务。依照{LAW}第二百五十二条之规定，"
                  "责令你方自收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], when=when)
    if code == "enforcement_ruling":
        grab = ("冻结、扣划被执行人在银行的存款" if r.kind == "organisation" else "冻结、扣划被执行人名下银行存款及粮款")
        return paper(c, rng, "执行裁定书", [
            *_names(c),
            ("p", f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，{_basis(c)}已经发生法律效力，被执行人未按执行通知履行义务。"
                  f"本院经网络查控，查明被执行人在{c.extra.get('r_bank', '佳木斯农村商业银行')}有存款。依照{LAW}第二百五十三条、"
                  "第一百五十七条第一款第十一项之规定，裁定如下："),
            ("p", f"{grab}{money(c.amount)}，或者查封、扣押其同等价值的其他财产。"),
            ("p", "本裁定立即执行。"),
        ], when=when, signers=[f"审 判 长　{c.judge}", f"审 判 员　{c.officer}", f"书 记 员　{c.clerk}"])
    if code == "assistance_notice":
        bank = c.extra.get("r_bank", "佳木斯农村商业银行向阳支行")
        return paper(c, rng, "协助执行通知书", [
            ("t", f"{bank}："),
            ("p", f"关于{a.name}申请执行{r.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
                  f"依照{LAW}第二百五十三条之规定，请协助执行下列事项："),
            ("p", f"冻结并扣划被执行人{r.name}（证照号码{r.id_number}）在你行账户内的存款{money(c.amount)}，"
                  "划至佳木斯市向阳区人民法院执行款专户。"),
        ], when=when, signers=[f"经办人　{c.officer}"])
    if code == "closing_notice":
        return paper(c, rng, "结案通知书", [
            ("t", f"{a.name}："),
            ("p", f"你申请执行{r.name}{c.extra['cause']}一案，双方于执行中自行和解，被执行人已于{num_date(c.extra['pay_day'])}"
                  f"履行完毕，执行款已发放至你确认的账户。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条之规定，"
                  "本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], when=when)
    return _forms(code, c, rng, served)


def _grid(title: str, c: CaseCtx, rows: list[list[str]], cols: list[float], heights: Sequence[float] | float,
          rng: random.Random, *, number: bool = True) -> tuple[Sheet, float]:
    s = Sheet()
    y = head(s, title, c.number if number else "")
    y = table(s, LEFT, y, cols, rows, font("ming", 34), row_h=heights, width=3, centre_first=True)
    return s, y


def _forms(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "service_receipt":
        names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
                 "enforcement_ruling": "执行裁定书", "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书"}
        who = a.name if served and served[0] in ("acceptance_notice", "closing_notice") else r.name
        got = max(made_on(c, s) for s in served) + timedelta(days=rng.randint(1, 4))
        s, y = _grid("送达回证", c, [
            ["案由", c.extra["cause"]], ["受送达人", who], ["送达地址", (a if who == a.name else r).address],
            ["送达文书名称及件数", "、".join(names.get(x, x) for x in served) + "各一份"],
            ["受送达人签收", ""], ["代收人及代收理由", ""], ["送达人", c.officer], ["备考", ""],
        ], [mm(48), mm(110)], [mm(16), mm(16), mm(20), mm(24), mm(40), mm(18), mm(16), mm(22)], rng)
        yy = y - mm(96) + mm(8)
        hand(s, LEFT + mm(60), yy, who, rng, size=54, ink=(20, 20, 24))
        hand(s, LEFT + mm(100), yy + mm(20), num_date(got), rng, size=40, ink=(20, 20, 24))
        s.text(LEFT, y + 40, "填发人：" + c.clerk, font("ming", 34))
        seal(s, s.width - RIGHT - mm(40), y + 40, COURT, rng, radius=mm(19))
        return [s]
    if code == "closing_approval_form":
        s, y = _grid("执行案件结案审批表", c, [
            ["案号", c.number], ["申请执行人", a.name], ["被执行人", r.name], ["执行依据", _basis(c)],
            ["执行标的", money(c.amount)], ["立案日期", num_date(c.filed_on)],
            ["执行情况", f"双方达成和解，被执行人于{num_date(c.extra['pay_day'])}付清全部款项，执行款已发放。"],
            ["结案方式", "执行完毕"], ["承办人意见", ""], ["庭（局）长意见", ""],
        ], [mm(40), mm(118)], [mm(15)] * 6 + [mm(34), mm(15), mm(30), mm(30)], rng)
        hand(s, LEFT + mm(45), y - mm(55), f"拟以执行完毕结案。{c.judge}", rng, size=40, ink=(25, 25, 25))
        hand(s, LEFT + mm(45), y - mm(25), "同意。", rng, size=46, ink=(25, 25, 25))
        hand(s, LEFT + mm(110), y - mm(15), num_date(made_on(c, code)), rng, size=34, ink=(25, 25, 25))
        return [s]
    if code == "dossier_cover":
        s = Sheet()
        s.centred(TOP + 60, COURT, font("hei", 62), spacing=8)
        s.centred(TOP + 200, "执 行 卷 宗", font("serif_bold", 110), spacing=30)
        s.centred(TOP + 360, "（正　卷）", font("ming", 48))
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", a.name], ["被执行人", r.name],
                ["执行依据", _basis(c)], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                ["结案方式", "执行完毕"], ["承办人", c.judge], ["归档日期", num_date(made_on(c, code))],
                ["保管期限", "长期"], ["卷内页数", f"共{rng.randint(70, 120)}页"]]
        table(s, LEFT + mm(8), TOP + 520, [mm(40), mm(102)], rows, font("ming", 38), row_h=mm(13), width=3,
              centre_first=True)
        s.centred(mm(272), "全宗号 148　　目录号 2024　　案卷号 " + str(rng.randint(100, 999)), font("ming", 32))
        return [s]
    if code == "catalogue":
        items = ["执行申请书", "执行依据及生效证明", "立案材料", "受理案件通知书", "执行通知书、报告财产令",
                 "网络查控结果", "执行裁定书、协助执行通知书", "财产申报表", "和解协议", "付款凭证",
                 "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["序号", "文件名称", "页号", "备注"]]
        p = 1
        for i, it in enumerate(items, 1):
            n = rng.randint(1, 6)
            rows.append([str(i), it, f"{p}-{p + n - 1}" if n > 1 else str(p), ""])
            p += n
        s = Sheet()
        y = head(s, "卷 内 目 录", c.number)
        table(s, LEFT, y, [mm(18), mm(100), mm(24), mm(16)], rows, font("ming", 33), row_h=mm(11.5), width=2,
              centre_first=True)
        return [s]
    if code == "file_review_form":
        s, y = _grid("执行卷宗归档复核表", c, [
            ["复核项目", "复核情况"], ["文书是否齐全", "齐全"], ["送达是否合法", "合法"], ["执行款是否发放", "已发放"],
            ["装订排序", "符合要求"], ["复核意见", ""], ["复核人", c.clerk],
        ], [mm(50), mm(108)], [mm(15), mm(18), mm(18), mm(18), mm(18), mm(40), mm(16)], rng)
        hand(s, LEFT + mm(56), y - mm(44), "同意归档", rng, size=50, ink=(20, 20, 24))
        s.text(s.width - RIGHT - mm(60), y + 40, num_date(made_on(c, code)), font("ming", 36))
        return [s]
    if code == "remarks_sheet":
        s = Sheet()
        y = head(s, "卷 内 备 考 表", c.number)
        s.box(LEFT, y, s.width - RIGHT, y + mm(150), width=3)
        s.text(LEFT + 30, y + 30, f"本卷共{rng.randint(70, 120)}页，其中文字材料齐全，无缺页、无破损。", font("ming", 38))
        s.text(LEFT + 30, y + 110, "说明：执行款发放凭证附卷。", font("ming", 38))
        yy = y + mm(160)
        s.text(LEFT, yy, f"立卷人：{c.clerk}", font("ming", 38))
        s.text(LEFT + mm(85), yy, f"检查人：{c.judge}", font("ming", 38))
        s.text(LEFT, yy + 80, f"立卷时间：{num_date(made_on(c, code))}", font("ming", 38))
        return [s]
    raise KeyError(code)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        sheets = received(code, c, rng, served, made_on(c, code))
    else:
        sheets = _own(code, c, rng, served)
    if all(s.page_of is None for s in sheets):
        page_no(sheets)
    return sheets


__all__ = ["CODES", "Sheet", "adopt_basis", "made_on", "mm", "render"]
