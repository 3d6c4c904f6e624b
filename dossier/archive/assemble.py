"""dossier.pdf from its parts with pikepdf: scanned pages kept as they are (no recompression, so the
file stays the size of the scans), each under its overlay, the generated sheets, one outline item per
document, page labels (封面, 目录, 1…n, 备考表), XMP metadata, CMYK scans made RGB (`colour`); written as PDF/A-2b by `pikepdf.pdfa.save`,
which validates the bytes it wrote and refuses to write a file that does not pass."""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, Pdf, String
from PIL import Image
from pydantic import BaseModel, ConfigDict

from dossier.archive.colour import cmyk_to_rgb, jpeg_bytes, make_rgb
from dossier.archive.metadata import ArchiveMetadata
from dossier.errors import DossierError

PDFA_FLAVOUR = "2b"
PRESENTATION_KEYS = (Name.Trans, Name.Dur, Name.PresSteps)


class PdfaFailed(DossierError):
    """The archive could not be made valid PDF/A (a bug or an input construct we do not repair)."""

    exit_code = 3


class SourceRef(BaseModel):
    """A scanned page: which file (path and kind), which page of it, and the extra clockwise turn that
    makes it upright (what the reader applied)."""

    model_config = ConfigDict(frozen=True)

    path: str
    kind: str
    file_page: int
    turn: int = 0


class Outline(BaseModel):
    title: str
    page_index: int


def _image_page(pdf: Pdf, path: str, frame: int) -> pikepdf.Page:
    """A page holding one image at its resolution; a JPEG is embedded as it is (no recompression)."""
    with Image.open(path) as image:
        image.seek(frame)
        dpi = image.info.get("dpi") or (150, 150)
        xdpi = float(dpi[0]) if dpi and float(dpi[0]) >= 50 else 150.0
        ydpi = float(dpi[1]) if dpi and float(dpi[1]) >= 50 else xdpi
        width, height = image.size
        if image.format == "JPEG" and image.mode in ("L", "RGB"):
            data, filt = Path(path).read_bytes(), Name.DCTDecode
            mode = image.mode
        elif image.format == "JPEG" and image.mode == "CMYK":  # PDF/A with an sRGB intent: no CMYK
            data, filt, mode = jpeg_bytes(cmyk_to_rgb(image)), Name.DCTDecode, "RGB"
        else:
            mode = "L" if image.mode in ("1", "L", "LA", "I", "I;16") else "RGB"
            data, filt = zlib.compress(image.convert(mode).tobytes(), 6), Name.FlateDecode
    xobj = pikepdf.Stream(pdf, data, Type=Name.XObject, Subtype=Name.Image, Width=width, Height=height,
                          ColorSpace=Name.DeviceGray if mode == "L" else Name.DeviceRGB, BitsPerComponent=8,
                          Filter=filt)
    w_pt, h_pt = width / xdpi * 72, height / ydpi * 72
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, w_pt, h_pt]),
                                   Resources=Dictionary(XObject=Dictionary(Im0=xobj))))
    pdf.pages.append(page)
    out = pdf.pages[-1]
    out.Contents = pdf.make_stream(f"q {w_pt:.3f} 0 0 {h_pt:.3f} 0 0 cm /Im0 Do Q".encode())
    return out


def displayed_size(page: pikepdf.Page, turn: int) -> tuple[float, float, int]:
    """Width and height as displayed once the page carries `turn` more degrees of /Rotate, and that
    total /Rotate."""
    box = page.mediabox
    width, height = float(box[2]) - float(box[0]), float(box[3]) - float(box[1])
    rotate = (int(page.obj.get(Name.Rotate, 0)) + turn) % 360
    return (height, width, rotate) if rotate in (90, 270) else (width, height, rotate)


def _turned(page: pikepdf.Page, rotate: int) -> tuple[float, float]:
    box = page.mediabox
    width, height = float(box[2]) - float(box[0]), float(box[3]) - float(box[1])
    return (height, width) if rotate in (90, 270) else (width, height)


