## SIP and ISDN User Part (ISUP) cause values: RFC 3398, RFC 3326
# Placeables take no particle whose form depends on the last sound (은/는, 이/가,
# 을/를, 와/과, (으)로): the messages put a noun after them ({ $code } 코드를) or
# use 의, 에, 및.

# translated-from: 0d236c47
heading-isup = ISUP 원인 값
# translated-from: 6fc067b2
isup-intro = SIP 망과 전화망의 ISUP(ISDN User Part) 사이에 있는 게이트웨이가 RFC 3398의 권고에 따라 { $code } 코드를 어떻게 변환하는지 보여 줍니다.
# translated-from: d80b6406
isup-from-heading = ISUP → SIP
# translated-from: 393c3969
isup-to-heading = SIP → ISUP
# translated-from: 70c1a155
isup-from = { $n ->
   *[other] 다음 원인 값이 담긴 해제(REL)를 받은 게이트웨이는 { $code } 응답을 보냅니다:
}
# translated-from: f8d904a8
isup-cause = { $cause } { $name }
# translated-from: a55d3003
isup-when-with = 진단 정보 있음
# translated-from: 84a43e0b
isup-when-without = 진단 정보 없음
# translated-from: 94ff69fe
isup-name-when = { $name }({ $when })
# translated-from: ae8f54a3
isup-from-none = RFC 3398 §7.2.4.1의 ISUP → SIP 표에는 { $code } 코드로 변환되는 원인 값이 없습니다.
# translated-from: 307aea6b
isup-from-default = 표에 없는 원인 값도 모두 { $code } 코드로 변환됩니다(RFC 3398 §7.2.4.1).
# translated-from: f019011d
isup-to = { $code } 응답을 받은 게이트웨이는 ISUP 호를 해제하며, 이때 원인 값은 { $cause }({ $name }), 원인 위치는 “{ $location }”입니다.
# translated-from: 21d7eae6
isup-to-default = RFC 3398 §8.2.6.1에는 { $code } 코드의 행이 없습니다. 표에 없는 코드는 원인 값 { $cause }({ $name }), 원인 위치 “{ $location }”에 대응시키는 것이 권장됩니다.
# translated-from: 60aa51d5
isup-to-warning = { $code } 코드의 원인 값은 Warning 헤더에 따라 정해집니다. RFC 3398 §8.2.6.1은 대부분의 경고 코드에 원인 값 { $cause }({ $name }), 사용할 수 없는 베어러 능력에 관한 경고에는 원인 값 { $bearer }({ $bearer_name }) 사용을 권장합니다.
# translated-from: febe9fb3
isup-to-no-mapping = RFC 3398 §8.2.6.1은 { $code } 코드를 어떤 원인 값에도 대응시키지 않습니다.
# translated-from: 23436242
isup-to-not-listed = RFC 3398 §8.2.6.1의 SIP → ISUP 표에는 4xx, 5xx, 6xx 응답만 있으므로 { $code } 코드에 대응하는 원인 값이 없습니다.
# translated-from: a212a02a
isup-printed = RFC 3398은 이 행에 “{ $printed }”라고 적고 있지만, 이 이유 구문은 { $code } 코드의 것입니다.
# translated-from: 32878254
isup-lossy-back = 이 대응은 손실이 있습니다. 원인 값 { $cause }의 경우 전화망에서 돌아올 때 { $code } 코드가 아닌 다른 코드가 됩니다:
# translated-from: 79653867
isup-lossy-default = 이 대응은 손실이 있습니다. ISUP → SIP 표에는 원인 값 { $cause } 행이 없으므로, 게이트웨이는 이를 { $code } 코드가 아닌 기본값 { $default } { $default_reason } 응답으로 되돌립니다.
# translated-from: 4c00c81d
isup-shared = { $n ->
   *[other] 다음 코드 { $n }개도 원인 값 { $cause }에 대응합니다:
}
# translated-from: 3195c7b0
isup-reason-header = SIP에서 원인 값은 Reason 헤더에 담겨 전달됩니다(RFC 3326, 응답에서는 RFC 6432):
# translated-from: 7a45bdb9
isup-page-link = RFC 3398의 두 표와 모든 원인 값
# translated-from: c83757cc
isup-location-network = 망
# translated-from: 98933f6e
isup-location-user = 사용자
# translated-from: abf6cc8e
isup-note-from-star = 원인 값 16의 경우에는 보통 응답 대신 BYE 또는 CANCEL이 전송됩니다.
# translated-from: d98e3589
isup-note-from-plus = 원인 위치가 “사용자”이면 4xx 코드 대신 6xx 코드를 보낼 수 있습니다(403 코드는 603 코드가 됩니다).
# translated-from: 22ee99f4
isup-note-from-equals = ANSI 망에서는 원인 값 26을 “잘못 라우팅된 번호 이동 번호”라는 뜻으로도 씁니다. 그 밖에는 ISUP에서 보통 쓰이지 않습니다.
# translated-from: 716720a7
isup-note-to-star = 게이트웨이가 INVITE를 거부한 UAS에 스스로 인증할 수 있으면, 인증하고 호를 계속 진행하는 것이 권장됩니다. 인증할 수 없을 때에만 원인 값 21을 보냅니다.
# translated-from: f2e32e25
isup-note-to-plus = 게이트웨이는 먼저 프로토콜 오류를 바로잡아 세션을 다시 발신하는 것이 권장됩니다. 그것이 불가능할 때에만 호의 ISUP 쪽을 실패시킵니다.

