"""Held-out benchmark of the dossier check (not a test: it prints figures).

    .venv/bin/python bench/bench_heldout.py [--corpus samples/corpus ...] [--samples samples/dossiers]
                                            [--naive-pages 20] [--no-build] [--only NAME ...] [--rss-pages 500]
                                            [--save-reads FILE | --reads FILE]

Dossiers: the independent corpus (`dossier corpus build`: the layout families of dossier/corpus/families, drawn from scratch,
not from dossier/templates) and the project's own sample dossiers (family `own_templates`). Each page
belongs to one layout family (a dossier mixes them, as a real one does).

Honest measurement:
- every page is read once by the real pipeline (detector, recogniser, rules); its reading is kept;
- the character n-gram model is trained leave-one-family-out: a page is classified by a model trained
  on the text of the OTHER families only (its temperature fitted on families held out from that
  training set); own-template pages by a model trained on the corpus alone;
- the rules (dossier/vocab/doctypes.yaml titles, dossier/vocab/cues.yaml) were written from DOMAIN.md
  and the SPC forms; families are marked `dev` when their failures were looked at while the rules were
  written (`kind_of`: all but `NEVER_LOOKED_AT` and blind families not yet measured), `held-out` when
  never — the held-out figure is the one to quote;
- decisions are computed from pages all classified by held-out models, and compared with the truth
  (which the corpus computes from the true documents with the checklist engine).
Also printed: a confusion table, per-type accuracy, calibration (confidence bins against accuracy),
seconds per page (wall, both cores) with the host's speed before and after (bench/yardstick.py), peak memory,
and the naive way (full-page Tesseract chi_sim at 300 dpi + keyword search) on the first N QR-less pages, side
by side.
"""

from __future__ import annotations

import argparse
import pickle
import resource
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from dossier.corpus.build import HELD_OUT  # noqa: E402
from dossier.dossier_check.model import Page  # noqa: E402
from dossier.dossier_check.run import check_pages  # noqa: E402
from dossier.intake.case_file import load_case  # noqa: E402
from dossier.ocr import analyse  # noqa: E402
from dossier.ocr.classify import classify  # noqa: E402
from dossier.ocr.models import PageResult  # noqa: E402
from dossier.ocr.ngram import NgramModel, train  # noqa: E402
from dossier.ocr.ngram_folds import count_families, fitted_temperature_of_all, fitted_temperatures  # noqa: E402
from dossier.ocr.pipeline import across_pages  # noqa: E402
from dossier.ocr.stages import page_text_of, with_verdict  # noqa: E402
from dossier.results import Problem  # noqa: E402
from dossier.samples.truth import GroundTruth, TruthProblem, sample_dossiers  # noqa: E402

OWN = "own_templates"
NEVER_LOOKED_AT = frozenset({"court_c", "handfilled"})
"""The families no one looked at while the rules were written: theirs is the held-out figure. Every other family is
dev, but for one drawn blind and not yet measured (`dossier.corpus.build.HELD_OUT`, built only when named): `kind_of`
derives it, so a family joins the dev families by leaving HELD_OUT, with nothing to list here. How and when each
became dev, with its one first-sight figure, is told once: README's table "First sight of each fresh family" and
`bench/HISTORY.md`."""


def kind_of(family: str) -> str:
    """`held-out` for a family never looked at or drawn blind and not yet measured, else `dev`."""
    return "held-out" if family in NEVER_LOOKED_AT or family in HELD_OUT else "dev"


NOT_TYPES = {"continuation", "blank", "unknown"}


@dataclass
class Read:
    """One dossier as the pipeline read it."""

    folder: Path
    truth: GroundTruth
    results: list[PageResult]
    seconds: float
    families: list[str]
    held_out: list[Page] = field(default_factory=list)


@dataclass
class Tally:
    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_type: Counter[tuple[str, bool]] = field(default_factory=Counter)
    bins: Counter[tuple[int, bool]] = field(default_factory=Counter)

    def add(self, family: str, expected: str, got: str, confidence: float) -> None:
        ok = expected == got
        self.total[family] += 1
        self.right[family] += ok
        self.by_type[(expected, ok)] += 1
        self.bins[(min(4, int(confidence * 5)), ok)] += 1
        if not ok:
            self.confusion[(expected, got)] += 1