def _upright_matrix(page: pikepdf.Page, rotate: int) -> tuple[float, ...]:
    """Maps the displayed (upright) page's coordinates into the page's own user space."""
    box = page.mediabox
    x0, y0 = float(box[0]), float(box[1])
    width, height = float(box[2]) - x0, float(box[3]) - y0
    a, b, c, d, e, f = {0: (1, 0, 0, 1, 0, 0), 90: (0, 1, -1, 0, width, 0), 180: (-1, 0, 0, -1, width, height),
                        270: (0, -1, 1, 0, 0, height)}[rotate]
    return a, b, c, d, e + x0, f + y0


def _place_overlay(pdf: Pdf, page: pikepdf.Page, overlay: pikepdf.Page, rotate: int) -> None:
    form = pdf.copy_foreign(overlay.as_form_xobject())
    name = page.add_resource(form, Name.XObject, prefix="Arc")
    matrix = " ".join(f"{v:.4f}" for v in _upright_matrix(page, rotate))
    page.contents_add(pdf.make_stream(b"q\n"), prepend=True)
    page.contents_add(pdf.make_stream(f"\nQ q {matrix} cm {name} Do Q\n".encode()), prepend=False)


class Parts(BaseModel):
    """Everything dossier.pdf is made of, in order: `front` and `back` are generated PDFs (cover and
    catalogue; 备考表), `scans` the scanned pages between them."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    front: list[bytes]
    scans: list[SourceRef]
    back: list[bytes]


def open_parts(pdf: Pdf, parts: Parts) -> list[tuple[pikepdf.Page, int]]:
    """Append every page to `pdf`; returns (page, total /Rotate it will carry) per page in order."""
    placed: list[tuple[pikepdf.Page, int]] = []
    sources: dict[str, Pdf] = {}

    def add_pdf(doc: Pdf, index: int, turn: int = 0) -> None:
        pdf.pages.append(doc.pages[index])
        page = pdf.pages[-1]
        drop_unshown_fonts(pdf, page)
        for key in PRESENTATION_KEYS:  # slide-show keys (reportlab writes /Trans): nothing to archive
            if key in page.obj:
                del page.obj[key]
        placed.append((page, displayed_size(page, turn)[2]))

    for blob in parts.front:
        doc = Pdf.open(io.BytesIO(blob))
        for i in range(len(doc.pages)):
            add_pdf(doc, i)
    for ref in parts.scans:
        if ref.kind == "pdf":
            doc = sources.get(ref.path) or sources.setdefault(ref.path, Pdf.open(ref.path))
            add_pdf(doc, ref.file_page - 1, ref.turn)
            make_rgb(pdf, placed[-1][0], Path(ref.path).name, ref.file_page)
        else:
            page = _image_page(pdf, ref.path, ref.file_page - 1)
            placed.append((page, displayed_size(page, ref.turn)[2]))
    for blob in parts.back:
        doc = Pdf.open(io.BytesIO(blob))
        for i in range(len(doc.pages)):
            add_pdf(doc, i)
    return placed


SHOW_TEXT = {"Tj", "TJ", "'", '"'}


def fonts_shown(page: pikepdf.Page) -> set[str]:
    """Names of the font resources the page's content shows text with (not merely selects)."""
    current: str | None = None
    used: set[str] = set()
    for instruction in pikepdf.parse_content_stream(page):
        op, operands = str(instruction.operator), instruction.operands
        if op == "Tf" and operands:
            current = str(operands[0])
        elif op in SHOW_TEXT and current is not None:
            used.add(current)
    return used


def shows_text(path: str, file_page: int) -> bool:
    """The page of this PDF shows text with a font of its own (not an image only)."""
    with Pdf.open(path) as pdf:
        return bool(fonts_shown(pdf.pages[file_page - 1]))


