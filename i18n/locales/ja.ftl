## The language menu at the foot of every page.

# The label of the list of languages.
common-language = 言語
# The menu's button (short).
common-language-change = 変更

## Every page's frame (components/page.rs)

# The page's description for search engines and link previews. $site is the site's name.
page-description = { $site }：サインイン済みのスマートフォンでコードをスキャンして、パソコンにログインできます。

## Log in page (/login) and kiosk page (/kiosk) on the computer, as the server renders it

# The browser tab's title of /login.
login-title = ログイン
# The browser tab's title of /kiosk (a tablet left on a wall or a desk that shows login codes).
login-kiosk-title = キオスク端末
# Shown only when /login is opened on a phone. $link is the link login-on-a-phone-link.
login-on-a-phone = スマートフォンからアクセスしています。{ $link }。このページには、スマートフォンでスキャンするためのコードが表示されます。
# The link inside login-on-a-phone; it opens the phone's sign-in page.
login-on-a-phone-link = こちらでサインインしてください
# Above the code when an app (OpenID Connect) asked this site to sign someone in. $app is the app's name, shown in bold.
login-app-banner = { $app }にサインイン
# Button: gives up the app's sign-in and returns to the app. $app is the app's name.
login-app-cancel = キャンセルして{ $app }に戻る
# Button or link after an error, to load a new code.
login-try-again = 再試行
# One line beside "Use a passkey", under the QR code. It explains the choice without turning people away from the QR code: a passkey (on the phone, reached by the browser over Bluetooth) only works when the phone is physically near this computer.
login-passkey-why = スマートフォンにパスキーがありますか？パスキーはこのパソコンの近くでしか使えないため、自分のものではない画面でログインする最も安全な方法です。
# Button: opens the browser's own passkey window (which can offer "use a phone or tablet").
login-passkey-use = パスキーを使用
# Checkbox beside "Use a passkey". Unticked: this session only.
login-passkey-keep = このパソコンでログインしたままにする
# Status while the browser's passkey window is open.
login-passkey-waiting = ブラウザのパスキー画面で確認してください。スマートフォンを使う場合は、そこで「スマートフォンまたはタブレットを使用」を選び、表示されたコードをスキャンしてください。
# Status when the passkey window was closed or the check did not pass.
login-passkey-cancelled = パスキーが使用されなかったため、何も変更されていません。もう一度試すか、スマートフォンでQRコードをスキャンしてください。
# Status just before the page moves on, signed in.
login-passkey-signed-in = ログインしました。少々お待ちください…
# Above "Use a passkey" when an app (OpenID Connect) is waiting. $app: the app's name, in bold; $learns: consent-learns-profile or consent-learns-id.
login-passkey-consent = { $app }は、ご本人であることを確認するために次の情報を受け取ります：{ $learns }。パスキーでサインインすると許可されます。許可はスマートフォンの「リンク済みデバイス」で取り消せます。

## Log in page: the live part in the browser (code, steps, what the phone is doing)

login-offline = オフラインです。ネットワークが回復すると、すぐに新しいコードが表示されます。
# Under the signed-in view of a kiosk. $wait is a duration, already translated (for example “15 minutes”, “a minute”).
login-kiosk-idle = このキオスク端末は、{ $wait }間操作がないと自動的にログアウトします。
# Button over a faded code: the page stopped making codes to save power.
login-new-code-veiled = クリックして新しいコードを表示
# Button in place of the code. Also named at the end of login-signing-in-notice.
login-new-code = 新しいコードを表示
# The steps under the code, 1 of 3.
login-step-open = スマートフォンでこのサイト（または公式アプリ）を開き、サインインします。
# The steps under the code, 2 of 3.
login-step-scan = カメラでコードをスキャンするか、コードの下の文字を入力します。
# The steps under the code, 3 of 3. $button is login-step-approve-button, shown in bold.
login-step-approve = 内容を確認し、「{ $button }」をタップします。
# The name of the phone's button that approves a login: keep it identical to that button's label on the phone.
login-step-approve-button = ログイン
login-newcomer = アカウントをお持ちでない場合も、そのままスキャンしてください。スマートフォンでアカウントの作成をご案内します。
# What a screen reader says of the QR code image.
login-qr-label = ログイン用QRコード：スマートフォンのカメラまたはアプリでスキャンしてください
# Under the code. $page is the address to open on the phone (like example.com/link), $code is the 8-letter code (like BCDF-GHJK); both are shown in bold.
login-no-camera = カメラがない場合は、スマートフォンで{ $page }を開き、{ $code }と入力してください

## Log in page: headings (which also name the browser tab) and the line under them

# A phone scanned the code. $who is the account's display name.
login-heading-check-phone = { $who }さん、スマートフォンを確認してください
# A phone scanned the code (whose is not known).
login-heading-confirm = スマートフォンで確認してください
# $device is the phone's name (like “Pixel 8”).
login-scanned-tap = { $device }でスキャンされました。続行するには、そのスマートフォンで「ログイン」をタップしてください。
# $device is the phone's name (like “Pixel 8”). The number to tap is shown below this line.
login-scanned-number = { $device }でスキャンされました。ログインするには、スマートフォンで次の番号をタップしてください：
login-heading-signing-in = 誰かがスマートフォンでサインインしています…
login-signing-in-notice = このコードは数分間、その方のサインインを待ちます。ご自身ではありませんか？「新しいコードを表示」を押してください。
login-heading-finishing = ログインしています…
login-heading-signing-out = ログアウトしています…
login-heading-denied = ログインが拒否されました
login-denied-wrong-number = スマートフォンで別の番号が選択されました。ログインは行われていません。
login-denied-not-me = スマートフォンで「自分ではありません」が選択されました。ログインは行われていません。
login-heading-paused = 省電力のため一時停止中
login-paused-notice = 数分間スキャンされなかったため、このページはコードの作成を停止しました。
login-heading-signed-out = ログアウトされました
# $because is one of the login-signed-out-… sentences below (why the session ended).
login-signed-out-notice = { $because }もう一度ログインするには、スキャンしてください。
# Heading, and the browser tab's name, once signed in.
login-heading-signed-in = ログイン済み
login-heading-waiting = スマートフォンでログイン

