## The language menu at the foot of every page.

# The label of the list of languages.
common-language = 语言
# The menu's button (short).
common-language-change = 更改

## Every page's frame (components/page.rs)

# The page's description for search engines and link previews. $site is the site's name.
page-description = { $site }：用您已登录的手机扫描二维码，即可在电脑上登录。

## Log in page (/login) and kiosk page (/kiosk) on the computer, as the server renders it

# The browser tab's title of /login.
login-title = 登录
# The browser tab's title of /kiosk (a tablet left on a wall or a desk that shows login codes).
login-kiosk-title = 自助终端
# Shown only when /login is opened on a phone. $link is the link login-on-a-phone-link.
login-on-a-phone = 您正在使用手机：{ $link }。此页面显示的是供手机扫描的二维码。
# The link inside login-on-a-phone; it opens the phone's sign-in page.
login-on-a-phone-link = 请在此登录
# Above the code when an app (OpenID Connect) asked this site to sign someone in. $app is the app's name, shown in bold.
login-app-banner = 登录 { $app }
# Button: gives up the app's sign-in and returns to the app. $app is the app's name.
login-app-cancel = 取消并返回 { $app }
# Button or link after an error, to load a new code.
login-try-again = 重试
# One line beside "Use a passkey", under the QR code. It explains the choice without turning people away from the QR code: a passkey (on the phone, reached by the browser over Bluetooth) only works when the phone is physically near this computer.
login-passkey-why = 手机上有通行密钥？它只能在这台电脑附近使用，因此是在不属于您的屏幕上登录最安全的方式。
# Button: opens the browser's own passkey window (which can offer "use a phone or tablet").
login-passkey-use = 使用通行密钥
# Checkbox beside "Use a passkey". Unticked: this session only.
login-passkey-keep = 在这台电脑上保持登录
# Status while the browser's passkey window is open.
login-passkey-waiting = 请在浏览器的通行密钥窗口中确认。如需使用手机，请在其中选择“使用手机或平板电脑”，然后扫描显示的二维码。
# Status when the passkey window was closed or the check did not pass.
login-passkey-cancelled = 未使用通行密钥，因此未做任何更改。请重试，或用手机扫描二维码。
# Status just before the page moves on, signed in.
login-passkey-signed-in = 已登录。请稍候…
# Above "Use a passkey" when an app (OpenID Connect) is waiting. $app: the app's name, in bold; $learns: consent-learns-profile or consent-learns-id.
login-passkey-consent = { $app } 想确认是您本人：它将获知{ $learns }。使用通行密钥登录即表示允许；您可以在手机上的“已关联的设备”中撤销。

## Log in page: the live part in the browser (code, steps, what the phone is doing)

login-offline = 您已离线。网络恢复后会立即显示新的二维码。
# Under the signed-in view of a kiosk. $wait is a duration, already translated (for example “15 minutes”, “a minute”).
login-kiosk-idle = 如果 { $wait }内无人触碰，此自助终端会自动退出登录。
# Button over a faded code: the page stopped making codes to save power.
login-new-code-veiled = 点击获取新二维码
# Button in place of the code. Also named at the end of login-signing-in-notice.
login-new-code = 显示新二维码
# The steps under the code, 1 of 3.
login-step-open = 在手机上打开本网站（或我们的应用）并登录。
# The steps under the code, 2 of 3.
login-step-scan = 用相机扫描二维码，或输入其下方的字母。
# The steps under the code, 3 of 3. $button is login-step-approve-button, shown in bold.
login-step-approve = 核对详情，然后点按 { $button }。
# The name of the phone's button that approves a login: keep it identical to that button's label on the phone.
login-step-approve-button = 登录
login-newcomer = 还没有账号？照样扫描：手机会帮您创建账号。
# What a screen reader says of the QR code image.
login-qr-label = 登录二维码：请用手机的相机或应用扫描
# Under the code. $page is the address to open on the phone (like example.com/link), $code is the 8-letter code (like BCDF-GHJK); both are shown in bold.
login-no-camera = 没有相机？请在手机上打开 { $page } 并输入 { $code }

## Log in page: headings (which also name the browser tab) and the line under them

# A phone scanned the code. $who is the account's display name.
login-heading-check-phone = { $who }，请查看您的手机
# A phone scanned the code (whose is not known).
login-heading-confirm = 请在手机上确认
# $device is the phone's name (like “Pixel 8”).
login-scanned-tap = 已在 { $device } 上扫描。请在该手机上点按“登录”继续。
# $device is the phone's name (like “Pixel 8”). The number to tap is shown below this line.
login-scanned-number = 已在 { $device } 上扫描。请在该手机上点按此数字以登录：
login-heading-signing-in = 有人正在手机上登录…
login-signing-in-notice = 此二维码会为对方保留几分钟。不是您？请显示新二维码。
login-heading-finishing = 正在为您登录…
login-heading-signing-out = 正在退出登录…
login-heading-denied = 登录已被拒绝
login-denied-wrong-number = 手机选择了另一个数字。未进行任何登录。
login-denied-not-me = 手机选择了“不是我”。未进行任何登录。
login-heading-paused = 已暂停以节省电量
login-paused-notice = 几分钟内无人扫描，因此此页面已停止生成二维码。
login-heading-signed-out = 您已退出登录
# $because is one of the login-signed-out-… sentences below (why the session ended).
login-signed-out-notice = { $because }扫描即可重新登录。
# Heading, and the browser tab's name, once signed in.
login-heading-signed-in = 已登录
login-heading-waiting = 用手机登录

