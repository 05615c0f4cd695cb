## The language menu at the foot of every page.

# The label of the list of languages.
common-language = Idioma
# The menu's button (short).
common-language-change = Cambiar

## Every page's frame (components/page.rs)

# The page's description for search engines and link previews. $site is the site's name.
page-description = { $site }: inicia sesión en un ordenador escaneando un código con el teléfono en el que ya has iniciado sesión.

## Log in page (/login) and kiosk page (/kiosk) on the computer, as the server renders it

# The browser tab's title of /login.
login-title = Iniciar sesión
# The browser tab's title of /kiosk (a tablet left on a wall or a desk that shows login codes).
login-kiosk-title = Quiosco
# Shown only when /login is opened on a phone. $link is the link login-on-a-phone-link.
login-on-a-phone = Estás en un teléfono: { $link }. Esta página muestra un código para que lo escanee un teléfono.
# The link inside login-on-a-phone; it opens the phone's sign-in page.
login-on-a-phone-link = inicia sesión aquí
# Above the code when an app (OpenID Connect) asked this site to sign someone in. $app is the app's name, shown in bold.
login-app-banner = Iniciar sesión en { $app }
# Button: gives up the app's sign-in and returns to the app. $app is the app's name.
login-app-cancel = Cancelar y volver a { $app }
# Button or link after an error, to load a new code.
login-try-again = Volver a intentarlo
# One line beside "Use a passkey", under the QR code. It explains the choice without turning people away from the QR code: a passkey (on the phone, reached by the browser over Bluetooth) only works when the phone is physically near this computer.
login-passkey-why = ¿Tienes una llave de acceso en tu teléfono? Solo funciona cerca de este ordenador, lo que la convierte en la forma más segura de entrar en una pantalla que no es tuya.
# Button: opens the browser's own passkey window (which can offer "use a phone or tablet").
login-passkey-use = Usar llave de acceso
# Checkbox beside "Use a passkey". Unticked: this session only.
login-passkey-keep = Mantener la sesión iniciada en este ordenador
# Status while the browser's passkey window is open.
login-passkey-waiting = Confirma en la ventana de llaves de acceso de tu navegador. Para usar tu teléfono, elige allí “Usar un teléfono o una tablet” y escanea el código que aparece.
# Status when the passkey window was closed or the check did not pass.
login-passkey-cancelled = No se ha usado ninguna llave de acceso, así que no se ha cambiado nada. Vuelve a intentarlo o escanea el código QR con tu teléfono.
# Status just before the page moves on, signed in.
login-passkey-signed-in = Sesión iniciada. Un momento…
# Above "Use a passkey" when an app (OpenID Connect) is waiting. $app: the app's name, in bold; $learns: consent-learns-profile or consent-learns-id.
login-passkey-consent = { $app } quiere saber que eres tú: { $learns }. Iniciar sesión con una llave de acceso se lo permite; puedes retirar el permiso en Dispositivos vinculados, en tu teléfono.

## Log in page: the live part in the browser (code, steps, what the phone is doing)

login-offline = No tienes conexión. Aparecerá un código nuevo en cuanto vuelva la red.
# Under the signed-in view of a kiosk. $wait is a duration, already translated (for example “15 minutes”, “a minute”).
login-kiosk-idle = Este quiosco cierra la sesión automáticamente tras { $wait } sin que nadie lo toque.
# Button over a faded code: the page stopped making codes to save power.
login-new-code-veiled = Haz clic para ver un código nuevo
# Button in place of the code. Also named at the end of login-signing-in-notice.
login-new-code = Mostrar un código nuevo
# The steps under the code, 1 of 3.
login-step-open = En tu teléfono, abre este sitio (o nuestra aplicación) e inicia sesión.
# The steps under the code, 2 of 3.
login-step-scan = Escanea el código con la cámara o escribe las letras que aparecen debajo.
# The steps under the code, 3 of 3. $button is login-step-approve-button, shown in bold.
login-step-approve = Comprueba los datos y toca { $button }.
# The name of the phone's button that approves a login: keep it identical to that button's label on the phone.
login-step-approve-button = Iniciar sesión
login-newcomer = ¿Aún no tienes cuenta? Escanea igualmente: tu teléfono te ayudará a crear una.
# What a screen reader says of the QR code image.
login-qr-label = Código QR de inicio de sesión: escanéalo con la cámara o la aplicación de tu teléfono
# Under the code. $page is the address to open on the phone (like example.com/link), $code is the 8-letter code (like BCDF-GHJK); both are shown in bold.
login-no-camera = ¿No tienes cámara? En tu teléfono, abre { $page } e introduce { $code }

## Log in page: headings (which also name the browser tab) and the line under them

# A phone scanned the code. $who is the account's display name.
login-heading-check-phone = Mira tu teléfono, { $who }
# A phone scanned the code (whose is not known).
login-heading-confirm = Apruébalo en tu teléfono
# $device is the phone's name (like “Pixel 8”).
login-scanned-tap = Escaneado en { $device }. Toca “Iniciar sesión” en ese teléfono para continuar.
# $device is the phone's name (like “Pixel 8”). The number to tap is shown below this line.
login-scanned-number = Escaneado en { $device }. En el teléfono, toca este número para iniciar sesión:
login-heading-signing-in = Alguien está iniciando sesión en su teléfono…
login-signing-in-notice = Este código espera a esa persona unos minutos. ¿No eres tú? Muestra un código nuevo.
login-heading-finishing = Iniciando sesión…
login-heading-signing-out = Cerrando sesión…
login-heading-denied = Inicio de sesión rechazado
login-denied-wrong-number = El teléfono eligió otro número. No se ha iniciado ninguna sesión.
login-denied-not-me = El teléfono respondió “No soy yo”. No se ha iniciado ninguna sesión.
login-heading-paused = En pausa para ahorrar energía
login-paused-notice = Nadie ha escaneado nada en unos minutos, así que esta página ha dejado de generar códigos.
login-heading-signed-out = Se ha cerrado tu sesión
# $because is one of the login-signed-out-… sentences below (why the session ended).
login-signed-out-notice = { $because } Escanea para volver a iniciar sesión.
# Heading, and the browser tab's name, once signed in.
login-heading-signed-in = Sesión iniciada
login-heading-waiting = Inicia sesión con tu teléfono

