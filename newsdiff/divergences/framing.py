"""Divergences of kind framing: the same fact told with different words.

Within each group, every report's member sentences are read for framing cues
(:mod:`newsdiff.claims.framing`) after figure spans and direct quotes are masked, and the
reports are compared cue by cue:

- ``word_choice``: terms of one concept whose loading differs (seized / abducted), and
  loaded words (the hand-written loaded-term lexicon) that the token diff (:mod:`difflib`
  opcodes) shows one report inserting or substituting where another does not use them;
- ``actor_naming``: one actor labelled differently (the strongman / President);
- ``attribution``: verbs of different stance for the same statement (said / claimed);
- ``hedge``: a hedge in some reports and not in others (reportedly, at least);
- ``voice``: an agentless passive in one report where another names the agent.

Terms of equal loading are synonyms that change nothing and are never flagged.  One
divergence is made per group and concept, naming every report's wording; an actor labelled
alike in several groups is one actor_naming flag.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import combinations
from typing import NamedTuple

from newsdiff.align import content_terms, dice
from newsdiff.claims.framing import (
    BE_FORMS,
    CAUSES,
    CLAUSE_BOUNDARY,
    INSTITUTIONS,
    NO_NAMES,
    REPORTED_SPEECH_VERBS,
    Cue,
    Lexicons,
    Token,
    load_lexicons,
    normalise,
    quoted_spans,
    sentence_cues,
    tokenize,
    verb_stem,
)
from newsdiff.claims.nations import speaker_code
from newsdiff.claims.numbers import Number, find_numbers
from newsdiff.claims.speakers import ACRONYM, DEMAND_VERBS
from newsdiff.claims.subjects import STOPWORDS, clause_from
from newsdiff.config import Config
from newsdiff.divergences.groups import group_index, main_group
from newsdiff.divergences.nicknames import nickname_cues
from newsdiff.models import (
    Comparison,
    Divergence,
    Evidence,
    Figure,
    Group,
    Member,
    Quote,
    Severity,
)

SentenceKey = tuple[str, int]
_Diffs = dict[tuple[tuple[str, ...], tuple[str, ...]], difflib.SequenceMatcher[str]]
_SAME_CONTENT = 0.25  # Dice overlap of content words: two sentences report one statement
_CLOSE_VERSION = 0.5  # ... and two versions of one sentence
_CLOSE_NAMED = 0.4  # ... of one named person's sentence
_WEAK_HEDGE_CONTENT = 0.4  # ... and one fact that a weak hedge ('appears to') sits on
_SAME_STATEMENT = 0.35  # ... one statement when a speaker is unknown
#: Words that keep a hedge's distance in other terms: a report using one is not plain.
_EQUIVALENT_HEDGES = {
    "approximation": frozenset({
        "estimated", "estimate", "estimates", "much", "many", "maximum", "minimum", "about",
        "around", "roughly", "approximately", "some", "nearly", "almost", "over", "under",
        "least", "than", "passing", "topped", "exceeded", "mark", "upwards",
    }),
    "distancing": frozenset({
        "thought", "believed", "appears", "appeared", "seems", "seemed", "suspected",
        "alleged", "purported", "reportedly", "allegedly", "apparently", "rumoured",
        "rumored", "unconfirmed", "unverified", "believe", "believes", "speculate",
        "speculates", "speculated", "speculation", "accused", "according", "reporting",
    }),
}
#: Words that keep a distancing hedge's distance only right before what it qualifies: a
#: fact told as feared or possible ('because of fears of toxic fuel leaking'; not 'has
#: closed, adding to fears of rising unemployment')
_POSSIBILITY = frozenset({"fear", "fears", "feared", "possible", "possibly", "probably",
                          "likely"})
#: ... and modal verbs, right before 'have' or 'be' ('may have been caused by'; not 'could
#: barely see', nor the month: 'in May the minister ...')
_MODALS = frozenset({"may", "might", "could"})
_POSSIBILITY_REACH = 3  # tokens after such a word where what the hedge qualifies may stand
#: a fact told as others' report ('Report: Red Sox offer ...', 'reports say', 'according
#: to media reports', 'it was reported', 'is reported to'; not 'its annual report' nor
#: 'the company said it reported a loss')
_AS_REPORTED = re.compile(
    r"^\W*reports?\s*:|\breports\s+(?:say|said|suggest|suggested|indicate|claim)\b|"
    r"\baccording\s+to\s+(?:\w+\s+){0,2}reports\b|\b(?:is|are|was|were|been)\s+reported\b",
    re.IGNORECASE)
#: a headline's closing source tag ('Suspended Worker Kills 2 Women in Kraft Factory
#: Shooting: Police'): an attribution, which answers any hedge but hearsay's
#: (capitalised, with no full stop: '... fired at the first to arrive: police.' names whom
#: he fired at)
_SOURCE_TAG = re.compile(r":\s*(?:Police|Officials?|Authorities|Prosecutors?|Witnesses|"
                         r"Sources?|Reports?|POLICE|OFFICIALS)\s*$")
#: 'according to' and what follows it up to a clause boundary (seven words at most)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s*((?:[^\s.;:!?,()\u2013\u2014]+\s*){1,7})",
                           re.IGNORECASE)
#: words of a source that passes a fact on as hearsay does: the press and unnamed sources
#: ('according to The Hollywood Reporter', 'according to the newspaper's sources',
#: 'according to other officials')
_PRESS_WORDS = frozenset({
    "newspaper", "newspaper's", "newspapers", "paper", "magazine", "reporter", "reporters",
    "journalist", "journalists", "times", "post", "herald", "journal", "news", "tribune",
    "daily", "gazette", "telegraph", "guardian", "courier", "chronicle", "reuters", "media",
    "outlet", "outlets", "website", "tabloid", "broadcaster", "source", "sources",
    "insider", "insiders", "reports", "people", "person", "officials", "observer",
    "radio", "tv", "television", "diplomats", "witnesses",
})
_NUMBER_NAMES = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
    "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
    "billion", "billions", "half",
})
_AFTER, _BEFORE = 10, 8  # tokens of a cue's context: what it says, then who or what of
_TOLD_NEAR = 0.4  # share of a cue's context that another report's sentence must tell
_NEARBY = 2  # sentences either side of an agentless passive where a doer may be named
_LOOSE_LEAST = 3  # ... and the fewest context words told, for a loaded word in loose sentences
#: the opening sentences of a report, which tell the story's main act (:func:`_leads`)
_LEAD_SENTENCES = 2
#: a year, or a time in the past told without one ('a year ago', 'last spring'): a lead
#: flag's sentences must tell the same (:func:`_leads`)
_PAST_TIME = re.compile(r"\b(?:(?:19|20)\d\d|last\s+(?:year|month|spring|summer|autumn|fall|"
                        r"winter|decade)|\w+\s+(?:years?|months?|decades?)\s+ago)\b",
                        re.IGNORECASE)
_OTHER_NUMBER_SHARE, _OTHER_NUMBER_LEAST = 0.75, 3  # ... and with another number there


def find(comparison: Comparison, *, config: Config) -> list[Divergence]:
    """Framing divergences within the groups of ``comparison``, and word choice across
    the reports' opening sentences (:func:`_leads`)."""
    lexicons = load_lexicons()
    cues = _without_other_senses(comparison, report_cues(comparison, lexicons))
    spoken = _plain_in_speech(cues, _without_other_senses(comparison, report_cues(
        comparison, lexicons, speech=True,
        only={(q.report, q.sentence) for q in _reported_speech(comparison)})))
    masks = _masks(comparison)
    speakers = _speakers(comparison)
    figures: dict[str, list[Figure]] = {}
    for f in comparison.figures:
        figures.setdefault(f.report, []).append(f)
    diffs: _Diffs = {}
    report_words: dict[str, frozenset[str]] = {}
    out: list[Divergence] = []
    actors: dict[_ActorKey, list[_ActorFlag]] = {}
    elsewhere = _loudest_terms(comparison, cues)
    # sentences that give a death toll (:func:`_toll_on_both`)
    tolls = frozenset((f.report, f.sentence) for f in comparison.figures
                      if f.kind == "count" and f.predicate == "killed")
    for group in comparison.groups:
        if len(group.members) < 2:
            continue
        by_report = {m.report: [c for i in m.sentences for c in cues[(m.report, i)]]
                     for m in group.members}
        plain = {m.report: [c for i in m.sentences for c in spoken.get((m.report, i), [])]
                 for m in group.members}
        out += _word_choice(group, by_report, comparison, report_words,
                            gap=config.framing_min_gap, plain=plain, elsewhere=elsewhere,
                            tolls=tolls)
        for key, flag in _actor_naming(group, by_report, comparison, report_words,
                                       gap=config.framing_min_gap):
            actors.setdefault(key, []).append(flag)
        out += _attribution(group, by_report, comparison, speakers=speakers)
        out += _hedges(group, by_report, comparison, figures=figures)
        out += _voice(group, by_report, comparison, cues=cues)
        out += _loaded_insertions(group, by_report, comparison, masks, config=config,
                                  diffs=diffs, report_words=report_words)
    for key, flag in _actors_across(comparison, cues, report_words,
                                    gap=config.framing_min_gap):
        actors.setdefault(key, []).append(flag)
    out += _leads(comparison, cues, spoken, report_words, out, gap=config.framing_min_gap,
                  elsewhere=elsewhere, tolls=tolls)
    out += [_merged_actor_flag(flags) for flags in actors.values()]
    where = group_index(comparison)
    out = [d if d.group else d.model_copy(update={"group": main_group(d.evidence, where)})
           for d in _without_labels_told(out)]
    # A sentence in several groups would repeat a flag on the same words: keep the first.
    seen: set[tuple[str, str, int, int]] = set()
    kept = []
    for d in out:
        marked = {(d.subkind, e.report, e.start, e.end) for e in d.evidence
                  if e.value is not None}
        if not marked <= seen:
            seen |= marked
            kept.append(d)
    return kept


def _without_labels_told(flags: list[Divergence]) -> list[Divergence]:
    """The flags without the word-choice flags whose loaded words an actor-naming flag
    already shows ('hapless' inside 'hapless Interior Minister Tomas Reval')."""
    named = [(e.report, e.start, e.end) for d in flags if d.subkind == "actor_naming"
             for e in d.evidence]

    def inside(e: Evidence) -> bool:
        return any(e.report == r and a <= e.start and e.end <= b for r, a, b in named)

    return [d for d in flags if d.subkind != "word_choice" or not all(
        inside(e) for e in d.evidence if e.value is not None)]


