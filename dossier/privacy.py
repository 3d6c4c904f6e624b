"""Identity numbers are personal data: masked in logs and listings (first 6 and last 4 kept)."""

from __future__ import annotations

import logging
import re

# 18-character resident ID numbers and unified social credit codes; 15-digit legacy IDs too.
_ID_PATTERN = re.compile(r"(?<![0-9A-Za-z])([0-9A-Z]{6})([0-9A-Z]{4,8})([0-9A-Z]{4})(?![0-9A-Za-z])")


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

    return _ID_PATTERN.sub(_sub, text)


class MaskingFilter(logging.Filter):
    """A logging filter that masks identity numbers in every record's final message."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_ids_in_text(message)
        if masked != message:
            record.msg = masked
            record.args = None
        return True


def install_log_masking(logger: logging.Logger | None = None) -> None:
    """Attach the masking filter to every handler of the logger (root by default)."""
    target = logger or logging.getLogger()
    for handler in target.handlers or []:
        if not any(isinstance(f, MaskingFilter) for f in handler.filters):
            handler.addFilter(MaskingFilter())
    if not any(isinstance(f, MaskingFilter) for f in target.filters):
        target.addFilter(MaskingFilter())
