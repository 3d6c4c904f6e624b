"""What reaches the 丛台 bureau from others, each in its author's style: 邯郸 lawyers' typed papers (sans headings,
boxed titles), the 中院's bound judgment, window forms filled by hand, bank slips, and identity papers copied two to a
sheet (ID front and back, or a licence beside an ID card) as the MFP's ID-copy mode lays them out."""

from __future__ import annotations

import random
from datetime import timedelta

from PIL import Image

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import A4, BLUE_INK, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_cg import COURT, CgSheet, _basis
from dossier.corpus.fonts import font


def _pages(sheets: list[Sheet]) -> list[Sheet]:
    for i, s in enumerate(sheets):
        s.page_of = (i + 1, len(sheets)) if len(sheets) > 1 else None
    return sheets


def _typed(title: str, blocks: list[tuple[str, str]], c: CaseCtx, rng: random.Random, *, sign: str, stamp: str = "",
           face: str = "sans", boxed: bool = False) -> list[Sheet]:
    s = CgSheet()
    f = font(face, 40)
    if boxed:
        s.box(mm(60), mm(20), A4[0] - mm(60), mm(40), width=3)
    s.centred(mm(24), title, font(face.replace("serif", "serif_bold") if face == "serif" else "sans_bold", 60), spacing=8)
    y = flow(s, blocks, f, x0=mm(25), width=A4[0] - mm(50), y=mm(52), line_height=mm(8.8), indent=mm(9.5))
    s.text(A4[0] - mm(95), y + mm(10), sign, f)
    if stamp:
        seal(s, A4[0] - mm(55), y + mm(22), stamp, rng)
    else:
        signature(s, A4[0] - mm(65), y + mm(20), sign.split("：")[-1] or c.applicant.name, rng)
    s.text(A4[0] - mm(95), y + mm(34), cn_date(c.filed_on - timedelta(days=rng.randint(2, 6))), f)
    return [s]