## Log in page: why the session ended (shown in login-signed-out-notice)

login-signed-out-signed-out = Se cerró la sesión en otra pestaña.
login-signed-out-phone-signed-out = El teléfono con el que iniciaste sesión ha cerrado su sesión.
login-signed-out-removed-by-phone = Tu teléfono cerró la sesión de este navegador.
login-signed-out-replaced = Un inicio de sesión más reciente ocupó el lugar de este navegador.
login-signed-out-password-changed = Se cambió la contraseña de la cuenta.
login-signed-out-account-disabled = Esta cuenta se ha desactivado.
login-signed-out-expired = Nadie usó este navegador durante un tiempo.
login-signed-out-other = Esta sesión ha terminado.

## The countdown beside the login code (components/expiry_ring.rs)

# $n is the number of seconds left before the code on screen stops working.
expiry-left = { $n ->
    [one] Válido durante { $n } segundo más
   *[other] Válido durante { $n } segundos más
}

## Scan a code (/scan), on the phone

# The browser tab's title.
scan-title = Escanear un código
scan-heading = Escanea el código del ordenador
# What a screen reader says of the camera's picture.
scan-video-label = Lo que ve la cámara
scan-starting = Iniciando la cámara…
scan-no-script = Para escanear aquí se necesita JavaScript. Escanea con la aplicación de cámara del teléfono o, si no, introduce el código.
scan-denied-heading = No se permite usar la cámara
scan-denied-text = Esta página no tiene permiso para usar la cámara. Permítelo en los ajustes del navegador para este sitio y vuelve a cargar la página, o introduce las 8 letras que el ordenador muestra debajo de su código QR.
scan-none-heading = No se ha encontrado ninguna cámara
scan-none-text = El navegador no ofrece ninguna cámara a esta página (una página que no usa https no obtiene ninguna). Introduce en su lugar las 8 letras que el ordenador muestra debajo de su código QR.
# Button (a link) to the page where the code is typed.
scan-type-instead = Introducir el código

## Home page (/)

# The browser tab's title.
home-title = Te damos la bienvenida
home-heading = Inicia sesión con tu teléfono
home-intro = Inicia sesión en este ordenador escaneando un código con el teléfono en el que ya has iniciado sesión. Aquí no se escribe ninguna contraseña.
# Button (a link) to /login.
home-login = Iniciar sesión en este ordenador
# $signin is the link home-phone-signin, $signup the link home-phone-signup.
home-phone = En tu teléfono: { $signin } o { $signup } y, después, escanea el código que muestre un ordenador.
# Link inside home-phone.
home-phone-signin = inicia sesión
# Link inside home-phone.
home-phone-signup = crea una cuenta

## Page not found (any unknown address)

# The browser tab's title and the page's heading.
notfound-title = Página no encontrada
notfound-text = No hay ninguna página en esta dirección.
# Button (a link) to the home page.
notfound-home = Inicio
# Button (a link) to the phone's account page.
notfound-account = Tu cuenta

## What this site says when it cannot send a person back to an app that asked it to sign them in (OpenID Connect)
## Each pair: a heading (also the browser tab's title), then the text under it.

oidc-signed-out-title = Has cerrado sesión
oidc-signed-out-text = La aplicación también ha cerrado tu sesión en este sitio. Cierra esta pestaña o vuelve a iniciar sesión desde la aplicación.
oidc-expired-title = Este inicio de sesión ha caducado
oidc-expired-text = La aplicación lo solicitó hace más de 10 minutos o ya se usó. Vuelve a la aplicación e inicia sesión de nuevo.
oidc-unknown-client-title = Esta aplicación no se conoce aquí
oidc-unknown-client-text = El enlace que te ha traído aquí menciona una aplicación para la que este sitio no ofrece inicio de sesión. No se le ha enviado nada. Avisa al propietario de la aplicación.
oidc-bad-redirect-title = Este enlace de inicio de sesión no es correcto
oidc-bad-redirect-text = La aplicación pidió recibir la respuesta en una dirección que no ha registrado en este sitio, así que no se ha enviado nada allí. Avisa al propietario de la aplicación.
oidc-bad-logout-redirect-title = Este enlace de cierre de sesión no es correcto
oidc-bad-logout-redirect-text = La aplicación pidió volver a una dirección que no ha registrado en este sitio. No se ha cambiado nada.
oidc-other-browser-title = Este inicio de sesión es de otro navegador
oidc-other-browser-text = Se empezó en otro navegador, que es el que lo continúa. No se ha enviado nada a la aplicación. Para iniciar sesión aquí, vuelve a la aplicación en este navegador y empieza de nuevo.
oidc-logout-needs-hint-title = No se ha cerrado ninguna sesión
# “Log out” here is the app's own button, whatever the app calls it.
oidc-logout-needs-hint-text = La aplicación no indicó qué inicio de sesión terminar. Para cerrar sesión, usa la opción Cerrar sesión de la propia aplicación o la lista de dispositivos vinculados de tu teléfono.
oidc-confirm-logout-title = ¿Cerrar sesión en este navegador?
oidc-confirm-logout-text = Una aplicación ha pedido cerrar tu sesión con un enlace antiguo que menciona un inicio de sesión anterior. ¿Cerrar también la sesión de este navegador en este sitio?
oidc-still-signed-in-title = Sigues con la sesión iniciada
oidc-still-signed-in-text = Aquí no se ha cerrado ninguna sesión. Cierra esta pestaña o vuelve a la aplicación.
oidc-other-title = Algo ha salido mal
oidc-other-text = Esta página no tiene nada que mostrar. Vuelve a la aplicación e inténtalo de nuevo.
# Button: answers oidc-confirm-logout-text.
oidc-log-out = Cerrar sesión
# Button: answers oidc-confirm-logout-text.
oidc-stay = Mantener la sesión iniciada

## Sign in on the phone (/signin)

