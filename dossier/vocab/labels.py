"""Typed access to the Chinese labels of codes and the legal lists documents draw on (`vocab/labels.yaml`,
`vocab/problem_kinds.yaml`).

One table per kind of code, so a report, a printed checklist and a web page never word the same code
differently. The tables' keys are the model's literals (a test checks they stay complete).
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dossier.errors import ChecklistDataError
from dossier.vocab import load_vocab

Table = dict[str, str]


class Measure(BaseModel):
    """An enforcement measure: the verb a ruling writes and the provision (statutes.yaml) authorising it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    verb: str = Field(min_length=1)
    provision: str = Field(min_length=1)


class Labels(BaseModel):
    """Every label table; a missing or empty table is an error in the vocabulary file, not a KeyError later."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    categories: Table = Field(min_length=1)
    closing_methods: Table = Field(min_length=1)
    basis_kinds: Table = Field(min_length=1)
    agent_kinds: Table = Field(min_length=1)
    party_kinds: Table = Field(min_length=1)
    facts: Table = Field(min_length=1)
    stages: Table = Field(min_length=1)
    reviews: Table = Field(min_length=1)
    signers: Table = Field(min_length=1)
    tracks: Table = Field(min_length=1)
    events: Table = Field(min_length=1)
    deadline_statuses: Table = Field(min_length=1)
    check_results: Table = Field(min_length=1)
    decisions: Table = Field(min_length=1)
    page_types: Table = Field(min_length=1)
    job_statuses: Table = Field(min_length=1)
    read_sources: Table = Field(min_length=1)
    validation_errors: Table = Field(min_length=1)
    own_documents: Table = Field(min_length=1)
    basis_documents: Table = Field(min_length=1)
    dishonest_grounds: dict[int, str] = Field(min_length=1)
    measures: dict[str, Measure] = Field(min_length=1)
    problems: Table = Field(default_factory=dict)


@cache
def labels() -> Labels:
    """The label tables as shipped (read once)."""
    data = dict(load_vocab("labels"))
    data["problems"] = load_vocab("problem_kinds").get("kinds")
    try:
        return Labels.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        name = "problem_kinds" if err["loc"][:1] == ("problems",) else "labels"
        raise ChecklistDataError(f"标签词表不合法（{where}）：{err['msg']}", file=f"dossier/vocab/{name}.yaml") from exc
