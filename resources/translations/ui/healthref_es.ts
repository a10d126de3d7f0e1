<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AnswerBar</name>
        <message>
            <source>Add a short note (optional), then press Enter</source>
            <translation>Añada una nota breve (opcional) y pulse Intro</translation>
        </message>
        <message>
            <source>★ Saved</source>
            <translation>★ Guardada</translation>
        </message>
        <message>
            <source>☆ Save</source>
            <translation>☆ Guardar</translation>
        </message>
        <message>
            <source>Remove from saved questions (Ctrl+D)</source>
            <translation>Quitar de las preguntas guardadas (Ctrl+D)</translation>
        </message>
        <message>
            <source>Save this question (Ctrl+D)</source>
            <translation>Guardar esta pregunta (Ctrl+D)</translation>
        </message>
    </context>
    <context>
        <name>AnswerView</name>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Something wrong with this answer? Report a problem</source>
            <translation>¿Algo está mal en esta respuesta? Informe de un problema</translation>
        </message>
        <message>
            <source>Missing an answer? Suggest a question</source>
            <translation>¿Falta una respuesta? Sugiera una pregunta</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>healthref — cannot open the articles</source>
            <translation>healthref — no se pueden abrir los artículos</translation>
        </message>
        <message>
            <source>Settings not used: %1. Sending suggestions is off until it is fixed.</source>
            <translation>Configuración no utilizada: %1. El envío de sugerencias está desactivado hasta que se corrija.</translation>
        </message>
        <message>
            <source>checking the articles</source>
            <translation>se comprobaban los artículos</translation>
        </message>
    </context>
    <context>
        <name>Appearance</name>
        <message>
            <source>&amp;System</source>
            <translation>&amp;Sistema</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Claro</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Oscuro</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>Texto más &amp;grande</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>Texto más &amp;pequeño</translation>
        </message>
        <message>
            <source>&amp;Normal size</source>
            <translation>Tamaño &amp;normal</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Tema</translation>
        </message>
    </context>
    <context>
        <name>Category</name>
        <message>
            <source>Child health</source>
            <translation>Salud infantil</translation>
        </message>
        <message>
            <source>First aid and emergencies</source>
            <translation>Primeros auxilios y emergencias</translation>
        </message>
        <message>
            <source>Infectious diseases</source>
            <translation>Enfermedades infecciosas</translation>
        </message>
        <message>
            <source>Long-term conditions</source>
            <translation>Enfermedades crónicas</translation>
        </message>
        <message>
            <source>Medicines</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>Salud mental</translation>
        </message>
        <message>
            <source>Pregnancy and newborns</source>
            <translation>Embarazo y recién nacidos</translation>
        </message>
        <message>
            <source>Prevention and healthy living</source>
            <translation>Prevención y vida sana</translation>
        </message>
        <message>
            <source>Sexual and reproductive health</source>
            <translation>Salud sexual y reproductiva</translation>
        </message>
        <message>
            <source>Symptoms</source>
            <translation>Síntomas</translation>
        </message>
    </context>
    <context>
        <name>ContentErrorPage</name>
        <message>
            <source>The articles database is missing</source>
            <translation>Falta la base de datos de artículos</translation>
        </message>
        <message>
            <source>The articles database is empty</source>
            <translation>La base de datos de artículos está vacía</translation>
        </message>
        <message>
            <source>The articles file is not a healthref database</source>
            <translation>El archivo de artículos no es una base de datos de healthref</translation>
        </message>
        <message>
            <source>The articles database is damaged</source>
            <translation>La base de datos de artículos está dañada</translation>
        </message>
        <message>
            <source>The articles database is from another version</source>
            <translation>La base de datos de artículos es de otra versión</translation>
        </message>
        <message>
            <source>The articles database has been changed or damaged</source>
            <translation>La base de datos de artículos se ha modificado o está dañada</translation>
        </message>
        <message>
            <source>The articles database cannot be read</source>
            <translation>No se puede leer la base de datos de artículos</translation>
        </message>
        <message>
            <source>The articles database cannot be used</source>
            <translation>No se puede usar la base de datos de artículos</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Qué ocurre</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Qué hacer</translation>
        </message>
        <message>
            <source>Your saved questions, history and suggestions are kept elsewhere and are not affected.</source>
            <translation>Sus preguntas guardadas, su historial y sus sugerencias se guardan en otro lugar y no se ven afectados.</translation>
        </message>
    </context>
    <context>
        <name>ContentLanguage</name>
        <message>
            <source>Article &amp;language</source>
            <translation>&amp;Idioma de los artículos</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>El mismo que la interfaz</translation>
        </message>
    </context>
    <context>
        <name>ContentUpdates</name>
        <message>
            <source>Content as of %1, from %2</source>
            <translation>Contenido del %1, de %2</translation>
        </message>
        <message>
            <source>(development key: for testing only)</source>
            <translation>(clave de desarrollo: solo para pruebas)</translation>
        </message>
        <message>
            <source>installed content not used: %1</source>
            <translation>contenido instalado no utilizado: %1</translation>
        </message>
        <message>
            <source>&amp;Install content update…</source>
            <translation>&amp;Instalar actualización de contenido…</translation>
        </message>
        <message>
            <source>&amp;Roll back content update</source>
            <translation>&amp;Deshacer actualización de contenido</translation>
        </message>
        <message>
            <source>Install content update</source>
            <translation>Instalar actualización de contenido</translation>
        </message>
        <message>
            <source>Content packs (*.pack);;All files (*)</source>
            <translation>Paquetes de contenido (*.pack);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Checking and installing %1…</source>
            <translation>Comprobando e instalando %1…</translation>
        </message>
        <message>
            <source>Roll back content update</source>
            <translation>Deshacer actualización de contenido</translation>
        </message>
        <message>
            <source>Nothing was changed: %1</source>
            <translation>No se ha cambiado nada: %1</translation>
        </message>
        <message>
            <source>Installed; this window reads %1 as asked, so nothing changes here.</source>
            <translation>Instalado; esta ventana lee %1 como se pidió, así que aquí no cambia nada.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this answer</source>
            <translation>Buscar en esta respuesta</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>Cerrar la búsqueda</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Buscar:</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Sin coincidencias</translation>
        </message>
    </context>
    <context>
        <name>Handouts</name>
        <message>
            <source>Print handout — %1</source>
            <translation>Imprimir hoja informativa — %1</translation>
        </message>
        <message>
            <source>Save handout as PDF</source>
            <translation>Guardar hoja informativa como PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Sent to %1.</source>
            <translation>Enviado a %1.</translation>
        </message>
        <message>
            <source>No printer is set up. Please ask at the desk.</source>
            <translation>No hay ninguna impresora configurada. Pregunte en el mostrador.</translation>
        </message>
        <message>
            <source>Could not save the handout: %1</source>
            <translation>No se pudo guardar la hoja informativa: %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Guardado: %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message numerus="yes">
            <source>History is kept for %n day(s).</source>
            <translation>
                <numerusform>El historial se guarda durante %n día.</numerusform>
                <numerusform>El historial se guarda durante %n días.</numerusform>
            </translation>
        </message>
        <message>
            <source>History is switched off in settings ([privacy] history).</source>
            <translation>El historial está desactivado en la configuración ([privacy] history).</translation>
        </message>
        <message>
            <source>Clear all history</source>
            <translation>Borrar todo el historial</translation>
        </message>
        <message>
            <source>Clear older than</source>
            <translation>Borrar lo anterior a</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Ayer</translation>
        </message>
    </context>
    <context>
        <name>KioskHome</name>
        <message>
            <source>Health answers</source>
            <translation>Respuestas de salud</translation>
        </message>
        <message>
            <source>Type your question in the box above, or choose a topic:</source>
            <translation>Escriba su pregunta en el recuadro de arriba o elija un tema:</translation>
        </message>
        <message>
            <source>Featured question</source>
            <translation>Pregunta destacada</translation>
        </message>
    </context>
    <context>
        <name>KioskScreens</name>
        <message>
            <source>‹  Back</source>
            <translation>‹  Atrás</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Texto más grande</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texto más pequeño</translation>
        </message>
        <message>
            <source>I'm finished</source>
            <translation>He terminado</translation>
        </message>
        <message>
            <source>Type your question here</source>
            <translation>Escriba aquí su pregunta</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Your question</source>
            <translation>Su pregunta</translation>
        </message>
        <message>
            <source>Choose a question from the list to read its answer.</source>
            <translation>Elija una pregunta de la lista para leer su respuesta.</translation>
        </message>
        <message numerus="yes">
            <source>%n questions. Choose one from the list.</source>
            <translation>
                <numerusform>%n pregunta. Elíjala de la lista.</numerusform>
                <numerusform>%n preguntas. Elija una de la lista.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>&amp;Interface language</source>
            <translation>Idioma de la &amp;interfaz</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Adelante</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) · content %1</source>
            <translation>
                <numerusform>%n pregunta · contenido %1</numerusform>
                <numerusform>%n preguntas · contenido %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Something went wrong while %1: %2</source>
            <translation>Algo falló mientras %1: %2</translation>
        </message>
        <message>
            <source>healthref — offline health answers</source>
            <translation>healthref — respuestas de salud sin conexión</translation>
        </message>
        <message>
            <source>%1 — healthref</source>
            <translation>%1 — healthref</translation>
        </message>
        <message>
            <source>Opened: %1</source>
            <translation>Abierto: %1</translation>
        </message>
        <message>
            <source>That article is not in this collection.</source>
            <translation>Ese artículo no está en esta colección.</translation>
        </message>
        <message>
            <source>Outside links are not opened here: %1</source>
            <translation>Los enlaces externos no se abren aquí: %1</translation>
        </message>
    </context>
    <context>
        <name>MySuggestionsDialog</name>
        <message>
            <source>Waiting to send</source>
            <translation>Pendiente de envío</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviada</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>No aceptada</translation>
        </message>
        <message>
            <source>My suggestions</source>
            <translation>Mis sugerencias</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>Veces</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardada</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) saved on this computer.</source>
            <translation>
                <numerusform>%n sugerencia guardada en este equipo.</numerusform>
                <numerusform>%n sugerencias guardadas en este equipo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to be sent.</source>
            <translation>
                <numerusform>%n pendiente de envío.</numerusform>
                <numerusform>%n pendientes de envío.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Leave kiosk mode</source>
            <translation>Salir del modo quiosco</translation>
        </message>
        <message>
            <source>Operator PIN</source>
            <translation>PIN del operador</translation>
        </message>
        <message>
            <source>Enter the operator PIN to leave kiosk mode.</source>
            <translation>Introduzca el PIN del operador para salir del modo quiosco.</translation>
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation>Ese PIN no es correcto.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n second(s).</source>
            <translation>
                <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %n segundo.</numerusform>
                <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %n segundos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivateWindow</name>
        <message>
            <source>healthref — private window</source>
            <translation>healthref — ventana privada</translation>
        </message>
        <message>
            <source>Private window: nothing you open or save here is remembered.</source>
            <translation>Ventana privada: no se recuerda nada de lo que abra o guarde aquí.</translation>
        </message>
    </context>
    <context>
        <name>ReadingActions</name>
        <message>
            <source>&amp;Save question</source>
            <translation>&amp;Guardar pregunta</translation>
        </message>
        <message>
            <source>&amp;Copy answer as text</source>
            <translation>&amp;Copiar respuesta como texto</translation>
        </message>
        <message>
            <source>&amp;Print handout…</source>
            <translation>&amp;Imprimir hoja informativa…</translation>
        </message>
        <message>
            <source>Print handout in &amp;large print…</source>
            <translation>Imprimir hoja informativa en &amp;letra grande…</translation>
        </message>
        <message>
            <source>Save handout as P&amp;DF…</source>
            <translation>Guardar hoja informativa como P&amp;DF…</translation>
        </message>
        <message>
            <source>New p&amp;rivate window</source>
            <translation>Nueva ventana p&amp;rivada</translation>
        </message>
        <message>
            <source>&amp;Answer</source>
            <translation>&amp;Respuesta</translation>
        </message>
        <message>
            <source>Saved questions</source>
            <translation>Preguntas guardadas</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Removed “%1” from saved questions.</source>
            <translation>Se quitó «%1» de las preguntas guardadas.</translation>
        </message>
        <message>
            <source>Copied the answer and its sources.</source>
            <translation>Se copiaron la respuesta y sus fuentes.</translation>
        </message>
        <message>
            <source>Open an answer to print it.</source>
            <translation>Abra una respuesta para imprimirla.</translation>
        </message>
    </context>
    <context>
        <name>ReadingPane</name>
        <message>
            <source>Suggest this question</source>
            <translation>Sugerir esta pregunta</translation>
        </message>
        <message>
            <source>No article answers this yet — these mention it. Open one from the list, or suggest the question.</source>
            <translation>Todavía ningún artículo responde a esto; estos lo mencionan. Abra uno de la lista o sugiera la pregunta.</translation>
        </message>
        <message>
            <source>No article answers this yet — these mention it.</source>
            <translation>Todavía ningún artículo responde a esto; estos lo mencionan.</translation>
        </message>
    </context>
    <context>
        <name>RelatedButtons</name>
        <message>
            <source>Related:</source>
            <translation>Relacionadas:</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Report a problem with this answer</source>
            <translation>Informar de un problema con esta respuesta</translation>
        </message>
        <message>
            <source>Tell the people who write the answers what is wrong. Please don't include names, phone numbers or other personal details.</source>
            <translation>Cuente a quienes escriben las respuestas qué está mal. No incluya nombres, números de teléfono ni otros datos personales.</translation>
        </message>
        <message>
            <source>What is wrong?</source>
            <translation>¿Qué está mal?</translation>
        </message>
        <message>
            <source>Not sure / the whole answer</source>
            <translation>No lo sé / toda la respuesta</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Which part</source>
            <translation>Qué parte</translation>
        </message>
        <message>
            <source>Send report</source>
            <translation>Enviar informe</translation>
        </message>
        <message>
            <source>Quick answer</source>
            <translation>Respuesta rápida</translation>
        </message>
        <message>
            <source>Get help now box</source>
            <translation>Recuadro «Busque ayuda ahora»</translation>
        </message>
        <message>
            <source>Key facts</source>
            <translation>Datos clave</translation>
        </message>
        <message>
            <source>When to get medical help</source>
            <translation>Cuándo buscar atención médica</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Texto principal</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otra</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
    </context>
    <context>
        <name>SavedView</name>
        <message>
            <source>Search saved questions and notes</source>
            <translation>Buscar en las preguntas y notas guardadas</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Más recientes primero</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Más antiguas primero</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Por categoría</translation>
        </message>
        <message>
            <source>Nothing saved yet. Press ☆ Save (Ctrl+D) on an answer.</source>
            <translation>Todavía no hay nada guardado. Pulse ☆ Guardar (Ctrl+D) en una respuesta.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Undo remove</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>saved %1</source>
            <translation>guardada el %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Nota: %1</translation>
        </message>
    </context>
    <context>
        <name>SearchMessages</name>
        <message>
            <source>No answer yet for “%1”</source>
            <translation>Todavía no hay respuesta para «%1»</translation>
        </message>
        <message>
            <source>Did you mean</source>
            <translation>Quiso decir</translation>
        </message>
        <message>
            <source>Search all categories</source>
            <translation>Buscar en todas las categorías</translation>
        </message>
        <message>
            <source>Suggest this question</source>
            <translation>Sugerir esta pregunta</translation>
        </message>
        <message>
            <source>Try fewer or simpler words, or ask a health worker.</source>
            <translation>Pruebe con menos palabras o palabras más sencillas, o pregunte a un trabajador de la salud.</translation>
        </message>
        <message>
            <source>Not what you need?</source>
            <translation>¿No es lo que necesita?</translation>
        </message>
        <message>
            <source>Suggest “%1”</source>
            <translation>Sugerir «%1»</translation>
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation>La búsqueda falló: %1</translation>
        </message>
        <message>
            <source>Try again, or restart healthref if it keeps happening.</source>
            <translation>Inténtelo de nuevo o reinicie healthref si sigue ocurriendo.</translation>
        </message>
        <message>
            <source>If someone is in danger now, call %1.</source>
            <translation>Si alguien está en peligro ahora, llame al %1.</translation>
        </message>
        <message>
            <source>If someone is in danger now, call your local emergency number.</source>
            <translation>Si alguien está en peligro ahora, llame al número de emergencias local.</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search questions, e.g. “fever in a child”</source>
            <translation>Buscar preguntas, p. ej., «fiebre en un niño»</translation>
        </message>
        <message>
            <source>Search questions</source>
            <translation>Buscar preguntas</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Categoría</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Todas las categorías</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Emergencia</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <source>Showing results for “%1”</source>
            <translation>Resultados para «%1»</translation>
        </message>
        <message>
            <source>No confident answer yet — these articles mention some of your words.</source>
            <translation>Todavía no hay una respuesta segura; estos artículos mencionan algunas de sus palabras.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n resultado</numerusform>
                <numerusform>%n resultados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StillTherePanel</name>
        <message>
            <source>Are you still there?</source>
            <translation>¿Sigue ahí?</translation>
        </message>
        <message>
            <source>Yes, I'm still here</source>
            <translation>Sí, sigo aquí</translation>
        </message>
        <message numerus="yes">
            <source>Are you still there?
