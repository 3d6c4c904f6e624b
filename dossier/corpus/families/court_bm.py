"""court_bm (山西省太原市小店区人民法院, held out): a small enforcement team in 小店 — 煤焦 traders, 陈醋 and 面食
suppliers, 建筑 subcontractors. The clerk writes the forms by hand in a running script (court_bm_kit.run_hand), 笔录
are handwritten on ruled 笔录纸 with the party's fingerprint on every page, the typed papers come off an old laser
printer (toner thinning to one side); papers of 太原中院, 太原仲裁委, 山西 law firms, 晋商银行 and the parties in
their own styles (court_bm_papers)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, id_number, num_date, person_name
from dossier.corpus.draw import Sheet, flow, mm, seal, table
from dossier.corpus.families.court_bm_kit import (
    COURT,
    PARTY_PEN,
    BmSheet,
    dark,
    fingerprint,
    insert_word,
    print_head,
    ruled,
    run_hand,
    sheet,
    song,
    toner,
)
from dossier.corpus.families.court_bm_papers import RECEIVED, render_paper
from dossier.corpus.fonts import font

COAL_SEQ, LABOUR_SEQ, LOAN_SEQ = 38116, 38427, 38753
LAW = "《中华人民共和国民事诉讼法》"
TYPED = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "termination_this_round_ruling", "effectiveness_certificate",
})
HANDWRITTEN = frozenset({
    "dossier_cover", "catalogue", "remarks_sheet", "closing_approval_form", "service_receipt", "file_review_form",
    "interview_record", "investigation_record",
})
CODES = TYPED | HANDWRITTEN | RECEIVED
NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "payment_notice": "缴费通知", "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书",
         "summons": "传票", "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "失信决定书",
         "termination_this_round_ruling": "执行裁定书（终本）", "assistance_notice": "协助执行通知书"}


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """太原 parties. COAL_SEQ: a 陈醋/面食 supplier's goods judgment against a 煤焦 trading company, upheld by
    太原中院 on appeal, paid from its 晋商银行 account and archived; LABOUR_SEQ: a 建筑 team leader's 劳务费 award of
    太原仲裁委 against a labour subcontractor, ended 终本; LOAN_SEQ: this court's 民间借贷 调解书 against a borrower
    who never paid, ended 终本."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    story = {COAL_SEQ: "coal", LABOUR_SEQ: "labour", LOAN_SEQ: "loan"}.get(seq, "coal")
    c.extra["story"] = story
    c.firm = rng.choice(["山西并州明理律师事务所", "山西汾水律师事务所", "山西晋阳正衡律师事务所"])
    c.extra["firm_addr"] = f"太原市小店区{rng.choice(['长风街', '亲贤北街', '体育路', '平阳路'])}{rng.randint(10, 299)}号"
    c.extra["lic_no"] = f"1140120{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["acct_bank"] = rng.choice(["晋商银行太原亲贤支行", "山西农信太原小店农商银行营盘支行", "中国建设银行太原平阳路支行"])
    c.extra["acct"] = f"6229{rng.randint(10**11, 10**12 - 1)}"
    c.extra["resp_bank"] = rng.choice(["晋商银行太原长治路支行", "中国建设银行太原坞城路支行"])
    c.extra["resp_acct"] = f"1405{rng.randint(10**13, 10**14 - 1)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.007 + 50))
    c.extra["receipt_no"] = f"{rng.randint(10**9, 10**10 - 1)}"
    c.extra["pay_day"] = c.day(rng.randint(38, 56))
    c.extra["trial_judge"] = person_name(rng)
    c.extra["room"] = rng.choice(["执行局二楼谈话室", "执行指挥中心", "执行局206室"])
    if story == "coal":
        c.respondent.name = f"山西{rng.choice(['晋丰', '龙城', '汾东', '恒泰'])}煤焦贸易有限公司"
        c.respondent.address = f"太原市小店区{rng.choice(['龙城大街', '许坦东街', '南中环街'])}{rng.randint(100, 600)}号"
        c.extra["goods"] = rng.choice(["老陈醋、熏醋及面食", "刀削面、莜面及陈醋"])
        c.basis_court = "山西省太原市中级人民法院"
        c.basis_number = f"（2023）晋01民终{rng.randint(1000, 9999)}号"
        c.extra["first_number"] = f"（2023）晋0105民初{rng.randint(1000, 9999)}号"
    elif story == "labour":
        c.respondent.name = f"太原{rng.choice(['建晋', '并建', '晋鼎'])}建筑劳务有限公司"
        c.basis_court = "太原仲裁委员会"
        c.basis_number = f"（2023）并仲裁字第{rng.randint(100, 999)}号"
        c.extra["site"] = f"小店区{rng.choice(['北格镇', '刘家堡乡', '西温庄乡'])}安置房项目"
    else:
        born = c.applicant.born or c.filed_on
        c.respondent = Party(person_name(rng), "person", id_number(rng, "140105", born.replace(year=born.year - 3)),
                             f"太原市小店区{rng.choice(['坞城路', '学府街', '亲贤街'])}{rng.randint(1, 99)}号"
                             f"{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{rng.randint(101, 1802)}室",
                             f"15{rng.randint(100000000, 999999999)}", born=born.replace(year=born.year - 3),
                             sex=rng.choice("男女"))
        c.basis_court = COURT
        c.basis_number = f"（2023）晋0105民初{rng.randint(1000, 9999)}号"
    c.extra["cause"] = {"coal": "买卖合同纠纷", "labour": "劳务合同纠纷", "loan": "民间借贷纠纷"}[story]
    c.extra["basis_title"] = {"coal": "民事判决书", "labour": "裁决书", "loan": "民事调解书"}[story]


