"""court_ai — 广东省东莞市第一人民法院 (粤1971), held out: drawn without looking at the page reader, to measure it once
on a layout it has never seen. A manufacturing town's high-volume court: 货款 between factories (五金厂, 模具厂,
电子厂) and a Hong Kong-invested trading company, a 东莞仲裁委员会 award, a 东莞市中级人民法院 二审 judgment, a
劳动人事争议仲裁院 调解书 for workers' wages. The bureau works 集约化: notices printed in batch as 格式文书 with an EMS
barcode sticker (court_ai_kit), served in batch by EMS. The dossiers went through a fast document feeder that slips
and skews (court_ai_capture): pages stretched or squashed along the feed, smeared bands, trapezoid skew, folded
corners, colour pages with "background removal" washing out light seals and pencil, wide tables fed turned."""

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
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, hand, mm, seal, table
from dossier.corpus.families import court_ai_papers as papers
from dossier.corpus.families.court_ai_kit import (
    BUREAU,
    COURT,
    LEFT,
    RIGHT,
    SHORT,
    DSheet,
    footer,
    form,
    hei,
    ming,
    sans,
    sticker_no,
    typeset,
)

AWARD_SEQ, APPEAL_SEQ, LABOUR_SEQ = 90214, 90561, 90932
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "enforcement_ruling", "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "settlement_agreement",
    "closing_notice", "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
CODES = OWN | papers.CODES
LAW = "《中华人民共和国民事诉讼法》"
TOWNS = ["长安镇", "虎门镇", "厚街镇", "塘厦镇", "大朗镇", "寮步镇", "清溪镇", "凤岗镇"]
ROADS = ["振安中路", "莲峰路", "宝塘路", "环城路", "锦厦工业区", "上沙第二工业区", "新安工业园", "金朗中路"]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return list(papers.render(code, c, rng, served))
    return list(_own(code, c, rng, served))


def _addr(rng: random.Random, town: str = "") -> str:
    return f"广东省东莞市{town or rng.choice(TOWNS)}{rng.choice(ROADS)}{rng.randint(1, 188)}号"


