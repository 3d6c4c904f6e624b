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
