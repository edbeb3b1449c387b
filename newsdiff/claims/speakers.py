"""Speakers of quotations: words, name phrases, titles and name matching.

Rule-based and offset-preserving.  A speaker phrase is found next to an attribution
verb ("said", "claimed", "according to"); titles are stripped ("Defence Minister
Vladimir Padrino López" -> "Vladimir Padrino López"), and names are compared with
accents folded and by word containment, so "Padrino Lopez" matches the full name.

>>> strip_title("Defence Minister Vladimir Padrino López")
'Vladimir Padrino López'
>>> same_speaker("Vladimir Padrino López", "Padrino Lopez")
True
>>> same_speaker("Yvan Gil", "Vladimir Padrino Lopez")
False
>>> same_speaker("he", "Yvan Gil") is None
True
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string."""
    return frozenset(words.split())

#: Attribution verbs as they are written, in the forms news prose uses.
SPEECH_VERBS: frozenset[str] = word_set("""
said says say saying told tells tell telling added adds claimed claims claim insisted insists
admitted admits denied denies stated states declared declares announced announces warned warns
argued argues explained explains noted notes wrote writes asserted asserts alleged alleges
acknowledged acknowledges confirmed confirms maintained maintains contended contends
suggested suggests stressed stresses emphasized emphasised emphasizes emphasises recalled
recalls replied replies responded responds answered answers asked asks complained complains
charged charges boasted boasts conceded concedes countered counters cautioned cautions
predicted predicts promised promises vowed vows tweeted tweets posted posts reported reports
remarked remarks observed observes commented comments quipped quips joked jokes urged urges
lamented laments blasted blasts slammed slams concluded concludes continued continues
revealed reveals disclosed discloses estimated estimates testified testifies wondered
exclaimed shouted yelled whispered muttered repeated repeats reiterated reiterates reaffirmed
reaffirms
sobbed sobs wept weeps fumed fumes raged rages pleaded pleads cried recounted recounts sighed
""")

#: Verbs that introduce a quote before it but seldom report a whole clause
#: ("Japan branded North Korea an "outlaw nation"").
DESCRIBING_VERBS: frozenset[str] = word_set("""
called calls calling described describes describing branded brands dubbed dubs labeled
labelled labels termed terms deemed hailed hails mocked mocks exhorted exhorts touted touts
adding arguing insisting noting claiming warning writing declaring explaining
""")

#: Verbs that introduce a reported clause ("X said (that) ...").
#: verbs of a demand, reported speech only before 'that' or 'to know' ('demanded to know
#: why ...'; not 'demanded the release of ...': :mod:`newsdiff.claims.quotes`)
DEMAND_VERBS: frozenset[str] = word_set("demanded demands")
INDIRECT_VERBS: frozenset[str] = SPEECH_VERBS - word_set(
    "asked asks wondered saying telling tell say claim answered answers replied replies "
    "responded responds continued continues posted posts shouted yelled whispered muttered "
    "exclaimed quipped quips joked jokes charged charges remarks comments notes states reports "
    "claims posts answers promises observed observes predicted predicts"
) | DEMAND_VERBS

#: Words that may stand between a speaker and the verb ("Lopez also said").
_AUXILIARIES = word_set("""
has had have also later then again earlier once repeatedly previously reportedly often
has had would will could may might once recently publicly privately allegedly
still now even just
""")

#: Titles and roles; the name of a speaker follows the last of them.
TITLE_WORDS: frozenset[str] = word_set("""
minister president secretary senator sen rep representative gov governor mayor general gen
admiral adm colonel col mr mrs ms miss dr prof professor chancellor spokesman spokeswoman
spokesperson ambassador commissioner director chief judge justice king queen prince princess
pope sheikh leader chairman chairwoman chair ceo premier officer sergeant sgt lieutenant lt
captain capt commander cmdr deputy speaker candidate nominee attorney envoy advocate analyst
economist coach manager official aide adviser advisor strategist founder executive governor-elect
president-elect lawyer prosecutor sheriff inspector superintendent emir ayatollah rev father
host anchor commentator correspondent reporter editor columnist pastor bishop cardinal rabbi imam
""")