def _org(rng: random.Random, name: str, town: str) -> Party:
    return Party(name, "organisation", credit_code(rng, "441900"), _addr(rng, town),
                 f"0769-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Dongguan parties by seq: AWARD_SEQ a 五金厂 against a Hong Kong-invested trading company on a 东莞仲裁委员会 award;
    APPEAL_SEQ a 模具厂 against an 电子厂 on the 东莞中院 二审 judgment; LABOUR_SEQ a worker against an 电子厂 whose
    boss has gone, on the 劳动人事争议仲裁院's 调解书 for wages."""
    year = c.filed_on.year - 1
    town = rng.choice(TOWNS)
    c.extra["town"] = town
    c.firm = rng.choice(["广东莞信律师事务所", "广东华莞律师事务所", "广东卓建（东莞）律师事务所"])
    c.extra["bank"] = "东莞农村商业银行股份有限公司" + rng.choice(["长安支行", "虎门支行", "厚街支行", "塘厦支行"])
    c.extra["account"] = f"{rng.randint(100000, 999999)}{rng.randint(10000000, 99999999)}{rng.randint(100, 999)}"
    c.extra["own_account"] = f"6228 48{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} 07{rng.randint(1, 9)}"
    c.extra["own_bank"] = rng.choice(["中国农业银行东莞长安支行", "东莞银行莞城支行", "中国工商银行东莞虎门支行"])
    seq = int("".join(ch for ch in c.number.split("执")[-1] if ch.isdigit()))
    if seq == AWARD_SEQ:
        c.applicant = _org(rng, f"东莞市{town[:-1]}{rng.choice(['宏达', '永利', '精锐', '粤兴'])}五金制品有限公司", town)
        c.respondent = _org(rng, f"东莞{rng.choice(['港丰', '信和', '利昌', '嘉华'])}贸易有限公司", rng.choice(TOWNS))
        c.extra["hk"] = rng.choice(["香港港丰国际集团有限公司", "信和（香港）实业有限公司", "利昌企业（香港）有限公司"])
        c.extra["kind"], c.extra["cause"], c.extra["doc"] = "award", "买卖合同纠纷（货款）", "裁决书"
        c.basis_court = "东莞仲裁委员会"
        c.basis_number = f"（{year}）东仲裁字第{rng.randint(300, 2999)}号"
        c.amount = Decimal(rng.randint(26000000, 88000000)) / 100
        c.extra["goods"] = "五金冲压件、不锈钢螺丝及铰链"
    elif seq == APPEAL_SEQ:
        c.applicant = _org(rng, f"东莞市{rng.choice(['精工', '鼎盛', '恒准', '铭威'])}模具有限公司", town)
        c.respondent = _org(rng, f"东莞市{rng.choice(['创联', '星辉', '德诚', '佳讯'])}电子科技有限公司", rng.choice(TOWNS))
        c.extra["kind"], c.extra["cause"], c.extra["doc"] = "appeal", "买卖合同纠纷（货款）", "民事判决书"
        c.extra["first_number"] = f"（{year - 1}）粤1971民初{rng.randint(10000, 39999)}号"
        c.basis_court = "广东省东莞市中级人民法院"
        c.basis_number = f"（{year}）粤19民终{rng.randint(1000, 19999)}号"
        c.amount = Decimal(rng.randint(30000000, 120000000)) / 100
        c.extra["goods"] = "注塑模具及五金冲压模具"
        c.extra["house"] = f"东莞市{c.respondent.address[6:9]}{rng.choice(['君悦', '华庭', '景湖'])}花园{rng.randint(1, 18)}栋{rng.randint(2, 30)}0{rng.randint(1, 4)}房"
    else:
        born = c.applicant.born
        hometown = rng.choice(["430524", "511602", "452501", "360731"])
        c.applicant = Party(c.applicant.name, "person", id_number(rng, hometown, born),
                            f"{_addr(rng, town)}（员工宿舍）", c.applicant.phone, born=born, sex=c.applicant.sex)
        c.respondent = _org(rng, f"东莞市{rng.choice(['联鑫', '铭丰', '华翔'])}电子有限公司", town)
        c.extra["kind"], c.extra["cause"], c.extra["doc"] = "labour", "劳动争议（拖欠工资）", "调解书"
        c.extra["workers"] = rng.randint(23, 61)
        c.basis_court = "东莞市劳动人事争议仲裁院"
        c.basis_number = f"东劳人仲院{town[:2]}调字〔{year}〕{rng.randint(100, 2999)}号"
        c.amount = Decimal(rng.randint(2400000, 6800000)) / 100
        c.extra["months"] = rng.choice(["三", "四"])
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=25))
    c.extra["rep_id"] = id_number(rng, "441900")


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "买卖合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra.get('doc', '民事判决书')}"


