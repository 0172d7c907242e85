## SIP と ISDN ユーザー部（ISUP）の理由表示値：RFC 3398、RFC 3326

# translated-from: 0d236c47
heading-isup = ISUP の理由表示値
# translated-from: 6fc067b2
isup-intro = SIP と電話網の ISDN ユーザー部（ISUP）をつなぐゲートウェイが { $code } をどう変換するかを、RFC 3398 の推奨に沿って示します。
# translated-from: d80b6406
isup-from-heading = ISUP → SIP
# translated-from: 393c3969
isup-to-heading = SIP → ISUP
# translated-from: 70c1a155
isup-from = { $n ->
    [one] この理由表示値の解放（REL）を受け取ったゲートウェイは { $code } を送ります。
   *[other] 次のいずれかの理由表示値の解放（REL）を受け取ったゲートウェイは { $code } を送ります。
}
# translated-from: f8d904a8
isup-cause = { $cause } { $name }
# translated-from: a55d3003
isup-when-with = 診断情報あり
# translated-from: 84a43e0b
isup-when-without = 診断情報なし
# translated-from: 94ff69fe
isup-name-when = { $name }（{ $when }）
# translated-from: ae8f54a3
isup-from-none = RFC 3398 §7.2.4.1 の ISUP → SIP の表には、{ $code } になる理由表示値はありません。
# translated-from: 307aea6b
isup-from-default = 表にない理由表示値も { $code } になります（RFC 3398 §7.2.4.1）。
# translated-from: f019011d
isup-to = { $code } を受け取ったゲートウェイは、理由表示値 { $cause }（{ $name }）、発生場所「{ $location }」で ISUP の呼を解放します。
# translated-from: 21d7eae6
isup-to-default = RFC 3398 §8.2.6.1 には { $code } の行がありません。表にないコードは理由表示値 { $cause }（{ $name }）、発生場所「{ $location }」に対応させるべきとされています。
# translated-from: 60aa51d5
isup-to-warning = { $code } の理由表示値は Warning ヘッダーで決まります。RFC 3398 §8.2.6.1 は、ほとんどの警告コードには理由表示値 { $cause }（{ $name }）を、警告が利用できないベアラ能力に関するものであれば理由表示値 { $bearer }（{ $bearer_name }）を推奨しています。
# translated-from: febe9fb3
isup-to-no-mapping = RFC 3398 §8.2.6.1 は { $code } をどの理由表示値にも対応させていません。
# translated-from: 23436242
isup-to-not-listed = RFC 3398 §8.2.6.1 の SIP → ISUP の表には 4xx、5xx、6xx のレスポンスしかないため、{ $code } に対応する理由表示値はありません。
# translated-from: a212a02a
isup-printed = RFC 3398 はこの行を「{ $printed }」と印字していますが、この理由フレーズは { $code } のものです。
# translated-from: 32878254
isup-lossy-back = この対応は可逆ではありません。理由表示値 { $cause } は電話網から戻るときに { $code } ではなく別のコードになります。
# translated-from: 79653867
isup-lossy-default = この対応は可逆ではありません。ISUP → SIP の表には理由表示値 { $cause } の行がないため、ゲートウェイはこれを { $code } ではなく既定の { $default } { $default_reason } に戻します。
# translated-from: 4c00c81d
isup-shared = { $n ->
    [one] 理由表示値 { $cause } には、ほかに次のコードも対応します。
   *[other] 理由表示値 { $cause } には、ほかに次の { $n } 個のコードも対応します。
}
# translated-from: 3195c7b0
isup-reason-header = SIP では、理由表示値は Reason ヘッダーで運ばれます（RFC 3326。レスポンスでの使用は RFC 6432）。
# translated-from: 7a45bdb9
isup-page-link = RFC 3398 の2つの表とすべての理由表示値
# translated-from: c83757cc
isup-location-network = 網
# translated-from: 98933f6e
isup-location-user = ユーザー
# translated-from: abf6cc8e
isup-note-from-star = 理由表示値 16 の場合は、通常レスポンスではなく BYE または CANCEL になります。
# translated-from: d98e3589
isup-note-from-plus = 発生場所が「ユーザー」であれば、4xx の代わりに 6xx のコードを送ることもできます（403 は 603 になります）。
# translated-from: 22ee99f4
isup-note-from-equals = ANSI の網では、理由表示値 26 は「誤ってルーティングされたポーティング番号」の意味にも使われます。それ以外では ISUP で通常使われません。
# translated-from: 716720a7
isup-note-to-star = INVITE を拒否した UAS に対してゲートウェイ自身が認証できる場合は、認証して呼を続けるべきです。認証できない場合に限り、理由表示値 21 を送ります。
# translated-from: f2e32e25
isup-note-to-plus = ゲートウェイは、まずプロトコル上の誤りを正してセッションを発信し直すべきです。それができない場合に限り、ISUP 側の呼を失敗させます。

