"""The family court_am (内蒙古自治区满洲里市人民法院, held out): a small border-port court whose own papers are set in a
仿宋-like face with bold 黑体 titles and its name also in traditional Mongolian script, and whose dossiers hold what a
口岸 town's enforcement files hold — a 木材 import dispute against a Russian trading company's 满洲里 branch (this
court's own judgment, Russian papers with a translation company's sealed 翻译件, a 报关单), a 呼伦贝尔仲裁委员会 award
on 口岸 storage and freight against a 蒙古国 trader (his passport copy where an ID copy would stand), and this court's
judgment on a cross-border freight contract. Received papers are drawn by court_am_papers."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, money, person_name
from dossier.corpus.draw import Block, Sheet, mm, seal, table
from dossier.corpus.families import court_am_papers as papers
from dossier.corpus.families.court_am_kit import (
    COURT,
    COURT_SEAL,
    LAW,
    fill,
    paper,
    signed_tail,
    small,
    typed,
)
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "enforcement_ruling", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_notice",
    "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | papers.CODES
TIMBER_SEQ = 57134
LOGISTICS_SEQ = 57496
FREIGHT_SEQ = 57843
ARBITRATION = papers.ARBITRATION


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """满洲里 parties: the seq picks the story (timber judgment, 口岸 logistics award, freight judgment)."""
    year = c.filed_on.year - 1
    story = {TIMBER_SEQ: "timber", LOGISTICS_SEQ: "logistics"}.get(int(c.number.split("执")[-1].rstrip("号")), "freight")
    c.extra["story"] = story
    firm = rng.choice(papers.FIRMS)
    c.firm = firm
    c.extra["bank"] = rng.choice(["满洲里农村商业银行股份有限公司口岸支行", "满洲里农村商业银行股份有限公司营业部"])
    c.extra["own_bank"] = rng.choice(["中国银行满洲里分行", "满洲里农村商业银行股份有限公司营业部"])
    c.extra["own_account"] = f"1532 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    c.extra["resp_account"] = f"6230 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"
    rep = person_name(rng)
    if story in ("timber", "logistics"):
        name = rng.choice(["满洲里北疆木业进出口有限公司", "满洲里兴安林产品进出口有限公司"] if story == "timber"
                          else ["满洲里国门国际物流有限公司", "满洲里欧亚通达国际物流有限公司"])
        c.applicant = Party(name, "organisation", credit_code(rng, "150781"),
                            f"满洲里市{rng.choice(['互贸区', '国际物流园区', '东湖区'])}{rng.choice(['通商', '口岸', '兴华'])}路"
                            f"{rng.randint(1, 88)}号", f"0470-62{rng.randint(10000, 99999)}", legal_rep=rep)
    if story == "timber":
        c.extra["ru_parent"] = rng.choice(["ООО «Сибирский лес»", "ООО «Байкал-Лестрейд»"])
        c.extra["ru_parent_cn"] = {"ООО «Сибирский лес»": "西伯利亚森林有限责任公司"}.get(c.extra["ru_parent"], "贝加尔木材贸易有限责任公司")
        c.respondent = Party(f"{c.extra['ru_parent_cn']}满洲里分公司", "organisation", credit_code(rng, "150781"),
                             f"满洲里市南区{rng.choice(['二道街', '三道街', '五道街'])}{rng.randint(5, 120)}号",
                             f"0470-39{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["resp_head_ru"] = rng.choice(["Иванов Сергей Петрович", "Кузнецов Алексей Викторович"])
        c.extra["cubic"] = rng.randint(380, 1600)
        c.extra["contract_no"] = f"MZL-{year}-{rng.randint(10, 99)}/{rng.randint(1, 9)}"
        c.basis_kind = "judgment"
    elif story == "logistics":
        c.extra["mn_name_cyr"] = rng.choice(["ОЧИРБАТ Батболд", "ГАНБААТАР Энхбат", "ДОРЖ Баяр"])
        cn = {"ОЧИРБАТ Батболд": "敖其尔巴特·巴特包勒德", "ГАНБААТАР Энхбат": "甘巴特尔·恩和巴特", "ДОРЖ Баяр": "道尔吉·巴雅尔"}
        c.extra["mn_name_latin"] = {"ОЧИРБАТ Батболд": "Batbold", "ГАНБААТАР Энхбат": "Enkhbat"}.get(
            c.extra["mn_name_cyr"], "Bayar")
        born = date(rng.randint(1968, 1990), rng.randint(1, 12), rng.randint(1, 28))
        passport = f"E{rng.randint(1000000, 9999999)}"
        c.respondent = Party(cn[c.extra["mn_name_cyr"]], "person", passport,
                             f"蒙古国乌兰巴托市{rng.choice(['巴彦珠尔赫区', '松根海尔汗区', '青格尔泰区'])}第{rng.randint(2, 24)}小区"
                             f"{rng.randint(1, 60)}号楼", f"+976 99{rng.randint(100000, 999999)}", born=born, sex="男")
        c.extra["passport"] = passport
        c.extra["register_no"] = f"УБ{born.year % 100:02d}{born.month + 20 if born.year >= 2000 else born.month:02d}{born.day:02d}{rng.randint(10, 99)}"
        c.extra["mn_trucks"] = rng.randint(4, 12)
        c.basis_kind = "arbitration"
        c.basis_court = ARBITRATION
        c.basis_number = f"（{year}）呼仲字第{rng.randint(40, 399)}号"
    else:
        c.respondent.name = f"满洲里{rng.choice(['中欧', '北方', '国际'])}{rng.choice(['货运代理', '陆港运输'])}有限公司"
        c.respondent.address = f"满洲里市{rng.choice(['国际物流园区', '扎赉诺尔区'])}{rng.choice(['货场', '站前'])}路{rng.randint(1, 60)}号"
        c.respondent.id_number = credit_code(rng, "150781")
        c.basis_kind = "judgment"
    if c.basis_kind == "judgment":
        c.basis_court = COURT
        c.basis_number = f"（{year}）蒙0781民初{rng.randint(200, 2999)}号"
    c.applicant.address = c.applicant.address.replace("满洲里市满洲里市", "满洲里市")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return papers.render(code, c, rng, served)
    if code == "service_receipt":
        return [_receipt(c, served, rng)]
    if code in ("property_declaration_form", "closing_approval_form", "file_review_form", "remarks_sheet",
                "dossier_cover", "catalogue"):
        return [FORMS[code](c, rng)]
    if code in ("investigation_record", "interview_record"):
        return _record(c, code, rng)
    title, blocks, day, roles, heading = _own(c, code, rng)
    return typed(rng, blocks, heading=heading, title=title, number=c.number, tail=signed_tail(c, day, roles),
                 seal_name=COURT_SEAL, mongol=True, spacing=mm(2.2) if len(title) > 5 else 0.0)


def basis_name(c: CaseCtx) -> str:
    return {"arbitration": "仲裁裁决书"}.get(c.basis_kind, "民事判决书")


def cause(c: CaseCtx) -> str:
    return {"timber": "国际货物买卖合同纠纷", "logistics": "仓储及运输合同纠纷"}.get(c.extra.get("story", ""), "公路货物运输合同纠纷")


def _parties(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = []
    if a.kind == "organisation":
        out += [("f", f"申请执行人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司总经理。")]
    else:
        out.append(("f", f"申请执行人：{a.name}，{a.sex}，{a.born.year if a.born else 1980}年生，住{a.address}。"))
    out.append(("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    if r.kind == "organisation":
        out += [("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"负责人：{r.legal_rep}。")]
    else:
        out.append(("f", f"被执行人：{r.name}（{c.extra.get('mn_name_cyr', '')}），{r.sex}，蒙古国国籍，护照号码{r.id_number}，"
                         f"住{r.address}。"))
    return out


def _own(c: CaseCtx, code: str, rng: random.Random) -> tuple[str, list[Block], date, list[tuple[str, str]], str]:
    a, r = c.applicant, c.respondent
    law = LAW
    officer = [("执行员", c.officer)]
    basis = f"{c.basis_court}{c.basis_number}{basis_name(c)}"
    owe = money(c.amount)
    if code == "acceptance_notice":
        return ("受理案件通知书", [("f", f"{a.name}："),
                ("p", f"你（单位）申请执行{r.name}{cause(c)}一案，申请执行的依据为{basis}。经审查，符合法定受理条件，本院决定立案执行，"
                      f"案号为{c.number}。"),
                ("p", f"本案由执行员{c.officer}承办，联系电话{c.court.phone}。请你（单位）在收到本通知后七日内向本院提供被执行人的财产"
                      "线索；如被执行人在境外有可供执行的财产，亦可一并提供。执行款项将划入你方确认的账户。"),
                ("p", "特此通知。")], c.day(1), [], COURT)
    if code == "payment_notice":
        fee = (c.amount * Decimal("0.01") + 50).quantize(Decimal("0.01"))
        return ("缴款通知书", [("f", f"{r.name}："),
                ("p", f"本院受理的{a.name}申请执行你（单位）{cause(c)}一案，依照《诉讼费用交纳办法》第十条第（一）项、第十四条第（一）项"
                      f"的规定，应由你（单位）负担申请执行费{money(fee)}。请于收到本通知之日起七日内将上述款项连同执行标的款一并"
                      f"交至本院执行款专户（开户行：{c.extra['own_bank']}，账号：{c.extra['own_account']}）。"),
                ("p", "逾期不交的，本院将依法强制扣划。")], c.day(3), officer, COURT)
    if code == "enforcement_notice":
        return ("执行通知书", [("f", f"{r.name}："),
                ("p", f"{a.name}与你（单位）{cause(c)}一案，{basis}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}"
                      f"向本院申请强制执行，本院依法立案执行。依照{law}第二百五十一条、第二百六十四条的规定，责令你（单位）自收到本"
                      "通知书之日起立即履行下列义务："),
                ("p", f"一、向申请执行人支付{owe}；"),
                ("p", "二、加倍支付迟延履行期间的债务利息；"),
                ("p", "三、负担本案申请执行费。"),
                ("p", "逾期不履行的，本院将依法强制执行，并可采取限制消费、纳入失信被执行人名单、限制出境等措施。")],
                c.day(3), officer, COURT)
    if code == "property_report_order":
        return ("报告财产令", [("f", f"{r.name}："),
                ("p", f"本院执行的{c.number}案件，因你（单位）未按执行通知履行法律文书确定的义务，依照{law}第二百五十二条的规定，"
                      "责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况（包括境内外存款、"
                      "车辆、房产、在口岸监管场所存放的货物、对外应收账款等），并填写所附财产申报表。"),
                ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")],
                c.day(3), officer, COURT)
    if code == "enforcement_ruling":
        return ("执行裁定书", [*_parties(c),
                ("p", f"本院依据已经发生法律效力的{basis}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知履行法律文书确定的义务。"
                      f"依照{law}第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下："),
                ("p", f"冻结、划拨被执行人{r.name}在银行业金融机构的存款{owe}，或查封、扣押、冻结其相应价值的其他财产。"),
                ("p", "本裁定立即执行。")], c.day(12), officer, COURT)
    if code == "summons":
        return ("传　票", [("f", f"被传唤人：{r.legal_rep or r.name}"), ("f", f"工作单位或住址：{r.address}"),
                ("f", "传唤事由：执行谈话"), ("f", f"应到时间：{cn_date(c.day(40))}上午九时"),
                ("f", f"应到处所：本院执行局第二谈话室（{c.court.address}）"),
                ("p", "注意事项：一、被传唤人必须准时到达应到处所。二、本传票由被传唤人携带来院报到。三、境外人员须携带护照原件。"
                      "四、无正当理由拒不到场的，可依法拘传。")], c.day(30), officer, COURT)
    if code == "consumption_restriction_order":
        who = f"你单位及你单位负责人{r.legal_rep}" if r.kind == "organisation" else "你"
        return ("限制消费令", [("f", f"{r.name}{'：' if r.kind != 'organisation' else f'、{r.legal_rep}：'}"),
                ("p", f"本院于{cn_date(c.filed_on)}立案执行{a.name}申请执行你（单位）{cause(c)}一案。因你（单位）未按执行通知书指定的期间"
                      f"履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                      f"对{who}采取限制消费措施，不得实施下列高消费及非生活和工作必需的消费行为："),
                ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                      "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                      "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                      "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
                ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。")],
                c.day(45), [("院长", person_name(random.Random(c.court.name)))], COURT)
    if code == "dishonest_list_decision":
        return ("决定书", [*_parties(c),
                ("p", f"本院在执行{a.name}申请执行{r.name}{cause(c)}一案中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，"
                      f"依照{law}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项的规定，决定如下："),
                ("p", f"将{r.name}纳入失信被执行人名单。"), ("p", "本决定一经作出即生效。")],
                c.day(46), officer, COURT)
    if code == "termination_this_round_ruling":
        return ("执行裁定书", [*_parties(c),
                ("p", f"本院在执行{basis}过程中，于{cn_date(c.day(3))}向被执行人发出执行通知书、报告财产令，经网络执行查控系统及"
                      f"向{c.extra['bank']}、满洲里市不动产登记中心、满洲里海关等单位调查，未发现被执行人有可供执行的财产。本院已对被执行人"
                      "采取限制消费措施并纳入失信被执行人名单。申请执行人到庭陈述意见，表示暂不能提供其他财产线索。"),
                ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
                ("p", f"终结本院{c.number}案件的本次执行程序。"),
                ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
                ("p", "本裁定送达后立即生效。")], c.closed_on - timedelta(days=2), officer, COURT)
    if code == "closing_notice":
        return ("结案通知书", [("f", f"{a.name}："),
                ("p", f"你（单位）申请执行{r.name}{cause(c)}一案，被执行人已按执行和解协议履行完毕，执行款已发放至你方账户。"
                      "本案以执行完毕方式结案。"), ("p", "特此通知。")], c.closed_on, [], COURT)
    raise KeyError(code)


SERVED_NAMES = {
    "acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书（纳入失信名单）", "payment_notice": "缴款通知书", "summons": "传票",
    "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书",
}


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> Sheet:
    s = paper(rng)
    f = small("ming", 4.2)
    s.centred(mm(24), COURT, font("hei", mm(6)))
    s.centred(mm(36), "送 达 回 证", font("hei", mm(8)), spacing=mm(3))
    to_app = any(x in ("acceptance_notice", "closing_notice") for x in served)
    who = c.applicant if to_app else c.respondent
    day = c.day(2) if to_app else (c.closed_on if "termination_this_round_ruling" in served else c.day(5))
    names = "、".join(SERVED_NAMES.get(x, x) for x in served)
    rows = [["案　　号", c.number], ["案　　由", cause(c)], ["送达文书名称及件数", f"{names}各一份"],
            ["受送达人", who.name], ["送达地址", who.address], ["", ""], ["送达方式", rng.choice(["直接送达", "邮寄送达", "直接送达"])],
            ["代收人及代收理由", ""], ["备　　注", "被执行人为境外人员，经其在口岸的代理人签收" if who.kind == "person" and c.extra.get("passport") else ""]]
    x0, cols = mm(20), [mm(48), mm(122)]
    heights = [mm(14), mm(14), mm(22), mm(14), mm(18), mm(50), mm(14), mm(18), mm(22)]
    y = mm(50)
    table(s, x0, y, cols, [r if r != ["", ""] else ["受送达人签名或盖章", ""] for r in rows], f, row_h=heights, centre_first=True)
    yy = y + sum(heights[:5])
    fill(s, x0 + mm(58), yy + mm(10), who.legal_rep if who.kind == "organisation" else c.agent, rng, mm(6.5))
    fill(s, x0 + mm(110), yy + mm(32), f"{day.year}.{day.month}.{day.day}", rng)
    if who.kind == "organisation" and rng.random() < 0.7:
        seal(s, x0 + mm(120), yy + mm(24), who.name, rng, radius=mm(17))
    s.text(x0, y + sum(heights) + mm(6), f"送达人：{c.officer}　{c.clerk}", f)
    s.text(x0 + mm(100), y + sum(heights) + mm(6), f"签发人：{person_name(random.Random(c.clerk))}", f)
    return s


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[Sheet]:
    """笔录: printed form head, Q&A typed on the bureau's printer, signed by hand on every page."""
    a = c.applicant
    if code == "interview_record":
        title, day, place = "谈 话 笔 录", c.closed_on - timedelta(days=12), "本院执行局谈话室"
        who = f"{c.agent}（{a.name}委托诉讼代理人）"
        qa = [("问", "今天约你来，是告知本案的执行情况并听取你方意见。经网络查控及向口岸各单位调查，未发现被执行人有可供执行的"
                     "财产，你方是否清楚？"), ("答", "清楚。我们自己也到互贸区和货场找过，没有发现他的车和货。"),
              ("问", "你方是否还能提供被执行人其他财产线索？"),
              ("答", "暂时没有。被执行人人在境外，我们听说他还在二连浩特口岸跑运输，但没有确切线索。" if c.extra.get("passport")
                     else "暂时没有。被执行人的挂车听说已经开到俄罗斯那边去了，公司也不在原址办公了。"),
              ("问", "本院拟对本案终结本次执行程序，终本后发现财产可申请恢复执行，你方有何意见？"),
              ("答", "同意，希望法院继续把他的限制措施保留，他再入境时通知我们。"), ("问", "还有补充吗？"), ("答", "没有。")]
    else:
        title, day, place = "调 查 笔 录", c.day(60), f"满洲里国际物流园区{rng.choice(['三号', '五号'])}货场"
        who = f"{person_name(rng)}（货场管理员）"
        qa = [("问", "我们是满洲里市人民法院执行局的，现依法向你调查情况。申请执行人称被执行人有车辆、货物存放在你场，是否属实？"),
              ("答", "他以前的车常停这里，去年十月以后就没来过，场里没有他的货。"),
              ("问", "被执行人是否欠你场费用，有无留下其他财物？"), ("答", "还欠我们停车费，没留东西。"),
              ("问", "以上所说是否属实？"), ("答", "属实。")]
    blocks: list[Block] = [("f", f"时间：{cn_date(day)}　{rng.randint(9, 15)}时{rng.choice(['00', '20', '30'])}分"),
                           ("f", f"地点：{place}"), ("f", f"调查人（谈话人）：{c.officer}　记录人：{c.clerk}"),
                           ("f", f"被调查人（谈话对象）：{who}"), ("f", f"案号：{c.number}")]
    blocks += [("p", f"{q}：{t}") for q, t in qa]
    blocks.append(("p", "（以下无正文）"))
    sheets = typed(rng, blocks, title=title, heading=COURT, footer="of", mongol=False)
    for k, sh in enumerate(sheets):
        fill(sh, mm(120), mm(268), ("以上笔录我已看过，与我说的一样。" if k == len(sheets) - 1 else "") , rng, mm(4))
        fill(sh, mm(150), mm(275), who.split("（")[0], rng, mm(6))
    return sheets


