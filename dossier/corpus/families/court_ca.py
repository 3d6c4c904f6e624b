"""Layout family court_ca: 广东省汕头市龙湖区人民法院执行局. A 汕头中院 二审 judgment on 玩具模具 processing fees paid after a bank
freeze; the court's own 调解书 on a 牛肉丸/单丛茶 shop's rent owed to a Hong Kong landlord (his cousin acts for him), settled,
performed and archived; a 汕头仲裁委 award on 货代 fees. The court's papers use a wide binding margin, the court name
letter-spaced above a 黑体 title, 骑缝章 slices on multi-sheet papers; received papers are in papers.py."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money_caps,
    person_name,
)
from dossier.corpus.draw import Sheet, mm, seal, signature
from dossier.corpus.families.court_ca_kit import (
    ARB,
    COURT,
    MID,
    L,
    R,
    T,
    court_paper,
    fig,
    filled,
    fz,
    grid,
    heading,
)
from dossier.corpus.families.court_ca_papers import RECEIVED, arb_certificate, render_paper
from dossier.corpus.fonts import font

TOY_SEQ = 60118
SHOP_SEQ = 60342
FREIGHT_SEQ = 60671
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "service_receipt", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet", "interview_record", "payment_voucher", "effectiveness_certificate",
})
CODES = OWN | RECEIVED
LAW = "《中华人民共和国民事诉讼法》"


class CaCase(CaseCtx):
    """The case as this court files it: the landlord's agent is his cousin, a 公民代理人 (近亲属), not a lawyer."""

    def case_json(self) -> dict[str, Any]:
        data = super().case_json()
        if self.extra.get("agent_kind") == "relative":
            data["applicants"][0]["agent"] = {"name": self.agent, "kind": "relative", "phone": self.agent_phone}
        return data


