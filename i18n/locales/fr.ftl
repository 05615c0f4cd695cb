## The language menu at the foot of every page.

# The label of the list of languages.
common-language = Langue
# The menu's button (short).
common-language-change = Changer

## Every page's frame (components/page.rs)

# The page's description for search engines and link previews. $site is the site's name.
page-description = { $site } : connectez-vous sur un ordinateur en scannant un code avec le téléphone sur lequel vous êtes connecté.

## Log in page (/login) and kiosk page (/kiosk) on the computer, as the server renders it

# The browser tab's title of /login.
login-title = Connexion
# The browser tab's title of /kiosk (a tablet left on a wall or a desk that shows login codes).
login-kiosk-title = Kiosque
# Shown only when /login is opened on a phone. $link is the link login-on-a-phone-link.
login-on-a-phone = Vous êtes sur un téléphone : { $link }. Cette page affiche un code à scanner avec un téléphone.
# The link inside login-on-a-phone; it opens the phone's sign-in page.
login-on-a-phone-link = connectez-vous ici
# Above the code when an app (OpenID Connect) asked this site to sign someone in. $app is the app's name, shown in bold.
login-app-banner = Se connecter à { $app }
# Button: gives up the app's sign-in and returns to the app. $app is the app's name.
login-app-cancel = Annuler et revenir à { $app }
# Button or link after an error, to load a new code.
login-try-again = Réessayer
# One line beside "Use a passkey", under the QR code. It explains the choice without turning people away from the QR code: a passkey (on the phone, reached by the browser over Bluetooth) only works when the phone is physically near this computer.
login-passkey-why = Une clé d’accès sur votre téléphone ? Elle ne fonctionne qu’à proximité de cet ordinateur : c’est donc le moyen le plus sûr de vous connecter sur un écran qui n’est pas le vôtre.
# Button: opens the browser's own passkey window (which can offer "use a phone or tablet").
login-passkey-use = Utiliser une clé d’accès
# Checkbox beside "Use a passkey". Unticked: this session only.
login-passkey-keep = Rester connecté sur cet ordinateur
# Status while the browser's passkey window is open.
login-passkey-waiting = Confirmez dans la fenêtre de clé d’accès de votre navigateur. Pour utiliser votre téléphone, choisissez-y « Utiliser un téléphone ou une tablette » et scannez le code affiché.
# Status when the passkey window was closed or the check did not pass.
login-passkey-cancelled = Aucune clé d’accès n’a été utilisée : rien n’a changé. Réessayez, ou scannez le code QR avec votre téléphone.
# Status just before the page moves on, signed in.
login-passkey-signed-in = Connecté. Un instant…
# Above "Use a passkey" when an app (OpenID Connect) is waiting. $app: the app's name, in bold; $learns: consent-learns-profile or consent-learns-id.
login-passkey-consent = { $app } veut savoir que c’est bien vous : { $learns }. La connexion avec une clé d’accès l’y autorise ; vous pouvez retirer cette autorisation dans Appareils connectés, sur votre téléphone.

## Log in page: the live part in the browser (code, steps, what the phone is doing)

login-offline = Vous êtes hors ligne. Un nouveau code s’affichera dès le retour du réseau.
# Under the signed-in view of a kiosk. $wait is a duration, already translated (for example “15 minutes”, “a minute”).
login-kiosk-idle = Ce kiosque se déconnecte tout seul si personne ne le touche pendant { $wait }.
# Button over a faded code: the page stopped making codes to save power.
login-new-code-veiled = Cliquer pour un nouveau code
# Button in place of the code. Also named at the end of login-signing-in-notice.
login-new-code = Afficher un nouveau code
# The steps under the code, 1 of 3.
login-step-open = Sur votre téléphone, ouvrez ce site (ou notre application) et connectez-vous.
# The steps under the code, 2 of 3.
login-step-scan = Scannez le code avec l’appareil photo, ou saisissez les lettres affichées dessous.
# The steps under the code, 3 of 3. $button is login-step-approve-button, shown in bold.
login-step-approve = Vérifiez les informations et appuyez sur { $button }.
# The name of the phone's button that approves a login: keep it identical to that button's label on the phone.
login-step-approve-button = Se connecter
login-newcomer = Pas encore de compte ? Scannez quand même : votre téléphone vous aidera à en créer un.
# What a screen reader says of the QR code image.
login-qr-label = Code QR de connexion : scannez-le avec l’appareil photo ou l’application de votre téléphone
# Under the code. $page is the address to open on the phone (like example.com/link), $code is the 8-letter code (like BCDF-GHJK); both are shown in bold.
login-no-camera = Pas d’appareil photo ? Sur votre téléphone, ouvrez { $page } et saisissez { $code }

## Log in page: headings (which also name the browser tab) and the line under them

# A phone scanned the code. $who is the account's display name.
login-heading-check-phone = Regardez votre téléphone, { $who }
# A phone scanned the code (whose is not known).
login-heading-confirm = Approuvez sur votre téléphone
# $device is the phone's name (like “Pixel 8”).
login-scanned-tap = Scanné sur { $device }. Appuyez sur « Se connecter » sur ce téléphone pour continuer.
# $device is the phone's name (like “Pixel 8”). The number to tap is shown below this line.
login-scanned-number = Scanné sur { $device }. Sur le téléphone, appuyez sur ce numéro pour vous connecter :
login-heading-signing-in = Quelqu’un se connecte sur son téléphone…
login-signing-in-notice = Ce code attend cette personne pendant quelques minutes. Ce n’est pas vous ? Affichez un nouveau code.
login-heading-finishing = Connexion en cours…
login-heading-signing-out = Déconnexion…
login-heading-denied = Connexion refusée
login-denied-wrong-number = Le téléphone a choisi un autre numéro. Aucune connexion n’a eu lieu.
login-denied-not-me = Le téléphone a répondu « Ce n’est pas moi ». Aucune connexion n’a eu lieu.
login-heading-paused = En pause pour économiser l’énergie
login-paused-notice = Personne n’a scanné depuis quelques minutes : cette page a donc arrêté de générer des codes.
login-heading-signed-out = Vous avez été déconnecté
# $because is one of the login-signed-out-… sentences below (why the session ended).
login-signed-out-notice = { $because } Scannez pour vous reconnecter.
# Heading, and the browser tab's name, once signed in.
login-heading-signed-in = Connecté
login-heading-waiting = Connectez-vous avec votre téléphone

