"""tribunal — what bodies other than the enforcing bureau made, and the bureau files: the judgment
bases (an intermediate court's 二审 民事判决书 of several pages with the upheld first-instance judgment
of the court's 民事审判庭 behind it, another basic court's 民事调解书, an
arbitration commission's 裁决书, a notary office's 公证书 赋予债权文书强制执行效力, a criminal judgment
of the court's 刑事审判庭), their certificates (a trial division's 生效证明书, the commission's 证明,
the notary's 执行证书), the 刑庭's 移送执行表 and 财产情况说明, and a police station's 证明 that a
respondent cannot be found.

Each body sets its own way: AR PL SungtiL body with a Noto Serif Bold title and 骑缝章 on the edge for
the intermediate court (footer 共 m 页 第 n 页, 本件与原本核对无异 and 校对章 at the end); a 楷体 body
with a letter-spaced title and —n— footers for the other basic court; Micro Hei inside double rules for
the commission (第n页/共m页); LXGW WenKai for the notary (no footer); red letterheads on the letters."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal, table
from dossier.corpus.fonts import font
from dossier.corpus.paper import House, Paper, scrawl, stamp, typeset

CODES = frozenset({"enforcement_basis", "effectiveness_certificate", "transfer_statement", "property_status_statement",
                   "whereabouts_unknown_proof"})

APPEAL = House(body="song_gb", body_mm=5.6, leading=1.85, title="serif_bold", title_mm=9.5, title_spacing_mm=1.2,
               heading="above", number_align="right", top=38, bottom=30, left=30, right=27, footer="mn", seam_seal=True)
BASIC = House(body="kai_gb", body_mm=5.9, leading=1.7, title="song_gb", title_mm=10.5, title_spacing_mm=4.0,
              heading="above", number_align="right", top=30, bottom=24, left=25, right=25, footer="emdash")
ARBITRATION = House(body="microhei", body_mm=5.0, leading=1.9, title="hei", title_mm=9.0, title_spacing_mm=6.0,
                    heading="double_rule", number_align="right", top=28, bottom=26, left=24, right=22, footer="slash",
                    seam_seal=True, para_gap_mm=1.2)
NOTARY = House(body="wenkai", body_mm=5.6, leading=2.0, title="wenkai_bold", title_mm=11.0, title_spacing_mm=8.0,
               heading="above", number_align="right", top=45, bottom=30, left=30, right=30, footer="none")
LETTER = House(body="song_gb", body_mm=5.6, leading=1.9, title="hei", title_mm=8.5, title_spacing_mm=3.0,
               heading="letterhead", number_align="centre", top=22, bottom=30, left=28, right=28, footer="none")
FIRST = House(body="wenkai", body_mm=5.3, leading=1.75, title="song_gb", title_mm=9.5, title_spacing_mm=1.5,
              heading="above", number_align="right", top=34, bottom=28, left=30, right=28, footer="emdash")
CRIMINAL = House(body="serif", body_mm=5.3, leading=1.75, title="song_gb", title_mm=9.5, title_spacing_mm=2.5,
                 heading="above", number_align="right", top=34, bottom=30, left=28, right=26, footer="mn", seam_seal=True)


PROVINCES = {"湘": "湖南省", "冀": "河北省", "鄂": "湖北省", "川": "四川省", "赣": "江西省", "蒙": "内蒙古自治区"}


def province(c: CaseCtx) -> str:
    return PROVINCES.get(c.court.code[:1], "")


def intermediate_court(c: CaseCtx) -> tuple[str, str]:
    """The intermediate court above the enforcing basic court: (name, code)."""
    return f"{c.court.city}中级人民法院", c.court.code[:3]


def neighbour_court(c: CaseCtx) -> tuple[str, str]:
    """Another basic court of the same city (made-up district)."""
    code = c.court.code[:3] + ("11" if not c.court.code.endswith("11") else "21")
    return f"{c.court.city}{'湘江' if c.court.code.startswith('湘') else '城北'}区人民法院", code


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Give the case a basis made by another body, numbered as that body numbers (sets case.json's basis)."""
    year = c.filed_on.year - 1
    kind = c.basis_kind
    city = c.court.city.removesuffix("市")
    if kind == "judgment":
        court, code = intermediate_court(c)
        c.extra["first_number"] = f"（{year}）{c.court.code}民初{rng.randint(200, 4999)}号"
        c.basis_court, c.basis_number = court, f"（{year}）{code}民终{rng.randint(100, 2999)}号"
    elif kind == "mediation":
        court, code = neighbour_court(c)
        c.basis_court, c.basis_number = court, f"（{year}）{code}民初{rng.randint(100, 5999)}号"
    elif kind == "arbitration":
        c.basis_court, c.basis_number = f"{city}仲裁委员会", f"（{year}）{city}仲字第{rng.randint(100, 1999)}号"
    elif kind == "notarial":
        office = f"{province(c)}{c.court.city}{rng.choice(['麓山', '三湘', '巴陵', '洞庭'])}公证处"
        c.basis_court = office
        c.basis_number = f"（{year - 1}）{c.court.code[0]}{city[:1]}{rng.choice(['麓', '湘', '巴'])}证经字第{rng.randint(100, 9999)}号"
        c.extra["certificate_number"] = c.basis_number.replace(f"（{year - 1}）", f"（{c.filed_on.year}）").replace(
            "证经字", "证执字")
    elif kind == "criminal":
        c.basis_court, c.basis_number = c.court.name, f"（{year}）{c.court.code}刑初{rng.randint(100, 999)}号"
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=30))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "transfer_statement":
        return [_transfer_table(c, rng)]
    if code == "property_status_statement":
        return typeset(_status(c), LETTER, rng)
    if code == "whereabouts_unknown_proof":
        return typeset(_police(c, rng), LETTER, rng)
    raise KeyError(code)


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if c.basis_kind == "mediation":
        return typeset(_mediation(c, rng), BASIC, rng)
    if c.basis_kind == "arbitration":
        return typeset(_award(c, rng), ARBITRATION, rng)
    if c.basis_kind == "notarial":
        return [*typeset(_notarial(c, rng), NOTARY, rng), _loan_contract(c, rng)]
    if c.basis_kind == "criminal":
        sheets = typeset(_criminal(c, rng), CRIMINAL, rng)
        _certified_copy(sheets[-1], rng)
        return sheets
    sheets = typeset(_appeal(c, rng), APPEAL, rng)
    _certified_copy(sheets[-1], rng)
    first = typeset(_first_instance(c, rng), FIRST, rng)
    first[0].starts_document = True  # the first-instance judgment upheld, filed behind the appeal
    return sheets + first


