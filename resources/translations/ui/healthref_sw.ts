<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw" sourcelanguage="en">
    <context>
        <name>AnswerBar</name>
        <message>
            <source>Add a short note (optional), then press Enter</source>
            <translation>Ongeza maelezo mafupi (si lazima), kisha bonyeza Enter</translation>
        </message>
        <message>
            <source>★ Saved</source>
            <translation>★ Imehifadhiwa</translation>
        </message>
        <message>
            <source>☆ Save</source>
            <translation>☆ Hifadhi</translation>
        </message>
        <message>
            <source>Remove from saved questions (Ctrl+D)</source>
            <translation>Ondoa kwenye maswali yaliyohifadhiwa (Ctrl+D)</translation>
        </message>
        <message>
            <source>Save this question (Ctrl+D)</source>
            <translation>Hifadhi swali hili (Ctrl+D)</translation>
        </message>
    </context>
    <context>
        <name>AnswerView</name>
        <message>
            <source>Answer</source>
            <translation>Jibu</translation>
        </message>
        <message>
            <source>Something wrong with this answer? Report a problem</source>
            <translation>Kuna kosa kwenye jibu hili? Ripoti tatizo</translation>
        </message>
        <message>
            <source>Missing an answer? Suggest a question</source>
            <translation>Jibu halipo? Pendekeza swali</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>healthref — cannot open the articles</source>
            <translation>healthref — haiwezi kufungua makala</translation>
        </message>
        <message>
            <source>Settings not used: %1. Sending suggestions is off until it is fixed.</source>
            <translation>Mipangilio haikutumika: %1. Kutuma mapendekezo kumezimwa hadi hili lirekebishwe.</translation>
        </message>
        <message>
            <source>checking the articles</source>
            <translation>kukagua makala</translation>
        </message>
    </context>
    <context>
        <name>Appearance</name>
        <message>
            <source>&amp;System</source>
            <translation>&amp;Mfumo</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Angavu</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Giza</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>Maandishi &amp;makubwa zaidi</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>Maandishi &amp;madogo zaidi</translation>
        </message>
        <message>
            <source>&amp;Normal size</source>
            <translation>Ukubwa wa &amp;kawaida</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Mandhari</translation>
        </message>
    </context>
    <context>
        <name>Category</name>
        <message>
            <source>Child health</source>
            <translation>Afya ya mtoto</translation>
        </message>
        <message>
            <source>First aid and emergencies</source>
            <translation>Huduma ya kwanza na dharura</translation>
        </message>
        <message>
            <source>Infectious diseases</source>
            <translation>Magonjwa ya kuambukiza</translation>
        </message>
        <message>
            <source>Long-term conditions</source>
            <translation>Magonjwa sugu</translation>
        </message>
        <message>
            <source>Medicines</source>
            <translation>Dawa</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>Afya ya akili</translation>
        </message>
        <message>
            <source>Pregnancy and newborns</source>
            <translation>Ujauzito na watoto wachanga</translation>
        </message>
        <message>
            <source>Prevention and healthy living</source>
            <translation>Kinga na maisha yenye afya</translation>
        </message>
        <message>
            <source>Sexual and reproductive health</source>
            <translation>Afya ya ngono na uzazi</translation>
        </message>
        <message>
            <source>Symptoms</source>
            <translation>Dalili</translation>
        </message>
    </context>
    <context>
        <name>ContentErrorPage</name>
        <message>
            <source>The articles database is missing</source>
            <translation>Hifadhidata ya makala haipo</translation>
        </message>
        <message>
            <source>The articles database is empty</source>
            <translation>Hifadhidata ya makala haina kitu</translation>
        </message>
        <message>
            <source>The articles file is not a healthref database</source>
            <translation>Faili ya makala si hifadhidata ya healthref</translation>
        </message>
        <message>
            <source>The articles database is damaged</source>
            <translation>Hifadhidata ya makala imeharibika</translation>
        </message>
        <message>
            <source>The articles database is from another version</source>
            <translation>Hifadhidata ya makala ni ya toleo jingine</translation>
        </message>
        <message>
            <source>The articles database has been changed or damaged</source>
            <translation>Hifadhidata ya makala imebadilishwa au imeharibika</translation>
        </message>
        <message>
            <source>The articles database cannot be read</source>
            <translation>Hifadhidata ya makala haisomeki</translation>
        </message>
        <message>
            <source>The articles database cannot be used</source>
            <translation>Hifadhidata ya makala haiwezi kutumika</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Faili</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Tatizo ni nini</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Ufanye nini</translation>
        </message>
        <message>
            <source>Your saved questions, history and suggestions are kept elsewhere and are not affected.</source>
            <translation>Maswali uliyohifadhi, historia na mapendekezo yako yanahifadhiwa mahali pengine na hayajaathirika.</translation>
        </message>
    </context>
    <context>
        <name>ContentLanguage</name>
        <message>
            <source>Article &amp;language</source>
            <translation>&amp;Lugha ya makala</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>Sawa na lugha ya programu</translation>
        </message>
    </context>
    <context>
        <name>ContentUpdates</name>
        <message>
            <source>Content as of %1, from %2</source>
            <translation>Maudhui ya %1, kutoka %2</translation>
        </message>
        <message>
            <source>(development key: for testing only)</source>
            <translation>(ufunguo wa majaribio: kwa kujaribu tu)</translation>
        </message>
        <message>
            <source>installed content not used: %1</source>
            <translation>maudhui yaliyosakinishwa hayakutumika: %1</translation>
        </message>
        <message>
            <source>&amp;Install content update…</source>
            <translation>&amp;Sakinisha sasisho la maudhui…</translation>
        </message>
        <message>
            <source>&amp;Roll back content update</source>
            <translation>&amp;Rudisha sasisho la maudhui</translation>
        </message>
        <message>
            <source>Install content update</source>
            <translation>Sakinisha sasisho la maudhui</translation>
        </message>
        <message>
            <source>Content packs (*.pack);;All files (*)</source>
            <translation>Vifurushi vya maudhui (*.pack);;Faili zote (*)</translation>
        </message>
        <message>
            <source>Checking and installing %1…</source>
            <translation>Inakagua na kusakinisha %1…</translation>
        </message>
        <message>
            <source>Roll back content update</source>
            <translation>Rudisha sasisho la maudhui</translation>
        </message>
        <message>
            <source>Nothing was changed: %1</source>
            <translation>Hakuna kilichobadilishwa: %1</translation>
        </message>
        <message>
            <source>Installed; this window reads %1 as asked, so nothing changes here.</source>
            <translation>Imesakinishwa; dirisha hili linasoma %1 kama ilivyoombwa, kwa hiyo hakuna kinachobadilika hapa.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this answer</source>
            <translation>Tafuta ndani ya jibu hili</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Iliyotangulia</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Inayofuata</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Funga</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>Funga utafutaji</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Tafuta:</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 kati ya %2</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Hakuna kinacholingana</translation>
        </message>
    </context>
    <context>
        <name>Handouts</name>
        <message>
            <source>Print handout — %1</source>
            <translation>Chapisha kijarida — %1</translation>
        </message>
        <message>
            <source>Save handout as PDF</source>
            <translation>Hifadhi kijarida kama PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Faili za PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Sent to %1.</source>
            <translation>Imetumwa kwa %1.</translation>
        </message>
        <message>
            <source>No printer is set up. Please ask at the desk.</source>
            <translation>Hakuna printa iliyowekwa. Tafadhali uliza mapokezi.</translation>
        </message>
        <message>
            <source>Could not save the handout: %1</source>
            <translation>Imeshindwa kuhifadhi kijarida: %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Imehifadhiwa: %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message numerus="yes">
            <source>History is kept for %n day(s).</source>
            <translation>
                <numerusform>Historia inahifadhiwa kwa siku %n.</numerusform>
                <numerusform>Historia inahifadhiwa kwa siku %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>History is switched off in settings ([privacy] history).</source>
            <translation>Historia imezimwa kwenye mipangilio ([privacy] history).</translation>
        </message>
        <message>
            <source>Clear all history</source>
            <translation>Futa historia yote</translation>
        </message>
        <message>
            <source>Clear older than</source>
            <translation>Futa iliyopita zaidi ya</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Leo</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Jana</translation>
        </message>
    </context>
    <context>
        <name>KioskHome</name>
        <message>
            <source>Health answers</source>
            <translation>Majibu ya afya</translation>
        </message>
        <message>
            <source>Type your question in the box above, or choose a topic:</source>
            <translation>Andika swali lako kwenye kisanduku hapo juu, au chagua mada:</translation>
        </message>
        <message>
            <source>Featured question</source>
            <translation>Swali maalum</translation>
        </message>
    </context>
    <context>
        <name>KioskScreens</name>
        <message>
            <source>‹  Back</source>
            <translation>‹  Rudi</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Rudi</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Mwanzo</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Maandishi makubwa zaidi</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Maandishi madogo zaidi</translation>
        </message>
        <message>
            <source>I'm finished</source>
            <translation>Nimemaliza</translation>
        </message>
        <message>
            <source>Type your question here</source>
            <translation>Andika swali lako hapa</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Futa</translation>
        </message>
        <message>
            <source>Your question</source>
            <translation>Swali lako</translation>
        </message>
        <message>
            <source>Choose a question from the list to read its answer.</source>
            <translation>Chagua swali kwenye orodha ili usome jibu lake.</translation>
        </message>
        <message numerus="yes">
            <source>%n questions. Choose one from the list.</source>
            <translation>
                <numerusform>Swali %n. Lichague kwenye orodha.</numerusform>
                <numerusform>Maswali %n. Chagua moja kwenye orodha.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>&amp;Interface language</source>
            <translation>Lugha ya &amp;kiolesura</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Rudi</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Mbele</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) · content %1</source>
            <translation>
                <numerusform>Swali %n · maudhui %1</numerusform>
                <numerusform>Maswali %n · maudhui %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Something went wrong while %1: %2</source>
            <translation>Hitilafu imetokea wakati wa %1: %2</translation>
        </message>
        <message>
            <source>healthref — offline health answers</source>
            <translation>healthref — majibu ya afya bila intaneti</translation>
        </message>
        <message>
            <source>%1 — healthref</source>
            <translation>%1 — healthref</translation>
        </message>
        <message>
            <source>Opened: %1</source>
            <translation>Imefunguliwa: %1</translation>
        </message>
        <message>
            <source>That article is not in this collection.</source>
            <translation>Makala hiyo haimo kwenye mkusanyiko huu.</translation>
        </message>
        <message>
            <source>Outside links are not opened here: %1</source>
            <translation>Viungo vya nje havifunguliwi hapa: %1</translation>
        </message>
    </context>
    <context>
        <name>MySuggestionsDialog</name>
        <message>
            <source>Waiting to send</source>
            <translation>Inasubiri kutumwa</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Imetumwa</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>Haikukubaliwa</translation>
        </message>
        <message>
            <source>My suggestions</source>
            <translation>Mapendekezo yangu</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>Imeulizwa</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Imehifadhiwa</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Swali</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Maelezo</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) saved on this computer.</source>
            <translation>
                <numerusform>Pendekezo %n limehifadhiwa kwenye kompyuta hii.</numerusform>
                <numerusform>Mapendekezo %n yamehifadhiwa kwenye kompyuta hii.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to be sent.</source>
            <translation>
                <numerusform>%n linasubiri kutumwa.</numerusform>
                <numerusform>%n yanasubiri kutumwa.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Leave kiosk mode</source>
            <translation>Toka kwenye hali ya kioski</translation>
        </message>
        <message>
            <source>Operator PIN</source>
            <translation>PIN ya msimamizi</translation>
        </message>
        <message>
            <source>Enter the operator PIN to leave kiosk mode.</source>
            <translation>Weka PIN ya msimamizi ili kutoka kwenye hali ya kioski.</translation>
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation>PIN hiyo si sahihi.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n second(s).</source>
            <translation>
                <numerusform>PIN zisizo sahihi ni nyingi mno. Jaribu tena baada ya sekunde %n.</numerusform>
                <numerusform>PIN zisizo sahihi ni nyingi mno. Jaribu tena baada ya sekunde %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivateWindow</name>
        <message>
            <source>healthref — private window</source>
            <translation>healthref — dirisha la faragha</translation>
        </message>
        <message>
            <source>Private window: nothing you open or save here is remembered.</source>
            <translation>Dirisha la faragha: chochote unachofungua au kuhifadhi hapa hakikumbukwi.</translation>
        </message>
    </context>
    <context>
        <name>ReadingActions</name>
        <message>
            <source>&amp;Save question</source>
            <translation>&amp;Hifadhi swali</translation>
        </message>
        <message>
            <source>&amp;Copy answer as text</source>
            <translation>&amp;Nakili jibu kama maandishi</translation>
        </message>
        <message>
            <source>&amp;Print handout…</source>
            <translation>&amp;Chapisha kijarida…</translation>
        </message>
        <message>
            <source>Print handout in &amp;large print…</source>
            <translation>Chapisha kijarida kwa herufi &amp;kubwa…</translation>
        </message>
        <message>
            <source>Save handout as P&amp;DF…</source>
            <translation>Hifadhi kijarida kama P&amp;DF…</translation>
        </message>
        <message>
            <source>New p&amp;rivate window</source>
            <translation>Dirisha jipya la &amp;faragha</translation>
        </message>
        <message>
            <source>&amp;Answer</source>
            <translation>&amp;Jibu</translation>
        </message>
        <message>
            <source>Saved questions</source>
            <translation>Maswali yaliyohifadhiwa</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>Removed “%1” from saved questions.</source>
            <translation>“%1” limeondolewa kwenye maswali yaliyohifadhiwa.</translation>
        </message>
        <message>
            <source>Copied the answer and its sources.</source>
            <translation>Jibu na vyanzo vyake vimenakiliwa.</translation>
        </message>
        <message>
            <source>Open an answer to print it.</source>
            <translation>Fungua jibu ili ulichapishe.</translation>
        </message>
    </context>
    <context>
        <name>ReadingPane</name>
        <message>
            <source>Suggest this question</source>
            <translation>Pendekeza swali hili</translation>
        </message>
        <message>
            <source>No article answers this yet — these mention it. Open one from the list, or suggest the question.</source>
            <translation>Bado hakuna makala inayojibu hili — hizi zinalitaja. Fungua moja kwenye orodha, au pendekeza swali.</translation>
        </message>
        <message>
            <source>No article answers this yet — these mention it.</source>
            <translation>Bado hakuna makala inayojibu hili — hizi zinalitaja.</translation>
        </message>
    </context>
    <context>
        <name>RelatedButtons</name>
        <message>
            <source>Related:</source>
            <translation>Yanayohusiana:</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Report a problem with this answer</source>
            <translation>Ripoti tatizo kwenye jibu hili</translation>
        </message>
        <message>
            <source>Tell the people who write the answers what is wrong. Please don't include names, phone numbers or other personal details.</source>
            <translation>Waeleze wanaoandika majibu kosa ni nini. Tafadhali usiweke majina, namba za simu wala taarifa nyingine binafsi.</translation>
        </message>
        <message>
            <source>What is wrong?</source>
            <translation>Kosa ni nini?</translation>
        </message>
        <message>
            <source>Not sure / the whole answer</source>
            <translation>Sina uhakika / jibu zima</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Tatizo</translation>
        </message>
        <message>
            <source>Which part</source>
            <translation>Sehemu ipi</translation>
        </message>
        <message>
            <source>Send report</source>
            <translation>Tuma ripoti</translation>
        </message>
        <message>
            <source>Quick answer</source>
            <translation>Jibu fupi</translation>
        </message>
        <message>
            <source>Get help now box</source>
            <translation>Kisanduku cha “Pata msaada sasa”</translation>
        </message>
        <message>
            <source>Key facts</source>
            <translation>Mambo muhimu</translation>
        </message>
        <message>
            <source>When to get medical help</source>
            <translation>Wakati wa kupata msaada wa matibabu</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Maandishi makuu</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Vyanzo</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Nyingine</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Inahifadhi…</translation>
        </message>
    </context>
    <context>
        <name>SavedView</name>
        <message>
            <source>Search saved questions and notes</source>
            <translation>Tafuta kwenye maswali na maelezo yaliyohifadhiwa</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Mapya kwanza</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Ya zamani kwanza</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Kwa kundi</translation>
        </message>
        <message>
            <source>Nothing saved yet. Press ☆ Save (Ctrl+D) on an answer.</source>
            <translation>Bado hakuna kilichohifadhiwa. Bonyeza ☆ Hifadhi (Ctrl+D) kwenye jibu.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ondoa</translation>
        </message>
        <message>
            <source>Undo remove</source>
            <translation>Tendua kuondoa</translation>
        </message>
        <message>
            <source>saved %1</source>
            <translation>limehifadhiwa %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Maelezo: %1</translation>
        </message>
    </context>
    <context>
        <name>SearchMessages</name>
        <message>
            <source>No answer yet for “%1”</source>
            <translation>Bado hakuna jibu la “%1”</translation>
        </message>
        <message>
            <source>Did you mean</source>
            <translation>Je, ulimaanisha</translation>
        </message>
        <message>
            <source>Search all categories</source>
            <translation>Tafuta kwenye makundi yote</translation>
        </message>
        <message>
            <source>Suggest this question</source>
            <translation>Pendekeza swali hili</translation>
        </message>
        <message>
            <source>Try fewer or simpler words, or ask a health worker.</source>
            <translation>Jaribu maneno machache au rahisi zaidi, au muulize mhudumu wa afya.</translation>
        </message>
        <message>
            <source>Not what you need?</source>
            <translation>Si unachohitaji?</translation>
        </message>
        <message>
            <source>Suggest “%1”</source>
            <translation>Pendekeza “%1”</translation>
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation>Utafutaji umeshindwa: %1</translation>
        </message>
        <message>
            <source>Try again, or restart healthref if it keeps happening.</source>
            <translation>Jaribu tena, au anzisha upya healthref ikiendelea kutokea.</translation>
        </message>
        <message>
            <source>If someone is in danger now, call %1.</source>
            <translation>Kama mtu yuko hatarini sasa, piga %1.</translation>
        </message>
        <message>
            <source>If someone is in danger now, call your local emergency number.</source>
            <translation>Kama mtu yuko hatarini sasa, piga namba ya dharura ya eneo lako.</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search questions, e.g. “fever in a child”</source>
            <translation>Tafuta maswali, kwa mfano “homa kwa mtoto”</translation>
        </message>
        <message>
            <source>Search questions</source>
            <translation>Tafuta maswali</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kundi</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Kundi</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Makundi yote</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Dharura</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Maswali</translation>
        </message>
        <message>
            <source>Showing results for “%1”</source>
            <translation>Matokeo ya “%1”</translation>
        </message>
        <message>
            <source>No confident answer yet — these articles mention some of your words.</source>
            <translation>Bado hakuna jibu la uhakika — makala hizi zinataja baadhi ya maneno yako.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>Tokeo %n</numerusform>
                <numerusform>Matokeo %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StillTherePanel</name>
        <message>
            <source>Are you still there?</source>
            <translation>Bado upo?</translation>
        </message>
        <message>
            <source>Yes, I'm still here</source>
            <translation>Ndiyo, bado nipo</translation>
        </message>
        <message numerus="yes">
            <source>Are you still there?
