"""When two figures speak of the same quantity, and whether their values can both be true.

A figure's :class:`Key` is built from its kind, unit, predicate and subject phrase:

* nations named in the subject ("Cuban", "from Cuba and Venezuela") become a set of
  region codes; other capitalised words (parties, groups) count as groups too;
* the head noun falls into a class: ``soldiers`` (soldiers, troops, personnel, members of
  the armed forces, guards ...), ``civilians``, ``people`` (people, the dead, victims, a
  bare demonym such as "Cubans") or itself ("admirals", "countries");
* the other words of a specific head ("senior officers of the interior ministry") are kept
  as modifiers; for the broad classes they are dropped ("fallen personnel" = "soldiers").

Market figures (predicate ``change``, ``level`` or ``from``) match on their role, a head
class ("stock" for shares and stocks, "index" for an index or average) and overlapping
names (Jaccard >= 0.5: "Nasdaq" is never "Standard & Poor's"); prison terms (predicate
``sentenced``) when one side's names are a subset of the other's ("Manning" is "Chelsea
Manning", "he" is anyone).  Otherwise two keys match when kind, unit, predicate and
modifiers are equal, the head classes are
equal (or one is the generic ``people`` and the other ``soldiers`` or ``civilians``, but
never for ``took part``: a crowd of people is not the soldiers who took part in a raid) and
the nation sets are equal, or one is empty and the other names two or more nations
("55 soldiers" is the total of "Cuban and Venezuelan soldiers", never "23 Venezuelans").

>>> from newsdiff.models import Figure
>>> def fig(v, subj, q=None, low=None, high=None):
...     return Figure(report="r", sentence=0, start=0, end=1, text="x", value=v, kind="count",
...                   subject=subj, predicate="killed", qualifier=q, low=low, high=high)
>>> matches(key_of(fig(23, "Venezuelan personnel")), key_of(fig(24, "Venezuelans")))
True
>>> matches(key_of(fig(32, "Cubans")), key_of(fig(23, "Venezuelan soldiers")))
False
>>> conflict(fig(55, "soldiers", "at least", 55, None), fig(54, "soldiers"))
True
>>> conflict(fig(55, "soldiers", "about", 49.5, 60.5), fig(56, "soldiers"))
False
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from newsdiff.claims.nations import nation_code
from newsdiff.claims.numbers import MAXIMUM_QUALIFIERS, NEAR_QUALIFIERS
from newsdiff.claims.speakers import is_role
from newsdiff.claims.subjects import MARKET_ROLES, PLACE_PREPOSITIONS, TALLY
from newsdiff.models import Figure

SOLE = "*sole*"  # head of a figure compared only because each report has one of its kind
AMOUNT = "*amount*"  # head of a sentence's only amount of a currency that says what it is for
#: What an amount that says not what it is for may be compared with: sums promised or paid
#: ("has promised 3.5 million euros" vs "a fund of 2.5 million euros"), never taxes, sales,
#: profits or prices.
_PAID = {AMOUNT, "fund", "compensation", "payout", "payment", "settlement", "package", "aid",
         "pledge", "donation", "grant", "reward", "award", "damage", "bailout", "loan", "bounty",
         "ransom"}
COMPARED_KINDS = frozenset({"count", "percent", "money", "measure", "age"})
_SOLDIERS = {"soldiers", "soldier", "troops", "personnel", "servicemen", "servicemembers",
             "guards", "bodyguards", "marines", "sailors", "airmen", "military", "forces",
             "army", "militiamen", "fighters", "combatants", "police", "policemen",
             "policewomen", "cops", "officers", "members", "staff", "crew"}
#: police told by their number, officers whichever word ('an army of 300 cops' are the
#: 'some 220 officers' who raided the casino)
_POLICE_NOUNS = frozenset({"officers", "cops", "policemen", "policewomen", "police"})
_ARMED = {"forces", "army", "military", "navy", "guard", "police", "force"}
_CIVILIANS = {"civilians", "civilian", "residents", "bystanders", "villagers", "locals"}
_PEOPLE = {"people", "persons", "person", "dead", "victims", "casualties", "fatalities",
           "deaths", "killed", "bodies", "lives", "individuals", "toll", "total", "number",
           "figure", "count", "tally", "wounded", "injured", "missing", "own", "fallen",
           "citizens", "inhabitants", "turnout", "crowd", "crowds", "participants"}
#: nouns that tell a number of something else: of money, they say not what is summed
_SUMMED = frozenset({"total", "number", "figure", "count", "tally"})
_DROP = {"fallen", "dead", "killed", "wounded", "injured", "slain", "more", "other",
         "additional", "further", "armed", "and", "of", "from", "the", "its", "their",
         "military", "confirmed", "total", "overall", "reported", "official", "suspected",
         "alleged", "presumed", "possible", "foreign", "young", "local", "global", "entire",
         "whole", "worldwide",
         # how a tabloid judges what it counts: 'deadly chemicals' are the 'chemical'
         "deadly", "toxic", "lethal", "poisonous", "dangerous", "hazardous", "prized",
         "precious", "innocent", "helpless", "defenceless", "hapless", "unsuspecting",
         "filthy", "stinking", "foul", "brave", "heroic", "courageous", "plucky",
         # 'crude oil' is the oil a tabloid calls 'filthy crude'
         "crude",
         # ... and how big: the '400-metre monster ship' is the '366-metre vessel'
         "monster", "massive", "huge", "enormous", "colossal", "mammoth", "gigantic"}
_MORE = {"more", "additional", "further", "extra", "new", "other"}
#: ... and what is left of a whole ('left with 33 staff' is read 'remaining staff'): others
#: than the whole
_REMAINING = {"remaining"}
#: how the people counted feel, which says nothing of who they are ('Some 30,000 furious
#: passengers' are the 'about 21,000 passengers' affected)
_FEELINGS = frozenset({
    "furious", "angry", "irate", "frustrated", "frightened", "terrified", "scared",
    "panicked", "panicking", "desperate", "exhausted", "weary", "distraught", "grieving",
    "jubilant", "cheering", "delighted", "outraged", "worried", "anxious", "bewildered",
    "shocked", "fuming", "livid", "tearful", "relieved", "hungry", "frantic"})
#: workers named by one word with where they work ('farmworker' for 'farm workers')
_COMPOUND_WORKERS = {"farmworker": "farm", "farmhand": "farm", "steelworker": "steel",
                     "dockworker": "dock", "docker": "dock", "mineworker": "mine"}
#: Heads that name one thing in other words: the share of a workforce cut is the same
#: whether it is told of "staff", "employees" or "jobs"; a bounty is a reward.
_SAME_HEAD = {"workforce": "workforce", "staff": "workforce", "employee": "workforce",
              "worker": "workforce", "job": "workforce", "position": "workforce",
              "payroll": "workforce", "headcount": "workforce", "staffer": "workforce",
              "striker": "workforce", "labourer": "workforce", "laborer": "workforce",
              "bounty": "reward", "bountie": "reward",
              # people or things one story names in other words: 'pupils' are the
              # 'schoolchildren', the 'demonstrators' the 'protesters', the 'trawlers' the
              # 'boats'
              "student": "pupil", "schoolchildren": "pupil", "schoolchild": "pupil",
              "demonstrator": "protester", "marcher": "protester", "captive": "hostage",
              "fishermen": "crew", "fisherman": "crew", "crewmen": "crew", "crewman": "crew",
              "boat": "vessel", "ship": "vessel",
              "trawler": "vessel", "home": "house", "dwelling": "house",
              "firemen": "firefighter", "fireman": "firefighter",
              "cop": "officer", "policemen": "officer", "policewomen": "officer",
              "police": "officer",
              "gun": "firearm", "medication": "medicine",
              # the people a bank, a jail, a club or a mountain story counts
              "inmate": "prisoner", "detainee": "prisoner", "convict": "prisoner",
              "lag": "prisoner", "client": "customer", "depositor": "customer",
              "saver": "customer", "punter": "customer", "gambler": "customer",
              "supporter": "fan", "spectator": "fan", "minor": "children",
              # what a gun fires: 'about 30 shots' are the 'more than 50 rounds' (not the
              # bullets: 'fired 11 shots', 'seven bullets entered his body', 'loaded with
              # four bullets' on ECB+)
              "round": "shot",
              "mountaineer": "climber", "family": "household",
              # those who carried out an attack ('about 300 raiders', 'the attackers,
              # numbering about 300', 'a 500-strong gang', 'two gunmen')
              "raider": "attacker", "assailant": "attacker", "gunman": "attacker",
              "gunmen": "attacker", "bandit": "attacker", "gang": "attacker",
              "traveller": "passenger", "traveler": "passenger", "crude": "oil",
              "holidaymaker": "passenger",
              # one thing in a broadsheet's and a tabloid's or an agency's words ('17
              # shortcomings' vs '31 deficiencies', 'the renovation' vs 'the refurbishment',
              # '40 km of coastline' vs '55 km of shoreline', '41 million records' vs '45
              # million files', 'a 38-year sentence' vs 'a 35-year stretch', 'three getaway
              # vehicles' vs 'four getaway motors')
              "deficiency": "shortcoming", "failing": "shortcoming",
              "refurbishment": "renovation", "shoreline": "coastline", "file": "record",
              "stretch": "sentence", "stretche": "sentence", "motor": "vehicle",
              # members of a parliament
              "mp": "deputy", "mep": "deputy", "lawmaker": "deputy",
              "legislator": "deputy", "parliamentarian": "deputy"}
#: members of a parliament told by capitals, nouns all the same ('RBIs' and 'KOs' of ECB+
#: sports reports, so read, were other seasons' and other boxers' tallies)
MEMBER_TITLES = frozenset({"MP", "MEP", "MSP", "MLA", "TD"})
_MEMBERS = frozenset(f"{title}s" for title in MEMBER_TITLES)
#: two-word names of people told as one word elsewhere: 'rescue workers' are the
#: 'rescuers' ('emergency workers' may be medics or striking staff; 'police officers' are
#: left to the police's own rule), 'account holders' the bank's customers
_TWO_WORD_NAMES = {("rescue", "workers"): "rescuers", ("rescue", "personnel"): "rescuers",
                   ("account", "holders"): "customers", ("account", "holder"): "customer"}
#: ... and heads that name one sum: "a bill of 13 million crowns" is what the recount costs
_SAME_MONEY_HEAD = {"bill": "cost", "price": "cost", "tab": "cost", "deal": "contract",
                   "agreement": "contract", "overhaul": "upgrade", "renovation": "upgrade",
                   "refurbishment": "upgrade", "modernisation": "upgrade",
                   "modernization": "upgrade", "revamp": "upgrade", "liability": "debt"}
_OPEN_LOW = {"more than", "over", "above", "in excess of", "greater than", "exceeding",
             "well over", "just over", "upwards of", "passes", "passed", "tops", "topped",
             "exceeds", "exceeded", "surpasses", "surpassed"}
_OPEN_HIGH = {"fewer than", "less than", "under", "below", "just under", "nearly", "almost",
              "close to", "just short of"}


#: plurals in -ies of nouns in -ie ('movies'); the others come from -y ('lorries')
_IE_NOUNS = frozenset({"movies", "cookies", "calories", "zombies", "rookies", "brownies",
                       "hippies", "prairies", "pies", "ties", "lies", "species", "series",
                       "selfies", "budgies", "aussies", "goalies", "freebies", "smoothies"})


def singular(noun: str) -> str:
    """'lorries' -> 'lorry', 'ships' -> 'ship'; 'glass', 'series' as they are."""
    if noun.endswith("ies") and len(noun) > 4 and noun not in _IE_NOUNS:
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


@dataclass(frozen=True)
class Key:
    """What a figure measures, reduced to comparable parts."""

    kind: str
    unit: str | None
    predicate: str | None
    nations: frozenset[str]
    head: str
    mods: frozenset[str]

    @property
    def broad(self) -> bool:
        """True for the broad classes (people, soldiers, civilians) parts/totals use."""
        return self.head in {"people", "soldiers", "civilians"}


#: metric units told in several sizes, as (base unit, factor to it): '80 centimetres' and
#: 'more than a metre' are one depth, '1.2 km' and '1,200 metres' one length; miles, feet and
#: miles an hour too, read a tenth either way (:data:`_CONVERTED_SHARE`) against another
#: unit: an outlet's conversion is rounded ('10 miles' told as '16 km', '120 mph' as '195
#: km/h'), but 'seven miles' is no 'some 40 kilometres' (lorry-migrant-deaths, dev), and
#: '37,000 feet' is no '39,000 feet' (one unit, no conversion). Durations of a named
#: thing are told in hours or years ('a 72-hour strike' and 'a three-day strike', 'the
#: operation lasted 40 minutes' and 'a two-hour operation'); those of nothing named keep
#: their unit, which tells them apart where a sentence gives two ('deliberated for 40 hours
#: over four days').
_BASE_UNITS: dict[str, tuple[str, float]] = {
    "mm": ("m", 1e-3), "cm": ("m", 1e-2), "km": ("m", 1e3), "g": ("kg", 1e-3),
    "t": ("kg", 1e3), "mi": ("m", 1609.344), "ft": ("m", 0.3048), "mph": ("km/h", 1.609344),
    "min": ("h", 1 / 60), "d": ("h", 24.0), "wk": ("h", 168.0), "mo": ("yr", 1 / 12),
    "decade": ("yr", 10.0)}
#: units of another system than the metric one, whose values an outlet's conversion rounds
_IMPERIAL = frozenset({"mi", "ft", "mph"})
#: units of a length of time, which a whole number of them rounds ('nine hours' is told of
#: nine hours and ten minutes)
_TIME_UNITS = frozenset({"min", "h", "d", "wk", "mo", "yr", "decade"})
_CONVERTED_SHARE = 0.1


#: subjects that say only which way a thing is measured ('300 metres long', '5 cm wide'):
#: such measures keep their own unit, as the queue's 300 metres and the bridge's 1.2 km
#: or a crack's 5 cm and a road's 2 metres are other things
_DIMENSION_ONLY = frozenset({"long", "wide", "high", "deep", "tall", "thick", "across",
                             "broad", "away"})


def _converted(figure: Figure) -> bool:
    """A measure told in its metric base unit: one with a subject that names what is
    measured (sole measures with none keep their unit: a quake's depth of 2 km and a
    mine's 800 metres), and any in miles or feet (so that 'falling 200ft' and 'falling
    about 200 feet' are read alike whether a subject was found or not)."""
    return figure.kind == "measure" and figure.unit in _BASE_UNITS and (
        figure.unit in _IMPERIAL or (bool(figure.subject) and str(
            figure.subject).lower() not in _DIMENSION_ONLY))


def base_unit(figure: Figure) -> str | None:
    """The unit a figure is compared in: the metric base of a measure's unit ('cm' ->
    'm') when its subject names what is measured, else its own."""
    return _BASE_UNITS[figure.unit][0] if _converted(figure) and figure.unit else figure.unit


def _to_base(figure: Figure) -> float:
    """The factor from a figure's unit to :func:`base_unit`'s."""
    return _BASE_UNITS[figure.unit][1] if _converted(figure) and figure.unit else 1.0


def named_age(figure: Figure) -> bool:
    """Whether a figure is the age of a person named by name ('Renata Sollis, 71'; not 'A
    Frenchman, 45', one of a nation's people)."""
    words = person_name(figure)
    return figure.kind == "age" and bool(words) and all(w[:1].isupper() for w in words) \
        and not (len(words) == 1 and _of_a_nation(words[0]))


def _of_a_nation(word: str) -> bool:
    """'French', 'Frenchman', 'Englishwoman' (not 'Newman', a surname)."""
    stem = word.removesuffix("woman") if word.endswith("woman") else word.removesuffix("man")
    return bool(nation_code(word) or (stem != word and nation_code(stem)))


#: nouns of one person: an age set off after one is that person's ('a frail pensioner,
#: 83,'; never 'the union, 2,'); these and roles (:func:`is_person_noun`) before a given
#: name and a surname are no part of the name ('Fisherman Tomas Reiland, 45'), and they
#: tell an age of someone (:func:`~newsdiff.divergences.figures._group_ages`); a few
#: adjectives that open such a name are here too ('Heartbroken widow Mirela Sandu')
ONE_PERSON_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "child", "teenager", "pensioner", "retiree", "bride",
    "groom", "husband", "wife", "son", "daughter", "father", "grandmother", "grandfather",
    "grandson", "granddaughter", "brother", "sister", "uncle", "aunt", "nephew", "niece",
    "cousin", "suspect", "trucker", "colleague", "attendant", "fisherman", "farmer",
    "gunman", "attacker", "motorist", "cyclist", "pedestrian", "passenger", "patient",
    "survivor", "tourist", "student", "pupil", "mum", "dad", "mother-of-two",
    "father-of-two", "father-of-three", "mother-of-three", "thug", "hero", "youngster",
    "commuter", "resident", "villager", "shopkeeper", "retired", "heartbroken", "tragic",
    "schoolteacher", "granny", "grandma", "grandpa", "schoolgirl", "schoolboy",
    "stallholder", "technician", "engineer", "mechanic", "electrician", "labourer", "gran",
    "grandad", "hiker", "climber", "holidaymaker", "mastermind", "ringleader", "kingpin",
    "fraudster", "conman", "forger", "counterfeiter", "caterer", "vendor", "postman",
    "butcher", "baker", "chef", "waiter", "waitress", "cleaner", "plumber", "janitor",
    "grocer", "jeweller", "hairdresser", "fishmonger", "pharmacist", "surgeon", "zookeeper"})
