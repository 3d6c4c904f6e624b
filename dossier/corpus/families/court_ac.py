"""court_ac — 安徽省合肥市蜀山区人民法院 执行局 (皖0104), drawn without looking at the page reader, to measure
it once on a layout it has never seen. The bureau works 集约化: its 执行事务中心 makes the routine notices and forms
(their second head line and the centre's own form number, "蜀法执事〔集约〕N号"), serves them by 法院专递 (EMS: the
面单 copy stuck on an A4 粘贴单 with the 妥投 tracking printout behind it) or, the respondent gone, by a 公告 in the
人民法院报 (the clipping on a backing sheet); the 执行指挥中心's 网络查控 results are wide landscape tables; the 终本 is
reviewed on a 审批表 with the five conditions ticked. The volumes were scanned by an outsourced service on a high-speed
sheet feeder (court_ac_capture): greyscale 300 dpi, stored downsampled, a dirty-glass streak, moiré on copies.

House style (court_ac_kit): the court's name in red 黑体, a bold Song title, the 案号 right-aligned, a GB Song body,
"第N页　共M页" at the foot right. Bases: an award of the 合肥仲裁委员会 with its 生效证明, a 公证债权文书 with the
蜀山公证处's 执行证书, the 合肥市中级人民法院's 二审判决 (court_ac_papers draws the others' papers)."""

from __future__ import annotations

import random
from datetime import date, timedelta
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
from dossier.corpus.draw import Sheet, hand, mm, seal, table, wrap
from dossier.corpus.families import court_ac_papers as papers
from dossier.corpus.families.court_ac_kit import (
    CENTRE,
    COURT,
    LEFT,
    RIGHT,
    Block,
    CSheet,
    body,
    bold,
    centre_line,
    form,
    hei,
    typeset,
)

OWN = frozenset(
    {
        "acceptance_notice",
        "payment_notice",
        "enforcement_notice",
        "property_report_order",
        "summons",
        "consumption_restriction_order",
        "dishonest_list_decision",
        "enforcement_ruling",
        "assistance_notice",
        "termination_this_round_ruling",
        "closing_notice",
        "investigation_record",
        "interview_record",
        "closing_approval_form",
        "dossier_cover",
        "catalogue",
        "file_review_form",
        "remarks_sheet",
        "service_receipt",
    }
)
CODES = OWN | papers.CODES
LAW = "《中华人民共和国民事诉讼法》"
ARBITRATION, NOTARY, APPEAL = papers.ARBITRATION, papers.NOTARY, papers.APPEAL
CENTRE_HEAD = f"{COURT}{CENTRE}"
EMS = "法院专递"
NEWSPAPER = "人民法院报"
STREETS = (
    "长江西路",
    "黄山路",
    "潜山路",
    "望江西路",
    "稻香村路",
    "井岗路",
    "金寨路",
    "科学大道",
    "淠河路",
    "肥西路",
)
ROOM = "本院执行局（合肥市蜀山区长江西路397号）执行事务中心二楼约谈室"
FORM_NO = {
    "acceptance_notice": "01",
    "payment_notice": "03",
    "enforcement_notice": "06",
    "property_report_order": "07",
    "summons": "09",
    "assistance_notice": "14",
    "closing_notice": "21",
    "closing_approval_form": "25",
    "service_receipt": "30",
}


def centre_no(code: str) -> str:
    return f"蜀法执事〔集约〕{FORM_NO.get(code, '99')}号"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return list(papers.render(code, c, rng, served))
    return list(_own(c, code, rng, served))


def _addr(rng: random.Random) -> str:
    return f"安徽省合肥市蜀山区{rng.choice(STREETS)}{rng.randint(1, 800)}号"


def _born(rng: random.Random, year0: int, year1: int) -> date:
    return date(rng.randint(year0, year1), rng.randint(1, 12), rng.randint(1, 28))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """合肥 parties, a 蜀山 company respondent whose legal representative the 限制消费令 binds.
    arbitration: a steel supplier's award of the 合肥仲裁委员会 (买卖合同纠纷) with its 生效证明;
    notarial: a 小额贷款 company's 公证债权文书 with the 蜀山公证处's 执行证书 (借款合同纠纷);
    judgment: the 合肥市中级人民法院's 二审判决 upholding this court's judgment for unpaid rent (房屋租赁合同纠纷)."""
    year = c.filed_on.year - 1
    r = c.respondent
    c.extra["rep_id"] = id_number(rng, "340104", _born(rng, 1968, 1986))
    trade = {"arbitration": "建筑工程", "notarial": "商贸", "judgment": "餐饮管理"}.get(c.basis_kind, "商贸")
    c.respondent = Party(
        f"合肥{rng.choice(['鼎和', '润禾', '皖域', '恒徽', '佳联'])}{trade}有限公司",
        "organisation",
        credit_code(rng, "340104"),
        _addr(rng),
        f"0551-6{rng.randint(2000000, 5999999)}",
        legal_rep=r.legal_rep or person_name(rng),
    )
    firm = papers.FIRMS[rng.randrange(len(papers.FIRMS))]
    c.firm = firm[0]
    c.extra["firm"] = firm
    a = c.applicant
    born = a.born or _born(rng, 1965, 1990)
    person = Party(
        a.name, "person", id_number(rng, "340104", born), _addr(rng), a.phone, born=born, sex=a.sex
    )
    if c.basis_kind == "arbitration":
        c.applicant = person
        c.basis_court = ARBITRATION
        c.basis_number = f"（{year}）合仲字第{rng.randint(1000, 4999)}号"
        c.extra.update(cause="买卖合同纠纷", basis_doc="裁决书")
        c.amount = Decimal(rng.randint(9000000, 38000000)) / 100
    elif c.basis_kind == "notarial":
        c.applicant = Party(
            f"合肥市蜀山区{rng.choice(['汇通', '鑫源', '徽银'])}小额贷款有限公司",
            "organisation",
            credit_code(rng, "340104"),
            _addr(rng),
            f"0551-6{rng.randint(2000000, 5999999)}",
            legal_rep=person_name(rng),
        )
        c.extra["app_rep_id"] = id_number(rng, "340104", _born(rng, 1966, 1985))
        c.basis_court = NOTARY
        c.basis_number = f"（{year - 1}）皖合蜀证字第{rng.randint(1000, 6999)}号"
        c.extra.update(
            cause="借款合同纠纷",
            basis_doc="公证书",
            exec_cert=f"（{year + 1}）皖合蜀证执字第{rng.randint(10, 199)}号",
        )
        c.amount = Decimal(rng.randint(30000000, 80000000)) / 100
    else:
        c.applicant = person
        c.basis_court = APPEAL
        c.basis_number = f"（{year}）皖01民终{rng.randint(1000, 9999)}号"
        c.extra.update(
            cause="房屋租赁合同纠纷",
            basis_doc="民事判决书",
            first_instance=f"（{year}）皖0104民初{rng.randint(1000, 9999)}号",
        )
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=30))


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra.get('basis_doc', '民事判决书')}"


