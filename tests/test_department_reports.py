"""Reports of departments unlike the samples', as converters print them (tab tables, markdown `|` tables, CP949),
each with one planted error or two: the check finds the figure that is wrong, on its own row, and no right one.
`tests/department_reports/` holds them:
- `2025-hanbit-semu1.txt` (세무1과): remainders, `부과액 | 징수액 | 미수납액 | 징수율` and `체납액 | 정리액 |
  정리율(%) | 잔 액`; 자동차세's 미수납액 6,177 where 24,310 − 18,233 is 6,077, 이월분's 잔액 13,410 where
  19,320 − 6,180 is 13,140.
- `2025-hanbit-semu.txt` (세무2과): 징수율 of a table whose groups print a count and an amount each (`부 과` over
  `건수 | 금액`, `(단위: 건, 백만원)`); 주민세's 징수율 47.2 where 3,330 ÷ 7,800 is 42.7.
- `2025-saesol1dong.txt` (a 동 주민센터): 민원 처리 실적 `1/4분기 | 4월 | 5월 | 누 계 | 전년 동기 | 증 감`;
  인감증명's 누계 5,690 where its quarter and months make 5,680, 가족관계증명's 증감 460 where 4,730 − 4,250 is 480.
- `2025-hanbit-saenghwal.txt` (생활보장과, CP949): 급여별 지급 실적 `지급액 | 전년 동기 | 증 감`; 의료급여's
  증감 560 where 9,840 − 9,310 is 530.
- `2025-hanbit-bogeonso.md` (보건소): 금연구역 지도점검 of quarters, `1분기 | 2분기(4~5월) | 누 계` as rows; the
  누계 적발 170 where 86 + 74 is 160.
- `2025-hanbit-jawon.txt` (자원순환과): changes marked up and down (`▲102.2`, `▼39.3`); 2월's 증감 ▼49.3 where
  1,850.1 − 1,889.4 is −39.3, 3월's 증감률 ▲6.1 where 107.9 ÷ 2,132.1 is 5.1%.
- `2025-hanbit-geonchuk.txt` (건축과, `pdftotext -layout`): the staffing table's date set at the right right above
  its header, `(2025. 5. 31. 기준)`; no planted error.
- `2025-hanbit-geonganjeungjin.md` (보건소 건강증진과), `2025-hanbit-dosigyehoek.txt` (도시계획과),
  `2025-hanbit-munhwa.txt` (문화체육과, `pdftotext -layout`), `2025-hanbit-semu3.txt` (세무과): persons counted by
  month or quarter whose 계 counts each once (the last month's registered, `계(실인원)`, `체납자 수(실인원)`), a
  budget by a joint source (`국·시비`), items' amounts after their funding (`국·시비 포함 약 1.2억원`); no planted
  error, each planted by its test.
- `2025-hanbit-gyotong.txt` (교통행정과, tabs): units in the heading's line (`4 예산현황 (단위: 백만원, 5.31.기준)`),
  a plan's months and half in parts of their own (`2월~3월 검토, 하반기 시행`); `2025-hanbit-iljari.txt`
  (일자리경제과, `pdftotext -layout`, form feeds and a running header): a letter-spaced title (`2 0 2 5 년   주 요 업
  무 보 고`), a 국's organisation table of its 과 under `구 분`, a budget table parted by a page break; no planted
  error, each planted by its test.
- `2025-hanbit-gamsa.txt` (감사담당관, `pdftotext -layout` in UTF-8 with a BOM): group labels centred over grades
  beside a `계` printed low, a schedule whose month labels stand one space apart (`9월 10월 11월 12월`), a budget of
  `예산현액 | 본예산 | 이월액 | 예비비`, 감사 results in 천원 and 백만원 parted by a page break; `2025-hanbit-minwon.md`
  (민원여권과, markdown with an HTML header of `시간선택제임기제`, a `|` schedule of `●`/`○`); no planted error, each
  planted by its test.
- `2025-hanbit-chisu.txt` (치수과, a .hwp saved as text in CP949): facilities by 동 whose cells print their units
  (`12.5km`, `44,500m²`), a budget of 일반회계 and 특별회계 with a 소계 each, a plan's `2025년 예산 | 2026년 예산(안)`;
  `2025-hanbit-gyoyuk.txt` (교육지원과, the text twin of a PDF its test draws on a landscape page): a staffing header
  of three rows, schools' 지원액 | 집행액 | 집행률 going on over a page; no planted error, each planted by its test.
- `2025-hanbit-budongsan.txt` (부동산정보과, `pandoc -t plain` of a .docx): headings underlined, simple tables under
  dashed rules and a multiline one, 거래 건수 by month with `누 계 | 전년 동기 | 증 감`, rates in cells (`12.5%`), a
  staffing table of `전문경력관 | 별정직`; `2025-hanbit-adong.md` (아동청소년과, markdown of an HTML export with a BOM):
  `<table>`s with rowspan/colspan, `&nbsp;` in titles and fields, 아동 by 동 with `남 | 여`, amounts in 만원; no
  planted error, each planted by its test.
- `2025-hanbit-seumateu.md` (스마트정보과, markdown as docling exports a .docx: merged cells' text repeated in each
  cell they span, `<!-- image -->`, lists flattened), `2025-hanbit-hongbo.md` (홍보담당관, Google Docs' markdown:
  CRLF, `| :---- |` under the first row alone, merged cells blank, `**bold**`, backslash escapes, a bullet nested
  under a numbered item): 방문자 by month with `누 계 | 전년 동기 | 증감률`, 보도자료 by 분야 with a `비율(%)`
  column, staffing of `전문임기제 | 시간선택제임기제`; no planted error, each planted by its test.
- `2025-hanbit-wisaeng.txt` (위생과, `pdftotext -layout -enc EUC-KR` of an HWP PDF: CP949, form feeds, a running
  header and footer, the overview's bullet marks dropped as CP949 has no code for the symbol font's): a budget table
  whose header repeats after a page break, 위생등급 지정업소 `’24년말 | ’25. 5월 | 증 감` with `▲34`;
  `2020-hanbit-doro.txt` (도로과 2020, the same in UTF-8: the symbol font's marks as private-use characters,
  `❍ ▫ ◦`, `ᆞ`): 기능직 and 별정직, a budget in 백만원 of `본예산 | 추경예산 | 집행액 | 집행률` with rates `54%` over a
  page break, 굴착 허가 `’18년 | ’19년 | 증 감` changes marked `▲26` up and `△9` down; no planted error, each planted
  by its test.
- `2025-hanbit-cheyuk.txt` (체육진흥과), `2025-hanbit-boyuk.txt` (보육지원과), tabs, the text twins of PDFs their
  test draws in two styles (`tests/pdf_styles.py`): rules drawn as thin filled rectangles under shaded headers, and
  portrait pages where a long table goes on under `(계속)` and tables merging labels down two rows print taller
  rows; 체육시설 by 실내/실외 with `면적(m²)`, 어린이집 by 유형 with `정 원 | 현 원 | 이용률(%)`, 어린이집 by 동 over a
  page; no planted error, each planted by its test.
- `2023-hanbit-garogyeonggwan.txt` (가로경관과 2023, Apache Tika's `--text` of a .docx: each cell on a line after a
  tab, a blank line after each row, a cell merged across printed once, one merged down a tab alone, Word bullets as
  `· `): staffing of `일 반 직` over grades, a budget of 단위사업 over 세부사업 with `계` merged across; no planted
  error, each planted by its test (`tests/test_hunt64.py`).
- `2025-hanbit-dosinongeop.txt` (농업기술센터 도시농업과, tabs as the real report's): 연구직 and 지도직 grades beside
  공무직 and 기간제, 과부족 `+1`, 계 last, a fleet by 차종 and 용도 over fuel columns, budgets in 백만원 of 단위사업
  over 세부사업, by source as rows and as columns beside each 단위사업's 계, a project's under `재 원`; no planted
  error, each planted by its test. `2025-hanbit-uihoesamuguk.txt` (한빛구의회 사무국): staffing with its statuses as
  columns, a fleet of `승용(대형)` with its vehicle list, 회기 dates; 7급's 과부족 `△2` where 4 − 5 is −1, the 회기'
  일수 계 23 where 12 + 5 + 5 is 22 (`tests/test_hunt68.py`).
- `2024-hanbit-gihuhwangyeong.txt` (기후환경과 2024, tabs as the real report's): staffing with grades as rows, a
  second table of 공무직 and 기간제, a 세출 budget of two years with 증감률 and rates printed `42.0%`, a 세입 table,
  a 사업기간 over years whose 총사업비 prints each year's share, 향후계획 as a table `추진일정 | 내용` ending in
  `’25. 1월 ~`; project 1's 총사업비 3,700백만원 where its years make 3,600 (`tests/test_hunt69.py`).
- `2023-hanbit-jachihaengjeong.txt` (자치행정과 2023, tabs as the real report's, the 주요업무 untitled but in the
  contents): staffing of spaced classes short `▲1`, 동 by 권역 merged down with a `소 계` each, `총5대 (정수 5)`, a
  budget in 백만원 with decimals, projects' budgets as rows `계 | 국 비 | 시 비 | 구 비` and stated in 억 and 만원,
  surveys merged down three rows and two; the 예산현황's 계 집행액 1,792.1 where its lines make 1,729.1, project
  Ⅲ-1's 구비 410.0 where its 계 and text make 400.0 (`tests/test_hunt70.py`).
- `2024-hanbit-sahoebokji.txt` (사회복지과 2024, tabs as the real report's): staffing of two series beside `임기제`
  and `공무직`, `(총3대)` by fuel, a budget in 백만원 of `정책사업 | 단위사업` with a 단위사업 named as its
  정책사업, projects' budgets in 천원 by sources as rows and as columns, a 총사업비 by sources over each year's share
  by sources; 사회복지 8급's 과부족 `△1` where 3 − 5 is −2, the 예산현황's 계 집행액 20,698.9 where its lines
  make 20,689.9, the 2025년 share 3,000 where its sources make 2,900 (`tests/test_hunt71.py`).
- `2022-hanbit-hoegye.md` (회계과 2022, LlamaParse's markdown: merged header cells repeated in each cell they span,
  `**bold**` lines, items `-` over `*` and `-`): staffing of `일 반 직` and `시 설 직`, `□ 공용차량 - 총4대` of sizes, a
  building table of row labels repeated down, a budget in 천원; 일반직 8급's 과부족 `△2` where 5 − 6 is −1,
  공유재산 관리's 집행률 32.6 where 402,130 ÷ 1,240,500 is 32.4% (`tests/test_hunt72.py`).
- `2026-hanbit-sallimnokji.md` (산림녹지과 2026, a November 행정사무감사 report, pandoc's markdown with grid tables):
  staffing in blocks `□ 일반직`, `□ 공무직`, `□ 기간제` (현원 alone, of jobs), parks merged down three rows and two, `총
  12대(관용 10, 임차 2)` of sizes and special kinds, a budget in 원 with rates to two decimals, items three deep, a 2027
  plan; 녹지 8·9급's 과부족 `△2` where 2 − 3 is −1, the parks' 계 면적 1,294,310 where its rows make 1,284,310, 가로수
  관리's 집행률 72.03 where 846,250,300 ÷ 1,205,000,000 is 70.23% (`tests/test_hunt73.py`).
- `2025-hanbit-semugwalli.txt` (세무관리과, `pdftotext -layout -enc EUC-KR` of an HWP PDF: CP949, form feeds): a cover
  whose department is spread over its width (`세   무   관   리   과`), fields numbered apart without a dot
  (`1     조    직 : 4팀`), staffing with grades as columns (`4급` all `-`), a vehicle list with a `비 고` of notes
  (`내용연수 경과`), a budget in 백만원 with rates `39.9%`, a project's budget of `계 | 국 비 | 시 비 | 구 비`,
  체납액 징수 실적 by 세목 (`건 수 | 금 액` under `체   납   액` and `징   수   액`, 징수율), 민원 처리 by month
  (`계 | 1월 | … | 5월` over 접수, 처리, 처리율(%)); 8급's 과부족 `△1` where 5 − 7 is −2, 자동차세's 징수율 32.8
  where 1,486 ÷ 4,620 is 32.2%, 접수's 계 3,430 where its months make 3,420 (`tests/test_hunt75.py`).
- `2024-hanbit-jaesangwalli.md` (재산관리과 2024, docling's markdown of a .docx: `## ` for every heading, `<!-- image
  -->`, merged cells repeated in every cell they span, across and down, lists flattened with each item's own mark
  kept, `- ○`, `- -`, `- ·`): staffing under a header of three rows (`일반직` over `행정` and `시설` over grades), a
  fleet of kinds merged down under `□ 공용차량 - 총 3대`, a budget in 천원, a 공유재산 table of `토 지` and `건 물`
  down their rows beside their 소계s, a building table of `본 관` and its 대지 down two rows, a project's table of
  rows merged across (`토 지` in each cell); 행정 8·9급's 과부족
  `△2` where 4 − 5 is −1, 재산 취득 및 처분's 집행률 33.9 where 215,680 ÷ 640,000 is 33.7%, 토지's 소계 면적
  2,412,150 where its rows make 2,402,150 (`tests/test_hunt76.py`).
- `2021-seohae-munhwagwangwang.md` (서해구 문화관광과 2021, `pandoc -t markdown` of a .docx with pipe tables: bold
  paragraphs for every title and part, `**가. 사업개요**`, pandoc's `1.  ` lists with a `    가.` paragraph set in,
  escapes, `'21.`, tables under a blank header row): staffing transposed (series over `정원 | 현원` as columns, grades
  as rows), a fleet by category × fuel, a budget in 백만원 at one decimal of `전년도 예산 | 예산현액 | 증감 | 지출액 |
  잔액 | 집행률`, projects' 소요예산 tables; the fleet's 계 경유 3 where its categories make 2, 관광 활성화's 잔액 727.2
  where 1,215.8 − 498.6 is 717.2, 문화시설 운영's 증감 287.1 where 1,482.1 − 1,205.0 is 277.1
  (`tests/test_hunt78.py`).
- `2026-seohae-gihoekgamsa.md` (서해구 기획감사실 2026, Google Docs' markdown of a .docx from HWP: bold headings
  with ids, a contents of links to them, every item of a numbered list `1.`, hard breaks, `<br>` in cells, an image by
  reference, boxes of one cell, a project's parts laid out in a table): staffing by 직렬·직급, a vehicle list under
  `총 2대`, a budget in 천원, audits by group merged down beside their `소 계`; 행정 7급's 과부족 `△1` where 6 − 8 is
  −2, 예산편성 및 재정운영's 집행률 33.8 where 612,430 ÷ 1,845,600 is 33.2%, the audits' 계 지적 건수 96 where its
  소계s make 86 (`tests/test_hunt80.py`).
- `2025-seohae-gongwonnokji.md` (서해구 공원녹지과 2025, mammoth's HTML of a .docx an HWP user saved, then html2text:
  tables `a| b| c` of no outer pipe, every line ending in two spaces, a cell's `<br>` ending a line, merged cells
  dropped, bold paragraphs for titles, `1\\.` escapes, `_italic_`, Word lists `  * ` and `  1. `, paragraphs wrapped
  at 78 columns): staffing by 직렬·직급 beside `공무직` merged down, a vehicle list under `총 3대`, a budget in 천원,
  trees by group merged down beside their `소 계`; 녹지 7급's 과부족 `△2` where 4 − 5 is −1, 공원시설 유지관리's
  집행률 44.6 where 501,200 ÷ 1,080,000 is 46.4%, 교목's 소계 연장 81,100 where its rows make 80,100
  (`tests/test_hunt87.py`).
- `2019-ara-haengjeongjiwon.txt` (아라구의회 제245회 임시회, 행정지원과 2019, HWP 2010's text in CP949: tab
  tables, `Ⅰ.` `1.` `가.` `1)` `가)`, `○ ㅇ -`, `'19. 5. 31. 기준`, `'19. 3월 ~ 12월`): staffing of `일 반 직` and
  `기 능 직` over series beside `별정직 | 임기제 | 청원경찰`, `▲` short, `총 12대` over a fleet by fuel, a budget in
  백만원 of `본예산 | 제1회 추경 | 최종예산 | 집행액 | 집행률(%)`, projects in 천원, a 집행액 on the line under the
  사업비; 임기제's 과부족 `▲2` where 1 − 2 is −1, 인사 및 복무관리's 집행률 44.4 where 171.3 ÷ 428.5 is 40.0%, 행정
  전산화's 집행액 251.9백만원 where its project states 252,040천원 (`tests/test_hunt88.py`).
- `2024-haeon-jumin.txt` (해온구의회, 주민자치과 2024, tabs with a BOM): staffing of `정 원 | 현재원 | 과부족(△)` over
  `4급이상 … 9급 | 공무직`, `보유대수 4대` over `차종별 | 계 | 승용 | …`, a budget of `예산현액(A) | 집행액(B) |
  집행률(B/A) | 잔액(A-B)`, amounts after `금`; 8급's 과부족 `△2` where 6 − 7 is −1, 통·반 운영's 집행률 47.8 where
  702,500 ÷ 1,485,600 is 47.3%, the 주민자치회 table's 계 위원 812 where its 권역 make 802 (`tests/test_hunt89.py`).
- `2025-nuri-bokjijeongchaek.txt` (누리구의회, 복지정책과 2025, tabs; its PDF drawn as HWP draws tables, an outer box
  and a rule under the header alone, figures set right in Gothic a size larger than the labels): staffing of `일반직`
  over grades beside `공무직 | 기간제`, `총 3대`, a budget of 16 단위사업, a table by 동 going on over a page break;
  긴급복지 지원's 집행률 48.0 where 591,560 ÷ 1,286,000 is 46.0%, the 동 table's 계 수급자 7,275 where its rows make
  7,257 (`tests/test_hunt90.py`).
- `2023-gaon-jaemu.txt` (가온구의회, 재무과 2023, tabs): a budget of one name column down to 편성목, `일반회계` over
  `단위사업: 재정관리` over `세부사업: 세외수입 관리` over `201-01 사무관리비`, and `성과지표 | 단위 | 목표 | 실적 |
  달성률(%)` in the general part and under each project (`나. 성과지표`), indicators in %; 세외수입 관리's 예산액 68,000
  where its 편성목 make 66,000, 체납액 징수's 201-01 사무관리비 집행률 46.0 where 40,800 ÷ 85,000 is 48.0%, 번호판
  영치's 달성률 44.0 where 252 ÷ 600 is 42.0% (`tests/test_hunt91.py`).
- `2022-cheongram-cheongnyeon.txt` (청람구의회, 청년정책과 2022, antiword's text of a .doc: `|` tables in fixed-width
  columns, no rule, a merged cell one wide cell, a cell's text wrapped or cut over lines of its own, titles centred
  and units set right by spaces, justified paragraphs, `[pic]`): staffing of `일 반 직` over grades beside `임기제 |
  공무직`, `총 2대`, a budget of 단위사업 in 천원, a project's budget by source in 원, 청년센터 by facility, 월세 지원
  by quarter and month; 일반직 8급's 과부족 `△1` where 4 − 6 is −2, 청년공간 운영's 집행률 44.9 where 245,300 ÷
  585,200 is 41.9%, the 청년센터 table's 계 이용자 18,460 where its rows make 18,360 (`tests/test_hunt92.py`)."""

