"""The papers in court_p's dossiers written in Macau and Hong Kong, in Traditional characters as those places write
them: a Macau firm's 申請執行書, a Macau company's bilingual 商業登記證明 / Certidão de Registo Comercial, a Hong
Kong company's 公司註冊證明書 and 商業登記證, the 授權委託書 signed there, the identity cards and the 港澳居民來往
內地通行證 / 居住证 copies, and behind them the 中国委托公证人's 证明书 with the 中国法律服务（香港/澳门）有限公司
转递专用章 stamped over it."""

from __future__ import annotations

import random
from datetime import date, timedelta

from PIL import ImageDraw, ImageFilter

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import hand, mm, seal, wrap
from dossier.corpus.families.court_p_kit import COURT, PSheet, chop, letter, stamp, tc, wrap_words
from dossier.corpus.fonts import Font, font

CODES = frozenset({"enforcement_application", "identity_proof", "power_of_attorney"})
HAND = (30, 40, 120)
MACAU_FIRM = (
    "衡正律師事務所",
    "Hang Cheng Escritório de Advogados",
    "澳門南灣大馬路619號時代商業中心8樓",
    "Avenida da Praia Grande, n.º 619, Edifício Comercial Si Toi, 8.º andar, Macau",
    "(853) 2835 6218",
)
_T = "門陳黃張劉鄭溫蘇葉鍾龍馮鄧譚盧羅區偉華榮國東強達樂豐恆興發會錦鳳嬌儀寶聲麗慧瑩兒萬業貿電廣財匯銀島灣號園樓設務責飲術裝飾糾紛買賣調書橫粵廈環貸間貨費決計協議確認資馬體創產運億執經濟與請約應該條內東廠場線網絡"
_S = "门陈黄张刘郑温苏叶钟龙冯邓谭卢罗区伟华荣国东强达乐丰恒兴发会锦凤娇仪宝声丽慧莹儿万业贸电广财汇银岛湾号园楼设务责饮术装饰纠纷买卖调书横粤厦环贷间货费决计协议确认资马体创产运亿执经济与请约应该条内东厂场线网络"
SIMPLE = str.maketrans(_T, _S)
TRAD = str.maketrans(_S, _T)


def simp(s: str) -> str:
    """The Simplified spelling of a Traditional name (the few characters the corpus names use)."""
    return s.translate(SIMPLE)


def lines_tc(
    s: PSheet,
    x: float,
    y: float,
    text: str,
    size: float,
    width: float,
    *,
    face: str = "ming",
    indent: bool = False,
) -> float:
    f = tc(face, mm(size))
    for k, part in enumerate(wrap_words(text, f, width, indent=f.size * 2 if indent else 0)):
        s.text(x + (f.size * 2 if indent and k == 0 else 0), y, part, f)
        y += f.size * 1.85
    return y


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[PSheet]:
    kind = str(c.extra["kind"])
    if code == "enforcement_application":
        return application(c, rng)
    if code == "power_of_attorney":
        return [_poa(c, rng), attestation(c, rng, "授权委托书", signature=True)]
    if code == "identity_proof":
        if kind == "macau_company":
            return [*_macau_registration(c, rng), attestation(c, rng, "商业登记证明"), _macau_id(c, rng)]
        if kind == "hk_company":
            return [
                _hk_incorporation(c, rng),
                _hk_br(c, rng),
                attestation(c, rng, "公司注册证明书及商业登记证"),
            ]
        return [_permit(c, rng), _residence(c, rng)]
    raise KeyError(code)


