"""court_r — 内蒙古自治区呼和浩特市新城区人民法院 (蒙0102), held out: drawn without looking at the page reader, to measure
it once on a layout it has never seen. The court writes in traditional Mongolian script and Chinese (court_r_kit): the
court's name and the document's name in vertical Mongolian columns at the left margin of the head (notices, rulings),
or the Mongolian name as a band of short columns above the Chinese name (决定书, 传票, 限制消费令, 笔录); notices to a
Mongolian-speaking party open with a Mongolian block; seals carry the Mongolian name on the lower arc. Parties are
Mongolian and Han people of 呼和浩特 and a 四子王旗 herder whose sheep and cattle are his property; the bases come from
the 四子王旗 court, 呼和浩特仲裁委员会 (an award this court enforces on the 中级法院's designation) and a 公证处's
公证债权文书 with its 执行证书 (court_r_papers draws the others' papers). The dossiers were scanned in the county-level
archive's old sheet-fed scanner: 120–150 dpi, grey, strong JPEG, no deskew (court_r_capture)."""

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
from dossier.corpus.draw import Sheet, hand, mm, table
from dossier.corpus.families import court_r_papers as papers
from dossier.corpus.families.court_r_kit import (
    COURT_SHORT,
    K16,
    MN,
    Block,
    RSheet,
    bold,
    form,
    mn_column,
    mn_date,
    mn_number,
    song,
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
        "online_inquiry_result",
        "dossier_cover",
        "catalogue",
        "file_review_form",
        "remarks_sheet",
        "service_receipt",
        "property_declaration_form",
    }
)
CODES = OWN | papers.CODES
LAW = "《中华人民共和国民事诉讼法》"
SIZIWANG = "四子王旗人民法院"
ARBITRATION = "呼和浩特仲裁委员会"
NOTARY = "内蒙古自治区呼和浩特市天骄公证处"
INTERMEDIATE = "内蒙古自治区呼和浩特市中级人民法院"
STREETS = (
    "新华东街",
    "海拉尔东街",
    "兴安北路",
    "锡林郭勒北路",
    "成吉思汗大街",
    "东影南路",
    "呼伦北路",
    "北垣东街",
    "赛马场北路",
    "光明路",
)
HERDER = ("巴特尔·朝鲁", "ᠪᠠᠭᠠᠲᠤᠷ ᠴᠢᠯᠠᠭᠤ", "男")
"""the 四子王旗 herder: his name in Chinese with the middle dot, in Mongolian, his sex"""
HERDER_SON = "朝鲁门·巴特尔"
APPLICANT_MN = ("乌云其其格", "ᠤᠶᠤᠨᠴᠡᠴᠡᠭ", "女")
"""the 四子王旗 woman who lives with her son in 新城区 and reads only Mongolian"""
SON = "额尔敦·巴图"
GACHA = "四子王旗查干补力格苏木巴音敖包嘎查"
DEBTOR_3 = ("萨仁高娃", "女")
OFFICERS = ("额尔敦毕力格", "苏日娜", "斯琴图雅")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return list(papers.render(code, c, rng, served))
    return list(_own(c, code, rng, served))


def addr(rng: random.Random) -> str:
    return (
        f"呼和浩特市新城区{rng.choice(STREETS)}{rng.randint(1, 299)}号{rng.choice(('', '某某小区'))}"
        f"{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}号"
    )


def _born(rng: random.Random, lo: int, hi: int) -> date:
    return date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _person(
    rng: random.Random, name: str, sex: str, region: str, address: str, *, old: bool = False
) -> Party:
    born = _born(rng, 1950, 1958) if old else _born(rng, 1965, 1990)
    return Party(
        name,
        "person",
        id_number(rng, region, born),
        address,
        f"1{rng.choice('35789')}{rng.randint(100000000, 999999999)}",
        born=born,
        sex=sex,
    )


