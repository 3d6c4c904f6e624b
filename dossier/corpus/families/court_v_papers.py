"""The papers in court_v's dossiers that others made: the bases (this court's 船员劳务 judgment, the 广东省高级人民法院's
appeal judgment in the collision, the 中国海事仲裁委员会's award and its 生效证明), a Marshall Islands shipowner's
English power of attorney with the Piraeus notary's certificate, the apostille and a translation agency's Chinese
version, a Hong Kong company's certificate of incorporation with its 董事证明, business licences and the
法定代表人身份证明书, a seaman's handwritten application on lined paper and his ID card, a Guangzhou maritime law
firm's papers, the 广东省非税收入 receipt, the respondent's handfilled 财产申报表, the bank's 冻结回执 in its own form
and the 总对总 查控 printout."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from functools import cache

from PIL import ImageFont

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import hand, mm, seal, table, wrap
from dossier.corpus.families.court_v_kit import COURT, Block, VSheet, body, bold, bureau_form, typeset
from dossier.corpus.fonts import Font, font

CODES = frozenset(
    {
        "enforcement_application",
        "enforcement_basis",
        "effectiveness_certificate",
        "property_clue_form",
        "fee_receipt",
        "identity_proof",
        "power_of_attorney",
        "law_firm_letter",
        "lawyer_license",
        "payment_account_confirmation",
        "service_address_confirmation",
        "property_declaration_form",
    }
)
FIRMS = (
    ("广东海航律师事务所", "广州市天河区珠江新城华夏路16号富力盈凯广场27楼"),
    ("广东南沙港湾律师事务所", "广州市南沙区海滨路171号南沙金融大厦18层"),
    ("广东珠江口律师事务所", "广州市越秀区沿江中路298号江湾大酒店商业中心B座12层"),
)
BANKS = (
    "中国银行股份有限公司广州南沙支行",
    "招商银行股份有限公司广州珠江新城支行",
    "广州农村商业银行股份有限公司黄埔支行",
)
BLUE = (28, 40, 120)


def en(size: float, bold_: bool = False) -> Font:
    """The English face of the foreign papers: DejaVu Serif (Debian fonts-dejavu-core)."""
    return _en(mm(size), bold_)


@cache
def _en(px: int, bold_: bool) -> Font:
    name = "DejaVuSerif-Bold.ttf" if bold_ else "DejaVuSerif.ttf"
    return ImageFont.truetype(f"/usr/share/fonts/truetype/dejavu/{name}", size=px)


def exec_fee(amount: Decimal) -> Decimal:
    """申请执行费 by 《诉讼费用交纳办法》第十四条第一项: 50 yuan up to 10,000, then 1.5 % to 500,000, 1 % to
    5,000,000, 0.5 % to 10,000,000 and 0.1 % above, each on its band."""
    fee = Decimal(50)
    bands = (
        (Decimal(10000), Decimal(500000), Decimal("0.015")),
        (Decimal(500000), Decimal(5000000), Decimal("0.01")),
        (Decimal(5000000), Decimal(10000000), Decimal("0.005")),
        (Decimal(10000000), amount, Decimal("0.001")),
    )
    for low, high, rate in bands:
        if amount > low:
            fee += (min(amount, high) - low) * rate
    return fee.quantize(Decimal("0.01"))


def bank_of(c: CaseCtx) -> str:
    return BANKS[len(c.respondent.name) % len(BANKS)]


def account_of(c: CaseCtx) -> tuple[str, str]:
    a = c.applicant
    if a.kind == "person":
        return (
            "中国工商银行股份有限公司广州滨江东支行",
            f"6222 0236 0200 {len(a.name) * 1379 % 10000:04d} 118",
        )
    return ("中国银行（香港）有限公司", f"012-875-{len(a.name) * 7311 % 100000:05d}-9")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[VSheet]:
    from dossier.corpus.families.court_v import basis_name, cause, ship

    a, r = c.applicant, c.respondent
    firm, firm_addr = c.extra.get("firm", (c.firm, "广州市"))
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "enforcement_application":
        if a.kind == "person":
            return [_handwritten_application(c, rng)]
        return _typed(
            (
                "强制执行申请书",
                [
                    ("f", f"申请执行人：{a.name}"),
                    ("f", f"住所地：{a.address}"),
                    ("f", f"董事：{a.legal_rep}"),
                    ("f", f"委托代理人：{c.agent}，{firm}律师，联系电话{c.agent_phone}"),
                    ("f", f"被执行人：{r.name}"),
                    ("f", f"住所地：{r.address}"),
                    ("f", f"统一社会信用代码：{r.id_number}"),
                    ("f", f"法定代表人：{r.legal_rep}"),
                    ("c", "申请事项"),
                    (
                        "p",
                        f"一、请求依法强制执行{basis_name(c)}，责令被执行人向申请执行人支付{money(c.amount)}；",
                    ),
                    ("p", "二、请求责令被执行人加倍支付迟延履行期间的债务利息；"),
                    (
                        "p",
                        f"三、请求依法扣押、拍卖被执行人所有的{ship(c)}，以所得价款清偿上述债务；"
                        if c.basis_kind != "arbitration"
                        else "三、请求依法查询、冻结、划拨被执行人的银行存款及应收运费；",
                    ),
                    (
                        "p",
                        "四、请求对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单；",
                    ),
                    ("p", "五、本案执行费用由被执行人负担。"),
                    ("c", "事实与理由"),
                    (
                        "p",
                        f"申请执行人与被执行人{cause(c)}一案，{basis_name(c)}已于{cn_date(c.basis_effective)}发生法律效力。"
                        "被执行人至今未履行上述法律文书确定的义务。为维护申请执行人的合法权益，根据《中华人民共和国民事诉讼法》"
                        "第二百四十七条及《中华人民共和国海事诉讼特别程序法》的有关规定，特向贵院申请强制执行。",
                    ),
                    ("f", "此致"),
                    ("f", COURT),
                    ("r", f"申请执行人：{a.name}"),
                    ("r", f"委托代理人：{c.agent}"),
                    ("r", cn_date(c.filed_on - timedelta(days=2))),
                ],
            ),
            rng,
            seal_name=firm,
        )
    if code == "power_of_attorney":
        if a.id_number == "" and "Marshall" in a.address:
            return _foreign_poa(c, rng)
        return _typed(
            (
                "授权委托书",
                [
                    ("f", f"委托人：{a.name}"),
                    ("f", f"住所地：{a.address}"),
                    ("f", f"受托人：{c.agent}，{firm}律师，联系电话{c.agent_phone}"),
                    ("p", f"现委托上列受托人作为委托人与{r.name}{cause(c)}一案申请执行阶段的代理人。"),
                    (
                        "f",
                        "代理权限：特别授权，包括代为申请执行、申请扣押和拍卖船舶、申报债权、提供财产线索、参与约谈、代为承认和放弃"
                        "执行请求、代为和解、代为签收法律文书、代为领取执行案款。",
                    ),
                    ("f", "委托期限：自本委托书签署之日起至本案执行终结之日止。"),
                    ("r", f"委托人：{a.name}"),
                    ("r", cn_date(c.filed_on - timedelta(days=9))),
                ],
            ),
            rng,
            sign=a.legal_rep if a.kind == "organisation" else a.name,
        )
    if code == "law_firm_letter":
        return _typed(
            (
                "律师事务所函",
                [
                    ("f", f"{COURT}执行局："),
                    (
                        "p",
                        f"本所接受{a.name}的委托，指派{c.agent}律师担任其申请执行{r.name}{cause(c)}一案的代理人，代理权限详见授权委托书。",
                    ),
                    ("p", "特此函告。"),
                    ("f", f"本所地址：{firm_addr}"),
                    ("f", f"承办律师：{c.agent}　电话：{c.agent_phone}"),
                    ("r", firm),
                    ("r", cn_date(c.filed_on - timedelta(days=2))),
                ],
            ),
            rng,
            seal_name=firm,
            letterhead=firm,
        )
    if code == "lawyer_license":
        return [_license(c, firm, rng)]
    if code == "identity_proof":
        return _identity(c, "respondent" in served, rng)
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "property_clue_form":
        rows = [
            ["被执行人名称", r.name],
            ["船舶", f"{ship(c)}（{c.extra.get('imo', '')}，船籍港广州），近期在广州港新沙港区靠泊"],
            ["银行账户", f"{bank_of(c)}（基本户，账号不详）"],
            ["应收款", "被执行人对广州港股份有限公司新沙港务分公司、广州南沙船务代理有限公司可能有应收运费"],
            ["不动产、车辆", "不详"],
            ["其他", "被执行人法定代表人经常往来于广州、湛江两地"],
            ["线索提供人", f"{a.name}（委托代理人{c.agent}）"],
            ["提供日期", cn_date(c.filed_on)],
        ]
        s = bureau_form(
            "被执行人财产线索提供表",
            rows,
            "",
            rng,
            cols=(36, 120),
            row_h=[mm(12), mm(22), mm(14), mm(22), mm(12), mm(14), mm(12), mm(12)],
            notes=["提示：申请执行人应当如实提供财产线索，提供虚假线索的，应承担相应法律责任。"],
        )
        hand(s, mm(160), mm(45) + mm(95), c.agent, rng, size=mm(6), ink=BLUE)
        return [s]
    if code == "payment_account_confirmation":
        bank, no = account_of(c)
        return [
            _bureau_fill(
                c,
                rng,
                "申请执行人收取案款确认书",
                [
                    ["申请执行人", a.name],
                    ["收款户名", a.name.split(" ")[-1] if a.kind == "organisation" else a.name],
                    ["开户银行", bank],
                    ["账号", no],
                    ["联系人及电话", f"{c.agent}　{c.agent_phone}"],
                ],
                "本人（单位）确认以上账户为接收本案执行案款的账户，因账户信息错误导致的损失由本人（单位）承担。",
            )
        ]
    if code == "service_address_confirmation":
        return [
            _bureau_fill(
                c,
                rng,
                "送达地址确认书",
                [
                    ["受送达人", a.name],
                    ["送达地址", firm_addr + f"（{firm}，{c.agent}律师转）"],
                    ["收件人", c.agent],
                    ["电话", c.agent_phone],
                    ["电子送达", f"同意，手机号码{c.agent_phone}"],
                ],
                "本人已阅读本确认书的告知事项，确认上述送达地址真实有效；地址变更未及时告知的，按原地址送达视为送达。",
            )
        ]
    if code == "property_declaration_form":
        return [_declaration(c, rng)]
    raise KeyError(code)


def _typed(
    doc: tuple[str, list[Block]],
    rng: random.Random,
    *,
    seal_name: str = "",
    sign: str = "",
    letterhead: str = "",
) -> list[VSheet]:
    """A lawyer's or a company's typed paper: Microsoft YaHei-like Hei body, title in Hei, signed and sealed."""
    title, blocks = doc
    f = font("microhei", mm(4.1))
    lh = mm(4.1) * 1.8
    x0, x1 = mm(25), mm(185)
    sheets = [VSheet()]
    s = sheets[0]
    y: float = mm(22)
    if letterhead:
        s.centred(y, letterhead, font("serif_bold", mm(6.6)), spacing=mm(0.6))
        s.line(x0, y + mm(11), x1, y + mm(11), width=3)
        y += mm(18)
    s.centred(y, title, font("hei", mm(6.8)), spacing=mm(1.2))
    y += mm(16)
    for kind, text in blocks:
        if y > mm(265):
            s = VSheet()
            sheets.append(s)
            y = mm(25)
        if kind == "c":
            s.centred(y, text, font("hei", mm(4.4)))
            y += lh
            continue
        if kind == "r":
            s.right(x1, y, text, f)
            y += lh
            continue
        indent = mm(8.2) if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, x1 - x0, indent=indent)):
            s.text(x0 + (indent if k == 0 else 0), y, part, f)
            y += lh
    if seal_name:
        seal(s, x1 - mm(30), y - lh * 2, seal_name, rng, radius=mm(20))
    if sign:
        hand(s, x1 - mm(40), y + mm(2), sign, rng, size=mm(6.5), ink=BLUE)
    return sheets


def _handwritten_application(c: CaseCtx, rng: random.Random) -> VSheet:
    """A seaman's own application: ballpoint on a lined A4 pad, no margins kept, his thumbprint by the name."""
    from dossier.corpus.families.court_v import basis_name, ship

    a, r = c.applicant, c.respondent
    s = VSheet(paper=(250, 249, 242))
    s.english = False
    step = mm(9.2)
    for k in range(28):
        s.line(mm(12), mm(30) + step * k, s.width - mm(12), mm(30) + step * k, width=2, fill=(150, 180, 210))
    s.line(mm(28), mm(20), mm(28), s.height - mm(10), width=2, fill=(220, 140, 140))
    lines = [
        "　　　　　　　强制执行申请书",
        f"申请人：{a.name}，男，身份证号{a.id_number}，",
        f"住{a.address}，电话{a.phone}。",
        f"被申请人：{r.name}，法定代表人{r.legal_rep}。",
        "申请事项：请求法院强制被申请人支付我的工资",
        f"{money(c.amount).replace('人民币', '')}和利息。",
        f"事实理由：我在被申请人的{ship(c)}上做{c.extra.get('post', '水手长')}，",
        "公司拖欠我工资一直不给。我向广州海事法院起诉，",
        f"{basis_name(c)[len(COURT) :]}",
        "判决公司支付，判决已经生效，公司到现在一分钱",
        "都没有给。船现在还在广州港，请求法院扣船，",
        "让公司把工资给我。此致",
        "广州海事法院",
        f"　　　　　　　　　　申请人：{a.name}",
        f"　　　　　　　　　　{num_date(c.filed_on - timedelta(days=4)).replace('-', '.')}",
    ]
    for k, line in enumerate(lines):
        hand(s, mm(31), mm(30) + step * (k + 1) - mm(7.4), line, rng, size=mm(5.6), ink=(30, 40, 95))
    # thumbprint in red ink over the name
    seal_y = mm(30) + step * 14 - mm(4)
    s.draw.ellipse((mm(150), seal_y, mm(162), seal_y + mm(15)), outline=(200, 40, 40), width=5)
    s.draw.ellipse((mm(152), seal_y + mm(2), mm(160), seal_y + mm(13)), outline=(200, 60, 60), width=3)
    s.punched = False
    return s


