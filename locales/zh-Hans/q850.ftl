## SIP 与 ISDN 用户部分（ISUP）的原因值：RFC 3398、RFC 3326

# translated-from: 0d236c47
heading-isup = ISUP 原因值
# translated-from: 6fc067b2
isup-intro = 下面按照 RFC 3398 的建议，说明 SIP 与电话网 ISDN 用户部分（ISUP）之间的网关如何转换 { $code }。
# translated-from: d80b6406
isup-from-heading = ISUP → SIP
# translated-from: 393c3969
isup-to-heading = SIP → ISUP
# translated-from: 70c1a155
isup-from = { $n ->
    [1] 网关收到带有此原因值的释放消息（REL）时，发送 { $code }：
   *[other] 网关收到带有以下任一原因值的释放消息（REL）时，发送 { $code }：
}
# translated-from: f8d904a8
isup-cause = { $cause } { $name }
# translated-from: a55d3003
isup-when-with = 带诊断信息
# translated-from: 84a43e0b
isup-when-without = 不带诊断信息
# translated-from: 94ff69fe
isup-name-when = { $name }（{ $when }）
# translated-from: ae8f54a3
isup-from-none = 在 RFC 3398 §7.2.4.1 的 ISUP → SIP 表中，没有任何原因值会转换为 { $code }。
# translated-from: 307aea6b
isup-from-default = 表中未列出的原因值也会转换为 { $code }（RFC 3398 §7.2.4.1）。
# translated-from: f019011d
isup-to = 网关收到 { $code } 时，以原因值 { $cause }（{ $name }）、位置“{ $location }”释放 ISUP 呼叫。
# translated-from: 21d7eae6
isup-to-default = RFC 3398 §8.2.6.1 中没有 { $code } 这一行；表中未列出的代码应当映射为原因值 { $cause }（{ $name }），位置为“{ $location }”。
# translated-from: 60aa51d5
isup-to-warning = { $code } 对应的原因值取决于其 Warning 标头：RFC 3398 §8.2.6.1 建议大多数警告码使用原因值 { $cause }（{ $name }），警告涉及不可用的承载能力时使用原因值 { $bearer }（{ $bearer_name }）。
# translated-from: febe9fb3
isup-to-no-mapping = RFC 3398 §8.2.6.1 没有将 { $code } 映射到任何原因值。
# translated-from: 23436242
isup-to-not-listed = RFC 3398 §8.2.6.1 的 SIP → ISUP 表只列出 4xx、5xx 和 6xx 响应，因此 { $code } 没有对应的原因值。
# translated-from: a212a02a
isup-printed = RFC 3398 中这一行印作“{ $printed }”，但这个原因短语属于 { $code }。
# translated-from: 32878254
isup-lossy-back = 这一映射会丢失信息：原因值 { $cause } 从电话网返回时会变成另一个代码，而不是 { $code }：
# translated-from: 79653867
isup-lossy-default = 这一映射会丢失信息：ISUP → SIP 表中没有原因值 { $cause } 这一行，因此网关会把它转换回默认的 { $default } { $default_reason }，而不是 { $code }。
# translated-from: 4c00c81d
isup-shared = { $n ->
    [1] 另有一个代码也映射到原因值 { $cause }：
   *[other] 另有 { $n } 个代码也映射到原因值 { $cause }：
}
# translated-from: 3195c7b0
isup-reason-header = 在 SIP 中，原因值由 Reason 标头携带（RFC 3326；在响应中使用见 RFC 6432）：
# translated-from: 7a45bdb9
isup-page-link = RFC 3398 的两张映射表及全部原因值
# translated-from: c83757cc
isup-location-network = 网络
# translated-from: 98933f6e
isup-location-user = 用户
# translated-from: abf6cc8e
isup-note-from-star = 原因值 16 通常改为触发 BYE 或 CANCEL。
# translated-from: d98e3589
isup-note-from-plus = 如果位置为“用户”，可以发送 6xx 代码代替 4xx 代码（403 变为 603）。
# translated-from: 22ee99f4
isup-note-from-equals = 在 ANSI 网络中，原因值 26 被复用来表示“携号转网号码被误路由”；除此之外，ISUP 中通常不使用它。
# translated-from: 716720a7
isup-note-to-star = 如果网关能够向拒绝 INVITE 的 UAS 完成自身的身份验证，就应当这样做并继续呼叫；只有做不到时才发送原因值 21。
# translated-from: f2e32e25
isup-note-to-plus = 网关应当先尝试纠正协议错误并重新发起会话；只有证明无法做到时，才让 ISUP 一侧的呼叫失败。