def _certified_copy(last: Sheet, rng: random.Random) -> None:
    """The copy a party files: 本件与原本核对无异 and a 校对章 near the sign-off."""
    stamp(last, mm(30) + rng.uniform(0, mm(10)), last.height - mm(95) + rng.uniform(-mm(20), mm(10)),
          ["本件与原本核对无异"], rng, size_mm=5.0)
    if rng.random() < 0.7:
        stamp(last, mm(40) + rng.uniform(0, mm(20)), last.height - mm(62), ["校对章", person_name(rng)], rng, size_mm=3.6,
              oval=rng.random() < 0.5)


def _respondent_line(c: CaseCtx, role: str) -> list[tuple[str, str]]:
    r = c.respondent
    if r.kind == "organisation":
        return [("f", f"{role}：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司经理。")]
    return [("f", f"{role}：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，汉族，住{r.address}。")]


def _appeal(c: CaseCtx, rng: random.Random) -> Paper:
    a, r = c.applicant, c.respondent
    first = c.extra.get("first_number", "")
    day = c.basis_effective
    judges = [person_name(rng) for _ in range(3)]
    fee = int(c.amount) // 100 + 80
    blocks = [*_respondent_line(c, "上诉人（原审被告）"),
              ("f", f"委托诉讼代理人：{person_name(rng)}，{c.court.city[:2]}{rng.choice(['正和', '湘江', '明理'])}律师事务所律师。"),
              ("f", f"被上诉人（原审原告）：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。"),
              ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
              ("p", f"上诉人{r.name}因与被上诉人{a.name}借款合同纠纷一案，不服{c.court.name}{first}民事判决，向本院提起上诉。"
                    f"本院于{num_date(day - timedelta(days=70))}立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
              ("p", f"{r.name}上诉请求：撤销一审判决，依法改判驳回{a.name}的全部诉讼请求；一、二审诉讼费用由{a.name}负担。"
                    "事实和理由：一、一审认定借款本金数额错误，双方之间部分款项系货款往来，并非借款；二、上诉人已通过他人账户"
                    "偿还部分款项，一审未予扣减；三、一审按年利率百分之十五计算利息，超过了法律保护的上限。"),
              ("p", f"{a.name}辩称，双方借款关系有借条、银行转账凭证相互印证，上诉人所称货款往来没有证据支持；所谓通过他人账户"
                    "还款，该他人与本案无关，不能认定为还款。一审判决认定事实清楚，适用法律正确，请求驳回上诉，维持原判。"),
              ("p", f"{a.name}向一审法院起诉请求：1.判令{r.name}偿还借款本金{money(c.amount)}及利息；2.本案诉讼费用由{r.name}负担。"),
              ("p", f"一审法院认定事实：{num_date(day.replace(year=day.year - 2))}，{r.name}向{a.name}出具借条一份，载明借款金额、"
                    "还款期限及利息。同日，" + a.name + "通过银行转账向" + r.name + "交付了借款。借款到期后，经催收，" + r.name +
                    "未予偿还。"),
              ("p", f"一审法院认为，{a.name}与{r.name}之间的借贷关系合法有效，{r.name}应按约偿还借款本息。依照《中华人民共和国"
                    "民法典》第六百六十七条、第六百七十五条、第六百七十六条之规定，判决：一、" + r.name + "于判决生效之日起十日内"
                    f"偿还{a.name}借款本金{money(c.amount)}，并支付利息；二、驳回{a.name}的其他诉讼请求。"),
              ("p", "本院二审期间，上诉人提交了两份银行流水，拟证明已经通过案外人账户还款。被上诉人质证认为，流水中的收款人并非"
                    "被上诉人，转账用途亦未注明还款，不认可其证明目的。本院认为，该证据不能证明上诉人的主张，不予采信。"),
              ("p", "本院经审理查明的事实与一审法院认定的事实一致，本院予以确认。"),
              ("p", "本院认为，本案二审争议焦点为：一、借款本金数额如何认定；二、上诉人是否已经偿还部分借款；三、利息计算标准"
                    "是否合法。关于争议焦点一，借条、转账凭证及双方的陈述能够相互印证，上诉人主张部分款项为货款，未提交买卖合同、"
                    "送货单等证据，本院不予支持。关于争议焦点二，上诉人提交的流水不能证明系向被上诉人还款，应承担举证不能的不利后果。"
                    "关于争议焦点三，一审判决确定的利率未超过合同成立时一年期贷款市场报价利率的四倍，并无不当。"),
              ("p", "综上所述，上诉人的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国"
                    "民事诉讼法》第一百七十七条第一款第一项之规定，判决如下："),
              ("p", "驳回上诉，维持原判。"),
              ("p", f"二审案件受理费{fee}元（{money_caps(c.amount.__class__(fee))}），由上诉人{r.name}负担。"),
              ("p", "本判决为终审判决。"),
              ("gap", ""), ("sig", f"审　判　长　{judges[0]}"), ("sig", f"审　判　员　{judges[1]}"),
              ("sig", f"审　判　员　{judges[2]}"), ("gap", ""), ("date", cn_date(day - timedelta(days=12))), ("gap", ""),
              ("sig", f"法官助理　{person_name(rng)}"), ("sig", f"书　记　员　{person_name(rng)}")]
    return Paper("民事判决书", blocks, issuer=f"{province(c)}{c.basis_court}", number=c.basis_number, seal=c.basis_court)


def _first_instance(c: CaseCtx, rng: random.Random) -> Paper:
    """The enforcing court's own first-instance judgment (民事审判庭, 简易程序), upheld on appeal."""
    a, r = c.applicant, c.respondent
    day = c.basis_effective - timedelta(days=130)
    lent = day.replace(year=day.year - 2)
    blocks = [("f", f"原告：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。"),
              ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), *_respondent_line(c, "被告"),
              ("p", f"原告{a.name}与被告{r.name}借款合同纠纷一案，本院于{num_date(day - timedelta(days=50))}立案后，依法适用简易程序，"
                    "公开开庭进行了审理。原告的委托诉讼代理人、被告的法定代表人到庭参加诉讼。本案现已审理终结。"),
              ("p", f"{a.name}向本院提出诉讼请求：1.判令被告偿还借款本金{money(c.amount)}，并按年利率百分之十五支付利息至实际"
                    f"清偿之日止；2.本案诉讼费用由被告负担。事实和理由：{num_date(lent)}，被告因资金周转向原告借款，出具借条一张，"
                    "约定一年内归还。借款到期后，原告多次催收，被告至今未还。"),
              ("p", f"{r.name}辩称，借款属实，但其中部分款项是货款，且已通过他人账户偿还一部分，不同意按原告主张的利率支付利息。"),
              ("p", "本院经审理认定事实如下：原告提交的借条、银行转账凭证真实，能够证明原告已向被告交付借款。被告称部分为货款、"
                    "已偿还部分借款，未提交证据证明，本院不予采信。"),
              ("p", "本院认为，原、被告之间的借款合同关系合法有效。被告未按约定期限还款，应当承担偿还借款本金并支付利息的责任。"
                    "双方约定的利率未超过法律规定的上限，本院予以支持。依照《中华人民共和国民法典》第六百六十七条、第六百七十五条、"
                    "第六百七十六条，《中华人民共和国民事诉讼法》第六十七条之规定，判决如下："),
              ("p", f"一、被告{r.name}于本判决发生法律效力之日起十日内偿还原告{a.name}借款本金{money(c.amount)}，并支付利息"
                    "（以借款本金为基数，按年利率百分之十五，自借款到期之日起计算至实际清偿之日止）；"),
              ("p", f"二、驳回原告{a.name}的其他诉讼请求。"),
              ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十条之规定，加倍支付"
                    "迟延履行期间的债务利息。"),
              ("p", f"案件受理费{int(c.amount) // 100 + 80}元，减半收取，由被告负担。"),
              ("p", f"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于"
                    f"{c.basis_court}。"),
              ("gap", ""), ("sig", f"审判员　{person_name(rng)}"), ("gap", ""), ("date", cn_date(day)), ("gap", ""),
              ("sig", f"书记员　{person_name(rng)}")]
    return Paper("民事判决书", blocks, issuer=c.court.name, number=str(c.extra.get("first_number", "")), seal=c.court.name)


