"""Papers that reach the 小店 bureau from elsewhere, each in its author's style: 太原中院's appeal judgment and the
first-instance one behind it, 太原仲裁委's award, this court's civil 调解书, 山西 law firms' typed applications and
所函, the parties' hand-filled forms, 晋商银行/建行 slips, the 山西 非税收入 receipt, the 总对总 查控 printout."""

from __future__ import annotations

import random

from dossier.corpus.content import CaseCtx, cn_date, money, num_date, person_name
from dossier.corpus.draw import Sheet, flow, mm, seal, table
from dossier.corpus.families.court_bm_kit import COURT, PARTY_PEN, run_hand, sheet, song
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})


def _firm_paper(c: CaseCtx, rng: random.Random, title: str, blocks: list[tuple[str, str]], *,
                signer: str = "", sealed: bool = True, both: bool = False, offset: int = 0) -> list[Sheet]:
    """A 山西 law firm's Word page: 仿宋-like body in kai, the title in hei, the firm's line at the foot."""
    s = sheet("paper")
    s.centred(mm(30), title, font("hei", 60), spacing=6)
    f = font("kai_gb", 40)
    y = flow(s, blocks, f, x0=mm(28), width=s.width - mm(56), y=mm(30) + 130, line_height=66, indent=82)
    if signer:
        s.right(s.width - mm(32), y + 40, signer, f)
        run_hand(s, s.width - mm(80), y + 100, c.applicant.name, rng, size=46, ink=PARTY_PEN)
    if both:  # a settlement signed by both sides under its last line, the company's seal over its side
        run_hand(s, mm(28) + 300, y + 10, c.applicant.name, rng, size=48, ink=PARTY_PEN, slant=0.15)
        run_hand(s, mm(28) + 1050, y + 10, c.respondent.legal_rep or c.respondent.name, rng, size=48, ink=PARTY_PEN,
                 slant=0.15)
        if c.respondent.kind == "organisation":
            seal(s, mm(28) + 1100, y + 30, c.respondent.name, rng)
    s.right(s.width - mm(32), y + 180, cn_date(c.day(offset)), f)
    if sealed:
        seal(s, s.width - mm(60), y + 170, c.firm, rng)
    s.line(mm(28), s.height - mm(22), s.width - mm(28), s.height - mm(22), width=1)
    s.text(mm(28), s.height - mm(20), f"{c.firm}　地址：{c.extra['firm_addr']}", font("hei", 24))
    return [s]


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    story = c.extra["story"]
    a, r = c.applicant.name, c.respondent.name
    if story == "coal":
        head, title = "山西省太原市中级人民法院", "民 事 判 决 书"
        paras = [("f", f"上诉人（原审被告）：{r}，住所地{c.respondent.address}。"),
                 ("f", f"法定代表人：{c.respondent.legal_rep}，该公司经理。"),
                 ("f", f"被上诉人（原审原告）：{a}，{c.applicant.sex}，住{c.applicant.address}。"),
                 ("p", f"上诉人{r}因与被上诉人{a}买卖合同纠纷一案，不服山西省太原市小店区人民法院"
                       f"{c.extra['first_number']}民事判决，向本院提起上诉。本院依法组成合议庭审理了本案，现已审理终结。"),
                 ("p", f"原审查明，{a}自2021年起向{r}下属职工食堂供应{c.extra['goods']}，双方按月对账，"
                       f"截至2022年12月，{r}尚欠货款未付。"),
                 ("p", "本院认为，双方买卖合同关系成立，对账单经上诉人盖章确认，上诉人称货物质量存在问题，"
                       "未提交证据证明，其上诉请求不能成立，应予驳回。一审判决认定事实清楚，适用法律正确。"),
                 ("p", f"依照{'《中华人民共和国民事诉讼法》'}第一百七十七条第一款第一项之规定，判决如下："),
                 ("p", "驳回上诉，维持原判。"),
                 ("p", f"一审判决：{r}于判决生效之日起十日内支付{a}货款{money(c.amount)}。"),
                 ("p", "二审案件受理费由上诉人负担。"), ("p", "本判决为终审判决。")]
        sign = ["审判长　" + c.extra["trial_judge"], "审判员　" + person_name(rng), "审判员　" + person_name(rng)]
    elif story == "labour":
        head, title = "太原仲裁委员会", "裁 决 书"
        paras = [("f", f"申请人：{a}，{c.applicant.sex}，住{c.applicant.address}。"),
                 ("f", f"被申请人：{r}，住所地{c.respondent.address}。"),
                 ("p", "本会根据申请人与被申请人签订的《劳务分包合同》中的仲裁条款，于2023年受理了申请人与被申请人"
                       "之间的劳务分包合同纠纷案。本会依法组成仲裁庭，开庭审理了本案。"),
                 ("p", f"申请人带领木工、钢筋工班组在{c.extra['site']}施工，工程完工后被申请人未结清劳务费。"
                       "被申请人对结算单真实性无异议，但称发包方未付款。"),
                 ("p", "仲裁庭认为，被申请人以发包方未付款为由拒付劳务费，无合同依据，不予支持。裁决如下："),
                 ("p", f"被申请人{r}自本裁决书送达之日起十日内向申请人支付劳务费{money(c.amount)}。"),
                 ("p", "本案仲裁费由被申请人承担。本裁决为终局裁决，自作出之日起发生法律效力。")]
        sign = ["首席仲裁员　" + c.extra["trial_judge"], "仲裁员　" + person_name(rng), "仲裁员　" + person_name(rng)]
    else:
        head, title = COURT, "民 事 调 解 书"
        paras = [("f", f"原告：{a}，{c.applicant.sex}，住{c.applicant.address}。"),
                 ("f", f"被告：{r}，{c.respondent.sex}，住{c.respondent.address}。"),
                 ("p", f"原告{a}与被告{r}民间借贷纠纷一案，本院于2023年立案后，依法适用简易程序进行审理。"),
                 ("p", "经审理查明，被告因经营面馆向原告借款，出具借条一张，约定三个月内归还，到期后经原告多次催要未还。"),
                 ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
                 ("p", f"一、被告{r}于2023年12月31日前偿还原告{a}借款{money(c.amount)}；"),
                 ("p", "二、被告逾期未履行的，原告可就全部款项申请强制执行；"),
                 ("p", "三、案件受理费减半收取，由被告负担。"),
                 ("p", "上述协议，符合有关法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。")]
        sign = ["审判员　" + c.extra["trial_judge"]]
    sheets: list[Sheet] = []
    s = sheet("paper")
    s.centred(mm(28), head, font("song_gb" if story != "labour" else "hei", 58))
    s.centred(mm(28) + 90, title, font("song_gb" if story != "labour" else "hei", 62), spacing=10)
    s.right(s.width - mm(28), mm(28) + 190, c.basis_number, song(36))
    f = font("song_gb", 40)
    pages: list[Sheet] = [s]

    def more() -> tuple[Sheet, float]:
        n = sheet("paper")
        pages.append(n)
        return n, mm(26)
    y = flow(s, paras, f, x0=mm(28), width=s.width - mm(56), y=mm(28) + 260, line_height=64, indent=80,
             bottom=s.height - mm(34), more=more)
    last = pages[-1]
    if y + 380 > last.height - mm(34):
        last, _ = more()
        y = mm(26)
    for k, line in enumerate(sign):
        last.right(last.width - mm(40), y + 40 + 62 * k, line, f)
    y += 40 + 62 * len(sign)
    last.right(last.width - mm(40), y + 20, cn_date(c.basis_effective), f)
    last.right(last.width - mm(40), y + 84, "书记员　" + person_name(rng), f)
    seal(last, last.width - mm(70), y + 30, head, rng)
    for k, p in enumerate(pages):
        p.centred(p.height - mm(18), f"第{k + 1}页 共{len(pages)}页", song(26))
        if len(pages) > 1:
            p.page_of = (k + 1, len(pages))
        sheets.append(p)
    return sheets


