## The language menu at the foot of every page.

# The label of the list of languages.
common-language = Sprache
# The menu's button (short).
common-language-change = Ändern

## Every page's frame (components/page.rs)

# The page's description for search engines and link previews. $site is the site's name.
page-description = { $site }: Melden Sie sich an einem Computer an, indem Sie einen Code mit dem Smartphone scannen, auf dem Sie angemeldet sind.

## Log in page (/login) and kiosk page (/kiosk) on the computer, as the server renders it

# The browser tab's title of /login.
login-title = Anmelden
# The browser tab's title of /kiosk (a tablet left on a wall or a desk that shows login codes).
login-kiosk-title = Kiosk
# Shown only when /login is opened on a phone. $link is the link login-on-a-phone-link.
login-on-a-phone = Sie sind auf einem Smartphone: { $link }. Diese Seite zeigt einen Code an, den ein Smartphone scannen kann.
# The link inside login-on-a-phone; it opens the phone's sign-in page.
login-on-a-phone-link = hier anmelden
# Above the code when an app (OpenID Connect) asked this site to sign someone in. $app is the app's name, shown in bold.
login-app-banner = Bei { $app } anmelden
# Button: gives up the app's sign-in and returns to the app. $app is the app's name.
login-app-cancel = Abbrechen und zurück zu { $app }
# Button or link after an error, to load a new code.
login-try-again = Erneut versuchen
# One line beside "Use a passkey", under the QR code. It explains the choice without turning people away from the QR code: a passkey (on the phone, reached by the browser over Bluetooth) only works when the phone is physically near this computer.
login-passkey-why = Passkey auf Ihrem Smartphone? Er funktioniert nur in der Nähe dieses Computers und ist damit die sicherste Art, sich an einem Bildschirm anzumelden, der Ihnen nicht gehört.
# Button: opens the browser's own passkey window (which can offer "use a phone or tablet").
login-passkey-use = Passkey verwenden
# Checkbox beside "Use a passkey". Unticked: this session only.
login-passkey-keep = Auf diesem Computer angemeldet bleiben
# Status while the browser's passkey window is open.
login-passkey-waiting = Bestätigen Sie im Passkey-Fenster Ihres Browsers. Für Ihr Smartphone wählen Sie dort „Smartphone oder Tablet verwenden“ und scannen den angezeigten Code.
# Status when the passkey window was closed or the check did not pass.
login-passkey-cancelled = Es wurde kein Passkey verwendet, daher hat sich nichts geändert. Versuchen Sie es erneut oder scannen Sie den QR-Code mit Ihrem Smartphone.
# Status just before the page moves on, signed in.
login-passkey-signed-in = Angemeldet. Einen Moment…
# Above "Use a passkey" when an app (OpenID Connect) is waiting. $app: the app's name, in bold; $learns: consent-learns-profile or consent-learns-id.
login-passkey-consent = { $app } möchte wissen, dass Sie es sind, und erhält dafür { $learns }. Die Anmeldung mit einem Passkey erlaubt das; Sie können es auf Ihrem Smartphone unter „Verknüpfte Geräte“ widerrufen.

## Log in page: the live part in the browser (code, steps, what the phone is doing)

login-offline = Sie sind offline. Sobald das Netzwerk wieder verfügbar ist, erscheint ein neuer Code.
# Under the signed-in view of a kiosk. $wait is a duration, already translated (for example “15 minutes”, “a minute”).
login-kiosk-idle = Dieser Kiosk meldet sich nach { $wait } ohne Berührung von selbst ab.
# Button over a faded code: the page stopped making codes to save power.
login-new-code-veiled = Für einen neuen Code klicken
# Button in place of the code. Also named at the end of login-signing-in-notice.
login-new-code = Neuen Code anzeigen
# The steps under the code, 1 of 3.
login-step-open = Öffnen Sie auf Ihrem Smartphone diese Website (oder unsere App) und melden Sie sich an.
# The steps under the code, 2 of 3.
login-step-scan = Scannen Sie den Code mit der Kamera oder geben Sie die Buchstaben darunter ein.
# The steps under the code, 3 of 3. $button is login-step-approve-button, shown in bold.
login-step-approve = Prüfen Sie die Angaben und tippen Sie auf { $button }.
# The name of the phone's button that approves a login: keep it identical to that button's label on the phone.
login-step-approve-button = Anmelden
login-newcomer = Noch kein Konto? Scannen Sie trotzdem: Ihr Smartphone hilft Ihnen, eines zu erstellen.
# What a screen reader says of the QR code image.
login-qr-label = QR-Code zur Anmeldung: Scannen Sie ihn mit der Kamera oder der App Ihres Smartphones
# Under the code. $page is the address to open on the phone (like example.com/link), $code is the 8-letter code (like BCDF-GHJK); both are shown in bold.
login-no-camera = Keine Kamera? Öffnen Sie auf Ihrem Smartphone { $page } und geben Sie { $code } ein

## Log in page: headings (which also name the browser tab) and the line under them

# A phone scanned the code. $who is the account's display name.
login-heading-check-phone = Sehen Sie auf Ihr Smartphone, { $who }
# A phone scanned the code (whose is not known).
login-heading-confirm = Bestätigen Sie auf Ihrem Smartphone
# $device is the phone's name (like “Pixel 8”).
login-scanned-tap = Auf { $device } gescannt. Tippen Sie dort auf „Anmelden“, um fortzufahren.
# $device is the phone's name (like “Pixel 8”). The number to tap is shown below this line.
login-scanned-number = Auf { $device } gescannt. Tippen Sie auf dem Smartphone auf diese Zahl, um sich anzumelden:
login-heading-signing-in = Jemand meldet sich auf seinem Smartphone an…
login-signing-in-notice = Dieser Code wartet einige Minuten auf diese Person. Nicht Sie? Zeigen Sie einen neuen Code an.
login-heading-finishing = Sie werden angemeldet…
login-heading-signing-out = Abmeldung läuft…
login-heading-denied = Anmeldung abgelehnt
login-denied-wrong-number = Auf dem Smartphone wurde eine andere Zahl gewählt. Es wurde nichts angemeldet.
login-denied-not-me = Auf dem Smartphone wurde „Das war ich nicht“ gewählt. Es wurde nichts angemeldet.
login-heading-paused = Pausiert, um Energie zu sparen
login-paused-notice = Einige Minuten lang hat niemand gescannt, daher erzeugt diese Seite keine Codes mehr.
login-heading-signed-out = Sie wurden abgemeldet
# $because is one of the login-signed-out-… sentences below (why the session ended).
login-signed-out-notice = { $because } Scannen Sie, um sich erneut anzumelden.
# Heading, and the browser tab's name, once signed in.
login-heading-signed-in = Angemeldet
login-heading-waiting = Mit dem Smartphone anmelden

