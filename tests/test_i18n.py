"""Texts made in core are English where they are printed and translated on pages."""

import pytest

from core import sources
from core.i18n import CATALOGUE, LANGUAGES, Message, in_language


def test_a_message_is_its_english_text_and_can_be_translated():
    message = Message("source.no_review_files", folder="/tmp/x")
    assert message == "/tmp/x has no review files in train/ or in test/."
    assert "리뷰 파일이 없습니다" in in_language(message, "ko")
    assert in_language(message, "en") == message


def test_an_error_made_of_a_message_is_translated_and_others_are_kept(tmp_path):
    with pytest.raises(sources.DataSourceError) as raised:
        sources.load_aclimdb(tmp_path)
    assert str(raised.value).startswith(f"{tmp_path} is not an extracted aclImdb")
    assert "aclImdb 폴더가 아닙니다" in in_language(raised.value, "ko")
    assert in_language(OSError(2, "No such file"), "ko") == "[Errno 2] No such file"


def test_every_text_has_the_same_placeholders_in_every_language():
    import string

    def fields(text):
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, texts in CATALOGUE.items():
        if "$" in texts["en"]:
            continue  # LaTeX braces, in a text shown without values
        wanted = fields(texts["en"])
        for lang in LANGUAGES:
            assert fields(texts[lang]) == wanted, (key, lang)
