"""Fixtures of the browser stories (defined in browser_support)."""

from browser_support import browser, live, page

__all__ = ["browser", "live", "page"]
