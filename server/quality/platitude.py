"""platitude: stock rejection phrases that say nothing the candidate can act on.

Courtesy is welcome; the problem is a sentence that stands in for the feedback. Each rule names what
the phrase leaves out and what to write instead. Phrases that announce a mismatch ("your background
doesn't match") are left alone when the same sentence goes on to name it (a colon, "because", "the
role needs ...").
"""

from __future__ import annotations

from .engine import flatten, rule, rules


def _p(name, anchors, pattern, message, suggestion, **context):
    return rule("platitude", name, anchors, pattern, message, suggestion, **context)


def _ps(name, parts, message, suggestion, **context):
    return rules("platitude", name, parts, message, suggestion, **context)


# Shared fragments -----------------------------------------------------------------------------------
_NEG = (
    r"(?:(?:is|are|was|were|does|do|did|has|have|had|would|will|could|can)(?:n't| not)|isn't|aren't|wasn't|weren't"
    r"|doesn't|don't|didn't|won't|wouldn't|cannot|can't|not)"
)
_PROFILE = (
    r"(?:background|experience|skills?|skill~set|profile|qualifications?|application|candidacy|cv|resume"
    r"|portfolio|expertise|track record|previous roles?|work history)"
)
_PEOPLE = r"(?:candidates?|applicants?|people|persons?|individuals?|finalists?|profiles?|folks)"
_WE = r"(?:we|I|the (?:team|panel|company|hiring team|hiring manager|committee|interviewers))"
# The sentence goes on to say what the mismatch is: then the phrase is not empty.
_SPECIFIC_AFTER = (
    r"[^.!?\n]{0,90}?(?:[:;(]|\bbecause\b|\bsince\b|\bfor example\b|\be\.g\.|\bspecifically\b|\bin particular\b|"
    r"(?<!what\sthe\s)(?<!what\sour\s)\b(?:role|job|position|team) (?:needs|requires|calls for|asks for)\b|\bwe need"
    r"(?:ed)? (?:someone )?(?:with|who)\b|\bespecially\b|\bnamely\b)"
)
# The chosen person's experience, named: "we chose someone with more experience of major donor fundraising"
# says what the comparison was about (not "more experience in the field" or "in a similar role").
# What the chosen person has done, as a past participle ("had already cut a feature-length documentary").
_DONE = (
    r"(?:[a-z]+ed|run|built|led|taught|done|written|drawn|grown|won|made|held|sold|driven|flown|spent|kept|taken|cut"
    r"|shot|sung|begun|ridden)"
)
_NAMED_EXPERIENCE = (
    r"\s+(?:(?:had|has|have|brought|brings|bring|showed|offered) )?"
    r"(?:(?:a lot|much|far|rather|slightly|a bit|a little) )?"
    r"(?:more|deeper|longer|broader|stronger|wider|direct|hands-on|proven|prior|previous|recent|extensive) (?:\w+ )?"
    r"(?:experience|background|track record|exposure|grounding|expertise) (?:of|in|with|on|across"
    # or any work named by its verb: "direct experience commissioning battery storage" (round 23)
    r"|(?!(?:being|having|working|doing|getting|going)\b)[a-z]{3,}ing) "
    r"(?!(?:the|this|that|our|a|an|such|these|your) (?:\w+ )?(?:role|job|position"
    r"|field|area|industry|sector|kind|type|work|space|team|domain|company|business)s?\b|(?:similar|comparable"
    r"|relevant|related|this|that|these) \w+|what\b|our\b|the (?:right|required|relevant|necessary)\b)"
    r"(?:[a-z]{3,}|[a-z]-[a-z]{3,})"  # "teaching A-level chemistry" (round 25)
    # or what the chosen person has done: "someone who had led a night team before", "the successful candidate
    # already held it" (round 26)
    r"|\s+(?:(?:has|had|'s|'d|have) (?:already |previously |recently |actually |also )?|(?:already|previously|also) )"
    rf"(?!been\b|shown\b|proven\b){_DONE}\b"
    # or what they did in the process (round 46: "the successful candidate put numbers behind every recommendation")
    r"|\s+(?:put|quantified|costed|priced|named|included|walked (?:us|the panel) through|brought|cited|modelled|modeled"
    r"|sketched|drafted|mapped|benchmarked|flagged|spotted|caught|identified|noticed|raised|found|fixed|solved)"
    r" (?!(?:a |an )?(?:more|better|stronger|slightly|much|far|greater|good|great"
    r"|strong|real|genuine|lots|energy|enthusiasm|passion|the (?:best|strongest|most))\b)[a-z]+"
    # or the kind of experience, named before the word (round 13): "someone with more pastry experience"
    r"|\s+(?:(?:(?:a lot|much|far|rather|slightly|a bit|a little) )?(?:more|deeper|longer|stronger|direct|proven|prior"
    # "someone with hands-on superconducting qubit experience" (round 41)
    r"|previous|recent|extensive|hands-on|practical|first-hand|commercial|professional) )?(?!(?:relevant|related"
    r"|similar|comparable|industry|sector|field|role|job|work"
    r"|practical|specific|overall|general|professional|commercial|real|actual|hands-on|wider|broader|prior|previous"
    r"|recent|direct|proven|extensive|life|working|the|this|that|such|more|strong|stronger|good|great|solid|much"
    r"|significant|substantial|considerable|deep|deeper|broad|wide|longer|plenty|lots|some|enough|sufficient"
    r"|appropriate|necessary|required|right|better|best|further|additional|extra|lived|valuable|useful|greater"
    r"|senior|junior|experience)\b)[a-z]{4,}(?:-[a-z]+)?"
    # or two or three words naming it: "more accessibility testing experience" (round 21), "offshore wind turbine
    # experience"
    r"(?: (?!(?:relevant|related|similar|comparable|industry|sector|field|role|job|work|practical|specific|overall"
    r"|general|professional|commercial|real|actual|working|the|this|that|such)\b)[a-z]{4,}){0,2} "
    r"(?:experience|expertise|background|track record)\b"
)
_CLAUSE_END = (
    r"(?=\s*(?:[.,;:!?)\"]|$)|\s+(?:for (?:us|you|the (?:team|role|position|job|company|organi[sz]ation|business)"
    r"|this (?:team|role|position|job|company)|our (?:team|company|needs|culture|organi[sz]ation|business|requirements"
    r"|role|position))|with (?:us|the team|our (?:team|company|culture))|overall|here|right now|at (?:this|the moment"
    r"|present)|out there|in the end|ultimately|but|and|though|however|after all|for now|this time)\b)"
)

