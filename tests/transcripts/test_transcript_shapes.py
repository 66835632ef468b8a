"""Small inline shapes: one line style, one JSON quirk or one speaker-id rule per case."""

from __future__ import annotations

import json

import pytest

from fitfirst.transcripts import (
    Transcript,
    Turn,
    detect_format,
    read_transcript_text,
    to_fitfirst_json,
)

LINE_STYLES = [
    ("colon", "Ana Ruiz: Hello there.", "Ana Ruiz", "Hello there.", None),
    ("paren-time", "Ana Ruiz (00:01:02): Hello there.", "Ana Ruiz", "Hello there.", 62.0),
    ("bracket-time-first", "[00:01:02] Ana Ruiz: Hello there.", "Ana Ruiz", "Hello there.", 62.0),
    ("short-time-first", "[01:02] Ana Ruiz: Hello there.", "Ana Ruiz", "Hello there.", 62.0),
    ("bold-colon-inside", "**Ana Ruiz:** Hello there.", "Ana Ruiz", "Hello there.", None),
    ("bold-colon-outside", "**Ana Ruiz**: Hello there.", "Ana Ruiz", "Hello there.", None),
    ("bold-with-time", "**Ana Ruiz (00:00:05):** Hello there.", "Ana Ruiz", "Hello there.", 5.0),
    ("bold-then-time", "**Ana Ruiz** (00:00:05): Hello there.", "Ana Ruiz", "Hello there.", 5.0),
    ("company-in-name", "Ana Ruiz (Acme): Hello there.", "Ana Ruiz (Acme)", "Hello there.", None),
    ("particle-in-name", "Ana de Souza: Hello there.", "Ana de Souza", "Hello there.", None),
    ("machine-label", "SPEAKER_01: Hello there.", "SPEAKER_01", "Hello there.", None),
    ("letter-label", "B: Hello there.", "B", "Hello there.", None),
    ("name-on-own-line", "Ana Ruiz:\nHello there.", "Ana Ruiz", "Hello there.", None),
    ("header-then-text", "Ana Ruiz 00:00:07\nHello there.", "Ana Ruiz", "Hello there.", 7.0),
    ("entity-in-text", "Ana Ruiz: Fish &amp; chips.", "Ana Ruiz", "Fish & chips.", None),
    ("caseless-script", "王伟: 你好。", "王伟", "你好。", None),
    ("initials", "J. R. Okafor: Hello there.", "J. R. Okafor", "Hello there.", None),
]


@pytest.mark.parametrize(
    ("text", "speaker", "words", "start"),
    [c[1:] for c in LINE_STYLES],
    ids=[c[0] for c in LINE_STYLES],
)
def test_line_style(text: str, speaker: str, words: str, start: float | None) -> None:
    """Each common way of writing a speaker line gives the same turn."""
    turn = read_transcript_text(text + "\nBo: Fine.\n").turns[0]
    assert (turn.speaker, turn.text, turn.start) == (speaker, words, start)


NOT_SPEAKERS = [
    ("sentence-before-colon", "the thing is: we have no budget"),
    ("url", "https://example.com/pricing is where I saw it"),
    ("clock-time", "10:30 works for me"),
    ("long-phrase", "What We Would Need From You Before Friday: a list"),
]


@pytest.mark.parametrize("line", [c[1] for c in NOT_SPEAKERS], ids=[c[0] for c in NOT_SPEAKERS])
def test_line_that_is_not_a_speaker_continues_the_turn(line: str) -> None:
    """Colons inside ordinary sentences do not invent speakers."""
    transcript = read_transcript_text(f"Ana: Go on.\n{line}\nBo: Right.\n")
    assert transcript.speakers == ("Ana", "Bo")
    assert transcript.turns[0].text == f"Go on. {line}"


DETECTED = [
    ("vtt-without-header", "00:01.000 --> 00:02.000\nAna: Hi.\n", "webvtt"),
    ("srt-without-index", "00:00:01,000 --> 00:00:02,000\nAna: Hi.\n", "srt"),
    (
        "json-list-of-segments",
        '[{"speaker": "SPEAKER_00", "text": "Hi", "start": 0, "end": 1}]',
        "whisperx_json",
    ),
    ("bracket-time-text-not-json", "[00:00:01] Ana: Hi.\n[00:00:02] Bo: Hello.", "plain"),
    ("turns-without-version", '{"turns": [{"speaker": "Ana", "text": "Hi"}]}', "fitfirst_json"),
    ("otter-headers", "Ana  0:01\nHi.\n\nBo  0:03\nHello.\n", "otter"),
    ("arrow-in-speech", "Ana: First the quote --> then the visit.\nBo: Fine.", "plain"),
    ("garbled-srt-timing", "1\n00:00:01;000 --> 00:00:02;000\nAna: Hi.\n", "srt"),
]


