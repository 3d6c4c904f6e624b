"""The case file of CONTRACT.md as pydantic models.

Structure is strict (enums, dates, shapes: a violation is bad input, exit 2). Data the filing window
must *report* rather than refuse — a malformed case number, a wrong ID check digit, an amount that is
not a number — is kept as given and judged by the validators in `dossier.validators`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Category = Literal["enforcement", "resumption", "objection", "transfer"]
BasisKind = Literal["judgment", "mediation", "arbitration", "notarial", "criminal"]
PartyKind = Literal["person", "organisation"]
AgentKind = Literal["lawyer", "relative", "other"]
ClosingMethod = Literal["fully_performed", "terminated_this_round", "terminated", "not_enforced", "rejected"]
Signer = Literal["original_undertaker", "bureau_chief", "none"]

CATEGORIES: tuple[str, ...] = ("enforcement", "resumption", "objection", "transfer")
CLOSING_METHODS: tuple[str, ...] = ("fully_performed", "terminated_this_round", "terminated",
                                    "not_enforced", "rejected")


class _Open(BaseModel):
    """Unknown fields are kept, not refused (CONTRACT.md)."""

    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)


class Agent(_Open):
    name: str = Field(min_length=1)
    kind: AgentKind
    firm: str | None = None
    id_number: str | None = None
    phone: str | None = None


class Party(_Open):
    name: str = Field(min_length=1)
    kind: PartyKind
    id_number: str | None = None
    address: str | None = None
    phone: str | None = None
    legal_representative: str | None = None
    agent: Agent | None = None

    @property
    def is_person(self) -> bool:
        return self.kind == "person"


class Basis(_Open):
    kind: BasisKind
    case_number: str | None = None
    court: str | None = None
    title: str | None = None
    effective_on: date | None = None


class Closing(_Open):
    method: ClosingMethod
    closed_on: date | None = None


class Facts(_Open):
    respondent_missing: bool = False
    obstruction: bool = False
    dishonest_list: bool = False


class Requests(_Open):
    """What the enforcement application asks for; None = the application does not say (seed 002)."""

    consumption_restriction: bool | None = None
    dishonest_list: bool | None = None


class Resumption(_Open):
    """Resumed cases: the earlier case and who signed the application and the ruling (seed 002)."""

    previous_case_number: str | None = None
    application_signed_by: Signer | None = None
    ruling_signed_by: Signer | None = None


class Staff(_Open):
    """Court staff named in signature blocks of generated documents."""

    judge: str | None = None
    enforcement_officer: str | None = None
    clerk: str | None = None
    phone: str | None = None


class Case(_Open):
    case_number: str = Field(min_length=1)
    court: str = Field(min_length=1)
    category: Category
    filed_on: date
    amount: str | None = None
    basis: Basis | None = None
    applicants: list[Party] = Field(min_length=1)
    respondents: list[Party] = Field(min_length=1)
    closing: Closing | None = None
    facts: Facts = Field(default_factory=Facts)
    requests: Requests | None = None
    resumption: Resumption | None = None
    staff: Staff | None = None

    @field_validator("amount", mode="before")
    @classmethod
    def _amount_as_text(cls, v: Any) -> Any:
        # Keep the amount exactly as written; numbers never pass through float (loaders use Decimal).
        if v is None or isinstance(v, str):
            return v
        if isinstance(v, bool):
            return str(v)
        if isinstance(v, (int, Decimal)):
            return str(v)
        if isinstance(v, float):
            return repr(v)
        return v

    @property
    def amount_value(self) -> Decimal | None:
        """The amount as Decimal; raises ValueError (Chinese message) when it is not a number."""
        return parse_amount(self.amount)

    @property
    def parties(self) -> list[Party]:
        return [*self.applicants, *self.respondents]

    @property
    def closing_method(self) -> str | None:
        return self.closing.method if self.closing else None


def parse_amount(text: str | None) -> Decimal | None:
    """Parse an amount as clerks write it: 123456.78, 123,456.78, ￥123456.78, 123456.78元."""
    if text is None or str(text).strip() == "":
        return None
    s = str(text).strip().replace(",", "").replace("，", "").replace("￥", "").replace("¥", "")
    s = s.removeprefix("人民币").removesuffix("元").strip()
    try:
        value = Decimal(s)
    except InvalidOperation as exc:
        raise ValueError(f"金额“{text}”不是数字") from exc
    if not value.is_finite():
        raise ValueError(f"金额“{text}”不是有限数字")
    if value < 0:
        raise ValueError(f"金额“{text}”不能为负数")
    if value >= Decimal("1e14"):
        raise ValueError(f"金额“{text}”超出合理范围")
    if value != value.quantize(Decimal("0.01")):
        raise ValueError(f"金额“{text}”精确到分以下")
    return value.quantize(Decimal("0.01"))
