"""Blind held-out clusters: newsdiff against gold written without knowledge of its rules.

Run: ``.venv/bin/python -m benchmarks.heldout [--model default] [--no-write]``.

Each folder ``benchmarks/heldout/<slug>/`` holds five reports (seven in the newest
three hundred and ninety-two) of one invented event, and ``<slug>.gold.json`` beside it the
gold, both written by a helper who was told not to read newsdiff's code, tests, examples or
benchmarks and not to run it (see the commit messages; the latest brief is in
``benchmarks/heldout_brief/``).
No rule or threshold was changed after looking at these clusters' results, unless the
section in ``docs/benchmarks.md`` says so.

The gold (format in the helpers' brief, kept in the docstring of :func:`load_gold`):

* ``facts``: every sentence of every report under one or more fact names, found by a
  needle substring.  **Alignment**: all pairs of sentences of two different reports; a
  pair is gold-positive when the two share a fact, predicted when they share a group;
  pairwise precision, recall and F1 (the fact-level measure of ``benchmarks/alignment.py``).
  The "link all" baseline (every pair predicted) is shown for scale.
* **Omissions** are derived from the facts with newsdiff's own rule of what an omission
  is: a fact stated by at least ``Config.omission_share`` of the reports (and not all) is
  missing from the others.  A predicted (omission, missing report) is right when one of
  its evidence sentences states a gold fact that the report really lacks.
* ``divergences`` (figure, quote, framing): each with exact spans in the reports.  A flag
  matches a gold entry when its kind is the same and its evidence sentences hold the gold
  spans in at least two of the entry's reports (one for a one-report ``internal`` entry),
  or in one of them with the same subkind; figure and framing flags must also overlap the
  gold words themselves in at least one report (quotes: the gold may mark the speaker).
  A report's weekday flagged as wrong for its date matches an entry whose span there
  holds the weekday, whatever the entry's subkind (writers plant it as ``internal`` or as
  ``value``).
  Recall: gold entries matched.  Subkind agreement is shown for the matched ones.
* ``agreements``: traps (the same number written differently, neutral synonyms, different
  things counted).  A flag of the trap's kind whose evidence overlaps two of its spans and
  matches no gold entry is a certain false flag.

Precision: flags that match gold, over all flags of the kind.  The gold lists what the
writer planted and noticed, so a flag that matches nothing may still be right: such flags
are listed for reading and both bounds are given (lower: counted wrong; upper: counted
right, minus the trap hits).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks._common import ROOT, machine, markdown_table, write_section
from newsdiff import Comparison, Config, compare, load_reports
from newsdiff.cache import EmbeddingCache
from newsdiff.encoders import Encoder, encoder_for
from newsdiff.models import Divergence

HELDOUT = ROOT / "benchmarks" / "heldout"
#: Clusters whose errors have been read and may have shaped rules since their blind run;
#: every other cluster is test data, run blind (``--split test``).
DEV = ("ferry-sinking", "plant-blast", "capital-protest", "factory-layoffs", "quake-relief",
       "border-raid", "dam-flood", "election-count", "airport-crash", "hostage-release",
       "tower-collapse", "cholera-outbreak", "migrant-boat", "rate-hike", "bus-crash",
       "trade-deal", "avalanche-resort", "census-results", "hospital-fire", "school-poisoning",
       "drought-rationing", "fishing-dispute", "stock-crash", "wage-protest",
       "bank-robbery", "corruption-arrest", "pension-reform", "tanker-collision",
       "helicopter-crash", "inflation-figures", "oil-spill", "refugee-influx",
       "ceasefire-talks", "fuel-protest", "tram-crash", "tunnel-fire",
       "housing-protest", "mining-tax", "prison-riot", "snowstorm-chaos",
       "army-mutiny", "currency-devaluation", "journalist-kidnapping", "nuclear-leak",
       "airport-drone-closure", "flash-flood-campsite", "governor-dismissal", "ship-piracy",
       "diplomat-expulsions", "doping-ban", "methanol-poisoning", "opposition-arrest",
       "bank-collapse", "food-price-riots", "prison-hunger-strike", "sinkhole-collapse",
       "avian-flu-cull", "bridge-bombing", "garment-factory-fire", "naval-standoff",
       "drug-smuggling-bust", "gold-reserve-theft", "hospital-power-failure",
       "protest-camp-raid", "airshow-crash", "emergency-landing", "hotel-collapse",
       "toll-road-protest", "crypto-exchange-hack", "hailstorm-crops", "parliament-brawl",
       "train-collision", "embassy-bombing", "grain-silo-explosion", "mayor-impeachment",
       "submarine-missing", "cattle-disease-outbreak", "parliament-dissolved",
       "river-barge-collision", "rocket-attack-city", "heatwave-power-cuts",
       "vehicle-ramming-market", "war-crimes-verdict", "water-treaty-dispute",
       "glacier-collapse", "hospital-shooting", "lithium-mine-protest", "mass-grave-exhumation",
       "hostage-rescue-raid", "match-fixing-scandal", "prisoner-swap", "rocket-launch-failure",
       "construction-worker-deaths", "fireworks-warehouse-explosion", "general-strike",
       "space-debris-impact", "dengue-outbreak", "famine-declaration", "lorry-migrant-deaths",
       "missile-test", "cargo-ship-grounding", "chemical-weapons-allegation",
       "deportation-flights", "kidnapped-tourists", "no-confidence-vote",
       "snap-election-called", "wedding-food-poisoning", "wildlife-smuggling-seizure",
       "bridge-cracks-closure", "tv-station-shutdown", "whale-stranding", "youth-curfew-riots",
       "police-chief-sacked", "stadium-roof-collapse", "truck-bomb-checkpoint",
       "undersea-cable-outage", "casino-police-raid", "dock-crane-collapse",
       "minister-plane-missing", "prisoner-convoy-ambush", "gold-mine-collapse",
       "landfill-collapse", "motorcade-attack", "police-beating-video", "ferry-fire",
       "spy-balloon-shootdown", "school-quake-collapse", "journalist-jailed",
       "voter-roll-purge", "quarry-landslide", "air-traffic-control-failure",
       "leader-health-scare", "fishing-trawler-missing", "hostel-carbon-monoxide",
       "water-main-burst", "vote-recount-dispute", "coastal-storm-surge", "foiled-bomb-plot",
       "neonatal-ward-infection", "bus-drivers-lockout", "border-crossing-stampede",
       "chairlift-collapse", "army-helicopter-shootdown", "medical-records-leak",
       "wind-turbine-collapse", "sewage-spill-beaches", "election-cyberattack",
       "carnival-float-crash", "presidential-palace-shooting", "vaccine-trial-deaths",
       "customs-strike-queues", "ship-bridge-strike", "minibus-river-plunge",
       "fishing-quota-cut", "minister-expenses-scandal", "rail-strike", "grain-ship-seizure",
       "fertiliser-plant-fire", "aid-convoy-attack", "avalanche-climbers", "cathedral-fire",
       "fishermen-detained", "hydrogen-truck-explosion", "opposition-rally-ban",
       "armoured-van-robbery", "baby-formula-contamination", "bank-laundering-fine",
       "runway-near-miss", "child-labour-raid", "dormitory-fire", "insider-trading-charges",
       "peacekeepers-killed", "cocoa-price-crash", "emergency-powers-vote",
       "sugar-mill-boiler-blast", "tourist-bus-ambush", "footballer-tax-trial",
       "toxic-algae-lake", "fairground-ride-accident", "scaffolding-collapse",
       "river-ferry-capsize", "border-tunnel-discovery", "oil-rigs-evacuated",
       "solar-farm-fire", "bear-attack-hikers", "cycling-race-crash", "cruise-ship-adrift",
       "mayoral-runoff-result", "counterfeit-banknote-seizure", "tanker-train-derailment",
       "diplomat-plane-forced-landing", "island-wildfire-evacuation",
       "university-lab-explosion", "cattle-raid-killings", "refinery-strike-rationing",
       "housing-developer-collapse", "border-fence-breach", "textile-mill-strike",
       "train-hostage-crisis", "illegal-logging-fine", "mountain-bus-plunge",
       "heat-dome-crop-failure", "gas-price-cap", "airliner-turbulence-injuries",
       "stock-exchange-glitch", "rooftop-bar-collapse", "budget-airline-fine",
       "bird-flu-human-cases", "grid-rationing-schedule", "subway-stabbing",
       "taxi-drivers-strike", "crop-insurance-fraud", "opposition-leader-poisoned",
       "mosque-roof-collapse", "gas-pipeline-deal", "riverbank-erosion-homes",
       "central-bank-gold-sale", "aid-ship-blockade", "migrant-camp-clearance",
       "drinking-water-contamination", "warehouse-roof-collapse", "sleeper-train-fire",
       "election-turnout-dispute", "fuel-subsidy-cut", "concert-crowd-crush",
       "bread-price-rise", "verdict-riot", "minister-car-crash", "snowstorm-motorway-stranded",
       "ferry-port-strike", "stadium-bomb-threat", "refinery-explosion-leak",
       "pilgrim-bus-crash", "hospital-oxygen-shortage", "tea-estate-landslide",
       "election-office-arson", "acquittal-protest", "pier-collapse-festival",
       "power-station-strike", "pipeline-theft-blast", "pool-chlorine-leak",
       "candidate-rally-shooting", "level-crossing-crash", "university-strike-exams",
       "election-debate-walkout", "festival-food-poisoning", "heatwave-water-cuts",
       "zoo-tiger-escape", "border-closure-truck-queues", "cinema-balcony-collapse",
       "diamond-mine-strike", "sports-hall-fire")

#: The code before any rule was drawn from these clusters (commit 3c1e924, the same as the
#: session's start c26ba31 in newsdiff/), scored by this version of the script: the
#: baseline of each split, so later runs can be read against it.
BASELINE = {
    "dev": """Baseline, the code before these clusters were read (3c1e924), scored the same way:
on ferry-sinking and plant-blast, alignment F1 0.734 (P 0.859 / R 0.641); figure recall
0.615 (8/13), precision 1.000; quote recall 0.250 (2/8), precision 1.000; framing recall
0.333 (5/15), precision bounds 0.385-1.000; omissions recall 0.605 (23/38), precision 0.864.
On capital-protest, factory-layoffs and quake-relief (test clusters until 2026-11-30):
alignment F1 0.784 (P 0.832 / R 0.741); figure recall 0.737 (14/19), precision 1.000; quote
recall 0.750 (9/12), precision 0.818-0.909; framing recall 0.407 (11/27), precision bounds
0.524-1.000; omissions recall 0.535 (23/43), precision 0.769. border-raid, written blind
with the test clusters of 2026-11-30, became dev after its second run (see the test split's
text).""",
    "test": """Baseline, the code of the session's start (fe76fc1), before these clusters were
written, scored the same way on bribery-verdict and rail-derailment: alignment F1 0.836
(P 0.832 / R 0.840); figure recall 0.700 (7/10), precision bounds 0.875-1.000; quote recall
1.000 (9/9), precision 0.923-1.000; framing recall 0.269 (7/26), precision bounds
0.875-1.000; omissions recall 0.733 (33/45), precision 0.806. On all three new clusters
(with border-raid) the first blind run, at ea5ee6b, gave the same numbers as fe76fc1.

Four clusters written blind on 2026-12-01 by two more helpers (dam-flood, pharma-recall,
election-count, mine-rescue; commit f6c927e) were first run with the code of that session's
start (1498437): dam-flood and election-count then became dev (their errors were read and
rules drawn from them); pharma-recall and mine-rescue stay test. The blind first run at
1498437 on the test split as it is now (bribery-verdict, rail-derailment, pharma-recall,
mine-rescue): alignment F1 0.719 (P 0.726 / R 0.713); figure recall 0.385 (10/26), precision
bounds 0.750-0.917; quote recall 0.950 (19/20), precision 0.917-1.000; framing recall 0.295
(13/44), precision bounds 0.929-1.000; omissions recall 0.690 (49/71), precision 0.737. On
the two new dev clusters the same run found 5 of their 16 figure entries.

Five more clusters written blind on 2026-12-01 (eighth session) by three helpers:
airport-crash, hostage-release, heatwave-deaths, budget-vote and caracas-real (the seed
article's event told by five invented outlets, with the disagreements real coverage had;
18-30 sentences a report in the last three). First run, blind (`--only ... --blind`), with
the code of the session's start (f32f343): on the three that stay test (heatwave-deaths,
budget-vote, caracas-real) alignment F1 0.762 (P 0.726 / R 0.803); figure recall 0.471
(8/17), precision bounds 0.667-1.000; quote recall 0.923 (12/13), precision 0.917; framing
recall 0.250 (10/40), precision bounds 0.917-1.000; omissions recall 0.750 (60/80),
precision 0.791. airport-crash and hostage-release then became dev (same run: alignment F1
0.770, figure recall 0.600 (6/10) with precision 0.714, quote 0.667 (6/9), framing 0.227
(5/22), omissions recall 0.833, precision 0.867).

Three more written blind on 2026-12-01 (ninth session) by three helpers, in the style of
long real coverage (17-22 sentences a report, background, a report of the next day):
stadium-crush, bank-outage and wildfire-town. First run, blind, with the code of the
session's start (8e52376) and again at 2fbf5da (the same numbers): alignment F1 0.783
(P 0.785 / R 0.782); figure recall 0.765 (13/17), precision 1.000; quote recall 0.846
(11/13), precision bounds 0.733-0.933; framing recall 0.256 (10/39), precision bounds
0.889-1.000; omissions recall 0.686 (59/86), precision 0.776. All three stay test.

