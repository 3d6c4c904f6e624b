"""The document group's batch converts many documents per LibreOffice load and cuts the PDF again:
every clerk still gets each document as its own PDF, exactly its own pages, each page's QR saying
i/n of that document — and a group that cannot be cut is converted again one document at a time.

The stories about rows and groups use `FakeMarkingConverter`; the cut itself is shown on real
LibreOffice output (documents of different lengths, the court's own templates).
"""

from __future__ import annotations

import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from generate_fakes import SAMPLES, FakeMarkingConverter
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from dossier.batch import BatchOptions, run_batch
from dossier.batch.compose import compose, document_title, mark_name, merge_key
from dossier.batch.split import Identity, SplitError, page_ranges, split_and_stamp
from dossier.fsutil import sha256_file
from dossier.intake.case_file import case_from_dict
from dossier.intake.tabular import read_batch
from dossier.qrid import decode_identities
from dossier.render.docx import render_docx
from dossier.render.pdf import MARKED

ISSUED = date(2025, 3, 20)
CASE = "（2024）豫0311执1234号"


def _cases(n: int, tmp_path: Path, **changes: dict[str, Any]) -> Path:
    data: list[dict[str, Any]] = json.loads((SAMPLES / "cases.json").read_text(encoding="utf-8"))[:n]
    for index, fields in changes.items():
        data[int(index.removeprefix("row")) - 1].update(fields)
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _run(cases: Path, out: Path, converter: FakeMarkingConverter, types: list[str], **kw: Any) -> Any:
    options = BatchOptions(types=types, formats=["docx", "pdf"], issued_on=ISSUED, **kw)
    return run_batch(read_batch(cases), options, out, converter_factory=lambda: converter)


def _page_identities(pdf: bytes | Path) -> list[tuple[str, str, int, int]]:
    document = pdfium.PdfDocument(pdf)
    found = [decode_identities(document[i].render(scale=2).to_pil()) for i in range(len(document))]
    assert all(len(f) == 1 for f in found)
    return [(f[0].case_number, f[0].doc_type, f[0].page, f[0].pages) for f in found]


# --- the batch, with a stand-in LibreOffice ---------------------------------------------------------


def test_a_batch_is_converted_in_groups_and_every_document_gets_its_own_identified_pdf(tmp_path: Path) -> None:
    converter = FakeMarkingConverter()
    out = tmp_path / "out"
    manifest = _run(_cases(6, tmp_path), out, converter, ["enforcement_notice", "summons"], per_load=5)
    assert manifest.errors == []
    assert sorted(converter.groups) == [2, 5, 5]  # 12 documents in three loads, none alone
    pdfs = [o for o in manifest.outputs if o.format == "pdf"]
    assert len(pdfs) == 12
    for entry in pdfs:
        assert sha256_file(out / entry.path) == entry.sha256
        assert _page_identities(out / entry.path) == [(entry.case_number, entry.type, 1, 1)]
    assert "merged document" in PdfReader(out / pdfs[3].path).pages[0].extract_text()


def test_a_small_batch_is_split_over_both_libreoffice_processes(tmp_path: Path) -> None:
    converter = FakeMarkingConverter()
    _run(_cases(3, tmp_path), tmp_path / "out", converter, ["enforcement_notice", "summons"])
    assert sorted(converter.groups) == [3, 3]


@pytest.mark.parametrize("per_load", [20, 2])  # 2: three groups and more are cut by helper processes
def test_a_group_whose_pdf_cannot_be_cut_is_converted_again_one_document_at_a_time(tmp_path: Path,
                                                                                  per_load: int) -> None:
    converter = FakeMarkingConverter(unmarked=True)
    out = tmp_path / "out"
    manifest = _run(_cases(3, tmp_path), out, converter, ["enforcement_notice", "summons"], per_load=per_load)
    assert manifest.errors == []
    assert sum(converter.groups) == 6 and len(converter.groups) == 6 // min(per_load, 3)
    assert len(converter.submitted) == len(converter.groups) + 6  # the groups, then each document alone
    for entry in (o for o in manifest.outputs if o.format == "pdf"):
        assert _page_identities(out / entry.path) == [(entry.case_number, entry.type, 1, 1)]


def test_a_document_libreoffice_refuses_fails_its_own_row_and_its_group_still_prints(tmp_path: Path) -> None:
    cases = _cases(4, tmp_path)
    bad = json.loads(cases.read_text(encoding="utf-8"))[2]["case_number"]
    converter = FakeMarkingConverter(fail_on=(bad,))
    manifest = _run(cases, tmp_path / "out", converter, ["enforcement_notice", "summons"])
    assert [(e.row, e.case_number) for e in manifest.errors] == [(3, bad)]
    assert "LibreOffice" in manifest.errors[0].message
    assert {o.case_number for o in manifest.outputs} == {c["case_number"] for c in
                                                         json.loads(cases.read_text(encoding="utf-8"))} - {bad}
    assert len(manifest.outputs) == 3 * 2 * 2


