"""Document-type vocabulary (codes of DOMAIN.md), loaded from `vocab/doctypes.yaml`."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ValidationError

from dossier.errors import ChecklistDataError
from dossier.vocab import load_vocab
from dossier.vocab.labels import labels


class DocType(BaseModel):
    code: str
    label: str
    group: str
    archive_order: int
    numbered: bool = True
    titles: list[str]
    foreign_titles: list[str] = []
    form_title: str | None = None
    catch_all: bool = False
    cover_sheet: bool = False
    """The paper may open with an unnumbered cover sheet (its issuer, title, number and date) and number its body
    from 1 after it: the body's 第1页 then continues it (doctypes.yaml)."""


@cache
def doctypes() -> dict[str, DocType]:
    """All document types by code, in the order of the vocabulary file."""
    raw = load_vocab("doctypes")
    try:
        items = [DocType.model_validate(d) for d in raw.get("doctypes", [])]
    except ValidationError as exc:
        raise ChecklistDataError(f"文书类型词表不合法：{exc}", file="dossier/vocab/doctypes.yaml") from exc
    return {d.code: d for d in items}


@cache
def catch_all() -> str:
    """The type a legible paper that nothing names is filed as (doctypes.yaml `catch_all`, exactly one)."""
    codes = [d.code for d in doctypes().values() if d.catch_all]
    if len(codes) != 1:
        raise ChecklistDataError(f"文书类型词表须恰有一个兜底类型（catch_all），现有{len(codes)}个",
                                 file="dossier/vocab/doctypes.yaml")
    return codes[0]


def label(code: str) -> str:
    """Chinese label of a code; `service_receipt:<code>` reads as that document's 送达回证."""
    if code.startswith("service_receipt:"):
        inner = code.split(":", 1)[1]
        return f"{short_label(inner)}送达回证"
    d = doctypes().get(code)
    return d.label if d else code


def short_label(code: str) -> str:
    """The label without its parenthesised gloss: 执行依据（生效法律文书） → 执行依据."""
    full = label(code)
    return full.split("（", 1)[0]


def document_title(code: str) -> str:
    """The title a generated document of this type carries (and names it in messages)."""
    return labels().own_documents.get(code) or short_label(code)


def printed_title(code: str) -> str:
    """The title the court prints on a document of this type: the SPC form's (执行裁定书, 决定书 …) where
    the type is named by its form, otherwise its first title."""
    d = doctypes()[code]
    return d.form_title or d.titles[0]


def is_known(code: str) -> bool:
    return code in doctypes()
