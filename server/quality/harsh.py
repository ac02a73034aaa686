"""harsh: insulting or demeaning wording about the person or their work.

Direct criticism of the work is fine ("the query scanned the whole table", "no tests for the error
paths", "sloppy error handling"); contempt is not. Technical idioms stay clean: garbage collection,
lazy loading, dead code, kill the process, dumb terminal, worst case, embarrassingly parallel,
disaster recovery, catastrophic backtracking, a dense matrix, a thick client, a quick hack.
"""

from __future__ import annotations

import re

from .engine import flatten, lexicon, rule, rules
from .lemmas import lemma
from .valence import VALENCE


def _h(name, anchors, pattern, message, suggestion, **context):
    return rule("harsh", name, anchors, pattern, message, suggestion, **context)


def _hs(name, parts, message, suggestion, **context):
    return rules("harsh", name, parts, message, suggestion, **context)


_WORK_SUGGEST = (
    "Describe the work and its effect instead of labelling it: what exactly was wrong (e.g. “the "
    "handler swallowed errors, so failures were silent”) and what good would have looked like."
)
_PERSON_SUGGEST = (
    "Describe the behaviour and its effect, not the person: what happened, when, and why it matters "
    "for the role (e.g. “you interrupted the interviewer twice while they explained the constraint”)."
)
_INTELLIGENCE_SUGGEST = (
    "Name the specific concept or step that was missing and where it showed (e.g. “the recursion "
    "had no base case for an empty list”), not a verdict on the person's mind."
)

# "You were/seemed/are (a bit) X": X is an insult only when it describes the person.
_YOU = (
    r"(?:you(?:'re| are| were| seemed| seem| came across as| come across as| sounded| looked| acted)|you're being|being"
    r"|(?:he|she)(?:'s| is| was| seemed))"
)
_BIT = (
    r"(?: (?:a bit|a little|kind of|kinda|rather|really|quite|very|so|too|pretty|utterly|totally|completely|just"
    r"|clearly|simply|frankly|honestly))*"
)

RULES = flatten(
    [
        _hs(
            "intelligence",
            [
                lexicon(
                    "stupid* idiot* imbecil* moron* dumbass dumbest dumber stupidest dimwit* nitwit* halfwit* "
                    "dunce dunces numpty numpties muppet muppets buffoon* dolt dolts brainless brain~dead "
                    "clueless* cretin* nincompoop"
                ),
                ("dumb", r"dumb(?! (?:terminal|pipe|client|components?|widgets?|down|bell|waiter|luck)s?\b)"),
                ("simple small feeble", r"(?:simple|small|feeble|weak)[-\s]minded"),
                (
                    "thick dim dense slow",
                    rf"{_YOU}{_BIT} (?:thick|dim|dense|slow[-\s]witted|slow on the uptake)(?![-\w])"
                    r"|too (?:thick|dim|dense) to",
                ),
                (
                    "bright smart clever intelligent sharpest",
                    r"not (?:(?:very|that|too|particularly|exactly|overly|terribly|all that) )?"
                    r"(?:bright|smart|clever|intelligent)(?: enough)?|not the sharpest (?:tool|knife|pencil)",
                ),
                (
                    "depth iq brains puddle",
                    r"(?:depth|iq|brains|intelligence|attention span) of a "
                    r"(?:\w+ )?(?:puddle|goldfish|rock|potato|child|toddler)",
                ),
            ],
            "“{phrase}” insults the candidate's intelligence; it hurts and teaches nothing.",
            _INTELLIGENCE_SUGGEST,
        ),
        _hs(
            "incompetent",
            [
                lexicon(
                    "incompeten* inept* useless* worthless hopeless* pathetic* laziness laziest sloppiest messiest "
                    "shoddy slapdash second~rate third~rate"
                ),
                (
                    "lazy",
                    r"lazy(?![-\s]+(?:load\w*|eval\w*|init\w*|import\w*|iterat\w*|list|lists|sequences?|vals?|fetch\w*"
                    r"|compil\w*|bindings?|static|propert\w+|instantiat\w+|consumers?|quantifiers?|matching|regex"
                    r"|evaluation|streams?|singleton|routes?|modules?|imports?|hydration))",
                ),
                (
                    "lack lacks lacked lacking",
                    r"(?:lack|lacks|lacked|lacking) (?:even )?(?:(?:the most )?basic|any|all|the most basic) "
                    r"(?:competence|intelligence|understanding|common sense|skills?|knowledge)",
                ),
            ],
            "“{phrase}” is a verdict on the person, not a description of what happened.",
            _PERSON_SUGGEST,
        ),
        _hs(
            "contempt_for_work",
            [
                lexicon(
                    "rubbish crap crappy crapola shit* bullshit drivel gibberish nonsense twaddle tripe hogwash "
                    "baloney balderdash dreck shambles shambolic fiasco debacle trainwreck trainwrecks"
                ),
                ("garbage", r"garbage(?![-\s]+(?:collect\w*|collector|gc|in\b|out\b|truck|day))"),
                ("trash trashy", r"trash(?:y)?(?! (?:can|cans|bin|bins|icon|folder|button|talk))"),
                ("junk", r"junk(?! (?:mail|food|drawer|folder|data filter|bonds?))"),
                ("pile", r"pile of (?:\w+ )?(?:junk|garbage|crap|trash|rubbish|spaghetti|nonsense|poo|dung)"),
                (
                    "train car dumpster horror",
                    r"train[-\s]wrecks?|car[-\s]crash(?:es)?|dumpster fires?|horror (?:show|story)",
                ),
                (
                    "disaster disasters disastrous",
                    r"disast(?:er|ers|rous)(?![-\s]+(?:recovery|scenarios?|planning|plans?|drills?"
                    r"|tolerance|response|relief))",
                ),
                (
                    "mess",
                    r"(?:(?:an?|total|complete|absolute|utter|hot|real|big|such a|one big|shambolic|unholy"
                    r"|godawful) )+mess(?![-\w])",
                ),
                (
                    "catastrophe catastrophic",
                    r"catastroph(?:e|ic)(?![-\s]+(?:backtracking|failures?|forgetting"
                    r"|cancellation|errors?|outages?|loss))",
                ),
            ],
            "“{phrase}” dismisses the work with contempt instead of explaining what was wrong with it.",
            _WORK_SUGGEST,
            not_before=r"(?:natural|after a|recover from a|the)\s+",
        ),
        _hs(
            "put_down",
            [
                lexicon(
                    "terrible awful horrible horrendous horrid hideous ghastly woeful lamentable atrocious appalling "
                    "abysmal* dreadful* deplorable disgrace* shameful ridiculous* ludicrous preposterous absurd "
                    "pitiful lousy mediocre amateurish* cringe* laughable laughably incoherent incoherently"
                ),
                ("amateur amateurs", r"amateurs?(?! (?:radio|league|astronom\w+|photograph\w+))|amateur hour"),
                (
                    "sucked sucks sucky suck stinks stank stunk",
                    r"sucked|sucks|sucky|(?:you|it|this|that) suck|stinks|stank|stunk",
                ),
                (
                    "painful",
                    r"painful (?:to (?:watch|read|listen to|sit through|review|look at)|from (?:start|beginning) to "
                    r"(?:finish|end))|(?:was|were|is|felt) (?:(?:really|just|genuinely|frankly|quite) )?painful"
                    r"(?! (?:to (?:debug|migrate|maintain|set up)|for (?:the|our) (?:users|team)))",
                ),
                (
                    "embarrassing embarrassment embarrassingly embarrass embarrassed",
                    r"embarrassing|embarrassment|embarrassingly(?! parallel)"
                    r"|embarrass(?:ed)? (?:yourself|himself|herself|themselves)|embarrassed for you",
                ),
                (
                    "so bad believe shocked stunned amazed appalled how",
                    r"so bad (?:(?:that )?it was|it's)|(?:couldn't|could not|can't|cannot) believe how "
                    r"(?:bad|poor|weak|little|badly|clueless)"
                    r"|(?:shocked|stunned|amazed|appalled) (?:at|by) how (?:bad|poor|little|weak|badly)"
                    r"|how (?:bad|awful|terrible) (?:your|the|this|that) (?:\w+ )?(?:was|were|is)",
                ),
                (
                    "worst",
                    r"worst(?![-\s]+(?:case|cases|performing|offenders? (?:in|on) (?:the|our) (?:dashboard|logs)))",
                ),
            ],
            "“{phrase}” is a put-down, not a description: the candidate can't tell what to fix.",
            _WORK_SUGGEST,
            not_before=r"(?:\bat|\bin the)\s+",
        ),
        _hs(
            "dismissive",
            [
                lexicon(
                    "travesty travesties vapid inane asinine vacuous puerile sophomoric bonkers farcical "
                    "godawful dismal abject hapless inexcusable nonsensical garbled snoozefest snoozer "
                    "yawnfest bush~league half~baked dog's~breakfast dog's~dinner "
                    "word~salad ransom~note glorified lacklustre lackluster uninspired uninspiring "
                    "unimpressive underwhelming"
                ),
                (
                    "sham shambles circus snooze yawn hash ear waste space",
                    r"(?:an?|such an?|total|complete|absolute|utter|real) "
                    r"(?:sham|circus|snooze|yawn|pig's ear|waste of space)|made a (?:\w+ )?hash of",
                ),
                (
                    "hack cowboy fake phony phoney fraud impostor imposter wannabe copy paster script",
                    rf"{_YOU}{_BIT} (?:a |an )?(?:\w+ )?(?:hack|cowboy|fake|phon(?:e)?y|fraud|impostor|imposter|wannabe"
                    r"|copy[-\s]?paster|script kiddie)(?![-\w])",
                ),
                (
                    "painfully woefully embarrassingly laughably shockingly hopelessly pitifully pathetically "
                    "appallingly dreadfully terribly horribly awfully abysmally utterly frankly ridiculously absurdly "
                    "insanely staggeringly stunningly",
                    r"(?:painfully|woefully|embarrassingly|laughably|shockingly|hopelessly|pitifully|pathetically"
                    r"|appallingly|dreadfully|terribly|horribly"
                    r"|awfully|abysmally|utterly|frankly|ridiculously|absurdly|insanely|staggeringly|stunningly) "
                    r"(?:bad|poor|weak|slow|wrong|lacking|inadequate"
                    r"|unprepared|clueless|dull|boring|basic|thin|naive|incompetent|sloppy|shallow|unprofessional"
                    r"|outdated|simplistic|amateurish|confused|lost"
                    r"|misguided|off|shocking|limited|ignorant|unqualified|ill[-\s]prepared|out of your depth)",
                ),
                (
                    "shocking",
                    r"(?:was|were|is|are) (?:(?:frankly|just|utterly|truly|quite|really|honestly|simply) )?shocking",
                ),
                (
                    "junior intern student year graduate beginner child kid toddler grandmother grandma monkey trainee",
                    r"(?:a|an|any|even a|even an) (?:junior|intern|student|first[-\s]year|graduate|beginner"
                    r"|child|kid|toddler|grandmother|grandma|monkey|trainee)"
                    r"(?: \w+)? (?:would|could) (?:have )?"
                    r"(?:done|do|written|write|built|build|answered|answer|managed|manage)"
                    r"(?: (?:it|that|this))? better",
                ),
                (
                    "bother bothered thing seriously league place shop begin start know",
                    r"(?:didn't|did not|couldn't|could not|can't|cannot|don't|doesn't|do not|does not) "
                    r"(?:even )?(?:be )?bother(?:ed)?(?: to)?"
                    r"|(?:don't|doesn't|didn't|do not|does not|did not) (?:even |really )?know the "
                    r"(?:first|most basic|basic|simplest) thing"
                    r"|(?:hard|impossible|difficult) to take (?:you |it |your \w+ )?seriously"
                    r"|(?:couldn't|can't|cannot|could not) take (?:you|it|your \w+) seriously"
                    r"|out of (?:your|his|her|their) league|all over the (?:place|shop)"
                    r"|so (?:wrong|bad|poor|confused) (?:that )?(?:it was|it's|I|we|you)"
                    r"|(?:hard|impossible) to know where to (?:begin|start)"
                    r"|where do (?:I|we) (?:even )?(?:begin|start)",
                ),
                ("bombed tanked flunked choked", r"(?:you|he|she|they)(?: \w+)? (?:bombed|tanked|flunked|choked)"),
                (
                    "attitude manner demeanour demeanor personality",
                    r"(?:attitude|manner|demeanou?r|personality) (?:was|is) "
                    r"(?:even )?(?:worse|awful|terrible|appalling|a problem|poor|bad|dreadful)|attitude problem",
                ),
                (
                    "think thinks thought",
                    r"(?:think|thinks|thought|believe|believes) (?:you|he|she) know(?:s)? "
                    r"(?:everything|it all|better than everyone)",
                ),
                (
                    "insane crazy nuts bonkers mad",
                    r"(?:design|idea|approach|code|solution|answer|architecture|proposal|plan|that|this|it) "
                    r"(?:is|was|'s) (?:\w+ )?(?:insane|crazy|nuts|bonkers|mad)(?![-\w])",
                ),
                (
                    "dull boring bland forgettable",
                    r"(?:you|your \w+(?: \w+)?) (?:was|were|is|are|felt|seemed|came across as)(?: \w+)? "
                    r"(?:dull|boring|bland|forgettable)(?: and \w+)?",
                ),
            ],
            "“{phrase}” is dismissive: it belittles the candidate or the work instead of saying what was missing.",
            _WORK_SUGGEST,
            not_before=r"(?:\bnot|n't)\s+",
        ),
        _hs(
            "mockery",
            [
                (
                    "joke jokes",
                    r"(?:(?:was|is|were|are|'s|seemed|looked|felt like|frankly|honestly|basically|just) )"
                    r"(?:(?:a|an|such a|total|complete|absolute|bit of a|bad|sick|cruel|real|bloody) )*joke"
                    r"|joke of an?",
                ),
                (
                    "laughing laughed laugh",
                    r"laughing[-\s]?stock|laughed (?:at|out loud at)"
                    r"|(?:panel|team|we|everyone|reviewers?|interviewers?) (?:all )?laughed"
                    r"|had a (?:good )?laugh (?:at|about)",
                ),
                ("farce clown clowns circus", r"farce|clowns?|circus act|clown show"),
                ("eyes", r"roll(?:ed|ing)? (?:their|our|my|his|her) eyes|eye[-\s]?roll\w*"),
                (
                    "funny",
                    r"(?:almost|actually|genuinely|kind of) funny how|funny how (?:bad|little|badly)"
                    r"|(?:so bad|that bad) it was (?:almost )?funny",
                ),
            ],
            "“{phrase}” mocks the candidate; it hurts without helping.",
            _WORK_SUGGEST,
        ),
        _h(
            "waste_of_time",
            "waste wasted wasting",
            r"(?:a |an )?(?:(?:complete|total|utter|absolute|huge|massive|big) )?waste of "
            r"(?:our|my|everyone's|everybody's|the (?:\w+ )?(?:panel|team|interviewers?|reviewers?)'?s?|\w+'s) "
            r"(?:time|afternoon|morning|day|evening|hour|energy)"
            r"|wast(?:ed|ing) (?:our|my|everyone's|everybody's|the (?:\w+ )?(?:panel|team|interviewers?|reviewers?)'?s?"
            r"|\w+'s) (?:time|afternoon|morning|day|evening|hour|energy)",
            "“{phrase}” tells the candidate their effort was worthless to you.",
            "Say what was missing (preparation, a working solution, a specific topic) and what "
            "it cost in the interview.",
        ),
        _h(
            "fail_disappointment",
            "fail failure disappointment letdown",
            r"(?:total|complete|epic|utter|massive|absolute|big) fail(?!\w)"
            r"|(?:you(?:'re| are| were)|an? (?:absolute|complete|total|utter|huge|massive|big|real)) "
            r"(?:\w+ )?(?:failure|disappointment|letdown|let-down)",
            "“{phrase}” labels the person as a failure.",
            _PERSON_SUGGEST,
        ),
        _hs(
            "personality_insult",
            [
                lexicon(
                    "arrogan* obnoxious* insufferabl* annoying* irritating whiny whining whiner whiners loser losers "
                    "jerk jerks smug know~it~all know~it~alls blowhard* charlatan* bluffer* poser poseur smartass "
                    "smart~arse smart~ass psycho lunatic* retard retarded retards spaz unhinged cocky bluffing bluffed "
                    "tiresome headless~chicken one~trick~pony"
                ),
                # not "April Fool's", "fool's gold", "a fool's errand" (round 64 look-alike)
                (
                    "fool fools foolish",
                    r"(?<!april\W)fools?(?!\W?s?\W(?:day|gold|errand|paradise|campaign))|foolish\w*",
                ),
                ("lame", r"lame(?![-\s]duck)"),
                (
                    "liar liars lies fraud",
                    r"liars?|(?:full of|pack of|bunch of|told|telling|outright|blatant)(?: \w+(?: and| or|,))? lies"
                    r"|fraud(?! (?:detection|prevention|team|model|checks?|cases?|rules?|analytics|scoring|triage"
                    r"|analysts?|alerts?"
                    r"|investigations?|risk|desk|unit|squad|rings?|exercise|queue|reports?|examiners?|audits?|files?"
                    r"|reviews?|findings|work|scenarios?))"
                    # fraud as the subject of the work (round 62: "the carve-out for fraud")
                    r"(?<!\bfor\Wfraud)(?<!\bof\Wfraud)(?<!\bagainst\Wfraud)(?<!\bon\Wfraud)(?<!\binto\Wfraud)"
                    r"(?<!\babout\Wfraud)(?<!\btax\Wfraud)(?<!\bcard\Wfraud)"
                    # a kind of fraud the work deals with (round 85: "over-65s targeted by doorstep fraud")
                    r"(?<!doorstep\Wfraud)(?<!romance\Wfraud)(?<!identity\Wfraud)(?<!online\Wfraud)"
                    r"(?<!benefit\Wfraud)(?<!pension\Wfraud)(?<!investment\Wfraud)",
                ),
                (
                    "weird creepy odd strange crazy nuts insane mental",
                    rf"{_YOU}{_BIT} (?:weird|creepy|odd|strange|crazy|nuts|insane|mental|unhinged)(?![-\w])",
                ),
                (
                    "nightmare pain",
                    r"(?:an? |absolute |total |complete |real |such a )*nightmare(?! scenario)"
                    r"|(?:a|such a|real|total) pain "
                    r"(?:to (?:work|pair|deal|talk) with|in the (?:neck|backside|arse|ass))",
                ),
                (
                    "care cares cared",
                    r"(?:don't|doesn't|didn't|do not|does not|did not) "
                    r"(?:even |really |seem to |seemed to )?care"
                    r"(?! (?:about|for) (?:the|this|that|edge|performance|\w+ing))",
                ),
                ("attitude", r"attitude (?:stinks|sucks|was (?:awful|terrible|appalling|a problem|poor))"),
            ],
            "“{phrase}” is a label on the person; it invites defensiveness and gives nothing to work on.",
            _PERSON_SUGGEST,
        ),
        _h(
            "no_clue",
            "clue idea understanding",
            r"(?:no|zero|not a|not the slightest|n't a|n't have a|n't have any|n't the faintest|not the faintest) "
            r"(?:clue|idea) (?:what|how|about|whatsoever)"
            r"(?: (?:you|he|she|they) (?:were|was|are|is) (?:doing|talking about|saying))?|(?:no|zero) clue"
            r"|(?:\w+n't|not|never)(?: \w+){0,3}? (?:have|had|has|got) (?:a|any|the (?:slightest|faintest)) clue"
            r"|(?:zero|no|not (?:a shred|an ounce) of) understanding (?:of|about)",
            "“{phrase}” dismisses the candidate's understanding wholesale.",
            "Name the specific concept that was missing and where it showed "
            "(e.g. “the answer on indexing didn't cover composite indexes”).",
        ),
        _hs(
            "cant_do_job",
            [
                (
                    "code program",
                    r"(?:can't|cannot|couldn't|could not) (?:even )?(?:code|program)(?! (?:review|that|this|it))",
                ),
                ("save", r"to save (?:your|his|her|their) life"),
                (
                    "cut business takes",
                    r"not cut out (?:for|to be)|no business being"
                    r"|(?:don't|doesn't|do not|does not|didn't) have what it takes",
                ),
                (
                    "developer engineer programmer designer manager",
                    r"(?:shouldn't|should not) be (?:a|an) (?:developer|engineer|programmer|designer|manager)"
                    r"|never (?:make it|be) (?:as )?(?:a|an) "
                    r"(?:(?:good|decent|real) )?(?:engineer|developer|programmer|designer)",
                ),
                (
                    "hire hired",
                    r"(?:nobody|no one|no company) (?:would|will|is going to) (?:ever )?hire you"
                    r"|(?:won't|wouldn't|will not|would not) get you (?:hired|a job|an interview) anywhere",
                ),
                (
                    "real",
                    r"(?:any|no) real (?:engineering|coding|programming|development|design)(?: (?:experience|work))?",
                ),
                (
                    "depth",
                    r"(?:completely|totally|utterly|hopelessly|way|so far|clearly) out of (?:your|his|her|their) depth",
                ),
                (
                    "career profession line",
                    r"(?:consider|find|try|look for|pick|choose) (?:a|another) "
                    r"(?:different )?(?:career|profession|line of work)",
                ),
            ],
            "“{phrase}” writes the candidate off; it is a verdict, not feedback.",
            "Name the gap and how someone closes it (e.g. “practise writing small programs with tests; the loop in the "
            "exercise never terminated for empty input”).",
        ),
        _h(
            "childish_work",
            "child kid toddler monkey intern grandma grandmother wrote written seen cat chimp keyboard",
            r"(?:written|done|made|drawn) by (?:a|an|my) "
            r"(?:child|kid|toddler|monkey|first~year|five~year~old|\d+~year~old)"
            r"|(?:a|an|my) (?:child|kid|toddler|monkey|grandma|grandmother|five~year~old|\d+~year~old) "
            r"(?:wrote|could (?:have )?(?:write|written|do|done)|would (?:have )?(?:written|done))"
            r"|seen (?:interns|students|juniors|children|kids|beginners|first~years|bootcamp grads) "
            r"(?:write|do|produce|build) better|(?:toddler|child|kid|monkey|cat|chimp) "
            r"(?:had )?(?:bashed|mashed|smashed|walked (?:on|across)|typed|hit|sat on)(?: (?:on|at))? "
            r"(?:the|a|my|your) keyboard",
            "“{phrase}” belittles the work.",
            _WORK_SUGGEST,
        ),
        _h(
            "rhetorical",
            "thinking even seriously",
            r"what (?:were|was) you thinking|did you even (?:try|read|test|prepare|look|check|think)|seriously\?",
            "“{phrase}” is sarcasm; it reads as an attack.",
            "Ask or state the point directly: what was missed and what you expected instead.",
        ),
        _h(
            "profanity",
            "fuck* wtf goddamn* damn* ass asshole* arse arsehole* half bloody bollocks",
            r"fuck\w*|wtf|god~?damn\w*|damn\w*|a(?:ss|rse)hole\w*|half[-\s]?a(?:ss|rse)d|half[-\s]?a(?:ss|rse)ed|ass"
            r"|arse|bollocks|bloody (?:awful|useless|terrible|mess|joke)",
            "“{phrase}” is profanity; it makes the feedback read as an attack.",
            "Remove it and state the point plainly and specifically.",
        ),
        _h(
            "slow_learner",
            "slow learner uptake witted",
            r"slow (?:learner|to (?:learn|understand|grasp|catch on))|too slow to (?:learn|understand)",
            "“{phrase}” judges the person's ability to learn.",
            "Describe what took time in the exercise and what the role expects "
            "(e.g. “the first working version came after 40 minutes; the role needs quicker iteration”).",
        ),
    ]
)


