<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AnswerBar</name>
        <message>
            <source>Add a short note (optional), then press Enter</source>
            <translation>Ajoutez une courte note (facultatif), puis appuyez sur Entrée</translation>
        </message>
        <message>
            <source>★ Saved</source>
            <translation>★ Enregistrée</translation>
        </message>
        <message>
            <source>☆ Save</source>
            <translation>☆ Enregistrer</translation>
        </message>
        <message>
            <source>Remove from saved questions (Ctrl+D)</source>
            <translation>Retirer des questions enregistrées (Ctrl+D)</translation>
        </message>
        <message>
            <source>Save this question (Ctrl+D)</source>
            <translation>Enregistrer cette question (Ctrl+D)</translation>
        </message>
    </context>
    <context>
        <name>AnswerView</name>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Something wrong with this answer? Report a problem</source>
            <translation>Une erreur dans cette réponse ? Signaler un problème</translation>
        </message>
        <message>
            <source>Missing an answer? Suggest a question</source>
            <translation>Une réponse manque ? Suggérer une question</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>healthref — cannot open the articles</source>
            <translation>healthref — impossible d’ouvrir les articles</translation>
        </message>
        <message>
            <source>Settings not used: %1. Sending suggestions is off until it is fixed.</source>
            <translation>Paramètres non utilisés : %1. L’envoi des suggestions est désactivé jusqu’à la correction.</translation>
        </message>
        <message>
            <source>checking the articles</source>
            <translation>la vérification des articles</translation>
        </message>
    </context>
    <context>
        <name>Appearance</name>
        <message>
            <source>&amp;System</source>
            <translation>&amp;Système</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Clair</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Sombre</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>Texte plus &amp;grand</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>Texte plus &amp;petit</translation>
        </message>
        <message>
            <source>&amp;Normal size</source>
            <translation>Taille &amp;normale</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Thème</translation>
        </message>
    </context>
    <context>
        <name>Category</name>
        <message>
            <source>Child health</source>
            <translation>Santé de l’enfant</translation>
        </message>
        <message>
            <source>First aid and emergencies</source>
            <translation>Premiers secours et urgences</translation>
        </message>
        <message>
            <source>Infectious diseases</source>
            <translation>Maladies infectieuses</translation>
        </message>
        <message>
            <source>Long-term conditions</source>
            <translation>Maladies chroniques</translation>
        </message>
        <message>
            <source>Medicines</source>
            <translation>Médicaments</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>Santé mentale</translation>
        </message>
        <message>
            <source>Pregnancy and newborns</source>
            <translation>Grossesse et nouveau-nés</translation>
        </message>
        <message>
            <source>Prevention and healthy living</source>
            <translation>Prévention et mode de vie sain</translation>
        </message>
        <message>
            <source>Sexual and reproductive health</source>
            <translation>Santé sexuelle et reproductive</translation>
        </message>
        <message>
            <source>Symptoms</source>
            <translation>Symptômes</translation>
        </message>
    </context>
    <context>
        <name>ContentErrorPage</name>
        <message>
            <source>The articles database is missing</source>
            <translation>La base de données des articles est introuvable</translation>
        </message>
        <message>
            <source>The articles database is empty</source>
            <translation>La base de données des articles est vide</translation>
        </message>
        <message>
            <source>The articles file is not a healthref database</source>
            <translation>Le fichier des articles n’est pas une base de données healthref</translation>
        </message>
        <message>
            <source>The articles database is damaged</source>
            <translation>La base de données des articles est endommagée</translation>
        </message>
        <message>
            <source>The articles database is from another version</source>
            <translation>La base de données des articles provient d’une autre version</translation>
        </message>
        <message>
            <source>The articles database has been changed or damaged</source>
            <translation>La base de données des articles a été modifiée ou endommagée</translation>
        </message>
        <message>
            <source>The articles database cannot be read</source>
            <translation>La base de données des articles est illisible</translation>
        </message>
        <message>
            <source>The articles database cannot be used</source>
            <translation>La base de données des articles est inutilisable</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Ce qui ne va pas</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Que faire</translation>
        </message>
        <message>
            <source>Your saved questions, history and suggestions are kept elsewhere and are not affected.</source>
            <translation>Vos questions enregistrées, votre historique et vos suggestions sont conservés ailleurs et ne sont pas touchés.</translation>
        </message>
    </context>
    <context>
        <name>ContentLanguage</name>
        <message>
            <source>Article &amp;language</source>
            <translation>&amp;Langue des articles</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>Comme l’interface</translation>
        </message>
    </context>
    <context>
        <name>ContentUpdates</name>
        <message>
            <source>Content as of %1, from %2</source>
            <translation>Contenu du %1, fourni par %2</translation>
        </message>
        <message>
            <source>(development key: for testing only)</source>
            <translation>(clé de développement : pour les essais uniquement)</translation>
        </message>
        <message>
            <source>installed content not used: %1</source>
            <translation>contenu installé non utilisé : %1</translation>
        </message>
        <message>
            <source>&amp;Install content update…</source>
            <translation>&amp;Installer une mise à jour du contenu…</translation>
        </message>
        <message>
            <source>&amp;Roll back content update</source>
            <translation>&amp;Annuler la mise à jour du contenu</translation>
        </message>
        <message>
            <source>Install content update</source>
            <translation>Installer une mise à jour du contenu</translation>
        </message>
        <message>
            <source>Content packs (*.pack);;All files (*)</source>
            <translation>Paquets de contenu (*.pack);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Checking and installing %1…</source>
            <translation>Vérification et installation de %1…</translation>
        </message>
        <message>
            <source>Roll back content update</source>
            <translation>Annuler la mise à jour du contenu</translation>
        </message>
        <message>
            <source>Nothing was changed: %1</source>
            <translation>Rien n’a été modifié : %1</translation>
        </message>
        <message>
            <source>Installed; this window reads %1 as asked, so nothing changes here.</source>
            <translation>Installé ; cette fenêtre lit %1 comme demandé, donc rien ne change ici.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this answer</source>
            <translation>Rechercher dans cette réponse</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>Fermer la recherche</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Rechercher :</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Aucun résultat</translation>
        </message>
    </context>
    <context>
        <name>Handouts</name>
        <message>
            <source>Print handout — %1</source>
            <translation>Imprimer la fiche — %1</translation>
        </message>
        <message>
            <source>Save handout as PDF</source>
            <translation>Enregistrer la fiche en PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Sent to %1.</source>
            <translation>Envoyé à %1.</translation>
        </message>
        <message>
            <source>No printer is set up. Please ask at the desk.</source>
            <translation>Aucune imprimante n’est configurée. Veuillez demander à l’accueil.</translation>
        </message>
        <message>
            <source>Could not save the handout: %1</source>
            <translation>Impossible d’enregistrer la fiche : %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message numerus="yes">
            <source>History is kept for %n day(s).</source>
            <translation>
                <numerusform>L’historique est conservé %n jour.</numerusform>
                <numerusform>L’historique est conservé %n jours.</numerusform>
            </translation>
        </message>
        <message>
            <source>History is switched off in settings ([privacy] history).</source>
            <translation>L’historique est désactivé dans les paramètres ([privacy] history).</translation>
        </message>
        <message>
            <source>Clear all history</source>
            <translation>Effacer tout l’historique</translation>
        </message>
        <message>
            <source>Clear older than</source>
            <translation>Effacer ce qui date de plus de</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Hier</translation>
        </message>
    </context>
    <context>
        <name>KioskHome</name>
        <message>
            <source>Health answers</source>
            <translation>Réponses santé</translation>
        </message>
        <message>
            <source>Type your question in the box above, or choose a topic:</source>
            <translation>Tapez votre question dans le champ ci-dessus, ou choisissez un thème :</translation>
        </message>
        <message>
            <source>Featured question</source>
            <translation>Question à la une</translation>
        </message>
    </context>
    <context>
        <name>KioskScreens</name>
        <message>
            <source>‹  Back</source>
            <translation>‹  Retour</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Texte plus grand</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texte plus petit</translation>
        </message>
        <message>
            <source>I'm finished</source>
            <translation>J’ai terminé</translation>
        </message>
        <message>
            <source>Type your question here</source>
            <translation>Tapez votre question ici</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Your question</source>
            <translation>Votre question</translation>
        </message>
        <message>
            <source>Choose a question from the list to read its answer.</source>
            <translation>Choisissez une question dans la liste pour lire sa réponse.</translation>
        </message>
        <message numerus="yes">
            <source>%n questions. Choose one from the list.</source>
            <translation>
                <numerusform>%n question. Choisissez-la dans la liste.</numerusform>
                <numerusform>%n questions. Choisissez-en une dans la liste.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>&amp;Interface language</source>
            <translation>Langue de l’&amp;interface</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Suivant</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) · content %1</source>
            <translation>
                <numerusform>%n question · contenu %1</numerusform>
                <numerusform>%n questions · contenu %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Something went wrong while %1: %2</source>
            <translation>Un problème est survenu pendant %1 : %2</translation>
        </message>
        <message>
            <source>healthref — offline health answers</source>
            <translation>healthref — réponses santé hors ligne</translation>
        </message>
        <message>
            <source>%1 — healthref</source>
            <translation>%1 — healthref</translation>
        </message>
        <message>
            <source>Opened: %1</source>
            <translation>Ouvert : %1</translation>
        </message>
        <message>
            <source>That article is not in this collection.</source>
            <translation>Cet article ne fait pas partie de cette collection.</translation>
        </message>
        <message>
            <source>Outside links are not opened here: %1</source>
            <translation>Les liens externes ne s’ouvrent pas ici : %1</translation>
        </message>
    </context>
    <context>
        <name>MySuggestionsDialog</name>
        <message>
            <source>Waiting to send</source>
            <translation>En attente d’envoi</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyée</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>Non acceptée</translation>
        </message>
        <message>
            <source>My suggestions</source>
            <translation>Mes suggestions</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>Demandée</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistrée</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) saved on this computer.</source>
            <translation>
                <numerusform>%n suggestion enregistrée sur cet ordinateur.</numerusform>
                <numerusform>%n suggestions enregistrées sur cet ordinateur.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to be sent.</source>
            <translation>
                <numerusform>%n en attente d’envoi.</numerusform>
                <numerusform>%n en attente d’envoi.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Leave kiosk mode</source>
            <translation>Quitter le mode borne</translation>
        </message>
        <message>
            <source>Operator PIN</source>
            <translation>Code de l’opérateur</translation>
        </message>
        <message>
            <source>Enter the operator PIN to leave kiosk mode.</source>
            <translation>Saisissez le code de l’opérateur pour quitter le mode borne.</translation>
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation>Ce code n’est pas correct.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n second(s).</source>
            <translation>
                <numerusform>Trop de codes erronés. Réessayez dans %n seconde.</numerusform>
                <numerusform>Trop de codes erronés. Réessayez dans %n secondes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivateWindow</name>
        <message>
            <source>healthref — private window</source>
            <translation>healthref — fenêtre privée</translation>
        </message>
        <message>
            <source>Private window: nothing you open or save here is remembered.</source>
            <translation>Fenêtre privée : rien de ce que vous ouvrez ou enregistrez ici n’est conservé.</translation>
        </message>
    </context>
    <context>
        <name>ReadingActions</name>
        <message>
            <source>&amp;Save question</source>
            <translation>&amp;Enregistrer la question</translation>
        </message>
        <message>
            <source>&amp;Copy answer as text</source>
            <translation>&amp;Copier la réponse en texte</translation>
        </message>
        <message>
            <source>&amp;Print handout…</source>
            <translation>&amp;Imprimer la fiche…</translation>
        </message>
        <message>
            <source>Print handout in &amp;large print…</source>
            <translation>Imprimer la fiche en &amp;gros caractères…</translation>
        </message>
        <message>
            <source>Save handout as P&amp;DF…</source>
            <translation>Enregistrer la fiche en P&amp;DF…</translation>
        </message>
        <message>
            <source>New p&amp;rivate window</source>
            <translation>Nouvelle fenêtre p&amp;rivée</translation>
        </message>
        <message>
            <source>&amp;Answer</source>
            <translation>&amp;Réponse</translation>
        </message>
        <message>
            <source>Saved questions</source>
            <translation>Questions enregistrées</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Removed “%1” from saved questions.</source>
            <translation>« %1 » a été retirée des questions enregistrées.</translation>
        </message>
        <message>
            <source>Copied the answer and its sources.</source>
            <translation>La réponse et ses sources ont été copiées.</translation>
        </message>
        <message>
            <source>Open an answer to print it.</source>
            <translation>Ouvrez une réponse pour l’imprimer.</translation>
        </message>
    </context>
    <context>
        <name>ReadingPane</name>
        <message>
            <source>Suggest this question</source>
            <translation>Suggérer cette question</translation>
        </message>
        <message>
            <source>No article answers this yet — these mention it. Open one from the list, or suggest the question.</source>
            <translation>Aucun article ne répond encore à cette question — ceux-ci l’évoquent. Ouvrez-en un dans la liste, ou suggérez la question.</translation>
        </message>
        <message>
            <source>No article answers this yet — these mention it.</source>
            <translation>Aucun article ne répond encore à cette question — ceux-ci l’évoquent.</translation>
        </message>
    </context>
    <context>
        <name>RelatedButtons</name>
        <message>
            <source>Related:</source>
            <translation>Voir aussi :</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Report a problem with this answer</source>
            <translation>Signaler un problème dans cette réponse</translation>
        </message>
        <message>
            <source>Tell the people who write the answers what is wrong. Please don't include names, phone numbers or other personal details.</source>
            <translation>Dites aux personnes qui rédigent les réponses ce qui ne va pas. N’indiquez pas de noms, de numéros de téléphone ni d’autres données personnelles.</translation>
        </message>
        <message>
            <source>What is wrong?</source>
            <translation>Qu’est-ce qui ne va pas ?</translation>
        </message>
        <message>
            <source>Not sure / the whole answer</source>
            <translation>Je ne sais pas / toute la réponse</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Which part</source>
            <translation>Quelle partie</translation>
        </message>
        <message>
            <source>Send report</source>
            <translation>Envoyer le signalement</translation>
        </message>
        <message>
            <source>Quick answer</source>
            <translation>Réponse rapide</translation>
        </message>
        <message>
            <source>Get help now box</source>
            <translation>Encadré « Obtenir de l’aide maintenant »</translation>
        </message>
        <message>
            <source>Key facts</source>
            <translation>Points essentiels</translation>
        </message>
        <message>
            <source>When to get medical help</source>
            <translation>Quand consulter</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Texte principal</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
    </context>
    <context>
        <name>SavedView</name>
        <message>
            <source>Search saved questions and notes</source>
            <translation>Rechercher dans les questions et notes enregistrées</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Les plus récentes d’abord</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Les plus anciennes d’abord</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Par catégorie</translation>
        </message>
        <message>
            <source>Nothing saved yet. Press ☆ Save (Ctrl+D) on an answer.</source>
            <translation>Rien d’enregistré pour l’instant. Appuyez sur ☆ Enregistrer (Ctrl+D) dans une réponse.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Undo remove</source>
            <translation>Annuler le retrait</translation>
        </message>
        <message>
            <source>saved %1</source>
            <translation>enregistrée le %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Note : %1</translation>
        </message>
    </context>
    <context>
        <name>SearchMessages</name>
        <message>
            <source>No answer yet for “%1”</source>
            <translation>Pas encore de réponse pour « %1 »</translation>
        </message>
        <message>
            <source>Did you mean</source>
            <translation>Vouliez-vous dire</translation>
        </message>
        <message>
            <source>Search all categories</source>
            <translation>Chercher dans toutes les catégories</translation>
        </message>
        <message>
            <source>Suggest this question</source>
            <translation>Suggérer cette question</translation>
        </message>
        <message>
            <source>Try fewer or simpler words, or ask a health worker.</source>
            <translation>Essayez avec moins de mots ou des mots plus simples, ou demandez à un agent de santé.</translation>
        </message>
        <message>
            <source>Not what you need?</source>
            <translation>Ce n’est pas ce que vous cherchez ?</translation>
        </message>
        <message>
            <source>Suggest “%1”</source>
            <translation>Suggérer « %1 »</translation>
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation>La recherche a échoué : %1</translation>
        </message>
        <message>
            <source>Try again, or restart healthref if it keeps happening.</source>
            <translation>Réessayez, ou redémarrez healthref si cela se reproduit.</translation>
        </message>
        <message>
            <source>If someone is in danger now, call %1.</source>
            <translation>Si quelqu’un est en danger maintenant, appelez le %1.</translation>
        </message>
        <message>
            <source>If someone is in danger now, call your local emergency number.</source>
            <translation>Si quelqu’un est en danger maintenant, appelez le numéro d’urgence local.</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search questions, e.g. “fever in a child”</source>
            <translation>Rechercher une question, p. ex. « fièvre chez un enfant »</translation>
        </message>
        <message>
            <source>Search questions</source>
            <translation>Rechercher des questions</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Catégorie</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Showing results for “%1”</source>
            <translation>Résultats pour « %1 »</translation>
        </message>
        <message>
            <source>No confident answer yet — these articles mention some of your words.</source>
            <translation>Pas encore de réponse sûre — ces articles mentionnent certains de vos mots.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n résultat</numerusform>
                <numerusform>%n résultats</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StillTherePanel</name>
        <message>
            <source>Are you still there?</source>
            <translation>Êtes-vous toujours là ?</translation>
        </message>
        <message>
            <source>Yes, I'm still here</source>
            <translation>Oui, je suis toujours là</translation>
        </message>
        <message numerus="yes">
            <source>Are you still there?