#: a conviction for murder told by a report of the comparison ('found guilty last month of
#: murdering a judge'): 'murdered' is then the crime's legal name, not a loaded 'killed'
_WORD = r"[\w'\u2019-]+\s+"
_MURDER_CONVICTION = re.compile(
    rf"\b(?:convicted|found\s+(?:{_WORD}){{0,2}}?guilty)\s+(?:{_WORD}){{0,3}}?of\s+"
    rf"(?:{_WORD}){{0,3}}?murder"
    r"|\b(?:jailed|sentenced|imprisoned)\b[^.;]{0,60}?\bfor\s+(?:the\s+)?murders?\b",
    re.IGNORECASE)
#: a killing of oneself after an active word for killing ('before killing himself'; not
#: 'the driver ... was killed himself'): no framing of the killing of others
_ONESELF = re.compile(r"\s+(?:himself|herself|themselves|itself)\b(?!\s+and\b)")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+\s+)?$",
                             re.IGNORECASE)  # 'was nearly killed himself'
#: ... unless the clause says otherwise ('cleared him of murder', 'not guilty')
_NOT_CONVICTED = re.compile(r"\b(?:not|never|cleared|acquitted|if|unless|whether|would|could|"
                            r"may|might)\b[^.;]*$", re.IGNORECASE)  # 'if he is convicted'


def _without_other_senses(comparison: Comparison, cues: dict[SentenceKey, list[Cue]]
                          ) -> dict[SentenceKey, list[Cue]]:
    """``cues`` without the word choice 'murder(ed)' when a report tells a conviction for
    murder (the law's word), and without a killing of oneself ('opened fire on the crowd
    before killing himself')."""
    legal = any(not _NOT_CONVICTED.search(r.text[max(0, m.start() - 40):m.end()])
                for r in comparison.reports for m in _MURDER_CONVICTION.finditer(r.text))
    return {k: [c for c in cs if not (c.category == "word_choice" and (
        (legal and c.term.startswith("murder")) or (c.key == "kill" and _oneself(
            comparison.report(c.report).text, c))))]
            for k, cs in cues.items()}


def _oneself(text: str, cue: Cue) -> bool:
    """The killing word is done to oneself alone: 'killing himself', not 'was (nearly)
    killed himself' nor 'killing himself and six guests'."""
    return _ONESELF.match(text, cue.end) is not None and _PASSIVE_BEFORE.search(
        text, max(0, cue.start - 12), cue.start) is None


def report_cues(comparison: Comparison, lexicons: Lexicons, *, speech: bool = False,
                only: set[SentenceKey] | None = None) -> dict[SentenceKey, list[Cue]]:
    """The framing cues of every sentence (of those in ``only``, when given), keyed by
    (report id, sentence index); with ``speech``, reported speech is read too
    (:func:`_plain_in_speech`)."""
    masks = _masks(comparison, speech=not speech)
    out: dict[SentenceKey, list[Cue]] = {}
    for report, sents in zip(comparison.reports, comparison.sentences, strict=True):
        for s in sents:
            if only is not None and (report.id, s.index) not in only:
                continue
            out[(report.id, s.index)] = sentence_cues(
                report.id, s.index, s.text_in(report), s.start, lexicons,
                masks=masks.get(report.id, []))
    # (nicknames are the outlet's labels, read once, not again with reported speech)
    for cue in [*_qualifier_cues(comparison, lexicons),
                *(nickname_cues(comparison) if not speech else ())]:
        if (cue.report, cue.sentence) in out:
            out[(cue.report, cue.sentence)].append(cue)
    return out


def _qualifier_cues(comparison: Comparison, lexicons: Lexicons) -> list[Cue]:
    """Approximation hedges written into figures ('at least 55'): figure spans are masked
    for word comparison, so their qualifier comes from :attr:`Figure.qualifier`."""
    loading = {" ".join(e.words): e.loading for e in lexicons.hedges
               if e.key == "approximation"}
    out = []
    for f in comparison.figures:
        q = (f.qualifier or "").strip()
        if q.casefold() not in loading or not f.text.casefold().startswith(q.casefold()):
            continue
        out.append(Cue(report=f.report, sentence=f.sentence, start=f.start,
                       end=f.start + len(q), text=f.text[: len(q)], category="hedge",
                       key="approximation", term=q.casefold(),
                       loading=loading[q.casefold()]))
    return out


