"""All tuning in one frozen model with documented defaults.

>>> Config().group_threshold
0.3
>>> Config(group_threshold=0.7).group_threshold
0.7
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["figure", "quote", "framing", "omission"]
ALL_KINDS: tuple[Kind, ...] = ("figure", "quote", "framing", "omission")
Granularity = Literal["fact", "event"]

# The setting with the best F1 on ECB+ topic-cluster dev pairs in
# `python -m benchmarks.alignment --sweep` (event-level gold; docs/benchmarks.md):
# adjacent pairs must beat their halves by more, and memberships average a sentence's
# best match, so sentences about one event join even when they state different facts.
EVENT_LEVEL = MappingProxyType({
    "concat_margin": 0.15, "membership_top_k": 1, "extra_membership_threshold": 0.6,
    "restatement_threshold": 0.3,
})


class Config(BaseModel):
    """Settings of a comparison.

    The alignment thresholds were chosen with ``benchmarks/alignment.py`` (ECB+
    cross-document sentence pairs and MRPC), the pair score's two overlap weights with
    ``benchmarks/heldout.py --sweep-alignment`` (fact-level gold of the held-out dev
    clusters); see ``docs/benchmarks.md`` for both sweeps.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    # Alignment.  Defaults chosen by `python -m benchmarks.alignment --sweep`: the setting
    # with the best F1 on ECB+ topic-cluster dev pairs among those that keep a pairwise
    # F1 >= 0.9 on the fact-level gold of examples/caracas-raid (docs/benchmarks.md,
    # section "alignment").  Scores mix cosine, content-word and name/number overlap; the
    # two weights of the overlaps were chosen again on 2026-12-03 by `python -m
    # benchmarks.heldout --split dev --sweep-alignment` (fact-level gold of 60 held-out dev
    # clusters): the best held-out dev F1 among the settings that keep ECB+ dev F1 within
    # 0.01 of the earlier defaults' and the examples' F1 >= 0.9 (docs/benchmarks.md).
    group_threshold: float = Field(
        default=0.3,
        ge=-1.0,
        le=1.0,
        description=(
            "Two groups merge when the mean score of their cross-report sentence pairs "
            "reaches this value (average linkage). Chosen by the ECB+ sweep "
            "(benchmarks/alignment.py)."
        ),
    )
    extra_membership_threshold: float = Field(
        default=0.4,
        ge=-1.0,
        le=1.0,
        description=(
            "A sentence already grouped also joins another group when its mean score to "
            "that group's members from other reports reaches this value (two-fact "
            "sentences). Chosen by the ECB+ sweep (benchmarks/alignment.py). Sentences that "
            "join this way count for omissions only if they share the group's words "
            "(Group.joined), so looser memberships no longer hide omissions: on 70 BASIL "
            "articles copied three times with sentences cut, omission recall is 0.971 at 0.4 "
            "(benchmarks/framing.py), and ECB+ test F1 is 0.656 at 0.4 against 0.576 at 0.6."
        ),
    )
    restatement_threshold: float | None = Field(
        default=0.5,
        ge=-1.0,
        le=1.0,
        description=(
            "A sentence also joins a group that already holds a sentence of its own report "
            "when its mean score to the group's members from other reports reaches this "
            "value (a report restating a fact, e.g. headline and lead); None: never. "
            "Chosen by the ECB+ sweep (benchmarks/alignment.py)."
        ),
    )
    membership_top_k: int = Field(
        default=0,
        ge=0,
        description=(
            "For extra and restatement memberships, average a sentence's this many best "
            "matches in the group (0: all the group's members from other reports). "
            "1-2 link more on ECB+ but merge distinct facts of the examples."
        ),
    )
    lexical_weight: float = Field(
        default=0.3,
        ge=0.0,
        le=1.0,
        description=(
            "Weight of the Dice overlap of content words (names, numbers and other words) "
            "in the pair score. Chosen with anchor_weight by the held-out sweep (benchmarks/"
            "heldout.py --sweep-alignment; 0.25 before, from the ECB+ sweep)."
        ),
    )
    anchor_weight: float = Field(
        default=0.2,
        ge=0.0,
        le=1.0,
        description=(
            "Weight of the overlap of names and numbers (numbers in words count as digits) "
            "in the pair score, when both sentences have some; the rest "
            "(1 - lexical_weight - anchor_weight) is embedding cosine similarity. Chosen with "
            "lexical_weight by the held-out sweep (benchmarks/heldout.py --sweep-alignment; "
            "0.3 before, from the ECB+ sweep)."
        ),
    )
    use_concatenations: bool = Field(
        default=True,
        description=(
            "Also embed each pair of adjacent sentences (as Bertalign does) so one report's "
            "two sentences can match another's one."
        ),
    )
    concat_margin: float = Field(
        default=0.05,
        ge=0.0,
        le=1.0,
        description=(
            "An adjacent pair links as a unit only when its score beats the best single "
            "sentence's score by this margin. Chosen by the ECB+ sweep."
        ),
    )
    consistency_weight: float = Field(
        default=0.0,
        ge=0.0,
        le=1.0,
        description=(
            "N-way consistency: weight of the other reports' evidence in a pair's score "
            "(the best bridge sentence in each third report, averaged; see "
            "newsdiff.align.consistent_scores). Off: it lowered ECB+ dev F1 and ROC-AUC "
            "in the sweep (benchmarks/alignment.py)."
        ),
    )
    dense_limit: int = Field(
        default=2_000,
        ge=0,
        description=(
            "Above this many sentences (all reports together) alignment scores only candidate "
            "pairs (each sentence's candidate_k nearest sentences of other reports) instead of "
            "every pair: memory O(n * k) instead of O(n^2). Every input the dense path took "
            "before (up to 2,000) stays exact; at 3,000 the dense path took 36 s and 607 MB, "
            "the sparse one 4 s and 51 MB (benchmarks/scaling.py)."
        ),
    )
    candidate_k: int = Field(
        default=20,
        ge=1,
        description=(
            "Sparse alignment: nearest sentences of other reports (by cosine) scored per "
            "sentence and per adjacent sentence pair. With candidate_k >= the number of "
            "sentences the groups equal the dense path's."
        ),
    )
    candidate_block: int = Field(
        default=2_000_000,
        ge=1,
        description=(
            "Sparse alignment: similarity entries computed per block (rows x n); bounds the "
            "candidate search's working memory (about 20 bytes an entry)."
        ),
    )
    kinds: tuple[Kind, ...] = Field(
        default=ALL_KINDS, description="Divergence kinds to look for."
    )
    omission_share: float = Field(
        default=0.5,
        gt=0.0,
        le=1.0,
        description="A fact stated by at least this share of reports is an omission elsewhere.",
    )
    omission_overlap: float = Field(
        default=0.4,
        ge=0.0,
        le=1.0,
        description=(
            "A report outside a group still states its fact when one or two of its sentences "
            "hold this IDF-weighted share of the group's core content words (fact-level check)."
        ),
    )
    omission_agreement: float = Field(
        default=0.2,
        ge=0.0,
        le=1.0,
        description=(
            "A group is an omission only if at least omission_share of the reports state it "
            "in sentences that share this Dice overlap of content words with another stating "
            "report's (they tell one fact, not a loose topic). On a hand-checked sample of 30 "
            "fact omissions on BASIL coverage, 0.2 removes 10 of the 20 wrong ones and none "
            "of the 10 right ones."
        ),
    )
    omission_tightness: float = Field(
        default=0.2,
        ge=0.0,
        le=1.0,
        description=(
            "A group is an omission only if its stating reports' sentences share, on "
            "average over all pairs, this IDF-weighted Dice overlap of content words (one "
            "fact, not the story's topic words). On NewsWCL50 events 0-2 (five outlets per "
            "event, 14 omission flags judged blind: benchmarks/labels/newswcl50_round1.tsv) "
            "0.2 keeps the 3 right ones and drops 7 of the 11 wrong ones, and halves the "
            "omission flags on all five events (75 to 42) with the same recall on the "
            "held-out dev clusters (0.674); 0.3 drops 10 of 11 wrong ones but costs "
            "held-out recall (0.599). Cost seen: in the examples, radio-metro no longer "
            "misses 'Cuban guards have protected Maduro for years', which the five other "
            "reports tell in paraphrases sharing few words (0.18)."
        ),
    )
    omission_restatement: float = Field(
        default=0.8,
        ge=0.0,
        le=1.0,
        description=(
            "A group member that restates other reports' sentences of a second group this "
            "nearly (IDF-weighted word share, both ways) while those reports state the group "
            "in other sentences does not state the group: one text republished with a "
            "sentence cut (0.6 and 0.8 give the same omission recall on BASIL copies)."
        ),
    )
    framing_min_loading: int = Field(
        default=2,
        ge=0,
        le=3,
        description=(
            "Loaded words (the hand-written lexicon loaded_terms.tsv) count only from this "
            "loading (1 mildly evaluative, 2 clearly emotive or evaluative, 3 judges by "
            "itself in almost any news use)."
        ),
    )
    framing_min_gap: int = Field(
        default=2,
        ge=1,
        le=3,
        description=(
            "Terms of one concept (word_choice.tsv) are a word-choice divergence only when "
            "their loadings differ by this much: 2 flags abducted (3) or rioters (2) against "
            "captured or protesters (0), not seized (1) or attack (1) against captured or "
            "strike (0); on AllSides and BASIL the one-step differences were near synonyms."
        ),
    )
    framing_diff_ratio: float = Field(
        default=0.5,
        ge=0.0,
        le=1.0,
        description=(
            "A loaded word one report inserts is compared only between sentences whose "
            "masked token sequences reach this difflib ratio (close paraphrases). On the "
            "hand-checked held-out flags of rounds 4-7, loaded words told against a ratio "
            "below 0.5 were right 1 time in 6; 0.4 before."
        ),
    )
    framing_told_share: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description=(
            "Off (None) by default. When set (0.6 was measured), a loaded word in sentences "
            "below framing_diff_ratio is still flagged when another report's sentence tells "
            "this share (and at least three) of the content words of the loaded word's "
            "clause: more recall (blind test clusters 0.300 -> 0.375), less precision (the "
            "flags it added on real coverage were right 28 times in 50, blind round 8)."
        ),
    )
    quote_match_ratio: float = Field(
        default=0.6,
        ge=0.0,
        le=1.0,
        description=(
            "Two direct quotes in different reports are the same statement when the word-level "
            "difflib ratio of their contents reaches this value (or one contains the other)."
        ),
    )
    quote_context_overlap: float = Field(
        default=0.3,
        ge=0.0,
        le=1.0,
        description=(
            "An indirect statement matches a direct quote of the same speaker outside a shared "
            "group when this share of its content words occurs in the quote's sentence."
        ),
    )
    figure_tolerance: float = Field(
        default=0.1,
        ge=0.0,
        lt=1.0,
        description=(
            "Relative width of approximate figures: 'about/around/some 40' is the interval "
            "[40*(1-t), 40*(1+t)], 'nearly 100' is [100*(1-t), 100); percentages take half "
            "of it ('about 55%' is 52.25-57.75 %, so '60 percent' disagrees)."
        ),
    )
    neighbour_threshold: float | None = Field(
        default=0.4,
        ge=-1.0,
        le=1.0,
        description=(
            "Figures of two sentences that are each other's nearest in the other report "
            "(embedding cosine at least this) are compared as if the sentences were "
            "grouped: a report that tells a fact with other numbers and louder words often "
            "falls out of the group that holds it (newsdiff/neighbours.py). None turns it off."
        ),
    )
    batch_size: int = Field(default=64, ge=1, description="Sentences per encoder batch.")
    max_report_chars: int = Field(
        default=2_000_000,
        ge=1,
        description="Reports longer than this are refused with a clear error.",
    )
    max_sentences: int = Field(
        default=8_000,
        ge=2,
        description=(
            "A comparison with more sentences than this (all reports together) is refused "
            "with a clear error. Above dense_limit alignment scores only candidate pairs "
            "(30,000 sentences align in under a minute, 230 MB peak); a whole compare of "
            "7,448 sentences took about a minute, a quarter of it sentence splitting "
            "(benchmarks/scaling.py)."
        ),
    )

    @classmethod
    def for_granularity(cls, granularity: Granularity = "fact", **overrides: Any) -> Config:
        """Settings for grouping sentences by ``"fact"`` (the defaults: sentences share a
        group when they state a common fact) or by ``"event"`` (sentences about the same
        event share a group, as ECB+ annotates it; better on ECB+, worse at telling
        facts apart).  ``overrides`` are further settings.

        >>> Config.for_granularity("event").membership_top_k
        1
        >>> Config.for_granularity("event", group_threshold=0.4).group_threshold
        0.4
        """
        if granularity not in ("fact", "event"):
            raise ValueError(f"granularity must be 'fact' or 'event', not {granularity!r}")
        preset = dict(EVENT_LEVEL) if granularity == "event" else {}
        return cls(**{**preset, **overrides})