## Log in page: why the session ended (shown in login-signed-out-notice)

login-signed-out-signed-out = In einem anderen Tab abgemeldet.
login-signed-out-phone-signed-out = Das Smartphone, über das Sie angemeldet wurden, hat sich abgemeldet.
login-signed-out-removed-by-phone = Ihr Smartphone hat diesen Browser abgemeldet.
login-signed-out-replaced = Eine neuere Anmeldung hat den Platz dieses Browsers eingenommen.
login-signed-out-password-changed = Das Passwort des Kontos wurde geändert.
login-signed-out-account-disabled = Dieses Konto wurde deaktiviert.
login-signed-out-expired = Dieser Browser wurde eine Weile nicht verwendet.
login-signed-out-other = Diese Sitzung wurde beendet.

## The countdown beside the login code (components/expiry_ring.rs)

# $n is the number of seconds left before the code on screen stops working.
expiry-left = { $n ->
    [one] Noch { $n } Sekunde gültig
   *[other] Noch { $n } Sekunden gültig
}

## Scan a code (/scan), on the phone

# The browser tab's title.
scan-title = Code scannen
scan-heading = Code des Computers scannen
# What a screen reader says of the camera's picture.
scan-video-label = Was die Kamera sieht
scan-starting = Kamera wird gestartet…
scan-no-script = Zum Scannen auf dieser Seite wird JavaScript benötigt. Scannen Sie mit der Kamera-App des Smartphones oder geben Sie stattdessen den Code ein.
scan-denied-heading = Kamera nicht erlaubt
scan-denied-text = Diese Seite darf die Kamera nicht verwenden. Erlauben Sie es in den Browsereinstellungen für diese Website und laden Sie die Seite neu, oder geben Sie die 8 Buchstaben ein, die der Computer unter seinem QR-Code anzeigt.
scan-none-heading = Keine Kamera gefunden
scan-none-text = Der Browser stellt dieser Seite keine Kamera zur Verfügung (eine Seite, die nicht über https geladen wird, erhält keine). Geben Sie stattdessen die 8 Buchstaben ein, die der Computer unter seinem QR-Code anzeigt.
# Button (a link) to the page where the code is typed.
scan-type-instead = Code stattdessen eingeben

## Home page (/)

# The browser tab's title.
home-title = Willkommen
home-heading = Mit dem Smartphone anmelden
home-intro = Melden Sie sich an diesem Computer an, indem Sie einen Code mit dem Smartphone scannen, auf dem Sie bereits angemeldet sind. Hier wird kein Passwort eingegeben.
# Button (a link) to /login.
home-login = An diesem Computer anmelden
# $signin is the link home-phone-signin, $signup the link home-phone-signup.
home-phone = Auf Ihrem Smartphone: { $signin } oder { $signup }, dann den Code scannen, den ein Computer anzeigt.
# Link inside home-phone.
home-phone-signin = anmelden
# Link inside home-phone.
home-phone-signup = ein Konto erstellen

## Page not found (any unknown address)

# The browser tab's title and the page's heading.
notfound-title = Seite nicht gefunden
notfound-text = Unter dieser Adresse gibt es keine Seite.
# Button (a link) to the home page.
notfound-home = Startseite
# Button (a link) to the phone's account page.
notfound-account = Ihr Konto

## What this site says when it cannot send a person back to an app that asked it to sign them in (OpenID Connect)
## Each pair: a heading (also the browser tab's title), then the text under it.

oidc-signed-out-title = Sie sind abgemeldet
oidc-signed-out-text = Die App hat Sie auch von dieser Website abgemeldet. Schließen Sie diesen Tab oder melden Sie sich über die App erneut an.
oidc-expired-title = Diese Anmeldung ist abgelaufen
oidc-expired-text = Die App hat sie vor mehr als 10 Minuten angefordert, oder sie wurde bereits verwendet. Kehren Sie zur App zurück und melden Sie sich erneut an.
oidc-unknown-client-title = Diese App ist hier nicht bekannt
oidc-unknown-client-text = Der Link, der Sie hierher geführt hat, nennt eine App, für die diese Website keine Anmeldungen durchführt. Es wurde nichts an sie gesendet. Informieren Sie den Betreiber der App.
oidc-bad-redirect-title = Dieser Anmeldelink ist fehlerhaft
oidc-bad-redirect-text = Die App wollte die Antwort an eine Adresse erhalten, die sie bei dieser Website nicht registriert hat, daher wurde nichts dorthin gesendet. Informieren Sie den Betreiber der App.
oidc-bad-logout-redirect-title = Dieser Abmeldelink ist fehlerhaft
oidc-bad-logout-redirect-text = Die App wollte zu einer Adresse zurückkehren, die sie bei dieser Website nicht registriert hat. Es wurde nichts geändert.
oidc-other-browser-title = Diese Anmeldung gehört zu einem anderen Browser
oidc-other-browser-text = Sie wurde in einem anderen Browser gestartet, der sie fortführt. An die App wurde nichts gesendet. Um sich hier anzumelden, kehren Sie in diesem Browser zur App zurück und beginnen Sie erneut.
oidc-logout-needs-hint-title = Es wurde nichts abgemeldet
# “Log out” here is the app's own button, whatever the app calls it.
oidc-logout-needs-hint-text = Die App hat nicht angegeben, welche Anmeldung beendet werden soll. Verwenden Sie zum Abmelden die Abmeldefunktion der App selbst oder die Liste der verknüpften Geräte auf Ihrem Smartphone.
oidc-confirm-logout-title = Diesen Browser abmelden?
oidc-confirm-logout-text = Eine App möchte Sie abmelden, mit einem alten Link, der eine frühere Anmeldung nennt. Diesen Browser auch von dieser Website abmelden?
oidc-still-signed-in-title = Sie sind weiterhin angemeldet
oidc-still-signed-in-text = Hier wurde nichts abgemeldet. Schließen Sie diesen Tab oder kehren Sie zur App zurück.
oidc-other-title = Etwas ist schiefgelaufen
oidc-other-text = Diese Seite hat nichts anzuzeigen. Kehren Sie zur App zurück und versuchen Sie es erneut.
# Button: answers oidc-confirm-logout-text.
oidc-log-out = Abmelden
# Button: answers oidc-confirm-logout-text.
oidc-stay = Angemeldet bleiben

## Sign in on the phone (/signin)

