"""What reaches 顺庆法院执行局 from outside, each in its maker's hand: the lawyer's typed 申请书, 委托书 and 所函 (Noto
serif, a red letterhead), the trial division's 民事调解书 / 民事判决书, 南充中院's 二审 judgment in its own setting, ID and
licence copies, the 非税收入 receipt, the 总对总 查控 printout, forms filled at the window, the bank's 电子回单, the
settlement typed by the parties, and the online auction's 拍卖公告 and 网络竞价成交确认书 printed from the platform."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Block, Sheet, mm, seal, signature, table, wrap
from dossier.corpus.families.court_db_kit import COURT, MARGIN_L, MARGIN_R, MARGIN_T, fill, footer, typed
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher", "evidence", "effectiveness_certificate",
})
SERIF = "serif"


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _who(label: str, p: Party) -> list[Block]:
    if p.kind == "organisation":
        return [("f", f"{label}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("f", f"法定代表人：{p.legal_rep}，职务：总经理。")]
    b = p.born or date(1980, 1, 1)
    return [("f", f"{label}：{p.name}，{p.sex}，{b.year}年{b.month}月{b.day}日出生，汉族，住{p.address}，"
                  f"公民身份号码{p.id_number}，电话{p.phone}。")]


def _sign(s: Sheet, p: Party, x: float, y: float, rng: random.Random) -> None:
    if p.kind == "organisation":
        seal(s, x + mm(20), y, p.name, rng, radius=mm(19))
    else:
        signature(s, x, y - 30, p.name, rng)
        s.draw.ellipse((x + mm(26), y - 30, x + mm(33), y - 10), fill=(200, 40, 40))  # 指印


def _title(s: Sheet, y: float, text: str, *, size: int = 64, spacing: float = 16, f: str = "serif_bold") -> float:
    s.centred(y, text, font(f, size), spacing=spacing)
    return y + size + 60


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    filed = c.filed_on
    if code == "enforcement_application":
        s = Sheet()
        y = _title(s, MARGIN_T + 10, "强制执行申请书", size=66, spacing=14)
        asks: list[Block] = [("p", f"1．请求依法强制执行{c.basis_court}{c.basis_number}"
                                   f"{'民事调解书' if _tale(c) == 'shop' else '民事判决书'}，责令被申请人支付{money(c.amount)}；"),
                             ("p", "2．请求责令被申请人加倍支付迟延履行期间的债务利息；"), ("p", "3．本案执行费用由被申请人负担。")]
        facts = {"shop": lambda: f"申请人与被申请人物业服务合同纠纷一案，经贵院主持调解，双方达成协议，被申请人应于调解书约定期限内支付所欠"
                         f"{c.extra['shop']}物业服务费及违约金。调解书生效后，被申请人分文未付。经了解，被申请人将该商铺出租给"
                         f"{c.extra['tenant']}经营，每月收取租金{c.extra['rent']}元，为维护申请人合法权益，特申请强制执行。",
                 "silk": lambda: f"申请人委托被申请人加工厂丝、绸坯，被申请人收取加工费后未按约交付，并损毁部分原料茧。{c.extra['first_no']}"
                         f"民事判决作出后被申请人上诉，{c.basis_court}二审判决驳回上诉、维持原判。判决已经发生法律效力，被申请人至今"
                         "未履行，其仓库内尚存厂丝若干，特申请强制执行。",
                 "loan": lambda: f"被申请人向申请人借款，到期未还，经贵院判决由被申请人偿还借款本金及利息。判决生效后被申请人未履行，"
                         f"被申请人现在{c.extra['employer']}任驾驶员，有稳定工资收入，特申请强制执行。"}[_tale(c)]()
        blocks: list[Block] = [*_who("申请人", a), *_who("被申请人", r), ("f", "请求事项："), *asks, ("f", "事实与理由："),
                               ("p", facts), ("p", "此致"), ("f", COURT)]
        sheets, y = typed(blocks, head=s, y=y, f=font(SERIF, 40), lh=74)
        last = sheets[-1]
        last.text(last.width - MARGIN_R - mm(80), y + 60, "申请人：", font(SERIF, 40))
        _sign(last, a, last.width - MARGIN_R - mm(48), y + 150, rng)
        last.right(last.width - MARGIN_R, y + 260, num_date(filed - timedelta(days=3)), font(SERIF, 40))
        return footer(sheets, font(SERIF, 30))
    if code == "enforcement_basis":
        return _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "power_of_attorney":
        s = Sheet()
        y = _title(s, MARGIN_T + 10, "授权委托书", size=64, spacing=28)
        blocks = [*_who("委托人", a), ("f", f"受委托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
                  ("p", f"委托人与{r.name}{c.extra['cause']}执行一案，现委托上列受委托人作为委托人的执行代理人。"),
                  ("p", "代理权限为特别授权：代为申请执行，提供财产线索，申请查封、冻结、拍卖，参加谈话，代为和解，代为签收法律文书，"
                        "代为领取执行款，同意终结本次执行程序。")]
        sheets, y = typed(blocks, head=s, y=y, f=font(SERIF, 40), lh=74)
        last = sheets[-1]
        last.text(last.width - MARGIN_R - mm(90), y + 70, "委托人：", font(SERIF, 40))
        _sign(last, a, last.width - MARGIN_R - mm(52), y + 170, rng)
        last.right(last.width - MARGIN_R, y + 290, num_date(filed - timedelta(days=6)), font(SERIF, 40))
        return sheets
    if code == "law_firm_letter":
        s = Sheet()
        s.centred(MARGIN_T, c.firm, font("serif_bold", 64), spacing=8, fill=RED)
        s.line(MARGIN_L, MARGIN_T + 95, s.width - MARGIN_R, MARGIN_T + 95, width=6, fill=RED)
        s.line(MARGIN_L, MARGIN_T + 106, s.width - MARGIN_R, MARGIN_T + 106, width=2, fill=RED)
        s.centred(MARGIN_T + 160, "律师事务所函", font("hei", 58), spacing=16)
        s.right(s.width - MARGIN_R, MARGIN_T + 260, f"川{c.firm[2:4]}律执函〔{filed.year}〕{rng.randint(11, 98)}号", font(SERIF, 38))
        sheets, y = typed([("f", f"{COURT}："),
                           ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其申请执行{r.name}{c.extra['cause']}一案的代理人。"),
                           ("p", "特此函告。"), ("f", "附：授权委托书一份"),
                           ("f", f"律师联系电话：{c.agent_phone}　本所地址：{c.extra['firm_addr']}")],
                          head=s, y=MARGIN_T + 350, f=font(SERIF, 42), lh=80)
        s.right(s.width - MARGIN_R, y + 120, cn_date(filed - timedelta(days=5)), font(SERIF, 42))
        seal(s, s.width - MARGIN_R - mm(34), y + 130, c.firm, rng, radius=mm(20))
        return sheets
    if code == "lawyer_license":
        return _license(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, r if "respondent" in served else a)
    if code == "property_clue_form":
        return _form(c, rng, "申请执行人提供被执行人财产线索表", [
            ("被执行人", r.name), ("财产类型", {"shop": "商铺租金", "silk": "动产（库存厂丝）", "loan": "工资收入"}[_tale(c)]),
            ("财产所在地/开户行", {"shop": lambda: f"{c.extra['shop']}，承租人{c.extra['tenant']}",
                                   "silk": lambda: f"{r.address}仓库", "loan": lambda: str(c.extra["employer"])}[_tale(c)]()),
            ("线索来源", "申请人现场了解"), ("提供人", c.agent if a.kind == "organisation" else a.name)], filed - timedelta(days=1))
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "payment_account_confirmation":
        return _form(c, rng, "申请执行人收取执行款账户确认书", [
            ("户名", a.name), ("开户银行", c.extra["in_bank"]), ("账号", c.extra["in_acct"]),
            ("联系电话", a.phone), ("申请执行人签章", "")], filed)
    if code == "service_address_confirmation":
        return _form(c, rng, "送达地址确认书", [
            ("受送达人", a.name), ("送达地址", a.address), ("代收人", c.agent), ("电话", c.agent_phone),
            ("是否同意电子送达", "同意，手机号" + c.agent_phone)], filed)
    if code == "property_declaration_form":
        return _form(c, rng, "被执行人财产申报表", [
            ("被执行人", r.name), ("银行存款", "有，余额很少" if _tale(c) != "loan" else "工资卡一张，约两千元"),
            ("不动产", str(c.extra["shop"]) if _tale(c) == "shop" else "无"),
            ("车辆", "无"), ("其他财产", "仓库内厂丝" if _tale(c) == "silk" else "无"), ("申报人", "")],
            c.day(13), signer=r)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "payment_voucher":
        return _voucher(c, rng)
    return _auction(c, rng, served)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    if _tale(c) == "silk":  # 南充中院: court line in serif bold, title in kai, number below, long body in Noto serif
        s.centred(MARGIN_T, c.basis_court, font("serif_bold", 58), spacing=6)
        s.centred(MARGIN_T + 100, "民事判决书", font("kai", 70), spacing=32)
        s.right(s.width - MARGIN_R, MARGIN_T + 210, c.basis_number, font(SERIF, 40))
        blocks: list[Block] = [
            ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
            ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，董事长。"),
            ("p", f"上诉人{r.name}因与被上诉人{a.name}加工合同纠纷一案，不服四川省南充市顺庆区人民法院{c.extra['first_no']}民事判决，"
                  "向本院提起上诉。本院依法组成合议庭审理了本案。本案现已审理终结。"),
            ("p", f"一审法院认定：{a.name}与{r.name}签订《厂丝委托加工合同》，约定由{r.name}将{a.name}提供的干茧缫制为厂丝并织造绸坯，"
                  f"{r.name}收取加工费后逾期未交付成品，且因管理不善致部分原料茧霉变。一审判决{r.name}返还加工费、赔偿原料损失共计"
                  f"{money(c.amount)}。"),
            ("p", "本院认为，双方加工合同合法有效。上诉人未按约交付厂丝及绸坯，应承担违约责任。上诉人关于原料茧质量不合格的主张，"
                  "未提交证据证明，本院不予采信。一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》"
                  "第一百七十七条第一款第一项的规定，判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", f"二审案件受理费{int(c.amount * Decimal('0.012'))}元，由上诉人{r.name}负担。"),
            ("p", "本判决为终审判决。"),
        ]
        court, when = c.basis_court, c.basis_effective
        signers = [("审　判　长", person_name(rng)), ("审　判　员", person_name(rng)), ("审　判　员", person_name(rng))]
        f = font(SERIF, 40)
        y0 = MARGIN_T + 300
    else:  # this court's trial division: 宋 court line and a wide kai title
        s.centred(MARGIN_T, COURT, font("song_gb", 56), spacing=4)
        title = "民事调解书" if _tale(c) == "shop" else "民事判决书"
        s.centred(MARGIN_T + 95, title, font("song_gb", 72), spacing=34)
        s.right(s.width - MARGIN_R, MARGIN_T + 205, c.basis_number, font("song_gb", 40))
        if _tale(c) == "shop":
            blocks = [("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，经理。"),
                      ("f", f"被告：{r.name}，{r.sex}，住{r.address}。"),
                      ("p", f"原告{a.name}与被告{r.name}物业服务合同纠纷一案，本院于{cn_date(c.basis_effective - timedelta(days=60))}"
                            "立案后，依法适用简易程序进行审理。"),
                      ("p", f"原告诉称：被告系{c.extra['shop']}的业主，自2020年起拖欠物业服务费至今。"),
                      ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
                      ("p", f"一、被告{r.name}于{cn_date(c.basis_effective + timedelta(days=30))}前一次性支付原告物业服务费及违约金共计"
                            f"{money(c.amount)}；"),
                      ("p", "二、案件受理费减半收取，由被告负担。"),
                      ("p", "上述协议，不违反法律规定，本院予以确认。"),
                      ("p", "本调解书经双方当事人签收后，即具有法律效力。")]
        else:
            blocks = [("f", f"原告：{a.name}，{a.sex}，住{a.address}。"), ("f", f"被告：{r.name}，{r.sex}，住{r.address}。"),
                      ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院依法适用简易程序公开开庭进行了审理。"),
                      ("p", f"本院认定：被告向原告借款{money(c.amount)}，出具借条，约定半年内归还，到期后经原告催收未还。"),
                      ("p", "本院认为，合法的借贷关系受法律保护。依照《中华人民共和国民法典》第六百七十五条、第六百七十六条的规定，判决如下："),
                      ("p", f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金{money(c.amount)}及逾期利息。"),
                      ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                            "加倍支付迟延履行期间的债务利息。")]
        court, when = COURT, c.basis_effective - timedelta(days=15)
        signers = [("审判员", person_name(rng))]
        f = font("song_gb", 42)
        y0 = MARGIN_T + 290
    sheets, y = typed(blocks, head=s, y=y0, f=f, lh=76)
    last = sheets[-1]
    if y > last.height - mm(95):
        sheets.append(Sheet())
        last, y = sheets[-1], MARGIN_T
    y += 60
    for role, name in signers:
        last.text(last.width - MARGIN_R - mm(64), y, f"{role}　{name}", f)
        y += 72
    last.right(last.width - MARGIN_R - mm(6), y + 30, cn_date(when), f)
    seal(last, last.width - MARGIN_R - mm(30), y + 40, court, rng, radius=mm(21))
    last.text(last.width - MARGIN_R - mm(64), y + 130, f"书记员　{person_name(rng)}", f)
    return footer(sheets, font(SERIF, 30))


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """生效证明书 of this court's 民事审判庭 for the judgment the 中院 affirmed: a short printed form, number and date by hand."""
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("song_gb", 56), spacing=4)
    s.centred(MARGIN_T + 100, "生效证明书", font("song_gb", 72), spacing=30)
    when = c.basis_effective + timedelta(days=rng.randint(8, 20))
    blocks: list[Block] = [
        ("f", f"{c.applicant.name}："),
        ("p", f"本院{c.extra['first_no']}{c.applicant.name}与{c.respondent.name}加工合同纠纷一案的民事判决书，当事人不服提起上诉，"
              f"四川省南充市中级人民法院于{cn_date(c.basis_effective)}作出{c.basis_number}民事判决，驳回上诉，维持原判。"
              f"该判决已于{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 260, f=font("song_gb", 42), lh=78)
    s.text(MARGIN_L, y + 40, "承办人：", font("song_gb", 40))
    signature(s, MARGIN_L + mm(24), y + 20, person_name(rng), rng)
    s.right(s.width - MARGIN_R - mm(8), y + 150, cn_date(when), font("song_gb", 42))
    seal(s, s.width - MARGIN_R - mm(32), y + 160, COURT, rng, radius=mm(21))
    s.text(MARGIN_L, y + 320, "（本证明书仅证明判决生效，不作执行依据）", font("song_gb", 32))
    return sheets


def _license(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x0, y0, w, h = mm(35), mm(40), mm(140), mm(100)
    s.box(x0, y0, x0 + w, y0 + h, width=4, outline=(120, 40, 40))
    s.text(x0 + mm(30), y0 + mm(8), "中华人民共和国律师执业证", font("serif_bold", 46))
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]), ("发证机关", "四川省司法厅"),
            ("发证日期", f"{2015 + rng.randint(0, 6)}年{rng.randint(1, 12)}月")]
    y = y0 + mm(26)
    s.box(x0 + mm(8), y, x0 + mm(38), y + mm(40), width=2)
    s.text(x0 + mm(12), y + mm(16), "照片", font("sans", 34), fill=(150, 150, 150))
    s.text(x0 + mm(45), y, f"姓名：{c.agent}", font("sans", 38))
    for k, (lab, val) in enumerate(rows):
        s.text(x0 + mm(45), y + mm(9) * (k + 1), f"{lab}：{val}", font("sans", 34))
    seal(s, x0 + w - mm(25), y0 + h - mm(22), "四川省司法厅", rng, radius=mm(16))
    s.text(x0, y0 + h + mm(14), "此复印件与原件一致", font("kai", 40), fill=(30, 40, 120))
    signature(s, x0 + mm(70), y0 + h + mm(12), c.agent, rng)
    return [s]


