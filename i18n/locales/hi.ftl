## The language menu at the foot of every page.

# The label of the list of languages.
common-language = भाषा
# The menu's button (short).
common-language-change = बदलें

## Every page's frame (components/page.rs)

# The page's description for search engines and link previews. $site is the site's name.
page-description = { $site }: जिस फ़ोन पर आप साइन इन हैं, उससे कोड स्कैन करके कंप्यूटर पर लॉग इन करें।

## Log in page (/login) and kiosk page (/kiosk) on the computer, as the server renders it

# The browser tab's title of /login.
login-title = लॉग इन
# The browser tab's title of /kiosk (a tablet left on a wall or a desk that shows login codes).
login-kiosk-title = कियोस्क
# Shown only when /login is opened on a phone. $link is the link login-on-a-phone-link.
login-on-a-phone = आप फ़ोन पर हैं: { $link }। यह पेज फ़ोन से स्कैन करने के लिए कोड दिखाता है।
# The link inside login-on-a-phone; it opens the phone's sign-in page.
login-on-a-phone-link = यहां साइन इन करें
# Above the code when an app (OpenID Connect) asked this site to sign someone in. $app is the app's name, shown in bold.
login-app-banner = { $app } में साइन इन करें
# Button: gives up the app's sign-in and returns to the app. $app is the app's name.
login-app-cancel = रद्द करें और { $app } पर वापस जाएं
# Button or link after an error, to load a new code.
login-try-again = फिर से कोशिश करें
# One line beside "Use a passkey", under the QR code. It explains the choice without turning people away from the QR code: a passkey (on the phone, reached by the browser over Bluetooth) only works when the phone is physically near this computer.
login-passkey-why = क्या आपके फ़ोन पर पासकी है? यह सिर्फ़ इस कंप्यूटर के पास ही काम करती है, इसलिए जो स्क्रीन आपकी नहीं है, उस पर लॉग इन करने का यह सबसे सुरक्षित तरीका है।
# Button: opens the browser's own passkey window (which can offer "use a phone or tablet").
login-passkey-use = पासकी इस्तेमाल करें
# Checkbox beside "Use a passkey". Unticked: this session only.
login-passkey-keep = इस कंप्यूटर पर मुझे साइन इन रखें
# Status while the browser's passkey window is open.
login-passkey-waiting = अपने ब्राउज़र की पासकी विंडो में पुष्टि करें। अपने फ़ोन के लिए, वहां “फ़ोन या टैबलेट का इस्तेमाल करें” चुनें और दिखाया गया कोड स्कैन करें।
# Status when the passkey window was closed or the check did not pass.
login-passkey-cancelled = कोई पासकी इस्तेमाल नहीं की गई, इसलिए कुछ भी नहीं बदला। फिर से कोशिश करें, या अपने फ़ोन से QR कोड स्कैन करें।
# Status just before the page moves on, signed in.
login-passkey-signed-in = साइन इन हो गया। एक पल रुकें…
# Above "Use a passkey" when an app (OpenID Connect) is waiting. $app: the app's name, in bold; $learns: consent-learns-profile or consent-learns-id.
login-passkey-consent = { $app } यह जानना चाहता है कि यह आप ही हैं: { $learns }। पासकी से साइन इन करने पर इसकी अनुमति मिल जाती है; आप अपने फ़ोन पर लिंक किए गए डिवाइस में जाकर इसे वापस ले सकते हैं।

## Log in page: the live part in the browser (code, steps, what the phone is doing)

login-offline = आप ऑफ़लाइन हैं। नेटवर्क वापस आते ही नया कोड दिखेगा।
# Under the signed-in view of a kiosk. $wait is a duration, already translated (for example “15 minutes”, “a minute”).
login-kiosk-idle = अगर { $wait } तक इसे छुआ न जाए, तो यह कियोस्क अपने-आप साइन आउट हो जाता है।
# Button over a faded code: the page stopped making codes to save power.
login-new-code-veiled = नए कोड के लिए क्लिक करें
# Button in place of the code. Also named at the end of login-signing-in-notice.
login-new-code = नया कोड दिखाएं
# The steps under the code, 1 of 3.
login-step-open = अपने फ़ोन पर यह साइट (या हमारा ऐप) खोलें और साइन इन करें।
# The steps under the code, 2 of 3.
login-step-scan = कैमरे से कोड स्कैन करें, या उसके नीचे लिखे अक्षर टाइप करें।
# The steps under the code, 3 of 3. $button is login-step-approve-button, shown in bold.
login-step-approve = विवरण जांचें और { $button } पर टैप करें।
# The name of the phone's button that approves a login: keep it identical to that button's label on the phone.
login-step-approve-button = लॉग इन करें
login-newcomer = अभी तक खाता नहीं है? फिर भी स्कैन करें: आपका फ़ोन खाता बनाने में आपकी मदद करेगा।
# What a screen reader says of the QR code image.
login-qr-label = लॉग इन QR कोड: इसे अपने फ़ोन के कैमरे या ऐप से स्कैन करें
# Under the code. $page is the address to open on the phone (like example.com/link), $code is the 8-letter code (like BCDF-GHJK); both are shown in bold.
login-no-camera = कैमरा नहीं है? अपने फ़ोन पर { $page } खोलें और { $code } टाइप करें

## Log in page: headings (which also name the browser tab) and the line under them

# A phone scanned the code. $who is the account's display name.
login-heading-check-phone = { $who }, अपना फ़ोन देखें
# A phone scanned the code (whose is not known).
login-heading-confirm = अपने फ़ोन पर मंज़ूरी दें
# $device is the phone's name (like “Pixel 8”).
login-scanned-tap = { $device } पर स्कैन किया गया। जारी रखने के लिए वहां “लॉग इन करें” पर टैप करें।
# $device is the phone's name (like “Pixel 8”). The number to tap is shown below this line.
login-scanned-number = { $device } पर स्कैन किया गया। लॉग इन करने के लिए फ़ोन पर यह नंबर टैप करें:
login-heading-signing-in = कोई अपने फ़ोन पर साइन इन कर रहा है…
login-signing-in-notice = यह कोड कुछ मिनट तक उनका इंतज़ार करेगा। यह आप नहीं हैं? नया कोड दिखाएं।
login-heading-finishing = आपको लॉग इन किया जा रहा है…
login-heading-signing-out = साइन आउट किया जा रहा है…
login-heading-denied = लॉग इन अस्वीकार किया गया
login-denied-wrong-number = फ़ोन पर कोई दूसरा नंबर चुना गया। कुछ भी लॉग इन नहीं हुआ।
login-denied-not-me = फ़ोन पर “यह मैं नहीं हूं” चुना गया। कुछ भी लॉग इन नहीं हुआ।
login-heading-paused = ऊर्जा बचाने के लिए रोका गया
login-paused-notice = कुछ मिनट तक किसी ने स्कैन नहीं किया, इसलिए इस पेज ने कोड बनाना बंद कर दिया।
login-heading-signed-out = आप साइन आउट हो गए हैं
# $because is one of the login-signed-out-… sentences below (why the session ended).
login-signed-out-notice = { $because } फिर से लॉग इन करने के लिए स्कैन करें।
# Heading, and the browser tab's name, once signed in.
login-heading-signed-in = साइन इन हो गया
login-heading-waiting = अपने फ़ोन से लॉग इन करें

## Log in page: why the session ended (shown in login-signed-out-notice)