# (not 'walker', 'rider', 'skipper', 'nan': given names too, 'Walker Lee Hayes'; nor 'baby',
# 'toddler', 'tot': 'A baby, 1, and her mother, 24, died' would then tell two ages of the
# dead, and the mother's would be compared with nothing: a review)
#: a parent told by the number of children ('dad-of-two', 'grandmother-of-six',
#: 'grandad-of-five', 'gran-of-three')
_PARENT_OF = re.compile(r"(?:great-)?(?:(?:grand|gran)?(?:mother|father|mum|mom|dad|ma|pa|"
                        r"mam|ny)|gran|nan|nana)-of-(?:one|two|three|four|five|six|seven|"
                        r"eight|nine|ten|\d+)")


#: words for an animal of no named kind ('the 220kg beast'), which may be any of
#: :data:`ANIMALS`
GENERIC_ANIMALS = frozenset({"animal", "beast", "creature", "predator"})
#: nouns of an animal; the weight of one is compared whatever the report calls it ('the
#: 220kg beast', 'The tiger, which weighed about 190 kilograms'), but not two kinds ('the
#: tiger, which weighs 200kg' vs 'the 60kg leopard': :func:`other_kinds`)
ANIMALS = GENERIC_ANIMALS | frozenset({
    "tiger", "tigress", "lion", "lioness",
    "leopard", "jaguar", "cheetah", "panther", "puma", "cougar", "wolf", "bear", "grizzly",
    "elephant", "rhino", "rhinoceros", "hippo", "hippopotamus", "crocodile", "alligator",
    "croc", "shark", "whale", "orca", "dolphin", "gorilla", "chimpanzee", "boar", "bison",
    "buffalo", "moose", "elk", "bull", "stallion", "horse", "python", "anaconda", "snake",
    "eagle"})


