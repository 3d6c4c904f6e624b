"""A batch-generation job: the library's batch runner into a temp folder, then a ZIP of everything and
the merged print PDFs kept in the content-addressed store."""

from __future__ import annotations

import tempfile
import zipfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dossier.intake.case_file import case_from_dict
from dossier.jobs.worker import JobContext
from dossier.store.db import Database
from dossier.store.files import FileStore

if TYPE_CHECKING:
    from dossier.batch.manifest import Manifest

ZIP_NAME = "文书.zip"


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


def _zip(out: Path, target: Path, manifest: Manifest) -> None:
    """The clerk's ZIP: Chinese folder and file names (执行通知书/…_执行通知书.docx), never type codes;
    the folder on disk and the manifest keep the codes (they are the CLI's and the API's)."""
    from dossier.batch.naming import chinese_entry, chinese_merged_entry

    names = {o.path: chinese_entry(o.case_number, o.type, o.format, serves=o.serves) for o in manifest.outputs}
    names.update({m.path: chinese_merged_entry(m.type) for m in manifest.merged})
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(out.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                relative = path.relative_to(out).as_posix()
                zf.write(path, names.get(relative, relative))


def run_batch(ctx: JobContext, files: FileStore, db: Database, pdf: Any = None) -> dict[str, Any]:
    from dossier.batch import BatchOptions
    from dossier.batch import run_batch as library_run_batch
    from dossier.doctypes import label
    from dossier.jobs.handlers import store_output

    formats = list(ctx.params["formats"])
    issued_on = date.fromisoformat(ctx.params["issued_on"]) if ctx.params.get("issued_on") else None
    options = BatchOptions(types=list(ctx.params["types"]), formats=formats, merge="pdf" in formats,
                           issued_on=issued_on)
    with tempfile.TemporaryDirectory(prefix="dossier-batch-") as tmp_name:
        tmp = Path(tmp_name)
        batch = _batch(ctx, files, tmp)
        out = tmp / "out"
        warm = {"converter_factory": pdf} if pdf is not None else {}
        manifest = library_run_batch(batch, options, out, progress=_Progress(ctx), **warm)
        stored: list[dict[str, Any]] = []
        if manifest.outputs:
            _zip(out, tmp / ZIP_NAME, manifest)
            stored.append(store_output(files, db, tmp / ZIP_NAME, ZIP_NAME, "下载全部文书（ZIP）"))
        for merged in manifest.merged:
            name = f"合并打印_{label(merged.type)}.pdf"
            stored.append(store_output(files, db, out / merged.path, name,
                                       f"合并 PDF：{label(merged.type)}（{merged.pages} 页）"))
        stored.append(store_output(files, db, manifest.to_json().encode("utf-8"), "manifest.json", "清单 manifest.json"))
    data = manifest.model_dump(mode="json", exclude_none=True)
    return {"outputs": data.get("outputs", []), "errors": data.get("errors", []),
            "merged": data.get("merged", []), "files": stored}
