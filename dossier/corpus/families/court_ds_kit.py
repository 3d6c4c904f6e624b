"""自流井区法院执行局's own papers: office laser prints. Court name in bold 宋 over a 黑体 title, the 文号 flush right
under a hairline, body in 明体 with generous leading, a footer rule with the bureau's name and 第x页共y页; the court's
printed forms (送达回证, 审批表, the window's 确认书 and 线索表) filled in by hand; the archive's cover, 目录 and 备考表."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, num_date
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.families.court_ds_papers import carrier, clerk_note, ems_slip, glue, screenshot
from dossier.corpus.fonts import Font, font

COURT = "四川省自贡市自流井区人民法院"
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "termination_this_round_ruling", "closing_notice", "closing_approval_form", "investigation_record",
    "interview_record", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
    "payment_account_confirmation", "service_address_confirmation", "property_clue_form", "property_declaration_form",
})
STEP = {"acceptance_notice": 3, "payment_notice": 3, "enforcement_notice": 4, "property_report_order": 4,
        "online_inquiry_result": 6, "enforcement_ruling": 11, "assistance_notice": 11, "property_declaration_form": 15,
        "summons": 21, "investigation_record": 27, "settlement_agreement": 31, "consumption_restriction_order": 36,
        "dishonest_list_decision": 36, "closing_notice": 62, "payment_account_confirmation": 0,
        "service_address_confirmation": 0, "property_clue_form": 0}
"""days after filing on which each paper was made; the closing papers follow the closing date"""
LEFT, RIGHT, TOP, BOTTOM = mm(28), mm(26), mm(30), mm(30)
NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书", "summons": "传票",
         "closing_notice": "结案通知书", "payment_notice": "缴款通知书"}


def story(c: CaseCtx) -> str:
    return str(c.extra["story"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=2)
    if code == "termination_this_round_ruling":
        return c.closed_on - timedelta(days=8)
    if code == "interview_record":
        return c.closed_on - timedelta(days=15)
    if code in ("file_review_form", "remarks_sheet", "dossier_cover", "catalogue"):
        return c.closed_on + timedelta(days=20)
    return c.day(STEP.get(code, 0))


def _basis_name(c: CaseCtx) -> str:
    kind = {"salt": "民事判决书", "lantern": "裁决书", "loan": "民事调解书"}[story(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _body() -> Font:
    return font("ming", mm(4.9))


class Letter:
    """A court paper being typeset: header on the first sheet, body flowing on, footer on each sheet."""

    def __init__(self, title: str, number: str) -> None:
        self.sheets: list[Sheet] = []
        self.f = _body()
        self.lh = self.f.size * 1.78
        s = self._new()
        s.centred(mm(24), COURT, font("serif_bold", mm(6.6)), spacing=mm(0.9))
        s.centred(mm(36), title, font("hei", mm(8.6)), spacing=mm(3.5))
        s.right(s.width - RIGHT, mm(52), number, font("ming", mm(4.6)))
        s.line(LEFT, mm(59), s.width - RIGHT, mm(59), width=1, fill=(60, 60, 60))
        self.y = float(mm(66))

    def _new(self) -> Sheet:
        s = Sheet()
        self.sheets.append(s)
        return s

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def room(self, need: float) -> None:
        if self.y + need > self.s.height - BOTTOM:
            self._new()
            self.y = float(TOP)

    def line(self, text: str) -> None:
        self.room(self.lh)
        self.s.text(LEFT, self.y, text, self.f)
        self.y += self.lh

    def para(self, text: str) -> None:
        ind = self.f.size * 2
        for k, part in enumerate(wrap(text, self.f, self.s.width - LEFT - RIGHT, indent=ind)):
            self.room(self.lh)
            self.s.text(LEFT + (ind if k == 0 else 0), self.y, part, self.f)
            self.y += self.lh

    def close(self, c: CaseCtx, when: date, rng: random.Random, *, signers: list[str] | None = None,
              seal_at_date: bool = True) -> list[Sheet]:
        self.room(mm(70))
        x1 = self.s.width - RIGHT - mm(8)
        y = self.y + mm(10)
        for who in signers or []:
            self.s.right(x1, y, who, self.f)
            y += self.lh
        if not signers:
            self.s.right(x1, y, COURT.removeprefix("四川省"), self.f)
            y += self.lh
        self.s.right(x1, y, cn_date(when), self.f)
        if seal_at_date:
            seal(self.s, x1 - mm(30), y - mm(4), COURT, rng)
        self.y = y + self.lh * 1.5
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            sh.page_of = (i, n)
            sh.line(LEFT, sh.height - mm(20), sh.width - RIGHT, sh.height - mm(20), width=1, fill=(120, 120, 120))
            sh.text(LEFT, sh.height - mm(18), "自流井区人民法院执行局", font("ming", mm(3.2)), fill=(90, 90, 90))
            sh.right(sh.width - RIGHT, sh.height - mm(18), f"第{i}页 共{n}页", font("ming", mm(3.2)), fill=(90, 90, 90))
        return self.sheets


def _num(c: CaseCtx) -> str:
    return c.number


def _parties(L: Letter, c: CaseCtx) -> None:
    a, r = c.applicant, c.respondent
    if a.kind == "organisation":
        L.para(f"申请执行人：{a.name}，住所地{a.address}。")
        L.para(f"法定代表人：{a.legal_rep}。")
    else:
        L.para(f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，住{a.address}。")
    L.para(f"委托代理人：{c.agent}，{c.firm}律师。")
    if r.kind == "organisation":
        L.para(f"被执行人：{r.name}，住所地{r.address}。")
        L.para(f"法定代表人：{r.legal_rep}。")
    else:
        L.para(f"被执行人：{r.name}，男，{num_date(r.born) if r.born else ''}出生，住{r.address}。")


def _signers(c: CaseCtx) -> list[str]:
    return [f"审　判　长　{c.judge}", f"审　判　员　{c.officer}"]


def _letters(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    law = "《中华人民共和国民事诉讼法》"
    if code == "acceptance_notice":
        L = Letter("受理案件通知书", _num(c))
        L.line(f"{a.name}：")
        L.para(f"你（单位）申请执行{_basis_name(c)}一案，本院经审查，符合受理条件，已于{num_date(c.filed_on)}立案执行，"
               f"案号为{c.number}。本案由执行员{c.officer}承办，联系电话{c.court.phone}。")
        L.para("执行中你（单位）如发现被执行人的财产线索，请及时书面告知本院。请你（单位）按照本院《缴款通知书》"
               "预交申请执行费。")
        L.para("特此通知。")
        return L.close(c, d, rng)
    if code == "payment_notice":
        L = Letter("缴款通知书", _num(c))
        L.line(f"{a.name}：")
        L.para(f"你（单位）申请执行{r.name}一案，依照《诉讼费用交纳办法》第十四条，应预交申请执行费{c.extra['fee']}元。"
               "请于七日内通过四川法院诉讼费网上缴费平台或本院诉讼服务中心缴纳。")
        L.para("收款单位：自贡市自流井区人民法院；开户行：中国农业银行自贡自流井支行。")
        return L.close(c, d, rng)
    if code in ("enforcement_notice", "property_report_order"):
        title = "执行通知书" if code == "enforcement_notice" else "报告财产令"
        L = Letter(title, _num(c))
        L.line(f"{r.name}：")
        if code == "enforcement_notice":
            L.para(f"{a.name}与你（单位）{c.extra['cause']}一案，{_basis_name(c)}已经发生法律效力。申请执行人{a.name}"
                   f"于{num_date(c.filed_on)}向本院申请强制执行，本院依法立案。依照{law}第二百四十七条、第二百五十一条之规定，"
                   "责令你（单位）立即履行下列义务：")
            L.para(f"一、向申请执行人支付{money(c.amount)}；")
            L.para("二、加倍支付迟延履行期间的债务利息；三、负担申请执行费。")
            L.para("逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制消费。")
        else:
            L.para(f"本院受理的{c.number}执行一案，因你（单位）未按执行通知履行义务，依照{law}第二百五十二条之规定，"
                   "责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。")
            L.para("拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")
        return L.close(c, d, rng)
    if code == "enforcement_ruling":
        L = Letter("执行裁定书", _num(c))
        _parties(L, c)
        if story(c) == "salt":
            L.para(f"本院在执行{a.name}与{r.name}买卖合同纠纷一案中，{_basis_name(c)}已经发生法律效力。被执行人未按执行通知"
                   f"履行义务。经网络查控，被执行人在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）存款"
                   f"{c.extra['frozen']:,.2f}元。依照{law}第二百四十九条、第二百五十条之规定，裁定如下：")
            L.para(f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账户内存款{c.extra['frozen']:,.2f}元。")
        else:
            L.para(f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，{_basis_name(c)}已经发生法律效力。"
                   f"被执行人未按执行通知履行义务，依照{law}第二百四十九条、第二百五十条之规定，裁定如下：")
            L.para(f"冻结、划拨被执行人{r.name}的银行存款及网络支付账户资金{money(c.amount)}，"
                   "或查封、扣押其相应价值的财产。")
        L.para("本裁定立即执行。")
        return L.close(c, d, rng, signers=_signers(c))
    if code == "assistance_notice":
        bank = c.extra.get("r_bank", "中国建设银行自贡分行")
        L = Letter("协助执行通知书", _num(c))
        L.line(f"{bank}：")
        amt = f"{c.extra['frozen']:,.2f}元" if story(c) == "salt" else f"{c.amount:,.2f}元"
        L.para(f"关于{a.name}与{r.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
               f"依照{law}第二百四十九条之规定，请协助执行下列事项：")
        L.para(f"扣划被执行人{r.name}（证照号码{r.id_number}）在你行账户"
               f"{c.extra.get('r_acct', '（以查询结果为准）')}内的存款{amt}，划至本院执行款专户。")
        L.para("附：执行裁定书一份。")
        s = L.close(c, d, rng)
        L.s.text(LEFT, L.y, f"经办人：{c.officer}（执行公务证号{c.extra['officer_no']}）　{c.clerk}", font("ming", mm(4)))
        return s
    if code in ("consumption_restriction_order", "dishonest_list_decision"):
        L = Letter("限制消费令" if code == "consumption_restriction_order" else "决　定　书", _num(c))
        L.line(f"{r.name}：" if code == "consumption_restriction_order" else f"被执行人：{r.name}")
        if code == "consumption_restriction_order":
            L.para(f"本院于{num_date(c.filed_on)}受理{a.name}申请执行你单位{c.extra['cause']}一案，因你单位未按执行通知书"
                   "指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
                   f"第一条、第三条之规定，对你单位及你单位法定代表人{r.legal_rep}采取限制消费措施，不得实施下列高消费及非生活"
                   "和工作必需的消费行为：")
            L.para("（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、"
                   "高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）旅游、度假。")
        else:
            L.para(f"本院在执行{a.name}申请执行{r.name}{c.extra['cause']}一案中，被执行人具有履行能力而拒不履行"
                   "生效法律文书确定的义务。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条之规定，决定如下：")
            L.para(f"将{r.name}纳入失信被执行人名单。")
            L.para("如不服本决定，可以向本院申请纠正。")
        return L.close(c, d, rng)
    if code == "termination_this_round_ruling":
        L = Letter("执行裁定书", _num(c))
        _parties(L, c)
        L.para(f"本院在执行{a.name}与{r.name}承揽合同纠纷一案中，{_basis_name(c)}已经发生法律效力。本院于"
               f"{num_date(c.filed_on)}立案执行，执行标的{money(c.amount)}。")
        L.para(f"执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统对其存款、车辆、不动产、证券、"
               f"网络支付账户等进行了查询，均未发现可供执行的财产。经实地调查，被执行人原经营的“{c.extra['shop']}”门店"
               "已停业，租赁合同已解除。本院已对被执行人及其法定代表人采取限制消费措施，并将其纳入失信被执行人名单。"
               "申请执行人经约谈，同意终结本次执行程序。")
        L.para("本院认为，被执行人暂无财产可供执行，依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
               "第五百一十七条之规定，裁定如下：")
        L.para(f"终结本院{c.number}案件的本次执行程序。")
        L.para("申请执行人发现被执行人有可供执行财产的，可以再次申请执行。")
        L.para("本裁定送达后立即生效。")
        return L.close(c, d, rng, signers=_signers(c))
    if code == "closing_notice":
        L = Letter("结案通知书", _num(c))
        L.line(f"{a.name}：")
        L.para(f"你（单位）申请执行{r.name}{c.extra['cause']}一案，执行标的{money(c.amount)}已全部执行到位，"
               f"案款已于{num_date(c.extra['pay_day'] + timedelta(days=7))}发放。本案以执行完毕方式结案。")
        L.para("特此通知。")
        return L.close(c, d, rng)
    raise KeyError(code)


# ------------------------------------------------------------------ the court's printed forms

def _grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[tuple[list[str], float]],
          f: Font) -> list[float]:
    """A printed grid between equal margins: each row a list of cell labels (a label of "" is a space left to be filled)
    and a height; `widths` are the first columns' widths, the last column takes the rest. Returns the y of every row's
    top and the grid's bottom."""
    tops = []
    total = s.width - 2 * x  # the grid spans the sheet between equal margins
    for labels, h in rows:
        tops.append(y)
        s.draw.rectangle((x, y, x + total, y + h), outline=INK, width=2)
        if len(labels) == 1:
            spans = [total]
        else:
            spans = [*widths[:len(labels) - 1], total - sum(widths[:len(labels) - 1])]
        cx = x
        for i, (lab, w) in enumerate(zip(labels, spans, strict=True)):
            if i:
                s.draw.line((cx, y, cx, y + h), fill=INK, width=2)
            if lab:
                parts = wrap(lab, f, w - mm(4))
                ty = y + (h - len(parts) * f.size * 1.3) / 2
                for part in parts:
                    s.centred(ty, part, f, x0=cx, x1=cx + w)
                    ty += f.size * 1.3
            cx += w
        y += h
    tops.append(y)
    return tops