# Shown after the phone signed out and logged out the computers it had logged in.
phone-signed-out = Se ha cerrado la sesión en este teléfono y en todos los ordenadores en los que había iniciado sesión.
# Shown after the phone signed out but kept its computers signed in. "Linked devices" is the menu's name for that page (nav-devices).
phone-signed-out-kept = Se ha cerrado la sesión en este teléfono. Los ordenadores en los que inició sesión siguen con la sesión iniciada: otro de tus teléfonos puede cerrarla en Dispositivos vinculados.
# Page title (browser tab).
phone-sign-in-title = Iniciar sesión
phone-sign-in-heading = Inicia sesión en este teléfono
# $name is the display name of the account already signed in; the page shows it in bold.
phone-signed-in-already = Has iniciado sesión en este teléfono como { $name }.
# Button. $name is the display name of the account already signed in.
phone-continue-as = Continuar como { $name }
phone-other-account = Para usar otra cuenta en este teléfono, inicia sesión con ella a continuación.
phone-sign-in-code-waiting = Un ordenador te está esperando: después de iniciar sesión, volverás directamente a su código.
# Form field label (sign in, sign up, recover).
phone-username = Nombre de usuario
# Form field label.
phone-password = Contraseña
# Button.
phone-sign-in-button = Iniciar sesión
# Link on the sign-in page, and the title and heading of the page it opens.
phone-forgot-password = ¿Has olvidado tu contraseña?
# Shown above the passkey button.
phone-passkey-or = O bien, con una llave de acceso de este teléfono:
# Button.
phone-passkey-sign-in = Iniciar sesión con una llave de acceso
# $link is the link phone-create-one.
phone-no-account = ¿No tienes cuenta? { $link }
# Link to the sign-up page.
phone-create-one = Crea una

## Create an account (/signup)

# Page title (browser tab) and heading.
phone-sign-up-title = Crear una cuenta
phone-sign-up-code-waiting = Un ordenador te está esperando: en cuanto se cree tu cuenta, volverás directamente a su código.
# Hint under the username field.
phone-username-rule = De 3 a 32 letras, dígitos, puntos, guiones o guiones bajos.
# Form field label.
phone-display-name = Nombre visible
# Hint under the password field.
phone-password-rule = Al menos 8 caracteres.
# Button.
phone-sign-up-button = Crear cuenta
# $link is the link phone-sign-in-link.
phone-have-account = ¿Ya tienes cuenta? { $link }
# Link to the sign-in page.
phone-sign-in-link = Inicia sesión

## The phone's home (/phone)

# Page title (browser tab).
phone-home-title = Tu cuenta
# Heading. $name is the account's display name.
phone-home-hello = Hola, { $name }
phone-home-intro = Para iniciar sesión en un ordenador, abre su página de inicio de sesión y escanea su código: con la aplicación de cámara de este teléfono o aquí.
# Button.
phone-home-scan = Escanear un código
# Button: type the short code a computer shows.
phone-home-link = Vincular con un código
# $link is the link phone-home-recovery-link.
phone-home-recovery = { $link } · por si olvidas la contraseña
# Link to the recovery codes page.
phone-home-recovery-link = Códigos de recuperación
# Button; the ellipsis says it asks first.
phone-home-sign-out = Cerrar sesión en este teléfono…
# Shown when the phone is not signed in.
phone-home-not-signed-in = Inicia sesión para poder usar este teléfono al iniciar sesión en ordenadores.

## Forgot your password? (/recover)

phone-recover-intro = Introduce uno de los códigos de recuperación que guardaste al crear la cuenta y elige una contraseña nueva. Cada código funciona una sola vez.
# Form field label.
phone-recovery-code = Código de recuperación
# Form field label.
phone-new-password = Contraseña nueva
# Hint under the new password field.
phone-recover-rule = Al menos 8 caracteres. Se cerrará la sesión en tus otros teléfonos, como tras cualquier cambio de contraseña, y en este quedará iniciada.
# Button.
phone-recover-button = Establecer la contraseña nueva
# Heading.
phone-recover-no-code = ¿No tienes código de recuperación?
# $account and $password are the menu's names of the account page and the password page (nav-account, nav-password).
phone-recover-no-code-help = Inicia sesión con una llave de acceso, si este teléfono tiene una para este sitio. O bien, en otro teléfono que siga con la sesión iniciada, cambia la contraseña en { $account } y luego en { $password }.
# Link.
phone-back-to-sign-in = Volver al inicio de sesión

## Recovery codes (/recovery)

# Page title (browser tab) and heading.
phone-recovery-title = Códigos de recuperación
# Heading, right after sign-up.
phone-recovery-save-heading = Guarda tus códigos de recuperación
# $forgot is the sign-in page's link phone-forgot-password, quoted.
phone-recovery-save-intro = Si olvidas tu contraseña, uno de estos códigos te permite establecer una nueva: en la página de inicio de sesión, elige “{ $forgot }”. Cada uno funciona una sola vez.
phone-recovery-shown-once = Solo se muestran ahora. Anótalos o guárdalos en un gestor de contraseñas, no solo en este teléfono.
# Button.
phone-recovery-saved = Ya los he guardado: continuar
# Shown after a recovery code set a new password.
phone-recovered = Tu contraseña nueva ya está establecida y has iniciado sesión en este teléfono. Se ha cerrado la sesión en tus otros teléfonos.
# $n is how many recovery codes are still unused (0 to 10).
phone-recovery-left = { $n ->
    [0] No te queda ningún código de recuperación sin usar. Genera códigos nuevos ahora.
    [one] Tienes { $n } código de recuperación sin usar.
   *[other] Tienes { $n } códigos de recuperación sin usar.
}
# Button.
phone-recovery-new-button = Generar códigos nuevos
phone-recovery-replace = Los códigos nuevos sustituyen a los antiguos, se hayan usado o no.
# Link back to where the person was.
phone-recovery-done = Listo
phone-recovery-not-signed-in = Inicia sesión para ver tus códigos de recuperación. ¿Has olvidado tu contraseña? Usa uno de ellos en la página de inicio de sesión.

## Sign out of this phone (/signout)

