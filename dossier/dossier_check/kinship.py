"""Pages read as the kinship proof, checked for the relative they must prove.

A close relative may act for the applicant only with proof of the kinship (national.yaml kinship_proof): a 户口簿 or
a community's certificate that names them both. The reader types a 户口簿 page as that proof whoever it names: the
applicant's own register, filed as her identity (清远清城 court_hc_03: the widow's 户口簿 首页 and her daughter's page;
her son, the agent, keeps a household of his own), stood in for the proof nobody handed in. So the check asks the
reader to read those pages whole and looks for the agent's name. Named on none of them, the clerk is told to look
(a warning): a register's handwritten or inkjet fields often read as nothing (绥化北林 court_gv_01: the grandson's
card, 刘浩, read as nothing at all), so a name not read is unknown, never proof that the register is someone else's,
and the dossier is not sent back for it.

Pure: the text is read elsewhere and handed in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dossier.dossier_check.grouping import group_documents
from dossier.dossier_check.model import Page
from dossier.dossier_check.near_numbers import name_in
from dossier.model import Case

PROOF = "kinship_proof"
LEAST_READ = 12
"""Chinese characters a page read again must give for the agent's name to be looked for on it (a register page
holds a dozen fields; fewer is a page read too little to say anything of)."""
MAX_ASKED = 6
"""At most this many pages are read again whole (about half a second each)."""

ReadTexts = Callable[[Sequence[int]], dict[int, str]]
_CJK = re.compile(r"[\u4e00-\u9fff]")


def relatives_acting(case: Case) -> list[str]:
    """The names of the relatives acting for the applicants (agents of kind relative)."""
    return [p.agent.name for p in case.applicants if p.agent is not None and p.agent.kind == "relative"]


def kinship_pages(pages: Sequence[Page]) -> list[int]:
    """The pages of the documents read as kinship proof (their later pages too)."""
    return [n for d in group_documents(pages) if d.doc_type == PROOF for n in d.pages]


def named(name: str, text: str) -> bool:
    """The name stands in the text, or (three characters or more) with one of them misread: a register's handwritten
    fields read less surely than print, and a sibling's name so close proves nothing false."""
    return name_in(name, text, misread=1 if len(re.sub(r"\s", "", name)) >= 3 else 0)


def kinship_checked(pages: Sequence[Page], case: Case, read: ReadTexts) -> list[Page]:
    """Pages of a kinship proof on which none of the relatives acting was read, marked with their names
    (`agent_unseen`) for the warning; the pages keep their type."""
    agents = relatives_acting(case)
    asked = kinship_pages(pages) if agents else []
    if not asked or len(asked) > MAX_ASKED:
        return list(pages)
    texts = read(asked)
    if not any(len(_CJK.findall(texts.get(n, ""))) >= LEAST_READ for n in asked):
        return list(pages)
    if any(named(agent, text) for agent in agents for text in texts.values()):
        return list(pages)
    unseen = "、".join(agents)
    return [p.model_copy(update={"agent_unseen": unseen}) if p.page in asked else p for p in pages]