def _mediation(c: CaseCtx, rng: random.Random) -> Paper:
    a, r = c.applicant, c.respondent
    day = c.basis_effective
    parts = [("f", f"原告：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}，"
                   f"公民身份号码{a.id_number}。"), *_respondent_line(c, "被告")]
    pay1 = (c.amount / 2).quantize(c.amount.__class__("0.01"))
    blocks = [*parts,
              ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{num_date(day - timedelta(days=45))}立案后，依法适用"
                    "简易程序进行了审理。"),
              ("p", f"原告{a.name}向本院提出诉讼请求：判令被告支付货款{money(c.amount)}及逾期付款损失。"),
              ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
              ("p", f"一、被告{r.name}欠原告{a.name}货款{money(c.amount)}，于{num_date(day + timedelta(days=30))}前支付"
                    f"{money(pay1)}，余款于{num_date(day + timedelta(days=90))}前付清；"),
              ("p", "二、被告如未按上述期限足额支付任何一期款项，原告有权就全部未付款项一并申请强制执行；"),
              ("p", "三、原告放弃其他诉讼请求；"),
              ("p", f"四、案件受理费减半收取计{int(c.amount) // 200 + 25}元，由被告负担。"),
              ("p", "上述协议，不违反法律规定，本院予以确认。"),
              ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
              ("gap", ""), ("sig", f"审判员　{person_name(rng)}"), ("gap", ""), ("date", cn_date(day)), ("gap", ""),
              ("sig", f"书记员　{person_name(rng)}")]
    return Paper("民事调解书", blocks, issuer=c.basis_court, number=c.basis_number, seal=c.basis_court)