def fee(c: CaseCtx) -> int:
    a = int(c.amount)
    return 50 + (a - 10000) * 15 // 1000 if a < 500000 else 7300 + (a - 500000) // 100


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[DSheet]:
    a, r = c.applicant, c.respondent
    you = "你单位" if r.kind == "organisation" else "你"
    sig = [f"执行员　{c.officer}"]
    tail = [f"承办人：{c.officer}　书记员：{c.clerk}　联系电话：0769-2283{rng.randint(1000, 9999)}"]
    st = sticker_no(c.number, len(code))
    if code == "acceptance_notice":
        return typeset("受理执行案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方提交的强制执行申请书及{basis_name(c)}等材料收悉。经审查，符合立案条件，本院决定立案执行，案号为"
                  f"{c.number}。本案执行标的为{money(c.amount)}。"),
            ("p", "本案已分配执行实施团队办理。你方如知悉被执行人的财产线索，应及时向承办人书面提供；案款将通过本院案款"
                  "专户发放至你方确认的收款账户。案件进展可通过广东法院诉讼服务网或12368热线查询。"),
            ("p", "特此通知。")], c.number, cn_date(c.filed_on), rng, tail=tail, sticker=st)
    if code == "payment_notice":
        return typeset("缴纳申请执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{r.name}{cause(c)}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应交"
                  f"申请执行费{fee(c)}元。该费用由被执行人负担，本院执行中一并扣收，你方可不预交。" if c.extra.get("kind") != "labour"
                  else f"你方申请执行{r.name}{cause(c)}一案，系追索劳动报酬案件，依照《诉讼费用交纳办法》的规定，本案申请执行费"
                       f"{fee(c)}元由被执行人负担，你方无需预交。"),
            ("p", "特此通知。")], c.number, cn_date(c.day(1)), rng, sticker=st)
    if code == "enforcement_notice":
        return typeset("执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{you}自本通知送达之日起立即履行下列义务："),
            ("p", f"1．向申请执行人{a.name}支付{money(c.amount)}及迟延履行期间的债务利息；"),
            ("p", f"2．负担申请执行费{fee(c)}元。"),
            ("p", f"{you}逾期不履行的，本院将依法查询、冻结、划拨{you}的存款，查封、扣押、拍卖、变卖{you}的财产，并可对"
                  f"{you}及法定代表人采取限制消费措施；符合条件的，纳入失信被执行人名单。"),
            ("p", f"履行款请汇入本院执行案款专户，并注明案号（户名：{SHORT}；开户行：东莞农村商业银行股份有限公司南城支行）。")],
            c.number, cn_date(c.day(3)), rng, signers=sig, tail=tail, sticker=st)
    if code == "property_report_order":
        return typeset("报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院受理的{a.name}申请执行{you}{cause(c)}一案，依照{LAW}第二百五十二条的规定，责令{you}在收到本令后五日内，"
                  "如实填写随附的《被执行人财产申报表》，报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "报告期间财产发生变动的，应当自变动之日起十日内补充报告。拒绝报告或者虚假报告的，本院将根据情节轻重予以"
                  "罚款、拘留；构成犯罪的，依法追究刑事责任。"),
            ("p", "此令。")], c.number, cn_date(c.day(3)), rng, signers=sig, sticker=st)
    if code == "property_declaration_form":
        return [_declaration(c, rng)]
    if code == "enforcement_ruling":
        what = (f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押、拍卖、变卖其相应价值的财产。")
        return typeset("执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。" if a.kind == "organisation"
             else f"申请执行人：{a.name}，{a.sex}，{cn_date(a.born) if a.born else ''}出生，住{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{a.name}与{r.name}{cause(c)}一案中，{basis_name(c)}已经发生法律效力。因被执行人未按执行通知"
                  f"履行义务，依照{LAW}第一百五十七条第一款第十一项、第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("p", what),
            ("p", "本裁定立即执行。")], c.number, cn_date(c.day(9)), rng,
            signers=[f"审判长　{c.judge}", f"审判员　{c.officer}", f"审判员　{person_name(rng)}", "", f"书记员　{c.clerk}"])
    if code == "assistance_notice":
        return _assistance(c, rng)
    if code == "summons":
        return [form("传　票", [
            ["案号", c.number], ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"], ["住所", r.address],
            ["传唤事由", "执行谈话，报告财产"], ["应到时间", f"{num_date(c.day(38))}　上午9时30分"],
            ["应到处所", "本院执行局一楼执行指挥中心谈话室"],
            ["注意事项", "一、被传唤人应携带本传票和身份证件准时到达；二、无正当理由拒不到场的，可以拘传。"]],
            c.number, rng, row_h=[11, 12, 16, 11, 11, 11, 26], when=cn_date(c.day(30)), seal_it=True, sticker=st)]
    if code == "consumption_restriction_order":
        return typeset("限制消费令", [
            ("f", f"{r.name}、{r.legal_rep}（身份证号码{c.extra['rep_id']}）："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{a.name}申请执行{you}{cause(c)}一案。因{you}未按执行通知书指定的期间履行"
                  "生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                  f"对{you}及法定代表人{r.legal_rep}采取限制消费措施，不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，本院将依法追究法律责任。")], c.number, cn_date(c.day(32)), rng, sticker=st)
    if code == "dishonest_list_decision":
        return typeset("决定书", [
            ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{a.name}与{r.name}{cause(c)}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务，并违反"
                  "财产报告制度。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。")],
            c.number, cn_date(c.day(33)), rng, signers=[f"审判长　{c.judge}", f"审判员　{c.officer}", f"书记员　{c.clerk}"])
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng)
    if code == "termination_this_round_ruling":
        return typeset("执行裁定书", [
            ("f", f"申请执行人：{a.name}，住{a.address}。" if a.kind == "person" else f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("p", f"本院在执行{a.name}与{r.name}{cause(c)}一案中，{basis_name(c)}确定被执行人支付{money(c.amount)}。本院于"
                  f"{cn_date(c.filed_on)}立案后，向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统查询被执行人名下的"
                  f"存款、车辆、不动产、证券、网络资金等，向{c.extra['bank']}、东莞市自然资源局发出协助执行通知，并到被执行人住所地"
                  "实地调查，未发现可供执行的财产。本院已对被执行人采取限制消费措施，并纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(c.day(110))}约谈申请执行人，告知其本案执行情况及终结本次执行程序的依据和后果，申请执行人"
                  "对终结本次执行程序无异议。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。")], c.number, cn_date(c.closed_on - timedelta(days=4)), rng,
            signers=[f"审判长　{c.judge}", f"审判员　{c.officer}", f"审判员　{person_name(rng)}", f"书记员　{c.clerk}"])
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "closing_notice":
        return typeset("结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{r.name}{cause(c)}一案（{c.number}），执行标的{money(c.amount)}，已全部执行到位，案款已发放。"
                  f"本案于{cn_date(c.closed_on)}以执行完毕方式结案。"),
            ("p", "特此通知。")], c.number, cn_date(c.closed_on), rng, sticker=st)
    if code == "closing_approval_form":
        how = "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"
        s = form("执行案件结案审批表", [
            ["案号", c.number], ["申请执行人", a.name], ["被执行人", r.name], ["执行依据", basis_name(c)],
            ["执行标的", money(c.amount)], ["立案日期", num_date(c.filed_on)], ["结案方式", how],
            ["执行情况", "网络查控已完成；财产线索已核查；限消、失信已采取；已约谈申请执行人。" if how != "执行完毕"
             else "被执行人银行存款已冻结划拨，和解协议履行完毕，案款已发放。"],
            ["承办人意见", ""], ["团队负责人意见", ""], ["执行局领导意见", ""]], c.number, rng,
            row_h=[10, 10, 10, 14, 12, 10, 10, 24, 22, 20, 20])
        y0 = mm(TOP_FORM) + mm(10 * 7 + 14 + 12 + 24)
        hand(s, mm(LEFT + 46), y0 + mm(4), f"拟{how}结案。{c.officer}", rng, size=mm(5))
        hand(s, mm(LEFT + 46), y0 + mm(24), "同意。", rng, size=mm(5))
        hand(s, mm(LEFT + 46), y0 + mm(44), f"同意。{person_name(rng)} {c.closed_on.month}.{c.closed_on.day}", rng, size=mm(5))
        return [s]
    if code == "service_receipt":
        return [_receipt(c, served, rng)]
    if code == "dossier_cover":
        return [_cover(c)]
    if code == "catalogue":
        return [_catalogue(c, rng)]
    if code == "file_review_form":
        s = form("执行卷宗复核表", [
            ["案号", c.number], ["承办人", c.officer], ["结案日期", num_date(c.closed_on)],
            ["复核项目", "法律文书是否齐全、送达回证是否完整、查控记录是否入卷、终本约谈笔录、页码编排、空白项"],
            ["复核意见", ""], ["复核人", ""], ["复核日期", ""]], c.number, rng, row_h=[11, 11, 11, 26, 40, 12, 12])
        y0 = mm(TOP_FORM) + mm(11 * 3 + 26)
        hand(s, mm(LEFT + 46), y0 + mm(6), "材料齐全，编排有序，同意归档。", rng, size=mm(5.2))
        hand(s, mm(LEFT + 46), y0 + mm(42), c.officer, rng, size=mm(5.2))
        hand(s, mm(LEFT + 46), y0 + mm(54), num_date(c.closed_on + timedelta(days=16)), rng, size=mm(4.6))
        return [s]
    if code == "remarks_sheet":
        s = DSheet()
        s.centred(mm(30), "卷 内 备 考 表", hei(8), spacing=mm(1))
        s.text(mm(LEFT), mm(48), f"案号：{c.number}", ming(4))
        s.box(mm(LEFT), mm(58), s.width - mm(RIGHT), mm(250), width=2)
        s.text(mm(LEFT + 6), mm(64), "本卷情况说明：", ming(4))
        hand(s, mm(LEFT + 14), mm(76), "本卷共计文书材料若干件，电子卷宗与纸质卷宗一致。", rng, size=mm(5))
        hand(s, mm(LEFT + 14), mm(88), "终本后新发现的财产线索材料放入证据袋。", rng, size=mm(5))
        s.text(mm(LEFT + 80), mm(220), "立卷人：", ming(4))
        hand(s, mm(LEFT + 100), mm(218), c.clerk, rng, size=mm(6))
        s.text(mm(LEFT + 80), mm(232), "检查人：", ming(4))
        hand(s, mm(LEFT + 100), mm(230), c.officer, rng, size=mm(6))
        s.text(mm(LEFT + 80), mm(244) - mm(10), "", ming(4))
        return [s]
    raise KeyError(code)