@pytest.mark.parametrize(("text", "fmt"), [c[1:] for c in DETECTED], ids=[c[0] for c in DETECTED])
def test_detect_format(text: str, fmt: str) -> None:
    """Content decides the reader even in unusual corners."""
    assert detect_format(text) == fmt


def test_vtt_without_header_is_read_with_a_warning() -> None:
    """A WebVTT body that lost its header is read, and the loss is reported."""
    transcript = read_transcript_text("00:01.000 --> 00:02.000\nAna: Hi.\n")
    assert transcript.warnings == (
        "line 1: no 'WEBVTT' header; read as WebVTT because of its cue timings",
    )


def test_forced_format_skips_detection() -> None:
    """format= reads with the named reader, even when detection would choose another."""
    text = "Ana  0:01\nHi.\n\nBo  0:03\nHello.\n"
    assert read_transcript_text(text, format="plain").format == "plain"


def test_two_voices_in_one_cue() -> None:
    """One cue with two voice tags gives two turns with the cue's times."""
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ana>Ready?</v>\n<v Bo>Yes.</v>\n"
    turns = read_transcript_text(text).turns
    assert turns == (Turn("Ana", "Ready?", 1.0, 3.0), Turn("Bo", "Yes.", 1.0, 3.0))


def test_voice_class_and_unclosed_tag() -> None:
    """`<v.loud Name>` names the speaker; a later cue without a tag continues them."""
    text = (
        "WEBVTT\n\n00:01.000 --> 00:02.000\n<v.loud Ana Ruiz>We need it by May\n\n"
        "00:02.000 --> 00:03.500\nat the latest.\n"
    )
    assert read_transcript_text(text).turns == (
        Turn("Ana Ruiz", "We need it by May at the latest.", 1.0, 3.5),
    )


def test_srt_styling_and_position_codes_are_removed() -> None:
    """`<font>`, `<i>` and `{\\an8}` never reach the text or the speaker name."""
    text = (
        "1\n00:00:01,000 --> 00:00:02,000\n"
        '{\\an8}<font color="red">Ana: <i>Hi</i> &amp; bye</font>\n'
    )
    assert read_transcript_text(text).turns == (Turn("Ana", "Hi & bye", 1.0, 2.0),)


def test_sound_labels_are_not_speakers() -> None:
    """A bracketed [Music] or [inaudible] stays in the text instead of becoming a speaker."""
    text = (
        "1\n00:00:01,000 --> 00:00:02,000\nAna: Hi.\n\n2\n00:00:02,000 --> 00:00:03,000\n[Music]\n"
    )
    assert read_transcript_text(text).turns == (Turn("Ana", "Hi. [Music]", 1.0, 3.0),)


def _aws(items: list[dict[str, object]], **results: object) -> str:
    return json.dumps(
        {"results": {"transcripts": [{"transcript": "x"}], "items": items, **results}}
    )


def _word(content: str, start: str, end: str, **extra: object) -> dict[str, object]:
    return {
        "type": "pronunciation",
        "start_time": start,
        "end_time": end,
        "alternatives": [{"content": content}],
        **extra,
    }


def test_aws_channel_labels() -> None:
    """Channel identification gives one speaker per channel, labels kept as given."""
    items = [_word("Hello", "0.1", "0.5"), _word("Hi", "0.7", "0.9")]
    channels = {
        "channels": [
            {"channel_label": "ch_0", "items": [{"start_time": "0.1"}]},
            {"channel_label": "ch_1", "items": [{"start_time": "0.7"}]},
        ]
    }
    turns = read_transcript_text(_aws(items, channel_labels=channels)).turns
    assert turns == (Turn("ch_0", "Hello", 0.1, 0.5), Turn("ch_1", "Hi", 0.7, 0.9))


def test_aws_audio_segments() -> None:
    """Newer output whose speakers are only on audio_segments is read segment by segment."""
    segments = [
        {
            "transcript": "Is it live?",
            "start_time": "0.0",
            "end_time": "1.0",
            "speaker_label": "spk_0",
        },
        {"transcript": "It is.", "start_time": "1.2", "end_time": "2.0", "speaker_label": "spk_1"},
    ]
    turns = read_transcript_text(_aws([], audio_segments=segments)).turns
    assert turns == (Turn("spk_0", "Is it live?", 0.0, 1.0), Turn("spk_1", "It is.", 1.2, 2.0))


def test_aws_without_speakers_is_one_unknown_turn() -> None:
    """No diarisation at all: the words are kept, as one turn, with a warning saying why."""
    transcript = read_transcript_text(_aws([_word("Hello", "0.1", "0.5")]))
    assert transcript.turns == (Turn("Unknown", "Hello", 0.1, 0.5),)
    assert transcript.warnings[-1].startswith("results: no speaker labels")


