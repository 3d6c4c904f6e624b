"""Reading case files (JSON) into the case model, with errors that name the field in Chinese."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dossier.errors import CaseDataError, InputError, os_reason
from dossier.model.case import Case

_ERROR_TEXT = {
    "missing": "缺少必填字段",
    "literal_error": "取值不在允许范围内",
    "date_from_datetime_parsing": "不是有效日期（应为 YYYY-MM-DD）",
    "date_parsing": "不是有效日期（应为 YYYY-MM-DD）",
    "date_from_datetime_inexact": "不是有效日期（应为 YYYY-MM-DD）",
    "date_type": "不是有效日期（应为 YYYY-MM-DD）",
    "string_type": "应为文本",
    "string_too_short": "不能为空",
    "list_type": "应为列表",
    "too_short": "至少需要一项",
    "model_type": "应为对象",
    "model_attributes_type": "应为对象",
    "dict_type": "应为对象",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
}


def field_path(loc: tuple[Any, ...]) -> str:
    """('applicants', 0, 'name') → 'applicants[0].name'."""
    out = ""
    for part in loc:
        if part == "[key]":  # pydantic's marker for a dict key: the key itself is already named
            continue
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def describe_validation_error(exc: ValidationError) -> tuple[str, str]:
    """The first error of a pydantic ValidationError as (field path, Chinese message)."""
    err = exc.errors()[0]
    path = field_path(tuple(err["loc"]))
    text = _ERROR_TEXT.get(err["type"])
    if err["type"] == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        choices = "、".join(re.findall(r"'([^']*)'", expected)) or expected
        text = f"取值“{err.get('input')}”不在允许范围内（允许：{choices}）"
    elif text is None:
        text = f"不合法：{err['msg']}"
    elif err["type"].startswith("date"):
        text = f"“{err.get('input')}”{text}"
    return path, text


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
