"""court_ao — 江西省赣州市章贡区人民法院 (赣0702), held out: drawn without looking at the page reader. Its volumes were
soaked when the 档案室 flooded in a summer rainstorm, then dried and rescanned on a flatbed (court_ao_capture):
brown tide lines, cockled paper with soft shadows, ink that ran in the stains, pages stuck together and torn at a
corner, a mould spot or two.

Cases: this court's judgment on a 赣南脐橙 sale between a 合作社 and a fruit trader (the 村民委员会's 证明 and the
林权证/土地承包经营权证 copy attached to the property clue form), 终本; a 赣州中院 二审 judgment upholding a 农民工's
wage judgment against a 建筑劳务 company, settled by 执行和解 in instalments, archived; this court's 买卖 judgment
paid in one transfer, handed in without its 结案通知书."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

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
from dossier.corpus.draw import Block, Sheet, hand, mm, seal, signature
from dossier.corpus.families import court_ao_papers as papers
from dossier.corpus.families.court_ao_kit import BUREAU, COURT, doc, form, serif

ORANGE_SEQ, WAGE_SEQ, GOODS_SEQ = 44138, 44471, 44826
APPEAL = "江西省赣州市中级人民法院"
INSTALMENTS = 3
VILLAGES = ["杨梅", "龙井", "蟠龙", "湖边", "新路"]


def _born(c: CaseCtx, rng: random.Random) -> date:
    return c.filed_on.replace(year=rng.randint(1962, 1988), day=min(c.filed_on.day, 28))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Gannan parties for the three stories, told apart by the case's sequence number in its 案号."""
    x = c.extra
    x["court_account"] = f"1502 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    x["resp_account"] = f"6230 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"
    x["pay_bank"] = rng.choice(["赣州银行章贡支行", "江西赣州农村商业银行水东支行", "中国农业银行赣州章贡支行"])
    x["fee"] = rng.randint(800, 6000)
    year = c.filed_on.year - 1
    firm = rng.choice(["江西章江律师事务所", "江西赣南律师事务所", "江西宋城律师事务所"])
    c.firm = firm
    if str(ORANGE_SEQ) in c.number:
        x["story"] = "orange"
        x["village"] = rng.choice(VILLAGES)
        x["hill"] = rng.choice(["牛角坑", "石背岭", "大坝垴", "黄泥坳"])
        x["mu"], x["tons"], x["price"] = rng.randint(80, 260), rng.randint(40, 120), rng.choice(["2.30", "2.60", "2.85"])
        x["leased"], x["sold_year"] = rng.randint(2009, 2015), year - 1
        x["sued_on"] = c.filed_on - timedelta(days=rng.randint(120, 200))
        x["chief"] = person_name(rng)
        x["what"], x["cause"] = "货款", "买卖合同纠纷"
        c.applicant = Party(f"赣州市章贡区{x['village']}脐橙专业合作社", "organisation", credit_code(rng, "360702"),
                            f"江西省赣州市章贡区沙石镇{x['village']}村{rng.randint(1, 12)}组", "1397" + str(rng.randint(1000000, 9999999)),
                            legal_rep=person_name(rng))
        born = _born(c, rng)
        c.respondent = Party(person_name(rng), "person", id_number(rng, "360702", born), f"江西省赣州市章贡区水东镇"
                             f"{rng.choice(['虔东大道', '七里镇', '东阳山路'])}{rng.randint(1, 200)}号", "1587" + str(rng.randint(1000000, 9999999)),
                             born=born, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（{year}）赣0702民初{rng.randint(1000, 9999)}号"
        c.amount = Decimal(rng.randint(180, 620) * 1000 + rng.randint(0, 999))
    elif str(WAGE_SEQ) in c.number:
        x["story"] = "wage"
        x["foreman"] = person_name(rng)
        x["site"] = rng.choice(["蓉江新区安置房二期", "章贡区水西物流园仓储楼", "赣州经开区标准厂房三期"])
        x["work_from"], x["work_to"] = f"{year - 1}年3月", f"{year - 1}年12月"
        x["first_no"] = rng.randint(1000, 9999)
        x["appeal_day"] = c.filed_on - timedelta(days=rng.randint(100, 150))
        x["what"], x["cause"] = "劳务报酬", "劳务合同纠纷"
        born = _born(c, rng)
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["360721", "360731", "360735"]), born),
                            f"江西省赣州市{rng.choice(['赣县区', '于都县', '兴国县'])}{rng.choice(['梅林镇', '贡江镇', '潋江镇'])}"
                            f"{rng.choice(['下湾', '新屋', '坪上'])}村{rng.randint(1, 9)}组{rng.randint(1, 60)}号",
                            "1397" + str(rng.randint(1000000, 9999999)), born=born, sex="男")
        c.respondent = Party(f"江西{rng.choice(['赣建', '宏筑', '章江'])}建筑劳务有限公司", "organisation",
                             credit_code(rng, "360702"), f"江西省赣州市章贡区{rng.choice(['红旗大道', '文明大道', '长征大道'])}"
                             f"{rng.randint(1, 99)}号{rng.randint(3, 20)}楼", "0797-" + str(rng.randint(8100000, 8399999)),
                             legal_rep=person_name(rng))
        c.basis_court = APPEAL
        c.basis_number = f"（{year}）赣07民终{rng.randint(1000, 6999)}号"
        c.amount = Decimal(rng.randint(38, 96) * 1000 + rng.choice([0, 200, 450, 800]))
        part = (c.amount / INSTALMENTS).quantize(Decimal("100"), rounding=ROUND_DOWN)
        amounts = [part] * (INSTALMENTS - 1) + [c.amount - part * (INSTALMENTS - 1)]
        x["instalments"] = [(num_date(c.day(28 + 15 * k)), a) for k, a in enumerate(amounts)]
    else:
        x["story"] = "goods"
        x["goods"] = rng.choice(["瓷砖、卫浴洁具", "钢材、扣件", "稀土永磁材料"])
        x["what"], x["cause"] = "货款", "买卖合同纠纷"
        c.applicant = Party(f"赣州{rng.choice(['恒达', '嘉润', '永丰'])}建材贸易有限公司", "organisation", credit_code(rng, "360702"),
                            f"江西省赣州市章贡区{rng.choice(['章江南大道', '兴国路', '八一四大道'])}{rng.randint(1, 99)}号",
                            "0797-" + str(rng.randint(8100000, 8399999)), legal_rep=person_name(rng))
        c.respondent.address = f"江西省赣州市章贡区{rng.choice(['解放街道', '南外街道', '赣江街道'])}{rng.choice(['厚德路', '文清路'])}{rng.randint(1, 99)}号"
        c.basis_court = COURT
        c.basis_number = f"（{year}）赣0702民初{rng.randint(1000, 9999)}号"
        c.amount = Decimal(rng.randint(60, 300) * 1000 + rng.randint(0, 999))
        x["instalments"] = [(num_date(c.day(26)), c.amount)]  # one transfer of the whole sum


CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_approval_form",
    "settlement_agreement", "payment_voucher", "closing_notice", "service_receipt", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet",
})

NAMES = {
    "acceptance_notice": "受理执行案件通知书", "payment_notice": "缴纳申请执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "summons": "传票",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "纳入失信被执行人名单决定书",
    "termination_this_round_ruling": "终结本次执行程序裁定书", "closing_notice": "结案通知书",
}


def _head(c: CaseCtx, p: Party) -> Block:
    return ("f", f"{p.name}：")


def render(code: str, ctx: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    c, x = ctx, ctx.extra
    a, r = c.applicant, c.respondent
    if code == "enforcement_basis":
        return papers.judgment(c, rng)
    if code == "enforcement_application":
        return papers.application(c, rng)
    if code == "identity_proof":
        return [papers.id_copy(r if served == ["respondent"] else a, rng)]
    if code == "lawyer_license":
        return [papers.lawyer_license(c, rng)]
    if code == "online_inquiry_result":
        return papers.inquiry(c, rng, served == ["again"])
    if code == "settlement_agreement":
        return papers.settlement(c, rng)
    if code == "payment_voucher":
        if len(x["instalments"]) > 1:
            k = int(served[0]) if served and served[0].isdigit() else 1
            day, amt = x["instalments"][k - 1]
            return [papers.slip(c, k, day, amt, rng)]
        return [papers.slip(c, 0, num_date(c.day(30)), c.amount, rng)]
    if code == "property_clue_form":
        rows = [["申请执行人", a.name], ["被执行人", r.name], ["案号", c.number], ["财产类型", ""], ["财产线索", ""],
                ["线索来源", ""], ["提供人签名", ""]]
        clue = (f"被执行人在{x['village']}村一带收购脐橙，在赣州银行开有账户，有货车一辆（赣B牌照）" if x["story"] == "orange"
                else f"被执行人在{x.get('site', '本市')}等工地有应收工程款" if x["story"] == "wage"
                else "被执行人在本市有门店一间，经营建材")
        s = form("财产线索提供表", "", rows, rng, heights=[13, 13, 13, 13, 40, 20, 16],
                 fills=[(3, "银行存款、车辆、应收款"), (4, clue[:20]), (5, "申请人自行了解"), (6, a.legal_rep or a.name)])
        hand(s, mm(70), mm(54 + 52 + 14), clue[20:40], rng, size=mm(5.2))
        out = [s]
        if x["story"] == "orange":  # the clue form carries the 村委会证明 and the 林权证 copy stapled behind it
            out += [papers.village_proof(c, rng), papers.land_certificate(c, rng)]
            for k, sh in enumerate(out, 1):
                sh.page_of = (k, 3)
        return out
    if code == "fee_receipt":
        s = form("江西省非税收入一般缴款书（电子）", f"票据号码：{rng.randint(10**9, 10**10 - 1)}",
                 [["缴款人", a.name], ["执收单位", COURT], ["项目名称", "案件受理费（申请执行费）"],
                  ["金额", f"¥{money(Decimal(x['fee']))}"], ["开票日期", num_date(c.filed_on)], ["校验码", f"{rng.randint(10**5, 10**6)}"]],
                 rng)
        seal(s, mm(150), mm(120), "江西省财政厅非税收入票据监制章", rng, radius=mm(16))
        return [s]
    if code == "power_of_attorney":
        blocks: list[Block] = [("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                               ("p", f"现委托上列受托人在我方与{r.name}{x['cause']}执行一案中，作为我方的委托代理人。"),
                               ("p", "代理权限：特别授权，代为申请执行、提供财产线索、参与和解、代为签收法律文书、代为领取执行款。"),
                               ("r", f"委托人：{a.name}"), ("r", num_date(c.filed_on - timedelta(days=3)))]
        sheets, y = papers.typed_to(blocks, rng, face="ming", title="授权委托书")
        if a.kind == "organisation":
            seal(sheets[-1], mm(150), y - mm(14), a.name, rng)
        else:
            signature(sheets[-1], mm(160), y - mm(18), a.name, rng)
        return sheets
    if code == "law_firm_letter":
        sheets = papers.typed([("f", f"{COURT}："), ("p", f"根据与当事人{a.name}签订的委托合同，指派本所{c.agent}律师担任其与"
                                                          f"{r.name}{x['cause']}执行案件的代理人。"), ("p", "特此函告。"),
                               ("r", c.firm), ("r", num_date(c.filed_on - timedelta(days=3)))], rng, face="serif",
                              title="律 师 事 务 所 函")
        sheets[0].text(mm(26), mm(14), f"赣{c.firm[2:4]}律函〔{c.filed_on.year}〕{rng.randint(10, 300)}号", serif(3.6))
        seal(sheets[-1], mm(150), mm(44) + mm(4.4 * 1.8) * 5, c.firm, rng)
        return sheets
    if code == "payment_account_confirmation":
        s = form("申请执行人收取执行款确认书", c.number, [["申请执行人", a.name], ["收款户名", a.name], ["开户银行", ""],
                                                    ["银行账号", ""], ["联系电话", a.phone], ["申请执行人签名", ""]], rng,
                 fills=[(2, x["pay_bank"]), (3, f"6217 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"),
                        (5, a.legal_rep or a.name)])
        return [s]
    if code == "service_address_confirmation":
        s = form("送达地址确认书", c.number, [["受送达人", a.name], ["送达地址", a.address], ["联系电话", a.phone],
                                            ["是否同意电子送达", "同意 ☑　不同意 □"], ["告知事项", "确认的送达地址适用于执行程序；地址变更应及时书面告知法院。"],
                                            ["受送达人签名", ""]], rng, heights=[13, 16, 13, 13, 24, 16],
                 fills=[(5, a.legal_rep or a.name)])
        return [s]
    if code == "property_declaration_form":
        s = form("被执行人财产申报表", c.number, [["被执行人", r.name], ["银行存款", ""], ["不动产", ""], ["车辆", ""],
                                               ["收入情况", ""], ["申报人签名", ""]], rng, heights=[13, 22, 22, 22, 22, 16],
                 fills=[(1, "无"), (2, "无"), (3, "赣B货车一辆已卖" if x["story"] == "orange" else "无"),
                        (4, "无固定收入" if r.kind == "person" else "公司工程款未结算"), (5, r.legal_rep or r.name)])
        return [s]
    if code in ("investigation_record", "interview_record"):
        title = "调 查 笔 录" if code == "investigation_record" else "约 谈 笔 录"
        talk = a.legal_rep or a.name
        blocks = [("f", f"时间：{num_date(c.day(60 if code == 'investigation_record' else 100))}　上午9时"),
                  ("f", f"地点：{COURT}执行局第{rng.randint(1, 5)}谈话室"), ("f", f"执行人员：{c.officer}　记录人：{c.clerk}"),
                  ("f", f"被询问人：{talk if code == 'interview_record' else r.name}"),
                  ("f", "问：我们是章贡区法院执行局的执行人员，今天依法向你了解情况，你要如实回答，听清楚了吗？"), ("f", "答：听清楚了。")]
        if served == ["orchard"]:
            title = "现 场 调 查 笔 录"
            blocks = [("f", f"时间：{num_date(c.day(66))}　下午3时"), ("f", f"地点：章贡区沙石镇{x['village']}村{x['hill']}果园"),
                      ("f", f"执行人员：{c.officer}　记录人：{c.clerk}"), ("f", f"在场人：{x['chief']}（村主任）"),
                      ("p", f"执行人员到申请人提供线索的果园及被执行人曾租用的冷库查看。果园由{a.name}经营，脐橙已采摘完毕；"
                            f"冷库已于去年退租，未见被执行人存放的脐橙、分拣设备及车辆。村主任{x['chief']}称被执行人今年未再来村收果。"),
                      ("f", "以上情况经在场人确认。")]
        elif code == "investigation_record" and x["story"] == "orange":
            blocks += [("f", "问：申请人反映你在赣州银行有账户、名下有货车，情况如何？"),
                       ("f", "答：账户里没有钱了，货车去年亏本已经卖给别人，脐橙运到外地也亏了。"),
                       ("f", "问：你现在靠什么收入？"), ("f", "答：在外面帮人打零工，没有固定收入。")]
        elif code == "investigation_record":
            blocks += [("f", "问：生效判决确定的款项为什么一直没有支付？"),
                       ("f", "答：公司工程款还没有结算下来，资金困难，不是故意不付。" if r.kind == "organisation"
                        else "答：生意不好，手头紧，想分几次付。"),
                       ("f", "问：你方有什么履行方案？"), ("f", "答：我们愿意和申请人协商，尽快付清。")]
        else:
            blocks += [("f", "问：经网络查控和现场调查，未发现被执行人有可供执行的财产，本院拟终结本次执行程序，你方有何意见？"),
                       ("f", "答：我们也没有新的财产线索，同意终本，以后发现财产再申请恢复执行。"),
                       ("f", "问：终本后被执行人仍负有继续履行义务，限制消费措施继续有效，你清楚吗？"), ("f", "答：清楚。")]
        blocks += [("f", "问：还有什么补充？"), ("f", "答：没有。"), ("f", "（以上笔录已阅，记录属实）")]
        sheets = doc(title, "", blocks, rng, red_head=False)
        who_signs = x["chief"] if served == ["orchard"] else talk if code == "interview_record" else r.legal_rep or r.name
        hand(sheets[-1], mm(100), sheets[-1].height - mm(58), "以上笔录看过，与我说的相符", rng, size=mm(5))
        signature(sheets[-1], mm(140), sheets[-1].height - mm(46), who_signs, rng)
        return sheets
    if code == "service_receipt":
        names = "、".join(NAMES.get(s, s) for s in served)
        to = a if served and served[0] in ("acceptance_notice", "payment_notice", "closing_notice") else r
        s = form("送 达 回 证", "", [["案号", c.number], ["送达文书", f"{names}各一份"], ["受送达人", to.name],
                                    ["送达地址", to.address], ["受送达人签收", ""], ["送达人", ""], ["备注", ""]], rng,
                 heights=[13, 18, 13, 16, 26, 13, 13], fills=[(4, f"{to.legal_rep or to.name}　{num_date(c.day(4))}"),
                                                            (5, f"{c.clerk}　{person_name(rng)}")])
        return [s]
    if code in ("closing_approval_form", "file_review_form", "remarks_sheet", "dossier_cover", "catalogue"):
        return [_admin(code, c, rng)]
    return _court_paper(code, c, rng, served)


def _court_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, x = c.applicant, c.respondent, c.extra
    basis = f"{c.basis_court}{c.basis_number}民事判决"
    seal_date = cn_date
    title, to, body, date_off = "", a, [], 3
    if code == "effectiveness_certificate":
        title, to, date_off = "生 效 证 明", a, 0
        body = [("p", f"{basis}（二审）已于{seal_date(c.basis_effective)}送达双方当事人，该判决于送达之日发生法律效力。"
                      if c.basis_court == APPEAL else f"本院{c.basis_number}民事判决书已于{seal_date(c.basis_effective)}发生法律效力。"),
                ("p", "特此证明。")]
    elif code == "acceptance_notice":
        title, body = "受理执行案件通知书", [("p", f"你（单位）申请执行{r.name}{x['cause']}一案，本院已于{seal_date(c.filed_on)}"
                                                   f"立案执行，案号{c.number}。承办人：{c.officer}，联系电话{c.court.phone}。"),
                                             ("p", "请你方积极提供被执行人的财产线索。")]
    elif code == "payment_notice":
        title, body = "缴纳申请执行费通知书", [("p", f"你方申请执行{r.name}一案，依照《诉讼费用交纳办法》，应预交申请执行费"
                                                    f"{money(Decimal(x['fee']))}元，该费用最终由被执行人负担。请于七日内缴纳。")]
    elif code == "enforcement_notice":
        title, to, body = "执 行 通 知 书", r, [("p", f"{a.name}与你{x['cause']}一案，{basis}已经发生法律效力。因你未履行，"
                                                      f"申请执行人向本院申请强制执行，本院已立案。依照《中华人民共和国民事诉讼法》"
                                                      f"第二百五十一条之规定，责令你立即履行{basis}确定的义务，支付{money(c.amount)}元"
                                                      "及迟延履行期间的债务利息，并负担执行费。"),
                                                ("p", "逾期不履行的，本院将依法强制执行，并可将你纳入失信被执行人名单。")]
    elif code == "property_report_order":
        title, to, body = "报 告 财 产 令", r, [("p", "依照《中华人民共和国民事诉讼法》第二百五十二条之规定，责令你在收到本令后五日内，"
                                                      "如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
                                                ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留。")]
    elif code == "enforcement_ruling":
        title, to, body = "执 行 裁 定 书", r, [("f", f"申请执行人：{a.name}。"), ("f", f"被执行人：{r.name}。"),
                                                ("p", f"本院在执行{basis}过程中，被执行人未履行义务。依照《中华人民共和国民事诉讼法》"
                                                      "第二百五十三条之规定，裁定如下："),
                                                ("p", f"冻结、划拨被执行人{r.name}银行存款{money(c.amount)}元或查封、扣押其相应价值的财产。"),
                                                ("p", "本裁定立即执行。")]
    elif code == "assistance_notice":
        title, to, body = "协助执行通知书", Party(x["pay_bank"], "organisation", "", "", ""), [
            ("p", f"关于{a.name}与{r.name}{x['cause']}一案，本院作出的{c.number}执行裁定已经发生法律效力。请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}在你行开立的账户{x['resp_account']}内存款，限额{money(c.amount)}元，冻结期限一年。")]
    elif code == "summons":
        title, to, body = "传　　票", r, [("p", f"案由：{x['cause']}执行。被传唤人{r.name}（法定代表人）应于"
                                                 f"{seal_date(c.day(45))}上午9时到{COURT}执行局第三谈话室接受询问。"),
                                           ("p", "被传唤人必须准时到达，无正当理由拒不到场的，可以拘传。")]
    elif code == "consumption_restriction_order":
        title, to, body = "限 制 消 费 令", r, [("p", f"本院于{seal_date(c.filed_on)}立案执行{a.name}申请执行你{x['cause']}一案。"
                                                      "因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照最高人民法院"
                                                      "《关于限制被执行人高消费及有关消费的若干规定》第一条、第三条之规定，对你采取限制消费措施，"
                                                      "禁止乘坐飞机、列车软卧、G字头动车组列车全部座位，禁止在星级以上宾馆、酒店消费。")]
    elif code == "dishonest_list_decision":
        title, to, body = "决　定　书", r, [("p", f"本院在执行{c.number}案中，被执行人{r.name}有履行能力而拒不履行生效法律文书确定的义务。"
                                                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条之规定，决定如下："),
                                            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"), ("p", "本决定一经作出即生效。")]
    elif code == "termination_this_round_ruling":
        title, to, body = "执 行 裁 定 书", a, [
            ("f", f"申请执行人：{a.name}。"), ("f", f"被执行人：{r.name}，公民身份号码{r.id_number}。"),
            ("p", f"本院在执行{basis}一案中，经网络查控系统查询被执行人的银行存款、车辆、不动产、证券等财产信息，并到被执行人住所地、"
                  f"{x.get('village', '')}村果园现场调查，未发现可供执行的财产。本院已向被执行人发出执行通知书、报告财产令，"
                  "对其采取限制消费措施并纳入失信被执行人名单。申请执行人经约谈亦不能提供新的财产线索。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。本裁定送达后立即生效。")]
        date_off = 124
    elif code == "closing_notice":
        title, body = "结 案 通 知 书", [("p", f"你方申请执行{r.name}{x['cause']}一案（{c.number}），被执行人已履行全部义务，"
                                                 f"执行款{money(c.amount)}元已发放完毕。本案以执行完毕方式结案。"), ("p", "特此通知。")]
        date_off = (c.closed_on - c.filed_on).days - 1
    else:
        raise NotImplementedError(code)
    number = c.number if code != "effectiveness_certificate" else ""
    blocks: list[Block] = [("f", f"{to.name}：")] if code not in ("enforcement_ruling", "termination_this_round_ruling") else []
    blocks += body
    sign = ["审　判　长　" + c.judge, "审　判　员　" + c.officer] if "ruling" in code else []
    when = cn_date(c.basis_effective + timedelta(days=2) if code == "effectiveness_certificate" else c.day(date_off))
    return doc(title, number, blocks, rng, sign=sign, when=when)


def _admin(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    a, r = c.applicant, c.respondent
    how = "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"
    if code == "closing_approval_form":
        return form("执行案件结案审批表", c.number, [["申请执行人", a.name], ["被执行人", r.name], ["执行标的", f"{money(c.amount)}元"],
                                                  ["结案方式", how], ["承办人意见", ""], ["庭（局）长意见", ""]], rng,
                    heights=[13, 13, 13, 13, 34, 30], fills=[(4, f"建议以{how}方式结案　{c.officer}"), (5, f"同意　{person_name(rng)}")])
    if code == "dossier_cover":
        return form("执 行 案 卷", "", [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", a.name], ["被执行人", r.name],
                                      ["执行依据", c.basis_number], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                                      ["结案方式", how], ["保管期限", "长期"], ["本卷页数", ""]], rng,
                    fills=[(9, str(rng.randint(38, 48)))])
    if code == "catalogue":
        items = ["执行申请书", "执行依据及生效证明", "身份证明", "委托材料", "受理通知书、缴费通知书", "执行通知书、报告财产令",
                 "查控结果、执行裁定", "执行和解协议", "付款凭证", "结案通知书、结案审批表", "送达回证", "卷宗复核表、备考表"]
        rows = [["序号", "文件名称"]] + [[str(k), n] for k, n in enumerate(items, 1)]
        return form("卷 内 目 录", c.number, rows, rng, heights=[11] * len(rows), cols=(24, 138))
    if code == "file_review_form":
        return form("执行卷宗归档复核表", c.number, [["卷宗是否完整", ""], ["文书是否齐全", ""], ["装订是否规范", ""], ["复核人", ""]], rng,
                    heights=[16, 16, 16, 16], fills=[(0, "完整"), (1, "齐全"), (2, "规范"), (3, f"{person_name(rng)}　{num_date(c.closed_on + timedelta(days=20))}")])
    return form("备　考　表", c.number, [["本卷情况说明", ""], ["立卷人", ""], ["检查人", ""], ["立卷时间", ""]], rng,
                heights=[80, 14, 14, 14], fills=[(0, "本卷共一册，无缺页"), (1, c.clerk), (2, person_name(rng)),
                                                 (3, num_date(c.closed_on + timedelta(days=15)))])


__all__ = ["APPEAL", "BUREAU", "CODES", "GOODS_SEQ", "INSTALMENTS", "ORANGE_SEQ", "WAGE_SEQ", "adopt_basis", "render"]