#: Lower-case roles that may stand between a speech verb and a name ("sobbed survivor Lina
#: Berg"); not titles: a capitalised "Mother" or "Pilot" may begin a name.
_LOWER_ROLES = word_set("""
survivor witness eyewitness resident passenger relative neighbour neighbor worker employee
nurse doctor firefighter activist organiser organizer protester student teacher owner driver
pilot mother father brother sister son daughter husband wife widow boss farmer campaigner
victim mum dad grandmother grandfather shopkeeper trader shopper negotiator
""")

#: Role words that a phrase such as "the minister" can refer back with.
ROLE_WORDS: frozenset[str] = TITLE_WORDS - word_set("mr mrs ms miss dr prof rev sen rep gov")


_ROLES = ROLE_WORDS | _LOWER_ROLES

#: Words that tie a role to what it belongs to ('head of', 'a spokesman for', 'chief at').
ROLE_LINKS: frozenset[str] = word_set("of for at")


def is_role(word: str) -> bool:
    """Whether a lower-case word names a role a speaker holds ('director', 'worker', 'head'
    of a body), also as part of a compound ('editor-in-chief', 'secretary-general').

    >>> is_role("secretary-general"), is_role("negotiator"), is_role("firebrand")
    (True, True, False)
    """
    return word == "head" or any(w in _ROLES for w in (word, *word.split("-")))

PRONOUNS: frozenset[str] = word_set("he she they it we i")

#: Capitalised words that start sentences but are not part of a name.
_NOT_NAME = word_set("""
the a an but and or so yet meanwhile however also in on at for of to from with by as after
before when while then there here this that these those it he she they we i his her their its
our my your you yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday
according if although though because since instead still later earlier now only even just
during despite amid under over without within throughout among against asked after
updated update correction editor watch related
""")

#: Things that can "say" something ("the ad says", "the letter said").
_SOURCE_NOUNS = word_set("""
ad letter statement report resolution book memo video campaign release post tweet study
ruling order lawsuit complaint filing survey poll website group party union committee
""")

#: Words after which a capitalised word starts a noun phrase, not a speaker.
_BEFORE_NOUN = word_set("of to for in with about on the a an his her their its our these those")
_ARTICLES = word_set("the a an")
#: words of a title that are no title alone ('Prime Minister', 'Foreign Secretary')
TITLE_PARTS = word_set("prime foreign interior home defence defense finance justice vice "
                       "chief first deputy acting state")

#: Lower-case words allowed inside a name ("Luiz Inácio Lula da Silva").
_NAME_CONNECTORS = word_set(
    "de da di do dos das del della la le van von der den bin al el y")

_TOKEN = re.compile(r"\w+(?:[\u2019'.\-]\w+)*\.?|[^\w\s]", re.UNICODE)


class Token(NamedTuple):
    """A word or punctuation mark with its offsets in the report text."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.casefold().rstrip(".")

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation of ``text[start:end]`` with offsets into ``text``.

    >>> [t.text for t in tokenize('Padrino López, the minister, said.')]
    ['Padrino', 'López', ',', 'the', 'minister', ',', 'said', '.']
    """
    end = len(text) if end is None else end
    out: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        s, e = m.start(), m.end()
        # A trailing full stop belongs to the word only for abbreviations ("Sen.", "U.S.").
        if word.endswith(".") and len(word) > 1 and not _is_abbreviation(word[:-1]):
            out.append(Token(word[:-1], s, e - 1))
            out.append(Token(".", e - 1, e))
        else:
            out.append(Token(word, s, e))
    return out


def _is_abbreviation(word: str) -> bool:
    if len(word) == 1 and word.isupper():  # an initial: "John D. Podesta"
        return True
    return "." in word or (len(word) <= 4 and word[:1].isupper() and word.casefold() in {
        "sen", "rep", "gov", "gen", "adm", "col", "mr", "mrs", "ms", "dr", "prof", "lt", "capt",
        "sgt", "cmdr", "rev", "jr", "sr", "st"})