#: gases and other substances a concentration ('400 parts per million') is told of; one
#: told of none ('poison gas levels of almost 500 parts per million') may be any of them
GASES = frozenset({
    "carbon monoxide", "carbon dioxide", "hydrogen sulphide", "hydrogen sulfide", "ammonia",
    "chlorine", "methane", "nitrogen dioxide", "sulphur dioxide", "sulfur dioxide", "ozone",
    "benzene", "radon", "arsenic", "mercury", "cyanide", "nitrate", "nitrates",
    "fluoride", "phosgene", "propane", "butane", "formaldehyde", "toluene", "xylene",
    "copper", "zinc", "cadmium", "chromium", "uranium"})
CONCENTRATION = "concentration"  # what a concentration of no named gas is of


#: words for one kind of animal told otherwise ('the 180kg tigress' is 'the tiger'; 'the
#: croc', 'the python' and 'the snake')
_SAME_ANIMAL = {"tigress": "tiger", "lioness": "lion", "croc": "crocodile", "grizzly": "bear",
                "hippopotamus": "hippo", "rhinoceros": "rhino", "orca": "whale",
                "python": "snake", "anaconda": "snake", "stallion": "horse"}


def _gas(subject: str) -> str:
    """One spelling of a gas ('hydrogen sulfide' is 'hydrogen sulphide', 'nitrates'
    'nitrate')."""
    return subject.replace("sulf", "sulph").removesuffix("s")


def animal_kind(f: Figure) -> str | None:
    """The kind of animal a figure's subject names ('tiger' for 'the tigress'), 'animal'
    for a word of no kind ('the beast'), or None for no animal."""
    words = (f.subject or "").lower().split()
    if not words or words[-1] not in ANIMALS:
        return None
    return "animal" if words[-1] in GENERIC_ANIMALS else _SAME_ANIMAL.get(words[-1], words[-1])


