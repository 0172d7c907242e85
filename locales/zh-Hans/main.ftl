# zh-Hans: Simplified Chinese. Terms follow locales/zh-Hans/glossary.yaml,
# typography locales/zh-Hans/typography.yaml.

## Site-wide
# translated-from: 4192adcb
language-name = 简体中文
# translated-from: 0d5af23c
site-name = codeatlas
# translated-from: 2c67eec2
site-tagline = 以 RFC 为依据，讲解 SIP 响应码和 HTTP 状态码
# translated-from: 3a818d21
skip-to-content = 跳到主要内容
# translated-from: 4f856e07
nav-main = 主导航
# translated-from: aa158ae6
nav-breadcrumbs = 面包屑导航
# translated-from: 770ea308
nav-language = 语言
# translated-from: eecf3b78
breadcrumb-home = 首页
# translated-from: 3692c6ff
footer-about = 原因短语以 IANA 注册表为准；各项定义均注明所依据的 RFC 章节。
# translated-from: 9e3eaa91
footer-source = 内容由贡献者以 YAML 格式撰写，欢迎指正。

# 同一段落中两句之间的分隔（中文不留空格）。
# translated-from: 25c1b8e4
sentence-gap = { "" }
## Classes of response codes
# translated-from: 38b79fe9
class-label = { $digit }xx { $name }
# translated-from: 9f9db5c6
class-provisional = 临时响应
# translated-from: 2ef81550
class-success = 成功响应
# translated-from: 5c8fdaf8
class-redirection = 重定向
# translated-from: 2a5ed23d
class-client-failure = 请求失败
# translated-from: 3f1343ea
class-server-failure = 服务器失败
# translated-from: 584e2fa4
class-global-failure = 全局失败
# translated-from: 2c051145
class-informational = 信息响应
# translated-from: a92fb2f4
class-successful = 成功响应
# translated-from: 086df119
class-client-error = 客户端错误
# translated-from: 42f04fce
class-server-error = 服务器错误

## Registry status
# translated-from: 38d2b169
status-deprecated = 已弃用
# translated-from: e0f5fe2f
status-obsoleted = 已废止
# translated-from: a2405299
status-temporary = 临时注册
# translated-from: b7b7b18d
status-unused = 未使用（保留）

## Record sections
# translated-from: 0ac70612
heading-description = 说明
# translated-from: fb122150
heading-appears_when = 何时会遇到此代码
# translated-from: 096169e1
heading-resolution = 处理方法
# translated-from: 93a91c2b
heading-references = 参考资料
# translated-from: 85718e7a
heading-differences = 主要区别
# translated-from: 66d52ddf
heading-which_to_use = 何时使用哪一个
# translated-from: 4ba79e65
fallback-note = 本节尚未翻译，因此显示英文原文。

## Home
# translated-from: 6c1f6b92
home-title = codeatlas：SIP 响应码与 HTTP 状态码详解
# translated-from: e82a335b
home-description = 逐一讲解每个 SIP 响应码和 HTTP 状态码的含义、实际出现的场合和处理方法，还可以将任意两个代码并列比较。
# translated-from: 44cd89ba
home-heading = SIP 响应码与 HTTP 状态码详解
# translated-from: 87b5b626
home-intro = 查找一个代码，了解它的含义、在实践中何时出现以及如何处理；也可以将两个代码并列比较。
# translated-from: 1215acf0
home-registry-count = { $codes ->
   *[other] { $codes } 个代码
}，{ $pairs } 组比较

## Registry index
# $term 是注册表对其代码的称呼：`status`（HTTP，RFC 9110 的“状态码”）或 `response`（SIP，RFC 3261 的“响应码”）。
# translated-from: 9732875a
registry-codes = { $term ->
    [status] { $registry } 状态码
   *[other] { $registry } 响应码
}
# translated-from: 713c9c74
registry-title = { $term ->
    [status] { $registry } 状态码一览
   *[other] { $registry } 响应码一览
}
# translated-from: 9890d343
registry-description = { $term ->
    [status] 全部 { $count } 个 { $registry } 状态码，按类别分组，每个附有一句话概述。
   *[other] 全部 { $count } 个 { $registry } 响应码，按类别分组，每个附有一句话概述。
}
# translated-from: c5fbebd2
registry-heading = { $term ->
    [status] { $registry } 状态码一览
   *[other] { $registry } 响应码一览
}
# translated-from: 79e1cd7b
registry-intro = { $term ->
    [status] 这里按类别列出了全部 { $count } 个 { $registry } 状态码。
   *[other] 这里按类别列出了全部 { $count } 个 { $registry } 响应码。
}

