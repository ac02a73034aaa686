"""legal_risk: references to a protected characteristic, or to a stand-in for one.

A legal_risk finding blocks sending until the author rewrites or acknowledges it, so precision
matters: job-related uses of the same words stay clean ("a mature codebase", "child processes",
"cloud-native", "years of experience with Kubernetes", "English proficiency is required for this
client-facing role").

Where the line is drawn (see also tests/quality/README.md):
- Language: a working-language requirement or an assessment of proficiency on a concrete task is
  job-related and clean. "Native speaker", "mother tongue", "first language", "accent", "broken
  English" and "where you're from" are national-origin proxies and are flagged.
- Citizenship and immigration: "right to work", "work authorization" and "we can't sponsor visas"
  are clean; nationality, immigration status, "foreigner", and citizenship are flagged unless the
  same sentence says citizenship is a legal requirement of the role (clearance, export control).
- Experience: "N years of experience with X" is clean; a long career as such ("too many years in the
  industry", "decades of experience", "thirty years of experience") and "overqualified" are age proxies.
- Gendered vocabulary that does not refer to the candidate ("manpower", "chairman") and third-person
  pronouns are not flagged: they are style, not a protected characteristic.
- Product domains (healthcare, a maternity clinic's booking system, retirement savers, tools for
  disabled users) are not references to the candidate and stay clean.
"""

from __future__ import annotations

from .engine import flatten, rule, rules


def _r(name, anchors, pattern, message, suggestion, **context):
    return rule("legal_risk", name, anchors, pattern, message, suggestion, **context)


def _rs(name, parts, message, suggestion, **context):
    return rules("legal_risk", name, parts, message, suggestion, **context)


_YOU_ARE = (
    r"(?:you're|you are|you were|you seem(?:ed)?|you look(?:ed)?|you came across as|you come across as|being|as an?"
    r"|she's|she is|he's|he is|are you|is (?:he|she))"
)
_PERSON = (
    r"(?:person|people|persons|candidates?|applicants?|employees?|workers?|engineers?|developers?|hires?|staff|folks"
    r"|man|men|woman|women|team|teams|crew|guys?|girls?|ladies|lady|colleagues?|individuals?|salespeople|salesperson"
    r"|consultants?|professionals?|team ?members?|managers?|leads?|face|faces)"
)
# Nouns that make "child", "parent", "family" technical or product words rather than people.
_TECH_AFTER = (
    r"[-\s]*(?:process(?:es)?|node|nodes|element|elements|component|components|widget|widgets|record|records|class"
    r"|classes|table|tables|theme|view|views|window|windows|task|tasks|thread|threads|item|items|entit(?:y|ies)|object"
    r"|objects|span|spans|pid|pom|module|modules"
    r"|director(?:y|ies)|folder|folders|issue|issues|ticket|tickets|row|rows|keys?|selector|routes?|frames?|scope"
    r"|branch(?:es)?|company|companies|organi[sz]ation|org|account|accounts|epic|epics|page|pages|template|templates"
    r"|container|containers|commit|commits|span|spans|resource|resources"
    # what a parent process does (round 43: "it leaked file handles when the parent exited")
    r"|exit|exits|exited|exiting|forks?|forked|reaps?|reaped"
    r"|field|fields|job|jobs|workflow|workflows|controls?|type|types|of (?:the|this|that|each|a|an) "
    r"(?:node|element|tree|component|widget|process))\b"
)

# Product or customer context: "our app helps parents book childcare", "our users include people with
# visual impairments", "tools for older adults". A match right after such a phrase describes the
# market, not the candidate.
_DOMAIN_BEFORE = (
    r"(?:\b(?:apps?|products?|platforms?|services?|tools?|features?|sites?|systems?|software|users?|customers?|clients?"
    r"|patients?|residents?|pupils?|passengers?|visitors?|market|audience|members)\b(?: \w+){0,3}? "
    r"(?:for|helps?|serves?|serving|aimed at|used by|built for|designed for|targets?|targeting|include|includes"
    r"|including|like|such as|who are|who use|with|in|on|using) (?:\w+ ){0,3})"
)

# A parent as someone the work deals with ("the mock parent complaint", "parent meetings", "a parents'
# evening in the scenario"), not the candidate's family (round 14).
_PARENT_ROLE_AFTER = (
    r"[-\s]+(?:complaints?|meetings?|evenings?|conferences?|consultations?|emails?|calls?|quer(?:y|ies)|letters?"
    r"|newsletters?|surveys?|portals?|communications?|governors?|helpers?|volunteers?|liaison|engagement"
    r"|partnerships?|workshops?|feedback|concerns?|enquir(?:y|ies)|inquir(?:y|ies)|contact|app|forum)\b"
)

# A sentence about a technical parent/child relation ("the child table was missing a foreign key to the
# parent", "the parent process reaps its children"): family words in it are not about the candidate.
_TECHNICAL_PAIR = (
    r"(?:child|parent|children)[-\s](?:tables?|nodes?|process(?:es)?|class(?:es)?|elements?|rows?|records?"
    r"|components?|entit(?:y|ies)|objects?|director(?:y|ies)|folders?|threads?|tasks?|issues?|tickets?|keys?|poms?"
    r"|modules?|spans?|windows?|views?|themes?|accounts?|companies|images?|subsidiar(?:y|ies)|containers?|pages?)"
    r"|mother[-\s]liquors?|(?:parent|child)[-\s]and[-\s](?:child|parent)[-\s]\w+|foreign keys?"
    r"|sub~?class\w*|super~?class\w*"
    r"|inheritance|orphan(?:ed)? (?:rows?|records?|process(?:es)?|nodes?)|(?:dom|process|class|file|b|syntax) tree"
)
# A condition word describing a patient, client or case in an exercise ("the diabetic patient scenario",
# "an epilepsy case study"), not the candidate.
_PATIENT_AFTER = (
    r"|[-\s]+(?:patients?|clients?|residents?|service[-\s]users?|pupils?|cases?|scenarios?|case[-\s]stud(?:y|ies)"
    r"|role[-\s]?plays?|simulations?|wards?|clinics?|units?|care[-\s]plans?|diets?|menus?)\b"
)
# Round 11: a patient in an exercise may be an animal ("the pregnant ewe", "the anxious spaniel"), or the
# condition word may be joined to "patient" ("the pregnant-patient protocol"); and a protected topic may be
# the subject of a product feature the candidate estimated or built ("the religious holiday calendar feature",
# "the prayer times widget"). Neither is about the candidate.
_ANIMAL_PATIENT_AFTER = (
    r"|[-\s]+(?:ewes?|cows?|heifers?|mares?|sows?|bitch(?:es)?|queens?|does|dogs?|cats?|spaniels?|terriers?|collies"
    r"|labradors?|retrievers?|horses?|ponies|pony|foals?|calves|calf|lambs?|kittens?|pupp(?:y|ies)|rabbits?|animals?"
    r"|pets?|livestock|herds?|flocks?|patient[-\s]+\w+)\b"
)
_FEATURE_AFTER = (
    r"(?:[-\s]+[\w'-]+){0,3}?[-\s]+(?:features?|widgets?|filters?|modules?|screens?|fields?|dropdowns?|settings?"
    r"|dashboards?|integrations?|endpoints?|components?|toggles?|tabs?|apis?|plugins?|add[-\s]?ons?|reports?)\b"
)
# A child as the yardstick of a put-down ("like a toddler", "than a toddler's drawing"): harsh, not a
# reference to the candidate's family (harsh.py flags it).
_COMPARED_TO = r"(?:\b(?:like|than|by|as if by|even|as) (?:(?:in )?(?:a|an|my|some|the average) )?(?:\w+ )?)"
_CHILDS_WORK = (
    r"'s\s+(?:drawings?|scribbl\w+|handwriting|paintings?|tantrums?|homework|pictures?|colou?ring|crayon\w*|finger"
    r"[-\s]?paint\w*|attention span|level|vocabulary|logic|lego|toys?|sandcastles?|doodles?)\b"
)
# Discrimination law as the subject of the work ("your essay on age discrimination law", "in the HR law
# case, you said the employer could not ask about pregnancy"): the words name the topic, not the candidate.
_LAW_TOPIC = (
    r"(?:essay|answer|question|case|exercise|module|paper|presentation|report|briefing|memo) (?:on|about) "
    r"(?:[\w-]+ ){0,3}(?:law|legislation|discrimination|act|tribunal|rights)|(?:law|legal|hr|employment) "
    r"(?:case|exercise|question|scenario|module|paper)"
)
# A child in a work scenario (safeguarding, nursery and school exercises, case studies).
_SCENARIO = r"(?:scenario|case study|role~play|simulation|safeguarding (?:answer|question|exercise|case|scenario))"
# A leave or pay topic studied or worked on (payroll, policy, case studies), not the candidate's own plans:
# "calculating statutory maternity pay in the payroll case study".
_LEAVE_TOPIC = (
    r"payroll|calculat\w*|case stud(?:y|ies)|legislation|regulations?|statutory"
    r"|(?:hr|leave|pay|benefits?) polic(?:y|ies)"
    r"|(?:in|for|on|during) (?:the|a|an|our|this) (?:\w+ )?(?:exercise|scenario|module|simulation|role~play)"
    # advice given on it (round 31: "your advice on maternity pay was accurate")
    r"|(?:advice|advising|advised|guidance|knowledge|explanation|answer) (?:on|about|of) (?:statutory |the )?"
    r"(?:maternity|paternity|parental|shared parental|adoption) (?:pay|leave|allowance|rights|benefits?|grant)"
)

# The people the work serves, named before the word (round 18): "young offenders aged 15 to 17", "with
# that age group", "the under-25 age group in testing", "supporting pregnant teenagers". A group of
# clients, pupils or an audience described by age or condition is the job, not the candidate; "your age
# group" and "candidates aged over 50" stay flagged.
_AUDIENCE_BEFORE = (
    r"(?:\b(?:that|this|these|those|each|every|which|target)|\b(?:under|over)[-\s]?\d+s?|\b\d+[-\s]?(?:to|-)[-\s]?\d+"
    r"|\b(?:offenders|pupils|students|children|kids|teenagers|teens|patients|clients|residents|service[-\s]users|users"
    r"|customers|participants|learners|youths?|readers|viewers|players|audiences?|boys|girls))\s+"
)
_SERVING_BEFORE = (
    r"\b(?:support(?:ing|s)?|car(?:ing|es?) for|work(?:ing|s)? with|help(?:ing|s)?|advis(?:ing|es?)|visit(?:ing|s)?"
    r"|screen(?:ing|s)?|counsell?(?:ing|s)?|treat(?:ing|s)?|look(?:ing|s)? after|outreach (?:to|for)|serv(?:ing|es?))"
    r"\s+(?:\w+\s+){0,2}?"
)

# --- age ---------------------------------------------------------------------------------------------
_AGE_MSG = "Refers to age, a protected characteristic."
_AGE_SUGGEST = "Describe the job-related skill or experience instead."

