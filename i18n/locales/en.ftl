## The language menu at the foot of every page.

# The label of the list of languages.
common-language = Language
# The menu's button (short).
common-language-change = Change

## Every page's frame (components/page.rs)

# The page's description for search engines and link previews. $site is the site's name.
page-description = { $site }: log in on a computer by scanning a code with the phone you are signed in on.

## Log in page (/login) and kiosk page (/kiosk) on the computer, as the server renders it

# The browser tab's title of /login.
login-title = Log in
# The browser tab's title of /kiosk (a tablet left on a wall or a desk that shows login codes).
login-kiosk-title = Kiosk
# Shown only when /login is opened on a phone. $link is the link login-on-a-phone-link.
login-on-a-phone = You're on a phone: { $link }. This page shows a code for a phone to scan.
# The link inside login-on-a-phone; it opens the phone's sign-in page.
login-on-a-phone-link = sign in here
# Above the code when an app (OpenID Connect) asked this site to sign someone in. $app is the app's name, shown in bold.
login-app-banner = Sign in to { $app }
# Button: gives up the app's sign-in and returns to the app. $app is the app's name.
login-app-cancel = Cancel and go back to { $app }
# Button or link after an error, to load a new code.
login-try-again = Try again
# One line beside "Use a passkey", under the QR code. It explains the choice without turning people away from the QR code: a passkey (on the phone, reached by the browser over Bluetooth) only works when the phone is physically near this computer.
login-passkey-why = Passkey on your phone? It works only near this computer, which makes it the safest way in on a screen you do not own.
# Button: opens the browser's own passkey window (which can offer "use a phone or tablet").
login-passkey-use = Use a passkey
# Checkbox beside "Use a passkey". Unticked: this session only.
login-passkey-keep = Keep me signed in on this computer
# Status while the browser's passkey window is open.
login-passkey-waiting = Confirm in your browser’s passkey window. For your phone, choose “phone or tablet” there and scan the code it shows.
# Status when the passkey window was closed or the check did not pass.
login-passkey-cancelled = No passkey was used, so nothing changed. Try again, or scan the QR code with your phone.
# Status just before the page moves on, signed in.
login-passkey-signed-in = Signed in. One moment…
# Above "Use a passkey" when an app (OpenID Connect) is waiting. $app: the app's name, in bold; $learns: consent-learns-profile or consent-learns-id.
login-passkey-consent = { $app } wants to know it is you: { $learns }. Signing in with a passkey allows it; you can withdraw it under Linked devices on your phone.

## Log in page: the live part in the browser (code, steps, what the phone is doing)

login-offline = You are offline. A new code appears as soon as the network is back.
# Under the signed-in view of a kiosk. $wait is a duration, already translated (for example “15 minutes”, “a minute”).
login-kiosk-idle = This kiosk signs out by itself after { $wait } without a touch.
# Button over a faded code: the page stopped making codes to save power.
login-new-code-veiled = Click for a new code
# Button in place of the code. Also named at the end of login-signing-in-notice.
login-new-code = Show a new code
# The steps under the code, 1 of 3.
login-step-open = On your phone, open this site (or our app) and sign in.
# The steps under the code, 2 of 3.
login-step-scan = Scan the code with the camera, or type the letters under it.
# The steps under the code, 3 of 3. $button is login-step-approve-button, shown in bold.
login-step-approve = Check the details and tap { $button }.
# The name of the phone's button that approves a login: keep it identical to that button's label on the phone.
login-step-approve-button = Log in
login-newcomer = No account yet? Scan anyway: your phone will help you create one.
# What a screen reader says of the QR code image.
login-qr-label = Login QR code: scan it with your phone's camera or app
# Under the code. $page is the address to open on the phone (like example.com/link), $code is the 8-letter code (like BCDF-GHJK); both are shown in bold.
login-no-camera = No camera? On your phone, open { $page } and type { $code }

## Log in page: headings (which also name the browser tab) and the line under them

# A phone scanned the code. $who is the account's display name.
login-heading-check-phone = Check your phone, { $who }
# A phone scanned the code (whose is not known).
login-heading-confirm = Confirm on your phone
# $device is the phone's name (like “Pixel 8”).
login-scanned-tap = Scanned on { $device }. Tap “Log in” there to continue.
# $device is the phone's name (like “Pixel 8”). The number to tap is shown below this line.
login-scanned-number = Scanned on { $device }. On the phone, tap this number to log in:
login-heading-signing-in = Someone is signing in on their phone…
login-signing-in-notice = This code waits for them for a few minutes. Not you? Show a new code.
login-heading-finishing = Logging you in…
login-heading-signing-out = Signing out…
login-heading-denied = Login declined
login-denied-wrong-number = The phone picked a different number. Nothing was logged in.
login-denied-not-me = The phone said “Not me”. Nothing was logged in.
login-heading-paused = Paused to save power
login-paused-notice = Nobody scanned for a few minutes, so this page stopped making codes.
login-heading-signed-out = You were signed out
# $because is one of the login-signed-out-… sentences below (why the session ended).
login-signed-out-notice = { $because } Scan to log in again.
# Heading, and the browser tab's name, once signed in.
login-heading-signed-in = Signed in
login-heading-waiting = Log in with your phone

