"""court_bq (广西壮族自治区柳州市城中区人民法院, held out): the old town centre of 柳州 — 螺蛳粉 makers and their
packaging suppliers, auto-parts dealers serving the car plants. The bureau types its papers under a red head and
fills 三联 carbon forms (pink and yellow copies reach the volume); judgments, 公证 papers, a bank's receipts and the
parties' filings come in their own looks. Captured at the archive on an old sheet-feed scanner (court_bq_capture)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money,
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, hand, mm, seal, signature, table
from dossier.corpus.families.court_bq_kit import (
    COURT,
    WHITE,
    body,
    court_day,
    form_sheet,
    paginate,
    paper_for,
    paragraphs,
    red_head,
    sign_block,
)
from dossier.corpus.fonts import font

CODES = frozenset({
    "dossier_cover", "catalogue", "enforcement_application", "enforcement_basis", "effectiveness_certificate",
    "property_clue_form", "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
    "payment_account_confirmation", "service_address_confirmation", "acceptance_notice", "payment_notice",
    "enforcement_notice", "property_report_order", "property_declaration_form", "online_inquiry_result",
    "enforcement_ruling", "assistance_notice", "payment_voucher", "closing_notice", "closing_approval_form",
    "service_receipt", "file_review_form", "remarks_sheet",
})
LUO_SEQ, AUTO_SEQ, NOTE_SEQ = 43106, 43217, 43358
LAW = "《中华人民共和国民事诉讼法》"
MID = "广西壮族自治区柳州市中级人民法院"
NOTARY = "广西壮族自治区柳州市桂中公证处"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """柳州 parties. LUO_SEQ: a packaging printer against a 螺蛳粉 maker on this court's judgment; AUTO_SEQ: an
    auto-parts wholesaler against a repair-shop chain on a 柳州中院 二审 judgment, its van 查封; NOTE_SEQ: a
    小额贷款 company on a 公证债权文书 with its 执行证书 against a 米粉 stall owner."""
    story = {LUO_SEQ: "luo", AUTO_SEQ: "auto", NOTE_SEQ: "note"}.get(int(c.number.split("执")[1][:-1]), "luo")
    c.extra["story"] = story
    c.firm = rng.choice(["广西柳江律师事务所", "广西龙城律师事务所", "广西桂中天平律师事务所"])
    c.extra["firm_addr"] = f"柳州市城中区{rng.choice(['五一路', '龙城路', '中山中路'])}{rng.randint(2, 80)}号"
    c.extra["lic_no"] = f"1450220{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["acct_bank"] = rng.choice(["柳州银行城中支行", "广西柳州市区农村信用合作联社", "中国工商银行柳州五一路支行"])
    c.extra["acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    c.extra["pay_day"] = c.day(rng.randint(38, 52))
    c.extra["fee"] = (c.amount * Decimal("0.004") + 50).quantize(Decimal("1"))
    c.extra["trial_judge"] = person_name(rng)
    c.extra["voucher_no"] = f"{rng.randint(10**9, 10**10 - 1)}"
    reg = "450202"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
    if story == "luo":
        c.applicant = Party(f"柳州市{rng.choice(['彩印', '鑫柳', '龙潭'])}包装制品有限公司", "organisation",
                            credit_code(rng, reg), f"柳州市城中区{rng.choice(['潭中东路', '文惠路'])}{rng.randint(5, 99)}号",
                            f"0772-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"柳州{rng.choice(['螺香', '酸笋坊', '老街'])}螺蛳粉食品有限公司", "organisation",
                             credit_code(rng, "450205"), f"柳州市柳南区{rng.choice(['螺蛳粉产业园', '航生路'])}"
                             f"{rng.randint(1, 40)}号", f"0772-37{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）桂0202民初{rng.randint(2000, 6999)}号"
        c.extra["goods"] = "螺蛳粉外包装袋、料包复合膜及纸箱"
        c.extra["cause"] = "买卖合同纠纷"
    elif story == "auto":
        c.applicant = Party(f"柳州{rng.choice(['宏达', '联鑫', '桂驰'])}汽车配件有限公司", "organisation",
                            credit_code(rng, reg), f"柳州市城中区{rng.choice(['东环大道', '屏山大道'])}{rng.randint(100, 399)}号",
                            f"0772-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"柳州{rng.choice(['快修', '车之家', '骏达'])}汽车服务有限公司", "organisation",
                             credit_code(rng, "450203"), f"柳州市鱼峰区{rng.choice(['柳石路', '荣军路'])}{rng.randint(1, 300)}号",
                             f"0772-31{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = MID
        c.basis_number = f"（2023）桂02民终{rng.randint(1000, 4999)}号"
        c.extra["first"] = f"（2023）桂0202民初{rng.randint(1000, 4999)}号"
        c.extra["goods"] = "刹车片、减震器、滤清器等汽车配件"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["plate"] = f"桂B{rng.choice('ABCDE')}{rng.randint(1000, 9999)}{rng.choice('0123456789')}"
        c.extra["vin"] = "LZW" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(14))
    else:
        born = c.applicant.born
        c.applicant = Party(f"柳州市{rng.choice(['桂中', '城中', '龙城'])}小额贷款有限公司", "organisation",
                            credit_code(rng, reg), f"柳州市城中区{rng.choice(['三中路', '公园路'])}{rng.randint(1, 60)}号",
                            f"0772-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "450204", born),
                             f"柳州市柳北区{rng.choice(['雅儒路', '胜利路'])}{rng.randint(1, 99)}号",
                             f"18{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))
        c.basis_court = NOTARY
        c.basis_number = f"（2023）桂柳桂中证字第{rng.randint(1000, 9999)}号"
        c.extra["cert_no"] = f"（2024）桂柳桂中证执字第{rng.randint(10, 99)}号"
        c.extra["cause"] = "借款合同"


# ------------------------------------------------------------------ the bureau's typed papers


def _court_paper(c: CaseCtx, rng: random.Random, title: str, texts: list[str], roles: list[tuple[str, str]],
                 day: int, *, number: str = "") -> list[Sheet]:
    sheets = [Sheet()]
    y = red_head(sheets[0], title, number or c.number, rng)
    y = paragraphs(sheets, texts, body(42), y)
    if y > mm(220):
        sheets.append(Sheet())
        y = mm(40)
    sign_block(sheets[-1], y + mm(10), roles, court_day(c, day), rng)
    paginate(sheets, body(30))
    return sheets


def _parties(c: CaseCtx) -> list[str]:
    a, r = c.applicant, c.respondent
    out = [f"申请执行人：{a.name}，住所地{a.address}。", f"法定代表人：{a.legal_rep}。"]
    if r.kind == "person":
        out.append(f"被执行人：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，住{r.address}，"
                   f"公民身份号码{r.id_number}。")
    else:
        out += [f"被执行人：{r.name}，住所地{r.address}。", f"法定代表人：{r.legal_rep}。"]
    return out


def acceptance_notice(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    return _court_paper(c, rng, "受理案件通知书", [
        f"{c.applicant.name}：",
        f"你（单位）申请执行{c.respondent.name}{c.extra['cause']}一案，本院经审查，符合受理条件，已于"
        f"{num_date(c.filed_on)}立案执行，案号为{c.number}。",
        f"本案由执行员{c.officer}承办，书记员{c.clerk}，联系电话{c.court.phone}。请你（单位）在执行过程中及时向本院"
        "提供被执行人的财产线索；联系方式、送达地址变更的，应当及时书面告知本院。",
        "特此通知。"], [], 0)


def payment_notice(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    fee = c.extra["fee"]
    s = form_sheet("缴款通知书", [
        ["案　号", c.number], ["缴款人", c.applicant.name], ["缴款项目", "申请执行费"],
        ["金　额", money(Decimal(fee))], ["收款单位", "柳州市城中区人民法院（非税收入汇缴专户）"],
        ["缴款方式", "持本通知到诉讼服务中心收费窗口或扫描缴费二维码缴纳"],
        ["说　明", "执行费依《诉讼费用交纳办法》第十四条计算，由被执行人负担，执行到位时一并扣收。"]],
        [mm(38), mm(132)], rng, paper=paper_for(rng, (1, 1, 2)), heights=mm(16), sub=f"填发日期：{num_date(c.filed_on)}")
    seal(s, s.width - mm(55), mm(190), COURT, rng)
    return [s]


def enforcement_notice(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    return _court_paper(c, rng, "执行通知书", [
        f"{c.respondent.name}：",
        f"{c.applicant.name}与你（单位）{c.extra['cause']}一案，{c.basis_court}作出的{c.basis_number}"
        f"{_basis_name(c)}已经发生法律效力。申请执行人于{num_date(c.filed_on)}向本院申请强制执行，本院依法立案。依照"
        f"{LAW}第二百五十一条、第二百五十二条的规定，责令你（单位）自收到本通知之日起立即履行下列义务：",
        f"一、向申请执行人支付{money(c.amount)}及迟延履行期间的债务利息；",
        f"二、负担申请执行费{c.extra['fee']}元。",
        "逾期不履行的，本院将依法强制执行，并可依法将你（单位）纳入失信被执行人名单、限制消费。"],
        [("执行员", c.officer)], 1)


def property_report_order(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    return _court_paper(c, rng, "报告财产令", [
        f"{c.respondent.name}：",
        f"本院受理的{c.applicant.name}申请执行{c.basis_number}{_basis_name(c)}一案，你（单位）未按执行通知履行法律文书"
        f"确定的义务。依照{LAW}第二百五十二条的规定，责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日"
        "前一年的财产情况（收入、银行存款、现金、理财产品，土地使用权、房屋，交通运输工具、机器设备，债权、股权等）。",
        "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"],
        [("执行员", c.officer)], 1)


def enforcement_ruling(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    head = [*_parties(c), f"本院依据{c.basis_court}作出的{c.basis_number}{_basis_name(c)}，于{num_date(c.filed_on)}"
            f"立案执行。被执行人未按执行通知履行义务。本院经网络查控查明被执行人名下有可供执行的财产。依照{LAW}"
            "第二百五十三条、第二百五十五条的规定，裁定如下："]
    if c.extra["story"] == "auto":
        order = [f"查封被执行人{c.respondent.name}名下号牌号码为{c.extra['plate']}的小型普通客车一辆"
                 f"（车辆识别代号{c.extra['vin']}），查封期限二年。"]
    else:
        order = [f"冻结、划拨被执行人{c.respondent.name}在银行的存款{money(c.amount)}，或查封、扣押其相应价值的财产。"]
    tail = ["本裁定立即执行。"]
    return _court_paper(c, rng, "执行裁定书", head + order + tail,
                        [("审判长", c.judge), ("审判员", person_name(rng)), ("审判员", c.officer), ("书记员", c.clerk)], 8)


def assistance_notice(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if c.extra["story"] == "auto":
        to = "柳州市公安局交通警察支队车辆管理所"
        ask = (f"查封被执行人{c.respondent.name}名下{c.extra['plate']}号小型普通客车（车辆识别代号{c.extra['vin']}），"
               "查封期间不得办理过户、抵押登记。")
    else:
        to = rng.choice(["柳州银行股份有限公司城中支行", "中国农业银行柳州柳南支行"])
        ask = f"扣划被执行人{c.respondent.name}在你行账户内存款{money(c.amount)}至本院执行款专户。"
    sheets = _court_paper(c, rng, "协助执行通知书", [
        f"{to}：", f"关于{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书"
        f"已经发生法律效力。依照{LAW}第二百五十四条的规定，请协助执行下列事项：", ask,
        f"本院经办人：{c.officer}、{c.clerk}，联系电话{c.court.phone}。"], [], 9)
    s = sheets[-1]
    y = s.height - mm(62)
    s.line(mm(20), y, s.width - mm(20), y, width=2)
    s.text(mm(24), y + mm(2), "- - - - - - - - - - - - - （回执）沿此线剪下 - - - - - - - - - - - - -", body(28))
    s.text(mm(28), y + mm(12), f"{COURT}：", body(32))
    s.text(mm(36), y + mm(20), f"你院{c.number}协助执行通知书已收到，已按要求办理。", body(32))
    hand(s, mm(110), y + mm(32), f"经办人 {person_name(rng)}  {num_date(c.day(10))}", rng, size=38, ink=INK)
    seal(s, mm(150), y + mm(30), to, rng, radius=mm(17))
    return sheets


def closing_notice(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    return _court_paper(c, rng, "结案通知书", [
        f"{c.applicant.name}：",
        f"你（单位）申请执行{c.respondent.name}{c.extra['cause']}一案，被执行人已履行{c.basis_number}{_basis_name(c)}确定的"
        f"全部义务，执行款{money(c.amount)}已由本院执行款专户于{num_date(c.extra['pay_day'])}发放至你（单位）确认的账户。",
        "本案以执行完毕方式结案。", "特此通知。"], [], (c.closed_on - c.filed_on).days)


# ------------------------------------------------------------------ the bureau's carbon forms


def service_receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书", "payment_notice": "缴款通知书"}
    docs = "、".join(names.get(s, s) for s in served) or "执行通知书"
    to_app = any(s in ("acceptance_notice", "closing_notice") for s in served)
    who = c.applicant.name if to_app else c.respondent.name
    day = c.closed_on if "closing_notice" in served else c.day(9 if "enforcement_ruling" in served else 1)
    s = form_sheet("送达回证", [
        ["案　由", c.extra["cause"]], ["案　号", c.number], ["送达文书", docs], ["受送达人", who],
        ["送达地址", c.applicant.address if to_app else c.respondent.address], ["受送达人签收", ""],
        ["代收人及代收理由", ""], ["送达人", ""], ["备　注", "直接送达" if rng.random() < 0.6 else "邮寄送达，EMS回执附后"]],
        [mm(46), mm(124)], rng, paper=paper_for(rng, (1, 2, 2)),
        heights=[mm(14), mm(14), mm(24), mm(14), mm(18), mm(30), mm(16), mm(16), mm(18)])
    y0 = mm(50) + mm(14) * 3 + mm(24) + mm(18)
    hand(s, mm(72), y0 + mm(6), c.respondent.legal_rep or c.respondent.name if not to_app else c.agent, rng, ink=INK)
    hand(s, mm(130), y0 + mm(18), f"{day.month}月{day.day}日", rng, size=38)
    hand(s, mm(72), y0 + mm(48), f"{c.officer}  {c.clerk}", rng, size=38)
    s.text(mm(20), s.height - mm(30), "第一联　存卷（白）　第二联　受送达人（粉）　第三联　存根（黄）", body(26))
    return [s]


def closing_approval_form(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = form_sheet("执行案件结案审批表", [
        ["案号", c.number, "立案日期", num_date(c.filed_on)],
        ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
        ["执行依据", f"{c.basis_court}{c.basis_number}"], ["执行标的", money(c.amount)],
        ["执行情况", f"被执行人于{num_date(c.extra['pay_day'])}将全部执行款缴入本院执行款专户，本院已发放申请执行人。"],
        ["结案方式", "执行完毕（√）　终结本次执行（□）　终结执行（□）　不予执行（□）"],
        ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]],
        [mm(32), mm(56), mm(30), mm(52)], rng, paper=paper_for(rng, (1, 1, 2)),
        heights=[mm(14), mm(18), mm(18), mm(14), mm(34), mm(16), mm(26), mm(26), mm(26)], size=32)
    y = mm(50) + mm(14 + 18 + 18 + 14 + 34 + 16)
    hand(s, mm(58), y + mm(4), "同意以执行完毕结案。", rng, size=40)
    signature(s, mm(140), y + mm(12), c.officer, rng)
    hand(s, mm(58), y + mm(30), "合议同意。", rng, size=40)
    signature(s, mm(140), y + mm(38), c.judge, rng)
    hand(s, mm(58), y + mm(56), "同意", rng, size=46, ink=RED)
    signature(s, mm(140), y + mm(62), person_name(rng), rng)
    return [s]


def payment_account_confirmation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = form_sheet("申请执行人收取案款确认书", [
        ["案号", c.number], ["申请执行人", c.applicant.name], ["收款户名", ""], ["开户银行", ""], ["账号", ""],
        ["联系电话", ""],
        ["承诺", "本单位确认以上账户为收取本案执行款的账户，款项汇入即视为本单位收到；账户信息有误造成的后果由本单位承担。"]],
        [mm(40), mm(130)], rng, paper=WHITE, heights=[mm(14)] * 6 + [mm(34)])
    y = mm(50) + mm(14) * 2
    hand(s, mm(64), y + mm(3), c.applicant.name, rng, size=40)
    hand(s, mm(64), y + mm(17), c.extra["acct_bank"], rng, size=40)
    hand(s, mm(64), y + mm(31), c.extra["acct"], rng, size=40)
    hand(s, mm(64), y + mm(45), c.applicant.phone, rng, size=40)
    s.text(mm(110), mm(200), "申请执行人（盖章）：", body(36))
    seal(s, mm(160), mm(212), c.applicant.name, rng)
    s.text(mm(120), mm(230), num_date(c.filed_on), body(36))
    return [s]


def service_address_confirmation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = form_sheet("送达地址确认书", [
        ["案号", c.number], ["受送达人", c.applicant.name], ["送达地址", c.extra["firm_addr"] + "（代理律师处）"],
        ["收件人及电话", f"{c.agent} {c.agent_phone}"], ["是否同意电子送达", "√同意　□不同意"],
        ["电子送达方式", "√短信　√电子邮箱　□传真"],
        ["告知事项", "一、当事人应如实提供送达地址；二、地址变更应及时书面告知法院；三、因地址不准确、未及时告知变更致使"
                 "法律文书未能被实际接收的，文书退回之日视为送达之日。"]],
        [mm(44), mm(126)], rng, paper=paper_for(rng, (3, 1, 1)), heights=[mm(14)] * 6 + [mm(44)], size=32)
    s.text(mm(100), mm(200), "受送达人（签名或盖章）：", body(34))
    signature(s, mm(112), mm(210), c.agent, rng)
    s.text(mm(120), mm(228), num_date(c.filed_on), body(34))
    return [s]


def property_declaration_form(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    s = form_sheet("被执行人财产申报表", [
        ["被执行人", r.name, "证件号码", r.id_number], ["住所地", r.address], ["类别", "财产情况（名称、数量、所在地）"],
        ["银行存款", ""], ["不动产", ""], ["车辆", ""], ["对外债权", ""], ["其他", ""]],
        [mm(30), mm(60), mm(30), mm(50)], rng, paper=paper_for(rng, (1, 2, 1)), heights=mm(18), size=30)
    y = mm(50) + mm(18) * 3
    person = r.kind == "person"
    bank = (f"柳州银行储蓄卡，余额约{rng.randint(2, 9)}千元" if person
            else f"{c.extra['acct_bank'][:4]}基本户，余额约{rng.randint(3, 40)}万元")
    car = f"{c.extra['plate']} 客车一辆" if c.extra.get("plate") else "无"
    owed = "无" if person else "应收货款若干（待核）"
    other = "米粉店灶具、冰柜（租用铺面）" if person else "无"
    for k, text in enumerate([bank, "无", car, owed, other]):
        hand(s, mm(56), y + mm(18) * k + mm(4), text, rng, size=38)
    s.text(mm(24), mm(220), "申报人保证以上申报内容真实、完整，如有虚假愿承担法律责任。", body(32))
    s.text(mm(110), mm(236), "申报人（签章）：", body(32))
    signature(s, mm(150), mm(232), r.legal_rep or r.name, rng)
    return [s]


def property_clue_form(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    clue = {"luo": "被执行人在柳南区螺蛳粉产业园厂房内的生产线；对电商平台的货款结算",
            "auto": f"被执行人名下{c.extra.get('plate', '')}面包车，停放于鱼峰区柳石路门店",
            "note": "被执行人在柳北区雅儒路经营米粉店，微信收款码；名下存款"}[c.extra["story"]]
    s = form_sheet("被执行人可供执行财产线索表", [
        ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["财产线索", ""], ["线索来源", ""],
        ["是否申请限制消费", "√是　□否"], ["是否申请纳入失信名单", "√是　□否"]],
        [mm(52), mm(118)], rng, paper=WHITE, heights=[mm(14), mm(14), mm(44), mm(20), mm(14), mm(14)])
    y = mm(50) + mm(28)
    s.lines.append(clue)
    for k, part in enumerate([clue[i:i + 16] for i in range(0, len(clue), 16)]):
        hand(s, mm(76), y + mm(4) + k * mm(10), part, rng, size=38, record=False)
    hand(s, mm(76), y + mm(48), "本公司业务人员了解", rng, size=38)
    signature(s, mm(130), mm(178), c.agent, rng)
    return [s]


# ------------------------------------------------------------------ archive sheets


def dossier_cover(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(236, 222, 196))
    s.centred(mm(30), COURT, font("serif_bold", 56), spacing=4)
    s.centred(mm(50), "执 行 卷 宗", font("hei", 96), spacing=30)
    s.centred(mm(70), "（正卷）", font("serif", 44))
    table(s, mm(26), mm(90), [mm(40), mm(118)], [
        ["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
        ["执行标的", money(c.amount)], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
        ["结案方式", "执行完毕"], ["承办人", c.officer], ["保管期限", "长期"]], body(36), row_h=mm(15), width=3,
          centre_first=True)
    s.text(mm(30), mm(258), f"本卷共　　页　归档日期 {num_date(c.closed_on + timedelta(days=20))}", body(36))
    hand(s, mm(60), mm(256), str(rng.randint(80, 140)), rng, size=40, ink=INK, record=False)
    return [s]


def catalogue(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    items = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "诉讼费票据", "身份证明", "授权委托书", "律师事务所函",
             "律师执业证", "收取案款确认书", "送达地址确认书", "受理案件通知书", "缴款通知书", "执行通知书", "报告财产令",
             "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行款收款凭证", "结案通知书", "结案审批表",
             "送达回证", "卷宗复核表", "备考表"]
    s = Sheet()
    s.centred(mm(22), "卷 内 目 录", font("hei", 64), spacing=16)
    s.text(mm(22), mm(38), f"案号：{c.number}", body(34))
    rows = [["序号", "文件名称", "日期", "页号"]]
    page = 1
    for k, name in enumerate(items, 1):
        n = rng.choice([1, 1, 2, 3]) if name in ("民事判决书", "执行申请书", "网络查控结果") else 1
        rows.append([str(k), name, num_date(c.day(min(k * 3, 70))), str(page)])
        page += n
    table(s, mm(18), mm(48), [mm(16), mm(92), mm(48), mm(20)], rows, font("song_gb", 30), row_h=mm(8.6), width=2,
          centre_first=True)
    return [s]


def file_review_form(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = form_sheet("执行卷宗归档复核表", [
        ["案号", c.number], ["承办人", c.officer], ["复核项目", "文书齐全、送达手续完备、案款发放凭证齐全、装订顺序正确"],
        ["复核意见", ""], ["复核人", ""], ["档案室接收", ""]],
        [mm(40), mm(130)], rng, paper=WHITE, heights=[mm(14), mm(14), mm(26), mm(40), mm(16), mm(16)])
    y = mm(50) + mm(54)
    hand(s, mm(66), y + mm(8), "材料齐全，同意归档。", rng, size=42)
    signature(s, mm(66), y + mm(41), person_name(rng), rng)
    hand(s, mm(66), y + mm(58), f"已接收 {num_date(c.closed_on + timedelta(days=20))}", rng, size=38, ink=INK)
    return [s]


def remarks_sheet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(24), "卷 内 备 考 表", font("hei", 62), spacing=14)
    s.text(mm(24), mm(42), f"案号：{c.number}", body(34))
    s.box(mm(22), mm(52), s.width - mm(22), mm(250), width=3)
    s.text(mm(28), mm(58), "本卷情况说明：", body(36))
    hand(s, mm(40), mm(72), f"本卷共{rng.randint(80, 140)}页，其中彩色复写联若干页。", rng, size=40, ink=INK)
    hand(s, mm(40), mm(86), "车辆查封已于案款到账后解除（见协助执行通知书）。" if c.extra["story"] == "auto"
         else "案款已全部发放，无遗留事项。", rng, size=40, ink=INK)
    s.text(mm(110), mm(222), "立卷人：", body(36))
    signature(s, mm(140), mm(218), c.clerk, rng)
    s.text(mm(110), mm(236), "检查人：", body(36))
    signature(s, mm(140), mm(232), person_name(rng), rng)
    return [s]


# ------------------------------------------------------------------ papers from elsewhere


def _basis_name(c: CaseCtx) -> str:
    return "公证债权文书" if c.basis_kind == "notarial" else "民事判决书"


def enforcement_basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if c.extra["story"] == "note":
        return _notarial_deed(c, rng)
    appeal = c.extra["story"] == "auto"
    court = MID if appeal else COURT
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(mm(28), court, font("song_gb", 56), spacing=6)
    s.centred(mm(44), "民 事 判 决 书", font("song_gb", 72), spacing=10)
    s.right(s.width - mm(26), mm(62), c.basis_number, font("song_gb", 38))
    f = font("song_gb", 40)
    a, r = c.applicant, c.respondent
    lead = [f"{'上诉人（原审被告）' if appeal else '被告'}：{r.name}，住所地{r.address}。", f"法定代表人：{r.legal_rep}，总经理。",
            f"{'被上诉人（原审原告）' if appeal else '原告'}：{a.name}，住所地{a.address}。", f"法定代表人：{a.legal_rep}。",
            f"委托诉讼代理人：{c.agent}，{c.firm}律师。"]
    if not appeal:
        lead = lead[2:4] + lead[4:] + lead[:2]
    facts = ([f"上诉人{r.name}因与被上诉人{a.name}{c.extra['cause']}一案，不服{COURT}{c.extra['first']}民事判决，向本院"
              "提起上诉。本院立案后，依法组成合议庭进行了审理。本案现已审理终结。",
              f"本院经审理查明，{a.name}自2022年3月起向{r.name}供应{c.extra['goods']}，双方按月对账。截至2022年12月，"
              f"上诉人尚欠货款{c.amount}元未付，有对账单、送货单及增值税发票为证。一审法院判决上诉人支付货款及逾期付款利息。",
              "本院认为，上诉人主张部分配件存在质量问题，但未在约定的检验期内提出异议，亦未提交证据证明，其上诉理由不能"
              f"成立。一审判决认定事实清楚，适用法律正确，应予维持。依照{LAW}第一百七十七条第一款第一项规定，判决如下：",
              "驳回上诉，维持原判。", f"二审案件受理费{int(c.amount) // 100 + 50}元，由上诉人{r.name}负担。", "本判决为终审判决。"]
             if appeal else
             [f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。",
              f"经审理查明：原告自2022年起为被告生产、供应{c.extra['goods']}，被告按批次收货，约定货到六十日内付款。"
              f"经双方对账确认，被告尚欠原告货款{c.amount}元，经原告多次催收未付。",
              "本院认为，原、被告之间的买卖合同合法有效。原告已依约交付货物，被告应当支付货款。依照《中华人民共和国民法典》"
              "第五百七十七条、第六百二十六条规定，判决如下：",
              f"被告{r.name}于本判决发生法律效力之日起十日内支付原告{a.name}货款{c.amount}元及逾期付款利息。",
              f"如果未按本判决指定的期间履行给付金钱义务，应当依照{LAW}第二百六十四条之规定，加倍支付迟延履行期间的债务利息。",
              f"案件受理费{int(c.amount) // 200 + 25}元，由被告负担。",
              f"如不服本判决，可以在判决书送达之日起十五日内提起上诉，上诉于{MID}。"])
    y = paragraphs(sheets, lead + facts, f, mm(76), lh=1.75)
    if y > mm(210):
        sheets.append(Sheet())
        y = mm(40)
    last = sheets[-1]
    roles = [("审判长", c.judge), ("审判员", person_name(rng)), ("审判员", person_name(rng))] if appeal else \
        [("审判员", c.extra["trial_judge"])]
    x = last.width - mm(90)
    for role, name in roles:
        last.text(x, y + mm(8), f"{role}　{name}", font("song_gb", 40))
        y += mm(10)
    last.text(x - mm(8), y + mm(14), cn_date(c.basis_effective - timedelta(days=20)), font("song_gb", 40))
    seal(last, x + mm(26), y + mm(16), court, rng)
    last.text(mm(30), y + mm(30), "本件与原本核对无异", font("song_gb", 34))
    last.text(x, y + mm(30), f"书记员　{person_name(rng)}", font("song_gb", 40))
    paginate(sheets, font("song_gb", 30), style="count")
    return sheets


def _notarial_deed(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    sheets = [Sheet(paper=(252, 250, 243))]
    s = sheets[0]
    s.centred(mm(30), "公　证　书", font("serif_bold", 80), spacing=10)
    s.right(s.width - mm(28), mm(52), c.basis_number, font("kai", 38))
    f = font("kai", 42)
    r, a = c.respondent, c.applicant
    texts = [f"申请人：{a.name}，住所地{a.address}，法定代表人{a.legal_rep}。",
             f"申请人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。",
             "公证事项：赋予债权文书强制执行效力",
             f"兹证明{a.name}的法定代表人{a.legal_rep}与{r.name}于2023年5月8日来到我处，在本公证员的面前，签署了前面的"
             f"《借款合同》。合同约定借款本金{money(c.amount)}，借款期限十二个月，月利率百分之一点二。",
             "经查，双方当事人签订合同的行为符合《中华人民共和国民法典》第一百四十三条的规定；合同内容具有给付货币的内容，"
             "债权债务关系明确，债务人愿意接受依法强制执行的承诺。依据《中华人民共和国公证法》第三十七条的规定，"
             "该借款合同具有强制执行效力。"]
    y = paragraphs(sheets, texts, f, mm(66), x0=mm(30), lh=1.9, paper=(252, 250, 243))
    last = sheets[-1]
    last.text(last.width - mm(90), y + mm(8), NOTARY, font("kai", 38))
    last.text(last.width - mm(70), y + mm(20), f"公证员　{person_name(rng)}", font("kai", 38))
    last.text(last.width - mm(80), y + mm(32), cn_date(c.basis_effective - timedelta(days=300)), font("kai", 38))
    seal(last, last.width - mm(60), y + mm(22), NOTARY, rng)
    sheets.append(_loan_contract(c, rng))
    paginate(sheets, font("kai", 30), style="count")
    return sheets


def _loan_contract(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 借款合同 bound behind the 公证书 (the lender's printed pad, filled in by hand), a page of the deed."""
    s = Sheet(paper=(252, 250, 243))
    s.centred(mm(24), "借 款 合 同", font("sans_bold", 56), spacing=6)
    s.right(s.width - mm(24), mm(38), f"合同编号：LZXD-2023-{rng.randint(100, 999)}", font("sans", 30))
    f = font("sans", 34)
    clauses = [f"贷款人（甲方）：{c.applicant.name}", f"借款人（乙方）：{c.respondent.name}",
               "第一条　借款金额：人民币（大写）", "第二条　借款期限：自2023年5月8日起至2024年5月7日止。",
               "第三条　借款利率：月利率1.2%，按月付息，到期还本。",
               "第四条　乙方未按期还款的，甲方有权宣布借款提前到期，并按借款利率上浮50%计收罚息。",
               "第五条　双方同意就本合同办理赋予强制执行效力的公证；乙方不履行或不适当履行义务时，"
               "甲方可向公证机构申请出具执行证书，并向有管辖权的人民法院申请强制执行，乙方自愿接受强制执行。"]
    y = paragraphs([s], clauses, f, mm(50), x0=mm(24), lh=1.9, paper=(252, 250, 243))
    hand(s, mm(98), mm(50) + f.size * 1.9 * 2, money_caps(c.amount), rng, size=38, ink=INK)
    s.text(mm(24), y + mm(14), "甲方（盖章）：", f)
    seal(s, mm(70), y + mm(20), c.applicant.name, rng, radius=mm(18))
    s.text(mm(110), y + mm(14), "乙方（签名、捺印）：", f)
    signature(s, mm(160), y + mm(10), c.respondent.name, rng)
    s.text(mm(24), y + mm(40), "签订日期：2023年5月8日　签订地点：柳州市城中区", f)
    return s


