## The language menu at the foot of every page.

# The label of the list of languages.
common-language = Idioma
# The menu's button (short).
common-language-change = Alterar

## Every page's frame (components/page.rs)

# The page's description for search engines and link previews. $site is the site's name.
page-description = { $site }: faça login em um computador escaneando um código com o celular em que você já fez login.

## Log in page (/login) and kiosk page (/kiosk) on the computer, as the server renders it

# The browser tab's title of /login.
login-title = Fazer login
# The browser tab's title of /kiosk (a tablet left on a wall or a desk that shows login codes).
login-kiosk-title = Quiosque
# Shown only when /login is opened on a phone. $link is the link login-on-a-phone-link.
login-on-a-phone = Você está em um celular: { $link }. Esta página mostra um código para ser escaneado por um celular.
# The link inside login-on-a-phone; it opens the phone's sign-in page.
login-on-a-phone-link = faça login aqui
# Above the code when an app (OpenID Connect) asked this site to sign someone in. $app is the app's name, shown in bold.
login-app-banner = Fazer login em { $app }
# Button: gives up the app's sign-in and returns to the app. $app is the app's name.
login-app-cancel = Cancelar e voltar para { $app }
# Button or link after an error, to load a new code.
login-try-again = Tentar de novo
# One line beside "Use a passkey", under the QR code. It explains the choice without turning people away from the QR code: a passkey (on the phone, reached by the browser over Bluetooth) only works when the phone is physically near this computer.
login-passkey-why = Chave de acesso no celular? Ela só funciona perto deste computador, o que a torna o jeito mais seguro de entrar em uma tela que não é sua.
# Button: opens the browser's own passkey window (which can offer "use a phone or tablet").
login-passkey-use = Usar chave de acesso
# Checkbox beside "Use a passkey". Unticked: this session only.
login-passkey-keep = Manter conectado neste computador
# Status while the browser's passkey window is open.
login-passkey-waiting = Confirme na janela de chave de acesso do seu navegador. Para usar seu celular, escolha “Usar um smartphone ou tablet” nela e escaneie o código exibido.
# Status when the passkey window was closed or the check did not pass.
login-passkey-cancelled = Nenhuma chave de acesso foi usada, então nada mudou. Tente de novo ou escaneie o QR code com seu celular.
# Status just before the page moves on, signed in.
login-passkey-signed-in = Conectado. Só um momento…
# Above "Use a passkey" when an app (OpenID Connect) is waiting. $app: the app's name, in bold; $learns: consent-learns-profile or consent-learns-id.
login-passkey-consent = { $app } quer saber se é você: { $learns }. Fazer login com uma chave de acesso permite isso; você pode revogar a permissão em Aparelhos conectados, no seu celular.

## Log in page: the live part in the browser (code, steps, what the phone is doing)

login-offline = Você está off-line. Um novo código vai aparecer assim que a rede voltar.
# Under the signed-in view of a kiosk. $wait is a duration, already translated (for example “15 minutes”, “a minute”).
login-kiosk-idle = Este quiosque sai da conta sozinho depois de { $wait } sem nenhum toque.
# Button over a faded code: the page stopped making codes to save power.
login-new-code-veiled = Clique para ver um novo código
# Button in place of the code. Also named at the end of login-signing-in-notice.
login-new-code = Mostrar um novo código
# The steps under the code, 1 of 3.
login-step-open = No seu celular, abra este site (ou nosso app) e faça login.
# The steps under the code, 2 of 3.
login-step-scan = Escaneie o código com a câmera ou digite as letras que aparecem embaixo dele.
# The steps under the code, 3 of 3. $button is login-step-approve-button, shown in bold.
login-step-approve = Confira os detalhes e toque em { $button }.
# The name of the phone's button that approves a login: keep it identical to that button's label on the phone.
login-step-approve-button = Fazer login
login-newcomer = Ainda não tem conta? Escaneie mesmo assim: seu celular vai ajudar você a criar uma.
# What a screen reader says of the QR code image.
login-qr-label = QR code de login: escaneie com a câmera ou o app do seu celular
# Under the code. $page is the address to open on the phone (like example.com/link), $code is the 8-letter code (like BCDF-GHJK); both are shown in bold.
login-no-camera = Sem câmera? No seu celular, abra { $page } e digite { $code }

## Log in page: headings (which also name the browser tab) and the line under them

# A phone scanned the code. $who is the account's display name.
login-heading-check-phone = Confira seu celular, { $who }
# A phone scanned the code (whose is not known).
login-heading-confirm = Aprove no seu celular
# $device is the phone's name (like “Pixel 8”).
login-scanned-tap = Escaneado em { $device }. Toque em “Fazer login” nesse celular para continuar.
# $device is the phone's name (like “Pixel 8”). The number to tap is shown below this line.
login-scanned-number = Escaneado em { $device }. No celular, toque neste número para fazer login:
login-heading-signing-in = Alguém está fazendo login no celular…
login-signing-in-notice = Este código espera por essa pessoa durante alguns minutos. Não é você? Mostre um novo código.
login-heading-finishing = Fazendo seu login…
login-heading-signing-out = Saindo…
login-heading-denied = Login recusado
login-denied-wrong-number = O celular escolheu um número diferente. Nenhum login foi feito.
login-denied-not-me = O celular respondeu “Não fui eu”. Nenhum login foi feito.
login-heading-paused = Pausado para economizar energia
login-paused-notice = Ninguém escaneou nada por alguns minutos, então esta página parou de gerar códigos.
login-heading-signed-out = Você foi desconectado
# $because is one of the login-signed-out-… sentences below (why the session ended).
login-signed-out-notice = { $because } Escaneie para fazer login de novo.
# Heading, and the browser tab's name, once signed in.
login-heading-signed-in = Conectado
login-heading-waiting = Faça login com seu celular