def _form(c: CaseCtx, rng: random.Random, title: str, rows: list[list[str]], heights: Sequence[float],
          hand_rows: dict[int, str], *, heading: str = COURT) -> Sheet:
    s = paper(rng)
    s.centred(mm(22), heading, font("hei", mm(5.6)))
    s.centred(mm(34), title, font("hei", mm(8)), spacing=mm(2.5))
    x0, cols = mm(18), [mm(46), mm(128)]
    y = mm(52)
    table(s, x0, y, cols, rows, small("ming", 4.0), row_h=heights, centre_first=True)
    for i, text in hand_rows.items():
        yy = y + sum(heights[:i]) + heights[i] / 2 - mm(3)
        fill(s, x0 + mm(52), yy, text, rng)
    return s


def _declaration(c: CaseCtx, rng: random.Random) -> Sheet:
    r = c.respondent
    rows = [["被执行人", r.name], ["证件类型及号码", ("护照 " if c.extra.get("passport") else "统一社会信用代码 ") + r.id_number],
            ["银行存款", ""], ["不动产", ""], ["车辆、船舶", ""], ["口岸监管场所货物", ""], ["对外债权", ""], ["境外财产", ""],
            ["申报人签名", ""], ["申报日期", ""]]
    return _form(c, rng, "财产申报表", rows, [mm(14), mm(14)] + [mm(22)] * 6 + [mm(16), mm(14)], {})


