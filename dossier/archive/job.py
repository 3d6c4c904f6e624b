"""The service's archive job: the archive centre archives a dossier it approved.

The job reads the scans once, as the archive command does (`reading.read_dossier`: the reader's stages
and, on the same render, the rest of each page for the text layer) — the check job keeps what each page
is, not the lines read nor which way up each page lies —, orders the pages by the check as decided (page
types corrected by hand included), writes
the package into the file store, indexes its text for search, and records in the audit trail who
archived which check, on which scans, and the sha256 of the package."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text

from dossier.errors import InputError
from dossier.store.db import Database
from dossier.store.files import FileStore, record_file
from dossier.store.models import Decision, utcnow

PACKAGE_FILES = {"dossier.pdf": ("归档电子卷宗（PDF/A）", "application/pdf"),
                 "manifest.json": ("归档清单（manifest.json）", "application/json")}


def digest(data: Any) -> str:
    """sha256 of canonical JSON (sorted keys, no spaces): how the audit digests a decision's inputs."""
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def run_archive_job(ctx: Any, files: FileStore, db: Database) -> dict[str, Any]:
    from dossier.archive.build import missing_with_generated, write_package
    from dossier.archive.reading import read_dossier
    from dossier.archive.search import index_text, normalised
    from dossier.dossier_check.model import Page
    from dossier.dossier_check.run import check_pages
    from dossier.intake.case_file import case_from_dict

    params = ctx.params
    existing = _archived(db, ctx.job_id)
    if existing is not None:  # a retried job that had finished its work: nothing twice
        return existing
    case = case_from_dict(params["case"])
    engine = os.environ.get("DOSSIER_OCR_ENGINE") or None
    inputs = [(str(f["sha256"]), str(f["name"])) for f in params["files"]]
    # decided as on the day it was checked (its time conditions), archived today
    checked_on = date.fromisoformat(params["checked_on"]) if params.get("checked_on") else date.today()
    day = date.today()
    with files.named_copies(inputs) as paths, tempfile.TemporaryDirectory(prefix="archive-") as tmp:
        kwargs: dict[str, Any] = {"expected_case_number": case.case_number}
        if engine:
            kwargs["engine"] = engine
        results, texts = {}, {}
        for r, page_text in read_dossier(list(paths), **kwargs):
            results[r.page], texts[r.page] = r.model_copy(update={"thumbnail_png": None}), page_text
            ctx.progress(len(results), len(params["pages"]))
        pages = [Page.model_validate(p) for p in params["pages"]]
        check = check_pages(pages, case, "archive", today=checked_on, files=[name for _, name in inputs],
                            missing_for=missing_with_generated)
        if check.decision != "approve":
            raise InputError("归档审查未通过（卷宗不齐或有错误页），不能归档", field="check_job_id")
        out = Path(tmp) / "package"
        manifest = write_package(list(paths), case, out, check, results, texts, today=day)
        stored = {}
        for name, (label, media) in PACKAGE_FILES.items():
            sha, size = files.put_file(out / name)
            record_file(db, sha, size, media, name)
            stored[name] = {"name": name, "label": label, "sha256": sha, "size": size, "media_type": media}
        from pypdf import PdfReader

        body = "\n".join(p.extract_text() or "" for p in PdfReader(out / "dossier.pdf").pages)
    meta = manifest.metadata
    parties = "、".join(meta.parties)
    audit_inputs = [{"kind": "dossier_check", "job_id": params["check_job_id"]},
                    *({"kind": "file", **f} for f in params["files"]),
                    {"kind": "package", "sha256": manifest.sha256, "manifest_sha256": stored["manifest.json"]["sha256"]}]
    with db.session() as s:
        archive_id = s.execute(text(
            "INSERT INTO archives (job_id, check_job_id, case_number, court, parties, page_count, pdf_sha256, "
            "manifest_sha256, archived_by, archived_at) VALUES (:job, :check, :case, :court, :parties, :pages, "
            ":pdf, :manifest, :by, :at) RETURNING id"),
            {"job": ctx.job_id, "check": params["check_job_id"], "case": case.case_number, "court": case.court,
             "parties": parties, "pages": manifest.page_count, "pdf": manifest.sha256,
             "manifest": stored["manifest.json"]["sha256"], "by": params["actor"]["id"], "at": utcnow()}).scalar_one()
        everything = f"{case.case_number} {case.court} {parties}\n{body}"
        if s.get_bind().dialect.name == "sqlite":
            s.execute(text("INSERT INTO archive_search (rowid, grams) VALUES (:id, :grams)"),
                      {"id": archive_id, "grams": index_text(everything)})
        else:
            s.execute(text("INSERT INTO archive_search (archive_id, text) VALUES (:id, :text)"),
                      {"id": archive_id, "text": normalised(everything)})
        actor = params["actor"]
        # the archive decision: a "dossier" decision (the audit's kinds) on the subject archive:<job>
        s.add(Decision(kind="dossier", case_number=case.case_number, result="approved",
                       reason=f"归档：电子卷宗 {manifest.page_count} 页，dossier.pdf sha256 {manifest.sha256}",
                       actor_id=actor["id"], actor_username=actor["username"], actor_role=actor["role"],
                       inputs=audit_inputs, inputs_sha256=digest(audit_inputs),
                       check={"decision": check.decision, "package_sha256": manifest.sha256,
                              "pages": manifest.page_count},
                       subject=f"archive:{ctx.job_id}", version=1))
    return {"archive_id": archive_id, "sha256": manifest.sha256, "page_count": manifest.page_count,
            "files": list(stored.values())}


def _archived(db: Database, job_id: int) -> dict[str, Any] | None:
    with db.session() as s:
        row = s.execute(text("SELECT id, pdf_sha256, page_count FROM archives WHERE job_id = :job"),
                        {"job": job_id}).first()
    if row is None:
        return None
    return {"archive_id": row[0], "sha256": row[1], "page_count": row[2], "files": []}