import functools
from datetime import date
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.conftest import every_item

REPORTS = Path(__file__).parent / "department_reports"


def findings(name: str) -> list[tuple[str, str, str, str, str]]:
    return [finding_figures(f) for f in run_checks(extract_file(REPORTS / name))]


def test_a_rate_of_amounts_is_not_taken_for_one_of_a_count_over_an_amount():
    # before: 징수 건수 over 미수납 금액 in won, rounded to 백만원, "agreed" with every row, so nothing was found
    assert findings("2025-hanbit-semu.txt") == [("rate.table", "주민세", "징수율(%)", "42.7", "47.2")]


def test_a_remainder_is_checked_on_its_row():
    # before: 자동차세's was found only as the 계 row's (21,390 expected of 21,290), 이월분's likewise (14,890)
    assert findings("2025-hanbit-semu1.txt") == [
        ("sum.table", "자동차세", "미수납액", "6,077백만원", "6,177백만원"),
        ("sum.table", "이월분", "잔 액", "13,140백만원", "13,410백만원"),
    ]


def test_a_remainder_right_of_the_figure_a_total_misses_is_not_blamed():
    # 이월분's 체납액 19,420 (the 계 row's 21,500 makes it 19,320): its 잔액 13,140 is right of that, so it is not
    # found, as before there was a remainder check; and 19,320 puts its 정리율 right too: one finding, on the 체납액
    # (before, the 계 row's sum and its rate)
    path = REPORTS / "2025-hanbit-semu1.txt"
    text = path.read_text(encoding="utf-8").replace("이월분\t19,320\t6,180\t32.0\t13,410",
                                                     "이월분\t19,420\t6,180\t32.0\t13,140")
    assert [finding_figures(f) for f in run_checks(extract_file(path, text.encode()))] == [
        ("sum.table", "자동차세", "미수납액", "6,077백만원", "6,177백만원"),
        ("sum.table", "이월분", "체납액", "19,320백만원", "19,420백만원"),
    ]