def _approval(c: CaseCtx, rng: random.Random) -> Sheet:
    how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    rows = [["案号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", f"{c.basis_court}{c.basis_number}"], ["执行标的", money(c.amount)], ["立案日期", cn_date(c.filed_on)],
            ["结案方式", how], ["承办人意见", ""], ["执行局长意见", ""], ["结案日期", cn_date(c.closed_on)]]
    heights = [mm(13)] * 7 + [mm(36), mm(30), mm(13)]
    s = _form(c, rng, "结案审批表", rows, heights, {7: f"拟以{how}方式结案。", 8: "同意。"})
    fill(s, mm(150), mm(52) + sum(heights[:8]) - mm(9), c.officer, rng, mm(5))
    fill(s, mm(150), mm(52) + sum(heights[:9]) - mm(9), person_name(random.Random(c.court.name)), rng, mm(5))
    return s


def _review(c: CaseCtx, rng: random.Random) -> Sheet:
    items = ["立案材料齐全", "执行依据及生效证明", "执行通知、报告财产令及送达回证", "查控及调查材料", "终本裁定及送达",
             "卷内文书无空白项", "页码编排、装订"]
    rows = [["复核项目", "复核情况"], *[[t, ""] for t in items], ["复核人", ""], ["复核日期", ""]]
    heights = [mm(13)] + [mm(16)] * len(items) + [mm(14), mm(14)]
    hands = {i + 1: "√ 符合" for i in range(len(items))}
    hands[len(items) + 1] = c.officer
    hands[len(items) + 2] = f"{c.closed_on.year}.{(c.closed_on + timedelta(days=9)).month}.{(c.closed_on + timedelta(days=9)).day}"
    return _form(c, rng, "卷宗复核表", rows, heights, hands)