def effectiveness_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if c.extra["story"] == "note":
        s = Sheet(paper=(252, 250, 243))
        s.centred(mm(30), "执行证书", font("serif_bold", 76), spacing=40)
        s.right(s.width - mm(28), mm(50), c.extra["cert_no"], font("kai", 38))
        y = paragraphs([s], [
            f"申请执行人：{c.applicant.name}。", f"被执行人：{c.respondent.name}，公民身份号码{c.respondent.id_number}。",
            f"执行标的：借款本金{money(c.amount)}及约定利息、逾期罚息。",
            f"本处于{num_date(c.basis_effective - timedelta(days=300))}出具的{c.basis_number}公证书所证明的《借款合同》，"
            f"已赋予强制执行效力。债务人{c.respondent.name}未按约定履行还款义务，经本处向其核实，其对债务无异议。",
            "依据《公证程序规则》第五十五条的规定，债权人可持本证书向有管辖权的人民法院申请执行。"],
            font("kai", 42), mm(64), x0=mm(30), lh=1.9)
        s.text(s.width - mm(92), y + mm(10), NOTARY, font("kai", 38))
        s.text(s.width - mm(72), y + mm(22), f"公证员　{person_name(rng)}", font("kai", 38))
        s.text(s.width - mm(80), y + mm(34), cn_date(c.basis_effective), font("kai", 38))
        seal(s, s.width - mm(60), y + mm(24), NOTARY, rng)
        return [s]
    s = Sheet()
    s.centred(mm(36), MID, font("song_gb", 52), spacing=4)
    s.centred(mm(54), "生 效 证 明 书", font("song_gb", 70), spacing=8)
    y = paragraphs([s], [
        f"{c.applicant.name}：", f"本院审理的上诉人{c.respondent.name}与被上诉人{c.applicant.name}{c.extra['cause']}一案，"
        f"本院{c.basis_number}民事判决书已于{num_date(c.basis_effective)}送达双方当事人，该判决为终审判决，"
        f"自送达之日起发生法律效力。一审{COURT}{c.extra['first']}民事判决亦随之生效。", "特此证明。"],
        font("song_gb", 42), mm(80), lh=1.9)
    s.text(s.width - mm(92), y + mm(20), cn_date(c.basis_effective + timedelta(days=6)), font("song_gb", 40))
    seal(s, s.width - mm(66), y + mm(20), MID, rng)
    return [s]