def _basis(c: CaseCtx, rng: random.Random) -> list[VSheet]:
    from dossier.corpus.families.court_v import CMAC, HIGH_COURT, ship

    a, r = c.applicant, c.respondent
    made = c.basis_effective - timedelta(days=16)
    sign3 = [f"审判长　{person_name(rng)}", f"审判员　{person_name(rng)}", f"审判员　{person_name(rng)}"]
    if c.basis_court == HIGH_COURT:
        first = c.extra.get("first_number", "")
        foreign = c.extra.get("foreign_ship", "OCEANIC PEARL")
        blocks: list[Block] = [
            ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
            (
                "f",
                f"委托诉讼代理人：{person_name(rng)}，广东{rng.choice(['粤海', '穗诚', '南方'])}律师事务所律师。",
            ),
            ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"),
            ("f", f"授权代表：{a.legal_rep}，该公司董事。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            (
                "p",
                f"上诉人{r.name}因与被上诉人{a.name}{c.extra.get('cause')}一案，不服广州海事法院{first}民事判决，向本院提起上诉。"
                "本院依法组成合议庭审理了本案。本案现已审理终结。",
            ),
            (
                "p",
                f"原审法院查明：被上诉人所有的巴拿马籍散货船“{foreign}”轮在伶仃航道上行途中，与上诉人所有的{ship(c)}在"
                "伶仃航道12号灯浮附近水域发生碰撞，致“{0}”轮左舷船壳破损、压载舱进水。经广州海事局调查，{1}在能见度不良时"
                "未使用安全航速、未保持正规瞭望，对碰撞负主要责任。".format(foreign, ship(c)),
            ),
            (
                "p",
                f"原审法院判决：上诉人赔偿被上诉人船舶修理费、船期损失、检验费等共计{money(c.amount)}及利息。",
            ),
            (
                "p",
                "上诉人上诉称，原审认定碰撞责任比例过高，船期损失计算依据不足，请求改判。被上诉人答辩称，原审判决认定事实清楚，"
                "适用法律正确，请求驳回上诉。",
            ),
            ("p", "本院二审查明的事实与原审查明的事实一致，本院予以确认。"),
            (
                "p",
                "本院认为，本案为涉外船舶碰撞损害责任纠纷。根据《中华人民共和国海商法》第二百七十三条的规定，船舶碰撞的损害"
                "赔偿适用侵权行为地法律，碰撞发生于我国领海，应适用中华人民共和国法律。原审根据双方过失程度认定上诉人承担"
                f"百分之七十的责任并无不当；船期损失按“{foreign}”轮碰撞前三个航次的平均净收益计算，依据充分。上诉人的上诉请求"
                "不能成立，应予驳回。",
            ),
            ("p", "依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项的规定，判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", f"二审案件受理费{int(c.amount) // 200 + 50}元，由上诉人{r.name}负担。"),
            ("p", "本判决为终审判决。"),
        ]
        return typeset(
            "民事判决书",
            blocks,
            c.basis_number,
            cn_date(made),
            rng,
            signers=sign3,
            court=HIGH_COURT,
            seal_name=HIGH_COURT,
            tail=[f"书记员　{person_name(rng)}"],
            stamp="本件与原本核对无异",
        )
    if c.basis_court == CMAC:
        goods = c.extra.get("goods", "钢卷")
        blocks = [
            ("f", f"申请人：{a.name}"),
            ("f", f"地址：{a.address}"),
            ("f", f"仲裁代理人：{c.agent}，{c.firm}律师"),
            ("f", f"被申请人：{r.name}"),
            ("f", f"地址：{r.address}"),
            ("f", "仲裁代理人：未委托"),
            (
                "p",
                f"中国海事仲裁委员会（以下简称仲裁委员会）根据申请人与被申请人签订的编号为GZTH-{rng.randint(2100, 2399)}的"
                "航次租船合同中的仲裁条款以及申请人提交的书面仲裁申请，受理了双方之间的海上货物运输合同争议仲裁案。"
                "本案适用仲裁委员会自2021年10月1日起施行的《中国海事仲裁委员会仲裁规则》。",
            ),
            (
                "p",
                f"申请人委托被申请人以其经营的{ship(c)}将一批{goods}自上海港运至广州港新沙港区。货物卸港时发现大面积水湿、"
                "锈损，经中国检验认证集团广东有限公司检验，货损系船舶舱盖水密不良所致。",
            ),
            (
                "p",
                "仲裁庭认为，被申请人作为承运人，未能妥善地、谨慎地保管和照料所运货物，应依照《中华人民共和国海商法》第四十八条"
                "承担赔偿责任。被申请人经合法通知，无正当理由未出庭，不影响仲裁程序的进行。",
            ),
            ("p", "仲裁庭裁决如下："),
            ("p", f"（一）被申请人向申请人赔偿货物损失{money(c.amount)}；"),
            (
                "p",
                "（二）被申请人向申请人支付上述款项自起诉之日起按全国银行间同业拆借中心公布的贷款市场报价利率计算的利息；",
            ),
            ("p", "（三）本案仲裁费由被申请人承担。"),
            ("p", "以上裁决款项，被申请人应于本裁决作出之日起三十日内支付。"),
            ("p", "本裁决为终局裁决，自作出之日起生效。"),
        ]
        return typeset(
            "裁决书",
            blocks,
            c.basis_number,
            f"二〇{cn_date(made)[2:]}",
            rng,
            signers=[
                f"首席仲裁员　{person_name(rng)}",
                f"仲　裁　员　{person_name(rng)}",
                f"仲　裁　员　{person_name(rng)}",
            ],
            court=CMAC,
            seal_name=CMAC,
            tail=["于北京"],
        )
    blocks = [
        (
            "f",
            f"原告：{a.name}，男，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}，公民身份号码{a.id_number}。",
        ),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被告：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
        (
            "p",
            f"原告{a.name}诉被告{r.name}船员劳务合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。被告经本院"
            "传票传唤无正当理由拒不到庭参加诉讼，本院依法缺席审理。本案现已审理终结。",
        ),
        (
            "p",
            f"原告向本院提出诉讼请求：被告支付原告在{ship(c)}任职期间的工资、伙食费及遣返费用，并确认原告对{ship(c)}享有"
            "船舶优先权。",
        ),
        (
            "p",
            f"本院经审理认定事实如下：原告持有海船船员适任证书，受被告雇佣在{ship(c)}担任{c.extra.get('post', '水手长')}，"
            "双方约定月工资。被告自原告上船后第四个月起停发工资，原告下船后多次催讨未果。",
        ),
        (
            "p",
            "本院认为，原告与被告之间成立船员劳务合同关系。被告拖欠原告工资，应承担支付责任。根据《中华人民共和国海商法》"
            "第二十二条第一款第一项的规定，船员的工资、其他劳动报酬、船员遣返费用请求具有船舶优先权。依照《中华人民共和国"
            "海商法》第二十一条、第二十二条，《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下：",
        ),
        (
            "p",
            f"一、被告{r.name}于本判决发生法律效力之日起十日内向原告{a.name}支付工资及遣返费用共计{money(c.amount)}；",
        ),
        ("p", f"二、原告{a.name}就上述第一项债权对{ship(c)}享有船舶优先权。"),
        (
            "p",
            "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条的规定，加倍支付"
            "迟延履行期间的债务利息。",
        ),
        ("p", "案件受理费减半收取，由被告负担。"),
        (
            "p",
            "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于广东省高级"
            "人民法院。",
        ),
    ]
    return typeset(
        "民事判决书",
        blocks,
        c.basis_number,
        cn_date(made),
        rng,
        signers=[f"审判员　{person_name(rng)}"],
        tail=[f"书记员　{person_name(rng)}"],
        stamp="本件与原本核对无异",
    )


