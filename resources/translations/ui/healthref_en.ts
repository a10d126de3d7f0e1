<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>HistoryView</name>
        <message numerus="yes">
            <source>History is kept for %n day(s).</source>
            <translation>
                <numerusform>History is kept for %n day.</numerusform>
                <numerusform>History is kept for %n days.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KioskScreens</name>
        <message numerus="yes">
            <source>%n questions. Choose one from the list.</source>
            <translation>
                <numerusform>%n question. Choose it from the list.</numerusform>
                <numerusform>%n questions. Choose one from the list.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n question(s) · content %1</source>
            <translation>
                <numerusform>%n question · content %1</numerusform>
                <numerusform>%n questions · content %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MySuggestionsDialog</name>
        <message numerus="yes">
            <source>%n suggestion(s) saved on this computer.</source>
            <translation>
                <numerusform>%n suggestion saved on this computer.</numerusform>
                <numerusform>%n suggestions saved on this computer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to be sent.</source>
            <translation>
                <numerusform>%n waiting to be sent.</numerusform>
                <numerusform>%n waiting to be sent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n second(s).</source>
            <translation>
                <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
                <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StillTherePanel</name>
        <message numerus="yes">
            <source>Are you still there?
This screen will clear in %n second(s).</source>
            <translation>
                <numerusform>Are you still there?
This screen will clear in %n second.</numerusform>
                <numerusform>Are you still there?
This screen will clear in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SuggestDialog</name>
        <message numerus="yes">
            <source>It will be sent when a connection is available. Suggestions waiting: %n.</source>
            <translation>
                <numerusform>It will be sent when a connection is available. Suggestions waiting: %n.</numerusform>
                <numerusform>It will be sent when a connection is available. Suggestions waiting: %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SuggestionActions</name>
        <message numerus="yes">
            <source>%n suggestion(s) waiting to be sent</source>
            <translation>
                <numerusform>%n suggestion waiting to be sent</numerusform>
                <numerusform>%n suggestions waiting to be sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n suggestion(s) to %1</source>
            <translation>
                <numerusform>Wrote %n suggestion to %1</numerusform>
                <numerusform>Wrote %n suggestions to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n suggestion(s).</source>
            <translation>
                <numerusform>Sent %n suggestion.</numerusform>
                <numerusform>Sent %n suggestions.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message numerus="yes">
            <source>%n question(s) answered in plain language, each with its sources, the date it was written, and when to get medical help.</source>
            <translation>
                <numerusform>%n question answered in plain language, with its sources, the date it was written, and when to get medical help.</numerusform>
                <numerusform>%n questions answered in plain language, each with its sources, the date it was written, and when to get medical help.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message numerus="yes">
            <source>healthref %1 — an offline health reference.
Content version %2, %n article(s).
For information only; not a substitute for a health worker.</source>
            <translation>
                <numerusform>healthref %1 — an offline health reference.
Content version %2, %n article.
For information only; not a substitute for a health worker.</numerusform>
                <numerusform>healthref %1 — an offline health reference.
Content version %2, %n articles.
For information only; not a substitute for a health worker.</numerusform>
            </translation>
        </message>
    </context>
</TS>
