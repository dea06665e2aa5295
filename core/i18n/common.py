"""Texts shared by every page: navigation, model names, the home page."""

TEXTS = {
    # navigation
    "nav.home": {"en": "Home", "ko": "홈"},
    "nav.section.learn": {"en": "Learn", "ko": "배우기"},
    "nav.section.experiment": {"en": "Experiment", "ko": "실험하기"},
    # home page
    "home.title": {
        "en": "Why does an LSTM beat a plain RNN?",
        "ko": "LSTM은 왜 단순 RNN보다 나을까?",
    },
    "home.intro": {
        "en": (
            "This dashboard answers that question on real data: 25,000 IMDB movie "
            "reviews, each labelled positive or negative. You train a SimpleRNN, an "
            "LSTM and a GRU with the same settings, watch them learn, look inside "
            "the LSTM's gates and measure where the plain RNN fails."
        ),
        "ko": (
            "이 대시보드는 실제 데이터로 그 질문에 답합니다. 긍정 또는 부정으로 "
            "표시된 IMDB 영화 리뷰 25,000개로 SimpleRNN, LSTM, GRU를 같은 설정으로 "
            "학습시키고, 배우는 과정을 지켜보고, LSTM 게이트의 속을 들여다보며, "
            "단순 RNN이 어디서 무너지는지 직접 측정합니다."
        ),
    },
    "home.lessons_header": {"en": "What you will see", "ko": "여기서 보게 될 것"},
    "home.lessons": {
        "en": (
            "- **Vanishing gradients**: in a plain RNN the learning signal shrinks "
            "at every step back in time, so early words barely teach it anything.\n"
            "- **Exploding gradients**: sometimes the signal grows instead; "
            "gradient clipping (`clipnorm`) keeps a step from blowing up.\n"
            "- **Long-term dependencies**: an opinion stated early in a long review "
            "fades from a plain RNN's single hidden state.\n"
            "- **The LSTM's answer**: a separate cell state c and three gates "
            "(forget, input, output) decide what to erase, what to store and what "
            "to show, so information and gradients can travel far."
        ),
        "ko": (
            "- **기울기 소실**: 단순 RNN에서는 시간을 거슬러 갈수록 학습 신호가 "
            "작아져서, 앞쪽 단어들은 거의 학습에 기여하지 못합니다.\n"
            "- **기울기 폭발**: 반대로 신호가 커지는 경우도 있습니다. 기울기 "
            "클리핑(`clipnorm`)이 한 번의 업데이트가 폭주하지 않게 막아 줍니다.\n"
            "- **장기 의존성**: 긴 리뷰의 앞부분에 나온 의견은 단순 RNN의 하나뿐인 "
            "은닉 상태에서 점점 흐려집니다.\n"
            "- **LSTM의 해법**: 별도의 셀 상태 c와 세 개의 게이트(망각, 입력, "
            "출력)가 무엇을 지우고, 무엇을 저장하고, 무엇을 내보낼지 정하기 "
            "때문에 정보와 기울기가 멀리까지 전달됩니다."
        ),
    },
    "home.models_header": {"en": "Trained models", "ko": "학습된 모델"},
    "home.no_models": {
        "en": (
            "No model is trained yet. Training the default RNN and LSTM takes a minute "
            "or two; the gate calculator and the concepts work without them."
        ),
        "ko": (
            "아직 학습된 모델이 없습니다. 기본 RNN과 LSTM 학습에는 1~2분이 "
            "걸립니다. 게이트 계산기와 개념 페이지는 모델 없이도 동작합니다."
        ),
    },
    "home.damaged_entry": {
        "en": (
            "A cached model is damaged and will be trained again when needed: {problem}"
        ),
        "ko": "저장된 모델 하나가 손상되어 필요할 때 다시 학습합니다: {problem}",
    },
    "home.next.concepts": {
        "en": "What goes wrong in a plain RNN, and the LSTM's answer, with a toy.",
        "ko": "단순 RNN에서 무엇이 잘못되는지, LSTM의 해법은 무엇인지 장난감 예제로.",
    },
    "home.next.gates": {
        "en": "Move sliders and watch one LSTM step: every gate, state and equation.",
        "ko": "슬라이더를 움직이며 LSTM 한 단계를 관찰: 모든 게이트, 상태, 수식.",
    },
    "home.next.data": {
        "en": "The reviews, and how one of them becomes 200 numbers.",
        "ko": "리뷰 데이터와, 리뷰 하나가 숫자 200개가 되는 과정.",
    },
    "home.next.train": {
        "en": "Train the RNN and the LSTM side by side and watch them learn.",
        "ko": "RNN과 LSTM을 나란히 학습시키며 배우는 과정을 지켜보기.",
    },
    "home.next.compare": {
        "en": "Test accuracy, errors and long reviews, measured.",
        "ko": "테스트 정확도, 오답, 긴 리뷰에서의 차이를 측정한 결과.",
    },
    "home.next.why": {
        "en": "Gradient flow, clipping and memory, measured on your models.",
        "ko": "기울기 흐름, 클리핑, 기억력을 내 모델에서 직접 측정.",
    },
    "home.next.classify": {
        "en": "Type a review and see what each model thinks, word by word.",
        "ko": "리뷰를 입력하고 각 모델의 판단을 단어 단위로 확인.",
    },
    "home.next_header": {"en": "Where to go next", "ko": "다음으로 가 볼 곳"},
    # table columns shared by pages that list models
    "col.model": {"en": "Model", "ko": "모델"},
    "col.test_accuracy": {"en": "Test accuracy", "ko": "테스트 정확도"},
    "col.test_loss": {"en": "Test loss", "ko": "테스트 손실"},
    "col.train_reviews": {"en": "Training reviews", "ko": "학습 리뷰 수"},
    "col.epochs": {"en": "Epochs", "ko": "에포크"},
    "col.clipnorm": {"en": "clipnorm", "ko": "clipnorm"},
    "col.trained_at": {"en": "Trained", "ko": "학습 시각"},
    "col.seconds": {"en": "Training time (s)", "ko": "학습 시간(초)"},
    "col.params": {"en": "Parameters", "ko": "파라미터 수"},
    "value.off": {"en": "off", "ko": "끔"},
    "value.all": {"en": "all", "ko": "전체"},
    "model.rnn": {"en": "SimpleRNN", "ko": "SimpleRNN"},
    "model.lstm": {"en": "LSTM", "ko": "LSTM"},
    "model.gru": {"en": "GRU", "ko": "GRU"},
    "model.bow": {"en": "Bag of words", "ko": "단어 주머니"},
}
