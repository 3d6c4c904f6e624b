"""court_gt (湖南省益阳市赫山区人民法院, held out): 益阳 on the 资江 — 水竹凉席 workshops, 擂茶 houses, 黑茶 shops and
稻虾 fields of 兰溪. Three private loans ended by the court's own tribunals' 民事调解书 (court_gt_story); the bureau's
papers in its own press (court_gt_kit), what it receives in the senders' hands (court_gt_papers). After closing, the
archive room numbered every leaf, punched it and fed it through a production scanner (court_gt_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, num_date
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_gt_kit import (
    GEL,
    LEFT,
    RIGHT,
    Run,
    body,
    bureau_paper,
    form_title,
    gb,
    grid,
    hei,
    number_pages,
    pen,
    thumb,
    unnumbered,
)
from dossier.corpus.families.court_gt_papers import RECEIVED, received
from dossier.corpus.families.court_gt_story import (
    COURT,
    MAT_SEQ,
    SHRIMP_SEQ,
    TEA_SEQ,
    made_on,
    tale,
)
from dossier.corpus.families.court_gt_story import adopt_basis as _adopt
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "resumption_ruling",
    "resumption_notice", "termination_ruling", "enforcement_ruling", "assistance_notice", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "termination_this_round_ruling", "closing_notice",
    "closing_approval_form", "service_receipt", "investigation_record", "interview_record", "dossier_cover",
    "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
SEQS = (MAT_SEQ, SHRIMP_SEQ, TEA_SEQ)
LAW = "《中华人民共和国民事诉讼法》"
SETTLE_RULES = "《最高人民法院关于执行和解若干问题的规定》"


def adopt_basis(case: CaseCtx, rng: random.Random) -> None:
    _adopt(case, rng)


__all__ = ["CODES", "adopt_basis", "made_on", "render"]


def basis_title(c: CaseCtx) -> str:
    return f"本院{c.extra['tribunal']}{c.basis_number}民事调解书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _party(role: str, p: Party) -> tuple[str, str]:
    born = p.born or date(1980, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}民间借贷纠纷一案"


def _you(c: CaseCtx) -> str:
    return "你"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    resumed = c.category == "resumption"
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra["leader"]), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        how = (f"你以被执行人{r.name}不履行执行和解协议为由，申请恢复执行{basis_title(c)}，经审查符合恢复执行条件，"
               f"本院于{cn_date(c.filed_on)}立案恢复执行。" if resumed else
               f"你申请执行{basis_title(c)}一案，经审查符合立案条件，本院于{cn_date(c.filed_on)}立案执行。")
        return bureau_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："), ("p", how),
            ("p", f"本案承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。你可以通过“湖南微法院”、"
                  "12368诉讼服务热线查询案件进展。发现被执行人财产线索的，请及时书面告知本院。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return bureau_paper(c, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{_case(c)}，依照国务院《诉讼费用交纳办法》第十条、第十四条第一项的规定，应交纳申请执行费"
                  f"人民币{c.extra['fee']}元。该费用可以不预交，执行后由被执行人负担，本院将从执行款中优先扣除。"),
            ("p", "你自愿预交的，请持本通知到本院诉讼服务中心收费窗口交纳，或通过湖南省非税收入缴款码缴纳。"),
        ], day=d)
    if code == "enforcement_notice":
        owe = (f"一、向申请执行人{a.name}支付借款本金及利息{money(c.amount)}（已履行部分依法扣除）；" if resumed
               else f"一、向申请执行人{a.name}支付{money(c.amount)}；")
        return bureau_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请{'恢复' if resumed else ''}执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。"
                  f"依照{LAW}第二百五十一条、第二百六十四条的规定，责令你自收到本通知之日起立即履行下列义务："),
            ("p", owe), ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", "三、负担本案执行费用。" if resumed else f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可对你采取限制消费、纳入失信被执行人名单、限制出境等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return bureau_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  "第三条、第五条的规定，责令你在收到本令之日起五日内，如实填写随附的《财产申报表》，向本院报告当前以及"
                  "收到执行通知之日前一年的财产情况，并提交相关证明材料。"),
            ("p", "报告财产后，你的财产情况发生变动，影响申请执行人债权实现的，应当自变动之日起十日内向本院补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重对你予以罚款、拘留，并将你纳入失信被执行人"
                  "名单；构成犯罪的，依法追究刑事责任。"),
            ("n", "附：财产申报表一份。"),
        ], signers=staff, day=d)
    if code == "resumption_ruling":
        g = c.extra["guarantor"]
        return bureau_paper(c, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"本院在执行{a.name}与{r.name}民间借贷纠纷一案（案号{c.previous_number}）中，双方于"
                  f"{cn_date(c.extra['settled'])}达成执行和解协议，{g.name}为被执行人履行和解协议提供担保。申请执行人随后撤回"
                  f"执行申请，本院于{cn_date(c.extra['prev_end'])}裁定终结执行。"),
            ("p", f"和解协议约定被执行人分三期付款，被执行人仅于第一期支付{c.extra['paid_first']:,.0f}元，其余款项逾期未付。"
                  f"{a.name}于{cn_date(made_on(c, 'resumption_application'))}向本院申请恢复执行。本院经审查认为，被执行人不履行"
                  "执行和解协议，申请执行人申请恢复执行原生效法律文书，符合法律规定。"),
            ("p", f"依照{SETTLE_RULES}第九条、第十一条，{LAW}第一百五十七条第一款第十一项的规定，裁定如下："),
            ("p", f"恢复{basis_title(c)}的执行。已履行的{c.extra['paid_first']:,.0f}元在执行中予以扣除。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[("审判长", c.officer), ("审判员", c.judge), ("审判员", c.extra["leader"]), ("书记员", c.clerk)], day=d)
    if code == "resumption_notice":
        return bureau_paper(c, rng, "恢复执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{_case(c)}（原案号{c.previous_number}），因你未按{cn_date(c.extra['settled'])}签订的执行和解协议"
                  f"履行付款义务，申请执行人{a.name}申请恢复执行。本院已裁定恢复{basis_title(c)}的执行，新案号为{c.number}。"),
            ("p", f"请你自收到本通知之日起立即履行调解书确定的剩余义务；已按和解协议支付的{c.extra['paid_first']:,.0f}元予以扣除。"
                  "你的担保人在执行担保书中承诺自愿接受直接强制执行，你逾期仍不履行的，本院将依法执行担保财产。"),
        ], signers=staff, day=d)
    if code == "termination_ruling":
        return _prev_termination(c, rng)
    if code == "enforcement_ruling":
        return _enforcement_ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return bureau_paper(c, rng, "限制消费令", [
            ("to", f"{r.name}（公民身份号码{r.id_number}）："),
            ("p", f"本院于{cn_date(c.filed_on)}立案{'恢复' if resumed else ''}执行{_case(c)}。因你未按执行通知书指定的期间履行"
                  "生效法律文书确定的给付义务，本院依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、"
                  "第三条的规定，对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财"
                  "产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究"
                  "刑事责任。"),
            ("p", "你因生活或者经营必需而进行本令禁止的消费活动的，应当向本院提出申请，获批准后方可进行。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return bureau_paper(c, rng, "决定书", [
            _party("被执行人", r),
            ("p", f"本院在执行{_case(c)}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照"
                  f"{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项，"
                  "第二条第一款的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "closing_notice":
        return _closing_notice(c, rng, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "dossier_cover":
        return unnumbered(_cover(c, rng, d))
    if code == "catalogue":
        return unnumbered(_catalogue(c, rng, d))
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return unnumbered(_remarks(c, rng, d))
    raise KeyError(code)


def _prev_termination(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The first round's ruling: the applicant withdrew after the settlement (终结执行), 2023, the 2021 text's articles."""
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    return bureau_paper(c, rng, "执行裁定书", [
        _party("申请执行人", a), _party("被执行人", r),
        ("p", f"本院在执行{a.name}申请执行{r.name}民间借贷纠纷一案中，申请执行人与被执行人于{cn_date(c.extra['settled'])}"
              f"自愿达成执行和解协议，约定被执行人分期支付欠款，{g.name}自愿提供担保，并承诺被执行人不履行和解协议时自愿"
              "接受直接强制执行。申请执行人于同日向本院提交书面申请，撤回执行申请。"),
        ("p", f"本院认为，申请执行人撤回执行申请，系其真实意思表示。依照{LAW}第二百六十四条第一项，{SETTLE_RULES}"
              "第二条第三项的规定，裁定如下："),
        ("p", f"终结{basis_title(c)}的执行。"),
        ("p", "被执行人不履行执行和解协议的，申请执行人可以申请恢复执行原生效法律文书。"),
        ("p", "本裁定送达后立即生效。"),
    ], number=c.previous_number, signers=[("审判长", c.extra["prev_officer"]), ("审判员", c.judge),
                                          ("审判员", c.extra["leader"]), ("书记员", c.clerk)],
        day=c.extra["prev_end"])