## Code page
# translated-from: 4b1874d6
code-title = { $registry } { $code } { $reason }
# translated-from: 46655bb7
code-class-line = { $code } 属于 { $class }类别。
# translated-from: 644cdb62
code-status-line = { $status ->
    [deprecated] IANA 注册表将此代码标记为已弃用。
    [obsoleted] IANA 注册表将此代码标记为已废止。
    [temporary] 此代码是 IANA 的临时注册。
   *[unused] IANA 注册表将此代码列为未使用：它被保留，未分配给任何含义。
}
# translated-from: 5ab0b0d3
code-expires-line = 该注册于 { $expires } 到期。
# translated-from: d2b58868
compare-heading = 将 { $code } 与其他代码比较
# translated-from: 1cc50f62
compare-curated = 常与 { $code } 比较的代码
# translated-from: ff8a10c4
compare-all = 其他所有 { $registry } 代码

## Pair page
# translated-from: eeaa4c77
pair-title = { $registry } { $a } 与 { $b } 的区别
# translated-from: 25cf2aa7
pair-title-long = { $registry } { $a } { $a_reason } 与 { $b } { $b_reason } 的区别
# translated-from: 0502d52f
pair-intro = { $a }（{ $a_reason }）属于 { $a_class }类别，而 { $b }（{ $b_reason }）属于 { $b_class }类别。
# translated-from: 2fabfa92
pair-intro-same-class = { $a }（{ $a_reason }）和 { $b }（{ $b_reason }）都属于 { $class }类别。
# translated-from: ec848edf
pair-generated-note = 还没有人为这两个代码撰写比较。下表列出两者记录中的内容，再往下的各节分别完整介绍每个代码。
# translated-from: 5a74dd51
pair-row-class = 类别
# translated-from: dd0d83c6
pair-row-meaning = 含义
# translated-from: 0c0e09dc
pair-row-references = 参考资料
# translated-from: 5c92bd83
pair-row-status = 注册状态
# translated-from: 00bced40
pair-status-assigned = 已分配
# translated-from: 6508a4c8
pair-which-generated = 正确的处理方法取决于你实际收到的是哪一个：
# translated-from: 9c53d304
pair-which-if = 如果收到的是 { $code }（{ $reason }）
# translated-from: 65cac34d
pair-code-heading = { $code } { $reason }
# translated-from: 4f3fb86d
pair-read-more = { $code } { $reason } 的完整页面

## Root and 404
# translated-from: cd7aa78f
root-title = codeatlas：选择语言
# translated-from: 25c0c224
root-heading = 选择语言
# translated-from: 1103cb22
notfound-title = 找不到页面
# translated-from: 74ae1233
notfound-heading = 此页面不存在
# translated-from: be193f26
notfound-text = 地址可能输入有误，或者页面已经移动。请从下面的注册表开始查找。

## Search, compare, anchors
# translated-from: 0921c1cf
search-label = 搜索代码
# translated-from: 2261735f
search-placeholder = 按代码、名称或关键词搜索，例如 437
# translated-from: f280cb84
search-found = { $n ->
   *[other] 找到 { $n } 个结果
}
# translated-from: 9b591f35
search-none = 没有结果
# translated-from: 0a08dcce
compare-label = 将 { $code } 与以下代码比较
# translated-from: 52533a9a
compare-button = 比较
# translated-from: cae5d08f
anchor-label = 指向本节的链接
# translated-from: 30743909
og-locale = zh_CN

## Translation status
# translated-from: dd738486
stale-note = 本节翻译完成后，英文原文已有更新。
# translated-from: ae3799c8
stale-link = 阅读最新的英文版

## 消息流程：参与者的角色（`role-<role>`）；带编号的参与者（`proxy2`）显示为角色加编号。
# translated-from: 5a131ae5
role-caller = 主叫方
# translated-from: 0d260887
role-callee = 被叫方
# translated-from: 96a8746c
role-ua = 用户代理
# translated-from: 6e62659d
role-proxy = 代理
# translated-from: 65cd5951
role-registrar = 注册服务器
# translated-from: 26eb0281
role-redirect = 重定向服务器
# translated-from: f002897f
role-notifier = 通知者
# translated-from: 21013e7e
role-b2bua = B2BUA
# translated-from: bd643b40
role-sbc = SBC
# translated-from: 3b8ce0a1
role-gateway = 网关
# translated-from: c5c1f90e
role-pstn = PSTN 交换机
# translated-from: f8155747
role-client = 客户端
# translated-from: cd1f4cfe
role-browser = 浏览器
# translated-from: 2b9fbc25
role-server = 服务器
# translated-from: c93cb6b4
role-origin = 源服务器
# translated-from: 09b5e964
role-cdn = CDN
# translated-from: eaa21451
role-cache = 缓存
# translated-from: 5b9e58fa
flow-participant-numbered = { $role } { $number }