## Log in page: why the session ended (shown in login-signed-out-notice)

login-signed-out-signed-out = Você saiu da conta em outra guia.
login-signed-out-phone-signed-out = O celular que fez seu login saiu da conta.
login-signed-out-removed-by-phone = Seu celular desconectou este navegador.
login-signed-out-replaced = Um login mais recente tomou o lugar deste navegador.
login-signed-out-password-changed = A senha da conta foi alterada.
login-signed-out-account-disabled = Esta conta foi desativada.
login-signed-out-expired = Ninguém usou este navegador por um tempo.
login-signed-out-other = Esta sessão foi encerrada.

## The countdown beside the login code (components/expiry_ring.rs)

# $n is the number of seconds left before the code on screen stops working.
expiry-left = { $n ->
    [one] Válido por mais { $n } segundo
   *[other] Válido por mais { $n } segundos
}

## Scan a code (/scan), on the phone

# The browser tab's title.
scan-title = Escanear um código
scan-heading = Escaneie o código do computador
# What a screen reader says of the camera's picture.
scan-video-label = O que a câmera vê
scan-starting = Iniciando a câmera…
scan-no-script = Para escanear aqui, é preciso JavaScript. Escaneie com o app de câmera do celular ou digite o código.
scan-denied-heading = A câmera não está permitida
scan-denied-text = Esta página não tem permissão para usar a câmera. Permita o acesso nas configurações do navegador para este site e recarregue a página, ou digite as 8 letras que o computador mostra embaixo do QR code.
scan-none-heading = Nenhuma câmera encontrada
scan-none-text = O navegador não oferece nenhuma câmera a esta página (uma página que não está em https não recebe nenhuma). Em vez disso, digite as 8 letras que o computador mostra embaixo do QR code.
# Button (a link) to the page where the code is typed.
scan-type-instead = Digitar o código

## Home page (/)

# The browser tab's title.
home-title = Boas-vindas
home-heading = Faça login com seu celular
home-intro = Faça login neste computador escaneando um código com o celular em que você já fez login. Nenhuma senha é digitada aqui.
# Button (a link) to /login.
home-login = Fazer login neste computador
# $signin is the link home-phone-signin, $signup the link home-phone-signup.
home-phone = No seu celular: { $signin } ou { $signup } e depois escaneie o código que um computador mostrar.
# Link inside home-phone.
home-phone-signin = faça login
# Link inside home-phone.
home-phone-signup = crie uma conta

## Page not found (any unknown address)

# The browser tab's title and the page's heading.
notfound-title = Página não encontrada
notfound-text = Não há nenhuma página neste endereço.
# Button (a link) to the home page.
notfound-home = Início
# Button (a link) to the phone's account page.
notfound-account = Sua conta

## What this site says when it cannot send a person back to an app that asked it to sign them in (OpenID Connect)
## Each pair: a heading (also the browser tab's title), then the text under it.

oidc-signed-out-title = Você foi desconectado
oidc-signed-out-text = O app também desconectou você deste site. Feche esta guia ou faça login de novo pelo app.
oidc-expired-title = Este login expirou
oidc-expired-text = O app pediu este login há mais de 10 minutos, ou ele já foi usado. Volte ao app e faça login de novo.
oidc-unknown-client-title = Este app não é conhecido aqui
oidc-unknown-client-text = O link que trouxe você até aqui indica um app para o qual este site não faz login. Nada foi enviado a ele. Avise o responsável pelo app.
oidc-bad-redirect-title = Este link de login não está correto
oidc-bad-redirect-text = O app pediu para receber a resposta em um endereço que ele não registrou neste site, então nada foi enviado para lá. Avise o responsável pelo app.
oidc-bad-logout-redirect-title = Este link para desconectar não está correto
oidc-bad-logout-redirect-text = O app pediu para voltar a um endereço que ele não registrou neste site. Nada foi alterado.
oidc-other-browser-title = Este login é de outro navegador
oidc-other-browser-text = Ele foi iniciado em outro navegador, que continua com ele. Nada foi enviado ao app. Para fazer login aqui, volte ao app neste navegador e comece de novo.
oidc-logout-needs-hint-title = Nada foi desconectado
# “Log out” here is the app's own button, whatever the app calls it.
oidc-logout-needs-hint-text = O app não disse qual login encerrar. Para se desconectar, use a opção de desconectar do próprio app ou a lista de aparelhos conectados do seu celular.
oidc-confirm-logout-title = Desconectar este navegador?
oidc-confirm-logout-text = Um app pediu para desconectar você, com um link antigo que indica um login anterior. Desconectar este navegador deste site também?
oidc-still-signed-in-title = Você ainda está conectado
oidc-still-signed-in-text = Nada foi desconectado aqui. Feche esta guia ou volte ao app.
oidc-other-title = Algo deu errado
oidc-other-text = Esta página não tem nada para mostrar. Volte ao app e tente de novo.
# Button: answers oidc-confirm-logout-text.
oidc-log-out = Desconectar
# Button: answers oidc-confirm-logout-text.
oidc-stay = Continuar conectado

## Sign in on the phone (/signin)

