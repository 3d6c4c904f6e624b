"""The shipped page model: trained on the corpus's printed text, validated, and written atomically."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dossier.cli.main import cli
from dossier.doctypes import doctypes
from dossier.ocr.ngram import NgramModel, predict, shipped_model


def _truth(folder: Path, family: str, pages: list[tuple[str, str]]) -> None:
    folder.mkdir(parents=True)
    truth = {"name": folder.name, "description": "", "scans": ["scan.pdf"], "stage": "closing",
             "today": "2024-08-01", "expected_decision": "approve", "expected_missing": [], "expected_problems": [],
             "documents": [],
             "pages": [{"page": i + 1, "doc_type": code, "family": family, "text": text}
                       for i, (code, text) in enumerate(pages)]}
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")


def test_the_model_that_ships_knows_only_vocabulary_codes() -> None:
    model = shipped_model()
    assert model is not None and len(model.trained_on) >= 6
    assert set(model.classes) <= set(doctypes())


def test_corpus_train_learns_from_every_family_and_writes_the_model(tmp_path: Path) -> None:
    _truth(tmp_path / "corpus" / "a_01", "a", [("settlement_agreement", "执行和解协议 甲方 乙方 分期履行"),
                                               ("continuation", "第2页共2页")])
    _truth(tmp_path / "corpus" / "b_01", "b", [("payment_voucher", "案款发放凭证 收款人 转账 金额"),
                                               ("settlement_agreement", "和解协议书 甲乙双方达成和解")])
    out = tmp_path / "model.json"
    result = CliRunner().invoke(cli, ["corpus", "train", "--corpus", str(tmp_path / "corpus"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    model = NgramModel.model_validate_json(out.read_text(encoding="utf-8"))
    assert model.trained_on == ["a", "b"]
    assert set(model.classes) == {"settlement_agreement", "payment_voucher"}  # continuation pages teach nothing
    assert predict(model, "双方达成和解")[0][0] == "settlement_agreement"


def test_corpus_train_on_an_empty_folder_is_bad_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["corpus", "train", "--corpus", str(tmp_path), "--out", str(tmp_path / "m.json")])
    assert result.exit_code == 2
    assert not (tmp_path / "m.json").exists()


def test_an_unwritable_place_for_the_corpus_or_the_model_is_bad_input_naming_it(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(cli, ["corpus", "build", "--small", "--out", str(blocker / "corpus")])
    assert result.exit_code == 2 and "a-file" in result.output and "Traceback" not in result.output
    _truth(tmp_path / "corpus" / "a_01", "a", [("payment_voucher", "案款发放凭证 收款人 转账")])
    result = CliRunner().invoke(cli, ["corpus", "train", "--corpus", str(tmp_path / "corpus"),
                                      "--out", str(blocker / "model.json")])
    assert result.exit_code == 2 and "a-file" in result.output


def test_a_dossier_asked_for_by_a_name_the_corpus_does_not_have_is_bad_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["corpus", "build", "--only", "court_z_01_nothing", "--out", str(tmp_path / "c")])
    assert result.exit_code == 2 and "court_z_01_nothing" in result.output
    assert not (tmp_path / "c").exists()


def test_the_words_of_a_familys_papers_are_drawn_from_its_plans_without_building_its_pages() -> None:
    """court_y's three dossiers drawn, not captured: the first sheet of each paper they hold, by the family that drew it
    (a lawyer's papers by the lawyers' family), no continuation sheet among them — and the same words each time."""
    from dossier.corpus.build import plans
    from dossier.corpus.train import drawn_texts

    texts = drawn_texts(families={"court_y"})
    held = {d.code for p in plans() if p.family == "court_y" for d in p.docs} - {"continuation", "blank", "unknown"}
    assert {code for samples in texts.values() for code, _ in samples} == held
    assert all(text.strip() for samples in texts.values() for _, text in samples)
    assert texts == drawn_texts(families={"court_y"})


def test_corpus_train_without_a_built_corpus_says_to_build_it_or_draw(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["corpus", "train", "--corpus", str(tmp_path / "none"),
                                      "--out", str(tmp_path / "m.json")])
    assert result.exit_code == 2 and "--drawn" in result.output and not (tmp_path / "m.json").exists()
