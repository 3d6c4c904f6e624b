"""DOCX templates, one per document type (`<code>.docx`): the only source of each template, edited by
clerks in Word/WPS, and their catalogue (`catalog.yaml`): what each template is for, which typed
context it is rendered with, and the layout every template keeps."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from dossier.rules.yamldata import load_model

PACKAGE = "dossier.templates"
CATALOGUE_FILE = "dossier/templates/catalog.yaml"


class Margins(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    top: float
    bottom: float
    left: float
    right: float


class Fonts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    court: str
    title: str
    body: str


class Layout(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    page_mm: tuple[float, float]
    margins_mm: Margins
    fonts: Fonts


class TemplateEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    context: str = Field(pattern=r"^[a-z_]+$")
    description: str = Field(min_length=1)


class Catalogue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    layout: Layout
    templates: dict[str, TemplateEntry] = Field(min_length=1)


@cache
def catalogue() -> Catalogue:
    """The shipped catalogue; a malformed file is an error naming its line."""
    path = Path(str(resources.files(PACKAGE).joinpath("catalog.yaml")))
    return load_model(Catalogue, path, label=CATALOGUE_FILE)[0]