# Page title (browser tab).
phone-sign-out-title = Cerrar sesión
# Heading.
phone-sign-out-heading = ¿Cerrar sesión en este teléfono?
# Link back to the phone's home.
phone-sign-out-cancel = Cancelar
phone-sign-out-not-signed-in = No has iniciado sesión en este teléfono: no hay ninguna sesión que cerrar.
phone-sign-out-no-computer = Ningún ordenador en el que este teléfono haya iniciado sesión sigue con la sesión iniciada.
# Button.
phone-sign-out-button = Cerrar sesión
# Above the list of computers. $n is how many (at least 1).
phone-sign-out-computers = { $n ->
    [one] Este teléfono inició sesión en { $n } ordenador que sigue con la sesión iniciada:
   *[other] Este teléfono inició sesión en { $n } ordenadores que siguen con la sesión iniciada:
}
# One computer of the list: $browser and $os are names like "Chrome" and "Linux", $ip its network address.
phone-sign-out-computer = { $browser } en { $os } · { $ip }
# Button. $n is how many computers (at least 1).
phone-sign-out-all = { $n ->
    [one] Cerrar sesión aquí y en { $n } ordenador
   *[other] Cerrar sesión aquí y en { $n } ordenadores
}
# Button. $n is how many computers (at least 1); it is not shown.
phone-sign-out-keep = { $n ->
    [one] Cerrar sesión y mantenerla en el ordenador
   *[other] Cerrar sesión y mantenerla en los ordenadores
}

## Activity (/activity)

# Page title (browser tab) and heading.
phone-activity-title = Actividad
phone-activity-intro = Lo que ha pasado con esta cuenta, de lo más reciente a lo más antiguo.
# The page's script replaces it with “Times are in your time zone.” once it shows local times.
phone-activity-utc = Las horas están en UTC.
phone-activity-empty = Aún no hay nada.
# aria-label of the navigation between pages.
phone-activity-pages = Páginas de actividad
# Link to the page of more recent events.
phone-activity-newer = Más recientes
# Link to the page of older events.
phone-activity-older = Más antiguas
# $page is the page shown, $pages how many there are.
phone-activity-page = Página { $page } de { $pages }
# An event's detail with the reason it ended: $detail is like "Chrome on Linux, 1.2.3.4", $reason one of the phone-reason-… messages.
phone-activity-detail = { $detail }: { $reason }

# What happened, one line each (short).
phone-event-created = Código de inicio de sesión mostrado
phone-event-scanned = Código escaneado
phone-event-approved = Nuevo inicio de sesión aprobado
phone-event-denied = Inicio de sesión rechazado
phone-event-expired = Código caducado
phone-event-token-issued = Sesión iniciada en un ordenador
phone-event-revoked = Sesión cerrada en un ordenador
phone-event-signed-in = Sesión iniciada en el teléfono
phone-event-failed-sign-in = Intento fallido de inicio de sesión
phone-event-password-changed = Contraseña cambiada
phone-event-passkey-added = Llave de acceso añadida
phone-event-passkey-removed = Llave de acceso eliminada
phone-event-passkey-refused = La llave de acceso no confirmó el inicio de sesión
phone-event-app-signed-in = Sesión iniciada en una aplicación

# Why a computer was logged out (after "Computer logged out", inside phone-activity-detail).
phone-reason-removed-by-phone = cerrada desde este teléfono
phone-reason-signed-out = se cerró la sesión
phone-reason-account-disabled = la cuenta se desactivó
phone-reason-replaced-by-new-login = dejó sitio a un nuevo inicio de sesión
phone-reason-password-changed = se cambió la contraseña
phone-reason-expired = sin usar durante demasiado tiempo
phone-reason-signed-out-by-app = una aplicación cerró la sesión
# How a phone signed in, or what failed (the activity list, after the device or the username).
phone-reason-passkey = con una llave de acceso
phone-reason-recovery-code = con un código de recuperación
phone-reason-passkey-refused = se rechazó una llave de acceso

## Change password (/password)

# Page title (browser tab) and heading.
password-title = Cambiar contraseña
# Shown after the change.
password-changed = Contraseña cambiada. Se ha cerrado la sesión en tus otros teléfonos y se han eliminado las llaves de acceso de otros teléfonos.
# Form field label.
password-current = Contraseña actual
# Form field label.
password-new = Contraseña nueva
# Hint under the new password field.
password-rule = Al menos 8 caracteres. Se cerrará la sesión en tus otros teléfonos y en los ordenadores en los que iniciaron sesión, y solo se conservarán las llaves de acceso de este teléfono.
# Button.
password-button = Cambiar contraseña

## Signed-in phones (/phones)

# Page title (browser tab) and heading.
phones-title = Teléfonos con sesión iniciada
phones-intro = Todos los teléfonos o aplicaciones que pueden aprobar inicios de sesión para esta cuenta. Cierra la sesión en los que no tengas contigo: también se cerrará la sesión en los ordenadores en los que iniciaron sesión y se eliminarán las llaves de acceso que añadieron.
# Shown after another phone was signed out.
phones-done = Se ha cerrado la sesión en ese teléfono y en los ordenadores en los que había iniciado sesión, y se han eliminado las llaves de acceso que añadió.
# Badge beside the phone being used (short).
phones-this-phone = este teléfono
# Under a phone's name. $signed_in and $active are how long ago, like "5 min ago" or "just now" (ago-… messages).
phones-times = sesión iniciada { $signed_in } · última actividad { $active }
# Button (short).
phones-sign-out = Cerrar sesión
# Screen-reader label of that button. $name is the phone's name.
phones-sign-out-label = Cerrar sesión en { $name }

## The phone's menu, on each page of the account

# aria-label of the menu.
nav-label = Tu cuenta
# Menu entries (short).
nav-account = Cuenta
nav-devices = Dispositivos vinculados
nav-activity = Actividad
nav-phones = Teléfonos con sesión iniciada
nav-password = Contraseña
nav-passkeys = Llaves de acceso

## A phone page shown to a phone that is not signed in

# Heading.
nav-not-signed-in = No has iniciado sesión
# Button.
nav-sign-in = Iniciar sesión

## The computer's page once the phone approved it (login page, live in the browser)

# Heading. $name is the account's display name, shown in its own style.
login-session-signed-in-as = Sesión iniciada como { $name }
login-session-approved = Tu teléfono ha aprobado este navegador. Puedes cerrar la sesión aquí o desde el teléfono.
# Button: go on to the page the site named.
login-session-continue = Continuar
# Button.
login-session-sign-out = Cerrar sesión

## Network failures, said by the pages’ scripts (both islands)

