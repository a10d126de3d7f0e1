<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
    <context>
        <name>AnswerBar</name>
        <message>
            <source>Add a short note (optional), then press Enter</source>
            <translation>Adicione uma nota curta (opcional) e pressione Enter</translation>
        </message>
        <message>
            <source>★ Saved</source>
            <translation>★ Salva</translation>
        </message>
        <message>
            <source>☆ Save</source>
            <translation>☆ Salvar</translation>
        </message>
        <message>
            <source>Remove from saved questions (Ctrl+D)</source>
            <translation>Remover das perguntas salvas (Ctrl+D)</translation>
        </message>
        <message>
            <source>Save this question (Ctrl+D)</source>
            <translation>Salvar esta pergunta (Ctrl+D)</translation>
        </message>
    </context>
    <context>
        <name>AnswerView</name>
        <message>
            <source>Answer</source>
            <translation>Resposta</translation>
        </message>
        <message>
            <source>Something wrong with this answer? Report a problem</source>
            <translation>Algo errado nesta resposta? Relatar um problema</translation>
        </message>
        <message>
            <source>Missing an answer? Suggest a question</source>
            <translation>Falta uma resposta? Sugerir uma pergunta</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>healthref — cannot open the articles</source>
            <translation>healthref — não é possível abrir os artigos</translation>
        </message>
        <message>
            <source>Settings not used: %1. Sending suggestions is off until it is fixed.</source>
            <translation>Configurações não usadas: %1. O envio de sugestões fica desligado até que isso seja corrigido.</translation>
        </message>
        <message>
            <source>checking the articles</source>
            <translation>a verificação dos artigos</translation>
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
            <translation>&amp;Escuro</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>Texto &amp;maior</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>Texto m&amp;enor</translation>
        </message>
        <message>
            <source>&amp;Normal size</source>
            <translation>Tamanho &amp;normal</translation>
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
            <translation>Saúde infantil</translation>
        </message>
        <message>
            <source>First aid and emergencies</source>
            <translation>Primeiros socorros e emergências</translation>
        </message>
        <message>
            <source>Infectious diseases</source>
            <translation>Doenças infecciosas</translation>
        </message>
        <message>
            <source>Long-term conditions</source>
            <translation>Doenças crônicas</translation>
        </message>
        <message>
            <source>Medicines</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>Saúde mental</translation>
        </message>
        <message>
            <source>Pregnancy and newborns</source>
            <translation>Gravidez e recém-nascidos</translation>
        </message>
        <message>
            <source>Prevention and healthy living</source>
            <translation>Prevenção e vida saudável</translation>
        </message>
        <message>
            <source>Sexual and reproductive health</source>
            <translation>Saúde sexual e reprodutiva</translation>
        </message>
        <message>
            <source>Symptoms</source>
            <translation>Sintomas</translation>
        </message>
    </context>
    <context>
        <name>ContentErrorPage</name>
        <message>
            <source>The articles database is missing</source>
            <translation>O banco de dados de artigos não foi encontrado</translation>
        </message>
        <message>
            <source>The articles database is empty</source>
            <translation>O banco de dados de artigos está vazio</translation>
        </message>
        <message>
            <source>The articles file is not a healthref database</source>
            <translation>O arquivo de artigos não é um banco de dados do healthref</translation>
        </message>
        <message>
            <source>The articles database is damaged</source>
            <translation>O banco de dados de artigos está danificado</translation>
        </message>
        <message>
            <source>The articles database is from another version</source>
            <translation>O banco de dados de artigos é de outra versão</translation>
        </message>
        <message>
            <source>The articles database has been changed or damaged</source>
            <translation>O banco de dados de artigos foi alterado ou danificado</translation>
        </message>
        <message>
            <source>The articles database cannot be read</source>
            <translation>Não é possível ler o banco de dados de artigos</translation>
        </message>
        <message>
            <source>The articles database cannot be used</source>
            <translation>Não é possível usar o banco de dados de artigos</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>O que está errado</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>O que fazer</translation>
        </message>
        <message>
            <source>Your saved questions, history and suggestions are kept elsewhere and are not affected.</source>
            <translation>Suas perguntas salvas, seu histórico e suas sugestões ficam guardados em outro lugar e não são afetados.</translation>
        </message>
    </context>
    <context>
        <name>ContentLanguage</name>
        <message>
            <source>Article &amp;language</source>
            <translation>&amp;Idioma dos artigos</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>O mesmo da interface</translation>
        </message>
    </context>
    <context>
        <name>ContentUpdates</name>
        <message>
            <source>Content as of %1, from %2</source>
            <translation>Conteúdo de %1, fornecido por %2</translation>
        </message>
        <message>
            <source>(development key: for testing only)</source>
            <translation>(chave de desenvolvimento: apenas para testes)</translation>
        </message>
        <message>
            <source>installed content not used: %1</source>
            <translation>conteúdo instalado não usado: %1</translation>
        </message>
        <message>
            <source>&amp;Install content update…</source>
            <translation>&amp;Instalar atualização de conteúdo…</translation>
        </message>
        <message>
            <source>&amp;Roll back content update</source>
            <translation>&amp;Desfazer atualização de conteúdo</translation>
        </message>
        <message>
            <source>Install content update</source>
            <translation>Instalar atualização de conteúdo</translation>
        </message>
        <message>
            <source>Content packs (*.pack);;All files (*)</source>
            <translation>Pacotes de conteúdo (*.pack);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Checking and installing %1…</source>
            <translation>Verificando e instalando %1…</translation>
        </message>
        <message>
            <source>Roll back content update</source>
            <translation>Desfazer atualização de conteúdo</translation>
        </message>
        <message>
            <source>Nothing was changed: %1</source>
            <translation>Nada foi alterado: %1</translation>
        </message>
        <message>
            <source>Installed; this window reads %1 as asked, so nothing changes here.</source>
            <translation>Instalado; esta janela lê %1 como foi pedido, por isso nada muda aqui.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this answer</source>
            <translation>Localizar nesta resposta</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Próximo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>Fechar a busca</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Localizar:</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Nenhum resultado</translation>
        </message>
    </context>
    <context>
        <name>Handouts</name>
        <message>
            <source>Print handout — %1</source>
            <translation>Imprimir folheto — %1</translation>
        </message>
        <message>
            <source>Save handout as PDF</source>
            <translation>Salvar folheto como PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Arquivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Sent to %1.</source>
            <translation>Enviado para %1.</translation>
        </message>
        <message>
            <source>No printer is set up. Please ask at the desk.</source>
            <translation>Nenhuma impressora está configurada. Pergunte no balcão.</translation>
        </message>
        <message>
            <source>Could not save the handout: %1</source>
            <translation>Não foi possível salvar o folheto: %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Salvo: %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message numerus="yes">
            <source>History is kept for %n day(s).</source>
            <translation>
                <numerusform>O histórico é guardado por %n dia.</numerusform>
                <numerusform>O histórico é guardado por %n dias.</numerusform>
            </translation>
        </message>
        <message>
            <source>History is switched off in settings ([privacy] history).</source>
            <translation>O histórico está desligado nas configurações ([privacy] history).</translation>
        </message>
        <message>
            <source>Clear all history</source>
            <translation>Limpar todo o histórico</translation>
        </message>
        <message>
            <source>Clear older than</source>
            <translation>Limpar o que for mais antigo que</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Ontem</translation>
        </message>
    </context>
    <context>
        <name>KioskHome</name>
        <message>
            <source>Health answers</source>
            <translation>Respostas de saúde</translation>
        </message>
        <message>
            <source>Type your question in the box above, or choose a topic:</source>
            <translation>Digite sua pergunta na caixa acima ou escolha um tema:</translation>
        </message>
        <message>
            <source>Featured question</source>
            <translation>Pergunta em destaque</translation>
        </message>
    </context>
    <context>
        <name>KioskScreens</name>
        <message>
            <source>‹  Back</source>
            <translation>‹  Voltar</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Texto maior</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texto menor</translation>
        </message>
        <message>
            <source>I'm finished</source>
            <translation>Terminei</translation>
        </message>
        <message>
            <source>Type your question here</source>
            <translation>Digite sua pergunta aqui</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Limpar</translation>
        </message>
        <message>
            <source>Your question</source>
            <translation>Sua pergunta</translation>
        </message>
        <message>
            <source>Choose a question from the list to read its answer.</source>
            <translation>Escolha uma pergunta da lista para ler a resposta.</translation>
        </message>
        <message numerus="yes">
            <source>%n questions. Choose one from the list.</source>
            <translation>
                <numerusform>%n pergunta. Escolha na lista.</numerusform>
                <numerusform>%n perguntas. Escolha uma na lista.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>&amp;Interface language</source>
            <translation>Idioma da &amp;interface</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Voltar</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Avançar</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) · content %1</source>
            <translation>
                <numerusform>%n pergunta · conteúdo %1</numerusform>
                <numerusform>%n perguntas · conteúdo %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Something went wrong while %1: %2</source>
            <translation>Algo deu errado durante %1: %2</translation>
        </message>
        <message>
            <source>healthref — offline health answers</source>
            <translation>healthref — respostas de saúde sem internet</translation>
        </message>
        <message>
            <source>%1 — healthref</source>
            <translation>%1 — healthref</translation>
        </message>
        <message>
            <source>Opened: %1</source>
            <translation>Aberto: %1</translation>
        </message>
        <message>
            <source>That article is not in this collection.</source>
            <translation>Esse artigo não faz parte desta coleção.</translation>
        </message>
        <message>
            <source>Outside links are not opened here: %1</source>
            <translation>Links externos não são abertos aqui: %1</translation>
        </message>
    </context>
    <context>
        <name>MySuggestionsDialog</name>
        <message>
            <source>Waiting to send</source>
            <translation>Aguardando envio</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviada</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>Não aceita</translation>
        </message>
        <message>
            <source>My suggestions</source>
            <translation>Minhas sugestões</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>Pedidos</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Salva</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pergunta</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalhes</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) saved on this computer.</source>
            <translation>
                <numerusform>%n sugestão salva neste computador.</numerusform>
                <numerusform>%n sugestões salvas neste computador.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to be sent.</source>
            <translation>
                <numerusform>%n aguardando envio.</numerusform>
                <numerusform>%n aguardando envio.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Leave kiosk mode</source>
            <translation>Sair do modo quiosque</translation>
        </message>
        <message>
            <source>Operator PIN</source>
            <translation>PIN do operador</translation>
        </message>
        <message>
            <source>Enter the operator PIN to leave kiosk mode.</source>
            <translation>Digite o PIN do operador para sair do modo quiosque.</translation>
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation>Esse PIN não está correto.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n second(s).</source>
            <translation>
                <numerusform>PINs errados demais. Tente de novo em %n segundo.</numerusform>
                <numerusform>PINs errados demais. Tente de novo em %n segundos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivateWindow</name>
        <message>
            <source>healthref — private window</source>
            <translation>healthref — janela privada</translation>
        </message>
        <message>
            <source>Private window: nothing you open or save here is remembered.</source>
            <translation>Janela privada: nada do que você abrir ou salvar aqui será lembrado.</translation>
        </message>
    </context>
    <context>
        <name>ReadingActions</name>
        <message>
            <source>&amp;Save question</source>
            <translation>&amp;Salvar pergunta</translation>
        </message>
        <message>
            <source>&amp;Copy answer as text</source>
            <translation>&amp;Copiar resposta como texto</translation>
        </message>
        <message>
            <source>&amp;Print handout…</source>
            <translation>&amp;Imprimir folheto…</translation>
        </message>
        <message>
            <source>Print handout in &amp;large print…</source>
            <translation>Imprimir folheto em &amp;letra grande…</translation>
        </message>
        <message>
            <source>Save handout as P&amp;DF…</source>
            <translation>Salvar folheto como P&amp;DF…</translation>
        </message>
        <message>
            <source>New p&amp;rivate window</source>
            <translation>Nova janela p&amp;rivada</translation>
        </message>
        <message>
            <source>&amp;Answer</source>
            <translation>&amp;Resposta</translation>
        </message>
        <message>
            <source>Saved questions</source>
            <translation>Perguntas salvas</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Histórico</translation>
        </message>
        <message>
            <source>Removed “%1” from saved questions.</source>
            <translation>“%1” foi removida das perguntas salvas.</translation>
        </message>
        <message>
            <source>Copied the answer and its sources.</source>
            <translation>A resposta e suas fontes foram copiadas.</translation>
        </message>
        <message>
            <source>Open an answer to print it.</source>
            <translation>Abra uma resposta para imprimi-la.</translation>
        </message>
    </context>
    <context>
        <name>ReadingPane</name>
        <message>
            <source>Suggest this question</source>
            <translation>Sugerir esta pergunta</translation>
        </message>
        <message>
            <source>No article answers this yet — these mention it. Open one from the list, or suggest the question.</source>
            <translation>Nenhum artigo responde a isto ainda — estes o mencionam. Abra um da lista ou sugira a pergunta.</translation>
        </message>
        <message>
            <source>No article answers this yet — these mention it.</source>
            <translation>Nenhum artigo responde a isto ainda — estes o mencionam.</translation>
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
            <translation>Relatar um problema nesta resposta</translation>
        </message>
        <message>
            <source>Tell the people who write the answers what is wrong. Please don't include names, phone numbers or other personal details.</source>
            <translation>Diga a quem escreve as respostas o que está errado. Não inclua nomes, números de telefone nem outros dados pessoais.</translation>
        </message>
        <message>
            <source>What is wrong?</source>
            <translation>O que está errado?</translation>
        </message>
        <message>
            <source>Not sure / the whole answer</source>
            <translation>Não sei / a resposta inteira</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Which part</source>
            <translation>Qual parte</translation>
        </message>
        <message>
            <source>Send report</source>
            <translation>Enviar relato</translation>
        </message>
        <message>
            <source>Quick answer</source>
            <translation>Resposta rápida</translation>
        </message>
        <message>
            <source>Get help now box</source>
            <translation>Quadro “Procure ajuda agora”</translation>
        </message>
        <message>
            <source>Key facts</source>
            <translation>Fatos principais</translation>
        </message>
        <message>
            <source>When to get medical help</source>
            <translation>Quando procurar atendimento médico</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Texto principal</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fontes</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Outra</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Salvando…</translation>
        </message>
    </context>
    <context>
        <name>SavedView</name>
        <message>
            <source>Search saved questions and notes</source>
            <translation>Buscar nas perguntas e notas salvas</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Mais recentes primeiro</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Mais antigas primeiro</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Por categoria</translation>
        </message>
        <message>
            <source>Nothing saved yet. Press ☆ Save (Ctrl+D) on an answer.</source>
            <translation>Nada salvo ainda. Pressione ☆ Salvar (Ctrl+D) em uma resposta.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Undo remove</source>
            <translation>Desfazer remoção</translation>
        </message>
        <message>
            <source>saved %1</source>
            <translation>salva em %1</translation>
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
            <translation>Ainda não há resposta para “%1”</translation>
        </message>
        <message>
            <source>Did you mean</source>
            <translation>Você quis dizer</translation>
        </message>
        <message>
            <source>Search all categories</source>
            <translation>Buscar em todas as categorias</translation>
        </message>
        <message>
            <source>Suggest this question</source>
            <translation>Sugerir esta pergunta</translation>
        </message>
        <message>
            <source>Try fewer or simpler words, or ask a health worker.</source>
            <translation>Tente menos palavras ou palavras mais simples, ou pergunte a um profissional de saúde.</translation>
        </message>
        <message>
            <source>Not what you need?</source>
            <translation>Não é o que você precisa?</translation>
        </message>
        <message>
            <source>Suggest “%1”</source>
            <translation>Sugerir “%1”</translation>
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation>A busca falhou: %1</translation>
        </message>
        <message>
            <source>Try again, or restart healthref if it keeps happening.</source>
            <translation>Tente de novo ou reinicie o healthref se continuar acontecendo.</translation>
        </message>
        <message>
            <source>If someone is in danger now, call %1.</source>
            <translation>Se alguém estiver em perigo agora, ligue para %1.</translation>
        </message>
        <message>
            <source>If someone is in danger now, call your local emergency number.</source>
            <translation>Se alguém estiver em perigo agora, ligue para o número de emergência local.</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search questions, e.g. “fever in a child”</source>
            <translation>Buscar perguntas, por ex. “febre em criança”</translation>
        </message>
        <message>
            <source>Search questions</source>
            <translation>Buscar perguntas</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Categoria</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Todas as categorias</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Emergência</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Perguntas</translation>
        </message>
        <message>
            <source>Showing results for “%1”</source>
            <translation>Resultados para “%1”</translation>
        </message>
        <message>
            <source>No confident answer yet — these articles mention some of your words.</source>
            <translation>Ainda não há uma resposta segura — estes artigos mencionam algumas das suas palavras.</translation>
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
            <translation>Você ainda está aí?</translation>
        </message>
        <message>
            <source>Yes, I'm still here</source>
            <translation>Sim, ainda estou aqui</translation>
        </message>
        <message numerus="yes">
            <source>Are you still there?