# Shown after the phone signed out and logged out the computers it had logged in.
phone-signed-out = Você saiu da conta neste celular, e todos os computadores em que ele tinha feito login foram desconectados.
# Shown after the phone signed out but kept its computers signed in. "Linked devices" is the menu's name for that page (nav-devices).
phone-signed-out-kept = Você saiu da conta neste celular. Os computadores em que ele fez login continuam conectados: outro celular seu pode desconectá-los em Aparelhos conectados.
# Page title (browser tab).
phone-sign-in-title = Fazer login
phone-sign-in-heading = Faça login neste celular
# $name is the display name of the account already signed in; the page shows it in bold.
phone-signed-in-already = Você fez login neste celular como { $name }.
# Button. $name is the display name of the account already signed in.
phone-continue-as = Continuar como { $name }
phone-other-account = Para usar outra conta neste celular, faça login com ela abaixo.
phone-sign-in-code-waiting = Um computador está esperando você: depois de fazer login, você volta direto para o código dele.
# Form field label (sign in, sign up, recover).
phone-username = Nome de usuário
# Form field label.
phone-password = Senha
# Button.
phone-sign-in-button = Fazer login
# Link on the sign-in page, and the title and heading of the page it opens.
phone-forgot-password = Esqueceu sua senha?
# Shown above the passkey button.
phone-passkey-or = Ou, com uma chave de acesso neste celular:
# Button.
phone-passkey-sign-in = Fazer login com uma chave de acesso
# $link is the link phone-create-one.
phone-no-account = Não tem conta? { $link }
# Link to the sign-up page.
phone-create-one = Crie uma

## Create an account (/signup)

# Page title (browser tab) and heading.
phone-sign-up-title = Criar conta
phone-sign-up-code-waiting = Um computador está esperando você: assim que sua conta for criada, você volta direto para o código dele.
# Hint under the username field.
phone-username-rule = De 3 a 32 letras, números, pontos, hifens ou sublinhados.
# Form field label.
phone-display-name = Nome de exibição
# Hint under the password field.
phone-password-rule = Pelo menos 8 caracteres.
# Button.
phone-sign-up-button = Criar conta
# $link is the link phone-sign-in-link.
phone-have-account = Já tem uma conta? { $link }
# Link to the sign-in page.
phone-sign-in-link = Faça login

## The phone's home (/phone)

# Page title (browser tab).
phone-home-title = Sua conta
# Heading. $name is the account's display name.
phone-home-hello = Olá, { $name }
phone-home-intro = Para fazer login em um computador, abra a página de login dele e escaneie o código: com o app de câmera deste celular ou aqui.
# Button.
phone-home-scan = Escanear um código
# Button: type the short code a computer shows.
phone-home-link = Conectar com um código
# $link is the link phone-home-recovery-link.
phone-home-recovery = { $link } · caso você esqueça a senha
# Link to the recovery codes page.
phone-home-recovery-link = Códigos de recuperação
# Button; the ellipsis says it asks first.
phone-home-sign-out = Sair da conta neste celular…
# Shown when the phone is not signed in.
phone-home-not-signed-in = Faça login para usar este celular para fazer login em computadores.

## Forgot your password? (/recover)

phone-recover-intro = Digite um dos códigos de recuperação que você salvou ao criar a conta e escolha uma nova senha. Cada código funciona uma única vez.
# Form field label.
phone-recovery-code = Código de recuperação
# Form field label.
phone-new-password = Nova senha
# Hint under the new password field.
phone-recover-rule = Pelo menos 8 caracteres. Você sai da conta nos seus outros celulares, como após qualquer troca de senha, e este celular fica com login feito.
# Button.
phone-recover-button = Definir a nova senha
# Heading.
phone-recover-no-code = Não tem código de recuperação?
# $account and $password are the menu's names of the account page and the password page (nav-account, nav-password).
phone-recover-no-code-help = Faça login com uma chave de acesso, se este celular tiver uma para este site. Ou, em outro celular que ainda esteja conectado, altere a senha em { $account } e depois em { $password }.
# Link.
phone-back-to-sign-in = Voltar para o login

## Recovery codes (/recovery)

# Page title (browser tab) and heading.
phone-recovery-title = Códigos de recuperação
# Heading, right after sign-up.
phone-recovery-save-heading = Salve seus códigos de recuperação
# $forgot is the sign-in page's link phone-forgot-password, quoted.
phone-recovery-save-intro = Se você esquecer sua senha, um destes códigos permite definir uma nova: na página de login, escolha “{ $forgot }”. Cada um funciona uma única vez.
phone-recovery-shown-once = Eles são mostrados só agora. Anote-os ou guarde-os em um gerenciador de senhas, não apenas neste celular.
# Button.
phone-recovery-saved = Já salvei: continuar
# Shown after a recovery code set a new password.
phone-recovered = Sua nova senha foi definida e você fez login neste celular. Você saiu da conta nos seus outros celulares.
# $n is how many recovery codes are still unused (0 to 10).
phone-recovery-left = { $n ->
    [0] Você não tem mais nenhum código de recuperação não usado. Gere novos códigos agora.
    [one] Você tem { $n } código de recuperação não usado.
   *[other] Você tem { $n } códigos de recuperação não usados.
}
# Button.
phone-recovery-new-button = Gerar novos códigos
phone-recovery-replace = Os novos códigos substituem os antigos, usados ou não.
# Link back to where the person was.
phone-recovery-done = Concluído
phone-recovery-not-signed-in = Faça login para ver seus códigos de recuperação. Esqueceu sua senha? Use um deles na página de login.

## Sign out of this phone (/signout)

