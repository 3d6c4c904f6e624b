"""court_j — 广西壮族自治区南宁市青秀区人民法院 (桂0103), held out: drawn without looking at the page reader, to
measure it once on a layout it has never seen. Its dossier is generated alongside the case (电子卷宗随案同步生成):
paper is scanned at the document centre into a double-layer PDF whose text layer the scanning software wrote
(court_j_capture), and a few of the court's own papers are born-digital exports of the case system.

House style: a 小标宋-like bold serif title, the court's name in 壮文 above or below the Chinese on rulings and
orders, the 文号 flush right under the title, a thin Song body, "— 1 —" footers. Others' papers (a Vietnamese
company's power of attorney with its translation and 公证认证, a 南宁仲裁委员会 award, a 南宁中院 judgment,
licences, ID cards, bank forms) are in court_j_papers; the court's tables and forms in court_j_forms."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, money, person_name
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_j_forms as forms_j
from dossier.corpus.families import court_j_papers as papers_j
from dossier.corpus.families.court_j_kit import JDoc, typeset

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "enforcement_ruling", "assistance_notice",
    "termination_this_round_ruling", "closing_notice",
})
CODES = OWN | papers_j.CODES | forms_j.CODES
LAW = "《中华人民共和国民事诉讼法》"
DIGITAL = frozenset({"acceptance_notice", "payment_notice", "closing_notice"})
STREETS = ("民族大道", "东葛路", "竹溪大道", "金湖路", "凤翔路", "青山路", "中柬路", "长湖路")
VN = (("CÔNG TY TNHH THƯƠNG MẠI XUẤT NHẬP KHẨU HÒA BÌNH", "越南和平进出口贸易有限责任公司", "Số 18 phố Trần Hưng Đạo, "
       "quận Hoàn Kiếm, Hà Nội", "越南河内市还剑郡陈兴道街18号", "NGUYỄN VĂN THÀNH", "阮文成"),
      ("CÔNG TY CỔ PHẦN NÔNG SẢN LẠNG SƠN", "越南谅山农产品股份公司", "Số 92 đường Bà Triệu, thành phố Lạng Sơn",
       "越南谅山市婆赵路92号", "TRẦN THỊ MAI", "陈氏梅"))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers_j.CODES:
        return list(papers_j.render(code, c, rng, served))
    if code in forms_j.CODES:
        return list(forms_j.render(code, c, rng, served))
    return list(typeset(_doc(c, code, rng), rng))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Nanning parties. On an arbitral award the applicant is a Vietnamese trading company (border trade through
    凭祥/东兴) that bought from a Nanning firm; otherwise a person on a judgment of 南宁市中级人民法院."""
    r = c.respondent
    c.respondent = Party(f"南宁{rng.choice(['邕江', '青秀', '五象', '东盟', '凤岭'])}{rng.choice(['商贸', '建材', '农产品进出口', '物流'])}有限公司",
                         "organisation", credit_code(rng, "450103"), f"南宁市青秀区{rng.choice(STREETS)}{rng.randint(1, 200)}号"
                         f"{rng.randint(1, 30)}层{rng.randint(1, 20):02d}号", f"0771-{rng.randint(5500000, 5899999)}",
                         legal_rep=r.legal_rep or person_name(rng))
    year = c.filed_on.year - 1
    c.firm = rng.choice(["广西万益律师事务所", "广西桂三力律师事务所", "广西邕江律师事务所"])
    if c.basis_kind == "arbitration":
        vn = rng.choice(VN)
        # a foreign company has no Chinese identity number: its Vietnamese 企业编码 stands on its papers only
        c.applicant = Party(vn[1], "organisation", "", vn[3], f"+84 24 {rng.randint(3000, 3999)} {rng.randint(1000, 9999)}",
                            legal_rep=vn[5])
        c.extra["vn"] = vn
        c.extra["vn_code"] = f"{rng.randint(1, 5)}{rng.randint(100000000, 999999999)}"
        c.basis_court = "南宁仲裁委员会"
        c.basis_number = f"（{year}）南仲裁字第{rng.randint(100, 1999)}号"
        c.extra["cause"] = "国际货物买卖合同纠纷"
    else:
        a = c.applicant
        c.applicant = Party(a.name, "person", a.id_number, f"广西南宁市青秀区{rng.choice(STREETS)}{rng.randint(1, 300)}号",
                            a.phone, born=a.born, sex=a.sex)
        c.basis_court = "广西壮族自治区南宁市中级人民法院"
        c.basis_number = f"（{year}）桂01民终{rng.randint(100, 5999)}号"
        c.extra["cause"] = rng.choice(["买卖合同纠纷", "建设工程施工合同纠纷", "民间借贷纠纷"])
    c.extra["paid"] = c.method == "fully_performed"


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    return (f"南宁仲裁委员会{c.basis_number}裁决书" if c.basis_kind == "arbitration"
            else f"广西壮族自治区南宁市中级人民法院{c.basis_number}民事判决书")


