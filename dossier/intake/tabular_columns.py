"""The column mapping of CSV/XLSX batches (`tabular_columns.yaml`) as a typed object.

Kept as data so a court whose export names a column differently adds one header to the YAML file
instead of changing code.
"""

from __future__ import annotations

import re
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from dossier.rules.yamldata import load_model

_FILE = "dossier/intake/tabular_columns.yaml"

# Which value vocabulary of the mapping converts each field (by field path; party fields by suffix).
VALUE_KINDS: dict[str, str] = {
    "category": "category",
    "basis.kind": "basis.kind",
    "closing.method": "closing.method",
    "facts.respondent_missing": "boolean",
    "facts.obstruction": "boolean",
    "facts.dishonest_list": "boolean",
    "requests.consumption_restriction": "request",
    "requests.dishonest_list": "request",
    "resumption.application_signed_by": "signer",
    "resumption.ruling_signed_by": "signer",
    "kind": "party.kind",
    "agent.kind": "agent.kind",
}

DATE_FIELDS = frozenset({"filed_on", "basis.effective_on", "closing.closed_on"})


class ColumnMapping(BaseModel):
    """The mapping as loaded; the lookup tables derived from it are built once (every row uses them)."""

    model_config = ConfigDict(frozen=True)

    version: int
    case: dict[str, list[str]]
    parties: dict[str, str]
    party_fields: dict[str, list[str]]
    values: dict[str, dict[str, bool | str | None]]

    @cached_property
    def case_field_of(self) -> dict[str, str]:
        """Normalised header → case field path."""
        return {normalize_header(h): path for path, headers in self.case.items() for h in headers}

    @cached_property
    def party_pattern(self) -> re.Pattern[str]:
        """<role><n><suffix>: role prefix, optional party number, field suffix (longest first)."""
        roles = "|".join(re.escape(r) for r in sorted(self.parties.values(), key=len, reverse=True))
        suffixes = sorted({s for ss in self.party_fields.values() for s in ss}, key=len, reverse=True)
        suffix_alt = "|".join(re.escape(s) for s in suffixes)
        return re.compile(rf"^(?P<role>{roles})(?P<n>\d*)(?P<suffix>{suffix_alt})$")

    @cached_property
    def party_field_of(self) -> dict[str, str]:
        """Header suffix → party field path ("" → name)."""
        return {s: path for path, suffixes in self.party_fields.items() for s in suffixes}

    @cached_property
    def role_of(self) -> dict[str, str]:
        """Role prefix (申请执行人) → list name (applicants)."""
        return {prefix: key for key, prefix in self.parties.items()}

    def value_label(self, vocabulary: str, code: bool | str | None) -> str:
        """The first Chinese label the vocabulary gives a code (used when writing a sheet)."""
        for label, value in self.values[vocabulary].items():
            if value == code and type(value) is type(code):
                return label
        return "" if code is None else str(code)


def normalize_header(header: object) -> str:
    """Headers as exported carry stray spaces, a required-mark * or a full-width colon."""
    text = "" if header is None else str(header)
    text = re.sub(r"\s+", "", text)
    return text.strip("*＊:：")


@cache
def column_mapping() -> ColumnMapping:
    """The shipped mapping; a malformed file is an error naming its line."""
    path = Path(str(resources.files("dossier.intake").joinpath("tabular_columns.yaml")))
    return load_model(ColumnMapping, path, label=_FILE)[0]
