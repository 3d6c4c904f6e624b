"""The ZIP a clerk downloads from a batch job names folders and files in Chinese, not by type code."""

from __future__ import annotations

import zipfile
from pathlib import Path

from dossier.batch.manifest import Manifest, ManifestMerged, ManifestOutput
from dossier.jobs.batch_job import _folder_entries, _zip


def test_zip_entries_are_chinese_folders_and_file_names(tmp_path: Path) -> None:
    out = tmp_path / "out"
    files = {"acceptance_notice/（2026）豫0311执1号_acceptance_notice.docx": None,
             "service_receipt/（2026）豫0311执1号_service_receipt_acceptance_notice.pdf": "acceptance_notice",
             "merged/acceptance_notice.pdf": None}
    for rel in files:
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(b"x")
    (out / "manifest.json").write_text("{}", encoding="utf-8")
    manifest = Manifest(
        outputs=[ManifestOutput(case_number="（2026）豫0311执1号", type="acceptance_notice", format="docx",
                                path="acceptance_notice/（2026）豫0311执1号_acceptance_notice.docx", sha256="0"),
                 ManifestOutput(case_number="（2026）豫0311执1号", type="service_receipt", format="pdf",
                                serves="acceptance_notice", sha256="0",
                                path="service_receipt/（2026）豫0311执1号_service_receipt_acceptance_notice.pdf")],
        merged=[ManifestMerged(type="acceptance_notice", path="merged/acceptance_notice.pdf", sha256="0", pages=1,
                               case_numbers=["（2026）豫0311执1号"])])
    target = tmp_path / "文书.zip"
    _zip(target, _folder_entries(out), manifest)
    names = zipfile.ZipFile(target).namelist()
    assert "受理案件通知书/（2026）豫0311执1号_受理案件通知书.docx" in names
    assert "送达回证/（2026）豫0311执1号_送达回证（受理案件通知书）.pdf" in names
    assert "合并打印/受理案件通知书.pdf" in names
    assert not [n for n in names if "acceptance_notice" in n or "service_receipt" in n or "merged" in n]
