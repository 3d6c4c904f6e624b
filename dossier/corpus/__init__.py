"""An independent test corpus of scanned enforcement dossiers (not printed from the project's templates).

Pages are drawn from scratch with Pillow in six layout families (other courts, lawyers, banks and
registries, hand-filled forms), degraded like real capture and written with ground truth.
Build with `dossier corpus build`.
"""