def test_a_remainder_of_counts_is_of_the_counts_beside_amounts():
    text = (REPORTS / "2025-hanbit-semu.txt").read_text(encoding="utf-8").replace(
        "주민세\t201,800\t7,800\t176,920\t3,330\t24,880", "주민세\t201,800\t7,800\t176,920\t3,330\t24,980")
    found = [finding_figures(f)
             for f in run_checks(extract_file(REPORTS / "2025-hanbit-semu.txt", text.encode()))]
    assert ("sum.table", "주민세", "미 수 납 건수", "24,880", "24,980") in found
    assert all(f[1] != "합 계" for f in found)


def test_a_running_total_of_months_and_a_quarter_is_checked_on_its_row_and_blames_no_right_total():
    # before: the 계 row's right 누계 and 증감 were blamed for the rows' mistakes, which were not found
    assert findings("2025-saesol1dong.txt") == [
        ("sum.table", "인감증명", "누 계", "5,680", "5,690"),
        ("sum.table", "가족관계증명", "증 감", "480", "460"),
    ]


def test_a_change_from_last_years_same_period_is_checked_row_by_row():
    # before: the 계 row's right 증감 (2,580) was blamed for 의료급여's
    assert findings("2025-hanbit-saenghwal.txt") == [("sum.table", "의료급여", "증 감", "530", "560")]


def test_a_running_total_of_quarters_printed_as_rows_is_checked():
    # before: a 누계 beside no months was taken to count from before the year, and not checked
    assert findings("2025-hanbit-bogeonso.md") == [("sum.table", "누 계", "적발", "160", "170")]


def test_a_table_marking_changes_up_and_down_reads_the_mark_up_as_positive():
    # before: ▲ was read as a negative, as accounting's △ is: the 계 row's right ▲234.9 was found to be −346.9
    assert findings("2025-hanbit-jawon.txt") == [
        ("sum.table", "2월", "증 감", "-39.3", "-49.3"),
        ("rate.table", "3월", "증감률(%)", "5.1", "6.1"),
    ]


@pytest.mark.parametrize("line", ["(2025. 5. 31. 기준)", "<’25. 5. 31. 현재>", "（2025.5.31. 기준）"])
def test_a_date_line_right_above_a_space_aligned_header_is_no_group_label(line):
    # before: read as the group label of the last columns, so classes `(2025.5.31.기준)` over 9급, 시설직, 공무직
    text = (REPORTS / "2025-hanbit-geonchuk.txt").read_text(encoding="utf-8").replace("(2025. 5. 31. 기준)", line)
    report = extract_file(REPORTS / "2025-hanbit-geonchuk.txt", text.encode())
    current = {(s.job_class, s.grade): s.headcount for s in report.staffing if s.status == "현원"}
    assert current == {("계", "계"): 30, ("계", "5급"): 1, ("계", "6급"): 6, ("계", "7급"): 7, ("계", "8급"): 6,
                       ("계", "9급"): 3, ("시설", "계"): 5, ("공무직", "계"): 2}
    assert {s.as_of for s in report.staffing} == {date(2025, 5, 31)}
    assert run_checks(report) == []


def test_a_mark_up_alone_is_still_a_negative():
    from checks.tables import _marked_up_and_down
    body = [["계", "▲3", "△2"], ["가", "▲1", "-"]]
    assert _marked_up_and_down(("구 분", "증 감", "차 이"), body) is body
    assert _marked_up_and_down(("구 분", "증 감"), [["가", "▲3"], ["나", " ▼2"]]) == [["가", "+3"], ["나", " ▼2"]]
    # in one column with accounting's △, ▲ is the mark up; the other column's ▲ stays a negative
    labels = ("구 분", "증 감", "차 이")
    assert _marked_up_and_down(labels, [["계", "▲3", "▲4"], ["가", "△2", "▲4"], ["나", "▲5", "-"]]) == [
        ["계", "+3", "▲4"], ["가", "△2", "▲4"], ["나", "+5", "-"]]
    # right after the two periods it compares, ▲ is the mark up where they make most of its figures so; where they
    # make them negatives, it is accounting's
    periods = ("구 분", "’24년말", "’25. 5월", "증 감")
    assert _marked_up_and_down(periods, [["계", "318", "352", "▲34"], ["가", "141", "160", "▲19"]]) == [
        ["계", "318", "352", "+34"], ["가", "141", "160", "+19"]]
    body = [["계", "352", "318", "▲34"], ["가", "160", "141", "▲19"]]
    assert _marked_up_and_down(periods, body) is body


@pytest.mark.parametrize("label", ["1월", "12월 건수", "1/4분기", "2분기(4~5월)", "3 분기", "상반기", "하 반 기"])
def test_parts_of_the_year(label):
    from checks.tables import _PART_OF_YEAR_RE
    assert _PART_OF_YEAR_RE.match(label)


@pytest.mark.parametrize("label", ["분기별", "2024년", "반기", "13월", "5분기"])
def test_no_parts_of_the_year(label):
    from checks.tables import _PART_OF_YEAR_RE
    assert not _PART_OF_YEAR_RE.match(label)


def finding_figures(finding) -> tuple:
    """What the fixtures' tests compare of a finding: its rule, cell and figures."""
    return finding.rule, finding.row, finding.column, finding.expected, finding.actual


def planted(name: str, printed: str, wrong: str, encoding: str = "utf-8") -> list[tuple[str, str, str, str, str]]:
    """The findings of a report with one figure printed wrong (`printed` replaced by `wrong`, once), saved in its
    `encoding` again."""
    text = (REPORTS / name).read_text(encoding=encoding)
    assert text.count(printed) == 1
    report = extract_file(REPORTS / name, text.replace(printed, wrong).encode(encoding))
    return [finding_figures(f) for f in run_checks(report)]


def project_items(project, heading: str | None = None) -> list[tuple]:
    """Each item's text, the months it runs in and its amount, nested ones too (of one part where named)."""
    return [(item.text, item.months, item.amount_krw) for item in every_item(project.items)
            if heading is None or item.heading == heading]


def amounts(name: str) -> list[tuple[str, int | None]]:
    report = extract_file(REPORTS / name)
    return [(i.text.split(":")[0], i.amount_krw) for p in report.projects for i in every_item(p.items)
            if "비" in i.text]


def test_a_health_centres_counts_of_persons_by_period():
    # before: the registered persons' 계 (the last month's) was found as the months' sum, 2,025 and 895
    assert findings("2025-hanbit-geonganjeungjin.md") == []
    name = "2025-hanbit-geonganjeungjin.md"
    # under `계(실인원)` the 성공자 are each one's success once, and add up (before, the rate was blamed: 30.8)
    assert planted(name, "| 계(실인원) | 1,240 | 372 |", "| 계(실인원) | 1,240 | 382 |") == [
        ("sum.table", "계(실인원)", "6개월 성공자", "372", "382")]
    # a 계 of persons above every quarter is still their sum
    assert planted(name, "| 2/4분기 | 3,440 |", "| 2/4분기 | 3,340 |") == [
        ("sum.table", "계", "선별검사", "8,320", "8,420")]
    assert amounts(name) == [("사업비 ", 402_100_000), ("금연구역 지정 확대", 12_000_000),
                             ("찾아가는 금연 교육", 45_000_000), ("정신건강 주간 행사", 15_000_000),
                             ("마음건강 검진 확대", 16_000_000)]  # `국비 8,000천원, 구비 8,000천원`: before, none