This screen will clear in %n second(s).</source>
            <translation>
                <numerusform>Bado upo?
Skrini hii itafutwa baada ya sekunde %n.</numerusform>
                <numerusform>Bado upo?
Skrini hii itafutwa baada ya sekunde %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SuggestDialog</name>
        <message>
            <source>Suggest a question</source>
            <translation>Pendekeza swali</translation>
        </message>
        <message>
            <source>Can't find your question? Suggest it, and the people who write the answers will see it. Please don't include names, phone numbers or other personal details.</source>
            <translation>Huoni swali lako? Lipendekeze, na wanaoandika majibu wataliona. Tafadhali usiweke majina, namba za simu wala taarifa nyingine binafsi.</translation>
        </message>
        <message>
            <source>Your question, e.g. “How is a bee sting treated?”</source>
            <translation>Swali lako, kwa mfano “Kuumwa na nyuki kunatibiwaje?”</translation>
        </message>
        <message>
            <source>Anything that would help (optional)</source>
            <translation>Chochote kitakachosaidia (si lazima)</translation>
        </message>
        <message>
            <source>Not sure</source>
            <translation>Sina uhakika</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>&amp;Swali</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Maelezo</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>K&amp;undi</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Swali</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kundi</translation>
        </message>
        <message>
            <source>Questions that may already answer yours</source>
            <translation>Maswali ambayo huenda tayari yanajibu lako</translation>
        </message>
        <message>
            <source>Save suggestion</source>
            <translation>Hifadhi pendekezo</translation>
        </message>
        <message>
            <source>Please keep the note to %1 characters.</source>
            <translation>Tafadhali maelezo yasizidi herufi %1.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Inahifadhi…</translation>
        </message>
        <message>
            <source>Couldn't save: %1. Your text is still here; please try again later.</source>
            <translation>Imeshindwa kuhifadhi: %1. Maandishi yako bado yapo; tafadhali jaribu tena baadaye.</translation>
        </message>
        <message>
            <source>Thank you — that question was already waiting; we counted your ask.</source>
            <translation>Asante — swali hilo lilikuwa tayari linasubiri; tumehesabu ombi lako.</translation>
        </message>
        <message>
            <source>Saved on this computer.</source>
            <translation>Limehifadhiwa kwenye kompyuta hii.</translation>
        </message>
        <message numerus="yes">
            <source>It will be sent when a connection is available. Suggestions waiting: %n.</source>
            <translation>
                <numerusform>Litatumwa mtandao ukipatikana. Mapendekezo yanayosubiri: %n.</numerusform>
                <numerusform>Litatumwa mtandao ukipatikana. Mapendekezo yanayosubiri: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Did you mean …?</source>
            <translation>Je, ulimaanisha …?</translation>
        </message>
        <message>
            <source>already suggested</source>
            <translation>limeshapendekezwa</translation>
        </message>
        <message>
            <source>Open one of these, or save yours anyway.</source>
            <translation>Fungua mojawapo ya haya, au hifadhi lako hata hivyo.</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Hifadhi hata hivyo</translation>
        </message>
    </context>
    <context>
        <name>SuggestionActions</name>
        <message>
            <source>&amp;Suggestions</source>
            <translation>&amp;Mapendekezo</translation>
        </message>
        <message>
            <source>&amp;Suggest a question…</source>
            <translation>&amp;Pendekeza swali…</translation>
        </message>
        <message>
            <source>&amp;My suggestions</source>
            <translation>Mapendekezo &amp;yangu</translation>
        </message>
        <message>
            <source>&amp;Export waiting suggestions to a file…</source>
            <translation>&amp;Hamisha mapendekezo yanayosubiri kwenye faili…</translation>
        </message>
        <message>
            <source>Send &amp;now</source>
            <translation>Tuma &amp;sasa</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) waiting to be sent</source>
            <translation>
                <numerusform>Pendekezo %n linasubiri kutumwa</numerusform>
                <numerusform>Mapendekezo %n yanasubiri kutumwa</numerusform>
            </translation>
        </message>
        <message>
            <source>Thank you — that is as many suggestions as we can take from one visit. Please ask a health worker at the desk.</source>
            <translation>Asante — hayo ndiyo mapendekezo yote tunayoweza kupokea kwa ziara moja. Tafadhali muulize mhudumu wa afya mapokezi.</translation>
        </message>
        <message>
            <source>Thank you — this screen has taken all the suggestions it can for today. Please ask a health worker at the desk.</source>
            <translation>Asante — skrini hii imepokea mapendekezo yote inayoweza kwa leo. Tafadhali muulize mhudumu wa afya mapokezi.</translation>
        </message>
        <message>
            <source>Suggestions cannot be saved here right now.</source>
            <translation>Mapendekezo hayawezi kuhifadhiwa hapa kwa sasa.</translation>
        </message>
        <message>
            <source>Suggest a question</source>
            <translation>Pendekeza swali</translation>
        </message>
        <message>
            <source>My suggestions</source>
            <translation>Mapendekezo yangu</translation>
        </message>
        <message>
            <source>Export suggestions</source>
            <translation>Hamisha mapendekezo</translation>
        </message>
        <message>
            <source>Suggestion files (*.zip)</source>
            <translation>Faili za mapendekezo (*.zip)</translation>
        </message>
        <message>
            <source>Writing suggestions…</source>
            <translation>Inaandika mapendekezo…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n suggestion(s) to %1</source>
            <translation>
                <numerusform>Pendekezo %n limeandikwa kwenye %1</numerusform>
                <numerusform>Mapendekezo %n yameandikwa kwenye %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Suggestions not sent: %1. They are kept and will be retried.</source>
            <translation>Mapendekezo hayakutumwa: %1. Yamehifadhiwa na yatatumwa tena.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n suggestion(s).</source>
            <translation>
                <numerusform>Pendekezo %n limetumwa.</numerusform>
                <numerusform>Mapendekezo %n yametumwa.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Health answers, offline</source>
            <translation>Majibu ya afya, bila intaneti</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) answered in plain language, each with its sources, the date it was written, and when to get medical help.</source>
            <translation>
                <numerusform>Swali %n limejibiwa kwa lugha rahisi, pamoja na vyanzo vyake, tarehe lilipoandikwa, na wakati wa kupata msaada wa matibabu.</numerusform>
                <numerusform>Maswali %n yamejibiwa kwa lugha rahisi, kila moja na vyanzo vyake, tarehe lilipoandikwa, na wakati wa kupata msaada wa matibabu.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Type in the search box&lt;/b&gt; — everyday words are fine: &lt;i&gt;blood poisoning&lt;/i&gt;, &lt;i&gt;runny tummy&lt;/i&gt;, &lt;i&gt;sugar levels&lt;/i&gt;. Use &lt;b&gt;↑&lt;/b&gt; and &lt;b&gt;↓&lt;/b&gt; to move through the list and &lt;b&gt;Enter&lt;/b&gt; to open an answer. &lt;b&gt;Ctrl+K&lt;/b&gt; jumps back to search; &lt;b&gt;Esc&lt;/b&gt; clears it.</source>
            <translation>&lt;b&gt;Andika kwenye kisanduku cha kutafuta&lt;/b&gt; — maneno ya kila siku yanafaa. Makala bado ziko kwa Kiingereza: &lt;i&gt;blood poisoning&lt;/i&gt;, &lt;i&gt;runny tummy&lt;/i&gt;, &lt;i&gt;sugar levels&lt;/i&gt;. Tumia &lt;b&gt;↑&lt;/b&gt; na &lt;b&gt;↓&lt;/b&gt; kupitia orodha na &lt;b&gt;Enter&lt;/b&gt; kufungua jibu. &lt;b&gt;Ctrl+K&lt;/b&gt; inarudi kwenye utafutaji; &lt;b&gt;Esc&lt;/b&gt; inaufuta.</translation>
        </message>
        <message>
            <source>In an emergency, contact your local emergency number or go to the nearest health facility now.</source>
            <translation>Katika dharura, piga namba ya dharura ya eneo lako au nenda sasa kwenye kituo cha afya kilicho karibu.</translation>
        </message>
    </context>
    <context>
        <name>WhatsNewDialog</name>
        <message>
            <source>What's new</source>
            <translation>Mapya</translation>
        </message>
        <message>
            <source>Content of %1</source>
            <translation>Maudhui ya %1</translation>
        </message>
        <message>
            <source>What's new in %1</source>
            <translation>Mapya ya %1</translation>
        </message>
        <message>
            <source>New questions</source>
            <translation>Maswali mapya</translation>
        </message>
        <message>
            <source>Changed answers</source>
            <translation>Majibu yaliyobadilishwa</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Yaliyoondolewa</translation>
        </message>
        <message>
            <source>Nothing changed since the previous version.</source>
            <translation>Hakuna kilichobadilika tangu toleo lililopita.</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Faili</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Ondoka</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Nenda</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Tafuta</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Mwonekano</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Msaada</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Fungua folda ya &amp;kumbukumbu</translation>
        </message>
        <message>
            <source>&amp;About healthref</source>
            <translation>&amp;Kuhusu healthref</translation>
        </message>
        <message>
            <source>&amp;Find in answer…</source>
            <translation>Tafuta &amp;ndani ya jibu…</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>Tafuta &amp;inayofuata</translation>
        </message>
        <message>
            <source>Find &amp;previous</source>
            <translation>Tafuta &amp;iliyotangulia</translation>
        </message>
        <message>
            <source>Problems are logged in %1</source>
            <translation>Matatizo yanaandikwa kwenye %1</translation>
        </message>
        <message numerus="yes">
            <source>healthref %1 — an offline health reference.