def test_aws_bad_time_is_a_warning() -> None:
    """A time that is not a number is dropped with a warning naming its JSON path."""
    items = [_word("Hello", "soon", "0.5", speaker_label="spk_0")]
    transcript = read_transcript_text(_aws(items))
    assert transcript.turns == (Turn("spk_0", "Hello", None, 0.5),)
    assert transcript.warnings == ("results.items[0].start_time: 'soon' is not a time; ignored",)


def test_deepgram_channels_without_diarisation() -> None:
    """Two channels without speaker numbers become "Channel 0" and "Channel 1", merged by time."""

    def channel(words: list[tuple[str, float]]) -> dict[str, object]:
        return {
            "alternatives": [
                {
                    "transcript": "",
                    "words": [
                        {"word": w, "punctuated_word": w, "start": s, "end": s + 0.3}
                        for w, s in words
                    ],
                }
            ]
        }

    data = {
        "results": {
            "channels": [channel([("Hi.", 0.0), ("Great.", 2.0)]), channel([("Hello.", 1.0)])]
        }
    }
    turns = read_transcript_text(json.dumps(data)).turns
    assert [(t.speaker, t.text) for t in turns] == [
        ("Channel 0", "Hi."),
        ("Channel 1", "Hello."),
        ("Channel 0", "Great."),
    ]


SPEAKER_IDS = [
    (
        "deepgram-int",
        {
            "results": {
                "utterances": [{"speaker": 3, "transcript": "Hi", "start": 0, "end": 1}],
                "channels": [],
            }
        },
        "Speaker 3",
    ),
    (
        "assemblyai-letter",
        {"utterances": [{"speaker": "C", "text": "Hi", "start": 0, "end": 900}]},
        "C",
    ),
    (
        "whisperx-label",
        {"segments": [{"speaker": "SPEAKER_07", "text": "Hi", "start": 0}]},
        "SPEAKER_07",
    ),
    (
        "fitfirst-int",
        {"fitfirst_transcript": 1, "turns": [{"speaker": 2, "text": "Hi"}]},
        "Speaker 2",
    ),
]


@pytest.mark.parametrize(
    ("data", "speaker"), [c[1:] for c in SPEAKER_IDS], ids=[c[0] for c in SPEAKER_IDS]
)
def test_speaker_id_rule(data: dict[str, object], speaker: str) -> None:
    """String ids are kept as given; bare numbers become "Speaker N"."""
    assert read_transcript_text(json.dumps(data)).turns[0].speaker == speaker


def test_assemblyai_times_are_converted_from_milliseconds() -> None:
    """AssemblyAI's milliseconds arrive as seconds."""
    data = {"utterances": [{"speaker": "A", "text": "Hi", "start": 1500, "end": 2250}]}
    assert read_transcript_text(json.dumps(data)).turns[0] == Turn("A", "Hi", 1.5, 2.25)


def test_fitfirst_json_round_trip() -> None:
    """What to_fitfirst_json writes, the reader gives back unchanged."""
    original = Transcript(
        turns=(Turn("Ana", "Hi, Bo.", 0.0, 1.5), Turn("Bo", "Hello & welcome.", 1.6, None)),
        format="fitfirst_json",
        source="call.json",
        metadata={"title": "Intro"},
    )
    again = read_transcript_text(json.dumps(to_fitfirst_json(original)), "call.json")
    assert again == original


def test_fitfirst_json_turn_without_speaker_continues() -> None:
    """A turn with no speaker continues the previous one, as cues do."""
    data = {
        "fitfirst_transcript": 1,
        "turns": [
            {"speaker": "Ana", "text": "One.", "start": 0, "end": 1},
            {"text": "Two.", "end": 2},
        ],
    }
    assert read_transcript_text(json.dumps(data)).turns == (Turn("Ana", "One. Two.", 0.0, 2.0),)


def test_utf16_without_bom_is_read_with_a_warning() -> None:
    """UTF-16 saved without a byte-order mark is spotted from its NUL pattern."""
    transcript = read_transcript_text("Ana: Hello.\nBo: Hi.\n".encode("utf-16-le"))
    assert transcript.speakers == ("Ana", "Bo")
    assert transcript.warnings == ("line 1: no byte-order mark; read the file as UTF-16-LE",)


def test_speakerless_lines_at_the_start_of_plain_text_become_preamble() -> None:
    """Several lines before anyone speaks are kept as metadata, with a warning."""
    transcript = read_transcript_text("Acme call\nRecorded in room 4\nAna: Hi.\nBo: Hey.\n")
    assert transcript.metadata == {"preamble": "Acme call\nRecorded in room 4"}
    assert transcript.warnings == (
        "lines 1-2: text before the first speaker kept as metadata 'preamble'",
    )


def test_host_who_speaks_is_a_person() -> None:
    """A known label used again and again with real speech is a speaker, not metadata."""
    text = (
        "Host: Welcome, everyone.\nAna: Thanks.\nHost: Let's begin, shall we?\nHost: First item.\n"
    )
    assert read_transcript_text(text).speakers == ("Host", "Ana")