login-signed-out-signed-out = किसी दूसरे टैब में साइन आउट किया गया।
login-signed-out-phone-signed-out = जिस फ़ोन ने आपको लॉग इन किया था, वह साइन आउट हो गया।
login-signed-out-removed-by-phone = आपके फ़ोन ने इस ब्राउज़र को लॉग आउट कर दिया।
login-signed-out-replaced = एक नए लॉग इन ने इस ब्राउज़र की जगह ले ली।
login-signed-out-password-changed = खाते का पासवर्ड बदल दिया गया।
login-signed-out-account-disabled = यह खाता बंद कर दिया गया।
login-signed-out-expired = कुछ समय से इस ब्राउज़र का इस्तेमाल नहीं हुआ।
login-signed-out-other = यह सेशन खत्म हो गया है।

## The countdown beside the login code (components/expiry_ring.rs)

# $n is the number of seconds left before the code on screen stops working.
expiry-left = { $n ->
    [one] { $n } सेकंड तक और मान्य
   *[other] { $n } सेकंड तक और मान्य
}

## Scan a code (/scan), on the phone

# The browser tab's title.
scan-title = कोड स्कैन करें
scan-heading = कंप्यूटर का कोड स्कैन करें
# What a screen reader says of the camera's picture.
scan-video-label = कैमरे में जो दिख रहा है
scan-starting = कैमरा शुरू हो रहा है…
scan-no-script = यहां स्कैन करने के लिए JavaScript ज़रूरी है। फ़ोन के कैमरा ऐप से स्कैन करें, या इसके बजाय कोड टाइप करें।
scan-denied-heading = कैमरे की अनुमति नहीं है
scan-denied-text = यह पेज कैमरे का इस्तेमाल नहीं कर सकता। ब्राउज़र की सेटिंग में इस साइट के लिए इसकी अनुमति दें और पेज फिर से लोड करें, या वे 8 अक्षर टाइप करें जो कंप्यूटर अपने QR कोड के नीचे दिखाता है।
scan-none-heading = कोई कैमरा नहीं मिला
scan-none-text = ब्राउज़र इस पेज को कोई कैमरा नहीं देता (जो पेज https पर नहीं है, उसे कैमरा नहीं मिलता)। इसके बजाय वे 8 अक्षर टाइप करें जो कंप्यूटर अपने QR कोड के नीचे दिखाता है।
# Button (a link) to the page where the code is typed.
scan-type-instead = इसके बजाय कोड टाइप करें

## Home page (/)

# The browser tab's title.
home-title = स्वागत है
home-heading = अपने फ़ोन से लॉग इन करें
home-intro = जिस फ़ोन पर आप पहले से साइन इन हैं, उससे कोड स्कैन करके इस कंप्यूटर पर लॉग इन करें। यहां कोई पासवर्ड टाइप नहीं करना होगा।
# Button (a link) to /login.
home-login = इस कंप्यूटर पर लॉग इन करें
# $signin is the link home-phone-signin, $signup the link home-phone-signup.
home-phone = अपने फ़ोन पर: { $signin } या { $signup }, फिर कंप्यूटर पर दिखाया गया कोड स्कैन करें।
# Link inside home-phone.
home-phone-signin = साइन इन करें
# Link inside home-phone.
home-phone-signup = खाता बनाएं

## Page not found (any unknown address)

# The browser tab's title and the page's heading.
notfound-title = पेज नहीं मिला
notfound-text = इस पते पर कोई पेज नहीं है।
# Button (a link) to the home page.
notfound-home = होम
# Button (a link) to the phone's account page.
notfound-account = आपका खाता

## What this site says when it cannot send a person back to an app that asked it to sign them in (OpenID Connect)
## Each pair: a heading (also the browser tab's title), then the text under it.

oidc-signed-out-title = आप लॉग आउट हो गए हैं
oidc-signed-out-text = ऐप ने आपको इस साइट से भी लॉग आउट कर दिया है। यह टैब बंद करें, या ऐप से फिर से लॉग इन करें।
oidc-expired-title = इस साइन इन की समय-सीमा खत्म हो गई है
oidc-expired-text = ऐप ने इसका अनुरोध 10 मिनट से भी पहले किया था, या इसका इस्तेमाल पहले ही हो चुका है। ऐप पर वापस जाएं और फिर से साइन इन करें।
oidc-unknown-client-title = यह ऐप यहां पहचाना नहीं जाता
oidc-unknown-client-text = जिस लिंक से आप यहां आए, उसमें ऐसे ऐप का नाम है जिसमें यह साइट साइन इन नहीं करती। उसे कुछ नहीं भेजा गया। ऐप के मालिक को बताएं।
oidc-bad-redirect-title = यह साइन इन लिंक सही नहीं है
oidc-bad-redirect-text = ऐप ने ऐसे पते पर जवाब मांगा जो उसने इस साइट पर रजिस्टर नहीं किया है, इसलिए वहां कुछ नहीं भेजा गया। ऐप के मालिक को बताएं।
oidc-bad-logout-redirect-title = यह लॉग आउट लिंक सही नहीं है
oidc-bad-logout-redirect-text = ऐप ने ऐसे पते पर वापस आना चाहा जो उसने इस साइट पर रजिस्टर नहीं किया है। कुछ भी नहीं बदला गया।
oidc-other-browser-title = यह साइन इन किसी दूसरे ब्राउज़र का है
oidc-other-browser-text = इसे किसी दूसरे ब्राउज़र में शुरू किया गया था, और वही इसे आगे बढ़ाता है। ऐप को कुछ नहीं भेजा गया। यहां साइन इन करने के लिए, इसी ब्राउज़र में ऐप पर वापस जाएं और फिर से शुरू करें।
oidc-logout-needs-hint-title = कुछ भी लॉग आउट नहीं हुआ
# “Log out” here is the app's own button, whatever the app calls it.
oidc-logout-needs-hint-text = ऐप ने नहीं बताया कि कौन-सा साइन इन खत्म करना है। लॉग आउट करने के लिए, ऐप का अपना “लॉग आउट” या अपने फ़ोन पर लिंक किए गए डिवाइस की सूची इस्तेमाल करें।
oidc-confirm-logout-title = इस ब्राउज़र से लॉग आउट करें?
oidc-confirm-logout-text = किसी ऐप ने आपको लॉग आउट करने का अनुरोध किया है, एक पुराने लिंक से जो पिछले किसी साइन इन का है। क्या इस ब्राउज़र को इस साइट से भी लॉग आउट करें?
oidc-still-signed-in-title = आप अब भी लॉग इन हैं
oidc-still-signed-in-text = यहां कुछ भी लॉग आउट नहीं हुआ। यह टैब बंद करें, या ऐप पर वापस जाएं।
oidc-other-title = कुछ गड़बड़ हो गई
oidc-other-text = इस पेज पर दिखाने के लिए कुछ नहीं है। ऐप पर वापस जाएं और फिर से कोशिश करें।
# Button: answers oidc-confirm-logout-text.
oidc-log-out = लॉग आउट करें
# Button: answers oidc-confirm-logout-text.
oidc-stay = लॉग इन रहें

## Sign in on the phone (/signin)

