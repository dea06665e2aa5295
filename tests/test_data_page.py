"""The Data page and its numbers: splits, lengths, one review step by step."""

from collections import Counter

import conftest
import numpy as np
from conftest import imports_tensorflow

from core import data_summary, sources
from core.data import build_dataset, load_dataset
from core.i18n import t
from core.token_view import view_review

PAGE = "pages/data.py"


def open_page(app_test, lang: str = "en"):
    return conftest.open_page(app_test, PAGE, lang)


def test_data_page_renders_every_section(app_test):
    open_page(app_test)
    assert [metric.label for metric in app_test.metric] == [
        "Median length",
        "Reviews cut by max_len",
        "Longest review",
    ]
    splits = app_test.dataframe[0].value
    assert splits["Reviews"].tolist() == [17_500, 2_500, 5_000]
    assert splits["Positive"].tolist() == splits["Negative"].tolist()
    assert len(app_test.get("plotly_chart")) == 2  # lengths and frequent words
    padded = app_test.html[2].value  # raw text, tokens, ids, then the 200 numbers
    assert padded.count("</span>") == 200


def test_max_len_slider_changes_the_truncated_share(app_test):
    open_page(app_test)
    at_200 = app_test.metric[1].value
    app_test.slider(key="data.max_len").set_value(500).run()
    assert not app_test.exception
    assert float(app_test.metric[1].value.rstrip("%")) < float(at_200.rstrip("%"))


def test_random_review_button_picks_another_review(app_test):
    open_page(app_test)
    assert app_test.number_input(key="data.review_number").value == 1
    app_test.button(key="data.random_review").click().run()
    app_test.button(key="data.random_review").click().run()  # 1 in 17,500 twice
    assert not app_test.exception
    assert app_test.number_input(key="data.review_number").value != 1


def test_data_page_in_korean(app_test):
    open_page(app_test, lang="ko")
    assert app_test.title[0].value == t("data.title", "ko")


def test_data_page_does_not_import_tensorflow():
    assert not imports_tensorflow(PAGE, then="assert app.metric, 'no metric shown'")


def test_step_by_step_view_matches_the_cached_encoding():
    dataset = load_dataset()
    texts = sources.load_raw().texts
    for index in (0, 1, 2, 500, 17_499):
        raw = texts[dataset.train.rows[index]]
        view = view_review(raw, dataset.vocabulary, max_len=200)
        assert list(view.sequence) == dataset.train.sequence(index).tolist()
        np.testing.assert_array_equal(
            view.padded, dataset.train.padded(200)[index], strict=True
        )


def test_truncated_share_counts_reviews_that_do_not_fit():
    # the start marker takes one of the max_len places
    word_counts = np.array([10, 199, 200, 500])
    assert data_summary.truncated_share(word_counts, 200) == 0.5
    assert data_summary.truncated_share(np.array([], dtype=int), 200) == 0.0


def test_frequent_words_are_counted_in_the_training_reviews():
    texts = ["good good good film", "bad film", "good plot", "bad"] * 10
    raw = sources.RawReviews(
        labels=np.array([1, 0, 1, 0] * 10, dtype=np.int8), texts=texts
    )
    dataset = build_dataset(raw, sources.DEFAULT_SOURCE, num_words=20)
    top = data_summary.frequent_words(dataset, 3)

    # counted by hand from the raw text of the training reviews only
    counts = Counter(word for row in dataset.train.rows for word in texts[row].split())
    expected = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:3]
    assert [(word.word, word.count) for word in top] == expected
    assert [word.word_id for word in top] == [4, 5, 6]  # rank + 3
    assert sum(counts.values()) < sum(text.count(" ") + 1 for text in texts)


def test_split_sizes_are_balanced_by_label():
    sizes = data_summary.split_sizes(load_dataset())
    assert [(s.name, s.positive, s.negative) for s in sizes] == [
        ("train", 8_750, 8_750),
        ("val", 1_250, 1_250),
        ("test", 2_500, 2_500),
    ]