def _org(rng: random.Random, name: str, rep: str) -> Party:
    return Party(
        name,
        "organisation",
        credit_code(rng, "150102"),
        f"呼和浩特市新城区{rng.choice(STREETS)}{rng.randint(1, 299)}号",
        f"0471-{rng.randint(3100000, 6999999)}",
        legal_rep=rep,
    )


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """呼和浩特 parties and Inner Mongolian bases.
    终本 with a judgment: the 四子王旗 court's judgment for a feed company against a herder of that banner, filed here
    because his flat is in 新城区; 执行完毕 with an arbitral award: 呼和浩特仲裁委员会's award for a Mongolian woman
    against the company that rented her shop, enforced here on the 中级法院's designation; 终本 with a notarial basis:
    a 公证债权文书 and its 执行证书 for a micro-loan company against a 新城区 woman."""
    year = c.filed_on.year - 1
    c.extra["ethnic"] = {}
    if c.basis_kind == "arbitration":
        name, name_mn, sex = APPLICANT_MN
        c.applicant = _person(rng, name, sex, "150929", addr(rng), old=True)
        c.extra["applicant_mn"] = name_mn
        c.respondent = _org(rng, "呼和浩特市草原情餐饮管理有限公司", person_name(rng))
        c.extra["rep_id"] = id_number(rng, "150102", _born(rng, 1970, 1986))
        c.basis_court = ARBITRATION
        c.basis_number = f"呼仲裁字〔{year}〕第{rng.randint(100, 999)}号"
        c.extra.update(
            cause="房屋租赁合同纠纷",
            basis_doc="裁决书",
            son=SON,
            designation=f"（{c.filed_on.year}）蒙01执{rng.randint(100, 999)}号",
        )
        c.amount = Decimal(rng.randint(6000000, 19000000)) / 100
        c.extra["ethnic"] = {c.applicant.name: "蒙古"}
    elif c.basis_kind == "notarial":
        c.applicant = _org(rng, "呼和浩特市新城区金穗小额贷款有限公司", person_name(rng))
        c.respondent = _person(rng, DEBTOR_3[0], DEBTOR_3[1], "150102", addr(rng))
        c.basis_court = NOTARY
        c.basis_number = f"（{year}）内呼天证经字第{rng.randint(1000, 4999)}号"
        c.extra.update(
            cause="借款合同纠纷",
            basis_doc="公证债权文书",
            certificate=f"（{c.filed_on.year}）内呼天证执字第{rng.randint(10, 99)}号",
        )
        c.amount = Decimal(rng.randint(8000000, 26000000)) / 100
        c.extra["ethnic"] = {c.respondent.name: "蒙古"}
    else:
        c.applicant = _org(rng, "内蒙古丰泽草业有限公司", person_name(rng))
        name, name_mn, sex = HERDER
        c.respondent = _person(rng, name, sex, "150929", f"内蒙古自治区乌兰察布市{GACHA}")
        c.extra["respondent_mn"] = name_mn
        c.extra["flat"] = addr(rng)
        c.basis_court = SIZIWANG
        c.basis_number = f"（{year}）蒙0929民初{rng.randint(1000, 2999)}号"
        c.extra.update(cause="买卖合同纠纷", basis_doc="民事判决书", herd=(37, 4))
        c.amount = Decimal(rng.randint(9000000, 21000000)) / 100
        c.extra["ethnic"] = {c.respondent.name: "蒙古"}
    if "rep_id" not in c.extra:  # the 法定代表人身份证明书 of the organisation that applies
        c.extra["rep_id"] = id_number(rng, "150102", _born(rng, 1966, 1984))
    firm = rng.choice(papers.FIRMS)
    c.firm = firm[0]
    c.extra["firm"] = firm
    c.agent = rng.choice(("包金山", "白乌日娜", person_name(rng)))
    c.officer = rng.choice(OFFICERS)
    c.judge = rng.choice(("孟和", "王瑞", "哈斯巴根"))
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=30))


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    doc = c.extra.get("basis_doc", "民事判决书")
    return f"{c.basis_court}{c.basis_number}{doc}"


def mongolian_applicant(c: CaseCtx) -> bool:
    return "applicant_mn" in c.extra


def herder(c: CaseCtx) -> bool:
    return "respondent_mn" in c.extra


def party_lines(c: CaseCtx) -> list[Block]:
    eth = c.extra.get("ethnic", {})
    out: list[Block] = []
    for role, p in (("申请执行人", c.applicant), ("被执行人", c.respondent)):
        if p.kind == "organisation":
            out += [
                ("f", f"{role}：{p.name}，住所地{p.address}。"),
                ("f", f"法定代表人：{p.legal_rep}，该公司执行董事。"),
            ]
        else:
            job = "，牧民" if p is c.respondent and herder(c) else ""
            out.append(
                (
                    "f",
                    f"{role}：{p.name}，{p.sex}，{num_date(p.born) if p.born else ''}出生，{eth.get(p.name, '汉')}族"
                    f"{job}，住{p.address}。",
                )
            )
        if role == "申请执行人":
            out.append(("f", f"委托代理人：{c.agent}，{c.firm}律师。"))
    return out


def _amount_mn(c: CaseCtx) -> str:
    return f"{mn_number(int(c.amount))} ᠶᠤᠸᠠᠨ"