def application(c: CaseCtx, rng: random.Random) -> list[PSheet]:
    """The 申請執行書: by the Macau firm in Traditional characters for a company, or by the 珠海 lawyer in
    Simplified for a Hong Kong resident (court_p_forms draws that one)."""
    from dossier.corpus.families.court_p import basis_name, cause

    r = c.respondent
    rep = c.extra["rep"]
    app_tc = str(c.extra["app_tc"])
    where = "澳門特別行政區" if c.extra["kind"] == "macau_company" else "香港特別行政區"
    reg = (
        f"商業登記編號：{c.extra['reg_no']}"
        if c.extra["kind"] == "macau_company"
        else f"公司編號：{c.extra['reg_no']}"
    )
    role = "行政管理機關成員" if c.extra["kind"] == "macau_company" else "董事"
    blocks = [
        ("f", f"申請人：{app_tc}（{c.extra['app_foreign']}）"),
        ("f", f"住所：{where}{c.extra['app_addr_tc']}"),
        ("f", reg),
        ("f", f"{role}：{rep[1]}"),
        ("f", f"委託代理人：{c.extra['agent_tc']}，{MACAU_FIRM[0]}律師、粵港澳大灣區律師"),
        ("f", f"被申請人：{trad(r.name)}"),
        ("f", f"住所地：{trad(r.address)}"),
        ("f", f"統一社會信用代碼：{r.id_number}"),
        ("f", f"法定代表人：{trad(r.legal_rep)}"),
        ("f", "執行請求："),
        ("p", f"一、請求強制被申請人向申請人支付{trad(str(c.extra['claim']))}人民幣{c.amount:,.2f}元；"),
        ("p", "二、請求被申請人加倍支付遲延履行期間的債務利息；"),
        ("p", "三、請求對被申請人採取限制高消費措施，被申請人拒不履行的，將其納入失信被執行人名單；"),
        ("p", "四、本案申請執行費由被申請人承擔。"),
        ("f", "事實與理由："),
        (
            "p",
            f"申請人與被申請人{trad(cause(c))}一案，{trad(basis_name(c))}已於{c.basis_effective.year}年"
            f"{c.basis_effective.month}月{c.basis_effective.day}日發生法律效力。被申請人應按生效法律文書確定的期限履行付款義務，"
            "但經申請人多次催告，被申請人至今分文未付。",
        ),
        (
            "p",
            "為維護申請人的合法權益，根據《中華人民共和國民事訴訟法》第二百四十七條之規定，特向貴院申請強制執行，請予支持。",
        ),
        ("f", "此致"),
        ("f", trad(COURT)),
    ]
    head = [MACAU_FIRM[0], MACAU_FIRM[1], f"{MACAU_FIRM[2]}　電話 Tel：{MACAU_FIRM[4]}"]
    s = PSheet()
    y: float = mm(14)
    s.centred(y, head[0], tc("serif_bold", mm(6.0)), spacing=mm(0.8))
    s.centred(y + mm(8.5), head[1], tc("serif", mm(3.6)))
    s.centred(y + mm(14), head[2], tc("sans", mm(2.8)))
    s.line(mm(22), y + mm(19.5), mm(188), y + mm(19.5), width=4)
    s.line(mm(22), y + mm(20.8), mm(188), y + mm(20.8), width=1)
    s.centred(mm(44), "申 請 執 行 書", tc("serif_bold", mm(7.2)))
    sheets = [s]
    y = mm(60)
    x0, width = mm(26), mm(158)
    f = tc("ming", mm(4.2))
    for kind, text in blocks:
        for k, part in enumerate(wrap(text, f, width, indent=f.size * 2 if kind == "p" else 0)):
            if y > mm(262):
                s = PSheet()
                sheets.append(s)
                y = mm(28)
            s.text(x0 + (f.size * 2 if kind == "p" and k == 0 else 0), y, part, f)
            y += f.size * 1.85
    if y > mm(228):
        s = PSheet()
        sheets.append(s)
        y = mm(40)
    y += mm(8)
    s.right(x0 + width, y, f"申請人：{app_tc}", f)
    s.right(x0 + width, y + mm(9), f"（{role}簽署並蓋章）", tc("ming", mm(3.4)))
    chop(s, x0 + width - mm(96), y + mm(14), [app_tc, str(c.extra["app_foreign"])], rng)
    hand(s, x0 + width - mm(38), y + mm(17), rep[2], rng, size=mm(6), ink=HAND)
    filed = c.filed_on - timedelta(days=rng.randint(4, 8))
    s.right(x0 + width, y + mm(36), f"{filed.year}年{filed.month}月{filed.day}日", f)
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(14), f"第 {i} 頁，共 {len(sheets)} 頁", tc("sans", mm(2.8)))
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def trad(s: str) -> str:
    """The Traditional spelling of a mainland name or phrase as the Macau firm types it."""
    return s.translate(TRAD)