## Log in page: why the session ended (shown in login-signed-out-notice)

login-signed-out-signed-out = 已在另一个标签页中退出登录。
login-signed-out-phone-signed-out = 为您登录的手机已退出登录。
login-signed-out-removed-by-phone = 您的手机已让此浏览器退出登录。
login-signed-out-replaced = 一次较新的登录取代了此浏览器。
login-signed-out-password-changed = 该账号的密码已更改。
login-signed-out-account-disabled = 该账号已被停用。
login-signed-out-expired = 此浏览器已有一段时间无人使用。
login-signed-out-other = 此会话已结束。

## The countdown beside the login code (components/expiry_ring.rs)

# $n is the number of seconds left before the code on screen stops working.
expiry-left = 还剩 { $n } 秒有效

## Scan a code (/scan), on the phone

# The browser tab's title.
scan-title = 扫描二维码
scan-heading = 扫描电脑上的二维码
# What a screen reader says of the camera's picture.
scan-video-label = 相机画面
scan-starting = 正在启动相机…
scan-no-script = 在此扫描需要 JavaScript。请用手机的相机应用扫描，或改为输入代码。
scan-denied-heading = 不允许使用相机
scan-denied-text = 此页面无权使用相机。请在浏览器的网站设置中为本网站允许使用相机并重新加载，或输入电脑在二维码下方显示的 8 个字母。
scan-none-heading = 未找到相机
scan-none-text = 浏览器未向此页面提供相机（非 https 页面无法使用相机）。请改为输入电脑在二维码下方显示的 8 个字母。
# Button (a link) to the page where the code is typed.
scan-type-instead = 改为输入代码

## Home page (/)

# The browser tab's title.
home-title = 欢迎
home-heading = 用手机登录
home-intro = 用您已登录的手机扫描二维码，即可在这台电脑上登录。无需在此输入密码。
# Button (a link) to /login.
home-login = 在这台电脑上登录
# $signin is the link home-phone-signin, $signup the link home-phone-signup.
home-phone = 在手机上：{ $signin }或{ $signup }，然后扫描电脑显示的二维码。
# Link inside home-phone.
home-phone-signin = 登录
# Link inside home-phone.
home-phone-signup = 创建账号

## Page not found (any unknown address)

# The browser tab's title and the page's heading.
notfound-title = 找不到页面
notfound-text = 此地址没有页面。
# Button (a link) to the home page.
notfound-home = 首页
# Button (a link) to the phone's account page.
notfound-account = 您的账号

## What this site says when it cannot send a person back to an app that asked it to sign them in (OpenID Connect)
## Each pair: a heading (also the browser tab's title), then the text under it.

oidc-signed-out-title = 您已退出登录
oidc-signed-out-text = 该应用也让您退出了本网站的登录。请关闭此标签页，或从该应用重新登录。
oidc-expired-title = 此登录已过期
oidc-expired-text = 该应用发起此请求已超过 10 分钟，或此请求已被使用。请返回该应用重新登录。
oidc-unknown-client-title = 本网站不认识此应用
oidc-unknown-client-text = 将您带到这里的链接指向一个本网站不为其提供登录的应用。未向其发送任何内容。请告知该应用的所有者。
oidc-bad-redirect-title = 此登录链接有误
oidc-bad-redirect-text = 该应用要求将响应发送到一个未在本网站注册的地址，因此未向该地址发送任何内容。请告知该应用的所有者。
oidc-bad-logout-redirect-title = 此退出登录链接有误
oidc-bad-logout-redirect-text = 该应用要求返回到一个未在本网站注册的地址。未做任何更改。
oidc-other-browser-title = 此登录属于另一个浏览器
oidc-other-browser-text = 此登录是在另一个浏览器中发起的，并将在那里继续。未向该应用发送任何内容。要在此处登录，请在此浏览器中返回该应用并重新开始。
oidc-logout-needs-hint-title = 未退出任何登录
# “Log out” here is the app's own button, whatever the app calls it.
oidc-logout-needs-hint-text = 该应用未说明要结束哪一次登录。要退出登录，请使用该应用自己的“退出登录”，或您手机上的“已关联的设备”列表。
oidc-confirm-logout-title = 让此浏览器退出登录？
oidc-confirm-logout-text = 某个应用要求让您退出登录，但使用的是指向较早一次登录的旧链接。是否也让此浏览器退出本网站的登录？
oidc-still-signed-in-title = 您仍处于登录状态
oidc-still-signed-in-text = 此处未退出任何登录。请关闭此标签页，或返回该应用。
oidc-other-title = 出错了
oidc-other-text = 此页面没有可显示的内容。请返回该应用并重试。
# Button: answers oidc-confirm-logout-text.
oidc-log-out = 退出登录
# Button: answers oidc-confirm-logout-text.
oidc-stay = 保持登录

## Sign in on the phone (/signin)

