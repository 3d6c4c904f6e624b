"""Shapes of check results shared by the filing, closing and dossier checks (CONTRACT.md)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class MissingItem(BaseModel):
    """A checklist item not satisfied: `code` as CONTRACT.md spells it, Chinese label and reason."""

    model_config = ConfigDict(extra="allow")

    code: str
    label: str
    reason: str
    alternatives: list[str] | None = None
    source: str | None = None


class Problem(BaseModel):
    """Something wrong that is not a missing document: bad data, misfiled page, unreadable page."""

    model_config = ConfigDict(extra="allow")

    kind: str
    message: str
    field: str | None = None
    pages: list[int] | None = None
    severity: str = Field(default="error", description="error blocks the decision; warning does not")


def dump(model: BaseModel) -> dict[str, object]:
    """JSON-ready dict without null optional fields."""
    return model.model_dump(mode="json", exclude_none=True)
