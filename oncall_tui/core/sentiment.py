"""Customer-sentiment scores for support language, offline and dependency-free.

Generic lexicons misread escalation notes: "While we appreciate the quick
recovery, this incident has shaken our confidence" is a complaint, "penalty
clauses" and "considering alternatives" are alarms, and "connection timeout"
is a fact rather than a feeling.  This scorer is a small lexicon with the
support domain's phrases, negation, intensifiers, contrast weighting (the
clause after *but* / the main clause after *while*/*although* counts more) and
fading of feelings the text itself marks as past ("initially frustrated").

Scores are ``x / sqrt(x*x + ALPHA)`` of the weighted sum, so they stay inside
[-1, 1], rounded to two decimals.  Everything is plain dictionaries and one
compiled regular expression: a sentence costs microseconds.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

ALPHA = 6.0
"""Squashing constant: a sum of about 2.5 (one clear feeling word) gives ~0.7."""

NEUTRAL_BAND = 0.1
"""Scores closer to zero than this read as neutral: one technical word alone
("timeouts were observed") stays neutral, one feeling word never does."""


def _lexicon(groups: dict[float, str]) -> tuple[dict[str, float], dict[str, float]]:
    """Words and stems (``stem*``) by valence, from compact space-separated groups."""
    words: dict[str, float] = {}
    stems: dict[str, float] = {}
    for valence, text in groups.items():
        for entry in text.split():
            if entry.endswith("*"):
                stems[entry[:-1]] = valence
            else:
                words[entry] = valence
    return words, stems


# Valence of single words, from "furious" (-4) to "delighted" (+3).  A word
# listed exactly wins over a stem, and a longer stem over a shorter one, so
# ``failover`` (0) beats ``fail*`` and ``unsatisf*`` beats ``satisf*``.
_WORDS, _STEMS = _lexicon({
    -4.0: "furious* livid",
    -3.0: "irate outrag* fuming terribl* horribl* awful* dreadful* appalling atrocious abysmal pathetic "
          "worst nightmare* disaster* catastroph* incompeten* betray*",
    -2.5: "angry anger angr* unacceptab* ridiculous* lousy useless worthless humiliat* insult* rude* "
          "unprofessional* negligen* exasperat* hopeless lawsuit* litigat* sue ultimatum churn*",
    -2.0: "frustrat* disappoint* dissatisf* unsatisf* unhapp* displeas* upset* scared embarrass* "
          "unreliab* unresponsive unhelpful inadequate* subpar chaotic chaos mess sloppy careless* "
          "disorganis* disorganiz* absurd* pointless distrust* mistrust* pessimistic worse painful* "
          "breach* violat* penalt* lawyer* attorney* threaten* reconsider* renegotiat* negative* grievance",
    -1.5: "concern* worr* anxi* nervous* fear* afraid alarmed alarming* doubt* uneas* overwhelm* "
          "stressed stressful impatien* annoy* irritat* complain* ignor* dismiss* blam* accus* "
          "unstabl* instabil* flaky problematic troubled troubling struggl* suffer* pain hassle "
          "burden* inconvenien* damag* harm* hurt* regret* poor* bad badly insufficient* mediocre "
          "unclear severe severely waste* unsuccessful* inefficien* ineffective* legal unanswered "
          "uncomfortable sad",
    -1.2: "skeptic* sceptic* dubious",
    -1.0: "defensive* wary hesitan* reluctan* confus* tired trouble difficult* recurr* downtime "
          "disrupt* delay* missed broken broke vague* unresolved unfortunate* sadly escalat* "
          "refund* chase chasing cancel*",
    -0.75: "fail* slow* degrad* regression* risk* demand* lost losing lose terminat*",
    -0.5: "outage* loss intermittent* repeat* problem* late missing sorry breaks "
          "compensat* insist* crash*",
    -0.3: "issue* error* bug* lag* leak* exhaust* again",
    -0.2: "timeout* latency spike* backlog impact*",
    0.0: "failover failovers harmless critical support supported incident incidents",
    0.5: "fix* recover* resolution solution help hope hopefully clear okay ok adequate "
         "transparency stabiliz* stabilis*",
    1.0: "resolv* solv* solved restor* improv* quick* fast faster better helped understanding "
         "cooperat* collaborat* calm* patien* polite trust faith confidence benefit* fine "
         "acceptable stable reliably resilien* welcome*",
    1.5: "thank* glad good relief hopeful encourag* comfortable friendly courteous attentive "
         "responsive* professional* knowledgeab* proactiv* transparent honest* smooth* timely "
         "prompt* efficien* effective* thorough* success* solid robust* reliable loyal* renew* "
         "trusted optimism useful valuable worthwhile nice best",
    2.0: "appreciat* grateful gratitude pleased pleasant* happy happier happily satisf* relieved "
         "confident* optimistic reassur* helpful* supportive gracious prais* commend* compliment* "
         "kudos seamless* excit* proud enjoy* great positive* valued",
    2.5: "impress* love* perfect*",
    3.0: "delight* thrill* excellen* outstanding amazing awesome fantastic wonderful superb brilliant "
         "stellar exceptional* happiest",
})

_LONGEST_STEM = max(map(len, _STEMS))

# Multi-word expressions of the support domain, matched on normalised text
# before tokenising.  A number is the valence of the whole expression; a
# string replaces it (a marker word, or nothing for neutral set phrases).
_PHRASES: list[tuple[str, float | str]] = [
    (r"(?:shak(?:en|ing|e)|rattl\w+|dent\w*) (?:\w+ )?(?:confidence|trust|faith)", -2.5),
    (r"(?:confidence|trust|faith) (?:\w+ ){0,2}(?:shaken|rattled|gone)", -2.5),
    (r"(?:lost|losing|lose|loss of|erod\w+|undermin\w+|damag\w+) (?:\w+ )?(?:confidence|trust|faith|patience)",
     -2.5),
    (r"(?:confidence|trust) (?:\w+ ){0,2}(?:restored|rebuilt|regained)"
     r"|(?:restor|rebuild|rebuil|regain)\w* (?:\w+ )?(?:confidence|trust)", 2.0),
    (r"question\w* (?:the |your |our |their )?(?:reliability|stability|value|partnership|relationship"
     r"|decision|investment|platform|service)", -2.0),
    (r"(?:consider\w*|evaluat\w+|explor\w+|look\w* (?:at|for|into)|review\w*|talk\w* to) (?:\w+ )?"
     r"(?:alternatives?|other (?:vendors?|providers?|options|solutions|platforms)|competitors?)", -2.5),
    (r"(?:switch\w*|mov\w+|walk\w*) away|switch\w* (?:vendors?|providers?)", -2.5),
    (r"contract review|review\w* (?:the |our |their )?contract|terminat\w* (?:the |our )?contract", -2.0),
    (r"(?:lost|loss of) (?:productivity|revenue|sales|orders|business|customers)", -1.5),
    (r"data loss", -1.5),
    (r"(?:left|kept) (?:us |them )?in the dark|radio silence", -2.0),
    (r"let (?:us |them |me )?down|f[ae]l+s? short|below (?:our )?expectations", -2.0),
    (r"(?:exceed\w*|surpass\w*) (?:our |all |their )?expectations", 2.5),
    (r"(?:meet|meets|met) (?:our |their |the )?expectations", 1.5),
    (r"fed up|sick (?:and tired )?of|tired of|at (?:our|my|their) wits'? end", -2.5),
    (r"still (?:waiting|broken|failing|down)", -1.5),
    (r"keeps? (?:happening|failing|breaking|crashing|dropping|bouncing|recurring)|over and over", -2.0),
    (r"(?:yet|once) again|(?:third|fourth|fifth|another) (?:time|outage|incident|escalation)", -1.0),
    (r"too (?:slow|late|long)|(?:took|takes|taking) (?:too|so) long", -1.5),
    (r"no (?:response|reply|replies|update|updates|communication|callback|answer|answers)", -1.5),
    (r"nobody (?:called|responded|replied|answered|reached out|told)", -1.5),
    (r"waste of (?:time|money)", -2.0),
    (r"at risk", -1.5),
    (r"(?:need|needs|want|wants) to see|we expect", -1.0),
    (r"(?:resolved|fixed|solved|restored|recovered|handled) (?:\w+ )?(?:quickly|fast|promptly|swiftly"
     r"|rapidly|immediately)", 2.0),
    (r"(?:quick|fast|rapid|swift|prompt|speedy) (?:\w+ )?(?:recovery|resolution|response|fix|hotfix"
     r"|turnaround|identification|rollback|restore)", 2.0),
    (r"above and beyond|(?:the )?extra mile", 2.5),
    (r"kept (?:us |them |the customer |everyone )?(?:informed|updated|posted|in the loop)", 1.5),
    (r"peace of mind|rock solid|on good terms", 2.0),
    (r"back to normal|up and running|working (?:again|as expected|fine|well|perfectly)", 1.5),
    (r"(?:could|can) not (?:be|have been) (?:happier|more pleased|more satisfied|better)", 3.0),
    (r"(?:well|nicely|beautifully|professionally|smoothly) (?:handled|done|managed|run|executed)"
     r"|handled (?:\w+ )?(?:well|nicely|beautifully|professionally|smoothly)"
     r"|(?:went well|nice work|good work|great work|great job|good job)", 2.0),
    (r"look\w* forward", 1.5),
    (r"would (?:be )?(?:great|nice|helpful|appreciated|good)", 0.3),
    (r"false positives?|outstanding (?:action )?(?:items?|issues?|tasks?|tickets?|questions?|bugs?)", -0.3),
    # Neutral set phrases and markers.
    (r"best practices?|mission critical|disaster recovery|root cause|service credits?|as well|thanks to"
     r"|not only|at all|follow up", ""),
    (r"no longer|not any longer|not anymore", "not"),
    (r"a bit|a little|kind of|sort of", "slightly"),
    (r"at first|in the beginning|to begin with", "initially"),
    (r"by the end(?: of \w+(?: \w+)?)?|in the end", "ultimately"),
    (r"that said|having said that|even so|all the same", "however"),
    (r"even though|even if|in spite of", "although"),
]
# One alternation tried only where a word starts: four times faster than a
# word boundary inside every alternative.
_PHRASE_RE = re.compile(
    r"(?<![a-z])(?=[a-z])(?:" + "|".join(f"(?P<p{i}>{src})" for i, (src, _v) in enumerate(_PHRASES)) + r")\b"
)

_WIDE_NEGATORS = frozenset({"nobody", "nothing", "noone", "neither"})  # "nobody on their side is happy"
_NEGATORS = frozenset("not no never none nobody nothing neither nor without cannot hardly barely scarcely "
                      "lack lacks lacking lacked non zero".split())
_BOOSTERS = {
    "very": 1.3, "really": 1.3, "extremely": 1.5, "highly": 1.4, "deeply": 1.4, "seriously": 1.4,
    "incredibly": 1.5, "so": 1.2, "totally": 1.3, "completely": 1.3, "absolutely": 1.4, "truly": 1.3,
    "particularly": 1.2, "especially": 1.2, "super": 1.3, "hugely": 1.4, "greatly": 1.3, "utterly": 1.5,
    "overwhelmingly": 1.5, "increasingly": 1.2, "still": 1.2, "most": 1.2, "quite": 1.1,
    "slightly": 0.6, "somewhat": 0.6, "mildly": 0.5, "cautiously": 0.5, "partially": 0.6, "partly": 0.6,
    "fairly": 0.8, "reasonably": 0.8, "marginally": 0.5, "moderately": 0.7, "relatively": 0.8,
    "mostly": 0.8, "pleasantly": 1.2,
}
_FADE = {"initially": 0.5, "originally": 0.5, "earlier": 0.5, "previously": 0.5, "formerly": 0.5,
         "now": 1.2, "ultimately": 1.3, "finally": 1.2}
_CONTRAST = frozenset({"but", "however", "nevertheless", "nonetheless", "yet"})
_CONCESSIVE = frozenset({"while", "whilst", "although", "though", "despite", "unless"})
_BREAKS = frozenset({",", ":"})
_JOINS = frozenset({"and", "or", "so", "because", "since", "after", "then"})  # negation stops here

_NEGATED_POSITIVE = -0.9  # "not satisfied" is nearly "dissatisfied"
_NEGATED_NEGATIVE = -0.4  # "no complaints" is only mildly positive

_TOKEN_RE = re.compile(r"~\d+|[a-z][a-z0-9']*|[,:]")
_SENTENCE_RE = re.compile(r"(?<![.!?;])[.!?;]+(?:\s+|$)|\n")  # run starts only: linear on "....x"
_TRANSLATE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": ", ", "\u2014": ", "})
_CONTRACTION_RE = re.compile(r"\b(?:can't|won't)|n't\b")
_CONTRACTED = {"can't": "can not", "won't": "will not", "n't": " not"}
_DASH_RE = re.compile(r"\s-+\s")
_JUNK_RE = re.compile(r"[^a-z0-9'.!?;,:\n ]+|(?<=[a-z])-(?=[a-z])")


def _normalise(text: str) -> str:
    """Lower case, straight apostrophes, contractions opened, markup and hyphens made spaces."""
    text = text.lower().translate(_TRANSLATE)
    if "'" in text:
        text = _CONTRACTION_RE.sub(lambda m: _CONTRACTED[m.group()], text)
    return _JUNK_RE.sub(" ", _DASH_RE.sub(", ", text))


def _substitute_phrases(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        index = int(match.lastgroup[1:])  # type: ignore[index]
        value = _PHRASES[index][1]
        return f" ~{index} " if isinstance(value, float) else f" {value} "

    return _PHRASE_RE.sub(replace, text)


@lru_cache(maxsize=8192)
def _valence(token: str) -> float:
    """The lexicon's valence of one token: phrase marker, exact word, then the longest stem."""
    if token.startswith("~"):
        value = _PHRASES[int(token[1:])][1]
        return value if isinstance(value, float) else 0.0
    if token in _WORDS:
        return _WORDS[token]
    for end in range(min(len(token), _LONGEST_STEM), 2, -1):  # bounded: a 2 MB "word" is one lookup per stem length
        stem = _STEMS.get(token[:end])
        if stem is not None:
            return stem
    return 0.0


