"""Several rendered DOCX as one, so LibreOffice loads, lays out and exports them in one go.

Converting costs LibreOffice a fixed price per load (opening the package, building the layout,
starting an export) far above the price of one more page, so a batch converts its documents in
groups and splits the PDF again (`dossier.batch.split`). Each document becomes a section of its own:
it starts on a new page, keeps its own header and footer (the footer carries its 文书编号) and
numbers its pages from 1, exactly as when it is converted alone. A bookmark at its first paragraph,
exported as a named destination of the PDF, says on which page it starts.

Only documents whose packages agree on everything a document shares (styles, settings, fonts,
theme, relationships, media) go together: `merge_key` says which. A document whose layout would
change in company — a second section of its own, a list numbered across documents, a field counting
all pages — gets no key and is converted alone.
"""

from __future__ import annotations

import copy
import hashlib
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
DC = "http://purl.org/dc/elements/1.1/"

DOCUMENT = "word/document.xml"
DOCUMENT_RELS = "word/_rels/document.xml.rels"
MARK_PREFIX = "DossierDoc"  # letters and digits only: LibreOffice escapes others in PDF names
_MARK_ID_BASE = 900_000  # above any bookmark id a template carries
# Fields and markup whose result depends on the pages or lists around the document.
_ALONE = re.compile(rb"NUMPAGES|SECTIONPAGES|<w:numPr[ >]")
_PER_DOCUMENT = re.compile(r"^(word/document\.xml|docProps/.*|word/(header|footer)\d*\.xml"
                           r"|word/_rels/(header|footer)\d*\.xml\.rels)$")


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def mark_name(index: int) -> str:
    """The bookmark (and PDF destination) at the start of the index-th document of a merge."""
    return f"{MARK_PREFIX}{index:05d}"


def merge_key(docx: bytes) -> str | None:
    """Documents with equal keys may be converted together; None: this one is converted alone."""
    try:
        with zipfile.ZipFile(io.BytesIO(docx)) as package:
            digest = hashlib.sha256()
            for info in sorted(package.infolist(), key=lambda i: i.filename):
                data = package.read(info)
                if info.filename == DOCUMENT and data.count(b"<w:sectPr") != 1:
                    return None  # sections of its own
                if _ALONE.search(data) and (info.filename in (DOCUMENT, "word/styles.xml")
                                            or info.filename.startswith(("word/header", "word/footer"))):
                    return None
                if _PER_DOCUMENT.match(info.filename):
                    continue
                digest.update(info.filename.encode() + b"\0" + hashlib.sha256(data).digest())
    except (zipfile.BadZipFile, KeyError, OSError):
        return None
    return digest.hexdigest()


def document_title(docx: bytes) -> str | None:
    """The title property of a DOCX (what its own PDF carries as /Title)."""
    try:
        with zipfile.ZipFile(io.BytesIO(docx)) as package:
            core = etree.fromstring(package.read("docProps/core.xml"))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):
        return None
    title = core.find(f"{{{DC}}}title")
    return title.text if title is not None and title.text else None


@dataclass
class _Package:
    parts: dict[str, bytes]
    rels: etree._Element
    types: etree._Element
    body: etree._Element
    rel_count: int = 0