def _basis(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra['basis_title']}"


def _typed(c: CaseCtx, rng: random.Random, title: str, blocks: list[tuple[str, str]], *, to: str = "",
           date_off: int = 3, number: bool = True) -> list[Sheet]:
    """One of the court's typed papers, off the old laser printer, then sealed."""
    s = sheet("laser")
    y = print_head(s, title, c.number if number else "", spaced=rng.choice([10.0, 24.0, 36.0]))
    if rng.random() < 0.5:
        dark(s, y - 18)
    f = song(40)
    if to:
        s.text(mm(26), y, to, f)
        y += 64
    y = flow(s, blocks, f, x0=mm(26), width=s.width - mm(52), y=y, line_height=64, indent=80)
    y += 40
    s.right(s.width - mm(34), y, COURT, f)
    s.right(s.width - mm(34), y + 64, cn_date(c.day(date_off)), f)
    toner(s, rng)
    seal(s, s.width - mm(62), y + 40, COURT, rng)
    return [s]


def render_typed(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant.name, c.respondent.name
    amt = f"{c.amount:,.2f}元"
    if code == "acceptance_notice":
        return _typed(c, rng, "受理案件通知书", [
            ("p", f"你（单位）申请执行{r}一案，本院经审查，符合法定受理条件，已立案执行。"),
            ("p", f"执行依据：{_basis(c)}；执行标的：{amt}。"),
            ("p", f"本案由执行法官{c.judge}承办，联系电话{c.court.phone}。请于收到本通知后提供被执行人财产线索。")],
            to=f"{a}：", date_off=0)
    if code == "payment_notice":
        return _typed(c, rng, "缴纳执行费通知", [
            ("p", f"你申请执行{r}一案，依照《诉讼费用交纳办法》，应预交申请执行费{c.extra['fee']}元。"),
            ("p", "请于七日内到本院诉讼服务中心或通过山西法院网上缴费平台交纳，逾期按撤回申请处理。")],
            to=f"{a}：", date_off=0)
    if code == "enforcement_notice":
        return _typed(c, rng, "执行通知书", [
            ("p", f"{a}申请执行你（单位）一案，{_basis(c)}已发生法律效力。本院依照{LAW}第二百四十七条之规定，"
                  "责令你（单位）自收到本通知之日起立即履行下列义务："),
            ("f", f"一、支付{a}{amt}及迟延履行期间的债务利息；"),
            ("f", f"二、负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制高消费。")],
            to=f"{r}：")
    if code == "property_report_order":
        return _typed(c, rng, "报告财产令", [
            ("p", f"本院受理的{a}申请执行你（单位）一案，你（单位）未按执行通知履行义务。依照{LAW}第二百五十二条之规定，"
                  "责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")],
            to=f"{r}：")
    if code == "enforcement_ruling":
        return _typed(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a}，住{c.applicant.address}。"),
            ("f", f"被执行人：{r}，住所地{c.respondent.address}。"),
            ("p", f"本院在执行{a}与{r}纠纷一案中，{_basis(c)}已发生法律效力，被执行人未履行。依照{LAW}"
                  "第二百四十九条之规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r}在{c.extra['resp_bank']}的存款{amt}。"),
            ("p", "本裁定立即执行。"),
            ("r", f"审判员　{c.judge}"), ("r", f"书记员　{c.clerk}")], date_off=20)
    if code == "assistance_notice":
        return _typed(c, rng, "协助执行通知书", [
            ("p", f"关于{a}申请执行{r}一案，本院{c.number}执行裁定书已发生法律效力。请协助执行下列事项："),
            ("p", f"冻结并扣划被执行人{r}在你行账户{c.extra['resp_acct']}内的存款{amt}，划至本院执行款专户。"),
            ("f", f"经办人：{c.officer}　联系电话：{c.court.phone}")], to=f"{c.extra['resp_bank']}：", date_off=21)
    if code == "closing_notice":
        return _typed(c, rng, "结案通知书", [
            ("p", f"本院执行的{a}与{r}一案，被执行人已履行{_basis(c)}确定的全部义务，执行款已发放申请执行人。"),
            ("p", f"依照{LAW}及最高人民法院有关规定，本案以执行完毕方式结案。")], to=f"{a}、{r}：", date_off=70)
    if code == "summons":
        return _typed(c, rng, "传票", [
            ("f", f"案由：{c.extra['cause']}执行"),
            ("f", f"被传唤人：{r}"), ("f", "传唤事由：接受调查询问、报告财产"),
            ("f", f"应到时间：{num_date(c.day(32))}上午9时"), ("f", f"应到处所：本院{c.extra['room']}"),
            ("p", "被传唤人无正当理由拒不到场的，本院可以依法拘传。")], date_off=25)
    if code == "consumption_restriction_order":
        return _typed(c, rng, "限制消费令", [
            ("p", f"本院于{num_date(c.filed_on)}立案执行{a}申请执行{r}一案。被执行人未按执行通知书指定的期间履行"
                  "生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、"
                  "第三条之规定，对你（单位）采取限制消费措施，不得实施乘坐飞机、列车软卧等高消费及非生活工作必需的消费行为。")],
            to=f"{r}：", date_off=40)
    if code == "dishonest_list_decision":
        return _typed(c, rng, "决定书", [
            ("p", f"本院在执行{a}申请执行{r}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务。依照{LAW}"
                  "第二百六十二条及最高人民法院相关规定，决定如下："),
            ("p", f"将{r}纳入失信被执行人名单。"), ("p", "本决定一经作出即生效。")], date_off=41)
    if code == "termination_this_round_ruling":
        return _typed(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a}。"), ("f", f"被执行人：{r}。"),
            ("p", f"本院在执行{a}申请执行{r}一案中，经网络执行查控系统查询及实地调查，未发现被执行人有可供执行的财产。"
                  "申请执行人对此无异议。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，"
                  "裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
            ("r", f"审判员　{c.judge}"), ("r", f"书记员　{c.clerk}")], date_off=120)
    if code == "effectiveness_certificate" and c.extra["story"] == "labour":
        return render_paper("award_certificate", c, rng, [])
    if code == "effectiveness_certificate":
        return _typed(c, rng, "生效证明书", [
            ("p", f"本院{c.extra.get('first_number', c.basis_number)}民事判决书，当事人不服提起上诉，山西省太原市"
                  f"中级人民法院于{num_date(c.basis_effective)}作出{c.basis_number}民事判决书，驳回上诉，维持原判。"),
            ("p", f"该判决已于{num_date(c.basis_effective)}发生法律效力。"), ("p", "特此证明。")],
            number=False, date_off=-5)
    raise KeyError(code)


