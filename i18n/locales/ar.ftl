## The language menu at the foot of every page.

# The label of the list of languages.
common-language = اللغة
# The menu's button (short).
common-language-change = تغيير

## Every page's frame (components/page.rs)

# The page's description for search engines and link previews. $site is the site's name.
page-description = { $site }: سجّل الدخول على جهاز كمبيوتر بمسح رمز بالهاتف الذي سجّلت الدخول عليه.

## Log in page (/login) and kiosk page (/kiosk) on the computer, as the server renders it

# The browser tab's title of /login.
login-title = تسجيل الدخول
# The browser tab's title of /kiosk (a tablet left on a wall or a desk that shows login codes).
login-kiosk-title = جهاز الخدمة الذاتية
# Shown only when /login is opened on a phone. $link is the link login-on-a-phone-link.
login-on-a-phone = أنت تستخدم هاتفًا: { $link }. تعرض هذه الصفحة رمزًا ليمسحه هاتف.
# The link inside login-on-a-phone; it opens the phone's sign-in page.
login-on-a-phone-link = سجّل الدخول من هنا
# Above the code when an app (OpenID Connect) asked this site to sign someone in. $app is the app's name, shown in bold.
login-app-banner = تسجيل الدخول إلى { $app }
# Button: gives up the app's sign-in and returns to the app. $app is the app's name.
login-app-cancel = إلغاء والعودة إلى { $app }
# Button or link after an error, to load a new code.
login-try-again = إعادة المحاولة
# One line beside "Use a passkey", under the QR code. It explains the choice without turning people away from the QR code: a passkey (on the phone, reached by the browser over Bluetooth) only works when the phone is physically near this computer.
login-passkey-why = هل لديك مفتاح مرور على هاتفك؟ لا يعمل إلا بالقرب من هذا الكمبيوتر، ما يجعله الطريقة الأكثر أمانًا لتسجيل الدخول على شاشة لا تملكها.
# Button: opens the browser's own passkey window (which can offer "use a phone or tablet").
login-passkey-use = استخدام مفتاح مرور
# Checkbox beside "Use a passkey". Unticked: this session only.
login-passkey-keep = إبقائي مسجّل الدخول على هذا الكمبيوتر
# Status while the browser's passkey window is open.
login-passkey-waiting = أكّد في نافذة مفتاح المرور في متصفّحك. لاستخدام هاتفك، اختر «استخدام هاتف أو جهاز لوحي» هناك وامسح الرمز الذي يظهر.
# Status when the passkey window was closed or the check did not pass.
login-passkey-cancelled = لم يُستخدم أي مفتاح مرور، لذا لم يتغيّر أي شيء. حاول مرة أخرى، أو امسح رمز QR باستخدام هاتفك.
# Status just before the page moves on, signed in.
login-passkey-signed-in = تم تسجيل الدخول. لحظة من فضلك…
# Above "Use a passkey" when an app (OpenID Connect) is waiting. $app: the app's name, in bold; $learns: consent-learns-profile or consent-learns-id.
login-passkey-consent = يريد { $app } التأكد من أنك أنت: { $learns }. يسمح تسجيل الدخول بمفتاح مرور بذلك؛ ويمكنك سحب الإذن من «الأجهزة المرتبطة» على هاتفك.

## Log in page: the live part in the browser (code, steps, what the phone is doing)

login-offline = أنت غير متصل بالإنترنت. سيظهر رمز جديد فور عودة الاتصال بالشبكة.
# Under the signed-in view of a kiosk. $wait is a duration, already translated (for example “15 minutes”, “a minute”).
login-kiosk-idle = يسجّل جهاز الخدمة الذاتية هذا الخروج تلقائيًا إذا لم يلمسه أحد لمدة { $wait }.
# Button over a faded code: the page stopped making codes to save power.
login-new-code-veiled = انقر للحصول على رمز جديد
# Button in place of the code. Also named at the end of login-signing-in-notice.
login-new-code = عرض رمز جديد
# The steps under the code, 1 of 3.
login-step-open = على هاتفك، افتح هذا الموقع (أو تطبيقنا) وسجّل الدخول.
# The steps under the code, 2 of 3.
login-step-scan = امسح الرمز بالكاميرا، أو اكتب الأحرف الظاهرة أسفله.
# The steps under the code, 3 of 3. $button is login-step-approve-button, shown in bold.
login-step-approve = تحقّق من التفاصيل وانقر على { $button }.
# The name of the phone's button that approves a login: keep it identical to that button's label on the phone.
login-step-approve-button = تسجيل الدخول
login-newcomer = ليس لديك حساب بعد؟ امسح الرمز على أي حال: سيساعدك هاتفك على إنشاء حساب.
# What a screen reader says of the QR code image.
login-qr-label = رمز QR لتسجيل الدخول: امسحه بكاميرا هاتفك أو بالتطبيق
# Under the code. $page is the address to open on the phone (like example.com/link), $code is the 8-letter code (like BCDF-GHJK); both are shown in bold.
login-no-camera = ليست لديك كاميرا؟ على هاتفك، افتح { $page } واكتب { $code }

## Log in page: headings (which also name the browser tab) and the line under them

# A phone scanned the code. $who is the account's display name.
login-heading-check-phone = تحقّق من هاتفك يا { $who }
# A phone scanned the code (whose is not known).
login-heading-confirm = أكّد على هاتفك
# $device is the phone's name (like “Pixel 8”).
login-scanned-tap = تم المسح على { $device }. انقر على «تسجيل الدخول» هناك للمتابعة.
# $device is the phone's name (like “Pixel 8”). The number to tap is shown below this line.
login-scanned-number = تم المسح على { $device }. على الهاتف، انقر على هذا الرقم لتسجيل الدخول:
login-heading-signing-in = شخص ما يسجّل الدخول على هاتفه…
login-signing-in-notice = سينتظره هذا الرمز بضع دقائق. لست أنت؟ انقر على «عرض رمز جديد».
login-heading-finishing = جارٍ تسجيل دخولك…
login-heading-signing-out = جارٍ تسجيل الخروج…
login-heading-denied = تم رفض تسجيل الدخول
login-denied-wrong-number = تم اختيار رقم مختلف على الهاتف. لم يتم تسجيل دخول أي جهاز.
login-denied-not-me = تم اختيار «لست أنا» على الهاتف. لم يتم تسجيل دخول أي جهاز.
login-heading-paused = متوقف مؤقتًا لتوفير الطاقة
login-paused-notice = لم يمسح أحد الرمز منذ بضع دقائق، لذا توقفت هذه الصفحة عن إنشاء الرموز.
login-heading-signed-out = تم تسجيل خروجك
# $because is one of the login-signed-out-… sentences below (why the session ended).
login-signed-out-notice = { $because } امسح الرمز لتسجيل الدخول مرة أخرى.
# Heading, and the browser tab's name, once signed in.
login-heading-signed-in = تم تسجيل الدخول
login-heading-waiting = سجّل الدخول باستخدام هاتفك

## Log in page: why the session ended (shown in login-signed-out-notice)

login-signed-out-signed-out = تم تسجيل الخروج في علامة تبويب أخرى.
login-signed-out-phone-signed-out = تم تسجيل الخروج من الهاتف الذي سجّل دخولك.
login-signed-out-removed-by-phone = سجّل هاتفك خروج هذا المتصفّح.
login-signed-out-replaced = حلّ تسجيل دخول أحدث محلّ هذا المتصفّح.
login-signed-out-password-changed = تم تغيير كلمة مرور الحساب.
login-signed-out-account-disabled = تم تعطيل هذا الحساب.
login-signed-out-expired = لم يستخدم أحد هذا المتصفّح منذ مدة.
login-signed-out-other = انتهت هذه الجلسة.

