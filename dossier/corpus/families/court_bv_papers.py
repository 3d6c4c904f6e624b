"""Papers that reach the 格尔木 bureau from others: the 海西州中院's 二审 judgment and this court's 民事审判庭's, the
仲裁委's award, the lawyers' papers, bank slips and ID copies, forms the parties fill in by hand."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_bv import ARBITRATION, BOTTOM, COURT, MIDDLE, TOP, L, R, _footers
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})


def _typed(title: str, blocks: Sequence[Block], f: Font, *, head: str = "", tf: Font | None = None,
           lh: float = 64) -> list[Sheet]:
    s = Sheet()
    y = TOP
    if head:
        s.centred(y, head, f)
        y += 70
    s.centred(y, title, tf or font("hei", 60), spacing=10)
    sheets = [s]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], TOP

    flow(s, blocks, f, x0=L, width=R - L, y=y + 130, line_height=lh, indent=f.size * 2, bottom=BOTTOM, more=more)
    return sheets


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, story = c.applicant, c.respondent, c.extra["story"]
    who_a = f"{a.name}，{a.sex}，{a.born.year if a.born else ''}年生，住{a.address}，公民身份号码{a.id_number}。" \
        if a.kind == "person" else f"{a.name}，住所地{a.address}，法定代表人{a.legal_rep}。"
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "enforcement_application":
        sheets = _typed("强制执行申请书", [
            ("f", f"申请执行人：{who_a}"), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}，法定代表人{r.legal_rep}。"),
            ("f", "请求事项："), ("p", f"一、强制被执行人支付{money(c.amount)}及迟延履行期间的加倍债务利息；"),
            ("p", "二、本案执行费用由被执行人承担。"), ("f", "事实与理由："),
            ("p", f"申请人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}法律文书，已发生法律效力。被执行人至今"
                  "未履行，特依法申请强制执行。"), ("f", "此致"), ("f", COURT),
        ], font("ming", 40))
        s = sheets[-1]
        signature(s, R - mm(50), BOTTOM - mm(40), a.legal_rep or a.name, rng)
        s.right(R, BOTTOM - mm(22), num_date(c.filed_on - timedelta(days=3)), font("ming", 38))
        return _footers(sheets, font("ming", 28))
    if code == "identity_proof":
        p = r if served and served[0] == "respondent" else a
        s = Sheet()
        if p.kind == "person":
            s.centred(TOP, "居民身份证（复印件）", font("hei", 48))
            s.draw.rounded_rectangle((L + mm(20), TOP + 120, L + mm(106), TOP + 120 + mm(54)), 30, outline=(90, 90, 90), width=3)
            for k, t in enumerate([f"姓名 {p.name}", f"性别 {p.sex}　民族 汉", f"住址 {p.address[:14]}", p.address[14:],
                                   f"公民身份号码 {p.id_number}"]):
                s.text(L + mm(24), TOP + 150 + k * 70, t, font("hei", 30))
            hand(s, L + mm(20), TOP + 200 + mm(60), "与原件核对无误", rng, size=40)
            return [s]
        s.box(L, TOP, R, mm(190), width=8)
        s.centred(TOP + 60, "营 业 执 照", font("serif_bold", 78), spacing=14)
        s.centred(TOP + 170, "（副　本）", font("serif", 40))
        rows = [["统一社会信用代码", p.id_number], ["名　称", p.name], ["类　型", "有限责任公司"], ["法定代表人", p.legal_rep],
                ["住　所", p.address], ["登记机关", "格尔木市市场监督管理局"]]
        table(s, L + 40, TOP + 260, [mm(42), mm(100)], rows, font("serif", 32), row_h=mm(13), width=1)
        seal(s, R - mm(40), mm(170), p.name, rng)
        hand(s, L + 20, mm(205), "复印件与原件一致", rng, size=44)
        return [s]
    if code == "power_of_attorney":
        sheets = _typed("授 权 委 托 书", [
            ("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师"),
            ("p", f"现委托{c.agent}在{a.name}与{r.name}{c.extra['cause']}执行一案中，作为我方委托代理人。代理权限：特别授权，包括申请执行、"
                  "提供财产线索、签收法律文书、代为和解、代收执行款。"), ("f", "委托人（签名或盖章）：")], font("kai", 42))
        signature(sheets[0], L + mm(80), mm(170), a.legal_rep or a.name, rng)
        if a.kind == "organisation":
            seal(sheets[0], L + mm(110), mm(175), a.name, rng)
        return sheets
    if code == "law_firm_letter":
        s = Sheet()
        s.centred(TOP, c.firm, font("serif_bold", 56))
        s.line(L, TOP + 90, R, TOP + 90, width=4)
        s.centred(TOP + 130, "所　函", font("serif_bold", 64), spacing=20)
        s.right(R, TOP + 230, f"青{c.extra['lic_no'][-4:]}所执字〔2026〕第{rng.randint(10, 99)}号", font("serif", 34))
        flow(s, [("f", f"{COURT}："), ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}执行一案的"
                                           "代理人。特此函告。")], font("serif", 40), x0=L, width=R - L, y=TOP + 320, line_height=66, indent=80)
        s.right(R, mm(200), cn_date(c.filed_on - timedelta(days=4)), font("serif", 38))
        s.text(L, mm(262), f"地址：{c.extra['firm_addr']}", font("serif", 28))
        seal(s, R - mm(35), mm(195), c.firm, rng)
        return [s]
    if code == "lawyer_license":
        s = Sheet()
        s.draw.rectangle((L, TOP, R, mm(160)), fill=(156, 36, 40))
        s.centred(TOP + 120, "中华人民共和国", font("serif_bold", 56), fill=(240, 210, 120))
        s.centred(TOP + 220, "律师执业证", font("serif_bold", 90), fill=(240, 210, 120), spacing=12)
        rows = [["姓名", c.agent], ["执业机构", c.firm], ["执业证号", c.extra["lic_no"]], ["发证机关", "青海省司法厅"]]
        table(s, L + 30, mm(170), [mm(38), mm(110)], rows, font("hei", 34), row_h=mm(14))
        hand(s, L, mm(245), "复印件，与原件核对一致", rng, size=40)
        return [s]
    if code in ("payment_account_confirmation", "service_address_confirmation", "property_clue_form", "property_declaration_form"):
        return _handform(code, c, rng)
    if code == "fee_receipt":
        s = Sheet(size=(mm(210), mm(120)), paper=(250, 246, 236))
        s.centred(mm(8), "青海省非税收入统一票据（电子）", font("sans_bold", 44), fill=(170, 40, 40))
        rows = [["交款人", a.name, "票据号码", c.extra["receipt_no"]], ["项目名称", "案件受理费", "金额", money(c.amount * 0 + 850)],
                ["合计（大写）", money_caps(c.amount * 0 + 850), "", ""], ["收款单位", COURT, "开票日期", num_date(c.basis_effective - timedelta(days=150))]]
        table(s, mm(10), mm(30), [mm(30), mm(80), mm(30), mm(50)], rows, font("sans", 30), row_h=mm(14), fill=(150, 60, 60))
        seal(s, mm(170), mm(95), "青海省财政厅票据监制章", rng, radius=mm(14))
        return [s]
    if code == "online_inquiry_result":
        rows = [["序号", "协助单位", "查询结果", "反馈时间"]]
        banks = ["中国工商银行", "中国农业银行", "中国建设银行", "青海银行", "格尔木农商银行", "支付宝", "财付通", "车辆（公安部）",
                 "不动产（自然资源部）", "证券（中国结算）"]
        for k, b in enumerate(banks, 1):
            res = "有账户，余额386.20元" if k == 3 else ("登记车辆1辆" if b.startswith("车辆") and story == "goji" else "未查询到")
            rows.append([str(k), b, res, num_date(c.day(4 + k % 3))])
        s = Sheet()
        s.text(L, TOP, "执行查控系统　网络查控反馈结果", font("microhei", 44))
        s.text(L, TOP + 70, f"案号：{c.number}　被查询人：{r.name}　证件号：{r.id_number}", font("microhei", 26))
        table(s, L, TOP + 130, [mm(14), mm(52), mm(56), mm(32)], rows, font("microhei", 28), row_h=mm(11), width=1)
        s.text(L, mm(280), f"打印人：{c.officer}　　打印时间：{num_date(c.day(8))}", font("microhei", 24))
        return [s]
    if code == "settlement_agreement":
        third = (c.amount / 3).quantize(c.amount)
        sheets = _typed("执行和解协议", [
            ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
            ("p", f"就{ARBITRATION}{c.basis_number}仲裁裁决的执行，双方在{COURT}执行局主持下自愿达成如下协议："),
            ("p", f"一、乙方拖欠甲方在察尔汗盐湖项目上的工资共计{money(c.amount)}，分三期支付：签订本协议当日付{money(third)}，"
                  f"{num_date(c.day(30))}前付{money(third)}，{num_date(c.day(55))}前付清余款；"),
            ("p", "二、款项汇入法院执行款专户，由法院转付甲方；"), ("p", "三、乙方任一期未按时支付，甲方可申请恢复执行原裁决。"),
            ("f", "甲方：　　　　　　　　乙方（盖章）：")], font("song_gb", 40))
        s = sheets[-1]
        signature(s, L + mm(20), BOTTOM - mm(60), a.name, rng)
        seal(s, L + mm(120), BOTTOM - mm(55), r.name, rng)
        s.right(R, BOTTOM - mm(20), num_date(c.day(20)), font("song_gb", 38))
        return sheets
    if code == "payment_voucher":
        n = 3 if story == "wage" else 1
        out = []
        for k in range(n):
            s = Sheet(size=(mm(210), mm(130)))
            s.text(mm(10), mm(6), "中国农业银行　网上银行电子回单", font("sans_bold", 40))
            amt = (c.amount / n).quantize(c.amount)
            rows = [["付款人", f"{COURT}执行款专户", "收款人", a.name], ["账　号", f"2866010104000{rng.randint(1000, 9999)}", "账　号", c.extra["acct"]],
                    ["金　额", money(amt), "大　写", money_caps(amt)],
                    ["用　途", f"{c.number}执行款" + (f"（第{k + 1}期）" if n > 1 else ""), "交易日期", num_date(c.day(22 + 18 * k if n > 1 else 48))]]
            table(s, mm(10), mm(24), [mm(26), mm(70), mm(24), mm(70)], rows, font("sans", 28), row_h=mm(16), width=1)
            seal(s, mm(175), mm(105), "中国农业银行格尔木分行营业部", rng, radius=mm(15), inner="电子回单专用章")
            s.starts_document = k > 0
            out.append(s)
        return out
    raise KeyError(code)


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if c.basis_kind == "arbitration":
        head, title, f = ARBITRATION, "仲 裁 裁 决 书", font("serif", 38)
        blocks: list[Block] = [
            ("r", c.basis_number), ("f", f"申请人：{a.name}，住{a.address}。"), ("f", f"被申请人：{r.name}，住所地{r.address}。"),
            ("p", f"申请人自2024年起在被申请人承包的察尔汗盐湖采卤、输卤管线工程从事管道工，被申请人拖欠其{c.extra['months']}个月工资。"
                  "申请人于2025年向本委申请仲裁。本委依法组成仲裁庭公开开庭审理，现已审理终结。"),
            ("p", "仲裁庭认为，双方存在劳动关系，被申请人应足额支付劳动报酬。依照《中华人民共和国劳动合同法》第三十条之规定，裁决如下："),
            ("p", f"被申请人自本裁决生效之日起十日内支付申请人工资{money(c.amount)}。"),
            ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"), ("r", f"仲裁员　{person_name(rng)}"),
            ("r", cn_date(c.basis_effective - timedelta(days=30)))]
    else:
        second = c.basis_court == MIDDLE
        head, title, f = c.basis_court, "民 事 判 决 书", font("song_gb", 40)
        blocks = [("r", c.basis_number)]
        blocks += [("f", f"上诉人（原审被告）：{r.name}。"), ("f", f"被上诉人（原审原告）：{a.name}。")] if second else \
            [("f", f"原告：{a.name}。"), ("f", f"被告：{r.name}。")]
        if second:
            blocks += [("p", f"上诉人因与被上诉人买卖合同纠纷一案，不服{COURT}{c.extra['first']}民事判决，向本院提起上诉。本院依法组成"
                             "合议庭审理了本案，现已审理终结。"),
                       ("p", f"一审查明，{a.name}于2024年秋季向{r.name}交售干果枸杞{c.extra['tons']}吨，约定每公斤{c.extra['price']}元，"
                             f"收货后三十日内付清。{r.name}收货后仅支付部分货款，尚欠{money(c.amount)}。"),
                       ("p", "本院认为，上诉人关于枸杞品质不合格的主张未提交证据证明，不予采信。依照" + "《中华人民共和国民事诉讼法》"
                             "第一百七十七条第一款第一项之规定，判决如下："),
                       ("p", "驳回上诉，维持原判。"), ("p", "二审案件受理费由上诉人负担。本判决为终审判决。")]
        else:
            blocks += [("p", f"原告与被告运输合同纠纷一案，本院立案后依法适用简易程序公开开庭审理。原告为被告自察尔汗盐湖厂区向格尔木火车站"
                             f"货场承运钾肥{c.extra['trips']}车次，被告拖欠运费{money(c.amount)}。"),
                       ("p", "本院认为，双方运输合同合法有效，被告应支付运费。依照《中华人民共和国民法典》第八百一十三条之规定，判决如下："),
                       ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}运费{money(c.amount)}。"),
                       ("p", "如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状，上诉于青海省海西蒙古族藏族自治州中级人民法院。")]
        blocks += [("r", f"审判长　{c.extra['trial_judge']}"), ("r", cn_date(c.basis_effective - timedelta(days=20)))]
    s = Sheet()
    s.centred(TOP, head, font("serif_bold", 50 if len(head) < 16 else 42))
    s.centred(TOP + 90, title, font("serif_bold", 64), spacing=10)
    sheets = [s]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], TOP

    end = flow(s, blocks, f, x0=L, width=R - L, y=TOP + 210, line_height=66, indent=f.size * 2, bottom=BOTTOM, more=more)
    seal(sheets[-1], R - mm(30), max(TOP + mm(25), end - 70), head, rng)  # over the date, as the body stamps it
    return _footers(sheets, font("serif", 28))


def _handform(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bureau's blank forms the parties fill in by hand at the window (or on the 移动执行 car's seat)."""
    a, r = c.applicant, c.respondent
    title, rows, fill = {
        "payment_account_confirmation": ("收款账户确认书", ["收款人", "开户银行", "账　号", "联系电话"],
                                         [a.name, c.extra["acct_bank"], c.extra["acct"], a.phone]),
        "service_address_confirmation": ("送达地址确认书", ["受送达人", "送达地址", "联系电话", "是否同意电子送达"],
                                         [a.name, a.address, a.phone, "同意，短信"]),
        "property_clue_form": ("财产线索提供表", ["被执行人", "财产类型", "财产线索", "线索来源"],
                               [r.name, "车辆" if c.extra["story"] == "goji" else "存款", c.extra.get("plate", c.extra["resp_bank"]), "本人知道"]),
        "property_declaration_form": ("被执行人财产申报表", ["被执行人", "银行存款", "车辆", "不动产"],
                                      [r.name, c.extra["resp_bank"], c.extra.get("plate", "无"), "无"]),
    }[code]
    s = Sheet()
    s.centred(TOP, COURT, font("song_gb", 42), spacing=3)
    s.centred(TOP + 75, title, font("hei", 58), spacing=8)
    s.text(L, TOP + 170, f"案号：{c.number}", font("song_gb", 32))
    y0 = TOP + 230
    table(s, L, y0, [mm(40), mm(114)], [[k, ""] for k in rows], font("song_gb", 34), row_h=mm(20))
    for k, v in enumerate(fill):
        hand(s, L + mm(44), y0 + mm(20) * k + mm(6), v, rng, size=38)
    s.text(L, y0 + mm(20) * 4 + 40, "本人保证以上内容真实，如有虚假愿承担法律责任。", font("song_gb", 32))
    signature(s, R - mm(55), y0 + mm(20) * 4 + 120, a.name if code != "property_declaration_form" else r.legal_rep, rng)
    return [s]
