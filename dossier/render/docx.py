"""Render a document type for a case: the committed DOCX template (its only source, edited by clerks)
through docxtpl, with the typed context the catalogue declares for it.

Autoescape is on (names with `&` and `<` stay text, the XML stays valid) and an undefined variable
raises: a template that asks for something the context lacks is a `TemplateError` naming the variable
and the template, never a silent blank. Template bytes and compiled Jinja templates are cached; each
render gets a fresh `DocxTemplate`, as docxtpl requires.
"""

from __future__ import annotations

import io
import re
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate
from pydantic import BaseModel

from dossier.doctypes import document_title
from dossier.errors import TemplateError
from dossier.model import Case
from dossier.render.context import build_context
from dossier.templates import PACKAGE as _PACKAGE
from dossier.templates import catalogue

_UNDEFINED = re.compile(r"'([^']+)' is undefined|has no attribute '([^']+)'")


class TemplateInfo(BaseModel):
    """What `dossier templates list|show` prints about one template."""

    code: str
    label: str
    description: str
    fields: list[str]
    path: str


class _CachingEnvironment(jinja2.Environment):
    """docxtpl compiles the document XML on every render; the XML of a template never changes, so the
    compiled template is kept (keyed by its source) and rendering costs only the rendering."""

    def __init__(self) -> None:
        super().__init__(autoescape=True, undefined=jinja2.StrictUndefined)
        self._compiled: dict[str, jinja2.Template] = {}

    def from_string(self, source: str | jinja2.nodes.Template, globals: Any = None,
                    template_class: type[jinja2.Template] | None = None) -> jinja2.Template:
        if not isinstance(source, str) or globals is not None or template_class is not None:
            return super().from_string(source, globals, template_class)
        compiled = self._compiled.get(source)
        if compiled is None:
            if len(self._compiled) > 256:
                self._compiled.clear()
            compiled = super().from_string(source)
            self._compiled[source] = compiled
        return compiled


class _Template(DocxTemplate):
    """docxtpl cleans the template XML with a dozen regular expressions on every render; for an
    unchanged template the cleaned XML is the same, so it is computed once per distinct source."""

    _patched: dict[str, str] = {}  # noqa: RUF012 - a process-wide cache on purpose

    def patch_xml(self, src_xml: str) -> str:
        patched = self._patched.get(src_xml)
        if patched is None:
            if len(self._patched) > 512:
                self._patched.clear()
            patched = super().patch_xml(src_xml)
            self._patched[src_xml] = patched
        return patched


@cache
def _environment() -> _CachingEnvironment:
    return _CachingEnvironment()


def _catalog() -> dict[str, str]:
    """Template codes and their descriptions, in catalogue order (templates/catalog.yaml)."""
    return {code: entry.description for code, entry in catalogue().templates.items()}


def template_codes() -> list[str]:
    """Document types that have a template, in catalogue order."""
    return list(_catalog())


def template_path(code: str) -> Path:
    """The committed .docx of a document type; an unknown type is an error naming it."""
    if code not in _catalog():
        known = "、".join(_catalog())
        raise TemplateError(f"没有文书类型“{code}”的模板（可用：{known}）", field="type")
    path = Path(str(resources.files(_PACKAGE).joinpath(f"{code}.docx")))
    if not path.is_file():
        raise TemplateError(f"模板文件不存在：{path.name}", file=str(path))
    return path


@cache
def _template_bytes(code: str) -> bytes:
    return template_path(code).read_bytes()


def clear_template_cache() -> None:
    """Forget loaded templates (after a clerk edited a .docx while the process runs)."""
    _template_bytes.cache_clear()
    _environment()._compiled.clear()
    _Template._patched.clear()


def render_docx(case: Case, doc_type: str, *, doc_id: str, issued_on: date | None = None,
                extra: dict[str, Any] | None = None) -> bytes:
    """The DOCX of one document of one case, as bytes."""
    issued = issued_on or date.today()
    context = build_context(case, doc_type, doc_id=doc_id, issued_on=issued, extra=extra)
    return render_template_bytes(_template_bytes(doc_type), context, name=f"{doc_type}.docx",
                                 title=f"{document_title(doc_type)} {case.case_number}")


def render_template_bytes(template: bytes, context: dict[str, Any], *, name: str, title: str | None = None) -> bytes:
    """Render DOCX template bytes with a context; errors name the variable and the template. `title`:
    the document's title property (what Word, WPS and a PDF viewer show as its name), in Chinese."""
    tpl = _Template(io.BytesIO(template))
    try:
        tpl.render(context, jinja_env=_environment(), autoescape=True)
    except jinja2.UndefinedError as exc:
        variable = _variable_name(str(exc))
        raise TemplateError(f"模板 {name} 使用了未提供的变量“{variable}”", field=variable, file=name) from exc
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"模板 {name} 的标记有语法错误（第{exc.lineno}行）：{exc.message}",
                            file=name) from exc
    if title is not None:
        tpl.docx.core_properties.title = title
    out = io.BytesIO()
    tpl.save(out)
    return out.getvalue()


def _variable_name(message: str) -> str:
    m = _UNDEFINED.search(message)
    if not m:
        return message
    return m.group(1) or m.group(2)


def template_fields(code: str) -> list[str]:
    """The variables a template uses that it does not define itself (its loop variables excluded)."""
    tpl = DocxTemplate(io.BytesIO(_template_bytes(code)))
    return sorted(tpl.get_undeclared_template_variables(jinja_env=jinja2.Environment()))


def template_info(code: str) -> TemplateInfo:
    """One template's label, description and fields; an unknown type is an error naming it."""
    path = template_path(code)
    return TemplateInfo(code=code, label=document_title(code), description=_catalog()[code],
                        fields=template_fields(code), path=str(path))


def list_templates() -> list[TemplateInfo]:
    """Every template with its label, description and the fields it needs."""
    return [template_info(code) for code in _catalog()]
