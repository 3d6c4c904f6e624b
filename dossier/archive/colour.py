"""CMYK scans made RGB for PDF/A. The archive's PDF/A declares one output intent, sRGB, and PDF/A then
forbids DeviceCMYK anywhere in the file: some scanners and phones save colour pages as CMYK JPEGs (as
files, or inside their PDFs). Such images are converted (decoded, turned RGB, stored as JPEG again when
they were JPEG, so the file keeps about its size); page content that paints in CMYK by the plain
colour operators (`k`, `K`) is given the same colours in RGB. Any other use of CMYK on a page (a CMYK
colour space selected by name, an inline image, a CMYK form) is refused with a Chinese error naming
the file and the page, before anything is written."""

from __future__ import annotations

import io
import zlib
from collections.abc import Sequence

import pikepdf
from pikepdf import Array, Dictionary, Name, Pdf
from PIL import Image

from dossier.errors import InputError

JPEG_QUALITY = 90
"""A converted JPEG is stored again at this quality (scans are usually saved at 75–85)."""
CMYK_NAMES = {"/DeviceCMYK", "/CMYK"}


class CmykRefused(InputError):
    """A page painting in CMYK in a way the archive does not convert."""


def cmyk_to_rgb(image: Image.Image) -> Image.Image:
    """PIL's own conversion (an inverted Adobe CMYK JPEG is already decoded to plain CMYK by PIL)."""
    return image.convert("RGB")


def jpeg_bytes(image: Image.Image, dpi: tuple[float, float] | None = None) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=JPEG_QUALITY, **({"dpi": dpi} if dpi else {}))
    return buf.getvalue()


def _is_cmyk(colour_space: object) -> bool:
    return isinstance(colour_space, Name) and str(colour_space) in CMYK_NAMES


def _mentions_cmyk(colour_space: object) -> bool:
    """A colour space built on DeviceCMYK (Indexed, Separation, DeviceN over it)."""
    if isinstance(colour_space, Array):
        return any(_is_cmyk(item) for item in colour_space)
    return _is_cmyk(colour_space)


def _convert_image(image: pikepdf.Object) -> None:
    """Replace a DeviceCMYK image's pixels by RGB ones, in place (in the output file's copy)."""
    was_jpeg = image.get(Name.Filter) in (Name.DCTDecode, Array([Name.DCTDecode]))
    rgb = cmyk_to_rgb(pikepdf.PdfImage(image).as_pil_image())  # type: ignore[arg-type]
    if was_jpeg:
        image.write(jpeg_bytes(rgb), filter=Name.DCTDecode)
    else:
        image.write(zlib.compress(rgb.tobytes(), 6), filter=Name.FlateDecode)
    image.ColorSpace = Name.DeviceRGB
    image.BitsPerComponent = 8
    for key in (Name.Decode, Name.DecodeParms):
        if key in image:
            del image[key]


def _k_to_rgb(operands: Sequence[object]) -> list[float]:
    c, m, y, k = (float(v) for v in operands)  # type: ignore[arg-type]
    return [round((1 - c) * (1 - k), 4), round((1 - m) * (1 - k), 4), round((1 - y) * (1 - k), 4)]


def make_rgb(pdf: Pdf, page: pikepdf.Page, file: str, file_page: int) -> None:
    """Convert the page's CMYK images and `k`/`K` colours to RGB; refuse any other CMYK on it."""
    def refuse(what: str) -> CmykRefused:
        return CmykRefused(f"页面使用 CMYK 颜色（{what}），PDF/A 归档文件不能保存；请以彩色（RGB）或灰度重新扫描该页",
                           file=file, page=file_page)

    resources = page.obj.get(Name.Resources)
    xobjects = resources.get(Name.XObject) if isinstance(resources, Dictionary) else None
    for name, xobject in (xobjects.items() if isinstance(xobjects, Dictionary) else []):
        subtype = xobject.get(Name.Subtype)
        if subtype == Name.Image and _is_cmyk(xobject.get(Name.ColorSpace)):
            _convert_image(xobject)
        elif subtype == Name.Image and _mentions_cmyk(xobject.get(Name.ColorSpace)):
            raise refuse(f"图像 {name} 的颜色空间")
        elif subtype == Name.Form and _form_uses_cmyk(xobject):
            raise refuse(f"表单对象 {name}")
    spaces = resources.get(Name.ColorSpace) if isinstance(resources, Dictionary) else None
    if isinstance(spaces, Dictionary) and any(_mentions_cmyk(cs) for cs in spaces.values()):
        raise refuse("命名颜色空间")
    changed = False
    rewritten: list[pikepdf.ContentStreamInstruction | pikepdf.ContentStreamInlineImage] = []
    for instruction in pikepdf.parse_content_stream(page):
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            if _mentions_cmyk(instruction.iimage.obj.get(Name.ColorSpace) or instruction.iimage.obj.get("/CS")):
                raise refuse("内嵌图像")
            rewritten.append(instruction)
            continue
        op, operands = str(instruction.operator), list(instruction.operands)
        if op in ("k", "K"):
            changed = True
            rewritten.append(pikepdf.ContentStreamInstruction(_k_to_rgb(operands), pikepdf.Operator(
                "rg" if op == "k" else "RG")))
        elif op in ("cs", "CS") and operands and _is_cmyk(operands[0]):
            raise refuse("颜色空间")
        else:
            rewritten.append(instruction)
    if changed:
        page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(rewritten))


def _form_uses_cmyk(form: pikepdf.Object) -> bool:
    """A form XObject that paints in CMYK (its images, colour spaces or `k`/`K` operators)."""
    resources = form.get(Name.Resources)
    if isinstance(resources, Dictionary):
        xobjects = resources.get(Name.XObject)
        for inner in (xobjects.values() if isinstance(xobjects, Dictionary) else []):
            if _mentions_cmyk(inner.get(Name.ColorSpace)):
                return True
        spaces = resources.get(Name.ColorSpace)
        if isinstance(spaces, Dictionary) and any(_mentions_cmyk(cs) for cs in spaces.values()):
            return True
    for instruction in pikepdf.parse_content_stream(form):
        op = str(instruction.operator)
        if op in ("k", "K") or (op in ("cs", "CS") and _is_cmyk(next(iter(instruction.operands), None))):
            return True
    return False

