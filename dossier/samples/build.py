"""Assemble the sample dossiers: print each document, sign and seal it, scan it, write the SCAN files,
the case file and the ground truth. Reproducible: every random choice comes from the seed."""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

from PIL import Image

from dossier.dossier_check.model import Document
from dossier.fsutil import atomic_write_bytes, atomic_write_text
from dossier.intake.case_file import case_from_dict, read_json
from dossier.model import Case
from dossier.reports.catalogue import catalogue_entries
from dossier.samples.marks import sign, stamp_seal
from dossier.samples.plan import DocPlan, DossierSpec
from dossier.samples.scanner import Degradation, blank_back, damage_qr, degrade, images_to_pdf, rasterise
from dossier.samples.sources import DocumentSource
from dossier.samples.specs import sample_specs
from dossier.samples.truth import GroundTruth, TruthDocument, TruthPage, TruthProblem

DEFAULT_SEED = 20240314
JPEG_QUALITY = 40


@dataclass
class Printed:
    """One document after printing: its plan, its PDF, whether its pages carry our QR."""

    plan: DocPlan
    pdf: bytes
    pages: int
    has_qr: bool


def load_cases(path: Path) -> dict[str, Case]:
    data = read_json(path)
    items = data if isinstance(data, list) else [data]
    cases = [case_from_dict(d, where=f"{path}[{i}]") for i, d in enumerate(items)]
    return {c.case_number: c for c in cases}