## Log in page: why the session ended (shown in login-signed-out-notice)

login-signed-out-signed-out = Déconnecté dans un autre onglet.
login-signed-out-phone-signed-out = Le téléphone qui vous a connecté s’est déconnecté.
login-signed-out-removed-by-phone = Votre téléphone a déconnecté ce navigateur.
login-signed-out-replaced = Une connexion plus récente a pris la place de ce navigateur.
login-signed-out-password-changed = Le mot de passe du compte a été modifié.
login-signed-out-account-disabled = Ce compte a été désactivé.
login-signed-out-expired = Personne n’a utilisé ce navigateur depuis un moment.
login-signed-out-other = Cette session est terminée.

## The countdown beside the login code (components/expiry_ring.rs)

# $n is the number of seconds left before the code on screen stops working.
expiry-left = { $n ->
    [one] Valable encore { $n } seconde
   *[other] Valable encore { $n } secondes
}

## Scan a code (/scan), on the phone

# The browser tab's title.
scan-title = Scanner un code
scan-heading = Scannez le code de l’ordinateur
# What a screen reader says of the camera's picture.
scan-video-label = Ce que voit l’appareil photo
scan-starting = Démarrage de l’appareil photo…
scan-no-script = Pour scanner ici, JavaScript est nécessaire. Scannez avec l’application appareil photo du téléphone, ou saisissez plutôt le code.
scan-denied-heading = L’appareil photo n’est pas autorisé
scan-denied-text = Cette page n’a pas le droit d’utiliser l’appareil photo. Autorisez-le dans les paramètres du navigateur pour ce site, puis rechargez la page, ou saisissez les 8 lettres que l’ordinateur affiche sous son code QR.
scan-none-heading = Aucun appareil photo trouvé
scan-none-text = Le navigateur ne donne accès à aucun appareil photo pour cette page (une page qui n’est pas en https n’y a jamais accès). Saisissez plutôt les 8 lettres que l’ordinateur affiche sous son code QR.
# Button (a link) to the page where the code is typed.
scan-type-instead = Saisir le code à la place

## Home page (/)

# The browser tab's title.
home-title = Bienvenue
home-heading = Connectez-vous avec votre téléphone
home-intro = Connectez-vous sur cet ordinateur en scannant un code avec le téléphone sur lequel vous êtes déjà connecté. Aucun mot de passe à saisir ici.
# Button (a link) to /login.
home-login = Se connecter sur cet ordinateur
# $signin is the link home-phone-signin, $signup the link home-phone-signup.
home-phone = Sur votre téléphone : { $signin } ou { $signup }, puis scannez le code affiché par un ordinateur.
# Link inside home-phone.
home-phone-signin = connectez-vous
# Link inside home-phone.
home-phone-signup = créez un compte

## Page not found (any unknown address)

# The browser tab's title and the page's heading.
notfound-title = Page introuvable
notfound-text = Il n’y a aucune page à cette adresse.
# Button (a link) to the home page.
notfound-home = Accueil
# Button (a link) to the phone's account page.
notfound-account = Votre compte

## What this site says when it cannot send a person back to an app that asked it to sign them in (OpenID Connect)
## Each pair: a heading (also the browser tab's title), then the text under it.

oidc-signed-out-title = Vous êtes déconnecté
oidc-signed-out-text = L’application vous a aussi déconnecté de ce site. Fermez cet onglet, ou reconnectez-vous depuis l’application.
oidc-expired-title = Cette connexion a expiré
oidc-expired-text = L’application l’a demandée il y a plus de 10 minutes, ou elle a déjà été utilisée. Revenez à l’application et reconnectez-vous.
oidc-unknown-client-title = Cette application est inconnue ici
oidc-unknown-client-text = Le lien qui vous a mené ici désigne une application pour laquelle ce site n’assure pas la connexion. Rien ne lui a été envoyé. Prévenez le propriétaire de l’application.
oidc-bad-redirect-title = Ce lien de connexion n’est pas correct
oidc-bad-redirect-text = L’application a demandé une réponse à une adresse qu’elle n’a pas enregistrée auprès de ce site : rien n’y a donc été envoyé. Prévenez le propriétaire de l’application.
oidc-bad-logout-redirect-title = Ce lien de déconnexion n’est pas correct
oidc-bad-logout-redirect-text = L’application a demandé à revenir à une adresse qu’elle n’a pas enregistrée auprès de ce site. Rien n’a été modifié.
oidc-other-browser-title = Cette connexion appartient à un autre navigateur
oidc-other-browser-text = Elle a été commencée dans un autre navigateur, qui la poursuit. Rien n’a été envoyé à l’application. Pour vous connecter ici, revenez à l’application dans ce navigateur et recommencez.
oidc-logout-needs-hint-title = Aucune déconnexion n’a eu lieu
# “Log out” here is the app's own button, whatever the app calls it.
oidc-logout-needs-hint-text = L’application n’a pas indiqué quelle connexion terminer. Pour vous déconnecter, utilisez la déconnexion propre à l’application, ou la liste « Appareils connectés » de votre téléphone.
oidc-confirm-logout-title = Déconnecter ce navigateur ?
oidc-confirm-logout-text = Une application a demandé à vous déconnecter, avec un ancien lien qui désigne une connexion antérieure. Déconnecter aussi ce navigateur de ce site ?
oidc-still-signed-in-title = Vous êtes toujours connecté
oidc-still-signed-in-text = Aucune déconnexion n’a eu lieu ici. Fermez cet onglet, ou revenez à l’application.
oidc-other-title = Un problème est survenu
oidc-other-text = Cette page n’a rien à afficher. Revenez à l’application et réessayez.
# Button: answers oidc-confirm-logout-text.
oidc-log-out = Déconnecter
# Button: answers oidc-confirm-logout-text.
oidc-stay = Rester connecté

## Sign in on the phone (/signin)

