"""Ingestion: validate every SCAN file up front, then hand out its pages one at a time.

Files are recognised by their first bytes, never by their extension. A refused file raises one of
`dossier.ocr.errors` before any page is analysed, so nothing is written for a bad input. Pages are
streamed: only the page being analysed is open (a 500-page dossier never holds 500 images).
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageSequence

from dossier.ocr import imaging
from dossier.ocr.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedPdfError,
    MissingFileError,
    TooLargeError,
    UnsupportedFileError,
)
from dossier.ocr.models import FileKind, InputFile

MAX_RENDER_PIXELS = 40_000_000
"""Cap on the pixels of one rendered page: the render dpi is lowered to stay under it."""

SCAN_COVER = 0.8
"""An image covering this share of a PDF page is the page's scan."""

MAX_IMAGE_PIXELS = 80_000_000
"""Images with more pixels than this are refused as decompression bombs (a 600 dpi A3 scan is 70 MP)."""

MAX_PAGE_POINTS = 200 * 72
"""A PDF page side longer than 200 inches is not a scanned court document."""

_PDFIUM_PASSWORD_ERROR = 4
log = logging.getLogger(__name__)

_MAGIC: list[tuple[bytes, FileKind]] = [
    (b"%PDF-", "pdf"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
]


def sniff(head: bytes) -> FileKind | None:
    """The file kind from its first bytes; a PDF header may follow up to 1 KiB of junk (as readers allow)."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return "pdf" if b"%PDF-" in head[:1024] else None


def inspect_inputs(paths: Sequence[str | Path]) -> list[InputFile]:
    """Validate every file and count its pages; raises a RefusedFileError naming the first bad file."""
    if not paths:
        raise MissingFileError("未提供任何卷宗扫描文件", field="SCAN")
    files: list[InputFile] = []
    first = 1
    for raw in paths:
        info = _inspect_one(Path(raw), first)
        files.append(info)
        first += info.pages
    return files


def _inspect_one(path: Path, first_page: int) -> InputFile:
    name = path.name
    if not path.is_file():
        raise MissingFileError("文件不存在或不是普通文件", file=name)
    size = path.stat().st_size
    if size == 0:
        raise EmptyFileError("文件为空（0 字节），请重新扫描或上传", file=name)
    with path.open("rb") as fh:
        head = fh.read(1024)
    kind = sniff(head)
    if kind is None:
        raise UnsupportedFileError("不支持的文件类型：只接受 PDF、JPEG、PNG、TIFF 扫描件（按文件内容判断，而非扩展名）",
                                   file=name)
    pages = _count_pdf_pages(path) if kind == "pdf" else _count_image_pages(path, kind)
    if pages == 0:
        raise CorruptFileError("文件中没有任何页面", file=name)
    return InputFile(path=str(path), name=name, kind=kind, pages=pages, first_page=first_page)


def _open_pdf(path: Path) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PDFIUM_PASSWORD_ERROR:
            raise EncryptedPdfError("PDF 已加密（需要密码才能打开），请提供未加密的扫描件", file=path.name) from exc
        raise CorruptFileError("PDF 文件已损坏或格式不正确，无法打开", file=path.name) from exc


def _count_pdf_pages(path: Path) -> int:
    with path.open("rb") as fh:
        fh.seek(max(0, path.stat().st_size - 4096))
        tail = fh.read()
    if b"%%EOF" not in tail:
        raise CorruptFileError("PDF 文件不完整（缺少文件结束标记），可能在复制或上传时被截断", file=path.name)
    doc = _open_pdf(path)
    try:
        count = len(doc)
        for i in range(count):
            page = doc[i]
            try:
                width, height = page.get_size()
            finally:
                page.close()
            if not (width > 0 and height > 0):
                raise CorruptFileError("页面尺寸无效", file=path.name, page=i + 1)
            if max(width, height) > MAX_PAGE_POINTS:
                raise TooLargeError(f"页面尺寸异常（{width / 72:.0f}×{height / 72:.0f} 英寸），不是卷宗扫描页",
                                    file=path.name, page=i + 1)
        return count
    except CorruptFileError:
        raise
    except Exception as exc:  # pdfium raises plain errors on broken page trees
        raise CorruptFileError("PDF 页面结构已损坏，无法读取", file=path.name) from exc
    finally:
        doc.close()


def _open_image(path: Path) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise TooLargeError("图像像素数过大（疑似解压炸弹），拒绝处理", file=path.name) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise CorruptFileError("图像文件已损坏或格式不正确，无法打开", file=path.name) from exc


def _check_frame(frame: Image.Image, name: str, page: int) -> None:
    width, height = frame.size
    if width <= 0 or height <= 0:
        raise CorruptFileError("图像尺寸无效", file=name, page=page)
    if width * height > MAX_IMAGE_PIXELS:
        raise TooLargeError(f"图像为 {width}×{height} 像素，超过上限 {MAX_IMAGE_PIXELS // 1_000_000} 百万像素"
                            "（疑似解压炸弹），拒绝处理", file=name, page=page)


def _count_image_pages(path: Path, kind: FileKind) -> int:
    image = _open_image(path)
    try:
        count = 0
        for count, frame in enumerate(ImageSequence.Iterator(image), start=1):
            _check_frame(frame, path.name, count)
            if kind != "tiff":
                break
        # decode the first frame fully: a truncated JPEG/PNG fails here, not halfway through a run
        image.seek(0)
        image.load()
        return count
    except (TooLargeError, CorruptFileError):
        raise
    except Exception as exc:
        raise CorruptFileError("图像文件已损坏或不完整，无法读取", file=path.name) from exc
    finally:
        image.close()


@dataclass
class SourcePage:
    """One page of the dossier, open only while it is analysed: renders on demand, at any dpi."""

    file: InputFile
    file_page: int
    _pdf_page: Any = field(default=None, repr=False)
    _image: Image.Image | None = field(default=None, repr=False)
    _image_dpi: float = 150.0

    @property
    def page(self) -> int:
        return self.file.first_page + self.file_page - 1

    @property
    def size_inches(self) -> tuple[float, float]:
        if self._pdf_page is not None:
            w, h = self._pdf_page.get_size()
            return w / 72, h / 72
        assert self._image is not None
        return self._image.width / self._image_dpi, self._image.height / self._image_dpi

    def _capped(self, dpi: float) -> float:
        """`dpi`, lowered so that the render holds at most MAX_RENDER_PIXELS."""
        w_in, h_in = self.size_inches
        return min(dpi, (MAX_RENDER_PIXELS / max(1e-6, w_in * h_in)) ** 0.5)

    def render(self, dpi: float) -> Image.Image:
        """The page as an RGB or L image at (at most) `dpi`, capped to MAX_RENDER_PIXELS."""
        dpi = self._capped(dpi)
        if self._pdf_page is not None:
            image = self._pdf_page.render(scale=dpi / 72, may_draw_forms=True).to_pil()
            if _all_white(np.asarray(image)):
                image = self._scan_image(dpi) or image
            return image if image.mode == "RGB" else image.convert("RGB")
        assert self._image is not None
        img = self._image
        factor = dpi / self._image_dpi
        if factor < 0.95:
            size = (max(1, round(img.width * factor)), max(1, round(img.height * factor)))
            img = img.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
        return img

    def render_grey(self, dpi: float) -> np.ndarray:
        """The page grey, red ink faded out (imaging.to_grey), at (at most) `dpi`. A PDF page's red channel
        is taken straight from pdfium's BGR bitmap: the same pixels as render() + to_grey(), without the
        detour through a PIL image (~5 ms a page)."""
        if self._pdf_page is None:
            return imaging.to_grey(self.render(dpi))
        bitmap = self._pdf_page.render(scale=self._capped(dpi) / 72, may_draw_forms=True)
        pixels = bitmap.to_numpy()
        if _all_white(pixels):
            scan = self._scan_image(self._capped(dpi))
            if scan is not None:
                return imaging.to_grey(scan)
        if pixels.ndim == 2:  # mode L
            return np.ascontiguousarray(pixels)
        return np.ascontiguousarray(pixels[:, :, 2 if bitmap.mode.startswith("BGR") else 0])

    def is_scan(self) -> bool:
        """The page is a scanned image (one image covers it), whatever text is laid over it."""
        return self._pdf_page is None or self._scan_object() is not None

    def _scan_object(self) -> Any:
        """The one image object that covers the PDF page, or None."""
        import pypdfium2.raw as pdfium_c

        w_pt, h_pt = self._pdf_page.get_size()
        found = []
        for obj in self._pdf_page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=1):
            left, bottom, right, top = obj.get_bounds()
            if (right - left) * (top - bottom) >= SCAN_COVER * w_pt * h_pt:
                found.append(obj)
        return found[0] if len(found) == 1 else None

    def _scan_image(self, dpi: float) -> Image.Image | None:
        """The page's scanned image decoded by PIL, at `dpi` over the page, when it covers the page: a PDF
        writer that declares a one-channel JPEG /DeviceRGB makes pdfium draw nothing at all (the corpus's own
        writer did so for court_i's grey scans), and a sheet full of text would pass for a blank back."""
        scan = self._scan_object()
        if scan is None:
            return None
        w_pt, h_pt = self._pdf_page.get_size()
        buffer = io.BytesIO()
        try:
            scan.extract(buffer)
            buffer.seek(0)
            with Image.open(buffer) as image:
                scan = image.convert("L") if image.mode in ("L", "1", "I;16") else image.convert("RGB")
        except Exception:  # an image neither pdfium nor PIL can decode: the white render stands
            return None
        log.info("page %s: pdfium drew no pixel of its scan; the image was decoded directly", self.page)
        size = (max(1, round(w_pt / 72 * dpi)), max(1, round(h_pt / 72 * dpi)))
        return scan.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)

    def text(self) -> str:
        """The PDF's own text layer ('' for images and image-only pages)."""
        if self._pdf_page is None:
            return ""
        textpage = self._pdf_page.get_textpage()
        try:
            return str(textpage.get_text_bounded())
        finally:
            textpage.close()


def _all_white(pixels: np.ndarray) -> bool:
    """Not one pixel darker than paper white: no scanner makes such a page (its blank backs carry noise),
    only a render that failed to draw the scan."""
    return bool(pixels.size) and int(pixels.min()) >= 255


def iter_pages(files: Sequence[InputFile]) -> Iterator[SourcePage]:
    """Each page of each file in order; the previous page is closed when the next is requested."""
    for info in files:
        if info.kind == "pdf":
            yield from _iter_pdf(info)
        else:
            yield from _iter_image(info)


@contextmanager
def source_page(info: InputFile, file_page: int, open_pdfs: dict[str, Any]) -> Iterator[SourcePage]:
    """One page of a validated file, for a worker that reads pages out of order; PDFs stay open in
    `open_pdfs` (one document per file per worker), images are opened per page."""
    if info.kind == "pdf":
        doc = open_pdfs.get(info.path)
        if doc is None:
            doc = open_pdfs[info.path] = _open_pdf(Path(info.path))
        page = doc[file_page - 1]
        try:
            yield SourcePage(file=info, file_page=file_page, _pdf_page=page)
        finally:
            page.close()
        return
    image = _open_image(Path(info.path))
    try:
        image.seek(file_page - 1)
        frame = image.convert("RGB") if image.mode not in ("L", "RGB") else image.copy()
        try:
            yield SourcePage(file=info, file_page=file_page, _image=frame, _image_dpi=_image_dpi(image))
        finally:
            frame.close()
    finally:
        image.close()


def _iter_pdf(info: InputFile) -> Iterator[SourcePage]:
    doc = _open_pdf(Path(info.path))
    try:
        for i in range(info.pages):
            page = doc[i]
            try:
                yield SourcePage(file=info, file_page=i + 1, _pdf_page=page)
            finally:
                page.close()
    finally:
        doc.close()


def _image_dpi(frame: Image.Image) -> float:
    """The image's resolution: its dpi tag when plausible, else the dpi that makes it A4-sized."""
    dpi = frame.info.get("dpi")
    with suppress(TypeError, ValueError, IndexError):
        value = float(dpi[0]) if dpi else 0.0
        if 50 <= value <= 1200:
            return value
    return max(50.0, min(frame.width, frame.height) / 8.27)


def _iter_image(info: InputFile) -> Iterator[SourcePage]:
    image = _open_image(Path(info.path))
    try:
        for i in range(info.pages):
            image.seek(i)
            frame = image.convert("RGB") if image.mode not in ("L", "RGB") else image.copy()
            yield SourcePage(file=info, file_page=i + 1, _image=frame, _image_dpi=_image_dpi(image))
            frame.close()
    finally:
        image.close()
