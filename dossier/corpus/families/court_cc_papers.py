"""court_cc's papers: the bureau's own (a plain 仿宋-like house style: court name over a spaced title, the number set
right, a seal over the date) and what reached it from others — a lawyer's Word pages, this court's and 苏州中院's
judgments, a 苏州仲裁委员会 award, licences, a 台湾居民来往大陆通行证, a power of attorney signed in 台北 with its 公證書 and
海基會 letter in Traditional characters, bank and 非税 receipts. Papers the applicant filed online are registered in
UPLOADS so that the capture frames them as the portal printed them."""

from __future__ import annotations

import random
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import RED, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import Font, font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "service_receipt", "online_inquiry_result",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "effectiveness_certificate",
})
UPLOADED = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "effectiveness_certificate",
})
RECEIVED = (UPLOADED - OWN) | {"property_declaration_form", "settlement_agreement", "payment_voucher"}
COURT = "江苏省昆山市人民法院"
LAW = "《中华人民共和国民事诉讼法》"
L, R, TOP, BOTTOM = mm(28), mm(182), mm(30), mm(268)


@dataclass
class Upload:
    """How one uploaded page came to the portal: the file's name, its upload time, its page in the filing."""

    sheet: weakref.ref[Sheet]  # not the sheet itself: a page never captured (a test's) is let go
    file: str
    at: str
    app_no: str
    n: int
    photo: bool


UPLOADS: dict[int, Upload] = {}
"""sheets the applicant uploaded, by id(sheet); the capture takes each out as it frames it"""


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    sheets = DRAW[code](c, rng, served)
    n = len(sheets)
    if n > 1 and not any(s.starts_document for s in sheets):  # one paper over several sheets
        for k, s in enumerate(sheets, 1):
            s.page_of = (k, n)
    if code in UPLOADED and not (code == "effectiveness_certificate" and c.extra.get("story") != "crab"):
        _register(code, c, rng, sheets)
    return sheets


def _register(code: str, c: CaseCtx, rng: random.Random, sheets: list[Sheet]) -> None:
    """Name each uploaded page as the applicant's phone or PDF named it."""
    up: date = c.extra["uploaded"]
    photo = rng.random() < 0.55
    base = {"enforcement_basis": "判决书" if c.extra.get("story") != "rent" else "裁决书",
            "enforcement_application": "强制执行申请书", "power_of_attorney": "授权委托书及公证",
            "identity_proof": "主体资格证明", "fee_receipt": "缴费票据", "effectiveness_certificate": "生效证明"}.get(code, "材料")
    stamp = f"{up:%Y%m%d}_{rng.randint(8, 17):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
    for k, s in enumerate(sheets, 1):
        c.extra["upload_n"] = c.extra.get("upload_n", 0) + 1
        if photo:
            name = rng.choice([f"IMG_{stamp[:-2]}{rng.randint(10, 59)}.jpg", f"微信图片_{stamp.replace('_', '')}{k}.jpg"])
        else:
            name = f"{base}.pdf-第{k}页" if len(sheets) > 1 else f"{base}.pdf"
        at = f"{up:%Y-%m-%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        UPLOADS[id(s)] = Upload(weakref.ref(s), name, at, c.extra["app_no"], c.extra["upload_n"], photo)
        vars(s)["digital"] = True  # a printed portal page: no blank back was scanned behind it


def take_upload(sheet: Sheet) -> Upload | None:
    """The upload a sheet came from (and forget it: the sheet is framed once)."""
    u = UPLOADS.pop(id(sheet), None)
    for k in [k for k, v in UPLOADS.items() if v.sheet() is None]:
        del UPLOADS[k]
    return u if u is not None and u.sheet() is sheet else None


# ------------------------------------------------------------------ helpers
def yuan(x: object) -> str:
    """12,345.60 — the figure alone; `money` writes the whole 人民币…元（大写：…）."""
    return f"{x:,.2f}"


def fs(size: int) -> Font:
    return font("song_gb", size)


def _pages(blocks: list[tuple[str, str]], head: Callable[[Sheet], float], f: Font, *, lh: float,
           x0: float = L, x1: float = R, foot: Callable[[Sheet, int], None] | None = None,
           paper: tuple[int, int, int] = (255, 255, 255)) -> list[Sheet]:
    """A typed paper running over as many sheets as its blocks need (later sheets without the head)."""
    sheets = [Sheet(paper=paper)]
    y = head(sheets[0])

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet(paper=paper))
        return sheets[-1], TOP

    y = flow(sheets[0], blocks, f, x0=x0, width=x1 - x0, y=y, line_height=lh, indent=f.size * 2, bottom=BOTTOM,
             more=more)
    if foot:
        for k, s in enumerate(sheets, 1):
            foot(s, k)
    _end[0] = y
    return sheets


_end = [0.0]  # where the last _pages call ended on its last sheet


def _court_head(title: str, c: CaseCtx, number: bool = True) -> Callable[[Sheet], float]:
    def head(s: Sheet) -> float:
        s.centred(TOP, COURT, font("serif_bold", 58), spacing=6)
        s.centred(TOP + 92, title, font("serif_bold", 70), spacing=22)
        if number:
            s.right(R, TOP + 205, c.number, fs(40))
        return TOP + 290
    return head


def _signoff(s: Sheet, y: float, c: CaseCtx, d: date, rng: random.Random, names: list[str]) -> None:
    f = fs(40)
    y = min(y + 30, BOTTOM - 60 * (len(names) + 1))
    for n in names:
        s.right(R - 20, y, n, f)
        y += 62
    s.right(R - 20, y, cn_date(d), f)
    seal(s, R - 150, y - 10, COURT, rng)


def _court_paper(title: str, blocks: list[tuple[str, str]], c: CaseCtx, rng: random.Random, d: date,
                 names: list[str] | None = None) -> list[Sheet]:
    sheets = _pages(blocks, _court_head(title, c), fs(40), lh=68)
    _signoff(sheets[-1], _end[0], c, d, rng, names or [])
    if len(sheets) > 1:
        for k, s in enumerate(sheets, 1):
            s.centred(mm(282), f"第{k}页 共{len(sheets)}页", fs(30))
    return sheets


def _basis(c: CaseCtx) -> str:
    kind = {"crab": "民事判决书", "rent": "裁决书"}.get(str(c.extra.get("story")), "民事判决书")
    return f"{c.basis_court}{c.basis_number}{kind}"


def _who(p: Party) -> str:
    return f"{p.name}（{'统一社会信用代码' if p.kind == 'organisation' else '公民身份号码'}{p.id_number}）"