# Shown after the phone signed out and logged out the computers it had logged in.
phone-signed-out = Dieses Smartphone ist abgemeldet, ebenso alle Computer, die es angemeldet hatte.
# Shown after the phone signed out but kept its computers signed in. "Linked devices" is the menu's name for that page (nav-devices).
phone-signed-out-kept = Dieses Smartphone ist abgemeldet. Die Computer, die es angemeldet hat, bleiben angemeldet: Ein anderes Smartphone von Ihnen kann sie unter „Verknüpfte Geräte“ abmelden.
# Page title (browser tab).
phone-sign-in-title = Anmelden
phone-sign-in-heading = Auf diesem Smartphone anmelden
# $name is the display name of the account already signed in; the page shows it in bold.
phone-signed-in-already = Sie sind auf diesem Smartphone als { $name } angemeldet.
# Button. $name is the display name of the account already signed in.
phone-continue-as = Weiter als { $name }
phone-other-account = Um ein anderes Konto auf diesem Smartphone zu verwenden, melden Sie sich unten damit an.
phone-sign-in-code-waiting = Ein Computer wartet auf Sie: Nach der Anmeldung gelangen Sie direkt zurück zu seinem Code.
# Form field label (sign in, sign up, recover).
phone-username = Benutzername
# Form field label.
phone-password = Passwort
# Button.
phone-sign-in-button = Anmelden
# Link on the sign-in page, and the title and heading of the page it opens.
phone-forgot-password = Passwort vergessen?
# Shown above the passkey button.
phone-passkey-or = Oder mit einem Passkey auf diesem Smartphone:
# Button.
phone-passkey-sign-in = Mit Passkey anmelden
# $link is the link phone-create-one.
phone-no-account = Kein Konto? { $link }
# Link to the sign-up page.
phone-create-one = Konto erstellen

## Create an account (/signup)

# Page title (browser tab) and heading.
phone-sign-up-title = Konto erstellen
phone-sign-up-code-waiting = Ein Computer wartet auf Sie: Sobald Ihr Konto erstellt ist, gelangen Sie direkt zurück zu seinem Code.
# Hint under the username field.
phone-username-rule = 3 bis 32 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche.
# Form field label.
phone-display-name = Anzeigename
# Hint under the password field.
phone-password-rule = Mindestens 8 Zeichen.
# Button.
phone-sign-up-button = Konto erstellen
# $link is the link phone-sign-in-link.
phone-have-account = Schon ein Konto? { $link }
# Link to the sign-in page.
phone-sign-in-link = Anmelden

## The phone's home (/phone)

# Page title (browser tab).
phone-home-title = Ihr Konto
# Heading. $name is the account's display name.
phone-home-hello = Hallo, { $name }
phone-home-intro = Um sich an einem Computer anzumelden, öffnen Sie dessen Anmeldeseite und scannen Sie den Code: mit der Kamera-App dieses Smartphones oder hier.
# Button.
phone-home-scan = Code scannen
# Button: type the short code a computer shows.
phone-home-link = Mit Code verknüpfen
# $link is the link phone-home-recovery-link.
phone-home-recovery = { $link } · für ein vergessenes Passwort
# Link to the recovery codes page.
phone-home-recovery-link = Wiederherstellungscodes
# Button; the ellipsis says it asks first.
phone-home-sign-out = Auf diesem Smartphone abmelden…
# Shown when the phone is not signed in.
phone-home-not-signed-in = Melden Sie sich an, um mit diesem Smartphone Computer anzumelden.

## Forgot your password? (/recover)

phone-recover-intro = Geben Sie einen der Wiederherstellungscodes ein, die Sie beim Erstellen des Kontos gespeichert haben, und wählen Sie ein neues Passwort. Jeder Code funktioniert nur einmal.
# Form field label.
phone-recovery-code = Wiederherstellungscode
# Form field label.
phone-new-password = Neues Passwort
# Hint under the new password field.
phone-recover-rule = Mindestens 8 Zeichen. Ihre anderen Smartphones werden abgemeldet, wie nach jeder Passwortänderung, und dieses wird angemeldet.
# Button.
phone-recover-button = Neues Passwort festlegen
# Heading.
phone-recover-no-code = Kein Wiederherstellungscode?
# $account and $password are the menu's names of the account page and the password page (nav-account, nav-password).
phone-recover-no-code-help = Melden Sie sich mit einem Passkey an, falls dieses Smartphone einen für diese Website hat. Oder ändern Sie auf einem anderen Smartphone, das noch angemeldet ist, das Passwort unter „{ $account }“ und dann „{ $password }“.
# Link.
phone-back-to-sign-in = Zurück zur Anmeldung

## Recovery codes (/recovery)

# Page title (browser tab) and heading.
phone-recovery-title = Wiederherstellungscodes
# Heading, right after sign-up.
phone-recovery-save-heading = Speichern Sie Ihre Wiederherstellungscodes
# $forgot is the sign-in page's link phone-forgot-password, quoted.
phone-recovery-save-intro = Wenn Sie Ihr Passwort vergessen, können Sie mit einem dieser Codes ein neues festlegen: Wählen Sie auf der Anmeldeseite „{ $forgot }“. Jeder Code funktioniert nur einmal.
phone-recovery-shown-once = Sie werden nur jetzt angezeigt. Schreiben Sie sie auf oder bewahren Sie sie in einem Passwortmanager auf, nicht nur auf diesem Smartphone.
# Button.
phone-recovery-saved = Ich habe sie gespeichert: weiter
# Shown after a recovery code set a new password.
phone-recovered = Ihr neues Passwort ist festgelegt, und dieses Smartphone ist angemeldet. Ihre anderen Smartphones wurden abgemeldet.
# $n is how many recovery codes are still unused (0 to 10).
phone-recovery-left = { $n ->
    [0] Sie haben keinen unbenutzten Wiederherstellungscode mehr. Erstellen Sie jetzt neue.
    [one] Sie haben { $n } unbenutzten Wiederherstellungscode.
   *[other] Sie haben { $n } unbenutzte Wiederherstellungscodes.
}
# Button.
phone-recovery-new-button = Neue Codes erstellen
phone-recovery-replace = Neue Codes ersetzen die alten, ob benutzt oder nicht.
# Link back to where the person was.
phone-recovery-done = Fertig
phone-recovery-not-signed-in = Melden Sie sich an, um Ihre Wiederherstellungscodes zu sehen. Passwort vergessen? Verwenden Sie einen davon auf der Anmeldeseite.

## Sign out of this phone (/signout)