def story(c: CaseCtx) -> str:
    return str(c.extra["story"])


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """汕头 parties and bases for the three dossiers (by their sequence number)."""
    c.__class__ = CaCase
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["story"] = {TOY_SEQ: "toy", SHOP_SEQ: "shop", FREIGHT_SEQ: "freight"}[seq]
    c.extra["trial_judge"] = person_name(rng)
    c.extra["bank"] = rng.choice(["中国工商银行汕头龙湖支行", "汕头农村商业银行澄海支行", "广发银行汕头分行营业部"])
    c.extra["acct"] = f"20030{rng.randint(10**12, 10**13 - 1)}"
    c.extra["pay_day"] = c.day(rng.randint(38, 52))
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 50))
    c.extra["firm_addr"] = f"汕头市龙湖区{rng.choice(['金砂东路', '长平路', '韩江路'])}{rng.randint(10, 199)}号{rng.randint(8, 25)}楼"
    c.firm = rng.choice(["广东潮汕明德律师事务所", "广东韩江律师事务所", "广东汕金律师事务所"])
    c.extra["lic_no"] = f"1440520{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    year = c.filed_on.year
    if story(c) == "toy":
        c.applicant = Party(f"汕头市{rng.choice(['锦泰', '粤弘', '金鸿达'])}塑胶制品有限公司", "organisation",
                            credit_code(rng, "440507"), f"汕头市龙湖区万吉工业区{rng.randint(2, 30)}栋",
                            f"0754-8{rng.randint(3000000, 9999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"汕头市澄海区{rng.choice(['星乐', '智趣', '宝贝佳', '优童'])}玩具实业有限公司", "organisation",
                             credit_code(rng, "440515"), f"汕头市澄海区莲下镇{rng.choice(['槐东', '东湖', '程洋冈'])}工业区"
                             f"{rng.randint(1, 40)}号", f"0754-8{rng.randint(5000000, 8999999)}", legal_rep=person_name(rng))
        c.amount = Decimal(rng.randint(26000000, 68000000)) / 100
        c.extra["cause"] = "加工合同纠纷"
        c.extra["first"] = f"（{year - 2}）粤0507民初{rng.randint(2000, 9000)}号"
        c.basis_court = MID
        c.basis_number = f"（{year - 1}）粤05民终{rng.randint(300, 4000)}号"
        c.basis_kind = "judgment"
    elif story(c) == "shop":
        born = date(rng.randint(1955, 1970), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(rng.choice(["陈", "林", "黄", "蔡", "郑"]) + rng.choice(["炳坤", "锦潮", "耀光", "伟雄"]),
                            "person", id_number(rng, "810000", born), "香港九龙旺角弥敦道" + f"{rng.randint(500, 700)}号"
                            f"{rng.randint(3, 20)}楼{rng.choice('ABCD')}室", f"+852 9{rng.randint(1000000, 9999999)}",
                            born=born, sex="男")
        rborn = date(rng.randint(1975, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "445121", rborn),
                             f"潮州市潮安区庵埠镇{rng.choice(['茂龙', '华美', '宝陇'])}村{rng.randint(1, 9)}巷{rng.randint(1, 30)}号",
                             f"13{rng.randint(100000000, 999999999)}", born=rborn, sex=rng.choice("男女"))
        c.extra["shop"] = f"{c.respondent.name[0]}记{rng.choice(['牛肉丸', '牛肉火锅'])}·单丛茶铺"
        c.extra["premises"] = f"汕头市龙湖区{rng.choice(['长平路', '黄山路', '珠池路'])}{rng.randint(20, 200)}号首层"
        c.amount = Decimal(rng.randint(9000000, 21000000)) / 100
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.extra["agent_kind"] = "relative"
        c.agent = c.applicant.name[0] + rng.choice(["少鹏", "建彬", "泽鸿"])
        c.extra["agent_id"] = id_number(rng, "440507", date(rng.randint(1972, 1985), rng.randint(1, 12), rng.randint(1, 28)))
        c.extra["pass_no"] = f"H{rng.randint(10**7, 10**8 - 1)}"
        c.extra["paid_first"] = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
        c.basis_court = COURT
        c.basis_number = f"（{year - 1}）粤0507民初{rng.randint(2000, 9000)}号"
        c.basis_kind = "mediation"
    else:
        c.applicant = Party(f"汕头市{rng.choice(['海汇', '潮航', '通洋', '粤东港联'])}国际货运代理有限公司", "organisation",
                            credit_code(rng, "440507"), f"汕头市龙湖区{rng.choice(['海滨路', '华山南路', '金新路'])}"
                            f"{rng.randint(10, 99)}号{rng.randint(5, 20)}楼", f"0754-8{rng.randint(3000000, 9999999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"汕头市{rng.choice(['潮丰', '侨兴', '德隆', '荣发'])}进出口贸易有限公司", "organisation",
                             credit_code(rng, "440511"), f"汕头市金平区{rng.choice(['商业街', '外马路', '升平路'])}"
                             f"{rng.randint(1, 99)}号", f"0754-8{rng.randint(5000000, 8999999)}", legal_rep=person_name(rng))
        c.amount = Decimal(rng.randint(8000000, 30000000)) / 100
        c.extra["cause"] = "货运代理合同纠纷"
        c.basis_court = ARB
        c.basis_number = f"（{year - 1}）汕仲案字第{rng.randint(100, 999)}号"
        c.basis_kind = "arbitration"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED or (code == "assistance_notice" and "reply" in served):
        return render_paper(code, c, rng, served)
    if code == "effectiveness_certificate" and c.basis_kind == "arbitration":
        return arb_certificate(c, rng)
    return _own(code, c, rng, served)


def basis_name(c: CaseCtx) -> str:
    kind = {"judgment": "民事判决书", "mediation": "民事调解书", "arbitration": "裁决书"}[c.basis_kind]
    return f"{c.basis_court}{c.basis_number}{kind}"



def _sign(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    what = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    owed = f"人民币{fig(c.amount)}元（大写：{money_caps(c.amount)}）"
    if code == "acceptance_notice":
        return court_paper("受理案件通知书", c.number, [
            ("f", f"{a.name}："),
            ("p", f"你（单位）于{cn_date(c.filed_on)}提交的强制执行申请书及{basis_name(c)}等材料收悉。经审查，符合立案条件，本院"
                  f"决定立案执行，案号为{c.number}。"),
            ("p", f"本案执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你（单位）在执行中如实提供被执行人的财产线索，"
                  "案款到账后本院将通知你（单位）按确认的收款账户领取。"),
            ("p", "可登录“广东法院诉讼服务网”或关注“粤公正”小程序查询案件进度。"),
        ], rng, sign=[], day=cn_date(c.filed_on))
    if code == "payment_notice":
        return court_paper("缴款通知书", c.number, [
            ("f", f"{r.name}："),
            ("p", f"{what}，本院已立案执行。依照{LAW}及《诉讼费用交纳办法》的规定，你（单位）应在收到本通知之日起三日内向本院"
                  f"缴纳下列款项：执行标的{owed}，申请执行费人民币{fig(c.extra['fee'])}元。"),
            ("p", f"收款单位：广东省汕头市龙湖区人民法院；开户行：{c.extra['bank']}；账号：44001{c.extra['acct'][-12:]}；"
                  "汇款时请注明案号。逾期不缴纳的，本院将依法强制执行。"),
        ], rng, sign=_sign(c), day=cn_date(c.day(2)))
    if code == "enforcement_notice":
        return court_paper("执行通知书", c.number, [
            ("f", f"{r.name}："),
            ("p", f"{basis_name(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。"
                  f"依照{LAW}第二百四十七条、第二百五十一条及第二百六十四条的规定，责令你（单位）立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{owed}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息，负担申请执行费。"),
            ("p", "逾期不履行的，本院将依法查询、冻结、划拨你（单位）的存款，查封、扣押、拍卖你（单位）的财产，并可采取限制消费、纳入失信"
                  "被执行人名单等措施。"),
        ], rng, sign=_sign(c), day=cn_date(c.day(2)))
    if code == "property_report_order":
        return court_paper("报告财产令", c.number, [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{what}中，依照{LAW}第二百五十二条的规定，责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到"
                  "执行通知之日前一年的财产情况，并填写随附的《财产申报表》。"),
            ("p", "报告内容包括：银行存款、现金、理财产品；房屋、土地使用权；车辆、船舶、机器设备（含模具）；股权、应收账款；"
                  "其他财产。财产情况发生变动的，应自变动之日起十日内补充报告。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], rng, sign=_sign(c), day=cn_date(c.day(2)))
    if code == "enforcement_ruling":
        return court_paper("执行裁定书", c.number, [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行{what}。被执行人未按执行通知书指定的"
                  f"期间履行义务。依照{LAW}第二百五十三条、第一百五十七条第一款第十一项的规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}在{c.extra['bank']}等金融机构的存款{owed}及迟延履行期间的债务利息、执行费用，"
                  "或者查封、扣押、拍卖、变卖其相应价值的财产。"),
            ("p", "本裁定立即执行。"),
        ], rng, sign=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=cn_date(c.day(9)))
    if code == "assistance_notice":
        return court_paper("协助执行通知书", c.number, [
            ("f", f"{c.extra['bank']}："),
            ("p", f"关于{what}，本院作出的{c.number}执行裁定书已经发生法律效力。根据{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（统一社会信用代码/身份证号：{r.id_number}）在你行开立账户内的存款，限额{owed}，冻结期限一年；"
                  "冻结后请将回执交本院执行人员带回。"),
        ], rng, sign=[("执行员", c.officer)], day=cn_date(c.day(10)))
    if code == "closing_notice":
        return court_paper("结案通知书", c.number, [
            ("f", f"{a.name}、{r.name}："),
            ("p", f"{what}，经本院执行，被执行人已履行完毕{basis_name(c)}确定的义务，执行款已发放申请执行人。依照最高人民法院"
                  "《关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], rng, sign=[], day=cn_date(c.closed_on))
    if code == "effectiveness_certificate":
        return court_paper("生效证明书", "", [
            ("p", f"本院受理的原告{a.name}与被告{r.name}{c.extra['cause']}一案，{c.basis_number}民事调解书已于"
                  f"{cn_date(c.basis_effective)}经双方当事人签收，该调解书已发生法律效力。"),
            ("p", "特此证明。"),
        ], rng, sign=[("承办法官", c.extra["trial_judge"])], day=cn_date(c.basis_effective + timedelta(days=20)))
    if code == "interview_record":
        return _interview(c, rng)
    if code == "payment_voucher":
        return _voucher(c, rng, served)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _interview(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 谈话笔录 in which the landlord's cousin confirms the settlement was performed (question/answer lines)."""
    s = Sheet()
    s.centred(T, "谈 话 笔 录", font("hei", 64), spacing=10)
    f = fz(38)
    when = c.extra["pay_day"] + timedelta(days=3)
    lines = [f"时间：{cn_date(when)}上午十时", "地点：龙湖区人民法院执行局第二谈话室", f"执行员：{c.officer}  记录：{c.clerk}",
             f"被谈话人：{c.agent}，系申请执行人{c.applicant.name}的委托代理人（表兄弟）",
             f"问：本院{c.number}案件，双方签订的执行和解协议履行情况如何？",
             f"答：{c.respondent.name}已按和解协议付清全部租金和违约金，最后一笔是{cn_date(c.extra['pay_day'])}转入法院账户的，"
             "执行款我们已经收到。", "问：对本案以执行完毕结案有无意见？", "答：没有意见，我表哥那边也同意。", "问：还有无补充？",
             "答：没有。以上看过，记录属实。"]
    y = float(T + 130)
    for t in lines:
        y = flow_lines(s, t, f, y)
    signature(s, L + mm(100), y + 30, c.agent, rng)
    s.text(L, y + 40, "被谈话人签名：", f)
    s.text(L, y + 120, f"执行员：{c.officer}    书记员：{c.clerk}", f)
    return [s]


def flow_lines(s: Sheet, text: str, f: Any, y: float) -> float:
    from dossier.corpus.draw import wrap
    for part in wrap(text, f, R - L):
        s.text(L, y, part, f)
        y += 62
    return y + 6


def _voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """执行款发放审批表 (a landscape form) or the bank's 转账凭证 to the applicant (note release / default)."""
    a = c.applicant
    got = c.amount
    if "release" in served:
        s = Sheet(size=(mm(297), mm(210)))
        s.centred(mm(14), COURT, font("serif_bold", 44), spacing=4)
        s.centred(mm(24), "执行款发放审批表", font("hei", 58), spacing=14)
        s.text(mm(20), mm(38), f"案号：{c.number}", fz(36))
        s.right(mm(277), mm(38), f"填表日期：{cn_date(c.extra['pay_day'] + timedelta(days=2))}", fz(36))
        rows = [["申请执行人", a.name, "被执行人", c.respondent.name],
                ["到账日期", cn_date(c.extra["pay_day"]), "到账金额（元）", fig(got)],
                ["收款人", a.name, "收款账号", c.extra["acct"]],
                ["发放金额", f"人民币{fig(got)}元（大写：{money_caps(got)}）"],
                ["承办人意见", "款项已到账，申请执行人已确认账户，拟全额发放。"],
                ["执行局长审批", ""], ["财务复核", ""]]
        grid(s, mm(46), rows, cols=[mm(40), mm(90), mm(40), mm(87)], h=mm(17), x=mm(20))
        signature(s, mm(180), mm(116), c.officer, rng)
        signature(s, mm(70), mm(133), "同意 " + c.judge, rng)
        signature(s, mm(70), mm(150), c.clerk, rng)
        seal(s, mm(230), mm(150), "广东省汕头市龙湖区人民法院执行局", rng)
        return [s]
    s = Sheet(size=(mm(210), mm(110)))
    s.centred(mm(6), "广东省汕头市龙湖区人民法院", font("sans_bold", 40))
    s.centred(mm(15), "案款发放凭证（收款人回单联）", font("sans_bold", 46))
    rows = [["案号", c.number], ["收款人", a.name], ["收款账号", c.extra["acct"]],
            ["金额", f"¥{fig(got)}  {money_caps(got)}"], ["发放日期", cn_date(c.extra["pay_day"] + timedelta(days=4))]]
    grid(s, mm(25), rows, cols=[mm(36), mm(150)], h=mm(12), size=32, x=mm(12))
    seal(s, mm(170), mm(90), "广东省汕头市龙湖区人民法院财务专用章", rng, radius=mm(15))
    return [s]


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = heading(s, "结案审批表", "")
    rows = [["案号", c.number, "立案日期", cn_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_name(c)], ["执行标的", f"人民币{fig(c.amount)}元"], ["到位金额", f"人民币{fig(c.amount)}元"],
            ["结案方式", "执行完毕"], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    grid(s, y, rows, cols=[mm(28), mm(64), mm(24), mm(38)], h=mm(20))
    filled(s, L + mm(36), y + mm(20) * 6 + mm(5), "被执行人已全部履行，建议执行完毕结案。", rng)
    filled(s, L + mm(36), y + mm(20) * 7 + mm(5), "同意", rng)
    signature(s, L + mm(36), y + mm(20) * 8 + mm(5), f"同意 {c.judge} {cn_date(c.closed_on)[5:]}", rng)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书", "payment_notice": "缴款通知书",
             "property_declaration_form": "财产申报表"}
    docs = [names.get(x, x) for x in served]
    who = c.applicant if "acceptance_notice" in served or "closing_notice" in served else c.respondent
    s = Sheet()
    y = heading(s, "送 达 回 证", "")
    f = font("hei", 36)
    rows = [["案由", c.extra["cause"]], ["案号", c.number], ["送达文书名称及件数", "、".join(docs) + " 各一份"],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""],
            ["送达方式", "直接送达"], ["送达人", ""], ["备考", ""]]
    from dossier.corpus.draw import table
    table(s, L, y, [mm(50), mm(104)], rows, f, row_h=[mm(16)] * 2 + [mm(26)] + [mm(16)] * 2 + [mm(32), mm(18), mm(16), mm(16),
                                                                                     mm(22)])
    sy = y + mm(16) * 4 + mm(26) + mm(6)
    signature(s, L + mm(70), sy, who.legal_rep or who.name, rng)
    when = c.closed_on if "closing_notice" in served else (c.day(12) if "enforcement_ruling" in served else c.day(4))
    filled(s, L + mm(70), sy + mm(18), cn_date(when), rng, size=34)
    if c.extra.get("agent_kind") and who is c.applicant:  # the landlord lives in Hong Kong: his cousin signs for him
        filled(s, L + mm(56), sy + mm(32) + 6, f"{c.agent}（委托代理人代收）", rng, size=34)
    signature(s, L + mm(60), sy + mm(32) + mm(18) + mm(16) + mm(3), f"{c.officer} {c.clerk}", rng)
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    a, r = c.applicant, c.respondent
    if code == "dossier_cover":
        s.centred(mm(40), COURT, font("serif_bold", 60), spacing=10)
        s.centred(mm(62), "执 行 案 卷", font("hei", 96), spacing=20)
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", a.name], ["被执行人", r.name],
                ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)], ["结案方式", "执行完毕"],
                ["承办人", c.officer], ["归档日期", cn_date(c.closed_on + timedelta(days=18))], ["保管期限", "长期"]]
        grid(s, mm(95), rows, cols=[mm(40), mm(114)], h=mm(14), size=40)
        s.right(R, mm(260), "全宗号 248    目录号 7    案卷号 " + str(SHOP_SEQ - 59900), fz(34))
        return [s]
    if code == "catalogue":
        s.centred(T, "卷 内 目 录", font("hei", 66), spacing=14)
        s.text(L, T + 110, f"案号：{c.number}", fz(36))
        items = ["执行申请书", "民事调解书", "生效证明书", "财产线索表", "诉讼费收据", "身份证明（通行证、身份证）",
                 "授权委托书", "亲属关系证明", "收取案款确认书", "送达地址确认书", "受理案件通知书", "缴款通知书", "执行通知书",
                 "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议", "谈话笔录",
                 "案款发放凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["序号", "文件名称", "页号"]] + [[str(k + 1), t, str(k * 2 + 1)] for k, t in enumerate(items)]
        grid(s, T + 170, rows, cols=[mm(18), mm(110), mm(26)], h=mm(8.4), size=30)
        return [s]
    if code == "file_review_form":
        y = heading(s, "卷宗复核表", c.number)
        rows = [["复核项目", "复核情况"], ["卷内材料是否齐全", ""], ["文书是否签章完整", ""], ["排列顺序是否正确", ""],
                ["页码是否连续", ""], ["电子卷宗是否同步", ""], ["承办人意见", ""], ["复核人", ""]]
        grid(s, y, rows, cols=[mm(60), mm(94)], h=mm(18))
        for k, t in enumerate(["齐全", "完整", "正确", "连续", "已同步"]):
            filled(s, L + mm(70), y + mm(18) * (k + 1) + mm(4), t, rng)
        signature(s, L + mm(70), y + mm(18) * 6 + mm(4), f"可以归档 {c.officer}", rng)
        signature(s, L + mm(70), y + mm(18) * 7 + mm(4), c.clerk, rng)
        return [s]
    y = heading(s, "备 考 表", c.number)
    s.box(L, y, R, mm(250))
    s.text(L + 20, y + 20, "本卷情况说明：", fz(38))
    filled(s, L + 40, y + 110, f"本卷共{58}页，其中申请执行人为香港居民，身份证明为港澳居民", rng, size=36)
    filled(s, L + 40, y + 170, "来往内地通行证复印件，已与原件核对。", rng, size=36)
    s.text(L + mm(90), mm(225), "立卷人：", fz(36))
    signature(s, L + mm(112), mm(224), c.clerk, rng)
    s.text(L + mm(90), mm(238), "检查人：", fz(36))
    signature(s, L + mm(112), mm(237), c.officer, rng)
    return [s]