This screen will clear in %n second(s).</source>
            <translation>
                <numerusform>¿Sigue ahí?
Esta pantalla se borrará en %n segundo.</numerusform>
                <numerusform>¿Sigue ahí?
Esta pantalla se borrará en %n segundos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SuggestDialog</name>
        <message>
            <source>Suggest a question</source>
            <translation>Sugerir una pregunta</translation>
        </message>
        <message>
            <source>Can't find your question? Suggest it, and the people who write the answers will see it. Please don't include names, phone numbers or other personal details.</source>
            <translation>¿No encuentra su pregunta? Sugiérala y la verán quienes escriben las respuestas. No incluya nombres, números de teléfono ni otros datos personales.</translation>
        </message>
        <message>
            <source>Your question, e.g. “How is a bee sting treated?”</source>
            <translation>Su pregunta, p. ej., «¿Cómo se trata una picadura de abeja?»</translation>
        </message>
        <message>
            <source>Anything that would help (optional)</source>
            <translation>Cualquier dato que ayude (opcional)</translation>
        </message>
        <message>
            <source>Not sure</source>
            <translation>No lo sé</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>&amp;Pregunta</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Nota</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>C&amp;ategoría</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Questions that may already answer yours</source>
            <translation>Preguntas que quizá ya respondan a la suya</translation>
        </message>
        <message>
            <source>Save suggestion</source>
            <translation>Guardar sugerencia</translation>
        </message>
        <message>
            <source>Please keep the note to %1 characters.</source>
            <translation>La nota debe tener como máximo %1 caracteres.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Couldn't save: %1. Your text is still here; please try again later.</source>
            <translation>No se pudo guardar: %1. Su texto sigue aquí; inténtelo de nuevo más tarde.</translation>
        </message>
        <message>
            <source>Thank you — that question was already waiting; we counted your ask.</source>
            <translation>Gracias: esa pregunta ya estaba pendiente; hemos contado su petición.</translation>
        </message>
        <message>
            <source>Saved on this computer.</source>
            <translation>Guardada en este equipo.</translation>
        </message>
        <message numerus="yes">
            <source>It will be sent when a connection is available. Suggestions waiting: %n.</source>
            <translation>
                <numerusform>Se enviará cuando haya conexión. Sugerencia pendiente: %n.</numerusform>
                <numerusform>Se enviará cuando haya conexión. Sugerencias pendientes: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Did you mean …?</source>
            <translation>¿Quiso decir…?</translation>
        </message>
        <message>
            <source>already suggested</source>
            <translation>ya sugerida</translation>
        </message>
        <message>
            <source>Open one of these, or save yours anyway.</source>
            <translation>Abra una de ellas o guarde la suya de todos modos.</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Guardar de todos modos</translation>
        </message>
    </context>
    <context>
        <name>SuggestionActions</name>
        <message>
            <source>&amp;Suggestions</source>
            <translation>&amp;Sugerencias</translation>
        </message>
        <message>
            <source>&amp;Suggest a question…</source>
            <translation>&amp;Sugerir una pregunta…</translation>
        </message>
        <message>
            <source>&amp;My suggestions</source>
            <translation>&amp;Mis sugerencias</translation>
        </message>
        <message>
            <source>&amp;Export waiting suggestions to a file…</source>
            <translation>&amp;Exportar sugerencias pendientes a un archivo…</translation>
        </message>
        <message>
            <source>Send &amp;now</source>
            <translation>Enviar &amp;ahora</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) waiting to be sent</source>
            <translation>
                <numerusform>%n sugerencia pendiente de envío</numerusform>
                <numerusform>%n sugerencias pendientes de envío</numerusform>
            </translation>
        </message>
        <message>
            <source>Thank you — that is as many suggestions as we can take from one visit. Please ask a health worker at the desk.</source>
            <translation>Gracias: no podemos recibir más sugerencias en una misma visita. Pregunte a un trabajador de la salud en el mostrador.</translation>
        </message>
        <message>
            <source>Thank you — this screen has taken all the suggestions it can for today. Please ask a health worker at the desk.</source>
            <translation>Gracias: esta pantalla ya ha recibido todas las sugerencias que puede por hoy. Pregunte a un trabajador de la salud en el mostrador.</translation>
        </message>
        <message>
            <source>Suggestions cannot be saved here right now.</source>
            <translation>Ahora mismo no se pueden guardar sugerencias aquí.</translation>
        </message>
        <message>
            <source>Suggest a question</source>
            <translation>Sugerir una pregunta</translation>
        </message>
        <message>
            <source>My suggestions</source>
            <translation>Mis sugerencias</translation>
        </message>
        <message>
            <source>Export suggestions</source>
            <translation>Exportar sugerencias</translation>
        </message>
        <message>
            <source>Suggestion files (*.zip)</source>
            <translation>Archivos de sugerencias (*.zip)</translation>
        </message>
        <message>
            <source>Writing suggestions…</source>
            <translation>Escribiendo sugerencias…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n suggestion(s) to %1</source>
            <translation>
                <numerusform>Se escribió %n sugerencia en %1</numerusform>
                <numerusform>Se escribieron %n sugerencias en %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Suggestions not sent: %1. They are kept and will be retried.</source>
            <translation>Sugerencias no enviadas: %1. Se conservan y se volverá a intentar.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n suggestion(s).</source>
            <translation>
                <numerusform>Se envió %n sugerencia.</numerusform>
                <numerusform>Se enviaron %n sugerencias.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Health answers, offline</source>
            <translation>Respuestas de salud, sin conexión</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) answered in plain language, each with its sources, the date it was written, and when to get medical help.</source>
            <translation>
                <numerusform>%n pregunta respondida en lenguaje sencillo, con sus fuentes, la fecha en que se escribió y cuándo buscar atención médica.</numerusform>
                <numerusform>%n preguntas respondidas en lenguaje sencillo, cada una con sus fuentes, la fecha en que se escribió y cuándo buscar atención médica.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Type in the search box&lt;/b&gt; — everyday words are fine: &lt;i&gt;blood poisoning&lt;/i&gt;, &lt;i&gt;runny tummy&lt;/i&gt;, &lt;i&gt;sugar levels&lt;/i&gt;. Use &lt;b&gt;↑&lt;/b&gt; and &lt;b&gt;↓&lt;/b&gt; to move through the list and &lt;b&gt;Enter&lt;/b&gt; to open an answer. &lt;b&gt;Ctrl+K&lt;/b&gt; jumps back to search; &lt;b&gt;Esc&lt;/b&gt; clears it.</source>
            <translation>&lt;b&gt;Escriba en el cuadro de búsqueda&lt;/b&gt;: sirven las palabras de todos los días. Los artículos todavía están en inglés: &lt;i&gt;blood poisoning&lt;/i&gt;, &lt;i&gt;runny tummy&lt;/i&gt;, &lt;i&gt;sugar levels&lt;/i&gt;. Use &lt;b&gt;↑&lt;/b&gt; y &lt;b&gt;↓&lt;/b&gt; para recorrer la lista e &lt;b&gt;Intro&lt;/b&gt; para abrir una respuesta. &lt;b&gt;Ctrl+K&lt;/b&gt; vuelve a la búsqueda; &lt;b&gt;Esc&lt;/b&gt; la borra.</translation>
        </message>
        <message>
            <source>In an emergency, contact your local emergency number or go to the nearest health facility now.</source>
            <translation>En una emergencia, llame al número de emergencias local o vaya ahora mismo al centro de salud más cercano.</translation>
        </message>
    </context>
    <context>
        <name>WhatsNewDialog</name>
        <message>
            <source>What's new</source>
            <translation>Novedades</translation>
        </message>
        <message>
            <source>Content of %1</source>
            <translation>Contenido del %1</translation>
        </message>
        <message>
            <source>What's new in %1</source>
            <translation>Novedades del %1</translation>
        </message>
        <message>
            <source>New questions</source>
            <translation>Preguntas nuevas</translation>
        </message>
        <message>
            <source>Changed answers</source>
            <translation>Respuestas modificadas</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retiradas</translation>
        </message>
        <message>
            <source>Nothing changed since the previous version.</source>
            <translation>No ha cambiado nada desde la versión anterior.</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Abrir la carpeta del &amp;registro</translation>
        </message>
        <message>
            <source>&amp;About healthref</source>
            <translation>&amp;Acerca de healthref</translation>
        </message>
        <message>
            <source>&amp;Find in answer…</source>
            <translation>Buscar en la &amp;respuesta…</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>Buscar &amp;siguiente</translation>
        </message>
        <message>
            <source>Find &amp;previous</source>
            <translation>Buscar &amp;anterior</translation>
        </message>
        <message>
            <source>Problems are logged in %1</source>
            <translation>Los problemas se registran en %1</translation>
        </message>
        <message numerus="yes">
            <source>healthref %1 — an offline health reference.