## Log in page: why the session ended (shown in login-signed-out-notice)

login-signed-out-signed-out = 別のタブでログアウトしました。
login-signed-out-phone-signed-out = このブラウザをログインさせたスマートフォンがサインアウトしました。
login-signed-out-removed-by-phone = スマートフォンからこのブラウザがログアウトされました。
login-signed-out-replaced = 新しいログインにより、このブラウザは置き換えられました。
login-signed-out-password-changed = アカウントのパスワードが変更されました。
login-signed-out-account-disabled = このアカウントは無効化されました。
login-signed-out-expired = このブラウザはしばらく使用されていませんでした。
login-signed-out-other = このセッションは終了しました。

## The countdown beside the login code (components/expiry_ring.rs)

# $n is the number of seconds left before the code on screen stops working.
expiry-left = 有効期限：あと{ $n }秒

## Scan a code (/scan), on the phone

# The browser tab's title.
scan-title = コードをスキャン
scan-heading = パソコンのコードをスキャン
# What a screen reader says of the camera's picture.
scan-video-label = カメラの映像
scan-starting = カメラを起動しています…
scan-no-script = ここでスキャンするにはJavaScriptが必要です。スマートフォンのカメラアプリでスキャンするか、代わりにコードを入力してください。
scan-denied-heading = カメラが許可されていません
scan-denied-text = このページはカメラを使用できません。ブラウザのこのサイトの設定でカメラを許可して再読み込みするか、パソコンのQRコードの下に表示されている8文字を入力してください。
scan-none-heading = カメラが見つかりません
scan-none-text = ブラウザがこのページにカメラを提供していません（httpsでないページではカメラを使用できません）。代わりに、パソコンのQRコードの下に表示されている8文字を入力してください。
# Button (a link) to the page where the code is typed.
scan-type-instead = 代わりにコードを入力

## Home page (/)

# The browser tab's title.
home-title = ようこそ
home-heading = スマートフォンでログイン
home-intro = サインイン済みのスマートフォンでコードをスキャンして、このパソコンにログインできます。ここでパスワードを入力する必要はありません。
# Button (a link) to /login.
home-login = このパソコンにログイン
# $signin is the link home-phone-signin, $signup the link home-phone-signup.
home-phone = スマートフォンで{ $signin }または{ $signup }をしてから、パソコンに表示されたコードをスキャンしてください。
# Link inside home-phone.
home-phone-signin = サインイン
# Link inside home-phone.
home-phone-signup = アカウントの作成

## Page not found (any unknown address)

# The browser tab's title and the page's heading.
notfound-title = ページが見つかりません
notfound-text = このアドレスにはページがありません。
# Button (a link) to the home page.
notfound-home = ホーム
# Button (a link) to the phone's account page.
notfound-account = アカウント

## What this site says when it cannot send a person back to an app that asked it to sign them in (OpenID Connect)
## Each pair: a heading (also the browser tab's title), then the text under it.

oidc-signed-out-title = ログアウトしました
oidc-signed-out-text = アプリにより、このサイトからもログアウトされました。このタブを閉じるか、アプリからもう一度ログインしてください。
oidc-expired-title = このサインインは期限切れです
oidc-expired-text = アプリからのリクエストから10分以上経過しているか、すでに使用されています。アプリに戻って、もう一度サインインしてください。
oidc-unknown-client-title = このアプリは登録されていません
oidc-unknown-client-text = ここへ移動したリンクは、このサイトがサインインに対応していないアプリを指定しています。アプリには何も送信されていません。アプリの管理者にお知らせください。
oidc-bad-redirect-title = このサインインリンクは正しくありません
oidc-bad-redirect-text = アプリが、このサイトに登録していないアドレスへの応答を求めたため、そこには何も送信されていません。アプリの管理者にお知らせください。
oidc-bad-logout-redirect-title = このログアウトリンクは正しくありません
oidc-bad-logout-redirect-text = アプリが、このサイトに登録していないアドレスへ戻ることを求めました。何も変更されていません。
oidc-other-browser-title = このサインインは別のブラウザのものです
oidc-other-browser-text = このサインインは別のブラウザで開始され、そのブラウザで続行されます。アプリには何も送信されていません。ここでサインインするには、このブラウザでアプリに戻り、最初からやり直してください。
oidc-logout-needs-hint-title = ログアウトは行われていません
# “Log out” here is the app's own button, whatever the app calls it.
oidc-logout-needs-hint-text = アプリは、どのサインインを終了するかを指定しませんでした。ログアウトするには、アプリ自体のログアウト機能か、スマートフォンのリンク済みデバイスの一覧を使用してください。
oidc-confirm-logout-title = このブラウザからログアウトしますか？
oidc-confirm-logout-text = 以前のサインインを指定する古いリンクで、アプリがログアウトを求めています。このブラウザをこのサイトからもログアウトしますか？
oidc-still-signed-in-title = ログインしたままです
oidc-still-signed-in-text = ここではログアウトは行われていません。このタブを閉じるか、アプリに戻ってください。
oidc-other-title = 問題が発生しました
oidc-other-text = このページに表示する内容はありません。アプリに戻って、もう一度お試しください。
# Button: answers oidc-confirm-logout-text.
oidc-log-out = ログアウト
# Button: answers oidc-confirm-logout-text.
oidc-stay = ログインしたままにする

## Sign in on the phone (/signin)

