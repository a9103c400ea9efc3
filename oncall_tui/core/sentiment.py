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

Customer voice (not verdict labels) is then read by a hybrid (issue 21): the
rules' per-sentence findings (score, contrast opener, hedge, request,
sarcasm) and the words (negation- and contrast-marked, bigrams, prefixes,
lexicon classes) feed a three-class logistic regression whose weights,
trained on the labelled corpus by ``tests/perf/train_sentiment_model.py``,
ship as text in ``sentiment_weights`` and are parsed on first use.  It may
flip or supply a polarity; it never erases one the rules found, and long
sections (more than ``MODEL_SENTENCES`` sentences) are the rules' alone.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from oncall_tui.core.vocabulary import POLARITY_BAND


SCORER_VERSION = 3
"""Part of the parse cache's fingerprint: bump it when scores change, so cached cases are re-scored."""

ALPHA = 6.0
"""Squashing constant: a sum of about 2.5 (one clear feeling word) gives ~0.7."""

NEUTRAL_BAND = POLARITY_BAND
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

# Support and chat language the first lexicon missed (issue 21): shorthand approvals, relief,
# commercial alarms, and plain words of praise and blame.
_EXTRA_WORDS, _EXTRA_STEMS = _lexicon({
    -2.5: "shame unusable",
    -2.0: "superficial* contradict* canned ugh thumbsdown dispute* dread*",
    -1.5: "grumbl* moan* gripe* whing* offline wrong stuck embarrassing nope rough tough hectic messy counsel rfp withhold* "
          "silence remedy remedies",
    -1.0: "scare hiccup* uncertain* duplicat* promises woken bumpy flood suspend* blank mistake*",
    -0.75: "paged",
    0.5: "complete realistic",
    1.0: "quiet quieter calmer healthy cleanly relaxed ownership understood materialis* materializ* informed consulted "
         "accurate accurately practical workable usable viable sustainable relax*",
    1.5: "convinc* snappy snappier recommend* painless sorted cheers trusting star nicely trusts",
    2.0: "ty thx lgtm thumbsup phew lovely charm pleasure",
    2.5: "flawless* tyvm faultless",
})
for _word, _value in _EXTRA_WORDS.items():
    _WORDS.setdefault(_word, _value)
for _stem, _value in _EXTRA_STEMS.items():
    _STEMS.setdefault(_stem, _value)

_LONGEST_STEM = max(map(len, _STEMS))

