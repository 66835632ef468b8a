"""Every reader, on sample files: format found by content, speakers, turns, words and times."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest

from fitfirst.transcripts import FORMATS, detect_format, read_transcript

SAMPLES = Path(__file__).parent / "samples"


@dataclass(frozen=True)
class Expected:
    file: str
    format: str
    speakers: tuple[str, ...]
    turns: int
    first: str  # start of the first turn's text
    last: str  # end of the last turn's text
    first_start: float | None = None
    last_end: float | None = None


CASES = [
    Expected(
        "plain_basic.txt",
        "plain",
        ("Priya Nair", "Colm Byrne"),
        5,
        "Thanks for making the time",
        "do you need the scanners to work offline?",
    ),
    Expected(
        "plain_timed_paren.txt",
        "plain",
        ("Tomás Ruiz", "Helen Okafor"),
        5,
        "Morning, Helen.",
        "Who else would need to sign off on a change?",
        3.0,
    ),
    Expected(
        "plain_bracket_time.txt",
        "plain",
        ("Dana Whitfield", "Marcus Lee"),
        6,
        "Hi Marcus",
        "costs us a patient's trust.",
        2.0,
    ),
    Expected(
        "plain_edges.txt",
        "plain",
        ("Maya Gold", "Oskar Lind"),
        6,
        "Hi Oskar!",
        "roughly four thousand euros.",
    ),
    Expected(
        "markdown.md",
        "plain",
        ("Sofia Lindqvist", "Raj Mehta"),
        4,
        "We bake for nine cafés",
        "somewhere everyone could see it?",
    ),
    Expected(
        "bom_crlf.txt",
        "plain",
        ("Chloé Martin", "Sam O’Brien"),
        4,
        "Bonjour Sam",
        "Around 140 on a weekday.",
    ),
    Expected(
        "cp1252.txt",
        "plain",
        ("Chloé Martin", "Sam O’Brien"),
        4,
        "Bonjour Sam, thanks for calling back about the café’s",
        "Around 140 on a weekday.",
    ),
    Expected(
        "header_style.txt",
        "otter",
        ("Grace Chen", "Ole Hansen"),
        4,
        "Thanks for taking the call.",
        "Password resets, believe it or not.",
        1.0,
    ),
    Expected(
        "otter.txt",
        "otter",
        ("Ama Boateng", "Peter Voss", "Unknown Speaker"),
        6,
        "Hello Peter",
        "whether rain is coming.",
        2.0,
    ),
    Expected(
        "zoom.vtt",
        "webvtt",
        ("Lena Fischer", "Jamal Idris"),
        5,
        "Good afternoon, Jamal.",
        "how many calls a day is that per gym?",
        1.2,
        29.5,
    ),
    Expected(
        "zoom_saved_as.txt",
        "webvtt",
        ("Lena Fischer", "Jamal Idris"),
        5,
        "Good afternoon, Jamal.",
        "how many calls a day is that per gym?",
        1.2,
        29.5,
    ),
    Expected(
        "teams.vtt",
        "webvtt",
        ("Noor Haddad", "Ben Adeyemi"),
        5,
        "Hi Ben, thanks for joining.",
        "asking where their delivery is?",
        0.48,
        28.9,
    ),
    Expected(
        "vtt_other.vtt",
        "webvtt",
        ("Irene Kowalski", "Hugo Marchetti"),
        4,
        "Welcome. So, R&D tools & licences",
        "About €9,000. It's not nothing.",
        5.0,
        3622.25,
    ),
    Expected(
        "vtt_garbled_middle.vtt",
        "webvtt",
        ("Rosa Delgado", "Kwame Mensah"),
        4,
        "Thanks for the time.",
        "what happens if we move house.",
        1.0,
        20.0,
    ),
    Expected(
        "vtt_no_speaker_start.vtt",
        "webvtt",
        ("Unknown", "Yuki Tanaka", "Arjun Patel"),
        3,
        "Can everyone hear me?",
        "nobody agrees which is the master.",
        0.0,
        12.0,
    ),
    Expected(
        "utf16.vtt",
        "webvtt",
        ("Søren Østergaard", "Zoë Adams"),
        2,
        "Hej, do you still need",
        "by Friday if possible.",
        1.0,
        8.0,
    ),
    Expected(
        "named.srt",
        "srt",
        ("Claire Dubois", "Mateo Silva"),
        4,
        "Thanks for the demo request.",
        "we missed by forty percent.",
        0.5,
        21.0,
    ),
    Expected(
        "srt_saved_as.vtt",
        "srt",
        ("Claire Dubois", "Mateo Silva"),
        4,
        "Thanks for the demo request.",
        "we missed by forty percent.",
        0.5,
        21.0,
    ),
    Expected(
        "diarized.srt",
        "srt",
        ("SPEAKER_00", "SPEAKER_01"),
        5,
        "Hello, this is Ingrid",
        "or does he help informally?",
        0.0,
        22.0,
    ),
    Expected(
        "lone_cr.srt",
        "srt",
        ("Anil Rao", "Maeve Walsh"),
        2,
        "Is the quote still valid?",
        "Until Friday, yes.",
        1.0,
        6.0,
    ),
    Expected(
        "aws_old.json",
        "aws_json",
        ("spk_0", "spk_1"),
        5,
        "Hi Nadia, it's Owen",
        "across the two sites today?",
        0.4,
        28.62,
    ),
    Expected(
        "aws_new.json",
        "aws_json",
        ("spk_0", "spk_1"),
        5,
        "Hi Nadia, it's Owen",
        "across the two sites today?",
        0.4,
        28.62,
    ),
    Expected(
        "assemblyai_utterances.json",
        "assemblyai_json",
        ("A", "B"),
        5,
        "Thanks for calling Harbour Lettings",
        "what would a good month look like?",
        0.4,
        29.42,
    ),
    Expected(
        "assemblyai_words.json",
        "assemblyai_json",
        ("A", "B"),
        5,
        "Thanks for calling Harbour Lettings",
        "what would a good month look like?",
        0.4,
        29.42,
    ),
    Expected(
        "deepgram_utterances.json",
        "deepgram_json",
        ("Speaker 0", "Speaker 1"),
        5,
        "Good morning, you're through",
        "to trust a number again?",
        0.4,
        29.12,
    ),
    Expected(
        "deepgram_paragraphs.json",
        "deepgram_json",
        ("Speaker 0", "Speaker 1"),
        5,
        "Good morning, you're through",
        "to trust a number again?",
        0.4,
        29.12,
    ),
    Expected(
        "deepgram_words.json",
        "deepgram_json",
        ("Speaker 0", "Speaker 1"),
        5,
        "Good morning, you're through",
        "to trust a number again?",
        0.4,
        29.12,
    ),
    Expected(
        "whisperx.json",
        "whisperx_json",
        ("SPEAKER_00", "SPEAKER_01"),
        3,
        "So the kitchen refit",
        "using the kitchen day to day?",
        0.3,
        18.05,
    ),
    Expected(
        "fitfirst.json",
        "fitfirst_json",
        ("Ilse Brandt", "Rafael Costa"),
        4,
        "Thanks for the intro call.",
        "Thirty to fifty euros, they tell me.",
        0.0,
        19.0,
    ),
    Expected(
        "fitfirst_saved_as.txt",
        "fitfirst_json",
        ("Ilse Brandt", "Rafael Costa"),
        4,
        "Thanks for the intro call.",
        "Thirty to fifty euros, they tell me.",
        0.0,
        19.0,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.file for c in CASES])
def test_sample_is_detected_by_content(case: Expected) -> None:
    """The format comes from what the file holds, whatever its extension says."""
    assert read_transcript(SAMPLES / case.file).format == case.format


@pytest.mark.parametrize("case", CASES, ids=[c.file for c in CASES])
def test_sample_speakers_and_turn_count(case: Expected) -> None:
    """Speakers appear in order of first words; one speaker's consecutive pieces form one turn."""
    transcript = read_transcript(SAMPLES / case.file)
    assert transcript.speakers == case.speakers
    assert len(transcript.turns) == case.turns


