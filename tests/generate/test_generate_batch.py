"""The document group runs a batch: every row's documents, a manifest, and nothing half-written.

LibreOffice is replaced by `FakeConverter` here: these stories are about rows, files and the
manifest; test_generate_pdf.py runs the real thing.
"""

from __future__ import annotations

import contextlib
import json
import signal
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from generate_fakes import SAMPLES, FakeConverter
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from dossier import interrupts
from dossier.batch import BatchOptions, run_batch, runner
from dossier.batch.naming import output_name, safe_component
from dossier.errors import ExternalToolError, InputError
from dossier.fsutil import sha256_file
from dossier.intake.tabular import read_batch
from dossier.qrid import decode_identities

ISSUED = date(2025, 3, 20)


def _run(cases: Path, out: Path, types: list[str], converter: FakeConverter, **kw: Any) -> Any:
    options = BatchOptions(types=types, issued_on=ISSUED, **kw)
    return run_batch(read_batch(cases), options, out, converter_factory=lambda: converter)


def _write_cases(path: Path, cases: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")
    return path


def _sample_dicts(n: int) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((SAMPLES / "cases.json").read_text(encoding="utf-8"))
    return data[:n]


def test_docx_batch_writes_one_file_per_case_and_type_with_a_true_manifest(tmp_path: Path,
                                                                           fake_converter: FakeConverter) -> None:
    out = tmp_path / "out"
    manifest = _run(SAMPLES / "cases.csv", out, ["enforcement_notice", "payment_notice"], fake_converter)
    assert manifest.errors == []
    assert len(manifest.outputs) == 40
    assert fake_converter.submitted == []  # DOCX only: LibreOffice is never started
    on_disk = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert set(on_disk) == {"outputs", "errors"}
    for entry in on_disk["outputs"]:
        assert set(entry) >= {"case_number", "type", "format", "path", "sha256"}
        assert entry["format"] == "docx"
        assert sha256_file(out / entry["path"]) == entry["sha256"]
        assert entry["case_number"] in entry["path"] and "/" not in entry["path"].split("/", 1)[1]
    assert [e["case_number"] for e in on_disk["outputs"][:2]] == ["（2024）豫0311执1234号"] * 2
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no staging left behind


def test_one_bad_row_is_listed_and_the_others_are_written(tmp_path: Path, fake_converter: FakeConverter) -> None:
    out = tmp_path / "out"
    manifest = _run(SAMPLES / "cases_with_bad_row.csv", out, ["enforcement_notice"], fake_converter,
                    formats=["docx", "pdf"])
    assert [(e.row, e.field, e.sheet_row) for e in manifest.errors] == [(2, "filed_on", 3)]
    assert len({o.case_number for o in manifest.outputs}) == 3
    assert all((out / o.path).is_file() for o in manifest.outputs)


def test_a_case_its_template_cannot_serve_fails_alone_naming_the_field(tmp_path: Path,
                                                                      fake_converter: FakeConverter) -> None:
    cases = _sample_dicts(3)
    cases[1]["amount"] = "十二万"
    out = tmp_path / "out"
    manifest = _run(_write_cases(tmp_path / "b.json", cases), out, ["enforcement_notice", "payment_notice"],
                    fake_converter, formats=["pdf"])
    (error,) = manifest.errors
    assert (error.row, error.field, error.case_number) == (2, "amount", cases[1]["case_number"])
    assert "十二万" in error.message
    assert {o.case_number for o in manifest.outputs} == {cases[0]["case_number"], cases[2]["case_number"]}
    assert not any(cases[1]["case_number"] in p.name for p in out.rglob("*"))


def test_a_document_libreoffice_refuses_fails_its_row_only(tmp_path: Path) -> None:
    cases = _sample_dicts(3)
    converter = FakeConverter(fail_on=(cases[2]["case_number"],))
    manifest = _run(_write_cases(tmp_path / "b.json", cases), tmp_path / "out", ["summons"], converter,
                    formats=["docx", "pdf"])
    assert [(e.row, e.type) for e in manifest.errors] == [(3, "summons")]
    assert "LibreOffice" in manifest.errors[0].message
    assert len(manifest.outputs) == 4  # two cases × docx and pdf; the refused row wrote nothing


def test_the_same_case_twice_is_generated_once(tmp_path: Path, fake_converter: FakeConverter) -> None:
    cases = _sample_dicts(2)
    manifest = _run(_write_cases(tmp_path / "b.json", [*cases, cases[0]]), tmp_path / "out",
                    ["enforcement_notice"], fake_converter)
    assert [(e.row, e.field) for e in manifest.errors] == [(3, "case_number")]
    assert len(manifest.outputs) == 2


def test_receipts_are_made_for_every_other_served_document(tmp_path: Path, fake_converter: FakeConverter) -> None:
    manifest = _run(_write_cases(tmp_path / "b.json", _sample_dicts(2)), tmp_path / "out",
                    ["enforcement_notice", "service_receipt", "property_report_order"], fake_converter)
    receipts = [o for o in manifest.outputs if o.type == "service_receipt"]
    assert [(o.case_number, o.serves) for o in receipts] == [
        (c["case_number"], s) for c in _sample_dicts(2) for s in ("enforcement_notice", "property_report_order")]
    assert len({o.path for o in receipts}) == 4


def test_merge_gives_one_stamped_print_file_per_type_in_row_order(tmp_path: Path,
                                                                  fake_converter: FakeConverter) -> None:
    out = tmp_path / "out"
    cases = _sample_dicts(3)
    manifest = _run(_write_cases(tmp_path / "b.json", cases), out, ["enforcement_notice", "summons"],
                    fake_converter, merge=True)
    assert [m.path for m in manifest.merged] == ["merged/enforcement_notice.pdf", "merged/summons.pdf"]
    merged = manifest.merged[0]
    assert merged.case_numbers == [c["case_number"] for c in cases]
    assert sha256_file(out / merged.path) == merged.sha256
    document = pdfium.PdfDocument(out / merged.path)
    seen = [decode_identities(document[i].render(scale=2).to_pil())[0] for i in range(len(document))]
    assert [(s.case_number, s.doc_type, s.page, s.pages) for s in seen] == [
        (c["case_number"], "enforcement_notice", 1, 1) for c in cases]
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["merged"][0]["pages"] == 3


def test_an_unknown_type_is_refused_before_anything_is_written(tmp_path: Path,
                                                              fake_converter: FakeConverter) -> None:
    out = tmp_path / "out"
    with pytest.raises(InputError) as info:
        _run(SAMPLES / "cases.json", out, ["enforcement_notice", "divorce_decree"], fake_converter)
    assert "divorce_decree" in str(info.value) and info.value.exit_code == 2
    assert not out.exists()


def test_an_interrupted_batch_leaves_the_previous_output_untouched(tmp_path: Path,
                                                                   fake_converter: FakeConverter) -> None:
    out = tmp_path / "out"
    _run(_write_cases(tmp_path / "a.json", _sample_dicts(2)), out, ["enforcement_notice"], fake_converter,
         formats=["pdf"])
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    with pytest.raises(KeyboardInterrupt):
        _run(_write_cases(tmp_path / "b.json", _sample_dicts(5)), out, ["enforcement_notice", "summons"],
             FakeConverter(interrupt_after=4), formats=["pdf"])
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_a_ctrl_c_a_finaliser_swallowed_still_stops_the_batch_before_anything_is_published(
        tmp_path: Path, fake_converter: FakeConverter, monkeypatch: pytest.MonkeyPatch) -> None:
    """The clerk pressed Ctrl-C while the garbage collector ran a ZipFile's finaliser: Python printed "Exception
    ignored" and went on. The batch must still stop, publish nothing and leave the previous output as it was."""
    out = tmp_path / "out"
    _run(_write_cases(tmp_path / "a.json", _sample_dicts(2)), out, ["enforcement_notice"], fake_converter)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    rendered: list[str] = []

    def render_then_lose_the_interrupt(*args: Any, **kw: Any) -> bytes:
        rendered.append(args[1])
        if len(rendered) == 3:
            with contextlib.suppress(KeyboardInterrupt):  # what a finaliser does with it
                interrupts.interrupt()
        return real_render(*args, **kw)

    real_render = runner.render_docx
    monkeypatch.setattr(runner, "render_docx", render_then_lose_the_interrupt)
    try:
        with pytest.raises(KeyboardInterrupt):
            _run(_write_cases(tmp_path / "b.json", _sample_dicts(5)), out, ["enforcement_notice", "summons"],
                 fake_converter)
    finally:
        interrupts.reset()
    assert len(rendered) == 3  # stopped at the next document, not after the whole batch
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_an_interrupt_a_finaliser_swallowed_is_not_printed_as_a_traceback(capsys: pytest.CaptureFixture[str],
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The clerk sees 已中断, not Python's "Exception ignored … Traceback" from the ZipFile it landed in; another error
    in a finaliser is still reported."""
    monkeypatch.setattr("sys.unraisablehook", sys.unraisablehook)
    monkeypatch.setattr(signal, "signal", lambda *args: None)
    interrupts.install()

    class Closing:
        def __init__(self, error: BaseException) -> None:
            self.error = error

        def __del__(self) -> None:
            raise self.error

    try:
        with contextlib.suppress(KeyboardInterrupt):
            interrupts.interrupt()
        Closing(KeyboardInterrupt())
        assert capsys.readouterr().err == ""
        Closing(ValueError("坏了"))
        assert "ValueError" in capsys.readouterr().err
    finally:
        interrupts.reset()




class _NoStart(FakeConverter):
    """A LibreOffice that cannot start (missing, or its profile folder is not writable)."""

    def __enter__(self) -> FakeConverter:
        raise ExternalToolError("LibreOffice 启动失败：测试")


def test_a_libreoffice_that_cannot_start_stops_the_batch_and_leaves_the_previous_output(tmp_path: Path) -> None:
    """LibreOffice starts while the DOCX render; when it cannot start, the clerk is told so and OUT
    keeps what the previous run wrote (no staging folder, no new manifest)."""
    out = tmp_path / "out"
    first = FakeConverter()
    _run(_write_cases(tmp_path / "a.json", _sample_dicts(2)), out, ["enforcement_notice"], first, formats=["pdf"])
    assert first.closed  # the converter a batch started is closed when the batch ends
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    with pytest.raises(ExternalToolError, match="LibreOffice 启动失败"):
        _run(_write_cases(tmp_path / "b.json", _sample_dicts(3)), out, ["summons"], _NoStart(), formats=["pdf"])
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_a_rerun_gives_every_document_the_same_id_and_path(tmp_path: Path) -> None:
    cases = _write_cases(tmp_path / "b.json", _sample_dicts(2))
    runs = []
    for name in ("a", "b"):
        out = tmp_path / name
        manifest = _run(cases, out, ["enforcement_notice", "summons"], FakeConverter(), formats=["pdf"])
        ids = [decode_identities(pdfium.PdfDocument(out / o.path)[0].render(scale=2).to_pil())[0]
               for o in manifest.outputs]
        runs.append([(o.path, i.doc_id) for o, i in zip(manifest.outputs, ids, strict=True)])
    assert runs[0] == runs[1]
    assert len({doc_id for _path, doc_id in runs[0]}) == 4


def test_stamped_pdf_text_keeps_the_document(tmp_path: Path, fake_converter: FakeConverter) -> None:
    out = tmp_path / "out"
    manifest = _run(_write_cases(tmp_path / "b.json", _sample_dicts(1)), out, ["enforcement_notice"],
                    fake_converter, formats=["pdf"])
    (entry,) = manifest.outputs
    assert "converted 1" in PdfReader(out / entry.path).pages[0].extract_text()


@given(st.text(min_size=0, max_size=200))
def test_output_names_are_safe_whatever_the_case_number(text: str) -> None:
    name = output_name(text, "enforcement_notice", serves="summons")
    part = safe_component(text)
    assert part and len(part) <= 120
    assert not any(ch in part for ch in '/\\:*?"<>|\x00')
    assert part not in (".", "..")
    assert name.endswith("_enforcement_notice_summons")


def test_a_case_number_keeps_its_brackets_and_chinese_in_the_file_name() -> None:
    assert output_name("（2024）豫0311执1234号", "summons") == "（2024）豫0311执1234号_summons"
    assert safe_component("(2024)豫03/执<1>号") == "(2024)豫03_执_1_号"


def test_a_batch_whose_every_row_is_bad_lists_them_without_starting_libreoffice(tmp_path: Path) -> None:
    cases = _sample_dicts(2)
    for case in cases:
        case["filed_on"] = "2024-13-01"

    def no_libreoffice() -> FakeConverter:
        raise AssertionError("LibreOffice was started for a batch with nothing to convert")

    options = BatchOptions(types=["summons"], formats=["pdf"], merge=True, issued_on=ISSUED)
    manifest = run_batch(read_batch(_write_cases(tmp_path / "b.json", cases)), options, tmp_path / "out",
                         converter_factory=no_libreoffice)
    assert [(e.row, e.field) for e in manifest.errors] == [(1, "filed_on"), (2, "filed_on")]
    assert manifest.outputs == [] and manifest.merged == []
    assert (tmp_path / "out" / "manifest.json").is_file()