Content version %2, %n article(s).
For information only; not a substitute for a health worker.</source>
            <translation>
                <numerusform>healthref %1 — una referencia de salud sin conexión.
Versión del contenido %2, %n artículo.
Solo con fines informativos; no sustituye a un trabajador de la salud.</numerusform>
                <numerusform>healthref %1 — una referencia de salud sin conexión.
Versión del contenido %2, %n artículos.
Solo con fines informativos; no sustituye a un trabajador de la salud.</numerusform>
            </translation>
        </message>
        <message>
            <source>This translation has not yet been reviewed by a native speaker. If a word is wrong or unclear, please tell us with Report a problem.</source>
            <translation>Esta traducción todavía no la ha revisado un hablante nativo. Si una palabra es incorrecta o poco clara, díganoslo con «Informar de un problema».</translation>
        </message>
        <message>
            <source>About healthref</source>
            <translation>Acerca de healthref</translation>
        </message>
    </context>
    <context>
        <name>Withdrawn</name>
        <message>
            <source>This answer was withdrawn</source>
            <translation>Esta respuesta se ha retirado</translation>
        </message>
        <message>
            <source>Search for the question again, or ask a health worker.</source>
            <translation>Vuelva a buscar la pregunta o pregunte a un trabajador de la salud.</translation>
        </message>
    </context>
</TS>