RULES = flatten(
    [
        # --- we went with someone else -----------------------------------------------------------------
        _p(
            "chose_someone_else",
            "go goes going gone went move moved moving proceed* continu* pursu* progress* hir* select* choose chose "
            "chosen choosing settle* opt opted decide decided extend* offer* advanc*",
            r"(?:(?:decided|chosen|chose|opted|elected|made the decision|have decided) to )?"
            r"(?:go|goes|going|gone|went|mov(?:e|ed|ing)(?: (?:forward|ahead|on))?|proceed(?:ed|ing)?|continu"
            r"(?:e|ed|ing)|pursu(?:e|ed|ing)|progress(?:ed|ing)?|hir(?:e|ed|ing)|select(?:ed|ing)?|cho"
            r"(?:ose|se|sen|osing)|settle[ds]? on|opt(?:ed)? for|decided? on|extend(?:ed)? (?:an )?offers? to"
            r"|offer(?:ed|ing)? (?:the|this) (?:role|position|job|post) to|advanc(?:e|ed|ing)) (?:(?:with|for|on|to) )?"
            r"(?:(?:another|other|(?:a|the|an) (?:different|other|stronger|more suitable|more qualified"
            rf"|more experienced)|one of the other|the other) (?:\w+ )?{_PEOPLE}"
            r"|someone else|somebody else|another (?:one|person)|(?:an?|other|the) (?:\w+ )?"
            r"(?:candidates?|applicants?|persons?|people) (?:who|whose|that|with)"
            r"|(?:someone|somebody) (?:who|whose|with|that))",
            "“{phrase}” says a decision was made, not why: the candidate learns nothing they can act on.",
            "Say what the role needed and where the candidate's evidence fell short of it (e.g. “the role needs "
            "production Kubernetes; in the design round you hadn't run a cluster yourself”). Don't describe the other "
            "person.",
            not_after=_NAMED_EXPERIENCE,
        ),
        _p(
            "someone_else_selected",
            "another other different candidate candidates applicant applicants person",
            rf"(?:another|other|a different) {_PEOPLE} (?:was|were|has been|have been|had been) "
            r"(?:selected|chosen|hired|offered|preferred|picked)",
            "Telling the candidate someone else was picked explains nothing about their own application.",
            "Name the job-related gap: which skill or experience the role needed and where it showed in the process.",
        ),
        _p(
            "other_candidate_won",
            "edged edge pipped beat ahead top",
            r"(?:other|another|the other|a different|stronger) (?:candidate|applicant|finalist|person|profile)s? "
            r"(?:\w+ )?(?:edged (?:it|you|ahead|out)|pipped you|beat you|came out (?:ahead|on top)|had the edge"
            r"|just edged)",
            "“{phrase}” is about someone else; it doesn't tell the candidate what was missing.",
            "Name what would have given the candidate the edge: the specific skill or evidence the role needed.",
        ),
        _ps(
            "not_moving_forward",
            [
                (
                    "moving move proceed proceeding progress progressing continue continuing pursue "
                    "pursuing advance advancing",
                    rf"(?:{_NEG}|unable to|not able to|decided not to|chosen not to|choose not to|decided against) "
                    r"(?:be )?(?:(?:moving|move) (?:forward|ahead)|proceed(?:ing)?|progress(?:ing)?|continu"
                    r"(?:e|ing)|pursu(?:e|ing)|advanc(?:e|ing))"
                    r" (?:further )?with (?:your|you|this|the) ?(?:application|candidacy|cv|resume)?",
                ),
                (
                    "progress progressing take taking advance advancing move moving consider considering things",
                    rf"(?:{_NEG}|unable to|not able to|decided not to) "
                    r"(?:be )?(?:progress(?:ing)?|tak(?:e|ing)|advanc(?:e|ing)|mov(?:e|ing)|consider(?:ing)?)"
                    r" (?:(?:your|this|the) (?:application|candidacy|cv|resume)(?: (?:any )?(?:further|forward))?|"
                    r"(?:it|things|this) (?:any )?(?:further|forward))",
                ),
                (
                    "next stage round step phase",
                    r"(?:not|n't|not be|won't be|will not be|unable to|not able to) "
                    r"(?:progress(?:ed|ing)?|mov(?:e|ed|ing)|advanc(?:e|ed|ing)|go(?:ne|ing)?|proceed(?:ed|ing)?|invit"
                    r"(?:e|ing) you|tak(?:e|ing) you|put(?:ting)? you)"
                    r" (?:(?:on|forward|through|further) )?(?:to|into|through to) the next (?:stage|round|step|phase)",
                ),
                (
                    "offer",
                    r"(?:not|n't|not be|won't be|will not be|unable to|not able to) "
                    r"(?:moving|move|proceed(?:ing)?|progress(?:ing)?|go(?:ing)?|getting|get) "
                    r"(?:to|forward to|on to|ahead (?:to|with)|through to) (?:an|the) offer(?: stage)?",
                ),
                (
                    "position",
                    r"not in a position to (?:take|progress|move|offer|proceed|continue|advance)"
                    r"(?: (?:you|with you|your application|your candidacy|it))?(?: (?:forward|further))?",
                ),
                (
                    "close closing closed withdraw withdrawing archive archiving archived",
                    r"(?:close|closing|closed|withdraw|withdrawing|archive|archiving|archived) (?:your|this) "
                    r"(?:application|candidacy)",
                ),
                (
                    "offer offering",
                    rf"(?:{_NEG}|unable to|not able to|decided not to|not in a position to) "
                    r"(?:be )?(?:able to )?offer(?:ing)? you (?:the|this|a|an) (?:position|role|job|offer)",
                ),
                (
                    "decided chosen elected opted",
                    rf"{_WE}(?: have| has| had|'ve|'d| will|'ll)? (?:\w+ )?(?:decided|chosen|elected|opted) "
                    r"(?:not to|against) (?:mov|proceed|progress|continu|pursu|advanc|go|tak)\w*"
                    r"(?: (?:forward|ahead|further))?",
                ),
                (
                    "forward ahead further",
                    rf"{_WE}(?: will not| won't|'ll not| are not|'re not| aren't| cannot| can't| won't be| will not be"
                    r"| are not going to|'re not going to)"
                    r" (?:be )?(?:moving|move|going|proceeding|proceed|progressing|progress) "
                    r"(?:forward|ahead|further)",
                ),
            ],
            "“{phrase}” announces the outcome but gives no reason for it.",
            "Keep the decision short and spend the words on the reason: the one or two job-related gaps that decided "
            "it, with the moment in the process where they showed.",
        ),
        _p(
            "pass_on",
            "pass",
            r"(?:going to|will|decided to|have to|had to|we'll|I'll) pass on (?:your|this) "
            r"(?:application|candidacy|profile)",
            "“{phrase}” is a polite no with nothing behind it.",
            "Say which requirement of the role was not met and what in the process showed it.",
        ),
        _p(
            "different_direction",
            "direction way route",
            r"(?:go|going|gone|went|head(?:ed|ing)?) (?:in )?(?:a|another|one|the other) "
            r"(?:(?:different|other|new) )?(?:direction|way|route)"
            r"|(?:move|moving|moved|take|taking|took|taken|steer(?:ed|ing)?|chosen|choose|chose|choosing) "
            r"(?:in )?(?:a|another) (?:(?:different|new|other) )?direction",
            "“{phrase}” is a stock phrase that hides the actual reason.",
            "Describe the direction in job terms: what the role now needs (a skill, a scope, a level) and how the "
            "candidate's experience compares.",
        ),
        _p(
            "unsuccessful",
            "successful unsuccessful selected shortlisted chosen",
            r"(?:(?:have|has|were|was|are)(?:n't| not)(?: been)?|haven't been|hasn't been|weren't|wasn't) "
            r"(?:successful|selected|shortlisted|chosen)(?: (?:on this occasion|this time|at this (?:time|stage)))?"
            r"|(?:application|candidacy) (?:was|has been|is|were) (?:unsuccessful|not successful|declined|rejected)"
            r"|unsuccessful",
            "“{phrase}” repeats the outcome without the reason behind it.",
            "After the outcome, give the reason: what the role required and the evidence from the interviews.",
        ),
        _p(
            "regret_to_inform",
            "regret sorry",
            r"(?:(?:(?:we|I) )?regrets? to|(?:we're|we are|I'm|I am|we were|I was) sorry to)"
            r" (?:inform you|tell you|let you know|say|advise you|share|report)",
            "“{phrase}” is template wording; on its own it carries no feedback.",
            "Open plainly (“We're not offering you the role.”) and move straight to the specific reason.",
        ),
        _p(
            "careful_consideration",
            "consideration deliberation review thought discussion considered reviewed weighed deliberated",
            r"(?:after|following|upon|with) (?:(?:very|much|a lot of|a great deal of) )?"
            r"(?:careful|much|thorough|long|lengthy|serious|extensive|great|a lot of) "
            r"(?:consideration|deliberation|review|thought|discussion)s?"
            r"|(?:carefully|thoroughly) (?:considered|reviewed|weighed)|deliberated",
            "“{phrase}” tells the candidate the decision was hard, not what it rested on.",
            "Replace it with what the panel actually weighed: the requirement, and what they saw in the "
            "candidate's work or answers.",
        ),
        _p(
            "difficult_decision",
            "decision decisions call choice choices easy close race torn",
            r"(?:(?:very|really|incredibly|extremely|quite|such a|a|an|some|many) )*"
            r"(?:difficult|tough|hard|close|tight|painful) (?:decision|call|choice|race)s?"
            r"|(?:not|n't|never) (?:an? )?easy (?:decision|call|choice)"
            r"|(?:decision|call|choice) (?:was|is) (?:a )?"
            r"(?:(?:very|really|incredibly|extremely|so|truly|genuinely|particularly) )?(?:close|difficult|hard|tough)"
            r"(?: one)?|judge?ment call|(?:a|such a) (?:(?:very|really) )?close one"
            r"|(?:were|was|felt) (?:(?:genuinely|really|truly|very|so) )?torn"
            r"|(?:you were|you came|it was) (?:(?:very|so|really|incredibly|extremely) )close(?! to)",
            "“{phrase}” is about the employer's feelings; it gives the candidate nothing to work with.",
            "If it was close, say what would have tipped it: the one skill or piece of evidence that was missing.",
        ),
        _p(
            "competitive",
            "competitive competition",
            r"(?:(?:very|highly|extremely|incredibly|really|exceptionally|particularly|intensely|fiercely|quite|so"
            r"|such an?) )*competitive (?:process|field|search|pool|round|selection|hiring|recruitment|year|market"
            r"|position|application|opening|vacancy|role|shortlist)"
            r"|(?:was|is|been|were|it's) (?:(?:very|highly|extremely|incredibly|really|exceptionally|particularly|quite"
            r"|so) )*competitive(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|so|this|for|with)\b)"
            r"|competition (?:for (?:this|the) (?:role|position|job|vacancy|post|opening|place) )?(?:was|is|has been) "
            r"(?:(?:very|extremely|incredibly|really) )?(?:strong|fierce|stiff|tough|intense|high)",
            "“{phrase}” blames the field instead of explaining the decision.",
            "Say where this candidate stood against the role's requirements (not against other people): what was "
            "strong, what was missing.",
        ),
        _p(
            "many_applicants",
            "number volume pool field group slate shortlist cohort lineup line many lots lot plenty "
            "numerous several qualified response hundreds thousands dozens scores against range mix bunch "
            "only just pick choose select hire can could will",
            r"(?:large|high|huge|overwhelming|great|record|significant|unprecedented|big) (?:number|volume|amount) "
            r"of (?:(?:highly )?(?:qualified|strong|talented|excellent) )?"
            r"(?:applications|applicants|candidates|interest|responses)"
            r"|(?:strong|talented|qualified|impressive|deep|competitive|exceptional|excellent|great|fantastic"
            r"|amazing|wonderful|brilliant|terrific|incredible) "
            r"(?:pool|field|group|slate|set|shortlist|range|mix|bunch) of (?:candidates|applicants|people)"
            r"|(?:strong|talented|qualified|impressive|great|fantastic|amazing|wonderful|brilliant) "
            r"(?:pool|field|group|range|mix|bunch) of (?:\w+ ){0,2}?\w+s "
            r"(?:apply|applied|applying|interview(?:ed|ing)?|come forward)"
            r"|(?:only|just) (?:one|a single) (?:role|position|place|opening|vacancy|spot|hire)"
            r"(?=\s*(?:[.,;!?]|$|to fill|available))|(?:pick|choose|select|hire) (?:just |only )?(?:one|a single) "
            r"(?:person|candidate|applicant)"
            # "there can only be one successful applicant for each vacancy" (round 43)
            r"|(?:can|could|will) only (?:ever )?be (?:one|a single) (?:successful |winning )?"
            r"(?:person|candidate|applicant|winner|appointment|hire|offer)|(?:pool|field) of (?:candidates"
            r"|applicants) (?:was|is) "
            r"(?:(?:very|incredibly|really|extremely|exceptionally) )?(?:strong|deep|talented|competitive)"
            r"|(?:many|so many|lots of|a lot of|plenty of|numerous|several) "
            r"(?:(?:very|really|highly|exceptionally) )?"
            r"(?:strong|great|qualified|talented|excellent|impressive|good) "
            r"(?:applicants|candidates|people|applications|profiles)"
            r"|(?:highly|very|extremely|exceptionally|well) qualified (?:people|candidates|applicants|individuals)"
            r"|(?:hundreds|thousands|dozens|scores) of (?:applications|applicants|candidates|cvs|resumes|responses)"
            r"|(?:strong|impressive|competitive|talented|deep|great|excellent|exceptional|tough) "
            r"(?:shortlist|field|pool|slate|cohort|line~up)(?! of (?:tools|options|libraries))"
            r"|up against (?:some|a lot of|many|several|very|a number of|other|stiff|tough|strong|lots of)"
            r"|(?:amazing|great|huge|overwhelming|incredible|fantastic|strong|big|tremendous) response (?:to|for) "
            r"(?:this|the|our) (?:role|position|job|vacancy|opening|posting|advert)"
            r"|(?:so many|many|lots of) (?:(?:very|really|highly) )?(?:talented|qualified|strong|great) "
            r"(?:people|candidates|applicants) (?:applied|interviewed)",
            "“{phrase}” is about the other applicants; it says nothing about this one.",
            "Talk about this candidate only: which requirement they met, which they didn't, and where that showed.",
        ),
        _p(
            "fit",
            "fit match",
            r"(?:(?:the|a|an) )?(?:(?:right|good|great|strong|stronger|strongest|best|better|perfect|ideal|natural"
            r"|overall|close|closer|closest|obvious) )+fit"
            + _CLAUSE_END
            + r"|(?:culture|cultural|team|organi[sz]ational|personality)[-\s]fit|not (?:a|the) (?:\w+ )?fit"
            r"|(?:the )?fit (?:just |simply )?(?:was|is)(?:n't| not) (?:there|right)"
            r"|came down to fit|(?:fit|fit in) (?:with )?(?:our|the) (?:culture|team culture|values|vibe)"
            r"|(?:see|saw|feel|felt|sense|find|found|there is|there was|there's|was|is|wasn't|isn't)(?:n't)? "
            r"(?:a|the|any|much of a) (?:(?:right|good|strong|clear) )?match"
            r"(?! (?:for|between) (?:the|this|that|a|an|your) (?!role|position|job|team|company|profile))"
            r"|(?:see|saw|feel|felt|sense|find|found|there is|there was|there's|was|is|wasn't|isn't)(?:n't)? "
            r"(?:a|the|any|much of a) (?:(?:right|good|strong|clear) )?fit"
            r"(?! (?:for|between) (?:the|this|that|a|an|your) (?!role|position|job|team|company))",
            "“{phrase}” is the most common non-answer: fit is not a reason the candidate can act on, and "
            "“culture fit” can hide bias.",
            "Name the job-related gap: which skill or experience the role needed and where it showed in the process.",
        ),
        _p(
            "match",
            "match",
            r"(?:(?:the|a|an) )?(?:(?:right|good|great|strong|stronger|strongest|best|closest|better|closer|close"
            r"|perfect|ideal|slightly|overall|obvious|natural) )+match"
            + _CLAUSE_END
            + r"|not (?:a|the) (?:\w+ )?match|(?:it|this|that)(?:'s| was| is| were) (?:not )?(?:a|the right) match",
            "“{phrase}” says there was a gap without saying which one.",
            "Say what the role requires and which of those requirements the candidate's experience did not cover.",
            not_after=_SPECIFIC_AFTER,
        ),
        _p(
            "better_aligned",
            "match matches matched align aligns aligned fit fits fitted suit suits suited meet meets met "
            "correspond* qualified suitable placed positioned equipped prepared",
            rf"(?:who|whose \w+|{_PEOPLE}|someone|somebody) "
            rf"(?:\w+ ){{0,2}}?(?:more closely|more directly|better|closer) (?:match|align|fit|suit|meet|correspond)\w*"
            rf"|(?:{_PEOPLE}|someone|others) (?:\w+ )?better (?:placed|positioned|equipped|suited|qualified|prepared)"
            r"|suited (?:the|our) (?:team|role|needs|position|brief) better"
            r"|(?:match|matched|matches|met|meets|suited|suits|fit|fits|aligned|aligns) (?:our|the|your) "
            r"(?:needs|requirements|criteria|brief|profile) (?:more closely|better|best|most closely)"
            r"|(?:better|more)[-\s](?:suited|qualified|aligned|matched|suitable|placed|positioned|equipped) "
            r"(?:to|for|with) (?:the|this|our) (?:role|position|job|team|needs|requirements|company|vacancy|criteria)"
            r"|(?:more closely|better|closer) (?:match|align|fit)\w* (?:with )?(?:our|the|this) "
            r"(?:needs|requirements|role|position|criteria|team|profile)"
            r"|(?:matched|aligned|fitted|fit|suited|corresponded) (?:more closely|better|most closely|best) "
            r"(?:with|to) (?:our|the|this) (?:needs|requirements|role|position|criteria|team|profile)"
            r"|(?:requirements|needs|criteria|brief) (?:are|were|would be|will be) "
            r"(?:\w+ )?(?:better|more closely|best) (?:met|matched|served|fulfilled) by",
            "“{phrase}” compares the candidate with someone else instead of with the role.",
            "Say which requirement of the role mattered most and what the candidate showed (or didn't) against it.",
        ),
        _p(
            "stronger_candidates",
            "stronger better qualified suitable experienced relevant other another",
            r"(?:stronger|better|more qualified|more suitable|better[-\s]qualified|better[-\s]suited) "
            r"(?:candidates?|applicants?|profiles?|people)"
            r"|more (?:experienced|relevant|senior) (?:candidates?|applicants?)"
            r"|(?:the )?(?:other|another) (?:candidates?|applicants?|finalists?) "
            r"(?:(?:simply|just|ultimately) )?(?:had|has|have|were|was|showed|brought|demonstrated|offered)"
            # the other candidate's concrete experience is a reason (round 13): "had already cut a documentary"
            r"(?<!ha[ds](?= (?:already |previously |recently )?(?!been\b|shown\b|proven\b)"
            rf"{_DONE}\b))(?<!have(?= (?:already |previously |recently )?(?!been\b|shown\b|proven\b){_DONE}\b))"
            r"|(?:candidates?|applicants?|people|someone|somebody|others) (?:who|that) (?:were|was|are|is|had been) "
            r"(?:(?:simply|just|slightly|a bit|much) )?(?:more|better)[-\s]?"
            r"(?:qualified|suited|experienced|suitable|aligned)"
            rf"|{_PEOPLE} (?:\w+ )?(?:better|more closely) (?:met|meet|meets|matched|fit|suited) (?:our|the|your) "
            r"(?:needs|requirements|criteria|brief)",
            "“{phrase}” is about other people; the candidate can't learn from it.",
            "Describe the gap against the role itself: the skill or experience needed and where the "
            "candidate's answers fell short.",
            # ... unless it names what the other person had (round 23: "the other finalist simply had direct
            # agency experience").
            not_after=_NAMED_EXPERIENCE,
        ),
        _p(
            "profile_mismatch",
            "match matched align aligned meet meets fit suit suited line lines lined tally "
            "correspond map sit right what",
            rf"(?:your|the candidate's|his|her|their) (?:\w+ )?{_PROFILE}(?: [\w,]+){{0,4}}? {_NEG} "
            r"(?:(?:quite|fully|really|exactly|entirely|closely|a|the|right|just) )*"
            r"(?:match(?:ed)?|align(?:ed)?|meet|fit|suit(?:ed)?|in line|right|what|line up|lines up|lined up"
            r"|tally|correspond|map|sit)"
            # round 13: the profile praised, then "it" doesn't match ("however, it does not quite match what we
            # are looking for")
            rf"|(?:however,? |but |though )it {_NEG} (?:(?:quite|fully|really|exactly|entirely|closely) )*"
            r"(?:match(?:ed)?|align(?:ed)?|fit|suit(?:ed)?|meet) (?:with )?(?:what (?:we|the role|the team)|our "
            r"(?:needs|requirements|criteria|brief)|the (?:role|requirements|brief|criteria|needs))",
            "“{phrase}” says there is a mismatch without naming it.",
            "Name the mismatch: which part of the background the role needed (e.g. “three years running production "
            "PostgreSQL”) and what the candidate's experience covers instead.",
            not_after=_SPECIFIC_AFTER,
        ),
        _p(
            "not_the_right_one",
            "right strong enough",
            r"(?:not|\w+n't) (?:(?:quite|just|really|simply) )?the right "
            r"(?:one|role|position|opportunity|person|candidate|time|moment|profile)"
            r"(?: (?:for (?:you|us)|at (?:this|the) (?:time|moment)|right now))?"
            r"|(?:application|profile|candidacy|cv|resume|you)\b[^.!?]{0,40}?not (?:quite )?strong "
            r"enough(?! (?:in|at|with) \w)|(?:don't|do not|didn't|did not) (?:think|feel|believe) "
            r"(?:that )?(?:this|it|that)(?:'s| is| was| would be) (?:quite |really |necessarily )?the right "
            r"(?:one|role|position|opportunity|fit|match|move|time|step)",
            "“{phrase}” delivers the verdict without the reason.",
            "Say which requirement of the role wasn't met and what in the process showed it.",
        ),
        _p(
            "not_what_we_need",
            "looking need needs needed want wanted after mind",
            r"(?:not|\w+n't) (?:(?:quite|exactly|really|entirely|precisely) )?what "
            r"(?:we(?:'re|'d| are| were| had| have)?|the team(?: is| was)?|I(?:'m| am| was)?) "
            r"(?:need|needs|needed|want|wanted|looking for|after|had in mind|have in mind|were after)",
            "“{phrase}” leaves the candidate guessing what was wanted.",
            "Say what you were looking for in concrete terms and which part of it the candidate didn't show.",
            not_after=_SPECIFIC_AFTER,
        ),
        _p(
            "different_profile",
            "profile skill skillset background set kind type mix blend balance combination",
            r"(?:looking for|wanted|want|need|needs|needed|requires|required|calls for|seeking|searching for|prefer"
            r"(?:red)?|someone with|candidate with|person with) "
            r"(?:someone with )?(?:(?:a|an) )?(?:(?:slightly|somewhat|very|quite|bit|little) )?"
            r"(?:different|another|other) (?:profile|skill~set|background|set of skills|mix|blend|balance|combination"
            r"|kind of (?:candidate|profile|person)|type of (?:candidate|profile|person))",
            "“{phrase}” says you wanted something else without saying what.",
            "Describe that profile: the skills and experience the role needs that the candidate didn't show.",
            not_after=_SPECIFIC_AFTER,
        ),
        _p(
            "business_needs",
            "needs",
            r"(?:our|the) (?:current|overall|present|changing|immediate) "
            r"(?:business )?needs(?: of (?:the|our) (?:business|team|company|organi[sz]ation|role))?"
            r"(?: (?:at (?:this|the) (?:time|moment)|right now|at present))?"
            r"|needs of (?:the|our) (?:business|company|organi[sz]ation)|business needs",
            "“{phrase}” points at needs without saying what they are.",
            "Spell the needs out (the skill, the level, the scope) and where the candidate's "
            "experience stands against them.",
            not_after=_SPECIFIC_AFTER,
        ),
        _p(
            "keep_on_file",
            "file record records mind database system pool files network ats hold holding hang hanging radar "
            "books list handy hand safe",
            r"(?:keep|keeping|kept|hold|holding|retain|retaining|store|storing|save|saving) "
            r"(?:on to |onto )?(?:your|you|the)"
            r"(?: (?:cv|resume|details|application|information|profile|info|contact details|data))?"
            r" (?:on (?:file|record|hand)|handy|to hand|safe|on our "
            r"(?:system|database|records|books|files?|talent pool)|in "
            r"(?:mind|our (?:\w+ )?(?:database|system|records|pool|files|network|ats))|for future "
            r"(?:reference|roles|openings|opportunities))"
            r"|(?:hold|holding|hang|hanging) on to your "
            r"(?:cv|resume|details|application|information|contact details)"
            r"|(?:keep|keeping|have|put|putting|stay|remain) (?:you )?on (?:our|the|my) "
            r"(?:radar|books|list|talent list|shortlist for future)|on our radar",
            "“{phrase}” is a courtesy that usually leads nowhere; it isn't feedback.",
            "If you would genuinely consider them again, say for which kind of role and what would make them a "
            "strong candidate next time; Candor's ‘stay in touch’ option does the rest.",
        ),
        _p(
            "apply_again",
            "apply reapply applying reapplying openings opportunities roles positions vacancies hear "
            "application applications consider",
            r"(?:encourage|invite|welcome|urge|hope) (?:you )?(?:to )?(?:re~?apply|apply|applying|re~?applying)"
            r"(?: again)?|(?:feel free|don't hesitate|do not hesitate|be sure|make sure) to "
            r"(?:re~?apply|apply)(?: again)?|(?:re~?apply|apply|applying) "
            r"(?:again|in (?:the )?future|down the (?:line|road))"
            r"|(?:apply|applying|re~?apply|consider you|considering you|keep you in mind|think of you|reach out"
            r"|contact you|in touch|hear from you|eligible|suitable)"
            r" (?:\w+ ){0,3}?(?:for|about|regarding|with|to) (?:any )?(?:future|other|new|upcoming|similar) "
            r"(?:openings|opportunities|roles|positions|vacancies)"
            r"|hear from you (?:again|in the future)|consider us (?:again|in the future|for (?:future|other) roles)"
            r"|welcome (?:an|your|another|a future|a new|future) applications?"
            r"|keep an eye out for (?:\w+ ){0,2}?(?:roles|positions|openings|opportunities|vacancies|jobs)",
            "“{phrase}” is a stock closing line; without a reason it reads as a formality.",
            "If you mean it, say which kind of role would suit them and what would make their "
            "next application stronger.",
        ),
        _p(
            "careers_page",
            "careers career jobs job board page site website portal",
            r"(?:check|watch|visit|keep an eye on|keep checking|follow|look at) (?:on )?our "
            r"(?:(?:careers?|jobs?|vacancies|openings) (?:page|board|site|website|portal|listings?)|website"
            r"|site|linkedin(?: page)?)",
            "“{phrase}” points the candidate elsewhere instead of giving feedback.",
            "Give the feedback first; if a future role really fits, name it.",
        ),
        _p(
            "if_something_comes_up",
            "comes come opens open arises arise available along touch reach next again never connected",
            r"(?:if|should|when|in case|as soon as) (?:anything|something|a (?:more )?"
            r"(?:suitable|relevant|similar|matching|new|better[-\s]suited) "
            r"(?:role|position|opening|opportunity|vacancy)|an? (?:opening|opportunity|vacancy|role|position)) "
            r"(?:(?:else )?(?:more )?(?:suitable|relevant|appropriate) )?"
            r"(?:comes? up|opens? up|arises?|becomes? available|comes? along|opens)"
            r"|(?:be in touch|reach out|get in touch|contact you|let you know) (?:again )?if "
            r"(?:anything|something|a|we have|there is|there's)"
            r"|(?:reach out|get in touch|apply|contact us|try again) "
            r"(?:again )?(?:next year|in (?:a few|six|a couple of) (?:months|years)|in the new year|down the "
            r"(?:line|road))"
            # round 69: "Let's stay connected on LinkedIn, you never know what might open up"
            r"|you never know what (?:might|may|could|will) (?:open up|come up|come along|turn up|happen)"
            r"|(?:let's|let us|we'd love to|happy to|do) stay connected(?: on linkedin)?",
            "“{phrase}” is a conditional promise that tells the candidate nothing about this decision.",
            "Say what kind of role would suit them and why; Candor's ‘stay in touch’ option handles the rest.",
        ),
        _p(
            "good_luck",
            "luck best success endeavors endeavours endeavour endeavor well wishes",
            r"(?:best of luck|good luck|all the best|every success|best wishes|warm wishes|(?:the )?"
            r"(?:very )?best|much success|success|luck|well)"
            r" (?:in|with|on|for) (?:your|the) (?:(?:job|career|continued|future|ongoing) )?"
            r"(?:search|hunt|future|career|endeavou?rs?|next (?:step|steps|chapter|role|move|adventure)|journey"
            r"|applications?)|(?:all the best|best of luck|good luck|every success|the best|lots of luck"
            r"|plenty of luck) (?:for|in|with) the future"
            r"|(?:lots|plenty|loads) of luck|(?:good|best of) luck(?=\s*(?:[!.]|$))"
            r"|all the best(?: with everything| to you)?(?=\s*(?:[!.]|$))|future endeavou?rs?"
            r"|wish(?:ing)? you (?:(?:all )?the (?:very )?best|every success|success|well|luck|the best of luck)",
            "“{phrase}” is a polite closing line, not feedback.",
            "Keep it short and make sure the message also holds one specific thing to work on "
            "and one genuine strength.",
        ),
        _p(
            "sure_you_will_find",
            "sure confident certain doubt land hope know trust corner along out waiting",
            r"(?:sure|confident|certain|no doubt) (?:that )?you(?:'ll| will|'re going to| are going to) "
            r"(?:find|land|get|secure|go far|do (?:great|well)|succeed|be snapped up|be fine|be picked up)"
            r"(?: (?:a|the|something|somewhere) (?:\w+ )?(?:role|position|job|opportunity|place|fit|team|company|great"
            r"|good))?|land on your feet|land somewhere great"
            r"|(?:hope|sure|confident|know|trust|certain) (?:that )?(?:you(?:'ll| will)? )?(?:find|land|get|secure) "
            r"(?:the|a|your) (?:\w+ )?(?:role|job|position|fit|opportunity|team|company|home)"
            r"|(?:the right|a great|the perfect|a good|the ideal) "
            r"(?:role|job|opportunity|fit|team|company|position|match) (?:is|will be) (?:out there|waiting)"
            r"|(?:something|the right (?:role|thing|opportunity|job)|great things|good things)(?: \w+)? "
            r"(?:is|are|will be) (?:just )?(?:a?round|round) the corner"
            r"|(?:the right (?:role|opportunity|job)|something) will come along",
            "“{phrase}” is reassurance without content.",
            "Replace it with the strength you saw that will help them elsewhere, stated specifically.",
        ),
        _p(
            "thanks_again",
            "thanks thank",
            r"(?:thanks|thank you) (?:again|once again|so much|very much)(?=\s*(?:[,.!;]|$))"
            r"|(?:thanks|thank you) (?:so much |again )?for being (?:so |very )?(?:patient|understanding|flexible)",
            "“{phrase}” is a courtesy line; fine to keep, but it is not feedback.",
            "Keep one short thank-you and put the effort into the specific feedback that follows.",
        ),
        _p(
            "thanks_for_interest",
            "thank thanks appreciate appreciated appreciates grateful enjoyed valued pleasure "
            "lovely nice great good delight",
            r"(?:thank you|thanks|our thanks|(?:we|I) (?:(?:really|truly|genuinely|do|very much) )?appreciate[ds]?"
            r"|appreciated|(?:we are|we're|I am|I'm|we were|I was|very|so) grateful"
            r"|(?:we|I) (?:(?:really|truly|thoroughly|genuinely) )?(?:enjoyed|valued)"
            r"|(?:it was|it's been|it has been|was|been|it is|it's) (?:a )?(?:(?:real|great|genuine|absolute|true) )?"
            r"(?:pleasure|lovely|great|nice|good|a delight|delightful))"
            r" (?:(?:again|once again|so much|very much|for|to|all|both|of) )*"
            r"(?:(?:your|the|all the) (?:interest|time|application|patience|effort|efforts|time and effort"
            r"|consideration|enthusiasm|energy|visit|candou?r|openness|conversations?|chats?|discussions?|interviews?"
            r"(?! (?:answers?|questions?|exercise|round|task)))"
            r"|you(?:r)? taking the time|taking the time|the time you (?:took|spent|put in)|(?:your )?applying"
            r"|interviewing|considering (?:us|a (?:career|role|position|job|move) (?:with|at) us|(?:joining|working for"
            r"|working with) us)|attending (?:the|our|your) (?:interview|assessment|day|session|event|onsite)\w*"
            r"(?: day)?|(?:joining|visiting) us|coming (?:in|along|to see us)"
            r"|(?:meet|meeting|getting to know|speak(?:ing)? (?:to|with)|talk(?:ing)? (?:to|with)|chat(?:ting)? (?:to"
            r"|with)|hear(?:ing)? from|having) you|(?:coming|to come) in|our "
            r"(?:conversations?|chats?|discussions?|time together))",
            "“{phrase}” is a courtesy line; fine to keep, but it is not feedback.",
            "Keep one short thank-you and put the effort into the specific feedback that follows.",
        ),
        _p(
            "impressed_but",
            "impressed impressive talented liked enjoyed pleasure qualities candidate",
            r"(?:(?:were|was|are|am|we're|I'm) (?:(?:very|really|truly|so|most|quite|incredibly) )?impressed|impressive"
            r"|clearly talented|(?:really|truly) (?:liked|enjoyed)"
            r"|great qualities|pleasure (?:to meet|meeting)|(?:great|strong|excellent|wonderful|fantastic) candidate)"
            r"[^.!?]{0,80}?[,;]? (?:but|however|although|though|yet)"
            r"(?=,? (?:(?:unfortunately|ultimately|sadly|regrettably|in the end)\b|we(?: have| had| will|'ve|'d|'ll)? "
            r"(?:decided|chosen|gone|went|won't|will not|are not|aren't|cannot|can't|felt|feel|opted|selected|had to"
            r"|need)|it(?:'s| is| was) not|this (?:isn't|is not|wasn't)|not the right))",
            "“{phrase}” is praise used as a cushion: it reads as a template and hides the real reason.",
            "Make the praise specific (what exactly impressed you, in which exercise) and follow "
            "it with the specific gap.",
        ),
        _p(
            "not_a_reflection",
            "reflection reflect reflects reflective",
            r"(?:not|\w+n't|in no way|by no means|no way) (?:a )?reflect(?:ion|s|ive)? (?:on|of) "
            r"(?:your|you)(?: (?:abilities|ability|skills|talent|talents|worth|value|potential"
            r"|qualifications|experience|performance))?",
            "“{phrase}” contradicts itself: the decision was based on something, and the "
            "candidate deserves to know what.",
            "Say honestly which part of their application or interviews the decision rested on.",
        ),
        _p(
            "didnt_work_out",
            "work meant timing time be",
            r"(?:just |simply )?(?:didn't|did not|doesn't|does not|won't|will not) work "
            r"out(?: (?:this time|for us|right now))?"
            r"|(?:(?:is|are|was)(?:n't| not)|'s not|not) (?:(?:really|quite) )?(?:going to|gonna|likely to) work out"
            r"(?: (?:this time|for us|right now|on this occasion))?"
            r"|(?:wasn't|was not|isn't|is not|just not) (?:meant )?to "
            r"be(?=\s*(?:[.,;!?]|$|this time|on this occasion|for now))"
            r"|(?:the )?timing (?:just |simply )?(?:isn't|wasn't|is not|was not)(?: quite)? right"
            r"|not the right time(?: for (?:us|this))?",
            "“{phrase}” avoids the reason.",
            "If timing really decided it, say what changed (the scope, the level, the budget); otherwise "
            "name the job-related gap.",
        ),
        _p(
            "position_filled",
            "filled",
            r"(?:position|role|job|vacancy|opening|post) (?:has|had|have) (?:now |already |since )?been filled"
            r"|filled (?:the|this) (?:role|position|vacancy|post)(?: internally)?",
            "“{phrase}” explains the outcome but not how the candidate did.",
            "If the candidate took part in interviews, add what they did well and what would "
            "have made them the choice.",
            # ... unless it says what the person chosen had done (round 43: "we've filled the post with someone who
            # has already worked with the neonatal unit's bed-management software")
            not_after=rf"\s+with (?:someone|somebody|(?:a|an) (?:candidate|applicant|person))(?: (?:who|that))?"
            rf"(?:{_NAMED_EXPERIENCE})",
        ),
        _p(
            "came_down_to",
            "came comes down narrowly missed margins",
            r"came down to (?:a few |some |the )?(?:small |little |minor |fine )?"
            r"(?:details?|the wire|a coin toss|the last minute|a handful of things|experience|seniority|background"
            r"|a number of factors|several factors|many factors|a few factors|fine margins)(?=\s*(?:[.,;!?]|$))"
            r"|narrowly missed(?: out)?|fine margins",
            "“{phrase}” hints at a reason without giving it.",
            "Name the detail it came down to, specifically and in job terms.",
        ),
        _p(
            "keep_looking",
            "looking searching search",
            r"(?:going to|will|we'll|decided to|continue to|have to) (?:keep|continue) (?:looking|searching)"
            r"|(?:continue|continuing|keep|keeping) (?:our|the) search|(?:our|the) search (?:continues|goes on)",
            "“{phrase}” says the search goes on without saying what it is looking for.",
            "Say what the role still needs that the candidate didn't show.",
        ),
        _p(
            "not_personal",
            "personally personal wrong",
            r"(?:don't|do not|please don't|try not to|not to) take (?:this|it|the decision|our decision) personally"
            r"|(?:it's|it is|this is|it was|this was) (?:\w+ )?nothing personal"
            r"|not that you did anything wrong|you (?:didn't|did not) do anything wrong"
            r"|nothing wrong with (?:your|you)",
            "“{phrase}” asks the candidate to accept a decision without knowing its reason.",
            "Give the reason instead; specific, job-related feedback is what makes a rejection feel impersonal.",
        ),
        _p(
            "addition_elsewhere",
            "addition asset elsewhere somewhere shine thrive flourish well excel blossom",
            r"(?:a |an )?(?:great|good|wonderful|valuable|fantastic|excellent|real) (?:addition|asset) to "
            r"(?:a|another|any|some) (?:\w+ )?(?:team|company|organi[sz]ation|employer)"
            r"|(?:fit|home|place|match|role|team|opportunity|company|success) (?:somewhere else|elsewhere)"
            r"|(?:shine|thrive|flourish|do well|excel|blossom) (?:in|at) (?:a|another|some) "
            r"(?:(?:different|other) )?(?:kind of |type of |sort of )?"
            r"(?:company|team|role|environment|organi[sz]ation|place|setting)",
            "“{phrase}” praises in general terms while saying nothing about this role.",
            "Name the strength concretely (what you saw, in which exercise) and the gap that decided this role.",
        ),
        _ps(
            "encouragement",
            [
                (
                    "discouraged give heart disheartened yourself",
                    r"(?:don't|do not|please don't|try not to|never) "
                    r"(?:be discouraged|get discouraged|give up|lose heart|be (?:too )?hard on yourself"
                    r"|get disheartened|be disheartened)",
                ),
                (
                    "bright promising future far places",
                    r"(?:a |an )?(?:bright|great|promising|exciting|successful) (?:future|career) (?:ahead|in front)"
                    r"|(?:go|going) (?:far|places)(?=\s*(?:[.,;!?]|$|in))",
                ),
                ("proud", r"(?:should|can|must) (?:be|feel) (?:very |really )?proud"),
                (
                    "keep",
                    r"keep (?:doing what you(?:'re| are) doing|it up|up the (?:good|great) work|your chin up"
                    r"|your head up)|(?:(?<![\s\S])|(?<=[.!?;:,\n]\s)|(?<=\n)|(?<=\bjust\s)|(?<=\bplease\s)|"
                    r"(?<=\band\s)|(?<=\bso\s))keep (?:going|at it|pushing|trying)(?=\s*(?:[.,;!?]|$))",
                ),
                (
                    "get there make way",
                    r"(?:you'll|you will|you're going to) (?:get there|make it|find your way|do great things|do well)",
                ),
                (
                    "forever door doors open",
                    r"(?:not|isn't|is not) a no forever"
                    r"|(?:the|our) doors? (?:is|are|remains?|will remain|will always be) open",
                ),
                ("think", r"(?:gave|given|give) us (?:a lot|lots|plenty|much) to think about"),
                (
                    "paths cross",
                    r"paths (?:will |may |might )?cross again"
                    r"|(?:see|meet) you (?:again )?(?:down the (?:line|road)|in (?:the )?future)",
                ),
                (
                    "loved",
                    r"(?:we|I) (?:really |truly |absolutely )?loved "
                    r"(?:meeting|talking to|talking with|speaking with|getting to know|having) you",
                ),
            ],
            # The phrase is not quoted here: every screen shows it right before the message.
            "Encouragement in general terms: kind, but the candidate can't act on it.",
            "Make it concrete: name the strength you saw (and where), and one specific thing that would "
            "make them stronger next time.",
        ),
        _ps(
            "verdict_idiom",
            [
                (
                    "no yes",
                    r"(?:it's|it is|that's|the answer is) (?:a )?(?:no|not a yes) "
                    r"(?:from us|this time|for now|on this occasion)|a no from us",
                ),
                (
                    "pass",
                    r"(?:decided|chosen|going|have|had|we'll|we will|we've decided) "
                    r"(?:to )?pass(?=\s*(?:[.,;!?]|$|on this|this time|for now|at this))",
                ),
                (
                    "there",
                    r"(?:wasn't|was not|isn't|is not|weren't|not) (?:quite|entirely|fully|all) "
                    r"there(?=\s*(?:[.,;!?]|$|yet|for us|for this))",
                ),
                ("way", r"(?:didn't|did not|doesn't|does not) go (?:your|in your) (?:way|favou?r)"),
                (
                    "timing",
                    r"(?:just |simply |purely )?a (?:matter|question) of timing"
                    r"|(?:it's|it is|it was) (?:just |all )?(?:about )?timing",
                ),
                (
                    "boxes box",
                    r"(?:ticks?|ticked|ticking|checks?|checked|checking) (?:more|all|most|every one) "
                    r"(?:of )?(?:the|our) boxes|(?:ticks?|ticked|checks?|checked) (?:more|all|most|the right) boxes",
                ),
                (
                    "slot fit fitted gel mesh click",
                    r"(?:slot|slotted|fit|fitted|gel|gelled|mesh|meshed|click|clicked) "
                    r"in(?: (?:more|better|quicker|quickly|easily|nicely|naturally))+"
                    r"(?: with (?:the|our) team)?|(?:gel|gelled|mesh|meshed|click|clicked) "
                    r"(?:better|more easily|more naturally) with (?:the|our) team",
                ),
                ("internal", r"(?:an? |the )?internal (?:candidate|applicant|hire|promotion)"),
                (
                    "ready",
                    r"(?:(?:not|n't|weren't|wasn't)|(?:didn't|did not|don't|do not) (?:think|feel|believe) "
                    r"(?:that )?you(?:'re| are| were)) (?:quite |fully |yet |entirely )?ready for (?:this|the|that) "
                    r"(?:one|role|position|level|step|opportunity)(?!\w)",
                ),
                (
                    "call choice decision",
                    r"(?:had to|have to|needed to) make a "
                    r"(?:call|choice|decision)(?: (?:and|that) it (?:didn't|did not) go your way)?",
                ),
                ("package", r"(?:overall )?package (?:wasn't|was not|isn't|is not) (?:quite )?(?:there|right|what we)"),
                (
                    "many ones",
                    r"(?:one of|among) (?:many|several|a number of|so many|a lot of)"
                    r"(?: (?:excellent|strong|great|good|qualified|impressive|high[-\s]quality))? "
                    r"(?:ones|applications|candidates|applicants|profiles|cvs)",
                ),
                # "the limitation period, which the successful candidate flagged" names what they did (round 65)
                (
                    "successful",
                    rf"(?<!which\W)(?<!that\W)the successful (?:candidate|applicant|person"
                    rf"|hire)(?!{_NAMED_EXPERIENCE})",
                ),
                ("bearer", r"bearer of (?:bad|disappointing|sad) news"),
                (
                    "factors",
                    r"(?:a range|a number|a variety|a combination|a mix|a host) of factors"
                    r"|(?:several|many|various|multiple|a few|a number of) (?:different )?factors",
                ),
                ("ground", r"hit the ground running"),
                ("stand", r"(?:didn't|did not|doesn't|does not|failed to|wasn't able to) (?:quite |really )?stand out"),
                ("spoilt spoiled", r"spoil(?:t|ed) for choice"),
                (
                    "top",
                    r"(?:one of (?:our|the) )(?:top|strongest|best|final|leading) "
                    r"(?:candidates|applicants|finalists|few|contenders)",
                ),
                (
                    "news",
                    r"(?:sorry|afraid|wish) (?:that )?"
                    r"(?:it's|it is|this is|this isn't|it isn't|we don't have|we haven't got)"
                    r"(?: not)? (?:better|good|happier) news"
                    r"|not (?:the )?(?:better|good|news you (?:were )?hoped for) news",
                ),
                (
                    "different",
                    r"(?:a little|a bit|slightly|somewhat|quite) different (?:to|from) what "
                    r"(?:we|the team)(?:'re| are| were)? (?:need|needs|looking for|want|had in mind)",
                ),
                ("changes", r"if anything changes(?: (?:on your side|for you|in future))?"),
                (
                    "calibre caliber quality",
                    r"high[-\s](?:calibre|caliber|quality) "
                    r"(?:of )?(?:applicants|candidates|applications|field|pool|people)"
                    r"|calibre of (?:applicants|candidates|applications)",
                ),
                (
                    "relevant",
                    r"(?:someone|somebody|another|other|the other)(?: [\w']+){0,3}? "
                    r"(?:experience|background|skills?|profile) (?:was|were|is) (?:\w+ )?(?:more|better) "
                    r"(?:directly )?(?:relevant|suited|aligned)",
                ),
                (
                    "suitable opening",
                    r"(?:don't|do not|didn't|did not) have (?:a|any) (?:suitable|relevant|matching|fitting) "
                    r"(?:opening|role|position|vacancy|opportunity)",
                ),
                (
                    "calls needs requires looking",
                    r"what (?:this|the) (?:role|position|team|job) "
                    r"(?:calls for|needs|requires|is looking for)"
                    r"(?= (?:right now|at the moment|at this time|currently)|\s*[.,;!?]|$)",
                ),
            ],
            "“{phrase}” is a stock way of saying no that leaves out the reason.",
            "Say which requirement of the role decided it and what in the process showed it (one or two specifics).",
            not_after=_SPECIFIC_AFTER,
            not_before=r"\b(?:exactly|precisely) ",  # "exactly what this role needs" is praise
        ),
        _p(
            "no_individual_feedback",
            "feedback comment report remark elaborate",
            r"(?:unable to|can't|cannot|not able to|won't be able to|not in a position to) (?:provide|offer|give"
            r"|share) "
            r"(?:(?:individual|detailed|specific|personal|personali[sz]ed|further) )?feedback"
            # "the Trust is not in a position to comment on individual interviews" (round 41)
            r"|(?:unable to|can't|cannot|not able to|won't be able to|not in a position to) (?:comment|report|remark"
            r"|elaborate) on (?:individual|specific|personal|each) "
            r"(?:interviews?|applications?|candidates?|cases?|performances?|assessments?|decisions?)",
            "“{phrase}” refuses the one thing Candor is here to give.",
            "Give two or three sentences of specific feedback: one strength, one gap, one suggestion.",
        ),
    ]
)


