"""court_i's forms and records: what the parties typed into the 网上诉讼服务平台 (财产线索, 收款账户,
送达地址确认 with 同意电子送达 ticked, the respondent's 财产申报表 submitted online), typed 笔录 signed by
hand with a red fingerprint, the case system's approval sheets (立案审批表, 结案审批表, 卷宗复核表) with
their e-signed 审批意见, and the archive's 卷皮, 卷内目录 and 备考表."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, num_date, person_name
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families.court_i_kit import (
    COURT,
    GREY,
    SHORT,
    basis_name,
    cause,
    e_seal,
    face,
    fingerprint,
    grid,
    mark,
    paper,
    pen,
    qr,
    wrap,
)

CODES = frozenset({
    "property_clue_form", "payment_account_confirmation", "service_address_confirmation", "property_declaration_form",
    "investigation_record", "interview_record", "closing_approval_form", "case_registration_form", "file_review_form",
    "dossier_cover", "catalogue", "remarks_sheet",
})
METHOD = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序", "terminated": "终结执行"}


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in ("investigation_record", "interview_record"):
        return record(c, code, rng)
    table = {
        "property_clue_form": clues, "payment_account_confirmation": account, "service_address_confirmation": address,
        "property_declaration_form": declaration, "closing_approval_form": closing, "case_registration_form": registration,
        "file_review_form": review, "dossier_cover": cover, "catalogue": catalogue, "remarks_sheet": remarks,
    }
    return [table[code](c, rng)]


def _portal(s: Sheet, title: str, c: CaseCtx, submitted: datetime) -> float:
    """The head of a page printed from the 网上诉讼服务平台: a blue band, the form's title, the submission stamp."""
    blue = (22, 94, 180)
    s.draw.rectangle((0, mm(10), s.width, mm(22)), fill=blue)
    s.text(mm(16), mm(12.5), "浙江法院网上诉讼服务平台", face("sys_bold", mm(5)), fill=(255, 255, 255))
    s.right(mm(194), mm(14), "www.zjcourt.cn", face("sys", mm(3.4)), fill=(255, 255, 255))
    s.centred(mm(32), title, face("title", mm(7)))
    s.text(mm(16), mm(46), f"案号：{c.number}", face("sys", mm(3.8)))
    s.right(mm(194), mm(46), f"提交时间：{submitted.strftime('%Y-%m-%d %H:%M:%S')}", face("sys", mm(3.4)), fill=GREY)
    return float(mm(56))


def _at(c: CaseCtx, day: int, rng: random.Random) -> datetime:
    return datetime.combine(c.day(day), time(rng.randint(8, 22), rng.randint(0, 59), rng.randint(0, 59)))


def clues(c: CaseCtx, rng: random.Random) -> Sheet:
    s = paper(rng)
    y = _portal(s, "被执行人财产线索提供表", c, _at(c, -2, rng))
    r = c.respondent
    y = grid(s, mm(16), y, [34, 144], [
        ["被执行人", r.name], ["统一社会信用代码", r.id_number], ["住所地", r.address],
        ["银行账户", f"杭州银行西湖支行（账号尾号{rng.randint(1000, 9999)}），为合同约定的收款账户"],
        ["不动产", "不详"], ["车辆", "据了解有浙A牌照小型普通客车一辆，号牌不详"],
        ["其他财产", "被执行人在天猫、抖音平台开设网店，可能有平台待结算货款；支付宝账户"],
        ["线索来源", "合同履行过程中掌握；网店页面截图（另附）"]], size=4.2, row_h=14)
    s.text(mm(16), y + mm(8), "提供人承诺：以上线索系本人如实提供，如有虚假愿承担法律责任。", face("body", mm(4.4)))
    s.text(mm(16), y + mm(18), f"提供人：{c.applicant.name}（电子签名）　　代理人：{c.agent}", face("body", mm(4.4)))
    return mark(s, kind=rng.choice(["grey", "colour"]))