## 页面上的消息流程
# translated-from: e1e949cf
heading-flow = 消息流程
# translated-from: b7fbe49a
heading-flows = 消息流程
# translated-from: 8c30c055
flow-title = { $code } { $reason } 的消息流程
# translated-from: 890942ba
flow-title-pair = 同一次交互中的 { $a } 和 { $b }
# translated-from: 6e6d06ad
flow-steps = 以文字列出各步骤
# translated-from: b575c2d6
flow-step-message = { $from } → { $to }：{ $label }
# translated-from: d748193c
flow-step-note = { $who }：{ $text }
# 参与者名称可能是中文（代理）也可能是拉丁字母（SBC），所以用不需要空格的标点连接。
# translated-from: a17a6b64
flow-who-two = { $a }、{ $b }
# translated-from: f3b87ed5
flow-who-range = { $first }～{ $last }

## 标头、示例、库、相关代码
# translated-from: 17aa47ba
heading-headers = 标头
# translated-from: 7c923fbf
headers-col-field = 标头
# translated-from: 169295c6
headers-col-level = 要求
# translated-from: c6972cb8
headers-col-note = 携带的内容
# translated-from: 3dc26e4d
headers-col-source = 出处
# translated-from: 3f2b416e
headers-in-request = 在请求中
# translated-from: c8ced157
headers-none = 除了每个响应都带有的标头之外，RFC 没有将其他标头与 { $code } 关联。
# translated-from: fa431d2f
level-must = 必须（MUST）
# translated-from: 50875c64
level-should = 应当（SHOULD）
# translated-from: 7fc60bbe
level-may = 可以（MAY）
# translated-from: 62f7c153
level-must-not = 不得（MUST NOT）
# translated-from: 8abb0e62
heading-example = 示例
# translated-from: c890e011
example-copy = 复制这次交互
# translated-from: 2fbe9c6b
example-copied = 已复制
# translated-from: db43c559
heading-libraries = 代码中的名称
# translated-from: d5e54186
libraries-col-library = 库
# translated-from: b57892ff
libraries-col-name = 写法
# translated-from: 5a1d69d3
heading-related = 相关代码
# translated-from: a8a33617
pair-row-headers = 标头
# translated-from: 4df7746c
pair-headers-none = 除每个响应都带有的标头外，没有其他标头
# 短的行内链接列表中各项之间的分隔。
# translated-from: 9c2f7c84
list-separator = {"、"}

## Translation status page and edit links
# translated-from: 809a9f7a
footer-translation = 本站翻译进度
# translated-from: 6cb823aa
translation-title = 翻译进度
# translated-from: 0bb0e339
translation-description = 显示 codeatlas 各语言的翻译进度，以及哪些文本需要更新或尚未翻译。
# translated-from: 59109b90
translation-intro = codeatlas 的所有文本都先用英文撰写。本页按语言统计三类文本：根据当前英文翻译的文本、根据旧版英文翻译而需要更新的文本，以及尚未翻译、在页面上以英文显示的文本。
# translated-from: 6f858077
translation-how = 如需参与翻译，请按照 CONTRIBUTING.md 中“Translating”一节操作：用 codeatlas l10n export 导出 PO 文件，在 Poedit、Weblate 或 Crowdin 等工具中翻译，再用 codeatlas l10n import 导入。
# translated-from: cc2c29dc
translation-languages = 语言
# translated-from: 73b4aa89
translation-col-language = 语言
# translated-from: be4000a1
translation-col-texts = 说明与对比文本
# translated-from: 7274b456
translation-col-messages = 界面消息
# translated-from: fbafd011
translation-col-translated = 已翻译
# translated-from: 88f59290
translation-col-stale = 需更新
# translated-from: e5b88ec1
translation-col-missing = 未翻译
# translated-from: 87b3b80a
translation-col-percent = 最新比例
# translated-from: 4f18694e
translation-percent = { $percent }%
# translated-from: c65a166e
translation-col-kind = 文本类型
# translated-from: b68ef255
translation-todo = 需要翻译或更新的内容
# translated-from: 91eb1594
translation-col-page = 页面
# translated-from: 14583d38
translation-col-source = 源文件
# translated-from: ad4aa935
translation-edit-file = 编辑文件
# translated-from: 19b68bf7
translation-all-done = 此处的所有文本均已根据当前英文翻译。
# translated-from: 2d477e3b
translation-col-message = 消息
# translated-from: b4cf9b50
translation-col-state = 状态
# translated-from: b41cad78
translation-col-file = 文件
# translated-from: 8dddc70d
translation-messages-done = 所有界面消息均已根据当前英文翻译。
# translated-from: 78ff9222
pair-name = { $a } 与 { $b }
# translated-from: b74b82dc
edit-page = 编辑此页
# translated-from: c20fc4bf
edit-code = 编辑 { $code } 的文本
# translated-from: 57783d08
fallback-translate = 去翻译