def _poa(c: CaseCtx, rng: random.Random) -> PSheet:
    """The 授權委託書 signed in Macau or Hong Kong, in Traditional characters."""
    from dossier.corpus.families.court_p import cause

    kind = str(c.extra["kind"])
    rep = c.extra["rep"]
    firm_line = (
        f"{MACAU_FIRM[0]}律師（粵港澳大灣區律師執業證號：{c.extra['license']}）"
        if kind != "hk_person"
        else f"{trad(c.firm)}律師（執業證號：{c.extra['license']}）"
    )
    who = str(c.extra["app_tc"])
    s = letter(
        "授 權 委 託 書", [], rng, face=tc("ming", mm(4.3)), title_face=tc("serif_bold", mm(7)), top=28
    )
    s.lines.clear()
    s.image.paste((255, 255, 255), (0, 0, s.width, s.height))
    s.centred(mm(28), "授 權 委 託 書", tc("serif_bold", mm(7)))
    y: float = mm(46)
    x0, width = mm(26), mm(158)
    if kind == "hk_person":
        ident = f"委託人：{who}，{c.applicant.sex}，香港永久性居民身份證號碼：{c.extra['hkid']}，港澳居民來往內地通行證號碼：{c.extra['permit']}"
    else:
        ident = f"委託人：{who}（{c.extra['app_foreign']}），{'商業登記編號' if kind == 'macau_company' else '公司編號'}：{c.extra['reg_no']}"
    texts = [
        ("f", ident),
        ("f", f"受託人：{c.extra['agent_tc']}，{firm_line}"),
        (
            "p",
            f"茲委託上述受託人為委託人與{trad(c.respondent.name)}{trad(cause(c))}一案申請強制執行的代理人，"
            f"向{trad(COURT)}辦理有關執行事宜。",
        ),
        (
            "f",
            "代理權限：特別授權，包括但不限於：代為申請執行、提供財產線索、申請查封凍結扣押、代為參與及簽署執行和解協議、"
            "代為承認及變更執行請求、代為簽收法律文書、代為確認及領取執行案款。",
        ),
        ("f", "委託期限：自本委託書簽署之日起至本案執行程序終結之日止。"),
    ]
    for kd, text in texts:
        y = lines_tc(s, x0, y, text, 4.3, width, indent=kd == "p") + mm(1.5)
    y += mm(10)
    f = tc("ming", mm(4.3))
    signed: date = c.extra["poa_signed"]
    if kind == "hk_person":
        s.text(mm(104), y, "委託人（簽名）：", f)
        hand(s, mm(140), y - mm(1), simp_name(c), rng, size=mm(7), ink=HAND)
    else:
        s.text(mm(96), y, f"委託人：{who}", f)
        chop(s, mm(100), y + mm(8), [who, str(c.extra["app_foreign"])], rng)
        s.text(mm(96), y + mm(32), f"{'行政管理機關成員' if kind == 'macau_company' else '董事'}簽署：", f)
        hand(s, mm(150), y + mm(31), rep[2], rng, size=mm(6), ink=HAND)
        y += mm(32)
    s.text(mm(96), y + mm(12), f"簽署地點：{'澳門' if kind == 'macau_company' else '香港'}", f)
    s.text(mm(96), y + mm(21), f"日期：{signed.year}年{signed.month}月{signed.day}日", f)
    return s


def simp_name(c: CaseCtx) -> str:
    return str(c.extra["app_tc"])