def fold(text: str) -> str:
    """Case- and accent-folded text: ``fold("López") == "lopez"``."""
    if text.isascii():
        return text.lower()  # the same as below for ASCII, without the Unicode tables
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_POSSESSIVE = re.compile(r"['\u2019]s$")
#: an apostrophe told as a token of its own ("Nurses' Union": 'Nurses', "'", 'Union')
APOSTROPHES = frozenset({"'", "\u2019"})


def without_possessive(word: str) -> str:
    """``word`` without a possessive ending ("Lindqvist's" -> "Lindqvist")."""
    return _POSSESSIVE.sub("", word)


def name_words(name: str) -> tuple[str, ...]:
    """Folded words of a name, without titles, punctuation or possessive endings.

    >>> name_words("Padrino López's")
    ('padrino', 'lopez')
    """
    words = [without_possessive(w) for w in re.findall(r"\w+(?:['\u2019\-]\w+)*",
                                                       fold(strip_title(name)))]
    return tuple(w for w in words if w and w not in _NAME_CONNECTORS)


def strip_title(phrase: str) -> str:
    """The name in a speaker phrase, without leading titles and roles.

    >>> strip_title("US President Donald Trump")
    'Donald Trump'
    >>> strip_title("Rep. Steve King")
    'Steve King'
    >>> strip_title("retired Air Force general Lloyd Newton")
    'Lloyd Newton'
    >>> strip_title("the minister")
    'the minister'
    """
    words = phrase.split()
    cut = -1
    for i, w in enumerate(words[:-1]):
        if w.casefold().rstrip(".") in TITLE_WORDS and words[i + 1][:1].isupper():
            cut = i
    if cut >= 0 and any(w[:1].isupper() for w in words[cut + 1:]):
        return " ".join(words[cut + 1:])
    return phrase


def is_named(phrase: str | None) -> bool:
    """Whether a speaker phrase names someone (starts with a capital, not a pronoun)."""
    if not phrase:
        return False
    first = phrase.split()[0]
    return first[:1].isupper() and first.casefold() not in _NOT_NAME | PRONOUNS


def same_speaker(a: str | None, b: str | None) -> bool | None:
    """Whether two speaker phrases name the same speaker; None when it cannot be told.

    Names match when the words of one (accents folded, titles dropped) are all in the
    other: "Padrino Lopez" and "Padrino" match "Vladimir Padrino López".  Names that share
    a word but neither holds the other ("Hillary Rodham Clinton", "Bill Clinton") give None.
    """
    if a and b and not is_named(a) and not is_named(b) and a.split()[0].casefold() \
            not in PRONOUNS:
        # two descriptions ("the IMF report"): the same words are the same speaker
        return _description(a) == _description(b) or None
    if a and b and (_spells(a, b) or _spells(b, a)):
        return True  # 'TGC' and 'Tarsovian Grid Company'
    if not (is_named(a) and is_named(b)):
        return None
    assert a is not None and b is not None
    wa, wb = set(name_words(a)), set(name_words(b))
    if not wa or not wb:
        return None
    if wa <= wb or wb <= wa:
        return True
    # a shared word ('Hillary Rodham Clinton' / 'Bill Clinton'): it cannot be told here
    return None if wa & wb else False


#: an acronym as written: capitals, then capitals or digits ('CRP', 'KBC', 'TV3')
ACRONYM = r"[A-Z][A-Z0-9]{1,5}"


def _spells(acronym: str, name: str) -> bool:
    """Whether ``acronym`` (three capitals or more: 'UN' is no 'Ulla Nordberg') is the
    initials of ``name``'s capitalised words."""
    if not re.fullmatch(r"[A-Z]{3,6}", acronym):
        return False
    capitals = [w for w in name.split() if w[:1].isupper()]
    return len(capitals) >= 2 and "".join(w[0] for w in capitals) == acronym


def _description(phrase: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"\w+", fold(phrase)) if w not in {"the", "a", "an"})


