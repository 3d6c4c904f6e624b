"""Benchmark of `dossier archive` (not a test: it prints figures).

    .venv/bin/python bench/bench_archive.py [--pages 40,200] [--no-ocrmypdf] [--engine auto]

For each size N a scanned dossier of N pages is cut from the sample dossiers (sample 02, the archive
dossier, repeated as needed) and archived as a draft (the same work as an approved one). Printed per
size: seconds of the reading (the check's stages and, on the same render, the rest of each page for
the text layer), of the package (sheets, overlays, PDF/A written and validated), pages per second overall, input and output bytes per
page and their ratio; then, on the same file, plain `ocrmypdf --output-type pdfa -l chi_sim` (full
Tesseract OCR of every page, PDF/A by OCRmyPDF) when it is installed. Run it on a quiet machine: the
figures are wall-clock.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pypdf import PdfReader, PdfWriter  # noqa: E402

from dossier.archive.build import check_keeping_pages, write_package  # noqa: E402
from dossier.intake.case_file import load_case  # noqa: E402

SAMPLE = REPO / "samples" / "dossiers" / "02_complete_fully_performed_archive"


def cut(pages: int, target: Path) -> Path:
    """The first `pages` pages of sample 02's scans, repeated."""
    source = [p for name in ("scan-1.pdf", "scan-2.pdf") for p in PdfReader(SAMPLE / name).pages]
    writer = PdfWriter()
    for i in range(pages):
        writer.add_page(source[i % len(source)])
    with target.open("wb") as fh:
        writer.write(fh)
    return target


def bench_archive(scan: Path, out: Path, engine: str | None) -> dict[str, float]:
    case = load_case(SAMPLE / "case.json")
    day = date(2024, 6, 1)
    started = time.perf_counter()
    check, results, texts = check_keeping_pages([scan], case, today=day, engine=engine)
    checked = time.perf_counter()
    manifest = write_package([scan], case, out, check, results, texts, today=day)
    done = time.perf_counter()
    pages = len(results)
    size_in, size_out = scan.stat().st_size, (out / "dossier.pdf").stat().st_size
    return {"pages": pages, "check_s": checked - started, "archive_s": done - checked, "total_s": done - started,
            "pages_per_s": pages / (done - started), "in_per_page": size_in / pages,
            "out_per_page": size_out / manifest.page_count, "ratio": size_out / size_in,
            "reread": sum(p.text_source == "reread" for p in manifest.pages)}


def bench_ocrmypdf(scan: Path, out: Path) -> dict[str, float] | str:
    exe = shutil.which("ocrmypdf") or str(Path(sys.executable).parent / "ocrmypdf")
    if not Path(exe).exists():
        return "not installed"
    started = time.perf_counter()
    proc = subprocess.run([exe, "--output-type", "pdfa", "-l", "chi_sim", "--jobs", str(os.cpu_count() or 1),
                           "--force-ocr", str(scan), str(out)], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        return f"failed ({proc.returncode}): {proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ''}"
    pages = len(PdfReader(scan).pages)
    return {"total_s": seconds, "pages_per_s": pages / seconds, "out_per_page": out.stat().st_size / pages,
            "ratio": out.stat().st_size / scan.stat().st_size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", default="40,200", help="dossier sizes, comma-separated")
    parser.add_argument("--engine", default=None, help="OCR engine (default: the reader's)")
    parser.add_argument("--no-ocrmypdf", action="store_true", help="skip the plain OCRmyPDF comparison")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-archive-") as tmp:
        for size in (int(s) for s in args.pages.split(",") if s.strip()):
            scan = cut(size, Path(tmp) / f"dossier-{size}.pdf")
            ours = bench_archive(scan, Path(tmp) / f"package-{size}", args.engine)
            print(f"dossier archive, {size} pages (sample 02 repeated; {ours['reread']:.0f} pages read further):")
            print(f"  reading (check + text layer) {ours['check_s']:.1f} s + package {ours['archive_s']:.1f} s = "
                  f"{ours['total_s']:.1f} s → {ours['pages_per_s']:.2f} pages/s")
            print(f"  size: input {ours['in_per_page'] / 1024:.0f} KiB/page, output {ours['out_per_page'] / 1024:.0f} "
                  f"KiB/page, output/input {ours['ratio']:.2f}")
            if not args.no_ocrmypdf:
                plain = bench_ocrmypdf(scan, Path(tmp) / f"ocrmypdf-{size}.pdf")
                if isinstance(plain, str):
                    print(f"  ocrmypdf --output-type pdfa -l chi_sim: {plain}")
                else:
                    print(f"  ocrmypdf --output-type pdfa -l chi_sim: {plain['total_s']:.1f} s → "
                          f"{plain['pages_per_s']:.2f} pages/s, {plain['out_per_page'] / 1024:.0f} KiB/page, "
                          f"output/input {plain['ratio']:.2f} (no archive order, sheets or 页号)")


if __name__ == "__main__":
    main()