def _enforcement_ruling(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "mat":
        g = c.extra["guarantor"]
        owed = Decimal(c.extra["owed"])
        return bureau_paper(c, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r), _party("执行担保人", g),
            ("p", f"本院在执行{basis_title(c)}一案中，{g.name}于{cn_date(c.extra['settled'])}向本院出具执行担保书，"
                  f"为被执行人履行执行和解协议提供保证，并承诺被执行人不履行和解协议时自愿接受直接强制执行。"),
            ("p", f"现被执行人{r.name}未按和解协议履行，本院已恢复执行。经查，被执行人名下无可供执行的财产，申请执行人申请"
                  f"直接执行担保人的财产。依照{SETTLE_RULES}第十八条，{LAW}第二百五十三条的规定，裁定如下："),
            ("p", f"冻结、扣划执行担保人{g.name}在{c.extra['g_bank']}账号{c.extra['g_acct']}内的存款{money(owed)}（以担保"
                  "范围为限）。"),
            ("p", "本裁定立即执行。"),
        ], signers=bench, day=d)
    if tale(c) == "tea":
        order = (f"冻结、扣划被执行人{r.name}在中国建设银行益阳分行及益阳农村商业银行开立账户内的存款，以"
                 f"{money(c.amount - Decimal(c.extra['paid_first']))}为限。")
    else:
        order = f"冻结、扣划被执行人{r.name}在各银行业金融机构及网络支付平台的存款、资金{money(c.amount)}。"
    return bureau_paper(c, rng, "执行裁定书", [
        _party("申请执行人", c.applicant), _party("被执行人", c.respondent),
        ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案{'恢复' if c.category == 'resumption' else ''}"
              f"执行。被执行人未在执行通知指定的期间内履行义务。依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条的规定，"
              "裁定如下："),
        ("p", order), ("p", "本裁定立即执行。"),
    ], signers=bench, day=d)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    if tale(c) == "mat":
        g = c.extra["guarantor"]
        bank, who, acct = c.extra["g_bank"], f"执行担保人{g.name}（公民身份号码{g.id_number}）", c.extra["g_acct"]
        ask = (f"扣划{who}在你行账号{acct}内的存款{money(Decimal(c.extra['owed']))}，"
               f"划至本院执行款专户（户名：{COURT}，开户行：益阳农村商业银行赫山支行）。")
    else:
        bank = "中国建设银行益阳分行营业部" if tale(c) == "tea" else "益阳农村商业银行兰溪支行"
        ask = (f"冻结被执行人{c.respondent.name}（公民身份号码{c.respondent.id_number}）在你行开立的全部账户内存款，以"
               f"{money(c.amount)}为限，冻结期限一年。")
    return bureau_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的{_case(c)}，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条的规定，"
              "请协助执行以下事项："),
        ("p", ask),
        ("n", f"附：执行裁定书一份。执行人员：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d, cc="回执：请协助单位填写后交回本院执行局。")


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票")
    s.right(s.width - RIGHT, y - mm(2), c.number, body(4.8))
    y += mm(8)
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　由", "民间借贷纠纷（执行）"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "到庭接受询问，如实报告财产情况，说明不履行义务的原因"],
            ["应到时间", f"{num_date(made_on(c, 'investigation_record'))}上午9时30分"],
            ["应到处所", "本院执行局二楼执行指挥中心询问室"]]
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, body(4.8), heights=mm(17))
    y = boxes[-1][0][3] + mm(10)
    f = body(4.4)
    for t in ["注意：", "一、被传唤人必须准时到达应到处所，并携带本传票及居民身份证。",
              "二、被执行人经依法传唤无正当理由拒不到场的，本院可以拘传。", "三、本传票第二联由被传唤人签收后交回。"]:
        s.text(LEFT, y, t, f)
        y += mm(7.5)
    y += mm(10)
    s.right(s.width - RIGHT - mm(8), y, cn_date(d), body(5))
    seal(s, s.width - RIGHT - mm(30), y + mm(2), COURT, rng, radius=mm(20))
    s.text(LEFT, y + mm(24), f"执行员：{c.officer}　　书记员：{c.clerk}　　电话：{c.court.phone}", f)
    return [s]


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return bureau_paper(c, rng, "执行裁定书", [
        _party("申请执行人", a), _party("被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}民间借贷纠纷一案，{basis_title(c)}已经发生法律效力。因被执行人未履行"
              f"义务，申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，执行标的{money(c.amount)}。"),
        ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人填报了财产申报表。本院通过网络执行查控系统"
              "查询了被执行人名下的存款、车辆、不动产、证券、网络资金等财产，仅查得存款少量，已扣划；"
              f"于{cn_date(made_on(c, 'investigation_record'))}传唤被执行人到院询问，被执行人称其经营的"
              f"{c.extra['trade']}因洪水和虾价下跌亏损，承包的{c.extra['pond_mu']}亩田已退包，经核实属实。本院已对被执行人"
              "采取限制消费措施，并将其纳入失信被执行人名单。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人暂不能提供其他"
              "财产线索，同意终结本次执行程序。"),
        ("p", f"本院认为，被执行人暂无财产可供执行，本案符合终结本次执行程序的条件。依照{LAW}第二百六十八条第六项，"
              "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount - Decimal(c.extra.get('taken', 0)))}。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。被执行人负有继续履行债务的义务，"
              "限制消费措施继续有效。"),
        ("p", "本裁定送达后立即生效。"),
    ], signers=bench, day=d)