def speaker_before(tokens: list[Token], verb: int) -> tuple[int, int] | None:
    """Token range ``[i, j)`` of the speaker phrase that ends just before ``tokens[verb]``.

    Skips auxiliaries ("also", "has") and an appositive between commas
    ("Padrino Lopez, the defence minister, said").
    """
    j = verb
    while j > 0 and tokens[j - 1].lower in _AUXILIARIES:
        j -= 1
    if j > 0 and tokens[j - 1].text == ",":
        named = name_after_role(tokens, j - 1)
        if named is not None:
            return named
        # an appositive: ", the defence minister," -> the phrase before it
        before = _before_appositives(tokens, j - 1)
        if before is None:
            return None
        j = before
    i = _name_start(tokens, j)
    if i < j:
        if i > 2 and tokens[i - 1].lower == "the" and tokens[i - 2].lower == "of" and (
                tokens[i - 3].is_capitalised):
            person = _name_start(tokens, i - 2)
            if i - 2 - person >= 2 and not any(
                    t.lower in TITLE_WORDS | _NOT_NAME | _HEADS or is_role(t.lower)
                    for t in tokens[person:i - 2]) and not (
                    person > 0 and tokens[person - 1].lower in _NOT_NAME):
                return person, i - 2  # "Mara Kestiv of the Progressive Alliance said" (not
                # "Lawyers for Mara Kestiv of the ...", "Acting Head of the National Bank")
        if i > 1 and tokens[i - 1].lower == "of" and tokens[i - 2].is_capitalised:
            person = _name_start(tokens, i - 1)
            if i - 1 - person >= 2:
                return person, i - 1  # "Marta Ilves of Crossroads Relief said": Marta Ilves
            if tokens[i - 2].lower in TITLE_WORDS and j - i >= 3 and not (
                    person > 0 and tokens[person - 1].lower in _BEFORE_NOUN):
                return j - 2, j  # "Minister of Local Government Ama Sefadi said" (not "A
                # spokesman for Minister of Health Ama Sefadi said": the spokesman's)
        titles = all(t.lower in TITLE_WORDS | TITLE_PARTS for t in tokens[i:j])
        if i > 0 and tokens[i - 1].lower in _BEFORE_NOUN and (
                tokens[verb].lower.endswith("s") or tokens[i - 1].lower not in _ARTICLES
                or titles):
            # "of Democratic claims": the "verb" is a noun; not "The Foreign Ministry
            # said" (an article before a name, then a verb in the past); "The Prime
            # Minister said" is a role the quote's context names: the role with its article
            # (resolved to the person the report names with it, as "the minister said")
            if titles and tokens[i - 1].lower in _ARTICLES and not tokens[
                    verb].lower.endswith("s"):
                return i - 1, j
            return None
        return i, j
    return _common_phrase_start(tokens, j)


