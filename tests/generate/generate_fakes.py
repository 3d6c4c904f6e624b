"""A stand-in for LibreOffice in batch tests: converts instantly into a small real PDF."""

from __future__ import annotations

import io
from concurrent.futures import Future
from pathlib import Path
from types import TracebackType

from reportlab.pdfgen.canvas import Canvas

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"


class FakeConverter:
    """Converts instantly: a one-page PDF naming the DOCX it came from. `fail_on` names stems that fail."""

    def __init__(self, *, fail_on: tuple[str, ...] = (), interrupt_after: int | None = None) -> None:
        self.fail_on = fail_on
        self.interrupt_after = interrupt_after
        self.submitted: list[Path] = []
        self.closed = False

    def __enter__(self) -> FakeConverter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.closed = True

    def submit(self, docx: Path, outdir: Path) -> Future[Path]:
        from dossier.errors import ExternalToolError

        self.submitted.append(docx)
        if self.interrupt_after is not None and len(self.submitted) > self.interrupt_after:
            raise KeyboardInterrupt
        future: Future[Path] = Future()
        if any(s in docx.stem for s in self.fail_on):
            future.set_exception(ExternalToolError("LibreOffice 无法转换此文件：测试", file=docx.name))
            return future
        buf = io.BytesIO()
        canvas = Canvas(buf)
        canvas.drawString(72, 720, f"converted {len(self.submitted)}")
        canvas.showPage()
        canvas.save()
        outdir.mkdir(parents=True, exist_ok=True)
        target = outdir / f"{docx.stem}.pdf"
        target.write_bytes(buf.getvalue())
        future.set_result(target)
        return future


class FakeMarkingConverter(FakeConverter):
    """Also converts a merged group the way LibreOffice does for `dossier.batch.convert`: one page per
    document, each starting at the named destination of its bookmark. `unmarked` drops the marks (a
    PDF that cannot be cut); `fail_on` also refuses a group holding a document that mentions it."""

    instances = 2

    def __init__(self, *, unmarked: bool = False, fail_on: tuple[str, ...] = ()) -> None:
        super().__init__(fail_on=fail_on)
        self.unmarked = unmarked
        self.groups: list[int] = []  # documents per merged load

    def submit(self, docx: Path, outdir: Path, *, options: object = None) -> Future[Path]:
        if not options:
            return super().submit(docx, outdir)
        import re
        import zipfile

        from pypdf import PdfWriter

        from dossier.errors import ExternalToolError

        self.submitted.append(docx)
        xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
        marks = re.findall(r'w:name="(DossierDoc\d+)"', xml)
        self.groups.append(len(marks))
        future: Future[Path] = Future()
        if any(s in xml for s in self.fail_on):
            future.set_exception(ExternalToolError("LibreOffice 无法转换此文件：测试", file=docx.name))
            return future
        buf = io.BytesIO()
        canvas = Canvas(buf)
        for n, _mark in enumerate(marks, start=1):
            canvas.drawString(72, 720, f"merged document {n}")
            canvas.showPage()
        canvas.save()
        writer = PdfWriter(clone_from=io.BytesIO(buf.getvalue()))
        if not self.unmarked:
            for n, mark in enumerate(marks):
                writer.add_named_destination(mark, n)
        outdir.mkdir(parents=True, exist_ok=True)
        target = outdir / f"{docx.stem}.pdf"
        with target.open("wb") as fh:
            writer.write(fh)
        future.set_result(target)
        return future