Four more written blind on 2026-12-01 (tenth session) by four helpers, same style:
tower-collapse, cholera-outbreak, prison-escape and port-strike. First run, blind, with the
code of the session's start (e8e61c2), on the two that stay test (prison-escape,
port-strike; chosen by random.Random(1010)): alignment F1 0.791 (P 0.820 / R 0.765); figure
recall 0.429 (6/14), precision bounds 0.714-1.000; quote recall 0.750 (6/8), precision
0.889-1.000; framing recall 0.300 (6/20), precision 1.000; omissions recall 0.612 (30/49),
precision 0.788. tower-collapse and cholera-outbreak then became dev (same run: alignment
F1 0.801, figure recall 0.692 (9/13), quote 0.750 (6/8), framing 0.550 (11/20), omissions
recall 0.627, precision 0.909).

Four more written blind on 2026-12-01 (eleventh session) by four helpers, same style:
chemical-spill, cyclone-landfall, migrant-boat and rate-hike. First run, blind, with the
code of the session's start (11fa047), on the two that stay test (chemical-spill,
cyclone-landfall; chosen by random.Random(1111)): alignment F1 0.794 (P 0.816 / R 0.773);
figure recall 0.429 (6/14), precision bounds 0.800-1.000; quote recall 0.875 (7/8),
precision 1.000; framing recall 0.200 (4/20), precision 1.000; omissions recall 0.739
(34/46), precision 0.633. migrant-boat and rate-hike then became dev (same run: alignment
F1 0.706, figure recall 0.538 (7/13), precision bounds 0.700-1.000, quote 0.875 (7/8),
framing 0.450 (9/20), omissions recall 0.733, precision 0.757).

Four more written blind later that session by four helpers: bus-crash, coup-attempt,
data-breach and trade-deal. First run, blind, with the code of the session's start
(11fa047) and with c84e092 (after that session's figure rules): the same numbers but two
fewer figure flags outside the gold at c84e092. On the two that stay test (coup-attempt,
data-breach; random.Random(1212)): alignment F1 0.736 (P 0.711 / R 0.764); figure recall
0.462 (6/13), precision bounds 0.600-1.000 (0.750-1.000 at c84e092); quote recall 0.875
(7/8), precision 1.000; framing recall 0.294 (5/17), precision 1.000; omissions recall
0.588 (20/34), precision 0.600. bus-crash and trade-deal then became dev (same runs:
alignment F1 0.785, figure recall 0.429 (6/14), quote 0.875 (7/8), framing 0.250 (5/20),
omissions recall 0.746, precision 0.786).

Eight more written blind on 2026-12-01 (twelfth session) by eight helpers from the same
brief: avalanche-resort, census-results, hospital-fire, school-poisoning, airline-collapse,
embassy-siege, landslide-village and teachers-strike; split by random.Random(1313) before
any was run. First run, blind, with the code of the session's start (3d133d0), on the four
that stay test (airline-collapse, embassy-siege, landslide-village, teachers-strike):
alignment F1 0.700 (P 0.746 / R 0.659); figure recall 0.556 (15/27), precision bounds
0.696-0.957; quote recall 0.938 (15/16), precision 1.000; framing recall 0.325 (13/40),
precision bounds 0.923-1.000; omissions recall 0.713 (77/108), precision 0.756. The four
that became dev (same run): alignment F1 0.725 (P 0.720 / R 0.730), figure recall 0.667
(18/27), precision bounds 0.810-1.000, quote 0.938 (15/16), framing 0.359 (14/39),
omissions recall 0.676, precision 0.764. (The writers' closing summaries of the test
clusters, which list what they planted, reached the session; no error list was read. One
rule of that session took its example from such a summary: people of different kinds
listed with one event above the report's toll, '14 adults and 11 children died' against
23, planted in landslide-village; the test split read 76 of 128 figure entries before that
rule and after it, so landslide-village stays test.)

Eight more written blind on 2026-12-01 (fourteenth session) by eight helpers from the same
brief: bridge-collapse, museum-heist, refinery-fire, satellite-failure, drought-rationing,
fishing-dispute, stock-crash and wage-protest; split by random.Random(1414) before any was
run. First run, blind, with the code of the session's start (cc02246), on the four that
stay test (bridge-collapse, museum-heist, refinery-fire, satellite-failure): alignment F1
0.732 (P 0.781 / R 0.689); figure recall 0.643 (18/28), precision bounds 0.773-0.955 (one
flag on a trap); quote recall 0.812 (13/16), precision bounds 0.812-1.000; framing recall
0.300 (12/40), precision 1.000; omissions recall 0.643 (81/126), precision 0.756. The four
that became dev (same run): alignment F1 0.773 (P 0.752 / R 0.794), figure recall 0.615
(16/26), precision bounds 0.607-0.893 (three flags on traps), quote 0.875 (14/16), framing
0.205 (8/39), omissions recall 0.736, precision 0.822. (The writers' closing summaries,
which list what they planted, reached the session again; no error list of a test cluster
was read.)

Eight more written blind later that session (fourteenth) by eight helpers from the same
brief: apartment-fire, locust-swarm, power-blackout, toxic-smog, bank-robbery,
corruption-arrest, pension-reform and tanker-collision; split by random.Random(1515) before
any was run. First run, blind, at e39ff10 (after that session's first figure rules), on the
four that stay test (apartment-fire, locust-swarm, power-blackout, toxic-smog): alignment
F1 0.745 (P 0.827 / R 0.678); figure recall 0.423 (11/26), precision bounds 0.706-0.941
(one flag on a trap); quote recall 0.875 (14/16), precision 1.000; framing recall 0.263
(10/38), precision 1.000; omissions recall 0.683 (95/139), precision 0.835. The four that
became dev (same run): alignment F1 0.740 (P 0.732 / R 0.747), figure recall 0.643
(18/28), precision bounds 0.750-1.000, quote 0.938 (15/16), framing 0.275 (11/40),
omissions recall 0.636, precision 0.806.

Eight more written blind on 2026-12-01 (fifteenth session) by eight helpers from the same
brief: cable-car-accident, measles-outbreak, volcano-eruption, water-contamination,
helicopter-crash, inflation-figures, oil-spill and refugee-influx; split by
random.Random(1616) before any was run. First run, blind, with the code of the session's
start (def5bb8), on the four that stay test (cable-car-accident, measles-outbreak,
volcano-eruption, water-contamination): alignment F1 0.757 (P 0.803 / R 0.716); figure
recall 0.893 (25/28), precision bounds 0.784-0.973 (one flag on a trap); quote recall 0.875
(14/16), precision bounds 0.933-1.000; framing recall 0.333 (13/39), precision 1.000;
omissions recall 0.709 (73/103), precision 0.831. The four that became dev (same run):
alignment F1 0.726 (P 0.727 / R 0.726), figure recall 0.462 (12/26), precision bounds
0.800-1.000, quote 1.000 (16/16), framing 0.282 (11/39), omissions recall 0.644, precision
0.793. (The writers' closing summaries, which list what they planted, reached the session
again; no error list of a test cluster was read.)

Eight more written blind on 2026-12-02 (sixteenth session) by eight helpers from the same
brief, told this time to reply with one line only (what they planted did not reach the
session): arms-seizure, ceasefire-talks, doctors-strike, fuel-protest, minister-resigns,
police-shooting, tram-crash and tunnel-fire; split by random.Random(1717) before any was
run. First run, blind, with the code of the session's start (ade0df3, newsdiff/ unchanged
at 9bef7bd), on the four that stay test (arms-seizure, doctors-strike, minister-resigns,
police-shooting): alignment F1 0.682 (P 0.652 / R 0.715); figure recall 0.480 (12/25),
precision bounds 0.750-0.950 (one flag on a trap); quote recall 0.688 (11/16), precision
bounds 0.750-1.000; framing recall 0.256 (10/39), precision 1.000; omissions recall 0.620
(62/100), precision 0.750. The four that became dev (same run): alignment F1 0.686 (P 0.672
/ R 0.702), figure recall 0.840 (21/25), precision bounds 0.769-0.962 (one flag on a trap),
quote 0.812 (13/16), framing 0.297 (11/37), omissions recall 0.630, precision 0.811.

Eight more written blind on 2026-12-02 (eighteenth session) by eight helpers from the same
brief: bus-hijacking, fraud-trial, housing-protest, market-fire, mining-tax,
pipeline-explosion, prison-riot and snowstorm-chaos; split by random.Random(1818) before any
was run (the writers' closing summaries, which list what they planted, reached the session;
no error list of a test cluster was read). First run, blind, at 8cc9b38, on the four that
stay test (bus-hijacking, fraud-trial, market-fire, pipeline-explosion): alignment F1 0.709
(P 0.727 / R 0.692); figure recall 0.769 (20/26), precision bounds 0.867-0.967 (one flag on
a trap); quote recall 0.875 (14/16), precision 1.000; framing recall 0.444 (16/36),
precision bounds 0.889-1.000; omissions recall 0.710 (88/124), precision 0.767. The four
that became dev (same run): alignment F1 0.711 (P 0.741 / R 0.684), figure recall 0.654
(17/26), precision bounds 0.875-0.958 (one flag on a trap), quote 0.875 (14/16), framing
0.308 (12/39), omissions recall 0.679, precision 0.800.

Eight more written blind on 2026-12-02 (nineteenth session) by eight helpers from the same
brief, told to reply with one line only (what they planted did not reach the session):
army-mutiny, campus-arrests, cruise-outbreak, currency-devaluation, highway-pileup,
journalist-kidnapping, nuclear-leak and vaccine-shortage; split by random.Random(1919)
before any was run. First run, blind, at 01ff690, on the four that stay test
(campus-arrests, cruise-outbreak, highway-pileup, vaccine-shortage): alignment F1 0.707
(P 0.671 / R 0.747); figure recall 0.846 (22/26), precision 1.000 (27 flags, none on a
trap); quote recall 0.938 (15/16), precision 1.000; framing recall 0.405 (15/37), precision
bounds 0.882-1.000; omissions recall 0.651 (69/106), precision 0.757. The four that became
dev (same run): alignment F1 0.739 (P 0.749 / R 0.730), figure recall 0.560 (14/25),
precision bounds 0.955-1.000, quote 0.875 (14/16), framing 0.317 (13/41), omissions recall
0.638, precision 0.800. Before that run, in the same session, content-free counts of which
rule's gate stopped each missed figure of the older test clusters (no text, no error list)
guided the choice of the session's first two figure rules, and the test split was run after
each: the older test clusters are less blind since; the newest four are not affected.

Eight more written blind on 2026-12-02 (twentieth session) by eight helpers from the same
brief, replying with one line only: airport-drone-closure, flash-flood-campsite,
governor-dismissal, grain-export-ban, judge-assassination, logging-clash, metro-flooding and
ship-piracy; split by random.Random(2020) before any was run. First run, blind, at 27f8dc2,
on the four that stay test (grain-export-ban, judge-assassination, logging-clash,
metro-flooding): alignment F1 0.709 (P 0.704 / R 0.714); figure recall 0.731 (19/26),
precision bounds 0.913-0.957 (23 flags, one on a trap); quote recall 0.875 (14/16),
precision bounds 0.727-0.955; framing recall 0.475 (19/40), precision bounds 0.900-1.000;
omissions recall 0.649 (85/131), precision 0.840. The four that became dev (same run):
alignment F1 0.732 (P 0.726 / R 0.738), figure recall 0.577 (15/26), precision bounds
0.864-0.955 (one flag on a trap), quote 0.875 (14/16), framing 0.472 (17/36), omissions
recall 0.649, precision 0.824. The session's earlier rules (internal sums, reported speech
as the plain word) were drawn from older dev clusters only; before the new clusters were
added, content-free counts of which gate stops each missed figure were run again on the
older test clusters (no text or error list read) and no rule was drawn from them.

Eight more written blind on 2026-12-02 (twenty-second session) by eight helpers, replying
with one line only, from a brief written again that session (the earlier one was lost; same
gold format, the same kinds of outlets, 15-22 sentences a report, and an explicit request
that each report tell the shared facts in its own words, merged into longer sentences or
split, as real coverage does): diplomat-expulsions, doping-ban, methanol-poisoning,
opposition-arrest, pilot-strike, ransomware-hospitals, royal-funeral and tsunami-alert;
split by random.Random(2222) before any was run. First run, blind, at 62fc929 (the
session's start), on the four that stay test (pilot-strike, ransomware-hospitals,
royal-funeral, tsunami-alert): alignment F1 0.617 (P 0.608 / R 0.627); figure recall 0.750
(21/28), precision bounds 0.846-0.923 (26 flags, two on traps); quote recall 0.750 (12/16),
precision bounds 0.923-1.000; framing recall 0.286 (8/28), precision 1.000; omissions recall
0.468 (36/77), precision 0.500. The four that became dev (same run): alignment F1 0.624 (P
0.591 / R 0.660), figure recall 0.536 (15/28), precision bounds 0.857-0.952 (one flag on a
trap), quote 0.812 (13/16), framing 0.231 (6/26), omissions recall 0.500, precision 0.700.
Alignment and omissions are lower on this batch than on any earlier one (0.68-0.84 F1).