# Page title (browser tab).
phone-sign-out-title = Abmelden
# Heading.
phone-sign-out-heading = Auf diesem Smartphone abmelden?
# Link back to the phone's home.
phone-sign-out-cancel = Abbrechen
phone-sign-out-not-signed-in = Dieses Smartphone ist nicht angemeldet: Es gibt nichts abzumelden.
phone-sign-out-no-computer = Kein Computer, den dieses Smartphone angemeldet hat, ist noch angemeldet.
# Button.
phone-sign-out-button = Abmelden
# Above the list of computers. $n is how many (at least 1).
phone-sign-out-computers = { $n ->
    [one] Dieses Smartphone hat { $n } Computer angemeldet, der noch angemeldet ist:
   *[other] Dieses Smartphone hat { $n } Computer angemeldet, die noch angemeldet sind:
}
# One computer of the list: $browser and $os are names like "Chrome" and "Linux", $ip its network address.
phone-sign-out-computer = { $browser } unter { $os } · { $ip }
# Button. $n is how many computers (at least 1).
phone-sign-out-all = { $n ->
    [one] Smartphone und { $n } Computer abmelden
   *[other] Smartphone und { $n } Computer abmelden
}
# Button. $n is how many computers (at least 1); it is not shown.
phone-sign-out-keep = { $n ->
    [one] Smartphone abmelden, den Computer angemeldet lassen
   *[other] Smartphone abmelden, die Computer angemeldet lassen
}

## Activity (/activity)

# Page title (browser tab) and heading.
phone-activity-title = Aktivität
phone-activity-intro = Was mit diesem Konto geschehen ist, neueste Einträge zuerst.
# The page's script replaces it with “Times are in your time zone.” once it shows local times.
phone-activity-utc = Die Zeiten sind in UTC angegeben.
phone-activity-empty = Noch nichts.
# aria-label of the navigation between pages.
phone-activity-pages = Aktivitätsseiten
# Link to the page of more recent events.
phone-activity-newer = Neuer
# Link to the page of older events.
phone-activity-older = Älter
# $page is the page shown, $pages how many there are.
phone-activity-page = Seite { $page } von { $pages }
# An event's detail with the reason it ended: $detail is like "Chrome on Linux, 1.2.3.4", $reason one of the phone-reason-… messages.
phone-activity-detail = { $detail }: { $reason }

# What happened, one line each (short).
phone-event-created = Anmeldecode angezeigt
phone-event-scanned = Code gescannt
phone-event-approved = Neue Anmeldung bestätigt
phone-event-denied = Anmeldung abgelehnt
phone-event-expired = Code abgelaufen
phone-event-token-issued = Computer angemeldet
phone-event-revoked = Computer abgemeldet
phone-event-signed-in = Smartphone angemeldet
phone-event-failed-sign-in = Fehlgeschlagener Anmeldeversuch
phone-event-password-changed = Passwort geändert
phone-event-passkey-added = Passkey hinzugefügt
phone-event-passkey-removed = Passkey entfernt
phone-event-passkey-refused = Passkey hat die Anmeldung nicht bestätigt
phone-event-app-signed-in = Bei einer App angemeldet

# Why a computer was logged out (after "Computer logged out", inside phone-activity-detail).
phone-reason-removed-by-phone = von diesem Smartphone abgemeldet
phone-reason-signed-out = abgemeldet
phone-reason-account-disabled = das Konto wurde deaktiviert
phone-reason-replaced-by-new-login = hat Platz für eine neue Anmeldung gemacht
phone-reason-password-changed = das Passwort wurde geändert
phone-reason-expired = zu lange nicht verwendet
phone-reason-signed-out-by-app = eine App hat ihn abgemeldet
# How a phone signed in, or what failed (the activity list, after the device or the username).
phone-reason-passkey = mit einem Passkey
phone-reason-recovery-code = mit einem Wiederherstellungscode
phone-reason-passkey-refused = ein Passkey wurde abgelehnt

## Change password (/password)

# Page title (browser tab) and heading.
password-title = Passwort ändern
# Shown after the change.
password-changed = Passwort geändert. Ihre anderen Smartphones wurden abgemeldet und die Passkeys anderer Smartphones entfernt.
# Form field label.
password-current = Aktuelles Passwort
# Form field label.
password-new = Neues Passwort
# Hint under the new password field.
password-rule = Mindestens 8 Zeichen. Ihre anderen Smartphones werden abgemeldet, zusammen mit den Computern, die sie angemeldet haben, und nur die Passkeys dieses Smartphones bleiben erhalten.
# Button.
password-button = Passwort ändern

## Signed-in phones (/phones)

# Page title (browser tab) and heading.
phones-title = Angemeldete Smartphones
phones-intro = Alle Smartphones und Apps, die Anmeldungen für dieses Konto bestätigen können. Melden Sie jedes Gerät ab, das Sie nicht bei sich haben: Die Computer, die es angemeldet hat, werden ebenfalls abgemeldet, und die Passkeys, die es hinzugefügt hat, werden entfernt.
# Shown after another phone was signed out.
phones-done = Das Smartphone ist abgemeldet, zusammen mit den Computern, die es angemeldet hatte, und den Passkeys, die es hinzugefügt hat.
# Badge beside the phone being used (short).
phones-this-phone = dieses Smartphone
# Under a phone's name. $signed_in and $active are how long ago, like "5 min ago" or "just now" (ago-… messages).
phones-times = angemeldet { $signed_in } · zuletzt aktiv { $active }
# Button (short).
phones-sign-out = Abmelden
# Screen-reader label of that button. $name is the phone's name.
phones-sign-out-label = { $name } abmelden

## The phone's menu, on each page of the account

# aria-label of the menu.
nav-label = Ihr Konto
# Menu entries (short).
nav-account = Konto
nav-devices = Verknüpfte Geräte
nav-activity = Aktivität
nav-phones = Angemeldete Smartphones
nav-password = Passwort
nav-passkeys = Passkeys

## A phone page shown to a phone that is not signed in

# Heading.
nav-not-signed-in = Nicht angemeldet
# Button.
nav-sign-in = Anmelden

## The computer's page once the phone approved it (login page, live in the browser)

# Heading. $name is the account's display name, shown in its own style.
login-session-signed-in-as = Angemeldet als { $name }
login-session-approved = Ihr Smartphone hat diesen Browser bestätigt. Sie können ihn hier oder über das Smartphone abmelden.
# Button: go on to the page the site named.
login-session-continue = Weiter
# Button.
login-session-sign-out = Abmelden

## Network failures, said by the pages’ scripts (both islands)

# The server did not answer a call of the login page.
network-unreachable = Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung.
# The server did not answer a call of a page.
network-unreachable-retry = Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.

## Phone: link with a typed code (/link), the form the phone shows when it cannot scan

