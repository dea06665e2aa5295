"""Home: what the dashboard teaches, which models are trained, where to go."""

import pandas as pd
import streamlit as st

from core import cache
from pages._shared import model_name, tr

st.title(tr("home.title"))
st.write(tr("home.intro"))

st.subheader(tr("home.lessons_header"))
st.markdown(tr("home.lessons"))

st.subheader(tr("home.models_header"))
entries, problems = cache.scan_entries()
for problem in problems:
    st.warning(tr("home.damaged_entry", problem=problem))
if not entries:
    st.info(tr("home.no_models"))
else:
    rows = [
        {
            tr("col.model"): model_name(entry.config),
            tr("col.test_accuracy"): entry.test_accuracy,
            tr("col.train_reviews"): entry.meta.get("train_reviews"),
            tr("col.epochs"): entry.config.epochs,
            tr("col.clipnorm"): f"{entry.config.clipnorm:g}"
            if entry.config.clipnorm
            else tr("value.off"),
            tr("col.trained_at"): cache.trained_at_text(entry.meta),
        }
        for entry in entries
    ]
    st.dataframe(
        pd.DataFrame(rows),
        hide_index=True,
        column_config={
            tr("col.test_accuracy"): st.column_config.NumberColumn(format="%.3f"),
            tr("col.train_reviews"): st.column_config.NumberColumn(format="localized"),
        },
    )

st.subheader(tr("home.next_header"))
# in teaching order, as in the sidebar: the ideas first, then the experiments
NEXT = {
    "learn": (("concepts", "📖"), ("gates", "🎛️"), ("data", "🗂️")),
    "experiment": (("train", "🏋️"), ("compare", "📊"), ("why", "🔬"), ("classify", "✍️")),
}
for column, (section, links) in zip(st.columns(2), NEXT.items(), strict=True):
    column.markdown(f"**{tr(f'nav.section.{section}')}**")
    for name, icon in links:
        column.page_link(f"pages/{name}.py", label=tr(f"nav.{name}"), icon=icon)
        column.caption(tr(f"home.next.{name}"))