# --- stock lines in any word form (lemma rules: lemmas.py) ----------------------------------------------
# Checker.py drops a platitude finding when its sentence names something concrete (specificity.py), so
# these may be broad: "You were a great candidate." is a platitude, "you were a great candidate for the
# Leeds night shift, and we'd like you to apply in March" is not.
def _pl(name, parts, message, suggestion, **context):
    return rules("platitude", name, parts, message, suggestion, lemmas=True, **context)


_PRAISE = (
    r"(?:great|strong|excellent|fantastic|wonderful|brilliant|solid|terrific|amazing|impressive|outstanding"
    r"|exceptional|top|lovely|good|fine|superb|standout|stand - out|fabulous|remarkable|stellar|first - rate"
    r"|high - calibre|high - caliber|talented|promising|worthy)"
)
RULES += flatten(
    [
        _pl(
            "generic_praise",
            [
                (
                    "candidate applicant interviewee contender finalist prospect",
                    rf"you (?:be|make|be clearly|be certainly|be definitely) (?:a |an |such a |one of (?:our|the) )?"
                    rf"(?:really |truly |very |genuinely |incredibly |extremely |clearly )?{_PRAISE} "
                    r"(?:candidate|applicant|interviewee|contender|finalist|prospect)",
                ),
                (
                    "impress enjoy like love",
                    r"(?:impress|impressed) (?:with|by) you(?: (?:overall|all round|a lot|greatly|very much|so much))?"
                    r"(?= ?(?:[.!]|$))",
                ),
                (
                    "offer going",
                    r"(?:have|bring|got) (?:so much|a lot|plenty|lots|a great deal|much|loads|so many things"
                    r"|many things) (?:to offer|(?:going|go) for you)",
                ),
            ],
            "Praise with nothing in it: the candidate cannot tell what was good or why it was not enough.",
            "Name the strength you saw and where (e.g. “your walkthrough of the rota change was the clearest we "
            "heard”), then the one gap that decided it.",
        ),
        _pl(
            "nothing_wrong",
            [
                (
                    "wrong",
                    r"(?:nothing|not (?:anything|one thing)) (?:\w+ ){0,2}(?:that )?you (?:do|did|have do|say) wrong"
                    r"|you (?:do|did|have do) (?:nothing|not do anything) wrong",
                ),
            ],
            "Says the candidate did nothing wrong, so the rejection has no reason they can see.",
            "Name what decided it, even if it was not a mistake: the skill or experience the role needed most "
            "and where the other candidate was stronger.",
        ),
        _pl(
            "luck_with_whatever",
            [
                (
                    "luck good best wish well",
                    r"(?:(?:good|best) of luck|good luck|all the (?:good|best)|the very (?:good|best)"
                    r"|(?:good|best) wish|wish you (?:\w+ )?(?:luck|well|the (?:good|best)|success)) "
                    r"(?:with|in|for|on) (?:whatever|wherever|everything|all|what|your (?:future|next|search"
                    r"|job search|career|endeavour|endeavor|journey|hunt))",
                ),
            ],
            "A good wish, fine to keep, but it is not feedback.",
            "Keep it if you like, and add one concrete point the candidate can use in their next application.",
        ),
        _pl(
            "fine_margins",
            [
                (
                    "margin wire whisker hair",
                    r"(?:fine|narrow|slim|thin|tiny|small|razor - thin|razor - sharp|slight) (?:of )?margin"
                    r"|margin (?:be|was) (?:so |very |extremely |incredibly )?(?:fine|narrow|slim|thin|tiny|small)"
                    r"|come down to the wire|by a (?:hair|whisker|nose)",
                ),
            ],
            "Says the decision was close without saying what decided it.",
            "Name what tipped it: the skill or experience the chosen candidate showed that this candidate did not.",
        ),
        _pl(
            "thrive_elsewhere",
            [
                (
                    "thrive flourish shine succeed excel blossom happy happier well",
                    r"(?:thrive|flourish|shine|do well|do great|succeed|fit better|be happy|be happier|excel|blossom)"
                    r" (?:\w+ ){0,2}(?:somewhere else|elsewhere|somewhere (?:that|which|where) (?:'s |be "
                    r"|is )?(?:a |an )?"
                    r"(?:good|better|great|more suitable|closer|more natural) (?:match|fit|home|place|suit)"
                    r"|in (?:another|a different) (?:role|company|team"
                    r"|organisation|organization|environment|place|setting)|at (?:another|a different) (?:company"
                    r"|organisation|organization|firm|place))",
                ),
            ],
            "Sends the candidate elsewhere without saying why they would do better there.",
            "Say what kind of role would use their strengths and why this one did not (e.g. “the role is mostly "
            "on-site support; your strength is remote documentation”).",
        ),
        _pl(
            "nice_meeting_you",
            [
                (
                    "enjoy love like appreciate",
                    r"(?:enjoy|love|like|appreciate|be glad to|be happy to) (?:\w+ )?"
                    r"(?:meet|speak|talk|chat|get to know) (?:to |with )?you\b",
                ),
                (
                    "pleasure delight joy",
                    r"(?:be|it be|what) (?:a |such a |an absolute |a real )?(?:pleasure|delight|joy) "
                    r"(?:to |of )?(?:meet|speak|talk|chat|get to know|interview)",
                ),
            ],
            "Courtesy, fine to keep, but it is not feedback: nothing in it tells the candidate how they did.",
            "Keep it if you like, and add what was good in the conversation and what would have changed the outcome.",
        ),
    ]
)