def _own(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[RSheet]:
    a, r = c.applicant, c.respondent
    officer, clerk = [f"执行员　{c.officer}"], [f"书记员　{c.clerk}"]
    bench = [f"审判长　{c.judge}", f"审判员　{person_name(random.Random(c.judge))}", f"审判员　{c.officer}"]
    you = "你单位" if r.kind == "organisation" else "你"
    contact = [f"承办人：{c.officer}　联系电话：{c.court.phone}", f"本院地址：{c.court.address}"]
    d = c.filed_on
    if code == "acceptance_notice":
        blocks: list[Block] = [("f", f"{a.name}：")]
        if mongolian_applicant(c):
            blocks.append(
                (
                    "m",
                    f"{c.extra['applicant_mn']} ᠲᠠ ᠪᠡᠷ ᠭᠦᠢᠴᠡᠳᠭᠡᠯ ᠳᠤ ᠣᠷᠤᠭᠤᠯᠬᠤ ᠶᠢ ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠰᠠᠨ ᠬᠡᠷᠡᠭ ᠢ "
                    f"ᠮᠠᠨ ᠤ ᠶᠠᠮᠤᠨ {mn_date(d.year, d.month, d.day)} ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠴᠠᠢ᠃ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠶᠢᠨ ᠡᠳ ᠬᠥᠷᠥᠩᠭᠡ ᠶᠢᠨ "
                    "ᠮᠡᠳᠡᠭᠡ ᠲᠠᠢ ᠪᠣᠯ ᠮᠠᠨ ᠤ ᠶᠠᠮᠤᠨ ᠳᠤ ᠮᠡᠳᠡᠭᠦᠯᠦᠭᠡᠷᠡᠢ᠃ ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ ᠪᠡᠷ ᠬᠡᠷᠡᠭ ᠢᠶᠡᠨ "
                    "ᠬᠡᠯᠡᠯᠴᠡᠬᠦ ᠡᠷᠬᠡ ᠲᠠᠢ᠃",
                )
            )
        lead = f"你申请执行{r.name}{cause(c)}一案，执行依据为{basis_name(c)}。" + (
            f"经{INTERMEDIATE}{c.extra['designation']}执行裁定指定本院执行，"
            if "designation" in c.extra
            else "本院经审查，"
        )
        blocks.append(("p", f"{lead}符合受理条件，已于{cn_date(d)}立案执行，案号为{c.number}。"))
        blocks += [
            ("p", "请你在收到本通知之日起七日内提供被执行人可供执行的财产线索。"),
            (
                "p",
                "你有权使用本民族语言文字参加执行程序，需要蒙古语文书或者翻译的，请告知承办人。"
                if mongolian_applicant(c)
                else "执行中如变更送达地址、收款账户，请及时书面告知本院。",
            ),
            ("p", "特此通知。"),
        ]
        return typeset(
            "受理案件通知书", MN["acceptance_notice"], blocks, c.number, cn_date(d), rng, tail=contact
        )
    if code == "payment_notice":
        fee = int(c.amount) // 100 + 50
        return typeset(
            "交纳执行费通知书",
            MN["payment_notice"],
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你申请执行{r.name}{cause(c)}一案，依照《诉讼费用交纳办法》第十四条第一项的规定，申请执行费为人民币{fee}元，"
                    "由被执行人负担，本院在执行中向被执行人收取，你无需预交。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.day(1)),
            rng,
            face="fang",
        )
    if code == "enforcement_notice":
        blocks = [("f", f"{r.name}：")]
        if herder(c):
            blocks.append(
                (
                    "m",
                    f"{c.extra['respondent_mn']} ᠲᠠ ᠰᠢᠭᠦᠨ ᠲᠠᠰᠤᠯᠤᠭᠰᠠᠨ ᠪᠢᠴᠢᠭ ᠲᠤ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠦᠭᠡᠷᠡᠭ ᠢᠶᠡᠨ "
                    f"ᠪᠢᠶᠡᠯᠡᠭᠦᠯᠦᠭᠡ ᠦᠭᠡᠢ᠃ ᠡᠨᠡ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠡᠳᠦᠷ ᠡᠴᠡ ᠡᠬᠢᠯᠡᠨ {_amount_mn(c)} "
                    "ᠢ ᠳᠠᠷᠤᠢ ᠲᠥᠯᠦᠭᠡᠷᠡᠢ᠃ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠤᠲᠤᠷ ᠪᠢᠶᠡᠯᠡᠭᠦᠯᠬᠦ ᠦᠭᠡᠢ ᠪᠣᠯ ᠮᠠᠨ ᠤ ᠶᠠᠮᠤᠨ ᠬᠠᠤᠯᠢ "
                    "ᠶᠢᠨ ᠳᠠᠭᠠᠤ ᠠᠯᠪᠠᠳᠠᠨ ᠭᠦᠢᠴᠡᠳᠭᠡᠨ᠎ᠡ᠃",
                )
            )
        blocks.append(
            (
                "p",
                f"申请执行人{a.name}与{you}{cause(c)}一案，{basis_name(c)}已经发生法律效力。申请执行人于{cn_date(d)}"
                f"向本院申请强制执行，本院依法立案。依照{LAW}第二百五十一条、第二百六十四条的规定，责令{you}自收到本通知"
                "之日起立即履行下列义务：",
            )
        )
        blocks += [
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", "三、负担申请执行费。"),
            ("p", f"{you}逾期不履行的，本院将依法强制执行。"),
        ]
        if herder(c):
            blocks.append(("p", "本通知书附蒙古文。"))
        return typeset(
            "执行通知书", MN["enforcement_notice"], blocks, c.number, cn_date(c.day(3)), rng, signers=officer
        )
    if code == "property_report_order":
        blocks = [("f", f"{r.name}：")]
        if herder(c):
            blocks.append(
                (
                    "m",
                    "ᠲᠠ ᠡᠨᠡ ᠲᠤᠰᠢᠶᠠᠯ ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠡᠳᠦᠷ ᠡᠴᠡ ᠬᠣᠢᠰᠢ ᠲᠠᠪᠤᠨ ᠡᠳᠦᠷ ᠦᠨ ᠳᠣᠲᠣᠷ᠎ᠠ ᠥᠪᠡᠷ ᠦᠨ ᠡᠳ "
                    "ᠬᠥᠷᠥᠩᠭᠡ᠂ ᠮᠠᠯ ᠰᠦᠷᠦᠭ ᠦᠨ ᠪᠠᠢᠳᠠᠯ ᠢ ᠮᠠᠨ ᠤ ᠶᠠᠮᠤᠨ ᠳᠤ ᠦᠨᠡᠨ ᠵᠦᠢ ᠪᠡᠷ ᠮᠡᠳᠡᠭᠦᠯᠦᠭᠡᠷᠡᠢ᠃",
                )
            )
        livestock = "（包括牲畜、草场承包经营权）" if herder(c) else ""
        blocks += [
            (
                "p",
                f"本院执行申请执行人{a.name}与{you}{cause(c)}一案，依照{LAW}第二百五十二条的规定，责令{you}自收到本令之日起五日内，"
                f"如实向本院报告当前以及收到执行通知之日前一年的财产情况{livestock}，并填写随附的财产申报表。",
            ),
            (
                "p",
                f"{you}拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。",
            ),
            ("p", "此令。"),
        ]
        return typeset(
            "报告财产令",
            MN["property_report_order"],
            blocks,
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
        )
    if code == "property_declaration_form":
        if herder(c):
            sheep, cows = c.extra.get("herd", (37, 4))
            rows = [
                ["申报人", r.name],
                ["银行存款", "内蒙古农村信用社存折一个，余额几百元"],
                ["不动产", "新城区楼房一套（贷款未还清，孩子上学住）"],
                ["车辆", "无"],
                ["牲畜", f"羊{sheep}只、牛{cows}头（在嘎查）"],
                ["草场", "承包草场，嘎查统一确权"],
                ["收入", "卖羊收入，一年不到两万"],
                ["申报人签名", ""],
            ]
        else:
            rows = [
                ["申报人", r.name],
                ["银行存款", "无" if r.kind == "organisation" else "蒙商银行卡一张，余额不足一千元"],
                ["不动产", "无"],
                ["车辆", "无" if r.kind == "organisation" else "小型轿车一辆（已抵押给银行）"],
                ["股权、投资", "无"],
                ["收入", "经营困难" if r.kind == "organisation" else "打零工，每月三千元左右"],
                ["申报人签名", ""],
            ]
        s = form(
            "财产申报表",
            rows,
            c.number,
            rng,
            title_mn=MN["property_declaration_form"],
            notes=["申报人保证以上内容真实，如有隐瞒、虚假，愿承担法律责任。"],
        )
        hand(
            s,
            mm(80),
            _form_row_y(s, len(rows) - 1),
            r.legal_rep or r.name,
            rng,
            size=mm(6),
            ink=(28, 36, 120),
        )
        return [s]
    if code == "summons":  # a second one when the first went unanswered
        again = "second" in served
        return typeset(
            "传　票",
            MN["summons"],
            [
                (
                    "f",
                    f"被传唤人：{r.legal_rep}（{r.name}法定代表人）"
                    if r.kind == "organisation"
                    else f"被传唤人：{r.name}",
                ),
                ("f", f"案由：{cause(c)}执行"),
                ("f", "传唤事由：接受调查，报告财产" + ("（第二次传唤）" if again else "")),
                ("f", f"应到时间：{num_date(c.day(60 if again else 44))}上午9时30分"),
                ("f", "应到处所：本院执行局三楼第二谈话室"),
                (
                    "p",
                    "注意事项：一、被传唤人须携带本传票及身份证件按时到达；二、无正当理由拒不到场的，本院可以拘传；"
                    "三、需要蒙古语翻译的，请提前告知本院。",
                ),
            ],
            c.number,
            cn_date(c.day(53 if again else 36)),
            rng,
            style="band",
            signers=officer,
        )
    if code == "consumption_restriction_order":
        target = f"限制{you}及{you}的法定代表人{r.legal_rep}" if r.kind == "organisation" else f"限制{you}"
        return typeset(
            "限制消费令",
            MN["consumption_restriction_order"],
            [
                (
                    "f",
                    f"被执行人：{r.name}。"
                    + (f"法定代表人：{r.legal_rep}。" if r.kind == "organisation" else ""),
                ),
                (
                    "p",
                    f"本院于{cn_date(d)}立案执行申请执行人{a.name}与{you}{cause(c)}一案。因{you}未按执行通知书指定的期间履行生效法律文书"
                    f"确定的给付义务，依照{LAW}第二百六十六条、《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的"
                    f"规定，{target}实施下列消费行为：（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、"
                    "酒店、夜总会、高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、"
                    "公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险"
                    "理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。",
                ),
                ("p", "如违反本限制消费令，本院将依法追究法律责任。"),
            ],
            c.number,
            cn_date(c.day(31)),
            rng,
            style="band",
            signers=officer,
        )
    if code == "dishonest_list_decision":
        return typeset(
            "决　定　书",
            MN["decision"],
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务。"
                    "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二条第一款的规定，决定如下：",
                ),
                ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
                ("p", "本决定一经作出即生效。"),
            ],
            c.number,
            cn_date(c.day(32)),
            rng,
            style="band",
            signers=bench,
            tail=clerk,
        )
    if code == "enforcement_ruling":
        if herder(c):
            what = (
                f"查封被执行人{r.name}名下位于{c.extra['flat']}的房产一套，冻结其在内蒙古农村信用社开立的账户存款，"
                f"以{money(c.amount)}为限。"
            )
        elif r.kind == "organisation":
            what = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结其同等价值的其他财产。"
        else:
            what = f"查封被执行人{r.name}名下小型轿车一辆，冻结其银行存款，以{money(c.amount)}为限。"
        return typeset(
            "执行裁定书",
            MN["ruling"],
            [
                *party_lines(c),
                (
                    "p",
                    f"本院依据{basis_name(c)}，于{cn_date(d)}立案执行。被执行人未按执行通知书履行义务。依照{LAW}第二百五十三条、"
                    "第二百五十四条、第二百五十五条的规定，裁定如下：",
                ),
                ("p", what),
                ("p", "本裁定立即执行。"),
            ],
            c.number,
            cn_date(c.day(7)),
            rng,
            signers=officer,
            tail=clerk,
        )
    if code == "assistance_notice":
        bank = papers.BANKS[0] if herder(c) else papers.BANKS[1]
        return typeset(
            "协助执行通知书",
            "",
            [
                ("f", f"{bank}："),
                (
                    "p",
                    f"关于申请执行人{a.name}与被执行人{r.name}{cause(c)}一案，本院{c.number}执行裁定书已经发生法律效力。依照{LAW}"
                    "第二百五十三条的规定，请协助执行下列事项：",
                ),
                (
                    "p",
                    f"冻结被执行人{r.name}（证照号码{r.id_number}）在你行开立的全部账户存款，以{money(c.amount)}为限，冻结期限一年。",
                ),
                ("p", "请将协助执行情况填写回执送达本院。"),
            ],
            c.number,
            cn_date(c.day(7)),
            rng,
            style="plain",
            tail=[f"经办人：{c.officer}　{c.clerk}　联系电话：{c.court.phone}"],
        )
    if code == "termination_this_round_ruling":
        found = (
            f"被执行人名下新城区房产一套，系其家庭唯一住房且设有银行抵押；其在{GACHA}饲养的羊{c.extra['herd'][0]}只、牛"
            f"{c.extra['herd'][1]}头，经嘎查村民委员会证明及实地调查，系被执行人及其所扶养家属维持生活必需的牲畜，依法不得处置"
            if herder(c)
            else "未发现可供执行的财产；被执行人名下小型轿车一辆已设立抵押，处置后无剩余价值"
        )
        return typeset(
            "执行裁定书",
            MN["ruling"],
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行{basis_name(c)}过程中，依法向被执行人发出执行通知书、报告财产令，通过网络执行查控系统查询被执行人的存款、"
                    f"车辆、不动产、证券、网络资金等财产，并进行了实地调查。经查，{found}。本院已对被执行人限制消费，并纳入失信被执行人名单。"
                    f"本院于{cn_date(c.day(110))}约谈申请执行人，告知其本次执行程序将终结，申请执行人无异议。",
                ),
                (
                    "p",
                    "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下：",
                ),
                ("p", f"终结本院{c.number}案件的本次执行程序。"),
                ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
                ("p", "本裁定送达后立即生效。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=7)),
            rng,
            signers=bench,
            tail=clerk,
        )
    if code == "closing_notice":
        blocks = [("f", f"{a.name}：")]
        if mongolian_applicant(c):
            blocks.append(
                (
                    "m",
                    f"{c.extra['applicant_mn']} ᠲᠠᠨ ᠤ ᠭᠦᠢᠴᠡᠳᠭᠡᠯ ᠦᠨ ᠬᠡᠷᠡᠭ ᠦᠨ ᠮᠥᠩᠭᠦ ᠶᠢ ᠲᠠᠨ ᠤ ᠳᠠᠩᠰᠠ "
                    "ᠳᠤ ᠰᠢᠯᠵᠢᠭᠦᠯᠦᠨ ᠥᠭᠭᠦᠭᠰᠡᠨ ᠲᠤᠯᠠ ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠢ ᠪᠦᠷᠢᠨ ᠭᠦᠢᠴᠡᠳᠭᠡᠵᠦ ᠲᠠᠰᠤᠯᠪᠠ᠃",
                )
            )
        blocks += [
            (
                "p",
                f"你申请执行{r.name}{cause(c)}一案，执行中双方自愿达成执行和解协议，被执行人已按协议履行完毕，执行款已划付至你"
                "确认的账户。本案执行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，以执行完毕方式"
                "结案。",
            ),
            ("p", "特此通知。"),
        ]
        return typeset(
            "结案通知书",
            MN["closing_notice"],
            blocks,
            c.number,
            cn_date(c.closed_on - timedelta(days=2)),
            rng,
        )
    if code in ("investigation_record", "interview_record"):
        return _record(c, code, rng)
    if code == "online_inquiry_result":
        return papers.inquiry(c, rng, again="again" in served)
    if code == "service_receipt":
        return [_receipt(c, served, rng)]
    if code == "closing_approval_form":
        verdict = method_name(c)
        return [
            form(
                "执行案件结案审批表",
                [
                    ["案号", c.number],
                    ["申请执行人", a.name],
                    ["被执行人", r.name],
                    ["执行标的", money(c.amount)],
                    ["立案日期", num_date(d)],
                    ["结案方式", verdict],
                    ["承办人意见", f"符合{verdict}条件，拟结案。　{c.officer}"],
                    ["合议庭意见", f"同意。　{c.judge}"],
                    ["执行局领导意见", "同意结案。"],
                    ["结案日期", num_date(c.closed_on)],
                ],
                "",
                rng,
                row_h=14,
            )
        ]
    if code == "dossier_cover":
        return [_cover(c)]
    if code == "catalogue":
        rows = [
            ["序号", "文件材料名称", "页号"],
            *[[str(i), n, str(p)] for i, (n, p) in enumerate(_catalogue(c), 1)],
        ]
        return [form("卷 内 目 录", rows, c.number, rng, cols=(16, 112, 28), row_h=8.4)]
    if code == "file_review_form":
        return [
            form(
                "执行卷宗复核表",
                [
                    ["案号", c.number],
                    ["结案方式", method_name(c)],
                    ["卷内材料是否齐全", "齐全"],
                    ["送达手续是否完备", "完备"],
                    ["案款是否发放完毕", "已发放完毕" if c.method == "fully_performed" else "无案款"],
                    ["蒙古文文书是否附卷", "已附卷" if mongolian_applicant(c) or herder(c) else "无"],
                    ["复核意见", "符合归档要求。"],
                    ["承办人", c.officer],
                    ["复核日期", num_date(c.closed_on + timedelta(days=12))],
                ],
                "",
                rng,
            )
        ]
    if code == "remarks_sheet":
        return [
            form(
                "卷 内 备 考 表",
                [
                    [
                        "本卷情况说明",
                        f"本卷共有文书材料{rng.randint(36, 46)}页，其中蒙古文文书附卷，"
                        "经检查无缺损、无涂改。",
                    ],
                    ["立卷人", c.clerk],
                    ["检查人", c.officer],
                    ["立卷时间", num_date(c.closed_on + timedelta(days=10))],
                ],
                c.number,
                rng,
                row_h=22,
            )
        ]
    raise KeyError(code)