def party_lines(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = []
    if a.kind == "organisation":
        out += [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"法定代表人：{a.legal_rep}，董事长。"),
        ]
    else:
        born = cn_date(a.born) if a.born else ""
        out.append(("f", f"申请执行人：{a.name}，{a.sex}，{born}出生，汉族，住{a.address}。"))
    out.append(("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    out += [
        ("f", f"被执行人：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
    ]
    return out


def _own(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[CSheet]:
    a, r = c.applicant, c.respondent
    officer, clerk = [f"执行员　{c.officer}"], [f"书记员　{c.clerk}"]
    bench = [f"审判长　{c.judge}", f"审判员　{person_name(random.Random(c.judge))}", f"审判员　{c.officer}"]
    contact = [
        f"承办人：{c.officer}　书记员：{c.clerk}　联系电话：{c.court.phone}",
        f"{CENTRE}地址：{c.court.address}（本院东侧诉讼服务楼一楼）",
    ]
    paid = c.method == "fully_performed"
    if code == "acceptance_notice":
        return typeset(
            "受理案件通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你（单位）申请执行{basis_name(c)}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案执行。"
                    "现将有关事项告知如下：",
                ),
                ("p", f"一、本案案号为{c.number}，请在今后与本院联系时注明案号。"),
                ("p", f"二、本案由本院执行局{CENTRE}集中办理送达、查控等事务性工作，执行实施团队承办。"),
                (
                    "p",
                    "三、你（单位）应当向本院提供被执行人的财产线索；案件进展可通过“安徽法院诉讼服务网”或12368热线查询。",
                ),
                ("p", "四、执行过程中如有和解等情况，请及时告知本院。"),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.filed_on),
            rng,
            centre_no=centre_no(code),
            tail=contact,
        )
    if code == "payment_notice":
        fee = papers.application_fee(c)
        return typeset(
            "预交申请执行费通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你（单位）与{r.name}{cause(c)}执行一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，"
                    f"应预交申请执行费人民币{fee:,.2f}元。请于收到本通知之日起七日内，凭本通知书及《安徽省非税收入一般缴款书》"
                    "到指定银行缴纳，或通过手机扫码缴纳。",
                ),
                ("p", "申请执行费最终由被执行人负担，执行中一并向被执行人收取后退还。"),
            ],
            c.number,
            cn_date(c.day(1)),
            rng,
            centre_no=centre_no(code),
        )
    if code == "enforcement_notice":
        return typeset(
            "执行通知书",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"申请执行人{a.name}与你单位{cause(c)}一案，{basis_name(c)}已经发生法律效力。申请执行人于"
                    f"{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。依照{LAW}第二百五十一条、第二百六十四条的规定，"
                    "责令你单位履行下列义务：",
                ),
                ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
                ("p", "二、加倍支付迟延履行期间的债务利息；"),
                ("p", "三、负担本案申请执行费及实际支出的执行费用。"),
                (
                    "p",
                    "你单位应于收到本通知书之日起三日内履行完毕。逾期不履行的，本院将依法强制执行，并可以对你单位及法定代表人"
                    "采取限制消费措施，符合法定情形的，将你单位纳入失信被执行人名单。",
                ),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
            centre_no=centre_no(code),
            tail=contact,
        )
    if code == "property_report_order":
        return typeset(
            "报告财产令",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"本院在执行申请执行人{a.name}与你单位{cause(c)}一案中，依照{LAW}第二百五十二条及《最高人民法院关于民事执行"
                    "中财产调查若干问题的规定》第三条的规定，责令你单位在收到本令后五日内，如实填写随附的《被执行人财产申报表》，"
                    "向本院报告当前以及收到执行通知之日前一年的财产情况。执行中，如果财产状况发生变动，应当自财产变动之日起十日"
                    "内向本院补充报告。",
                ),
                (
                    "p",
                    "你单位拒绝报告、虚假报告或者无正当理由逾期报告财产的，本院将根据情节轻重对你单位或者其主要负责人、直接"
                    "责任人员予以罚款、拘留；构成犯罪的，依法追究刑事责任，并纳入失信被执行人名单。",
                ),
                ("p", "此令。"),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
            centre_no=centre_no(code),
        )
    if code == "summons":
        return [
            form(
                "传　　票",
                [
                    ["案　　由", f"{cause(c)}执行"],
                    ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
                    ["工作单位或住址", r.address],
                    ["传唤事由", "接受询问（财产情况、履行能力）"],
                    ["应到时间", f"{num_date(c.day(48))}　上午9:00"],
                    ["应到处所", ROOM],
                    [
                        "注意事项",
                        "一、被传唤人必须准时到达，携带本传票及身份证件；二、无正当理由拒不到场的，本院可以依法拘传。",
                    ],
                ],
                c.number,
                centre_no(code),
                row_h=[12, 12, 14, 12, 12, 16, 26],
                notes=[
                    f"执行员：{c.officer}　书记员：{c.clerk}　　　　签发日期：{num_date(c.day(40))}（院印）"
                ],
            )
        ]
    if code == "consumption_restriction_order":
        return typeset(
            "限制消费令",
            [
                ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
                ("f", f"法定代表人：{r.legal_rep}，公民身份号码{c.extra['rep_id']}。"),
                (
                    "p",
                    f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案。因你单位未按执行"
                    f"通知书指定的期间履行生效法律文书确定的给付义务，本院依照{LAW}第二百六十六条及《最高人民法院关于限制被执行人"
                    f"高消费及有关消费的若干规定》第一条、第三条的规定，对你单位采取限制消费措施，限制你单位及你单位的法定代表人"
                    f"{r.legal_rep}不得实施以下高消费及非生活和工作必需的消费行为：",
                ),
                ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
                ("p", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
                (
                    "p",
                    "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；",
                ),
                ("p", "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"),
                (
                    "p",
                    "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位。",
                ),
                (
                    "p",
                    f"如违反本限制消费令，经查证属实的，本院将依照{LAW}第一百一十四条的规定，予以罚款、拘留；情节严重，构成犯罪的，"
                    "依法追究刑事责任。",
                ),
            ],
            c.number,
            cn_date(c.day(12)),
            rng,
            signers=officer,
        )
    if code == "dishonest_list_decision":
        return typeset(
            "决　定　书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行{basis_name(c)}过程中，被执行人{r.name}具有履行能力而拒不履行生效法律文书确定的义务，且拒不报告"
                    "财产情况。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项，第二条的规定，"
                    "决定如下：",
                ),
                ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
                ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
                ("p", "本决定一经作出即生效。"),
            ],
            c.number,
            cn_date(c.day(42)),
            rng,
            signers=bench,
            tail=clerk,
        )
    if code == "enforcement_ruling":
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知书履行"
                    f"义务。依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下：",
                ),
                (
                    "p",
                    f"冻结、划拨被执行人{r.name}的银行存款人民币{c.amount:,.2f}元，或者查封、扣押、冻结、拍卖、变卖其相应"
                    "价值的财产。",
                ),
                ("p", "本裁定立即执行。"),
            ],
            c.number,
            cn_date(c.day(8)),
            rng,
            signers=officer,
            tail=clerk,
        )
    if code == "assistance_notice":
        bank = papers.bank_of(c)
        act = (
            f"扣划被执行人{r.name}在你行开立的银行账户存款{money(c.amount)}，划至本院执行款专户"
            f"（户名：{COURT}，开户行：徽商银行合肥蜀山支行）。"
            if paid
            else f"冻结被执行人{r.name}在你行开立的银行账户存款，冻结金额以{money(c.amount)}为限，冻结期限为一年。"
        )
        return typeset(
            "协助执行通知书",
            [
                ("f", f"{bank}："),
                (
                    "p",
                    f"本院在执行{a.name}与{r.name}{cause(c)}一案中，依照{LAW}第二百五十三条的规定，请协助执行下列事项：",
                ),
                ("p", act),
                ("p", f"被执行人名称：{r.name}；统一社会信用代码：{r.id_number}。"),
                ("p", "附：本院执行裁定书一份。"),
            ],
            c.number,
            cn_date(c.day(8)),
            rng,
            centre_no=centre_no(code),
            tail=[
                f"执行人员：{c.officer}、{c.clerk}（工作证号34010{rng.randint(4100, 4999)}）　联系电话：{c.court.phone}"
            ],
        )
    if code == "termination_this_round_ruling":
        return _termination(c, rng, bench, clerk)
    if code == "closing_notice":
        return typeset(
            "结案通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你申请执行{r.name}{cause(c)}一案，本院于{cn_date(c.day(9))}扣划被执行人银行存款{money(c.amount)}，"
                    f"已于{cn_date(c.day(26))}发放至你确认的收款账户。{basis_name(c)}确定的给付义务已履行完毕。",
                ),
                (
                    "p",
                    "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款第一项的规定，本案以执行完毕方式结案。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=3)),
            rng,
            centre_no=centre_no(code),
        )
    if code in ("investigation_record", "interview_record"):
        return _record(c, code, rng)
    if code == "service_receipt":
        return _service(c, served, rng)
    if code == "closing_approval_form":
        return [_approval(c, rng)]
    if code == "dossier_cover":
        return [_cover(c)]
    if code == "catalogue":
        return [_catalogue(c)]
    if code == "file_review_form":
        return [
            form(
                "电子卷宗归档复核表",
                [
                    ["案　号", c.number],
                    ["结案方式", "终结本次执行程序" if not paid else "执行完毕"],
                    ["结案日期", num_date(c.closed_on)],
                    ["纸质材料扫描", f"已由外包扫描公司扫描，{CENTRE}质检合格"],
                    ["法律文书是否齐全", "齐全"],
                    ["送达凭证是否完备", "完备（法院专递妥投记录、公告报样已附）"],
                    ["终本五项条件", "具备" if not paid else "—"],
                    ["案款是否结清", "无未发案款"],
                    ["承办人复核意见", f"已复核，同意归档。　{c.officer}"],
                    ["档案室接收意见", f"接收。　{person_name(rng)}"],
                    ["复核日期", num_date(c.closed_on + timedelta(days=9))],
                ],
                c.number,
                "蜀法执事〔集约〕27号",
                row_h=13,
            )
        ]
    if code == "remarks_sheet":
        s = form(
            "卷内备考表",
            [
                [
                    "本卷情况说明",
                    "本卷共有文件材料　　页，其中：法院专递面单及妥投记录已粘贴于送达凭证粘贴单；公告送达报样一份。",
                ],
                ["立卷人", c.clerk],
                ["检查人", c.officer],
                ["立卷时间", num_date(c.closed_on + timedelta(days=10))],
            ],
            "",
            "蜀法执事〔集约〕28号",
            row_h=[70, 14, 14, 14],
        )
        hand(s, mm(98), mm(84), str(rng.randint(40, 48)), rng, size=mm(5), ink=papers.INK)
        s.text(mm(LEFT), mm(230), f"（案号）{c.number}", body(3.8))
        return [s]
    raise KeyError(code)