def _award(c: CaseCtx, rng: random.Random) -> Paper:
    a, r = c.applicant, c.respondent
    day = c.basis_effective
    chief, arb1, arb2 = (person_name(rng) for _ in range(3))
    blocks = [("f", f"申请人：{a.name}，{a.sex}，住{a.address}，公民身份号码{a.id_number}。"),
              ("f", f"委托代理人：{c.agent}，{c.firm}律师。"), *_respondent_line(c, "被申请人"),
              ("p", f"{c.basis_court}（以下简称本会）根据申请人与被申请人于{num_date(day.replace(year=day.year - 2))}签订的"
                    "《房屋租赁合同》中的仲裁条款，以及申请人向本会提交的书面仲裁申请，受理了申请人与被申请人之间因租赁合同"
                    "引起的争议仲裁案。"),
              ("p", f"本案适用《{c.basis_court}仲裁规则》规定的普通程序。申请人选定{arb1}为仲裁员，被申请人选定{arb2}为仲裁员，"
                    f"双方共同委托本会主任指定{chief}为首席仲裁员，于{num_date(day - timedelta(days=60))}组成仲裁庭。仲裁庭于"
                    f"{num_date(day - timedelta(days=35))}开庭审理了本案，申请人的委托代理人和被申请人的法定代表人到庭参加了庭审。"),
              ("p", "本案现已审理终结。现将本案案情、仲裁庭意见及裁决内容分述如下："), ("c", "一、案情"),
              ("p", f"申请人称：双方签订租赁合同后，申请人依约交付了房屋，被申请人自{day.year - 1}年起拖欠租金，经多次催告仍未支付。"
                    f"申请人请求裁决被申请人支付拖欠租金及违约金共计{money(c.amount)}，并承担本案仲裁费用。"),
              ("p", "被申请人辩称：对欠付租金的事实无异议，但因疫情影响经营困难，请求减免部分违约金。"),
              ("p", "申请人为证明其主张，向仲裁庭提交了以下证据：证据1.《房屋租赁合同》，证明双方租赁关系及租金标准、支付方式；"
                    "证据2.租金催收函及邮寄凭证，证明申请人多次催告被申请人支付租金；证据3.租金收取明细表，证明被申请人欠付租金的"
                    "期间和数额。被申请人对上述证据的真实性无异议，但认为违约金约定过高。被申请人未向仲裁庭提交证据。"),
              ("p", f"仲裁庭查明：{num_date(day.replace(year=day.year - 2))}，申请人与被申请人签订《房屋租赁合同》，约定申请人将其所有的"
                    "商铺出租给被申请人经营使用，租期五年，租金按季度预付，逾期支付的，每逾期一日按欠付租金的千分之一支付违约金。"
                    "合同第十八条约定，因本合同发生的争议，提交仲裁委员会仲裁。合同签订后，申请人依约交付了房屋，被申请人支付了"
                    "第一年租金，此后未再支付。申请人于仲裁前三次发函催告，被申请人均未回复。"),
              ("c", "二、仲裁庭意见"),
              ("p", "（一）关于合同效力。仲裁庭认为，双方签订的租赁合同系双方真实意思表示，内容不违反法律、行政法规的强制性规定，"
                    "合法有效，双方均应依约履行。"),
              ("p", "（二）关于欠付租金。被申请人对欠付租金的事实及数额无异议，仲裁庭予以确认。被申请人所称经营困难不属于法定或约定"
                    "的免责事由，仲裁庭不予采纳。"),
              ("p", "（三）关于违约金。被申请人主张违约金过高，但未举证证明申请人的实际损失，考虑到合同履行情况、当事人的过错程度，"
                    "仲裁庭酌情将违约金调整为以欠付租金为基数、按年利率百分之十二计算。"),
              ("p", "依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第五百八十五条、第七百二十二条及《中华人民共和国仲裁法》"
                    "第七条之规定，仲裁庭裁决如下："),
              ("c", "三、裁决"),
              ("p", f"（一）被申请人{r.name}向申请人{a.name}支付租金及违约金{money(c.amount)}；"),
              ("p", f"（二）本案仲裁费{int(c.amount) // 80 + 300}元，由被申请人承担。"),
              ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付完毕。"),
              ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
              ("gap", ""), ("sig", f"首席仲裁员　{chief}"), ("sig", f"仲　裁　员　{arb1}"), ("sig", f"仲　裁　员　{arb2}"),
              ("gap", ""), ("date", cn_date(day)), ("sig", f"秘　　　书　{person_name(rng)}")]
    return Paper("裁决书", blocks, issuer=c.basis_court, number=c.basis_number, seal=c.basis_court)