# --- more stock lines in any word form (lemma rules) ----------------------------------------------------
RULES += flatten(
    [
        _pl(
            "would_have_been_great",
            [
                (
                    "addition asset",
                    r"you (?:'d|would|will|could) (?:have )?(?:be|make) (?:a |an |such a )?(?:\w+ ){0,2}"
                    r"(?:addition|asset)\b",
                ),
                (
                    "snap lucky grab scoop",
                    r"(?:someone|somebody|another (?:company|employer|team|firm)|some \w+|they|employer) (?:will|'ll"
                    r"|would|be go to) (?:\w+ )?(?:snap you up|grab you|scoop you up|be lucky to have you)"
                    r"|(?:be|feel) (?:very |so )?(?:lucky|fortunate) to have you",
                ),
                (
                    "talent potential promise",
                    r"you (?:clearly |obviously |certainly |really |definitely )?have (?:real |so much |a lot of "
                    r"|lots of "
                    r"|great |huge |plenty of )?(?:talent|potential|promise)(?= ?(?:[.,;!]|and|but|$))",
                ),
            ],
            "Praise with nothing in it: the candidate cannot tell what was good or why it was not enough.",
            "Name the strength you saw and where, then the one gap that decided it.",
        ),
        _pl(
            "cheering_you_on",
            [
                ("root cheer", r"(?:root|cheer|rooting|cheering) (?:for )?you(?: on)?\b"),
                (
                    "time turn moment day",
                    r"your (?:time|turn|moment|day|chance) will come|(?:right|perfect|next) (?:opportunity|role|thing"
                    r"|job) (?:will|be go to|be bound to) come",
                ),
                (
                    "head chin",
                    r"(?:hold|keep) (?:your )?(?:head|chin) (?:up )?high|(?:head|chin) up\b",
                ),
                (
                    "believe yourself",
                    r"(?:keep|never stop|do n't stop|continue) (?:believe in|back|trust|believing in) yourself"
                    r"|believe in yourself",
                ),
                ("feet", r"land on your feet"),
            ],
            "Encouragement in general terms: kind, but the candidate can't act on it.",
            "Make it concrete: name the strength you saw (and where), and one specific thing that would make them "
            "stronger next time.",
        ),
        _pl(
            "strong_field",
            [
                (
                    "embarrassment riches spoil choice field pool shortlist line lineup",
                    r"embarrassment of rich(?:es)?|spoil(?:t)? for choice|(?:field|pool|shortlist|line - up|lineup) "
                    r"(?:\w+ )?(?:be|was) (?:\w+ )?(?:strong|deep|competitive|talented|stacked|exceptional)",
                ),
                (
                    "edge pip nose",
                    r"(?:edge|pip|nose)(?:d)? (?:\w+ )?(?:ahead|out|past)|edge (?:you )?out",
                ),
                (
                    "unanimous easy",
                    r"(?:decision|choice|call) (?:be|was) (?:\w+ )?(?:unanimous|not easy|n't easy|never easy)"
                    r"|(?:not|n't) (?:an )?easy (?:decision|choice|call)",
                ),
            ],
            "Says the competition was strong without saying what the chosen candidate had.",
            "Name what tipped it: the skill or experience the chosen candidate showed that this candidate did not.",
        ),
        _pl(
            "no_offer",
            [
                (
                    "extend offer",
                    r"(?:not|n't|unable to|decline to|no longer) (?:be )?(?:able to )?(?:extend|make|offer) (?:you )?"
                    r"(?:an |the |a )?(?:offer|position|role|job)\b",
                ),
                (
                    "further",
                    r"(?:not|n't) (?:to )?(?:take|progress|move|carry) (?:your )?(?:application|candidacy|interest) "
                    r"(?:any )?further",
                ),
            ],
            "Announces the decision without a reason the candidate can use.",
            "Add the reason: the skill or experience the role needed and where the interview showed the gap.",
        ),
    ]
)
RULES += flatten(
    [
        _pl(
            "nothing_you_did",
            [("nothing", r"(?:be|'s) (?P<hit>nothing (?:that )?you (?:do|say|could have do))\b")],
            "Says the decision had nothing to do with the candidate, so they learn nothing from it.",
            "Name what decided it, even if it was not a mistake: the skill or experience the role needed most.",
        ),
        _pl(
            "hardest_round",
            [
                (
                    "hard tough difficult close competitive",
                    # "one of the hardest hiring rounds the school has ever been through" (rounds 45-46)
                    r"one of the (?:hard|tough|difficult|close|competitive|most competitive|most difficult) "
                    r"(?:hire |hiring |recruitment |selection |shortlisting )?(?:round|decision|process|call|choice"
                    r"|campaign|field|year)s? (?:[\w'-]+ ){0,4}?(?:have|has|'ve|'s) (?:ever |yet )?(?:be|have|make"
                    r"|face|run"
                    r"|see|go)\b",
                ),
                (
                    "rest assure every each all application consideration",
                    # "rest assured that every application was given careful consideration" (round 46)
                    # "Please be assured that every application received the same thorough consideration" (round 61)
                    r"(?:rest|be) assure|(?:every|each|all) (?:single )?application(?:s)? (?:(?:be|was|were) )?(?:give"
                    r"|receive"
                    r"|read|review|consider) (?:\w+ )?(?:careful|full|due|thorough|equal|fair|proper)? ?"
                    r"(?:consideration|attention|review)?",
                ),
                (
                    "bring enthusiasm energy passion positivity",
                    # "you brought real enthusiasm to the day" (round 46)
                    r"you (?:really |certainly |clearly )?bring (?:real |great |genuine |so much |a lot of |lots of "
                    r"|plenty of |such )?(?:enthusiasm|energy|passion|positivity|warmth)(?: (?:to|into) the "
                    r"(?:day|interview|process|conversation|room|table))?(?= ?(?:[.,;!]|$|and we))",
                ),
            ],
            "A stock line: it could close any rejection and tells the candidate nothing about their own application.",
            "Replace it with one job-related sentence about this candidate: a strength you saw and the gap that "
            "decided it.",
        ),
        _pl(
            "came_across_well",
            [
                (
                    "come across",
                    # "everyone on the site team thought you came across really well" (round 44)
                    r"you (?:really |genuinely |certainly |definitely )?come across (?:so |really |very |extremely "
                    r"|genuinely )?(?:well|great|brilliantly|nicely|positively|strongly)(?= ?(?:[.,;!]|$|and|but|in "
                    r"(?:the|your|our) (?:interview|conversation|chat|call)))",
                ),
            ],
            "Praise with nothing in it: the candidate cannot tell what landed well or why it was not enough.",
            "Name what came across well and where (an answer, an example), then the one gap that decided it.",
        ),
        _pl(
            "lovely_to_meet_you",
            [
                (
                    "lovely nice great good pleasure delight wonderful privilege honour honor joy",
                    r"(?:be|'s) (?:so |really |very |such |a |an |real |absolute |great )*(?:lovely|nice|great|good"
                    r"|pleasure|delight|wonderful|joy|privilege|honour|honor) (?:to |of )?(?:meet|speak|talk|chat"
                    r"|get to know|interview|work with) (?:to |with )?you\b",
                ),
            ],
            "Courtesy, fine to keep, but it is not feedback: nothing in it tells the candidate how they did.",
            "Keep it if you like, and add what was good in the conversation and what would have changed the outcome.",
        ),
        _pl(
            "up_there_with_the_best",
            [
                (
                    "there among one",
                    r"up there with the (?:good|best|strong|top)|(?:among|one of) the (?:good|best|strong|strongest"
                    r"|top) (?:candidate|applicant|interviewee|people|profile|we)",
                ),
            ],
            "Praise with nothing in it: the candidate cannot tell what was good or why it was not enough.",
            "Name the strength you saw and where, then the one gap that decided it.",
            # ... unless it ranks a named piece of work (rounds 28, 31: "your fire risk assessment for the warehouse
            # was outstanding, one of the strongest we have seen"); "your application was one of the strongest" is
            # still the stock line.
            unless=r"\byour (?!(?:application|cv|resume|profile|candidacy|interview|background|experience|skills?"
            r"|performance|submission|overall)\b)(?:[\w-]+ ){1,6}(?:was|were|is|are|be) (?:[\w,-]+ ){0,4}"
            r"(?:one of|among) the",
        ),
        _pl(
            "should_anything_come_up",
            [
                (
                    "come arise open available",
                    r"(?:should|if|when|in case|once) (?:anything|something|an opportunity|a role|a position|a vacancy"
                    r"|another role|another opportunity|a suitable \w+) (?:else |more suitable |suitable |similar "
                    r"|new )?"
                    r"(?:come up|arise|open up|become available|come along)",
                ),
            ],
            "A vague promise to get in touch: nothing the candidate can act on or plan around.",
            "If you mean it, name the kind of role and when it might open, or leave it out.",
        ),
    ]
)
RULES += flatten(
    [
        _pl(
            "close_call",
            [
                (
                    "close run thing race contest running contention neck",
                    r"close - run (?:thing|race|contest)|(?:be|'s) (?:very |really |so |incredibly |extremely )?close "
                    r"(?:call|one|race|contest|thing)|in (?:the run(?:ning)?|contention)|neck and neck",
                ),
            ],
            "Says the decision was close without saying what decided it.",
            "Name what tipped it: the skill or experience the chosen candidate showed that this candidate did not.",
        ),
        _pl(
            "someone_lucky",
            [
                (
                    "catch lucky",
                    r"(?:real |great |quite a |a )?catch for (?:some|any|the right|a lucky|another)"
                    r"|(?:some|any|another|a) lucky (?:team|company|employer|organisation|organization|firm|business)",
                ),
            ],
            "Praise with nothing in it: the candidate cannot tell what was good or why it was not enough.",
            "Name the strength you saw and where, then the one gap that decided it.",
        ),
        _pl(
            "positive_overall",
            [
                (
                    "positive favourable favorable glowing warm well",
                    r"(?:feedback|impression|response|reaction|verdict|view|everyone|panel) (?:\w+ ){0,3}(?:be|was) "
                    r"(?:\w+ )?(?:positive|good|great|favourable|favorable|warm|glowing)(?: (?:overall|on the whole"
                    r"|in general|across the board))?(?= ?(?:[.!]|$))",
                ),
                (
                    "interview read",
                    r"(?:do n't|do not) read (?:too much|anything|much) into|you interview (?:really |very |so "
                    r"|extremely |incredibly )?well(?= ?(?:[.!]|$|, so\b|so\b))",
                ),
            ],
            "Says the impression was good without saying what was good or why it was not enough.",
            "Name one thing the panel liked and where it showed, and the one gap that decided it.",
        ),
        _pl(
            "fate",
            [
                (
                    "everything reason mean life way",
                    r"everything happen for a reason|(?:be|'s) (?:just )?(?:not )?mean to be|(?:it be|'s) (?:just )?"
                    r"(?:one of those things|the way (?:it|things) go)|(?:that 's|such be) life",
                ),
            ],
            "A saying, not feedback: it tells the candidate the outcome was out of anyone's hands.",
            "Say what decided it: the skill or experience the role needed and where the interview showed the gap.",
        ),
    ]
)
RULES += flatten(
    [
        _pl(
            "not_progressing",
            [
                (
                    "progress proceed forward ahead further",
                    r"(?:not|n't) (?:be )?(?:progress|proceed|move forward|go ahead|take \w+ further|carry on)"
                    r"(?: \w+)? (?:further|forward|with you|with your)",
                ),
            ],
            "Announces the decision without a reason the candidate can use.",
            "Add the reason: the skill or experience the role needed and where the interview showed the gap.",
        ),
        _pl(
            "calibre_of_everyone",
            [
                (
                    "calibre caliber standard quality",
                    r"(?:calibre|caliber|standard|quality) of (?:\w+ ){0,2}(?:applicant|candidate|everyone|people"
                    r"|application|field|shortlist|finalist|other)",
                ),
            ],
            "Says the competition was strong without saying what the chosen candidate had.",
            "Name what tipped it: the skill or experience the chosen candidate showed that this candidate did not.",
        ),
        _pl(
            "luck_and_gut",
            [
                (
                    "timing luck chance gut instinct chemistry coin",
                    r"come down to (?:\w+ )?(?:timing|luck|chance|gut feel|gut feeling|instinct|chemistry|a coin toss)"
                    r"|(?:about|a matter of|all) timing|go with (?:our|my|the|their) (?:gut|instinct|heart)"
                    r"|gut (?:feel|feeling|instinct|call|decision)",
                ),
            ],
            "Says the decision came down to timing or instinct, which gives the candidate nothing to work on.",
            "Name the job-related reason that tipped it, even if it was close.",
        ),
    ]
)
RULES += flatten(
    [
        _pl(
            "round_9_idioms",
            [
                (
                    "circle touch landscape situation circumstance change shift",
                    r"circle back|touch base|(?:if|when|should) (?:the |our |things |)(?:landscape|situation"
                    r"|circumstance"
                    r"|need|requirement|priority|plan)?s? ?(?:change|shift|evolve)",
                ),
                ("onwards upwards onward upward", r"onward(?:s)? and upward(?:s)?|upward(?:s)? and onward(?:s)?"),
                (
                    "pick choose decide separate",
                    r"(?:tough|hard|difficult|close|impossible) (?:\w+ ){0,2}(?:to )?(?:pick|choose|decide|separate) "
                    r"between you",
                ),
                (
                    "put discourage dishearten deter",
                    r"(?:hope|trust) (?:this|that|it) (?:\w+ ){0,2}(?:not|n't) (?:put you off|discourage you"
                    r"|dishearten you|deter you)",
                ),
                ("talent", r"talent (?:community|pool|network|pipeline)"),
                ("shame ashamed", r"no shame in|nothing to be ashamed of"),
                ("mix radar frame", r"in the mix|on (?:our|the) radar|very much in (?:the frame|contention)"),
                (
                    "tick box boxes",
                    r"tick (?:a lot of|many|most|all|lots of|plenty of|several|some|so many)(?: (?:our|the|of the"
                    r"|of our))? box",
                ),
            ],
            "A stock phrase that tells the candidate nothing about how they did.",
            "Replace it with the job-related reason and one concrete next step.",
        ),
        _pl(
            "round_9_praise",
            [
                (
                    "loads lot plenty lots",
                    r"(?:get|got|have) (?:so much|a lot|plenty|lots|loads?|a great deal) (?:going|go) for you",
                ),
                (
                    "think found say agree",
                    r"(?:think|find|say|agree) you (?:be|were) (?:\w+ )?(?:lovely|great|wonderful|brilliant|fantastic"
                    r"|amazing|nice|delightful|a delight|a pleasure|fab|fabulous|charming)(?= ?(?:[.!]|$))",
                ),
                (
                    "impression",
                    r"(?:make|leave) (?:a |such a |quite a |a very |a really )?(?:\w+ )?(?:strong|great|good|lasting"
                    r"|positive|real|big|fantastic|excellent|lovely) impression(?= (?:on|with) (?:everyone|everybody"
                    r"|all|the (?:whole )?(?:team|panel))| ?(?:[.!]|$))",
                ),
                (
                    "anything something",
                    r"(?:be|was) (?:\w+ )?(?:n't|not) (?:\w+ )?(?:anything|something) (?:that )?you (?:say|do)\b",
                ),
            ],
            "Praise or reassurance with nothing in it: the candidate cannot tell what was good or what decided it.",
            "Name the strength you saw and where, then the one gap that decided it.",
        ),
    ]
)