def other_kinds(a: Figure, b: Figure) -> bool:
    """Whether two figures are of two named kinds of one class, which one key joins: the
    weights of two kinds of animal ('the tiger, which weighs 200kg' vs 'the 60kg leopard';
    'the beast' may be either, 'the tigress' is the tiger) or the concentrations of two
    gases ('ammonia levels of 300 parts per million' vs 'Chlorine ... 5 parts per
    million'; 'sulfide' is 'sulphide')."""
    wa, wb = ((f.subject or "").lower() for f in (a, b))
    if wa in GASES and wb in GASES:
        return _gas(wa) != _gas(wb)
    ka, kb = animal_kind(a), animal_kind(b)
    return ka is not None and kb is not None and "animal" not in {ka, kb} and ka != kb


def is_person_noun(word: str) -> bool:
    """Whether a lower-case word names one person ('pensioner', 'dad-of-two'), or a role
    ('driver')."""
    return word in ONE_PERSON_NOUNS or is_role(word) or _PARENT_OF.fullmatch(word) is not None


#: words that end a name and tell where its bearer is from or works ('guide Nimar Oskel
#: from the village of Teldra')
_AFTER_NAME = frozenset({"from", "of", "in", "at"})
#: words after a surname that are no name ('Marcus Webb Jr., 19')
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


#: words past which no word before a name is dropped: 'sister of victim Lena Drosz' is not
#: Lena Drosz, 'head of state agency Tarvik Water' no name (a review of the change)
_NOT_BEFORE_NAME = frozenset({"of", "for", "to", "by", "with", "at", "in", "on", "from"})


def person_name(figure: Figure) -> list[str]:
    """The words of the name an age follows, without 'Jr.' and the like or an article."""
    words = (figure.subject or "").split()
    if words and words[0] in {"A", "An", "The"}:
        words.pop(0)
    cut = next((i for i, w in enumerate(words) if w in _AFTER_NAME), len(words))
    if cut >= 2 and all(w[:1].isupper() and not is_role(w.lower())
                        for w in words[cut - 2:cut]):
        words = words[:cut]  # '41-year-old guide Nimar Oskel from the village of Teldra'
        # (not 'Chief Executive of Tarvik Water': a role, no name)
    while len(words) > 2 and words[0] not in _NOT_BEFORE_NAME and (
            is_person_noun(words[0].lower()) or (
                words[0].isalpha() and words[0].islower()
                and all(w[:1].isupper() for w in words[-2:]))):
        words.pop(0)  # 'Fisherman Tomas Reiland', 'guide Nimar Oskel', 'law student Lena
        # Drosz' (a title stays: 'Mr Weiss' is no 'Mrs Weiss'; so does a given name that is
        # also a role: 'Prince Adeyemi')
    while words and words[-1].lower() in _SUFFIXES:
        words.pop()
    return words


def other_people(a: Figure, b: Figure) -> bool:
    """Two named ages of one surname whose given names differ, neither being the start of
    the other ('Sarah Kovac, 41' vs 'Daniel Kovac, 45'; 'Wang Wei' vs 'Li Wei'; 'Elena
    Maria Kovac' vs 'Maria Kovac'; 'Ana Lucia' vs 'Ana Sofia'): two people; not 'John
    Kovac' and 'John Peter Kovac', nor 'Dorin Vasko' and 'Kardanian Dorin Vasko' (a word
    for his nation before the name)."""
    ga, gb = _given_names(person_name(a)), _given_names(person_name(b))
    if not ga or not gb:
        return False
    short, long_ = sorted((ga, gb), key=len)
    return long_[:len(short)] != short


def _given_names(name: list[str]) -> list[str]:
    """The words of a name before its surname, without a word for a nation before them
    or a title when a given name follows ('Kardanian Dorin Vasko': ['dorin']; 'Dr Ana
    Kovac': ['ana']; 'Mr Halvik': ['mr'])."""
    words = name[:-1]
    while len(words) > 1 and (nation_code(words[0]) or words[0].endswith(("ian", "ean", "ese"))
                              or words[0].lower().rstrip(".") in _NAME_TITLES):
        words = words[1:]  # one word stays: 'Julian Marek' is no 'Adrian Marek', 'Mr
        # Halvik' no 'Mira Halvik'
    return [w.lower() for w in words]


#: titles before a name ('Dr Ana Kovac' is 'Ana Kovac'; 'Mr Daniel' is no 'Mr Tomas')
_NAME_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "sir", "dame", "miss"})