def _closing_notice(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    if tale(c) == "mat":
        g = c.extra["guarantor"]
        how = (f"本院依法扣划执行担保人{g.name}的存款{money(Decimal(c.extra['owed']))}，连同被执行人前期已付款项，"
               "调解书确定的给付义务已全部履行")
    else:
        how = "被执行人在本院对其采取限制消费措施、冻结其银行账户后，将剩余欠款全部交至本院执行款专户"
    return bureau_paper(c, rng, "结案通知书", [
        ("to", f"{a.name}："),
        ("p", f"本院执行的{_case(c)}，{how}。执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}转入你指定的"
              f"{c.extra['in_bank']}账户（账号尾号{c.extra['in_acct'][-4:]}）。"),
        ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一项的规定，本案以“执行完毕”方式结案。"),
        ("p", "特此通知。"),
    ], day=d)


QA: dict[str, list[tuple[str, str]]] = {
    "mat": [
        ("问", "我们是赫山区人民法院执行局的工作人员（出示证件），今天依法对你进行询问，你应当如实回答，作虚假陈述的要承担"
               "法律责任，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你和申请执行人签订执行和解协议后，为什么没有按协议付款？"),
        ("答", "去年下半年凉席卖不出去，货压在仓库里，第二期的钱实在凑不出来。"),
        ("问", "你的凉席作坊现在是什么情况？"),
        ("答", "作坊是租的村里的旧仓库，机器是二手的，早就停了，机器抵了房租。"),
        ("问", "你填报的财产申报表是否真实完整？名下有没有存款、车辆、房屋？"),
        ("答", "是真实的。卡上只有几百块钱，没有车，房子是父母的老屋。"),
        ("问", "你的姐夫为你提供了担保，承诺你不还钱时法院可以直接执行他的财产，你知道吗？"),
        ("答", "知道，担保书是他自己签的字。"),
        ("问", "你还有什么要说的？"),
        ("答", "我对不起老人家，以后有钱了会还给姐夫。"),
    ],
    "tea": [
        ("问", "我们是赫山区人民法院执行局的工作人员，依法对你进行询问，你要如实回答，清楚吗？"),
        ("答", "清楚。"),
        ("问", "你为什么不按和解协议付款？"),
        ("答", "茶叶店生意不好，安化那边的货款也压着，手头周转不过来。"),
        ("问", "你的茶叶店现在还在经营吗？店里的存货值多少钱？"),
        ("答", "还在开，存货是黑茶茯砖、千两茶，进价大概三四万。"),
        ("问", "本院已对你采取限制消费措施，你不能乘坐飞机、高铁，你清楚吗？"),
        ("答", "清楚了。我下个月要去广州进货，请法院给点时间，我把钱凑齐。"),
        ("问", "你能在什么时间付清剩余款项？"),
        ("答", "我尽量在一个月内把钱全部交到法院。"),
    ],
    "shrimp": [
        ("问", "我们是赫山区人民法院执行局的工作人员（出示证件），你收到传票后按时到庭，现在依法对你进行询问，你要如实回答，"
               "清楚吗？"),
        ("答", "清楚。"),
        ("问", "你为什么不履行调解书确定的还款义务？"),
        ("答", "前年借的钱都投到虾田里了，去年发大水，虾跑了一大半，虾价又跌到十几块一斤，亏得一分不剩。"),
        ("问", "你承包的田现在还在种吗？"),
        ("答", "承包的田去年年底退给村里了，押金抵了欠的租金。"),
        ("问", "你的财产申报表填的是否属实？有没有车辆、房屋、存款？"),
        ("答", "属实。有一台旧三轮车，卖了还账了。没有房子，住的是租的。"),
        ("问", "你现在靠什么生活？"),
        ("答", "在外面打零工，一个月两三千块钱，还要养两个孩子。"),
        ("问", "法院可以依法对你采取限制消费、纳入失信名单等措施，你清楚吗？"),
        ("答", "清楚。"),
    ],
    "interview": [
        ("问", "我们是赫山区人民法院执行局的工作人员，今天约你来，告知本案的执行情况并听取你的意见，清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院已通过网络查控系统查询被执行人名下存款、车辆、房产、证券、网络资金等，仅查到少量存款并已扣划；"
               "传唤被执行人到院询问，其称虾田亏损、已退包，经到村委会核实属实。你对查控结果有无异议？"),
        ("答", "没有异议。"),
        ("问", "你能否提供被执行人其他可供执行的财产线索？"),
        ("答", "暂时提供不了。听说他在外面打工，我也找不到他。"),
        ("问", "本院已对被执行人限制消费并纳入失信被执行人名单。鉴于目前无财产可供执行，本院拟终结本次执行程序，"
               "你有什么意见？"),
        ("答", "同意。以后发现他有钱了，我再申请恢复执行。"),
        ("问", "终结本次执行程序后，你发现财产线索可以随时申请恢复执行，不受申请执行时效期间的限制。还有补充吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """The bureau's typed 笔录: a boxed head (time, place, persons), the 问/答 in 宋体 with a hanging indent, the
    person heard signing and pressing a thumb at the foot of every page."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "询问笔录"
    who = c.applicant if interview else c.respondent
    qa = QA["interview" if interview else tale(c)]
    s = Sheet()
    y = form_title(s, title, issuer=True)
    f = body(4.6)
    w = s.width - LEFT - RIGHT
    rows = [["时间", f"{num_date(d)} {rng.choice([9, 10, 14, 15])}时{rng.choice(['05', '20', '40'])}分", "地点",
             "本院执行局约谈室" if interview else "本院执行指挥中心询问室"],
            ["询问人", f"{c.officer}、{c.judge}", "记录人", c.clerk],
            ["被谈话人" if interview else "被询问人",
             f"{who.name}，{who.sex}，{who.born.year if who.born else 1980}年生，"
             f"{'申请执行人' if interview else '被执行人'}，身份证号{who.id_number}"]]
    boxes = grid(s, LEFT, y, [mm(24), mm(66), mm(22), w - mm(112)], rows, f, heights=[mm(13), mm(13), mm(17)],
                 labels=(0, 2))
    run = Run([s], boxes[-1][0][3] + mm(8), foot=mm(44))
    bf = body(5.1)
    lead = bf.size * 1.8

    def foot(sh: Sheet) -> None:
        label = "被谈话人：" if interview else "被询问人："
        sh.text(sh.width - RIGHT - mm(78), sh.height - mm(34), label, body(4.6))
        pen(sh, sh.width - RIGHT - mm(52), sh.height - mm(36), who.name, rng, size=6.4, role="kai_gb", ink=GEL)
        thumb(sh, sh.width - RIGHT - mm(24), sh.height - mm(40), rng)

    for tag, text in qa:
        first = len(run.sheets)
        run.need(lead)
        if len(run.sheets) > first:
            foot(run.sheets[-2])
        run.s.text(run.left, run.y, f"{tag}：", font("hei", bf.size))
        start = len(run.sheets)
        run.para(text, bf, lead=lead, hang=bf.size * 2, indent=bf.size * 2)
        if len(run.sheets) > start:
            foot(run.sheets[-2])
    run.need(lead * 3)
    run.s.text(run.left, run.y + mm(2), "（以上笔录已交被询问人阅读，无异议。）", body(4.6))
    pen(run.s, run.left + mm(6), run.y + lead + mm(2), "以上笔录我看过，与我说的相符。", rng, size=6, role="kai_gb",
        ink=GEL)
    foot(run.s)
    return number_pages(run.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - mm(3), f"案号：{c.number}", body(4.6))
    y += mm(6)
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(c.extra.get("taken", 0)) if ttr else c.amount
    f = body(4.5)
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", f"{c.basis_number}民事调解书（{c.extra['tribunal']}）"],
            ["原案号", c.previous_number or "无", "立案日期", num_date(c.filed_on)],
            ["申请标的", f"{c.amount:,.2f}元", "执行到位", f"{done:,.2f}元"],
            ["结案方式", how, "承办人", c.officer], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    hs = [mm(14)] * 5 + [mm(50), mm(34), mm(34)]
    boxes = grid(s, LEFT, y, [mm(30), mm(58), mm(26), w - mm(114)], rows, f, heights=hs, labels=(0, 2))
    if ttr:
        view = "经网络查控、传唤询问和实地核实，被执行人无财产可供执行，已限制消费、纳入失信名单，约谈申请执行人同意，建议终结本次执行程序。"
    elif tale(c) == "mat":
        view = "被执行人违反和解协议，恢复执行后依担保人承诺扣划担保人存款，款已发放申请执行人，建议以执行完毕结案。"
    else:
        view = "恢复执行后被执行人已将剩余欠款全部交至法院，款已发放申请执行人，建议以执行完毕结案。"
    b = boxes[5][1]
    pen(s, b[0] + mm(3), b[1] + mm(4), view, rng, size=5.2, per_line=21, lead=mm(7.6))
    pen(s, b[2] - mm(62), b[3] - mm(10), f"{c.officer}　{num_date(d)}", rng, size=4.8)
    b = boxes[6][1]
    pen(s, b[0] + mm(3), b[1] + mm(5), "合议庭评议，同意承办人意见。", rng, size=5.4)
    pen(s, b[2] - mm(52), b[3] - mm(11), f"{c.judge}　{d.month}月{d.day}日", rng, size=4.8)
    b = boxes[7][1]
    pen(s, b[0] + mm(3), b[1] + mm(5), f"同意以{how}方式结案。", rng, size=5.6, ink=GEL)
    pen(s, b[2] - mm(52), b[3] - mm(11), f"{c.extra['leader']}　{(d + timedelta(days=1)).month}.{(d + timedelta(days=1)).day}",
        rng, size=5, ink=GEL)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书（冻结、扣划）", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "payment_notice": "交纳申请执行费通知书", "closing_notice": "结案通知书", "summons": "传票",
         "resumption_ruling": "执行裁定书（恢复执行）", "resumption_notice": "恢复执行通知书"}
TO_APPLICANT = ("acceptance_notice", "payment_notice", "closing_notice", "termination_this_round_ruling")


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the bureau's ruled form; the receiver signs (and the old man presses his thumb), the server signs."""
    to_applicant = any(x in served for x in TO_APPLICANT)
    if tale(c) == "mat" and served == ["enforcement_ruling"]:
        who = c.extra["guarantor"]
    else:
        who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送 达 回 证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    if "property_report_order" in served:
        papers += "；财产申报表一份"
    way = "直接送达" if to_applicant or rng.random() < 0.5 else "留置送达"
    rows = [["案号", c.number], ["送达文书名称及件数", papers], ["受送达人", who.name], ["送达地址", who.address],
            ["送达方式", way], ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""],
            ["备考", "受送达人拒绝签收，已拍照、录像，并在送达地址留置。" if way == "留置送达" else ""]]
    hs = [mm(14), mm(26), mm(14), mm(18), mm(14), mm(30), mm(15), mm(18), mm(15), mm(24)]
    f = body(4.8)
    boxes = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, f, heights=hs)
    right = [b[1] for b in boxes]
    if way != "留置送达":
        signer = c.agent if to_applicant and tale(c) != "mat" and rng.random() < 0.5 else who.name
        pen(s, right[5][0] + mm(16), right[5][1] + mm(9), signer, rng, size=7.2, role="kai_gb")
        if signer == c.applicant.name and tale(c) == "mat":
            thumb(s, right[5][0] + mm(52), right[5][1] + mm(7), rng)
        pen(s, right[6][0] + mm(6), right[6][1] + mm(3), num_date(when), rng, size=5.4)
    else:
        pen(s, right[6][0] + mm(6), right[6][1] + mm(3), num_date(when), rng, size=5.4, ink=GEL)
    pen(s, right[8][0] + mm(6), right[8][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=5.4, ink=GEL)
    seal(s, right[6][2] - mm(40), right[6][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][0][3] + mm(5), "注：受送达人拒绝签收的，送达人应当在备考栏内记明拒收事由和日期。", body(4))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover on kraft board: the archive's numbers in a strip at the top, the particulars in a ruled table."""
    s = Sheet(paper=(232, 214, 182))
    f = body(5)
    w = s.width - LEFT - RIGHT
    grid(s, LEFT, mm(20), [w / 4] * 4, [["全宗号", "年度", "类别", "案卷号"], ["", "", "", ""]], body(4.2),
         heights=[mm(8), mm(10)], labels=(0, 1, 2, 3), frame=2)
    for k, v in enumerate(["057", str(c.closed_on.year), "执恢" if c.category == "resumption" else "执",
                           str(rng.randint(120, 880))]):
        pen(s, LEFT + k * w / 4 + mm(10), mm(29), v, rng, size=5, ink=GEL)
    s.centred(mm(50), COURT, gb(8), spacing=mm(1.4))
    s.centred(mm(66), "执 行 卷 宗", hei(15), spacing=mm(6))
    s.centred(mm(88), "（正　卷）", body(5.5))
    ttr = c.method == "terminated_this_round"
    rows = [["案　　号", c.number], ["原 案 号", c.previous_number or ""], ["案　　由", "民间借贷纠纷"],
            ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", f"{c.basis_number}民事调解书"], ["执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕"], ["收案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)], ["承 办 人", c.officer], ["书 记 员", c.clerk],
            ["归档日期", num_date(d)], ["保管期限", "长期"], ["本卷页数", ""]]
    boxes = grid(s, LEFT + mm(6), mm(102), [mm(40), w - mm(52)], [[r[0], ""] for r in rows], f, heights=mm(10.6))
    for (_l, v), b in zip(rows, boxes, strict=True):
        if v:
            pen(s, b[1][0] + mm(4), b[1][1] + mm(1.8), v, rng, size=5.2, ink=GEL)
    pen(s, boxes[-1][1][0] + mm(4), boxes[-1][1][1] + mm(1.8), f"共{LEAVES}页", rng, size=5.2, ink=GEL)
    return [s]


