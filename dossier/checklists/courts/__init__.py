"""Court overlays of the national checklist (data files; one per seed court plan)."""
