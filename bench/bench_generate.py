"""Benchmark of batch generation (not a test): DOCX+PDF the naive way, the warm way and the merged way.

    .venv/bin/python bench/bench_generate.py [--docs 100,400 | --cases 40] [--naive 10] [--per-load 20]
                                             [--instances N] [--skip-warm]

Documents: cases from the samples (repeated with new case numbers) × the 5 documents the document
group mails (seed 002): 执行通知书、报告财产令、传票、缴款通知书、执行总裁定书.
- DOCX only: `run_batch` with --format docx (render, write, manifest).
- naive: docxtpl, then one `soffice --headless --convert-to pdf` process per document (on --naive
  documents: it is too slow for a whole batch), no QR.
- warm, one per load: `run_batch` DOCX+PDF with `per_load=1` — every document its own LibreOffice
  load in the warm converter (what dossier did before issue 11).
- merged: `run_batch` DOCX+PDF as shipped — up to --per-load documents per LibreOffice load, the PDF
  cut per document (`dossier.batch.convert`).
Every run includes starting LibreOffice, rendering, stamping, sha256 and the manifest.

The machine is shared, so besides wall time each run reports CPU seconds per document of this
process (render, merge, write) and of its children (soffice, the UNO clients, the helper process
that cuts and stamps merged PDFs), the load
average, and how busy the whole machine was (from /proc/stat): docs/s = what this run got; the
ceiling = what 2 idle cores give at the measured CPU per document. Target (issue 11): ≥ 20 docs/s.
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
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # dossier itself is imported where used
    from dossier.intake.tabular import Batch

REPO = Path(__file__).resolve().parents[1]
TYPES = ["enforcement_notice", "property_report_order", "summons", "payment_notice", "enforcement_ruling"]
ISSUED = date(2025, 3, 20)
TARGET = 20.0


def make_batch(n: int) -> Batch:
    """n cases cycling through the samples, each with its own case number."""
    from dossier.intake.case_file import case_from_dict, read_json
    from dossier.intake.tabular import Batch, BatchRow

    samples: list[dict[str, Any]] = read_json(REPO / "samples" / "cases.json")
    rows = []
    for i in range(n):
        data = json.loads(json.dumps(samples[i % len(samples)], default=str))
        data["case_number"] = re.sub(r"\d+号$", f"{9000 + i}号", data["case_number"])
        rows.append(BatchRow(row=i + 1, case=case_from_dict(data)))
    return Batch(source=REPO / "samples" / "cases.json", rows=rows)


def cpu_seconds() -> tuple[float, float]:
    """CPU used so far by this process and by its reaped children (soffice, the UNO workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def machine_ticks() -> tuple[int, int]:
    """(busy, total) clock ticks of all CPUs since boot."""
    fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields) - idle, sum(fields)


@dataclass
class Run:
    way: str
    docs: int
    wall: float
    own_cpu: float
    children_cpu: float
    machine_busy: float  # share of all cores busy (every process on the machine) during the run
    load: float

    @property
    def rate(self) -> float:
        return self.docs / self.wall

    @property
    def cpu_per_doc(self) -> float:
        return (self.own_cpu + self.children_cpu) / self.docs

    def ceiling(self, cores: int) -> float:
        """docs/s on idle cores: all CPU spread over the cores, the Python side on one of them."""
        return 1 / max(self.cpu_per_doc / cores, self.own_cpu / self.docs)

    def others_cores(self, cores: int) -> float:
        """Cores' worth of CPU other processes on the machine used during the run."""
        ours = self.cpu_per_doc * self.docs / self.wall
        return max(0.0, self.machine_busy * cores - ours)


def measured(way: str, docs: int, work: Any) -> Run:
    own0, children0 = cpu_seconds()
    busy0, total0 = machine_ticks()
    start = time.perf_counter()
    work()
    wall = time.perf_counter() - start
    own1, children1 = cpu_seconds()
    busy1, total1 = machine_ticks()
    return Run(way=way, docs=docs, wall=wall, own_cpu=own1 - own0, children_cpu=children1 - children0, machine_busy=(busy1 - busy0) / max(1, total1 - total0),
               load=os.getloadavg()[0])