CATALOGUE = [("resumption_application", "恢复执行申请书", 2), ("enforcement_basis", "民事调解书", 2),
             ("effectiveness_certificate", "生效证明书", 1), ("termination_ruling", "原案执行裁定书（终结执行）", 2),
             ("identity_proof", "当事人身份证明", 2), ("power_of_attorney", "授权委托书、律师事务所函、执业证", 3),
             ("payment_account_confirmation", "收取案款确认书、送达地址确认书", 2),
             ("resumption_ruling", "执行裁定书（恢复执行）", 2), ("resumption_notice", "恢复执行通知书", 1),
             ("acceptance_notice", "受理案件通知书", 1), ("enforcement_notice", "执行通知书、报告财产令", 2),
             ("property_declaration_form", "财产申报表", 2), ("investigation_record", "询问笔录", 2),
             ("online_inquiry_result", "网络查控反馈结果", 2), ("consumption_restriction_order", "限制消费令", 2),
             ("enforcement_ruling", "执行裁定书（扣划担保人存款）", 2), ("assistance_notice", "协助执行通知书", 1),
             ("settlement_agreement", "执行和解协议、执行担保书", 3), ("payment_voucher", "执行款收付凭证", 1),
             ("closing_notice", "结案通知书", 1), ("closing_approval_form", "结案审批表", 1),
             ("service_receipt", "送达回证（五份）", 5), ("file_review_form", "归档审查表", 1)]

