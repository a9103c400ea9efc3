"""Hand-written support-language snippets with gold sentiment, for the scorer.

Each entry is ``(text, gold)`` with gold ``"pos"``, ``"neg"`` or ``"neutral"``.
A snippet may hold several bullets separated by newlines; it is scored as the
list of its lines, the way the parser hands a section to ``score_text``.

The split is fixed: even indices are the tuning half (the only one looked at
while choosing words, weights and thresholds), odd indices are held out.
Neutral is kept for genuinely neutral lines (logistics, requests, bare facts).
"""

from __future__ import annotations

LABELLED: list[tuple[str, str]] = [
    ("Customer thanked the on-call engineer for the fast turnaround on the hotfix.", "pos"),
    ("We are extremely disappointed that this is the third outage this quarter.", "neg"),
    ("While we appreciate the quick recovery, this incident has shaken our confidence.", "neg"),
    ("The team was responsive and kept us informed throughout.", "pos"),
    ("Customer is not satisfied with the root cause analysis provided so far.", "neg"),
    ("Customer is considering alternatives and has asked procurement to review the contract.", "neg"),
    ("Scheduled the follow-up call with their infrastructure lead for Thursday 10:00.", "neutral"),
    ("Although the outage lasted four hours, the customer was pleased with how openly we communicated.", "pos"),
    ("They are no longer confident that the platform can handle peak season.", "neg"),
    ("Great job by the database team: checkout is fast again and the customer noticed.", "pos"),
    ("Customer demanded a call with our VP and mentioned penalty clauses in the MSA.", "neg"),
    ("Honestly, the support this week has been outstanding.", "pos"),
    ("The customer was initially frustrated, but by the end of the call they were relieved and thanked everyone.", "pos"),
    ("Response times from support have been unacceptable; we waited six hours for a first reply.", "neg"),
    ("Customer acknowledged receipt of the incident report.", "neutral"),
    ("They are happy with the workaround and have no further concerns.", "pos"),
    ("Our CTO is questioning the reliability of your service for mission-critical workloads.", "neg"),
    ("Customer renewed for another two years after the review and praised the escalation handling.", "pos"),
    ("The SLA was breached twice in November and the customer wants service credits.", "neg"),
    ("Not a single complaint from the customer since the migration.", "pos"),
    ("Database connection timeouts were observed between 14:20 and 14:45 UTC.", "neutral"),
    ("We feel ignored; nobody from your side has given us an update in two days.", "neg"),
    ("Customer said the new dashboard gives them peace of mind.", "pos"),
    ("This is not acceptable for a platform we pay this much for.", "neg"),
    ("They were understanding about the maintenance window and did not raise any objections.", "pos"),
    ("However, the repeated data loss means we are evaluating other vendors.", "neg"),
    ("The customer contact was cooperative and shared logs promptly.", "pos"),
    ("Their finance team flagged $250K in lost productivity and wants it addressed in the QBR.", "neg"),
    ("Customer confirmed the fix works and closed the ticket with a thank-you note.", "pos"),
    ("We are fed up with having to chase your team for updates.", "neg"),
    ("Cautiously optimistic after the failover test succeeded.", "pos"),
    ("Customer is worried the same issue will recur during the Black Friday freeze.", "neg"),
    ("The engineer went above and beyond, staying on the bridge until 3 a.m.", "pos"),
    ("Their architect asked which Postgres version the replica runs.", "neutral"),
    ("The quick identification of the root cause was appreciated, even though the outage hurt their sales.", "pos"),
    ("Frankly, the communication during this incident was chaotic and confusing.", "neg"),
    ("Customer is satisfied with the remediation plan and agreed to close the escalation.", "pos"),
    ("The customer is threatening to churn if the latency problem is not fixed this week.", "neg"),
    ("They thanked us, but made it clear that another outage would trigger a contract review.", "neg"),
    ("No issues reported since the connection pool was resized.", "pos"),
    ("Customer was furious about the unannounced maintenance.", "neg"),
    ("We really value the partnership and the transparency your team showed.", "pos"),
    ("Their ops lead said the platform has been rock solid since the upgrade.", "pos"),
    ("Customer never received the promised RCA and is losing patience.", "neg"),
    ("Please send the updated runbook to the customer's shared inbox.", "neutral"),
    ("The customer is not unhappy with the outcome, though they would have liked faster updates.", "pos"),
    ("Executive sponsor described the incident handling as a disaster.", "neg"),
    ("Customer was impressed by how quickly the rollback was executed.", "pos"),
    ("We have lost trust in your change management process.", "neg"),
    ("Overall the customer left the call satisfied, if a little tired.", "pos"),
    ("Their support manager complained that tickets keep bouncing between teams.", "neg"),
    ("Customer appreciated the detailed timeline and the honest postmortem.", "pos"),
    ("The customer escalated to their account executive after the second failed deployment.", "neg"),
    ("They are confident the new monitoring will catch this earlier next time.", "pos"),
    ("The outage cost us a full day of orders and nobody called us.", "neg"),
    ("Customer expressed gratitude for the weekend support.", "pos"),
    ("Customer requested the list of IP ranges used by the webhook service.", "neutral"),
    ("Not happy at all with how long the restore is taking.", "neg"),
    ("Despite the earlier frustration, the customer is now happy with the resolution.", "pos"),
    ("They described our status page updates as vague and too late to be useful.", "neg"),
    ("The fix resolved the problem quickly and the customer is back to normal operations.", "pos"),
    ("The customer's VP said they will not renew unless reliability improves.", "neg"),
    ("Customer agreed the incident was caused by their own misconfiguration and was very gracious about it.", "pos"),
    ("Customer feels the credits offered do not make up for the disruption.", "neg"),
    ("Thanks again for jumping on this so quickly, the team was fantastic.", "pos"),
    ("Their legal team is now involved and reviewing the penalty terms.", "neg"),
    ("Customer would like a weekly summary of open action items.", "neutral"),
    ("The recovery was smooth and there was no data loss.", "pos"),
    ("We are deeply concerned about the frequency of these incidents.", "neg"),
    ("Customer said the engineer was knowledgeable and patient with their team.", "pos"),
    ("While the new release fixed the memory leak, it introduced a regression that broke our reporting.", "neg"),
    ("Customer is relieved that the backups were intact.", "pos"),
    ("Their CIO called the response slow and disorganised.", "neg"),
    ("Customer is looking forward to the roadmap session next month.", "pos"),
    ("Stakeholders are skeptical that the proposed fix addresses the real cause.", "neg"),
    ("The customer was pleasantly surprised by the proactive outreach.", "pos"),
    ("Nobody on their side is happy; the release was rolled back twice and still fails.", "neg"),
    ("They said the incident was handled professionally and they have no complaints.", "pos"),
    ("Customer is upset that the maintenance notice went to an old email address.", "neg"),
    ("The on-call engineer's clear explanations really helped calm the customer down.", "pos"),
    ("If this happens again we will have to reconsider the partnership.", "neg"),
    ("Customer described the new escalation process as a big improvement.", "pos"),
    ("The ticket was reassigned to the storage team at 09:30.", "neutral"),
    ("This is the worst support experience we have had with any vendor.", "neg"),
    ("Customer appreciated the credit but is still concerned about the underlying reliability.", "neg"),
    ("Customer is thrilled with the performance gains after the index change.", "pos"),
    ("We were left in the dark for most of the outage.", "neg"),
    ("Customer feedback on the pilot was overwhelmingly positive.", "pos"),
    ("They feel let down after being promised the fix in the last release.", "neg"),
    ("Customer was defensive at first but ended the call on good terms.", "pos"),
    ("The customer asked whether the incident affected EU tenants.", "neutral"),
    ("Service has been stable for two weeks and the customer signed off on closure.", "pos"),
    ("We cannot keep explaining these outages to our own customers.", "neg"),
    ("Customer is happy with the dashboard, although they still want email alerts.", "pos"),
    ("They described the handover between shifts as sloppy.", "neg"),
    ("Customer's DevOps lead said the response was prompt and professional.", "pos"),
    ("Missing the agreed update cadence again has damaged the relationship.", "neg"),
    ("Customer confirmed they are comfortable closing the case after the monitoring period.", "pos"),
    ("Timeline and impact summary attached for the customer's review.", "neutral"),
    ("Customer is frustrated, but grateful for the transparency.", "pos"),
    ("- Customer was initially frustrated with the slow failover\n- Praised the DB team for the clean recovery\n"
     "- Happy with the follow-up plan", "pos"),
    ("- Frustrated by repeated login failures\n- Concerned about the audit next month\n- Wants daily status calls",
     "neg"),
    ("- Appreciated the quick hotfix\n- But still doubts the release process\n- Asked for an independent review",
     "neg"),
    ('"Your team saved our launch. We could not be happier." - Priya, Northwind', "pos"),
    ("Customer says the weekly reports are useful and wants to keep them going.", "pos"),
    ("Third escalation this month; their director is asking for a service credit and a named engineer.", "neg"),
]


def tuning_half() -> list[tuple[str, str]]:
    """Even indices: the snippets the scorer may be tuned on."""
    return LABELLED[0::2]


def held_out_half() -> list[tuple[str, str]]:
    """Odd indices: never looked at while tuning; the honest figure."""
    return LABELLED[1::2]


def as_lines(text: str) -> list[str]:
    """A snippet as the list of lines ``score_text`` takes."""
    return text.split("\n")
