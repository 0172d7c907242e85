## Site-wide
language-name = 日本語
site-name = codeatlas
site-tagline = SIP のレスポンスコードと HTTP のステータスコードを RFC に基づいて解説
skip-to-content = 本文へ移動
nav-main = メインメニュー
nav-breadcrumbs = パンくずリスト
nav-language = 言語
breadcrumb-home = ホーム
footer-about = 理由フレーズは IANA レジストリーに、解説は各 RFC の該当セクションに基づいています。
footer-source = コンテンツはコントリビューターが YAML 形式で執筆しています。修正の提案を歓迎します。

# 同じ段落の文と文の間（日本語では空けない）。
sentence-gap = { "" }
## Classes of response codes
class-label = { $digit }xx { $name }
class-provisional = 暫定レスポンス
class-success = 成功レスポンス
class-redirection = リダイレクト
class-client-failure = クライアントエラー
class-server-failure = サーバーエラー
class-global-failure = グローバルエラー
class-informational = 情報レスポンス
class-successful = 成功レスポンス
class-client-error = クライアントエラー
class-server-error = サーバーエラー

## Registry status
status-deprecated = 非推奨
status-obsoleted = 廃止
status-temporary = 仮登録
status-unused = 未使用（予約済み）

## Record sections
heading-description = 説明
heading-appears_when = このコードが表示される場合
heading-resolution = 解決方法
heading-references = 参考資料
heading-differences = 主な違い
heading-which_to_use = どちらをいつ使うか
fallback-note = このセクションはまだ翻訳されていないため、英語の原文を表示しています。

## Home
home-title = codeatlas：SIP レスポンスコードと HTTP ステータスコードの解説
home-description = SIP のすべてのレスポンスコードと HTTP のすべてのステータスコードについて、意味、実際に目にする場面、対処方法を解説します。任意の2つのコードを並べて比較することもできます。
home-heading = SIP レスポンスコードと HTTP ステータスコードの解説
home-intro = コードを選ぶと、その意味、実際に目にする場面、対処方法を確認できます。2つのコードを並べて比較することもできます。
home-registry-count = { $codes }件のコード、{ $pairs }件の比較

## Registry index
# $term はレジストリーでのコードの呼び名：`status`（HTTP、RFC 9110 の「ステータスコード」）か `response`（SIP、RFC 3261 の「レスポンスコード」）。
registry-codes = { $term ->
    [status] { $registry } ステータスコード
   *[other] { $registry } レスポンスコード
}
registry-title = { $term ->
    [status] { $registry } ステータスコード一覧
   *[other] { $registry } レスポンスコード一覧
}
registry-description = { $term ->
    [status] { $registry } のステータスコード全 { $count }件を、クラスごとに概要付きで掲載しています。
   *[other] { $registry } のレスポンスコード全 { $count }件を、クラスごとに概要付きで掲載しています。
}
registry-heading = { $term ->
    [status] { $registry } ステータスコード一覧
   *[other] { $registry } レスポンスコード一覧
}
registry-intro = { $term ->
    [status] { $registry } のステータスコード全 { $count }件をクラスごとに掲載しています。
   *[other] { $registry } のレスポンスコード全 { $count }件をクラスごとに掲載しています。
}

## Code page
code-title = { $registry } { $code } { $reason }
code-class-line = { $code } は { $class }に分類されます。
code-status-line = { $status ->
    [deprecated] IANA レジストリーでは、このコードは非推奨とされています。
    [obsoleted] IANA レジストリーでは、このコードは廃止とされています。
    [temporary] このコードは IANA の仮登録です。
   *[unused] IANA レジストリーでは、このコードは未使用（予約済み）で、割り当てられていません。
}
code-expires-line = 登録の有効期限は { $expires } です。
compare-heading = { $code } を他のコードと比較
compare-curated = { $code } とよく比較されるコード
compare-all = その他の { $registry } コード

## Pair page
pair-title = { $registry } { $a } と { $b } の違い
pair-title-long = { $registry } { $a } { $a_reason } と { $b } { $b_reason } の違い
pair-intro = { $a }（{ $a_reason }）は { $a_class }、{ $b }（{ $b_reason }）は { $b_class }に分類されます。
pair-intro-same-class = { $a }（{ $a_reason }）と { $b }（{ $b_reason }）は、どちらも { $class }に分類されます。
pair-generated-note = この2つのコードの比較解説はまだ書かれていません。下の表は両コードの記載内容を並べたもので、その下に各コードの詳細を掲載しています。
pair-row-class = クラス
pair-row-meaning = 意味
pair-row-references = 参考資料
pair-row-status = 登録状態
pair-status-assigned = 割り当て済み
pair-which-generated = どう対処すべきかは、実際に受け取ったのがどちらのコードかによって決まります。
pair-which-if = { $code }（{ $reason }）を受け取った場合
pair-code-heading = { $code } { $reason }
pair-read-more = { $code } { $reason } の詳細ページ