# --- round 11: verdicts and reassurance in other words (lemma rules) --------------------------------------
RULES += flatten(
    [
        _pl(
            "others_met_requirements",
            [
                (
                    "other another",
                    r"(?:other|another) (?:\w+ )?(?:candidate|applicant|application|profile)s? (?:\w+ ){0,2}?(?:more"
                    r" (?:fully |closely |completely |strongly )?|better |most (?:closely )?)(?:meet|match|fit|align"
                    r"|suit|satisfy) (?:with )?(?:the |our )?(?:requirement|need|criteria|brief|specification|spec"
                    r"|role|post|position|vacancy)s?\b(?: (?:of|for) (?:the |this |our )?(?:post|role|position|vacancy"
                    r"|job))?(?= ?(?:[.!;]|$))",
                ),
            ],
            "A verdict with no reason: the candidate cannot tell which requirement the others met and they did not.",
            "Name the requirement that decided it and what in the process showed the gap.",
        ),
        _pl(
            "just_timing",
            [
                (
                    "timing time",
                    r"(?:it 's|it be|it was|just|simply|purely) (?:\w+ )?(?:the )?timing(?= ?(?:[.!]|$))"
                    r"|(?:not|n't) (?:\w+ )?about you ,? (?:it 's|it be|it was|just|simply)",
                ),
            ],
            "Reassurance with nothing in it: the candidate cannot tell what was decided or why.",
            "Name the reason that decided it (the start date, the budget, the skill) and what would change it.",
        ),
    ]
)