def _certificate(c: CaseCtx, rng: random.Random) -> list[VSheet]:
    from dossier.corpus.families.court_v import CMAC

    made = c.basis_effective - timedelta(days=16)
    return typeset(
        "生效证明",
        [
            ("f", f"{COURT}："),
            (
                "p",
                f"兹证明本会于{cn_date(made)}就申请人{c.applicant.name}与被申请人{c.respondent.name}海上货物运输合同争议仲裁案"
                f"作出的{c.basis_number}裁决书，已依照《中国海事仲裁委员会仲裁规则》的规定送达双方当事人。",
            ),
            (
                "p",
                "根据《中华人民共和国仲裁法》第五十七条的规定，上述裁决书自作出之日起发生法律效力。截至本证明出具之日，"
                "本会未收到任何法院撤销或者不予执行该裁决的通知。",
            ),
            ("p", "特此证明。"),
        ],
        "",
        cn_date(c.filed_on - timedelta(days=12)),
        rng,
        court=CMAC,
        seal_name=CMAC,
        tail=[
            f"联系人：{person_name(rng)}　电话：010-82217788",
            "地址：北京市西城区桦皮厂胡同2号国际商会大厦",
        ],
    )


def _english(s: VSheet, x: float, y: float, text: str, f: Font, width: float, *, lh: float) -> float:
    words = text.split(" ")
    line = ""
    for w in words:
        trial = f"{line} {w}".strip()
        if f.getlength(trial) > width and line:
            s.text(x, y, line, f)
            y += lh
            line = w
        else:
            line = trial
    if line:
        s.text(x, y, line, f)
        y += lh
    return y


