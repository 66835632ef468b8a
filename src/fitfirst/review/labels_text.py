"""Spoken-text helpers for sentence labels: sentence splitting and normalisation.

Transcripts are messy: fillers, stutters, missing punctuation, lowercase ASR output. The
labeller works on a normalised form so that one rule covers "you know, um, would you like..."
and "would you like..." alike.
"""

from __future__ import annotations

import re

# Tokens before a period that do not end a sentence.
_ABBREVIATIONS = frozenset(
    {
        "e.g",
        "i.e",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "vs",
        "etc",
        "approx",
        "inc",
        "ltd",
        "co",
        "jr",
        "sr",
        "no",
        "dept",
        "est",
        "fig",
        "min",
        "max",
        "a.m",
        "p.m",
        "u.s",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)

# A candidate boundary: terminal punctuation followed by a space or the end, or a spoken dash.
_BOUNDARY = re.compile(r"(?:[.?!…]+[\"'”’)\]]*)(?=\s|$)|\s+(?:—|–|--|-)\s+|—|–")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_HAS_WORD = re.compile(r"[A-Za-z0-9]")

# Short spoken tags that belong to the sentence before them ("That's costing you money — right?").
_TAGS = re.compile(
    r"^(?:right|yeah|yes|no|correct|agreed|true|ok|okay|fair|isn't it|aren't they|don't you"
    r"|wouldn't you|doesn't it|won't it|isn't that right|you know|huh|eh|no\?)[?.!]*$",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[str]:
    """Split spoken text into sentences at ? . ! … and dashes, keeping abbreviations and numbers."""
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        mark = match.group(0)
        if mark.strip() == "." or (mark.startswith(".") and mark.strip(".\"'”’)]") == ""):
            before = _WORD_BEFORE.search(text[start : match.start()])
            if before and before.group(1).lower().rstrip(".") in _ABBREVIATIONS and mark == ".":
                continue
            if before and len(before.group(1)) == 1 and before.group(1).isupper() and mark == ".":
                continue  # an initial: "J. Smith"
        end = match.end() if mark.strip() and mark.strip()[0] in ".?!…" else match.start()
        pieces.append(text[start:end])
        start = match.end()
    pieces.append(text[start:])
    sentences: list[str] = []
    carry = ""
    for raw in pieces:
        piece = raw.strip().strip("—–-").strip()
        if not _HAS_WORD.search(piece):
            continue
        if sentences and not carry and _TAGS.match(piece):
            sentences[-1] = _join_tag(sentences[-1], piece)
            continue
        if _ONLY_FILLER.match(piece):
            # "Well — I mean…" carries no move of its own: keep it with what follows.
            carry = f"{carry} {piece}".strip()
            continue
        sentences.append(f"{carry} {piece}".strip() if carry else piece)
        carry = ""
    if carry:
        sentences.append(carry)
    return sentences


_ONLY_FILLER = re.compile(
    r"^(?:(?:so|well|um+|uh+|er+m?|hmm+|i mean|you know|like|look|listen|okay|ok|and|but|"
    r"yeah|now|right so|so yeah)[\s,.…]*)+$",
    re.IGNORECASE,
)


def _join_tag(sentence: str, tag: str) -> str:
    if sentence and sentence[-1] in ".!…":
        sentence = sentence[:-1].rstrip(".!…")
    return f"{sentence}, {tag}"


_FILLERS = re.compile(
    r"\b(?:u+m+|u+h+|e+r+m*|hmm+|mm+|ah+|oh|uh-huh|mhm)\b[,.]?"
    r"|(?:^|(?<=[,.;]))\s*(?:like|you know|i mean|so yeah|yeah so|basically|kinda|sort of|kind of)"
    r"\s*(?:,|$)"
    r"|,\s*(?:like|you know|i mean)\s*,",
)
_LEADING_FILLER = re.compile(
    r"^(?:(?:so|and|but|well|okay|ok|alright|all right|right|yeah|yes|now|look|listen|hey|great|"
    r"cool|perfect|awesome|got it|sure|totally|absolutely|fair enough|makes sense|gotcha|"
    r"understood|i see|you know|i mean|like|anyway|anyways|then|also|oh)\b[,.!]?\s+)+"
)
_SPACES = re.compile(r"\s+")
_CUT_WORD = re.compile(r"\b\w+-\s(?=\w)")

_CONTRACTIONS = {
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "wont": "won't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "cant": "can't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "im": "i'm",
    "ive": "i've",
    "youre": "you're",
    "youve": "you've",
    "youd": "you'd",
    "youll": "you'll",
    "theyre": "they're",
    "thats": "that's",
    "whats": "what's",
    "hows": "how's",
    "whos": "who's",
    "theres": "there's",
    "heres": "here's",
    "lets": "let's",
    "itll": "it'll",
    "weve": "we've",
    "wed": "we'd",
    "ill": "i'll",
    "id": "i'd",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "lemme": "let me",
    "gimme": "give me",
    "ya": "you",
    "u": "you",
    "ur": "your",
    "yall": "you all",
    "y'all": "you all",
    "cuz": "because",
    "cause": "because",
    "tho": "though",
    "till": "until",
    "til": "until",
    "ok": "okay",
    "'em": "them",
}
_WORD = re.compile(r"[a-z0-9']+(?:[-.][a-z0-9]+)*|[^\sa-z0-9']")


def normalise(text: str) -> str:
    """Lowercase, unify quotes, expand sloppy contractions, drop fillers, stutters, false starts."""
    t = text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    t = t.replace("…", ".").replace("—", ", ").replace("–", ", ")
    t = _CUT_WORD.sub("", t)
    for _ in range(2):
        stripped = _FILLERS.sub(" ", t)
        if stripped == t:
            break
        t = stripped
    words = _dedupe([_CONTRACTIONS.get(w, w) for w in _WORD.findall(t)])
    t = _rejoin(words)
    t = _FILLERS.sub(" ", t)  # a filler that only shows once contractions are expanded
    return _SPACES.sub(" ", t).replace(" ,", ",").strip(" ,")


def _dedupe(words: list[str]) -> list[str]:
    """Drop stutters: a word or a pair of words said twice in a row ("we we", "i think i think")."""
    eq = str.__eq__
    if not (
        any(map(eq, words, words[1:]))
        or any(map(eq, words, words[2:]))
        or any(map(eq, words, words[3:]))
    ):
        return words  # nothing repeats within three tokens: the common case, checked in C
    out: list[str] = []
    for w in words:
        if out and w[0].isalnum():
            if w == out[-1]:
                continue
            if out[-1] == "," and len(out) >= 2 and out[-2] == w:
                out.pop()
                continue
        out.append(w)
        if len(out) >= 4 and out[-1][0].isalnum() and out[-2:] == out[-4:-2]:
            del out[-2:]
        elif len(out) >= 5 and out[-1][0].isalnum() and out[-3] == "," and out[-2:] == out[-5:-3]:
            del out[-3:]
        if out and out[-1] == "," and len(out) >= 2 and out[-2] == ",":
            out.pop()
    return out


def _rejoin(words: list[str]) -> str:
    out: list[str] = []
    for w in words:
        if out and w in {",", ".", "?", "!", ";", ":"}:
            out[-1] += w
        else:
            out.append(w)
    return " ".join(out)


def strip_lead(normalised: str) -> str:
    """Drop discourse openers ("so, okay, well ...") so structure checks see the real start."""
    return _LEADING_FILLER.sub("", normalised).strip(" ,")