# --- round 14: stock lines the rules had no family for ------------------------------------------------------
# "It's not you, it's us" (the break-up line), and a pep talk ("best of luck out there", "you've got this",
# "something will click"). A good-luck wish that names something concrete ("good luck with the Kafka
# certification in March") is dropped by the specificity check like any courtesy.
RULES += flatten(
    [
        _pl(
            "not_you_its_us",
            [
                (
                    "not",
                    r"(?:it 's|it be|it is) (?:really |honestly |genuinely )?not (?:about )?you ,? (?:it 's|it be|it is"
                    r"|but) (?:really |honestly )?(?:we|us)\b",
                ),
            ],
            "A break-up line: it says nothing about what was decided or why.",
            "Name the reason that decided it (the start date, the budget, the skill) and what would change it.",
        ),
        _pl(
            "pep_talk",
            [
                (
                    "luck",
                    r"(?:best of|good|the best of|all the best and good) luck(?: (?:to you ))?(?: out there| with "
                    r"(?:everything|it all|your (?:search|future|job hunt|next step|application|career)s?)"
                    r"| in (?:your|the)"
                    r" (?:search|future|job hunt|next step|career|job market)| for the future| going forward)?"
                    r"(?= ?(?:[.!,;]|$| from| and| to you))",
                ),
                ("get got", r"you 've get this|you get this(?= ?(?:[.!]|$))|you 've get this"),
                (
                    "click fall place",
                    r"something (?:will|be bound to|be sure to|'ll) (?:click|fall into place|come along|turn up"
                    r"|come up)(?= ?(?:[.!,;]|$| soon| for you))",
                ),
            ],
            "A pep talk: kind, but it tells the candidate nothing about the decision or what to do next.",
            "Keep the warmth, and add one concrete next step: a skill to build, a role to look at, a date to reapply.",
        ),
    ]
)


