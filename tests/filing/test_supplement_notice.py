"""A returned submission gets the 补正材料一次性告知书: every missing item, why it is needed and where it
comes from, as DOCX and PDF — so the applicant never has to come back twice."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from docx import Document
from pypdf import PdfReader

from dossier.checklists import Present
from dossier.filing.check import check_filing
from dossier.filing.notice import notice_extra
from dossier.intake.case_file import case_from_dict

Run = Callable[..., Result]
CaseFile = Callable[[dict[str, Any]], Path]


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    """The PDF's text with page footers (—2—, 文书编号) removed, so a sentence may run over a page break."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return compact(re.sub(r"—\s*\d+\s*—|文书编号：\s*\w+", "", text))


def test_each_missing_item_tells_the_applicant_why_and_where_from(contract_case_dict: dict[str, Any]) -> None:
    contract_case_dict.pop("requests", None)
    result = check_filing(case_from_dict(contract_case_dict), Present.from_codes(["enforcement_application"]))
    extra = notice_extra(result)
    assert [i["label"] for i in extra["missing_items"]] == [m.label for m in result.missing]
    basis = next(i for i in extra["missing_items"] if i["code"] == "enforcement_basis")
    assert basis["reason"].startswith("执行依据是法院强制执行的根据")
    assert basis["source"].startswith("由作出生效法律文书的法院")
    assert "种子002" in basis["basis"]
    assert extra["problems"] == []  # what the requests are is unknown here, not a defect to correct


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


@pytest.mark.slow
def test_the_notice_is_written_as_docx_and_pdf_holding_every_item(dossier: Run, case_file: CaseFile,
                                                                  contract_case_dict: dict[str, Any],
                                                                  tmp_path: Path) -> None:
    out_dir = tmp_path / "告知书"
    out = dossier("check-filing", "--case", str(case_file(contract_case_dict)), "--declared",
                  "enforcement_application,identity_proof", "--party-name", "identity_proof=张叁",
                  "--notice", str(out_dir), "--json")
    assert out.exit_code == 1, out.stderr
    body = json.loads(out.stdout)
    docx_path, pdf_path = (Path(p) for p in body["notice"])
    assert sorted(out_dir.iterdir()) == sorted([docx_path, pdf_path])
    assert docx_path.suffix == ".docx" and pdf_path.suffix == ".pdf"

    labels = [m["label"] for m in body["missing"]]
    messages = [p["message"] for p in body["problems"] if p["severity"] == "error"]
    assert len(labels) == 8 and len(messages) == 1  # a name
    in_docx = compact(docx_text(docx_path))
    in_pdf = pdf_text(pdf_path)
    for text in [*labels, *messages, "补正材料一次性告知书", contract_case_dict["case_number"]]:
        assert compact(text) in in_docx, text
        assert compact(text) in in_pdf, text
    for item in body["missing"]:
        assert compact(item["why"])[:12] in in_pdf
    cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in in_pdf)
    assert cjk > 400 and "\ufffd" not in in_pdf


def test_an_accepted_submission_gets_no_notice(dossier: Run, case_file: CaseFile,
                                               contract_case_dict: dict[str, Any], tmp_path: Path) -> None:
    complete = ("enforcement_application,enforcement_basis,property_clue_form,fee_receipt,identity_proof,"
                "power_of_attorney,law_firm_letter,lawyer_license,payment_account_confirmation,"
                "whereabouts_unknown_proof")
    contract_case_dict["requests"] = {"consumption_restriction": False, "dishonest_list": True}
    out = dossier("check-filing", "--case", str(case_file(contract_case_dict)), "--declared", complete,
                  "--notice", str(tmp_path / "out"), "--json")
    assert out.exit_code == 0
    assert json.loads(out.stdout)["notice"] == []
    assert not (tmp_path / "out").exists()


class FakeConverter:
    """Stands in for LibreOffice: these stories are about the notice's words and files, not the PDF engine."""

    def __enter__(self) -> FakeConverter:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def convert_bytes(self, docx: bytes) -> bytes:
        return b"%PDF-1.7 fake"


def ampersand_result(contract_case_dict: dict[str, Any]) -> tuple[Any, Any]:
    contract_case_dict["respondents"][0]["name"] = "A&B<商贸>有限公司"
    case = case_from_dict(contract_case_dict)
    present = Present.from_codes(["enforcement_application"]).model_copy(
        update={"party_names": {"enforcement_application": ["A&B<商贸>公司"]}})
    return case, check_filing(case, present)


def test_a_name_with_ampersand_and_angle_brackets_reads_as_written_in_the_notice(
        contract_case_dict: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Given a respondent called A&B<商贸>有限公司, the applicant's notice opens in Word and names it as written."""
    from dossier.filing.notice import write_notice

    monkeypatch.setattr("dossier.render.pdf.PdfConverter", FakeConverter)
    case, result = ampersand_result(contract_case_dict)
    docx_path, pdf_path = write_notice(case, result, tmp_path / "告知书")
    text = compact(docx_text(docx_path))
    assert compact("执行申请书上的当事人名称“A&B<商贸>公司”与案件数据中的“A&B<商贸>有限公司”不一致") in text
    assert "&amp;" not in text and "&lt;" not in text
    assert pdf_path.read_bytes().startswith(b"%PDF")


def test_a_notice_that_cannot_be_written_whole_leaves_nothing_behind(
        contract_case_dict: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Given a folder where the PDF should go, the clerk is told so and no lone DOCX is left behind."""
    from dossier.errors import InputError
    from dossier.filing.notice import notice_stem, write_notice

    monkeypatch.setattr("dossier.render.pdf.PdfConverter", FakeConverter)
    case, result = ampersand_result(contract_case_dict)
    out_dir = tmp_path / "告知书"
    (out_dir / f"{notice_stem(case.case_number)}.pdf").mkdir(parents=True)
    with pytest.raises(InputError) as info:
        write_notice(case, result, out_dir)
    assert "无法写出补正材料一次性告知书" in str(info.value)
    assert [p.suffix for p in out_dir.iterdir()] == [".pdf"]  # only the blocking folder


def test_the_notice_is_titled_and_named_in_chinese_not_by_its_type_code(contract_case_dict: dict[str, Any]) -> None:
    """PDF readers show the DOCX title; the browser saves under the file name: both Chinese, not codes."""
    import io
    from datetime import date

    from dossier.filing.notice import notice_docx, notice_file_name

    contract_case_dict.pop("requests", None)
    case = case_from_dict(contract_case_dict)
    result = check_filing(case, Present.from_codes(["enforcement_application"]))
    doc = Document(io.BytesIO(notice_docx(case, result, date(2026, 3, 2))))
    assert doc.core_properties.title == "补正材料一次性告知书"
    name = notice_file_name(case.case_number)
    assert name.startswith("补正材料一次性告知书_") and name.endswith(".pdf") and "notice" not in name