# Multi-word expressions of the support domain, matched on normalised text
# before tokenising.  A number is the valence of the whole expression; a
# string replaces it (a marker word, or nothing for neutral set phrases).
_PHRASES: list[tuple[str, float | str]] = [
    # Contractual and commercial escalation: no feeling words, and alarming to any support engineer.
    (r"terminat\w* (?:\w+ )?(?:notice|for cause|clause)|(?:notice|intent\w*) (?:\w+ ){0,2}(?:not to renew|terminat\w*)"
     r"|formal (?:notice|complaint|breach|review)|breach notice|exit plan|reserve the right", -2.5),
    (r"(?:invok|claim|apply|applying|request|deduct|seek)\w* (?:\w+ ){0,3}(?:service |sla )?credits?"
     r"|(?:service |sla )?credit (?:clause|calculation)", -2.0),
    (r"(?:contract|relationship|account|renewal|partnership|agreement|commercial terms) (?:\w+ ){0,3}"
     r"(?:under review|on hold|at risk)|review\w* (?:of )?(?:the )?(?:commercial terms|relationship|partnership"
     r"|agreement)|renewal (?:\w+ ){0,2}depend", -2.0),
    (r"(?:assess|evaluat|compar|look|shortlist|migrat|mov)\w* (?:\w+ ){0,4}(?:other|another|replacement|alternative)"
     r" (?:vendors?|providers?|suppliers?|platforms?|solutions?|options)|replacement (?:vendor|provider)", -2.5),
    (r"(?:legal|counsel|lawyers?|attorneys?) (?:\w+ ){0,2}(?:involved|copied|in touch|review|options)"
     r"|(?:instructed|involv\w+|copied|engag\w+) (?:our )?(?:legal|counsel|lawyers?)", -2.5),
    (r"withh[oe]ld\w* (?:\w+ ){0,2}payment|material risk|(?:pausing|paused|halting|freez\w+) (?:the |our )?"
     r"(?:rollout|expansion|renewal|migration)|not (?:be )?expanding", -2.0),
    # Sarcasm and thanks that are not thanks.
    (r"thanks? (?:you )?for nothing", -3.0),
    # Chat shorthand and relief.
    (r"(?:works?|working|fixed|resolved|sorted) (?:now|again|on our (?:side|end))|confirmed (?:fixed|working|resolved)"
     r"|(?:that|this) (?:did it|did the trick|fixed it|worked)|all good|good to go|ship it|like a charm"
     r"|feel free to close|(?:issue|problem|error|bug)s? (?:is |are )?gone|green across the board|nice one"
     r"|looks? good(?: to me| now)?|good news", 2.0),
    (r"breath\w* (?:again|easier|easy)|sigh of relief|weight off|load off|back in business|thank (?:god|goodness|heavens)"
     r"|out of the woods|crisis averted|(?:pressure|panic|worst) is (?:off|over)|behind us|(?:full night'?s|finally) sleep"
     r"|sleep (?:tonight|again|at night)|(?:can|could) (?:finally )?(?:stop|get back)", 2.0),
    (r"(?:hats off|shout ?out|big thank|owe (?:\w+ )?(?:a )?(?:coffee|beer|drink|pint|lunch)|saved (?:us|our)"
     r"|won us over|turned (?:it|things) around|made all the difference|above all praise|ahead of schedule)", 2.5),
    (r"(?:could|can) not (?:have )?(?:asked for|thank \w+ enough|wish for)", 2.5),
    # Things going wrong without a feeling word.
    (r"(?:errors?|issues?|bugs?|problems?|crash\w*|timeouts?|outages?|failures?) (?:\w+ ){0,2}(?:came|come|comes|coming|is|are) back"
     r"|back for an encore", -2.0),
    (r"(?:is|are|was|were|went|still|goes|go|be|been|being|gone) down\b|(?:stopped|stops) (?:working|responding|loading|syncing)"
     r"|cost (?:us|them) |losing (?:money|revenue|customers|business)|no idea|too bad|out of (?:arguments|patience|options)"
     r"|run out|ran out", -2.0),
    (r"no (?:explanation|guarantee|eta|timeline|plan|workaround|answers?|clue|accountability|progress|improvement"
     r"|ownership|commitment|dates?)", -1.5),
    (r"(?:load |response |wait |page )?(?:times?|latency|error rates?|costs?|complaints|stress|pressure|tension)"
     r" (?:levels? )?(?:are|is|went|have gone|has gone|are finally|is finally) down", 2.0),
    (r"no longer (?:need|needs|has to|have to|required)|(?:do|does) not (?:need|have) to \w+ (?:\w+ ){0,5}any ?more"
     r"|(?:alerts?|alarms?|pages?|pagers?|errors?|retries) (?:have |has )?(?:stopped|ceased)", 2.0),
    (r"(?:not|without|zero|no) (?:(?:have|had|get|got|see|seen|receive|received|hear|heard) )?(?:a single|one|once) (?:\w+ ){0,2}(?:error|problem|issue|complaint|incident|failure"
     r"|crash|alert|dropped|ticket|call)", 2.5),
    (r"exactly what (?:we|i|our \w+) (?:needed|wanted|asked for)", 2.0),
    (r"feel (?:heard|listened to|valued|supported|respected)", 1.5),
    (r"(?:does|did|do) not (?:explain|commit|address|answer|help|work|fix)|got nothing|(?:were|was) promised"
     r"|waited (?:\w+ ){0,2}(?:hours|days|weeks)", -1.5),
    (r"(?:has|have|had|is|are) not (?:stopped|ceased|gone away|landed|shipped|arrived|materiali[sz]ed)"
     r"|(?:can not|cannot) keep \w+ing|(?:is|was) not how|escalat\w* (?:this |it |the matter )?(?:to|with) (?:your |our |the )?"
     r"(?:ceo|cto|cio|coo|vp|management|leadership|executives?|board|directors?|head)", -2.0),
    (r"credit where (?:it's|it is) due", 1.5),
    (r"(?:can not|cannot|will not|won't|do not|could not|not prepared to|not willing to|unwilling to) (?:accept|tolerate|afford"
     r"|continue like this|live with)"
     r"|not (?:what|the (?:\w+ ){0,3}?)(?:we|i) (?:signed up for|paid for|asked for|were promised|expected)"
     r"|still (?:seeing|getting|hitting|having|experiencing|waiting|stuck|broken|failing)|not working|(?:does|did|is) not work"
     r"|knew better|(?:need|want|expect) you to (?:be|start|actually|stop)|nobody (?:has |have |had )?(?:updated|responded"
     r"|replied|called|answered|told|explained)", -2.0),
    (r"(?:calm|quiet|stable|normal|relaxed|healthy|green) again|(?:in|within) (?:seconds|minutes), not (?:minutes|hours|days)"
     r"|(?:exceed|surpass)\w* what (?:we|i) (?:asked|hoped|expected)", 2.0),
    (r"(?:initiat|start|begin|commenc)\w* (?:the |a |our )?(?:termination|exit|offboarding|cancellation)"
     r"|exit (?:the |our |this )?(?:contract|agreement|relationship)", -2.5),
    (r"for nothing|fell over|falls? over|(?:returns?|shows?|loads?|displays?) nothing|roll (?:it |this |that )?back"
     r"|(?:still )?(?:do|does|did) not know (?:what|why|when|how)|never (?:received|got|heard|had)", -1.5),
    (r"(?:slept|sleep|sleeping) (?:through the night|properly|soundly)|(?:go|get|went|going) home (?:at a normal hour|on time"
     r"|early)|weight (?:\w+ ){0,3}lifted|humming along|exactly right|spot on|just right|not a (?:peep|sound|squeak|blip)"
     r"|(?:have|has|had) not (?:had|needed) to|stop\w* needing|no longer needing", 2.0),
    (r"(?:confidence|trust|faith) (?:\w+ ){0,4}(?:gone|lost|shattered|evaporated|eroded)|(?:notice|letter) of (?:dispute"
     r"|termination|breach|non-renewal)|competing (?:provider|vendor|supplier|platform|product|offer)|payments? (?:\w+ ){0,4}"
     r"(?:suspended|withheld|on hold|paused)|(?:put|putting|puts|placed|placing) (?:\w+ ){0,6}on hold|future of (?:the |our |this )?"
     r"(?:contract|relationship|partnership|account)|nothing says (?:\w+ ){1,3}like", -2.5),
    (r"(?:eaten|ate|eats|eating|costing|wasted|burned|burnt) (?:\w+ ){0,2}(?:days?|hours?|weeks?|time|sprint|weekend)"
     r"|(?:said|says|say|saying) (?:essentially |basically |practically )?nothing|(?:essentially|basically|practically) nothing"
     r"|no way|(?:did|have|has) not (?:get|got|receive|see)|not (?:returned|answered|called|replied|responded)"
     r"|(?:last|the last) to (?:know|hear|find out)|still (?:double|twice|higher|worse|high|slow)"
     r"|(?:can not|cannot) wait (?:\w+ ){0,2}(?:weeks|days|months|that long|any longer)"
     r"|(?:needs?|needed|requires?) (?:a |another )?(?:fix|patch|workaround)", -2.0),
    (r"outstanding (?:invoices?|payments?|balance|amounts?)", ""),
    (r"(?:only |just )?moved the (?:problem|failure|issue|error|fault)|(?:does|did|do) not (?:match|add up|reflect)"
     r"|would have been (?:more |much more |a lot more )?(?:useful|helpful|nice|better|good)|same (?:mistake|issue|problem"
     r"|error|bug|fault) (?:again|happened|came back|as before)|lasted (?:a whole|all of|only|just)|more of a suggestion"
     r"|(?:do|does|did) not (?:think|believe) (?:that )?(?:anyone|anybody|you|your|this|it|the)|not what (?:a |an )?"
     r"(?:\w+ ){0,3}(?:looks like|should look like)|(?:could|can|did) not reproduce|not heard (?:a word|anything|back)"
     r"|happen\w* again|morale is low|low morale|locked out|keep (?:us|me|them) up (?:all night|at night)", -2.0),
    (r"(?:give|giving|gave|serve|serving|served) (?:\w+ )?notice|not (?:extend|renew)\w*|reserv\w* (?:all |our |all our )?rights"
     r"|(?:benchmark|trial|pilot|talk|meet)\w* (?:\w+ ){0,4}(?:other|another|alternative|competing) (?:vendors?|providers?"
     r"|suppliers?|platforms?|solutions?)|terminat\w* (?:rights|process|options)|(?:paus|halt|freez|froz)\w* (?:\w+ ){0,3}"
     r"(?:rollout|expansion|renewal|migration|purchases?|licen[cs]es?|spend|orders|investment)", -2.5),
    (r"speaks? for (?:themselves|itself)|(?:close|closed|closing) the war room|stand(?:ing)? down|(?:did|does) not keep (?:us|me|them) up"
     r"|(?:big |huge |real )?step forward|(?:error rates?|errors|latency|downtime|call volumes?) (?:\w+ ){0,3}(?:lowest|lower"
     r"|halved|back to normal)|stopped (?:emailing|calling|asking|chasing|pinging|messaging|ringing)"
     r"|zero (?:alerts|errors|issues|incidents|tickets|complaints|downtime|failures|pages)", 2.0),
    (r"drop ?outs?", -1.0),
    (r"would help|were told", ""),
    (r"no one|no-one|not (?:one|a single one|any) of|none of", "nobody"),
    (r"no more|no longer", "ceased"),
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
    (r"not any longer|not anymore|any ?more", "not"),
    (r"a bit|a little|kind of|sort of", "slightly"),
    (r"at first|in the beginning|to begin with", "initially"),
    (r"by the end(?: of \w+(?: \w+)?)?|in the end", "ultimately"),
    (r"that said|having said that|even so|all the same", "however"),
    (r"even though|even if|in spite of", "although"),
]

