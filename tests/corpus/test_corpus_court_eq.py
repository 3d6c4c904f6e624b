"""court_eq (山西省吕梁市离石区人民法院): a 2003 借款 judgment of the old 离石市人民法院, typewritten, with its 油印
生效证明 filled by hand, resumed (执恢) in 2024 after its 2009 终本, paid and archived; a coal seller against a shut coke
plant (终本); a 红枣 works' worker's wage award, paid, without the 送达地址确认书. Old papers are scanned aged and in
colour, modern ones clean and grey, on a flatbed."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_eq_capture as cap
from dossier.corpus.families.court_eq import made_on, render
from dossier.corpus.families.court_eq_papers import OLD_PAPER
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_eq_seqs_lie_in_its_range_and_the_first_is_resumed() -> None:
    ps = family_plans("court_eq")
    assert len(ps) == 3 and all(91000 <= p.seq <= 91999 for p in ps)
    assert not {p.seq for p in ps} & {91123, 91257, 91388}
    assert "晋1102执恢" in case_of("court_eq_01").number


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_eq_01", "court_eq_02", "court_eq_03"):
        c = case_of(prefix)
        assert "晋1102执" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    old, coke, wage = case_of("court_eq_01"), case_of("court_eq_02"), case_of("court_eq_03")
    basis = render("enforcement_basis", old, random.Random(0), [])
    assert all(s.paper == OLD_PAPER for s in basis)
    text = text_of(basis)
    assert "山西省离石市人民法院" in text and "（2003）离民初字第" in text and "民法通则" in text
    assert "油印" not in text and "生效证明书" in text_of(render("effectiveness_certificate", old, random.Random(0), []))
    assert "离执字第" in old.previous_number and made_on(old, "termination_this_round_ruling").year == 2009
    resumed = text_of(render("resumption_ruling", old, random.Random(0), []))
    assert "执行裁定书" in resumed and f"恢复{old.previous_number}案件的执行" in resumed
    ttr = text_of(render("termination_this_round_ruling", coke, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本院" in ttr and "焦" in ttr
    assert "劳动人事争议仲裁委员会" in text_of(render("enforcement_basis", wage, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for p in family_plans("court_eq"):
        c = case_of(p.name[:11])
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (p.name, d.served, got)


def _scan(code: str, prefix: str, seed: int) -> tuple[cap.Flatbed, Image.Image]:
    drawn = render(code, case_of(prefix), random.Random(0), [])[0]
    sheet = Sheet(size=(drawn.width, drawn.height // 2), paper=drawn.paper)  # the top half: keeps the test quick
    sheet.image.paste(drawn.image.crop((0, 0, drawn.width, drawn.height // 2)))
    plan = cap.plan_capture(random.Random(seed), sheet)
    plan.dpi = 200  # the lowest the flatbed was set to: keeps the test quick
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi and 200 <= plan.dpi <= 300 and plan.rotation == 0 and not plan.photo
    assert img.width == round(sheet.width * plan.dpi / 200)
    return plan, img


def test_old_papers_are_browned_chipped_and_in_colour() -> None:
    plan, img = _scan("effectiveness_certificate", "court_eq_01", 3)
    assert plan.aged and img.mode == "RGB"
    a = np.asarray(img, dtype=np.float32)
    h, w, _ = a.shape
    mid = a[h // 3: 2 * h // 3, w // 4: 3 * w // 4].reshape(-1, 3)
    paper = np.percentile(mid, 90, axis=0)
    assert paper[0] - paper[2] > 15, "browned: red well above blue"
    rim = a[5:40, w // 4: 3 * w // 4].reshape(-1, 3).mean(axis=0)
    assert rim[2] < paper[2] - 5, "edges browner than the middle"
    head = a[int(h * 0.24): int(h * 0.48), w // 5: 4 * w // 5].reshape(-1, 3)
    ink = head[head.sum(axis=1) < paper.sum() - 150]
    assert len(ink) > 500 and ink[:, 2].mean() > ink[:, 1].mean() + 10, "the stencil ink is purple"


def test_modern_papers_are_clean_grey() -> None:
    plan, img = _scan("enforcement_notice", "court_eq_02", 1)
    assert not plan.aged and img.mode == "L"
    a = np.asarray(img, dtype=np.float32)
    h = a.shape[0]
    assert np.percentile(a[h // 3: 2 * h // 3], 90) > 240
