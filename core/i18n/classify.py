"""Texts of the Classify page: type a review, see every model's verdict."""

TEXTS = {
    "nav.classify": {"en": "Classify a review", "ko": "리뷰 분류하기"},
    "classify.title": {
        "en": "What do the models make of your review?",
        "ko": "모델은 여러분의 리뷰를 어떻게 읽을까?",
    },
    "classify.intro": {
        "en": (
            "Type a movie review in English, or start from an example. Every "
            "trained model reads it and gives its probability that the review is "
            "positive. Below you see the words as the models receive them, how "
            "each model's opinion moves while it reads, and which words tipped "
            "the balance."
        ),
        "ko": (
            "영어로 영화 리뷰를 입력하거나 예시 하나를 골라 시작해 보세요. 학습된 "
            "모델마다 리뷰를 읽고, 그 리뷰가 긍정일 확률을 내놓습니다. 아래에서는 "
            "모델이 실제로 받는 단어들, 읽어 나가는 동안 각 모델의 판단이 어떻게 "
            "움직이는지, 그리고 어떤 단어가 판단을 좌우했는지 볼 수 있습니다."
        ),
    },
    # choosing models
    "classify.models_expander": {
        "en": "Models compared ({count} trained)",
        "ko": "비교할 모델 (학습된 모델 {count}개)",
    },
    "classify.models_label": {
        "en": (
            "The newest model of each kind is chosen; add or remove any. Each is "
            "shown with its settings, its test accuracy and when it was trained."
        ),
        "ko": (
            "종류별로 가장 최근에 학습한 모델이 골라져 있습니다. 자유롭게 "
            "더하거나 빼 보세요. 모델마다 설정, 테스트 정확도, 학습 시각이 "
            "함께 표시됩니다."
        ),
    },
    # the same in both languages: a selection must survive a language switch
    "classify.model_option": {
        "en": "{name} · {accuracy} · {date}",
        "ko": "{name} · {accuracy} · {date}",
    },
    "classify.missing": {
        "en": "Not trained yet: {names}.",
        "ko": "아직 학습되지 않은 모델: {names}.",
    },
    "classify.train_link": {
        "en": "Go to the Train page",
        "ko": "학습 페이지로 가기",
    },
    "classify.no_models": {
        "en": (
            "No model is trained yet, so nothing can read your review. Train the "
            "RNN and the LSTM first (a minute or two), then come back."
        ),
        "ko": (
            "아직 학습된 모델이 없어서 리뷰를 읽어 줄 모델이 없습니다. 먼저 RNN과 "
            "LSTM을 학습시킨 뒤(1~2분 걸립니다) 다시 와 주세요."
        ),
    },
    "classify.none_chosen": {
        "en": "Choose at least one model under 'Models compared' above.",
        "ko": "위의 '비교할 모델'에서 모델을 하나 이상 골라 주세요.",
    },
    "classify.loading": {
        "en": "Loading and compiling the models (only the first time)...",
        "ko": "모델을 불러와 컴파일하는 중입니다 (처음 한 번만)...",
    },
    "classify.load_failed": {
        "en": "The {name} model could not be loaded; it is left out.",
        "ko": "{name} 모델을 불러오지 못해서 이번 비교에서는 뺐습니다.",
    },
    # input
    "classify.examples_label": {
        "en": "Try an example:",
        "ko": "예시로 시작해 보기:",
    },
    "classify.example_positive": {"en": "Clearly positive", "ko": "분명한 긍정"},
    "classify.example_negative": {"en": "Clearly negative", "ko": "분명한 부정"},
    "classify.example_negation": {"en": "Negation", "ko": "부정어 (not bad)"},
    "classify.example_mixed": {"en": "Mixed feelings", "ko": "엇갈린 평가"},
    "classify.example_long": {"en": "Long review", "ko": "긴 리뷰"},
    "classify.example_korean": {"en": "In Korean", "ko": "한국어 문장"},
    "classify.example_positive_help": {
        "en": "Praise from start to end: every model should agree.",
        "ko": "처음부터 끝까지 칭찬뿐인 리뷰입니다. 모든 모델이 같은 답을 내야 합니다.",
    },
    "classify.example_negative_help": {
        "en": "Complaints from start to end: every model should agree.",
        "ko": "처음부터 끝까지 불만뿐인 리뷰입니다. 모든 모델이 같은 답을 내야 합니다.",
    },
    "classify.example_negation_help": {
        "en": "'bad' after 'not': a model must read the order to get this right.",
        "ko": "'not' 뒤의 'bad': 단어 순서를 읽어야 제대로 판단할 수 있습니다.",
    },
    "classify.example_mixed_help": {
        "en": "Praise first, criticism last: there is no single right answer.",
        "ko": "앞에는 칭찬, 뒤에는 비판: 정답이 하나로 정해지지 않는 리뷰입니다.",
    },
    "classify.example_long_help": {
        "en": (
            "The opinion is only in the first two sentences, about 150 words "
            "before the end: does the model still remember it?"
        ),
        "ko": (
            "의견은 처음 두 문장에만 있고, 끝까지 150단어쯤 남아 있습니다. 모델이 "
            "끝까지 기억할까요?"
        ),
    },
    "classify.example_korean_help": {
        "en": "The models learned English words only: they cannot read this.",
        "ko": "모델은 영어 단어만 배웠기 때문에 이 문장을 읽을 수 없습니다.",
    },
    "classify.text_label": {"en": "Your review", "ko": "리뷰"},
    "classify.placeholder": {
        "en": "For example: Not bad at all, one of the best films this year",
        "ko": "예: Not bad at all, one of the best films this year",
    },
    "classify.run": {"en": "Classify", "ko": "분류하기"},
    "classify.empty": {
        "en": "Type a review above (in English) or pick an example.",
        "ko": "위 칸에 영어 리뷰를 입력하거나 예시를 하나 골라 주세요.",
    },
    "classify.cut": {
        "en": (
            "This text is very long, so only its first {limit} characters are "
            "used. The models read at most the last 200 words of that anyway."
        ),
        "ko": (
            "글이 너무 길어서 앞의 {limit}자만 사용합니다. 어차피 모델은 그중 "
            "마지막 200단어까지만 읽습니다."
        ),
    },
    "classify.all_unknown": {
        "en": (
            "{names}: none of these words is in the model's vocabulary. It learned "
            "English words from IMDB reviews, so it sees only 'unknown' here and "
            "its answer below means nothing."
        ),
        "ko": (
            "{names}: 이 단어들은 모두 모델의 어휘에 없습니다. 모델은 IMDB 리뷰의 "
            "영어 단어만 배웠기 때문에 여기서는 '모르는 단어'만 보게 되고, 아래 "
            "결과는 아무 의미가 없습니다."
        ),
    },
    "classify.no_words": {
        "en": (
            "There is no word here for the model to read (only symbols, emoji or "
            "punctuation), so its answer below means nothing."
        ),
        "ko": (
            "모델이 읽을 수 있는 단어가 없습니다 (기호, 이모지, 문장 부호뿐입니다). "
            "그래서 아래 결과는 아무 의미가 없습니다."
        ),
    },
    # verdicts
    "classify.verdicts_header": {"en": "Verdicts", "ko": "판정"},
    "classify.label_positive": {"en": "Positive", "ko": "긍정"},
    "classify.label_negative": {"en": "Negative", "ko": "부정"},
    "classify.probability": {
        "en": "Probability of positive: {value}",
        "ko": "긍정일 확률: {value}",
    },
    "classify.confidence": {
        "en": "{value} sure of its label",
        "ko": "판정에 대한 확신: {value}",
    },
    # tokens
    "classify.tokens_header": {
        "en": "The review as the model sees it",
        "ko": "모델이 보는 리뷰",
    },
    "classify.tokens_legend": {
        "en": (
            "Lower-cased words without punctuation. Orange words are not among the "
            "{num_words:,} ids of the vocabulary: the model sees each of them as the "
            "same 'unknown' id 2. The model reads at most {max_len} ids (the start "
            "marker is one of them) and keeps the END of a long review: grey, "
            "struck-out words at the beginning are dropped."
        ),
        "ko": (
            "소문자로 바꾸고 문장 부호를 뺀 단어들입니다. 주황색 단어는 어휘의 "
            "{num_words:,}개 id 안에 없어서, 모델에게는 모두 똑같은 '모르는 단어' "
            "id 2로 보입니다. 모델은 최대 {max_len}개의 id(시작 표시 포함)만 읽으며, "
            "긴 리뷰는 끝부분을 남깁니다. 앞쪽의 회색 취소선 단어들은 잘려 나간 "
            "단어입니다."
        ),
    },
    "classify.more_dropped": {
        "en": "... {count} more dropped words",
        "ko": "... 잘려 나간 단어 {count}개 더",
    },
    "classify.token_counts": {
        "en": "{words} words, {unknown} of them unknown; the model reads {kept}.",
        "ko": (
            "단어 {words}개, 그중 모르는 단어 {unknown}개. 모델이 읽는 단어는 "
            "{kept}개입니다."
        ),
    },
    "classify.truncated": {
        "en": (
            "This review is longer than the model's {max_len} ids: its first "
            "{dropped} words are dropped and only the last {kept} are read. "
            "Whatever the review says at its start, the model never sees it."
        ),
        "ko": (
            "이 리뷰는 모델이 읽는 {max_len}개 id보다 깁니다. 앞의 {dropped}개 "
            "단어는 잘려 나가고 마지막 {kept}개만 읽습니다. 리뷰 첫머리에 무슨 "
            "말이 있든 모델은 보지 못합니다."
        ),
    },
    # reading curve
    "classify.reading_header": {
        "en": "Sentiment while reading",
        "ko": "읽는 동안의 판단 변화",
    },
    "classify.reading_title": {
        "en": "The model's answer after each word",
        "ko": "단어를 하나씩 읽은 뒤 모델의 답",
    },
    "classify.reading_x": {
        "en": "word number in the review (0 = start marker)",
        "ko": "리뷰 속 단어 번호 (0 = 시작 표시)",
    },
    "classify.reading_y": {"en": "probability of positive", "ko": "긍정일 확률"},
    "classify.reading_help": {
        "en": (
            "At every step the output layer is applied to the hidden state h, as "
            "if the review ended there; the last point is the verdict above. A "
            "curve that drifts back towards the middle has forgotten what it read "
            "earlier, which is where the plain RNN usually struggles."
        ),
        "ko": (
            "매 단계마다 출력층을 은닉 상태 h에 적용해, 리뷰가 거기서 끝났다고 "
            "가정한 답을 그린 것입니다. 마지막 점이 위의 판정입니다. 곡선이 다시 "
            "가운데로 돌아간다면 앞에서 읽은 내용을 잊어버린 것이고, 단순 RNN이 "
            "흔히 약한 부분이 바로 여기입니다."
        ),
    },
    "classify.no_reading": {
        "en": "None of the chosen models reads words in order, so there is no curve.",
        "ko": "고른 모델 중 단어를 순서대로 읽는 모델이 없어서 곡선이 없습니다.",
    },
    # word influence
    "classify.influence_header": {
        "en": "The words that mattered",
        "ko": "판단을 좌우한 단어",
    },
    "classify.influence_help": {
        "en": (
            "Each word is left out in turn and the review is read again. Green "
            "words pushed the model towards positive (without them the probability "
            "drops), red ones towards negative; the deeper the colour, the larger "
            "the change. Hover over a word to see the number."
        ),
        "ko": (
            "단어를 하나씩 빼고 리뷰를 다시 읽혀 봅니다. 초록색 단어는 모델을 "
            "긍정 쪽으로 밀었고(빼면 확률이 내려감), 빨간색 단어는 부정 쪽으로 "
            "밀었습니다. 색이 진할수록 변화가 큽니다. 단어 위에 마우스를 올리면 "
            "수치가 보입니다."
        ),
    },
    "classify.none": {"en": "none", "ko": "없음"},
    "classify.top_words": {
        "en": "Most positive: {positive}. Most negative: {negative}.",
        "ko": "가장 긍정 쪽: {positive}. 가장 부정 쪽: {negative}.",
    },
}