def account(c: CaseCtx, rng: random.Random) -> Sheet:
    s = paper(rng)
    y = _portal(s, "申请执行人收取案款确认书", c, _at(c, -2, rng))
    a = c.applicant
    y = grid(s, mm(16), y, [40, 138], [
        ["收款人户名", a.name], ["收款账号", f"6222 0212 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"],
        ["开户银行", rng.choice(["中国工商银行杭州文二支行", "招商银行杭州分行营业部", "杭州银行西湖支行"])],
        ["联系电话", a.phone], ["是否同意代理人代收", "否，案款直接发放至申请执行人本人账户"]], size=4.4, row_h=14)
    y = _para(s, y + mm(8), "本人确认以上账户为收取本案执行款的唯一账户。账户信息发生变更的，本人将及时书面告知法院；"
                            "因账户信息错误或未及时告知变更导致案款无法发放或错误发放的，由本人承担责任。")
    s.text(mm(110), y + mm(10), "确认人：", face("body", mm(4.8)))
    pen(s, mm(130), y + mm(7), a.name, rng, size=mm(8))
    fingerprint(s, mm(148), y + mm(14), rng)
    s.text(mm(110), y + mm(26), f"日期：{num_date(c.filed_on - timedelta(days=2))}", face("body", mm(4.8)))
    return mark(s, kind="colour")


def _para(s: Sheet, y: float, text: str, size: float = 4.6) -> float:
    f = face("body", mm(size))
    for k, line in enumerate(wrap(text, f, mm(178), mm(size) * 2)):
        s.text(mm(16) + (mm(size) * 2 if k == 0 else 0), y, line, f)
        y += mm(size) * 1.75
    return y


def address(c: CaseCtx, rng: random.Random) -> Sheet:
    s = paper(rng)
    y = _portal(s, "送达地址确认书", c, _at(c, -2, rng))
    a = c.applicant
    y = grid(s, mm(16), y, [40, 138], [
        ["受送达人", f"{a.name}（申请执行人）"], ["委托代理人", f"{c.agent}（{c.firm}）"],
        ["是否同意电子送达", "☑ 同意　☐ 不同意"],
        ["电子送达方式", "☑ 移动微法院　☑ 手机短信　☐ 电子邮箱　☐ 传真"],
        ["手机号码", f"{a.phone}（本人）　{c.agent_phone}（代理人）"],
        ["邮寄送达地址", a.address], ["收件人", a.name]], size=4.4, row_h=14)
    y = _para(s, y + mm(8), "告知事项：一、受送达人应当如实提供确认的送达地址，送达地址发生变更的，应当及时告知法院；"
                            "二、经受送达人确认的电子送达方式，文书到达受送达人特定系统的日期为送达日期；三、因提供的地址不准确、"
                            "拒不提供送达地址、送达地址变更未及时告知法院，导致法律文书未能被实际接收的，文书退回之日视为送达之日。")
    s.text(mm(16), y + mm(8), "受送达人已阅读上述告知事项，确认以上送达地址。", face("body", mm(4.6)))
    s.text(mm(110), y + mm(22), "受送达人（签名）：", face("body", mm(4.6)))
    pen(s, mm(150), y + mm(19), a.name, rng, size=mm(7.5))
    return mark(s, kind=rng.choice(["grey", "bitonal"]))


def declaration(c: CaseCtx, rng: random.Random) -> Sheet:
    """财产申报表 that the respondent's staff typed into the 移动微法院's 财产申报 module."""
    s = paper(rng)
    y = _portal(s, "被执行人财产申报表", c, _at(c, 8, rng))
    r = c.respondent
    paid = bool(c.extra.get("paid"))
    y = grid(s, mm(16), y, [38, 140], [
        ["申报人", f"{r.name}（法定代表人{r.legal_rep}）"], ["申报方式", "移动微法院在线申报"],
        ["银行存款", "杭州银行西湖支行基本户，余额约" + (f"{c.amount:,.2f}元" if paid else f"{rng.randint(100, 3000)}.00元")],
        ["网络资金", "支付宝企业账户，余额约" + str(rng.randint(0, 800)) + "元"],
        ["不动产", "无"], ["车辆", "无（原浙A车辆已于上年转让）"],
        ["股权、投资", "无"], ["应收账款", "平台待结算货款约" + str(rng.randint(2, 30)) + "千元，已被平台冻结"],
        ["收入及其他", "公司已停止经营，员工已解散" if not paid else "公司正常经营，同意分期履行"],
        ["申报前一年财产变动", "无重大变动"]], size=4.2, row_h=12)
    y = _para(s, y + mm(6), "申报人承诺：以上申报内容真实、完整，如有虚假申报、隐瞒财产，愿承担罚款、拘留等法律责任。")
    s.text(mm(16), y + mm(6), f"申报人（电子签名）：{r.legal_rep}　　联系电话：{r.phone}", face("body", mm(4.4)))
    return mark(s, kind="grey")