# Shown after the phone signed out and logged out the computers it had logged in.
phone-signed-out = 此手机已退出登录，由它登录的所有电脑也已退出登录。
# Shown after the phone signed out but kept its computers signed in. "Linked devices" is the menu's name for that page (nav-devices).
phone-signed-out-kept = 此手机已退出登录。由它登录的电脑仍保持登录：您的另一部手机可以在“已关联的设备”中让它们退出登录。
# Page title (browser tab).
phone-sign-in-title = 登录
phone-sign-in-heading = 在此手机上登录
# $name is the display name of the account already signed in; the page shows it in bold.
phone-signed-in-already = 您已在此手机上以 { $name } 的身份登录。
# Button. $name is the display name of the account already signed in.
phone-continue-as = 以 { $name } 的身份继续
phone-other-account = 要在此手机上使用其他账号，请在下方用该账号登录。
phone-sign-in-code-waiting = 有一台电脑正在等您：登录后您将直接回到它的代码。
# Form field label (sign in, sign up, recover).
phone-username = 用户名
# Form field label.
phone-password = 密码
# Button.
phone-sign-in-button = 登录
# Link on the sign-in page, and the title and heading of the page it opens.
phone-forgot-password = 忘记密码？
# Shown above the passkey button.
phone-passkey-or = 或者，使用此手机上的通行密钥：
# Button.
phone-passkey-sign-in = 使用通行密钥登录
# $link is the link phone-create-one.
phone-no-account = 没有账号？{ $link }
# Link to the sign-up page.
phone-create-one = 创建账号

## Create an account (/signup)

# Page title (browser tab) and heading.
phone-sign-up-title = 创建账号
phone-sign-up-code-waiting = 有一台电脑正在等您：账号创建完成后，您将直接回到它的代码。
# Hint under the username field.
phone-username-rule = 3 到 32 个字母、数字、点、短横线或下划线。
# Form field label.
phone-display-name = 显示名称
# Hint under the password field.
phone-password-rule = 至少 8 个字符。
# Button.
phone-sign-up-button = 创建账号
# $link is the link phone-sign-in-link.
phone-have-account = 已有账号？{ $link }
# Link to the sign-in page.
phone-sign-in-link = 登录

## The phone's home (/phone)

# Page title (browser tab).
phone-home-title = 您的账号
# Heading. $name is the account's display name.
phone-home-hello = 您好，{ $name }
phone-home-intro = 要在电脑上登录，请打开它的登录页面并扫描其二维码：可以用此手机的相机应用，也可以在这里扫描。
# Button.
phone-home-scan = 扫描二维码
# Button: type the short code a computer shows.
phone-home-link = 用代码关联
# $link is the link phone-home-recovery-link.
phone-home-recovery = { $link } · 用于找回忘记的密码
# Link to the recovery codes page.
phone-home-recovery-link = 恢复码
# Button; the ellipsis says it asks first.
phone-home-sign-out = 在此手机上退出登录…
# Shown when the phone is not signed in.
phone-home-not-signed-in = 登录后即可用此手机在电脑上登录。

## Forgot your password? (/recover)

phone-recover-intro = 输入您创建账号时保存的一个恢复码，并设置新密码。每个恢复码只能使用一次。
# Form field label.
phone-recovery-code = 恢复码
# Form field label.
phone-new-password = 新密码
# Hint under the new password field.
phone-recover-rule = 至少 8 个字符。与任何密码更改一样，您的其他手机将退出登录，而此手机将登录。
# Button.
phone-recover-button = 设置新密码
# Heading.
phone-recover-no-code = 没有恢复码？
# $account and $password are the menu's names of the account page and the password page (nav-account, nav-password).
phone-recover-no-code-help = 如果此手机上有本网站的通行密钥，请使用通行密钥登录。或者，在另一部仍处于登录状态的手机上，依次进入“{ $account }”和“{ $password }”更改密码。
# Link.
phone-back-to-sign-in = 返回登录

## Recovery codes (/recovery)

# Page title (browser tab) and heading.
phone-recovery-title = 恢复码
# Heading, right after sign-up.
phone-recovery-save-heading = 保存您的恢复码
# $forgot is the sign-in page's link phone-forgot-password, quoted.
phone-recovery-save-intro = 如果您忘记了密码，可以用其中一个恢复码设置新密码：在登录页面上选择“{ $forgot }”。每个恢复码只能使用一次。
phone-recovery-shown-once = 恢复码仅在此时显示。请将它们抄写下来或保存在密码管理器中，不要只保存在此手机上。
# Button.
phone-recovery-saved = 我已保存，继续
# Shown after a recovery code set a new password.
phone-recovered = 新密码已设置，此手机已登录。您的其他手机已退出登录。
# $n is how many recovery codes are still unused (0 to 10).
phone-recovery-left = { $n ->
    [0] 您已没有未使用的恢复码。请立即生成新的恢复码。
   *[other] 您还有 { $n } 个未使用的恢复码。
}
# Button.
phone-recovery-new-button = 生成新恢复码
phone-recovery-replace = 新恢复码会替换所有旧恢复码，无论是否已使用。
# Link back to where the person was.
phone-recovery-done = 完成
phone-recovery-not-signed-in = 登录后即可查看您的恢复码。忘记密码？请在登录页面上使用其中一个恢复码。

## Sign out of this phone (/signout)

