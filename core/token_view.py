"""How a model sees one review: each word with its id, unknown and dropped ones marked.

``view_review`` encodes a review exactly as ``core.inference`` does (the model's
vocabulary, front padding and truncation to ``max_len``) and keeps, for each
word, its id and whether the model reads it. The ``*_html`` functions draw the
result as small inline "chips" for the pages; every visible text comes from the
caller, already translated. No TensorFlow and no Streamlit here.
"""

import html
from dataclasses import dataclass

import numpy as np

from core.text import OOV, PAD, START, Vocabulary, pad_sequences, tokenize

# A long review's dropped words are summarised; only the last ones are drawn.
DROPPED_SHOWN = 40

_CHIP = (
    "display:inline-block;margin:2px 2px;padding:1px 6px;border-radius:6px;"
    "line-height:1.6;"
)
_STYLES = {
    "known": "border:1px solid rgba(128,128,128,0.35);",
    "unknown": "background:rgba(255,165,0,0.35);border:1px dashed #e69500;",
    "dropped": "color:rgba(128,128,128,0.8);text-decoration:line-through;"
    "border:1px dotted rgba(128,128,128,0.5);",
    "start": "background:rgba(31,119,180,0.25);border:1px solid #1f77b4;",
    "pad": "color:rgba(128,128,128,0.8);border:1px solid rgba(128,128,128,0.2);",
}


@dataclass(frozen=True)
class Token:
    """One word of a review as the model receives it.

    Attributes:
        word: the lower-case token.
        word_id: its id in the model's vocabulary (``OOV`` when unknown).
        position: its index in the encoded sequence (``START`` is 0).
        kept: False when front truncation drops it.
    """

    word: str
    word_id: int
    position: int
    kept: bool

    @property
    def known(self) -> bool:
        return self.word_id != OOV


@dataclass(frozen=True)
class ReviewView:
    """A review encoded for one model: its words, ids and padded row.

    Attributes:
        tokens: every word of the review, in order (``START`` not included).
        sequence: ``START`` followed by one id per word, not padded.
        padded: the ``max_len`` ids the model reads (zeros in front).
        max_len: the model's input length.
    """

    tokens: tuple[Token, ...]
    sequence: tuple[int, ...]
    padded: np.ndarray
    max_len: int

    @property
    def first_kept(self) -> int:
        """Index in ``sequence`` of the first id the model reads."""
        return max(0, len(self.sequence) - self.max_len)

    @property
    def pad_count(self) -> int:
        return max(0, self.max_len - len(self.sequence))

    @property
    def kept_tokens(self) -> list[Token]:
        return [token for token in self.tokens if token.kept]

    @property
    def dropped_count(self) -> int:
        return sum(not token.kept for token in self.tokens)

    @property
    def unknown_count(self) -> int:
        return sum(not token.known for token in self.tokens)

    @property
    def all_unknown(self) -> bool:
        """True when no word (or no word at all) is in the vocabulary."""
        return all(not token.known for token in self.tokens)


def view_review(text: str, vocabulary: Vocabulary, max_len: int) -> ReviewView:
    """Encode ``text`` as the model reads it and label every word.

    Args:
        text: the review (already cut to a sensible length by the caller).
        vocabulary: the model's saved vocabulary.
        max_len: the model's input length; a longer review keeps its end.

    Returns:
        A ``ReviewView``; ``padded`` equals ``core.inference.encode_texts``.
    """
    words = tokenize(text)
    sequence = vocabulary.encode_tokens(words)
    first_kept = max(0, len(sequence) - max_len)
    tokens = tuple(
        Token(
            word=word, word_id=word_id, position=position, kept=position >= first_kept
        )
        for position, (word, word_id) in enumerate(
            zip(words, sequence[1:], strict=True), start=1
        )
    )
    padded = pad_sequences([sequence], max_len)[0]
    return ReviewView(
        tokens=tokens, sequence=tuple(sequence), padded=padded, max_len=max_len
    )