## The countdown beside the login code (components/expiry_ring.rs)

# $n is the number of seconds left before the code on screen stops working.
expiry-left = { $n ->
    [zero] صالح لمدة { $n } ثانية أخرى
    [one] صالح لمدة ثانية واحدة أخرى
    [two] صالح لمدة ثانيتين أخريين
    [few] صالح لمدة { $n } ثوانٍ أخرى
    [many] صالح لمدة { $n } ثانية أخرى
   *[other] صالح لمدة { $n } ثانية أخرى
}

## Scan a code (/scan), on the phone

# The browser tab's title.
scan-title = مسح رمز
scan-heading = امسح رمز الكمبيوتر
# What a screen reader says of the camera's picture.
scan-video-label = ما تراه الكاميرا
scan-starting = جارٍ تشغيل الكاميرا…
scan-no-script = يتطلب المسح هنا JavaScript. امسح الرمز بتطبيق الكاميرا في الهاتف، أو اكتب الرمز بدلاً من ذلك.
scan-denied-heading = استخدام الكاميرا غير مسموح به
scan-denied-text = لا يُسمح لهذه الصفحة باستخدام الكاميرا. اسمح بذلك في إعدادات المتصفّح لهذا الموقع ثم أعِد تحميل الصفحة، أو اكتب الأحرف الـ8 التي يعرضها الكمبيوتر أسفل رمز QR.
scan-none-heading = لم يتم العثور على كاميرا
scan-none-text = لا يتيح المتصفّح لهذه الصفحة أي كاميرا (الصفحة التي لا تستخدم https لا تحصل على كاميرا). اكتب بدلاً من ذلك الأحرف الـ8 التي يعرضها الكمبيوتر أسفل رمز QR.
# Button (a link) to the page where the code is typed.
scan-type-instead = كتابة الرمز بدلاً من ذلك

## Home page (/)

# The browser tab's title.
home-title = مرحبًا
home-heading = سجّل الدخول باستخدام هاتفك
home-intro = سجّل الدخول على هذا الكمبيوتر بمسح رمز بالهاتف الذي سجّلت الدخول عليه من قبل. لا حاجة لكتابة كلمة مرور هنا.
# Button (a link) to /login.
home-login = تسجيل الدخول على هذا الكمبيوتر
# $signin is the link home-phone-signin, $signup the link home-phone-signup.
home-phone = على هاتفك: { $signin } أو { $signup }، ثم امسح الرمز الذي يعرضه الكمبيوتر.
# Link inside home-phone.
home-phone-signin = سجّل الدخول
# Link inside home-phone.
home-phone-signup = أنشئ حسابًا

## Page not found (any unknown address)

# The browser tab's title and the page's heading.
notfound-title = الصفحة غير موجودة
notfound-text = لا توجد صفحة على هذا العنوان.
# Button (a link) to the home page.
notfound-home = الصفحة الرئيسية
# Button (a link) to the phone's account page.
notfound-account = حسابك

## What this site says when it cannot send a person back to an app that asked it to sign them in (OpenID Connect)
## Each pair: a heading (also the browser tab's title), then the text under it.

oidc-signed-out-title = تم تسجيل خروجك
oidc-signed-out-text = سجّل التطبيق خروجك من هذا الموقع أيضًا. أغلق علامة التبويب هذه، أو سجّل الدخول مرة أخرى من التطبيق.
oidc-expired-title = انتهت صلاحية عملية تسجيل الدخول هذه
oidc-expired-text = طلبها التطبيق منذ أكثر من 10 دقائق، أو سبق استخدامها. ارجع إلى التطبيق وسجّل الدخول مرة أخرى.
oidc-unknown-client-title = هذا التطبيق غير معروف هنا
oidc-unknown-client-text = يشير الرابط الذي أوصلك إلى هنا إلى تطبيق لا يتيح هذا الموقع تسجيل الدخول إليه. لم يُرسَل إليه أي شيء. أبلِغ مالك التطبيق.
oidc-bad-redirect-title = رابط تسجيل الدخول هذا غير صحيح
oidc-bad-redirect-text = طلب التطبيق أن يُرسَل الرد إلى عنوان لم يسجّله لدى هذا الموقع، لذا لم يُرسَل أي شيء إليه. أبلِغ مالك التطبيق.
oidc-bad-logout-redirect-title = رابط تسجيل الخروج هذا غير صحيح
oidc-bad-logout-redirect-text = طلب التطبيق العودة إلى عنوان لم يسجّله لدى هذا الموقع. لم يتغيّر أي شيء.
oidc-other-browser-title = عملية تسجيل الدخول هذه تخص متصفّحًا آخر
oidc-other-browser-text = بدأت في متصفّح آخر، وهو الذي يكملها. لم يُرسَل أي شيء إلى التطبيق. لتسجيل الدخول هنا، ارجع إلى التطبيق في هذا المتصفّح وابدأ من جديد.
oidc-logout-needs-hint-title = لم يتم تسجيل الخروج من أي شيء
# “Log out” here is the app's own button, whatever the app calls it.
oidc-logout-needs-hint-text = لم يحدّد التطبيق عملية تسجيل الدخول التي يجب إنهاؤها. لتسجيل الخروج، استخدم خيار «تسجيل الخروج» في التطبيق نفسه، أو قائمة الأجهزة المرتبطة في هاتفك.
oidc-confirm-logout-title = هل تريد تسجيل الخروج من هذا المتصفّح؟
oidc-confirm-logout-text = طلب تطبيق تسجيل خروجك باستخدام رابط قديم يشير إلى عملية تسجيل دخول سابقة. هل تريد تسجيل خروج هذا المتصفّح من هذا الموقع أيضًا؟
oidc-still-signed-in-title = ما زلت مسجّل الدخول
oidc-still-signed-in-text = لم يتم تسجيل الخروج من أي شيء هنا. أغلق علامة التبويب هذه، أو ارجع إلى التطبيق.
oidc-other-title = حدث خطأ ما
oidc-other-text = لا يوجد ما تعرضه هذه الصفحة. ارجع إلى التطبيق وحاول مرة أخرى.
# Button: answers oidc-confirm-logout-text.
oidc-log-out = تسجيل الخروج
# Button: answers oidc-confirm-logout-text.
oidc-stay = البقاء مسجّل الدخول

## Sign in on the phone (/signin)