def test_an_urban_planning_reports_budget_by_joint_source_and_items_over_years():
    name = "2025-hanbit-dosigyehoek.txt"
    report = extract_file(REPORTS / name)
    assert [(b.name, b.funding_source, b.budget_krw // 1_000) for b in report.budget] == [
        ("계", None, 2_451_000), ("국·시비", "국·시비", 1_200_000), ("구비", "구비", 1_251_000)]
    [plan, *_] = report.projects
    assert [(i.start_month, i.year, i.end_month, i.end_year, i.amount_krw) for i in plan.items[:2]] == [
        (3, 2024, 2, 2026, None), (None, None, None, None, 800_000_000)]
    assert findings(name) == [("staffing.status_assumed", "현원", None, None, None)]
    assert planted(name, "개소\t48\t31", "개소\t48\t32")[1:] == [("sum.table", "개소", "계", "49", "48")]
    assert planted(name, "협의 건수\t142\t24", "협의 건수\t142\t25")[1:] == [
        ("sum.table", "협의 건수", "계", "143", "142")]
    assert amounts(name)[-1] == ("경관 심의 지원", 30_000_000)


def test_a_culture_departments_members_counted_by_quarter_as_pdftotext_prints_them():
    # before: each 회원 계 (the 2분기's members) was found as the quarters' sum, 7,830 and 4,770
    name = "2025-hanbit-munhwa.txt"
    assert findings(name) == []
    assert planted(name, "2,980         3,420    △440", "2,980         3,420    △420") == [
        ("sum.budget", "문화시설 운영", "증감", "-440백만원", "-420백만원")]
    assert amounts(name) == [("소요예산 ", 320_000_000), ("구청장배 생활체육대회", 95_000_000),
                             ("어르신 체육교실", 210_000_000)]


def test_a_tax_departments_persons_counted_once_and_budget_by_joint_source():
    # before: `체납자 수(실인원)`'s 계 was found as its months' sum, 5,940
    name = "2025-hanbit-semu3.txt"
    assert findings(name) == []
    # a line's wrong 국·시비 is the line's (before, the 계's alone: `국·시비` was no source's column)
    assert planted(name, "지방세 부과 관리\t1,200,000\t500,000", "지방세 부과 관리\t1,200,000\t510,000") == [
        ("sum.funding", "지방세 부과 관리", "예산액 국·시비", "500,000천원", "510,000천원")]
    assert amounts(name) == [("고액체납자 명단 공개", 120_000_000), ("비과세 감면 실태조사", 20_000_000)]


def test_a_traffic_departments_report_as_a_converter_prints_it_in_tabs():
    name = "2025-hanbit-gyotong.txt"
    assert findings(name) == []
    report = extract_file(REPORTS / name)
    assert (report.document.department, report.document.title, report.document.team_count) == (
        "교통행정과", "2025년도 주요업무보고", 4)
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "과부족"] == [
        ("계", "계", -2), ("행정", "5급", 0), ("행정", "6급", 1), ("행정", "7급", -1), ("행정", "8·9급", -1),
        ("시설", "6급", 0), ("시설", "7급", -1), ("운전", "8급", 0), ("공무직", "계", 0)]
    assert [(b.name, b.budget_krw, b.executed_krw, b.as_of) for b in report.budget[:2]] == [
        ("계", 23_963_000_000, 8_176_000_000, date(2025, 5, 31)),
        ("대중교통 이용 편의 증진", 4_215_000_000, 1_830_000_000, date(2025, 5, 31))]
    # before: `2월~3월 검토, 하반기 시행` ran in February and March alone
    (item,) = [i for i in report.projects[1].items if i.text.startswith("시간제")]
    assert item.months == ["2025-02", "2025-03", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"]
    assert planted(name, "교통질서 확립\t2,874\t1,296\t45.1", "교통질서 확립\t2,874\t1,296\t41.5") == [
        ("rate", "교통질서 확립", "집행률(%)", "45.1", "41.5")]
    # before: the row's 계, expected 18,880 (its parts' sum), blamed; now the cell, which the 계 and the 증 감
    # row's 4,120 − △1,180 both make 5,300
    assert planted(name, "2024년 동기\t19,150\t8,870\t5,300", "2024년 동기\t19,150\t8,870\t5,030") == [
        ("sum.table", "2024년 동기", "이동형 단속", "5,300", "5,030")]
    # before: the 증 감 row's 계, expected -830 (its parts' sum), blamed; now the cell, 4,120 − 5,300
    assert planted(name, "증 감\t△730\t440\t△1,180", "증 감\t△730\t440\t△1,280") == [
        ("sum.table", "증 감", "이동형 단속", "-1,180", "-1,280")]
    assert amounts(name) == [("총사업비", 9_500_000_000), ("예 산", 2_874_000_000),
                             ("택시 승강장 정비(6개소)", 120_000_000), ("택시 서비스 평가", None)]


def test_a_job_departments_report_as_pdftotext_prints_it_across_page_breaks():
    name = "2025-hanbit-iljari.txt"
    assert findings(name) == []
    report = extract_file(REPORTS / name)
    # before: the letter-spaced title `2 0 2 5 년   주 요 업 무 보 고` was not read, and the 국's organisation
    # table (`구 분 | 팀 수 | 정 원 | 현 원`) counted no teams
    assert (report.document.department, report.document.title, report.document.team_count) == (
        "일자리경제과", "2025년 주 요 업 무 보 고", 4)
    assert [(s.grade, s.headcount) for s in report.staffing if s.status == "과부족"] == [
        ("계", -1), ("5급", 0), ("6급", 1), ("7급", -1), ("8급", -1), ("9급", 0), ("계", 0), ("계", 0)]
    # the budget table goes on past the page break and its running header
    assert [(b.name, b.budget_krw // 1_000) for b in report.budget] == [
        ("계", 8_254_915), ("일자리 창출 지원", 3_104_520), ("청년 일자리 지원", 1_215_800),
        ("소상공인 지원", 2_480_000), ("사회적경제 활성화", 562_995), ("전통시장 활성화", 849_000),
        ("기본경비", 42_600)]
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000) for b in report.projects[0].budget_lines] == [
        ("계", 1_215_800, 388_930), ("국비", 300_000, 96_000), ("시비", 415_800, 132_930), ("구비", 500_000, 160_000)]
    assert planted(name, "새솔시장     155,000          111,000        44,000",
                   "새솔시장     155,000          111,000        45,000") == [
        ("sum.table", "새솔시장", "경영혁신", "44,000천원", "45,000천원")]
    assert planted(name, "과부족        ▲1        -      1     ▲1     ▲1",
                   "과부족        ▲1        -      1     ▲1     ▲2") == [
        ("shortfall", "과부족", "일반직 8급", "-1", "-2")]
    assert amounts(name) == [("사 업 비 ", 849_000_000)]
    # before: none, a 사업비 naming no year; its overview's `사업기간 : 2025. 3. ~ 2025. 12.` makes it the year's
    assert [(b.name, b.funding_source, b.budget_krw) for b in report.projects[1].budget_lines] == [
        ("계", None, 849_000_000), ("국비", "국비", 254_700_000), ("시비", "시비", 254_700_000),
        ("구비", "구비", 339_600_000)]
    assert planted(name, "시비 254,700, 구비 339,600)", "시비 254,700, 구비 393,600)") == [
        ("sum.project_budget", "계", "예산액", "903,000천원", "849,000천원")]


def test_a_housing_departments_report_as_pandoc_prints_it_in_gfm_saved_in_cp949():
    # pandoc -t gfm: `2025\.`, `2월\~5월`, lines wrapped, the staffing table's two-row merged header as HTML
    name = "2025-hanbit-jutaek.md"
    assert findings(name) == []
    report = extract_file(REPORTS / name)
    # before: 12, the 국's teams its organisation line counts after its 3 과 (`도시관리국 3과 12팀`); the 국's table
    # prints the department's 4
    assert (report.document.department, report.document.team_count) == ("주택과", 4)
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "과부족"] == [
        ("계", "계", -1), ("일반직", "5급", 0), ("일반직", "6급", 1), ("일반직", "7급", -1), ("일반직", "8급", 0),
        ("일반직", "9급", -1), ("시설", "6급", 0), ("시설", "7급", -1), ("공무직", "계", 1)]
    assert [(b.name, b.budget_krw // 1_000_000, b.executed_krw // 1_000_000, b.as_of) for b in report.budget] == [
        ("계", 48_620, 19_210, date(2025, 5, 31)), ("주거환경 개선", 12_400, 5_020, date(2025, 5, 31)),
        ("공동주택 관리 지원", 3_180, 1_410, date(2025, 5, 31)), ("임대주택 공급", 31_650, 12_560, date(2025, 5, 31)),
        ("기본경비", 1_390, 220, date(2025, 5, 31))]
    # before: `17개 단지 560,000천원` gave no amount, the thing counted after its 개
    assert [(i.text.split(":")[0], i.start_month, i.end_month, i.amount_krw)
            for p in report.projects for i in p.items if i.amount_krw] == [
        ("사업비", None, None, 12_400_000_000), ("집수리 지원사업", 2, 5, 3_210_000_000),
        ("안심골목 조성(한빛2동 외 2개소)", 3, 3, 95_700_000), ("공용시설 보수비 지원", 3, 5, 560_000_000),
        ("사업비", None, None, 31_650_000_000)]
    # before: no budget lines for either 사업비, which names no year; the first project's overview states its period
    # within the year (`기 간: 2025. 1. ~ 12.`), so its 사업비 is the year's; the third's runs over years (`2024. 7. ~
    # 2026. 6.`): none
    assert [[(b.name, b.funding_source, b.budget_krw, b.unit) for b in report.projects[k].budget_lines]
            for k in (0, 2)] == [[("계", None, 12_400_000_000, "백만원"), ("국비", "국비", 3_100_000_000, "백만원"),
                                  ("시비", "시비", 4_960_000_000, "백만원"), ("구비", "구비", 4_340_000_000, "백만원")],
                                 []]
    text = (REPORTS / name).read_bytes().decode("cp949")
    planted_cp949 = functools.partial(planted, name, encoding="cp949")

    assert planted_cp949("| 임대주택 공급        |   31,650 | 12,560 |      39.7 |",
                         "| 임대주택 공급        |   31,650 | 12,560 |      37.9 |") == [
        ("rate", "임대주택 공급", "집행률(%)", "39.7", "37.9")]
    assert planted_cp949("| 한빛2단지 |  80 |   40 |       30 |     10 |",
                         "| 한빛2단지 |  80 |   40 |       30 |     20 |") == [
        ("sum.table", "한빛2단지", "고령자", "10", "20")]
    # the 국's organisation table: 주택과's 과부족 △2 where 23 − 24 is △1, its cell alone (before, also the 계 row's
    # sum, expected △3); the 계 row's △3 where 66 − 68 and its rows both make △2, once (before, also sum.table)
    assert planted_cp949("| 주택과      |     4 |    24 |    23 |     △1 |",
                         "| 주택과      |     4 |    24 |    23 |     △2 |") == [
        ("shortfall", "과부족", "주택과", "-1", "-2")]
    assert planted_cp949("| 계          |    12 |    68 |    66 |     △2 |",
                         "| 계          |    12 |    68 |    66 |     △3 |") == [
        ("shortfall", "과부족", "계", "-2", "-3")]
    # 주택과's 현원 22 (or 정원 25), which the 계's sum and its 과부족 △1 both make 23 (24): one finding on the cell
    # (before, also the 계 row's sum, expected 65 (69), and shortfall on its 과부족, expected △2)
    assert planted_cp949("| 주택과      |     4 |    24 |    23 |     △1 |",
                         "| 주택과      |     4 |    24 |    22 |     △1 |") == [
        ("sum.table", "주택과", "현 원", "23", "22")]
    assert planted_cp949("| 주택과      |     4 |    24 |    23 |     △1 |",
                         "| 주택과      |     4 |    25 |    23 |     △1 |") == [
        ("sum.table", "주택과", "정 원", "24", "25")]
    assert planted_cp949("<td>과부족</td>\n<td>△1</td>\n<td>-</td>\n<td>1</td>",
                         "<td>과부족</td>\n<td>△1</td>\n<td>-</td>\n<td>2</td>") == [
        ("shortfall", "과부족", "일반직 6급", "1", "2")]
    assert planted_cp949("시비 4,960, 구비 4,340", "시비 4,960, 구비 4,440") == [
        ("sum.project_budget", "계", "예산액", "12,500백만원", "12,400백만원")]
    # before: `560,000천원(17개 단지)` gave no amount, the bracket after it holding a figure
    counted_after = extract_file(REPORTS / name, text.replace("17개 단지 560,000천원", "560,000천원(17개 단지)")
                                 .encode("cp949"))
    assert [(i.text.split(":")[0], i.amount_krw) for p in counted_after.projects for i in p.items
            if i.text.startswith("공용시설")] == [("공용시설 보수비 지원", 560_000_000)]


def yeoseong_pdf(tmp_path: Path, ruling: str) -> Path:
    """The 여성가족과 report drawn as the samples' PDFs are: its 동 table goes on over a page, under the running header,
    its header printed again."""
    from tests.layouts import make_pdfs
    target = tmp_path / "2025-hanbit-yeoseong.pdf"
    make_pdfs().render(REPORTS / "2025-hanbit-yeoseong.txt", target, ruling)
    return target


@pytest.mark.parametrize("ruling", ["grid", "open sides", "horizontal", "none"])
def test_a_family_departments_report_as_a_pdf_gives_the_records_and_findings_of_its_text(ruling, tmp_path):
    from pipeline.records import records_data
    text = extract_file(REPORTS / "2025-hanbit-yeoseong.txt")
    pdf = extract_file(yeoseong_pdf(tmp_path, ruling))
    assert records_data(pdf, with_sources=False) == records_data(text, with_sources=False)
    assert run_checks(pdf) == run_checks(text) == []


def test_a_family_departments_report_reads_its_figures():
    report = extract_file(REPORTS / "2025-hanbit-yeoseong.txt")
    assert (report.document.department, report.document.team_count) == ("여성가족과", 3)
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "과부족"] == [
        ("계", "계", -1), ("일반직", "5급", 0), ("일반직", "6급", 1), ("일반직", "7급", -1), ("일반직", "8급", 0),
        ("일반직", "9급", -1), ("사회복지", "6급", 0), ("사회복지", "7급", 1), ("공무직", "계", -1)]
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000) for b in report.projects[0].budget_lines] == [
        ("계", 5_120_000, 2_048_000), ("국비", 3_584_000, 1_433_600), ("시비", 768_000, 307_200),
        ("구비", 768_000, 307_200)]
    # before: `4개 구간 1억 2,000만원` gave no amount
    assert [(i.text.split(":")[0], i.months[0], i.months[-1], i.amount_krw)
            for p in report.projects for i in p.items if i.amount_krw] == [
        ("안심 비상벨 설치", "2025-04", "2025-05", 58_400_000),
        ("안심귀갓길 추가 조성", "2025-07", "2025-12", 120_000_000),
        ("가족 사랑의 날 행사", "2025-10", "2025-10", 95_700_000)]
    assert planted("2025-hanbit-yeoseong.txt", "바다동\t18\t12\t6", "바다동\t18\t12\t7") == [
        ("sum.table", "바다동", "영아종일제", "6", "7")]
    assert planted("2025-hanbit-yeoseong.txt", "2분기(4~5월)\t46\t391", "2분기(4~5월)\t46\t392") == [
        ("sum.table", "2분기(4~5월)", "계 인원", "391", "392")]


