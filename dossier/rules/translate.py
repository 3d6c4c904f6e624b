"""pydantic validation errors in Chinese: one translator for case files and data files alike.

The wording is data (`vocab/labels.yaml`, `validation_errors`); this module only fills in what the
error itself carries (the value given, the values allowed, a bound).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from dossier.vocab.labels import labels


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
    return field_path(tuple(err["loc"])), error_text(err)


def data_error_text(exc: ValidationError) -> str:
    """The first error of a data file's validation in Chinese (our own validators already speak Chinese)."""
    err = exc.errors()[0]
    if err["type"] == "value_error":
        return str(err["msg"]).removeprefix("Value error, ")
    if err["type"] in ("greater_than_equal", "int_parsing", "int_type") and "ge" in err.get("ctx", {}):
        return f"应为不小于{err['ctx']['ge']}的整数"
    if err["type"] == "greater_than_equal":
        return "应为整数"
    return error_text(err)


def error_text(err: Any) -> str:
    """One pydantic error (an item of `ValidationError.errors()`, the service's request errors too) in Chinese."""
    kind = err["type"]
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        choices = "、".join(re.findall(r"'([^']*)'", expected)) or expected
        return f"取值“{err.get('input')}”不在允许范围内（允许：{choices}）"
    text = labels().validation_errors.get(kind)
    if text is None:
        return f"不合法：{err['msg']}"
    if kind.startswith("date"):
        return f"“{err.get('input')}”{text}"
    return text