# Shown after the phone signed out and logged out the computers it had logged in.
phone-signed-out = यह फ़ोन साइन आउट हो गया है, और इससे लॉग इन किए गए सभी कंप्यूटर भी लॉग आउट हो गए हैं।
# Shown after the phone signed out but kept its computers signed in. "Linked devices" is the menu's name for that page (nav-devices).
phone-signed-out-kept = यह फ़ोन साइन आउट हो गया है। इससे लॉग इन किए गए कंप्यूटर साइन इन रहेंगे: आपका कोई दूसरा फ़ोन उन्हें लिंक किए गए डिवाइस में जाकर लॉग आउट कर सकता है।
# Page title (browser tab).
phone-sign-in-title = साइन इन करें
phone-sign-in-heading = इस फ़ोन पर साइन इन करें
# $name is the display name of the account already signed in; the page shows it in bold.
phone-signed-in-already = आप इस फ़ोन पर { $name } के रूप में साइन इन हैं।
# Button. $name is the display name of the account already signed in.
phone-continue-as = { $name } के रूप में जारी रखें
phone-other-account = इस फ़ोन पर कोई दूसरा खाता इस्तेमाल करने के लिए, नीचे उससे साइन इन करें।
phone-sign-in-code-waiting = एक कंप्यूटर आपका इंतज़ार कर रहा है: साइन इन करने के बाद आप सीधे उसके कोड पर वापस पहुंच जाएंगे।
# Form field label (sign in, sign up, recover).
phone-username = उपयोगकर्ता नाम
# Form field label.
phone-password = पासवर्ड
# Button.
phone-sign-in-button = साइन इन करें
# Link on the sign-in page, and the title and heading of the page it opens.
phone-forgot-password = पासवर्ड भूल गए?
# Shown above the passkey button.
phone-passkey-or = या, इस फ़ोन पर मौजूद पासकी से:
# Button.
phone-passkey-sign-in = पासकी से साइन इन करें
# $link is the link phone-create-one.
phone-no-account = खाता नहीं है? { $link }
# Link to the sign-up page.
phone-create-one = खाता बनाएं

## Create an account (/signup)

# Page title (browser tab) and heading.
phone-sign-up-title = खाता बनाएं
phone-sign-up-code-waiting = एक कंप्यूटर आपका इंतज़ार कर रहा है: खाता बनते ही आप सीधे उसके कोड पर वापस पहुंच जाएंगे।
# Hint under the username field.
phone-username-rule = 3 से 32 अक्षर, अंक, बिंदु, डैश या अंडरस्कोर।
# Form field label.
phone-display-name = डिसप्ले नाम
# Hint under the password field.
phone-password-rule = कम से कम 8 वर्ण।
# Button.
phone-sign-up-button = खाता बनाएं
# $link is the link phone-sign-in-link.
phone-have-account = पहले से खाता है? { $link }
# Link to the sign-in page.
phone-sign-in-link = साइन इन करें

## The phone's home (/phone)

# Page title (browser tab).
phone-home-title = आपका खाता
# Heading. $name is the account's display name.
phone-home-hello = नमस्ते, { $name }
phone-home-intro = किसी कंप्यूटर पर लॉग इन करने के लिए, उसका लॉग इन पेज खोलें और उसका कोड स्कैन करें: इस फ़ोन के कैमरा ऐप से, या यहां।
# Button.
phone-home-scan = कोड स्कैन करें
# Button: type the short code a computer shows.
phone-home-link = कोड से लिंक करें
# $link is the link phone-home-recovery-link.
phone-home-recovery = { $link } · पासवर्ड भूल जाने पर
# Link to the recovery codes page.
phone-home-recovery-link = रिकवरी कोड
# Button; the ellipsis says it asks first.
phone-home-sign-out = इस फ़ोन से साइन आउट करें…
# Shown when the phone is not signed in.
phone-home-not-signed-in = इस फ़ोन से कंप्यूटर पर लॉग इन करने के लिए साइन इन करें।

## Forgot your password? (/recover)

phone-recover-intro = खाता बनाते समय आपने जो रिकवरी कोड सेव किए थे, उनमें से कोई एक टाइप करें, और नया पासवर्ड चुनें। हर कोड सिर्फ़ एक बार काम करता है।
# Form field label.
phone-recovery-code = रिकवरी कोड
# Form field label.
phone-new-password = नया पासवर्ड
# Hint under the new password field.
phone-recover-rule = कम से कम 8 वर्ण। पासवर्ड बदलने पर हमेशा की तरह आपके दूसरे फ़ोन साइन आउट हो जाएंगे, और यह फ़ोन साइन इन हो जाएगा।
# Button.
phone-recover-button = नया पासवर्ड सेट करें
# Heading.
phone-recover-no-code = रिकवरी कोड नहीं है?
# $account and $password are the menu's names of the account page and the password page (nav-account, nav-password).
phone-recover-no-code-help = अगर इस फ़ोन पर इस साइट के लिए पासकी है, तो उससे साइन इन करें। या, किसी ऐसे दूसरे फ़ोन पर जो अब भी साइन इन है, { $account } और फिर { $password } में जाकर पासवर्ड बदलें।
# Link.
phone-back-to-sign-in = साइन इन पर वापस जाएं

## Recovery codes (/recovery)

# Page title (browser tab) and heading.
phone-recovery-title = रिकवरी कोड
# Heading, right after sign-up.
phone-recovery-save-heading = अपने रिकवरी कोड सेव करें
# $forgot is the sign-in page's link phone-forgot-password, quoted.
phone-recovery-save-intro = अगर आप अपना पासवर्ड भूल जाते हैं, तो इनमें से किसी एक कोड से आप नया पासवर्ड सेट कर सकते हैं: साइन इन पेज पर “{ $forgot }” चुनें। हर कोड एक बार काम करता है।
phone-recovery-shown-once = ये सिर्फ़ अभी दिखाए जा रहे हैं। इन्हें लिख लें या किसी पासवर्ड मैनेजर में रखें, सिर्फ़ इस फ़ोन पर नहीं।
# Button.
phone-recovery-saved = मैंने इन्हें सेव कर लिया: जारी रखें
# Shown after a recovery code set a new password.
phone-recovered = आपका नया पासवर्ड सेट हो गया है, और यह फ़ोन साइन इन है। आपके दूसरे फ़ोन साइन आउट कर दिए गए।
# $n is how many recovery codes are still unused (0 to 10).
phone-recovery-left = { $n ->
    [0] आपके पास कोई बिना इस्तेमाल किया रिकवरी कोड नहीं बचा है। अभी नए कोड बनाएं।
    [one] आपके पास { $n } बिना इस्तेमाल किया रिकवरी कोड है।
   *[other] आपके पास { $n } बिना इस्तेमाल किए रिकवरी कोड हैं।
}
# Button.
phone-recovery-new-button = नए कोड बनाएं
phone-recovery-replace = नए कोड पुराने कोड की जगह ले लेते हैं, चाहे उनका इस्तेमाल हुआ हो या नहीं।
# Link back to where the person was.
phone-recovery-done = हो गया
phone-recovery-not-signed-in = अपने रिकवरी कोड देखने के लिए साइन इन करें। पासवर्ड भूल गए? साइन इन पेज पर उनमें से किसी एक का इस्तेमाल करें।

## Sign out of this phone (/signout)

