"""Texts of the Data page: the IMDB reviews and how one becomes 200 numbers."""

TEXTS = {
    "nav.data": {"en": "The data", "ko": "데이터"},
    "data.title": {
        "en": "The data: 25,000 IMDB reviews",
        "ko": "데이터: IMDB 리뷰 25,000개",
    },
    "data.intro": {
        "en": (
            "Every model on this dashboard learns from the same movie reviews, each "
            "labelled positive or negative. Here you can see how they are split, "
            "how long they are, and how one review is turned into the 200 numbers "
            "a model actually reads."
        ),
        "ko": (
            "이 대시보드의 모든 모델은 긍정 또는 부정으로 표시된 같은 영화 리뷰로 "
            "학습합니다. 여기서는 리뷰가 어떻게 나뉘는지, 얼마나 긴지, 그리고 리뷰 "
            "하나가 모델이 실제로 읽는 숫자 200개로 어떻게 바뀌는지 볼 수 있습니다."
        ),
    },
    "data.loading": {
        "en": "Reading and encoding the reviews (only the first time)...",
        "ko": "리뷰를 읽고 인코딩하는 중입니다 (처음 한 번만)...",
    },
    "data.failed": {
        "en": "The reviews could not be read: {error}",
        "ko": "리뷰를 읽지 못했습니다: {error}",
    },
    # splits
    "data.splits_header": {
        "en": "Class balance and splits",
        "ko": "클래스 균형과 데이터 분할",
    },
    "data.col_split": {"en": "Split", "ko": "분할"},
    "data.col_positive": {"en": "Positive", "ko": "긍정"},
    "data.col_negative": {"en": "Negative", "ko": "부정"},
    "data.col_total": {"en": "Reviews", "ko": "리뷰 수"},
    "data.split_train": {"en": "Training", "ko": "학습"},
    "data.split_val": {"en": "Validation", "ko": "검증"},
    "data.split_test": {"en": "Test", "ko": "테스트"},
    "data.splits_help": {
        "en": (
            "Half of the reviews are positive, and every split keeps that balance, "
            "so a model that always says 'positive' is right only half of the "
            "time. The split is drawn once with a fixed seed. Models learn from "
            "the training reviews, choices are made on the validation reviews, "
            "and the test reviews are only used to report the final accuracy."
        ),
        "ko": (
            "리뷰의 절반이 긍정이고 모든 분할이 이 비율을 그대로 유지합니다. 그래서 "
            "항상 '긍정'이라고만 답하는 모델은 절반만 맞힙니다. 분할은 고정된 "
            "시드로 한 번만 나눕니다. 모델은 학습 리뷰로 배우고, 설정 선택은 검증 "
            "리뷰로 하며, 테스트 리뷰는 최종 정확도를 보고할 때만 씁니다."
        ),
    },
    # lengths
    "data.lengths_header": {"en": "How long are the reviews?", "ko": "리뷰 길이"},
    "data.max_len_label": {
        "en": "Tokens the model reads (max_len)",
        "ko": "모델이 읽는 토큰 수 (max_len)",
    },
    "data.lengths_title": {
        "en": "Review lengths in words",
        "ko": "단어 수로 본 리뷰 길이",
    },
    "data.lengths_x": {"en": "words per review", "ko": "리뷰당 단어 수"},
    "data.lengths_y": {"en": "reviews", "ko": "리뷰 수"},
    "data.cut_label": {"en": "max_len = {max_len}", "ko": "max_len = {max_len}"},
    "data.median_words": {"en": "Median length", "ko": "길이 중앙값"},
    "data.words_value": {"en": "{count} words", "ko": "{count}단어"},
    "data.truncated_share": {
        "en": "Reviews cut by max_len",
        "ko": "max_len에서 잘리는 리뷰",
    },
    "data.longest": {"en": "Longest review", "ko": "가장 긴 리뷰"},
    "data.lengths_help": {
        "en": (
            "A review of {max_len} words or more does not fit (the start marker "
            "takes one place). Its beginning is dropped and its last {max_len} "
            "ids are kept, so an opinion given early in a long review never "
            "reaches the model. The few very long reviews are counted in the last "
            "bar."
        ),
        "ko": (
            "{max_len}단어 이상인 리뷰는 다 들어가지 않습니다 (시작 표시가 한 "
            "자리를 차지합니다). 앞부분이 잘리고 마지막 {max_len}개 id만 남기 "
            "때문에, 긴 리뷰의 앞쪽에 적힌 의견은 모델에 닿지 못합니다. 아주 긴 "
            "리뷰 몇 개는 마지막 막대에 함께 셉니다."
        ),
    },
    # one review step by step
    "data.steps_header": {
        "en": "One review, step by step",
        "ko": "리뷰 하나를 단계별로",
    },
    "data.review_number": {
        "en": "Training review number",
        "ko": "학습 리뷰 번호",
    },
    "data.random_review": {"en": "Pick a random review", "ko": "무작위 리뷰 고르기"},
    "data.review_label": {
        "en": "This review is labelled **{label}** and has {words} words.",
        "ko": "이 리뷰의 라벨은 **{label}**이고, 단어는 {words}개입니다.",
    },
    "data.label_1": {"en": "positive", "ko": "긍정"},
    "data.label_0": {"en": "negative", "ko": "부정"},
    "data.step_raw": {
        "en": "**1. The raw text**, exactly as it is stored (HTML tags included).",
        "ko": "**1. 원문**: 저장된 그대로입니다 (HTML 태그 포함).",
    },
    "data.step_tokens": {
        "en": (
            "**2. Tokens**: lower case, `<br />` and other tags removed, split at "
            "every character that is not a letter or a digit; an apostrophe inside "
            "a word stays (don't)."
        ),
        "ko": (
            "**2. 토큰**: 소문자로 바꾸고 `<br />` 같은 태그를 지운 뒤, 글자나 "
            "숫자가 아닌 문자마다 나눕니다. 단어 안의 아포스트로피는 남깁니다 "
            "(don't)."
        ),
    },
    "data.step_ids": {
        "en": (
            "**3. Ids**: the review starts with the start marker 1; a word of "
            "frequency rank r gets the id r + 3; a word outside the {num_words:,} "
            "ids becomes 2, 'unknown' (orange). Struck-out words do not fit in "
            "{max_len} ids and are dropped."
        ),
        "ko": (
            "**3. id**: 리뷰는 시작 표시 1로 시작합니다. 빈도 순위가 r인 단어는 "
            "id r + 3을 받고, {num_words:,}개 id 밖의 단어는 '모르는 단어'인 2가 "
            "됩니다 (주황색). 취소선이 그어진 단어는 {max_len}개 id에 들어가지 못해 "
            "잘려 나갑니다."
        ),
    },
    "data.step_padded": {
        "en": (
            "**4. The padded vector of {max_len}**: zeros are added in front (grey) "
            "so that every review has the same length; this row of numbers is all "
            "the model ever sees. Hover over a number to see its word."
        ),
        "ko": (
            "**4. 길이 {max_len}의 패딩된 벡터**: 모든 리뷰의 길이를 맞추려고 앞에 "
            "0을 채웁니다 (회색). 모델이 보는 것은 이 숫자 한 줄이 전부입니다. "
            "숫자 위에 마우스를 올리면 해당 단어가 보입니다."
        ),
    },
    "data.more_dropped": {
        "en": "... {count} more dropped words",
        "ko": "... 잘려 나간 단어 {count}개 더",
    },
    "data.padded_counts": {
        "en": "{pads} padding zeros, {words} word ids, {unknown} of them unknown.",
        "ko": (
            "패딩 0이 {pads}개, 단어 id가 {words}개이고 그중 {unknown}개는 모르는 "
            "단어입니다."
        ),
    },
    # browsing
    "data.browse_header": {"en": "Browse random reviews", "ko": "무작위 리뷰 둘러보기"},
    "data.browse_label": {
        "en": "Label: 👍 positive or 👎 negative",
        "ko": "라벨: 👍 긍정, 👎 부정",
    },
    "data.browse_again": {"en": "Show other reviews", "ko": "다른 리뷰 보기"},
    "data.browse_caption": {
        "en": "Training review {number} · {label} · {words} words",
        "ko": "학습 리뷰 {number}번 · {label} · {words}단어",
    },
    # frequent words
    "data.words_header": {
        "en": "The most frequent words of the vocabulary",
        "ko": "어휘에서 가장 자주 나오는 단어",
    },
    "data.words_count_label": {"en": "Words shown", "ko": "보여 줄 단어 수"},
    "data.words_title": {
        "en": "Occurrences in the training reviews",
        "ko": "학습 리뷰에서 나온 횟수",
    },
    "data.words_x": {"en": "occurrences", "ko": "등장 횟수"},
    "data.col_rank": {"en": "Rank", "ko": "순위"},
    "data.col_word": {"en": "Word", "ko": "단어"},
    "data.col_id": {"en": "Id", "ko": "id"},
    "data.col_count": {"en": "Occurrences", "ko": "등장 횟수"},
    "data.words_help": {
        "en": (
            "The vocabulary ranks the words of the training reviews by how often "
            "they occur; the model knows the {known:,} most frequent ones. The top "
            "of the list is small words such as 'the' and 'and', which say little "
            "about the opinion; the words that do (great, bad, boring) come "
            "further down."
        ),
        "ko": (
            "어휘는 학습 리뷰의 단어를 나온 횟수 순으로 줄 세운 것이고, 모델은 그중 "
            "가장 자주 나오는 {known:,}개를 압니다. 맨 위에는 'the'나 'and'처럼 "
            "의견과 별 상관없는 짧은 단어들이 있고, 의견을 드러내는 단어(great, "
            "bad, boring)는 그보다 아래에 나옵니다."
        ),
    },
}
