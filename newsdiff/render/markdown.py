"""A Markdown report of a comparison, for an issue tracker or a newsroom chat.

A summary (counts by kind, the most severe first), then every divergence, the most
severe first, with its evidence quoted and the reports named, then the facts that only
some reports state.  Report text is escaped: it cannot open links, emphasis, HTML or
code in the rendered Markdown.

>>> escape_md("*55* <b>dead</b> [link](x)")
'\\\\*55\\\\* \\\\<b\\\\>dead\\\\</b\\\\> \\\\[link\\\\](x)'
"""

from __future__ import annotations

import re

from newsdiff.models import Comparison, Divergence, Evidence
from newsdiff.render.common import (
    SEVERITIES,
    by_severity,
    in_context,
    kind_counts,
    kind_label,
    report_label,
    visible,
)

# Characters that can start or end inline Markdown/HTML (CommonMark lets any ASCII
# punctuation be backslash-escaped); '#', '-', '+', '.' only matter at a line start,
# and our lines never start with report text.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")


def escape_md(text: str) -> str:
    """``text`` as literal Markdown: specials backslash-escaped, lines folded to one."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(visible(text).split()))


def to_markdown(comparison: Comparison) -> str:
    """The comparison as a Markdown document (a string)."""
    lines = [
        f"# newsdiff: {len(comparison.reports)} reports, "
        f"{len(comparison.divergences)} divergences",
        "",
        "Reports: " + ", ".join(f"**{escape_md(report_label(r))}**" for r in comparison.reports)
        + f". Model: {escape_md(comparison.model)}; {len(comparison.groups)} groups of "
        "aligned sentences.",
        "",
        "## Summary",
        "",
    ]
    if comparison.divergences:
        lines += ["| kind | " + " | ".join(SEVERITIES) + " | total |",
                  "|---|" + "---:|" * (len(SEVERITIES) + 1)]
        for row in kind_counts(comparison):
            cells = " | ".join(str(row.by_severity.get(s, 0)) for s in SEVERITIES)
            lines.append(f"| {escape_md(kind_label(row.kind))} | {cells} | {row.total} |")
        lines += ["", "## Divergences", ""]
        for n, d in enumerate(by_severity(comparison.divergences), start=1):
            lines += _divergence(n, d, comparison)
    else:
        lines += ["No divergences found.", ""]
    lines += _partial_coverage(comparison)
    return "\n".join(lines).rstrip() + "\n"


def _divergence(n: int, d: Divergence, comparison: Comparison) -> list[str]:
    head = (f"### {n}. {d.severity.upper()} · {escape_md(kind_label(d.kind))} / "
            f"{escape_md(d.subkind)}: {escape_md(d.message)}")
    out = [head, ""]
    if d.missing:
        out += [f"Missing from: {', '.join(f'**{escape_md(r)}**' for r in d.missing)}", ""]
    for e in d.evidence:
        out.append(f"- **{escape_md(_source(comparison, e))}**: {_quoted(e, comparison)}")
    scope = f"group {escape_md(d.group)}" if d.group else "within one report"
    out += ["", f"*{escape_md(d.id)} · {scope}*", ""]
    return out


def _source(comparison: Comparison, e: Evidence) -> str:
    try:
        return report_label(comparison.report(e.report))
    except KeyError:
        return e.report


def _quoted(e: Evidence, comparison: Comparison) -> str:
    """The evidence in bold inside its sentence, when the sentence is known."""
    c = in_context(comparison, e)
    if not (c.before or c.after):
        return f"“{escape_md(c.span)}”"
    return f"“{escape_md_keep(c.before)}**{escape_md(c.span)}**{escape_md_keep(c.after)}”"


def escape_md_keep(text: str) -> str:
    """Like :func:`escape_md` but keeping a leading or trailing space."""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() and text.strip() else ""
    return lead + escape_md(text) + trail


def _partial_coverage(comparison: Comparison) -> list[str]:
    """Facts stated by more than one report but not by all of them."""
    ids = [r.id for r in comparison.reports]
    rows = [g for g in comparison.groups if 1 < len(set(g.reports)) < len(ids)]
    if not rows:
        return []
    out = ["## Stated by some reports only", "",
           "| group | " + " | ".join(escape_md(r) for r in ids) + " | first sentence |",
           "|---|" + ":-:|" * len(ids) + "---|"]
    for g in rows:
        present = set(g.reports)
        first = g.members[0]
        text = comparison.sentence_text(first.report, first.sentences[0])
        if len(text) > 100:
            text = text[:97].rstrip() + "…"
        marks = " | ".join("✓" if r in present else "—" for r in ids)
        out.append(f"| {escape_md(g.id)} | {marks} | {escape_md(text)} |")
    return [*out, ""]