def _termination(c: CaseCtx, rng: random.Random, bench: list[str], clerk: list[str]) -> list[CSheet]:
    a, r = c.applicant, c.respondent
    gone = c.basis_kind == "notarial"
    found = "冻结其在徽商银行合肥蜀山支行基本户存款三千余元，因数额较小且系唯一账户，未予扣划"
    visit = (
        "本院执行人员前往被执行人住所地调查，该处已由他人承租，被执行人已不在住所地经营，邮寄送达的法律文书被退回"
        if gone
        else "本院执行人员前往被执行人住所地调查，被执行人已停止经营，现场无可供执行财产"
    )
    return typeset(
        "执行裁定书",
        [
            *party_lines(c),
            (
                "p",
                f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，依据的{basis_name(c)}已经发生法律效力。"
                f"本院于{cn_date(c.filed_on)}立案执行，执行标的{money(c.amount)}。",
            ),
            (
                "p",
                f"执行过程中，本院向被执行人发出执行通知书、报告财产令，责令其履行义务并报告财产；通过网络执行查控系统对被执行人"
                f"的存款、车辆、不动产、证券、股权、网络资金等进行了查询，{found}；{visit}；对申请执行人提供的租赁仓库线索进行了"
                "核查，未发现可供执行的财产。本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。",
            ),
            (
                "p",
                f"本院于{cn_date(c.day(112))}约谈申请执行人，告知其本案财产调查情况及拟终结本次执行程序，申请执行人表示暂时无法"
                "提供新的财产线索，对终结本次执行程序无异议。",
            ),
            (
                "p",
                "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产，符合终结本次执行程序的条件。依照"
                "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下：",
            ),
            ("p", f"终结本院{c.number}案件本次执行程序。"),
            (
                "p",
                "终结本次执行程序后，被执行人仍负有继续履行生效法律文书确定义务的责任。申请执行人发现被执行人有可供执行财产的，"
                "可以向本院申请恢复执行，申请恢复执行不受申请执行时效期间的限制。",
            ),
            ("p", "本裁定送达后即发生法律效力。"),
        ],
        c.number,
        cn_date(c.closed_on - timedelta(days=6)),
        rng,
        signers=bench,
        tail=clerk,
    )


