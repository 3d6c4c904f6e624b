"""Applying court overlays (add / drop / change) to a national base: shared by checklists and deadlines."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from dossier.checklists.court_match import matches
from dossier.checklists.yamldata import Path_, chinese_message, line_of, load_model
from dossier.errors import ChecklistDataError

T = TypeVar("T", bound=BaseModel)
OverlayT = TypeVar("OverlayT", bound=BaseModel)


@dataclass(frozen=True)
class LoadedOverlay:
    model: Any
    lines: dict[Path_, int]
    label: str


def package_dir(package: str) -> Path:
    return Path(str(resources.files(package)))


def overlay_files(package: str) -> Iterator[tuple[Path, str]]:
    """Overlay files of a data package's `courts/` folder, in name order, with a repo-relative label."""
    folder = package_dir(package) / "courts"
    for path in sorted(folder.glob("*.yaml")):
        yield path, f"{package.replace('.', '/')}/courts/{path.name}"


def load_overlays(package: str, model: type[OverlayT]) -> list[LoadedOverlay]:
    out: list[LoadedOverlay] = []
    seen: dict[str, str] = {}
    for path, label in overlay_files(package):
        ov, lines = load_model(model, path, label=label)
        oid = ov.id  # type: ignore[attr-defined]
        if oid in seen:
            raise ChecklistDataError(f"覆盖层标识“{oid}”与 {seen[oid]} 重复", file=label)
        seen[oid] = label
        out.append(LoadedOverlay(ov, lines, label))
    return out


def select(overlays: list[LoadedOverlay], keys: set[str]) -> list[LoadedOverlay]:
    return [o for o in overlays if matches(o.model.id, o.model.court, keys)]


def apply_overlay(base: dict[str, T], loaded: LoadedOverlay, model: type[T],
                  key: Callable[[T], str]) -> dict[str, T]:
    """A new mapping with the overlay's drops, changes and additions, each checked against the base."""
    ov, lines, where = loaded.model, loaded.lines, loaded.label
    out = dict(base)
    for i, drop in enumerate(ov.drop):
        if drop.id not in out:
            raise ChecklistDataError(f"第{line_of(lines, ('drop', i))}行：要删除的条目“{drop.id}”不存在", file=where)
        del out[drop.id]
    for i, change in enumerate(ov.change):
        if change.id not in out:
            raise ChecklistDataError(f"第{line_of(lines, ('change', i))}行：要修改的条目“{change.id}”不存在",
                                     file=where)
        merged = {**out[change.id].model_dump(exclude_unset=True), **change.set}
        try:
            out[change.id] = model.model_validate(merged)
        except ValidationError as exc:
            err = exc.errors()[0]
            at = line_of(lines, ("change", i, "set", *err["loc"][:1]))
            raise ChecklistDataError(f"第{at}行：修改“{change.id}”后不合法：{chinese_message(exc)}",
                                     file=where) from exc
    for i, item in enumerate(ov.add):
        k = key(item)
        if k in out:
            raise ChecklistDataError(f"第{line_of(lines, ('add', i))}行：新增条目“{k}”已存在，请用 change 修改",
                                     file=where)
        out[k] = item
    return out


def unique_keys(items: list[T], key: Callable[[T], str], lines: dict[Path_, int], where: str,
                field: str) -> dict[str, T]:
    out: dict[str, T] = {}
    for i, item in enumerate(items):
        k = key(item)
        if k in out:
            raise ChecklistDataError(f"第{line_of(lines, (field, i))}行：条目标识“{k}”重复", file=where)
        out[k] = item
    return out