This screen will clear in %n second(s).</source>
            <translation>
                <numerusform>Êtes-vous toujours là ?
Cet écran s’effacera dans %n seconde.</numerusform>
                <numerusform>Êtes-vous toujours là ?
Cet écran s’effacera dans %n secondes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SuggestDialog</name>
        <message>
            <source>Suggest a question</source>
            <translation>Suggérer une question</translation>
        </message>
        <message>
            <source>Can't find your question? Suggest it, and the people who write the answers will see it. Please don't include names, phone numbers or other personal details.</source>
            <translation>Vous ne trouvez pas votre question ? Suggérez-la, et les personnes qui rédigent les réponses la verront. N’indiquez pas de noms, de numéros de téléphone ni d’autres données personnelles.</translation>
        </message>
        <message>
            <source>Your question, e.g. “How is a bee sting treated?”</source>
            <translation>Votre question, p. ex. « Comment soigner une piqûre d’abeille ? »</translation>
        </message>
        <message>
            <source>Anything that would help (optional)</source>
            <translation>Toute précision utile (facultatif)</translation>
        </message>
        <message>
            <source>Not sure</source>
            <translation>Je ne sais pas</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>&amp;Question</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>C&amp;atégorie</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Questions that may already answer yours</source>
            <translation>Questions qui répondent peut-être déjà à la vôtre</translation>
        </message>
        <message>
            <source>Save suggestion</source>
            <translation>Enregistrer la suggestion</translation>
        </message>
        <message>
            <source>Please keep the note to %1 characters.</source>
            <translation>Veuillez limiter la note à %1 caractères.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Couldn't save: %1. Your text is still here; please try again later.</source>
            <translation>Enregistrement impossible : %1. Votre texte est toujours là ; veuillez réessayer plus tard.</translation>
        </message>
        <message>
            <source>Thank you — that question was already waiting; we counted your ask.</source>
            <translation>Merci — cette question était déjà en attente ; nous avons compté votre demande.</translation>
        </message>
        <message>
            <source>Saved on this computer.</source>
            <translation>Enregistrée sur cet ordinateur.</translation>
        </message>
        <message numerus="yes">
            <source>It will be sent when a connection is available. Suggestions waiting: %n.</source>
            <translation>
                <numerusform>Elle sera envoyée dès qu’une connexion sera disponible. Suggestion en attente : %n.</numerusform>
                <numerusform>Elle sera envoyée dès qu’une connexion sera disponible. Suggestions en attente : %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Did you mean …?</source>
            <translation>Vouliez-vous dire… ?</translation>
        </message>
        <message>
            <source>already suggested</source>
            <translation>déjà suggérée</translation>
        </message>
        <message>
            <source>Open one of these, or save yours anyway.</source>
            <translation>Ouvrez l’une d’elles, ou enregistrez quand même la vôtre.</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Enregistrer quand même</translation>
        </message>
    </context>
    <context>
        <name>SuggestionActions</name>
        <message>
            <source>&amp;Suggestions</source>
            <translation>&amp;Suggestions</translation>
        </message>
        <message>
            <source>&amp;Suggest a question…</source>
            <translation>&amp;Suggérer une question…</translation>
        </message>
        <message>
            <source>&amp;My suggestions</source>
            <translation>&amp;Mes suggestions</translation>
        </message>
        <message>
            <source>&amp;Export waiting suggestions to a file…</source>
            <translation>&amp;Exporter les suggestions en attente dans un fichier…</translation>
        </message>
        <message>
            <source>Send &amp;now</source>
            <translation>Envoyer &amp;maintenant</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) waiting to be sent</source>
            <translation>
                <numerusform>%n suggestion en attente d’envoi</numerusform>
                <numerusform>%n suggestions en attente d’envoi</numerusform>
            </translation>
        </message>
        <message>
            <source>Thank you — that is as many suggestions as we can take from one visit. Please ask a health worker at the desk.</source>
            <translation>Merci — nous ne pouvons pas recevoir plus de suggestions pour une même visite. Veuillez vous adresser à un agent de santé à l’accueil.</translation>
        </message>
        <message>
            <source>Thank you — this screen has taken all the suggestions it can for today. Please ask a health worker at the desk.</source>
            <translation>Merci — cet écran a reçu toutes les suggestions possibles pour aujourd’hui. Veuillez vous adresser à un agent de santé à l’accueil.</translation>
        </message>
        <message>
            <source>Suggestions cannot be saved here right now.</source>
            <translation>Les suggestions ne peuvent pas être enregistrées ici pour le moment.</translation>
        </message>
        <message>
            <source>Suggest a question</source>
            <translation>Suggérer une question</translation>
        </message>
        <message>
            <source>My suggestions</source>
            <translation>Mes suggestions</translation>
        </message>
        <message>
            <source>Export suggestions</source>
            <translation>Exporter les suggestions</translation>
        </message>
        <message>
            <source>Suggestion files (*.zip)</source>
            <translation>Fichiers de suggestions (*.zip)</translation>
        </message>
        <message>
            <source>Writing suggestions…</source>
            <translation>Écriture des suggestions…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n suggestion(s) to %1</source>
            <translation>
                <numerusform>%n suggestion écrite dans %1</numerusform>
                <numerusform>%n suggestions écrites dans %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Suggestions not sent: %1. They are kept and will be retried.</source>
            <translation>Suggestions non envoyées : %1. Elles sont conservées et seront renvoyées plus tard.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n suggestion(s).</source>
            <translation>
                <numerusform>%n suggestion envoyée.</numerusform>
                <numerusform>%n suggestions envoyées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Health answers, offline</source>
            <translation>Réponses santé, hors ligne</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) answered in plain language, each with its sources, the date it was written, and when to get medical help.</source>
            <translation>
                <numerusform>%n question traitée en langage simple, avec ses sources, sa date de rédaction et le moment où il faut consulter.</numerusform>
                <numerusform>%n questions traitées en langage simple, chacune avec ses sources, sa date de rédaction et le moment où il faut consulter.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Type in the search box&lt;/b&gt; — everyday words are fine: &lt;i&gt;blood poisoning&lt;/i&gt;, &lt;i&gt;runny tummy&lt;/i&gt;, &lt;i&gt;sugar levels&lt;/i&gt;. Use &lt;b&gt;↑&lt;/b&gt; and &lt;b&gt;↓&lt;/b&gt; to move through the list and &lt;b&gt;Enter&lt;/b&gt; to open an answer. &lt;b&gt;Ctrl+K&lt;/b&gt; jumps back to search; &lt;b&gt;Esc&lt;/b&gt; clears it.</source>
            <translation>&lt;b&gt;Tapez dans le champ de recherche&lt;/b&gt; — les mots de tous les jours conviennent. Les articles sont encore en anglais : &lt;i&gt;blood poisoning&lt;/i&gt;, &lt;i&gt;runny tummy&lt;/i&gt;, &lt;i&gt;sugar levels&lt;/i&gt;. Utilisez &lt;b&gt;↑&lt;/b&gt; et &lt;b&gt;↓&lt;/b&gt; pour parcourir la liste et &lt;b&gt;Entrée&lt;/b&gt; pour ouvrir une réponse. &lt;b&gt;Ctrl+K&lt;/b&gt; revient à la recherche ; &lt;b&gt;Échap&lt;/b&gt; l’efface.</translation>
        </message>
        <message>
            <source>In an emergency, contact your local emergency number or go to the nearest health facility now.</source>
            <translation>En cas d’urgence, appelez le numéro d’urgence local ou rendez-vous immédiatement dans l’établissement de santé le plus proche.</translation>
        </message>
    </context>
    <context>
        <name>WhatsNewDialog</name>
        <message>
            <source>What's new</source>
            <translation>Nouveautés</translation>
        </message>
        <message>
            <source>Content of %1</source>
            <translation>Contenu du %1</translation>
        </message>
        <message>
            <source>What's new in %1</source>
            <translation>Nouveautés du %1</translation>
        </message>
        <message>
            <source>New questions</source>
            <translation>Nouvelles questions</translation>
        </message>
        <message>
            <source>Changed answers</source>
            <translation>Réponses modifiées</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retirées</translation>
        </message>
        <message>
            <source>Nothing changed since the previous version.</source>
            <translation>Rien n’a changé depuis la version précédente.</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Aller</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Ouvrir le dossier du &amp;journal</translation>
        </message>
        <message>
            <source>&amp;About healthref</source>
            <translation>À &amp;propos de healthref</translation>
        </message>
        <message>
            <source>&amp;Find in answer…</source>
            <translation>Rechercher dans la &amp;réponse…</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>Occurrence &amp;suivante</translation>
        </message>
        <message>
            <source>Find &amp;previous</source>
            <translation>Occurrence &amp;précédente</translation>
        </message>
        <message>
            <source>Problems are logged in %1</source>
            <translation>Les problèmes sont consignés dans %1</translation>
        </message>
        <message numerus="yes">
            <source>healthref %1 — an offline health reference.