def _clause_weights(tokens: list[str], label: bool) -> list[float]:
    """Weight of each token from contrast and concession.

    In running text the part after *but* counts 1.5 and the part before 0.5;
    a leading *while/although* clause (up to its comma) counts 0.5 and the
    main clause 1.5; a trailing *although/unless* clause counts 0.5.  In a
    verdict label the head word is the verdict, so "Dissatisfied but
    understanding" keeps its head at full weight and halves the qualifier.
    """
    weights = [1.0] * len(tokens)
    n = len(tokens)
    if n and tokens[0] in _CONCESSIVE:
        comma = next((i for i, t in enumerate(tokens) if t in _BREAKS), None)
        if comma is not None:
            for i in range(n):
                weights[i] = 0.5 if i < comma else 1.5
    last = max((i for i, t in enumerate(tokens) if i > 0 and _is_contrast(tokens, i)), default=None)
    if last is not None:
        before, after = (1.0, 0.5) if label else (0.5, 1.5)
        for i in range(n):
            weights[i] *= before if i < last else after
    # Each inner concession halves its own clause (to the next break or contrast); one pass, so
    # "while while while ..." stays linear.
    halving = 1.0
    for i, token in enumerate(tokens):
        if token in _BREAKS or _is_contrast(tokens, i):
            halving = 1.0
        elif i > 0 and token in _CONCESSIVE:
            halving *= 0.5
        weights[i] *= halving
    return weights


