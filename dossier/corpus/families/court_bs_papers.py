"""Papers the 昆都仑区法院 receives, each in its author's style: the lawyer's Word application and 所函, the
basis (this court's 判决书 or 司法确认 ruling, the 中院's 二审 judgment), ID and licence copies, the 内蒙古 非税收入
票据 for the fee, and the window's forms filled by hand."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, cn_date, money_caps
from dossier.corpus.draw import Block, Sheet, hand, mm, seal, signature
from dossier.corpus.families.court_bs_kit import (
    COURT,
    LEFT,
    MIDDLE,
    RIGHT,
    TOP,
    court_head,
    fangsong,
    grid,
    sheets_for,
    yuan,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form",
})


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, "respondent" in served)
    if code in ("enforcement_application", "law_firm_letter", "power_of_attorney"):
        return _lawyer(code, c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    return _form(code, c, rng)


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The basis: a judgment or ruling in the trial courts' style (black head, 仿宋, pages numbered)."""
    s = Sheet()
    story = c.extra["story"]
    kind = "民事裁定书" if story == "cashmere" else "民事判决书"
    y = court_head(s, c.basis_court, kind, c.basis_number, rng, bilingual=True, red=False)
    a, r = c.applicant, c.respondent
    if story == "steel":
        blocks: list[Block] = [
            ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司经理。"),
            ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司执行董事。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服{COURT}{c.extra['first']}民事判决，向本院提起上诉。"
             "本院于2023年立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
            ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：双方对账单未经上诉人加盖公章，"
             "所涉钢材部分用于案外人工地，一审认定欠款数额错误。"),
            ("p", f"{a.name}辩称：双方签订《钢材购销合同》，被上诉人依约向上诉人承建的工地供应{c.extra['goods']}，"
             "送货单均有上诉人项目部人员签收，对账单由上诉人项目经理签字确认，一审判决正确，请求驳回上诉。"),
            ("p", "本院经审理查明的事实与一审查明的事实一致，本院予以确认。"),
            ("p", "本院认为，项目经理在对账单上签字的行为系履行职务行为，其后果由上诉人承担；上诉人主张部分钢材用于案外人"
             "工地，未提交证据证明，本院不予采信。一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事"
             "诉讼法》第一百七十七条第一款第一项规定，判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", f"一审判决：{r.name}于判决生效之日起十日内给付{a.name}货款{yuan(c.amount)}元及逾期付款利息。"),
            ("p", f"二审案件受理费{yuan(c.extra['fee'] * 2)}元，由上诉人{r.name}负担。"), ("p", "本判决为终审判决。")]
        roles = [("审判长", c.judge), ("审判员", c.extra["trial_judge"]), ("审判员", c.officer), ("书记员", c.clerk)]
    elif story == "rare":
        blocks = [
            ("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司总经理。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("f", f"被告：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，该公司董事长。"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。"),
            ("p", f"原告向本院提出诉讼请求：1.判令被告支付{c.extra['goods']}货款{yuan(c.amount)}元；2.判令被告支付逾期付款"
             "利息；3.诉讼费用由被告负担。事实和理由：原告依约向被告交付稀土原料，被告验收入库后仅支付部分货款，余款经催要未付。"),
            ("p", "被告辩称：对欠款数额无异议，因磁材订单下滑，资金周转困难，请求分期支付。"),
            ("p", "本院认为，原、被告之间的买卖合同系双方真实意思表示，合法有效。原告已履行交货义务，被告应按约支付货款。"
             "依照《中华人民共和国民法典》第五百零九条、第六百二十六条规定，判决如下："),
            ("p", f"一、被告{r.name}于本判决生效之日起十日内给付原告{a.name}货款{yuan(c.amount)}元；"),
            ("p", "二、被告按全国银行间同业拆借中心公布的一年期贷款市场报价利率支付逾期付款利息至实际给付之日止。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十条之规定，加倍"
             "支付迟延履行期间的债务利息。"),
            ("p", f"案件受理费{yuan(c.extra['fee'])}元，减半收取，由被告负担。"),
            ("p", f"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于{MIDDLE}。")]
        roles = [("审判员", c.extra["trial_judge"]), ("书记员", c.clerk)]
    else:
        blocks = [
            ("f", f"申请人：{a.name}，男，{a.born.year if a.born else 1975}年生，蒙古族，住{a.address}，公民身份号码{a.id_number}。"),
            ("f", f"申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
            ("p", f"申请人{a.name}与申请人{r.name}于2023年经{c.extra['committee']}主持调解，达成了如下人民调解协议："
             f"{r.name}欠{a.name}收购{c.extra['goods']}的货款{yuan(c.amount)}元，于2023年12月31日前一次付清。"),
            ("p", "双方当事人于同日共同向本院申请司法确认。本院受理后依法指定审判员进行了审查。"),
            ("p", "本院经审查认为，申请人达成的调解协议符合司法确认的条件。依照《中华人民共和国民事诉讼法》第二百零五条、"
             "第二百零六条规定，裁定如下："),
            ("p", f"申请人{a.name}与{r.name}经{c.extra['committee']}主持调解达成的人民调解协议有效。"),
            ("p", "当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院"
             "申请强制执行。"), ("p", "本裁定书自即日起发生法律效力。")]
        roles = [("审判员", c.extra["trial_judge"]), ("书记员", c.clerk)]
    sheets = sheets_for(blocks, s, y + 10)
    last = sheets[-1]
    import numpy as np
    a_ = np.asarray(last.image.convert("L"))
    rows = np.where((a_[: last.height - 200] < 120).sum(axis=1) > 3)[0]
    yb = float(rows[-1]) + 60 if len(rows) else float(TOP)
    if yb > last.height - mm(75):
        last = Sheet()
        last.page_of = (len(sheets) + 1, len(sheets) + 1)
        sheets.append(last)
        for k, sh in enumerate(sheets):
            sh.page_of = (k + 1, len(sheets))
        last.centred(mm(280), f"第{len(sheets)}页 共{len(sheets)}页", fangsong(30))
        yb = float(TOP + 40)
    f = fangsong(40)
    for role, who in roles:
        last.text(RIGHT - mm(66), yb, f"{role}　　{who}", f)
        yb += 64
    day = c.basis_effective - timedelta(days=rng.randint(16, 30))
    last.right(RIGHT - mm(6), yb, cn_date(day), f)
    seal(last, RIGHT - mm(42), yb - 20, c.basis_court, rng)
    last.text(LEFT, yb + 120, "本件与原本核对无异", font("kai", 36))
    return sheets


def _lawyer(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The law firm's papers, typed in Word: 宋体 titles, a letterhead line on the 所函."""
    s = Sheet()
    a, r = c.applicant, c.respondent
    y = float(TOP)
    if code == "law_firm_letter":
        s.centred(y - mm(10), c.firm, font("song_gb", 58), spacing=6)
        s.line(LEFT, y + 70, RIGHT, y + 70, width=5)
        y += 110
        s.centred(y, "律师事务所函", font("song_gb", 64), spacing=8)
        s.right(RIGHT, y + 110, f"〔{c.filed_on.year}〕鹿律执字第{rng.randint(10, 199)}号", fangsong(36))
        blocks: list[Block] = [("f", f"{COURT}："),
                               ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}执行一案的代理人。"),
                               ("p", "特此函告。"), ("f", f"律师联系电话：{c.agent_phone}")]
        y += 200
    elif code == "power_of_attorney":
        s.centred(y, "授 权 委 托 书", font("song_gb", 66), spacing=6)
        blocks = [("f", f"委托人：{a.name}"), ("f", f"住所：{a.address}"),
                  ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                  ("p", f"现委托上列受托人在{a.name}申请执行{r.name}{c.extra['cause']}一案中，作为我方执行阶段的代理人。"),
                  ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、参与调查、代为签收法律文书、代为承认或放弃执行请求、"
                   "代为和解、代为领取执行款。"), ("f", "委托期限：至本案执行终结时止。")]
        y += 140
    else:
        s.centred(y, "强制执行申请书", font("song_gb", 66), spacing=4)
        who = (f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}，法定代表人{a.legal_rep}。"
               if a.kind == "organisation" else f"申请执行人：{a.name}，男，蒙古族，住{a.address}，身份证号{a.id_number}。")
        blocks = [("f", who), ("f", f"被执行人：{r.name}，住所地{r.address}，法定代表人{r.legal_rep}。"),
                  ("f", "请求事项："), ("p", f"1.强制被执行人支付{c.extra['goods']}货款{yuan(c.amount)}元；"),
                  ("p", "2.强制被执行人加倍支付迟延履行期间的债务利息；3.本案执行费用由被执行人负担。"),
                  ("f", "事实与理由："),
                  ("p", f"申请人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}法律文书，已经发生法律效力。"
                   "被执行人至今未履行，申请人特依法申请强制执行。被执行人在" + c.extra["resp_bank"] + "开有基本存款账户，"
                   "请求法院依法冻结、扣划。"), ("f", "此致"), ("f", COURT)]
        y += 140
    sheets = sheets_for(blocks, s, y, size=38, line=64)
    last = sheets[-1]
    import numpy as np
    arr = np.asarray(last.image.convert("L"))
    rows = np.where((arr[: last.height - 200] < 120).sum(axis=1) > 3)[0]
    yb = min(last.height - mm(50), float(rows[-1]) + 80 if len(rows) else float(TOP))
    sign = c.firm if code == "law_firm_letter" else a.name
    label = {"power_of_attorney": "委托人（签章）：", "enforcement_application": "申请执行人（签章）："}.get(code, "")
    if label:
        last.text(RIGHT - mm(100), yb, label, fangsong(38))
    if a.kind == "organisation" or code == "law_firm_letter":
        seal(last, RIGHT - mm(38), yb + 30, sign, rng)
    else:
        signature(last, RIGHT - mm(42), yb - 12, a.name, rng)
    hand(last, RIGHT - mm(70), yb + 90, cn_date(c.filed_on - timedelta(days=rng.randint(1, 6))), rng, size=36, ink=(20, 20, 20))
    return sheets