# Shown after the phone signed out and logged out the computers it had logged in.
phone-signed-out = このスマートフォンはサインアウトし、このスマートフォンでログインしたすべてのパソコンもログアウトされました。
# Shown after the phone signed out but kept its computers signed in. "Linked devices" is the menu's name for that page (nav-devices).
phone-signed-out-kept = このスマートフォンはサインアウトしました。このスマートフォンでログインしたパソコンはログインしたままです。お使いの別のスマートフォンの「リンク済みデバイス」からログアウトできます。
# Page title (browser tab).
phone-sign-in-title = サインイン
phone-sign-in-heading = このスマートフォンでサインイン
# $name is the display name of the account already signed in; the page shows it in bold.
phone-signed-in-already = このスマートフォンには{ $name }としてサインインしています。
# Button. $name is the display name of the account already signed in.
phone-continue-as = { $name }として続行
phone-other-account = このスマートフォンで別のアカウントを使用するには、下でそのアカウントでサインインしてください。
phone-sign-in-code-waiting = パソコンが待機しています。サインインすると、そのコードにすぐに戻ります。
# Form field label (sign in, sign up, recover).
phone-username = ユーザー名
# Form field label.
phone-password = パスワード
# Button.
phone-sign-in-button = サインイン
# Link on the sign-in page, and the title and heading of the page it opens.
phone-forgot-password = パスワードをお忘れですか？
# Shown above the passkey button.
phone-passkey-or = または、このスマートフォンのパスキーで：
# Button.
phone-passkey-sign-in = パスキーでサインイン
# $link is the link phone-create-one.
phone-no-account = アカウントをお持ちでないですか？{ $link }
# Link to the sign-up page.
phone-create-one = アカウントを作成

## Create an account (/signup)

# Page title (browser tab) and heading.
phone-sign-up-title = アカウントを作成
phone-sign-up-code-waiting = パソコンが待機しています。アカウントを作成すると、そのコードにすぐに戻ります。
# Hint under the username field.
phone-username-rule = 英字、数字、ピリオド、ハイフン、アンダースコアを使った3〜32文字。
# Form field label.
phone-display-name = 表示名
# Hint under the password field.
phone-password-rule = 8文字以上。
# Button.
phone-sign-up-button = アカウントを作成
# $link is the link phone-sign-in-link.
phone-have-account = アカウントをお持ちですか？{ $link }
# Link to the sign-in page.
phone-sign-in-link = サインイン

## The phone's home (/phone)

# Page title (browser tab).
phone-home-title = アカウント
# Heading. $name is the account's display name.
phone-home-hello = こんにちは、{ $name }さん
phone-home-intro = パソコンにログインするには、そのパソコンのログインページを開いてコードをスキャンしてください。このスマートフォンのカメラアプリでも、ここからでもスキャンできます。
# Button.
phone-home-scan = コードをスキャン
# Button: type the short code a computer shows.
phone-home-link = コードでリンク
# $link is the link phone-home-recovery-link.
phone-home-recovery = { $link } · パスワードを忘れたときのために
# Link to the recovery codes page.
phone-home-recovery-link = 回復コード
# Button; the ellipsis says it asks first.
phone-home-sign-out = このスマートフォンからサインアウト…
# Shown when the phone is not signed in.
phone-home-not-signed-in = このスマートフォンでパソコンにログインするには、サインインしてください。

## Forgot your password? (/recover)

phone-recover-intro = アカウント作成時に保存した回復コードのいずれかを入力し、新しいパスワードを設定してください。各コードは1回だけ使用できます。
# Form field label.
phone-recovery-code = 回復コード
# Form field label.
phone-new-password = 新しいパスワード
# Hint under the new password field.
phone-recover-rule = 8文字以上。パスワードを変更したときと同様に、他のスマートフォンはサインアウトされ、このスマートフォンはサインインした状態になります。
# Button.
phone-recover-button = 新しいパスワードを設定
# Heading.
phone-recover-no-code = 回復コードがない場合は？
# $account and $password are the menu's names of the account page and the password page (nav-account, nav-password).
phone-recover-no-code-help = このスマートフォンにこのサイトのパスキーがある場合は、パスキーでサインインしてください。または、サインインしたままの別のスマートフォンで、「{ $account }」→「{ $password }」からパスワードを変更してください。
# Link.
phone-back-to-sign-in = サインインに戻る

## Recovery codes (/recovery)

# Page title (browser tab) and heading.
phone-recovery-title = 回復コード
# Heading, right after sign-up.
phone-recovery-save-heading = 回復コードを保存してください
# $forgot is the sign-in page's link phone-forgot-password, quoted.
phone-recovery-save-intro = パスワードを忘れた場合は、これらのコードのいずれかで新しいパスワードを設定できます。サインインページで「{ $forgot }」を選択してください。各コードは1回だけ使用できます。
phone-recovery-shown-once = これらのコードは今回だけ表示されます。書き留めるか、パスワードマネージャーに保存してください。このスマートフォンだけに保存するのは避けてください。
# Button.
phone-recovery-saved = 保存しました。次へ
# Shown after a recovery code set a new password.
phone-recovered = 新しいパスワードが設定され、このスマートフォンはサインインしました。他のスマートフォンはサインアウトされました。
# $n is how many recovery codes are still unused (0 to 10).
phone-recovery-left = { $n ->
    [0] 未使用の回復コードは残っていません。今すぐ新しいコードを作成してください。
   *[other] 未使用の回復コードが{ $n }個あります。
}
# Button.
phone-recovery-new-button = 新しいコードを作成
phone-recovery-replace = 新しいコードを作成すると、使用済みかどうかにかかわらず、古いコードはすべて置き換えられます。
# Link back to where the person was.
phone-recovery-done = 完了
phone-recovery-not-signed-in = 回復コードを表示するには、サインインしてください。パスワードをお忘れですか？サインインページで回復コードのいずれかを使用してください。