# Shown after the phone signed out and logged out the computers it had logged in.
phone-signed-out = تم تسجيل خروج هذا الهاتف، وكذلك كل أجهزة الكمبيوتر التي سجّل دخولها.
# Shown after the phone signed out but kept its computers signed in. "Linked devices" is the menu's name for that page (nav-devices).
phone-signed-out-kept = تم تسجيل خروج هذا الهاتف. تبقى أجهزة الكمبيوتر التي سجّل دخولها مسجّلة الدخول: يمكن لهاتف آخر لديك تسجيل خروجها من «الأجهزة المرتبطة».
# Page title (browser tab).
phone-sign-in-title = تسجيل الدخول
phone-sign-in-heading = سجّل الدخول على هذا الهاتف
# $name is the display name of the account already signed in; the page shows it in bold.
phone-signed-in-already = أنت مسجّل الدخول على هذا الهاتف باسم { $name }.
# Button. $name is the display name of the account already signed in.
phone-continue-as = المتابعة باسم { $name }
phone-other-account = لاستخدام حساب آخر على هذا الهاتف، سجّل الدخول به أدناه.
phone-sign-in-code-waiting = هناك كمبيوتر في انتظارك: بعد تسجيل الدخول ستعود مباشرةً إلى رمزه.
# Form field label (sign in, sign up, recover).
phone-username = اسم المستخدم
# Form field label.
phone-password = كلمة المرور
# Button.
phone-sign-in-button = تسجيل الدخول
# Link on the sign-in page, and the title and heading of the page it opens.
phone-forgot-password = هل نسيت كلمة المرور؟
# Shown above the passkey button.
phone-passkey-or = أو باستخدام مفتاح مرور على هذا الهاتف:
# Button.
phone-passkey-sign-in = تسجيل الدخول بمفتاح مرور
# $link is the link phone-create-one.
phone-no-account = ليس لديك حساب؟ { $link }
# Link to the sign-up page.
phone-create-one = إنشاء حساب

## Create an account (/signup)

# Page title (browser tab) and heading.
phone-sign-up-title = إنشاء حساب
phone-sign-up-code-waiting = هناك كمبيوتر في انتظارك: بمجرد إنشاء حسابك ستعود مباشرةً إلى رمزه.
# Hint under the username field.
phone-username-rule = من 3 إلى 32 حرفًا أو رقمًا أو نقطة أو شرطة أو شرطة سفلية.
# Form field label.
phone-display-name = الاسم المعروض
# Hint under the password field.
phone-password-rule = 8 أحرف على الأقل.
# Button.
phone-sign-up-button = إنشاء حساب
# $link is the link phone-sign-in-link.
phone-have-account = لديك حساب؟ { $link }
# Link to the sign-in page.
phone-sign-in-link = تسجيل الدخول

## The phone's home (/phone)

# Page title (browser tab).
phone-home-title = حسابك
# Heading. $name is the account's display name.
phone-home-hello = مرحبًا، { $name }
phone-home-intro = لتسجيل الدخول على كمبيوتر، افتح صفحة تسجيل الدخول فيه وامسح رمزه: بتطبيق الكاميرا في هذا الهاتف، أو من هنا.
# Button.
phone-home-scan = مسح رمز
# Button: type the short code a computer shows.
phone-home-link = الربط باستخدام رمز
# $link is the link phone-home-recovery-link.
phone-home-recovery = { $link } · في حال نسيان كلمة المرور
# Link to the recovery codes page.
phone-home-recovery-link = رموز الاسترداد
# Button; the ellipsis says it asks first.
phone-home-sign-out = تسجيل الخروج من هذا الهاتف…
# Shown when the phone is not signed in.
phone-home-not-signed-in = سجّل الدخول لتتمكن من تسجيل الدخول على أجهزة الكمبيوتر بهذا الهاتف.

## Forgot your password? (/recover)

phone-recover-intro = أدخِل أحد رموز الاسترداد التي حفظتها عند إنشاء الحساب، واختر كلمة مرور جديدة. يعمل كل رمز مرة واحدة فقط.
# Form field label.
phone-recovery-code = رمز الاسترداد
# Form field label.
phone-new-password = كلمة المرور الجديدة
# Hint under the new password field.
phone-recover-rule = 8 أحرف على الأقل. سيتم تسجيل خروج هواتفك الأخرى، كما يحدث بعد أي تغيير لكلمة المرور، وسيتم تسجيل الدخول على هذا الهاتف.
# Button.
phone-recover-button = تعيين كلمة المرور الجديدة
# Heading.
phone-recover-no-code = ليس لديك رمز استرداد؟
# $account and $password are the menu's names of the account page and the password page (nav-account, nav-password).
phone-recover-no-code-help = سجّل الدخول بمفتاح مرور، إن كان على هذا الهاتف مفتاح مرور لهذا الموقع. أو، على هاتف آخر لا يزال مسجّل الدخول، غيّر كلمة المرور من { $account } ثم { $password }.
# Link.
phone-back-to-sign-in = العودة إلى تسجيل الدخول

## Recovery codes (/recovery)

# Page title (browser tab) and heading.
phone-recovery-title = رموز الاسترداد
# Heading, right after sign-up.
phone-recovery-save-heading = احفظ رموز الاسترداد
# $forgot is the sign-in page's link phone-forgot-password, quoted.
phone-recovery-save-intro = إذا نسيت كلمة المرور، يتيح لك أحد هذه الرموز تعيين كلمة مرور جديدة: في صفحة تسجيل الدخول، اختر «{ $forgot }». يعمل كل رمز مرة واحدة فقط.
phone-recovery-shown-once = لن تظهر هذه الرموز إلا الآن. اكتبها أو احفظها في مدير كلمات مرور، لا على هذا الهاتف وحده.
# Button.
phone-recovery-saved = حفظتها: متابعة
# Shown after a recovery code set a new password.
phone-recovered = تم تعيين كلمة المرور الجديدة، وتم تسجيل الدخول على هذا الهاتف. تم تسجيل خروج هواتفك الأخرى.
# $n is how many recovery codes are still unused (0 to 10).
phone-recovery-left = { $n ->
    [0] لم يتبقَّ لديك أي رمز استرداد غير مستخدم. أنشئ رموزًا جديدة الآن.
    [one] لديك رمز استرداد واحد غير مستخدم.
    [two] لديك رمزا استرداد غير مستخدمين.
    [few] لديك { $n } رموز استرداد غير مستخدمة.
    [many] لديك { $n } رمز استرداد غير مستخدم.
   *[other] لديك { $n } رمز استرداد غير مستخدم.
}
# Button.
phone-recovery-new-button = إنشاء رموز جديدة
phone-recovery-replace = تحلّ الرموز الجديدة محلّ القديمة، سواء استُخدمت أم لا.
# Link back to where the person was.
phone-recovery-done = تم
phone-recovery-not-signed-in = سجّل الدخول لعرض رموز الاسترداد. هل نسيت كلمة المرور؟ استخدم أحدها في صفحة تسجيل الدخول.

## Sign out of this phone (/signout)

