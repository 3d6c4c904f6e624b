"""Rendering: context building, docxtpl → DOCX, LibreOffice → PDF, QR identity stamping.

`dossier.render.docx.render_docx(case, doc_type, *, doc_id, issued_on=None, extra=None) -> bytes` and
`list_templates()` are the entry points for DOCX; PDF conversion and stamping live in `pdf` and `stamp`.
"""