_ANY = "\0"


def _prefixes(source: str, size: int = 2) -> set[str]:
    """Every way a phrase pattern can begin, as strings of *size* characters.

    A prefix ending in ``_ANY`` stands for any character from there on (a
    ``\\w`` or anything not a plain literal).  Worked out from the pattern's
    parse tree, so the table below follows any edit to the phrases.
    """
    from re import _constants as c, _parser

    def walk(items, start: set[str]) -> set[str]:
        current = set(start)
        for op, av in items:
            open_ = {p for p in current if len(p) < size and not p.endswith(_ANY)}
            if not open_:
                break
            if op is c.LITERAL:
                grown = {p + chr(av) for p in open_}
            elif op is c.IN and all(kind is c.LITERAL for kind, _ in av):
                grown = {p + chr(code) for p in open_ for _, code in av}
            elif op is c.SUBPATTERN:
                grown = walk(av[-1], open_)
            elif op is c.BRANCH:
                grown = set().union(*(walk(branch, open_) for branch in av[1]))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                low, high, sub = av
                grown, layer = set(), open_
                for count in range(size + 1):
                    if count >= low:
                        grown |= layer
                    if count == high:
                        break
                    layer = walk(sub, layer)
            elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                grown = open_
            else:
                grown = {p + _ANY for p in open_}
            current = (current - open_) | grown
        return {p if len(p) == size or p.endswith(_ANY) else p + _ANY for p in current}

    return walk(_parser.parse(source), {""})


