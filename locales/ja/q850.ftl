## SIP と ISDN ユーザー部（ISUP）の理由表示値：RFC 3398、RFC 3326

heading-isup = ISUP の理由表示値
isup-intro = SIP と電話網の ISDN ユーザー部（ISUP）をつなぐゲートウェイが { $code } をどう変換するかを、RFC 3398 の推奨に沿って示します。
isup-from-heading = ISUP → SIP
isup-to-heading = SIP → ISUP
isup-from = { $n ->
    [one] この理由表示値の解放（REL）を受け取ったゲートウェイは { $code } を送ります。
   *[other] 次のいずれかの理由表示値の解放（REL）を受け取ったゲートウェイは { $code } を送ります。
}
isup-cause = { $cause } { $name }
isup-when-with = 診断情報あり
isup-when-without = 診断情報なし
isup-name-when = { $name }（{ $when }）
isup-from-none = RFC 3398 §7.2.4.1 の ISUP → SIP の表には、{ $code } になる理由表示値はありません。
isup-from-default = 表にない理由表示値も { $code } になります（RFC 3398 §7.2.4.1）。
isup-to = { $code } を受け取ったゲートウェイは、理由表示値 { $cause }（{ $name }）、発生場所「{ $location }」で ISUP の呼を解放します。
isup-to-default = RFC 3398 §8.2.6.1 には { $code } の行がありません。表にないコードは理由表示値 { $cause }（{ $name }）、発生場所「{ $location }」に対応させるべきとされています。
isup-to-warning = { $code } の理由表示値は Warning ヘッダーで決まります。RFC 3398 §8.2.6.1 は、ほとんどの警告コードには理由表示値 { $cause }（{ $name }）を、警告が利用できないベアラ能力に関するものであれば理由表示値 { $bearer }（{ $bearer_name }）を推奨しています。
isup-to-no-mapping = RFC 3398 §8.2.6.1 は { $code } をどの理由表示値にも対応させていません。
isup-to-not-listed = RFC 3398 §8.2.6.1 の SIP → ISUP の表には 4xx、5xx、6xx のレスポンスしかないため、{ $code } に対応する理由表示値はありません。
isup-printed = RFC 3398 はこの行を「{ $printed }」と印字していますが、この理由フレーズは { $code } のものです。
isup-lossy-back = この対応は可逆ではありません。理由表示値 { $cause } は電話網から戻るときに { $code } ではなく別のコードになります。
isup-lossy-default = この対応は可逆ではありません。ISUP → SIP の表には理由表示値 { $cause } の行がないため、ゲートウェイはこれを { $code } ではなく既定の { $default } { $default_reason } に戻します。
isup-shared = { $n ->
    [one] 理由表示値 { $cause } には、ほかに次のコードも対応します。
   *[other] 理由表示値 { $cause } には、ほかに次の { $n } 個のコードも対応します。
}
isup-reason-header = SIP では、理由表示値は Reason ヘッダーで運ばれます（RFC 3326。レスポンスでの使用は RFC 6432）。
isup-page-link = RFC 3398 の2つの表とすべての理由表示値
isup-location-network = 網
isup-location-user = ユーザー
isup-note-from-star = 理由表示値 16 の場合は、通常レスポンスではなく BYE または CANCEL になります。
isup-note-from-plus = 発生場所が「ユーザー」であれば、4xx の代わりに 6xx のコードを送ることもできます（403 は 603 になります）。
isup-note-from-equals = ANSI の網では、理由表示値 26 は「誤ってルーティングされたポーティング番号」の意味にも使われます。それ以外では ISUP で通常使われません。
isup-note-to-star = INVITE を拒否した UAS に対してゲートウェイ自身が認証できる場合は、認証して呼を続けるべきです。認証できない場合に限り、理由表示値 21 を送ります。
isup-note-to-plus = ゲートウェイは、まずプロトコル上の誤りを正してセッションを発信し直すべきです。それができない場合に限り、ISUP 側の呼を失敗させます。

