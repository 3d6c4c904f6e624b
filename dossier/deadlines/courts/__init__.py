"""Court overlays of the national deadlines (data files; one per seed court plan)."""