## Sign out of this phone (/signout)

# Page title (browser tab).
phone-sign-out-title = サインアウト
# Heading.
phone-sign-out-heading = このスマートフォンからサインアウトしますか？
# Link back to the phone's home.
phone-sign-out-cancel = キャンセル
phone-sign-out-not-signed-in = このスマートフォンはサインインしていないため、サインアウトする必要はありません。
phone-sign-out-no-computer = このスマートフォンでログインしたパソコンのうち、ログインしたままのものはありません。
# Button.
phone-sign-out-button = サインアウト
# Above the list of computers. $n is how many (at least 1).
phone-sign-out-computers = このスマートフォンでログインし、現在もログイン中のパソコンが{ $n }台あります：
# One computer of the list: $browser and $os are names like "Chrome" and "Linux", $ip its network address.
phone-sign-out-computer = { $os }の{ $browser } · { $ip }
# Button. $n is how many computers (at least 1).
phone-sign-out-all = サインアウトして、パソコン{ $n }台をログアウト
# Button. $n is how many computers (at least 1); it is not shown.
phone-sign-out-keep = { $n ->
   *[other] サインアウトし、パソコンはログインしたままにする
}

## Activity (/activity)

# Page title (browser tab) and heading.
phone-activity-title = アクティビティ
phone-activity-intro = このアカウントで行われた操作です（新しい順）。
# The page's script replaces it with “Times are in your time zone.” once it shows local times.
phone-activity-utc = 時刻はUTCで表示されています。
phone-activity-empty = まだ何もありません。
# aria-label of the navigation between pages.
phone-activity-pages = アクティビティのページ
# Link to the page of more recent events.
phone-activity-newer = 新しい履歴
# Link to the page of older events.
phone-activity-older = 古い履歴
# $page is the page shown, $pages how many there are.
phone-activity-page = { $pages }ページ中{ $page }ページ目
# An event's detail with the reason it ended: $detail is like "Chrome on Linux, 1.2.3.4", $reason one of the phone-reason-… messages.
phone-activity-detail = { $detail }：{ $reason }

# What happened, one line each (short).
phone-event-created = ログインコードを表示
phone-event-scanned = コードをスキャン
phone-event-approved = 新しいログインを承認
phone-event-denied = ログインを拒否
phone-event-expired = コードが期限切れ
phone-event-token-issued = パソコンがログイン
phone-event-revoked = パソコンがログアウト
phone-event-signed-in = スマートフォンでサインイン
phone-event-failed-sign-in = サインインの試行に失敗
phone-event-password-changed = パスワードを変更
phone-event-passkey-added = パスキーを追加
phone-event-passkey-removed = パスキーを削除
phone-event-passkey-refused = パスキーでログインが確認されなかった
phone-event-app-signed-in = アプリにサインイン

# Why a computer was logged out (after "Computer logged out", inside phone-activity-detail).
phone-reason-removed-by-phone = このスマートフォンからログアウト
phone-reason-signed-out = サインアウト
phone-reason-account-disabled = アカウントの無効化
phone-reason-replaced-by-new-login = 新しいログインのため
phone-reason-password-changed = パスワードの変更
phone-reason-expired = 長期間未使用
phone-reason-signed-out-by-app = アプリによるログアウト
# How a phone signed in, or what failed (the activity list, after the device or the username).
phone-reason-passkey = パスキーで
phone-reason-recovery-code = 回復コードで
phone-reason-passkey-refused = パスキーが拒否されました

## Change password (/password)

# Page title (browser tab) and heading.
password-title = パスワードを変更
# Shown after the change.
password-changed = パスワードを変更しました。他のスマートフォンはサインアウトされ、他のスマートフォンのパスキーは削除されました。
# Form field label.
password-current = 現在のパスワード
# Form field label.
password-new = 新しいパスワード
# Hint under the new password field.
password-rule = 8文字以上。他のスマートフォンはサインアウトされ、それらでログインしたパソコンもログアウトされます。保持されるのはこのスマートフォンのパスキーのみです。
# Button.
password-button = パスワードを変更

## Signed-in phones (/phones)

# Page title (browser tab) and heading.
phones-title = サインイン中のスマートフォン
phones-intro = このアカウントのログインを承認できるすべてのスマートフォンまたはアプリです。手元にないものはサインアウトしてください。そのスマートフォンでログインしたパソコンもログアウトされ、そのスマートフォンが追加したパスキーも削除されます。
# Shown after another phone was signed out.
phones-done = そのスマートフォンはサインアウトされました。そのスマートフォンでログインしたパソコンもログアウトされ、追加したパスキーも削除されました。
# Badge beside the phone being used (short).
phones-this-phone = このスマートフォン
# Under a phone's name. $signed_in and $active are how long ago, like "5 min ago" or "just now" (ago-… messages).
phones-times = サインイン：{ $signed_in } · 最終アクティブ：{ $active }
# Button (short).
phones-sign-out = サインアウト
# Screen-reader label of that button. $name is the phone's name.
phones-sign-out-label = { $name }をサインアウト

## The phone's menu, on each page of the account

# aria-label of the menu.
nav-label = アカウント
# Menu entries (short).
nav-account = アカウント
nav-devices = リンク済みデバイス
nav-activity = アクティビティ
nav-phones = サインイン中のスマートフォン
nav-password = パスワード
nav-passkeys = パスキー

## A phone page shown to a phone that is not signed in

# Heading.
nav-not-signed-in = サインインしていません
# Button.
nav-sign-in = サインイン

## The computer's page once the phone approved it (login page, live in the browser)

# Heading. $name is the account's display name, shown in its own style.
login-session-signed-in-as = { $name }としてログイン中
login-session-approved = スマートフォンがこのブラウザを承認しました。ここから、またはスマートフォンからログアウトできます。
# Button: go on to the page the site named.
login-session-continue = 続行
# Button.
login-session-sign-out = ログアウト