# The browser tab's title of /link, and the form's heading.
approve-link-title = Mit Code verknüpfen
approve-link-intro = Keine Kamera, oder das Scannen funktioniert nicht? Unter dem QR-Code zeigt der Computer einen Code aus 8 Buchstaben an. Geben Sie ihn hier ein.
# The label of the field where the code is typed.
approve-code-label = Code
# Under the code field.
approve-code-hint = 8 Buchstaben. Groß- und Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle.
# Button that sends the typed code. approve-check-code names it.
approve-continue = Weiter
# When another site sent the phone here with a code filled in: the person must check it before going on. “Continue” is the button approve-continue.
approve-check-code = Prüfen Sie, ob dies der Code auf dem Bildschirm des Computers vor Ihnen ist, und tippen Sie dann auf „Weiter“.
# What was typed has characters no code has. $letters: the letters codes use, as “B C D F …” (keep as is). $characters: those typed that are not among them, each quoted by approve-code-quoted, joined by commas. $count: how many there are.
approve-code-outside = { $count ->
    [one] Codes bestehen nur aus diesen Buchstaben: { $letters } (keine Vokale, keine Ziffern). { $characters } gehört nicht dazu: Sehen Sie noch einmal auf den Bildschirm des Computers.
   *[other] Codes bestehen nur aus diesen Buchstaben: { $letters } (keine Vokale, keine Ziffern). { $characters } gehören nicht dazu: Sehen Sie noch einmal auf den Bildschirm des Computers.
}
# One character that was typed, in quotation marks (use your language's). $character: the character.
approve-code-quoted = „{ $character }“
# What was typed does not have 8 letters. $count: how many it has. “BCDF-GHJK” is an example code: keep it as is.
approve-code-length = Ein Code hat 8 Buchstaben, z. B. BCDF-GHJK; Ihre Eingabe hat { $count }: Sehen Sie noch einmal auf den Bildschirm des Computers.
# A link was pasted, but not a link to a login code.
approve-code-no-code-in-link = Dieser Link enthält keinen Anmeldecode. Scannen Sie den QR-Code oder geben Sie die 8 Buchstaben darunter ein.
# A typed code that names no login now (a typo, or an old code). $code: the code as typed, like BCDF-GHJK.
approve-code-unknown = Derzeit gibt es keinen Anmeldecode { $code }: Prüfen Sie die Buchstaben auf dem Bildschirm des Computers. Der Code ändert sich jedes Mal, wenn der Computer einen neuen QR-Code anzeigt.

## Phone: the confirmation of a login (/l/…): who asks, and the decision

# The browser tab's title.
approve-title = Anmeldung bestätigen
# While the code is looked up.
approve-checking = Code wird geprüft…
# At the top. $site: this site's name, shown in bold.
approve-banner = Anmeldung bei { $site }
# At the top, when an app asks this site to sign someone in. $site: this site's name; $app: the app's name; both shown in bold.
approve-banner-app = Anmeldung bei { $site } für { $app }
# The heading: the question. A device is a terminal, a TV… signing in to an app.
approve-question-device = Auf diesem Gerät anmelden?
# The heading: the question. A kiosk is a shared screen (a tablet on a wall or a desk).
approve-question-kiosk = An diesem Kiosk anmelden?
# The heading: the question.
approve-question-computer = An diesem Computer anmelden?
# $name: the name of the account signed in on this phone, shown in bold.
approve-signed-in-as = Hier angemeldet als { $name }
# Labels of the list that describes who asks (short): the device's name.
approve-requester-device = Gerät
# Label: the browser that asks (Chrome, Firefox…).
approve-requester-browser = Browser
# Label: the operating system that asks (Windows, Android…).
approve-requester-system = System
# Label: the IP address that asks.
approve-requester-ip = IP-Adresse
# Label: how long ago it asked (the value is like “12 seconds ago”).
approve-requester-asked = Angefragt
# In bold, as a warning. $kind: device or computer.
approve-elsewhere = { $kind ->
    [device] Dieses Gerät ist in einem anderen Netzwerk als Ihr Smartphone.
   *[computer] Dieser Computer ist in einem anderen Netzwerk als Ihr Smartphone.
}
# After approve-elsewhere. “it” is the device or computer ($kind: device or computer). “Not me” is the button decision-not-me.
approve-elsewhere-advice = { $kind ->
    [device] Wenn Sie nicht selbst vor dem Gerät sind, hat Ihnen möglicherweise jemand seinen Code geschickt: Tippen Sie auf „Das war ich nicht“.
   *[computer] Wenn Sie nicht selbst vor dem Computer sind, hat Ihnen möglicherweise jemand seinen Code geschickt: Tippen Sie auf „Das war ich nicht“.
}
# Warning when a device (a terminal, a TV…) asks.
approve-warning-device = Fahren Sie nur fort, wenn Sie vor diesem Gerät sind und gerade dessen Anmeldung gestartet haben.
# Warning when a computer's browser asks.
approve-warning-screen = Fahren Sie nur fort, wenn Sie vor diesem Bildschirm sind und gerade dessen Anmeldeseite geöffnet haben.
# When the account confirms logins with a passkey and the computer shows a number to tap.
approve-passkey-numbers = Wenn Sie auf die Zahl tippen, wird der Passkey dieses Smartphones abgefragt: Fingerabdruck, Gesicht oder PIN.
# When the account confirms logins with a passkey. “Log in” is the button decision-log-in.
approve-passkey-log-in = „Anmelden“ fragt nach dem Passkey dieses Smartphones: Fingerabdruck, Gesicht oder PIN.
approve-passkey-needs-js = Die Bestätigung mit einem Passkey erfordert JavaScript.
# Shown in bold at the start of approve-kiosk-note (as its $kiosk).
approve-kiosk-note-lead = Dies ist ein Kiosk
# $kiosk: approve-kiosk-note-lead, shown in bold.
approve-kiosk-note = { $kiosk }, ein gemeinsam genutzter Bildschirm: Er meldet sich von selbst ab, wenn ihn eine Weile niemand berührt.
# Checkbox label.
approve-keep-device = Dieses Gerät angemeldet lassen
# Checkbox label.
approve-keep-browser = Diesen Browser angemeldet lassen
# Under the checkbox approve-keep-device.
approve-keep-hint-device = Auf einem gemeinsam genutzten Gerät deaktivieren: Es meldet sich dann früher ab, wenn es nicht genutzt wird.
# Under the checkbox approve-keep-browser.
approve-keep-hint-browser = Auf einem gemeinsam genutzten Computer deaktivieren: Er wird abgemeldet, wenn der Browser geschlossen oder nicht genutzt wird.
# Number matching: the question (in bold) above three numbers to tap.
approve-match-question = Welche Zahl zeigt der Computer an?
# After approve-match-question.
approve-match-tap = Tippen Sie darauf, um sich anzumelden. Jede andere Zahl lehnt die Anmeldung ab.
# At the most browsers an account may be logged in on: one must be logged out. $max: that most (2 or more).
approve-make-room = { $max ->
    [one] Dieses Konto ist in { $max } Browser angemeldet, mehr sind nicht erlaubt. Melden Sie einen ab, um Platz zu schaffen:
   *[other] Dieses Konto ist in { $max } Browsern angemeldet, mehr sind nicht erlaubt. Melden Sie einen ab, um Platz zu schaffen:
}
# A choice under approve-make-room. $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
approve-make-room-browser = { $browser } unter { $os }, { $ip }
# The account must add a passkey before it can approve.
approve-passkey-missing = Diese Website verlangt bei jeder Anmeldung einen Passkey, und dieses Konto hat noch keinen. Fügen Sie einen hinzu und scannen Sie den Code dann erneut.
# Button (link) to the passkeys page.
approve-add-passkey = Passkey hinzufügen

