"""The topics a candidate can ask feedback on: the one vocabulary every page, form and API uses."""

from __future__ import annotations

from typing import Literal, get_args

TopicName = Literal["experience", "skills", "communication", "interview", "other"]
TOPICS: tuple[str, ...] = get_args(TopicName)

# Shown on chips and checkboxes.
LABELS = {
    "experience": "Experience",
    "skills": "Skills",
    "communication": "Communication",
    "interview": "Interview",
    "other": "Other",
}

# What each topic covers, next to its checkbox.
HELP = {
    "experience": "the background the role needed",
    "skills": "a specific skill, tool or technique",
    "communication": "how you explained your thinking",
    "interview": "how you prepared for and handled the interviews",
    "other": "anything else they noticed",
}

# How the candidate's draft names each topic, in the first person.
IN_A_REQUEST = {
    "experience": "my experience",
    "skills": "my skills",
    "communication": "how I communicated",
    "interview": "the interviews",
    "other": "anything else you noticed",
}


def label(topic: str) -> str:
    return LABELS.get(topic, topic)


def ordered(topics: list[str]) -> list[str]:
    """The known topics among ``topics``, in the canonical order."""
    return [t for t in TOPICS if t in topics]


def unknown(topics: list[str]) -> list[str]:
    return [t for t in topics if t not in TOPICS]
