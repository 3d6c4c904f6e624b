"""The PDF of a merged group (`dossier.batch.compose`) cut back into one PDF per document.

Each document starts where its named destination points (the bookmark put at its first paragraph)
and ends before the next one starts. The cut is refused — and the group converted again one
document at a time — when the destinations do not say exactly that: one per document, on strictly
increasing pages, the first on page 1.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError

from dossier.batch.compose import MARK_PREFIX, mark_name
from dossier.render.stamp import stamp_pages


class SplitError(Exception):
    """The merged PDF does not say where each document starts (convert them one by one instead)."""


@dataclass(frozen=True)
class Identity:
    """What the QR of each page of one document says, and the title its PDF carries."""

    case_number: str
    doc_type: str
    doc_id: str
    title: str | None = None


def page_ranges(reader: PdfReader, count: int) -> list[range]:
    """Pages (0-based) of each of the `count` documents of a merged PDF."""
    try:
        destinations = {str(name).lstrip("/"): dest for name, dest in reader.named_destinations.items()}
        total = len(reader.pages)
        starts: list[int] = []
        for index in range(count):
            destination = destinations.get(mark_name(index))
            if destination is None:
                raise SplitError(f"no destination for document {index + 1} of {count}")
            page = reader.get_destination_page_number(destination)
            if page is None:
                raise SplitError(f"destination of document {index + 1} points to no page")
            starts.append(page)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise SplitError(f"unreadable merged PDF: {exc}") from exc
    extra = [name for name in destinations if name.startswith(MARK_PREFIX) and name >= mark_name(count)]
    if extra:
        raise SplitError(f"{len(extra)} destinations more than the {count} documents")
    bounds = [*starts, total]
    if starts[0] != 0 or any(b <= a for a, b in itertools.pairwise(bounds)):
        raise SplitError(f"document starts {starts} do not cut {total} pages into {count} documents")
    return [range(a, b) for a, b in itertools.pairwise(bounds)]


def split_and_stamp(merged: Path, identities: Sequence[Identity]) -> list[bytes]:
    """One stamped PDF per document of the merged PDF, in order; SplitError when it cannot be cut."""
    try:
        reader = PdfReader(merged)
    except (PdfReadError, ValueError, OSError) as exc:
        raise SplitError(f"unreadable merged PDF: {exc}") from exc
    ranges = page_ranges(reader, len(identities))
    info = {k: v for k, v in (reader.metadata or {}).items() if k in ("/Creator", "/Producer", "/CreationDate")}
    documents = []
    for identity, pages in zip(identities, ranges, strict=True):
        writer = PdfWriter()
        for number in pages:
            writer.add_page(reader.pages[number])
        stamp_pages(writer, case_number=identity.case_number, doc_type=identity.doc_type, doc_id=identity.doc_id)
        metadata = dict(info)
        if identity.title:
            metadata["/Title"] = identity.title
        writer.add_metadata(metadata)
        out = io.BytesIO()
        writer.write(out)
        documents.append(out.getvalue())
    return documents


def split_to_files(merged: str, identities: Sequence[Identity], targets: Sequence[str]) -> None:
    """`split_and_stamp` writing each document to its target: what a helper process runs. Every
    failure comes back as a SplitError (plain text), whatever raised it."""
    try:
        documents = split_and_stamp(Path(merged), identities)
        for pdf, target in zip(documents, targets, strict=True):
            Path(target).write_bytes(pdf)
    except SplitError:
        raise
    except Exception as exc:  # a DossierError or a pypdf bug: the group is converted again, one by one
        raise SplitError(f"{type(exc).__name__}: {exc}") from None


def start_helper(batch_pid: int) -> None:
    """Initialise a helper process: Ctrl-C is left to the batch (which cancels and cleans up, printing
    nothing here), and the helper ends when the batch process ends, even by kill -9 — its parent is the
    fork server, so nothing else would tell it (it would wait for work forever, and keep the server)."""
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(batch_pid,), daemon=True, name="watch-batch").start()


def _exit_with(pid: int) -> None:
    import os
    import select
    import time

    try:
        handle = os.pidfd_open(pid)
    except OSError:  # already gone, or a kernel without pidfd: ask every second
        while True:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass
            time.sleep(1.0)
    select.select([handle], [], [])
    os._exit(1)
