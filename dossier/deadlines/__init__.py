"""Deadlines as data (national base + court overlays), working-day arithmetic after the official
Chinese calendar, and the status of each deadline of a case.

    rules = load_deadlines(court=None, case=case)
    for d in case_deadlines(case, rules, today): d.label, d.due_on, d.status  # ok/due_soon/overdue/met/...

Events come from the case: `filed_on`, `closing.closed_on`, and the optional `events` field
(see dossier.rules.case_extras); the optional `track` field selects fast-track limits.
"""

from dossier.deadlines.compute import DeadlineStatus, case_deadlines, evaluate_rule
from dossier.deadlines.rules import DeadlineRule, DeadlineSet, load_deadlines

__all__ = ["DeadlineRule", "DeadlineSet", "DeadlineStatus", "case_deadlines",
           "evaluate_rule", "load_deadlines"]