TOP_FORM = 28 + 29 + 11  # where a form's table starts (kit.head with a 案号)


def _declaration(c: CaseCtx, rng: random.Random) -> DSheet:
    r = c.respondent
    s = form("被执行人财产申报表", [
        ["被执行人", r.name], ["统一社会信用代码", r.id_number], ["法定代表人", r.legal_rep],
        ["银行账户", ""], ["不动产", ""], ["车辆", ""], ["应收账款、对外投资", ""], ["其他财产", ""],
        ["申报人签章", ""]], c.number, rng, row_h=[11, 11, 11, 22, 22, 14, 22, 14, 22])
    y = mm(TOP_FORM)
    hand(s, mm(LEFT + 46), y + mm(35), f"{c.extra['bank']} 基本户，余额约几千元", rng, size=mm(4.6))
    hand(s, mm(LEFT + 46), y + mm(57), "无" if c.extra.get("kind") != "appeal" else "厂房系租用，无自有房产", rng, size=mm(4.8))
    hand(s, mm(LEFT + 46), y + mm(79), "无", rng, size=mm(4.8))
    hand(s, mm(LEFT + 46), y + mm(93), "客户欠款约十几万，难收回", rng, size=mm(4.8))
    hand(s, mm(LEFT + 46), y + mm(115), "旧设备若干（注塑机已抵押）", rng, size=mm(4.6))
    hand(s, mm(LEFT + 50), y + mm(131), r.legal_rep, rng, size=mm(6.5))
    seal(s, mm(LEFT + 110), y + mm(138), r.name, rng, radius=mm(19))
    return s