# Page title (browser tab).
phone-sign-out-title = Sair
# Heading.
phone-sign-out-heading = Sair da conta neste celular?
# Link back to the phone's home.
phone-sign-out-cancel = Cancelar
phone-sign-out-not-signed-in = Você não fez login neste celular: não há de onde sair.
phone-sign-out-no-computer = Nenhum computador em que este celular fez login continua conectado.
# Button.
phone-sign-out-button = Sair
# Above the list of computers. $n is how many (at least 1).
phone-sign-out-computers = { $n ->
    [one] Este celular fez login em { $n } computador que continua conectado:
   *[other] Este celular fez login em { $n } computadores que continuam conectados:
}
# One computer of the list: $browser and $os are names like "Chrome" and "Linux", $ip its network address.
phone-sign-out-computer = { $browser } no { $os } · { $ip }
# Button. $n is how many computers (at least 1).
phone-sign-out-all = { $n ->
    [one] Sair e desconectar { $n } computador
   *[other] Sair e desconectar { $n } computadores
}
# Button. $n is how many computers (at least 1); it is not shown.
phone-sign-out-keep = { $n ->
    [one] Sair e manter o computador conectado
   *[other] Sair e manter os computadores conectados
}

## Activity (/activity)

# Page title (browser tab) and heading.
phone-activity-title = Atividade
phone-activity-intro = O que aconteceu com esta conta, do mais recente ao mais antigo.
# The page's script replaces it with “Times are in your time zone.” once it shows local times.
phone-activity-utc = Os horários estão em UTC.
phone-activity-empty = Nada ainda.
# aria-label of the navigation between pages.
phone-activity-pages = Páginas de atividade
# Link to the page of more recent events.
phone-activity-newer = Mais recentes
# Link to the page of older events.
phone-activity-older = Mais antigas
# $page is the page shown, $pages how many there are.
phone-activity-page = Página { $page } de { $pages }
# An event's detail with the reason it ended: $detail is like "Chrome on Linux, 1.2.3.4", $reason one of the phone-reason-… messages.
phone-activity-detail = { $detail }: { $reason }

# What happened, one line each (short).
phone-event-created = Código de login mostrado
phone-event-scanned = Código escaneado
phone-event-approved = Novo login aprovado
phone-event-denied = Login recusado
phone-event-expired = Código expirado
phone-event-token-issued = Computador conectado
phone-event-revoked = Computador desconectado
phone-event-signed-in = Login feito no celular
phone-event-failed-sign-in = Tentativa de login malsucedida
phone-event-password-changed = Senha alterada
phone-event-passkey-added = Chave de acesso adicionada
phone-event-passkey-removed = Chave de acesso removida
phone-event-passkey-refused = A chave de acesso não confirmou o login
phone-event-app-signed-in = Login feito em um app

# Why a computer was logged out (after "Computer logged out", inside phone-activity-detail).
phone-reason-removed-by-phone = desconectado por este celular
phone-reason-signed-out = saiu da conta
phone-reason-account-disabled = a conta foi desativada
phone-reason-replaced-by-new-login = deu lugar a um novo login
phone-reason-password-changed = a senha foi alterada
phone-reason-expired = sem uso por muito tempo
phone-reason-signed-out-by-app = um app o desconectou
# How a phone signed in, or what failed (the activity list, after the device or the username).
phone-reason-passkey = com uma chave de acesso
phone-reason-recovery-code = com um código de recuperação
phone-reason-passkey-refused = uma chave de acesso foi recusada

## Change password (/password)

# Page title (browser tab) and heading.
password-title = Alterar senha
# Shown after the change.
password-changed = Senha alterada. Você saiu da conta nos seus outros celulares, e as chaves de acesso dos outros celulares foram removidas.
# Form field label.
password-current = Senha atual
# Form field label.
password-new = Nova senha
# Hint under the new password field.
password-rule = Pelo menos 8 caracteres. Você sai da conta nos seus outros celulares, os computadores em que eles fizeram login são desconectados, e só as chaves de acesso deste celular são mantidas.
# Button.
password-button = Alterar senha

## Signed-in phones (/phones)

# Page title (browser tab) and heading.
phones-title = Celulares conectados
phones-intro = Todos os celulares ou apps que podem aprovar logins desta conta. Saia da conta nos que não estiverem com você: os computadores em que eles fizeram login também são desconectados, e as chaves de acesso que eles adicionaram são removidas.
# Shown after another phone was signed out.
phones-done = Você saiu da conta nesse celular: os computadores em que ele tinha feito login foram desconectados, e as chaves de acesso que ele adicionou foram removidas.
# Badge beside the phone being used (short).
phones-this-phone = este celular
# Under a phone's name. $signed_in and $active are how long ago, like "5 min ago" or "just now" (ago-… messages).
phones-times = login feito { $signed_in } · última atividade { $active }
# Button (short).
phones-sign-out = Sair
# Screen-reader label of that button. $name is the phone's name.
phones-sign-out-label = Sair da conta em { $name }

## The phone's menu, on each page of the account

# aria-label of the menu.
nav-label = Sua conta
# Menu entries (short).
nav-account = Conta
nav-devices = Aparelhos conectados
nav-activity = Atividade
nav-phones = Celulares conectados
nav-password = Senha
nav-passkeys = Chaves de acesso

## A phone page shown to a phone that is not signed in

# Heading.
nav-not-signed-in = Você não fez login
# Button.
nav-sign-in = Fazer login

## The computer's page once the phone approved it (login page, live in the browser)

# Heading. $name is the account's display name, shown in its own style.
login-session-signed-in-as = Conectado como { $name }
login-session-approved = Seu celular aprovou este navegador. Você pode sair aqui ou pelo celular.
# Button: go on to the page the site named.
login-session-continue = Continuar
# Button.
login-session-sign-out = Sair

## Network failures, said by the pages’ scripts (both islands)

# The server did not answer a call of the login page.
network-unreachable = Não foi possível acessar o servidor. Verifique sua conexão.
# The server did not answer a call of a page.
network-unreachable-retry = Não foi possível acessar o servidor. Verifique sua conexão e tente de novo.

## Phone: link with a typed code (/link), the form the phone shows when it cannot scan

