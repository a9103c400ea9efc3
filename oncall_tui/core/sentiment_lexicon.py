"""The customer-sentiment scorer's lexicon: word and stem valences and the support domain's phrases.

Data for :mod:`oncall_tui.core.sentiment_rules`, with the dispatch table that lets a word start try only
the phrases its first two characters allow (:func:`_phrase_pattern`).
"""

from __future__ import annotations

import re
from functools import lru_cache


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
    anything after their first character.  Worked out on first use,
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

    Trying every phrase at every word start cost several times the rest of the scorer;
    a word start now tries only the few its first two characters allow, and
    the winner is the same as the one big alternation's (the first phrase in
    list order that matches and ends on a word boundary).
    """
    indices = _phrase_starts().get(key) or _phrase_starts().get(key[0] + _ANY)
    if not indices:
        return None
    return re.compile("(?:" + "|".join(f"(?P<p{i}>{_PHRASES[i][0]})" for i in indices) + r")\b")