def _assistance(c: CaseCtx, rng: random.Random) -> list[DSheet]:
    """The notice to 东莞农商银行 (or, with a flat, to 东莞市自然资源局 不动产登记) and its 回执 as the second page."""
    r = c.respondent
    if c.extra.get("kind") == "appeal":
        to, what = "东莞市自然资源局（不动产登记中心）", f"查封被执行人{r.name}名下位于{c.extra['house']}的不动产，查封期限三年。"
    else:
        to, what = c.extra["bank"], (f"冻结被执行人{r.name}在你行开立的账户{c.extra['account']}内存款，以{money(c.amount)}为限，"
                                     "冻结期限一年；冻结后将已冻结款项划至本院执行案款专户。")
    sheets = typeset("协助执行通知书", [
        ("f", f"{to}："),
        ("p", f"关于{c.applicant.name}与{r.name}{cause(c)}一案，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}"
              "第二百五十三条、第二百五十五条的规定，请协助执行下列事项："),
        ("p", what), ("p", "附：执行裁定书一份。")], c.number, cn_date(c.day(9)), rng,
        signers=[f"执行员　{c.officer}　{person_name(rng)}"],
        cc=f"经办人：{c.officer}　工作证号：44{rng.randint(100000, 999999)}　执行公务证号：粤执{rng.randint(10000, 99999)}")
    back = DSheet()
    back.centred(mm(30), "协助执行通知书（回执）", hei(7), spacing=mm(0.5))
    back.text(mm(LEFT), mm(46), f"{COURT}：", ming(4.2))
    y = table(back, mm(LEFT), mm(58), [mm(40), mm(120)], [
        ["案号", c.number], ["协助事项", what], ["执行结果", ""], ["协助单位经办人", ""], ["日期", ""]], ming(3.8),
        row_h=[mm(11), mm(30), mm(40), mm(12), mm(12)], width=1)
    done = ("已查封，查封前已有东莞农村商业银行抵押登记一笔" if c.extra.get("kind") == "appeal"
            else f"已冻结，冻结金额{c.amount:,.2f}元" if c.method == "fully_performed" else "已冻结，账户余额103.45元")
    hand(back, mm(LEFT + 44), mm(58 + 11 + 30 + 8), done, rng, size=mm(5))
    hand(back, mm(LEFT + 44), mm(58 + 11 + 30 + 40 + 2), person_name(rng), rng, size=mm(5.5))
    hand(back, mm(LEFT + 44), mm(58 + 11 + 30 + 40 + 14), num_date(c.day(11)), rng, size=mm(4.6))
    seal(back, mm(150), y - mm(30), "东莞农村商业银行业务专用章" if "农村" in to else "东莞市不动产登记中心", rng, radius=mm(18))
    back.starts_document = False
    sheets.append(back)
    return sheets


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[DSheet]:
    """笔录 on the bureau's lined paper, the answers typed in the room, signed by hand on each page."""
    a, r = c.applicant, c.respondent
    inv = code == "investigation_record"
    title = "调　查　笔　录" if inv else "约　谈　笔　录"
    day = c.day(60 if inv else 110)
    who = r.legal_rep if inv else (c.agent if a.kind == "organisation" else a.name)
    place = "被执行人住所地" if inv else "本院执行局谈话室"
    qa = ([("问", f"我们是{SHORT}执行局的执行人员，现依法对{r.name}的经营场所进行调查。你是什么人？"),
           ("答", f"我是{r.name}的法定代表人{r.legal_rep}。" if c.extra.get("kind") != "labour" else "我是旁边厂的保安，这家厂老板走了。"),
           ("问", "厂里现在的生产情况？"),
           ("答", "已经停产，机器大部分被供应商拉走，厂房是租的，房东在追租金。"),
           ("问", "申请执行人提供的线索称你司有设备存放在仓库，情况如何？"),
           ("答", "仓库里只剩几台旧的冲床和一些废料，已经抵给房东。"),
           ("问", "以上情况是否属实？"), ("答", "属实。")] if inv else
          [("问", f"今天约你来，是向你告知{c.number}案件的执行情况。本院已经网络查控，冻结了被执行人的银行账户，余额极少；"
                 "实地调查未发现可供执行的财产；已对被执行人限制消费并纳入失信名单。你方是否有新的财产线索？"),
           ("答", "暂时没有新的线索。"),
           ("问", "本院拟对本案终结本次执行程序，终本后发现财产可以申请恢复执行，你方有何意见？"),
           ("答", "同意终本，希望法院继续关注被执行人的财产。"),
           ("问", "以上笔录看一下，是否属实？"), ("答", "属实。")])
    sheets = [DSheet()]
    s = sheets[0]
    s.centred(mm(24), title, hei(8), spacing=mm(1.2))
    f = ming(4.1)
    lh = mm(9.0)
    x0, x1 = mm(LEFT), s.width - mm(RIGHT)
    y: float = mm(40)
    for line in [f"时间：{num_date(day)} {rng.randint(9, 15)}时{rng.randint(10, 50)}分", f"地点：{place}",
                 f"调查人（谈话人）：{c.officer}　记录人：{c.clerk}", f"被调查人（被约谈人）：{who}"]:
        s.text(x0, y, line, f)
        y += lh
    from dossier.corpus.draw import flow

    def more() -> tuple[DSheet, float]:
        sheets.append(DSheet())
        return sheets[-1], mm(TOP_REC)

    y = flow(s, [("p", f"{q}：{t}") for q, t in qa], f, x0=x0, width=x1 - x0, y=y + lh * 0.3, line_height=lh,
             indent=0, bottom=mm(250), more=more)
    for k, sh in enumerate(sheets):
        for yy in range(int(mm(38)) if k == 0 else int(mm(TOP_REC) - mm(1.5)), int(mm(252)), int(lh)):
            sh.line(x0, yy + lh - mm(1.5), x1, yy + lh - mm(1.5), width=1, fill=(170, 170, 190))
        sh.text(x0, mm(262), "被调查人（被约谈人）签名：", ming(3.8))
        hand(sh, x0 + mm(52), mm(258), who, rng, size=mm(6))
        sh.right(x1, mm(268), f"第{k + 1}页　共{len(sheets)}页", ming(3.4))
    hand(sheets[-1], x0 + mm(10), y + mm(2), "以上笔录我看过，与我说的一样。", rng, size=mm(5.2))
    return sheets