# The browser tab's title of /link, and the form's heading.
approve-link-title = Conectar com um código
approve-link-intro = Sem câmera, ou o escaneamento não funciona? Embaixo do QR code, o computador mostra um código de 8 letras. Digite-o aqui.
# The label of the field where the code is typed.
approve-code-label = Código
# Under the code field.
approve-code-hint = 8 letras. Maiúsculas ou minúsculas, espaços e hifens não importam.
# Button that sends the typed code. approve-check-code names it.
approve-continue = Continuar
# When another site sent the phone here with a code filled in: the person must check it before going on. “Continue” is the button approve-continue.
approve-check-code = Confira se este é o código que aparece na tela do computador à sua frente e depois toque em Continuar.
# What was typed has characters no code has. $letters: the letters codes use, as “B C D F …” (keep as is). $characters: those typed that are not among them, each quoted by approve-code-quoted, joined by commas. $count: how many there are.
approve-code-outside = { $count ->
    [one] Os códigos usam só estas letras: { $letters } (sem vogais e sem números). { $characters } não está entre elas: olhe de novo a tela do computador.
   *[other] Os códigos usam só estas letras: { $letters } (sem vogais e sem números). { $characters } não estão entre elas: olhe de novo a tela do computador.
}
# One character that was typed, in quotation marks (use your language's). $character: the character.
approve-code-quoted = “{ $character }”
# What was typed does not have 8 letters. $count: how many it has. “BCDF-GHJK” is an example code: keep it as is.
approve-code-length = Um código tem 8 letras, como BCDF-GHJK; o que você digitou tem { $count }: olhe de novo a tela do computador.
# A link was pasted, but not a link to a login code.
approve-code-no-code-in-link = Esse link não contém nenhum código de login. Escaneie o QR code ou digite as 8 letras que aparecem embaixo dele.
# A typed code that names no login now (a typo, or an old code). $code: the code as typed, like BCDF-GHJK.
approve-code-unknown = Nenhum código de login { $code } no momento: confira as letras na tela do computador. O código muda cada vez que o computador mostra um novo QR code.

## Phone: the confirmation of a login (/l/…): who asks, and the decision

# The browser tab's title.
approve-title = Aprovar um login
# While the code is looked up.
approve-checking = Verificando o código…
# At the top. $site: this site's name, shown in bold.
approve-banner = Login em { $site }
# At the top, when an app asks this site to sign someone in. $site: this site's name; $app: the app's name; both shown in bold.
approve-banner-app = Login em { $site } para { $app }
# The heading: the question. A device is a terminal, a TV… signing in to an app.
approve-question-device = Fazer login neste aparelho?
# The heading: the question. A kiosk is a shared screen (a tablet on a wall or a desk).
approve-question-kiosk = Fazer login neste quiosque?
# The heading: the question.
approve-question-computer = Fazer login neste computador?
# $name: the name of the account signed in on this phone, shown in bold.
approve-signed-in-as = Conectado aqui como { $name }
# Labels of the list that describes who asks (short): the device's name.
approve-requester-device = Aparelho
# Label: the browser that asks (Chrome, Firefox…).
approve-requester-browser = Navegador
# Label: the operating system that asks (Windows, Android…).
approve-requester-system = Sistema
# Label: the IP address that asks.
approve-requester-ip = Endereço IP
# Label: how long ago it asked (the value is like “12 seconds ago”).
approve-requester-asked = Pedido
# In bold, as a warning. $kind: device or computer.
approve-elsewhere = { $kind ->
    [device] Este aparelho está em uma rede diferente da do seu celular.
   *[computer] Este computador está em uma rede diferente da do seu celular.
}
# After approve-elsewhere. “it” is the device or computer ($kind: device or computer). “Not me” is the button decision-not-me.
approve-elsewhere-advice = { $kind ->
    [device] Se não é você que está na frente dele, alguém pode ter enviado o próprio código para você: toque em “Não fui eu”.
   *[computer] Se não é você que está na frente dele, alguém pode ter enviado o próprio código para você: toque em “Não fui eu”.
}
# Warning when a device (a terminal, a TV…) asks.
approve-warning-device = Só continue se você estiver na frente desse aparelho e tiver acabado de iniciar o login nele.
# Warning when a computer's browser asks.
approve-warning-screen = Só continue se você estiver na frente dessa tela e tiver acabado de abrir a página de login nela.
# When the account confirms logins with a passkey and the computer shows a number to tap.
approve-passkey-numbers = O número em que você tocar vai pedir a chave de acesso deste celular: a impressão digital, o rosto ou o PIN.
# When the account confirms logins with a passkey. “Log in” is the button decision-log-in.
approve-passkey-log-in = “Fazer login” vai pedir a chave de acesso deste celular: a impressão digital, o rosto ou o PIN.
approve-passkey-needs-js = Para confirmar com uma chave de acesso, é preciso JavaScript.
# Shown in bold at the start of approve-kiosk-note (as its $kiosk).
approve-kiosk-note-lead = Este é um quiosque
# $kiosk: approve-kiosk-note-lead, shown in bold.
approve-kiosk-note = { $kiosk }, uma tela compartilhada: ele sai da conta sozinho quando ninguém toca nele por um tempo.
# Checkbox label.
approve-keep-device = Manter este aparelho conectado
# Checkbox label.
approve-keep-browser = Manter este navegador conectado
# Under the checkbox approve-keep-device.
approve-keep-hint-device = Desmarque em um aparelho compartilhado: ele é desconectado mais cedo quando não está em uso.
# Under the checkbox approve-keep-browser.
approve-keep-hint-browser = Desmarque em um computador compartilhado: ele é desconectado quando o navegador é fechado ou fica sem uso.
# Number matching: the question (in bold) above three numbers to tap.
approve-match-question = Qual número o computador está mostrando?
# After approve-match-question.
approve-match-tap = Toque nele para fazer login. Qualquer outro número recusa o login.
# At the most browsers an account may be logged in on: one must be logged out. $max: that most (2 or more).
approve-make-room = { $max ->
    [one] Esta conta está conectada em { $max } navegador, o máximo permitido. Desconecte um para liberar espaço:
   *[other] Esta conta está conectada em { $max } navegadores, o máximo permitido. Desconecte um para liberar espaço:
}
# A choice under approve-make-room. $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
approve-make-room-browser = { $browser } no { $os }, { $ip }
# The account must add a passkey before it can approve.
approve-passkey-missing = Este site pede uma chave de acesso em cada login, e esta conta ainda não tem nenhuma. Adicione uma e escaneie o código de novo.
# Button (link) to the passkeys page.
approve-add-passkey = Adicionar uma chave de acesso

