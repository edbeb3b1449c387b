"""A self-contained HTML page of a comparison, for a fact-checker to open in a browser.

One file, inline CSS and a little vanilla JavaScript, nothing fetched: a summary (counts by
kind, the most severe first), filters by kind and severity, the divergences with links to
their evidence, a coverage matrix (groups x reports) and the reports side by side with the
divergent spans highlighted by kind.  Clicking a divergence scrolls every report to its
evidence.  All report text goes through :func:`html.escape`; element ids are built from
positions, never from report text, so nothing in a report can become markup.

>>> from newsdiff.models import Comparison, Group, Member, Report, Sentence
>>> r = Report(id="a", text="<b>hi</b>")
>>> c = Comparison(model="m", reports=(r, r.model_copy(update={"id": "b"})),
...     sentences=((Sentence(report="a", index=0, start=0, end=9),),
...                (Sentence(report="b", index=0, start=0, end=9),)),
...     groups=(Group(id="g0", score=1.0, members=(Member(report="a", sentences=(0,)),
...                                                 Member(report="b", sentences=(0,)))),))
>>> page = to_html(c)
>>> "<b>hi</b>" in page, "&lt;b&gt;hi&lt;/b&gt;" in page
(False, True)
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Sequence
from dataclasses import dataclass

from newsdiff.models import Comparison, Divergence, Evidence, Report, Sentence
from newsdiff.render.common import (
    SEVERITIES,
    by_severity,
    in_context,
    kind_counts,
    kind_label,
    missing_reports,
    report_label,
    severity_rank,
    visible,
)

KIND_COLORS: dict[str, str] = {
    "figure": "#f4b400",
    "quote": "#4a90d9",
    "framing": "#b36ae2",
    "omission": "#e2725b",
}


def esc(text: str) -> str:
    """Text escaped for HTML content and attribute values (quotes included)."""
    return html.escape(visible(text), quote=True)


def kind_color(kind: str) -> str:
    """A fixed colour per known kind; other kinds get a stable hue from their name."""
    if kind in KIND_COLORS:
        return KIND_COLORS[kind]
    hue = int(hashlib.sha256(kind.encode("utf-8", "surrogatepass")).hexdigest()[:4], 16) % 360
    return f"hsl({hue} 65% 55%)"


@dataclass(frozen=True)
class _Mark:
    """One evidence span of divergence number ``div`` (its ``num``-th evidence)."""

    start: int
    end: int
    div: int
    num: int


def to_html(comparison: Comparison, *, title: str | None = None) -> str:
    """The comparison as one self-contained HTML page (a string)."""
    kinds: list[str] = sorted({d.kind for d in comparison.divergences})
    kind_class = {k: f"k{i}" for i, k in enumerate(kinds)}
    div_pos = {id(d): i for i, d in enumerate(comparison.divergences)}
    heading = title or (f"newsdiff: {len(comparison.reports)} reports, "
                        f"{len(comparison.divergences)} divergences")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">",
        f"<title>{esc(heading)}</title>",
        f"<style>{_CSS}{_kind_css(kinds, kind_class)}</style>",
        "</head><body>",
        f"<header><h1>{esc(heading)}</h1>{_sources(comparison)}</header>",
        "<main>",
        _summary(comparison, kind_class),
        _filters(kinds, kind_class),
        _divergence_list(comparison, kind_class, div_pos),
        _coverage(comparison, kind_class, div_pos),
        _reports(comparison, kind_class),
        "</main>",
        f"<script>{_JS}</script>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _kind_css(kinds: Sequence[str], kind_class: dict[str, str]) -> str:
    rules = []
    for k in kinds:
        c = kind_class[k]
        color = kind_color(k)
        rules.append(
            f".{c}{{--kc:{color}}}"
            f"mark.{c}{{background:color-mix(in srgb,{color} 35%,transparent);"
            f"border-bottom:2px solid {color}}}"
        )
    return "".join(rules)


def _sources(comparison: Comparison) -> str:
    items = []
    for r in comparison.reports:
        bits = [f"<b>{esc(r.id)}</b>"]
        if r.source:
            bits.append(esc(r.source))
        if r.published:
            bits.append(esc(r.published))
        if r.title:
            bits.append(f"<i>{esc(r.title)}</i>")
        if r.url and r.url.lower().startswith(("http://", "https://")):
            bits.append(f'<a href="{esc(r.url)}" rel="noreferrer noopener">link</a>')
        items.append("<li>" + " · ".join(bits) + "</li>")
    return (f'<p class="meta">Model: {esc(comparison.model)} · '
            f"{len(comparison.groups)} groups</p><ul class=\"sources\">{''.join(items)}</ul>")


def _badge(d: Divergence, kind_class: dict[str, str]) -> str:
    return (f'<span class="badge {kind_class[d.kind]}">{esc(kind_label(d.kind))}'
            f" / {esc(d.subkind)}</span> "
            f'<span class="sev sev-{esc(d.severity)}">{esc(d.severity)}</span>')


def _summary(comparison: Comparison, kind_class: dict[str, str]) -> str:
    divs = comparison.divergences
    if not divs:
        return '<section id="summary"><h2>Summary</h2><p>No divergences found.</p></section>'
    sev_total = {s: sum(d.severity == s for d in divs) for s in SEVERITIES}
    rows = []
    for row in kind_counts(comparison):
        cells = "".join(f"<td>{row.by_severity.get(s, 0)}</td>" for s in SEVERITIES)
        rows.append(f'<tr><th><span class="badge {kind_class[row.kind]}">'
                    f"{esc(kind_label(row.kind))}</span></th>{cells}<td>{row.total}</td></tr>")
    head = "".join(f"<th>{s}</th>" for s in SEVERITIES)
    counts = ", ".join(f"{n} {s}" for s, n in sev_total.items() if n)
    return (
        '<section id="summary"><h2>Summary</h2>'
        f"<p><b>{len(divs)}</b> divergences ({counts}).</p>"
        f'<table class="counts"><thead><tr><th>kind</th>{head}<th>total</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _filters(kinds: Sequence[str], kind_class: dict[str, str]) -> str:
    if not kinds:
        return ""
    kind_boxes = "".join(
        f'<label class="badge {kind_class[k]}"><input type="checkbox" data-filter="kind" '
        f'value="{esc(k)}" checked> {esc(kind_label(k))}</label>' for k in kinds)
    sev_boxes = "".join(
        f'<label class="sev sev-{s}"><input type="checkbox" data-filter="severity" '
        f'value="{s}" checked> {s}</label>' for s in SEVERITIES)
    return (f'<section id="filters"><b>Show</b> {kind_boxes} <span class="sep"></span> '
            f'{sev_boxes} <span id="shown"></span></section>')


def _divergence_list(comparison: Comparison, kind_class: dict[str, str],
                     div_pos: dict[int, int]) -> str:
    if not comparison.divergences:
        return ""
    items = []
    for d in by_severity(comparison.divergences):
        n = div_pos[id(d)]
        evidence = "".join(
            f'<li><a class="ev-link" href="#ev-{n}-{j}" data-div="{n}">'
            f"<b>{esc(e.report)}</b>: “{_in_context(comparison, e)}”</a></li>"
            for j, e in enumerate(d.evidence))
        missing = (f'<p class="missing">Missing from: {esc(", ".join(d.missing))}</p>'
                   if d.missing else "")
        group = f' <span class="group">{esc(d.group)}</span>' if d.group else ""
        items.append(
            f'<li class="div {kind_class[d.kind]}" data-div="{n}" data-kind="{esc(d.kind)}" '
            f'data-severity="{esc(d.severity)}" tabindex="0">'
            f'<p>{_badge(d, kind_class)}{group} <span class="msg">{esc(d.message)}</span></p>'
            f'{missing}<ul class="evidence">{evidence}</ul></li>')
    return (f'<section id="divergences"><h2>Divergences</h2>'
            f'<ol class="divs">{"".join(items)}</ol></section>')


def _in_context(comparison: Comparison, e: Evidence) -> str:
    c = in_context(comparison, e)
    if not (c.before or c.after):
        return esc(c.span)
    return f'{esc(c.before)}<strong>{esc(c.span)}</strong>{esc(c.after)}'


def _coverage(comparison: Comparison, kind_class: dict[str, str],
              div_pos: dict[int, int]) -> str:
    report_ids = [r.id for r in comparison.reports]
    missing = missing_reports(comparison)
    by_group: dict[str, list[Divergence]] = {}
    for d in comparison.divergences:
        if d.group is not None:
            by_group.setdefault(d.group, []).append(d)
    coverage = comparison.coverage()
    head = "".join(f'<th scope="col" title="{esc(report_label(comparison.report(r)))}">'
                   f"{esc(r)}</th>" for r in report_ids)
    rows = []
    for gi, group in enumerate(comparison.groups):
        present = set(coverage.get(group.id, ()))
        first = group.members[0]
        excerpt = comparison.sentence_text(first.report, first.sentences[0])
        if len(excerpt) > 90:
            excerpt = excerpt[:87].rstrip() + "…"
        said = {m.report: " ".join(comparison.sentence_text(m.report, i) for i in m.sentences)
                for m in group.members}
        cells = []
        for r in report_ids:
            if r in present:
                cells.append(f'<td class="has" title="{esc(r)}"><span class="yes">●</span>'
                             f'<span class="said">{esc(said.get(r, ""))}</span></td>')
            elif r in missing.get(group.id, ()):
                cells.append(f'<td class="lacks" title="{esc(r)} leaves this out">✕</td>')
            else:
                cells.append("<td></td>")
        badges = "".join(
            f'<span class="dot {kind_class[d.kind]}" data-div="{div_pos[id(d)]}" '
            f'title="{esc(kind_label(d.kind))}: {esc(d.message)}"></span>'
            for d in by_group.get(group.id, []))
        share = "all" if len(present) == len(report_ids) else ("one" if len(present) == 1
                                                                else "some")
        rows.append(
            f'<tr class="cov-{share}" data-group="{gi}"><th scope="row"><a href="#grp-{gi}" '
            f'class="grp-link" data-group="{gi}">{esc(group.id)}</a> {badges}'
            f'<span class="excerpt">{esc(excerpt)}</span></th>{"".join(cells)}</tr>')
    return (
        '<section id="coverage"><h2>Coverage</h2>'
        "<p>One row per group of sentences that say the same thing; ● the report states it, "
        "✕ an omission. Click a group to see it in every report. "
        '<label><input type="checkbox" id="show-said"> show the sentences (a table of '
        "groups)</label></p>"
        f'<div class="scroll"><table class="matrix"><thead><tr><th>group</th>{head}</tr>'
        f"</thead><tbody>{''.join(rows)}</tbody></table></div></section>"
    )


def _reports(comparison: Comparison, kind_class: dict[str, str]) -> str:
    group_index = {g.id: i for i, g in enumerate(comparison.groups)}
    sentence_groups: dict[tuple[str, int], list[int]] = {}
    for g in comparison.groups:
        for m in g.members:
            for s in m.sentences:
                sentence_groups.setdefault((m.report, s), []).append(group_index[g.id])
    severity_of: list[str] = [d.severity for d in comparison.divergences]
    kind_of = [kind_class[d.kind] for d in comparison.divergences]
    columns = []
    for ri, (report, sentences) in enumerate(
            zip(comparison.reports, comparison.sentences, strict=True)):
        marks = [
            _Mark(max(0, e.start), min(len(report.text), e.end), n, j)
            for n, d in enumerate(comparison.divergences)
            for j, e in enumerate(d.evidence)
            if e.report == report.id
        ]
        body = _report_body(report, sentences, marks, sentence_groups, severity_of, kind_of)
        head = f"<h3>{esc(report.id)}</h3>"
        if report.source or report.title:
            head += (f'<p class="meta">{esc(report.source or "")}'
                     f'{" · " if report.source and report.title else ""}'
                     f"<i>{esc(report.title or '')}</i></p>")
        columns.append(f'<article class="report" data-report="{ri}">{head}'
                       f'<div class="body">{body}</div></article>')
    return ('<section id="reports"><h2>Reports side by side</h2>'
            "<p>Highlights mark the evidence of each divergence; hover a sentence to see the "
            f'sentences aligned with it.</p><div class="columns">{"".join(columns)}</div>'
            "</section>")


def _report_body(report: Report, sentences: Sequence[Sentence], marks: Sequence[_Mark],
                 sentence_groups: dict[tuple[str, int], list[int]], severity_of: list[str],
                 kind_of: list[str]) -> str:
    """The report text cut at sentence and evidence boundaries, each piece escaped."""
    text = report.text
    cuts = {0, len(text)}
    for s in sentences:
        cuts.update((min(s.start, len(text)), min(s.end, len(text))))
    for m in marks:
        if m.start < m.end:
            cuts.update((m.start, m.end))
    points = sorted(cuts)
    anchors: dict[int, list[str]] = {}
    for m in marks:
        anchors.setdefault(m.start if m.start < m.end else min(m.start, len(text)),
                           []).append(f"ev-{m.div}-{m.num}")
    sent_at = sorted(sentences, key=lambda s: (s.start, s.end))
    # Evidence that is a whole sentence (omissions, typically) is drawn lighter, so
    # the short spans of figures, quotes and words stand out.
    bounds = {(s.start, s.end) for s in sentences}
    whole_sentence = {m.div for m in marks if (m.start, m.end) in bounds}
    out: list[str] = []
    open_sentence: int | None = None
    si = 0
    for a, b in zip(points, points[1:], strict=False):
        while si < len(sent_at) and sent_at[si].end <= a:
            si += 1
        sentence = sent_at[si] if si < len(sent_at) and sent_at[si].start <= a else None
        index = sentence.index if sentence is not None else None
        if index != open_sentence:
            if open_sentence is not None:
                out.append("</span>")
            if sentence is not None:
                groups = sentence_groups.get((report.id, sentence.index), [])
                ids = " ".join(f"grp-{g}" for g in groups)
                out.append(f'<span class="sent" data-groups="{ids}">')
            open_sentence = index
        for anchor in anchors.pop(a, []):
            out.append(f'<span class="anchor" id="{anchor}"></span>')
        covering = sorted({m.div for m in marks if m.start <= a and b <= m.end and m.start < m.end},
                          key=lambda n: (severity_rank(severity_of[n]), n))
        piece = esc(text[a:b])
        if covering:
            divs = " ".join(str(n) for n in covering)
            whole = " ".join(str(n) for n in covering if n in whole_sentence)
            style = " whole" if covering[0] in whole_sentence else ""
            out.append(f'<mark class="ev {kind_of[covering[0]]}{style}" data-divs="{divs}" '
                       f'data-whole="{whole}">{piece}</mark>')
        else:
            out.append(piece)
    for anchor_list in anchors.values():
        out.extend(f'<span class="anchor" id="{anchor}"></span>' for anchor in anchor_list)
    if open_sentence is not None:
        out.append("</span>")
    return "".join(out)


_CSS = """
:root{--fg:#1d1d1f;--muted:#666;--line:#ddd;--bg:#fff;--soft:#f6f6f8}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);
background:var(--bg);margin:0}
header,main>section{padding:0 1.5rem}
header{border-bottom:1px solid var(--line);background:var(--soft);padding-bottom:.5rem}
h1{font-size:1.4rem;margin:0;padding-top:1rem}h2{font-size:1.15rem;margin:1.2rem 0 .5rem}
h3{margin:.2rem 0;font-size:1rem}
.meta{color:var(--muted);margin:.2rem 0}
.sources{margin:.3rem 0;padding-left:1.2rem;font-size:.9rem}
table{border-collapse:collapse}td,th{border:1px solid var(--line);padding:.2rem .5rem}
.counts td{text-align:right}
.badge{display:inline-block;border-left:6px solid var(--kc,#999);background:var(--soft);
padding:0 .4rem;border-radius:3px;font-size:.85rem;white-space:nowrap}
.sev{display:inline-block;padding:0 .4rem;border-radius:3px;font-size:.8rem;
text-transform:uppercase;letter-spacing:.03em;white-space:nowrap}
.sev-high{background:#c62828;color:#fff}.sev-medium{background:#ef8f00;color:#fff}
.sev-low{background:#ddd;color:#333}
#filters{position:sticky;top:0;background:var(--bg);z-index:2;padding:.5rem 1.5rem;
border-bottom:1px solid var(--line)}
#filters label{margin-right:.4rem;cursor:pointer}.sep{display:inline-block;width:1rem}
#shown{color:var(--muted);font-size:.85rem}
.divs{padding-left:1.5rem;max-height:45vh;overflow:auto;border:1px solid var(--line);
border-radius:4px;margin:0}
.divs>li{padding:.3rem .5rem;border-bottom:1px solid var(--line);cursor:pointer}
.divs>li:hover,.divs>li:focus{background:var(--soft)}
.divs p{margin:0}.msg{font-weight:600}.group{color:var(--muted);font-size:.8rem}
.missing{color:#a33;font-size:.9rem}
.evidence{margin:.1rem 0;padding-left:1rem;font-size:.9rem}
.evidence a{color:inherit;text-decoration:none}.evidence a:hover{text-decoration:underline}
.evidence strong{background:color-mix(in srgb,var(--kc) 30%,transparent)}
.scroll{overflow:auto;max-height:40vh}
.matrix td{text-align:center;min-width:4.5rem}.matrix th[scope=row]{text-align:left;
font-weight:normal;max-width:38rem}
.matrix .has{color:#2e7d32}.matrix .lacks{color:#c62828;background:#fdecea}
.cov-one th[scope=row]{color:var(--muted)}
.said{display:none;color:var(--fg)}
.matrix.said-on .said{display:block;text-align:left;font-size:.85rem}
.matrix.said-on .yes{display:none}.matrix.said-on td{vertical-align:top;min-width:12rem}
.matrix.said-on .excerpt{display:none}.scroll.said-on{max-height:75vh}
.excerpt{display:block;font-size:.8rem;color:var(--muted);white-space:nowrap;overflow:hidden;
text-overflow:ellipsis}
.dot{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;background:var(--kc)}
.columns{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(14rem,1fr);gap:.8rem;
overflow-x:auto;padding-bottom:.5rem}
.report{border:1px solid var(--line);border-radius:4px;padding:.5rem .7rem;
max-height:80vh;overflow:auto}
.report .body{white-space:pre-wrap;overflow-wrap:anywhere}
mark.ev{color:inherit;padding:0 1px;border-radius:2px}
mark.ev.whole{background:color-mix(in srgb,var(--kc) 12%,transparent);
border-bottom:2px dashed var(--kc)}
mark.ev.off{background:none;border-bottom:none}
.sent.linked{background:#e8f0fe}
.current{outline:3px solid #222;outline-offset:1px}
li.div.selected{background:#eef3fb;box-shadow:inset 4px 0 0 #222}
"""

_JS = """
(function(){
  var boxes=[].slice.call(document.querySelectorAll('#filters input'));
  var items=[].slice.call(document.querySelectorAll('li.div'));
  var marks=[].slice.call(document.querySelectorAll('mark.ev'));
  var kindClass={};
  items.forEach(function(li){kindClass[li.dataset.div]=li.className.split(' ')[1];});
  function checked(name){
    var s={};boxes.forEach(function(b){if(b.dataset.filter===name&&b.checked){s[b.value]=1;}});
    return s;
  }
  function apply(){
    var kinds=checked('kind'),sevs=checked('severity'),shown={},n=0;
    items.forEach(function(li){
      var on=!!(kinds[li.dataset.kind]&&sevs[li.dataset.severity]);
      li.hidden=!on;if(on){shown[li.dataset.div]=1;n++;}
    });
    marks.forEach(function(m){
      var first=m.dataset.divs.split(' ').filter(function(d){return shown[d];})[0];
      var whole=first!==undefined&&m.dataset.whole.split(' ').indexOf(first)>=0;
      m.className='ev '+(first===undefined?'off':kindClass[first])+(whole?' whole':'');
    });
    var label=document.getElementById('shown');
    if(label){label.textContent=n+' of '+items.length+' shown';}
  }
  function outline(els){
    // The evidence just revealed stays outlined until the next click.
    document.querySelectorAll('.current').forEach(function(e){e.classList.remove('current');});
    els.forEach(function(e){e.classList.add('current');});
  }
  function reveal(selector){
    // Scroll each report column to its first hit, then the page to the leftmost one.
    var hits=[],firsts=[];
    document.querySelectorAll('article.report').forEach(function(col){
      var found=col.querySelectorAll(selector);
      if(!found.length){return;}
      var top=found[0].getBoundingClientRect().top-col.getBoundingClientRect().top;
      col.scrollTop+=top-col.clientHeight/3;
      firsts.push(found[0]);hits=hits.concat([].slice.call(found));
    });
    if(firsts.length){firsts[0].scrollIntoView({block:'nearest',inline:'nearest'});
      firsts[0].closest('article').scrollIntoView({block:'start',inline:'nearest'});}
    outline(hits);return hits.length;
  }
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  var said=document.getElementById('show-said');
  if(said){said.addEventListener('change',function(){
    var t=document.querySelector('table.matrix');
    t.classList.toggle('said-on',said.checked);
    t.parentNode.classList.toggle('said-on',said.checked);});}
  items.forEach(function(li){
    li.addEventListener('click',function(ev){
      var link=ev.target.closest('a.ev-link');
      if(link){ev.preventDefault();}
      items.forEach(function(o){o.classList.toggle('selected',o===li);});
      reveal('mark[data-divs~="'+li.dataset.div+'"]');
      var t=link&&document.getElementById(link.hash.slice(1));
      if(t){t.scrollIntoView({block:'center'});}
    });
    li.addEventListener('keydown',function(ev){if(ev.key==='Enter'){li.click();}});
  });
  document.querySelectorAll('a.grp-link').forEach(function(a){
    a.addEventListener('click',function(ev){ev.preventDefault();
      reveal('.sent[data-groups~="grp-'+a.dataset.group+'"]');});
  });
  document.querySelectorAll('.sent').forEach(function(s){
    s.addEventListener('mouseenter',function(){
      s.dataset.groups.split(' ').filter(Boolean).forEach(function(g){
        document.querySelectorAll('.sent[data-groups~="'+g+'"]').forEach(function(o){
          o.classList.add('linked');});});});
    s.addEventListener('mouseleave',function(){
      document.querySelectorAll('.sent.linked').forEach(function(o){
        o.classList.remove('linked');});});
  });
  apply();
})();
"""