def _form_row_y(s: RSheet, row: int) -> float:
    """Where the `row`-th row of a form's table stands."""
    return s.table_top + mm(13) * row + mm(2)


def method_name(c: CaseCtx) -> str:
    return {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(
        c.method, c.method
    )


def _catalogue(c: CaseCtx) -> list[tuple[str, int]]:
    names = [
        "执行申请书",
        "仲裁裁决书",
        "裁决书生效证明",
        "当事人身份证明",
        "亲属关系证明（嘎查村民委员会）",
        "授权委托书、律师事务所函、律师执业证",
        "受理案件通知书",
        "执行通知书、报告财产令",
        "财产申报表",
        "网络查控结果、银行回复",
        "执行裁定书",
        "协助执行通知书",
        "执行和解协议",
        "收款凭证",
        "结案通知书",
        "结案审批表",
        "送达回证",
        "卷宗复核表",
    ]
    page, out = 1, []
    for name in names:
        out.append((name, page))
        page += 3 if name == "仲裁裁决书" else (2 if "、" in name else 1)
    return out


def _cover(c: CaseCtx) -> RSheet:
    """The archive's cover: the court's Mongolian name as a band of columns over the Chinese, the title in both."""
    s = RSheet(size=K16)
    from dossier.corpus.families.court_r_kit import mn_split, mn_strip

    cols = mn_split(MN["court"], 3.6, mm(18))
    widths = [mn_strip(col, mm(3.6)).width + mm(1.4) for col in cols]
    x = (s.width - sum(widths)) / 2
    for col, w in zip(cols, widths, strict=True):
        mn_column(s, x, mm(12), col, 3.6)
        x += w
    s.centred(mm(34), COURT_SHORT, bold(6.6), spacing=mm(0.8))
    s.centred(mm(52), "执 行 案 卷", bold(11.0), spacing=mm(3))
    mn_column(s, mm(26), mm(48), MN["archive"], 4.0)
    rows = [
        ["案号", c.number],
        ["案由", cause(c)],
        ["申请执行人", c.applicant.name],
        ["被执行人", c.respondent.name],
        ["立案日期", num_date(c.filed_on)],
        ["结案日期", num_date(c.closed_on)],
        ["结案方式", method_name(c)],
        ["承办人", c.officer],
        ["书记员", c.clerk],
        ["归档日期", num_date(c.closed_on + timedelta(days=14))],
        ["保管期限", "长期"],
    ]
    table(s, mm(34), mm(90), [mm(36), mm(100)], rows, song(4.4), row_h=mm(12), width=3)
    s.centred(mm(236), "全宗号　　　　目录号　　　　案卷号", song(3.8))
    return s


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[RSheet]:
    """Typed records under the band head; at the herder's 嘎查 the 嘎查达 sits in and the talk is in Mongolian."""
    r, a = c.respondent, c.applicant
    if code == "investigation_record":
        if herder(c):
            sheep, cows = c.extra["herd"]
            when, place = c.day(47), f"{GACHA}被执行人家中（牧户）"
            qa = [
                (
                    "问：你现在靠什么生活？",
                    f"答：放羊。现在有羊{sheep}只、牛{cows}头，草场是嘎查分的承包草场，一家四口就靠这些。",
                ),
                (
                    "问：你在呼和浩特新城区的楼房是怎么回事？",
                    "答：前几年贷款买的，孩子在呼市上学住，贷款还没还完，每月还两千多。",
                ),
                (
                    "问：申请执行人提出你有一辆皮卡车，是否属实？",
                    "答：车是我弟弟的，登记在他名下，我借着拉草料。",
                ),
                ("问：你为什么不还草料款？", "答：前年旱灾，草料贵，羊卖不上价，不是不还，是还不上。"),
                ("问：法院已对你限制消费，你知道吗？", "答：知道，嘎查的人给我翻译过。"),
            ]
            present = f"在场人：{person_name(rng)}（巴音敖包嘎查村民委员会主任）"
            who = r.name
        else:
            when, place = c.day(46), "本院执行局三楼第二谈话室"
            who = f"{r.legal_rep}（{r.name}法定代表人）" if r.kind == "organisation" else r.name
            qa = [
                ("问：你现在做什么工作？收入情况如何？", "答：在超市上班，一个月三千左右。"),
                ("问：你名下的小轿车在哪里？", "答：车在家楼下，买车时贷的款，还欠银行四万多，车抵押着。"),
                ("问：申请执行人提出你在赛罕区有一套房子，是否属实？", "答：那是我父母的房子，不是我的。"),
                ("问：你对还款有什么打算？", "答：我想分期还，每月还一千。"),
            ]
            present = ""
        title, title_mn = "调 查 笔 录", MN["investigation_record"]
    else:
        when, place = c.day(110), "本院执行局一楼第一谈话室"
        who = f"{c.agent}（{a.name}的委托代理人）"
        qa = [
            (
                "问：本院已通过网络查控系统和实地调查查找被执行人财产，情况已向你说明，你能否提供新的财产线索？",
                "答：提供不了新的线索。",
            ),
            (
                "问：本院拟终结本次执行程序。终本后被执行人仍负有履行义务，你发现财产的可以随时申请恢复执行，你是否明白？",
                "答：明白，同意终本。",
            ),
            ("问：你还有什么补充？", "答：希望法院继续关注被执行人的财产情况。"),
        ]
        present = ""
        title, title_mn = "谈 话 笔 录", MN["interview_record"]
    blocks: list[Block] = [
        ("f", f"时间：{num_date(when)}　10时05分至10时50分"),
        ("f", f"地点：{place}"),
        ("f", f"执行员：{c.officer}　书记员：{c.clerk}"),
        ("f", f"被调查人：{who}" if code == "investigation_record" else f"谈话对象：{who}"),
    ]
    if present:
        blocks.append(("f", present))
        blocks += [
            ("f", "问：你用什么语言接受调查？"),
            ("f", "答：蒙古语。"),
            ("f", f"（执行员{c.officer}通晓蒙古语，以蒙古语询问，书记员以汉文记录。）"),
        ]
    blocks += [
        ("f", f"问：我们是{COURT_SHORT}执行人员，现就{c.number}案件向你了解情况，请如实回答，听清楚了吗？"),
        ("f", "答：听清楚了。"),
        *[("f", t) for pair in qa for t in pair],
        ("f", "以上笔录已用蒙古语向我宣读，与我说的一致。" if present else "以上笔录我看过，和我说的一样。"),
    ]
    signers = [
        f"被调查人：{who.split('（')[0]}"
        if code == "investigation_record"
        else f"谈话对象：{who.split('（')[0]}",
        f"执行员：{c.officer}",
        f"书记员：{c.clerk}",
    ]
    sheets = typeset(
        title, title_mn, blocks, c.number, num_date(when), rng, style="band", signers=signers, seal_name=""
    )
    if present:  # the 嘎查's certificate the officers brought back, filed behind the record
        sheets.append(papers.gacha_certificate(c, rng))
    return sheets


SERVED_NAMES = {
    "acceptance_notice": "受理案件通知书",
    "payment_notice": "交纳执行费通知书",
    "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令",
    "enforcement_ruling": "执行裁定书",
    "summons": "传票",
    "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
    "closing_notice": "结案通知书",
}


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> RSheet:
    """The 送达回证 (16K), its Mongolian name in a column beside the title; the Mongolian applicant's papers signed for
    by her son on the 嘎查's certificate; the herder signs in Mongolian."""
    to_applicant = bool(served) and served[0] in (
        "acceptance_notice",
        "payment_notice",
        "closing_notice",
        "termination_this_round_ruling",
    )
    r = c.respondent
    proxy, mn_sign = "", ""
    if to_applicant:
        whom, signer, where = c.applicant.name, c.applicant.name, c.applicant.address
        if c.applicant.kind == "organisation":
            whom, signer = f"{c.applicant.name}（委托代理人：{c.agent}）", c.agent
        if "son" in c.extra:
            signer, proxy = str(c.extra["son"]), f"{c.extra['son']}，系受送达人之子（附嘎查村民委员会证明）"
    elif r.kind == "organisation":
        whom, signer, where = f"{r.name}（法定代表人：{r.legal_rep}）", r.legal_rep, r.address
    else:
        whom, signer, where = r.name, r.name, r.address
        if herder(c):
            where = f"{GACHA}（牧户）"
            mn_sign = str(c.extra["respondent_mn"])
    names = "、".join(SERVED_NAMES.get(code, code) for code in served)
    offsets = {
        "acceptance_notice": 2,
        "payment_notice": 2,
        "closing_notice": 74,
        "termination_this_round_ruling": 126,
        "consumption_restriction_order": 35,
        "summons": 39,
        "enforcement_ruling": 9,
    }
    day = c.day(offsets.get(served[0], 6) if served else 6)
    if served and served[0] == "termination_this_round_ruling":
        day = c.closed_on - timedelta(days=4)
    how = "直接送达" if not herder(c) or to_applicant else "直接送达（在嘎查村民委员会主任见证下）"
    rows = [
        ["送达文书名称及件数", f"{names}　各一份"],
        ["受送达人", whom],
        ["送达地址", where],
        ["受送达人签名或盖章", ""],
        ["签收日期", num_date(day)],
        ["代收人及代收理由", proxy],
        ["送达人", f"{c.clerk}　{c.officer}"],
        ["备注", how],
    ]
    s = form(
        "送 达 回 证", rows, c.number, rng, cols=(50, 106), row_h=14, title_mn=MN["service_receipt"], size=K16
    )
    sign_y = s.table_top + mm(14) * 3 + mm(3)
    hand(s, mm(75), sign_y, signer, rng, size=mm(6.2), ink=(20, 20, 24))
    if mn_sign:
        mn_column(s, mm(128), sign_y - mm(3), mn_sign, 3.6, fill=(20, 20, 24))
    return s


__all__ = [
    "APPLICANT_MN",
    "ARBITRATION",
    "CODES",
    "GACHA",
    "HERDER",
    "NOTARY",
    "SIZIWANG",
    "adopt_basis",
    "render",
]