# Page title (browser tab).
phone-sign-out-title = 退出登录
# Heading.
phone-sign-out-heading = 在此手机上退出登录？
# Link back to the phone's home.
phone-sign-out-cancel = 取消
phone-sign-out-not-signed-in = 此手机未登录：无需退出登录。
phone-sign-out-no-computer = 由此手机登录的电脑均已不再处于登录状态。
# Button.
phone-sign-out-button = 退出登录
# Above the list of computers. $n is how many (at least 1).
phone-sign-out-computers = 此手机登录的 { $n } 台电脑仍处于登录状态：
# One computer of the list: $browser and $os are names like "Chrome" and "Linux", $ip its network address.
phone-sign-out-computer = { $os } 上的 { $browser } · { $ip }
# Button. $n is how many computers (at least 1).
phone-sign-out-all = 退出登录，并让 { $n } 台电脑退出登录
# Button. $n is how many computers (at least 1); it is not shown.
phone-sign-out-keep = { $n ->
   *[other] 退出登录，但电脑保持登录
}

## Activity (/activity)

# Page title (browser tab) and heading.
phone-activity-title = 活动
phone-activity-intro = 此账号的活动记录，最新的在前。
# The page's script replaces it with “Times are in your time zone.” once it shows local times.
phone-activity-utc = 时间以 UTC 显示。
phone-activity-empty = 暂无记录。
# aria-label of the navigation between pages.
phone-activity-pages = 活动记录分页
# Link to the page of more recent events.
phone-activity-newer = 较新
# Link to the page of older events.
phone-activity-older = 较早
# $page is the page shown, $pages how many there are.
phone-activity-page = 第 { $page } 页，共 { $pages } 页
# An event's detail with the reason it ended: $detail is like "Chrome on Linux, 1.2.3.4", $reason one of the phone-reason-… messages.
phone-activity-detail = { $detail }：{ $reason }

# What happened, one line each (short).
phone-event-created = 已显示登录二维码
phone-event-scanned = 二维码已扫描
phone-event-approved = 已确认新登录
phone-event-denied = 登录已被拒绝
phone-event-expired = 代码已过期
phone-event-token-issued = 电脑已登录
phone-event-revoked = 电脑已退出登录
phone-event-signed-in = 手机已登录
phone-event-failed-sign-in = 登录尝试失败
phone-event-password-changed = 密码已更改
phone-event-passkey-added = 已添加通行密钥
phone-event-passkey-removed = 已移除通行密钥
phone-event-passkey-refused = 通行密钥未确认登录
phone-event-app-signed-in = 已登录某个应用

# Why a computer was logged out (after "Computer logged out", inside phone-activity-detail).
phone-reason-removed-by-phone = 从此手机退出登录
phone-reason-signed-out = 已退出登录
phone-reason-account-disabled = 账号已被停用
phone-reason-replaced-by-new-login = 为新登录腾出位置
phone-reason-password-changed = 密码已更改
phone-reason-expired = 长时间未使用
phone-reason-signed-out-by-app = 某个应用让它退出了登录
# How a phone signed in, or what failed (the activity list, after the device or the username).
phone-reason-passkey = 使用通行密钥
phone-reason-recovery-code = 使用恢复码
phone-reason-passkey-refused = 通行密钥被拒绝

## Change password (/password)

# Page title (browser tab) and heading.
password-title = 更改密码
# Shown after the change.
password-changed = 密码已更改。您的其他手机已退出登录，其他手机的通行密钥也已移除。
# Form field label.
password-current = 当前密码
# Form field label.
password-new = 新密码
# Hint under the new password field.
password-rule = 至少 8 个字符。您的其他手机及由它们登录的电脑将退出登录，并且只保留此手机的通行密钥。
# Button.
password-button = 更改密码

## Signed-in phones (/phones)

# Page title (browser tab) and heading.
phones-title = 已登录的手机
phones-intro = 可以为此账号确认登录的所有手机或应用。如有不在您身边的，请让它退出登录：由它登录的电脑也会退出登录，它添加的通行密钥也会被移除。
# Shown after another phone was signed out.
phones-done = 该手机已退出登录，由它登录的电脑也已退出登录，它添加的通行密钥也已移除。
# Badge beside the phone being used (short).
phones-this-phone = 此手机
# Under a phone's name. $signed_in and $active are how long ago, like "5 min ago" or "just now" (ago-… messages).
phones-times = 登录：{ $signed_in } · 上次活跃：{ $active }
# Button (short).
phones-sign-out = 退出登录
# Screen-reader label of that button. $name is the phone's name.
phones-sign-out-label = 让 { $name } 退出登录

## The phone's menu, on each page of the account

# aria-label of the menu.
nav-label = 您的账号
# Menu entries (short).
nav-account = 账号
nav-devices = 已关联的设备
nav-activity = 活动
nav-phones = 已登录的手机
nav-password = 密码
nav-passkeys = 通行密钥

## A phone page shown to a phone that is not signed in

# Heading.
nav-not-signed-in = 未登录
# Button.
nav-sign-in = 登录

## The computer's page once the phone approved it (login page, live in the browser)

# Heading. $name is the account's display name, shown in its own style.
login-session-signed-in-as = 已以 { $name } 的身份登录
login-session-approved = 您的手机已确认此浏览器。您可以在此处或在手机上让它退出登录。
# Button: go on to the page the site named.
login-session-continue = 继续
# Button.
login-session-sign-out = 退出登录

## Network failures, said by the pages’ scripts (both islands)

