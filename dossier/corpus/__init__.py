"""An independent test corpus of scanned enforcement dossiers (not printed from the project's templates).

Pages are drawn from scratch with Pillow in eight layout families (four enforcing courts, other
tribunals and bodies, lawyers, banks and registries, hand-filled forms), degraded like real capture
and written with ground truth.
Build with `dossier corpus build`.
"""