Eight more written blind on 2026-12-02 (twenty-third session) by eight helpers from the
twenty-second session's brief, replying with one line only: bank-collapse,
drone-strike-wedding, food-price-riots, football-riot, gas-leak-school, mountain-rescue,
prison-hunger-strike and sinkhole-collapse; split by random.Random(2323) before any was run.
First run, blind, at 6ca3170 (the session's start), on the four that stay test
(drone-strike-wedding, football-riot, gas-leak-school, mountain-rescue): alignment F1 0.649
(P 0.611 / R 0.692); figure recall 0.571 (16/28), precision bounds 0.882-0.941 (17 flags,
one on a trap); quote recall 0.938 (15/16), precision 1.000; framing recall 0.333 (9/27),
precision bounds 0.818-0.909; omissions recall 0.636 (49/77), precision 0.656. The four that
became dev (same run): alignment F1 0.695 (P 0.727 / R 0.665), figure recall 0.607 (17/28),
precision bounds 0.920-1.000, quote 0.938 (15/16), framing 0.250 (7/28), omissions recall
0.714, precision 0.613.

Eight more written blind on 2026-12-03 (twenty-fourth session) by eight helpers, replying
with one line only, from the same brief changed to seven outlets an event (12-18 sentences
a report): two wire agencies, a newspaper that republishes the first wire's copy lightly
edited, a public broadcaster, a tabloid, a regional paper and a follow-up of the next day,
as coverage of one event by many outlets is; 6-8 figures and 6-8 framing entries planted.
aid-workers-kidnapped, avian-flu-cull, bridge-bombing, election-violence,
fuel-tanker-blast, garment-factory-fire, naval-standoff and pilgrimage-stampede; split by
random.Random(2424) before any was run. First run, blind, at 3b12333 (the session's start),
on the four that stay test (aid-workers-kidnapped, election-violence, fuel-tanker-blast,
pilgrimage-stampede): alignment F1 0.676 (P 0.739 / R 0.623); figure recall 0.656 (21/32),
precision bounds 0.920-0.960 (25 flags, one on a trap); quote recall 0.938 (15/16),
precision 1.000; framing recall 0.344 (11/32), precision bounds 0.733-1.000; omissions
recall 0.609 (70/115), precision 0.675. The four that became dev (same run): alignment F1
0.631 (P 0.602 / R 0.663), figure recall 0.719 (23/32), precision bounds 0.962 (one flag
on a trap), quote 0.812 (13/16), framing 0.219 (7/32), omissions recall 0.643, precision
0.750.

Eight more written blind on 2026-12-03 (twenty-fifth session) by eight helpers from the
twenty-fourth session's seven-outlet brief, replying with one line only: border-shelling,
deficit-revision, drug-smuggling-bust, gold-reserve-theft, hospital-power-failure,
presidential-pardon, protest-camp-raid and referendum-result; split by random.Random(2525)
before any was run. First run, blind, at aa8a7e1 with the first half of 7c96034's figure rule
in the working tree (a count after a preposition does not count against a sentence's one
toll; 7c96034 gives the same tables on these four), on the four that stay test
(border-shelling, deficit-revision, presidential-pardon, referendum-result): alignment F1
0.687 (P 0.737 / R 0.643); figure recall 0.719 (23/32), precision bounds 0.889-0.926 (27
flags, two on traps); quote recall 0.812 (13/16), precision 1.000; framing recall 0.281
(9/32), precision bounds 0.778-1.000; omissions recall 0.686 (72/105), precision 0.753. The
four that became dev (same run): alignment F1 0.652 (P 0.635 / R 0.669), figure recall 0.581
(18/31), precision bounds 0.917-0.958 (one flag on a trap), quote 0.750 (12/16), framing
0.333 (10/30), omissions recall 0.684, precision 0.753.

Eight more written blind on 2026-12-03 (twenty-seventh session) by eight helpers from the
same seven-outlet brief, replying with one line only: airshow-crash,
ammunition-depot-blast, emergency-landing, flood-evacuation, hotel-collapse, lottery-fraud,
militia-ambush and toll-road-protest; split by random.Random(2727) before any was run.
First run, blind, at 6c0c6f7 (the session's start), on the four that stay test
(ammunition-depot-blast, flood-evacuation, lottery-fraud, militia-ambush): alignment F1
0.663 (P 0.700 / R 0.629); figure recall 0.594 (19/32), precision 1.000 (23 flags, none on
a trap); quote recall 0.625 (10/16), precision bounds 0.923-1.000; framing recall 0.323
(10/31), precision 0.929 (one flag on a trap); omissions recall 0.623 (81/130), precision
0.855. The four that became dev (same run): alignment F1 0.700 (P 0.789 / R 0.630), figure
recall 0.875 (28/32), precision bounds 0.900-1.000, quote 0.875 (14/16), framing 0.267
(8/30, one flag on a trap), omissions recall 0.608, precision 0.659. The two halves'
figure recall (0.594 and 0.875 on 32 entries each) shows how far one batch of four moves.

Eight more written blind on 2026-12-03 (twenty-eighth session) by eight helpers from the
same brief: crypto-exchange-hack, festival-stage-collapse, hailstorm-crops,
parliament-brawl, plane-hijacking, poaching-raid, train-collision and zoo-escape; split by
random.Random(2828) before any was run. First run, blind, at 0553f8c (the session's start),
on the four that stay test (festival-stage-collapse, plane-hijacking, poaching-raid,
zoo-escape): alignment F1 0.641 (P 0.652 / R 0.630); figure recall 0.625 (20/32), precision
bounds 0.955-1.000 (22 flags, none on a trap); quote recall 0.812 (13/16), precision bounds
0.765-1.000; framing recall 0.355 (11/31), precision bounds 0.882-1.000; omissions recall
0.677 (88/130), precision 0.753. The four that became dev (same run): alignment F1 0.721
(P 0.767 / R 0.680), figure recall 0.750 (24/32), precision 0.963 (one flag on a trap),
quote 0.750 (12/16), framing 0.281 (9/32), omissions recall 0.657, precision 0.719.

Eight more written blind on 2026-12-03 (twenty-ninth session) by eight helpers from the
same brief: coal-mine-flood, embassy-bombing, forced-evictions, grain-silo-explosion,
marathon-heatstroke, mayor-impeachment, submarine-missing and tax-office-raid; split by
random.Random(2929) before any was run. First run, blind, at 1187e3e (the session's start),
on the four that stay test (coal-mine-flood, forced-evictions, marathon-heatstroke,
tax-office-raid): alignment F1 0.723 (P 0.748 / R 0.700); figure recall 0.719 (23/32),
precision bounds 0.893-0.964 (28 flags, one on a trap); quote recall 0.938 (15/16),
precision bounds 0.875-1.000; framing recall 0.452 (14/31), precision bounds 0.857-1.000;
omissions recall 0.612 (60/98), precision 0.775. The four that became dev (same run):
alignment F1 0.692 (P 0.700 / R 0.684), figure recall 0.656 (21/32), precision 0.962 (one
flag on a trap), quote 0.750 (12/16), framing 0.367 (11/30), omissions recall 0.653,
precision 0.727.

Eight more written blind on 2026-12-03 (thirtieth session) by eight helpers from a brief
rewritten that session (the earlier one was lost with /tmp; the same seven outlets, format
and kinds, a checker of needles and sentence coverage, no access to newsdiff):
asylum-centre-fire, cattle-disease-outbreak, fishing-boat-capsize, military-parade-accident,
oil-field-strike, parliament-dissolved, river-barge-collision and rocket-attack-city; split by
random.Random(3030) before any was run. Their gold names facts more finely than earlier
batches (64-84 facts for 97-112 sentences; 3-5% of cross-report pairs share a fact). First
run, blind, at 7e610a6 (the session's start), on the four that stay test
(asylum-centre-fire, fishing-boat-capsize, military-parade-accident, oil-field-strike):
alignment F1 0.586 (P 0.572 / R 0.601); figure recall 0.581 (25/43), precision bounds
0.818-0.970 (33 flags, one on a trap); quote recall 0.688 (11/16), precision bounds
0.923-1.000; framing recall 0.261 (6/23), precision bounds 0.462-1.000; omissions recall
0.660 (62/94), precision 0.675. The four that became dev (same run): alignment F1 0.541
(P 0.575 / R 0.512), figure recall 0.659 (27/41), precision 0.939-1.000, quote 0.529 (9/17),
framing 0.320 (8/25), omissions recall 0.655, precision 0.713.

Eight more written blind on 2026-12-03 (thirty-first session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: arms-deal-scandal, heatwave-power-cuts,
refugee-camp-flood, school-kidnapping, sovereign-default, vehicle-ramming-market,
war-crimes-verdict and water-treaty-dispute; split by random.Random(3131) before any was
run. First run, blind, at debbb70 (the session's start), on the four that stay test
(arms-deal-scandal, refugee-camp-flood, school-kidnapping, sovereign-default): alignment F1
0.642 (P 0.678 / R 0.610); figure recall 0.421 (16/38), precision bounds 0.808-0.962 (26
flags, one on a trap); quote recall 0.625 (10/16), precision 1.000; framing recall 0.346
(9/26), precision bounds 0.643-0.929 (one flag on a trap); omissions recall 0.612 (63/103),
precision 0.591. The four that became dev (same run): alignment F1 0.583 (P 0.619 / R
0.552), figure recall 0.487 (19/39), precision bounds 0.818-0.955 (one flag on a trap),
quote 0.688 (11/16), framing 0.080 (2/25), omissions recall 0.514, precision 0.625.

Eight more written blind on 2026-12-03 (thirty-second session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: central-bank-governor-fired, glacier-collapse,
hospital-shooting, leaked-tax-files, lithium-mine-protest, mass-grave-exhumation,
river-fish-kill and wildfire-firefighters-killed; split by random.Random(3232) before any
was run. First run, blind, at a6c7b4e (the session's start), on the four that stay test
(central-bank-governor-fired, leaked-tax-files, river-fish-kill,
wildfire-firefighters-killed): alignment F1 0.554 (P 0.556 / R 0.553); figure recall 0.405
(17/42), precision bounds 0.875-1.000 (24 flags, none on a trap); quote recall 0.750
(12/16), precision bounds 0.765-1.000; framing recall 0.333 (8/24), precision bounds
0.733-1.000; omissions recall 0.519 (55/106), precision 0.676. The four that became dev
(same run): alignment F1 0.630 (P 0.712 / R 0.565), figure recall 0.732 (30/41), precision
bounds 0.906-1.000, quote 0.765 (13/17), framing 0.391 (9/23), omissions recall 0.580,
precision 0.767.

Eight more written blind on 2026-12-04 (thirty-third session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: cargo-plane-crash, hostage-rescue-raid,
match-fixing-scandal, nightclub-fire, prisoner-swap, rebel-town-capture,
rocket-launch-failure and tuition-fees-protest; split by random.Random(3333) before any was
run. First run, blind, at d036ee2 (the session's start), on the four that stay test
(cargo-plane-crash, nightclub-fire, rebel-town-capture, tuition-fees-protest): alignment F1
0.627 (P 0.673 / R 0.588); figure recall 0.625 (25/40), precision bounds 0.926-0.963 (27
flags, one on a trap); quote recall 0.812 (13/16), precision bounds 0.933-1.000; framing
recall 0.280 (7/25), precision bounds 0.875-1.000; omissions recall 0.469 (45/96),
precision 0.667. The four that became dev (same run): alignment F1 0.580 (P 0.640 / R
0.530), figure recall 0.553 (21/38), precision bounds 0.962 (one flag on a trap), quote
0.556 (10/18), framing 0.120 (3/25), omissions recall 0.467, precision 0.712.

Eight more written blind on 2026-12-04 (thirty-fourth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: construction-worker-deaths,
fireworks-warehouse-explosion, general-strike, hotel-terror-attack, mercenary-trial,
space-debris-impact, spy-arrest and vaccinators-ambush; split by random.Random(3434) before
any was run. First run, blind, at 9487482 (the session's start), on the four that stay
test (hotel-terror-attack, mercenary-trial, spy-arrest, vaccinators-ambush): alignment F1
0.548 (P 0.579 / R 0.520); figure recall 0.513 (20/39), precision bounds 0.778-1.000 (27
flags, 21 matching, none on a trap); quote recall 0.778 (14/18), precision bounds
0.933-1.000; framing recall 0.167 (4/24), precision bounds 0.417-1.000 (12 flags, 5
matching); omissions recall 0.561 (55/98), precision 0.709. The four that became dev (same
run): alignment F1 0.603 (P 0.588 / R 0.620), figure recall 0.775 (31/40), precision
bounds 0.833-0.944 (36 flags, two on traps), quote 0.706 (12/17), framing 0.174 (4/23),
omissions recall 0.660, precision 0.682.

Eight more written blind on 2026-12-04 (thirty-fifth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: church-arson, dengue-outbreak, famine-declaration,
lorry-migrant-deaths, minimum-wage-rise, missile-test, supreme-court-ruling and
tornado-town; split by random.Random(3535) before any was run. First run, blind, at 8052f05
(the session's start), on the four that stay test (church-arson, minimum-wage-rise,
supreme-court-ruling, tornado-town): alignment F1 0.600 (P 0.621 / R 0.581); figure recall
0.718 (28/39), precision bounds 0.968-1.000 (31 flags, 30 matching, none on a trap); quote
recall 0.750 (12/16), precision bounds 0.929-1.000; framing recall 0.231 (6/26), precision
bounds 0.667-1.000 (9 flags, 6 matching); omissions recall 0.642 (68/106), precision 0.703.
The four that became dev (same code): alignment F1 0.558 (P 0.559 / R 0.558), figure
recall 0.537 (22/41), precision bounds 0.833-1.000 (24 flags, 20 matching, none on a
trap), quote 0.611 (11/18), framing 0.462 (12/26), omissions recall 0.545, precision
0.622.

Eight more written blind on 2026-12-04 (thirty-sixth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: bank-bailout, cargo-ship-grounding,
chemical-weapons-allegation, deportation-flights, fuel-price-hike, kidnapped-tourists,
mall-shooting and mudslide-highway; split by random.Random(3636) before any was run. First
run, blind, at 1c41648 (the session's start), on the four that stay test (bank-bailout,
fuel-price-hike, mall-shooting, mudslide-highway): alignment F1 0.644 (P 0.673 / R 0.618);
figure recall 0.634 (26/41), precision bounds 0.900-1.000 (30 flags, 27 matching, none on
a trap); quote recall 0.750 (12/16), precision bounds 1.000-1.000; framing recall 0.478
(11/23), precision bounds 0.714-1.000 (14 flags, 10 matching); omissions recall 0.474
(37/78), precision 0.574. The four that became dev (same code): alignment F1 0.560 (P
0.595 / R 0.529), figure recall 0.676 (25/37), precision bounds 0.962-1.000 (26 flags, 25
matching, none on a trap), quote 0.750 (12/16), framing 0.310 (9/29), omissions recall
0.596, precision 0.817.
Eight more written blind on 2026-12-04 (thirty-seventh session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: dam-sabotage, lightning-strike-school,
no-confidence-vote, price-cartel-fine, snap-election-called, troop-withdrawal,
wedding-food-poisoning and wildlife-smuggling-seizure; split by random.Random(3737) before
any was run. First run, blind, at 2a27a3c (the session's start), on the four that stay test
(dam-sabotage, lightning-strike-school, price-cartel-fine, troop-withdrawal): alignment F1
0.597 (P 0.645 / R 0.556); figure recall 0.610 (25/41), precision bounds 0.966-1.000 (29
flags, 28 matching, none on a trap); quote recall 0.500 (8/16), precision bounds
0.800-1.000; framing recall 0.348 (8/23), precision bounds 0.538-1.000 (13 flags, 7
matching); omissions recall 0.446 (54/121), precision 0.712. The four that became dev (same
code): alignment F1 0.588 (P 0.620 / R 0.560), figure recall 0.698 (30/43), precision
bounds 0.892-1.000 (37 flags, 33 matching, none on a trap), quote 0.750 (12/16), framing
0.318 (7/22), omissions recall 0.500, precision 0.644.
Eight more written blind on 2026-12-04 (thirty-eighth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: bomb-hoax-schools, bridge-cracks-closure,
diplomat-poisoning, ice-storm-outages, newspaper-office-raid, tv-station-shutdown,
whale-stranding and youth-curfew-riots; split by random.Random(3838) before any was run.
First run, blind, at 90cc188 (the session's start), on the four that stay test
(bomb-hoax-schools, diplomat-poisoning, ice-storm-outages, newspaper-office-raid):
alignment F1 0.607 (P 0.585 / R 0.630); figure recall 0.641 (25/39), precision bounds
0.963-1.000 (27 flags, 26 matching, none on a trap); quote recall 0.833 (15/18), precision
bounds 0.875-1.000; framing recall 0.227 (5/22), precision bounds 0.556-1.000 (9 flags, 5
matching); omissions recall 0.485 (47/97), precision 0.509. The four that became dev (same
code): alignment F1 0.569 (P 0.538 / R 0.605), figure recall 0.625 (25/40), precision
bounds 0.968-1.000 (31 flags, 30 matching, none on a trap), quote 1.000 (16/16), framing
0.185 (5/27), omissions recall 0.543, precision 0.716.
Eight more written blind on 2026-12-04 (thirty-ninth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: charity-embezzlement, fuel-shortage-queues,
landmine-blast-farmers, meteor-airburst, police-chief-sacked, stadium-roof-collapse,
truck-bomb-checkpoint and undersea-cable-outage; split by random.Random(3939) before any was
run. First run, blind, at fba6d48 (the session's start), on the four that stay test
(charity-embezzlement, fuel-shortage-queues, landmine-blast-farmers, meteor-airburst):
alignment F1 0.620 (P 0.665 / R 0.580); figure recall 0.675 (27/40), precision bounds
0.909-1.000 (33 flags, 30 matching, none on a trap); quote recall 0.765 (13/17), precision
bounds 0.789-1.000; framing recall 0.208 (5/24), precision bounds 0.667-1.000 (9 flags, 6
matching); omissions recall 0.461 (53/115), precision 0.836. The four that became dev (same
code): alignment F1 0.599 (P 0.615 / R 0.583), figure recall 0.643 (27/42), precision
bounds 0.867-1.000 (30 flags, 26 matching, none on a trap), quote 0.875 (14/16), framing
0.455 (10/22), omissions recall 0.557, precision 0.688.
Eight more written blind on 2026-12-05 (fortieth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: casino-police-raid, container-ship-fire,
dock-crane-collapse, hydro-dam-protest, minister-plane-missing, prisoner-convoy-ambush,
school-stabbing and vote-buying-scandal; split by random.Random(4040) before any was run.
First run, blind, at 2088339 (the session's start), on the four that stay test
(container-ship-fire, hydro-dam-protest, school-stabbing, vote-buying-scandal): alignment
F1 0.601 (P 0.603 / R 0.599); figure recall 0.725 (29/40), precision bounds 0.938-1.000 (32
flags, 30 matching, none on a trap); quote recall 0.833 (15/18), precision bounds
0.810-1.000; framing recall 0.261 (6/23), precision bounds 0.500-1.000 (12 flags, 6
matching); omissions recall 0.573 (71/124), precision 0.711. The four that became dev (same
code): alignment F1 0.509 (P 0.553 / R 0.471), figure recall 0.537 (22/41), precision
bounds 0.963-1.000 (27 flags, 26 matching, none on a trap), quote 0.824 (14/17), framing
0.217 (5/23), omissions recall 0.605, precision 0.614.
Eight more written blind on 2026-12-05 (forty-first session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: fake-medicine-deaths, gold-mine-collapse,
landfill-collapse, match-abandoned-racism, motorcade-attack, police-beating-video,
rebel-surrender and water-park-accident; split by random.Random(4141) before any was run.
First run, blind, at 25c1710 (the session's start), on the four that stay test
(fake-medicine-deaths, match-abandoned-racism, rebel-surrender, water-park-accident):
alignment F1 0.583 (P 0.594 / R 0.572); figure recall 0.619 (26/42), precision bounds
0.962-1.000 (26 flags, 25 matching, none on a trap); quote recall 0.882 (15/17), precision
bounds 0.938-1.000; framing recall 0.435 (10/23), precision bounds 0.833-1.000 (12 flags,
10 matching); omissions recall 0.663 (57/86), precision 0.616. The four that became dev
(same code): alignment F1 0.563 (P 0.618 / R 0.516), figure recall 0.636 (28/44),
precision bounds 0.966-1.000 (29 flags, 28 matching, none on a trap), quote 0.750 (12/16),
framing 0.455 (10/22; 18 flags, 11 matching), omissions recall 0.463, precision 0.574.
Eight more written blind on 2026-12-05 (forty-second session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: courthouse-shooting, customs-bribery-ring, ferry-fire,
illegal-mine-raid, journalist-jailed, pesticide-poisoning, school-quake-collapse and
spy-balloon-shootdown; split by random.Random(4242) before any was run. First run, blind,
at 03f592f (the session's start), on the four that stay test (courthouse-shooting,
customs-bribery-ring, illegal-mine-raid, pesticide-poisoning): alignment F1 0.547 (P 0.625
/ R 0.486); figure recall 0.692 (27/39), precision bounds 0.857-0.964 (28 flags, 24
matching, one on a trap); quote recall 0.824 (14/17), precision bounds 0.933-0.933 (15
flags, 14 matching, one on a trap); framing recall 0.320 (8/25), precision bounds
0.615-1.000 (13 flags, 8 matching); omissions recall 0.624 (68/109), precision 0.795. The
four that became dev (same code): alignment F1 0.560 (P 0.597 / R 0.527), figure recall
0.512 (22/43), precision bounds 0.828-0.966 (29 flags, 24 matching, one on a trap), quote
0.750 (12/16), framing 0.280 (7/25; 13 flags, 7 matching), omissions recall 0.553,
precision 0.725.
Eight more written blind on 2026-12-05 (forty-third session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: air-traffic-control-failure, death-in-custody,
elevator-plunge, judge-bribery-tape, leader-health-scare, quarry-landslide,
shipyard-explosion and voter-roll-purge; split by random.Random(4343) (of the sorted
slugs) before any was run. First run, blind, at 46adb45 (the session's start), on the four
that stay test (death-in-custody, elevator-plunge, judge-bribery-tape, shipyard-explosion):
alignment F1 0.618 (P 0.597 / R 0.640); figure recall 0.667 (26/39), precision bounds
0.939-1.000 (33 flags, 31 matching, none on a trap); quote recall 0.765 (13/17), precision
bounds 0.875-1.000 (16 flags, 14 matching); framing recall 0.440 (11/25), precision bounds
0.643-1.000 (14 flags, 9 matching); omissions recall 0.602 (80/133), precision 0.702. The
four that became dev (same code): alignment F1 0.558 (P 0.546 / R 0.571), figure recall
0.675 (27/40), precision bounds 0.871-1.000 (31 flags, 27 matching, none on a trap), quote
0.444 (8/18), framing 0.292 (7/24; 10 flags, 7 matching), omissions recall 0.411,
precision 0.647.
Eight more written blind on 2026-12-05 (forty-fourth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: ambulance-strike, fishing-trawler-missing,
hostel-carbon-monoxide, miners-strike-shooting, parliament-fire, power-plant-cyberattack,
vote-recount-dispute and water-main-burst; split by random.Random(4444) (of the sorted
slugs) before any was run. First run, blind, at dc78fad (the session's start), on the four
that stay test (ambulance-strike, miners-strike-shooting, parliament-fire,
power-plant-cyberattack): alignment F1 0.643 (P 0.642 / R 0.645); figure recall 0.615
(24/39), precision bounds 0.857-0.964 (28 flags, 24 matching, one on a trap); quote recall
0.765 (13/17), precision bounds 0.875-1.000 (16 flags, 14 matching); framing recall 0.375
(9/24), precision bounds 1.000-1.000 (8 flags, 8 matching); omissions recall 0.560
(56/100), precision 0.762. The four that became dev (same code): alignment F1 0.562 (P
0.586 / R 0.539), figure recall 0.585 (24/41), precision bounds 1.000-1.000 (25 flags, 25
matching, none on a trap), quote 0.647 (11/17), framing 0.348 (8/23; 12 flags, 9
matching), omissions recall 0.675, precision 0.759.
Eight more written blind on 2026-12-05 (forty-fifth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: bus-drivers-lockout, coastal-storm-surge,
embassy-asylum-standoff, foiled-bomb-plot, neonatal-ward-infection, salmon-farm-escape,
tailings-dam-spill and university-admissions-scandal; split by random.Random(4545) (of the
sorted slugs) before any was run. First run, blind, at 7a485df (the session's start), on
the four that stay test (embassy-asylum-standoff, salmon-farm-escape, tailings-dam-spill,
university-admissions-scandal): alignment F1 0.522 (P 0.483 / R 0.567); figure recall 0.690
(29/42), precision bounds 0.967-1.000 (30 flags, 29 matching, none on a trap); quote recall
0.812 (13/16), precision bounds 0.833-1.000 (18 flags, 15 matching); framing recall 0.391
(9/23), precision bounds 0.900-1.000 (10 flags, 9 matching); omissions recall 0.545
(42/77), precision 0.575. The four that became dev (same code): alignment F1 0.567 (P
0.545 / R 0.591), figure recall 0.605 (23/38), precision bounds 0.871-0.935 (31 flags, 27
matching, two on traps), quote 0.812 (13/16), framing 0.481 (13/27; 16 flags, 14
matching), omissions recall 0.641, precision 0.598.
Eight more written blind on 2026-12-05 (forty-sixth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: army-helicopter-shootdown, ballot-box-theft,
border-crossing-stampede, chairlift-collapse, desalination-plant-outage,
medical-records-leak, pension-fund-collapse and tour-boat-explosion; split by
random.Random(4646) (of the sorted slugs) before any was run. First run, blind, at fb81a1c
(the session's start), on the four that stay test (ballot-box-theft,
desalination-plant-outage, pension-fund-collapse, tour-boat-explosion): alignment F1 0.556
(P 0.553 / R 0.558); figure recall 0.595 (25/42), precision bounds 0.931-0.966 (29 flags, 27
matching, one on a trap); quote recall 0.824 (14/17), precision bounds 0.882-1.000 (17
flags, 15 matching); framing recall 0.609 (14/23), precision bounds 0.833-1.000 (18 flags,
15 matching); omissions recall 0.768 (73/95), precision 0.697. The four that became dev
(same code): alignment F1 0.574 (P 0.564 / R 0.586), figure recall 0.634 (26/41), precision
bounds 0.781-0.938 (32 flags, 25 matching, two on traps), quote 0.941 (16/17), framing
0.125 (3/24; 8 flags, 4 matching), omissions recall 0.464, precision 0.547.
Eight more written blind on 2026-12-05 (forty-seventh session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: art-forgery-ring, bird-strike-airliner,
carnival-float-crash, election-cyberattack, farmers-tractor-blockade,
sewage-spill-beaches, student-visa-revocations and wind-turbine-collapse; split by
random.Random(4747) (of the sorted slugs) before any was run. First run, blind, at b8506c1
(the session's start), on the four that stay test (art-forgery-ring, bird-strike-airliner,
farmers-tractor-blockade, student-visa-revocations): alignment F1 0.616 (P 0.605 / R
0.627); figure recall 0.683 (28/41), precision bounds 0.848-1.000 (33 flags, 28 matching,
none on a trap); quote recall 0.750 (12/16), precision bounds 0.867-1.000 (15 flags, 13
matching); framing recall 0.240 (6/25), precision bounds 0.750-1.000 (8 flags, 6
matching); omissions recall 0.669 (89/133), precision 0.655. The four that became dev
(same code): alignment F1 0.573 (P 0.594 / R 0.553), figure recall 0.667 (26/39),
precision bounds 0.848-0.939 (33 flags, 28 matching, two on traps), quote 0.647 (11/17),
framing 0.208 (5/24; 7 flags, 6 matching), omissions recall 0.452, precision 0.667.
Eight more written blind on 2026-12-05 (forty-eighth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: airport-fuel-contamination, bakery-gas-explosion,
customs-strike-queues, methane-blast-mine, presidential-palace-shooting,
radio-journalist-shot, ship-bridge-strike and vaccine-trial-deaths; split by
random.Random(4848) (of the sorted slugs) before any was run. First run, blind, at 4f6612d
(the session's start), on the four that stay test (airport-fuel-contamination,
bakery-gas-explosion, methane-blast-mine, radio-journalist-shot): alignment F1 0.556 (P
0.563 / R 0.548); figure recall 0.600 (24/40), precision bounds 0.867-1.000 (30 flags, 26
matching, none on a trap); quote recall 0.824 (14/17), precision bounds 1.000-1.000 (15
flags, 15 matching); framing recall 0.304 (7/23), precision bounds 0.778-1.000 (9 flags, 7
matching); omissions recall 0.461 (47/102), precision 0.653. The four that became dev
(same code): alignment F1 0.568 (P 0.580 / R 0.557), figure recall 0.581 (25/43),
precision bounds 0.917-0.958 (24 flags, 22 matching, one on a trap), quote 0.938 (15/16),
framing 0.476 (10/21; 17 flags, 12 matching), omissions recall 0.655, precision 0.615.
Eight more written blind on 2026-12-05 (forty-ninth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: fishing-quota-cut, jewel-heist, minibus-river-plunge,
minister-expenses-scandal, police-corruption-sting, rail-strike, tuberculosis-outbreak and
unemployment-figures; split by random.Random(4949) (of the sorted slugs) before any was
run. First run, blind, at 40b1c08 (the session's start but for a faster sentence splitter
that gives the same sentences), on the four that stay test (jewel-heist,
police-corruption-sting, tuberculosis-outbreak, unemployment-figures): alignment F1 0.576
(P 0.600 / R 0.554); figure recall 0.619 (26/42), precision bounds 0.889-1.000 (27 flags,
24 matching, none on a trap); quote recall 0.944 (17/18), precision bounds 0.818-1.000 (22
flags, 18 matching); framing recall 0.190 (4/21), precision bounds 0.714-1.000 (7 flags, 5
matching); omissions recall 0.581 (50/86), precision 0.607. The four that became dev
(same code): alignment F1 0.631 (P 0.627 / R 0.635), figure recall 0.690 (29/42),
precision bounds 0.914-0.971 (35 flags, 32 matching, one on a trap), quote 0.812 (13/16),
framing 0.391 (9/23; 12 flags, 9 matching), omissions recall 0.438, precision 0.639.
Eight more written blind on 2026-12-05 (fiftieth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: aid-convoy-attack, avalanche-climbers, bus-fare-riots,
fertiliser-plant-fire, grain-ship-seizure, maternity-ward-fire, mining-company-fine and
teacher-pay-deal; split by random.Random(5050) (of the sorted slugs) before any was run.
First run, blind, at 590444e (the session's start but for speed-ups that give the same
output), on the four that stay test (bus-fare-riots, maternity-ward-fire,
mining-company-fine, teacher-pay-deal): alignment F1 0.591 (P 0.557 / R 0.630); figure
recall 0.634 (26/41), precision bounds 0.875-1.000 (32 flags, 28 matching, none on a
trap); quote recall 0.812 (13/16), precision bounds 0.824-1.000 (17 flags, 14 matching);
framing recall 0.375 (9/24), precision bounds 0.692-1.000 (13 flags, 9 matching);
omissions recall 0.462 (48/104), precision 0.705. The four that became dev (same code):
alignment F1 0.556 (P 0.546 / R 0.567), figure recall 0.600 (24/40), precision bounds
0.900-0.933 (30 flags, 27 matching, two on traps), quote 0.688 (11/16), framing 0.417
(10/24; 11 flags, 9 matching), omissions recall 0.531, precision 0.611.
Eight more written blind on 2026-12-06 (fifty-first session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: cathedral-fire, fishermen-detained, food-import-fraud,
hydrogen-truck-explosion, ministry-hack-arrests, opposition-rally-ban, rail-signal-sabotage
and rescue-ship-port-refusal; split by random.Random(5151) (of the sorted slugs) before any
was run. First run, blind, at 5a00a2d (the session's start), on the four that stay test
(food-import-fraud, ministry-hack-arrests, rail-signal-sabotage, rescue-ship-port-refusal):
alignment F1 0.530 (P 0.479 / R 0.595); figure recall 0.487 (19/39), precision bounds
0.955-1.000 (22 flags, 21 matching, none on a trap); quote recall 0.875 (14/16), precision
bounds 0.789-1.000 (19 flags, 15 matching); framing recall 0.346 (9/26), precision bounds
0.533-1.000 (15 flags, 8 matching); omissions recall 0.679 (72/106), precision 0.779. The
four that became dev (same code): alignment F1 0.612 (P 0.635 / R 0.591), figure recall
0.750 (30/40), precision bounds 0.933-0.967 (30 flags, 28 matching, one on a trap), quote
0.941 (16/17), framing 0.360 (9/25; 11 flags, 10 matching), omissions recall 0.574,
precision 0.595.
Eight more written blind on 2026-12-06 (fifty-second session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: armoured-van-robbery, baby-formula-contamination,
bank-laundering-fine, cabinet-reshuffle, hot-air-balloon-crash, mobile-network-outage,
runway-near-miss and warship-collision-drill; split by random.Random(5252) (of the sorted
slugs) before any was run. First run, blind, at 2224618 (the session's start), on the four
that stay test (cabinet-reshuffle, hot-air-balloon-crash, mobile-network-outage,
warship-collision-drill): alignment F1 0.555 (P 0.518 / R 0.597); figure recall 0.692
(27/39), precision bounds 0.875-0.969 (32 flags, 28 matching, one on a trap); quote recall
0.824 (14/17), precision bounds 0.941-1.000 (17 flags, 16 matching); framing recall 0.417
(10/24), precision bounds 1.000-1.000 (10 flags, 10 matching); omissions recall 0.577
(64/111), precision 0.729. The four that became dev (same code): alignment F1 0.558 (P
0.518 / R 0.605), figure recall 0.692 (27/39), precision bounds 0.900-1.000 (30 flags, 27
matching, none on a trap), quote 0.789 (15/19), framing 0.364 (8/22; 16 flags, 10
matching), omissions recall 0.609, precision 0.697.
Eight more written blind on 2026-12-06 (fifty-third session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: atm-cash-shortage, bus-station-bombing,
child-labour-raid, dormitory-fire, insider-trading-charges, oil-terminal-drone-attack,
olympic-bid-bribery and peacekeepers-killed; split by random.Random(5353) (of the sorted
slugs) before any was run. First run, blind, at cca947d (the session's start), on the four
that stay test (atm-cash-shortage, bus-station-bombing, oil-terminal-drone-attack,
olympic-bid-bribery): alignment F1 0.603 (P 0.601 / R 0.606); figure recall 0.725
(29/40), precision bounds 0.933-0.933 (30 flags, 28 matching, two on traps); quote recall
0.765 (13/17), precision bounds 0.824-1.000 (17 flags, 14 matching); framing recall 0.304
(7/23), precision bounds 0.368-1.000 (19 flags, 7 matching); omissions recall 0.534
(55/103), precision 0.684. The four that became dev (same code): alignment F1 0.563 (P
0.575 / R 0.553), figure recall 0.738 (31/42), precision bounds 0.935-1.000 (31 flags, 29
matching, none on a trap), quote 0.875 (14/16), framing 0.217 (5/23; 4 flags, 4
matching), omissions recall 0.623, precision 0.661.
Eight more written blind on 2026-12-06 (fifty-fourth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: coastal-town-earthquake, coastguard-migrant-rescue,
cocoa-price-crash, emergency-powers-vote, fuel-depot-fire, referee-assault-league-suspended,
sugar-mill-boiler-blast and tourist-bus-ambush; split by random.Random(5454) (of the sorted
slugs) before any was run. First run, blind, at 33c9794 (the session's start), on the four
that stay test (coastal-town-earthquake, coastguard-migrant-rescue, fuel-depot-fire,
referee-assault-league-suspended): alignment F1 0.578 (P 0.587 / R 0.569); figure recall
0.615 (24/39), precision bounds 1.000-1.000 (29 flags, 29 matching, none on a trap); quote
recall 0.833 (15/18), precision bounds 0.938-1.000 (16 flags, 15 matching); framing recall
0.304 (7/23), precision bounds 0.667-1.000 (9 flags, 6 matching); omissions recall 0.473
(62/131), precision 0.681. The four that became dev (same code): alignment F1 0.620 (P
0.632 / R 0.609), figure recall 0.780 (32/41), precision bounds 0.857-0.971 (35 flags, 30
matching, one on a trap), quote 0.824 (14/17), framing 0.360 (9/25; 14 flags, 9
matching), omissions recall 0.473, precision 0.559.
Eight more written blind on 2026-12-06 (fifty-fifth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: fairground-ride-accident, footballer-tax-trial,
gas-supply-cutoff, herders-border-clash, hospital-waiting-deaths, prison-guards-strike,
scaffolding-collapse and toxic-algae-lake; split by random.Random(5555) (of the sorted
slugs) before any was run. First run, blind, at 6da7fd4 (the session's start), on the four
that stay test (gas-supply-cutoff, herders-border-clash, hospital-waiting-deaths,
prison-guards-strike): alignment F1 0.619 (P 0.615 / R 0.623); figure recall 0.667
(26/39), precision bounds 0.806-0.935 (31 flags, 25 matching, two on traps); quote recall
0.875 (14/16), precision bounds 1.000-1.000 (15 flags, 15 matching); framing recall 0.370
(10/27), precision bounds 0.556-1.000 (18 flags, 10 matching); omissions recall 0.619
(52/84), precision 0.627. The four that became dev (same code): alignment F1 0.598 (P
0.599 / R 0.597), figure recall 0.756 (31/41), precision bounds 0.946-1.000 (37 flags, 35
matching, none on a trap), quote 0.938 (15/16), framing 0.346 (9/26; 9 flags, 9
matching), omissions recall 0.606, precision 0.772.
Eight more written blind on 2026-12-06 (fifty-sixth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: border-tunnel-discovery, cable-theft-rail-delays,
oil-rigs-evacuated, rail-fare-rise, river-ferry-capsize, solar-farm-fire,
tax-amnesty-revenue and winter-bed-shortage; split by random.Random(5656) (of the sorted
slugs) before any was run. First run, blind, at 35c89dc (the session's start), on the four
that stay test (cable-theft-rail-delays, rail-fare-rise, tax-amnesty-revenue,
winter-bed-shortage): alignment F1 0.616 (P 0.582 / R 0.653); figure recall 0.625
(25/40), precision bounds 0.903-0.968 (31 flags, 28 matching, one on a trap); quote recall
0.812 (13/16), precision bounds 0.882-1.000 (17 flags, 15 matching); framing recall
0.348 (8/23), precision bounds 0.875-1.000 (8 flags, 7 matching); omissions recall 0.651
(54/83), precision 0.571. The four that became dev (same code): alignment F1 0.512 (P
0.573 / R 0.464), figure recall 0.628 (27/43), precision bounds 0.828-1.000 (29 flags, 24
matching, none on a trap), quote 0.812 (13/16), framing 0.273 (6/22; 8 flags, 7
matching), omissions recall 0.586, precision 0.579.
Eight more written blind on 2026-12-06 (fifty-seventh session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: apartment-cracks-evacuation, baggage-handlers-strike,
bear-attack-hikers, cruise-ship-adrift, cycling-race-crash, house-price-slump,
mayoral-runoff-result and medicine-shortage; split by random.Random(5757) (of the sorted
slugs) before any was run. First run, blind, at 49b41cb (the session's start), on the four
that stay test (apartment-cracks-evacuation, baggage-handlers-strike, house-price-slump,
medicine-shortage): alignment F1 0.604 (P 0.537 / R 0.690); figure recall 0.690 (29/42),
precision bounds 0.830-0.979 (47 flags, 39 matching, one on a trap); quote recall 0.938
(15/16), precision bounds 0.944-1.000 (18 flags, 17 matching); framing recall 0.652
(15/23), precision bounds 0.938-1.000 (16 flags, 15 matching); omissions recall 0.617
(66/107), precision 0.716. The four that became dev (same code): alignment F1 0.513 (P
0.506 / R 0.520), figure recall 0.714 (30/42), precision bounds 0.903-1.000 (31 flags, 28
matching, none on a trap), quote 0.833 (15/18), framing 0.364 (8/22; 11 flags, 8
matching), omissions recall 0.559, precision 0.631.
Eight more written blind on 2026-12-06 (fifty-eighth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: airport-strike-cancellations, counterfeit-banknote-seizure,
diplomat-plane-forced-landing, flood-barrier-failure, hospital-baby-abduction,
island-wildfire-evacuation, steel-plant-closure and tanker-train-derailment; split by
random.Random(5858) (of the sorted slugs) before any was run. First run, blind, at c838a38
(the session's start), on the four that stay test (hospital-baby-abduction,
airport-strike-cancellations, steel-plant-closure, flood-barrier-failure): alignment F1 0.593
(P 0.616 / R 0.572); figure recall 0.725 (29/40), precision bounds 0.821-1.000 (39 flags, 32
matching, none on a trap); quote recall 0.824 (14/17), precision bounds 0.941-1.000 (17
flags, 16 matching); framing recall 0.360 (9/25), precision bounds 0.625-1.000 (16 flags, 10
matching); omissions recall 0.560 (61/109), precision 0.704. The four that became dev (same
code): alignment F1 0.547 (P 0.527 / R 0.569), figure recall 0.786 (33/42), precision bounds
0.857-1.000 (35 flags, 30 matching, none on a trap), quote 0.875 (14/16), framing 0.409
(9/22; 16 flags, 9 matching), omissions recall 0.485, precision 0.507.
Eight more written blind on 2026-12-06 (fifty-ninth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: bank-hostage-siege, bus-depot-fire, cattle-raid-killings,
fuel-smuggling-crackdown, housing-developer-collapse, refinery-strike-rationing,
stolen-radioactive-source and university-lab-explosion; split by random.Random(5959) (of the
sorted slugs) before any was run. First run, blind, at 3e2ce9a (the session's start), on the
four that stay test (fuel-smuggling-crackdown, stolen-radioactive-source, bus-depot-fire,
bank-hostage-siege): alignment F1 0.561 (P 0.596 / R 0.530); figure recall 0.632 (24/38),
precision bounds 1.000-1.000 (30 flags, 30 matching, none on a trap); quote recall 0.875
(14/16), precision bounds 0.824-1.000 (17 flags, 14 matching); framing recall 0.231 (6/26),
precision bounds 0.667-1.000 (9 flags, 6 matching); omissions recall 0.474 (54/114),
precision 0.644. The four that became dev (same code): alignment F1 0.609 (P 0.646 / R
0.576), figure recall 0.568 (25/44), precision bounds 0.889-1.000 (27 flags, 24 matching,
none on a trap), quote 0.688 (11/16), framing 0.571 (12/21; 14 flags, 12 matching),
omissions recall 0.591, precision 0.719.
Eight more written blind on 2026-12-06 (sixtieth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: border-fence-breach, illegal-logging-fine,
polio-vaccination-campaign, rural-clinic-closures, school-bus-flood, stadium-ticket-fraud,
textile-mill-strike and train-hostage-crisis; split by random.Random(6060) (of the sorted
slugs) before any was run. First run, blind, at 8ec57be (the session's start), on the four
that stay test (rural-clinic-closures, school-bus-flood, polio-vaccination-campaign,
stadium-ticket-fraud): alignment F1 0.615 (P 0.617 / R 0.613); figure recall 0.775 (31/40),
precision bounds 0.853-1.000 (34 flags, 29 matching, none on a trap); quote recall 0.833
(15/18), precision bounds 0.941-1.000 (17 flags, 16 matching); framing recall 0.400 (10/25),
precision bounds 0.769-1.000 (13 flags, 10 matching); omissions recall 0.566 (60/106),
precision 0.686. The four that became dev (same code): alignment F1 0.568 (P 0.572 / R
0.563), figure recall 0.725 (29/40), precision bounds 0.966-0.966 (29 flags, 28 matching, one
on a trap), quote 0.812 (13/16), framing 0.400 (10/25; 13 flags, 10 matching), omissions
recall 0.417, precision 0.774.
Eight more written blind on 2026-12-06 (sixty-first session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: airliner-turbulence-injuries, exam-paper-leak,
gas-price-cap, heat-dome-crop-failure, mountain-bus-plunge, pipeline-protest-arrests,
tropical-storm-island and truck-drivers-blockade; split by random.Random(6161) (of the sorted
slugs) before any was run. First run, blind, at 158c698 (the session's start), on the four
that stay test (pipeline-protest-arrests, exam-paper-leak, tropical-storm-island,
truck-drivers-blockade): alignment F1 0.576 (P 0.586 / R 0.566); figure recall 0.667 (28/42),
precision bounds 0.879-0.970 (33 flags, 29 matching, one on a trap); quote recall 0.647
(11/17), precision bounds 0.923-1.000 (13 flags, 12 matching); framing recall 0.174 (4/23),
precision bounds 0.500-1.000 (8 flags, 4 matching); omissions recall 0.560 (51/91),
precision 0.537. The four that became dev (same code): alignment F1 0.629 (P 0.567 / R
0.705), figure recall 0.756 (31/41), precision bounds 0.865-1.000 (37 flags, 32 matching,
none on a trap), quote 0.812 (13/16), framing 0.348 (8/23; 10 flags, 9 matching), omissions
recall 0.479, precision 0.667.
Eight more written blind on 2026-12-07 (sixty-second session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: bird-flu-human-cases, budget-airline-fine,
cross-border-ransom-release, gold-price-surge, opium-field-eradication, rail-bridge-washout,
rooftop-bar-collapse and stock-exchange-glitch; split by random.Random(6262) (of the sorted
slugs) before any was run. First run, blind, at 2cd521b (the session's start), on the four
that stay test (rail-bridge-washout, opium-field-eradication, gold-price-surge,
cross-border-ransom-release): alignment F1 0.552 (P 0.588 / R 0.520); figure recall 0.683
(28/41), precision bounds 0.879-1.000 (33 flags, 29 matching, none on a trap); quote recall
0.706 (12/17), precision bounds 0.765-1.000 (17 flags, 13 matching); framing recall 0.522
(12/23), precision bounds 0.737-0.947 (19 flags, 14 matching, one on a trap); omissions
recall 0.565 (65/115), precision 0.642. The four that became dev (same code): alignment F1
0.597 (P 0.578 / R 0.618), figure recall 0.683 (28/41), precision bounds 0.938-1.000 (32
flags, 30 matching, none on a trap), quote 0.750 (12/16), framing 0.304 (7/23; 10 flags, 6
matching, one on a trap), omissions recall 0.544, precision 0.569.
Eight more written blind on 2026-12-07 (sixty-third session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: antiquities-smuggling-seizure, cadet-hazing-death,
cement-dust-illness, crop-insurance-fraud, grid-rationing-schedule, hailstorm-city-damage,
subway-stabbing and taxi-drivers-strike; split by random.Random(6363) (of the sorted slugs)
before any was run. First run, blind, at 40819cf (the session's start), on the four that
stay test (cement-dust-illness, antiquities-smuggling-seizure, cadet-hazing-death,
hailstorm-city-damage): alignment F1 0.596 (P 0.621 / R 0.573); figure recall 0.682
(30/44), precision bounds 0.967-0.967 (30 flags, 29 matching, one on a trap); quote recall
0.750 (12/16), precision bounds 0.800-0.933 (15 flags, 12 matching, one on a trap); framing
recall 0.227 (5/22), precision bounds 0.833-1.000 (6 flags, 5 matching); omissions recall
0.543 (51/94), precision 0.710. The four that became dev (same code): alignment F1 0.599 (P
0.590 / R 0.609), figure recall 0.600 (24/40), precision bounds 1.000-1.000 (28 flags, 28
matching, none on a trap), quote 0.833 (15/18), framing 0.400 (10/25; 16 flags, 11
matching, none on a trap), omissions recall 0.587, precision 0.639.
Eight more written blind on 2026-12-07 (sixty-fourth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: airport-baggage-theft-ring, bank-ceo-arrest,
gas-cylinder-blast, gas-pipeline-deal, mosque-roof-collapse, opposition-leader-poisoned,
riverbank-erosion-homes and teacher-shortage-closures; split by random.Random(6464) (of the
sorted slugs) before any was run. First run, blind, at 4c8a2fb (the session's start), on the
four that stay test (airport-baggage-theft-ring, gas-cylinder-blast,
teacher-shortage-closures, bank-ceo-arrest): alignment F1 0.595 (P 0.572 / R 0.620); figure
recall 0.762 (32/42), precision bounds 0.895-1.000 (38 flags, 34 matching, none on a trap);
quote recall 0.750 (12/16), precision bounds 0.929-1.000 (14 flags, 13 matching); framing
recall 0.609 (14/23), precision bounds 0.778-1.000 (18 flags, 14 matching); omissions recall
0.632 (67/106), precision 0.640. The four that became dev (same code): alignment F1 0.599 (P
0.618 / R 0.582), figure recall 0.541 (20/37), precision bounds 0.909-1.000 (22 flags, 20
matching, none on a trap), quote 0.789 (15/19), framing 0.296 (8/27; 12 flags, 9 matching),
omissions recall 0.517, precision 0.742.
Eight more written blind on 2026-12-07 (sixty-fifth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: aid-ship-blockade, central-bank-gold-sale,
drinking-water-contamination, migrant-camp-clearance, opposition-newspaper-fine,
pharmacy-chain-fraud, tunnel-collapse-workers and zoo-animal-escape; split by
random.Random(6565) (of the sorted slugs) before any was run. First run, blind, at f550da0
(the session's start), on the four that stay test (tunnel-collapse-workers,
opposition-newspaper-fine, pharmacy-chain-fraud, zoo-animal-escape): alignment F1 0.572 (P
0.575 / R 0.568); figure recall 0.800 (32/40), precision bounds 0.892-1.000 (37 flags, 33
matching, none on a trap); quote recall 0.789 (15/19), precision bounds 0.882-1.000 (17
flags, 15 matching); framing recall 0.250 (6/24), precision bounds 0.714-1.000 (7 flags, 5
matching); omissions recall 0.659 (85/129), precision 0.791. The four that became dev (same
code): alignment F1 0.550 (P 0.521 / R 0.583), figure recall 0.667 (26/39), precision
bounds 0.962-0.962 (26 flags, 25 matching, one on a trap), quote 0.824 (14/17), framing
0.308 (8/26; 9 flags, 8 matching), omissions recall 0.447, precision 0.554.
Eight more written blind on 2026-12-07 (sixty-sixth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: card-fraud-ring-arrests, election-turnout-dispute,
embassy-protest-storming, fuel-subsidy-cut, gas-station-explosion, police-station-attack,
sleeper-train-fire and warehouse-roof-collapse; split by random.Random(6666) (of the sorted
slugs) before any was run. First run, blind, at 52af0f6 (the session's start), on the four
that stay test (embassy-protest-storming, card-fraud-ring-arrests, police-station-attack,
gas-station-explosion): alignment F1 0.620 (P 0.663 / R 0.583); figure recall 0.610
(25/41), precision bounds 0.903-1.000 (31 flags, 28 matching, none on a trap); quote recall
0.824 (14/17), precision bounds 0.941-1.000 (17 flags, 16 matching); framing recall 0.522
(12/23), precision bounds 0.647-1.000 (17 flags, 11 matching); omissions recall 0.574
(58/101), precision 0.677. The four that became dev (same code): alignment F1 0.593 (P
0.562 / R 0.627), figure recall 0.619 (26/42), precision bounds 0.848-1.000 (33 flags, 28
matching, none on a trap), quote 0.611 (11/18), framing 0.435 (10/23; 13 flags, 11
matching), omissions recall 0.536, precision 0.635.
Eight more written blind on 2026-12-07 (sixty-seventh session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: border-guard-shooting, bread-price-rise,
concert-crowd-crush, mine-shaft-fire, minister-car-crash, pharmacy-robbery-shooting,
vaccine-warehouse-theft and verdict-riot; split by random.Random(6767) (of the sorted slugs)
before any was run. First run, blind, at 7e5186c (the session's start), on the four that
stay test (pharmacy-robbery-shooting, vaccine-warehouse-theft, border-guard-shooting,
mine-shaft-fire): alignment F1 0.555 (P 0.596 / R 0.519); figure recall 0.698 (30/43),
precision bounds 0.853-0.941 (34 flags, 29 matching, two on traps); quote recall 0.833
(15/18), precision bounds 0.938-1.000 (16 flags, 15 matching); framing recall 0.524
(11/21), precision bounds 0.846-1.000 (13 flags, 11 matching); omissions recall 0.556
(60/108), precision 0.755. The four that became dev (same code): alignment F1 0.587 (P
0.580 / R 0.594), figure recall 0.650 (26/40), precision bounds 0.903-1.000 (31 flags, 28
matching, none on a trap), quote 0.875 (14/16), framing 0.375 (9/24; 12 flags, 8
matching), omissions recall 0.618, precision 0.656.
Eight more written blind on 2026-12-07 (sixty-eighth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: ferry-port-strike, hunger-strike-parliament,
landslide-highway, pension-protest-clashes, police-shooting-protest,
refinery-explosion-leak, snowstorm-motorway-stranded and stadium-bomb-threat; split by
random.Random(6868) (of the sorted slugs) before any was run. First run, blind, at 2a9064d
(the session's start), on the four that stay test (police-shooting-protest,
hunger-strike-parliament, landslide-highway, pension-protest-clashes): alignment F1 0.542
(P 0.583 / R 0.507); figure recall 0.651 (28/43), precision bounds 0.900-0.967 (30 flags,
27 matching, one on a trap); quote recall 0.875 (14/16), precision bounds 0.882-1.000 (17
flags, 15 matching); framing recall 0.348 (8/23), precision bounds 0.833-1.000 (12 flags,
10 matching); omissions recall 0.619 (83/134), precision 0.721. The four that became dev
(same code): alignment F1 0.639 (P 0.654 / R 0.624), figure recall 0.659 (27/41),
precision bounds 0.921-1.000 (38 flags, 35 matching, none on a trap), quote 0.875 (14/16),
framing 0.400 (10/25; 10 flags, 8 matching), omissions recall 0.658, precision 0.587.
Eight more written blind on 2026-12-07 (sixty-ninth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: drug-lab-raid, election-office-arson,
hospital-oxygen-shortage, legionella-hotel-outbreak, oil-tanker-hijack, pilgrim-bus-crash,
tea-estate-landslide and wedding-hall-fire; split by random.Random(6969) (of the sorted
slugs) before any was run. First run, blind, at f3c6ca9 (the session's start), on the four
that stay test (legionella-hotel-outbreak, wedding-hall-fire, oil-tanker-hijack,
drug-lab-raid): alignment F1 0.596 (P 0.576 / R 0.618); figure recall 0.705 (31/44),
precision bounds 1.000-1.000 (31 flags, 31 matching, none on a trap); quote recall 0.875
(14/16), precision bounds 0.933-1.000 (15 flags, 14 matching); framing recall 0.273 (6/22),
precision bounds 0.875-1.000 (8 flags, 7 matching); omissions recall 0.525 (52/99),
precision 0.586. The four that became dev (same code): alignment F1 0.584 (P 0.617 / R
0.554), figure recall 0.762 (32/42), precision bounds 0.938-0.969 (32 flags, 30 matching,
one on a trap), quote 0.562 (9/16; 19 flags, 10 matching), framing 0.318 (7/22; 11 flags, 6
matching), omissions recall 0.524, precision 0.671.
Eight more written blind on 2026-12-07 (seventieth session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: acquittal-protest, ambassador-recalled,
currency-black-market-crackdown, mall-escalator-collapse, pier-collapse-festival,
pipeline-theft-blast, power-station-strike and rhino-poaching-arrests; split by
random.Random(7070) (of the sorted slugs) before any was run. First run, blind, at bb2049c
(the session's start), on the four that stay test (currency-black-market-crackdown,
mall-escalator-collapse, rhino-poaching-arrests, ambassador-recalled): alignment F1 0.528
(P 0.554 / R 0.504); figure recall 0.675 (27/40), precision bounds 0.906-0.969 (32 flags,
29 matching, one on a trap); quote recall 0.706 (12/17), precision bounds 0.867-1.000 (15
flags, 13 matching); framing recall 0.346 (9/26), precision bounds 0.643-1.000 (14 flags, 9
matching); omissions recall 0.699 (65/93), precision 0.646. The four that became dev (same
code): alignment F1 0.598 (P 0.591 / R 0.606), figure recall 0.756 (31/41), precision
bounds 0.943-1.000 (35 flags, 33 matching, none on a trap), quote 0.875 (14/16; 17 flags,
14 matching), framing 0.391 (9/23; 13 flags, 10 matching), omissions recall 0.505,
precision 0.625.
Eight more written blind on 2026-12-07 (seventy-first session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: ash-cloud-flight-cancellations, candidate-rally-shooting,
dairy-price-protest, level-crossing-crash, maternity-deaths-inquiry, pool-chlorine-leak,
university-strike-exams and warship-dry-dock-fire; split by random.Random(7171) (of the
sorted slugs) before any was run. First run, blind, at c946981 (the session's start), on
the four that stay test (ash-cloud-flight-cancellations, dairy-price-protest,
maternity-deaths-inquiry, warship-dry-dock-fire): alignment F1 0.543 (P 0.493 / R 0.606);
figure recall 0.615 (24/39), precision bounds 0.800-0.971 (35 flags, 28 matching, one on a
trap); quote recall 1.000 (17/17), precision bounds 0.857-1.000 (21 flags, 18 matching);
framing recall 0.417 (10/24), precision bounds 0.667-1.000 (15 flags, 10 matching);
omissions recall 0.482 (55/114), precision 0.638. The four that became dev (same code):
alignment F1 0.582 (P 0.639 / R 0.533), figure recall 0.707 (29/41), precision bounds
0.933-1.000 (30 flags, 28 matching, none on a trap), quote 0.778 (14/18; 16 flags, 14
matching), framing 0.261 (6/23; 7 flags, 6 matching), omissions recall 0.404, precision
0.552.
Eight more written blind on 2026-12-08 (seventy-second session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: car-airbag-recall, coastguard-boat-shooting,
election-debate-walkout, festival-food-poisoning, heatwave-water-cuts,
nurses-mass-resignation, sewer-gas-workers-deaths and zoo-tiger-escape; split by
random.Random(7272) (of the sorted slugs) before any was run. First run, blind, at 2f0334c
(the session's start), on the four that stay test (car-airbag-recall,
coastguard-boat-shooting, nurses-mass-resignation, sewer-gas-workers-deaths): alignment F1
0.586 (P 0.571 / R 0.602); figure recall 0.683 (28/41), precision bounds 0.853-1.000 (34
flags, 29 matching, none on a trap); quote recall 0.875 (14/16), precision bounds
1.000-1.000 (14 flags, 14 matching); framing recall 0.292 (7/24), precision bounds
0.538-0.923 (13 flags, 7 matching, one on a trap); omissions recall 0.355 (27/76),
precision 0.481. The four that became dev (same code): alignment F1 0.566 (P 0.621 / R
0.520), figure recall 0.561 (23/41), precision bounds 0.852-0.963 (27 flags, 23 matching,
one on a trap), quote 0.688 (11/16; 16 flags, 12 matching), framing 0.500 (12/24; 14
flags, 13 matching), omissions recall 0.546, precision 0.716.
Eight more written blind on 2026-12-08 (seventy-third session) by eight helpers from
benchmarks/heldout_brief/BRIEF.md: border-closure-truck-queues, cinema-balcony-collapse,
diamond-mine-strike, farm-workers-heatstroke, frozen-lake-drownings,
parliament-speaker-election, prison-guard-bribery-trial and sports-hall-fire; split by
random.Random(7373) (of the sorted slugs) before any was run. First run, blind, at bead061
(the session's start), on the four that stay test (farm-workers-heatstroke,
frozen-lake-drownings, parliament-speaker-election, prison-guard-bribery-trial): alignment
F1 0.586 (P 0.584 / R 0.587); figure recall 0.698 (30/43), precision bounds 0.900-1.000 (40
flags, 36 matching, none on a trap); quote recall 0.688 (11/16), precision bounds
1.000-1.000 (12 flags, 12 matching); framing recall 0.261 (6/23), precision bounds
0.750-1.000 (12 flags, 9 matching, none on a trap); omissions recall 0.584 (52/89),
precision 0.700. The four that became dev (same code): alignment F1 0.553 (P 0.573 / R
0.534), figure recall 0.795 (31/39), precision bounds 0.969-0.969 (32 flags, 31 matching,
one on a trap), quote 0.688 (11/16; 19 flags, 12 matching), framing 0.375 (9/24; 13
flags, 10 matching), omissions recall 0.515, precision 0.656.""",
}
KINDS = ("figure", "quote", "framing")
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")

SentKey = tuple[str, int]
Spans = dict[str, tuple[int, int]]


@dataclass
class Gold:
    """One cluster's gold, with every needle and span located in the report texts."""

    slug: str
    event: str
    facts: dict[SentKey, set[str]]
    divergences: list[dict[str, Any]]
    agreements: list[dict[str, Any]]
    problems: list[str] = field(default_factory=list)


def locate(text: str, needle: str) -> tuple[int, int] | None:
    """The offsets of ``needle`` in ``text`` when it occurs exactly once."""
    at = text.find(needle)
    if at < 0 or text.find(needle, at + 1) >= 0:
        return None
    return at, at + len(needle)


def load_gold(path: Path, result: Comparison) -> Gold:
    """Read ``<slug>.gold.json`` and locate it in ``result``'s reports and sentences.

    Format: ``{"event": str, "facts": {name: [[report, needle], ...]}, "divergences":
    [{"kind", "subkind", "about", "spans": {report: substring}}], "agreements": [same]}``.
    A needle that falls in two of newsdiff's sentences (its segmentation differs from the
    writer's) marks both and is noted as a problem.
    """
    raw = json.loads(path.read_text(encoding="utf-8"))
    gold = Gold(path.name.removesuffix(".gold.json"), raw.get("event", ""),
                defaultdict(set), [], [])
    for fact, where in raw["facts"].items():
        for rid, needle in where:
            text = result.report(rid).text
            span = locate(text, needle)
            if span is None:
                gold.problems.append(f"fact {fact}: {rid}: {needle!r} not found exactly once")
                continue
            hits = [s.index for s in result.sentences_of(rid)
                    if s.start < span[1] and span[0] < s.end]
            if len(hits) > 1:
                gold.problems.append(f"fact {fact}: {rid}: {needle!r} spans sentences {hits}")
            for k in hits:
                gold.facts[(rid, k)].add(fact)
    for key, out in (("divergences", gold.divergences), ("agreements", gold.agreements)):
        for entry in raw.get(key, []):
            spans: Spans = {}
            for rid, needle in entry["spans"].items():
                span = locate(result.report(rid).text, needle)
                if span is None:
                    gold.problems.append(f"{key} {entry.get('about')}: {rid}: {needle!r} "
                                         "not found exactly once")
                else:
                    spans[rid] = span
            out.append({**entry, "located": spans})
    for r, sents in zip(result.reports, result.sentences, strict=True):
        for s in sents:
            if (r.id, s.index) not in gold.facts:
                gold.problems.append(f"{r.id} sentence {s.index} is in no gold fact")
    return gold


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def alignment_counts(result: Comparison, gold: Gold) -> tuple[int, int, int, int]:
    """(true positives, predicted, gold, all pairs) over cross-report sentence pairs."""
    in_groups: dict[SentKey, set[str]] = defaultdict(set)
    for g in result.groups:
        for m in g.members:
            for k in m.sentences:
                in_groups[(m.report, k)].add(g.id)
    keys = [[(r.id, s.index) for s in sents]
            for r, sents in zip(result.reports, result.sentences, strict=True)]
    tp = n_pred = n_gold = n_all = 0
    for a, b in itertools.combinations(keys, 2):
        for x in a:
            for y in b:
                pred = bool(in_groups[x] & in_groups[y])
                real = bool(gold.facts[x] & gold.facts[y])
                n_all += 1
                n_pred += pred
                n_gold += real
                tp += pred and real
    return tp, n_pred, n_gold, n_all


def hit_reports(div: Divergence, spans: Spans, result: Comparison, *,
                strict: bool = False) -> set[str]:
    """The gold's reports in which the flag's evidence (or, unless ``strict``, the
    sentence of ``result`` it points into) overlaps the gold span: the gold may mark the
    speaker's name of a misattributed quote, the flag the quoted words."""
    hit = set()
    for ev in div.evidence:
        span = spans.get(ev.report)
        if span is None:
            continue
        sentence = result.sentences_of(ev.report)[ev.sentence]
        lo, hi = (ev.start, ev.end) if strict else (sentence.start, sentence.end)
        if lo < span[1] and span[0] < hi:
            hit.add(ev.report)
    return hit


def overlaps(div: Divergence, spans: Spans, result: Comparison) -> int:
    """In how many of the gold's reports the flag's evidence overlaps the gold span."""
    return len(hit_reports(div, spans, result))


def needed(entry: dict[str, Any]) -> int:
    return min(2, max(1, len(entry["located"])))


def matched(div: Divergence, entry: dict[str, Any], result: Comparison) -> bool:
    """The flag finds the gold entry: same kind, and it points at the entry's spans in two
    of its reports, or in one with the same subkind (the flag may compare the odd report
    with another report that agrees with the entry's others: "trimmed" against a third
    outlet that quotes in full)."""
    n = overlaps(div, entry["located"], result)
    strict = hit_reports(div, entry["located"], result, strict=True)
    if div.kind != "quote" and not strict:
        return False  # a figure or a framing flag must point at the gold words themselves
    return div.kind == entry["kind"] and (
        n >= needed(entry) or (n >= 1 and div.subkind == entry.get("subkind"))
        or _wrong_weekday(div, entry, result, strict))


def _wrong_weekday(div: Divergence, entry: dict[str, Any], result: Comparison,
                   hit: set[str]) -> bool:
    """A weekday wrong for its date is planted as a one-report ``internal`` entry by some
    writers and as a ``value`` entry over every report giving the day by others; a flag of
    the weekday inside the erring report's span finds either (added 2026-12-02, when the
    four new dev clusters planted it the second way)."""
    return div.subkind == "internal" and " was a " in div.message and any(
        _WEEKDAY.search(result.report(r).text[slice(*entry["located"][r])]) for r in hit)


def divergence_scores(result: Comparison, gold: Gold) -> dict[str, Any]:
    """Per kind: gold entries found, flags matching gold, trap hits, unmatched flags."""
    out: dict[str, Any] = {}
    for kind in KINDS:
        entries = [e for e in gold.divergences if e["kind"] == kind and e["located"]]
        traps = [e for e in gold.agreements if e.get("kind", kind) == kind and e["located"]]
        flags = [d for d in result.divergences if d.kind == kind]
        found = [e for e in entries if any(matched(d, e, result) for d in flags)]
        same_sub = [e for e in found if any(
            matched(d, e, result) and d.subkind == e.get("subkind") for d in flags)]
        right, trapped, other = [], [], []
        for d in flags:
            on_trap = [hit_reports(d, t["located"], result, strict=True) for t in traps]
            # a trap is two reports agreeing; a flag of sources compares values within each
            # report (one flag for all reports since 3a336a9), so it never claims they differ
            on_trap = [t for t in on_trap if len(t) >= 2 and d.subkind != "sources"]
            # a flag whose gold-entry hits all lie on one trap's spans (the entry and the
            # trap share reports: "at least 40" vs 41 inside "22 vs at least 40") is a trap hit
            if any(matched(d, e, result) and not any(
                    hit_reports(d, e["located"], result) <= t for t in on_trap)
                   for e in entries):
                right.append(d)
            elif on_trap:
                trapped.append(d)
            else:
                other.append(d)
        missed = [e for e in entries if e not in found]
        out[kind] = {"gold": len(entries), "found": len(found), "subkind": len(same_sub),
                     "flags": len(flags), "right": len(right), "trapped": trapped,
                     "other": other, "missed": missed, "traps": len(traps)}
    return out


def omission_scores(result: Comparison, gold: Gold, config: Config) -> dict[str, Any]:
    """Gold (fact, missing report) pairs from the facts; flags scored per missing report."""
    ids = [r.id for r in result.reports]
    stating: dict[str, set[str]] = defaultdict(set)
    for (rid, _), facts in gold.facts.items():
        for f in facts:
            stating[f].add(rid)
    need = math.ceil(config.omission_share * len(ids) - 1e-9)
    wanted = {(f, m) for f, who in stating.items()
              if need <= len(who) < len(ids) for m in ids if m not in who}
    got: set[tuple[str, str]] = set()
    right = wrong = 0
    wrong_flags: list[str] = []
    for d in result.divergences:
        if d.kind != "omission":
            continue
        facts = set().union(*(gold.facts[(ev.report, ev.sentence)] for ev in d.evidence))
        for m in d.missing or ():
            hit = {(f, m) for f in facts if (f, m) in wanted}
            if hit:
                right += 1
                got |= hit
            else:
                wrong += 1
                lacks = sorted(f for f in facts if m not in stating[f])
                wrong_flags.append(f"{m} lacks {d.message[:90]!r} (gold facts of the "
                                   f"evidence: {sorted(facts)}; {m} lacks {lacks or 'none'})")
    return {"gold": len(wanted), "found": len(got), "right": right, "wrong": wrong,
            "wrong_flags": wrong_flags, "missed": sorted(wanted - got)}


#: the grid of ``--sweep-alignment``: the pair score's weights and the group threshold (the
#: other alignment settings keep their defaults)
SWEEP: dict[str, tuple[float, ...]] = {"group_threshold": (0.3, 0.35),
                                       "lexical_weight": (0.25, 0.3, 0.35, 0.4),
                                       "anchor_weight": (0.1, 0.15, 0.2, 0.3)}


def sweep_alignment(golds: Sequence[Path], encoder: Encoder, args: argparse.Namespace) -> int:
    """Pooled fact-level alignment F1 of the split for every setting of :data:`SWEEP`
    (only omissions are looked for: alignment does not depend on the kinds)."""
    t0 = time.perf_counter()
    cache = EmbeddingCache(ROOT / ".newsdiff-cache" / "bench")
    reports = {p: load_reports(HELDOUT / p.name.removesuffix(".gold.json")) for p in golds}
    rows: list[list[object]] = []
    for values in itertools.product(*SWEEP.values()):
        setting = dict(zip(SWEEP, values, strict=True))
        config = Config(kinds=("omission",), **setting)
        totals = [0, 0, 0]
        for path in golds:
            result = compare(reports[path], encoder=encoder, config=config, cache=cache)
            counts = alignment_counts(result, load_gold(path, result))[:3]
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
        p, r, f = prf(*totals)
        rows.append([*values, p, r, f])
        print(f"{setting}: P {p:.3f} R {r:.3f} F1 {f:.3f}", file=sys.stderr, flush=True)
    cache.close()
    defaults = Config()
    body = "\n\n".join([
        f"## Held-out alignment sweep: {args.split} (`benchmarks/heldout.py --sweep-alignment`)",
        f"Command: `.venv/bin/python -m benchmarks.heldout --split {args.split} --model "
        f"{args.model} --sweep-alignment` ({time.perf_counter() - t0:.0f} s). "
        f"Machine: {machine()}",
        f"{len(golds)} clusters; fact-level pairwise alignment (as in the held-out section), "
        "pooled over the clusters, for each setting of the pair score's weights and the group "
        "threshold; the other alignment settings are the defaults. Defaults now: "
        + ", ".join(f"{k} {getattr(defaults, k)}" for k in SWEEP) + ": on 2026-12-03 the "
        "best dev F1 of this grid among the settings that keep ECB+ topic dev F1 within 0.01 "
        "of the earlier defaults' (lexical 0.25, anchor 0.3) and the examples' fact-level F1 "
        "at 0.9 or more (those two measured with benchmarks/alignment.py's code, not here).",
        markdown_table([*SWEEP, "P", "R", "F1"], rows)])
    print(body)
    if not args.no_write and not args.only:
        write_section(f"heldout-sweep-{args.split}-{args.model}", body)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--model", default="default", help="encoder name (default MiniLM)")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test",
                        help="dev: the clusters in DEV; test: the others (default)")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    parser.add_argument("--only", default="",
                        help="comma-separated cluster slugs to run (implies --no-write)")
    parser.add_argument("--sweep-alignment", action="store_true",
                        help="alignment F1 only, over the grid SWEEP of score weights and "
                             "group threshold (embeddings cached in .newsdiff-cache/bench)")
    parser.add_argument("--blind", action="store_true",
                        help="print the tables only, not what was missed or flagged (a first "
                             "run of new test clusters, whose errors must stay unread)")
    args = parser.parse_args(argv)
    only = {s for s in args.only.split(",") if s}
    golds = [p for p in sorted(HELDOUT.glob("*.gold.json"))
             if ((p.name.removesuffix(".gold.json") in only) if only else (
                 args.split == "all" or (p.name.removesuffix(".gold.json") in DEV) == (
                     args.split == "dev")))]
    if not golds:
        print("skipped: no benchmarks/heldout/*.gold.json", file=sys.stderr)
        return 0
    config = Config()
    encoder = encoder_for(args.model, cache_dir=None)
    if args.sweep_alignment:
        return sweep_alignment(golds, encoder, args)
    t0 = time.perf_counter()
    align_rows: list[list[object]] = []
    kind_totals: dict[str, dict[str, int]] = {k: defaultdict(int) for k in KINDS}
    om_total: dict[str, int] = defaultdict(int)
    notes: list[str] = []
    totals = [0, 0, 0, 0]
    for path in golds:
        slug = path.name.removesuffix(".gold.json")
        result = compare(load_reports(HELDOUT / slug), encoder=encoder, config=config)
        gold = load_gold(path, result)
        tp, n_pred, n_gold, n_all = alignment_counts(result, gold)
        totals = [a + b for a, b in zip(totals, (tp, n_pred, n_gold, n_all), strict=True)]
        p, r, f = prf(tp, n_pred, n_gold)
        n_sent = sum(map(len, result.sentences))
        align_rows.append([slug, len(result.reports), n_sent, n_all, n_gold / n_all, p, r, f,
                           prf(n_gold, n_all, n_gold)[2]])
        divs = divergence_scores(result, gold)
        om = omission_scores(result, gold, config)
        for kind, s in divs.items():
            for key in ("gold", "found", "subkind", "flags", "right", "traps"):
                kind_totals[kind][key] += s[key]
            kind_totals[kind]["trapped"] += len(s["trapped"])
            notes += [f"- {slug}: missed {kind} ({e.get('subkind')}): {e.get('about')}"
                      for e in s["missed"]]
            notes += [f"- {slug}: {kind} flag on an agreement trap: {d.message}"
                      for d in s["trapped"]]
            notes += [f"- {slug}: {kind} flag not in the gold (read it): {d.subkind}: "
                      f"{d.message}" for d in s["other"]]
        for key in ("gold", "found", "right", "wrong"):
            om_total[key] += om[key]
        notes += [f"- {slug}: omission not flagged: {f} missing from {m}"
                  for f, m in om["missed"]]
        notes += [f"- {slug}: omission flag not in the gold: {w}" for w in om["wrong_flags"]]
        notes += [f"- {slug}: gold problem: {x}" for x in gold.problems]
        print(f"{slug}: alignment F1 {f:.3f}", file=sys.stderr)
    tp, n_pred, n_gold, n_all = totals
    p, r, f = prf(tp, n_pred, n_gold)
    align_rows.append(["**all**", "", "", n_all, n_gold / n_all, p, r, f,
                       prf(n_gold, n_all, n_gold)[2]])
    div_rows: list[list[object]] = []
    for kind, s in kind_totals.items():
        low = s["right"] / s["flags"] if s["flags"] else 0.0
        high = (s["flags"] - s["trapped"]) / s["flags"] if s["flags"] else 0.0
        div_rows.append([kind, s["gold"], s["found"],
                         s["found"] / s["gold"] if s["gold"] else 0.0,
                         f"{s['subkind']}/{s['found']}", s["flags"], s["right"],
                         s["trapped"], f"{low:.3f}-{high:.3f}", s["traps"]])
    om_p = om_total["right"] / max(1, om_total["right"] + om_total["wrong"])
    om_r = om_total["found"] / max(1, om_total["gold"])
    seconds = time.perf_counter() - t0
    body = "\n\n".join([
        f"## Held-out clusters written blind: {args.split} (`benchmarks/heldout.py`)",
        f"Command: `.venv/bin/python -m benchmarks.heldout --split {args.split} "
        f"--model {args.model}` "
        f"({seconds:.0f} s). Machine: {machine()}",
        f"{len(golds)} invented events, five reports each (seven in the newest three hundred "
        "and ninety-two), "
        "with the gold (facts of every sentence, "
        "planted divergences, agreement traps) written by helpers who did not read newsdiff's "
        "code, tests, examples or benchmarks and did not run it. Defaults (`Config()`), "
        "all kinds. How each number is scored: the docstring of the script. "
        + ("Dev clusters: their errors have been read and may have shaped rules since."
           if args.split == "dev" else "Test clusters: their results were first read "
           "after the run at commit ea5ee6b (2026-11-30): bribery-verdict and "
           "rail-derailment, written for that run with border-raid. border-raid became dev "
           "after the second run (75516c4), whose figure flags outside its gold were read "
           "and fixed (a crowd is not the commandos who took part; a past event's toll is no "
           "total of today's parts; one source named twice); the earlier test clusters "
           "(capital-protest, factory-layoffs, quake-relief) became dev before that. "
           "pharma-recall and mine-rescue (written 2026-12-01) and heatwave-deaths, "
           "budget-vote and caracas-real (written in the eighth session) and "
           "stadium-crush, bank-outage and wildfire-town (ninth session) and "
           "prison-escape and port-strike (tenth session) and chemical-spill, "
           "cyclone-landfall, coup-attempt and data-breach (eleventh session) and "
           "airline-collapse, embassy-siege, landslide-village and teachers-strike (twelfth "
           "session) and bridge-collapse, museum-heist, refinery-fire and satellite-failure "
           "(fourteenth session) and apartment-fire, locust-swarm, power-blackout and "
           "toxic-smog (later that session) and cable-car-accident, measles-outbreak, "
           "volcano-eruption and water-contamination (fifteenth session) and "
           "arms-seizure, doctors-strike, minister-resigns and police-shooting (sixteenth "
           "session) and bus-hijacking, fraud-trial, market-fire and pipeline-explosion "
           "(eighteenth session) and campus-arrests, cruise-outbreak, highway-pileup and "
           "vaccine-shortage (nineteenth session) and grain-export-ban, "
           "judge-assassination, logging-clash and metro-flooding (twentieth session) have "
           "only been "
           "run, never read; their first blind runs are below. A rule drawn from the error "
           "list below must move the cluster to DEV."),
        *([BASELINE[args.split]] if args.split in BASELINE else []),
        "### Alignment (fact-level pairwise, cross-report sentence pairs)",
        markdown_table(["cluster", "reports", "sentences", "pairs", "gold share", "P", "R",
                        "F1", "link-all F1"], align_rows),
        "### Divergences",
        markdown_table(["kind", "gold", "found", "recall", "same subkind", "flags",
                        "flags matching gold", "flags on traps", "precision (bounds)",
                        "traps"], div_rows),
        f"Omissions (gold derived from the facts, share >= {config.omission_share}): "
        f"recall {om_r:.3f} ({om_total['found']}/{om_total['gold']}), precision "
        f"{om_p:.3f} ({om_total['right']} right, {om_total['wrong']} wrong, per missing "
        "report).",
        *(["### Gold problems", "\n".join(n for n in notes if ": gold problem: " in n)
           or "(none)"] if args.blind else [
            "### What was missed or flagged outside the gold", "\n".join(notes) or "(nothing)"]),
    ])
    print(body)
    if not (args.no_write or only or args.blind):
        write_section(f"heldout-{args.split}", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
