"""court_gk (陕西省延安市宝塔区人民法院): three dossiers of 延安. A small-loan company enforces a notarised loan (the
宝塔公证处's 公证书 with its 执行证书 behind it) against a 洛川 apple cold store — account frozen, paid, 执行完毕,
archived. A 羊肉 seller enforces this court's judgment against an oil-field service contractor with nothing left: 终本.
A tour-bus company enforces a 民事调解书 against a 红色旅游 guesthouse, settles privately and withdraws: 终结执行 —
without the 收取案款确认书. Every page is a phone photo through an acrylic desk protector under a cool LED lamp."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gk_capture as cap
from dossier.corpus.families.court_gk import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_gk_seqs_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_gk")]
    assert len(seqs) == 3 and all(22000 <= s <= 22999 for s in seqs)
    assert not set(seqs) & {22107, 22214, 22361}, "court_ba's cases"
    assert all(p.name.startswith(f"court_gk_0{i}_") for i, p in enumerate(family_plans("court_gk"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_gk_01", "court_gk_02", "court_gk_03"):
        c = case_of(prefix)
        assert "陕0602执22" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    loan, mutton, bus = case_of("court_gk_01"), case_of("court_gk_02"), case_of("court_gk_03")
    deed = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "公证书" in deed and "强制执行效力" in deed and "洛川苹果" in deed and "陕延宝证字" in deed
    cert = text_of(render("effectiveness_certificate", loan, random.Random(0), []))
    assert "执行证书" in cert and loan.basis_number in cert and "陕延宝证执字" in cert
    assert loan.extra["r_acct"] in text_of(render("enforcement_ruling", loan, random.Random(0), []))
    judgment = text_of(render("enforcement_basis", mutton, random.Random(0), []))
    assert "民事判决书" in judgment and "陕0602民初" in judgment and "羊肉" in judgment and "井场" in judgment
    ttr = text_of(render("termination_this_round_ruling", mutton, random.Random(0), []))
    assert "终结本次执行程序" in ttr
    mediation = text_of(render("enforcement_basis", bus, random.Random(0), []))
    assert "民事调解书" in mediation and "包车费" in mediation and bus.extra["inn"] in mediation
    withdrawal = text_of(render("evidence", bus, random.Random(0), []))
    assert "撤回执行申请书" in withdrawal and "和解" in withdrawal
    ending = text_of(render("termination_ruling", bus, random.Random(0), []))
    assert "执行裁定书" in ending and "撤回执行申请" in ending and "终结" in ending
    assert "本次执行程序" not in ending


def test_the_withdrawal_follows_the_settlement_and_precedes_the_ruling() -> None:
    bus = case_of("court_gk_03")
    assert made_on(bus, "settlement_agreement") < made_on(bus, "evidence") < made_on(bus, "termination_ruling")
    plan = family_plans("court_gk")[2]
    codes = [d.code for d in plan.docs]
    assert codes.index("evidence") < codes.index("termination_ruling")
    assert "payment_account_confirmation" not in codes and plan.method == "terminated"


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_gk_01", "court_gk_02", "court_gk_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gk") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _strip() -> Sheet:
    s = Sheet(size=(mm(150), mm(110)))
    s.lines.append("x")
    return s


def _photo(sheet: Sheet, seed: int, **change: object) -> tuple[cap.DeskPhoto, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi and img.mode == "RGB"
    return plan, np.asarray(img, dtype=np.float32)


def test_the_plans_stay_within_the_theme() -> None:
    plans = [cap.plan_capture(random.Random(s), _strip()) for s in range(120)]
    assert all(150 <= p.dpi <= 220 and 55 <= p.quality <= 85 and p.photo for p in plans)
    assert {p.rotation for p in plans} == {0, 90, 180, 270}
    assert sum(p.rotation != 0 for p in plans) < 40
    assert all(0 < p.barrel < 0.1 for p in plans)


def test_the_desk_shows_round_the_page_and_the_lamp_light_is_cool_and_uneven() -> None:
    _, a = _photo(_strip(), 5, rotation=0, streak=(0.5, 0.5, 0.0, 0.0), window=(0.1, 0.1, 0.2, 0.2, 0.0),
                     ceiling=(0.5, 0.5, 0.05, 0.0), lamp=(-0.25, 0.5), falloff=0.3, noise=1.0)
    h, w, _ = a.shape
    corner = a[: h // 60, : w // 60].mean(axis=(0, 1))
    assert corner[0] > corner[2] + 10 and corner.mean() < 120, "dark walnut in the corner"
    mid = a[h // 3: 2 * h // 3]
    near, far = mid[:, w // 8: w // 4].mean(), mid[:, -w // 4: -w // 8].mean()
    assert near > far + 8, "brighter on the lamp's side"
    paper = mid[:, w // 8: w // 4].mean(axis=(0, 1))
    assert paper[2] > paper[0], "cool-white LED"


def test_the_lamp_streak_brightens_without_hiding_the_print() -> None:
    s = _strip()
    s.image.paste((0, 0, 0), (0, mm(50), s.width, mm(60)))
    flat = dict(rotation=0, window=(0.1, 0.1, 0.2, 0.2, 0.0), ceiling=(0.5, 0.5, 0.05, 0.0), noise=1.0, barrel=0.0)
    _, off = _photo(s, 7, streak=(0.5, 0.5, 90.0, 0.0), **flat)
    _, on = _photo(s, 7, streak=(0.5, 0.5, 90.0, 90.0), streak_width=0.03, **flat)
    h, w, _ = on.shape
    band = slice(round(h * 0.5), round(h * 0.54))
    col = slice(w // 2 - 3, w // 2 + 3)
    assert on[band, col].mean() > off[band, col].mean() + 30, "the streak lightens the black band"
    assert on[band, col].mean() < on[h // 6: h // 6 + 5, col].mean() - 60, "yet the band still reads dark"
