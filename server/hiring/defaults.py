"""Default rejection reasons. Job-related by construction: there is no "culture fit"."""

REJECTION_REASONS = [
    (
        "experience",
        "Not enough experience for this role",
        {
            "gaps": (
                "Name the experience the role needed and what you saw instead (e.g. 'we needed someone who "
                "has run production PostgreSQL; your projects used managed databases')."
            ),
            "advice": "Suggest a concrete way to build that experience.",
        },
    ),
    (
        "skills",
        "A skill the role needs was missing",
        {
            "gaps": "Which skill, and how did it show in the process (the exercise, a question, a work sample)?",
            "advice": "Point to a resource or practice that builds that skill.",
        },
    ),
    (
        "communication",
        "Communication in the process",
        {
            "communication": (
                "Describe a specific moment: what was asked, what was said, what would have landed better."
            ),
        },
    ),
    (
        "role_requirements",
        "Did not meet a stated requirement",
        {
            "gaps": "Which stated requirement was not met? Quote it from the job description.",
        },
    ),
    (
        "stronger_candidate",
        "Another candidate was a closer match",
        {
            "gaps": (
                "What did the closer match have that this candidate did not show? "
                "Be concrete, not comparative about people."
            ),
            "strengths": "This candidate came close: say what made them a serious contender.",
        },
    ),
    (
        "position_closed",
        "The position was closed or put on hold",
        {
            "advice": "Say whether they should apply again if the role reopens.",
        },
    ),
    ("other", "Other (job-related)", {}),
]
