"""The Korean and English texts of the dashboard, looked up by key.

Each page area keeps its texts in a module of this package (``common``,
``gates``, ...) as ``TEXTS = {key: {"en": ..., "ko": ...}}``; they are merged
here once. ``t(key, lang, **values)`` fills ``{placeholders}`` with ``values``.
"""

import importlib
import logging
import pkgutil

logger = logging.getLogger(__name__)

LANGUAGES = ("en", "ko")
DEFAULT_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "ko": "한국어"}


def _load_catalogue() -> dict[str, dict[str, str]]:
    """Merge the TEXTS of every module in this package; a key may appear once."""
    catalogue: dict[str, dict[str, str]] = {}
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        for key, texts in module.TEXTS.items():
            if key in catalogue:
                raise ValueError(f"text key {key!r} is defined twice")
            missing = [lang for lang in LANGUAGES if lang not in texts]
            if missing:
                raise ValueError(f"text key {key!r} has no {missing} version")
            catalogue[key] = texts
    return catalogue


CATALOGUE = _load_catalogue()


def t(key: str, lang: str, **values: object) -> str:
    """Return the text for ``key`` in ``lang``, with ``values`` filled in.

    An unknown language falls back to English; an unknown key is returned as
    is (and logged) so a missing text never breaks a page.
    """
    texts = CATALOGUE.get(key)
    if texts is None:
        logger.warning("no text for key %r", key)
        return key
    text = texts.get(lang, texts[DEFAULT_LANGUAGE])
    return text.format(**values) if values else text


class Message(str):
    """A text for the user made in ``core``: English, and shown in any language.

    It is the English text itself, so logs, the command line and exceptions
    use it unchanged; a page calls ``in_language``.
    """

    key: str
    values: dict

    def __new__(cls, key: str, **values: object) -> "Message":
        message = super().__new__(cls, t(key, "en", **values))
        message.key, message.values = key, values
        return message

    def in_language(self, lang: str) -> str:
        return t(self.key, lang, **self.values)


def in_language(text: object, lang: str) -> str:
    """``text`` in ``lang`` if it is a ``Message`` (or an error made of one)."""
    if isinstance(text, BaseException):
        first = text.args[0] if text.args else None
        text = first if isinstance(first, Message) else text
    return text.in_language(lang) if isinstance(text, Message) else str(text)


def model_name(kind: str, lang: str) -> str:
    """The display name of a model kind (``"rnn"``, ...) in ``lang``."""
    return t(f"model.{kind}", lang)


def language_from_locale(locale: str | None) -> str:
    """Map a browser locale such as ``"ko-KR"`` to a supported language."""
    if not locale:
        return DEFAULT_LANGUAGE
    primary = locale.replace("_", "-").split("-")[0].lower()
    return primary if primary in LANGUAGES else DEFAULT_LANGUAGE


def format_duration(seconds: float, lang: str) -> str:
    """``"45 s"`` or ``"3 min 20 s"`` in ``lang``."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return t("time.seconds", lang, value=seconds)
    return t("time.minutes", lang, minutes=seconds // 60, seconds=seconds % 60)
