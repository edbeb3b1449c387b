"""Read reports from files, directories, strings and JSON.

Supported files: ``.txt`` (optional ``key: value`` header, a blank line, the body),
``.json`` (one report object), ``.jsonl`` (one report per line), ``.html``/``.htm``
(main text extracted with trafilatura).  The body is kept verbatim; every problem is a
:class:`~newsdiff.errors.InputError` whose one-line message names the file and the fix.

>>> r = parse_txt("title: Raid\\noutlet: Wire\\n\\nFifty-five soldiers died.", report_id="wire")
>>> (r.id, r.source, r.title, r.text)
('wire', 'Wire', 'Raid', 'Fifty-five soldiers died.')
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from newsdiff.errors import InputError
from newsdiff.models import Report

SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]{0,30})[ \t]*:[ \t]*(.*?)[ \t]*$")
_KEY_ALIASES = {"outlet": "source", "source": "source", "date": "published",
                "published": "published", "title": "title", "url": "url"}


def load_reports(
    paths: str | Path | Iterable[str | Path], *, min_reports: int = 2
) -> list[Report]:
    """Read every report from files and directories, sorted by report id.

    Raises :class:`InputError` for a missing or unreadable file, an unknown
    extension, an empty body, malformed JSON, duplicate ids, or fewer than
    ``min_reports`` reports.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    reports: list[Report] = []
    origin: dict[str, Path] = {}
    read: dict[Path, Path] = {}
    for raw in paths:
        items = _read_path(Path(raw))
        for path in dict.fromkeys(path for path, _ in items):
            if path.resolve() in read:
                raise InputError(f"{path}: this file is given twice (also as "
                                 f"{read[path.resolve()]}); name each file once")
        read.update((path.resolve(), path) for path, _ in items)
        for path, report in items:
            if report.id in origin:
                raise InputError(
                    f"{path}: report id {report.id!r} is also used by {origin[report.id]}; "
                    "give each report a unique file name or 'id'"
                )
            origin[report.id] = path
            reports.append(report)
    return check_reports(reports, min_reports=min_reports)


def check_reports(reports: Sequence[Report], *, min_reports: int = 2) -> list[Report]:
    """Validate a set of reports (unique ids, enough of them) and sort them by id."""
    seen: set[str] = set()
    for r in reports:
        if r.id in seen:
            raise InputError(f"report id {r.id!r} appears twice; give each report a unique id")
        seen.add(r.id)
    if len(reports) < min_reports:
        raise InputError(
            f"got {len(reports)} report(s); newsdiff compares at least {min_reports}: "
            "pass two or more files, or a directory holding them"
        )
    return sorted(reports, key=lambda r: r.id)


def report_from_text(
    text: str, *, report_id: str, source: str | None = None, title: str | None = None,
    url: str | None = None, published: str | None = None,
) -> Report:
    """A report from a body string (kept verbatim)."""
    return _make_report(report_id, text, {"source": source, "title": title, "url": url,
                                          "published": published}, where=report_id)


def parse_txt(content: str, *, report_id: str, where: str | None = None) -> Report:
    """A report from the text of a ``.txt`` file: optional header, blank line, body."""
    where = where or report_id
    if content.startswith("\ufeff"):
        content = content[1:]
    fields: dict[str, Any] = {}
    body = content
    lines = content.splitlines(keepends=True)
    header: dict[str, str] = {}
    consumed = 0
    for line in lines:
        m = _HEADER_LINE.match(line.rstrip("\r\n"))
        if not m:
            break
        header[m.group(1).lower()] = m.group(2)
        consumed += len(line)
    rest = content[consumed:]
    blank = re.match(r"[ \t]*(\r\n|\r|\n)", rest)
    if header and (blank or not rest.strip()):
        body = rest[blank.end():] if blank else ""
        for key, value in header.items():
            target = _KEY_ALIASES.get(key)
            if target:
                fields[target] = value or None
            elif key != "id":
                fields.setdefault("metadata", {})[key] = value
    return _make_report(report_id, body, fields, where=where)


