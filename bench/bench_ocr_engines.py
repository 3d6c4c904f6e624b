"""Which OCR engine reads our scans best? Prints page doc-type accuracy and seconds per page for each
engine on synthetic degraded pages (not a timed test).

Pages: documents composed with dossier.samples (court, title, case number, body, tables), rasterised
at 150 dpi and scanned badly: skew up to ±1.5°, one sheet in six upside down, blur, noise, JPEG 40,
letter-spaced titles, a red seal over some titles, receipts naming the document they serve, later
pages without title. The same pages also go through the naive way (full-page Tesseract at 300 dpi,
then a search for the first title word) on a subset, for the speed ratio.

    .venv/bin/python bench/bench_ocr_engines.py [--docs 24] [--engines rapidocr,tesseract] [--naive 8]

When samples/dossiers/ holds sample dossiers (with truth.json), each engine also reads them and the
page doc-type accuracy and seconds per page on those are printed.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from dossier.doctypes import doctypes  # noqa: E402
from dossier.intake.case_file import load_case  # noqa: E402
from dossier.ocr import analyse  # noqa: E402
from dossier.ocr._exec import tesseract  # noqa: E402
from dossier.ocr.titles import match_title  # noqa: E402
from dossier.samples.compose import compose_pdf, content_for  # noqa: E402
from dossier.samples.marks import stamp_seal  # noqa: E402
from dossier.samples.scanner import Degradation, degrade, rasterise  # noqa: E402

TYPES = ["enforcement_application", "acceptance_notice", "enforcement_notice", "property_report_order",
         "interview_record", "investigation_record", "online_inquiry_result", "consumption_restriction_order",
         "dishonest_list_decision", "enforcement_ruling", "termination_this_round_ruling", "closing_approval_form",
         "payment_voucher", "closing_notice", "power_of_attorney", "service_address_confirmation",
         "file_review_form", "remarks_sheet", "service_receipt", "service_receipt"]
SERVED = ["enforcement_notice", "property_report_order", "termination_this_round_ruling", "acceptance_notice"]


@dataclass
class TruthPage:
    doc_type: str
    served: str | None


def make_pages(n_docs: int, seed: int) -> tuple[list[Image.Image], list[TruthPage], list[bytes]]:
    """Degraded page images, their truth, and the clean PDF of each page (for the naive 300 dpi run)."""
    rng = random.Random(seed)
    case = load_case(REPO / "samples" / "case.json")
    images: list[Image.Image] = []
    truth: list[TruthPage] = []
    clean: list[bytes] = []
    for i in range(n_docs):
        code = TYPES[i % len(TYPES)]
        served = rng.choice(SERVED) if code == "service_receipt" else None
        pages = 2 if code in ("interview_record", "enforcement_ruling") else 1
        content = content_for(case, code, rng=rng, pages=pages, served=served)
        pdf = compose_pdf(case, content, letter_spaced=rng.random() < 0.25)
        for j, page in enumerate(rasterise(pdf, dpi=150)):
            if j == 0 and rng.random() < 0.25:
                stamp_seal(page, case.court, rng=rng, at=(rng.uniform(0.45, 0.6), 0.17))
            how = Degradation(skew_deg=rng.uniform(-1.5, 1.5), upside_down=rng.random() < 1 / 6,
                              blur=rng.uniform(0.3, 0.8), noise=rng.uniform(4, 9), jpeg_quality=40)
            images.append(degrade(page, how, rng=rng))
            truth.append(TruthPage(code if j == 0 else "continuation", served if j == 0 else None))
            clean.append(pdf)
    return images, truth, clean


def images_pdf(images: list[Image.Image], path: Path) -> Path:
    """An image-only PDF, one JPEG (quality 40) per page, as an office scanner writes it."""
    first, *rest = [im.convert("L") for im in images]
    first.save(path, "PDF", save_all=True, append_images=rest, resolution=150.0, quality=40)
    return path


def run_engine(engine: str, pdf: Path, truth: list[TruthPage], case_number: str) -> dict[str, float]:
    list(analyse([pdf], engine=engine, expected_case_number=case_number))  # warm the engine up once
    started = time.perf_counter()
    results = list(analyse([pdf], engine=engine, expected_case_number=case_number))
    elapsed = time.perf_counter() - started
    right = sum(r.doc_type == t.doc_type for r, t in zip(results, truth, strict=True))
    receipts = [(r, t) for r, t in zip(results, truth, strict=True) if t.served]
    served_ok = sum(t.served in r.served_doc_types for r, t in receipts)
    titled = [(r, t) for r, t in zip(results, truth, strict=True) if t.doc_type != "continuation"]
    numbered = sum(r.case_number == case_number for r, _ in titled)
    per_page = [r.seconds for r in results]
    wrong = [(t.doc_type, r.doc_type) for r, t in zip(results, truth, strict=True) if r.doc_type != t.doc_type]
    if wrong:
        print(f"  {engine} mistakes (truth → read): {wrong}")
    return {"accuracy": right / len(truth), "served": served_ok / max(1, len(receipts)),
            "case_number": numbered / max(1, len(titled)), "s_per_page": elapsed / len(truth),
            "p95": sorted(per_page)[int(0.95 * (len(per_page) - 1))],
            "unreadable": sum(not r.readable for r in results) / len(truth)}


def naive_first_title(text: str) -> str:
    """The naive classifier: the first line of the full-page text that is a vocabulary title."""
    for line in text.splitlines():
        match = match_title(line, tall=True)
        if match is not None:
            return match.code
    return "continuation"


def run_naive(clean: list[bytes], images: list[Image.Image], truth: list[TruthPage], n: int) -> dict[str, float]:
    """Full-page Tesseract chi_sim at 300 dpi on every page (the scan re-rendered at 300 dpi)."""
    right, started = 0, time.perf_counter()
    for image, t in zip(images[:n], truth[:n], strict=True):
        big = image.resize((image.width * 2, image.height * 2), Image.Resampling.BICUBIC)
        code = naive_first_title(tesseract.image_to_string(big, psm=3))  # type: ignore[arg-type]
        right += code == t.doc_type
    return {"accuracy": right / n, "s_per_page": (time.perf_counter() - started) / n}


def run_samples(engine: str) -> tuple[float, float, int] | None:
    """Page doc-type (and readability) accuracy and s/page over samples/dossiers/*/truth.json."""
    root = REPO / "samples" / "dossiers"
    folders = sorted(p for p in root.glob("*") if (p / "truth.json").is_file()) if root.is_dir() else []
    if not folders:
        return None
    right = total = 0
    elapsed = 0.0
    for folder in folders:
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        case_number = json.loads((folder / "case.json").read_text(encoding="utf-8"))["case_number"]
        started = time.perf_counter()
        pages = list(analyse([folder / s for s in truth["scans"]], engine=engine, expected_case_number=case_number))
        elapsed += time.perf_counter() - started
        for page, want in zip(pages, truth["pages"], strict=True):
            total += 1
            right += page.doc_type == want["doc_type"] and page.readable == want["readable"]
    return right / total, elapsed / total, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=24)
    parser.add_argument("--engines", default="rapidocr,tesseract")
    parser.add_argument("--naive", type=int, default=8, help="pages for the naive full-page run (0: skip)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    assert all(code in doctypes() for code in TYPES)
    images, truth, clean = make_pages(args.docs, args.seed)
    case_number = load_case(REPO / "samples" / "case.json").case_number
    print(f"{len(images)} synthetic degraded pages ({args.docs} documents), 150 dpi, JPEG 40")
    rows: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        pdf = images_pdf(images, Path(tmp) / "scan.pdf")
        for engine in args.engines.split(","):
            rows[engine] = run_engine(engine, pdf, truth, case_number)
    if args.naive and tesseract.available():
        rows["naive tesseract 300 dpi"] = run_naive(clean, images, truth, min(args.naive, len(images)))
    print(f"{'engine':<26}{'doc-type acc':>13}{'served':>8}{'case no.':>9}{'unread.':>8}{'s/page':>8}{'p95 s':>7}")
    for name, row in rows.items():
        print(f"{name:<26}{row['accuracy']:>13.1%}{row.get('served', float('nan')):>8.0%}"
              f"{row.get('case_number', float('nan')):>9.0%}{row.get('unreadable', float('nan')):>8.0%}"
              f"{row['s_per_page']:>8.2f}{row.get('p95', float('nan')):>7.2f}")
    if "naive tesseract 300 dpi" in rows:
        naive = rows["naive tesseract 300 dpi"]["s_per_page"]
        for name in args.engines.split(","):
            print(f"speed-up of {name} over the naive way: {naive / rows[name]['s_per_page']:.1f}×")
    print(f"median page time, pipeline: {statistics.median([rows[e]['s_per_page'] for e in args.engines.split(',')]):.2f} s")
    for engine in args.engines.split(","):
        found = run_samples(engine)
        if found is not None:
            accuracy, seconds, pages = found
            print(f"sample dossiers, {engine}: {pages} pages, doc-type accuracy {accuracy:.1%}, {seconds:.2f} s/page")


if __name__ == "__main__":
    main()
