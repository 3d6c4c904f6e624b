"""Schema of the checklist data files: the national base (`national.yaml`) and court overlays (`courts/`).

An item requires exactly one thing:
- `document: CODE` — the document is in the file (`min_count` copies; `signature` who must have signed);
- `any_of: [CODE | [CODE, ...], ...]` — any one option will do; an option given as a list needs all of
  its documents. The item's code is the first option head in DOMAIN.md (vocabulary) order;
- `served: CODE` — the document and a 送达回证 naming it (code `service_receipt:CODE`);
- `deadline: NAME` — a time condition from the deadline data (code `deadline:NAME`).
A `document` item may add `party: applicant`: the copies that count are the applicant's — a copy the pages show to
be another party's (a respondent's ID card, named and the applicant not) does not satisfy it; a copy whose owner
was not read counts (unknown is never false).
A `document` item may add `states: {case field: label}`: what that document must say, read from the case
data (e.g. `requests.dishonest_list`). Such an item is about the content, not the presence, of the
document: stated → satisfied; not given in the case data → unknown, so `to_confirm` by the clerk (a
warning), never missing and never a reason to return a filing.
`id` (default: the code) names the item for overlays; several items may share a code.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dossier.doctypes import doctypes
from dossier.doctypes import label as doc_label
from dossier.model.stage import Stage
from dossier.rules.conditions import Condition
from dossier.rules.overlays import CourtOverlay
from dossier.vocab.labels import labels

SignerName = Literal["original_undertaker", "bureau_chief"]


class Signature(BaseModel):
    """Who must have signed the document; the signer is read from the case field or the page evidence."""

    model_config = ConfigDict(extra="forbid")

    by: list[SignerName] = Field(min_length=1)
    case_field: str | None = None

    def describe(self) -> str:
        return "或".join(labels().signers[s] for s in self.by) + "签字确认"


class Item(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str | None = None
    document: str | None = None
    any_of: list[str | list[str]] | None = None
    reported_as: str | None = Field(
        default=None, description="any_of 都缺时报告的文书代码（默认取文书目录中排在最前的选项）：须是选项之首")
    served: str | None = None
    deadline: str | None = None
    states: dict[str, str] | None = Field(default=None, description="文书须载明的事项：案件字段 → 中文名称")
    label: str | None = None
    stages: list[Stage] = Field(min_length=1)
    when: Condition = Field(default_factory=Condition)
    min_count: int = Field(default=1, ge=1)
    signature: Signature | None = None
    party: Literal["applicant"] | None = Field(
        default=None, description="须是哪一方的文书：applicant 即申请执行人一方（页面只写明他方当事人的那份不算）")
    why: str = Field(min_length=1, description="为什么需要（写给申请人看的白话）")
    obtain: str | None = Field(default=None, description="从哪里取得")
    source: str = Field(min_length=1, description="依据：种子文件与条目，或最高法规定")

    @model_validator(mode="after")
    def _one_requirement(self) -> Item:
        given = [k for k in ("document", "any_of", "served", "deadline") if getattr(self, k)]
        if len(given) != 1:
            raise ValueError("每个条目必须且只能有 document、any_of、served、deadline 之一")
        for code in self.document_codes():
            if code not in doctypes():
                raise ValueError(f"未知的文书类型代码“{code}”")
        if self.reported_as is not None and self.reported_as not in (self.alternatives or []):
            raise ValueError(f"reported_as“{self.reported_as}”须是 any_of 某一选项的首个文书")
        if self.states is not None and (not self.document or not self.id or not self.states):
            raise ValueError("states 须与 document、id 一起使用，且至少列出一项")
        if (self.signature or self.min_count > 1 or self.party) and not self.document:
            raise ValueError("signature、min_count 与 party 只能用于 document 条目")
        return self

    def options(self) -> list[list[str]]:
        """The ways to satisfy a document item, each a list of documents all needed."""
        if self.document:
            return [[self.document]]
        if self.any_of:
            return [[o] if isinstance(o, str) else list(o) for o in self.any_of]
        return []

    def document_codes(self) -> list[str]:
        codes = [c for option in self.options() for c in option]
        if self.served:
            codes.append(self.served)
        return codes

    @property
    def alternatives(self) -> list[str] | None:
        """Head documents of the options in vocabulary order, when more than one would do."""
        if not self.any_of:
            return None
        order = list(doctypes())
        return sorted({o[0] for o in self.options()}, key=order.index)

    @property
    def code(self) -> str:
        if self.served:
            return f"service_receipt:{self.served}"
        if self.deadline:
            return f"deadline:{self.deadline}"
        if self.any_of:
            alternatives = self.alternatives
            assert alternatives
            return self.reported_as or alternatives[0]
        assert self.document
        return self.document

    @property
    def key(self) -> str:
        return self.id or self.code

    @property
    def display_label(self) -> str:
        if self.label:
            return self.label
        if self.any_of:
            return "或".join(doc_label(o[0]) for o in self.options())
        return doc_label(self.code)


class ChecklistFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1]
    items: list[Item]


# A court's additions are checklist items; drops and changes name items by id.
Overlay = CourtOverlay[Item]