AGE = [
    _r(
        "young_people",
        "young younger youngest youthful",
        rf"(?:young(?:er|est)?|youthful)(?: and (?:energetic|hungry|dynamic|fresh|ambitious|eager))? {_PERSON}"
        r"|(?:young(?:er|est)?|youthful) (?:blood|talent|crowd|profile|energy|vibe|mindset|demographic|culture|group)"
        r"|(?:someone|somebody|anyone) (?:much |a bit |a little |quite a bit )?younger",
        _AGE_MSG + " “{phrase}” says the decision preferred people of a certain age.",
        _AGE_SUGGEST + " If the concern is how the candidate would work with the team, name the working practice "
        "(pairing, on-call, release pace) and what you saw in the interview.",
        not_before=_DOMAIN_BEFORE + "|" + _SERVING_BEFORE,
        # A service for young people is the job (round 16): "our young people's services team".
        not_after=r"\s+(?:lead|leader|member|manager)s?\b|'s\s+(?:services?|teams?|units?|workers?|charit(?:y|ies)"
        r"|centres?|centers?|clubs?|programmes?|programs?|projects?|provision|wards?|hospitals?|clinics?"
        r"|mental health)\b",
    ),
    _r(
        "too_young",
        "young younger youth youthful skew skews skewed skewing",
        r"(?:too|so|very|quite|rather|fairly|pretty|a bit|a little|still|awfully) young(?:er)?"
        rf"|{_YOU_ARE} (?:still |very |so |quite |too |a bit |rather )?young(?:er)?"
        r"(?! (?:startup|company|codebase|product|team's))"
        r"|young and (?:energetic|hungry|dynamic|fresh|ambitious|eager)|(?:your|his|her) youth|youngsters?"
        r"|(?:team|staff|office|workforce|everyone here|crew) is "
        r"(?:(?:very|quite|mostly|pretty|really|fairly|all) )?young"
        r"|(?:team|staff|office|workforce|company|hires|people|employees|engineers|panel|crowd|department|group|we"
        r"|culture) (?:\w+ )?skew(?:s|ed|ing)? (?:(?:very|quite|a bit|fairly) )?(?:young|younger|old|older)",
        _AGE_MSG + " “{phrase}” points at how young someone is, not at what they can do.",
        _AGE_SUGGEST + " If the concern is readiness, name the experience the role needs "
        "(e.g. “has led an incident”, “has owned a service in production”) and what the candidate has done so far.",
        # A young thing, not a young person (round 50: "our codebase is still young"); "our team is still young"
        # stays flagged.
        not_before=r"\b(?:codebases?|code base|product|platform|startup|start-up|company|business|firm|venture"
        r"|market|field|industry|technology|framework|language|project|programme|program|service|app"
        r"|discipline|sector|architecture|repo|repository|system|stack|scheme|library|vines?|plantation|forest"
        r"|wine|practice|partnership) (?:is|was|are|were|'s|remains|remained|feels|felt|looks"
        r"|seems) (?:(?:still|very|quite|fairly|relatively|comparatively|really) )?\Z",
    ),
    _r(
        "old_people",
        "old older oldest",
        r"(?:too|so|very|quite|a bit|rather|bit|much|far|a lot|significantly|considerably) old(?:er)?(?![-\w])"
        rf"|older {_PERSON}|older than (?:the rest|most|everyone|the others|the team|us|your "
        r"(?:manager|colleagues|peers|team))"
        r"|(?:the )?oldest (?:person|one|member|candidate|applicant|hire|employee|engineer|developer"
        r"|on the team|in the (?:team|office|room))"
        r"|(?:you're|you are|you'd be|you would be|you seem(?:ed)?|you'll be)(?: \w+){0,3}? old(?:er|est)"
        r"(?! (?:airframes?|aircraft|planes?|fleet|machines?|machinery|equipment|vehicles?|trucks?|systems?|code"
        r"|codebases?|versions?|releases?|models?|kit|tools?|buildings?|stock|servers?|hardware|software|sites?))"
        r"|old (?:guy|man|woman|lady|timer|hand|dog|fogey|school (?:guy|type))s?|old~timers?"
        r"|(?:you're|you are|you seem(?:ed)?|you came across as|you come across as) "
        r"(?:\w+ ){0,2}?old[-\s](?:school|fashioned)",
        _AGE_MSG + " “{phrase}” makes age part of the judgement.",
        _AGE_SUGGEST
        + " If something specific was out of date, name it (a tool, a practice) and what the role uses instead.",
        not_before=_DOMAIN_BEFORE,
    ),
    _r(
        "age_words",
        "age ages aged ageing aging ageism ageist agewise",
        r"(?:your|his|her|their|my) age|at (?:your|his|her|their|that|this) age"
        r"|age (?:group|range|bracket|gap|limit|profile|difference|discrimination|requirement|of (?:the )?"
        r"(?:candidate|applicant|team))|(?:a certain|advanced|older|younger|retirement|working|mature) age"
        r"|(?:too|very|quite) (?:senior|advanced) in (?:age|years)"
        r"|(?:senior|older|younger|advanced) in age|ag(?:e)?ing "
        r"(?:workforce|workers?|employees?|staff|candidates?|team|population|engineers?|developers?|people)"
        r"|middle[-\s]aged|aged (?:\d{2}|over|under|between|around|about)|age(?:ism|ist)"
        r"|in (?:your|his|her|their) age|age[-\s]?wise",
        _AGE_MSG + " Mentioning “{phrase}” in a hiring decision is a textbook age-discrimination risk.",
        _AGE_SUGGEST,
        # An analysis by age is data work (round 54: "your age-band breakdown of the customer churn data").
        not_after=r"[\s-]+(?:(?:band|group|bracket|range|cohort|segment)s?[\s-]+(?:breakdown|analysis|split|chart|table"
        r"|column|field|segmentation|report|model|pivot|dashboard)|verification|check|gate|distribution|breakdown"
        r"|analysis|segmentation|column|field|pivot)\b",
        not_before=_AUDIENCE_BEFORE,
        unless=_LAW_TOPIC,
    ),
    _rs(
        "age_number",
        [
            (
                "old",
                r"\d{2} (?:years|yrs) old|\d{2}[-\s]years?[-\s]old "
                r"(?:man|woman|person|candidate|applicant|engineer|developer|guy|worker|employee|mother|father|parent)",
            ),
            (
                "twenty thirty forty fifty " + " ".join(str(n) for n in range(20, 100)),
                r"(?:next|coming|another) (?:twenty|thirty|forty|fifty|[2-5]\d) years",
            ),
            (
                " ".join(str(n) for n in range(20, 100)),
                r"(?:at|aged?|you're|you are|being|turning) (?:almost |nearly |over |about |around |already )?[2-9]\d"
                r"(?=\s*(?:,\s*(?:you|he|she|they|it)\b|years? old|y/?o\b|and (?:still|up|over)))",
            ),
        ],
        _AGE_MSG + " The candidate's age in years must not appear in the reasons.",
        _AGE_SUGGEST,
    ),
    _r(
        "age_decade",
        "twenties thirties forties fifties sixties seventies 20s 30s 40s 50s 60s 70s something somethings "
        "twenty thirty forty fifty sixty",
        r"in (?:your|his|her|their|our|the) (?:early |mid |mid-|late )?"
        r"(?:twenties|thirties|forties|fifties|sixties|seventies|'?[2-7]0s)"
        r"|(?:twenty|thirty|forty|fifty|sixty)[-\s]somethings?",
        _AGE_MSG + " “{phrase}” describes people by their age.",
        _AGE_SUGGEST,
    ),
    _r(
        "generation",
        "generation generational millennial millennials boomer boomers gen zoomer zoomers genz",
        r"(?:younger|older|your|his|her|a different|another|my|their|the next|new) "
        r"generation(?! (?:heap|gc|space|collector|collection|of (?:the )?(?:product|platform|api|chip|hardware"
        r"|device|model|system|framework|sdk)))"
        r"|generational|millennials?|(?:baby )?boomers?|gen(?:eration)?[-\s]?(?:z|x|y|alpha)|zoomers?|genz",
        _AGE_MSG + " “{phrase}” sorts people by age group.",
        _AGE_SUGGEST + " If a tool or practice mattered, name it and say what you saw.",
    ),
    _r(
        "fresh_graduate",
        "fresh graduate graduates grad grads school college university uni born graduated graduation",
        r"fresh out of (?:school|college|university|uni|grad school|the university|academia)"
        r"|(?:recent|new|fresh)(?: college| university)? "
        r"(?:grad|grads|graduates?)(?! (?:program|programme|scheme|hiring program|role|position|track))"
        r"|(?:graduated|born) in (?:19|20)\d\d|(?:before|since|when|after) (?:[\w']+ ){0,5}?(?:was|were) born"
        r"|born (?:before|after) (?:19|20)\d\d|(?:your|his|her) graduation (?:year|date)"
        r"|graduated (?:a long time|so long|decades|a while) ago",
        _AGE_MSG + " “{phrase}” is a common stand-in for age.",
        _AGE_SUGGEST + " Name the experience the role needs (e.g. “two years shipping a public API”) rather than "
        "where someone is in life.",
    ),
    _r(
        "set_in_ways",
        "set stuck ways habits dog tricks tooth prime hill",
        r"(?:set|stuck) in (?:your|his|her|their|his or her) (?:ways|habits)|old dogs?(?: (?:and )?new tricks)?"
        r"|teach an old dog|long in the tooth|past (?:your|his|her|their|the|its) prime|over the hill",
        _AGE_MSG + " “{phrase}” is an age stereotype.",
        _AGE_SUGGEST + " If the candidate resisted a practice in the interview, describe that moment and the practice.",
    ),
    _r(
        "long_career",
        "years decades industry field career experience experienced workforce business trade around slow wind ease "
        "winding slowing easing fresh dinosaur dinosaurs fossil fossils guard past start vintage getting",
        r"(?:too|so) many years (?:in|of|at|on)"
        r"|(?:decades|(?:twenty|thirty|forty|fifty|[2-5]\d)\+? years)(?: (?:or more|plus))?"
        r"(?: of (?:\w+ )?experience| in (?:the )?(?:\w+ )?(?:industry|field|business|workforce|trade|banking"
        r"|finance|tech|technology|software|sales|marketing|retail|engineering|it|consulting|publishing|media"
        r"|telecoms?|insurance|healthcare|education|government)| (?:of )?(?:working|work|career))"
        r"|(?:you've|you have|you'd|he's|she's|they've) (?:clearly |obviously )?been around "
        r"(?:a long time|for (?:a long time|ages|decades|a while|years)|the block|forever|longer)"
        r"|(?:you|you'd|you would|you might|you'll|you will|you may)(?: \w+){0,2}? "
        r"(?:want|wish|need|look|plan|start|begin|be ready)\w* to (?:slow|wind|ease) down"
        r"|(?:someone|somebody|people|candidates?|employees?|you|you're|you are)(?: who(?:'s| is| are))? "
        r"(?:winding|slowing|easing) down|fresh[-\s]faced?"
        r"|(?:decades|(?:twenty|thirty|forty|[2-5]\d) years) on (?:everyone|everybody|the rest|the team|most|all)"
        r"|(?:your|his|her|their|a certain) vintage"
        r"|getting on (?:a bit|in years)|dinosaurs?|fossils?(?! fuel)|past it(?=\s*(?:[.,;!?]|$))"
        r"|start of (?:their|your|his|her) (?:working )?life"
        r"|(?:been|working|work|worked) in the (?:industry|field|business|workforce|trade) "
        r"(?:for )?(?:so long|too long|quite so long|a long time|forever|over \d+|for decades|for over|decades)"
        r"|(?:too|overly) experienced|too much experience|(?:your|his|her) (?:long|lengthy) career"
        r"|(?:late|later|end|twilight|tail end|final years?) (?:of|in|stage of) (?:your|his|her|their) career"
        r"|(?:end|later stages?|late stage|last stretch) of (?:your|his|her|their) (?:working life|career)",
        _AGE_MSG + " A long career as such (“{phrase}”) is read as a stand-in for age.",
        "Describe the job-related skill or experience instead: if seniority or salary band was the issue, say "
        "that plainly in job terms (the level, the scope, the band).",
    ),
    _r(
        "overqualified",
        "overqualified over qualified",
        # a salary gap named as the reason (round 74: "overqualified for the counter role, in that its £24k band is well
        # below the £33k you said you need")
        r"over~qualified(?![^.;]{0,40}?\b(?:in that|because|since|as)\b[^.;]{0,40}?(?:salary|pay|band|£|\$|€))",
        _AGE_MSG + " “Overqualified” is a well-known stand-in for age in rejections.",
        "Name the real concern in job terms: the level of the role, its salary band, or its scope, and why that "
        "doesn't match what the candidate is looking for.",
    ),
    _r(
        "retirement",
        "retire retired retiring retirement retiree retirees",
        r"(?:close to|closer to|near to|nearer to|close|closer|near|nearer|nearing|approaching|from|before|until|to"
        r"|into|towards?|thinking about|thinking of|plans? for|planning for|age of|years (?:to|until|from|before)) "
        r"(?:your )?retir(?:ement|ing)|(?:you(?:'d|'ll| would| will| might| may|'re| are)?|he|she) "
        r"(?:\w+ )?retir(?:e|ing)(?: (?:soon|early|in a few years|before long))?"
        r"(?=\s*(?:[.,;:!?]|$|\s+(?:soon|early|in|before|and)))"
        r"|retirees?|semi~retired|(?:your|his|her) retirement|retire (?:soon|early)"
        # round 86: "with retirement likely only a few years away for you"
        r"|retirement (?:is |being )?(?:likely |probably )?(?:only )?(?:a few|a couple of|few|two|three|four|five)"
        r" years away",
        _AGE_MSG + " “{phrase}” ties the decision to age.",
        _AGE_SUGGEST
        + " If commitment was the concern, ask about it in the same way for every candidate, in job terms.",
    ),
    _r(
        "digital_native",
        "digital native natives grew",
        r"digital natives?|grew up (?:with|using|online|on) "
        r"(?:\w+ )?(?:internet|technology|tech|smartphones|social media|these tools|computers|the web|phones)",
        _AGE_MSG + " “{phrase}” is a common stand-in for age.",
        _AGE_SUGGEST + " Name the tool or practice and what the candidate showed with it.",
    ),
    _r(
        "age_looks",
        "grey gray greybeard graybeard greybeards graybeards hair haired senior citizen citizens mature blood era day",
        r"(?:grey|gray)[-\s]?(?:hair|haired|beard|beards|hairs)|(?:grey|gray)beards?|senior citizens?"
        rf"|mature {_PERSON}|(?:fresh|new|young) blood|(?:your|his|her) era|in your day|back in your day",
        _AGE_MSG + " “{phrase}” refers to age.",
        _AGE_SUGGEST,
    ),
    _r(
        "grandchildren",
        "grandchild grandchildren grandkids grandkid grandson grandsons granddaughter granddaughters grandparent "
        "grandparents grandmother grandfather grandma grandpa",
        r"grand~?(?:child|children|kids?|sons?|daughters?|parents?|mother|father|ma|pa)",
        _AGE_MSG + " “{phrase}” stands in for age (and family status).",
        _AGE_SUGGEST,
        not_before=_DOMAIN_BEFORE,
    ),
    _r(
        "stage_of_life",
        "stage life",
        r"(?:different|later|this|your|his|her|that) stage (?:of|in) (?:your |his |her )?life"
        r"|where you are in (?:your )?life|(?:earlier|later|further along) in (?:your |his |her |their )?life",
        _AGE_MSG + " “{phrase}” stands in for age or family status.",
        _AGE_SUGGEST,
    ),
]

# --- sex and gender, gender identity -----------------------------------------------------------------
_SEX_MSG = "Refers to sex or gender, a protected characteristic."
_SEX_SUGGEST = (
    "Leave sex and gender out. Describe the job-related evidence instead: what the candidate did in "
    "the exercise or interview and how it compares with what the role needs."
)
SEX = [
    _r(
        "sex_words",
        "woman women female females girl girls lady ladies gal gals feminine femininity womanly ladylike gentleman "
        "gentlemen male males masculine masculinity manly men boys effeminate girly butch macho guy guys sex sexes "
        "sexism sexist gender genders gendered",
        r"(?:woman|women|female|females|girl|girls|lady|ladies|gal|gals|feminine|femininity|womanly|ladylike|gentleman"
        r"|gentlemen|male|males|masculine|masculinity|manly|men|boys|effeminate|girly|butch|macho|sexes|sexism|sexist"
        r"|gendered|genders?)(?![-\s](?:connector|plug|header|pin|port|end|adapter|jack|thread|neutral)s?\b)"
        r"|(?:all[-\s])?(?:guys?)|(?:your|his|her|their|the candidate's|opposite) sex|\bsex\b(?! (?:offender))",
        _SEX_MSG + " “{phrase}” brings it into the assessment.",
        _SEX_SUGGEST,
        not_before=r"(?:\byou|\bhey|\bthanks|\bhi|\bthank you) ",
    ),
    _r(
        "voice",
        "voice",
        r"(?:your|his|her) voice (?:is|was|sounded|seemed|sounds) "
        r"(?:\w+ )?(?:high|deep|feminine|masculine|shrill|squeaky|girly|soft|husky)(?:[-\s]pitched)?",
        _SEX_MSG + " Comments on the pitch or tone of a voice (“{phrase}”) are gender-coded.",
        "If presenting mattered, describe the job-related behaviour (structure, pace, answering questions) instead.",
    ),
    _r(
        "man",
        "man",
        r"(?:a|the|as a|young|old|older|strong|family|right|best|ideal|single|married|straight|gay|trans"
        r"|black|white|asian|for a|another) man"
        r"(?![-\w]|\s+(?:page|pages|hours?|days?|months?|years?|power|in the middle|-in-the-middle))",
        _SEX_MSG + " “{phrase}” makes being a man part of the role.",
        _SEX_SUGGEST,
    ),
    _r(
        "gender_identity",
        "transgender trans nonbinary non binary genderqueer genderfluid cisgender cis pronouns pronoun gender "
        "identity transition transitioning",
        r"transgender|trans (?:man|woman|men|women|person|people|candidate|employee|consultant|engineer)"
        r"|non[-\s]?binary|genderqueer|gender~fluid"
        r"|cisgender|(?:your|his|her|their|preferred|chosen) pronouns?|pronouns"
        r"|gender (?:identity|expression|transition)|transitioning (?:gender|to (?:a )?(?:man|woman|male|female))",
        "Refers to gender identity, a protected characteristic. “{phrase}” has no bearing on the role.",
        _SEX_SUGGEST,
    ),
]