def _identity(c: CaseCtx, rng: random.Random, respondent: bool) -> list[Sheet]:
    """A photocopy of a 营业执照 (organisation) or of both sides of an ID card, 与原件一致 in pen."""
    p = c.respondent if respondent else c.applicant
    s = Sheet(paper=(246, 246, 242))
    if p.kind == "organisation":
        x0, y0, x1, y1 = LEFT, TOP + 40, RIGHT, mm(220)
        s.box(x0, y0, x1, y1, width=10, outline=(70, 70, 70))
        s.box(x0 + 24, y0 + 24, x1 - 24, y1 - 24, width=3, outline=(70, 70, 70))
        s.centred(y0 + 120, "营 业 执 照", font("hei", 92), spacing=14)
        s.centred(y0 + 250, "（副　本）", font("serif", 40))
        f = font("serif", 36)
        yy = y0 + 360
        for k, v in [("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"),
                     ("法定代表人", p.legal_rep), ("住　　所", p.address),
                     ("经营范围", "稀土功能材料、钢材、羊绒制品的加工销售（依法须经批准的项目，经相关部门批准后方可开展经营活动）"),
                     ("登记机关", "包头市昆都仑区市场监督管理局")]:
            from dossier.corpus.draw import wrap
            for j, part in enumerate(wrap(v, f, x1 - x0 - mm(62))):
                if j == 0:
                    s.text(x0 + mm(10), yy, k, f)
                s.text(x0 + mm(50), yy, part, f)
                yy += 58
            yy += 14
        seal(s, x1 - mm(40), y1 - mm(38), "包头市昆都仑区市场监督管理局", rng)
        hand(s, LEFT + mm(10), mm(238), "此复印件与原件一致", rng, size=48, ink=(20, 20, 20))
        seal(s, LEFT + mm(120), mm(245), p.name, rng)
    else:
        f = font("hei", 30)
        for side in range(2):
            x0, y0 = LEFT + mm(20), TOP + 60 + side * mm(80)
            s.draw.rounded_rectangle((x0, y0, x0 + mm(86), y0 + mm(54)), radius=30, outline=(90, 90, 90), width=3,
                                     fill=(232, 236, 238))
            if side == 0:
                for j, line in enumerate([f"姓名 {p.name}", f"性别 {p.sex}　民族 蒙古", "住址 " + p.address[6:18],
                                          "　　 " + p.address[18:32]]):
                    s.text(x0 + 30, y0 + 40 + j * 56, line, f)
                s.text(x0 + 30, y0 + mm(44), f"公民身份号码 {p.id_number}", f)
                s.draw.rectangle((x0 + mm(60), y0 + 40, x0 + mm(82), y0 + mm(34)), fill=(170, 170, 175))
            else:
                s.centred(y0 + 70, "中华人民共和国", font("hei", 44), x0=x0, x1=x0 + mm(86))
                s.centred(y0 + 140, "居民身份证", font("hei", 52), x0=x0, x1=x0 + mm(86), spacing=6)
                s.text(x0 + 30, y0 + mm(38), "签发机关 包头市公安局达尔罕茂明安联合旗分局", font("hei", 24))
                s.text(x0 + 30, y0 + mm(45), "有效期限 2016.05.12-2036.05.12", font("hei", 24))
        hand(s, LEFT + mm(20), TOP + 60 + mm(150), "本人身份证复印件，与原件一致。", rng, size=44)
        signature(s, LEFT + mm(100), TOP + 60 + mm(166), p.name, rng)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(247, 247, 244))
    x0, y0 = LEFT + mm(10), TOP + 40
    s.box(x0, y0, x0 + mm(130), y0 + mm(95), width=4, outline=(60, 60, 60))
    s.centred(y0 + 40, "律师执业证", font("hei", 56), x0=x0, x1=x0 + mm(130), spacing=8)
    f = font("serif", 32)
    for j, line in enumerate([f"执业机构：{c.firm}", "执业证类别：专职律师", f"执业证号：{c.extra['lic']}",
                              f"持证人：{c.agent}", "发证机关：内蒙古自治区司法厅", f"发证日期：{int(c.extra['lic'][5:9]) + 1}年3月20日"]):
        s.text(x0 + 40, y0 + 150 + j * 62, line, f)
    s.draw.rectangle((x0 + mm(96), y0 + 150, x0 + mm(124), y0 + 150 + mm(36)), fill=(175, 175, 180))
    seal(s, x0 + mm(100), y0 + mm(78), "内蒙古自治区司法厅", rng, radius=mm(16))
    s.text(x0, y0 + mm(110), "年度考核：2023年度　称职", font("serif", 32))
    hand(s, x0, y0 + mm(135), "复印件与原件一致", rng, size=44, ink=(20, 20, 20))
    signature(s, x0 + mm(80), y0 + mm(134), c.agent, rng)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """内蒙古自治区非税收入一般缴款书 (the litigation fee), printed on a pale green form, pasted on A4."""
    s = Sheet()
    x0, y0, w = LEFT, TOP + 60, RIGHT - LEFT
    s.draw.rectangle((x0, y0, x0 + w, y0 + mm(100)), fill=(226, 240, 228))
    s.centred(y0 + 20, "内蒙古自治区非税收入一般缴款书（电子）", font("song_gb", 44), x0=x0, x1=x0 + w)
    s.text(x0 + 20, y0 + 90, f"票据代码：15010123　票据号码：{rng.randint(10**7, 10**8 - 1)}", font("serif", 28))
    s.text(x0 + w - mm(62), y0 + 90, f"填制日期：{c.basis_effective - timedelta(days=rng.randint(60, 200))}", font("serif", 28))
    payer = c.applicant.name
    amt = c.extra["fee"] if c.extra["fee"] else c.amount * 0 + 50
    rows = [["缴款人", payer, "执收单位", COURT], ["项目名称", "案件受理费" if c.extra["story"] != "cashmere" else "申请费",
                                                 "案号", c.basis_number if c.extra["story"] != "steel" else c.extra["first"]],
            ["金额（大写）", money_caps(amt), "（小写）", f"￥{yuan(amt)}"],
            ["收款银行", "中国建设银行包头分行", "备注", "预交"]]
    grid(s, x0 + 10, y0 + 150, [mm(30), mm(56), mm(24), w - 20 - mm(110)], rows, font("serif", 28), rng, heights=86)
    seal(s, x0 + w - mm(40), y0 + mm(80), "内蒙古自治区财政厅票据监制章", rng, radius=mm(16))
    s.text(x0, y0 + mm(110), "收款单位（章）　　　　　复核人：　　　　收款人：", font("serif", 28))
    return [s]