def test_an_audit_offices_report_as_pdftotext_prints_it_with_a_bom():
    name = "2025-hanbit-gamsa.txt"
    assert (REPORTS / name).read_bytes().startswith("\ufeff".encode())
    assert findings(name) == []
    report = extract_file(REPORTS / name)
    assert (report.document.department, report.document.title, report.document.team_count) == (
        "감사담당관", "2025년 주요업무 보고", 3)
    # before: `일 반 직`, centred over `4급 … 8급` beside `임 기 제` and `시간선택제`, was read over the table's `계`
    # printed low beside them, and 정원's and 현원's 계 (18, 17) were found against 일반직's grades (15, 14)
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "과부족"] == [
        ("계", "계", -1), ("일반직", "4급", 0), ("일반직", "5급", 0), ("일반직", "6급", 1), ("일반직", "7급", -1),
        ("일반직", "8급", -1), ("임기제", "6급", 0), ("임기제", "7급", -1), ("시간선택제", "7급", 1)]
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.execution_rate, b.other_columns)
            for b in report.budget[:2]] == [
        ("계", 691_000, 281_530, 40.7, {"본예산": "652,000", "이월액": "24,000", "예비비": "15,000"}),
        ("자체감사 운영", 312_000, 141_960, 45.5, {"본예산": "312,000", "이월액": "-", "예비비": "-"})]
    # the 감사 results' table goes on past the page break
    (results,) = [t for t in report.tables if t.caption == "2025년 감사 실시 결과"]
    assert [row[0] for row in results.rows] == ["구 분", "계", "종합감사", "특정감사", "복무감사"]
    assert planted(name, "16,500", "16,800") == [
        ("sum.table", "계", "재정상 조치 금액", "186,720천원", "186,420천원")]
    assert planted(name, "   964", "   946") == [("sum.table", "공 사", "조정 금액", "964백만원", "946백만원")]
    assert planted(name, "  2.4", "  2.9") == [("rate.table", "물 품", "절감률(%)", "2.4", "2.9")]


def test_a_schedules_month_labels_one_space_apart_as_pdftotext_prints_narrow_columns():
    # `구  분  1월  2월 … 8월  9월 10월 11월 12월`: before, `9월 10월 11월 12월` was one cell, the marks under it
    # stood under no month, and the schedule was one item of its words (`구 분 1월 2월 … 청렴 교육 ● ● …`)
    report = extract_file(REPORTS / "2025-hanbit-gamsa.txt")
    assert [(i.text, i.months) for i in report.projects[1].items
            if i.heading == "추진실적" and " : " in i.text and "/" not in i.text] == [
        ("청렴 교육 : 2월~5월, 8월~10월",
         ["2025-02", "2025-03", "2025-04", "2025-05", "2025-08", "2025-09", "2025-10"]),
        ("청렴 콘서트 : 11월", ["2025-11"]),
        ("부패위험 진단 : 1월, 6월, 12월", ["2025-01", "2025-06", "2025-12"])]


def test_a_budget_as_it_stands_is_checked_against_its_parts_printed_beside_it():
    # `예산현액 | 본예산 | 이월액 | 예비비`: before, a wrong 본예산 was found as the 계's (650,200 expected of 652,000)
    # and a wrong 예산현액 not at all where its rate still agreed
    name = "2025-hanbit-gamsa.txt"
    assert planted(name, "  96,400", "  94,600") == [
        ("sum.funding", "공직기강 확립", "본예산", "96,400천원", "94,600천원")]
    assert planted(name, "111,400", "111,600") == [
        ("sum.funding", "공직기강 확립", "예산액", "111,400천원", "111,600천원")]


def test_a_civil_affairs_departments_report_as_markdown_with_an_html_header():
    name = "2025-hanbit-minwon.md"
    assert findings(name) == []
    report = extract_file(REPORTS / name)
    assert (report.document.department, report.document.team_count) == ("민원여권과", 3)
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "과부족"] == [
        ("계", "계", 0), ("일반직", "5급", 0), ("일반직", "6급", 1), ("일반직", "7급", 0), ("일반직", "8급", -2),
        ("일반직", "9급", 1), ("시간선택제임기제", "7급", -1), ("시간선택제임기제", "9급", 0), ("공무직", "계", 1)]
    assert [(b.name, b.budget_krw // 1_000_000, b.executed_krw // 1_000_000, b.as_of) for b in report.budget[:2]] == [
        ("계", 2_846, 1_108, date(2025, 5, 31)), ("민원서비스 향상", 1_215, 502, date(2025, 5, 31))]
    assert [(i.text, i.months) for i in report.projects[1].items if " : " in i.text] == [
        ("무인민원발급기 교체 : 2월~3월, 7월~8월", ["2025-02", "2025-03", "2025-07", "2025-08"]),
        ("친절 교육 : 1월, 4월, 7월, 10월", ["2025-01", "2025-04", "2025-07", "2025-10"]),
        ("민원 만족도 조사 : 6월, 12월", ["2025-06", "2025-12"])]
    assert planted(name, "| 1,410 | 180", "| 1,400 | 180") == [("sum.table", "긴급·관용여권", "계", "1,410", "1,400")]
    assert planted(name, "| 1,190 | 70 |", "| 1,190 | 80 |") == [("sum.columns", "고충민원", "진 행", "70", "80")]
    assert planted(name, "<td>△2</td>", "<td>△3</td>") == [("shortfall", "과부족", "일반직 8급", "-2", "-3")]


@pytest.mark.parametrize("groups", [
    "                               일 반 직                 임 기 제         시간선택제",  # centred, as printed
    "                       일 반 직                          임 기 제           시간선택제",  # at their spans' left
], ids=["centred", "at left"])
def test_group_labels_beside_a_total_printed_low_head_the_grades_alone(groups):
    # at their left, each where its group's first grade starts: before, `일 반 직` over 계 … 7급 and `임 기 제` over
    # 일반직's 8급, and each status's 계 found against 일반직's grades (13, 13); `시간선택제` is wider than its column
    path = REPORTS / "2025-hanbit-gamsa.txt"
    text = path.read_text(encoding="utf-8")
    printed = "                               일 반 직                 임 기 제         시간선택제"
    report = extract_file(path, text.replace(printed, groups).encode())
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "정원"] == [
        ("계", "계", 18), ("일반직", "4급", 1), ("일반직", "5급", 2), ("일반직", "6급", 5), ("일반직", "7급", 5),
        ("일반직", "8급", 2), ("임기제", "6급", 1), ("임기제", "7급", 1), ("시간선택제", "7급", 1)]
    assert run_checks(report) == []