# --- pregnancy, family, marital status ----------------------------------------------------------------
_FAMILY_MSG = "Refers to pregnancy or family plans, which must not affect a hiring decision."
_FAMILY_SUGGEST = (
    "Leave family circumstances out. If availability matters (on-call, travel, hours), state the "
    "requirement itself, the same for every candidate, and whether the candidate said they could meet it."
)
_MARITAL_MSG = "Refers to marital or relationship status, a protected characteristic."
FAMILY = [
    _r(
        "pregnancy",
        "pregnant pregnancy pregnancies expecting baby babies newborn infant toddler",
        r"pregnan\w*|(?:you're|you are|she's|she is|are you|is she) "
        r"expecting(?=\s*(?:[,.;!?]|$|\s+(?:a |your |her |their |soon|again|twins|in \w+|this|next|and|so|which|but)))"
        r"|expecting (?:a |your |her |their )?(?:first |second |third |another )?(?:baby|child|kid|twins)"
        r"|newborns?|(?:new|a|the|your|her|his|their|having a|had a|have a|first) bab(?:y|ies)(?! steps)"
        # an infant as the subject of the work (round 31: "the infant burial context on the dig")
        r"|infants?(?! (?:burials?|graves?|remains|skeletons?|formula|mortality|school|class(?:es)?|car seats?|feeding"
        r"|cpr|resuscitation|milk|rooms?|wards?|care|nutrition|development)\b)"
        r"|toddlers?(?! (?:bashed|mashed|smashed|wrote|could|would|typed|did|made|drew|scribbled|naps?|rooms?|groups?"
        r"|class(?:es)?|care|activities|sessions?|play|section|menu|seats?|gates?|books?)\b)",
        _FAMILY_MSG + " “{phrase}” refers to pregnancy or a baby.",
        _FAMILY_SUGGEST,
        not_before=_DOMAIN_BEFORE + "|" + _COMPARED_TO + "|" + _SERVING_BEFORE,
        not_after=_CHILDS_WORK + _PATIENT_AFTER + _ANIMAL_PATIENT_AFTER,
        unless=_LAW_TOPIC,
    ),
    _r(
        "parental_leave",
        "maternity paternity parental maternal paternal leave",
        r"(?:maternity|paternity|parental|family|adoption|baby|mat|pat) leave"
        r"|matern\w*(?![-\s](?:clinics?|wards?|hospitals?|units?|services|booking|wear|clothing|products?|apps?"
        # a contract covering someone's leave (round 17): "a 12-month maternity cover contract"
        r"|cover[-\s](?:contract|role|post|position|placement|vacancy|job|assignment)"
        r"|systems?|care (?:app|product|system|platform)))"
        r"|patern\w*|parental(?![-\s](?:controls?|control|guidance settings?))",
        _FAMILY_MSG + " “{phrase}” refers to pregnancy or parenthood.",
        _FAMILY_SUGGEST,
        not_after=r"\s+(?:module|feature|form|screen|system|flow|workflow|calculator|tracker|page|api|endpoint|service"
        r"|app|policy (?:page|document))\b",
        unless=_LEAVE_TOPIC,
    ),
    _r(
        "children",
        "kid kids child children son sons daughter daughters childcare childless daycare "
        "nursery babysitter nanny school",
        r"(?:your|his|her|their|the|young|small|little|two|three|four|five|several|many|have|having|has|had|with|no"
        r"|any|of|about|raising|raise|(?<![\d,.])[1-9](?![\d,.])) (?:(?:young|small|little|school[-\s]age|grown) )?"
        rf"(?:kids?|children|child|sons?|daughters?)(?!{_TECH_AFTER})(?! act\b)"
        r"(?!'s? (?:ward|section|hospital|library|books?|charity|services?|department|menu|clothing|wear|unit|hospice"
        # publishing (round 57: "your story for the children's list")
        r"|lists?|imprints?|fiction|literature|publishing|publishers?|titles|laureate|illustrat\w*|picture ?books?"
        r"|poetry|authors?|editors?"
        r"|clinic|centre|center|author|nurse|nursing|field|barred list|register|registration"
        r"|tv|television|programming|entertainer|theatre|party|activities|club"
        # a genre of the work (round 70: "a localizer with children's content experience")
        r"|content|games?|media|audiences?|market|products?|series|shows?|programmes?|apps?|animation|songs?)\b)"
        # a safeguarding credential (training files: "a current Working with Children Check")
        r"(?! (?:checks?|clearances?|cards?|blue cards?)\b)"
        r"|kids(?!'?\s*(?:apps?|products?|market|content|games?|education|platform|section|mode|edition|menu|tablet"
        r"|club|activities|zone|area|camp|corner|party|parties|entertainment)\b)"
        r"|child~?care|child~free|childless|day~care|babysitters?|nann(?:y|ies)"
        r"|school[-\s](?:run|pick~?ups?|drop~?offs?)(?! (?:rota|schedule|duty|duties|timetable|route))",
        _FAMILY_MSG + " “{phrase}” brings the candidate's children into the decision.",
        _FAMILY_SUGGEST,
        # a school year's class (round 54: "your lesson with the Year 2 children")
        # ... and a group of ten or more is a class, not a family (round 76: "a plan for managing twenty kids")
        not_before=_DOMAIN_BEFORE + r"|\b(?:year|yr|grade|key stage|ks|p|primary|class)\s"
        r"|\b(?:1\d|[2-9]\d|\d{3,}|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)\s+$",
        # The children in front of the candidate, as an audience (round 18): "the kids were completely hooked".
        not_after=r"\s+(?:(?:were|was|are|seemed|looked|got|all)\s+(?:\w+\s+){0,2}?(?:hooked|engaged|enthralled"
        r"|gripped|captivated|excited|delighted|glued|rapt|attentive|involved|interested|focused|settled|calm|buzzing"
        r"|laughing|loving)|(?:loved|enjoyed|responded|listened|laughed|joined in|followed along))\b",
        unless=_TECHNICAL_PAIR + "|" + _SCENARIO,
    ),
    _r(
        "family_plans",
        "family kids children child baby",
        r"(?:start|starting|started|have|having|had|plan|plans|planning|want|wants|wanting|grow|growing) "
        # not another family (round 71: "would have left the family with an unexpected bill")
        r"(?:(?:(?!the |that |this |their |his |her |our |manag\w* |\d+ |twenty |thirty |forty |fifty |ten |twelve "
        r"|fifteen )"
        r"\w+ ){0,3}?)(?:a )?(?:family|kids|children|a baby|a child)"
        r"|family (?:plans|planning|situation|commitments|obligations|responsibilities|life|circumstances|status"
        r"|reasons|needs|emergenc(?:y|ies)|matters|issues|duties|demands|members?|ties|time)"
        r"|(?:your|his|her|their) (?:\w+ )?family(?![-\w]| of\b| name (?:field|column)| tree)"
        r"|(?:have|has|had|having|with|raise|raising|support|supporting|feed|feeding|start|starting) "
        r"(?:a |an )?(?:young|growing|new|big|large)? ?family(?![-\w]| of\b| tree)"
        r"|(?:young|growing) family(?![-\w]| of\b| tree)",
        _FAMILY_MSG + " “{phrase}” brings family status into the decision.",
        _FAMILY_SUGGEST,
        not_before=_DOMAIN_BEFORE,
    ),
    _r(
        "parent_words",
        "elder eldercare mother mothers mom moms mum mums mommy father fathers dad dads daddy parent parents "
        "parenthood "
        "parenting motherhood fatherhood grandparent grandparents grandmother grandfather stepmother stepfather "
        "caregiver caregivers caregiving carer carers caring",
        r"(?:step|grand)?(?:mother|father)s?(?! (?:board|boards|tongue|ship|language|company|node|class|process))"
        r"|moms?|mums?|mommy|dads?|daddy"
        rf"|(?:grand)?parents?(?!{_TECH_AFTER}|{_PARENT_ROLE_AFTER}|[-](?:child|teacher))|parenthood|parenting"
        rf"|motherhood"
        r"|fatherhood"
        r"|care~?giv(?:er|ers|ing)|carers?|elder~?care(?! (?:clients?|services?|homes?|facilit\w+|sector|providers?"
        r"|workers?|roles?|team|agency|industry|company|residents?|settings?))|caring (?:responsibilities|duties"
        r"|commitments)"
        r"|caring for (?:your|his|her|an? (?:elderly|sick|aging|ageing|disabled)) \w+",
        _FAMILY_MSG + " “{phrase}” refers to the candidate's family role.",
        _FAMILY_SUGGEST,
        not_before=_DOMAIN_BEFORE
        + "|"
        + r"(?:\bmother|\bfather)\s*|\b(?:patient|client|pupil|child|resident|student|user|customer|baby|infant)"
        + r"(?:'s|s'|s)?\s+|\b(?:mock|simulated|role[-\s]?play(?:ed)?|fictional|hypothetical|pretend|actor)[-\s]+",
        # A parent in an exercise (round 18): "the way you calmed the angry parent in the role-play".
        unless=_TECHNICAL_PAIR + "|" + _SCENARIO,
    ),
    _r(
        "custody",
        "custody co parent parenting coparent coparenting",
        r"custody(?: (?:arrangement|battle|schedule|agreement|case|hearing))?|co~?parent\w*",
        _FAMILY_MSG + " “{phrase}” refers to the candidate's family situation.",
        _FAMILY_SUGGEST,
        # evidence handling and detention are the work (round 35: "the chain-of-custody form")
        not_before=r"chain[-\s]of[-\s]|(?:police|in|into|from|taken into|remanded in) ",
    ),
    _r(
        "breastfeeding",
        "breastfeeding breastfeed nursing lactation pumping fertility ivf surrogacy",
        r"breast~?feed\w*|nursing (?:mother|mom|schedule|breaks?)|lactation|pumping breaks?|fertility|ivf|surrogacy",
        _FAMILY_MSG + " “{phrase}” refers to pregnancy or family plans.",
        _FAMILY_SUGGEST,
    ),
    _rs(
        "marital",
        [
            (
                "married",
                r"(?:you're|you are|you were|you've been|recently|newly|just|being|are you|is she|is he|got"
                r"|getting|get|happily|not|un) married"
                r"|married (?:with|couple|life|man|woman|people|candidates?|to (?:a|an|your|his|her))",
            ),
            (
                "marriage marital spouse spouses husband husbands wife wives fianc* boyfriend boyfriends "
                "girlfriend girlfriends divorc* widow* newlywed newlyweds wedding weddings honeymoon maiden "
                "relationship civil domestic life",
                r"marriage|marital|spouses?|husbands?|wi(?:fe|ves)|fianc[eé]e?s?|boyfriends?|girlfriends?"
                r"|life partner|divorc\w+|widow\w*|newlyweds?"
                # weddings as the work (round 83: "two or three full weddings shot as a second shooter", "mostly church
                # weddings")
                r"|(?<!church\s)(?<!civil\s)(?<!full\s)(?<!destination\s)(?<!three\s)(?<!two\s)(?<!four\s)(?<!of\s)"
                r"weddings?(?! (?:team|planners?|planning|photograph\w*|venues?|industry|season|business|shoots?"
                r"|shots|shot"
                r"|albums?|dress(?:es)?|cakes?|catering|band|films?|videos?|fairs?|bookings?|suppliers?|breakfasts?"
                r"|receptions?|ceremon(?:y|ies)|co-?ordinators?|packages?|menus?|guests?|parties|party|days?))"
                r"|honeymoon|maiden name|relationship status|civil partnership|domestic partner",
            ),
            (
                "partner",
                r"(?:your|his|her|their) (?:(?:new|future|current|long~term|life|same-sex) )?partner(?:'s)?"
                r"(?! (?:team|company|integration|api|program|programme|portal|network|agency)| (?:on|in) "
                r"(?:the|this|our) (?:team|project))",
            ),
            ("engaged", r"(?:got|getting|recently|just|newly) engaged|engaged to (?:be married|your|a|an)"),
            (
                "single",
                r"(?:you're|you are|are you|being|she's|he's|she is|he is) "
                r"(?:still )?single(?![-]|\s+(?!and\b|so\b|which\b|with\b|now\b)\w)"
                r"|single (?:mom|mother|mum|dad|father|parent|man|woman)s?",
            ),
        ],
        _MARITAL_MSG + " “{phrase}” brings the candidate's private life into the decision.",
        "Leave relationships out. If relocation or travel is part of the role, state the requirement and ask every "
        "candidate the same question about it.",
    ),
]

# --- race, ethnicity, national origin, language ---------------------------------------------------------
_ORIGIN_MSG = "Refers to national origin, a protected characteristic."
_RACE_MSG = "Refers to race or ethnicity, a protected characteristic."
_ORIGIN_SUGGEST = (
    "Describe the job-related evidence instead. If communication was the issue, quote the moment "
    "(“the answer on caching didn't say which layer”) and tie it to the role's requirement, "
    "not to accent or origin."
)
_DEMONYM = (
    r"(?:mexican|chinese|indian|pakistani|nigerian|polish|romanian|russian|african|asian|arab|arabs|latino|latina"
    r"|latinx|latine|hispanic|caucasian|korean|japanese|vietnamese|filipino|filipina|iranian|iraqi|syrian|turkish"
    r"|somali|ethiopian|ghanaian|jamaican|haitian|brazilian|colombian|venezuelan|puerto rican|cuban|bangladeshi"
    r"|sri lankan|nepali|afghan|ukrainian|bulgarian|albanian|moroccan|egyptian|lebanese|palestinian|israeli|irish"
    r"|italian|greek|portuguese|eastern european"
    r"|middle[-\s]eastern|south asian|east asian|native american|indigenous|aboriginal|pacific islander|roma|gypsy"
    r"|gypsies|american|british|german|french|spanish|dutch|canadian|australian|bengali|punjabi|gujarati|tamil"
    r"|kurdish|yoruba|igbo|hausa|cantonese|hakka)"
)
ORIGIN = [
    _r(
        "accent",
        "accent accents",
        r"(?:(?:heavy|strong|thick|foreign|noticeable|slight|regional|broad|funny|weird|odd|distinct|pronounced"
        r"|non-native|\w+(?:ian|ese|ish|can|ic|ch|i))\s+){0,2}accents?"
        r"(?! (?:colou?rs?|shade|border|button|line|font|style|palette|bar|stripe|marks?|key|coach|coaching|training"
        r"|reduction|lighting|wall|chair|piece)s?\b)",
        _ORIGIN_MSG + " An accent (“{phrase}”) is tied to where someone is from, not to how well they do the job.",
        _ORIGIN_SUGGEST,
        not_before=r"[-_]",
    ),
    _r(
        "native_speaker",
        "native natives tongue language speaker speakers broken",
        r"(?:non[-\s]?)?native(?:[-\s](?:level|like))? (?:(?:\w+) )?speakers?"
        r"|(?:not|non|\w+n't) (?:a )?native(?: (?:\w+ )?speaker)?"
        r"|native[-\s](?:level|like) (?:english|german|french|spanish|dutch|fluency|\w+ (?:speaker|fluency))"
        r"|like a native|(?:mother|native) (?:tongue|language|country|land)"
        r"|(?:first|second) language(?! (?:model|server|binding|feature|support|runtime))"
        r"|(?:english|\w+) as a (?:second|foreign|third) language|broken (?:english|german|french|spanish|dutch|\w+ish)"
        r"|(?:english|german|french|spanish|dutch) (?:is|was|sounded|seemed) (?:\w+ )?broken",
        _ORIGIN_MSG
        + " “{phrase}” judges where the candidate's language comes from, not whether it meets the job's needs.",
        "If the role has a language requirement, state it as proficiency (e.g. “fluent written German for "
        "customer emails”) and say what in the exercise did or didn't meet it.",
    ),
    _rs(
        "where_from",
        [
            (
                "where world country countries sound sounds sounded local grew raised brought "
                "born schooled here parts area",
                r"where (?:are|were|is|do|does|did) (?:you|your (?:family|parents|people|name|accent)) (?:\w+ )?from"
                r"|where (?:you're|you are|you were|you come|you came|your (?:family|parents|people) "
                r"(?:is|are|comes?|came)) (?:\w+ )?from(?: originally)?"
                r"|(?:not|n't) from (?:around here|round here|here|this country|this area|the area|these parts)"
                r"|where you grew up|(?:grew up|raised|brought up|born|schooled) "
                r"(?:abroad|overseas|in another country|elsewhere|outside (?:the|this) country)"
                r"|(?:part|parts|corner) of the world|(?:your|his|her|their) (?:home )?country"
                r"|people from your (?:\w+ )?(?:country|region|community|background|culture|area)"
                r"|sound(?:s|ed)? (?:like )?(?:you're|you are|he's|she's|you come|you came|they're) from"
                r"|(?:sound|sounds|sounded) (?:\w+ )?(?:local|foreign|like a local|like a native)"
                r"|local (?:accent|voice)|like a local",
            ),
            ("originally", r"from originally|originally from"),
            (
                "country place birth birthplace origin origins roots ancestry heritage descent",
                r"country of (?:origin|birth)|place of birth"
                r"|(?:your|his|her|their) (?:birth ?place|origins?|roots|ancestry|heritage)"
                r"|(?:of|your|his|her) (?:\w+ )?(?:descent|heritage|origin)(?! (?:story|server|header|policy))",
            ),
        ],
        _ORIGIN_MSG + " “{phrase}” asks about or comments on where the candidate comes from.",
        _ORIGIN_SUGGEST,
    ),
    _r(
        "nationality",
        "nationality nationalities citizenship citizen citizens immigrant immigrants immigration immigrated "
        "foreigner foreigners foreign expat expats green card permanent resident refugee refugees asylum visa visas "
        "alien undocumented passport permit",
        r"nationalit(?:y|ies)|citizenship|citizens?|immigra\w+|foreigners?"
        r"|foreign(?![-\s](?:keys?|exchange|functions?|currenc(?:y|ies)|languages?|markets?|policy|affairs|tables?|data"
        r"|objects?|calls?|interfaces?|fields?|constraints?|investments?|direct|subsidiar\w+|clients?|customers?"
        r"|offices?))|expats?|green card|permanent resident|refugees?|asylum|visa (?:holder|status)"
        r"|(?:your|his|her|their|on an?|spousal|student|dependant|dependent|tourist|temporary|work|partner) "
        r"visas?(?! sponsor\w*)|(?:your|his|her) passport|illegal aliens?|undocumented"
        r"|(?:your|his|her|their|a) (?:work|residence|residency) permit",
        _ORIGIN_MSG + " “{phrase}” refers to nationality or immigration status.",
        "If the role has a legal work-authorisation or clearance requirement, state that requirement (e.g. “the role "
        "needs the right to work in the UK; we can't sponsor visas”); otherwise leave nationality out.",
        unless=r"(?:requir\w*|clearance|by law|legally|export[-\s]control|itar"
        r"|government contract|statutory|sponsor\w*|right to work|share code|proof of)",
    ),
    _r(
        "race_words",
        "race races racial racially racism racist ethnic ethnicity ethnicities skin complexion minority minorities "
        "diversity diverse colour color poc bipoc",
        # a race to run (round 63: "your race-day logistics plan for the 10K")
        r"(?:your|his|her|their|a different|another|of any|any) race(?![-\s](?:day|track|course|car|team|director"
        r"|meeting"
        r"|pack|number|entry|entries|series|calendar|weekend|route|marshals?|timing|results|plan|kit|village|strategy"
        r"|engineer\w*|pace|time|win|report|preview))"
        r"|race (?:and|or) (?:ethnicity|religion|gender|background|colou?r)"
        r"|racial\w*|racism|racist|ethnic\w*|skin (?:colou?r|tone)|complexion"
        r"|(?:racial|ethnic)?minorit(?:y|ies)(?! (?:shareholders?|stake|interest|report))"
        r"|diversity (?:hire|candidate|quota|box)"
        r"|(?:person|people|candidates?|employees?|engineers?|women|men) of colou?r|bipoc|\bpoc\b",
        _RACE_MSG + " “{phrase}” brings race or ethnicity into the decision.",
        "Leave race and ethnicity out entirely and describe the job-related evidence the decision rests on.",
    ),
    _r(
        "skin_colour",
        "black white brown",
        r"(?:black|white|brown)(?: and (?:black|white|brown))? "
        rf"(?:{_PERSON}|salesman|saleswoman|community|communities|names?|customers?|clients?|neighbou?rhood"
        # round 81: "someone our mostly white supporters in the shires instinctively warm to"
        r"|supporters|donors|members|audiences?|viewers|residents|locals|voters|congregations?)"
        # census categories are ethnicity whatever follows (round 56: "older white British folk")
        r"|(?:white|black) (?:british|irish|european|african|caribbean)|british (?:asian|indian|pakistani|bangladeshi"
        r"|chinese|african|caribbean)"
        r"|(?:team|staff|office|workforce|company|panel|clients|customers|people|employees|engineers"
        r"|house|neighbou?rhood|area|community|residents|patients|pupils|students|guests|members|them|locals"
        r"|population|audience|readers|users|tenants)\b[^.!?]{0,30}?"
        r"(?:mostly|all|predominantly|entirely|largely|overwhelmingly|exclusively|very) (?:older |elderly |young )?"
        r"(?:white|black|asian|brown)(?![-\w]| (?:background|space|text|screen|page|ui|theme|pixels"
        r"|label|box|board|paper|list))",
        _RACE_MSG + " “{phrase}” describes people by their skin colour.",
        "Leave race out entirely and describe the job-related evidence the decision rests on.",
    ),
    _r(
        "demonym",
        "mexican chinese indian pakistani nigerian polish romanian russian african asian arab arabs latino latina "
        "latinx latine hispanic caucasian korean japanese vietnamese filipino filipina iranian iraqi syrian turkish "
        "somali ethiopian ghanaian jamaican haitian brazilian colombian venezuelan puerto cuban bangladeshi sri nepali "
        "afghan ukrainian bulgarian albanian moroccan egyptian lebanese palestinian israeli irish italian greek "
        "portuguese eastern middle south east native indigenous "
        "aboriginal pacific roma gypsy gypsies american british german french spanish dutch canadian australian",
        rf"{_YOU_ARE} (?:(?:a|an) )?{_DEMONYM}(?! (?:speaker|language|proficiency|fluency|version|translation"
        r"|localization|market|client|clients|customer|customers|office|subsidiary|team|law|regulations?"
        r"|time ?zone|hours))|(?:your|his|her|their) "
        rf"{_DEMONYM}(?! (?:was|is|were|are|isn't|wasn't|skills?|level|proficiency|fluency|writing|grammar"
        r"|vocabulary|pronunciation|spelling|text|translations?|test|exam|certificate|market|clients?|customers?"
        r"|samples?|essays?|copy|drafts?|answers?|reading|listening|speaking|comprehension|emails?|letters?"
        r"|documents?|recordings?|presentations?|assessments?|results?|scores?|grades?|interviews?|calls?))"
        rf"|{_DEMONYM} (?:{_PERSON}|descent|origin|background|heritage|roots|community|family|surname|names?"
        r"|accent|english|guy|hire|salesperson)"
        r"|(?:asian|hispanic|latino|latina|latinx|caucasian|arabs?|indigenous|aboriginal|gypsy|gypsies)"
        r"(?! (?:market|markets|languages?|clients?|customers?|region|office|pacific))",
        _RACE_MSG + " “{phrase}” refers to the candidate's ethnicity or national origin.",
        "Leave ethnicity and origin out. If a language is required, state it as a proficiency requirement of the "
        "role; otherwise describe the job-related evidence.",
        not_before=r"(?:\b(?:in|into|to|with|from|speak|speaks|speaking|spoke|fluent|business[-\s]level|written|native"
        r"|basic|conversational)\s+)",
    ),
    _r(
        "foreign_name",
        "name names surname surnames pronounce exotic",
        r"(?:your|his|her|their) (?:\w+ )?(?:surname|last name|family name)|pronounce (?:your|his|her|their) name"
        r"|(?:your|his|her|their) name (?:is|was|sounds|sounded|seems|seemed|might|would|could|may) "
        r"(?:be )?(?:\w+ )?(?:hard|difficult|unusual|foreign|exotic|tricky|confus\w*|strange|odd|unfamiliar)"
        r"|(?:foreign|exotic|ethnic|unusual)[-\s]?(?:sounding )?names?|exotic",
        _ORIGIN_MSG + " Comments on a name (“{phrase}”) are a stand-in for ethnicity or origin.",
        "Leave the candidate's name out and describe the job-related evidence.",
    ),
    _r(
        "culture_origin",
        "culture cultural country background",
        r"(?:come|comes|came|coming|are) from (?:a|another) (?:different|foreign|other) "
        r"(?:culture|country|background|part of the world)"
        r"|(?:cultural|ethnic|national) (?:background|origin|identity|heritage)",
        _ORIGIN_MSG + " “{phrase}” ties the decision to where the candidate comes from.",
        _ORIGIN_SUGGEST,
    ),
]