## Log in page: why the session ended (shown in login-signed-out-notice)

login-signed-out-signed-out = Signed out in another tab.
login-signed-out-phone-signed-out = The phone that logged you in signed out.
login-signed-out-removed-by-phone = Your phone logged this browser out.
login-signed-out-replaced = A newer login took this browser's place.
login-signed-out-password-changed = The account's password was changed.
login-signed-out-account-disabled = This account was disabled.
login-signed-out-expired = Nobody used this browser for a while.
login-signed-out-other = This session has ended.

## The countdown beside the login code (components/expiry_ring.rs)

# $n is the number of seconds left before the code on screen stops working.
expiry-left = { $n ->
    [one] Valid for { $n } more second
   *[other] Valid for { $n } more seconds
}

## Scan a code (/scan), on the phone

# The browser tab's title.
scan-title = Scan a code
scan-heading = Scan the computer's code
# What a screen reader says of the camera's picture.
scan-video-label = What the camera sees
scan-starting = Starting the camera…
scan-no-script = Scanning here needs JavaScript. Scan with the phone's camera app, or type the code instead.
scan-denied-heading = The camera is not allowed
scan-denied-text = This page may not use the camera. Allow it in the browser's settings for this site and reload, or type the 8 letters the computer shows under its QR code.
scan-none-heading = No camera found
scan-none-text = The browser offers this page no camera (a page that is not on https gets none). Type the 8 letters the computer shows under its QR code instead.
# Button (a link) to the page where the code is typed.
scan-type-instead = Type the code instead

## Home page (/)

# The browser tab's title.
home-title = Welcome
home-heading = Log in with your phone
home-intro = Log in on this computer by scanning a code with the phone you are already signed in on. No password typed here.
# Button (a link) to /login.
home-login = Log in on this computer
# $signin is the link home-phone-signin, $signup the link home-phone-signup.
home-phone = On your phone: { $signin } or { $signup }, then scan the code a computer shows.
# Link inside home-phone.
home-phone-signin = sign in
# Link inside home-phone.
home-phone-signup = create an account

## Page not found (any unknown address)

# The browser tab's title and the page's heading.
notfound-title = Page not found
notfound-text = There is no page at this address.
# Button (a link) to the home page.
notfound-home = Home
# Button (a link) to the phone's account page.
notfound-account = Your account

## What this site says when it cannot send a person back to an app that asked it to sign them in (OpenID Connect)
## Each pair: a heading (also the browser tab's title), then the text under it.

oidc-signed-out-title = You are logged out
oidc-signed-out-text = The app logged you out of this site too. Close this tab, or log in again from the app.
oidc-expired-title = This sign-in has expired
oidc-expired-text = The app asked for it more than 10 minutes ago, or it was already used. Go back to the app and sign in again.
oidc-unknown-client-title = This app is not known here
oidc-unknown-client-text = The link that brought you here names an app this site does not sign in to. Nothing was sent to it. Tell the app's owner.
oidc-bad-redirect-title = This sign-in link is not right
oidc-bad-redirect-text = The app asked to be answered at an address it has not registered with this site, so nothing was sent there. Tell the app's owner.
oidc-bad-logout-redirect-title = This logout link is not right
oidc-bad-logout-redirect-text = The app asked to come back to an address it has not registered with this site. Nothing was changed.
oidc-other-browser-title = This sign-in is another browser's
oidc-other-browser-text = It was started in another browser, which goes on with it. Nothing was sent to the app. To sign in here, go back to the app in this browser and start again.
oidc-logout-needs-hint-title = Nothing was logged out
# “Log out” here is the app's own button, whatever the app calls it.
oidc-logout-needs-hint-text = The app did not say which sign-in to end. To log out, use the app's own Log out, or your phone's list of linked devices.
oidc-confirm-logout-title = Log out of this browser?
oidc-confirm-logout-text = An app asked to log you out, with an old link that names an earlier sign-in. Log this browser out of this site too?
oidc-still-signed-in-title = You are still logged in
oidc-still-signed-in-text = Nothing was logged out here. Close this tab, or go back to the app.
oidc-other-title = Something went wrong
oidc-other-text = This page has nothing to show. Go back to the app and try again.
# Button: answers oidc-confirm-logout-text.
oidc-log-out = Log out
# Button: answers oidc-confirm-logout-text.
oidc-stay = Stay logged in

## Sign in on the phone (/signin)

