## Site-wide
# translated-from: 4192adcb
language-name = 한국어
# translated-from: 0d5af23c
site-name = codeatlas
# translated-from: 2c67eec2
site-tagline = RFC를 근거로 풀어 쓴 SIP 응답 코드와 HTTP 상태 코드 해설
# translated-from: 3a818d21
skip-to-content = 본문으로 건너뛰기
# translated-from: 4f856e07
nav-main = 주 메뉴
# translated-from: aa158ae6
nav-breadcrumbs = 이동 경로
# translated-from: 770ea308
nav-language = 언어
# translated-from: eecf3b78
breadcrumb-home = 홈
# translated-from: 3692c6ff
footer-about = 이유 구문은 IANA 레지스트리를 따르며, 각 설명에는 근거가 되는 RFC의 절을 밝혀 두었습니다.
# translated-from: 9e3eaa91
footer-source = 콘텐츠는 기여자들이 YAML로 작성합니다. 수정 제안을 환영합니다.

# What separates two sentences in one paragraph (Korean: one space).
# translated-from: 25c1b8e4
sentence-gap = { " " }
## Classes of response codes
# Placeables take no particle whose form depends on the last sound (은/는, 이/가,
# 을/를, 와/과): the messages put a noun after them (486 코드는) or use 의, 에, 및.
# translated-from: 38b79fe9
class-label = { $digit }xx { $name }
# translated-from: 9f9db5c6
class-provisional = 임시 응답
# translated-from: 2ef81550
class-success = 성공
# translated-from: 5c8fdaf8
class-redirection = 리디렉션
# translated-from: 2a5ed23d
class-client-failure = 요청 실패
# translated-from: 3f1343ea
class-server-failure = 서버 실패
# translated-from: 584e2fa4
class-global-failure = 전역 실패
# translated-from: 2c051145
class-informational = 정보 응답
# translated-from: a92fb2f4
class-successful = 성공
# translated-from: 086df119
class-client-error = 클라이언트 오류
# translated-from: 42f04fce
class-server-error = 서버 오류

## Registry status
# translated-from: 38d2b169
status-deprecated = 사용 중단
# translated-from: e0f5fe2f
status-obsoleted = 폐지
# translated-from: a2405299
status-temporary = 임시 등록
# translated-from: b7b7b18d
status-unused = 미사용(예약됨)

## Record sections
# translated-from: 0ac70612
heading-description = 설명
# translated-from: fb122150
heading-appears_when = 이 코드가 나타나는 경우
# translated-from: 096169e1
heading-resolution = 대처 방법
# translated-from: 93a91c2b
heading-references = 참고 자료
# translated-from: 85718e7a
heading-differences = 주요 차이점
# translated-from: 66d52ddf
heading-which_to_use = 언제 어느 코드를 쓰는가
# translated-from: 4ba79e65
fallback-note = 이 섹션은 아직 번역되지 않아 영어 원문을 표시합니다.

## Home
# translated-from: 6c1f6b92
home-title = codeatlas: SIP 응답 코드와 HTTP 상태 코드 해설
# translated-from: e82a335b
home-description = 모든 SIP 응답 코드와 HTTP 상태 코드에 대해 의미, 실제로 나타나는 상황, 대처 방법을 설명합니다. 임의의 두 코드를 나란히 비교할 수도 있습니다.
# translated-from: 44cd89ba
home-heading = SIP 응답 코드와 HTTP 상태 코드 해설
# translated-from: 87b5b626
home-intro = 코드를 찾아 그 의미와 실제로 나타나는 상황, 대처 방법을 확인하거나, 두 코드를 나란히 비교해 보세요.
# translated-from: 1215acf0
home-registry-count = 코드 { $codes }개, 비교 { $pairs }개

