"""自贡自流井 (court_ds) pastes small papers onto printed carrier sheets before scanning. A carrier titled by the
paper on it — 送达回证（邮寄）粘贴单 holding the 法院专递's EMS slip and its tracking screenshot — is that paper: at
first sight it was read as an exhibit, and the proof of service went unseen. A carrier that names no paper (卷内粘贴页)
is titled by nothing, and what is pasted on it decides."""

from __future__ import annotations

from dossier.ocr.titles import match_title


def test_a_carrier_titled_by_a_proof_of_service_is_that_proof() -> None:
    found = match_title("送达回证（邮寄）粘贴单", tall=True)
    assert found is not None and found.code == "service_receipt"
    plain = match_title("送达回证粘贴单")
    assert plain is not None and plain.code == "service_receipt"


def test_a_carrier_naming_no_paper_has_no_title() -> None:
    assert match_title("卷内粘贴页", tall=True) is None
    assert match_title("票据粘贴单", tall=True) is None


def test_a_carrier_headed_by_the_courts_name_names_no_paper_either() -> None:
    """通化东昌 (court_fi) prints its name before 卷内粘贴页 on one line: the court's name is no title before the mark."""
    assert match_title("吉林省通化市东昌区人民法院  卷内粘贴页", tall=True) is None
    found = match_title("吉林省通化市东昌区人民法院送达回证粘贴单", tall=True)
    assert found is not None and found.code == "service_receipt"
