"""Benchmark of `check-dossier` on the sample dossiers (not a test: it prints figures).

    .venv/bin/python bench/bench_dossier.py [--samples samples/dossiers] [--naive-pages 40] [--rss]

Reports, for the project's pipeline: page doc-type accuracy, decision accuracy, missing-item recall,
incomplete dossiers approved (must be 0) and seconds per page; for the naive way (full-page Tesseract
chi_sim at 300 dpi on every page, then keyword search for titles) its accuracy and seconds per page on
the first N pages, and the speed ratio. `--rss` measures peak memory on a ~40-page and a ≥200-page
dossier (the first sample's scans repeated), each in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from dossier.doctypes import doctypes  # noqa: E402
from dossier.dossier_check.run import run_check  # noqa: E402
from dossier.intake.case_file import load_case  # noqa: E402
from dossier.samples.truth import GroundTruth, sample_dossiers  # noqa: E402

NAIVE_TIMEOUT = 30.0


@dataclass
class Tally:
    pages: int = 0
    pages_right: int = 0
    seconds: float = 0.0
    confusions: dict[str, int] = field(default_factory=dict)
    rows: list[tuple[str, str, float]] = field(default_factory=list)  # expected, got, seconds

    def page(self, expected: str, got: str) -> None:
        self.pages += 1
        if expected == got:
            self.pages_right += 1
        else:
            key = f"{expected}→{got}"
            self.confusions[key] = self.confusions.get(key, 0) + 1

    @property
    def accuracy(self) -> float:
        return self.pages_right / self.pages if self.pages else 0.0

    @property
    def per_page(self) -> float:
        return self.seconds / self.pages if self.pages else 0.0


def bench_pipeline(folders: list[Path]) -> Tally:
    tally = Tally()
    decisions = right_decisions = incomplete_approved = 0
    expected_missing = found_missing = 0
    print(f"{'dossier':38} {'pages':>5} {'s/page':>7} {'page acc':>8}  decision     missing (expected → found)")
    for folder in folders:
        truth = GroundTruth.load(folder)
        case = load_case(folder / truth.case_file)
        start = time.perf_counter()
        result = run_check([folder / s for s in truth.scans], case, truth.stage, today=truth.today)
        elapsed = time.perf_counter() - start
        local = Tally(seconds=elapsed)
        for expected, got in zip(truth.pages, result.pages, strict=True):
            local.page(expected.doc_type, got.doc_type)
            tally.page(expected.doc_type, got.doc_type)
            tally.rows.append((expected.doc_type, got.doc_type, elapsed / len(truth.pages)))
        tally.seconds += elapsed
        decisions += 1
        right_decisions += result.decision == truth.expected_decision
        incomplete_approved += truth.expected_decision == "reject" and result.decision == "approve"
        got_codes = {m.code for m in result.missing}
        expected_missing += len(truth.expected_missing)
        found_missing += len(set(truth.expected_missing) & got_codes)
        print(f"{truth.name:38} {local.pages:5d} {local.per_page:7.2f} {local.accuracy:8.1%}  "
              f"{result.decision:7}{'✓' if result.decision == truth.expected_decision else '✗'}    "
              f"{truth.expected_missing} → {sorted(got_codes)}")
    print(f"\npipeline: {tally.pages} pages, page accuracy {tally.accuracy:.1%}, "
          f"decision accuracy {right_decisions}/{decisions}, incomplete approved {incomplete_approved}, "
          f"missing-item recall {found_missing}/{expected_missing}, {tally.per_page:.2f} s/page")
    if tally.confusions:
        worst = sorted(tally.confusions.items(), key=lambda kv: -kv[1])[:10]
        print("  confusions:", ", ".join(f"{k} ×{v}" for k, v in worst))
    return tally


def _naive_pages(folders: list[Path], limit: int) -> Iterator[tuple[str, object]]:
    import pypdfium2 as pdfium

    n = 0
    for folder in folders:
        truth = GroundTruth.load(folder)
        expected = iter(truth.pages)
        for scan in truth.scans:
            doc = pdfium.PdfDocument(folder / scan)
            for i in range(len(doc)):
                if n >= limit:
                    return
                image = doc[i].render(scale=300 / 72, grayscale=True).to_pil()
                yield next(expected).doc_type, image
                n += 1
            doc.close()


def naive_classify(text: str) -> str:
    """Keyword search as one would write it first: the earliest known title in the page's text."""
    compact = "".join(text.split())
    if len(compact) < 5:
        return "blank"
    best: tuple[int, str] | None = None
    for code, d in doctypes().items():
        for title in d.titles:
            at = compact.find(title)
            if at >= 0 and (best is None or at < best[0]):
                best = (at, code)
    return best[1] if best else "continuation"