def _card(w: int, h: int, rows: list[str], tint: tuple[int, int, int], *, photo: bool, title: str = "") -> Image.Image:
    from PIL import ImageDraw
    im = Image.new("RGB", (w, h), tint)
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, w - 1, h - 1), radius=24, outline=(120, 120, 120), width=3)
    y = 24
    if not photo and not title:  # the back of an ID card: the national emblem, the big title
        d.ellipse((30, 30, 130, 130), outline=(200, 60, 50), width=6)
        d.ellipse((62, 62, 98, 98), fill=(200, 60, 50))
        d.text((w // 2 + 40, 80), "中华人民共和国", font=font("hei", 34), fill=(30, 30, 30), anchor="mm")
        d.text((w // 2 + 40, 150), "居民身份证", font=font("hei", 52), fill=(30, 30, 30), anchor="mm")
        y = 200
    if title:
        d.text((w // 2, y + 20), title, font=font("hei", 40), fill=(170, 30, 30), anchor="mm")
        y += 72
    for r in rows:
        d.text((22, y), r, font=font("hei", 30 if title else 23), fill=(30, 30, 30))
        y += 46 if title else 34
    if photo:
        d.rectangle((w - 170, 40, w - 24, 230), fill=(150, 160, 175))
        d.ellipse((w - 135, 70, w - 60, 155), fill=(90, 80, 75))
        d.ellipse((w - 160, 155, w - 36, 240), fill=(70, 70, 90))
    return im


def _two_cards(first: Image.Image, second: Image.Image, rng: random.Random, lines: list[str], note: str) -> CgSheet:
    """Two papers on the glass, each laid a little crooked: the MFP's ID-copy page."""
    s = CgSheet(cards=True, colour=True)
    for k, im in enumerate((first, second)):
        turned = im.rotate(rng.uniform(-6, 6), expand=True, fillcolor=(255, 255, 255), resample=Image.Resampling.BICUBIC)
        x = (A4[0] - turned.width) // 2 + rng.randint(-mm(18), mm(18))
        y = mm(25) + k * mm(130) + rng.randint(0, mm(12))
        s.image.paste(turned, (x, y))
    s.lines.extend(lines)
    hand(s, mm(30), A4[1] - mm(30), note, rng, size=40, ink=BLUE_INK)
    return s


def _id(c: CaseCtx, rng: random.Random, name: str, number: str, sex: str, addr: str) -> tuple[Image.Image, Image.Image, list[str]]:
    w, h = mm(86), mm(54)
    front = _card(w, h, [f"姓名 {name}", f"性别 {sex}　民族 汉", f"出生 {number[6:10]}年{int(number[10:12])}月{int(number[12:14])}日",
                         f"住址 {addr[:12]}", f"　　 {addr[12:24]}", f"公民身份号码 {number}"], (236, 232, 222), photo=True)
    back = _card(w, h, ["签发机关 邯郸市公安局丛台分局",
                        f"有效期限 2019.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-2039.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}"],
                 (226, 234, 240), photo=False)
    return front, back, [f"姓名 {name}", f"公民身份号码 {number}", "中华人民共和国 居民身份证", "签发机关 邯郸市公安局丛台分局"]


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    story = c.extra["story"]
    if code == "identity_proof":
        if "respondent" in served:
            w, h = mm(150), mm(105)
            lic = _card(w, h, [f"统一社会信用代码 {r.id_number}", f"名　　称 {r.name}", "类　　型 有限责任公司",
                               f"法定代表人 {r.legal_rep}", f"住　　所 {r.address[:16]}", "登记机关 邯郸市丛台区市场监督管理局"],
                        (246, 238, 222), photo=False, title="营 业 执 照")
            from dossier.corpus.content import id_number
            rep_id = id_number(rng, "130403")
            front, _, lines = _id(c, rng, r.legal_rep, rep_id, "男" if int(rep_id[16]) % 2 else "女", r.address)
            return [_two_cards(lic, front, rng, ["营业执照", f"统一社会信用代码 {r.id_number}", f"名称 {r.name}",
                                                  f"法定代表人 {r.legal_rep}", *lines], "与原件核对一致")]
        front, back, lines = _id(c, rng, a.name, a.id_number, a.sex, a.address)
        return [_two_cards(front, back, rng, lines, f"仅供{c.number}案件使用")]
    if code == "lawyer_license":
        w, h = mm(150), mm(100)
        lic = _card(w, h, [f"执业机构 {c.firm}", "执业证类别 专职", f"执业证号 {c.extra['lic_no']}", f"持证人 {c.agent}",
                           "发证机关 河北省司法厅", f"发证日期 20{rng.randint(12, 22)}年{rng.randint(1, 12)}月"],
                    (244, 236, 226), photo=True, title="律师执业证")
        from dossier.corpus.content import id_number
        agent_id = id_number(rng, "130402")
        front, _, lines = _id(c, rng, c.agent, agent_id, "男" if int(agent_id[16]) % 2 else "女", c.extra["firm_addr"])
        return [_two_cards(lic, front, rng, ["律师执业证", f"执业证号 {c.extra['lic_no']}", f"持证人 {c.agent}", *lines],
                           "复印件与原件一致")]
    if code == "enforcement_application":
        blocks = [("f", f"申请执行人：{a.name}，{a.sex}，{cn_date(a.born) if a.born else ''}出生，住{a.address}，"
                        f"公民身份号码{a.id_number}，电话{a.phone}。"),
                  ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                  ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
                  ("f", f"法定代表人：{r.legal_rep}。"), ("f", "执行请求："),
                  ("p", f"一、依法强制执行{_basis(c)}，责令被执行人支付{money(c.amount)}及迟延履行期间的债务利息；"),
                  ("p", "二、对被执行人采取限制消费措施，并将其纳入失信被执行人名单；"), ("p", "三、执行费用由被执行人负担。"),
                  ("f", "事实与理由："),
                  ("p", f"申请人与被执行人{c.extra['cause']}一案，经{c.basis_court}审理，作出{c.basis_number}"
                        f"{c.extra['doc_kind']}，已于{cn_date(c.basis_effective)}发生法律效力。被执行人至今未履行，"
                        f"特依照{'《中华人民共和国民事诉讼法》'}第二百四十七条的规定，向贵院申请强制执行。"),
                  ("f", "此致"), ("f", COURT)]
        return _typed("强制执行申请书", blocks, c, rng, sign=f"申请人：{a.name}", face="sans", boxed=True)
    if code == "power_of_attorney":
        blocks = [("f", f"委托人：{a.name}，住{a.address}。"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
                  ("p", f"现委托上述受托人在我与{r.name}{c.extra['cause']}执行一案中，作为我的代理人。"),
                  ("p", "代理权限为：特别授权，代为申请执行、提供财产线索、参加执行和解、代为签收法律文书、代为领取执行款。")]
        return _typed("授 权 委 托 书", blocks, c, rng, sign=f"委托人：{a.name}", face="serif")
    if code == "law_firm_letter":
        s = CgSheet()
        s.text(mm(25), mm(20), c.firm, font("sans_bold", 54))
        s.line(mm(25), mm(36), A4[0] - mm(25), mm(36), width=5, fill=(40, 60, 140))
        s.centred(mm(46), "律 师 事 务 所 函", font("sans_bold", 60))
        s.right(A4[0] - mm(25), mm(62), f"冀邯律函〔2026〕第{rng.randint(11, 399)}号", font("sans", 36))
        flow(s, [("f", f"{COURT}："), ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}"
                                            "执行一案的代理人。特此函告。"),
                 ("f", f"附：授权委托书一份　　律师电话：{c.agent_phone}"), ("f", f"本所地址：{c.extra['firm_addr']}")],
             font("sans", 40), x0=mm(25), width=A4[0] - mm(50), y=mm(76), line_height=mm(9), indent=mm(9.5))
        s.right(A4[0] - mm(30), mm(150), cn_date(c.filed_on - timedelta(days=3)), font("sans", 40))
        seal(s, A4[0] - mm(60), mm(148), c.firm, rng)
        return [s]
    if code == "enforcement_basis":
        return _judgment(c, rng)
    if code == "settlement_agreement":
        blocks = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}"),
                  ("p", f"双方就{c.number}执行一案，经协商一致，自愿达成如下和解协议："),
                  ("p", f"一、乙方同意以{'拍卖车辆所得价款' if story == 'car' else '银行转账方式'}清偿{money(c.amount)}；"),
                  ("p", "二、甲方收到全部款项后，同意放弃迟延履行期间的债务利息；"), ("p", "三、本协议一式三份，双方各执一份，交执行法院一份。")]
        out = _typed("执行和解协议", blocks, c, rng, sign=f"甲方：{a.name}", face="serif")
        seal(out[0], mm(60), A4[1] - mm(80), r.name, rng)
        return out
    if code == "property_clue_form":
        clue = {"car": f"车辆：被执行人名下{c.extra.get('model', '')}，号牌{c.extra.get('plate', '')}",
                "yard": "煤场存煤、邯郸银行、河北银行账户", "coke": f"银行账户：{c.extra['resp_bank']} {c.extra['resp_acct']}"}[story]
        return [_hand_form("被执行人财产线索表", [["被执行人", r.name], ["财产类型", ""], ["财产线索", ""], ["线索来源", ""],
                                              ["提供人", ""]], [(1, "车辆" if story == "car" else "银行存款"), (2, clue[:22]),
                                                              (3, "申请人自行了解"), (4, a.name)], rng)]
    if code == "payment_account_confirmation":
        return [_hand_form("申请执行人收取案款确认书", [["申请执行人", a.name], ["开户银行", ""], ["账号", ""], ["户名", ""],
                                                    ["联系电话", ""], ["申请执行人签名", ""]],
                           [(1, c.extra["acct_bank"]), (2, c.extra["acct"]), (3, a.name), (4, a.phone), (5, a.name)], rng)]
    if code == "service_address_confirmation":
        return [_hand_form("送达地址确认书", [["受送达人", a.name], ["送达地址", ""], ["邮政编码", ""], ["联系电话", ""],
                                          ["是否同意电子送达", ""], ["受送达人签名", ""]],
                           [(1, a.address[6:26]), (2, "056002"), (3, a.phone), (4, "同意 微信/短信"), (5, a.name)], rng)]
    if code == "property_declaration_form":
        return [_hand_form("被执行人财产申报表", [["被执行人", r.name], ["法定代表人", r.legal_rep], ["银行存款", ""],
                                              ["车辆", ""], ["不动产", ""], ["其他财产", ""], ["申报人签名", ""]],
                           [(2, "无余额" if story == "yard" else c.extra["resp_bank"][:10]),
                            (3, c.extra.get("plate", "无")), (4, "无"), (5, "无"), (6, r.legal_rep)], rng)]
    if code == "fee_receipt":
        s = CgSheet(colour=True)
        s.draw.rectangle((mm(15), mm(20), A4[0] - mm(15), mm(140)), fill=(238, 226, 232))
        s.centred(mm(26), "河北省非税收入统一票据", font("ming", 56), fill=(150, 40, 60))
        s.text(mm(22), mm(44), f"票据号码：{c.extra['receipt_no']}　　缴款日期：{num_date(c.basis_effective - timedelta(days=90))}",
               font("ming", 32))
        table(s, mm(22), mm(54), [mm(60), mm(70), A4[0] - mm(174)],
              [["项目名称", "缴款人", "金额（元）"], ["案件受理费", a.name, f"{c.extra['exec_fee'] * 2:.2f}"],
               [f"案号 {c.basis_number}", "", ""], [f"合计（大写）{money_caps(c.extra['exec_fee'] * 2)}"]], font("ming", 32),
              row_h=mm(13), fill=(150, 40, 60))
        seal(s, A4[0] - mm(55), mm(118), "邯郸市丛台区人民法院财务专用章", rng, radius=mm(18))
        return [s]
    if code == "online_inquiry_result":
        return [_inquiry(c, rng, "vehicle" in served)]
    if code == "payment_voucher":
        s = CgSheet(colour=True)
        bank = "邯郸银行" if "release" in served else c.extra["acct_bank"][:4]
        s.draw.rectangle((mm(12), mm(18), A4[0] - mm(12), mm(120)), fill=(232, 240, 232))
        s.centred(mm(22), f"{bank}　电子回单" if "release" not in served else "执行案款发放审批单", font("sans_bold", 52))
        payer = COURT + "执行款专户" if "release" in served else r.name
        rows = [["付款人", payer], ["收款人", a.name], ["收款账号", c.extra["acct"]], ["收款银行", c.extra["acct_bank"]],
                ["金额", money(c.amount)], ["用途", f"{c.number}执行款"]]
        table(s, mm(18), mm(36), [mm(40), A4[0] - mm(76)], rows, font("sans", 34), row_h=mm(12))
        seal(s, A4[0] - mm(55), mm(100), bank + ("股份有限公司业务专用章" if "release" not in served else "执行局"), rng,
             radius=mm(17))
        if "release" in served:
            hand(s, mm(30), mm(128), f"领款人：{a.name}　{num_date(c.closed_on - timedelta(days=4))}", rng, size=42)
        return [s]
    raise KeyError(code)


def _hand_form(title: str, rows: list[list[str]], fills: list[tuple[int, str]], rng: random.Random) -> CgSheet:
    """A window form: ming type, ruled boxes, filled by hand in blue ballpoint."""
    s = CgSheet()
    s.centred(mm(26), title, font("ming", 58), spacing=6)
    s.text(mm(22), mm(42), COURT + "执行立案窗口", font("ming", 30))
    h = mm(17)
    table(s, mm(22), mm(50), [mm(48), A4[0] - mm(92)], rows, font("ming", 36), row_h=h)
    for i, t in fills:
        hand(s, mm(76), mm(50) + i * h + mm(4), t, rng, size=38)
    return s


def _inquiry(c: CaseCtx, rng: random.Random, vehicle: bool) -> CgSheet:
    s = CgSheet()
    s.text(mm(14), mm(14), "执行查控系统　总对总查询结果", font("microhei", 44))
    s.text(mm(14), mm(26), f"案号：{c.number}　被查询人：{c.respondent.name}　证件号：{c.respondent.id_number}", font("microhei", 28))
    if vehicle:
        rows = [["协助单位", "车辆号牌", "车辆类型", "状态"],
                ["公安部交通管理局", c.extra.get("plate", "无"), c.extra.get("model", "无")[:10], "正常"]]
    else:
        rows = [["协助单位", "账号", "余额（元）", "反馈时间"]]
        for b in ["邯郸银行", "河北银行", "邯郸农商银行", "中国工商银行", "中国建设银行"]:
            bal = "0.00" if c.extra["story"] == "yard" else f"{rng.randint(0, 999999) / 100:.2f}"
            rows.append([b, f"{rng.randint(10**15, 10**16 - 1)}", bal, num_date(c.day(rng.randint(3, 9)))])
        rows.append(["邯郸市不动产登记中心", "—", "无登记", num_date(c.day(8))])
    table(s, mm(14), mm(36), [mm(52), mm(56), mm(40), A4[0] - mm(176)], rows, font("microhei", 26), row_h=mm(10), width=1)
    s.text(mm(14), A4[1] - mm(18), f"打印人：{c.clerk}　　打印时间：{num_date(c.day(10))}", font("microhei", 26))
    return s


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The basis, bound: its pages show the gutter in the MFP's scan."""
    sheets: list[Sheet] = [CgSheet(bound=True)]
    s = sheets[0]
    assert isinstance(s, CgSheet)
    kind = c.extra["doc_kind"]
    s.centred(mm(26), c.basis_court, font("serif_bold", 58), spacing=4)
    s.centred(mm(42), "  ".join(kind), font("serif_bold", 68))
    s.right(A4[0] - mm(28), mm(58), c.basis_number, font("serif", 38))
    a, r = c.applicant, c.respondent
    role = ("上诉人（原审被告）", "被上诉人（原审原告）") if c.basis_court.endswith("中级人民法院") else ("被告", "原告")
    company = [("f", f"{role[0]}：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司经理。")]
    person = [("f", f"{role[1]}：{a.name}，{a.sex}，住{a.address}。"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。")]
    blocks = company + person if role[0].startswith("上诉人") else person + company  # 原告 first at first instance
    if kind == "民事调解书":
        blocks += [("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于2025年立案后，依法适用简易程序。"),
                   ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
                   ("p", f"一、被告{r.name}于{cn_date(c.basis_effective + timedelta(days=30))}前给付原告煤款{money(c.amount)}；"),
                   ("p", "二、如被告未按期足额给付，原告可就全部剩余款项申请强制执行；"),
                   ("p", "三、案件受理费减半收取，由被告负担。"),
                   ("p", "上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。")]
    else:
        first = c.extra.get("first", "")
        blocks += [("p", f"{role[0]}{r.name}因与{role[1]}{a.name}{c.extra['cause']}一案，不服{COURT}{first}民事判决，"
                         "向本院提起上诉。本院依法组成合议庭进行了审理。" if first else
                         f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后依法适用普通程序公开开庭进行了审理。"),
                   ("p", f"经审理查明，双方于2024年签订《{'钢材' if c.extra['story'] == 'car' else '焦炭'}购销合同》，"
                         f"{a.name}依约供货，{r.name}收货后尚欠货款{money(c.amount)}未付，经多次催要未果。"),
                   ("p", "本院认为，当事人应当按照约定全面履行自己的义务。被告（上诉人）收货后未付清货款，应承担继续付款及"
                         "逾期付款的违约责任。其抗辩理由缺乏事实和法律依据，本院不予支持。"),
                   ("p", "依照《中华人民共和国民法典》第五百零九条、第五百七十九条、第六百二十六条的规定，判决如下："),
                   ("p", f"{'驳回上诉，维持原判；一审' if first else ''}被告{r.name}于本判决生效之日起十日内给付原告{a.name}"
                         f"货款{money(c.amount)}及逾期付款利息。"),
                   ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                         "加倍支付迟延履行期间的债务利息。"),
                   ("p", "本判决为终审判决。" if first else "如不服本判决，可在判决书送达之日起十五日内提起上诉。")]

    def more() -> tuple[Sheet, float]:
        n = CgSheet(bound=True)
        sheets.append(n)
        return n, mm(26)

    y = flow(s, blocks, font("serif", 40), x0=mm(30), width=A4[0] - mm(58), y=mm(72), line_height=mm(10), indent=mm(9.5),
             bottom=A4[1] - mm(40), more=more)
    last = sheets[-1]
    if y > A4[1] - mm(100):
        last, y = more()
    bench = ((("审 判 员", c.extra["trial_judge"]),) if kind == "民事调解书" else
             (("审 判 长", c.extra["trial_judge"]), ("审 判 员", person_name(rng)), ("审 判 员", person_name(rng))))
    for k, (role_, name) in enumerate(bench):
        last.text(A4[0] - mm(95), y + mm(8) + k * mm(10), f"{role_}　　{name}", font("serif", 40))
    last.right(A4[0] - mm(30), y + mm(44), cn_date(c.basis_effective - timedelta(days=15)), font("serif", 40))
    seal(last, A4[0] - mm(62), y + mm(44), c.basis_court, rng)
    last.text(A4[0] - mm(95), y + mm(60), f"书 记 员　　{person_name(rng)}", font("serif", 40))
    last.text(mm(30), y + mm(78), "本件与原本核对无异", font("kai", 40))
    for i, sh in enumerate(sheets):
        sh.centred(A4[1] - mm(18), f"— {i + 1} —", font("serif", 32))
    return _pages(sheets)
