"""court_gl (江西省鹰潭市月湖区人民法院): three dossiers of 鹰潭. A 贵溪 copper-rod works enforces the 贵溪市人民法院's
judgment against a 月湖 cable maker; a shareholder objects as 利害关系人 to the seizure of the whole cable stock (his
application, ID copy and evidence with the 执行裁定书 in the volume); the maker settles and pays; archived. An old
woman's 鹰潭仲裁委员会 rent award against a 站前 restaurant keeper, her daughter acting for her (户口簿 copy): nothing
found, 终本. A 余江 glasses-frame polisher's 民事调解书 for wages, settled and paid — without her 收取案款确认书.
The bureau printed many of its own papers on reused sheets and pale coloured copy paper; the flatbed shows the old
reverse faintly through, mirrored (and sometimes turned), always fainter than the page's own print."""

from __future__ import annotations

import dataclasses
import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image, ImageOps

from dossier.corpus.build import case_for, plans
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gl_capture as cap
from dossier.corpus.families.court_gl import made_on, render
from dossier.corpus.families.court_gl_kit import STOCKS, Reverse, reverse_of
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_gl_01", "court_gl_02", "court_gl_03")


def test_court_gl_seqs_lie_in_its_range_and_miss_every_other_dossier() -> None:
    ours = family_plans("court_gl")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(28600 <= s <= 28899 for s in seqs)
    assert not set(seqs) & {p.seq for p in plans() if p.family != "court_gl"}
    assert all(p.name.startswith(f"court_gl_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "赣0602执286" in c.number or "赣0602执287" in c.number or "赣0602执288" in c.number
        people = [c.applicant, c.respondent]
        if "objector" in c.extra:
            people.append(c.extra["objector"])
        if "daughter" in c.extra:
            people.append(c.extra["daughter"])
        for p in people:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    rent = case_of("court_gl_02")
    assert rent.applicant.born is not None and rent.applicant.born.year < 1950, "the landlord is an old woman"
    assert rent.extra["daughter"].name[0] != rent.applicant.name[0]


def test_each_story_is_drawn_in_its_makers_words() -> None:
    copper, rent, frame = (case_of(p) for p in PREFIXES)
    rng = random.Random(0)
    judgment = text_of(render("enforcement_basis", copper, rng, []))
    assert "江西省贵溪市人民法院" in judgment and "赣0681民初" in judgment and "铜杆" in judgment and "判决如下" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", copper, rng, []))
    objection = text_of(render("objection_application", copper, rng, []))
    assert "执行异议申请书" in objection and "利害关系人" in objection and "第二百三十六条" in objection
    assert copper.extra["objector"].name in objection and copper.number in objection
    evidence = render("evidence", copper, rng, [])
    assert len(evidence) >= 3 and not any(s.starts_document for s in evidence), "one bundle of evidence"
    words = text_of(evidence).replace(" ", "")
    assert "证据目录" in words and "执行裁定书" in words and "裁定如下" in words and "查封" in words
    assert "股东" in words and copper.extra["objector"].id_number in text_of(
        render("identity_proof", copper, rng, ["objector"]))
    award = text_of(render("enforcement_basis", rent, rng, []))
    assert "鹰潭仲裁委员会" in award and "鹰仲裁字" in award and "裁决如下" in award and "租金" in award
    kin = text_of(render("kinship_proof", rent, rng, []))
    assert "常住人口登记卡" in kin and rent.applicant.id_number in kin and rent.extra["agent_id"] in kin
    ttr = text_of(render("termination_this_round_ruling", rent, rng, []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "第五百一十七条" in ttr
    mediation = text_of(render("enforcement_basis", frame, rng, []))
    assert "民事调解书" in mediation and "赣0603民初" in mediation and "眼镜" in mediation
    inquiry = render("online_inquiry_result", frame, rng, [])
    assert [s.starts_document for s in inquiry] == [False, True], "the bank's reply is its own paper"


def test_the_rent_case_names_its_agent_a_relative_and_the_others_a_lawyer() -> None:
    for i, p in enumerate(plans()):
        if p.family != "court_gl":
            continue
        agent = case_for(p, random.Random(i)).case_json()["applicants"][0]["agent"]
        assert agent["kind"] == ("relative" if "rent" in p.name else "lawyer"), p.name
        codes = {d.code for d in p.docs}
        assert ("kinship_proof" in codes) == ("rent" in p.name)
        assert ("lawyer_license" in codes) != ("rent" in p.name)


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gl") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] < c.closed_on


def test_the_bureau_prints_on_reused_and_coloured_paper_the_parties_on_plain_white() -> None:
    c = case_of("court_gl_02")
    own, theirs = [], []
    for seed in range(12):
        for code in ("acceptance_notice", "enforcement_notice", "summons", "service_receipt", "interview_record"):
            own += render(code, c, random.Random(seed), ["enforcement_notice"] if code == "service_receipt" else [])
        for code in ("enforcement_application", "power_of_attorney", "kinship_proof", "enforcement_basis"):
            theirs += render(code, c, random.Random(seed), [])
    assert sum(reverse_of(s) is not None for s in own) > len(own) / 3
    assert any(s.paper != STOCKS["white"] for s in own) and any(s.paper == STOCKS["white"] for s in own)
    assert all(reverse_of(s) is None and s.paper == STOCKS["white"] for s in theirs)
    assert {r.turned for s in own if (r := reverse_of(s))} == {True, False}


def _front() -> Sheet:
    """A strip of page: the front's own text in the top third, the rest blank but for what shows through."""
    s = Sheet(size=(mm(170), mm(150)))
    for k in range(4):
        s.text(mm(10), mm(8) + k * mm(9), "本院已于二〇二四年立案执行本案，特此通知。", font("serif", 40))
    s.reverse = Reverse("draft", 7, False)  # type: ignore[attr-defined]
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> np.ndarray:
    plan = dataclasses.replace(cap.plan_capture(random.Random(seed), sheet), **change)  # type: ignore[arg-type]
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi and 200 <= plan.dpi <= 300 and 50 <= plan.quality <= 85
    return np.asarray(img.convert("L"), dtype=np.float32)


def test_the_old_reverse_shows_through_mirrored_and_clearly_fainter_than_the_front() -> None:
    s = _front()
    fixed = {"dpi": 200, "skew": 0.0, "rotation": 0, "grey": True, "lamp": 0.0, "noise": 0.5, "blur": 0.3,
             "offset": (0, 0), "cast": (1.0, 1.0, 1.0)}
    a = _scan(s, 1, through=cap.MAX_THROUGH, **fixed)
    h = a.shape[0]
    text_band, haze = a[mm(8): mm(40)], a[h // 2:]
    assert text_band.min() < 90, "the front's own print is dark"
    assert 255 - haze.min() > 12, "the reverse shows"
    assert haze.min() > text_band.min() + 100, "and stays far lighter than the front's print"
    back = 255 - np.asarray(cap.draw_back(Reverse("draft", 7, False), s.size), dtype=np.float32)[h // 2:]
    seen = 255 - haze
    mirrored = np.corrcoef(seen.ravel(), back[:, ::-1].ravel())[0, 1]
    straight = np.corrcoef(seen.ravel(), back.ravel())[0, 1]
    assert mirrored > 0.3 and mirrored > straight + 0.2, (mirrored, straight)
    s.reverse = Reverse("draft", 7, True)  # type: ignore[attr-defined]
    turned = 255 - _scan(s, 1, through=cap.MAX_THROUGH, **fixed)[h // 2:]
    upside = np.asarray(ImageOps.flip(cap.draw_back(Reverse("draft", 7, False), s.size)), dtype=np.float32)[h // 2:]
    assert np.corrcoef(turned.ravel(), (255 - upside).ravel())[0, 1] > 0.3, "turned 180° as well: flipped top to bottom"
    plain = Sheet(size=s.size)
    plain.lines.append("x")
    clean = _scan(plain, 1, **fixed)
    assert clean.min() > 235, "a white sheet with nothing behind it stays clean"


def test_the_flatbed_plans_its_pages_within_the_theme() -> None:
    s = _front()
    many = [cap.plan_capture(random.Random(k), s) for k in range(300)]
    assert all(p.dpi in (200, 240, 300) and 50 <= p.quality <= 85 and abs(p.skew) <= 1.2 and not p.photo for p in many)
    assert {p.rotation for p in many} == {0, 180} and sum(p.rotation == 180 for p in many) < 25
    assert all(0 < p.through <= cap.MAX_THROUGH for p in many)
    assert all(p.through == 0 for p in (cap.plan_capture(random.Random(k), Sheet(size=(10, 10))) for k in range(20)))
    upside = _scan(s, 2, rotation=180, dpi=200, skew=0.0, grey=True, noise=0.5)
    assert upside[-mm(40):].min() < 90 and upside[: mm(40)].min() > 100, "stored turned: the text at the bottom"