# Shown after the phone signed out and logged out the computers it had logged in.
phone-signed-out = This phone is signed out, and so is every computer it had logged in.
# Shown after the phone signed out but kept its computers signed in. "Linked devices" is the menu's name for that page (nav-devices).
phone-signed-out-kept = This phone is signed out. The computers it logged in stay signed in: another phone of yours can log them out under Linked devices.
# Page title (browser tab).
phone-sign-in-title = Sign in
phone-sign-in-heading = Sign in on this phone
# $name is the display name of the account already signed in; the page shows it in bold.
phone-signed-in-already = You're signed in on this phone as { $name }.
# Button. $name is the display name of the account already signed in.
phone-continue-as = Continue as { $name }
phone-other-account = To use another account on this phone, sign in with it below.
phone-sign-in-code-waiting = A computer is waiting for you: after signing in you go straight back to its code.
# Form field label (sign in, sign up, recover).
phone-username = Username
# Form field label.
phone-password = Password
# Button.
phone-sign-in-button = Sign in
# Link on the sign-in page, and the title and heading of the page it opens.
phone-forgot-password = Forgot your password?
# Shown above the passkey button.
phone-passkey-or = Or, with a passkey on this phone:
# Button.
phone-passkey-sign-in = Sign in with a passkey
# $link is the link phone-create-one.
phone-no-account = No account? { $link }
# Link to the sign-up page.
phone-create-one = Create one

## Create an account (/signup)

# Page title (browser tab) and heading.
phone-sign-up-title = Create an account
phone-sign-up-code-waiting = A computer is waiting for you: once your account is made you go straight back to its code.
# Hint under the username field.
phone-username-rule = 3 to 32 letters, digits, dots, dashes or underscores.
# Form field label.
phone-display-name = Display name
# Hint under the password field.
phone-password-rule = At least 8 characters.
# Button.
phone-sign-up-button = Create account
# $link is the link phone-sign-in-link.
phone-have-account = Have an account? { $link }
# Link to the sign-in page.
phone-sign-in-link = Sign in

## The phone's home (/phone)

# Page title (browser tab).
phone-home-title = Your account
# Heading. $name is the account's display name.
phone-home-hello = Hello, { $name }
phone-home-intro = To log in on a computer, open its login page and scan its code: with this phone's camera app, or here.
# Button.
phone-home-scan = Scan a code
# Button: type the short code a computer shows.
phone-home-link = Link with a code
# $link is the link phone-home-recovery-link.
phone-home-recovery = { $link } · for a forgotten password
# Link to the recovery codes page.
phone-home-recovery-link = Recovery codes
# Button; the ellipsis says it asks first.
phone-home-sign-out = Sign out of this phone…
# Shown when the phone is not signed in.
phone-home-not-signed-in = Sign in to log in on computers with this phone.

## Forgot your password? (/recover)

phone-recover-intro = Type one of the recovery codes you saved when you made the account, and choose a new password. Each code works once.
# Form field label.
phone-recovery-code = Recovery code
# Form field label.
phone-new-password = New password
# Hint under the new password field.
phone-recover-rule = At least 8 characters. Your other phones are signed out, as after any change of password, and this one is signed in.
# Button.
phone-recover-button = Set the new password
# Heading.
phone-recover-no-code = No recovery code?
# $account and $password are the menu's names of the account page and the password page (nav-account, nav-password).
phone-recover-no-code-help = Sign in with a passkey, if this phone has one for this site. Or, on another phone that is still signed in, change the password under { $account }, then { $password }.
# Link.
phone-back-to-sign-in = Back to sign in

## Recovery codes (/recovery)

# Page title (browser tab) and heading.
phone-recovery-title = Recovery codes
# Heading, right after sign-up.
phone-recovery-save-heading = Save your recovery codes
# $forgot is the sign-in page's link phone-forgot-password, quoted.
phone-recovery-save-intro = If you forget your password, one of these codes lets you set a new one: on the sign-in page, choose “{ $forgot }”. Each works once.
phone-recovery-shown-once = They are shown only now. Write them down or keep them in a password manager, not on this phone alone.
# Button.
phone-recovery-saved = I saved them: continue
# Shown after a recovery code set a new password.
phone-recovered = Your new password is set, and this phone is signed in. Your other phones were signed out.
# $n is how many recovery codes are still unused (0 to 10).
phone-recovery-left = { $n ->
    [0] You have no unused recovery code left. Make new ones now.
    [one] You have { $n } unused recovery code.
   *[other] You have { $n } unused recovery codes.
}
# Button.
phone-recovery-new-button = Make new codes
phone-recovery-replace = New codes replace the old ones, used or not.
# Link back to where the person was.
phone-recovery-done = Done
phone-recovery-not-signed-in = Sign in to see your recovery codes. Forgot your password? Use one of them on the sign-in page.

## Sign out of this phone (/signout)