def _identity(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    s = Sheet()
    x0, y0, w, h = mm(45), mm(40), mm(120), mm(76)
    if p.kind == "person":
        for k, back in enumerate((False, True)):
            yy = y0 + k * (h + mm(16))
            s.box(x0, yy, x0 + w, yy + h, width=3, outline=(90, 90, 90))
            if back:
                s.centred(yy + mm(14), "中华人民共和国", font("hei", 48))
                s.centred(yy + mm(28), "居民身份证", font("hei", 62), spacing=10)
                s.text(x0 + mm(20), yy + mm(52), f"签发机关　南充市公安局{rng.choice(['顺庆', '高坪', '嘉陵'])}分局", font("sans", 32))
                s.text(x0 + mm(20), yy + mm(61), f"有效期限　{2016 + rng.randint(0, 6)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-长期"
                       if p.born and p.born.year < 1979 else "有效期限　2018.05.11-2038.05.11", font("sans", 32))
            else:
                b = p.born or date(1980, 1, 1)
                for i, line in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{b.year}年{b.month}月{b.day}日",
                                          f"住址　{p.address[3:]}"]):
                    s.text(x0 + mm(8), yy + mm(8) + i * mm(10), line[:22], font("sans", 34))
                s.text(x0 + mm(8), yy + h - mm(14), f"公民身份号码　{p.id_number}", font("sans", 36))
                s.box(x0 + w - mm(36), yy + mm(10), x0 + w - mm(8), yy + mm(46), width=2, outline=(160, 160, 160))
    else:
        s.box(x0 - mm(15), y0, x0 + w + mm(15), y0 + mm(170), width=8, outline=(170, 60, 40))
        s.centred(y0 + mm(14), "营业执照", font("serif_bold", 80), spacing=10)
        s.centred(y0 + mm(34), "（副　本）", font(SERIF, 42))
        for i, (lab, val) in enumerate([("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", "有限责任公司"),
                                        ("法定代表人", p.legal_rep), ("住　　所", p.address)]):
            s.text(x0 - mm(5), y0 + mm(50) + i * mm(13), f"{lab}　{val}"[:28], font(SERIF, 36))
        seal(s, x0 + w - mm(10), y0 + mm(150), "南充市顺庆区市场监督管理局", rng, radius=mm(19))
        s.text(x0, y0 + mm(182), "与原件核对一致", font("kai", 40), fill=(30, 40, 120))
        seal(s, x0 + mm(90), y0 + mm(186), p.name, rng, radius=mm(16))
    return [s]