def _is_contrast(tokens: list[str], i: int) -> bool:
    if tokens[i] == "yet":  # "not yet fixed" is time, ", yet" and "and yet" are contrast
        return i > 0 and tokens[i - 1] in {",", "and"}
    return tokens[i] in _CONTRAST


def _score_sentence(tokens: list[str], label: bool) -> tuple[float, bool]:
    """Weighted valence sum of one sentence and whether any word carried feeling."""
    weights = _clause_weights(tokens, label)
    total = 0.0
    found = False
    clause: list[float] = []
    fade = 1.0
    # Negation reaches back over its segment (to the last break, join or contrast): a wide negator
    # ("nobody") anywhere in it, any other negator up to three words back.  Tracked in one
    # forward pass, so a long line without a break costs what its words cost.
    segment = 0
    wide = -1
    for i, token in enumerate(tokens):
        if token in _BREAKS or _is_contrast(tokens, i):
            total += fade * sum(clause)
            clause, fade = [], 1.0
            segment, wide = i + 1, -1
            continue
        if token in _JOINS:
            segment, wide = i + 1, -1
        elif token in _WIDE_NEGATORS:
            wide = i
        if token in _FADE:
            fade = _FADE[token]
            continue
        value = _valence(token)
        if value == 0.0:
            continue
        found = True
        for back in range(i - 1, max(i - 3, -1), -1):
            prev = tokens[back]
            if prev in _BREAKS or _is_contrast(tokens, back):
                break
            if prev in _BOOSTERS:
                value *= _BOOSTERS[prev]
                break
        if wide >= 0 or any(tokens[back] in _NEGATORS for back in range(max(segment, i - 3), i)):
            value *= _NEGATED_POSITIVE if value > 0 else _NEGATED_NEGATIVE
        clause.append(value * weights[i])
    total += fade * sum(clause)
    return total, found


