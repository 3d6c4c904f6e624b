"""One LibreOffice per worker process, started on the first batch that needs PDFs and kept warm for the
next ones (starting soffice costs seconds; a worker runs many batches and chunks)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any


class WarmConverter:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._converter: Any = None

    def get(self) -> Any:
        with self._lock:
            if self._converter is None:
                from dossier.render.pdf import PdfConverter

                converter = PdfConverter(instances=1)
                converter.start()
                self._converter = converter
            return self._converter

    @contextlib.contextmanager
    def factory(self) -> Iterator[Any]:
        """A `run_batch` converter factory that lends the warm converter and leaves it running."""
        yield self.get()

    def close(self) -> None:
        with self._lock:
            converter, self._converter = self._converter, None
        if converter is not None:
            converter.close()