# --- rounds 51-52: praise of the person, hiring as an inexact science, energy and answers across the board ----------
RULES += flatten(
    [
        _pl(
            "praise_of_the_person",
            [
                (
                    "potential",
                    r"(?:loads|lots|a lot|plenty|heaps|tons|bags|bucketloads|a wealth) of potential(?= ?(?:[.,;!]|and"
                    r"|but|$))",
                ),
                (
                    "person people individual",
                    r"(?:come|came) across as (?:a |such a |an )?(?:really |very |genuinely |truly )?(?:lovely|nice"
                    r"|great|wonderful|delightful|warm|likeable|likable|lovely) (?:person|individual|human|guy|people)"
                    r"(?= ?(?:[.,;!]|and|but|with|$))",
                ),
                (
                    "board",
                    r"(?:solid|strong|good|great|consistent|decent) across the board(?= ?(?:[.,;!]|and|but|$))",
                ),
            ],
            "Praise with nothing in it: the candidate cannot tell what was good or why it was not enough.",
            "Name the strength you saw and where, then the one gap that decided it.",
        ),
        _pl(
            "inexact_science",
            [
                ("science", r"(?:never|not|hardly|far from|by no means) (?:an |a )?(?:exact|precise|perfect) science"),
                (
                    "balance balanced",
                    r"(?:decision|call|choice|outcome)s? (?:be|is|was|were|are) (?:always |often |very |really "
                    r"|incredibly |extremely )?(?:finely|delicately|evenly|closely) balance",
                ),
            ],
            "A stock line about how hard hiring is: it says nothing about this decision or this candidate.",
            "Say what decided it between the candidate and the person hired, and what would change it next time.",
        ),
    ]
)