# Page title (browser tab).
phone-sign-out-title = تسجيل الخروج
# Heading.
phone-sign-out-heading = هل تريد تسجيل الخروج من هذا الهاتف؟
# Link back to the phone's home.
phone-sign-out-cancel = إلغاء
phone-sign-out-not-signed-in = هذا الهاتف غير مسجّل الدخول: لا يوجد ما يمكن تسجيل الخروج منه.
phone-sign-out-no-computer = لا يوجد كمبيوتر سجّل هذا الهاتف دخوله ولا يزال مسجّل الدخول.
# Button.
phone-sign-out-button = تسجيل الخروج
# Above the list of computers. $n is how many (at least 1).
phone-sign-out-computers = { $n ->
    [zero] سجّل هذا الهاتف دخول { $n } جهاز كمبيوتر لا يزال مسجّل الدخول:
    [one] سجّل هذا الهاتف دخول كمبيوتر واحد لا يزال مسجّل الدخول:
    [two] سجّل هذا الهاتف دخول جهازَي كمبيوتر لا يزالان مسجّلَي الدخول:
    [few] سجّل هذا الهاتف دخول { $n } أجهزة كمبيوتر لا تزال مسجّلة الدخول:
    [many] سجّل هذا الهاتف دخول { $n } جهاز كمبيوتر لا تزال مسجّلة الدخول:
   *[other] سجّل هذا الهاتف دخول { $n } جهاز كمبيوتر لا تزال مسجّلة الدخول:
}
# One computer of the list: $browser and $os are names like "Chrome" and "Linux", $ip its network address.
phone-sign-out-computer = { $browser } على { $os } · { $ip }
# Button. $n is how many computers (at least 1).
phone-sign-out-all = { $n ->
    [zero] تسجيل الخروج من الهاتف ومن { $n } جهاز كمبيوتر
    [one] تسجيل الخروج من الهاتف ومن كمبيوتر واحد
    [two] تسجيل الخروج من الهاتف ومن جهازَي كمبيوتر
    [few] تسجيل الخروج من الهاتف ومن { $n } أجهزة كمبيوتر
    [many] تسجيل الخروج من الهاتف ومن { $n } جهاز كمبيوتر
   *[other] تسجيل الخروج من الهاتف ومن { $n } جهاز كمبيوتر
}
# Button. $n is how many computers (at least 1); it is not shown.
phone-sign-out-keep = { $n ->
    [one] تسجيل الخروج مع إبقاء الكمبيوتر مسجّل الدخول
    [two] تسجيل الخروج مع إبقاء جهازَي الكمبيوتر مسجّلَي الدخول
   *[other] تسجيل الخروج مع إبقاء أجهزة الكمبيوتر مسجّلة الدخول
}

## Activity (/activity)

# Page title (browser tab) and heading.
phone-activity-title = النشاط
phone-activity-intro = ما حدث في هذا الحساب، الأحدث أولاً.
# The page's script replaces it with “Times are in your time zone.” once it shows local times.
phone-activity-utc = الأوقات بتوقيت UTC.
phone-activity-empty = لا شيء بعد.
# aria-label of the navigation between pages.
phone-activity-pages = صفحات النشاط
# Link to the page of more recent events.
phone-activity-newer = الأحدث
# Link to the page of older events.
phone-activity-older = الأقدم
# $page is the page shown, $pages how many there are.
phone-activity-page = الصفحة { $page } من { $pages }
# An event's detail with the reason it ended: $detail is like "Chrome on Linux, 1.2.3.4", $reason one of the phone-reason-… messages.
phone-activity-detail = { $detail }: { $reason }

# What happened, one line each (short).
phone-event-created = تم عرض رمز تسجيل الدخول
phone-event-scanned = تم مسح الرمز
phone-event-approved = تمت الموافقة على تسجيل دخول جديد
phone-event-denied = تم رفض تسجيل الدخول
phone-event-expired = انتهت صلاحية الرمز
phone-event-token-issued = تم تسجيل دخول كمبيوتر
phone-event-revoked = تم تسجيل خروج كمبيوتر
phone-event-signed-in = تم تسجيل الدخول على الهاتف
phone-event-failed-sign-in = محاولة تسجيل دخول فاشلة
phone-event-password-changed = تم تغيير كلمة المرور
phone-event-passkey-added = تمت إضافة مفتاح مرور
phone-event-passkey-removed = تمت إزالة مفتاح مرور
phone-event-passkey-refused = لم يؤكّد مفتاح المرور تسجيل الدخول
phone-event-app-signed-in = تم تسجيل الدخول إلى تطبيق

# Why a computer was logged out (after "Computer logged out", inside phone-activity-detail).
phone-reason-removed-by-phone = تم تسجيل خروجه من هذا الهاتف
phone-reason-signed-out = تم تسجيل الخروج
phone-reason-account-disabled = تم تعطيل الحساب
phone-reason-replaced-by-new-login = أفسح المجال لتسجيل دخول جديد
phone-reason-password-changed = تم تغيير كلمة المرور
phone-reason-expired = لم يُستخدم لمدة طويلة جدًا
phone-reason-signed-out-by-app = سجّل تطبيقٌ خروجه
# How a phone signed in, or what failed (the activity list, after the device or the username).
phone-reason-passkey = باستخدام مفتاح مرور
phone-reason-recovery-code = باستخدام رمز استرداد
phone-reason-passkey-refused = رُفض مفتاح مرور

## Change password (/password)

# Page title (browser tab) and heading.
password-title = تغيير كلمة المرور
# Shown after the change.
password-changed = تم تغيير كلمة المرور. تم تسجيل خروج هواتفك الأخرى، وإزالة مفاتيح المرور الخاصة بالهواتف الأخرى.
# Form field label.
password-current = كلمة المرور الحالية
# Form field label.
password-new = كلمة المرور الجديدة
# Hint under the new password field.
password-rule = 8 أحرف على الأقل. سيتم تسجيل خروج هواتفك الأخرى مع أجهزة الكمبيوتر التي سجّلت دخولها، ولن يُحتفظ إلا بمفاتيح المرور الخاصة بهذا الهاتف.
# Button.
password-button = تغيير كلمة المرور

## Signed-in phones (/phones)

# Page title (browser tab) and heading.
phones-title = الهواتف المسجّلة الدخول
phones-intro = كل هاتف أو تطبيق يمكنه الموافقة على عمليات تسجيل الدخول لهذا الحساب. سجّل الخروج من أي هاتف ليس معك: سيتم أيضًا تسجيل خروج أجهزة الكمبيوتر التي سجّل دخولها، وإزالة مفاتيح المرور التي أضافها.
# Shown after another phone was signed out.
phones-done = تم تسجيل خروج ذلك الهاتف، مع أجهزة الكمبيوتر التي سجّل دخولها ومفاتيح المرور التي أضافها.
# Badge beside the phone being used (short).
phones-this-phone = هذا الهاتف
# Under a phone's name. $signed_in and $active are how long ago, like "5 min ago" or "just now" (ago-… messages).
phones-times = سجّل الدخول { $signed_in } · آخر نشاط { $active }
# Button (short).
phones-sign-out = تسجيل الخروج
# Screen-reader label of that button. $name is the phone's name.
phones-sign-out-label = تسجيل الخروج من { $name }

## The phone's menu, on each page of the account

# aria-label of the menu.
nav-label = حسابك
# Menu entries (short).
nav-account = الحساب
nav-devices = الأجهزة المرتبطة
nav-activity = النشاط
nav-phones = الهواتف المسجّلة الدخول
nav-password = كلمة المرور
nav-passkeys = مفاتيح المرور

## A phone page shown to a phone that is not signed in

# Heading.
nav-not-signed-in = لم تسجّل الدخول
# Button.
nav-sign-in = تسجيل الدخول

## The computer's page once the phone approved it (login page, live in the browser)

# Heading. $name is the account's display name, shown in its own style.
login-session-signed-in-as = تم تسجيل الدخول باسم { $name }
login-session-approved = وافق هاتفك على هذا المتصفّح. يمكنك تسجيل خروجه من هنا، أو من الهاتف.
# Button: go on to the page the site named.
login-session-continue = متابعة
# Button.
login-session-sign-out = تسجيل الخروج

## Network failures, said by the pages’ scripts (both islands)

# The server did not answer a call of the login page.
network-unreachable = تعذّر الوصول إلى الخادم. تحقّق من اتصالك.
# The server did not answer a call of a page.
network-unreachable-retry = تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.

## Phone: link with a typed code (/link), the form the phone shows when it cannot scan