def _notarial(c: CaseCtx, rng: random.Random) -> Paper:
    a, r = c.applicant, c.respondent
    signed = c.basis_effective.replace(year=c.basis_effective.year - 1)
    blocks = [("f", f"申请人：{a.name}，{a.sex}，公民身份号码{a.id_number}。"),
              ("f", f"申请人：{r.name}，{'统一社会信用代码' if r.kind == 'organisation' else '公民身份号码'}{r.id_number}。"),
              ("f", "公证事项：赋予债权文书强制执行效力"),
              ("p", f"兹证明出借人{a.name}与借款人{r.name}于{num_date(signed)}来到我处，在本公证员的面前，签订了前面的"
                    f"《借款合同》，借款金额为{money(c.amount)}。"),
              ("p", "经查，双方当事人签订合同的意思表示真实，合同内容具体明确，给付内容为金钱，符合《中华人民共和国民法典》"
                    "的规定。双方在合同中约定：借款人不履行或者不适当履行合同义务时，愿意接受依法强制执行。"),
              ("p", "依据《中华人民共和国公证法》第三十七条之规定，前面的《借款合同》具有强制执行效力。债务人不履行或者不适当履行"
                    "时，债权人可以向本公证处申请出具执行证书，并持本公证书及执行证书向有管辖权的人民法院申请执行。"),
              ("gap", ""), ("sig", c.basis_court.replace(province(c), "中华人民共和国" + province(c))),
              ("sig", f"公证员　{person_name(rng)}"), ("date", cn_date(signed))]
    return Paper("公证书", blocks, number=c.basis_number, seal=c.basis_court)


