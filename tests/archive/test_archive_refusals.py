"""What the archive refuses: an incomplete dossier without --draft (exit 1, the check printed, nothing
written), and bad input (exit 2, naming the file, nothing written)."""

from __future__ import annotations

import json
from pathlib import Path

import pikepdf
import pytest
from archive_support import SAMPLE, run
from click.testing import CliRunner

from dossier.cli.main import cli


def test_an_incomplete_dossier_is_refused_with_the_check_printed_and_nothing_written(small_scans, tmp_path):
    out = tmp_path / "package"
    code, stdout, stderr = run(*map(str, small_scans), "--case", str(SAMPLE / "case.json"), "--out", str(out),
                               "--today", "2024-06-01", "--json")
    assert code == 1
    check = json.loads(stdout)
    assert check["decision"] == "reject" and check["stage"] == "archive"
    codes = {m["code"] for m in check["missing"]}
    assert "property_clue_form" in codes
    # the archive writes the cover, the catalogue and the 备考表 itself: they are never missing
    assert not codes & {"dossier_cover", "catalogue", "remarks_sheet"}
    assert "--draft" in stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "locked.pdf"
    with pikepdf.open(SAMPLE / "scan-2.pdf") as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="o", user="u"))
    return path


@pytest.fixture
def truncated(tmp_path: Path) -> Path:
    path = tmp_path / "cut.pdf"
    path.write_bytes((SAMPLE / "scan-2.pdf").read_bytes()[:5000])
    return path


@pytest.mark.parametrize("bad", ["encrypted", "truncated"])
def test_a_scan_that_cannot_be_read_is_refused_naming_it_and_nothing_is_written(bad, request, tmp_path):
    path = request.getfixturevalue(bad)
    out = tmp_path / "package"
    code, _, stderr = run(str(SAMPLE / "scan-1.pdf"), str(path), "--case", str(SAMPLE / "case.json"),
                          "--out", str(out))
    assert code == 2
    assert path.name in stderr
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".package")]


def test_a_case_file_with_a_wrong_field_is_refused_naming_the_field(tmp_path):
    case = json.loads((SAMPLE / "case.json").read_text("utf-8"))
    case["closing"]["method"] = "finished"
    bad = tmp_path / "case.json"
    bad.write_text(json.dumps(case, ensure_ascii=False), "utf-8")
    out = tmp_path / "package"
    code, _, stderr = run(str(SAMPLE / "scan-2.pdf"), "--case", str(bad), "--out", str(out))
    assert code == 2 and "closing.method" in stderr and not out.exists()


def test_an_output_place_that_is_a_file_is_refused_before_anything_is_read(tmp_path):
    taken = tmp_path / "package"
    taken.write_text("not a folder", "utf-8")
    result = CliRunner().invoke(cli, ["archive", str(SAMPLE / "scan-2.pdf"), "--case", str(SAMPLE / "case.json"),
                                      "--out", str(taken)])
    assert result.exit_code == 2 and "--out" in result.stderr and "不是目录" in result.stderr
    assert taken.read_text("utf-8") == "not a folder"


def test_a_scan_painting_in_cmyk_beyond_its_images_is_refused_naming_file_and_page(tmp_path):
    from test_archive_assembly import cmyk_jpeg, pdf_of_cmyk_jpeg

    scan = pdf_of_cmyk_jpeg(cmyk_jpeg(tmp_path / "photo.jpg"), tmp_path / "colour-scan.pdf",
                            vector_cmyk=b"/DeviceCMYK cs 0 0 0 1 sc 0 0 10 10 re f")
    out = tmp_path / "package"
    code, _, stderr = run(str(SAMPLE / "scan-2.pdf"), str(scan), "--case", str(SAMPLE / "case.json"),
                          "--out", str(out), "--draft", "--engine", "null")
    assert code == 2
    assert "colour-scan.pdf" in stderr and "第1页" in stderr and "CMYK" in stderr
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".package")]
