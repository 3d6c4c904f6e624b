"""The PDF side of a batch: documents go to LibreOffice as they are rendered, several per load.

LibreOffice's CPU per load, not per page, is what a batch pays for: a document converted alone
costs ~50 ms of soffice CPU, one of twenty merged into one load ~12 ms (bench/bench_generate.py).
So rendered documents that can share a load (`compose.merge_key`) are gathered into groups, each
group is merged into one DOCX, converted once and its PDF cut back into one PDF per document
(`split`), each stamped with its own QR identities. Groups are handed to the converter while the
next documents render, and finished groups are cut and written while LibreOffice converts the
next ones, so the Python side and both soffice processes work at the same time.

A group LibreOffice refuses, or whose PDF does not say where each document starts, is converted
again one document at a time: a bad document then fails its own row only. A converter that cannot
export marks (a stand-in in tests) gets every document alone.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

from dossier.batch.compose import compose, document_title, merge_key
from dossier.batch.plan import DocJob
from dossier.batch.split import Identity, SplitError, split_and_stamp
from dossier.errors import DossierError
from dossier.render.pdf import MARKED
from dossier.render.stamp import stamp_identity

log = logging.getLogger(__name__)

DEFAULT_PER_LOAD = 20  # beyond ~20 the saving per document is small and a refused group costs more


class Converter(Protocol):
    def submit(self, docx: Path, outdir: Path) -> Future[Path]: ...


@runtime_checkable
class MarkingConverter(Protocol):
    """A converter that can export bookmarks as named destinations (`dossier.render.pdf.PdfConverter`)."""

    def submit(self, docx: Path, outdir: Path, *,
               options: Mapping[str, bool | int | str] | None = None) -> Future[Path]: ...

    @property
    def instances(self) -> int: ...


class Sink(Protocol):
    """Where the conversions report: the run's staged paths, row failures and progress."""

    def staged(self, job: DocJob, fmt: str) -> Path: ...

    def failed(self, row: int) -> bool: ...

    def fail(self, row: int, job: DocJob, exc: DossierError) -> None: ...

    def done(self, job: DocJob) -> None: ...


@dataclass
class _Item:
    row: int
    job: DocJob
    docx: bytes

    def identity(self) -> Identity:
        return Identity(case_number=self.job.case.case_number, doc_type=self.job.doc_type, doc_id=self.job.doc_id,
                        title=document_title(self.docx))


@dataclass
class _Group:
    items: list[_Item]
    future: Future[Path] | None = None

    @property
    def merged(self) -> bool:
        return len(self.items) > 1

    def done(self) -> bool:
        return self.future is None or self.future.done()


@dataclass
class Conversions:
    """Feed it every rendered document (`add`), then `finish()`; results land through the sink."""

    sink: Sink
    starting: Future[Converter]
    workdir: Path
    per_load: int = DEFAULT_PER_LOAD
    _open: dict[str, list[_Item]] = field(default_factory=dict)
    _waiting: deque[_Group] = field(default_factory=deque)
    _running: deque[_Group] = field(default_factory=deque)
    _merges: int = 0

    def add(self, row: int, job: DocJob, docx: bytes) -> None:
        item = _Item(row=row, job=job, docx=docx)
        key = merge_key(docx) if self.per_load > 1 else None
        if key is None:
            self._waiting.append(_Group([item]))
        else:
            bucket = self._open.setdefault(key, [])
            bucket.append(item)
            if len(bucket) >= self.per_load:
                self._waiting.append(_Group(self._open.pop(key)))
        self._pump(block=False)

    def finish(self) -> None:
        """Convert what is left and wait for every document."""
        for bucket in self._open.values():
            self._waiting.append(_Group(bucket))
        self._open.clear()
        self._pump(block=True)

    def cancel(self) -> None:
        for group in self._running:
            if group.future is not None:
                group.future.cancel()

    # --- the pipeline ------------------------------------------------------------------------------

    def _pump(self, *, block: bool) -> None:
        if self._waiting and (block or self.starting.done()):
            converter = self.starting.result()
            while self._waiting:
                self._submit(converter, self._waiting.popleft())
        while self._running and (block or self._running[0].done()):
            self._collect(self._running.popleft())
            if block and self._waiting:  # a refused group came back as single documents
                self._pump(block=True)

    def _submit(self, converter: Converter, group: _Group) -> None:
        live = [item for item in group.items if not self.sink.failed(item.row)]
        if not live:
            return
        group.items = live
        if len(live) > 1 and isinstance(converter, MarkingConverter):
            self._merges += 1
            source = self.workdir / f"group-{self._merges:05d}.docx"
            source.parent.mkdir(parents=True, exist_ok=True)
            source.write_bytes(compose([item.docx for item in live]))
            group.future = converter.submit(source, self.workdir, options=MARKED)
            self._running.append(group)
            return
        for item in live:
            single = _Group([item])
            single.future = converter.submit(self.sink.staged(item.job, "docx"), self.workdir)
            self._running.append(single)

    def _collect(self, group: _Group) -> None:
        assert group.future is not None
        if group.merged:
            self._collect_merged(group, group.future)
            return
        (item,) = group.items
        try:
            raw = group.future.result()
            if self.sink.failed(item.row):
                return
            stamped = stamp_identity(raw.read_bytes(), case_number=item.job.case.case_number,
                                     doc_type=item.job.doc_type, doc_id=item.job.doc_id)
        except DossierError as exc:
            if not self.sink.failed(item.row):
                self.sink.fail(item.row, item.job, exc)
            return
        self._write(item, stamped)

    def _collect_merged(self, group: _Group, future: Future[Path]) -> None:
        try:
            merged = future.result()
            documents = split_and_stamp(merged, [item.identity() for item in group.items])
            merged.unlink(missing_ok=True)
        except (DossierError, SplitError) as exc:
            reason = exc.message if isinstance(exc, DossierError) else str(exc)
            log.warning("a group of %d documents is converted again one by one: %s", len(group.items), reason)
            self._waiting.extend(_Group([item]) for item in group.items)
            return
        for item, pdf in zip(group.items, documents, strict=True):
            if not self.sink.failed(item.row):
                self._write(item, pdf)

    def _write(self, item: _Item, pdf: bytes) -> None:
        # Into the staging folder, like the DOCX: it reaches OUT only by the run's final atomic moves,
        # so a per-file fsync (milliseconds each, on the batch's one Python thread) buys nothing.
        self.sink.staged(item.job, "pdf").write_bytes(pdf)
        self.sink.done(item.job)