def test_a_flood_control_departments_facilities_by_dong_in_km_and_m2():
    # 치수과, a .hwp saved as text in CP949: facilities by 동 whose cells print their units (`12.5km`, `44,500m²`;
    # before, `²` was taken for a digit ending the figure, so the 면적 column was no figures and its 계 not checked), a
    # budget of 일반회계 and 특별회계 with a 소계 each, a plan's two budget years, a pump's unit per minute (`m³/분`)
    name = "2025-hanbit-chisu.txt"
    report = extract_file(REPORTS / name)
    assert run_checks(report) == []
    [facilities, pumps] = report.tables
    assert facilities.rows[1] == ["계", "", "12.5km", "44,500m²", "4"]
    assert pumps.unit == "m³/분, 회, 시간"  # before, `m³, 분, 회, 시간`
    assert [(b.parent, b.name, b.budget_krw // 1_000, b.execution_rate) for b in report.budget[:3]] == [
        (None, "계", 20_372_400, 34.3), (None, "일반회계", 9_281_900, 34.9),
        ("일반회계", "하천 유지관리", 1_842_000, 40.0)]
    totals = [(b.budget_year, b.budget_krw // 1_000) for b in report.projects[0].budget_lines if b.name == "계"]
    assert totals == [(None, 3_120_000), (2026, 4_500_000)]
    assert [(i.start_month, i.end_month, i.year, i.amount_krw) for i in report.projects[0].items
            if i.heading == "향후계획"] == [(7, 12, 2025, 150_000_000), (6, 6, 2025, None), (1, 6, 2026, 3_210_000_000)]
    planted_cp949 = functools.partial(planted, name, encoding="cp949")
    assert planted_cp949("9,600m²", "9,700m²") == [("sum.table", "계", "제방 면적", "44,600", "44,500")]
    assert planted_cp949("4.2km", "5.2km") == [("sum.table", "계", "연 장", "13.5", "12.5")]
    assert planted_cp949("하수관로 정비\t6,880,000", "하수관로 정비\t6,980,000") == [
        ("sum.budget", "하수관로 정비", "예산액", "6,880,000천원", "6,980,000천원")]


def test_an_education_departments_report_reads_as_its_pdf(tmp_path):
    # 교육지원과: a staffing header of three rows, a table of schools (지원액 | 집행액 | 집행률 in 천원) going on over a
    # page, drawn on a landscape page as make_pdfs draws the samples: the PDF reads as its text twin
    from pipeline.records import records_data
    from tests.layouts import make_pdfs
    name = "2025-hanbit-gyoyuk.txt"
    make_pdfs().render(REPORTS / name, tmp_path / "gyoyuk.pdf")
    text, pdf = extract_file(REPORTS / name), extract_file(tmp_path / "gyoyuk.pdf")
    assert records_data(pdf, with_sources=False) == records_data(text, with_sources=False)
    assert run_checks(pdf) == [] and run_checks(text) == []
    [schools] = pdf.tables
    assert (len(schools.rows), schools.rows[1], schools.source.page, schools.as_of) == (
        30, ["계", "2,378,500", "1,166,780", "49.1"], 2, date(2025, 5, 31))
    assert [(s.job_class, s.grade, s.headcount) for s in pdf.staffing if s.status == "과부족"] == [
        ("계", "계", -1), ("행정", "5급", 0), ("행정", "6급", 0), ("행정", "7급", -1), ("행정", "8급", 1),
        ("사서", "6급", 0), ("사서", "7급", -1), ("공무직", "계", 0)]
    assert planted(name, "87,730\t60.9", "87,730\t61.9") == [("rate.table", "동산중학교", "집행률(%)", "60.9", "61.9")]


def test_a_units_power_printed_flat_is_the_unit():
    # a text export drops the superscript: `44,500m2`, `(단위: km, m2, 개소)`; before, the 면적 column was no figures
    # (its 계 not checked) and the unit line lost `m2`
    path = REPORTS / "2025-hanbit-chisu.txt"
    flat = path.read_text(encoding="cp949").replace("m²", "m2")
    report = extract_file(path, flat.encode("cp949"))
    facilities = report.tables[0]
    assert (facilities.unit, facilities.rows[1]) == ("km, m², 개소", ["계", "", "12.5km", "44,500m²", "4"])
    planted = extract_file(path, flat.replace("9,600m2", "9,700m2").encode("cp949"))
    assert [finding_figures(f) for f in run_checks(planted)] == [
        ("sum.table", "계", "제방 면적", "44,600", "44,500")]


@pytest.mark.parametrize(("printed", "read"), [
    ("44,500m2", "44,500m²"), ("12 m3/분", "12 m³/분"), ("면적(m2)", "면적(m²)"), ("3.5km2", "3.5km²"),
    ("A4 m2 용지", "A4 m2 용지"), ("10m 2개", "10m 2개"), ("5m2,000", "5m2,000"), ("Galaxy m2", "Galaxy m2")])
def test_flat_powers_of_units(printed, read):
    from pipeline.values import clean_text
    assert clean_text(printed) == read


def test_a_real_estate_departments_report_as_pandoc_prints_a_docx_in_plain_text():
    # 부동산정보과, `pandoc -t plain`: headings underlined (`4. 예산현황` over `-----------`), simple tables under
    # dashed rules, a multiline one of rows parted by blank lines; before, a heading's underline was taken for the top
    # border of a multiline table running to the next one's, so the budget was one row of generic cells, the
    # `II. 주요업무 추진실적` part inside it and no project read
    report = extract_file(REPORTS / "2025-hanbit-budongsan.txt")
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in report.budget] == [
        ("계", 1_804_000_000, 750_627_000, 41.6), ("부동산 공시가격 조사", 412_380_000, 205_117_000, 49.7),
        ("지적측량 및 지적재조사", 1_256_400_000, 488_310_000, 38.9),
        ("부동산 거래 관리", 98_650_000, 41_220_000, 41.8), ("기본경비", 36_570_000, 15_980_000, 43.7)]
    assert [(p.seq, p.title, p.section) for p in report.projects] == [
        (1, "부동산 거래신고 관리", "Ⅱ 주요업무 추진실적"), (2, "2025년 개별공시지가 조사·결정", "Ⅱ 주요업무 추진실적"),
        (3, "지적재조사사업 추진", "Ⅱ 주요업무 추진실적")]
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "과부족"] == [
        ("계", "계", -1), ("계", "5급", 0), ("계", "6급", 1), ("계", "7급", -1), ("계", "8급", 1), ("계", "9급", -1),
        ("전문경력관", "계", -1), ("별정직", "계", 0)]
    plans = [(i.text, i.start_month, i.end_month, i.amount_krw) for i in report.projects[0].items
             if i.heading == "향후계획"]
    assert plans == [("하반기 중개업소 합동 지도점검: 3/4분기", 7, 9, None),
                     ("거래신고 정밀조사: 4분기 / 12,000천원", 10, 12, 12_000_000),
                     ("부동산 거래 안전 교육: 연중", 1, 12, None)]
    assert [t.rows[1] for t in report.tables if t.caption == "지구별 추진 현황"] == [
        ["계", "1,240", "412,600", "-", ""]]
    assert run_checks(report) == []
    assert planted("2025-hanbit-budongsan.txt", "2,685   2,310       375", "2,685   2,310       357") == [
        ("sum.table", "아파트", "증 감", "375", "357")]


def test_a_projects_budget_of_sources_as_its_whole_header_over_one_row_of_figures():
    # `예 산 (단위: 천원)` over `계 | 국 비 | 시 비 | 구 비` and `412,380 | - | 96,000 | 316,380`, no row label;
    # before, a generic grid: no budget line, and a 구비 printed wrong was found as the sum of a row `1행`
    report = extract_file(REPORTS / "2025-hanbit-budongsan.txt")
    assert [(b.name, b.budget_krw, b.funding_source) for b in report.projects[1].budget_lines] == [
        ("계", 412_380_000, None), ("국비", 0, "국비"), ("시비", 96_000_000, "시비"), ("구비", 316_380_000, "구비")]
    assert "예 산" not in [t.caption for t in report.tables]
    assert planted("2025-hanbit-budongsan.txt", "96,000     316,380", "96,000     326,380") == [
        ("sum.project_budget", "계", "예산액", "422,380천원", "412,380천원")]


def test_a_childrens_departments_report_as_markdown_of_an_html_export():
    # 아동청소년과, markdown of an HTML export with a BOM: `<table>`s with rowspan/colspan among `|` tables, `&nbsp;`
    # in titles and fields; before, `차&nbsp;&nbsp;량 : 총 2대` was no fleet's caption (no vehicles) and
    # `예&nbsp;&nbsp;산 : 18,420백만원(국비 …)` no budget field (no budget lines)
    report = extract_file(REPORTS / "2025-hanbit-adong.md")
    assert [(c.kind, c.count) for v in report.vehicles for c in v.counts] == [("계", 2), ("승합", 1), ("승용", 1)]
    assert [[(b.name, b.budget_krw) for b in p.budget_lines] for p in report.projects] == [
        [("계", 18_420_000_000), ("국비", 14_736_000_000), ("시비", 1_842_000_000), ("구비", 1_842_000_000)],
        [("계", 1_236_000_000), ("국비", 616_000_000), ("시비", 310_000_000), ("구비", 310_000_000)],
        [("구비", 2_148_000_000)]]
    assert report.projects[0].items[0].text == "기 간 : 2025. 1. ~ 12."
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "과부족"] == [
        ("계", "계", 1), ("일반직", "5급", 0), ("일반직", "6급", 1), ("일반직", "7급", -1), ("일반직", "8급", 1),
        ("일반직", "9급", -1), ("임기제", "시간선택제", 0), ("공무직", "계", 1)]
    assert [(i.text, i.start_month, i.end_month, i.amount_krw) for i in report.projects[1].items
            if i.heading == "추진실적" and i.amount_krw] == [
        ("학대피해아동 쉼터 운영비 지원 : 3월 / 4,500만원", 3, 3, 45_000_000)]
    assert run_checks(report) == []
    assert planted("2025-hanbit-adong.md", "<td>560</td>", "<td>570</td>") == [
        ("sum.table", "새솔2동", "아 동 수 남", "560", "570")]
    assert planted("2025-hanbit-adong.md", "시비 310, 구비 310", "시비 320, 구비 310") == [
        ("sum.project_budget", "계", "예산액", "1,246백만원", "1,236백만원")]


@pytest.mark.parametrize(("printed", "read"), [
    ("조&nbsp;&nbsp;직", "조  직"), ("예&#160;산", "예 산"), ("&#xA0;계", " 계"), ("R&amp;D", "R&amp;D"),
    ("&lt;표 1&gt;", "&lt;표 1&gt;"), ("&nosuch; 3", "&nosuch; 3"), ("A&B; C", "A&B; C")])
def test_character_references_outside_markup(printed, read):
    from pipeline.read_text import _CHARACTER_REFERENCE_RE, _referenced_char
    assert _CHARACTER_REFERENCE_RE.sub(_referenced_char, printed) == read