## Registry index
# $term is the registry's name for its codes: `status` (HTTP, RFC 9110: 상태 코드) or `response` (SIP, RFC 3261: 응답 코드).
# translated-from: 9732875a
registry-codes = { $term ->
    [status] { $registry } 상태 코드
   *[other] { $registry } 응답 코드
}
# translated-from: 713c9c74
registry-title = { $term ->
    [status] { $registry } 상태 코드 목록
   *[other] { $registry } 응답 코드 목록
}
# translated-from: 9890d343
registry-description = { $term ->
    [status] { $registry } 상태 코드 { $count }개 전체를 분류별로 한 줄 요약과 함께 정리했습니다.
   *[other] { $registry } 응답 코드 { $count }개 전체를 분류별로 한 줄 요약과 함께 정리했습니다.
}
# translated-from: c5fbebd2
registry-heading = { $term ->
    [status] { $registry } 상태 코드 목록
   *[other] { $registry } 응답 코드 목록
}
# translated-from: 79e1cd7b
registry-intro = { $term ->
    [status] { $registry } 상태 코드 { $count }개를 모두 분류별로 정리했습니다.
   *[other] { $registry } 응답 코드 { $count }개를 모두 분류별로 정리했습니다.
}

## Code page
# translated-from: 4b1874d6
code-title = { $registry } { $code } { $reason }
# translated-from: 46655bb7
code-class-line = { $code } 코드는 { $class } 분류에 속합니다.
# translated-from: 644cdb62
code-status-line = { $status ->
    [deprecated] IANA 레지스트리에서 이 코드는 사용 중단으로 표시되어 있습니다.
    [obsoleted] IANA 레지스트리에서 이 코드는 폐지된 것으로 표시되어 있습니다.
    [temporary] 이 코드는 IANA의 임시 등록입니다.
   *[unused] IANA 레지스트리에서 이 코드는 미사용으로 표시되어 있습니다. 예약되어 있으며 할당되지 않았습니다.
}
# translated-from: 5ab0b0d3
code-expires-line = 등록 만료일은 { $expires }입니다.
# translated-from: d2b58868
compare-heading = { $code } 코드를 다른 코드와 비교
# translated-from: 1cc50f62
compare-curated = { $code } 코드와 자주 비교되는 코드
# translated-from: ff8a10c4
compare-all = 그 밖의 모든 { $registry } 코드

## Pair page
# translated-from: eeaa4c77
pair-title = { $registry } { $a } 코드와 { $b } 코드의 차이
# translated-from: 25cf2aa7
pair-title-long = { $registry } { $a } { $a_reason } 코드와 { $b } { $b_reason } 코드의 차이
# translated-from: 0502d52f
pair-intro = { $a }({ $a_reason }) 코드는 { $a_class } 분류에, { $b }({ $b_reason }) 코드는 { $b_class } 분류에 속합니다.
# translated-from: 2fabfa92
pair-intro-same-class = { $a }({ $a_reason }) 코드와 { $b }({ $b_reason }) 코드는 모두 { $class } 분류에 속합니다.
# translated-from: ec848edf
pair-generated-note = 이 두 코드의 비교는 아직 아무도 작성하지 않았습니다. 아래 표는 두 코드의 기록 내용을 나란히 정리한 것이며, 그 아래에 각 코드의 전체 내용이 있습니다.
# translated-from: 5a74dd51
pair-row-class = 분류
# translated-from: dd0d83c6
pair-row-meaning = 의미
# translated-from: 0c0e09dc
pair-row-references = 참고 자료
# translated-from: 5c92bd83
pair-row-status = 레지스트리 상태
# translated-from: 00bced40
pair-status-assigned = 할당됨
# translated-from: 6508a4c8
pair-which-generated = 어떻게 대처해야 하는지는 실제로 받은 코드가 둘 중 어느 것인지에 따라 달라집니다.
# translated-from: 9c53d304
pair-which-if = { $code }({ $reason }) 응답을 받은 경우
# translated-from: 65cac34d
pair-code-heading = { $code } { $reason }
# translated-from: 4f3fb86d
pair-read-more = { $code } { $reason } 상세 페이지