def compose(documents: Sequence[bytes]) -> bytes:
    """One DOCX holding `documents` in order (all with the same `merge_key`), each its own section
    starting on a new page with its own header/footer and page numbers, marked by `mark_name(i)`."""
    if not documents:
        raise ValueError("nothing to compose")
    with zipfile.ZipFile(io.BytesIO(documents[0])) as first:
        parts = {info.filename: first.read(info) for info in first.infolist()}
    master = etree.fromstring(parts[DOCUMENT])
    body = master.find(_w("body"))
    assert body is not None
    for child in list(body):
        body.remove(child)
    package = _Package(parts=parts, rels=etree.fromstring(parts[DOCUMENT_RELS]),
                       types=etree.fromstring(parts["[Content_Types].xml"]), body=body)
    for index, docx in enumerate(documents):
        _append(package, index, docx, last=index == len(documents) - 1)
    parts[DOCUMENT] = etree.tostring(master, xml_declaration=True, encoding="UTF-8", standalone=True)
    parts[DOCUMENT_RELS] = etree.tostring(package.rels, xml_declaration=True, encoding="UTF-8", standalone=True)
    parts["[Content_Types].xml"] = etree.tostring(package.types, xml_declaration=True, encoding="UTF-8",
                                                  standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as merged:
        for name, data in parts.items():
            merged.writestr(name, data)
    return out.getvalue()


def _append(package: _Package, index: int, docx: bytes, *, last: bool) -> None:
    with zipfile.ZipFile(io.BytesIO(docx)) as source:
        document = etree.fromstring(source.read(DOCUMENT))
        rels = {rel.get("Id"): rel for rel in etree.fromstring(source.read(DOCUMENT_RELS))}
        body = document.find(_w("body"))
        assert body is not None
        children = list(body)
        section = children[-1] if children and children[-1].tag == _w("sectPr") else None
        if section is None:
            raise ValueError("document without its section properties")
        content = children[:-1]
        section = copy.deepcopy(section)
        for reference in [*section.findall(_w("headerReference")), *section.findall(_w("footerReference"))]:
            reference.set(f"{{{R}}}id", _copy_part(package, source, rels[reference.get(f"{{{R}}}id")], index))
    _restart_on_new_page(section)
    _mark_start(content, index)
    for element in content:
        package.body.append(element)
    if last:
        package.body.append(section)
        return
    holder = content[-1] if content and content[-1].tag == _w("p") else etree.SubElement(package.body, _w("p"))
    properties = holder.find(_w("pPr"))
    if properties is None:
        properties = etree.Element(_w("pPr"))
        holder.insert(0, properties)
    old = properties.find(_w("sectPr"))
    if old is not None:
        properties.remove(old)
    properties.append(section)


def _copy_part(package: _Package, source: zipfile.ZipFile, rel: etree._Element, index: int) -> str:
    """A header/footer of document `index` under a name of its own; returns its new relationship id."""
    target = str(rel.get("Target"))
    stem, _, ext = target.rpartition(".")
    new_target = f"{stem}_d{index}.{ext}"
    package.parts[f"word/{new_target}"] = source.read(f"word/{target}")
    own_rels = f"word/_rels/{target}.rels"
    if own_rels in source.namelist():
        package.parts[f"word/_rels/{new_target}.rels"] = source.read(own_rels)
    package.rel_count += 1
    new_id = f"rIdDossier{package.rel_count}"
    etree.SubElement(package.rels, f"{{{PKG_RELS}}}Relationship", Id=new_id, Type=str(rel.get("Type")),
                     Target=new_target)
    content_type = next((o.get("ContentType") for o in package.types
                         if o.get("PartName") == f"/word/{target}"), None)
    if content_type:
        etree.SubElement(package.types, f"{{{CONTENT_TYPES}}}Override", PartName=f"/word/{new_target}",
                         ContentType=content_type)
    return new_id


# Order of CT_SectPr's children (ECMA-376 §17.6.17): LibreOffice and Word read them in this order.
_SECTION_ORDER = ["headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
                  "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
                  "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"]


def _restart_on_new_page(section: etree._Element) -> None:
    """The section starts a new page and numbers its pages from 1 (as the document alone does)."""
    kind = section.find(_w("type"))
    if kind is None:
        kind = etree.SubElement(section, _w("type"))
    kind.set(_w("val"), "nextPage")
    numbering = section.find(_w("pgNumType"))
    if numbering is None:
        numbering = etree.SubElement(section, _w("pgNumType"))
    numbering.set(_w("start"), "1")
    rank = {f"{{{W}}}{name}": i for i, name in enumerate(_SECTION_ORDER)}
    section[:] = sorted(section, key=lambda child: rank.get(child.tag, len(rank)))


def _mark_start(content: list[etree._Element], index: int) -> None:
    """A bookmark at the document's first paragraph (inside a table's first cell if it opens with one)."""
    first = next((el for top in content for el in top.iter(_w("p"))), None)
    if first is None:
        raise ValueError("document without a paragraph")
    start = etree.Element(_w("bookmarkStart"))
    start.set(_w("id"), str(_MARK_ID_BASE + index))
    start.set(_w("name"), mark_name(index))
    end = etree.Element(_w("bookmarkEnd"))
    end.set(_w("id"), str(_MARK_ID_BASE + index))
    at = 1 if len(first) and first[0].tag == _w("pPr") else 0
    first.insert(at, start)
    first.insert(at + 1, end)