TOP_REC = 26


def _settlement(c: CaseCtx, rng: random.Random) -> list[DSheet]:
    a, r = c.applicant, c.respondent
    part = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    sheets = typeset("执行和解协议", [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲乙双方就{c.number}案件的履行，在执行法官主持下自愿达成如下和解协议："),
        ("p", f"一、本院已冻结的乙方存款{money(part)}，双方同意由本院划拨给甲方；"),
        ("p", f"二、剩余款项{money(c.amount - part)}，乙方于{cn_date(c.day(40))}前通过银行转账支付至本院案款专户；"),
        ("p", "三、乙方如期履行完毕的，甲方放弃迟延履行期间的债务利息；乙方逾期未付的，甲方可申请恢复执行原生效法律文书；"),
        ("p", "四、本协议一式三份，甲乙双方各执一份，交本院一份附卷。")], "", cn_date(c.day(21)), rng,
        seal_name=r.name)
    s = sheets[-1]
    y = s.height - mm(80)
    s.text(mm(LEFT), y, "甲方（签章）：", ming(4))
    hand(s, mm(LEFT + 30), y - mm(2), a.legal_rep or a.name, rng, size=mm(6))
    s.text(mm(LEFT), y + mm(14), "乙方（签章）：", ming(4))
    hand(s, mm(LEFT + 30), y + mm(12), r.legal_rep, rng, size=mm(6))
    seal(s, mm(LEFT + 45), y - mm(2), a.name, rng, radius=mm(18))
    return sheets


