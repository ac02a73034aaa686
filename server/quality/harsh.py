"""harsh: insulting or demeaning wording about the person or their work.

Direct criticism of the work is fine ("the query scanned the whole table", "no tests for the error
paths"); contempt is not. Technical idioms stay clean: garbage collection, lazy loading, dead code,
kill the process, dumb terminal, worst case, embarrassingly parallel, disaster recovery.
"""
from __future__ import annotations

from .engine import flatten, rule, rules


def _h(name, anchors, pattern, message, suggestion, **context):
    return rule("harsh", name, anchors, pattern, message, suggestion, **context)


def _hs(name, parts, message, suggestion, **context):
    return rules("harsh", name, parts, message, suggestion, **context)


_WORK_SUGGEST = ("Describe the work and its effect instead of labelling it: what exactly was wrong (e.g. “the "
                 "handler swallowed errors, so failures were silent”) and what good would have looked like.")
_PERSON_SUGGEST = ("Describe the behaviour and its effect, not the person: what happened, when, and why it matters "
                   "for the role (e.g. “you interrupted the interviewer twice while they explained the constraint”).")

RULES = flatten([
    _h("intelligence", "stupid stupidity idiot idiots idiotic imbecile imbecilic moron morons moronic dumb dumber dumbest dumbass "
       "dimwit dimwitted nitwit halfwit dunce brain braindead brainless clueless cluelessness simple small minded",
       r"stupid\w*|idiot\w*|imbecil\w*|moron\w*|dumb(?:er|est|ass)?(?! (?:terminal|pipe|client|components?|widgets?|down|bell|waiter)s?\b)"
       r"|dim~?wit\w*|nitwit|half~?wit\w*|dunce|brain[-\s]?dead|brainless|clueless\w*|(?:simple|small|feeble)[-\s]minded",
       "“{phrase}” insults the candidate's intelligence; it hurts and teaches nothing.",
       _WORK_SUGGEST),
    _h("not_bright", "bright smart clever intelligent sharpest",
       r"not (?:(?:very|that|too|particularly|exactly|overly|terribly|all that) )?(?:bright|smart|clever|intelligent)(?: enough)?"
       r"|not the sharpest (?:tool|knife|pencil)",
       "“{phrase}” judges the person's intelligence instead of the work.",
       _WORK_SUGGEST),
    _h("incompetent", "incompetent incompetence inept ineptitude useless worthless hopeless hopelessly pathetic pathetically "
       "lazy laziness competence",
       r"incompeten\w+|inept\w*|useless\w*|worthless|hopeless\w*|pathetic\w*|laziness"
       r"|lazy(?![-\s]+(?:load\w*|eval\w*|init\w*|import\w*|iterat\w*|list|lists|sequences?|vals?|fetch\w*|compil\w*|bindings?|static|propert\w+|instantiat\w+|consumers?|quantifiers?|matching|regex|evaluation|streams?|singleton|route|routes|modules?))"
       r"|(?:lack|lacks|lacked|lacking) (?:even )?(?:(?:the most )?basic|any|all|the most basic) (?:competence|intelligence|understanding|common sense|skills?|knowledge)",
       "“{phrase}” is a verdict on the person, not a description of what happened.",
       _PERSON_SUGGEST),
    _h("trash_words", "garbage trash trashy rubbish crap crappy junk shit shitty bullshit drivel gibberish nonsense fluff",
       r"garbage(?![-\s]+(?:collect\w*|collector|gc|in\b|out\b|truck))|trash(?:y)?(?! (?:can|cans|bin|bins|icon|folder|button|talk))"
       r"|rubbish|crap\w*|junk(?! (?:mail|food|drawer|folder|data filter))|shit\w*|bullshit|drivel|gibberish|nonsense"
       r"|pile of (?:\w+ )?(?:junk|garbage|crap|trash|rubbish|spaghetti)",
       "“{phrase}” dismisses the work with contempt instead of explaining what was wrong with it.",
       _WORK_SUGGEST),
    _h("joke", "joke jokes laughable laughably laughing laughed laugh farce clown clowns eyes",
       r"(?:(?:was|is|were|are|'s|seemed|looked|felt like) )(?:(?:a|an|such a|total|complete|absolute|bit of a|bad|sick|cruel|real|bloody) )*joke"
       r"|joke of an?|laughable|laughably|laughing[-\s]?stock|laughed (?:at|out loud at)|(?:panel|team|we|everyone|reviewers?|interviewers?) (?:all )?laughed"
       r"|\bfarce\b|clowns?|circus act|roll(?:ed|ing)? (?:their|our|my|his|her) eyes",
       "“{phrase}” mocks the candidate; it hurts without helping.",
       _WORK_SUGGEST),
    _h("waste_of_time", "waste wasted wasting time",
       r"(?:a |an )?(?:(?:complete|total|utter|absolute|huge|massive|big) )?waste of (?:our|my|everyone's|everybody's|the (?:\w+ )?(?:panel|team|interviewers?|reviewers?)'?s?|\w+'s) time"
       r"|wast(?:ed|ing) (?:our|my|everyone's|everybody's|the (?:\w+ )?(?:panel|team|interviewers?|reviewers?)'?s?|\w+'s) time",
       "“{phrase}” tells the candidate their effort was worthless to you.",
       "Say what was missing (preparation, a working solution, a specific topic) and what it cost in the interview."),
    _h("embarrassing", "painful embarrassing embarrassingly embarrassment embarrassed embarrass cringe cringeworthy cringey cringy",
       r"painful to (?:watch|read|listen to|sit through|review|look at)|embarrassing|embarrassment|embarrassingly(?! parallel)|embarrass(?:ed)? (?:yourself|himself|herself|themselves)|cringe\w*",
       "“{phrase}” shames the candidate.",
       _WORK_SUGGEST),
    _h("terrible", "terrible terribly awful awfully horrible horribly horrendous horrid atrocious appalling abysmal abysmally "
       "dreadful dreadfully deplorable disgraceful disgrace shameful shameless ridiculous ridiculously absurd pitiful lousy "
       "mediocre amateur amateurish amateurishly sucked sucks sucky suck",
       r"terrible|awful|horrible|horrendous|horrid|atrocious|appalling|abysmal\w*|dreadful\w*|deplorable|disgrace\w*|shameful"
       r"|ridiculous\w*|absurd|pitiful|lousy|mediocre|amateur(?:ish\w*|s)?(?! (?:radio|league))|amateur hour|sucked|sucks|sucky|(?:you|it|this|that) suck",
       "“{phrase}” is a put-down, not a description: the candidate can't tell what to fix.",
       _WORK_SUGGEST),
    _h("disaster", "disaster disasters disastrous trainwreck train wreck dumpster fire mess",
       r"disast(?:er|ers|rous)(?![-\s]+(?:recovery|scenarios?|planning|plans?|drills?|tolerance))|train[-\s]?wrecks?|dumpster fires?"
       r"|(?:(?:an?|total|complete|absolute|utter|hot|real|big|such a|one big) )+mess(?![-\w])",
       "“{phrase}” is a sweeping put-down of the work.",
       _WORK_SUGGEST,
       not_before=r"(?:natural|after a|the)\s+"),
    _h("worst", "worst",
       r"(?:the )?worst(?![-\s]+case)(?: \w+){0,3}?(?= (?:I|we|I've|we've|anyone|ever|of the|all|in|on)\b)|worst(?![-\s]+case)",
       "“{phrase}” ranks the candidate at the bottom instead of saying what went wrong.",
       _WORK_SUGGEST,
       not_before=r"(?:\bat|\bin the)\s+"),
    _h("fail_disappointment", "fail failure disappointment",
       r"(?:total|complete|epic|utter|massive|absolute|big) fail(?!\w)|(?:you(?:'re| are| were)|an? (?:absolute|complete|total|utter|huge|massive|big|real)) (?:\w+ )?(?:failure|disappointment)",
       "“{phrase}” labels the person as a failure.",
       _PERSON_SUGGEST),
    _h("personality_insult", "arrogant arrogance obnoxious insufferable annoying irritating whiny whining whiner loser losers fool "
       "foolish jerk smug know all creepy weird psycho lunatic retard retarded spaz lame liar liars lies fraud",
       r"arrogan\w+|obnoxious\w*|insufferabl\w+|annoying\w*|irritating|whin(?:y|ing|er|ers)|losers?|fools?|foolish\w*|jerks?|smug"
       r"|know[-\s]it[-\s]alls?|psycho\b|lunatics?|retard(?:ed|s)?|spaz|lame(?![-\s]duck)|liars?|(?:full of|pack of|bunch of|told|telling|outright|blatant)(?: \w+(?: and| or|,))? lies|\bfraud\b(?! (?:detection|prevention|team|model|checks?|cases?|rules?))"
       r"|(?:you|you were|you seemed|you came across as|you come across as|you're) (?:a bit |kind of |really |quite |very |so )?(?:weird|creepy|odd|strange)",
       "“{phrase}” is a label on the person; it invites defensiveness and gives nothing to work on.",
       _PERSON_SUGGEST),
    _h("no_clue", "clue idea",
       r"(?:no|zero|not a|not the slightest|n't a|n't have a|n't have any|n't the faintest|not the faintest) (?:clue|idea) (?:what|how|about|whatsoever)"
       r"(?: (?:you|he|she|they) (?:were|was|are|is) (?:doing|talking about|saying))?|(?:no|zero) clue",
       "“{phrase}” dismisses the candidate's understanding wholesale.",
       "Name the specific concept that was missing and where it showed (e.g. “the answer on indexing didn't cover composite indexes”)."),
    _hs("cant_do_job", [
        ("code program", r"(?:can't|cannot|couldn't|could not) (?:even )?(?:code|program)(?! (?:review|that|this|it))"),
        ("save", r"to save (?:your|his|her|their) life"),
        ("cut business takes", r"not cut out (?:for|to be)|no business being|(?:don't|doesn't|do not|does not|didn't) have what it takes"),
        ("developer engineer programmer designer manager",
         r"(?:shouldn't|should not) be (?:a|an) (?:developer|engineer|programmer|designer|manager)"
         r"|never (?:make it|be) (?:as )?(?:a|an) (?:(?:good|decent|real) )?(?:engineer|developer|programmer|designer)"),
        ("hire", r"(?:nobody|no one|no company) (?:would|will|is going to) (?:ever )?hire you"),
        ("depth", r"(?:completely|totally|utterly|hopelessly|way|so far|clearly) out of (?:your|his|her|their) depth"),
        ("career profession line", r"(?:consider|find|try|look for|pick|choose) (?:a|another) (?:different )?(?:career|profession|line of work)"),
        ],
       "“{phrase}” writes the candidate off; it is a verdict, not feedback.",
       "Name the gap and how someone closes it (e.g. “practise writing small programs with tests; the loop in the "
       "exercise never terminated for empty input”)."),
    _h("childish_work", "child kid toddler monkey intern grandma grandmother wrote written seen",
       r"(?:written|done|made|drawn) by (?:a|an|my) (?:child|kid|toddler|monkey|first~year|five~year~old|\d+~year~old)"
       r"|(?:a|an|my) (?:child|kid|toddler|monkey|grandma|grandmother|five~year~old|\d+~year~old) (?:wrote|could (?:have )?(?:write|written|do|done)|would (?:have )?(?:written|done))"
       r"|seen (?:interns|students|juniors|children|kids|beginners|first~years|bootcamp grads) (?:write|do|produce|build) better",
       "“{phrase}” belittles the work.",
       _WORK_SUGGEST),
    _h("how_bad", "bad poor believe shocked",
       r"(?:couldn't|could not|can't|cannot) believe how (?:bad|poor|weak|little|badly|clueless)|(?:shocked|stunned|amazed|appalled) (?:at|by) how (?:bad|poor|little|weak|badly)"
       r"|how (?:bad|awful|terrible) (?:your|the|this|that) (?:\w+ )?(?:was|were|is)",
       "“{phrase}” expresses contempt rather than describing the problem.",
       _WORK_SUGGEST),
    _h("rhetorical", "thinking even seriously",
       r"what (?:were|was) you thinking|did you even (?:try|read|test|prepare|look|check|think)|seriously\?",
       "“{phrase}” is sarcasm; it reads as an attack.",
       "Ask or state the point directly: what was missed and what you expected instead."),
    _h("profanity", "fuck fucking fucked wtf damn goddamn bloody ass asshole half assed",
       r"fuck\w*|wtf|god~?damn\w*|damn\w*|asshole\w*|half[-\s]?assed|\bass\b",
       "“{phrase}” is profanity; it makes the feedback read as an attack.",
       "Remove it and state the point plainly and specifically."),
    _h("slow_learner", "slow learner uptake witted",
       r"slow (?:learner|on the uptake|to (?:learn|understand|grasp|catch on))|slow[-\s]witted|too slow to (?:learn|understand)",
       "“{phrase}” judges the person's ability to learn.",
       "Describe what took time in the exercise and what the role expects (e.g. “the first working version came after 40 minutes; the role needs quicker iteration”)."),
])