def _foreign_poa(c: CaseCtx, rng: random.Random) -> list[VSheet]:
    """The Marshall Islands owner's power of attorney signed in Piraeus, the notary's certificate, the apostille
    (the sheet fed upside down), and the translation agency's Chinese version."""
    a, r = c.applicant, c.respondent
    name = a.name.split(" 海")[0]
    signed = c.filed_on - timedelta(days=40)
    day = f"{signed.day} {signed.strftime('%B')} {signed.year}"
    p1 = VSheet(english=True)
    p1.centred(mm(24), "POWER OF ATTORNEY", en(6.0, True))
    y: float = mm(42)
    paras = [
        f"KNOW ALL MEN BY THESE PRESENTS that {name}, a company incorporated under the laws of the Republic of the "
        f'Marshall Islands with its registered office at {a.address} (the "Company"), acting through its duly '
        f"authorised director Mr. {a.legal_rep}, hereby appoints",
        f"Mr./Ms. {c.agent} of {c.firm}, {c.extra.get('firm', ('', 'Guangzhou'))[1]}, People's Republic of China",
        "as its true and lawful attorney, with full power of substitution, to act for and on behalf of the Company in "
        f"the enforcement before the Guangzhou Maritime Court of the Judgment No. {c.basis_number} rendered by the "
        f"Guangdong High People's Court against {r.name} arising out of the collision between m.v. "
        f'"{c.extra.get("foreign_ship", "OCEANIC PEARL")}" and the respondent\'s vessel, and in particular:',
        "(a) to file the application for enforcement and all supporting documents; (b) to apply for the arrest, "
        "custody and judicial sale of the respondent's vessel and to register claims against the proceeds; "
        "(c) to receive and sign for all notices, rulings and other court documents; (d) to admit, waive or modify "
        "claims, to enter into settlement, and to receive any sum paid in execution into the account designated by "
        "the Company.",
        "This Power of Attorney shall remain in force until the enforcement proceedings are concluded.",
        f"IN WITNESS WHEREOF the Company has caused this Power of Attorney to be executed on {day} at Piraeus, Greece.",
    ]
    f = en(3.6)
    for para in paras:
        y = _english(p1, mm(25), y, para, f, mm(160), lh=mm(6.2)) + mm(4)
    y += mm(6)
    p1.text(mm(25), y, f"For and on behalf of {name}", en(3.6, True))
    hand(p1, mm(30), y + mm(10), a.legal_rep.split(" ")[0], rng, size=mm(8), ink=BLUE, record=False)
    p1.line(mm(25), y + mm(22), mm(95), y + mm(22), width=2)
    p1.text(mm(25), y + mm(24), f"{a.legal_rep}, Director", f)
    seal(p1, mm(130), y + mm(14), name, rng, radius=mm(17))
    p2 = VSheet(english=True)
    p2.centred(mm(26), "NOTARIAL CERTIFICATE", en(5.6, True))
    notary = rng.choice(["Eleni KARAGIANNI", "Georgios MANOLAKOS", "Dimitra VLACHOU"])
    y = mm(44)
    for para in [
        f"I, {notary}, Notary Public of Piraeus, Greece, duly admitted and sworn, DO HEREBY CERTIFY:",
        f"1. That on {day} there personally appeared before me Mr. {a.legal_rep}, holder of passport "
        f"No. AP{rng.randint(1000000, 9999999)}, whose identity I have verified;",
        f"2. That he is a director of {name} and is authorised to sign on its behalf, as appears from the "
        "Certificate of Incumbency dated within three months hereof produced to me;",
        "3. That he signed the foregoing Power of Attorney in my presence and acknowledged it to be the free "
        "act and deed of the said company.",
        f"Reg. No. {rng.randint(1200, 9800)}/{signed.year}. Given under my hand and seal at Piraeus on {day}.",
    ]:
        y = _english(p2, mm(25), y, para, en(3.6), mm(160), lh=mm(6.2)) + mm(5)
    seal(p2, mm(140), y + mm(22), "NOTARY PUBLIC PIRAEUS", rng, radius=mm(18))
    hand(p2, mm(40), y + mm(16), notary.split(" ")[1].title(), rng, size=mm(7), ink=BLUE, record=False)
    p2.text(mm(40), y + mm(30), f"{notary}, Notary Public", en(3.4))
    p3 = VSheet(english=True, upside=True)
    p3.centred(mm(30), "APOSTILLE", en(7.0, True))
    p3.centred(mm(42), "(Convention de La Haye du 5 octobre 1961)", en(3.6))
    rows = [
        ["1. Country:", "HELLENIC REPUBLIC (GREECE)"],
        ["This public document", ""],
        ["2. has been signed by", notary],
        ["3. acting in the capacity of", "Notary Public"],
        ["4. bears the seal/stamp of", "the Notary Public of Piraeus"],
        ["Certified", ""],
        ["5. at", "Piraeus"],
        ["6. the", f"{(signed + timedelta(days=3)).strftime('%d/%m/%Y')}"],
        ["7. by", "Decentralised Administration of Attica, Apostille Service"],
        ["8. No.", f"{rng.randint(10000, 99999)}/{signed.year}"],
        ["9. Seal/stamp:", ""],
        ["10. Signature:", ""],
    ]
    table(p3, mm(30), mm(54), [mm(64), mm(86)], rows, en(3.5), row_h=mm(12), width=3)
    seal(p3, mm(75), mm(54) + mm(12) * 10 + mm(4), "APOSTILLE ATTICA", rng, radius=mm(14))
    hand(p3, mm(125), mm(54) + mm(12) * 11 + mm(2), "Papa", rng, size=mm(7), ink=BLUE, record=False)
    trans = typeset(
        "授权委托书（译文）",
        [
            (
                "p",
                f"兹证明：{a.name}，一家依马绍尔群岛共和国法律注册成立的公司，注册地址{a.address}（“本公司”），通过其经正式"
                f"授权的董事{a.legal_rep}先生，特此委托",
            ),
            ("p", f"中华人民共和国{c.firm}{c.agent}律师"),
            (
                "p",
                f"作为本公司的合法代理人，代表本公司向广州海事法院申请执行广东省高级人民法院{c.basis_number}民事判决，"
                f"该判决系因“{c.extra.get('foreign_ship', 'OCEANIC PEARL')}”轮与被执行人{r.name}所属船舶碰撞而作出。代理权限包括：（一）提交执行申请"
                "及全部证明材料；（二）申请扣押、看管、司法拍卖被执行人船舶，并就拍卖价款申报债权；（三）签收通知、裁定及其他法律"
                "文书；（四）承认、放弃、变更请求，进行和解，并在本公司指定账户代为领取执行款项。",
            ),
            ("p", "本授权委托书有效期至执行程序终结之日止。"),
            ("p", f"本公司于{cn_date(signed)}在希腊比雷埃夫斯签署本授权委托书。董事：{a.legal_rep}（签名）"),
            (
                "p",
                f"【公证证明译文】希腊比雷埃夫斯公证员{notary}证明：{a.legal_rep}先生于上述日期在本公证员面前签署前述授权委托书。",
            ),
            (
                "p",
                "【附加证明书译文】国家：希腊共和国；本公文由公证员签署，加盖比雷埃夫斯公证员印章；于比雷埃夫斯由阿提卡地方行政"
                "机构附加证明书处证明。",
            ),
            ("p", "译者声明：本译文与英文原件内容一致。"),
        ],
        "",
        cn_date(c.filed_on - timedelta(days=20)),
        rng,
        court="广州市信达翻译服务有限公司",
        seal_name="广州市信达翻译服务有限公司翻译专用章",
    )
    for t in trans:
        t.page_of = None
    return [p1, p2, p3, *trans]