def read_all(folders: Sequence[Path]) -> list[Read]:
    reads = []
    print(f"{'dossier':46} {'pages':>5} {'s/page':>7}")
    for folder in folders:
        truth = GroundTruth.load(folder)
        case = load_case(folder / truth.case_file)
        start = time.perf_counter()
        results = [r.model_copy(update={"thumbnail_png": None})
                   for r in analyse([folder / s for s in truth.scans], expected_case_number=case.case_number)]
        seconds = time.perf_counter() - start
        families = [p.family or OWN for p in truth.pages]
        reads.append(Read(folder, truth, results, seconds, families))
        print(f"{truth.name:46} {len(results):5d} {seconds / max(1, len(results)):7.2f}")
    return reads


def kept_reads(path: Path, folders: Sequence[Path]) -> list[Read]:
    """What an earlier run read (--save-reads), for the dossiers asked for."""
    wanted = {f.name for f in folders}
    reads: list[Read] = pickle.loads(path.read_bytes())
    return [r for r in reads if r.folder.name in wanted]


def training_texts(reads: Sequence[Read]) -> dict[str, list[tuple[str, str]]]:
    """(doc_type, printed text) of every titled corpus page, by family."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for read in reads:
        for page in read.truth.pages:
            if page.family and page.text and page.doc_type not in NOT_TYPES:
                out[page.family].append((page.doc_type, page.text))
    return out


_TEXTS: dict[str, list[tuple[str, str]]] = {}
"""the training texts, set before the pool forks so that each worker reads them without a copy per task"""
_TEMPERATURES: dict[str, float] = {}


def held_out_model(held: str) -> tuple[str, NgramModel]:
    """The model for one family: trained on the others."""
    training = [f for f in sorted(_TEXTS) if f != held]
    return held, train([s for f in training for s in _TEXTS[f]], trained_on=training, temperature=_TEMPERATURES[held])


def held_out_models(texts: dict[str, list[tuple[str, str]]]) -> dict[str, NgramModel]:
    """For each family, a model trained on the others (and for own templates, on the whole corpus), its
    temperature fitted leaving out each of those families in turn. The folds' models are the corpus's counts
    minus two families' (dossier/ocr/ngram_folds.py: 68 families in a few minutes where retraining each fold
    took an hour); the final models are trained, on both cores."""
    import multiprocessing

    counts = count_families(texts)
    _TEMPERATURES.clear()
    _TEMPERATURES.update(fitted_temperatures(counts, sorted(texts)))
    _TEMPERATURES[OWN] = fitted_temperature_of_all(counts)
    _TEXTS.clear()
    _TEXTS.update(texts)
    with multiprocessing.get_context("fork").Pool(2) as pool:
        return dict(pool.map(held_out_model, [*sorted(texts), OWN], chunksize=1))


def reclassify(read: Read, models: dict[str, NgramModel]) -> list[Page]:
    """Each read page classified again by the model that never saw its family, then as the pipeline does."""
    again: list[PageResult] = []
    for result, family in zip(read.results, read.families, strict=True):
        if result.source in ("ocr", "text"):
            result = with_verdict(result, classify(page_text_of(result), models.get(family, models[OWN])))
        again.append(result)
    model = models.get(read.families[0], models[OWN]) if read.families else None
    return [Page.of(result) for result in across_pages(again, model)]


def document_types(codes: Sequence[str]) -> list[str]:
    """Each page as the type of the document it belongs to: a continuation takes the type of the document it
    continues (blank backs in between change nothing). Two truths that differ only in where one paper ends
    — a 法定代表人身份证明书 filed as the licence's second page or as an identity proof of its own — agree here."""
    out: list[str] = []
    current = "continuation"
    for code in codes:
        if code not in ("continuation", "blank"):
            current = code
        out.append(current if code == "continuation" else code)
    return out


PAGE_PROBLEMS = ("duplicate_page", "missing_page_in_document", "pages_out_of_order", "misfiled_page", "unreadable_page")
"""The problems inside a dossier the check reports with page numbers (缺页, 重张, 页序, another case's page, an
unreadable one): each scored against the build's record of what it put there."""