def _sign(c: CaseCtx, days: int, *, bench: bool = False, officer: bool = True) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = [("gap", "")]
    if bench:
        out += [("r", f"审 判 长　{c.judge}"), ("r", f"审 判 员　{c.officer}"),
                ("r", f"审 判 员　{person_name(random.Random(c.judge))}")]
    elif officer:
        out += [("r", f"执 行 员　{c.officer}")]
    return [*out, ("gap", ""), ("r", cn_date(c.day(days))), ("seal", ""), ("gap", ""), ("r", f"书 记 员　{c.clerk}")]


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    if a.kind == "organisation":
        first = [("f", f"申请执行人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司经理。")]
    else:
        first = [("f", f"申请执行人：{a.name}，{a.sex}，住{a.address}。")]
    return [*first, ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司总经理。")]


def _doc(c: CaseCtx, code: str, rng: random.Random) -> JDoc:
    a, r = c.applicant, c.respondent
    digital = code in DIGITAL
    if code == "acceptance_notice":
        return JDoc("受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{r.name}{cause(c)}一案，执行依据为{basis_name(c)}。经审查，符合法定受理条件，本院决定立案执行。"),
            ("p", f"一、本案承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "二、请及时向本院提供被执行人的财产线索，并对所提供线索的真实性负责。"),
            ("p", "三、本案电子卷宗随案同步生成，你方可通过广西法院诉讼服务网查阅本案电子卷宗中依法可以公开的材料。"),
            ("p", "特此通知。"), *_sign(c, 1, officer=False)], c.number, footer=False, digital=digital)
    if code == "payment_notice":
        fee = int(c.amount) // 100 + 50
        return JDoc("交纳执行申请费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{r.name}{cause(c)}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项第二目的规定，"
                  f"本案执行申请费为人民币{fee}元，由被执行人负担，待执行到位后一并扣收。"),
            ("p", "缴费账户：广西壮族自治区非税收入汇缴结算户；请在缴款时注明案号。"),
            ("p", "特此通知。"), *_sign(c, 1, officer=False)], c.number, footer=False, digital=digital)
    if code == "enforcement_notice":
        return JDoc("执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}与你方{cause(c)}一案，{basis_name(c)}已经发生法律效力。因你方未履行该法律文书确定的义务，"
                  f"申请执行人于{cn_date(c.filed_on)}向本院申请强制执行。依照{LAW}第二百五十一条的规定，责令你方自本通知"
                  "送达之日起立即履行下列义务："),
            ("p", f"一、向申请执行人支付{money(c.amount)}；"),
            ("p", f"二、依照{LAW}第二百六十四条的规定加倍支付迟延履行期间的债务利息；"),
            ("p", "三、负担本案执行申请费。"),
            ("p", "你方逾期不履行的，本院将依法强制执行，并可采取限制消费、纳入失信被执行人名单等措施。"),
            *_sign(c, 2)], c.number, zhuang="below")
    if code == "property_report_order":
        return JDoc("报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院受理{a.name}申请执行你方{cause(c)}一案，依照{LAW}第二百五十二条的规定，责令你方在收到本令之日起五日内，"
                  "向本院如实报告当前以及收到执行通知之日前一年的财产情况，并填写所附财产申报表。"),
            ("p", "应当报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
                  "产品、原材料等动产；债权、股权、投资权益、基金、知识产权等财产性权利；其他应当报告的财产。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
            ("p", "此令。"), *_sign(c, 2)], c.number, zhuang="below")
    if code == "summons":
        return JDoc("传　　票", [
            ("f", f"案　　由：{cause(c)}执行"),
            ("f", f"被传唤人：{r.legal_rep}（{r.name}法定代表人）"),
            ("f", f"工作单位或地址：{r.address}"),
            ("f", "传唤事由：执行询问、报告财产"),
            ("f", f"应到时间：{cn_date(c.day(36))}上午九时"),
            ("f", "应到处所：本院执行局第二谈话室（青秀区凤翔路法院大楼三楼）"),
            ("gap", ""), ("f", "注意事项："),
            ("p", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。"),
            ("p", "二、被传唤人经两次传票传唤，无正当理由拒不到场的，可以拘传。"),
            *_sign(c, 29)], c.number, footer=False)
    if code == "consumption_restriction_order":
        return JDoc("限制消费令", [
            ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{a.name}申请执行{r.name}{cause(c)}一案。被执行人未按执行通知书指定的期间"
                  f"履行生效法律文书确定的给付义务，依照{LAW}第二百六十六条，《最高人民法院关于限制被执行人高消费及有关消费的"
                  f"若干规定》第一条、第三条的规定，对被执行人{r.name}及其法定代表人{r.legal_rep}采取限制消费措施，不得实施下列"
                  "高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "违反本令的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
            *_sign(c, 33)], c.number, zhuang="above")
    if code == "dishonest_list_decision":
        return JDoc("决　定　书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{a.name}申请执行{r.name}{cause(c)}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务。"
                  f"依照{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二条、第六条"
                  "的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。"), *_sign(c, 34, bench=True)], c.number, zhuang="above")
    if code == "assistance_notice":
        bank = rng.choice(["中国工商银行股份有限公司南宁民族支行", "广西北部湾银行股份有限公司南宁青秀支行",
                           "中国农业银行股份有限公司南宁东葛支行"])
        return JDoc("协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"本院在执行{a.name}与{r.name}{cause(c)}一案中，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的全部账户内的存款，以{money(c.amount)}为限，"
                  f"冻结期限一年，自{cn_date(c.day(7))}起至{cn_date(c.day(7) + timedelta(days=364))}止。"),
            ("f", "附：执行裁定书一份"), *_sign(c, 7)], c.number, footer=False)
    if code == "closing_notice":
        return JDoc("结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{r.name}{cause(c)}一案，被执行人已按执行和解协议履行完毕，执行款{money(c.amount)}已于"
                  f"{cn_date(c.closed_on - timedelta(days=5))}由本院案款账户汇至你方确认的收款账户。本案已执行完毕，依法结案。"),
            ("p", "特此通知。"), *_sign(c, (c.closed_on - c.filed_on).days, officer=False)], c.number, footer=False,
            digital=digital)
    return _ruling(c, code)


