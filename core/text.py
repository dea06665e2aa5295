"""Turn review text into the integer sequences the models read.

The encoding follows ``keras.datasets.imdb.load_data(num_words=...)``:

- words are ranked by frequency in the training split (rank 1 = most common);
- a word of rank ``r`` gets the id ``r + INDEX_FROM`` (``INDEX_FROM = 3``);
- ids at or above ``num_words`` become ``OOV`` (2), so ``num_words - 4`` words
  are known; every review starts with ``START`` (1); ``PAD`` (0) fills;
  id 3 is reserved and never used, as in Keras;
- ``pad_sequences`` pads and truncates at the front, so a long review keeps
  its last ``max_len`` tokens.

The tokenizer lower-cases the text, turns ``<br />`` (and any other HTML tag)
into a space, and splits at everything that is not a letter or a digit, so
punctuation separates words and is dropped. An apostrophe inside a word is
kept ("don't", "it's"). Letters of any script count, so a Korean sentence
becomes Korean tokens, which an English vocabulary does not know.
"""

import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

PAD = 0
START = 1
OOV = 2
INDEX_FROM = 3
RESERVED_IDS = {PAD: "<pad>", START: "<start>", OOV: "<oov>", 3: "<unused>"}

# Bumped whenever tokenize() changes, so cached encodings are rebuilt.
TOKENIZER_VERSION = 1

MAX_TEXT_CHARS = 100_000  # longer texts are cut; the model sees 200 tokens anyway

_HTML_TAG = re.compile(r"<[^>]{0,200}>")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def clip_text(text: str) -> tuple[str, bool]:
    """``text`` cut to ``MAX_TEXT_CHARS``, and whether it was cut."""
    return (
        (text[:MAX_TEXT_CHARS], True) if len(text) > MAX_TEXT_CHARS else (text, False)
    )


def tokenize(text: str) -> list[str]:
    """Split a review into lower-case words (see the module docstring)."""
    text = _HTML_TAG.sub(" ", text.lower().replace("\u2019", "'"))
    return _WORD.findall(text)


class Vocabulary:
    """The ``num_words`` encoding of one training split.

    Args:
        words: known words, most frequent first; the word at position ``k``
            has rank ``k + 1``. Only the first ``num_words - 4`` are used.
        num_words: size of the id space, as in ``imdb.load_data``.
    """

    def __init__(self, words: Sequence[str], num_words: int):
        if num_words <= INDEX_FROM + 1:
            raise ValueError(f"num_words must be at least 5, got {num_words}")
        self.num_words = num_words
        self.words = list(words[: num_words - INDEX_FROM - 1])
        self._ids = {
            word: rank + INDEX_FROM + 1 for rank, word in enumerate(self.words)
        }

    @classmethod
    def build(
        cls, token_lists: Iterable[Sequence[str]], num_words: int
    ) -> "Vocabulary":
        """Rank the words of ``token_lists`` by count (ties by alphabet)."""
        counts = Counter()
        for tokens in token_lists:
            counts.update(tokens)
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return cls([word for word, _ in ranked], num_words)

    def __len__(self) -> int:
        return len(self.words)

    def __contains__(self, word: str) -> bool:
        return word in self._ids

    def word_id(self, word: str) -> int:
        """The id of one lower-case word; ``OOV`` when it is not known."""
        return self._ids.get(word, OOV)

    def encode_tokens(self, tokens: Sequence[str]) -> list[int]:
        """``[START]`` followed by the id of each token."""
        return [START] + [self._ids.get(token, OOV) for token in tokens]

    def encode(self, text: str) -> list[int]:
        """Tokenize and encode one review (not padded)."""
        return self.encode_tokens(tokenize(text))

    def id_to_word(self, word_id: int) -> str:
        """The word behind an id, or its marker such as ``<oov>``."""
        if word_id in RESERVED_IDS:
            return RESERVED_IDS[word_id]
        rank = word_id - INDEX_FROM - 1
        return self.words[rank] if 0 <= rank < len(self.words) else RESERVED_IDS[OOV]

    def to_json(self) -> dict:
        return {"num_words": self.num_words, "words": self.words}

    @classmethod
    def from_json(cls, data: dict) -> "Vocabulary":
        words, num_words = data.get("words"), data.get("num_words")
        if not isinstance(words, list) or not isinstance(num_words, int):
            raise ValueError("a vocabulary needs a 'words' list and a 'num_words' int")
        return cls(words, num_words)


def pad_sequences(sequences: Sequence[Sequence[int]], max_len: int) -> np.ndarray:
    """Pad and truncate at the front, like ``keras.utils.pad_sequences``.

    Returns:
        int32 array of shape ``(len(sequences), max_len)``: each row ends with
        the last ``max_len`` ids of its sequence, zeros in front.
    """
    if max_len < 1:
        raise ValueError(f"max_len must be at least 1, got {max_len}")
    padded = np.zeros((len(sequences), max_len), dtype=np.int32)
    for row, sequence in enumerate(sequences):
        tail = sequence[-max_len:]
        if len(tail):
            padded[row, max_len - len(tail) :] = tail
    return padded


def pad_ragged(flat: np.ndarray, offsets: np.ndarray, max_len: int) -> np.ndarray:
    """``pad_sequences`` for sequences stored end to end (vectorised).

    Args:
        flat: every sequence's ids, one after the other.
        offsets: start of each sequence in ``flat``, plus the total length at
            the end (``len(offsets) == number of sequences + 1``).
        max_len: length of each padded row.
    """
    starts, ends = offsets[:-1], offsets[1:]
    kept = np.minimum(ends - starts, max_len)
    padded = np.zeros((len(starts), max_len), dtype=np.int32)

    # column j of row r holds flat[end_r - max_len + j] where that is in range
    columns = np.arange(max_len)
    source = ends[:, None] - max_len + columns[None, :]
    valid = columns[None, :] >= (max_len - kept)[:, None]
    padded[valid] = flat[source[valid]]
    return padded
