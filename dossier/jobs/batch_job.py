"""A batch-generation job: the library's batch runner into a temp folder, then a ZIP of everything and
the merged print PDFs kept in the content-addressed store; a big batch split into chunks across workers."""

from __future__ import annotations

import tempfile
import zipfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dossier.intake.case_file import case_from_dict
from dossier.jobs.worker import JobContext
from dossier.store.db import Database
from dossier.store.files import FileStore, record_file

if TYPE_CHECKING:
    from dossier.batch import BatchOptions
    from dossier.batch.manifest import Manifest

ZIP_NAME = "文书.zip"
CHUNK_KIND = "batch_chunk"
MEDIA_TYPES = {".pdf": "application/pdf",
               ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


class _Progress:
    """The batch runner's progress sink, reporting to the job row (and renewing its lease)."""

    def __init__(self, ctx: JobContext) -> None:
        self._ctx = ctx
        self._total = 0
        self._done = 0

    def start(self, total: int) -> None:
        self._total = total
        self._ctx.progress(0, total)

    def advance(self, label: str) -> None:
        self._done += 1
        self._ctx.progress(self._done, self._total)


def _batch(ctx: JobContext, files: FileStore, tmp: Path) -> Any:
    from dossier.intake.tabular import Batch, BatchRow, read_batch
    from dossier.jobs.handlers import inputs_of

    source = ctx.params.get("source")
    if source:
        with files.named_copies(inputs_of([source])) as [path]:
            return read_batch(path)
    rows = [BatchRow(row=i, case=case_from_dict(d)) for i, d in enumerate(ctx.params["cases"], start=1)]
    return Batch(source=tmp / "selected-cases.json", rows=rows)


def _zip(target: Path, entries: dict[str, Path], manifest: Manifest) -> None:
    """The clerk's ZIP: Chinese folder and file names (执行通知书/…_执行通知书.docx), never type codes;
    `entries` (path in the batch's folder → file) and the manifest keep the codes (the CLI's and the API's)."""
    from dossier.batch.naming import chinese_entry, chinese_merged_entry

    names = {o.path: chinese_entry(o.case_number, o.type, o.format, serves=o.serves) for o in manifest.outputs}
    names.update({m.path: chinese_merged_entry(m.type) for m in manifest.merged})
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for relative in sorted(entries):
            zf.write(entries[relative], names.get(relative, relative))


def _folder_entries(out: Path) -> dict[str, Path]:
    return {path.relative_to(out).as_posix(): path for path in out.rglob("*")
            if path.is_file() and not path.name.startswith(".")}


def _options(params: dict[str, Any]) -> BatchOptions:
    from dossier.batch import BatchOptions

    formats = list(params["formats"])
    issued_on = date.fromisoformat(params["issued_on"]) if params.get("issued_on") else None
    return BatchOptions(types=list(params["types"]), formats=formats, merge="pdf" in formats, issued_on=issued_on)


def run_batch(ctx: JobContext, files: FileStore, db: Database, pdf: Any = None) -> dict[str, Any]:
    """The batch in one go; or, with workers of a broker and more cases than `chunk_rows`, split into
    chunks run side by side (`run_chunk`, each worker with its own warm LibreOffice) and joined here
    when the last is finished, into the same ZIP, merged PDFs and manifest as in one go."""
    from dossier.usecases.batch import generate  # the batch use case, as `dossier generate` runs it

    if "parts" in ctx.params:
        return _join(ctx, files, db)
    with tempfile.TemporaryDirectory(prefix="dossier-batch-") as tmp_name:
        tmp = Path(tmp_name)
        batch = _batch(ctx, files, tmp)
        chunk_rows = int(ctx.params.get("chunk_rows") or 0)
        if ctx.can_split and chunk_rows and len(batch.cases) > chunk_rows:
            ctx.split([(CHUNK_KIND, {**_common(ctx.params), "rows": rows}) for rows in chunks(batch, chunk_rows)],
                      {**ctx.params, "row_errors": _row_errors(batch)})
            return {}
        out = tmp / "out"
        manifest = generate(batch, _options(ctx.params), out, progress=_Progress(ctx), **_warm(pdf))
        merged = {m.path: out / m.path for m in manifest.merged}
        return _store_results(files, db, tmp, _folder_entries(out), manifest, merged)


def _warm(pdf: Any) -> dict[str, Any]:
    return {"converter_factory": pdf} if pdf is not None else {}


def _common(params: dict[str, Any]) -> dict[str, Any]:
    return {k: params[k] for k in ("types", "formats", "issued_on") if k in params}


def _row_errors(batch: Any) -> list[dict[str, Any]]:
    from dossier.batch.manifest import ManifestError

    return [ManifestError(row=e.row, field=e.field, message=e.message, sheet_row=e.sheet_row).model_dump(mode="json")
            for e in batch.errors]


def chunks(batch: Any, size: int) -> list[list[dict[str, Any]]]:
    """The batch's cases in chunks of about `size`, in row order; the rows of one case number stay in one
    chunk (the batch runner names a case's second row apart from its first only within one run)."""
    out: list[list[dict[str, Any]]] = []
    chunk_of: dict[str, int] = {}
    for entry in batch.rows:
        if entry.case is None:
            continue
        number = entry.case.case_number
        if number not in chunk_of:
            if not out or len(out[-1]) >= size:
                out.append([])
            chunk_of[number] = len(out) - 1
        out[chunk_of[number]].append({"row": entry.row, "case": entry.case.model_dump(mode="json", exclude_none=True)})
    return out


def run_chunk(ctx: JobContext, files: FileStore, db: Database, pdf: Any = None) -> dict[str, Any]:
    """One chunk of a split batch: its documents and per-type merged PDFs kept in the file store (every
    worker reaches it), described for the join. Run again after a crash, it stores the same kind of
    files again; only the run that completes the chunk is referred to."""
    from dossier.intake.tabular import Batch, BatchRow
    from dossier.usecases.batch import generate  # the batch use case, as `dossier generate` runs it

    rows = [BatchRow(row=int(r["row"]), case=case_from_dict(r["case"])) for r in ctx.params["rows"]]
    with tempfile.TemporaryDirectory(prefix="dossier-chunk-") as tmp_name:
        tmp = Path(tmp_name)
        out = tmp / "out"
        manifest = generate(Batch(source=tmp / "chunk.json", rows=rows), _options(ctx.params), out,
                                     progress=_Progress(ctx), **_warm(pdf))
        outputs = []
        for o in manifest.outputs:
            sha, size = files.put_file(out / o.path)
            record_file(db, sha, size, MEDIA_TYPES.get(f".{o.format}", "application/octet-stream"), Path(o.path).name)
            outputs.append({**o.model_dump(mode="json", exclude_none=True), "sha256": sha})
        merged = []
        for m in manifest.merged:
            sha, size = files.put_file(out / m.path)
            record_file(db, sha, size, "application/pdf", Path(m.path).name)
            merged.append({"type": m.type, "sha256": sha, "pages": m.pages, "case_numbers": m.case_numbers})
    return {"outputs": outputs, "errors": [e.model_dump(mode="json", exclude_none=True) for e in manifest.errors],
            "merged": merged}


def _join(ctx: JobContext, files: FileStore, db: Database) -> dict[str, Any]:
    """The chunks' documents, in chunk order, into the one ZIP, merged PDFs and manifest of the batch."""
    from pypdf import PdfReader, PdfWriter

    from dossier.batch.manifest import Manifest, ManifestError, ManifestMerged, ManifestOutput
    from dossier.errors import InputError
    from dossier.fsutil import sha256_file
    from dossier.jobs.queue import parts_of

    parts = parts_of(db, ctx.job_id)
    ctx.progress(len(parts), len(parts))
    for number, part in enumerate(parts, start=1):
        if part.status != "done" or not part.result:
            raise InputError(f"批量生成的第{number}部分（共{len(parts)}部分）失败：{part.error or '未完成'}")
    results = [part.result or {} for part in parts]
    outputs = [ManifestOutput(**o) for r in results for o in r["outputs"]]
    errors = [ManifestError(**e) for e in ctx.params.get("row_errors", [])]
    errors += [ManifestError(**e) for r in results for e in r["errors"]]
    with tempfile.TemporaryDirectory(prefix="dossier-join-") as tmp_name:
        tmp = Path(tmp_name)
        merged_entries: list[ManifestMerged] = []
        merged_paths: dict[str, Path] = {}
        for doc_type in ctx.params["types"]:
            pieces = [m for r in results for m in r["merged"] if m["type"] == doc_type]
            if not pieces:
                continue
            writer = PdfWriter()
            numbers: list[str] = []
            for piece in pieces:
                writer.append(PdfReader(files.path_for(piece["sha256"])))
                numbers += [n for n in piece["case_numbers"] if n not in numbers]
            relative = f"merged/{doc_type}.pdf"
            path = tmp / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as fh:
                writer.write(fh)
            merged_entries.append(ManifestMerged(type=doc_type, path=relative, sha256=sha256_file(path),
                                                 pages=len(writer.pages), case_numbers=numbers))
            merged_paths[relative] = path
        manifest = Manifest(outputs=outputs, errors=sorted(errors, key=lambda e: e.row), merged=merged_entries)
        (tmp / "manifest.json").write_text(manifest.to_json(), encoding="utf-8")
        entries = {o.path: files.path_for(o.sha256) for o in outputs}
        entries.update(merged_paths)
        entries["manifest.json"] = tmp / "manifest.json"
        return _store_results(files, db, tmp, entries, manifest, merged_paths)


def _store_results(files: FileStore, db: Database, tmp: Path, entries: dict[str, Path], manifest: Manifest,
                   merged: dict[str, Path]) -> dict[str, Any]:
    """The ZIP of everything, the merged print PDFs and the manifest, kept in the store; the job's result."""
    from dossier.doctypes import label
    from dossier.jobs.handlers import store_output

    stored: list[dict[str, Any]] = []
    if manifest.outputs:
        _zip(tmp / ZIP_NAME, entries, manifest)
        stored.append(store_output(files, db, tmp / ZIP_NAME, ZIP_NAME, "下载全部文书（ZIP）"))
    for m in manifest.merged:
        name = f"合并打印_{label(m.type)}.pdf"
        stored.append(store_output(files, db, merged[m.path], name, f"合并 PDF：{label(m.type)}（{m.pages} 页）"))
    stored.append(store_output(files, db, manifest.to_json().encode("utf-8"), "manifest.json", "清单 manifest.json"))
    data = manifest.model_dump(mode="json", exclude_none=True)
    return {"outputs": data.get("outputs", []), "errors": data.get("errors", []),
            "merged": data.get("merged", []), "files": stored}
