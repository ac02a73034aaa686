"""Whose characteristic a legal_risk word names: the candidate's, or that of the people the work serves.

Blind rounds 16-19 showed the legal_risk rules' false flags are nearly all one kind: a protected word
about a client, a patient, a pupil, a customer or a character in an exercise ("her hearing aid" of a
care-home resident, "a Muslim family" in a catering case study, "a deaf customer at the till"). A rule
match is left out when its sentence names such people and voices no preference about who should do the
job or how those people would take to the candidate (``serves_others``), and the word belongs to one of
them (``word_is_theirs``). "Our customers prefer a younger face", the classic proxy, stays flagged, as
do "your children" and "you're a lesbian and some clients are old-fashioned".
"""

from __future__ import annotations

import functools
import re

# The people the work serves, or the setting of an exercise, named anywhere in the sentence.
_SERVED = re.compile(
    r"\b(?:residents?|clients?|customers?|patients?|pupils?|students?|learners?|service[-\s]users?|audiences?"
    r"|characters?|shoppers?|readers?|players?|viewers?|listeners?|subscribers?|consumers?|buyers?|participants?"
    r"|adopters?|foster carers?|riders?|athletes?"
    r"|pensioners?|guests?|visitors?|passengers?|tenants?|callers?|claimants?|defendants?|offenders?|victims?"
    r"|case[-\s]stud(?:y|ies)|role[-\s]?plays?|scenarios?|simulations?|osce|care[-\s]plans?|session[-\s]plans?"
    r"|lesson[-\s]plans?|test audiences?|at the till|on the ward|in the exercise|vignettes?|the class|lessons?"
    r"|nurser(?:y|ies)|observations?)\b",
    re.IGNORECASE,
)
# The word belongs to one of them: a served person right after it ("a deaf customer", "a Muslim family",
# "a widowed pensioner", "the girls' team") or a third person right before it ("the resident ... her
# hearing aid", "pupils come from Traveller families", "the father with a learning disability"), or a served
# person's description ("the clients we serve are retirees").
_THEIRS_AFTER = re.compile(
    r"\A[\w'-]*(?:[\s'-]+(?!(?:and|but|or|so|would|could|might|may|will|is|are|was|were)\b)[\w'-]+)?[\s'-]+"
    r"(?:customers?|clients?|patients?|residents?|pupils?|pensioners?|famil(?:y|ies)"
    r"|team|squad|class|group|guests?|visitors?|passengers?|tenants?|callers?|service[-\s]users?|users?|children"
    r"|kids|teenagers?|under[-\s]\w+s|(?:she|he|they)(?:'s|'d| was| were| is| are| had| has| takes?| took))\b",
    re.IGNORECASE,
)
_THEIRS_BEFORE = re.compile(
    r"\b(?:her|his|their|she|he|they|the (?:\w+ )?(?:customer|client|patient|resident|pupil|father|mother|parent"
    r"|character|pensioner|family|caller|guest|child|teenager)|(?:customers?|clients?|patients?|residents?|pupils?"
    r"|students?|families|parents|children|riders|athletes|users|participants) (?:\w+ ){0,2}?(?:from|of|with|who|whose"
    r"|after|recovering from)"
    # ... or what they are: "the clients we serve are retirees", "the patient in the case study was a 78-year-old
    # man" (round 22).
    r"|(?:customers?|clients?|patients?|residents?|pupils?|service[-\s]users?|guests?|passengers?|tenants?|callers?"
    r"|learners?|pensioners?|shoppers?|readers?|players?|viewers?|listeners?|subscribers?|consumers?|buyers?"
    r"|participants?|adopters?) (?:[\w-]+ ){0,4}?(?:is|are|was|were|being|include|includes|speak|speaks)"
    r"|participants?,? including (?:some|those|many)?"
    r" ?with)\b(?:\W+[\w'-]+){0,4}?\W*\Z",
    re.IGNORECASE,
)
# A served person's description by a copula, which no preference elsewhere makes the candidate's (round 43: "we
# were looking for someone with paediatric phlebotomy, since most of the clinic's patients are young children").
_DESCRIBED_BEFORE = re.compile(
    r"\b(?:customers?|clients?|patients?|residents?|pupils?|service[-\s]users?|guests?|passengers?|tenants?|callers?"
    r"|learners?|pensioners?) (?:(?:are|were|is|was) )(?:mostly |largely |mainly |often |usually |all )?"
    r"(?:[\w-]+ )?\Z",
    re.IGNORECASE,
)


# Who should do the job, or how the people served would take to the candidate: the proxy the rules exist
# for ("our customers prefer a younger face", "the client asked for a woman", "might worry clients").
_PREFERENCE = re.compile(
    r"\b(?:prefer\w*|rather|comfortable|uncomfortable|put off|uneasy|awkward|odd|fit(?!tings?\b(?! in\b))\w*|suit\w*"
    r"|(?<!-)relate\w*|look like|committed|commitment|question(?:ed)? (?:how|whether)|bring\w* in|brought in|tak\w* on"
    r"|priorit\w+ (?:may |might |would |could )?(?:lie|lay|be|are) (?:elsewhere|with)"
    r"|took on"
    r"|more like|someone|somebody|anyone|candidates?|applicants?|hire\w*|hiring|recruit\w*|employ\w*|asked for"
    r"|looking for a|expect\w*|concern\w*|nervous|understand\w*|(?:not|n't|never|unable to) handle|accept\w*"
    r"|object\w*|confuse\w*|warm to|go down|respond\w* (?:better|best|well|badly|worse)|react\w*|trust\w*"
    r"|connect\w*|at ease|feel safe|traditional|old-school|conservative"
    r"|(?<!\bis )(?<!\bwas )(?<!transfer )(?<!refer )(?<!assess )(?<!treat )(?<!examine )a (?:male|female|man|woman)\b"
    r"|hesitat\w*|reservations?|the timing|wants?|wanted|would like|asked us for"
    r"|as an? (?:student|pupil|learner|customer|client|patient)\b)\b",
    re.IGNORECASE,
)