# Page title (browser tab).
phone-sign-out-title = साइन आउट करें
# Heading.
phone-sign-out-heading = इस फ़ोन से साइन आउट करें?
# Link back to the phone's home.
phone-sign-out-cancel = रद्द करें
phone-sign-out-not-signed-in = यह फ़ोन साइन इन नहीं है: साइन आउट करने के लिए कुछ नहीं है।
phone-sign-out-no-computer = इस फ़ोन से लॉग इन किया गया कोई भी कंप्यूटर अब साइन इन नहीं है।
# Button.
phone-sign-out-button = साइन आउट करें
# Above the list of computers. $n is how many (at least 1).
phone-sign-out-computers = { $n ->
    [one] इस फ़ोन से { $n } कंप्यूटर लॉग इन किया गया है जो अब भी साइन इन है:
   *[other] इस फ़ोन से { $n } कंप्यूटर लॉग इन किए गए हैं जो अब भी साइन इन हैं:
}
# One computer of the list: $browser and $os are names like "Chrome" and "Linux", $ip its network address.
phone-sign-out-computer = { $os } पर { $browser } · { $ip }
# Button. $n is how many computers (at least 1).
phone-sign-out-all = { $n ->
    [one] साइन आउट करें और { $n } कंप्यूटर लॉग आउट करें
   *[other] साइन आउट करें और { $n } कंप्यूटर लॉग आउट करें
}
# Button. $n is how many computers (at least 1); it is not shown.
phone-sign-out-keep = { $n ->
    [one] साइन आउट करें, कंप्यूटर को साइन इन रहने दें
   *[other] साइन आउट करें, कंप्यूटरों को साइन इन रहने दें
}

## Activity (/activity)

# Page title (browser tab) and heading.
phone-activity-title = गतिविधि
phone-activity-intro = इस खाते के साथ क्या हुआ, सबसे नया पहले।
# The page's script replaces it with “Times are in your time zone.” once it shows local times.
phone-activity-utc = समय UTC में हैं।
phone-activity-empty = अभी तक कुछ नहीं।
# aria-label of the navigation between pages.
phone-activity-pages = गतिविधि के पेज
# Link to the page of more recent events.
phone-activity-newer = नए
# Link to the page of older events.
phone-activity-older = पुराने
# $page is the page shown, $pages how many there are.
phone-activity-page = { $pages } में से पेज { $page }
# An event's detail with the reason it ended: $detail is like "Chrome on Linux, 1.2.3.4", $reason one of the phone-reason-… messages.
phone-activity-detail = { $detail }: { $reason }

# What happened, one line each (short).
phone-event-created = लॉग इन कोड दिखाया गया
phone-event-scanned = कोड स्कैन किया गया
phone-event-approved = नए लॉग इन को मंज़ूरी दी गई
phone-event-denied = लॉग इन अस्वीकार किया गया
phone-event-expired = कोड की समय-सीमा खत्म हुई
phone-event-token-issued = कंप्यूटर लॉग इन हुआ
phone-event-revoked = कंप्यूटर लॉग आउट हुआ
phone-event-signed-in = फ़ोन साइन इन हुआ
phone-event-failed-sign-in = साइन इन की असफल कोशिश
phone-event-password-changed = पासवर्ड बदला गया
phone-event-passkey-added = पासकी जोड़ी गई
phone-event-passkey-removed = पासकी हटाई गई
phone-event-passkey-refused = पासकी ने लॉग इन की पुष्टि नहीं की
phone-event-app-signed-in = किसी ऐप में साइन इन किया गया

# Why a computer was logged out (after "Computer logged out", inside phone-activity-detail).
phone-reason-removed-by-phone = इस फ़ोन से लॉग आउट किया गया
phone-reason-signed-out = साइन आउट किया गया
phone-reason-account-disabled = खाता बंद कर दिया गया
phone-reason-replaced-by-new-login = नए लॉग इन के लिए जगह बनाई गई
phone-reason-password-changed = पासवर्ड बदल दिया गया
phone-reason-expired = बहुत देर तक इस्तेमाल नहीं हुआ
phone-reason-signed-out-by-app = किसी ऐप ने इसे लॉग आउट किया
# How a phone signed in, or what failed (the activity list, after the device or the username).
phone-reason-passkey = पासकी से
phone-reason-recovery-code = रिकवरी कोड से
phone-reason-passkey-refused = पासकी अस्वीकार की गई

## Change password (/password)

# Page title (browser tab) and heading.
password-title = पासवर्ड बदलें
# Shown after the change.
password-changed = पासवर्ड बदल गया। आपके दूसरे फ़ोन साइन आउट कर दिए गए, और दूसरे फ़ोन की पासकी हटा दी गईं।
# Form field label.
password-current = मौजूदा पासवर्ड
# Form field label.
password-new = नया पासवर्ड
# Hint under the new password field.
password-rule = कम से कम 8 वर्ण। आपके दूसरे फ़ोन और उनसे लॉग इन किए गए कंप्यूटर साइन आउट हो जाएंगे, और सिर्फ़ इस फ़ोन की पासकी रखी जाएंगी।
# Button.
password-button = पासवर्ड बदलें

## Signed-in phones (/phones)

# Page title (browser tab) and heading.
phones-title = साइन इन किए गए फ़ोन
phones-intro = हर वह फ़ोन या ऐप जो इस खाते के लिए लॉग इन को मंज़ूरी दे सकता है। जो फ़ोन आपके पास नहीं है, उसे साइन आउट करें: उससे लॉग इन किए गए कंप्यूटर भी लॉग आउट हो जाएंगे, और उसकी जोड़ी गई पासकी हटा दी जाएंगी।
# Shown after another phone was signed out.
phones-done = वह फ़ोन साइन आउट हो गया है, और उससे लॉग इन किए गए कंप्यूटर और उसकी जोड़ी गई पासकी भी।
# Badge beside the phone being used (short).
phones-this-phone = यह फ़ोन
# Under a phone's name. $signed_in and $active are how long ago, like "5 min ago" or "just now" (ago-… messages).
phones-times = { $signed_in } साइन इन हुआ · आखिरी बार { $active } सक्रिय
# Button (short).
phones-sign-out = साइन आउट करें
# Screen-reader label of that button. $name is the phone's name.
phones-sign-out-label = { $name } को साइन आउट करें

## The phone's menu, on each page of the account

# aria-label of the menu.
nav-label = आपका खाता
# Menu entries (short).
nav-account = खाता
nav-devices = लिंक किए गए डिवाइस
nav-activity = गतिविधि
nav-phones = साइन इन किए गए फ़ोन
nav-password = पासवर्ड
nav-passkeys = पासकी

## A phone page shown to a phone that is not signed in

# Heading.
nav-not-signed-in = साइन इन नहीं है
# Button.
nav-sign-in = साइन इन करें

## The computer's page once the phone approved it (login page, live in the browser)

# Heading. $name is the account's display name, shown in its own style.
login-session-signed-in-as = { $name } के रूप में साइन इन है
login-session-approved = आपके फ़ोन ने इस ब्राउज़र को मंज़ूरी दी है। आप इसे यहां से या फ़ोन से साइन आउट कर सकते हैं।
# Button: go on to the page the site named.
login-session-continue = जारी रखें
# Button.
login-session-sign-out = साइन आउट करें

## Network failures, said by the pages’ scripts (both islands)

# The server did not answer a call of the login page.
network-unreachable = सर्वर से कनेक्ट नहीं हो पा रहा है। अपना कनेक्शन जांचें।
# The server did not answer a call of a page.
network-unreachable-retry = सर्वर से कनेक्ट नहीं हो पा रहा है। अपना कनेक्शन जांचें और फिर से कोशिश करें।

## Phone: link with a typed code (/link), the form the phone shows when it cannot scan

