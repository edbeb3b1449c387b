"""A terminal view: one row per group, one column per report, then the divergences.

Report text is shown as text: rich markup is not interpreted and control characters
(ANSI escapes among them) are made visible, so a report cannot recolour the terminal.
"""

from __future__ import annotations

import io
import re

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsdiff.models import Comparison

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """``text`` with control and bidi-override characters shown as escapes.

    >>> safe("red \\x1b[31mtext")
    'red \\\\x1b[31mtext'
    """
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def to_text(comparison: Comparison, *, width: int = 100, color: bool = False) -> str:
    """Groups side by side and the divergences, as plain (or coloured) text."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color,
                      color_system="standard" if color else None, highlight=False)
    report_ids = [r.id for r in comparison.reports]
    table = Table(title=f"{len(comparison.groups)} groups across {len(report_ids)} reports",
                  show_lines=True, expand=True)
    table.add_column("group", no_wrap=True)
    for rid in report_ids:
        table.add_column(safe(rid), overflow="fold")
    for group in comparison.groups:
        cells = {m.report: " ".join(comparison.sentence_text(m.report, i) for i in m.sentences)
                 for m in group.members}
        table.add_row(Text(f"{group.id}\n{group.score:.2f}"),
                      *(Text(safe(cells.get(rid, "—"))) for rid in report_ids))
    console.print(table)
    if comparison.divergences:
        div = Table(title=f"{len(comparison.divergences)} divergences", expand=True)
        for col in ("id", "kind", "severity", "message"):
            div.add_column(col, overflow="fold")
        order = {"high": 0, "medium": 1, "low": 2}
        for d in sorted(comparison.divergences, key=lambda d: (order[d.severity], d.id)):
            div.add_row(Text(d.id), Text(f"{d.kind}/{d.subkind}"), Text(d.severity),
                        Text(safe(d.message)))
        console.print(div)
    else:
        console.print(Text("No divergences found."))
    return buffer.getvalue()
