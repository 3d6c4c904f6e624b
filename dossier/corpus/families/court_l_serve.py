"""How court_l proves service (集约送达 by its 送达中心): an EMS 法院专递 邮件详情单 with the 妥投 trace printed
beneath; an 电子送达凭证 from the Jiangsu courts' e-service platform; or a paper 送达回证 of the 送达中心's form.
Each names the papers served and the case number."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, num_date, person_name
from dossier.corpus.draw import hand, mm, seal, table
from dossier.corpus.families.court_l_kit import COURT, HAND_INK, LSheet, band, footer_of, form, hei, song
from dossier.corpus.fonts import font

CODES = frozenset({"service_receipt"})
TITLES = {"acceptance_notice": "受理执行案件通知书", "payment_notice": "交纳执行申请费通知书", "enforcement_notice": "执行通知书",
          "property_report_order": "报告财产令", "consumption_restriction_order": "限制消费令",
          "dishonest_list_decision": "决定书（纳入失信）", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
          "termination_ruling": "执行裁定书（终结执行）", "enforcement_ruling": "执行裁定书", "summons": "传票"}
KINDS = ("ems", "electronic", "paper")


def papers_named(served: list[str]) -> str:
    return "、".join(TITLES.get(s, s) for s in served)


def receipt_kind(served: list[str], rng: random.Random) -> str:
    """The applicant gets its 受理通知书 electronically as a rule; the respondent company is mailed by EMS; the
    rest are paper 送达回证 signed at the court or on the spot."""
    if served == ["acceptance_notice"]:
        return rng.choices(KINDS, weights=[1, 6, 1])[0]
    return rng.choices(KINDS, weights=[5, 1, 3])[0]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[LSheet]:
    if code != "service_receipt":
        raise KeyError(code)
    to_applicant = served == ["acceptance_notice"]
    who = c.applicant.name if to_applicant else c.respondent.name
    kind = receipt_kind(served, rng)
    first = min(({"acceptance_notice": 0, "enforcement_notice": 3, "property_report_order": 3,
                  "consumption_restriction_order": 35, "dishonest_list_decision": 36}.get(s, (c.closed_on - c.filed_on).days - 3)
                 for s in served), default=0)
    sent = c.day(first + 1)
    if kind == "ems":
        return [ems_slip(c, rng, who, served, sent)]
    if kind == "electronic":
        return [e_service(c, rng, who, served, sent)]
    rows = [["案号", c.number], ["送达文书名称及件数", f"{papers_named(served)}各一份"], ["受送达人", who],
            ["送达地点", c.respondent.address if not to_applicant else c.applicant.address], ["受送达人签名或盖章", ""],
            ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", f"{c.clerk}、{person_name(rng)}"], ["备注", ""]]
    s = form("送达回证", rows, "", rng, cols=(54, 120), row_h=15, seal_it=False, head="苏州工业园区人民法院送达中心",
             filled={4: c.respondent.legal_rep if not to_applicant else (c.applicant.legal_rep or c.applicant.name),
                     5: num_date(sent + timedelta(days=1))})
    seal(s, mm(150), mm(180), COURT, rng, radius=mm(18))
    return [s]


def ems_slip(c: CaseCtx, rng: random.Random, who: str, served: list[str], sent: date) -> LSheet:
    """The EMS 法院专递 邮件详情单 as printed from the post's system, its 妥投 trace below."""
    s = LSheet(loose=True)
    y = band(s, mm(12), "苏州工业园区人民法院送达中心")
    s.centred(y + mm(5), "EMS 法院专递　邮件详情单", hei(6.4))
    no = f"1{rng.randint(100000000, 999999999)}{rng.randint(10, 99)}"
    f = song(3.8)
    rows = [["邮件号", no, "业务种类", "法院专递"], ["寄件人", COURT, "寄件地址", c.court.address],
            ["收件人", who, "收件地址", c.respondent.address if who == c.respondent.name else c.applicant.address],
            ["案号", c.number, "内件", papers_named(served)], ["承办人", c.officer, "收寄日期", num_date(sent)]]
    y = table(s, mm(16), y + mm(20), [mm(24), mm(62), mm(24), mm(68)], rows, f, row_h=mm(16), width=2)
    s.text(mm(16), y + mm(8), "邮件跟踪信息", font("sans_bold", mm(4.4)))
    trace = [["时间", "处理机构", "处理信息"]]
    day = sent
    events = ["苏州工业园区法院专递揽投部已收寄", "离开苏州处理中心，发往苏州工业园区", "到达苏州工业园区星湖营业部",
              "正在投递，投递员：" + person_name(rng), f"已妥投，签收人：{'单位收发章' if rng.random() < 0.5 else '本人'}"]
    for k, ev in enumerate(events):
        trace.append([f"{num_date(day + timedelta(days=k // 2))} {8 + k * 2:02d}:{rng.randint(0, 59):02d}",
                      "苏州工业园区" if k else "苏州市", ev])
    end = table(s, mm(16), y + mm(16), [mm(50), mm(40), mm(88)], trace, song(3.5), row_h=mm(11), width=1)
    hand(s, mm(24), end + mm(14), "妥投，附卷", rng, size=mm(5.4), ink=HAND_INK)
    s.text(mm(110), end + mm(16), f"打印人：{c.clerk}", f)
    footer_of(s, 1, 1)
    return s


def e_service(c: CaseCtx, rng: random.Random, who: str, served: list[str], sent: date) -> LSheet:
    """The 电子送达凭证 the Jiangsu courts' e-service platform issues once the addressee has read the papers."""
    s = LSheet(loose=True)
    s.centred(mm(22), "江苏法院电子送达平台", font("sans", mm(4.6)), fill=(30, 80, 150))
    s.centred(mm(34), "电 子 送 达 凭 证", hei(8.0))
    phone = c.agent_phone if who == c.applicant.name else c.respondent.phone
    masked = phone[:3] + "****" + phone[-4:] if len(phone) >= 8 else phone
    rows = [["案号", c.number], ["承办法院", COURT], ["受送达人", who], ["送达方式", "短信 + 江苏法院送达平台"],
            ["送达号码", masked], ["送达文书", papers_named(served)], ["发送时间", f"{num_date(sent)} 10:{rng.randint(10, 59)}"],
            ["送达状态", "已送达（受送达人已查阅）"], ["查阅时间", f"{num_date(sent)} {rng.randint(11, 20)}:{rng.randint(10, 59)}"]]
    table(s, mm(22), mm(52), [mm(40), mm(126)], rows, song(4.0), row_h=mm(13), width=1)
    s.text(mm(22), mm(182), "根据《中华人民共和国民事诉讼法》第九十条，经受送达人同意，采用电子方式送达。", song(3.6))
    s.right(s.width - mm(24), mm(204), f"{COURT}送达中心", song(4.0))
    seal(s, s.width - mm(52), mm(208), COURT, rng, radius=mm(18))
    footer_of(s, 1, 1)
    return s
