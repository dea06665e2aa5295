"""Texts of the Why page: gradient flow, clipping and memory, measured."""

TEXTS = {
    "nav.why": {"en": "Why the LSTM wins", "ko": "LSTM이 이기는 이유"},
    "why.title": {
        "en": "Why the LSTM wins, measured on your models",
        "ko": "LSTM이 이기는 이유, 내 모델로 직접 재 보기",
    },
    "why.intro": {
        "en": (
            "The lecture notes make three claims: a plain RNN's gradient "
            "vanishes as it travels back through time, gradient clipping keeps "
            "exploding gradients in check, and an RNN forgets the beginning of "
            "a long review. Here each claim is put to the test on the models "
            "trained in this dashboard. Every number and every sentence below "
            "comes from a measurement."
        ),
        "ko": (
            "강의 노트는 세 가지를 주장합니다. 단순 RNN의 기울기는 시간을 "
            "거슬러 갈수록 사라지고, 기울기 클리핑은 폭발하는 기울기를 "
            "다스리며, RNN은 긴 리뷰의 앞부분을 잊어버린다는 것입니다. 이 "
            "페이지에서는 대시보드에서 학습한 모델로 각 주장을 직접 "
            "확인합니다. 아래의 모든 수치와 문장은 측정 결과에서 나옵니다."
        ),
    },
    "why.no_models": {
        "en": (
            "No recurrent model is trained yet. Train the RNN and the LSTM "
            "first; the clipping experiment below can start on its own."
        ),
        "ko": (
            "아직 학습된 순환 모델이 없습니다. 먼저 RNN과 LSTM을 "
            "학습시키세요. 아래의 클리핑 실험은 따로 시작할 수 있습니다."
        ),
    },
    "why.go_train": {"en": "Go to the Train page", "ko": "학습 페이지로 가기"},
    "why.pick": {"en": "Models to examine", "ko": "살펴볼 모델"},
    "why.pick_help": {
        "en": "One of each kind is chosen at first: the one trained on the most data.",
        "ko": "처음에는 종류마다 가장 많은 데이터로 학습한 모델이 골라져 있습니다.",
    },
    "why.entry_label": {
        "en": "{model} · {reviews:,} reviews · {epochs} epochs · clipnorm {clip}",
        "ko": "{model} · 리뷰 {reviews:,}개 · 에폭 {epochs} · clipnorm {clip}",
    },
    "why.clip_off": {"en": "off", "ko": "끔"},
    "why.pick_some": {
        "en": "Pick at least one model to measure.",
        "ko": "측정할 모델을 하나 이상 고르세요.",
    },
    "why.measure_failed": {
        "en": "Could not measure {model}: {error}",
        "ko": "{model} 측정에 실패했습니다: {error}",
    },
    "why.progress": {
        "en": "Measuring {model} ({index} of {count}): {percent:.0f}%",
        "ko": "{model} 측정 중({count}개 중 {index}번째): {percent:.0f}%",
    },
    # 1. gradient flow
    "why.grad.header": {
        "en": "1. How far back does the gradient reach?",
        "ko": "1. 기울기는 얼마나 먼 과거까지 닿을까?",
    },
    "why.grad.explain": {
        "en": (
            "For each word of a review, we ask how strongly the loss reacts to "
            "that word's embedding vector x_t: the norm of d(loss)/d(x_t). "
            "Only this gradient can teach the model something about word t. "
            "The curves are drawn relative to the last word, so a value of "
            "10⁻⁴ at the first word means the first word receives a "
            "ten-thousandth of the signal the last one gets. The right chart "
            "repeats the measurement with the same architecture and seed "
            "before any training."
        ),
        "ko": (
            "리뷰의 각 단어마다, 손실이 그 단어의 임베딩 벡터 x_t에 얼마나 "
            "민감한지, 즉 d(손실)/d(x_t)의 노름을 잽니다. 모델이 t번째 "
            "단어에 대해 배우는 길은 이 기울기뿐입니다. 곡선은 마지막 "
            "단어를 기준으로 그렸으므로, 첫 단어에서 값이 10⁻⁴라면 첫 "
            "단어가 마지막 단어의 만분의 일만큼만 신호를 받는다는 뜻입니다. "
            "오른쪽 그래프는 같은 구조와 시드로, 학습하기 전에 같은 측정을 "
            "한 결과입니다."
        ),
    },
    "why.grad.missing": {
        "en": (
            "Not measured yet: {models}. Each model takes from a few seconds "
            "to about a minute."
        ),
        "ko": "아직 측정하지 않은 모델: {models}. 모델마다 몇 초에서 1분쯤 걸립니다.",
    },
    "why.grad.button": {"en": "Measure the gradient flow", "ko": "기울기 흐름 측정"},
    "why.grad.trained_title": {"en": "After training", "ko": "학습 후"},
    "why.grad.untrained_title": {
        "en": "Before training (same architecture and seed)",
        "ko": "학습 전(같은 구조, 같은 시드)",
    },
    "why.grad.x_axis": {
        "en": "time step t (1 = oldest word in the window)",
        "ko": "타임스텝 t (1 = 창에서 가장 오래된 단어)",
    },
    "why.grad.y_axis": {
        "en": "‖d loss / d x_t‖, relative to the last step",
        "ko": "‖d 손실 / d x_t‖, 마지막 스텝 대비",
    },
    "why.grad.caption": {
        "en": (
            "Measured on test reviews with at least {steps} words, so every "
            "step holds a real word. Each line is a geometric mean over the "
            "reviews (the mean of the logarithms): one review's gradients can "
            "be thousands of times larger than another's, and a plain mean "
            "would only follow the largest few. Each chart has its own "
            "vertical scale."
        ),
        "ko": (
            "모든 스텝에 실제 단어가 들어가도록 {steps}단어 이상인 테스트 "
            "리뷰로 쟀습니다. 각 선은 리뷰들의 기하평균(로그의 평균)입니다. "
            "리뷰마다 기울기 크기가 수천 배씩 차이 날 수 있어서, 산술평균을 "
            "쓰면 가장 큰 몇 개만 따라가게 되기 때문입니다. 두 그래프의 세로 "
            "눈금은 서로 다릅니다."
        ),
    },
    "why.grad.summary_intro": {
        "en": "Measured over {steps} steps on {reviews} test reviews.",
        "ko": "테스트 리뷰 {reviews}개로 {steps}스텝에 걸쳐 측정했습니다.",
    },
    "why.grad.summary_model": {
        "en": (
            "{model}: at the first word the gradient is {trained} of its size "
            "at the last word after training, and {untrained} before training."
        ),
        "ko": (
            "{model}: 학습 후 첫 단어의 기울기는 마지막 단어 대비 {trained}, "
            "학습 전에는 {untrained}입니다."
        ),
    },
    "why.grad.at_most": {
        "en": "at most {value} (some gradients fell below float32's range)",
        "ko": "{value} 이하(일부 기울기가 float32로 나타낼 수 있는 범위보다 작음)",
    },
    "why.grad.summary_trained_gap": {
        "en": (
            "After training, the {weaker}'s gradient fades by {orders:.1f} "
            "orders of magnitude more than the {stronger}'s."
        ),
        "ko": (
            "학습 후에는 {weaker}의 기울기가 {stronger}보다 "
            "{orders:.1f}자릿수 더 크게 줄어듭니다."
        ),
    },
    "why.grad.summary_trained_alike": {
        "en": (
            "After training, the SimpleRNN's and the LSTM's gradients fade "
            "about equally (within half an order of magnitude)."
        ),
        "ko": (
            "학습 후에는 SimpleRNN과 LSTM의 기울기가 거의 같은 정도로 "
            "줄어듭니다(차이가 0.5자릿수 미만)."
        ),
    },
    "why.grad.summary_untrained_gap": {
        "en": (
            "Before training, the {weaker}'s gradient fades by {orders:.1f} "
            "orders of magnitude more than the {stronger}'s."
        ),
        "ko": (
            "학습 전에는 {weaker}의 기울기가 {stronger}보다 "
            "{orders:.1f}자릿수 더 크게 줄어듭니다."
        ),
    },
    "why.grad.summary_untrained_alike": {
        "en": "Before training, the two fade about equally.",
        "ko": "학습 전에는 둘이 거의 같은 정도로 줄어듭니다.",
    },
    "why.grad.summary_learned": {
        "en": (
            "So the SimpleRNN's disadvantage is not there at the start: it "
            "appears as the weights are trained."
        ),
        "ko": (
            "즉 SimpleRNN의 약점은 처음부터 있던 것이 아니라, 가중치를 "
            "학습하는 동안 생겨납니다."
        ),
    },
    "why.grad.summary_built_in": {
        "en": (
            "The SimpleRNN fades more even before training: the difference "
            "comes with the architecture."
        ),
        "ko": (
            "SimpleRNN은 학습 전에도 더 많이 줄어듭니다. 이 차이는 구조에서 비롯됩니다."
        ),
    },
    # 2. clipping
    "why.clip.header": {
        "en": "2. What does gradient clipping do?",
        "ko": "2. 기울기 클리핑은 무엇을 할까?",
    },
    "why.clip.explain": {
        "en": (
            "Every training run records the norm of all gradients together, "
            "batch by batch, before clipping. Two runs that differ only in "
            "clipping show whether the gradient spiked and what clipping "
            "changed."
        ),
        "ko": (
            "학습할 때마다 배치별로, 클리핑하기 전 전체 기울기의 노름을 "
            "기록합니다. 클리핑 여부만 다른 두 실행을 나란히 놓으면 기울기가 "
            "튀었는지, 클리핑이 무엇을 바꿨는지 볼 수 있습니다."
        ),
    },
    "why.clip.none": {
        "en": "No two trained models differ only in clipping yet.",
        "ko": "아직 클리핑 여부만 다른 두 모델이 없습니다.",
    },
    "why.clip.pick": {"en": "Pair of runs", "ko": "비교할 두 실행"},
    "why.clip.pair_label": {
        "en": "{model} · {reviews:,} reviews · {epochs} epochs",
        "ko": "{model} · 리뷰 {reviews:,}개 · 에폭 {epochs}",
    },
    "why.clip.train_button": {
        "en": "Train the quick SimpleRNN with and without clipping",
        "ko": "빠른 SimpleRNN을 클리핑 켜고 끄고 두 번 학습",
    },
    "why.clip.train_help": {
        "en": (
            "Two runs of the “Classroom quick” preset: clipnorm = {clipnorm:g} "
            "and no clipping. They train in the background, one after the "
            "other; you can leave the page meanwhile."
        ),
        "ko": (
            "“수업용 빠른 학습” 설정으로 두 번 학습합니다. 한 번은 "
            "clipnorm = {clipnorm:g}, 한 번은 클리핑 없이. 백그라운드에서 "
            "차례로 진행되므로 그동안 다른 페이지로 가도 됩니다."
        ),
    },
    "why.clip.trained_already": {
        "en": "Both quick runs are trained.",
        "ko": "빠른 학습 두 번이 모두 끝나 있습니다.",
    },
    "why.clip.side_on": {
        "en": "clipnorm = {clipnorm:g}",
        "ko": "clipnorm = {clipnorm:g}",
    },
    "why.clip.side_off": {"en": "no clipping", "ko": "클리핑 없음"},
    "why.clip.queued": {
        "en": "{run}: waiting for the job ahead",
        "ko": "{run}: 앞의 작업을 기다리는 중",
    },
    "why.clip.starting": {
        "en": "{run}: preparing the data and the model",
        "ko": "{run}: 데이터와 모델을 준비하는 중",
    },
    "why.clip.running": {
        "en": "{run}: epoch {epoch}/{epochs}, batch {batch}/{batches}",
        "ko": "{run}: 에폭 {epoch}/{epochs}, 배치 {batch}/{batches}",
    },
    "why.clip.failed": {
        "en": "{run}: training failed ({error})",
        "ko": "{run}: 학습 실패({error})",
    },
    "why.clip.cancelled": {
        "en": "{run}: training was cancelled",
        "ko": "{run}: 학습이 취소되었습니다",
    },
    "why.clip.title": {
        "en": "Norm of all gradients per batch, before clipping",
        "ko": "배치별 전체 기울기 노름(클리핑 전)",
    },
    "why.clip.x_axis": {"en": "epoch", "ko": "에폭"},
    "why.clip.y_axis": {"en": "gradient norm (log scale)", "ko": "기울기 노름(로그)"},
    "why.clip.line": {"en": "clipnorm = {value:g}", "ko": "clipnorm = {value:g}"},
    "why.clip.caption": {
        "en": (
            "Keras applies clipnorm to each weight's gradient separately. A "
            "batch below the dotted line was left untouched; above it, the "
            "weights with the longest gradients may have been shortened."
        ),
        "ko": (
            "Keras는 clipnorm을 가중치마다 따로 적용합니다. 점선 아래의 "
            "배치는 그대로 쓰였고, 점선 위에서는 기울기가 가장 긴 가중치들이 "
            "잘렸을 수 있습니다."
        ),
    },
    "why.clip.summary_off": {
        "en": (
            "Without clipping, the {model}'s {batches:,} batches had a median "
            "gradient norm of {median:.2f} and a largest of {largest:.2f}; "
            "{above:.0f}% of them were above {clipnorm:g}."
        ),
        "ko": (
            "클리핑 없이 학습한 {model}의 배치 {batches:,}개에서 기울기 노름은 "
            "중앙값 {median:.2f}, 최댓값 {largest:.2f}. 그중 {above:.0f}%가 "
            "{clipnorm:g}보다 컸습니다."
        ),
    },
    "why.clip.summary_on": {
        "en": (
            "With clipnorm = {clipnorm:g}, the norms before clipping had a "
            "median of {median:.2f} and a largest of {largest:.2f}; "
            "{above:.0f}% were above the limit."
        ),
        "ko": (
            "clipnorm = {clipnorm:g} 설정으로 학습했을 때는 클리핑 전 노름이 중앙값 "
            "{median:.2f}, 최댓값 {largest:.2f}. 그중 {above:.0f}%가 한계를 "
            "넘었습니다."
        ),
    },
    "why.clip.summary_accuracy": {
        "en": "Test accuracy: {on:.1f}% with clipping, {off:.1f}% without.",
        "ko": "테스트 정확도는 클리핑을 켰을 때 {on:.1f}%, 껐을 때 {off:.1f}%입니다.",
    },
    # 3. memory
    "why.memory.header": {
        "en": "3. How long does a model keep the opinion in mind?",
        "ko": "3. 모델은 의견을 얼마나 오래 기억할까?",
    },
    "why.memory.explain": {
        "en": (
            "We take test reviews a model classifies correctly and append N "
            "neutral filler words. Reviews keep their last {max_len} words, so "
            "the review itself moves N steps into the past. If the model "
            "remembers, it should still give the right answer."
        ),
        "ko": (
            "모델이 맞게 분류한 테스트 리뷰 뒤에 중립적인 채움 단어 N개를 "
            "붙입니다. 리뷰는 마지막 {max_len}단어만 남기 때문에, 원래 리뷰가 "
            "N스텝만큼 과거로 밀려납니다. 모델이 기억하고 있다면 여전히 "
            "맞는 답을 내야 합니다."
        ),
    },
    "why.memory.missing": {
        "en": (
            "Not measured yet: {models}. Each model takes from a few seconds "
            "to about half a minute."
        ),
        "ko": "아직 측정하지 않은 모델: {models}. 모델마다 몇 초에서 30초쯤 걸립니다.",
    },
    "why.memory.button": {"en": "Run the memory test", "ko": "기억력 테스트 실행"},
    "why.memory.title": {
        "en": "Accuracy with the review moved N steps back",
        "ko": "리뷰를 N스텝 과거로 밀었을 때의 정확도",
    },
    "why.memory.x_axis": {
        "en": "N: filler words appended after the review",
        "ko": "N: 리뷰 뒤에 붙인 채움 단어 수",
    },
    "why.memory.y_axis": {
        "en": "accuracy on reviews it first got right",
        "ko": "처음에 맞힌 리뷰에서의 정확도",
    },
    "why.memory.caption": {
        "en": (
            "At N = {max_len} only filler is left in the window: every review "
            "gets the same answer, and the accuracy is the share of reviews "
            "with that label."
        ),
        "ko": (
            "N = {max_len}에서는 창에 채움 단어만 남습니다. 모든 리뷰가 같은 "
            "답을 받으므로, 정확도는 그 레이블을 가진 리뷰의 비율과 같습니다."
        ),
    },
    "why.memory.summary_filler": {
        "en": (
            "The filler repeats {words}. In the training reviews, between "
            "{low:.1f}% and {high:.1f}% of each of these words' occurrences "
            "are in positive reviews, so none of them leans either way."
        ),
        "ko": (
            "채움 단어로는 다음 단어들을 차례로 반복해 씁니다: {words}. 학습 "
            "리뷰에서 이 단어들이 나온 자리 가운데 긍정 리뷰에 속한 비율은 "
            "단어마다 {low:.1f}%에서 {high:.1f}% 사이여서, 어느 쪽으로도 "
            "기울지 않습니다."
        ),
    },
    "why.memory.summary_model": {
        "en": (
            "{model} ({reviews} reviews): with the opinion {distance} words "
            "back it is right on {accuracy:.0f}% of them; from N = "
            "{floor} on it answers as it does to filler alone (positive with "
            "probability {filler:.0f}%)."
        ),
        "ko": (
            "{model}(리뷰 {reviews}개): 의견이 {distance}단어 뒤로 밀리면 "
            "{accuracy:.0f}%를 맞힙니다. N = {floor}부터는 채움 단어만 있을 "
            "때와 같은 답을 냅니다(긍정일 확률 {filler:.0f}%)."
        ),
    },
    "why.memory.summary_biased": {
        "en": (
            "So a window of filler alone is not neutral to {models}, although "
            "its words are balanced in the training reviews. The curve then "
            "shows how many filler words it takes to overrule the review; the "
            "reviews that flip are those of the other label."
        ),
        "ko": (
            "채움 단어들은 학습 리뷰에서 균형을 이루지만, 채움 단어로만 채운 "
            "창은 {models}에게 중립적이지 않습니다. 그래서 이 곡선은 채움 "
            "단어가 몇 개 쌓여야 리뷰의 의견을 뒤집는지를 보여 주며, 답이 "
            "바뀌는 리뷰는 반대 레이블의 리뷰입니다."
        ),
    },
}