## Network failures, said by the pages’ scripts (both islands)

# The server did not answer a call of the login page.
network-unreachable = サーバーに接続できません。接続を確認してください。
# The server did not answer a call of a page.
network-unreachable-retry = サーバーに接続できません。接続を確認して、もう一度お試しください。

## Phone: link with a typed code (/link), the form the phone shows when it cannot scan

# The browser tab's title of /link, and the form's heading.
approve-link-title = コードでリンク
approve-link-intro = カメラがない、またはスキャンがうまくいきませんか？パソコンのQRコードの下に8文字のコードが表示されています。ここに入力してください。
# The label of the field where the code is typed.
approve-code-label = コード
# Under the code field.
approve-code-hint = 8文字。大文字・小文字の区別や、スペース・ハイフンの有無は問いません。
# Button that sends the typed code. approve-check-code names it.
approve-continue = 続行
# When another site sent the phone here with a code filled in: the person must check it before going on. “Continue” is the button approve-continue.
approve-check-code = 目の前にあるパソコンの画面に表示されているコードと一致することを確認してから、「続行」をタップしてください。
# What was typed has characters no code has. $letters: the letters codes use, as “B C D F …” (keep as is). $characters: those typed that are not among them, each quoted by approve-code-quoted, joined by commas. $count: how many there are.
approve-code-outside = { $count ->
   *[other] コードに使われる文字は次のみです：{ $letters }（母音と数字は使われません）。{ $characters }は含まれていません。パソコンの画面をもう一度確認してください。
}
# One character that was typed, in quotation marks (use your language's). $character: the character.
approve-code-quoted = 「{ $character }」
# What was typed does not have 8 letters. $count: how many it has. “BCDF-GHJK” is an example code: keep it as is.
approve-code-length = コードはBCDF-GHJKのように8文字ですが、入力されたのは{ $count }文字です。パソコンの画面をもう一度確認してください。
# A link was pasted, but not a link to a login code.
approve-code-no-code-in-link = このリンクにはログインコードが含まれていません。QRコードをスキャンするか、その下の8文字を入力してください。
# A typed code that names no login now (a typo, or an old code). $code: the code as typed, like BCDF-GHJK.
approve-code-unknown = ログインコード{ $code }は現在ありません。パソコンの画面の文字を確認してください。コードは、パソコンが新しいQRコードを表示するたびに変わります。

## Phone: the confirmation of a login (/l/…): who asks, and the decision

# The browser tab's title.
approve-title = ログインの確認
# While the code is looked up.
approve-checking = コードを確認しています…
# At the top. $site: this site's name, shown in bold.
approve-banner = { $site }にログイン
# At the top, when an app asks this site to sign someone in. $site: this site's name; $app: the app's name; both shown in bold.
approve-banner-app = { $app }のために{ $site }にログイン
# The heading: the question. A device is a terminal, a TV… signing in to an app.
approve-question-device = このデバイスにログインしますか？
# The heading: the question. A kiosk is a shared screen (a tablet on a wall or a desk).
approve-question-kiosk = このキオスク端末にログインしますか？
# The heading: the question.
approve-question-computer = このパソコンにログインしますか？
# $name: the name of the account signed in on this phone, shown in bold.
approve-signed-in-as = ここでは{ $name }としてサインイン中
# Labels of the list that describes who asks (short): the device's name.
approve-requester-device = デバイス
# Label: the browser that asks (Chrome, Firefox…).
approve-requester-browser = ブラウザ
# Label: the operating system that asks (Windows, Android…).
approve-requester-system = OS
# Label: the IP address that asks.
approve-requester-ip = IPアドレス
# Label: how long ago it asked (the value is like “12 seconds ago”).
approve-requester-asked = リクエスト
# In bold, as a warning. $kind: device or computer.
approve-elsewhere = { $kind ->
    [device] このデバイスは、スマートフォンとは別のネットワークにあります。
   *[computer] このパソコンは、スマートフォンとは別のネットワークにあります。
}
# After approve-elsewhere. “it” is the device or computer ($kind: device or computer). “Not me” is the button decision-not-me.
approve-elsewhere-advice = { $kind ->
    [device] ご自身がそのデバイスの前にいない場合、誰かがあなたに自分のコードを送ってきた可能性があります。「自分ではありません」をタップしてください。
   *[computer] ご自身がそのパソコンの前にいない場合、誰かがあなたに自分のコードを送ってきた可能性があります。「自分ではありません」をタップしてください。
}
# Warning when a device (a terminal, a TV…) asks.
approve-warning-device = そのデバイスの前にいて、サインインを開始したばかりの場合にのみ続行してください。
# Warning when a computer's browser asks.
approve-warning-screen = その画面の前にいて、ログインページを開いたばかりの場合にのみ続行してください。
# When the account confirms logins with a passkey and the computer shows a number to tap.
approve-passkey-numbers = 番号をタップすると、このスマートフォンのパスキー（指紋、顔、またはPIN）が求められます。
# When the account confirms logins with a passkey. “Log in” is the button decision-log-in.
approve-passkey-log-in = 「ログイン」をタップすると、このスマートフォンのパスキー（指紋、顔、またはPIN）が求められます。
approve-passkey-needs-js = パスキーで確認するにはJavaScriptが必要です。
# Shown in bold at the start of approve-kiosk-note (as its $kiosk).
approve-kiosk-note-lead = これはキオスク端末です
# $kiosk: approve-kiosk-note-lead, shown in bold.
approve-kiosk-note = { $kiosk }。共有の画面のため、しばらく誰も操作しないと自動的にログアウトします。
# Checkbox label.
approve-keep-device = このデバイスのログインを維持する
# Checkbox label.
approve-keep-browser = このブラウザのログインを維持する
# Under the checkbox approve-keep-device.
approve-keep-hint-device = 共有のデバイスではチェックを外してください。使用されていないときに早めにログアウトします。
# Under the checkbox approve-keep-browser.
approve-keep-hint-browser = 共有のパソコンではチェックを外してください。ブラウザを閉じたときや使用されていないときにログアウトします。
# Number matching: the question (in bold) above three numbers to tap.
approve-match-question = パソコンに表示されている番号はどれですか？
# After approve-match-question.
approve-match-tap = タップしてログインします。それ以外の番号をタップすると、ログインは拒否されます。
# At the most browsers an account may be logged in on: one must be logged out. $max: that most (2 or more).
approve-make-room = このアカウントは、上限である{ $max }台のブラウザにログインしています。空きを作るため、いずれかをログアウトしてください：
# A choice under approve-make-room. $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
approve-make-room-browser = { $os }の{ $browser }、{ $ip }
# The account must add a passkey before it can approve.
approve-passkey-missing = このサイトではログインのたびにパスキーが必要ですが、このアカウントにはまだパスキーがありません。パスキーを追加してから、もう一度コードをスキャンしてください。
# Button (link) to the passkeys page.
approve-add-passkey = パスキーを追加

