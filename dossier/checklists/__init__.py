"""Checklists as data (national base + court overlays) and the engine that judges a case against them.

Interface (also used by the dossier check, with a `Present` built from classified scanned pages):

    checklist = load_checklist(court=None, case=case)      # overlays by case court/code, or court=
    results = evaluate(case, present, checklist, stage="closing", today=date.today())
    missing = missing_items(results)                        # CONTRACT.md `missing` (MissingItem)
    decision = decide("closing", missing, problems)         # approve/reject (filing: accept/return)

`Present(documents={code: [pages]}, counts={code: n}, served={codes named by a 送达回证},
signatures={code: signer}, party_names={code: [names]})`; `Present.from_codes(codes)` for ticked codes.
Each `ItemResult` has status satisfied / missing / not_applicable / to_confirm, the reason (which condition applied,
which alternative satisfied it), the item's why / obtain / source, and the pages that satisfied it.
Data files: `national.yaml`, `courts/*.yaml` (schema in `schema.py`; errors name file and line). Loading,
overlays, court matching and conditions are the rule-data layer's (`dossier.rules`), shared with deadlines.
"""

from __future__ import annotations

from dossier.checklists.engine import ItemResult, evaluate
from dossier.checklists.loader import Checklist, load_checklist, overlay_ids
from dossier.checklists.outcome import decide, missing_items
from dossier.checklists.present import Present

__all__ = ["Checklist", "ItemResult", "Present", "decide", "evaluate", "load_checklist", "missing_items",
           "overlay_ids"]
