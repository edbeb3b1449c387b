"""newsdiff: align several news reports of one event and flag where they disagree.

>>> from newsdiff import Report, compare, Config
>>> from newsdiff.encoders import HashingEncoder
>>> a = Report(id="a", text="Fifty-five soldiers were killed. The raid was at night.")
>>> b = Report(id="b", text="The raid was at night. Fifty-five soldiers were killed.")
>>> result = compare([a, b], encoder=HashingEncoder())
>>> [[(m.report, m.sentences) for m in g.members] for g in result.groups]
[[('a', (0,)), ('b', (1,))], [('a', (1,)), ('b', (0,))]]
"""

from newsdiff.config import Config
from newsdiff.encoders import Encoder, SentenceTransformerEncoder
from newsdiff.errors import NewsdiffError
from newsdiff.ingest import load_reports
from newsdiff.models import Comparison, Divergence, Figure, Group, Quote, Report, Sentence
from newsdiff.pipeline import compare

__all__ = [
    "Comparison",
    "Config",
    "Divergence",
    "Encoder",
    "Figure",
    "Group",
    "NewsdiffError",
    "Quote",
    "Report",
    "Sentence",
    "SentenceTransformerEncoder",
    "compare",
    "load_reports",
]
__version__ = "0.1.0"
