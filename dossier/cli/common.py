"""What every subcommand shares: Chinese error reporting with exit codes, JSON output, logging."""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from dossier.errors import DossierError, InputError
from dossier.privacy import install_log_masking

F = TypeVar("F", bound=Callable[..., Any])

log = logging.getLogger("dossier")


def setup_logging(verbose: bool = False) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_log_masking()


def print_json(obj: Any) -> None:
    """One JSON object on stdout, Chinese kept readable."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()


def parse_date(text: str | None, option: str, what: str = "") -> date | None:
    """A YYYY-MM-DD option value (None when the option was not given); a bad date is bad input naming
    the option, e.g. `--today`."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InputError(f"{what}“{text}”不是有效日期（应为 YYYY-MM-DD）", field=option) from exc


def reports_errors(func: F) -> F:
    """Turn failures into a Chinese message on stderr and the failure's exit status; no traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        setup_logging()
        try:
            return func(*args, **kwargs)
        except DossierError as exc:
            sys.stderr.write(f"错误：{exc}\n")
            sys.exit(exc.exit_code)
        except BrokenPipeError:
            # The reader (e.g. `| head`) went away: not an error of ours, and no traceback at exit.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(141)
        except KeyboardInterrupt:
            _interrupted()
        except MemoryError:
            sys.stderr.write("错误：内存不足，输入过大。\n")
            sys.exit(2)
        except (SystemExit, click_exceptions()):
            raise
        except Exception as exc:  # last line of defence: users never see a traceback
            if _raised_while_interrupted(exc):
                _interrupted()
            log.exception("internal error")
            sys.stderr.write(f"内部错误：{type(exc).__name__}: {exc}\n")
            sys.exit(3)

    return wrapper  # type: ignore[return-value]


def _interrupted() -> None:
    """The clerk stopped the run: said so, exit 130. Ctrl-C may land inside a constructor (zipfile.ZipFile before
    its _writing is set): that object's finaliser then fails at exit, after logging has shut down; the run is over,
    so it is let go."""
    sys.unraisablehook = _ignore_after_interrupt
    sys.stderr.write("已中断，未写入不完整的结果。\n")
    sys.exit(130)


def _raised_while_interrupted(exc: BaseException) -> bool:
    """The error arose while a Ctrl-C unwound: Ctrl-C landing inside ZipFile.writestr leaves an entry open, and the
    `with` block's close then raises ValueError (Can't close the ZIP file while there is an open writing handle)
    over the interrupt (a batch of PDFs stopped while it composed a load, tests/generate/test_generate_pdf.py)."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return True
        seen.add(id(cause))
        cause = cause.__context__ or cause.__cause__
    return False


def _ignore_after_interrupt(unraisable: Any) -> None:
    """A finaliser failing while an interrupted run exits (its exit status 130 already says what happened)."""


def click_exceptions() -> type[BaseException]:
    import click

    return click.exceptions.Exit


def warn_unknown_court(court: str | None) -> bool:
    """Say on stderr when --court names no court with its own rules (a typo such as `seed02` would
    otherwise silently give the national rules). Not an error: a court without local rules is valid."""
    if not court:
        return False
    from dossier.checklists.loader import load_checklist, overlay_ids

    if load_checklist(court=court).overlays:
        return False
    sys.stderr.write(f"提示：未找到“{court}”的本院规定（已有：{'、'.join(overlay_ids())}），按全国通用规定处理。\n")
    return True