This screen will clear in %n second(s).</source>
            <translation>
                <numerusform>Você ainda está aí?
Esta tela será limpa em %n segundo.</numerusform>
                <numerusform>Você ainda está aí?
Esta tela será limpa em %n segundos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SuggestDialog</name>
        <message>
            <source>Suggest a question</source>
            <translation>Sugerir uma pergunta</translation>
        </message>
        <message>
            <source>Can't find your question? Suggest it, and the people who write the answers will see it. Please don't include names, phone numbers or other personal details.</source>
            <translation>Não encontra sua pergunta? Sugira-a, e quem escreve as respostas vai vê-la. Não inclua nomes, números de telefone nem outros dados pessoais.</translation>
        </message>
        <message>
            <source>Your question, e.g. “How is a bee sting treated?”</source>
            <translation>Sua pergunta, por ex. “Como se trata uma picada de abelha?”</translation>
        </message>
        <message>
            <source>Anything that would help (optional)</source>
            <translation>Qualquer informação que ajude (opcional)</translation>
        </message>
        <message>
            <source>Not sure</source>
            <translation>Não sei</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>&amp;Pergunta</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Nota</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>C&amp;ategoria</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pergunta</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Questions that may already answer yours</source>
            <translation>Perguntas que talvez já respondam à sua</translation>
        </message>
        <message>
            <source>Save suggestion</source>
            <translation>Salvar sugestão</translation>
        </message>
        <message>
            <source>Please keep the note to %1 characters.</source>
            <translation>A nota deve ter no máximo %1 caracteres.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Salvando…</translation>
        </message>
        <message>
            <source>Couldn't save: %1. Your text is still here; please try again later.</source>
            <translation>Não foi possível salvar: %1. Seu texto continua aqui; tente de novo mais tarde.</translation>
        </message>
        <message>
            <source>Thank you — that question was already waiting; we counted your ask.</source>
            <translation>Obrigado — essa pergunta já estava aguardando; contamos o seu pedido.</translation>
        </message>
        <message>
            <source>Saved on this computer.</source>
            <translation>Salva neste computador.</translation>
        </message>
        <message numerus="yes">
            <source>It will be sent when a connection is available. Suggestions waiting: %n.</source>
            <translation>
                <numerusform>Ela será enviada quando houver conexão. Sugestão aguardando: %n.</numerusform>
                <numerusform>Ela será enviada quando houver conexão. Sugestões aguardando: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Did you mean …?</source>
            <translation>Você quis dizer…?</translation>
        </message>
        <message>
            <source>already suggested</source>
            <translation>já sugerida</translation>
        </message>
        <message>
            <source>Open one of these, or save yours anyway.</source>
            <translation>Abra uma delas ou salve a sua mesmo assim.</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Salvar mesmo assim</translation>
        </message>
    </context>
    <context>
        <name>SuggestionActions</name>
        <message>
            <source>&amp;Suggestions</source>
            <translation>&amp;Sugestões</translation>
        </message>
        <message>
            <source>&amp;Suggest a question…</source>
            <translation>&amp;Sugerir uma pergunta…</translation>
        </message>
        <message>
            <source>&amp;My suggestions</source>
            <translation>&amp;Minhas sugestões</translation>
        </message>
        <message>
            <source>&amp;Export waiting suggestions to a file…</source>
            <translation>&amp;Exportar sugestões aguardando para um arquivo…</translation>
        </message>
        <message>
            <source>Send &amp;now</source>
            <translation>Enviar &amp;agora</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) waiting to be sent</source>
            <translation>
                <numerusform>%n sugestão aguardando envio</numerusform>
                <numerusform>%n sugestões aguardando envio</numerusform>
            </translation>
        </message>
        <message>
            <source>Thank you — that is as many suggestions as we can take from one visit. Please ask a health worker at the desk.</source>
            <translation>Obrigado — não podemos receber mais sugestões numa mesma visita. Fale com um profissional de saúde no balcão.</translation>
        </message>
        <message>
            <source>Thank you — this screen has taken all the suggestions it can for today. Please ask a health worker at the desk.</source>
            <translation>Obrigado — esta tela já recebeu todas as sugestões que pode por hoje. Fale com um profissional de saúde no balcão.</translation>
        </message>
        <message>
            <source>Suggestions cannot be saved here right now.</source>
            <translation>No momento não é possível salvar sugestões aqui.</translation>
        </message>
        <message>
            <source>Suggest a question</source>
            <translation>Sugerir uma pergunta</translation>
        </message>
        <message>
            <source>My suggestions</source>
            <translation>Minhas sugestões</translation>
        </message>
        <message>
            <source>Export suggestions</source>
            <translation>Exportar sugestões</translation>
        </message>
        <message>
            <source>Suggestion files (*.zip)</source>
            <translation>Arquivos de sugestões (*.zip)</translation>
        </message>
        <message>
            <source>Writing suggestions…</source>
            <translation>Gravando sugestões…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n suggestion(s) to %1</source>
            <translation>
                <numerusform>%n sugestão gravada em %1</numerusform>
                <numerusform>%n sugestões gravadas em %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Suggestions not sent: %1. They are kept and will be retried.</source>
            <translation>Sugestões não enviadas: %1. Elas ficam guardadas e serão enviadas de novo.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n suggestion(s).</source>
            <translation>
                <numerusform>%n sugestão enviada.</numerusform>
                <numerusform>%n sugestões enviadas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Health answers, offline</source>
            <translation>Respostas de saúde, sem internet</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) answered in plain language, each with its sources, the date it was written, and when to get medical help.</source>
            <translation>
                <numerusform>%n pergunta respondida em linguagem simples, com suas fontes, a data em que foi escrita e quando procurar atendimento médico.</numerusform>
                <numerusform>%n perguntas respondidas em linguagem simples, cada uma com suas fontes, a data em que foi escrita e quando procurar atendimento médico.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Type in the search box&lt;/b&gt; — everyday words are fine: &lt;i&gt;blood poisoning&lt;/i&gt;, &lt;i&gt;runny tummy&lt;/i&gt;, &lt;i&gt;sugar levels&lt;/i&gt;. Use &lt;b&gt;↑&lt;/b&gt; and &lt;b&gt;↓&lt;/b&gt; to move through the list and &lt;b&gt;Enter&lt;/b&gt; to open an answer. &lt;b&gt;Ctrl+K&lt;/b&gt; jumps back to search; &lt;b&gt;Esc&lt;/b&gt; clears it.</source>
            <translation>&lt;b&gt;Digite na caixa de busca&lt;/b&gt; — palavras do dia a dia servem. Os artigos ainda estão em inglês: &lt;i&gt;blood poisoning&lt;/i&gt;, &lt;i&gt;runny tummy&lt;/i&gt;, &lt;i&gt;sugar levels&lt;/i&gt;. Use &lt;b&gt;↑&lt;/b&gt; e &lt;b&gt;↓&lt;/b&gt; para percorrer a lista e &lt;b&gt;Enter&lt;/b&gt; para abrir uma resposta. &lt;b&gt;Ctrl+K&lt;/b&gt; volta para a busca; &lt;b&gt;Esc&lt;/b&gt; a limpa.</translation>
        </message>
        <message>
            <source>In an emergency, contact your local emergency number or go to the nearest health facility now.</source>
            <translation>Em uma emergência, ligue para o número de emergência local ou vá agora à unidade de saúde mais próxima.</translation>
        </message>
    </context>
    <context>
        <name>WhatsNewDialog</name>
        <message>
            <source>What's new</source>
            <translation>Novidades</translation>
        </message>
        <message>
            <source>Content of %1</source>
            <translation>Conteúdo de %1</translation>
        </message>
        <message>
            <source>What's new in %1</source>
            <translation>Novidades de %1</translation>
        </message>
        <message>
            <source>New questions</source>
            <translation>Novas perguntas</translation>
        </message>
        <message>
            <source>Changed answers</source>
            <translation>Respostas alteradas</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retiradas</translation>
        </message>
        <message>
            <source>Nothing changed since the previous version.</source>
            <translation>Nada mudou desde a versão anterior.</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
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
            <translation>&amp;Exibir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Abrir a pasta de &amp;registro</translation>
        </message>
        <message>
            <source>&amp;About healthref</source>
            <translation>&amp;Sobre o healthref</translation>
        </message>
        <message>
            <source>&amp;Find in answer…</source>
            <translation>&amp;Localizar na resposta…</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>Localizar &amp;próxima</translation>
        </message>
        <message>
            <source>Find &amp;previous</source>
            <translation>Localizar &amp;anterior</translation>
        </message>
        <message>
            <source>Problems are logged in %1</source>
            <translation>Os problemas são registrados em %1</translation>
        </message>
        <message numerus="yes">
            <source>healthref %1 — an offline health reference.