def _masks(comparison: Comparison, *, speech: bool = True
           ) -> dict[str, list[tuple[int, int]]]:
    """Figure spans, direct-quote spans and (when ``speech``) reported speech after its
    speaker, per report (not the outlet's own wording)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for f in comparison.figures:
        out.setdefault(f.report, []).append((f.start, f.end))
    for q in [q for q in comparison.quotes if q.direct] + (
            _reported_speech(comparison) if speech else []):
        out.setdefault(q.report, []).append((q.start, q.end))
    return out


def _reported_speech(comparison: Comparison) -> list[Quote]:
    """Reported speech introduced by its speaker ("Trump called him a liar", "Republicans
    said the suits were bogus"): the speaker's words, not the outlet's. Content that opens
    the sentence ("..., officials said") is the outlet's own telling, and so is a demand
    ("families demanded to know how cowboy showman Pavel Dukar was allowed to run the
    ride": the outlet words what was asked)."""
    starts = {(r.id, s.index): s.start
              for r, sents in zip(comparison.reports, comparison.sentences, strict=True)
              for s in sents}
    return [q for q in comparison.quotes
            if not q.direct and q.start > starts.get((q.report, q.sentence), q.start)
            and (q.verb or "").lower() not in DEMAND_VERBS]


def _severity(loading: int) -> Severity:
    return "high" if loading >= 3 else "medium" if loading == 2 else "low"


def _evidence(cues: Iterable[Cue]) -> tuple[Evidence, ...]:
    seen: dict[tuple[str, int, int], Evidence] = {}
    for c in cues:
        seen.setdefault((c.report, c.start, c.end), Evidence(
            report=c.report, sentence=c.sentence, start=c.start, end=c.end, text=c.text,
            value=c.term))
    return tuple(sorted(seen.values(), key=lambda e: (e.report, e.start, e.end)))


def _wordings(entries: Sequence[tuple[str, str, int]]) -> str:
    """'a' (r1, r2) vs 'b' (r3) from (wording, report, loading), most loaded first."""
    reports: dict[str, set[str]] = {}
    loading: dict[str, int] = {}
    for text, report, load in entries:
        reports.setdefault(text, set()).add(report)
        loading[text] = max(load, loading.get(text, 0))
    order = sorted(reports, key=lambda t: (-loading[t], t.casefold()))
    return " vs ".join(
        (f"'{t}'" if t else "no such word") + f" ({', '.join(sorted(reports[t]))})"
        for t in order)


def _divergence(group: Group, subkind: str, loading: int, message: str,
                cues: Iterable[Cue], *, comparison: Comparison | None = None,
                without: Iterable[str] = ()) -> Divergence:
    """A framing divergence whose evidence is the cues' spans and, for each report in
    ``without`` (the reports that lack the word), its sentences in the group: a reader
    sees both wordings."""
    evidence = _evidence(cues)
    if comparison is not None:
        lacking = set(without)
        extra = [Evidence(report=m.report, sentence=i, start=x.start, end=x.end,
                          text=x.text_in(comparison.report(m.report)))
                 for m in group.members if m.report in lacking for i in m.sentences
                 for x in (comparison.sentences_of(m.report)[i],)]
        evidence = tuple(sorted((*evidence, *extra), key=lambda e: (e.report, e.start, e.end)))
    return Divergence(id="", kind="framing", subkind=subkind, group=group.id,
                      severity=_severity(loading), message=message, evidence=evidence)


def _plain_in_speech(cues: dict[SentenceKey, list[Cue]],
                     with_speech: dict[SentenceKey, list[Cue]]) -> dict[SentenceKey, list[Cue]]:
    """The neutral word-choice terms each sentence has only inside reported speech ('Police
    said 87 people were detained'): not the outlet's framing, but the plain wording of the
    fact against a report that chooses a loaded one in its own voice ('Police rounded up
    87 people')."""
    out: dict[SentenceKey, list[Cue]] = {}
    for at, found in with_speech.items():
        own = {(c.start, c.end) for c in cues.get(at, [])}
        extra = [c for c in found if c.category == "word_choice" and c.loading == 0
                 and (c.start, c.end) not in own]
        if extra:
            out[at] = extra
    return out


#: a sentence whose words may be about another time or deny the thing ('Unlike in 2011,
#: there was no rioting', 'a massacre by rebels in 2013', 'has not seen such rioting since
#: 1992'): its terms say nothing of the report's choice for this event
_OTHER_TIME_OR_DENIED = re.compile(r"\b(?:no|not|never|nor|without|unlike|since|until|"
                                   r"(?:19|20)\d\d)\b|n't\b", re.IGNORECASE)


def _loudest_terms(comparison: Comparison, cues: dict[SentenceKey, list[Cue]]
                   ) -> dict[tuple[str, str], int]:
    """The loudest own-voice term each report uses for each word-choice concept in its
    sentences about the event (:data:`_OTHER_TIME_OR_DENIED` left out): (report,
    concept) -> loading."""
    out: dict[tuple[str, str], int] = {}
    for (report, index), found in cues.items():
        if not any(c.category == "word_choice" for c in found) or _OTHER_TIME_OR_DENIED.search(
                comparison.sentence_text(report, index)):
            continue
        for c in found:
            if c.category == "word_choice":
                out[(c.report, c.key)] = max(out.get((c.report, c.key), 0), c.loading)
    return out


def _word_choice(group: Group, by_report: dict[str, list[Cue]], comparison: Comparison,
                 known: dict[str, frozenset[str]], *, gap: int = 2,
                 plain: dict[str, list[Cue]] | None = None,
                 elsewhere: dict[tuple[str, str], int] | None = None,
                 tolls: frozenset[SentenceKey] = frozenset()) -> list[Divergence]:
    """Terms of one concept whose loading differs across the group's reports; a report's
    neutral term inside reported speech (``plain``) counts only where it has no term of the
    concept in its own voice, and only against a loaded word told with no source in its
    sentence ('executed two of them ..., police said' may be the police's word). A report
    whose own voice uses a term of the concept as loud as the loudest elsewhere (``elsewhere``:
    :func:`_loudest_terms`) made no other choice: '... unrest' here, 'riots' in its next
    paragraph. Two sentences that each give a death toll (``tolls``) tell the same killing
    whatever their clauses say (:func:`_toll_on_both`)."""
    concepts: dict[str, dict[str, list[Cue]]] = {}
    for report, cues in by_report.items():
        for c in cues:
            if c.category == "word_choice":
                concepts.setdefault(c.key, {}).setdefault(report, []).append(c)
    # a loaded word told with its source ('..., police said') may be the source's word
    attributed = {(c.report, c.sentence) for cs in by_report.values() for c in cs
                  if c.category == "attribution"}
    # concepts whose loudest own-voice words are told with no source
    unsourced: dict[str, bool] = {}
    for concept, per_report in concepts.items():
        most = max(c.loading for cs in per_report.values() for c in cs)
        unsourced[concept] = not any((c.report, c.sentence) in attributed
                                     for cs in per_report.values() for c in cs
                                     if c.loading == most)
    for report, cues in (plain or {}).items():
        for c in cues:
            if unsourced.get(c.key) and report not in concepts[c.key]:
                concepts[c.key].setdefault(report, []).append(c)
    out = []
    for concept, per_report in sorted(concepts.items()):
        if len(per_report) < 2:
            continue
        top = {r: max(c.loading for c in cs) for r, cs in per_report.items()}
        terms = {r: {c.term for c in cs} for r, cs in per_report.items()}
        if max(top.values()) == min(top.values()) or len(
                {frozenset(t) for t in terms.values()}) < 2:
            continue
        loudest = {c.term for cs in per_report.values() for c in cs
                   if c.loading == max(top.values())}
        if all(any(set(t.split()) <= _report_words(comparison, r, known) for t in loudest)
               for r in per_report):
            continue  # every report uses the loaded word somewhere ('massacre' in both)
        # only against reports that tell the same fact around their own wording
        loud = [c for cs in per_report.values() for c in cs if c.term in loudest]
        told = {r for r in per_report if top[r] == max(top.values()) or any(
            _told_near(comparison, group, c, r) or _toll_on_both(comparison, group, c, r,
                                                                   tolls)
            for c in loud)}
        most = max(top.values())
        told = {r for r in told
                if top[r] == most or (elsewhere or {}).get((r, concept), 0) < most}
        if len(told) < 2 or most - min(top[r] for r in told) < gap:
            continue
        flagged = [c for r, cs in per_report.items() if r in told for c in cs]
        entries = [(c.text.casefold(), c.report, c.loading) for c in flagged]
        out.append(_divergence(group, "word_choice", max(top.values()),
                               f"word choice ({concept}): {_wordings(entries)}", flagged))
    return out


def _leads(comparison: Comparison, cues: dict[SentenceKey, list[Cue]],
           spoken: dict[SentenceKey, list[Cue]], known: dict[str, frozenset[str]],
           flagged: Sequence[Divergence], *, gap: int,
           elsewhere: dict[tuple[str, str], int], tolls: frozenset[SentenceKey]
           ) -> list[Divergence]:
    """Word choice across the reports' opening sentences, which tell the story's main act
    even where the aligner put them apart: 'Eight people have been killed after an army
    helicopter was shot down' and a tabloid's 'nine of our brave soldiers were slaughtered
    yesterday when rebel thugs blasted an army chopper out of the sky' (grouped elsewhere
    for its other words) are one killing told two ways. As in a group, the other report
    must tell what the loaded word's clause says (:func:`_told_near`) or give a toll too,
    and the sentences of a flag must name the same years and past times ('In 2019, 40
    villagers were massacred', 'last spring' are other acts). Not a flag a group already
    raised (two of its words in one word-choice flag). The flags' group is the empty id
    (:func:`find` names the group holding most of their words). Hedges and voice stay
    within groups (across openings a review found them on other claims and acts:
    'reportedly crossed the border' vs 'closed the border post', 'civilians were killed'
    vs 'killed 12 rebels'), and so does actor naming, which :func:`_actors_across`
    compares across groups with its own guards."""
    lead = Group(id="", score=1.0, members=tuple(
        Member(report=r.id, sentences=tuple(range(min(_LEAD_SENTENCES,
                                                      len(comparison.sentences_of(r.id))))))
        for r in comparison.reports))
    by_report = {m.report: [c for i in m.sentences for c in cues[(m.report, i)]]
                 for m in lead.members}
    plain = {m.report: [c for i in m.sentences for c in spoken.get((m.report, i), [])]
             for m in lead.members}
    done = [{(e.report, e.start, e.end) for e in d.evidence} for d in flagged
            if d.subkind == "word_choice"]
    out = []
    for d in _word_choice(lead, by_report, comparison, known, gap=gap, plain=plain,
                          elsewhere=elsewhere, tolls=tolls):
        spans = {(e.report, e.start, e.end) for e in d.evidence}
        years = {frozenset(y.lower() for y in _PAST_TIME.findall(
            comparison.sentence_text(e.report, e.sentence))) for e in d.evidence}
        if len(years) == 1 and not any(len(spans & told) >= 2 for told in done):
            out.append(d)
    return out


#: what merges actor flags: the name's last part and the loudest labels
_ActorKey = tuple[str | None, frozenset[str]]


class _ActorFlag(NamedTuple):
    group: Group
    top: int
    entries: list[tuple[str, str, int]]
    cues: list[Cue]


def _merged_actor_flag(flags: Sequence[_ActorFlag]) -> Divergence:
    """One actor_naming flag for one actor labelled alike in several groups ('dictator Kim
    Jong Un' vs 'leader Kim Jong Un' in the lead, the summit paragraph and the background):
    the first group's, with the wordings and evidence of all."""
    entries = list(dict.fromkeys(e for f in flags for e in f.entries))
    top = max(f.top for f in flags)
    return _divergence(flags[0].group, "actor_naming", top,
                       f"actor naming: {_wordings(entries)}", [c for f in flags for c in f.cues])


def _actor_naming(group: Group, by_report: dict[str, list[Cue]], comparison: Comparison,
                  known: dict[str, frozenset[str]] | None = None, *,
                  gap: int = 2) -> list[tuple[_ActorKey, _ActorFlag]]:
    """Actor-naming flags of one group, each keyed by (actor name, its most loaded labels)
    so that :func:`find` can merge the same flag raised in several groups."""
    actors = [c for cs in by_report.values() for c in cs if c.category == "actor"]
    out = []
    for role in sorted({c.key for c in actors}):
        in_role = [c for c in actors if c.key == role]
        names = sorted({c.name for c in in_role if c.name})
        keys: list[str | None] = [*names] if names else [None]
        for name in keys:
            # Standalone labels ('the Venezuelan leader') join the only named actor of the role;
            # with a name, only loaded ones do ('the dictator'; 'the president said' may be
            # anyone), and not when their sentence names that actor apart from them ('Trump
            # agreed to meet the North Korean dictator')
            linked = [c for c in in_role if c.name == name or (
                c.name is None and len(names) <= 1 and not (name and (
                    c.loading == 0 or _names_apart(comparison, c, name))))]
            labelled = {c.report for c in linked}
            entries = [(c.text, c.report, c.loading) for c in linked]
            bare: list[Cue] = []
            if name:
                for report in sorted(set(by_report) - labelled):
                    bare += _bare_name(comparison, group, report, name)
            entries += [(b.text, b.report, 0) for b in bare]
            wordings = {e[0].casefold() for e in entries}
            top = max((c.loading for c in linked), default=0)
            if len({e[1] for e in entries}) < 2 or len(wordings) < 2 or top - min(
                    e[2] for e in entries) < gap:
                continue  # 'autocrat' vs 'dictator' labels alike
            loud = {c.term for c in linked if c.loading == top}
            plain = {e[1] for e in entries} - {c.report for c in linked if c.loading == top}
            if all(_uses_label(comparison, r, loud, {} if known is None else known)
                   for r in plain):
                continue  # the plain report uses the label too, elsewhere
            out.append((_actor_key(name, loud), _ActorFlag(group, top, entries,
                                                        [*linked, *bare])))
    return out


def _actors_across(comparison: Comparison, cues: dict[SentenceKey, list[Cue]],
                   known: dict[str, frozenset[str]], *, gap: int = 2
                   ) -> list[tuple[_ActorKey, _ActorFlag]]:
    """Actors one report labels loudly before their name anywhere ('bungling premier
    Andrej Kolvar') whom other reports name only plainly ('Prime Minister Andrej Kolvar'),
    wherever the aligner put the sentences: the label is how that report names the person,
    whatever fact each sentence tells. Keyed as :func:`_actor_naming` keys its flags, so
    that an actor flagged within a group too is one flag."""
    by_name: dict[str, list[Cue]] = {}
    for sentence_cues_ in cues.values():
        for c in sentence_cues_:
            if c.category == "actor" and c.name and c.loading >= gap \
                    and _label_before_name(c):
                by_name.setdefault(c.name, []).append(c)
    groups_of: dict[SentenceKey, Group] = {}
    for g in comparison.groups:
        for m in g.members:
            for i in m.sentences:
                groups_of.setdefault((m.report, i), g)
    out: list[tuple[_ActorKey, _ActorFlag]] = []
    for name, loud_cues in sorted(by_name.items()):
        top = max(c.loading for c in loud_cues)
        linked = [c for c in loud_cues if c.loading == top]
        loud = {c.term for c in linked}
        labelled = {c.report for c in loud_cues}
        plain: list[Cue] = []
        for report in comparison.reports:
            if report.id in labelled or _uses_label(comparison, report.id, loud, known):
                continue  # the report uses the label too (or another loud one)
            plain += _first_mention(comparison, report.id, name)
        group = groups_of.get((linked[0].report, linked[0].sentence))
        if not plain or group is None:
            continue
        entries = [(c.text, c.report, c.loading) for c in linked]
        entries += [(b.text, b.report, 0) for b in plain]
        out.append((_actor_key(name, loud), _ActorFlag(group, top, entries,
                                                    [*linked, *plain])))
    return out


def _actor_key(name: str | None, loud: set[str]) -> _ActorKey:
    """The key that merges flags on one actor: the last part of the name ('Jong-un' and
    'Un' alike) and the loudest labels."""
    return (name.casefold().split("-")[-1] if name else None), frozenset(loud)


def _uses_label(comparison: Comparison, report: str, loud: set[str],
                known: dict[str, frozenset[str]]) -> bool:
    """Whether ``report`` uses one of the ``loud`` labels somewhere, all its words."""
    return any(set(t.split()) <= _report_words(comparison, report, known) for t in loud)


def _label_before_name(cue: Cue) -> bool:
    """The cue is a label written right before a name: at most two lower-case words
    between its loaded term and the name ('bungling premier Andrej Kolvar', not 'outrage
    among Democrats' or 'shockingly knocked out Lennox Lewis'), and a name of one word is
    no capitalised adjective ('the notorious Southern gal')."""
    words = cue.text.split()
    term = len(cue.term.split())
    first_cap = next((k for k, w in enumerate(words) if k >= term and w[:1].isupper()),
                     len(words))
    between = [w.casefold() for w in words[term:first_cap]]
    name = words[first_cap:]
    return len(between) <= 2 and not any(w in STOPWORDS for w in between) and bool(name) and (
        len(name) > 1 or not name[0].casefold().endswith(_ADJECTIVE_ENDINGS))


#: endings of capitalised adjectives that are no names ('Southern', 'Canadian', 'British')
_ADJECTIVE_ENDINGS = ("ern", "ian", "ean", "ese", "ish")


def _first_mention(comparison: Comparison, report: str, name: str, *,
                   sentences: Iterable[int] | None = None) -> list[Cue]:
    """The first mention of ``name`` in ``report`` (in ``sentences``, when given, in that
    order) with the capitalised words before it."""
    for i in (s.index for s in comparison.sentences_of(report)) if sentences is None \
            else sentences:
        cue = _mention(comparison, report, i, name)
        if cue is not None:
            return [cue]
    return []


def _mention(comparison: Comparison, report: str, index: int, name: str) -> Cue | None:
    """The first mention of ``name`` in one sentence, with the capitalised words before
    it ('Prime Minister Aldo Venner'), as a cue of no loading."""
    text = comparison.report(report).text
    sentence = comparison.sentences_of(report)[index]
    plain = text[sentence.start:sentence.end]
    if plain.isascii() and name not in plain.lower():
        return None  # (an ASCII token's normal form is its lower case: no mention)
    tokens = _sentence_tokens(comparison, report, index)
    for k, t in enumerate(tokens):
        if t.norm.removesuffix("'s") != name:
            continue
        first = k
        while first > 0 and text[tokens[first - 1].start].isupper() and \
                text[tokens[first - 1].end:tokens[first].start] == " ":
            first -= 1
        start, end = tokens[first].start, t.end
        return Cue(report=report, sentence=index, start=start, end=end,
                   text=text[start:end], category="actor", key="name", term=name,
                   loading=0, name=name)
    return None


def _names_apart(comparison: Comparison, cue: Cue, name: str) -> bool:
    """Whether ``cue``'s sentence names ``name`` outside the cue's own words."""
    return any(t.norm.removesuffix("'s") == name and not cue.start <= t.start < cue.end
               for t in _sentence_tokens(comparison, cue.report, cue.sentence))


def _bare_name(comparison: Comparison, group: Group, report: str, name: str) -> list[Cue]:
    """The first mention of ``name`` (with the capitalised words before it) in
    ``report``'s members."""
    return _first_mention(comparison, report, name, sentences=[
        i for m in group.members if m.report == report for i in m.sentences])


def _attribution(group: Group, by_report: dict[str, list[Cue]], comparison: Comparison, *,
                 speakers: dict[tuple[str, int, str], set[str]] | None = None,
                 ) -> list[Divergence]:
    per_report = {r: [c for c in cs if c.category == "attribution"] for r, cs in by_report.items()}
    per_report = {r: cs for r, cs in per_report.items() if cs}
    if len(per_report) < 2:
        return []
    stance = {r: max(cs, key=lambda c: c.loading) for r, cs in per_report.items()}
    loaded = sorted((c for c in stance.values() if c.loading >= 1),
                    key=lambda c: (-c.loading, c.report))
    if not loaded:
        return []
    # Only verbs that introduce the same statement are compared: the same speaker (from the
    # quote capability, else the names next to the verb), or, when a speaker is unknown,
    # sentences that share much of their content.  Each doubting verb is compared on its
    # own: two reports can cast doubt on two different parts of one group's statement.
    speaker = _speakers(comparison) if speakers is None else speakers

    def who(c: Cue) -> set[str]:
        words = speaker.get((c.report, c.sentence, c.term)) or set((c.name or "").split())
        # 'Washington' said, 'the US' insisted; 'Unions said', 'Union organisers claimed'
        return {_one_of(speaker_code(w)) for w in words}

    def same_statement(x: Cue, c: Cue) -> bool:
        a, b = who(x), who(c)
        # an institution alone ('the ministry said') may be the one a named person speaks
        # for: it tells the speaker only where the other side names it too, and never joins
        # two named speakers ('Marenian police' and 'Kestranian police')
        named_a, named_b = a - INSTITUTIONS, b - INSTITUTIONS
        if named_a and named_b and not named_a & named_b:
            return False
        # without a speaker on both sides, only much shared content says it is one statement
        least = _SAME_CONTENT if a & b else _SAME_STATEMENT
        # the two members, or the verbs' own sentences when a member holds more ('The
        # agency said air samples showed no toxic contamination' vs 'claimed that no toxic
        # contamination had been detected' beside a sentence of experts' warnings)
        own = dice(content_terms(comparison.sentence_text(x.report, x.sentence)),
                   content_terms(comparison.sentence_text(c.report, c.sentence)))
        overlap = max(_dice(comparison, group, x.report, c.report), own)
        loose = named_a & named_b and _same_numbers(comparison, x, c) and not any(
            quoted_spans(comparison.sentence_text(v.report, v.sentence), 0) for v in (x, c))
        if a & b and own >= (_CLOSE_NAMED if loose else _CLOSE_VERSION):
            return True  # one speaker, two versions of one sentence ('"...," she blasted');
            # one named person's, a looser version ('Kestrel claimed the pitiful Cr1.8
            # billion handout for motorists would knock around 10 cents off a litre' vs
            # 'Finance Minister Dario Kestrel said a Cr1.8bn fuel subsidy ... would cut pump
            # prices by around 10 cents a litre': inflation-figures, dev), when neither
            # quotes (a quote and a reported remark of one person are two statements:
            # 'Kallan thundered: "..."' vs 'Kallan said she was deeply saddened')
        # what one verb introduces is told near the other verb: in its sentence or up to
        # two either side (a quote that goes on), not in any sentence of a long member
        # ('Comey said he favored "transparency"' is another statement than the memos')
        return overlap >= least and (
            _told_near(comparison, group, x, c.report, statement=True, around=c.sentence)
            or _told_near(comparison, group, c, x.report, statement=True, around=x.sentence))

    def partner(x: Cue, report: str) -> Cue | None:
        """A verb of ``report``'s stance (its loudest), in any of its member sentences,
        that introduces the statement ``x`` introduces."""
        key = stance[report].key
        if key == x.key:
            return None
        return next((c for c in per_report[report] if c.key == key and same_statement(x, c)),
                    None)

    chosen: dict[str, Cue] = {}
    for x in loaded:
        partners = [c for r in stance if (c := partner(x, r)) is not None]
        if partners:
            chosen.update({c.report: c for c in (x, *partners)})
    if not chosen:
        return []
    cues = [chosen.get(r, c) for r, c in stance.items() if r in chosen]
    top = max(c.loading for c in cues)
    entries = [(c.text.casefold(), c.report, c.loading) for c in cues]
    return [_divergence(group, "attribution", top,
                        f"attribution: {_wordings(entries)}", cues)]


def _one_of(word: str) -> str:
    """A plural speaker word of a group as one of them ('unions': 'union'); not a name
    ('The Times', 'The Greens')."""
    return word[:-1] if word[:-1] in _GROUPS_SPEAKING else word


#: groups that speak as one, named in the plural or by one of them ('Unions said', 'Union
#: organisers claimed')
_GROUPS_SPEAKING = frozenset({
    "union", "organiser", "organizer", "official", "worker", "resident", "activist",
    "protester", "farmer", "teacher", "doctor", "nurse", "employer", "rebel", "militant",
    "lawyer", "prosecutor", "investigator", "campaigner", "villager", "witness"})


def _dice(comparison: Comparison, group: Group, a: str, b: str) -> float:
    """Dice overlap of the content words of two reports' member sentences."""
    def terms(report: str) -> frozenset[str]:
        m = next(m for m in group.members if m.report == report)
        return frozenset().union(*(content_terms(comparison.sentence_text(report, i))
                                   for i in m.sentences))

    return dice(terms(a), terms(b))


def _speakers(comparison: Comparison) -> dict[tuple[str, int, str], set[str]]:
    """Speaker name words per (report, sentence, attribution verb) from the quotes."""
    out: dict[tuple[str, int, str], set[str]] = {}
    for q in comparison.quotes:
        if q.verb and q.speaker:
            words = {word for w in q.speaker.split()
                     if ((word := normalise(w)) in INSTITUTIONS or w[:1].isupper())
                     and word not in ("mr", "mrs", "ms", "dr")
                     and word not in NO_NAMES}  # 'Her ministry': no name
            out.setdefault((q.report, q.sentence, q.verb.casefold()), set()).update(words)
    return out


def _hedges(group: Group, by_report: dict[str, list[Cue]], comparison: Comparison, *,
            figures: dict[str, list[Figure]] | None = None) -> list[Divergence]:
    out = []
    classes = sorted({c.key for cs in by_report.values() for c in cs if c.category == "hedge"})
    for cls in classes:
        having = {r: [c for c in cs if c.category == "hedge" and c.key == cls]
                  for r, cs in by_report.items()}
        with_hedge = [c for cs in having.values() for c in cs]
        without = sorted(r for r, cs in having.items() if not cs)
        if cls == "approximation":
            # Only against reports that give the same number plainly ('at least 55' vs '55').
            values = {c: _hedged_value(c, comparison if figures is None
                                       else figures.get(c.report, []))
                      for c in with_hedge}
            with_hedge = [c for c in with_hedge if values[c] is not None]
            plain = _plain_values(group, comparison)
            # the same number of the same kind given plainly ('at least 55' vs '55', not
            # 'at least three' workers vs 'the third floor'); 'nearly $44 million' against
            # '$43,885,310' is a faithful rounding, not a hedge
            without = [r for r in without if any(
                kind == h[1] and abs(v - h[0]) <= 1e-6 * abs(h[0])
                for v, kind in plain.get(r, ())
                for h in (values[c] for c in with_hedge) if h is not None)]
            if not with_hedge:
                continue
        hedged = {c.report for c in with_hedge}
        # weak hedges ('appears to', 'apparently') are often literal: only against a
        # sentence that shares two fifths of its content words (a weak approximation, a
        # half: a close version of the same sentence)
        close = _SAME_CONTENT if max(c.loading for c in with_hedge) >= 2 else (
            _WEAK_HEDGE_CONTENT if cls == "distancing" else _CLOSE_VERSION)
        contexts = [_context(comparison, c) for c in with_hedge]
        context = frozenset().union(*contexts)
        # hearsay keeps a fact at a distance no attribution elsewhere closes; so does a
        # source's own weak hedge ('The leak appears to have been caused by a blocked
        # flue, fire officials said' vs 'Fire officers said the leak was caused by ...':
        # hostel-carbon-monoxide, water-main-burst, air-traffic-control-failure, dev),
        # against a report that retells what it qualifies (:func:`_retells`)
        hearsay = any(c.text.casefold() in _HEARSAY for c in with_hedge)
        own = not hearsay and cls == "distancing" and all(
            _own_hedge(c, by_report[c.report]) for c in with_hedge)
        qualified = frozenset().union(*(_context(comparison, c, after_only=True)
                                        for c in with_hedge)) if own else frozenset()
        accusation = all(c.text.casefold() in _ACCUSATION for c in with_hedge)
        without = [r for r in without if not (accusation and any(
            _verdict(comparison, group, r, told) for told in contexts))]
        without = [r for r in without if (
            not _answered(comparison, group, r, cls, by_report, context=context,
                          strict=hearsay)
            or (own and not _answered(comparison, group, r, cls, by_report, context=context,
                                      strict=True)
                and _retells(comparison, group, r, qualified)))
                   and _tells_same(comparison, group, hedged, r, close)
                   and (cls == "approximation"
                        or any(_told_near(comparison, group, c, r) for c in with_hedge))]
        if not without:
            continue
        entries = [(c.text.casefold(), c.report, c.loading) for c in with_hedge]
        entries += [("", r, 0) for r in without]
        top = max(c.loading for c in with_hedge)
        out.append(_divergence(group, "hedge", top,
                               f"hedge ({cls}): {_wordings(entries)}", with_hedge,
                               comparison=comparison, without=without))
    return out


def _answered(comparison: Comparison, group: Group, report: str, cls: str,
              by_report: dict[str, list[Cue]], *, context: frozenset[str], strict: bool
              ) -> bool:
    """Whether ``report``'s member sentences keep a hedge's distance themselves, or their
    attribution answers a distancing hedge (``strict``: as against hearsay, see
    :func:`_hedged_otherwise` and :func:`_sourced`)."""
    return _hedged_otherwise(comparison, group, report, cls, context=context,
                             hearsay=strict) or (cls == "distancing" and _sourced(
                                 by_report.get(report, []), hearsay=strict))


#: hedges of an accusation, which a court's verdict settles
_ACCUSATION = frozenset({"allegedly", "alleged"})
#: a verdict of guilt ('found guilty', 'was convicted of', 'pleaded guilty')
_GUILTY = re.compile(rf"\b(?:(?:was|were|been|is|are)\s+convicted|(?:jury|judge|court)\s+"
                     rf"convicted|found\s+(?:{_WORD}){{0,6}}?guilty|pleaded\s+guilty"
                     r"|pled\s+guilty)\b", re.IGNORECASE)  # not 'a convicted drug dealer'


def _verdict(comparison: Comparison, group: Group, report: str, context: frozenset[str]
             ) -> bool:
    """Whether one of ``report``'s member sentences tells a verdict of guilt for what the
    hedge qualifies (two stems of ``context`` in the verdict's clause: 'A judge today found
    a former Kraft Foods employee guilty of murder ... in Northeast Philadelphia' for
    'allegedly shot and killed two co-workers ... at the Kraft Foods plant in Northeast
    Philadelphia'): it states as the court's finding what an earlier report had to call
    alleged, so 'allegedly' is no choice of words against it (ECB+ 22). Not another
    verdict ('Darrow, who was convicted of fraud in 2019, set fire to the warehouse')."""
    for m in group.members:
        for i in m.sentences if m.report == report else ():
            text = comparison.sentence_text(report, i)
            for g in _GUILTY.finditer(text):
                clause = clause_from(text, g.start())
                shared = len(_stems(content_terms(clause)) & context)
                if not _NOT_CONVICTED.search(text[max(0, g.start() - 40):g.end()]) and (
                        shared >= 2 and shared >= _TOLD_NEAR * len(context)
                        and not _YEAR.search(clause)):  # 'was found guilty in 2019 of
                    return True  # assaulting a guard': another verdict
    return False



def _own_hedge(cue: Cue, cues: Sequence[Cue]) -> bool:
    """Whether a weak hedge sits in a sentence that a neutral verb attributes ('The leak
    appears to have been caused by a blocked flue, fire officials said'): the source's own
    doubt, which the report passes on."""
    return cue.loading < 2 and any(
        c.category == "attribution" and c.loading == 0 and c.sentence == cue.sentence
        and not (c.start < cue.end and cue.start < c.end)  # not 'are said to' itself
        for c in cues)


_RETOLD = 3  # fewest stems of what a source's own hedge qualifies that a plain version holds
_RETOLD_SHARE = 0.4  # ... and the least share of them


def _retells(comparison: Comparison, group: Group, report: str, qualified: frozenset[str]
             ) -> bool:
    """Whether ``report``'s member sentences tell in its words what a hedge qualifies (the
    stems of its clause after the hedge, ``qualified``): two fifths of them, three at least
    ('was triggered by a single flight plan in which ...' for 'appears to have been
    triggered by a single flight plan containing data the system could not process'; on
    ECB+, a statement of the same spokesman on another point held one: 'used in the
    shootings' for 'appeared to have been the targets in the shootings')."""
    texts = [comparison.sentence_text(report, i)
             for m in group.members if m.report == report for i in m.sentences]
    if any(_denies(text, qualified) for text in texts):
        return False  # 'the driver did not lose control': a denial, no plain version
    told = frozenset().union(*(_stems(content_terms(text)) for text in texts))
    held = len(told & qualified)
    return held >= _RETOLD and held >= _RETOLD_SHARE * len(qualified) and (
        qualified & _MANNER <= told)  # 'started deliberately' is not retold by 'the fire
    # started in the stairwell'


#: stems of words that tell how a doubted act was done, which a plain version must hold
_MANNER = frozenset({"delib", "inten", "illeg", "unlaw", "arson", "sabot"})
#: words that deny what follows them (for :func:`_denies`)
_NEGATIONS = frozenset({"not", "never", "no", "denied", "denies", "deny", "didn't", "wasn't",
                        "weren't", "hadn't", "isn't"})


def _denies(text: str, qualified: frozenset[str]) -> bool:
    """Whether ``text`` negates what a hedge qualifies: a negation within three words before
    one of its stems ('did not lose control'; not 'who was not wearing a seatbelt, lost
    control': a review's made-up cases)."""
    tokens = tokenize(text)
    return any(_stems([t.norm]) & qualified and any(
        x.norm in _NEGATIONS for x in tokens[max(0, k - 3):k]) for k, t in enumerate(tokens))


def _tells_same(comparison: Comparison, group: Group, having: set[str], other: str,
                least: float) -> bool:
    """Whether ``other``'s member sentences share enough content with those of a report in
    ``having`` to tell the same fact (groups on real coverage can be loose: a hedge or a
    loaded word is told only against a version of the same fact)."""
    return any(_dice(comparison, group, r, other) >= least for r in sorted(having))


def _hedged_otherwise(comparison: Comparison, group: Group, report: str, cls: str, *,
                      context: frozenset[str] = frozenset(), hearsay: bool = False) -> bool:
    """Whether ``report``'s member sentences keep the same distance in words the hedge
    lexicon does not list ('was estimated at $1 million', 'as much as', 'it is thought'),
    or a distancing hedge's in a word of :data:`_POSSIBILITY` right before a stem of
    ``context`` (what the hedge qualifies).  Against hearsay (``hearsay``, see
    :func:`_sourced`) a named source's 'according to' keeps no such distance ('reportedly
    identified corrosion' vs 'flagged corrosion, according to documents released by the
    directorate'); 'according to reports' does (:data:`_AS_REPORTED`)."""
    words = _EQUIVALENT_HEDGES.get(cls, frozenset())
    if hearsay:
        words = words - {"according"}
    for m in group.members:
        for i in m.sentences if m.report == report else ():
            text = comparison.sentence_text(report, i)
            if cls == "distancing" and (_AS_REPORTED.search(text) or (
                    not hearsay and _SOURCE_TAG.search(text)) or (hearsay and any(
                    _passed_on(a.group(1)) for a in _ACCORDING_TO.finditer(text)))):
                return True
            tokens = tokenize(text)
            if cls == "distancing" and any(
                    _possibility(text, tokens, k) and _stems(content_terms(" ".join(
                        x.norm for x in tokens[k + 1:k + 1 + _POSSIBILITY_REACH]))) & context
                    for k in range(len(tokens))):
                return True
            for k, t in enumerate(tokens):
                # an approximation word counts before a number ('as much as $5', not
                # 'talked about')
                if t.norm in words and (cls != "approximation" or any(
                        x.norm[:1].isdigit() or x.norm in _NUMBER_NAMES
                        for x in tokens[k + 1:k + 4])):
                    return True
    return False


def _possibility(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` (a token of ``text``) tells a fact as possible
    (:data:`_POSSIBILITY`, :data:`_MODALS`)."""
    t = tokens[k]
    if t.norm in _POSSIBILITY:
        return True
    return t.norm in _MODALS and text[t.start:t.end] != "May" and k + 1 < len(tokens) and \
        tokens[k + 1].norm in {"have", "be"}


def _passed_on(source: str) -> bool:
    """Whether the words after 'according to' name a source that passes a fact on as
    hearsay does: the press (a word of :data:`_PRESS_WORDS`, an outlet's acronym or title
    in quote marks: 'KBC', 'TV3', '"The Hollywood Reporter"') or people left unnamed ('two
    diplomats', 'several officials'); not a named body or document ('documents released by
    the directorate', 'a news release from the Interior Ministry')."""
    words = [w.casefold() for w in re.findall(r"[\w']+", source)]
    if words[:1] and (words[0] in _UNNAMED or (
            words[0].isdigit() and not 1900 <= int(words[0]) <= 2100)):
        return True  # 'two diplomats', 'several officials', '3 witnesses' (not '2024
        # inspection figures')
    if "radio" in words and not re.search(r"\bRadio\b", source):
        words.remove("radio")  # 'Radio Kestria', not 'radio logs kept by the operator'
    if "news" in words and re.search(r"\bnews\s+(?:release|conference)", source, re.I):
        words.remove("news")
    return bool(_PRESS_WORDS & set(words)) or re.search(
        rf"\b{ACRONYM}\b|[\"\u201c]", source) is not None


#: words that open a group of people left unnamed ('two diplomats', 'several officials')
_UNNAMED = _NUMBER_NAMES | {"several", "some", "many", "few", "various", "other", "unnamed",
                            "anonymous"}


#: strong distancing hedges that pass a fact on from no one named (not 'allegedly', the
#: hedge of an accusation, which any attribution of it matches: 'Police say he stole')
_HEARSAY = frozenset({"reportedly", "purportedly", "supposedly", "ostensibly",
                      "according to unconfirmed reports", "unconfirmed reports"})


def _sourced(cues: Sequence[Cue], *, hearsay: bool) -> bool:
    """The sentence keeps the fact at a distance itself ('the aides claimed', 'appeared
    to'): a distancing hedge elsewhere is then no difference of framing.  Against hearsay
    (:data:`_HEARSAY`) a neutral attribution ('police said', 'according to the ministry')
    keeps no such distance: 'The bomb was reportedly concealed in a van' against 'Police
    said the bomb had been hidden in a van' is a hedge one report adds; one outlet citing
    another ('the Daily Courier reported') is hearsay too.  A weak hedge ('appears to', 'is
    believed to') is often the source's own, so any attribution answers it, as it answers
    'allegedly'."""
    return any((c.category == "attribution" and (
        c.loading > 0 or not hearsay or c.text.casefold() == "reported"))
               or (c.category == "hedge" and c.key == "distancing") for c in cues)


def _hedged_value(cue: Cue, figures: Comparison | Sequence[Figure]
                  ) -> tuple[float, str] | None:
    """The number a hedge qualifies and its kind: the figure that holds it or starts right
    after it (among ``figures``, or a comparison's figures)."""
    for f in figures.figures if isinstance(figures, Comparison) else figures:
        if f.report == cue.report and isinstance(f.value, float | int) and (
                f.start <= cue.start < f.end or 0 <= f.start - cue.end <= 2):
            return float(f.value), f.kind
    return None


def _plain_values(group: Group, comparison: Comparison) -> dict[str, list[tuple[float, str]]]:
    """Numbers stated without a qualifier in each report's member sentences, with their
    kinds."""
    members = {(m.report, i) for m in group.members for i in m.sentences}
    out: dict[str, list[tuple[float, str]]] = {}
    for f in comparison.figures:
        if (f.report, f.sentence) in members and not f.qualifier and isinstance(
                f.value, float | int) and f.kind not in ("date", "time", "year"):
            out.setdefault(f.report, []).append((float(f.value), f.kind))
    return out


def _voice(group: Group, by_report: dict[str, list[Cue]],
           comparison: Comparison | None = None, *,
           cues: dict[SentenceKey, list[Cue]] | None = None) -> list[Divergence]:
    """Agentless passives against named agents of the same act.  A passive whose report
    names that agent anywhere ('North Korea launched missiles. The projectiles were fired
    from ...') hides nothing (checked when ``comparison`` is given), nor does one next to
    a sentence of its report that names a doer with an active verb ('The deputy was shot
    on Friday. A man shot him twice.'; checked when ``cues``, the cues of every sentence,
    are given)."""
    out = []
    stems = sorted({c.key for cs in by_report.values() for c in cs if c.category == "agentless"})
    for stem in stems:
        agentless = {r: [c for c in cs if c.category == "agentless" and c.key == stem]
                     for r, cs in by_report.items()}
        agent = {r: [c for c in cs if c.category == "agent" and c.key == stem]
                 for r, cs in by_report.items()}
        named = [c for r, cs in agent.items() if not agentless[r] for c in cs]
        hidden = []
        for c in (c for r, cs in agentless.items() if not agent[r] for c in cs):
            weapon = comparison is not None and _weapon_fired(comparison, c)
            if (comparison is None or not _names_agent(comparison, c, named, weapon=weapon)) \
                    and not _doer_nearby(c, cues or {}, same=weapon):
                hidden.append(c)
        if not hidden or not named:
            continue
        hidden_w = _wordings([(c.text, c.report, 0) for c in hidden])
        named_w = _wordings([(c.text, c.report, 0) for c in named])
        message = (f"voice: {hidden_w} without saying by whom, where the agent is named "
                   f"with {named_w}")
        out.append(_divergence(group, "voice", 2, message, [*hidden, *named]))
    return out


def _doer_nearby(cue: Cue, cues: dict[SentenceKey, list[Cue]], *, same: bool = False) -> bool:
    """Whether another sentence of ``cue``'s report, up to two away, names a doer with an
    active verb (an ``agent`` cue): reports narrate the act there ('She was hit. The
    driver fled.').  A doer in the passive's own sentence acts otherwise ('soldiers were
    killed as commandos abducted Maduro' still hides who killed them).  With ``same`` (a
    weapon fired, :func:`_weapon_fired`) the doer must do the same act ('Tear gas and shots
    were fired ... Most of the dead appear to have been killed by other inmates' still
    hides who fired)."""
    return any(c.category == "agent" and (c.key == cue.key or not same)
               for k in range(cue.sentence - _NEARBY, cue.sentence + _NEARBY + 1)
               if k != cue.sentence for c in cues.get((cue.report, k), ()))


def _loaded_insertions(group: Group, by_report: dict[str, list[Cue]],
                       comparison: Comparison, masks: dict[str, list[tuple[int, int]]], *,
                       config: Config, diffs: _Diffs | None = None,
                       report_words: dict[str, frozenset[str]] | None = None,
                       ) -> list[Divergence]:
    """Loaded words one report inserts or substitutes where the aligned text of another
    report does not use them (difflib opcodes over masked tokens).

    ``diffs`` keeps the token diffs already made, by the two token sequences: wire copy
    repeats the same sentences in many reports and groups."""
    diffs = {} if diffs is None else diffs
    least = config.framing_min_loading
    loaded = {r: [c for c in cs if c.category == "loaded" and c.loading >= least]
              for r, cs in by_report.items()}
    if not any(loaded.values()):
        return []
    tokens = {m.report: _member_tokens(comparison, m.report, m.sentences, masks)
              for m in group.members}
    # a report that uses the word anywhere does not lack it ('massacre' in another sentence)
    known = {} if report_words is None else report_words
    words = {r: _report_words(comparison, r, known) for r in tokens}
    keys = {r: tuple(_keys(ts)) for r, ts in tokens.items()}
    counts = {r: Counter(k) for r, k in keys.items()}

    def matcher(x: str, y: str) -> difflib.SequenceMatcher[str]:
        pair = (keys[x], keys[y])
        if pair not in diffs:
            diffs[pair] = difflib.SequenceMatcher(None, pair[0], pair[1], autojunk=False)
        return diffs[pair]

    lacking: dict[str, set[str]] = {}
    counterpart: dict[tuple[str, str], str] = {}
    for a, b in combinations(sorted(tokens), 2):
        # Only a pair where one side has a loaded word the other lacks can flag anything;
        # the others skip the diff (the result is the same, the cost is not).
        # a report with a loaded word of its own there tells it loaded too ('blockbuster')
        flaggable = {(x, y): [c for c in loaded[x] if c.term not in words[y]] if not loaded[y]
                     else [] for x, y in ((a, b), (b, a))}
        if not any(flaggable.values()):
            continue
        # Close paraphrases: a word-level diff locates what the loaded word replaces (a
        # loading-3 word told against a looser version was tried: on BASIL most such flags
        # were wrong).  With Config.framing_told_share set, looser sentences count when
        # the loaded word's own clause is told nearly word for word in the other report
        # ('axed 2,400 jobs at Veltra Motors' Castmere factory' / 'Veltra Motors will close
        # its Castmere plant and cut 2,400 jobs'); off by default (28 of 50 such flags on
        # real coverage were right).
        close = _ratio_bound(counts[a], counts[b]) >= config.framing_diff_ratio and matcher(
            a, b).ratio() >= config.framing_diff_ratio
        for x, y in ((a, b), (b, a)):
            loose = config.framing_told_share
            told = [c for c in flaggable[(x, y)] if (
                _told_near(comparison, group, c, y) if close else loose is not None
                and _told_near(comparison, group, c, y, share=loose, least=_LOOSE_LEAST))]
            if not told:
                continue
            diff = _changed(tokens[x], tokens[y], matcher(x, y))
            for c in told:
                span = diff.get(c.start)
                if span is None:
                    continue
                if not close:
                    span = ""  # a diff of loose sentences names no counterpart wording
                lacking.setdefault(c.term, set()).add(y)
                if not counterpart.get((c.term, y)):  # a real wording beats "no such word"
                    counterpart[(c.term, y)] = span
    out = []
    for term, missing in sorted(lacking.items()):
        cues = [c for cs in loaded.values() for c in cs if c.term == term]
        top = max(c.loading for c in cues)
        entries = [(c.text.casefold(), c.report, c.loading) for c in cues]
        entries += [(counterpart[(term, r)], r, 0) for r in sorted(missing)]
        out.append(_divergence(group, "word_choice", top,
                               f"loaded word: {_wordings(entries)}", cues,
                               comparison=comparison, without=missing))
    return out


def _names_agent(comparison: Comparison, hidden: Cue, named: Sequence[Cue], *,
                 weapon: bool = False) -> bool:
    """Whether the report of ``hidden`` (an agentless passive) names one of the agents of
    ``named`` (a report often names the shooter a sentence or two away): anywhere for acts
    things do too and for arrests (:data:`_NAMED_ANYWHERE`), within :data:`_NEARBY`
    sentences for the others, as doers when ``hidden`` fires a weapon (``weapon``,
    :func:`_weapon_fired`); also true when ``named`` shows no agent words to look for."""
    agents = frozenset().union(*(_agent_words(comparison, c) for c in named))
    if not agents:
        return True  # no agent words to check: nothing shown to be hidden
    if hidden.key in _NAMED_ANYWHERE:
        text = comparison.report(hidden.report).text
    else:  # 'Shots were fired' hides the police whom the report names three sentences on
        near = range(max(0, hidden.sentence - _NEARBY), hidden.sentence + _NEARBY + 1)
        count = len(comparison.sentences_of(hidden.report))
        if weapon:
            # ... and those it names near it other than as doers ('police said'), unless
            # they tell of the act ('Police said they had fired it')
            return any(_acts(tokens, agents) or (_tells_act(tokens, hidden.key) and any(
                t.norm[:5] in agents for t in tokens))
                for tokens in (_sentence_tokens(comparison, hidden.report, k)
                               for k in near if k < count))
        text = " ".join(comparison.sentence_text(hidden.report, k) for k in near if k < count)
    # 'tried to push through a police cordon' names a thing of the police, not them acting
    return bool(agents & _stems(content_terms(_THINGS_OF.sub(r"\1", text))))


def _weapon_fired(comparison: Comparison, cue: Cue) -> bool:
    """Whether an agentless passive of firing fires a weapon ('Tear gas was fired', 'two
    shots were fired'), not a person ('Cheeks was fired as head coach of the 76ers'): the
    doer of a shot is often named near it only as a source ('police said'), while a coach's
    club is named as his ('coach of the 76ers')."""
    if cue.key != "fir":
        return False
    tokens = _sentence_tokens(comparison, cue.report, cue.sentence)
    at = next((k for k, t in enumerate(tokens) if t.start >= cue.start), len(tokens))
    return any(t.norm in _FIRED_THINGS for t in tokens[max(0, at - 3):at])


#: what is fired when a weapon is fired
_FIRED_THINGS = frozenset({
    "shot", "shots", "gas", "teargas", "bullet", "bullets", "round", "rounds", "rocket",
    "rockets", "missile", "missiles", "shell", "shells", "canister", "canisters", "grenade",
    "grenades", "cannon", "cannons", "volley", "volleys", "projectile", "projectiles",
    "salvo", "salvos", "flare", "flares", "pellets", "munitions", "weapon", "weapons"})


def _acts(tokens: Sequence[Token], agents: frozenset[str]) -> bool:
    """Whether one of ``agents`` (word stems) does something in a sentence: after 'by' or
    where it stands ('from behind police lines'), or before a verb in the past tense other
    than one of saying or estimating ('Riot police fired', 'the Presidential Guard
    deployed', 'police had moved in'), up to two words of its name apart.  Not a speaker
    ('police said', 'Police put the crowd at 8,000'), a victim ('six police officers were
    injured'), nor an object ('thrown at police')."""
    for k, t in enumerate(tokens):
        if t.norm[:5] not in agents or t.norm in STOPWORDS:
            continue
        if k > 0 and tokens[k - 1].norm in _DOERS_AFTER:
            return True  # 'by police', 'from behind police lines'
        if k > 0 and tokens[k - 1].norm in _OBJECT_AFTER:
            continue  # 'thrown at police', 'attacks on police'
        j = k + 1
        while j < min(len(tokens), k + 3) and _name_part(tokens[j], agents):
            j += 1
        if j < len(tokens) and tokens[j].norm in _OBJECT_AFTER:
            # 'Police on Saturday arrested', 'Police in riot gear fired'
            end = j + 1
            while end < min(len(tokens), j + 4) and _name_part(tokens[end], agents):
                end += 1
            j = end
        while j < len(tokens) and (tokens[j].norm in _BEFORE_VERB
                                   or tokens[j].norm.endswith("ly")):
            j += 1  # 'had moved in', 'quickly fired'
        if j < len(tokens) and tokens[j].norm not in _NOT_ACTING and (
                verb_stem(tokens[j].norm) is not None or tokens[j].norm in _PAST_ACTS):
            return True
    return False


def _name_part(token: Token, agents: frozenset[str]) -> bool:
    """Whether ``token`` may continue a doer's name ('police officers', 'border guards'):
    one of ``agents``, or a word that is no verb, auxiliary or function word."""
    word = token.norm
    return word[:5] in agents or not (
        word in STOPWORDS or word in _BEFORE_VERB or verb_stem(word) is not None
        or word in _PAST_ACTS or not word.isalpha())


def _tells_act(tokens: Sequence[Token], key: str) -> bool:
    """Whether a sentence tells the act of ``key`` in the active voice, whoever the doer
    ('Police said they had fired it', 'a police spokesman said officers fired tear gas')."""
    return any(verb_stem(t.norm) == key and not (k > 0 and tokens[k - 1].norm in BE_FORMS)
               for k, t in enumerate(tokens))


#: words before a doer that say it acted, or where from
_DOERS_AFTER = frozenset({"by", "behind"})
#: words before a name that make it an object or a place ('thrown at police'), and after
#: a name a short phrase before its verb ('Police on Saturday arrested')
_OBJECT_AFTER = frozenset({"at", "on", "in", "against", "to", "with", "from", "of", "into",
                           "toward", "towards"})
#: words between a doer and its verb ('police had moved in', 'Police then moved in')
_BEFORE_VERB = frozenset({"has", "have", "had", "then", "later", "also"})
#: irregular past forms of acts that :func:`verb_stem` does not read
_PAST_ACTS = frozenset({"threw", "took", "broke", "drove", "came", "went", "ran", "began",
                        "fled", "tore", "used", "led"})
#: verbs whose subject says or estimates rather than does the act
_NOT_ACTING = REPORTED_SPEECH_VERBS | {
    "put", "estimated", "reported", "confirmed", "denied", "announced", "declined",
    "refused", "gave", "released", "urged", "appealed", "believed", "thought", "understood"}


#: a doer's name as the modifier of a thing ('a police cordon', 'army barracks'): the thing
_THINGS_OF = re.compile(r"(?<!\bfrom )(?<!\bbehind )(?<!\binside )(?<!\bwithin )"
                        r"\b[\w'-]+\s+(cordons?|lines?|barriers?|barricades?|stations?|"
                        r"headquarters|vans?|cars?|tape|barracks|checkpoints?)\b",
                        re.IGNORECASE)


#: acts whose passive hides nothing when its report names the doer anywhere: those things
#: do as well as people ('the blast injured 40', 'the collapse killed 12') and arrests
#: (police make them: 'Subryan was arrested without incident, police said'); for the
#: others (firing, banning, expelling) the doer must be named near the passive
_NAMED_ANYWHERE = frozenset({"kill", "injur", "damag", "destroy", "hit", "strik", "strike",
                             "bomb", "attack", "target", "arrest"})


def _agent_words(comparison: Comparison, cue: Cue) -> frozenset[str]:
    """Stems of the agent of an active verb or a passive's 'by' phrase: up to three words
    after 'by' (after 'one of his' and the like), or up to three before the verb within
    five, past auxiliaries and adverbs and up to an article ('North Korea fired', 'At 11:42
    the exchange halted', 'The commission also provisionally suspended'); none when a verb
    or a relative pronoun comes first ('the operation that captured Maduro killed') or when
    the word next to the verb is a thing or an event ('At 09:15 a fault halted')."""
    rep = comparison.report(cue.report)
    tokens = _sentence_tokens(comparison, cue.report, cue.sentence)
    at = next((k for k, t in enumerate(tokens) if t.start >= cue.start), len(tokens))
    end = next((k for k, t in enumerate(tokens) if t.end >= cue.end), at)
    # the 'by' phrase of a passive ('was shot by police', 'Gray, killed by police'); an
    # active verb's agent is its subject ('The government reduced the budget by a third':
    # not 'a third')
    passive = len(cue.text.split()) > 1 or (
        end + 1 < len(tokens) and tokens[end + 1].norm == "by")
    by = next((k for k in range(end + 1, min(len(tokens), end + 13))
               if tokens[k].norm == "by"), None) if passive else None
    if by is not None:
        first = by + 1
        if first + 2 < len(tokens) and tokens[first + 1].norm == "of" and (
                tokens[first].norm in _SOME_OF and tokens[first + 2].norm in _POSSESSIVES):
            first += 2  # 'shot by one of his captors': the captors (not 'by members of the
            # presidential guard', 'by three of the seven bullets')
        return _stems(content_terms(" ".join(rep.text[t.start:t.end]
                                             for t in tokens[first:first + 3])))
    part: list[Token] = []
    k = at - 1
    while k >= max(0, at - 5) and len(part) < 3:
        t = tokens[k]
        if t.norm in {"that", "which", "who"} or verb_stem(t.norm) is not None:
            return frozenset()
        if CLAUSE_BOUNDARY.search(rep.text[t.end:(part[-1] if part else tokens[at]).start]):
            break
        k -= 1
        if t.norm in _BEFORE_VERB or (t.norm.endswith("ly") and rep.text[t.start].islower()
                                      and not (k >= 0 and tokens[k].norm in _BEFORE_NOUN)):
            continue  # 'The commission also provisionally suspended' (not 'the assembly')
        part.append(t)
        if t.norm in _ARTICLES:
            break  # the doer's name begins here ('at 11:42 the exchange halted')
    if part and part[0].norm[:5] in _THINGS_ACTING:
        return frozenset()  # a thing or an event acts, no one hidden ('At 09:15 a fault
        # halted trading'; a review's case)
    return _stems(content_terms(" ".join(rep.text[t.start:t.end] for t in part)))


_ARTICLES = frozenset({"the", "a", "an"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
#: words before a noun, which a word in '-ly' after them is ('the assembly', 'his family')
_BEFORE_NOUN = _ARTICLES | _POSSESSIVES | frozenset({"this", "that"})
#: a part of a 'by' phrase's doers ('by one of his captors', 'by some of their guards')
_SOME_OF = frozenset({"one", "some", "two", "three", "several", "many", "members", "most",
                      "none", "each", "any"})
#: stems of things and events that act with no one behind them
_THINGS_ACTING = frozenset(word[:5] for word in (
    *CAUSES, "fault", "faults", "failure", "failures", "wind", "winds", "gust", "gusts",
    "rain", "snow", "ice", "beam", "beams", "debris", "bullet", "bullets", "outage", "glitch",
    "malfunction", "surge", "landslide", "avalanche", "lightning", "tide"))


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _toll_on_both(comparison: Comparison, group: Group, cue: Cue, report: str,
                  tolls: frozenset[SentenceKey]) -> bool:
    """Whether a word for killing and one of ``report``'s member sentences each come with a
    death toll: 'Ten innocent people were slaughtered as they slept when tyrant Valchek's
    rockets rained down' and 'Nine people were killed and 37 injured when rockets hit the
    city' tell the same deaths, whatever else their clauses say. ``tolls``: the sentences
    that give a death toll."""
    if cue.key != "kill" or _YEAR.search(comparison.sentence_text(cue.report, cue.sentence)):
        return False  # 'In 2019, 40 villagers were massacred': another killing
    return (cue.report, cue.sentence) in tolls and any(
        (report, i) in tolls for m in group.members if m.report == report
        for i in m.sentences)


def _told_near(comparison: Comparison, group: Group, cue: Cue, report: str, *,
               share: float = _TOLD_NEAR, least: int = 2, statement: bool = False,
               around: int | None = None) -> bool:
    """Whether one of ``report``'s member sentences tells what ``cue`` qualifies: ``share``
    (two fifths) and at least ``least`` (two) of the content words of the cue's clause,
    compared by their first five letters ('refused' / 'refusing').  A group's sentences
    can share a topic and differ on the fact a hedge or a loaded word sits on ('reportedly
    has been working for months' vs 'introduced draft legislation'); a framing difference
    needs the same fact on both sides. ``around``: only the member sentences of ``report``
    up to two from that one."""
    context = _context(comparison, cue)
    if len(context) == 1 and (_opens_clause(comparison, cue) or _attributive(comparison, cue)):
        least = 1  # ', reportedly to Ostrava', 'an allegedly drunk driver': its one word
        # is what it qualifies
    # a number compares by its word or its value ('2.1 million' is '2,100,000', 'seven
    # years' is '7 years' and no '8 years')
    own = comparison.sentence_text(cue.report, cue.sentence)
    own_numbers = find_numbers(own)
    wanted = _values(own, context, own_numbers)
    counted: dict[float | None, set[str]] = {}
    if any(not _NUMERIC.fullmatch(t) for t in wanted):  # number words: what each counts
        for value, noun in _counted(own, own_numbers):
            counted.setdefault(value, set()).add(noun)
    words = context - set(wanted)
    best = 0
    for m in group.members:
        for i in m.sentences if m.report == report else ():
            if around is not None and abs(i - around) > _NEARBY:
                continue
            text = comparison.sentence_text(report, i)
            terms = _stems(content_terms(text))
            numbers = find_numbers(text)
            told = _values(text, terms, numbers)
            held = {t for t, v in wanted.items()
                    if t in told or (v is not None and v in told.values())}
            # a number word left out is no other number ('triggered by three days of heavy
            # rain' vs 'caused by unprecedented rainfall'); another number of the same
            # thing is ('seven years' vs '8 years')
            others = {noun for value, noun in _counted(text, numbers)
                      if value not in wanted.values()} if counted else set()
            if all(t in held or not (_NUMERIC.fullmatch(t) or others & counted.get(v, set()))
                   for t, v in wanted.items()):
                best = max(best, len(words & terms) + len(held))
            elif statement and len(words & terms) >= max(_OTHER_NUMBER_LEAST,
                                                         _OTHER_NUMBER_SHARE * len(words)):
                # another number is another fact ('reportedly raised their offer to $184
                # million' vs 'an offer of $160 million'), but a statement whose rest is
                # told nearly word for word is one statement with its figure disputed
                # ('admitted it had postponed a €24 million upgrade of the signalling' /
                # 'said it had postponed a €42 million upgrade of the network's
                # signalling'): for the verb that introduces it (``statement``)
                best = max(best, len(words & terms))
    return best >= least and best >= share * len(context)


_NUMERIC = re.compile(r"\d+(?:\.\d+)?")
#: a span of time back from or on from another time ('two years ago', 'three days later')
_SPAN_AGO = re.compile(r"\s+(?:second|minute|hour|day|week|month|year|decade)s?\s+"
                       r"(?:ago|earlier|later|before|after|on)\b", re.IGNORECASE)


def _same_numbers(comparison: Comparison, a: Cue, b: Cue) -> bool:
    """Whether the two cues' sentences tell the same numbers, one at least (by word or
    value: '2.1 million' is '2,100,000'): another number is another fact ('would cost 2,900
    jobs' vs 'would reach 3,100'), and sentences with no number share too little to say
    they tell one statement ('Talvik said the budget would rise' vs 'Talvik claimed the
    opposition had lied about the budget': a review's case)."""
    told = []
    for cue in (a, b):
        text = comparison.sentence_text(cue.report, cue.sentence)
        terms = _stems(content_terms(text))
        told.append(_values(text, {t for t in terms if _NUMERIC.fullmatch(t)}))
    return bool(told[0]) and all(t in other or (v is not None and v in other.values())
                                 for mine, other in ((told[0], told[1]), (told[1], told[0]))
                                 for t, v in mine.items())


#: the word after a number ('seven years', 'a two-day strike')
_NOUN_AFTER = re.compile(r"[\s-]*([A-Za-z]+)")


def _counted(text: str, numbers: Sequence[Number]) -> set[tuple[float, str]]:
    """The numbers of ``text`` (``numbers``, as :func:`find_numbers` reads them) with the
    stem of the word after each ('seven years': (7.0, 'years'), '8 Years?': (8.0,
    'years'))."""
    out = set()
    for n in numbers:
        noun = _NOUN_AFTER.match(text, n.end)
        if n.value is not None and noun:
            out.add((n.value, noun.group(1).casefold()[:5]))
    return out


def _values(text: str, terms: Iterable[str], numbers: Sequence[Number] | None = None
            ) -> dict[str, float | None]:
    """The numbers among ``terms`` (stems of ``text``'s content words: '2.1', '2100000',
    and number words such as 'seven' or 'dozen') with their values read with their scale
    ('2.1 million': 2100000.0), None for a numeral no figure reads.  A number of another
    sentence is the same when either its word or its value is ('10' of '10 a.m.' read in
    one and not in the other). ``numbers``: those of ``text``, when already read."""
    read: dict[str, float] = {}
    for n in find_numbers(text) if numbers is None else numbers:
        if n.value is not None:
            for tok in re.findall(r"\d[\d,]*(?:\.\d+)?", n.text):
                read.setdefault(tok.replace(",", ""), n.value)
            if n.words and n.value != 1 and not n.vague and not _SPAN_AGO.match(text, n.end) \
                    and text[n.end:n.end + 1] != "-" and not (
                        n.text[:1].isupper() and re.search(r"[\w,]\s*$", text[:n.start])):
                # 'one' is as often a pronoun; 'two years ago' is a date ('in 2024');
                # 'hundreds' is no one number; 'a two-day strike' is a length ('48-hour');
                # 'Seven Sisters' is a name
                for word in re.findall(r"[a-z]+", n.text.casefold()):
                    if word not in ("a", "an", "and"):
                        read.setdefault(word[:5], n.value)
    return {t: read.get(t) for t in terms if _NUMERIC.fullmatch(t) or t in read}


def _word_before_hedge(comparison: Comparison, cue: Cue) -> Token | None:
    """The word right before a hedge in its sentence (None for other cues or at the
    sentence's start)."""
    if cue.category != "hedge":
        return None
    tokens = _sentence_tokens(comparison, cue.report, cue.sentence)
    return next((t for t in reversed(tokens) if t.end <= cue.start), None)


def _attributive(comparison: Comparison, cue: Cue) -> bool:
    """Whether a hedge stands between an article and what it qualifies ('an allegedly
    drunk driver', 'the reportedly stolen paintings'): it qualifies that one word."""
    before = _word_before_hedge(comparison, cue)
    return before is not None and before.norm in _ARTICLES


def _opens_clause(comparison: Comparison, cue: Cue) -> bool:
    """Whether a hedge opens a clause of its own (', reportedly of her own desire')."""
    before = _word_before_hedge(comparison, cue)
    return before is not None and CLAUSE_BOUNDARY.search(
        comparison.report(cue.report).text[before.end:cue.start]) is not None


def _context(comparison: Comparison, cue: Cue, *, after_only: bool = False
             ) -> frozenset[str]:
    """Stems of the content words after ``cue`` in its sentence (what it qualifies), and of
    those before it when fewer than three follow ('..., officials claimed.') unless the cue
    is a hedge that opens a clause of its own (or ``after_only``)."""
    rep = comparison.report(cue.report)
    tokens = _sentence_tokens(comparison, cue.report, cue.sentence)
    inside = [k for k, t in enumerate(tokens) if cue.start <= t.start and t.end <= cue.end]
    if not inside:
        return frozenset()

    def stems(part: Sequence[Token]) -> frozenset[str]:
        return _stems(content_terms(" ".join(rep.text[t.start:t.end] for t in part)))

    def clause(part: Sequence[Token], *, backwards: bool = False) -> list[Token]:
        """``part`` up to the first punctuation between its words, from the cue outwards.
        The word next to the cue always counts, even after a comma: after a speech verb
        the statement follows one ('insisted, "This attack was wrong"')."""
        seq = list(reversed(part)) if backwards else list(part)
        out = seq[:1]
        for a, b in zip(seq, seq[1:], strict=False):
            x, y = (b, a) if backwards else (a, b)
            if CLAUSE_BOUNDARY.search(rep.text[x.end:y.start]):
                break
            out.append(b)
        return out

    first, last = inside[0], inside[-1]
    if _attributive(comparison, cue):
        # 'an allegedly drunk driver': 'drunk'; 'an allegedly severely beaten inmate':
        # 'beaten'
        word = next((t for t in tokens[last + 1:last + 4] if not t.norm.endswith("ly")), None)
        return stems([word] if word is not None else [])
    after = stems(clause(tokens[last + 1:last + 1 + _AFTER]))
    if after_only or len(after) >= 3 or (after and _opens_clause(comparison, cue)):
        # a hedge that opens its own clause qualifies only that clause ('... entered
        # Promises Treatment Center, reportedly of her own desire')
        return after
    return after | stems(clause(tokens[max(0, first - _BEFORE):first], backwards=True))


def _sentence_tokens(comparison: Comparison, report: str, index: int) -> list[Token]:
    """The word tokens of one sentence, with offsets into its report."""
    s = comparison.sentences_of(report)[index]
    return tokenize(s.text_in(comparison.report(report)), s.start)


def _stems(terms: Iterable[str]) -> frozenset[str]:
    return frozenset(t if t.isdigit() else t[:5] for t in terms)


def _report_words(comparison: Comparison, report: str,
                  known: dict[str, frozenset[str]]) -> frozenset[str]:
    """The normalised words of a whole report (kept in ``known`` once computed)."""
    if report not in known:
        known[report] = frozenset(t.norm for t in tokenize(comparison.report(report).text, 0))
    return known[report]


def _member_tokens(comparison: Comparison, report: str, indices: Sequence[int],
                   masks: dict[str, list[tuple[int, int]]]) -> list[Token]:
    rep = comparison.report(report)
    out: list[Token] = []
    for i in indices:
        s = comparison.sentences_of(report)[i]
        text = s.text_in(rep)
        out += tokenize(text, s.start, masks=[*masks.get(report, []),
                                              *quoted_spans(text, s.start)])
    return out


def _keys(tokens: Sequence[Token]) -> list[str]:
    """What the token diff compares: the normalised word, one key for all masked tokens."""
    return ["\0mask" if t.masked else t.norm for t in tokens]


def _matcher(x: Sequence[Token], y: Sequence[Token]) -> difflib.SequenceMatcher[str]:
    return difflib.SequenceMatcher(None, _keys(x), _keys(y), autojunk=False)


def _ratio_bound(a: Counter[str], b: Counter[str]) -> float:
    """An upper bound of the diff ratio of two token sequences (difflib's ``quick_ratio``)."""
    total = a.total() + b.total()
    if not total:
        return 1.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return 2.0 * sum(min(n, large[w]) for w, n in small.items()) / total


def _changed(x: Sequence[Token], y: Sequence[Token],
             matcher: difflib.SequenceMatcher[str] | None = None) -> dict[int, str]:
    """Start offsets of ``x``'s tokens in non-equal opcodes, mapped to ``y``'s counterpart
    (``matcher``: the one of ``x`` against ``y``, when already made)."""
    out: dict[int, str] = {}
    for op, i1, i2, j1, j2 in (matcher or _matcher(x, y)).get_opcodes():
        if op == "equal":
            continue
        words = [t.norm for t in y[j1:j2] if not t.masked]
        other = " ".join(words) if len(words) <= 4 else " ".join(words[:4]) + " …"
        for t in x[i1:i2]:
            out[t.start] = other
    return out