def _approval(c: CaseCtx, rng: random.Random) -> CSheet:
    a, r = c.applicant, c.respondent
    if c.method == "fully_performed":
        rows = [
            ["案　　号", c.number],
            ["申请执行人", a.name],
            ["被执行人", r.name],
            ["执行标的", money(c.amount)],
            ["执行到位", f"{money(c.amount)}（扣划，已全额发放）"],
            ["结案方式", "执行完毕"],
            [
                "承办人意见",
                f"被执行人存款已扣划到位，案款已发放，申请执行人确认收到，拟以执行完毕结案。　{c.officer}",
            ],
            [f"{CENTRE}审查意见", "卷宗材料齐全，送达凭证完备，同意报结。"],
            ["执行局负责人意见", "同意。"],
            ["结案日期", num_date(c.closed_on)],
        ]
        s = form(
            "执行案件结案审批表",
            rows,
            c.number,
            centre_no("closing_approval_form"),
            row_h=[12, 12, 12, 12, 12, 12, 26, 22, 18, 12],
        )
    else:
        checks = [
            "1．已向被执行人发出执行通知、责令被执行人报告财产",
            "2．已向被执行人发出限制消费令，并将符合条件的被执行人纳入失信被执行人名单",
            "3．已穷尽财产调查措施，未发现可供执行的财产或者发现的财产不能处置",
            "4．自执行案件立案之日起已超过三个月",
            "5．被执行人下落不明的，已依法查找；妨害执行的，已依法采取罚款、拘留等强制措施",
        ]
        rows = [
            ["案　　号", c.number],
            ["当事人", f"申请执行人：{a.name}；被执行人：{r.name}"],
            ["执行标的", f"{money(c.amount)}；已执行到位0元"],
            ["立案日期", num_date(c.filed_on)],
            ["终本条件审查", "\u3000"],
            ["约谈申请执行人", f"已于{num_date(c.day(112))}约谈，申请执行人无异议"],
            ["承办人意见", f"符合终结本次执行程序条件，拟裁定终结本次执行程序。　{c.officer}"],
            [f"{CENTRE}审查意见", "经审查，查控、送达、约谈材料齐全，同意。"],
            ["执行局局长意见", "同意终本。"],
        ]
        s = form(
            "终结本次执行程序案件审批表",
            rows,
            c.number,
            centre_no("closing_approval_form"),
            row_h=[11, 14, 12, 11, 62, 14, 18, 16, 14],
        )
        y = mm(60) + mm(11 + 14 + 12 + 11) + mm(4)
        for line in checks:
            parts = wrap(line, body(3.3), mm(100))
            for k, part in enumerate(parts):
                s.text(mm(LEFT - 2 + 40 + 3), y, ("□ " if k == 0 else "　 ") + part, body(3.3))
                y += mm(5.2)
            hand(
                s,
                mm(LEFT - 2 + 40 + 3.2),
                y - mm(5.2 * len(parts)) - mm(1),
                "✓",
                rng,
                size=mm(4),
                ink=papers.INK,
                record=False,
            )
            y += mm(1.2)
    signer = c.officer if c.method == "fully_performed" else c.judge
    hand(s, mm(150), s.height - mm(46), signer, rng, size=mm(6), ink=papers.INK)
    return s