# The browser tab's title of /link, and the form's heading.
approve-link-title = الربط باستخدام رمز
approve-link-intro = ليست لديك كاميرا، أو لا يعمل المسح؟ يعرض الكمبيوتر أسفل رمز QR رمزًا من 8 أحرف. اكتبه هنا.
# The label of the field where the code is typed.
approve-code-label = الرمز
# Under the code field.
approve-code-hint = 8 أحرف. لا يهمّ استخدام الأحرف الصغيرة أو الكبيرة أو المسافات أو الشرطات.
# Button that sends the typed code. approve-check-code names it.
approve-continue = متابعة
# When another site sent the phone here with a code filled in: the person must check it before going on. “Continue” is the button approve-continue.
approve-check-code = تأكّد من أن هذا هو الرمز الظاهر على شاشة الكمبيوتر الذي أمامك، ثم انقر على «متابعة».
# What was typed has characters no code has. $letters: the letters codes use, as “B C D F …” (keep as is). $characters: those typed that are not among them, each quoted by approve-code-quoted, joined by commas. $count: how many there are.
approve-code-outside = { $count ->
    [one] تستخدم الرموز هذه الأحرف فقط: { $letters } (بلا أحرف علّة وبلا أرقام). { $characters } ليس منها: انظر مجددًا إلى شاشة الكمبيوتر.
    [two] تستخدم الرموز هذه الأحرف فقط: { $letters } (بلا أحرف علّة وبلا أرقام). { $characters } ليسا منها: انظر مجددًا إلى شاشة الكمبيوتر.
   *[other] تستخدم الرموز هذه الأحرف فقط: { $letters } (بلا أحرف علّة وبلا أرقام). { $characters } ليست منها: انظر مجددًا إلى شاشة الكمبيوتر.
}
# One character that was typed, in quotation marks (use your language's). $character: the character.
approve-code-quoted = «{ $character }»
# What was typed does not have 8 letters. $count: how many it has. “BCDF-GHJK” is an example code: keep it as is.
approve-code-length = يتكوّن الرمز من 8 أحرف، مثل BCDF-GHJK؛ وما كتبته يحتوي على { $count }: انظر مجددًا إلى شاشة الكمبيوتر.
# A link was pasted, but not a link to a login code.
approve-code-no-code-in-link = لا يحتوي هذا الرابط على رمز تسجيل دخول. امسح رمز QR، أو اكتب الأحرف الـ8 الظاهرة أسفله.
# A typed code that names no login now (a typo, or an old code). $code: the code as typed, like BCDF-GHJK.
approve-code-unknown = لا يوجد حاليًا رمز تسجيل دخول { $code }: تحقّق من الأحرف على شاشة الكمبيوتر. يتغيّر الرمز في كل مرة يعرض فيها الكمبيوتر رمز QR جديدًا.

## Phone: the confirmation of a login (/l/…): who asks, and the decision

# The browser tab's title.
approve-title = تأكيد تسجيل الدخول
# While the code is looked up.
approve-checking = جارٍ التحقق من الرمز…
# At the top. $site: this site's name, shown in bold.
approve-banner = تسجيل الدخول إلى { $site }
# At the top, when an app asks this site to sign someone in. $site: this site's name; $app: the app's name; both shown in bold.
approve-banner-app = تسجيل الدخول إلى { $site } من أجل { $app }
# The heading: the question. A device is a terminal, a TV… signing in to an app.
approve-question-device = هل تريد تسجيل الدخول على هذا الجهاز؟
# The heading: the question. A kiosk is a shared screen (a tablet on a wall or a desk).
approve-question-kiosk = هل تريد تسجيل الدخول على جهاز الخدمة الذاتية هذا؟
# The heading: the question.
approve-question-computer = هل تريد تسجيل الدخول على هذا الكمبيوتر؟
# $name: the name of the account signed in on this phone, shown in bold.
approve-signed-in-as = مسجّل الدخول هنا باسم { $name }
# Labels of the list that describes who asks (short): the device's name.
approve-requester-device = الجهاز
# Label: the browser that asks (Chrome, Firefox…).
approve-requester-browser = المتصفّح
# Label: the operating system that asks (Windows, Android…).
approve-requester-system = النظام
# Label: the IP address that asks.
approve-requester-ip = عنوان IP
# Label: how long ago it asked (the value is like “12 seconds ago”).
approve-requester-asked = وقت الطلب
# In bold, as a warning. $kind: device or computer.
approve-elsewhere = { $kind ->
    [device] هذا الجهاز متصل بشبكة غير شبكة هاتفك.
   *[computer] هذا الكمبيوتر متصل بشبكة غير شبكة هاتفك.
}
# After approve-elsewhere. “it” is the device or computer ($kind: device or computer). “Not me” is the button decision-not-me.
approve-elsewhere-advice = { $kind ->
    [device] إذا لم تكن أمامه بنفسك، فربما أرسل إليك أحدهم رمزه: انقر على «لست أنا».
   *[computer] إذا لم تكن أمامه بنفسك، فربما أرسل إليك أحدهم رمزه: انقر على «لست أنا».
}
# Warning when a device (a terminal, a TV…) asks.
approve-warning-device = لا تتابع إلا إذا كنت أمام ذلك الجهاز وبدأت للتو عملية تسجيل الدخول عليه.
# Warning when a computer's browser asks.
approve-warning-screen = لا تتابع إلا إذا كنت أمام تلك الشاشة وفتحت للتو صفحة تسجيل الدخول عليها.
# When the account confirms logins with a passkey and the computer shows a number to tap.
approve-passkey-numbers = يطلب الرقم الذي تنقر عليه مفتاح المرور الخاص بهذا الهاتف: بصمة الإصبع أو الوجه أو رقم PIN.
# When the account confirms logins with a passkey. “Log in” is the button decision-log-in.
approve-passkey-log-in = يطلب زر «تسجيل الدخول» مفتاح المرور الخاص بهذا الهاتف: بصمة الإصبع أو الوجه أو رقم PIN.
approve-passkey-needs-js = يتطلب التأكيد بمفتاح المرور JavaScript.
# Shown in bold at the start of approve-kiosk-note (as its $kiosk).
approve-kiosk-note-lead = هذا جهاز خدمة ذاتية
# $kiosk: approve-kiosk-note-lead, shown in bold.
approve-kiosk-note = { $kiosk }، أي شاشة مشتركة: يسجّل الخروج تلقائيًا عندما لا يلمسه أحد لفترة.
# Checkbox label.
approve-keep-device = إبقاء هذا الجهاز مسجّل الدخول
# Checkbox label.
approve-keep-browser = إبقاء هذا المتصفّح مسجّل الدخول
# Under the checkbox approve-keep-device.
approve-keep-hint-device = ألغِ التحديد على جهاز مشترك: سيسجّل الخروج أسرع عند عدم استخدامه.
# Under the checkbox approve-keep-browser.
approve-keep-hint-browser = ألغِ التحديد على كمبيوتر مشترك: سيسجّل الخروج عند إغلاق المتصفّح أو تركه دون استخدام.
# Number matching: the question (in bold) above three numbers to tap.
approve-match-question = ما الرقم الذي يعرضه الكمبيوتر؟
# After approve-match-question.
approve-match-tap = انقر عليه لتسجيل الدخول. أي رقم آخر يرفض تسجيل الدخول.
# At the most browsers an account may be logged in on: one must be logged out. $max: that most (2 or more).
approve-make-room = { $max ->
    [one] هذا الحساب مسجّل الدخول على متصفّح واحد، وهو الحد الأقصى المسموح به. سجّل خروج أحدها لإفساح المجال:
    [two] هذا الحساب مسجّل الدخول على متصفّحَين، وهو الحد الأقصى المسموح به. سجّل خروج أحدهما لإفساح المجال:
    [few] هذا الحساب مسجّل الدخول على { $max } متصفّحات، وهو الحد الأقصى المسموح به. سجّل خروج أحدها لإفساح المجال:
    [many] هذا الحساب مسجّل الدخول على { $max } متصفّحًا، وهو الحد الأقصى المسموح به. سجّل خروج أحدها لإفساح المجال:
   *[other] هذا الحساب مسجّل الدخول على { $max } متصفّح، وهو الحد الأقصى المسموح به. سجّل خروج أحدها لإفساح المجال:
}
# A choice under approve-make-room. $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
approve-make-room-browser = { $browser } على { $os }، { $ip }
# The account must add a passkey before it can approve.
approve-passkey-missing = يطلب هذا الموقع مفتاح مرور عند كل تسجيل دخول، وليس لدى هذا الحساب مفتاح مرور بعد. أضِف مفتاحًا، ثم امسح الرمز مرة أخرى.
# Button (link) to the passkeys page.
approve-add-passkey = إضافة مفتاح مرور

