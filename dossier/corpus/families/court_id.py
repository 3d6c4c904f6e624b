"""court_id (吉林省延吉市人民法院, 연길시인민법원, held out): 延吉 on the 布尔哈通河 — 冷面 houses on 河南街, the ginseng
stalls of the 西市场, Korean-Chinese families. Its own papers are bilingual (court_id_kit: Hangul over Chinese, red
heads on notices, red-ruled 16开 forms); what it receives comes in the senders' styles (court_id_papers: the 延吉
notary office, 延边中院, lawyers, the window's forms, a party's Korean paper with its certified translation). The
volumes went through the court's high-speed scanner with red drop-out and despeckle (court_id_capture)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, id_number, money, num_date
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families.court_id_kit import (
    A4,
    BLACK_PEN,
    COURT,
    COURT_KO,
    K16,
    MID,
    RULE_RED,
    body,
    court_paper,
    court_seal,
    folio,
    form_font,
    heading,
    ko_title,
    pen,
    rgrid,
    thumbprint,
)
from dossier.corpus.families.court_id_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "termination_this_round_ruling", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "investigation_record", "interview_record", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
NOODLE_SEQ, GINSENG_SEQ, ELDER_SEQ = 10023, 10047, 10086
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "property_declaration_form": 9, "enforcement_ruling": 8, "assistance_notice": 8,
        "summons": 19, "investigation_record": 26, "consumption_restriction_order": 33, "dishonest_list_decision": 34,
        "settlement_agreement": 24, "payment_voucher": 41}
CLOSING = {"interview_record": 21, "termination_this_round_ruling": 7, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -6, "remarks_sheet": -7, "catalogue": -7, "dossier_cover": -8}
"""days before the closing date (negative: after it — the archive's papers)"""
KO_SURNAMES = {"金": "김", "朴": "박", "崔": "최", "李": "리", "郑": "정", "姜": "강", "韩": "한", "玄": "현", "全": "전",
               "南": "남", "许": "허", "申": "신", "黄": "황", "方": "방"}
KO_GIVEN = {"英": "영", "哲": "철", "成": "성", "浩": "호", "明": "명", "顺": "순", "春": "춘", "花": "화", "姬": "희",
            "美": "미", "玉": "옥", "洙": "수", "光": "광", "日": "일", "龙": "룡", "银": "은", "淑": "숙", "贞": "정",
            "东": "동", "京": "경", "善": "선", "民": "민", "植": "식", "万": "만", "福": "복", "吉": "길", "永": "영",
            "锡": "석", "铁": "철", "虎": "호", "今": "금", "子": "자", "华": "화"}
MEN = ["英哲", "成浩", "光日", "龙洙", "东植", "永锡", "铁虎", "明浩", "万福", "京植", "成民", "吉洙"]
WOMEN = ["顺姬", "春花", "美玉", "银淑", "贞子", "善花", "今顺", "英淑", "明华", "玉姬"]


def hangul(name: str) -> str:
    """A Korean-Chinese person's name read in Hangul (金顺姬 → 김순희)."""
    return "".join(KO_SURNAMES.get(ch) or KO_GIVEN.get(ch, ch) for ch in name)


def korean_name(rng: random.Random, sex: str, surname: str = "") -> str:
    return (surname or rng.choice(list(KO_SURNAMES))) + rng.choice(MEN if sex == "男" else WOMEN)


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if tale(c) == "elder" and code == "payment_voucher":
        return c.day(66)
    return c.day(WHEN.get(code, 0))


def _code93(rng: random.Random, region: str) -> str:
    """A farmers' cooperative's unified credit code (93…), its check character per GB 32100."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body_ = "93" + region + "".join(rng.choice(chars) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body_, weights, strict=True)) % 31
    return body_ + chars[0 if check == 31 else check]


def _person(rng: random.Random, region: str, born: date, sex: str, address: str, surname: str = "") -> Party:
    return Party(korean_name(rng, sex, surname), "person", id_number(rng, region, born), address,
                 f"13{rng.choice([5, 6, 9])}{rng.randint(10000000, 99999999)}", born=born, sex=sex)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """延吉 parties. NOODLE_SEQ: a lender enforces a notarised loan (the 延吉市公证处's 公证债权文书 and 执行证书) against a
    冷面 house's owner, who settles and pays; GINSENG_SEQ: a ginseng cooperative enforces 延边中院's appeal judgment
    (一审 this court's) against a ginseng trader with nothing left; ELDER_SEQ: an old mother enforces this court's
    赡养费 judgment against her son herself — no agent — and his wages are withheld at his employer."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {NOODLE_SEQ: "noodle", GINSENG_SEQ: "ginseng", ELDER_SEQ: "elder"}[seq]
    c.firm = "吉林布尔哈通律师事务所"
    c.extra["firm_ko"] = "길림부르하통변호사사무소"
    c.extra["firm_addr"] = f"延吉市{rng.choice(['光明街', '友谊路', '公园路'])}{rng.randint(100, 900)}号{rng.randint(3, 12)}楼"
    c.extra["licence"] = f"1222420{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["延边农村商业银行河南支行", "中国农业银行延吉光明支行", "吉林银行延吉分行"])
    c.extra["in_acct"] = f"62{rng.choice(['21', '28', '30'])}{rng.randint(10**13, 10**14 - 1)}"
    c.extra["badge"] = f"2224{rng.randint(1000, 9999)}"
    c.extra["window"] = korean_name(rng, "女")
    street = rng.choice(["河南街道", "建工街道", "北山街道", "新兴街道", "进学街道", "公园街道"])
    c.officer = korean_name(rng, "男")
    c.clerk = korean_name(rng, "女")
    c.judge = korean_name(rng, rng.choice("男女"))
    if c.extra["tale"] == "noodle":
        c.applicant = _person(rng, "222401", date(rng.randint(1962, 1975), rng.randint(1, 12), rng.randint(1, 28)),
                              rng.choice("男女"), f"吉林省延吉市{street}{rng.choice(['局子街', '爱丹路', '人民路'])}"
                              f"{rng.randint(100, 999)}号{rng.randint(1, 6)}单元{rng.randint(101, 602)}室")
        r = _person(rng, rng.choice(["222401", "222405"]), date(rng.randint(1975, 1988), rng.randint(1, 12), rng.randint(1, 28)),
                    "男", f"吉林省延吉市河南街道{rng.choice(['天池路', '延西街', '新华街'])}{rng.randint(10, 300)}号", surname="朴")
        c.respondent = r
        c.extra["shop"] = rng.choice(["金达莱冷面馆", "服务大楼冷面馆", "河南冷面屋", "顺姬冷面馆"])
        c.extra["shop_ko"] = {"金达莱冷面馆": "진달래랭면관", "服务大楼冷面馆": "봉사대루랭면관", "河南冷面屋": "하남랭면옥",
                              "顺姬冷面馆": "순희랭면관"}[c.extra["shop"]]
        c.extra["principal"] = Decimal(rng.randint(20, 45)) * 10000
        c.extra["interest"] = (c.extra["principal"] * Decimal("0.072") * Decimal(rng.randint(10, 18)) / 12).quantize(Decimal("1"))
        c.amount = c.extra["principal"] + c.extra["interest"]
        c.extra["loan_day"] = c.filed_on - timedelta(days=rng.randint(520, 640))
        c.basis_court = "吉林省延吉市公证处"
        c.basis_number = f"（{c.extra['loan_day'].year}）吉延证经字第{rng.randint(1200, 4800)}号"
        c.extra["cert_no"] = f"（{(c.filed_on - timedelta(days=25)).year}）吉延证执字第{rng.randint(12, 96)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(20, 30))
        c.extra["cause"] = "公证债权文书（借款合同）"
        c.extra["r_bank"] = "延边农村商业银行河南支行"
        c.extra["r_acct"] = f"0701{rng.randint(10**12, 10**13 - 1)}"
        c.extra["notary"] = korean_name(rng, "女", "韩")
    elif c.extra["tale"] == "ginseng":
        c.applicant = Party(f"延吉市{rng.choice(['依兰', '三道湾', '小营'])}长白人参种植农民专业合作社", "organisation",
                            _code93(rng, "222401"), f"吉林省延吉市{rng.choice(['依兰镇', '三道湾镇', '小营镇'])}"
                            f"{rng.choice(['东光', '春兴', '仁化'])}村{rng.randint(1, 8)}组", f"0433-{rng.randint(2600000, 2999999)}",
                            legal_rep=korean_name(rng, "男", "崔"))
        c.respondent = _person(rng, rng.choice(["222426", "222401", "222403"]),
                               date(rng.randint(1968, 1984), rng.randint(1, 12), rng.randint(1, 28)), "男",
                               f"吉林省延吉市{street}{rng.choice(['西市场路', '光明街', '园辉路'])}{rng.randint(10, 400)}号",
                               surname=rng.choice(["李", "玄", "全"]))
        c.extra["stall"] = f"延吉西市场人参交易区{rng.randint(1, 9)}排{rng.randint(1, 60)}号"
        c.extra["first_no"] = f"（2023）吉2401民初{rng.randint(1500, 6900)}号"
        c.basis_court = MID
        c.basis_number = f"（2023）吉24民终{rng.randint(900, 2900)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["kg"] = rng.randint(180, 420)
        c.amount = Decimal(c.extra["kg"]) * Decimal(rng.choice([280, 320, 360, 410]))
        c.extra["appeal_fee"] = int(c.amount) // 100 + 30
    else:
        born = date(rng.randint(1941, 1947), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = _person(rng, "222401", born, "女",
                              f"吉林省延吉市{street}{rng.choice(['丹英街', '白头山路', '天池路'])}{rng.randint(10, 200)}号"
                              f"{rng.randint(1, 4)}单元{rng.randint(101, 502)}室", surname=rng.choice(["金", "崔", "姜"]))
        c.respondent = _person(rng, "222401", date(born.year + rng.randint(24, 30), rng.randint(1, 12), rng.randint(1, 28)),
                               "男", f"吉林省延吉市{rng.choice(['建工街道', '北山街道'])}{rng.choice(['长白路', '参花街'])}"
                               f"{rng.randint(10, 500)}号", surname=rng.choice(["朴", "李", "郑"]))
        c.extra["employer"] = rng.choice(["延吉市长白山物业服务有限公司", "延边新天地公交客运有限公司", "延吉市布尔哈通供热有限公司"])
        c.extra["employer_code"] = credit_code(rng, "222401")
        c.extra["monthly"] = Decimal(rng.choice([600, 700, 800]))
        c.extra["months"] = rng.randint(10, 16)
        c.amount = c.extra["monthly"] * c.extra["months"] + Decimal(rng.randint(8, 30)) * 100
        c.basis_court = COURT
        c.basis_number = f"（2023）吉2401民初{rng.randint(7000, 9800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 120))
        c.extra["cause"] = "赡养费纠纷"
        c.extra["first"] = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
        c.agent = ""
        plain = c.case_json

        def no_agent() -> dict[str, object]:
            data = plain()
            data["applicants"][0].pop("agent", None)  # she filed herself: no agent acts for her
            return data

        setattr(c, "case_json", no_agent)  # noqa: B010 — an instance's own case data, not a class change
    c.extra["fee"] = Decimal(50) if c.amount <= 10000 else (Decimal(50) + (c.amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    c.extra["pay_day"] = c.day(rng.randint(36, 40))


def basis_title(c: CaseCtx) -> str:
    if tale(c) == "noodle":
        return f"{c.basis_court}{c.basis_number}具有强制执行效力的债权文书公证书"
    return f"{c.basis_court}{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}。")
    born = p.born or date(1970, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，朝鲜族，住{p.address}，公民身份号码{p.id_number}。")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    t = tale(c)
    if code == "acceptance_notice":
        return court_paper(rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis_title(c)}一案，本院经审查符合受理条件，"
                  f"已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}负责办理，书记员{c.clerk}，联系电话{c.court.phone}。你方可通过“吉林移动微法院”查询"
                  "执行进展；发现被执行人财产线索的，请及时书面告知本院。"),
            ("p", "本院可使用朝鲜语文为你方提供诉讼服务，需要翻译的，请在接到本通知后告知承办人。"),
            ("p", "特此通知。"),
        ], day=d, number=c.number, red_head=True)
    if code == "payment_notice":
        return court_paper(rng, "交纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应预交申请执行费人民币"
                  f"{c.extra['fee']}元。"),
            ("p", "请于接到本通知之日起七日内到本院诉讼服务中心（一楼收费窗口）交纳，或通过吉林省非税收入缴款码交纳。"
                  + ("经审查，你符合司法救助条件的，可以申请缓交。" if t == "elder" else "")),
        ], day=d, number=c.number, red_head=True)
    if code == "enforcement_notice":
        duty = (f"一、向申请执行人{a.name}支付赡养费{money(c.amount)}，并自{cn_date(c.filed_on)}起按月支付赡养费"
                f"{c.extra['monthly']}元；" if t == "elder" else f"一、向申请执行人{a.name}支付{money(c.amount)}；")
        return court_paper(rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自本通知送达之日起立即履行下列义务："),
            ("p", duty),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可采取限制消费、纳入失信被执行人名单等措施。"),
        ], day=d, number=c.number, red_head=True, signers=staff)
    if code == "property_report_order":
        return court_paper(rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令后五日内，如实向本院报告当前以及"
                  "收到执行通知之日前一年的财产情况，并填写所附《财产申报表》。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
            ("n", "附：财产申报表一份（朝鲜文、汉文对照）。"),
        ], day=d, number=c.number, red_head=True, signers=staff)
    if code == "enforcement_ruling":
        if t == "noodle":
            order = f"冻结被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限。"
        elif t == "ginseng":
            order = (f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押其位于{c.extra['stall']}的人参等"
                     "相应价值的财产。")
        else:
            order = (f"扣留、提取被执行人{r.name}在{c.extra['employer']}的工资收入，每月提取{c.extra['first'] // 2}元至欠付赡养费"
                     f"{money(c.amount)}全部清偿时止，并自次月起每月提取当月赡养费{c.extra['monthly']}元。")
        return court_paper(rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知履行义务。"
                  f"依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定立即执行。"),
        ], day=d, number=c.number, signers=bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = (f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议将全部款项交至本院"
               if t == "noodle" else f"本院向{c.extra['employer']}发出协助执行通知书，该单位已从被执行人工资中扣留全部欠付赡养费")
        return court_paper(rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已转入你方指定账户。"),
            ("p", "生效法律文书确定的给付义务已履行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，"
                  "本案以执行完毕方式结案。" + ("此后按月给付的赡养费由协助单位直接转付你本人。" if t == "elder" else "")),
            ("p", "特此通知。"),
        ], day=d, number=c.number, red_head=True)
    if code == "termination_this_round_ruling":
        return court_paper(rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，{MID}作出的{c.basis_number}民事判决已经发生法律效力。"
                  f"申请执行人于{cn_date(c.filed_on)}向本院申请执行，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，通过全国法院网络执行查控系统和吉林省法院点对点查控系统"
                  "查询被执行人名下存款、车辆、不动产、证券、网络资金等财产，并到被执行人在延吉西市场的摊位实地调查，"
                  "该摊位已于2023年转租他人，未发现可供执行的人参存货及其他财产。本院已对被执行人采取限制消费措施，"
                  "并将其纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知查控结果，申请执行人表示暂不能提供新的"
                  "财产线索，同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的"
                  "规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, number=c.number, signers=bench)
    if code == "consumption_restriction_order":
        return court_paper(rng, "限制消费令", [
            _party("被限制消费人", r),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，限制其实施下列消费行为："),
            ("p", "（一）乘坐飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                  "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需"
                  "车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组"
                  "列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, number=c.number, red_head=True)
    if code == "dishonest_list_decision":
        return court_paper(rng, "决定书", [
            _party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照"
                  f"{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第四项的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "本决定一经作出即生效。被执行人认为有错误的，可以向本院申请纠正。"),
        ], day=d, number=c.number.replace("号", "号之二"), red_head=True)
    if code == "summons":
        return _summons(c, rng, d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 with its 回执 under a dotted cut line, filled in and sealed by the bank or employer."""
    r = c.respondent
    t = tale(c)
    if t == "elder":
        to = c.extra["employer"]
        ask = (f"自本通知送达之月起，从被执行人{r.name}（公民身份号码{r.id_number}）每月应发工资中扣留{c.extra['first'] // 2}元，"
               f"至{money(c.amount)}扣足时止，转至本院执行款专户；此后每月扣留赡养费{c.extra['monthly']}元，直接转付申请执行人。")
    elif t == "noodle":
        to = c.extra["r_bank"]
        ask = f"冻结被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限，冻结期限一年。"
    else:
        to = "中国农业银行延吉西市场支行"
        ask = f"冻结、扣划被执行人{r.name}在你行开立的全部账户内的存款，以{money(c.amount)}为限，划至本院执行款专户。"
    sheets = court_paper(rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，{c.number}执行裁定书已经发生法律效力。依照{LAW}"
              "第二百五十四条、第二百五十五条的规定，请协助执行下列事项："),
        ("p", ask),
        ("n", f"执行人员：{c.officer}、{c.clerk}（工作证号{c.extra['badge']}），联系电话{c.court.phone}。"),
    ], day=d, number=c.number.replace("号", "号之一"), red_head=True)
    s = sheets[-1]
    y = s.height - mm(66)
    for x in range(mm(20), s.width - mm(20), mm(4)):
        s.line(x, y, x + mm(2), y, width=2)
    s.text(mm(20), y - mm(5), "（沿此线剪下）", font("serif", mm(3.2)))
    s.centred(y + mm(4), "回　执", font("serif_bold", mm(6.5)))
    f = body(4.4)
    s.text(mm(27), y + mm(16), f"{COURT}：", f)
    s.text(mm(35), y + mm(24), f"你院{c.number.replace('号', '号之一')}协助执行通知书已收到，", f)
    pen(s, mm(35), y + mm(31), "已按要求办理，本月起扣留。" if t == "elder" else "已冻结，冻结余额见附表。", rng, size=mm(5.8))
    s.text(s.width - mm(95), y + mm(44), "协助执行单位（盖章）", f)
    pen(s, s.width - mm(80), y + mm(51), num_date(d + timedelta(days=rng.randint(2, 5))), rng, size=mm(5.5))
    court_seal(s, s.width - mm(60), y + mm(46), rng, name=to, ko="협조집행전용장" if t == "elder" else "업무전용장")
    return sheets


def _form_sheet(title: str, *, size: tuple[int, int] = K16, issuer: bool = True) -> tuple[Sheet, float]:
    """An old pre-printed form's head: the court's names in black, the bilingual title, a red double bar."""
    s = Sheet(size=size)
    y = float(mm(14))
    if issuer:
        s.centred(y, COURT_KO + "　" + COURT, form_font(4.2))
        y += mm(8)
    ko = ko_title(title)
    if ko:
        s.centred(y, ko, font("sans", mm(4.4)), spacing=mm(1.5))
        y += mm(7)
    w = s.centred(y, title, font("serif_bold", mm(7.6)), spacing=mm(3))
    y += mm(11)
    x0 = (s.width - w) / 2 - mm(6)
    s.line(x0, y, x0 + w + mm(12), y, width=4, fill=RULE_RED)
    s.line(x0, y + mm(1), x0 + w + mm(12), y + mm(1), width=2, fill=RULE_RED)
    return s, y + mm(5)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s, y = _form_sheet("传票")
    x, w = mm(14), s.width - mm(28)
    s.right(x + w, y, c.number, form_font(4.2))
    y += mm(8)
    r = c.respondent
    rows = [["案　由", "申请执行人" + c.applicant.name + "与被执行人" + r.name + c.extra["cause"]],
            ["被传唤人", r.name], ["工作单位或住址", r.address], ["传唤事由", "接受执行询问，如实报告财产，说明不履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午8时30分"], ["应到处所", "本院执行局第二询问室（朝汉双语）"]]
    ko = ["사　유", "피소환인", "직장 또는 주소", "소환사유", "도착시간", "도착장소"]
    y = rgrid(s, x, y, [mm(42), w - mm(42)], rows, form_font(4.3), heights=mm(15), ko=ko)[-1][0][3] + mm(6)
    f = form_font(3.9)
    for k, line in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，携带本传票和居民身份证。",
                              "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                              "주의사항: 소환된 사람은 정시에 도착하여야 하며 정당한 리유없이 오지 않으면 구인할수 있습니다."]):
        s.text(x + (0 if k == 0 else mm(4)), y, line, f if k < 3 else font("sans", mm(3.5)))
        y += mm(7)
    y += mm(6)
    s.right(x + w - mm(4), y, cn_date(d), form_font(4.4))
    court_seal(s, x + w - mm(30), y + mm(2), rng, radius=mm(19))
    s.text(x, y + mm(16), f"执行员　{c.officer}　　书记员　{c.clerk}", form_font(4.2))
    return [s]


def _qa(c: CaseCtx, code: str) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    if code == "investigation_record":
        return [("问", "我们是延吉市人民法院执行局的工作人员（出示工作证），今天来了解被执行人在这个摊位经营的情况，请如实回答。"),
                ("答", "好的，我是市场管理办的，这排摊位归我管。"),
                ("问", f"{r.name}现在还在这里卖人参吗？"),
                ("答", "去年秋天就不干了，摊位转给别人了，人参都拉走了，剩下的给了上家抵货款。"),
                ("问", "他有没有仓库、冷库或者存货放在市场？"),
                ("答", "冷库是市场统一租的，他那格子早退了，里面是空的。"),
                ("问", "你知道他现在在哪里，干什么吗？"),
                ("答", "听说去韩国打工了，电话一直打不通。"),
                ("问", "以上说的是否属实？"),
                ("答", "属实。")]
    return [("问", "我们是延吉市人民法院执行局的工作人员，今天约谈你，告知本案执行情况并听取你方意见。你是否需要朝鲜语翻译？"),
            ("答", f"不需要，我是合作社的委托代理人，受{a.legal_rep or a.name}委托。"),
            ("问", "本院通过网络查控系统查询了被执行人的存款、车辆、不动产、证券和网络资金，只有零星存款且已冻结；到西市场实地"
                   "调查，摊位已转租，无存货。你对查控结果有无异议？"),
            ("答", "没有异议。"),
            ("问", "你方能否提供被执行人新的财产线索？"),
            ("答", "暂时提供不了，听说他去韩国了。"),
            ("问", f"本院已对{r.name}限制消费并纳入失信被执行人名单。现拟终结本次执行程序，你方有何意见？"),
            ("答", "同意终本。以后发现财产，我们再申请恢复执行。"),
            ("问", "终本后发现财产线索可随时申请恢复执行，不受申请执行时效限制，清楚了吗？"),
            ("答", "清楚了。")]


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 in ballpoint on the bureau's old 16开 record paper: a red-printed frame and red lines to write on."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.agent if interview else korean_name(rng, "女", "南")
    head = [f"时间：{num_date(d)} {rng.randint(9, 14)}时{rng.choice(['00', '10', '30'])}分",
            f"地点：{'本院执行局二楼谈话室' if interview else c.extra['stall']}",
            f"执行人员：{c.officer}　记录人：{c.clerk}",
            f"{'被谈话人' if interview else '被调查人'}：{who}（{'申请执行人委托代理人' if interview else '市场管理办工作人员'}）",
            f"案号：{c.number}"]
    lines = [*head] + [f"{tag}：{text}" for tag, text in _qa(c, code)] + ["以上笔录我看过，和我说的一样。"]
    sheets: list[Sheet] = []
    per_row = 21
    rows: list[str] = []
    for line in lines:
        rows += [line[i:i + per_row] for i in range(0, len(line), per_row)]
    pitch = mm(11.5)
    k = 0
    while k < len(rows):
        s, y = _form_sheet(title) if k == 0 else (Sheet(size=K16), float(mm(18)))
        x0, x1 = mm(14), s.width - mm(14)
        bottom = s.height - mm(34)
        per_page = int((bottom - y) / pitch)
        s.box(x0, y, x1, bottom + mm(2), width=3, outline=RULE_RED)
        for n in range(1, per_page + 1):
            s.line(x0, y + n * pitch, x1, y + n * pitch, width=2, fill=RULE_RED)
        ty = y + pitch - mm(8.5)
        for part in rows[k:k + per_page]:
            pen(s, x0 + mm(3), ty, part, rng, size=mm(6), ink=BLACK_PEN if not interview else (35, 42, 120))
            ty += pitch
        k += per_page
        s.text(x0, s.height - mm(27), "被询问人：", form_font(3.8))
        pen(s, x0 + mm(20), s.height - mm(29), who, rng, size=mm(6))
        s.text(x0 + mm(70), s.height - mm(27), "记录人：", form_font(3.8))
        pen(s, x0 + mm(86), s.height - mm(29), c.clerk, rng, size=mm(6), ink=BLACK_PEN)
        sheets.append(s)
    return folio(sheets, form_font(3.6))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s, y = _form_sheet("执行案件结案审批表")
    x, w = mm(12), s.width - mm(24)
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["案　号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", basis_title(c)], ["立案日期", num_date(c.filed_on)], ["执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{got:,.2f}元"], ["结案方式", how], ["承办人意见", ""], ["执行局长意见", ""]]
    ko = ["사건번호", "신청집행인", "피집행인", "집행근거", "립안날자", "집행목적액", "집행완료액", "결안방식", "담당자의견", "국장의견"]
    hs = [mm(11)] * 8 + [mm(40), mm(30)]
    boxes = rgrid(s, x, y + mm(2), [mm(36), w - mm(36)], rows, form_font(4), heights=hs, ko=ko)
    op = boxes[8][1]
    view = ("经查控及实地调查无财产可供执行，已限消、纳失，约谈申请人同意，建议终本。" if ttr
            else "被执行人已全部履行，案款已发放申请执行人，建议以执行完毕结案。")
    pen(s, op[0] + mm(3), op[1] + mm(3), view, rng, size=mm(5.2), per_line=17, lead=mm(7))
    pen(s, op[2] - mm(50), op[3] - mm(9), f"{c.officer} {d.month}.{d.day}", rng, size=mm(5))
    chief = boxes[9][1]
    pen(s, chief[0] + mm(4), chief[1] + mm(5), f"同意{how}。", rng, size=mm(6), ink=BLACK_PEN)
    pen(s, chief[2] - mm(48), chief[3] - mm(10), f"{korean_name(rng, '男', '金')} {d.month}.{d.day}", rng, size=mm(5),
        ink=BLACK_PEN)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（失信）", "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书"}


def receipt_day(c: CaseCtx, served: Sequence[str], rng: random.Random) -> date:
    return max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 5))


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the old 16开 red-ruled form; the receiver signs, an elderly receiver presses her thumb beside it."""
    to_app = any(x in served for x in ("acceptance_notice", "termination_this_round_ruling", "closing_notice"))
    who = c.applicant if to_app else c.respondent
    s, y = _form_sheet("送达回证")
    x, w = mm(12), s.width - mm(24)
    when = receipt_day(c, served, rng)
    rows = [["案　号", c.number], ["送达文书", "；".join(f"{NAMES.get(v, v)}一份" for v in served)],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人签名", ""], ["签收日期", ""],
            ["代收人及理由", ""], ["送达人", ""], ["备　考", ""]]
    ko = ["사건번호", "송달문서", "수송달인", "송달주소", "수송달인서명", "수령날자", "대리수령인", "송달인", "비　고"]
    hs = [mm(13), mm(20), mm(13), mm(17), mm(26), mm(13), mm(14), mm(13), mm(20)]
    boxes = rgrid(s, x, y + mm(2), [mm(38), w - mm(38)], rows, form_font(4.1), heights=hs, ko=ko)
    right = [row[1] for row in boxes]
    signer = who.legal_rep if who.kind == "organisation" else who.name
    pen(s, right[4][0] + mm(10), right[4][1] + mm(7), signer, rng, size=mm(7.5))
    if tale(c) == "elder" and who is c.applicant:
        thumbprint(s, right[4][0] + mm(48), right[4][1] + mm(4), rng)
    pen(s, right[5][0] + mm(6), right[5][1] + mm(3), num_date(when), rng, size=mm(5.5))
    pen(s, right[7][0] + mm(6), right[7][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=mm(5.5), ink=BLACK_PEN)
    court_seal(s, right[5][2] - mm(32), right[5][1] + mm(4), rng, radius=mm(18))
    s.text(x, boxes[-1][0][3] + mm(3), "注：受送达人拒收的，送达人应在备考栏注明。수송달인이 거부하면 비고란에 기입한다.",
           font("sans", mm(3.1)))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's kraft cover: bilingual head, a black frame of particulars filled in by hand."""
    s = Sheet(size=A4, paper=(222, 204, 168))
    x0, x1 = mm(22), s.width - mm(22)
    s.centred(mm(26), COURT_KO, font("sans_bold", mm(6)), spacing=mm(2))
    s.centred(mm(38), COURT, font("serif_bold", mm(9)), spacing=mm(1.5))
    s.centred(mm(58), "집 행 권 종", font("sans", mm(6)))
    s.centred(mm(68), "执 行 卷 宗", font("hei", mm(15)), spacing=mm(6))
    s.text(x1 - mm(60), mm(92), "卷宗号", form_font(4.2))
    pen(s, x1 - mm(42), mm(90), f"{c.filed_on.year}-执-{rng.randint(300, 900)}", rng, size=mm(5.5), ink=BLACK_PEN)
    ttr = c.method == "terminated_this_round"
    rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", c.basis_number], ["结案方式", "终结本次执行程序" if ttr else "执行完毕"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["承办人", c.officer], ["书记员", c.clerk],
            ["归档日期", num_date(d)], ["保管期限", "长期"], ["本卷页数", f"{rng.randint(52, 74)}页"]]
    boxes = rgrid(s, x0, mm(104), [mm(42), x1 - x0 - mm(42)], [[k, ""] for k, _ in rows], form_font(4.6), heights=mm(12.5),
                  ink=(40, 30, 20))
    for (_k, v), row in zip(rows, boxes, strict=True):
        pen(s, row[1][0] + mm(4), row[1][1] + mm(2.5), v, rng, size=mm(5.6), ink=BLACK_PEN)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """卷内目录 on a red-ruled A4 sheet, typed entries, page numbers filled in by hand."""
    items = ["卷内目录", "立案审批表", "执行申请书", "民事判决书（二审）", "生效证明书", "财产线索表", "执行费票据",
             "营业执照、身份证复印件", "授权委托书、所函、执业证", "收款确认书、送达地址确认书", "受理案件通知书", "交纳执行费通知书",
             "执行通知书、报告财产令", "财产申报表", "网络查控反馈", "执行裁定书（冻结、划拨）", "协助执行通知书", "传票",
             "调查笔录", "限制消费令", "失信决定书", "谈话笔录", "执行裁定书（终本）", "结案审批表", "送达回证", "复核表、备考表"]
    s = Sheet(size=A4)
    s.centred(mm(16), COURT_KO + "　" + COURT, form_font(4.2))
    s.centred(mm(25), "권 내 목 록", font("sans", mm(4.5)))
    s.centred(mm(33), "卷 内 目 录", font("serif_bold", mm(8)), spacing=mm(2))
    s.text(mm(18), mm(48), f"案号：{c.number}", form_font(4.2))
    rows = [["顺序号", "文件材料名称", "页　号", "备　注"]] + [[str(i), name, "", ""] for i, name in enumerate(items, 1)]
    boxes = rgrid(s, mm(18), mm(56), [mm(20), mm(110), mm(22), mm(22)], rows, form_font(3.8), heights=mm(7.8), ink=RULE_RED,
                  label_cols=(0, 2, 3))
    page = 1
    for i, row in enumerate(boxes[2:], 1):
        pen(s, row[2][0] + mm(5), row[2][1] + mm(1.2), str(page), rng, size=mm(5), ink=BLACK_PEN)
        page += 1 + (3 if "判决" in items[i] else 1 if "申请书" in items[i] or "笔录" in items[i] else 0)
    s.text(mm(18), s.height - mm(20), "立卷人：", form_font(4))
    pen(s, mm(34), s.height - mm(22), f"{c.clerk}  {num_date(d)}", rng, size=mm(5.4))
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(size=A4)
    y = heading(s, "执行卷宗复核表", y=mm(20), red_head=False, x0=mm(20), x1=s.width - mm(20))
    x, w = mm(20), s.width - mm(40)
    checks = ["立案材料齐全（申请书、执行依据、生效证明、身份证明）", "执行通知书、报告财产令已送达并附回证", "网络查控、实地调查记录完整",
              "限制消费、纳入失信手续完备", "约谈申请执行人笔录在卷", "终本裁定已送达", "卷内目录与材料相符、页码连续", "电子卷宗已同步"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["复核项目", "复核结果"], *[[k, ""] for k in checks],
            ["复核意见", ""], ["复核人", ""]]
    hs = [mm(12)] * 3 + [mm(13)] * len(checks) + [mm(34), mm(14)]
    boxes = rgrid(s, x, y, [mm(110), w - mm(110)], rows, form_font(4), heights=hs, ink=(20, 20, 20), lw=2)
    for row in boxes[3:3 + len(checks)]:
        pen(s, row[1][0] + mm(10), row[1][1] + mm(2.5), "✓ 符合" if rng.random() < 0.2 else "符合", rng, size=mm(5.6))
    pen(s, boxes[-2][1][0] + mm(4), boxes[-2][1][1] + mm(8), "材料齐全，符合归档要求。", rng, size=mm(5.8))
    pen(s, boxes[-1][1][0] + mm(4), boxes[-1][1][1] + mm(3), f"{c.officer}  {num_date(d)}", rng, size=mm(5.4))
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s, y = _form_sheet("卷内备考表")
    x0, x1 = mm(14), s.width - mm(14)
    s.text(x0, y, f"案号：{c.number}", form_font(4))
    y += mm(8)
    s.box(x0, y, x1, s.height - mm(24), width=3, outline=RULE_RED)
    s.text(x0 + mm(4), y + mm(4), "本卷情况说明 / 본 권 정황설명：", form_font(4.2))
    n = rng.randint(52, 74)
    yy = pen(s, x0 + mm(8), y + mm(15), f"本卷共有文件材料{n - 4}件，共{n}页，无照片、光盘。", rng, size=mm(5.8), per_line=18,
             lead=mm(9))
    pen(s, x0 + mm(8), yy, "本案终结本次执行程序，被执行人已限消、纳失，终本后材料入电子卷宗。", rng, size=mm(5.8), per_line=18,
        lead=mm(9))
    base = s.height - mm(80)
    for k, (label, val) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(x0 + mm(70), base + k * mm(14), label, form_font(4.4))
        pen(s, x0 + mm(96), base + k * mm(14) - mm(1.5), val, rng, size=mm(6))
    return [s]

