"""Court overlays (add / drop / change) on a national base: one model and one loader shared by the
checklist and the deadline data, so both kinds of file read and fail alike."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dossier.errors import ChecklistDataError
from dossier.rules.court_match import CourtMatch, matches
from dossier.rules.translate import data_error_text
from dossier.rules.yamldata import Path_, line_of, load_model

T = TypeVar("T", bound=BaseModel)
FileT = TypeVar("FileT", bound=BaseModel)


class Drop(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    source: str = Field(min_length=1)


class Change(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    set: dict[str, Any] = Field(min_length=1)
    source: str = Field(min_length=1)


class CourtOverlay(BaseModel, Generic[T]):
    """A court's differences from the national base, each with the seed section it comes from."""

    model_config = ConfigDict(extra="forbid")

    version: Literal[1]
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    title: str = Field(min_length=1)
    court: CourtMatch = Field(default_factory=CourtMatch)
    source: str = Field(min_length=1)
    add: list[T] = []
    drop: list[Drop] = []
    change: list[Change] = []


@dataclass(frozen=True)
class LoadedOverlay(Generic[T]):
    model: CourtOverlay[T]
    lines: dict[Path_, int]
    label: str


def package_dir(package: str) -> Path:
    return Path(str(resources.files(package)))


def _label(package: str, name: str) -> str:
    return f"{package.replace('.', '/')}/{name}"


def overlay_files(package: str) -> Iterator[tuple[Path, str]]:
    """Overlay files of a data package's `courts/` folder, in name order, with a repo-relative label."""
    folder = package_dir(package) / "courts"
    for path in sorted(folder.glob("*.yaml")):
        yield path, _label(package, f"courts/{path.name}")


def load_national(package: str, model: type[FileT], field: str, key: Callable[[T], str]) -> dict[str, T]:
    """The package's `national.yaml`, its `field` list keyed by `key`; a repeated key names its line."""
    label = _label(package, "national.yaml")
    data, lines = load_model(model, package_dir(package) / "national.yaml", label=label)
    entries: list[T] = getattr(data, field)
    return unique_keys(entries, key, lines, label, field)


def load_overlays(package: str, model: type[CourtOverlay[T]]) -> list[LoadedOverlay[T]]:
    out: list[LoadedOverlay[T]] = []
    seen: dict[str, str] = {}
    for path, label in overlay_files(package):
        ov, lines = load_model(model, path, label=label)
        if ov.id in seen:
            raise ChecklistDataError(f"覆盖层标识“{ov.id}”与 {seen[ov.id]} 重复", file=label)
        seen[ov.id] = label
        out.append(LoadedOverlay(ov, lines, label))
    return out


def for_court(base: dict[str, T], overlays: list[LoadedOverlay[T]], keys: set[str], model: type[T],
              key: Callable[[T], str]) -> tuple[dict[str, T], list[LoadedOverlay[T]]]:
    """The base with every overlay matching the court keys applied in file order, and those overlays."""
    chosen = [o for o in overlays if matches(o.model.id, o.model.court, keys)]
    for loaded in chosen:
        base = apply_overlay(base, loaded, model, key)
    return base, chosen


def apply_overlay(base: dict[str, T], loaded: LoadedOverlay[T], model: type[T],
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
            raise ChecklistDataError(f"第{at}行：修改“{change.id}”后不合法：{data_error_text(exc)}",
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