## The Q.850 page
# translated-from: c0773bec
registry-causes-link = { $registry } 및 ISUP 원인 값(Q.850): 두 대응표
# translated-from: e7f603a4
q850-title = { $registry } ↔ ISUP 원인 값(Q.850, RFC 3398)
# translated-from: ee5ccaf6
q850-description = RFC 3398에 따라 각 { $registry } 응답이 어떤 ISUP(ISDN User Part) 원인 값에 대응하고 어떻게 되돌아오는지, 그리고 어디에서 정보가 손실되는지 보여 줍니다.
# translated-from: a9c2397c
q850-heading = { $registry } 응답과 ISUP 원인 값
# translated-from: ee3dc113
q850-intro = { $registry } 망과 전화망의 ISUP(ISDN User Part) 사이에 있는 게이트웨이는 해제 원인 값(ITU-T Q.850)을 { $registry } 응답으로 변환하고, 그 반대로도 변환합니다. RFC 3398이 권장하는 대응은 아래와 같습니다. 이 대응은 손실이 있습니다. 여러 응답이 하나의 원인 값을 공유하며, 원인 값이 다른 응답으로 되돌아올 수도 있습니다.
# translated-from: 9fe927a4
q850-from-intro = 전화망이 원인 값과 함께 호를 해제(REL)하면, 게이트웨이는 { $registry } 요청에 이 응답을 보냅니다(RFC 3398 §7.2.4.1).
# translated-from: 76cc75d4
q850-to-intro = { $registry } 요청이 응답으로 실패하면, 게이트웨이는 이 원인 값으로 ISUP 호를 해제합니다(RFC 3398 §8.2.6.1).
# translated-from: 90343de3
q850-col-cause = 원인 값
# translated-from: 65dd2acf
q850-col-name = 이름
# translated-from: 7a970411
q850-col-response = { $registry } 응답
# translated-from: f71aa0aa
q850-none = —
# translated-from: ec77847e
q850-from-default = 표에 없는 원인 값은 { $code } { $reason } 응답으로 변환하는 것이 권장됩니다.
# translated-from: e3d9525e
q850-printed = RFC 3398에는 “{ $printed }”라고 적혀 있음
# translated-from: dd012916
q850-cell-no-mapping = 대응 없음
# translated-from: 11aca6da
q850-cell-warning = Warning 헤더에 따름
# translated-from: 9eafdabd
q850-to-default = 표에 없는 응답은 원인 값 { $cause }({ $name })에 대응시키는 것이 권장됩니다.
# translated-from: a3e45b8c
q850-warning = 488과 606의 원인 값은 Warning 헤더에 따라 정해집니다. 원인 값은 대부분의 경고 코드에서 { $cause }({ $name }), 사용할 수 없는 베어러 능력에 관한 경고에서 { $bearer }({ $bearer_name })입니다.
# translated-from: 21d6208a
q850-location = 원인 값과 함께 보내는 원인 위치는 6xx 응답에서는 “사용자”, 4xx 및 5xx 응답에서는 “망”입니다.
# translated-from: 728ab3da
q850-reason-heading = Reason 헤더에 담긴 원인 값
# translated-from: be7dcdf7
q850-reason-intro = SIP에서는 원인 값을 Reason 헤더(RFC 3326)에 담아 전달합니다. 값은 Q.850 원인 값이거나 SIP 응답 코드입니다. BYE나 CANCEL에 담을 수 있으며, RFC 6432에 따라 응답에도 담을 수 있습니다.