def key_of(figure: Figure, *, vague: bool = False) -> Key | None:
    """The key of a figure, or None when it has nothing to compare on; with ``vague``, also
    the key of a count of people told with no event ('650,000 people'), which alone is too
    vague to compare."""
    if figure.kind not in COMPARED_KINDS:
        return None
    if figure.kind != "age" and not figure.subject:
        return None
    if figure.kind == "measure" and figure.unit in {"ppm", "ppb"}:
        # a concentration, of whatever gas (other_kinds tells two named gases apart)
        return Key(figure.kind, figure.unit, None, frozenset(), CONCENTRATION, frozenset())
    if figure.predicate in MARKET_ROLES:
        return _market_key(figure)
    if named_age(figure) and figure.subject:
        # 'Renata Sollis, 71': her age, by her surname ('Sollis, 71' is the same person),
        # whatever befell her ('the 41-year-old was shot dead' vs 'Vesk, 41, had worked')
        return Key(figure.kind, base_unit(figure), None, frozenset(),
                   person_name(figure)[-1].lower(), frozenset())
    if figure.subject == TALLY:  # votes for, not people ('tally' is a toll elsewhere)
        return Key(figure.kind, None, figure.predicate, frozenset(), "tally", frozenset())
    words = [w.lower() if w in _MEMBERS else w  # 'MPs' are deputies, no name
             for w in (figure.subject or "").replace("\u2019", "'").split()]
    if figure.kind == "percent" and "and" in words:
        words = words[:words.index("and")]  # 'about 70% of petrol and diesel' and 'three-
        # quarters of the nation's petrol': shares of one whole, named in part
    period = None  # a rate: 'homes per day' (figures._RATE_AFTER)
    if len(words) >= 3 and words[-2] == "per" and words[-1] in _PERIODS:
        period, words = words[-1], words[:-2]
    if len(words) > 2 and words[:2] == ["head", "of"]:
        words = words[2:]  # 'about 4,200 head of cattle' are '5,000 cattle'
    cut = next((i for i, w in enumerate(words) if w in {"of", "from"} and i > 0), len(words))
    head_part, tail = words[:cut], words[cut + 1:]
    nations: set[str] = set()
    lower_head: list[str] = []
    for w in head_part + tail:
        if w[:1].isupper():
            code = nation_code(w)
            nations.add(code if code else w.lower()[:5])
    owner = max((i + 1 for i, w in enumerate(head_part) if w.endswith(("'s", "s'"))),
                default=0)  # "the car giant's staff": the owner is no part of what is counted
    lower_head = [w for w in head_part[owner:] if not w[:1].isupper() and w not in {"and", "&"}]
    lower_tail = [w for w in tail if not w[:1].isupper() and w not in {"and", "&"}]
    # "11 more Corvalans": people; "30,000 furious passengers": people on board
    nouns = [w for w in lower_head if w not in _MORE and w not in _FEELINGS]
    noun = nouns[-1] if nouns else None
    one = _TWO_WORD_NAMES.get((nouns[-2], noun)) if len(nouns) > 1 and noun else None
    if one is not None:  # 'some 350 rescue workers' are the 'nearly 1,000 rescuers'
        nouns, noun, lower_head = nouns[:-2] + [one], one, lower_head[:-2] + [one]
    if noun in {"count", "counts"} and (lower_tail or noun in figure.text.lower().split()):
        # charges ('one count of first-degree murder'), no tally of people; those faced and
        # those proved are told alike ('eight counts' vs 'nine of the 11 counts he faced'),
        # so only parts of a told whole are compared ('part of counts')
        return None
    if figure.kind == "percent" and noun in {"count", "tally"}:
        return None  # 'finished second in the preliminary count with 29.1 per cent': a
        # share of votes, no share of people
    # officers who take part in an operation are its security forces ('About 400 officers
    # took part in the raids' vs 'more than 600 cops swooped')
    deployed = noun in _POLICE_NOUNS and figure.predicate == "took part"
    if figure.kind == "money" and noun in _SUMMED:
        # 'put the total at 5.1 million marks' (evaded) and 'recovered a total of 8.5
        # million marks' (paid back): a total, a figure or a number of money says not what
        # it sums; such an amount is read as one that says not what it is for
        return None
    if noun is None or noun in _PEOPLE:
        head = "people"
    elif noun in _CIVILIANS:
        head = "civilians"
    elif noun in _SOLDIERS and (noun not in {"members", "staff", "crew"} | _POLICE_NOUNS
                                or any(w in _ARMED for w in lower_tail) or deployed):
        head = "officers" if noun in _POLICE_NOUNS and not deployed else "soldiers"
    else:
        head = singular(noun)
        head = _SAME_HEAD.get(head, head)
        if figure.kind == "count" and not _MORE & set(lower_head) and (
                head in _SUSPECTS and figure.predicate in _ARRESTS):
            head = "people"  # 'three gunmen were arrested' vs 'four people are in custody'
        if figure.kind == "money":
            head = _SAME_MONEY_HEAD.get(head, head)
        if figure.kind == "measure" and head in ANIMALS and base_unit(figure) == "kg":
            head = "animal"  # 'the 220kg beast' is the tiger that 'weighed about 190 kg'
    # "11 more Corvalans" are others than those told; "60 percent of the new arrivals" is
    # a share of the arrivals all the same
    more = frozenset({"more"}) if any(
        w in _MORE | _REMAINING and not (w == "new" and figure.kind == "percent")
        for w in lower_head) else frozenset()
    mods: frozenset[str] = more
    if head not in {"people", "soldiers", "civilians"}:
        mods = more | frozenset(_SAME_MOD.get(w, w) for w in lower_head[:-1] + lower_tail
                                if w not in _DROP and w not in _MORE and w not in _FEELINGS)
        if head in _COMPOUND_WORKERS:
            # 'a third farmworker' is one of the 'two farm labourers'
            mods, head = mods | {_COMPOUND_WORKERS[head]}, "workforce"
    elif words[:1] == ["per"]:
        mods = more | {"per"}  # "per person" is a rate, not the people's total
    if period is not None:
        mods = mods | {f"per {period}"}
    if head in {"people", "soldiers", "civilians"} and figure.predicate is None \
            and figure.kind == "count" and not vague:
        return None  # "18 of them", "650,000 people": too vague to compare without an event
    predicate = figure.predicate
    if head == "attacker" and predicate == "took part":
        predicate = None  # 'about 20 gunmen took part' are the 'at least 30 attackers'
    if predicate in {"sent back", "crossed", "took part"} and head in _SENT_BACK_PEOPLE:
        head = "people"  # 'returned 96 of the migrants' vs 'at least 140 people pushed back',
        # 'Some 340 migrants have crossed' vs 'raised the number who got across to 362',
        # 'no more than 800 migrants had gathered' vs 'the number who took part'
        # (commandos who took part in a raid are soldiers, no people)
    if head == "workforce" and predicate is None and figure.subject and any(
            w.lower() == "strikers" for w in figure.subject.split()) and "hunger" not in (
            figure.subject.lower()):
        predicate = "took part"  # 'Around 2,500 strikers' are the '1,800 workers' who
        # walked out
    if predicate == "searched" and head in _SEARCHED_PLACES:
        head = "premise"  # '23 premises', 'twenty-three addresses', '23 locations searched'
    if predicate in {"seized", "captured"} and head in _TAKEN_PEOPLE:
        predicate = "arrested"  # '43 crew were detained' vs 'more than 50 fishermen seized'
    return Key(figure.kind, base_unit(figure), predicate, frozenset(nations), head, mods)


_PERIODS = frozenset({"day", "week", "month", "night", "year"})
#: words of what is counted that name one thing ('20,000 courses of antiviral medicine' and
#: '25,000 courses of antiviral medication'; not 'drugs', which a seizure's story tells of
#: narcotics: a review's made-up cases)
_SAME_MOD = {"medication": "medicine", "medications": "medicine", "medicines": "medicine"}
#: what a search of the police goes through, told in other words by each report
_SEARCHED_PLACES = frozenset({"premise", "property", "address", "addresse", "location", "site",
                              "house", "building", "office", "flat", "apartment"})
#: who is arrested after an attack or a crime: people of whom a report tells no more than
#: that they are held ('three gunmen were arrested' vs 'four people are now in custody';
#: not 'men', who may be a part: 'three men' of 'four people, including a woman')
_SUSPECTS = frozenset({"suspect", "gunmen", "gunman", "attacker", "robber",
                       "bomber", "assailant", "culprit", "perpetrator", "accomplice",
                       "raider", "hijacker", "kidnapper", "looter", "thief", "thieve",
                       # what a tabloid calls those arrested in a riot ('More than 70 thugs
                       # were dragged off in handcuffs' vs '63 people arrested')
                       "thug", "yob", "lout", "hooligan", "troublemaker", "rioter",
                       "vandal", "crook"})
_ARRESTS = frozenset({"arrested", "seized", "captured"})
#: those a state sends back where they came from, all people
_SENT_BACK_PEOPLE = frozenset({"migrant", "refugee", "national", "deportee", "foreigner",
                               "seeker", "detainee", "citizen"})  # ('asylum seekers')
#: people whom a report may say were seized or captured where another says arrested
_TAKEN_PEOPLE = frozenset({"people", "soldiers", "civilians", "officers", "crew", "men",
                           "women", "children", "suspect", "militant", "protester",
                           "hostage", "migrant", "refugee", "aide", "activist"})


_MARKET_CLASS = {"shares": "stock", "share": "stock", "stock": "stock", "stocks": "stock",
                 "index": "index", "average": "index", "industrials": "index",
                 "composite": "index"}
_MARKET_SKIP = {"futures", "contract", "contracts", "price", "prices", "benchmark", "broad",
                "broader", "and", "&"}
#: the quantity a rate is of: 'the inflation rate' is 'inflation', the jobless rate
#: 'unemployment'
_RATE_OF = {"inflation": "inflation", "unemployment": "unemployment",
            "jobless": "unemployment"}
#: words that are no names when a market subject is that one capitalised word ('Inflation
#: exploded to 9.4%': the sentence's first word)
_INDICATORS = {"inflation", "unemployment", "prices", "growth", "output", "exports",
               "imports", "wages", "rents", "sales", "profits", "revenue", "productivity",
               "pay", "salaries", "costs", "spending", "earnings", "investment"}