## Root and 404
# translated-from: cd7aa78f
root-title = codeatlas: 언어 선택
# translated-from: 25c0c224
root-heading = 언어를 선택하세요
# translated-from: 1103cb22
notfound-title = 페이지를 찾을 수 없습니다
# translated-from: 74ae1233
notfound-heading = 존재하지 않는 페이지입니다
# translated-from: be193f26
notfound-text = 주소를 잘못 입력했거나 페이지가 옮겨졌을 수 있습니다. 아래 레지스트리 중 하나에서 다시 시작하세요.

## Search, compare, anchors
# translated-from: 0921c1cf
search-label = 코드 검색
# translated-from: 2261735f
search-placeholder = 코드, 이름, 낱말로 검색 (예: 437)
# translated-from: f280cb84
search-found = { $n ->
   *[other] 검색 결과 { $n }건
}
# translated-from: 9b591f35
search-none = 검색 결과가 없습니다
# translated-from: 0a08dcce
compare-label = { $code } 코드와 비교할 코드
# translated-from: 52533a9a
compare-button = 비교
# translated-from: cae5d08f
anchor-label = 이 섹션 링크
# translated-from: 30743909
og-locale = ko_KR

## Translation status
# translated-from: dd738486
stale-note = 이 섹션을 번역한 뒤 원문이 바뀌었습니다.
# translated-from: ae3799c8
stale-link = 현재 원문 읽기

## Message flows: the participants' roles (`role-<role>`); a numbered
## participant (`proxy2`) shows as its role and number.
# translated-from: 5a131ae5
role-caller = 발신자
# translated-from: 0d260887
role-callee = 착신자
# translated-from: 96a8746c
role-ua = UA
# translated-from: 6e62659d
role-proxy = 프록시
# translated-from: 65cd5951
role-registrar = 레지스트라
# translated-from: 26eb0281
role-redirect = 리디렉션 서버
# translated-from: f002897f
role-notifier = 통지자
# translated-from: 21013e7e
role-b2bua = B2BUA
# translated-from: bd643b40
role-sbc = SBC
# translated-from: 3b8ce0a1
role-gateway = 게이트웨이
# translated-from: c5c1f90e
role-pstn = PSTN 교환기
# translated-from: f8155747
role-client = 클라이언트
# translated-from: cd1f4cfe
role-browser = 브라우저
# translated-from: 2b9fbc25
role-server = 서버
# translated-from: c93cb6b4
role-origin = 원 서버
# translated-from: 09b5e964
role-cdn = CDN
# translated-from: eaa21451
role-cache = 캐시
# translated-from: 5b9e58fa
flow-participant-numbered = { $role } { $number }

## Message flows on pages
# translated-from: e1e949cf
heading-flow = 메시지 흐름
# translated-from: b7fbe49a
heading-flows = 메시지 흐름
# translated-from: 8c30c055
flow-title = { $code } { $reason }의 메시지 흐름
# translated-from: 890942ba
flow-title-pair = 한 교환에 함께 나타나는 { $a } 및 { $b }
# translated-from: 6e6d06ad
flow-steps = 단계를 텍스트로 보기
# translated-from: b575c2d6
flow-step-message = { $from } → { $to }: { $label }
# translated-from: d748193c
flow-step-note = { $who }: { $text }
# translated-from: a17a6b64
flow-who-two = { $a } 및 { $b }
# translated-from: f3b87ed5
flow-who-range = { $first }부터 { $last }까지