# Page title (browser tab).
phone-sign-out-title = Sign out
# Heading.
phone-sign-out-heading = Sign out of this phone?
# Link back to the phone's home.
phone-sign-out-cancel = Cancel
phone-sign-out-not-signed-in = This phone is not signed in: there is nothing to sign out of.
phone-sign-out-no-computer = No computer that this phone logged in is still signed in.
# Button.
phone-sign-out-button = Sign out
# Above the list of computers. $n is how many (at least 1).
phone-sign-out-computers = { $n ->
    [one] This phone logged in { $n } computer that is still signed in:
   *[other] This phone logged in { $n } computers that are still signed in:
}
# One computer of the list: $browser and $os are names like "Chrome" and "Linux", $ip its network address.
phone-sign-out-computer = { $browser } on { $os } · { $ip }
# Button. $n is how many computers (at least 1).
phone-sign-out-all = { $n ->
    [one] Sign out and log out { $n } computer
   *[other] Sign out and log out { $n } computers
}
# Button. $n is how many computers (at least 1); it is not shown.
phone-sign-out-keep = { $n ->
    [one] Sign out, keep the computer signed in
   *[other] Sign out, keep the computers signed in
}

## Activity (/activity)

# Page title (browser tab) and heading.
phone-activity-title = Activity
phone-activity-intro = What happened with this account, newest first.
# The page's script replaces it with “Times are in your time zone.” once it shows local times.
phone-activity-utc = Times are in UTC.
phone-activity-empty = Nothing yet.
# aria-label of the navigation between pages.
phone-activity-pages = Pages of activity
# Link to the page of more recent events.
phone-activity-newer = Newer
# Link to the page of older events.
phone-activity-older = Older
# $page is the page shown, $pages how many there are.
phone-activity-page = Page { $page } of { $pages }
# An event's detail with the reason it ended: $detail is like "Chrome on Linux, 1.2.3.4", $reason one of the phone-reason-… messages.
phone-activity-detail = { $detail }: { $reason }

# What happened, one line each (short).
phone-event-created = Login code shown
phone-event-scanned = Code scanned
phone-event-approved = New login approved
phone-event-denied = Login declined
phone-event-expired = Code expired
phone-event-token-issued = Computer logged in
phone-event-revoked = Computer logged out
phone-event-signed-in = Phone signed in
phone-event-failed-sign-in = Failed sign-in attempt
phone-event-password-changed = Password changed
phone-event-passkey-added = Passkey added
phone-event-passkey-removed = Passkey removed
phone-event-passkey-refused = Passkey did not confirm the login
phone-event-app-signed-in = Signed in to an app

# Why a computer was logged out (after "Computer logged out", inside phone-activity-detail).
phone-reason-removed-by-phone = logged out from this phone
phone-reason-signed-out = signed out
phone-reason-account-disabled = the account was disabled
phone-reason-replaced-by-new-login = made room for a new login
phone-reason-password-changed = the password was changed
phone-reason-expired = unused for too long
phone-reason-signed-out-by-app = an app logged it out
# How a phone signed in, or what failed (the activity list, after the device or the username).
phone-reason-passkey = with a passkey
phone-reason-recovery-code = with a recovery code
phone-reason-passkey-refused = a passkey was refused

## Change password (/password)

# Page title (browser tab) and heading.
password-title = Change password
# Shown after the change.
password-changed = Password changed. Your other phones were signed out, and the passkeys of other phones removed.
# Form field label.
password-current = Current password
# Form field label.
password-new = New password
# Hint under the new password field.
password-rule = At least 8 characters. Your other phones are signed out, with the computers they logged in, and only this phone's passkeys are kept.
# Button.
password-button = Change password

## Signed-in phones (/phones)

# Page title (browser tab) and heading.
phones-title = Signed-in phones
phones-intro = Every phone or app that can approve logins for this account. Sign out any you do not have with you: the computers it logged in are logged out too, and the passkeys it added are removed.
# Shown after another phone was signed out.
phones-done = That phone is signed out, with the computers it had logged in and the passkeys it added.
# Badge beside the phone being used (short).
phones-this-phone = this phone
# Under a phone's name. $signed_in and $active are how long ago, like "5 min ago" or "just now" (ago-… messages).
phones-times = signed in { $signed_in } · last active { $active }
# Button (short).
phones-sign-out = Sign out
# Screen-reader label of that button. $name is the phone's name.
phones-sign-out-label = Sign out { $name }

## The phone's menu, on each page of the account

# aria-label of the menu.
nav-label = Your account
# Menu entries (short).
nav-account = Account
nav-devices = Linked devices
nav-activity = Activity
nav-phones = Signed-in phones
nav-password = Password
nav-passkeys = Passkeys

## A phone page shown to a phone that is not signed in

# Heading.
nav-not-signed-in = Not signed in
# Button.
nav-sign-in = Sign in

## The computer's page once the phone approved it (login page, live in the browser)

# Heading. $name is the account's display name, shown in its own style.
login-session-signed-in-as = Signed in as { $name }
login-session-approved = Your phone approved this browser. You can sign it out here, or from the phone.
# Button: go on to the page the site named.
login-session-continue = Continue
# Button.
login-session-sign-out = Sign out

## Network failures, said by the pages’ scripts (both islands)

