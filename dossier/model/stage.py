"""The stages at which a case's materials are checked, defined once.

A filing is checked from its ticked or uploaded materials; a scanned dossier is checked when the case
closes and when it is archived, so the dossier check takes only the last two.
"""

from __future__ import annotations

from typing import Literal

DossierStage = Literal["closing", "archive"]
Stage = Literal["filing", DossierStage]