# The server did not answer a call of the login page.
network-unreachable = No se puede conectar con el servidor. Comprueba tu conexión.
# The server did not answer a call of a page.
network-unreachable-retry = No se puede conectar con el servidor. Comprueba tu conexión y vuelve a intentarlo.

## Phone: link with a typed code (/link), the form the phone shows when it cannot scan

# The browser tab's title of /link, and the form's heading.
approve-link-title = Vincular con un código
approve-link-intro = ¿No tienes cámara o no funciona el escaneo? Debajo del código QR, el ordenador muestra un código de 8 letras. Introdúcelo aquí.
# The label of the field where the code is typed.
approve-code-label = Código
# Under the code field.
approve-code-hint = 8 letras. No importan las mayúsculas o minúsculas, los espacios ni los guiones.
# Button that sends the typed code. approve-check-code names it.
approve-continue = Continuar
# When another site sent the phone here with a code filled in: the person must check it before going on. “Continue” is the button approve-continue.
approve-check-code = Comprueba que este es el código que aparece en la pantalla del ordenador que tienes delante y, después, toca Continuar.
# What was typed has characters no code has. $letters: the letters codes use, as “B C D F …” (keep as is). $characters: those typed that are not among them, each quoted by approve-code-quoted, joined by commas. $count: how many there are.
approve-code-outside = { $count ->
    [one] Los códigos solo usan estas letras: { $letters } (sin vocales ni dígitos). { $characters } no está entre ellas: vuelve a mirar la pantalla del ordenador.
   *[other] Los códigos solo usan estas letras: { $letters } (sin vocales ni dígitos). { $characters } no están entre ellas: vuelve a mirar la pantalla del ordenador.
}
# One character that was typed, in quotation marks (use your language's). $character: the character.
approve-code-quoted = “{ $character }”
# What was typed does not have 8 letters. $count: how many it has. “BCDF-GHJK” is an example code: keep it as is.
approve-code-length = Un código tiene 8 letras, como BCDF-GHJK; lo que has introducido tiene { $count }: vuelve a mirar la pantalla del ordenador.
# A link was pasted, but not a link to a login code.
approve-code-no-code-in-link = Ese enlace no contiene ningún código de inicio de sesión. Escanea el código QR o introduce las 8 letras que aparecen debajo.
# A typed code that names no login now (a typo, or an old code). $code: the code as typed, like BCDF-GHJK.
approve-code-unknown = Ahora mismo no hay ningún código de inicio de sesión { $code }: comprueba las letras en la pantalla del ordenador. El código cambia cada vez que el ordenador muestra un código QR nuevo.

## Phone: the confirmation of a login (/l/…): who asks, and the decision

# The browser tab's title.
approve-title = Aprobar un inicio de sesión
# While the code is looked up.
approve-checking = Comprobando el código…
# At the top. $site: this site's name, shown in bold.
approve-banner = Inicio de sesión en { $site }
# At the top, when an app asks this site to sign someone in. $site: this site's name; $app: the app's name; both shown in bold.
approve-banner-app = Inicio de sesión en { $site } para { $app }
# The heading: the question. A device is a terminal, a TV… signing in to an app.
approve-question-device = ¿Iniciar sesión en este dispositivo?
# The heading: the question. A kiosk is a shared screen (a tablet on a wall or a desk).
approve-question-kiosk = ¿Iniciar sesión en este quiosco?
# The heading: the question.
approve-question-computer = ¿Iniciar sesión en este ordenador?
# $name: the name of the account signed in on this phone, shown in bold.
approve-signed-in-as = Sesión iniciada aquí como { $name }
# Labels of the list that describes who asks (short): the device's name.
approve-requester-device = Dispositivo
# Label: the browser that asks (Chrome, Firefox…).
approve-requester-browser = Navegador
# Label: the operating system that asks (Windows, Android…).
approve-requester-system = Sistema
# Label: the IP address that asks.
approve-requester-ip = Dirección IP
# Label: how long ago it asked (the value is like “12 seconds ago”).
approve-requester-asked = Solicitado
# In bold, as a warning. $kind: device or computer.
approve-elsewhere = { $kind ->
    [device] Este dispositivo está en una red distinta de la de tu teléfono.
   *[computer] Este ordenador está en una red distinta de la de tu teléfono.
}
# After approve-elsewhere. “it” is the device or computer ($kind: device or computer). “Not me” is the button decision-not-me.
approve-elsewhere-advice = { $kind ->
    [device] Si no estás tú delante de él, puede que alguien te haya enviado su código: toca “No soy yo”.
   *[computer] Si no estás tú delante de él, puede que alguien te haya enviado su código: toca “No soy yo”.
}
# Warning when a device (a terminal, a TV…) asks.
approve-warning-device = Continúa solo si estás delante de ese dispositivo y acabas de empezar a iniciar sesión en él.
# Warning when a computer's browser asks.
approve-warning-screen = Continúa solo si estás delante de esa pantalla y acabas de abrir su página de inicio de sesión.
# When the account confirms logins with a passkey and the computer shows a number to tap.
approve-passkey-numbers = El número que toques pedirá la llave de acceso de este teléfono: la huella digital, la cara o el PIN.
# When the account confirms logins with a passkey. “Log in” is the button decision-log-in.
approve-passkey-log-in = “Iniciar sesión” pedirá la llave de acceso de este teléfono: la huella digital, la cara o el PIN.
approve-passkey-needs-js = Para confirmar con una llave de acceso se necesita JavaScript.
# Shown in bold at the start of approve-kiosk-note (as its $kiosk).
approve-kiosk-note-lead = Esto es un quiosco
# $kiosk: approve-kiosk-note-lead, shown in bold.
approve-kiosk-note = { $kiosk }, una pantalla compartida: cierra la sesión automáticamente cuando nadie lo toca durante un tiempo.
# Checkbox label.
approve-keep-device = Mantener la sesión iniciada en este dispositivo
# Checkbox label.
approve-keep-browser = Mantener la sesión iniciada en este navegador
# Under the checkbox approve-keep-device.
approve-keep-hint-device = Desmárcalo en un dispositivo compartido: la sesión se cerrará antes si no se usa.
# Under the checkbox approve-keep-browser.
approve-keep-hint-browser = Desmárcalo en un ordenador compartido: la sesión se cerrará al cerrar el navegador o si no se usa.
# Number matching: the question (in bold) above three numbers to tap.
approve-match-question = ¿Qué número muestra el ordenador?
# After approve-match-question.
approve-match-tap = Tócalo para iniciar sesión. Cualquier otro número rechaza el inicio de sesión.
# At the most browsers an account may be logged in on: one must be logged out. $max: that most (2 or more).
approve-make-room = { $max ->
    [one] Esta cuenta tiene la sesión iniciada en { $max } navegador, el máximo permitido. Cierra la sesión en uno para hacer sitio:
   *[other] Esta cuenta tiene la sesión iniciada en { $max } navegadores, el máximo permitido. Cierra la sesión en uno para hacer sitio:
}
# A choice under approve-make-room. $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
approve-make-room-browser = { $browser } en { $os }, { $ip }
# The account must add a passkey before it can approve.
approve-passkey-missing = Este sitio pide una llave de acceso en cada inicio de sesión y esta cuenta aún no tiene ninguna. Añade una y vuelve a escanear el código.
# Button (link) to the passkeys page.
approve-add-passkey = Añadir una llave de acceso