## Cause values (ITU-T Q.850), as RFC 3398 names them
# translated-from: a497cd63
q850-cause-1 = 미할당 번호
# translated-from: 7970f8a9
q850-cause-2 = 지정 망으로의 경로 없음
# translated-from: fd508e61
q850-cause-3 = 착신지로의 경로 없음
# translated-from: 7b8d7931
q850-cause-16 = 정상 호 해제
# translated-from: f06cc7d5
q850-cause-17 = 사용자 통화 중
# translated-from: f330ceee
q850-cause-18 = 사용자 단말 무응답
# translated-from: 343b8bfe
q850-cause-19 = 사용자 무응답(호출 후)
# translated-from: 85bbab9b
q850-cause-20 = 가입자 부재
# translated-from: 9fe73ebb
q850-cause-21 = 호 거부
# translated-from: d3a3342d
q850-cause-22 = 번호 변경
# translated-from: c9e94c0d
q850-cause-23 = 새 착신지로 리디렉션
# translated-from: f9577ff0
q850-cause-25 = 교환기 라우팅 오류
# translated-from: 174345de
q850-cause-26 = 비선택 사용자 해제
# translated-from: 8cf8ac24
q850-cause-27 = 착신지 고장
# translated-from: 0e381a1c
q850-cause-28 = 잘못된 번호 형식(주소 불완전)
# translated-from: d2d23261
q850-cause-29 = 부가 기능 거부
# translated-from: a88e0adf
q850-cause-31 = 정상, 미지정
# translated-from: 8f91e503
q850-cause-34 = 사용 가능한 회선 없음
# translated-from: c844bf77
q850-cause-38 = 망 고장
# translated-from: f538b49f
q850-cause-41 = 일시적 장애
# translated-from: 28f47f72
q850-cause-42 = 교환 장비 폭주
# translated-from: 93ea76a4
q850-cause-47 = 자원 사용 불가
# translated-from: 2d0e031b
q850-cause-55 = CUG 내 착신 금지
# translated-from: 09e8bbd2
q850-cause-57 = 베어러 능력 미인가
# translated-from: bfa97505
q850-cause-58 = 베어러 능력 현재 사용 불가
# translated-from: e5da85fa
q850-cause-63 = 서비스 또는 옵션 사용 불가
# translated-from: f798b4b5
q850-cause-65 = 베어러 능력 미구현
# translated-from: d603327a
q850-cause-70 = 제한 디지털 정보 베어러 능력만 사용 가능
# translated-from: c74615f4
q850-cause-79 = 서비스 또는 옵션 미구현
# translated-from: 0ef36919
q850-cause-87 = CUG 비가입 사용자
# translated-from: 2cd89634
q850-cause-88 = 착신지 비호환
# translated-from: eb1bfc3a
q850-cause-102 = 타이머 만료에 의한 복구
# translated-from: 2237e882
q850-cause-111 = 프로토콜 오류, 미지정
# translated-from: 7f4dedf6
q850-cause-127 = 연동, 미지정
