"""The PDF side of a batch: documents go to LibreOffice as they are rendered, several per load.

LibreOffice's CPU per load, not per page, is what a batch pays for: a document converted alone
costs ~50 ms of soffice CPU, one of twenty merged into one load ~12 ms (bench/bench_generate.py).
So rendered documents that can share a load (`compose.merge_key`) are gathered into groups, each
group is merged into one DOCX, converted once and its PDF cut back into one PDF per document
(`split`), each stamped with its own QR identities. Groups are handed to the converter while the
next documents render, and finished groups are cut and written while LibreOffice converts the
next ones, so the Python side and both soffice processes work at the same time.

Cutting and stamping (QR codes) is most of the Python side's work; in a big batch it runs in a helper
process (`cut_helper`, when `cut_workers` > 0), so the batch's own thread only renders and merges
meanwhile; a helper that dies or cannot start only means the batch cuts in its own process.

A group LibreOffice refuses, or whose PDF does not say where each document starts, is converted
again one document at a time: a bad document then fails its own row only. A converter that cannot
export marks (a stand-in in tests) gets every document alone.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import subprocess
import sys
from collections import deque
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
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
    cut_workers: int = 0  # helper processes that cut and stamp merged PDFs (0: this thread does)
    _open: dict[str, list[_Item]] = field(default_factory=dict)
    _waiting: deque[_Group] = field(default_factory=deque)
    _running: deque[_Group] = field(default_factory=deque)
    _cutting: deque[tuple[_Group, Path, Future[None]]] = field(default_factory=deque)
    _cutters: CutterProcess | None = None
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

    def close(self) -> None:
        """Cancel what has not started; wait for helper processes (none may write after the batch)."""
        for group in self._running:
            if group.future is not None:
                group.future.cancel()
        if self._cutters is not None:
            self._cutters.close()
            self._cutters = None

    # --- the pipeline ------------------------------------------------------------------------------

    def _pump(self, *, block: bool) -> None:
        """Hand over what waits, take in what is done; with `block`, until nothing is left."""
        while True:
            if self._waiting and (block or self.starting.done()):
                converter = self.starting.result()
                while self._waiting:
                    self._submit(converter, self._waiting.popleft())
            while self._running and (block or self._running[0].done()):
                self._collect(self._running.popleft())
            while self._cutting and (block or self._cutting[0][2].done()):
                self._cut_done(*self._cutting.popleft())
            if not block or not (self._waiting or self._running or self._cutting):
                return

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
            self._start_cutters()
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
        except DossierError as exc:
            self._again_one_by_one(group, exc)
            return
        if self._cutters is not None:
            targets = [str(self.sink.staged(item.job, "pdf")) for item in group.items]
            identities = [item.identity() for item in group.items]
            self._cutting.append((group, merged, self._cutters.submit(merged, identities, targets)))
            return
        self._cut_here(group, merged)

    def _cut_here(self, group: _Group, merged: Path) -> None:
        try:
            documents = split_and_stamp(merged, [item.identity() for item in group.items])
        except (DossierError, SplitError) as exc:
            self._again_one_by_one(group, exc)
            return
        for item, pdf in zip(group.items, documents, strict=True):
            if not self.sink.failed(item.row):
                self._write(item, pdf)

    def _cut_done(self, group: _Group, merged: Path, cut: Future[None]) -> None:
        try:
            cut.result()
        except SplitError as exc:
            self._again_one_by_one(group, exc)
            return
        except Exception as exc:  # the helper died or could not start: cut here
            log.warning("the cutting helper failed (%s: %s); cutting in the batch's own process",
                        type(exc).__name__, exc)
            self._stop_cutters()
            self._cut_here(group, merged)
            return
        for item in group.items:
            if not self.sink.failed(item.row):
                self.sink.done(item.job)

    def _again_one_by_one(self, group: _Group, exc: Exception) -> None:
        reason = exc.message if isinstance(exc, DossierError) else f"{type(exc).__name__}: {exc}"
        log.warning("a group of %d documents is converted again one by one: %s", len(group.items), reason)
        self._waiting.extend(_Group([item]) for item in group.items)

    def _start_cutters(self) -> None:
        """The helper starts with the first group, so it is ready (~0.4 s) when that group's PDF is."""
        if self._cutters is not None or self.cut_workers <= 0:
            return
        try:
            self._cutters = CutterProcess()
        except OSError as exc:
            log.warning("no cutting helper (%s); cutting in the batch's own process", exc)
            self.cut_workers = 0

    def _stop_cutters(self) -> None:
        self.cut_workers = 0
        if self._cutters is not None:
            self._cutters.close()
            self._cutters = None

    def _write(self, item: _Item, pdf: bytes) -> None:
        # Into the staging folder, like the DOCX: it reaches OUT only by the run's final atomic moves,
        # so a per-file fsync (milliseconds each, on the batch's one Python thread) buys nothing.
        self.sink.staged(item.job, "pdf").write_bytes(pdf)
        self.sink.done(item.job)


class HelperGone(RuntimeError):
    """The cutting helper exited (or never started); the batch cuts in its own process instead."""


class CutterProcess:
    """`dossier.batch.cut_helper` as a child process; `submit` returns at once, one cut at a time."""

    def __init__(self) -> None:
        self._proc = subprocess.Popen([sys.executable, "-m", "dossier.batch.cut_helper", str(os.getpid())],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                      start_new_session=True)  # Ctrl-C is the batch's to handle
        self._talk = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cut-helper")
        self._ready = self._talk.submit(self._reply)

    def submit(self, merged: Path, identities: Sequence[Identity], targets: Sequence[str]) -> Future[None]:
        request: dict[str, object] = {"merged": str(merged), "identities": [asdict(i) for i in identities],
                                      "targets": list(targets)}
        return self._talk.submit(self._cut, request)

    def close(self) -> None:
        """Wait for the cut under way (nothing may be written after the batch), then end the helper."""
        self._talk.shutdown(wait=True, cancel_futures=True)
        for stream in (self._proc.stdin, self._proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()

    def _cut(self, request: dict[str, object]) -> None:
        self._ready.result()
        stdin = self._proc.stdin
        assert stdin is not None
        try:
            stdin.write((json.dumps(request, ensure_ascii=False) + "\n").encode("utf-8"))
            stdin.flush()
        except OSError as exc:
            raise HelperGone(f"helper gone: {exc}") from exc
        reply = self._reply()
        if not reply.get("ok"):
            raise SplitError(str(reply.get("error")))

    def _reply(self) -> dict[str, object]:
        stdout = self._proc.stdout
        assert stdout is not None
        line = stdout.readline()
        if not line:
            raise HelperGone(f"helper exited ({self._proc.poll()})")
        reply: dict[str, object] = json.loads(line)
        return reply
