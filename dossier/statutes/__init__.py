"""Statute references as data (`statutes.yaml`): a document cites the article in force on its date.

The Civil Procedure Law was renumbered by its 2021 and 2023 amendments, and the SPC interpretation
by its 2022 revision, so an article number is only meaningful together with a date.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dossier.errors import TemplateError
from dossier.formatting import chinese_number
from dossier.rules.yamldata import load_model

_FILE = "dossier/statutes/statutes.yaml"


class Version(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    law: str
    article: int = Field(gt=0)
    effective_from: date = Field(alias="from")
    effective_to: date | None = Field(default=None, alias="to")
    verified: bool
    source: str = Field(min_length=1)

    def in_force(self, on: date) -> bool:
        return self.effective_from <= on and (self.effective_to is None or on <= self.effective_to)


class Provision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    summary: str
    paragraph: int | None = None
    item: int | None = None
    versions: list[Version] = Field(min_length=1)

    @model_validator(mode="after")
    def _no_overlap(self) -> Provision:
        ordered = sorted(self.versions, key=lambda v: v.effective_from)
        for earlier, later in itertools.pairwise(ordered):
            if earlier.effective_to is None or earlier.effective_to >= later.effective_from:
                raise ValueError(f"“{self.summary}”的各版本施行期间重叠")
        return self


class FeeBracket(BaseModel):
    model_config = ConfigDict(extra="forbid")

    up_to: Decimal | None
    rate: Decimal = Field(gt=0, lt=1)


class FeeSchedule(BaseModel):
    """申请执行费 by bracket of the amount (《诉讼费用交纳办法》第十四条第（一）项)."""

    model_config = ConfigDict(extra="forbid")

    flat: Decimal
    flat_up_to: Decimal
    brackets: list[FeeBracket] = Field(min_length=1)

    @model_validator(mode="after")
    def _ascending(self) -> FeeSchedule:
        bounds = [b.up_to for b in self.brackets]
        if bounds[-1] is not None or any(b is None for b in bounds[:-1]):
            raise ValueError("只有最后一档可以没有上限")
        finite = [self.flat_up_to, *(b for b in bounds if b is not None)]
        if finite != sorted(finite) or len(set(finite)) != len(finite):
            raise ValueError("各档上限应递增")
        return self

    def fee(self, amount: Decimal) -> Decimal:
        fee = self.flat
        lower = self.flat_up_to
        for bracket in self.brackets:
            if amount <= lower:
                break
            top = amount if bracket.up_to is None else min(amount, bracket.up_to)
            fee += (top - lower) * bracket.rate
            if bracket.up_to is None:
                break
            lower = bracket.up_to
        return fee.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class StatuteTable(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    laws: dict[str, str]
    provisions: dict[str, Provision]
    application_fee: FeeSchedule
    documents: dict[str, list[str]]

    @model_validator(mode="after")
    def _references_resolve(self) -> StatuteTable:
        for key, provision in self.provisions.items():
            for v in provision.versions:
                if v.law not in self.laws:
                    raise ValueError(f"条文 {key} 引用了未定义的法律“{v.law}”")
        for doc, keys in self.documents.items():
            for key in keys:
                if key not in self.provisions:
                    raise ValueError(f"文书 {doc} 引用了未定义的条文 {key}")
        return self


class Citation(BaseModel):
    """One article as a document cites it on a given date."""

    key: str
    law: str
    article: int
    paragraph: int | None = None
    item: int | None = None
    effective_from: date
    effective_to: date | None = None
    verified: bool
    source: str

    @property
    def article_cn(self) -> str:
        """第二百五十二条 (and 第一款第十一项 when the provision names them)."""
        text = f"第{chinese_number(self.article)}条"
        if self.paragraph is not None:
            text += f"第{chinese_number(self.paragraph)}款"
        if self.item is not None:
            text += f"第{chinese_number(self.item)}项"
        return text

    @property
    def text(self) -> str:
        """《中华人民共和国民事诉讼法》第二百五十二条."""
        return f"《{self.law}》{self.article_cn}"


@cache
def statute_table() -> StatuteTable:
    """The validated table; a malformed file is an error naming it."""
    path = Path(str(resources.files("dossier.statutes").joinpath("statutes.yaml")))
    return load_model(StatuteTable, path, label=_FILE)[0]


@cache
def cite(key: str, on: date, *, item: int | None = None) -> Citation:
    """The article of provision `key` in force on `on`; `item` overrides the provision's 项."""
    table = statute_table()
    provision = table.provisions.get(key)
    if provision is None:
        raise TemplateError(f"法律条文表中没有条文“{key}”", file=_FILE)
    for v in provision.versions:
        if v.in_force(on):
            return Citation(
                key=key, law=table.laws[v.law], article=v.article, paragraph=provision.paragraph,
                item=item if item is not None else provision.item, effective_from=v.effective_from,
                effective_to=v.effective_to, verified=v.verified, source=v.source,
            )
    raise TemplateError(f"条文“{provision.summary}”在{on.isoformat()}没有施行中的版本", file=_FILE)


def application_fee(amount: Decimal) -> Decimal:
    """The 申请执行费 for an amount to be enforced."""
    return statute_table().application_fee.fee(amount)


def document_provisions(doc_type: str) -> list[str]:
    """Keys of the provisions a document type cites, in citing order."""
    return list(statute_table().documents.get(doc_type, []))


def join_citations(citations: Iterable[Citation]) -> str:
    """Cite several articles as courts write them: articles of one law share its name.

    《中华人民共和国民事诉讼法》第二百五十三条、第二百五十五条，《……规定》第一条
    """
    groups: list[tuple[str, list[str]]] = []
    for c in citations:
        if groups and groups[-1][0] == c.law:
            if c.article_cn not in groups[-1][1]:
                groups[-1][1].append(c.article_cn)
        else:
            groups.append((c.law, [c.article_cn]))
    return "，".join(f"《{law}》{'、'.join(articles)}" for law, articles in groups)


__all__ = ["Citation", "application_fee", "chinese_number", "cite", "document_provisions", "join_citations", "statute_table"]
