"""The customer-sentiment scorer's rules: normalising, phrases, negation, boosters, contrast and sarcasm.

Each sentence of a text gets a weighted score from the lexicon (:mod:`oncall_tui.core.sentiment_lexicon`);
:func:`_raw_score` sums them and says which sentence decided.  The public entry points are in
:mod:`oncall_tui.core.sentiment`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from oncall_tui.core.sentiment_lexicon import _LONGEST_STEM, _PHRASES, _STEMS, _WORDS, _phrase_pattern


_WORD_START_RE = re.compile(r"(?<![a-z])[a-z]")

_WIDE_NEGATORS = frozenset({"nobody", "nothing", "noone", "neither"})  # "nobody on their side is happy"
_NEGATORS = frozenset("not no never none nobody nothing neither nor without cannot hardly barely scarcely "
                      "lack lacks lacking lacked non zero ceased".split())
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
_PIECE_RE = re.compile(r"(?<![.!?;])[.!?;]+[\"\u201d\u2019)\]*_]*(?:\s+|$)|\n")
"""Sentence ends in the text as written, closing quotes and emphasis kept with their sentence."""
_TRANSLATE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": ", ", "\u2014": ", ",
                            "\U0001f44d": " thumbsup ", "\U0001f64f": " thumbsup ", "\U0001f389": " thumbsup ",
                            "\U0001f642": " thumbsup ", "\U0001f600": " thumbsup ", "\U0001f44e": " thumbsdown ",
                            "\U0001f621": " thumbsdown ", "\U0001f620": " thumbsdown ", "\U0001f641": " thumbsdown "})
_CONTRACTION_RE = re.compile(r"\b(?:can't|won't)|n't\b")
_CONTRACTED = {"can't": "can not", "won't": "will not", "n't": " not"}
_DASH_RE = re.compile(r"\s-+\s")
_JUNK_RE = re.compile(r"[^a-z0-9'.!?;,:\n ]+|(?<=[a-z])-(?=[a-z])")


_NAMED_THANKS_RE = re.compile(r"\b(?:[Tt]hanks|[Tt]hank you|[Kk]udos|[Cc]redit|[Cc]heers|[Gg]ratitude|[Gg]rateful"
                              r"|[Tt]hank-you|[Hh]ats off|[Ss]hout[ -]?out) to (?=[A-Z][a-z])")
"""Thanks addressed to a named person ("Huge thanks to Daniel"): praise, unlike "thanks to the outage"."""
_TO_NAME_RE = re.compile(r" to [A-Z][a-z]")
_SMILEYS = {":)": " thumbsup ", ":-)": " thumbsup ", ":(": " thumbsdown ", ":-(": " thumbsdown "}
_SMILEY_RE = re.compile(r":-?[()]")


def _normalise(text: str) -> str:
    """Lower case, straight apostrophes, contractions opened, markup and hyphens made spaces."""
    if _TO_NAME_RE.search(text) is not None:
        text = _NAMED_THANKS_RE.sub("kudos ", text)
    if ":" in text:
        text = _SMILEY_RE.sub(lambda m: _SMILEYS[m.group()], text)
    text = text.lower().translate(_TRANSLATE)
    if "'" in text:
        text = _CONTRACTION_RE.sub(lambda m: _CONTRACTED[m.group()], text)
    return _JUNK_RE.sub(" ", _DASH_RE.sub(", ", text))


def _substitute_phrases(text: str) -> str:
    """Each phrase, where a word starts, replaced by its marker (``~index``) or its replacement word."""
    out: list[str] = []
    last = 0
    for start in _WORD_START_RE.finditer(text):
        pos = start.start()
        if pos < last:
            continue
        pattern = _phrase_pattern(text[pos:pos + 2])
        match = pattern.match(text, pos) if pattern is not None else None
        if match is None:
            continue
        index = int(match.lastgroup[1:])  # type: ignore[index]
        value = _PHRASES[index][1]
        out.append(text[last:pos])
        out.append(f" ~{index} " if isinstance(value, float) else f" {value} ")
        last = match.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


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
    if _WEIGHTY.isdisjoint(tokens):
        return weights
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


_CEASE = frozenset({"ceased", "stopped", "stop", "stops", "quit"})
"""Words that end what follows them: "stopped complaining" is good news, "stopped trusting" bad."""
_CEASE_AFTER = frozenset({"stopped", "ceased", "gone", "disappeared", "vanished", "cleared", "subsided"})
"""The same, after the thing that ended: "the crashes stopped", "complaints have ceased"."""
_CEASED_NEGATIVE = -0.8
_COMPLAINT = re.compile(r"complain|grumbl|moan|gripe|whing")
_AUXILIARIES = frozenset({"does", "do", "did", "will", "would", "can", "could"})
_MENTAL = frozenset("feel felt think thought believe believed consider considered find found call say said seen see "
                    "saw noticed notice had received receive heard experienced get got seem seems seemed".split())
"""After a negator these carry it to the clause end: "we don't feel the analysis was thorough or honest"."""
_TOPIC = frozenset("escalation escalations escalate escalated escalating incident incidents outage outages p1 p2 p3 "
                   "ticket tickets issue issues error errors bug bugs downtime failure failures severity".split())
"""Incident vocabulary: topic, not mood, in a request or a question."""
_REQUEST_RE = re.compile(r"\s*(?:please|pls|plz|kindly|can|could|would|will you|what|which|who|when|where|is there"
                         r"|are there|how|adding|attached|attaching|sending|following up|for the|fyi|any update)\b")
_HEDGE_RE = re.compile(
    r"\b(?:too (?:early|soon) to (?:say|tell|judge|know)|hard to (?:say|tell|judge)|(?:can not|cannot) (?:judge|tell|say) yet"
    r"|wait\w* (?:for|on) (?:the |our |a )?(?:\w+ )?(?:rca|report|postmortem|results?|review|findings|testing|confirmation|data|metrics)"
    r"|before (?:deciding|we decide|drawing|responding|closing|we can (?:comment|say|confirm)|commenting|judging)"
    r"|reserv\w* (?:our )?judge?ment|no verdict|jury'?s (?:still )?out|inconclusive|let'?s see|let us (?:see|validate)"
    r"|we'?ll see|keep an eye|(?:we'?ll|will|we are|continue to|keep) monitor\w*|monitor\w* (?:it |this )?(?:for|over) (?:a few|the next|another|some)|not sure (?:yet )?(?:whether|if)|unclear (?:to us )?whether|still (?:collecting|evaluating"
    r"|checking|assessing|testing|investigating|gathering)|(?:not |un)clear (?:yet )?(?:if|whether)|not clear yet|holding off|pending (?:confirmation|review|investigation|testing|sign-?off)|yet to|might be fixed|(?:will|we'll) (?:know|assess|review|decide|circle back)"
    r"|(?:have|has) not had (?:time|a chance)|more (?:traffic|data|time) to (?:know|tell))\b"
)
_INTERJECTION_RE = re.compile(
    r"\s*(?:oh |well |just |so |what a )?(?:that'?s |that is |this is )?(?:just |really |simply |absolutely )?(?:great|wonderful|fantastic|brilliant|perfect|lovely|awesome|nice|terrific"
    r"|fabulous|excellent|amazing|marvell?ous|super|superb|congratulations|congrats|happy (?:friday|monday)|oh good"
    r"|good|cool|well done|great news)(?: (?:start|stuff|timing)| [a-z]+(?: [a-z]+)?(?=\s*:))?(?: as (?:usual|always|ever))?(?:\s*[,.!:]|\s*$|\s+(?:another|now|the|a|so|how|to))"
)
_PRAISE_EVENT_RE = re.compile(
    r"\b(?:thanks?|thank you|love|loving|congratulations|congrats|perfect timing|great job|great work|nice work|well done"
    r"|kudos|glad to see|amazing how|great to hear|great start|appreciate|appreciated)\b((?: [a-z0-9']+){0,8}?) (?:outages?"
    r"|incidents?|downtime|crash\w*|breaking|broke|broken|failure|failed|p1|data loss|nothing|rca will take)\b"
    r"(?! (?:updates?|reports?|reviews?|response|handling|management|summary|call|bridge|team|process|postmortem|write))"
)
_RESOLUTION = frozenset("fix fixing fixed response responding recovery rollback update updates help helping handling "
                        "restore restoring getting resolving resolution quick quickly swift fast rapid patience support "
                        "after during handled managing transparency honesty communication openness report explanation "
                        "postmortem rca work effort care professionalism ownership clear".split())
_SARCASM_GATE = re.compile(
    r"\b(?:great|wonderful|fantastic|brilliant|perfect|lovely|awesome|nice|terrific|fabulous|excellent|amazing|marvell?ous"
    r"|super|superb|congrat\w*|happy|good|cool|thanks?|thank you|love|loving|well done|kudos|glad|impressive|exactly|just"
    r"|appreciate\w*)\b")
"""Any cue of sarcasm at all: a line without one skips the sentence-by-sentence look."""
_PRAISE_HOW_RE = re.compile(r"\b(?:love|loving|amazing|great|nice|wonderful|brilliant|fantastic|impressive) (?:how|that|it when|when)\b")
_SARCASM_WHAT_RE = re.compile(r"\b(?:exactly|just) (?:what|the kind of \w+)(?: we| i| our \w+)? (?:needed|wanted|need|want"
                              r"|pay for|asked for|were hoping for)")
_EVENT = frozenset("outage outages incident incidents downtime crash crashes crashed p1 broken broke breaking failed "
                   "failure down again another nothing offline died break nobody".split())


def _score_sentence(tokens: list[str], label: bool, *, topic_zero: bool = False,
                    sarcastic: bool = False, hedged: bool = False) -> tuple[float, bool]:
    """Weighted valence sum of one sentence and whether any word carried feeling.

    Everything is one forward pass over the tokens (look-backs are bounded
    to three words), so a sentence costs what its words cost.
    """
    weights = _clause_weights(tokens, label)
    text = not label
    topical = 0.0  # topic words, kept apart: they weigh only beside a negative word of feeling
    negative = False
    total = 0.0
    found = False
    clause: list[float] = []
    clause_at: list[int] = []
    topic: list[float] = []
    fade = 1.0
    # Negation reaches back over its segment (to the last break, join or contrast): a wide negator
    # ("nobody") anywhere in it, any other negator up to three words back.  In running text a
    # negated verb of opinion or perception carries to the clause end ("we don't feel it was
    # thorough or honest"), and "stopped / no longer" ends what follows or precedes it.
    segment = 0
    wide = -1
    ended_complaint = False
    before = 0.0  # running text: the weighted sum before the last mid-sentence contrast
    after_words = 0
    after_found = False
    contrasted = False
    for i, token in enumerate(tokens):
        if token in _SPECIAL:  # most words are none of these: straight to their valence
            contrast = _is_contrast(tokens, i)
            if token in _BREAKS or contrast:
                total += fade * sum(clause)
                topical += fade * sum(topic)
                clause, clause_at, topic, fade = [], [], [], 1.0
                segment, wide, ended_complaint = i + 1, -1, False
                if contrast and text and i > 0:
                    before, contrasted, after_words, after_found = total, True, 0, False
                continue
            after_words += 1
            if token in _JOINS:
                segment = i + 1
                if not (text and token == "or"):
                    wide = -1
            elif token in _WIDE_NEGATORS:
                wide = i
            elif text and token in _MENTAL and any(tokens[b] in _NEGATORS for b in range(max(segment, i - 3), i)):
                wide = i
            elif text and token == "not" and i and tokens[i - 1] in _AUXILIARIES and clause_at:
                for k in range(len(clause) - 1, -1, -1):  # "friendly does not fix anything"
                    if clause_at[k] < i - 3:
                        break
                    if clause[k] > 0:
                        clause[k] *= _NEGATED_POSITIVE
            elif text and token in _CEASE_AFTER and clause_at and not any(
                    tokens[b] in _NEGATORS for b in range(max(segment, i - 3), i)):
                for k in range(len(clause) - 1, -1, -1):  # the negatives just before: "the crashes stopped"
                    if clause_at[k] < i - 6:
                        break
                    if clause[k] < 0:
                        clause[k] = max(-clause[k] * 0.8, 1.0) * weights[clause_at[k]]
            if token in _FADE:
                fade = _FADE[token]
                continue
        else:
            after_words += 1
        value = _valence(token)
        if value == 0.0 or (topic_zero and -1.0 <= value <= 0.5) or (hedged and -2.0 < value < 2.0):
            continue  # a request's weak words and a hedge's ordinary ones are not a verdict
        after_found = True
        for back in range(i - 1, max(i - 3, -1), -1):
            prev = tokens[back]
            if prev in _BREAKS or _is_contrast(tokens, back):
                break
            if prev in _BOOSTERS:
                value *= _BOOSTERS[prev]
                break
        window = range(max(segment, i - 3), i)
        base = value
        negated = True
        if text and i and tokens[i - 1] == "such":
            negated = False  # "never had such poor communication": exclamation, not negation
        elif text and any(tokens[b] in _CEASE for b in range(max(segment, i - 5), i)) and not any(
                tokens[b] in _NEGATORS and tokens[b] not in _CEASE for b in range(max(segment, i - 5), i)):
            value = value * _NEGATED_POSITIVE if value > 0 else max(-value * -_CEASED_NEGATIVE, 1.0)
        elif wide >= 0 or any(tokens[b] in _NEGATORS for b in window):
            if value > 0:
                value *= _NEGATED_POSITIVE
            else:  # "no issues at all": in running text an absent problem is news, however small the word
                value = max(value * _NEGATED_NEGATIVE, 0.6) if text else value * _NEGATED_NEGATIVE
        elif text and i and tokens[i - 1] == "less":
            value *= _NEGATED_NEGATIVE * 2 if value < 0 else _NEGATED_POSITIVE  # "less stressed", "less good"
        else:
            negated = False
        if sarcastic and value > 0:
            value = -value
        if text and base < 0 and ended_complaint:
            continue  # "no longer complain about the search being useless": what they complained of
        if text and base < 0 and negated and _COMPLAINT.match(token):
            ended_complaint = True
        if text and token in _TOPIC and not negated:
            topic.append(value * weights[i])  # "worst service failure", but "the escalation process improved"
            continue
        found = True
        negative = negative or value < 0
        clause.append(value * weights[i])
        clause_at.append(i)
    total += fade * sum(clause)
    if negative:
        total += topical + fade * sum(topic)
    if sarcastic and not found:
        total, found = -2.0, True  # "Just what we needed, a second incident on payroll day."
    if contrasted and not after_found and after_words >= 3 and before:
        # "Thanks for the fix, but nothing has changed": the turn itself is the verdict.
        total = -2.0 * before
        found = True
    return total, found


_SPECIAL = (_BREAKS | _CONTRAST | _JOINS | _WIDE_NEGATORS | _MENTAL | _CEASE_AFTER | frozenset(_FADE) | {"not"})
"""Words the sentence loop must look at before their valence (breaks, contrast, negation scope, fading)."""
_WEIGHTY = _CONTRAST | _CONCESSIVE
_TURNS = frozenset({"unfortunately", "sadly", "however"})


def _line_sarcasm(text: str, substituted: str) -> list[bool] | None:
    """Per sentence of a normalised line: is praise in it sarcastic?  None: no cue at all.

    A sentence that opens on a bare interjection of praise ("Great, …",
    "Brilliant.") is sarcastic when what follows in the line is bad news;
    praise aimed at a bad event ("thanks for the outage", "congratulations on
    your fifth incident") is, unless a word of resolution stands between
    them ("thanks for the quick fix to the outage"); "exactly what we needed"
    is when the sentence or the one before holds bad news.  Bad news is read
    from *substituted* (the same line after phrase substitution), so a
    phrase such as "fell over" counts.
    """
    if _SARCASM_GATE.search(text) is None:
        return None
    sentences = _SENTENCE_RE.split(text)
    marked = _SENTENCE_RE.split(substituted)
    if len(marked) != len(sentences):
        return None
    flags = [False] * len(sentences)
    bad = [any(w in _EVENT or _valence(w) < 0 for w in _TOKEN_RE.findall(m)) for m in marked]
    bad_after = [False] * (len(sentences) + 1)
    for k in range(len(sentences) - 1, -1, -1):
        bad_after[k] = bad[k] or bad_after[k + 1]
    for k, sentence in enumerate(sentences):
        if not sentence:
            continue
        bad_before = k > 0 and bad[k - 1]
        match = _INTERJECTION_RE.match(sentence)
        if match:
            words = _TOKEN_RE.findall(sentence[match.end():])
            if bad[k] or (len(words) <= 2 and bad_after[k + 1]):
                flags[k] = True
                if len(words) <= 2 and k + 1 < len(sentences):
                    flags[k + 1] = True
                continue
        for found in _PRAISE_EVENT_RE.finditer(sentence):
            between = found.group(1).split()
            if not any(w in _RESOLUTION for w in between):
                flags[k] = True
                break
        if not flags[k] and bad[k] and _PRAISE_HOW_RE.search(sentence):
            flags[k] = True  # "love how the status page shows green while checkout is down"
        if not flags[k] and (bad[k] or bad_before) and _SARCASM_WHAT_RE.search(sentence) \
                and not sentence.lstrip().startswith(("but ", "however")):
            flags[k] = True
        if not flags[k] and k and flags[k - 1] and len(_TOKEN_RE.findall(sentence)) <= 4:
            flags[k] = True  # "Great, so we wait another week. Super helpful."
    return flags


def _raw_score(lines: list[str], label: bool, feats: list | None = None) -> tuple[float, bool, tuple[int, int, int] | None]:
    """Weighted sum, whether any word carried feeling, and where the deciding sentence is.

    The place is (line, sentence, sentences in that line) as ``_SENTENCE_RE``
    splits the normalised line.
    """
    sentences: list[float] = []
    where: list[tuple[int, int, int]] = []
    found = False
    text_mode = not label
    for number, line in enumerate(lines):
        normal = _normalise(line)
        text = _substitute_phrases(normal)
        sarcasm = _line_sarcasm(normal, text) if text_mode else None
        parts = _SENTENCE_RE.split(text)
        for index, sentence in enumerate(parts):
            tokens = _TOKEN_RE.findall(sentence)
            if not tokens:
                continue
            hedged = text_mode and _HEDGE_RE.search(sentence) is not None
            topic_zero = text_mode and (sentence.rstrip().endswith("?") or _REQUEST_RE.match(sentence) is not None)
            sarcastic = bool(sarcasm and index < len(sarcasm) and sarcasm[index])
            score, hit = _score_sentence(tokens, label, topic_zero=topic_zero, sarcastic=sarcastic, hedged=hedged)
            if hedged and not hit:
                if feats is not None:
                    feats.append((tokens, 0.0, False, True, topic_zero, sarcastic, False, (number, index, len(parts))))
                continue  # "too early to say whether it helped": judgement reserved, no verdict
            found = found or hit
            opener = tokens[0] in _CONTRAST or (text_mode and (
                not _TURNS.isdisjoint(tokens[:4]) or (tokens[0] == "still" and tokens[1:2] == [","])))
            if opener and sentences and not label:
                if not hit and len(tokens) >= 4 and sentences[-1] > 0:
                    score = -2.0 * sentences[-1]  # "Good call. Still, nothing has changed."
                    found = True
                sentences[-1] *= 0.5
                score *= 1.5
            sentences.append(score)
            where.append((number, index, len(parts)))
            if feats is not None:
                feats.append((tokens, score, hit, hedged, topic_zero, sarcastic, opener, where[-1]))
    total = sum(sentences)
    decided = None
    if sentences and total:
        best = max(range(len(sentences)), key=lambda k: sentences[k] if total > 0 else -sentences[k])
        decided = where[best]
    return total, found, decided
