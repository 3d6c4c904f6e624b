"""The helper process that cuts and stamps a batch's merged PDFs: ``python -m dossier.batch.cut_helper PID``.

A plain child process speaking JSON lines on stdin/stdout (like `dossier.render.uno_worker`), not a
multiprocessing pool: a pool's children import the parent's main script again, which re-runs any
script that calls `run_batch` without a ``__main__`` guard. Request ``{"merged": path, "identities":
[...], "targets": [...]}`` → reply ``{"ok": true}`` or ``{"ok": false, "error": "..."}``. It ends at
the end of its input, and when the batch process PID ends, even by kill -9.
"""

from __future__ import annotations

import json
import sys

from dossier.batch.split import Identity, SplitError, split_to_files, start_helper


def main() -> int:
    start_helper(int(sys.argv[1]))
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        reply: dict[str, object]
        try:
            split_to_files(request["merged"], [Identity(**i) for i in request["identities"]], request["targets"])
            reply = {"ok": True}
        except SplitError as exc:
            reply = {"ok": False, "error": str(exc)}
        print(json.dumps(reply, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