# The server did not answer a call of the login page.
network-unreachable = Cannot reach the server. Check your connection.
# The server did not answer a call of a page.
network-unreachable-retry = Cannot reach the server. Check your connection and try again.

## Phone: link with a typed code (/link), the form the phone shows when it cannot scan

# The browser tab's title of /link, and the form's heading.
approve-link-title = Link with a code
approve-link-intro = No camera, or the scan does not work? Under the QR code, the computer shows a code of 8 letters. Type it here.
# The label of the field where the code is typed.
approve-code-label = Code
# Under the code field.
approve-code-hint = 8 letters. Small or capital letters, spaces and dashes do not matter.
# Button that sends the typed code. approve-check-code names it.
approve-continue = Continue
# When another site sent the phone here with a code filled in: the person must check it before going on. “Continue” is the button approve-continue.
approve-check-code = Check that this is the code on the computer's screen in front of you, then tap Continue.
# What was typed has characters no code has. $letters: the letters codes use, as “B C D F …” (keep as is). $characters: those typed that are not among them, each quoted by approve-code-quoted, joined by commas. $count: how many there are.
approve-code-outside = { $count ->
    [one] Codes use only these letters: { $letters } (no vowels, no digits). { $characters } is not among them: look again at the computer's screen.
   *[other] Codes use only these letters: { $letters } (no vowels, no digits). { $characters } are not among them: look again at the computer's screen.
}
# One character that was typed, in quotation marks (use your language's). $character: the character.
approve-code-quoted = “{ $character }”
# What was typed does not have 8 letters. $count: how many it has. “BCDF-GHJK” is an example code: keep it as is.
approve-code-length = A code has 8 letters, like BCDF-GHJK; this has { $count }: look again at the computer's screen.
# A link was pasted, but not a link to a login code.
approve-code-no-code-in-link = That link holds no login code. Scan the QR code, or type the 8 letters under it.
# A typed code that names no login now (a typo, or an old code). $code: the code as typed, like BCDF-GHJK.
approve-code-unknown = No login code { $code } right now: check the letters on the computer's screen. A code changes each time the computer shows a new QR.

## Phone: the confirmation of a login (/l/…): who asks, and the decision

# The browser tab's title.
approve-title = Confirm a login
# While the code is looked up.
approve-checking = Checking the code…
# At the top. $site: this site's name, shown in bold.
approve-banner = Logging in to { $site }
# At the top, when an app asks this site to sign someone in. $site: this site's name; $app: the app's name; both shown in bold.
approve-banner-app = Logging in to { $site } for { $app }
# The heading: the question. A device is a terminal, a TV… signing in to an app.
approve-question-device = Log in on this device?
# The heading: the question. A kiosk is a shared screen (a tablet on a wall or a desk).
approve-question-kiosk = Log in on this kiosk?
# The heading: the question.
approve-question-computer = Log in on this computer?
# $name: the name of the account signed in on this phone, shown in bold.
approve-signed-in-as = Signed in here as { $name }
# Labels of the list that describes who asks (short): the device's name.
approve-requester-device = Device
# Label: the browser that asks (Chrome, Firefox…).
approve-requester-browser = Browser
# Label: the operating system that asks (Windows, Android…).
approve-requester-system = System
# Label: the IP address that asks.
approve-requester-ip = IP address
# Label: how long ago it asked (the value is like “12 seconds ago”).
approve-requester-asked = Asked
# In bold, as a warning. $kind: device or computer.
approve-elsewhere = { $kind ->
    [device] This device is on another network than your phone.
   *[computer] This computer is on another network than your phone.
}
# After approve-elsewhere. “it” is the device or computer ($kind: device or computer). “Not me” is the button decision-not-me.
approve-elsewhere-advice = { $kind ->
    [device] If you are not in front of it yourself, someone may have sent you their code: tap “Not me”.
   *[computer] If you are not in front of it yourself, someone may have sent you their code: tap “Not me”.
}
# Warning when a device (a terminal, a TV…) asks.
approve-warning-device = Only continue if you are in front of that device and just started its sign-in.
# Warning when a computer's browser asks.
approve-warning-screen = Only continue if you are in front of that screen and just opened its login page.
# When the account confirms logins with a passkey and the computer shows a number to tap.
approve-passkey-numbers = The number you tap asks for this phone's passkey: its fingerprint, face or PIN.
# When the account confirms logins with a passkey. “Log in” is the button decision-log-in.
approve-passkey-log-in = “Log in” asks for this phone's passkey: its fingerprint, face or PIN.
approve-passkey-needs-js = Confirming with a passkey needs JavaScript.
# Shown in bold at the start of approve-kiosk-note (as its $kiosk).
approve-kiosk-note-lead = This is a kiosk
# $kiosk: approve-kiosk-note-lead, shown in bold.
approve-kiosk-note = { $kiosk }, a shared screen: it signs out by itself when nobody touches it for a while.
# Checkbox label.
approve-keep-device = Keep this device signed in
# Checkbox label.
approve-keep-browser = Keep this browser signed in
# Under the checkbox approve-keep-device.
approve-keep-hint-device = Untick on a shared device: it signs out sooner when unused.
# Under the checkbox approve-keep-browser.
approve-keep-hint-browser = Untick on a shared computer: it signs out when the browser closes or sits unused.
# Number matching: the question (in bold) above three numbers to tap.
approve-match-question = Which number does the computer show?
# After approve-match-question.
approve-match-tap = Tap it to log in. Any other number refuses the login.
# At the most browsers an account may be logged in on: one must be logged out. $max: that most (2 or more).
approve-make-room = { $max ->
    [one] This account is logged in on { $max } browser, the most allowed. Log one out to make room:
   *[other] This account is logged in on { $max } browsers, the most allowed. Log one out to make room:
}
# A choice under approve-make-room. $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
approve-make-room-browser = { $browser } on { $os }, { $ip }
# The account must add a passkey before it can approve.
approve-passkey-missing = This site asks for a passkey at every login, and this account has none yet. Add one, then scan the code again.
# Button (link) to the passkeys page.
approve-add-passkey = Add a passkey