## Q.850 页面
# translated-from: c0773bec
registry-causes-link = { $registry } 与 ISUP 原因值（Q.850）：两张映射表
# translated-from: e7f603a4
q850-title = { $registry } ↔ ISUP 原因值（Q.850、RFC 3398）
# translated-from: ee5ccaf6
q850-description = 根据 RFC 3398，每个 { $registry } 响应映射到哪个 ISDN 用户部分原因值、又如何映射回来，以及映射在哪些地方丢失信息。
# translated-from: a9c2397c
q850-heading = { $registry } 响应与 ISUP 原因值
# translated-from: ee3dc113
q850-intro = { $registry } 与电话网 ISDN 用户部分（ISUP）之间的网关会把释放原因值（ITU-T Q.850）转换为 { $registry } 响应，反之亦然。RFC 3398 建议采用下面的映射。这一映射会丢失信息：多个响应共用一个原因值，而一个原因值也可能被转换回另一个响应。
# translated-from: 9fe927a4
q850-from-intro = 当电话网以某个原因值释放呼叫（REL）时，网关以此响应回复 { $registry } 请求（RFC 3398 §7.2.4.1）。
# translated-from: 76cc75d4
q850-to-intro = 当 { $registry } 请求以某个响应失败时，网关以此原因值释放 ISUP 呼叫（RFC 3398 §8.2.6.1）。
# translated-from: 90343de3
q850-col-cause = 原因值
# translated-from: 65dd2acf
q850-col-name = 名称
# translated-from: 7a970411
q850-col-response = { $registry } 响应
# translated-from: f71aa0aa
q850-none = —
# translated-from: ec77847e
q850-from-default = 表中未列出的原因值应当转换为 { $code } { $reason }。
# translated-from: e3d9525e
q850-printed = RFC 3398 中印作“{ $printed }”
# translated-from: dd012916
q850-cell-no-mapping = 无映射
# translated-from: 11aca6da
q850-cell-warning = 取决于 Warning 标头
# translated-from: 9eafdabd
q850-to-default = 表中未列出的响应应当映射为原因值 { $cause }（{ $name }）。
# translated-from: a3e45b8c
q850-warning = 对于 488 和 606，原因值取决于 Warning 标头：大多数警告码使用原因值 { $cause }（{ $name }），警告涉及不可用的承载能力时使用原因值 { $bearer }（{ $bearer_name }）。
# translated-from: 21d6208a
q850-location = 随原因值发送的位置：6xx 响应为“用户”，4xx 和 5xx 响应为“网络”。
# translated-from: 728ab3da
q850-reason-heading = Reason 标头中的原因值
# translated-from: be7dcdf7
q850-reason-intro = SIP 用 Reason 标头（RFC 3326）携带原因值：可以是 Q.850 原因值，也可以是 SIP 响应码。BYE 或 CANCEL 可以携带它，RFC 6432 也允许在响应中使用。

## 原因值（ITU-T Q.850），名称依照 RFC 3398
# translated-from: a497cd63
q850-cause-1 = 空号（未分配的号码）
# translated-from: 7970f8a9
q850-cause-2 = 无至网络的路由
# translated-from: fd508e61
q850-cause-3 = 无至目的地的路由
# translated-from: 7b8d7931
q850-cause-16 = 正常呼叫清除
# translated-from: f06cc7d5
q850-cause-17 = 用户忙
# translated-from: f330ceee
q850-cause-18 = 用户无响应
# translated-from: 343b8bfe
q850-cause-19 = 用户无应答
# translated-from: 85bbab9b
q850-cause-20 = 用户不在
# translated-from: 9fe73ebb
q850-cause-21 = 呼叫被拒绝
# translated-from: d3a3342d
q850-cause-22 = 号码已改变
# translated-from: c9e94c0d
q850-cause-23 = 重定向至新目的地
# translated-from: f9577ff0
q850-cause-25 = 交换局路由错误
# translated-from: 174345de
q850-cause-26 = 非选中用户清除
# translated-from: 8cf8ac24
q850-cause-27 = 目的地故障
# translated-from: 0e381a1c
q850-cause-28 = 无效号码格式（地址不全）
# translated-from: d2d23261
q850-cause-29 = 设施被拒绝
# translated-from: a88e0adf
q850-cause-31 = 正常，未指定
# translated-from: 8f91e503
q850-cause-34 = 无可用电路
# translated-from: c844bf77
q850-cause-38 = 网络故障
# translated-from: f538b49f
q850-cause-41 = 临时故障
# translated-from: 28f47f72
q850-cause-42 = 交换设备拥塞
# translated-from: 93ea76a4
q850-cause-47 = 资源不可用
# translated-from: 2d0e031b
q850-cause-55 = CUG 内禁止呼入
# translated-from: 09e8bbd2
q850-cause-57 = 承载能力未授权
# translated-from: bfa97505
q850-cause-58 = 承载能力当前不可用
# translated-from: e5da85fa
q850-cause-63 = 业务或选项不可用
# translated-from: f798b4b5
q850-cause-65 = 承载能力未实现
# translated-from: d603327a
q850-cause-70 = 仅有受限数字信息承载能力可用
# translated-from: c74615f4
q850-cause-79 = 业务或选项未实现
# translated-from: 0ef36919
q850-cause-87 = 用户非 CUG 成员
# translated-from: 2cd89634
q850-cause-88 = 目的地不兼容
# translated-from: eb1bfc3a
q850-cause-102 = 定时器超时恢复
# translated-from: 2237e882
q850-cause-111 = 协议错误，未指定
# translated-from: 7f4dedf6
q850-cause-127 = 互通，未指定