## Phone: the confirmation's live part (the buttons and the time left)

# Replaces the time left when the code has expired.
decision-expired = このコードは期限切れです。パソコンの画面に表示されている新しいコードをスキャンしてください。
# Time left, counted down every second. $n: seconds.
decision-valid-for = コードの有効期限：あと{ $n }秒
# Button: refuses the login (short).
decision-not-me = 自分ではありません
# Button: approves the login (short).
decision-log-in = ログイン
# The button decision-log-in while its tap is answered (short).
decision-logging-in = ログインしています…

## Phone: after the decision (/decided), and codes that cannot be decided on

# The browser tab's title after approving.
approve-done-title = ログインしました
approve-done-heading = 完了
approve-done-text = パソコンはログインしました。スマートフォンをしまっても大丈夫です。
# The browser tab's title after refusing.
approve-declined-title = 拒否しました
approve-declined-heading = ログインを拒否しました
approve-declined-text = ログインは行われていません。ログインしようとしていなかった場合は、誰かが自分のコードをあなたに見せた可能性があります。無視してかまいません。
# Button (link) to the phone's account page.
approve-back-to-account = アカウントに戻る
# Heading: the code was approved by this account already.
approve-already-approved = 承認済み
approve-already-approved-text = このコードは承認済みで、そのパソコンはログインしています。スマートフォンをしまっても大丈夫です。
# Link to the list of logged-in computers.
approve-see-computers = ログイン中のパソコンを表示
# Heading: the code was used already.
approve-already-used = このコードは使用済みです
approve-already-used-text = 各コードは1回だけ使用できます。パソコンにログイン済みと表示されている場合は、これ以上の操作は不要です。表示されていない場合は、その画面の新しいコードをスキャンしてください。
# Headings of what went wrong with a code.
approve-problem-invalid-qr = ログインコードではありません
approve-problem-rate-limited = 試行回数が多すぎます
approve-problem-wrong-number = 番号が違います：ログインは拒否されました
approve-problem-expired = このコードは期限切れです
approve-problem-session-limit = ログイン中のブラウザが多すぎます
approve-problem-unavailable = サーバーに接続できません
approve-problem-other = 問題が発生しました
# Button (link) to the phone's scanner.
approve-scan-new-code = 新しいコードをスキャン
# Link to /link, the form for typing a code.
approve-type-code-instead = 代わりにコードを入力
# Heading when the phone is not signed in.
approve-sign-in-heading = 承認するにはサインインしてください
approve-sign-in-text = パソコンがあなたのアカウントでログインしようとしています。まずこのスマートフォンでサインインしてください。コードは数分間待機し、サインイン後すぐにこの画面に戻ります。
# Button (link).
approve-sign-in = サインイン
# Link.
approve-create-account = アカウントを作成

## What an app learns of the person (components/consent.rs): the phone's question, and the list of apps allowed

# What an app that asked for the profile learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-profile = あなたの名前とユーザー名
# What an app that asked for nothing more learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-id = アカウントのIDのみ
# On the phone the first time an app asks. $app: the app's name, shown in bold. $learns: consent-learns-profile or consent-learns-id. “Log in” is the button decision-log-in; “Linked devices” is the phone's page of that name.
consent-note = { $app }は、ご本人であることを確認するために次の情報を受け取ります：{ $learns }。「ログイン」をタップすると許可されます。許可は「リンク済みデバイス」で取り消せます。

## The phone's notice of a new login (components/new_login_notice.rs)

# $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
notice-new-login = 新しいログイン：{ $os }の{ $browser }、{ $ip }

## Times in the reader's time zone (components/local_times.rs)

# Replaces the page's “Times are in UTC.” once the browser has shown every time in the reader's own time zone.
times-your-zone = 時刻はお使いのタイムゾーンで表示されています。

## How long ago (components/ago.rs): on the phone's pages, like “Asked: 12 seconds ago”

# Under 5 seconds.
ago-now = たった今
# $n: seconds (5 to 59).
ago-seconds = { $n }秒前
# $n: minutes (1 to 59). English shortens “minutes” to “min”.
ago-minutes = { $n }分前
# $n: hours (1 to 47). English shortens “hours” to “h”.
ago-hours = { $n }時間前
# $n: days (2 or more).
ago-days = { $n }日前

## Linked devices page (/devices, on the phone): the browsers this account is logged in on

# Page title (browser tab) and heading.
devices-title = リンク済みデバイス
devices-intro = コードをスキャンしてログインしたブラウザです。心当たりのないものはログアウトしてください。