# Shown after the phone signed out and logged out the computers it had logged in.
phone-signed-out = Ce téléphone est déconnecté, ainsi que tous les ordinateurs qu’il avait connectés.
# Shown after the phone signed out but kept its computers signed in. "Linked devices" is the menu's name for that page (nav-devices).
phone-signed-out-kept = Ce téléphone est déconnecté. Les ordinateurs qu’il a connectés restent connectés : un autre de vos téléphones peut les déconnecter dans Appareils connectés.
# Page title (browser tab).
phone-sign-in-title = Connexion
phone-sign-in-heading = Connectez-vous sur ce téléphone
# $name is the display name of the account already signed in; the page shows it in bold.
phone-signed-in-already = Vous êtes connecté sur ce téléphone en tant que { $name }.
# Button. $name is the display name of the account already signed in.
phone-continue-as = Continuer en tant que { $name }
phone-other-account = Pour utiliser un autre compte sur ce téléphone, connectez-vous avec ce compte ci-dessous.
phone-sign-in-code-waiting = Un ordinateur vous attend : une fois connecté, vous revenez directement à son code.
# Form field label (sign in, sign up, recover).
phone-username = Nom d’utilisateur
# Form field label.
phone-password = Mot de passe
# Button.
phone-sign-in-button = Se connecter
# Link on the sign-in page, and the title and heading of the page it opens.
phone-forgot-password = Mot de passe oublié ?
# Shown above the passkey button.
phone-passkey-or = Ou, avec une clé d’accès sur ce téléphone :
# Button.
phone-passkey-sign-in = Se connecter avec une clé d’accès
# $link is the link phone-create-one.
phone-no-account = Pas de compte ? { $link }
# Link to the sign-up page.
phone-create-one = Créer un compte

## Create an account (/signup)

# Page title (browser tab) and heading.
phone-sign-up-title = Créer un compte
phone-sign-up-code-waiting = Un ordinateur vous attend : une fois votre compte créé, vous revenez directement à son code.
# Hint under the username field.
phone-username-rule = De 3 à 32 lettres, chiffres, points, tirets ou traits de soulignement.
# Form field label.
phone-display-name = Nom affiché
# Hint under the password field.
phone-password-rule = Au moins 8 caractères.
# Button.
phone-sign-up-button = Créer un compte
# $link is the link phone-sign-in-link.
phone-have-account = Vous avez déjà un compte ? { $link }
# Link to the sign-in page.
phone-sign-in-link = Se connecter

## The phone's home (/phone)

# Page title (browser tab).
phone-home-title = Votre compte
# Heading. $name is the account's display name.
phone-home-hello = Bonjour, { $name }
phone-home-intro = Pour vous connecter sur un ordinateur, ouvrez sa page de connexion et scannez son code : avec l’application appareil photo de ce téléphone, ou ici.
# Button.
phone-home-scan = Scanner un code
# Button: type the short code a computer shows.
phone-home-link = Connecter avec un code
# $link is the link phone-home-recovery-link.
phone-home-recovery = { $link } · en cas de mot de passe oublié
# Link to the recovery codes page.
phone-home-recovery-link = Codes de récupération
# Button; the ellipsis says it asks first.
phone-home-sign-out = Se déconnecter de ce téléphone…
# Shown when the phone is not signed in.
phone-home-not-signed-in = Connectez-vous pour connecter des ordinateurs avec ce téléphone.

## Forgot your password? (/recover)

phone-recover-intro = Saisissez l’un des codes de récupération enregistrés lors de la création du compte, et choisissez un nouveau mot de passe. Chaque code ne fonctionne qu’une fois.
# Form field label.
phone-recovery-code = Code de récupération
# Form field label.
phone-new-password = Nouveau mot de passe
# Hint under the new password field.
phone-recover-rule = Au moins 8 caractères. Vos autres téléphones sont déconnectés, comme après tout changement de mot de passe, et celui-ci est connecté.
# Button.
phone-recover-button = Définir le nouveau mot de passe
# Heading.
phone-recover-no-code = Pas de code de récupération ?
# $account and $password are the menu's names of the account page and the password page (nav-account, nav-password).
phone-recover-no-code-help = Connectez-vous avec une clé d’accès, si ce téléphone en a une pour ce site. Ou, sur un autre téléphone encore connecté, changez le mot de passe dans { $account }, puis { $password }.
# Link.
phone-back-to-sign-in = Retour à la connexion

## Recovery codes (/recovery)

# Page title (browser tab) and heading.
phone-recovery-title = Codes de récupération
# Heading, right after sign-up.
phone-recovery-save-heading = Enregistrez vos codes de récupération
# $forgot is the sign-in page's link phone-forgot-password, quoted.
phone-recovery-save-intro = Si vous oubliez votre mot de passe, l’un de ces codes vous permet d’en définir un nouveau : sur la page de connexion, choisissez « { $forgot } ». Chacun ne fonctionne qu’une fois.
phone-recovery-shown-once = Ils ne sont affichés que maintenant. Notez-les ou conservez-les dans un gestionnaire de mots de passe, pas uniquement sur ce téléphone.
# Button.
phone-recovery-saved = Je les ai enregistrés : continuer
# Shown after a recovery code set a new password.
phone-recovered = Votre nouveau mot de passe est défini, et ce téléphone est connecté. Vos autres téléphones ont été déconnectés.
# $n is how many recovery codes are still unused (0 to 10).
phone-recovery-left = { $n ->
    [0] Il ne vous reste aucun code de récupération inutilisé. Créez-en de nouveaux maintenant.
    [one] Il vous reste { $n } code de récupération inutilisé.
   *[other] Il vous reste { $n } codes de récupération inutilisés.
}
# Button.
phone-recovery-new-button = Créer de nouveaux codes
phone-recovery-replace = Les nouveaux codes remplacent les anciens, utilisés ou non.
# Link back to where the person was.
phone-recovery-done = Terminé
phone-recovery-not-signed-in = Connectez-vous pour voir vos codes de récupération. Mot de passe oublié ? Utilisez l’un d’eux sur la page de connexion.

## Sign out of this phone (/signout)