def _form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The filing window's printed forms, filled by the parties in pen."""
    s = Sheet()
    f = fangsong(32)
    titles = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取案款确认书",
              "service_address_confirmation": "送达地址确认书", "property_declaration_form": "财 产 申 报 表"}
    s.centred(TOP - mm(6), COURT, font("song_gb", 40))
    s.centred(TOP + 60, titles[code], font("hei", 58), spacing=4)
    s.text(LEFT, TOP + 160, f"案号：{c.number}", f)
    a, r = c.applicant, c.respondent
    if code == "property_clue_form":
        rows = [["被执行人", r.name], ["证照号码", r.id_number], ["银行存款", f"{c.extra['resp_bank']}，基本户"],
                ["不动产", "不详"], ["车辆", "有工程车辆，牌号不详" if c.extra["story"] == "steel" else "不详"],
                ["应收账款", "九原区工地尚欠工程款" if c.extra["story"] == "steel" else "无"], ["股权及其他", "无"],
                ["线索提供人", c.agent]]
    elif code == "payment_account_confirmation":
        rows = [["收款人", a.name], ["开户银行", c.extra["app_bank"]], ["账号", c.extra["app_acct"]],
                ["联系电话", a.phone], ["声明", "以上账户真实有效，执行款汇入该账户即视为已领取。"], ["申请执行人签章", a.name]]
    elif code == "service_address_confirmation":
        rows = [["受送达人", a.name], ["送达地址", a.address], ["邮政编码", "014010"], ["联系电话", c.agent_phone],
                ["是否同意电子送达", "同意，微信号/手机号同上"], ["代收人", c.agent], ["受送达人签名", a.name]]
    else:
        rows = [["申报人", r.name], ["法定代表人", r.legal_rep], ["银行存款", "基本户，余额不清" if c.extra["story"] != "steel" else "无"],
                ["不动产", "无"], ["车辆", "无"], ["对外债权", "有，对方不付" if c.extra["story"] == "steel" else "无"],
                ["收到执行通知前一年财产变动", "无"], ["申报人签章", r.legal_rep]]
    w1 = mm(42)
    grid(s, LEFT, TOP + 230, [w1, RIGHT - LEFT - w1], [[k, v] for k, v in rows], f, rng, heights=124, filled={1},
         hand_ink=(30, 40, 130) if rng.random() < 0.6 else (25, 25, 25))
    hand(s, RIGHT - mm(60), TOP + 230 + 124 * len(rows) + 60, cn_date(c.filed_on if code != "property_declaration_form"
                                                                       else c.day(12)), rng, size=36)
    return [s]
