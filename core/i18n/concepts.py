"""Texts of the concepts page: the plain RNN's problems and the LSTM's answer."""

TEXTS = {
    "nav.concepts": {"en": "Concepts", "ko": "개념"},
    "concepts.title": {
        "en": "Where a plain RNN struggles, and how the LSTM answers",
        "ko": "단순 RNN이 막히는 곳과 LSTM의 해법",
    },
    "concepts.intro": {
        "en": (
            "A recurrent network reads a review one word at a time and carries "
            "what it has read in a state vector. Training it means sending the "
            "error back through every one of those steps. This page shows what "
            "that does to a plain RNN and why the LSTM's extra machinery helps."
        ),
        "ko": (
            "순환 신경망은 리뷰를 한 단어씩 읽으면서, 지금까지 읽은 내용을 상태 "
            "벡터에 담아 다음 단어로 넘깁니다. 이런 모델을 학습시킨다는 것은 "
            "오차를 그 모든 스텝을 거슬러 되돌려 보낸다는 뜻입니다. 이 페이지는 "
            "그 과정이 단순 RNN에 어떤 문제를 일으키는지, 그리고 LSTM의 추가 "
            "구조가 왜 도움이 되는지 보여 줍니다."
        ),
    },
    # 1. problems
    "concepts.problems.header": {
        "en": "1. What goes wrong in a plain RNN",
        "ko": "1. 단순 RNN의 문제점",
    },
    "concepts.vanishing.title": {
        "en": "Vanishing gradients",
        "ko": "기울기 소실 (vanishing gradient)",
    },
    "concepts.vanishing.body": {
        "en": (
            "Backpropagation through time multiplies the gradient by the same "
            "kind of factor once per step it travels back. When that factor is "
            "below 1, the product shrinks geometrically: after a few dozen "
            "steps almost nothing is left, so the weights barely learn from the "
            "early words. Nothing crashes and the loss still falls a little, "
            "which is why this failure is hard to notice during training."
        ),
        "ko": (
            "시간 역전파는 기울기가 한 스텝 거슬러 갈 때마다 비슷한 크기의 값을 "
            "한 번씩 곱합니다. 그 값이 1보다 작으면 곱은 기하급수적으로 "
            "줄어들어, 수십 스텝만 지나도 거의 아무것도 남지 않습니다. 그래서 "
            "가중치는 앞쪽 단어들로부터 거의 배우지 못합니다. 오류가 나는 것도 "
            "아니고 손실도 조금씩은 줄어들기 때문에, 학습 중에 알아차리기 "
            "어려운 문제입니다."
        ),
    },
    "concepts.exploding.title": {
        "en": "Exploding gradients",
        "ko": "기울기 폭발 (exploding gradient)",
    },
    "concepts.exploding.body": {
        "en": (
            "The same product grows geometrically when the factor is above 1. "
            "One unlucky batch can then produce a gradient so large that a "
            "single update throws the weights far away, and the loss jumps or "
            "turns into NaN. The usual guard is gradient clipping, which the "
            "last section of this page looks at."
        ),
        "ko": (
            "같은 곱이라도 그 값이 1보다 크면 기하급수적으로 커집니다. 그러면 "
            "운 나쁜 배치 하나가 엄청나게 큰 기울기를 만들어, 한 번의 "
            "업데이트로 가중치가 멀리 튕겨 나가고 손실이 갑자기 치솟거나 NaN이 "
            "됩니다. 흔히 쓰는 방어책은 기울기 클리핑이며, 이 페이지의 마지막 "
            "절에서 다룹니다."
        ),
    },
    "concepts.longterm.title": {
        "en": "Long-term dependencies",
        "ko": "장기 의존성",
    },
    "concepts.longterm.body": {
        "en": (
            "Because the signal from early words fades, a plain RNN mostly "
            "learns from the last part of the text. In a long review that opens "
            'with "I expected to hate this film" and ends with a plot summary, '
            "the opinion at the start is exactly the part it struggles to use."
        ),
        "ko": (
            "앞쪽 단어에서 오는 신호가 약해지기 때문에, 단순 RNN은 주로 글의 "
            '뒷부분에서 배웁니다. "이 영화를 싫어할 줄 알았다"로 시작해서 '
            "줄거리 요약으로 끝나는 긴 리뷰라면, 정작 앞부분의 의견을 활용하기가 "
            "가장 어렵습니다."
        ),
    },
    "concepts.memory.title": {
        "en": "One hidden state as its only memory",
        "ko": "기억이라고는 은닉 상태 하나뿐",
    },
    "concepts.memory.body": {
        "en": (
            "A plain RNN keeps everything in one hidden state h, and rewrites "
            "all of it at every word: $h_t = \\tanh(x_t W + h_{t-1} U + b)$. "
            "There is no place to put something aside and leave it untouched, "
            "so whatever it wants to remember must survive being squashed and "
            "mixed again at every step."
        ),
        "ko": (
            "단순 RNN은 모든 것을 은닉 상태 h 하나에 담고, 단어마다 그 전체를 "
            "새로 씁니다: $h_t = \\tanh(x_t W + h_{t-1} U + b)$. 무언가를 따로 "
            "보관해 두고 건드리지 않을 자리가 없으니, 기억하고 싶은 정보는 매 "
            "스텝 다시 섞이고 눌리는 과정을 견뎌야만 살아남습니다."
        ),
    },
    # 2. the toy
    "concepts.toy.header": {
        "en": "2. Watch a gradient travel back in time",
        "ko": "2. 기울기가 시간을 거슬러 가는 모습",
    },
    "concepts.toy.body": {
        "en": (
            "A toy with one number: the loss sits at the last step and its "
            "gradient travels back T steps. In a plain RNN every step back "
            "multiplies it by the recurrent factor $|\\partial h_t / \\partial "
            "h_{t-1}|$, the recurrent weight times the slope of tanh (at most "
            "1). So k steps back it is $\\text{factor}^k$. The axis is "
            "logarithmic: a straight line going down is a gradient vanishing, "
            "one going up is a gradient exploding."
        ),
        "ko": (
            "숫자 하나로 만든 장난감 모델입니다. 손실은 마지막 스텝에 있고, 그 "
            "기울기가 T 스텝을 거슬러 갑니다. 단순 RNN에서는 한 스텝 거슬러 갈 "
            "때마다 순환 계수 $|\\partial h_t / \\partial h_{t-1}|$(순환 "
            "가중치 × tanh의 기울기, 이 기울기는 1 이하)가 곱해지므로, k 스텝 "
            "전에는 순환 계수의 k제곱이 됩니다. 세로축은 로그 눈금이라 아래로 "
            "내려가는 직선은 기울기 소실, 위로 올라가는 직선은 기울기 폭발을 "
            "뜻합니다."
        ),
    },
    "concepts.toy.steps": {"en": "Steps back T", "ko": "거슬러 가는 스텝 수 T"},
    "concepts.toy.factor": {
        "en": "Recurrent factor $|\\partial h_t / \\partial h_{t-1}|$",
        "ko": "순환 계수 $|\\partial h_t / \\partial h_{t-1}|$",
    },
    "concepts.toy.factor.help": {
        "en": "Below 1 the gradient vanishes, above 1 it explodes.",
        "ko": "1보다 작으면 기울기가 소실되고, 1보다 크면 폭발합니다.",
    },
    "concepts.toy.clipnorm": {"en": "clipnorm", "ko": "clipnorm"},
    "concepts.toy.clipnorm.help": {
        "en": (
            "The longest gradient the optimizer lets through. Here the whole "
            "curve counts as one gradient vector."
        ),
        "ko": (
            "옵티마이저가 통과시키는 기울기 길이(노름)의 최댓값입니다. 여기서는 "
            "곡선 전체를 하나의 기울기 벡터로 봅니다."
        ),
    },
    "concepts.toy.x": {
        "en": "steps back from the loss",
        "ko": "손실에서 거슬러 간 스텝",
    },
    "concepts.toy.y": {
        "en": "size of the gradient (log scale)",
        "ko": "기울기 크기 (로그 눈금)",
    },
    "concepts.toy.vanished_line": {"en": "vanished (< 0.01)", "ko": "소실 (< 0.01)"},
    "concepts.toy.exploded_line": {"en": "exploded (> 100)", "ko": "폭발 (> 100)"},
    "concepts.toy.rnn": {"en": "plain RNN", "ko": "단순 RNN"},
    "concepts.toy.clipped": {
        "en": "plain RNN, clipped by norm",
        "ko": "단순 RNN, 노름 기준 클리핑",
    },
    "concepts.toy.cell": {
        "en": "LSTM cell state (× f per step)",
        "ko": "LSTM 셀 상태 (스텝마다 × f)",
    },
    "concepts.toy.metric_raw": {
        "en": "Gradient {steps} steps back",
        "ko": "{steps} 스텝 전의 기울기",
    },
    "concepts.toy.metric_clipped": {
        "en": "The same after clipping",
        "ko": "클리핑 후의 같은 값",
    },
    "concepts.toy.metric_norm": {
        "en": "Norm before → after clipping",
        "ko": "클리핑 전 → 후 노름",
    },
    "concepts.toy.verdict.vanished": {
        "en": (
            "With a factor of {factor:.2f}, the gradient {steps} steps back is "
            "{value:.1e}: it has **vanished**. The earliest words give the "
            "weights almost no learning signal."
        ),
        "ko": (
            "계수 {factor:.2f}에서 {steps} 스텝 전의 기울기는 {value:.1e}, 즉 "
            "**소실**되었습니다. 가장 앞쪽 단어들은 가중치에 학습 신호를 거의 "
            "주지 못합니다."
        ),
    },
    "concepts.toy.verdict.exploded": {
        "en": (
            "With a factor of {factor:.2f}, the gradient {steps} steps back is "
            "{value:.1e}: it has **exploded**. Without clipping one update would "
            "throw the weights far away."
        ),
        "ko": (
            "계수 {factor:.2f}에서 {steps} 스텝 전의 기울기는 {value:.1e}, 즉 "
            "**폭발**했습니다. 클리핑이 없다면 업데이트 한 번에 가중치가 멀리 "
            "튕겨 나갑니다."
        ),
    },
    "concepts.toy.verdict.kept": {
        "en": (
            "With a factor of {factor:.2f}, the gradient {steps} steps back is "
            "{value:.2f}: still usable. Only a factor very close to 1 does "
            "this, and a plain RNN cannot hold its factor there."
        ),
        "ko": (
            "계수 {factor:.2f}에서 {steps} 스텝 전의 기울기는 {value:.2f}, 즉 "
            "아직 쓸 만합니다. 계수가 1에 아주 가까울 때만 이렇게 되는데, 단순 "
            "RNN은 계수를 그 근처에 붙잡아 둘 수 없습니다."
        ),
    },
    "concepts.toy.clip.applied": {
        "en": (
            "Clipping multiplied the whole gradient by {scale:.2g}, so its norm "
            "went from {before:.3g} to {after:.3g}. The orange line runs "
            "parallel to the red one: the size changed, the shape did not."
        ),
        "ko": (
            "클리핑이 기울기 전체를 {scale:.2g}배로 줄였습니다(노름 "
            "{before:.3g} → {after:.3g}). 주황색 선이 빨간색 선과 나란하다는 점에 "
            "주목하세요. 크기만 바뀌었을 뿐 모양은 그대로입니다."
        ),
    },
    "concepts.toy.clip.skipped": {
        "en": (
            "The norm {before:.3g} is not above clipnorm, so clipping left the "
            "gradient alone. A vanishing gradient is short, and clipping only "
            "ever shortens."
        ),
        "ko": (
            "노름({before:.3g})이 clipnorm보다 크지 않으므로 클리핑은 기울기를 "
            "그대로 둡니다. 소실되는 기울기는 원래 짧고, 클리핑은 줄이기만 할 "
            "뿐 늘리지는 않습니다."
        ),
    },
    # 3. the LSTM
    "concepts.lstm.header": {
        "en": "3. The LSTM's answer: a cell state and gates",
        "ko": "3. LSTM의 해법: 셀 상태와 게이트",
    },
    "concepts.lstm.body": {
        "en": (
            "An LSTM reads the sequence just like an RNN, but next to the hidden "
            "state h it keeps a **cell state c**, a memory lane that is changed "
            "only by multiplying and adding, never squashed as a whole. Three "
            "**gates** decide what happens to it. Each is a sigmoid, a number "
            "between 0 and 1 per unit: 0 shuts, 1 lets everything through. One "
            "step goes in this order:"
        ),
        "ko": (
            "LSTM도 RNN처럼 시퀀스를 차례로 읽지만, 은닉 상태 h 옆에 **셀 상태 "
            "c**라는 별도의 기억 통로를 둡니다. 이 통로는 곱하기와 더하기로만 "
            "바뀌고, 통째로 눌려 찌그러지는 일이 없습니다. 무엇을 할지는 세 "
            "개의 **게이트**가 정합니다. 게이트는 유닛마다 0에서 1 사이 값을 "
            "내는 시그모이드로, 0이면 막고 1이면 모두 통과시킵니다. 한 스텝은 "
            "다음 순서로 진행됩니다."
        ),
    },
    "concepts.lstm.order": {
        "en": (
            "1. **Forget gate f** looks at $x_t$ and $h_{t-1}$ and decides how "
            "much of the old cell state to keep (0: forget it, 1: keep it).\n"
            "2. **Input gate i** decides how much of the new candidate g to "
            "store (0: store nothing, 1: store it all).\n"
            "3. **Cell update**: $c_t = f \\odot c_{t-1} + i \\odot g$, the "
            "kept past plus the admitted new information.\n"
            "4. **Output gate o** decides how much of the updated cell to pass "
            "on as the hidden state: $h_t = o \\odot \\tanh(c_t)$, which is the "
            "step's result and goes to the next step."
        ),
        "ko": (
            "1. **망각 게이트 f**가 $x_t$와 $h_{t-1}$를 보고 이전 셀 상태를 "
            "얼마나 남길지 정합니다 (0: 잊음, 1: 유지).\n"
            "2. **입력 게이트 i**가 새 후보 값 g를 얼마나 저장할지 정합니다 "
            "(0: 저장 안 함, 1: 모두 저장).\n"
            "3. **셀 상태 업데이트**: $c_t = f \\odot c_{t-1} + i \\odot g$, 즉 "
            "남긴 과거에 받아들인 새 정보를 더합니다.\n"
            "4. **출력 게이트 o**가 갱신된 셀 중 얼마만큼을 은닉 상태로 내보낼지 "
            "정합니다: $h_t = o \\odot \\tanh(c_t)$. 이것이 이번 스텝의 결과이자 "
            "다음 스텝으로 넘어가는 값입니다."
        ),
    },
    "concepts.lstm.answers": {
        "en": (
            "This answers the problems above. The cell state is a second memory "
            "that the network can leave untouched (f ≈ 1, i ≈ 0) for as long as "
            "it likes, so an opinion from the first sentence can reach the last "
            "word. And along that lane the gradient is multiplied by f at each "
            "step back, $\\partial c_t / \\partial c_{t-1} = f$, instead of by "
            "the RNN's factor. A forget gate near 1 therefore keeps the "
            "gradient alive, and since f never exceeds 1 this path cannot "
            "explode."
        ),
        "ko": (
            "이 구조가 위의 문제들에 대한 답입니다. 셀 상태는 네트워크가 원하는 "
            "만큼 건드리지 않고 둘 수 있는(f ≈ 1, i ≈ 0) 두 번째 기억이므로, 첫 "
            "문장의 의견이 마지막 단어까지 전달될 수 있습니다. 또한 이 통로를 "
            "따라 거슬러 갈 때 기울기에는 RNN의 계수 대신 f가 곱해집니다: "
            "$\\partial c_t / \\partial c_{t-1} = f$. 그래서 망각 게이트가 1에 "
            "가까우면 기울기가 살아남고, f는 1을 넘지 않으므로 이 경로에서는 "
            "폭발도 일어나지 않습니다."
        ),
    },
    "concepts.toy.forget": {
        "en": "Forget gate f along the cell state",
        "ko": "셀 상태 경로의 망각 게이트 f",
    },
    "concepts.toy.metric_cell": {
        "en": "Along the cell state, {steps} steps back",
        "ko": "셀 상태 경로, {steps} 스텝 전",
    },
    "concepts.toy.metric_rnn": {
        "en": "Plain RNN, {steps} steps back",
        "ko": "단순 RNN, {steps} 스텝 전",
    },
    "concepts.lstm.caveat": {
        "en": (
            "The toy keeps f fixed; in a real LSTM f is computed anew for every "
            "word and unit, and the gradient also flows through h and the gates. "
            "The point stands: the network can learn to hold f near 1 where it "
            "needs to remember. Keras even starts every forget gate's bias at 1 "
            "(`unit_forget_bias=True`), so a fresh LSTM begins by remembering."
        ),
        "ko": (
            "이 장난감은 f를 고정해 두었지만, 실제 LSTM에서는 f가 단어와 유닛마다 "
            "새로 계산되고 기울기는 h와 게이트를 통해서도 흐릅니다. 그래도 "
            "핵심은 같습니다. 네트워크는 기억이 필요한 곳에서 f를 1 근처로 "
            "유지하도록 배울 수 있습니다. Keras는 아예 모든 망각 게이트의 편향을 "
            "1에서 시작하므로(`unit_forget_bias=True`), 갓 만든 LSTM은 기억하는 "
            "쪽에서 출발합니다."
        ),
    },
    "concepts.lstm.try": {
        "en": "Move the gates yourself in the gate calculator",
        "ko": "게이트 계산기에서 게이트를 직접 움직여 보기",
    },
    # 4. clipping
    "concepts.clip.header": {
        "en": "4. Where gradient clipping fits",
        "ko": "4. 기울기 클리핑은 어디에 들어가나",
    },
    "concepts.clip.body": {
        "en": (
            "Clipping lives in the optimizer. After backpropagation has computed "
            "the gradients and before the weights are updated, Keras checks the "
            "norm of each weight's gradient; if it is above `clipnorm`, it is "
            "scaled down to exactly `clipnorm`, keeping its direction. "
            "(`global_clipnorm` measures all gradients together instead.) Every "
            "model in this dashboard is compiled this way, with `clipnorm=1.0` "
            "unless its settings say otherwise:"
        ),
        "ko": (
            "클리핑은 옵티마이저 안에서 일어납니다. 역전파로 기울기를 계산한 "
            "뒤, 가중치를 업데이트하기 직전에 Keras가 가중치마다 기울기의 노름을 "
            "확인하고, `clipnorm`보다 크면 방향은 그대로 둔 채 길이를 정확히 "
            "`clipnorm`으로 줄입니다. (`global_clipnorm`은 모든 기울기를 한꺼번에 "
            "잽니다.) 이 대시보드의 모든 모델은 이렇게 컴파일되며, 설정에서 "
            "바꾸지 않는 한 `clipnorm=1.0`을 씁니다."
        ),
    },
    "concepts.clip.code_caption": {
        "en": "From core/models.py: the optimizer of every model in this dashboard.",
        "ko": "core/models.py에서: 이 대시보드의 모든 모델이 쓰는 옵티마이저.",
    },
    "concepts.clip.does.header": {"en": "What it does", "ko": "해 주는 것"},
    "concepts.clip.does": {
        "en": (
            "- Caps the size of every update, so one exploding batch cannot "
            "throw the weights away or fill them with NaN.\n"
            "- Keeps the gradient's direction: the step still goes downhill, "
            "only shorter.\n"
            "- Costs almost nothing, so it is a cheap safety net for any RNN."
        ),
        "ko": (
            "- 업데이트 크기에 상한을 둡니다. 배치 하나에서 기울기가 폭발해도 "
            "가중치가 튕겨 나가거나 NaN으로 채워지지 않습니다.\n"
            "- 기울기의 방향은 그대로 둡니다. 여전히 내리막으로 가되 보폭만 "
            "짧아집니다.\n"
            "- 비용이 거의 없어 어떤 RNN에든 쓸 수 있는 값싼 안전장치입니다."
        ),
    },
    "concepts.clip.doesnot.header": {
        "en": "What it does not do",
        "ko": "해 주지 못하는 것",
    },
    "concepts.clip.doesnot": {
        "en": (
            "- It never makes a gradient longer, so it does nothing against "
            "vanishing gradients (the toy above: the clipped line stays below "
            "the plain one).\n"
            "- It does not change which steps the gradient comes from: early "
            "words get no larger share, so long-term dependencies stay hard.\n"
            "- It treats the symptom, not the cause. The cure for both is a "
            "path where the factor stays near 1, which is the LSTM's cell state."
        ),
        "ko": (
            "- 기울기를 늘리는 일은 없으므로 기울기 소실에는 아무 효과가 "
            "없습니다 (위 장난감에서 클리핑한 선은 원래 선보다 위로 가지 "
            "않습니다).\n"
            "- 기울기가 어느 스텝에서 오는지는 바꾸지 못합니다. 앞쪽 단어의 몫이 "
            "커지지 않으니 장기 의존성은 여전히 어렵습니다.\n"
            "- 원인이 아닌 증상을 다룹니다. 두 문제의 근본 해법은 계수가 1 "
            "근처에 머무는 경로이고, 그것이 바로 LSTM의 셀 상태입니다."
        ),
    },
}
