"""Errors raised by newsdiff.

Every error is a :class:`NewsdiffError`; each message is one line that names the
offending input (usually a file) and says how to fix it.  The CLI prints the message
and exits with status 2, never a traceback.

>>> str(InputError("bad\\nfile \\x1b[31mred.txt"))
'bad file \\\\x1b[31mred.txt'
"""

from __future__ import annotations

import re


class NewsdiffError(Exception):
    """Base class of every error newsdiff raises on purpose."""

    def __init__(self, message: str) -> None:
        # Errors are shown as one line: fold any newline an inner library gave us, and
        # show control characters (ANSI escapes in a file name) instead of sending them.
        super().__init__(_CONTROL.sub(_visible, " ".join(message.split())))


# Control and bidi-override characters, and lone surrogates (undecodable file names),
# which could not even be printed.
_CONTROL = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _visible(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape").decode("ascii")


class InputError(NewsdiffError):
    """A report file or string could not be read or is not a usable report."""


class ConfigError(NewsdiffError):
    """A setting or command-line option has an unusable value."""


class ModelError(NewsdiffError):
    """The sentence-embedding model could not be loaded or used."""


class CacheError(NewsdiffError):
    """The embedding cache could not be opened (it is then bypassed, not trusted)."""
