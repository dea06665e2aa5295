"""Texts of the gate calculator page."""

TEXTS = {
    "nav.gates": {"en": "Gate calculator", "ko": "게이트 계산기"},
    "gates.title": {"en": "LSTM gate calculator", "ko": "LSTM 게이트 계산기"},
    "gates.intro": {
        "en": (
            "One LSTM step, computed while you move the sliders. $x_t$ is this "
            "step's input; the hidden state $h_{t-1}$ and the cell state "
            "$c_{t-1}$ are what the cell carries over from the step before. The "
            "weights are random or typed in by you: the point is to see what "
            "each gate does, not to predict anything."
        ),
        "ko": (
            "슬라이더를 움직이면 LSTM의 한 스텝이 바로 다시 계산됩니다. $x_t$는 "
            "이번 스텝의 입력이고, 은닉 상태 $h_{t-1}$와 셀 상태 $c_{t-1}$는 "
            "이전 스텝에서 넘어온 값입니다. 가중치는 무작위로 만들거나 직접 "
            "입력합니다. 무언가를 예측하려는 것이 아니라, 각 게이트가 어떤 "
            "일을 하는지 눈으로 확인하는 것이 목적입니다."
        ),
    },
    # modes and inputs
    "gates.mode": {"en": "Mode", "ko": "모드"},
    "gates.mode.step": {"en": "One step", "ko": "한 스텝"},
    "gates.mode.sequence": {"en": "Several steps", "ko": "여러 스텝"},
    "gates.mode.real": {"en": "A trained LSTM", "ko": "학습된 LSTM"},
    "gates.size": {"en": "Size of x, h and c", "ko": "x, h, c의 크기"},
    "gates.size.help": {
        "en": (
            "How many numbers each vector holds. The input size and the number "
            "of units (Keras's `units`) are kept equal here."
        ),
        "ko": (
            "각 벡터가 가진 숫자의 개수입니다. 여기서는 입력 크기와 유닛 수"
            "(Keras의 `units`)를 같게 둡니다."
        ),
    },
    "gates.inputs.x": {"en": "Input $x_t$", "ko": "입력 $x_t$"},
    "gates.inputs.h": {
        "en": "Hidden state $h_{t-1}$",
        "ko": "이전 은닉 상태 $h_{t-1}$",
    },
    "gates.inputs.c": {"en": "Cell state $c_{t-1}$", "ko": "이전 셀 상태 $c_{t-1}$"},
    "gates.weights": {"en": "Weights", "ko": "가중치"},
    "gates.weights.source": {"en": "Weights from", "ko": "가중치 만들기"},
    "gates.weights.seed": {"en": "a seed", "ko": "시드로"},
    "gates.weights.table": {"en": "a table", "ko": "표에서 수정"},
    "gates.seed": {"en": "Seed", "ko": "시드"},
    "gates.seed.help": {
        "en": "The same seed always draws the same weights.",
        "ko": "같은 시드는 언제나 같은 가중치를 만듭니다.",
    },
    "gates.new_weights": {"en": "New weights", "ko": "새 가중치"},
    "gates.table.caption": {
        "en": (
            "One table per gate, one row per unit. Column W*k* multiplies "
            "$x_k$, column U*k* multiplies $h_{t-1,k}$, and b is the bias. "
            "The tables start from the seed's weights; a new seed starts them "
            "again."
        ),
        "ko": (
            "게이트마다 표가 하나이고, 한 행이 유닛 하나입니다. W*k* 열은 "
            "$x_k$에, U*k* 열은 $h_{t-1,k}$에 곱해지며 b는 편향입니다. 표는 "
            "시드로 만든 가중치에서 시작하고, 시드를 바꾸면 처음부터 다시 "
            "시작합니다."
        ),
    },
    "gates.preset": {"en": "Preset", "ko": "프리셋"},
    "gates.preset.none": {"en": "Weights as they are", "ko": "가중치 그대로"},
    "gates.preset.forget_wipe": {
        "en": "Forget gate ≈ 0",
        "ko": "망각 게이트 ≈ 0",
    },
    "gates.preset.forget_keep": {
        "en": "Forget gate ≈ 1",
        "ko": "망각 게이트 ≈ 1",
    },
    "gates.preset.input_closed": {
        "en": "Input gate closed",
        "ko": "입력 게이트 닫힘",
    },
    "gates.preset.output_closed": {
        "en": "Output gate closed",
        "ko": "출력 게이트 닫힘",
    },
    "gates.preset.none.help": {
        "en": "Every gate is computed from the weights; nothing is forced.",
        "ko": "모든 게이트를 가중치로 계산합니다. 강제로 고정한 게이트는 없습니다.",
    },
    "gates.preset.forget_wipe.help": {
        "en": (
            "The forget gate is pinned near 0: the old cell state is wiped and "
            "$c_t$ holds only what the input gate lets in."
        ),
        "ko": (
            "망각 게이트를 0 근처에 고정합니다. 이전 셀 상태가 지워지고, "
            "$c_t$에는 입력 게이트가 들여보낸 값만 남습니다."
        ),
    },
    "gates.preset.forget_keep.help": {
        "en": (
            "The forget gate is pinned near 1: the old cell state passes on "
            "untouched and the new input is added on top. Try it in the "
            '"Several steps" mode.'
        ),
        "ko": (
            "망각 게이트를 1 근처에 고정합니다. 이전 셀 상태가 그대로 넘어가고 "
            "새 입력은 그 위에 더해집니다. '여러 스텝' 모드에서도 확인해 보세요."
        ),
    },
    "gates.preset.input_closed.help": {
        "en": (
            "The input gate is pinned near 0: the candidate is ignored, so the "
            "new input cannot change the cell state."
        ),
        "ko": (
            "입력 게이트를 0 근처에 고정합니다. 후보 값이 무시되므로 새 입력이 "
            "셀 상태를 바꾸지 못합니다."
        ),
    },
    "gates.preset.output_closed.help": {
        "en": (
            "The output gate is pinned near 0: the cell state is still updated, "
            "but the hidden state h stays near 0 and shows none of it."
        ),
        "ko": (
            "출력 게이트를 0 근처에 고정합니다. 셀 상태는 여전히 갱신되지만, "
            "은닉 상태 h는 0 근처에 머물러 셀의 내용을 전혀 드러내지 않습니다."
        ),
    },
    "gates.preset.caption": {
        "en": (
            "A preset sets the gate's W and U to 0 and its bias to ±8, so the "
            "gate stays at σ(±8) ≈ 0.9997 or 0.0003 whatever the input."
        ),
        "ko": (
            "프리셋은 해당 게이트의 W와 U를 0으로, 편향을 ±8로 바꿉니다. 그래서 "
            "입력과 상관없이 게이트 값이 σ(±8) ≈ 0.9997 또는 0.0003으로 "
            "고정됩니다."
        ),
    },
    # output
    "gates.unit": {"en": "Unit shown in detail", "ko": "자세히 볼 유닛"},
    "gates.unit_word": {"en": "unit", "ko": "유닛"},
    "gates.unit_name": {"en": "Unit {n}", "ko": "유닛 {n}"},
    "gates.chart.gates": {
        "en": "Gates (0 = closed, 1 = open)",
        "ko": "게이트 (0 = 닫힘, 1 = 열림)",
    },
    "gates.chart.states": {
        "en": "Candidate and states (−1 to 1)",
        "ko": "후보 값과 상태 (−1 ~ 1)",
    },
    "gates.name.f": {"en": "forget f", "ko": "망각 f"},
    "gates.name.i": {"en": "input i", "ko": "입력 i"},
    "gates.name.o": {"en": "output o", "ko": "출력 o"},
    "gates.name.g": {"en": "candidate g", "ko": "후보 g"},
    "gates.name.c_tm1": {"en": "c(t−1)", "ko": "c(t−1)"},
    "gates.name.c": {"en": "c(t)", "ko": "c(t)"},
    "gates.name.h_tm1": {"en": "h(t−1)", "ko": "h(t−1)"},
    "gates.name.h": {"en": "h(t)", "ko": "h(t)"},
    "gates.name.dc": {"en": "change of c", "ko": "c의 변화"},
    "gates.values.header": {
        "en": "Every value of this step",
        "ko": "이 스텝의 모든 값",
    },
    "gates.explain.header": {
        "en": "What each gate did in unit {n}",
        "ko": "유닛 {n}에서 각 게이트가 한 일",
    },
    "gates.explain.forget.closed": {
        "en": (
            "**1. Forget gate** f = {f:.3f}: nearly closed, so the old memory "
            "is wiped. Of $c_{{t-1}}$ = {c_tm1:.3f} only {kept:.3f} is kept."
        ),
        "ko": (
            "**1. 망각 게이트** f = {f:.3f}: 거의 닫혀 있어 이전 기억이 "
            "지워집니다. $c_{{t-1}}$ = {c_tm1:.3f} 중 {kept:.3f}만 남습니다."
        ),
    },
    "gates.explain.forget.partly": {
        "en": (
            "**1. Forget gate** f = {f:.3f}: keeps part of the old memory. Of "
            "$c_{{t-1}}$ = {c_tm1:.3f}, {kept:.3f} is kept."
        ),
        "ko": (
            "**1. 망각 게이트** f = {f:.3f}: 이전 기억의 일부만 남깁니다. "
            "$c_{{t-1}}$ = {c_tm1:.3f} 중 남는 값은 {kept:.3f}입니다."
        ),
    },
    "gates.explain.forget.open": {
        "en": (
            "**1. Forget gate** f = {f:.3f}: nearly open, so the old memory is "
            "kept almost whole: {kept:.3f} of $c_{{t-1}}$ = {c_tm1:.3f}."
        ),
        "ko": (
            "**1. 망각 게이트** f = {f:.3f}: 거의 열려 있어 이전 기억이 거의 "
            "그대로 남습니다. $c_{{t-1}}$ = {c_tm1:.3f} 중 남는 값은 "
            "{kept:.3f}입니다."
        ),
    },
    "gates.explain.input.closed": {
        "en": (
            "**2. Input gate** i = {i:.3f}: nearly closed, so the new input is "
            "ignored. Of the candidate g = {g:.3f} only {added:.3f} is written."
        ),
        "ko": (
            "**2. 입력 게이트** i = {i:.3f}: 거의 닫혀 있어 새 입력이 "
            "무시됩니다. 후보 값 g = {g:.3f} 중 {added:.3f}만 기록됩니다."
        ),
    },
    "gates.explain.input.partly": {
        "en": (
            "**2. Input gate** i = {i:.3f}: lets part of the candidate "
            "g = {g:.3f} in, so {added:.3f} is written into the cell."
        ),
        "ko": (
            "**2. 입력 게이트** i = {i:.3f}: 후보 값 g = {g:.3f}의 일부만 "
            "들여보내며, 셀에 기록되는 값은 {added:.3f}입니다."
        ),
    },
    "gates.explain.input.open": {
        "en": (
            "**2. Input gate** i = {i:.3f}: nearly open, so the candidate "
            "g = {g:.3f} is written almost in full: {added:.3f}."
        ),
        "ko": (
            "**2. 입력 게이트** i = {i:.3f}: 거의 열려 있어 후보 값"
            "(g = {g:.3f})이 거의 그대로 기록됩니다: {added:.3f}."
        ),
    },
    "gates.explain.cell": {
        "en": (
            "**3. Cell update**: the new cell state is what was kept plus what "
            "was written, $c_t$ = {update}."
        ),
        "ko": (
            "**3. 셀 상태 업데이트**: 새 셀 상태는 남긴 값과 기록한 값의 "
            "합입니다. $c_t$ = {update}."
        ),
    },
    "gates.explain.output.closed": {
        "en": (
            "**4. Output gate** o = {o:.3f}: nearly closed, so the cell is "
            "hidden: $h_t$ = {o:.3f} · tanh({c:.3f}) = {h:.3f}, whatever c holds."
        ),
        "ko": (
            "**4. 출력 게이트** o = {o:.3f}: 거의 닫혀 있어 셀이 가려집니다. "
            "c에 무엇이 있든 $h_t$ = {o:.3f} · tanh({c:.3f}) = {h:.3f}입니다."
        ),
    },
    "gates.explain.output.partly": {
        "en": (
            "**4. Output gate** o = {o:.3f}: shows part of the cell, "
            "$h_t$ = {o:.3f} · tanh({c:.3f}) = {h:.3f}."
        ),
        "ko": (
            "**4. 출력 게이트** o = {o:.3f}: 셀의 일부만 내보냅니다. "
            "$h_t$ = {o:.3f} · tanh({c:.3f}) = {h:.3f}."
        ),
    },
    "gates.explain.output.open": {
        "en": (
            "**4. Output gate** o = {o:.3f}: nearly open, so the cell shows "
            "almost fully, $h_t$ = {o:.3f} · tanh({c:.3f}) = {h:.3f}."
        ),
        "ko": (
            "**4. 출력 게이트** o = {o:.3f}: 거의 열려 있어 셀이 거의 그대로 "
            "드러납니다. $h_t$ = {o:.3f} · tanh({c:.3f}) = {h:.3f}."
        ),
    },
    "gates.equations.header": {
        "en": "The equations with the numbers put in",
        "ko": "숫자를 넣은 식",
    },
    "gates.equations.general": {"en": "The step in general", "ko": "한 스텝의 일반식"},
    "gates.equations.caption": {
        "en": (
            "Vectors are rows, as in Keras. $W$, $U$ and $b$ are the gate's "
            "blocks of `kernel`, `recurrent_kernel` and `bias`, which Keras "
            "stores in the order i, f, c, o; σ is the sigmoid and ⊙ multiplies "
            "element by element."
        ),
        "ko": (
            "Keras처럼 벡터를 행으로 씁니다. $W$, $U$, $b$는 `kernel`, "
            "`recurrent_kernel`, `bias` 중 해당 게이트의 블록이며, Keras는 이를 "
            "i, f, c, o 순서로 저장합니다. σ는 시그모이드, ⊙는 원소별 곱입니다."
        ),
    },
    "gates.diagram.header": {"en": "The cell, drawn", "ko": "그림으로 보는 셀"},
    "gates.diagram.forget": {"en": "forget gate", "ko": "망각 게이트"},
    "gates.diagram.input": {"en": "input gate", "ko": "입력 게이트"},
    "gates.diagram.candidate": {"en": "candidate", "ko": "후보 값"},
    "gates.diagram.output": {"en": "output gate", "ko": "출력 게이트"},
    "gates.diagram.cell": {"en": "cell state c", "ko": "셀 상태 c"},
    "gates.diagram.hidden": {"en": "hidden state h", "ko": "은닉 상태 h"},
    # several steps
    "gates.seq.steps": {"en": "Number of steps", "ko": "스텝 수"},
    "gates.seq.pattern": {"en": "Feed x", "ko": "x를 넣는 방식"},
    "gates.seq.once": {"en": "at step 1 only", "ko": "1번째 스텝에만"},
    "gates.seq.every": {"en": "at every step", "ko": "매 스텝마다"},
    "gates.seq.explain": {
        "en": (
            "The sliders' $x_t$ goes in at step 1 (and, if you choose, at every "
            "step after it); $h_{t-1}$ and $c_{t-1}$ are the states before step "
            "1. Solid lines are this run; dotted lines are the same run with "
            "nothing fed at step 1. The gap between them is what the cell still "
            "remembers of that first input."
        ),
        "ko": (
            "슬라이더의 $x_t$를 1번째 스텝에 넣습니다(원하면 그 뒤 매 스텝에도 "
            "넣습니다). $h_{t-1}$와 $c_{t-1}$는 1번째 스텝 전의 상태입니다. "
            "실선은 이번 실행, 점선은 1번째 스텝에 아무것도 넣지 않은 같은 "
            "실행입니다. 두 선의 간격이 곧 셀이 첫 입력을 아직 얼마나 "
            "기억하는지를 보여 줍니다."
        ),
    },
    "gates.seq.baseline": {"en": "(no x at step 1)", "ko": "(1번째 입력 없음)"},
    "gates.seq.step": {"en": "step", "ko": "스텝"},
    "gates.seq.kept": {
        "en": "First input still in c after {steps} steps",
        "ko": "{steps} 스텝 뒤 c에 남은 첫 입력",
    },
    "gates.seq.kept.help": {
        "en": (
            "The mean gap |c − c′| between the two runs at the last step, as a "
            "share of the gap right after step 1."
        ),
        "ko": (
            "마지막 스텝에서 두 실행의 평균 차이 |c − c′|를, 1번째 스텝 직후의 "
            "차이에 대한 비율로 나타낸 값입니다."
        ),
    },
    "gates.seq.no_input": {
        "en": "$x_t$ is all zeros, so there is no first input to follow.",
        "ko": "$x_t$가 모두 0이라 따라갈 첫 입력이 없습니다.",
    },
    "gates.seq.lesson": {
        "en": (
            "Compare the presets: with the forget gate near 1 the solid and "
            "dotted lines of c stay apart for every step, so the early input "
            "is kept; with the forget gate near 0 they meet after one step."
        ),
        "ko": (
            "프리셋을 바꿔 비교해 보세요. 망각 게이트가 1에 가까우면 c의 실선과 "
            "점선이 끝까지 벌어진 채로 남아 초기 입력이 보존되고, 0에 가까우면 "
            "한 스텝 만에 두 선이 만납니다."
        ),
    },
    # a trained LSTM
    "gates.real.none": {
        "en": (
            "No trained LSTM is cached yet. Train one (the LSTM with the default "
            "settings is enough) and come back: you will see its own gates here."
        ),
        "ko": (
            "아직 캐시에 학습된 LSTM이 없습니다. LSTM을 하나 학습한 뒤(기본 "
            "설정이면 충분합니다) 다시 오면, 여기서 그 모델의 실제 게이트를 볼 "
            "수 있습니다."
        ),
    },
    "gates.real.model": {"en": "Trained LSTM", "ko": "학습된 LSTM"},
    "gates.real.model_label": {
        "en": "{name}, test accuracy {accuracy:.3f}, trained {trained}",
        "ko": "{name}, 테스트 정확도 {accuracy:.3f}, 학습 {trained}",
    },
    "gates.real.explain": {
        "en": (
            "Here the weights are the trained model's own. The preceding text is "
            "encoded as the model encodes a review (a start marker, then one id "
            "per word) and **read**: starting from h = 0 and c = 0, one numpy "
            "LSTM step per id, each id turned into its learned embedding. The "
            "chosen word's embedding is then $x_t$ of one more step, the step "
            "shown below."
        ),
        "ko": (
            "여기서는 학습된 모델의 실제 가중치를 씁니다. 앞선 글을 모델이 리뷰를 "
            "인코딩하는 방식 그대로(시작 표시 뒤에 단어마다 id 하나) 바꾼 다음 "
            "**읽습니다**. 즉 h = 0, c = 0에서 시작해 id마다 학습된 임베딩을 "
            "꺼내 numpy로 LSTM 스텝을 한 번씩 계산합니다. 그 뒤 고른 단어의 "
            "임베딩을 $x_t$로 한 스텝을 더 계산하며, 아래에 보이는 것이 바로 그 "
            "스텝입니다."
        ),
    },
    "gates.real.text": {"en": "Preceding text", "ko": "앞선 글"},
    "gates.real.text_default": {
        "en": "the acting was wooden and the plot made no sense but the ending was",
        "ko": "the acting was wooden and the plot made no sense but the ending was",
    },
    "gates.real.word": {"en": "Word", "ko": "단어"},
    "gates.real.padded": {
        "en": "Read the padding first, as the model does",
        "ko": "모델처럼 앞쪽 패딩부터 읽기",
    },
    "gates.real.padded.help": {
        "en": (
            "The model reads every review padded in front with id 0 to "
            "{max_len} ids. With this on, h and c are exactly the model's own "
            "states; with it off, reading starts at the text itself."
        ),
        "ko": (
            "모델은 모든 리뷰를 앞쪽에 id 0을 채워 {max_len}개 id로 맞춰 "
            "읽습니다. 이 옵션을 켜면 h와 c가 모델의 실제 상태와 정확히 같고, "
            "끄면 글 자체부터 읽기 시작합니다."
        ),
    },
    "gates.real.one_word": {
        "en": "Type exactly one word.",
        "ko": "단어를 하나만 입력하세요.",
    },
    "gates.real.unknown": {
        "en": (
            "“{word}” is not among the model's known words; it reads the "
            "embedding of the unknown-word marker instead."
        ),
        "ko": (
            "“{word}”는 모델이 아는 단어가 아니므로, 대신 ‘모르는 단어’ 표시의 "
            "임베딩을 읽습니다."
        ),
    },
    "gates.real.read": {
        "en": "Read {count} ids before the word; the last ones: {tail}",
        "ko": "단어 앞에서 id {count}개를 읽었습니다. 마지막 몇 개: {tail}",
    },
    "gates.real.heatmap": {
        "en": "All {units} units for “{word}”",
        "ko": "“{word}”에 대한 유닛 {units}개 전체",
    },
    "gates.real.top": {
        "en": "The units whose cell state changed most",
        "ko": "셀 상태가 가장 크게 바뀐 유닛",
    },
    "gates.real.loading": {
        "en": "Loading the trained model…",
        "ko": "학습된 모델을 불러오는 중…",
    },
    "gates.real.load_error": {
        "en": "The cached model could not be loaded: {error}",
        "ko": "캐시된 모델을 불러오지 못했습니다: {error}",
    },
}