# Page title (browser tab).
phone-sign-out-title = Déconnexion
# Heading.
phone-sign-out-heading = Se déconnecter de ce téléphone ?
# Link back to the phone's home.
phone-sign-out-cancel = Annuler
phone-sign-out-not-signed-in = Ce téléphone n’est pas connecté : il n’y a rien à déconnecter.
phone-sign-out-no-computer = Aucun des ordinateurs que ce téléphone a connectés n’est encore connecté.
# Button.
phone-sign-out-button = Se déconnecter
# Above the list of computers. $n is how many (at least 1).
phone-sign-out-computers = { $n ->
    [one] Ce téléphone a connecté { $n } ordinateur qui est toujours connecté :
   *[other] Ce téléphone a connecté { $n } ordinateurs qui sont toujours connectés :
}
# One computer of the list: $browser and $os are names like "Chrome" and "Linux", $ip its network address.
phone-sign-out-computer = { $browser } sur { $os } · { $ip }
# Button. $n is how many computers (at least 1).
phone-sign-out-all = { $n ->
    [one] Se déconnecter et déconnecter { $n } ordinateur
   *[other] Se déconnecter et déconnecter { $n } ordinateurs
}
# Button. $n is how many computers (at least 1); it is not shown.
phone-sign-out-keep = { $n ->
    [one] Se déconnecter, garder l’ordinateur connecté
   *[other] Se déconnecter, garder les ordinateurs connectés
}

## Activity (/activity)

# Page title (browser tab) and heading.
phone-activity-title = Activité
phone-activity-intro = Ce qui s’est passé avec ce compte, du plus récent au plus ancien.
# The page's script replaces it with “Times are in your time zone.” once it shows local times.
phone-activity-utc = Les heures sont en UTC.
phone-activity-empty = Rien pour l’instant.
# aria-label of the navigation between pages.
phone-activity-pages = Pages d’activité
# Link to the page of more recent events.
phone-activity-newer = Plus récent
# Link to the page of older events.
phone-activity-older = Plus ancien
# $page is the page shown, $pages how many there are.
phone-activity-page = Page { $page } sur { $pages }
# An event's detail with the reason it ended: $detail is like "Chrome on Linux, 1.2.3.4", $reason one of the phone-reason-… messages.
phone-activity-detail = { $detail } : { $reason }

# What happened, one line each (short).
phone-event-created = Code de connexion affiché
phone-event-scanned = Code scanné
phone-event-approved = Nouvelle connexion approuvée
phone-event-denied = Connexion refusée
phone-event-expired = Code expiré
phone-event-token-issued = Ordinateur connecté
phone-event-revoked = Ordinateur déconnecté
phone-event-signed-in = Téléphone connecté
phone-event-failed-sign-in = Tentative de connexion échouée
phone-event-password-changed = Mot de passe modifié
phone-event-passkey-added = Clé d’accès ajoutée
phone-event-passkey-removed = Clé d’accès supprimée
phone-event-passkey-refused = La clé d’accès n’a pas confirmé la connexion
phone-event-app-signed-in = Connexion à une application

# Why a computer was logged out (after "Computer logged out", inside phone-activity-detail).
phone-reason-removed-by-phone = déconnecté depuis ce téléphone
phone-reason-signed-out = déconnecté
phone-reason-account-disabled = le compte a été désactivé
phone-reason-replaced-by-new-login = a laissé la place à une nouvelle connexion
phone-reason-password-changed = le mot de passe a été modifié
phone-reason-expired = inutilisé trop longtemps
phone-reason-signed-out-by-app = une application l’a déconnecté
# How a phone signed in, or what failed (the activity list, after the device or the username).
phone-reason-passkey = avec une clé d’accès
phone-reason-recovery-code = avec un code de récupération
phone-reason-passkey-refused = une clé d’accès a été refusée

## Change password (/password)

# Page title (browser tab) and heading.
password-title = Changer le mot de passe
# Shown after the change.
password-changed = Mot de passe modifié. Vos autres téléphones ont été déconnectés, et les clés d’accès des autres téléphones supprimées.
# Form field label.
password-current = Mot de passe actuel
# Form field label.
password-new = Nouveau mot de passe
# Hint under the new password field.
password-rule = Au moins 8 caractères. Vos autres téléphones sont déconnectés, avec les ordinateurs qu’ils ont connectés, et seules les clés d’accès de ce téléphone sont conservées.
# Button.
password-button = Changer le mot de passe

## Signed-in phones (/phones)

# Page title (browser tab) and heading.
phones-title = Téléphones connectés
phones-intro = Tous les téléphones ou applications qui peuvent approuver des connexions pour ce compte. Déconnectez ceux que vous n’avez pas sur vous : les ordinateurs qu’ils ont connectés sont aussi déconnectés, et les clés d’accès qu’ils ont ajoutées sont supprimées.
# Shown after another phone was signed out.
phones-done = Ce téléphone est déconnecté, ainsi que les ordinateurs qu’il avait connectés, et les clés d’accès qu’il avait ajoutées sont supprimées.
# Badge beside the phone being used (short).
phones-this-phone = ce téléphone
# Under a phone's name. $signed_in and $active are how long ago, like "5 min ago" or "just now" (ago-… messages).
phones-times = connecté { $signed_in } · dernière activité { $active }
# Button (short).
phones-sign-out = Déconnecter
# Screen-reader label of that button. $name is the phone's name.
phones-sign-out-label = Déconnecter { $name }

## The phone's menu, on each page of the account

# aria-label of the menu.
nav-label = Votre compte
# Menu entries (short).
nav-account = Compte
nav-devices = Appareils connectés
nav-activity = Activité
nav-phones = Téléphones connectés
nav-password = Mot de passe
nav-passkeys = Clés d’accès

## A phone page shown to a phone that is not signed in

# Heading.
nav-not-signed-in = Non connecté
# Button.
nav-sign-in = Se connecter

## The computer's page once the phone approved it (login page, live in the browser)

# Heading. $name is the account's display name, shown in its own style.
login-session-signed-in-as = Connecté en tant que { $name }
login-session-approved = Votre téléphone a approuvé ce navigateur. Vous pouvez le déconnecter ici, ou depuis le téléphone.
# Button: go on to the page the site named.
login-session-continue = Continuer
# Button.
login-session-sign-out = Se déconnecter

## Network failures, said by the pages’ scripts (both islands)

# The server did not answer a call of the login page.
network-unreachable = Impossible de joindre le serveur. Vérifiez votre connexion.
# The server did not answer a call of a page.
network-unreachable-retry = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.

