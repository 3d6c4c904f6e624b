"""The dossier-check report as HTML (Jinja2, autoescaped: names from case files are never markup)."""

from __future__ import annotations

import base64
from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape

from dossier.dossier_check.result import DossierCheckResult
from dossier.reports.catalogue import document_title
from dossier.reports.wording import (
    STAGE_LABELS,
    alternatives_text,
    decision_text,
    document_span,
    item_label,
    page_type_label,
    problem_label,
    source_label,
)


@cache
def _env() -> Environment:
    env = Environment(loader=PackageLoader("dossier.reports", "templates"),
                      autoescape=select_autoescape(["html"]), keep_trailing_newline=True)
    env.globals.update(problem_label=problem_label, page_type_label=page_type_label, source_label=source_label,
                       alternatives=alternatives_text, item_label=item_label)
    return env


def render_html(result: DossierCheckResult) -> str:
    """The report a clerk opens in a browser: decision, missing items, problems with thumbnails, pages."""
    thumbs = {p.page: base64.b64encode(p.thumbnail_png).decode("ascii")
              for p in result.pages if p.thumbnail_png}
    documents = [{"title": document_title(d), "pages": document_span(d.pages)} for d in result.documents]
    return _env().get_template("dossier_report.html").render(
        r=result, thumbs=thumbs, documents=documents, stage_label=STAGE_LABELS[result.stage],
        decision_text=decision_text(result.decision, result.stage))