def _identity(c: CaseCtx, respondent: bool, rng: random.Random) -> list[VSheet]:
    a, r = c.applicant, c.respondent
    if respondent:
        lic = _licence(c, rng)
        proof = _rep_proof(
            c, rng, r.name, r.legal_rep, "法定代表人", "总经理", str(c.extra.get("rep_id", ""))
        )
        proof.starts_document = True
        return [lic, proof]
    if a.kind == "person":
        return [_id_card(c, rng)]
    english = _hk_certificate(c, rng) if "香港" in a.address else _good_standing(c, rng)
    proof = _rep_proof(c, rng, a.name, a.legal_rep, "董事", "董事", "")
    proof.starts_document = True
    return [english, proof]


def _hk_certificate(c: CaseCtx, rng: random.Random) -> VSheet:
    a = c.applicant
    en_name = a.name.split(" 香港")[0]
    s = VSheet(english=True, colour=True, paper=(248, 246, 236))
    s.box(mm(14), mm(14), s.width - mm(14), s.height - mm(14), width=8, outline=(120, 100, 60))
    s.centred(mm(30), f"No. {rng.randint(2100000, 3399999)}", en(4.0))
    s.centred(mm(46), "(COPY)", en(3.6))
    s.centred(mm(60), "CERTIFICATE OF INCORPORATION", en(6.4, True))
    s.centred(mm(70), "公司註冊證明書", font("ming", mm(6.0)))
    y: float = mm(90)
    y = _english(s, mm(32), y, "I hereby certify that", en(4.0), mm(146), lh=mm(8))
    s.centred(y + mm(4), en_name, en(5.2, True))
    s.centred(y + mm(16), a.name.split(" ")[-1], font("ming", mm(5.2)))
    y += mm(32)
    y = _english(
        s,
        mm(32),
        y,
        "is this day incorporated in Hong Kong under the Companies Ordinance (Chapter 622 of the "
        "Laws of Hong Kong), and that this company is limited.",
        en(4.0),
        mm(146),
        lh=mm(8),
    )
    s.text(mm(32), y + mm(4), "本人謹此證明", font("ming", mm(4.4)))
    s.text(
        mm(32),
        y + mm(14),
        "於本日根據香港法例第622章《公司條例》在香港註冊成為有限公司。",
        font("ming", mm(4.4)),
    )
    when = date(rng.randint(2012, 2019), rng.randint(1, 12), rng.randint(1, 28))
    s.text(mm(32), y + mm(34), f"Issued on {when.day} {when.strftime('%B')} {when.year}.", en(4.0))
    s.text(mm(110), y + mm(60), "for Registrar of Companies", en(3.6))
    s.text(mm(110), y + mm(68), "Hong Kong　香港公司註冊處處長", font("ming", mm(3.8)))
    hand(s, mm(115), y + mm(48), "W. Lau", rng, size=mm(7), ink=(20, 20, 40), record=False)
    s.text(
        mm(30),
        mm(250),
        "Note 註: Registration of a company name with the Companies Registry does not confer any "
        "trade mark rights.",
        en(2.6),
    )
    seal(s, mm(60), mm(225), "COMPANIES REGISTRY HONG KONG", rng, radius=mm(16))
    return s