## Phone: link with a typed code (/link), the form the phone shows when it cannot scan

# The browser tab's title of /link, and the form's heading.
approve-link-title = Connecter avec un code
approve-link-intro = Pas d’appareil photo, ou le scan ne fonctionne pas ? Sous le code QR, l’ordinateur affiche un code de 8 lettres. Saisissez-le ici.
# The label of the field where the code is typed.
approve-code-label = Code
# Under the code field.
approve-code-hint = 8 lettres. Les minuscules ou majuscules, les espaces et les tirets n’ont pas d’importance.
# Button that sends the typed code. approve-check-code names it.
approve-continue = Continuer
# When another site sent the phone here with a code filled in: the person must check it before going on. “Continue” is the button approve-continue.
approve-check-code = Vérifiez qu’il s’agit bien du code affiché sur l’écran de l’ordinateur devant vous, puis appuyez sur Continuer.
# What was typed has characters no code has. $letters: the letters codes use, as “B C D F …” (keep as is). $characters: those typed that are not among them, each quoted by approve-code-quoted, joined by commas. $count: how many there are.
approve-code-outside = { $count ->
    [one] Les codes n’utilisent que ces lettres : { $letters } (pas de voyelles ni de chiffres). { $characters } n’en fait pas partie : regardez à nouveau l’écran de l’ordinateur.
   *[other] Les codes n’utilisent que ces lettres : { $letters } (pas de voyelles ni de chiffres). { $characters } n’en font pas partie : regardez à nouveau l’écran de l’ordinateur.
}
# One character that was typed, in quotation marks (use your language's). $character: the character.
approve-code-quoted = « { $character } »
# What was typed does not have 8 letters. $count: how many it has. “BCDF-GHJK” is an example code: keep it as is.
approve-code-length = Un code a 8 lettres, comme BCDF-GHJK ; celui-ci en a { $count } : regardez à nouveau l’écran de l’ordinateur.
# A link was pasted, but not a link to a login code.
approve-code-no-code-in-link = Ce lien ne contient aucun code de connexion. Scannez le code QR, ou saisissez les 8 lettres affichées dessous.
# A typed code that names no login now (a typo, or an old code). $code: the code as typed, like BCDF-GHJK.
approve-code-unknown = Aucun code de connexion { $code } en ce moment : vérifiez les lettres sur l’écran de l’ordinateur. Le code change chaque fois que l’ordinateur affiche un nouveau code QR.

## Phone: the confirmation of a login (/l/…): who asks, and the decision

# The browser tab's title.
approve-title = Approuver une connexion
# While the code is looked up.
approve-checking = Vérification du code…
# At the top. $site: this site's name, shown in bold.
approve-banner = Connexion à { $site }
# At the top, when an app asks this site to sign someone in. $site: this site's name; $app: the app's name; both shown in bold.
approve-banner-app = Connexion à { $site } pour { $app }
# The heading: the question. A device is a terminal, a TV… signing in to an app.
approve-question-device = Se connecter sur cet appareil ?
# The heading: the question. A kiosk is a shared screen (a tablet on a wall or a desk).
approve-question-kiosk = Se connecter sur ce kiosque ?
# The heading: the question.
approve-question-computer = Se connecter sur cet ordinateur ?
# $name: the name of the account signed in on this phone, shown in bold.
approve-signed-in-as = Connecté ici en tant que { $name }
# Labels of the list that describes who asks (short): the device's name.
approve-requester-device = Appareil
# Label: the browser that asks (Chrome, Firefox…).
approve-requester-browser = Navigateur
# Label: the operating system that asks (Windows, Android…).
approve-requester-system = Système
# Label: the IP address that asks.
approve-requester-ip = Adresse IP
# Label: how long ago it asked (the value is like “12 seconds ago”).
approve-requester-asked = Demandé
# In bold, as a warning. $kind: device or computer.
approve-elsewhere = { $kind ->
    [device] Cet appareil est sur un autre réseau que votre téléphone.
   *[computer] Cet ordinateur est sur un autre réseau que votre téléphone.
}
# After approve-elsewhere. “it” is the device or computer ($kind: device or computer). “Not me” is the button decision-not-me.
approve-elsewhere-advice = { $kind ->
    [device] Si vous n’êtes pas vous-même devant cet appareil, quelqu’un vous a peut-être envoyé son code : appuyez sur « Ce n’est pas moi ».
   *[computer] Si vous n’êtes pas vous-même devant cet ordinateur, quelqu’un vous a peut-être envoyé son code : appuyez sur « Ce n’est pas moi ».
}
# Warning when a device (a terminal, a TV…) asks.
approve-warning-device = Ne continuez que si vous êtes devant cet appareil et venez de lancer sa connexion.
# Warning when a computer's browser asks.
approve-warning-screen = Ne continuez que si vous êtes devant cet écran et venez d’ouvrir sa page de connexion.
# When the account confirms logins with a passkey and the computer shows a number to tap.
approve-passkey-numbers = Le numéro sur lequel vous appuyez demande la clé d’accès de ce téléphone : empreinte digitale, reconnaissance faciale ou code PIN.
# When the account confirms logins with a passkey. “Log in” is the button decision-log-in.
approve-passkey-log-in = « Se connecter » demande la clé d’accès de ce téléphone : empreinte digitale, reconnaissance faciale ou code PIN.
approve-passkey-needs-js = La confirmation avec une clé d’accès nécessite JavaScript.
# Shown in bold at the start of approve-kiosk-note (as its $kiosk).
approve-kiosk-note-lead = Ceci est un kiosque
# $kiosk: approve-kiosk-note-lead, shown in bold.
approve-kiosk-note = { $kiosk }, un écran partagé : il se déconnecte tout seul quand personne ne le touche pendant un moment.
# Checkbox label.
approve-keep-device = Garder cet appareil connecté
# Checkbox label.
approve-keep-browser = Garder ce navigateur connecté
# Under the checkbox approve-keep-device.
approve-keep-hint-device = Décochez sur un appareil partagé : il se déconnecte plus tôt s’il n’est pas utilisé.
# Under the checkbox approve-keep-browser.
approve-keep-hint-browser = Décochez sur un ordinateur partagé : il se déconnecte à la fermeture du navigateur ou s’il reste inutilisé.
# Number matching: the question (in bold) above three numbers to tap.
approve-match-question = Quel numéro l’ordinateur affiche-t-il ?
# After approve-match-question.
approve-match-tap = Appuyez dessus pour vous connecter. Tout autre numéro refuse la connexion.
# At the most browsers an account may be logged in on: one must be logged out. $max: that most (2 or more).
approve-make-room = { $max ->
    [one] Ce compte est connecté sur { $max } navigateur, le maximum autorisé. Déconnectez-en un pour faire de la place :
   *[other] Ce compte est connecté sur { $max } navigateurs, le maximum autorisé. Déconnectez-en un pour faire de la place :
}
# A choice under approve-make-room. $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
approve-make-room-browser = { $browser } sur { $os }, { $ip }
# The account must add a passkey before it can approve.
approve-passkey-missing = Ce site demande une clé d’accès à chaque connexion, et ce compte n’en a pas encore. Ajoutez-en une, puis scannez à nouveau le code.
# Button (link) to the passkeys page.
approve-add-passkey = Ajouter une clé d’accès