# --- religion ---------------------------------------------------------------------------------------------
_RELIGION_MSG = "Refers to religion, a protected characteristic."
_RELIGION_SUGGEST = (
    "Leave religion out. If the role has a scheduling or dress requirement, state it as a "
    "requirement that applies to everyone and ask whether the candidate can meet it; "
    "reasonable accommodation is usually expected."
)
RELIGION = [
    _r(
        "religion_words",
        "religion religions religious religiously faith beliefs church churches mosque mosques synagogue "
        "synagogues temple gurdwara chapel sabbath shabbat shabbos ramadan eid lent passover yom rosh diwali hanukkah "
        "holy mass worship worships worshipped worshipping churchgoer churchgoers churchgoing worshipper worshippers "
        "devout jummah jumuah jumah salah namaz puja pooja navratri vaisakhi baisakhi",
        r"religio(?!usly)\w*(?! (?:adherence|devotion|zeal|fervou?r) to)"
        r"|(?:your|his|her|their|religious|christian|muslim|jewish|hindu|sikh|buddhist|catholic|strong) faith"
        r"|people of faith|faith[-\s]based|(?:your|his|her|their|religious|political|personal|spiritual|strong) "
        r"(?:beliefs|convictions)|political (?:views|affiliation|opinions|leanings)"
        r"|church\w*|mosques?|synagogues?|gurdwaras?|(?:the|your|his|her) temple|chapel|sabbath|shabbat|shabbos"
        r"|ramadan(?! (?:scheduling|schedule|rota|calendar|campaign|promotion|trading|hours|opening|menu|sales|season"
        r"|peak|traffic|demand|timetable))"
        r"|(?:during|for|celebrate|celebrating|on) eid"
        r"|(?:attend|attends|attended|attending|go to|goes to|going to|went to) "
        r"(?:\w+ )?(?:mass|church|services|temple|mosque|synagogue|prayers?|worship|bible study)"
        r"|mass (?:every|on) (?:sunday|saturday|morning)|devout"
        # worship the job leads (round 70: "our RE coordinator leads collective worship")
        r"|(?<!collective\W)(?<!planning\W)(?<!leading\W)(?<!leads\W)(?<!lead\W)(?<!plan\W)worship(?:s|ped|ping|pers?)?"
        # the observances by name (round 25: "leave early on Fridays for Jummah")
        r"|jumm?ah|jumu'?ah|salah|namaz|puja|pooja|navratri|[bv]aisakhi"
        r"|(?:during|for|observe|observing|giving up for) lent|passover|yom kippur|rosh hashanah|diwali|hanukkah"
        r"|holy (?:days?|month|week)",
        _RELIGION_MSG + " “{phrase}” brings faith or its observance into the decision.",
        _RELIGION_SUGGEST,
        not_after=_FEATURE_AFTER,
    ),
    _r(
        "religious_practice",
        "prayer prayers pray prays prayed praying kosher halal fasting fast observe observant",
        r"prayers?|pray(?:s|ed|ing)?|kosher|halal|fasting|(?:religiously )?observant",
        _RELIGION_MSG + " “{phrase}” refers to religious practice.",
        _RELIGION_SUGGEST,
        not_after=_FEATURE_AFTER,
        # prayers the job leads (round 81: "Madrichim lead prayers in Hebrew on every camp")
        not_before=r"\b(?:lead|leads|leading|led|conduct|conducts|conducting)\s+$",
    ),
    _r(
        "religious_dress",
        "hijab hijabs headscarf headscarves headwrap headwraps wrap veil veils head scarf niqab burqa burka "
        "turban turbans yarmulke kippah kippa "
        "skullcap crucifix cross wear wears wearing wore rosary bindi kirpan dress covering garb attire",
        r"hijabs?|head~?scar(?:f|ves)|head~?wraps?|veils?|niqabs?|burqas?|burkas?|turbans?|yarmulkes?|kippahs?|kippas?"
        r"|skullcaps?|crucifix(?:es)?|cross (?:necklace|pendant)"
        r"|rosar(?:y|ies)|bindis?|kirpans?|(?:religious|head) (?:dress|covering|coverings|garb|attire)"
        r"|(?:wear|wears|wearing|wore) a (?:cross|crucifix)",
        _RELIGION_MSG + " “{phrase}” is religious dress.",
        "Leave dress out unless there is a genuine safety requirement that applies to everyone; then state that "
        "requirement and ask whether the candidate can meet it (accommodation is usually possible).",
    ),
    _r(
        "faith_groups",
        "christian christians christianity catholic catholics catholicism protestant evangelical mormon muslim "
        "muslims islam islamic jew jews jewish judaism hindu hindus hinduism sikh sikhs sikhism buddhist buddhists "
        "buddhism atheist atheists atheism agnostic pagan scientologist scientology jehovah quaker amish orthodox "
        "anglican anglicans methodist methodists baptist baptists lutheran presbyterian pentecostal",
        r"christians?|christianity|catholic\w*|protestant\w*|evangelical\w*|mormon\w*|muslims?|islam\w*|jews?|jewish"
        r"|judaism|hindus?|hinduism|sikhs?|sikhism|buddhis\w+|atheis\w+|agnostic\w*|pagan\w*|scientolog\w+|jehovah\w*"
        r"|quakers?|amish|orthodox(?! (?:approach|methods?|thinking|views?|solution|design|way))"
        # round 79: "we'd rather have a practising Anglican like the rest of the team"
        r"|anglicans?|methodists?|baptists?(?! (?:church (?:hall|roof|building)))|lutherans?|presbyterians?"
        r"|pentecostals?",
        _RELIGION_MSG + " “{phrase}” names the candidate's (presumed) faith.",
        _RELIGION_SUGGEST,
    ),
]

# --- disability, health, mental health -----------------------------------------------------------------
_HEALTH_MSG = "Refers to disability or health, a protected characteristic."
_HEALTH_SUGGEST = (
    "Leave health and disability out. Describe the job-related evidence instead (what the candidate "
    "did in the exercise or interview); if the role has an essential physical or scheduling "
    "requirement, state it and whether the candidate said they could meet it, with accommodation."
)
_MENTAL_MSG = "Refers to mental health, a protected characteristic (disability)."
HEALTH = [
    _r(
        "disability",
        "disability disabilities disabled handicap handicapped impaired impairment impairments",
        r"disabilit(?:y|ies)|handicap\w*|(?:hearing|visual|vision|visually|cognitive|physical|physically|mobility"
        r"|speech|sight)[-\s]+impair\w*|impairments?"
        rf"|{_YOU_ARE} (?:\w+ )?disabled|disabled (?:person|people|persons|candidates?|applicants?|employees?|workers?"
        r"|colleagues?|veterans?|man|woman|child|parent|spouse)",
        _HEALTH_MSG + " “{phrase}” makes disability part of the decision.",
        _HEALTH_SUGGEST,
        not_before=_DOMAIN_BEFORE,
    ),
    _rs(
        "mobility_senses",
        [
            (
                "wheelchair wheelchairs crutch crutches cane walking prosthe* amput* user users",
                r"wheelchairs?(?![-\s](?:accessible|access|accessibility|ramps?|users?|turning|circles?|spaces?"
                r"|bays?|width|lifts?"
                r"|toilets?|routes?|parking|friendly))|crutch(?:es)?"
                r"|walking (?:stick|frame|aid)|(?:with|uses?|using|walk with|walks with) a cane|prosthe\w+|amput\w+"
                # the candidate as one (round 45: "as a wheelchair user you'd find the mezzanine impractical")
                r"|(?:as an?|you(?:'re| are| were)(?: an?)?|being an?) (?:full[-\s]time )?wheelchair users?",
            ),
            (
                "hearing sign deaf deafness",
                # the audiologist's work (round 42: "your hearing-aid fitting rationale")
                r"hearing[-\s](?:aids?|loss)(?![-\s](?:fittings?|dispens\w*|prescri\w*|assessments?|tests?|repairs?"
                r"|clinics?))"
                r"|hard of hearing|sign language|deaf\w*(?! ears)",
            ),
            (
                "sighted vision eyesight blind blindness colorblind colourblind lisp limp",
                rf"{_YOU_ARE} (?:\w+ )?colou?r[-\s]?blind|partially sighted|low vision|(?:your|his|her|poor) eyesight"
                rf"|{_YOU_ARE} (?:\w+ )?blind(?![-\w])|(?:legally|partially|registered) blind"
                r"|blind (?:person|people|candidate|applicant|employee|man|woman|colleague)"
                r"|(?:your|his|her) (?:colou?r[-\s])?blindness|(?:a|your|his|her|slight) (?:lisp|limp)",
            ),
        ],
        _HEALTH_MSG + " “{phrase}” refers to a disability or a mobility or sensory aid.",
        _HEALTH_SUGGEST,
        not_before=_DOMAIN_BEFORE,
    ),
    _r(
        "neurodivergence",
        "autism autistic asperger aspergers spectrum neurodivergent neurodiverse neurodivergence adhd attention "
        "dyslexia dyslexic dyspraxia dyscalculia tourette tourettes learning",
        r"autis\w+|asperger\w*|on the (?:autism )?spectrum|neuro~?divergen\w+|neuro~?diverse|adhd|attention[-\s]deficit"
        r"|dyslex\w+|dyspraxi\w+|dyscalcul\w+|tourette\w*|learning (?:difficult(?:y|ies)|disorder)",
        _HEALTH_MSG + " “{phrase}” refers to a neurological condition.",
        _HEALTH_SUGGEST,
        not_before=_DOMAIN_BEFORE,
    ),
    _r(
        "mental_health",
        "mental mentally depressed depression anxiety panic bipolar schizophrenia schizophrenic psychosis psychotic "
        "ocd obsessive ptsd traumatic eating anorexia anorexic bulimia bulimic breakdown therapy therapist psychiatric "
        "psychiatrist psychological counselling counseling burnout burned burnt suicidal self",
        r"mental(?:ly)? (?:health|illness|ill|illnesses|condition|conditions|issues?|problems?|disorders?"
        r"|breakdown|stability|unstable|unwell|state|fitness)"
        r"|depress(?:ed|ion)|anxiety(?: (?:disorder|attacks?|issues?))?|panic (?:attacks?|disorder)|bipolar"
        r"|schizo\w+|psychos[ie]s|psychotic|ocd|obsessive[-\s]compulsive"
        r"|ptsd|post[-\s]traumatic|eating disorders?|anorexi\w+|bulimi\w+|(?:nervous|mental) breakdown"
        # a treatment named by what it gives (round 23: "fluid therapy rates" for a dog) is not the candidate's
        r"|(?<!fluid\s)(?<!oxygen\s)(?<!infusion\s)(?<!antibiotic\s)(?<!radiation\s)(?<!laser\s)(?<!wound\s)"
        r"(?<!compression\s)(?<!drug\s)(?<!iv\s)therap(?:y|ist|ists)(?! (?:apps?|platform|product|clinic|practice))"
        r"|psychiatr\w+|psychological (?:issues?|problems?|history|conditions?|treatment|help|care|evaluation)"
        r"|counsell?ing|(?:your|his|her) burn~?out"
        r"|(?:you|you've|you were|you are|you're|you got) (?:been )?burn(?:ed|t) out"
        r"|(?<!risk\sof\s)(?<!risks\sof\s)(?<!screen\sfor\s)(?<!screening\sfor\s)(?<!assess\sfor\s)(?:suicid\w+"
        r"|self[-\s]harm)",
        _MENTAL_MSG + " “{phrase}” speculates about or refers to the candidate's mental health.",
        "Leave mental health out. If something in the interview mattered for the role, describe the observable moment "
        "(e.g. “the design answer stopped before the data model”) and the requirement it relates to.",
        not_before=_DOMAIN_BEFORE,
        # a profession or a service of that field (round 46: "current registration as a mental health nurse")
        not_after=r"(?!)"
        + _PATIENT_AFTER
        + _ANIMAL_PATIENT_AFTER
        + r"|[-\s]+(?:nurs(?:e|es|ing)|practitioners?|first[-\s]aid(?:ers?)?|social workers?|support workers?"
        r"|services?|trusts?|law|legislation|act|awareness|champions?|leads?)\b",
    ),
    _rs(
        "medical",
        [
            (
                "medical medically",
                r"medical(?:ly)? (?:history|histories|condition|conditions|issues?|problems?|records?(?! system)|leave"
                r"|needs|reasons|appointments?|treatment|procedures?"
                r"|grounds|absences?|situation|background|information|notes?"
                # a certificate a role legally requires (round 74: "a valid ENG1 medical certificate") is a credential
                r"|(?<!valid\Wmedical\W)(?<!current\Wmedical\W)(?<!\d\Wmedical\W)(?<!aviation\Wmedical\W)"
                r"(?<!eng1\Wmedical\W)(?<!seafarer\Wmedical\W)certificates?)"
                r"|(?:your|his|her|their) medical(?:ly)?(?: (?:history|histories|conditions?|issues?|problems?|records?"
                r"|leave|needs|reasons|appointments?|treatment|procedures?|situation|background|information|notes?))?",
            ),
            (
                "illness diagnosis disease injury injuries surgery medication meds symptoms disorder weight height",
                r"(?:your|his|her|their) (?:\w+ )?(?:illness|diagnosis|disease|injury|injuries|surgery|medication|meds"
                r"|symptoms|disorder|weight|height)(?! (?:rounds?|charts?|administration|calculations?|audits?"
                r"|reconciliation|reviews?|lists?|management|errors?|records?"
                # the candidate's diagnostic work (round 68: "your diagnosis of the misfire on the Golf")
                r"|of (?:the|a|an|this|that|our|each)|skills?|work|process|reasoning|approach))",
            ),
            (
                "health",
                r"(?:your|his|her|their) (?:\w+ )?health(?![-\s]+(?:checks?|endpoints?|probes?|status (?:page|endpoint)"
                r"|monitor\w*|dashboard)|[-\s]+(?:and|&)[-\s]+safety|care)"
                r"|health (?:issues?|problems?|conditions?|concerns?|reasons|history|scare)"
                r"|in (?:good|poor|bad|ill|failing|declining) health",
            ),
            (
                "condition conditions",
                r"(?:back|heart|knee|medical|health|chronic|skin|lung|neurological|genetic|pre[-\s]existing|underlying"
                r"|long[-\s]term) conditions?",
            ),
            (
                "sick sickness sickly",
                r"sick(?:ness)? (?:leave|days?|notes?|record|history|absences?)|sickness|sickly"
                r"|(?:you (?:were|are|got|seemed|looked)|call(?:ed|ing)? in|off|out) sick(?! of)",
            ),
            (
                "ill illness illnesses",
                r"(?:you (?:were|are|seemed|looked|fell|became|got)|chronically|mentally|seriously|terminally) "
                r"ill(?![-\w])|illness(?:es)?",
            ),
            (
                "diagnosed diagnosis medication medications medicated meds chronic",
                # "your diagnosis of the misfire" is the candidate's diagnostic work (round 68)
                r"diagnos(?:ed|is) (?:with|of)(?! (?:the|a|an|this|that|our|each|every|its)\b)|medications?"
                r"(?! (?:rounds?|charts?|administration|errors?|records?|management|reconciliation|lists?|reviews?"
                r"|calculations?"
                r"|audits?|trolley|cupboard|safety))|medicated|meds|chronic (?:illness|pain|condition|fatigue|disease)",
            ),
            (
                "cancer chemo* tumor tumour tumors tumours diabet* epilep* seizure seizures hiv sclerosis "
                "injury injuries injured surgery",
                r"cancer|chemo\w*|tumou?rs?|diabet\w+|epilep\w+|seizures?|hiv|multiple sclerosis"
                r"|(?<!sports\s)(?<!sport\s)(?<!treating\s)(?<!treat\s)(?<!patients'\s)(?<!clients'\s)injur(?:y|ies|ed)"
                # the GP surgery as a place (round 84: "thanks for coming in to the surgery")
                r"|(?<!vet\s)(?<!veterinary\s)(?<!gp\s)(?<!dental\s)(?<!to\sthe\s)(?<!at\sthe\s)(?<!in\sthe\s)"
                r"(?<!into\sthe\s)surgery(?![-\s]+(?:observations?|placements?"
                r"|shifts?|rotas?|lists?|rooms?|sessions?|visits?|days?|team|staff|reception|hours|nurses?|tables?"
                r"|waiting|car park))",
            ),
            (
                "bad dodgy weak injured sore dicky gammy back knee hip eye shoulder spine spinal heart stroke cardiac "
                "transplant dialysis asthma migraine migraines arthritis crohn insomnia apnea covid",
                r"heart (?:attack|surgery|disease|problems?|condition|failure)"
                r"|(?:bad|dodgy|weak|injured|sore|dicky|gammy) (?:back|knees?|heart|hips?|legs?|eyes|hearing|shoulder)"
                r"|(?:back|knee|hip|heart|eye|shoulder|spine|spinal) (?:operation|surgery|op|injury|problems?|pain)"
                r"|(?:had|have|has|suffered|survived|recovering from|recovered from|after) "
                r"(?:a |your |his |her )?stroke|cardiac(?![-\s]+(?:rehab\w*|arrest|monitor\w*|units?|wards?|nurs\w+"
                r"|care|teams?"
                r"|patients?|output|physiolog\w*|technicians?|catheter\w*|enzymes?|rhythms?|markers?|assessments?"
                r"|services?|clinics?|theatres?|surgeons?|life support|resuscitation))|(?:organ |kidney |liver |heart "
                r")?transplant|dialysis|asthma\w*"
                r"|migraines?|arthritis|crohn'?s|insomnia|sleep apnea|long[-\s]covid",
            ),
            (
                "rehab* recovery addict* alcoholi* substance sober*",
                # "a referral to pulmonary rehab" is a clinical service (round 41)
                r"(?<!pulmonary\s)(?<!cardiac\s)(?<!stroke\s)(?<!physical\s)(?<!vestibular\s)(?<!respiratory\s)"
                r"(?<!falls\s)(?<!orthopaedic\s)(?<!orthopedic\s)(?<!sports\s)(?<!injury\s)(?<!neuro\s)rehab\w*"
                r"|(?:in|from) recovery|addict\w*|alcoholi\w*|substance (?:abuse|use)|sober\w*",
            ),
            (
                "stutter* stammer* speech tremor tremors tic tics",
                r"stutter\w*|stammer\w*|speech (?:impediment|disorder|problem|difficult(?:y|ies))|tremors?"
                r"|(?:a|your|his|her|facial|vocal|nervous) tics?",
            ),
            (
                "accommodation accommodations",
                r"reasonable accommodations?|(?:disability|workplace|special) accommodations?"
                r"|accommodations? for (?:your|his|her|a) (?:disability|condition|needs)",
            ),
            (
                "fat overweight obese obesity skinny genetic history",
                rf"{_YOU_ARE} (?:a bit |quite |very |too |rather )?(?:fat|overweight|obese|skinny)"
                r"|obes(?:e|ity)|genetic (?:test\w*|condition|history|information)|family (?:medical|health) history",
            ),
        ],
        _HEALTH_MSG + " “{phrase}” refers to the candidate's health.",
        _HEALTH_SUGGEST,
        not_after=r"\s+(?:of (?:the|your|our|this) (?:code|system|service|api|data|edge|cluster|pipeline|project))"
        + _PATIENT_AFTER,
        not_before=_DOMAIN_BEFORE
        + "|"
        + r"(?:patients?|users?|customers?|members|clients?|residents?|people) (?:with|who have|living with) (?:\w+ )?"
        + r"|(?:a|the|our|each|every) (?:patient|client|resident|service user)s? (?:\w+ ){1,2}",
    ),
    _r(
        "overweight",
        "overweight",
        r"overweight(?! (?:by|load|vehicle|lorry|truck|trailer|bag|baggage|luggage|parcel|package|container"
        r"|pallet|shipment|consignment|cargo|axle|limit|charge|fee)s?\b)",
        _HEALTH_MSG + " “{phrase}” refers to the candidate's body.",
        _HEALTH_SUGGEST,
        # A load, a vehicle or a bag is overweight as often as a person is (round 22: "the rear trailer axle
        # would be overweight").
        not_before=r"\b(?:axles?|loads?|trailers?|vehicles?|lorry|lorries|trucks?|vans?|bags?|baggage|luggage|parcels?"
        r"|packages?|containers?|pallets?|shipments?|consignments?|cargo|crates?|cases?|suitcases?|boxes|box|aircraft"
        r"|planes?|vessels?|deliver(?:y|ies)|weights?|scales?)(?:\s+[\w'-]+){0,3}\s+",
    ),
    _r(
        "appearance",
        "appearance look looks looking attractive pretty handsome beautiful tattoo tattoos piercing "
        "piercings hair hairstyle beard",
        r"(?:your|his|her|their) (?:physical )?(?:appearance|looks)"
        r"|(?:fit|match|suit)(?:s|ed)? (?:the|our) (?:\w+ )?look(?! and feel)|the right look"
        r"|(?:the )?look (?:of|for) (?:our|the) (?:\w+ )?(?:team|brand|front|office|company|store|shop|desk)"
        r"|(?:good|nice|great|better)[-\s]looking(?! (?:ui|design|dashboard|site|page|app|code|report))"
        r"|(?:your|his|her|their) (?:\w+ )?(?:tattoos?|piercings?|hair(?:style)?|beard)"
        r"(?![-\w]| (?:of|in) (?:the|your|this) (?:code|design|system))"
        r"|tattoos?|piercings?|attractive (?:woman|man|girl|guy|person|candidate)|pretty (?:woman|girl|face)|handsome"
        r"|beautiful (?:woman|girl|face)",
        "Refers to physical appearance, which stands in for protected characteristics (sex, race, age, disability).",
        "Leave looks out. If presentation mattered for a client-facing role, describe the job-related behaviour "
        "(preparation, clarity, listening) instead.",
    ),
]