## Phone: the confirmation's live part (the buttons and the time left)

# Replaces the time left when the code has expired.
decision-expired = Dieser Code ist abgelaufen: Scannen Sie den neuen Code auf dem Bildschirm des Computers.
# Time left, counted down every second. $n: seconds.
decision-valid-for = { $n ->
    [one] Code noch { $n } Sekunde gültig
   *[other] Code noch { $n } Sekunden gültig
}
# Button: refuses the login (short).
decision-not-me = Das war ich nicht
# Button: approves the login (short).
decision-log-in = Anmelden
# The button decision-log-in while its tap is answered (short).
decision-logging-in = Anmeldung läuft…

## Phone: after the decision (/decided), and codes that cannot be decided on

# The browser tab's title after approving.
approve-done-title = Angemeldet
approve-done-heading = Fertig
approve-done-text = Der Computer ist jetzt angemeldet. Sie können Ihr Smartphone weglegen.
# The browser tab's title after refusing.
approve-declined-title = Abgelehnt
approve-declined-heading = Anmeldung abgelehnt
approve-declined-text = Es wurde nichts angemeldet. Wenn Sie nicht versucht haben, sich anzumelden, hat Ihnen vielleicht jemand seinen Code gezeigt: Sie können ihn ignorieren.
# Button (link) to the phone's account page.
approve-back-to-account = Zurück zu Ihrem Konto
# Heading: the code was approved by this account already.
approve-already-approved = Bereits bestätigt
approve-already-approved-text = Dieser Computer ist angemeldet: Sie haben diesen Code bestätigt. Sie können Ihr Smartphone weglegen.
# Link to the list of logged-in computers.
approve-see-computers = Ihre angemeldeten Computer ansehen
# Heading: the code was used already.
approve-already-used = Dieser Code wurde bereits verwendet
approve-already-used-text = Jeder Code funktioniert nur einmal. Wenn der Computer anzeigt, dass er angemeldet ist, müssen Sie nichts weiter tun. Wenn nicht, scannen Sie den neuen Code auf seinem Bildschirm.
# Headings of what went wrong with a code.
approve-problem-invalid-qr = Kein Anmeldecode
approve-problem-rate-limited = Zu viele Versuche
approve-problem-wrong-number = Falsche Zahl: Anmeldung abgelehnt
approve-problem-expired = Dieser Code ist abgelaufen
approve-problem-session-limit = Zu viele angemeldete Browser
approve-problem-unavailable = Server nicht erreichbar
approve-problem-other = Etwas ist schiefgelaufen
# Button (link) to the phone's scanner.
approve-scan-new-code = Neuen Code scannen
# Link to /link, the form for typing a code.
approve-type-code-instead = Stattdessen einen Code eingeben
# Heading when the phone is not signed in.
approve-sign-in-heading = Zum Bestätigen anmelden
approve-sign-in-text = Ein Computer möchte sich mit Ihrem Konto anmelden. Melden Sie sich zuerst auf diesem Smartphone an: Der Code wartet einige Minuten auf Sie, und Sie gelangen direkt zu ihm zurück.
# Button (link).
approve-sign-in = Anmelden
# Link.
approve-create-account = Konto erstellen

## What an app learns of the person (components/consent.rs): the phone's question, and the list of apps allowed

# What an app that asked for the profile learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-profile = Ihren Namen und Benutzernamen
# What an app that asked for nothing more learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-id = eine ID für Ihr Konto, sonst nichts
# On the phone the first time an app asks. $app: the app's name, shown in bold. $learns: consent-learns-profile or consent-learns-id. “Log in” is the button decision-log-in; “Linked devices” is the phone's page of that name.
consent-note = { $app } möchte wissen, dass Sie es sind, und erhält dafür { $learns }. „Anmelden“ erlaubt das; Sie können es unter „Verknüpfte Geräte“ widerrufen.

## The phone's notice of a new login (components/new_login_notice.rs)

# $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
notice-new-login = Neue Anmeldung: { $browser } unter { $os }, { $ip }

## Times in the reader's time zone (components/local_times.rs)

# Replaces the page's “Times are in UTC.” once the browser has shown every time in the reader's own time zone.
times-your-zone = Die Zeiten sind in Ihrer Zeitzone angegeben.

## How long ago (components/ago.rs): on the phone's pages, like “Asked: 12 seconds ago”

# Under 5 seconds.
ago-now = gerade eben
# $n: seconds (5 to 59).
ago-seconds = { $n ->
    [one] vor { $n } Sekunde
   *[other] vor { $n } Sekunden
}
# $n: minutes (1 to 59). English shortens “minutes” to “min”.
ago-minutes = { $n ->
    [one] vor { $n } Min.
   *[other] vor { $n } Min.
}
# $n: hours (1 to 47). English shortens “hours” to “h”.
ago-hours = { $n ->
    [one] vor { $n } Std.
   *[other] vor { $n } Std.
}
# $n: days (2 or more).
ago-days = { $n ->
    [one] vor { $n } Tag
   *[other] vor { $n } Tagen
}

## Linked devices page (/devices, on the phone): the browsers this account is logged in on

# Page title (browser tab) and heading.
devices-title = Verknüpfte Geräte
devices-intro = Browser, die Sie durch Scannen eines Codes angemeldet haben. Melden Sie alle ab, die Sie nicht wiedererkennen.

# Status lines shown after an action on this page.
devices-done-one = Der Browser ist abgemeldet.
devices-done-all = Alle Browser sind abgemeldet.
devices-done-renamed = Gespeichert.
devices-done-withdrawn = Die Erlaubnis für die App wurde widerrufen: Sie ist abgemeldet und fragt erneut nach.

devices-none = Mit diesem Konto ist kein Browser angemeldet.

