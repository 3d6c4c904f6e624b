"""Vocabularies as data: case-type codes and document types (codes, Chinese labels, title variants)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from dossier.errors import ChecklistDataError


@cache
def load_vocab(name: str) -> dict[str, Any]:
    """Load `dossier/vocab/<name>.yaml`; a malformed file is an error naming it."""
    ref = resources.files("dossier.vocab").joinpath(f"{name}.yaml")
    try:
        data = yaml.safe_load(ref.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ChecklistDataError(f"词表文件格式错误：{exc}", file=f"dossier/vocab/{name}.yaml") from exc
    if not isinstance(data, dict):
        raise ChecklistDataError("词表文件应为映射（mapping）", file=f"dossier/vocab/{name}.yaml")
    return data