@lru_cache(maxsize=1)
def _phrase_starts() -> dict[str, tuple[int, ...]]:
    """Per two opening characters, the indices of the phrases that can start with them, in list order.

    Keys are two characters, or one and ``_ANY`` for the phrases that allow
    anything after their first character.  Worked out on first use (~20 ms),
    not at import.
    """
    starts = [_prefixes(source) for source, _value in _PHRASES]
    keys = {p for prefixes in starts for p in prefixes}
    if any(p[0] == _ANY for p in keys):
        raise ValueError("a phrase that can start with any character cannot be dispatched")
    return {key: tuple(i for i, prefixes in enumerate(starts) if key in prefixes or key[0] + _ANY in prefixes)
            for key in keys}


@lru_cache(maxsize=None)
def _phrase_pattern(key: str) -> re.Pattern[str] | None:
    """One alternation of the phrases a word starting with *key* can begin, compiled the first time it is needed.

    Trying every phrase at every word start cost ~4x the rest of the scorer;
    a word start now tries only the few its first two characters allow, and
    the winner is the same as the one big alternation's (the first phrase in
    list order that matches and ends on a word boundary).
    """
    indices = _phrase_starts().get(key) or _phrase_starts().get(key[0] + _ANY)
    if not indices:
        return None
    return re.compile("(?:" + "|".join(f"(?P<p{i}>{_PHRASES[i][0]})" for i in indices) + r")\b")
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