def _form(c: CaseCtx, rng: random.Random, title: str, rows: list[tuple[str, str]], d: date, *,
          signer: Party | None = None) -> list[Sheet]:
    """A window form of the 诉讼服务中心: printed grid, filled by hand."""
    s = Sheet()
    s.centred(MARGIN_T, title, font("hei", 54 if len(title) > 12 else 62), spacing=4)
    s.text(MARGIN_L, MARGIN_T + 100, f"案号：{c.number}", font("song_gb", 36))
    w = s.width - MARGIN_L - MARGIN_R
    y = MARGIN_T + 170
    table(s, MARGIN_L, y, [mm(52), w - mm(52)], [[k, ""] for k, _ in rows], font("song_gb", 36), row_h=130, centre_first=True)
    for i, (_, v) in enumerate(rows):
        if v:
            fill(s, MARGIN_L + mm(56), y + 130 * i + 44, v[:26], rng, size=36)
    who = signer or c.applicant
    y += 130 * len(rows) + 40
    s.text(MARGIN_L, y, "本人保证以上内容真实，如有虚假，愿承担法律责任。", font("song_gb", 34))
    if who.kind == "organisation" and signer is None:
        seal(s, s.width - MARGIN_R - mm(50), y + 150, who.name, rng, radius=mm(18))
        signature(s, s.width - MARGIN_R - mm(100), y + 120, c.agent, rng)
    else:
        signature(s, s.width - MARGIN_R - mm(90), y + 110, who.legal_rep or who.name, rng)
    fill(s, s.width - MARGIN_R - mm(80), y + 220, f"{d.year}.{d.month}.{d.day}", rng, size=38)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(MARGIN_T, "四川省非税收入一般缴款书（电子）", font("sans_bold", 50))
    s.text(MARGIN_L, MARGIN_T + 90, f"票据代码：51060124　票据号码：{rng.randint(10**7, 10**8 - 1)}", font("sans", 32))
    s.right(s.width - MARGIN_R, MARGIN_T + 90, f"开票日期：{num_date(c.day(2))}", font("sans", 32))
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["交款人", c.applicant.name, "统一社会信用代码/身份证号", c.applicant.id_number],
            ["执收单位", COURT, "执收单位编码", "513021"], ["项目名称", "申请执行费", "金额（元）", f"{c.extra['fee']:.2f}"],
            ["金额合计（大写）", money_caps(c.extra["fee"])], ["备注", f"{c.number}"]]
    table(s, MARGIN_L, MARGIN_T + 150, [w * 0.2, w * 0.34, w * 0.22, w * 0.24], rows, font("sans", 30), row_h=110)
    seal(s, s.width - MARGIN_R - mm(40), MARGIN_T + 800, "四川省财政厅非税收入票据专用章", rng, radius=mm(18))
    s.text(MARGIN_L, MARGIN_T + 760, "收款人：（电子）　复核人：（电子）", font("sans", 32))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(MARGIN_T, "网络执行查控系统 查询结果反馈", font("microhei", 50))
    s.text(MARGIN_L, MARGIN_T + 80, f"案号：{c.number}　被查询人：{c.respondent.name}　证件号：{c.respondent.id_number}",
           font("microhei", 28))
    s.text(MARGIN_L, MARGIN_T + 120, f"查询时间：{num_date(c.day(5))} 10:{rng.randint(10, 59)}　打印人：{c.clerk}", font("microhei", 28))
    banks = ["中国工商银行", "中国农业银行", "中国建设银行", "四川农信", "南充农商银行", "支付宝", "财付通", "车辆（公安部）",
             "不动产登记", "证券（中登）"]
    rows = [["序号", "协执单位", "反馈结果", "账户/标的", "余额（元）"]]
    for i, b in enumerate(banks, 1):
        if b.startswith("不动产") and _tale(c) == "shop":
            rows.append([str(i), b, "有登记", c.extra["shop"][:12], "—"])
        elif b == c.extra.get("r_bank", "")[:6] or (i == 2 and _tale(c) != "shop"):
            rows.append([str(i), b, "有账户", f"****{rng.randint(1000, 9999)}", f"{rng.randint(20, 3000)}.{rng.randint(10, 99)}"])
        else:
            rows.append([str(i), b, "无", "", ""])
    w = s.width - MARGIN_L - MARGIN_R
    table(s, MARGIN_L, MARGIN_T + 180, [w * 0.08, w * 0.25, w * 0.17, w * 0.3, w * 0.2], rows, font("microhei", 28), row_h=74)
    s.right(s.width - MARGIN_R, s.height - mm(25), "第1页/共1页", font("microhei", 26))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    y = _title(s, MARGIN_T + 10, "执行和解协议", size=62, f="sans_bold")
    first = (c.amount * Decimal("0.4")).quantize(Decimal(1))
    blocks: list[Block] = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
                           ("p", f"双方就{c.number}执行一案，经协商自愿达成如下和解协议："),
                           ("p", f"一、乙方欠甲方借款本息共计{money(c.amount)}，已由{c.extra.get('employer', '乙方单位')}代扣部分；"),
                           ("p", f"二、乙方于{cn_date(c.extra['pay_day'])}前通过法院执行款专户一次性付清余款，本协议签订当日先付{first}元；"),
                           ("p", "三、乙方付清后，甲方放弃迟延履行期间的债务利息，同意本案以执行完毕结案；"),
                           ("p", "四、乙方不按期履行的，甲方可申请恢复执行原生效法律文书。")]
    sheets, y = typed(blocks, head=s, y=y, f=font("sans", 38), lh=70)
    last = sheets[-1]
    last.text(MARGIN_L, y + 80, "甲方：", font("sans", 38))
    signature(last, MARGIN_L + mm(18), y + 60, a.name, rng)
    last.text(MARGIN_L + mm(90), y + 80, "乙方：", font("sans", 38))
    signature(last, MARGIN_L + mm(108), y + 60, r.name, rng)
    fill(last, MARGIN_L + mm(90), y + 200, num_date(c.day(30)), rng, ink=INK)
    return sheets


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    bank = "中国建设银行"
    s.centred(MARGIN_T, f"{bank}　网上银行电子回单", font("sans_bold", 48))
    w = s.width - MARGIN_L - MARGIN_R
    paid = c.extra["paid"] if _tale(c) != "silk" else c.extra["deal"] - c.extra["fee"]
    when = c.extra["pay_day"] + timedelta(days=4) if _tale(c) != "silk" else c.day(96)
    rows = [["付款人", f"{COURT}（执行款专户）", "收款人", c.applicant.name],
            ["付款账号", f"5105{rng.randint(10**12, 10**13 - 1)}", "收款账号", c.extra["in_acct"]],
            ["开户行", "中国建设银行南充分行营业部", "开户行", c.extra["in_bank"]],
            ["金额（小写）", f"¥{paid:,.2f}", "金额（大写）", money_caps(paid)],
            ["用途", f"{c.number}执行款发放", "交易日期", num_date(when)],
            ["电子回单号", f"{rng.randint(10**15, 10**16 - 1)}", "验证码", f"{rng.randint(10**7, 10**8 - 1)}"]]
    table(s, MARGIN_L, MARGIN_T + 110, [w * 0.15, w * 0.35, w * 0.15, w * 0.35], rows, font("sans", 30), row_h=100)
    seal(s, s.width - MARGIN_R - mm(40), MARGIN_T + 820, "中国建设银行电子回单专用章", rng, radius=mm(17))
    s.text(MARGIN_L, MARGIN_T + 800, f"打印时间：{num_date(when)}　打印次数：1", font("sans", 28))
    return [s]


