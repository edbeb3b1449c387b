"""A terminal view: a summary, the divergences by severity, then the groups side by side.

Report text is shown as text: rich markup is not interpreted and control characters
(ANSI escapes among them) are made visible, so a report cannot recolour the terminal.
Colours only when asked (the CLI asks when stdout is a terminal); plain text otherwise.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsdiff.models import Comparison
from newsdiff.render.common import (
    SEVERITIES,
    by_severity,
    in_context,
    kind_counts,
    kind_label,
    missing_reports,
    visible,
)

SEVERITY_STYLES = {"high": "bold red", "medium": "yellow", "low": "dim"}
KIND_STYLES = {"figure": "yellow", "quote": "cyan", "framing": "magenta", "omission": "red"}


def safe(text: str) -> str:
    """``text`` with control and bidi-override characters shown as escapes.

    >>> safe("red \\x1b[31mtext")
    'red \\\\x1b[31mtext'
    """
    return visible(text)


def to_text(comparison: Comparison, *, width: int = 100, color: bool = False) -> str:
    """Summary, divergences (most severe first) and groups, as plain (or coloured) text."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color,
                      color_system="standard" if color else None, highlight=False,
                      emoji=False, markup=False)
    divs = comparison.divergences
    summary = Text(f"{len(comparison.reports)} reports, {len(comparison.groups)} groups, "
                   f"{len(divs)} divergences")
    if divs:
        summary.append(": ")
        summary.append(", ".join(
            f"{row.total} {kind_label(row.kind).lower()}" for row in kind_counts(comparison)))
        per = [f"{sum(d.severity == s for d in divs)} {s}" for s in SEVERITIES]
        summary.append(f" ({', '.join(per)})")
    console.print(summary)
    if divs:
        table = Table(title=f"{len(divs)} divergences, most severe first", expand=True,
                      show_lines=True)
        table.add_column("id", no_wrap=True)
        table.add_column("severity", no_wrap=True)
        table.add_column("kind", max_width=16, overflow="fold")
        table.add_column("message and evidence", overflow="fold", ratio=1)
        for d in by_severity(divs):
            body = Text(safe(d.message), style="bold")
            if d.missing:
                body.append(f"\nmissing from: {safe(', '.join(d.missing))}", style="red")
            for e in d.evidence:
                c = in_context(comparison, e, width=160)
                body.append(f"\n{safe(e.report)}: ", style="bold")
                body.append(f"“{safe(c.before)}")
                body.append(safe(c.span), style=KIND_STYLES.get(d.kind, "underline"))
                body.append(f"{safe(c.after)}”")
            table.add_row(Text(safe(d.id)), Text(d.severity, style=SEVERITY_STYLES.get(
                d.severity, "")), Text(f"{kind_label(d.kind)}\n{safe(d.subkind)}"), body)
        console.print(table)
    else:
        console.print(Text("No divergences found."))
    console.print(_groups(comparison, width=width))
    return buffer.getvalue()


# Narrower report columns than this and the groups are listed, not set side by side.
MIN_COLUMN = 22


def _groups(comparison: Comparison, *, width: int) -> Table:
    """One row per group, one column per report (or one row per report's sentences)."""
    report_ids = [r.id for r in comparison.reports]
    missing = missing_reports(comparison)
    if (width - 10) // max(1, len(report_ids)) < MIN_COLUMN:
        return _groups_stacked(comparison, missing)
    table = Table(title=f"{len(comparison.groups)} groups across {len(report_ids)} reports",
                  show_lines=True, expand=True)
    table.add_column("group", no_wrap=True)
    for rid in report_ids:
        table.add_column(safe(rid), overflow="fold")
    for group in comparison.groups:
        cells = {m.report: " ".join(comparison.sentence_text(m.report, i) for i in m.sentences)
                 for m in group.members}
        row = []
        for rid in report_ids:
            if rid in cells:
                row.append(Text(safe(cells[rid])))
            elif rid in missing.get(group.id, ()):
                row.append(Text("(left out)", style="red"))
            else:
                row.append(Text("—", style="dim"))
        table.add_row(Text(f"{safe(group.id)}\n{group.score:.2f}"), *row)
    return table


def _groups_stacked(comparison: Comparison, missing: dict[str, set[str]]) -> Table:
    """Each group as a block of rows: the sentences of each report that states it."""
    report_ids = [r.id for r in comparison.reports]
    table = Table(title=f"{len(comparison.groups)} groups across {len(report_ids)} reports",
                  expand=True)
    table.add_column("group", no_wrap=True)
    table.add_column("report", no_wrap=True)
    table.add_column("sentences", overflow="fold", ratio=1)
    for group in comparison.groups:
        cells = {m.report: " ".join(comparison.sentence_text(m.report, i) for i in m.sentences)
                 for m in group.members}
        first = True
        for rid in report_ids:
            if rid in cells:
                said = Text(safe(cells[rid]))
            elif rid in missing.get(group.id, ()):
                said = Text("(left out)", style="red")
            else:
                continue
            label = Text(f"{safe(group.id)} {group.score:.2f}" if first else "")
            table.add_row(label, Text(safe(rid)), said)
            first = False
        table.add_section()
    return table