def enforcement_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    f = font("sans", 38)
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(mm(26), "强制执行申请书", font("sans_bold", 60), spacing=6)
    a, r = c.applicant, c.respondent
    rname = f"{r.name}，住所地{r.address}，法定代表人{r.legal_rep}。" if r.kind == "organisation" else \
        f"{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"
    y = paragraphs(sheets, [
        f"申请人：{a.name}，统一社会信用代码{a.id_number}，住所地{a.address}。", f"法定代表人：{a.legal_rep}，联系电话{a.phone}。",
        f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。", f"被申请人：{rname}", "申请事项：",
        f"一、请求强制执行{c.basis_court}{c.basis_number}{_basis_name(c)}，由被申请人支付{money(c.amount)}及相应利息；",
        "二、请求对被申请人采取限制高消费措施，并纳入失信被执行人名单；", "三、本案执行费用由被申请人负担。", "事实与理由：",
        f"申请人与被申请人{c.extra['cause']}一事，{c.basis_court}作出{c.basis_number}{_basis_name(c)}，现已生效。被申请人至今"
        f"未履行，申请人依照{LAW}第二百四十七条之规定，特向贵院申请强制执行。", "此致", COURT],
        f, mm(40), x0=mm(24), lh=1.85)
    last = sheets[-1]
    if y > mm(230):
        last = Sheet()
        sheets.append(last)
        y = mm(40)
    last.text(last.width - mm(96), y + mm(10), f"申请人：{a.name}", f)
    seal(last, last.width - mm(60), y + mm(14), a.name, rng)
    last.text(last.width - mm(80), y + mm(26), num_date(c.filed_on - timedelta(days=2)), f)
    paginate(sheets, font("sans", 28), style="count")
    return sheets