def _cover(c: CaseCtx) -> CSheet:
    s = CSheet()
    s.centred(mm(34), COURT, hei(8.0), spacing=mm(1.0))
    s.centred(mm(56), "执　行　卷　宗", bold(12.0), spacing=mm(2.0))
    s.centred(mm(78), "（正卷　电子卷宗随案生成）", body(4.6))
    rows = [
        ["案　　号", c.number],
        ["案　　由", cause(c)],
        ["申请执行人", c.applicant.name],
        ["被执行人", c.respondent.name],
        ["执行依据", basis_name(c)],
        ["立案日期", cn_date(c.filed_on)],
        ["结案日期", cn_date(c.closed_on)],
        ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
        ["承办人", c.officer],
        ["书记员", c.clerk],
        ["归档日期", cn_date(c.closed_on + timedelta(days=14))],
        ["保管期限", "长期"],
    ]
    table(s, mm(24), mm(94), [mm(38), mm(124)], rows, body(4.3), row_h=mm(12.5), width=4, centre_first=True)
    s.centred(mm(262), "全宗号　　　　目录号　　　　案卷号", body(3.8))
    return s


def _catalogue(c: CaseCtx) -> CSheet:
    names = [
        "强制执行申请书",
        "公证书（借款合同）、执行证书",
        "财产线索提供表、缴费凭证",
        "当事人身份证明、营业执照、法定代表人身份证明书",
        "授权委托书、律师事务所函、律师执业证",
        "收取执行案款确认书、送达地址确认书",
        "受理案件通知书、预交申请执行费通知书",
        "执行通知书、报告财产令、财产申报表",
        "网络执行查控反馈结果",
        "执行裁定书、协助执行通知书",
        "传票、调查笔录",
        "限制消费令、决定书（失信）",
        "约谈笔录",
        "终结本次执行程序案件审批表",
        "执行裁定书（终本）",
        "送达回证、法院专递面单及妥投记录",
        "公告送达报样",
        "电子卷宗归档复核表",
    ]
    rows = [["序号", "文件名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(names, 1):
        n = 1 + name.count("、")
        rows.append([str(i), name, str(page) if n == 1 else f"{page}-{page + n}", ""])
        page += n + (1 if n > 1 else 0)
    return form("卷　内　目　录", rows, c.number, "蜀法执事〔集约〕26号", cols=(16, 108, 24, 18), row_h=10.2)


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[CSheet]:
    r, a = c.respondent, c.applicant
    gone = c.basis_kind == "notarial"
    if code == "investigation_record":
        when, place = c.day(50), r.address
        who = f"{person_name(rng)}，该处现承租人" if gone else f"{r.legal_rep}，{r.name}法定代表人"
        qa = (
            [
                (
                    "问：你在此经营多久了？原来的承租人是谁？",
                    f"答：去年年底租下的，原来是{r.name}，听说他们欠了房租走了。",
                ),
                ("问：你知道该公司现在在哪里办公吗？", "答：不知道，物业说他们老板电话也打不通。"),
                ("问：该公司有没有留下设备、货物？", "答：没有，交房时是空的，留了几张旧桌子物业处理了。"),
            ]
            if gone
            else [
                ("问：你公司目前经营状况如何？", "答：去年下半年起就停业了，店面退租了，员工都走了。"),
                (
                    "问：申请执行人反映你公司在金寨路有租赁仓库，里面有无存货？",
                    "答：仓库去年十月就退了，押金抵了房租，东西都处理了。",
                ),
                (
                    "问：你公司申报的财产是否属实？有无其他账户、车辆、应收款？",
                    "答：属实，就一个基本户，没有车，应收款收不回来。",
                ),
                ("问：你是否清楚拒不履行的法律后果？", "答：清楚，我们确实没钱，以后有了会主动履行。"),
            ]
        )
        title, role = "调　查　笔　录", "被调查人"
        lead = [("f", "事由：核查申请执行人提供的财产线索（租赁仓库）及被执行人经营情况")]
    elif c.method == "fully_performed":
        when, place = c.day(27), ROOM
        who = f"{a.name}，申请执行人"
        qa = [
            (
                f"问：本院扣划的被执行人存款{money(c.amount)}，已于{cn_date(c.day(26))}发放至你确认的账户，你是否收到？",
                f"答：收到了，{c.amount:,.2f}元，我已经写了收条。",
            ),
            (
                "问：迟延履行期间的加倍部分债务利息、仲裁费，你是否还要求执行？",
                "答：不要求了，本金拿到就行。",
            ),
            ("问：本案拟以执行完毕结案，你有无意见？", "答：没有意见。"),
        ]
        title, role = "谈　话　笔　录", "被谈话人"
        lead = [("f", "事由：案款发放后询问申请执行人意见")]
    else:
        when, place = c.day(112), ROOM
        who = f"{c.agent}，{a.name}的委托诉讼代理人，{c.firm}律师"
        qa = [
            (
                "问：本院已对被执行人的银行存款、车辆、不动产、证券、股权等进行网络查控，仅冻结少量存款；对你方提供的仓库线索"
                "已实地核查，仓库已退租。你方对上述查控结果有无异议？",
                "答：没有异议。",
            ),
            ("问：你方能否提供被执行人其他财产线索？", "答：目前提供不了。"),
            (
                "问：本院拟对本案终结本次执行程序。终本后限制消费、失信措施继续有效，发现财产可申请恢复执行，你方是否清楚？"
                "有无意见？",
                "答：清楚，同意终本。",
            ),
        ]
        title, role = "约　谈　笔　录", "被约谈人"
        lead = [("f", "事由：终结本次执行程序前约谈申请执行人")]
    blocks: list[Block] = [
        ("f", f"时间：{cn_date(when)}　{rng.choice(['上午9时30分', '下午2时30分'])}"),
        ("f", f"地点：{place}"),
        *lead,
        ("f", f"执行人员：{c.officer}　　记录人：{c.clerk}"),
        ("f", f"{role}：{who}"),
        (
            "f",
            f"问：我们是合肥市蜀山区人民法院执行局的工作人员，这是我们的执行公务证。今天就{c.number}一案向你了解情况，你应当如实陈述。听清楚了吗？",
        ),
        ("f", "答：听清楚了。"),
        *[("f", t) for pair in qa for t in pair],
        ("f", "问：以上笔录请你核对，如无误请签名。"),
        ("f", "答：好的。"),
    ]
    sheets = typeset(title, blocks, c.number, "", rng, head=False, seal_it=False)
    last = sheets[-1]
    y = last.height - mm(66)
    last.text(mm(LEFT), y, f"{role}（签名）：", body(4.0))
    hand(last, mm(LEFT + 36), y - mm(2), who.split("，")[0], rng, size=mm(7), ink=papers.INK)
    hand(last, mm(LEFT), y + mm(12), "以上笔录我看过，和我说的一样。", rng, size=mm(5), ink=papers.INK)
    last.text(mm(110), y + mm(26), f"执行人员：{c.officer}　记录人：{c.clerk}", body(3.7))
    for s in sheets:
        s.text(mm(LEFT), mm(12), "合肥市蜀山区人民法院执行局", body(3.4))
        s.right(s.width - mm(RIGHT), mm(12), c.number, body(3.4))
    return sheets


SERVED_NAMES = {
    "acceptance_notice": "受理案件通知书",
    "payment_notice": "预交申请执行费通知书",
    "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令（附财产申报表）",
    "enforcement_ruling": "执行裁定书",
    "summons": "传票",
    "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书（失信）",
    "termination_this_round_ruling": "执行裁定书（终本）",
    "closing_notice": "结案通知书",
    "assistance_notice": "协助执行通知书、执行裁定书",
}
TO_APPLICANT = ("acceptance_notice", "payment_notice", "closing_notice")
SERVE_DAY = {
    "acceptance_notice": 1,
    "payment_notice": 1,
    "enforcement_notice": 4,
    "property_report_order": 4,
    "enforcement_ruling": 9,
    "assistance_notice": 8,
    "consumption_restriction_order": 13,
    "dishonest_list_decision": 43,
    "summons": 41,
}


def _service(c: CaseCtx, served: list[str], rng: random.Random) -> list[CSheet]:
    """How the 执行事务中心 proves service: a bordered 送达回证 when a party or a bank signs at the window; a 法院专递
    面单 copy and its 妥投 printout for what it posts to the respondent; a 人民法院报 公告 clipping when it could not."""
    first = served[0] if served else "enforcement_notice"
    day = c.day(SERVE_DAY.get(first, 5))
    if first == "closing_notice":
        day = c.closed_on - timedelta(days=2)
    if first == "termination_this_round_ruling":
        day = c.closed_on - timedelta(days=4)
    names = "、".join(SERVED_NAMES.get(code, code) for code in served)
    if first == "termination_this_round_ruling" and c.basis_kind == "notarial":
        return [_announcement(c, names, rng)]
    if first in TO_APPLICANT or first == "assistance_notice" or first == "termination_this_round_ruling":
        return [_receipt(c, first, names, day, rng)]
    return _ems(c, names, day, rng)


def _receipt(c: CaseCtx, first: str, names: str, day: date, rng: random.Random) -> CSheet:
    if first == "assistance_notice":
        bank = papers.bank_of(c)
        whom, signer, where, how = bank, person_name(random.Random(bank)), f"{bank}营业部", "直接送达"
    elif first == "termination_this_round_ruling":
        whom, signer, where, how = c.applicant.name, c.agent, f"本院{CENTRE}", "直接送达（被执行人另行邮寄）"
    else:
        whom, signer, where, how = c.applicant.name, c.agent, f"本院{CENTRE}窗口", "直接送达"
    rows = [
        ["送达文书名称及件数", f"{names}　各一份"],
        ["受送达人", whom],
        ["送达地址", where],
        ["送达方式", how],
        ["受送达人签名或盖章", ""],
        ["代收人及代收理由", ""],
        ["送达人", f"{c.clerk}　{person_name(rng)}"],
        ["备　　考", ""],
    ]
    s = form(
        "送　达　回　证",
        rows,
        c.number,
        centre_no("service_receipt"),
        cols=(48, 108),
        row_h=[22, 14, 14, 12, 30, 16, 12, 16],
    )
    y = mm(60) + mm(22 + 14 + 14 + 12)
    hand(s, mm(LEFT + 56), y + mm(5), signer, rng, size=mm(7), ink=papers.INK)
    hand(s, mm(LEFT + 104), y + mm(19), num_date(day), rng, size=mm(4.6), ink=papers.INK)
    if first == "assistance_notice":
        seal(s, mm(LEFT + 110), y + mm(14), f"{papers.bank_of(c)}业务专用章", rng, radius=mm(16))
    return s


def _barcode(s: Sheet, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    cx = x
    while cx < x + w:
        bar = rng.choice((2, 3, 5, 7))
        if rng.random() < 0.55:
            s.draw.rectangle((int(cx), int(y), int(cx + bar), int(y + h)), fill=(20, 20, 20))
        cx += bar + rng.choice((2, 3, 4))


def _ems(c: CaseCtx, names: str, day: date, rng: random.Random) -> list[CSheet]:
    """The 送达凭证粘贴单 with the 法院专递 面单 copy stuck on it, and the EMS tracking printout with the 妥投 record."""
    r = c.respondent
    mail = f"11{rng.randint(10**10, 10**11 - 1)}"
    s = CSheet()
    s.slip = True
    centre_line(s, mm(14), centre_no("service_receipt"))
    s.centred(mm(24), "送达凭证粘贴单", bold(6.4), spacing=mm(0.8))
    s.text(mm(LEFT), mm(38), f"案号：{c.number}", body(3.8))
    s.text(mm(LEFT), mm(46), f"送达文书：{names}", body(3.8))
    s.text(mm(LEFT), mm(54), f"受送达人：{r.name}　　送达方式：邮寄送达（{EMS}）", body(3.8))
    # the 面单 copy: smaller than the sheet, greyish photocopy paper, pasted a little askew
    x0, y0 = mm(32 + rng.uniform(-3, 3)), mm(66 + rng.uniform(-2, 4))
    w, h = mm(148), mm(100)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(236, 236, 233))
    s.box(x0, y0, x0 + w, y0 + h, width=3, outline=(70, 70, 70))
    s.text(x0 + mm(4), y0 + mm(3), "EMS", bold(6.0), fill=(40, 40, 40))
    s.text(x0 + mm(28), y0 + mm(4), "中国邮政速递物流　法院专递", hei(4.0))
    _barcode(s, x0 + mm(90), y0 + mm(3), mm(52), mm(9), rng)
    s.text(x0 + mm(96), y0 + mm(13), mail, body(3.0))
    fields = [
        ("寄件人", f"{COURT}（{CENTRE}）"),
        ("地址", c.court.address),
        ("收件人", f"{r.name}（{r.legal_rep}）"),
        ("地址", r.address),
        ("电话", r.phone),
        ("内件", f"{c.number}　{names}"),
        ("备注", "法律文书　请本人签收　回执退寄件人"),
    ]
    yy = y0 + mm(22)
    for k, v in fields:
        s.text(x0 + mm(4), yy, f"{k}：", hei(3.0))
        for part in wrap(v, body(3.0), mm(124))[:2]:
            s.text(x0 + mm(18), yy, part, body(3.0))
            yy += mm(5.2)
        yy += mm(1.2)
    s.line(x0, y0 + h - mm(18), x0 + w, y0 + h - mm(18), width=2, fill=(70, 70, 70))
    s.text(x0 + mm(4), y0 + h - mm(14), "收件人签名：", hei(3.0))
    s.text(x0 + mm(86), y0 + h - mm(14), "投递日期：", hei(3.0))
    hand(
        s,
        x0 + mm(28),
        y0 + h - mm(16),
        r.legal_rep if rng.random() < 0.6 else "单位收发章",
        rng,
        size=mm(5.5),
        ink=(40, 40, 40),
    )
    hand(s, x0 + mm(106), y0 + h - mm(15), num_date(day), rng, size=mm(4.0), ink=(40, 40, 40))
    s.text(mm(LEFT), mm(186), "（面单复印件粘贴处）", body(3.2), fill=(120, 120, 120))
    s.text(
        mm(LEFT),
        mm(200),
        f"经办人：{c.clerk}　　　　粘贴日期：{num_date(day + timedelta(days=3))}",
        body(3.6),
    )
    track = CSheet()
    track.centred(mm(20), "EMS邮件全程跟踪查询结果", hei(5.6))
    track.text(
        mm(LEFT - 4), mm(32), f"邮件号码：{mail}　　业务种类：法院专递　　寄达地：安徽省合肥市", body(3.4)
    )
    posted = day - timedelta(days=2)
    events = [
        (posted, "09:42", "合肥市蜀山区法院揽投部", "已收寄，揽投员：" + person_name(rng)),
        (posted, "18:20", "合肥市邮区中心局", "已离开合肥市邮区中心局，发往合肥蜀山揽投部"),
        (day - timedelta(days=1), "07:15", "合肥市蜀山区揽投部", "已到达"),
        (
            day,
            "08:36",
            "合肥市蜀山区揽投部",
            f"安排投递，投递员：{person_name(rng)}，电话1865514{rng.randint(1000, 9999)}",
        ),
        (
            day,
            f"1{rng.randint(0, 6)}:{rng.randint(10, 59)}",
            "合肥市蜀山区揽投部",
            "已妥投，签收人：" + ("本人" if rng.random() < 0.5 else "单位收发章"),
        ),
    ]
    rows = [["时间", "处理地点", "邮件状态"]] + [[f"{num_date(d)} {t}", p, e] for d, t, p, e in events]
    table(track, mm(LEFT - 4), mm(42), [mm(40), mm(50), mm(72)], rows, body(3.2), row_h=mm(13), width=2)
    track.text(
        mm(LEFT - 4),
        mm(42) + mm(13) * 6 + mm(8),
        f"打印时间：{num_date(day + timedelta(days=3))}　打印人：{c.clerk}",
        body(3.2),
    )
    track.text(
        mm(LEFT - 4), mm(42) + mm(13) * 6 + mm(16), "数据来源：中国邮政速递物流股份有限公司", body(3.2)
    )
    return [s, track]


def _announcement(c: CaseCtx, names: str, rng: random.Random) -> CSheet:
    """A 公告 column cut from the 人民法院报 and pasted on a backing sheet: the masthead strip and the page line, then
    dense 公告 of several courts, this court's among them."""
    r = c.respondent
    s = CSheet()
    s.halftone = True
    centre_line(s, mm(14), centre_no("service_receipt"))
    s.centred(mm(22), "公告送达报样粘贴单", bold(6.0))
    s.text(mm(LEFT), mm(34), f"案号：{c.number}　　受送达人：{r.name}", body(3.6))
    x0, y0, w = mm(36), mm(46), mm(138)
    pub = c.closed_on - timedelta(days=rng.randint(2, 4))  # after the ruling (closed_on - 6)
    f = body(2.75)
    others = [
        f"{person_name(rng)}：本院受理原告{person_name(rng)}诉你民间借贷纠纷一案，现依法向你公告送达起诉状副本、应诉通知书、举证通知书"
        f"及开庭传票。自公告之日起经过30日即视为送达。［江苏］南京市秦淮区人民法院",
        f"{person_name(rng)}：本院受理申请执行人{person_name(rng)}与你劳务合同纠纷执行一案，因你下落不明，现向你公告送达执行通知书、"
        "报告财产令。自公告之日起经过30日即视为送达。［河南］郑州市金水区人民法院",
    ]
    ours = (
        f"{r.name}：本院在执行申请执行人{c.applicant.name}与你公司{cause(c)}一案中，因你公司已不在住所地经营，邮寄送达被退回，"
        f"现依法向你公司公告送达本院{c.number}{names}。裁定主要内容：终结本院{c.number}案件本次执行程序。自公告之日起经过30日"
        f"即视为送达。［安徽］{COURT}"
    )
    paras = [wrap("　　" + para, f, w - mm(8)) for para in (others[0], ours, others[1])]
    bottom = y0 + mm(24) + sum(len(p) * mm(4.2) + mm(2) for p in paras)
    s.draw.rectangle((x0, y0, x0 + w, bottom), fill=(238, 236, 230))
    s.text(
        x0 + mm(3),
        y0 + mm(3),
        f"{pub.year}年{pub.month}月{pub.day}日　星期{'一二三四五六日'[pub.weekday()]}",
        body(2.8),
    )
    s.centred(y0 + mm(2.5), f"第{rng.randint(5, 8)}版　公告", hei(3.0), x0=x0, x1=x0 + w)
    s.right(x0 + w - mm(3), y0 + mm(2), NEWSPAPER, bold(4.2))
    s.line(x0 + mm(2), y0 + mm(9), x0 + w - mm(2), y0 + mm(9), width=3)
    s.centred(y0 + mm(11), "公　　告", bold(5.0), x0=x0, x1=x0 + w)
    y = y0 + mm(20)
    for para in paras:
        for part in para:
            s.text(x0 + mm(4), y, part, f)
            y += mm(4.2)
        y += mm(2)
    s.box(x0, y0, x0 + w, bottom, width=2, outline=(110, 110, 110))
    s.text(mm(LEFT), mm(268), f"经办人：{c.clerk}", body(3.6))
    return s
