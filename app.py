"""The dashboard's entry point: ``streamlit run app.py``.

Chooses the language (the browser's, if Korean or English, until the user
picks one in the sidebar) and lists the pages. Each page is a flat script in
``pages/``; every piece of logic lives in ``core``.
"""

import logging

import streamlit as st

from core.i18n import LANGUAGE_NAMES, LANGUAGES, language_from_locale, t

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

st.set_page_config(page_title="LSTM vs RNN", page_icon="🧠", layout="wide")

if "lang" not in st.session_state:
    st.session_state.lang = language_from_locale(st.context.locale)
lang = st.sidebar.segmented_control(
    "Language / 언어",
    LANGUAGES,
    format_func=LANGUAGE_NAMES.get,
    key="lang",
    required=True,
)

# sections in teaching order: the ideas first, then the experiments
pages = {
    "": [
        st.Page("pages/home.py", title=t("nav.home", lang), icon="🏠", default=True),
    ],
    t("nav.section.learn", lang): [
        st.Page("pages/concepts.py", title=t("nav.concepts", lang), icon="📖"),
        st.Page("pages/gates.py", title=t("nav.gates", lang), icon="🎛️"),
        st.Page("pages/data.py", title=t("nav.data", lang), icon="🗂️"),
    ],
    t("nav.section.experiment", lang): [
        st.Page("pages/train.py", title=t("nav.train", lang), icon="🏋️"),
        st.Page("pages/compare.py", title=t("nav.compare", lang), icon="📊"),
        st.Page("pages/why.py", title=t("nav.why", lang), icon="🔬"),
        st.Page("pages/classify.py", title=t("nav.classify", lang), icon="✍️"),
    ],
}
st.navigation(pages).run()