def record(c: CaseCtx, code: str, rng: random.Random) -> list[Sheet]:
    """A 笔录 typed during the talk, printed, signed by hand on every page with a red fingerprint."""
    a, r = c.applicant, c.respondent
    span = (c.closed_on - c.filed_on).days
    if code == "interview_record":
        title, day, place = "谈话笔录", span - 12, "本院执行局第二谈话室（同步录音录像）"
        who = f"{c.agent}，{c.firm}律师，申请执行人{a.name}的委托代理人"
        qa = [("问", "今天约你来，是就本案执行情况及拟终结本次执行程序听取你方意见。你方对执行人员有无回避申请？"),
              ("答", "没有。"),
              ("问", f"本院立案后，已向被执行人{r.name}发出执行通知书、报告财产令，通过网络执行查控系统查询了被执行人名下存款、"
                     "网络资金、车辆、不动产、证券、股权等财产，并到其住所地进行了现场调查，冻结的账户余额均已扣划或无余额，"
                     "未发现其他可供执行的财产。对此你方是否清楚？"),
              ("答", "清楚，执行法官在移动微法院上也告知过查控结果。"),
              ("问", "你方提供的网店货款线索，本院已向平台调查核实，该款项已被他案冻结在先。你方还有无其他财产线索？"),
              ("答", "暂时没有新的财产线索。"),
              ("问", "本院已对被执行人采取限制消费措施，并已将其纳入失信被执行人名单。本院拟对本案终结本次执行程序，"
                     "你方有何意见？"),
              ("答", "同意终结本次执行程序。以后发现被执行人有财产的，我方再申请恢复执行。"),
              ("问", "还有什么要补充的吗？"), ("答", "没有了。")]
    else:
        title, day, place = "执行笔录（现场调查）", span - 30, f"被执行人住所地{r.address}"
        who = f"{r.legal_rep}，{r.name}法定代表人"
        qa = [("问", "我们是西湖区人民法院执行局的执行人员，现向你出示工作证件。今天依法到你公司住所地进行调查。"),
              ("答", "知道了。"),
              ("问", "你公司目前经营状况如何？"),
              ("答", "公司去年下半年就停止经营了，办公室已经退租，只剩下一些旧电脑和办公桌。"),
              ("问", "申请执行人反映你公司在电商平台有待结算货款，情况如何？"),
              ("答", "网店已经关了，平台里的钱被别的案子冻结了。"),
              ("问", "你公司名下有无车辆、房产、对外债权？"),
              ("答", "都没有，原来的车去年转让给别人抵债了。"),
              ("问", "执行人员现场查看，该处已无经营，仅有少量办公家具，价值较低，不具有处置价值。你对此有无异议？"),
              ("答", "没有异议。")]
    s = paper(rng)
    sheets = [s]
    fb, f = face("title", mm(7.5)), face("body", mm(4.8))
    s.centred(mm(24), title, fb)
    start = datetime.combine(c.day(day), time(rng.choice([9, 10, 14, 15]), rng.randint(0, 59)))
    head = [f"时间：{start.strftime('%Y年%m月%d日%H时%M分')}至{(start + timedelta(minutes=35)).strftime('%H时%M分')}",
            f"地点：{place}", f"案号：{c.number}", f"执行人员：{c.officer}、{person_name(rng)}　　记录人：{c.clerk}",
            f"被询问人：{who}"]
    y = float(mm(42))
    for line in head:
        s.text(mm(24), y, line, f)
        y += mm(8)
    y += mm(4)
    lead = mm(4.8) * 1.75
    for tag, text in qa:
        for k, line in enumerate(wrap(f"{tag}：{text}", f, mm(160), 0)):
            if y > mm(250):
                s = paper(rng)
                sheets.append(s)
                y = float(mm(26))
            s.text(mm(24) + (0 if k == 0 else mm(4.8) * 2), y, line, f)
            y += lead
    for n, sh in enumerate(sheets, 1):
        pen(sh, mm(120), mm(262), who.split("，")[0], rng, size=mm(6.5))
        fingerprint(sh, mm(150), mm(266), rng)
        if n == len(sheets):
            pen(sh, mm(24), mm(248), "以上笔录我看过，与我说的一样。", rng, size=mm(5.5))
        sh.text(mm(24), mm(274), f"执行人员：{c.officer}　记录人：{c.clerk}", face("body", mm(3.8)))
        if len(sheets) > 1:
            sh.centred(mm(282), f"第 {n} 页 / 共 {len(sheets)} 页", face("sys", mm(3.4)), fill=GREY)
        sh.page_of = (n, len(sheets)) if len(sheets) > 1 else None
        mark(sh, kind=rng.choice(["bitonal", "grey", "faded"]))
    return sheets