def tally_problems(expected: Sequence[TruthProblem], reported: Sequence[Problem], counts: Counter[str]) -> None:
    """Add to `counts`, per kind: reported, reported where the build put one (pages overlapping), put there, found;
    and the 重张 the clerk is told to delete (confirmed), right or not."""
    for kind in PAGE_PROBLEMS:
        want = [set(p.pages) for p in expected if p.kind == kind]
        got = [set(p.pages or []) for p in reported if p.kind == kind]
        counts[f"{kind}:reported"] += len(got)
        counts[f"{kind}:reported_right"] += sum(1 for g in got if any(g & w for w in want))
        counts[f"{kind}:expected"] += len(want)
        counts[f"{kind}:found"] += sum(1 for w in want if any(g & w for g in got))
    for p in reported:
        if p.kind == "duplicate_page" and p.model_dump().get("confirmed"):
            counts["duplicate_page:told_to_delete"] += 1
            counts["duplicate_page:told_to_delete_right"] += any(
                set(p.pages or []) & set(t.pages) for t in expected if t.kind == "duplicate_page")


def score(reads: Sequence[Read], models: dict[str, NgramModel]) -> None:
    tally = Tally()
    problem_counts = Counter[str]()
    by_document = Tally()
    decisions = Counter[str]()
    missing_expected = missing_found = spurious = 0
    print(f"\n{'dossier':46} {'decision':>9} {'truth':>8}  missing: expected → found")
    for read in reads:
        pages = read.held_out = reclassify(read, models)
        for truth_page, page, family in zip(read.truth.pages, pages, read.families, strict=True):
            tally.add(family, truth_page.doc_type, page.doc_type, page.confidence)
        for expected_doc, got_doc, family in zip(document_types([p.doc_type for p in read.truth.pages]),
                                                 document_types([p.doc_type for p in pages]), read.families,
                                                 strict=True):
            by_document.add(family, expected_doc, got_doc, 1.0)
        case = load_case(read.folder / read.truth.case_file)
        result = check_pages(pages, case, read.truth.stage, today=read.truth.today, files=read.truth.scans)
        expected: str = read.truth.expected_decision
        got: str = result.decision
        decisions["right" if expected == got else ("false_approval" if got == "approve" else "false_rejection")] += 1
        tally_problems(read.truth.expected_problems, result.problems, problem_counts)
        codes = {m.code for m in result.missing}
        missing_expected += len(read.truth.expected_missing)
        missing_found += len(set(read.truth.expected_missing) & codes)
        spurious += len(codes - set(read.truth.expected_missing))
        mark = "✓" if expected == got else "✗"
        print(f"{read.truth.name:46} {got:>9} {expected:>8}{mark} {read.truth.expected_missing} → {sorted(codes)}"
              + (f"  problems: {sorted({p.kind for p in result.problems})}" if expected != got else ""))
    print("\npage accuracy by layout family (n-gram model trained without the family; rules: dev = looked at);"
          "\n  last column: pages whose document is of the right type (where one paper ends aside)")
    held_right = held_total = 0
    for family in sorted(tally.total):
        kind = kind_of(family)
        n, ok = tally.total[family], tally.right[family]
        if kind == "held-out":
            held_right, held_total = held_right + ok, held_total + n
        doc_ok = by_document.right[family]
        print(f"  {family:16} {kind:9} {ok:4d}/{n:<4d} {ok / n:7.1%}   {doc_ok:4d}/{n:<4d} {doc_ok / n:7.1%}")
    all_right, all_total = sum(tally.right.values()), sum(tally.total.values())
    doc_right = sum(by_document.right.values())
    print(f"  {'all families':26} {all_right:4d}/{all_total:<4d} {all_right / max(1, all_total):7.1%}   "
          f"{doc_right:4d}/{all_total:<4d} {doc_right / max(1, all_total):7.1%}")
    if held_total:
        print(f"  {'held-out families':26} {held_right:4d}/{held_total:<4d} {held_right / held_total:7.1%}")
    print(f"\ndecisions: {decisions['right']}/{len(reads)} right, false approvals {decisions['false_approval']}, "
          f"false rejections {decisions['false_rejection']}; missing items found {missing_found}/{missing_expected}, "
          f"reported but not missing {spurious}")
    print("\nproblems inside dossiers (kind: reported, of them where the build put one; put there, found):")
    for kind in PAGE_PROBLEMS:
        c = problem_counts
        print(f"  {kind:26} reported {c[kind + ':reported']:3d} (right {c[kind + ':reported_right']:3d});"
              f" put there {c[kind + ':expected']:3d}, found {c[kind + ':found']:3d}")
    print(f"  重张 the clerk is told to delete: {problem_counts['duplicate_page:told_to_delete']}, "
          f"of them real {problem_counts['duplicate_page:told_to_delete_right']}")
    print("\nconfusions (expected → read, count):")
    for (expected, got), n in tally.confusion.most_common(25):
        print(f"  {expected:32} → {got:32} {n}")
    print("\naccuracy per document type:")
    types = sorted({t for t, _ in tally.by_type})
    for t in types:
        ok, bad = tally.by_type[(t, True)], tally.by_type[(t, False)]
        print(f"  {t:32} {ok:4d}/{ok + bad:<4d} {ok / (ok + bad):7.1%}")
    print("\ncalibration (reported confidence → share of pages right):")
    for b in range(5):
        ok, bad = tally.bins[(b, True)], tally.bins[(b, False)]
        if ok + bad:
            print(f"  {b / 5:.1f}–{(b + 1) / 5:.1f}: {ok + bad:4d} pages, {ok / (ok + bad):6.1%} right")


