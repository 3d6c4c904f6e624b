"""Case data beyond CONTRACT.md's fields that checklists and deadlines read from a case's extra fields.

A case file may carry (all optional; unknown fields stay allowed):

- `track`: how the case was streamed (繁简分流), one of `Track` — selects fast-track deadlines.
- `events`: dates of events in the life of the case, `{"<event>": "YYYY-MM-DD"}`, event names in
  `EventName`. `filed_on` and `closing.closed_on` are read from the case itself.
The Chinese names of tracks and events are `labels().tracks` / `labels().events` (vocab/labels.yaml).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from dossier.errors import CaseDataError
from dossier.model import Case
from dossier.rules.translate import describe_validation_error
from dossier.vocab.labels import labels

Track = Literal["full_deduction", "business_environment", "simple", "government", "financial",
                "county_fast_track", "simple_preservation"]

EventName = Literal[
    "received_on", "first_reception_on", "assigned_on", "notice_sent_on", "documents_mailed_on",
    "online_inquiry_on", "clues_received_on", "clues_verified_on", "property_found_on",
    "disposal_ruling_on", "money_received_on", "money_notified_on", "money_paid_out_on", "entrusted_on",
    "entrusted_replied_on", "handed_over_on", "catalogued_on", "image_dossier_on", "archived_on",
]


class CaseExtras(BaseModel):
    model_config = ConfigDict(extra="ignore")

    track: Track | None = None
    events: dict[EventName, date] = {}


def case_extras(case: Case) -> CaseExtras:
    """The extra fields above, validated; a wrong value is bad input naming the field."""
    extra = case.model_extra or {}
    try:
        return CaseExtras.model_validate({k: extra[k] for k in ("track", "events") if k in extra})
    except ValidationError as exc:
        path, text = describe_validation_error(exc)
        if path.startswith("events.") and "不在允许范围内" in text:
            text = f"未知的事件名（允许：{'、'.join(k for k in labels().events if k not in ('filed_on', 'closed_on'))}）"
        raise CaseDataError(text, field=path) from exc


def case_events(case: Case) -> dict[str, date]:
    """Every known event date of the case: filed_on, closing.closed_on and the `events` field."""
    out: dict[str, date] = {"filed_on": case.filed_on}
    out.update({str(k): v for k, v in case_extras(case).events.items()})
    if case.closing and case.closing.closed_on:
        out["closed_on"] = case.closing.closed_on
    return out