@pytest.mark.parametrize("case", CASES, ids=[c.file for c in CASES])
def test_sample_first_and_last_words(case: Expected) -> None:
    """Nothing is lost at either end of a file."""
    turns = read_transcript(SAMPLES / case.file).turns
    assert turns[0].text.startswith(case.first)
    assert turns[-1].text.endswith(case.last)


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.first_start is not None], ids=lambda c: c.file
)
def test_sample_times_in_seconds(case: Expected) -> None:
    """Times are seconds, from the first turn's start to the last turn's end when known."""
    turns = read_transcript(SAMPLES / case.file).turns
    assert turns[0].start == pytest.approx(case.first_start)
    if case.last_end is not None:
        assert turns[-1].end == pytest.approx(case.last_end)


@pytest.mark.parametrize("case", CASES, ids=[c.file for c in CASES])
def test_no_two_neighbouring_turns_share_a_speaker(case: Expected) -> None:
    """Consecutive cues, segments or lines of one speaker are always merged."""
    turns = read_transcript(SAMPLES / case.file).turns
    assert all(a.speaker != b.speaker for a, b in pairwise(turns))


@pytest.mark.parametrize("case", CASES, ids=[c.file for c in CASES])
def test_detect_format_agrees_with_the_reader(case: Expected) -> None:
    """detect_format names the reader that read_transcript uses."""
    data = (SAMPLES / case.file).read_bytes()
    from fitfirst.transcripts.decoding import decode

    text, _ = decode(data, case.file)
    assert detect_format(text) == case.format
    assert case.format in FORMATS


