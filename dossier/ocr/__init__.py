"""The scan pipeline: ingestion, rasterising, per-page stages, OCR engines, page classification.

Public API
----------
``analyse(paths, *, expected_case_number=None, engine="auto", progress=None) -> Iterator[PageResult]``
    Validates every SCAN file first (PDF, JPEG, PNG, multi-page TIFF, recognised by content) and raises a
    ``RefusedFileError`` subclass (exit 2, Chinese message naming file and page) before any page is
    analysed: empty, unsupported, encrypted, corrupt or truncated files, decompression bombs. Then it
    yields one ``PageResult`` per page, numbered from 1 across the files, streaming (one page image in
    memory at a time). ``engine``: ``"auto"`` (RapidOCR, chosen by bench/bench_ocr_engines.py),
    ``"rapidocr"``, ``"tesseract"``, ``"null"`` (no OCR: QR, text layer and blank detection only) or an
    ``OcrEngine`` instance. ``progress(done, total)`` is called after each page.

``open_dossier(paths) -> Dossier`` / ``inspect_inputs(paths) -> list[InputFile]``
    Only the up-front validation (files, kinds, page counts); pass the Dossier to ``analyse``.

``get_engine(name) -> OcrEngine``
    An engine: ``read_lines(list of grey line images) -> list[LineText(text, confidence)]``.

Per page, cheapest first (stages/): blank test (ink and structure at 50 dpi) → the DSR1 identity QR →
the PDF's own text layer → OCR: the engine's detector once over the page (sideways pages by its boxes,
skew by the ink profile), its direction classifier and the reading for 180°, three head lines, more only
when they do not settle the page, the rest of the page read selectively. What the page is comes from
`classify.classify` over what was read (titles, operative parts, form labels, footers as data in
vocab/cues.yaml, and the n-gram model). ``PageResult.doc_type`` is a DOMAIN.md code, ``continuation``
(a later page of the document before it, on evidence), ``blank`` or ``unknown``; ``readable`` is False
when nothing legible was read (never guessed). A 送达回证 is ``service_receipt`` and lists the documents
it names in ``served_doc_types``. ``case_number`` is normalised; ``case_number_matches`` compares it
with the expected one (False → a misfiled page). Each result also keeps what was read
(``text_lines``), its likely types (``candidates``), its footer n/m (``page_of``) and a perceptual hash.

``python -m dossier.ocr.probe FILE...`` prints the pages as JSON (exit 0, or 2 for a refused input).
"""

from dossier.ocr.engines import OcrEngine, get_engine
from dossier.ocr.ingest import inspect_inputs
from dossier.ocr.models import InputFile, PageResult
from dossier.ocr.pipeline import Dossier, Progress, analyse, analyse_page, open_dossier

__all__ = [
    "Dossier", "InputFile", "OcrEngine", "PageResult", "Progress", "analyse", "analyse_page", "get_engine",
    "inspect_inputs", "open_dossier",
]
