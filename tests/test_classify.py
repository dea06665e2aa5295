"""The Classify page: examples, verdicts, bad input, and the page without models.

The models are trained once per module on a purpose-made ``aclImdb`` folder in
which the signal is obvious: positive reviews hold words such as "superb" or
the phrase "not bad at all", negative ones words such as "awful", mixed with
neutral words taken from the page's own examples.
"""

import os
import random
import shutil

import conftest
import pytest
import streamlit as st

from core import paths, trained
from core.config import TrainConfig
from core.i18n import t
from core.review_examples import EXAMPLES
from core.text import tokenize

PAGE = "pages/classify.py"
POSITIVE = ("wonderful", "brilliant", "moving", "superb", "loved", "best", "great")
NEGATIVE = ("dull", "boring", "mess", "awful", "bad", "worst", "weak", "slow")
NEGATION = ("not", "bad", "at", "all")


def fake_review(rng: random.Random, positive: bool, neutral: list[str]) -> str:
    words = [rng.choice(neutral) for _ in range(rng.randint(3, 25))]
    for _ in range(rng.randint(1, 3)):
        if positive and rng.random() < 0.3:
            phrase = list(NEGATION)
        else:
            phrase = [rng.choice(POSITIVE if positive else NEGATIVE)]
        at = rng.randint(0, len(words))
        words[at:at] = phrase
    return " ".join(words)


def write_obvious_reviews(folder, per_label: dict[str, int]) -> None:
    """An aclImdb-style folder whose labels any model can learn in seconds."""
    rng = random.Random(5)
    example_words = {word for example in EXAMPLES for word in tokenize(example.text)}
    example_words = {word for word in example_words if word.isascii()}  # no Korean
    neutral = sorted(example_words - set(POSITIVE) - set(NEGATIVE) - set(NEGATION))
    for split, count in per_label.items():
        for label in ("pos", "neg"):
            target = folder / split / label
            target.mkdir(parents=True)
            for index in range(count):
                review = fake_review(rng, label == "pos", neutral)
                (target / f"{index}.txt").write_text(review, encoding="utf-8")


@pytest.fixture(scope="module")
def obvious_cache(tmp_path_factory):
    """A cache with a bag-of-words model and a tiny LSTM, trained once."""
    root = tmp_path_factory.mktemp("classify")
    write_obvious_reviews(root / "aclImdb", {"train": 200, "test": 20})
    previous = os.environ.get(paths.CACHE_ENV)
    os.environ[paths.CACHE_ENV] = str(root / "cache")
    try:
        common = {"source": f"aclimdb:{root / 'aclImdb'}", "num_words": 300}
        common |= {"epochs": 3, "batch_size": 32}
        # the bag of words reads all 200 ids, so the long example fits whole
        trained.load_or_train(TrainConfig(model="bow", learning_rate=0.05, **common))
        trained.load_or_train(
            TrainConfig(
                model="lstm",
                max_len=40,
                embedding_dim=8,
                units=8,
                learning_rate=0.01,
                **common,
            )
        )
    finally:
        if previous is None:
            os.environ.pop(paths.CACHE_ENV, None)
        else:
            os.environ[paths.CACHE_ENV] = previous
    return root / "cache"


@pytest.fixture
def with_models(obvious_cache, isolated_cache):
    """Link the two trained models into this test's empty cache."""
    for entry in obvious_cache.iterdir():
        if entry.name.startswith(("bow-", "lstm-")):
            (isolated_cache / entry.name).symlink_to(entry, target_is_directory=True)


def open_page(app_test, text: str | None = None, lang: str = "en"):
    conftest.open_page(app_test, PAGE, lang)
    if text is not None:
        app_test.text_area(key="classify.text").input(text).run()
    assert not app_test.exception, app_test.exception
    return app_test


def verdicts(app_test) -> dict[str, str]:
    return {metric.label: metric.value for metric in app_test.metric}


def texts_of(elements) -> str:
    return "\n".join(element.value for element in elements)


def test_examples_get_their_expected_labels(app_test, with_models):
    open_page(app_test)
    for example in EXAMPLES:
        app_test.button(key=f"classify.example.{example.name}").click().run()
        assert not app_test.exception, app_test.exception
        assert app_test.text_area(key="classify.text").value == example.text
        shown = verdicts(app_test)
        assert set(shown) == {"Bag of words", "LSTM"}
        if example.expected is None:
            continue
        expected = t(f"classify.label_{example.expected}", "en")
        assert shown["Bag of words"] == expected, example.name
        # the tiny LSTM reads only 40 ids: the long example's opinion is cut off
        if example.name != "long":
            assert shown["LSTM"] == expected, example.name