## Phone: the confirmation's live part (the buttons and the time left)

# Replaces the time left when the code has expired.
decision-expired = This code has expired: scan the new code on the computer's screen.
# Time left, counted down every second. $n: seconds.
decision-valid-for = { $n ->
    [one] Code valid for { $n } more second
   *[other] Code valid for { $n } more seconds
}
# Button: refuses the login (short).
decision-not-me = Not me
# Button: approves the login (short).
decision-log-in = Log in
# The button decision-log-in while its tap is answered (short).
decision-logging-in = Logging in…

## Phone: after the decision (/decided), and codes that cannot be decided on

# The browser tab's title after approving.
approve-done-title = Logged in
approve-done-heading = Done
approve-done-text = The computer is now logged in. You can put your phone away.
# The browser tab's title after refusing.
approve-declined-title = Declined
approve-declined-heading = Login declined
approve-declined-text = Nothing was logged in. If you did not try to log in, someone may have shown you their code: you can ignore it.
# Button (link) to the phone's account page.
approve-back-to-account = Back to your account
# Heading: the code was approved by this account already.
approve-already-approved = Already approved
approve-already-approved-text = That computer is logged in: you approved this code. You can put your phone away.
# Link to the list of logged-in computers.
approve-see-computers = See your logged-in computers
# Heading: the code was used already.
approve-already-used = This code was already used
approve-already-used-text = Each code works once. If the computer shows that it is signed in, there is nothing more to do. If it does not, scan the new code on its screen.
# Headings of what went wrong with a code.
approve-problem-invalid-qr = Not a login code
approve-problem-rate-limited = Too many tries
approve-problem-wrong-number = Wrong number: login refused
approve-problem-expired = This code has expired
approve-problem-session-limit = Too many logged-in browsers
approve-problem-unavailable = Cannot reach the server
approve-problem-other = Something went wrong
# Button (link) to the phone's scanner.
approve-scan-new-code = Scan the new code
# Link to /link, the form for typing a code.
approve-type-code-instead = Type a code instead
# Heading when the phone is not signed in.
approve-sign-in-heading = Sign in to approve
approve-sign-in-text = A computer wants to log in with your account. Sign in on this phone first: the code waits for you for a few minutes, and you come straight back to it.
# Button (link).
approve-sign-in = Sign in
# Link.
approve-create-account = Create an account

## What an app learns of the person (components/consent.rs): the phone's question, and the list of apps allowed

# What an app that asked for the profile learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-profile = your name and username
# What an app that asked for nothing more learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-id = an id for your account, nothing more
# On the phone the first time an app asks. $app: the app's name, shown in bold. $learns: consent-learns-profile or consent-learns-id. “Log in” is the button decision-log-in; “Linked devices” is the phone's page of that name.
consent-note = { $app } wants to know it is you: { $learns }. “Log in” allows it; you can withdraw it under Linked devices.

## The phone's notice of a new login (components/new_login_notice.rs)

# $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
notice-new-login = New login: { $browser } on { $os }, { $ip }

## Times in the reader's time zone (components/local_times.rs)

# Replaces the page's “Times are in UTC.” once the browser has shown every time in the reader's own time zone.
times-your-zone = Times are in your time zone.

## How long ago (components/ago.rs): on the phone's pages, like “Asked: 12 seconds ago”

# Under 5 seconds.
ago-now = just now
# $n: seconds (5 to 59).
ago-seconds = { $n ->
    [one] { $n } second ago
   *[other] { $n } seconds ago
}
# $n: minutes (1 to 59). English shortens “minutes” to “min”.
ago-minutes = { $n ->
    [one] { $n } min ago
   *[other] { $n } min ago
}
# $n: hours (1 to 47). English shortens “hours” to “h”.
ago-hours = { $n ->
    [one] { $n } h ago
   *[other] { $n } h ago
}
# $n: days (2 or more).
ago-days = { $n ->
    [one] { $n } day ago
   *[other] { $n } days ago
}