def _auction(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """拍卖公告 and 网络竞价成交确认书 as printed from the 淘宝 司法拍卖 page: a web header, grey rules, 微软雅黑-like type."""
    s = Sheet()
    f = font("microhei", 36)
    s.text(MARGIN_L, mm(12), f"https://sf-item.taobao.com/sf_item/{rng.randint(10**11, 10**12 - 1)}.htm", font("microhei", 24),
           fill=(90, 90, 90))
    s.line(MARGIN_L, mm(20), s.width - MARGIN_R, mm(20), width=2, fill=(200, 80, 20))
    s.text(MARGIN_L, mm(23), "阿里拍卖·司法", font("microhei", 40), fill=(200, 80, 20))
    start = c.day(62)
    end = start + timedelta(days=1)
    if "auction_deal" not in served:
        title = f"{COURT}关于{c.extra['auction_item']}（第一次拍卖）的公告"
        blocks: list[Block] = [
            ("p", f"{COURT}将于{start.year}年{start.month}月{start.day}日10时至{end.year}年{end.month}月{end.day}日10时止"
                  "（延时的除外）在淘宝网司法拍卖网络平台上进行公开拍卖活动，现公告如下："),
            ("p", f"一、拍卖标的：{c.extra['auction_item']}。起拍价：{c.extra['start']}元，保证金：{int(c.extra['start'] / 10)}元，"
                  "增价幅度：1000元。"),
            ("p", "二、咨询、展示看样的时间与方式：自公告之日起至拍卖开始前，接受咨询；有意者请提前与法院联系看样。"),
            ("p", "三、本次拍卖活动设置延时出价功能，在拍卖活动结束前，每最后5分钟如果有竞买人出价，就自动延迟5分钟。"),
            ("p", "四、拍卖成交后，买受人应在拍卖结束后七日内将余款缴入法院指定账户，并持身份证明到法院办理交接手续。"),
            ("p", f"咨询电话：{c.court.phone}（{c.officer}）　监督电话：0817-2221000"),
        ]
    else:
        title = "网络竞价成交确认书"
        blocks = [("p", f"用户姓名：{c.extra['bidder']}，通过竞买号{rng.choice('ABCDEFGHJK')}{rng.randint(1000, 9999)}于"
                        f"{end.year}/{end.month:02d}/{end.day:02d} 10:{rng.randint(0, 9):02d}:{rng.randint(10, 59)}在{COURT}于阿里拍卖平台"
                        f"开展的“{c.extra['auction_item']}”项目公开竞价中，以最高应价胜出。"),
                  ("p", f"该标的网络拍卖成交价格：¥{c.extra['deal']:,.2f}（{money_caps(c.extra['deal'])}）。"),
                  ("p", "在网络拍卖中竞买成功的用户，必须依照标的物《竞买须知》《竞买公告》要求，按时交付标的物网拍成交余款、"
                        "办理相关手续。"),
                  ("p", f"标的物最终成交以{COURT}出具拍卖成交裁定为准。"),
                  ("r", f"阿里拍卖·司法　{end.year}年{end.month}月{end.day}日")]
    y = float(mm(36))
    tf = font("sans_bold", 46)
    for part in wrap(title, tf, s.width - MARGIN_L - MARGIN_R - mm(10)):
        s.centred(y, part, tf)
        y += 70
    sheets, _ = typed(blocks, head=s, y=y + 30, f=f, lh=66)
    return footer(sheets, font("microhei", 24))