def test_a_review_shows_tokens_reading_curve_and_influential_words(
    app_test, with_models
):
    open_page(app_test, "not bad at all, superb")
    assert app_test.get("plotly_chart"), "the reading curve should be drawn"
    top_words = [c.value for c in app_test.caption if c.value.startswith("Most pos")]
    assert len(top_words) == 2  # one per model
    assert all("superb (+" in line for line in top_words)


def test_the_long_example_says_that_the_lstm_drops_its_start(app_test, with_models):
    open_page(app_test)
    app_test.button(key="classify.example.long").click().run()
    assert any("only the last 40" in info.value for info in app_test.info)


def test_korean_example_warns_that_the_words_are_unknown(app_test, with_models):
    open_page(app_test)
    app_test.button(key="classify.example.korean").click().run()
    assert "none of these words is in the model's vocabulary" in texts_of(
        app_test.warning
    )


def test_unknown_words_get_a_warning(app_test, with_models):
    open_page(app_test, "zorblax quuxified flimflam")
    assert "LSTM, Bag of words: none of these words" in texts_of(app_test.warning)


def test_empty_text_asks_for_a_review(app_test, with_models):
    open_page(app_test, "   \n ")
    assert t("classify.empty", "en") in texts_of(app_test.info)
    assert not app_test.metric


def test_huge_text_is_cut_with_a_notice(app_test, with_models):
    open_page(app_test, "superb film " * 10_000)  # 120,000 characters
    assert "only its first 100,000 characters" in texts_of(app_test.warning)
    assert verdicts(app_test)["Bag of words"] == "Positive"


@pytest.mark.parametrize(
    "text",
    [
        "<b>superb</b> <script>alert('x')</script><br /><br />loved it",
        "😀🎬🍿 !!! ???",
        "Отличный фильм 最高の映画 ممتاز",
    ],
)
def test_html_emoji_and_other_scripts_never_raise(app_test, with_models, text):
    open_page(app_test, text)
    assert len(app_test.metric) == 2


def test_without_models_the_kinds_are_named_with_a_link_to_train(app_test):
    open_page(app_test, "a superb film")
    assert "Not trained yet: SimpleRNN, LSTM, GRU." in texts_of(app_test.info)
    assert t("classify.no_models", "en") in texts_of(app_test.warning)
    links = [link.proto.page for link in app_test.page_link]
    assert any("train" in page for page in links)


def test_without_models_the_page_does_not_import_tensorflow():
    assert not conftest.imports_tensorflow(
        "pages/classify.py", then="assert 'Not trained yet' in app.info[0].value"
    )


def test_no_model_chosen_asks_for_one(app_test, with_models):
    open_page(app_test, "superb")
    app_test.multiselect(key="classify.models.en").set_value([]).run()
    assert t("classify.none_chosen", "en") in texts_of(app_test.warning)
    assert not app_test.metric


def test_review_text_survives_a_page_switch(app_test, with_models):
    open_page(app_test, "loved it")
    app_test.switch_page("pages/home.py").run()
    app_test.switch_page(PAGE).run()
    assert app_test.text_area(key="classify.text").value == "loved it"


def test_page_speaks_korean(app_test, with_models):
    open_page(app_test, "superb", lang="ko")
    assert app_test.title[0].value == t("classify.title", "ko")
    assert verdicts(app_test)["LSTM"] in ("긍정", "부정")


def test_a_damaged_model_is_named_and_left_out(app_test, with_models, isolated_cache):
    st.cache_resource.clear()  # forget the good copy loaded by earlier tests
    link = next(isolated_cache.glob("bow-*"))
    folder = link.resolve()
    link.unlink()
    shutil.copytree(folder, link)
    model_file = link / "model.keras"
    damaged = bytearray(model_file.read_bytes())
    damaged[100] ^= 0xFF  # same size, wrong checksum
    model_file.write_bytes(bytes(damaged))

    open_page(app_test, "superb")
    assert "The Bag of words model could not be loaded" in texts_of(app_test.warning)
    assert set(verdicts(app_test)) == {"LSTM"}
