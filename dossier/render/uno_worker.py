"""UNO client run by the system Python (the one with `uno`): converts documents in a running soffice.

Not imported by dossier itself; `dossier.render.pdf` starts it as
``/usr/bin/python3 uno_worker.py <pipe name>`` and speaks JSON lines with it:
request ``{"in": "/a.docx", "out": "/a.pdf", "options": {...}}`` → reply ``{"ok": true}`` or
``{"ok": false, "error": "...", "fatal": true|false}``; ``{"quit": true}`` asks soffice to terminate.
``options`` are PDF export filter settings (``FilterData``), e.g. ``{"ExportBookmarksToPDFDestination":
true}`` so that a merged batch says where each of its documents starts.
Only the standard library and `uno` are available here.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from typing import Any

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.lang import DisposedException
from com.sun.star.uno import RuntimeException

CONNECT_SECONDS = 60.0


def prop(name: str, value: Any) -> Any:
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe: str) -> Any:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + CONNECT_SECONDS
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def convert(desktop: Any, source: str, target: str, options: dict[str, Any] | None = None) -> None:
    load = (prop("Hidden", True), prop("ReadOnly", True), prop("UpdateDocMode", 0))
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, load)
    if doc is None:
        raise ValueError("LibreOffice could not open the document")
    try:
        store: tuple[Any, ...] = (prop("FilterName", "writer_pdf_Export"),)
        if options:
            data = tuple(prop(name, value) for name, value in sorted(options.items()))
            store += (prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue", data)),)
        uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(target), store))
    finally:
        doc.close(True)


def reply(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def main() -> int:
    desktop = connect(sys.argv[1])
    reply({"ready": True})
    for line in sys.stdin:
        request = json.loads(line)
        if request.get("quit"):
            with contextlib.suppress(DisposedException, RuntimeException):
                desktop.terminate()
            reply({"ok": True})
            return 0
        try:
            convert(desktop, request["in"], request["out"], request.get("options"))
            reply({"ok": True})
        except (DisposedException, RuntimeException) as exc:
            # soffice went away (crash) or is unusable: the parent restarts both processes.
            reply({"ok": False, "fatal": True, "error": f"{type(exc).__name__}: {exc}"})
            return 1
        except Exception as exc:  # a document LibreOffice refuses; soffice itself is fine
            reply({"ok": False, "fatal": False, "error": f"{type(exc).__name__}: {exc}"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