def naive(reads: Sequence[Read], limit: int) -> None:
    """Full-page Tesseract at 300 dpi + keyword search on the first `limit` QR-less pages, and ours on the same."""
    import pypdfium2 as pdfium
    import pytesseract
    from bench_dossier import naive_classify

    done = right = ours_right = 0
    seconds = ours_seconds = 0.0
    for read in reads:
        for scan in read.truth.scans:
            doc = pdfium.PdfDocument(read.folder / scan)
            for i in range(len(doc)):
                if done >= limit:
                    break
                number = next(r for r in read.results if r.file == scan and r.file_page == i + 1)
                if number.source == "qr":
                    continue
                expected = read.truth.pages[number.page - 1].doc_type
                image = doc[i].render(scale=300 / 72, grayscale=True).to_pil()
                start = time.perf_counter()
                try:
                    text = pytesseract.image_to_string(image, lang="chi_sim", timeout=30)
                except RuntimeError:
                    text = ""
                seconds += time.perf_counter() - start
                right += naive_classify(text) == expected
                ours_right += read.held_out[number.page - 1].doc_type == expected
                ours_seconds += read.seconds / max(1, len(read.results))
                done += 1
            doc.close()
    if done:
        print(f"\nnaive (Tesseract chi_sim, full page, 300 dpi, keyword search) on {done} QR-less pages: "
              f"{right / done:.1%} right, {seconds / done:.2f} s/page; ours on the same pages (held-out models): "
              f"{ours_right / done:.1%}, {ours_seconds / done:.2f} s/page wall → "
              f"{(seconds / done) / max(1e-9, ours_seconds / done):.1f}× faster")


def rss_child(case_file: str, paths: list[str]) -> None:
    """Check one long dossier in this fresh process; print pages and peak memory (this process, and the
    largest page worker: the total is at most this process + workers × that)."""
    from dossier.dossier_check.run import run_check
    from dossier.ocr.parallel import shutdown_workers, workers_wanted

    case = load_case(Path(case_file))
    start = time.perf_counter()
    result = run_check([Path(p) for p in paths], case, "closing")
    seconds = time.perf_counter() - start
    shutdown_workers()
    own = own_peak_mib()
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    workers = workers_wanted(len(result.pages))
    print(f"{len(result.pages)} pages in {seconds:.0f} s ({seconds / len(result.pages):.2f} s/page): peak RSS "
          f"{own:.0f} MiB here + {workers} workers × ≤ {child:.0f} MiB = ≤ {own + workers * child:.0f} MiB")