def drop_unshown_fonts(pdf: Pdf, page: pikepdf.Page) -> None:
    """A font that is selected but never shows a glyph is not rendered, yet PDF/A checkers want it
    embedded: reportlab selects Helvetica at the start of every page. Its `Tf` operators and its entry
    in this page's own copy of the resources are removed (a shared resource dictionary is not touched)."""
    resources = page.obj.get(Name.Resources)
    fonts = resources.get(Name.Font) if isinstance(resources, Dictionary) else None
    if not isinstance(resources, Dictionary) or not isinstance(fonts, Dictionary):
        return
    used = fonts_shown(page)
    unused = {str(name) for name in fonts} - used
    if not unused:
        return
    kept = [i for i in pikepdf.parse_content_stream(page)
            if not (str(i.operator) == "Tf" and i.operands and str(i.operands[0]) in unused)]
    page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(kept))
    copy = Dictionary({str(k): resources[str(k)] for k in resources})
    copy.Font = Dictionary({str(name): fonts[str(name)] for name in fonts if str(name) in used})
    page.obj.Resources = copy


def set_page_labels(pdf: Pdf, labels: Sequence[tuple[int, str | None]]) -> None:
    """`labels`: (first page index, prefix or None for decimal 页号 from 1)."""
    nums = Array()
    for index, prefix in labels:
        nums.append(index)
        nums.append(Dictionary(P=String(prefix)) if prefix else Dictionary(S=Name.D, St=1))
    pdf.Root.PageLabels = Dictionary(Nums=nums)


def set_metadata(pdf: Pdf, meta: ArchiveMetadata, *, draft: bool) -> None:
    """XMP (and DocInfo, which pikepdf keeps in agreement): only standard schemas, because PDF/A drops
    an undeclared namespace: dc:identifier holds the 案号, dc:creator the court, dc:subject the parties
    and the archive facts, dc:description all of them in one Chinese sentence."""
    pdf.Root.Lang = String("zh-CN")
    title = f"{'（草稿）' if draft else ''}电子卷宗 {meta.case_number}"
    subject = [meta.case_number, *meta.parties, f"结案方式：{meta.closing_method_label or '未结案'}",
               f"结案日期：{meta.closed_on or '—'}", f"保管期限：{meta.retention}"]
    with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
        xmp["dc:title"] = title
        xmp["dc:creator"] = [meta.court]
        xmp["dc:identifier"] = meta.case_number
        xmp["dc:subject"] = subject
        xmp["dc:description"] = meta.description()
        xmp["pdf:Keywords"] = " ".join(subject)
        xmp["xmp:CreatorTool"] = "dossier archive"


def save_pdfa(pdf: Pdf, path: Path) -> None:
    from pikepdf.pdfa import PdfaError, save

    try:
        save(pdf, path, PDFA_FLAVOUR, output_intent="sRGB")
    except PdfaError as exc:
        raise PdfaFailed(f"无法生成合格的 PDF/A-2b 文件：{exc.report.summary(limit=5)}") from exc


def assemble(parts: Parts, overlays: Callable[[list[tuple[float, float]]], bytes], outline: Sequence[Outline],
             labels: Sequence[tuple[int, str | None]], meta: ArchiveMetadata, path: Path, *, draft: bool) -> int:
    """Write dossier.pdf to `path`; `overlays` gets each page's displayed size and returns the overlay
    PDF (one page per page). Returns the page count."""
    pdf = Pdf.new()
    placed = open_parts(pdf, parts)
    sizes = [displayed_size(page, 0)[:2] if rotate == int(page.obj.get(Name.Rotate, 0))
             else _turned(page, rotate) for page, rotate in placed]
    ov = Pdf.open(io.BytesIO(overlays(sizes)))
    if len(ov.pages) != len(placed):
        raise PdfaFailed(f"内部错误：覆盖层 {len(ov.pages)} 页，卷宗 {len(placed)} 页")
    for (page, rotate), over in zip(placed, ov.pages, strict=True):
        if rotate != int(page.obj.get(Name.Rotate, 0)):
            page.Rotate = rotate
        _place_overlay(pdf, page, over, rotate)
    with pdf.open_outline() as tree:
        tree.root.extend(pikepdf.OutlineItem(item.title, item.page_index) for item in outline)
    set_page_labels(pdf, labels)
    set_metadata(pdf, meta, draft=draft)
    save_pdfa(pdf, path)
    return len(placed)
