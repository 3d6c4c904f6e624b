"""court_f — a sixth enforcing court, 黑龙江省哈尔滨市道里区人民法院 (黑0102), held out: drawn without
looking at how the page reader works, to measure it once on a layout it has never seen.

House style: a Ming body of Japanese cut; the court's name letter-spaced in a sharp hei on the first
line, the document's name in a drawn box under it, a double rule, the case number at the left; footers
共n页 第n页, or 第n页 at the right, or the page number in the header. Its wording: 受理执行案件通知书,
缴纳执行费用通知书, 执行通知书（附：报告财产令）, 财产报告令, 限制高消费令, a 决定书 that 纳入失信被执行人
名单 in its own words, 执行裁定书 for freezing and deducting, 终结本次执行程序裁定书 written out in the
title, 执行案件结案通知书. Forms and records are in court_f_forms, papers from others in court_f_papers;
court_f_capture scans them its own way."""

from __future__ import annotations

import random

from dossier.corpus.content import CaseCtx, cn_date, money
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_f_forms as forms_f
from dossier.corpus.families import court_f_papers as papers_f
from dossier.corpus.families.court_f_kit import Block, FDoc, mark, typeset

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order",
    "consumption_restriction_order", "dishonest_list_decision", "enforcement_ruling", "assistance_notice",
    "termination_this_round_ruling", "closing_notice",
})
CODES = OWN | forms_f.CODES | papers_f.CODES
LAW = "《中华人民共和国民事诉讼法》"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in forms_f.CODES:
        return forms_f.render(code, c, rng, served)
    if code in papers_f.CODES:
        return papers_f.render(code, c, rng, served)
    sheets = typeset(_doc(c, code, rng), rng)
    if "twice" in served and len(sheets) > 1:
        mark(sheets[1], scanned_twice=True)
    return sheets


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """The basis comes from elsewhere: a Jilin court's judgment, Harbin's arbitration commission, or a
    Harbin notary's certificate with its execution certificate."""
    year = c.filed_on.year - 1
    c.firm = "黑龙江" + c.firm.removeprefix(c.court.city[:2])  # 哈尔滨 has three characters
    if c.basis_kind == "arbitration":
        c.basis_court, c.basis_number = "哈尔滨仲裁委员会", f"（{year}）哈仲裁字第{rng.randint(100, 1999)}号"
    elif c.basis_kind == "notarial":
        c.basis_court, c.basis_number = "黑龙江省哈尔滨市松北公证处", f"（{year}）黑哈松证经字第{rng.randint(1000, 8999)}号"
    else:
        c.basis_kind = "judgment"
        c.basis_court, c.basis_number = "吉林省长春市朝阳区人民法院", f"（{year}）吉0104民初{rng.randint(1000, 19999)}号"


def basis_name(c: CaseCtx) -> str:
    kind = {"arbitration": "裁决书", "notarial": "具有强制执行效力的公证债权文书及执行证书"}.get(c.basis_kind, "民事判决书")
    return f"{c.basis_court}{c.basis_number}{kind}"


def _signed(c: CaseCtx, days: int, *, judge: bool = False) -> list[Block]:
    out: list[Block] = [("gap", "")]
    out += [("sig", f"审判长　{c.judge}"), ("sig", f"审判员　{c.officer}")] if judge else [("sig", f"执行员　{c.officer}")]
    return [*out, ("date", cn_date(c.day(days))), ("sig", f"书记员　{c.clerk}")]