# Button that logs out every listed browser. $n is how many (at least 1).
devices-log-out-all = { $n ->
    [one] Den Browser abmelden
   *[other] Alle { $n } Browser abmelden
}
# Link that opens the confirmation for logging out every browser (ends with an ellipsis: it asks first). $n is how many (at least 1).
devices-log-out-all-ask = { $n ->
    [one] Den Browser abmelden…
   *[other] Alle { $n } Browser abmelden…
}
# Heading of that confirmation, as a question. $n is how many (at least 1).
devices-log-out-all-question = { $n ->
    [one] Den Browser abmelden?
   *[other] Alle { $n } Browser abmelden?
}
devices-log-out-all-text = Jeder wird sofort abgemeldet, und seine Seite zeigt wieder einen Anmeldecode. Apps, bei denen Sie sich darüber angemeldet haben, werden ebenfalls benachrichtigt.
devices-cancel = Abbrechen

# What a browser is, as its name when it has none: e.g. "Firefox on Linux".
devices-kind = { $browser } unter { $os }
# Small line under a browser that signed itself in with a passkey ("Use a passkey" on the computer): no phone approved it, and devices-came then names the passkey.
devices-came-passkey = Am Computer mit einem Passkey angemeldet, ohne Scan.
# Small line under a browser's name. $ip: its IP address; $linked: when, an already-translated phrase such as "5 min ago" or "just now"; $phone: the name of the phone that approved it; $app: the name of the app (third-party website) it signed in to. $how picks the line: for an app, as a kiosk, both, or neither. Keep "·" as a separator.
devices-came = { $how ->
    [app] { $ip } · verknüpft { $linked } von { $phone }, zur Anmeldung bei { $app }
    [kiosk] { $ip } · verknüpft { $linked } von { $phone }, als Kiosk
    [app-kiosk] { $ip } · verknüpft { $linked } von { $phone }, zur Anmeldung bei { $app }, als Kiosk
   *[other] { $ip } · verknüpft { $linked } von { $phone }
}
# $ago: an already-translated phrase such as "5 min ago" or "just now".
devices-last-active = zuletzt aktiv { $ago }
# Badge next to the browser the phone approved a moment ago.
devices-just-approved = Gerade von Ihnen bestätigt
# Opens the field to rename a browser.
devices-rename = Umbenennen
# Example name in the empty rename field.
devices-rename-placeholder = Büro-Laptop
devices-save = Speichern
# Button, short.
devices-log-out = Abmelden
# Screen reader name of the "Log out" button of one browser. $name: the browser's name; $ip: its IP address; $linked: e.g. "5 min ago".
devices-log-out-label = { $name } abmelden, { $ip }, verknüpft { $linked }
# Screen reader name of the rename field of one browser. Same variables as above.
devices-rename-label = Neuer Name für { $name }, { $ip }, verknüpft { $linked }

## Linked devices page: apps (third-party websites) this account allowed to know it

devices-apps-title = Von Ihnen erlaubte Apps
devices-apps-intro = Diese Apps erkennen Sie, wenn Sie sich bei ihnen anmelden. Wenn Sie eine widerrufen, wird sie sofort abgemeldet und fragt beim nächsten Mal erneut nach.
# Small line under an app's name. $learns: an already-translated phrase of what it learns, e.g. "your name and username"; $allowed: e.g. "5 min ago". Keep "·" as a separator.
devices-app-came = kennt { $learns } · erlaubt { $allowed }
# Button, short: takes back the app's permission.
devices-withdraw = Widerrufen
# Screen reader name of the "Withdraw" button. $app: the app's name.
devices-withdraw-label = { $app } widerrufen

## Passkeys page (/passkeys, on the phone)

# Page title (browser tab) and heading.
passkeys-title = Passkeys
passkeys-intro = Mit einem Passkey fragt jede Anmeldung, die Sie bestätigen, nach dem Fingerabdruck, dem Gesicht oder der PIN dieses Smartphones: Wer Ihr entsperrtes Smartphone oder eine Kopie seiner Anmeldung hat, kann allein keine bestätigen. Ein Passkey meldet Sie außerdem ohne Passwort an.

# Status lines shown after an action on this page.
passkeys-done-added = Passkey hinzugefügt. Anmeldungen, die Sie bestätigen, fragen jetzt danach.
passkeys-done-removed = Passkey entfernt.

passkeys-none = Dieses Konto hat noch keinen Passkey.
passkeys-none-required = Dieses Konto hat noch keinen Passkey, und diese Website verlangt bei jeder Anmeldung einen: Fügen Sie einen hinzu, um Anmeldungen zu bestätigen.
# PUBLIC_URL is the name of a server setting: do not translate it.
passkeys-off = Passkeys sind auf diesem Server deaktiviert: Sie erfordern einen Domainnamen für die Website, und ihre Adresse (PUBLIC_URL) ist eine IP-Adresse.

# Small text after a passkey's name. $added and $used: already-translated phrases such as "5 min ago" or "just now".
passkeys-dates = hinzugefügt { $added }, zuletzt verwendet { $used }
# Small text after the name of a passkey never used. $added: e.g. "5 min ago".
passkeys-dates-unused = hinzugefügt { $added }, noch nicht verwendet
# Under a passkey added before passkeys were made to work without a username: it still approves logins, and may or may not sign in without a username (many do); adding it again makes sure.
passkeys-not-discoverable = Er bestätigt Anmeldungen. Wenn er Sie nicht ohne Benutzernamen anmeldet, fügen Sie ihn erneut hinzu.
# Label of the password field that removes one passkey. $name: the passkey's name.
passkeys-remove-label = Ihr Passwort, um „{ $name }“ zu entfernen
# Button, short.
passkeys-remove = Entfernen

# Heading of the form that adds a passkey.
passkeys-add-title = Passkey hinzufügen
# Button that submits that form.
passkeys-add = Passkey hinzufügen
# Label of the new passkey's name field.
passkeys-name = Name
# Example name in the empty name field.
passkeys-name-placeholder = Dieses Smartphone
passkeys-password = Passwort
passkeys-password-hint = Nochmals Ihr Passwort: Ein entsperrt liegen gelassenes Smartphone kann so nicht eigenmächtig einen Passkey hinzufügen.
passkeys-needs-js = Zum Hinzufügen eines Passkeys wird JavaScript benötigt.

## Errors, as a person reads them (app/src/components/sentences.rs). Also the
## `message` of the JSON API's errors, in the language the app asks for.

# A duration inside "try again in …" ($n is a number of seconds or minutes).
wait-seconds = { $n ->
    [one] { $n } Sekunde
   *[other] { $n } Sekunden
}
wait-a-minute = einer Minute
wait-minutes = { $n ->
    [one] { $n } Minute
   *[other] { $n } Minuten
}