def _raw_score(lines: list[str], label: bool) -> tuple[float, bool]:
    sentences: list[float] = []
    found = False
    for line in lines:
        text = _substitute_phrases(_normalise(line))
        for sentence in _SENTENCE_RE.split(text):
            tokens = _TOKEN_RE.findall(sentence)
            if not tokens:
                continue
            score, hit = _score_sentence(tokens, label)
            found = found or hit
            if tokens[0] in _CONTRAST and sentences and not label:
                sentences[-1] *= 0.5
                score *= 1.5
            sentences.append(score)
    return sum(sentences), found


def _squash(total: float) -> float:
    score = round(total / math.sqrt(total * total + ALPHA), 2)
    return score + 0.0  # no "-0.0"


@lru_cache(maxsize=1024)
def score_label(label: str) -> float:
    """Score in [-1, 1] of an explicit verdict ("Dissatisfied but understanding").

    A label that carries a polarity never scores 0, however faint.
    """
    total, _found = _raw_score([label], label=True)
    score = _squash(total)
    if score == 0.0 and total != 0.0:
        score = math.copysign(0.01, total)
    return score


def score_text(lines: list[str]) -> float | None:
    """Score in [-1, 1] of the customer's own words; None when none carry feeling."""
    total, found = _raw_score(list(lines), label=False)
    if not found:
        return None
    return _squash(total)


def classify(score: float | None, band: float = NEUTRAL_BAND) -> str:
    """``"pos"``, ``"neg"`` or ``"neutral"`` for a score (None is neutral)."""
    if score is None or abs(score) < band:
        return "neutral"
    return "pos" if score > 0 else "neg"