def _loan_contract(c: CaseCtx, rng: random.Random) -> Sheet:
    """The contract bound into the 公证书 (its later page: typed, signed by both, no footer)."""
    s = Sheet()
    f = font("microhei", mm(4.6))
    s.centred(mm(25), "借 款 合 同", font("microhei", mm(7)), spacing=mm(3))
    y = float(mm(45))
    for t in [f"出借人（甲方）：{c.applicant.name}", f"借款人（乙方）：{c.respondent.name}",
              f"第一条　借款金额：{money(c.amount)}。", "第二条　借款期限：十二个月，自实际放款之日起计算。",
              "第三条　借款利率：年利率百分之八，按月付息，到期还本。",
              "第四条　乙方未按期还款的，甲方有权要求乙方支付逾期利息及实现债权的费用。",
              "第五条　双方同意对本合同办理赋予强制执行效力公证。乙方不履行或者不适当履行本合同义务时，",
              "　　　　愿意接受人民法院的强制执行。", "第六条　本合同一式三份，甲乙双方及公证处各执一份。"]:
        s.text(mm(24), y, t, f)
        y += mm(11)
    s.text(mm(24), y + mm(20), "甲方（签字）：", f)
    scrawl(s, mm(60), y + mm(17), c.applicant.name, rng, role="wenkai", size=mm(7))
    s.text(mm(110), y + mm(20), "乙方（签章）：", f)
    scrawl(s, mm(146), y + mm(17), c.respondent.legal_rep or c.respondent.name, rng, role="wenkai", size=mm(7))
    if c.respondent.kind == "organisation":
        seal(s, mm(150), y + mm(22), c.respondent.name, rng, radius=mm(19))
    return s