def test_every_format_has_a_sample() -> None:
    """The table covers every reader."""
    assert {c.format for c in CASES} == set(FORMATS)


MERGES = [
    (
        "plain_basic.txt",
        1,
        "Our pickers lose about twenty minutes a shift hunting for the right bin. "
        "It adds up across three sites. "
        "And the handhelds we have now drop their Wi-Fi in the cold store.",
    ),
    (
        "zoom.vtt",
        1,
        "Sure. We run a chain of four gyms and our member app is, frankly, embarrassing. "
        "People keep asking why they can't book classes from it.",
    ),
    (
        "teams.vtt",
        1,
        "I can, yes. Before you start, our fleet is only nine vans, so keep that in mind.",
    ),
    ("diarized.srt", 3, "Four, plus me. And my brother helps on Saturdays."),
    (
        "whisperx.json",
        1,
        "Storage and light. It's a dark galley kitchen. We've got a budget of around "
        "twenty thousand. Maybe a bit more if it really changes things.",
    ),
    (
        "otter.txt",
        2,
        "Forty hectares. We water on a timer and I'm fairly sure we overwater half of it. "
        "We had a dry summer last year and still lost trees on the low ground.",
    ),
    (
        "aws_old.json",
        3,
        "We grew from thirty to ninety people and the spreadsheet broke. "
        "Twice we paid someone the wrong overtime.",
    ),
]


@pytest.mark.parametrize(("file", "index", "text"), MERGES, ids=[m[0] for m in MERGES])
def test_merged_and_continued_text(file: str, index: int, text: str) -> None:
    """Merged pieces and speakerless continuations join with one space, in order."""
    assert read_transcript(SAMPLES / file).turns[index].text == text