# The server did not answer a call of the login page.
network-unreachable = 无法连接服务器。请检查您的网络连接。
# The server did not answer a call of a page.
network-unreachable-retry = 无法连接服务器。请检查您的网络连接，然后重试。

## Phone: link with a typed code (/link), the form the phone shows when it cannot scan

# The browser tab's title of /link, and the form's heading.
approve-link-title = 用代码关联
approve-link-intro = 没有相机，或无法扫描？电脑会在二维码下方显示一个由 8 个字母组成的代码。请在此输入。
# The label of the field where the code is typed.
approve-code-label = 代码
# Under the code field.
approve-code-hint = 8 个字母。大小写、空格和短横线均无影响。
# Button that sends the typed code. approve-check-code names it.
approve-continue = 继续
# When another site sent the phone here with a code filled in: the person must check it before going on. “Continue” is the button approve-continue.
approve-check-code = 请确认这就是您面前电脑屏幕上的代码，然后点按“继续”。
# What was typed has characters no code has. $letters: the letters codes use, as “B C D F …” (keep as is). $characters: those typed that are not among them, each quoted by approve-code-quoted, joined by commas. $count: how many there are.
approve-code-outside = { $count ->
   *[other] 代码只使用以下字母：{ $letters }（没有元音，没有数字）。{ $characters } 不在其中：请再看一下电脑屏幕。
}
# One character that was typed, in quotation marks (use your language's). $character: the character.
approve-code-quoted = “{ $character }”
# What was typed does not have 8 letters. $count: how many it has. “BCDF-GHJK” is an example code: keep it as is.
approve-code-length = 代码由 8 个字母组成，例如 BCDF-GHJK；您输入的有 { $count } 个：请再看一下电脑屏幕。
# A link was pasted, but not a link to a login code.
approve-code-no-code-in-link = 该链接中没有登录代码。请扫描二维码，或输入其下方的 8 个字母。
# A typed code that names no login now (a typo, or an old code). $code: the code as typed, like BCDF-GHJK.
approve-code-unknown = 目前没有登录代码 { $code }：请核对电脑屏幕上的字母。电脑每次显示新二维码时，代码都会改变。

## Phone: the confirmation of a login (/l/…): who asks, and the decision

# The browser tab's title.
approve-title = 确认登录
# While the code is looked up.
approve-checking = 正在检查代码…
# At the top. $site: this site's name, shown in bold.
approve-banner = 正在登录 { $site }
# At the top, when an app asks this site to sign someone in. $site: this site's name; $app: the app's name; both shown in bold.
approve-banner-app = 正在为 { $app } 登录 { $site }
# The heading: the question. A device is a terminal, a TV… signing in to an app.
approve-question-device = 要在这台设备上登录吗？
# The heading: the question. A kiosk is a shared screen (a tablet on a wall or a desk).
approve-question-kiosk = 要在这台自助终端上登录吗？
# The heading: the question.
approve-question-computer = 要在这台电脑上登录吗？
# $name: the name of the account signed in on this phone, shown in bold.
approve-signed-in-as = 此手机已以 { $name } 的身份登录
# Labels of the list that describes who asks (short): the device's name.
approve-requester-device = 设备
# Label: the browser that asks (Chrome, Firefox…).
approve-requester-browser = 浏览器
# Label: the operating system that asks (Windows, Android…).
approve-requester-system = 系统
# Label: the IP address that asks.
approve-requester-ip = IP 地址
# Label: how long ago it asked (the value is like “12 seconds ago”).
approve-requester-asked = 请求时间
# In bold, as a warning. $kind: device or computer.
approve-elsewhere = { $kind ->
    [device] 此设备所在的网络与您的手机不同。
   *[computer] 此电脑所在的网络与您的手机不同。
}
# After approve-elsewhere. “it” is the device or computer ($kind: device or computer). “Not me” is the button decision-not-me.
approve-elsewhere-advice = { $kind ->
    [device] 如果您本人不在这台设备前，可能是有人把他们的代码发给了您：请点按“不是我”。
   *[computer] 如果您本人不在这台电脑前，可能是有人把他们的代码发给了您：请点按“不是我”。
}
# Warning when a device (a terminal, a TV…) asks.
approve-warning-device = 只有当您就在该设备前，并且刚刚在它上面开始登录时，才能继续。
# Warning when a computer's browser asks.
approve-warning-screen = 只有当您就在该屏幕前，并且刚刚打开它的登录页面时，才能继续。
# When the account confirms logins with a passkey and the computer shows a number to tap.
approve-passkey-numbers = 点按数字时，会要求使用此手机的通行密钥：指纹、面容或 PIN 码。
# When the account confirms logins with a passkey. “Log in” is the button decision-log-in.
approve-passkey-log-in = 点按“登录”时，会要求使用此手机的通行密钥：指纹、面容或 PIN 码。
approve-passkey-needs-js = 使用通行密钥确认需要 JavaScript。
# Shown in bold at the start of approve-kiosk-note (as its $kiosk).
approve-kiosk-note-lead = 这是一台自助终端
# $kiosk: approve-kiosk-note-lead, shown in bold.
approve-kiosk-note = { $kiosk }，即共用的屏幕：一段时间无人触碰时，它会自动退出登录。
# Checkbox label.
approve-keep-device = 让此设备保持登录
# Checkbox label.
approve-keep-browser = 让此浏览器保持登录
# Under the checkbox approve-keep-device.
approve-keep-hint-device = 在共用设备上请取消勾选：闲置时会更快退出登录。
# Under the checkbox approve-keep-browser.
approve-keep-hint-browser = 在共用电脑上请取消勾选：浏览器关闭或闲置时会退出登录。
# Number matching: the question (in bold) above three numbers to tap.
approve-match-question = 电脑上显示的是哪个数字？
# After approve-match-question.
approve-match-tap = 点按该数字即可登录。点按其他任何数字都会拒绝此次登录。
# At the most browsers an account may be logged in on: one must be logged out. $max: that most (2 or more).
approve-make-room = { $max ->
   *[other] 此账号已在 { $max } 个浏览器上登录，已达上限。请让其中一个退出登录以腾出位置：
}
# A choice under approve-make-room. $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
approve-make-room-browser = { $os } 上的 { $browser }，{ $ip }
# The account must add a passkey before it can approve.
approve-passkey-missing = 本网站每次登录都要求使用通行密钥，而此账号还没有通行密钥。请先添加一个，然后重新扫描二维码。
# Button (link) to the passkeys page.
approve-add-passkey = 添加通行密钥

