"""The packages form layers with no import cycle: each one can be imported alone, first thing in a fresh
interpreter, and the import-linter contract in pyproject.toml places every package in a layer.

A cycle between packages shows up as an ImportError (partially initialised module) only for some
import orders; importing each package first, alone, tries every entry point a caller might use.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import dossier

ROOT = Path(__file__).resolve().parents[2]


def _packages() -> list[str]:
    """`api`, and every package and top-level module of dossier (`dossier.rules`, `dossier.doctypes` …)."""
    names = (m.name for m in pkgutil.iter_modules(dossier.__path__) if m.name != "__main__")  # would run the CLI
    return ["api", *sorted(f"dossier.{name}" for name in names)]


def _import_alone(name: str) -> tuple[str, int, str]:
    done = subprocess.run([sys.executable, "-c", f"import {name}"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False)
    return name, done.returncode, done.stderr.strip().splitlines()[-1:][0] if done.stderr.strip() else ""


def test_every_package_imports_alone_in_a_fresh_interpreter() -> None:
    names = _packages()
    assert "dossier.rules" in names and "dossier.checklists" in names and "api" in names
    with ThreadPoolExecutor(max_workers=2) as pool:
        failures = [(n, err) for n, code, err in pool.map(_import_alone, names) if code != 0]
    assert failures == [], f"imported alone, these packages fail: {failures}"


def test_the_layer_contract_places_every_package() -> None:
    """A new package must be given its layer, or the contract would silently not cover it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    layers = next(c for c in config["contracts"] if c["type"] == "layers")["layers"]
    placed = {name.strip() for layer in layers for name in layer.split("|")}
    assert set(_packages()) - placed == set(), "packages without a layer in [tool.importlinter]"


def test_rule_data_sits_below_what_reads_it() -> None:
    """The story of the issue: checklists, deadlines, intake and statutes read rule data from
    dossier.rules, which itself imports none of them."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    layers = next(c for c in config["contracts"] if c["type"] == "layers")["layers"]
    level = {name.strip(): i for i, layer in enumerate(layers) for name in layer.split("|")}
    for reader in ("dossier.checklists", "dossier.deadlines", "dossier.intake", "dossier.statutes"):
        assert level[reader] < level["dossier.rules"], reader
    assert level["dossier.reports"] < level["dossier.checklists"]  # PDF drawing only in reports