_NOT_NAMES = {"index", "inc", "corp", "co", "stock", "exchange", "the"}


def _market_key(figure: Figure) -> Key:
    """Key of a market figure: role, names (Jaccard-matched) and a head class ("stock" for
    shares and stocks, "index" for an index or average)."""
    words = (figure.subject or "").split()
    cut = next((i for i, w in enumerate(words)
                if (w == "of" or w in PLACE_PREPOSITIONS) and i > 0), len(words))
    names = frozenset(w.lower().removesuffix("'s").rstrip("'")[:5] for w in words
                      if w[:1].isupper() and w.lower() not in _NOT_NAMES)
    lower = [w for w in words[:cut] if not w[:1].isupper() and w not in _MARKET_SKIP]
    noun = lower[-1] if lower else ""
    if not noun and words and words[0].lower() in _INDICATORS:
        # 'Inflation exploded to 9.4%', 'Rents in Torvane have risen 34%': the sentence's
        # first word, no name
        noun = words[0].lower()
        names = names - {noun[:5]}
    if noun in {"rate", "rates"} and len(lower) > 1 and lower[-2] in _RATE_OF:
        noun = _RATE_OF[lower[-2]]  # 'the inflation rate' is 'inflation'
    head = _MARKET_CLASS.get(noun) or (noun[:-1] if noun.endswith("s") and not
                                       noun.endswith("ss") else noun)
    return Key(figure.kind, base_unit(figure), figure.predicate, names, head, frozenset())


def _market_match(a: Key, b: Key) -> bool:
    """Market keys: the same head class, and names that overlap when both give names."""
    if a.head and b.head and a.head != b.head:
        return False
    if a.nations and b.nations:
        return _similar(a.nations, b.nations)
    return bool(a.head) and a.head == b.head


def crew_as_people(key: Key | None) -> Key | None:
    """``key`` with a crew on board read as people, for a comparison that tells of no one
    else on board ('carrying 41 crew members' vs 'with 42 people on board'):
    :func:`carries_others` says when."""
    if key is None or key.head != "crew" or key.kind != "count" or "more" in key.mods or (
            key.predicate != "on board"):
        return key  # the crew killed or hurt may be some of many (a review: 9 of 9 false)
    return replace(key, head="people", mods=frozenset())


#: people a vessel or vehicle carries besides its crew
_OTHERS_ON_BOARD = re.compile(r"\b(?:passengers?|tourists?|pilgrims?|migrants?|holidaymakers?|"
                              r"travell?ers?|commuters?|visitors?|guests?|refugees?|"
                              r"students?|pupils?|children|civilians?|soldiers?|troops|"
                              r"workers?|personnel|players?|team|patients?|fishermen|"
                              r"journalists?|engineers?|scientists?|technicians?)\b",
                              re.IGNORECASE)


_ON_BOARD = re.compile(r"\b(?:aboard|on\s+board|onboard|carrying|carried|passengers?)\b",
                       re.IGNORECASE)


def carries_others(texts: Iterable[str]) -> bool:
    """Whether any of ``texts`` names people other than a crew near words of being on
    board ('39 navy personnel and three civilian engineers on board'; not 'the commuters
    who cross the bridge'): then a crew is a part of those on board."""
    for text in texts:
        for m in _OTHERS_ON_BOARD.finditer(text):
            if _ON_BOARD.search(text, max(0, m.start() - 120), m.end() + 120):
                return True
    return False


#: sums that are their own kind of money, never another sum of aligned sentences (a tax,
#: a price, takings, a fee or a fine: 'an entry fee of 70 dral' is no 'fine of 700 dral')
OWN_SUMS = frozenset({"tax", "taxe", "price", "revenue", "profit", "sale", "income", "earning",
                      "salary", "wage", "fee", "fare", "rent", "fine", "surcharge"})


def sums_apart(a: Key, b: Key) -> bool:
    """Two sums of money that name two kinds of money (:data:`OWN_SUMS`)."""
    return a.head != b.head and bool({a.head, b.head} & OWN_SUMS)


def rate(key: Key) -> frozenset[str]:
    """The period a key counts per ('per day' of '100 homes a day'), if it is a rate."""
    return frozenset(m for m in key.mods if m.startswith("per ") and m[4:] in _PERIODS)


def matches(a: Key | None, b: Key | None) -> bool:
    """Whether two keys name the same quantity (see the module docstring)."""
    if a is None or b is None:
        return False
    if (a.kind, a.unit, a.predicate, a.mods) != (b.kind, b.unit, b.predicate, b.mods):
        return False
    if a.predicate in MARKET_ROLES:
        return _market_match(a, b)
    if a.predicate == "sentenced":  # "Manning" is "Chelsea Manning"; "he" is anyone
        return a.head == b.head and (a.nations <= b.nations or b.nations <= a.nations)
    if AMOUNT in {a.head, b.head}:  # "promised 3.5 million euros" vs "a fund of 2.5 million"
        other = b.head if a.head == AMOUNT else a.head
        return a.kind == b.kind == "money" and not ({"per"} & (a.mods | b.mods)) and (
            other in _PAID)
    if a.head == SOLE or b.head == SOLE:
        return a.head == b.head and (a.kind, a.unit) == (b.kind, b.unit) and (_similar(
            a.nations, b.nations) or not (a.nations or b.nations))
    if a.head != b.head and (a.predicate == "took part" or not (
            {a.head, b.head} <= {"people", "soldiers", "civilians"}
            and "people" in {a.head, b.head})):
        return False  # a crowd of people is not the commandos who took part in a raid
    if a.nations == b.nations:
        return True
    return (not a.nations and len(b.nations) >= 2) or (not b.nations and len(a.nations) >= 2)


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    """Names of two sentences overlap enough (Jaccard >= 0.5) to speak of one thing."""
    return bool(a and b) and len(a & b) >= 0.5 * len(a | b)