## Phone: the confirmation's live part (the buttons and the time left)

# Replaces the time left when the code has expired.
decision-expired = 此代码已过期：请扫描电脑屏幕上的新二维码。
# Time left, counted down every second. $n: seconds.
decision-valid-for = 代码有效期还剩 { $n } 秒
# Button: refuses the login (short).
decision-not-me = 不是我
# Button: approves the login (short).
decision-log-in = 登录
# The button decision-log-in while its tap is answered (short).
decision-logging-in = 正在登录…

## Phone: after the decision (/decided), and codes that cannot be decided on

# The browser tab's title after approving.
approve-done-title = 已登录
approve-done-heading = 完成
approve-done-text = 电脑现已登录。您可以放下手机了。
# The browser tab's title after refusing.
approve-declined-title = 已拒绝
approve-declined-heading = 登录已被拒绝
approve-declined-text = 未进行任何登录。如果您并未尝试登录，可能是有人向您出示了他们的代码：您可以忽略它。
# Button (link) to the phone's account page.
approve-back-to-account = 返回您的账号
# Heading: the code was approved by this account already.
approve-already-approved = 已确认
approve-already-approved-text = 那台电脑已登录：您已确认过此代码。您可以放下手机了。
# Link to the list of logged-in computers.
approve-see-computers = 查看已登录的电脑
# Heading: the code was used already.
approve-already-used = 此代码已被使用
approve-already-used-text = 每个代码只能使用一次。如果电脑显示已登录，则无需其他操作。如果没有，请扫描其屏幕上的新二维码。
# Headings of what went wrong with a code.
approve-problem-invalid-qr = 不是登录代码
approve-problem-rate-limited = 尝试次数过多
approve-problem-wrong-number = 数字错误：登录已被拒绝
approve-problem-expired = 此代码已过期
approve-problem-session-limit = 已登录的浏览器过多
approve-problem-unavailable = 无法连接服务器
approve-problem-other = 出错了
# Button (link) to the phone's scanner.
approve-scan-new-code = 扫描新二维码
# Link to /link, the form for typing a code.
approve-type-code-instead = 改为输入代码
# Heading when the phone is not signed in.
approve-sign-in-heading = 登录后即可确认
approve-sign-in-text = 有一台电脑想用您的账号登录。请先在此手机上登录：该代码会为您保留几分钟，登录后您将直接回到这里。
# Button (link).
approve-sign-in = 登录
# Link.
approve-create-account = 创建账号

## What an app learns of the person (components/consent.rs): the phone's question, and the list of apps allowed

# What an app that asked for the profile learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-profile = 您的名字和用户名
# What an app that asked for nothing more learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-id = 您账号的一个标识，仅此而已
# On the phone the first time an app asks. $app: the app's name, shown in bold. $learns: consent-learns-profile or consent-learns-id. “Log in” is the button decision-log-in; “Linked devices” is the phone's page of that name.
consent-note = { $app } 想确认是您本人：它将获知{ $learns }。点按“登录”即表示允许；您可以在“已关联的设备”中撤销。

## The phone's notice of a new login (components/new_login_notice.rs)

# $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
notice-new-login = 新登录：{ $os } 上的 { $browser }，{ $ip }

## Times in the reader's time zone (components/local_times.rs)

# Replaces the page's “Times are in UTC.” once the browser has shown every time in the reader's own time zone.
times-your-zone = 时间以您所在的时区显示。

## How long ago (components/ago.rs): on the phone's pages, like “Asked: 12 seconds ago”

# Under 5 seconds.
ago-now = 刚刚
# $n: seconds (5 to 59).
ago-seconds = { $n } 秒前
# $n: minutes (1 to 59). English shortens “minutes” to “min”.
ago-minutes = { $n } 分钟前
# $n: hours (1 to 47). English shortens “hours” to “h”.
ago-hours = { $n } 小时前
# $n: days (2 or more).
ago-days = { $n } 天前

## Linked devices page (/devices, on the phone): the browsers this account is logged in on

# Page title (browser tab) and heading.
devices-title = 已关联的设备
devices-intro = 您通过扫描二维码登录的浏览器。如有您不认识的，请让它退出登录。