def _criminal(c: CaseCtx, rng: random.Random) -> Paper:
    r = c.respondent
    day = c.basis_effective
    prosecutor = f"{c.court.city}{c.court.name.removeprefix(c.court.city).removesuffix('人民法院')}人民检察院"
    blocks = [("f", f"公诉机关：{prosecutor}。"),
              ("f", f"被告人：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，汉族，住{r.address}。"
                    f"因涉嫌非法吸收公众存款罪于{num_date(day - timedelta(days=240))}被刑事拘留，现羁押于{c.court.city}看守所。"),
              ("f", f"辩护人：{person_name(rng)}，{c.court.city[:2]}{rng.choice(['浩天', '长风', '正阳'])}律师事务所律师。"),
              ("p", f"{prosecutor}以{c.court.city[:2]}检刑诉〔{day.year}〕{rng.randint(50, 900)}号起诉书指控被告人{r.name}犯"
                    f"非法吸收公众存款罪，于{num_date(day - timedelta(days=90))}向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。"
                    "本案现已审理终结。"),
              ("p", f"公诉机关指控，被告人{r.name}以高额利息为诱饵，向社会不特定人员吸收资金，数额较大，扰乱金融秩序。"),
              ("p", "经审理查明的事实与公诉机关指控的事实一致。上述事实，有被害人陈述、证人证言、银行交易明细、被告人的供述"
                    "和辩解等证据证实，足以认定。"),
              ("p", f"本院认为，被告人{r.name}非法吸收公众存款，扰乱金融秩序，数额较大，其行为已构成非法吸收公众存款罪。"
                    "被告人到案后如实供述自己的罪行，可以从轻处罚。依照《中华人民共和国刑法》第一百七十六条、第六十七条第三款、"
                    "第五十二条、第五十三条之规定，判决如下："),
              ("p", f"一、被告人{r.name}犯非法吸收公众存款罪，判处有期徒刑二年，并处罚金{money(c.amount)}。"
                    "（刑期从判决执行之日起计算。罚金于本判决生效后三个月内缴纳。）"),
              ("p", "二、责令被告人退赔被害人的经济损失。"),
              ("p", "如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向上一级人民法院提出上诉。"),
              ("gap", ""), ("sig", f"审判长　{person_name(rng)}"), ("sig", f"人民陪审员　{person_name(rng)}"),
              ("sig", f"人民陪审员　{person_name(rng)}"), ("gap", ""), ("date", cn_date(day)), ("gap", ""),
              ("sig", f"书记员　{person_name(rng)}")]
    return Paper("刑事判决书", blocks, issuer=c.court.name, number=c.basis_number, seal=c.court.name)


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    kind = c.basis_kind
    if kind == "notarial":
        return typeset(_execution_certificate(c, rng), NOTARY, rng)
    if kind == "arbitration":
        blocks = [("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}租赁合同纠纷一案，已于"
                        f"{num_date(c.basis_effective)}作出{c.basis_number}裁决书。该裁决书已依法送达双方当事人，"
                        "根据《中华人民共和国仲裁法》第五十七条之规定，裁决书自作出之日起发生法律效力。"),
                  ("p", "特此证明。"), ("gap", ""), ("sig", c.basis_court), ("date", cn_date(c.day(-6)))]
        return typeset(Paper("证　　明", blocks, issuer=c.basis_court, number="", seal=c.basis_court), LETTER, rng)
    if kind == "judgment":
        text = (f"本院审理的{c.applicant.name}与{c.respondent.name}借款合同纠纷一案，本院作出的{c.extra.get('first_number', '')}"
                f"民事判决书，经{c.basis_court}{c.basis_number}民事判决驳回上诉、维持原判，已于{num_date(c.basis_effective)}"
                "发生法律效力。")
        issuer, number = c.court.name, c.extra.get("first_number", "")
    else:
        text = (f"本院审理的{c.applicant.name}与{c.respondent.name}纠纷一案，本院{c.basis_number}法律文书已于"
                f"{num_date(c.basis_effective)}送达双方当事人，现已发生法律效力。")
        issuer, number = c.basis_court, c.basis_number
    blocks = [("f", f"{c.applicant.name}："), ("p", text), ("p", "特此证明。"), ("gap", ""), ("date", cn_date(c.day(-8)))]
    sheets = typeset(Paper("生效证明书", blocks, issuer=issuer, number=number, seal=issuer),
                     House(body="song_gb", body_mm=6.0, title="song_gb", title_mm=10, title_spacing_mm=3, top=50,
                           footer="none"), rng)
    stamp(sheets[0], mm(32), mm(200), ["民事审判第一庭", "核对人：" + person_name(rng)], rng, size_mm=4.0, colour=(40, 60, 150))
    return sheets


def _execution_certificate(c: CaseCtx, rng: random.Random) -> Paper:
    a, r = c.applicant, c.respondent
    interest = (c.amount * c.amount.__class__("0.08")).quantize(c.amount.__class__("0.01"))
    blocks = [("f", f"申请执行人：{a.name}，公民身份号码{a.id_number}。"),
              ("f", f"被执行人：{r.name}，{'统一社会信用代码' if r.kind == 'organisation' else '公民身份号码'}{r.id_number}。"),
              ("f", f"执行标的：借款本金{money(c.amount)}，利息{money(interest)}，以及实现债权的费用。"),
              ("f", f"申请执行期限：自{num_date(c.day(-12))}起二年。"),
              ("p", f"债权人{a.name}于{num_date(c.day(-20))}向本处申请出具执行证书。经核实，本处出具的{c.basis_number}"
                    f"公证书所证明的《借款合同》已于{num_date(c.basis_effective)}履行期限届满，债务人{r.name}未按约定偿还借款，"
                    "债务人对债务履行情况无异议（已通知未回复）。"),
              ("p", "根据《中华人民共和国公证法》第三十七条及《最高人民法院、司法部关于公证机关赋予强制执行效力的债权文书执行"
                    "有关问题的联合通知》之规定，债权人可以持本执行证书及公证书向有管辖权的人民法院申请执行。"),
              ("gap", ""), ("sig", c.basis_court.replace(province(c), "中华人民共和国" + province(c))),
              ("sig", f"公证员　{person_name(rng)}"), ("date", cn_date(c.day(-12)))]
    return Paper("执行证书", blocks, number=str(c.extra.get("certificate_number", "")), seal=c.basis_court)