## Phone: the confirmation's live part (the buttons and the time left)

# Replaces the time left when the code has expired.
decision-expired = Este código expirou: escaneie o novo código na tela do computador.
# Time left, counted down every second. $n: seconds.
decision-valid-for = { $n ->
    [one] Código válido por mais { $n } segundo
   *[other] Código válido por mais { $n } segundos
}
# Button: refuses the login (short).
decision-not-me = Não fui eu
# Button: approves the login (short).
decision-log-in = Fazer login
# The button decision-log-in while its tap is answered (short).
decision-logging-in = Fazendo login…

## Phone: after the decision (/decided), and codes that cannot be decided on

# The browser tab's title after approving.
approve-done-title = Login feito
approve-done-heading = Pronto
approve-done-text = O computador agora está conectado. Você já pode guardar o celular.
# The browser tab's title after refusing.
approve-declined-title = Recusado
approve-declined-heading = Login recusado
approve-declined-text = Nenhum login foi feito. Se não foi você que tentou fazer login, alguém pode ter mostrado o próprio código para você: pode ignorá-lo.
# Button (link) to the phone's account page.
approve-back-to-account = Voltar para sua conta
# Heading: the code was approved by this account already.
approve-already-approved = Já aprovado
approve-already-approved-text = Aquele computador está conectado: você aprovou este código. Você já pode guardar o celular.
# Link to the list of logged-in computers.
approve-see-computers = Ver seus computadores conectados
# Heading: the code was used already.
approve-already-used = Este código já foi usado
approve-already-used-text = Cada código funciona uma única vez. Se o computador mostrar que está conectado, não há mais nada a fazer. Se não, escaneie o novo código na tela dele.
# Headings of what went wrong with a code.
approve-problem-invalid-qr = Não é um código de login
approve-problem-rate-limited = Tentativas demais
approve-problem-wrong-number = Número errado: login recusado
approve-problem-expired = Este código expirou
approve-problem-session-limit = Navegadores conectados demais
approve-problem-unavailable = Não foi possível acessar o servidor
approve-problem-other = Algo deu errado
# Button (link) to the phone's scanner.
approve-scan-new-code = Escanear o novo código
# Link to /link, the form for typing a code.
approve-type-code-instead = Digitar um código
# Heading when the phone is not signed in.
approve-sign-in-heading = Faça login para aprovar
approve-sign-in-text = Um computador quer fazer login com sua conta. Primeiro faça login neste celular: o código espera você por alguns minutos, e você volta direto para ele.
# Button (link).
approve-sign-in = Fazer login
# Link.
approve-create-account = Criar conta

## What an app learns of the person (components/consent.rs): the phone's question, and the list of apps allowed

# What an app that asked for the profile learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-profile = seu nome e nome de usuário
# What an app that asked for nothing more learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-id = um identificador da sua conta, nada mais
# On the phone the first time an app asks. $app: the app's name, shown in bold. $learns: consent-learns-profile or consent-learns-id. “Log in” is the button decision-log-in; “Linked devices” is the phone's page of that name.
consent-note = { $app } quer saber se é você: { $learns }. “Fazer login” permite isso; você pode revogar a permissão em Aparelhos conectados.

## The phone's notice of a new login (components/new_login_notice.rs)

# $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
notice-new-login = Novo login: { $browser } no { $os }, { $ip }

## Times in the reader's time zone (components/local_times.rs)

# Replaces the page's “Times are in UTC.” once the browser has shown every time in the reader's own time zone.
times-your-zone = Os horários estão no seu fuso horário.

## How long ago (components/ago.rs): on the phone's pages, like “Asked: 12 seconds ago”

# Under 5 seconds.
ago-now = agora mesmo
# $n: seconds (5 to 59).
ago-seconds = { $n ->
    [one] há { $n } segundo
   *[other] há { $n } segundos
}
# $n: minutes (1 to 59). English shortens “minutes” to “min”.
ago-minutes = { $n ->
    [one] há { $n } min
   *[other] há { $n } min
}
# $n: hours (1 to 47). English shortens “hours” to “h”.
ago-hours = { $n ->
    [one] há { $n } h
   *[other] há { $n } h
}
# $n: days (2 or more).
ago-days = { $n ->
    [one] há { $n } dia
   *[other] há { $n } dias
}

## Linked devices page (/devices, on the phone): the browsers this account is logged in on

# Page title (browser tab) and heading.
devices-title = Aparelhos conectados
devices-intro = Navegadores em que você fez login escaneando um código. Desconecte os que você não reconhecer.

# Status lines shown after an action on this page.
devices-done-one = Esse navegador foi desconectado.
devices-done-all = Todos os navegadores foram desconectados.
devices-done-renamed = Salvo.
devices-done-withdrawn = A permissão desse app foi revogada: ele foi desconectado e vai pedir permissão de novo.

