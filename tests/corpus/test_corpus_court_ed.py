"""court_ed (山东省日照市东港区人民法院): three dossiers of the port city. A 港口装卸 company enforces the court's own
judgment for ore and steel-coil stevedoring and storage fees against a steel logistics firm: account frozen, settled,
paid, closed 执行完毕 and archived (cover and catalogue first, 复核表 and 备考表 last). A 日照绿茶 growers' co-operative
enforces a 日照仲裁委员会 award (with its 生效证明) against a seaside homestay operator that shut: nothing found, 限制消费
and 失信, the site visited and the applicant's lawyer heard, 终本. A lender enforces a 民间借贷 judgment against a
fishing-boat owner who settles and pays — without the 财产线索表. The lawyers' papers went through the firm's inkjet
all-in-one (banding, colour cast, misregistration); the court's own through its clean office scanner."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_ed_capture as cap
from dossier.corpus.families.court_ed import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ed_seqs_lie_in_its_range() -> None:
    ps = family_plans("court_ed")
    assert len(ps) == 3 and all(47000 <= p.seq <= 47999 for p in ps)
    assert all(p.name.startswith(f"court_ed_0{i}_") for i, p in enumerate(ps, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ed_01", "court_ed_02", "court_ed_03"):
        c = case_of(prefix)
        assert "鲁1102执47" in c.number
        for p in (c.applicant, c.respondent):
            check = check_credit_code if p.kind == "organisation" else check_id_number
            assert check(p.id_number) is None, (prefix, p.name, p.id_number)
    assert case_of("court_ed_03").respondent.kind == "person"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    port, tea = case_of("court_ed_01"), case_of("court_ed_02")
    basis = text_of(render("enforcement_basis", port, random.Random(1), [])).replace("\u3000", "")
    assert "民事判决书" in basis and "判决如下" in basis and "装卸" in basis
    award = text_of(render("enforcement_basis", tea, random.Random(2), []))
    assert "日照仲裁委员会" in award and "裁决如下" in award and "绿茶" in award
    ruling = text_of(render("termination_this_round_ruling", tea, random.Random(3), []))
    assert "执行裁定书" in ruling and "裁定如下" in ruling and "终结本院" in ruling and "本次执行程序" in ruling
    letter = text_of(render("law_firm_letter", port, random.Random(4), []))
    assert port.firm in letter and "律师事务所函" in letter.replace(" ", "")


def _day(text: str) -> date:
    y, m, d = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)[-1]
    return date(int(y), int(m), int(d))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    tea = case_of("court_ed_02")
    served = ["termination_this_round_ruling"]
    sheets = render("service_receipt", tea, random.Random(5), served)
    signed = _day("".join(t for t in sheets[0].lines if re.search(r"\d{4}年", t)))
    assert signed > made_on(tea, served[0])


def _block(via: str) -> Sheet:
    s = Sheet()
    s.draw.rectangle((mm(40), mm(40), mm(170), mm(120)), fill=(20, 20, 22))
    s.via = via  # type: ignore[attr-defined]
    return s


def _shot(via: str, plan: cap.InkjetScan) -> np.ndarray:
    data = cap.capture(_block(via), plan, random.Random(9))
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=np.float32)


def test_the_firms_inkjet_bands_and_casts_the_black_and_the_court_scans_clean() -> None:
    firm = cap.InkjetScan(dpi=200, rotation=0, photo=False, skew=0.0, quality=80, grey=False, source=cap.FIRM,
                          swath=100, clogged=[(40, 3, 0.8)], cast=(0.75, 0.9, 0.65), shift=(2, 0))
    court = cap.InkjetScan(dpi=200, rotation=0, photo=False, skew=0.0, quality=80, grey=False, source=cap.COURT)
    a, b = _shot(cap.FIRM, firm), _shot(cap.COURT, court)
    y0, y1, x0, x1 = mm(50), mm(110), mm(60), mm(150)
    rows_a = a[y0:y1, x0:x1].mean(axis=(1, 2))
    rows_b = b[y0:y1, x0:x1].mean(axis=(1, 2))
    assert rows_a.max() - np.median(rows_a) > 60  # the clogged rows leave pale stripes across the black
    assert rows_b.max() - np.median(rows_b) < 15
    inside = a[y0:y1, x0:x1].reshape(-1, 3)
    r, _g, bl = np.median(inside, axis=0)
    assert bl - r > 15 and np.median(b[y0:y1, x0:x1]) < 40  # composite black is bluish-purple, not black
    edge = a[mm(80), mm(40) - 6:mm(40) + 6]
    assert np.abs(edge[:, 0] - edge[:, 2]).max() > 40  # red plane out of register: a coloured fringe at the edge


def test_who_handed_a_sheet_in_decides_its_scanner() -> None:
    rng = random.Random(11)
    firm = [cap.plan_capture(rng, _block(cap.FIRM)) for _ in range(20)]
    court = [cap.plan_capture(rng, _block(cap.COURT)) for _ in range(20)]
    assert all(p.source == cap.FIRM and p.swath and 50 <= p.quality <= 80 and p.dpi in (150, 200, 300) for p in firm)
    assert all(p.source == cap.COURT and not p.swath and p.quality >= 75 and abs(p.skew) < 0.5 for p in court)
    tea = case_of("court_ed_02")
    assert cap.via(render("power_of_attorney", tea, random.Random(1), [])[0]) == cap.FIRM
    assert cap.via(render("enforcement_notice", tea, random.Random(1), [])[0]) == cap.COURT
