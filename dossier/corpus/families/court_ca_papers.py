"""Papers court_ca's dossiers receive from others: the 汕头中院 二审 judgment, the court's own 调解书 (printed by the trial
division), the 汕头仲裁委 award and its 生效证明, the parties' and lawyers' papers, ID and licence copies (certified
'复印件与原件一致'), the Hong Kong landlord's 港澳居民来往内地通行证, the 社区's kinship certificate, the bank's reply slip, the
查控 printout and the 执行和解协议 drafted in a 潮汕 trading-house hand."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money_caps, num_date
from dossier.corpus.draw import INK, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_ca_kit import (
    ARB,
    COURT,
    MID,
    B,
    L,
    R,
    T,
    certified,
    court_paper,
    fig,
    filled,
    fz,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "kinship_proof", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
})


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    st = str(c.extra["story"])
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "identity_proof":
        return _identity(r if "respondent" in served else a, c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c)
    if code == "lawyer_license":
        return _licence_copy(c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "kinship_proof":
        return _kinship(c, rng)
    if code == "law_firm_letter":
        s = Sheet()
        s.centred(T, c.firm, font("sans_bold", 58), spacing=4)
        s.line(L, T + 90, R, T + 90, width=5)
        s.line(L, T + 100, R, T + 100, width=2)
        s.centred(T + 150, "律 师 事 务 所 函", font("sans_bold", 60), spacing=8)
        s.right(R, T + 250, f"（{c.filed_on.year}）潮明执字第{rng.randint(10, 99)}号", fz(36))
        y = flow(s, [("f", f"{COURT}："),
                 ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}执行一案的代理人。"),
                 ("p", "特此函告。"), ("f", f"附：授权委托书一份。律师联系电话：{c.agent_phone}。"),
                 ("r", c.firm), ("r", cn_date(c.filed_on - timedelta(days=2)))], fz(40), x0=L, width=R - L, y=T + 330,
             line_height=70, indent=82)
        seal(s, R - mm(35), y - 100, c.firm, rng)
        s.text(L, B - 20, f"地址：{c.extra['firm_addr']}", fz(30))
        return [s]
    if code == "power_of_attorney":
        s = Sheet()
        s.centred(T + 20, "授权委托书", font("serif_bold", 66), spacing=24)
        agent = (f"{c.agent}，男，{a.name[0]}氏亲属（表弟），住汕头市龙湖区，身份证号码：{c.extra.get('agent_id', '')}"
                 if st == "shop" else f"{c.agent}，{c.firm}律师，联系电话{c.agent_phone}")
        scope = ("特别授权：代为申请执行、代为参加执行和解并签署和解协议、代为领取执行款、代为签收法律文书。" if st == "shop"
                 else "特别授权：代为申请执行，提供财产线索，申请采取强制措施，代为签收法律文书，代为收取执行款。")
        y = flow(s, [("f", f"委托人：{a.name}"), ("f", f"住所：{a.address}"), ("f", f"受托人：{agent}"),
                     ("p", f"现委托上列受托人在我方与{r.name}{c.extra['cause']}执行一案中，作为我方的委托代理人。"),
                     ("p", f"代理权限：{scope}"), ("p", "委托期限：自签署之日起至本案执行终结止。")], fz(40), x0=L, width=R - L,
                 y=T + 170, line_height=72, indent=82)
        s.text(R - mm(80), y + 60, "委托人：", fz(40))
        if a.kind == "organisation":
            seal(s, R - mm(35), y + 80, a.name, rng)
        else:
            signature(s, R - mm(55), y + 50, a.name, rng)
        s.text(R - mm(80), y + 150, "受托人：", fz(40))
        signature(s, R - mm(55), y + 140, c.agent, rng)
        s.right(R, y + 240, cn_date(c.filed_on - timedelta(days=3)), fz(40))
        return [s]
    if code == "payment_account_confirmation":
        return _form(c, rng, "申请执行人收取案款确认书", [
            ["申请执行人", a.name], ["收款户名", a.name], ["开户银行", c.extra["bank"] if st != "shop" else "中国银行汕头分行"],
            ["收款账号", c.extra["acct"]], ["联系电话", a.phone if st != "shop" else c.agent_phone],
            ["承诺", "以上账户真实有效，因账户信息错误造成的损失由本人（单位）承担。"]], sign=a)
    if code == "service_address_confirmation":
        return _form(c, rng, "送达地址确认书", [
            ["当事人", a.name], ["送达地址", a.address if st != "shop" else f"汕头市龙湖区由代理人{c.agent}代收"],
            ["收件人", a.legal_rep or c.agent], ["电话", c.agent_phone], ["是否同意电子送达", "同意（√短信 √电子邮件）"],
            ["告知事项", "确认的地址适用于执行程序；地址变更应及时书面告知法院，未告知的，按原地址送达视为送达。"]], sign=a)
    if code == "property_clue_form":
        return _form(c, rng, "被执行人财产线索表", [
            ["被执行人", r.name], ["银行账户", f"{c.extra['bank']}（账号不详）"],
            ["不动产", "不详" if st != "toy" else "澄海区莲下镇厂房（租赁）"],
            ["车辆", "粤D牌照货车一辆" if st == "toy" else "无"], ["其他财产", "注塑机、玩具模具若干" if st == "toy" else
                                                      ("店铺内冰柜、茶具等" if st == "shop" else "应收海运费")],
            ["线索来源", "申请执行人掌握"]], sign=a)
    if code == "property_declaration_form":
        return _form(c, rng, "财产申报表", [
            ["申报人", r.name], ["存款", c.extra["bank"]], ["房产", "无"], ["车辆", "无" if st != "toy" else "货车一辆（粤D）"],
            ["股权、投资", "无"], ["应收款", "约" + fig(c.amount / 3) + "元"], ["申报人承诺", "以上申报属实，如有虚假愿承担法律责任。"]],
            sign=r)
    if code == "assistance_notice":
        return _bank_reply(c, rng)
    raise KeyError(code)


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    amt = f"{fig(c.amount)}元"
    st = str(c.extra["story"])
    if st == "toy":
        blocks: list[Block] = [
            ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，总经理。"),
            ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，执行董事。"),
            ("p", f"上诉人{r.name}因与被上诉人{a.name}加工合同纠纷一案，不服{COURT}{c.extra['first']}民事判决，向本院提起上诉。"
                  "本院依法组成合议庭审理了本案，现已审理终结。"),
            ("p", f"本院查明：双方约定由{a.name}为{r.name}开制遥控车、积木等玩具注塑模具共二十三套并负责试模打样，"
                  f"模具验收后{r.name}已投产使用，尚欠模具加工费{amt}未付。上诉人主张模具存在缺陷，但未在约定期间提出异议，"
                  "亦未提交证据证明，本院不予采纳。"),
            ("p", "综上所述，上诉人的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国"
                  "民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", f"一审判决：{r.name}应于判决生效之日起十日内向{a.name}支付模具加工费{amt}及逾期付款利息。"),
            ("p", "二审案件受理费由上诉人负担。本判决为终审判决。")]
        return court_paper("民事判决书", c.basis_number, blocks, rng, court=MID, seal_name=MID,
                           sign=[("审判长", c.extra["trial_judge"]), ("审判员", c.judge), ("审判员", c.officer[::-1]),
                                 ("书记员", c.clerk[::-1])], day=cn_date(c.basis_effective - timedelta(days=12)))
    if st == "shop":
        blocks = [
            ("f", f"原告：{a.name}，男，香港特别行政区居民，港澳居民来往内地通行证号码{c.extra['pass_no']}。"),
            ("f", f"委托诉讼代理人：{c.agent}，系原告表弟。"),
            ("f", f"被告：{r.name}，{r.sex}，{r.born.year if r.born else ''}年生，汉族，住{r.address}，系“{c.extra['shop']}”经营者。"),
            ("p", f"原告{a.name}与被告{r.name}房屋租赁合同纠纷一案，本院于立案后依法适用简易程序进行了审理。"),
            ("p", f"经审理查明，被告承租原告所有的{c.extra['premises']}铺面经营牛肉丸及单丛茶，拖欠租金。经本院主持调解，"
                  "双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}于本调解书生效后三十日内向原告{a.name}支付拖欠租金及违约金合计{amt}；"),
            ("p", "二、被告于二〇二三年十二月三十一日前腾退上述铺面；"), ("p", "三、案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。")]
        return court_paper("民事调解书", c.basis_number, blocks, rng,
                           sign=[("审判员", c.extra["trial_judge"]), ("书记员", c.clerk[::-1])],
                           day=cn_date(c.basis_effective - timedelta(days=1)))
    blocks = [
        ("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"被申请人：{r.name}，住所地{r.address}。"),
        ("p", f"{ARB}（以下简称本会）根据申请人与被申请人签订的《货运代理协议》中的仲裁条款及申请人的仲裁申请，受理了双方之间的"
              "货运代理合同争议案。本会依法组成仲裁庭，于开庭审理后作出本裁决。"),
        ("p", f"仲裁庭查明：被申请人委托申请人办理其出口至马来西亚巴生港、泰国林查班港的玩具、陶瓷货物订舱、报关及拖车业务，"
              f"申请人已完成全部委托事项并垫付海运费、码头操作费，被申请人确认尚欠代理费及垫付费用{amt}。"),
        ("p", "仲裁庭认为，双方协议合法有效，被申请人应按约支付。据此，仲裁庭裁决如下："),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}支付货运代理费及垫付费用{amt}；"),
        ("p", "（二）本案仲裁费由被申请人承担。"), ("p", "以上款项，被申请人应于本裁决书送达之日起十日内支付完毕。本裁决为终局裁决。")]
    return court_paper("裁决书", c.basis_number, blocks, rng, court=ARB, seal_name=ARB,
                       sign=[("首席仲裁员", c.extra["trial_judge"]), ("仲裁员", c.judge[::-1]), ("仲裁员", c.clerk[::-1])],
                       day=cn_date(c.basis_effective - timedelta(days=10)))


def arb_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """汕头仲裁委's 生效证明: a short letter on its own header."""
    return court_paper("裁决书生效证明", "", [
        ("f", f"{COURT}："),
        ("p", f"本会{c.basis_number}裁决书已于{cn_date(c.basis_effective - timedelta(days=8))}送达双方当事人。根据《中华人民共和国"
              "仲裁法》第五十七条的规定，该裁决书自作出之日起发生法律效力。"), ("p", "特此证明。")], rng, court=ARB, seal_name=ARB,
        sign=[("经办人", c.extra["trial_judge"][::-1])], day=cn_date(c.filed_on - timedelta(days=5)))


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(T, "强 制 执 行 申 请 书", font("song_gb", 64), spacing=6)
    who = (f"申请执行人：{a.name}，男，香港特别行政区居民，港澳居民来往内地通行证号码{c.extra['pass_no']}，港澳居民居住证号码"
           f"{a.id_number}，住{a.address}。" if a.kind == "person" else
           f"申请执行人：{a.name}，统一社会信用代码{a.id_number}，住所地{a.address}。法定代表人：{a.legal_rep}。")
    agent = (f"委托代理人：{c.agent}，系申请执行人表弟，住汕头市龙湖区。" if a.kind == "person"
             else f"委托代理人：{c.agent}，{c.firm}律师。")
    blocks: list[Block] = [
        ("f", who), ("f", agent), ("f", f"被执行人：{r.name}，住所地/住址：{r.address}，证件号码{r.id_number}。"),
        ("f", "申请事项："),
        ("p", f"一、请求强制执行被执行人支付{fig(c.amount)}元（大写：{money_caps(c.amount)}）及迟延履行期间的债务利息；"),
        ("p", "二、执行费用由被执行人负担；"),
        ("p", "三、被执行人未按期履行的，请求对其采取限制消费措施，符合条件的纳入失信被执行人名单。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经{c.basis_court}作出{c.basis_number}法律文书，已于"
              f"{cn_date(c.basis_effective)}发生法律效力。被执行人至今未履行，特依法申请强制执行。"),
        ("f", "此致"), ("f", COURT)]
    y = flow(s, blocks, font("song_gb", 40), x0=L, width=R - L, y=T + 130, line_height=70, indent=82)
    s.text(R - mm(80), y + 40, "申请执行人：", fz(40))
    if a.kind == "organisation":
        seal(s, R - mm(30), y + 60, a.name, rng)
    else:
        signature(s, R - mm(40), y + 30, f"{c.agent}（代）", rng)
    s.right(R, y + 130, cn_date(c.filed_on - timedelta(days=1)), fz(40))
    return [s]