## Phone: the confirmation's live part (the buttons and the time left)

# Replaces the time left when the code has expired.
decision-expired = Este código ha caducado: escanea el código nuevo que aparece en la pantalla del ordenador.
# Time left, counted down every second. $n: seconds.
decision-valid-for = { $n ->
    [one] Código válido durante { $n } segundo más
   *[other] Código válido durante { $n } segundos más
}
# Button: refuses the login (short).
decision-not-me = No soy yo
# Button: approves the login (short).
decision-log-in = Iniciar sesión
# The button decision-log-in while its tap is answered (short).
decision-logging-in = Iniciando sesión…

## Phone: after the decision (/decided), and codes that cannot be decided on

# The browser tab's title after approving.
approve-done-title = Sesión iniciada
approve-done-heading = Listo
approve-done-text = El ordenador ya tiene la sesión iniciada. Puedes guardar el teléfono.
# The browser tab's title after refusing.
approve-declined-title = Rechazado
approve-declined-heading = Inicio de sesión rechazado
approve-declined-text = No se ha iniciado ninguna sesión. Si no intentabas iniciar sesión, puede que alguien te haya mostrado su código: puedes ignorarlo.
# Button (link) to the phone's account page.
approve-back-to-account = Volver a tu cuenta
# Heading: the code was approved by this account already.
approve-already-approved = Ya aprobado
approve-already-approved-text = Ese ordenador tiene la sesión iniciada: aprobaste este código. Puedes guardar el teléfono.
# Link to the list of logged-in computers.
approve-see-computers = Ver tus ordenadores con sesión iniciada
# Heading: the code was used already.
approve-already-used = Este código ya se ha usado
approve-already-used-text = Cada código funciona una sola vez. Si el ordenador muestra que tiene la sesión iniciada, no hay que hacer nada más. Si no, escanea el código nuevo que aparece en su pantalla.
# Headings of what went wrong with a code.
approve-problem-invalid-qr = No es un código de inicio de sesión
approve-problem-rate-limited = Demasiados intentos
approve-problem-wrong-number = Número incorrecto: inicio de sesión rechazado
approve-problem-expired = Este código ha caducado
approve-problem-session-limit = Demasiados navegadores con sesión iniciada
approve-problem-unavailable = No se puede conectar con el servidor
approve-problem-other = Algo ha salido mal
# Button (link) to the phone's scanner.
approve-scan-new-code = Escanear el código nuevo
# Link to /link, the form for typing a code.
approve-type-code-instead = Introducir un código
# Heading when the phone is not signed in.
approve-sign-in-heading = Inicia sesión para aprobar
approve-sign-in-text = Un ordenador quiere iniciar sesión con tu cuenta. Primero inicia sesión en este teléfono: el código te espera unos minutos y volverás directamente a él.
# Button (link).
approve-sign-in = Iniciar sesión
# Link.
approve-create-account = Crear una cuenta

## What an app learns of the person (components/consent.rs): the phone's question, and the list of apps allowed

# What an app that asked for the profile learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-profile = tu nombre y tu nombre de usuario
# What an app that asked for nothing more learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-id = un identificador de tu cuenta, nada más
# On the phone the first time an app asks. $app: the app's name, shown in bold. $learns: consent-learns-profile or consent-learns-id. “Log in” is the button decision-log-in; “Linked devices” is the phone's page of that name.
consent-note = { $app } quiere saber que eres tú: { $learns }. “Iniciar sesión” se lo permite; puedes retirar el permiso en Dispositivos vinculados.

## The phone's notice of a new login (components/new_login_notice.rs)

# $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
notice-new-login = Nuevo inicio de sesión: { $browser } en { $os }, { $ip }

## Times in the reader's time zone (components/local_times.rs)

# Replaces the page's “Times are in UTC.” once the browser has shown every time in the reader's own time zone.
times-your-zone = Las horas están en tu zona horaria.

## How long ago (components/ago.rs): on the phone's pages, like “Asked: 12 seconds ago”

# Under 5 seconds.
ago-now = ahora mismo
# $n: seconds (5 to 59).
ago-seconds = { $n ->
    [one] hace { $n } segundo
   *[other] hace { $n } segundos
}
# $n: minutes (1 to 59). English shortens “minutes” to “min”.
ago-minutes = { $n ->
    [one] hace { $n } min
   *[other] hace { $n } min
}
# $n: hours (1 to 47). English shortens “hours” to “h”.
ago-hours = { $n ->
    [one] hace { $n } h
   *[other] hace { $n } h
}
# $n: days (2 or more).
ago-days = { $n ->
    [one] hace { $n } día
   *[other] hace { $n } días
}

## Linked devices page (/devices, on the phone): the browsers this account is logged in on

# Page title (browser tab) and heading.
devices-title = Dispositivos vinculados
devices-intro = Navegadores en los que iniciaste sesión escaneando un código. Cierra la sesión en los que no reconozcas.

# Status lines shown after an action on this page.
devices-done-one = Se ha cerrado la sesión en ese navegador.
devices-done-all = Se ha cerrado la sesión en todos los navegadores.
devices-done-renamed = Guardado.
devices-done-withdrawn = Se ha retirado el permiso a esa aplicación: se ha cerrado su sesión y volverá a pedirlo.