_WORD_FEATURE_LIMIT = 600
"""Tokens of a text that become word features (a 2 MB line is not read word by word twice)."""


_FEATURE_SPECIAL = _BREAKS | _CONTRAST | _TURNS | _JOINS | _NEGATORS | _CEASE | {"yet"}


def _sign(score: float) -> str:
    return "p" if score > 0.3 else "n" if score < -0.3 else "0"


def _features(feats: list, total: float, found: bool) -> dict[str, float]:
    """The hybrid model's features of one text: the rule scorer's sentence-level findings and its words.

    *feats* holds, per sentence, what ``_raw_score`` saw: (tokens, weighted
    score, carried feeling, hedged, request, sarcastic, contrast opener,
    place as in ``_raw_score``).
    Words are the normalised tokens after phrase substitution (so a phrase
    such as "invoking the service credit clause" is one marker ``~n``), with
    ``n:`` inside a negation's scope (to the next break, join or contrast)
    and also ``a:`` after a contrast, plus bigrams.
    """
    out: dict[str, float] = {"bias": 1.0}
    get = out.get
    squashed = total / math.sqrt(total * total + ALPHA)
    out["rs"] = squashed
    out["r:" + (_sign(squashed) if found else "none")] = 1.0
    count = len(feats)
    out[f"ns:{min(count, 4)}"] = 1.0
    budget = _WORD_FEATURE_LIMIT
    high = low = 0.0
    for k, (tokens, score, _hit, hedged, request, sarcastic, opener, _where) in enumerate(feats):
        mark = _sign(score)
        high, low = max(high, score), min(low, score)
        out["s:" + mark] = out.get("s:" + mark, 0.0) + 1.0
        if k == count - 1:
            out["last:" + mark] = 1.0
        if k == 0:
            out["first:" + mark] = 1.0
        if hedged:
            out["hedge"] = 1.0
        if request:
            out["req:" + mark] = 1.0
        if sarcastic:
            out["sarc"] = 1.0
        if opener:
            out["open:" + mark] = 1.0
        if budget <= 0:
            continue
        negated = False
        after = opener
        conceded = tokens[0] in _CONCESSIVE  # "although the outage lasted hours, ...": up to the first break
        prev = "<s>"
        for i, token in enumerate(tokens[:budget]):
            special = token in _FEATURE_SPECIAL
            if special and token in _BREAKS:
                negated, conceded, prev = False, False, token
                continue
            value = _valence(token)
            if conceded:
                out["c:" + token] = 1.0
                if value:
                    key = "cv:+" if value > 0 else "cv:-"
                    out[key] = get(key, 0.0) + 1.0
                prev = token
                continue
            if special:
                if _is_contrast(tokens, i) or token in _TURNS:
                    after, negated = True, False
                elif token in _JOINS:
                    negated = False
            name = ("n:" if negated else "w:") + token
            out[name] = get(name, 0.0) + 1.0
            if after:
                out["a:" + token] = 1.0
            out["b:" + prev + " " + token] = 1.0
            if len(token) > 5:  # a word's first five letters: "reassuring" helps read "reassured"
                out[("np:" if negated else "p:") + token[:5]] = 1.0
            if value:
                key = ("nv:" if negated else "v:") + ("+" if value > 0 else "-") + ("2" if abs(value) >= 2 else "1")
                out[key] = get(key, 0.0) + 1.0
            if special and (token in _NEGATORS or token in _CEASE):  # "stopped complaining" as "no complaints"
                negated = True
            prev = token
        budget -= len(tokens)
    out["hi"] = high / math.sqrt(high * high + ALPHA)
    out["lo"] = low / math.sqrt(low * low + ALPHA)
    return out