## Phone: the confirmation's live part (the buttons and the time left)

# Replaces the time left when the code has expired.
decision-expired = Ce code a expiré : scannez le nouveau code affiché sur l’écran de l’ordinateur.
# Time left, counted down every second. $n: seconds.
decision-valid-for = { $n ->
    [one] Code valable encore { $n } seconde
   *[other] Code valable encore { $n } secondes
}
# Button: refuses the login (short).
decision-not-me = Ce n’est pas moi
# Button: approves the login (short).
decision-log-in = Se connecter
# The button decision-log-in while its tap is answered (short).
decision-logging-in = Connexion…

## Phone: after the decision (/decided), and codes that cannot be decided on

# The browser tab's title after approving.
approve-done-title = Connecté
approve-done-heading = Terminé
approve-done-text = L’ordinateur est maintenant connecté. Vous pouvez ranger votre téléphone.
# The browser tab's title after refusing.
approve-declined-title = Refusé
approve-declined-heading = Connexion refusée
approve-declined-text = Aucune connexion n’a eu lieu. Si vous n’avez pas essayé de vous connecter, quelqu’un vous a peut-être montré son code : vous pouvez l’ignorer.
# Button (link) to the phone's account page.
approve-back-to-account = Retour à votre compte
# Heading: the code was approved by this account already.
approve-already-approved = Déjà approuvé
approve-already-approved-text = Cet ordinateur est connecté : vous avez approuvé ce code. Vous pouvez ranger votre téléphone.
# Link to the list of logged-in computers.
approve-see-computers = Voir vos ordinateurs connectés
# Heading: the code was used already.
approve-already-used = Ce code a déjà été utilisé
approve-already-used-text = Chaque code ne fonctionne qu’une fois. Si l’ordinateur indique qu’il est connecté, il n’y a rien d’autre à faire. Sinon, scannez le nouveau code affiché sur son écran.
# Headings of what went wrong with a code.
approve-problem-invalid-qr = Ce n’est pas un code de connexion
approve-problem-rate-limited = Trop de tentatives
approve-problem-wrong-number = Mauvais numéro : connexion refusée
approve-problem-expired = Ce code a expiré
approve-problem-session-limit = Trop de navigateurs connectés
approve-problem-unavailable = Impossible de joindre le serveur
approve-problem-other = Un problème est survenu
# Button (link) to the phone's scanner.
approve-scan-new-code = Scanner le nouveau code
# Link to /link, the form for typing a code.
approve-type-code-instead = Saisir un code à la place
# Heading when the phone is not signed in.
approve-sign-in-heading = Connectez-vous pour approuver
approve-sign-in-text = Un ordinateur veut se connecter avec votre compte. Connectez-vous d’abord sur ce téléphone : le code vous attend pendant quelques minutes, et vous y revenez directement.
# Button (link).
approve-sign-in = Se connecter
# Link.
approve-create-account = Créer un compte

## What an app learns of the person (components/consent.rs): the phone's question, and the list of apps allowed

# What an app that asked for the profile learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-profile = votre nom et votre nom d’utilisateur
# What an app that asked for nothing more learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-id = un identifiant de votre compte, rien de plus
# On the phone the first time an app asks. $app: the app's name, shown in bold. $learns: consent-learns-profile or consent-learns-id. “Log in” is the button decision-log-in; “Linked devices” is the phone's page of that name.
consent-note = { $app } veut savoir que c’est bien vous : { $learns }. « Se connecter » l’y autorise ; vous pouvez retirer cette autorisation dans Appareils connectés.

## The phone's notice of a new login (components/new_login_notice.rs)

# $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
notice-new-login = Nouvelle connexion : { $browser } sur { $os }, { $ip }

## Times in the reader's time zone (components/local_times.rs)

# Replaces the page's “Times are in UTC.” once the browser has shown every time in the reader's own time zone.
times-your-zone = Les heures sont dans votre fuseau horaire.

## How long ago (components/ago.rs): on the phone's pages, like “Asked: 12 seconds ago”

# Under 5 seconds.
ago-now = à l’instant
# $n: seconds (5 to 59).
ago-seconds = { $n ->
    [one] il y a { $n } seconde
   *[other] il y a { $n } secondes
}
# $n: minutes (1 to 59). English shortens “minutes” to “min”.
ago-minutes = { $n ->
    [one] il y a { $n } min
   *[other] il y a { $n } min
}
# $n: hours (1 to 47). English shortens “hours” to “h”.
ago-hours = { $n ->
    [one] il y a { $n } h
   *[other] il y a { $n } h
}
# $n: days (2 or more).
ago-days = { $n ->
    [one] il y a { $n } jour
   *[other] il y a { $n } jours
}

## Linked devices page (/devices, on the phone): the browsers this account is logged in on

# Page title (browser tab) and heading.
devices-title = Appareils connectés
devices-intro = Les navigateurs que vous avez connectés en scannant un code. Déconnectez ceux que vous ne reconnaissez pas.

# Status lines shown after an action on this page.
devices-done-one = Ce navigateur est déconnecté.
devices-done-all = Tous les navigateurs sont déconnectés.
devices-done-renamed = Enregistré.
devices-done-withdrawn = L’autorisation de cette application est retirée : elle est déconnectée et la redemandera.