def _remarks(c: CaseCtx, rng: random.Random) -> Sheet:
    s = paper(rng)
    s.centred(mm(30), "备　考　表", font("hei", mm(8)), spacing=mm(2))
    s.text(mm(25), mm(48), f"{c.number}", small("ming", 4.2))
    s.box(mm(22), mm(58), mm(188), mm(258))
    fill(s, mm(32), mm(72), "本卷共计　件，连同封面、卷内目录、备考表装订成册。", rng)
    fill(s, mm(32), mm(90), "卷内护照复印件系境外当事人提供，已核对原件。" if c.extra.get("passport") else "无其他说明。", rng)
    s.text(mm(110), mm(230), f"立卷人：{c.clerk}", small("ming", 4.2))
    s.text(mm(110), mm(242), f"检查人：{c.officer}", small("ming", 4.2))
    s.text(mm(110), mm(252), f"立卷时间：{cn_date(c.closed_on + timedelta(days=14))}", small("ming", 4.2))
    return s


def _cover(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet(paper=(232, 222, 196))
    s.centred(mm(40), COURT, font("hei", mm(7)))
    s.centred(mm(62), "执 行 卷 宗", font("hei", mm(14)), spacing=mm(4))
    s.centred(mm(86), "（正卷）", small("ming", 5))
    rows = [["案　　号", c.number], ["案　　由", cause(c)], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行员", c.officer], ["书记员", c.clerk], ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)],
            ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
            ["保管期限", "长期"], ["归档号", ""]]
    table(s, mm(30), mm(100), [mm(40), mm(110)], rows, small("ming", 4.4), row_h=mm(14), centre_first=True)
    fill(s, mm(78), mm(100) + mm(14) * 10 + mm(4), f"{c.closed_on.year}-执-{rng.randint(100, 899)}", rng)
    return s


CATALOGUE = ["执行申请书", "执行依据及生效证明", "立案材料", "受理案件通知书", "执行通知书、报告财产令", "财产申报表",
             "网络查控及协助查询回复", "执行裁定书", "协助执行通知书及回执", "传票", "限制消费令", "失信决定书",
             "调查笔录", "谈话笔录", "终结本次执行程序裁定书", "结案审批表", "送达回证"]


def _catalogue(c: CaseCtx, rng: random.Random) -> Sheet:
    s = paper(rng)
    s.centred(mm(24), "卷 内 目 录", font("hei", mm(8)), spacing=mm(2))
    s.text(mm(20), mm(38), f"案号：{c.number}", small("ming", 4))
    rows = [["序号", "文件名称", "页号"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        rows.append([str(i), name, str(page)])
        page += rng.randint(1, 4)
    table(s, mm(20), mm(46), [mm(18), mm(128), mm(24)], rows, small("ming", 3.9), row_h=mm(11.5), centre_first=True)
    return s


FORMS = {"property_declaration_form": _declaration, "closing_approval_form": _approval, "file_review_form": _review,
         "remarks_sheet": _remarks, "dossier_cover": _cover, "catalogue": _catalogue}
