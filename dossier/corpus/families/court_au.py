"""court_au (held out, drawn blind): 黑龙江省大庆市让胡路区人民法院, in the Daqing oilfield. Its cases are the
oilfield's: a 劳务 team's wages against an oilfield service contractor, paid once the contractor's receivable from a
采油厂 was frozen; a drilling-rig lease award of 大庆仲裁委员会 settled by 和解协议 and archived; a parts supplier's
二审 judgment filed online whose 执行申请书 never reached the paper volume. This module moves the case to Daqing and
draws the bureau's own papers; the parties' and other bodies' papers are in court_au_papers."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, id_number, money, num_date
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_au_kit import (
    BUREAU,
    COURT,
    GARNISHEE,
    PEN_BLACK,
    PEN_BLUE,
    Head,
    f,
    fill,
    grid,
    index_tab,
    margin_note,
    pages,
    paragraph,
    read_stamp,
    sign_block,
    story,
)
from dossier.corpus.families.court_au_papers import RECEIVED, bank_slips, render_paper
from dossier.corpus.paper import scrawl

OWN = frozenset({"acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order",
                 "property_declaration_form", "online_inquiry_result", "enforcement_ruling", "assistance_notice",
                 "payment_voucher", "closing_notice", "closing_approval_form", "service_receipt", "dossier_cover",
                 "catalogue", "file_review_form", "remarks_sheet"})
CODES = OWN | RECEIVED

TAB_WORDS = {"enforcement_basis": "依据", "enforcement_ruling": "裁定", "settlement_agreement": "和解",
             "payment_voucher": "案款", "online_inquiry_result": "查控", "assistance_notice": "协助",
             "effectiveness_certificate": "生效", "identity_proof": "身份"}


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Daqing parties, a Daqing law firm, and the basis each story rests on."""
    y = c.filed_on.year
    c.firm = rng.choice(["黑龙江庆诚律师事务所", "黑龙江油城律师事务所", "黑龙江湿地律师事务所"])
    c.agent_phone = f"1384590{rng.randint(1000, 9999)}"
    kind = story(c)
    if kind == "wage":
        born = c.applicant.born or c.filed_on - timedelta(days=365 * 45)
        c.applicant = Party(rng.choice(["刘振江", "孙宝财", "邢立军"]), "person", id_number(rng, "230621", born),
                            f"黑龙江省肇州县肇州镇{rng.choice(['民主', '太平', '永胜'])}村{rng.randint(1, 9)}组"
                            f"{rng.randint(10, 90)}号", f"1394598{rng.randint(1000, 9999)}", born=born, sex="男")
        c.respondent = Party("大庆庆钻石油工程技术服务有限公司", "organisation", credit_code(rng, "230604"),
                             f"黑龙江省大庆市让胡路区喇嘛甸镇油建路{rng.randint(10, 80)}号",
                             f"0459-46{rng.randint(10000, 99999)}", legal_rep=rng.choice(["贾德胜", "隋国庆"]))
        c.basis_kind, c.basis_court = "judgment", COURT
        c.basis_number = f"（{y - 1}）黑0604民初{rng.randint(2100, 4800)}号"
        c.amount = Decimal(rng.randint(21000000, 46000000)) / 100
        c.extra.update(cause="劳务合同纠纷", crew=rng.randint(17, 29), garnishee=GARNISHEE)
    elif kind == "rig":
        c.applicant = Party("大庆远通钻采设备租赁有限公司", "organisation", credit_code(rng, "230602"),
                            f"黑龙江省大庆市萨尔图区东风路{rng.randint(20, 99)}号",
                            f"0459-63{rng.randint(10000, 99999)}", legal_rep=rng.choice(["常玉山", "韩永革"]))
        c.respondent = Party("大庆鑫泽石油钻井工程有限公司", "organisation", credit_code(rng, "230604"),
                             f"黑龙江省大庆市让胡路区乘风街道西宾路{rng.randint(100, 160)}号",
                             f"0459-58{rng.randint(10000, 99999)}", legal_rep=rng.choice(["蔡长海", "丁福林"]))
        c.basis_kind, c.basis_court = "arbitration", "大庆仲裁委员会"
        c.basis_number = f"（{y - 1}）庆仲裁字第{rng.randint(120, 690)}号"
        c.amount = Decimal(rng.randint(62000000, 118000000)) / 100
        c.extra.update(cause="设备租赁合同纠纷", rig=rng.choice(["ZJ30", "ZJ40"]))
    else:
        born = c.applicant.born or c.filed_on - timedelta(days=365 * 40)
        c.applicant = Party(rng.choice(["王春来", "闫凤霞", "包德利"]), "person", id_number(rng, "230606", born),
                            f"黑龙江省大庆市大同区庆葡路{rng.randint(1, 60)}号", f"1594593{rng.randint(1000, 9999)}",
                            born=born, sex=c.applicant.sex)
        c.respondent = Party("大庆广润采油技术服务有限公司", "organisation", credit_code(rng, "230604"),
                             f"黑龙江省大庆市让胡路区银浪街道创业城{rng.randint(1, 30)}号楼",
                             f"0459-59{rng.randint(10000, 99999)}", legal_rep=rng.choice(["米洪亮", "卢建伟"]))
        c.basis_kind, c.basis_court = "judgment", "黑龙江省大庆市中级人民法院"
        c.basis_number = f"（{y - 1}）黑06民终{rng.randint(900, 2600)}号"
        c.amount = Decimal(rng.randint(9000000, 26000000)) / 100
        c.extra.update(cause="买卖合同纠纷", first=f"（{y - 1}）黑0604民初{rng.randint(100, 1800)}号")
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 95))
    c.extra["leaves"] = rng.randint(46, 64)  # the archived volume's page count, the same on cover, catalogue and remarks


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    sheets = _own(code, c, rng, served) if code in OWN else render_paper(code, c, rng, served)
    first = sheets[0]
    if code in TAB_WORDS and rng.random() < 0.6:
        index_tab(first, rng, TAB_WORDS[code])
    if code in ("enforcement_basis", "enforcement_application", "online_inquiry_result", "settlement_agreement",
                "property_declaration_form") and rng.random() < 0.55:
        read_stamp(first, rng, rng.choice(["已阅", "已核"]), c.officer, f"{c.day(rng.randint(1, 20)):%m.%d}")
    if code in ("enforcement_application", "settlement_agreement", "property_clue_form") and rng.random() < 0.5:
        note = {"enforcement_application": "速查控", "settlement_agreement": "同意按协议履行",
                "property_clue_form": "核实线索"}[code]
        margin_note(first, rng, note, c.judge[0])
    return sheets


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    if a.kind == "person":
        app = f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。"
        rows = [("f", app)]
    else:
        rows = [("f", f"申请执行人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司经理。")]
    rows += [("f", f"委托代理人：{c.agent}，{c.firm}律师。"), ("f", f"被执行人：{r.name}，住所地{r.address}。"),
             ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。")]
    return rows


def _basis_words(c: CaseCtx) -> str:
    kind = {"arbitration": "裁决书", "judgment": "民事判决书"}[c.basis_kind]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _head(title: str, c: CaseCtx, **kw: object) -> Head:
    return Head(title, issuer=COURT, number=c.number, body="serif", title_face="hei", title_mm=9.4, spacing_mm=4,
                footer="dash", **kw)  # type: ignore[arg-type]


def _signed(sheets: list[Sheet], c: CaseCtx, rng: random.Random, day: int, roles: list[tuple[str, str]],
            head: Head) -> float:
    """Sign below the typed text (on a page of its own marked 此页无正文 when no room is left); returns the y below."""
    s = sheets[-1]
    at = head.end_y
    if at > s.height - mm(62):
        s = Sheet()
        sheets.append(s)
        at = float(mm(40))
        s.text(mm(30), at - mm(12), "（此页无正文）", f("serif", 5.0))
    head.end_y = sign_block(s, at + mm(8), roles, cn_date(c.day(day)), rng, seal_name=COURT)
    return head.end_y


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    cause = c.extra.get("cause", "合同纠纷")
    officer = [("执行员", c.officer)]
    if code == "acceptance_notice":
        s = _notice_sheet("受理案件通知书", c)
        y = float(mm(78))
        fo = f("serif", 5.4)
        s.text(mm(30), y, f"{a.name}：", fo)
        y = paragraph(s, mm(30), s.width - mm(26), y + mm(11),
                      f"你（单位）申请执行{r.name}{cause}一案，依据的{_basis_words(c)}，本院经审查，符合法定受理条件，"
                      f"决定立案执行。案号为{c.number}。", fo)
        y = paragraph(s, mm(30), s.width - mm(26), y,
                      f"本案由执行局执行实施二组承办，承办人{c.officer}，联系电话{c.court.phone}。请你（单位）及时提供被执行人"
                      "的财产线索；本案执行到位的款项，将发放至你（单位）在《收取案款确认书》中确认的账户。", fo)
        y = paragraph(s, mm(30), s.width - mm(26), y,
                      "可登录“黑龙江法院诉讼服务网”或中国执行信息公开网查询案件流程节点信息。", fo)
        sign_block(s, y + mm(18), [], cn_date(c.day(1)), rng, seal_name=COURT)
        return [s]
    if code == "payment_notice":
        s = Sheet()
        s.centred(mm(28), SHORTHEAD, f("serif", 6))
        s.centred(mm(40), "缴款通知书", f("hei", 9), spacing=mm(5))
        s.right(s.width - mm(24), mm(58), c.number, f("serif", 4.6))
        fee = _fee(c.amount)
        rows = [["缴款人", r.name], ["案由", f"申请执行{cause}"], ["执行标的额", money(c.amount)],
                ["应缴申请执行费", money(fee)], ["缴款期限", "自收到本通知之日起七日内"],
                ["收款单位", "大庆市让胡路区人民法院（诉讼费专户）"], ["开户银行及账号", "中国建设银行大庆让胡路支行  2305 0167 6301 0525 0418"]]
        y, _ = grid(s, mm(22), mm(70), [mm(48), s.width - mm(44) - mm(48)], rows, heights=15)
        paragraph(s, mm(24), s.width - mm(24), y + mm(8),
                  "依照《诉讼费用交纳办法》第十条第（一）项、第二十条第二款的规定，申请执行费由被执行人负担。"
                  "逾期不交纳的，本院将从执行到位的款项中直接扣收。", f("serif", 4.8))
        sign_block(s, y + mm(50), [], cn_date(c.day(2)), rng, seal_name=COURT, size=5.0)
        return [s]
    if code == "enforcement_notice":
        interest = "并加倍支付迟延履行期间的债务利息" if rng.random() < 0.7 else "并依法负担迟延履行金"
        paras = [("f", f"{r.name}："),
                 ("p", f"{a.name}与你单位{cause}一案，{_basis_words(c)}已经发生法律效力。申请执行人{a.name}于"
                       f"{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案执行。依照《中华人民共和国民事诉讼法》"
                       "第二百五十一条、第二百六十四条的规定，责令你单位自收到本通知之日起五日内履行下列义务："),
                 ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}，{interest}；"),
                 ("p", f"二、负担申请执行费{money(_fee(c.amount))}。"),
                 ("p", "逾期不履行的，本院将依法强制执行，并可依法对你单位及法定代表人采取限制消费、纳入失信被执行人名单、"
                       "罚款、拘留等措施；构成犯罪的，依法追究刑事责任。"),
                 ("p", f"承办人：{c.officer}　联系电话：{c.court.phone}")]
        h = _head("执行通知书", c)
        sheets = pages(paras, head=h, rng=rng)
        _signed(sheets, c, rng, 3, [], h)
        h.foot(sheets)
        return sheets
    if code == "property_report_order":
        paras = [("f", f"{r.name}："),
                 ("p", f"本院受理的{a.name}申请执行你单位{cause}一案，依照《中华人民共和国民事诉讼法》第二百五十二条"
                       "以及《最高人民法院关于民事执行中财产调查若干问题的规定》第三条、第五条之规定，责令你单位在收到本令后"
                       "五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
                 ("p", "应当报告的财产包括：（一）收入、银行存款、现金、理财产品、有价证券；（二）土地使用权、房屋等不动产；"
                       "（三）交通运输工具、机器设备、产品、原材料等动产，含钻机、修井机、作业车辆等石油工程设备；"
                       "（四）债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利，含对油田各采油厂、作业区的"
                       "工程款、劳务款应收账款；（五）其他应当报告的财产。"),
                 ("p", "报告期间财产发生变动的，应当自变动之日起十日内向本院补充报告。拒绝报告或者虚假报告的，本院将根据"
                       "情节轻重对你单位及主要负责人予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
                 ("p", "附：财产申报表一份。")]
        h = _head("报告财产令", c)
        sheets = pages(paras, head=h, rng=rng)
        _signed(sheets, c, rng, 3, officer, h)
        h.foot(sheets)
        return sheets
    if code == "property_declaration_form":
        return [_declaration(c, rng)]
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "enforcement_ruling":
        return _ruling(c, rng)
    if code == "assistance_notice":
        return _assist(c, rng, served)
    if code == "payment_voucher":
        return bank_slips(c, rng) if served == ["slip"] else [_voucher(c, rng)]
    if code == "closing_notice":
        s = _notice_sheet("结案通知书", c)
        fo = f("serif", 5.4)
        y = float(mm(78))
        s.text(mm(30), y, f"{a.name}：", fo)
        y = paragraph(s, mm(30), s.width - mm(26), y + mm(11),
                      f"你（单位）申请执行{r.name}{cause}一案，{_basis_words(c)}确定的给付义务已经全部履行完毕"
                      f"（执行到位{money(c.amount)}，案款已发放至你（单位）确认的账户）。依照《最高人民法院关于执行案件立案、"
                      "结案若干问题的意见》第十五条之规定，本案以执行完毕方式结案。", fo)
        paragraph(s, mm(30), s.width - mm(26), y, "特此通知。", fo)
        sign_block(s, y + mm(30), [], cn_date(c.closed_on), rng, seal_name=COURT)
        return [s]
    if code == "closing_approval_form":
        return [_approval(c, rng)]
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    return [_archive(code, c, rng)]


SHORTHEAD = COURT


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 by 诉讼费用交纳办法 art. 14(1)."""
    a = amount
    if a <= 10000:
        return Decimal(50)
    if a <= 500000:
        return (Decimal(50) + (a - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))
    return (Decimal(7400) + (a - 500000) * Decimal("0.01")).quantize(Decimal("0.01"))


def _notice_sheet(title: str, c: CaseCtx) -> Sheet:
    s = Sheet()
    s.centred(mm(30), COURT, f("serif_bold", 7.4), spacing=mm(0.8))
    s.centred(mm(44), title, f("hei", 9.4), spacing=mm(4))
    s.right(s.width - mm(26), mm(62), c.number, f("serif", 5.2))
    return s


def _declaration(c: CaseCtx, rng: random.Random) -> Sheet:
    """财产申报表: the bureau's grid, filled by the respondent's 财务 in black pen."""
    s = Sheet()
    r = c.respondent
    s.centred(mm(22), "财 产 申 报 表", f("hei", 8.5))
    s.text(mm(18), mm(36), f"案号：{c.number}", f("serif", 4.4))
    s.right(s.width - mm(18), mm(36), "（被执行人为法人或非法人组织适用）", f("serif", 4.0))
    w = s.width - mm(36)
    rows = [["申报单位", ""], ["法定代表人", ""], ["银行账户及余额", ""], ["应收账款（债务人、金额）", ""],
            ["机器设备、车辆", ""], ["不动产", ""], ["对外投资", ""], ["一年内财产变动", ""], ["申报单位盖章", ""]]
    hs = [13, 13, 26, 30, 26, 15, 15, 20, 34]
    _, tops = grid(s, mm(18), mm(46), [mm(52), w - mm(52)], rows, heights=hs, size=4.3)
    x = mm(18) + mm(56)
    ink = PEN_BLACK
    acct = f"建设银行大庆让胡路支行 尾号{rng.randint(1000, 9999)} 余额{rng.randint(2, 900)}.{rng.randint(10, 99)}元"
    vals = [r.name, r.legal_rep, acct]
    for i, v in enumerate(vals):
        fill(s, x, tops[i] + mm(3), v, rng, ink=ink, width=w - mm(62), size=4.6)
    recv = {"wage": f"{GARNISHEE} 作业费约{int(c.amount * Decimal('1.6') / 10000)}万元（未结算）",
            "rig": "大庆某钻探公司 工程款 约40万元 对方拖欠",
            "parts": "无"}[story(c)]
    fill(s, x, tops[3] + mm(3), recv, rng, ink=ink, width=w - mm(62), size=4.6)
    fill(s, x, tops[4] + mm(3), rng.choice(["修井作业车2台（已抵押）", "无自有车辆，设备均为租赁"]), rng, ink=ink,
         width=w - mm(62), size=4.6)
    fill(s, x, tops[5] + mm(3), "无", rng, ink=ink)
    fill(s, x, tops[6] + mm(3), "无", rng, ink=ink)
    fill(s, x, tops[7] + mm(3), "无变动", rng, ink=ink)
    fill(s, x + mm(60), tops[8] + mm(18), num_date(c.day(rng.randint(6, 12))), rng, ink=ink)
    seal(s, x + mm(45), tops[8] + mm(17), r.name, rng, radius=mm(18))
    s.text(mm(18), tops[8] + mm(40), "注：申报人应如实申报，拒绝报告、虚假报告的，依法予以罚款、拘留。", f("serif", 3.8))
    return s


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 执行查控 system's printout (总对总), a landscape-ish grid in small sans, printed in portrait."""
    s = Sheet()
    r = c.respondent
    s.text(mm(14), mm(14), f"打印时间：{c.day(2):%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", f("sans", 3.2))
    s.right(s.width - mm(14), mm(14), f"操作人：{c.officer}", f("sans", 3.2))
    s.centred(mm(26), "网络执行查控系统  反馈结果汇总", f("sans_bold", 6.2))
    s.text(mm(14), mm(36), f"案号：{c.number}    被查询人：{r.name}", f("sans", 3.6))
    s.text(mm(14), mm(42), f"证照号码：{r.id_number}    查询方式：总对总", f("sans", 3.6))
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "大庆农村商业银行",
             "龙江银行", "哈尔滨银行", "招商银行", "兴业银行"]
    rows = [["序号", "协助单位", "反馈类型", "财产信息", "金额/状态", "反馈日期"]]
    for i, b in enumerate(banks, 1):
        has = rng.random() < 0.35
        rows.append([str(i), b, "存款" if has else "无财产", f"账号尾号{rng.randint(1000, 9999)}" if has else "—",
                     f"{rng.randint(0, 3000)}.{rng.randint(10, 99)}" if has else "—", f"{c.day(rng.randint(2, 4)):%Y-%m-%d}"])
    rows += [[str(len(banks) + 1), "公安部（车辆）", "车辆", f"黑E{rng.randint(10000, 99999)} 重型专项作业车", "抵押",
              f"{c.day(3):%Y-%m-%d}"],
             [str(len(banks) + 2), "自然资源部（不动产）", "无财产", "—", "—", f"{c.day(4):%Y-%m-%d}"],
             [str(len(banks) + 3), "市场监管总局（股权）", "无财产", "—", "—", f"{c.day(4):%Y-%m-%d}"]]
    w = s.width - mm(28)
    cols = [mm(12), mm(40), mm(22), mm(48), mm(26), w - mm(148)]
    grid(s, mm(14), mm(50), cols, rows, face="sans", size=3.3, heights=9.5, width=1)
    s.text(mm(14), s.height - mm(20), "本结果由最高人民法院网络执行查控系统生成，仅供执行参考。", f("sans", 3.0))
    s.right(s.width - mm(14), s.height - mm(20), "第1页/共1页", f("sans", 3.0))
    s.page_of = (1, 1)
    return [s]


def _ruling(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    intro = (f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra.get('cause', '合同纠纷')}一案中，{_basis_words(c)}"
             "已经发生法律效力，被执行人未按执行通知书指定的期间履行生效法律文书确定的义务。")
    kind = story(c)
    if kind == "wage":
        body = [("p", intro + f"经查，被执行人对{GARNISHEE}享有到期作业费债权。依照《中华人民共和国民事诉讼法》"
                        "第二百五十三条、第二百五十五条，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
                        "第四百九十九条之规定，裁定如下："),
                ("p", f"一、冻结被执行人{r.name}对{GARNISHEE}享有的应收作业费{money(c.amount)}；"),
                ("p", f"二、{GARNISHEE}不得向被执行人支付上述款项，并应按本院协助执行通知书将款项交付本院。"),
                ("p", "本裁定立即执行。")]
    else:
        body = [("p", intro + "依照《中华人民共和国民事诉讼法》第二百五十三条、第二百五十五条之规定，裁定如下："),
                ("p", f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押其相应价值的其他财产。"),
                ("p", "本裁定立即执行。")]
    h = _head("执行裁定书", c)
    sheets = pages([*_parties(c), *body], head=h, rng=rng)
    y = _signed(sheets, c, rng, 9, [("审判长", c.judge), ("审判员", "赵立伟"), ("审判员", "孙海涛")], h)
    s = sheets[-1]
    s.text(mm(30), y, "本件与原本核对无异", f("serif", 4.4))
    scrawl(s, mm(30), y + mm(9), f"书记员 {c.clerk}", rng, role="kai", size=mm(5), ink=PEN_BLACK)
    h.foot(sheets)
    return sheets


def _assist(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    if story(c) == "wage":
        to = GARNISHEE
        what = (f"冻结被执行人{r.name}在你单位的应收作业费{money(c.amount)}。冻结期限为一年。"
                if "pay" not in served else
                f"提取被执行人{r.name}在你单位已被本院冻结的应收作业费{money(c.amount)}，汇入本院执行款专户"
                "（户名：大庆市让胡路区人民法院；开户行：中国工商银行大庆让胡路支行）。")
    else:
        to = rng.choice(["中国建设银行股份有限公司大庆让胡路支行", "大庆农村商业银行股份有限公司让胡路支行"])
        what = f"冻结、扣划被执行人{r.name}在你行账户内的存款{money(c.amount)}。"
    paras = [("f", f"{to}："),
             ("p", f"关于{c.applicant.name}与{r.name}{c.extra.get('cause', '合同纠纷')}一案，本院作出的{c.number}执行裁定书"
                   "已经发生法律效力。依照《中华人民共和国民事诉讼法》第二百五十三条、第二百五十五条之规定，请协助执行下列事项："),
             ("p", what),
             ("p", "请于收到本通知后在回执上签章并退回本院。"),
             ("p", f"联系人：{c.officer}　{c.court.phone}"), ("p", "附：执行裁定书一份。")]
    h = _head("协助执行通知书", c)
    sheets = pages(paras, head=h, rng=rng)
    day = 10 if "pay" not in served else 40
    y = _signed(sheets, c, rng, day, [], h) + mm(4)
    s = sheets[-1]
    if y > s.height - mm(62):
        s = Sheet()
        sheets.append(s)
        y = float(mm(40))
    for x in range(mm(20), s.width - mm(20), mm(6)):
        s.line(x, y, x + mm(3), y, width=2)
    s.text(mm(20), y - mm(6), "（沿此线剪下）", f("serif", 3.6))
    s.centred(y + mm(8), "协助执行通知书（回执）", f("serif_bold", 5.6))
    yy = paragraph(s, mm(30), s.width - mm(30), y + mm(18),
                   f"大庆市让胡路区人民法院：你院{c.number}协助执行通知书收到，已按要求办理。", f("serif", 4.6))
    fill(s, mm(30), yy + mm(2), f"经办人 {rng.choice(['曲丽娟', '郑宏图', '蒋雪莲'])}  {num_date(c.day(day + rng.randint(1, 3)))}", rng)
    seal(s, s.width - mm(65), y + mm(38), to, rng, radius=mm(18))
    h.foot(sheets)
    return sheets


def _voucher(c: CaseCtx, rng: random.Random) -> Sheet:
    """案款发放审批单: the bureau's own payment slip, signed through by the undertaker, the chief and the finance office."""
    s = Sheet()
    a = c.applicant
    s.centred(mm(26), COURT, f("serif", 6))
    s.centred(mm(38), "执行案款发放审批表", f("hei", 8.4), spacing=mm(2))
    s.text(mm(20), mm(54), f"案号：{c.number}", f("serif", 4.4))
    s.right(s.width - mm(20), mm(54), f"编号：RHL-ZK-{c.closed_on.year}-{rng.randint(100, 999)}", f("serif", 4.4))
    w = s.width - mm(40)
    bank = "中国农业银行大庆让胡路支行" if a.kind == "person" else "中国银行大庆萨尔图支行"
    source = {"wage": f"{GARNISHEE}协助提取", "rig": "被执行人按和解协议交付", "parts": "银行扣划"}[story(c)]
    rows = [["申请执行人", a.name], ["案款来源", source], ["到账日期", num_date(c.closed_on - timedelta(days=8))],
            ["发放金额", money(c.amount)], ["收款户名", a.name], ["收款账号", f"6228 48{rng.randint(10, 99)} {rng.randint(1000, 9999)}"
                                                                   f" {rng.randint(1000, 9999)} {rng.randint(100, 999)}"],
            ["开户行", bank], ["承办人意见", ""], ["执行局负责人意见", ""], ["财务部门", ""]]
    _, tops = grid(s, mm(20), mm(64), [mm(46), w - mm(46)], rows, heights=[14] * 7 + [22, 22, 22])
    fill(s, mm(72), tops[7] + mm(4), "案款已到账，请予发放。", rng)
    scrawl(s, mm(150), tops[7] + mm(12), c.officer, rng, role="kai", size=mm(6), ink=PEN_BLUE)
    fill(s, mm(72), tops[8] + mm(4), "同意。", rng, ink=PEN_BLACK)
    scrawl(s, mm(150), tops[8] + mm(12), c.judge, rng, role="kai", size=mm(6), ink=PEN_BLACK)
    fill(s, mm(72), tops[9] + mm(4), f"已付 {num_date(c.closed_on - timedelta(days=3))}", rng, ink=PEN_BLACK)
    seal(s, mm(160), tops[9] + mm(10), "大庆市让胡路区人民法院财务专用章", rng, radius=mm(15))
    return s


def _approval(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(24), COURT, f("serif_bold", 6.8))
    s.centred(mm(37), "执行案件结案审批表", f("hei", 8.6))
    w = s.width - mm(36)
    half = w / 2
    rows = [["案号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", _basis_words(c)], ["立案日期", num_date(c.filed_on)], ["执行标的", money(c.amount)],
            ["实际执行到位", money(c.amount)], ["结案方式", "执行完毕"], ["承办人意见", ""], ["合议庭意见", ""],
            ["执行局长审批", ""]]
    _, tops = grid(s, mm(18), mm(52), [mm(40), w - mm(40)], rows, heights=[13] * 8 + [30, 24, 24], size=4.2)
    fill(s, mm(62), tops[8] + mm(3), "被执行人已全部履行，申请执行人确认收到案款，拟以执行完毕方式结案。", rng,
         width=half * 1.7)
    scrawl(s, mm(150), tops[8] + mm(20), f"{c.officer} {c.closed_on:%m.%d}", rng, role="kai", size=mm(5), ink=PEN_BLUE)
    fill(s, mm(62), tops[9] + mm(4), "同意结案。", rng, ink=PEN_BLACK)
    scrawl(s, mm(150), tops[9] + mm(12), c.judge, rng, role="kai", size=mm(5.5), ink=PEN_BLACK)
    fill(s, mm(62), tops[10] + mm(4), "同意", rng, ink=(170, 30, 30))
    scrawl(s, mm(150), tops[10] + mm(12), rng.choice(["关振宇", "葛长青"]), rng, role="kai", size=mm(6), ink=(170, 30, 30))
    return s


LABEL = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书", "payment_notice": "缴款通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    """送达回证 as this court prints it: title in 黑体 under the court, a seven-row grid, 备注 at the foot."""
    s = Sheet()
    s.centred(mm(26), COURT, f("serif", 6.8), spacing=mm(0.6))
    s.centred(mm(40), "送 达 回 证", f("hei", 9.6))
    to_resp = any(d in served for d in ("enforcement_notice", "property_report_order", "enforcement_ruling"))
    who = c.respondent if to_resp else c.applicant
    names = "、".join(LABEL.get(d, d) for d in served)
    extra = "、财产申报表" if "property_report_order" in served else ""
    w = s.width - mm(40)
    rows = [["案　　号", c.number], ["送达文书", f"{names}{extra}"], ["受送达人", who.name], ["送达地址", who.address],
            ["送达方式", ""], ["受送达人签收", ""], ["送达人", ""]]
    _, tops = grid(s, mm(20), mm(56), [mm(42), w - mm(42)], rows, heights=[15, 22, 15, 19, 15, 40, 20], size=4.6)
    x = mm(66)
    fill(s, x, tops[4] + mm(4), rng.choice(["直接送达", "直接送达（执行局二楼接待室）", "邮寄送达 EMS"]), rng, ink=PEN_BLACK)
    signer = who.legal_rep if who.kind == "organisation" and rng.random() < 0.5 else (
        rng.choice(["公司财务 张丽", "办公室 王晓雪"]) if who.kind == "organisation" else who.name)
    scrawl(s, x + mm(6), tops[5] + mm(8), signer, rng, role="kai", size=mm(7), ink=PEN_BLUE)
    fill(s, x + mm(50), tops[5] + mm(24), num_date(c.day(rng.randint(3, 8))), rng)
    if who.kind == "organisation" and rng.random() < 0.6:
        seal(s, x + mm(80), tops[5] + mm(18), who.name, rng, radius=mm(17))
    scrawl(s, x + mm(6), tops[6] + mm(5), f"{c.officer}  {c.clerk}", rng, role="kai", size=mm(6), ink=PEN_BLACK)
    s.text(mm(20), tops[6] + mm(26), "备注：受送达人拒绝签收的，送达人应当记明拒收事由和日期。", f("serif", 4.0))
    return s


def _archive(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    keep = "长期" if rng.random() < 0.5 else "永久"
    if code == "dossier_cover":
        s.centred(mm(30), COURT, f("serif_bold", 8.5), spacing=mm(1.2))
        s.centred(mm(52), "执 行 卷 宗", f("hei", 15))
        s.centred(mm(78), "（正卷）", f("serif", 6))
        w = s.width - mm(60)
        rows = [["年度", str(c.filed_on.year)], ["案号", c.number], ["案由", c.extra.get("cause", "")],
                ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["立案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"], ["承办人", c.officer], ["书记员", c.clerk],
                ["保管期限", keep], ["本卷共", "　　　页"]]
        _, tops = grid(s, mm(30), mm(90), [mm(40), w - mm(40)], rows, heights=12, size=5.0, width=3)
        fill(s, mm(76), tops[-1] + mm(3), f"  {c.extra['leaves']}", rng, ink=PEN_BLACK)
        s.text(mm(30), s.height - mm(40), f"归档日期：{num_date(c.closed_on + timedelta(days=rng.randint(20, 40)))}",
               f("serif", 5))
        s.text(mm(120), s.height - mm(40), "全宗号：　　目录号：　　案卷号：", f("serif", 5))
        return s
    if code == "catalogue":
        s.centred(mm(24), "卷 内 目 录", f("hei", 9))
        s.text(mm(18), mm(40), f"案号：{c.number}", f("serif", 4.6))
        items = ["申请执行书", "执行依据（裁决书）", "生效证明书", "受理案件通知书、缴款通知书", "执行通知书、报告财产令",
                 "财产线索表、身份证明、授权委托材料", "网络查控结果", "执行裁定书、协助执行通知书", "执行和解协议",
                 "案款发放审批表", "结案通知书、结案审批表", "送达地址确认书、送达回证", "卷宗复核表"]
        rows = [["序号", "文件名称", "页号", "备注"]]
        starts = sorted(rng.sample(range(2, c.extra["leaves"] - 1), len(items) - 1))
        for i, (it, page) in enumerate(zip(items, [1, *starts], strict=True), 1):
            rows.append([str(i), it, str(page) if i < len(items) else f"{page}-{c.extra['leaves']}", ""])
        w = s.width - mm(36)
        grid(s, mm(18), mm(48), [mm(18), w - mm(18) - mm(24) - mm(30), mm(24), mm(30)], rows, heights=12.5, size=4.4)
        return s
    if code == "file_review_form":
        s.centred(mm(26), COURT, f("serif", 6.4))
        s.centred(mm(39), "执行卷宗归档复核表", f("hei", 8.4))
        s.text(mm(18), mm(54), f"案号：{c.number}", f("serif", 4.6))
        w = s.width - mm(36)
        checks = ["法律文书齐全、规范", "送达回证完整", "案款收付手续齐全", "卷内文书按顺序排列", "页码编写正确", "电子卷宗已同步"]
        rows = [["复核项目", "结果", "复核项目", "结果"]]
        for k in range(0, len(checks), 2):
            rows.append([checks[k], "", checks[k + 1], ""])
        rows += [["承办人意见", ""], ["档案室意见", ""]]
        _, tops = grid(s, mm(18), mm(62), [mm(60), mm(22), mm(60), w - mm(142)], rows,
                       heights=[13, 15, 15, 15, 34, 34], size=4.2)
        for t in tops[1:4]:
            for xx in (mm(18) + mm(66), mm(18) + mm(148)):
                scrawl(s, xx, t + mm(3), "√", rng, role="kai", size=mm(6), ink=PEN_BLUE)
        fill(s, mm(84), tops[4] + mm(5), "材料齐全，已复核，同意归档。", rng)
        scrawl(s, mm(140), tops[4] + mm(20), f"{c.officer} {num_date(c.closed_on + timedelta(days=12))}", rng,
               role="kai", size=mm(5), ink=PEN_BLUE)
        fill(s, mm(84), tops[5] + mm(5), "接收。", rng, ink=PEN_BLACK)
        scrawl(s, mm(140), tops[5] + mm(20), rng.choice(["佟雅琴", "毕文静"]), rng, role="kai", size=mm(5.5), ink=PEN_BLACK)
        return s
    s.centred(mm(30), "备 考 表", f("hei", 9.5))
    s.box(mm(24), mm(50), s.width - mm(24), s.height - mm(40), width=3)
    fo = f("serif", 5.0)
    s.text(mm(32), mm(60), f"本卷情况说明（{c.number}）", fo)
    fill(s, mm(40), mm(76), f"本卷共　{c.extra['leaves']}　页，其中照片　0　张，光盘　0　张。", rng, ink=PEN_BLACK)
    fill(s, mm(40), mm(90), "卷内材料齐全，电子卷宗与纸质卷宗一致。", rng, ink=PEN_BLACK)
    s.text(mm(110), s.height - mm(90), "立卷人：", fo)
    scrawl(s, mm(134), s.height - mm(92), c.clerk, rng, role="kai", size=mm(6), ink=PEN_BLACK)
    s.text(mm(110), s.height - mm(76), "检查人：", fo)
    scrawl(s, mm(134), s.height - mm(78), c.officer, rng, role="kai", size=mm(6), ink=PEN_BLACK)
    s.text(mm(110), s.height - mm(62), f"立卷时间：{num_date(c.closed_on + timedelta(days=15))}", fo)
    return s


__all__ = ["BUREAU", "CODES", "adopt_basis", "render", "story"]