# $later is either error-later-soon or error-later-in.
error-later-soon = in Kürze
# $wait is a duration: "15 minutes".
error-later-in = in { $wait }

error-sign-in-mismatch = Benutzername und Passwort passen nicht zusammen. Prüfen Sie sie und versuchen Sie es erneut.
error-password-wrong = Ihr aktuelles Passwort ist nicht korrekt. Es wurde nichts geändert.
error-passkeys-password-wrong = Dieses Passwort ist nicht korrekt. Es wurde nichts geändert.
error-recover-mismatch = Benutzername und Wiederherstellungscode passen nicht zusammen, oder der Code wurde bereits verwendet. Es wurde nichts geändert.
error-sign-in-first = Bitte melden Sie sich zuerst auf diesem Smartphone an.
# The computer's browser asked for its session, and has none (the JSON API).
error-browser-signed-out = Dieser Browser ist nicht angemeldet. Melden Sie sich erneut mit Ihrem Smartphone an.
# The computer's browser sent a step that another tab or browser began (for example "Use a passkey" after the page's cookies were cleared).
error-browser-reload = Diese Seite ist veraltet: Laden Sie sie neu und versuchen Sie es erneut.
# $later: "in 15 minutes" or "in a little while".
error-sign-in-rate-limited = Zu viele Anmeldeversuche. Versuchen Sie es zu Ihrer Sicherheit { $later } erneut.
error-sign-up-rate-limited = Aus diesem Netzwerk wurden zu viele Konten erstellt. Versuchen Sie es { $later } erneut.
error-rate-limited = Das waren zu viele Versuche. Versuchen Sie es { $later } erneut.
error-username-taken = Dieser Benutzername ist bereits vergeben. Wählen Sie einen anderen.
error-sign-up-bad = Ein Benutzername besteht aus 3 bis 32 Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen, und ein Passwort hat mindestens 8 Zeichen.
error-new-password-bad = Ein neues Passwort muss mindestens 8 Zeichen haben. Es wurde nichts geändert.
error-passkey-bad = Dieses Konto hat diesen Passkey bereits oder schon so viele, wie erlaubt sind (10): Entfernen Sie zuerst einen. Es wurde nichts geändert.
error-bad-request = Etwas in diesem Formular wurde nicht richtig ausgefüllt. Prüfen Sie es und versuchen Sie es erneut.
error-invalid-qr = Dieser Link ist kein Anmeldecode dieser Website.
error-expired = Dieser Code ist abgelaufen. Der Computer zeigt von selbst einen neuen an: Scannen Sie diesen.
error-already-used = Dieser Code wurde bereits verwendet: Er funktioniert nur einmal. Wenn der Computer nicht angemeldet ist, scannen Sie den neuen Code auf seinem Bildschirm.
error-already-approved = Sie haben diesen Code bereits bestätigt: Der Computer ist angemeldet. Sie müssen nichts weiter tun.
error-session-limit = Dieses Konto ist bereits in so vielen Browsern angemeldet wie erlaubt. Wählen Sie unten einen zum Abmelden aus und tippen Sie dann erneut auf „Anmelden“.
error-wrong-number = Das ist nicht die Zahl auf dem Bildschirm des Computers, daher wurde die Anmeldung abgelehnt und nichts angemeldet. Wenn Sie an diesem Computer sind, scannen Sie seinen neuen Code und wählen Sie die Zahl, die er anzeigt.
error-passkey-needs-script = Zum Hinzufügen eines Passkeys wird JavaScript benötigt: Aktivieren Sie es für diese Website und versuchen Sie es erneut.
error-passkey-required = Diese Anmeldung erfordert Ihren Passkey, aber es wurde keiner angegeben, daher wurde nichts bestätigt. Tippen Sie auf „Anmelden“ und bestätigen Sie mit Ihrem Passkey (dafür muss JavaScript aktiviert sein).
error-passkey-sign-in-refused = Der Passkey hat Sie nicht angemeldet: Möglicherweise wurde er aus Ihrem Konto entfernt, oder er wurde hinzugefügt, bevor Passkeys ohne Benutzernamen funktionierten (fügen Sie ihn unter „Passkeys“ erneut hinzu). Versuchen Sie es erneut oder melden Sie sich mit Ihrem Passwort an.
# The computer's "Use a passkey" did not sign it in.
error-passkey-browser-refused = Dieser Passkey hat Sie nicht angemeldet: Möglicherweise wurde er aus Ihrem Konto entfernt, oder die Prüfung auf Ihrem Gerät ist fehlgeschlagen. Es wurde nichts geändert. Versuchen Sie es erneut oder scannen Sie den QR-Code mit Ihrem Smartphone.
error-passkey-add-refused = Der Passkey wurde nicht hinzugefügt: Das Smartphone hat ihn nicht bestätigt. Es wurde nichts geändert. Versuchen Sie es erneut.
error-passkey-refused = Ihr Passkey hat diese Anmeldung nicht bestätigt, daher wurde nichts bestätigt. Tippen Sie auf „Anmelden“, um es erneut zu versuchen.
error-not-found = Das ist nicht mehr vorhanden. Möglicherweise wurde es bereits beendet.
error-unavailable = Der Dienst ist ausgelastet oder nicht erreichbar. Es wurde nichts geändert. Versuchen Sie es { $later } erneut.
error-timeout = Das hat zu lange gedauert. Es wurde nichts geändert. Versuchen Sie es erneut.
error-cross-site = Diese Anfrage kam nicht von einer Seite dieser Website und wurde daher abgelehnt.
error-internal = Bei uns ist etwas schiefgelaufen. Es wurde nichts geändert. Bitte versuchen Sie es erneut.

## The pages' plain scripts (public/passkey/passkey.js, public/scan/scan.js).

# /passkeys, while the password is checked before the phone's prompt.
script-checking-password = Passwort wird geprüft…
# /scan, once the camera runs.
script-scan-point = Richten Sie die Kamera auf den QR-Code auf dem Bildschirm des Computers.
script-scan-found = Code gefunden. Wird geöffnet…
# /scan: $site is the site's name.
script-scan-other-site = Dieser Code ist nicht für { $site }. Scannen Sie den Code auf der Anmeldeseite von { $site }.

## A moment on the server's pages (the activity list), in UTC; with JavaScript
## the page rewrites it in the reader's time zone.

# $month is 1 to 12; $hour and $minute have two digits.
time-moment = { $day }. { $month ->
        [1] Jan.
        [2] Feb.
        [3] März
        [4] Apr.
        [5] Mai
        [6] Juni
        [7] Juli
        [8] Aug.
        [9] Sept.
        [10] Okt.
        [11] Nov.
       *[12] Dez.
    } { $year }, { $hour }:{ $minute } UTC