# Status lines shown after an action on this page.
devices-done-one = 该浏览器已退出登录。
devices-done-all = 所有浏览器均已退出登录。
devices-done-renamed = 已保存。
devices-done-withdrawn = 已撤销该应用的授权：它已退出登录，下次会再次征求您的同意。

devices-none = 没有浏览器以此账号登录。

# Button that logs out every listed browser. $n is how many (at least 1).
devices-log-out-all = 全部退出登录（{ $n } 个浏览器）
# Link that opens the confirmation for logging out every browser (ends with an ellipsis: it asks first). $n is how many (at least 1).
devices-log-out-all-ask = 全部退出登录（{ $n } 个浏览器）…
# Heading of that confirmation, as a question. $n is how many (at least 1).
devices-log-out-all-question = 要让这 { $n } 个浏览器退出登录吗？
devices-log-out-all-text = 每个浏览器都会立即退出登录，其页面会回到登录二维码。通过它们登录的应用也会收到通知。
devices-cancel = 取消

# What a browser is, as its name when it has none: e.g. "Firefox on Linux".
devices-kind = { $os } 上的 { $browser }
# Small line under a browser that signed itself in with a passkey ("Use a passkey" on the computer): no phone approved it, and devices-came then names the passkey.
devices-came-passkey = 在电脑上使用通行密钥登录，未扫描二维码。
# Small line under a browser's name. $ip: its IP address; $linked: when, an already-translated phrase such as "5 min ago" or "just now"; $phone: the name of the phone that approved it; $app: the name of the app (third-party website) it signed in to. $how picks the line: for an app, as a kiosk, both, or neither. Keep "·" as a separator.
devices-came = { $how ->
    [app] { $ip } · { $linked }由 { $phone } 关联，用于登录 { $app }
    [kiosk] { $ip } · { $linked }由 { $phone } 关联，作为自助终端
    [app-kiosk] { $ip } · { $linked }由 { $phone } 关联，用于登录 { $app }，作为自助终端
   *[other] { $ip } · { $linked }由 { $phone } 关联
}
# $ago: an already-translated phrase such as "5 min ago" or "just now".
devices-last-active = 上次活跃：{ $ago }
# Badge next to the browser the phone approved a moment ago.
devices-just-approved = 您刚刚确认了此浏览器
# Opens the field to rename a browser.
devices-rename = 重命名
# Example name in the empty rename field.
devices-rename-placeholder = 办公室笔记本电脑
devices-save = 保存
# Button, short.
devices-log-out = 退出登录
# Screen reader name of the "Log out" button of one browser. $name: the browser's name; $ip: its IP address; $linked: e.g. "5 min ago".
devices-log-out-label = 让 { $name } 退出登录，{ $ip }，{ $linked }关联
# Screen reader name of the rename field of one browser. Same variables as above.
devices-rename-label = { $name } 的新名称，{ $ip }，{ $linked }关联

## Linked devices page: apps (third-party websites) this account allowed to know it

devices-apps-title = 您已授权的应用
devices-apps-intro = 当您登录这些应用时，它们能确认是您本人。撤销其中一个的授权：它会立即退出登录，下次会再次征求您的同意。
# Small line under an app's name. $learns: an already-translated phrase of what it learns, e.g. "your name and username"; $allowed: e.g. "5 min ago". Keep "·" as a separator.
devices-app-came = 可获知{ $learns } · { $allowed }授权
# Button, short: takes back the app's permission.
devices-withdraw = 撤销
# Screen reader name of the "Withdraw" button. $app: the app's name.
devices-withdraw-label = 撤销 { $app } 的授权

## Passkeys page (/passkeys, on the phone)

# Page title (browser tab) and heading.
passkeys-title = 通行密钥
passkeys-intro = 有了通行密钥，您确认的每次登录都会要求验证此手机的指纹、面容或 PIN 码：即使有人拿到您已解锁的手机，或复制了它的登录状态，也无法单独确认登录。通行密钥还能让您无需密码即可登录。

# Status lines shown after an action on this page.
passkeys-done-added = 已添加通行密钥。今后您确认登录时都会要求使用它。
passkeys-done-removed = 已移除通行密钥。

passkeys-none = 此账号还没有通行密钥。
passkeys-none-required = 此账号还没有通行密钥，而本网站每次登录都要求使用通行密钥：请添加一个以便确认登录。
# PUBLIC_URL is the name of a server setting: do not translate it.
passkeys-off = 此服务器已停用通行密钥：通行密钥要求网站拥有域名，而网站地址（PUBLIC_URL）是一个 IP 地址。

# Small text after a passkey's name. $added and $used: already-translated phrases such as "5 min ago" or "just now".
passkeys-dates = 添加：{ $added }，上次使用：{ $used }
# Small text after the name of a passkey never used. $added: e.g. "5 min ago".
passkeys-dates-unused = 添加：{ $added }，尚未使用
# Under a passkey added before passkeys were made to work without a username: it still approves logins, and may or may not sign in without a username (many do); adding it again makes sure.
passkeys-not-discoverable = 可用于确认登录。如果用它登录时仍需输入用户名，请重新添加。
# Label of the password field that removes one passkey. $name: the passkey's name.
passkeys-remove-label = 输入您的密码以移除“{ $name }”
# Button, short.
passkeys-remove = 移除