# The browser tab's title of /link, and the form's heading.
approve-link-title = कोड से लिंक करें
approve-link-intro = कैमरा नहीं है, या स्कैन काम नहीं कर रहा? कंप्यूटर QR कोड के नीचे 8 अक्षरों का एक कोड दिखाता है। उसे यहां टाइप करें।
# The label of the field where the code is typed.
approve-code-label = कोड
# Under the code field.
approve-code-hint = 8 अक्षर। छोटे या बड़े अक्षर, स्पेस और डैश से कोई फ़र्क नहीं पड़ता।
# Button that sends the typed code. approve-check-code names it.
approve-continue = जारी रखें
# When another site sent the phone here with a code filled in: the person must check it before going on. “Continue” is the button approve-continue.
approve-check-code = जांच लें कि यह वही कोड है जो आपके सामने वाले कंप्यूटर की स्क्रीन पर है, फिर “जारी रखें” पर टैप करें।
# What was typed has characters no code has. $letters: the letters codes use, as “B C D F …” (keep as is). $characters: those typed that are not among them, each quoted by approve-code-quoted, joined by commas. $count: how many there are.
approve-code-outside = { $count ->
    [one] कोड में सिर्फ़ ये अक्षर होते हैं: { $letters } (कोई स्वर नहीं, कोई अंक नहीं)। { $characters } इनमें शामिल नहीं है: कंप्यूटर की स्क्रीन फिर से देखें।
   *[other] कोड में सिर्फ़ ये अक्षर होते हैं: { $letters } (कोई स्वर नहीं, कोई अंक नहीं)। { $characters } इनमें शामिल नहीं हैं: कंप्यूटर की स्क्रीन फिर से देखें।
}
# One character that was typed, in quotation marks (use your language's). $character: the character.
approve-code-quoted = “{ $character }”
# What was typed does not have 8 letters. $count: how many it has. “BCDF-GHJK” is an example code: keep it as is.
approve-code-length = कोड में 8 अक्षर होते हैं, जैसे BCDF-GHJK; इसमें { $count } हैं: कंप्यूटर की स्क्रीन फिर से देखें।
# A link was pasted, but not a link to a login code.
approve-code-no-code-in-link = उस लिंक में कोई लॉग इन कोड नहीं है। QR कोड स्कैन करें, या उसके नीचे लिखे 8 अक्षर टाइप करें।
# A typed code that names no login now (a typo, or an old code). $code: the code as typed, like BCDF-GHJK.
approve-code-unknown = अभी { $code } नाम का कोई लॉग इन कोड नहीं है: कंप्यूटर की स्क्रीन पर अक्षर जांचें। जब भी कंप्यूटर नया QR दिखाता है, कोड बदल जाता है।

## Phone: the confirmation of a login (/l/…): who asks, and the decision

# The browser tab's title.
approve-title = लॉग इन को मंज़ूरी दें
# While the code is looked up.
approve-checking = कोड की जांच हो रही है…
# At the top. $site: this site's name, shown in bold.
approve-banner = { $site } में लॉग इन हो रहा है
# At the top, when an app asks this site to sign someone in. $site: this site's name; $app: the app's name; both shown in bold.
approve-banner-app = { $app } के लिए { $site } में लॉग इन हो रहा है
# The heading: the question. A device is a terminal, a TV… signing in to an app.
approve-question-device = इस डिवाइस पर लॉग इन करें?
# The heading: the question. A kiosk is a shared screen (a tablet on a wall or a desk).
approve-question-kiosk = इस कियोस्क पर लॉग इन करें?
# The heading: the question.
approve-question-computer = इस कंप्यूटर पर लॉग इन करें?
# $name: the name of the account signed in on this phone, shown in bold.
approve-signed-in-as = यहां { $name } के रूप में साइन इन है
# Labels of the list that describes who asks (short): the device's name.
approve-requester-device = डिवाइस
# Label: the browser that asks (Chrome, Firefox…).
approve-requester-browser = ब्राउज़र
# Label: the operating system that asks (Windows, Android…).
approve-requester-system = सिस्टम
# Label: the IP address that asks.
approve-requester-ip = IP पता
# Label: how long ago it asked (the value is like “12 seconds ago”).
approve-requester-asked = अनुरोध किया
# In bold, as a warning. $kind: device or computer.
approve-elsewhere = { $kind ->
    [device] यह डिवाइस आपके फ़ोन से अलग नेटवर्क पर है।
   *[computer] यह कंप्यूटर आपके फ़ोन से अलग नेटवर्क पर है।
}
# After approve-elsewhere. “it” is the device or computer ($kind: device or computer). “Not me” is the button decision-not-me.
approve-elsewhere-advice = { $kind ->
    [device] अगर आप खुद इसके सामने नहीं हैं, तो हो सकता है किसी ने आपको अपना कोड भेजा हो: “यह मैं नहीं हूं” पर टैप करें।
   *[computer] अगर आप खुद इसके सामने नहीं हैं, तो हो सकता है किसी ने आपको अपना कोड भेजा हो: “यह मैं नहीं हूं” पर टैप करें।
}
# Warning when a device (a terminal, a TV…) asks.
approve-warning-device = सिर्फ़ तभी जारी रखें जब आप उस डिवाइस के सामने हों और आपने अभी-अभी उसका साइन इन शुरू किया हो।
# Warning when a computer's browser asks.
approve-warning-screen = सिर्फ़ तभी जारी रखें जब आप उस स्क्रीन के सामने हों और आपने अभी-अभी उसका लॉग इन पेज खोला हो।
# When the account confirms logins with a passkey and the computer shows a number to tap.
approve-passkey-numbers = आप जो नंबर टैप करेंगे, उसके लिए इस फ़ोन की पासकी मांगी जाएगी: इसका फ़िंगरप्रिंट, चेहरा या PIN।
# When the account confirms logins with a passkey. “Log in” is the button decision-log-in.
approve-passkey-log-in = “लॉग इन करें” पर टैप करने पर इस फ़ोन की पासकी मांगी जाएगी: इसका फ़िंगरप्रिंट, चेहरा या PIN।
approve-passkey-needs-js = पासकी से मंज़ूरी देने के लिए JavaScript ज़रूरी है।
# Shown in bold at the start of approve-kiosk-note (as its $kiosk).
approve-kiosk-note-lead = यह एक कियोस्क है
# $kiosk: approve-kiosk-note-lead, shown in bold.
approve-kiosk-note = { $kiosk }, एक शेयर की गई स्क्रीन: कुछ देर तक किसी के न छूने पर यह अपने-आप साइन आउट हो जाता है।
# Checkbox label.
approve-keep-device = इस डिवाइस को साइन इन रखें
# Checkbox label.
approve-keep-browser = इस ब्राउज़र को साइन इन रखें
# Under the checkbox approve-keep-device.
approve-keep-hint-device = शेयर किए गए डिवाइस पर इसका निशान हटा दें: इस्तेमाल न होने पर यह जल्दी साइन आउट हो जाएगा।
# Under the checkbox approve-keep-browser.
approve-keep-hint-browser = शेयर किए गए कंप्यूटर पर इसका निशान हटा दें: ब्राउज़र बंद होने पर या इस्तेमाल न होने पर यह साइन आउट हो जाएगा।
# Number matching: the question (in bold) above three numbers to tap.
approve-match-question = कंप्यूटर कौन-सा नंबर दिखा रहा है?
# After approve-match-question.
approve-match-tap = लॉग इन करने के लिए उस पर टैप करें। कोई दूसरा नंबर लॉग इन को अस्वीकार कर देगा।
# At the most browsers an account may be logged in on: one must be logged out. $max: that most (2 or more).
approve-make-room = { $max ->
    [one] यह खाता { $max } ब्राउज़र पर लॉग इन है, जो अधिकतम सीमा है। जगह बनाने के लिए एक को लॉग आउट करें:
   *[other] यह खाता { $max } ब्राउज़र पर लॉग इन है, जो अधिकतम सीमा है। जगह बनाने के लिए किसी एक को लॉग आउट करें:
}
# A choice under approve-make-room. $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
approve-make-room-browser = { $os } पर { $browser }, { $ip }
# The account must add a passkey before it can approve.
approve-passkey-missing = यह साइट हर लॉग इन पर पासकी मांगती है, और इस खाते में अभी कोई पासकी नहीं है। एक पासकी जोड़ें, फिर कोड दोबारा स्कैन करें।
# Button (link) to the passkeys page.
approve-add-passkey = पासकी जोड़ें

