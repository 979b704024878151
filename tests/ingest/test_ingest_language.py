"""Language guess: scripts first, then function words; "und" when there is too little."""

from __future__ import annotations

import pytest

from newsgraph.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The minister said on Monday that the talks with his counterpart were productive.", "en"),
        (
            "Le ministre a déclaré lundi que les discussions avec son homologue étaient productives.",
            "fr",
        ),
        (
            "Der Minister sagte am Montag, dass die Gespräche mit seinem Amtskollegen produktiv waren.",
            "de",
        ),
        (
            "El ministro dijo el lunes que las conversaciones con su homólogo fueron productivas.",
            "es",
        ),
        ("Министр заявил в понедельник, что переговоры были продуктивными.", "ru"),
        ("대통령은 월요일 회담이 생산적이었다고 말했다.", "ko"),
        ("外相は月曜日、会談は生産的だったと述べた。", "ja"),
        ("外交部长周一表示会谈富有成效。", "zh"),
        ("12345 67", "und"),
        ("Hello", "und"),
    ],
)
def test_language_detect(text: str, lang: str) -> None:
    assert detect_language(text) == lang
