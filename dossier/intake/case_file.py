"""Reading case files (JSON) into the case model, with errors that name the field in Chinese.

The translation of validation errors is the rule-data layer's (`dossier.rules.translate`); its two
functions stay importable from here, where callers have long found them.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dossier.errors import CaseDataError, InputError, os_reason
from dossier.model.case import Case
from dossier.rules.translate import describe_validation_error, field_path

__all__ = ["case_from_dict", "describe_validation_error", "field_path", "load_case", "read_json"]


def case_from_dict(data: Any, *, where: str | None = None) -> Case:
    """Validate one case; raises CaseDataError naming the field."""
    if not isinstance(data, dict):
        raise CaseDataError("案件数据应为 JSON 对象", file=where)
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        path, text = describe_validation_error(exc)
        raise CaseDataError(text, field=path, file=where) from exc


def read_json(path: Path) -> Any:
    """Parse JSON with Decimal numbers (money never passes through float)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"无法读取文件：{os_reason(exc)}", file=str(path)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("文件不是 UTF-8 编码的文本", file=str(path)) from exc
    try:
        return json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise InputError(f"JSON 格式错误（第{exc.lineno}行第{exc.colno}列）：{exc.msg}", file=str(path)) from exc


def load_case(path: str | Path) -> Case:
    """Load one case file (CONTRACT.md shape)."""
    p = Path(path)
    return case_from_dict(read_json(p), where=str(p))