## Linked devices page (/devices, on the phone): the browsers this account is logged in on

# Page title (browser tab) and heading.
devices-title = Linked devices
devices-intro = Browsers you logged in by scanning a code. Log out any you do not recognise.

# Status lines shown after an action on this page.
devices-done-one = That browser is logged out.
devices-done-all = Every browser is logged out.
devices-done-renamed = Saved.
devices-done-withdrawn = That app is withdrawn: it is signed out, and will ask again.

devices-none = No browser is logged in with this account.

# Button that logs out every listed browser. $n is how many (at least 1).
devices-log-out-all = { $n ->
    [one] Log out the browser
   *[other] Log out all { $n } browsers
}
# Link that opens the confirmation for logging out every browser (ends with an ellipsis: it asks first). $n is how many (at least 1).
devices-log-out-all-ask = { $n ->
    [one] Log out the browser…
   *[other] Log out all { $n } browsers…
}
# Heading of that confirmation, as a question. $n is how many (at least 1).
devices-log-out-all-question = { $n ->
    [one] Log out the browser?
   *[other] Log out all { $n } browsers?
}
devices-log-out-all-text = Each is logged out at once, and its page goes back to a login code. Apps signed in through them are told too.
devices-cancel = Cancel

# What a browser is, as its name when it has none: e.g. "Firefox on Linux".
devices-kind = { $browser } on { $os }
# Small line under a browser that signed itself in with a passkey ("Use a passkey" on the computer): no phone approved it, and devices-came then names the passkey.
devices-came-passkey = Signed in with a passkey on the computer, without a scan.
# Small line under a browser's name. $ip: its IP address; $linked: when, an already-translated phrase such as "5 min ago" or "just now"; $phone: the name of the phone that approved it; $app: the name of the app (third-party website) it signed in to. $how picks the line: for an app, as a kiosk, both, or neither. Keep "·" as a separator.
devices-came = { $how ->
    [app] { $ip } · linked { $linked } by { $phone }, to sign in to { $app }
    [kiosk] { $ip } · linked { $linked } by { $phone }, as a kiosk
    [app-kiosk] { $ip } · linked { $linked } by { $phone }, to sign in to { $app }, as a kiosk
   *[other] { $ip } · linked { $linked } by { $phone }
}
# $ago: an already-translated phrase such as "5 min ago" or "just now".
devices-last-active = last active { $ago }
# Badge next to the browser the phone approved a moment ago.
devices-just-approved = You just approved this one
# Opens the field to rename a browser.
devices-rename = Rename
# Example name in the empty rename field.
devices-rename-placeholder = Office laptop
devices-save = Save
# Button, short.
devices-log-out = Log out
# Screen reader name of the "Log out" button of one browser. $name: the browser's name; $ip: its IP address; $linked: e.g. "5 min ago".
devices-log-out-label = Log out { $name }, { $ip }, linked { $linked }
# Screen reader name of the rename field of one browser. Same variables as above.
devices-rename-label = New name for { $name }, { $ip }, linked { $linked }

## Linked devices page: apps (third-party websites) this account allowed to know it

devices-apps-title = Apps you allowed
devices-apps-intro = They know it is you when you sign in to them. Withdraw one: it is signed out at once, and asks again next time.
# Small line under an app's name. $learns: an already-translated phrase of what it learns, e.g. "your name and username"; $allowed: e.g. "5 min ago". Keep "·" as a separator.
devices-app-came = knows { $learns } · allowed { $allowed }
# Button, short: takes back the app's permission.
devices-withdraw = Withdraw
# Screen reader name of the "Withdraw" button. $app: the app's name.
devices-withdraw-label = Withdraw { $app }

## Passkeys page (/passkeys, on the phone)

# Page title (browser tab) and heading.
passkeys-title = Passkeys
passkeys-intro = With a passkey, every login you approve asks for this phone's fingerprint, face or PIN: whoever holds your phone unlocked, or a copy of its sign-in, cannot approve one alone. A passkey also signs you in without your password.

# Status lines shown after an action on this page.
passkeys-done-added = Passkey added. Logins you approve now ask for it.
passkeys-done-removed = Passkey removed.

passkeys-none = This account has no passkey yet.
passkeys-none-required = This account has no passkey yet, and this site asks for one at every login: add one to approve logins.
# PUBLIC_URL is the name of a server setting: do not translate it.
passkeys-off = Passkeys are off on this server: they need the site to have a domain name, and its address (PUBLIC_URL) is an IP address.

# Small text after a passkey's name. $added and $used: already-translated phrases such as "5 min ago" or "just now".
passkeys-dates = added { $added }, last used { $used }
# Small text after the name of a passkey never used. $added: e.g. "5 min ago".
passkeys-dates-unused = added { $added }, not used yet
# Under a passkey added before passkeys were made to work without a username: it still approves logins, and may or may not sign in without a username (many do); adding it again makes sure.
passkeys-not-discoverable = It confirms logins. If it does not sign you in without a username, add it again.
# Label of the password field that removes one passkey. $name: the passkey's name.
passkeys-remove-label = Your password, to remove “{ $name }”
# Button, short.
passkeys-remove = Remove