SERVED = {
    "acceptance_notice": "受理执行案件通知书", "payment_notice": "缴纳申请执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "closing_notice": "结案通知书", "summons": "传票",
}


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> DSheet:
    """The 集约送达 receipt: batch EMS, the EMS 邮件号 and the 妥投 stamp; signed for by whoever opened the door."""
    to_app = bool(served) and served[0] in ("acceptance_notice", "closing_notice")
    p = c.applicant if to_app else c.respondent
    names = "、".join(SERVED.get(x, x) for x in served)
    offs = {"acceptance_notice": 2, "enforcement_notice": 5, "termination_this_round_ruling": 128,
            "consumption_restriction_order": 35, "closing_notice": 74}
    day = c.day(offs.get(served[0], 6) if served else 6)
    ems = f"1{rng.randint(100000000000, 999999999999)}"
    s = form("送 达 回 证", [
        ["案号", c.number], ["送达文书", f"{names}　各一份"], ["受送达人", p.name], ["送达地址", p.address],
        ["送达方式", f"EMS集约邮寄送达　邮件号{ems}"], ["受送达人签收", ""], ["代收人及理由", ""],
        ["送达日期", ""], ["送达人", f"集约送达中心　{c.clerk}"], ["备注", "妥投信息见EMS查询单"]],
        c.number, rng, row_h=[11, 16, 11, 16, 12, 24, 14, 11, 11, 11], sticker=ems + "CN")
    y = mm(TOP_FORM) + mm(11 + 16 + 11 + 16 + 12)
    signer = p.legal_rep if p.kind == "organisation" else p.name
    if rng.random() < 0.5 or p.kind == "person":
        hand(s, mm(LEFT + 50), y + mm(6), signer, rng, size=mm(7))
    else:
        hand(s, mm(LEFT + 50), y + mm(24 + 3), f"前台 {person_name(rng)}（同事代收）", rng, size=mm(5.2))
    hand(s, mm(LEFT + 50), y + mm(24 + 14 + 2), num_date(day), rng, size=mm(5))
    seal(s, mm(150), y + mm(8), "中国邮政速递物流东莞分公司", rng, radius=mm(14))
    return s


