"""Texts of the Train page."""

TEXTS = {
    "nav.train": {"en": "Train", "ko": "학습"},
    "train.title": {"en": "Train and watch them learn", "ko": "학습시키며 지켜보기"},
    "train.intro": {
        "en": (
            "Pick the models and a preset, then press Train. Training runs on the "
            "server in the background: you can switch pages, reload or open another "
            "tab, and everyone who opens this page sees the same run."
        ),
        "ko": (
            "모델과 프리셋을 고른 뒤 학습 버튼을 누르세요. 학습은 서버에서 "
            "백그라운드로 진행되므로 다른 페이지로 이동하거나 새로고침하거나 새 탭을 "
            "열어도 멈추지 않고, 이 페이지를 여는 모든 사람이 같은 학습을 봅니다."
        ),
    },
    "train.models": {"en": "Models", "ko": "모델"},
    "train.model.rnn": {"en": "SimpleRNN", "ko": "SimpleRNN"},
    "train.model.lstm": {"en": "LSTM", "ko": "LSTM"},
    "train.model.gru": {"en": "GRU", "ko": "GRU"},
    "train.model.bow": {
        "en": "Bag of words (reference)",
        "ko": "단어 주머니(비교 기준)",
    },
    "train.preset": {"en": "Preset", "ko": "프리셋"},
    "train.preset.quick": {"en": "Classroom quick", "ko": "수업용 빠른 설정"},
    "train.preset.seed": {"en": "Seed settings", "ko": "원본 예제 설정"},
    "train.preset.custom": {"en": "Custom", "ko": "직접 설정"},
    "train.preset_help.quick": {
        "en": "{train_size} reviews, {epochs} epochs: RNN and LSTM in under a minute.",
        "ko": "리뷰 {train_size}개, {epochs} 에포크: RNN과 LSTM이 1분 안에 끝납니다.",
    },
    "train.preset_help.seed": {
        "en": (
            "The classic example: all {train_size} training reviews, {epochs} "
            "epochs, batch {batch_size}. The LSTM takes about a minute."
        ),
        "ko": (
            "원본 예제 그대로: 학습 리뷰 {train_size}개 전부, {epochs} 에포크, "
            "배치 {batch_size}. LSTM은 1분쯤 걸립니다."
        ),
    },
    "train.preset_help.custom": {
        "en": "Every setting below can be changed; the defaults are the seed's.",
        "ko": "아래 설정을 모두 바꿀 수 있습니다. 기본값은 원본 예제의 값입니다.",
    },
    "train.field.train_size": {"en": "Training reviews", "ko": "학습 리뷰 수"},
    "train.field.epochs": {"en": "Epochs", "ko": "에포크"},
    "train.field.batch_size": {"en": "Batch size", "ko": "배치 크기"},
    "train.field.learning_rate": {"en": "Learning rate", "ko": "학습률"},
    "train.field.max_len": {
        "en": "Tokens per review (max_len)",
        "ko": "리뷰당 토큰 수(max_len)",
    },
    "train.field.num_words": {
        "en": "Vocabulary (num_words)",
        "ko": "어휘 크기(num_words)",
    },
    "train.field.embedding_dim": {"en": "Embedding size", "ko": "임베딩 크기"},
    "train.field.units": {"en": "Recurrent units", "ko": "순환 유닛 수"},
    "train.field.seed": {"en": "Random seed", "ko": "난수 시드"},
    "train.field.source": {"en": "Data", "ko": "데이터"},
    "train.source.movie-reviews": {
        "en": "Built-in IMDB reviews (offline)",
        "ko": "내장 IMDB 리뷰(오프라인)",
    },
    "train.source.keras": {
        "en": "Official Keras IMDB (downloads once)",
        "ko": "공식 Keras IMDB(처음 한 번 내려받음)",
    },
    "train.source.aclimdb": {
        "en": "My extracted aclImdb folder",
        "ko": "내가 압축을 푼 aclImdb 폴더",
    },
    "train.field.folder": {
        "en": "Path of the aclImdb folder",
        "ko": "aclImdb 폴더 경로",
    },
    "train.folder_missing": {
        "en": "Type the path of an extracted aclImdb folder.",
        "ko": "압축을 푼 aclImdb 폴더의 경로를 입력하세요.",
    },
    "train.clip_toggle": {"en": "Gradient clipping", "ko": "기울기 클리핑"},
    "train.clipnorm": {"en": "clipnorm", "ko": "clipnorm"},
    "train.clip_help": {
        "en": (
            "Adam(clipnorm=...) rescales each weight's gradient whose norm is above "
            "this value. It stops single huge steps; it does not bring back a "
            "gradient that has already vanished."
        ),
        "ko": (
            "Adam(clipnorm=...)은 노름이 이 값을 넘는 가중치 기울기를 줄여 줍니다. "
            "한 번에 너무 큰 업데이트는 막지만, 이미 사라진 기울기를 되살리지는 "
            "못합니다."
        ),
    },
    "train.bad_settings": {
        "en": "These settings are not valid: {error}",
        "ko": "설정이 올바르지 않습니다: {error}",
    },
    "train.data_error": {
        "en": "The data could not be loaded: {error}",
        "ko": "데이터를 불러오지 못했습니다: {error}",
    },
    "train.preparing_data": {
        "en": "Preparing the reviews (only the first time)...",
        "ko": "리뷰 데이터를 준비하는 중입니다(처음 한 번만)...",
    },
    "train.pick_model": {
        "en": "Tick at least one model.",
        "ko": "모델을 하나 이상 고르세요.",
    },
    "train.status_header": {"en": "Status", "ko": "상태"},
    "train.status.cached": {
        "en": (
            "**{model}**: already trained with these settings (test accuracy "
            "{accuracy:.1%}); loads at once."
        ),
        "ko": (
            "**{model}**: 이 설정으로 이미 학습됨(테스트 정확도 {accuracy:.1%}). 바로 "
            "불러옵니다."
        ),
    },
    "train.status.running": {
        "en": "**{model}**: training now.",
        "ko": "**{model}**: 지금 학습 중입니다.",
    },
    "train.status.queued": {
        "en": "**{model}**: waiting for the model ahead of it to finish.",
        "ko": "**{model}**: 앞의 모델이 끝나기를 기다리는 중입니다.",
    },
    "train.status.to_train": {
        "en": "**{model}**: must be trained, about {time}{rough}.",
        "ko": "**{model}**: 학습이 필요합니다. 약 {time}{rough}.",
    },
    "train.status.rough": {
        "en": " (a rough guess until this machine has trained one)",
        "ko": " (이 컴퓨터에서 한 번 학습하기 전까지는 대략적인 추정)",
    },
    "train.button": {"en": "Train", "ko": "학습 시작"},
    "train.button_help": {
        "en": "Trains the ticked models that are not cached yet, one after another.",
        "ko": "아직 저장되지 않은 선택 모델을 차례로 학습합니다.",
    },
    "train.nothing_to_train": {
        "en": "Every ticked model is trained or training already.",
        "ko": "선택한 모델이 모두 이미 학습되었거나 학습 중입니다.",
    },
    "train.started": {"en": "Queued: {models}.", "ko": "학습 대기열에 추가: {models}."},
    "train.cancel": {"en": "Cancel {model}", "ko": "{model} 취소"},
    "train.progress": {
        "en": (
            "{model}: epoch {epoch}/{epochs}, batch {batch}/{batches} · "
            "{speed:,.0f} reviews/s · {remaining} left"
        ),
        "ko": (
            "{model}: 에포크 {epoch}/{epochs}, 배치 {batch}/{batches} · "
            "초당 리뷰 {speed:,.0f}개 · 남은 시간 {remaining}"
        ),
    },
    "train.progress_starting": {
        "en": "{model}: starting...",
        "ko": "{model}: 시작하는 중...",
    },
    "train.progress_queued": {"en": "{model}: in the queue", "ko": "{model}: 대기 중"},
    "train.finished": {
        "en": "{model} finished: test accuracy {accuracy:.1%}.",
        "ko": "{model} 학습 완료: 테스트 정확도 {accuracy:.1%}.",
    },
    "train.failed": {
        "en": "{model} failed: {error}",
        "ko": "{model} 학습 실패: {error}",
    },
    "train.cancelled": {
        "en": "{model} was cancelled; nothing was saved.",
        "ko": "{model} 학습이 취소되었습니다. 아무것도 저장되지 않았습니다.",
    },
    "train.curves_header": {"en": "Learning curves", "ko": "학습 곡선"},
    "train.no_curves": {
        "en": "Curves appear here as soon as a model trains or is found in the cache.",
        "ko": "모델이 학습을 시작하거나 저장된 모델이 있으면 여기에 곡선이 나타납니다.",
    },
    "train.loss_title": {"en": "Loss (lower is better)", "ko": "손실(낮을수록 좋음)"},
    "train.accuracy_title": {"en": "Accuracy", "ko": "정확도"},
    "train.grad_title": {
        "en": "Gradient norm per batch, before clipping",
        "ko": "배치별 기울기 노름(클리핑 전)",
    },
    "train.grad_axis": {
        "en": "global gradient norm (log)",
        "ko": "전체 기울기 노름(로그)",
    },
    "train.epoch_axis": {"en": "epoch", "ko": "에포크"},
    "train.legend.running": {"en": "running", "ko": "진행 중 평균"},
    "train.legend.train": {"en": "train (epoch)", "ko": "학습(에포크)"},
    "train.legend.val": {"en": "validation", "ko": "검증"},
    "train.clip_line": {"en": "clipnorm = {value:g}", "ko": "clipnorm = {value:g}"},
    "train.curves_help": {
        "en": (
            "Thin lines: the running average of the current epoch, batch by batch. "
            "Dots: the epoch's training value; diamonds: the validation reviews, "
            "which the model never trains on. The gradient chart shows the norm of "
            "all gradients together, while Keras's clipnorm shortens each weight's "
            "gradient on its own: above the dotted line, some of the weights' "
            "gradients may have been shortened, not necessarily all of them."
        ),
        "ko": (
            "가는 선은 현재 에포크의 배치별 누적 평균입니다. 점은 에포크의 학습 "
            "값이고, 마름모는 모델이 학습에 쓰지 않는 검증 리뷰에서의 값입니다. "
            "기울기 그래프는 모든 기울기를 합친 노름입니다. Keras의 clipnorm은 "
            "가중치마다 따로 기울기를 줄이므로, 점선 위의 배치라도 전체가 잘린 "
            "것이 아니라 일부 가중치의 기울기만 줄었을 수 있습니다."
        ),
    },
    "train.server_jobs": {
        "en": "All training on this server",
        "ko": "이 서버의 모든 학습",
    },
    "train.no_jobs": {
        "en": "Nothing has been trained since the server started.",
        "ko": "서버가 시작된 뒤 학습한 모델이 없습니다.",
    },
    "train.job_line": {"en": "{model} · {state}", "ko": "{model} · {state}"},
    "train.state.queued": {"en": "queued", "ko": "대기 중"},
    "train.state.running": {"en": "running", "ko": "학습 중"},
    "train.state.done": {"en": "done", "ko": "완료"},
    "train.state.failed": {"en": "failed", "ko": "실패"},
    "train.state.cancelled": {"en": "cancelled", "ko": "취소됨"},
    "train.go_compare": {
        "en": "Compare the trained models",
        "ko": "학습된 모델 비교하기",
    },
    "time.seconds": {"en": "{value:.0f} s", "ko": "{value:.0f}초"},
    "time.minutes": {
        "en": "{minutes} min {seconds} s",
        "ko": "{minutes}분 {seconds}초",
    },
}
