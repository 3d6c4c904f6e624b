"""Benchmark of batch generation (not a test): docs/s for DOCX only, DOCX+PDF, and the naive way.

    .venv/bin/python bench/bench_generate.py [--cases 40] [--naive 10] [--instances N]

N cases (the samples, repeated with new case numbers) × the 5 documents the document group mails
(seed 002): 执行通知书、报告财产令、传票、缴款通知书、执行总裁定书.
- DOCX only: `run_batch` with --format docx (render, write, manifest).
- DOCX+PDF: `run_batch` with --format docx,pdf through the warm LibreOffice (its start included).
- naive: docxtpl, then one `soffice --headless --convert-to pdf` process per document, on a subset.
Targets on the 2-core machine: DOCX ≥ 60 docs/s; DOCX+PDF ≥ 15 docs/s and ≥ 10× naive.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from dossier.batch import BatchOptions, run_batch
from dossier.intake.case_file import case_from_dict, read_json
from dossier.intake.tabular import Batch, BatchRow
from dossier.render.docx import render_docx
from dossier.render.pdf import PdfConverter, find_soffice

REPO = Path(__file__).resolve().parents[1]
TYPES = ["enforcement_notice", "property_report_order", "summons", "payment_notice", "enforcement_ruling"]
ISSUED = date(2025, 3, 20)


def make_batch(n: int) -> Batch:
    """n cases cycling through the samples, each with its own case number."""
    samples: list[dict[str, Any]] = read_json(REPO / "samples" / "cases.json")
    rows = []
    for i in range(n):
        data = json.loads(json.dumps(samples[i % len(samples)], default=str))
        data["case_number"] = re.sub(r"\d+号$", f"{9000 + i}号", data["case_number"])
        rows.append(BatchRow(row=i + 1, case=case_from_dict(data)))
    return Batch(source=REPO / "samples" / "cases.json", rows=rows)


def cpu_seconds() -> tuple[float, float]:
    """CPU used so far by this process and by its reaped children (soffice, the UNO worker)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def timed_batch(batch: Batch, formats: list[str], out: Path, instances: int | None) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds of this process, CPU seconds of LibreOffice) for one batch."""
    own0, children0 = cpu_seconds()
    start = time.perf_counter()
    manifest = run_batch(batch, BatchOptions(types=TYPES, formats=formats, issued_on=ISSUED), out,
                         converter_factory=lambda: PdfConverter(instances=instances))
    elapsed = time.perf_counter() - start
    own1, children1 = cpu_seconds()
    if manifest.errors:
        raise SystemExit(f"benchmark batch had errors: {manifest.errors[:3]}")
    return elapsed, own1 - own0, children1 - children0


def naive(batch: Batch, count: int, work: Path) -> float:
    """docxtpl then one soffice process per document (warm profile, as on a clerk's machine)."""
    profile = (work / "naive-profile").as_uri()
    soffice = str(find_soffice().with_name("soffice"))
    docs = []
    for i in range(count):
        case = batch.cases[i // len(TYPES)]
        path = work / f"naive-{i}.docx"
        docs.append((case, TYPES[i % len(TYPES)], path))

    def convert(path: Path) -> None:
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(work / "naive-pdf"), str(path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

    first_case, first_type, first_path = docs[0]
    first_path.write_bytes(render_docx(first_case, first_type, doc_id="warmup", issued_on=ISSUED))
    convert(first_path)  # creates the profile, as a clerk's machine already has one
    start = time.perf_counter()
    for case, doc_type, path in docs:
        path.write_bytes(render_docx(case, doc_type, doc_id=path.stem, issued_on=ISSUED))
        convert(path)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=40)
    parser.add_argument("--naive", type=int, default=10, help="documents converted the naive way")
    parser.add_argument("--instances", type=int, default=None, help="soffice processes (default: per core, ≤2)")
    args = parser.parse_args()
    batch = make_batch(args.cases)
    docs = args.cases * len(TYPES)
    work = Path(tempfile.mkdtemp(prefix="bench-generate-"))
    try:
        docx_s, docx_cpu, _ = timed_batch(batch, ["docx"], work / "docx", args.instances)
        pdf_s, pdf_own_cpu, pdf_lo_cpu = timed_batch(batch, ["docx", "pdf"], work / "pdf", args.instances)
        naive_s = naive(batch, args.naive, work) if args.naive > 0 else 0.0
    finally:
        shutil.rmtree(work, ignore_errors=True)
    docx_rate, pdf_rate = docs / docx_s, docs / pdf_s
    cores = os.cpu_count() or 1
    print(f"cases: {args.cases} × {len(TYPES)} documents = {docs} documents; "
          f"load average: {os.getloadavg()[0]:.1f} on {cores} cores (a shared machine slows every figure)")
    print(f"DOCX only:          {docx_rate:7.1f} docs/s  ({docx_s:.2f} s; CPU {docx_cpu / docs * 1000:.0f} ms/doc)"
          "   target ≥ 60")
    print(f"DOCX+PDF (warm LO): {pdf_rate:7.1f} docs/s  ({pdf_s:.2f} s, LibreOffice start included)   target ≥ 15")
    own_ms, lo_ms = pdf_own_cpu / docs * 1000, pdf_lo_cpu / docs * 1000
    idle_rate = 1000 / max(own_ms, (own_ms + lo_ms) / cores)
    print(f"  CPU per document: {own_ms:.0f} ms here (render, stamp, write) + {lo_ms:.0f} ms LibreOffice"
          f" → at most ~{idle_rate:.0f} docs/s on {cores} idle cores")
    if naive_s > 0:
        naive_rate = args.naive / naive_s
        print(f"naive (1 soffice/doc, {args.naive} docs): {naive_rate:5.2f} docs/s  ({naive_s:.2f} s)")
        print(f"DOCX+PDF / naive:   {pdf_rate / naive_rate:7.1f}×   target ≥ 10×")


if __name__ == "__main__":
    main()