# Status lines shown after an action on this page.
devices-done-one = そのブラウザはログアウトされました。
devices-done-all = すべてのブラウザがログアウトされました。
devices-done-renamed = 保存しました。
devices-done-withdrawn = そのアプリの許可を取り消しました。アプリからサインアウトされ、次回また許可を求められます。

devices-none = このアカウントでログインしているブラウザはありません。

# Button that logs out every listed browser. $n is how many (at least 1).
devices-log-out-all = { $n }台のブラウザをログアウト
# Link that opens the confirmation for logging out every browser (ends with an ellipsis: it asks first). $n is how many (at least 1).
devices-log-out-all-ask = { $n }台のブラウザをログアウト…
# Heading of that confirmation, as a question. $n is how many (at least 1).
devices-log-out-all-question = { $n }台のブラウザをログアウトしますか？
devices-log-out-all-text = 各ブラウザはすぐにログアウトされ、そのページはログインコードの表示に戻ります。それらを通じてサインインしたアプリにも通知されます。
devices-cancel = キャンセル

# What a browser is, as its name when it has none: e.g. "Firefox on Linux".
devices-kind = { $os }の{ $browser }
# Small line under a browser that signed itself in with a passkey ("Use a passkey" on the computer): no phone approved it, and devices-came then names the passkey.
devices-came-passkey = スキャンせずに、パソコンでパスキーを使ってログインしました。
# Small line under a browser's name. $ip: its IP address; $linked: when, an already-translated phrase such as "5 min ago" or "just now"; $phone: the name of the phone that approved it; $app: the name of the app (third-party website) it signed in to. $how picks the line: for an app, as a kiosk, both, or neither. Keep "·" as a separator.
devices-came = { $how ->
    [app] { $ip } · { $phone }でリンク（{ $linked }）、{ $app }へのサインイン用
    [kiosk] { $ip } · { $phone }でリンク（{ $linked }）、キオスク端末として
    [app-kiosk] { $ip } · { $phone }でリンク（{ $linked }）、{ $app }へのサインイン用、キオスク端末として
   *[other] { $ip } · { $phone }でリンク（{ $linked }）
}
# $ago: an already-translated phrase such as "5 min ago" or "just now".
devices-last-active = 最終アクティブ：{ $ago }
# Badge next to the browser the phone approved a moment ago.
devices-just-approved = 今承認したブラウザ
# Opens the field to rename a browser.
devices-rename = 名前を変更
# Example name in the empty rename field.
devices-rename-placeholder = 会社のノートパソコン
devices-save = 保存
# Button, short.
devices-log-out = ログアウト
# Screen reader name of the "Log out" button of one browser. $name: the browser's name; $ip: its IP address; $linked: e.g. "5 min ago".
devices-log-out-label = { $name }（{ $ip }、リンク：{ $linked }）をログアウト
# Screen reader name of the rename field of one browser. Same variables as above.
devices-rename-label = { $name }（{ $ip }、リンク：{ $linked }）の新しい名前

## Linked devices page: apps (third-party websites) this account allowed to know it

devices-apps-title = 許可したアプリ
devices-apps-intro = これらのアプリは、あなたがサインインしたときにご本人であることを確認できます。許可を取り消すと、すぐにサインアウトされ、次回また許可を求められます。
# Small line under an app's name. $learns: an already-translated phrase of what it learns, e.g. "your name and username"; $allowed: e.g. "5 min ago". Keep "·" as a separator.
devices-app-came = 受け取る情報：{ $learns } · 許可：{ $allowed }
# Button, short: takes back the app's permission.
devices-withdraw = 取り消す
# Screen reader name of the "Withdraw" button. $app: the app's name.
devices-withdraw-label = { $app }の許可を取り消す

## Passkeys page (/passkeys, on the phone)

# Page title (browser tab) and heading.
passkeys-title = パスキー
passkeys-intro = パスキーを使用すると、承認するすべてのログインで、このスマートフォンの指紋、顔、またはPINが求められます。ロック解除されたスマートフォンを持つ人や、サインイン情報のコピーを持つ人だけでは承認できません。パスキーを使えば、パスワードなしでサインインすることもできます。

# Status lines shown after an action on this page.
passkeys-done-added = パスキーを追加しました。今後承認するログインでは、パスキーが求められます。
passkeys-done-removed = パスキーを削除しました。

passkeys-none = このアカウントにはまだパスキーがありません。
passkeys-none-required = このアカウントにはまだパスキーがありませんが、このサイトではログインのたびにパスキーが必要です。ログインを承認するには、パスキーを追加してください。
# PUBLIC_URL is the name of a server setting: do not translate it.
passkeys-off = このサーバーではパスキーは無効です。パスキーにはサイトのドメイン名が必要ですが、サイトのアドレス（PUBLIC_URL）がIPアドレスになっています。

# Small text after a passkey's name. $added and $used: already-translated phrases such as "5 min ago" or "just now".
passkeys-dates = 追加：{ $added }、最終使用：{ $used }
# Small text after the name of a passkey never used. $added: e.g. "5 min ago".
passkeys-dates-unused = 追加：{ $added }、未使用
# Under a passkey added before passkeys were made to work without a username: it still approves logins, and may or may not sign in without a username (many do); adding it again makes sure.
passkeys-not-discoverable = ログインの承認に使えます。ユーザー名なしでサインインできない場合は、追加し直してください。
# Label of the password field that removes one passkey. $name: the passkey's name.
passkeys-remove-label = 「{ $name }」を削除するためのパスワード
# Button, short.
passkeys-remove = 削除

# Heading of the form that adds a passkey.
passkeys-add-title = パスキーを追加
# Button that submits that form.
passkeys-add = パスキーを追加
# Label of the new passkey's name field.
passkeys-name = 名前
# Example name in the empty name field.
passkeys-name-placeholder = このスマートフォン
passkeys-password = パスワード
passkeys-password-hint = 確認のため、パスワードをもう一度入力してください。ロック解除されたまま置かれたスマートフォンだけでは、パスキーを追加できません。
passkeys-needs-js = パスキーを追加するにはJavaScriptが必要です。

