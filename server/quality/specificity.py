"""Specificity: does a sentence name something concrete?

A platitude is a sentence only its template could have produced. Courtesy that names something
concrete ("Thanks for travelling to Leeds for the assessment day", "we'd be glad to hear from you if
the Lisbon support team opens its night-shift roles") is not one, so checker.py drops platitude
findings (from a rule or from the statistical fallback) in a sentence with a specificity signal:

- a number: digits or a number word ("three assessors", "a four-stage process", "half of this job",
  "the third question"; not "first" or "second", which are mostly idioms);
- a named thing: a capitalised word inside the sentence (a place, tool, team, month: "Leeds",
  "Kafka", "the Lisbon team"), not at the sentence start, after a colon or a quote, and not "I"; nor
  the employer's own name where the sentence signs off with it ("on behalf of Harbour District
  Council", "from all of us at Brewbox", _SENDER), nor a template's fields: the role applied for ("for
  the Staff Nurse position") and the employer joined ("joining the Harbourside Hotel family");
- a concrete time frame: "next spring", "over a weekend", "in March", "by Friday", "in Q3";
- a concrete artefact of the hiring process or of the work, named in the sentence ("the take-home",
  "the case study", "the parser", "the union agreements"); the list is kept to nouns that are
  concrete in every industry (_CONCRETE).

signals() returns the words that made the sentence specific, so a test can say why. Pure Python.
"""

from __future__ import annotations

import re

from .lemmas import lemma

_NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand dozen half "
    "twice thrice third fourth fifth sixth seventh eighth ninth tenth"
)
_MONTHS = "january february march april may june july august september october november december"
_DAYS = "monday tuesday wednesday thursday friday saturday sunday"
_SEASONS = "spring summer autumn fall winter"
_MONTHS_NOT_MAY = "|".join(m for m in _MONTHS.split() if m != "may")
_NUMBER = re.compile(rf"\d|\b(?:{'|'.join(_NUMBER_WORDS.split())})(?:-\w+)?\b", re.IGNORECASE)
_TIME_FRAME = re.compile(
    r"\b(?:(?:next|this|last|coming|early|late|in|by|until|from|before|after|over the) "
    rf"(?:{'|'.join(_SEASONS.split())})"
    rf"|(?:{_MONTHS_NOT_MAY})|(?:in|by|until|from|early|late|mid-?) may|may \d|(?:{'|'.join(_DAYS.split())})s?"
    r"|over (?:a|the) (?:weekend|long weekend|holiday|bank holiday)|(?:next|this|last|coming) "
    r"(?:quarter|financial year|fiscal year|academic year|term|semester|intake|hiring round|cohort)"
    r"|q[1-4]|h[12]|in (?:a|one|two|three|four|six) (?:weeks?|months?)|new year|year[-\s]end)\b",
    re.IGNORECASE,
)
# A capitalised word that is not the first word of the sentence, of a clause after a colon, semicolon
# or quote, or a bullet.
_NAME = re.compile(
    r"(?<![.:;!?\"'(*#>\-]\s)(?<!\bHi )(?<!\bHey )(?<!\bDear )(?<!\bHello )(?<=\s)([A-Z][a-zA-Z]+|[A-Z]{2,}\w*"
    # "A/B testing", "P&L" (round 62)
    r"|[A-Z][/&][A-Z]\b)"
)
# The employer naming itself by its kind ("the Trust is not in a position to comment", "the Council"): every
# letter from that employer says it (round 41).
_SELF = re.compile(
    r"(?<=\b[Tt]he )(?:Trust|Council|Authority|Board|Company|Firm|Practice|School|College|University|Group"
    r"|Hospital|Charity|Foundation|Society|Agency|Department|Ministry|Service|Partnership|Club|Museum|Library"
    r"|Academy|Federation|Institute|Organi[sz]ation|Business|Employer|Panel|Committee)\b(?!\s+[A-Z])"
)
_NOT_NAMES = frozenset(
    "I I'm I've I'd I'll OK Ok CV CVs HR Thanks Thank Please We You Your Our Sadly Unfortunately Good Best "
    "Regards Kind Dear Hi Hello Team "
    # where every employer asks to stay connected (round 53: "stay connected with us on LinkedIn")
    "LinkedIn Linkedin".split()
)
# Concrete things a sentence can name (lemmas). Deliberately nouns, never praise or verdict words.
_CONCRETE = frozenset(
    """
    take-home takehome parser coverage case-study spreadsheet schema query queries deck slide
    prototype demo repository repo pull request dashboard migration pipeline rota roster shift shifts
    assessor assessors whiteboard pairing walkthrough write-up writeup report audit budget forecast
    union agreement contract invoice ledger tender lesson plan lesson curriculum syllabus recipe menu
    site-visit forklift pharmacy prescription
    vehicle truck lorry crane scaffold wiring circuit diagram blueprint drawing sketch mock-up mockup wireframe
    trial-day trial-shift flight relocation commute test-suite benchmark certificate certification licence
    license diploma accreditation latency outage incident
    postmortem post-mortem runbook playbook ticket backlog roadmap sprint release changelog api endpoint
    """.split()
)
_STOP = (
    "the a an our your their this that these those and or of in on with for to was were is are be been but we you it as"
    " at by from so very really more most some any all other same such which who whose what how similar relevant"
    " right kind type level role roles field industry sector area areas position job jobs work team teams business"
    " company organisation organization candidate candidates people things skills experience"
)
_CONTENT = rf"(?!(?:{'|'.join(_STOP.split())})\b)[a-z]+(?:-[a-z]+)*"
_PHRASE = re.compile(
    r"\b(?:case stud(?:y|ies)|unit tests?|test suite|pull requests?|site visit|trial (?:day|shift)"
    # a named role to come (round 34: "apply for the next HR advisor vacancy"), not "the next suitable vacancy"
    # a named tool or task (round 48: "direct experience with our tachograph software", "your route-planning
    # exercise"), not "the software" or "a similar exercise"
    r"|(?!(?:the|our|a|an|this|that|your|their|similar|relevant|same|other|any|some|written|practical|whole|first"
    r"|second|final|last|new|right|specialist|appropriate|recruitment|selection|hiring|interview|assessment"
    r"|application|competitive)\b)"
    r"[a-z]+(?:-[a-z]+)? (?:software|exercise|equipment|machinery|memo|deck|spreadsheet|forecast|estimate)"
    # knowledge of a named thing of three words (round 48: "your knowledge of the antenatal screening pathway"), not
    # "your knowledge of the industry" or "experience in similar customer service roles"
    rf"|(?:knowledge|understanding|grasp|command|experience) (?:of|with|in) (?:the |our |your )?{_CONTENT} {_CONTENT}"
    rf" {_CONTENT}"
    # a named step the candidate can take first (round 49: "once you've completed your mentorship hours"), not
    # "once you have more experience" or "when you've gained the right skills"
    rf"|(?:once|when|after|as soon as) you(?:'ve| have|’ve)? (?:completed|finished|gained|passed|got|obtained"
    rf"|achieved|done|logged) (?:the |your |a |an )?(?!(?:further|additional|extra|formal|necessary|required"
    rf"|appropriate|professional|suitable|sufficient|enough|much|lot|bit|few|wider|broader)\b){_CONTENT}"
    rf" (?:(?:in|of|on|at|with) )?{_CONTENT}"
    # a named skill to gain (round 77: "more experience with quota sampling on telephone fieldwork"), more hands-on
    # named work (round 78: "someone with more hands-on X-ray viability testing")
    rf"|more experience (?:with|in|of) {_CONTENT} {_CONTENT}"
    rf"|more (?:hands-on|practical|direct|recent) (?:experience (?:of|in|with) )?{_CONTENT} {_CONTENT}"
    # ... or someone with named experience (round 80: "we've offered the role to someone with visual merchandising
    # experience")
    rf"|(?:someone|a candidate|an applicant) with (?:more )?{_CONTENT} {_CONTENT} (?:experience|skills|background"
    rf"|knowledge)"
    # ... or named work already done (round 83: "because they've already run host-read ad deals with sponsors")
    rf"|(?:already|previously) (?:run|led|managed|built|shipped|delivered|negotiated|closed|taught|designed)"
    rf" (?:a |an |the )?[a-z]+(?:-[a-z]+)? {_CONTENT}"
    # ... or a target with its period (round 86: "run a counter against a monthly target")
    r"|(?:a|the|our) (?:monthly|weekly|quarterly|annual|daily) (?:target|quota|budget|forecast)"
    # more experience of a named kind of work (round 76: "the role went to someone with more experience leading a
    # kitchen team")
    rf"|more experience (?:of |in |with )?[a-z]+ing (?:a |an |the )?{_CONTENT} [a-z]+"
    # the experience looked for, named (round 73: "we looked for someone who had worked with retirement groups")
    rf"|(?:looked for|needed|wanted|prioriti[sz]ed) (?:someone|a candidate|applicants|candidates) (?:who had|who has"
    rf"|with) (?:[a-z]+ )?(?:with |in |on |of )?{_CONTENT} {_CONTENT}"
    # ... or a named thing the candidate is waiting on (round 70: "you're welcome to reapply once it's renewed", of an
    # expired share code), not "once things settle down"
    r"|(?:once|when|after|as soon as) (?:it|that|this|the [a-z]+|your [a-z]+(?: [a-z]+)?)(?:'s|’s| is| has been| are"
    r"| have been) (?:renewed|reissued|issued|granted|completed|confirmed|updated|resolved|verified|in place"
    r"|reinstated|extended)\b"
    # ... or the papers asked for (round 72: "the documents weren't provided by the deadline; you're welcome to reapply
    # with them"), and a named qualification held (round 72: "trained in chair-based technique, and the successful
    # applicant already holds that qualification")
    r"|(?:re)?apply (?:again )?with (?:them|those|these"
    r"|the (?:documents?|paperwork|certificates?|references?|evidence))"
    r"|(?:already )?holds? (?:that|this) (?:qualification|certificate|certification|licen[cs]e|accreditation|ticket)"
    # what the job mostly is (round 52: "this role is mostly major-donor stewardship"; round 49: "this post is mainly
    # account management"), not "the role is mainly about people"
    rf"|(?:role|post|job|position|seat|vacancy) (?:is|was|'s|will be|involves|needs|requires) (?:mostly|mainly|largely"
    rf"|primarily|predominantly|chiefly|heavily) (?:about |on |in )?(?:the )?(?!(?:about|on|in)\b){_CONTENT}"
    # a named answer or task (round 56: "your answer on reasonable adjustments for disabled customers", "the
    # stock-count task"), not "your answer on teamwork" or "the written task"
    rf"|(?:answer|response|presentation|essay|question|talk|pitch) (?:on|about|to the question on) (?:[a-z]+ing )?"
    rf"(?:the |your |our |a |an )?{_CONTENT} {_CONTENT}"
    # what a named title needs, and a named level of opening (round 66: "the senior developer title requires
    # mentoring experience", "we expect a mid-level opening soon")
    r"|[a-z]+(?:-[a-z]+)? (?:title|grade|band) (?:requires|needs|calls for)"
    r"|(?:mid|entry|senior|junior|graduate|trainee)-level (?:opening|role|vacancy|post|position)"
    r"|[a-z]+-[a-z]+ (?:task|exercise|test|assessment|station|question|scenario|drill)"
    # more of a named kind of work (round 64: "the successful candidate had simply led more collective
    # consultations"), not "had more experience" or "had more relevant skills"
    rf"|(?:led|ran|managed|delivered|built|shipped|taught|negotiated|handled|closed|designed|launched|run|done)"
    rf" (?:more|far more|many more|twice as many) {_CONTENT} {_CONTENT}"
    # ... or a named role they are invited to ("we'd welcome an application for the data engineering role")
    r"|(?:welcome|encourage|invite|recommend)\w* (?:[\w']+ ){0,3}?(?:an application|applications|apply(?:ing)?) for"
    r" (?:the|our) (?!(?:suitable|similar|relevant|appropriate|open|available|right|new|future|perfect|ideal|best"
    r"|next|other|same)\b)[\w-]+ (?:[\w-]+ )?(?:role|vacancy|position|post|opening|team)"
    r"|(?:the|our) (?:next|upcoming) (?!(?:suitable|similar|relevant|appropriate|open|available|right|new)\b)"
    r"[\w-]+ (?:[\w-]+ )?(?:vacancy|vacancies|role|position|opening|post|intake|cohort|programme))\b",
    re.IGNORECASE,
)
_INVITATION = re.compile(
    r"\b(?:welcome|encourage|invite|recommend|suggest|urge|keen|love|look forward to|consider(?!ation)"
    r"|look out for)\w*",
    re.IGNORECASE,
)
# A kind of contract is a kind of job, not an artefact (round 49: "this year's training contract intake").
_NOT_CONCRETE = re.compile(
    r"\b(?:training|fixed[- ]term|permanent|temporary|zero[- ]hours?|short[- ]term|rolling) contracts?\b"
    r"|\bcontract (?:role|position|post|job|basis|work)s?\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# The employer's own name, where the sentence signs off with it ("On behalf of Harbour District Council, we
# wish you every success", "from all of us at Brewbox", "At St Brigid's Hospital we receive many
# applications", "The partners at Whitlow & Grey thank you"): every rejection from that employer names it,
# so it makes nothing specific to the candidate (round 14). Names elsewhere still count ("the Lisbon team").
_ORG = r"(?:the )?(?:[A-Z][\w'’.-]*|&)(?:\s+(?:[A-Z][\w'’.-]*|&|of|and|for|the|de|du|la|le|upon|on))*"
_SENDER = re.compile(
    rf"\b(?i:on behalf of|(?:all of us|each of us|everyone|everybody|the (?:whole |entire )?team|we|us|all"
    rf"|the (?:\w+ )?(?:partners|trustees|panel|board|directors|governors|staff|people|committee|recruiters"
    rf"|hiring team|recruitment team|interviewers)) (?:here )?at) (?P<org>{_ORG})"
    rf"|^\W*(?i:at|from) (?P<lead>{_ORG})(?=,?\s+(?i:we|our|us|all)\b)"
    rf"|^\W*(?P<subject>{_ORG})\s+(?=(?i:thanks|thank|wishes|wish|is grateful|are grateful|would like to thank"
    rf"|appreciates|regrets|regret)\b)"
    # The fields a template fills in (round 21): the role applied for ("for the Staff Nurse position") and the
    # employer joined ("joining the Harbourside Hotel family", "applying to Brewbox").
    rf"|\b(?i:for|to|in|of|about) (?P<role>{_ORG})\s+(?=(?i:position|role|vacancy|post|job|opening|opportunity"
    rf"|programme|program|scheme|internship|apprenticeship)s?\b)"
    # ... also when the job title is in lower case or carries a grade (round 49: "for this Band 6 staff nurse post")
    rf"|\b(?i:for|to|in|of|about) (?i:the|this|our|your) (?P<grade>(?:[\w'’.-]+\s+){{1,5}}?)(?=(?i:position|role"
    rf"|vacancy|post|job|opening|programme|program|scheme|internship|apprenticeship)s?\b)"
    # ... a Title Case title before it anywhere (round 76: "we don't feel the Customer Service Adviser role is the best
    # match"), and "the post of" one (round 75: "your application for the post of Control Room Operator")
    rf"|\b(?i:the|this|our|your) (?P<title>(?:[A-Z][\w'’.-]*\s+){{1,5}}?)(?=(?i:position|role|vacancy|post|job|opening"
    rf"|programme|program|scheme|internship|apprenticeship)s?\b)"
    rf"|\b(?i:the) (?i:post|position|role|vacancy) (?i:of) (?P<postof>(?:[A-Z][\w'’.-]*\s*){{1,5}})"
    # ... and the employer's own rulebook (round 49: "In line with Civil Service recruitment principles")
    rf"|\b(?i:in line with|in accordance with|under|following|as per|per) (?:the |our )?(?P<rulebook>{_ORG})\s+"
    rf"(?=(?i:recruitment|hiring|selection|appointment|employment)\s+(?i:principles|policy|policies|guidelines"
    rf"|process|procedures?|rules|code|framework|standards)\b)"
    rf"|\b(?i:joining|join|applying to|apply to|applied to|application to|interest in|career at|career with"
    rf"|opportunities at|roles at|vacancies at|(?:position|role|post|job|vacancy) (?:at|with))"
    # ... or its team's place (round 43: "your interest in joining the team at our Leeds distribution centre")
    rf"(?i:\s+the(?:\s+\w+)?\s+team\s+(?:at|in)\s+our)?"
    # ... with the employer's own town after it (round 41: "your interest in the Harbour Authority here in Kirkwall")
    rf" (?P<joined>{_ORG}(?:,?\s+(?:here|based|located|over) in\s+{_ORG})?)",
)


def _without_sender(sentence: str) -> str:
    """The sentence with the employer's own name in a sign-off frame lower-cased (same length)."""

    def lower(m: re.Match[str]) -> str:
        group = next(
            g
            for g in ("org", "lead", "subject", "role", "grade", "title", "postof", "rulebook", "joined")
            if m.group(g)
        )
        a, b = m.span(group)
        # A grade's digits are the template's too ("Band 6", "Level 3 apprenticeship"): not a number. A year
        # stays one ("our 2027 graduate scheme").
        if group == "grade" and _INVITATION.search(sentence, 0, m.start()):
            return m.group()  # a role the candidate is invited to is not the template's (round 49: "UX research")
        field = sentence[a:b].lower()
        if group in ("role", "grade", "title", "postof") and any(c.isupper() for c in sentence[a:b]):
            # a title the template filled in is the template's, its words included (round 70: "your application for
            # the Planning Officer vacancy has not been successful on this occasion")
            return sentence[m.start() : a] + " " * (b - a) + sentence[b : m.end()]
        if group == "grade":
            field = re.sub(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d+", lambda d: "x" * len(d.group()), field)
        return sentence[m.start() : a] + field + sentence[b : m.end()]

    return _NOT_CONCRETE.sub(lambda m: " " * len(m.group()), _SENDER.sub(lower, sentence))


def _is_name(sentence: str, m: re.Match[str]) -> bool:
    return m.group() not in _NOT_NAMES and not _SELF.match(sentence, m.start())


def signals(sentence: str) -> list[str]:
    """The words that make the sentence specific (empty when it names nothing concrete)."""
    sentence = _without_sender(sentence)
    found: list[str] = []
    found += [m.group() for m in _NUMBER.finditer(sentence)]
    found += [m.group() for m in _PHRASE.finditer(sentence)]
    found += [m.group() for m in _TIME_FRAME.finditer(sentence)]
    found += [m.group() for m in _NAME.finditer(sentence) if _is_name(sentence, m)]
    for m in _WORD.finditer(sentence):
        word = m.group().lower()
        if word in _CONCRETE or lemma(word) in _CONCRETE:
            found.append(m.group())
    return list(dict.fromkeys(found))


def is_specific(sentence: str) -> bool:
    """signals(sentence) != [], stopping at the first signal."""
    sentence = _without_sender(sentence)
    if _NUMBER.search(sentence) or _TIME_FRAME.search(sentence) or _PHRASE.search(sentence):
        return True
    if any(_is_name(sentence, m) for m in _NAME.finditer(sentence)):
        return True
    return any((w := m.group().lower()) in _CONCRETE or lemma(w) in _CONCRETE for m in _WORD.finditer(sentence))
