"""Why an input file is refused. Each class is a RefusedFileError (exit status 2) naming the file,
so the CLI and the API refuse before anything is written."""

from __future__ import annotations

from dossier.errors import RefusedFileError


class EmptyFileError(RefusedFileError):
    """A file of zero bytes (an aborted upload or copy)."""


class UnsupportedFileError(RefusedFileError):
    """Not a PDF, JPEG, PNG or TIFF by its content (the extension is not trusted)."""


class EncryptedPdfError(RefusedFileError):
    """A PDF that needs a password to open."""


class CorruptFileError(RefusedFileError):
    """A PDF or image that cannot be parsed, or that ends before its end-of-file marker."""


class TooLargeError(RefusedFileError):
    """A decompression bomb: a page or image with more pixels than any real scan has."""


class MissingFileError(RefusedFileError):
    """A path that does not exist or is not a regular file."""