def _cover(c: CaseCtx) -> DSheet:
    s = DSheet()
    s.centred(mm(34), COURT, hei(8), spacing=mm(1))
    s.centred(mm(54), "执行案件卷宗", hei(12), spacing=mm(3))
    s.centred(mm(74), "（正卷·电子卷宗随案生成）", ming(4.4))
    rows = [["案号", c.number], ["案由", cause(c)], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", basis_name(c)], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
            ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
            ["承办人", c.officer], ["书记员", c.clerk], ["归档日期", num_date(c.closed_on + timedelta(days=30))],
            ["保管期限", "长期"]]
    table(s, mm(30), mm(90), [mm(36), mm(114)], rows, ming(4.2), row_h=mm(12.5), width=2, centre_first=True)
    s.text(mm(30), mm(262), "全宗号 ____　目录号 ____　案卷号 ____", ming(3.8))
    return s


def _catalogue(c: CaseCtx, rng: random.Random) -> DSheet:
    names = ["执行申请书", "执行依据及生效证明", "营业执照、法定代表人身份证明书", "授权委托书、所函、执业证",
             "受理通知书、缴费通知书", "执行通知书、报告财产令", "财产申报表", "网络查控反馈", "执行裁定书、协助执行通知书",
             "传票、调查笔录", "限制消费令、失信决定书", "约谈笔录", "终结本次执行程序裁定书", "结案审批表",
             "送达地址确认书、收款账户确认书", "送达回证", "卷宗复核表"]
    rows = [["序号", "文件名称", "页号", "备注"]]
    page = 1
    for k, n in enumerate(names, 1):
        rows.append([str(k), n, str(page), ""])
        page += rng.choice([1, 2, 2, 3])
    s = DSheet()
    s.centred(mm(26), "卷　内　目　录", hei(8), spacing=mm(1))
    s.text(mm(LEFT), mm(42), f"案号：{c.number}", ming(4))
    table(s, mm(LEFT - 4), mm(52), [mm(16), mm(110), mm(22), mm(20)], rows, ming(3.7), row_h=mm(10.5), width=1)
    return s


__all__ = ["APPEAL_SEQ", "AWARD_SEQ", "BUREAU", "CODES", "LABOUR_SEQ", "adopt_basis", "footer", "render", "sans"]