def attestation(c: CaseCtx, rng: random.Random, what: str, *, signature: bool = False) -> PSheet:
    """The 中国委托公证人's 证明书 stapled behind what it attests, with the 转递专用章 of 中国法律服务（香港/澳门）
    有限公司 over its foot."""
    macau = c.extra["kind"] == "macau_company"
    place = "澳门" if macau else "香港"
    notary = str(c.extra["notary"])
    s = PSheet()
    f = tc("serif", mm(4.4)) if macau else tc("ming", mm(4.4))
    s.centred(mm(34), "证　明　书", tc("serif_bold", mm(7.6)))
    signed: date = c.extra["poa_signed"] if signature else c.extra["poa_signed"] + timedelta(days=1)
    s.right(mm(184), mm(52), f"（{signed.year}）{place[0]}委公证字第{rng.randint(1000, 9999):05d}号", f)
    who = str(c.extra["app_tc"])
    if signature:
        rep = c.extra["rep"]
        person = (
            f"{who}（持香港永久性居民身份证）"
            if c.extra["kind"] == "hk_person"
            else f"{who}的{'行政管理机关成员' if macau else '董事'}{rep[1]}"
        )
        body = f"兹证明{person}于{cn_date(signed)}在本公证人面前，在前面的《{what}》上签名" + (
            "，其签名属实。" if c.extra["kind"] == "hk_person" else "并加盖该公司印章，其签名、印章属实。"
        )
    else:
        body = (
            f"兹证明前面的《{what}》复印件与{who}向本公证人出示的原件相符，原件上"
            f"{'澳门特别行政区商业及动产登记局' if macau else '香港特别行政区公司注册处、税务局'}的印鉴属实。"
        )
    y = lines_tc(s, mm(28), mm(68), body, 4.4, mm(154), face="serif" if macau else "ming", indent=True)
    y = lines_tc(
        s, mm(28), y + mm(3), f"本证明书仅供在中华人民共和国内地{COURT}使用。", 4.4, mm(154), indent=True
    )
    y += mm(18)
    s.text(mm(110), y, f"中国委托公证人：{notary}", f)
    hand(s, mm(124), y + mm(9), notary, rng, size=mm(6.5), ink=(25, 25, 30))
    s.text(mm(110), y + mm(22), cn_date(signed), f)
    seal(s, mm(155), y + mm(18), f"中国委托公证人{notary}", rng, radius=mm(16))
    org = f"中国法律服务（{place}）有限公司"
    seal(s, mm(64), y + mm(50), org, rng, radius=mm(19), inner="转递专用章")
    s.lines.extend([org, "转递专用章"])
    s.text(mm(28), mm(262), f"〔附：{what}复印件　共　页〕　　已加盖骑缝章", tc("ming", mm(3.2)))
    s.copied = rng.random() < 0.4
    return s


def _card(
    s: PSheet, x: float, y: float, w: float, h: float, rng: random.Random, tint: tuple[int, int, int]
) -> None:
    """A card's outline and its fine security pattern (faint on the copy)."""
    d = s.draw
    d.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=tint, outline=(120, 120, 125), width=3)
    for k in range(0, int(w), mm(2.2)):
        d.arc(
            (x + k - mm(20), y + mm(10), x + k + mm(20), y + h + mm(30)),
            200,
            340,
            fill=(tint[0] - 25, tint[1] - 20, tint[2] - 15),
        )