Content version %2, %n article(s).
For information only; not a substitute for a health worker.</source>
            <translation>
                <numerusform>healthref %1 — uma referência de saúde sem internet.
Versão do conteúdo %2, %n artigo.
Apenas para informação; não substitui um profissional de saúde.</numerusform>
                <numerusform>healthref %1 — uma referência de saúde sem internet.
Versão do conteúdo %2, %n artigos.
Apenas para informação; não substitui um profissional de saúde.</numerusform>
            </translation>
        </message>
        <message>
            <source>This translation has not yet been reviewed by a native speaker. If a word is wrong or unclear, please tell us with Report a problem.</source>
            <translation>Esta tradução ainda não foi revisada por um falante nativo. Se uma palavra estiver errada ou pouco clara, avise-nos com “Relatar um problema”.</translation>
        </message>
        <message>
            <source>About healthref</source>
            <translation>Sobre o healthref</translation>
        </message>
    </context>
    <context>
        <name>Withdrawn</name>
        <message>
            <source>This answer was withdrawn</source>
            <translation>Esta resposta foi retirada</translation>
        </message>
        <message>
            <source>Search for the question again, or ask a health worker.</source>
            <translation>Busque a pergunta de novo ou pergunte a um profissional de saúde.</translation>
        </message>
    </context>
</TS>
