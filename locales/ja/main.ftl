## Site-wide
# translated-from: 4192adcb
language-name = 日本語
# translated-from: 0d5af23c
site-name = codeatlas
# translated-from: 2c67eec2
site-tagline = SIP のレスポンスコードと HTTP のステータスコードを RFC に基づいて解説
# translated-from: 3a818d21
skip-to-content = 本文へ移動
# translated-from: 4f856e07
nav-main = メインメニュー
# translated-from: aa158ae6
nav-breadcrumbs = パンくずリスト
# translated-from: 770ea308
nav-language = 言語
# translated-from: eecf3b78
breadcrumb-home = ホーム
# translated-from: 3692c6ff
footer-about = 理由フレーズは IANA レジストリーに、解説は各 RFC の該当セクションに基づいています。
# translated-from: 9e3eaa91
footer-source = コンテンツはコントリビューターが YAML 形式で執筆しています。修正の提案を歓迎します。

# 同じ段落の文と文の間（日本語では空けない）。
# translated-from: 25c1b8e4
sentence-gap = { "" }
## Classes of response codes
# translated-from: 38b79fe9
class-label = { $digit }xx { $name }
# translated-from: 9f9db5c6
class-provisional = 暫定レスポンス
# translated-from: 2ef81550
class-success = 成功レスポンス
# translated-from: 5c8fdaf8
class-redirection = リダイレクト
# translated-from: 2a5ed23d
class-client-failure = クライアントエラー
# translated-from: 3f1343ea
class-server-failure = サーバーエラー
# translated-from: 584e2fa4
class-global-failure = グローバルエラー
# translated-from: 2c051145
class-informational = 情報レスポンス
# translated-from: a92fb2f4
class-successful = 成功レスポンス
# translated-from: 086df119
class-client-error = クライアントエラー
# translated-from: 42f04fce
class-server-error = サーバーエラー

## Registry status
# translated-from: 38d2b169
status-deprecated = 非推奨
# translated-from: e0f5fe2f
status-obsoleted = 廃止
# translated-from: a2405299
status-temporary = 仮登録
# translated-from: b7b7b18d
status-unused = 未使用（予約済み）

## Record sections
# translated-from: 0ac70612
heading-description = 説明
# translated-from: fb122150
heading-appears_when = このコードが表示される場合
# translated-from: 096169e1
heading-resolution = 解決方法
# translated-from: 93a91c2b
heading-references = 参考資料
# translated-from: 85718e7a
heading-differences = 主な違い
# translated-from: 66d52ddf
heading-which_to_use = どちらをいつ使うか
# translated-from: 4ba79e65
fallback-note = このセクションはまだ翻訳されていないため、英語の原文を表示しています。

## Home
# translated-from: 6c1f6b92
home-title = codeatlas：SIP レスポンスコードと HTTP ステータスコードの解説
# translated-from: e82a335b
home-description = SIP のすべてのレスポンスコードと HTTP のすべてのステータスコードについて、意味、実際に目にする場面、対処方法を解説します。任意の2つのコードを並べて比較することもできます。
# translated-from: 44cd89ba
home-heading = SIP レスポンスコードと HTTP ステータスコードの解説
# translated-from: 87b5b626
home-intro = コードを選ぶと、その意味、実際に目にする場面、対処方法を確認できます。2つのコードを並べて比較することもできます。
# translated-from: 1215acf0
home-registry-count = { $codes }件のコード、{ $pairs }件の比較

## Registry index
# $term はレジストリーでのコードの呼び名：`status`（HTTP、RFC 9110 の「ステータスコード」）か `response`（SIP、RFC 3261 の「レスポンスコード」）。
# translated-from: 9732875a
registry-codes = { $term ->
    [status] { $registry } ステータスコード
   *[other] { $registry } レスポンスコード
}
# translated-from: 713c9c74
registry-title = { $term ->
    [status] { $registry } ステータスコード一覧
   *[other] { $registry } レスポンスコード一覧
}
# translated-from: 9890d343
registry-description = { $term ->
    [status] { $registry } のステータスコード全 { $count }件を、クラスごとに概要付きで掲載しています。
   *[other] { $registry } のレスポンスコード全 { $count }件を、クラスごとに概要付きで掲載しています。
}
# translated-from: c5fbebd2
registry-heading = { $term ->
    [status] { $registry } ステータスコード一覧
   *[other] { $registry } レスポンスコード一覧
}
# translated-from: 79e1cd7b
registry-intro = { $term ->
    [status] { $registry } のステータスコード全 { $count }件をクラスごとに掲載しています。
   *[other] { $registry } のレスポンスコード全 { $count }件をクラスごとに掲載しています。
}

