"""The family court_aw (河北省廊坊市广阳区人民法院, held out: drawn without looking at the page reader). 广阳 lies between
北京 and 天津: a property-service company's 物业费 judgment against an owner who works in 北京, paid when his employer
withheld his salary on the court's 协助执行通知书; a 廊坊仲裁委员会 award on a logistics-park warehouse lease, settled by
执行和解协议, paid and archived; a 北京市通州区人民法院 judgment for a furniture maker's unpaid sofas, paid, but handed in
without its 结案审批表. Every page carries the archive room's boxed 档案号/页号 stamp; some, the undertaker's circled
pencil numbers."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, credit_code, id_number
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_aw_papers as papers
from dossier.corpus.families.court_aw_kit import archive_stamp, pencil_number

FEE_SEQ, LEASE_SEQ, SOFA_SEQ = 12071, 12158, 12236
"""the three case numbers: the 物业费 case, the warehouse award (archived), the sofa judgment (no approval form)"""

CODES: frozenset[str] = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "settlement_agreement", "payment_voucher", "closing_notice", "closing_approval_form",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})

UNNUMBERED = {"dossier_cover", "catalogue", "remarks_sheet"}
"""封面, 卷内目录 and 备考表 carry no page number"""

GIVEN_AW = ["振江", "海生", "淑芬", "立群", "建华", "秋菊", "宝山", "桂荣", "凤霞", "德水", "玉洁", "长顺", "雅楠", "子墨"]
FAMILY_AW = "郑吕付白孟齐檀边冉卜房臧"


def _person(rng: random.Random, region: str, city: str, street: str) -> Party:
    from datetime import date
    born = date(rng.randint(1970, 1994), rng.randint(1, 12), rng.randint(1, 28))
    return Party(rng.choice(FAMILY_AW) + rng.choice(GIVEN_AW), "person", id_number(rng, region, born),
                 f"{city}{street}", f"1{rng.choice('3589')}{rng.randint(100000000, 999999999)}", born=born,
                 sex=rng.choice("男女"))


def _org(rng: random.Random, name: str, region: str, address: str, phone: str, rep: str) -> Party:
    return Party(name, "organisation", credit_code(rng, region), address, phone, legal_rep=rep)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Move the case to 廊坊广阳: its parties, its basis and the story it belongs to (by its number)."""
    seq = int(c.number.split("执")[-1].rstrip("号"))
    y = c.filed_on.year
    rep = rng.choice(FAMILY_AW) + rng.choice(GIVEN_AW)
    if seq == LEASE_SEQ:
        c.extra["aw"] = "lease"
        c.applicant = _org(rng, "廊坊临空港润仓储物流有限公司", "131003", "河北省廊坊市广阳区九州镇物流园区港润路8号",
                           "0316-5917736", rep)
        c.respondent = _org(rng, "北京优居美家家具有限公司", "110112", "北京市通州区台湖镇光机电产业园兴光二街12号",
                            "010-80561275", rng.choice(FAMILY_AW) + rng.choice(GIVEN_AW))
        c.basis_court = "廊坊仲裁委员会"
        c.basis_number = f"（{y - 1}）廊仲裁字第{rng.randint(300, 899)}号"
        c.amount = Decimal(rng.randint(28000000, 46000000)) / 100
        c.firm = "河北安次律盛律师事务所"
    elif seq == SOFA_SEQ:
        c.extra["aw"] = "sofa"
        c.applicant = _org(rng, "廊坊市广阳区木森家具厂", "131003", "河北省廊坊市广阳区万庄镇西万庄村南",
                           "0316-2798103", rep)
        c.respondent = _org(rng, "北京悦途酒店管理有限公司", "110112", "北京市通州区新华西街58号院2号楼6层",
                            "010-69541382", rng.choice(FAMILY_AW) + rng.choice(GIVEN_AW))
        c.basis_court = "北京市通州区人民法院"
        c.basis_number = f"（{y - 1}）京0112民初{rng.randint(21000, 38999)}号"
        c.amount = Decimal(rng.randint(9000000, 16000000)) / 100
        c.firm = "北京京廊律师事务所"
    else:
        c.extra["aw"] = "fee"
        c.applicant = _org(rng, "廊坊市恒泰祥和物业服务有限公司", "131003", "河北省廊坊市广阳区新源道银河南路交口祥和家园底商3号",
                           "0316-2265809", rep)
        c.respondent = _person(rng, "131003", "河北省廊坊市广阳区", f"新源道祥和家园{rng.randint(3, 19)}号楼"
                               f"{rng.randint(1, 3)}单元{rng.randint(2, 26)}0{rng.randint(1, 4)}室")
        c.basis_court = "廊坊市广阳区人民法院"
        c.basis_number = f"（{y - 1}）冀1003民初{rng.randint(5000, 9999)}号"
        c.amount = Decimal(rng.randint(1100000, 2600000)) / 100
        c.firm = "河北广阳正衡律师事务所"
        c.extra["employer"] = "北京中科鼎易信息技术有限公司"
    c.basis_kind = "arbitration" if seq == LEASE_SEQ else "judgment"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 120))
    c.agent = rng.choice(FAMILY_AW) + rng.choice(GIVEN_AW)
    c.agent_phone = f"138{rng.randint(10000000, 99999999)}"
    c.extra["licence"] = f"1{'1' if seq == SOFA_SEQ else '3'}10{rng.randint(2010, 2020)}1{rng.randint(1000000, 9999999)}"


def story(c: CaseCtx) -> str:
    return str(c.extra.get("aw", "fee"))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Draw `code`, then let the archive room stamp every numbered page and the undertaker pencil some."""
    sheets = papers.draw(code, c, rng, served)
    if code in UNNUMBERED:
        return sheets
    pencilled = rng.random() < 0.45
    for sh in sheets:
        page = int(c.extra.get("aw_page", 0)) + 1
        c.extra["aw_page"] = page
        archive_stamp(sh, c, page, rng)
        if pencilled:
            pencil_number(sh, page, rng)
    return sheets