def test_a_smart_information_departments_report_as_docling_prints_it():
    # 스마트정보과, markdown as docling exports a .docx: `## ` headings for every title, `<!-- image -->`, pipe tables
    # repeating a merged cell's text in each cell it spans (a header `예산액 | 예산액 | 예산액` over `계 | 국·시비 |
    # 구비`, `일반직` down the staffing rows), lists flattened to one level
    report = extract_file(REPORTS / "2025-hanbit-seumateu.md")
    assert (report.document.department, report.document.session_start, report.document.team_count) == (
        "스마트정보과", date(2025, 6, 12), 4)
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "과부족"] == [
        ("계", "계", -1), ("일반직", "계", -1), ("일반직", "5급", 0), ("일반직", "6급", 1), ("일반직", "7급", -1),
        ("일반직", "8급", -2), ("일반직", "9급", 1), ("임기제", "전문임기제", 0), ("임기제", "시간선택제임기제", 0)]
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate, b.other_columns["예산액 국·시비"])
            for b in report.budget] == [
        ("계", 3_480_500_000, 1_512_340_000, 43.5, "420,000"),
        ("정보화 기반 구축", 1_250_000_000, 612_400_000, 49.0, "-"),
        ("스마트도시 조성", 820_000_000, 205_300_000, 25.0, "420,000"),
        ("공간정보 관리", 410_500_000, 198_640_000, 48.4, "-"),
        ("정보통신망 운영", 1_000_000_000, 496_000_000, 49.6, "-")]
    assert [[(b.name, b.budget_krw, b.executed_krw) for b in p.budget_lines] for p in report.projects] == [
        [("구비", 1_250_000_000, 612_400_000)],
        [("계", 820_000_000, None), ("국비", 300_000_000, None), ("시비", 120_000_000, None),
         ("구비", 400_000_000, None)],
        [("구비", 410_500_000, None)]]  # `예 산: 410,500(구비)`, in the 예산 table's 천원, where it prints 410,500
    assert [(i.text.split(":")[0], i.months[0], i.months[-1], i.amount_krw) for i in report.projects[0].items
            if i.heading == "향후계획"] == [("홈페이지 개인정보 노출 점검", "2025-07", "2025-09", None),
                                          ("정보시스템 성능 개선", "2025-11", "2025-11", None),
                                          ("정보보안 관제 운영", "2025-01", "2025-12", None)]
    assert run_checks(report) == []
    name = "2025-hanbit-seumateu.md"
    assert planted(name, "| 775,000  |", "| 776,000  |") == [("sum.table", "방문자", "누 계", "775,000", "776,000")]
    assert planted(name, "| △3.1%    |", "| △4.1%    |") == [("rate.table", "온라인 민원", "증감률", "-3.1", "-4.1")]
    assert planted(name, "| 420,000  | 400,000   | 205,300", "| 420,000  | 410,000   | 205,300") == [
        ("sum.funding", "스마트도시 조성", "예산액 구비", "400,000천원", "410,000천원")]


def _google_docs_findings(printed: str, wrong: str) -> list[tuple[str, str, str, str, str]]:
    data = (REPORTS / "2025-hanbit-hongbo.md").read_bytes()  # CRLF kept, as Google Docs writes it
    assert data.count(printed.encode()) == 1
    report = extract_file(REPORTS / "2025-hanbit-hongbo.md", data.replace(printed.encode(), wrong.encode()))
    return [finding_figures(f) for f in run_checks(report)]


def test_a_public_relations_report_as_google_docs_prints_markdown():
    # 홍보담당관, Google Docs' "Download → Markdown": CRLF, `| :---- |` rules under the first row alone (the staffing
    # header's second row below them, merged cells blank), `**bold**` headings and cells, `1\.`, `\~`, `\-`, numbered
    # lists restarted and a bullet nested four spaces under a numbered item (before, its sibling)
    report = extract_file(REPORTS / "2025-hanbit-hongbo.md")
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "현원"] == [
        ("계", "계", 19), ("일반직", "5급", 1), ("일반직", "6급", 5), ("일반직", "7급", 4), ("일반직", "8급", 4),
        ("임기제", "전문임기제", 3), ("임기제", "시간선택제임기제", 2)]
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in report.budget] == [
        ("계", 2_145_000_000, 1_034_000_000, 48.2), ("구정 홍보 강화", 1_120_000_000, 562_000_000, 50.2),
        ("언론 소통 활성화", 615_000_000, 298_000_000, 48.5), ("뉴미디어 홍보", 410_000_000, 174_000_000, 42.4)]
    (shown,) = [i for i in report.projects[0].items if i.text.startswith("옥외 전광판")]
    assert [(i.depth, i.text, i.months, i.amount_krw) for i in shown.children] == [
        (1, "전광판 콘텐츠 제작(24편): 4월~5월 / 12,300천원", ["2025-04", "2025-05"], 12_300_000)]
    assert [(i.text.split(":")[0], i.months[0], len(i.months), i.amount_krw) for p in report.projects
            for i in p.items if i.heading == "향후계획"] == [
        ("구정 홍보영상 제작", "2025-07", 3, None), ("소식지 독자 설문조사", "2025-11", 1, None),
        ("전광판 유지관리", "2025-01", 12, None), ("하반기 기자간담회", "2025-07", 1, None),
        ("언론 모니터링 고도화", "2025-01", 12, None), ("숏폼 영상 공모전", "2025-07", 3, 8_000_000),
        ("SNS 서포터즈 2기 모집", "2025-11", 1, None)]
    assert run_checks(report) == []
    assert _google_docs_findings("| 과부족 | 1 | \\- | 1 |", "| 과부족 | 1 | \\- | 2 |") == [
        ("shortfall", "과부족", "일반직 6급", "1", "2")]


def test_a_ratio_column_whose_total_prints_100_is_a_share():
    # 보도자료 by 분야, `분 야 | 건 수 | 비율(%)`: before, `비율` was taken for a rate of two columns, and with one
    # column before it compared with nothing, so 26.8 where 62 of 240 is 25.8 was found by nothing
    assert _google_docs_findings("| 복지ㆍ건강 | 62 | 25.8 |", "| 복지ㆍ건강 | 62 | 26.8 |") == [
        ("share.table", "복지·건강", "비율(%)", "25.8", "26.8")]
    assert _google_docs_findings("| 경제ㆍ일자리 | 35 | 14.6 |", "| 경제ㆍ일자리 | 35 | 15.6 |") == [
        ("share.table", "경제·일자리", "비율(%)", "14.6", "15.6")]
    # a 계 printing no 100 tells no share: such a column is a rate's, or of a whole the table does not print
    assert _google_docs_findings("| **계** | 240 | 100.0 |", "| **계** | 240 | 101.0 |") == []


def test_a_bullet_under_a_numbered_markdown_item_is_its_child():
    from extractors import extract_report
    from pipeline.read_text import read_text
    cover = ("제300회 한빛구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n홍보담당관\n\n"
             "Ⅱ. 주요업무 추진실적\n\n## 1. 구정 홍보\n\n")

    def tree(items, depth=0):
        return [entry for item in items for entry in [(depth, item.text), *tree(item.children, depth + 1)]]
    for body, nested in [
            ("1. 가 운영: 연중\r\n    * 나 제작: 4월\r\n2. 다 조사\r\n",
             [(0, "가 운영: 연중"), (1, "나 제작: 4월"), (0, "다 조사")]),
            ("1. 가 운영: 연중\n   - 나 제작: 4월\n       - 라\n2. 다 조사\n",
             [(0, "가 운영: 연중"), (1, "나 제작: 4월"), (2, "라"), (0, "다 조사")])]:
        (project,) = extract_report(read_text("t.md", (cover + "**□ 추진실적**\n\n" + body).encode())).projects
        assert tree(project.items) == nested


def test_a_change_marked_up_beside_a_negative_reads_the_filled_triangle_as_up():
    # before: ▲ beside △ was a negative too, so the 계's ▲26 was found wrong ("△44") on a consistent table
    assert findings("2020-hanbit-doro.txt") == []
    assert planted("2020-hanbit-doro.txt", "▲23", "▲32") == [("sum.table", "도시가스", "증 감", "23", "32")]


def test_overview_fields_that_lost_their_bullet_marks_are_items_of_their_own():
    # pdftotext -enc EUC-KR drops the symbol font's ❍: before, the four fields were one item, `기 간 : 2025. 1. ~
    # 12. 대 상 : …`, its months and the 예산's amount in one
    report = extract_file(REPORTS / "2025-hanbit-wisaeng.txt")
    overview = [(i.text, i.start_month, i.end_month, i.amount_krw)
                for i in report.projects[0].items if i.heading == "사업개요"]
    assert overview == [
        ("기 간 : 2025. 1. ~ 12.", 1, 12, None),
        ("대 상 : 학교 주변 어린이 식품안전보호구역 내 조리·판매업소 412개소", None, None, None),
        ("내 용 : 전담관리원 운영, 고열량·저영양 식품 판매 지도·점검", None, None, None),
        ("예 산 : 95,700천원 (국비 47,850, 구비 47,850)", None, None, 95_700_000),
    ]
    assert findings("2025-hanbit-wisaeng.txt") == []


def test_hwp_pdf_layouts_read_their_general_part_over_page_breaks():
    wisaeng = extract_file(REPORTS / "2025-hanbit-wisaeng.txt")
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in wisaeng.budget] == [
        ("계", 822_800_000, 315_317_000, 38.3),
        ("식품위생 안전관리", 412_500_000, 168_320_000, 40.8),
        ("공중위생 관리", 98_400_000, 41_250_000, 41.9),
        ("음식문화 개선", 236_000_000, 77_880_000, 33.0),
        ("위생업소 지도점검", 57_300_000, 20_055_000, 35.0),
        ("기본경비", 18_600_000, 7_812_000, 42.0),
    ]
    assert wisaeng.tables[0].rows[0] == ["업 종", "계", "최우수", "우 수", "일 반"]  # before, `일` and `반` apart
    assert planted("2025-hanbit-wisaeng.txt", "20,055          35.0", "20,055          53.0", "cp949") == [
        ("rate", "위생업소 지도점검", "집행률(%)", "35.0", "53.0")]
    doro = extract_file(REPORTS / "2020-hanbit-doro.txt")
    assert [(s.status, s.job_class, s.grade, s.headcount) for s in doro.staffing if s.grade == "계"] == [
        ("정원", "계", "계", 18), ("정원", "기능직", "계", 2), ("정원", "별정직", "계", 1),
        ("현원", "계", "계", 17), ("현원", "기능직", "계", 2), ("현원", "별정직", "계", 1),
        ("과부족", "계", "계", -1), ("과부족", "기능직", "계", 0), ("과부족", "별정직", "계", 0),
    ]
    assert [(b.name, b.budget_krw, b.execution_rate, b.other_columns) for b in doro.budget][-2:] == [
        ("가로등 관리", 1_310_600_000, 57.0, {"본예산": "1,310.6"}),
        ("기본경비", 25_200_000, 45.0, {"본예산": "25.2"}),
    ]


