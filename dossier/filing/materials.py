"""Filing materials given as files: classified page by page by the OCR pipeline, then grouped into
documents the same way the dossier check groups them, so both checks read pages alike."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from dossier.checklists.present import Present
from dossier.dossier_check.checklist import present_from
from dossier.dossier_check.grouping import group_documents
from dossier.dossier_check.model import Page
from dossier.dossier_check.problems import unreadable_problems
from dossier.errors import InputError
from dossier.model import Case
from dossier.results import Problem

Analyse = Callable[..., Iterator[Any]]


def default_analyse() -> Analyse:
    """The OCR pipeline's `analyse`, imported only when files are given."""
    try:
        from dossier.ocr import analyse
    except ImportError as exc:
        raise InputError("本机尚未提供扫描材料识别（OCR）功能，无法读取 --materials 文件；"
                         "请改用 --declared 填写已收到的材料代码", field="--materials") from exc
    return analyse


def materials_present(paths: Sequence[Path], case: Case, *, engine: str | None = None,
                      analyse: Analyse | None = None) -> tuple[Present, list[Problem]]:
    """Evidence from material files, and the pages that could not be read."""
    for path in paths:
        if not path.is_file():
            raise InputError("材料文件不存在", file=str(path), field="--materials")
    run = analyse or default_analyse()
    kwargs: dict[str, Any] = {"expected_case_number": case.case_number}
    if engine:
        kwargs["engine"] = engine
    results = list(run(list(paths), **kwargs))
    pages = [Page.of(r) for r in results]
    documents = group_documents(pages)
    present = present_from(documents)
    doc_of_page = {p: d.doc_type for d in documents for p in d.pages}
    names: dict[str, list[str]] = {}
    for result in results:
        code = doc_of_page.get(int(getattr(result, "page", 0)))
        for name in getattr(result, "parties", None) or []:
            if code and name not in names.setdefault(code, []):
                names[code].append(name)
    present = present.model_copy(update={"party_names": names})
    return present, unreadable_problems(pages)