def _hand_form(c: CaseCtx, rng: random.Random, title: str, rows: list[tuple[str, str]], *, widths: tuple[int, int] =
               (420, 0), row_h: int = 118, note: str = "", sealed: bool = False) -> list[Sheet]:
    """A printed form (its labels and grid typed) filled in the clerk's running hand."""
    s = sheet("hand")
    s.centred(mm(22), COURT, font("serif_bold", 50))
    s.centred(mm(22) + 80, title, font("serif_bold", 58), spacing=18)
    x0, y0 = mm(20), mm(22) + 190
    total = s.width - 2 * mm(20)
    left = widths[0]
    f = font("hei", 34)
    y = y0
    for k, (label, value) in enumerate(rows):
        s.box(x0, y, x0 + total, y + row_h, width=2)
        s.line(x0 + left, y, x0 + left, y + row_h, width=2)
        s.text(x0 + 16, y + row_h / 2 - 20, label, f)
        if value:
            if k == 2 and rng.random() < 0.6 and len(value) > 5:
                run_hand(s, x0 + left + 22, y + row_h / 2 - 30, value, rng, size=48, strike=value[:2] + "某")
            else:
                run_hand(s, x0 + left + 22, y + row_h / 2 - 30, value, rng, size=48)
        y += row_h
    if note:
        run_hand(s, x0 + 10, y + 40, note, rng, size=38)
        if rng.random() < 0.5:
            insert_word(s, x0 + 200, y + 40, "已", rng)
    if sealed:
        seal(s, s.width - mm(60), y - rng.randint(60, 200), COURT, rng)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = sheet("hand")
    s.centred(mm(20), "卷 内 目 录", font("serif_bold", 60), spacing=8)
    s.text(mm(20), mm(20) + 90, f"案号：{c.number}", song(34))
    items = ["卷宗封面", "卷内目录", "执行申请书", "判决书、二审判决书", "生效证明书", "执行费票据", "当事人身份材料",
             "授权委托书、律师所函", "受理案件通知书", "执行通知书、报告财产令", "网络查控结果", "执行裁定书",
             "协助执行通知书", "和解协议", "执行款收付凭证", "结案通知书", "送达回证", "结案审批表", "归档复核表", "备考表"]
    f = font("hei", 30)
    x0, y = mm(18), mm(20) + 150
    cols = [110, 1000, 260, 0]
    heads = ["序号", "文件名称", "页号", "备注"]
    total = s.width - 2 * mm(18)
    s.box(x0, y, x0 + total, y + 64)
    cx = x0
    for w, h in zip(cols, heads, strict=True):
        s.text(cx + 14, y + 14, h, f)
        cx += w
        if w:
            s.line(cx, y, cx, y + 64 + 66 * len(items))
    y += 64
    page = 1
    for k, item in enumerate(items):
        s.box(x0, y, x0 + total, y + 66, width=1)
        run_hand(s, x0 + 28, y + 10, str(k + 1), rng, size=34)
        if k == 6 and rng.random() < 0.7:
            run_hand(s, x0 + 130, y + 10, item, rng, size=34, strike="身份证")
        else:
            run_hand(s, x0 + 130, y + 10, item, rng, size=34)
        n = rng.randint(1, 3)
        run_hand(s, x0 + 1130, y + 10, f"{page}" if n == 1 else f"{page}-{page + n - 1}", rng, size=32)
        page += n
        y += 66
    return [s]