# --- sexual orientation, veterans ------------------------------------------------------------------------
ORIENTATION = [
    _r(
        "orientation",
        "gay gays lesbian lesbians bisexual bi queer homosexual homosexuality heterosexual straight sexual sexuality "
        "lgbt lgbtq lgbtqia same sex lifestyle pride coming came camp",
        r"gays?|lesbians?|bisexual\w*|queer|homosexual\w*|heterosexual\w*"
        r"|straight (?:man|woman|guy|couple|people|person)|sexual (?:orientation|preference)|sexuality"
        r"|lgbt\w*|same[-\s]sex|(?:bit|very|quite|too|so|rather|a little) camp(?![-\w])"
        r"|(?:your|his|her|their) lifestyle|pride (?:parade|march|month|event|flag)"
        r"|(?:coming|came) out (?:as|to (?:your|his|her|the team))",
        "Refers to sexual orientation, a protected characteristic. “{phrase}” has no bearing on the role.",
        "Leave orientation and private life out entirely and describe the job-related evidence.",
    ),
    _r(
        "veteran",
        "veteran veterans military service army navy marines reserves reservist guard forces",
        r"veteran status|military (?:service|background|status|duty|deployment|leave)"
        r"|(?:served|serving|service) in the "
        r"(?:army|navy|military|air force|marines|armed forces|national guard|reserves?)"
        r"|reservists?|national guard",
        "Refers to military or veteran status, which is protected in many places.",
        "Leave service status out; if experience from it is relevant, describe the specific job-related skill.",
    ),
]

RULES = flatten(AGE + SEX + FAMILY + ORIGIN + RELIGION + HEALTH + ORIENTATION)


# --- the same proxies in any word form and order (lemma rules: lemmas.py) ------------------------------
# "a team this young", "young, energetic team", "younger team", "the youngest crew" are one finding;
# "fresher face", "fresh-faced"; "a single person would be more flexible".
def _rl(name, parts, message, suggestion, **context):
    return rules("legal_risk", name, parts, message, suggestion, lemmas=True, **context)


_GROUP = (
    r"(?:team|crew|staff|workforce|office|department|people|person|colleague|candidate|applicant|hire|talent"
    r"|profile|crowd|group|employee|member|graduate|blood|vibe|culture|environment|energy|mindset|face)"
)
_LIVELY = (
    r"(?:energetic|dynamic|fresh|hungry|vibrant|ambitious|fun|lively|eager|enthusiastic|motivated|high - energy"
    r"|fast - move|fast - paced|trendy|hip|cool|up - and - come|digital|junior|agile|social|sporty)"
)
RULES += flatten(
    [
        _rl(
            "young_in_any_order",
            [
                (
                    "young youthful",
                    rf"(?:young|youthful) (?:(?:,|and|&) )?(?:{_LIVELY} (?:(?:,|and|&) )?){{0,3}}{_GROUP}\b",
                ),
                (
                    "young youthful",
                    rf"{_GROUP} (?:that|who|which)? ?(?:be )?(?:this|that|so|very|quite|pretty|mostly|fairly|all"
                    r"|really|rather|relatively|much|a lot|predominantly|largely|overwhelmingly) (?:\w+ )?"
                    r"(?:young|youthful)\b",
                ),
                (
                    "young youthful",
                    r"(?:someone|somebody|anyone|a person|people|candidate|applicant|a hire|blood|talent|face) "
                    r"(?:a bit |a little |much |quite a bit |a lot )?(?:young|youthful)(?:er)?\b",
                ),
            ],
            _AGE_MSG + " “{phrase}” describes people by how young they are; the decision should rest on skills.",
            _AGE_SUGGEST + " If the concern is how the candidate would work with the team, name the working practice "
            "(pairing, on-call, release pace) and what you saw in the interview.",
            not_after=r" ?(?:codebase|company|startup|product|field|industry|market|technology|framework|language"
            r"|api|project|business|brand|lead|leader|manager|captain|coach|supervisor)\b"
            r"| in the sense| as a (?:team|function|unit|department|business)"
            # a service for young people is the job (round 16): "our young people 's service team"
            r"| 's (?:service|team|unit|worker|charity|centre|center|club|programme|program|project|provision|ward"
            r"|hospital|clinic|mental health)\b",
            not_before=r"\b(?:support|care for|work with|help|advise|visit|counsel|serve|look after|mentor|coach|teach)"
            r" (?:\w+ ){0,2}?",
        ),
        _rl(
            "fresh_face",
            [("fresh young face new", r"(?:fresh|young|youthful) (?:- )?(?:face|faced|blood|look)\b")],
            _AGE_MSG + " “{phrase}” is a stand-in for youth.",
            _AGE_SUGGEST,
        ),
        _rl(
            "no_ties",
            [
                (
                    "single unmarried unattached childless",
                    r"(?:single|unmarried|unattached|childless) (?:person|people|candidate|applicant|someone|man|woman"
                    r"|guy|girl|individual|employee|hire|one)"
                    r"(?= (?:[\w'-]+ ){0,8}(?:flexible|flexibility|available|availability|commit|commitment|tie"
                    r"|free|travel|relocate|late|shift|hour|weekend|evening|night|overtime|devote|focus|dedicate))",
                ),
                (
                    "kid child family tie partner spouse dependant dependent",
                    r"(?:someone|somebody|a person|people|candidate|applicant|one) (?:without|with no|who have no"
                    r"|who do n't have) (?:\w+ )?(?:kid|child|family|tie|dependant|dependent|partner|spouse|"
                    r"commitment at home)\b",
                ),
            ],
            _MARITAL_MSG + " “{phrase}” prefers people without a partner or family.",
            _FAMILY_SUGGEST,
        ),
        _rl(
            "your_background",
            [
                (
                    "background origin heritage ethnicity community culture descent upbringing generation",
                    r"(?:of|from|with) (?:your|his|her|that|such an?|those|this) (?:kind of |sort of |type of )?"
                    r"(?:background|origin|heritage|ethnicity|community|culture|descent|upbringing)\b",
                ),
            ],
            _ORIGIN_MSG + " “{phrase}” points at where the candidate comes from, not at what they can do.",
            _ORIGIN_SUGGEST,
            not_after=r" ?(?:in|at|on|as|with) ",
            unless=r"(?:background|experience) (?:in|at|with|as) |technical background|professional background",
        ),
    ]
)


# --- more proxies in any word form (lemma rules) --------------------------------------------------------
RULES += flatten(
    [
        _rl(
            "retiring",
            [
                (
                    "retire retirement retiring",
                    r"(?:someone|you|who|candidate|person|he|she|they|applicant) (?:[\w']+ ){0,3}retir(?:e|ing)\b"
                    r"(?! (?:the|our|this|that|a|an|legacy|old|it|them|those|these|its)\b)",
                ),
                (
                    "retire retirement retiring",
                    r"(?:close to|near|nearing|approach|approaching|edge of|verge of|on the way to) retirement",
                ),
            ],
            _AGE_MSG + " “{phrase}” points at how close the candidate may be to retiring.",
            _AGE_SUGGEST + " If the concern is commitment, ask every candidate the same question about it.",
        ),
        _rl(
            "recent_graduates",
            [
                (
                    "graduate graduated graduation",
                    r"graduat(?:e|ed|ion) (?:\w+ ){0,2}(?:from|in|of|within) the (?:last|past|previous) (?:few "
                    r"|couple of "
                    r"|two |three |\w+ )?year",
                ),
            ],
            _AGE_MSG + " “{phrase}” favours people who graduated recently, a stand-in for age.",
            _AGE_SUGGEST,
        ),
        _rl(
            "little_ones",
            [
                (
                    "little young small wee one ones home",
                    r"(?:little|young|small|wee) ones\b|little one\b"
                    r"|(?:kid|child|children|little one|baby|toddler|dependant|dependent)s? (?:\w+ )?at home",
                ),
            ],
            _FAMILY_MSG + " “{phrase}” refers to the candidate's children.",
            _FAMILY_SUGGEST,
        ),
        _rl(
            "looks_the_brand",
            [
                (
                    "face look appearance image",
                    r"(?:face|look|appearance|image) (?:that|which|who|to) (?:\w+ ){0,2}(?:match|fit|suit|reflect) "
                    r"(?:our|the) (?:\w+ ){0,2}(?:brand|image|aesthetic|clientele|guest|customer|look|style)",
                ),
            ],
            "Refers to appearance, which stands in for protected characteristics such as race, age and sex. "
            "“{phrase}” asks the candidate to look a certain way.",
            "Describe the job-related standard (e.g. the uniform or grooming policy every employee follows), "
            "not how the candidate looks.",
        ),
        _rl(
            "pride_symbols",
            [
                (
                    "pride rainbow",
                    r"(?:pride|rainbow) (?:pin|flag|badge|lanyard|sticker|parade|march|shirt|t - shirt|month|pin)\b",
                ),
            ],
            "Refers to sexual orientation, a protected characteristic. “{phrase}” is a symbol of it.",
            "Leave it out; describe only job-related evidence.",
        ),
    ]
)


# --- round 8: more proxies in any word form (lemma rules) -------------------------------------------------
_BLOKE = r"(?:bloke|lad|chap|fella|feller|gal|lass|lassie|sheila|geezer|boy|girl|guy|gentleman|lady)"
RULES += flatten(
    [
        _rl(
            "gendered_people",
            [
                (
                    "bloke blokes lad lads chap chaps fella fellas gal gals lass lasses sheila geezer",
                    r"(?:prefer|want|need|rather have|look for|hire|suit|better|a|an|some|strong|young|the right"
                    r"|more|only|another)"
                    r" (?:\w+ ){0,2}(?:bloke|lad|chap|fella|feller|gal|lass|lassie|sheila|geezer)s?\b",
                ),
            ],
            _SEX_MSG + " “{phrase}” describes who you want by sex.",
            _SEX_SUGGEST,
        ),
        _rl(
            "young_person_words",
            [
                (
                    "young youthful",
                    rf"(?:young|youthful) (?:(?:,|and|&) )?(?:{_LIVELY} (?:(?:,|and|&) )?){{0,2}}(?:{_BLOKE}|gun|thing"
                    r"|blood|talent)s?\b",
                ),
            ],
            _AGE_MSG + " “{phrase}” describes who you want by age.",
            _AGE_SUGGEST,
        ),
        _rl(
            "breakdown",
            [
                (
                    "breakdown burnout",
                    r"(?:nervous|mental|emotional) breakdown|(?:your|his|her|their|past|previous|recent) breakdown"
                    r"(?! (?:of|in|by|between))|(?:your|his|her|their|past|previous|recent) burn ?out\b",
                ),
            ],
            _MENTAL_MSG + " “{phrase}” refers to the candidate's mental health.",
            _HEALTH_SUGGEST,
        ),
        _rl(
            "plans_for_children",
            [
                (
                    "baby babies kid kids child children family",
                    r"(?:think|plan|want|talk|hope|try|consider) (?:about |for |of |to have |on have |on )?"
                    r"(?:a |more |another )?(?:baby|babies|kid|kids|child|children|start a family|start (?:your"
                    r"|a) family"
                    r"|have (?:a )?(?:baby|kid|child|family))\b",
                ),
            ],
            _FAMILY_MSG + " “{phrase}” refers to plans for children.",
            _FAMILY_SUGGEST,
        ),
        _rl(
            "where_born",
            [
                (
                    "born bred breed raised raise",
                    r"born and (?:bred|breed|raised|raise)|(?:born|raised|raise) (?:here|locally|in this country)",
                ),
                ("round around here local", r"from (?:round|around|near|close to) here|local (?:lad|lass|boy|girl)"),
            ],
            _ORIGIN_MSG + " “{phrase}” prefers people by where they were born or grew up.",
            _ORIGIN_SUGGEST,
        ),
        _rl(
            "years_ahead",
            [
                (
                    "year years",
                    r"(?:working|work|career|productive|good) year (?:\w+ )?(?:ahead|left|remaining)"
                    r"|year (?:\w+ )?(?:ahead of|left in) (?:you|them|him|her|yourself)",
                ),
            ],
            _AGE_MSG + " “{phrase}” points at how many working years the candidate has left.",
            _AGE_SUGGEST,
        ),
        _rl(
            "politics",
            [
                (
                    "politics political",
                    r"(?:your|his|her|their) (?!office |company |internal |team |workplace |local )(?:\w+ )?politics"
                    r"(?! (?:essay|test|sample|article|coverage|reporting|beat|desk|writing|piece|degree|course|module"
                    r"|knowledge|brief|exam))"
                    r"|(?:your|his|her|their) (?:\w+ )?political (?:view|opinion|leaning|belief|affiliation|stance"
                    r"|activity|activism|party)",
                ),
            ],
            "Refers to political opinion, protected in many places. “{phrase}” brings the candidate's politics into "
            "the decision.",
            "Leave politics out; if impartiality is part of the job, describe the work sample that showed it or not.",
        ),
    ]
)


