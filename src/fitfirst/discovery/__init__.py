"""fitfirst.discovery: the next question, why it is worth asking now, and when to stop."""

from __future__ import annotations

from fitfirst.discovery.policy import STRATEGIES, Pick, Policy, ask_order, choose, next_pick
from fitfirst.discovery.session import SCHEMA, AnswerResult, Discovery, Note, Question
from fitfirst.discovery.situation import Candidate, Situation, situation

__all__ = [
    "SCHEMA",
    "STRATEGIES",
    "AnswerResult",
    "Candidate",
    "Discovery",
    "Note",
    "Pick",
    "Policy",
    "Question",
    "Situation",
    "ask_order",
    "choose",
    "next_pick",
    "situation",
]