## Q.850 のページ
# translated-from: c0773bec
registry-causes-link = { $registry } と ISUP の理由表示値（Q.850）：2つの対応表
# translated-from: e7f603a4
q850-title = { $registry } ↔ ISUP の理由表示値（Q.850、RFC 3398）
# translated-from: ee5ccaf6
q850-description = RFC 3398 に基づき、{ $registry } の各レスポンスがどの ISDN ユーザー部の理由表示値に対応し、どう戻るか、どこで情報が失われるかを示します。
# translated-from: a9c2397c
q850-heading = { $registry } のレスポンスと ISUP の理由表示値
# translated-from: ee3dc113
q850-intro = { $registry } と電話網の ISDN ユーザー部（ISUP）をつなぐゲートウェイは、解放の理由表示値（ITU-T Q.850）を { $registry } のレスポンスに変換し、その逆も行います。RFC 3398 が推奨する対応を以下に示します。この対応は可逆ではありません。複数のレスポンスが1つの理由表示値を共有し、理由表示値が別のレスポンスとして戻ることもあります。
# translated-from: 9fe927a4
q850-from-intro = 電話網がある理由表示値で呼を解放（REL）すると、ゲートウェイは { $registry } のリクエストにこのレスポンスを返します（RFC 3398 §7.2.4.1）。
# translated-from: 76cc75d4
q850-to-intro = { $registry } のリクエストがレスポンスで失敗すると、ゲートウェイはこの理由表示値で ISUP の呼を解放します（RFC 3398 §8.2.6.1）。
# translated-from: 90343de3
q850-col-cause = 理由表示値
# translated-from: 65dd2acf
q850-col-name = 名前
# translated-from: 7a970411
q850-col-response = { $registry } のレスポンス
# translated-from: f71aa0aa
q850-none = —
# translated-from: ec77847e
q850-from-default = 表にない理由表示値は { $code } { $reason } にするべきとされています。
# translated-from: e3d9525e
q850-printed = RFC 3398 では「{ $printed }」と印字
# translated-from: dd012916
q850-cell-no-mapping = 対応なし
# translated-from: 11aca6da
q850-cell-warning = Warning ヘッダーによる
# translated-from: 9eafdabd
q850-to-default = 表にないレスポンスは理由表示値 { $cause }（{ $name }）に対応させるべきとされています。
# translated-from: a3e45b8c
q850-warning = 488 と 606 の理由表示値は Warning ヘッダーで決まります。ほとんどの警告コードには理由表示値 { $cause }（{ $name }）を、警告が利用できないベアラ能力に関するものであれば理由表示値 { $bearer }（{ $bearer_name }）を使います。
# translated-from: 21d6208a
q850-location = 理由表示値とともに送る発生場所は、6xx のレスポンスでは「ユーザー」、4xx と 5xx のレスポンスでは「網」です。
# translated-from: 728ab3da
q850-reason-heading = Reason ヘッダーで運ばれる理由表示値
# translated-from: be7dcdf7
q850-reason-intro = SIP は理由表示値を Reason ヘッダー（RFC 3326）で運びます。値は Q.850 の理由表示値か SIP のレスポンスコードです。BYE や CANCEL に付けられるほか、RFC 6432 によりレスポンスにも付けられます。

## 理由表示値（ITU-T Q.850）
# translated-from: a497cd63
q850-cause-1 = 欠番
# translated-from: 7970f8a9
q850-cause-2 = 網へのルートなし
# translated-from: fd508e61
q850-cause-3 = 宛先へのルートなし
# translated-from: 7b8d7931
q850-cause-16 = 正常切断
# translated-from: f06cc7d5
q850-cause-17 = ユーザー話中
# translated-from: f330ceee
q850-cause-18 = ユーザー端末の反応なし
# translated-from: 343b8bfe
q850-cause-19 = 呼び出し後の応答なし
# translated-from: 85bbab9b
q850-cause-20 = 加入者不在
# translated-from: 9fe73ebb
q850-cause-21 = 呼の拒否
# translated-from: d3a3342d
q850-cause-22 = 番号変更
# translated-from: c9e94c0d
q850-cause-23 = 新しい宛先へのリダイレクト
# translated-from: f9577ff0
q850-cause-25 = 交換機のルーティングエラー
# translated-from: 174345de
q850-cause-26 = 選択されなかったユーザーの切断
# translated-from: 8cf8ac24
q850-cause-27 = 宛先の故障
# translated-from: 0e381a1c
q850-cause-28 = 番号形式の誤り（アドレス不完全）
# translated-from: d2d23261
q850-cause-29 = ファシリティの拒否
# translated-from: a88e0adf
q850-cause-31 = 正常（詳細不明）
# translated-from: 8f91e503
q850-cause-34 = 利用できる回線なし
# translated-from: c844bf77
q850-cause-38 = 網の故障
# translated-from: f538b49f
q850-cause-41 = 一時的な障害
# translated-from: 28f47f72
q850-cause-42 = 交換機の輻輳
# translated-from: 93ea76a4
q850-cause-47 = リソース利用不可
# translated-from: 2d0e031b
q850-cause-55 = CUG 内の着信規制
# translated-from: 09e8bbd2
q850-cause-57 = ベアラ能力の権限なし
# translated-from: bfa97505
q850-cause-58 = ベアラ能力が現在利用不可
# translated-from: e5da85fa
q850-cause-63 = サービスまたはオプション利用不可
# translated-from: f798b4b5
q850-cause-65 = ベアラ能力の未実装
# translated-from: d603327a
q850-cause-70 = 制限付きディジタル情報のベアラ能力のみ利用可
# translated-from: c74615f4
q850-cause-79 = サービスまたはオプションの未実装
# translated-from: 0ef36919
q850-cause-87 = CUG のメンバーではないユーザー
# translated-from: 2cd89634
q850-cause-88 = 宛先の互換性なし
# translated-from: eb1bfc3a
q850-cause-102 = タイマー満了による回復
# translated-from: 2237e882
q850-cause-111 = プロトコルエラー（詳細不明）
# translated-from: 7f4dedf6
q850-cause-127 = インターワーキング（詳細不明）