# ------------------------------------------------------------------ the bureau's own papers
def acceptance(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    b = [("f", f"{c.applicant.name}："),
         ("p", f"你（单位）于{num_date(c.filed_on - timedelta(days=2))}通过江苏法院诉讼服务网提交的对{c.respondent.name}"
               f"申请执行{_basis(c)}一案的网上立案申请，经审查，符合法定受理条件，本院已于{num_date(c.filed_on)}立案执行，"
               f"案号为{c.number}。"),
         ("p", f"本案执行法官{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。你（单位）可登录江苏法院诉讼服务网或"
               "“江苏微法院”小程序查询案件进展、提交材料。"),
         ("p", "请你（单位）积极提供被执行人的财产线索；被执行人财产情况发生变化的，请及时告知本院。执行过程中申请执行人的"
               "联系方式、收款账户发生变化的，应当书面告知本院。"),
         ("p", "特此通知。")]
    return _court_paper("受理案件通知书", b, c, rng, c.filed_on)


def payment(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    fee = c.extra["exec_fee"]
    b = [("f", f"{c.respondent.name}："),
         ("p", f"本院受理的{c.applicant.name}申请执行你单位一案，依照《诉讼费用交纳办法》第十条、第二十条的规定，"
               f"申请执行费{yuan(fee)}元由被执行人负担，请你单位于收到本通知之日起七日内向本院交纳。"),
         ("f", "收款单位：昆山市财政局非税收入汇缴专户"),
         ("f", f"开户银行：{c.extra['acct_bank']}"),
         ("f", "缴款时请注明案号；逾期不交纳的，本院将依法强制扣划。")]
    return _court_paper("交纳执行费用通知书", b, c, rng, c.filed_on + timedelta(days=1))


def notice(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    b = [("f", f"{c.respondent.name}："),
         ("p", f"{c.applicant.name}与你单位纠纷一案，{_basis(c)}已经发生法律效力。申请执行人{c.applicant.name}于"
               f"{num_date(c.filed_on)}向本院申请强制执行，本院依法立案执行。依照{LAW}第二百四十七条、第二百五十二条、"
               "第二百五十三条的规定，责令你单位自收到本通知之日起立即履行下列义务："),
         ("p", f"一、向申请执行人支付{yuan(c.amount)}元及迟延履行期间的债务利息；"),
         ("p", f"二、负担申请执行费{yuan(c.extra['exec_fee'])}元。"),
         ("p", "逾期不履行的，本院将依法查封、扣押、冻结、划拨、拍卖你单位的财产，并可将你单位纳入失信被执行人名单、"
               "对你单位及法定代表人采取限制消费措施。"),
         ("p", f"执行法官：{c.officer}　联系电话：{c.court.phone}")]
    return _court_paper("执行通知书", b, c, rng, c.filed_on + timedelta(days=2))


def report_order(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    b = [("f", f"{c.respondent.name}："),
         ("p", f"依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》第三条、第五条之规定，"
               "责令你单位在收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况（银行存款、"
               "应收账款、机器设备、存货、不动产、车辆、股权及对外投资等），并填写《财产申报表》。"),
         ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")]
    return _court_paper("报告财产令", b, c, rng, c.filed_on + timedelta(days=2))


def ruling(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    amount = yuan(c.amount)
    b = [("f", f"申请执行人：{c.applicant.name}，住所地{c.applicant.address}。"),
         ("f", f"被执行人：{c.respondent.name}，住所地{c.respondent.address}。"),
         ("p", f"本院在执行申请执行人{c.applicant.name}与被执行人{c.respondent.name}纠纷一案中，因被执行人未按执行通知"
               f"履行法律文书确定的义务，经网络执行查控系统查询，被执行人在{c.extra['resp_bank']}开立有账户"
               f"（账号{c.extra['resp_acct']}）。依照{LAW}第二百四十九条、第二百五十三条之规定，裁定如下："),
         ("p", f"冻结、划拨被执行人{c.respondent.name}在{c.extra['resp_bank']}的存款人民币{amount}元及执行费用。"),
         ("p", "本裁定立即执行。"),
         ("f", "")]
    return _court_paper("执行裁定书", b, c, rng, c.extra["pay_day"] - timedelta(days=6),
                        [f"审判长　{c.judge}", f"审判员　{c.officer}", f"书记员　{c.clerk}"])


def assist(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    b = [("f", f"{c.extra['resp_bank']}："),
         ("p", f"关于{c.applicant.name}与{c.respondent.name}纠纷一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
               f"依照{LAW}第二百五十条之规定，请协助执行下列事项："),
         ("p", f"扣划被执行人{c.respondent.name}（账号{c.extra['resp_acct']}）存款人民币{yuan(c.amount)}元至本院执行款专户"
               "（户名：江苏省昆山市人民法院，开户行：中国农业银行昆山分行营业部）。"),
         ("p", "附：执行裁定书一份。")]
    return _court_paper("协助执行通知书", b, c, rng, c.extra["pay_day"] - timedelta(days=5))


def closing(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    how = {"pcb": "经本院依法扣划被执行人银行存款", "crab": "双方达成执行和解协议，被执行人已按协议分两期履行",
           "rent": "被执行人在账户被冻结后主动履行"}[str(c.extra["story"])]
    b = [("f", f"{c.applicant.name}、{c.respondent.name}："),
         ("p", f"本院执行的{c.number}一案，{how}，{_basis(c)}确定的义务已全部履行完毕，执行款已发放至申请执行人指定账户。"
               "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条之规定，本案以执行完毕方式结案。"),
         ("p", "特此通知。")]
    return _court_paper("结案通知书", b, c, rng, c.closed_on)


def effect(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    first = str(c.extra.get("first", c.basis_number))
    b = [("f", f"{c.applicant.name}："),
         ("p", f"本院审理的原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，本院于2025年作出{first}民事判决，"
               f"被告不服提起上诉，江苏省苏州市中级人民法院于{num_date(c.basis_effective)}作出{c.basis_number}民事判决，"
               f"该判决已于{num_date(c.basis_effective)}送达双方当事人，发生法律效力。"),
         ("p", "特此证明。")]
    s = _pages(b, _court_head("生效证明书", c, number=False), fs(40), lh=68)
    _signoff(s[-1], _end[0], c, c.basis_effective + timedelta(days=rng.randint(20, 60)), rng, [])
    return s


def receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书", "payment_notice": "交纳执行费用通知书"}
    to = c.applicant if served == ["acceptance_notice"] else c.respondent
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 58), spacing=6)
    s.centred(TOP + 90, "送 达 回 证", font("serif_bold", 68), spacing=16)
    f = fs(36)
    when = c.filed_on + timedelta(days=1 if to is c.applicant else 3)
    electronic = to is c.applicant
    rows = [["案　　号", c.number], ["案　　由", "申请执行"],
            ["送达文书名称及件数", "、".join(names.get(x, x) for x in served) + "　各一份"],
            ["受送达人", to.name],
            ["送达地址", to.address if not electronic else f"电子送达：{c.agent_phone}（代理人{c.agent}）"],
            ["送达方式", "电子送达（江苏法院电子送达平台）" if electronic else "直接送达"],
            ["受送达人签收", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　　注", ""]]
    y = table(s, L, TOP + 200, [mm(48), R - L - mm(48)], rows, f, row_h=[96, 96, 120, 96, 120, 96, 170, 110, 100, 110],
              centre_first=True)
    sign_y = TOP + 200 + 624 + 45  # inside the 受送达人签收 row
    if electronic:
        s.text(L + mm(52), sign_y, f"系统已送达，{c.agent}于{when:%Y-%m-%d %H:%M}已读", fs(32))
    else:
        signature(s, L + mm(56), sign_y, to.legal_rep or to.name[:3], rng)
        hand(s, L + mm(110), sign_y + 20, f"{when.month}月{when.day}日", rng, size=40, ink=(20, 20, 25))
    signature(s, L + mm(56), TOP + 200 + 904 + 18, c.clerk, rng)  # the 送达人 row
    s.text(L, y + 30, "填发人：" + c.clerk, fs(32))
    seal(s, R - mm(40), y + 10, COURT, rng)
    return [s]


def inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    f = font("sans", 30)
    s.text(L - mm(10), mm(12), f"执行案件流程信息管理系统　打印时间：{c.day(6):%Y-%m-%d} {rng.randint(9, 17):02d}:{rng.randint(10, 59)}",
           font("sans", 26))
    s.centred(TOP, "网络执行查控系统反馈结果", font("sans_bold", 52))
    s.text(L - mm(10), TOP + 100, f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", f)
    rows = [["序号", "协助单位", "反馈结果", "余额（元）"]]
    banks = ["中国银行", "中国工商银行", "中国农业银行", "中国建设银行", "交通银行", "招商银行", "江苏昆山农村商业银行",
             "苏州银行", "自然资源部（不动产）", "公安部（车辆）", "市场监管总局（股权）", "支付宝（中国）网络技术有限公司"]
    for k, b in enumerate(banks, 1):
        hit = c.extra["resp_bank"].startswith(b[:4]) and k < 8
        res = f"有账户 {c.extra['resp_acct'][-6:]}" if hit else rng.choice(["无账户", "无", "无记录", "有账户 余额0"])
        rows.append([str(k), b, res, yuan(c.amount * 2) if hit else "0.00"])
    table(s, L - mm(10), TOP + 170, [mm(16), mm(66), mm(48), mm(44)], rows, font("sans", 28), row_h=64)
    return [s]


def approval(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, font("hei", 56))
    s.centred(TOP + 80, "执行案件结案审批表", font("hei", 62))
    f = fs(34)
    how = {"pcb": "扣划存款", "crab": "和解履行", "rent": "自动履行"}[str(c.extra["story"])]
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", _basis(c)], ["执行标的", f"{yuan(c.amount)}元", "执行到位", f"{yuan(c.amount)}元"],
            ["结案方式", "执行完毕"], ["承办人意见", ""], ["合议庭意见", ""], ["局领导审批", ""]]
    table(s, L - mm(8), TOP + 180, [mm(36), mm(60), mm(30), mm(44)], rows, f,
          row_h=[90, 90, 90, 110, 90, 90, 300, 200, 200], centre_first=True)
    y = TOP + 180 + 90 * 3 + 110 + 90 * 2
    hand(s, L + mm(32), y + 30, f"本案经{how}，执行标的已全部到位并发放，", rng, size=40)
    hand(s, L + mm(32), y + 90, "申请执行人无异议，建议以执行完毕结案。", rng, size=40)
    signature(s, L + mm(120), y + 180, c.officer, rng)
    hand(s, L + mm(32), y + 340, "同意。", rng, size=42)
    signature(s, L + mm(120), y + 400, c.judge, rng)
    hand(s, L + mm(32), y + 540, f"同意结案 {c.closed_on.month}.{c.closed_on.day}", rng, size=42, ink=RED)
    signature(s, L + mm(120), y + 600, person_name(rng), rng)
    return [s]


def cover(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(paper=(248, 242, 228))
    s.centred(mm(40), COURT, font("serif_bold", 72), spacing=10)
    s.centred(mm(70), "执 行 卷 宗", font("serif_bold", 110), spacing=30)
    f = fs(44)
    rows = [["案　号", c.number], ["案　由", "买卖合同纠纷" if c.extra.get("story") != "rent" else "仓储合同纠纷"],
            ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行法官", c.officer],
            ["书记员", c.clerk], ["收案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
            ["结案方式", "执行完毕"], ["归档日期", num_date(c.closed_on + timedelta(days=12))],
            ["保管期限", "长期"], ["本卷共　　页", ""]]
    table(s, mm(30), mm(110), [mm(42), mm(108)], rows, f, row_h=100, centre_first=True)
    return [s]


def catalogue(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "卷 内 目 录", font("serif_bold", 66), spacing=12)
    s.text(L, TOP + 100, f"案号：{c.number}", fs(34))
    items = ["卷宗封面", "卷内目录", "网上立案材料（执行申请书等）", "执行依据及生效证明书", "受理案件通知书",
             "交纳执行费用通知书", "执行通知书、报告财产令", "财产申报表", "网络查控结果", "执行裁定书、协助执行通知书",
             "执行和解协议", "案款收付凭证", "结案通知书", "结案审批表", "送达回证", "卷宗审查表", "备考表"]
    rows = [["序号", "文件名称", "页号", "备注"]] + [[str(k), t, "", ""] for k, t in enumerate(items, 1)]
    table(s, L - mm(6), TOP + 160, [mm(16), mm(98), mm(22), mm(24)], rows, fs(32), row_h=84)
    page = 1
    for k in range(len(items)):
        hand(s, L - mm(6) + mm(118), TOP + 160 + 84 * (k + 1) + 18, str(page), rng, size=34, ink=(20, 20, 25))
        page += rng.randint(1, 5)
    return [s]


def review(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "执行案件卷宗审查表", font("hei", 60))
    f = fs(34)
    rows = [["案号", c.number], ["承办人", c.officer], ["审查项目", "审查情况"],
            ["法律文书是否齐全、签章完整", ""], ["送达回证是否齐全", ""], ["案款是否发放完毕", ""],
            ["卷内材料排列、编页是否规范", ""], ["审查意见", ""], ["审查人", ""]]
    table(s, L - mm(6), TOP + 130, [mm(80), mm(86)], rows, f, row_h=[90, 90, 90, 110, 110, 110, 110, 260, 110])
    y = TOP + 130 + 90 * 3
    for k in range(4):
        hand(s, L + mm(90), y + 110 * k + 30, rng.choice(["是", "齐全", "已发放", "规范"]) if k else "齐全", rng, size=38)
    hand(s, L + mm(90), y + 440 + 60, "符合归档要求，同意归档。", rng, size=40)
    signature(s, L + mm(90), y + 440 + 290, person_name(rng), rng)
    return [s]


def remarks(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "备 考 表", font("serif_bold", 66), spacing=16)
    s.box(L, TOP + 130, R, mm(250), width=3)
    f = fs(36)
    s.text(L + 40, TOP + 170, "本卷情况说明：", f)
    hand(s, L + 60, TOP + 250, "本卷网上立案材料系诉讼服务网打印件，原件由申请人留存。", rng, size=38)
    s.text(L + 40, mm(200), f"立卷人：{c.clerk}", f)
    s.text(L + 40, mm(218), f"检查人：{c.officer}", f)
    s.text(L + 40, mm(236), f"立卷时间：{num_date(c.closed_on + timedelta(days=10))}", f)
    return [s]


# ------------------------------------------------------------------ what others wrote
def application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The lawyer's Word pages, 宋体 小四, a numbered request list, signed and sealed."""
    f = font("serif", 36)
    a, r = c.applicant, c.respondent
    why = {"pcb": f"申请人与被申请人买卖合同纠纷一案，昆山市人民法院作出{c.basis_number}民事判决书，判令被申请人支付拖欠的"
                  f"{c.extra.get('goods', '')}货款。",
           "crab": f"申请人向被申请人购买阳澄湖大闸蟹礼券{c.extra.get('cards', 0)}张，被申请人冷链配送不当致大量蟹只死亡、"
                   f"拒绝兑付，苏州市中级人民法院{c.basis_number}民事判决书判令被申请人返还价款并赔偿损失。",
           "rent": f"申请人将位于花桥镇的仓库{c.extra.get('area', 0)}平方米出租给被申请人，被申请人拖欠租金，苏州仲裁委员会"
                   f"{c.basis_number}裁决书裁决被申请人支付租金及违约金。"}[str(c.extra["story"])]
    b = [("f", f"申请人：{a.name}"), ("f", f"住所地：{a.address}")]
    if a.kind == "organisation":
        b += [("f", f"法定代表人：{a.legal_rep}，职务：董事长"), ("f", f"统一社会信用代码：{a.id_number}")]
    else:
        b += [("f", f"公民身份号码：{a.id_number}　电话：{a.phone}")]
    b += [("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师"),
          ("f", f"被申请人：{r.name}"), ("f", f"住所地：{r.address}"), ("f", f"法定代表人：{r.legal_rep}"),
          ("f", "申请事项："),
          ("p", f"1．请求强制执行被申请人支付申请人{money(c.amount)}及迟延履行期间加倍支付的债务利息；"),
          ("p", "2．本案执行费用由被申请人承担。"),
          ("f", "事实与理由："),
          ("p", why + "该法律文书已发生法律效力，被申请人至今未履行，为维护申请人合法权益，特依据"
                      f"{LAW}第二百四十七条之规定，向贵院申请强制执行。"),
          ("f", "此致"), ("f", "江苏省昆山市人民法院"), ("r", "申请人："), ("r", f"{num_date(c.filed_on - timedelta(days=3))}")]

    def head(s: Sheet) -> float:
        s.centred(mm(28), "强制执行申请书", font("sans_bold", 64), spacing=8)
        return mm(28) + 140

    def foot(s: Sheet, k: int) -> None:
        s.centred(mm(284), f"第 {k} 页", fs(28))
    sheets = _pages(b, head, f, lh=62, x0=mm(25), x1=mm(185), foot=foot)
    last = sheets[-1]
    if a.kind == "organisation":
        seal(last, mm(150), _end[0] - 110, a.name, rng)
    else:
        signature(last, mm(160), _end[0] - 140, a.name, rng)
    return sheets


def judgment(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    story = str(c.extra["story"])
    if story == "rent":
        return award(c, rng)
    crab = story == "crab"
    a, r = c.applicant, c.respondent
    court = c.basis_court
    f = font("serif", 38)
    if crab:
        b = [("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
             ("f", f"被上诉人（原审原告）：{a.name}，{a.sex}，{a.born.year if a.born else 1980}年生，汉族，住{a.address}。"),
             ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
             ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服江苏省昆山市人民法院{c.extra['first']}民事判决，"
                   "向本院提起上诉。本院依法组成合议庭审理了本案。本案现已审理终结。"),
             ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：蟹只死亡系收货人延迟签收所致，"
                   "冷链运输全程温度记录正常。"),
             ("p", f"本院查明：{a.name}于2024年9月向{r.name}订购“阳澄湖大闸蟹”提货礼券{c.extra['cards']}张（公4.0两、母3.0两，"
                   "每券八只），约定以冷链专车配送，提货期至当年12月31日。礼券兑付时，第三方冷链车辆制冷机组故障，到货蟹只大量"
                   "死亡，收货人当场拒收并拍照留证；此后上诉人以礼券已过提货期为由拒绝补发。"),
             ("p", "本院认为，上诉人作为出卖人负有按约交付合格标的物的义务，其选任的承运人冷链失温导致标的物毁损，风险尚未"
                   "转移，上诉人应承担违约责任。上诉理由缺乏事实依据，不予支持。一审判决认定事实清楚，适用法律正确。依照"
                   f"{LAW}第一百七十七条第一款第一项之规定，判决如下："),
             ("p", "驳回上诉，维持原判。"),
             ("p", f"二审案件受理费{yuan(c.extra['exec_fee'] * 2)}元，由上诉人{r.name}负担。"),
             ("p", "本判决为终审判决。")]
        names = [f"审判长　{person_name(rng)}", f"审判员　{person_name(rng)}", f"审判员　{person_name(rng)}"]
    else:
        b = [("f", f"原告：{a.name}，住所地{a.address}。"),
             ("f", f"法定代表人：{a.legal_rep}，该公司董事长。"),
             ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
             ("f", f"被告：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
             ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于2025年立案后，依法适用简易程序，公开开庭进行了审理。"
                   "本案现已审理终结。"),
             ("p", f"原告向本院提出诉讼请求：1．判令被告支付货款{yuan(c.amount)}元；2．判令被告支付逾期付款利息。"),
             ("p", f"本院经审理认定事实如下：原、被告自2023年起建立供货关系，原告按被告订单供应{c.extra.get('goods')}，"
                   "月结九十天。截至2024年12月，经双方对账确认，被告尚欠货款"
                   f"{yuan(c.amount)}元，原告多次催讨未果。"),
             ("p", "本院认为，原、被告之间的买卖合同关系合法有效。原告已履行供货义务，被告应按约支付货款。依照《中华人民共和国"
                   "民法典》第五百零九条、第六百二十六条之规定，判决如下："),
             ("p", f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{yuan(c.amount)}元；"),
             ("p", "二、被告于本判决生效之日起十日内支付原告逾期付款利息（以欠款为基数，按全国银行间同业拆借中心公布的一年期"
                   "贷款市场报价利率自2025年1月1日起计算至实际给付之日止）。"),
             ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
                   "迟延履行期间的债务利息。"),
             ("p", "如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状，上诉于江苏省苏州市中级人民法院。")]
        names = [f"审判员　{person_name(rng)}"]
    names.append(f"书记员　{person_name(rng)}")

    def head(s: Sheet) -> float:
        s.centred(mm(30), court, font("serif_bold", 60), spacing=4)
        s.centred(mm(30) + 100, "民 事 判 决 书", font("serif_bold", 76), spacing=12)
        s.right(R, mm(30) + 220, c.basis_number, fs(38))
        return mm(30) + 310

    sheets = _pages(b, head, f, lh=66)
    last, y = sheets[-1], min(_end[0] + 40, BOTTOM - 330)
    for n in names[:-1]:
        last.right(R - 20, y, n, fs(38))
        y += 60
    last.right(R - 20, y, cn_date(c.basis_effective - timedelta(days=rng.randint(15, 25))), fs(38))
    seal(last, R - 170, y - 20, court, rng)
    last.right(R - 20, y + 60, names[-1], fs(38))
    last.text(L, y + 140, "本件与原本核对无异", font("kai", 34))
    for k, s in enumerate(sheets, 1):
        s.centred(mm(284), f"— {k} —", fs(28))
    return sheets


def award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """苏州仲裁委员会's award: its name in 黑体, the number in a rule-boxed line, sections headed 一、二、三."""
    a, r = c.applicant, c.respondent
    f = font("song_gb", 37)
    area = c.extra.get("area", 5000)
    b = [("f", f"申请人：{a.name}"), ("f", f"住所：{a.address}"), ("f", f"法定代表人：{a.legal_rep}"),
         ("f", f"委托代理人：{c.agent}，{c.firm}律师"),
         ("f", f"被申请人：{r.name}"), ("f", f"住所：{r.address}"), ("f", f"法定代表人：{r.legal_rep}"),
         ("p", "苏州仲裁委员会（以下简称本会）根据申请人与被申请人于2023年3月签订的《仓库租赁合同》中的仲裁条款，以及申请人"
               "提交的仲裁申请书，受理了双方之间的仓储租赁合同纠纷案。本案适用《苏州仲裁委员会仲裁规则》，由独任仲裁员审理，"
               "现已审理终结。"),
         ("f", "一、案情"),
         ("p", f"申请人将其位于昆山市花桥镇的单层高台库{area}平方米出租给被申请人，用作电商仓配中心，月租金按每平方米每日"
               "1.05元计算，按季预付。被申请人自2024年7月起拖欠租金，经催告仍未支付。"),
         ("f", "二、仲裁庭意见"),
         ("p", "双方签订的租赁合同合法有效。被申请人未按约支付租金，构成违约，应支付欠付租金并承担违约金。"),
         ("f", "三、裁决"),
         ("p", f"（一）被申请人向申请人支付租金及违约金共计{yuan(c.amount)}元；"),
         ("p", "（二）本案仲裁费由被申请人承担。"),
         ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付完毕。"),
         ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]

    def head(s: Sheet) -> float:
        s.centred(mm(26), "苏 州 仲 裁 委 员 会", font("hei", 66), spacing=10)
        s.centred(mm(26) + 105, "裁　决　书", font("hei", 76), spacing=10)
        s.line(L, mm(26) + 215, R, mm(26) + 215, width=3)
        s.right(R, mm(26) + 230, c.basis_number, font("hei", 36))
        s.line(L, mm(26) + 285, R, mm(26) + 285, width=1)
        return mm(26) + 320

    sheets = _pages(b, head, f, lh=64)
    last, y = sheets[-1], min(_end[0] + 40, BOTTOM - 200)
    last.right(R - 20, y, f"独任仲裁员：{person_name(rng)}", f)
    last.right(R - 20, y + 70, num_date(c.basis_effective), f)
    seal(last, R - 160, y + 50, "苏州仲裁委员会", rng)
    for k, s in enumerate(sheets, 1):
        s.right(R, mm(284), f"第{k}页（共{len(sheets)}页）", fs(28))
    return sheets


def clue(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "被执行人财产线索表", font("hei", 58))
    s.text(L, TOP + 100, "（申请执行人填写，网上立案时一并上传）", fs(30))
    rows = [["被执行人", ""], ["银行账户", ""], ["不动产", ""], ["车辆", ""], ["应收账款/其他", ""], ["填表人", ""]]
    table(s, L, TOP + 170, [mm(40), R - L - mm(40)], rows, fs(36), row_h=[110, 180, 150, 130, 220, 110],
          centre_first=True)
    y = TOP + 170
    hand(s, L + mm(46), y + 35, c.respondent.name, rng, size=40)
    hand(s, L + mm(46), y + 145, f"{c.extra['resp_bank']} 基本户（账号不详）", rng, size=38)
    hand(s, L + mm(46), y + 300, "不详", rng, size=40)
    hand(s, L + mm(46), y + 450, "公司有货车两辆，牌号不详", rng, size=38)
    other = {"pcb": "该司对台资客户有应收货款", "crab": "巴城镇蟹塘承包经营权、门店", "rent": "花桥库内存货及叉车"}
    hand(s, L + mm(46), y + 600, other[str(c.extra["story"])], rng, size=38)
    hand(s, L + mm(46), y + 820, f"{c.agent}　{c.agent_phone}", rng, size=38)
    return [s]


def fee(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """江苏省非税收入一般缴款书（电子）, printed from the e-bill platform: a framed table, QR corner, red seal."""
    s = Sheet()
    rent = c.extra["story"] == "rent"
    s.centred(mm(22), "江苏省非税收入一般缴款书（电子）", font("sans_bold", 50))
    s.text(L - mm(14), mm(22) + 90, f"票据代码：32060125　票据号码：{c.extra['receipt_no']}", font("sans", 28))
    s.text(mm(120), mm(22) + 90, f"开票日期：{c.basis_effective - timedelta(days=200):%Y-%m-%d}", font("sans", 28))
    s.box(mm(170), mm(14), mm(196), mm(40), width=3)
    for k in range(6):
        s.box(mm(172) + k * 28, mm(16) + (k * 37) % 120, mm(172) + k * 28 + 26, mm(16) + (k * 37) % 120 + 26, width=8)
    payer = c.applicant.name
    item = "仲裁费" if rent else "案件受理费"
    unit = "苏州仲裁委员会" if rent else (c.basis_court if c.extra["story"] == "pcb" else COURT)
    amt = c.extra["exec_fee"] * 2
    rows = [["交款人", payer], ["执收单位", unit], ["项目编码", "项目名称　　　　　　　　　　金额（元）"],
            ["103040103", f"{item}　{'' if rent else c.extra.get('first', c.basis_number)}　　{yuan(amt)}"],
            ["金额合计（大写）", f"{money_caps(amt)}　（小写）{yuan(amt)}"], ["备注", "诉讼费用" if not rent else "仲裁费用"]]
    table(s, mm(14), mm(22) + 150, [mm(42), mm(140)], rows, font("sans", 30), row_h=[80, 80, 80, 120, 80, 80])
    s.text(mm(14), mm(22) + 150 + 540, "收款单位（章）：　　　　复核人：　　　　收款人：电子", font("sans", 28))
    seal(s, mm(150), mm(22) + 150 + 600, "江苏省财政厅票据监制章", rng, radius=mm(15))
    return [s]


def identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if served == ["respondent"]:
        return [_publicity(c.respondent, rng)]
    a = c.applicant
    if a.kind == "person":
        return [_id_card(a, rng)]
    sheets = [_licence(a, rng), _rep_cert(a, c, rng)]
    if c.extra["story"] == "pcb":
        sheets.append(_mtp(a, c, rng))
    for s in sheets[1:]:
        s.starts_document = True
    return sheets


def _licence(p: Party, rng: random.Random) -> Sheet:
    s = Sheet(paper=(250, 246, 236))
    s.box(mm(12), mm(40), mm(198), mm(230), width=10, outline=(160, 120, 60))
    s.centred(mm(56), "营 业 执 照", font("serif_bold", 92), spacing=18)
    s.centred(mm(84), "（副　本）", fs(40))
    s.text(mm(24), mm(98), f"统一社会信用代码　{p.id_number}", font("hei", 36))
    f = fs(36)
    rows = [("名　　　　称", p.name), ("类　　　　型", "有限责任公司（台港澳法人独资）" if "电路" in p.name else "有限责任公司"),
            ("法定代表人", p.legal_rep), ("注 册 资 本", f"{rng.choice([800, 1500, 3000])}万美元" if "电路" in p.name
                                          else f"{rng.choice([500, 1000, 2000])}万元人民币"),
            ("成 立 日 期", f"{rng.randint(2003, 2016)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("住　　　　所", p.address)]
    y = mm(112)
    for k, v in rows:
        s.text(mm(24), y, k, f)
        s.text(mm(72), y, v, f)
        y += 78
    s.text(mm(24), y + 20, "经 营 范 围　　详见章程及备案信息", f)
    s.text(mm(120), mm(200), "登记机关", font("serif_bold", 40))
    seal(s, mm(160), mm(200), "昆山市市场监督管理局", rng)
    s.text(mm(110), mm(218), f"{rng.randint(2021, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    s.text(mm(40), mm(250), "与原件一致　复印件仅供法院执行立案使用", font("kai", 44), fill=(40, 40, 160))
    return s


def _rep_cert(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(TOP + 40, "法定代表人身份证明书", font("serif_bold", 64))
    f = fs(40)
    taiwan = c.extra["story"] == "pcb"
    idp = f"台湾居民来往大陆通行证号码{c.extra['mtp']}" if taiwan else "公民身份号码详见身份证复印件"
    b = [("p", f"{p.legal_rep}，在我单位任董事长职务，系我单位法定代表人，{idp}。"), ("p", "特此证明。"),
         ("r", p.name), ("r", num_date(c.filed_on - timedelta(days=9)))]
    y = flow(s, b, f, x0=L, width=R - L, y=TOP + 220, line_height=76, indent=80)
    seal(s, R - 190, y - 120, p.name, rng)
    return s


def _mtp(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """A copy of both faces of a 台湾居民来往大陆通行证 (card type), with the copy's note."""
    s = Sheet()
    s.centred(mm(24), "法定代表人身份证件复印件", font("sans", 40))
    x, y, w, h = mm(45), mm(40), mm(120), mm(76)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=30, outline=(90, 90, 90), width=3, fill=(232, 236, 240))
    s.text(x + 30, y + 25, "台湾居民来往大陆通行证", font("hei", 42))
    s.text(x + 30, y + 80, "MAINLAND TRAVEL PERMIT FOR TAIWAN RESIDENTS", font("sans", 20))
    s.draw.rectangle((x + 30, y + 140, x + 250, y + 430), fill=(170, 175, 180))
    f = font("hei", 32)
    rows = [f"姓名　{p.legal_rep}", f"出生日期　{rng.randint(1962, 1978)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}",
            "性别　男", "签发机关　公安部出入境管理局", f"有效期限　2022.{rng.randint(1, 12):02d}.10-2027.{rng.randint(1, 12):02d}.10",
            f"证件号码　{c.extra['mtp']}"]
    for k, t in enumerate(rows):
        s.text(x + 290, y + 150 + k * 52, t, f)
    y2 = y + h + mm(12)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=30, outline=(90, 90, 90), width=3, fill=(236, 238, 242))
    s.text(x + 30, y2 + 40, "持证人须知：本证件是台湾居民来往大陆地区的旅行证件。", font("hei", 28))
    s.text(x + 30, y2 + 100, f"签注　定居 有效期至2027年　 台胞证号 {c.extra['mtp']}", font("hei", 28))
    s.text(x + 30, h + y2 - 90, f"<TWN{p.legal_rep}<<{c.extra['mtp']}<<<<<<<<<<", font("mono", 30), record=False)
    hand(s, mm(60), mm(220), "此复印件与原件一致，仅供执行案件使用。", rng, size=44)
    signature(s, mm(120), mm(240), p.legal_rep, rng)
    return s


def _id_card(p: Party, rng: random.Random) -> Sheet:
    s = Sheet()
    x, y, w, h = mm(50), mm(40), mm(110), mm(70)
    for k in range(2):
        yy = y + k * (h + mm(16))
        s.draw.rounded_rectangle((x, yy, x + w, yy + h), radius=26, outline=(100, 100, 100), width=3, fill=(238, 240, 236))
    f = font("hei", 30)
    born = p.born or date(1980, 1, 1)
    for k, t in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　民族　汉", f"出生　{born.year}年{born.month}月{born.day}日",
                           f"住址　{p.address[:14]}", f"　　　{p.address[14:]}"]):
        s.text(x + 30, y + 40 + k * 62, t, f)
    s.text(x + 30, y + h - 70, f"公民身份号码　{p.id_number}", font("hei", 32))
    s.draw.rectangle((x + w - 280, y + 50, x + w - 40, y + 330), fill=(175, 175, 175))
    yy = y + h + mm(16)
    s.centred(yy + 40, "中华人民共和国", font("hei", 42), x0=x, x1=x + w)
    s.centred(yy + 110, "居民身份证", font("hei", 56), x0=x, x1=x + w)
    s.text(x + 60, yy + h - 150, "签发机关　上海市公安局浦东分局", f)
    s.text(x + 60, yy + h - 90, f"有效期限　{rng.randint(2016, 2020)}.03.02-长期", f)
    hand(s, mm(60), mm(220), "本人身份证复印件，仅供昆山法院执行立案用。", rng, size=42)
    signature(s, mm(130), mm(240), p.name, rng)
    return s


def _publicity(p: Party, rng: random.Random) -> Sheet:
    """A print of the 国家企业信用信息公示系统 page on the respondent."""
    s = Sheet()
    s.draw.rectangle((0, 0, s.width, mm(22)), fill=(30, 80, 150))
    s.text(mm(14), mm(6), "国家企业信用信息公示系统", font("sans_bold", 48), fill=(255, 255, 255))
    s.text(mm(14), mm(30), p.name, font("sans_bold", 44))
    s.text(mm(14), mm(42), "存续（在营、开业、在册）", font("sans", 30), fill=(20, 140, 60))
    rows = [["统一社会信用代码", p.id_number], ["企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）"],
            ["法定代表人", p.legal_rep], ["注册资本", f"{rng.choice([100, 500, 1000])}万元人民币"],
            ["成立日期", f"{rng.randint(2012, 2021)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"],
            ["登记机关", "昆山市市场监督管理局"], ["住所", p.address], ["登记状态", "存续"]]
    table(s, mm(14), mm(56), [mm(50), mm(132)], rows, font("sans", 30), row_h=80, fill=(120, 120, 120))
    s.text(mm(14), mm(282), f"https://www.gsxt.gov.cn/%7B{rng.randint(10**8, 10**9)}%7D　1/1", font("sans", 22))
    return s


def attorney(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    if c.extra["story"] == "pcb":
        return _taiwan_attorney(c, rng)
    s = Sheet()
    s.centred(TOP, "授 权 委 托 书", font("serif_bold", 66), spacing=10)
    f = fs(38)
    b = [("f", f"委托人：{a.name}"), ("f", f"住所：{a.address}")]
    b += [("f", f"法定代表人：{a.legal_rep}")] if a.kind == "organisation" else [("f", f"身份证号：{a.id_number}")]
    b += [("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
          ("p", f"现委托上述受托人在委托人申请执行{c.respondent.name}一案中，作为委托人的代理人。"),
          ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、申请查封冻结、参与和解、代为收取执行款、代签法律文书。"),
          ("r", "委托人："), ("r", num_date(c.filed_on - timedelta(days=5)))]
    y = flow(s, b, f, x0=L, width=R - L, y=TOP + 170, line_height=72, indent=76)
    if a.kind == "organisation":
        seal(s, R - 200, y - 120, a.name, rng)
    else:
        signature(s, R - 260, y - 150, a.name, rng)
    return [s]


def _taiwan_attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """授權委託書 signed in 臺北, a 民間公證人's 公證書 on it, the 海基會's 證明 letter: Traditional characters, 明體."""
    a, rep = c.applicant, c.applicant.legal_rep
    m = font("ming", 40)
    signed = c.filed_on - timedelta(days=rng.randint(25, 40))
    roc = signed.year - 1911
    s1 = Sheet()
    s1.centred(TOP, "授 權 委 託 書", font("ming", 72), spacing=12)
    b = [("f", f"委託人：{a.name}"), ("f", f"法定代表人：{rep}（臺灣居民來往大陸通行證號碼：{c.extra['mtp']}）"),
         ("f", f"受託人：{c.agent}，{c.firm.replace('律师事务所', '律師事務所')}律師"),
         ("p", f"茲委託上列受託人，就委託人申請強制執行{c.respondent.name}買賣合同糾紛一案，代為辦理下列事項："),
         ("p", "一、代為提出強制執行申請、遞交及簽收法律文書；二、代為提供財產線索、申請查封、凍結、劃撥；三、代為和解；"
               "四、代為領取執行款項。"),
         ("p", "本委託書於臺灣簽署，經公證及認證後使用。"),
         ("r", "委託人法定代表人：　　　　　"), ("r", f"中華民國{roc}年{signed.month}月{signed.day}日　於臺北市")]
    y = flow(s1, b, m, x0=L, width=R - L, y=TOP + 180, line_height=76, indent=80)
    signature(s1, R - 250, y - 170, rep, rng)
    seal(s1, R - 180, y - 330, a.name, rng)
    s2 = Sheet()
    s2.centred(TOP, "公　證　書", font("ming", 76), spacing=14)
    s2.right(R, TOP + 120, f"{roc}年度北院民公字第{rng.randint(100, 999):06d}號", m)
    b2 = [("f", f"請求人：{rep}"), ("f", f"　　　　臺灣居民來往大陸通行證號碼：{c.extra['mtp']}"),
          ("f", "公證標的：授權委託書之簽名認證"),
          ("p", f"茲證明請求人{rep}於中華民國{roc}年{signed.month}月{signed.day}日在本公證人面前，於前揭授權委託書上親自簽名，"
                "該簽名屬實。"),
          ("p", "本公證書正本一份，副本二份，由請求人收執。"),
          ("r", ""),
          ("r", f"中華民國{roc}年{signed.month}月{signed.day}日")]
    notary = person_name(rng)
    b2[5] = ("r", f"臺灣臺北地方法院所屬民間公證人　{notary}事務所")
    y = flow(s2, b2, m, x0=L, width=R - L, y=TOP + 220, line_height=76, indent=80)
    seal(s2, R - 220, y - 100, "民間公證人", rng, radius=mm(16))
    s2.text(L, y + 40, "公證人：", m)
    signature(s2, L + 170, y + 30, notary, rng)
    table(s2, L, y + 160, [mm(50), R - L - mm(50)],
          [["公證費用", f"新臺幣{rng.choice([1000, 1500, 2000]):,}元"], ["收據號碼", f"{roc}北公{rng.randint(1000, 9999)}"],
           ["附件", "授權委託書影本一份、請求人身分證明影本一份"]], font("ming", 34), row_h=76)
    s3 = Sheet()
    s3.centred(TOP, "財團法人海峽交流基金會", font("ming", 62), spacing=4)
    s3.centred(TOP + 110, "證　明", font("ming", 66), spacing=20)
    s3.right(R, TOP + 210, f"（{roc}）核字第{rng.randint(10**5, 10**6 - 1)}號", m)
    b3 = [("f", "江蘇省公證協會："),
          ("p", f"茲寄送{rep}授權委託書公證書副本一份（{roc}年度北院民公字），請查收。"),
          ("p", "依據《海峽兩岸公證書使用查證協議》辦理。"),
          ("r", "財團法人海峽交流基金會"), ("r", f"中華民國{roc}年{(signed + timedelta(days=9)).month}月"
                                       f"{(signed + timedelta(days=9)).day}日")]
    y = flow(s3, b3, m, x0=L, width=R - L, y=TOP + 300, line_height=76, indent=80)
    seal(s3, R - 220, y - 110, "財團法人海峽交流基金會", rng)
    hand(s3, L, y + 120, "已与江苏省公证协会寄送之副本核对", rng, size=40)
    for s in (s2, s3):
        s.starts_document = True
    return [s1, s2, s3]


def firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.text(L, mm(20), c.firm, font("hei", 52), fill=(160, 20, 20))
    s.line(L, mm(32), R, mm(32), width=5, fill=(160, 20, 20))
    s.centred(mm(46), "律 师 事 务 所 函", font("hei", 60), spacing=8)
    s.right(R, mm(60), f"苏玉律执字〔2026〕第{rng.randint(10, 199)}号", fs(36))
    b = [("f", "江苏省昆山市人民法院："),
         ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}执行一案的代理人。"),
         ("p", "特此函告。"), ("f", f"律师联系电话：{c.agent_phone}"), ("f", f"本所地址：{c.extra['firm_addr']}"),
         ("r", c.firm), ("r", num_date(c.filed_on - timedelta(days=4)))]
    y = flow(s, b, fs(40), x0=L, width=R - L, y=mm(76), line_height=76, indent=80)
    seal(s, R - 200, y - 110, c.firm, rng)
    return [s]


def license_copy(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(20), "律师执业证（复印件）", fs(40))
    x, y, w, h = mm(30), mm(34), mm(150), mm(100)
    s.box(x, y, x + w, y + h, width=4, outline=(120, 30, 30))
    s.centred(y + 60, "中华人民共和国律师执业证", font("serif_bold", 50), x0=x, x1=x + w)
    s.draw.rectangle((x + 50, y + 160, x + 300, y + 480), fill=(175, 175, 175))
    f = fs(34)
    for k, t in enumerate([f"持证人　{c.agent}", f"执业机构　{c.firm}", "执业证类别　专职",
                           f"执业证号　{c.extra['lic_no']}", "发证机关　江苏省司法厅", f"发证日期　{rng.randint(2015, 2022)}年"]):
        s.text(x + 340, y + 170 + k * 58, t, f)
    seal(s, x + w - 180, y + h - 150, "江苏省司法厅", rng, radius=mm(15))
    s.box(x, y + h + mm(10), x + w, y + 2 * h + mm(10), width=4, outline=(120, 30, 30))
    s.centred(y + h + mm(20), "律师年度考核备案", fs(40), x0=x, x1=x + w)
    s.text(x + 60, y + h + mm(36), "考核年度　2025　考核结果　称职", f)
    seal(s, x + w - 220, y + h + mm(60), "苏州市律师协会", rng, radius=mm(14))
    return [s]


def account(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "执行案款收款账户确认书", font("sans_bold", 56))
    a = c.applicant
    f = fs(36)
    rows = [["申请执行人", a.name], ["户　　名", a.name], ["开户银行", c.extra["acct_bank"]], ["账　　号", c.extra["acct"]],
            ["联系电话", a.phone]]
    table(s, L, TOP + 140, [mm(40), R - L - mm(40)], rows, f, row_h=100, centre_first=True)
    flow(s, [("p", "本人（单位）确认上述账户为接收执行款的账户。因账户信息错误导致款项无法到账或错付的，由本人（单位）承担责任。")],
         f, x0=L, width=R - L, y=TOP + 700, line_height=66, indent=72)
    if a.kind == "organisation":
        seal(s, R - 220, TOP + 950, a.name, rng)
    else:
        signature(s, R - 300, TOP + 920, a.name, rng)
    s.right(R, TOP + 1020, num_date(c.filed_on - timedelta(days=3)), f)
    return [s]


def address(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "送达地址确认书", font("serif_bold", 62))
    f = fs(34)
    rows = [["案号", "（立案后填写）"], ["受送达人", c.applicant.name], ["送达地址", c.applicant.address],
            ["电子送达", f"同意。手机号码{c.agent_phone}（代理人{c.agent}）"], ["收件人", c.agent],
            ["告知事项", "受送达人提供的送达地址不准确、拒不提供或地址变更未及时告知的，法律文书退回之日视为送达。"],
            ["受送达人签名", ""]]
    table(s, L, TOP + 130, [mm(40), R - L - mm(40)], rows, f, row_h=[90, 100, 130, 110, 90, 220, 160],
          centre_first=True)
    hand(s, L + mm(50), TOP + 130 + 90 + 100 + 130 + 110 + 90 + 220 + 50, f"{c.agent}", rng, size=46)
    return [s]


def declaration(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The respondent's 财产申报表, filled in by its finance staff with a black gel pen."""
    s = Sheet()
    s.centred(TOP, "被执行人财产申报表", font("hei", 58))
    s.text(L, TOP + 90, f"案号：{c.number}", fs(32))
    rows = [["被执行人", ""], ["银行存款", ""], ["应收账款", ""], ["不动产", ""], ["车辆", ""], ["股权投资", ""],
            ["其他财产", ""], ["申报人签章", ""]]
    x0 = L + mm(36)
    table(s, L, TOP + 150, [mm(36), R - L - mm(36)], rows, fs(34), row_h=[90, 150, 150, 110, 110, 110, 110, 200],
          centre_first=True)
    y = TOP + 150
    ink = (20, 20, 25)
    for off, t in [(20, c.respondent.name), (120, f"{c.extra['resp_bank']}基本户，余额约{yuan(c.amount * 2)}元"),
                   (270, "客户货款约若干，账期未到"), (420, "无（厂房系租赁）"), (530, "苏E货车一辆"),
                   (640, "无"), (750, "生产设备若干（详见清单）")]:
        hand(s, x0 + 20, y + off + 10, t, rng, size=38, ink=ink)
    seal(s, x0 + mm(60), y + 900, c.respondent.name, rng)
    return [s]


def settlement(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    half = (c.amount / 2).quantize(c.amount)
    b = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
         ("p", f"甲乙双方就{c.number}执行一案，经江苏省昆山市人民法院主持，自愿达成和解如下："),
         ("p", f"一、乙方于{num_date(c.day(20))}前支付{yuan(half)}元，于{num_date(c.extra['pay_day'])}前支付余款"
               f"{yuan(c.amount - half)}元，均汇入法院执行款专户；"),
         ("p", "二、乙方另向甲方补发阳澄湖大闸蟹礼盒十盒，作为对冷链事故的补偿；"),
         ("p", "三、乙方按期付清后，甲方放弃迟延履行期间的债务利息；乙方任一期逾期，甲方可申请恢复执行原生效法律文书。"),
         ("p", "本协议一式三份，双方各执一份，交法院一份入卷。"),
         ("f", "甲方（签字）：　　　　　　　　乙方（盖章）："), ("f", f"{num_date(c.day(12))}")]

    def head(s: Sheet) -> float:
        s.centred(TOP, "执行和解协议", font("sans_bold", 62), spacing=6)
        return TOP + 150
    sheets = _pages(b, head, font("serif", 38), lh=70)
    last = sheets[-1]
    signature(last, L + mm(36), _end[0] - 150, a.name, rng)
    seal(last, L + mm(130), _end[0] - 150, r.name, rng)
    return sheets


def voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The bank's 电子回单 of the payment out of the court's account, printed two to a page, and its stamp."""
    s = Sheet()
    f = font("sans", 30)
    for k in range(2):
        y0 = mm(16) + k * mm(135)
        s.box(mm(14), y0, mm(196), y0 + mm(120), width=2)
        s.centred(y0 + 20, "中国农业银行 网上银行电子回单", font("sans_bold", 40), x0=mm(14), x1=mm(196))
        paid = c.extra["pay_day"] + timedelta(days=3 + k * 2)
        amt = c.amount if k == 0 else c.extra["exec_fee"]
        payee = c.applicant.name if k == 0 else "昆山市财政局非税收入汇缴专户"
        rows = [["付款人户名", "江苏省昆山市人民法院", "收款人户名", payee],
                ["付款人账号", f"1053{rng.randint(10**11, 10**12 - 1)}", "收款人账号", c.extra["acct"] if k == 0 else "—"],
                ["金额（小写）", f"¥{yuan(amt)}", "金额（大写）", money_caps(amt)],
                ["用途", f"{c.number}执行款" if k == 0 else "执行费", "交易日期", f"{paid:%Y-%m-%d}"],
                ["回单编号", f"{rng.randint(10**11, 10**12 - 1)}", "打印次数", "1"]]
        table(s, mm(18), y0 + 90, [mm(30), mm(60), mm(30), mm(58)], rows, font("sans", 26), row_h=[90, 80, 100, 80, 70])
        seal(s, mm(165), y0 + mm(96), "中国农业银行昆山分行电子回单专用章", rng, radius=mm(13))
        s.text(mm(18), y0 + mm(110), f"记账流水号：{rng.randint(10**9, 10**10 - 1)}", f)
    return [s]


DRAW: dict[str, Callable[[CaseCtx, random.Random, list[str]], list[Sheet]]] = {
    "acceptance_notice": acceptance, "payment_notice": payment, "enforcement_notice": notice,
    "property_report_order": report_order, "enforcement_ruling": ruling, "assistance_notice": assist,
    "closing_notice": closing, "closing_approval_form": approval, "service_receipt": receipt,
    "online_inquiry_result": inquiry, "dossier_cover": cover, "catalogue": catalogue, "file_review_form": review,
    "remarks_sheet": remarks, "effectiveness_certificate": effect, "enforcement_application": application,
    "enforcement_basis": judgment, "property_clue_form": clue, "fee_receipt": fee, "identity_proof": identity,
    "power_of_attorney": attorney, "law_firm_letter": firm_letter, "lawyer_license": license_copy,
    "payment_account_confirmation": account, "service_address_confirmation": address,
    "property_declaration_form": declaration, "settlement_agreement": settlement, "payment_voucher": voucher,
}