def _squash(total: float) -> float:
    score = round(total / math.sqrt(total * total + ALPHA), 2)
    return score + 0.0  # no "-0.0"


@lru_cache(maxsize=1024)
def score_label(label: str) -> float:
    """Score in [-1, 1] of an explicit verdict ("Dissatisfied but understanding").

    A label that carries a polarity never scores 0, however faint.
    """
    total, _found, _where = _raw_score([label], label=True)
    score = _squash(total)
    if score == 0.0 and total != 0.0:
        score = math.copysign(0.01, total)
    return score


def _pieces(line: str) -> list[str]:
    """The parts ``_SENTENCE_RE.split`` gives, each with its own closing punctuation kept."""
    pieces = []
    start = 0
    for match in _PIECE_RE.finditer(line):
        pieces.append(line[start:match.end()])
        start = match.end()
    pieces.append(line[start:])
    return pieces


EVIDENCE_LIMIT = 300
"""Characters of the deciding sentence kept as evidence (a 2 MB line is not a sentence to show)."""


def score_text(lines: list[str]) -> float | None:
    """Score in [-1, 1] of the customer's own words; None when none carry feeling."""
    return score_text_with_evidence(lines)[0]


_WEIGHTS: dict[str, tuple[float, float]] = {}


def _weights() -> dict[str, tuple[float, float]]:
    """The model's weights, parsed from ``sentiment_weights`` on first use (a few milliseconds)."""
    if not _WEIGHTS:
        from oncall_tui.core.sentiment_weights import WEIGHTS_TEXT

        cells = WEIGHTS_TEXT.replace("\n", "\t").split("\t")[:-1]
        _WEIGHTS.update(zip(cells[0::3], zip(map(float, cells[1::3]), map(float, cells[2::3]))))
    return _WEIGHTS


MODEL_SENTENCES = 5
"""Longer texts (a whole voice section of notes) are read by the rules alone: the model was trained on
snippets of one to four sentences."""
OVERRIDE_MARGIN = 0.1
"""How much likelier than the rules' class the model's class must be to replace it (chosen on dev)."""
MODEL_ALONE_LIMIT = 0.3
"""The largest score the model gives a text in which the rules found no feeling at all."""


def model_probabilities(features: dict[str, float]) -> tuple[float, float, float]:
    """The hybrid model's (neg, neutral, pos) probabilities for one text's features."""
    neg = pos = 0.0
    weights = _WEIGHTS or _weights()
    for name, value in features.items():
        pair = weights.get(name)
        if pair is not None:
            neg += value * pair[0]
            pos += value * pair[1]
    top = max(neg, pos, 0.0)
    e_neg, e_neutral, e_pos = math.exp(neg - top), math.exp(-top), math.exp(pos - top)
    norm = e_neg + e_neutral + e_pos
    return e_neg / norm, e_neutral / norm, e_pos / norm


