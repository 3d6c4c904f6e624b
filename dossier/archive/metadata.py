"""What the archive says about the case (XMP metadata, cover, 备考表): pure functions of the case file."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml
from pydantic import BaseModel, Field, ValidationError

from dossier.errors import ChecklistDataError
from dossier.model import Case
from dossier.vocab.labels import labels


class Retention(BaseModel):
    version: int
    default: str = Field(min_length=1)
    by_closing_method: dict[str, str] = Field(default_factory=dict)


@cache
def retention_rules() -> Retention:
    """`dossier/archive/retention.yaml`, validated (an error names the file)."""
    where = "dossier/archive/retention.yaml"
    try:
        raw = yaml.safe_load(resources.files("dossier.archive").joinpath("retention.yaml").read_text("utf-8"))
        return Retention.model_validate(raw)
    except (yaml.YAMLError, ValidationError) as exc:
        raise ChecklistDataError(f"保管期限数据不合法：{exc}", file=where) from exc


class ArchiveMetadata(BaseModel):
    """The facts the archived file carries about its case (also in manifest.json)."""

    case_number: str
    court: str
    applicants: list[str]
    respondents: list[str]
    closing_method: str | None = Field(description="code (CONTRACT.md closing.method)")
    closing_method_label: str | None
    closed_on: str | None
    filed_on: str
    retention: str

    @property
    def parties(self) -> list[str]:
        return [*self.applicants, *self.respondents]

    def description(self) -> str:
        """One line a reader of the file's properties (or a search) sees: every field named in Chinese."""
        parts = [f"案号：{self.case_number}", f"法院：{self.court}",
                 f"申请执行人：{'、'.join(self.applicants)}", f"被执行人：{'、'.join(self.respondents)}",
                 f"结案方式：{self.closing_method_label or '未结案'}", f"结案日期：{self.closed_on or '—'}",
                 f"保管期限：{self.retention}"]
        return "；".join(parts)


def archive_metadata(case: Case) -> ArchiveMetadata:
    method = case.closing.method if case.closing else None
    closed = case.closing.closed_on if case.closing else None
    rules = retention_rules()
    return ArchiveMetadata(
        case_number=case.case_number, court=case.court,
        applicants=[p.name for p in case.applicants], respondents=[p.name for p in case.respondents],
        closing_method=method, closing_method_label=labels().closing_methods.get(method) if method else None,
        closed_on=closed.isoformat() if closed else None, filed_on=case.filed_on.isoformat(),
        retention=rules.by_closing_method.get(method or "", rules.default))