Content version %2, %n article(s).
For information only; not a substitute for a health worker.</source>
            <translation>
                <numerusform>healthref %1 — une référence santé hors ligne.
Version du contenu %2, %n article.
À titre d’information uniquement ; ne remplace pas un agent de santé.</numerusform>
                <numerusform>healthref %1 — une référence santé hors ligne.
Version du contenu %2, %n articles.
À titre d’information uniquement ; ne remplace pas un agent de santé.</numerusform>
            </translation>
        </message>
        <message>
            <source>This translation has not yet been reviewed by a native speaker. If a word is wrong or unclear, please tell us with Report a problem.</source>
            <translation>Cette traduction n’a pas encore été relue par un locuteur natif. Si un mot est faux ou peu clair, dites-le-nous avec « Signaler un problème ».</translation>
        </message>
        <message>
            <source>About healthref</source>
            <translation>À propos de healthref</translation>
        </message>
    </context>
    <context>
        <name>Withdrawn</name>
        <message>
            <source>This answer was withdrawn</source>
            <translation>Cette réponse a été retirée</translation>
        </message>
        <message>
            <source>Search for the question again, or ask a health worker.</source>
            <translation>Cherchez de nouveau la question, ou demandez à un agent de santé.</translation>
        </message>
    </context>
</TS>