devices-none = Nenhum navegador está conectado com esta conta.

# Button that logs out every listed browser. $n is how many (at least 1).
devices-log-out-all = { $n ->
    [one] Desconectar o navegador
   *[other] Desconectar os { $n } navegadores
}
# Link that opens the confirmation for logging out every browser (ends with an ellipsis: it asks first). $n is how many (at least 1).
devices-log-out-all-ask = { $n ->
    [one] Desconectar o navegador…
   *[other] Desconectar os { $n } navegadores…
}
# Heading of that confirmation, as a question. $n is how many (at least 1).
devices-log-out-all-question = { $n ->
    [one] Desconectar o navegador?
   *[other] Desconectar os { $n } navegadores?
}
devices-log-out-all-text = Cada um é desconectado na hora, e a página dele volta a mostrar um código de login. Os apps em que foi feito login por meio deles também são avisados.
devices-cancel = Cancelar

# What a browser is, as its name when it has none: e.g. "Firefox on Linux".
devices-kind = { $browser } no { $os }
# Small line under a browser that signed itself in with a passkey ("Use a passkey" on the computer): no phone approved it, and devices-came then names the passkey.
devices-came-passkey = Login feito com uma chave de acesso no computador, sem escanear.
# Small line under a browser's name. $ip: its IP address; $linked: when, an already-translated phrase such as "5 min ago" or "just now"; $phone: the name of the phone that approved it; $app: the name of the app (third-party website) it signed in to. $how picks the line: for an app, as a kiosk, both, or neither. Keep "·" as a separator.
devices-came = { $how ->
    [app] { $ip } · conectado { $linked } por { $phone }, para fazer login em { $app }
    [kiosk] { $ip } · conectado { $linked } por { $phone }, como quiosque
    [app-kiosk] { $ip } · conectado { $linked } por { $phone }, para fazer login em { $app }, como quiosque
   *[other] { $ip } · conectado { $linked } por { $phone }
}
# $ago: an already-translated phrase such as "5 min ago" or "just now".
devices-last-active = última atividade { $ago }
# Badge next to the browser the phone approved a moment ago.
devices-just-approved = Você acabou de aprovar este
# Opens the field to rename a browser.
devices-rename = Renomear
# Example name in the empty rename field.
devices-rename-placeholder = Notebook do escritório
devices-save = Salvar
# Button, short.
devices-log-out = Desconectar
# Screen reader name of the "Log out" button of one browser. $name: the browser's name; $ip: its IP address; $linked: e.g. "5 min ago".
devices-log-out-label = Desconectar { $name }, { $ip }, conectado { $linked }
# Screen reader name of the rename field of one browser. Same variables as above.
devices-rename-label = Novo nome para { $name }, { $ip }, conectado { $linked }

## Linked devices page: apps (third-party websites) this account allowed to know it

devices-apps-title = Apps que você permitiu
devices-apps-intro = Eles sabem que é você quando você faz login neles. Se você revogar um, ele é desconectado na hora e pede permissão de novo na próxima vez.
# Small line under an app's name. $learns: an already-translated phrase of what it learns, e.g. "your name and username"; $allowed: e.g. "5 min ago". Keep "·" as a separator.
devices-app-came = sabe { $learns } · permitido { $allowed }
# Button, short: takes back the app's permission.
devices-withdraw = Revogar
# Screen reader name of the "Withdraw" button. $app: the app's name.
devices-withdraw-label = Revogar { $app }

## Passkeys page (/passkeys, on the phone)

# Page title (browser tab) and heading.
passkeys-title = Chaves de acesso
passkeys-intro = Com uma chave de acesso, cada login que você aprovar pede a impressão digital, o rosto ou o PIN deste celular: quem estiver com seu celular desbloqueado, ou com uma cópia do login dele, não consegue aprovar um login sozinho. Uma chave de acesso também permite fazer login sem sua senha.

# Status lines shown after an action on this page.
passkeys-done-added = Chave de acesso adicionada. Os logins que você aprovar a partir de agora vão pedir por ela.
passkeys-done-removed = Chave de acesso removida.

passkeys-none = Esta conta ainda não tem nenhuma chave de acesso.
passkeys-none-required = Esta conta ainda não tem nenhuma chave de acesso, e este site pede uma em cada login: adicione uma para poder aprovar logins.
# PUBLIC_URL is the name of a server setting: do not translate it.
passkeys-off = As chaves de acesso estão desativadas neste servidor: elas exigem que o site tenha um nome de domínio, e o endereço dele (PUBLIC_URL) é um endereço IP.

# Small text after a passkey's name. $added and $used: already-translated phrases such as "5 min ago" or "just now".
passkeys-dates = adicionada { $added }, último uso { $used }
# Small text after the name of a passkey never used. $added: e.g. "5 min ago".
passkeys-dates-unused = adicionada { $added }, ainda não usada
# Under a passkey added before passkeys were made to work without a username: it still approves logins, and may or may not sign in without a username (many do); adding it again makes sure.
passkeys-not-discoverable = Ela confirma logins. Se ela não permitir que você faça login sem nome de usuário, adicione-a de novo.
# Label of the password field that removes one passkey. $name: the passkey's name.
passkeys-remove-label = Sua senha, para remover “{ $name }”
# Button, short.
passkeys-remove = Remover

# Heading of the form that adds a passkey.
passkeys-add-title = Adicionar uma chave de acesso
# Button that submits that form.
passkeys-add = Adicionar chave de acesso
# Label of the new passkey's name field.
passkeys-name = Nome
# Example name in the empty name field.
passkeys-name-placeholder = Este celular
passkeys-password = Senha
passkeys-password-hint = Digite sua senha de novo: um celular deixado desbloqueado não consegue adicionar uma chave de acesso por conta própria.
passkeys-needs-js = Para adicionar uma chave de acesso, é preciso JavaScript.