# --- rounds 53-54: only one post to offer ----------------------------------------------------------------------------
RULES += flatten(
    [
        _pl(
            "only_one_post",
            [
                (
                    "one",
                    r"(?:can|could|be able to) only (?:offer|give|appoint|hire|choose|select|take|make) (?:[\w'-]+ )"
                    r"{0,3}?(?:to )?one (?:person|candidate|applicant|of you|offer|appointment|individual)\b",
                ),
                ("time", r"this time (?:round )?(?:it|that) (?:be n't|be not|just be n't|simply be n't) you\b"),
            ],
            "A stock line about there being one post: it says nothing about why the other person got it.",
            "Say what decided it between the candidate and the person hired, and what would change it next time.",
        ),
    ]
)


# --- rounds 55-56: the calibre of the field, a handful forward -----------------------------------------------
RULES += flatten(
    [
        _pl(
            "overwhelmed_by_the_field",
            [
                (
                    "calibre caliber quality standard number volume",
                    r"(?:overwhelm|blow away|blown away|humble|astound|bowl over|bowled over)\w* (?:by|with) the "
                    r"(?:sheer )?(?:calibre|caliber|quality|standard|number|volume) of (?:[\w-]+ )?(?:response"
                    r"|application"
                    r"|applicant|candidate|cv|interest|submission|entry|entries)",
                ),
                (
                    "handful few forward",
                    r"(?:only|just) (?:take|move|bring|progress|put|carry|invite) (?:a handful|a few|a small number"
                    r"|a small group|a select few)(?: of (?:them|candidate|applicant|people))? (?:forward|through"
                    r"|on)\b",
                ),
            ],
            "A stock line about the applicant pool: it says nothing about this candidate.",
            "Say what decided it for this candidate: the requirement they did not yet meet, or the evidence that was"
            " missing.",
        ),
    ]
)


# --- rounds 57-58: the organisation appreciates your time and effort -------------------------------------------------
RULES += flatten(
    [
        _pl(
            "appreciates_your_effort",
            [
                (
                    "appreciate value recognise recognize acknowledge",
                    r"(?:appreciate|value|recognise|recognize|acknowledge)s? (?:all )?(?:the|your) (?:time|effort|time"
                    r" and"
                    r" effort|effort and time|energy|hard work|work|care) (?:and (?:effort|time|energy|care) )?(?:that"
                    r" )?"
                    r"you (?:have |'ve )?(?:put|invest|spent|spend|dedicate|devote|give|gave|took|take)\w*",
                ),
            ],
            "A courtesy that names nothing: the candidate cannot tell what was seen in their application.",
            "Keep the thanks, and add one thing you noticed in their application or interview and one that decided it.",
        ),
    ]
)


# --- rounds 59-60: a good interview, questions answered well, lots of positives, your contribution ------------------
RULES += flatten(
    [
        _pl(
            "good_interview",
            [
                (
                    "interview presentation application answer performance",
                    r"your (?:interview|presentation|application|answer|performance|session|assessment) (?:be|was|were)"
                    r" (?:really |very |genuinely |pretty |quite )?(?:good|great|strong|solid|positive|fine|nice"
                    r"|decent)"
                    r"(?= ?(?:[.,;!]|and|but|$))",
                ),
                (
                    "question",
                    r"you answer (?:the |all the |our |all our |all of the |most of the )?question (?:really |very "
                    r"|pretty |quite )?well(?= ?(?:[.,;!]|and|but|$))",
                ),
                (
                    "positive",
                    r"(?:lots|lot|plenty|loads|load|many|a number) of positive(?= ?(?:[.,;!]|and|but|from|$))",
                ),
                # round 64: "Great energy in the interview, loved chatting!", "your application was given full and
                # careful consideration"
                (
                    "energy chat chatting talk talking meet meeting",
                    r"^(?:great|good|lovely|fantastic|brilliant|amazing|such) energy(?: in the interview| today| on the"
                    r" day)?(?= ?(?:[.,;!]|$))|(?:love|enjoy)d? (?:chat|chatting"
                    r"|talk|talking|meet|meeting)(?: (?:with|to) you)?(?= ?(?:[.,;!]|$))",
                ),
                (
                    "consideration careful full thorough",
                    r"your application (?:be|was|has be|have be) (?:give|receive|given|received) (?:\w+ )?(?:full"
                    r"|careful"
                    r"|due|thorough|fair|every|proper)\b",
                ),
                (
                    "contribution input participation involvement",
                    r"(?:appreciate|value|enjoy|welcome)d? your (?:contribution|input|participation|involvement)"
                    r"(?= ?(?:[.,;!]|and|but|$))",
                ),
            ],
            "Praise with nothing in it: the candidate cannot tell what was good or why it was not enough.",
            "Name the strength you saw and where, then the one gap that decided it.",
        ),
    ]
)


# --- rounds 67-68: details retained on a database, nothing major to flag ------------------------------------------
RULES += flatten(
    [
        _pl(
            "keep_on_file_passive",
            [
                (
                    "retain keep store hold save",
                    r"your (?:cv|resume|details|detail|application|information|profile|data|contact details) (?:will"
                    r"|would|may)"
                    r" be (?:retain|keep|kept|store|hold|held|save) (?:on|in) (?:file|record|our (?:[\w-]+"
                    r" )?(?:database"
                    r"|system|records|file|files|pool|network))",
                ),
            ],
            "A courtesy that usually leads nowhere; it isn't feedback.",
            "If you would consider them again, say for which kind of role and what would make them a strong candidate.",
        ),
        _pl(
            "nothing_to_flag",
            [
                (
                    "nothing",
                    r"nothing (?:major|much|significant|specific|in particular|big|serious) to (?:flag|report|add"
                    r"|mention|note)(?= ?(?:[.,;!]|$))",
                ),
            ],
            "A courtesy that usually leads nowhere, and says nothing about what decided it.",
            "If you would consider them again, say for which kind of role and what would make them a strong candidate.",
        ),
    ]
)