def _card(s: Sheet, x: float, y: float, rows: list[str], title: str, rng: random.Random, *, photo: bool = True) -> None:
    """A card photocopied at 1:1 (85.6 × 54 mm), grey tone from the copier."""
    w, h = mm(86), mm(54)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=24, fill=(214, 214, 214), outline=(90, 90, 90), width=3)
    s.text(x + 26, y + 16, title, font("hei", 32))
    yy = y + 70
    for t in rows:
        s.text(x + 26, yy, t, font("hei", 28))
        yy += 44
    if photo:
        s.draw.rectangle((x + w - mm(26), y + mm(12), x + w - mm(5), y + mm(40)), fill=(120, 120, 120))


def _identity(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    if p.kind == "organisation":  # the business licence copy, then 法定代表人身份证明书 below it on the same copy
        s.box(L - 20, T, R + 20, mm(170), width=8, outline=(110, 110, 110))
        s.centred(T + 50, "营 业 执 照", font("serif_bold", 80), spacing=20)
        s.centred(T + 160, "（副　本）", fz(36))
        lines = [f"统一社会信用代码  {p.id_number}", f"名　　称  {p.name}", "类　　型  有限责任公司（自然人投资或控股）",
                 f"法定代表人  {p.legal_rep}", f"住　　所  {p.address}",
                 "经营范围  " + ("塑胶制品、模具加工；玩具制造、销售" if "塑胶" in p.name else
                             ("玩具、工艺品制造、销售；货物进出口" if "玩具" in p.name else
                              ("国际货运代理；报关；仓储服务" if "货运" in p.name else "货物进出口；陶瓷、玩具、日用品批发"))),
                 "登记机关  汕头市市场监督管理局"]
        y: float = T + 250
        for t in lines:
            y = flow(s, [("f", t)], fz(36), x0=L + 20, width=R - L - 40, y=y, line_height=58, indent=0)
        seal(s, R - mm(40), mm(150), "汕头市市场监督管理局", rng)
        y = mm(185)
        s.centred(y, "法定代表人身份证明书", font("hei", 50), spacing=6)
        flow(s, [("p", f"{p.legal_rep}在我单位担任总经理职务，系我单位的法定代表人。"), ("p", "特此证明。"),
                 ("r", p.name)], fz(38), x0=L, width=R - L, y=y + 90, line_height=64, indent=80)
        seal(s, R - mm(35), mm(245), p.name, rng)
        certified(s, rng, p.legal_rep, x=L, y=mm(248))
        return [s]
    born = p.born
    if c.extra.get("pass_no") and p is c.applicant:  # the landlord's 回乡证 and his 居住证, both sides on one copy
        dob = num_date(born) if born else ""
        _card(s, L + mm(8), T + mm(10), ["港澳居民来往内地通行证", f"姓名 {p.name}  性别 男", f"出生日期 {dob}",
                                         f"证件号码 {c.extra['pass_no']}"], "中华人民共和国出入境管理局", rng)
        _card(s, L + mm(8), T + mm(72), ["有效期限 2019.03.18-2029.03.17", "签发机关 公安部出入境管理局",
                                         "换证次数 02"], "港澳居民来往内地通行证", rng, photo=False)
        _card(s, L + mm(8), T + mm(134), [f"姓名 {p.name}  性别 男", f"住址 {p.address[:9]}", f"　　 {p.address[9:]}",
                                          f"公民身份号码 {p.id_number}"], "港澳居民居住证", rng, photo=False)
        certified(s, rng, c.agent, x=mm(115), y=mm(220))
        return [s]
    dob = f"{born.year}年{born.month}月{born.day}日" if born else ""
    _card(s, L + mm(30), T + mm(20), [f"姓名 {p.name}", f"性别 {p.sex}  民族 汉", f"出生 {dob}", f"住址 {p.address[:16]}",
                                      f"公民身份号码 {p.id_number}"], "居民身份证", rng)
    _card(s, L + mm(30), T + mm(90), ["中华人民共和国", "居民身份证", "签发机关 潮州市公安局潮安分局", "有效期限 2016.05.10-2036.05.10"],
          "国徽面", rng, photo=False)
    certified(s, rng, c.clerk, x=mm(110), y=mm(200))
    return [s]


def _licence_copy(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x, y = L + mm(20), T + mm(20)
    s.box(x, y, x + mm(110), y + mm(150), width=6, outline=(100, 100, 100))
    s.centred(y + 40, "中华人民共和国", font("serif_bold", 44), x0=x, x1=x + mm(110))
    s.centred(y + 110, "律师执业证", font("serif_bold", 64), x0=x, x1=x + mm(110), spacing=8)
    rows = [f"执业机构 {c.firm}", "执业证类别 专职", f"执业证号 {c.extra['lic_no']}", f"持证人 {c.agent}",
            "发证机关 广东省司法厅", f"发证日期 {c.filed_on.year - 6}年4月11日"]
    yy: float = y + 260
    for t in rows:
        yy = flow(s, [("f", t)], font("hei", 32), x0=x + 30, width=mm(100), y=yy, line_height=56, indent=0)
    s.draw.rectangle((x + mm(70), y + mm(100), x + mm(100), y + mm(140)), fill=(130, 130, 130))
    seal(s, x + mm(80), y + mm(120), "广东省司法厅", rng, radius=mm(16))
    certified(s, rng, c.agent, x=mm(100), y=mm(215))
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """广东省 诉讼费 receipt (票据), a strip of a page on a paste-up sheet."""
    s = Sheet()
    s.text(L, T, "票 据 粘 贴 单", font("hei", 44))
    x, y = L + mm(5), T + mm(20)
    s.box(x, y, R - mm(5), y + mm(90), width=3)
    s.centred(y + 20, "广东省法院诉讼费用专用票据", font("sans_bold", 46), x0=x, x1=R - mm(5))
    fee = (c.amount * Decimal("0.01")).quantize(Decimal("1"))
    arb = c.basis_kind == "arbitration"  # an award: the fee receipt is the court's for the 申请执行费
    if arb:
        fee = Decimal(int(c.extra["fee"]))
    rows = [["交款人", c.applicant.name], ["案号", c.number if arb else c.basis_number],
            ["项目", "申请执行费" if arb else ("二审案件受理费" if c.extra["story"] == "toy" else "案件受理费")],
            ["金额", f"¥{fig(fee)}（{money_caps(fee)}）"], ["收款单位", COURT if c.extra["story"] != "toy" else MID]]
    table(s, x + 30, y + 100, [mm(30), mm(110)], rows, font("sans", 30), row_h=mm(11))
    seal(s, R - mm(40), y + mm(72), "财政票据监制章", rng, radius=mm(14))
    return [s]


def _kinship(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(T + 20, "汕头市龙湖区金霞街道" + "华景社区居民委员会", font("serif_bold", 46))
    s.centred(T + 120, "证　明", font("serif_bold", 70), spacing=20)
    a = c.applicant
    flow(s, [("p", f"兹证明{c.agent}（身份证号码{c.extra['agent_id']}）系我社区居民，与香港居民{a.name}（港澳居民来往内地通行证"
                   f"号码{c.extra['pass_no']}）系表兄弟关系。{a.name}之母与{c.agent}之母为同胞姐妹，祖籍潮阳。"),
             ("p", "情况属实，特此证明。"), ("r", "华景社区居民委员会"), ("r", cn_date(c.filed_on - timedelta(days=6)))],
         fz(40), x0=L, width=R - L, y=T + 260, line_height=74, indent=82)
    seal(s, R - mm(40), T + mm(100), "汕头市龙湖区金霞街道华景社区居民委员会", rng)
    s.text(L, mm(230), "经办人：", fz(38))
    signature(s, L + mm(22), mm(228), "许" + c.clerk[-1] + "娟", rng)
    return [s]


def _form(c: CaseCtx, rng: random.Random, title: str, rows: list[list[str]], *, sign: Party) -> list[Sheet]:
    """The filing window's printed forms, filled in by hand (values in the right column written in pen)."""
    s = Sheet()
    s.centred(T, COURT, fz(40), spacing=4)
    s.centred(T + 70, title, font("hei", 56), spacing=6)
    s.text(L, T + 160, f"案号：{c.number}", fz(34))
    h = mm(22)
    y = T + 230
    table(s, L, y, [mm(45), mm(109)], [[k, ""] for k, _ in rows], font("hei", 34), row_h=h)
    for k, (_, v) in enumerate(rows):
        from dossier.corpus.draw import wrap
        for j, part in enumerate(wrap(v, font("kai", 34), mm(100))[:3]):
            hand(s, L + mm(48), y + k * h + 16 + j * 44, part, rng, size=34, ink=INK)
    y += h * len(rows) + 60
    s.text(L + mm(70), y, "填表人（签名或盖章）：", fz(36))
    if sign.kind == "organisation":
        seal(s, R - mm(25), y + 40, sign.name, rng)
    else:
        signature(s, R - mm(35), y - 10, c.agent if c.extra.get("agent_kind") else sign.name, rng)
    filled(s, R - mm(55), y + 80, cn_date(c.filed_on), rng, size=34)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    first = c.extra["paid_first"]
    rest = c.amount - first
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}    代理人：{c.agent}"), ("f", f"乙方（被执行人）：{r.name}，“{c.extra['shop']}”经营者"),
        ("p", f"就{c.number}执行一案，经{COURT}主持，甲乙双方本着乡里乡情、互谅互让的原则，自愿达成和解如下："),
        ("p", f"一、乙方于签订本协议当日支付{fig(first)}元至法院执行款专户；"),
        ("p", f"二、余款{fig(rest)}元于{cn_date(c.extra['pay_day'])}前一次付清；"),
        ("p", "三、乙方按期足额履行的，甲方放弃迟延履行利息；乙方任何一期逾期，甲方有权申请恢复执行原调解书全部内容；"),
        ("p", "四、本协议一式三份，双方各执一份，交法院一份附卷。")]
    s = Sheet()
    s.centred(T, "执行和解协议", font("song_gb", 64), spacing=10)
    y = flow(s, blocks, font("song_gb", 40), x0=L, width=R - L, y=T + 130, line_height=72, indent=82)
    s.text(L, y + 50, "甲方：", fz(40))
    signature(s, L + mm(20), y + 40, c.agent, rng)
    s.text(L + mm(85), y + 50, "乙方：", fz(40))
    signature(s, L + mm(105), y + 40, r.name, rng)
    s.draw.ellipse((L + mm(130), y + 30, L + mm(142), y + 70), fill=(200, 60, 60))  # red fingerprint
    s.right(R, y + 150, cn_date(c.day(20)), fz(40))
    return [s]


def _inquiry(c: CaseCtx) -> list[Sheet]:
    """The 执行查控系统's printout (a landscape table)."""
    s = Sheet(size=(mm(297), mm(210)))
    s.text(mm(15), mm(10), "执行查控系统 — 网络查控结果", font("sans_bold", 50))
    s.text(mm(15), mm(22), f"案号：{c.number}    被查询人：{c.respondent.name}    证件号：{c.respondent.id_number}", font("sans", 30))
    banks = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "汕头农村商业银行", "广发银行", "招商银行", "自然资源部",
             "公安部（车辆）", "证券登记结算"]
    rows = [["序号", "协助单位", "反馈结果", "余额/明细", "反馈日期"]]
    for k, b in enumerate(banks):
        hit = k in (0, 4) and b.endswith("银行")
        rows.append([str(k + 1), b, "有财产" if hit else "无", f"{fig(c.amount * Decimal('0.6'))}" if hit else "-",
                     num_date(c.day(3))])
    table(s, mm(15), mm(32), [mm(18), mm(70), mm(50), mm(70), mm(59)], rows, font("sans", 28), row_h=mm(13))
    s.text(mm(15), mm(195), f"打印人：{c.clerk}    打印时间：{num_date(c.day(4))}", font("sans", 26))
    return [s]


def _bank_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's own 协助执行通知书（回执）: a half-sheet form in the bank's sans, its 业务章 over the date."""
    s = Sheet(size=(mm(210), mm(148)))
    bank = str(c.extra["bank"])
    s.centred(mm(8), bank, font("sans", 38))
    s.centred(mm(18), "协助执行通知书（回执）", font("sans_bold", 52), spacing=4)
    rows = [["法院案号", c.number], ["被执行人", c.respondent.name], ["账户", f"20{rng.randint(10**12, 10**13 - 1)}"],
            ["执行事项", "冻结（√） 扣划（√） 解冻（ ）"], ["冻结金额", f"{fig(c.amount)}元"],
            ["扣划金额", f"{fig(c.amount)}元，已划入法院指定账户"], ["经办人", ""]]
    table(s, mm(14), mm(30), [mm(36), mm(146)], rows, font("sans", 30), row_h=mm(12.5))
    signature(s, mm(55), mm(106), "柯" + c.clerk[-1], rng)
    s.right(mm(196), mm(126), num_date(c.extra["pay_day"]), font("sans", 32))
    seal(s, mm(160), mm(118), bank + "业务专用章", rng, radius=mm(16))
    return [s]