METADATA = [
    (
        "plain_basic.txt",
        {
            "meeting_title": "Warehouse scanners – first call",
            "date": "2025-03-04",
            "call_id": "WS-20250304-17",
            "participants": "Priya Nair, Colm Byrne",
            "duration": "14 min",
            "recorded": "4 March 2025",
        },
    ),
    (
        "plain_edges.txt",
        {
            "ref": "Q-2291",
            "attendees": "Maya Gold; Oskar Lind",
            "title": "Discovery call, notes taken by Maya",
            "time": "00:14:00",
            "summary": "Needs a packing line; budget still open.",
        },
    ),
    (
        "otter.txt",
        {"title": "Farm irrigation sensors – intro", "transcribed_by": "https://otter.ai"},
    ),
    ("markdown.md", {"title": "Discovery call: Lindqvist Bakery x OvenIQ"}),
    (
        "vtt_other.vtt",
        {
            "title": "Architects' software review",
            "kind": "captions",
            "language": "en",
            "note": "Exported from the conference room recorder. Speaker names added by hand.",
        },
    ),
    ("fitfirst.json", {"title": "Bike fleet leasing – intro", "date": "2025-05-20"}),
    (
        "aws_old.json",
        {"jobName": "payroll-discovery-0412", "accountId": "000000000000", "status": "COMPLETED"},
    ),
]


@pytest.mark.parametrize(("file", "metadata"), METADATA, ids=[m[0] for m in METADATA])
def test_header_and_footer_fields_are_metadata(file: str, metadata: dict[str, str]) -> None:
    """Lines that only look like speakers ("Date:", "Call ID:") become metadata, not people."""
    assert read_transcript(SAMPLES / file).metadata == metadata


WARNINGS = [
    ("cp1252.txt", ["line 2: not UTF-8 (byte 0xe9); read the file as Windows-1252 (cp1252)"]),
    (
        "vtt_garbled_middle.vtt",
        [
            "line 12: cue timing '00:00:09.xx --> 00:00:12.000' is not a time; "
            "expected HH:MM:SS.mmm; kept its text without times",
            "line 19: text without a cue timing; kept its text",
        ],
    ),
    (
        "vtt_no_speaker_start.vtt",
        ["line 4: text with no speaker before anyone spoke; given to speaker 'Unknown'"],
    ),
    ("plain_edges.txt", ["line 7: 'Time' in the middle of the call read as metadata"]),
    ("zoom.vtt", []),
    ("teams.vtt", []),
    ("bom_crlf.txt", []),
    ("utf16.vtt", []),
]


@pytest.mark.parametrize(("file", "warnings"), WARNINGS, ids=[w[0] for w in WARNINGS])
def test_odd_things_leave_warnings_with_their_line(file: str, warnings: list[str]) -> None:
    """An odd file is read, and each odd thing is reported with the line it is on."""
    assert list(read_transcript(SAMPLES / file).warnings) == warnings


def test_garbled_cue_keeps_its_words_without_times() -> None:
    """A cue whose timing is broken still contributes its words to the speaker's turn."""
    turn = read_transcript(SAMPLES / "vtt_garbled_middle.vtt").turns[1]
    assert turn.text.endswith("I wanted to see the numbers first.")
    assert (turn.start, turn.end) == (4.5, 9.0)


def test_unclosed_voice_tags_end_at_the_cue() -> None:
    """A `<v Name>` left open covers the rest of its cue and no more."""
    turns = read_transcript(SAMPLES / "teams.vtt").turns
    assert turns[2].text == "Nine is fine. What do you use today to see where the vans are?"
    assert turns[3].speaker == "Ben Adeyemi"


def test_entities_and_styling_tags_are_decoded() -> None:
    """HTML entities become characters and styling tags disappear."""
    texts = [t.text for t in read_transcript(SAMPLES / "vtt_other.vtt").turns]
    assert texts[1] == "Yes, we pay for twelve seats and use seven."
    assert texts[2] == "What does <unused> cost you per year?"


def test_real_speaker_saying_a_date_stays_a_speaker() -> None:
    """A person who answers with a bare date mid-call is not mistaken for a metadata field."""
    turns = read_transcript(SAMPLES / "plain_edges.txt").turns
    assert (turns[3].speaker, turns[3].text) == ("Oskar Lind", "2025-06-01")