## Phone: the confirmation's live part (the buttons and the time left)

# Replaces the time left when the code has expired.
decision-expired = انتهت صلاحية هذا الرمز: امسح الرمز الجديد على شاشة الكمبيوتر.
# Time left, counted down every second. $n: seconds.
decision-valid-for = { $n ->
    [zero] الرمز صالح لمدة { $n } ثانية أخرى
    [one] الرمز صالح لمدة ثانية واحدة أخرى
    [two] الرمز صالح لمدة ثانيتين أخريين
    [few] الرمز صالح لمدة { $n } ثوانٍ أخرى
    [many] الرمز صالح لمدة { $n } ثانية أخرى
   *[other] الرمز صالح لمدة { $n } ثانية أخرى
}
# Button: refuses the login (short).
decision-not-me = لست أنا
# Button: approves the login (short).
decision-log-in = تسجيل الدخول
# The button decision-log-in while its tap is answered (short).
decision-logging-in = جارٍ تسجيل الدخول…

## Phone: after the decision (/decided), and codes that cannot be decided on

# The browser tab's title after approving.
approve-done-title = تم تسجيل الدخول
approve-done-heading = تم
approve-done-text = تم تسجيل الدخول على الكمبيوتر الآن. يمكنك وضع هاتفك جانبًا.
# The browser tab's title after refusing.
approve-declined-title = تم الرفض
approve-declined-heading = تم رفض تسجيل الدخول
approve-declined-text = لم يتم تسجيل دخول أي جهاز. إذا لم تحاول تسجيل الدخول، فربما عرض عليك أحدهم رمزه: يمكنك تجاهله.
# Button (link) to the phone's account page.
approve-back-to-account = العودة إلى حسابك
# Heading: the code was approved by this account already.
approve-already-approved = تمت الموافقة بالفعل
approve-already-approved-text = ذلك الكمبيوتر مسجّل الدخول: لقد وافقت على هذا الرمز. يمكنك وضع هاتفك جانبًا.
# Link to the list of logged-in computers.
approve-see-computers = عرض أجهزة الكمبيوتر المسجّلة الدخول
# Heading: the code was used already.
approve-already-used = تم استخدام هذا الرمز من قبل
approve-already-used-text = يعمل كل رمز مرة واحدة فقط. إذا كان الكمبيوتر يُظهر أنه مسجّل الدخول، فلا داعي لفعل أي شيء آخر. وإلا، فامسح الرمز الجديد على شاشته.
# Headings of what went wrong with a code.
approve-problem-invalid-qr = ليس رمز تسجيل دخول
approve-problem-rate-limited = محاولات كثيرة جدًا
approve-problem-wrong-number = رقم خاطئ: تم رفض تسجيل الدخول
approve-problem-expired = انتهت صلاحية هذا الرمز
approve-problem-session-limit = عدد كبير جدًا من المتصفّحات المسجّلة الدخول
approve-problem-unavailable = تعذّر الوصول إلى الخادم
approve-problem-other = حدث خطأ ما
# Button (link) to the phone's scanner.
approve-scan-new-code = مسح الرمز الجديد
# Link to /link, the form for typing a code.
approve-type-code-instead = كتابة رمز بدلاً من ذلك
# Heading when the phone is not signed in.
approve-sign-in-heading = سجّل الدخول للموافقة
approve-sign-in-text = يريد كمبيوتر تسجيل الدخول باستخدام حسابك. سجّل الدخول على هذا الهاتف أولاً: سينتظرك الرمز بضع دقائق، وستعود إليه مباشرةً.
# Button (link).
approve-sign-in = تسجيل الدخول
# Link.
approve-create-account = إنشاء حساب

## What an app learns of the person (components/consent.rs): the phone's question, and the list of apps allowed

# What an app that asked for the profile learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-profile = اسمك واسم المستخدم
# What an app that asked for nothing more learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-id = معرّف لحسابك، لا أكثر
# On the phone the first time an app asks. $app: the app's name, shown in bold. $learns: consent-learns-profile or consent-learns-id. “Log in” is the button decision-log-in; “Linked devices” is the phone's page of that name.
consent-note = يريد { $app } التأكد من أنك أنت: { $learns }. يسمح زر «تسجيل الدخول» بذلك؛ ويمكنك سحب الإذن من «الأجهزة المرتبطة».

## The phone's notice of a new login (components/new_login_notice.rs)

# $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
notice-new-login = تسجيل دخول جديد: { $browser } على { $os }، { $ip }

## Times in the reader's time zone (components/local_times.rs)

# Replaces the page's “Times are in UTC.” once the browser has shown every time in the reader's own time zone.
times-your-zone = الأوقات بحسب منطقتك الزمنية.

## How long ago (components/ago.rs): on the phone's pages, like “Asked: 12 seconds ago”

# Under 5 seconds.
ago-now = منذ لحظات
# $n: seconds (5 to 59).
ago-seconds = { $n ->
    [zero] منذ { $n } ثانية
    [one] منذ ثانية واحدة
    [two] منذ ثانيتين
    [few] منذ { $n } ثوانٍ
    [many] منذ { $n } ثانية
   *[other] منذ { $n } ثانية
}
# $n: minutes (1 to 59). English shortens “minutes” to “min”.
ago-minutes = { $n ->
    [zero] منذ { $n } دقيقة
    [one] منذ دقيقة واحدة
    [two] منذ دقيقتين
    [few] منذ { $n } دقائق
    [many] منذ { $n } دقيقة
   *[other] منذ { $n } دقيقة
}
# $n: hours (1 to 47). English shortens “hours” to “h”.
ago-hours = { $n ->
    [zero] منذ { $n } ساعة
    [one] منذ ساعة واحدة
    [two] منذ ساعتين
    [few] منذ { $n } ساعات
    [many] منذ { $n } ساعة
   *[other] منذ { $n } ساعة
}
# $n: days (2 or more).
ago-days = { $n ->
    [zero] منذ { $n } يوم
    [one] منذ يوم واحد
    [two] منذ يومين
    [few] منذ { $n } أيام
    [many] منذ { $n } يومًا
   *[other] منذ { $n } يوم
}

## Linked devices page (/devices, on the phone): the browsers this account is logged in on