def power_of_attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), "授 权 委 托 书", font("hei", 64), spacing=14)
    y = paragraphs([s], [
        f"委托单位：{c.applicant.name}", f"法定代表人：{c.applicant.legal_rep}",
        f"受委托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。",
        f"现委托上列受委托人在我单位与{c.respondent.name}{c.extra['cause']}执行一案中，作为我单位的代理人。",
        "代理权限：特别授权，代为申请执行、提供财产线索、签收法律文书、参加谈话、代为和解、代收执行款。"],
        font("serif", 40), mm(56), lh=2.0)
    s.text(mm(100), y + mm(20), "委托单位（盖章）：", font("serif", 40))
    seal(s, mm(160), y + mm(26), c.applicant.name, rng)
    s.text(mm(100), y + mm(40), "受委托人：", font("serif", 40))
    signature(s, mm(140), y + mm(36), c.agent, rng)
    s.text(mm(110), y + mm(56), num_date(c.filed_on - timedelta(days=3)), font("serif", 40))
    return [s]


def law_firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.text(mm(24), mm(18), c.firm, font("serif_bold", 52), fill=(20, 60, 140))
    s.line(mm(24), mm(32), s.width - mm(24), mm(32), width=5, fill=(20, 60, 140))
    s.right(s.width - mm(24), mm(38), f"桂龙律执字〔2024〕第{rng.randint(10, 199)}号", font("sans", 32))
    s.centred(mm(56), "律师事务所函", font("sans_bold", 58), spacing=8)
    y = paragraphs([s], [f"{COURT}：", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}"
                         f"{c.extra['cause']}执行一案的代理人。", "特此函告。"], font("sans", 38), mm(76), lh=2.0)
    s.text(s.width - mm(92), y + mm(16), c.firm, font("sans", 36))
    seal(s, s.width - mm(64), y + mm(20), c.firm, rng)
    s.text(s.width - mm(80), y + mm(32), num_date(c.filed_on - timedelta(days=2)), font("sans", 36))
    s.text(mm(24), s.height - mm(26), f"地址：{c.extra['firm_addr']}　电话：0772-28{rng.randint(10000, 99999)}",
           font("sans", 28))
    return [s]


