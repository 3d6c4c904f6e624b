"""Whose paper a document is, when its pages show it: a respondent's ID card is no proof of the applicant's identity.

Dossiers hold identity papers of both sides (the respondent's ID copy behind the 户籍 reply, the applicant's behind
the application). A checklist item that wants the applicant's (`party: applicant` in the checklist data) must not
be satisfied by the respondent's: a document whose pages name a party of the other side — by the name a 姓名 line or
a body's name gives, or by the masked identity number — and name no one of the applicant's side (the applicant, its
legal representative, its agent) is that party's. A document that names no one stays nobody's: unknown is never
false, and an ID card whose name was not read still counts for the applicant.

Pure: the particulars were read by the reader (`Page.particulars`).
"""

from __future__ import annotations

from collections.abc import Sequence

from dossier.dossier_check.model import Document, Page
from dossier.dossier_check.near_numbers import MIN_NAME, MISREAD_EVERY, name_in
from dossier.model import Case
from dossier.privacy import mask_id


def with_owners(documents: Sequence[Document], pages: Sequence[Page], case: Case) -> list[Document]:
    """The documents, each with the other side's party it names alone (`owner`), where its pages show one."""
    particulars = {p.page: p.particulars for p in pages}
    own = _side(case, applicant=True)
    other = _side(case, applicant=False)
    out = []
    for doc in documents:
        read = [item for n in doc.pages for item in particulars.get(n, [])]
        named = [label for label, names, ids in other if _names(read, names, ids)]
        if named and not any(_names(read, names, ids) for _, names, ids in own):
            doc = doc.model_copy(update={"owner": named[0]})
        out.append(doc)
    return out


_Person = tuple[str, list[str], list[str]]
"""How a party is told on a page: its label for the clerk (被执行人龚刚), its names, its masked identity numbers."""


def _side(case: Case, *, applicant: bool) -> list[_Person]:
    """The parties of one side with the persons who act for them (legal representative, agent)."""
    role = "申请执行人" if applicant else "被执行人"
    people: list[_Person] = []
    for party in case.applicants if applicant else case.respondents:
        names = [party.name, *([party.legal_representative] if party.legal_representative else [])]
        ids = [mask_id(party.id_number)] if party.id_number else []
        if party.agent is not None:
            names.append(party.agent.name)
            ids += [mask_id(party.agent.id_number)] if party.agent.id_number else []
        people.append((f"{role}{party.name}", names, ids))
    return people


def _names(read: list[str], names: list[str], ids: list[str]) -> bool:
    """The particulars read give one of the names (a long one with a character or so misread) or numbers."""
    text = "\n".join(read)
    return any(i in read for i in ids) or any(
        len(n) >= MIN_NAME and name_in(n, text, misread=len(n) // MISREAD_EVERY) for n in names)