## Phone: the confirmation's live part (the buttons and the time left)

# Replaces the time left when the code has expired.
decision-expired = इस कोड की समय-सीमा खत्म हो गई है: कंप्यूटर की स्क्रीन पर दिख रहा नया कोड स्कैन करें।
# Time left, counted down every second. $n: seconds.
decision-valid-for = { $n ->
    [one] कोड { $n } सेकंड तक और मान्य है
   *[other] कोड { $n } सेकंड तक और मान्य है
}
# Button: refuses the login (short).
decision-not-me = यह मैं नहीं हूं
# Button: approves the login (short).
decision-log-in = लॉग इन करें
# The button decision-log-in while its tap is answered (short).
decision-logging-in = लॉग इन हो रहा है…

## Phone: after the decision (/decided), and codes that cannot be decided on

# The browser tab's title after approving.
approve-done-title = लॉग इन हो गया
approve-done-heading = हो गया
approve-done-text = कंप्यूटर अब लॉग इन है। आप अपना फ़ोन रख सकते हैं।
# The browser tab's title after refusing.
approve-declined-title = अस्वीकार किया गया
approve-declined-heading = लॉग इन अस्वीकार किया गया
approve-declined-text = कुछ भी लॉग इन नहीं हुआ। अगर आपने लॉग इन करने की कोशिश नहीं की थी, तो हो सकता है किसी ने आपको अपना कोड दिखाया हो: आप इसे अनदेखा कर सकते हैं।
# Button (link) to the phone's account page.
approve-back-to-account = अपने खाते पर वापस जाएं
# Heading: the code was approved by this account already.
approve-already-approved = पहले ही मंज़ूरी दी जा चुकी है
approve-already-approved-text = वह कंप्यूटर लॉग इन है: आपने इस कोड को मंज़ूरी दी थी। आप अपना फ़ोन रख सकते हैं।
# Link to the list of logged-in computers.
approve-see-computers = अपने लॉग इन किए गए कंप्यूटर देखें
# Heading: the code was used already.
approve-already-used = इस कोड का इस्तेमाल पहले ही हो चुका है
approve-already-used-text = हर कोड सिर्फ़ एक बार काम करता है। अगर कंप्यूटर दिखा रहा है कि वह साइन इन है, तो और कुछ करने की ज़रूरत नहीं है। अगर नहीं, तो उसकी स्क्रीन पर दिख रहा नया कोड स्कैन करें।
# Headings of what went wrong with a code.
approve-problem-invalid-qr = यह लॉग इन कोड नहीं है
approve-problem-rate-limited = बहुत ज़्यादा कोशिशें
approve-problem-wrong-number = गलत नंबर: लॉग इन अस्वीकार किया गया
approve-problem-expired = इस कोड की समय-सीमा खत्म हो गई है
approve-problem-session-limit = बहुत ज़्यादा ब्राउज़र लॉग इन हैं
approve-problem-unavailable = सर्वर से कनेक्ट नहीं हो पा रहा है
approve-problem-other = कुछ गड़बड़ हो गई
# Button (link) to the phone's scanner.
approve-scan-new-code = नया कोड स्कैन करें
# Link to /link, the form for typing a code.
approve-type-code-instead = इसके बजाय कोड टाइप करें
# Heading when the phone is not signed in.
approve-sign-in-heading = मंज़ूरी देने के लिए साइन इन करें
approve-sign-in-text = एक कंप्यूटर आपके खाते से लॉग इन करना चाहता है। पहले इस फ़ोन पर साइन इन करें: कोड कुछ मिनट तक आपका इंतज़ार करेगा, और आप सीधे उस पर वापस आ जाएंगे।
# Button (link).
approve-sign-in = साइन इन करें
# Link.
approve-create-account = खाता बनाएं

## What an app learns of the person (components/consent.rs): the phone's question, and the list of apps allowed

# What an app that asked for the profile learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-profile = आपका नाम और उपयोगकर्ता नाम
# What an app that asked for nothing more learns (fills $learns of consent-note, and the list of apps allowed).
consent-learns-id = आपके खाते का एक ID, इससे ज़्यादा कुछ नहीं
# On the phone the first time an app asks. $app: the app's name, shown in bold. $learns: consent-learns-profile or consent-learns-id. “Log in” is the button decision-log-in; “Linked devices” is the phone's page of that name.
consent-note = { $app } यह जानना चाहता है कि यह आप ही हैं: { $learns }। “लॉग इन करें” से इसकी अनुमति मिल जाती है; आप लिंक किए गए डिवाइस में जाकर इसे वापस ले सकते हैं।

## The phone's notice of a new login (components/new_login_notice.rs)

# $browser: a browser's name (Chrome…); $os: its system (Windows…); $ip: its IP address.
notice-new-login = नया लॉग इन: { $os } पर { $browser }, { $ip }

## Times in the reader's time zone (components/local_times.rs)

# Replaces the page's “Times are in UTC.” once the browser has shown every time in the reader's own time zone.
times-your-zone = समय आपके टाइम ज़ोन में हैं।

## How long ago (components/ago.rs): on the phone's pages, like “Asked: 12 seconds ago”

# Under 5 seconds.
ago-now = अभी-अभी
# $n: seconds (5 to 59).
ago-seconds = { $n ->
    [one] { $n } सेकंड पहले
   *[other] { $n } सेकंड पहले
}
# $n: minutes (1 to 59). English shortens “minutes” to “min”.
ago-minutes = { $n ->
    [one] { $n } मिनट पहले
   *[other] { $n } मिनट पहले
}
# $n: hours (1 to 47). English shortens “hours” to “h”.
ago-hours = { $n ->
    [one] { $n } घंटा पहले
   *[other] { $n } घंटे पहले
}
# $n: days (2 or more).
ago-days = { $n ->
    [one] { $n } दिन पहले
   *[other] { $n } दिन पहले
}

## Linked devices page (/devices, on the phone): the browsers this account is logged in on

# Page title (browser tab) and heading.
devices-title = लिंक किए गए डिवाइस
devices-intro = वे ब्राउज़र जिन्हें आपने कोड स्कैन करके लॉग इन किया है। जिसे आप नहीं पहचानते, उसे लॉग आउट करें।

# Status lines shown after an action on this page.
devices-done-one = वह ब्राउज़र लॉग आउट हो गया है।
devices-done-all = सभी ब्राउज़र लॉग आउट हो गए हैं।
devices-done-renamed = सेव हो गया।
devices-done-withdrawn = उस ऐप की अनुमति वापस ले ली गई है: वह साइन आउट हो गया है, और फिर से पूछेगा।

devices-none = इस खाते से कोई ब्राउज़र लॉग इन नहीं है।

