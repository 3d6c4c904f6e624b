"""court_j's papers from elsewhere: the applicant's lawyer's application and letter, a Vietnamese company's power
of attorney (Vietnamese original, the translation company's Chinese, the notary's and the consulate's
certification), the basis (a 南宁仲裁委员会 award or a 南宁中院 judgment) and its certificate of effect, ID card
and 营业执照 copies, a lawyer's licence, the parties' filled forms, the 非税收入 receipt, the 和解协议 and the
bank's 回单."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import mm
from dossier.corpus.families.court_j_kit import (
    GREY,
    LEFT,
    RED,
    RIGHT,
    JDoc,
    JSheet,
    face,
    grid,
    pen,
    sheet,
    stamp,
    typeset,
    wrap,
)

CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "settlement_agreement", "payment_voucher",
})
BLUE = (40, 70, 150)


def _cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def _basis(c: CaseCtx) -> str:
    return (f"南宁仲裁委员会{c.basis_number}裁决书" if c.basis_kind == "arbitration"
            else f"广西壮族自治区南宁市中级人民法院{c.basis_number}民事判决书")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[JSheet]:
    if code == "identity_proof":
        return [_licence(c, rng)] if served == ["respondent"] else [_applicant_id(c, rng)]
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "enforcement_basis":
        return _basis_doc(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return [_party_form(code, c, rng)]
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "payment_voucher":
        return [_bank_slip(c, rng)]
    if code == "lawyer_license":
        return [_licence_card(c, rng)]
    return _letters(code, c, rng)


def _letters(code: str, c: CaseCtx, rng: random.Random) -> list[JSheet]:
    a, r = c.applicant, c.respondent
    if code == "enforcement_application":
        who = (f"申请执行人：{a.name}\n住所地：{a.address}\n法定代表人：{a.legal_rep}" if a.kind == "organisation"
               else f"申请执行人：{a.name}，{a.sex}，公民身份号码{a.id_number}\n住址：{a.address}")
        blocks = [("f", line) for line in who.split("\n")]
        blocks += [("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                   ("f", f"被执行人：{r.name}"), ("f", f"住所地：{r.address}"), ("f", f"法定代表人：{r.legal_rep}"),
                   ("f", "申请事项："),
                   ("p", f"一、请求强制执行被执行人支付{money(c.amount)}及迟延履行期间的债务利息；"),
                   ("p", "二、请求对被执行人采取限制消费措施，并将其纳入失信被执行人名单；"),
                   ("p", "三、执行费用由被执行人负担。"),
                   ("f", "事实与理由："),
                   ("p", f"申请执行人与被执行人{_cause(c)}一案，经{_basis(c)}确定被执行人应向申请执行人支付上述款项，该文书已于"
                         f"{cn_date(c.basis_effective)}发生法律效力。被执行人至今未履行，特依法申请强制执行。"),
                   ("f", "此致"), ("f", "南宁市青秀区人民法院"), ("gap", ""),
                   ("r", f"申请执行人：{a.name}"), ("r", cn_date(c.filed_on - timedelta(days=3)))]
        sheets = typeset(JDoc("强制执行申请书", blocks, issuer="", footer=False, body_mm=4.8), rng)
        return sheets
    if code == "law_firm_letter":
        return typeset(JDoc("律师事务所函", [
            ("f", f"{c.firm}〔{c.filed_on.year}〕函字第{rng.randint(10, 400)}号"), ("f", "南宁市青秀区人民法院："),
            ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{_cause(c)}执行一案的委托代理人。特此函告。"),
            ("p", f"律师联系电话：{c.agent_phone}；地址：南宁市青秀区民族大道{rng.randint(100, 180)}号{rng.randint(10, 40)}楼。"),
            ("gap", ""), ("r", c.firm), ("r", cn_date(c.filed_on - timedelta(days=3))), ("seal", "")],
            issuer=c.firm, footer=False, body_mm=4.8), rng)
    if code == "effectiveness_certificate":
        issuer = "南宁仲裁委员会" if c.basis_kind == "arbitration" else "广西壮族自治区南宁市中级人民法院"
        what = "裁决书" if c.basis_kind == "arbitration" else "民事判决书"
        return typeset(JDoc("生效证明书", [
            ("f", f"{a.name}："),
            ("p", f"{issuer}就{a.name}与{r.name}{_cause(c)}一案作出的{c.basis_number}{what}，已于{cn_date(c.basis_effective)}"
                  "发生法律效力。"),
            ("p", "特此证明。"), ("gap", ""), ("r", issuer), ("r", cn_date(c.basis_effective + timedelta(days=20))), ("seal", "")],
            issuer=issuer, footer=False), rng)
    if code == "settlement_agreement":
        return typeset(JDoc("执行和解协议", [
            ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
            ("p", f"甲乙双方就{c.number}执行一案，经平等协商，自愿达成如下和解协议："),
            ("p", f"一、乙方于{cn_date(c.day(40))}前向南宁市青秀区人民法院案款账户支付{money(c.amount)}；"),
            ("p", "二、乙方按期足额付清上述款项后，甲方放弃迟延履行期间的债务利息；"),
            ("p", "三、乙方未按期付款的，甲方可申请恢复执行原生效法律文书。"),
            ("p", "本协议一式三份，双方各执一份，交法院一份。"), ("gap", ""),
            ("f", f"甲方：{a.name}　（委托代理人{c.agent}）"), ("f", f"乙方：{r.name}"), ("r", cn_date(c.day(30)))],
            issuer="", footer=False, body_mm=4.8), rng)
    raise KeyError(code)


def _basis_doc(c: CaseCtx, rng: random.Random) -> list[JSheet]:
    a, r = c.applicant, c.respondent
    if c.basis_kind == "arbitration":
        vn = c.extra.get("vn", ("", a.name, "", a.address, "", a.legal_rep))
        blocks = [
            ("f", f"申请人：{a.name}（{vn[0]}），住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
            ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"南宁仲裁委员会（以下简称本会）根据申请人与被申请人于{c.basis_effective.year - 2}年签订的《购销合同》中的仲裁条款"
                  "及申请人的仲裁申请，受理了本案。本案适用《南宁仲裁委员会仲裁规则》，由独任仲裁员审理，现已审理终结。"),
            ("p", "申请人称：申请人向被申请人出口腰果、火龙果等农产品，经凭祥口岸交付，被申请人收货后未付清货款。"),
            ("p", "被申请人未答辩，亦未到庭。仲裁庭认为，双方合同合法有效，被申请人应按约支付货款。据此，仲裁庭裁决如下："),
            ("p", f"一、被申请人向申请人支付货款{money(c.amount)}；"),
            ("p", "二、本案仲裁费由被申请人承担。"),
            ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"), ("gap", ""),
            ("r", f"独任仲裁员　{person_name(rng)}"), ("r", cn_date(c.basis_effective)), ("seal", ""),
            ("r", f"书　记　员　{person_name(rng)}")]
        return typeset(JDoc("裁　决　书", blocks, c.basis_number, issuer="南宁仲裁委员会", body_mm=4.9), rng)
    blocks = [
        ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
        ("f", f"被上诉人（原审原告）：{a.name}，{a.sex}，住{a.address}。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}{_cause(c)}一案，不服南宁市青秀区人民法院（{c.basis_effective.year - 1}）"
              f"桂0103民初{rng.randint(1000, 9999)}号民事判决，向本院提起上诉。本院依法组成合议庭审理了本案，现已审理终结。"),
        ("p", "本院认为，一审判决认定事实清楚，适用法律正确，应予维持。上诉人的上诉请求不能成立。依照《中华人民共和国民事诉讼法》"
              "第一百七十七条第一款第一项的规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"一审判决确定上诉人向被上诉人支付{money(c.amount)}。二审案件受理费由上诉人负担。"),
        ("p", "本判决为终审判决。"), ("gap", ""),
        ("r", f"审 判 长　{person_name(rng)}"), ("r", f"审 判 员　{person_name(rng)}"), ("r", f"审 判 员　{person_name(rng)}"),
        ("r", cn_date(c.basis_effective)), ("seal", ""), ("r", f"书 记 员　{person_name(rng)}")]
    return typeset(JDoc("民 事 判 决 书", blocks, c.basis_number, issuer="广西壮族自治区南宁市中级人民法院", zhuang="",
                        body_mm=5.0), rng)


def _attorney(c: CaseCtx, rng: random.Random) -> list[JSheet]:
    """Vietnamese original (signed, red square company seal), the translation, the notary's and consulate's page."""
    a = c.applicant
    vn = c.extra.get("vn")
    if not vn:  # a person gives a plain power of attorney, signed by hand
        s = typeset(JDoc("授权委托书", [
            ("f", f"委托人：{a.name}，公民身份号码{a.id_number}"), ("f", f"受托人：{c.agent}，{c.firm}律师"),
            ("p", f"现委托{c.agent}律师在我与{c.respondent.name}{_cause(c)}执行一案中，作为我的委托代理人。代理权限为特别授权："
                  "代为申请执行、提供财产线索、参加约谈、代为签收法律文书、代为和解、代为领取执行款。"),
            ("gap", ""), ("r", "委托人（签名）：　　　　　　"), ("r", cn_date(c.filed_on - timedelta(days=4)))],
            issuer="", footer=False), rng)
        y = next(sp[1] for sp in s[-1].spans if sp[3].startswith("委托人（签名）"))
        pen(s[-1], mm(136), y - mm(1), a.name, rng)
        return s
    out = []
    p = sheet(rng)
    lat, latb = face("latin", mm(4.2)), face("title", mm(6))
    p.span_kind = "latin"
    p.centred(mm(20), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", face("latin", mm(4.4)))
    p.centred(mm(27), "Độc lập - Tự do - Hạnh phúc", lat)
    p.centred(mm(45), "GIẤY ỦY QUYỀN", latb)
    body = (f"Bên ủy quyền: {vn[0]}, địa chỉ: {vn[2]}, người đại diện theo pháp luật: Ông/Bà {vn[4]}, chức vụ: Giám đốc. "
            f"Bên được ủy quyền: Luật sư {c.agent}, {c.firm} (Quảng Tây, Trung Quốc). "
            f"Nội dung ủy quyền: thay mặt công ty nộp đơn yêu cầu thi hành phán quyết trọng tài số {c.basis_number} "
            f"của Ủy ban Trọng tài Nam Ninh đối với {c.respondent.name} tại Tòa án nhân dân quận Thanh Tú, thành phố Nam Ninh; "
            "cung cấp manh mối tài sản, tham gia hòa giải, nhận văn bản tố tụng và nhận tiền thi hành án. "
            "Thời hạn ủy quyền: đến khi kết thúc việc thi hành án.")
    y = float(mm(60))
    for line in wrap(body, lat, mm(210 - LEFT - RIGHT)):
        p.text(mm(LEFT), y, line, lat)
        y += mm(7.5)
    d = c.filed_on - timedelta(days=30)
    p.right(mm(184), y + mm(10), f"Hà Nội, ngày {d.day} tháng {d.month} năm {d.year}", lat)
    p.right(mm(184), y + mm(20), "GIÁM ĐỐC", face("latin", mm(4.4)))
    p.span_kind = "line"
    pen(p, mm(132), y + mm(34), vn[4].title(), rng, size=mm(5))
    stamp(p, mm(150), y + mm(40), rng, name=vn[0][:24], radius=mm(17))
    out.append(p)
    t = typeset(JDoc("授权委托书（译文）", [
        ("f", f"委托人：{a.name}，住所地：{a.address}，法定代表人：{a.legal_rep}，职务：经理。"),
        ("f", f"受托人：{c.agent}律师，{c.firm}（中国广西）。"),
        ("p", f"委托事项：代表本公司就南宁仲裁委员会{c.basis_number}裁决书，向南宁市青秀区人民法院申请执行{c.respondent.name}；"
              "提供财产线索、参与和解、签收法律文书、领取执行款。"),
        ("p", "委托期限：至执行程序终结时止。"),
        ("r", f"河内，{cn_date(d)}"), ("r", f"经理：{a.legal_rep}（签名、盖章）"), ("gap", ""),
        ("f", "译者声明：本译文与越南文原件内容一致。"),
        ("r", "广西东盟翻译服务有限公司"), ("seal", "")],
        issuer="", footer=False, body_mm=4.8), rng)
    out += t
    n = sheet(rng)
    n.centred(mm(24), "公　证　书", face("title", mm(9)), spacing=mm(2))
    n.right(mm(184), mm(40), f"（{d.year}）越河内公证字第{rng.randint(1000, 9999)}号", face("body", mm(4.6)))
    text = (f"兹证明{a.name}的法定代表人{a.legal_rep}于{cn_date(d)}在本公证处，在前面的《授权委托书》上签名，并加盖该公司印章。"
            "经核对，该签名、印章属实。")
    y = float(mm(54))
    for line in wrap(text, face("body", mm(5)), mm(150)):
        n.text(mm(LEFT), y, line, face("body", mm(5)))
        y += mm(9)
    n.right(mm(184), y + mm(12), "越南河内市第一公证处", face("body", mm(5)))
    stamp(n, mm(150), y + mm(16), rng, name="PHÒNG CÔNG CHỨNG SỐ 1 HÀ NỘI", radius=mm(16))
    n.box(mm(LEFT), y + mm(48), mm(184), y + mm(112), width=3, outline=(60, 60, 60))
    lines = ["领事认证", "兹证明前面文书上越南河内市第一公证处的印章及公证员签字属实。",
             f"中华人民共和国驻越南大使馆　{cn_date(d + timedelta(days=9))}", f"认证编号：{rng.randint(10**7, 10**8 - 1)}"]
    yy = y + mm(54)
    for line in lines:
        n.text(mm(LEFT + 6), yy, line, face("body", mm(4.6)))
        yy += mm(12)
    stamp(n, mm(150), y + mm(86), rng, name="中华人民共和国驻越南大使馆", radius=mm(15))
    n.kind = "colour"
    out.append(n)
    for later in out[1:]:
        later.starts_document = False
    return out


def _applicant_id(c: CaseCtx, rng: random.Random) -> JSheet:
    a = c.applicant
    s = sheet(rng)
    vn = c.extra.get("vn")
    if vn:  # the Vietnamese company's registration, with its translation beneath
        s.box(mm(25), mm(20), mm(185), mm(140), width=4, outline=(150, 40, 40))
        s.span_kind = "latin"
        s.centred(mm(28), "GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP", face("latin", mm(5)))
        for k, line in enumerate([f"Tên công ty: {vn[0]}", f"Mã số doanh nghiệp: {c.extra['vn_code']}", f"Địa chỉ trụ sở chính: {vn[2]}",
                                  f"Người đại diện theo pháp luật: {vn[4]}", "Sở Kế hoạch và Đầu tư thành phố Hà Nội"]):
            s.text(mm(32), mm(45 + k * 12), line, face("latin", mm(4)))
        s.span_kind = "line"
        stamp(s, mm(150), mm(112), rng, name="SỞ KẾ HOẠCH VÀ ĐẦU TƯ HÀ NỘI", radius=mm(16))
        s.centred(mm(152), "企业登记证书（译文）", face("title", mm(6)))
        for k, line in enumerate([f"企业名称：{a.name}", f"企业编码：{c.extra['vn_code']}", f"住所：{a.address}",
                                  f"法定代表人：{a.legal_rep}", "发证机关：河内市计划投资厅", "（本译文与原件一致　广西东盟翻译服务有限公司）"]):
            s.text(mm(30), mm(168 + k * 11), line, face("body", mm(4.6)))
        s.kind = "copy"
        return s
    s.kind = "photo"  # ID card photocopy: the scanner's text layer comes out nearly empty
    f, fb = face("sans", mm(3.6)), face("bold", mm(3.6))
    for k, (x, y) in enumerate(((mm(45), mm(35)), (mm(45), mm(120)))):
        s.draw.rounded_rectangle((x, y, x + mm(86), y + mm(54)), radius=mm(4), outline=(90, 90, 90), width=3,
                                 fill=(236, 236, 236))
        s.ops.append(("box", x, y, x + mm(86), y + mm(54), 3, (90, 90, 90)))
        if k == 0:
            rows = [f"姓名　{a.name}", f"性别　{a.sex}　民族　汉", f"出生　{num_date(a.born) if a.born else ''}",
                    f"住址　{a.address[:14]}", f"　　　{a.address[14:]}", f"公民身份号码　{a.id_number}"]
            for i, line in enumerate(rows):
                s.text(x + mm(4), y + mm(5 + i * 8), line, fb if i == 5 else f)
            s.draw.rectangle((x + mm(60), y + mm(8), x + mm(82), y + mm(36)), fill=(170, 170, 175))
        else:
            s.text(x + mm(14), y + mm(10), "中华人民共和国", face("bold", mm(5)))
            s.text(x + mm(16), y + mm(20), "居民身份证", face("bold", mm(5.5)))
            s.text(x + mm(6), y + mm(38), "签发机关　南宁市公安局青秀分局", f)
            s.text(x + mm(6), y + mm(45), f"有效期限　{num_date(c.filed_on - timedelta(days=900))}-长期", f)
    pen(s, mm(60), mm(200), "与原件核对一致", rng, size=mm(7))
    pen(s, mm(130), mm(212), a.name, rng, size=mm(7))
    return s


def _licence(c: CaseCtx, rng: random.Random) -> JSheet:
    r = c.respondent
    s = sheet(rng, landscape=True)
    s.kind = "copy"
    s.box(mm(12), mm(12), mm(285), mm(198), width=6, outline=(120, 70, 30))
    s.centred(mm(22), "营 业 执 照", face("title", mm(13)), spacing=mm(3))
    s.centred(mm(42), "（副　本）", face("body", mm(5)))
    s.text(mm(30), mm(56), f"统一社会信用代码　{r.id_number}", face("body", mm(4.6)))
    rows = [("名　　　　称", r.name), ("类　　　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", r.legal_rep),
            ("经 营 范 围", "农副产品、建材、五金交电的销售；货物进出口；仓储服务（除危险化学品）"),
            ("注 册 资 本", f"{rng.choice([100, 200, 500, 1000])}万元整"), ("成 立 日 期", f"{rng.randint(2008, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("住　　　　所", r.address)]
    for k, (label, value) in enumerate(rows):
        s.text(mm(30), mm(72 + k * 15), label, face("body", mm(4.6)))
        s.text(mm(72), mm(72 + k * 15), value, face("body", mm(4.6)))
    s.text(mm(200), mm(165), "登记机关", face("body", mm(4.6)))
    stamp(s, mm(240), mm(168), rng, name="南宁市青秀区市场监督管理局", radius=mm(17))
    s.draw.rectangle((mm(240), mm(60), mm(268), mm(88)), outline=(20, 20, 20), width=3)
    pen(s, mm(40), mm(182), "与原件一致", rng, size=mm(7))
    return s


def _licence_card(c: CaseCtx, rng: random.Random) -> JSheet:
    s = sheet(rng)
    s.kind = "copy"
    for k, y in enumerate((mm(30), mm(150))):
        s.box(mm(35), y, mm(175), y + mm(100), width=3, outline=(90, 30, 30))
        if k == 0:
            s.centred(y + mm(20), "中华人民共和国", face("title", mm(7)))
            s.centred(y + mm(36), "律师执业证", face("title", mm(10)), spacing=mm(2))
            s.centred(y + mm(70), "中华人民共和国司法部监制", face("body", mm(4)))
        else:
            for i, line in enumerate([f"持证人　{c.agent}", f"执业机构　{c.firm}",
                                      f"执业证号　1450{rng.randint(10**11, 10**12 - 1)}", "发证机关　广西壮族自治区司法厅",
                                      f"发证日期　{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月"]):
                s.text(mm(45), y + mm(12 + i * 15), line, face("body", mm(4.6)))
            s.draw.rectangle((mm(138), y + mm(12), mm(166), y + mm(48)), fill=(180, 180, 184))
    return s


def _party_form(code: str, c: CaseCtx, rng: random.Random) -> JSheet:
    """The court's blank forms, filled in by the applicant's lawyer by hand."""
    a, r = c.applicant, c.respondent
    s = sheet(rng)
    title = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取执行款确认书",
             "service_address_confirmation": "送达地址确认书"}[code]
    s.centred(mm(22), "南宁市青秀区人民法院", face("title", mm(6)))
    s.centred(mm(33), title, face("title", mm(8)))
    s.right(mm(184), mm(47), f"案号：{c.number}", face("body", mm(4.2)))
    if code == "property_clue_form":
        rows = [["被执行人", ""], ["银行账户", ""], ["不动产", ""], ["车辆", ""], ["其他财产", ""], ["提供人", ""]]
        fills = [r.name, f"北部湾银行青秀支行 {rng.randint(10**15, 10**16 - 1)}", "不清楚", f"桂A{rng.randint(10000, 99999)}（货车）",
                 "对南宁某物流公司有应收货款", c.agent]
    elif code == "payment_account_confirmation":
        rows = [["收款人", ""], ["开户银行", ""], ["账　号", ""], ["联系电话", ""], ["确认人签名", ""]]
        fills = [a.name, rng.choice(["中国银行凭祥支行", "中国工商银行南宁分行营业部"]), f"{rng.randint(10**18, 10**19 - 1)}",
                 c.agent_phone, c.agent]
    else:
        rows = [["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["联系电话", ""], ["电子送达", ""], ["受送达人签名", ""]]
        fills = [a.name, f"南宁市青秀区民族大道{rng.randint(100, 180)}号（{c.firm}）", "530028", c.agent_phone,
                 "同意　手机短信", c.agent]
    y = float(mm(56))
    for (label, _), value in zip(rows, fills, strict=True):
        yy = grid(s, mm(LEFT), y, [40, 116], [[label, " "]], size=4.4, row_h=17)
        pen(s, mm(LEFT + 44), y + mm(5), value, rng, size=mm(5.2))
        y = yy
    s.text(mm(LEFT), y + mm(8), "说明：本表由申请执行人如实填写，所填内容不实的，自行承担相应的法律后果。", face("body", mm(3.8)), fill=GREY)
    pen(s, mm(130), y + mm(24), num_date(c.filed_on - timedelta(days=2)), rng, size=mm(5))
    return s


def _fee(c: CaseCtx, rng: random.Random) -> JSheet:
    fee = int(c.amount) // 100 + 50
    s = sheet(rng, landscape=True, tint=(252, 246, 240))
    s.kind = "colour"
    s.centred(mm(16), "广西壮族自治区非税收入一般缴款书（电子）", face("title", mm(7)), fill=RED)
    s.text(mm(20), mm(32), f"票据代码：45060124　票据号码：{rng.randint(10**7, 10**8 - 1)}　交款人：{c.respondent.name if c.extra.get('paid') else c.applicant.name}",
           face("body", mm(4)), fill=RED)
    y = grid(s, mm(20), mm(44), [50, 90, 40, 77], [
        ["项目编码", "项目名称", "数量", "金额（元）"], ["103040101", "执行申请费", "1", f"{fee}.00"],
        ["案　号", c.number, "执收单位", "南宁市青秀区人民法院"],
        ["金额合计（大写）", f"{money_caps(Decimal(fee))}", "（小写）", f"{fee}.00"]], size=4.2)
    s.text(mm(20), y + mm(8), f"收款日期：{num_date(c.day(3))}　　复核人：{person_name(rng)}", face("body", mm(4)), fill=RED)
    stamp(s, mm(230), y + mm(20), rng, name="广西壮族自治区财政厅", inner="票据监制章", radius=mm(15))
    return s


def _bank_slip(c: CaseCtx, rng: random.Random) -> JSheet:
    s = sheet(rng, tint=(246, 250, 252))
    s.kind = "colour"
    a = c.applicant
    when = c.closed_on - timedelta(days=5)
    s.centred(mm(22), "中国工商银行　业务回单（付款）", face("bold", mm(6)), fill=BLUE)
    grid(s, mm(18), mm(36), [30, 60, 30, 54], [
        ["日期", num_date(when), "回单编号", f"{rng.randint(10**9, 10**10 - 1)}"],
        ["付款人", "南宁市青秀区人民法院", "收款人", a.name],
        ["付款账号", f"2102{rng.randint(10**14, 10**15 - 1)}", "收款账号", f"{rng.randint(10**15, 10**16 - 1)}"],
        ["金额", f"{c.amount:,.2f}", "大写", money_caps(c.amount)],
        ["用途", f"{c.number}执行款", "币种", "人民币"]], size=3.8)
    stamp(s, mm(150), mm(140), rng, name="中国工商银行南宁民族支行", inner="电子回单专用章", radius=mm(15))
    s.text(mm(18), mm(170), "本回单不作为收款方发货依据，并请勿重复记账。", face("body", mm(3.6)), fill=GREY)
    return s