def _parties(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = [("f", f"申请执行人：{a.name}，{a.sex}，住{a.address}。"), ("f", f"委托代理人：{c.agent}，{c.firm}律师。")]
    if r.kind == "organisation":
        return [*out, ("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，经理。")]
    return [*out, ("f", f"被执行人：{r.name}，{r.sex}，住{r.address}。")]


def _doc(c: CaseCtx, code: str, rng: random.Random) -> FDoc:
    a, r = c.applicant, c.respondent
    foot = rng.choice(["both", "right", "header"])
    if code == "acceptance_notice":
        return FDoc("受理执行案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{r.name}一案，依据{basis_name(c)}，本院经审查符合立案条件，决定立案执行。本案案号为{c.number}，"
                  f"承办人{c.officer}，联系电话{c.court.phone}。"),
            ("p", "请你方在七日内提交被执行人财产线索，并填写送达地址确认书、执行款收款账户确认书。你方可登录"
                  "“黑龙江法院诉讼服务网”或拨打12368查询案件进度。"),
            ("p", "特此通知。"), *_signed(c, 1)], c.number, footer=foot)
    if code == "payment_notice":
        fee = int(c.amount) // 100 + 50
        return FDoc("缴纳执行费用通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{r.name}一案，依照《诉讼费用交纳办法》第十条、第十四条的规定，应交申请执行费人民币{fee}元。"
                  "申请执行费可待执行后交纳，由被执行人负担，本院在执行款中优先扣收。"),
            ("p", "交款账户：哈尔滨市道里区人民法院诉讼费专户，开户行：中国工商银行哈尔滨道里支行。"),
            ("p", "特此通知。"), *_signed(c, 1)], c.number, footer=foot)
    if code == "enforcement_notice":
        return FDoc("执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"申请执行人{a.name}依据{basis_name(c)}向本院申请执行，本院已于{cn_date(c.filed_on)}立案。依照{LAW}"
                  "第二百五十一条、第二百五十二条的规定，责令你方："),
            ("p", f"一、自收到本通知之日起五日内向申请执行人{a.name}履行{money(c.amount)}及迟延履行期间的债务利息；"),
            ("p", "二、负担申请执行费和执行中实际支出的费用；"),
            ("p", "三、同时按附后的《财产报告令》如实向本院报告财产。"),
            ("p", "逾期仍不履行的，本院将依法查封、扣押、冻结、拍卖、变卖你方财产，并对你方限制高消费、纳入失信被执行人名单。"),
            *_signed(c, 2)], c.number, footer=foot, subtitle="（附：报告财产令）")
    if code == "property_report_order":
        return FDoc("财产报告令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行的{a.name}申请执行你方一案，依照{LAW}第二百五十二条的规定，你方应当在收到本令之日起五日内，"
                  "如实填写《被执行人财产申报表》，报告当前以及收到执行通知之日前一年的财产情况，包括收入、银行存款、现金、"
                  "理财产品、有价证券、土地使用权、房屋、车辆、股权、债权等。"),
            ("p", "拒绝报告或者虚假报告的，本院可以根据情节轻重对你方或者你方的法定代理人、主要负责人、直接责任人员予以罚款、"
                  "拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
            *_signed(c, 2)], c.number, footer=foot)
    if code == "consumption_restriction_order":
        who = f"{r.name}及其法定代表人{r.legal_rep}" if r.legal_rep else r.name
        return FDoc("限制高消费令", [
            ("f", f"{r.name}{'、' + r.legal_rep if r.legal_rep else ''}："),
            ("p", f"本院在执行{a.name}申请执行{r.name}一案中，你方未按执行通知书指定的期间履行义务。依照《最高人民法院关于"
                  f"限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，自即日起限制{who}实施下列行为："),
            ("p", "乘坐飞机、列车软卧、轮船二等以上舱位及G字头动车组列车全部座位；在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "消费；购买不动产或新建、扩建、高档装修房屋；租赁高档写字楼、宾馆、公寓办公；购买非经营必需车辆；旅游、度假；"
                  "子女就读高收费私立学校；支付高额保费购买保险理财产品。"),
            ("p", "违反本令的，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
            *_signed(c, 22)], c.number, footer=foot)
    if code == "dishonest_list_decision":
        return FDoc("决定书", [
            *_parties(c)[2:],
            ("p", f"本院依据{basis_name(c)}执行{a.name}与{r.name}一案，被执行人{r.name}在法定期间内既未履行义务，也未向本院"
                  "报告财产，属于有履行能力而拒不履行生效法律文书确定义务、违反财产报告制度的情形。依照"
                  f"{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条、第二条的规定，决定如下："),
            ("p", f"被执行人{r.name}纳入失信被执行人名单，向社会公布，期限为二年。"),
            ("p", "本决定一经作出即生效。被执行人认为名单有误的，可以向本院书面申请纠正。"),
            *_signed(c, 23, judge=True)], c.number, footer=foot)
    if code == "assistance_notice":
        return FDoc("协助执行通知书", [
            ("f", "哈尔滨市不动产登记中心道里分中心："),
            ("p", f"本院执行的{a.name}申请执行{r.name}一案，{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十五条、"
                  "第二百五十八条的规定，请协助执行下列事项："),
            ("p", f"查封被执行人{r.name}名下位于{c.court.city}道里区安静街{rng.randint(10, 99)}号的不动产"
                  f"（不动产权证号：黑（{c.filed_on.year - 3}）哈尔滨市不动产权第{rng.randint(100000, 999999):07d}号），"
                  "查封期限三年，查封期间不得办理转移、抵押等登记。"),
            ("f", "附：执行裁定书副本一份"), *_signed(c, 10)], c.number, footer=foot)
    if code == "closing_notice":
        span = (c.closed_on - c.filed_on).days
        return FDoc("执行案件结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{r.name}一案，执行标的{money(c.amount)}已经全部执行到位，执行款已由本院执行款专户转入你方"
                  f"指定账户。本案于{cn_date(c.closed_on)}以执行完毕方式结案。"),
            ("p", "特此通知。"), *_signed(c, span)], c.number, footer=foot)
    return _ruling(c, code, foot)