# --- round 9: more proxies in any word form (lemma rules) -------------------------------------------------
_AGE_WORDS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|twenties|thirties|forties|fifties|sixties|seventies)"
RULES += flatten(
    [
        _rl(
            "age_in_years",
            [
                (
                    "young younger youthful old older fresh",
                    r"(?:young|youthful|old|fresh) - (?:sound|look|looking|sounding|face|faced)\b",
                ),
                (
                    "twenty thirty forty fifty sixty seventy eighty twenties thirties forties fifties sixties "
                    "seventies",
                    # a crew's ages (round 69: "the crew are all early twenties")
                    rf"(?:be|are) (?:all|mostly|mainly|largely) (?:late|early|mid) {_AGE_WORDS}\b|"
                    # a count of work done, not an age (round 70: "the appointed officer has done over forty")
                    r"(?<!\bdo\W)(?<!\bhandle\W)(?<!\bcomplete\W)(?<!\brun\W)(?<!\bmanage\W)(?<!\bdeliver\W)"
                    r"(?<!\bprocess\W)(?<!\btake\W)(?<!\bwrite\W)(?<!\bpublish\W)(?<!\bteach\W)"
                    r"(?:at|aged|age|being|you 're|you be|turn|turning|nearly|almost|over|past|in your|in their) "
                    rf"(?:(?:late|early|mid) )?{_AGE_WORDS}(?: - (?:one|two|three|four|five|six|seven|eight|nine))?\b"
                    # a count of things, not an age (round 54: "scaled a sales team past twenty reps")
                    r"(?! (?:[\w-]+ )?(?:rep|people|person|staff|employee|member|engineer|customer|client|site|store"
                    r"|unit|million|thousand|percent|per cent|k|user|account|location|branch|hire|head|report|seller"
                    r"|agent|developer|country|market|office|shop|outlet|school|ward|bed|vehicle|truck|team|project"
                    r"|student|pupil|patient|volunteer|mile|kilometre|hour|minute|page|table|cover|deal|contract"
                    r"|application|case|claim|file|appeal|hearing|inspection|audit|flight|aircraft|turbine|event|show"
                    r"|production|title|article|paper|grant|course|session|shift|shipment|vessel|tour|batch|recipe)\b)",
                ),
                (
                    # an age in digits said to the candidate (round 72: "at 58 you wouldn't be with us long enough")
                    " ".join(str(n) for n in range(40, 100)),
                    r"\bat [4-9]\d(?: ,)? you\b",
                ),
                (
                    "year years",
                    r"(?:few|many|couple of|handful of|only) year (?:\w+ )?(?:left|remaining) (?:with us|in you"
                    r"|in the workforce|before (?:you )?retir\w*)",
                ),
                (
                    "end twilight career",
                    r"(?:end|twilight|tail end|autumn|final stretch|last stretch|back end) of (?:your|their|his|her|a) "
                    r"(?:career|working life)|career ,? (?:not|rather than) (?:at )?the (?:end|twilight|tail end)",
                ),
            ],
            _AGE_MSG + " “{phrase}” points at the candidate's age.",
            _AGE_SUGGEST,
        ),
        _rl(
            "condition_or_looks",
            [
                (
                    "condition state",
                    r"(?:someone|somebody|a person|anyone|people|woman|you) in your (?:condition|state)"
                    r"|in your (?:delicate )?condition",
                ),
                ("part look", r"look the part|(?:fit|match|suit) the look|(?:the )?right look"),
            ],
            "Refers to pregnancy, health or appearance, which stand for protected characteristics. “{phrase}” "
            "judges the candidate's body, not their work.",
            "Describe the job-related requirement (the lifting limit, the uniform policy) that applies to everyone.",
        ),
        _rl(
            "different_culture",
            [
                (
                    "different foreign culture country world",
                    r"(?:from|of) (?:a |an )?(?:very |quite |completely |totally |rather )?(?:different|foreign) "
                    r"(?:culture|country|part of the world)",
                ),
                (
                    "mostly mainly largely predominantly entirely overwhelmingly",
                    r"(?:team|staff|crew|office|workforce|colleague|we|people|everyone|group|department) (?:be|are|is) "
                    rf"(?:\w+ )?(?:mostly|mainly|largely|predominantly|all|entirely|overwhelmingly) {_DEMONYM}\b"
                    r"(?! - | speaker| speak)",
                ),
            ],
            _ORIGIN_MSG + " “{phrase}” points at where the candidate or the team comes from.",
            _ORIGIN_SUGGEST,
        ),
    ]
)


# --- round 10: a long career as stamina, and belonging "here" (lemma rules) -------------------------------
RULES += flatten(
    [
        _rl(
            "laddish",
            [
                (
                    "laddish blokey blokeish boy macho locker",
                    r"laddish|blokey|blokeish|boy 's club|boys ' club|boys club|macho (?:culture|team|environment"
                    r"|banter|atmosphere)|locker - room (?:banter|talk|culture|humour|humor)",
                ),
            ],
            _SEX_MSG + " “{phrase}” describes the team by gender and suggests the candidate's would not fit.",
            _SEX_SUGGEST,
        ),
        _rl(
            "career_behind_you",
            [
                (
                    "career behind belt",
                    r"(?:long|lengthy|such a long|so long a|many - year|decades - long|full) (?:\w+ )?career "
                    r"(?:behind you|under your belt|already behind|to look back on)",
                ),
                (
                    "slow wind stage life",
                    # "someone who's starting to wind down" (round 44); "starting to wind down the old site" is work
                    r"(?:want|look|ready|time|start|begin|plan|about) to (?:slow down|wind down|take it easy)"
                    r"(?! (?:the|a|an|our|this|that|its|their) )|(?:at|given|at this|reach) "
                    r"(?:your|this|that|the|a) (?:stage|time|point|phase) (?:of|in) (?:life|your life)",
                ),
                (
                    "twenty thirty forty fifty decade",
                    r"(?:(?:twenty|thirty|forty|fifty)(?: - odd| - plus| plus| odd|ish| or so)?|decade|several decade"
                    r"|a lifetime) (?:year )?(?:in|of|at|on) (?:the |this |your )?(?:trade|industry|business|field"
                    r"|game|sector|profession|workforce|job market)",
                ),
            ],
            _AGE_MSG + " “{phrase}” points at the length of a career or a stage of life, which is an age proxy.",
            _AGE_SUGGEST + " If pace matters, describe the working rhythm the role requires and what in the process "
            "showed the fit or the gap.",
        ),
        _rl(
            "from_here",
            [
                (
                    "grow raise bear born bring",
                    r"(?:grow up|be raise|raise|be bear|be born|bear|born|bring up|be bring up) (?:here|locally|nearby"
                    r"|round here|around here|in (?:this|the) (?:area|country|region|town|city|village|county))\b",
                ),
                ("around round", r"(?:from|of|not from) (?:around|round) here\b|(?:a |one of the )?local (?:lad|lass)"),
                (
                    "local",
                    r"(?:someone|somebody|a person|people|staff|a candidate|a hire) (?:\w+ )?local\b(?! (?:knowledge"
                    r"|authority|council|regulation|rule|law|market|government|business|supplier|office|branch|team"
                    r"|client|customer|area|road|route|time|bylaw|school|hospital|partner|press|radio))"
                    r"|, a local(?: really| ideally| person| candidate)? ?(?:[.!]|$)",
                ),
                (
                    "local way",
                    r"(?:the |our )?local (?:way|ways) of (?:doing things|life|thinking|working)|(?:understand|know|get"
                    r"|share|fit) (?:\w+ )?(?:the |our )?local (?:way|ways|mentality|mindset)\b",
                ),
            ],
            _ORIGIN_MSG + " “{phrase}” asks where the candidate grew up or belongs, a stand-in for national origin.",
            _ORIGIN_SUGGEST,
        ),
    ]
)


# --- round 11: decades as age, a career winding down, medication (lemma rules) ----------------------------
# "you've been flying since the seventies" dates the candidate; "closer to winding down than to building a
# career" is a stage of life; "someone on antidepressants" names a treatment for a condition. A plant or a
# fleet "running since the seventies" stays clean: the decade must be the candidate's.
_DECADES = r"(?:fifty|sixty|seventy|eighty|ninety|fifties|sixties|seventies|eighties|nineties|19[5-9]0 s?|' ?[5-9]0 s)"
_DRUGS = (
    r"(?:antidepressant|anti - depressant|antipsychotic|anti - psychotic|mood stabiliser|mood stabilizer|lithium"
    r"|ssri|ritalin|adderall|methadone|sertraline|prozac|fluoxetine|citalopram|diazepam|valium|xanax|seroquel"
    r"|beta - blocker|anxiety medication|adhd medication|psychiatric medication|sleeping pill|painkiller|insulin"
    r"|medication|med|meds)"
)
RULES += flatten(
    [
        _rl(
            "decade_as_age",
            [
                (
                    "since fifty sixty seventy eighty ninety fifties sixties seventies eighties nineties",
                    r"you (?:'ve |have |'d |had |be |'re )?(?:\w+ ){0,3}?(?:since|back in|ever since) "
                    rf"the (?:early |late |mid )?{_DECADES}\b",
                ),
                (
                    "remember fifty sixty seventy eighty ninety fifties sixties seventies eighties nineties",
                    rf"(?:you|someone|somebody) (?:\w+ )?(?:remember|grow up in|come of age in|start out in) the "
                    rf"(?:early |late |mid )?{_DECADES}\b",
                ),
            ],
            _AGE_MSG + " “{phrase}” dates the candidate by decade, which is an age proxy.",
            _AGE_SUGGEST,
        ),
        _rl(
            "years_to_pension",
            [
                (
                    "year pension retirement retire bus",
                    r"(?:few|couple of|handful of|two|three|four|five|six|several|\d+) (?:more )?(?:good )?year "
                    r"(?:off|from|away from|short of|until|till|before|to|left before|left until|to go until) "
                    r"(?:your |the |their |his |her |state )?(?:pension|retirement|retire|bus pass|free bus pass"
                    r"|pension age|retirement age)\b",
                ),
                (
                    "pension bus",
                    r"you (?:'d |would |'ll |will |might |may |could )?(?:be |already be |soon be |probably be )?"
                    r"(?:collect|draw|claim|get|be on|qualify for|pick up)(?:ing)? (?:your|a) (?:free |senior |state "
                    r"|old - age )?"
                    r"(?:bus pass|pension|pension book)\b",
                ),
                (
                    "count pension retirement",
                    r"count (?:down|the day) (?:to|until|till) (?:your|their|his|her|the) (?:pension|retirement"
                    r"|retire)\b",
                ),
                (
                    "retirement pension",
                    r"(?:retirement|your pension|pension age|retirement age) (?:be |seem |look )?"
                    r"(?:presumably |probably |surely |likely |clearly |possibly )?(?:not )?(?:too |that |very |so )?"
                    r"(?:far off|far away|round the corner|around the corner|on the horizon|in sight|loom|close|near"
                    r"|approach|not far)\b",
                ),
            ],
            _AGE_MSG + " “{phrase}” measures the candidate's time left before a pension, which is an age proxy.",
            _AGE_SUGGEST + " If the concern is commitment, ask every candidate the same question about it.",
        ),
        _rl(
            "local_cultural_match",
            [
                (
                    "cultural culture",
                    r"(?:cultural|culture) (?:fit|match) (?:with|for|to) (?:the |our |a )?(?:[\w-]+ ){0,2}?(?:clientele"
                    r"|customer|community|regular|neighbourhood|neighborhood|locals?|population|demographic"
                    r"|congregation"
                    r"|patient)\b",
                ),
                ("plane boat", r"(?:fresh|just|straight|only just|barely) off the (?:plane|boat|ship|ferry)\b"),
                ("part", r"(?:candidate|applicant|people|someone|anyone|those) from (?:that|your|this) part of\b"),
                (
                    "blend",
                    r"blend in (?:better |good |more )?with (?:the|our) (?:[\w-]+ ){0,2}?(?:clientele|customer|local"
                    r"|regular|community|neighbourhood|neighborhood|crowd|culture)\b",
                ),
            ],
            _ORIGIN_MSG + " “{phrase}” ties the decision to where the candidate is from.",
            _ORIGIN_SUGGEST,
        ),
        _rl(
            "candles_and_body",
            [
                ("candle", r"(?:few|fewer|more|less) candle on (?:the|your|their|his|her) (?:birthday )?cake\b"),
                (
                    "ear eye back knee hip joint",
                    r"(?:because of|with|given|due to) (?:your|their|his|her) (?:bad |dodgy |weak |poor )?"
                    r"(?:ear|eye(?! (?:for|on|to) )|eyesight|hearing|back(?! (?:to|on|up|off) )|knee|hip|joint|leg"
                    r"|lung)\b"
                    r"(?!(?: be)? (?:shut|close|closed|open)\b)",
                ),
                ("back knee hip", r"(?:bad|dodgy|weak) (?:back|knee|hip)s?\b"),
            ],
            _HEALTH_MSG + " “{phrase}” refers to the candidate's body or age.",
            _HEALTH_SUGGEST,
        ),
        _rl(
            "graduate_energy",
            [
                (
                    "graduate grad",
                    r"(?:recent|new|fresh|young) (?:- )?(?:graduate|grad) (?:energy|vibe|enthusiasm|mindset|spirit|feel"
                    r"|freshness|hunger)\b",
                ),
            ],
            _AGE_MSG + " “{phrase}” asks for someone at the start of their working life, which is an age proxy.",
            _AGE_SUGGEST,
        ),
        _rl(
            "single_no_ties",
            [
                (
                    "single tie ties",
                    r"single (?:,? )?(?:and|with) (?:no|without any|without) (?:\w+ )?(?:tie|kid|child|children"
                    r"|family|commitment|dependant|dependent|attachment)\b",
                ),
            ],
            _MARITAL_MSG + " “{phrase}” prefers people without a partner or family.",
            _FAMILY_SUGGEST,
        ),
        _rl(
            "work_on_your_english",
            [
                (
                    "english accent pronunciation",
                    r"(?:work on|improve|brush up(?: on)?|polish|sort out) your (?:spoken |conversational )?"
                    r"(?:english|accent|pronunciation)\b",
                ),
            ],
            _ORIGIN_MSG + " “{phrase}” judges how the candidate speaks, which is tied to where they are from.",
            _ORIGIN_SUGGEST,
        ),
        _rl(
            "surname",
            [
                (
                    "surname name",
                    r"(?:surname|last name|family name) like yours?\b"
                    r"|(?:your|a|an|the) (?:[a-z]+ )?(?:surname|last name|family name) (?:suggest|help|make|mean|would"
                    r"|sound|give)\w*",
                ),
            ],
            _ORIGIN_MSG + " “{phrase}” reads origin into the candidate's name.",
            _ORIGIN_SUGGEST,
        ),
        _rl(
            "able_bodied",
            [
                (
                    "able bodied body mobile",
                    r"(?:fully )?able - bod(?:ied|y)\b|(?:a|an|someone|somebody|person|candidate|teacher|worker|member"
                    r"|colleague) (?:[\w-]+ )?fully mobile\b(?! (?:app|site|version|friendly|responsive|ready))",
                ),
            ],
            _HEALTH_MSG + " “{phrase}” prefers people without a disability.",
            _HEALTH_SUGGEST,
        ),
        _rl(
            "the_bump",
            [("bump", r"(?:notice|see|saw|spot|clock) (?:the|your|a|her) (?:baby )?bump\b")],
            _FAMILY_MSG + " “{phrase}” refers to pregnancy.",
            _FAMILY_SUGGEST,
        ),
        _rl(
            "upbringing",
            [
                (
                    "upbringing upbring heritage root",
                    r"(?:someone|somebody|a candidate|an applicant|a person|people|anyone|applicants|candidates) "
                    r"(?:with|from|of) (?:a |an )?(?:[\w-]+ ){1,3}(?:upbring(?:ing)?|heritage|root)\b",
                ),
            ],
            _ORIGIN_MSG + " “{phrase}” asks for where someone was raised, not for what they can do.",
            _ORIGIN_SUGGEST,
        ),
        _rl(
            "winding_down",
            [
                (
                    "close closer near nearer nearing approach wind year years decade decades",
                    r"(?:close|closer|near|nearer|nearing|approach|approaching) (?:to )?(?:the )?(?:wind down|wind - "
                    r"down|winding down|retirement|retire|pension age|pension"
                    r"|the end of (?:your|a|their) (?:career|working life|working year|work life)"
                    r"|hang up (?:your|their) boot)"
                    r"|wind down (?:your|their|his|her) career|(?:you|someone) (?:\w+ )?(?:be |seem |look )?"
                    r"(?:wind|winding) down\b(?! (?:the|a|an|our|this|that) )"
                    # "a few more years of stamina left in them" (round 43)
                    r"|(?:year|decade) (?:of [\w-]+ )?(?:left|remain) in (?:them|they|you|him|he|her|she|the tank)\b",
                ),
            ],
            _AGE_MSG + " “{phrase}” places the candidate near the end of a working life, which is an age proxy.",
            _AGE_SUGGEST,
        ),
        _rl(
            "on_medication",
            [
                (
                    "on take taking prescribe your be",
                    r"(?:someone|somebody|anyone|a person|people|person|you|candidate|applicant|staff|colleague"
                    r"|worker) (?:\w+ )?(?:be |'re )?(?:on|take|taking|prescribe|rely on) (?:\w+ )?"
                    rf"{_DRUGS}\b|your (?:\w+ )?{_DRUGS}\b(?! (?:calculation|round|chart|audit|error|answer|question"
                    r"|check|reconciliation|dose|dosage|knowledge|plan|protocol|administration|administer|record|mar"
                    r"|competency|training|management|policy|log))"
                    # a gerund subject (round 64: "Being on antidepressants is absolutely fine in general, but ...")
                    rf"|(?:^|, |but |and )be on (?:\w+ )?{_DRUGS}\b",
                ),
            ],
            _MENTAL_MSG + " “{phrase}” names a treatment, which stands for a health condition.",
            _HEALTH_SUGGEST,
        ),
    ]
)