def own_peak_mib() -> float:
    """This process's own peak memory (VmHWM). Not ru_maxrss: Linux carries a parent's peak across
    fork and exec into it, and this process is started by the benchmark, which by then holds every
    page it read (the last stop's 345 MiB, and 408 in this one's first run, were the benchmark's own)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_rss(folder: Path, pages: int) -> None:
    """Memory for a long dossier: one corpus dossier's scan repeated to `pages` pages, in a fresh process."""
    import subprocess

    truth = GroundTruth.load(folder)
    scans = [str(folder / s) for s in truth.scans] * -(-pages // len(truth.pages))
    out = subprocess.run([sys.executable, __file__, "--rss-child", str(folder / truth.case_file), *scans],
                         capture_output=True, text=True, check=True)
    print("memory:", out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, action="append",
                        help="a built corpus (repeat for several, e.g. a family built apart); default samples/corpus")
    parser.add_argument("--samples", type=Path, default=REPO / "samples" / "dossiers")
    parser.add_argument("--naive-pages", type=int, default=20)
    parser.add_argument("--no-build", action="store_true", help="do not build the corpus when it is missing")
    parser.add_argument("--only", nargs="*",
                        help="dossier names to run (default: all; the held-out models then learn from these only)")
    parser.add_argument("--rss-pages", type=int, default=0,
                        help="also measure peak memory on a dossier of this many pages (e.g. 500)")
    parser.add_argument("--save-reads", type=Path, help="keep what was read (pickle) to score it again later")
    parser.add_argument("--reads", type=Path,
                        help="score what an earlier run kept with --save-reads instead of reading again (dossiers "
                             "it did not keep are read)")
    parser.add_argument("--rss-child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rss_child:
        rss_child(args.rss_child[0], args.rss_child[1:])
        return
    corpora = args.corpus or [REPO / "samples" / "corpus"]
    if not args.no_build and not (corpora[0] / "index.json").exists():
        print(f"building the corpus into {corpora[0]} (dossier corpus build) …")
        from dossier.corpus.build import DEFAULT_SEED, build_corpus

        build_corpus(corpora[0], seed=DEFAULT_SEED)
    folders = [f for corpus in corpora for f in sample_dossiers(corpus)] + sample_dossiers(args.samples)
    if args.only:
        folders = [f for f in folders if f.name in args.only]
    if not folders:
        sys.exit("no dossiers: run `dossier corpus build`")
    twice = sorted(name for name, n in Counter(f.name for f in folders).items() if n > 1)
    if twice:  # a family in two corpus folders would be counted twice
        sys.exit(f"dossiers given twice (in two --corpus folders?): {', '.join(twice)}")
    kept = kept_reads(args.reads, folders) if args.reads else []
    unread = [f for f in folders if f.name not in {r.folder.name for r in kept}]
    reads = kept
    if unread:
        from yardstick import yardstick_ms

        before = yardstick_ms()
        print(f"host yardstick before reading: {before:.0f} ms (bench/yardstick.py; lower is faster)")
        start = time.perf_counter()
        reads = kept + read_all(unread)
        pages = sum(len(r.results) for r in reads[len(kept):])
        wall = time.perf_counter() - start
        from dossier.ocr.parallel import shutdown_workers

        shutdown_workers()  # a child's peak memory is counted once it has ended
        print(f"\nread {pages} pages in {wall:.0f} s: {wall / pages:.2f} s/page wall; peak RSS of this process "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB, of the page workers "
              f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MiB")
        print(f"host yardstick before and after reading: {before:.0f} and {yardstick_ms():.0f} ms (the same work: a "
              f"speed compares with another run's only as far as these do)")
        if args.save_reads:
            args.save_reads.write_bytes(pickle.dumps(reads))
    texts = training_texts(reads)
    if len(texts) < 2:  # leave-one-family-out: a family's model is trained on the others, and there are none
        print(f"\n{len(texts)} layout family read: no model can be trained on the others, so nothing is scored (read "
              "two families or more for the held-out figures); the speed above stands")
    else:
        models = held_out_models(texts)
        for family, model in sorted(models.items()):
            print(f"  model for {family:14}: trained on {', '.join(model.trained_on)}; temperature {model.temperature:g}")
        score(reads, models)
    if args.naive_pages:
        naive(reads, args.naive_pages)
    if args.rss_pages:
        bench_rss(folders[0], args.rss_pages)


if __name__ == "__main__":
    main()