def _good_standing(c: CaseCtx, rng: random.Random) -> VSheet:
    a = c.applicant
    name = a.name.split(" 海")[0]
    s = VSheet(english=True, colour=True)
    s.centred(mm(26), "REPUBLIC OF THE MARSHALL ISLANDS", en(5.6, True))
    s.centred(mm(36), "REGISTRAR OF CORPORATIONS", en(4.4))
    s.centred(mm(56), "CERTIFICATE OF GOOD STANDING", en(6.2, True))
    y: float = mm(76)
    for para in [
        f"I, the undersigned Deputy Registrar of Corporations of the Republic of the Marshall Islands, DO HEREBY "
        f"CERTIFY that {name}, Registration No. {rng.randint(60000, 119999)}, was incorporated under the laws of "
        "the Republic of the Marshall Islands on "
        f"{rng.randint(1, 28)} March {rng.randint(2009, 2016)}, and is in good standing as of the date hereof.",
        "The records of this office show that the corporation has paid all fees due and has not been dissolved.",
        f"Registered agent: The Trust Company of the Marshall Islands, Inc., {a.address}.",
        f"Given under my hand and seal at Majuro, Marshall Islands, this {c.filed_on.day - 0 or 1}th day of "
        f"{(c.filed_on - timedelta(days=50)).strftime('%B %Y')}.",
    ]:
        y = _english(s, mm(28), y, para, en(3.8), mm(154), lh=mm(7)) + mm(6)
    seal(s, mm(70), y + mm(30), "REGISTRAR OF CORPORATIONS RMI", rng, radius=mm(20))
    hand(s, mm(120), y + mm(24), "J. Kabua", rng, size=mm(7), ink=BLUE, record=False)
    s.text(mm(118), y + mm(36), "Deputy Registrar", en(3.6))
    return s


def _rep_proof(c: CaseCtx, rng: random.Random, org: str, who: str, role: str, post: str, idno: str) -> VSheet:
    """法定代表人身份证明书 / 董事证明书: the company's printed form, filled and sealed."""
    lines: list[Block] = [
        (
            "p",
            f"{who}在我单位任{post}职务，是我单位的{role}。"
            if role == "法定代表人"
            else f"兹证明{who}为本公司现任董事，有权代表本公司签署与{COURT}执行案件有关的一切文件。",
        ),
        ("p", "特此证明。"),
    ]
    if idno:
        lines.insert(1, ("f", f"身份证号码：{idno}"))
    lines.insert(1 if not idno else 2, ("f", f"单位名称：{org}"))
    title = "法定代表人身份证明书" if role == "法定代表人" else "董事证明书"
    s = _typed(
        (title, [*lines, ("r", f"{org}（盖章）"), ("r", cn_date(c.filed_on - timedelta(days=8)))]),
        rng,
        seal_name=org.split(" ")[-1],
    )[0]
    return s


def _licence(c: CaseCtx, rng: random.Random) -> VSheet:
    """A copy of the respondent's business licence, from 企业信用信息公示 archives, marked 复印件与原件核对一致."""
    r = c.respondent
    s = VSheet(colour=True)
    s.box(mm(16), mm(18), s.width - mm(16), mm(210), width=10, outline=(170, 120, 60))
    s.centred(mm(32), "营 业 执 照", font("serif_bold", mm(11)), fill=(150, 30, 30))
    s.centred(mm(48), "（副　本）", body(4.6))
    s.text(mm(26), mm(60), f"统一社会信用代码　{r.id_number}", body(4.0))
    rows = [
        ("名　　称", r.name),
        ("类　　型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", r.legal_rep),
        (
            "经营范围",
            "国内水路货物运输；国际船舶运输；船舶租赁；船舶代理；货物进出口。（依法须经批准的项目，经相关部门"
            "批准后方可开展经营活动）",
        ),
        ("注册资本", f"人民币{rng.choice(['伍佰', '壹仟', '叁仟'])}万元"),
        ("成立日期", num_date(date(rng.randint(2006, 2017), rng.randint(1, 12), rng.randint(1, 28)))),
        ("住　　所", r.address),
    ]
    y: float = mm(74)
    for k, v in rows:
        s.text(mm(30), y, k, body(4.0))
        for part in wrap(v, body(4.0), mm(112)):
            s.text(mm(66), y, part, body(4.0))
            y += mm(7.5)
        y += mm(2)
    s.right(s.width - mm(28), mm(188), "登记机关　广州市南沙区市场监督管理局", body(3.8))
    seal(s, s.width - mm(52), mm(186), "广州市南沙区市场监督管理局", rng, radius=mm(18))
    s.text(mm(40), mm(226), "复印件与原件核对一致", font("kai", mm(6)), fill=(40, 40, 100))
    hand(s, mm(40), mm(240), c.respondent.legal_rep, rng, size=mm(6), ink=BLUE)
    seal(s, mm(130), mm(236), r.name, rng, radius=mm(19))
    return s