def _page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _issued(case: Case, index: int, total: int) -> date:
    start = case.filed_on
    end = case.closing.closed_on if case.closing and case.closing.closed_on else start + timedelta(days=120)
    return start + timedelta(days=(end - start).days * index // max(1, total - 1))


def _print_all(spec: DossierSpec, case: Case, source: DocumentSource, rng: random.Random) -> list[Printed]:
    printed: list[Printed | None] = [None] * len(spec.documents)
    catalogue_at: int | None = None
    for i, plan in enumerate(spec.documents):
        if plan.doc_type == "catalogue":
            catalogue_at = i
            continue
        owner = case if plan.case_number is None else case.model_copy(update={"case_number": plan.case_number})
        pdf, has_qr = source.pdf(owner, plan.doc_type, doc_id=f"{spec.name[:2]}-{i:02d}", rng=rng,
                                 issued_on=_issued(case, i, len(spec.documents)), pages=plan.pages,
                                 served=plan.served, letter_spaced=plan.letter_spaced, stamp=plan.qr != "none")
        printed[i] = Printed(plan, pdf, _page_count(pdf), has_qr)
    if catalogue_at is not None:
        docs = [Document(doc_type=p.plan.doc_type, pages=list(range(p.pages)),
                         served=[p.plan.served] if p.plan.served else [])
                for p in printed if p is not None]
        rows = [(str(e.number), e.title, e.page_range) for e in catalogue_entries(docs)]
        plan = spec.documents[catalogue_at]
        pdf, has_qr = source.pdf(case, "catalogue", doc_id=f"{spec.name[:2]}-cat", rng=rng,
                                 issued_on=_issued(case, 1, 1), catalogue_rows=rows, stamp=False)
        printed[catalogue_at] = Printed(plan, pdf, _page_count(pdf), has_qr)
    return [p for p in printed if p is not None]


def _scan_document(doc: Printed, case: Case, rng: random.Random) -> list[Image.Image]:
    """Sign, seal and scan one printed document; a blank back follows when the plan says so."""
    out: list[Image.Image] = []
    last_rgb: Image.Image | None = None
    for n, page in enumerate(rasterise(doc.pdf)):
        last = n == doc.pages - 1
        if doc.plan.qr == "damaged":
            damage_qr(page, rng=rng)
        if last and doc.plan.signer:
            at = (0.40, 0.39) if doc.plan.doc_type == "service_receipt" else (0.55, 0.70)
            sign(page, doc.plan.signer, rng=rng, at=at)
        if last and doc.plan.seal:
            stamp_seal(page, case.court, rng=rng, at=(rng.uniform(0.6, 0.72), rng.uniform(0.55, 0.8)))
        how = Degradation(skew_deg=rng.uniform(-1.8, 1.8),
                          upside_down=not doc.plan.illegible and rng.random() < 0.1,
                          blur=rng.uniform(0.2, 0.7), noise=rng.uniform(2, 4), jpeg_quality=JPEG_QUALITY,
                          illegible=doc.plan.illegible)
        out.append(degrade(page, how, rng=rng))
        last_rgb = page
    if doc.plan.blank_back and last_rgb is not None:
        back = blank_back(last_rgb.size, rng=rng, bleed=last_rgb)
        out.append(degrade(back, Degradation(skew_deg=rng.uniform(-1, 1), jpeg_quality=JPEG_QUALITY), rng=rng))
    return out


def _merge_pdfs(pdfs: list[bytes], *, made_on: date) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(io.BytesIO(pdf))
    stamp = f"D:{made_on:%Y%m%d}090000Z"
    writer.add_metadata({"/Producer": "dossier samples", "/CreationDate": stamp, "/ModDate": stamp})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _truth_for(spec: DossierSpec, case: Case, printed: list[Printed], scans: list[str],
               born_digital: set[int], file_of_doc: list[int]) -> GroundTruth:
    pages: list[TruthPage] = []
    documents: list[TruthDocument] = []
    problems: dict[str, list[int]] = {}
    for i, doc in enumerate(printed):
        scanned = file_of_doc[i] not in born_digital  # born-digital pages keep their QR, have no backs
        qr = doc.has_qr and (doc.plan.qr == "stamp" or not scanned)
        numbers: list[int] = []
        for n in range(doc.pages):
            number = len(pages) + 1
            numbers.append(number)
            first = n == 0
            pages.append(TruthPage(page=number, doc_type=doc.plan.doc_type if first else "continuation",
                                   case_number=(doc.plan.case_number or case.case_number) if first else None,
                                   readable=not doc.plan.illegible, has_qr=qr))
            if doc.plan.illegible:
                pages[-1].doc_type = "unknown"
                problems.setdefault("unreadable_page", []).append(number)
            if doc.plan.case_number:
                problems.setdefault("misfiled_page", []).append(number)
        if not doc.plan.illegible:
            documents.append(TruthDocument(doc_type=doc.plan.doc_type, pages=numbers,
                                           served=[doc.plan.served] if doc.plan.served else []))
        if doc.plan.blank_back and scanned:
            pages.append(TruthPage(page=len(pages) + 1, doc_type="blank"))
            problems.setdefault("blank_page", []).append(len(pages))
    blocking = {"unreadable_page", "misfiled_page"} & set(problems)
    decision: Literal["approve", "reject"] = "reject" if spec.expected_missing or blocking else "approve"
    return GroundTruth(name=spec.name, description=spec.description, scans=scans, stage=spec.stage,
                       today=spec.today, expected_decision=decision, expected_missing=spec.expected_missing,
                       expected_problems=[TruthProblem(kind=k, pages=v) for k, v in sorted(problems.items())],
                       pages=pages, documents=documents)


def build_dossier(spec: DossierSpec, case: Case, out: Path, *, source: DocumentSource, seed: int) -> GroundTruth:
    """Build one sample dossier folder: SCAN files, case.json and truth.json."""
    rng = random.Random(seed ^ zlib.crc32(spec.name.encode()))
    printed = _print_all(spec, case, source, rng)
    bounds = [*spec.split_after, len(printed) - 1]
    file_of_doc = [next(f for f, b in enumerate(bounds) if i <= b) for i in range(len(printed))]
    born_digital = set(spec.born_digital_files)
    scans: list[str] = []
    for f in range(len(bounds)):
        docs = [d for d, fi in zip(printed, file_of_doc, strict=True) if fi == f]
        name = f"scan-{f + 1}.pdf" if len(bounds) > 1 else "scan.pdf"
        if f in born_digital:
            data = _merge_pdfs([d.pdf for d in docs], made_on=spec.today)
        else:
            images = [im for d in docs for im in _scan_document(d, case, rng)]
            data = images_to_pdf(images, scanned_on=spec.today, quality=JPEG_QUALITY)
        atomic_write_bytes(out / name, data)
        scans.append(name)
    truth = _truth_for(spec, case, printed, scans, born_digital, file_of_doc)
    atomic_write_text(out / "case.json", json.dumps(case.model_dump(mode="json", exclude_none=True),
                                                     ensure_ascii=False, indent=2) + "\n")
    atomic_write_text(out / "truth.json", truth.model_dump_json(indent=2) + "\n")
    return truth


def build_samples(out_dir: Path, *, cases_file: Path, seed: int = DEFAULT_SEED, only: list[str] | None = None,
                  use_templates: bool = True,
                  progress: Callable[[str], None] | None = None) -> list[GroundTruth]:
    """Build every sample dossier (or those named in `only`) under out_dir."""
    cases = load_cases(cases_file)
    specs = [s for s in sample_specs(cases) if not only or s.name in only or s.name[:2] in only]
    truths: list[GroundTruth] = []
    with DocumentSource(use_templates=use_templates) as source:
        for spec in specs:
            if progress:
                progress(spec.name)
            base = cases[spec.case_number]
            case = base if not spec.case_changes else case_from_dict(
                {**base.model_dump(mode="json", exclude_none=True), **spec.case_changes}, where=spec.name)
            truths.append(_build_in_place(spec, case, out_dir, source=source, seed=seed))
    if not only:
        atomic_write_text(out_dir / "README.md", index_text(truths, seed))
    return truths


def index_text(truths: list[GroundTruth], seed: int) -> str:
    """samples/dossiers/README.md: what each sample dossier is and what a correct check says."""
    lines = ["# 示例卷宗（由 `dossier samples build` 生成，勿手工修改）", "",
             f"随机种子 {seed}。每个目录含扫描件、`case.json`（案件数据）与 `truth.json`（标准答案）。", "",
             "| 目录 | 说明 | 页数 | 阶段 | 预期结论 | 预期缺少 | 预期问题 |", "| --- | --- | --- | --- | --- | --- | --- |"]
    for t in truths:
        problems = "；".join(f"{p.kind} {p.pages}" for p in t.expected_problems) or "—"
        lines.append(f"| {t.name} | {t.description} | {len(t.pages)} | {t.stage} | {t.expected_decision} | "
                     f"{'、'.join(t.expected_missing) or '—'} | {problems} |")
    return "\n".join(lines) + "\n"


def _build_in_place(spec: DossierSpec, case: Case, out_dir: Path, *, source: DocumentSource,
                    seed: int) -> GroundTruth:
    """Build into a temporary folder, then swap it in: a failed build never leaves half a dossier."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{spec.name}.", dir=out_dir) as tmp:
        truth = build_dossier(spec, case, Path(tmp) / "dossier", source=source, seed=seed)
        final = out_dir / spec.name
        if final.exists():
            shutil.rmtree(final)
        os.replace(Path(tmp) / "dossier", final)
    return truth