## Errors, as a person reads them (app/src/components/sentences.rs). Also the
## `message` of the JSON API's errors, in the language the app asks for.

# A duration inside "try again in …" ($n is a number of seconds or minutes).
wait-seconds = { $n }秒
wait-a-minute = 1分
wait-minutes = { $n }分

# $later is either error-later-soon or error-later-in.
error-later-soon = しばらくしてから
# $wait is a duration: "15 minutes".
error-later-in = { $wait }後に

error-sign-in-mismatch = ユーザー名とパスワードが一致しません。確認して、もう一度お試しください。
error-password-wrong = 現在のパスワードが正しくありません。何も変更されていません。
error-passkeys-password-wrong = パスワードが正しくありません。何も変更されていません。
error-recover-mismatch = ユーザー名と回復コードが一致しないか、コードがすでに使用されています。何も変更されていません。
error-sign-in-first = まずこのスマートフォンでサインインしてください。
# The computer's browser asked for its session, and has none (the JSON API).
error-browser-signed-out = このブラウザはログインしていません。スマートフォンでもう一度ログインしてください。
# The computer's browser sent a step that another tab or browser began (for example "Use a passkey" after the page's cookies were cleared).
error-browser-reload = このページは最新ではありません。再読み込みして、もう一度お試しください。
# $later: "in 15 minutes" or "in a little while".
error-sign-in-rate-limited = サインインの試行回数が多すぎます。安全のため、{ $later }もう一度お試しください。
error-sign-up-rate-limited = このネットワークから作成されたアカウントが多すぎます。{ $later }もう一度お試しください。
error-rate-limited = 試行回数が多すぎます。{ $later }もう一度お試しください。
error-username-taken = そのユーザー名はすでに使用されています。別のユーザー名を選んでください。
error-sign-up-bad = ユーザー名は英字、数字、ピリオド、ハイフン、アンダースコアを使った3〜32文字、パスワードは8文字以上にしてください。
error-new-password-bad = 新しいパスワードは8文字以上にしてください。何も変更されていません。
error-passkey-bad = このアカウントにはすでにこのパスキーがあるか、登録できる上限（10個）に達しています。先にいずれかを削除してください。何も変更されていません。
error-bad-request = フォームの入力内容に正しくない箇所があります。確認して、もう一度お試しください。
error-invalid-qr = このリンクは、このサイトのログインコードではありません。
error-expired = このコードは期限切れです。パソコンには新しいコードが自動的に表示されます。そのコードをスキャンしてください。
error-already-used = このコードはすでに使用されています（各コードは1回だけ使用できます）。パソコンがログインしていない場合は、その画面の新しいコードをスキャンしてください。
error-already-approved = このコードはすでに承認済みで、そのパソコンはログインしています。これ以上の操作は不要です。
error-session-limit = このアカウントは、ログインできるブラウザの上限に達しています。下からログアウトするブラウザを1つ選び、もう一度「ログイン」をタップしてください。
error-wrong-number = パソコンの画面に表示されている番号ではないため、ログインは拒否され、何もログインされていません。そのパソコンの前にいる場合は、新しいコードをスキャンして、表示されている番号を選んでください。
error-passkey-needs-script = パスキーを追加するにはJavaScriptが必要です。このサイトでJavaScriptを有効にして、もう一度お試しください。
error-passkey-required = このログインにはパスキーが必要ですが、パスキーが提示されなかったため、何も承認されていません。「ログイン」をタップし、パスキーで確認してください（JavaScriptを有効にする必要があります）。
error-passkey-sign-in-refused = パスキーでサインインできませんでした。アカウントから削除されたか、ユーザー名なしでパスキーを使えるようになる前に追加された可能性があります（「パスキー」で追加し直してください）。もう一度試すか、パスワードでサインインしてください。
# The computer's "Use a passkey" did not sign it in.
error-passkey-browser-refused = このパスキーでサインインできませんでした。アカウントから削除されたか、デバイスでの確認に失敗した可能性があります。何も変更されていません。もう一度試すか、スマートフォンでQRコードをスキャンしてください。
error-passkey-add-refused = スマートフォンで確認されなかったため、パスキーは追加されませんでした。何も変更されていません。もう一度お試しください。
error-passkey-refused = パスキーでこのログインが確認されなかったため、何も承認されていません。もう一度試すには「ログイン」をタップしてください。
error-not-found = 見つかりません。すでに終了している可能性があります。
error-unavailable = サービスが混み合っているか、接続できません。何も変更されていません。{ $later }もう一度お試しください。
error-timeout = 時間がかかりすぎました。何も変更されていません。もう一度お試しください。
error-cross-site = このリクエストはこのサイトのページから送信されたものではないため、拒否されました。
error-internal = サーバー側で問題が発生しました。何も変更されていません。もう一度お試しください。

## The pages' plain scripts (public/passkey/passkey.js, public/scan/scan.js).

# /passkeys, while the password is checked before the phone's prompt.
script-checking-password = パスワードを確認しています…
# /scan, once the camera runs.
script-scan-point = パソコンの画面に表示されているQRコードにカメラを向けてください。
script-scan-found = コードが見つかりました。開いています…
# /scan: $site is the site's name.
script-scan-other-site = このコードは{ $site }用ではありません。{ $site }のログインページに表示されているコードをスキャンしてください。

## A moment on the server's pages (the activity list), in UTC; with JavaScript
## the page rewrites it in the reader's time zone.

# $month is 1 to 12; $hour and $minute have two digits.
time-moment = { $year }年{ $month }月{ $day }日 { $hour }:{ $minute } UTC