devices-none = Ningún navegador tiene la sesión iniciada con esta cuenta.

# Button that logs out every listed browser. $n is how many (at least 1).
devices-log-out-all = { $n ->
    [one] Cerrar sesión en el navegador
   *[other] Cerrar sesión en los { $n } navegadores
}
# Link that opens the confirmation for logging out every browser (ends with an ellipsis: it asks first). $n is how many (at least 1).
devices-log-out-all-ask = { $n ->
    [one] Cerrar sesión en el navegador…
   *[other] Cerrar sesión en los { $n } navegadores…
}
# Heading of that confirmation, as a question. $n is how many (at least 1).
devices-log-out-all-question = { $n ->
    [one] ¿Cerrar sesión en el navegador?
   *[other] ¿Cerrar sesión en los { $n } navegadores?
}
devices-log-out-all-text = La sesión de cada uno se cierra al momento y su página vuelve a mostrar un código de inicio de sesión. También se avisa a las aplicaciones en las que se inició sesión a través de ellos.
devices-cancel = Cancelar

# What a browser is, as its name when it has none: e.g. "Firefox on Linux".
devices-kind = { $browser } en { $os }
# Small line under a browser that signed itself in with a passkey ("Use a passkey" on the computer): no phone approved it, and devices-came then names the passkey.
devices-came-passkey = Sesión iniciada con una llave de acceso en el ordenador, sin escanear.
# Small line under a browser's name. $ip: its IP address; $linked: when, an already-translated phrase such as "5 min ago" or "just now"; $phone: the name of the phone that approved it; $app: the name of the app (third-party website) it signed in to. $how picks the line: for an app, as a kiosk, both, or neither. Keep "·" as a separator.
devices-came = { $how ->
    [app] { $ip } · vinculado { $linked } por { $phone }, para iniciar sesión en { $app }
    [kiosk] { $ip } · vinculado { $linked } por { $phone }, como quiosco
    [app-kiosk] { $ip } · vinculado { $linked } por { $phone }, para iniciar sesión en { $app }, como quiosco
   *[other] { $ip } · vinculado { $linked } por { $phone }
}
# $ago: an already-translated phrase such as "5 min ago" or "just now".
devices-last-active = última actividad { $ago }
# Badge next to the browser the phone approved a moment ago.
devices-just-approved = Acabas de aprobar este
# Opens the field to rename a browser.
devices-rename = Cambiar nombre
# Example name in the empty rename field.
devices-rename-placeholder = Portátil de la oficina
devices-save = Guardar
# Button, short.
devices-log-out = Cerrar sesión
# Screen reader name of the "Log out" button of one browser. $name: the browser's name; $ip: its IP address; $linked: e.g. "5 min ago".
devices-log-out-label = Cerrar sesión en { $name }, { $ip }, vinculado { $linked }
# Screen reader name of the rename field of one browser. Same variables as above.
devices-rename-label = Nuevo nombre para { $name }, { $ip }, vinculado { $linked }

## Linked devices page: apps (third-party websites) this account allowed to know it

devices-apps-title = Aplicaciones que has permitido
devices-apps-intro = Saben que eres tú cuando inicias sesión en ellas. Si le retiras el permiso a una, su sesión se cierra al momento y volverá a pedirlo la próxima vez.
# Small line under an app's name. $learns: an already-translated phrase of what it learns, e.g. "your name and username"; $allowed: e.g. "5 min ago". Keep "·" as a separator.
devices-app-came = conoce { $learns } · permitida { $allowed }
# Button, short: takes back the app's permission.
devices-withdraw = Retirar
# Screen reader name of the "Withdraw" button. $app: the app's name.
devices-withdraw-label = Retirar el permiso a { $app }

## Passkeys page (/passkeys, on the phone)

# Page title (browser tab) and heading.
passkeys-title = Llaves de acceso
passkeys-intro = Con una llave de acceso, cada inicio de sesión que apruebes pedirá la huella digital, la cara o el PIN de este teléfono: quien tenga tu teléfono desbloqueado, o una copia de su sesión, no podrá aprobar ninguno por sí solo. Una llave de acceso también te permite iniciar sesión sin tu contraseña.

# Status lines shown after an action on this page.
passkeys-done-added = Llave de acceso añadida. Los inicios de sesión que apruebes a partir de ahora la pedirán.
passkeys-done-removed = Llave de acceso eliminada.

passkeys-none = Esta cuenta aún no tiene ninguna llave de acceso.
passkeys-none-required = Esta cuenta aún no tiene ninguna llave de acceso y este sitio pide una en cada inicio de sesión: añade una para poder aprobar inicios de sesión.
# PUBLIC_URL is the name of a server setting: do not translate it.
passkeys-off = Las llaves de acceso están desactivadas en este servidor: requieren que el sitio tenga un nombre de dominio, y su dirección (PUBLIC_URL) es una dirección IP.

# Small text after a passkey's name. $added and $used: already-translated phrases such as "5 min ago" or "just now".
passkeys-dates = añadida { $added }, último uso { $used }
# Small text after the name of a passkey never used. $added: e.g. "5 min ago".
passkeys-dates-unused = añadida { $added }, aún sin usar
# Under a passkey added before passkeys were made to work without a username: it still approves logins, and may or may not sign in without a username (many do); adding it again makes sure.
passkeys-not-discoverable = Sirve para confirmar inicios de sesión. Si no te permite iniciar sesión sin nombre de usuario, vuelve a añadirla.
# Label of the password field that removes one passkey. $name: the passkey's name.
passkeys-remove-label = Tu contraseña, para eliminar “{ $name }”
# Button, short.
passkeys-remove = Eliminar

# Heading of the form that adds a passkey.
passkeys-add-title = Añadir una llave de acceso
# Button that submits that form.
passkeys-add = Añadir llave de acceso
# Label of the new passkey's name field.
passkeys-name = Nombre
# Example name in the empty name field.
passkeys-name-placeholder = Este teléfono
passkeys-password = Contraseña
passkeys-password-hint = Vuelve a escribir tu contraseña: un teléfono que se ha dejado desbloqueado no puede añadir una llave de acceso por sí solo.
passkeys-needs-js = Para añadir una llave de acceso se necesita JavaScript.