def batch_run(way: str, batch: Batch, formats: list[str], out: Path, *, per_load: int,
              instances: int | None) -> Run:
    from dossier.batch import BatchOptions, run_batch
    from dossier.render.pdf import PdfConverter

    def work() -> None:
        factory = (lambda: PdfConverter(instances=instances)) if instances else None  # None: as shipped
        manifest = run_batch(batch, BatchOptions(types=TYPES, formats=formats, issued_on=ISSUED, per_load=per_load),
                             out, converter_factory=factory)
        if manifest.errors:
            raise SystemExit(f"benchmark batch had errors: {manifest.errors[:3]}")

    try:
        return measured(way, len(batch.rows) * len(TYPES), work)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def naive(batch: Batch, count: int, work: Path) -> Run:
    """docxtpl then one soffice process per document (warm profile, as on a clerk's machine)."""
    from dossier.render.docx import render_docx
    from dossier.render.pdf import find_soffice

    profile = (work / "naive-profile").as_uri()
    soffice = str(find_soffice().with_name("soffice"))
    docs = [(batch.cases[i // len(TYPES)], TYPES[i % len(TYPES)], work / f"naive-{i}.docx") for i in range(count)]

    def convert(path: Path) -> None:
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(work / "naive-pdf"), str(path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

    first_case, first_type, first_path = docs[0]
    first_path.write_bytes(render_docx(first_case, first_type, doc_id="warmup", issued_on=ISSUED))
    convert(first_path)  # creates the profile, as a clerk's machine already has one

    def run() -> None:
        for case, doc_type, path in docs:
            path.write_bytes(render_docx(case, doc_type, doc_id=path.stem, issued_on=ISSUED))
            convert(path)

    return measured("naive: 1 soffice process/doc", count, run)


def report(run: Run, cores: int) -> str:
    return (f"{run.way:<34} {run.docs:5d} {run.wall:8.2f} {run.rate:8.1f} {run.own_cpu / run.docs * 1000:8.0f}"
            f" {run.children_cpu / run.docs * 1000:8.0f} {run.cpu_per_doc * 1000:8.0f} {run.ceiling(cores):8.1f}"
            f" {run.others_cores(cores):7.1f} {run.load:5.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", default="100,400", help="batch sizes in documents (multiples of 5)")
    parser.add_argument("--cases", type=int, default=None, help="one batch of this many cases (× 5 documents)")
    parser.add_argument("--naive", type=int, default=10, help="documents converted the naive way (0: skip)")
    parser.add_argument("--per-load", type=int, default=20, help="documents per LibreOffice load, merged way")
    parser.add_argument("--instances", type=int, default=None,
                        help="soffice processes (default as shipped: 1 for merged loads, 1 per core otherwise)")
    parser.add_argument("--skip-warm", action="store_true", help="skip the one-document-per-load runs")
    args = parser.parse_args()
    sizes = [args.cases * len(TYPES)] if args.cases else [int(s) for s in args.docs.split(",") if s.strip()]
    cores = os.cpu_count() or 1
    work = Path(tempfile.mkdtemp(prefix="bench-generate-"))
    runs: list[Run] = []
    try:
        for size in sizes:
            batch = make_batch(max(1, size // len(TYPES)))
            runs.append(batch_run("DOCX only", batch, ["docx"], work / "docx", per_load=1, instances=args.instances))
            if not args.skip_warm:
                runs.append(batch_run("DOCX+PDF warm, 1 doc/load", batch, ["docx", "pdf"], work / "warm", per_load=1,
                                      instances=args.instances))
            runs.append(batch_run(f"DOCX+PDF merged, ≤{args.per_load} docs/load", batch, ["docx", "pdf"],
                                  work / "merged", per_load=args.per_load, instances=args.instances))
        if args.naive > 0:
            runs.append(naive(make_batch(max(1, args.naive // len(TYPES) + 1)), args.naive, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{cores} cores; CPU ms/doc: 'here' = this Python process (render, merge, write); 'children' = soffice, "
          "the UNO clients\n(LibreOffice start included) and the helper that cuts and stamps merged PDFs; ceiling = docs/s on idle cores at that CPU; others = cores' worth of CPU the machine's "
          "other processes used meanwhile")
    print(f"{'way':<34} {'docs':>5} {'wall s':>8} {'docs/s':>8} {'here':>8} {'children':>8} {'total':>8} {'ceiling':>8}"
          f" {'others':>7} {'load':>5}")
    for run in runs:
        print(report(run, cores))
    merged = [r for r in runs if r.way.startswith("DOCX+PDF merged")]
    if merged:
        best = max(merged, key=lambda r: r.docs)
        verdict = "meets" if best.rate >= TARGET else "misses"
        print(f"target ≥ {TARGET:g} docs/s DOCX+PDF: the merged way {verdict} it here ({best.rate:.1f} docs/s on "
              f"{best.docs} documents; ceiling on {cores} idle cores {best.ceiling(cores):.1f})")


if __name__ == "__main__":
    main()