# --- round 13: names, looks, where someone is from, settling down, observance, expecting, career stage -----
# Blind round 13's misses were protected characteristics behind ordinary words. Each family is a kind, with
# paraphrases and traps in corpus_tuning.txt: a name as a difficulty ("your name is hard to pronounce", "an
# unusual surname"), appearance standing for ethnicity ("looks typically British", "looks like our
# customers"), origin ("home-grown talent", "trained abroad and new to the country", "applicants from that
# estate", "people from that side of town"), relationship status ("settled down with a partner"), religious
# observance set against the hours, "as you're expecting", and a career stage used to exclude ("earlier stage
# of their career", "grow with us for decades"). A variable's unusual name, a dashboard that looks like our
# customers' data or a housing estate in a property exercise stay clean: the word must describe a person.
_LOOKS = (
    r"(?:typically|very|quite|properly|authentically|obviously|visibly|more|less|a bit|too|clearly|recognisably"
    r"|recognizably|distinctly)"
)
RULES += flatten(
    [
        _rl(
            "name_as_difficulty",
            [
                (
                    "name surname",
                    r"(?:your|their|his|her|the candidate 's|the applicant 's) (?:\w+ )?(?:name|surname) "
                    r"(?:[\w'-]+ ){0,4}?(?:hard|difficult|tricky|impossible|awkward|a mouthful|too long|too foreign)"
                    r"(?: for [\w'-]+)? to (?:pronounce|say|spell|remember|read)\b"
                    r"|(?:pronounce|say|spell) (?:your|their|his|her) (?:\w+ )?(?:name|surname)\b"
                    r"|(?:your|their|his|her|(?:someone|somebody|anyone|candidate|applicant|people|person) with "
                    r"(?:a |an |such a |such an )?)(?:rather |very |quite |a bit )?(?:unusual|foreign|exotic"
                    r"|unpronounceable|strange|odd|funny|weird|foreign - sound|ethnic|complicated|difficult"
                    r"|hard - to - pronounce|hard - to - say)"
                    r" (?:sound )?(?:name|surname|first name|last name|family name)\b",
                ),
            ],
            _ORIGIN_MSG + " “{phrase}” treats the candidate's name as a problem; a name stands for origin.",
            _ORIGIN_SUGGEST,
        ),
        _rl(
            "looks_as_ethnicity",
            [
                (
                    "look",
                    r"(?:who|you|someone|somebody|candidate|applicant|person|people|he|she|they|face|staff|guide"
                    r"|host|presenter|rep|representative) (?:\w+ )?(?:look|seem|appear) "
                    rf"(?:{_LOOKS} )?(?:{_DEMONYM}|english|european|foreign|local|western|native|white|black|exotic"
                    r"|ethnic)\b"
                    r"|(?:who|you|someone|somebody|candidate|applicant|person|people|he|she|they|face|staff|guide"
                    r"|host|presenter|rep|representative) (?:\w+ )?(?:look|seem) (?:more |a bit |just |exactly )?"
                    r"like (?:our|the|their|most of our|the rest of (?:the|our)) (?:\w+ )?(?:customer|client|guest"
                    r"|visitor|community|audience|patient|resident|neighbourhood|neighborhood|local|member|shopper"
                    r"|patron|diner|rest of us|team|staff)\b(?! ')",
                ),
            ],
            _RACE_MSG + " “{phrase}” makes appearance stand for ethnicity or origin.",
            _ORIGIN_SUGGEST,
        ),
        _rl(
            "origin_home_grown",
            [
                (
                    "home grow abroad country estate side town",
                    r"home - grow (?:talent|candidate|applicant|people|staff|worker|hire|person|recruit|local)"
                    r"|homegrown (?:talent|candidate|applicant|people|staff|worker|hire|person|recruit)"
                    r"|(?:new|newly arrive|recently arrive|fresh|just arrive) (?:to|in) (?:the|this|our) country\b"
                    r"|(?:train|qualify|educate|study|school) abroad and (?:\w+ ){0,2}new\b"
                    r"|(?:applicant|candidate|people|person|someone|somebody|anyone|kid|lad|girl|boy|folk|family"
                    r"|worker|staff|hire) (?:\w+ )?(?:from|who live on|who live in|who grow up on|who grow up in"
                    r"|living on|living in) (?:that|those|the other|the wrong|the rough|the poor|the council) "
                    r"(?:estate|side of town|part of town|end of town|area|neighbourhood|neighborhood|postcode"
                    r"|background|kind of area|sort of area)\b",
                ),
            ],
            _ORIGIN_MSG + " “{phrase}” makes where someone is from, or where they grew up, part of the decision.",
            _ORIGIN_SUGGEST,
        ),
        _rl(
            "settled_with_partner",
            [
                (
                    "settle partner",
                    r"(?:settle|settled) (?:down )?,? with (?:a|their|his|her) (?:partner|wife|husband|spouse) at home"
                    r"|(?:settle|settled) down (?:with (?:a|their|his|her) (?:partner|wife|husband|spouse|family)|and "
                    r"(?:marry|married|start a family))"
                    r"|(?:people|someone|somebody|candidate|applicant|person|you) (?:\w+ )?(?:be |'re |seem )?"
                    r"(?:settle|settled)(?: down)?(?: with (?:a|their|his|her) partner)?(?:, | and | as | because )"
                    r"(?:\w+ ){0,3}(?:stay|stick around|commit|put down root|less likely to leave)",
                ),
            ],
            _MARITAL_MSG + " “{phrase}” makes a relationship or settling down part of the decision.",
            _FAMILY_SUGGEST,
        ),
        _rl(
            "observance_against_hours",
            [
                (
                    "observance sabbath prayer fast faith",
                    r"(?:clash|conflict|interfere|collide|be incompatible) with (?:your|their|his|her) "
                    r"(?:religious )?(?:observance|sabbath|prayer|prayers|fast|fasting|faith|worship|holy day)"
                    r"|(?:your|their|his|her) (?:religious )?(?:observance|sabbath|prayer time|prayers|fasting|worship)"
                    r" (?:would |might |could |will )?(?:\w+ )?(?:clash|conflict|interfere|get in the way|be a problem"
                    r"|make it hard)",
                ),
            ],
            _RELIGION_MSG + " “{phrase}” sets the candidate's religious observance against the job.",
            _RELIGION_SUGGEST,
        ),
        _rl(
            "as_you_are_expecting",
            [
                (
                    "expect",
                    r"(?:as|since|because|now|given that|with) (?:you|she|the candidate) (?:be|'re) (?:\w+ )?expect"
                    r"(?: a baby| a child| twin)?\s?(?:,|\.|;|$| we| it)"
                    r"|(?:you|she) (?:be|'re) expect (?:a baby|a child|twin)"
                    # "the lead noted you're expecting yourself" (round 41)
                    r"|(?:you|she) (?:be|'re) expect (?:yourself|herself|again)\b",
                ),
            ],
            _FAMILY_MSG + " “{phrase}” refers to the candidate's pregnancy.",
            _FAMILY_SUGGEST,
        ),
        _rl(
            "career_stage_as_age",
            [
                (
                    "early earlier stage career decade",
                    r"(?:someone|somebody|candidate|applicant|person|people|a hire|trainee|graduate|recruit|junior) "
                    r"(?:\w+ ){0,2}?at (?:a|an|the) "
                    r"(?:much |far |rather )?(?:early|earlier) (?:stage|point|phase) (?:of|in) (?:their|his|her|a|the"
                    r"|your) (?:career|working life)"
                    r"|(?:grow|stay|build a career|be) with (?:us|the \w+|our \w+|the company|the firm) for decade\b",
                ),
            ],
            _AGE_MSG + " “{phrase}” prefers a career stage or decades of service ahead, which is an age proxy.",
            _AGE_SUGGEST,
        ),
    ]
)


# --- round 14: vitality, gendered crews, locality, home, resemblance --------------------------------------
# Blind round 14's legal_risk misses, each a kind with paraphrases and traps in corpus_tuning.txt: a career
# stage tied to energy ("someone earlier in their career would bring more energy"), "youthful" plus any
# quality ("youthful sparkle", "a youthful vibe"), fitting in with a gendered crew ("gel with the lads",
# "one of the girls"), the customers or community being "mostly local" set against the candidate, "from a
# local background", going "back home" in place of staying, and looking "more like them" (the customers).
# A youthful customer base, local businesses, "a background in finance", "head back home after the
# assessment" and "looks like they know the product" stay clean.
RULES += flatten(
    [
        _rl(
            "career_stage_energy",
            [
                (
                    "early earlier career",
                    r"(?:early|earlier|new|newer|fresh|young) (?:on )?in (?:their|his|her|the|your|a) (?:career|working"
                    r" life) (?:[\w'-]+ ){0,6}?(?:energy|energetic|vitality|vigour|vigor|spark|sparkle|freshness"
                    r"|dynamism|zest|drive|hunger|enthusiasm|pep)\b",
                ),
            ],
            _AGE_MSG + " “{phrase}” ties energy to an early career stage, which stands for youth.",
            _AGE_SUGGEST,
        ),
        _rl(
            "youthful_quality",
            [
                (
                    "young youthful youthfulness",
                    r"youthfulness|(?:young|youthful) (?:energy|sparkle|spark|vibe|feel|image|look|edge|enthusiasm"
                    r"|spirit|outlook|buzz|zest|vigour|vigor|vitality|dynamism|attitude|presence|appeal|charm|glow"
                    r"|freshness|exuberance|verve|pep|oomph|bounce)\b",
                ),
            ],
            _AGE_MSG + " “{phrase}” asks for youth, not a job-related skill.",
            _AGE_SUGGEST,
            not_before=r"(?:customer|client|audience|market|user|reader|shopper|visitor) (?:base |'s |s' )?(?:\w+ )?",
            not_after=r" ?of\b",
        ),
        _rl(
            "gendered_crew",
            [
                (
                    "lad lads boy boys girl girls bloke blokes lass lasses chap chaps lady ladies fella fellas gent",
                    r"(?:gel|fit in|fit|get on|get along|mix|bond|blend in|click|mesh|banter|hang out|go for drink"
                    r"|socialise|socialize|keep up|cope|work) (?:in )?(?:well )?with (?:the|our|a bunch of|all the|a"
                    r" crew of|a team of) (?:\w+ )?(?:lad|boy|girl|bloke|lass|chap|lady|fella|gent|gentleman)s?\b"
                    r"|one of the (?:lad|boy|girl|bloke|lass|chap|lady|fella)s\b",
                ),
            ],
            _SEX_MSG + " “{phrase}” describes the team by sex and asks whether the candidate fits it.",
            _SEX_SUGGEST,
        ),
        _rl(
            "mostly_local",
            [
                (
                    "local",
                    r"(?:customer|client|community|patient|resident|people|regular|shopper|guest|diner|member|team"
                    r"|staff|clientele|crowd)s? (?:here |round here |around here |in this area |in the area )?(?:be"
                    r"|are)"
                    r" (?:mostly|mainly|all|largely|predominantly|very|almost all|nearly all|overwhelmingly|pretty much"
                    r" all) local\b(?! (?:business|firm|shop|compan|authorit|council|government|organisation"
                    r"|organization|school|charit|practice|office|store|branch|employer))",
                ),
                (
                    "local background",
                    r"(?:from|of|with) (?:a )?(?:local|similar|the same) (?:background|upbringing|heritage|root|origin)"
                    r"s?\b(?! (?:in|to the role|to the job|as a|of work))",
                ),
            ],
            _ORIGIN_MSG + " “{phrase}” makes where the candidate comes from part of the decision.",
            _ORIGIN_SUGGEST,
        ),
        _rl(
            "back_home",
            [
                (
                    "home country homeland",
                    r"(?:rather than|instead of|wo n't|will not|not|n't|never|before (?:you|they|he|she)) (?:just )?"
                    r"(?:head|go|move|return|fly|run|pack up and go|pack up and head|disappear) back (?:home|to"
                    r" (?:your|their|his|her) (?:own )?(?:country|homeland|home country|family|home))\b"
                    r"(?! (?:after|between|at the end|for the night|for lunch))",
                ),
            ],
            _ORIGIN_MSG + " “{phrase}” assumes the candidate belongs somewhere else.",
            _ORIGIN_SUGGEST,
        ),
        _rl(
            "looks_like_them",
            [
                (
                    "look",
                    r"(?:someone|somebody|people|a person|candidate|applicant|staff|a face|face|who|you) "
                    r"(?:who |that )?(?:\w+ )?(?:look|seem|appear) (?:a bit |a little |much |a lot |quite a bit "
                    r"|a little bit )?(?:more |less )?like (?:they|them|we|us|their own|one of they|one of we"
                    r"|one of us|one of them)(?= [.,;:!?]| ?$| (?:do|did|does|and|but|if|so))",
                ),
            ],
            _RACE_MSG + " “{phrase}” makes resemblance to the customers or the team stand for ethnicity.",
            _ORIGIN_SUGGEST,
        ),
    ]
)


# --- rounds 45-46: a team described by sex, months along (lemma rules) ----------------------------------------------
RULES += flatten(
    [
        _rl(
            "team_by_sex",
            [
                (
                    "lad lads bloke blokes man men guy guys woman women girl girls lady ladies chap chaps fella fellas",
                    # "the kitchen brigade is all lads at the moment" (round 45)
                    r"(?:team|crew|brigade|kitchen|office|squad|department|site|workshop|floor|yard|shift|unit|staff)"
                    r" (?:be|is|are) (?:all|mostly|entirely|nearly all|almost all|basically|pretty much all|largely"
                    r"|predominantly|exclusively) (?:[\w-]+ )?(?:lad|bloke|man|men|guy|woman|women|girl|lady|ladies"
                    r"|chap|fella|gent)s?\b",
                ),
            ],
            _SEX_MSG + " “{phrase}” describes the team by sex, which makes sex part of who fits.",
            _SEX_SUGGEST,
        ),
        _rl(
            "months_along",
            [
                (
                    "month months week weeks along",
                    # "being six months along, you'd be going on leave" (round 45)
                    r"(?:month|week) along(?! (?:the|a|an|our|this|that|with|in|on)\b)",
                ),
            ],
            _FAMILY_MSG + " “{phrase}” refers to the candidate's pregnancy.",
            _FAMILY_SUGGEST,
        ),
    ]
)


# --- rounds 47-49: trade union membership and activity (lemma rules) ------------------------------------------------
# Refusing work because of union membership or activity is unlawful (UK: Trade Union and Labour Relations
# (Consolidation) Act 1992, s.137; US: NLRA s.8(a)(3)). Only the candidate's own union role counts: "our union
# agreements", "the student union's welfare campaign you ran", "negotiating with the union" stay clean.
_UNION_MSG = "Union membership or activity is protected: an employer may not refuse work because of it."
_UNION_SUGGEST = "Leave the candidate's union role out; describe the job-related evidence behind the decision."
_UNION = r"(?:trade |labour |labor )?union"
_UNION_ROLE = (
    r"(?:member|membership|rep|representative|steward|shop steward|official|officer|organiser|organizer|activist"
    r"|activity|activities|involvement|background|history|sympathy|sympathies|work|role|card|ties|affiliation"
    r"|convenor|leanings)"
)
RULES += flatten(
    [
        _rl(
            "union_activity",
            [
                (
                    "union unions",
                    rf"(?:your |you (?:be|were|was|'re|have be|'ve be) (?:a |an )?"
                    rf"(?:active |former |long - time |known )?)"
                    rf"(?:(?!student|european|credit)[\w-]+ ){{0,2}}?(?:history as an? |time as an? |role as an? "
                    rf"|background as an? )?{_UNION} {_UNION_ROLE}s?\b",
                ),
                (
                    "union unions",
                    rf"(?:your|you) (?:[\w-]+ ){{0,3}}?(?:as|being) (?:an? )?"
                    rf"(?:(?!student|european|credit)[\w-]+ )?{_UNION}"
                    rf" {_UNION_ROLE}s?\b",
                ),
                (
                    # a union by name (round 64: "you're an active Unite rep")
                    "unite unison gmb rmt neu nasuwt ucu usdaw pcs cwu aslef fbu teamsters seiu uaw rcn bma",
                    r"(?:unite|unison|gmb|rmt|neu|nasuwt|ucu|usdaw|pcs|cwu|aslef|fbu|teamsters|seiu|uaw|rcn|bma) "
                    r"(?:rep|representative|steward|member|membership|organiser|organizer|official|activist"
                    r"|convenor)s?\b",
                ),
                (
                    "unionise unionize unionised unionized unionising unionizing",
                    r"you (?:[\w'-]+ ){0,3}?unioni[sz](?:e|ing)\b",
                ),
            ],
            _UNION_MSG + " “{phrase}” names the candidate's union role.",
            _UNION_SUGGEST,
        ),
    ]
)


