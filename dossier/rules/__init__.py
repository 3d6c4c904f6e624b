"""The rule-data layer, below every package that keeps rules as data (checklists, deadlines, statutes,
intake's column mapping): YAML files validated by pydantic with errors naming file and line, a national
base plus court overlays, which overlays match a court, conditions on a case, the case data beyond
CONTRACT.md that conditions and deadlines read, and the one translator of validation errors to Chinese.

It imports only the case model, the vocabularies and the shared errors, never a package above it.
"""