# Heading of the form that adds a passkey.
passkeys-add-title = Add a passkey
# Button that submits that form.
passkeys-add = Add a passkey
# Label of the new passkey's name field.
passkeys-name = Name
# Example name in the empty name field.
passkeys-name-placeholder = This phone
passkeys-password = Password
passkeys-password-hint = Your password again: a phone left unlocked cannot add a passkey of its own.
passkeys-needs-js = Adding a passkey needs JavaScript.

## Errors, as a person reads them (app/src/components/sentences.rs). Also the
## `message` of the JSON API's errors, in the language the app asks for.

# A duration inside "try again in …" ($n is a number of seconds or minutes).
wait-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
wait-a-minute = a minute
wait-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}

# $later is either error-later-soon or error-later-in.
error-later-soon = in a little while
# $wait is a duration: "15 minutes".
error-later-in = in { $wait }

error-sign-in-mismatch = That username and password do not match. Check them and try again.
error-password-wrong = Your current password is not right. Nothing was changed.
error-passkeys-password-wrong = That password is not right. Nothing was changed.
error-recover-mismatch = That username and recovery code do not match, or the code was used already. Nothing was changed.
error-sign-in-first = Please sign in on this phone first.
# The computer's browser asked for its session, and has none (the JSON API).
error-browser-signed-out = This browser is not signed in. Log in again with your phone.
# The computer's browser sent a step that another tab or browser began (for example "Use a passkey" after the page's cookies were cleared).
error-browser-reload = This page is out of date: reload it and try again.
# $later: "in 15 minutes" or "in a little while".
error-sign-in-rate-limited = Too many attempts to sign in. For your safety, try again { $later }.
error-sign-up-rate-limited = Too many accounts were created from this network. Try again { $later }.
error-rate-limited = That was too many tries. Try again { $later }.
error-username-taken = Someone already uses that username. Choose another one.
error-sign-up-bad = A username has 3 to 32 letters, digits, dots, dashes or underscores, and a password has at least 8 characters.
error-new-password-bad = A new password has at least 8 characters. Nothing was changed.
error-passkey-bad = This account has this passkey already, or as many as it may have (10): remove one first. Nothing was changed.
error-bad-request = Something in that form was not filled in as it should be. Check it and try again.
error-invalid-qr = This link is not a login code of this site.
error-expired = This code has expired. The computer shows a new one by itself: scan that one.
error-already-used = This code was used already: it works once. If the computer is not signed in, scan the new code on its screen.
error-already-approved = You approved this code already: that computer is logged in. There is nothing more to do.
error-session-limit = This account is logged in on as many browsers as it may be. Choose one below to log out, then tap Log in again.
error-wrong-number = That is not the number on the computer's screen, so the login was refused and nothing was logged in. If you are at that computer, scan its new code and pick the number it shows.
error-passkey-needs-script = Adding a passkey needs JavaScript: turn it on for this site and try again.
error-passkey-required = This login needs your passkey and none was given, so nothing was approved. Tap Log in and confirm with your passkey (this needs JavaScript on).
error-passkey-sign-in-refused = The passkey did not sign you in: it may have been removed from your account, or added before passkeys worked without a username (add it again under Passkeys). Try again, or sign in with your password.
# The computer's "Use a passkey" did not sign it in.
error-passkey-browser-refused = This passkey did not sign you in: it may have been removed from your account, or the check on your device did not pass. Nothing changed. Try again, or scan the QR code with your phone.
error-passkey-add-refused = The passkey was not added: the phone did not confirm it. Nothing was changed. Try again.
error-passkey-refused = Your passkey did not confirm this login, so nothing was approved. Tap Log in to try again.
error-not-found = That is not there any more. It may have ended already.
error-unavailable = The service is busy or cannot be reached. Nothing was changed. Try again { $later }.
error-timeout = That took too long. Nothing was changed. Try again.
error-cross-site = That request did not come from this site's own page, so it was refused.
error-internal = Something went wrong on our side. Nothing was changed. Please try again.

## The pages' plain scripts (public/passkey/passkey.js, public/scan/scan.js).

# /passkeys, while the password is checked before the phone's prompt.
script-checking-password = Checking your password…
# /scan, once the camera runs.
script-scan-point = Point the camera at the QR code on the computer’s screen.
script-scan-found = Code found. Opening it…
# /scan: $site is the site's name.
script-scan-other-site = This code is not for { $site }. Scan the code on { $site }’s login page.

## A moment on the server's pages (the activity list), in UTC; with JavaScript
## the page rewrites it in the reader's time zone.

# $month is 1 to 12; $hour and $minute have two digits.
time-moment = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    } { $day }, { $year }, { $hour }:{ $minute } UTC