## Errors, as a person reads them (app/src/components/sentences.rs). Also the
## `message` of the JSON API's errors, in the language the app asks for.

# A duration inside "try again in …" ($n is a number of seconds or minutes).
wait-seconds = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
}
wait-a-minute = um minuto
wait-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}

# $later is either error-later-soon or error-later-in.
error-later-soon = daqui a pouco
# $wait is a duration: "15 minutes".
error-later-in = daqui a { $wait }

error-sign-in-mismatch = O nome de usuário e a senha não correspondem. Confira e tente de novo.
error-password-wrong = Sua senha atual não está correta. Nada foi alterado.
error-passkeys-password-wrong = Essa senha não está correta. Nada foi alterado.
error-recover-mismatch = O nome de usuário e o código de recuperação não correspondem, ou o código já foi usado. Nada foi alterado.
error-sign-in-first = Faça login neste celular primeiro.
# The computer's browser asked for its session, and has none (the JSON API).
error-browser-signed-out = Este navegador não está conectado. Faça login novamente com seu celular.
# The computer's browser sent a step that another tab or browser began (for example "Use a passkey" after the page's cookies were cleared).
error-browser-reload = Esta página está desatualizada: recarregue-a e tente de novo.
# $later: "in 15 minutes" or "in a little while".
error-sign-in-rate-limited = Tentativas de login demais. Para sua segurança, tente de novo { $later }.
error-sign-up-rate-limited = Foram criadas contas demais a partir desta rede. Tente de novo { $later }.
error-rate-limited = Foram tentativas demais. Tente de novo { $later }.
error-username-taken = Alguém já usa esse nome de usuário. Escolha outro.
error-sign-up-bad = Um nome de usuário tem de 3 a 32 letras, números, pontos, hifens ou sublinhados, e uma senha tem pelo menos 8 caracteres.
error-new-password-bad = Uma nova senha precisa ter pelo menos 8 caracteres. Nada foi alterado.
error-passkey-bad = Esta conta já tem esta chave de acesso, ou já tem o máximo permitido (10): remova uma primeiro. Nada foi alterado.
error-bad-request = Algo nesse formulário não foi preenchido como deveria. Confira e tente de novo.
error-invalid-qr = Este link não é um código de login deste site.
error-expired = Este código expirou. O computador mostra um novo automaticamente: escaneie esse.
error-already-used = Este código já foi usado: ele só funciona uma vez. Se o computador não estiver conectado, escaneie o novo código na tela dele.
error-already-approved = Você já aprovou este código: aquele computador está conectado. Não há mais nada a fazer.
error-session-limit = Esta conta está conectada no número máximo de navegadores permitido. Escolha um abaixo para desconectar e toque em Fazer login de novo.
error-wrong-number = Esse não é o número na tela do computador, então o login foi recusado e nenhum login foi feito. Se você estiver na frente daquele computador, escaneie o novo código dele e escolha o número que ele mostrar.
error-passkey-needs-script = Para adicionar uma chave de acesso, é preciso JavaScript: ative-o para este site e tente de novo.
error-passkey-required = Este login exige sua chave de acesso, e nenhuma foi fornecida, então nada foi aprovado. Toque em Fazer login e confirme com sua chave de acesso (é preciso ter o JavaScript ativado).
error-passkey-sign-in-refused = A chave de acesso não fez seu login: talvez ela tenha sido removida da sua conta ou adicionada antes de as chaves de acesso funcionarem sem nome de usuário (adicione-a de novo em Chaves de acesso). Tente de novo ou faça login com sua senha.
# The computer's "Use a passkey" did not sign it in.
error-passkey-browser-refused = Esta chave de acesso não fez seu login: talvez ela tenha sido removida da sua conta, ou a verificação no seu aparelho falhou. Nada foi alterado. Tente de novo ou escaneie o QR code com seu celular.
error-passkey-add-refused = A chave de acesso não foi adicionada: o celular não a confirmou. Nada foi alterado. Tente de novo.
error-passkey-refused = Sua chave de acesso não confirmou este login, então nada foi aprovado. Toque em Fazer login para tentar de novo.
error-not-found = Isso não está mais aqui. Talvez já tenha terminado.
error-unavailable = O serviço está ocupado ou não pode ser acessado. Nada foi alterado. Tente de novo { $later }.
error-timeout = Isso demorou demais. Nada foi alterado. Tente de novo.
error-cross-site = Essa solicitação não veio de uma página deste site, então foi recusada.
error-internal = Algo deu errado do nosso lado. Nada foi alterado. Tente de novo.

## The pages' plain scripts (public/passkey/passkey.js, public/scan/scan.js).

# /passkeys, while the password is checked before the phone's prompt.
script-checking-password = Verificando sua senha…
# /scan, once the camera runs.
script-scan-point = Aponte a câmera para o QR code na tela do computador.
script-scan-found = Código encontrado. Abrindo…
# /scan: $site is the site's name.
script-scan-other-site = Este código não é de { $site }. Escaneie o código da página de login de { $site }.

## A moment on the server's pages (the activity list), in UTC; with JavaScript
## the page rewrites it in the reader's time zone.

# $month is 1 to 12; $hour and $minute have two digits.
time-moment = { $day } de { $month ->
        [1] jan.
        [2] fev.
        [3] mar.
        [4] abr.
        [5] mai.
        [6] jun.
        [7] jul.
        [8] ago.
        [9] set.
        [10] out.
        [11] nov.
       *[12] dez.
    } de { $year }, { $hour }:{ $minute } UTC