def interval(figure: Figure, *, converted: bool = True, scaled: bool = True
             ) -> tuple[float, float, bool, bool] | None:
    """(low, high, low open, high open) of a numeric figure.

    Rounding widens written decimals, scaled numbers and whole percentages to the
    half-open interval they round from: "4%" is [3.5, 4.5), so 4% and 4.4% agree while 5%
    and 6% do not.  Scaled amounts may also be cut short, so they reach up to the next
    unit, by at most a tenth of the value: "$43 million" is [42.5, 44) million.  Other
    than for percentages, rounding reaches a twentieth of the value at most
    (:data:`_ROUNDED_SHARE`): "$2 million" is [1.9, 2.3) million, not $2.5 million.
    A length or speed in miles or feet widens by :data:`_CONVERTED_SHARE`, the slack of a
    conversion, unless ``converted`` is False (one compared with another in its own unit).
    With ``scaled`` False the interval stays in the written unit, not :func:`base_unit`'s
    (which only a measure whose subject is named takes: 'more than 200 millimetres of
    rain' against '140 millimetres' is 200 mm against 140 mm, not 0.2 m against 140 mm).
    """
    value = figure.value if isinstance(figure.value, (int, float)) else None
    low = figure.low if figure.low is not None else value
    high = figure.high if figure.high is not None else (
        value if figure.low is None else float("inf"))
    if figure.low is not None and figure.high is None:
        high = float("inf")
    if low is None or high is None:
        return None
    q = (figure.qualifier or "").lower()
    low_open, high_open = q in _OPEN_LOW, q in _OPEN_HIGH
    half = _rounding(figure.text)
    if not half and figure.kind == "percent" and float(low).is_integer():
        half = 0.5  # "4 percent" may be 4.4 rounded; [3.5, 4.5)
    if half and not q:
        # "$43 million" may be $43.9 million cut short as well as rounded: scaled amounts
        # reach up by another half unit, at most a tenth of the value ([42.5, 44) million);
        # plain numbers do not (55 is not 56). Rounding itself reaches a twentieth of the
        # value at most ("$2 million" is no $2.5 million rounded), but a whole percentage
        # keeps its half point (4% may be 4.4%)
        cut = min(half, 0.1 * abs(float(high))) if _SCALED.search(figure.text) else 0.0
        if figure.kind != "percent":
            half = min(half, _ROUNDED_SHARE * abs(float(high)))
        low, high, high_open = low - half, high + half + cut, True
    scale = _to_base(figure) if scaled else 1.0  # '80 centimetres' is [0.8, 0.8] metres
    if scale != 1.0 and figure.unit in _IMPERIAL and converted:
        # 'seven miles' may be '11 km' or '12 km' (not against another count of miles:
        # ``converted`` False)
        return (float(low) * scale * (1 - _CONVERTED_SHARE),
                float(high) * scale * (1 + _CONVERTED_SHARE), low_open, high_open)
    return float(low) * scale, float(high) * scale, low_open, high_open


#: the most a written value may have been rounded by, as a share of it: '$43 million' may
#: be $42.5-44 million, but '$2 million' is no rounded '$2.5 million', nor '$5 million' a
#: rounded '$4.5m'
_ROUNDED_SHARE = 0.05
_SCALED = re.compile(r"\d\s*(?:million|billion|trillion|bn|mn|tn|m|k)\b", re.I)


def _rounding(text: str) -> float:
    """Half a unit of the last written digit when the number is visibly rounded."""
    m = re.search(r"(\d+)\.(\d+)\s*(million|billion|trillion|bn|m\b|mn|tn|k\b|%|percent|"
                  r"per cent)?", text, re.I)
    if not m:
        m2 = re.search(r"(\d+)\s*(million|billion|trillion|bn|mn|tn)\b", text, re.I)
        if not m2:
            return 0.0
        scale = _SCALE[m2.group(2).lower()]
        return 0.5 * scale
    scale = _SCALE.get((m.group(3) or "").lower(), 1.0)
    return float(0.5 * 10 ** -len(m.group(2)) * scale)


_SCALE = {"million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "mn": 1e6,
          "tn": 1e12, "k": 1e3, "%": 1.0, "percent": 1.0, "per cent": 1.0, "": 1.0}


def conflict(a: Figure, b: Figure) -> bool:
    """True when the two figures' intervals cannot both hold, or when both are plain and
    written to the same precision yet differ: rounding may explain "$4.3 million" told as
    "$4 million", never "$4 million" told as "$5 million".

    >>> from newsdiff.models import Figure
    >>> def money(text, v):
    ...     return Figure(report="r", sentence=0, start=0, end=1, text=text, value=v,
    ...                   kind="money", unit="USD", low=v, high=v)
    >>> conflict(money("$4 million", 4e6), money("$5 million", 5e6))
    True
    >>> conflict(money("$4 million", 4e6), money("$4.3 million", 4.3e6))
    False
    """
    same = a.unit == b.unit  # '37,000 feet' vs '39,000 feet': no conversion between them
    # ... and in the written unit when only one of them names what it measures
    scaled = not same or _to_base(a) == _to_base(b)
    ia, ib = (interval(a, converted=not same, scaled=scaled),
              interval(b, converted=not same, scaled=scaled))
    if ia is None or ib is None:
        return False
    if a.unit != b.unit and a.unit in _TIME_UNITS and b.unit in _TIME_UNITS and (
            base_unit(a) == base_unit(b)):
        return _apart_in_coarser_unit((a, ia), (b, ib))
    if _same_precision(a, b) and a.value != b.value:
        return True
    whole = _whole_and_decimal_percent(a, b)
    if whole is not None:
        return whole
    if _maximum(a) and _maximum(b) and a.value != b.value:
        # two stated maxima of one quantity: 'hailstones of up to 6 centimetres' and 'up
        # to 5 centimetres' say different things of the largest
        return not _overlap(_as_told(a, ia), _as_told(b, ib))
    if _estimate(a) and _estimate(b) and isinstance(a.value, (int, float)) and isinstance(
            b.value, (int, float)) and a.unit == b.unit and min(a.value, b.value) >= 20 \
            and not (_IN_WORDS.search(a.text) or _IN_WORDS.search(b.text)):
        # two estimates of one quantity ('some 38,000 vehicles a day' vs 'Some 45,000
        # vehicles'): each written value must lie in the other's range, not merely the
        # ranges touch ('about 40' and 'about 44' agree); not small ones or ones in words
        # ('About 10 people' and 'About a dozen people' may be one count)
        va, vb = (float(a.value) * _to_base(a), float(b.value) * _to_base(b)) if scaled else (
            float(a.value), float(b.value))
        return not (ib[0] <= va <= ib[1] or ia[0] <= vb <= ia[1])
    if _round_at_bound(a, ia, ib) or _round_at_bound(b, ib, ia):
        return False  # 'more than 1,000 inmates' vs '1000 prisoners' in a headline
    return _below(ia, ib) or _below(ib, ia)


def _apart_in_coarser_unit(a: tuple[Figure, tuple[float, float, bool, bool]],
                           b: tuple[Figure, tuple[float, float, bool, bool]]) -> bool:
    """Two lengths of time told in other units (compared in hours or years) conflict when
    the finer one, rounded to whole units of the coarser, lies outside the coarser one's
    interval: '12 days' of protests is 'almost two weeks', 'nine days' is not 'almost
    three weeks', '48 hours' is not 'three days'. Lengths more than
    :data:`_OTHER_SPANS` apart are of a part and its whole ('a 40-minute meeting' on the
    sidelines of 'the two-day summit'), not one length told twice."""
    if far_apart(a[0], b[0], _OTHER_SPANS):
        return False
    (fine, i_fine), (coarse, i_coarse) = sorted((a, b), key=lambda x: _to_base(x[0]))
    if not (_below(i_fine, i_coarse) or _below(i_coarse, i_fine)):
        return False  # '90 minutes' is '1.5 hours' as told
    if not is_exact(coarse) and coarse.qualifier and (
            coarse.qualifier.lower() not in NEAR_QUALIFIERS | _ESTIMATES):
        return True  # a bound holds as told: '36 hours' is not 'more than two days' (an
        # estimate is told in the coarser unit's precision: '40 minutes' is 'about an hour')
    step = _to_base(coarse) * (1.0 if float(coarse.value or 0).is_integer() else 0.1)
    lo, hi = (x if x == float("inf") else math.floor(x / step + 0.5) * step
              for x in i_fine[:2])
    rounded, near = (lo, hi, False, False), (i_coarse[0], i_coarse[1], False, False)
    return _below(rounded, near) or _below(near, rounded)  # 'almost two weeks' reaches 14 days