def parse_json_object(obj: Any, *, default_id: str, where: str) -> Report:
    """A report from one JSON object (``text`` or ``body`` required)."""
    if not isinstance(obj, dict):
        hint = ("; for several reports write one object per line in a .jsonl file"
                if isinstance(obj, list) else "")
        raise InputError(f"{where}: expected a JSON object with a 'text' field, "
                         f"got {type(obj).__name__}{hint}")
    body = obj.get("text", obj.get("body"))
    if not isinstance(body, str):
        raise InputError(f"{where}: the report needs a string 'text' (or 'body') field")
    given_id = obj.get("id")
    report_id = default_id if given_id is None or not str(given_id).strip() else given_id
    fields = {
        "source": obj.get("source", obj.get("outlet")),
        "title": obj.get("title"),
        "url": obj.get("url"),
        "published": obj.get("published", obj.get("date")),
    }
    known = {"text", "body", "id", "source", "outlet", "title", "url", "published", "date"}
    metadata = {k: str(v) for k, v in obj.items() if k not in known and v is not None}
    fields["metadata"] = metadata
    return _make_report(str(report_id), body, fields, where=where)


def parse_html(content: str, *, report_id: str, where: str) -> Report:
    """A report from an HTML page: main text with trafilatura, favouring recall."""
    import trafilatura  # imported lazily: lxml is slow to load

    text = trafilatura.extract(content, favor_recall=True, include_comments=False,
                               include_tables=False, deduplicate=False)
    if not text or not text.strip():
        raise InputError(f"{where}: no article text found in this HTML page; "
                         "save the article body as .txt instead")
    meta = trafilatura.extract_metadata(content)
    fields: dict[str, Any] = {}
    if meta is not None:
        fields = {"title": meta.title, "source": meta.sitename, "url": meta.url,
                  "published": meta.date}
    return _make_report(report_id, text, fields, where=where)


def iter_jsonl(content: str, *, where: str) -> Iterable[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line of a JSON Lines text."""
    for lineno, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}:{lineno}: malformed JSON ({exc.msg}); "
                             "each line must be one JSON object") from None
        if not isinstance(obj, dict):
            raise InputError(f"{where}:{lineno}: expected a JSON object on this line")
        yield lineno, obj


def _read_path(path: Path) -> list[tuple[Path, Report]]:
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
        if not files:
            raise InputError(f"{path}: directory holds no report files "
                             f"({', '.join(SUFFIXES)}); add some or name the files")
        return [item for f in files for item in _read_file(f)]
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file (a pipe or device?); "
                         "save the report to a file first")
    return _read_file(path)


def _read_file(path: Path) -> list[tuple[Path, Report]]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{path}: unknown extension {suffix or '(none)'!r}; "
                         f"use one of {', '.join(SUFFIXES)}")
    content = _read_text(path)
    where = str(path)
    if suffix == ".txt":
        return [(path, parse_txt(content, report_id=path.stem, where=where))]
    if suffix in (".html", ".htm"):
        return [(path, parse_html(content, report_id=path.stem, where=where))]
    if suffix == ".json":
        try:
            obj = json.loads(content)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}:{exc.lineno}: malformed JSON ({exc.msg}); "
                             "fix the file or save the body as .txt") from None
        return [(path, parse_json_object(obj, default_id=path.stem, where=where))]
    out = []
    for lineno, obj in iter_jsonl(content, where=where):
        default = f"{path.stem}-{lineno}"
        out.append((path, parse_json_object(obj, default_id=default, where=f"{where}:{lineno}")))
    if not out:
        raise InputError(f"{where}: no reports in this JSON Lines file; add one object per line")
    return out


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror}); "
                         "check its permissions") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start}); "
                         "re-save the file as UTF-8") from None


def _make_report(report_id: str, body: str, fields: Mapping[str, Any], *, where: str) -> Report:
    if not body.strip():
        raise InputError(f"{where}: the report body is empty; give it the article text "
                         "(in a .txt file: after the header and one blank line)")
    if "\x00" in body:
        raise InputError(f"{where}: the text contains NUL bytes, so it is binary or UTF-16 "
                         "without a byte-order mark; give a UTF-8 text, JSON or HTML file")
    published = fields.get("published")
    try:
        return Report(
            id=report_id,
            text=body,
            source=_opt_str(fields.get("source")),
            title=_opt_str(fields.get("title")),
            url=_opt_str(fields.get("url")),
            published=_iso_date(published) if published else None,
            metadata={str(k): str(v) for k, v in (fields.get("metadata") or {}).items()},
        )
    except ValidationError as exc:
        problem = exc.errors()[0]
        field = ".".join(str(p) for p in problem["loc"]) or "report"
        fix = "rename the file or give an 'id'" if field == "id" else "fix that field"
        raise InputError(f"{where}: unusable {field!r} ({problem['msg']}); {fix}") from None


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _iso_date(value: Any) -> str | None:
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    try:
        from dateutil import parser as dateparser

        return str(dateparser.parse(text).date().isoformat())
    except (ValueError, OverflowError, ImportError):
        return text
