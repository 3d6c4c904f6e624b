"""court_ed: 山东省日照市东港区人民法院执行局. Three 日照 cases — a 港口 stevedoring company against a steel/ore
logistics firm (judgment of 东港法院, paid after the account was frozen, archived); a 日照绿茶 growers' co-operative's
日照仲裁委员会 award against a seaside homestay operator (nothing found, 终本); a 民间借贷 judgment against a fishing-boat
owner (settled and paid, handed in without the 财产线索表).

The court's own papers are drawn in court_ed_kit (the bureau's 仿宋-like print, court name letter-spaced over a bold
title, a page footer 第x页 共y页); what it receives — the basis, the lawyers' papers, forms filled at the window, bank and
registry sheets — in court_ed_papers."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, credit_code, id_number, person_name
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ed_kit as kit
from dossier.corpus.families import court_ed_papers as papers
from dossier.corpus.families.court_ed_capture import COURT, FIRM

PORT_SEQ, TEA_SEQ, BOAT_SEQ = 47182, 47358, 47611

CODES: frozenset[str] = kit.OWN | papers.RECEIVED

_WHEN = {
    "enforcement_application": -3, "property_clue_form": -3, "power_of_attorney": -5, "law_firm_letter": -4,
    "lawyer_license": -4, "identity_proof": -4, "payment_account_confirmation": 0, "service_address_confirmation": 0,
    "fee_receipt": 0, "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
    "property_declaration_form": 3, "online_inquiry_result": 4, "enforcement_ruling": 6, "assistance_notice": 6,
    "summons": 20, "consumption_restriction_order": 24, "dishonest_list_decision": 24, "investigation_record": 35,
    "interview_record": 98, "settlement_agreement": 40, "payment_voucher": 52,
}


def made_on(c: CaseCtx, code: str) -> date:
    """The day a paper of the case was made: the basis before filing, the closing papers at the close."""
    if code == "enforcement_basis":
        return c.basis_effective - timedelta(days=18)
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=9)
    if code in _WHEN:
        return c.day(_WHEN[code])
    if code in ("termination_this_round_ruling", "closing_notice"):
        return c.closed_on - timedelta(days=3)
    if code in ("closing_approval_form",):
        return c.closed_on - timedelta(days=2)
    if code in ("file_review_form", "remarks_sheet", "catalogue", "dossier_cover"):
        return c.closed_on + timedelta(days=4)
    return c.filed_on


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """日照 parties and the basis of each tale (by the case's sequence number)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    tale = {PORT_SEQ: "port", TEA_SEQ: "tea", BOAT_SEQ: "boat"}[seq]
    c.extra["tale"] = tale
    c.firm = rng.choice(["山东日照海曲律师事务所", "山东港城律师事务所", "山东岚山湾律师事务所"])
    c.extra["firm_addr"] = f"日照市东港区{rng.choice(['海曲东路', '威海路', '泰安路'])}{rng.randint(10, 399)}号"
    c.extra["licence"] = f"1371120{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["president"] = person_name(rng)
    c.extra["chief"] = person_name(rng)
    c.extra["officer_no"] = f"37110{rng.randint(2000, 2999)}"
    c.extra["res_bank"] = rng.choice(["日照银行岚山支行", "中国建设银行日照分行", "中国工商银行日照港支行"])
    c.extra["bank"] = rng.choice(["日照银行东港支行", "中国农业银行日照东港支行", "日照农村商业银行秦楼支行"])
    c.extra["acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    if tale == "port":
        c.applicant = Party(f"日照{rng.choice(['港泰', '海通', '石臼'])}港口装卸有限公司", "organisation",
                            credit_code(rng, "371102"), f"山东省日照市东港区黄海一路{rng.randint(10, 200)}号",
                            f"0633-83{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"日照{rng.choice(['钢联', '金岚', '矿通'])}钢铁物流有限公司", "organisation",
                             credit_code(rng, "371103"), f"山东省日照市岚山区岚山港路{rng.randint(1, 90)}号",
                             f"0633-26{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = c.court.name
        c.basis_number = f"（2023）鲁1102民初{rng.randint(3000, 9999)}号"
        c.amount = Decimal(rng.randint(38_000_000, 96_000_000)) / 100
        c.extra["cause"] = "港口作业合同纠纷"
        c.extra["story"] = "铁矿石及钢卷装卸、堆存作业费"
    elif tale == "tea":
        c.applicant = Party(f"日照市东港区{rng.choice(['河山', '三庄', '后村'])}绿茶种植专业合作社", "organisation",
                            credit_code(rng, "371102"), f"山东省日照市东港区{rng.choice(['河山镇', '三庄镇', '后村镇'])}"
                            f"{rng.choice(['东', '西', '北'])}沟村", f"0633-85{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"日照{rng.choice(['听海', '蓝湾', '金沙滩'])}民宿管理有限公司", "organisation",
                             credit_code(rng, "371102"), f"山东省日照市东港区海滨五路{rng.randint(20, 300)}号",
                             f"0633-86{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "arbitration"
        c.basis_court = "日照仲裁委员会"
        c.basis_number = f"（2023）日仲裁字第{rng.randint(100, 899)}号"
        c.amount = Decimal(rng.randint(9_000_000, 26_000_000)) / 100
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["story"] = "日照绿茶货款"
    else:
        born = date(rng.randint(1966, 1984), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "371102", born),
                             f"山东省日照市东港区{rng.choice(['石臼街道', '两城街道', '涛雒镇'])}"
                             f"{rng.choice(['王家皂', '任家台', '渔港'])}村{rng.randint(1, 180)}号",
                             f"158{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.basis_kind = "judgment"
        c.basis_court = c.court.name
        c.basis_number = f"（2023）鲁1102民初{rng.randint(3000, 9999)}号"
        c.amount = Decimal(rng.randint(12_000_000, 45_000_000)) / 100
        c.extra["cause"] = "民间借贷纠纷"
        c.extra["story"] = f"购置渔船（鲁日渔{rng.randint(60000, 69999)}）借款"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.01 + 50) if c.amount < 10000 else int(
        50 + (min(float(c.amount), 500000) - 10000) * 0.015 + max(float(c.amount) - 500000, 0) * 0.01))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.RECEIVED:
        sheets = papers.render(code, c, rng, served, made_on(c, code))
        for s in sheets:  # what the lawyers brought went through the firm's inkjet all-in-one
            s.via = FIRM if code not in papers.AT_WINDOW else COURT  # type: ignore[attr-defined]
        return sheets
    when = made_on(c, code)
    if code == "service_receipt" and served:  # the 回证 is filled the day after the papers it serves
        when = max(made_on(c, s) for s in served) + timedelta(days=1)
    return kit.render(code, c, rng, served, when)
