<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AnswerBar</name>
        <message>
            <source>Add a short note (optional), then press Enter</source>
            <translation>أضف ملاحظة قصيرة (اختياري)، ثم اضغط Enter</translation>
        </message>
        <message>
            <source>★ Saved</source>
            <translation>★ محفوظ</translation>
        </message>
        <message>
            <source>☆ Save</source>
            <translation>☆ حفظ</translation>
        </message>
        <message>
            <source>Remove from saved questions (Ctrl+D)</source>
            <translation>إزالة من الأسئلة المحفوظة (Ctrl+D)</translation>
        </message>
        <message>
            <source>Save this question (Ctrl+D)</source>
            <translation>حفظ هذا السؤال (Ctrl+D)</translation>
        </message>
    </context>
    <context>
        <name>AnswerView</name>
        <message>
            <source>Answer</source>
            <translation>الإجابة</translation>
        </message>
        <message>
            <source>Something wrong with this answer? Report a problem</source>
            <translation>هل في هذه الإجابة خطأ؟ أبلغ عن مشكلة</translation>
        </message>
        <message>
            <source>Missing an answer? Suggest a question</source>
            <translation>لم تجد إجابة؟ اقترح سؤالًا</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>healthref — cannot open the articles</source>
            <translation>healthref — تعذّر فتح المقالات</translation>
        </message>
        <message>
            <source>Settings not used: %1. Sending suggestions is off until it is fixed.</source>
            <translation>لم تُستخدم الإعدادات: %1. إرسال الاقتراحات متوقف حتى يُصلَح ذلك.</translation>
        </message>
        <message>
            <source>checking the articles</source>
            <translation>التحقق من المقالات</translation>
        </message>
    </context>
    <context>
        <name>Appearance</name>
        <message>
            <source>&amp;System</source>
            <translation>&amp;النظام</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;فاتح</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;داكن</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>نص أ&amp;كبر</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>نص أ&amp;صغر</translation>
        </message>
        <message>
            <source>&amp;Normal size</source>
            <translation>الحجم ال&amp;عادي</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>ال&amp;مظهر</translation>
        </message>
    </context>
    <context>
        <name>Category</name>
        <message>
            <source>Child health</source>
            <translation>صحة الطفل</translation>
        </message>
        <message>
            <source>First aid and emergencies</source>
            <translation>الإسعافات الأولية والطوارئ</translation>
        </message>
        <message>
            <source>Infectious diseases</source>
            <translation>الأمراض المعدية</translation>
        </message>
        <message>
            <source>Long-term conditions</source>
            <translation>الأمراض المزمنة</translation>
        </message>
        <message>
            <source>Medicines</source>
            <translation>الأدوية</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>الصحة النفسية</translation>
        </message>
        <message>
            <source>Pregnancy and newborns</source>
            <translation>الحمل وحديثو الولادة</translation>
        </message>
        <message>
            <source>Prevention and healthy living</source>
            <translation>الوقاية والحياة الصحية</translation>
        </message>
        <message>
            <source>Sexual and reproductive health</source>
            <translation>الصحة الجنسية والإنجابية</translation>
        </message>
        <message>
            <source>Symptoms</source>
            <translation>الأعراض</translation>
        </message>
    </context>
    <context>
        <name>ContentErrorPage</name>
        <message>
            <source>The articles database is missing</source>
            <translation>قاعدة بيانات المقالات غير موجودة</translation>
        </message>
        <message>
            <source>The articles database is empty</source>
            <translation>قاعدة بيانات المقالات فارغة</translation>
        </message>
        <message>
            <source>The articles file is not a healthref database</source>
            <translation>ملف المقالات ليس قاعدة بيانات healthref</translation>
        </message>
        <message>
            <source>The articles database is damaged</source>
            <translation>قاعدة بيانات المقالات تالفة</translation>
        </message>
        <message>
            <source>The articles database is from another version</source>
            <translation>قاعدة بيانات المقالات من إصدار آخر</translation>
        </message>
        <message>
            <source>The articles database has been changed or damaged</source>
            <translation>قاعدة بيانات المقالات عُدّلت أو تلفت</translation>
        </message>
        <message>
            <source>The articles database cannot be read</source>
            <translation>تتعذّر قراءة قاعدة بيانات المقالات</translation>
        </message>
        <message>
            <source>The articles database cannot be used</source>
            <translation>يتعذّر استخدام قاعدة بيانات المقالات</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>ما المشكلة</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>ما العمل</translation>
        </message>
        <message>
            <source>Your saved questions, history and suggestions are kept elsewhere and are not affected.</source>
            <translation>أسئلتك المحفوظة وسجلّك واقتراحاتك محفوظة في مكان آخر ولم تتأثر.</translation>
        </message>
    </context>
    <context>
        <name>ContentLanguage</name>
        <message>
            <source>Article &amp;language</source>
            <translation>&amp;لغة المقالات</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>مثل لغة الواجهة</translation>
        </message>
    </context>
    <context>
        <name>ContentUpdates</name>
        <message>
            <source>Content as of %1, from %2</source>
            <translation>المحتوى بتاريخ %1، من %2</translation>
        </message>
        <message>
            <source>(development key: for testing only)</source>
            <translation>(مفتاح تطوير: للتجربة فقط)</translation>
        </message>
        <message>
            <source>installed content not used: %1</source>
            <translation>لم يُستخدم المحتوى المثبّت: %1</translation>
        </message>
        <message>
            <source>&amp;Install content update…</source>
            <translation>&amp;تثبيت تحديث للمحتوى…</translation>
        </message>
        <message>
            <source>&amp;Roll back content update</source>
            <translation>ال&amp;تراجع عن تحديث المحتوى</translation>
        </message>
        <message>
            <source>Install content update</source>
            <translation>تثبيت تحديث للمحتوى</translation>
        </message>
        <message>
            <source>Content packs (*.pack);;All files (*)</source>
            <translation>حزم المحتوى (*.pack);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Checking and installing %1…</source>
            <translation>جارٍ التحقق من %1 وتثبيته…</translation>
        </message>
        <message>
            <source>Roll back content update</source>
            <translation>التراجع عن تحديث المحتوى</translation>
        </message>
        <message>
            <source>Nothing was changed: %1</source>
            <translation>لم يتغيّر شيء: %1</translation>
        </message>
        <message>
            <source>Installed; this window reads %1 as asked, so nothing changes here.</source>
            <translation>تم التثبيت؛ هذه النافذة تقرأ %1 كما طُلب، فلا يتغيّر شيء هنا.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this answer</source>
            <translation>البحث في هذه الإجابة</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>السابق</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>إغلاق البحث</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>بحث:</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 من %2</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>لا نتائج مطابقة</translation>
        </message>
    </context>
    <context>
        <name>Handouts</name>
        <message>
            <source>Print handout — %1</source>
            <translation>طباعة النشرة — %1</translation>
        </message>
        <message>
            <source>Save handout as PDF</source>
            <translation>حفظ النشرة بصيغة PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Sent to %1.</source>
            <translation>أُرسلت إلى %1.</translation>
        </message>
        <message>
            <source>No printer is set up. Please ask at the desk.</source>
            <translation>لا توجد طابعة مُعدّة. يُرجى السؤال في مكتب الاستقبال.</translation>
        </message>
        <message>
            <source>Could not save the handout: %1</source>
            <translation>تعذّر حفظ النشرة: %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>حُفظ: %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message numerus="yes">
            <source>History is kept for %n day(s).</source>
            <translation>
                <numerusform>لا يُحفظ السجل أي يوم.</numerusform>
                <numerusform>يُحفظ السجل يومًا واحدًا.</numerusform>
                <numerusform>يُحفظ السجل يومين.</numerusform>
                <numerusform>يُحفظ السجل %Ln أيام.</numerusform>
                <numerusform>يُحفظ السجل %Ln يومًا.</numerusform>
                <numerusform>يُحفظ السجل %Ln يوم.</numerusform>
            </translation>
        </message>
        <message>
            <source>History is switched off in settings ([privacy] history).</source>
            <translation>السجل متوقف في الإعدادات ([privacy] history).</translation>
        </message>
        <message>
            <source>Clear all history</source>
            <translation>مسح السجل كله</translation>
        </message>
        <message>
            <source>Clear older than</source>
            <translation>مسح ما هو أقدم من</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>أمس</translation>
        </message>
    </context>
    <context>
        <name>KioskHome</name>
        <message>
            <source>Health answers</source>
            <translation>إجابات صحية</translation>
        </message>
        <message>
            <source>Type your question in the box above, or choose a topic:</source>
            <translation>اكتب سؤالك في المربع أعلاه، أو اختر موضوعًا:</translation>
        </message>
        <message>
            <source>Featured question</source>
            <translation>سؤال مختار</translation>
        </message>
    </context>
    <context>
        <name>KioskScreens</name>
        <message>
            <source>‹  Back</source>
            <translation>‹  رجوع</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>الرئيسية</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>نص أكبر</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>نص أصغر</translation>
        </message>
        <message>
            <source>I'm finished</source>
            <translation>انتهيت</translation>
        </message>
        <message>
            <source>Type your question here</source>
            <translation>اكتب سؤالك هنا</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <source>Your question</source>
            <translation>سؤالك</translation>
        </message>
        <message>
            <source>Choose a question from the list to read its answer.</source>
            <translation>اختر سؤالًا من القائمة لقراءة إجابته.</translation>
        </message>
        <message numerus="yes">
            <source>%n questions. Choose one from the list.</source>
            <translation>
                <numerusform>لا توجد أسئلة.</numerusform>
                <numerusform>سؤال واحد. اختره من القائمة.</numerusform>
                <numerusform>سؤالان. اختر أحدهما من القائمة.</numerusform>
                <numerusform>%Ln أسئلة. اختر واحدًا من القائمة.</numerusform>
                <numerusform>%Ln سؤالًا. اختر واحدًا من القائمة.</numerusform>
                <numerusform>%Ln سؤال. اختر واحدًا من القائمة.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>&amp;Interface language</source>
            <translation>لغة ال&amp;واجهة</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;رجوع</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;تقدّم</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) · content %1</source>
            <translation>
                <numerusform>لا أسئلة · المحتوى %1</numerusform>
                <numerusform>سؤال واحد · المحتوى %1</numerusform>
                <numerusform>سؤالان · المحتوى %1</numerusform>
                <numerusform>%Ln أسئلة · المحتوى %1</numerusform>
                <numerusform>%Ln سؤالًا · المحتوى %1</numerusform>
                <numerusform>%Ln سؤال · المحتوى %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Something went wrong while %1: %2</source>
            <translation>حدث خطأ أثناء %1: %2</translation>
        </message>
        <message>
            <source>healthref — offline health answers</source>
            <translation>healthref — إجابات صحية دون اتصال</translation>
        </message>
        <message>
            <source>%1 — healthref</source>
            <translation>%1 — healthref</translation>
        </message>
        <message>
            <source>Opened: %1</source>
            <translation>فُتح: %1</translation>
        </message>
        <message>
            <source>That article is not in this collection.</source>
            <translation>هذه المقالة ليست ضمن هذه المجموعة.</translation>
        </message>
        <message>
            <source>Outside links are not opened here: %1</source>
            <translation>لا تُفتح الروابط الخارجية هنا: %1</translation>
        </message>
    </context>
    <context>
        <name>MySuggestionsDialog</name>
        <message>
            <source>Waiting to send</source>
            <translation>بانتظار الإرسال</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>أُرسل</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>لم يُقبل</translation>
        </message>
        <message>
            <source>My suggestions</source>
            <translation>اقتراحاتي</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>عدد الطلبات</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>الحفظ</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) saved on this computer.</source>
            <translation>
                <numerusform>لا توجد اقتراحات محفوظة على هذا الحاسوب.</numerusform>
                <numerusform>اقتراح واحد محفوظ على هذا الحاسوب.</numerusform>
                <numerusform>اقتراحان محفوظان على هذا الحاسوب.</numerusform>
                <numerusform>%Ln اقتراحات محفوظة على هذا الحاسوب.</numerusform>
                <numerusform>%Ln اقتراحًا محفوظًا على هذا الحاسوب.</numerusform>
                <numerusform>%Ln اقتراح محفوظ على هذا الحاسوب.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to be sent.</source>
            <translation>
                <numerusform>لا شيء بانتظار الإرسال.</numerusform>
                <numerusform>واحد بانتظار الإرسال.</numerusform>
                <numerusform>اثنان بانتظار الإرسال.</numerusform>
                <numerusform>%Ln بانتظار الإرسال.</numerusform>
                <numerusform>%Ln بانتظار الإرسال.</numerusform>
                <numerusform>%Ln بانتظار الإرسال.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Leave kiosk mode</source>
            <translation>الخروج من وضع الكشك</translation>
        </message>
        <message>
            <source>Operator PIN</source>
            <translation>رمز المشغّل</translation>
        </message>
        <message>
            <source>Enter the operator PIN to leave kiosk mode.</source>
            <translation>أدخل رمز المشغّل للخروج من وضع الكشك.</translation>
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation>هذا الرمز غير صحيح.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n second(s).</source>
            <translation>
                <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى الآن.</numerusform>
                <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى بعد ثانية واحدة.</numerusform>
                <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى بعد ثانيتين.</numerusform>
                <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى بعد %Ln ثوانٍ.</numerusform>
                <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى بعد %Ln ثانية.</numerusform>
                <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى بعد %Ln ثانية.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivateWindow</name>
        <message>
            <source>healthref — private window</source>
            <translation>healthref — نافذة خاصة</translation>
        </message>
        <message>
            <source>Private window: nothing you open or save here is remembered.</source>
            <translation>نافذة خاصة: لا يُحفظ شيء مما تفتحه أو تحفظه هنا.</translation>
        </message>
    </context>
    <context>
        <name>ReadingActions</name>
        <message>
            <source>&amp;Save question</source>
            <translation>&amp;حفظ السؤال</translation>
        </message>
        <message>
            <source>&amp;Copy answer as text</source>
            <translation>&amp;نسخ الإجابة نصًّا</translation>
        </message>
        <message>
            <source>&amp;Print handout…</source>
            <translation>&amp;طباعة النشرة…</translation>
        </message>
        <message>
            <source>Print handout in &amp;large print…</source>
            <translation>طباعة النشرة بخط &amp;كبير…</translation>
        </message>
        <message>
            <source>Save handout as P&amp;DF…</source>
            <translation>حفظ النشرة بصيغة P&amp;DF…</translation>
        </message>
        <message>
            <source>New p&amp;rivate window</source>
            <translation>نافذة &amp;خاصة جديدة</translation>
        </message>
        <message>
            <source>&amp;Answer</source>
            <translation>ال&amp;إجابة</translation>
        </message>
        <message>
            <source>Saved questions</source>
            <translation>الأسئلة المحفوظة</translation>
        </message>
        <message>
            <source>History</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Removed “%1” from saved questions.</source>
            <translation>أُزيل «%1» من الأسئلة المحفوظة.</translation>
        </message>
        <message>
            <source>Copied the answer and its sources.</source>
            <translation>نُسخت الإجابة ومصادرها.</translation>
        </message>
        <message>
            <source>Open an answer to print it.</source>
            <translation>افتح إجابة لطباعتها.</translation>
        </message>
    </context>
    <context>
        <name>ReadingPane</name>
        <message>
            <source>Suggest this question</source>
            <translation>اقترح هذا السؤال</translation>
        </message>
        <message>
            <source>No article answers this yet — these mention it. Open one from the list, or suggest the question.</source>
            <translation>لا توجد مقالة تجيب عن هذا بعد — هذه المقالات تذكره. افتح إحداها من القائمة، أو اقترح السؤال.</translation>
        </message>
        <message>
            <source>No article answers this yet — these mention it.</source>
            <translation>لا توجد مقالة تجيب عن هذا بعد — هذه المقالات تذكره.</translation>
        </message>
    </context>
    <context>
        <name>RelatedButtons</name>
        <message>
            <source>Related:</source>
            <translation>ذات صلة:</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Report a problem with this answer</source>
            <translation>الإبلاغ عن مشكلة في هذه الإجابة</translation>
        </message>
        <message>
            <source>Tell the people who write the answers what is wrong. Please don't include names, phone numbers or other personal details.</source>
            <translation>أخبر كاتبي الإجابات بما هو خطأ. يُرجى عدم كتابة أسماء أو أرقام هواتف أو أي بيانات شخصية أخرى.</translation>
        </message>
        <message>
            <source>What is wrong?</source>
            <translation>ما الخطأ؟</translation>
        </message>
        <message>
            <source>Not sure / the whole answer</source>
            <translation>لست متأكدًا / الإجابة كلها</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>المشكلة</translation>
        </message>
        <message>
            <source>Which part</source>
            <translation>أي جزء</translation>
        </message>
        <message>
            <source>Send report</source>
            <translation>إرسال البلاغ</translation>
        </message>
        <message>
            <source>Quick answer</source>
            <translation>إجابة سريعة</translation>
        </message>
        <message>
            <source>Get help now box</source>
            <translation>مربع «اطلب المساعدة الآن»</translation>
        </message>
        <message>
            <source>Key facts</source>
            <translation>حقائق أساسية</translation>
        </message>
        <message>
            <source>When to get medical help</source>
            <translation>متى تطلب المساعدة الطبية</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>النص الرئيسي</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>غير ذلك</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
    </context>
    <context>
        <name>SavedView</name>
        <message>
            <source>Search saved questions and notes</source>
            <translation>البحث في الأسئلة والملاحظات المحفوظة</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>الأحدث أولًا</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>الأقدم أولًا</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>حسب الفئة</translation>
        </message>
        <message>
            <source>Nothing saved yet. Press ☆ Save (Ctrl+D) on an answer.</source>
            <translation>لم يُحفظ شيء بعد. اضغط ☆ حفظ (Ctrl+D) في أي إجابة.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Undo remove</source>
            <translation>التراجع عن الإزالة</translation>
        </message>
        <message>
            <source>saved %1</source>
            <translation>حُفظ في %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>ملاحظة: %1</translation>
        </message>
    </context>
    <context>
        <name>SearchMessages</name>
        <message>
            <source>No answer yet for “%1”</source>
            <translation>لا توجد إجابة بعد عن «%1»</translation>
        </message>
        <message>
            <source>Did you mean</source>
            <translation>هل تقصد</translation>
        </message>
        <message>
            <source>Search all categories</source>
            <translation>البحث في كل الفئات</translation>
        </message>
        <message>
            <source>Suggest this question</source>
            <translation>اقترح هذا السؤال</translation>
        </message>
        <message>
            <source>Try fewer or simpler words, or ask a health worker.</source>
            <translation>جرّب كلمات أقل أو أبسط، أو اسأل عاملًا صحيًا.</translation>
        </message>
        <message>
            <source>Not what you need?</source>
            <translation>ليس ما تبحث عنه؟</translation>
        </message>
        <message>
            <source>Suggest “%1”</source>
            <translation>اقترح «%1»</translation>
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation>فشل البحث: %1</translation>
        </message>
        <message>
            <source>Try again, or restart healthref if it keeps happening.</source>
            <translation>حاول مرة أخرى، أو أعد تشغيل healthref إذا تكرّر ذلك.</translation>
        </message>
        <message>
            <source>If someone is in danger now, call %1.</source>
            <translation>إذا كان أحد في خطر الآن، فاتصل بالرقم %1.</translation>
        </message>
        <message>
            <source>If someone is in danger now, call your local emergency number.</source>
            <translation>إذا كان أحد في خطر الآن، فاتصل برقم الطوارئ المحلي.</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search questions, e.g. “fever in a child”</source>
            <translation>ابحث في الأسئلة، مثلًا «حمّى عند طفل»</translation>
        </message>
        <message>
            <source>Search questions</source>
            <translation>البحث في الأسئلة</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>ال&amp;فئة</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>كل الفئات</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>طوارئ</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>الأسئلة</translation>
        </message>
        <message>
            <source>Showing results for “%1”</source>
            <translation>النتائج عن «%1»</translation>
        </message>
        <message>
            <source>No confident answer yet — these articles mention some of your words.</source>
            <translation>لا توجد إجابة موثوقة بعد — هذه المقالات تذكر بعض كلماتك.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>لا توجد نتائج</numerusform>
                <numerusform>نتيجة واحدة</numerusform>
                <numerusform>نتيجتان</numerusform>
                <numerusform>%Ln نتائج</numerusform>
                <numerusform>%Ln نتيجة</numerusform>
                <numerusform>%Ln نتيجة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StillTherePanel</name>
        <message>
            <source>Are you still there?</source>
            <translation>هل ما زلت هنا؟</translation>
        </message>
        <message>
            <source>Yes, I'm still here</source>
            <translation>نعم، ما زلت هنا</translation>
        </message>
        <message numerus="yes">
            <source>Are you still there?