## Q.850 のページ
registry-causes-link = { $registry } と ISUP の理由表示値（Q.850）：2つの対応表
q850-title = { $registry } ↔ ISUP の理由表示値（Q.850、RFC 3398）
q850-description = RFC 3398 に基づき、{ $registry } の各レスポンスがどの ISDN ユーザー部の理由表示値に対応し、どう戻るか、どこで情報が失われるかを示します。
q850-heading = { $registry } のレスポンスと ISUP の理由表示値
q850-intro = { $registry } と電話網の ISDN ユーザー部（ISUP）をつなぐゲートウェイは、解放の理由表示値（ITU-T Q.850）を { $registry } のレスポンスに変換し、その逆も行います。RFC 3398 が推奨する対応を以下に示します。この対応は可逆ではありません。複数のレスポンスが1つの理由表示値を共有し、理由表示値が別のレスポンスとして戻ることもあります。
q850-from-intro = 電話網がある理由表示値で呼を解放（REL）すると、ゲートウェイは { $registry } のリクエストにこのレスポンスを返します（RFC 3398 §7.2.4.1）。
q850-to-intro = { $registry } のリクエストがレスポンスで失敗すると、ゲートウェイはこの理由表示値で ISUP の呼を解放します（RFC 3398 §8.2.6.1）。
q850-col-cause = 理由表示値
q850-col-name = 名前
q850-col-response = { $registry } のレスポンス
q850-none = —
q850-from-default = 表にない理由表示値は { $code } { $reason } にするべきとされています。
q850-printed = RFC 3398 では「{ $printed }」と印字
q850-cell-no-mapping = 対応なし
q850-cell-warning = Warning ヘッダーによる
q850-to-default = 表にないレスポンスは理由表示値 { $cause }（{ $name }）に対応させるべきとされています。
q850-warning = 488 と 606 の理由表示値は Warning ヘッダーで決まります。ほとんどの警告コードには理由表示値 { $cause }（{ $name }）を、警告が利用できないベアラ能力に関するものであれば理由表示値 { $bearer }（{ $bearer_name }）を使います。
q850-location = 理由表示値とともに送る発生場所は、6xx のレスポンスでは「ユーザー」、4xx と 5xx のレスポンスでは「網」です。
q850-reason-heading = Reason ヘッダーで運ばれる理由表示値
q850-reason-intro = SIP は理由表示値を Reason ヘッダー（RFC 3326）で運びます。値は Q.850 の理由表示値か SIP のレスポンスコードです。BYE や CANCEL に付けられるほか、RFC 6432 によりレスポンスにも付けられます。

## 理由表示値（ITU-T Q.850）
q850-cause-1 = 欠番
q850-cause-2 = 網へのルートなし
q850-cause-3 = 宛先へのルートなし
q850-cause-16 = 正常切断
q850-cause-17 = ユーザー話中
q850-cause-18 = ユーザー端末の反応なし
q850-cause-19 = 呼び出し後の応答なし
q850-cause-20 = 加入者不在
q850-cause-21 = 呼の拒否
q850-cause-22 = 番号変更
q850-cause-23 = 新しい宛先へのリダイレクト
q850-cause-25 = 交換機のルーティングエラー
q850-cause-26 = 選択されなかったユーザーの切断
q850-cause-27 = 宛先の故障
q850-cause-28 = 番号形式の誤り（アドレス不完全）
q850-cause-29 = ファシリティの拒否
q850-cause-31 = 正常（詳細不明）
q850-cause-34 = 利用できる回線なし
q850-cause-38 = 網の故障
q850-cause-41 = 一時的な障害
q850-cause-42 = 交換機の輻輳
q850-cause-47 = リソース利用不可
q850-cause-55 = CUG 内の着信規制
q850-cause-57 = ベアラ能力の権限なし
q850-cause-58 = ベアラ能力が現在利用不可
q850-cause-63 = サービスまたはオプション利用不可
q850-cause-65 = ベアラ能力の未実装
q850-cause-70 = 制限付きディジタル情報のベアラ能力のみ利用可
q850-cause-79 = サービスまたはオプションの未実装
q850-cause-87 = CUG のメンバーではないユーザー
q850-cause-88 = 宛先の互換性なし
q850-cause-102 = タイマー満了による回復
q850-cause-111 = プロトコルエラー（詳細不明）
q850-cause-127 = インターワーキング（詳細不明）