## Header fields, example, libraries, related codes
# translated-from: 17aa47ba
heading-headers = 헤더
# translated-from: 7c923fbf
headers-col-field = 헤더
# translated-from: 169295c6
headers-col-level = 요구 수준
# translated-from: c6972cb8
headers-col-note = 담는 내용
# translated-from: 3dc26e4d
headers-col-source = 출처
# translated-from: 3f2b416e
headers-in-request = 요청에 포함
# translated-from: c8ced157
headers-none = 모든 응답에 공통으로 들어가는 헤더 외에는, RFC가 { $code } 코드에 관련지어 규정한 헤더가 없습니다.
# translated-from: fa431d2f
level-must = 필수(MUST)
# translated-from: 50875c64
level-should = 권장(SHOULD)
# translated-from: 7fc60bbe
level-may = 선택(MAY)
# translated-from: 62f7c153
level-must-not = 금지(MUST NOT)
# translated-from: 8abb0e62
heading-example = 예시
# translated-from: c890e011
example-copy = 교환 내용 복사
# translated-from: 2fbe9c6b
example-copied = 복사했습니다
# translated-from: db43c559
heading-libraries = 코드에서 쓰는 이름
# translated-from: d5e54186
libraries-col-library = 라이브러리
# translated-from: b57892ff
libraries-col-name = 코드에 쓰는 이름
# translated-from: 5a1d69d3
heading-related = 관련 코드
# translated-from: a8a33617
pair-row-headers = 헤더
# translated-from: 4df7746c
pair-headers-none = 모든 응답에 공통으로 들어가는 헤더 외에는 없음
# Between the items of a short inline list of links.
# translated-from: 9c2f7c84
list-separator = ,{" "}

## Translation status page and edit links
# translated-from: 809a9f7a
footer-translation = 이 사이트의 번역 현황
# translated-from: 6cb823aa
translation-title = 번역 현황
# translated-from: 0bb0e339
translation-description = codeatlas가 언어별로 얼마나 번역되었는지, 어떤 텍스트가 갱신이 필요하거나 아직 번역되지 않았는지 보여 줍니다.
# translated-from: 59109b90
translation-intro = codeatlas의 모든 텍스트는 먼저 영어로 작성됩니다. 이 페이지는 언어별로 현재 영어 원문에서 번역된 텍스트, 이전 영어 원문에서 번역되어 갱신이 필요한 텍스트, 아직 번역되지 않아 페이지에 영어로 표시되는 텍스트의 수를 보여 줍니다.
# translated-from: 6f858077
translation-how = 번역하려면 CONTRIBUTING.md의 “Translating” 절을 따르십시오. codeatlas l10n export로 PO 파일을 내보내고, Poedit, Weblate, Crowdin 등에서 번역한 뒤 codeatlas l10n import로 가져옵니다.
# translated-from: cc2c29dc
translation-languages = 언어
# translated-from: 73b4aa89
translation-col-language = 언어
# translated-from: be4000a1
translation-col-texts = 설명과 비교 텍스트
# translated-from: 7274b456
translation-col-messages = 인터페이스 메시지
# translated-from: fbafd011
translation-col-translated = 번역됨
# translated-from: 88f59290
translation-col-stale = 갱신 필요
# translated-from: e5b88ec1
translation-col-missing = 번역 안 됨
# translated-from: 87b3b80a
translation-col-percent = 최신 비율
# translated-from: 4f18694e
translation-percent = { $percent }%
# translated-from: c65a166e
translation-col-kind = 텍스트 종류
# translated-from: b68ef255
translation-todo = 번역하거나 갱신할 항목
# translated-from: 91eb1594
translation-col-page = 페이지
# translated-from: 14583d38
translation-col-source = 원본
# translated-from: ad4aa935
translation-edit-file = 파일 편집
# translated-from: 19b68bf7
translation-all-done = 여기에 있는 텍스트는 모두 현재 영어 원문에서 번역되었습니다.
# translated-from: 2d477e3b
translation-col-message = 메시지
# translated-from: b4cf9b50
translation-col-state = 상태
# translated-from: b41cad78
translation-col-file = 파일
# translated-from: 8dddc70d
translation-messages-done = 인터페이스 메시지는 모두 현재 영어 원문에서 번역되었습니다.
# translated-from: 78ff9222
pair-name = { $a } 대 { $b }
# translated-from: b74b82dc
edit-page = 이 페이지 편집
# translated-from: c20fc4bf
edit-code = { $code } 코드의 텍스트 편집
# translated-from: 57783d08
fallback-translate = 번역하기