def _system_form(c: CaseCtx, rng: random.Random, title: str, rows: list[list[str]], opinions: list[tuple[str, str, str, int]]) -> Sheet:
    """A sheet printed from the 执行案件管理系统: title, a grid of the case data, then the 审批意见 rows with
    each approver's e-signature and date."""
    s = paper(rng)
    s.centred(mm(20), COURT, face("title", mm(6)))
    s.centred(mm(31), title, face("title", mm(8)))
    s.right(mm(194), mm(44), f"流程编号：ZX{c.filed_on.year}{rng.randint(10**7, 10**8 - 1)}", face("sys", mm(3.2)), fill=GREY)
    y = grid(s, mm(16), mm(50), [30, 60, 28, 60], rows, size=3.9, row_h=11)
    for label, who, text, day in opinions:
        h = mm(30)
        s.box(mm(16), y, mm(194), y + h, width=2)
        s.line(mm(46), y, mm(46), y + h, width=2)
        s.text(mm(19), y + mm(12), label, face("sys_bold", mm(3.9)))
        s.text(mm(50), y + mm(4), text, face("body", mm(4.2)))
        pen(s, mm(130), y + mm(14), who, rng, size=mm(6.5), ink=(20, 20, 20))
        s.text(mm(160), y + mm(21), num_date(c.day(day)), face("sys", mm(3.6)))
        y += h
    s.text(mm(16), y + mm(6), "本表由执行案件管理系统生成，审批意见经电子签名确认。", face("sys", mm(3.2)), fill=GREY)
    return s


def registration(c: CaseCtx, rng: random.Random) -> Sheet:
    a, r = c.applicant, c.respondent
    s = _system_form(c, rng, "执行案件立案审批表", [
        ["案号", c.number, "立案日期", num_date(c.filed_on)],
        ["案由", cause(c), "案件来源", "网上立案（浙江法院网上诉讼服务平台）"],
        ["申请执行人", a.name, "委托代理人", f"{c.agent}（律师）"],
        ["被执行人", r.name, "法定代表人", r.legal_rep],
        ["执行依据", basis_name(c)],
        ["申请标的", money(c.amount)],
        ["申请事项", "给付金钱；限制消费；纳入失信名单"]],
        [("立案审查意见", c.clerk, "材料齐全，符合立案条件，建议立案。", 0), ("庭领导意见", c.judge, "同意立案。", 0)])
    return mark(s, kind="bitonal")


def closing(c: CaseCtx, rng: random.Random) -> Sheet:
    span = (c.closed_on - c.filed_on).days
    how = METHOD.get(c.method, "执行完毕")
    reason = (f"执行标的{money(c.amount)}已全部执行到位并发放申请执行人，建议以执行完毕方式结案。" if c.method == "fully_performed" else
              "已穷尽财产调查措施，未发现可供执行财产，已约谈申请执行人，已限制消费并纳入失信名单，建议终结本次执行程序。")
    s = _system_form(c, rng, "执行案件结案审批表", [
        ["案号", c.number, "承办人", c.officer],
        ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
        ["立案日期", num_date(c.filed_on), "拟结案日期", num_date(c.closed_on)],
        ["申请标的", money(c.amount)],
        ["执行到位", money(c.amount) if c.method == "fully_performed" else "0.00元"],
        ["结案方式", how, "审限天数", f"{span}天"],
        ["承办人意见", reason]],
        [("合议庭意见", c.judge, f"同意以{how}方式结案。", span - 3), ("执行局领导意见", person_name(rng), "同意。", span - 1)])
    return mark(s, kind=rng.choice(["bitonal", "grey"]))


def review(c: CaseCtx, rng: random.Random) -> Sheet:
    items = ["立案审批手续完备", "执行依据及生效证明齐全", "执行通知书、报告财产令已送达", "网络查控记录完整",
             "结案审批手续完备", "送达凭证齐全（含电子送达凭证）", "文书无空白项", "卷内文件排列有序、页码连续"]
    rows = [["序号", "复核项目", "结果"]] + [[str(k), item, "✓ 符合"] for k, item in enumerate(items, 1)]
    s = paper(rng)
    s.centred(mm(22), "执行卷宗复核表", face("title", mm(8)))
    s.text(mm(16), mm(38), f"案号：{c.number}　　承办人：{c.officer}　　书记员：{c.clerk}", face("sys", mm(3.8)))
    y = grid(s, mm(16), mm(48), [16, 130, 32], rows, size=4.0, row_h=11, bold_first=False)
    s.text(mm(16), y + mm(10), "复核意见：", face("sys_bold", mm(4.2)))
    pen(s, mm(40), y + mm(8), "卷宗材料齐全，同意归档。", rng, size=mm(6))
    s.text(mm(110), y + mm(26), "复核人：", face("sys", mm(4)))
    pen(s, mm(128), y + mm(23), c.officer, rng, size=mm(7))
    s.text(mm(110), y + mm(38), f"日期：{num_date(c.closed_on + timedelta(days=6))}", face("sys", mm(4)))
    return mark(s, kind="bitonal")