# --- round 50: religious days off set against availability (lemma rules) -------------------------------------------
# "Since you'd need Friday afternoons and certain festivals off, another candidate was more available": the days a
# faith keeps are a proxy for the faith. "The rota gives everyone two festivals off a year" names no one's need.
_FEAST = (
    r"(?:(?:religious |holy |feast |certain |particular )?(?:festival|holy day|feast day|sabbath|shabbat|eid|diwali"
    r"|passover|yom kippur|rosh hashanah|vaisakhi|ramadan|friday prayer|jummah|religious holiday))"
)
RULES += flatten(
    [
        _rl(
            "religious_days_off",
            [
                (
                    "festival holy feast sabbath shabbat eid diwali passover yom rosh vaisakhi ramadan jummah"
                    " religious",
                    r"(?:you|you 'd|you would|you 'll|you will|you might|you may|your) (?:[\w'-]+ ){0,3}?(?:need|want"
                    r"|take|require|ask for|request|have|observe|keep) (?:[\w'-]+ ){0,5}?"
                    rf"{_FEAST}s? (?:[\w'-]+ )?off\b",
                ),
                (
                    "festival holy feast sabbath shabbat eid diwali passover yom rosh vaisakhi ramadan jummah"
                    " religious",
                    r"(?:you|you 'd|you would|you 'll|you will|you might|you may) (?:[\w'-]+ ){0,3}?(?:need|want"
                    rf"|take|require|ask for|request) (?:time|day|leave) off (?:for|during|at|over) {_FEAST}s?\b",
                ),
                (
                    "prayer prayers festival holy feast sabbath shabbat eid diwali passover yom rosh vaisakhi ramadan"
                    " jummah"
                    " religious",
                    r"you(?: 'd| would| will| 'll| might)? (?:need|want|require|ask for|request) (?:[\w'-]+ ){0,2}?"
                    r"(?:cover|time off|time out|break|leave|release|shift swap)s? (?:for|during|at|over|on) "
                    rf"(?:[\w'-]+ ){{0,2}}?(?:prayer|{_FEAST})s?\b",
                ),
            ],
            _RELIGION_MSG + " “{phrase}” makes the days the candidate's faith keeps part of the decision.",
            _RELIGION_SUGGEST,
        ),
    ]
)


# --- rounds 51-52: a festival against the busy season, time out for treatment, a due date (lemma rules) -------------
# Look-alikes kept clean in the tests: "your Eid menu for our busiest month was well costed", "you're due to finish
# your NVQ in March", "the treatment plan you wrote for the case study had a gap".
_MONTH_OR_SEASON = (
    r"(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|the new year|a few (?:week|month)|(?:a|two|three|four|five|six) (?:week|month)|the \w+ month)"
)
RULES += flatten(
    [
        _rl(
            "festival_in_busy_season",
            [
                (
                    "festival holy feast sabbath shabbat eid diwali passover yom rosh vaisakhi ramadan jummah"
                    " religious",
                    rf"(?:with|given|since|because|as|and) {_FEAST}s? (?:fall|land|come|be|coincide|clash)\w* "
                    r"(?:[\w'-]+ ){0,5}?(?:busy|busiest|peak|key|critical|launch|year - end|quarter|rush|season)\b",
                ),
            ],
            _RELIGION_MSG + " “{phrase}” sets the candidate's religious festival against the job's calendar.",
            _RELIGION_SUGGEST,
        ),
        _rl(
            "time_out_for_treatment",
            [
                (
                    "treatment surgery operation rehab rehabilitation recovery therapy chemo chemotherapy",
                    r"(?:your|you (?:have|had|take|took|'ve|'d)) (?:[\w'-]+ ){0,3}?(?:gap|break|time off|time out"
                    r"|absence|leave|year off|months off|spell off|sabbatical|career break)s? (?:[\w'-]+ ){0,3}?(?:for"
                    r"|during|after|because of|due to) (?:your |medical |cancer |hospital |a course of |an? )?"
                    r"(?:treatment|surgery|operation|rehab|rehabilitation|recovery|therapy|chemo|chemotherapy)\b",
                ),
            ],
            _HEALTH_MSG + " “{phrase}” makes the candidate's treatment part of the decision.",
            _HEALTH_SUGGEST,
        ),
        _rl(
            "due_date",
            [
                (
                    "due",
                    rf"(?:you|she) (?:be|'re) (?:due|expect) (?:in |around |this |next |at the end of |early |late "
                    rf"|mid - |towards the end of )(?:the )?{_MONTH_OR_SEASON}\b(?! to\b)",
                ),
            ],
            _FAMILY_MSG + " “{phrase}” refers to the candidate's due date.",
            _FAMILY_SUGGEST,
        ),
    ]
)


# --- rounds 53-54: what the candidate disclosed about their body (lemma rules) --------------------------------------
# "after what you told us about your back we didn't think it was fair to put you through it": a disclosed condition
# set against the job. "You told us about your back-office experience" is work.
RULES += flatten(
    [
        _rl(
            "disclosed_condition",
            [
                (
                    "tell told mention say disclose share",
                    r"(?:tell|told|mention|say|said|disclose|share) (?:us |we |me |i |the panel )?(?:about )?your "
                    r"(?:bad |dodgy |weak |sore |injured |recent )?(?:back|knee|hip|shoulder|joint|health|condition"
                    r"|eyesight|hearing|injury|diagnosis|illness|surgery|operation|asthma|migraine|wrist|neck|spine"
                    r"|leg|foot|feet|arm|lung|chest)s?\b(?![\s-]+(?:office|end|ground|story|catalogue|log|room"
                    r"|line)\b)",
                ),
            ],
            _HEALTH_MSG + " “{phrase}” makes a health condition the candidate disclosed part of the decision.",
            _HEALTH_SUGGEST,
        ),
    ]
)


# --- rounds 57-58: skin tone, going through transition, time off for an operation (lemma rules) ---------------------
# Look-alikes kept clean in the tests: "the skin-tone range in the foundation launch", "the team is going through a
# transition period after the merger", "the time off for your PRINCE2 course".
RULES += flatten(
    [
        _rl(
            "skin_tone",
            [
                (
                    "skinned skin",
                    r"(?:light|lighter|lightest|dark|darker|darkest|fair|fairer|pale|paler|olive|brown)(?: -)? skin"
                    r"(?:ned)?(?! (?:range|shade|match|foundation|product|care|tone range|swatch|type|condition|cancer"
                    r"|check|serum|cream|line|model|dataset|sample))\b",
                ),
            ],
            _RACE_MSG + " “{phrase}” describes people by their skin colour.",
            "Leave race out entirely and describe the job-related evidence the decision rests on.",
        ),
        _rl(
            "going_through_transition",
            [
                (
                    # "now that you've told us you're transitioning" (round 67); not "transitioning to a new role"
                    "transition transitioning",
                    r"(?:you|she|he|they) (?:be|'re) (?:currently |now |in the process of |actively )?transition"
                    r"(?:ing)?\b(?! (?:to|from|into|out of|between|the|our|your|a|an|away|over|across|back)\b)",
                ),
                (
                    "transition transitioning",
                    r"(?:you|she|he|they) (?:be |'re |'ve be |have be )?(?:go|going|be going) through (?:a |your |the "
                    r"|her |his |their |gender |medical )?transition(?! (?:period|phase|plan|programme|program|team"
                    r"|project|to |from |of |in ))",
                ),
                (
                    "transition",
                    r"(?:mid|during|after|before|since|given) (?:your |her |his |their )(?:gender |medical )?transition"
                    r"(?! (?:period|phase|plan|programme|program|team|project|to |from |of |in ))",
                ),
            ],
            "Refers to gender reassignment, a protected characteristic."
            + " “{phrase}” makes the candidate's transition part of the decision.",
            "Leave it out; describe the job-related evidence the decision rests on.",
        ),
        _rl(
            "time_off_for_your_treatment",
            [
                (
                    "treatment surgery operation rehab rehabilitation recovery therapy chemo chemotherapy",
                    r"(?:time off|time out|absence|leave|gap|break|month off|week off|year off)s? (?:[\w'-]+ ){0,2}?"
                    r"(?:for|during|after|because of|due to) your (?:[\w'-]+ )?(?:treatment|surgery|operation|rehab"
                    r"|rehabilitation|recovery|therapy|chemo|chemotherapy|illness|condition)\b",
                ),
            ],
            _HEALTH_MSG + " “{phrase}” makes the candidate's treatment part of the decision.",
            _HEALTH_SUGGEST,
        ),
    ]
)


# --- rounds 61-62: a particular passport, prayer time against the rota, a grandad on Slack (lemma rules) ------------
# Look-alikes kept clean in the tests: "we'll need to see your passport or share code for the right-to-work check",
# "the prayer times widget in the app", "the pensioner in the role-play".
_PASSPORT = (
    r"(?:british|english|uk|us|american|irish|scottish|welsh|eu|european|australian|canadian|french|german|local"
    r"|domestic)"
)
_ELDER = (
    r"(?:grandad|granddad|grandpa|granny|grandma|nan|nana|gran|pensioner|old - timer|old timer|boomer|oap|codger"
    # round 72: "a grandmother taking up drone flying"
    r"|grandmother(?= (?:take|try|learn|start|get|pick)\b)|grandfather(?= (?:take|try|learn|start|get|pick)\b))"
)
RULES += flatten(
    [
        _rl(
            "particular_passport",
            [
                (
                    "passport passports",
                    rf"(?:need|require|want|ask for|see|hold|have|with|without|only)\w* (?:to see )?(?:a |your |an )?"
                    rf"{_PASSPORT} passport",
                ),
            ],
            _ORIGIN_MSG + " “{phrase}” asks for one nationality; the right to work can be shown many ways.",
            "Ask every candidate for proof of the right to work (any accepted document), not a particular passport.",
            unless=r"\b(?:or (?:a |an |your )?(?:visa|share code|right to work|biometric|residence|settled|brp|other"
            r" (?:document|proof)))",
        ),
        _rl(
            "prayer_against_the_rota",
            [
                (
                    "prayer prayers festival holy feast sabbath shabbat eid diwali passover yom rosh vaisakhi ramadan"
                    " jummah religious",
                    rf"(?:prayer|prayer time|prayer break|{_FEAST})s? (?:[\w'-]+ ){{0,6}}?(?:work around|fit around"
                    r"|fit with|fit in with|clash with|conflict with|around|alongside) (?:the |our |a )?(?:[\w'-]+ )?"
                    r"(?:rota|shift|schedule|service|roster|timetable|lunch rush|dinner service)\b",
                ),
            ],
            _RELIGION_MSG + " “{phrase}” sets the candidate's religious observance against the job.",
            _RELIGION_SUGGEST,
        ),
        _rl(
            "an_elder",
            [
                (
                    "grandad granddad grandpa granny grandma nan nana gran pensioner timer boomer oap codger"
                    " grandmother grandfather",
                    rf"(?:a|some|like a|like an|the|another) (?:[\w'-]+ )?{_ELDER}\b(?! (?:in the|from the|at the"
                    rf"|on the)"
                    r" (?:role - play|roleplay|case study|scenario|exercise|simulation|video|script))",
                ),
            ],
            _AGE_MSG + " “{phrase}” casts the candidate as old.",
            _AGE_SUGGEST,
        ),
    ]
)


# --- rounds 63-64: still learning English, local lads (lemma rules) ---------------------------------------------------
# Look-alikes kept clean in the tests: "the English literature module", "your written English in the report was
# clear", "working with British Sign Language users".
RULES += flatten(
    [
        _rl(
            "learning_english",
            [
                (
                    "english",
                    r"(?:people|someone|somebody|candidate|those|anyone|you|applicant)s? (?:who (?:be|'re) )?(?:still"
                    r" )?"
                    r"(?:get to grips? with|getting to grips? with|learn|learning|new to|pick up|picking up|struggle"
                    r" with"
                    r"|struggling with) (?:the )?english(?! (?:law|literature|grammar test|test|module|curriculum))\b",
                ),
            ],
            _ORIGIN_MSG + " “{phrase}” makes a second language part of the decision.",
            "If the role needs a level of English, say which task needs it and what you saw in the assessment.",
        ),
        _rl(
            "local_lads",
            [
                (
                    "lad lads bloke blokes guy guys fella fellas boy boys girl girls lass lasses",
                    r"(?:british|english|scottish|welsh|irish|uk|american|local|native|polish|foreign|white|asian"
                    r"|black)"
                    r" (?:lad|bloke|guy|fella|boy|girl|lass)s?\b",
                ),
            ],
            _ORIGIN_MSG + " “{phrase}” describes the people the candidate would join by origin and sex.",
            "Describe the job-related skill or experience instead.",
        ),
    ]
)


# --- rounds 65-66: straight out of uni (lemma rules) ----------------------------------------------------------------
# Kept clean: "your dissertation, straight out of uni, was impressive" (no person preferred). Known limit: a scheme
# that takes "people straight from university and from apprenticeships alike" is flagged too.
RULES += flatten(
    [
        _rl(
            "straight_out_of_uni",
            [
                (
                    "straight fresh just newly right",
                    r"(?:someone|somebody|a candidate|a graduate|people|a person|an applicant) (?:[\w'-]+ ){0,4}?"
                    r"(?:straight|fresh|just|newly|right) (?:out of|from|off) (?:uni|university|college|school"
                    r"|sixth form|their degree)\b",
                ),
            ],
            _AGE_MSG + " “{phrase}” prefers someone at the start of adult life.",
            _AGE_SUGGEST,
        ),
    ]
)


# --- rounds 67-68: by birth, a gap for burnout (lemma rules) -------------------------------------------------------
RULES += flatten(
    [
        _rl(
            "by_birth",
            [
                (
                    "birth",
                    r"(?:people|someone|somebody|candidate|linguist|staff|worker|applicant|speaker|those|who be|who are"
                    r"|who is) (?:[\w'-]+ ){0,3}?by birth\b",
                ),
            ],
            _ORIGIN_MSG + " “{phrase}” prefers people by where they were born.",
            _ORIGIN_SUGGEST,
        ),
        _rl(
            "gap_for_burnout",
            [
                (
                    "burnout burn breakdown exhaustion stress depression anxiety",
                    r"(?:gap|break|time off|absence|leave|year off|month off|time out)s? (?:[\w'-]+ ){0,4}?(?:for|with"
                    r"|because of|due to|after) (?:what you (?:describe|call|called|described) as )?(?:burnout|burn -"
                    r" out"
                    r"|a breakdown|exhaustion|stress|depression|anxiety)\b",
                ),
            ],
            _MENTAL_MSG + " “{phrase}” makes a mental health absence part of the decision.",
            _HEALTH_SUGGEST,
        ),
    ]
)


# --- rounds 73-74: told to go back home (lemma rules) ---------------------------------------------------------------
# Look-alikes kept clean in the tests: "you can go back home after the induction", "we'll send the go-back-home travel
# pack".
RULES += flatten(
    [
        _rl(
            "go_back_home",
            [
                (
                    "back",
                    r"^\W*(?:just |maybe |perhaps )?go back (?:home|to (?:your|where you) (?:own )?(?:country"
                    r"|come from))(?: and| first| before)\b"
                    # round 79: "so maybe go back home and teach there instead"
                    r"|\b(?:maybe|perhaps|just|should|could) go back (?:home|to (?:your|where you) (?:own )?(?:country"
                    r"|come from))\b",
                ),
            ],
            _ORIGIN_MSG + " “{phrase}” tells the candidate to leave the country.",
            _ORIGIN_SUGGEST,
        ),
    ]
)


# --- rounds 79-80: a forty-five-year-old, subtitles for an accent, a group already represented among the staff (lemma
# rules) -------------------------------------------------------------------------------------------------------------
# Look-alikes kept clean in the tests: "the case study's patient was a 78-year-old man", "subtitles on the training
# videos", "women are under-represented in our applicant pool, so we advertise on ...".
RULES += flatten(
    [
        _rl(
            "an_age_as_a_person",
            [
                (
                    "old",
                    r"\b(?:watch|see|hire|have|take on|employ|want|need|prefer) (?:a|an|some) (?:twenty|thirty|forty"
                    r"|fifty|sixty|seventy|[2-7]\d)(?: - \w+)? - year - old\b",
                ),
            ],
            _AGE_MSG + " “{phrase}” points at the candidate's age.",
            _AGE_SUGGEST,
        ),
        _rl(
            "subtitles_for_an_accent",
            [
                (
                    "subtitle subtitles",
                    r"(?:have to|need to|would need to|'d have to|'d need to|have to|would have to) (?:put|add|turn on)"
                    r" subtitle (?:on|for|to) (?:you|someone|him|her|them|they)\b"
                    r"|\bnot someone we 'd have to put subtitle on\b",
                ),
            ],
            _ORIGIN_MSG + " “{phrase}” mocks how the candidate speaks, which is tied to where they are from.",
            _ORIGIN_SUGGEST,
        ),
        _rl(
            "already_represented",
            [
                (
                    "represent",
                    r"\b(?:already |well |over |heavily |sufficiently )+(?:- )?represent (?:among|in|on|across)"
                    r" (?:our|the)"
                    r" (?:staff|team|workforce|department|office|crew|company)",
                ),
            ],
            "Refers to a group's share of the staff: choosing against a candidate because people like them are "
            "“{phrase}” is a decision on a protected characteristic.",
            "Judge each candidate against the role's criteria; describe the job-related evidence the decision rests"
            " on.",
        ),
    ]
)


# --- rounds 81-82: one of our own congregation (lemma rules) ----------------------------------------------------------
RULES += flatten(
    [
        _rl(
            "our_own_congregation",
            [
                (
                    "congregation parish church mosque synagogue temple gurdwara",
                    r"\b(?:from|within|in|of) (?:within )?our (?:own )?(?:congregation|parish|church|mosque|synagogue"
                    r"|temple|gurdwara|faith community)\b(?! (?:hall|roof|building|accounts?|office|kitchen|car park))",
                ),
            ],
            _RELIGION_MSG + " “{phrase}” prefers someone of the employer's own faith.",
            _RELIGION_SUGGEST,
        ),
    ]
)


# --- rounds 83-84: caste (lemma rules)
# ---------------------------------------------------------------------------------
RULES += flatten(
    [
        _rl(
            "caste",
            [
                (
                    "brahmin brahmins brahman dalit dalits caste castes jati",
                    r"\b(?:brahmin|brahman|dalit|jati)s?\b|\bcaste(?! (?:iron|aside))\b",
                ),
            ],
            "Refers to caste, which many places protect with race or religion. “{phrase}” brings caste into the"
            " decision.",
            "Leave caste and family background out; describe the job-related evidence the decision rests on.",
        ),
    ]
)