LEAVES = sum(n for _c, _l, n in CATALOGUE)
"""the leaves the archive numbered (the catalogue's last page number; cover, catalogue and remarks sheet unnumbered)"""


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer=False)
    s.text(LEFT, y - mm(3), f"案号：{c.number}", body(4.6))
    y += mm(6)
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, (_code, label, n) in enumerate(CATALOGUE, 1):
        rows.append([str(i), label, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    grid(s, LEFT, y, [mm(16), w - mm(58), mm(24), mm(18)], rows, body(4.1), heights=mm(8.4), labels=(0,), frame=3)
    pen(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=5, ink=GEL)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件归档审查表")
    w = s.width - LEFT - RIGHT
    points = ["诉讼文书材料齐全完整", "送达回证齐全、签收规范", "执行款物收付手续完备", "卷内目录与材料相符",
              "材料按诉讼程序排列", "档案页号连续、无漏号重号", "去除金属物、装订牢固", "电子卷宗同步生成并上传"]
    rows = [["案号", c.number, "承办人", c.officer], ["结案日期", num_date(c.closed_on), "书记员", c.clerk],
            ["审查项目", "审查结果"], *[[p, ""] for p in points], ["审查意见", ""], ["审查人", ""]]
    hs = [mm(13), mm(13), mm(12)] + [mm(12)] * len(points) + [mm(34), mm(16)]
    boxes = grid(s, LEFT, y, [mm(70), mm(40), mm(26), w - mm(136)], rows, body(4.5), heights=hs, labels=(0, 2))
    for row in boxes[3:3 + len(points)]:
        pen(s, row[1][0] + mm(20), row[1][1] + mm(2), "√" if rng.random() < 0.8 else "√ 是", rng, size=5.6)
    pen(s, boxes[-2][1][0] + mm(5), boxes[-2][1][1] + mm(8), "材料齐全，页号连续，同意归档。", rng, size=5.8)
    pen(s, boxes[-1][1][0] + mm(5), boxes[-1][1][1] + mm(3), f"档案室　{c.extra['t_clerk']}　{num_date(d)}", rng, size=5.2,
        ink=GEL)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 备 考 表", issuer=False)
    s.text(LEFT, y - mm(3), f"案号：{c.number}", body(4.6))
    y += mm(6)
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=4)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", hei(5.5))
    yy = pen(s, LEFT + mm(12), y + mm(20), f"本卷共有文件材料{len(CATALOGUE)}件，共{LEAVES}页（不含封面、目录、备考表）。",
             rng, size=5.6, per_line=24, lead=mm(10))
    yy = pen(s, LEFT + mm(12), yy, "前案（" + c.previous_number + "）执行和解协议、执行担保书复印附卷，原件存前案卷。", rng,
             size=5.6, per_line=24, lead=mm(10))
    pen(s, LEFT + mm(12), yy, "执行款已全部发放，无未了事项。", rng, size=5.6, per_line=24, lead=mm(10))
    base = s.height - mm(100)
    for k, (label, v) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(84), base + k * mm(17), label, body(5.2))
        pen(s, LEFT + mm(112), base + k * mm(17) - mm(1.5), v, rng, size=6, ink=GEL)
    return [s]

