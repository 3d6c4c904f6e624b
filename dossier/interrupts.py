"""Ctrl-C that cannot be lost.

Python raises KeyboardInterrupt wherever the signal lands; when it lands inside a finaliser (a
`zipfile.ZipFile.__del__` run by the garbage collector while python-docx writes a document), Python prints
"Exception ignored" and goes on, and a batch the clerk stopped would finish and publish its files. So the
handler also records the interrupt, and long runs look at the record before their point of no return.
"""

from __future__ import annotations

import signal
import sys
from types import FrameType
from typing import Any

_interrupted = False


def interrupt(signum: int = signal.SIGINT, frame: FrameType | None = None) -> None:
    """Signal handler (SIGINT, SIGTERM): remember the interrupt, then raise it where it landed."""
    global _interrupted
    _interrupted = True
    raise KeyboardInterrupt


def _remembered_not_printed(unraisable: Any) -> None:
    """A finaliser that swallowed our interrupt: remembered already, so not printed as a traceback (the run stops
    at its next check, exit 130); anything else a finaliser raises is reported as Python would."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt) and _interrupted:
        return
    sys.__unraisablehook__(unraisable)


def stop_if_interrupted() -> None:
    """Raise KeyboardInterrupt if an interrupt arrived, even one a finaliser swallowed."""
    if _interrupted:
        raise KeyboardInterrupt


def install() -> None:
    """Ctrl-C and SIGTERM both unwind as KeyboardInterrupt, and are remembered."""
    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)
    sys.unraisablehook = _remembered_not_printed


def reset() -> None:
    """Forget an interrupt (a test, or a process that goes on after handling one)."""
    global _interrupted
    _interrupted = False