## Errors, as a person reads them (app/src/components/sentences.rs). Also the
## `message` of the JSON API's errors, in the language the app asks for.

# A duration inside "try again in …" ($n is a number of seconds or minutes).
wait-seconds = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
}
wait-a-minute = un minuto
wait-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}

# $later is either error-later-soon or error-later-in.
error-later-soon = dentro de un rato
# $wait is a duration: "15 minutes".
error-later-in = dentro de { $wait }

error-sign-in-mismatch = El nombre de usuario y la contraseña no coinciden. Compruébalos y vuelve a intentarlo.
error-password-wrong = Tu contraseña actual no es correcta. No se ha cambiado nada.
error-passkeys-password-wrong = Esa contraseña no es correcta. No se ha cambiado nada.
error-recover-mismatch = El nombre de usuario y el código de recuperación no coinciden, o el código ya se ha usado. No se ha cambiado nada.
error-sign-in-first = Primero inicia sesión en este teléfono.
# The computer's browser asked for its session, and has none (the JSON API).
error-browser-signed-out = Este navegador no tiene la sesión iniciada. Vuelve a iniciar sesión con tu teléfono.
# The computer's browser sent a step that another tab or browser began (for example "Use a passkey" after the page's cookies were cleared).
error-browser-reload = Esta página está desactualizada: vuelve a cargarla e inténtalo de nuevo.
# $later: "in 15 minutes" or "in a little while".
error-sign-in-rate-limited = Demasiados intentos de inicio de sesión. Por tu seguridad, vuelve a intentarlo { $later }.
error-sign-up-rate-limited = Se han creado demasiadas cuentas desde esta red. Vuelve a intentarlo { $later }.
error-rate-limited = Has hecho demasiados intentos. Vuelve a intentarlo { $later }.
error-username-taken = Alguien ya usa ese nombre de usuario. Elige otro.
error-sign-up-bad = Un nombre de usuario tiene de 3 a 32 letras, dígitos, puntos, guiones o guiones bajos, y una contraseña tiene al menos 8 caracteres.
error-new-password-bad = Una contraseña nueva debe tener al menos 8 caracteres. No se ha cambiado nada.
error-passkey-bad = Esta cuenta ya tiene esta llave de acceso, o ya tiene el máximo permitido (10): elimina una primero. No se ha cambiado nada.
error-bad-request = Algo de ese formulario no se ha rellenado como debería. Revísalo y vuelve a intentarlo.
error-invalid-qr = Este enlace no es un código de inicio de sesión de este sitio.
error-expired = Este código ha caducado. El ordenador muestra uno nuevo automáticamente: escanea ese.
error-already-used = Este código ya se ha usado: solo funciona una vez. Si el ordenador no tiene la sesión iniciada, escanea el código nuevo que aparece en su pantalla.
error-already-approved = Ya aprobaste este código: ese ordenador tiene la sesión iniciada. No hay que hacer nada más.
error-session-limit = Esta cuenta tiene la sesión iniciada en el máximo de navegadores permitido. Elige uno abajo para cerrar su sesión y vuelve a tocar Iniciar sesión.
error-wrong-number = Ese no es el número que aparece en la pantalla del ordenador, así que se ha rechazado el inicio de sesión y no se ha iniciado ninguna sesión. Si estás delante de ese ordenador, escanea su código nuevo y elige el número que muestra.
error-passkey-needs-script = Para añadir una llave de acceso se necesita JavaScript: actívalo para este sitio y vuelve a intentarlo.
error-passkey-required = Este inicio de sesión necesita tu llave de acceso y no se ha proporcionado ninguna, así que no se ha aprobado nada. Toca Iniciar sesión y confirma con tu llave de acceso (hace falta tener JavaScript activado).
error-passkey-sign-in-refused = La llave de acceso no ha iniciado tu sesión: puede que se haya eliminado de tu cuenta o que se añadiera antes de que las llaves de acceso funcionaran sin nombre de usuario (vuelve a añadirla en Llaves de acceso). Vuelve a intentarlo o inicia sesión con tu contraseña.
# The computer's "Use a passkey" did not sign it in.
error-passkey-browser-refused = Esta llave de acceso no ha iniciado tu sesión: puede que se haya eliminado de tu cuenta o que no se haya superado la comprobación en tu dispositivo. No se ha cambiado nada. Vuelve a intentarlo o escanea el código QR con tu teléfono.
error-passkey-add-refused = No se ha añadido la llave de acceso: el teléfono no la ha confirmado. No se ha cambiado nada. Vuelve a intentarlo.
error-passkey-refused = Tu llave de acceso no ha confirmado este inicio de sesión, así que no se ha aprobado nada. Toca Iniciar sesión para volver a intentarlo.
error-not-found = Eso ya no está aquí. Puede que ya haya terminado.
error-unavailable = El servicio está ocupado o no se puede acceder a él. No se ha cambiado nada. Vuelve a intentarlo { $later }.
error-timeout = Ha tardado demasiado. No se ha cambiado nada. Vuelve a intentarlo.
error-cross-site = Esa solicitud no procede de una página de este sitio, así que se ha rechazado.
error-internal = Algo ha salido mal por nuestra parte. No se ha cambiado nada. Vuelve a intentarlo.

## The pages' plain scripts (public/passkey/passkey.js, public/scan/scan.js).

# /passkeys, while the password is checked before the phone's prompt.
script-checking-password = Comprobando tu contraseña…
# /scan, once the camera runs.
script-scan-point = Apunta la cámara al código QR de la pantalla del ordenador.
script-scan-found = Código encontrado. Abriéndolo…
# /scan: $site is the site's name.
script-scan-other-site = Este código no es de { $site }. Escanea el código de la página de inicio de sesión de { $site }.

## A moment on the server's pages (the activity list), in UTC; with JavaScript
## the page rewrites it in the reader's time zone.

# $month is 1 to 12; $hour and $minute have two digits.
time-moment = { $day } { $month ->
        [1] ene
        [2] feb
        [3] mar
        [4] abr
        [5] may
        [6] jun
        [7] jul
        [8] ago
        [9] sept
        [10] oct
        [11] nov
       *[12] dic
    } { $year }, { $hour }:{ $minute } UTC