## Code page
# translated-from: 4b1874d6
code-title = { $registry } { $code } { $reason }
# translated-from: 46655bb7
code-class-line = { $code } は { $class }に分類されます。
# translated-from: 644cdb62
code-status-line = { $status ->
    [deprecated] IANA レジストリーでは、このコードは非推奨とされています。
    [obsoleted] IANA レジストリーでは、このコードは廃止とされています。
    [temporary] このコードは IANA の仮登録です。
   *[unused] IANA レジストリーでは、このコードは未使用（予約済み）で、割り当てられていません。
}
# translated-from: 5ab0b0d3
code-expires-line = 登録の有効期限は { $expires } です。
# translated-from: d2b58868
compare-heading = { $code } を他のコードと比較
# translated-from: 1cc50f62
compare-curated = { $code } とよく比較されるコード
# translated-from: ff8a10c4
compare-all = その他の { $registry } コード

## Pair page
# translated-from: eeaa4c77
pair-title = { $registry } { $a } と { $b } の違い
# translated-from: 25cf2aa7
pair-title-long = { $registry } { $a } { $a_reason } と { $b } { $b_reason } の違い
# translated-from: 0502d52f
pair-intro = { $a }（{ $a_reason }）は { $a_class }、{ $b }（{ $b_reason }）は { $b_class }に分類されます。
# translated-from: 2fabfa92
pair-intro-same-class = { $a }（{ $a_reason }）と { $b }（{ $b_reason }）は、どちらも { $class }に分類されます。
# translated-from: ec848edf
pair-generated-note = この2つのコードの比較解説はまだ書かれていません。下の表は両コードの記載内容を並べたもので、その下に各コードの詳細を掲載しています。
# translated-from: 5a74dd51
pair-row-class = クラス
# translated-from: dd0d83c6
pair-row-meaning = 意味
# translated-from: 0c0e09dc
pair-row-references = 参考資料
# translated-from: 5c92bd83
pair-row-status = 登録状態
# translated-from: 00bced40
pair-status-assigned = 割り当て済み
# translated-from: 6508a4c8
pair-which-generated = どう対処すべきかは、実際に受け取ったのがどちらのコードかによって決まります。
# translated-from: 9c53d304
pair-which-if = { $code }（{ $reason }）を受け取った場合
# translated-from: 65cac34d
pair-code-heading = { $code } { $reason }
# translated-from: 4f3fb86d
pair-read-more = { $code } { $reason } の詳細ページ

## Root and 404
# translated-from: cd7aa78f
root-title = codeatlas：言語を選択
# translated-from: 25c0c224
root-heading = 言語を選択してください
# translated-from: 1103cb22
notfound-title = ページが見つかりません
# translated-from: 74ae1233
notfound-heading = お探しのページは存在しません
# translated-from: be193f26
notfound-text = アドレスが間違っているか、ページが移動した可能性があります。以下のレジストリーから探してください。

## Search, compare, anchors
# translated-from: 0921c1cf
search-label = コードを検索
# translated-from: 2261735f
search-placeholder = コード番号、名前、キーワードで検索（例：437）
# translated-from: f280cb84
search-found = { $n }件見つかりました
# translated-from: 9b591f35
search-none = 該当するコードはありません
# translated-from: 0a08dcce
compare-label = { $code } と比較するコード
# translated-from: 52533a9a
compare-button = 比較
# translated-from: cae5d08f
anchor-label = このセクションへのリンク
# translated-from: 30743909
og-locale = ja_JP

## Translation status
# translated-from: dd738486
stale-note = このセクションの翻訳後に、英語の原文が更新されています。
# translated-from: ae3799c8
stale-link = 最新の英語版を読む

## メッセージフロー：参加者の役割
# translated-from: 5a131ae5
role-caller = 発信者
# translated-from: 0d260887
role-callee = 着信者
# translated-from: 96a8746c
role-ua = UA
# translated-from: 6e62659d
role-proxy = プロキシ
# translated-from: 65cd5951
role-registrar = レジストラ
# translated-from: 26eb0281
role-redirect = リダイレクトサーバー
# translated-from: f002897f
role-notifier = ノーティファイア
# translated-from: 21013e7e
role-b2bua = B2BUA
# translated-from: bd643b40
role-sbc = SBC
# translated-from: 3b8ce0a1
role-gateway = ゲートウェイ
# translated-from: c5c1f90e
role-pstn = PSTN 交換機
# translated-from: f8155747
role-client = クライアント
# translated-from: cd1f4cfe
role-browser = ブラウザー
# translated-from: 2b9fbc25
role-server = サーバー
# translated-from: c93cb6b4
role-origin = オリジンサーバー
# translated-from: 09b5e964
role-cdn = CDN
# translated-from: eaa21451
role-cache = キャッシュ
# translated-from: 5b9e58fa
flow-participant-numbered = { $role } { $number }

