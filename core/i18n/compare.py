"""Texts of the Compare page."""

TEXTS = {
    "nav.compare": {"en": "Compare", "ko": "비교"},
    "compare.title": {"en": "Compare the trained models", "ko": "학습된 모델 비교"},
    "compare.intro": {
        "en": (
            "Every number here was measured on the same {count:,} test reviews, "
            "which no model saw during training."
        ),
        "ko": (
            "여기의 모든 수치는 어떤 모델도 학습 중에 보지 않은 같은 테스트 리뷰 "
            "{count:,}개에서 측정한 값입니다."
        ),
    },
    "compare.none": {
        "en": "No model is trained yet. Train the RNN and the LSTM first.",
        "ko": "아직 학습된 모델이 없습니다. 먼저 RNN과 LSTM을 학습시키세요.",
    },
    "compare.go_train": {"en": "Go to the Train page", "ko": "학습 페이지로 가기"},
    "compare.pick": {"en": "Models to compare", "ko": "비교할 모델"},
    "compare.pick_help": {
        "en": "Pick two or more, e.g. the LSTM with and without clipping.",
        "ko": "두 개 이상 고르세요. 예: 클리핑을 켠 LSTM과 끈 LSTM.",
    },
    "compare.pick_some": {
        "en": "Pick at least one model.",
        "ko": "모델을 하나 이상 고르세요.",
    },
    "compare.mixed_data": {
        "en": (
            "These models were tested on different data, so their numbers are "
            "not directly comparable."
        ),
        "ko": (
            "이 모델들은 서로 다른 데이터로 테스트되어 수치를 바로 비교할 수 없습니다."
        ),
    },
    "compare.damaged": {
        "en": "Skipped a damaged cache entry: {error}",
        "ko": "손상된 캐시 항목을 건너뛰었습니다: {error}",
    },
    "compare.accuracy_title": {"en": "Test accuracy", "ko": "테스트 정확도"},
    "compare.loss_title": {
        "en": "Test loss (lower is better)",
        "ko": "테스트 손실(낮을수록 좋음)",
    },
    "compare.table_header": {"en": "Details", "ko": "자세히"},
    "compare.confusion_header": {
        "en": "Where each model errs",
        "ko": "모델별 오답 유형",
    },
    "compare.confusion_help": {
        "en": "Rows: the true label; columns: what the model said.",
        "ko": "행은 실제 정답, 열은 모델의 예측입니다.",
    },
    "compare.true_label": {"en": "true label", "ko": "실제 정답"},
    "compare.predicted_label": {"en": "predicted", "ko": "예측"},
    "compare.negative": {"en": "negative", "ko": "부정"},
    "compare.positive": {"en": "positive", "ko": "긍정"},
    "compare.length_header": {
        "en": "Accuracy by review length",
        "ko": "리뷰 길이별 정확도",
    },
    "compare.length_help": {
        "en": (
            "Reviews are grouped by their length in words before truncation. A "
            "review over {max_len} tokens is cut to its last {max_len}, so for "
            "long reviews the model must carry the opinion across the whole window."
        ),
        "ko": (
            "잘리기 전 단어 수로 리뷰를 묶었습니다. {max_len} 토큰이 넘는 리뷰는 "
            "마지막 {max_len} 토큰만 남으므로, 긴 리뷰에서는 모델이 창 전체에 "
            "걸쳐 의견을 기억해야 합니다."
        ),
    },
    "compare.length_axis": {"en": "review length (words)", "ko": "리뷰 길이(단어)"},
    "compare.reviews_axis": {"en": "accuracy", "ko": "정확도"},
    "compare.bucket_range": {"en": "{low}–{high}", "ko": "{low}–{high}"},
    "compare.bucket_over": {"en": "over {low}", "ko": "{low} 초과"},
    "compare.bucket_counts": {
        "en": "Reviews per group: {counts}.",
        "ko": "그룹별 리뷰 수: {counts}.",
    },
    "compare.summary_best": {
        "en": (
            "{model} is the most accurate here: {accuracy:.1f}% of {count:,} test "
            "reviews."
        ),
        "ko": (
            "여기서 가장 정확한 모델은 {model}입니다: 테스트 리뷰 {count:,}개 중 "
            "{accuracy:.1f}%."
        ),
    },
    "compare.summary_gap": {
        "en": (
            "The LSTM beats the SimpleRNN by {gap:.1f} points ({lstm:.1f}% vs "
            "{rnn:.1f}%)."
        ),
        "ko": "LSTM이 SimpleRNN보다 {gap:.1f}%p 높습니다({lstm:.1f}% 대 {rnn:.1f}%).",
    },
    "compare.summary_gap_reversed": {
        "en": (
            "This time the SimpleRNN is ahead of the LSTM by {gap:.1f} points "
            "({rnn:.1f}% vs {lstm:.1f}%): with few reviews or epochs, luck weighs a "
            "lot."
        ),
        "ko": (
            "이번에는 SimpleRNN이 LSTM보다 {gap:.1f}%p 높습니다({rnn:.1f}% 대 "
            "{lstm:.1f}%). 리뷰나 에포크가 적으면 운의 영향이 큽니다."
        ),
    },
    "compare.summary_unfair": {
        "en": (
            "They were trained with different settings, so part of that gap may "
            "come from the settings rather than the architecture."
        ),
        "ko": (
            "두 모델은 서로 다른 설정으로 학습되었으므로, 이 차이의 일부는 구조가 "
            "아니라 설정에서 온 것일 수 있습니다."
        ),
    },
    "compare.summary_long": {
        "en": (
            "On the {count:,} reviews over {words} words the LSTM's lead is {gap:+.1f} "
            "points."
        ),
        "ko": (
            "{words}단어가 넘는 리뷰 {count:,}개에서 LSTM의 차이는 {gap:+.1f}%p입니다."
        ),
    },
    "compare.bow_header": {"en": "A simple reference", "ko": "간단한 비교 기준"},
    "compare.bow_help": {
        "en": (
            "The bag-of-words model ignores word order: it only knows which words "
            "occur in the review. If a sequence model cannot beat it, it has not "
            "learned much from the order of the words."
        ),
        "ko": (
            "단어 주머니 모델은 단어 순서를 무시하고 어떤 단어가 리뷰에 있는지만 "
            "봅니다. 순서를 읽는 모델이 이보다 못하다면 단어의 순서에서 배운 것이 "
            "많지 않다는 뜻입니다."
        ),
    },
    "compare.bow_train": {
        "en": "Train the bag-of-words reference (a few seconds)",
        "ko": "단어 주머니 기준 모델 학습(몇 초)",
    },
    "compare.bow_failed": {
        "en": "The reference model could not be trained: {error}",
        "ko": "기준 모델을 학습하지 못했습니다: {error}",
    },
    "compare.bow_cancelled": {
        "en": "Training the reference model was cancelled; press the button again.",
        "ko": "기준 모델 학습이 취소되었습니다. 버튼을 다시 누르세요.",
    },
    "compare.bow_queued": {
        "en": "The reference model is training; this page updates when it is done.",
        "ko": "기준 모델을 학습하는 중입니다. 끝나면 이 페이지가 갱신됩니다.",
    },
}