def _ruling(c: CaseCtx, code: str) -> JDoc:
    a, r = c.applicant, c.respondent
    span = (c.closed_on - c.filed_on).days
    if code == "enforcement_ruling":
        return JDoc("执行裁定书", [*_parties(c),
            ("p", f"本院在执行{a.name}与{r.name}{cause(c)}一案中，被执行人未按执行通知履行法律文书确定的义务。依照{LAW}"
                  "第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}的存款{money(c.amount)}，或查封、扣押、拍卖、变卖其同等价值的其他财产。"),
            ("p", "本裁定立即执行。"), *_sign(c, 6, bench=True)], c.number, zhuang="below")
    if code != "termination_this_round_ruling":
        raise KeyError(code)
    return JDoc("执行裁定书", [*_parties(c),
        ("p", f"本院在执行{a.name}与{r.name}{cause(c)}一案中，{basis_name(c)}确定被执行人向申请执行人支付{money(c.amount)}。"
              f"本院于{cn_date(c.filed_on)}立案执行，依法向被执行人送达执行通知书、报告财产令，被执行人未履行义务，亦未报告财产。"),
        ("p", "执行中，本院通过网络执行查控系统查询被执行人名下存款、车辆、不动产、证券、股权等财产，并至南宁市不动产登记中心、"
              "被执行人住所地实地调查，未发现可供执行的财产；已对被执行人发出限制消费令，并将其纳入失信被执行人名单。"),
        ("p", f"{cn_date(c.day(span - 10))}，本院约谈申请执行人，告知其本案财产调查情况，申请执行人未能提供新的财产线索。"),
        ("p", "本院认为，本案已穷尽财产调查措施，暂无财产可供执行。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的"
              "解释》第五百一十七条的规定，裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
        ("p", "本裁定送达后立即生效。"), *_sign(c, span - 2, bench=True)], c.number, zhuang="below")


__all__ = ["CODES", "adopt_basis", "basis_name", "cause", "render"]
