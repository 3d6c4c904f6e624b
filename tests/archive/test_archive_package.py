"""The archive centre builds the electronic dossier with `dossier archive` and opens what it got:
order, bookmarks, page numbers, the text layer, the PDF/A metadata, what was left out and why."""

from __future__ import annotations

import hashlib
import itertools
import json
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from archive_support import PHOTO, SAMPLE, SHEETS, UPSIDE_DOWN, run
from pikepdf import pdfa
from pypdf import PdfReader

from dossier.doctypes import doctypes
from dossier.samples.truth import GroundTruth

CASE = "（2024）豫0311执1301号"


def reader(package: dict[str, Any]) -> PdfReader:
    return PdfReader(package["out"] / "dossier.pdf")


def page_texts(package: dict[str, Any]) -> list[str]:
    return [p.extract_text() for p in reader(package).pages]


def sample_page(file: str, file_page: int) -> int:
    """The page of sample 02 a page of the small dossier was cut from."""
    if file == "review.jpg":
        return len(PdfReader(SAMPLE / "scan-1.pdf").pages) + PHOTO[1]
    return SHEETS[file_page - 1]


def test_an_incomplete_dossier_is_built_as_a_draft_marked_on_every_page(draft_package):
    manifest = draft_package["manifest"]
    assert draft_package["code"] == 1
    assert draft_package["printed"] == manifest
    assert manifest["draft"] is True and manifest["decision"] == "reject"
    assert manifest["check"]["missing"], "the draft says why it is one"
    assert all("草稿" in text for text in page_texts(draft_package))


def test_the_cover_and_catalogue_come_first_the_remarks_sheet_last_and_documents_in_archive_order(draft_package):
    docs = draft_package["manifest"]["documents"]
    assert [d["doc_type"] for d in docs[:2]] == ["dossier_cover", "catalogue"]
    assert docs[-1]["doc_type"] == "remarks_sheet"
    assert all(d["generated"] for d in (*docs[:2], docs[-1]))
    scanned = [d["doc_type"] for d in docs[2:-1]]
    assert scanned == ["enforcement_application", "enforcement_basis", "enforcement_notice", "file_review_form"]
    ranks = [doctypes()[code].archive_order for code in scanned]
    assert ranks == sorted(ranks)
    # the documents tile the file without gap or overlap
    assert docs[0]["first_page"] == 1 and docs[-1]["last_page"] == len(reader(draft_package).pages)
    assert all(a["last_page"] + 1 == b["first_page"] for a, b in itertools.pairwise(docs))


def test_one_bookmark_per_document_titled_with_its_chinese_label(draft_package):
    pdf = reader(draft_package)
    marks = [(item.title, pdf.get_destination_page_number(item)) for item in pdf.outline]
    docs = draft_package["manifest"]["documents"]
    assert marks == [(d["label"], d["first_page"] - 1) for d in docs]
    assert marks[0][0] == "卷宗封面" and marks[-1][0] == "备考表" and ("执行通知书", 5) in marks


def test_numbered_pages_carry_their_page_number_and_the_generated_sheets_none(draft_package):
    pdf = reader(draft_package)
    pages = draft_package["manifest"]["pages"]
    assert [p["page_number"] for p in pages] == [1, 2, 3, 4, 5, 6]
    assert pdf.page_labels == ["封面", "卷内目录", "1", "2", "3", "4", "5", "6", "备考表"]
    texts = page_texts(draft_package)
    for p in pages:
        lines = [line.strip() for line in texts[p["archive_page"] - 1].splitlines()]
        assert str(p["page_number"]) in lines, f"页号 {p['page_number']} not stamped"


def test_every_page_has_a_text_layer_holding_the_case_number_where_the_page_shows_it(draft_package):
    truth = GroundTruth.load(SAMPLE)
    texts = page_texts(draft_package)
    assert all(len(t.strip()) > 20 for t in texts)
    shown = 0
    for p in draft_package["manifest"]["pages"]:
        if truth.pages[sample_page(p["file"], p["file_page"]) - 1].case_number:
            shown += 1
            assert "执1301号" in "".join(texts[p["archive_page"] - 1].split())
    assert shown >= 4
    # the scans' text was found by reading them (the reader's lines, completed for the archive)
    assert {p["text_source"] for p in draft_package["manifest"]["pages"]} <= {"check", "reread"}


def test_lines_the_check_read_only_in_part_are_whole_in_the_text_layer(draft_package):
    # the check reads a body line to its first words; the archive reads it whole: the sentence on what the
    # online search system found (printed twice in the small dossier) goes on past its first words
    found = 0
    for text in page_texts(draft_package):
        for line in text.splitlines():
            compact = "".join(line.split())
            if "查控系统" in compact:
                found += 1
                assert "车辆" in compact.split("查控系统", 1)[1], line
    assert found >= 2


