"""Country names and demonyms ("Cuba", "Cuban", "Cubans", "Venezuela's") -> a region code.

Country names come from Babel's CLDR territory list (English); demonyms are derived with
the regular English suffixes (-n, -an, -ian, -ese, -i, -ish) plus a short list of
irregular forms.  Used to tell "32 Cubans" from "23 Venezuelans" without a parser.

>>> nation_code("Cubans"), nation_code("Venezuela's"), nation_code("U.S."), nation_code("Maduro")
('CU', 'VE', 'US', None)
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

_IRREGULAR = {
    "us": "US", "u.s.": "US", "u.s": "US", "usa": "US", "america": "US", "american": "US",
    "americans": "US", "uk": "GB", "u.k.": "GB", "britain": "GB", "british": "GB",
    "briton": "GB", "britons": "GB", "english": "GB", "scottish": "GB", "welsh": "GB",
    "french": "FR", "frenchman": "FR", "dutch": "NL", "swiss": "CH", "spanish": "ES",
    "spaniard": "ES", "spaniards": "ES", "filipino": "PH", "filipinos": "PH",
    "greek": "GR", "greeks": "GR", "turkish": "TR", "turk": "TR", "turks": "TR",
    "turkey": "TR", "danish": "DK", "dane": "DK", "danes": "DK", "swedish": "SE",
    "swede": "SE", "swedes": "SE", "finnish": "FI", "finn": "FI", "finns": "FI",
    "polish": "PL", "pole": "PL", "poles": "PL", "norwegian": "NO", "norwegians": "NO",
    "afghan": "AF", "afghans": "AF", "peruvian": "PE", "peruvians": "PE", "saudi": "SA",
    "saudis": "SA", "emirati": "AE", "emiratis": "AE", "palestinian": "PS",
    "palestinians": "PS", "palestine": "PS", "irish": "IE", "icelandic": "IS",
    "czech": "CZ", "czechs": "CZ", "thai": "TH", "thais": "TH", "lao": "LA",
    "vietnamese": "VN", "congolese": "CD", "kurdish": "KURD", "kurd": "KURD",
    "kurds": "KURD", "soviet": "SU", "israelis": "IL", "korean": "KR", "koreans": "KR",
    "yemeni": "YE", "yemenis": "YE", "omani": "OM", "qatari": "QA", "kuwaiti": "KW",
    "bahraini": "BH", "bangladeshi": "BD", "nepali": "NP", "nepalese": "NP",
    "new zealander": "NZ", "argentine": "AR", "argentinian": "AR", "chilean": "CL",
    "malagasy": "MG", "cypriot": "CY", "maltese": "MT", "portuguese": "PT",
}
_SUFFIXES = ("", "n", "an", "ian", "ese", "i", "ish", "ean", "er")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    names = sorted(Locale("en").territories.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    for code, name in names:
        if not (isinstance(code, str) and code.isalpha() and len(code) == 2):
            continue
        base = name.lower()
        if " " in base:
            continue
        table.setdefault(base, code)
        for stem in {base, base[:-1] if base[-1] in "aeyo" else base}:
            for suffix in _SUFFIXES:
                table.setdefault(stem + suffix, code)
    table.update(_IRREGULAR)
    return table


def nation_code(word: str) -> str | None:
    """The region code a country name or demonym stands for, else None."""
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    table = _table()
    if w in table:
        return table[w]
    if w.endswith("s") and w[:-1] in table:
        return table[w[:-1]]
    return None


#: capitals and seats of power that stand for their country when they speak or act in news
#: ('Washington said', 'the Kremlin insisted')
_SEATS = {"washington": "US", "pentagon": "US", "moscow": "RU", "kremlin": "RU",
          "beijing": "CN", "tehran": "IR", "kyiv": "UA", "kiev": "UA", "pyongyang": "KP",
          "seoul": "KR", "tokyo": "JP", "london": "GB", "downing": "GB", "whitehall": "GB",
          "paris": "FR", "elysee": "FR", "berlin": "DE", "ankara": "TR", "jerusalem": "IL",
          "damascus": "SY", "baghdad": "IQ", "caracas": "VE", "havana": "CU", "riyadh": "SA",
          "cairo": "EG", "islamabad": "PK", "kabul": "AF", "ottawa": "CA", "canberra": "AU"}


def speaker_code(word: str) -> str:
    """A speaker's word with a country it stands for read as that country's code
    ('Washington' and 'US' are one speaker); other words as they are (lower case)."""
    w = word.lower().replace("\u2019", "'")
    return nation_code(w) or _SEATS.get(w) or w


#: endings that make a country's name its adjective ('Velsk' -> 'Velskan', 'Dalmarra' ->
#: 'Dalmarran', 'Kolbaria' -> 'Kolbarian', 'Taiwan' -> 'Taiwanese')
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ish")


def demonym_pair(a: str, b: str) -> bool:
    """Whether one of two lower-case words is the other with an adjective's ending, as a
    country's name and its adjective are ('velsk' and 'velskan', invented names too).

    >>> demonym_pair("velsk", "velskan"), demonym_pair("dalmarran", "dalmarra")
    (True, True)
    >>> demonym_pair("guard", "guards"), demonym_pair("velsk", "velsk")
    (False, False)
    """
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long != short and long.startswith(short) \
        and long[len(short):] in _DEMONYM_ENDINGS