# Page title (browser tab) and heading.
devices-title = الأجهزة المرتبطة
devices-intro = المتصفّحات التي سجّلت الدخول عليها بمسح رمز. سجّل خروج أي متصفّح لا تتعرّف عليه.

# Status lines shown after an action on this page.
devices-done-one = تم تسجيل خروج ذلك المتصفّح.
devices-done-all = تم تسجيل خروج جميع المتصفّحات.
devices-done-renamed = تم الحفظ.
devices-done-withdrawn = تم سحب إذن ذلك التطبيق: تم تسجيل خروجه، وسيطلب الإذن مرة أخرى.

devices-none = لا يوجد متصفّح مسجّل الدخول بهذا الحساب.

# Button that logs out every listed browser. $n is how many (at least 1).
devices-log-out-all = { $n ->
    [one] تسجيل خروج المتصفّح
    [two] تسجيل خروج المتصفّحَين
   *[other] تسجيل خروج جميع المتصفّحات ({ $n })
}
# Link that opens the confirmation for logging out every browser (ends with an ellipsis: it asks first). $n is how many (at least 1).
devices-log-out-all-ask = { $n ->
    [one] تسجيل خروج المتصفّح…
    [two] تسجيل خروج المتصفّحَين…
   *[other] تسجيل خروج جميع المتصفّحات ({ $n })…
}
# Heading of that confirmation, as a question. $n is how many (at least 1).
devices-log-out-all-question = { $n ->
    [one] هل تريد تسجيل خروج المتصفّح؟
    [two] هل تريد تسجيل خروج المتصفّحَين؟
   *[other] هل تريد تسجيل خروج جميع المتصفّحات ({ $n })؟
}
devices-log-out-all-text = يتم تسجيل خروج كل منها فورًا، وتعود صفحته إلى رمز تسجيل الدخول. ويتم إبلاغ التطبيقات التي سُجّل الدخول إليها من خلالها أيضًا.
devices-cancel = إلغاء

# What a browser is, as its name when it has none: e.g. "Firefox on Linux".
devices-kind = { $browser } على { $os }
# Small line under a browser that signed itself in with a passkey ("Use a passkey" on the computer): no phone approved it, and devices-came then names the passkey.
devices-came-passkey = سُجّل الدخول بمفتاح مرور على الكمبيوتر، دون مسح رمز.
# Small line under a browser's name. $ip: its IP address; $linked: when, an already-translated phrase such as "5 min ago" or "just now"; $phone: the name of the phone that approved it; $app: the name of the app (third-party website) it signed in to. $how picks the line: for an app, as a kiosk, both, or neither. Keep "·" as a separator.
devices-came = { $how ->
    [app] { $ip } · رُبط { $linked } بواسطة { $phone }، لتسجيل الدخول إلى { $app }
    [kiosk] { $ip } · رُبط { $linked } بواسطة { $phone }، كجهاز خدمة ذاتية
    [app-kiosk] { $ip } · رُبط { $linked } بواسطة { $phone }، لتسجيل الدخول إلى { $app }، كجهاز خدمة ذاتية
   *[other] { $ip } · رُبط { $linked } بواسطة { $phone }
}
# $ago: an already-translated phrase such as "5 min ago" or "just now".
devices-last-active = آخر نشاط { $ago }
# Badge next to the browser the phone approved a moment ago.
devices-just-approved = وافقت عليه للتو
# Opens the field to rename a browser.
devices-rename = إعادة التسمية
# Example name in the empty rename field.
devices-rename-placeholder = كمبيوتر العمل المحمول
devices-save = حفظ
# Button, short.
devices-log-out = تسجيل الخروج
# Screen reader name of the "Log out" button of one browser. $name: the browser's name; $ip: its IP address; $linked: e.g. "5 min ago".
devices-log-out-label = تسجيل خروج { $name }، { $ip }، رُبط { $linked }
# Screen reader name of the rename field of one browser. Same variables as above.
devices-rename-label = اسم جديد لـ{ $name }، { $ip }، رُبط { $linked }

## Linked devices page: apps (third-party websites) this account allowed to know it

devices-apps-title = التطبيقات التي سمحت لها
devices-apps-intro = تعرف هذه التطبيقات أنك أنت عندما تسجّل الدخول إليها. اسحب إذن أحدها: سيتم تسجيل خروجه فورًا، وسيطلب الإذن مرة أخرى في المرة القادمة.
# Small line under an app's name. $learns: an already-translated phrase of what it learns, e.g. "your name and username"; $allowed: e.g. "5 min ago". Keep "·" as a separator.
devices-app-came = يعرف { $learns } · سُمح له { $allowed }
# Button, short: takes back the app's permission.
devices-withdraw = سحب الإذن
# Screen reader name of the "Withdraw" button. $app: the app's name.
devices-withdraw-label = سحب إذن { $app }

## Passkeys page (/passkeys, on the phone)

# Page title (browser tab) and heading.
passkeys-title = مفاتيح المرور
passkeys-intro = مع مفتاح المرور، تطلب كل عملية تسجيل دخول توافق عليها بصمة الإصبع أو الوجه أو رقم PIN على هذا الهاتف: فلا يمكن لمن يحمل هاتفك وهو غير مقفل، أو يملك نسخة من تسجيل الدخول عليه، الموافقة على أي منها بمفرده. كما يتيح لك مفتاح المرور تسجيل الدخول دون كلمة المرور.

# Status lines shown after an action on this page.
passkeys-done-added = تمت إضافة مفتاح المرور. من الآن، تطلبه عمليات تسجيل الدخول التي توافق عليها.
passkeys-done-removed = تمت إزالة مفتاح المرور.

passkeys-none = ليس لدى هذا الحساب مفتاح مرور بعد.
passkeys-none-required = ليس لدى هذا الحساب مفتاح مرور بعد، ويطلب هذا الموقع مفتاح مرور عند كل تسجيل دخول: أضِف مفتاحًا لتتمكن من الموافقة على عمليات تسجيل الدخول.
# PUBLIC_URL is the name of a server setting: do not translate it.
passkeys-off = مفاتيح المرور غير مفعّلة على هذا الخادم: فهي تتطلب أن يكون للموقع اسم نطاق، بينما عنوانه (PUBLIC_URL) عنوان IP.

# Small text after a passkey's name. $added and $used: already-translated phrases such as "5 min ago" or "just now".
passkeys-dates = أُضيف { $added }، وآخر استخدام { $used }
# Small text after the name of a passkey never used. $added: e.g. "5 min ago".
passkeys-dates-unused = أُضيف { $added }، ولم يُستخدم بعد
# Under a passkey added before passkeys were made to work without a username: it still approves logins, and may or may not sign in without a username (many do); adding it again makes sure.
passkeys-not-discoverable = يؤكّد عمليات تسجيل الدخول. إذا لم يُتِح لك تسجيل الدخول دون اسم المستخدم، فأضِفه مرة أخرى.
# Label of the password field that removes one passkey. $name: the passkey's name.
passkeys-remove-label = كلمة مرورك، لإزالة «{ $name }»
# Button, short.
passkeys-remove = إزالة

# Heading of the form that adds a passkey.
passkeys-add-title = إضافة مفتاح مرور
# Button that submits that form.
passkeys-add = إضافة مفتاح مرور
# Label of the new passkey's name field.
passkeys-name = الاسم
# Example name in the empty name field.
passkeys-name-placeholder = هذا الهاتف
passkeys-password = كلمة المرور
passkeys-password-hint = كلمة مرورك مرة أخرى: لا يمكن لهاتف تُرك غير مقفل أن يضيف مفتاح مرور من تلقاء نفسه.
passkeys-needs-js = تتطلب إضافة مفتاح مرور JavaScript.