# Heading of the form that adds a passkey.
passkeys-add-title = 添加通行密钥
# Button that submits that form.
passkeys-add = 添加通行密钥
# Label of the new passkey's name field.
passkeys-name = 名称
# Example name in the empty name field.
passkeys-name-placeholder = 此手机
passkeys-password = 密码
passkeys-password-hint = 请再次输入密码：这样，处于解锁状态的手机无法擅自添加通行密钥。
passkeys-needs-js = 添加通行密钥需要 JavaScript。

## Errors, as a person reads them (app/src/components/sentences.rs). Also the
## `message` of the JSON API's errors, in the language the app asks for.

# A duration inside "try again in …" ($n is a number of seconds or minutes).
wait-seconds = { $n } 秒
wait-a-minute = 1 分钟
wait-minutes = { $n } 分钟

# $later is either error-later-soon or error-later-in.
error-later-soon = 稍后
# $wait is a duration: "15 minutes".
error-later-in = 在 { $wait }后

error-sign-in-mismatch = 用户名与密码不匹配。请检查后重试。
error-password-wrong = 您的当前密码不正确。未做任何更改。
error-passkeys-password-wrong = 该密码不正确。未做任何更改。
error-recover-mismatch = 用户名与恢复码不匹配，或该恢复码已被使用。未做任何更改。
error-sign-in-first = 请先在此手机上登录。
# The computer's browser asked for its session, and has none (the JSON API).
error-browser-signed-out = 此浏览器未登录。请用您的手机重新登录。
# The computer's browser sent a step that another tab or browser began (for example "Use a passkey" after the page's cookies were cleared).
error-browser-reload = 此页面已过时：请重新加载后重试。
# $later: "in 15 minutes" or "in a little while".
error-sign-in-rate-limited = 登录尝试次数过多。为了您的安全，请{ $later }重试。
error-sign-up-rate-limited = 从此网络创建的账号过多。请{ $later }重试。
error-rate-limited = 尝试次数过多。请{ $later }重试。
error-username-taken = 该用户名已被他人使用。请另选一个。
error-sign-up-bad = 用户名须由 3 到 32 个字母、数字、点、短横线或下划线组成，密码至少需要 8 个字符。
error-new-password-bad = 新密码至少需要 8 个字符。未做任何更改。
error-passkey-bad = 此账号已有该通行密钥，或通行密钥数量已达上限（10 个）：请先移除一个。未做任何更改。
error-bad-request = 表单中有内容填写不正确。请检查后重试。
error-invalid-qr = 此链接不是本网站的登录代码。
error-expired = 此代码已过期。电脑会自动显示新的二维码：请扫描新的二维码。
error-already-used = 此代码已被使用：每个代码只能使用一次。如果电脑未登录，请扫描其屏幕上的新二维码。
error-already-approved = 您已确认过此代码：那台电脑已登录。无需其他操作。
error-session-limit = 此账号登录的浏览器数量已达上限。请在下方选择一个退出登录，然后再次点按“登录”。
error-wrong-number = 这不是电脑屏幕上的数字，因此登录已被拒绝，未进行任何登录。如果您就在那台电脑前，请扫描它的新二维码，并选择它显示的数字。
error-passkey-needs-script = 添加通行密钥需要 JavaScript：请为本网站启用 JavaScript，然后重试。
error-passkey-required = 此次登录需要您的通行密钥，但未提供，因此未予确认。请点按“登录”，并用通行密钥确认（需要启用 JavaScript）。
error-passkey-sign-in-refused = 通行密钥未能让您登录：它可能已从您的账号中移除，或是在通行密钥支持无用户名登录之前添加的（请在“通行密钥”中重新添加）。请重试，或使用密码登录。
# The computer's "Use a passkey" did not sign it in.
error-passkey-browser-refused = 此通行密钥未能让您登录：它可能已从您的账号中移除，或您设备上的验证未通过。未做任何更改。请重试，或用手机扫描二维码。
error-passkey-add-refused = 未添加通行密钥：手机未确认。未做任何更改。请重试。
error-passkey-refused = 您的通行密钥未确认此次登录，因此未予确认。请点按“登录”重试。
error-not-found = 该内容已不存在。它可能已经结束。
error-unavailable = 服务繁忙或无法访问。未做任何更改。请{ $later }重试。
error-timeout = 操作超时。未做任何更改。请重试。
error-cross-site = 该请求并非来自本网站自己的页面，因此已被拒绝。
error-internal = 我们这边出了问题。未做任何更改。请重试。

## The pages' plain scripts (public/passkey/passkey.js, public/scan/scan.js).

# /passkeys, while the password is checked before the phone's prompt.
script-checking-password = 正在检查您的密码…
# /scan, once the camera runs.
script-scan-point = 请将相机对准电脑屏幕上的二维码。
script-scan-found = 已找到二维码。正在打开…
# /scan: $site is the site's name.
script-scan-other-site = 此二维码不属于 { $site }。请扫描 { $site } 登录页面上的二维码。

## A moment on the server's pages (the activity list), in UTC; with JavaScript
## the page rewrites it in the reader's time zone.

# $month is 1 to 12; $hour and $minute have two digits.
time-moment = { $year }年{ $month }月{ $day }日 { $hour }:{ $minute } UTC