# The word is itself a third person, introduced as one ("consider the grandmother as a kinship care option",
# "a widowed man in the scenario"), not the candidate ("your", "you").
_A_PERSON = re.compile(
    r"(?:grand)?(?:mother|father|parent|mum|mom|dad|daughter|son|child)s?|children|widow(?:er)?s?|husbands?|wives|wife"
    r"|(?:wo)?m[ae]n|girls?|boys?|teenagers?|bab(?:y|ies)|pensioners?|carers?|guardians?|toddlers?|infants?|kids",
    re.IGNORECASE,
)
# The match itself opens with a third person's possessive (round 37: "you didn't check her current medication" of
# the role-play's pregnant client).
_THIRD_POSSESSIVE = re.compile(r"(?:her|his|their)\s", re.IGNORECASE)
_INTRODUCED = re.compile(r"\b(?:the|a|an|this|that)\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE)


# Wanting a skill is not a preference about who someone is (rounds 69-70: "so we needed someone already trained on
# JAWS", "the other candidate had two years doing exactly that", "we wanted a UX designer who had already run usability
# tests"); "someone with more life experience" and "someone who'd fit in" still are.
_SKILL_WANTED = re.compile(
    r"\b(?:(?:we|i|they) (?:wanted|needed|were looking for|are looking for|went with|appointed|hired|chose) )?"
    r"(?:someone|somebody|an? [\w-]+(?: [\w-]+)?|the (?:successful|other|appointed|chosen|winning) [\w-]+"
    r"|(?:applicants|candidates|people|staff))"
    r" (?:(?:who|that) (?:had |has |have |could |can |is |was )?|with |already )"
    r"(?:at least |already |previously |recently |much more |far more |more )?"
    r"(?:run|done|led|worked|used|taken|delivered|managed|built|shipped|taught|trained|completed|passed|held|designed"
    r"|written|prepared|produced|drafted|supervised|coordinated|handled|assessed|supported|specific|set up|installed"
    r"|fitted|configured|coached"
    r"|tested|experience|hands-on|in-depth|knowledge|training|skills?|expertise|proven|demonstrable|direct|two|three"
    r"|four|five|several|\d+|(?-i:[A-Z][\w-]+))\b"
    # ... nor wanting the candidate to do something (round 86: "the habit we'd most want you to change")
    r"|\b(?:want(?:s|ed)?|would like|'d like) you to\b"
    # ... nor a third person's concerns (round 80: "a person's own wishes against a carer's concerns")
    r"|\b(?:a|the|their|his|her) [\w-]+['’]s (?:own )?(?:concerns?|wishes|views|needs)\b"
    # ... nor a study recruiting its participants (round 76: "this trial recruits women over 65 with osteoporosis")
    r"|\b(?:trial|study|studies|research|programme|program|cohort)s? (?:recruit|enrol)\w*"
    # ... or someone experienced in something (round 76: "a research nurse experienced in consenting older
    # participants")
    r"|\b(?:someone|somebody|an? [\w-]+(?: [\w-]+)?) (?:experienced|trained|qualified|skilled|certified|fluent)"
    r" (?:in|at|with|on)\b"
    r"|\bthe (?:successful|other|appointed|chosen|winning) (?:candidate|applicant)"
    r" (?:had|has|was|brought|could|did|showed|demonstrated)\b"
    # ... nor what someone does in the job (round 74: "we need someone who explains drawdown options plainly")
    r"|\bsomeone who (?!(?:is|was|fits|has|shares|speaks|relates|understands|looks|sounds|matches|reflects|belongs"
    r"|grows|does|needs|lives|comes|knows|wants|feels|gets|suits|lacks|isn|doesn|won|can|could|would|will)\b)[a-z]+s\b"
    # ... nor is another role suiting the candidate (round 71: "the English-only office role may suit you better")
    r"|\b(?:may|might|would|could|will) (?:better )?suit you\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=64)
def _prefers(sentence: str) -> bool:
    """Whether the sentence voices a preference about who should do the job, once wanting a skill is set aside."""
    return bool(_PREFERENCE.search(sentence)) and bool(_PREFERENCE.search(_SKILL_WANTED.sub(" ", sentence)))


def serves_others(sentence: str) -> bool:
    """Whether the sentence names the people the work serves and voices no preference about who should
    do the job or how they would take to the candidate (then its legal_risk words may be theirs)."""
    return bool(_SERVED.search(sentence)) and not _prefers(sentence)


def word_is_theirs(sentence: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` of ``sentence`` belongs to one of the people served: a served
    person right after it, or a third person right before it."""
    # A few words either side only: a long sentence has many matches, each looked at once.
    before = sentence[max(0, start - 60) : start]
    return bool(
        _THIRD_POSSESSIVE.match(sentence, start)
        or _THEIRS_AFTER.match(sentence[start : end + 40])
        or _THEIRS_BEFORE.search(before)
        or (_A_PERSON.fullmatch(sentence[start:end]) and _INTRODUCED.search(before))
    )


# The word names a subject of the work, not anyone's characteristic: a thing of that subject follows it
# (rounds 29-35: "the chain-of-custody form", "maternity pay" in a benefits role-play, "the kids' club", "the
# Children Act", "an infant burial", "fluid therapy rates", "disability awareness training"). Not when the
# candidate's own ("your maternity pay", "your therapy sessions") or a third person's (whose.py's other tests).
_STOPS = r"(?:and|or|the|a|an|so|but|which|who|we|you|it|this|that|as|since|because|with)\b"
_TOPIC_AFTER = re.compile(
    # one more subject may be joined on ("pregnancy and maternity policy", "halal and kosher preparation rules")
    rf"(?:['\u2019]s?)?(?:\s+of\s+(?:England|Scotland|Ireland|Wales))?(?:,\s+(?!{_STOPS})[\w-]+){{0,3}}"
    rf"(?:,?\s+(?:and|or|&)\s+(?!{_STOPS})[\w-]+)?[\s-]+"
    r"(?:[\w-]+[\s-]+)?(?:forms?|logs?|polic(?:y|ies)|procedures?|act|legislation|regulations?"
    r"|clubs?|burials?|remains|rates?|checklists?|modules?|units?|wards?|clinics?|services|products?|apps?"
    r"|campaigns?|aisles?|departments?|menus?|ranges?|markets?|sectors?|charit(?:y|ies)|schemes?|audits?|registers?"
    r"|screenings?|pathways?|protocols?|guidance|guidelines|training|courses?|workshops?|programmes?|programs?"
    r"|pay|allowances?|benefits?|entitlements?|grants?|law|claims?|provision|awareness|support (?:plans?|workers?)"
    r"|arrangements?|bouquets?|flowers|cakes?|venues?|photography|planners?|fairs?|industry|trade"
    # round 43-44: "the church restoration project", "a senior citizens' day centre", "accent variation in Glaswegian
    # English", "halal and kosher preparation rules"
    r"|projects?|restorations?|renovations?|buildings?|halls?|centres?|centers?|variations?|research|studies"
    r"|corpus|corpora|recognition|rules|standards|requirements|certification|dishes|meals"
    # rounds 45-46: "prayer times", "the maternity IT team", "the pregnancy-care leaflet", "a mental
    # health service", "our dyslexia support service", "a Church of England primary"
    r"|facilit(?:y|ies)|times?|(?:IT|digital|admin|clinical|nursing|data|systems) teams?|service"
    r"|nursing|leaflets?|posters?|booklets?|brochures?|resources?|materials?|primar(?:y|ies)|diocese|parish"
    r"|chaplaincy"
    # round 49: "pregnancy complications" in a midwifery station
    r"|complications|symptoms|scans?|outcomes"
    # rounds 51-52: "the children's reading group", "religious education at Key Stage 3", "the main disability access
    # problem in the exercise"
    r"|(?:reading|play|toddler|activity|book|story|singing) groups?|activit(?:y|ies)|stor(?:y|ies)|songs?"
    r"|access (?:problems?|issues?|audits?|standards?)|compliance"
    # round 54: "the maternity triage line"
    r"|triage|helplines?|hotlines?"
    # round 56: "your analysis of racial disparities in stop-and-search data", census categories
    r"|disparit(?:y|ies)|inequalit(?:y|ies)|categor(?:y|ies)|census|statistics|monitoring|knowledge"
    # round 62: "the children's reading corner"
    r"|corners?|nooks?|zones?"
    # round 63-64: "our disability inclusion team", "the Pride Month and Black History Month features"
    r"|inclusion|equality|forums?|features?|coverage|parade|march"
    # round 65: "the maternity record system", "the school's Eid and Diwali assemblies", "the children's section"
    r"|records?|systems?|database|assembl(?:y|ies)|celebrations?|displays?|sections?|wings?|librar(?:y|ies)"
    # round 68: "the racial discrimination case study"
    r"|discrimination|harassment|profiling|literacy"
    # rounds 69-70: "our Disability Access team", "Gen Z trend pieces", "racist slurs" in
    # the chat a moderator cleans
    r"|(?:access|accessibility|inclusion|equality|rights|awareness|advice|liaison)"
    r"[\s-]+(?:teams?|units?|officers?|leads?|coordinators?|advisers?|advisors?|managers?|roles?|posts?)"
    r"|trends?|pieces|styles?|aesthetics?|slang|demographics?|segments?|personas?|slurs|hate speech|graffiti|tropes"
    r"|memes|posts|content"
    # a trade in it (training files: "the halal supply chain", "the kosher meal kit", "a women's refuge", "our women's
    # senior squad")
    r"|kits?|chains?|catering|compan(?:y|ies)|butchers?|counters?|suppliers?|squads?|sides?|refuges?|leagues?"
    r"|first teams?|football|rugby|cricket|hockey|basketball|tennis|golf|athletics|sports?"
    # rounds 71-72: "chemotherapy dosing for children under 12", "Hindu, Muslim, Jewish and humanist funerals", "a
    # single women's fixture"
    r"|dosing|doses?|regimens?|prescribing|infusions?|funerals?|weddings?|ceremon(?:y|ies)|fixtures?|matches"
    r"|competitions?|tournaments?|cups?"
    # rounds 73-74: "maternity and plus-size bridalwear", "Christian and Sikh chaplains"
    r"|\w+wear|gowns?|dresses|clothing|fashion|chaplains?|clergy|imams?|rabbis?|priests?|vicars?"
    # rounds 77-78: "kosher or halal diets", "therapeutic parenting approaches"
    r"|diets?|food|approach(?:es)?|techniques?|methods?|strategies|models?|chicken|meat|lamb|beef|boards?|options?"
    r"|deposits"
    r"|reviews?"
    # rounds 79-80: "the student visa process", "the prayer room rota"
    r"|process(?:es|ing)?|casework|rooms? (?:rotas?|bookings?|schedules?|timetables?)"
    r"|month (?:and|features?|coverage|campaigns?|events?|editions?|specials?|content|programme)"
    # round 58: "the museum's collection of religious icons"
    r"|icons?|iconography|art|artefacts?|artifacts?|manuscripts?|paintings?|sculptures?|collections?|music"
    r"|education (?:at|in|for|to|lessons?|class(?:es)?|curriculum|syllabus|department|teach\w*|posts?|roles?)"
    r"|studies (?:at|in|for|to|lessons?|class(?:es)?|curriculum|syllabus|department|teach\w*|posts?|roles?))\b",
    re.IGNORECASE,
)
_INTRODUCED_LAST = re.compile(r"\s(?:the|a|an|this|that|these|those)\s+[\w'-]+\s*\Z", re.IGNORECASE)
_OWNED_BEFORE = re.compile(r"\b(?:your|my|his|her|their)\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE)
# A credential names a subject even when the candidate holds it (round 44: "your mental health first aid
# certificate", "your youth work experience").
_CREDENTIAL_AFTER = re.compile(
    # ... and a school subject the candidate teaches (round 51: "your Religious Education lesson on Sikhism")
    r"[\s-]+(?:education|studies)\s+(?:lessons?|class(?:es)?|curriculum|syllabus|plans?|units?|department|teach\w*"
    r"|posts?|roles?|modules?|schemes? of work|gcse|a-level|at key stage|at ks\d)\b"
    r"|[\s-]+(?:[\w-]+[\s-]+){0,2}?(?:certificates?|certifications?|qualifications?|diplomas?|degrees?|accreditations?"
    r"|first[\s-]aid(?:ers?)?|work(?:ers?)?\s+(?:experience|qualifications?|background))\b",
    re.IGNORECASE,
)


def described_as_served(sentence: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` describes the people served ("the clinic's patients are young
    children") and no preference follows it ("... are mostly retirees and would feel more comfortable with an
    older adviser" stays flagged)."""
    return bool(_DESCRIBED_BEFORE.search(sentence[max(0, start - 60) : start])) and not _PREFERENCE.search(
        sentence, end
    )


# ... or a thing about that subject comes before it ("our policy on pregnancy and maternity leave", "a training
# module about disability").
_TOPIC_BEFORE = re.compile(
    r"\b(?:polic(?:y|ies)|procedures?|guidance|guidelines|training|law|legislation|rules|modules?|courses?|workshops?"
    r"|talks?|presentations?|dissertation|thesis|research|articles?|papers?|reports?|essays?|case law|regulations?"
    r"|rights|provisions?|sessions?"
    # the candidate's work on the subject (round 49: "your answers on antenatal care and pregnancy complications",
    # "your lesson plan on Judaism and Sikhism"); never "questions about", which is asking
    r"|answers?|lesson plans?|plans?|lessons?|units?|assembl(?:y|ies)|projects?|stations?|scenarios?|role-plays?)"
    r" (?:on|about|regarding|covering|around) (?:[\w-]+\s+(?:[\w-]+\s+)?(?:and|or|&)\s+)?(?:[\w-]+\s+)?"
    r"(?:[\w-]+\s+)?\Z"
    # care or a service for the people concerned (round 45: "midwife-led care for pregnant women")
    r"|\b(?:care|services?|support|provision|outreach|programmes?|clinics?|screening|advice|classes|prevention"
    r"|sessions|workshops|courses|clubs|groups"
    r"|rehabilitation|rehab|therapy|treatment|activities|exercises?) (?:for|to) "
    r"(?:[\w-]+\s+)?\Z"
    # ... a pathway or a design for them (round 48: "the antenatal screening pathway for pregnant women"; round 47:
    # "designing for blind and partially sighted users"); "we are building for the next twenty years" stays flagged
    r"|\b(?:pathways?|design(?:ing|ed)?|adaptations?|accessibility|content|resources?|activit(?:y|ies)|games?|songs?"
    r"|stories|menus?|meals?"
    r"|materials?|apps?|products?|interfaces?|websites?) for (?:[\w-]+\s+(?:and|or|&)\s+)?(?:[\w-]+\s+)?\Z"
    # ... or an answer on handling it (round 56: "your first aid answer on managing an epileptic seizure")
    r"|\b(?:answers?|questions?|scenarios?|stations?|role-plays?|tasks?) (?:on|about) (?:how to |how you'd )?(?:manag"
    r"|handl"
    r"|treat|support|car|respond|deal|assess|recogni[sz]|spott|escalat)\w* (?:for |to |with )?(?:[\w'-]+\s+){0,5}?\Z"
    # ... or a lesson the candidate taught on it (round 60: "the RE lesson you taught on Sikhism")
    r"|\b(?:lessons?|sessions?|talks?|classes|class|units?|assembl(?:y|ies)|workshops?|presentations?) (?:you|we|they)"
    r" (?:taught|gave|delivered|ran|planned|prepared|led|wrote|designed) (?:on|about|covering) (?:[\w-]+\s+)?\Z"
    # ... or a measure of a group in research (round 68: "screening uptake among pregnant women")
    r"|\b(?:uptake|rates?|outcomes?|prevalence|incidence|experiences|attitudes|usage|access|engagement|attendance"
    r"|participation|disparities) (?:among|amongst|in|of|for|by) (?:[\w-]+\s+){0,2}?\Z"
    # ... or knowledge of the subject (round 54: "your subject knowledge of world religions")
    r"|\b(?:knowledge|understanding|grasp|teaching|coverage|overview|survey|comparison|study|analysis|analyses|review"
    r"|evaluation|mapping|modelling|modeling) of (?:world |major "
    r"|different |other |the )?(?:[\w-]+\s+(?:and|or|&)\s+)?\Z"
    # ... or a field recorded (round 80: "donor matching involves recording ethnicity and physical characteristics")
    r"|\b(?:record|recording|recorded|collect|collecting|capture|capturing|log|logging) \Z"
    # ... or a named method of care (round 78: "someone trained in therapeutic parenting")
    r"|\b(?:therapeutic|trauma-informed) \Z"
    # ... or a contraindication listed in the work (round 71: "contraindications ..., such as anticoagulant medication")
    r"|\bcontraindications?\b[^.;]{0,60}?\b(?:such as|like|including)\s+(?:[\w-]+\s+)?\Z"
    # ... or its history (round 48: "your essay on the history of the Church of England's estates")
    r"|\b(?:history|histories|heritage|architecture|archives?|origins?) of the \Z"
    # ... or the candidate's design of a thing for it (round 45: "your concept for the airport's multi-faith prayer
    # room"); "you'd need a prayer room" stays flagged
    r"|\b(?:design|concept|layout|plans?|refurbishment|fit-out|signage|drawings?|proposal|specification"
    r"|renders?|rendering) (?:for|of) (?:the|a|an|our|their) (?:[\w'\u2019-]+\s+){0,3}\Z",
    re.IGNORECASE,
)


# Cover for someone's leave is a kind of job (training files: "9-month maternity cover", "sick leave cover for up to six
# months", "a six-month backfill for shared parental leave"); only for leave, so "you'd need cover for Friday prayers"
# and "childcare cover" stay flagged.
_LEAVE_WORD = re.compile(
    r"(?:maternity|paternity|parental|shared parental|adoption|sick|sickness|carer'?s?'?|compassionate)\b",
    re.IGNORECASE,
)
_COVER_AFTER = re.compile(r"(?:[\s-]+leave)?[\s-]+(?:cover|locum|backfill)\b", re.IGNORECASE)
_COVER_BEFORE = re.compile(
    r"\b(?:cover|covers|covering|backfill|locum|replacement|secondment) (?:(?:for|of|during) )?(?:a |the |an )?"
    r"(?:[\w'-]+\s+){0,2}?"
    r"\Z",
    re.IGNORECASE,
)


def _covers_leave(sentence: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is a kind of leave that a job covers."""
    return bool(_LEAVE_WORD.match(sentence, start)) and bool(
        _COVER_AFTER.match(sentence, end) or _COVER_BEFORE.search(sentence[max(0, start - 60) : start])
    )


def names_a_topic(sentence: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is a subject of the work: a thing of that subject follows it or comes
    before it, and nobody's possessive comes before it."""
    if _CREDENTIAL_AFTER.match(sentence, end):
        return True
    before = sentence[max(0, start - 60) : start]
    # A possessive before a match that introduces its own last word ("your session plan for the children's reading
    # group", round 51) owns the plan, not the children.
    if _OWNED_BEFORE.search(before) and not _INTRODUCED_LAST.search(sentence, start, end):
        return False  # "your maternity cover arrangements" too
    return bool(
        _covers_leave(sentence, start, end) or _TOPIC_AFTER.match(sentence, end) or _TOPIC_BEFORE.search(before)
    )


# A colleague's leave or condition in a scenario the candidate handled (round 50: "your answer about supporting a
# colleague returning from maternity leave"), not the candidate's ("you'd be returning from maternity leave"),
# and not where the sentence voices a preference about who should do the job.
_COLLEAGUE_BEFORE = re.compile(
    r"\b(?:a|an|the|your|their|one|two|three) (?:[\w-]+ )?(?:colleagues?|co-?workers?|employees?|staff members?"
    r"|team members?|members? of staff|workers?|direct reports?|reports|teammates?|line reports?|nurses?|teachers?)"
    r" (?:who (?:is|was|were|are|had been|has been) )?(?:returning|coming back|back|returned|recovering|on)"
    r"(?: (?:to work )?from)? (?:[\w-]+\s+)?\Z"
    # ... or a colleague's own ("two days a week of a colleague's maternity leave")
    r"|\b(?:colleague|co-?worker|employee|staff member|team member|post ?holder|job ?holder|incumbent|predecessor)"
    r"(?:'s|s'|\u2019s) (?:[\w-]+\s+)?\Z",
    re.IGNORECASE,
)


# The organisation or the role serves a named group (training files legal A and B: "the role supports care leavers
# aged 18 to 25", "the helpline supports parents of children with autism", "our programme trains unemployed young
# people aged 16 to 24", "you'd be working with deaf and hard of hearing children"): the word is the group's, when
# the sentence voices no preference about who should do the job. Never the staff ("the role works with a young
# team" stays flagged).
_SERVING = (
    r"(?:supports?|supporting|works? with|working with|serves?|serving|cares? for|caring for|helps?|helping"
    r"|advises?|advising|represents?|representing|houses?|housing|runs? [\w\s-]{0,30}? for|provides? [\w\s-]{0,30}?"
    r" (?:for|to)|engages? with|engaging with)"
)
# A service, charity or study is for the people it serves, trains or recruits; a role, scheme or programme that
# is "for" or "aimed at" a group describes whom it hires ("our graduate scheme is aimed at digital natives"), so
# those count only when they serve the group.
_GROUP_SERVED_BEFORE = re.compile(
    r"(?:\b(?:service|charity|helpline|project|clinic|ward|school|unit|classes|class|course|organisation"
    r"|organization|centre|center|home|network|hospital|practice|study|trial|campaign|product|association|refuge"
    r"|hostel|shelter|team|app|game|tool|platform|show|series|range|website|magazine|salon|shop|store|firm|agency"
    r"|branch|restaurant|pharmacy|surgery|library|museum|council|gym|studio|hotel|business|company|desk|newsroom"
    r"|club|worker|officer|coordinator|adviser|advisor)\b(?:\s+[\w'-]+){0,3}?\s+(?:"
    + _SERVING[3:-1]
    + r"|is for|are for|aimed at|targets?|(?:built|designed|made|written|intended|developed) (?:for|with)"
    r"|targeting|recruits?|recruiting|trains?|training)"
    r"|\b(?:role|post|job|position|scheme|programme|program|we|you'd|you would|you'll|you will)\b(?:\s+[\w'-]+){0,3}?"
    r"\s+"
    + _SERVING
    # ... or a team or service for them, named right before (round 73: "our team for adults with learning disabilities")
    + r"|\b(?:team|service|unit|clinic|programme|program|project|helpline|scheme|classes|school)\s+for)"
    r"\s+(?:[\w'-]+,?\s+){0,5}?\Z",
    re.IGNORECASE,
)
_STAFF_AFTER = re.compile(
    r"[\s,-]+(?:[\w-]+[\s,-]+)?(?:team|crew|staff|colleagues?|workforce|office|department|culture|co-?workers?)\b",
    re.IGNORECASE,
)


# The candidate's own work with a group of people (round 64: "your work with older people at the day centre"); not
# with an institution ("your volunteering with the synagogue" says what the candidate believes).
_OWN_WORK_WITH = re.compile(
    r"\byour (?:\w+ )?(?:work|experience|placement|casework) (?:with|supporting|caring for) (?:[\w'-]+\s+){0,2}?\Z",
    re.IGNORECASE,
)
_PEOPLE_AFTER = re.compile(
    r"(?:[\s-]+[\w-]+)?[\s-]+(?:people|adults|children|kids|women|men|residents|patients|clients|users|families"
    r"|veterans"
    r"|refugees|carers|pupils|students|learners|groups|communities)\b|(?<=people)|(?<=adults)|(?<=children)",
    re.IGNORECASE,
)


# A family in the candidate's casework (round 72: "when you described supporting the family whose father was held at the
# border"), not the candidate's own ("supporting your father").
_CASE_FAMILY_BEFORE = re.compile(
    r"\b(?:supporting|supported|support|helping|helped|working with|worked with|resettling|resettled|housing|housed"
    r"|advising|advised) (?:a|the|one|this) famil(?:y|ies) (?:whose|where|in which) (?:[\w'-]+\s+){0,2}?\Z",
    re.IGNORECASE,
)


def _group_served(sentence: str, before: str, end: int) -> bool:
    """A group the organisation or role serves, or the candidate's own work with a group of people."""
    if _OWN_WORK_WITH.search(before) and _PEOPLE_AFTER.match(sentence, end):
        return True
    return bool(_GROUP_SERVED_BEFORE.search(before)) and not _STAFF_AFTER.match(sentence, end)


# The employer describing its own benefits or policies ("We offer 26 weeks of fully paid parental leave", "Our policy
# gives carers' leave to all staff from day one"): the word names a benefit, not the candidate's situation.
_EMPLOYER_OFFERS = re.compile(
    r"^\W*(?:we|our (?:[\w-]+ ){0,2}?(?:policy|policies|benefits?|package|handbook|scheme|pack|offer))\b[^.;]{0,40}?"
    r"\b(?:offer|offers|provide|provides|give|gives|have|run|runs|include|includes|fund|funds|apply|applies)\b",
    re.IGNORECASE,
)
_BENEFIT_AFTER = re.compile(
    r"(?:['\u2019]s?)?[\s-]+(?:[\w-]+[\s-]+)?(?:leave|vouchers?|networks?|rooms?|pay|allowances?|days?|support|scheme"
    r"|policies|policy|passport|plan)\b",
    re.IGNORECASE,
)


# ... or answers the candidate's question about one ("You asked about childcare vouchers; they're offered through
# salary sacrifice to every employee", "Your question about parental leave is answered in the attached policy").
_ASKED_ABOUT = re.compile(
    r"\b(?:you asked|you enquired|you inquired|your question|your query|you wanted to know|you raised)"
    r" (?:about|regarding|on|whether we offer|if we offer) (?:the |our |a |any )?(?:[\w'-]+\s+)?\Z",
    re.IGNORECASE,
)


def _employer_benefit(sentence: str, before: str, start: int, end: int) -> bool:
    """A benefit the employer says it offers to staff, or one the candidate asked about."""
    frame = _EMPLOYER_OFFERS.match(sentence) or _ASKED_ABOUT.search(before)
    return bool(frame) and bool(_BENEFIT_AFTER.match(sentence, end) or _A_BENEFIT.search(sentence, start, end))


_A_BENEFIT = re.compile(r"\b(?:leave|vouchers?|rooms?|pay|allowances?)\s*\Z", re.IGNORECASE)
_EVERY_EMPLOYEE = re.compile(r"\b(?:every|all|each|any) (?:employees?|staff|colleagues?)\b", re.IGNORECASE)


# A clinical or care action on a third person introduced as such (round 59: "when you'd refer a pregnant woman with
# raised blood pressure to the day assessment unit"), where no preference about who should do the job is voiced.
_CARE_ACTION_BEFORE = re.compile(
    # clinical verbs only: "looking after an elderly parent", "caring for", "supporting" are the candidate's own
    # caring responsibilities as often as their work
    r"\b(?:refer|referring|referred|assess|assessing|assessed|treat|treating|treated|examine|examining|examined|triage"
    r"|triaging|admit|admitting|discharge|discharging|advise|advising|counsel|counselling|escalate|escalating"
    r"|resuscitate|resuscitating|reassure|reassuring|safeguard|safeguarding|position|positioning|handle|handling"
    r"|transfer|transferring"
    r"|manage|managing|monitor|monitoring)\s+(?:a|an|the|this|that)\s+(?:[\w-]+\s+){0,2}?\Z"
    # ... or a procedure on a group, without an article (round 67: "recent experience cannulating young children")
    r"|\b(?:cannulat|vaccinat|immunis|immuniz|examin|triag|resuscitat|anaesthetis|anesthetiz|sutur|catheteris"
    r"|catheteriz|x-ray|scann|screen|fitting)\w*\s+(?:[\w-]+\s+){0,1}?\Z",
    re.IGNORECASE,
)


# A faith or "religions" in a sentence about teaching religion (rounds 49-62: "the RE scheme of work you brought
# covered six world religions", "stronger subject knowledge on Sikhism and Buddhism for the GCSE specification"): the
# subject taught, unless someone's own ("your faith") or a preference is voiced.
_TEACHING_RELIGION = re.compile(
    r"\b(?:RE|R\.E\.|(?i:religious (?:education|studies)|theology|scheme of work|syllabus|curriculum|GCSE|A-level"
    r"|specification|key stage|lesson plan|lessons?|unit of work))\b"
)
_FAITH_SUBJECT = re.compile(
    r"(?:sikhism|buddhism|judaism|islam|hinduism|christianity|jainism|taoism|shinto|zoroastrianism|bahá?'?í faith"
    r"|humanism|atheism|(?:world )?religions|faiths|beliefs|religious|religion)\Z",
    re.IGNORECASE,
)


def _religion_taught(sentence: str, before: str, start: int, end: int) -> bool:
    """A faith as a subject being taught, with nobody's possessive before it."""
    return (
        bool(_FAITH_SUBJECT.search(sentence, start, end))
        and bool(_TEACHING_RELIGION.search(sentence))
        and not _OWNED_BEFORE.search(before)
    )


# The employer names the legal exception itself (round 69: "requires ordination in the Church of England, which is a
# genuine occupational requirement for this role"): the word is the requirement's subject.
_OCCUPATIONAL_REQUIREMENT = re.compile(
    # ... or a faith school's trust deed (round 77: "requires a practising Catholic under the school's trust deed")
    r"\b(?:genuine |bona fide )?occupational (?:requirements?|qualifications?)\b|\bBFOQ\b|\btrust deed\b",
    re.IGNORECASE,
)
# A language named in language work (round 70: "your French strings in the translation test", "our Brazilian
# Portuguese lead" of a localisation team): the language of the work, not anyone's origin; "native", "mother tongue" and
# "accent" stay flagged.
_LANGUAGE_WORK = re.compile(
    r"\b(?:translat\w*|locali[sz]\w*|interpret(?:er|ers|ing)\b|subtitl\w*|dubb(?:ing|ed)\b|strings|idioms?|proofread\w*"
    r"|linguists?|glossar(?:y|ies)|terminology|voice scripts?|copywrit\w*)",
    re.IGNORECASE,
)
_LANGUAGE = re.compile(
    r"\b(?:english|french|german|spanish|portuguese|italian|dutch|polish|arabic|mandarin|cantonese|chinese|japanese"
    r"|korean|hindi|urdu|punjabi|bengali|turkish|greek|russian|ukrainian|swahili|welsh|gaelic|hebrew|vietnamese|thai"
    r"|tagalog|farsi|persian|romanian|hungarian|czech|swedish|norwegian|danish|finnish)\b",
    re.IGNORECASE,
)
_NATIVE = re.compile(r"\b(?:native(?![\s-]level)|mother tongue|first language|accent\w*)\b", re.IGNORECASE)
# Sign language as a language of the work (round 70: "scenes performed in British Sign Language", "the role requires
# fluent BSL"), and a colleague named by their role beside it ("alongside our Deaf lead").
_SIGNED_WORK = re.compile(
    r"\b(?:performed|signed|delivered|interpreted|fluent|fluency|requires?|required)\b(?:\s+[\w-]+){0,2}?\s+\Z",
    re.IGNORECASE,
)
_ALONGSIDE = re.compile(r"\b(?:alongside|opposite) (?:our|a|an|the|their) \Z", re.IGNORECASE)
# A school of a faith is an employer (round 70: "as a Church of England school", "a church school setting").
_FAITH_WORD = re.compile(
    r"(?:church|catholic|jewish|muslim|islamic|hindu|sikh|christian|methodist|anglican|faith)\Z", re.IGNORECASE
)
_SCHOOL_AFTER = re.compile(
    r"(?:\s+of\s+England)?[\s-]+(?:schools?|academ(?:y|ies)|primar(?:y|ies)|nurser(?:y|ies))\b", re.IGNORECASE
)
_ONE_COLLEAGUE_AFTER = re.compile(
    r"[\s-]+(?:lead|actor|actress|performer|presenter|co-?host|colleague|director|cast member|dancer|singer|musician"
    r"|co-?star|understudy)\b",
    re.IGNORECASE,
)


_SEX_WORD = re.compile(
    r"\b(?:male|female|man|woman|men|women|gentleman|lady|same[-\s]sex|carers?|workers?)\b", re.IGNORECASE
)
_PERSONAL_CARE = re.compile(r"\b(?:personal|intimate) care\b", re.IGNORECASE)
_STATUS_WORD = re.compile(
    r"\b(?:visas?|passports?|immigration|citizenship|residency|share code|medicals?)\b", re.IGNORECASE
)
# ... or a legal requirement (round 75: "a current D4 medical, which is a legal requirement; please reapply once your
# medical has been renewed")
_RIGHT_TO_WORK = re.compile(
    r"\bright[-\s]to[-\s]work\b|\bwork permit check|\blegal requirement|\blegally required|\brequired by law"
    r"|\bstatutory requirement",
    re.IGNORECASE,
)
# A mention disclaimed as part of the decision (round 75: "Thank you for explaining the gap while you cared for your
# father; it played no part in our decision"), where no preference is voiced.
_DISCLAIMED = re.compile(
    r"\b(?:play(?:ed|s)? no (?:part|role)|ha(?:d|s|ve) no (?:bearing|influence|effect)|(?:was|were|is) not a factor"
    r"|(?:was|were)(?:n't| not) held against you|did(?:n't| not) (?:affect|influence|count against)"
    r"|had nothing to do with)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=64)
def _names_the_exception(sentence: str) -> bool:
    # once per sentence: a long sentence has many matches
    if _OCCUPATIONAL_REQUIREMENT.search(sentence):
        return True
    return bool(_DISCLAIMED.search(sentence)) and not _prefers(sentence)


def _names_the_work(sentence: str, start: int, end: int, near: str) -> bool:
    """A faith school, a right-to-work check, a language in language work, sign language as the work, a colleague's
    role (each only where no preference is voiced: the caller checks)."""
    word = sentence[start:end]
    return bool(
        (_FAITH_WORD.search(word) and _SCHOOL_AFTER.match(sentence, end))
        or (_STATUS_WORD.search(word) and _RIGHT_TO_WORK.search(sentence))
        or (_LANGUAGE.search(word) and _LANGUAGE_WORK.search(sentence) and not _NATIVE.search(sentence))
        or ("sign language" in word.lower() and _SIGNED_WORK.search(near))
        or (_ALONGSIDE.search(near) and _ONE_COLLEAGUE_AFTER.match(sentence, end))
    )


def _stated_exception(sentence: str, start: int, end: int) -> bool:
    """The legal exception named, a mention disclaimed, or same-sex personal care asked for by the person cared for
    (round 73), which is an exception whoever asked."""
    if _SEX_WORD.search(sentence[start:end]) and _PERSONAL_CARE.search(sentence):
        return True
    return _names_the_exception(sentence)


# The people the service works with, named by what it does for them (round 78: "many of the children we place have
# ...").
_SERVED_AFTER = re.compile(
    r"\s+(?:we|you'd|you'll|you would|you will|our team|the service) (?:place|support|serve|care for|look after|teach"
    r"|foster|work with|house|resettle|treat)\b",
    re.IGNORECASE,
)


# Sessions the work holds with people (round 77: "led inhaler-technique reviews with children and their parents");
# never "work with", which is also the candidate's own life.
_SESSIONS_WITH = re.compile(
    r"\b(?:reviews?|sessions?|consultations?|appointments?|visits?|workshops?|clinics?)"
    r" (?:with (?:[\w-]+ (?:and (?:their )?)?)?)?\Z",
    re.IGNORECASE,
)
# The work described as helping people, opening the sentence (round 79: "Supporting parents after stillbirth is a big
# part of our chaplaincy's work").
_WORK_GERUND = re.compile(
    r"^\W*(?:supporting|caring for|helping|working with|counselling|counseling|advising|visiting) \Z", re.IGNORECASE
)
_PART_OF_WORK = re.compile(
    r"\b(?:is|are) (?:a (?:big|large|key|core|central|major) )?part of (?:our|the|this) (?:[\w'’-]+ ){0,2}?"
    r"(?:work|role|job|service|post)\b",
    re.IGNORECASE,
)


# A clinical specialty named by its patients' condition, with the job after it (round 80: "the fertility nurse role");
# "a male nurse" is not one.
_SPECIALTY = re.compile(
    r"(?:fertility|maternity|neonatal|antenatal|postnatal|paediatric|pediatric|geriatric|dementia|oncology|cancer"
    r"|mental health|sexual health|hiv|diabetes|cardiac|stroke|learning disability|autism)\Z",
    re.IGNORECASE,
)
_CLINICAL_JOB_AFTER = re.compile(
    r"[\s-]+(?:nurses?|midwi(?:fe|ves)|units?|wards?|specialists?|consultants?|practitioners?|therapists?|doctors?"
    r"|counsell?ors?|services?)\b",
    re.IGNORECASE,
)


_SERVED_POSSESSIVE = re.compile(
    r"\b(?:customers|clients|patients|residents|pupils|students|users|learners|members|tenants|guests)['’]\s+\Z",
    re.IGNORECASE,
)


# "in their fifties" of people just named (round 78: "people adopting in their fifties").
_PEOPLE_NAMED = re.compile(
    r"\b(?:people|adults|parents|carers|couples|members|clients|customers|residents|patients|adopters|volunteers"
    r"|learners|students)\b(?:\s+[\w-]+){0,2}\s+\Z",
    re.IGNORECASE,
)


def belongs_to_the_work(sentence: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` belongs to the work rather than the candidate: a colleague's in a scenario, a
    group the organisation serves, a benefit the employer offers, a person the candidate's work acts on, a faith being
    taught. Only where the sentence voices no preference about who should do the job; a benefit's reach ("to every
    employee") is not one."""
    near = sentence[max(0, start - 60) : start]
    wide = sentence[max(0, start - 80) : start]
    # The windows first: the whole-sentence preference search runs only when one of them matches (a long sentence
    # has many matches).
    if (
        _COLLEAGUE_BEFORE.search(wide)
        or _CASE_FAMILY_BEFORE.search(near)
        or (_A_PERSON.search(sentence, start, end) and _SERVED_AFTER.match(sentence, end))
        or _SESSIONS_WITH.search(near)
        # the people served, possessive (round 86: "daily checks of pupils' hearing aids")
        or _SERVED_POSSESSIVE.search(near)
        or (_SPECIALTY.search(sentence, start, end) and _CLINICAL_JOB_AFTER.match(sentence, end))
        or (_WORK_GERUND.search(sentence, 0, start) and _PART_OF_WORK.search(sentence, end))
        # a third person's, introduced as one (round 80: "a person's own wishes against a carer's concerns")
        or (
            _A_PERSON.fullmatch(sentence, start, end)
            and sentence.startswith(("'s", "\u2019s"), end)
            and _INTRODUCED.search(near)
        )
        or (sentence.startswith("in their ", start) and _PEOPLE_NAMED.search(near))
        or _group_served(sentence, wide, end)
        or _CARE_ACTION_BEFORE.search(near)
        or _religion_taught(sentence, near, start, end)
        or _names_the_work(sentence, start, end, near)
    ) and not _prefers(sentence):
        return True
    if _stated_exception(sentence, start, end):
        return True
    return _employer_benefit(sentence, near, start, end) and not _PREFERENCE.search(_EVERY_EMPLOYEE.sub("", sentence))