def _chip(text: str, style: str, title: str = "") -> str:
    title_attr = f' title="{html.escape(title)}"' if title else ""
    return (
        f'<span style="{_CHIP}{_STYLES[style]}"{title_attr}>{html.escape(text)}</span>'
    )


def _token_style(token: Token) -> str:
    if not token.kept:
        return "dropped"
    return "known" if token.known else "unknown"


def tokens_html(view: ReviewView, more_dropped: str, with_ids: bool = False) -> str:
    """The review's words as chips: unknown ones orange, dropped ones struck out.

    Args:
        view: the encoded review.
        more_dropped: text shown in place of the earliest dropped words when
            there are more than ``DROPPED_SHOWN``; ``{count}`` is filled in.
        with_ids: write each word's id next to it.
    """

    def label(word: str, word_id: int) -> str:
        return f"{word} {word_id}" if with_ids else word

    dropped = [token for token in view.tokens if not token.kept]
    start_style = "start" if view.first_kept == 0 else "dropped"
    parts = [_chip(label("<start>", START), start_style, f"id {START}")]
    if len(dropped) > DROPPED_SHOWN:
        hidden = len(dropped) - DROPPED_SHOWN
        parts.append(_chip(more_dropped.format(count=f"{hidden:,}"), "dropped"))
    for token in view.tokens[max(0, len(dropped) - DROPPED_SHOWN) :]:
        parts.append(
            _chip(
                label(token.word, token.word_id),
                _token_style(token),
                f"id {token.word_id}",
            )
        )
    return f"<div>{''.join(parts)}</div>"


def words_html(words: list[str]) -> str:
    """Plain word chips, before any id is given to them."""
    return f"<div>{''.join(_chip(word, 'known') for word in words)}</div>"


def review_html(text: str) -> str:
    """A raw review as safe HTML: its ``<br />`` tags become line breaks."""
    escaped = html.escape(text)
    for tag in ("&lt;br /&gt;", "&lt;br/&gt;", "&lt;br&gt;"):
        escaped = escaped.replace(tag, "<br>")
    return f'<div style="line-height:1.5">{escaped}</div>'


def ids_html(view: ReviewView, vocabulary: Vocabulary, per_row: int = 20) -> str:
    """The padded row of ``max_len`` ids as a grid: padding, start, unknown, words.

    Args:
        view: the encoded review.
        vocabulary: turns ids back into words for the tooltips.
        per_row: cells per line of the grid.
    """
    cells = []
    for word_id in view.padded.tolist():
        if word_id == PAD:
            style = "pad"
        elif word_id == START:
            style = "start"
        else:
            style = "unknown" if word_id == OOV else "known"
        cell_style = f"{_CHIP}{_STYLES[style]}min-width:3.2em;text-align:right;"
        title = html.escape(vocabulary.id_to_word(word_id))
        cells.append(f'<span style="{cell_style}" title="{title}">{word_id}</span>')
    rows = [
        "".join(cells[start : start + per_row])
        for start in range(0, len(cells), per_row)
    ]
    return (
        '<div style="font-family:monospace;font-size:0.8em">'
        + "<br>".join(rows)
        + "</div>"
    )


def influence_html(words: list[str], changes: np.ndarray) -> str:
    """Words on a green (pushes to positive) or red (to negative) background.

    Args:
        words: the words the model reads, in order.
        changes: for each word, P(positive) with it minus P(positive) without.
            The strongest change gets the deepest colour.
    """
    strongest = float(np.max(np.abs(changes))) if len(changes) else 0.0
    parts = []
    for word, change in zip(words, changes, strict=True):
        strength = abs(float(change)) / strongest if strongest > 0 else 0.0
        colour = "44,160,44" if change > 0 else "214,39,40"
        style = f"{_CHIP}background:rgba({colour},{0.08 + 0.6 * strength:.2f});"
        title = html.escape(f"{change:+.3f}")
        parts.append(
            f'<span style="{style}" title="{title}">{html.escape(word)}</span>'
        )
    return f"<div>{''.join(parts)}</div>"
