"""The law's categories (자동차관리법: 승용, 승합, 화물, 특수) of vehicles as reports print them by use or model
(`압축진개차`, `구급차`, `포터Ⅱ`, `쏘나타`): one table of them, which a vehicle list's rows (`vehicle_list`) and a
count table's kinds printed with no category (`vehicles`: `차 종 | 대 수` over `압축진개차 | 28`) are both told by."""

from __future__ import annotations

import regex

from pipeline import patterns
from pipeline.values import FUELS

# vans that are a 승용 or a 승합 by their seats: a 승합 as public fleets buy them (11 or 12 seats, `카니발(11인승)`),
# a 승용 where the list prints 10 or fewer (`카니발(7인승)`, `그랜드 스타렉스 9인승`, `승차정원 | 9`), a 화물 as a 밴
# (`스타렉스 밴`) or where it prints a load (`최대적재량 | 800kg`)
_VANS = ("카니발", "스타렉스", "스타리아", "그레이스")
# Uses and models a list prints in place of a kind (`압축진개차`, `5톤 덤프트럭`, `쏘나타`, `포터Ⅱ`), by the
# 자동차관리법 category they are registered under, as reports print it (a 청소차 or an 암롤차 on a 마이티 is a
# 특수용도형 화물; a 고소작업차, a 구급차 or a 견인차 a 특수, and so, as fleets count it, a 굴착기 or a 지게차,
# 건설기계 the law has no category for): without these, `vehicle_categories` counted them by model and a question by
# category (`승용`) missed them. The one place the tool keeps them: a model not here, whose row prints no seats,
# load or use that tells (`vehicle_list._category_of`), or a count table's kind whose name tells none
# (`압축진개차 | 28` is a 화물, `모빌리티카 | 1` none), is `미분류` (`UNCATEGORISED`), its kind as printed, named in a
# finding (`vehicles.uncategorised`). A use is found anywhere, within the words of a vehicle (`압착진개차`,
# `수소버스`); a model as `_model_pattern` finds it. The categories in this order, each by its uses and models
# (a 고소작업차 on a 포터 is a 특수, a 밴 the law's 밴형 화물), the vans before the 승용; a fuel (`전기`, `수소`) is
# none of these (`수소버스` is a 버스).
USE_CATEGORIES = {
    "특수": ("고소작업", "굴착", "굴삭", "포크레인", "포클레인", "지게차", "구급", "소방", "펌프차", "견인", "구난",
             "렉카", "레커"),
    "화물": ("압축식", "압착", "진개", "암롤", "청소차", "살수", "급수", "분뇨", "수거", "방역", "탱크", "덤프",
             "카고", "트럭", "탑차", "윙바디", "밴", "화물"),
    "승합": ("버스", "승합"),
    "승용": ("승용",),
}
MODEL_CATEGORIES = {
    "화물": ("포터", "봉고", "마이티", "리베로", "라보"),
    "승합": ("카운티", "쏠라티", "유니버스", "에어로", "그린시티", *_VANS),
    "승용": ("쏘나타", "아반떼", "그랜저", "코나", "니로", "아이오닉", "레이", "모닝", "쏘렌토", "투싼", "싼타페",
             "팰리세이드", "스포티지", "캐스퍼", "넥쏘", "제네시스", "G70", "G80", "G90", "GV60", "GV70", "GV80",
             "K3", "K5", "K7", "K8", "K9", "EV6", "EV9", "SM3", "SM5", "SM6", "QM6", "말리부", "스파크", "트랙스",
             "토레스", "렉스턴", "티볼리", "코란도", "셀토스", "쏘울", "베뉴", "스토닉"),
}
_SHORT_NAME = 2  # a Korean model's name of 2 syllables or fewer (`레이`, `포터`) is a word within many longer ones
# the words that say what kind of car a short name is, printed as one word with it: its fuel or drive (`넥쏘수소차`,
# `레이전기차`, `전기포터`, `코나일렉트릭`) or, after it, its trim (`모닝어반`, `봉고더블캡`, `포터초장축`) or a plain
# `차` or `차량` ending the word (`봉고차`, `포터차량`); a word that merely goes on from its syllables (`포터블`,
# `레이저`, `모닝콜`, `레이더`, `봉고차선`) says none
_FUEL_OR_DRIVE = "|".join((*FUELS, "일렉트릭"))
_KIND_AFTER = rf"(?:{_FUEL_OR_DRIVE}|어반|더블캡|슈퍼캡|킹캡|초장축|장축|냉동|차(?:량)?(?!\p{{Hangul}}))"
# the words a model's name is printed after, as one word with it: a generation's (`더뉴레이`, `올 뉴모닝`,
# `디올뉴코나`, `뉴포터`, `신형봉고`), a load's (`1톤포터`, `1.2톤봉고`) or a fuel's (`전기포터`)
_MODEL_PREFIX = rf"(?:(?:디올|더|올)?뉴|신형|\d+(?:\.\d+)?톤|{_FUEL_OR_DRIVE})"