def _id_card(c: CaseCtx, rng: random.Random) -> VSheet:
    a = c.applicant
    s = VSheet(colour=True)
    x0, y0 = mm(45), mm(40)
    s.draw.rounded_rectangle(
        (x0, y0, x0 + mm(86), y0 + mm(54)),
        radius=mm(4),
        fill=(228, 236, 240),
        outline=(150, 160, 170),
        width=3,
    )
    f = font("hei", mm(3.2))
    born = a.born or date(1980, 1, 1)
    for k, (label, val) in enumerate(
        [
            ("姓名", a.name),
            ("性别", f"{a.sex}　　民族　汉"),
            ("出生", f"{born.year}年{born.month}月{born.day}日"),
            ("住址", a.address[:13]),
            ("", a.address[13:]),
        ]
    ):
        if label:
            s.text(x0 + mm(5), y0 + mm(5) + mm(7.5) * k, label, f, fill=(60, 110, 160))
        s.text(x0 + mm(17), y0 + mm(5) + mm(7.5) * k, val, f)
    s.text(x0 + mm(5), y0 + mm(45), f"公民身份号码　{a.id_number}", f)
    s.draw.rectangle((x0 + mm(60), y0 + mm(8), x0 + mm(81), y0 + mm(36)), fill=(190, 200, 210))
    y1 = y0 + mm(70)
    s.draw.rounded_rectangle(
        (x0, y1, x0 + mm(86), y1 + mm(54)),
        radius=mm(4),
        fill=(232, 238, 230),
        outline=(150, 160, 170),
        width=3,
    )
    s.centred(y1 + mm(8), "中华人民共和国", font("serif_bold", mm(4.6)), x0=x0, x1=x0 + mm(86))
    s.centred(y1 + mm(17), "居 民 身 份 证", font("serif_bold", mm(5.6)), x0=x0, x1=x0 + mm(86))
    s.text(x0 + mm(6), y1 + mm(36), f"签发机关　{a.address[3:6]}公安局", f)
    s.text(
        x0 + mm(6),
        y1 + mm(44),
        f"有效期限　{born.year + 30}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期",
        f,
    )
    s.text(mm(45), mm(178), "此复印件仅供广州海事法院执行使用", font("kai", mm(5.2)), fill=(30, 40, 110))
    hand(s, mm(120), mm(192), a.name, rng, size=mm(6.5), ink=BLUE)
    return s


