"""`python -m dossier.ocr.probe FILE... [--engine E] [--case-number N]`: analyse SCAN files and print one
JSON object (pages without thumbnails). Exit 0 when analysed, 2 when an input is refused (the Chinese
message names the file), 3 when an external program fails. The robustness test runs every hostile PDF
through this under memory and time limits; the check-dossier CLI takes the same path."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from dossier.errors import DossierError
from dossier.ocr.engines import ENGINES
from dossier.ocr.pipeline import analyse


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dossier.ocr.probe")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--engine", default="auto", choices=ENGINES)
    parser.add_argument("--case-number", default=None)
    args = parser.parse_args(argv)
    try:
        pages = [p.model_dump(mode="json", exclude={"thumbnail_png"})
                 for p in analyse(args.files, expected_case_number=args.case_number, engine=args.engine)]
    except DossierError as exc:
        print(json.dumps(exc.to_dict(), ensure_ascii=False))
        print(str(exc), file=sys.stderr)
        return exc.exit_code
    print(json.dumps({"pages": pages}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