def test_a_row_its_template_cannot_serve_is_listed_and_its_group_mates_are_written(tmp_path: Path) -> None:
    cases = _cases(3, tmp_path, row2={"amount": "十二万"})
    bad = json.loads(cases.read_text(encoding="utf-8"))[1]["case_number"]
    converter = FakeMarkingConverter()
    out = tmp_path / "out"
    manifest = _run(cases, out, converter, ["enforcement_notice", "payment_notice"])
    assert [(e.row, e.field) for e in manifest.errors] == [(2, "amount")]
    assert len([o for o in manifest.outputs if o.format == "pdf"]) == 4
    assert not [p for p in out.rglob("*") if bad in p.name]  # nothing of the failed row, not even its DOCX
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_one_document_per_load_still_works_as_before(tmp_path: Path) -> None:
    converter = FakeMarkingConverter()
    manifest = _run(_cases(2, tmp_path), tmp_path / "out", converter, ["summons"], per_load=1)
    assert manifest.errors == [] and converter.groups == []
    assert len(converter.submitted) == 2


# --- where the cut goes -----------------------------------------------------------------------------


def _marked_pdf(pages: int, marks: dict[int, int]) -> io.BytesIO:
    buf = io.BytesIO()
    canvas = Canvas(buf)
    for n in range(pages):
        canvas.drawString(72, 720, f"page {n + 1}")
        canvas.showPage()
    canvas.save()
    writer = PdfWriter(clone_from=io.BytesIO(buf.getvalue()))
    for index, page in marks.items():
        writer.add_named_destination(mark_name(index), page)
    out = io.BytesIO()
    writer.write(out)
    return out


@pytest.mark.parametrize(("pages", "marks", "count", "expected"), [
    (5, {0: 0, 1: 1, 2: 3}, 3, [range(0, 1), range(1, 3), range(3, 5)]),
    (2, {0: 0}, 1, [range(0, 2)]),
])
def test_the_marks_cut_the_pages_into_the_documents(pages: int, marks: dict[int, int], count: int,
                                                    expected: list[range]) -> None:
    assert page_ranges(PdfReader(_marked_pdf(pages, marks)), count) == expected


@pytest.mark.parametrize(("pages", "marks", "count"), [
    (5, {0: 0, 1: 1}, 3),  # a document's mark is missing
    (5, {0: 0, 1: 3, 2: 3}, 3),  # two documents start on one page: one of them would have none
    (5, {0: 0, 1: 3, 2: 1}, 3),  # out of order
    (5, {0: 1, 1: 3}, 2),  # the first page belongs to no document
    (5, {0: 0, 1: 3, 2: 4}, 2),  # more documents in the PDF than were sent
])
def test_a_pdf_whose_marks_do_not_cut_it_cleanly_is_refused(pages: int, marks: dict[int, int], count: int) -> None:
    with pytest.raises(SplitError):
        page_ranges(PdfReader(_marked_pdf(pages, marks)), count)


# --- which documents may share a load ---------------------------------------------------------------


def _rendered(doc_type: str, **changes: Any) -> bytes:
    data: dict[str, Any] = json.loads((SAMPLES / "cases.json").read_text(encoding="utf-8"))[0]
    data.update(changes)
    return render_docx(case_from_dict(data), doc_type, doc_id="0123456789ab", issued_on=ISSUED)


def _with_part(docx: bytes, name: str, edit: Any) -> bytes:
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, edit(data) if info.filename == name else data)
    return out.getvalue()


def test_the_courts_templates_may_share_a_load_but_an_edited_style_or_a_page_count_field_may_not() -> None:
    notice, summons = _rendered("enforcement_notice"), _rendered("summons")
    assert merge_key(notice) is not None and merge_key(notice) == merge_key(summons)
    restyled = _with_part(summons, "word/styles.xml", lambda d: d.replace(b"</w:styles>", b"<!-- x --></w:styles>"))
    assert merge_key(restyled) not in (None, merge_key(notice))  # a clerk edited this template's styles
    counted = _with_part(summons, "word/footer1.xml", lambda d: d.replace(b'w:instr="PAGE"', b'w:instr="NUMPAGES"'))
    assert merge_key(counted) is None  # 共N页 would count every document of the load
    assert merge_key(b"not a docx") is None