def _model_pattern(model: str) -> str:
    """A model's pattern in a row's words as printed (`_words`): a code of Latin letters and a figure (`K5`, `EV6`,
    `G80`) as a whole code, not part of a longer one (`SK5`, `K50`, `EV60`): no letter or figure before it, no figure
    after it (a Korean word beside it, `더뉴K5`, `K5하이브리드`, or a trim's letters, `K8HEV`, part none); a short
    Korean name (`레이`, `포터`, `봉고`: `_SHORT_NAME`) as a word of its own or a word's start, after a word of
    `_MODEL_PREFIX` or none (`1톤포터`, `전기포터`), followed by no Korean letter or a word of its kind, `_KIND_AFTER`
    (`레이`, `더 뉴 레이`, `더뉴레이`, `포터Ⅱ`, `봉고3`, `니로EV`, `코나 일렉트릭`, `모닝어반`, `넥쏘수소차`,
    `봉고차`; not `플레이`, `릴레이`, `레이더`, `서포터즈`, `포터블`, `모닝콜`, `봉고차선`, nor `전기레이저`: the word
    after it decides); a longer name anywhere, spaced or not (`그랜드 스타렉스`, `마이티청소차`)."""
    if model.isascii():
        return rf"(?<![A-Za-z0-9]){regex.escape(model)}(?![0-9])"
    if len(model) <= _SHORT_NAME:
        return (rf"(?:(?<!\p{{Hangul}})|(?<=(?<!\p{{Hangul}}){_MODEL_PREFIX})){regex.escape(model)}"
                rf"(?:(?!\p{{Hangul}})|(?={_KIND_AFTER}))")
    return _spaced(model)


def _spaced(name: str) -> str:
    """A name's pattern, spaced or not (`고소 작업`, `그랜드 스타 렉스`)."""
    return r"\s?".join(map(regex.escape, name))


# each category's uses and models, in `USE_CATEGORIES`' and `MODEL_CATEGORIES`' order, as one pattern
_MODEL_RES = {category: patterns.compile("|".join([*map(_spaced, USE_CATEGORIES.get(category, ())),
                                                   *map(_model_pattern, MODEL_CATEGORIES.get(category, ()))]))
              for category in USE_CATEGORIES}
# the models alone (`쏘나타`, `포터Ⅱ`), no use: a use is found within other words (`방역` of `방역팀`)
_MODEL_ONLY_RE = patterns.compile("|".join(_model_pattern(model) for models in MODEL_CATEGORIES.values()
                                           for model in models))


def known_category(text: str) -> str | None:
    """The category of the first use or model of `USE_CATEGORIES` and `MODEL_CATEGORIES` the text names (`포터Ⅱ`:
    화물; `K5`, not `K50`; `레이`, not `플레이`: `_model_pattern`), else None."""
    return next((category for category, models in _MODEL_RES.items() if models.search(text)), None)


def names_model(text: str) -> bool:
    """Whether the text names a model of `MODEL_CATEGORIES` (`쏘나타`, `포터Ⅱ`, `봉고차`; not `플레이`), which no
    team's or office's name does as a use's word may (`방역팀`, `청소과`)."""
    return _MODEL_ONLY_RE.search(text) is not None