def lawyer_license(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x0, y0 = mm(30), mm(40)
    s.draw.rectangle((x0, y0, x0 + mm(150), y0 + mm(100)), fill=(214, 214, 214))
    s.box(x0, y0, x0 + mm(150), y0 + mm(100), width=3)
    s.centred(y0 + mm(6), "中华人民共和国律师执业证", font("serif_bold", 46), x0=x0, x1=x0 + mm(150))
    s.draw.rectangle((x0 + mm(8), y0 + mm(22), x0 + mm(40), y0 + mm(62)), fill=(120, 120, 120))
    f = font("sans", 32)
    for k, line in enumerate([f"执业机构　{c.firm}", "执业证类别　专职", f"执业证号　{c.extra['lic_no']}",
                              f"持证人　{c.agent}", "发证机关　广西壮族自治区司法厅", f"发证日期　{2015 + rng.randint(0, 7)}年"]):
        s.text(x0 + mm(46), y0 + mm(22) + k * mm(11), line, f)
    s.text(mm(30), mm(160), "复印件与原件一致", font("kai", 44), fill=BLUE_INK)
    signature(s, mm(100), mm(158), c.agent, rng)
    return [s]


def identity_proof(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    p = c.respondent if "respondent" in served else c.applicant
    s = Sheet()
    if p.kind == "person":
        for k, (x, y) in enumerate([(mm(40), mm(40)), (mm(40), mm(120))]):
            s.draw.rounded_rectangle((x, y, x + mm(128), y + mm(80)), radius=30, fill=(228, 232, 236), outline=INK, width=2)
            if k == 0:
                f = font("hei", 30)
                for j, line in enumerate([f"姓名 {p.name}", f"性别 {p.sex}　民族 汉", f"住址 {p.address}"]):
                    s.text(x + mm(6), y + mm(8) + j * mm(11), line, f)
                s.text(x + mm(6), y + mm(64), f"公民身份号码 {p.id_number}", font("hei", 32))
                s.draw.rectangle((x + mm(92), y + mm(10), x + mm(120), y + mm(46)), fill=(150, 150, 150))
            else:
                s.centred(y + mm(14), "中华人民共和国", font("hei", 44), x0=x, x1=x + mm(128))
                s.centred(y + mm(28), "居民身份证", font("hei", 56), x0=x, x1=x + mm(128))
                s.text(x + mm(14), y + mm(56), "签发机关 柳州市公安局柳北分局", font("hei", 28))
        hand(s, mm(60), mm(214), "此复印件仅供法院执行使用", rng, size=42, ink=INK)
        return [s]
    s.draw.rectangle((mm(16), mm(20), s.width - mm(16), mm(262)), outline=(170, 120, 60), width=16)
    s.centred(mm(40), "营 业 执 照", font("serif_bold", 84), spacing=18)
    s.centred(mm(62), "（副　本）", font("serif", 40))
    f = font("serif", 36)
    s.text(mm(32), mm(80), f"统一社会信用代码　{p.id_number}", f)
    for k, (label, val) in enumerate([("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"),
                                      ("法定代表人", p.legal_rep), ("经营范围", _scope(p.name)),
                                      ("注册资本", f"{rng.choice([100, 200, 500])}万元"), ("住　　所", p.address)]):
        for j, part in enumerate([val[i:i + 24] for i in range(0, len(val), 24)][:2]):
            s.text(mm(32) + (mm(44) if j else 0), mm(100) + k * mm(16) + j * mm(8), part if j else f"{label}　{part}", f)
    s.text(s.width - mm(110), mm(220), "登记机关", f)
    seal(s, s.width - mm(62), mm(222), "柳州市市场监督管理局", rng)
    s.text(mm(28), mm(244), "与原件核对一致", font("kai", 44), fill=BLUE_INK)
    return [s]


def _scope(name: str) -> str:
    """What the licence lets the company do, by its trade."""
    for key, scope in (("包装", "塑料包装袋、复合膜、纸箱的生产与销售"), ("螺蛳粉", "预包装食品（米粉制品）生产、销售"),
                       ("配件", "汽车零配件批发、零售"), ("汽车服务", "机动车维修、汽车用品销售"),
                       ("小额贷款", "在柳州市辖区内办理各项小额贷款业务")):
        if key in name:
            return scope
    return "一般项目：销售"


def fee_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    notarial = c.basis_kind == "notarial"  # no trial before a 公证债权文书: the receipt is for the 执行费
    s = Sheet(paper=(246, 244, 236))  # the archive's 票据粘贴单, the printed slip glued on its upper half
    s.text(mm(14), mm(4), "票 据 粘 贴 单", font("song_gb", 34))
    s.draw.rectangle((mm(12), mm(12), mm(198), mm(118)), fill=(232, 244, 236), outline=(150, 150, 150), width=2)
    s.centred(mm(16), "广西壮族自治区非税收入一般缴款书（电子）", font("sans_bold", 40), fill=(30, 110, 70))
    s.text(mm(150), mm(28), f"No.{rng.randint(10**9, 10**10 - 1)}", font("mono", 30), fill=(180, 40, 40))
    table(s, mm(14), mm(36), [mm(36), mm(58), mm(30), mm(58)], [
        ["缴款人", c.applicant.name[:12], "执收单位", "柳州市城中区人民法院"],
        ["项目名称", "申请执行费" if notarial else "诉讼费", "案号", c.number if notarial else c.basis_number],
        ["金额（大写）", money(Decimal(int(c.amount) // 200 + 25)).split("（")[1][3:-1]],
        ["金额（小写）", f"¥{int(c.amount) // 200 + 25}.00", "缴款日期", num_date(c.filed_on if notarial else c.basis_effective - timedelta(days=200))]],
        font("sans", 28), row_h=mm(14), width=2)
    seal(s, mm(160), mm(100), "柳州市财政局非税收入专用章", rng, radius=mm(16))
    hand(s, mm(30), mm(150), f"{c.number if notarial else c.basis_number}缴费票据复印件", rng, size=40, ink=INK)
    return [s]


def online_inquiry_result(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.text(mm(16), mm(14), "执行案件流程管理系统", font("microhei", 30))
    s.centred(mm(26), "网络执行查控结果（总对总）", font("microhei", 52))
    s.text(mm(16), mm(42), f"案号：{c.number}　被查询人：{c.respondent.name}　证件号：{c.respondent.id_number}",
           font("microhei", 28))
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈日期"]]
    banks = ["柳州银行", "中国工商银行", "中国农业银行", "广西农信", "中国建设银行", "公安部车辆", "自然资源部不动产"]
    for k, b in enumerate(banks, 1):
        if b == "公安部车辆":
            res = f"{c.extra['plate']} 小型普通客车" if c.extra.get("plate") else "无车辆登记信息"
        elif b == "自然资源部不动产":
            res = "无登记信息"
        else:
            res = f"余额 {rng.randint(0, 60000)}.{rng.randint(10, 99)} 元" if rng.random() < 0.6 else "未开户"
        rows.append([str(k), b, "车辆" if "车辆" in b else "不动产" if "不动产" in b else "存款", res,
                     num_date(c.day(3 + k % 3))])
    table(s, mm(14), mm(52), [mm(14), mm(46), mm(22), mm(70), mm(30)], rows, font("microhei", 26), row_h=mm(11))
    s.text(mm(16), s.height - mm(20), f"打印人：{c.clerk}　打印时间：{num_date(c.day(7))} 10:{rng.randint(10, 59)}",
           font("microhei", 26))
    return [s]


def payment_voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(size=(mm(210), mm(148) * 2))
    s.centred(mm(14), f"{c.extra['acct_bank'][:4]}　电子回单", font("sans_bold", 46))
    s.text(mm(16), mm(28), f"回单编号：{c.extra['voucher_no']}", font("mono", 30))
    table(s, mm(14), mm(38), [mm(30), mm(62), mm(30), mm(60)], [
        ["付款人", COURT + "执行款专户", "收款人", c.applicant.name],
        ["付款账号", f"4500{rng.randint(10**11, 10**12 - 1)}", "收款账号", c.extra["acct"]],
        ["金　额", f"¥{c.amount:,.2f}", "交易日期", num_date(c.extra["pay_day"])],
        ["用　途", f"{c.number}执行款发放"]], font("sans", 28), row_h=mm(15))
    seal(s, mm(170), mm(118), f"{c.extra['acct_bank'][:4]}电子回单专用章", rng, radius=mm(15))
    s.line(mm(10), mm(148), s.width - mm(10), mm(148), width=1)
    s.centred(mm(156), "执行款收款凭证", font("serif_bold", 48))
    table(s, mm(14), mm(170), [mm(36), mm(146)], [
        ["案号", c.number], ["交款人", c.respondent.name], ["款项", f"执行款 {money(c.amount)}"],
        ["收款日期", num_date(c.extra["pay_day"] - timedelta(days=4))]], font("serif", 28), row_h=mm(13))
    seal(s, mm(160), mm(232), COURT, rng, radius=mm(16))
    return [s]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Every court_bq document; pink and yellow copies for the carbon forms are chosen inside."""
    if code == "service_receipt":
        return service_receipt(c, rng, served)
    if code == "identity_proof":
        return identity_proof(c, rng, served)
    fn = DRAW[code]
    return fn(c, rng)


DRAW = {
    "acceptance_notice": acceptance_notice, "payment_notice": payment_notice, "enforcement_notice": enforcement_notice,
    "property_report_order": property_report_order, "enforcement_ruling": enforcement_ruling,
    "assistance_notice": assistance_notice, "closing_notice": closing_notice, "closing_approval_form": closing_approval_form,
    "payment_account_confirmation": payment_account_confirmation,
    "service_address_confirmation": service_address_confirmation, "property_declaration_form": property_declaration_form,
    "property_clue_form": property_clue_form, "dossier_cover": dossier_cover, "catalogue": catalogue,
    "file_review_form": file_review_form, "remarks_sheet": remarks_sheet, "enforcement_basis": enforcement_basis,
    "effectiveness_certificate": effectiveness_certificate, "enforcement_application": enforcement_application,
    "power_of_attorney": power_of_attorney, "law_firm_letter": law_firm_letter, "lawyer_license": lawyer_license,
    "fee_receipt": fee_receipt, "online_inquiry_result": online_inquiry_result, "payment_voucher": payment_voucher,
}