# Button that logs out every listed browser. $n is how many (at least 1).
devices-log-out-all = { $n ->
    [one] ब्राउज़र को लॉग आउट करें
   *[other] सभी { $n } ब्राउज़र लॉग आउट करें
}
# Link that opens the confirmation for logging out every browser (ends with an ellipsis: it asks first). $n is how many (at least 1).
devices-log-out-all-ask = { $n ->
    [one] ब्राउज़र को लॉग आउट करें…
   *[other] सभी { $n } ब्राउज़र लॉग आउट करें…
}
# Heading of that confirmation, as a question. $n is how many (at least 1).
devices-log-out-all-question = { $n ->
    [one] ब्राउज़र को लॉग आउट करें?
   *[other] सभी { $n } ब्राउज़र लॉग आउट करें?
}
devices-log-out-all-text = हर ब्राउज़र तुरंत लॉग आउट हो जाएगा, और उसके पेज पर फिर से लॉग इन कोड दिखेगा। उनके ज़रिए साइन इन किए गए ऐप को भी बताया जाएगा।
devices-cancel = रद्द करें

# What a browser is, as its name when it has none: e.g. "Firefox on Linux".
devices-kind = { $os } पर { $browser }
# Small line under a browser that signed itself in with a passkey ("Use a passkey" on the computer): no phone approved it, and devices-came then names the passkey.
devices-came-passkey = कंप्यूटर पर पासकी से साइन इन किया गया, बिना स्कैन किए।
# Small line under a browser's name. $ip: its IP address; $linked: when, an already-translated phrase such as "5 min ago" or "just now"; $phone: the name of the phone that approved it; $app: the name of the app (third-party website) it signed in to. $how picks the line: for an app, as a kiosk, both, or neither. Keep "·" as a separator.
devices-came = { $how ->
    [app] { $ip } · { $phone } ने { $linked } लिंक किया, { $app } में साइन इन करने के लिए
    [kiosk] { $ip } · { $phone } ने { $linked } लिंक किया, कियोस्क के रूप में
    [app-kiosk] { $ip } · { $phone } ने { $linked } लिंक किया, { $app } में साइन इन करने के लिए, कियोस्क के रूप में
   *[other] { $ip } · { $phone } ने { $linked } लिंक किया
}
# $ago: an already-translated phrase such as "5 min ago" or "just now".
devices-last-active = आखिरी बार { $ago } सक्रिय
# Badge next to the browser the phone approved a moment ago.
devices-just-approved = आपने अभी-अभी इसे मंज़ूरी दी
# Opens the field to rename a browser.
devices-rename = नाम बदलें
# Example name in the empty rename field.
devices-rename-placeholder = ऑफ़िस लैपटॉप
devices-save = सेव करें
# Button, short.
devices-log-out = लॉग आउट करें
# Screen reader name of the "Log out" button of one browser. $name: the browser's name; $ip: its IP address; $linked: e.g. "5 min ago".
devices-log-out-label = { $name } को लॉग आउट करें, { $ip }, { $linked } लिंक किया गया
# Screen reader name of the rename field of one browser. Same variables as above.
devices-rename-label = { $name } के लिए नया नाम, { $ip }, { $linked } लिंक किया गया

## Linked devices page: apps (third-party websites) this account allowed to know it

devices-apps-title = जिन ऐप को आपने अनुमति दी
devices-apps-intro = जब आप इनमें साइन इन करते हैं, तो इन्हें पता होता है कि यह आप हैं। किसी की अनुमति वापस लें: वह तुरंत साइन आउट हो जाएगा, और अगली बार फिर से पूछेगा।
# Small line under an app's name. $learns: an already-translated phrase of what it learns, e.g. "your name and username"; $allowed: e.g. "5 min ago". Keep "·" as a separator.
devices-app-came = { $learns } जानता है · { $allowed } अनुमति दी गई
# Button, short: takes back the app's permission.
devices-withdraw = अनुमति वापस लें
# Screen reader name of the "Withdraw" button. $app: the app's name.
devices-withdraw-label = { $app } की अनुमति वापस लें

## Passkeys page (/passkeys, on the phone)

# Page title (browser tab) and heading.
passkeys-title = पासकी
passkeys-intro = पासकी होने पर, आप जिस भी लॉग इन को मंज़ूरी देंगे, उसके लिए इस फ़ोन का फ़िंगरप्रिंट, चेहरा या PIN मांगा जाएगा: जिसके पास भी आपका अनलॉक किया हुआ फ़ोन या उसके साइन इन की कॉपी हो, वह अकेले किसी लॉग इन को मंज़ूरी नहीं दे सकता। पासकी से आप बिना पासवर्ड के भी साइन इन कर सकते हैं।

# Status lines shown after an action on this page.
passkeys-done-added = पासकी जोड़ी गई। अब आप जिन लॉग इन को मंज़ूरी देंगे, उनके लिए यह मांगी जाएगी।
passkeys-done-removed = पासकी हटाई गई।

passkeys-none = इस खाते में अभी कोई पासकी नहीं है।
passkeys-none-required = इस खाते में अभी कोई पासकी नहीं है, और यह साइट हर लॉग इन पर पासकी मांगती है: लॉग इन को मंज़ूरी देने के लिए एक पासकी जोड़ें।
# PUBLIC_URL is the name of a server setting: do not translate it.
passkeys-off = इस सर्वर पर पासकी बंद हैं: इनके लिए साइट का डोमेन नेम होना ज़रूरी है, और इसका पता (PUBLIC_URL) एक IP पता है।

# Small text after a passkey's name. $added and $used: already-translated phrases such as "5 min ago" or "just now".
passkeys-dates = { $added } जोड़ी गई, आखिरी बार { $used } इस्तेमाल की गई
# Small text after the name of a passkey never used. $added: e.g. "5 min ago".
passkeys-dates-unused = { $added } जोड़ी गई, अभी तक इस्तेमाल नहीं की गई
# Under a passkey added before passkeys were made to work without a username: it still approves logins, and may or may not sign in without a username (many do); adding it again makes sure.
passkeys-not-discoverable = यह लॉग इन की पुष्टि करती है। अगर इससे बिना उपयोगकर्ता नाम के साइन इन नहीं होता, तो इसे फिर से जोड़ें।
# Label of the password field that removes one passkey. $name: the passkey's name.
passkeys-remove-label = “{ $name }” हटाने के लिए आपका पासवर्ड
# Button, short.
passkeys-remove = हटाएं

# Heading of the form that adds a passkey.
passkeys-add-title = पासकी जोड़ें
# Button that submits that form.
passkeys-add = पासकी जोड़ें
# Label of the new passkey's name field.
passkeys-name = नाम
# Example name in the empty name field.
passkeys-name-placeholder = यह फ़ोन
passkeys-password = पासवर्ड
passkeys-password-hint = अपना पासवर्ड फिर से डालें: अनलॉक छोड़े गए फ़ोन पर कोई अपनी पासकी नहीं जोड़ सकता।
passkeys-needs-js = पासकी जोड़ने के लिए JavaScript ज़रूरी है।

## Errors, as a person reads them (app/src/components/sentences.rs). Also the
## `message` of the JSON API's errors, in the language the app asks for.

# A duration inside "try again in …" ($n is a number of seconds or minutes).
wait-seconds = { $n ->
    [one] { $n } सेकंड
   *[other] { $n } सेकंड
}
wait-a-minute = एक मिनट
wait-minutes = { $n ->
    [one] { $n } मिनट
   *[other] { $n } मिनट
}

# $later is either error-later-soon or error-later-in.
error-later-soon = थोड़ी देर में
# $wait is a duration: "15 minutes".
error-later-in = { $wait } में