def test_a_sheet_scanned_upside_down_is_archived_upright_with_its_text_in_place(draft_package):
    [notice] = [p for p in draft_package["manifest"]["pages"] if p["file_page"] == SHEETS.index(UPSIDE_DOWN) + 1
                and p["file"] == "scan.pdf"]
    pdf = reader(draft_package)
    page = pdf.pages[notice["archive_page"] - 1]
    assert (page.rotation or 0) % 360 == 0
    text = "".join(page.extract_text().split())
    assert "执行通知书" in text and "执1301号" in text
    # the invisible title sits where the printed title is: near the top of the upright page
    found: list[float] = []
    page.extract_text(visitor_text=lambda t, cm, tm, font, size: found.append(tm[5]) if "执行通知书" in t else None)
    assert found and min(found) > 0.7 * float(page.mediabox.height)


def test_the_file_is_pdfa_2b_with_the_case_in_its_metadata(draft_package):
    path = draft_package["out"] / "dossier.pdf"
    assert pdfa.validate_written(path, "2b").passed
    with pikepdf.open(path) as pdf:
        meta = pdf.open_metadata()
        assert meta.pdfa_status == "2B"
        assert meta["dc:identifier"] == CASE
        assert meta["dc:creator"] == ["洛阳市老城区人民法院"]
        assert {"周秀兰", "吴小龙", CASE, "结案方式：执行完毕", "结案日期：2024-05-20", "保管期限：长期"} <= set(
            meta["dc:subject"])
        assert "保管期限：长期" in meta["dc:description"]
        assert meta["dc:title"].startswith("（草稿）电子卷宗")


def test_blank_backs_and_the_scanned_cover_and_catalogue_are_left_out_and_listed(draft_package):
    manifest = draft_package["manifest"]
    assert manifest["left_out"] == [
        {"file": "scan.pdf", "file_page": 1, "reason": "replaced", "doc_type": "dossier_cover"},
        {"file": "scan.pdf", "file_page": 2, "reason": "replaced", "doc_type": "catalogue"},
        {"file": "scan.pdf", "file_page": 6, "reason": "blank", "doc_type": "blank"},
    ]
    kept = {(p["file"], p["file_page"]) for p in manifest["pages"]}
    assert not kept & {("scan.pdf", 1), ("scan.pdf", 2), ("scan.pdf", 6)}
    assert len(kept) == len(SHEETS) + 1 - 3
    remarks = page_texts(draft_package)[-1]
    assert "空白页1页" in remarks and "scan.pdf第6页" in "".join(remarks.split())


def test_the_catalogue_and_cover_match_the_file(draft_package):
    texts = ["".join(t.split()) for t in page_texts(draft_package)]
    assert "本卷共6页" in texts[0] and "保管期限长期" in texts[0] and CASE in texts[0]
    for entry in ("执行申请书1", "执行依据（生效法律文书）2-3", "执行通知书4-5", "卷宗复核表6"):
        assert entry in texts[1]


def test_the_manifest_names_the_sha256_of_the_file(draft_package):
    data = (draft_package["out"] / "dossier.pdf").read_bytes()
    assert draft_package["manifest"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert draft_package["manifest"]["case_number"] == CASE
    assert json.loads((draft_package["out"] / "manifest.json").read_text("utf-8"))["page_count"] == 9


def test_the_output_is_not_larger_than_the_scans(draft_package, small_scans: list[Path]):
    size = (draft_package["out"] / "dossier.pdf").stat().st_size
    assert size <= 1.2 * sum(p.stat().st_size for p in small_scans)


@pytest.mark.slow
def test_the_complete_archive_sample_is_archived_with_exit_0(tmp_path):
    truth = GroundTruth.load(SAMPLE)
    out = tmp_path / "package"
    code, stdout, stderr = run(*(str(SAMPLE / s) for s in truth.scans), "--case", str(SAMPLE / "case.json"),
                               "--out", str(out), "--today", truth.today.isoformat(), "--json")
    assert code == 0, stderr
    manifest = json.loads(stdout)
    assert manifest == json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["draft"] is False and manifest["decision"] == "approve"
    blanks = {(p.page) for p in truth.pages if p.doc_type == "blank"}
    assert len([o for o in manifest["left_out"] if o["reason"] == "blank"]) == len(blanks)
    pdf = PdfReader(out / "dossier.pdf")
    assert len(pdf.pages) == manifest["page_count"] == len(truth.pages) - len(manifest["left_out"]) + 3
    assert [i.title for i in pdf.outline] == [d["label"] for d in manifest["documents"]]
    assert all("草稿" not in p.extract_text() for p in pdf.pages)
    # born-digital pages keep their own text, with no invisible copy laid over it
    own = [p for p in manifest["pages"] if p["text_source"] == "own"]
    assert own
    for p in own:
        source = PdfReader(SAMPLE / p["file"]).pages[p["file_page"] - 1].extract_text()
        archived = pdf.pages[p["archive_page"] - 1].extract_text()
        assert archived.count("执行") == source.count("执行")
    assert pdfa.validate_written(out / "dossier.pdf", "2b").passed
