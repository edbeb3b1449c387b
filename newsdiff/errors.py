"""Errors raised by newsdiff.

Every error is a :class:`NewsdiffError`; each message is one line that names the
offending input (usually a file) and says how to fix it.  The CLI prints the message
and exits with status 2, never a traceback.
"""

from __future__ import annotations


class NewsdiffError(Exception):
    """Base class of every error newsdiff raises on purpose."""

    def __init__(self, message: str) -> None:
        # Errors are shown as one line: fold any newline an inner library gave us.
        super().__init__(" ".join(message.split()))


class InputError(NewsdiffError):
    """A report file or string could not be read or is not a usable report."""


class ConfigError(NewsdiffError):
    """A setting or command-line option has an unusable value."""


class ModelError(NewsdiffError):
    """The sentence-embedding model could not be loaded or used."""


class CacheError(NewsdiffError):
    """The embedding cache could not be opened (it is then bypassed, not trusted)."""