error-sign-in-mismatch = यह उपयोगकर्ता नाम और पासवर्ड मेल नहीं खाते। इन्हें जांचें और फिर से कोशिश करें।
error-password-wrong = आपका मौजूदा पासवर्ड सही नहीं है। कुछ भी नहीं बदला गया।
error-passkeys-password-wrong = यह पासवर्ड सही नहीं है। कुछ भी नहीं बदला गया।
error-recover-mismatch = यह उपयोगकर्ता नाम और रिकवरी कोड मेल नहीं खाते, या कोड का इस्तेमाल पहले ही हो चुका है। कुछ भी नहीं बदला गया।
error-sign-in-first = कृपया पहले इस फ़ोन पर साइन इन करें।
# The computer's browser asked for its session, and has none (the JSON API).
error-browser-signed-out = यह ब्राउज़र लॉग इन नहीं है। अपने फ़ोन से फिर से लॉग इन करें।
# The computer's browser sent a step that another tab or browser began (for example "Use a passkey" after the page's cookies were cleared).
error-browser-reload = यह पेज पुराना हो गया है: इसे फिर से लोड करके दोबारा कोशिश करें।
# $later: "in 15 minutes" or "in a little while".
error-sign-in-rate-limited = साइन इन करने की बहुत ज़्यादा कोशिशें हुईं। आपकी सुरक्षा के लिए, { $later } फिर से कोशिश करें।
error-sign-up-rate-limited = इस नेटवर्क से बहुत ज़्यादा खाते बनाए गए। { $later } फिर से कोशिश करें।
error-rate-limited = बहुत ज़्यादा कोशिशें हो गईं। { $later } फिर से कोशिश करें।
error-username-taken = यह उपयोगकर्ता नाम पहले से कोई इस्तेमाल कर रहा है। कोई दूसरा चुनें।
error-sign-up-bad = उपयोगकर्ता नाम में 3 से 32 अक्षर, अंक, बिंदु, डैश या अंडरस्कोर होते हैं, और पासवर्ड में कम से कम 8 वर्ण होते हैं।
error-new-password-bad = नए पासवर्ड में कम से कम 8 वर्ण होने चाहिए। कुछ भी नहीं बदला गया।
error-passkey-bad = इस खाते में यह पासकी पहले से है, या इसमें जितनी पासकी हो सकती हैं (10), उतनी पहले से हैं: पहले एक हटाएं। कुछ भी नहीं बदला गया।
error-bad-request = उस फ़ॉर्म में कुछ ठीक से नहीं भरा गया था। उसे जांचें और फिर से कोशिश करें।
error-invalid-qr = यह लिंक इस साइट का लॉग इन कोड नहीं है।
error-expired = इस कोड की समय-सीमा खत्म हो गई है। कंप्यूटर अपने-आप नया कोड दिखाता है: उसे स्कैन करें।
error-already-used = इस कोड का इस्तेमाल पहले ही हो चुका है: यह सिर्फ़ एक बार काम करता है। अगर कंप्यूटर साइन इन नहीं है, तो उसकी स्क्रीन पर दिख रहा नया कोड स्कैन करें।
error-already-approved = आप इस कोड को पहले ही मंज़ूरी दे चुके हैं: वह कंप्यूटर लॉग इन है। और कुछ करने की ज़रूरत नहीं है।
error-session-limit = यह खाता जितने ब्राउज़र पर लॉग इन हो सकता है, उतने पर लॉग इन है। लॉग आउट करने के लिए नीचे एक ब्राउज़र चुनें, फिर दोबारा “लॉग इन करें” पर टैप करें।
error-wrong-number = यह कंप्यूटर की स्क्रीन पर दिख रहा नंबर नहीं है, इसलिए लॉग इन अस्वीकार कर दिया गया और कुछ भी लॉग इन नहीं हुआ। अगर आप उस कंप्यूटर के सामने हैं, तो उसका नया कोड स्कैन करें और वह नंबर चुनें जो वह दिखाता है।
error-passkey-needs-script = पासकी जोड़ने के लिए JavaScript ज़रूरी है: इस साइट के लिए इसे चालू करें और फिर से कोशिश करें।
error-passkey-required = इस लॉग इन के लिए आपकी पासकी ज़रूरी है और कोई पासकी नहीं दी गई, इसलिए किसी चीज़ को मंज़ूरी नहीं दी गई। “लॉग इन करें” पर टैप करें और अपनी पासकी से पुष्टि करें (इसके लिए JavaScript चालू होना चाहिए)।
error-passkey-sign-in-refused = पासकी से आप साइन इन नहीं हो पाए: हो सकता है कि इसे आपके खाते से हटा दिया गया हो, या इसे तब जोड़ा गया हो जब पासकी बिना उपयोगकर्ता नाम के काम नहीं करती थीं (पासकी में जाकर इसे फिर से जोड़ें)। फिर से कोशिश करें, या अपने पासवर्ड से साइन इन करें।
# The computer's "Use a passkey" did not sign it in.
error-passkey-browser-refused = इस पासकी से आप साइन इन नहीं हो पाए: हो सकता है कि इसे आपके खाते से हटा दिया गया हो, या आपके डिवाइस पर जांच पूरी नहीं हो पाई हो। कुछ भी नहीं बदला गया। फिर से कोशिश करें, या अपने फ़ोन से QR कोड स्कैन करें।
error-passkey-add-refused = पासकी नहीं जोड़ी गई: फ़ोन ने इसकी पुष्टि नहीं की। कुछ भी नहीं बदला गया। फिर से कोशिश करें।
error-passkey-refused = आपकी पासकी ने इस लॉग इन की पुष्टि नहीं की, इसलिए किसी चीज़ को मंज़ूरी नहीं दी गई। फिर से कोशिश करने के लिए “लॉग इन करें” पर टैप करें।
error-not-found = वह अब यहां नहीं है। हो सकता है वह पहले ही खत्म हो चुका हो।
error-unavailable = सेवा व्यस्त है या उससे कनेक्ट नहीं हो पा रहा है। कुछ भी नहीं बदला गया। { $later } फिर से कोशिश करें।
error-timeout = इसमें बहुत ज़्यादा समय लगा। कुछ भी नहीं बदला गया। फिर से कोशिश करें।
error-cross-site = यह अनुरोध इस साइट के अपने पेज से नहीं आया था, इसलिए इसे अस्वीकार कर दिया गया।
error-internal = हमारी तरफ़ से कुछ गड़बड़ हो गई। कुछ भी नहीं बदला गया। कृपया फिर से कोशिश करें।

## The pages' plain scripts (public/passkey/passkey.js, public/scan/scan.js).

# /passkeys, while the password is checked before the phone's prompt.
script-checking-password = आपका पासवर्ड जांचा जा रहा है…
# /scan, once the camera runs.
script-scan-point = कैमरे को कंप्यूटर की स्क्रीन पर दिख रहे QR कोड की ओर रखें।
script-scan-found = कोड मिल गया। इसे खोला जा रहा है…
# /scan: $site is the site's name.
script-scan-other-site = यह कोड { $site } के लिए नहीं है। { $site } के लॉग इन पेज पर दिख रहा कोड स्कैन करें।

## A moment on the server's pages (the activity list), in UTC; with JavaScript
## the page rewrites it in the reader's time zone.

# $month is 1 to 12; $hour and $minute have two digits.
time-moment = { $day } { $month ->
        [1] जन॰
        [2] फ़र॰
        [3] मार्च
        [4] अप्रैल
        [5] मई
        [6] जून
        [7] जुल॰
        [8] अग॰
        [9] सित॰
        [10] अक्तू॰
        [11] नव॰
       *[12] दिस॰
    } { $year }, { $hour }:{ $minute } UTC