Content version %2, %n article(s).
For information only; not a substitute for a health worker.</source>
            <translation>
                <numerusform>healthref %1 — rejea ya afya isiyohitaji intaneti.
Toleo la maudhui %2, makala %n.
Kwa taarifa tu; haichukui nafasi ya mhudumu wa afya.</numerusform>
                <numerusform>healthref %1 — rejea ya afya isiyohitaji intaneti.
Toleo la maudhui %2, makala %n.
Kwa taarifa tu; haichukui nafasi ya mhudumu wa afya.</numerusform>
            </translation>
        </message>
        <message>
            <source>This translation has not yet been reviewed by a native speaker. If a word is wrong or unclear, please tell us with Report a problem.</source>
            <translation>Tafsiri hii bado haijakaguliwa na mzungumzaji wa lugha hii. Neno likiwa si sahihi au halieleweki, tafadhali tuambie kupitia “Ripoti tatizo”.</translation>
        </message>
        <message>
            <source>About healthref</source>
            <translation>Kuhusu healthref</translation>
        </message>
    </context>
    <context>
        <name>Withdrawn</name>
        <message>
            <source>This answer was withdrawn</source>
            <translation>Jibu hili limeondolewa</translation>
        </message>
        <message>
            <source>Search for the question again, or ask a health worker.</source>
            <translation>Tafuta swali tena, au muulize mhudumu wa afya.</translation>
        </message>
    </context>
</TS>