def test_a_change_marked_up_alone_after_its_periods_finds_the_figure_it_is_of():
    # `’24년말 | ’25. 5월 | 증 감` of `141 | 160 | ▲19`: ▲ is the way it changed, so the change checks its row, and a
    # wrong figure is one finding on its cell, expected what the 계 row and the change both make it (before, the 계
    # row's sum was blamed, expected 319 and 33: ▲ read as negatives made no change column, and `’25. 5월` no period)
    name = "2025-hanbit-wisaeng.txt"
    assert planted(name, "매우우수            141", "매우우수            142", "cp949") == [
        ("sum.table", "매우우수", "'24년말", "141", "142")]
    assert planted(name, "160           ▲19", "160           ▲18", "cp949") == [
        ("sum.table", "매우우수", "증 감", "19", "18")]
    assert planted(name, "좋   음              65", "좋   음              66", "cp949") == [
        ("sum.table", "좋 음", "'24년말", "65", "66")]
    # a wrong 계 is still the 계's: its change is right of the 계 it should be
    assert planted(name, "계                  318", "계                  319", "cp949") == [
        ("sum.table", "계", "'24년말", "318", "319")]


def test_a_wrong_project_total_its_table_finds_is_not_found_again_as_two_places_disagreeing():
    # the project table's 계 that its sources and the text (or its 단위사업) make another: its own sum finds it, and
    # the warning that the two places disagree, expecting the same, says it again (before, two findings)
    assert planted("2025-hanbit-wisaeng.txt", "예산액         95,700", "예산액         95,701", "cp949") == [
        ("sum.project_budget", "계", "예산액", "95,700천원", "95,701천원")]
    assert planted("2025-hanbit-wisaeng.txt", "집행액         77,880", "집행액         77,881", "cp949") == [
        ("sum.project_budget", "계", "집행액", "77,880천원", "77,881천원")]
    assert planted("2020-hanbit-doro.txt", "집행액          497.3", "집행액          493.7") == [
        ("sum.project_budget", "계", "집행액", "497.3백만원", "493.7백만원")]


def test_a_fleets_wrong_total_that_its_heading_and_kinds_make_another_is_one_finding():
    # `차 량 : 총 2대` over `계 | 승 합 | 승 용` of `3 | 1 | 1`: the heading and the kinds both make 2 (before, the
    # heading's `header.total` too, expected 3)
    assert planted("2025-hanbit-adong.md", "| 대 수 | 2 |", "| 대 수 | 3 |") == [("sum.vehicles", "계", "계", "2", "3")]
    assert planted("2025-hanbit-budongsan.txt", "  대 수   2 ", "  대 수   3 ") == [
        ("sum.vehicles", "계", "계", "2", "3")]
    # a heading that neither makes is still found
    assert planted("2025-hanbit-adong.md", "차&nbsp;&nbsp;량 : 총 2대", "차&nbsp;&nbsp;량 : 총 3대") == [
        ("header.total", "제목", "총계", "2", "3")]


def test_a_wrong_shortfall_whose_classes_and_grades_each_make_the_total_is_one_finding():
    # 7급's 과부족 △2 (현원 6 − 정원 7 is △1): the 과부족 row's classes (전문경력관 △1, 별정직 -) and its grades then
    # each make the 계's △1, by chance; the 정원 and 현원 rows add up over classes and grades together, so the
    # table breaks its 계 down once (before, read as broken down twice: four findings of the 정원 and 현원 계 beside
    # the 과부족, expected 3, 21, 2 and 21)
    name = "2025-hanbit-budongsan.txt"
    assert planted(name, "  과부족   △1    -     1     △1 ", "  과부족   △1    -     1     △2 ") == [
        ("shortfall", "과부족", "계 7급", "-1", "-2")]


def test_a_wrong_earlier_period_beside_its_change_and_its_rate_is_one_finding():
    # `2024년 | 2025년 | 증 감 | 증감률` of `49 | 54 | 6 | 12.5%`: the change and its rate over the 2024년 both make
    # it 48 (before, two findings: the 증감, expected 5, and the 증감률, expected 10.2)
    name = "2025-hanbit-budongsan.txt"
    assert planted(name, "의견제출(건)      48 ", "의견제출(건)      49 ") == [
        ("sum.table", "의견제출(건)", "2024년", "48", "49")]
    assert planted(name, "이의신청(건)      32 ", "이의신청(건)      33 ") == [
        ("sum.table", "이의신청(건)", "2024년", "32", "33")]


@pytest.mark.parametrize(("name", "style"), [
    ("2025-hanbit-cheyuk.txt", "rules filled"), ("2025-hanbit-cheyuk.txt", "tables continued"),
    ("2025-hanbit-boyuk.txt", "rules filled"), ("2025-hanbit-boyuk.txt", "tables continued"),
    # before, the `(계속)` over the 동 table's part atop the next page, unruled, parted it: the part below a table
    # captioned `(계속)`, the 계 found against the rows above the break alone (151 where they make 8)
    ("2025-hanbit-boyuk.txt", "tables continued, unruled"),
    # before, the page of 인력, 장비 and 예산현황 read as two columns at x≈418: the staffing table's last column
    # (`공무직` over its figures) and the units and dates set at the right (`(2025. 5. 31. 기준, 단위: 천원)`) left
    # a gutter, so the budget lost its unit (amounts 1,000× too small), staffing's 계 was found wrong and the
    # 이용 현황 table split
    ("2025-hanbit-cheyuk.txt", "tables continued, unruled")])
def test_a_sports_and_a_childcare_departments_reports_as_pdfs_give_the_records_and_findings_of_their_text(
        name, style, tmp_path):
    from pipeline.records import records_data
    from tests.pdf_styles import rendered
    text = extract_file(REPORTS / name)
    pdf = extract_file(rendered(REPORTS / name, style, tmp_path))
    assert records_data(pdf, with_sources=False) == records_data(text, with_sources=False)
    assert run_checks(pdf) == run_checks(text) == []


def test_a_sports_departments_report_reads_its_figures():
    name = "2025-hanbit-cheyuk.txt"
    report = extract_file(REPORTS / name)
    assert (report.document.department, report.document.team_count) == ("체육진흥과", 3)
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "과부족"] == [
        ("계", "계", 1), ("일반직", "5급", 0), ("일반직", "6급", 1), ("일반직", "7급", -1), ("일반직", "8급", 1),
        ("일반직", "9급", 0), ("운영직", "7급", 0), ("운영직", "8급", -1), ("공무직", "계", 1)]
    [vehicles] = report.vehicles
    assert (vehicles.printed_total, [(c.kind, c.count) for c in vehicles.counts]) == (
        3, [("계", 3), ("승용", 1), ("승합", 1), ("화물", 1)])
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.execution_rate) for b in report.budget] == [
        ("계", 4_975_200, 2_122_480, 42.7), ("생활체육 활성화", 1_250_000, 530_400, 42.4),
        ("체육시설 운영", 3_210_000, 1_482_000, 46.2), ("체육대회 개최", 480_000, 96_000, 20.0),
        ("기본경비", 35_200, 14_080, 40.0)]
    assert [(b.name, b.budget_krw // 1_000) for p in report.projects for b in p.budget_lines] == [
        ("계", 3_210_000), ("국비", 320_000), ("시비", 642_000), ("구비", 2_248_000), ("구비", 480_000)]
    assert [(i.text.split(":")[0], i.months[0], i.months[-1], i.amount_krw)
            for p in report.projects for i in p.items if i.amount_krw] == [
        ("수영장 여과기 교체", "2025-08", "2025-09", 95_700_000),
        ("다목적 체육관 건립 타당성 조사", "2026-01", "2026-06", 3_210_000_000),
        ("구민 한마음 체육대회", "2025-10", "2025-10", 145_000_000)]
    assert planted(name, "현 원\t16", "현 원\t17") == [("sum.staffing", "현원", "계", "16", "17")]
    assert planted(name, "3,210,000\t1,482,000\t46.2", "3,210,000\t1,482,000\t47.2") == [
        ("rate", "체육시설 운영", "집행률(%)", "46.2", "47.2")]
    assert planted(name, "테니스장\t3\t2,310", "테니스장\t3\t2,410") == [
        ("sum.table", "계", "면적(m²)", "14,880", "14,780")]


def test_a_childcare_departments_report_reads_its_figures():
    name = "2025-hanbit-boyuk.txt"
    report = extract_file(REPORTS / name)
    assert (report.document.department, report.document.team_count) == ("보육지원과", 3)
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "과부족"] == [
        ("계", "계", -1), ("일반직", "5급", 0), ("일반직", "6급", 0), ("일반직", "7급", 1), ("일반직", "8급", -1),
        ("일반직", "9급", -1), ("사회복지", "6급", 0), ("사회복지", "7급", 1), ("공무직", "계", -1)]
    assert [(i.text.split(":")[0], i.months[0], i.months[-1], i.amount_krw)
            for p in report.projects for i in p.items if i.amount_krw] == [
        ("국공립어린이집 확충", "2025-07", "2025-12", 3_210_000_000),
        ("보육교직원 심리상담 확대", "2025-04", "2025-04", 95_700_000)]
    assert [(t.caption, t.unit, t.as_of) for t in report.tables] == [
        ("어린이집 유형별 이용 현황", "개소, 명", date(2025, 5, 31)), ("동별 어린이집 현황", "개소", None)]
    assert planted(name, "2,870\t92.0", "2,870\t93.0") == [("rate.table", "국공립", "이용률(%)", "92.0", "93.0")]
    assert planted(name, "바다동\t15\t5\t4\t6", "바다동\t15\t5\t4\t7") == [("sum.table", "바다동", "가정", "6", "7")]