def portrait(s: PSheet, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """A passport photo: a grey ground, a head and shoulders in soft tones (a copier dithers it)."""
    from PIL import Image

    im = Image.new("L", (int(w), int(h)), rng.randint(185, 215))
    d = ImageDraw.Draw(im)
    tone = rng.randint(95, 140)
    d.ellipse((w * 0.05, h * 0.7, w * 0.95, h * 1.4), fill=rng.randint(40, 80))
    d.ellipse((w * 0.27, h * 0.12, w * 0.73, h * 0.68), fill=tone)
    d.ellipse((w * 0.25, h * 0.06, w * 0.75, h * 0.36), fill=rng.randint(20, 45))
    im = im.filter(ImageFilter.GaussianBlur(mm(0.9)))
    s.image.paste(im.convert("RGB"), (int(x), int(y)))
    s.photo = True
    s.pictures.append((int(x), int(y), int(x) + im.width, int(y) + im.height))


def _macau_id(c: CaseCtx, rng: random.Random) -> PSheet:
    """A copy of the administrator's 澳門特別行政區永久性居民身份證 (front and back on one sheet)."""
    rep = c.extra["rep"]
    s = PSheet(copied=True, generation=rng.choice([1, 2]))
    x, y, w, h = mm(48), mm(34), mm(86), mm(54)
    _card(s, x, y, w, h, rng, (232, 236, 222))
    s.text(x + mm(4), y + mm(3), "澳門特別行政區", tc("serif_bold", mm(3.2)))
    s.text(x + mm(4), y + mm(7.5), "REGIÃO ADMINISTRATIVA ESPECIAL DE MACAU", tc("sans", mm(2.0)))
    s.text(
        x + mm(4),
        y + mm(11),
        "永久性居民身份證 BILHETE DE IDENTIDADE DE RESIDENTE PERMANENTE",
        tc("sans", mm(1.8)),
    )
    f = tc("sans", mm(2.6))
    born = rep[4]
    for i, line in enumerate(
        [
            f"姓名 Nome　{rep[1]}",
            str(rep[2]),
            f"出生日期 Data de nascimento　{born:%d-%m-%Y}",
            "性別 Sexo　" + ("男 M" if rep[5] == "男" else "女 F"),
            f"簽發日期 Data de emissão　{date(2019, 7, 11):%d-%m-%Y}",
        ]
    ):
        s.text(x + mm(4), y + mm(16 + 6 * i), line, f)
    s.text(x + mm(4), y + mm(47), f"{rep[3]}", tc("sans_bold", mm(3.4)))
    portrait(s, x + mm(60), y + mm(15), mm(22), mm(28), rng)
    by = y + h + mm(14)
    _card(s, x, by, w, h, rng, (232, 236, 222))
    s.text(x + mm(4), by + mm(5), "有效期至 Válido até　" + f"{date(2029, 7, 10):%d-%m-%Y}", f)
    s.text(x + mm(4), by + mm(12), "身份證明局 Direcção dos Serviços de Identificação", f)
    s.text(
        x + mm(4),
        by + mm(42),
        f"<MAC{rep[3].replace('(', '').replace(')', '')}<<<<<<<<<<<<",
        tc("sans", mm(2.8)),
    )
    s.text(mm(40), mm(180), "此複印件與原件相符", tc("kai", mm(5.5)), fill=HAND)
    hand(s, mm(110), mm(182), rep[2], rng, size=mm(5.5), ink=HAND)
    return s


def _macau_registration(c: CaseCtx, rng: random.Random) -> list[PSheet]:
    """The 商業登記證明 / Certidão de Registo Comercial of the 商業及動產登記局, bilingual, two pages."""
    rep = c.extra["rep"]
    out: list[PSheet] = []
    issued = c.filed_on - timedelta(days=rng.randint(15, 25))
    rows1 = [
        ["登記編號 Número de matrícula", str(c.extra["reg_no"])],
        ["商業名稱 Firma", f"{c.extra['app_tc']}\n{c.extra['app_foreign']}"],
        ["住所 Sede", f"澳門{c.extra['app_addr_tc']}"],
        [
            "所營事業 Objecto",
            "進出口貿易、批發及零售 Comércio de importação e exportação, por grosso e a retalho",
        ],
        ["資本 Capital", "澳門元 MOP$100,000.00"],
        [
            "股東 Sócios",
            f"{rep[1]} {rep[2]}，出資額 MOP$60,000.00；{c.extra['partner']}，出資額 MOP$40,000.00",
        ],
    ]
    rows2 = [
        ["行政管理機關 Administração", f"{rep[1]} {rep[2]}（行政管理機關成員 Administrador）"],
        [
            "公司的約束方式 Forma de obrigar",
            "由任一行政管理機關成員簽署即可 Basta a assinatura de qualquer administrador",
        ],
        ["設立日期 Data de constituição", f"{c.extra['founded']:%d/%m/%Y}"],
        ["待決之登記 Pendências", "無 Nada consta"],
    ]
    for k, rows in enumerate((rows1, rows2)):
        s = PSheet(copied=True, generation=1)
        if k == 0:
            s.centred(mm(16), "澳門特別行政區", tc("serif_bold", mm(4.6)))
            s.centred(mm(22.5), "REGIÃO ADMINISTRATIVA ESPECIAL DE MACAU", tc("serif", mm(3.0)))
            s.centred(
                mm(28),
                "商業及動產登記局 CONSERVATÓRIA DOS REGISTOS COMERCIAL E DE BENS MÓVEIS",
                tc("sans", mm(2.8)),
            )
            s.centred(mm(40), "商業登記證明", tc("serif_bold", mm(7.0)))
            s.centred(mm(50), "CERTIDÃO DE REGISTO COMERCIAL", tc("serif_bold", mm(4.6)))
            y: float = mm(64)
        else:
            y = mm(26)
        for label, value in rows:
            parts = value.split("\n")
            need = mm(7) * sum(len(wrap_words(p, tc("ming", mm(3.6)), mm(104))) for p in parts) + mm(5)
            s.box(mm(22), y, mm(188), y + need, width=2)
            s.line(mm(76), y, mm(76), y + need, width=2)
            ly = y + mm(2.5)
            for part in wrap(label, tc("sans", mm(3.0)), mm(50)):
                s.text(mm(24), ly, part, tc("sans", mm(3.0)))
                ly += mm(5)
            vy = y + mm(2.5)
            for p in parts:
                vy = lines_tc(s, mm(79), vy, p, 3.6, mm(104)) - mm(0.6)
            y += need
        if k == 1:
            y += mm(10)
            y = lines_tc(s, mm(24), y, "茲證明本證明所載內容與本局檔案記錄相符。", 3.8, mm(160))
            y = lines_tc(
                s,
                mm(24),
                y,
                "Certifico que o teor desta certidão está conforme o original arquivado nesta Conservatória.",
                3.4,
                mm(160),
                face="serif",
            )
            y += mm(6)
            s.text(
                mm(24),
                y,
                f"澳門，{issued.year}年{issued.month}月{issued.day}日 Macau, aos {issued:%d/%m/%Y}",
                tc("ming", mm(3.6)),
            )
            s.text(mm(110), y + mm(14), "登記官 O Conservador", tc("ming", mm(3.6)))
            hand(s, mm(118), y + mm(22), "L. Sequeira", rng, size=mm(6), ink=(25, 25, 30))
            seal(s, mm(150), y + mm(22), "商業及動產登記局", rng, radius=mm(17), inner="MACAU")
            s.text(
                mm(24),
                y + mm(44),
                f"收費 Conta：MOP$180.00　　證明編號 N.º da certidão：{rng.randint(100000, 999999)}/{issued.year}",
                tc("sans", mm(3.0)),
            )
        s.centred(mm(280), f"第 {k + 1} 頁 / 共 2 頁　Página {k + 1} de 2", tc("sans", mm(2.8)))
        s.page_of = (k + 1, 2)
        out.append(s)
    return out


def _hk_incorporation(c: CaseCtx, rng: random.Random) -> PSheet:
    """A copy of the Hong Kong 公司註冊證明書 / Certificate of Incorporation."""
    s = PSheet(copied=True, generation=rng.choice([1, 2]))
    d = s.draw
    d.rectangle((mm(16), mm(18), mm(194), mm(278)), outline=(90, 90, 90), width=6)
    d.rectangle((mm(20), mm(22), mm(190), mm(274)), outline=(140, 140, 140), width=2)
    s.centred(mm(34), f"編號 No. {c.extra['reg_no']}", tc("serif", mm(3.6)))
    s.centred(mm(50), "公司註冊證明書", tc("serif_bold", mm(8.0)), spacing=mm(1.5))
    s.centred(mm(64), "CERTIFICATE OF INCORPORATION", tc("serif_bold", mm(5.2)))
    en, zh = str(c.extra["app_foreign"]), str(c.extra["app_tc"])
    founded: date = c.extra["founded"]
    y = lines_tc(
        s,
        mm(34),
        mm(84),
        f"本人謹此證明 {en}　{zh} 於本日根據香港法例第622章《公司條例》在香港註冊成為一間股份有限公司。",
        4.6,
        mm(142),
        face="serif",
    )
    y = lines_tc(
        s,
        mm(34),
        y + mm(6),
        f"I hereby certify that {en} {zh} is this day incorporated in Hong Kong under the "
        "Companies Ordinance (Chapter 622 of the Laws of Hong Kong), and that this company is limited.",
        4.2,
        mm(142),
        face="serif",
    )
    y = lines_tc(
        s,
        mm(34),
        y + mm(6),
        f"本證明書於{founded.year}年{founded.month}月{founded.day}日發出。 Issued on {founded:%d %B %Y}.",
        4.2,
        mm(142),
        face="serif",
    )
    s.text(mm(104), y + mm(24), "香港特別行政區公司註冊處處長", tc("serif", mm(3.8)))
    s.text(
        mm(104),
        y + mm(31),
        "Registrar of Companies, Hong Kong Special Administrative Region",
        tc("serif", mm(2.4)),
    )
    hand(s, mm(120), y + mm(14), "(Ms Ada Lee)", rng, size=mm(5), ink=(25, 25, 30))
    seal(s, mm(60), y + mm(26), "香港特別行政區公司註冊處", rng, radius=mm(18), inner="COMPANIES REGISTRY")
    s.text(
        mm(34),
        mm(255),
        "Note 註：Registration of a company name with the Companies Registry does not confer any "
        "trade mark rights.",
        tc("sans", mm(2.4)),
    )
    s.text(mm(34), mm(262), "此複印件與正本相符 Certified true copy", tc("kai", mm(4.6)), fill=HAND)
    return s


def _hk_br(c: CaseCtx, rng: random.Random) -> PSheet:
    """A copy of the 商業登記證 / Business Registration Certificate of the 稅務局, the year's levy paid."""
    s = PSheet(copied=True, generation=rng.choice([1, 2]))
    s.centred(mm(26), "商業登記證", tc("serif_bold", mm(6.6)), spacing=mm(1))
    s.centred(mm(36), "BUSINESS REGISTRATION CERTIFICATE", tc("serif_bold", mm(4.2)))
    s.centred(
        mm(44),
        "稅務局 INLAND REVENUE DEPARTMENT　商業登記署 BUSINESS REGISTRATION OFFICE",
        tc("sans", mm(2.8)),
    )
    start = c.filed_on - timedelta(days=rng.randint(40, 200))
    end = start.replace(year=start.year + 1) - timedelta(days=1)
    br = str(c.extra["br_no"])
    rows = [
        ["業務名稱 Name of Business", f"{c.extra['app_tc']}\n{c.extra['app_foreign']}"],
        ["分行名稱 Branch Name", ""],
        ["業務地址 Address of Business", f"{c.extra['app_addr_tc']}"],
        ["業務性質 Nature of Business", "TRADING 貿易"],
        ["法律地位 Status", "CORP 法人團體"],
        ["開始日期 Date of Commencement", f"{start:%d/%m/%Y}"],
        ["屆滿日期 Date of Expiry", f"{end:%d/%m/%Y}"],
        ["登記證號碼 Certificate No.", f"{br}-{start:%m}-{start:%y}-{rng.choice('0123456789A')}"],
        ["費用及徵費 Fee and Levy", "$2,200 + $150"],
    ]
    y: float = mm(56)
    for label, value in rows:
        s.box(mm(20), y, mm(190), y + mm(15), width=2)
        s.line(mm(82), y, mm(82), y + mm(15), width=2)
        s.text(mm(22), y + mm(4.5), label, tc("sans", mm(2.8)))
        vy = y + mm(2.2)
        for part in value.split("\n"):
            s.text(mm(85), vy, part, tc("sans", mm(3.4)))
            vy += mm(5.6)
        y += mm(15)
    s.text(
        mm(22),
        y + mm(6),
        "此證必須展示於業務地址之顯眼處 This certificate must be displayed in a conspicuous place at the "
        "address of business.",
        tc("sans", mm(2.4)),
    )
    d = s.draw
    d.rectangle((mm(140), y + mm(14), mm(188), y + mm(34)), fill=(170, 170, 170))
    s.text(mm(143), y + mm(19), "徵費已繳付 LEVY PAID", tc("sans_bold", mm(3.2)))
    s.text(mm(143), y + mm(26), f"{start:%d/%m/%Y}", tc("sans", mm(3.0)))
    s.text(mm(22), y + mm(24), "稅務局局長 Commissioner of Inland Revenue", tc("serif", mm(3.2)))
    return s


def _permit(c: CaseCtx, rng: random.Random) -> PSheet:
    """A copy of the 港澳居民来往内地通行证 (issued on the mainland side: Simplified, front and back)."""
    a = c.applicant
    s = PSheet(copied=True, generation=rng.choice([1, 2]))
    x, y, w, h = mm(50), mm(36), mm(86), mm(54)
    _card(s, x, y, w, h, rng, (236, 226, 232))
    s.text(x + mm(4), y + mm(3), "港澳居民来往内地通行证", font_sc(3.6))
    s.text(
        x + mm(4),
        y + mm(8.5),
        "MAINLAND TRAVEL PERMIT FOR HONG KONG AND MACAO RESIDENTS",
        tc("sans", mm(1.9)),
    )
    f = font_sc(2.8)
    for i, line in enumerate(
        [
            f"姓名　{a.name}",
            str(c.extra["roman"]),
            f"出生日期　{a.born:%Y.%m.%d}" if a.born else "",
            f"性别　{a.sex}",
            f"有效期限　{c.filed_on.year - 3}.05.16-{c.filed_on.year + 7}.05.15",
            "签发机关　公安部出入境管理局",
        ]
    ):
        s.text(x + mm(4), y + mm(14 + 5.6 * i), line, f)
    s.text(x + mm(4), y + mm(48), f"证件号码　{c.extra['permit']}", font_sc(3.0))
    portrait(s, x + mm(60), y + mm(14), mm(22), mm(28), rng)
    by = y + h + mm(12)
    _card(s, x, by, w, h, rng, (236, 226, 232))
    s.text(x + mm(4), by + mm(6), f"香港身份证号码　{c.extra['hkid']}", f)
    s.text(x + mm(4), by + mm(13), "换证次数　02", f)
    s.text(
        x + mm(4),
        by + mm(40),
        f"CS{str(c.extra['permit'])[1:]}<{c.filed_on.year + 7}0515<{rng.randint(10, 99)}<",
        tc("sans", mm(2.8)),
    )
    s.text(mm(44), mm(176), "与原件核对无误", font_sc(5.0), fill=HAND)
    hand(s, mm(100), mm(176), a.name, rng, size=mm(5.5), ink=HAND)
    return s


def _residence(c: CaseCtx, rng: random.Random) -> PSheet:
    """A copy of the 中华人民共和国港澳居民居住证 (number 810000…, 18 digits)."""
    a = c.applicant
    s = PSheet(copied=True, generation=1)
    x, y, w, h = mm(50), mm(36), mm(86), mm(54)
    _card(s, x, y, w, h, rng, (226, 234, 240))
    f = font_sc(2.8)
    for i, line in enumerate(
        [
            f"姓名　{a.name}",
            f"性别　{a.sex}　　出生　{a.born:%Y年%m月%d日}" if a.born else "",
            f"住址　{str(c.extra['mainland_addr'])[:14]}",
            f"　　　{str(c.extra['mainland_addr'])[14:]}",
        ]
    ):
        s.text(x + mm(4), y + mm(6 + 6.5 * i), line, f)
    s.text(x + mm(4), y + mm(44), "公民身份号码", f)
    s.text(x + mm(24), y + mm(44), a.id_number, font_sc(3.4))
    portrait(s, x + mm(60), y + mm(8), mm(22), mm(28), rng)
    by = y + h + mm(12)
    _card(s, x, by, w, h, rng, (226, 234, 240))
    s.centred(by + mm(8), "中华人民共和国港澳居民居住证", font_sc(4.0), x0=x, x1=x + w)
    s.text(x + mm(6), by + mm(30), "签发机关　珠海市公安局横琴粤澳深度合作区分局", f)
    s.text(x + mm(6), by + mm(37), f"有效期限　{c.filed_on.year - 2}.09.01-{c.filed_on.year + 3}.09.01", f)
    s.text(x + mm(6), by + mm(44), f"通行证号码　{c.extra['permit']}　签发次数　01", f)
    stamp_note = PSheet(size=(mm(60), mm(12)))
    stamp_note.centred(mm(2), "复印件仅供法院执行使用", font_sc(4.0), fill=(200, 30, 40))
    stamp(s, stamp_note.image, mm(70), mm(190), rng, record="复印件仅供法院执行使用")
    return s


def font_sc(size: float) -> Font:
    """The Simplified face of the mainland-issued cards."""
    return font("sans", mm(size))
