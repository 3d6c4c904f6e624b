"""court_p — 广东省珠海市横琴粤澳深度合作区人民法院 (粤0491), held out: drawn without looking at the page reader, to
measure it once on a layout it has never seen. A court in the Guangdong–Macao cooperation zone: its applicants are
a Macau company, a Hong Kong resident and a Hong Kong company, so half of each dossier was written in Macau or Hong
Kong in Traditional characters (court_p_papers), the rest on the mainland (court_p_forms and this module's own
papers). Everything went through the office copier's scan-to-PDF in black-and-white mode (court_p_capture).

House style (court_p_kit): the court's full name in bold Song, the title, the 案号 right-aligned, a Song body, the
signers right, the seal over a 二〇二四年 date, a 校对章 on rulings, "－ 1 －" at the foot; rulings say "裁定如下：";
forms are ruled tables under "横琴粤澳深度合作区人民法院"."""

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
from dossier.corpus.families import court_p_forms as forms
from dossier.corpus.families import court_p_papers as papers
from dossier.corpus.families.court_p_kit import BUREAU, COURT, SHORT, Block, PSheet, bold, form, song, typeset

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
CODES = OWN | papers.CODES | forms.CODES
LAW = "《中华人民共和国民事诉讼法》"
KINDS = {4861: "macau_company", 5327: "hk_person", 6094: "hk_company"}
"""whose case each plan's sequence number is: a Macau company's, a Hong Kong resident's, a Hong Kong company's"""
SURNAMES = (
    ("陳", "陈", "CHAN", "CHAN"),
    ("黃", "黄", "WONG", "WONG"),
    ("李", "李", "LEI", "LEE"),
    ("梁", "梁", "LEONG", "LEUNG"),
    ("何", "何", "HO", "HO"),
    ("林", "林", "LAM", "LAM"),
    ("張", "张", "CHEONG", "CHEUNG"),
    ("吳", "吴", "NG", "NG"),
    ("劉", "刘", "LAO", "LAU"),
    ("鄭", "郑", "CHEANG", "CHENG"),
)
GIVEN = (
    ("嘉", "嘉", "KA", "KA"),
    ("偉", "伟", "WAI", "WAI"),
    ("志", "志", "CHI", "CHI"),
    ("詠", "咏", "WENG", "WING"),
    ("敏", "敏", "MAN", "MAN"),
    ("俊", "俊", "CHON", "CHUN"),
    ("浩", "浩", "HOU", "HO"),
    ("慧", "慧", "WAI", "WAI"),
    ("寶", "宝", "POU", "PO"),
    ("明", "明", "MENG", "MING"),
    ("欣", "欣", "IAN", "YAN"),
    ("麗", "丽", "LAI", "LAI"),
)
WORDS = (
    ("恆豐", "恒丰", "Hang Fong", "HANG FUNG"),
    ("興達", "兴达", "Heng Tat", "HING TAT"),
    ("萬利", "万利", "Man Lei", "MAN LEE"),
    ("錦華", "锦华", "Kam Wa", "KAM WAH"),
    ("寶聲", "宝声", "Pou Seng", "PO SING"),
)
TRADES = (
    ("貿易", "贸易", "Comércio", "TRADING"),
    ("投資", "投资", "Investimento", "INVESTMENT"),
    ("飲食", "饮食", "Restauração", "CATERING"),
    ("建築工程", "建筑工程", "Engenharia e Construção", "ENGINEERING"),
)
ZH_TRADES = ("科技", "商贸", "文化创意", "中医药科技", "跨境电子商务", "会展服务")
ROADS = ("环岛东路", "琴朗道", "天羽道", "横琴港澳大道", "宝华路", "荣澳道", "港澳大道", "十字门大道")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "identity_proof" and "respondent" in served:
        return list(_respondent_identity(c, rng))
    if code in forms.CODES or (code == "enforcement_application" and c.extra["kind"] == "hk_person"):
        return list(forms.render(code, c, rng, served))
    if code in papers.CODES:
        return list(papers.render(code, c, rng, served))
    return list(_own(c, code, rng, served))


def _person(rng: random.Random) -> tuple[str, str, str, str]:
    """A Cantonese name: (Simplified, Traditional, Macau romanisation, Hong Kong romanisation)."""
    s = rng.choice(SURNAMES)
    g = rng.sample(GIVEN, 2)
    return (
        s[1] + g[0][1] + g[1][1],
        s[0] + g[0][0] + g[1][0],
        f"{s[2]} {g[0][2]} {g[1][2]}",
        f"{s[3]}, {g[0][3]} {g[1][3]}",
    )