def _ruling(c: CaseCtx, code: str, foot: str) -> FDoc:
    a, r = c.applicant, c.respondent
    span = (c.closed_on - c.filed_on).days
    if code == "enforcement_ruling":
        blocks: list[Block] = [
            ("p", f"本院在执行{a.name}与{r.name}一案中，因被执行人未履行{basis_name(c)}确定的义务，依照{LAW}"
                  "第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("p", f"冻结、扣划被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押其同等价值的其他财产。"),
            ("p", "本裁定送达后立即生效。"), *_signed(c, 8, judge=True)]
        return FDoc("执行裁定书", [*_parties(c), *blocks], c.number, footer=foot)
    if code != "termination_this_round_ruling":
        raise KeyError(code)
    blocks = [
        ("p", f"本院在执行{a.name}与{r.name}一案中，执行标的为{money(c.amount)}，执行依据为{basis_name(c)}。"),
        ("p", "执行中，本院向被执行人送达了执行通知书及财产报告令，被执行人至今未履行，也未报告财产。本院通过全国法院"
              "网络执行查控系统和黑龙江省高级人民法院“点对点”查控系统，查询了被执行人名下的银行存款、车辆、不动产、"
              "证券、股权、互联网银行及支付宝、微信财付通等财产，未发现可供执行的财产；对申请执行人提供的线索进行了"
              "现场调查，未发现可供执行的财产。本院已对被执行人采取限制高消费措施，并将其纳入失信被执行人名单。"),
        ("p", f"{cn_date(c.day(span - 14))}，本院执行员与申请执行人进行了执行谈话，告知了本案执行情况、财产调查情况及"
              "终结本次执行程序的依据和后果，申请执行人同意终结本次执行程序。"),
        ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产，符合终结本次执行程序的条件。依照"
              "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", f"终结{c.number}案件本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行，不受申请执行时效期间的限制。"),
        ("p", "本裁定送达后立即生效。"), *_signed(c, span - 2, judge=True)]
    return FDoc("终结本次执行程序裁定书", [*_parties(c), *blocks], c.number, footer=foot)