# --- real LibreOffice ---------------------------------------------------------------------------------


def _document(pages: int, label: str) -> bytes:
    """A DOCX of `pages` pages (explicit breaks) with a footer numbering its pages and naming it."""
    document = Document()
    for n in range(pages):
        paragraph = document.add_paragraph(f"{label} 正文第{n + 1}页")
        if n < pages - 1:
            paragraph.add_run().add_break(WD_BREAK.PAGE)
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run(f"{label} 第")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    footer._p.append(field)
    footer.add_run("页")
    document.core_properties.title = f"{label} 标题"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _page_texts(pdf: bytes | Path) -> list[str]:
    reader = PdfReader(pdf if isinstance(pdf, Path) else io.BytesIO(pdf))
    return [re.sub(r"\s+", "", page.extract_text()) for page in reader.pages]


@pytest.mark.slow
def test_documents_of_different_lengths_merged_and_cut_are_each_exactly_their_own_pages(
        pdf_converter: Any, tmp_path: Path) -> None:
    lengths = {"甲": 1, "乙": 3, "丙": 2, "丁": 1}
    documents = [_document(pages, label) for label, pages in lengths.items()]
    assert len({merge_key(d) for d in documents}) == 1
    merged = tmp_path / "group.docx"
    merged.write_bytes(compose(documents))
    pdf = pdf_converter.convert(merged, tmp_path, options=MARKED)
    assert len(PdfReader(pdf).pages) == sum(lengths.values())
    identities = [Identity(CASE, "summons", f"doc{label}", document_title(d))
                  for label, d in zip(lengths, documents, strict=True)]
    cut = split_and_stamp(pdf, identities)

    for (label, pages), part in zip(lengths.items(), cut, strict=True):
        texts = _page_texts(part)
        assert len(texts) == pages
        for n, text in enumerate(texts, start=1):
            assert f"{label}正文第{n}页" in text  # its own body, in order
            assert f"{label}第{n}页" in text  # its own footer, numbered from 1
            assert not any(f"{other}正文" in text for other in lengths if other != label)
        assert _page_identities(part) == [(CASE, "summons", n, pages) for n in range(1, pages + 1)]
        metadata = PdfReader(io.BytesIO(part)).metadata
        assert metadata is not None and metadata.title == f"{label} 标题"  # what a viewer shows as its name


@pytest.mark.slow
def test_the_courts_documents_merged_and_cut_read_as_when_converted_alone(pdf_converter: Any, tmp_path: Path) -> None:
    types = ["enforcement_notice", "summons", "payment_notice", "enforcement_ruling", "property_report_order"]
    documents = [_rendered(t) for t in types]
    alone = []
    for doc_type, docx in zip(types, documents, strict=True):
        source = tmp_path / f"{doc_type}.docx"
        source.write_bytes(docx)
        alone.append(_page_texts(pdf_converter.convert(source, tmp_path / "alone")))
    merged = tmp_path / "group.docx"
    merged.write_bytes(compose(documents))
    pdf = pdf_converter.convert(merged, tmp_path, options=MARKED)
    cut = split_and_stamp(pdf, [Identity(CASE, t, "0123456789ab") for t in types])
    assert len({len(a) for a in alone}) > 1  # the documents differ in length
    for doc_type, expected, part in zip(types, alone, cut, strict=True):
        assert _page_texts(part) == expected, doc_type
        assert _page_identities(part) == [(CASE, doc_type, n, len(expected)) for n in range(1, len(expected) + 1)]


class _DyingHelper:
    """A cutting helper that dies on the first cut it is given (killed by the OOM killer, say)."""

    def submit(self, *_args: Any) -> Any:
        from concurrent.futures import Future

        from dossier.batch.convert import HelperGone

        future: Future[None] = Future()
        future.set_exception(HelperGone("helper exited (-9)"))
        return future

    def close(self) -> None:
        pass


def test_a_helper_process_that_dies_loses_no_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dossier.batch.convert as convert

    monkeypatch.setattr(convert, "CutterProcess", _DyingHelper)
    converter = FakeMarkingConverter()
    out = tmp_path / "out"
    manifest = _run(_cases(6, tmp_path), out, converter, ["enforcement_notice", "summons"], per_load=4)
    assert manifest.errors == []
    assert sorted(converter.groups) == [4, 4, 4] and len(converter.submitted) == 3  # converted once, cut here
    for entry in (o for o in manifest.outputs if o.format == "pdf"):
        assert _page_identities(out / entry.path) == [(entry.case_number, entry.type, 1, 1)]