This screen will clear in %n second(s).</source>
            <translation>
                <numerusform>هل ما زلت هنا؟
ستُمسح هذه الشاشة الآن.</numerusform>
                <numerusform>هل ما زلت هنا؟
ستُمسح هذه الشاشة بعد ثانية واحدة.</numerusform>
                <numerusform>هل ما زلت هنا؟
ستُمسح هذه الشاشة بعد ثانيتين.</numerusform>
                <numerusform>هل ما زلت هنا؟
ستُمسح هذه الشاشة بعد %Ln ثوانٍ.</numerusform>
                <numerusform>هل ما زلت هنا؟
ستُمسح هذه الشاشة بعد %Ln ثانية.</numerusform>
                <numerusform>هل ما زلت هنا؟
ستُمسح هذه الشاشة بعد %Ln ثانية.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SuggestDialog</name>
        <message>
            <source>Suggest a question</source>
            <translation>اقترح سؤالًا</translation>
        </message>
        <message>
            <source>Can't find your question? Suggest it, and the people who write the answers will see it. Please don't include names, phone numbers or other personal details.</source>
            <translation>لم تجد سؤالك؟ اقترحه، وسيراه كاتبو الإجابات. يُرجى عدم كتابة أسماء أو أرقام هواتف أو أي بيانات شخصية أخرى.</translation>
        </message>
        <message>
            <source>Your question, e.g. “How is a bee sting treated?”</source>
            <translation>سؤالك، مثلًا «كيف تُعالج لسعة النحلة؟»</translation>
        </message>
        <message>
            <source>Anything that would help (optional)</source>
            <translation>أي معلومة قد تفيد (اختياري)</translation>
        </message>
        <message>
            <source>Not sure</source>
            <translation>لست متأكدًا</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>ال&amp;سؤال</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;ملاحظة</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>ال&amp;فئة</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>Questions that may already answer yours</source>
            <translation>أسئلة قد تجيب عن سؤالك</translation>
        </message>
        <message>
            <source>Save suggestion</source>
            <translation>حفظ الاقتراح</translation>
        </message>
        <message>
            <source>Please keep the note to %1 characters.</source>
            <translation>يُرجى ألا تزيد الملاحظة على %1 حرف.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
        <message>
            <source>Couldn't save: %1. Your text is still here; please try again later.</source>
            <translation>تعذّر الحفظ: %1. نصّك ما زال هنا؛ يُرجى المحاولة لاحقًا.</translation>
        </message>
        <message>
            <source>Thank you — that question was already waiting; we counted your ask.</source>
            <translation>شكرًا — هذا السؤال كان ينتظر من قبل؛ وقد احتسبنا طلبك.</translation>
        </message>
        <message>
            <source>Saved on this computer.</source>
            <translation>حُفظ على هذا الحاسوب.</translation>
        </message>
        <message numerus="yes">
            <source>It will be sent when a connection is available. Suggestions waiting: %n.</source>
            <translation>
                <numerusform>سيُرسل عند توفّر اتصال. لا اقتراحات أخرى بانتظار الإرسال.</numerusform>
                <numerusform>سيُرسل عند توفّر اتصال. اقتراح واحد بانتظار الإرسال.</numerusform>
                <numerusform>سيُرسل عند توفّر اتصال. اقتراحان بانتظار الإرسال.</numerusform>
                <numerusform>سيُرسل عند توفّر اتصال. %Ln اقتراحات بانتظار الإرسال.</numerusform>
                <numerusform>سيُرسل عند توفّر اتصال. %Ln اقتراحًا بانتظار الإرسال.</numerusform>
                <numerusform>سيُرسل عند توفّر اتصال. %Ln اقتراح بانتظار الإرسال.</numerusform>
            </translation>
        </message>
        <message>
            <source>Did you mean …?</source>
            <translation>هل تقصد …؟</translation>
        </message>
        <message>
            <source>already suggested</source>
            <translation>مقترح من قبل</translation>
        </message>
        <message>
            <source>Open one of these, or save yours anyway.</source>
            <translation>افتح أحد هذه الأسئلة، أو احفظ سؤالك على أي حال.</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>احفظ على أي حال</translation>
        </message>
    </context>
    <context>
        <name>SuggestionActions</name>
        <message>
            <source>&amp;Suggestions</source>
            <translation>ال&amp;اقتراحات</translation>
        </message>
        <message>
            <source>&amp;Suggest a question…</source>
            <translation>ا&amp;قترح سؤالًا…</translation>
        </message>
        <message>
            <source>&amp;My suggestions</source>
            <translation>ا&amp;قتراحاتي</translation>
        </message>
        <message>
            <source>&amp;Export waiting suggestions to a file…</source>
            <translation>&amp;تصدير الاقتراحات المنتظرة إلى ملف…</translation>
        </message>
        <message>
            <source>Send &amp;now</source>
            <translation>أرسل ال&amp;آن</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) waiting to be sent</source>
            <translation>
                <numerusform>لا اقتراحات بانتظار الإرسال</numerusform>
                <numerusform>اقتراح واحد بانتظار الإرسال</numerusform>
                <numerusform>اقتراحان بانتظار الإرسال</numerusform>
                <numerusform>%Ln اقتراحات بانتظار الإرسال</numerusform>
                <numerusform>%Ln اقتراحًا بانتظار الإرسال</numerusform>
                <numerusform>%Ln اقتراح بانتظار الإرسال</numerusform>
            </translation>
        </message>
        <message>
            <source>Thank you — that is as many suggestions as we can take from one visit. Please ask a health worker at the desk.</source>
            <translation>شكرًا — هذا أكبر عدد من الاقتراحات نستطيع قبوله في زيارة واحدة. يُرجى سؤال عامل صحي في مكتب الاستقبال.</translation>
        </message>
        <message>
            <source>Thank you — this screen has taken all the suggestions it can for today. Please ask a health worker at the desk.</source>
            <translation>شكرًا — استقبلت هذه الشاشة كل ما تستطيعه من اقتراحات اليوم. يُرجى سؤال عامل صحي في مكتب الاستقبال.</translation>
        </message>
        <message>
            <source>Suggestions cannot be saved here right now.</source>
            <translation>لا يمكن حفظ الاقتراحات هنا الآن.</translation>
        </message>
        <message>
            <source>Suggest a question</source>
            <translation>اقترح سؤالًا</translation>
        </message>
        <message>
            <source>My suggestions</source>
            <translation>اقتراحاتي</translation>
        </message>
        <message>
            <source>Export suggestions</source>
            <translation>تصدير الاقتراحات</translation>
        </message>
        <message>
            <source>Suggestion files (*.zip)</source>
            <translation>ملفات الاقتراحات (*.zip)</translation>
        </message>
        <message>
            <source>Writing suggestions…</source>
            <translation>جارٍ كتابة الاقتراحات…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n suggestion(s) to %1</source>
            <translation>
                <numerusform>لم يُكتب أي اقتراح في %1</numerusform>
                <numerusform>كُتب اقتراح واحد في %1</numerusform>
                <numerusform>كُتب اقتراحان في %1</numerusform>
                <numerusform>كُتبت %Ln اقتراحات في %1</numerusform>
                <numerusform>كُتب %Ln اقتراحًا في %1</numerusform>
                <numerusform>كُتب %Ln اقتراح في %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Suggestions not sent: %1. They are kept and will be retried.</source>
            <translation>لم تُرسل الاقتراحات: %1. ستبقى محفوظة وسيُعاد إرسالها.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n suggestion(s).</source>
            <translation>
                <numerusform>لم يُرسل أي اقتراح.</numerusform>
                <numerusform>أُرسل اقتراح واحد.</numerusform>
                <numerusform>أُرسل اقتراحان.</numerusform>
                <numerusform>أُرسلت %Ln اقتراحات.</numerusform>
                <numerusform>أُرسل %Ln اقتراحًا.</numerusform>
                <numerusform>أُرسل %Ln اقتراح.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Health answers, offline</source>
            <translation>إجابات صحية دون اتصال</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) answered in plain language, each with its sources, the date it was written, and when to get medical help.</source>
            <translation>
                <numerusform>لا توجد أسئلة مُجاب عنها بعد.</numerusform>
                <numerusform>سؤال واحد مُجاب عنه بلغة بسيطة، مع مصادره وتاريخ كتابته ومتى تطلب المساعدة الطبية.</numerusform>
                <numerusform>سؤالان مُجاب عنهما بلغة بسيطة، مع مصادر كل منهما وتاريخ كتابته ومتى تطلب المساعدة الطبية.</numerusform>
                <numerusform>%Ln أسئلة مُجاب عنها بلغة بسيطة، مع مصادر كل منها وتاريخ كتابته ومتى تطلب المساعدة الطبية.</numerusform>
                <numerusform>%Ln سؤالًا مُجابًا عنه بلغة بسيطة، مع مصادر كل منها وتاريخ كتابته ومتى تطلب المساعدة الطبية.</numerusform>
                <numerusform>%Ln سؤال مُجاب عنه بلغة بسيطة، مع مصادر كل منها وتاريخ كتابته ومتى تطلب المساعدة الطبية.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Type in the search box&lt;/b&gt; — everyday words are fine: &lt;i&gt;blood poisoning&lt;/i&gt;, &lt;i&gt;runny tummy&lt;/i&gt;, &lt;i&gt;sugar levels&lt;/i&gt;. Use &lt;b&gt;↑&lt;/b&gt; and &lt;b&gt;↓&lt;/b&gt; to move through the list and &lt;b&gt;Enter&lt;/b&gt; to open an answer. &lt;b&gt;Ctrl+K&lt;/b&gt; jumps back to search; &lt;b&gt;Esc&lt;/b&gt; clears it.</source>
            <translation>&lt;b&gt;اكتب في مربع البحث&lt;/b&gt; — الكلمات اليومية تكفي. المقالات ما زالت بالإنجليزية: &lt;i&gt;blood poisoning&lt;/i&gt;، &lt;i&gt;runny tummy&lt;/i&gt;، &lt;i&gt;sugar levels&lt;/i&gt;. استخدم &lt;b&gt;↑&lt;/b&gt; و&lt;b&gt;↓&lt;/b&gt; للتنقل في القائمة و&lt;b&gt;Enter&lt;/b&gt; لفتح إجابة. &lt;b&gt;Ctrl+K&lt;/b&gt; يعيدك إلى البحث؛ &lt;b&gt;Esc&lt;/b&gt; يمسحه.</translation>
        </message>
        <message>
            <source>In an emergency, contact your local emergency number or go to the nearest health facility now.</source>
            <translation>في حالة الطوارئ، اتصل برقم الطوارئ المحلي أو توجّه الآن إلى أقرب مرفق صحي.</translation>
        </message>
    </context>
    <context>
        <name>WhatsNewDialog</name>
        <message>
            <source>What's new</source>
            <translation>ما الجديد</translation>
        </message>
        <message>
            <source>Content of %1</source>
            <translation>محتوى %1</translation>
        </message>
        <message>
            <source>What's new in %1</source>
            <translation>الجديد في %1</translation>
        </message>
        <message>
            <source>New questions</source>
            <translation>أسئلة جديدة</translation>
        </message>
        <message>
            <source>Changed answers</source>
            <translation>إجابات معدّلة</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>مسحوبة</translation>
        </message>
        <message>
            <source>Nothing changed since the previous version.</source>
            <translation>لم يتغيّر شيء منذ الإصدار السابق.</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>ا&amp;نتقال</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;بحث</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>فتح مجلد ال&amp;سجلات</translation>
        </message>
        <message>
            <source>&amp;About healthref</source>
            <translation>&amp;حول healthref</translation>
        </message>
        <message>
            <source>&amp;Find in answer…</source>
            <translation>البحث في ال&amp;إجابة…</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>البحث عن ال&amp;تالي</translation>
        </message>
        <message>
            <source>Find &amp;previous</source>
            <translation>البحث عن ال&amp;سابق</translation>
        </message>
        <message>
            <source>Problems are logged in %1</source>
            <translation>تُسجَّل المشكلات في %1</translation>
        </message>
        <message numerus="yes">
            <source>healthref %1 — an offline health reference.