def _evidence(lines: list[str], decided: tuple[int, int, int] | None) -> str | None:
    if decided is None:
        return None
    line = lines[decided[0]]
    pieces = _pieces(line)
    # Normalising keeps every sentence break, so the pieces line up; if an odd character
    # ever made them differ, the whole line is the evidence.
    piece = pieces[decided[1]] if len(pieces) == decided[2] else line
    return " ".join(piece.split()).strip("\"\u201c\u201d*_ ")[:EVIDENCE_LIMIT] or None


_WRAPPED_RE = re.compile(r"[^.!?;:\s]\s*$")


def _unwrap(lines: list[str]) -> list[str]:
    """Lines joined where a paragraph was hard-wrapped mid-sentence (no closing mark, next line in lower case).

    A wrapped sentence is one sentence to the scorer; list items and lines
    that end a sentence stay apart.  Linear: each line is looked at once.
    """
    out: list[list[str]] = []
    joining = False
    for line in lines:
        if joining and line[:1].islower():
            out[-1].append(line.strip())
        else:
            out.append([line.rstrip()])
        joining = _WRAPPED_RE.search(line[-200:]) is not None
    return [" ".join(parts) for parts in out]


def score_text_with_evidence(lines: list[str]) -> tuple[float | None, str | None]:
    """The score of :func:`score_text` and the sentence, as written, that weighed most toward it.

    The rules give a score and their findings per sentence; the hybrid model
    (``sentiment_weights``, trained on the labelled corpus) reads those
    findings and the words of a text of up to ``MODEL_SENTENCES`` sentences
    and decides between *pos* and *neg* when it finds either likelier than
    *neutral* and likelier than the rules' class by ``OVERRIDE_MARGIN``.
    Where it agrees with the rules, or reads neutral, their score stands;
    where it flips or supplies a polarity, the score is the model's margin
    with the model's sign (at most ``MODEL_ALONE_LIMIT`` when the rules found
    no feeling), and the evidence is the sentence the rules scored furthest
    that way, else the last one.
    """
    lines = _unwrap(lines)
    feats: list = []
    total, found, decided = _raw_score(lines, label=False, feats=feats)
    score = _squash(total) if found else None
    rule = guess = classify(score)
    if feats and len(feats) <= MODEL_SENTENCES:
        neg, neutral, pos = model_probabilities(_features(feats, total, found))
        if max(neg, pos) > neutral:
            guess = "neg" if neg > pos else "pos"
        probability = {"neg": neg, "neutral": neutral, "pos": pos}
        if guess != rule and probability[guess] - probability[rule] < OVERRIDE_MARGIN:
            guess = rule  # a near tie: the rules, whose reasons are known, keep their verdict
    if guess == rule or guess == "neutral":  # the model never erases a feeling the rules found
        if score is None:
            return None, None
        return score, _evidence(lines, decided) if score != 0.0 else None
    sign = 1.0 if guess == "pos" else -1.0
    score = sign * max(round(abs(pos - neg), 2), NEUTRAL_BAND)
    if not found:
        score = sign * min(abs(score), MODEL_ALONE_LIMIT)  # no word of feeling: "Failure of the nightly job."
    best = max(feats, key=lambda f: sign * f[1])
    place = best[7] if sign * best[1] > 0 else feats[-1][7]
    return score, _evidence(lines, place)


def classify(score: float | None, band: float = NEUTRAL_BAND) -> str:
    """``"pos"``, ``"neg"`` or ``"neutral"`` for a score (None is neutral)."""
    if score is None or abs(score) < band:
        return "neutral"
    return "pos" if score > 0 else "neg"