def _transfer_table(c: CaseCtx, rng: random.Random) -> Sheet:
    """刑事裁判涉财产部分移送执行表: a dense typed table, the 刑庭's signatures by hand."""
    s = Sheet()
    r = c.respondent
    s.centred(mm(22), c.court.name, font("song_gb", mm(6.5)), spacing=mm(1))
    s.centred(mm(34), "刑事裁判涉财产部分移送执行表", font("hei", mm(7.5)))
    f = font("song_gb", mm(4.3))
    s.text(mm(18), mm(50), f"移送庭室：刑事审判庭　　　移送日期：{num_date(c.day(-4))}", f)
    rows = [["刑事案号", c.basis_number, "生效日期", num_date(c.basis_effective)],
            ["被执行人", r.name, "身份证号", r.id_number],
            ["住址", r.address],
            ["判项内容", f"罚金{money(c.amount)}"],
            ["已缴纳", "无", "退赔情况", "无"],
            ["被害人", "见附页（共十七人）", "联系方式", "见附页"],
            ["查封扣押冻结财产", "侦查阶段冻结银行账户二个（余额见财产情况说明）"],
            ["随案移送财物", "无"],
            ["承办法官", "", "庭长意见", ""]]
    heights = [mm(15)] * len(rows)
    heights[3] = mm(22)
    heights[6] = mm(22)
    heights[8] = mm(28)
    table(s, mm(16), mm(58), [mm(34), mm(60), mm(28), mm(56)], rows, f, row_h=heights, centre_first=True, pad=7)
    base = mm(58) + sum(heights[:8])
    scrawl(s, mm(55), base + mm(9), person_name(rng), rng, role="wenkai", size=mm(6.5))
    scrawl(s, mm(140), base + mm(4), "同意移送", rng, role="wenkai", size=mm(6.5))
    scrawl(s, mm(150), base + mm(15), person_name(rng), rng, role="wenkai", size=mm(6))
    s.text(mm(18), base + heights[8] + mm(6), "附：刑事判决书、起诉书副本、财产情况说明各一份。", f)
    seal(s, s.width - mm(55), base + heights[8] + mm(2), c.court.name, rng)
    return s


def _status(c: CaseCtx) -> Paper:
    r = c.respondent
    blocks = [("f", "本院执行局："),
              ("p", f"被告人{r.name}非法吸收公众存款一案（{c.basis_number}），判决已经发生法律效力。现将被告人财产情况说明如下："),
              ("p", f"一、侦查阶段，公安机关冻结被告人{r.name}名下银行账户二个，冻结时余额合计人民币三千余元；"),
              ("p", "二、被告人名下无登记的不动产、机动车；"), ("p", "三、本案无随案移送的财物，无已处置的财产；"),
              ("p", "四、被告人家属在审理期间未代为缴纳罚金。"), ("p", "特此说明。"),
              ("gap", ""), ("sig", "刑事审判庭"), ("date", cn_date(c.day(-4)))]
    return Paper("被执行人财产情况说明", blocks, issuer=c.court.name, seal=c.court.name)


def _police(c: CaseCtx, rng: random.Random) -> Paper:
    r = c.respondent
    station = f"{c.court.city}公安局{rng.choice(['五里牌', '枫桥湖', '望岳'])}派出所"
    who = r.legal_rep or r.name
    blocks = [("f", f"{c.court.name}："),
              ("p", f"你院来函（{c.number}）收悉。经查，{who}户籍登记在我所辖区，其登记住址现为出租房屋，"
                    f"承租人称不认识此人；其家属称{who}自{c.filed_on.year - 1}年外出务工后未与家人联系，现下落不明。"),
              ("p", "特此证明。"), ("gap", ""), ("sig", station), ("date", cn_date(c.day(28)))]
    return Paper("证　　明", blocks, issuer=station, seal=station, seal_inner="户口专用章")