devices-none = Aucun navigateur n’est connecté avec ce compte.

# Button that logs out every listed browser. $n is how many (at least 1).
devices-log-out-all = { $n ->
    [one] Déconnecter le navigateur
   *[other] Déconnecter les { $n } navigateurs
}
# Link that opens the confirmation for logging out every browser (ends with an ellipsis: it asks first). $n is how many (at least 1).
devices-log-out-all-ask = { $n ->
    [one] Déconnecter le navigateur…
   *[other] Déconnecter les { $n } navigateurs…
}
# Heading of that confirmation, as a question. $n is how many (at least 1).
devices-log-out-all-question = { $n ->
    [one] Déconnecter le navigateur ?
   *[other] Déconnecter les { $n } navigateurs ?
}
devices-log-out-all-text = Chacun est déconnecté immédiatement, et sa page revient à un code de connexion. Les applications auxquelles ils ont servi à se connecter en sont aussi informées.
devices-cancel = Annuler

# What a browser is, as its name when it has none: e.g. "Firefox on Linux".
devices-kind = { $browser } sur { $os }
# Small line under a browser that signed itself in with a passkey ("Use a passkey" on the computer): no phone approved it, and devices-came then names the passkey.
devices-came-passkey = Connecté avec une clé d’accès sur l’ordinateur, sans scan.
# Small line under a browser's name. $ip: its IP address; $linked: when, an already-translated phrase such as "5 min ago" or "just now"; $phone: the name of the phone that approved it; $app: the name of the app (third-party website) it signed in to. $how picks the line: for an app, as a kiosk, both, or neither. Keep "·" as a separator.
devices-came = { $how ->
    [app] { $ip } · connecté { $linked } par { $phone }, pour la connexion à { $app }
    [kiosk] { $ip } · connecté { $linked } par { $phone }, comme kiosque
    [app-kiosk] { $ip } · connecté { $linked } par { $phone }, pour la connexion à { $app }, comme kiosque
   *[other] { $ip } · connecté { $linked } par { $phone }
}
# $ago: an already-translated phrase such as "5 min ago" or "just now".
devices-last-active = dernière activité { $ago }
# Badge next to the browser the phone approved a moment ago.
devices-just-approved = Vous venez de l’approuver
# Opens the field to rename a browser.
devices-rename = Renommer
# Example name in the empty rename field.
devices-rename-placeholder = Portable du bureau
devices-save = Enregistrer
# Button, short.
devices-log-out = Déconnecter
# Screen reader name of the "Log out" button of one browser. $name: the browser's name; $ip: its IP address; $linked: e.g. "5 min ago".
devices-log-out-label = Déconnecter { $name }, { $ip }, connecté { $linked }
# Screen reader name of the rename field of one browser. Same variables as above.
devices-rename-label = Nouveau nom pour { $name }, { $ip }, connecté { $linked }

## Linked devices page: apps (third-party websites) this account allowed to know it

devices-apps-title = Applications autorisées
devices-apps-intro = Elles savent que c’est vous quand vous vous y connectez. Retirez-en une : elle est déconnectée immédiatement, et redemandera l’autorisation la prochaine fois.
# Small line under an app's name. $learns: an already-translated phrase of what it learns, e.g. "your name and username"; $allowed: e.g. "5 min ago". Keep "·" as a separator.
devices-app-came = connaît { $learns } · autorisée { $allowed }
# Button, short: takes back the app's permission.
devices-withdraw = Retirer
# Screen reader name of the "Withdraw" button. $app: the app's name.
devices-withdraw-label = Retirer { $app }

## Passkeys page (/passkeys, on the phone)

# Page title (browser tab) and heading.
passkeys-title = Clés d’accès
passkeys-intro = Avec une clé d’accès, chaque connexion que vous approuvez demande l’empreinte digitale, la reconnaissance faciale ou le code PIN de ce téléphone : une personne qui détient votre téléphone déverrouillé, ou une copie de sa connexion, ne peut pas en approuver une à elle seule. Une clé d’accès vous connecte aussi sans votre mot de passe.

# Status lines shown after an action on this page.
passkeys-done-added = Clé d’accès ajoutée. Les connexions que vous approuvez la demandent désormais.
passkeys-done-removed = Clé d’accès supprimée.

passkeys-none = Ce compte n’a pas encore de clé d’accès.
passkeys-none-required = Ce compte n’a pas encore de clé d’accès, et ce site en demande une à chaque connexion : ajoutez-en une pour approuver des connexions.
# PUBLIC_URL is the name of a server setting: do not translate it.
passkeys-off = Les clés d’accès sont désactivées sur ce serveur : elles nécessitent que le site ait un nom de domaine, or son adresse (PUBLIC_URL) est une adresse IP.

# Small text after a passkey's name. $added and $used: already-translated phrases such as "5 min ago" or "just now".
passkeys-dates = ajoutée { $added }, dernière utilisation { $used }
# Small text after the name of a passkey never used. $added: e.g. "5 min ago".
passkeys-dates-unused = ajoutée { $added }, pas encore utilisée
# Under a passkey added before passkeys were made to work without a username: it still approves logins, and may or may not sign in without a username (many do); adding it again makes sure.
passkeys-not-discoverable = Elle confirme les connexions. Si elle ne vous connecte pas sans nom d’utilisateur, ajoutez-la à nouveau.
# Label of the password field that removes one passkey. $name: the passkey's name.
passkeys-remove-label = Votre mot de passe, pour supprimer « { $name } »
# Button, short.
passkeys-remove = Supprimer

# Heading of the form that adds a passkey.
passkeys-add-title = Ajouter une clé d’accès
# Button that submits that form.
passkeys-add = Ajouter une clé d’accès
# Label of the new passkey's name field.
passkeys-name = Nom
# Example name in the empty name field.
passkeys-name-placeholder = Ce téléphone
passkeys-password = Mot de passe
passkeys-password-hint = Votre mot de passe à nouveau : un téléphone laissé déverrouillé ne peut pas ajouter de clé d’accès de lui-même.
passkeys-needs-js = L’ajout d’une clé d’accès nécessite JavaScript.

