"""What a submission or dossier holds, as the engine sees it — built from ticked codes or classified pages."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from dossier.doctypes import is_known
from dossier.errors import InputError
from dossier.model.case import Signer


class Present(BaseModel):
    """Evidence for the checklist engine.

    - `documents`: code → page numbers where it was found (empty list when only ticked);
    - `counts`: how many separate copies of a code there are (default 1 for a present code);
    - `served`: codes named by a 送达回证 (a 送达回证 that lists 执行通知书 puts `enforcement_notice` here);
    - `signatures`: code → who signed it, when the pages show it (else the case file's fields are used);
    - `party_names`: code → party names as written on that document (for the name check);
    - `others`: code → the copies of it the pages show to be another party's than the applicant's (a respondent's
      ID card): (first page, that party's name).
    """

    model_config = ConfigDict(extra="forbid")

    documents: dict[str, list[int]] = Field(default_factory=dict)
    counts: dict[str, int] = Field(default_factory=dict)
    served: set[str] = Field(default_factory=set)
    signatures: dict[str, Signer] = Field(default_factory=dict)
    party_names: dict[str, list[str]] = Field(default_factory=dict)
    others: dict[str, list[tuple[int, str]]] = Field(default_factory=dict)

    def has(self, code: str) -> bool:
        return code in self.documents

    def count(self, code: str) -> int:
        if code not in self.documents:
            return 0
        return max(self.counts.get(code, 1), 1)

    def own_count(self, code: str) -> int:
        """Copies of `code` not shown to be another party's than the applicant's."""
        return max(self.count(code) - len(self.others.get(code, [])), 0)

    @classmethod
    def from_codes(cls, codes: Iterable[str]) -> Present:
        """From codes a clerk ticked: a repeated code counts as several copies;
        `service_receipt:<code>` records a 送达回证 naming `<code>`."""
        documents: dict[str, list[int]] = {}
        counts: dict[str, int] = {}
        served: set[str] = set()
        for raw in codes:
            code = raw.strip()
            if not code:
                continue
            if code.startswith("service_receipt:"):
                served.add(code.split(":", 1)[1])
                code = "service_receipt"
            documents.setdefault(code, [])
            counts[code] = counts.get(code, 0) + 1
        return cls(documents=documents, counts=counts, served=served)


def parse_declared(values: Iterable[str], *, option: str = "--declared") -> list[str]:
    """Codes from `CODE,CODE,...` values (repeatable option); an unknown code is bad input naming it."""
    codes: list[str] = []
    for value in values:
        for raw in value.replace("，", ",").split(","):
            code = raw.strip()
            if not code:
                continue
            inner = code.split(":", 1)[1] if code.startswith("service_receipt:") else code
            if not is_known(inner):
                raise InputError(f"未知的材料代码“{code}”（代码见 DOMAIN.md 文书类型表，如 enforcement_application）",
                                 field=option)
            codes.append(code)
    return codes


def merge(a: Present, b: Present) -> Present:
    """Evidence from files plus codes ticked by the clerk."""
    documents = {k: list(v) for k, v in a.documents.items()}
    counts = {code: a.count(code) for code in a.documents}
    for code in b.documents:
        documents.setdefault(code, [])
        counts[code] = max(counts.get(code, 0), b.count(code))
    return Present(documents=documents, counts=counts, served=a.served | b.served,
                   signatures={**a.signatures, **b.signatures}, party_names=dict(a.party_names),
                   others={k: v for k, v in a.others.items() if k not in b.documents})