def hkid(rng: random.Random) -> str:
    """A Hong Kong identity card number with its check digit: A123456(3)."""
    letter = rng.choice("ACDEGHKPRVYZ")
    digits = f"{rng.randint(0, 999999):06d}"
    total = (
        36 * 9
        + (ord(letter) - 55) * 8
        + sum(int(d) * w for d, w in zip(digits, range(7, 1, -1), strict=True))
    )
    check = (11 - total % 11) % 11
    return f"{letter}{digits}({'A' if check == 10 else check})"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Moves the case to 横琴: a 横琴 company as respondent, and by the plan's number a Macau company, a Hong Kong
    resident (港澳居民居住证 810000…) or a Hong Kong company as applicant, with a 民事调解书 or 民事判决书 of this court."""
    kind = KINDS.get(int(c.number.split("执")[1].rstrip("号")), "hk_person")
    year = c.filed_on.year - 1
    c.extra["kind"] = kind
    rep = person_name(rng)
    rep_born = date(rng.randint(1968, 1990), rng.randint(1, 12), rng.randint(1, 28))
    c.extra["rep_id"] = id_number(rng, "440402", rep_born)
    w = rng.choice(ZH_TRADES)
    c.respondent = Party(
        f"珠海横琴{rng.choice(['澳琴', '粤澳', '琴湾', '长隆湾', '十字门'])}{w}有限公司",
        "organisation",
        credit_code(rng, "440400"),
        f"珠海市横琴新区{rng.choice(ROADS)}{rng.randint(8, 3000)}号{rng.randint(1, 9)}栋{rng.randint(2, 28)}0{rng.randint(1, 9)}室",
        f"0756-{rng.randint(2100000, 8899999)}",
        legal_rep=rep,
    )
    tw, sw, pw, ew = rng.choice(WORDS)
    tt, st, pt, et = rng.choice(TRADES)
    boss = _person(rng)
    boss_born = date(rng.randint(1962, 1985), rng.randint(1, 12), rng.randint(1, 28))
    c.extra["poa_signed"] = c.filed_on - timedelta(days=rng.randint(12, 20))
    c.extra["founded"] = date(rng.randint(2008, 2019), rng.randint(1, 12), rng.randint(1, 28))
    c.extra["partner"] = _person(rng)[1]
    c.extra["notary"] = _person(rng)[1]
    c.extra["email"] = (
        f"{rng.choice(['legal', 'case', 'office'])}{rng.randint(10, 99)}@{rng.choice(['hcadv.com.mo', 'gdhq-law.cn'])}"
    )
    agent = _person(rng)
    if kind == "hk_person":
        me = _person(rng)
        born = date(rng.randint(1960, 1990), rng.randint(1, 12), rng.randint(1, 28))
        hk_addr = f"香港特别行政区九龙{rng.choice(['尖沙咀广东道', '旺角弥敦道', '红磡德民街'])}{rng.randint(2, 300)}号{rng.randint(2, 30)}楼{rng.choice('ABCDEF')}室"
        c.applicant = Party(
            me[0],
            "person",
            id_number(rng, "810000", born),
            hk_addr,
            f"+852 {rng.randint(5100, 9899)} {rng.randint(1000, 9999)}",
            born=born,
            sex=rng.choice("男女"),
        )
        c.extra.update(
            app_tc=me[1],
            app_foreign=me[3],
            roman=me[3],
            app_addr_sc=hk_addr,
            app_addr_tc=papers.trad(hk_addr),
            hkid=hkid(rng),
            permit=f"H{rng.randint(10**7, 10**8 - 1)}",
            rep=(*me, "", born, c.applicant.sex),
            mainland_addr=f"珠海市横琴粤澳深度合作区天羽道{rng.randint(1, 30)}号{rng.randint(1, 20)}栋{rng.randint(2, 30)}0{rng.randint(1, 6)}",
        )
        c.agent = person_name(rng)
        c.firm = "广东横琴正衡律师事务所"
        c.extra["firm"] = (
            c.firm,
            f"珠海市横琴粤澳深度合作区环岛东路{rng.randint(1000, 3000)}号横琴国际金融中心{rng.randint(10, 40)}楼",
        )
        c.extra["license"] = f"14404{rng.randint(2010, 2020)}1{rng.randint(1000000, 9999999)}"
        c.extra.update(cause="民间借贷纠纷", claim="借款本金及利息", basis_doc="民事判决书")
        c.amount = Decimal(rng.randint(30000000, 120000000)) / 100
    else:
        macau = kind == "macau_company"
        if macau:
            foreign = f"Companhia de {pt} {pw}, Limitada"
            addr_tc = f"{rng.choice(['南灣大馬路', '友誼大馬路', '高士德大馬路', '宋玉生廣場'])}{rng.randint(10, 800)}號{rng.randint(2, 25)}樓{rng.choice('ABCDEF')}座"
            reg = f"第{rng.randint(20000, 89999)}（SO）號"
            id_card = f"{rng.choice('157')}{rng.randint(100000, 999999)}({rng.randint(0, 9)})"
            c.extra["app_addr_sc"] = "澳门特别行政区" + papers.simp(addr_tc)
            phone = f"(853) 28{rng.randint(10, 99)} {rng.randint(1000, 9999)}"
        else:
            foreign = f"{ew} {et} LIMITED"
            addr_tc = f"香港灣仔港灣道{rng.randint(1, 30)}號{rng.choice(['新鴻基中心', '中環廣場', '瑞安中心'])}{rng.randint(10, 50)}樓{rng.randint(1, 20):02d}室"
            reg = f"{rng.randint(1000000, 3299999)}"
            id_card = hkid(rng)
            c.extra["app_addr_sc"] = papers.simp(addr_tc).replace("香港", "香港特别行政区", 1)
            c.extra["br_no"] = f"{rng.randint(10000000, 79999999)}-000"
            phone = f"+852 {rng.randint(2100, 3999)} {rng.randint(1000, 9999)}"
        name_tc = f"{tw}{tt}有限公司"
        c.applicant = Party(
            f"{sw}{st}有限公司", "organisation", "", str(c.extra["app_addr_sc"]), phone, legal_rep=boss[0]
        )
        c.extra.update(
            app_tc=name_tc,
            app_foreign=foreign,
            app_addr_tc=addr_tc,
            reg_no=reg,
            rep=(boss[0], boss[1], boss[2] if macau else boss[3], id_card, boss_born, rng.choice("男女")),
        )
        c.agent, c.extra["agent_tc"] = agent[0], agent[1]
        c.firm = "广东衡正（横琴）联营律师事务所"
        c.extra["firm"] = (
            c.firm,
            f"珠海市横琴粤澳深度合作区港澳大道{rng.randint(100, 999)}号{rng.randint(5, 30)}楼",
        )
        c.extra["firm_en"] = "Guangdong Hang Cheng (Hengqin) Joint Operation Law Firm"
        c.extra["license"] = f"1440420{rng.randint(21, 23)}{rng.randint(10000000, 99999999)}"
        if macau:
            c.extra.update(cause="买卖合同纠纷", claim="货款", basis_doc="民事调解书")
        else:
            c.extra.update(cause="服务合同纠纷", claim="服务费", basis_doc="民事判决书")
        c.amount = Decimal(rng.randint(20000000, 150000000)) / 100
    c.extra.setdefault("agent_tc", papers.trad(c.agent))
    c.agent_phone = f"+853 6{rng.randint(1000000, 9999999)}" if kind == "macau_company" else c.agent_phone
    c.extra["account"] = (
        ("中国银行澳门分行", f"18-{rng.randint(11, 99)}-{rng.randint(10, 99)}-{rng.randint(100000, 999999)}")
        if kind == "macau_company"
        else (
            forms.BANKS[2],
            f"6217 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        )
    )
    first = (c.amount * Decimal("0.5")).quantize(Decimal("0.01"))
    c.extra["paid"] = [(c.day(21), first), (c.day(51), c.amount - first)]
    c.basis_court = COURT
    c.basis_number = f"（{year}）粤0491民初{rng.randint(800, 6999)}号"
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=45))


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    return f"本院{c.basis_number}{c.extra.get('basis_doc', '民事判决书')}"


def party_lines(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    if a.kind == "organisation":
        where = "澳门特别行政区" if c.extra["kind"] == "macau_company" else "香港特别行政区"
        out: list[Block] = [
            ("f", f"申请执行人：{a.name}（{c.extra['app_foreign']}），住所地{where}。"),
            ("f", f"{'行政管理机关成员' if c.extra['kind'] == 'macau_company' else '董事'}：{a.legal_rep}。"),
        ]
    else:
        out = [
            (
                "f",
                f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，香港特别行政区居民，住{a.address}。",
            )
        ]
    out += [
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被执行人：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
    ]
    return out


def _own(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[PSheet]:
    a, r = c.applicant, c.respondent
    officer, clerk = [f"执行员　{c.officer}"], [f"书记员　{c.clerk}"]
    bench = [f"审判长　{c.judge}", f"审判员　{person_name(random.Random(c.judge))}", f"审判员　{c.officer}"]
    contact = [f"承办人：{c.officer}　联系电话：{c.court.phone}", f"本院地址：{c.court.address}"]
    abroad = "（境外当事人）" if a.kind == "organisation" or c.extra["kind"] == "hk_person" else ""
    if code == "acceptance_notice":
        return typeset(
            "受理执行案件通知书",
            [
                ("f", f"{a.name}{abroad}："),
                (
                    "p",
                    f"你方申请执行{r.name}{cause(c)}一案，执行依据为{basis_name(c)}。经审查，符合法律规定的受理条件，本院已于"
                    f"{cn_date(c.filed_on)}立案执行。",
                ),
                (
                    "p",
                    "你方在执行过程中应如实提供被执行人的财产线索；送达地址发生变更的，应当及时书面告知本院。你方系港澳当事人，"
                    "可通过“粤公正”小程序或本院诉讼服务中心跨境诉讼服务窗口查询案件进展。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.filed_on),
            rng,
            tail=contact,
        )
    if code == "payment_notice":
        fee = int(c.amount) // 100 + 50
        return typeset(
            "缴纳执行申请费通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"你方申请执行{r.name}{cause(c)}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应交纳申请执行费"
                    f"人民币{fee}元。该费用由被执行人负担，本院执行中一并向被执行人收取后退还。请于七日内通过广东法院网上缴费平台缴纳。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.day(1)),
            rng,
        )
    if code == "enforcement_notice":
        return typeset(
            "执行通知书",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"申请执行人{a.name}与你单位{cause(c)}一案，{basis_name(c)}已经发生法律效力。申请执行人于{cn_date(c.filed_on)}"
                    f"向本院申请执行，本院依法立案执行。依照{LAW}第二百五十一条、第二百六十四条的规定，责令你单位立即履行下列义务：",
                ),
                ("p", f"一、向申请执行人{a.name}支付{c.extra.get('claim', '款项')}{money(c.amount)}；"),
                ("p", "二、加倍支付迟延履行期间的债务利息；"),
                ("p", "三、负担本案申请执行费。"),
                (
                    "p",
                    "你单位逾期不履行的，本院将依法强制执行，并可对你单位及法定代表人采取限制消费、纳入失信被执行人名单等措施。",
                ),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
            tail=clerk,
        )
    if code == "property_report_order":
        return typeset(
            "报告财产令",
            [
                ("f", f"{r.name}："),
                (
                    "p",
                    f"本院执行申请执行人{a.name}与你单位{cause(c)}一案，依照{LAW}第二百五十二条的规定，责令你单位在收到本令后五日内，"
                    "如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写随附的财产申报表。",
                ),
                (
                    "p",
                    "你单位拒绝报告或者虚假报告的，本院将根据情节轻重对你单位或者你单位的主要负责人、直接责任人员予以罚款、拘留；"
                    "构成犯罪的，依法追究刑事责任。",
                ),
                ("p", "此令。"),
            ],
            c.number,
            cn_date(c.day(3)),
            rng,
            signers=officer,
        )
    if code == "summons":
        return typeset(
            "传　　票",
            [
                ("f", f"案号：{c.number}"),
                ("f", f"被传唤人：{r.legal_rep}（{r.name}法定代表人）"),
                ("f", f"案由：{cause(c)}执行"),
                ("f", "传唤事由：接受调查询问，如实说明财产情况"),
                ("f", f"应到时间：{num_date(c.day(41))}上午9时30分"),
                ("f", f"应到处所：{SHORT}执行局第二询问室"),
                (
                    "p",
                    "注意事项：被传唤人须携带本传票及身份证件准时到达；无正当理由拒不到场的，本院可以拘传。",
                ),
            ],
            "",
            cn_date(c.day(34)),
            rng,
            signers=officer,
        )
    if code == "consumption_restriction_order":
        return typeset(
            "限制消费令",
            [
                ("f", f"被执行人：{r.name}，住所地{r.address}。"),
                ("f", f"法定代表人：{r.legal_rep}。"),
                (
                    "p",
                    f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案。因被执行人未按执行通知书"
                    f"指定的期间履行生效法律文书确定的给付义务，依照{LAW}第二百六十六条、《最高人民法院关于限制被执行人高消费及有关消费的"
                    f"若干规定》第一条、第三条的规定，现对被执行人{r.name}及其法定代表人{r.legal_rep}采取限制消费措施，不得实施以下"
                    "高消费及非生活和工作必需的消费行为：（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上"
                    "宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、"
                    "宾馆、公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费"
                    "购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。",
                ),
                ("p", "如因经营必需而进行本令禁止的消费行为，应当向本院提出申请，获批准后方可进行。"),
                ("p", "如违反本限制消费令，本院将依法追究法律责任。"),
            ],
            c.number,
            cn_date(c.day(4 if c.method == "fully_performed" else 30)),
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
                    f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务。"
                    "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二条第一款的规定，决定如下：",
                ),
                ("p", f"将{r.name}纳入失信被执行人名单，期限二年。"),
                ("p", "本决定一经作出即生效。"),
            ],
            c.number,
            cn_date(c.day(32)),
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
                    f"本院依据{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知书履行法律文书确定的义务。依照{LAW}"
                    "第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下：",
                ),
                (
                    "p",
                    f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结、拍卖、变卖其同等价值的其他财产。",
                ),
                ("p", "本裁定立即执行。"),
            ],
            c.number,
            cn_date(c.day(6)),
            rng,
            signers=officer,
            tail=clerk,
            proof=True,
        )
    if code == "assistance_notice":
        return _assistance(c, rng)
    if code == "termination_this_round_ruling":
        return typeset(
            "执行裁定书",
            [
                *party_lines(c),
                (
                    "p",
                    f"本院在执行{basis_name(c)}过程中，于{cn_date(c.day(3))}向被执行人发出执行通知书、报告财产令，被执行人未履行义务。"
                    "本院通过网络执行查控系统对被执行人的存款、车辆、不动产、证券、网络资金、股权等财产进行了查询，未发现可供执行的财产；"
                    f"经现场调查，被执行人已停止经营。本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。"
                    f"本院于{cn_date(c.day(110))}约谈申请执行人的委托诉讼代理人，告知本案查控情况及拟终结本次执行程序，申请执行人无异议。",
                ),
                (
                    "p",
                    "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下：",
                ),
                ("p", f"终结本院{c.number}案件的本次执行程序。"),
                (
                    "p",
                    "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。",
                ),
                ("p", "本裁定送达后立即生效。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=5)),
            rng,
            signers=bench,
            tail=clerk,
            proof=True,
        )
    if code == "closing_notice":
        how = (
            "被执行人已按执行和解协议分期履行完毕"
            if c.extra["kind"] == "hk_company"
            else "本院已从被执行人银行账户扣划全部执行款并汇付申请执行人"
        )
        return typeset(
            "结案通知书",
            [
                ("f", f"{a.name}："),
                (
                    "p",
                    f"本院受理的你方申请执行{r.name}{cause(c)}一案，{how}，共计{money(c.amount)}。依照《最高人民法院关于执行案件立案、"
                    "结案若干问题的意见》第十五条第一款第一项的规定，本案以执行完毕方式结案。",
                ),
                ("p", "特此通知。"),
            ],
            c.number,
            cn_date(c.closed_on - timedelta(days=2)),
            rng,
        )
    if code in ("investigation_record", "interview_record"):
        return _record(c, code, rng)
    if code == "service_receipt":
        return [_receipt(c, served, rng)]
    if code == "closing_approval_form":
        how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(
            c.method, c.method
        )
        return [
            form(
                "执行案件结案审批表",
                [
                    ["案号", c.number],
                    ["申请执行人", a.name],
                    ["被执行人", r.name],
                    ["执行依据", basis_name(c).removeprefix("本院")],
                    ["执行标的", money(c.amount)],
                    ["立案日期", num_date(c.filed_on)],
                    ["执行到位金额", money(c.amount) if how == "执行完毕" else "0元"],
                    ["结案方式", how],
                    ["承办人意见", f"符合{how}结案条件，报请审批。　{c.officer}"],
                    ["合议庭/团队负责人意见", f"同意。　{c.judge}"],
                    ["执行局局长意见", "同意结案。"],
                    ["结案日期", num_date(c.closed_on)],
                ],
                c.number,
                rng,
                row_h=13,
            )
        ]
    if code == "dossier_cover":
        return [_cover(c)]
    if code == "catalogue":
        rows = [
            ["序号", "文件名称", "页号"],
            *[[str(i), name, str(p)] for i, (name, p) in enumerate(_catalogue(), 1)],
        ]
        return [form("卷 内 目 录", rows, c.number, rng, cols=(16, 116, 28), row_h=8.4)]
    if code == "file_review_form":
        return [
            form(
                "卷宗复核表",
                [
                    ["案号", c.number],
                    ["结案方式", "终结本次执行程序"],
                    ["卷内文书是否齐全", "齐全"],
                    ["涉港澳文书公证转递手续", "完备"],
                    ["送达手续是否完备", "完备"],
                    ["有无空白页、缺页", "无"],
                    ["复核意见", "符合归档要求，同意移交档案室。"],
                    ["复核人（承办人）", c.officer],
                    ["复核日期", num_date(c.closed_on + timedelta(days=9))],
                ],
                c.number,
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
                        f"本卷共有文书材料{rng.randint(38, 46)}页，其中港澳地区形成的文书材料附中国委托"
                        "公证人证明，经检查无缺页、无破损。",
                    ],
                    ["立卷人", c.clerk],
                    ["检查人", c.officer],
                    ["立卷时间", num_date(c.closed_on + timedelta(days=11))],
                ],
                "",
                rng,
                row_h=[40, 14, 14, 14],
            )
        ]
    raise KeyError(code)


def _assistance(c: CaseCtx, rng: random.Random) -> list[PSheet]:
    """协助执行通知书 to the respondent's 珠海 bank, with the bank's 回执 (the form's tear-off, filled and stamped)."""
    r = c.respondent
    bank = forms.bank_of(c)
    what = (
        "扣划被执行人{n}在你行开立的账户内存款{m}，划至本院执行款专户"
        if c.method == "fully_performed"
        else "冻结被执行人{n}在你行开立的账户内存款，限额{m}，冻结期限一年"
    ).format(n=r.name, m=money(c.amount))
    sheets = typeset(
        "协助执行通知书",
        [
            ("f", f"{bank}："),
            (
                "p",
                f"关于申请执行人{c.applicant.name}与被执行人{r.name}{cause(c)}一案，本院{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条的规定，请协助执行下列事项：",
            ),
            ("p", f"{what}。"),
            ("p", f"被执行人证照号码：{r.id_number}。"),
        ],
        c.number,
        cn_date(c.day(7)),
        rng,
        tail=[f"经办人：{c.officer}　{c.clerk}（执行公务证　{rng.randint(440000, 449999)}）"],
    )
    back = PSheet()
    back.centred(mm(26), COURT, bold(5.4))
    back.centred(mm(38), "协助执行通知书（回执）", bold(6.6))
    done = (
        f"已于{num_date(c.day(9))}扣划人民币{c.amount:,.2f}元至贵院执行款专户"
        if c.method == "fully_performed"
        else f"已于{num_date(c.day(8))}冻结，实际冻结金额人民币{rng.randint(0, 900)}.{rng.randint(10, 99)}元"
    )
    rows = [
        ["案号", c.number],
        ["协助执行单位", bank],
        ["被执行人", r.name],
        ["协助执行事项", what],
        ["执行情况", done],
        ["经办人", ""],
        ["日期", num_date(c.day(9))],
    ]
    y = table(
        back,
        mm(24),
        mm(54),
        [mm(40), mm(124)],
        rows,
        song(3.9),
        row_h=[mm(12), mm(12), mm(12), mm(26), mm(20), mm(14), mm(12)],
        width=3,
    )
    hand(back, mm(70), y - mm(24), person_name(rng), rng, size=mm(6), ink=(25, 25, 30))
    seal(back, mm(150), y + mm(10), bank, rng, radius=mm(18))
    back.text(mm(24), y + mm(34), "（本回执由协助执行单位填写后退回本院）", song(3.4))
    return [*sheets, back]


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[PSheet]:
    r = c.respondent
    if code == "investigation_record":
        who, when, place = f"{r.legal_rep}（{r.name}法定代表人）", c.day(41), f"{SHORT}执行局第二询问室"
        qa = [
            ("问：你公司目前的经营状况？", "答：去年横琴口岸那边的生意停了，店面退租，员工都已遣散。"),
            (
                "问：公司名下有无存款、车辆、房产、对外投资及应收账款？",
                "答：账户里没钱，被冻结了；没有车和房；应收款收不回来。",
            ),
            (
                "问：申请执行人提供的线索称你公司在澳门有客户欠款，情况如何？",
                "答：那家澳门客户也结业了，我们也在追，收不到。",
            ),
            ("问：法院已对你公司及你本人限制消费，纳入失信名单，你是否清楚？", "答：清楚，文书都收到了。"),
            ("问：对履行有何打算？", "答：现在确实没有能力，有钱会第一时间联系法院。"),
        ]
    else:
        who, when, place = (
            f"{c.agent}（申请执行人{c.applicant.name}的委托诉讼代理人）",
            c.day(110),
            f"{SHORT}执行局约谈室（线上视频）",
        )
        qa = [
            (
                "问：本院经网络查控、现场调查，未发现被执行人可供执行的财产，你方能否提供新的财产线索？",
                "答：暂时没有新的线索。我已与委托人（在香港）电话沟通过。",
            ),
            (
                "问：本院拟终结本次执行程序。终本后被执行人仍负有继续履行的义务，限制消费措施继续有效，你方发现财产可申请恢复执行，"
                "是否清楚？",
                "答：清楚，委托人同意终结本次执行程序。",
            ),
            ("问：还有无补充？", "答：没有。"),
        ]
    title = "调 查 笔 录" if code == "investigation_record" else "约 谈 笔 录"
    blocks: list[Block] = [
        (
            "f",
            f"时间：{num_date(when)}　{rng.randint(9, 15)}时{rng.randint(0, 3)}0分至{rng.randint(9, 15)}时{rng.randint(4, 5)}0分",
        ),
        ("f", f"地点：{place}"),
        ("f", f"执行员：{c.officer}　　记录人：{c.clerk}"),
        ("f", f"被询问人：{who}"),
        (
            "f",
            f"问：我们是{SHORT}执行局工作人员，今天就{c.number}一案向你了解情况，你应当如实陈述，听清楚了吗？",
        ),
        ("f", "答：清楚。"),
        *[("f", t) for pair in qa for t in pair],
        ("f", "以上笔录已阅，记录属实。"),
    ]
    return typeset(
        title,
        blocks,
        c.number,
        num_date(when),
        rng,
        head=BUREAU,
        seal_name=COURT,
        signers=[f"被询问人：{who.split('（')[0]}", f"执行员：{c.officer}", f"记录人：{c.clerk}"],
    )


SERVED_NAMES = {
    "acceptance_notice": "受理执行案件通知书",
    "payment_notice": "缴纳执行申请费通知书",
    "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令（附财产申报表）",
    "enforcement_ruling": "执行裁定书",
    "summons": "传票",
    "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
    "closing_notice": "结案通知书",
}


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> PSheet:
    """送达回证: the respondent's legal representative signs; the Hong Kong or Macau applicant's papers are signed
    for by its mainland agent (境外当事人 served through the agent it named)."""
    to_applicant = bool(served) and served[0] in (
        "acceptance_notice",
        "payment_notice",
        "closing_notice",
        "termination_this_round_ruling",
    )
    r = c.respondent
    if to_applicant:
        whom, signer, where = (
            f"{c.applicant.name}（代收人：委托诉讼代理人{c.agent}）",
            c.agent,
            str(c.extra["firm"][1]),
        )
    else:
        whom, signer, where = f"{r.name}（法定代表人：{r.legal_rep}）", r.legal_rep, r.address
    names = "、".join(SERVED_NAMES.get(code, code) for code in served)
    offsets = {
        "acceptance_notice": 1,
        "closing_notice": 74,
        "termination_this_round_ruling": 127,
        "consumption_restriction_order": 33,
        "enforcement_notice": 5,
    }
    day = c.day(offsets.get(served[0], 5) if served else 5)
    if c.method == "fully_performed" and served and served[0] == "consumption_restriction_order":
        day = c.day(6)
    rows = [
        ["案号", c.number],
        ["案由", f"{cause(c)}执行"],
        ["送达文书名称及件数", f"{names}　各一份"],
        ["受送达人", whom],
        ["送达地址", where],
        ["受送达人签名或盖章", ""],
        ["签收日期", num_date(day)],
        ["代收人及代收理由", ""],
        ["送达方式", "直接送达" if not to_applicant else "向境外当事人的诉讼代理人送达"],
        ["送达人", f"{c.clerk}　{person_name(rng)}"],
    ]
    s = form("送　达　回　证", rows, "", rng, cols=(50, 110), row_h=14)
    hand(s, mm(23 + 54), mm(46) + mm(14) * 5 + mm(3), signer, rng, size=mm(6.5), ink=(25, 25, 30))
    return s


def _respondent_identity(c: CaseCtx, rng: random.Random) -> list[PSheet]:
    """The 横琴 company's 营业执照 (副本) copy and its 法定代表人身份证明书."""
    r = c.respondent
    lic = PSheet(copied=True, generation=rng.choice([1, 2]))
    lic.draw.rectangle((mm(14), mm(16), mm(196), mm(200)), outline=(150, 60, 40), width=10)
    lic.centred(mm(32), "营 业 执 照", bold(9.0))
    lic.centred(mm(47), "（副　本）", song(4.2))
    lic.text(mm(24), mm(58), f"统一社会信用代码　{r.id_number}", song(3.8))
    founded = date(rng.randint(2015, 2021), rng.randint(1, 12), rng.randint(1, 28))
    rows = [
        ("名　　称", r.name),
        ("类　　型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", r.legal_rep),
        (
            "经营范围",
            "一般项目：技术服务、技术开发、技术咨询；会议及展览服务；货物进出口。（除依法须经批准的项目外，凭营业执照依法"
            "自主开展经营活动）",
        ),
        ("注册资本", f"人民币{rng.choice([100, 200, 500, 1000])}万元"),
        ("成立日期", f"{founded.year}年{founded.month:02d}月{founded.day:02d}日"),
        ("住　　所", r.address),
    ]
    y: float = mm(70)
    for k, v in rows:
        lic.text(mm(26), y, k, song(3.8))
        for part in wrap(v, song(3.8), mm(120)):
            lic.text(mm(60), y, part, song(3.8))
            y += mm(7)
        y += mm(2)
    lic.text(mm(120), y + mm(8), "登记机关", song(3.8))
    seal(lic, mm(160), y + mm(12), "横琴粤澳深度合作区商事服务局", rng, radius=mm(16))
    lic.text(
        mm(130), y + mm(26), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", song(3.6)
    )
    lic.text(mm(30), mm(230), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", song(3.2))
    lic.text(mm(30), mm(240), "复印件与原件一致（由申请执行人提交）", song(4.2))
    proof = typeset(
        "法定代表人身份证明书",
        [
            ("p", f"{r.legal_rep}在我公司任执行董事职务，系我公司的法定代表人。"),
            ("f", f"公民身份号码：{c.extra['rep_id']}"),
            ("f", f"公司名称：{r.name}"),
            ("f", f"统一社会信用代码：{r.id_number}"),
            ("f", f"住所：{r.address}"),
            ("p", "特此证明。"),
        ],
        "",
        cn_date(c.day(10)),
        rng,
        head=r.name,
        seal_name=r.name,
    )
    proof[0].starts_document = True
    return [lic, *proof]


def _catalogue() -> list[tuple[str, int]]:
    names = [
        "执行申请书",
        "生效法律文书及生效证明书",
        "申请执行人身份证明（港澳居民来往内地通行证、居住证）",
        "被执行人营业执照、身份证明",
        "授权委托书及中国委托公证人证明",
        "律师事务所函、律师执业证",
        "送达地址确认书、收取案款确认书",
        "财产线索表、缴费票据",
        "受理执行案件通知书",
        "执行通知书、报告财产令、财产申报表",
        "网络查控结果、银行回复",
        "执行裁定书、协助执行通知书",
        "传票、调查笔录",
        "限制消费令、失信决定书",
        "约谈笔录",
        "终结本次执行程序裁定书",
        "结案审批表",
        "送达回证",
        "卷宗复核表",
    ]
    page, out = 1, []
    for name in names:
        out.append((name, page))
        page += 2 if "、" in name or "及" in name else 1
    return out


def _cover(c: CaseCtx) -> PSheet:
    s = PSheet()
    s.centred(mm(36), COURT, bold(6.6), spacing=mm(0.6))
    s.centred(mm(56), "执 行 案 件 卷 宗", bold(11.0), spacing=mm(2))
    s.centred(mm(76), "（正卷）", song(5.0))
    rows = [
        ["案号", c.number],
        ["案由", f"{cause(c)}（涉港）"],
        ["申请执行人", c.applicant.name],
        ["被执行人", c.respondent.name],
        ["执行依据", basis_name(c).removeprefix("本院")],
        ["立案日期", num_date(c.filed_on)],
        ["结案日期", num_date(c.closed_on)],
        ["结案方式", "终结本次执行程序"],
        ["承办人", c.officer],
        ["书记员", c.clerk],
        ["归档日期", num_date(c.closed_on + timedelta(days=16))],
        ["保管期限", "长期"],
    ]
    table(s, mm(30), mm(94), [mm(40), mm(110)], rows, song(4.4), row_h=mm(13), width=3)
    s.centred(mm(266), "全宗号　　　　目录号　　　　案卷号　　　　", song(4.0))
    return s