# --- contempt without a listed word (lemma rules: lemmas.py) -------------------------------------------
# Written over the lemma view, so each covers every form of its verbs ("stop wasting", "wasted",
# "waste"; "laughed", "laughing"). _ANY is up to N free words.
def _hl(name, parts, message, suggestion, **context):
    return rules("harsh", name, parts, message, suggestion, lemmas=True, **context)


def _any(n: int) -> str:
    return rf"(?:[\w'-]+ ){{0,{n}}}"


_NOBODY = (
    r"(?:nobody|no one|no - one|noone|not one person|no (?:sane|serious|sensible|self - respecting|decent"
    r"|reputable) \w+"
    r"|no (?:recruiter|employer|company|manager|team))"
)
_OTHERS_TIME = (
    r"(?:our|my|everyone 's|everybody 's|the panel 's|the team 's|\w+ 's|\w+ ') "
    r"(?:\w+ )?(?:time|afternoon|morning|day|hour|evening|energy|patience)"
)
_DULL = (
    r"(?:exhaust|exhausting|draining|drain|tedious|tiresome|a chore|a slog|an ordeal|torture|agony|excruciating"
    r"|unbearable|insufferable|painful|boring|mind - numbing|mind - numb|a struggle|hard work|a nightmare)"
)

_CONTEMPT_MESSAGE = "Contempt for the person rather than a point about the work: {why}"
RULES += flatten(
    [
        _hl(
            "nobody_wants_you",
            [
                (
                    "nobody one noone person sane recruiter employer",
                    rf"{_NOBODY} {_any(3)}(?:could|can|would|will|be go to|be able to|want to|ever)? ?"
                    r"(?:stand(?! up)|bear|tolerate|put up with|want to (?:hire|work with|listen to|deal with"
                    rf"|sit through|be around|manage|employ)|hire|employ) {_any(3)}you\b",
                ),
                (
                    "amaze surprise shock astonish stun",
                    r"(?:amaze|amazed|surprise|surprised|shock|shocked|astonish|astonished|stun|stunned) if "
                    r"(?:anyone|anybody|someone|somebody|any \w+|a \w+) "
                    rf"{_any(2)}(?:hire|employ|take|want|pick|offer) (?:\w+ )?you\b",
                ),
                (
                    "find finding luck",
                    r"(?:find|luck find) (?:anyone|anybody|someone|somebody|a \w+) (?:who|that|willing to) "
                    r"(?:'ll |will |would |be willing to )?(?:hire|employ|take|want) you\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it says no one would want to work with or hire the candidate."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "wasted_our_time",
            [
                ("stop quit", r"(?:stop|quit) waste\b"),
                (
                    "waste",
                    rf"(?:you|they|this|that|it|application|interview|submission) {_any(2)}"
                    rf"(?P<hit>waste {_any(5)}{_OTHERS_TIME})",
                ),
                ("waste", rf"(?:a|total|complete|such a|utter) waste of {_any(3)}{_OTHERS_TIME}"),
            ],
            _CONTEMPT_MESSAGE.format(
                why="it tells the candidate they wasted other people's time, which reads as scorn, not feedback."
            ),
            "Say what was missing and what the role needs (e.g. “the role needs production experience with "
            "payroll systems, which the application did not show”).",
        ),
        _hl(
            "wrong_career",
            [
                (
                    "reconsider rethink question",
                    rf"(?:reconsider|rethink|question|think hard about) {_any(3)}(?:career|field|profession|industry"
                    r"|line of work|job choice|choice of career|vocation)",
                ),
                (
                    "career field profession industry line vocation",
                    r"(?:whether|if) (?:this|that|the|your) (?:career|field|profession|industry|line of work|vocation) "
                    r"(?:\w+ )?(?:be|is) (?:really |actually )?(?:right|for you|meant)",
                ),
                ("cut", r"(?:not|n't|never) (?:\w+ )?cut out for"),
                (
                    "career profession line work",
                    r"(?:find|try|look for|choose|pick|consider) (?:a |another |some )?(?:different|new|other|easier) "
                    r"(?:career|line of work|profession|field of work)(?! in\b| such as\b| like\b)",
                ),
                (
                    "require think thought brain",
                    r"(?:job|role|career|work|position|line of work|something) (?:that|which|where (?:you|one)) "
                    r"(?:\w+ ){0,2}(?:not|n't|no) (?:require|need|involve|call for|demand) (?:any |much |a lot of )?"
                    r"(?:think|brain|brainpower|intelligence|skill|talent)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="it tells the candidate to give up their career, which no interview can judge."
            ),
            "Name the skill the role needed and where it fell short; leave career choices to the candidate.",
        ),
        _hl(
            "ridicule",
            [
                ("laugh", r"laugh (?:[\w-]+ ){0,4}?(?:at|about|over) (?:\w+ ){0,2}(?:you|your)\b"),
                ("laughable laughingstock", r"laughable|laughing ?stock"),
                ("joke", r"(?:you|your \w+) (?:\w+ )?be (?:a |such a |an absolute |a complete |a total )joke"),
            ],
            _CONTEMPT_MESSAGE.format(why="it tells the candidate they were laughed at."),
            _WORK_SUGGEST,
        ),
        _hl(
            "never_done_it",
            [
                (
                    "never",
                    r"(?:someone|somebody|a person|an? \w+|people|anyone) (?:who|that) (?:have |has |had )?never "
                    r"(?:\w+ )?(?:program|programme|code|write|see|use|open|touch|read|work|build|design|cook|drive"
                    r"|teach|sell|do|hear of|be near)",
                ),
                (
                    "never",
                    r"(?:as (?:if|though)|like) you (?:have |had |'d |'ve )?never (?:\w+ )?(?:set foot|step|be in"
                    r"|be near"
                    r"|program|code|write|see|use|open|touch"
                    r"|read|work|build|design|do|hear of)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it mocks the candidate as a complete beginner."),
            _WORK_SUGGEST,
        ),
        _hl(
            "a_child_could",
            [
                (
                    "child kid toddler student teenager intern trainee monkey beginner year schoolchild schoolkid "
                    "grandmother gran nan grandma",
                    r"(?:child|kid|toddler|student|teenager|intern|trainee|monkey|beginner|first - year|first year"
                    r"|schoolchild|schoolkid|grandmother|gran|nan|grandma|\w+ - year - old) "
                    r"(?:\w+ ){0,2}(?:could|would|can|might) (?:'ve |have )?(?:\w+ )?(?:do|write|build|produce|make"
                    r"|code|manage|answer|solve|cook|draw|design|handle|put together) (?:\w+ ){0,4}?"
                    r"(?:good|well|this|that|it|as well)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="comparing the candidate to a child or a beginner belittles them."),
            _WORK_SUGGEST,
        ),
        _hl(
            "how_did_you_get_here",
            [
                (
                    "how",
                    r"how (?:on earth |exactly |in the world )?you (?:\w+ ){0,2}(?:get|make it|pass|slip|squeak|scrape"
                    r"|sneak|be let|end up) (?:through|past|into|onto|on) (?:\w+ ){0,3}(?:screen|round|stage|filter"
                    r"|interview|shortlist|process|sift|cut|hurdle|gate)",
                ),
                ("how", r"how you (?:\w+ )?(?:get|be) (?:shortlist|invite|select|pick|shortlisted|invited|selected)"),
                ("who", r"who (?:let|invite|shortlist|pass) you (?:through|in)\b"),
            ],
            _CONTEMPT_MESSAGE.format(why="it says the candidate should never have been interviewed."),
            _WORK_SUGGEST,
        ),
        _hl(
            "tiresome",
            [
                (
                    "listen watch sit talk interview follow read",
                    rf"(?:listen|watch|sit through|talk|interview|follow|read) (?:\w+ ){{0,3}}(?:you|your \w+) "
                    rf"{_any(3)}be (?:\w+ )?{_DULL}\b",
                ),
                (
                    "exhaust exhausting draining drain tedious tiresome chore slog ordeal torture agony excruciating "
                    "unbearable insufferable painful boring struggle nightmare",
                    rf"{_DULL} (?:\w+ ){{0,2}}(?:to|) ?(?:listen to|watch|sit through|talk to|interview|follow"
                    r"|be around|deal with|read) (?:\w+ )?(?:you|your)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it says listening to the candidate was a burden."),
            "Say what made the answers hard to follow (e.g. “your answer to the outage question took eight minutes "
            "before reaching the fix”) and what a good answer would have done.",
        ),
        _hl(
            "good_enough",
            [
                (
                    "believe",
                    r"(?:can n't|can not|cannot|could n't|could not|ca n't) believe (?:that )?you (?:\w+ ){0,2}"
                    r"(?:think|consider|call|dare|bother|expect|submit|send|show|present)",
                ),
                (
                    "think believe",
                    r"you (?:really|honestly|actually|seriously|genuinely) (?:think|believe|expect) "
                    rf"{_any(5)}(?:good enough|acceptable|ready|professional|up to (?:the )?standard)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it mocks the candidate's judgment in sending the work."),
            _WORK_SUGGEST,
        ),
    ]
)


# --- scornful words from a valence lexicon, aimed at the person or their work ----------------------------
# VADER's lexicon (valence.py) rates thousands of words; one rated -1.5 or lower is a strong negative.
# It becomes a finding only when it judges the candidate or their work: "you were/seemed/came across as
# X", "your answers were X", "such a X", or intensified ("utterly X"). Ordinary criticism words that
# the lexicon rates negative too stay clean ("wrong", "weak", "failed", "a problem"), and so do words
# that belong to legal_risk (health) or to the job's own subject ("error", "blind spot").
_SCORN_THRESHOLD = -1.5
_ORDINARY_CRITICISM = frozenset(
    """
    wrong weak weaker weakest poor poorer poorest poorly fail fails failed failing failure failures error errors
    mistake mistakes problem problems problematic issue issues bug bugs broken unsuccessful unclear confusing
    confused slow missing lacking lack nervous anxious tired sick ill depressed blind worrying worried worry
    worries concern concerned concerning disappointing disappointed disappointment bad badly worse worst
    negative risky risk dangerous insecure difficult hard unfortunate unfortunately sorry regret regrettably
    limited incomplete inconsistent late rejected reject rejection unacceptable flawed flaw defective
    damage damaged critical criticism stress stressed stressful pain hurt injured disabled harm harmful
    upset frustrated frustrating frustration struggle struggled struggling miss missed lost lose losing
    doubt doubts doubtful uncertain unsure unhappy sad crisis emergency threat attack killed dead kill war
    fear feared scared afraid panic alarm alarming warning trouble troubled cancer disease death
    """.split()
)


def _scornful_words() -> frozenset[str]:
    words = {w for w, v in VALENCE.items() if v <= _SCORN_THRESHOLD and w.isalpha() and len(w) > 2}
    words |= {lemma(w) for w in words}
    words -= _ORDINARY_CRITICISM
    words -= {lemma(w) for w in _ORDINARY_CRITICISM}
    return frozenset(words)


# Slang praise the lexicon reads literally: "your portfolio was killer", "a killer demo lesson" (rounds 18, 20).
_SLANG_PRAISE = frozenset({"killer", "killers", "wicked", "badass", "striking"})  # "striking" (round 29)
_SCORN_WORDS = _scornful_words() - _SLANG_PRAISE - {lemma(w) for w in _SLANG_PRAISE}
# A negative adverb that only intensifies a positive word is praise (round 18): "brutally honest about the
# risks", "insanely good", "wickedly funny". VADER rates the second word positive.
_PRAISED = "|".join(sorted(w for w, v in VALENCE.items() if v >= 1.0 and w.isalpha()))
_INTENSIFIES_PRAISE = rf"(?<=ly) (?:{_PRAISED})\b"
_SCORN = " ".join(sorted(_SCORN_WORDS))  # the anchors
_ADV = (
    r"(?:(?:a bit|a little|kind of|rather|really|quite|very|so|too|pretty|utterly|totally|completely|just|clearly"
    r"|simply|frankly|honestly|incredibly|truly|absolutely|thoroughly|downright|painfully|embarrassingly|genuinely"
    r"|fairly|somewhat|extremely|deeply|plain|plainly|and|,) )*"
)
_ARTICLE = rf"(?:a |an |such a |such )?{_ADV}"
_WORD = r"(?P<hit>[a-z]+)\b"  # one of _SCORN_WORDS (hit_in)
RULES += flatten(
    [
        _hl(
            "scornful_word",
            [
                (
                    _SCORN,
                    rf"you (?:be|seem|come across as|sound|look|appear|act|behave)(?: like)? {_ADV}{_ARTICLE}{_WORD}",
                ),
                (
                    _SCORN,
                    rf"your (?:[\w-]+ ){{1,3}}(?:be|seem|look|feel|read|sound|come across as|appear)(?: like)? {_ADV}"
                    rf"{_ARTICLE}{_WORD}",
                ),
                (
                    _SCORN,
                    r"(?:utterly|completely|totally|absolutely|incredibly|thoroughly|downright|painfully|embarrassingly"
                    rf"|ridiculously|staggeringly|astonishingly|spectacularly|shockingly|appallingly) {_WORD}",
                ),
                (_SCORN, rf"(?:what|such) an? {_WORD}"),
            ],
            "A verdict on the candidate or their work in strongly negative words (rated as such in the VADER "
            "sentiment lexicon): it hurts and names nothing they could fix.",
            _WORK_SUGGEST,
            hit_in=_SCORN_WORDS,
            not_after=_INTENSIFIES_PRAISE,
        ),
    ]
)


# --- belittling comparisons, rhetorical jabs and bans (lemma rules) -------------------------------------
# The lesser author a piece of work is compared with ("written by a bored teenager", "better cover
# letters from bots", "a first-year student could have done better").
_LESSER = (
    r"(?:child|kid|toddler|teenager|teen|schoolkid|schoolchild|schoolboy|schoolgirl|student|intern|monkey|chimp"
    r"|hamster|goldfish|bot|robot|chatbot|ai|first - year|\w+ - year - old|grandmother|grandma|nan|gran|amateur"
    r"|beginner|novice|parrot|dog|cat|trained \w+|potato|brick|rock|plank|work - experience kid|work experience kid)"
)
_LESSER_ANCHORS = " ".join(dict.fromkeys(w for w in re.findall(r"[a-z]+", _LESSER) if w != "w"))
RULES += flatten(
    [
        _hl(
            "lesser_author",
            [
                (
                    "write make do draw build design produce put throw",
                    r"(?:write|make|do|draw|build|design|produce|put together|throw together|code|type) by "
                    rf"(?:a |an |some |my )?(?:\w+ ){{0,2}}{_LESSER}\b",
                ),
                (
                    "good more",
                    r"(?:see|get|read|receive|have|hear) (?:good|a good|far good|much good|more \w+) (?:\w+ ){0,3}"
                    rf"(?:from|by) (?:a |an |the |some |my |our )?(?:[\w-]+ ){{0,3}}?{_LESSER}s?\b",
                ),
                (
                    _LESSER_ANCHORS,
                    rf"{_LESSER} (?:\w+ ){{0,2}}(?:could|would|can|might) (?:'ve |have )?(?:\w+ )?(?:do|write|build"
                    r"|produce|make|code|manage|answer|solve|explain|present|draw|design|handle) (?:\w+ ){0,4}?"
                    r"(?:good|well|more|clearly|this|that|it)\b",
                ),
                (
                    "schoolboy schoolgirl amateurish childish rookie",
                    r"(?:schoolboy|schoolgirl|amateurish|childish|rookie) (?:error|mistake|blunder|slip|stuff|effort"
                    r"|work|answer|attempt)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="comparing the work with a child's, a beginner's or a bot's belittles it."),
            _WORK_SUGGEST,
        ),
        _hl(
            "nothing_at_all",
            [
                (
                    "absolutely literally precisely basically practically essentially",
                    r"(?:say|contribute|add|offer|show|produce|deliver|bring|tell us|know|understand|do|achieve|prepare"
                    r"|learn) (?:absolutely|literally|precisely|basically|practically|essentially) (?:nothing|zero"
                    r"|nil)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it dismisses everything the candidate said or did."),
            "Say which question went unanswered and what a good answer would have covered.",
        ),
        _hl(
            "did_anyone_even",
            [
                (
                    "actually even ever really",
                    r"(?:do|did) (?:anyone|anybody|you|someone) (?:actually|even|ever|really|honestly) (?:check|read"
                    r"|look at|proofread|test|open|review|try|think|run|listen|prepare|bother|know|understand|realise"
                    r"|realize|have any idea|care)",
                ),
            ],
            "Sarcasm about whether the candidate checked their own work; it reads as an attack.",
            "State what was wrong in the work and what checking it would have caught.",
        ),
        _hl(
            "not_near_it",
            [
                (
                    "let allow trust",
                    r"(?:would|will|could|should) (?:ever |never )?(?:let|allow|trust) you (?:anywhere )?(?:near|with"
                    r" a|with an|with the|within|to touch|to run|to lead|to handle)",
                ),
                ("mind", r"(?:nobody|no one|no - one|anyone|no \w+) in (?:their|his|her|one 's|its) right mind"),
            ],
            _CONTEMPT_MESSAGE.format(why="it says the candidate cannot be trusted with the work at all."),
            _WORK_SUGGEST,
        ),
        _hl(
            "do_not_apply_again",
            [
                (
                    "apply reapply contact",
                    r"(?:do n't|do not|never|please do not|please do n't|please never) (?:bother )?(?:\w+ )?"
                    r"(?:apply|reapply|contact us|get in touch) (?:\w+ ){0,3}again\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it bans the candidate without a reason they could act on."),
            "If there is a reason not to reapply soon (e.g. a missing licence), name it and what would change it.",
            not_after=r" ?(?:until|unless|before|for (?:\w+ )?(?:month|year|week))",
        ),
        _hl(
            "eyes_shut",
            [
                (
                    "eye blindfold sleep asleep",
                    r"you (?:\w+ ){0,2}(?:draw|write|do|make|build|design|put|type|code|plan|cook|paint|assemble|sketch"
                    r"|throw) (?:\w+ ){0,3}(?:with (?:your |one 's )?eye (?:shut|closed|close)|blindfold|blindfolded"
                    r"|in your sleep|half asleep|asleep)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it mocks the work as done without any care."),
            _WORK_SUGGEST,
        ),
        _hl(
            "worst_ever",
            [
                (
                    "least bad worst",
                    r"the (?:(?:least|less) (?!experience|senior|expensive|risky|costly|likely)\w+|bad"
                    r"|worst) (?:(?!case\b|practice\b)[\w-]+ ){0,2}(?:that )?(?:we|I) (?:'ve |have |had |'d )?"
                    r"(?:ever )?"
                    r"(?:see|hear|interview|meet|read|receive|get|sit through)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="ranking the candidate as the worst ever is a verdict, not feedback."),
            _WORK_SUGGEST,
        ),
        _hl(
            "should_be_ashamed",
            [
                (
                    "embarrass embarrassed ashamed mortify mortified humiliate humiliated shame",
                    r"you (?:should|ought to|must|would) (?:really |honestly |frankly )?(?:be|feel) (?:\w+ )?"
                    r"(?:embarrass|embarrassed|ashamed|mortify|mortified|humiliate|humiliated)",
                ),
                (
                    "shock appal appall horrify disgust",
                    r"(?:frankly|honestly|genuinely|truly|quite) (?:shock|appal|appall|horrify|disgust)(?:ed)? "
                    r"(?:us|me|the panel|everyone|the team)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it tries to shame the candidate."),
            _WORK_SUGGEST,
        ),
    ]
)


# --- name-calling, dismissal and sarcasm idioms (lemma rules) --------------------------------------------
_INSULT_NOUN = (
    r"(?:timewaster|time - waster|time waster|chancer|clown|liability|lightweight|fraud|phoney|phony|bluffer"
    r"|blagger|waste of space|deadweight|dead weight|freeloader|slacker|layabout|diva|prima donna|know - it - all"
    r"|show - off|loudmouth|joke|charlatan|amateur|cowboy|muppet|numpty|passenger)"
)
_INSULT_ANCHORS = " ".join(dict.fromkeys(re.findall(r"[a-z]+", _INSULT_NOUN)))
RULES += flatten(
    [
        _hl(
            "name_calling",
            [
                (
                    "call label consider think brand dismiss",
                    r"(?:call|label|consider|brand|dismiss|describe|think of|refer to) you (?:as )?(?:a |an |such a "
                    r"|the )?"
                    rf"(?:real |total |complete |absolute |bit of a |proper )?{_INSULT_NOUN}\b",
                ),
                (
                    _INSULT_ANCHORS,
                    r"you (?:be|seem|come across as|sound|look) (?:like )?(?:a |an |such a )?(?:real |total |complete "
                    rf"|absolute |bit of a |proper )?{_INSULT_NOUN}\b",
                ),
                ("amateur hour", r"amateur (?:hour|night)"),
            ],
            _CONTEMPT_MESSAGE.format(why="it calls the candidate names."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "dismissive_idiom",
            [
                (
                    "belong bin trash rubbish garbage skip shredder dustbin scrap",
                    r"belong (?:in|on) the (?:bin|trash|rubbish|garbage|skip|scrap heap|scrapheap|dustbin|shredder"
                    r"|fire)"
                    r"|(?:straight |right )?(?:in|into) the (?:bin|trash|rubbish bin|shredder|dustbin)\b",
                ),
                (
                    "allergic",
                    r"allergic to (?:hard |any |real |honest )?(?:work|effort|thinking|thought|detail|preparation"
                    r"|feedback|criticism|responsibility|deadline|testing|planning)",
                ),
                (
                    "awake asleep sleep doze",
                    r"(?:struggle|fight|try|hard|battle) to (?:stay|keep) awake|(?:nearly|almost|practically) "
                    r"(?:fall|fell|nod|doze|drift) (?:asleep|off)|(?:fall|fell|nod|doze) (?:asleep|off) (?:during|while"
                    r"|listening|watching|half)|put (?:me|us|the panel|everyone) to sleep",
                ),
                (
                    "employable hireable hirable unemployable unhireable unhirable",
                    r"(?:not|n't|never|nowhere near) (?:\w+ ){0,4}(?:employable|hireable|hirable)|unemployable"
                    r"|unhireable|unhirable",
                ),
                (
                    "organise organize piss",
                    r"(?:could n't|can n't|cannot|could not|struggle to|unable to) (?:organise|organize|run|find) "
                    r"(?:a|an) (?:[\w-]+ ){1,4}in a (?:brewery|distillery|pub|bar)|piss - up|piss\w*",
                ),
                (
                    "coast freeload skive slack carry",
                    r"(?:you|someone who|somebody who|the type who|the kind of person who|the sort who) (?:\w+ ){0,2}"
                    r"(?:coast|freeload|skive|slack off|let (?:others|other people|everyone else|the team|colleague)"
                    r" (?:\w+ )?(?:carry|do))\b",
                ),
                (
                    "baffling baffle astonishing amazing incredible unbelievable mystery staggering boggle",
                    r"(?:baffling|baffle|astonishing|astonish|incredible|unbelievable|mind - boggling|beyond me"
                    r"|a mystery"
                    r"|hard to believe|staggering) (?:that|how|why) you (?:\w+ ){0,2}(?:think|consider|believe|call"
                    r"|submit|send|expect|decide)",
                ),
                (
                    "ashamed embarrass embarrassed mortify mortified humiliate humiliated",
                    r"(?:should|ought to|must) (?!not |never )(?:\w+ )?(?:be|feel) (?:\w+ )?(?:ashamed|embarrass"
                    r"|embarrassed|mortify|mortified|humiliate|humiliated)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it dismisses the candidate or their work with scorn instead of a reason."),
            _WORK_SUGGEST,
            not_before=r"(?:no one|nobody|noone|none of us|never|nothing|no need to|not) ",
        ),
    ]
)


# --- round 9: put-downs built from ordinary words (lemma rules) ------------------------------------------
_WORK_INSULT = (
    r"(?:eyesore|word salad|dumpster fire|horror show|pig 's ear|dog 's breakfast|car crash|trainwreck|train wreck"
    r"|shambles|disgrace|embarrassment|laughingstock|travesty|farce|fiasco|mess|joke|insult)"
)
_WORK_INSULT_ANCHORS = " ".join(dict.fromkeys(re.findall(r"[a-z]+", _WORK_INSULT)))
RULES += flatten(
    [
        _hl(
            "work_insult",
            [
                (
                    _WORK_INSULT_ANCHORS,
                    r"(?:your (?:[\w-]+ ){1,3}|it |that |this )(?:be|look|read|feel|seem|sound) (?:like )?"
                    r"(?:a |an |such a |a complete |a total |an absolute |a real |a bit of an? )?"
                    rf"(?P<hit>{_WORK_INSULT})\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it labels the work with an insult instead of saying what was wrong."),
            _WORK_SUGGEST,
        ),
        _hl(
            "sarcasm",
            [
                ("always", r"(?:be|are) you always this \w+|or (?:be|was|is) (?:today|this) (?:special|a one - off)"),
                (
                    "know understand see imagine fathom",
                    r"(?:do n't|can n't|cannot|do not|genuinely do n't) (?:know|understand|see|imagine|fathom) how you"
                    r" (?:[\w']+ ){0,3}(?:hold|keep|land|get|manage|pass|survive|last)",
                ),
                (
                    "wonder doubt",
                    r"(?:wonder|doubt) (?:if|whether) you (?:'d |had |have |even |actually |ever )*(?:bother|care|try"
                    r"|prepare|read|look)",
                ),
                ("rather than", r"rather (?:[\w']+ ){1,5}than (?:hire|employ|work with|take on|interview|have) you"),
                (
                    "grateful thankful lucky",
                    r"(?:should|ought to) be (?:\w+ )?(?:grateful|thankful|glad|happy"
                    r"|lucky) (?:that )?you (?:\w+ ){0,2}"
                    r"(?:get|be give|make it|even)|lucky to (?:get|have|be give) (?:an |this |the )?(?:interview"
                    r"|shortlist"
                    r"|chance)",
                ),
                ("name bad", r"give (?:\w+ ){0,3}a bad name"),
                (
                    "highly yourself show opinion",
                    r"think (?:very |so |rather |quite |pretty )?highly of yourself|(?:so |very )little to show"
                    r"|full of yourself|(?:big|high|inflate) opinion of yourself",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it is sarcasm at the candidate's expense."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "childish",
            [
                (
                    "toddler child kid teenager brat baby schoolchild",
                    r"like a (?:\w+ )?(?:toddler|child|kid|teenager|spoilt child|spoiled child|spoil child|brat|baby"
                    r"|schoolchild)\b(?! in a (?:sweet|candy) (?:shop|store))",
                ),
                (
                    "primary kindergarten nursery toddler child infant preschool level",
                    r"(?:at|of) (?:a )?(?:primary - school|primary school|kindergarten|nursery|toddler|child|infant"
                    r"|preschool)(?: 's)? level|(?:primary - school|primary school|kindergarten|toddler|infant"
                    r"|preschool)"
                    r" level",
                ),
                (
                    "potato toaster brick microwave calculator",
                    r"(?:take|shoot|film|draw|write|make|record|photograph|do|design|build|code) (?:\w+ ){0,2}"
                    r"(?:on|with|by) a (?:potato|toaster|brick|microwave|calculator)",
                ),
                (
                    "rocket brain beyond",
                    r"(?:simple|simplest|easy|easiest|basic|most basic) (?:\w+ )?(?:question|task|problem|exercise) "
                    r"(?:\w+ )?(?:look|seem|sound) (?:like )?(?:rocket science|brain surgery)|(?:be|seem|look) "
                    r"(?:\w+ )?beyond you\b",
                ),
                (
                    "existent nonexistent",
                    r"(?:knowledge|grasp|understanding|skill|command|awareness|idea"
                    r"|competence) (?:of \w+ )?(?:\w+ ){0,2}"
                    r"(?:be|was|is) (?:\w+ )?(?:non - existent|nonexistent|non existent)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it treats the candidate as a child or their knowledge as nothing."),
            _WORK_SUGGEST,
        ),
        _hl(
            "ordeal",
            [
                (
                    "painful excruciating tedious boring agonising agonizing torturous long",
                    r"(?:most|so|such a|really|incredibly) (?:painful|excruciating|tedious|boring|agonising|agonizing"
                    r"|torturous|long) (?:\w+ ){0,2}(?:hour|minute|interview|afternoon|morning|day|meeting|call|session"
                    r"|presentation)s? (?:of my|i 've|we 've|i have|we have|in|ever)",
                ),
                (
                    "cringe cringing cringeworthy cringey cringy wince squirm",
                    r"(?:cringe|wince|squirm|groan)(?:ing|d)? (?:\w+ ){0,2}(?:through|at|during|over) (?:your|you)\b"
                    r"|cringe - worthy|cringeworthy|cringey|cringy",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it says the interview was an ordeal for the panel."),
            "Say what made it hard to follow and what a good answer would have done.",
        ),
    ]
)


# --- round 10: sarcasm, belittling comparisons, giving-up advice, mocking the motive --------------------
# Contempt without an insult word, written as families of a construction rather than phrases: praise
# that means its opposite ("quite the achievement to get every question wrong"), a lesser person or
# thing held up as better ("the interns were more capable than you", "more structure in a toddler's
# drawing than in your plan"), advice to give up ("stick to stacking shelves", "look for something
# less demanding") and doubt that the candidate should have applied at all ("why you bothered").
_BETTER = (
    r"(?:(?:far|much|a lot|way|considerably|noticeably|clearly|significantly|rather|infinitely) )?"
    r"(?:more (?:capable|competent|skilled|professional|articulate|prepared|organise|organize|organised|organized"
    r"|mature|knowledgeable|polished|confident|convincing|useful|impressive|able|coherent|thoughtful|structured"
    r"|reliable|insightful)|good|smart|sharp|quick|bright|clever|fast)"
)
_SILLY = (
    rf"(?:{_LESSER[3:-1]}|spaghetti|bowl of \w+|fortune cookie|cereal box|greeting card|napkin|crayon|colouring book"
    r"|coloring book|fridge magnet|shopping list|ransom note|sandcastle|junk drawer|kindergarten|nursery|playground"
    r"|primary school|finger - painting|school project)"
)
_FIELD_FOR_YOU = (
    r"(?:be|is) (?:really |actually |even |truly |honestly )?(?:for you|right for you|meant for you|your calling"
    r"|your thing|the (?:right )?(?:career|job|field|profession|path) for you)"
)
# Sarcastic praise: up to four words that are not a negation, then a blunder ("quite the achievement to
# get every single question wrong"); "quite the feat to never miss a deadline" stays praise.
_FILLER = r"(?:(?!never\b|not\b|n't\b|without\b|zero\b|no\b)[\w']+ ){0,4}?"
_BLUNDER = (
    r"(?:wrong|incorrect|incorrectly|miss|fail|forget|lose|break|mix up|misread|misspell|confuse|contradict|crash"
    r"|overrun|botch|mangle|none (?:of (?:the |your |my )?(?:\w+ ){1,2})?(?:right|correct|correctly))\b"
)
_NOT_EXPECTED = r"(?! (?:'d|would|might|may|think|expect|imagine|realise|realize|will))"
_SARCASM_MESSAGE = _CONTEMPT_MESSAGE.format(why="it is sarcasm at the candidate's expense.")
RULES += flatten(
    [
        _hl(
            "sarcastic_praise",
            [
                (
                    "achievement feat accomplishment effort talent skill performance gift",
                    r"(?:quite the|quite a|quite an|what a|what an|some|a real|such an?|an impressive|a remarkable) "
                    r"(?:\w+ )?(?:achievement|feat|accomplishment|effort|talent|skill|performance|gift) (?:to |, |- )"
                    rf"{_FILLER}{_BLUNDER}",
                ),
                (
                    "impressive remarkable amazing astonishing incredible",
                    r"(?:impressive|remarkable|amazing|astonishing|incredible|quite something) (?:how|that) (?:you )?"
                    rf"(?:manage to |manage |contrive to )?{_FILLER}(?:{_BLUNDER}|avoid|dodge)"
                    r"|how (?:little|few \w+) you (?:\w+ )?(?:prepare|know|understand|bother|say|read|research"
                    r"|practise|practice|care|manage|remember)\b",
                ),
                (
                    "done congratulation congratulations congrats bravo hat",
                    rf"(?:well do|congratulation|congrats|bravo|hat off) (?:on|for) {_FILLER}{_BLUNDER}",
                ),
            ],
            _SARCASM_MESSAGE,
            _WORK_SUGGEST,
        ),
        _hl(
            "doubting_the_claim",
            [
                (
                    "apparently supposedly allegedly",
                    r"(?:experience|expert|expertise|senior|qualify|qualified|degree|certify|certified|year|skill"
                    r"|background|leader|manager|specialist|professional|fluent|cv|claim) (?:\w+ ){0,2}, "
                    r"(?:apparently|supposedly|allegedly) (?:,|\.|!|;|-|though|but|or so)",
                ),
                (
                    "apparently supposedly allegedly hard difficult impossible",
                    r"(?:apparently|supposedly|allegedly|so you say|so we be tell|or so you) (?:[\w',]+ ){0,8}?"
                    r"(?:hard|difficult|impossible|tricky) to (?:tell|see|say|know|spot|find)\b",
                ),
                (
                    "call supposed alleged proclaim style describe",
                    r"your (?:so - call|supposed|alleged|self - proclaim|self - style|self - described"
                    r"|self - describe) "
                    r"(?:\w+ )?(?:experience|expertise|skill|leadership|knowledge|seniority|qualification|portfolio"
                    r"|background|expert|talent)",
                ),
                (
                    # Scare quotes around the candidate's health (round 21: "their so-called condition").
                    "call",
                    r"(?:your|their|his|her) so - call (?:\w+ )?(?:condition|illness|injury|disability|diagnosis"
                    r"|allergy|anxiety|depression|migraine|back|health|symptom|syndrome|disorder|sickness|stress)",
                ),
                (
                    "know guess tell show",
                    r"(?:though|but|not that) (?:you|anyone|one|we) (?:would|could|'d) (?:n't|never|not) "
                    r"(?:have )?(?:know|guess|tell) (?:it|that)\b"
                    r"|not that (?:it|any of it|this|that) (?:show|come across)",
                ),
            ],
            _SARCASM_MESSAGE,
            "If the experience did not show, say where you looked for it and what you found (e.g. “your CV lists "
            "ten years of network design, but the design exercise had no redundancy”).",
        ),
        _hl(
            "lesser_was_better",
            [
                (
                    "intern trainee graduate junior apprentice student child kid teenager temp leaver toddler "
                    "volunteer newbie beginner starter work year",
                    r"(?:intern|trainee|graduate|junior|apprentice|student|child|kid|teenager|temp|school leaver"
                    r"|toddler|work - experience \w+|work experience \w+|volunteer|first - year|newbie|beginner"
                    r"|new starter|\w+ - year - old) (?:[\w'-]+ ){0,7}?(?:be|seem|look|sound|come across as) "
                    rf"{_BETTER} than you\b{_NOT_EXPECTED}",
                ),
                (
                    "could would can",
                    r"(?:could|would|can) (?:have )?(?:do|manage|write|answer|present|handle|build|explain|make) "
                    rf"(?:it |this |that |the \w+ )?(?:good|well|more \w+) than you\b{_NOT_EXPECTED}",
                ),
                (
                    "more",
                    r"(?:see|find|hear|get|read|encounter|come across|have|find) more (?:[\w-]+ ){1,3}(?:in|from|on) "
                    rf"(?:a |an |my |the |some |our |any )?(?:[\w'-]+ ){{0,3}}?{_SILLY}(?: 's)? (?:[\w-]+ ){{0,3}}"
                    r"than (?:in |from |on )?(?:your|you)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="holding up a beginner, a child or a toy as better than the candidate belittles them."
            ),
            _WORK_SUGGEST,
        ),
        _hl(
            "give_up",
            [
                (
                    "seriously honestly really genuinely frankly truly",
                    r"(?:seriously|honestly|really|genuinely|frankly|truly) (?:\w+ ){0,2}(?:ask yourself|question"
                    rf"|wonder|think about|consider|reflect on) (?:whether|if) (?:[\w-]+ ){{1,3}}{_FIELD_FOR_YOU}",
                ),
                ("all", rf"(?:whether|if) (?:[\w-]+ ){{1,3}}{_FIELD_FOR_YOU} at all\b"),
                (
                    "look search try apply",
                    r"(?:look|search|try|apply) (?:for|at) (?:something|a role|a job|role|job|work|a career|position"
                    r"|opening) (?:\w+ ){0,2}?(?:less (?:demanding|demand|challenging|challenge|difficult|taxing|tax)"
                    r"|easy|simple"
                    r"|more at your level|(?:within|below|beneath) your (?:ability|abilities|limit|capability"
                    r"|capabilities|level))\b(?! hour| shift| travel| commute| schedule| rota| on - call| workload)",
                ),
                (
                    "save spare",
                    r"(?:save|spare) yourself the (?:effort|bother|embarrassment|heartache|humiliation|disappointment)"
                    r"(?! of (?:re|upload|fill|submit|send|wait))",
                ),
                (
                    "give up quit",
                    r"(?:should|could|might|may want to|better|good|just|maybe|perhaps|time to|consider|best to"
                    r"|good to) (?:\w+ )?"
                    r"(?:give up|quit|abandon) (?:on )?(?:your |the |this )?(?:\w+ )?(?:career|dream|ambition|idea of"
                    r"|hope of|plan to become|field|profession)\b",
                ),
                (
                    "bother",
                    r"(?:do n't|do not|no need to|need n't|would n't|not) (?:even )?bother (?:apply|reapply|try)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it tells the candidate to give up, which no interview can judge."),
            "Name the skill the role needed and where it fell short; leave career choices to the candidate.",
        ),
        _hl(
            "why_you_applied",
            [
                ("bother", r"why you (?:even |ever |actually |really )?bother\b"),
                (
                    "apply turn show come",
                    r"why (?:on earth )?you (?:even |ever )?(?:apply|turn up|show up|come in|come) (?:at all|in the "
                    r"first place)",
                ),
                ("possess", r"what (?:on earth )?possess you to"),
                ("even ever actually", r"why you (?:even|ever|actually) (?:apply|turn up|show up|come in|submit)"),
            ],
            _CONTEMPT_MESSAGE.format(why="it mocks the candidate for applying at all."),
            "If the application did not match the role, say which requirement it missed (e.g. “the role needs a "
            "current HGV licence, which your application did not mention”).",
        ),
    ]
)
_STICK_TO = (
    r"(?:maybe|perhaps|probably|best to|better to|better off|you should|should just|might want to|I'd|just) "
    r"(?:\w+ ){0,2}?stick(?:ing)? (?:to|with) (?:(?!answer|address|follow|keep|using|writ|explain|focus|plan|structur"
    r"|outlin|time|test|check)[a-z]+ing\b|what you (?:know|do)|your day job|the day job|something (?:simpler|easier"
    r"|less \w+|more basic))"
)
RULES += [
    _h(
        "stick_to",
        "stick sticking",
        _STICK_TO,
        _CONTEMPT_MESSAGE.format(why="it sends the candidate back to work it treats as beneath the role."),
        "Name the skill the role needed and where it fell short; leave career choices to the candidate.",
    )
]


# --- round 10, second pass: more constructions of contempt (lemma rules) ----------------------------------
# Checked on paraphrases written after the first pass (see tests/quality/README.md): sarcastic openers
# ("bold choice to turn up without reading the brief"), career redirection ("this isn't your calling",
# "don't give up the day job"), the non-human yardstick ("I've met more articulate houseplants", "even
# our office dog shows more initiative"), trivial tasks beyond the candidate ("you'd struggle to run a
# bath"), surprise that they got anywhere ("a miracle you got this far", "how you've lasted ... is
# beyond me"), and the low bar they still missed.
_TRIVIAL = (
    r"(?:lemonade stand|bath|bake sale|kettle|cup of tea|tea round|egg|raffle|school disco|sandcastle|paper bag"
    r"|sandwich|toaster|bus|birthday party|whelk stall|lemonade)"
)
_NON_HUMAN = (
    r"(?:house ?plant|pot plant|plant|wall|brick|rock|corpse|chair|door|potato|parrot|statue|mannequin|lamppost"
    r"|fence post|goldfish|toaster|cardboard cut - ?out|cabbage|vegetable|zombie|robot|tree|lamp|fridge|satnav|sat nav"
    r"|alexa|siri|answering machine|voicemail|kettle|chatbot|wall|printer|photocopier|vend(?:ing)? machine"
    r"|coffee machine"
    r"|fax machine|calculator|stapler|hoover|roomba|microwave|traffic cone|speak and spell|magic 8 - ball)"
)
RULES += flatten(
    [
        _hl(
            "sarcastic_opener",
            [
                (
                    "bold brave interesting interest novel creative ambitious",
                    r"(?:bold|brave|interesting|interest|novel|creative|ambitious|unusual) (?:choice|move|decision"
                    r"|approach"
                    r"|strategy|tactic) (?:to (?:\w+ ){0,4}?(?:without|not|skip|ignore|never|forget|incorrectly|wrongly"
                    r"|inaccurately|badly|poorly)\b|, if (?:the "
                    r"|your )?(?:aim|goal|plan|idea|intention|point|objective) (?:be|was) to)",
                ),
            ],
            _SARCASM_MESSAGE,
            _WORK_SUGGEST,
        ),
        _hl(
            "career_redirect",
            [
                (
                    "career",
                    r"(?:consider|think about|look at|explore|try) (?:a )?career (?:in|outside) (?:something|anything)"
                    r" (?:else|different)",
                ),
                ("calling call vocation", r"(?:not|n't|never) (?:\w+ ){0,2}your (?:true )?(?:calling|call|vocation)\b"),
                ("day job", r"(?:do n't|do not|never|would n't) give up (?:the|your) day job"),
                (
                    "peak",
                    r"you (?:\w+ )?peak (?:at|in|during|back in) (?:school|university|college|uni|sixth form|your"
                    r" \w+|the \w+ (?:year|form|grade))",
                ),
                (
                    "expect demand ask require",
                    r"(?:somewhere|a place|a company|an employer|a role|a job|a team|an organisation|an organization)"
                    r" (?:that|which|where (?:they|people|no one|nobody)) (?:expect|demand|ask|require|need|expect"
                    r" of you) (?:a lot |much |far )?(?:less|nothing)\b(?! (?:travel|hour|shift|overtime|on - call"
                    r"|commut|lifting|driving|weekend))",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it tells the candidate to give up, which no interview can judge."),
            "Name the skill the role needed and where it fell short; leave career choices to the candidate.",
        ),
        _hl(
            "non_human_yardstick",
            [
                (
                    "meet see know interview hear speak talk",
                    r"(?:meet|see|know|interview|hear|speak to|talk to) more (?:articulate|interesting|engaging|lively"
                    r"|charismatic|competent|organise|organised|organized|prepare|prepared|coherent|intelligent"
                    r"|enthusiastic|animated|responsive|expressive|personable|dynamic|convincing) (?:[\w-]+ ){0,2}?"
                    rf"{_NON_HUMAN}s?\b",
                ),
                (
                    "conversation chat exchange discussion interview",
                    r"(?:have|hold) more (?:\w+ ){1,2}(?:conversation|chat|exchange|discussion|interview)s? with "
                    rf"(?:a |an |my |the |our )?(?:[\w-]+ ){{0,2}}?{_NON_HUMAN}s?"
                    r"(?= ?(?:[.,;!?]|$| than| in | at | on ))",
                ),
                (
                    # round 56: "we've had more insightful answers from the office printer"
                    "get got have had receive",
                    r"(?:get|have|receive|hear|see) (?:[\w'-]+ ){0,2}?(?:more|better|clearer|clear|sharper|sharp"
                    r"|smarter|smart)"
                    r" (?:[\w'-]+ )?"
                    r"(?:answer|response|reply|replies|idea|insight|conversation|sense|content)s? (?:out of|from|by) "
                    rf"(?:a |an |my |the |our )?(?:[\w-]+ ){{0,2}}?{_NON_HUMAN}s?\b",
                ),
                (
                    "even",
                    r"even (?:our|the|my|a|an|your) (?:[\w-]+ ){0,2}?(?:dog|cat|cleaner|receptionist|intern|toddler|kid"
                    rf"|child|parrot|goldfish|plant|houseplant|robot|bot|temp|nan|gran|grandma|{_NON_HUMAN}) "
                    r"(?:\w+ ){0,2}(?:show|have|know|understand|do|manage|bring|display|give|make|ask|produce) "
                    r"(?:more|good|a good|far more|much more)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="holding up an animal or an object as better than the candidate belittles them."
            ),
            _WORK_SUGGEST,
        ),
        _hl(
            "trivial_task",
            [
                (
                    "struggle trust manage organise organize run",
                    r"(?:struggle to|could n't|can n't|cannot|could not|would n't trust you to|not trust you to"
                    r"|trust you to|unable to|fail to) (?:even )?(?:run|manage|organise|organize|make|boil|plan|lead"
                    rf"|drive|catch|host|sell) (?:a |an |the )?{_TRIVIAL}\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it says the candidate could not manage even a trivial task."),
            _WORK_SUGGEST,
        ),
        _hl(
            "surprised_you_got_here",
            [
                (
                    "miracle wonder",
                    r"(?:a miracle|a wonder|a small miracle|a minor miracle) (?:that )?you "
                    r"(?:\w+ ){0,2}(?:get|make it|last|survive|pass|reach|end up|be hire|be employ|be shortlist)",
                ),
                (
                    "beyond mystery know imagine",
                    r"how you (?:'ve |have |had |'d )?(?:\w+ )?(?:last|survive|get|keep|hold|stay|manage|be hire|be"
                    r" employ|pass) (?:[\w-]+ ){0,6}(?:be beyond (?:me|i)|be a mystery|i 'll never know"
                    r"|i will never know"
                    r"|nobody know|no one know|i can n't imagine|i can not imagine)",
                ),
                (
                    "bar",
                    r"bar (?:\w+ ){0,4}(?:low|floor|ground) (?:[\w,]+ ){0,5}?(?:still|somehow|yet|even|and you)"
                    r" (?:\w+ ){0,3}(?:trip|fail|miss|stumble|fall|limbo|crawl|duck|clear)",
                ),
                (
                    "what",
                    r"what you (?:be|were) (?:\w+ ){0,8}?, but (?:it|that) be (?:n't|not|certainly not|definitely not)"
                    r" (?:\w+ing|design|management|leadership|journalism|law|science|art|work|sales|care|research"
                    r"|analysis|architecture|medicine)(?= [.!]| ?$)",
                ),
            ],
            _SARCASM_MESSAGE,
            _WORK_SUGGEST,
        ),
        _hl(
            "ghostwritten",
            [
                ("whoever", r"whoever (?:write|do|help with|put together) your (?:cv|resume|cover letter|application)"),
                (
                    "actually really even",
                    r"(?:do|did) you (?:actually|really|even) write (?:your|this|that|the) (?:cv|resume|cover letter"
                    r"|code|essay|application|portfolio)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it suggests the candidate did not write their own application."),
            "If the interview did not bear out the CV, name the claim and what the interview showed instead.",
        ),
        _hl(
            "dont_waste",
            [
                (
                    "waste",
                    rf"(?:do n't|do not|never|stop|before|instead of) waste (?:another |any more of |more of )?"
                    rf"{_OTHERS_TIME}",
                )
            ],
            _CONTEMPT_MESSAGE.format(
                why="it tells the candidate they wasted other people's time, which reads as scorn, not feedback."
            ),
            "Say what was missing and what the role needs.",
        ),
    ]
)

RULES += flatten(
    [
        _hl(
            "what_was_it_for",
            [
                (
                    "for",
                    r"(?:not sure|no idea|unclear|wonder|do n't know|can n't imagine) what you (?:think|expect|imagine"
                    r"|believe) (?:the|this|today 's|our) (?:interview|role|job|assessment|exercise|day|meeting"
                    r"|session|trial shift|test) (?:be|was) for\b",
                ),
            ],
            _SARCASM_MESSAGE,
            "Say what the interview needed from the candidate and what was missing (e.g. “we asked for a worked "
            "example of a handover and got a general description”).",
        ),
        _hl(
            "all_talk",
            [
                (
                    "little nothing",
                    r"(?:talk|say|speak|write|go on) (?:a great deal|a lot|at length|plenty|for age|endlessly|so much"
                    r"|a good deal) (?:and|but|yet) (?:\w+ )?(?:say|mean|contribute|tell us|convey) (?:remarkably"
                    r"|very|surprisingly|precious|next to|almost|absolutely|strikingly) (?:little|nothing)",
                ),
            ],
            _SARCASM_MESSAGE,
            "Say which question the answer did not reach and what a direct answer would have covered.",
        ),
    ]
)


# --- round 11: contempt in constructions, not words (lemma rules) -----------------------------------------
# Blind round 11's misses were contempt built from ordinary words. Each family below is a construction, with
# paraphrases and traps in corpus_tuning.txt: the rhetorical question ("is this the first time you've ever
# seen a spreadsheet?", "did you actually read the brief, or just the salary?"), ironic blessing or praise
# with the failure after it ("bless you for trying", "impressive how you managed to talk for an hour and
# answer nothing"), blaming the candidate for a policy ("you're the reason we now ask for references"),
# the candidate as a cautionary example ("keep your tape as a lesson on what not to do"), embarrassment on
# their behalf, no amount of training fixing them, a relative or an appliance held up as better ("my nephew
# could have written a better plan, and he's twelve", "more engaging conversations with the coffee machine"),
# "if that's your idea of ...", "what on earth made you think ...", "as if you actually cared", advice to
# find work where nobody depends on them or mistakes matter less, and a base motive ("only there for the
# free lunch").
_RELATIVE = (
    r"(?:nephew|niece|son|daughter|kid|kids|child|toddler|grandmother|grandma|gran|nan|granddad|grandad|grandpa"
    r"|little brother|little sister|kid brother|kid sister|cousin|\w+ - year - old|five year old|ten year old)"
)
_APPLIANCE = (
    r"(?:coffee machine|vending machine|machine|photocopier|printer|microwave|dishwasher|toaster|kettle|fridge"
    r"|hoover|vacuum cleaner|lift|wall|plant|houseplant|dog|cat|goldfish|parrot|satnav|sat nav|answering machine"
    r"|chatbot|speaking clock|brick wall)"
)
RULES += flatten(
    [
        _hl(
            "rhetorical_question",
            [
                (
                    "first time",
                    r"be (?:this|that|it) (?:really |honestly |genuinely )?(?:the|your) first time (?:that )?you "
                    r"(?:'ve |have |'d |had )?(?:ever )?(?:\w+ ){0,2}?(?:see|use|open|read|hear of|hear|write|meet"
                    r"|touch|look at|do|try|attend|prepare|hold)\b",
                ),
                (
                    "actually even really",
                    r"(?:do|did|have|had) you (?:actually|even|really|ever even) (?:[\w-]+ ){0,1}(?:read|look at|open"
                    r"|listen to|prepare|research|see|try|check|watch|visit) (?:[\w'-]+ ){0,5}?, or (?:just|only"
                    r"|merely|simply) ",
                ),
                (
                    "ever even",
                    r"(?:have|do|did) you (?:ever )?even (?:see|use|open|read|hear of|touch|meet|work with|look at) "
                    r"(?:[\w'-]+ ){0,4}?\?",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="a rhetorical question mocks the candidate instead of naming the gap."),
            _WORK_SUGGEST,
        ),
        _hl(
            "ironic_blessing",
            [
                (
                    "bless",
                    r"bless (?:you|your heart|your cotton socks|him|her|them)(?: for (?:try|have a go|give it a go"
                    r"|make the effort|attempt|turn up|show up|bother|apply))?"
                    r"(?! for (?:the|your|a|all|this|that|help|share|send|bring|come|stay|cover|step|take) )",
                ),
                (
                    "impressive remarkable amazing incredible impress feat achievement talent skill gift",
                    r"(?:impressive|remarkable|amazing|incredible|astonishing|quite something|quite a feat|a feat"
                    r"|an achievement|a talent|a skill|a gift|impress) (?:\w+ )?(?:how|that) you (?:\w+ )?manage to "
                    r"(?:[\w-]+ ){1,8}?(?:(?:and|but|yet) (?:\w+ )?(?:answer|say|address|tell us|mention|cover|achieve"
                    r"|contribute|deliver|produce|show|explain|learn) (?:absolutely |precisely |exactly |almost "
                    r"|virtually )?(?:nothing|none|no \w+|not one)|without (?:answer|say|address|mention|cover|tell"
                    r"|explain) (?:a single|one|any|anything))",
                ),
            ],
            _SARCASM_MESSAGE,
            _WORK_SUGGEST,
        ),
        _hl(
            "the_reason_we",
            [
                (
                    "reason",
                    r"you (?:be|'re) (?:\w+ )?(?:the|exactly the|precisely the|partly the|part of the) reason (?:why )?"
                    r"(?:we|they|the company|the firm|our \w+|the \w+ team) (?:now |have to |had to |be now |must "
                    r"|will now |start to |no longer |do n't |stop )(?:[\w-]+ ){0,1}?(?:ask|check|require|insist"
                    r"|test|screen|vet|introduce|add|bring in|demand|run|do|hire|interview|accept|take|verify"
                    r"|read|trust|have)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it blames the candidate for the employer's policies."),
            _WORK_SUGGEST,
        ),
        _hl(
            "cautionary_example",
            [
                (
                    "lesson example warning tale",
                    r"(?:keep|use|show|share|save|file|frame|circulate|play|pin up|hold up) (?:your|it|this|that|the"
                    r"|you) (?:[\w-]+ ){0,3}?as (?:a|an) (?:[\w-]+ ){0,2}?(?:lesson|example|warning|case study"
                    r"|cautionary tale|training \w+|teach \w+) (?:[\w-]+ ){0,4}?(?:on|in|of|about|for) (?:what|how) not"
                    r" to\b",
                ),
                ("masterclass", r"(?:a|an absolute|a real|a perfect) masterclass in (?:what|how) not to\b"),
            ],
            _CONTEMPT_MESSAGE.format(why="it holds the candidate up as a cautionary example."),
            _WORK_SUGGEST,
        ),
        _hl(
            "embarrassed_for_you",
            [
                (
                    "embarrass embarrassed ashamed mortify mortified cringe cringing embarrassment",
                    r"(?:embarrass|embarrassed|ashamed|mortify|mortified|cringe|cringing|second - hand embarrassment"
                    r"|secondhand embarrassment) (?:\w+ )?(?:on your behalf|for you)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="saying the panel was embarrassed for the candidate shames them."),
            _WORK_SUGGEST,
        ),
        _hl(
            "beyond_help",
            [
                (
                    "amount",
                    r"(?:no|any) amount of (?:\w+ )?(?:training|train|coaching|coach|practice|experience|teaching"
                    r"|mentoring|mentor|support|polish|lesson|tuition|course|effort|help|guidance|feedback|preparation"
                    r"|prep|therapy) (?:\w+ ){0,2}?(?:would|will|could|can|be go to|be likely to|be ever go to|be "
                    r"enough to|be ever) (?:ever |have )?(?:fix|change|help|cure|save|improve|make up for|sort out"
                    r"|solve|turn)(?: [\w'-]+){0,3}? (?:you|your)\b",
                ),
                (
                    "beyond hope lost cause",
                    r"(?:you be|you 're|you seem|you look) (?:\w+ )?(?:beyond (?:help|hope|saving|repair|redemption)"
                    r"|a lost cause|a hopeless case)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it says the candidate cannot improve, which no interview can judge."),
            _WORK_SUGGEST,
        ),
        _hl(
            "lesser_yardstick",
            [
                (
                    "nephew niece son daughter kid kids child toddler grandmother grandma gran nan granddad grandad "
                    "grandpa brother sister cousin old",
                    rf"(?:my|our|a|his|her|their) (?:\w+ )?{_RELATIVE} (?:\w+ )?(?:could|would|can) (?:have )?(?:\w+ )?"
                    r"(?:do|write|make|give|answer|present|build|draw|explain|run|manage|plan|produce|put together"
                    r"|handle|lead|cook|design|say) (?:a |an |the |it |this |that )?(?:good|well|more \w+|bad)"
                    r" (?:[\w-]+ ){0,3}?than (?:that|this|you|your|yours)\b",
                ),
                (
                    "conversation conversations chat chats exchange exchanges discussion talk",
                    r"(?:have|hold) (?:had )?(?:more|better|far more|much more|lively|livelier|witty|wittier) "
                    r"(?:[\w-]+ )?(?:conversation|chat"
                    r"|exchange|discussion|talk)s? with (?:a |an |my |the |our |your )?"
                    rf"(?:[\w-]+ ){{0,2}}?{_APPLIANCE}s?(?= ?(?:[.,;!?]|$| than| in | at | on ))",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="holding up a relative, an appliance or an animal as better than the candidate belittles them."
            ),
            _WORK_SUGGEST,
        ),
        _hl(
            "idea_of",
            [
                (
                    "idea",
                    r"if (?:that|this) (?:be|'s) (?:really )?your idea of (?:a |an |the )?(?:[\w-]+ ){0,3}?[\w-]+ ,",
                ),
                (
                    "hate",
                    r"(?:i|we) 'd (?:hate|not want|dread) to (?:be|fly|work|sit|travel|live) "
                    r"(?:on|in|at|under|with) your\b",
                ),
            ],
            _SARCASM_MESSAGE,
            _WORK_SUGGEST,
        ),
        _hl(
            "what_made_you_think",
            [
                (
                    "earth world",
                    r"what (?:on earth|in the world|in god 's name|exactly|ever) (?:make|made|give|gave|lead|led"
                    r"|possess|convince) you (?:think|believe|imagine|assume|feel|suppose)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it mocks the candidate for believing they were ready."),
            _WORK_SUGGEST,
        ),
        _hl(
            "as_if_you_cared",
            [
                (
                    "if though like",
                    r"(?:try|maybe|perhaps|next time|at least|could|might|should) (?:[\w-]+ ){0,4}?(?:as if|as though"
                    r"|like) you (?:actually|even|at least|genuinely|remotely) (?:care|want|mean|bother|give a"
                    r"|be interest|be bother)",
                ),
            ],
            _SARCASM_MESSAGE,
            "Say what showed a lack of preparation (e.g. “you had not read the brief we sent”) and what the role "
            "needs.",
        ),
        _hl(
            "nobody_depends",
            [
                (
                    "depend rely count",
                    r"(?:where|in which|somewhere|something) (?:nobody|no one|no - one|people do n't|no colleague"
                    r"|no patient|no customer) (?:have to |need to |will |would |must )?(?:depend|rely|count) on you\b",
                ),
                (
                    "matter less little",
                    r"(?:something|work|a job|a role|somewhere|a field|a career|a place|an industry"
                    r"|a line of work) (?:where|in which) (?:mistake|error|detail|accuracy|safety|life|lives|people"
                    r"|standard|quality|precision|other) (?:\w+ ){0,2}?(?:matter|count|be) "
                    r"(?:less|little|nothing|not much)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it tells the candidate to give up, which no interview can judge."),
            "Name the skill the role needed and where it fell short; leave career choices to the candidate.",
        ),
        _hl(
            "no_actual_knowledge",
            [
                (
                    "actual",
                    r"(?:stand in|substitute|make up|compensate|pass|cover) for (?:any |some |the |your )?(?:lack of )?"
                    r"actual (?:knowledge|skill|experience|understanding|work|effort|competence|expertise|preparation"
                    r"|ability|talent|substance|content|thought)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it sneers that the candidate has no real knowledge at all."),
            _WORK_SUGGEST,
        ),
        _hl(
            "base_motive",
            [
                (
                    "only just there here",
                    r"you (?:\w+ )?(?:be|'re|come|turn up|show up|apply|be here|be there) (?:\w+ )?(?:only|just|really"
                    r"|mainly|purely) (?:there |here |in it |interest |apply |come )?for (?:the |a |our )?(?:free \w+"
                    r"|money|salary|pay|paycheque|paycheck|perk|benefit|lunch|food|biscuit|discount|title|pension"
                    r"|holiday|company car|car|bonus|parking|travel expense|expense)\b",
                ),
                (
                    "salary pay money",
                    r"(?:or|and) (?:just|only|merely) the (?:salary|pay|money|perk|benefit)"
                    r"(?: line| section| bit| band)? ?\?",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it imputes a base motive to the candidate."),
            _WORK_SUGGEST,
        ),
    ]
)


# --- round 13: contempt in constructions, not words (lemma rules) -----------------------------------------
# Blind round 13's misses, each generalised to a construction with paraphrases and traps in
# corpus_tuning.txt: the panel's physical reaction to the candidate's work ("made the whole panel wince"),
# a child or a beginner who could have done as well ("nothing a child couldn't have written"), mocking a
# trivial act as the candidate's achievement ("you think turning up is an achievement"), the candidate as
# the type others are warned about, no amount of anything making "someone like you" employable, work
# "written by someone who gave up halfway", and preferring an empty post to the candidate ("we'd sooner
# leave the post empty than hire you"). A patient who winces in a clinical exercise, "the kind of person we
# want more of", or "we'd rather leave the post open until spring" stay clean.
_WINCE = r"(?:wince|cringe|squirm|groan|shudder|recoil|flinch|facepalm|gasp in horror|want to hide)"
_WATCHERS = (
    r"(?:the (?:whole |entire )?(?:panel|room|team|interview panel|audience|board)|everyone(?: in the room| on the "
    r"panel)?|everybody|all of us|us|me|the interviewer|the assessor|the judge|the jury|half the panel)"
)
_BEGINNER = (
    rf"(?:{_RELATIVE}|schoolchild|schoolkid|school kid|pupil|schoolboy|schoolgirl|primary school kid|first - year"
    r"|student|intern|trainee|monkey|chimp|parrot|robot|chatbot)"
)
RULES += flatten(
    [
        _hl(
            "made_the_panel_wince",
            [
                (
                    "wince cringe squirm groan shudder recoil flinch facepalm gasp hide",
                    rf"(?:your|you) (?:[\w'-]+ ){{0,4}}?(?:make|leave|have|get) {_WATCHERS} (?:\w+ )?{_WINCE}\b"
                    rf"|{_WATCHERS} (?:\w+ )?(?:actually |visibly |physically |all |audibly )?{_WINCE} "
                    r"(?:at|through|when|while|as|during) (?:your|you)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it describes the panel's disgust instead of what went wrong."),
            _WORK_SUGGEST,
        ),
        _hl(
            "a_child_could_have",
            [
                (
                    "nothing could couldn",
                    rf"nothing (?:in|about|of) (?:your|you) (?:[\w'-]+ ){{0,4}}?(?:that )?(?:a|any|my|an) (?:\w+ )?"
                    rf"{_BEGINNER} could n't have (?:write|do|produce|say|make|draw|build|come up with|put together)"
                    rf"|(?:any|a|an|my) (?:\w+ )?{_BEGINNER} could (?:have )?(?:write|do|produce|say|make|draw|build"
                    r"|come up with|put together) (?:that|this|your|it|something like that)\b"
                    r"(?! (?:\w+ )?(?:in|under|with (?:the|a|our)) )"
                    rf"|(?:any|a|an|my) (?:\w+ )?{_BEGINNER} could (?:have )?(?:put|throw|knock|cobble|bash|whip|do"
                    r"|write|make) (?:that|this|it|your \w+) (?:together |up |out )?(?:in|over|during) (?:a|an|one"
                    r"|ten|five|two|half|their|his|her|a single) (?:\w+ )?(?:afternoon|evening|morning|minute|hour"
                    r"|lunch|lunchtime|break|weekend|day|coffee)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="comparing the candidate with a child or a beginner is a put-down."),
            _WORK_SUGGEST,
        ),
        _hl(
            "trivial_act_as_achievement",
            [
                (
                    "achievement accomplishment feat triumph",
                    r"(?:you|you seem to|you appear to|you clearly) (?:\w+ )?(?:think|believe|act as if|behave as if"
                    r"|assume|feel) (?:that )?(?:just |merely |simply |even )?(?:turn up|show up|attend|arrive|apply"
                    r"|turning up|showing up|be there|be on time|get here|log on|answer the phone|open the email)"
                    r"(?: on time| at all)? (?:be|count as|deserve|should count as) (?:a|an|some kind of|some sort of)"
                    r" ?(?:\w+ )?(?:achievement|accomplishment|feat|triumph|win)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="mocking a trivial act as the candidate's achievement is sarcasm."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "the_type_we_warn_about",
            [
                (
                    "sort kind type",
                    r"you (?:be |'re |seem |come across as )?(?:exactly |precisely |just |very much |clearly )?"
                    r"(?:the|a) (?:sort|kind|type) of (?:person|candidate|applicant|employee|hire|people|worker"
                    r"|colleague) (?:that |who )?(?:we|they|i|everyone|manager|recruiter|hr|people) (?:\w+ ){0,2}?"
                    r"(?:warn|avoid|dread|fear|complain about|joke about|tell stor(?:y|ie) about|steer clear of"
                    r"|screen out|blacklist|caution)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it casts the candidate as a type to be avoided, not a point about the work."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "someone_like_you_employable",
            [
                (
                    "employable hireable hirable useful worth",
                    r"(?:make|turn|render) (?:someone|somebody|a person|people|anyone) like you (?:\w+ )?(?:employable"
                    r"|hireable|hirable|useful|worth hire|worth employ|competent|presentable)"
                    r"|(?:someone|somebody|people|anyone) like you (?:will|would|could|can|be) (?:never |not |n't )"
                    r"(?:ever )?(?:be )?(?:employable|hireable|hirable|worth hire)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it writes the candidate off as a person rather than naming a gap."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "written_by_someone_who_gave_up",
            [
                (
                    "give lose stop fall care bother",
                    r"(?:write|produce|put together|make|design|draft|read like|read as if) (?:[\w'-]+ ){0,3}?by "
                    r"(?:someone|somebody|a person|a candidate|an applicant) who (?:\w+ ){0,2}?(?:give up|lose interest"
                    r"|stop care|stop caring|fall asleep|could n't be bother|can't be bother|do n't care|did n't care"
                    r"|lose the will)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it mocks the effort behind the work instead of naming what is missing."),
            _WORK_SUGGEST,
        ),
        _hl(
            "low_point_of_my_week",
            [
                (
                    "low lowlight worst nadir",
                    r"(?:your|you) (?:[\w'-]+ ){0,4}?be (?:easily |probably |honestly |by far )?the (?:low point"
                    r"|lowlight|worst part|worst hour|worst moment|nadir) of (?:my|our|the panel 's|everyone 's) "
                    r"(?:\w+ )?(?:week|day|month|year|afternoon|morning|career|life)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it reports how unpleasant the candidate was to deal with, not the gap."),
            _WORK_SUGGEST,
        ),
        _hl(
            "not_let_you_near",
            [
                (
                    "near",
                    r"(?:imagine|picture) (?:anyone|anybody|someone|somebody|us|me|any \w+|a \w+) (?:ever )?(?:let"
                    r"|trust|allow|want) you (?:anywhere )?near\b"
                    r"|(?:would|could|'d|will) (?:n't|never|not) (?:ever )?(?:let|trust|allow) you (?:anywhere )?near "
                    r"(?:a|an|any|our|the|my) (?:\w+ 's )?(?:\w+ )?(?:patient|customer|client|child|kid|prescription"
                    r"|kitchen|classroom|cockpit|aircraft|money|account|ledger|pupil|animal|codebase|server)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it says the candidate can't be trusted near the work, with no reason."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "nothing_worth_noting",
            [
                (
                    "worth",
                    r"you (?:[\w'-]+ ){0,8}?(?:say|write|offer|produce|contribute|give us|tell us|bring) nothing "
                    r"(?:at all )?(?:\w+ )?worth (?:writing down|write down|write|note down|note|noting|hear|hearing"
                    r"|remember|remembering|read|reading|keep|keeping|listen to|record|repeat)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it dismisses everything the candidate said instead of naming a gap."),
            _WORK_SUGGEST,
        ),
        _hl(
            "beginners_knew_more",
            [
                (
                    "than",
                    rf"(?:intern|trainee|apprentice|graduate|student|school - leaver|temp|{_RELATIVE}) "
                    r"(?:[\w'-]+ ){0,6}?(?:who|that) (?:understand|know|grasp|get|handle|manage|do) (?:[\w'-]+ ){0,4}?"
                    r"(?:more|better) (?:[\w'-]+ ){0,4}?than you\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="holding up a beginner as better than the candidate is a put-down."),
            _WORK_SUGGEST,
        ),
        _hl(
            "embarrassed_by_you",
            [
                (
                    "embarrass ashamed mortify",
                    r"(?:i|we) (?:'d |would |'m |be |will |'ll )?(?:be |feel )?(?:\w+ )?(?:embarrass|ashamed|mortify"
                    r"|mortified) (?:to|if) (?:[\w'-]+ ){0,4}?(?:your name|you|your \w+)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="being embarrassed by the candidate is a put-down, not feedback."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "ever_actually_been",
            [
                (
                    "actually even",
                    r"(?:whether|if) you (?:'ve |have |had |'d )?(?:ever )?(?:actually|even) (?:ever )?(?:be|set foot"
                    r"|work|step|stand) (?:inside|in|near|into) (?:a|an)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="doubting the candidate has ever been near the work mocks them."),
            _WORK_SUGGEST,
        ),
        _hl(
            "rather_empty_than_you",
            [
                (
                    "soon rather",
                    r"(?:soon|rather) (?:[\w'-]+ ){0,2}(?:leave|keep|have) (?:the|this|that|our|a) (?:\w+ )?(?:post"
                    r"|role|job|position|seat|vacancy|desk|chair|shift|place|team) (?:\w+ )?(?:empty|unfilled|vacant"
                    r"|open|unstaffed|short - staff|short) (?:[\w'-]+ ){0,3}?than (?:(?:take|bring|sign) you on\b"
                    r"|(?:hire|take on|employ|appoint"
                    r"|have|work with|offer it to|give it to|bring in|see) (?:\w+ )?you\b)"
                    r"|(?:soon|rather) (?:hire|have|take on|employ|appoint) (?:nobody|no one|no - one|anyone else"
                    r"|a robot|a chatbot|the first person) (?:[\w'-]+ ){0,2}?than (?:\w+ )?you\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="preferring no one to the candidate is a put-down, not a reason."),
            _PERSON_SUGGEST,
        ),
    ]
)


# --- round 14: irony, faint comparison and insinuation (lemma rules) --------------------------------------
# Blind round 14's misses, each generalised to a construction: mock courage about the candidate's work
# ("bold of you to call that a case study", "a brave choice to apply with that portfolio"), understatement
# that leaves the verdict to the reader ("let's just say the code was ... memorable"), a dismissive "nice
# try", others who "at least manage to" do a basic thing, mock sympathy ("which is the sad part"), ironic
# consolation ("someone, somewhere will appreciate that style"), encouragement taken back ("or maybe
# don't"), the candidate's work passed round the office as a joke or a cautionary example, mocking what the
# candidate thought the interview was, insinuation ("if you get my drift"), "and frankly it shows", and a
# child's or a beginner's work as the yardstick ("looks like something my nephew knocks together").
# Traps kept clean next to them in corpus_tuning.txt: "it was brave of you to talk us through the failed
# launch", "a nice try-catch around the parser", "we'd share your plan as an example of good practice".
_COURAGE = r"(?:brave|bold|ambitious|optimistic|daring|gutsy|plucky|courageous|adventurous|confident)"
_STOCK_WORK = (
    r"(?:portfolio|cv|résumé|resume|application|answer|presentation|plan|code|design|case study|report|essay|pitch"
    r"|cover letter|experience|record|track record|work|attempt|sample|submission|test|task|proposal|idea|draft)"
)
RULES += flatten(
    [
        _hl(
            "mock_courage",
            [
                (
                    "brave bold ambitious optimistic daring gutsy plucky courageous adventurous confident",
                    rf"{_COURAGE} (?:choice |move |decision |call |step |idea )?(?:of you )?to (?:[\w'-]+ ){{0,3}}?"
                    r"(?:call|label|describe|pass off|bill|present) (?:that|this|those|these|it) (?:as )?(?:a|an"
                    r"|your)\b"
                    rf"|{_COURAGE} (?:choice|move|decision|call|step|idea) (?:of you )?to (?:[\w'-]+ ){{0,6}}?with "
                    rf"(?:that|this|those|these|such a) (?:\w+ )?{_STOCK_WORK}\b|with (?:a"
                    rf"|an) (?:\w+ )?{_STOCK_WORK} like that\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="calling the candidate brave for offering their work is irony, not feedback."),
            _WORK_SUGGEST,
        ),
        _hl(
            "understatement",
            [
                (
                    "let say",
                    r"let 's (?:just )?say (?:that )?(?:your|the|you|it|this|that) (?:[\w'-]+ ){0,4}?(?:be|was|were"
                    r"|leave|left|did|do|have|had|could)\b",
                ),
                (
                    "memorable interesting interest unique special creative original different something novel unusual "
                    "choice experience",
                    r"(?:be|seem|look|sound|read) (?:\. \. \.|\.\.\.|…|\. \.)(?: (?:certainly|quite|very|truly"
                    r"|definitely"
                    r"|really|um|erm|er|hmm|,))* ?(?:memorable|interesting|unique|special|creative|original|different"
                    r"|novel|unusual|something|a choice|an experience|a experience|brave|bold|ambitious|interest)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="the pause and the ironic word leave the insult to the reader."),
            _WORK_SUGGEST,
        ),
        _hl(
            "nice_try",
            [
                (
                    "try effort attempt",
                    r"(?:nice|good|valiant|noble|cute|sweet|brave) (?:try|attempt|effort)(?: ,)? (?:though|anyway"
                    r"|i suppose|i guess|i 'll give you that|i 'll grant you)\b"
                    r"|nice try(?! -|[-\w])(?! (?:at|on|with|to|block|catch|except|statement|clause))"
                    r"|(?:an |a )?(?:a|e) for effort\b|(?:some |full |bonus |extra )?points? for (?:effort|trying)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it dismisses the attempt instead of saying what fell short."),
            _WORK_SUGGEST,
        ),
        _hl(
            "others_at_least_manage",
            [
                (
                    "least less",
                    r"(?:most|all|even|every|the rest|every other|any|the other|other|our) (?:[\w'-]+ ){0,4}?"
                    r"(?:applicant|candidate|graduate|intern|trainee|student|people|school - leaver|apprentice|junior"
                    r"|person|one|child|kid|temp|newcomer|starter|volunteer)s? (?:[\w'-]+ ){0,3}?at (?:less|least) "
                    r"(?:manage|remember|know how|know|bother|think|get|make sure|make it)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="holding up what everyone else at least manages is a put-down."),
            _WORK_SUGGEST,
        ),
        _hl(
            "mock_sympathy",
            [
                (
                    "sad sadder depressing tragic funny scary worrying",
                    r"(?:which|and that|and this|that|this) (?:be|'s) (?:the |what 's |what be |almost |honestly "
                    r"|really ){0,2}"
                    r"(?:sad|sadder|depressing|tragic|funny|scary|worrying)(?:est)? (?:part|bit|thing)\b"
                    r"|(?:try|tried) (?:your|so) (?:good|best|hard|hardest)(?: ,)? (?:[\w'-]+ ){0,3}?(?:which|and"
                    r"|that) (?:[\w'-]+ ){0,3}?(?:sad|depressing|tragic|worse|bad)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="pity for the candidate's effort mocks them."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "someone_somewhere",
            [
                (
                    "somewhere someone somebody",
                    r"(?:someone|somebody|some \w+) (?:, )?(?:somewhere|out there|else)(?: ,)? (?:will|might|may|must"
                    r"|would|could|be bound to|surely) (?:surely |probably |certainly )?(?:appreciate|like|love|want"
                    r"|enjoy|value|hire|find a use for|go for|need|fall for|be impress by) (?:[\w'-]+ ){0,2}?"
                    r"(?:that|this|those|these|your) (?:\w+ )?(?:style|kind|sort|type|brand|approach|level|way)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="the consolation is ironic: it says nobody sensible would want this."),
            _WORK_SUGGEST,
        ),
        _hl(
            "taken_back",
            [
                (
                    "maybe perhaps don actually",
                    r", or (?:maybe|perhaps|(?:better|good) (?:yet|still)|actually|honestly"
                    r"|on second thought)(?: ,)? (?:just )?"
                    r"(?:do n't|not|never|do not)(?= [.!?]| ?$)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="taking the encouragement back in the same breath mocks the candidate."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "passed_round_the_office",
            [
                (
                    "round rounds around circulate pass share",
                    r"(?:your|you) (?:[\w'-]+ ){0,4}?(?:do the round|make the round|go round|go around|(?:be"
                    r"|get) pass round|get pass around|get share around"
                    r"|be pass around|be share round|be share around|circulate|be circulate) (?:in |around |round "
                    r"|of |at )?(?:the|our) (?:whole |entire )?(?:office|staffroom|staff room|canteen|break room"
                    r"|kitchen|team chat|group chat|slack|department|floor|company|building)\b"
                    r"|(?:your|you) (?:[\w'-]+ ){0,12}?as (?:a|an) (?:[\w-]+ ){0,2}?(?:lesson|example|warning"
                    r"|cautionary tale|case study) (?:[\w-]+ ){0,4}?(?:of|on|in|about|for) (?:what|how) not to\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="the candidate's work passed round as a joke or a warning is ridicule."),
            _WORK_SUGGEST,
        ),
        _hl(
            "what_you_thought_it_was",
            [
                (
                    "sure idea know wonder guess imagine",
                    r"(?:not sure|no idea|do n't know|not know|wonder|can only guess|can only imagine|be n't sure"
                    r"|be not sure) what you (?:think|imagine|expect|assume|believe) (?:this|that|the|our|it) "
                    r"(?:\w+ ){0,2}?(?:be|would be|be go to be)(?: ,)? (?:but|because|;)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="mocking what the candidate thought the interview was belittles them."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "insinuation",
            [
                (
                    "drift mean nudge wink",
                    r"if you (?:get|catch|follow) my drift|if you know what i mean|(?:know|see) what i mean (?:\?|,)"
                    r"|nudge ,? nudge|wink ,? wink",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="the wink leaves the real reason unsaid, and the candidate reads it as a sneer."
            ),
            _PERSON_SUGGEST,
        ),
        _hl(
            "frankly_it_shows",
            [
                (
                    "show",
                    r"(?:and|but|,) (?:frankly|honestly|sadly|boy|god|oh|unfortunately|believe me|trust me"
                    r"|my word)(?: ,)? (?:do |did )?"
                    r"it (?:really |certainly |definitely )?show\b(?= [.!?]| ?$)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="“it shows” turns a fact about the candidate into a sneer."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "like_a_child_made_it",
            [
                (
                    "like",
                    rf"(?:look|read|sound|seem|feel) like (?:something|what|the kind of thing|the sort of thing|the "
                    rf"work of) (?:a|my|your|an|our|any) (?:[\w-]+ ){{0,3}}?{_BEGINNER}(?: student| kid"
                    rf"| pupil)? (?:could |would |might |can |do |would "
                    r"have |could have )?(?:knock|make|draw|do|throw|put|scribble|cobble|write|produce|build|dash"
                    r"|rustle|whip|bash|churn|come up with|hand in)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="comparing the work with a child's or a beginner's is a put-down."),
            _WORK_SUGGEST,
        ),
    ]
)


# --- round 22: sarcastic praise of one thing, the newcomer's excitement, talk against deeds ---------------
_PRAISE_ADJ = (
    r"(?:consistent|impressive|memorable|reliable|original|creative|polished|professional|clear|remarkable|notable"
    r"|outstanding|strong|good|great|excellent|interesting|convincing|accurate|correct|right|coherent|finished"
    r"|complete|thorough|detailed|ambitious|confident|fluent|sharp|bold|striking|eye - catch\w*)"
)
RULES += flatten(
    [
        _hl(
            "only_thing_praised",
            [
                (
                    "only",
                    rf"the (?:only|one) thing (?:truly |really |remotely |genuinely |at all )?{_PRAISE_ADJ} "
                    r"(?:about|in|on|from) (?:your|the) (?:[\w-]+ ){0,3}?be (?:the|your|how|that|its|all)\b",
                ),
            ],
            _SARCASM_MESSAGE,
            _WORK_SUGGEST,
        ),
        _hl(
            "just_discovered",
            [
                (
                    "discover stumble loose",
                    r"(?:look|read|sound|seem|feel) like (?:someone|somebody|a child|a kid|a teenager|an intern"
                    r"|a student|a toddler|a beginner) (?:who )?(?:have |have only |only )?"
                    r"(?:just |only just |recently |finally |first )?"
                    r"(?:discover|stumble (?:on|upon|across)|be let loose (?:on|with)|get hold of)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="likening the work to a newcomer's first excitement is a put-down."),
            _WORK_SUGGEST,
        ),
        _hl(
            "talk_against_deeds",
            [
                (
                    "second moment",
                    r"(?:minute|hour) (?:[\w']+ ){1,8}?(?:and|but|then) (?:[\w']+ ){0,2}?"
                    r"(?:about |only |maybe |roughly |barely |around |perhaps |approximately |precisely |exactly "
                    r"|all of |a grand total of )?(?:\w+ )?(?:second|moment) (?:[\w']+ )?"
                    r"(?:demonstrate|show|prove|back|deliver|do|answer)\b",
                ),
            ],
            _SARCASM_MESSAGE,
            _PERSON_SUGGEST,
        ),
    ]
)


# --- round 23-24: the worst ever seen, lesser people did better, sarcastic asides ------------------------------
RULES += flatten(
    [
        _h(
            "worst_ever_seen",
            "weakest worst poorest sloppiest messiest flimsiest shakiest thinnest least",
            r"the (?:weakest|worst(?![-\s]+(?:case|cases|performing))|poorest|sloppiest|messiest|flimsiest|shakiest"
            r"|thinnest|least (?:prepared|convincing"
            r"|coherent|professional|organi[sz]ed)) (?:[\w-]+ ){0,4}?(?:(?:we|I|the panel|the team|our team|anyone"
            r"|this panel|the board|the committee|our interviewers)(?:'ve| have| has|'d| had)? (?:ever |yet |so far )?"
            r"(?:seen|sat through|read|heard|had|received|marked|reviewed|interviewed|assessed|endured))\b",
            _CONTEMPT_MESSAGE.format(why="ranking the candidate's work as the worst anyone has seen is a put-down."),
            _WORK_SUGGEST,
            not_before=r"(?:not|hardly|far from|by no means|nowhere near) (?:\w+ )?",
        ),
    ]
)
RULES += flatten(
    [
        _hl(
            "others_did_better",
            [
                (
                    "have see hear",
                    r"(?:we|i) (?:'ve |have |'d |had )?(?:have|see|hear|meet) "
                    r"(?!(?:[\w'-]+ ){0,2}(?:other|the other|stronger|several|many|some|most) "
                    r"(?:candidates?|applicants?|finalists?)\b)(?:[\w'-]+ ){1,4}?"
                    r"(?:give|write|produce|make|offer|deliver|do|answer) (?:far |much |a lot |way )?"
                    r"(?:more|better|good)(?: [\w'-]+){0,5}? than you\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="holding up someone with less standing as better than the candidate belittles them."
            ),
            _PERSON_SUGGEST,
        ),
        _hl(
            "sarcastic_asides",
            [
                ("eat chew", r"(?:eat|chew) you (?:alive|up)\b"),
                (
                    "improvement",
                    r"(?:even|anything|literally anything|any) (?:[\w'-]+ ){0,5}?would (?:have )?(?:be |have be )?"
                    r"(?:a|an) (?:\w+ )?improvement\b",
                ),
                (
                    "tell",
                    r"who (?:ever )?tell you (?:this|that|it) (?:be|was|would be) (?:a |an )?(?:\w+ )?"
                    r"(?:good|strong|great|decent|sensible|smart|clever|acceptable|professional)",
                ),
                ("reason", r"for all the wrong reason"),
                # rounds 39-40: a career away from the work, a cute attempt, babysitting, "having us on"
                (
                    "career",
                    r"(?:perhaps|maybe|might i suggest|consider|have you consider|i 'd suggest|try) (?:a )?career "
                    r"(?:outside|away from|that do n't involve|that does n't involve|that do not involve|without"
                    r"|in something other than)\b",
                ),
                ("cute sweet adorable", r"(?:cute|sweet|adorable) (?:attempt|effort|try|idea|little)\b"),
                ("babysit babysitting", r"(?:like|more like|be|feel like) (?:\w+ )?babysit\w*"),
                (
                    "joke kid have",
                    r"you (?:be|were|must be|must have be) (?:have (?:us|we) on|joke|joking|kid|kidding|pull our leg"
                    r"|take the mick|take the piss)\b",
                ),
                (
                    "chuckle laugh giggle snigger",
                    r"(?:have|get|share) (?:a |quite a |a good |a real |a proper )?(?:chuckle|laugh|giggle|snigger) "
                    r"(?:at|about|over) (?:your|the)\b",
                ),
                # "you put in all of ten minutes of preparation" (round 33)
                ("all", r"all of (?:two|three|five|ten|fifteen|twenty|thirty|\d+) (?:minute|second)\b"),
                ("bet dare laugh", r"(?:apply|applying|applied) (?:for|on|as) (?:a )?(?:bet|dare|laugh|joke)\b"),
                (
                    "word",
                    r"(?:could n't|could not|can n't|can not|cannot) (?:follow|understand|make out) (?:a|one|a single) "
                    r"word (?:you say|of what you say|of it)",
                ),
            ],
            _SARCASM_MESSAGE,
            _PERSON_SUGGEST,
        ),
    ]
)


# --- rounds 25-26: condescension and sarcastic asides -----------------------------------------------------------
RULES += flatten(
    [
        _hl(
            "condescending_asides",
            [
                (
                    "sweet cute adorable charming endearing precious quaint",
                    r"(?:it be|it 's|how|that be|that 's) (?:\w+ )?(?:sweet|cute|adorable|charming|endearing|precious"
                    r"|quaint) (?:that|how) you (?:\w+ )?(?:think|believe|consider|imagine|assume|feel)\b",
                ),
                (
                    "think believe expect imagine",
                    r"(?:do|did) you (?:honestly|seriously|genuinely|truly) (?:think|believe|expect|imagine|suppose) "
                    r"(?:that )?(?:[\w'-]+ ){1,8}?(?:would|could|'d|will|be go to|can) (?:[\w'-]+ ){0,10}?[\w'-]+ \?",
                ),
                (
                    "hand hold",
                    r"(?:have|need|want|require|get) (?:[\w']+ ){0,2}(?:your|their|his|her|a) hand hold "
                    r"(?:through|for|with) (?:\w+ )?(?:simple|basic|easy|simplest|most basic|routine|everything)",
                ),
                (
                    "bear bore submission sleep tears",
                    r"(?:bear|bore) (?:the |us|our |me|them|everyone|the whole )?(?:[\w-]+ )?"
                    r"(?:into submission|to sleep|to death|to tears)",
                ),
                (
                    "whole",
                    r"(?:two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty"
                    r"|\d+) whole (?:minute|hour|second|day|week|month) to\b",
                ),
                (
                    "rivet riveting thrill thrilling grip gripping scintillating",
                    r"(?:rivet|riveting|thrill|thrilling|grip|gripping|scintillating|electrifying"
                    r"|edge - of - the - seat) (?:stuff|viewing|listening|reading|material)\b",
                ),
                (
                    "accent",
                    r"(?:work on|lose|drop|tone down|do something about|fix) that accent\b|that accent of your\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="condescension and sarcasm tell the candidate what you think of them, not of the work."
            ),
            _PERSON_SUGGEST,
        ),
    ]
)


# --- rounds 41-44: lecturing, hyperbole, mock questions and the childish yardstick --------------------------------
# Each family is a construction, tested beside a look-alike that stays clean: "at your age you ought to ..."
# against "at your age level" in a school, "nipping off every five minutes" against "the alarm sounds every five
# minutes", "were you expecting us to be impressed by ...?" against "we expected the panel to be impressed", "we
# asked for a lesson plan, not a colouring-in sheet" against "we asked for a one-page summary, not a full report".
_CHILDISH = (
    r"(?:colou?r(?:ing)? - in|colou?r(?:ing)?(?: book| sheet| page)|crayon|doodle|scribble|finger - paint\w*|nursery "
    r"rhyme"
    r"|bedtime story|fairy tale|children 's book|picture book|school project|homework|sandcastle|ransom note)"
)
RULES += flatten(
    [
        _hl(
            "lecturing_and_hyperbole",
            [
                (
                    "age",
                    r"at your age (?:, )?(?:you|one) (?:really )?(?:ought to|should|must|would think|'d think|might "
                    r"think"
                    r"|be suppose to|could at least)\b",
                ),
                (
                    "pretend",
                    r"(?:stop|quit|, not|give up) pretend (?:that )?(?:you|to) (?:can|could|be|know|understand|have"
                    r"|keep up)\b",
                ),
                (
                    "minute second",
                    r"off (?:to (?:the |a )?[\w'-]+ )?every (?:two|five|ten|few|couple of|other|single) (?:minute"
                    r"|second)\b",
                ),
                (
                    "year month decade",
                    r"(?:year|month|decade) (?:of|in|at|as|doing|on) (?:[\w'-]+ ){0,5}?and you (?:still|yet) "
                    r"(?:can n't|can not|cannot|could n't|do n't|did n't|have n't|be unable to|struggle)\b",
                ),
                (
                    "confuse mistake mix",
                    r"(?:confuse|mistake|mix up) (?:this|the|our|today 's) (?:interview|assessment|panel|meeting"
                    r"|presentation|audition|trial shift|trial day|assessment centre) (?:with|for) (?:a|an|some) \w+",
                ),
                (
                    "course class",
                    r"(?:take|do|enrol on|enrol in|sign up for|go on|try) (?:a|an|some) (?:very )?(?:basic|remedial"
                    r"|beginner|beginner 's|beginners|introductory) (?:[\w-]+ ){0,3}?(?:course|class|lesson)s? "
                    r"before (?:you )?(?:apply|applying|reapply) (?:[\w'-]+ ){0,5}?again\b",
                ),
                (
                    "sweet cute adorable precious grown",
                    r"(?:sweet|cute|adorable|precious) of you to (?:apply|try|have a go|put yourself forward|turn up"
                    r"|come|think|send)|for (?:real |actual |proper )?grow(?:n)? - up(?:s\b| [\w-]+|(?= [.!?,;]|$))",
                ),
                (
                    "ask want request",
                    rf"(?:ask|want|request|expect) (?:for )?(?:a|an|the) (?:[\w'-]+ ){{1,4}}?, not (?:a|an|some|your) "
                    rf"(?:[\w'-]+ )?{_CHILDISH}",
                ),
                (
                    "tell say",
                    r"(?:which|and that|that alone|this alone) (?:rather |really |pretty much |just about |kind of "
                    r"|sort of |frankly |probably )?(?:tell|say) (?:we |me |you )?(?:everything|it all"
                    r"|all (?:we|i|you) (?:need|needed) to know)(?! (?:we need )?about (?:your|the) (?:strength"
                    r"|skill))",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it lectures or mocks the candidate instead of describing what happened."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "mock_questions",
            [
                (
                    "expect think hope imagine want suppose",
                    r"(?:be|do) you (?:\w+ )?(?:expect|think|hope|imagine|want|suppose) (?:that )?(?:we|i|me|the panel"
                    r"|anyone|anybody|the team|the interviewer) (?:to be|would be|'d be|will be|be go to be) (?:\w+ )?"
                    r"(?:impress|amaze|wow|dazzle|blow away|bowl over)",
                ),
                (
                    "kind sort",
                    r"^(?:[\w'-]+ ){0,1}(?:be|was) (?:[\w'-]+ ){0,6}?some (?:kind|sort) of (?:\w+ )?(?:test|joke|prank"
                    r"|dare|trick|experiment|wind - up)\b(?: [\w'-]+){0,6} \?",
                ),
                (
                    "have see hear meet",
                    rf"(?:we|i) (?:'ve |have |'d |had )?(?:have|see|hear|meet) (?:[\w'-]+ ){{0,2}}?(?:{_LESSER}"
                    rf"|trainee|apprentice)s? "
                    r"(?:[\w'-]+ ){0,2}?(?:give|write|produce|make|offer|deliver|answer|put together|come up with) "
                    r"(?:far |much |a lot |way )?(?:more (?:coherent|sensible|convincing|professional|thoughtful"
                    r"|structured?|polish(?:ed)?|accurate|detail(?:ed)?|mature|articulate|confident)|better|clear"
                    r"|sharp)\b",
                ),
                (
                    "impressive remarkable amazing astonishing incredible quite",
                    r"(?:impressive|remarkable|amazing|astonishing|incredible|quite something|quite a feat"
                    r"|an achievement)(?: , (?:really|honestly|truly) ,)? (?:how you |that you |to )(?:[\w'-]+ ){0,8}?"
                    r"without (?:make |get |say |give |offer |produce )?(?:a single|one single|one|any) (?:correct"
                    r"|right"
                    r"|relevant|useful|accurate|valid|good|sensible)\b",
                ),
            ],
            _SARCASM_MESSAGE,
            _PERSON_SUGGEST,
        ),
    ]
)


# A mock-courage opener that the sentence then praises ("a bold choice, and it paid off") is not sarcasm. Matched on
# the lemma view: "it worked" is "it work", "we liked it" is "we like it".
_PRAISED_AFTER = (
    r"\b(?:pay off|(?:it|that|this|which) (?:really )?work|appreciate|impress|refresh|admire|(?:we|i|they) (?:really )?"
    r"(?:like|love)|land well|well judge)\b"
)


# --- rounds 45-46: hollow praise, scribbled work, mock courage, rhetorical blame ----------------------------------
# Look-alikes kept clean in the tests: "the plan had all the elements of a strong bid", "you could run this kitchen
# with your eyes closed", "a bold choice, presenting the failed launch honestly, and it paid off", "you may want to
# lower your salary expectations for this market".
RULES += flatten(
    [
        _hl(
            "hollow_work",
            [
                (
                    "depth insight charm warmth substance nuance originality rigour rigor clarity subtlety polish"
                    " sophistication finesse personality flair energy excitement",
                    r"(?:have|had|with) all the (?:depth|insight|charm|warmth|substance|nuance|originality|rigour|rigor"
                    r"|clarity|subtlety|polish|sophistication|finesse|personality|flair|energy|excitement) of (?:a|an"
                    r"|the|your) [\w'-]+",
                ),
                (
                    "scribble jot dash throw knock cobble write",
                    r"like (?:it|you|they) (?:be|was|were|'d|had|have) (?:be )?(?:scribble|jot|dash off|throw together"
                    r"|knock together|knock up|cobble together|write|type|draft) (?:[\w'-]+ ){0,4}?(?:on the (?:bus"
                    r"|train"
                    r"|tube|way)|in the (?:car|lift|taxi|car park|queue)|on (?:a|the back of a) (?:napkin|beer mat"
                    r"|receipt)|in (?:five|ten|two) minute|the night before|over breakfast|at the last minute)\b",
                ),
                (
                    "eye eyes",
                    r"as if you (?:'d |had |have )?[\w'-]+ (?:[\w'-]+ ){0,4}?with your eye (?:shut|close)\b",
                ),
                (
                    "achievement feat accomplishment triumph masterpiece",
                    r"(?:achievement|feat|accomplishment|triumph|masterpiece) (?::|,|-) (?:[\w'-]+ ){0,6}?"
                    r"(?:not a single|not one|no|without a single|without one|without any) (?:[\w-]+ )?(?:relevant"
                    r"|correct"
                    r"|right|useful|accurate|valid|good|sensible|original|coherent)\b",
                ),
                (
                    "bold brave daring gutsy interesting",
                    r"^(?:a )?(?:bold|brave|daring|gutsy|ballsy|interesting) (?:move|choice|strategy|tactic) , "
                    r"(?:[\w'-]+ ){1,20}?[\w'-]+ (?:\.|!)$",
                ),
                (
                    # "Interesting approach, answering every question with an anecdote": the opener is only
                    # sarcasm when what follows is a sweeping habit, not one choice.
                    "bold brave daring gutsy interest interesting novel unusual",
                    r"^(?:an? )?(?:bold|brave|daring|gutsy|ballsy|interest|interesting|novel|unusual) (?:approach"
                    r"|choice|move|strategy|tactic|technique) , [\w'-]+ (?:[\w'-]+ ){0,2}?(?:every|each|all|none)\b",
                ),
            ],
            _SARCASM_MESSAGE,
            _WORK_SUGGEST,
            unless=_PRAISED_AFTER,
        ),
        _hl(
            "rhetorical_blame",
            [
                (
                    "stick",
                    r"stick to (?:job|role|work|position|something)s? (?:where|that|which|with)\b",
                ),
                (
                    "low lower",
                    r"(?:low|lower(?:ing)?) your (?:expectation|sight|ambition|standard)s?\b(?! (?:on|for|about|of"
                    r"|around"
                    r"|regarding)? ?(?:the )?(?:salary|pay|rate|compensation|day rate|package))",
                ),
                (
                    "test patience attention sanity goodwill",
                    r"(?:a |some (?:kind|sort) of )?test (?:of|for) (?:our|my|the panel 's|the team 's|everyone 's) "
                    r"(?:patience|attention|sanity|goodwill|eyesight)\b",
                ),
                (
                    "part bit section question step aspect",
                    r"(?:be|is|was) there (?:any|a single|one) (?:part|bit|section|question|step|aspect|line|page)"
                    r" (?:of [\w' -]+ )?(?:that )?you (?:do n't|did n't|did not|do not) (?:get wrong|mess up|miss|botch"
                    r"|fail|forget|misread|muddle)\b(?: [\w'-]+){0,4} \?",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it mocks the candidate instead of naming what was missing."),
            _PERSON_SUGGEST,
        ),
    ]
)


# --- rounds 47-48: awe at a blunder, the panel's amusement, the consumer's-eye view, mock comparisons -------------
# Look-alikes kept clean in the tests: "we were impressed that you managed to finish both tasks in the hour", "the
# children found your puppet show hilarious", "most candidates manage to finish both parts in the time", "the only
# time you've used Python was in a university module", "you'll need to unlearn some agency habits", "we've seen
# sturdier joinery from candidates with a City & Guilds level 3".
_CHEAP = (
    r"(?:flat - pack \w+|christmas cracker|cracker|cereal box|fortune cookie|pound shop|bargain bin|greeting card"
    r"|birthday card|toy box|toy shop|lego set|playground|sandpit|nativity play|school play|car boot sale"
    r"|charity shop|jumble sale|kit from a magazine)"
)
_CONSUMER = (
    r"(?:pupil|customer|child|kid|student|spectator|patient|passenger|guest|diner|viewer|punter|consumer|shopper"
    r"|visitor|fan|user|reader|audience member|member of the public|teenager)"
)
RULES += flatten(
    [
        _hl(
            "awe_at_blunder",
            [
                (
                    "impress amaze astonish stun marvel awe",
                    rf"(?:impress|amaze|astonish|stun|marvel|in awe)\w* (?:\w+ )?(?:how|that|at how) you (?:\w+ )?"
                    rf"manage to {_FILLER}(?:[\w'-]+ )?{_BLUNDER}\b",
                ),
            ],
            _SARCASM_MESSAGE,
            _WORK_SUGGEST,
        ),
        _hl(
            "amused_panel",
            [
                (
                    "amuse funny hilarious entertaining comical laughable entertain",
                    r"(?:which|that|this|it) (?:we|the (?:whole )?(?:team|panel|room|office|interviewers|partners|board"
                    r"|directors|kitchen|crew|staff)|everyone|everybody|my colleagues|the rest of us) (?:all )?"
                    r"(?:find|found|think|thought) (?:rather |quite |very |really |pretty |most |highly |mildly )?"
                    r"(?:amuse|amusing|funny|hilarious|entertaining|entertain|comical|laughable)\b",
                ),
                (
                    "hardly bar hurdle",
                    r"(?:hardly|scarcely|not exactly|not really|n't exactly|n't really) (?:a |the )?(?:very "
                    r"|particularly )?"
                    r"(?:high|tall|difficult|tough|demanding|lofty) (?:bar|hurdle)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it makes the candidate the butt of the joke instead of naming the gap."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "consumer_view",
            [
                (
                    "only",
                    r"the only (?:time|experience|contact) you (?:'ve |have |'d |had )?(?:ever )?(?:[\w'-]+ ){1,5}?"
                    rf"be (?:as an? |from the other side|from the other side of the \w+ as an? ){_CONSUMER}\b",
                ),
                (
                    "flat cracker cereal fortune pound bargain greeting birthday toy lego playground sandpit nativity"
                    " school boot charity jumble kit",
                    r"(?:we|i) (?:'ve |have |'d |had )?(?:see|hear|read|taste|eat|get|find|have) (?:[\w'-]+ ){1,3}?"
                    rf"(?:in|from|on|at|inside) (?:a|an|the|my|our) (?:[\w'-]+ ){{0,2}}?{_CHEAP}\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="a put-down comparison belittles the candidate instead of naming the gap."),
            _WORK_SUGGEST,
        ),
        _hl(
            "unlearn",
            [
                ("unlearn", r"(?:please|kindly|just|do) unlearn (?:it|that|this|everything|all of it|whatever)\b"),
                (
                    "idea",
                    r"(?:not sure|no idea|no clue|do n't know|wonder|god know|who know) where you (?:pick up|get|learn"
                    r"|find) the idea that (?:this|that|it|these|those) (?:count|pass|qualify|be|make)",
                ),
                (
                    "use",
                    r"(?:ask yourself|question|wonder|consider|think about|reflect on) (?:whether|if) (?:[\w'-]+ "
                    r"){1,4}?"
                    r"(?:be|is) (?:really |actually |truly |honestly )?(?:a good|the best|a sensible|a wise|a "
                    r"worthwhile)"
                    r" use of (?:your|everyone 's|anyone 's|our|people 's|the panel 's|everybody 's) time\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it talks down to the candidate instead of saying what to change."),
            _PERSON_SUGGEST,
        ),
    ]
)


# --- round 49: a basic quality to borrow, the sarcastic "if not correctly" tail -------------------------------------
# Look-alikes kept clean in the tests: "you'd need to borrow a laptop for the assessment day", "you covered every
# requirement, if not all of them in depth", "we admired your commitment to using every accessibility guideline".
_BASIC_QUALITY = (
    r"(?:common sense|sense|brain|brains|personality|charisma|judgement|judgment|manners|initiative|clue|wit|wits"
    r"|tact|backbone|spine|competence|intelligence|imagination|self - awareness|people skill|social skill)"
)
RULES += flatten(
    [
        _hl(
            "borrowed_quality",
            [
                (
                    "borrow lend loan transplant donor",
                    rf"{_BASIC_QUALITY} ,? (?:[\w',-]+ ){{0,10}}?(?:you (?:'d|would|will|'ll|might|may|could) "
                    r"(?:\w+ )?(?:need|have|want) to (?:borrow|get a loan of|get a transplant)|(?:someone|somebody)"
                    r" (?:could|should|would|will|might|need to|have to|ought to) lend you)\b",
                ),
                (
                    "lend",
                    rf"lend you (?:(?:some|a little|a bit of|a few|a spare|a basic) )?"
                    rf"(?:manner|{_BASIC_QUALITY})\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it says the candidate lacks a basic human quality, which no one can act on."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "if_not_correctly",
            [
                (
                    "correctly properly accurately coherently right appropriately sensibly",
                    r"(?:every|each|all|whole|entire) (?:[\w'-]+ ){0,8}?, (?:if|though|just|but) not (?:any|one|a "
                    r"single|a one) (?:of (?:they|them|it|those|these) )?(?:correctly|properly|accurately|coherently"
                    r"|right|appropriately|sensibly|in the right place|in context) ?(?:[.!;]|$)",
                ),
            ],
            _SARCASM_MESSAGE,
            _WORK_SUGGEST,
        ),
    ]
)


# --- round 50: the useless-object simile, menial work as the alternative, nothing to work with, "all of it" --------
# Look-alikes kept clean in the tests: "the caching layer was about as fast as a plain dictionary lookup",
# "experience in retail, like stacking shelves at night, counts for the stock-control role", "it's hard to give
# feedback on a take-home we cancelled", "what would we change about the brief? All of it, honestly."
_MENIAL = (
    r"(?:stack (?:\w+ )?shel(?:f|ve|ves)|flip burger|pack box|sweep floor|stuff envelope|hand out leaflet"
    r"|collect trolley|push trolley|wait table|make tea|make coffee|make the tea|answer the phone|mop floor"
    r"|fold clothe|fold clothes|pour pint)"
)
RULES += flatten(
    [
        _hl(
            "useless_simile",
            [
                (
                    "about roughly",
                    # the lemma view turns "exciting" into "excite", "inspiring" into "inspire"
                    r"(?:about|roughly|every bit|just) as (?:useful|helpful|much use|effective|excit(?:e|ing)"
                    r"|interest(?:ing)?|inspir(?:e|ing)|engag(?:e|ing)|clear|coherent|insightful|convinc(?:e|ing)"
                    r"|original|welcome|persuasive|lively|memorable|thrill(?:ing)?|informative|grip(?:ping)?) as"
                    r" (?:an? |watch |watching |read |reading )[\w'-]+",
                ),
                ("teapot fireguard", r"chocolate (?:teapot|fireguard)|(?:ice|paper) (?:teapot|fireguard)"),
            ],
            _SARCASM_MESSAGE,
            _WORK_SUGGEST,
        ),
        _hl(
            "menial_alternative",
            [
                (
                    "stack flip pack sweep stuff hand collect push wait make answer mop fold pour",
                    r"(?:less|simple|simpler|easy|easier|basic|undemanding|low|lower|fewer) (?:[\w'-]+ ){0,4}?,? "
                    rf"(?:like|such as|say|e\.g\.|maybe|perhaps) (?:, )?{_MENIAL}\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="holding up menial work as the candidate's level belittles them."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "nothing_to_work_with",
            [
                (
                    "substance little nothing work",
                    r"(?:hard|difficult|tricky|impossible|tough) to (?:give|offer|write|provide|find) (?:any |much )?"
                    r"(?:feedback|comment|pointer)s? (?:when|as|because|since|given) (?:there (?:be|was|is) |you "
                    r"(?:give|gave|offer|offered|provide|provided) (?:us |we )?)(?:so little|nothing|very little|not"
                    r" much"
                    r"|hardly anything|so few)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="it says there was nothing of worth, which gives the candidate nothing to act on."
            ),
            _WORK_SUGGEST,
        ),
        _hl(
            "all_of_it",
            [
                (
                    "all everything lot",
                    r"(?:answer|improve|improvement|work on|change|fix|wrong|better|weak|weakness|gap)\w* (?:be |is )?"
                    r"(?:simple |simply |short )?[:,-]? ?(?:basically |honestly |simply |just |pretty much |quite "
                    r"literally |literally )?(?:all of it|everything|the lot|the whole thing) ?(?:\.|!|$)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="it dismisses everything the candidate did, which gives them nothing to act on."
            ),
            _WORK_SUGGEST,
            unless=r"\b(?:brief|process|format|scheduling|schedule|form|portal|our)\b",
        ),
    ]
)


# --- rounds 51-52: a limp insult, the application filed "where it belongs", defeated by a toaster, the calling ------
# Look-alikes kept clean in the tests: "the lettuce on the burger station was wet and wilted", "we've filed your
# application with the Leeds team, where the role is based", "you struggled with the toaster oven settings at
# first, then fixed the timing", "teaching might not be the right calling for you yet; the PGCE would tell you".
RULES += flatten(
    [
        _hl(
            "limp_insult",
            [
                (
                    "lettuce blanket drip",
                    r"(?:a|such a|an absolute|a real|a total|a complete) (?:bit of a |bit of an )?(?:wet|limp|soggy)"
                    r" (?:lettuce|blanket|rag|fish|weekend)|(?:a|such a|a real|a total) (?:bit of a )?drip\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="a name for the person is an insult, whatever the words."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "where_it_belongs",
            [
                (
                    "belong",
                    r"your (?:[\w'-]+ )?(?:application|cv|letter|portfolio|resume|résumé|submission|work|code|report"
                    r"|essay|proposal|answer|idea|pitch)s? (?:[\w'-]+ ){0,2}?where (?:it|they) (?:belong|deserve)",
                ),
                (
                    "belong",
                    r"(?:file|put|place|send|leave|bin|drop)\w* (?:it|them|your \w+) (?:right )?where (?:it|they)"
                    r" (?:belong|deserve)(?= ?(?:[.!]|$))",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it says the candidate's application belongs in the bin."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "defeated_by_a_trifle",
            [
                (
                    "struggle baffle defeat beat confuse flummox stump outwit",
                    # the lemma view: "baffled" is "baffle"
                    r"(?:struggle|be (?:baffle|defeat|beat|confuse|flummox|stump|outwit)(?:d|ed|en|ted)?"
                    r"|need help|need a manual|need instructions) (?:with|by) (?:a |an |the )?"
                    rf"(?:{_TRIVIAL}|microwave|light switch|door handle|stapler|tin opener|can opener|revolving door"
                    r"|colouring book|coloring book|jigsaw)(?= ?(?:[.!,;]|$))",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it says the candidate could not manage even a trivial task."),
            _WORK_SUGGEST,
        ),
        _hl(
            "wrong_calling",
            [
                (
                    "calling call vocation",
                    # "calling" is "call" in the lemma view: a profession must come first, so "not the right call
                    # for someone who needs weekends free" (a decision) stays clean
                    r"(?:teach|nursing|nurse|law|medicine|sale|engineering|care|coding|programming|hospitality|retail"
                    r"|journalism|accountancy|accounting|design|cooking|catering|(?:this|the) (?:career|profession"
                    r"|line of work|field|industry|trade)) (?:[\w'-]+ ){0,2}?(?:not|n't|never) (?:be |really be )?"
                    r"(?:the )?(?:right |true |best |ideal )?(?:call|calling|vocation) for (?:someone|somebody|a person"
                    r"|anyone|people) (?:who|that|like you)\b",
                ),
            ],
            _SARCASM_MESSAGE,
            _PERSON_SUGGEST,
        ),
    ]
)


# --- rounds 53-54: pet names, pipe and slippers, the basics, "not in the way you'd hope", the wrong path ------------
# Look-alikes kept clean in the tests: "Cheers, mate, the site walk was useful", "the slipper socks range you
# merchandised for the care-home shop", "we'll explain the basics of our ledger system in the first week", "the
# launch wasn't received in the way we'd hoped, and you said so honestly", "research is the right path for someone
# who enjoys statistics as much as you do".
_PET_NAME = r"(?:love|sweetheart|darling|sweetie|honey|hun|petal|poppet|sunshine|young man|young lady|sonny|dearie)"
RULES += flatten(
    [
        _hl(
            "pet_name",
            [
                (
                    "love sweetheart darling sweetie honey hun petal poppet sunshine young sonny dearie",
                    rf"(?:^|, |\. )(?:[\w'-]+ ){{0,4}}?, {_PET_NAME} ,|, {_PET_NAME} (?:\.|!|$)|^{_PET_NAME} ,",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="a pet name talks down to the candidate."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "pipe_and_slippers",
            [
                (
                    "slipper slippers bingo rocking zimmer bus allotment retirement pipe cardigan",
                    r"(?:think|thinking|ready|time|better suit|suit|look|looking|focus)\w* (?:about |for |at |on |to )?"
                    r"(?:[\w'-]+ ){0,3}?(?:slipper|pipe and slipper|bingo|rocking chair|rock chair|zimmer frame|bus"
                    r" pass"
                    r"|allotment|retirement home|care home|cardigan|garden centre|golf course)s?\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="mocking the candidate as ready for retirement belittles them, and points at age."
            ),
            _PERSON_SUGGEST,
        ),
        _hl(
            "should_know_the_basics",
            [
                (
                    "basic basics fundamental fundamentals thing stuff",
                    r"(?:basic|basics|fundamental|fundamentals|thing|stuff|concept|rudiment|rudiments) (?:that )?you "
                    r"(?:should|ought to|would have|'d have) (?:have |really have |already have )?(?:master|learn|know"
                    r"|pick up|grasp|cover|understand)\w* (?:at|in|by|on|during) (?:school|college|university|uni"
                    r"|primary school|secondary school|year one|your first (?:week|year|month|day)|day one|nursery"
                    r"|gcse|a - level|a level)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="it scolds the candidate for what they should already know instead of naming it."
            ),
            _WORK_SUGGEST,
        ),
        _hl(
            "not_in_the_way_you_hope",
            [
                (
                    "way sense",
                    r"(?:,|though|but|just|if|although|albeit) not in (?:the|a) (?:way|sense) (?:that )?(?:you 'd|you"
                    r" would|you|you might|you may|you were|you be|you 'd have) (?:have )?(?:hope|think|want|like"
                    r"|intend|expect|mean|imagine|plan)\w*\b",
                ),
            ],
            _SARCASM_MESSAGE,
            _WORK_SUGGEST,
        ),
        _hl(
            "wrong_path",
            [
                (
                    "path career calling call field place profession vocation choice line",
                    r"(?:right|best|ideal|obvious|natural|sensible) (?:path|career|calling|call|field|place|profession"
                    r"|line of work|vocation|choice|route) for (?:someone|somebody|a person|anyone) (?:who|that) "
                    r"(?:[\w'-]+ ){0,2}?(?:struggle|can n't|cannot|can not|could n't|panic|do n't|do not|fail|lack"
                    r"|faint|freeze|get lost|forget|need help|ca n't)\b",
                ),
            ],
            _SARCASM_MESSAGE,
            _PERSON_SUGGEST,
        ),
    ]
)


# --- rounds 55-56: the charm of a school play, luck you'll need, it isn't colouring in, surprised by a deadline,
# five minutes to decide -----------------------------------------------------------------------------------------------
# Look-alikes kept clean in the tests: "your stage management of the school nativity play was calm", "best of luck with
# the CIPD course, you'll need it for the senior role" (a plain wish), "the role isn't colouring in the wireframes; it's
# user research", "we didn't need the full hour, as you'd answered everything by the case study".
_CHILDISH_TASK = (
    r"(?:colouring in|coloring in|colour in|color in|colouring|coloring|finger paint(?:ing)?|finger - paint(?:ing)?"
    r"|arts and crafts|playtime"
    r"|play time|show and tell|nap time|story time|a playground|a holiday camp|a sandpit|a tea party|a school trip"
    r"|a creche|a crèche|a day out|a hobby|a game)"
)
RULES += flatten(
    [
        _hl(
            "the_way_a_school_play_does",
            [
                (
                    "way like",
                    r"(?:charm|appeal|quality|energy|polish|magic|feel|air|sweet|cute|adorable|endear|charming|lovely"
                    r"|quaint)\w* ,? (?:[\w'-]+ ){0,3}?(?:the way|in the"
                    r" way"
                    r"|like) (?:a|an|the|your) (?:[\w'-]+ ){0,2}?(?:nativity play|school play|school disco"
                    r"|toddler 's drawing|child 's drawing|fridge drawing|talent show|pantomime|puppet show"
                    rf"|{_CHEAP}) (?:do|does|did|be|is|would|might|can)\b",
                ),
            ],
            _SARCASM_MESSAGE,
            _WORK_SUGGEST,
        ),
        _hl(
            "luck_you_will_need",
            [
                (
                    "need",
                    r"luck\b[^.!?]{0,40}?,? (?:you 're|you be|you|you 'll|you will) (?:go to |going to |gonna |sure to "
                    r"|certainly |definitely |really )?need it(?= ?(?:[.!]|$))",
                ),
            ],
            _SARCASM_MESSAGE,
            _PERSON_SUGGEST,
            unless=r"\b(?:course|exam|qualification|certificate|certification|licence|license|test|interview|training)\b",
        ),
        _hl(
            "not_colouring_in",
            [
                (
                    "colour color colouring coloring finger arts playtime play show nap story playground holiday"
                    " sandpit tea school creche day hobby game",
                    rf"(?:it|this|the (?:job|role|work|post|position)) (?:be n't|be not|be) (?:just |simply |exactly )?"
                    rf"{_CHILDISH_TASK}(?= ?(?:[.,;!]|$))",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="likening the candidate's idea of the job to a child's pastime talks down to them."
            ),
            _WORK_SUGGEST,
        ),
        _hl(
            "surprised_by_the_concept",
            [
                (
                    "concept idea notion existence",
                    r"(?:surprise|baffle|confuse|puzzle|shock|startle|thrown|throw|bemuse|mystify)\w* by the (?:very "
                    r"|whole "
                    r")?(?:concept|idea|notion|existence) of (?:a |an |the )?(?:[\w'-]+ ){0,2}?(?:deadline|agenda"
                    r"|budget"
                    r"|spreadsheet|meeting|plan|test|brief|customer|invoice|timetable|schedule|question|email|diary"
                    r"|calendar|process|job description|dress code|rota|punctuality|preparation)\b",
                ),
            ],
            _SARCASM_MESSAGE,
            _PERSON_SUGGEST,
        ),
        _hl(
            "decided_in_minutes",
            [
                (
                    "hour minute time interview",
                    r"(?:do n't|did n't|did not|do not|never) need (?:the |that |an |a )?(?:full|whole|entire|remaining"
                    r"|rest of the) (?:hour|interview|time|session|day|afternoon|morning|slot) to (?:decide|make up"
                    r" our mind"
                    r"|know|tell|reach a decision|see)(?: ,| ;| -)? (?:[\w'-]+ ){0,2}?(?:five|ten|two|three|a few|a"
                    r" couple"
                    r"|one) (?:of )?minute",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="saying the candidate was dismissed in minutes belittles them."),
            _PERSON_SUGGEST,
        ),
    ]
)


# --- rounds 57-58: a straight face, "charitably", an animal simile, the wrong profession, off a cereal box --------
# Look-alikes kept clean in the tests: "you kept a straight face when the customer was rude", "charitably funded posts
# need a grants record", "you handled the lambing like a pro", "the night-shift job might not be the right job for you
# given you want days", "the packaging you designed for the cereal box was bold".
_ANIMAL = (
    r"(?:puppy|puppies|dog|rabbit|deer|sheep|lamb|goldfish|chicken|headless chicken|meerkat|hamster|kitten|startled"
    r" \w+|nodding dog|labrador|golden retriever|lost sheep|frightened \w+)"
)
RULES += flatten(
    [
        _hl(
            "straight_face",
            [
                (
                    "straight laugh laughter giggle smirk",
                    r"(?:we|us|i|panel|room|everyone|interviewer|colleague|partner|director|team)s? (?:[\w'-]+ ){0,8}?"
                    r"(?:keep|kept) a straight face"
                    r"|(?:stifle|suppress|hold in|hold back|swallow)\w* (?:a |our |my |the )?(?:laugh|laughter|giggle"
                    r"|smirk|snigger)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it makes the candidate the butt of the joke instead of naming the gap."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "charitably",
            [
                (
                    "charitably generously charitable generous",
                    r"(?:be|seem|look|read|feel) ,? (?:charitably|generously|to be charitable|to be generous|being "
                    r"generous|being charitable|to put it charitably|to put it generously) ,",
                ),
                ("draft", r"\ban? ((?:[\w'-]+ )?(?:draft|sketch|outline|attempt)) of an? \1\b"),
            ],
            _SARCASM_MESSAGE,
            _WORK_SUGGEST,
        ),
        _hl(
            "animal_simile",
            [
                (
                    "puppy puppies dog rabbit deer sheep lamb goldfish chicken meerkat hamster kitten startled labrador"
                    " retriever frightened",
                    rf"you (?:[\w'-]+ ){{0,6}}?like (?:a|an|some) (?:[\w'-]+ ){{0,2}}?{_ANIMAL}\b(?! (?:handler|trainer"
                    r"|groomer|walker|sitter|owner|breeder|unit|section|team))",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="likening the candidate to an animal belittles them."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "wrong_profession",
            [
                (
                    "profession career vocation calling call line field industry",
                    r"(?:not|n't) (?:be |really be )?(?:the )?(?:right |ideal |best )?(?:profession|career|vocation"
                    r"|calling|line of work|field|industry) for you\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it tells the candidate to give up, which no interview can judge."),
            "Name the skill the role needed and where it fell short; leave career choices to the candidate.",
        ),
        _hl(
            "off_a_cereal_box",
            [
                (
                    "like if though",
                    r"(?:like|as if|as though) (?:[\w'-]+ ){0,4}?(?:on|from|in|inside|out of) (?:the back of )?(?:a|an"
                    rf"|the) (?:[\w'-]+ ){{0,2}}?{_CHEAP}\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="a put-down comparison belittles the candidate instead of naming the gap."),
            _WORK_SUGGEST,
        ),
    ]
)


# --- rounds 59-60: a chuckle at an answer, a bold choice for the job, at least the handshake, "which wasn't much",
# something to talk about over lunch ---------------------------------------------------------------------------------
# Look-alikes kept clean in the tests: "you had the room laughing with your icebreaker, which we liked", "leading with
# the failed launch was a bold choice for a pitch, and it paid off", "at least the last two answers recovered well",
# "the budget you had, which wasn't much, went a long way".
_TRIFLE = (
    r"(?:handshake|coffee|tie|suit|shoes|outfit|hair|haircut|smile|font|formatting|stationery|parking|spelling|pen"
    r"|lanyard|email signature|photo|headshot|cover page|binding|paper)"
)
RULES += flatten(
    [
        _hl(
            "chuckle_at_your_answer",
            [
                (
                    "chuckle laugh giggle snigger titter",
                    r"(?:have|had|share|shared) (?:a |quite a |our )?(?:little |good |quiet |bit of a |small )?"
                    r"(?:chuckle|laugh|giggle|snigger|titter) (?:at|about|over) your\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it makes the candidate the butt of the joke instead of naming the gap."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "bold_choice_for_the_job",
            [
                (
                    "bold brave interesting interest novel daring unusual",
                    r"(?:be|is|was) (?:quite |certainly |definitely |rather |a )?(?:a )?(?:bold|brave|interesting"
                    r"|interest"
                    r"|novel|daring|unusual|courageous) (?:choice|move|strategy|approach|decision|look) for (?:a|an"
                    r"|someone|somebody|anyone) (?:[\w'-]+ ){0,3}?(?:position|role|post|job|applicant|candidate"
                    r"|editor|writer|manager|analyst|accountant|engineer|developer|designer|teacher|lawyer|nurse)\b",
                ),
            ],
            _SARCASM_MESSAGE,
            _WORK_SUGGEST,
            unless=_PRAISED_AFTER,
        ),
        _hl(
            "at_least_the_handshake",
            [
                (
                    "least less",
                    # the lemma view reads "at least" as "at less"
                    rf"^(?:well ,? )?at (?:least|less) (?:the|your) {_TRIFLE} (?:be|was|were|is|look|looked)"
                    rf" (?:[\w'-]+ )?"
                    r"(?:firm|nice|good|great|smart|sharp|clean|tidy|neat|decent|fine|lovely|excellent|on time|correct)"
                    r"(?= ?(?:[.!]|$))",
                ),
            ],
            _SARCASM_MESSAGE,
            _PERSON_SUGGEST,
        ),
        _hl(
            "which_wasnt_much",
            [
                (
                    "much lot",
                    r", (?:which|and that|and it) (?:be n't|be not|be never|be hardly|be not exactly) (?:very |all that"
                    r" |saying |say |exactly )?(?:much|a lot)(?= ?(?:[.!]|$))",
                ),
            ],
            _SARCASM_MESSAGE,
            _WORK_SUGGEST,
        ),
        _hl(
            "something_to_talk_about",
            [
                (
                    "talk laugh gossip chat",
                    r"(?:give|giving|gave|giving) (?:us|the team|the panel|everyone|the office|the room|the kitchen"
                    r"|the staff|the rest of us) something to (?:talk|laugh|gossip|chat|chuckle) about\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it makes the candidate the butt of the joke instead of naming the gap."),
            _PERSON_SUGGEST,
        ),
    ]
)


# --- rounds 61-62: fumbling your way round, subtitles for an accent, surprised by a claim -----------------------------
# Look-alikes kept clean in the tests: "the client needed an interpreter for the Polish site visit", "for someone with
# ten years in marketing, you were refreshingly open that you hadn't used GA4".
RULES += flatten(
    [
        _hl(
            "fumbling_your_way",
            [
                (
                    "fumble stumble bumble blunder flail",
                    r"(?:fumbl|stumbl|bumbl|blunder|flail)\w* (?:his|her|their|your|its) way (?:around|through|round"
                    r"|across)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it mocks how the candidate manages instead of naming the gap."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "needed_subtitles",
            [
                (
                    "subtitle subtitles phrasebook caption captions translator interpreter",
                    r"(?:we|panel|half|everyone|i|the room|interviewer|colleague|partner)s? (?:[\w'-]+ ){0,4}?"
                    r"(?:need|want|could have use|could use|require)\w* (?:subtitle|subtitles|a phrasebook|closed"
                    r" caption"
                    r"|a translator|an interpreter)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it mocks the candidate's voice, and points at origin."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "claimed_but_surprised",
            [
                (
                    "claim claiming supposedly allegedly apparently",
                    r"for (?:someone|somebody|a person|a candidate|an applicant) (?:claim|claiming|who claim\w*"
                    r"|supposedly"
                    r"|allegedly|apparently) (?:[\w'-]+ ){1,6}?, you (?:[\w'-]+ ){0,3}?(?:seem|appear|look|be|were)"
                    r" (?:oddly |strangely |remarkably |surprisingly |rather |very |quite |genuinely )?(?:surprise"
                    r"|surprised|unaware|confuse|confused|baffle|baffled|puzzle|puzzled|unfamiliar|new to|shock"
                    r"|shocked)\b",
                ),
            ],
            _SARCASM_MESSAGE,
            _PERSON_SUGGEST,
        ),
    ]
)


# --- rounds 63-64: more time than it deserved, "cute", which sums it up, lower standards, a prank application --------
# Look-alikes kept clean in the tests: "we spent more time on your case study than on any other, because it raised
# good questions", "the client called the mascot cute, which the brief wanted", "the April Fool's campaign you ran".
RULES += flatten(
    [
        _hl(
            "more_than_it_deserved",
            [
                (
                    "deserve merit warrant",
                    r"more (?:time|attention|thought|effort|energy) (?:(?:on|with|to) (?:your|you|this|it) (?:[\w'-]+ )"
                    r"{0,2}?)?than (?:it|you|they|this) (?:really |honestly |frankly )?(?:deserve|merit|warrant)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it says the candidate was not worth the panel's time."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "belittling_label",
            [
                (
                    "describe call label dub sum",
                    r"(?:describe|call|label|dub|sum up)\w* your (?:[\w'-]+ ){0,3}?as (?:\" |“ |' )?(?:cute|sweet"
                    r"|adorable"
                    r"|quaint|precious|a joke|amateurish|amateur hour|waffle|a mess|a car crash)\b",
                ),
                (
                    "sum",
                    r"which (?:about|pretty much|just about|kind of|sort of|rather|neatly) sum (?:it|things|you) up",
                ),
            ],
            _SARCASM_MESSAGE,
            _WORK_SUGGEST,
        ),
        _hl(
            "lower_standards",
            [
                (
                    "standard standards expectation expectations bar",
                    r"(?:somewhere|a place|a company|an employer|a team|a role|a job|an organisation|an organization)"
                    r" (?:with|that have|that has|where they have) (?:much |far |a lot )?(?:lower|low|less demanding"
                    r"|more relaxed|laxer) (?:standard|expectation|bar)s?\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it tells the candidate to give up, which no interview can judge."),
            "Name the skill the role needed and where it fell short; leave career choices to the candidate.",
        ),
        _hl(
            "prank_application",
            [
                (
                    "prank joke wind hoax spoof parody fool",
                    r"(?:a |an )?(?:prank|joke|wind - up|hoax|spoof|parody|april fool 's) (?:application|cv|submission"
                    r"|entry|applicant|candidate|answer|portfolio|cover letter)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="treating the application as a joke belittles the candidate."),
            _PERSON_SUGGEST,
        ),
    ]
)


# --- rounds 65-66: how little you managed, fine for a toddler group, the longest ten minutes, as organised as a
# drawer, a retriever describing a sunset, made it look difficult, more luck training the plant ----------------------
# Look-alikes kept clean in the tests: "your activity plan would suit a toddler group well", "it's impressive how much
# of the brief you covered in an hour", "you made a difficult rota look simple".
RULES += flatten(
    [
        _hl(
            "how_little_you_managed",
            [
                (
                    "impressive remarkable amazing astonishing",
                    r"(?:impressive|remarkable|amazing|astonishing|quite something|quite a feat)\w*(?: ,)? (?:in a way"
                    r" ,? "
                    r"|honestly ,? |really ,? |in its way ,? )?how (?:little|few|little of|few of) (?:[\w'-]+ ){0,4}?"
                    r"you (?:manage|contrive|succeed)\w*",
                ),
            ],
            _SARCASM_MESSAGE,
            _WORK_SUGGEST,
        ),
        _hl(
            "fine_for_a_toddler_group",
            [
                (
                    "fine ok okay acceptable good perfect great lovely",
                    r"would (?:have )?(?:be|been) (?:fine|ok|okay|acceptable|good enough|perfect|great|lovely) for a "
                    r"(?:toddler|nursery|playgroup|primary school|reception|year one|kid|kids|child|children 's|school)"
                    r"(?: \w+)?(?= ?(?:[.,;!]|$| but| though))",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="measuring the candidate's work against a child's belittles them."),
            _WORK_SUGGEST,
        ),
        _hl(
            "longest_minutes",
            [
                (
                    "longest long",
                    r"(?:the )?(?:longest|long) (?:ten|five|twenty|thirty|fifteen|forty) minute of (?:our|my|the panel"
                    r" 's"
                    r"|everyone 's|the team 's) (?:week|day|life|lives|year|month)"
                    r"|(?:the )?longest (?:hour|half hour|afternoon|morning|interview) of (?:our|my|the panel 's"
                    r"|everyone 's|the team 's) (?:week|day|life|lives|year|month)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it says sitting through the candidate was an ordeal."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "as_organised_as",
            [
                (
                    "about roughly",
                    r"(?:about|roughly|every bit|just) as (?:organised|organized|organise|organize|tidy|structured"
                    r"|structure|sharp"
                    r"|prepared|prepare|punctual"
                    r"|reliable|focused|slick|polished|confident|calm|articulate|professional) as (?:an? |the )[\w'-]+",
                ),
            ],
            _SARCASM_MESSAGE,
            _PERSON_SUGGEST,
        ),
        _hl(
            "like_a_retriever_describing",
            [
                (
                    "like",
                    r"like (?:listen|listening|watch|watching|talk|talking|interview|interviewing|read|reading) (?:to"
                    r" )?"
                    rf"(?:a|an|some) (?:[\w'-]+ ){{0,2}}?{_ANIMAL}\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="likening the candidate to an animal belittles them."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "made_it_look_difficult",
            [
                (
                    "look",
                    r"make (?:a|the|an|our|this) (?:[\w'-]+ ){1,3}?look (?:quite |so |that |this |really )+(?:difficult"
                    r"|hard|complicated"
                    r"|painful|impossible)",
                ),
            ],
            _SARCASM_MESSAGE,
            _PERSON_SUGGEST,
        ),
        _hl(
            "more_luck_training_the_plant",
            [
                (
                    "luck easy easier",
                    # the lemma view reads "an easier time" as "a easy time"
                    r"(?:more luck|better luck|an? (?:easier|easy) time|easier) (?:train|training|teach|teaching"
                    r"|get through to"
                    r"|getting through to|coach|coaching|explain \w+ to) (?:the|a|an|our|my) (?:[\w-]+ ){0,2}?"
                    rf"{_NON_HUMAN}s?\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="holding up an animal or an object as better than the candidate belittles them."
            ),
            _WORK_SUGGEST,
        ),
    ]
)


# --- rounds 67-68: reading off a cereal box, do us a favour and don't, counting down to a bus pass, we've seen
# enough, not a candidate at all, parrots with a broader vocabulary ------------------------------------------------
# Look-alikes kept clean in the tests: "please don't reapply until the March intake opens", "we've seen enough of your
# portfolio to know the illustration is strong".
RULES += flatten(
    [
        _hl(
            "read_off_a_cereal_box",
            [
                (
                    "read reading recite reciting",
                    r"(?:read|reading|recite|reciting)\w* (?:it |them )?(?:off|from) (?:the back of )?(?:a|an|the) "
                    rf"(?:[\w'-]+ ){{0,2}}?{_CHEAP}\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="a put-down comparison belittles the candidate instead of naming the gap."),
            _WORK_SUGGEST,
        ),
        _hl(
            "do_us_a_favour",
            [
                (
                    "favour favor",
                    r"do (?:us|we|yourself|everyone|me) (?:both |all )?a favou?r and (?:do n't|do not|never|stop"
                    r"|please do"
                    r" n't) (?:[\w'-]+ ){0,6}?(?:again|apply|reapply|bother|put|contact|waste)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it tells the candidate to go away instead of saying what to change."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "counting_down_to_a_pension",
            [
                (
                    "count counting",
                    r"count\w* down (?:the days? |the years? |the months? )?(?:to|till|until) (?:their|your|his|her"
                    r"|the|a)"
                    # the mocking emblem, not the plain fact ("counting down to their pension" is an age proxy only)
                    r" (?:free )?(?:bus pass|carriage clock|gold watch|slippers|zimmer frame)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="mocking the candidate as near retirement belittles them, and points at age."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "seen_enough",
            [
                (
                    "enough",
                    r"(?:we 've|we have|i 've|i have|we) (?:already |honestly |frankly )?see (?:quite |more than )?"
                    r"enough(?= ?(?:[.!]|$))",
                ),
                (
                    "reapply apply",
                    r"^(?:please )?(?:do n't|do not) (?:bother )?(?:re)?apply(?: again| to us)?(?: ,| ;| -)? (?:we 've"
                    r"|we"
                    r" have|we) (?:already |honestly )?see",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it dismisses the candidate without saying what fell short."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "not_a_candidate_at_all",
            [
                (
                    "all",
                    r"(?:you|it) (?:be n't|be not|be never|were n't|was n't) (?:really |even |actually )?(?:a|an)"
                    r" (?:real |serious |genuine )?(?:candidate|contender|applicant|option) at all\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it says the candidate did not count, which no one can act on."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "non_human_with_more",
            [
                (
                    "parrot parrots plant goldfish robot",
                    r"(?:have|had|see|seen|meet|met|interview)\w* (?:[\w'-]+ ){0,1}?"
                    rf"{_NON_HUMAN}s? (?:[\w'-]+ ){{0,3}}?with (?:a )?(?:broad|broader|big|bigger|good|better|wide"
                    r"|wider|rich|richer|more|large|larger|sharp|sharper|clear|clearer)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="holding up an animal or an object as better than the candidate belittles them."
            ),
            _WORK_SUGGEST,
        ),
    ]
)


# --- rounds 69-70: a hobby not a qualification, that doesn't make you one, tourists not technicians, you seem to think
# ...; it isn't, someone who'd fall apart, a grandad trying, wondering when it would make sense, phoned it in, at least
# pretend to care --------------------------------------------------------------------------------------------------
# Look-alikes kept clean in the tests: "one weak answer doesn't make you a bad engineer", "the gearbox might fall apart
# under load", "you seem to think the role is mostly coding; it's mostly stakeholder work".
RULES += flatten(
    [
        _hl(
            "not_a_real_credential",
            [
                (
                    "hobby",
                    r"(?:be|'s) (?:just |only |really )?a hobby ,? (?:not|rather than) (?:a|an) (?:qualification|career"
                    r"|profession|job|skill|credential|experience|trade)\b",
                ),
                (
                    "make",
                    r"(?:do|did) (?:n't|not) make you (?:a|an) (?:real |proper |qualified )?[\w-]+(?: [\w-]+){0,3} ,? "
                    r"(?:however (?:much|many|loudly|often)|whatever (?:your|you|the)"
                    r"|no matter (?:how|what) (?:much |many )?(?:you|your))",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it sneers at what the candidate offered instead of saying what was missing."),
            _WORK_SUGGEST,
        ),
        _hl(
            "sightseers_not_staff",
            [
                (
                    "tourist sightseer hobbyist dabbler passenger daytripper",
                    r", not (?:tourist|sightseer|hobbyist|dabbler|passenger|daytripper|day - tripper|wannabe|groupie)"
                    r"(?: (?:who|that|look|after|in it for|on|with)\b|(?= ?[.!]|$))",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="mocking the candidate's motive belittles them."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "you_seem_to_think",
            [
                (
                    "think",
                    r"\byou (?:seem to |appear to |clearly |obviously |apparently )?think (?:[\w'-]+ ){3,24}?"
                    r"(?:;|:|-|, but|, well ,?) (?:well ,? )?(?:it|this|that|we|they) (?:be n't|be not|'s not|do n't"
                    r"|do not)(?= ?(?:[.!]|$))",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it mocks what the candidate thinks instead of saying what the work is."),
            _WORK_SUGGEST,
        ),
        _hl(
            "would_fall_apart",
            [
                (
                    "apart piece crumble crack",
                    # round 77: "someone with your anxiety history would crumble the first time"
                    r"(?:you|someone|somebody|who)(?: [\w'-]+){0,4}? (?:might|could|would|will|may|'d|'ll)"
                    r" (?:just |well |probably )?"
                    r"(?:fall apart|fall to piece|go to piece|crumble|crack up)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="predicting that the candidate would go to pieces is a personal judgement."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "an_old_timer_trying",
            [
                (
                    "grandad granddad grandpa granny grandma dinosaur boomer age",
                    r"(?:a|some|an) (?:grandad|granddad|grandpa|granny|grandma|old - timer|dinosaur|boomer) "
                    r"(?:try|attempt|struggle|fumble) to\b"
                    # round 82: "nobody wants a grandad wobbling about on a roof"
                    r"|(?:a|some|an) (?:grandad|granddad|grandpa|granny|grandma|old - timer|dinosaur|boomer) "
                    r"(?:wobbl|totter|shuffl|hobbl|dodder|creak|puff|wheez)\w*"
                    # round 71: "a grandad in his sixties isn't going to keep up with a newsroom"
                    r"|(?:a|some|an) (?:grandad|granddad|grandpa|granny|grandma|old - timer|dinosaur|boomer) "
                    r"(?:[\w'-]+ ){0,4}?(?:be n't|be not|wo n't|will n't|will not|can n't|could n't|never) "
                    r"(?:go to |be go to )?(?:keep up|cope|cut it|be [\w-]+ing)\b"
                    # round 73: "a woman your age isn't going to be climbing down into inspection chambers"
                    r"|\b(?:a|some) (?:woman|man|lady|bloke|guy|person|someone) (?:of )?your age (?:be n't|be not"
                    r"|wo n't|will not|can n't) (?:go to )?\w+",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="calling the candidate a grandad ridicules them, and points at age."),
            _PERSON_SUGGEST,
        ),
        _hl(
            "waiting_for_it_to_make_sense",
            [
                (
                    "wonder wait sense",
                    r"(?:wonder|wait)\w* (?:when|whether|if|for) (?:it|you|your [\w-]+|the [\w-]+) (?:would|will|to"
                    r"|be go to|might) (?:ever |finally )?(?:start|begin) (?:to )?make (?:any )?sense\b",
                ),
                (
                    "phone",
                    r"\byou (?:clearly |rather |just |basically |really |obviously )?phone (?:it|this|this one|that one"
                    r"|that) in\b",
                ),
                (
                    "pretend",
                    r"\b(?:at less|even) pretend (?:to|that they) (?:care|be interest|listen|try|want)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="sarcasm about the candidate's effort or sense belittles them."),
            _WORK_SUGGEST,
        ),
    ]
)


# --- rounds 71-72: children doing it better than you, a lovely read as fiction is, how exactly were you planning to,
# don't waste your time or ours, not a backdrop for your personal brand ---------------------------------------------
# Look-alikes kept clean in the tests: "our pupils responded better than you might expect to the phonics scheme", "how
# exactly were you planning to phase the roll-out? We'd like to hear more".
RULES += flatten(
    [
        _hl(
            "children_did_better",
            [
                (
                    "kid kids child children old intern interns trainee trainees teenager teenagers toddler leaver"
                    " leavers apprentice apprentices",
                    r"(?:kid|child|children|year - old|intern|trainee|teenager|toddler|schoolkid|schoolchild"
                    r"|school - leaver|apprentice)s? "
                    r"(?:[\w'-]+ ){1,6}?than (?:the one |the ones |that |those |what )?(?:yours|you)"
                    r"(?: do| did| be| could| manage| send| write| produce| give| show| display| demonstrate)?"
                    r"(?= ?(?:[.,;!]|in\b|at\b|on\b|during\b|we\b|us\b|$))",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="holding up children or trainees as better than the candidate belittles them."
            ),
            _WORK_SUGGEST,
        ),
        _hl(
            "sarcastic_aside",
            [
                (
                    "fiction novel fairy",
                    r"in the (?:way|sense) (?:that )?(?:fiction|a novel|novels|a fairy tale|fairy tales|fantasy)"
                    r" (?:usually |often |always |generally )?(?:be|do)\b",
                ),
                (
                    "exactly",
                    # a sarcastic setup first, or the thing they lack after
                    r"\bif you (?:[\w'-]+ ){1,12}?, how exactly (?:be|do|did|would) you (?:plan|expect|intend|hope"
                    r"|think)\w* (?:to|you|that)\b"
                    r"|\bhow exactly (?:be|do|did|would) you (?:plan|expect|intend|hope|think)\w* to (?:[\w'-]+ ){1,8}?"
                    r"without\b",
                ),
                (
                    "waste",
                    r"(?:do n't|do not) waste your time(?: ,)? (?:or (?:ours|our|we|us)(?: ,)? )?(?:by |on"
                    r" )?(?:re)?apply",
                ),
                (
                    "backdrop prop",
                    r"not (?:a|an|some) (?:backdrop|photo op|photo opportunity|prop|stage|vanity project) for "
                    r"(?:[\w-]+ )?your (?:personal brand|cv|ego|image|linkedin|profile|instagram|feed)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="sarcasm about the candidate belittles them instead of saying what fell short."
            ),
            _WORK_SUGGEST,
        ),
    ]
)


# --- rounds 73-74: the nicest thing we could say, too young to be taken seriously, great, another applicant who thinks,
# for someone who claims ..., you were remarkably ..., enthusiasm that didn't stretch as far as, someone who still needs
# organising, stick to office jobs -----------------------------------------------------------------------------------
# Look-alikes kept clean in the tests: "the nicest thing about the role is the team", "great, another round of
# interviews is booked for Tuesday", "for someone who claims expenses weekly, the new portal will save time".
RULES += flatten(
    [
        _hl(
            "faint_praise_and_mock_claims",
            [
                (
                    "thing",
                    r"(?:the )?(?:nice|kind|good|best|only (?:positive|good|nice)) thing (?:[\w'-]+ ){0,4}?"
                    r"(?:could|can) (?:find to |think of to )?say\b",
                ),
                (
                    "seriously",
                    r"\b(?:far|much|way|simply) too (?:[\w'-]+ ){1,5}?to be take seriously\b",
                ),
                (
                    "another",
                    r"^\W*(?:oh )?(?:great|brilliant|fantastic|wonderful|lovely|marvellous|perfect) ,? another"
                    r" (?:applicant|candidate|graduate|person|one|hopeful) who (?:think|believe|reckon|assume|imagine)",
                ),
                (
                    "claim profess",
                    r"\bfor someone who (?:claim|profess|say)\w* (?:[\w'-]+ ){1,8}?, you (?:be|seem|come across as)"
                    r" (?:remarkably|surprisingly|astonishingly|strikingly|incredibly|very|rather|oddly)\b",
                ),
                (
                    "enthusiasm interest passion keenness",
                    r"(?:enthusiasm|interest|passion|keenness) (?:[\w'-]+ ){0,5}?(?:do n't|did n't|do not|did not)"
                    r" (?:stretch|extend|run|go|quite stretch) (?:as far as|to)\b",
                ),
                (
                    "organise organize supervise",
                    r"(?:come|came) across as (?:someone|somebody|a person|an adult) who (?:still )?need\w*"
                    r" (?:organis|organiz|look after|supervis|babysit|remind|tell)\w*",
                ),
                (
                    "stick",
                    r"\bstick to (?:[\w-]+ )?(?:job|work|role)s?(?= ?(?:[.!]|$))",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="it belittles the candidate instead of saying what fell short."),
            _WORK_SUGGEST,
        ),
    ]
)


# --- rounds 75-76: think about your garden, not running a crèche, chess while you learn the moves, give a toss, we've
# had <anyone> do better than you, the outcome shouldn't surprise either of us, it looked better before you started,
# that would be generous, the others came prepared, a skimmed Wikipedia page, not someone who thinks X counts, heaven
# help them ---------------------------------------------------------------------------------------------------------
# Look-alikes kept clean in the tests: "we've had more applicants than you'd expect", "the site looked better before
# the storm", "we're not running the evening shift this winter", "the other candidates came prepared with portfolios,
# as the brief asked".
RULES += flatten(
    [
        _hl(
            "mock_comparisons",
            [
                (
                    "garden retirement slipper allotment grandchild pension",
                    r"\byou should be (?:think about|enjoy|put your (?:foot|feet) up|look forward to|tend) (?:your )?"
                    r"(?:garden|retirement|slipper|allotment|grandchild|grandkid|pension)",
                ),
                (
                    "creche che charity nursery babysit babysitting camp therapy",
                    r"(?:we 're|we be|this be|it 's|it be) not (?:run )?(?:a|an) (?:creche|cr è che|crèche|charity"
                    r"|nursery"
                    r"|babysit\w*(?: service)?|holiday camp|therapy (?:session|group)|drop - in centre) for\b",
                ),
                (
                    "chess",
                    r"\bplay\w* chess while you\b|\bwhile you be still (?:work out|learn|figure out|try to work"
                    r" out) how"
                    r" (?:the|to)\b",
                ),
                (
                    "toss damn hoot stuff",
                    r"\byou (?:do n't |did n't |do not )?(?:give|gave) a (?:toss|damn|hoot|monkey 's|flying fig"
                    r"|stuff)\b",
                ),
                (
                    "have",
                    r"(?:we 've|we have|i 've|i have) have (?:[\w'-]+ ){1,8}?than you(?: do| did| manage| be)?"
                    r"(?= ?(?:[.,;!]|on\b|in\b|at\b|during\b|today\b|$))",
                ),
                (
                    "surprise",
                    r"(?:outcome|result|decision|this|news) (?:should n't|should not|can n't|cannot|will n't|wo n't)"
                    r" (?:come as a |be a )?surprise (?:either of we|either of you|anyone|you)\b",
                ),
                (
                    "before",
                    r"\b(?:look|be|sound|read|work|run)\w* (?:good|well|fine) before you (?:start|get|touch|work|begin)"
                    r"(?: on| at)?(?: it| they| them)?(?= ?(?:[.!]|$))",
                ),
                (
                    "generous charitable stretch",
                    r"(?:but )?that (?:would|will|'d) be (?:generous|charitable|kind|a stretch)(?= ?(?:[.!]|$))"
                    r"|\b(?:generous|charitable) to call (?:it|this|that|they|them|your)\b"
                    r"|\bcall\w* (?:it|this|that|they|them|your [\w-]+(?: [\w-]+)?) (?:a |an )?[\w-]+ (?:would be"
                    r"|be|'s)"
                    r" (?:generous|charitable|a stretch)\b",
                ),
                (
                    "prepare prepared",
                    r"(?:other (?:candidate|applicant)s?|everyone else|the rest(?: of [\w ]+)?|the others?) "
                    r"(?:[\w'-]+ ){0,2}?(?:come|arrive|turn up|show up|be) prepare\w* ?[;:,-] (?:but |whereas |while )?"
                    r"you (?:come|arrive|turn up|show up|be) with\b",
                ),
                (
                    "wikipedia youtube google tiktok",
                    r"(?:sound|read|come across)\w* like (?:someone|somebody|you) (?:who )?(?:'d |had |would have "
                    r"|have )?"
                    r"(?:only |just )?(?:skim|read|glance|google|watch|look)\w* (?:at )?(?:a |the |one )?(?:wikipedia"
                    r"|youtube|google|tiktok)",
                ),
                (
                    "count qualify",
                    r"not (?:someone|somebody|a person|an amateur) who (?:think|believe|reckon)\w* (?:[\w'-]+ ){1,6}?"
                    r"(?:count|qualify|make)\w* (?:as )?(?:experience|they|them|you|a qualification)\b",
                ),
                (
                    "heaven god lord",
                    r"\b(?:heaven|god|lord) help (?:they|them|we|us|the [\w-]+|your [\w-]+)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="sarcasm and put-downs belittle the candidate instead of saying what fell short."
            ),
            _WORK_SUGGEST,
        ),
    ]
)


# --- rounds 77-78: seen more from visitors than from you, one year repeated five times, like a bedtime story, more
# holes
# than a focaccia, more convincing if you had, a career outside your field, an apprentice could have done better, spare
# us the ambulance call ----------------------------------------------------------------------
# Look-alikes kept clean in the tests: "we've seen more applications this year than last", "the plan would be more
# convincing with a budget line", "an apprentice could have the role next year".
RULES += flatten(
    [
        _hl(
            "put_downs_by_comparison",
            [
                (
                    "see seen",
                    r"(?:we 've|we have|i 've|i have) see more (?:[\w'-]+ ){1,6}?(?:from|in) (?:[\w'-]+ ){1,8}?than you"
                    r"(?: do| did| show| display| demonstrate| manage)?\b",
                ),
                ("repeat", r"\b(?:one|a single) year repeat (?:\w+ )?time\b"),
                ("bedtime", r"\blike a bedtime story\b"),
                ("hole", r"\bmore hole than (?:a|an|swiss|the)\b"),
                (
                    "convince convincing believable credible persuasive",
                    r"(?:would have be|would be) (?:a lot |much |far )?more (?:convince|convincing|believable|credible"
                    r"|persuasive) if you\b",
                ),
                (
                    "career",
                    r"\b(?:think about|consider|look at|look into) (?:a )?career (?:outside|away from|other than)\b",
                ),
                (
                    "old apprentice intern trainee leaver",
                    r"(?:year - old|apprentice|intern|trainee|school - leaver|teenager|toddler)s? (?:[\w'-]+ )?could"
                    r" have (?:[\w'-]+ ){1,5}?(?:good|well)(?= ?(?:[.!]|$))",
                ),
                (
                    "spare",
                    r"\bspare (?:we|us|me) the (?:ambulance|heart attack|paramedics?|trip to a & e|first aid)",
                ),
            ],
            _CONTEMPT_MESSAGE.format(
                why="mockery and put-downs belittle the candidate instead of saying what fell short."
            ),
            _PERSON_SUGGEST,
        ),
    ]
)


# --- rounds 79-80: maybe X isn't for you, cheques your interview couldn't cash, impressive in 2009, practically waving
# at you, a great deal for someone who, went to your head, the record for the shortest interview, so laboured that
# they gave up, subtitles for how you speak -------------------------------------------------------------------------
# Look-alikes kept clean in the tests: "maybe the night shift isn't for you, so the day role may suit better", "the
# design would have been standard in 2009, and we now use WebGL", "congratulations on the record sales at your shop".
RULES += flatten(
    [
        _hl(
            "mockery_and_sarcasm",
            [
                (
                    "maybe perhaps",
                    r"^\W*(?:maybe|perhaps) (?:[\w-]+ ){1,3}?(?:be n't|be not|may not be|might not be) (?:really"
                    r" )?for you"
                    r"(?= ?[;:,.] (?:plenty|lots|there be|there 's|there is|try|have you)|$)",
                ),
                (
                    "cheque check cash",
                    r"\bwrite (?:cheque|check)s? (?:[\w'-]+ ){0,3}?(?:can n't|could n't|can not"
                    r"|could not) cash\b",
                ),
                (
                    "impressive",
                    r"would have be (?:impressive|cutting - edge|great|innovative|groundbreaking|fresh|current|modern)"
                    r" (?:in|back in|around|about)(?: about| around)? (?:19|20)\d\d\b",
                ),
                ("practically", r"\bpractically (?:wave|scream|shout|jump|leap|beg) at you\b"),
                ("deal lot much", r"\b(?:a great deal|a lot|so much) for someone who\b"),
                ("head", r"\b(?:go|gone) to your head\b"),
                (
                    "record",
                    r"\bcongratulation\w* on (?:set|break|achieve|hold)\w* (?:a |the )?(?:new )?record for the"
                    r" (?:short|bad|poor|fast|worst|quick)\w*",
                ),
                (
                    "so",
                    r"\bso [\w-]+ (?:that )?(?:[\w'-]+ ){1,5}?(?:have |had )?give up (?:by|on|after|try|listen)\w*\b",
                ),
                (
                    "subtitle subtitles",
                    r"\bnot someone we 'd have to put subtitle on\b|(?:'d|would) need subtitle (?:for|to"
                    r" understand) you\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="mockery belittles the candidate instead of saying what fell short."),
            _WORK_SUGGEST,
        ),
    ]
)


# --- rounds 81-82: a cushy number to coast on, as cynical as it gets, would last a week, make the junior look like an
# expert, limited ability, the sort of playing we hear at a wedding, run rings round you, a good go pretending, if
# effort were the only criterion, checked their pulse, entertaining for thirty seconds, stable enough ----------------
# Look-alikes kept clean in the tests: "the stock would last about a week at that rate", "the kind of playing we hear
# from principal players", "if effort were the only criterion you'd have been our first choice; the role needs SQL".
RULES += flatten(
    [
        _hl(
            "sneers",
            [
                (
                    "cushy coast",
                    r"\b(?:after|want|look for|seek)\w* a cushy (?:number|job|gig|role|berth)"
                    r"|\bcoast (?:on )?until your (?:pension|retirement)",
                ),
                (
                    "cynical lazy arrogant selfish shallow",
                    r"\babout as (?:cynical|lazy|arrogant|selfish|shallow|transparent"
                    r"|desperate|clueless) as it get\b",
                ),
                (
                    "last",
                    r"(?:you|someone|somebody)(?: [\w'-]+){0,4}? (?:would|'d) last (?:about |maybe |perhaps )?(?:a"
                    r"|one|two)"
                    r" (?:week|day|minute|shift|hour|morning)\b(?= (?:before|on|in|pitch)|[ .,!]*$)",
                ),
                (
                    "look",
                    r"\bmake (?:[\w'-]+ ){1,4}?look like a (?:season|seasoned|true|real) (?:expert|pro|professional"
                    r"|veteran|genius)\b",
                ),
                (
                    "limited",
                    r"\byour (?:rather |fairly |very |somewhat |quite )?limit(?:ed)? (?:[\w-]+ )?(?:ability|abilities"
                    r"|talent|intellect|grasp|brain)\b",
                ),
                (
                    "sort kind",
                    r"\bthe (?:sort|kind) of (?:[\w-]+ )?(?:we|you) (?:usually |normally |'d |would )?"
                    r"(?:hear|see|expect|get) (?:at|from|in) the (?:tail|back|fag) end of\b",
                ),
                ("ring rings", r"\b(?:have|'d have) run ring (?:round|around) you\b"),
                ("go", r"\bgive it a (?:good|decent|valiant|brave) go pretend"),
                (
                    "effort enthusiasm",
                    r"\bif (?:effort|enthusiasm|attitude) (?:be|were) the only (?:criterion|criteria|thing"
                    r"|measure)\b(?=[^.]*(?:still|short|fail|miss))",
                ),
                (
                    "pulse",
                    r"\b(?:the other half|the rest(?: of (?:the |us|them)?[\w-]*)?|everyone else) check their pulse\b",
                ),
                (
                    "entertain",
                    r"\b(?:be|was) (?:entertain|entertaining|amusing|funny|fun) for (?:about |roughly )?(?:\w+ )?"
                    r"(?:second|minute)\b",
                ),
                (
                    "stable",
                    r"\b(?:doubt|question|wonder)\w* (?:whether |if )?you be (?:stable|sane|together|mature) enough\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="a sneer at the candidate belittles them instead of saying what fell short."),
            _PERSON_SUGGEST,
        ),
    ]
)


# --- rounds 83-84: after free meals, stop telling people you're one ---------------------------------------------------
# Look-alikes kept clean in the tests: "it was clear you were after a permanent contract, and this one is fixed-term",
# "please stop telling candidates the role is remote; it isn't".
RULES += flatten(
    [
        _hl(
            "mocking_the_motive_and_the_claim",
            [
                (
                    "obvious clear",
                    r"\b(?:obvious|clear) (?:that )?you be (?:only |just |really )?(?:after|in it for|here for)"
                    r" (?:the |a )?"
                    r"(?:free|easy|quick|cushy)\b",
                ),
                (
                    "stop",
                    r"\bstop (?:tell|call)\w* (?:people|yourself|everyone|anyone) (?:that )?you (?:be|'re) (?:a|an)\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="mocking the candidate's motive or claim belittles them."),
            _PERSON_SUGGEST,
        ),
    ]
)


# --- rounds 85-86: a decent coaster, so would we, the reason for a second pass, confused on that point, a Year 8
# woodwork class, ten minutes well spent, the apprentice outperformed you, a middle-aged mum isn't going to survive,
# more of a liability than --------------------------------------------------------------------------------------------
# Look-alikes kept clean in the tests: "the hours you spent on the case study were well spent", "our apprentice
# outperformed the forecast", "the old laptop makes a decent backup".
RULES += flatten(
    [
        _hl(
            "last_put_downs",
            [
                (
                    "coaster doorstop paperweight mat placemat",
                    r"\bmake a (?:decent|good|great|nice|handy|useful) "
                    r"(?:coaster|doorstop|paperweight|beer mat|placemat)\b",
                ),
                ("would", r"\bby the end(?: ,)? so would we(?= ?[.!]|$)"),
                ("reason", r"\blike yours be the reason we (?:have|need|introduce|run|keep)\b"),
                (
                    "confuse confused",
                    r"\bthough you seem\w* (?:genuinely |really |somewhat |rather )?confuse\w* on that"
                    r" point\b",
                ),
                ("something", r"\blook\w* like something (?:from|out of) a (?:year \d+|primary school|school|gcse)\b"),
                (
                    "spend spent",
                    r"\b(?:ten|five|two|few|couple of) (?:minute|second)s? (?:[\w'-]+ ){0,6}?(?:very |really )?"
                    r"well spend\b",
                ),
                (
                    "outperform outperformed",
                    r"\b(?:apprentice|intern|trainee|junior|work - experience \w+)s? "
                    r"(?:[\w'-]+ ){0,10}?(?:still |even )?outperform\w* you\b",
                ),
                (
                    "survive last cope",
                    r"\b(?:a|some) (?:middle - age|older|old) (?:[\w-]+ ){0,2}?(?:mum|dad|woman|man"
                    r"|bloke|lady) (?:[\w'-]+ ){0,6}?(?:be n't|be not|wo n't|will not) (?:go to )?(?:survive|last|cope"
                    r"|cut it|keep up)\b",
                ),
                (
                    "liability hazard burden",
                    r"\bbe more of a (?:liability|hazard|danger|burden) (?:[\w'-]+ ){0,4}?than\b",
                ),
            ],
            _CONTEMPT_MESSAGE.format(why="a put-down belittles the candidate instead of saying what fell short."),
            _PERSON_SUGGEST,
        ),
    ]
)
