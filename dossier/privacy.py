"""Identity numbers are personal data: masked in logs and listings (first 6 and last 4 kept).

Masking is a property of every log record: `install_log_masking()` (called by the CLI and the service)
installs a log-record factory that masks the message, each of its arguments (keeping their shape, so
formatters that read `record.args` — uvicorn's access log — still work), the traceback and the stack.
Every record made afterwards, by any logger and under any handler or formatter, is masked; and the
"--- Logging error ---" dump a failing handler prints (with the exception being handled, whose text may
show a request's URL) is masked too."""

from __future__ import annotations

import io
import logging
import re
import sys
import threading
import traceback
from collections.abc import Callable, Mapping
from typing import Any

# 18-character resident ID numbers and unified social credit codes; 15-digit legacy IDs too. A token
# stands alone, or right after a percent-escape (%B7410303…) or a JSON \\u escape, as URLs and dumps show it.
_ID_PATTERN = re.compile(r"(?:(?<![0-9A-Za-z])|(?<=%[0-9A-Fa-f]{2})|(?<=\\u[0-9A-Fa-f]{4}))"
                         r"([0-9A-Z]{6})([0-9A-Z]{4,8})([0-9A-Z]{4})(?![0-9A-Za-z])")
# GB 11643 resident ID numbers (region, birth date, sequence, check) wherever they stand, lower-case x too.
_GB11643 = re.compile(r"(?<![0-9])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
                      r"[0-9]{3}[0-9Xx](?![0-9])")
# Unified social credit codes (GB 32100) after any escape: 18 characters of the code's alphabet.
_CREDIT = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")


def mask_id(value: str | None) -> str:
    """Keep the first 6 and last 4 characters of an identity number, star the rest."""
    if not value:
        return ""
    if len(value) <= 10:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_ids_in_text(text: str) -> str:
    """Mask every ID-number-shaped token (with at least 8 digits) in free text."""

    def _sub(m: re.Match[str]) -> str:
        token = m.group(0)
        if sum(ch.isdigit() for ch in token) < 8:
            return token
        return mask_id(token)

    text = _ID_PATTERN.sub(_sub, text)
    text = _GB11643.sub(lambda m: mask_id(m.group(0)), text)
    return _CREDIT.sub(_sub, text)


def mask_value(value: Any) -> Any:
    """A log argument with identity numbers masked, of the same shape where it matters: numbers stay
    numbers (for %d), strings stay strings; any other object whose text shows a number becomes its
    masked text."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return mask_ids_in_text(value)
    if isinstance(value, bytes):
        text = value.decode("utf-8", "replace")
        masked = mask_ids_in_text(text)
        return value if masked == text else masked.encode("utf-8")
    try:
        shown = str(value)
    except Exception:  # a broken __str__ is the formatter's to report
        return value
    masked = mask_ids_in_text(shown)
    return value if masked == shown else masked


def mask_record(record: logging.LogRecord) -> logging.LogRecord:
    """Mask a record in place: message, arguments (tuple or mapping), traceback and stack."""
    if getattr(record, "_dossier_masked", False):
        return record
    if isinstance(record.msg, str):
        record.msg = mask_ids_in_text(record.msg)
    elif record.msg is not None and not isinstance(record.msg, int | float):
        record.msg = mask_value(record.msg)
    args = record.args
    if isinstance(args, tuple):
        record.args = tuple(mask_value(a) for a in args)
    elif isinstance(args, Mapping):
        record.args = {k: mask_value(v) for k, v in args.items()}
    if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
        record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
    if record.exc_text:
        record.exc_text = mask_ids_in_text(record.exc_text)
    if record.stack_info:
        record.stack_info = mask_ids_in_text(record.stack_info)
    record._dossier_masked = True
    return record


class MaskingFilter(logging.Filter):
    """A logging filter that masks identity numbers in a record (for loggers made outside the factory)."""

    def filter(self, record: logging.LogRecord) -> bool:
        mask_record(record)
        return True


_lock = threading.Lock()


def _masking_factory(base: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    def make(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return mask_record(base(*args, **kwargs))

    make._dossier_masking = True  # type: ignore[attr-defined]
    return make


_original_handle_error = logging.Handler.handleError


def _masked_handle_error(self: logging.Handler, record: logging.LogRecord) -> None:
    """logging's own dump of a handler's failure, written to stderr masked."""
    real = sys.stderr
    if real is None:
        return
    buffer = io.StringIO()
    with _lock:
        sys.stderr = buffer
        try:
            _original_handle_error(self, record)
        finally:
            sys.stderr = real
    if buffer.getvalue():
        try:
            real.write(mask_ids_in_text(buffer.getvalue()))
            real.flush()
        except (OSError, ValueError):
            pass  # stderr itself is gone: nothing more to tell


def install_log_masking(logger: logging.Logger | None = None) -> None:
    """Make masking a property of every log record from now on (idempotent); `logger` is accepted for
    the older call sites and also gets the filter."""
    with _lock:
        current = logging.getLogRecordFactory()
        if not getattr(current, "_dossier_masking", False):
            logging.setLogRecordFactory(_masking_factory(current))
        if logging.Handler.handleError is not _masked_handle_error:
            logging.Handler.handleError = _masked_handle_error  # type: ignore[method-assign]
    target = logger or logging.getLogger()
    if not any(isinstance(f, MaskingFilter) for f in target.filters):
        target.addFilter(MaskingFilter())