def _license(c: CaseCtx, firm: str, rng: random.Random) -> VSheet:
    s = VSheet()
    s.centred(mm(24), "中华人民共和国律师执业证", bold(6.4))
    s.centred(mm(36), "（复印件）", body(4.0))
    s.box(mm(30), mm(48), mm(180), mm(150), width=3)
    s.draw.rectangle((mm(40), mm(60), mm(70), mm(100)), fill=(205, 205, 205))
    no = f"1440{rng.randint(1, 1)}{rng.randint(2010, 2021)}1{rng.randint(1000000, 9999999)}"
    for k, line in enumerate(
        [
            f"持证人：{c.agent}",
            "性别：" + rng.choice("男女"),
            f"执业机构：{firm}",
            "执业证类别：专职律师",
            f"执业证号：{no}",
            "发证机关：广东省司法厅",
            f"发证日期：{rng.randint(2011, 2022)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        ]
    ):
        s.text(mm(78), mm(58) + mm(10) * k, line, body(3.9))
    s.text(mm(36), mm(160), f"律师年度考核备案：{c.filed_on.year - 1}年度　称职", body(3.9))
    seal(s, mm(140), mm(168), "广东省律师协会", rng, radius=mm(15))
    s.text(mm(36), mm(190), "与原件核对无异", font("kai", mm(5.4)), fill=(30, 40, 110))
    seal(s, mm(110), mm(200), firm, rng, radius=mm(18))
    return s


def _fee(c: CaseCtx, rng: random.Random) -> VSheet:
    """The 广东省非税收入（电子）票据, printed and scanned in colour."""
    s = VSheet(colour=True)
    s.centred(mm(20), "广东省非税收入（电子）票据", font("song_gb", mm(6.4)), fill=(160, 40, 40))
    s.line(mm(20), mm(32), s.width - mm(20), mm(32), width=3, fill=(160, 40, 40))
    fee = exec_fee(c.amount)
    f = font("song_gb", mm(3.6))
    s.text(
        mm(22),
        mm(36),
        f"票据代码：44060126　　票据号码：{rng.randint(10000000, 99999999)}　　校验码：{rng.randint(100000, 999999)}",
        f,
    )
    s.text(mm(22), mm(44), f"交款人：{c.applicant.name}", f)
    s.text(mm(22), mm(52), f"开票日期：{num_date(c.filed_on)}", f)
    rows = [
        ["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
        ["103040101", "申请执行费", "件", "1", "", f"{fee:,.2f}"],
        ["", "", "", "", "", ""],
        [
            f"金额合计（大写）{money_caps(Decimal(fee))}",
            "",
            "",
            "",
            "",
            f"（小写）{fee:,.2f}",
        ],
        [f"备注：{c.number}　{COURT}", "", "", "", "", ""],
    ]
    table(
        s,
        mm(20),
        mm(60),
        [mm(26), mm(46), mm(14), mm(14), mm(22), mm(48)],
        [rows[0], rows[1], rows[2]],
        f,
        row_h=mm(10),
        width=2,
        fill=(160, 40, 40),
    )
    table(
        s,
        mm(20),
        mm(90),
        [mm(170)],
        [[rows[3][0] + "　" + rows[3][5]], [rows[4][0]]],
        f,
        row_h=mm(10),
        width=2,
        fill=(160, 40, 40),
    )
    s.text(
        mm(22),
        mm(116),
        f"收款单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}",
        f,
    )
    seal(s, mm(70), mm(112), "广东省财政厅票据监制章", rng, radius=mm(14))
    return s


def _bureau_fill(c: CaseCtx, rng: random.Random, title: str, rows: list[list[str]], pledge: str) -> VSheet:
    """The bureau's own blank form, given at the filing window, filled by the lawyer in ballpoint."""
    filled = [[k, ""] for k, _ in rows]
    s = bureau_form(
        title,
        [["案号", c.number], *filled],
        "",
        rng,
        cols=(40, 116),
        row_h=14,
        notes=[pledge, "告知：本确认书适用于执行程序及执行异议、复议程序，在本案执行终结前持续有效。"],
    )
    for k, (_, v) in enumerate(rows, 1):
        for j, part in enumerate(wrap(v, font("kai", mm(4.4)), mm(104))[:2]):
            hand(
                s, mm(27 + 42), mm(45) + mm(14) * k + mm(2.5) + j * mm(5.5), part, rng, size=mm(4.4), ink=BLUE
            )
    y = mm(45) + mm(14) * (len(rows) + 1) + mm(30)
    s.text(mm(110), y, "确认人（签名或盖章）：", body(4.0))
    hand(s, mm(152), y - mm(1), c.agent, rng, size=mm(6), ink=BLUE)
    s.text(mm(110), y + mm(12), num_date(c.filed_on), body(4.0))
    return s


def _declaration(c: CaseCtx, rng: random.Random) -> VSheet:
    """The 财产申报表 the respondent's manager filled in by hand and sealed (on the bureau's form)."""
    from dossier.corpus.families.court_v import ship

    r = c.respondent
    sold = c.method != "fully_performed"
    answers = [
        ["被执行人", r.name],
        ["法定代表人", r.legal_rep],
        ["银行存款", f"{bank_of(c)}基本户，余额约三千元"],
        [
            "船舶",
            f"{ship(c)}，" + ("已于前年出售，已办理注销登记" if sold else "在营运，现泊广州港，已抵押给银行"),
        ],
        ["不动产", "无"],
        ["车辆", "无"],
        ["应收款", "应收运费约二十万元，对方拖欠"],
        ["对外投资", "无"],
        ["其他需要申报的财产", "无"],
    ]
    s = bureau_form(
        "财 产 申 报 表",
        [["项目", "申报内容"], *[[k, ""] for k, _ in answers]],
        c.number,
        rng,
        cols=(44, 112),
        row_h=14,
        notes=["申报人保证：以上申报内容真实、完整，如有隐瞒或者虚假申报，愿承担法律责任。"],
    )
    for k, (_, v) in enumerate(answers, 1):
        for j, part in enumerate(wrap(v, font("kai", mm(4.2)), mm(100))[:2]):
            hand(
                s,
                mm(74),
                mm(53) + mm(14) * k + mm(2.4) + j * mm(5.4),
                part,
                rng,
                size=mm(4.2),
                ink=(20, 20, 30),
            )
    y = mm(53) + mm(14) * 10 + mm(24)
    s.text(mm(100), y, "申报人（签名并盖章）：", body(4.0))
    hand(s, mm(148), y - mm(1), r.legal_rep, rng, size=mm(6.5), ink=(20, 20, 30))
    seal(s, mm(150), y + mm(6), r.name, rng, radius=mm(19))
    s.text(mm(100), y + mm(14), num_date(c.day(9)), body(4.0))
    return s


def bank_receipt(c: CaseCtx, rng: random.Random) -> VSheet:
    """The bank's own 协助冻结存款回执: its letterhead, its table, the 业务专用章."""
    r = c.respondent
    bank = bank_of(c)
    s = VSheet(colour=rng.random() < 0.5)
    s.text(mm(22), mm(18), bank.split("股份有限公司")[0], font("sans_bold", mm(6.2)), fill=(20, 60, 130))
    s.line(mm(22), mm(30), s.width - mm(22), mm(30), width=4, fill=(20, 60, 130))
    s.centred(mm(38), "协助冻结存款回执", font("sans_bold", mm(6.2)))
    s.text(mm(24), mm(54), f"{COURT}：", font("sans", mm(3.9)))
    intro = (
        f"贵院{c.number}协助执行通知书及执行裁定书已于{num_date(c.day(10))}收悉。经查询，被执行人{r.name}在我行开立账户，"
        "现已按贵院要求办理冻结，具体情况如下："
    )
    y: float = mm(64)
    for part in wrap(intro, font("sans", mm(3.9)), mm(160), indent=mm(8)):
        s.text(mm(24) + (mm(8) if y == mm(64) else 0), y, part, font("sans", mm(3.9)))
        y += mm(7)
    acct = f"44{rng.randint(10000, 99999)}0{rng.randint(100000, 999999)}0{rng.randint(10, 99)}"
    bal = rng.randint(800, 8000) + rng.randint(0, 99) / 100
    rows = [
        ["户名", "账号", "币种", "冻结前余额", "实际冻结金额", "冻结起止日期"],
        [
            r.name,
            acct,
            "人民币",
            f"{bal:,.2f}",
            f"{bal:,.2f}",
            f"{num_date(c.day(10))}至{num_date(c.day(375))}",
        ],
        [
            r.name,
            f"{acct[:-3]}117",
            "美元",
            "0.00",
            "0.00（只收不付）",
            f"{num_date(c.day(10))}至{num_date(c.day(375))}",
        ],
    ]
    y = table(
        s,
        mm(20),
        y + mm(4),
        [mm(42), mm(38), mm(16), mm(24), mm(28), mm(22)],
        rows,
        font("sans", mm(2.9)),
        row_h=mm(16),
        width=2,
    )
    s.text(
        mm(24),
        y + mm(8),
        "冻结金额不足部分，我行将在冻结期限内对后续入账资金继续冻结，直至达到冻结限额。",
        font("sans", mm(3.6)),
    )
    s.text(
        mm(24),
        y + mm(20),
        f"经办人：{person_name(rng)}　复核人：{person_name(rng)}　联系电话：020-{rng.randint(84000000, 84999999)}",
        font("sans", mm(3.6)),
    )
    s.right(s.width - mm(26), y + mm(42), num_date(c.day(10)), font("sans", mm(3.8)))
    seal(s, s.width - mm(56), y + mm(40), bank.replace("股份有限公司", "") + "业务专用章", rng, radius=mm(20))
    s.starts_document = False
    return s


def inquiry(c: CaseCtx, rng: random.Random) -> VSheet:
    """The 总对总 查控 feedback as the bureau prints it from the 执行案件流程信息管理系统."""
    r = c.respondent
    s = VSheet()
    f = font("sans", mm(3.1))
    s.text(mm(14), mm(12), "执行案件流程信息管理系统 — 网络查控反馈明细", font("sans_bold", mm(4.6)))
    s.right(s.width - mm(14), mm(13), f"打印人：{c.clerk}　{num_date(c.day(4))} 16:{rng.randint(10, 59)}", f)
    s.line(mm(14), mm(20), s.width - mm(14), mm(20), width=2)
    s.text(
        mm(14), mm(24), f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}　查询方式：总对总", f
    )
    items = [
        ("中国银行", "存款", "有账户，余额2,316.55元，已冻结"),
        ("中国工商银行", "存款", "无账户"),
        ("招商银行", "存款", "有账户，余额0.00元"),
        ("广州农村商业银行", "存款", "有账户，余额612.09元，已冻结"),
        ("中国建设银行", "存款", "无账户"),
        (
            "交通运输部海事局",
            "船舶",
            "无登记船舶" if c.method != "fully_performed" else "有登记船舶1艘，已查封",
        ),
        ("公安部交通管理局", "车辆", "无"),
        ("自然资源部", "不动产", "无"),
        ("中国证券登记结算有限公司", "证券", "无"),
        ("支付宝（中国）网络技术有限公司", "网络资金", "无账户"),
        ("财付通支付科技有限公司", "网络资金", "余额0.00元"),
        ("国家市场监督管理总局", "对外投资", "无"),
    ]
    rows = [
        ["序号", "协助执行单位", "财产类别", "反馈时间", "反馈结果"],
        *[[str(i), u, k, num_date(c.day(rng.randint(2, 5))), v] for i, (u, k, v) in enumerate(items, 1)],
    ]
    table(s, mm(14), mm(32), [mm(12), mm(62), mm(22), mm(28), mm(58)], rows, f, row_h=mm(9), width=1)
    s.text(mm(14), mm(32) + mm(9) * 14, "以上信息仅供执行案件承办人员使用，不得外泄。", f)
    s.centred(s.height - mm(12), "第 1 页 共 1 页", f)
    s.punched = True
    return s
