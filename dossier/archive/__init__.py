"""The archival electronic dossier (电子卷宗归档): `dossier archive`.

``build_package(paths, case, out_dir, *, draft=False, today=None, engine=None)`` runs the archive-stage
check (the same reading and rules as `check-dossier`; the 卷宗封面, 卷内目录 and 备考表 count as present
because the archive writes them) and, when it approves or for a draft, writes DIR/dossier.pdf (PDF/A-2b)
and DIR/manifest.json (CONTRACT.md). The modules: `plan` (archive order, 页号, what is left out; pure),
`metadata` (case facts, 保管期限 from retention.yaml), `sheets` (the generated sheets), `reading` (the
one reading: the reader's stages, then the rest of each page on the same render), `assemble` (pikepdf).
"""

from dossier.archive.build import ArchiveOutcome, build_package

__all__ = ["ArchiveOutcome", "build_package"]