## ページ上のメッセージフロー
# translated-from: e1e949cf
heading-flow = メッセージフロー
# translated-from: b7fbe49a
heading-flows = メッセージフロー
# translated-from: 8c30c055
flow-title = { $code } { $reason } のメッセージフロー
# translated-from: 890942ba
flow-title-pair = 1つのやり取りに現れる { $a } と { $b }
# translated-from: 6e6d06ad
flow-steps = 手順をテキストで見る
# translated-from: b575c2d6
flow-step-message = { $from } → { $to }：{ $label }
# translated-from: d748193c
flow-step-note = { $who }：{ $text }
# translated-from: a17a6b64
flow-who-two = { $a }と{ $b }
# translated-from: f3b87ed5
flow-who-range = { $first }から{ $last }まで

## ヘッダー、例、ライブラリ、関連コード
# translated-from: 17aa47ba
heading-headers = ヘッダー
# translated-from: 7c923fbf
headers-col-field = ヘッダー
# translated-from: 169295c6
headers-col-level = 要件
# translated-from: c6972cb8
headers-col-note = 内容
# translated-from: 3dc26e4d
headers-col-source = 出典
# translated-from: 3f2b416e
headers-in-request = リクエスト側
# translated-from: c8ced157
headers-none = すべてのレスポンスに付くもの以外に、RFC が { $code } と結び付けているヘッダーはありません。
# translated-from: fa431d2f
level-must = 必須（MUST）
# translated-from: 50875c64
level-should = 推奨（SHOULD）
# translated-from: 7fc60bbe
level-may = 任意（MAY）
# translated-from: 62f7c153
level-must-not = 禁止（MUST NOT）
# translated-from: 8abb0e62
heading-example = 例
# translated-from: c890e011
example-copy = やり取りをコピー
# translated-from: 2fbe9c6b
example-copied = コピーしました
# translated-from: db43c559
heading-libraries = コードでの名前
# translated-from: d5e54186
libraries-col-library = ライブラリー
# translated-from: b57892ff
libraries-col-name = 書き方
# translated-from: 5a1d69d3
heading-related = 関連するコード
# translated-from: a8a33617
pair-row-headers = ヘッダー
# translated-from: 4df7746c
pair-headers-none = すべてのレスポンスに付くもの以外はなし
# translated-from: 9c2f7c84
list-separator = {"、"}

## Translation status page and edit links
# translated-from: 809a9f7a
footer-translation = このサイトの翻訳状況
# translated-from: 6cb823aa
translation-title = 翻訳状況
# translated-from: 0bb0e339
translation-description = codeatlas の各言語への翻訳がどこまで進んでいるか、どのテキストが要更新または未翻訳かを示します。
# translated-from: 59109b90
translation-intro = codeatlas のテキストはすべて、まず英語で書かれます。このページでは言語ごとに、現在の英語から翻訳されたテキスト、古い版の英語から翻訳されたままの要更新のテキスト、まだ翻訳されていないテキスト（ページには英語で表示されます）を数えています。
# translated-from: 6f858077
translation-how = 翻訳するには CONTRIBUTING.md の「Translating」に従ってください。codeatlas l10n export で PO ファイルを書き出し、Poedit、Weblate、Crowdin などで翻訳して、codeatlas l10n import で取り込みます。
# translated-from: cc2c29dc
translation-languages = 言語
# translated-from: 73b4aa89
translation-col-language = 言語
# translated-from: be4000a1
translation-col-texts = 解説と比較のテキスト
# translated-from: 7274b456
translation-col-messages = 画面のメッセージ
# translated-from: fbafd011
translation-col-translated = 翻訳済み
# translated-from: 88f59290
translation-col-stale = 要更新
# translated-from: e5b88ec1
translation-col-missing = 未翻訳
# translated-from: 87b3b80a
translation-col-percent = 最新の割合
# translated-from: 4f18694e
translation-percent = { $percent }%
# translated-from: c65a166e
translation-col-kind = テキストの種類
# translated-from: b68ef255
translation-todo = 翻訳または更新が必要なもの
# translated-from: 91eb1594
translation-col-page = ページ
# translated-from: 14583d38
translation-col-source = ソース
# translated-from: ad4aa935
translation-edit-file = ファイルを編集
# translated-from: 19b68bf7
translation-all-done = ここにあるテキストはすべて、現在の英語から翻訳されています。
# translated-from: 2d477e3b
translation-col-message = メッセージ
# translated-from: b4cf9b50
translation-col-state = 状態
# translated-from: b41cad78
translation-col-file = ファイル
# translated-from: 8dddc70d
translation-messages-done = 画面のメッセージはすべて、現在の英語から翻訳されています。
# translated-from: 78ff9222
pair-name = { $a } と { $b }
# translated-from: b74b82dc
edit-page = このページを編集
# translated-from: c20fc4bf
edit-code = { $code } のテキストを編集
# translated-from: 57783d08
fallback-translate = 翻訳する