## Errors, as a person reads them (app/src/components/sentences.rs). Also the
## `message` of the JSON API's errors, in the language the app asks for.

# A duration inside "try again in …" ($n is a number of seconds or minutes).
wait-seconds = { $n ->
    [one] { $n } seconde
   *[other] { $n } secondes
}
wait-a-minute = une minute
wait-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}

# $later is either error-later-soon or error-later-in.
error-later-soon = dans un moment
# $wait is a duration: "15 minutes".
error-later-in = dans { $wait }

error-sign-in-mismatch = Ce nom d’utilisateur et ce mot de passe ne correspondent pas. Vérifiez-les et réessayez.
error-password-wrong = Votre mot de passe actuel est incorrect. Rien n’a été modifié.
error-passkeys-password-wrong = Ce mot de passe est incorrect. Rien n’a été modifié.
error-recover-mismatch = Ce nom d’utilisateur et ce code de récupération ne correspondent pas, ou le code a déjà été utilisé. Rien n’a été modifié.
error-sign-in-first = Veuillez d’abord vous connecter sur ce téléphone.
# The computer's browser asked for its session, and has none (the JSON API).
error-browser-signed-out = Ce navigateur n’est pas connecté. Reconnectez-vous avec votre téléphone.
# The computer's browser sent a step that another tab or browser began (for example "Use a passkey" after the page's cookies were cleared).
error-browser-reload = Cette page n’est plus à jour : rechargez-la et réessayez.
# $later: "in 15 minutes" or "in a little while".
error-sign-in-rate-limited = Trop de tentatives de connexion. Pour votre sécurité, réessayez { $later }.
error-sign-up-rate-limited = Trop de comptes ont été créés depuis ce réseau. Réessayez { $later }.
error-rate-limited = Trop de tentatives. Réessayez { $later }.
error-username-taken = Ce nom d’utilisateur est déjà pris. Choisissez-en un autre.
error-sign-up-bad = Un nom d’utilisateur compte de 3 à 32 lettres, chiffres, points, tirets ou traits de soulignement, et un mot de passe au moins 8 caractères.
error-new-password-bad = Un nouveau mot de passe doit compter au moins 8 caractères. Rien n’a été modifié.
error-passkey-bad = Ce compte a déjà cette clé d’accès, ou en a déjà le nombre maximum (10) : supprimez-en une d’abord. Rien n’a été modifié.
error-bad-request = Un champ de ce formulaire n’a pas été rempli correctement. Vérifiez-le et réessayez.
error-invalid-qr = Ce lien n’est pas un code de connexion de ce site.
error-expired = Ce code a expiré. L’ordinateur en affiche automatiquement un nouveau : scannez celui-là.
error-already-used = Ce code a déjà été utilisé : il ne fonctionne qu’une fois. Si l’ordinateur n’est pas connecté, scannez le nouveau code affiché sur son écran.
error-already-approved = Vous avez déjà approuvé ce code : cet ordinateur est connecté. Il n’y a rien d’autre à faire.
error-session-limit = Ce compte est connecté sur le nombre maximum de navigateurs autorisé. Choisissez-en un ci-dessous à déconnecter, puis appuyez à nouveau sur « Se connecter ».
error-wrong-number = Ce n’est pas le numéro affiché sur l’écran de l’ordinateur : la connexion a donc été refusée et rien n’a été connecté. Si vous êtes devant cet ordinateur, scannez son nouveau code et choisissez le numéro qu’il affiche.
error-passkey-needs-script = L’ajout d’une clé d’accès nécessite JavaScript : activez-le pour ce site et réessayez.
error-passkey-required = Cette connexion nécessite votre clé d’accès et aucune n’a été fournie : rien n’a donc été approuvé. Appuyez sur « Se connecter » et confirmez avec votre clé d’accès (JavaScript doit être activé).
error-passkey-sign-in-refused = La clé d’accès ne vous a pas connecté : elle a peut-être été supprimée de votre compte, ou ajoutée avant que les clés d’accès fonctionnent sans nom d’utilisateur (ajoutez-la à nouveau dans Clés d’accès). Réessayez, ou connectez-vous avec votre mot de passe.
# The computer's "Use a passkey" did not sign it in.
error-passkey-browser-refused = Cette clé d’accès ne vous a pas connecté : elle a peut-être été supprimée de votre compte, ou la vérification sur votre appareil a échoué. Rien n’a été modifié. Réessayez, ou scannez le code QR avec votre téléphone.
error-passkey-add-refused = La clé d’accès n’a pas été ajoutée : le téléphone ne l’a pas confirmée. Rien n’a été modifié. Réessayez.
error-passkey-refused = Votre clé d’accès n’a pas confirmé cette connexion : rien n’a donc été approuvé. Appuyez sur « Se connecter » pour réessayer.
error-not-found = Cet élément n’existe plus. Il a peut-être déjà pris fin.
error-unavailable = Le service est surchargé ou injoignable. Rien n’a été modifié. Réessayez { $later }.
error-timeout = L’opération a pris trop de temps. Rien n’a été modifié. Réessayez.
error-cross-site = Cette requête ne provient pas d’une page de ce site : elle a donc été refusée.
error-internal = Un problème est survenu de notre côté. Rien n’a été modifié. Veuillez réessayer.

## The pages' plain scripts (public/passkey/passkey.js, public/scan/scan.js).

# /passkeys, while the password is checked before the phone's prompt.
script-checking-password = Vérification de votre mot de passe…
# /scan, once the camera runs.
script-scan-point = Pointez l’appareil photo vers le code QR affiché sur l’écran de l’ordinateur.
script-scan-found = Code trouvé. Ouverture…
# /scan: $site is the site's name.
script-scan-other-site = Ce code n’est pas pour { $site }. Scannez le code affiché sur la page de connexion de { $site }.

## A moment on the server's pages (the activity list), in UTC; with JavaScript
## the page rewrites it in the reader's time zone.

# $month is 1 to 12; $hour and $minute have two digits.
time-moment = { $day } { $month ->
        [1] janv.
        [2] févr.
        [3] mars
        [4] avr.
        [5] mai
        [6] juin
        [7] juil.
        [8] août
        [9] sept.
        [10] oct.
        [11] nov.
       *[12] déc.
    } { $year }, { $hour }:{ $minute } UTC