## Root and 404
root-title = codeatlas：言語を選択
root-heading = 言語を選択してください
notfound-title = ページが見つかりません
notfound-heading = お探しのページは存在しません
notfound-text = アドレスが間違っているか、ページが移動した可能性があります。以下のレジストリーから探してください。

## Search, compare, anchors
search-label = コードを検索
search-placeholder = コード番号、名前、キーワードで検索（例：437）
search-found = { $n }件見つかりました
search-none = 該当するコードはありません
compare-label = { $code } と比較するコード
compare-button = 比較
anchor-label = このセクションへのリンク
og-locale = ja_JP

## Translation status
stale-note = このセクションの翻訳後に、英語の原文が更新されています。
stale-link = 最新の英語版を読む

## メッセージフロー：参加者の役割
role-caller = 発信者
role-callee = 着信者
role-ua = UA
role-proxy = プロキシ
role-registrar = レジストラ
role-redirect = リダイレクトサーバー
role-notifier = ノーティファイア
role-b2bua = B2BUA
role-sbc = SBC
role-gateway = ゲートウェイ
role-pstn = PSTN 交換機
role-client = クライアント
role-browser = ブラウザー
role-server = サーバー
role-origin = オリジンサーバー
role-cdn = CDN
role-cache = キャッシュ
flow-participant-numbered = { $role } { $number }

## ページ上のメッセージフロー
heading-flow = メッセージフロー
heading-flows = メッセージフロー
flow-title = { $code } { $reason } のメッセージフロー
flow-title-pair = 1つのやり取りに現れる { $a } と { $b }
flow-steps = 手順をテキストで見る
flow-step-message = { $from } → { $to }：{ $label }
flow-step-note = { $who }：{ $text }
flow-who-two = { $a }と{ $b }
flow-who-range = { $first }から{ $last }まで

## ヘッダー、例、ライブラリ、関連コード
heading-headers = ヘッダー
headers-col-field = ヘッダー
headers-col-level = 要件
headers-col-note = 内容
headers-col-source = 出典
headers-in-request = リクエスト側
headers-none = すべてのレスポンスに付くもの以外に、RFC が { $code } と結び付けているヘッダーはありません。
level-must = 必須（MUST）
level-should = 推奨（SHOULD）
level-may = 任意（MAY）
level-must-not = 禁止（MUST NOT）
heading-example = 例
example-copy = やり取りをコピー
example-copied = コピーしました
heading-libraries = コードでの名前
libraries-col-library = ライブラリー
libraries-col-name = 書き方
heading-related = 関連するコード
pair-row-headers = ヘッダー
pair-headers-none = すべてのレスポンスに付くもの以外はなし
list-separator = {"、"}

## Translation status page and edit links
footer-translation = このサイトの翻訳状況
translation-title = 翻訳状況
translation-description = codeatlas の各言語への翻訳がどこまで進んでいるか、どのテキストが要更新または未翻訳かを示します。
translation-intro = codeatlas のテキストはすべて、まず英語で書かれます。このページでは言語ごとに、現在の英語から翻訳されたテキスト、古い版の英語から翻訳されたままの要更新のテキスト、まだ翻訳されていないテキスト（ページには英語で表示されます）を数えています。
translation-how = 翻訳するには CONTRIBUTING.md の「Translating」に従ってください。codeatlas l10n export で PO ファイルを書き出し、Poedit、Weblate、Crowdin などで翻訳して、codeatlas l10n import で取り込みます。
translation-languages = 言語
translation-col-language = 言語
translation-col-texts = 解説と比較のテキスト
translation-col-messages = 画面のメッセージ
translation-col-translated = 翻訳済み
translation-col-stale = 要更新
translation-col-missing = 未翻訳
translation-col-percent = 最新の割合
translation-percent = { $percent }%
translation-col-kind = テキストの種類
translation-todo = 翻訳または更新が必要なもの
translation-col-page = ページ
translation-col-source = ソース
translation-edit-file = ファイルを編集
translation-all-done = ここにあるテキストはすべて、現在の英語から翻訳されています。
translation-col-message = メッセージ
translation-col-state = 状態
translation-col-file = ファイル
translation-messages-done = 画面のメッセージはすべて、現在の英語から翻訳されています。
pair-name = { $a } と { $b }
edit-page = このページを編集
edit-code = { $code } のテキストを編集
fallback-translate = 翻訳する