## Errors, as a person reads them (app/src/components/sentences.rs). Also the
## `message` of the JSON API's errors, in the language the app asks for.

# A duration inside "try again in …" ($n is a number of seconds or minutes).
wait-seconds = { $n ->
    [zero] { $n } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $n } ثوانٍ
    [many] { $n } ثانية
   *[other] { $n } ثانية
}
wait-a-minute = دقيقة واحدة
wait-minutes = { $n ->
    [zero] { $n } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $n } دقائق
    [many] { $n } دقيقة
   *[other] { $n } دقيقة
}

# $later is either error-later-soon or error-later-in.
error-later-soon = بعد قليل
# $wait is a duration: "15 minutes".
error-later-in = بعد { $wait }

error-sign-in-mismatch = اسم المستخدم وكلمة المرور غير متطابقين. تحقّق منهما وحاول مرة أخرى.
error-password-wrong = كلمة المرور الحالية غير صحيحة. لم يتغيّر أي شيء.
error-passkeys-password-wrong = كلمة المرور هذه غير صحيحة. لم يتغيّر أي شيء.
error-recover-mismatch = اسم المستخدم ورمز الاسترداد غير متطابقين، أو سبق استخدام الرمز. لم يتغيّر أي شيء.
error-sign-in-first = يُرجى تسجيل الدخول على هذا الهاتف أولاً.
# The computer's browser asked for its session, and has none (the JSON API).
error-browser-signed-out = هذا المتصفّح غير مسجّل الدخول. سجّل الدخول مرة أخرى باستخدام هاتفك.
# The computer's browser sent a step that another tab or browser began (for example "Use a passkey" after the page's cookies were cleared).
error-browser-reload = هذه الصفحة لم تعد محدَّثة: أعِد تحميلها وحاول مرة أخرى.
# $later: "in 15 minutes" or "in a little while".
error-sign-in-rate-limited = محاولات كثيرة جدًا لتسجيل الدخول. حفاظًا على أمانك، حاول مرة أخرى { $later }.
error-sign-up-rate-limited = تم إنشاء عدد كبير جدًا من الحسابات من هذه الشبكة. حاول مرة أخرى { $later }.
error-rate-limited = كانت تلك محاولات كثيرة جدًا. حاول مرة أخرى { $later }.
error-username-taken = اسم المستخدم هذا مستخدم بالفعل. اختر اسمًا آخر.
error-sign-up-bad = يتكوّن اسم المستخدم من 3 إلى 32 حرفًا أو رقمًا أو نقطة أو شرطة أو شرطة سفلية، وتتكوّن كلمة المرور من 8 أحرف على الأقل.
error-new-password-bad = تتكوّن كلمة المرور الجديدة من 8 أحرف على الأقل. لم يتغيّر أي شيء.
error-passkey-bad = لدى هذا الحساب مفتاح المرور هذا بالفعل، أو لديه الحد الأقصى المسموح به من مفاتيح المرور (10): أزِل أحدها أولاً. لم يتغيّر أي شيء.
error-bad-request = لم يتم ملء أحد حقول هذا النموذج كما ينبغي. تحقّق منه وحاول مرة أخرى.
error-invalid-qr = هذا الرابط ليس رمز تسجيل دخول لهذا الموقع.
error-expired = انتهت صلاحية هذا الرمز. يعرض الكمبيوتر رمزًا جديدًا تلقائيًا: امسح ذلك الرمز.
error-already-used = تم استخدام هذا الرمز من قبل: فهو يعمل مرة واحدة فقط. إذا لم يكن الكمبيوتر مسجّل الدخول، فامسح الرمز الجديد على شاشته.
error-already-approved = لقد وافقت على هذا الرمز من قبل: ذلك الكمبيوتر مسجّل الدخول. لا داعي لفعل أي شيء آخر.
error-session-limit = هذا الحساب مسجّل الدخول على الحد الأقصى المسموح به من المتصفّحات. اختر أحدها أدناه لتسجيل خروجه، ثم انقر على «تسجيل الدخول» مرة أخرى.
error-wrong-number = هذا ليس الرقم الظاهر على شاشة الكمبيوتر، لذا تم رفض تسجيل الدخول ولم يتم تسجيل دخول أي جهاز. إذا كنت أمام ذلك الكمبيوتر، فامسح رمزه الجديد واختر الرقم الذي يعرضه.
error-passkey-needs-script = تتطلب إضافة مفتاح مرور JavaScript: فعّله لهذا الموقع وحاول مرة أخرى.
error-passkey-required = يتطلب تسجيل الدخول هذا مفتاح المرور الخاص بك ولم يتم تقديمه، لذا لم تتم الموافقة على أي شيء. انقر على «تسجيل الدخول» وأكّد بمفتاح المرور (يتطلب ذلك تفعيل JavaScript).
error-passkey-sign-in-refused = لم يسجّل مفتاح المرور دخولك: ربما أُزيل من حسابك، أو أُضيف قبل أن تعمل مفاتيح المرور دون اسم المستخدم (أضِفه مرة أخرى من «مفاتيح المرور»). حاول مرة أخرى، أو سجّل الدخول بكلمة المرور.
# The computer's "Use a passkey" did not sign it in.
error-passkey-browser-refused = لم يسجّل مفتاح المرور هذا دخولك: ربما أُزيل من حسابك، أو لم ينجح التحقق على جهازك. لم يتغيّر أي شيء. حاول مرة أخرى، أو امسح رمز QR باستخدام هاتفك.
error-passkey-add-refused = لم تتم إضافة مفتاح المرور: لم يؤكّده الهاتف. لم يتغيّر أي شيء. حاول مرة أخرى.
error-passkey-refused = لم يؤكّد مفتاح المرور تسجيل الدخول هذا، لذا لم تتم الموافقة على أي شيء. انقر على «تسجيل الدخول» للمحاولة مرة أخرى.
error-not-found = هذا العنصر لم يعد موجودًا. ربما انتهى بالفعل.
error-unavailable = الخدمة مشغولة أو يتعذّر الوصول إليها. لم يتغيّر أي شيء. حاول مرة أخرى { $later }.
error-timeout = استغرق ذلك وقتًا طويلاً جدًا. لم يتغيّر أي شيء. حاول مرة أخرى.
error-cross-site = لم يأتِ هذا الطلب من صفحة هذا الموقع نفسه، لذا تم رفضه.
error-internal = حدث خطأ ما من جهتنا. لم يتغيّر أي شيء. يُرجى المحاولة مرة أخرى.

## The pages' plain scripts (public/passkey/passkey.js, public/scan/scan.js).

# /passkeys, while the password is checked before the phone's prompt.
script-checking-password = جارٍ التحقق من كلمة المرور…
# /scan, once the camera runs.
script-scan-point = وجّه الكاميرا نحو رمز QR على شاشة الكمبيوتر.
script-scan-found = تم العثور على الرمز. جارٍ فتحه…
# /scan: $site is the site's name.
script-scan-other-site = هذا الرمز ليس لـ{ $site }. امسح الرمز الموجود في صفحة تسجيل الدخول على { $site }.

## A moment on the server's pages (the activity list), in UTC; with JavaScript
## the page rewrites it in the reader's time zone.

# $month is 1 to 12; $hour and $minute have two digits.
time-moment = { $day } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }، { $hour }:{ $minute } UTC