def _chunks(text: str, n: int) -> list[str]:
    """A written line's pieces of `n` characters, a stop or a question mark never left alone at a line's start."""
    out: list[str] = []
    while text:
        cut = n if len(text) > n + 2 else len(text)
        while cut < len(text) and text[cut] in "，。、；：？！）”":
            cut += 1
        out.append(text[:cut])
        text = text[cut:]
    return out


def _record(c: CaseCtx, rng: random.Random, code: str) -> list[Sheet]:
    """A 笔录 written by hand on the court's ruled paper: two pages, each signed with a fingerprint at the foot."""
    title = "谈 话 笔 录" if code == "interview_record" else "调 查 笔 录"
    who = c.applicant if code == "interview_record" else c.respondent
    person = who.name if who.kind == "person" else (who.legal_rep or person_name(rng))
    head = [f"时间：{num_date(c.day(100 if code == 'interview_record' else 60))} 上午10时",
            f"地点：{c.extra['room'] if code == 'interview_record' else c.respondent.address}",
            f"执行人员：{c.officer}、{c.judge}　记录人：{c.clerk}",
            f"{'被谈话人' if code == 'interview_record' else '被调查人'}：{person}"]
    if code == "interview_record":
        qa = [("问", f"我们是小店区法院执行局的，今天就你申请执行{c.respondent.name}一案和你谈话，你听清楚了吗？"),
              ("答", "听清楚了。"),
              ("问", "本院通过网络查控系统查询了被执行人的银行存款、车辆、不动产，均没有可供执行的财产，你知道吗？"),
              ("答", "知道，法官给我看了查询结果。"),
              ("问", "你能否提供被执行人其他财产线索？"),
              ("答", "暂时提供不了，我也找过他，他一直躲着。"),
              ("问", "本院拟对本案终结本次执行程序，你有何意见？"),
              ("答", "没有意见，以后发现财产我再申请恢复执行。"),
              ("问", "还有其他要说的吗？"), ("答", "没有了。")]
    else:
        qa = [("问", f"我们是小店区法院执行人员，依法向你调查{c.respondent.name}的财产情况，你要如实回答。"),
              ("答", "明白。"),
              ("问", "你（单位）现在有没有银行存款、车辆、房产？"),
              ("答", "账上没钱了，车去年就卖了，房子是租的。"),
              ("问", "法院的执行通知书、报告财产令你收到了吗？为什么不履行？"),
              ("答", "收到了，工程款一直没结回来，实在没有能力。"),
              ("问", "有没有别人欠你（单位）的钱？"),
              ("答", "有个项目部欠一点，具体数字我回去再核。"),
              ("问", "拒不申报、虚假申报财产要承担法律责任，你清楚吗？"), ("答", "清楚。")]
    lines: list[tuple[str, str]] = [("", h) for h in head] + qa
    sheets: list[Sheet] = []
    at = 0
    for page in (1, 2):
        s = sheet("hand")
        s.centred(mm(16), COURT, font("serif", 40))
        s.centred(mm(16) + 60, title, font("serif_bold", 54), spacing=6)
        s.right(s.width - mm(20), mm(16) + 70, f"第{page}页", font("serif", 30))
        ys = ruled(s, mm(16) + 210, 84)
        usable = ys[:-3]
        k = 0
        wrap_at = 25
        while at < len(lines) and k < len(usable):
            tag, text = lines[at]
            chunks = _chunks(text, wrap_at)
            if k + len(chunks) > len(usable):
                break
            for j, chunk in enumerate(chunks):
                prefix = f"{tag}：" if tag and j == 0 else ("" if not tag else "　 ")
                run_hand(s, mm(22), usable[k] - 6, prefix + chunk, rng, size=50)
                k += 1
            at += 1
            if page == 1 and at >= len(lines) // 2 + 2:
                break
        run_hand(s, mm(22), ys[-2], "以上笔录我看过，与我说的相符", rng, size=40, ink=PARTY_PEN)
        run_hand(s, s.width - mm(80), ys[-1], person, rng, size=46, ink=PARTY_PEN)
        fingerprint(s, s.width - mm(35), ys[-1] + 30, rng)
        s.page_of = (page, 2)
        sheets.append(s)
    return sheets