#: how far apart (a factor) lengths of time in two units may lie and be one length (a
#: review of the change: a 40-minute raid in a five-hour operation is a part of it)
_OTHER_SPANS = 4.0


#: qualifiers of an estimate around its value (numbers._BEFORE's and _AFTER's 'approx')
_ESTIMATES = {"about", "around", "some", "approximately", "roughly", "an estimated",
              "estimated", "circa", "approx.", "an approximate", "more or less", "or so"}


#: an estimate told in words is rounder than its value ('about a dozen' may be 10)
_IN_WORDS = re.compile(r"\b(?:dozens?|score|half|hundreds?|thousands?)\b", re.IGNORECASE)


def _estimate(f: Figure) -> bool:
    """The figure is an estimate around its value ('about 40', 'some 38,000')."""
    return (f.qualifier or "").lower() in _ESTIMATES


def _maximum(f: Figure) -> bool:
    """The figure is a stated maximum ('up to 6 centimetres')."""
    return (f.qualifier or "").lower() in MAXIMUM_QUALIFIERS


def _as_told(f: Figure, i: tuple[float, float, bool, bool]) -> tuple[float, float]:
    """A maximum's own value, widened as far as its rounding reaches ('up to 6 cm' is
    [6, 6]; 'up to $2 million' reaches what '$2 million' rounds from)."""
    v = float(f.value) if isinstance(f.value, (int, float)) else i[1]
    plain = f.model_copy(update={"qualifier": None, "low": v, "high": v})
    told = interval(plain)
    return (v, v) if told is None else (told[0], told[1])


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _round_at_bound(exact: Figure, ie: tuple[float, float, bool, bool],
                    ib: tuple[float, float, bool, bool]) -> bool:
    """``exact`` is a plain round number (one significant digit, 100 or more: 1,000, 300)
    that an open bound of the other figure starts or ends at: 'more than 1,000' and '1,000'
    tell one count, the round number rounded. A round temperature is a threshold passed:
    'toiled in 45C heat' and 'regularly climb above 45C' (not 'stayed below 45C')."""
    v = ie[0]
    if ie[0] != ie[1] or exact.qualifier or not float(v).is_integer():
        return False
    if exact.unit in TEMPERATURE_UNITS:  # a threshold passed, not one stayed below
        return int(v) % 5 == 0 and ib[0] == v and ib[2]
    if exact.kind == "measure" and exact.unit in _TIME_UNITS:  # 'a nine-hour siege' that
        # lasted 'just over nine hours' (not an age: 'aged over 60' is no '60')
        return (ib[0] == v and ib[2]) or (ib[1] == v and ib[3])
    if v < 100:
        return False
    digits = len(str(int(v)))
    return int(v) % 10 ** (digits - 1) == 0 and (
        (ib[0] == v and ib[2]) or (ib[1] == v and ib[3]))


#: units of a temperature
TEMPERATURE_UNITS = frozenset({"°C", "°F"})


def _whole_and_decimal_percent(a: Figure, b: Figure) -> bool | None:
    """Whether a plain whole percentage and a plain one with decimals conflict, or None when
    the two are not such a pair: the whole one is the decimal one as written, rounded half
    up, so '4 per cent' is 4.4% told shortly but not 4.5% ('4.5 per cent' rounds to 5), and
    '5 per cent' is anything from 4.5% up to (not including) 5.5%. The decimal one is taken
    as written, not as the rounding it may itself be (4.46% rounds to both '4.5%' and '4%',
    but a report that writes '4 per cent' where others write '4.5 per cent' is what a
    fact-checker wants to see)."""
    if a.kind != "percent" or b.kind != "percent" or a.unit != b.unit or a.qualifier or (
            b.qualifier) or not (is_exact(a) and is_exact(b)):
        return None
    if not (isinstance(a.value, (int, float)) and isinstance(b.value, (int, float))):
        return None
    decimals_a, decimals_b = bool(_DECIMAL.search(a.text)), bool(_DECIMAL.search(b.text))
    if decimals_a == decimals_b:
        return None
    whole, told = (abs(float(b.value)), abs(float(a.value))) if decimals_a else (
        abs(float(a.value)), abs(float(b.value)))  # (a fall of '4.5%' is rounded as 4.5)
    if not whole.is_integer():
        return None
    return not whole - 0.5 <= told < whole + 0.5


_DECIMAL = re.compile(r"\d\.\d")


def _same_precision(a: Figure, b: Figure) -> bool:
    """Both plain amounts with a scale word, written with as many decimals and the same
    scale ("4 million" and "5 million"; not "4 million" and "4.3 million")."""
    if a.qualifier or b.qualifier or not (is_exact(a) and is_exact(b)):
        return False
    pa, pb = _precision(a.text), _precision(b.text)
    return pa is not None and pa == pb


def _precision(text: str) -> tuple[int, float] | None:
    """(decimals written, scale) of a scaled amount: '$4.35bn' -> (2, 1e9)."""
    m = _PRECISION.search(text)
    if not m:
        return None
    return len(m.group(2) or ""), _SCALE[m.group(3).lower()]


_PRECISION = re.compile(r"(\d+)(?:\.(\d+))?\s*(million|billion|trillion|bn|mn|tn)\b", re.I)


def _below(a: tuple[float, float, bool, bool], b: tuple[float, float, bool, bool]) -> bool:
    """Interval a lies wholly below interval b."""
    return a[1] < b[0] or (a[1] == b[0] and (a[3] or b[2]))


def far_apart(a: Figure, b: Figure, factor: float = 10.0) -> bool:
    """The two figures' values lie more than ``factor`` times apart (800 vs 13 million: two
    numbers, not two versions of one), or either has no interval."""
    ia, ib = interval(a), interval(b)
    return ia is None or ib is None or intervals_apart(ia, ib, factor)


def values_within(a: Figure, b: Figure, factor: float) -> bool:
    """The two figures' stated values lie within ``factor`` of each other (as written, in
    the unit they are compared in: '$1 trillion' and '$2 trillion' are twofold apart,
    whatever they may round from; 'a half-kilometre tunnel' and '412 metres' are not)."""
    va, vb = a.value, b.value
    if not isinstance(va, float) or not isinstance(vb, float) or min(va, vb) <= 0:
        return False
    va, vb = va * _to_base(a), vb * _to_base(b)
    return max(va, vb) <= factor * min(va, vb)


def intervals_apart(ia: tuple[float, float, bool, bool], ib: tuple[float, float, bool, bool],
                    factor: float = 10.0) -> bool:
    """One interval starts more than ``factor`` times above the other's end."""
    return max(ia[0], ib[0]) > factor * max(min(ia[1], ib[1]), 1e-9)


def is_exact(figure: Figure) -> bool:
    """A plain number, not a bound, approximation or range; a stated maximum that is
    itself the figure ('fines of up to €120,000': low and high both 120,000) is exact."""
    return (not figure.qualifier or _maximum(figure)) and (
        figure.value is not None and figure.high is not None and figure.low == figure.high)


