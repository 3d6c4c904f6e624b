"""YAML data files validated by pydantic, with errors that name the file and the line.

PyYAML's composed node tree keeps a mark (line) for every value; we walk it once to map each value's
path to its line, so a pydantic error at ('items', 3, 'when', 'category') points at line N of the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from dossier.errors import ChecklistDataError, os_reason
from dossier.rules.translate import data_error_text

M = TypeVar("M", bound=BaseModel)
Path_ = tuple[str | int, ...]


def read_yaml(path: Path, *, label: str | None = None) -> tuple[Any, dict[Path_, int]]:
    """Parse a YAML file into plain data plus a map from value path to 1-based line number."""
    where = label or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ChecklistDataError(f"无法读取数据文件：{os_reason(exc)}", file=where) from exc
    try:
        node, data = _compose_and_construct(text)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise ChecklistDataError(f"第{line}行 YAML 格式错误：{exc.problem}", file=where) from exc
    except yaml.YAMLError as exc:
        raise ChecklistDataError(f"YAML 格式错误：{exc}", file=where) from exc
    lines: dict[Path_, int] = {}
    if node is not None:
        _walk(node, (), lines, where)
    return data, lines


def _compose_and_construct(text: str) -> tuple[yaml.Node | None, Any]:
    """Parse once: the node tree (with marks) and the plain data built from it."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _walk(node: yaml.Node, path: Path_, lines: dict[Path_, int], where: str) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                raise ChecklistDataError(f"第{key_node.start_mark.line + 1}行：键“{key}”重复", file=where)
            seen.add(key)
            lines[(*path, key)] = key_node.start_mark.line + 1
            _walk(value_node, (*path, key), lines, where)
    elif isinstance(node, yaml.SequenceNode):
        for i, child in enumerate(node.value):
            _walk(child, (*path, i), lines, where)


def line_of(lines: dict[Path_, int], loc: Path_) -> int | None:
    """Line of the deepest known prefix of loc (pydantic adds union-member names we don't have)."""
    parts = [p for p in loc if isinstance(p, int) or not str(p).startswith(("function-", "list[", "str"))]
    for end in range(len(parts), -1, -1):
        line = lines.get(tuple(parts[:end]))
        if line is not None:
            return line
    return None


def validate_data(model: type[M], data: Any, lines: dict[Path_, int], *, where: str) -> M:
    """Validate data into model; the first error is reported with its line."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        line = line_of(lines, loc)
        dotted = ".".join(str(p) for p in loc)
        at = f"第{line}行" if line else "位置不明"
        raise ChecklistDataError(f"{at}（{dotted}）：{data_error_text(exc)}", file=where) from exc


def load_model(model: type[M], path: Path, *, label: str | None = None) -> tuple[M, dict[Path_, int]]:
    """Read and validate one data file; returns the model and the line map for later checks."""
    data, lines = read_yaml(path, label=label)
    return validate_data(model, data, lines, where=label or str(path)), lines