def render_hand(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant.name, c.respondent.name
    if code in ("interview_record", "investigation_record"):
        return _record(c, rng, code)
    if code == "catalogue":
        return _catalogue(c, rng)
    if code == "dossier_cover":
        s = sheet("hand")
        s.centred(mm(30), COURT, font("serif_bold", 64))
        s.centred(mm(30) + 110, "执 行 卷 宗", font("serif_bold", 96), spacing=20)
        rows = [("案　　号", c.number), ("案　　由", f"{c.extra['cause']}执行"),
                ("申请执行人", a), ("被执行人", r), ("执行依据", c.basis_number),
                ("承办人", c.judge), ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
                ("结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"),
                ("归档日期", num_date(c.closed_on + timedelta(days=4))), ("保管期限", "长期"),
                ("本卷共", f"{rng.randint(60, 95)}页")]
        x0, y = mm(30), mm(30) + 300
        f = font("hei", 38)
        for label, value in rows:
            s.text(x0, y, label, f)
            s.line(x0 + 250, y + 54, s.width - mm(30), y + 54, width=1)
            run_hand(s, x0 + 270, y - 4, value, rng, size=44)
            y += 120
        return [s]
    if code == "remarks_sheet":
        return _hand_form(c, rng, "卷内备考表", [
            ("本卷情况说明", f"本卷共{rng.randint(60, 95)}页，材料齐全"), ("立卷人", c.clerk),
            ("检查人", c.judge), ("立卷时间", num_date(c.closed_on + timedelta(days=3)))], row_h=200,
            note="互联网查控回执已入卷，原件无缺")
    if code == "file_review_form":
        return _hand_form(c, rng, "执行案件归档复核表", [
            ("案号", c.number), ("承办人", c.judge), ("结案方式", "执行完毕"),
            ("文书送达情况", "均已送达，回证附卷"), ("案款发放情况", "已全部发放"),
            ("复核意见", "材料齐全，同意归档"), ("复核人", person_name(rng))], sealed=False)
    if code == "service_receipt":
        docs = "、".join(NAMES.get(x, x) for x in served) or "执行通知书"
        first = "acceptance_notice" in served
        when = {"acceptance_notice": 2, "termination_this_round_ruling": 125, "closing_notice": 72, "summons": 26,
                "enforcement_ruling": 22, "consumption_restriction_order": 43}
        day = c.day(max([when.get(x, 5) for x in served] or [5]))
        posted = not first and rng.random() < 0.4
        who = a if first else r
        signer = a if first else (c.respondent.legal_rep or r)
        sheets = _hand_form(c, rng, "送 达 回 证", [
            ("案号", c.number), ("送达文书", docs), ("受送达人", who),
            ("送达地点", c.applicant.address if first else c.respondent.address),
            ("受送达人签收", ""),
            ("代收人及理由", "门卫代收，已电话告知" if posted else ""),
            ("送达人", f"{c.officer}、{c.clerk}"),
            ("备注", f"EMS {rng.randint(10**12, 10**13 - 1)} 邮寄送达" if posted else "")], row_h=120, sealed=True)
        form = sheets[0]
        assert isinstance(form, BmSheet)
        y = mm(22) + 190 + 4 * 120
        kept = len(form.lines)
        if not posted:
            run_hand(form, mm(20) + 440, y + 30, signer, rng, size=48, ink=PARTY_PEN, slant=0.15)
        run_hand(form, mm(20) + 900, y + 36, num_date(day), rng, size=38,
                 ink=PARTY_PEN if not posted else (28, 32, 60))
        signed = form.lines[kept:]  # read where they stand: in the 签收 row
        del form.lines[kept:]
        at = form.lines.index("受送达人签收") + 1
        form.lines[at:at] = signed
        return sheets
    if code == "closing_approval_form":
        done = c.method == "fully_performed"
        sheets = _hand_form(c, rng, "执行案件结案审批表", [
            ("案号", c.number), ("申请执行人", a), ("被执行人", r), ("执行标的", f"{c.amount:,.2f}元"),
            ("执行情况", "和解后被执行人履行完毕，案款已发放" if done else "查无财产，已限高、纳入失信"),
            ("结案方式", "执行完毕" if done else "终结本次执行程序"),
            ("承办人意见", "建议结案"), ("庭（局）长意见", ""), ("结案日期", num_date(c.closed_on))], row_h=104)
        form = sheets[0]
        assert isinstance(form, BmSheet)
        y = mm(22) + 190 + 7 * 104
        kept = len(form.lines)
        run_hand(form, mm(20) + 450, y + 18, "同意", rng, size=62, ink=(20, 20, 24), slant=0.35)
        run_hand(form, mm(20) + 800, y + 30, person_name(rng) + " " + f"{c.closed_on.month}.{c.closed_on.day}", rng,
                 size=40, slant=0.4)
        opinion = form.lines[kept:]
        del form.lines[kept:]
        at = form.lines.index("庭（局）长意见") + 1
        form.lines[at:at] = opinion
        return sheets
    raise KeyError(code)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in TYPED:
        return render_typed(code, c, rng)
    if code in HANDWRITTEN:
        return render_hand(code, c, rng, served)
    return render_paper(code, c, rng, served)


__all__ = ["CODES", "BmSheet", "adopt_basis", "render", "table"]