def name_after_role(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """The name set off by commas after a role: "his lawyer, Tomas Brell, told" and "A
    lawyer for Halvic, Tomas Brell, said" (the name ends at ``tokens[comma]``)."""
    i = _name_start(tokens, comma)
    if not (0 < i < comma - 1 and tokens[i - 1].text == ","):
        return None  # a name of two words or more, itself after a comma
    roles = [t.lower for t in tokens[max(0, i - 6):i - 1] if t.is_word]
    return (i, comma) if any(is_role(w) for w in roles) else None


def _before_appositives(tokens: list[Token], comma: int) -> int | None:
    """The end of the phrase before the appositives that end at ``tokens[comma]``:
    ", the defence minister," or, after a name, ", speaking at the funerals," and
    ", mayor of Lenka, the worst-hit village," and ", VNR's chief executive," (None when
    the words before the comma are no appositive)."""
    j, taken = comma + 1, 0
    while taken < 3:
        k = j - 2
        while k >= 0 and tokens[k].text != "," and j - k < 20:
            k -= 1
        if k <= 0 or tokens[k].text != ",":
            break
        opener = tokens[k + 1]
        after_name = tokens[k - 1].is_word and tokens[k - 1].is_capitalised
        if opener.lower in {"the", "a", "an", "who"} | TITLE_WORDS and (taken == 0 or after_name):
            j, taken = k, taken + 1
        elif opener.is_word and not opener.is_capitalised and after_name:
            j, taken = k, taken + 1  # a role or a participle after a name
        elif after_name and opener.lower.endswith(("'s", "\u2019s")) and any(
                is_role(t.lower) for t in tokens[k + 2:j - 1]):
            j, taken = k, taken + 1  # ", VNR's chief executive," after a name
        else:
            break
    return j if taken else None


def speaker_after(tokens: list[Token], verb: int) -> tuple[int, int] | None:
    """Token range of the speaker phrase right after ``tokens[verb]`` ("said Padrino Lopez")."""
    i = verb + 1
    if i >= len(tokens):
        return None
    j = i
    if tokens[i].lower in PRONOUNS:
        return i, i + 1
    # "said port authority chief Elsa Norrby", "sobbed survivor Lina Berg": a lower-case
    # role before the name
    r = i
    while r < len(tokens) and r - i < 4 and tokens[r].is_word and not tokens[r].is_capitalised \
            and tokens[r].lower not in _NOT_NAME | SPEECH_VERBS | _AUXILIARIES:
        r += 1
    if r > i and r < len(tokens) and tokens[r].is_capitalised and tokens[r].lower not in \
            _NOT_NAME and (tokens[r - 1].lower in TITLE_WORDS | _LOWER_ROLES
                           or _name_after_words(tokens, i, r)):
        i = j = r
    while j < len(tokens) and (
        (tokens[j].is_word and tokens[j].is_capitalised)
        or (tokens[j].lower in TITLE_WORDS and j + 1 < len(tokens)
            and tokens[j + 1].is_capitalised)
        or (j > i and tokens[j].lower in _NAME_CONNECTORS)
        or (tokens[j].lower in {"the", "a", "an"} and j == i)
        or (j > i and tokens[j].is_word and not tokens[j].is_capitalised
            and tokens[i].lower in {"the", "a", "an"} and j - i < 5
            and tokens[j].lower not in _NOT_NAME | SPEECH_VERBS)
    ):
        j += 1
    while j > i and tokens[j - 1].lower in _NAME_CONNECTORS | {"the", "a", "an"}:
        j -= 1
    if j > i and tokens[j - 1].lower.endswith(("'s", "\u2019s")):
        return _owner_role(tokens, i, j)
    if j > i and j < len(tokens) and tokens[j].lower == "of" \
            and tokens[j - 1].lower in TITLE_WORDS:
        end = j + 1  # "said Minister of Health Anna Berg": the last two words are the name
        while end < len(tokens) and tokens[end].is_word and tokens[end].is_capitalised:
            end += 1
        if end - j - 1 >= 3:
            return end - 2, end
    if j > i and tokens[i].lower not in {"the", "a", "an"}:
        # "said Halvary provincial governor Marta Sevrin": a place, then a lower-case role
        # and the name
        r = j
        while r < len(tokens) and r - j < 3 and tokens[r].is_word \
                and not tokens[r].is_capitalised and tokens[r].lower in _ROLE_WORDS_BEFORE:
            r += 1
        end = r
        while end < len(tokens) and tokens[end].is_word and tokens[end].is_capitalised:
            end += 1
        if r > j and tokens[r - 1].lower in TITLE_WORDS | _LOWER_ROLES and end - r >= 2 \
                and not tokens[end - 1].lower.endswith(("'s", "\u2019s")):
            return r, end  # (not "... Marta Sevrin's spokesman, Ivo Dremmel")
    return (i, j) if j > i else None


def _name_after_words(tokens: list[Token], i: int, r: int) -> bool:
    """Lower-case words ``tokens[i:r]`` before a name of two capitalised words or more that
    ends the phrase ('said firebrand opposition MP Jonas Brell'): a role and the speaker's
    name; not one of a kind or a place ('asked one furious Marsh End mum', 'said another
    leading Supreme Court advocate', 'asked one grieving father outside Mersk General
    Hospital'), a possessive ('suggested business mogul Donald Trump's refusal') or a title
    ending the run ('said former Pennsylvania Gov. and ...')."""
    if any(t.lower in _ONE_OF_A_KIND or t.lower.endswith("ing") for t in tokens[i:r]):
        return False  # ('said doctors treating Anna Holt', 'rescuers who pulled Anna Holt')
    end = r
    while end < len(tokens) and tokens[end].is_word and tokens[end].is_capitalised:
        end += 1
    last = tokens[end - 1].lower
    return end - r >= 2 and not last.endswith(("'s", "\u2019s")) and last.rstrip(".") not in \
        TITLE_WORDS and not (
            end < len(tokens) and tokens[end].is_word and not tokens[end].is_capitalised
            and tokens[end].lower not in _NOT_NAME)


#: words of an office held 'of the' body named after them ('Acting Head of the National
#: Bank', 'Honorary Consul of the Kestrian Republic'): no name
_HEADS = frozenset({"head", "consul", "chair", "chairwoman", "chairperson", "dean", "rector",
                    "provost", "warden", "governor", "acting", "honorary", "interim"})

#: words before a name that make it one of a kind, a place or someone else than the speaker
#: (articles, 'that', 'against' and the like already end the run of lower-case words:
#: :data:`_NOT_NAME`)
_ONE_OF_A_KIND = frozenset({"one", "another", "outside", "inside", "near", "behind", "beside",
                            "across", "local", "fellow", "who", "whom", "which", "around",
                            "toward", "towards", "including", "like", "about", "beyond", "past",
                            "via"})

#: lower-case words of a role between a place and a name ('provincial governor', 'police
#: chief', 'health minister')
_ROLE_WORDS_BEFORE = TITLE_WORDS | _LOWER_ROLES | word_set(
    "provincial regional district county state city municipal police fire health finance "
    "foreign interior defence defense deputy vice assistant local town village tribal")


def _owner_role(tokens: list[Token], i: int, j: int) -> tuple[int, int]:
    """After a possessive ("said Korvasin's mayor, Ivo Dremmel"): the name after the role
    when one follows, else the owner and the role ("Korvasin's mayor")."""
    r = j
    while r < len(tokens) and r - j < 3 and tokens[r].is_word and not tokens[r].is_capitalised \
            and tokens[r].lower not in _NOT_ROLE:
        r += 1
    if r == j:
        return i, j
    k = r + 1 if r < len(tokens) and tokens[r].text == "," else r
    end = k
    while end < len(tokens) and tokens[end].is_word and tokens[end].is_capitalised:
        end += 1
    return (k, end) if end - k >= 2 else (i, r)


#: words that end a role after a possessive ("said Korvasin's mayor on Tuesday")
_NOT_ROLE = frozenset({"on", "at", "to", "in", "for", "with", "from", "by", "of", "and", "but",
                       "as", "after", "before", "during", "when", "while", "who", "that",
                       "which", "told", "said", "says", "adding", "yesterday", "today"})


def _name_start(tokens: list[Token], j: int) -> int:
    """Start of the run of capitalised words (with connectors) ending at ``j``."""
    i = j
    while i > 0:
        t = tokens[i - 1]
        connector = (t.lower in _NAME_CONNECTORS and i < j and i - 1 > 0
                     and tokens[i - 2].is_capitalised) or (
            t.text in APOSTROPHES and i < j and i - 1 > 0 and tokens[i - 2].is_capitalised
            and tokens[i - 2].lower.endswith("s"))  # "The Kestrian Nurses' Union said"
        if (t.is_word and t.is_capitalised) or connector:
            i -= 1
        else:
            break
    while i < j and tokens[i].lower in _NOT_NAME:
        i += 1
    return i


def _common_phrase_start(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """A lower-case speaker phrase ending at ``j``: "he", "the minister", "officials"."""
    if j == 0:
        return None
    if tokens[j - 1].lower in PRONOUNS:
        return j - 1, j
    i = j
    while i > 0 and j - i < 6:
        t = tokens[i - 1]
        if not t.is_word or t.lower in {"that", "which", "who", "and", "but", "while", "as",
                                         "when", "because", "if", "so", "is", "was", "are",
                                         "were", "be", "been", "has", "have", "had"}:
            break
        if t.lower in SPEECH_VERBS:
            break
        i -= 1
        if t.lower in {"the", "a", "an", "some", "many", "two", "both", "several"}:
            break
    if i == j:
        return None
    head = tokens[j - 1].lower
    plausible = head in ROLE_WORDS | _SOURCE_NOUNS or (len(head) > 3 and head.endswith(
        ("s", "ment", "ry", "ce", "ity"))) or any(
        t.is_capitalised and t.lower not in _NOT_NAME for t in tokens[i:j])
    return (i, j) if plausible else None