def _id(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    who = c.respondent if served == ["respondent"] else c.applicant
    s = sheet("paper")
    if who.kind == "organisation":
        s.box(mm(20), mm(20), s.width - mm(20), mm(190), width=6)
        s.centred(mm(34), "营 业 执 照", font("serif_bold", 76), spacing=14)
        s.centred(mm(34) + 110, "（副　本）", font("serif", 40))
        rows = [f"统一社会信用代码　{who.id_number}", f"名　　称　{who.name}", "类　　型　有限责任公司（自然人投资或控股）",
                f"法定代表人　{who.legal_rep}", "经营范围　煤炭、焦炭销售；建筑劳务分包；普通货物道路运输（依法须经批准的项目除外）",
                f"住　　所　{who.address}", "登记机关　太原市小店区行政审批服务管理局"]
        y = mm(34) + 200.0
        for line in rows:
            y = flow(s, [("f", line)], font("serif", 34), x0=mm(32), width=s.width - mm(64), y=y, line_height=56,
                     indent=0) + 10
        seal(s, s.width - mm(60), mm(160), "太原市小店区行政审批服务管理局", rng)
        s.text(mm(40), mm(200), "复印件与原件一致", font("hei", 34))
        run_hand(s, mm(40), mm(212), who.legal_rep or who.name, rng, size=40, ink=PARTY_PEN)
        return [s]
    for k, (x, y) in enumerate([(mm(40), mm(40)), (mm(40), mm(120))]):
        s.draw.rounded_rectangle((x, y, x + mm(86), y + mm(54)), radius=30, outline=(80, 80, 80), width=3)
        if k == 0:
            s.text(x + 30, y + 30, f"姓名　{who.name}", font("hei", 30))
            s.text(x + 30, y + 80, f"性别　{who.sex}　民族　汉", font("hei", 30))
            s.text(x + 30, y + 130, f"出生　{num_date(who.born) if who.born else ''}", font("hei", 30))
            s.text(x + 30, y + 180, f"住址　{who.address[:14]}", font("hei", 28))
            s.text(x + 30, y + 280, f"公民身份号码　{who.id_number}", font("hei", 30))
            s.draw.rectangle((x + 470, y + 40, x + 640, y + 250), fill=(150, 150, 150))
        else:
            s.centred(y + 60, "中华人民共和国", font("hei", 44), x0=x, x1=x + mm(86))
            s.centred(y + 130, "居民身份证", font("hei", 54), x0=x, x1=x + mm(86), spacing=8)
            s.text(x + 60, y + 270, "签发机关　太原市公安局小店分局", font("hei", 28))
    s.text(mm(40), mm(200), "此复印件仅供法院执行使用", font("kai", 36))
    run_hand(s, mm(40), mm(214), who.name, rng, size=44, ink=PARTY_PEN)
    return [s]


def _party_form(c: CaseCtx, rng: random.Random, title: str, rows: list[tuple[str, str]], *, who: str) -> list[Sheet]:
    """A court form given to the party at the window and filled there in blue ballpoint."""
    s = sheet("paper")
    s.centred(mm(24), title, font("hei", 56), spacing=10)
    s.text(mm(22), mm(24) + 110, f"案号：{c.number}", font("hei", 32))
    y = mm(24) + 170
    for label, value in rows:
        table(s, mm(22), y, [380, s.width - mm(44) - 380], [[label, ""]], font("hei", 32), row_h=116)
        if value:
            run_hand(s, mm(22) + 400, y + 34, value, rng, size=38, ink=PARTY_PEN, slant=0.12)
        y += 116
    s.text(mm(22), y + 40, "填写人（签名）：", font("hei", 34))
    run_hand(s, mm(22) + 290, y + 30, who, rng, size=46, ink=PARTY_PEN, slant=0.12)
    s.text(mm(22), y + 120, "日期：", font("hei", 34))
    run_hand(s, mm(22) + 120, y + 112, num_date(c.filed_on), rng, size=38, ink=PARTY_PEN, slant=0.12)
    return [s]


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant.name, c.respondent.name
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "identity_proof":
        return _id(c, rng, served)
    if code == "enforcement_application":
        return _firm_paper(c, rng, "强制执行申请书", [
            ("f", f"申请执行人：{a}，{c.applicant.sex}，公民身份号码{c.applicant.id_number}，住{c.applicant.address}，"
                  f"电话{c.applicant.phone}。"),
            ("f", f"被执行人：{r}，住{c.respondent.address}。"),
            ("f", "执行请求："),
            ("p", f"一、请求依法强制执行{c.basis_court}{c.basis_number}{c.extra['basis_title']}，"
                  f"被执行人支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；三、执行费由被执行人负担。"),
            ("f", "事实与理由："),
            ("p", f"上述法律文书已于{num_date(c.basis_effective)}发生法律效力，被执行人至今未履行，"
                  f"特依据{'《中华人民共和国民事诉讼法》'}第二百四十三条之规定，向贵院申请强制执行。"),
            ("f", "此致"), ("f", COURT)], signer="申请执行人：", sealed=False)
    if code == "law_firm_letter":
        return _firm_paper(c, rng, f"{c.firm}函", [
            ("r", f"晋并律函〔2024〕第{rng.randint(10, 400)}号"),
            ("f", f"{COURT}："),
            ("p", f"本所接受{a}的委托，指派{c.agent}律师担任其申请执行{r}一案的委托代理人。"),
            ("p", "特此函告。"), ("f", "附：授权委托书一份　律师执业证复印件一份"),
            ("f", f"律师：{c.agent}　电话：{c.agent_phone}")])
    if code == "power_of_attorney":
        return _firm_paper(c, rng, "授权委托书", [
            ("f", f"委托人：{a}，住{c.applicant.address}。"),
            ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
            ("p", f"现委托上述受托人在我与{r}执行一案中，作为我的执行代理人。"),
            ("p", "代理权限为特别授权：代为申请执行、提供财产线索、参与和解、代为签收法律文书、代为领取执行款。"),
            ("f", "委托期限：至本案执行终结止。")], signer="委托人：", sealed=False)
    if code == "lawyer_license":
        s = sheet("paper")
        x, y = mm(30), float(mm(40))
        s.draw.rectangle((x, y, x + mm(150), y + mm(100)), outline=(120, 40, 40), width=5)
        s.centred(y + 40, "中华人民共和国律师执业证", font("serif_bold", 52), x0=x, x1=x + mm(150))
        for k, line in enumerate([f"姓　　名　{c.agent}", f"执业机构　{c.firm}", "执业证类别　专职",
                                  f"执业证号　{c.extra['lic_no']}", "发证机关　山西省司法厅",
                                  f"发证日期　{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]):
            s.text(x + 40, y + 160 + k * 68, line, font("serif", 36))
        s.draw.rectangle((x + mm(112), y + 170, x + mm(142), y + 420), fill=(160, 160, 160))
        seal(s, x + mm(120), y + mm(80), "山西省司法厅", rng)
        s.text(x, y + mm(112), "年度考核：2023年度　称职", font("kai", 34))
        s.text(x, y + mm(124), "（复印件）与原件核对一致", font("kai", 34))
        return [s]
    if code == "fee_receipt":
        s = sheet("paper")
        s.size = s.size
        s.centred(mm(24), "山西省非税收入一般缴款书", font("serif_bold", 56))
        s.text(mm(20), mm(24) + 90, f"票据号码：{c.extra['receipt_no']}　　填制日期：{num_date(c.day(1))}",
               font("serif", 30))
        rows = [["缴款人", a], ["收款单位", COURT], ["项目名称", "案件受理费（申请执行费）"],
                ["金额（小写）", f"{c.extra['fee']}.00"], ["备注", c.number]]
        table(s, mm(20), mm(24) + 150, [420, s.width - mm(40) - 420], rows, font("serif", 32), row_h=100)
        seal(s, s.width - mm(70), mm(24) + 520, "山西省财政厅非税收入票据专用章", rng)
        return [s]
    if code == "payment_account_confirmation":
        return _party_form(c, rng, "申请执行人收款账户确认书", [
            ("收款人", a), ("开户银行", c.extra["acct_bank"]), ("账号", c.extra["acct"]),
            ("联系电话", c.applicant.phone), ("说明", "执行款请汇入以上账户")], who=a)
    if code == "service_address_confirmation":
        return _party_form(c, rng, "送达地址确认书", [
            ("受送达人", a), ("送达地址", c.applicant.address), ("联系电话", c.applicant.phone),
            ("是否同意电子送达", "同意，短信"), ("告知事项", "地址变更及时告知法院，否则按原址送达")], who=a)
    if code == "property_clue_form":
        return _party_form(c, rng, "被执行人财产线索登记表", [
            ("被执行人", r), ("银行账户", c.extra["resp_bank"]), ("不动产", "不清楚"),
            ("车辆", "有一辆货车，牌号不详"), ("其他线索", "在小店区有工地，工程款未结")], who=a)
    if code == "property_declaration_form":
        return _party_form(c, rng, "被执行人财产申报表", [
            ("被执行人", r), ("银行存款", "无"), ("不动产", "无"), ("车辆", "无"),
            ("收入情况", "无固定收入"), ("对外债权", "项目部欠款，未结算")],
            who=c.respondent.legal_rep or r)
    if code == "online_inquiry_result":
        s = sheet("paper")
        s.text(mm(14), mm(14), "全国法院网络执行查控系统", font("sans_bold", 44))
        s.text(mm(14), mm(14) + 70, f"反馈结果明细　案号：{c.number}　被查询人：{r}", font("sans", 28))
        rows = [["序号", "协助单位", "反馈结果", "余额（元）"]]
        for k, bank in enumerate(["晋商银行", "中国建设银行", "山西省农村信用社联合社", "中国工商银行", "自然资源部",
                                  "公安部交通管理局"]):
            res = "已冻结" if k == 0 and c.method == "fully_performed" else "未查询到"
            bal = f"{c.amount:,.2f}" if res == "已冻结" else "0.00"
            rows.append([str(k + 1), bank, res, bal])
        table(s, mm(14), mm(14) + 140, [140, 700, 380, s.width - mm(28) - 1220], rows, font("sans", 28), row_h=76)
        s.text(mm(14), s.height - mm(20), f"打印时间：{num_date(c.day(8))}　第1页共1页", font("sans", 24))
        return [s]
    if code == "settlement_agreement":
        return _firm_paper(c, rng, "执行和解协议", [
            ("f", f"甲方（申请执行人）：{a}"), ("f", f"乙方（被执行人）：{r}"),
            ("p", f"就{c.basis_number}{c.extra['basis_title']}的执行，经双方协商，自愿达成如下和解协议："),
            ("p", f"一、乙方于{num_date(c.extra['pay_day'])}前支付甲方{money(c.amount)}，汇入甲方{c.extra['acct_bank']}账户；"),
            ("p", "二、乙方按期足额付款后，甲方放弃迟延履行利息，本案执行完毕；"),
            ("p", "三、乙方逾期付款的，甲方有权申请恢复执行原生效法律文书。"),
            ("f", "甲方（签字）：　　　　　　　　　　乙方（盖章）：")], sealed=False, both=True, offset=30)
    if code == "award_certificate":  # 太原仲裁委's certificate that its award is in force
        s = sheet("paper")
        s.centred(mm(40), "太原仲裁委员会", font("hei", 60), spacing=8)
        s.centred(mm(40) + 100, "裁决书生效证明", font("hei", 56))
        s.right(s.width - mm(30), mm(40) + 200, f"并仲证字〔2024〕{rng.randint(10, 300)}号", song(34))
        y = flow(s, [("f", f"{a}："),
                     ("p", f"本会{c.basis_number}裁决书（申请人{a}，被申请人{r}）已于{num_date(c.basis_effective)}"
                           "作出并送达双方当事人。依照《中华人民共和国仲裁法》第五十七条，裁决书自作出之日起发生法律效力。"),
                     ("p", "特此证明。")], font("kai_gb", 40), x0=mm(30), width=s.width - mm(60), y=mm(40) + 290,
                 line_height=66, indent=82)
        s.right(s.width - mm(36), y + 60, "太原仲裁委员会", font("kai_gb", 40))
        s.right(s.width - mm(36), y + 126, cn_date(c.basis_effective), font("kai_gb", 40))
        seal(s, s.width - mm(66), y + 90, "太原仲裁委员会", rng)
        return [s]
    if code == "payment_voucher":
        s = sheet("paper")
        bank = "晋商银行" if "晋商" in c.extra["resp_bank"] else "中国建设银行"
        s.box(mm(16), mm(20), s.width - mm(16), mm(130), width=2)
        s.centred(mm(26), f"{bank}　电子回单", font("sans_bold", 48))
        rows = [["付款人", r], ["付款账号", c.extra["resp_acct"]], ["收款人", f"{COURT}（执行款专户）"],
                ["金额", f"{c.amount:,.2f}"], ["交易日期", num_date(c.extra["pay_day"])],
                ["用途", f"{c.number}执行款"]]
        table(s, mm(22), mm(26) + 90, [330, s.width - mm(44) - 330], rows, font("sans", 30), row_h=84)
        seal(s, s.width - mm(60), mm(110), f"{bank}电子回单专用章", rng, radius=mm(15))
        return [s]
    raise KeyError(code)