def _fill(s: Sheet, x: float, y: float, text: str, width: float, rng: random.Random, *, size: float = 5.4,
          ink: tuple[int, int, int] = BLUE_INK) -> float:
    per = max(4, int(width / mm(size * 1.02)))
    for k in range(0, len(text), per):
        hand(s, x, y, text[k:k + per], rng, size=mm(size), ink=ink)
        y += mm(size * 1.45)
    return y


def _form_head(s: Sheet, title: str, c: CaseCtx) -> float:
    s.centred(mm(22), COURT, font("serif_bold", mm(5.6)), spacing=mm(0.6))
    s.centred(mm(33), title, font("hei", mm(8)), spacing=mm(2.5))
    s.text(mm(20), mm(48), f"案号：{c.number}", font("ming", mm(4.2)))
    return float(mm(55))


def _hand_forms(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("ming", mm(4.3))
    x = float(mm(18))
    W = s.width - 2 * x
    signer = a.legal_rep if a.kind == "organisation" else a.name
    if code == "payment_account_confirmation":
        y = _form_head(s, "收取执行款账户确认书", c)
        rows = [(["申请执行人", ""], mm(16)), (["收款户名", ""], mm(16)), (["开户银行", ""], mm(16)),
                (["银行账号", ""], mm(16)), (["联系电话", ""], mm(16)),
                (["本人确认：本院执行到位的案款转入上述账户即视为已领取。账户信息错误造成的损失由本人承担。"], mm(26))]
        t = _grid(s, x, y, [mm(40)], rows, f)
        for i, v in enumerate([a.name, a.name, c.extra["in_bank"], c.extra["in_acct"], a.phone if a.kind == "person"
                               else f"138{c.extra['in_acct'][-8:]}"]):
            _fill(s, x + mm(44), t[i] + mm(4), v, W - mm(48), rng)
        y = t[-1] + mm(14)
    elif code == "service_address_confirmation":
        y = _form_head(s, "送达地址确认书", c)
        rows = [(["当事人", ""], mm(15)), (["送达地址", ""], mm(24)), (["收件人", "", "电话", ""], mm(15)),
                (["是否同意电子送达", ""], mm(15)), (["手机号码（短信）", ""], mm(15)),
                (["告知：一、当事人提供的送达地址不准确、变更未及时告知的，文书退回之日视为送达之日。二、同意电子送达的，"
                  "送达信息到达受送达人特定系统的日期为送达日期。"], mm(34))]
        t = _grid(s, x, y, [mm(42), mm(60), mm(22)], rows, f)
        _fill(s, x + mm(46), t[0] + mm(4), a.name, W - mm(50), rng)
        _fill(s, x + mm(46), t[1] + mm(3), a.address, W - mm(50), rng)
        _fill(s, x + mm(46), t[2] + mm(4), c.agent, mm(55), rng)
        _fill(s, x + mm(128), t[2] + mm(4), c.agent_phone, mm(46), rng, size=4.4)
        _fill(s, x + mm(46), t[3] + mm(4), "同意", mm(40), rng)
        _fill(s, x + mm(46), t[4] + mm(4), c.agent_phone, mm(60), rng)
        y = t[-1] + mm(14)
    elif code == "property_clue_form":
        y = _form_head(s, "被执行人财产线索提供表", c)
        clue = {"salt": f"{c.extra.get('r_bank', '')}基本户；厂区有反应釜等设备", "lantern": f"门店“{c.extra.get('shop', '')}”收银微信、"
                "支付宝收款码；店内桌椅设备", "loan": f"{c.extra.get('garage', '')}的举升机、工具；一辆二手面包车"}[story(c)]
        rows = [(["被执行人", ""], mm(15)), (["住所地/经常居住地", ""], mm(22)), (["银行存款", ""], mm(22)),
                (["不动产", ""], mm(18)), (["车辆", ""], mm(18)), (["其他财产线索", ""], mm(34))]
        t = _grid(s, x, y, [mm(44)], rows, f)
        _fill(s, x + mm(48), t[0] + mm(4), r.name, W - mm(52), rng)
        _fill(s, x + mm(48), t[1] + mm(3), r.address, W - mm(52), rng)
        _fill(s, x + mm(48), t[2] + mm(3), c.extra.get("r_bank", "不清楚"), W - mm(52), rng)
        _fill(s, x + mm(48), t[3] + mm(4), "不清楚", W - mm(52), rng)
        _fill(s, x + mm(48), t[4] + mm(4), "不清楚" if story(c) != "loan" else "川C面包车（牌号不详）", W - mm(52), rng)
        _fill(s, x + mm(48), t[5] + mm(3), clue, W - mm(52), rng)
        y = t[-1] + mm(14)
    else:  # property_declaration_form: the debtor's own report
        y = _form_head(s, "财产申报表", c)
        rows = [(["申报人", "", "证照号码", ""], mm(16)), (["银行存款", ""], mm(22)), (["房产、土地", ""], mm(18)),
                (["车辆", ""], mm(18)), (["股权、债权", ""], mm(18)), (["收入及其他", ""], mm(26)),
                (["申报人保证以上内容真实，如有隐瞒愿承担法律责任。"], mm(16))]
        t = _grid(s, x, y, [mm(32), mm(58), mm(26)], rows, f)
        _fill(s, x + mm(36), t[0] + mm(4), r.name[:10], mm(52), rng, size=4.4)
        hand(s, x + mm(120), t[0] + mm(5), r.id_number, rng, size=mm(3.6))
        vals = {"salt": [f"{c.extra.get('r_bank', '')}基本户，已被冻结", "厂房系租赁", "无", "无", "停产，应收款难以收回"],
                "lantern": ["公司账户余额几百元", "无（门店系租赁，已退租）", "无", "无", "已停业，无收入"],
                "loan": ["农商行卡一张，余额很少", "无", "面包车一辆，已卖", "无", "修理厂收入每月几千元"]}[story(c)]
        for i, v in enumerate(vals, 1):
            _fill(s, x + mm(36), t[i] + mm(3), v, W - mm(40), rng)
        y = t[-1] + mm(14)
        signer = r.legal_rep if r.kind == "organisation" else r.name
    s.text(mm(100), y, "签名（盖章）：", f)
    signature(s, mm(132), y - mm(5), signer, rng, ink=BLUE_INK)
    when = made_on(c, code)
    hand(s, mm(118), y + mm(12), f"{when.year}年{when.month}月{when.day}日", rng, size=mm(5), ink=BLUE_INK)
    if code == "property_declaration_form" and r.kind == "organisation":
        seal(s, mm(150), y + mm(4), r.name, rng)
    return [s]


def _summons(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    r = c.respondent
    y = _form_head(s, "传　票", c)
    f = font("ming", mm(4.5))
    d = made_on(c, "summons")
    when = d + timedelta(days=7)
    rows = [(["案　由", f"申请执行{c.extra['cause']}"], mm(16)),
            (["被传唤人", r.legal_rep + f"（{r.name}法定代表人）" if r.kind == "organisation" else r.name], mm(16)),
            (["工作单位或住址", r.address], mm(22)), (["传唤事由", "接受询问，报告财产"], mm(16)),
            (["应到时间", f"{when.year}年{when.month}月{when.day}日上午9时00分"], mm(16)),
            (["应到处所", "本院执行局第二调解室（汇东路57号）"], mm(16)),
            (["注意事项：一、被传唤人必须准时到达，携带本传票。二、被执行人经两次传唤无正当理由拒不到场的，可以拘传。"], mm(30))]
    t = _grid(s, mm(18), y, [mm(40)], [([*lab[:1], ""], h) if len(lab) > 1 else (lab, h) for lab, h in rows], f)
    for (lab, _h), top in zip(rows, t, strict=False):
        if len(lab) > 1:
            s.text(mm(62), top + mm(4), lab[1][:30], f)
    s.right(s.width - mm(30), t[-1] + mm(26), cn_date(d), f)
    seal(s, s.width - mm(60), t[-1] + mm(22), COURT, rng)
    s.text(mm(20), t[-1] + mm(44), f"审判员：{c.officer}　　书记员：{c.clerk}", f)
    return [s]


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Records typed in the bureau on its computer and printed; signed by hand at each sheet's foot."""
    a, r = c.applicant, c.respondent
    interview = code == "interview_record"
    d = made_on(c, code)
    title = "谈 话 笔 录" if interview else "调 查 笔 录"
    who = c.agent if interview else (r.legal_rep if r.kind == "organisation" else r.name)
    place = "本院执行局第一谈话室" if interview else r.address
    if interview:
        qa = [("问", "我们是自流井区法院执行局的执行人员，今天约谈你，就本案执行情况向你告知。你是什么身份？"),
              ("答", f"我是申请执行人{a.name}的委托代理人，有特别授权。"),
              ("问", "本院经网络查控和实地调查，未发现被执行人有可供执行的财产，门店已经停业。你方能否提供新的财产线索？"),
              ("答", "我们也去店里看过，已经关门转租了，暂时提供不出新的线索。"),
              ("问", "本院拟对本案终结本次执行程序。终本后限制消费和失信措施继续有效，发现财产可以申请恢复执行。你方意见？"),
              ("答", "同意终本，发现财产后再申请恢复执行。"), ("问", "以上记录是否属实？"), ("答", "属实。")]
    elif story(c) == "lantern":
        qa = [("问", f"我们是自流井区人民法院执行人员，现向你了解{r.name}的情况。你是什么人？"),
              ("答", f"我是这个门面的房东，以前租给“{c.extra['shop']}”开店。"),
              ("问", "这家店现在是什么情况？"), ("答", "去年灯会过后生意就不好，过完年就关了，欠我两个月房租，东西都搬走了。"),
              ("问", "店里还有什么财产？"), ("答", "剩几张旧桌子，抵房租都不够。"), ("问", "以上属实吗？"), ("答", "属实。")]
    else:
        qa = [("问", "我们是自流井区人民法院执行局的，现依法对你的财产情况进行调查。你现在做什么？"),
              ("答", f"我在{c.extra.get('garage', '厂里')}做事。"), ("问", "你为何没有按照法律文书履行？"),
              ("答", "这两年生意不好，钱都压在货款里了，对方一直没给。"), ("问", "你有什么还款打算？"),
              ("答", "我愿意和对方协商，先付一部分，剩下的分期给。"), ("问", "以上是否属实？"), ("答", "属实。")]
    head = [f"时间：{d.year}年{d.month}月{d.day}日{rng.randint(9, 15)}时{rng.choice(['00', '20', '30'])}分",
            f"地点：{place}", f"执行人员：{c.officer}　　记录人：{c.clerk}",
            f"被{'谈话' if interview else '调查'}人：{who}"]
    sheets: list[Sheet] = []
    f = font("ming", mm(4.8))
    lh = f.size * 1.85

    def new() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        return s, float(mm(26))

    s, y = new()
    s.centred(mm(20), COURT, font("serif_bold", mm(5.4)))
    s.centred(mm(30), title, font("hei", mm(8)), spacing=mm(1))
    s.right(s.width - RIGHT, mm(44), f"案号：{c.number}", font("ming", mm(4.2)))
    y = float(mm(54))
    for h in head:
        s.text(LEFT, y, h, f)
        y += lh
    for q, text in qa:
        for k, part in enumerate(wrap(f"{q}：{text}", f, s.width - LEFT - RIGHT)):
            if y + lh > s.height - mm(48):
                s, y = new()
            s.text(LEFT + (0 if k == 0 else f.size * 2), y, part, f)
            y += lh
    s.text(LEFT, y + mm(4), "（以下无正文）", f)
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.page_of = (i, n)
        sh.text(sh.width - mm(108), sh.height - mm(40), "被谈话人：" if interview else "被调查人：", font("ming", mm(4.4)))
        signature(sh, sh.width - mm(80), sh.height - mm(44), who, rng)
        sh.centred(sh.height - mm(22), f"第{i}页 共{n}页", font("ming", mm(3.6)))
    hand(sheets[-1], LEFT, y + mm(16), "以上笔录我看过，记录属实。", rng, size=mm(5.4), ink=INK)
    return sheets


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    d = made_on(c, "closing_approval_form")
    s.centred(mm(22), COURT, font("serif_bold", mm(5.6)))
    s.centred(mm(33), "执行案件结案审批表", font("hei", mm(8)))
    f = font("ming", mm(4.3))
    how = "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"
    rows = [(["案号", c.number, "立案日期", num_date(c.filed_on)], mm(14)), (["申请执行人", c.applicant.name], mm(14)),
            (["被执行人", c.respondent.name], mm(14)), (["执行依据", _basis_name(c)], mm(20)),
            (["执行标的", f"{c.amount:,.2f}元", "实际到位", "0元" if how != "执行完毕" else f"{c.amount:,.2f}元"], mm(14)),
            (["结案方式", how], mm(14)), (["承办人意见", ""], mm(40)), (["执行局长意见", ""], mm(30))]
    tops = _grid(s, mm(16), mm(46), [mm(32), mm(62), mm(28)], [([lab[0]] + [""] * (len(lab) - 1) if len(lab) == 2 else
                                                                  [lab[0], "", lab[2], ""], h) for lab, h in rows], f)
    for (lab, _h), top in zip(rows, tops, strict=False):
        if len(lab) >= 2 and lab[1]:
            for k, part in enumerate(wrap(lab[1], f, mm(58) if len(lab) == 4 else mm(136))):
                s.text(mm(50), top + mm(3.5) + k * f.size * 1.3, part, f)
        if len(lab) == 4:
            s.text(mm(142), top + mm(3.5), lab[3], f)
    opinion = ("经查控未发现可供执行财产，已采取限制消费、纳入失信措施，申请人同意，拟终本结案。" if how != "执行完毕"
               else "执行款已全部到位并发放，拟以执行完毕结案。")
    y = _fill(s, mm(50), tops[6] + mm(3), opinion, mm(134), rng, size=4.6, ink=INK)
    hand(s, mm(120), y, f"{c.officer}  {d.month}.{d.day}", rng, size=mm(4.6), ink=INK)
    hand(s, mm(50), tops[7] + mm(5), "同意。", rng, size=mm(5.4), ink=INK)
    hand(s, mm(120), tops[7] + mm(16), f"{c.judge}  {d.month}.{d.day + 1 if d.day < 28 else d.day}", rng, size=mm(4.6), ink=INK)
    return [s]


def _service(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    when = max(made_on(c, d) for d in served) + timedelta(days=rng.randint(2, 5))
    to_applicant = any(d in ("acceptance_notice", "payment_notice", "closing_notice") for d in served)
    who: Party = c.applicant if to_applicant else c.respondent
    names = "、".join(NAMES.get(d, d) for d in served)
    if "acceptance_notice" in served or "termination_this_round_ruling" in served:
        cs = carrier(c, "送达回证（邮寄）粘贴单")
        sent = when - timedelta(days=2)
        y = glue(cs, ems_slip(c, who, names, sent, rng), mm(24), mm(50), rng)
        track = screenshot("邮件跟踪查询", [(False, f"{sent:%m-%d} 收寄：自贡市自流井区法院专递"),
                                        (False, "到达自贡揽投部，正在投递"),
                                        (False, f"{when:%m-%d} 已妥投，签收人：{'本人' if rng.random() < 0.6 else '单位收发室'}")],
                           f"{when:%Y/%m/%d}", height=mm(70))
        y = glue(cs, track, mm(70), y + mm(10), rng)
        clerk_note(cs, y + mm(8), f"{names}已邮寄送达{who.name}", c, when, rng, full=True)
        return [cs]
    s = Sheet()
    y = _form_head(s, "送 达 回 证", c)
    f = font("ming", mm(4.5))
    rows = [(["送达文书", names], mm(22)), (["受送达人", who.name], mm(16)), (["送达地址", who.address], mm(22)),
            (["受送达人签收", ""], mm(34)), (["代收人及理由", ""], mm(18)), (["送达人", ""], mm(16)),
            (["送达方式", "直接送达"], mm(16)), (["备注", ""], mm(22))]
    tops = _grid(s, mm(18), y, [mm(42)], [([lab[0], ""], h) for lab, h in rows], f)
    for (lab, _h), top in zip(rows, tops, strict=False):
        if lab[1]:
            for k, part in enumerate(wrap(lab[1], f, mm(126))):
                s.text(mm(64), top + mm(3.5) + k * f.size * 1.35, part, f)
    signer = who.legal_rep if who.kind == "organisation" else who.name
    signature(s, mm(80), tops[3] + mm(4), signer, rng, ink=BLUE_INK)
    hand(s, mm(120), tops[3] + mm(20), f"{when.year}年{when.month}月{when.day}日", rng, size=mm(5), ink=BLUE_INK)
    signature(s, mm(70), tops[5] + mm(3), f"{c.officer} {c.clerk}", rng)
    if who.kind == "organisation":
        seal(s, mm(160), tops[3] + mm(14), who.name, rng)
    s.text(mm(18), tops[-1] + mm(6), "说明：受送达人拒收的，送达人应当在备注栏内写明情况。", font("ming", mm(3.6)))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("ming", mm(4.6))
    d = made_on(c, code)
    pages = {"salt": 46, "lantern": 44, "loan": 38}[story(c)]
    if code == "dossier_cover":
        s.centred(mm(40), COURT, font("serif_bold", mm(8)), spacing=mm(1))
        s.centred(mm(62), "执 行 卷 宗", font("hei", mm(15)), spacing=mm(4))
        s.centred(mm(86), "（正　卷）", font("ming", mm(6)))
        rows = [(["案号", c.number], mm(18)), (["案由", c.extra["cause"]], mm(18)), (["申请执行人", c.applicant.name], mm(18)),
                (["被执行人", c.respondent.name], mm(18)), (["执行员", c.officer], mm(18)),
                (["收案日期", num_date(c.filed_on)], mm(18)), (["结案日期", num_date(c.closed_on)], mm(18)),
                (["结案方式", "执行完毕"], mm(18)), (["本卷共", f"{pages}页"], mm(18)), (["保管期限", "长期"], mm(18))]
        tops = _grid(s, mm(32), mm(104), [mm(38)], [([lab[0], ""], h) for lab, h in rows], f)
        for (lab, _h), top in zip(rows, tops, strict=False):
            s.text(mm(76), top + mm(5), lab[1], f)
        hand(s, mm(76), tops[-1] + mm(10), f"归档号 {c.filed_on.year}-执-{c.number[-6:-1]}", rng, size=mm(5), ink=INK)
        return [s]
    if code == "catalogue":
        s.centred(mm(22), "卷 内 目 录", font("hei", mm(8)), spacing=mm(2))
        s.text(mm(16), mm(36), f"案号：{c.number}", f)
        items = ["卷内目录", "立案审批表、执行申请书", "执行依据（二审判决书）及生效证明书", "申请人身份证明、委托材料",
                 "执行费缴费凭证（粘贴单）", "受理案件通知书、缴款通知书", "执行通知书、报告财产令", "网络查控反馈",
                 "执行裁定书、协助执行通知书", "财产申报表", "执行和解协议", "执行款收付凭证（粘贴单）",
                 "结案通知书", "结案审批表", "送达回证", "卷宗审查表", "备考表"]
        listing: list[tuple[list[str], float]] = [(["序号", "文件名称", "页号", "备注"], mm(11))]
        page = 1
        for i in range(1, len(items) + 1):
            listing.append(([str(i), "", str(page), ""], mm(11)))
            page += rng.randint(1, 4)
        tops = _grid(s, mm(14), mm(44), [mm(18), mm(118), mm(22)], listing, font("ming", mm(4)))
        for it, top in zip(items, tops[1:], strict=False):
            s.text(mm(36), top + mm(3), it, font("ming", mm(4)))
        return [s]
    if code == "file_review_form":
        s.centred(mm(24), COURT, font("serif_bold", mm(5.6)))
        s.centred(mm(35), "执行卷宗归档审查表", font("hei", mm(8)))
        rows = [(["案号", ""], mm(16)), (["承办人", "", "书记员", ""], mm(16)), (["卷宗材料是否齐全", ""], mm(22)),
                (["法律文书是否送达", ""], mm(22)), (["排列、编页是否规范", ""], mm(22)), (["审查意见", ""], mm(36)),
                (["档案室接收", ""], mm(26))]
        tops = _grid(s, mm(18), mm(50), [mm(52), mm(44), mm(30)], rows, f)
        s.text(mm(74), tops[0] + mm(5), c.number, f)
        s.text(mm(74), tops[1] + mm(5), c.officer, f)
        s.text(mm(152), tops[1] + mm(5), c.clerk, f)
        for i in (2, 3, 4):
            hand(s, mm(76), tops[i] + mm(6), "是", rng, size=mm(6), ink=INK)
        hand(s, mm(74), tops[5] + mm(6), "材料齐全，同意归档。", rng, size=mm(5.4), ink=INK)
        hand(s, mm(130), tops[5] + mm(20), f"{c.judge} {d.year}.{d.month}.{d.day}", rng, size=mm(4.8), ink=INK)
        hand(s, mm(74), tops[6] + mm(7), f"已接收 {d.year}.{d.month}.{d.day}", rng, size=mm(5), ink=INK)
        return [s]
    s.centred(mm(30), "卷 内 备 考 表", font("hei", mm(8)), spacing=mm(2))
    s.text(mm(22), mm(46), f"案号：{c.number}", f)
    s.box(mm(20), mm(56), s.width - mm(20), s.height - mm(40), width=2)
    s.text(mm(26), mm(62), "本卷情况说明", f)
    _fill(s, mm(30), mm(78), f"本卷共{pages}页，其中粘贴单若干页，粘贴票据、回单完好，无缺损。", s.width - mm(70), rng,
          ink=INK)
    s.text(mm(110), s.height - mm(96), "立卷人：", f)
    signature(s, mm(134), s.height - mm(100), c.clerk, rng)
    s.text(mm(110), s.height - mm(80), "检查人：", f)
    signature(s, mm(134), s.height - mm(84), c.officer, rng)
    hand(s, mm(110), s.height - mm(64), f"{d.year}.{d.month}.{d.day}", rng, size=mm(5), ink=INK)
    return [s]


def own_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "service_receipt":
        return _service(c, rng, served)
    if code in ("payment_account_confirmation", "service_address_confirmation", "property_clue_form",
                "property_declaration_form"):
        return _hand_forms(code, c, rng)
    if code == "summons":
        return _summons(c, rng)
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return _archive(code, c, rng)
    return _letters(code, c, rng)