def bench_naive(folders: list[Path], limit: int) -> Tally:
    import pytesseract

    tally = Tally()
    timeouts = 0
    for expected, image in _naive_pages(folders, limit):
        start = time.perf_counter()
        try:
            text = pytesseract.image_to_string(image, lang="chi_sim", timeout=NAIVE_TIMEOUT)
        except RuntimeError:  # pytesseract's timeout: the page counts as not recognised, at the cap
            timeouts += 1
            tally.seconds += NAIVE_TIMEOUT
            tally.page(expected, "unknown")
            continue
        tally.seconds += time.perf_counter() - start
        tally.page(expected, naive_classify(text))
    print(f"naive (Tesseract chi_sim full page at 300 dpi + keyword search): {tally.pages} pages, "
          f"page accuracy {tally.accuracy:.1%}, {tally.per_page:.2f} s/page"
          f" ({timeouts} pages hit the {NAIVE_TIMEOUT:.0f} s cap)")
    return tally


def first_pages(pipeline: Tally, limit: int) -> Tally:
    """The pipeline's figures on exactly the pages the naive way read (fair comparison)."""
    tally = Tally()
    for expected, got, seconds in pipeline.rows[:limit]:
        tally.page(expected, got)
        tally.seconds += seconds
    return tally


def rss_child(paths: list[str], case_file: str) -> None:
    """Run one check in this (fresh) process and print its page count and peak RSS."""
    case = load_case(Path(case_file))
    result = run_check([Path(p) for p in paths], case, "closing")
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"pages": len(result.pages), "peak_rss_mib": round(peak_kib / 1024, 1)}))


def bench_rss(folders: list[Path]) -> None:
    first = GroundTruth.load(folders[0])
    case_file = str(folders[0] / first.case_file)
    small = [str(folders[0] / s) for s in first.scans]
    # the same case's scans repeated: ≥ 200 pages of one case (other cases' pages would all be misfiled,
    # which reads them more fully and measures something else)
    large = small * -(-200 // len(first.pages))
    for label, paths in (("small", small), ("large", large)):
        out = subprocess.run([sys.executable, __file__, "--rss-child", case_file, *paths],
                             capture_output=True, text=True, check=True)
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"peak RSS, {label} dossier: {figures['pages']} pages → {figures['peak_rss_mib']} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=Path, default=REPO / "samples" / "dossiers")
    parser.add_argument("--naive-pages", type=int, default=40, help="pages read the naive way (0: skip)")
    parser.add_argument("--rss", action="store_true", help="also measure peak RSS for ~40 and ~200 pages")
    parser.add_argument("--rss-only", action="store_true", help="only the peak-RSS measurement")
    parser.add_argument("--rss-child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rss_child:
        rss_child(args.rss_child[1:], args.rss_child[0])
        return
    folders = sample_dossiers(args.samples)
    if not folders:
        sys.exit(f"no sample dossiers under {args.samples}: run `dossier samples build` first")
    if args.rss_only:
        bench_rss(folders)
        return
    pipeline = bench_pipeline(folders)
    if args.naive_pages:
        naive = bench_naive(folders, args.naive_pages)
        ours = first_pages(pipeline, args.naive_pages)
        ratio = naive.per_page / ours.per_page if ours.per_page else float("inf")
        print(f"pipeline on the same {ours.pages} pages: page accuracy {ours.accuracy:.1%}, "
              f"{ours.per_page:.2f} s/page → {ratio:.1f}× faster than naive")
        print(f"targets: page accuracy ≥ 98 % ({'met' if pipeline.accuracy >= 0.98 else 'NOT met'}); "
              f"≤ 0.5 s/page ({'met' if pipeline.per_page <= 0.5 else 'NOT met'}); "
              f"≥ 4× naive at equal or better accuracy "
              f"({'met' if ratio >= 4 and ours.accuracy >= naive.accuracy else 'NOT met'})")
    if args.rss:
        bench_rss(folders)


if __name__ == "__main__":
    main()