def cover(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 卷皮 printed on white card from the archive system: a barcode box, the frame, the fields typed in."""
    s = Sheet(paper=(244, 240, 228))
    s.box(mm(18), mm(18), mm(192), mm(279), width=5)
    s.centred(mm(36), COURT, face("title", mm(8)))
    s.centred(mm(58), "执 行 案 卷", face("red", mm(14)))
    s.centred(mm(80), "（电子卷宗随案同步生成　正卷）", face("sys", mm(4.2)))
    qr(s, mm(152), mm(24), f"https://jz.zjcourt.cn/archive/{c.number.encode('utf-8').hex()[:24]}", 22)
    rows = [["案号", c.number], ["案由", cause(c)], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", basis_name(c)], ["承办人", c.officer], ["书记员", c.clerk], ["立案日期", cn_date(c.filed_on)],
            ["结案日期", cn_date(c.closed_on)], ["结案方式", METHOD.get(c.method, "执行完毕")],
            ["归档日期", cn_date(c.closed_on + timedelta(days=18))], ["保管期限", "永久" if rng.random() < 0.3 else "长期"],
            ["全宗号 / 目录号 / 案卷号", f"{rng.randint(10, 99)} / 执{c.filed_on.year} / {rng.randint(100, 999)}"]]
    grid(s, mm(30), mm(98), [50, 100], rows, size=4.4, row_h=12, role="body")
    return mark(s, kind="grey")


ORDER = ["执行案件立案审批表", "强制执行申请书", "执行依据及生效证明", "身份证明、营业执照", "授权委托书、律师事务所函、执业证",
         "诉讼费票据", "送达地址确认书、收款账户确认书", "受理案件通知书", "执行通知书、报告财产令", "财产申报表",
         "网络查控结果", "执行裁定书、协助执行通知书", "笔录", "结案文书", "结案审批表", "送达凭证"]


def catalogue(c: CaseCtx, rng: random.Random) -> Sheet:
    s = paper(rng)
    s.centred(mm(20), "卷 内 目 录", face("title", mm(8)))
    s.text(mm(16), mm(34), f"案号：{c.number}", face("sys", mm(3.8)))
    rows = [["序号", "文件名称", "页号", "备注"]]
    page = 1
    for k, name in enumerate(ORDER, 1):
        n = rng.randint(1, 3)
        rows.append([str(k), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    grid(s, mm(16), mm(42), [16, 118, 26, 18], rows, size=4.0, row_h=12, bold_first=False)
    return mark(s, kind="bitonal")


def remarks(c: CaseCtx, rng: random.Random) -> Sheet:
    s = paper(rng)
    s.centred(mm(22), "卷内备考表", face("title", mm(8)))
    s.text(mm(16), mm(38), f"案号：{c.number}", face("sys", mm(3.8)))
    s.box(mm(16), mm(48), mm(194), mm(220), width=2)
    s.text(mm(20), mm(52), "本卷情况说明：", face("sys_bold", mm(4.2)))
    pen(s, mm(26), mm(64), f"本卷共计文件材料{rng.randint(30, 45)}页，其中电子送达凭证为系统打印件。", rng, size=mm(5.4))
    pen(s, mm(26), mm(78), "纸质材料已与电子卷宗核对一致。", rng, size=mm(5.4))
    s.text(mm(100), mm(228), "立卷人：", face("sys", mm(4.2)))
    pen(s, mm(120), mm(225), c.clerk, rng, size=mm(6.5))
    s.text(mm(100), mm(242), "检查人：", face("sys", mm(4.2)))
    pen(s, mm(120), mm(239), c.officer, rng, size=mm(6.5))
    s.text(mm(100), mm(256), f"立卷时间：{num_date(c.closed_on + timedelta(days=10))}", face("sys", mm(4.2)))
    e_seal(s, mm(60), mm(245), rng, name=SHORT + "档案室")
    return mark(s, kind="grey")