Content version %2, %n article(s).
For information only; not a substitute for a health worker.</source>
            <translation>
                <numerusform>healthref %1 — مرجع صحي يعمل دون اتصال.
إصدار المحتوى %2، لا توجد مقالات.
للمعلومات فقط؛ لا يغني عن العامل الصحي.</numerusform>
                <numerusform>healthref %1 — مرجع صحي يعمل دون اتصال.
إصدار المحتوى %2، مقالة واحدة.
للمعلومات فقط؛ لا يغني عن العامل الصحي.</numerusform>
                <numerusform>healthref %1 — مرجع صحي يعمل دون اتصال.
إصدار المحتوى %2، مقالتان.
للمعلومات فقط؛ لا يغني عن العامل الصحي.</numerusform>
                <numerusform>healthref %1 — مرجع صحي يعمل دون اتصال.
إصدار المحتوى %2، %Ln مقالات.
للمعلومات فقط؛ لا يغني عن العامل الصحي.</numerusform>
                <numerusform>healthref %1 — مرجع صحي يعمل دون اتصال.
إصدار المحتوى %2، %Ln مقالة.
للمعلومات فقط؛ لا يغني عن العامل الصحي.</numerusform>
                <numerusform>healthref %1 — مرجع صحي يعمل دون اتصال.
إصدار المحتوى %2، %Ln مقالة.
للمعلومات فقط؛ لا يغني عن العامل الصحي.</numerusform>
            </translation>
        </message>
        <message>
            <source>This translation has not yet been reviewed by a native speaker. If a word is wrong or unclear, please tell us with Report a problem.</source>
            <translation>لم يراجع هذه الترجمة متحدث أصلي باللغة بعد. إذا كانت كلمة خاطئة أو غير واضحة، فأخبرنا عبر «الإبلاغ عن مشكلة».</translation>
        </message>
        <message>
            <source>About healthref</source>
            <translation>حول healthref</translation>
        </message>
    </context>
    <context>
        <name>Withdrawn</name>
        <message>
            <source>This answer was withdrawn</source>
            <translation>سُحبت هذه الإجابة</translation>
        </message>
        <message>
            <source>Search for the question again, or ask a health worker.</source>
            <translation>ابحث عن السؤال مرة أخرى، أو اسأل عاملًا صحيًا.</translation>
        </message>
    </context>
</TS>
