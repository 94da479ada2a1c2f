<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Rapport::AddContactCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>Rapport::AddFollowUpCommand</name>
    <message>
        <source>Add follow-up “%1”</source>
        <translation>Ajouter le suivi «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Rapport::AddMeetingCommand</name>
    <message>
        <source>Schedule with %1 (%2)</source>
        <translation>Planifier avec %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Rapport::AddQuestionCommand</name>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
</context>
<context>
    <name>Rapport::AddTemplateCommand</name>
    <message>
        <source>Add template “%1”</source>
        <translation>Ajouter le modèle «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Rapport::ArchiveHistory</name>
    <message>
        <source>messages.csv: no Profile.csv and no message in SENT say who you are, so the messages were left out</source>
        <translation>messages.csv&#xa0;: ni Profile.csv ni aucun message dans SENT ne disent qui vous êtes, les messages ont donc été laissés de côté</translation>
    </message>
</context>
<context>
    <name>Rapport::ArchiveImport</name>
    <message>
        <source>cannot be read</source>
        <translation>ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1 holds no Connections.csv: ask LinkedIn for the archive with your connections.</source>
        <translation>%1 ne contient pas de Connections.csv&#xa0;: demandez à LinkedIn l&apos;archive avec vos relations.</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Created %1, updated %2, unchanged %3, skipped %4.</source>
        <translation>Créés&#xa0;: %1, mis à jour&#xa0;: %2, inchangés&#xa0;: %3, ignorés&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Messages and invitations: %1 read, from %2 to %3.</source>
        <translation>Messages et invitations&#xa0;: %1 lus, du %2 au %3.</translation>
    </message>
    <message>
        <source>Logged %1 new messages and %2 new invitations; %3 were already logged.</source>
        <translation>%1 nouveaux messages et %2 nouvelles invitations enregistrés&#xa0;; %3 l&apos;étaient déjà.</translation>
    </message>
    <message>
        <source>Left out %1 drafts and %2 messages in spam.</source>
        <translation>Laissés de côté&#xa0;: %1 brouillons et %2 messages indésirables.</translation>
    </message>
    <message>
        <source>Added at Reached out, as you wrote to them and they are not among your connections: %1.</source>
        <translation>Ajoutés à «&#xa0;Contacté&#xa0;», car vous leur avez écrit et ils ne sont pas parmi vos relations&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Moved on by their history: %1 to Reached out, %2 to Replied.</source>
        <translation>Avancés par leur historique&#xa0;: %1 à «&#xa0;Contacté&#xa0;», %2 à «&#xa0;A répondu&#xa0;».</translation>
    </message>
    <message>
        <source>Not added, as they only wrote to you (%1): %2</source>
        <translation>Non ajoutés, car ils vous ont seulement écrit (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Fields of My Profile filled in from Profile.csv (they were empty): %1.</source>
        <translation>Champs de Mon profil remplis depuis Profile.csv (ils étaient vides)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Positions and schools added to your history: %1.</source>
        <translation>Postes et écoles ajoutés à votre parcours&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not read (Rapport has no use for them): %1</source>
        <translation>Non lus (Rapport n&apos;en a pas l&apos;usage)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Rapport::ArchiveImportDialog</name>
    <message>
        <source>Import LinkedIn Archive</source>
        <translation>Importer une archive LinkedIn</translation>
    </message>
    <message>
        <source>The messages&apos; text</source>
        <translation>Le texte des messages</translation>
    </message>
    <message>
        <source>&amp;Keep it: it stays in this network&apos;s file, on this computer</source>
        <translation>&amp;Conserver le texte&#xa0;: il reste dans le fichier de ce réseau, sur cet ordinateur</translation>
    </message>
    <message>
        <source>Keep &amp;dates and directions only</source>
        <translation>Ne garder que les &amp;dates et les sens des échanges</translation>
    </message>
    <message>
        <source>People who only wrote to you are not added (recruiters, say):</source>
        <translation>Les personnes qui vous ont seulement écrit ne sont pas ajoutées (des recruteurs, par exemple)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ne peut pas être importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a LinkedIn archive. Nothing has been written yet.</source>
        <translation>%1 est une archive LinkedIn. Rien n&apos;a encore été écrit.</translation>
    </message>
    <message>
        <source>Connections: %1 (new to this network: %2).</source>
        <translation>Relations&#xa0;: %1 (nouvelles dans ce réseau&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Messages and invitations: %1, from %2 to %3.</source>
        <translation>Messages et invitations&#xa0;: %1, du %2 au %3.</translation>
    </message>
    <message>
        <source>No messages or invitations: the archive holds none, or no one Rapport knows wrote them.</source>
        <translation>Aucun message ni invitation&#xa0;: l&apos;archive n&apos;en contient pas, ou aucun ne concerne une personne que Rapport connaît.</translation>
    </message>
    <message>
        <source>People you wrote to who are not among your connections, to be added at Reached out: %1.</source>
        <translation>Personnes à qui vous avez écrit et qui ne sont pas parmi vos relations, à ajouter à l&apos;étape Contacté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Contacts their history moves on: %1 to Reached out, %2 to Replied.</source>
        <translation>Contacts que leur historique fait avancer&#xa0;: %1 à Contacté, %2 à A répondu.</translation>
    </message>
    <message>
        <source>Files Rapport does not read: %1</source>
        <translation>Fichiers que Rapport ne lit pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>L&apos;importation a été annulée. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported %1. Edit ▸ Undo takes all of it back.</source>
        <translation>%1 importé. Édition ▸ Annuler retire tout.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and leaves your network as it was.</source>
        <translation>Importation… Annuler l&apos;arrête et laisse votre réseau tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling… the network is left as it was.</source>
        <translation>Annulation… le réseau reste tel qu’il était.</translation>
    </message>
</context>
<context>
    <name>Rapport::ArchiveTables</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file has no %1 column.</source>
        <translation>Le fichier n&apos;a pas de colonne %1.</translation>
    </message>
    <message>
        <source>DATE &quot;%1&quot; is not a date; the message is left out.</source>
        <translation>DATE «&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; le message est ignoré.</translation>
    </message>
    <message>
        <source>Direction &quot;%1&quot; is neither INCOMING nor OUTGOING; the invitation is left out.</source>
        <translation>Direction «&#xa0;%1&#xa0;» n&apos;est ni INCOMING ni OUTGOING&#xa0;; l&apos;invitation est ignorée.</translation>
    </message>
    <message>
        <source>Sent At &quot;%1&quot; is not a date; the invitation is left out.</source>
        <translation>Sent At «&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; l&apos;invitation est ignorée.</translation>
    </message>
    <message numerus="yes">
        <source>The row has more values than the header (%n extra); it is read without them.</source>
        <translation>
            <numerusform>La ligne a plus de valeurs que l&apos;en-tête (%n en trop)&#xa0;; elle est lue sans elles.</numerusform>
            <numerusform>La ligne a plus de valeurs que l&apos;en-tête (%n en trop)&#xa0;; elle est lue sans elles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapport::BackupListModel</name>
    <message>
        <source>Daily copy</source>
        <translation>Copie quotidienne</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Remplacé par une restauration</translation>
    </message>
    <message>
        <source>Before a repair</source>
        <translation>Avant une réparation</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Aucune copie pour l&apos;instant</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>Rapport::BackupMerge</name>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Graph positions</source>
        <translation>Positions dans le graphe</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 deleted, %5 left alone</source>
        <translation>%1&#xa0;: %2 ajoutés, %3 mis à jour, %4 supprimés, %5 laissés tels quels</translation>
    </message>
    <message>
        <source>Changed in both copies: %1</source>
        <translation>Modifié dans les deux copies&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1.%2: refers to %3, which was not restored</source>
        <translation>%1.%2&#xa0;: renvoie à %3, qui n&apos;a pas été restauré</translation>
    </message>
    <message>
        <source>%1.%2, kept &quot;%3&quot;</source>
        <translation>%1.%2, «&#xa0;%3&#xa0;» conservé</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1.%2, kept the list of %3</source>
        <translation>%1.%2, liste de %3 conservée</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>la sauvegarde</translation>
    </message>
    <message>
        <source>this network</source>
        <translation>ce réseau</translation>
    </message>
    <message>
        <source>%1 (from the backup) may be %2, already here: the same profile or e-mail. Both are kept.</source>
        <translation>%1 (de la sauvegarde) est peut-être %2, déjà présent ici&#xa0;: même profil ou même e-mail. Les deux sont conservés.</translation>
    </message>
    <message>
        <source>the same profile or e-mail</source>
        <translation>même profil ou même e-mail</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>My history</source>
        <translation>Mon parcours</translation>
    </message>
</context>
<context>
    <name>Rapport::BackupRestore</name>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false ou null</translation>
    </message>
    <message>
        <source>text or null</source>
        <translation>du texte ou null</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1&#xa0;: %2 attendu</translation>
    </message>
    <message>
        <source>%1: unknown value &quot;%2&quot;</source>
        <translation>%1&#xa0;: valeur inconnue «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: refers to %2, which neither the file nor the network holds</source>
        <translation>%1&#xa0;: renvoie à %2, qui n&apos;est ni dans le fichier ni dans le réseau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>%1: is not an object</source>
        <translation>%1&#xa0;: n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>%1: is not a list</source>
        <translation>%1&#xa0;: n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>%1: %2 is out of range</source>
        <translation>%1&#xa0;: %2 est hors limites</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a UUID</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>%1: is empty</source>
        <translation>%1&#xa0;: est vide</translation>
    </message>
    <message>
        <source>%1.changed.%2: &quot;%3&quot; is not a time in UTC as Rapport writes it (2026-01-31T09:30:00.000Z)</source>
        <translation>%1.changed.%2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas une heure UTC telle que Rapport l&apos;écrit (2026-01-31T09:30:00.000Z)</translation>
    </message>
    <message>
        <source>%1: needs a known &quot;list&quot;, a &quot;key&quot; and a &quot;deletedAt&quot; time</source>
        <translation>%1&#xa0;: il faut une «&#xa0;list&#xa0;» connue, une «&#xa0;key&#xa0;» et une heure «&#xa0;deletedAt&#xa0;»</translation>
    </message>
    <message>
        <source>%1.%2: expected a list of field names</source>
        <translation>%1.%2&#xa0;: une liste de noms de champs est attendue</translation>
    </message>
</context>
<context>
    <name>Rapport::Backups</name>
    <message>
        <source>%1: cannot create the backup folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier des copies de sauvegarde</translation>
    </message>
    <message>
        <source>restoring needs Qt&apos;s SQLite driver to use the system SQLite library</source>
        <translation>la restauration exige que le pilote SQLite de Qt utilise la bibliothèque SQLite du système</translation>
    </message>
    <message>
        <source>%1: cannot open the backup</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir la copie de sauvegarde</translation>
    </message>
    <message>
        <source>%1: not a backup of a Rapport network this version can read</source>
        <translation>%1&#xa0;: ce n&apos;est pas une copie d&apos;un réseau Rapport que cette version peut lire</translation>
    </message>
    <message>
        <source>the backup could not be restored: %1</source>
        <translation>la copie de sauvegarde n&apos;a pas pu être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 could not be moved aside.</source>
        <translation>%1 n&apos;a pas pu être mis de côté.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation>La copie de sauvegarde n&apos;a pas pu être copiée vers %1.</translation>
    </message>
</context>
<context>
    <name>Rapport::CommandLine</name>
    <message>
        <source>%1: added %2 contacts, %3 referral links, %4 meetings and %5 follow-ups.</source>
        <translation>%1&#xa0;: %2 contacts, %3 liens de recommandation, %4 rencontres et %5 suivis ajoutés.</translation>
    </message>
    <message>
        <source>No contacts match &apos;%1&apos;.</source>
        <translation>Aucun contact ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The network has no contacts yet.</source>
        <translation>Le réseau ne contient encore aucun contact.</translation>
    </message>
    <message>
        <source>export: unknown format &apos;%1&apos; (use json, csv, vcard or ics)</source>
        <translation>export&#xa0;: format inconnu «&#xa0;%1&#xa0;» (utilisez json, csv, vcard ou ics)</translation>
    </message>
    <message>
        <source>export: --vcard-version applies to --format vcard only</source>
        <translation>export&#xa0;: --vcard-version ne s&apos;applique qu&apos;à --format vcard</translation>
    </message>
    <message>
        <source>export: --vcard-version must be 3 or 4, not &apos;%1&apos;</source>
        <translation>export&#xa0;: --vcard-version doit valoir 3 ou 4, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>import: --on-duplicate must be skip, update or create, not &apos;%1&apos;</source>
        <translation>import&#xa0;: --on-duplicate doit valoir skip, update ou create, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2, %3, 1 row.</source>
        <translation>%1&#xa0;: %2, %3, 1 ligne.</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 rows.</source>
        <translation>%1&#xa0;: %2, %3, %4 lignes.</translation>
    </message>
    <message>
        <source>Created %1, updated %2, unchanged %3, skipped %4.</source>
        <translation>Créés&#xa0;: %1, mis à jour&#xa0;: %2, inchangés&#xa0;: %3, ignorés&#xa0;: %4.</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n referral(s).</source>
        <translation>
            <numerusform>%n recommandation liée.</numerusform>
            <numerusform>%n recommandations liées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No single contact matches these referrers: %1</source>
        <translation>Aucun contact unique ne correspond à ces auteurs de recommandation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Fill an empty network with the demo network.</source>
        <translation>Remplir un réseau vide avec le réseau de démonstration.</translation>
    </message>
    <message>
        <source>List contacts, optionally matching --search TEXT.</source>
        <translation>Lister les contacts, éventuellement ceux qui correspondent à --search TEXT.</translation>
    </message>
    <message>
        <source>Export the network (--format json, csv, vcard or ics) to stdout or -o FILE.</source>
        <translation>Exporter le réseau (--format json, csv, vcard ou ics) vers la sortie standard ou -o FILE.</translation>
    </message>
    <message>
        <source>Draw the referral graph to -o FILE.svg or FILE.png (--layout layered or force).</source>
        <translation>Dessiner le graphe des recommandations dans -o FILE.svg ou FILE.png (--layout layered ou force).</translation>
    </message>
    <message>
        <source>Print the shortest chain of introductions --to NAME or --to-org ORGANIZATION.</source>
        <translation>Afficher la plus courte chaîne de mises en relation jusqu&apos;à --to NAME ou --to-org ORGANIZATION.</translation>
    </message>
    <message>
        <source>Write an interview prep sheet for --contact NAME or --meeting ID to -o FILE.pdf or FILE.html.</source>
        <translation>Écrire une fiche de préparation d&apos;entrevue pour --contact NAME ou --meeting ID dans -o FILE.pdf ou FILE.html.</translation>
    </message>
    <message>
        <source>Rapport builds a professional network through informational interviews. Without a command, it opens the window.</source>
        <translation>Rapport vous aide à bâtir un réseau professionnel grâce aux entrevues d&apos;information. Sans commande, il ouvre la fenêtre.</translation>
    </message>
    <message>
        <source>Use the network file PATH.</source>
        <translation>Utiliser le fichier de réseau PATH.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Open the window on a temporary copy of the demo network.</source>
        <translation>Ouvrir la fenêtre sur une copie temporaire du réseau de démonstration.</translation>
    </message>
    <message>
        <source>list: only contacts matching TEXT.</source>
        <translation>list&#xa0;: seulement les contacts qui correspondent à TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>import: what to do with a known contact: skip, update (default) or create.</source>
        <translation>import&#xa0;: que faire d&apos;un contact déjà connu&#xa0;: skip, update (par défaut) ou create.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>export: vCard version 4 (default) or 3.</source>
        <translation>export&#xa0;: vCard version 4 (par défaut) ou 3.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>import: check the file and report, writing nothing.</source>
        <translation>import&#xa0;: vérifier le fichier et faire un rapport, sans rien écrire.</translation>
    </message>
    <message>
        <source>export: write to FILE instead of stdout; graph, prep-sheet: the file to write.</source>
        <translation>export&#xa0;: écrire dans FILE au lieu de la sortie standard&#xa0;; graph, prep-sheet&#xa0;: le fichier à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>graph: layered (default) or force.</source>
        <translation>graph&#xa0;: layered (par défaut) ou force.</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <source>path: the contact to reach.</source>
        <translation>path&#xa0;: le contact à joindre.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>prep-sheet: the contact (their next planned meeting, if any).</source>
        <translation>prep-sheet&#xa0;: le contact (sa prochaine rencontre prévue, s&apos;il y en a une).</translation>
    </message>
    <message>
        <source>prep-sheet: the meeting, by its number.</source>
        <translation>prep-sheet&#xa0;: la rencontre, par son numéro.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>path: reach anyone at this organisation.</source>
        <translation>path&#xa0;: joindre n&apos;importe qui dans cette organisation.</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANIZATION</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>L&apos;une des commandes ci-dessous.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[commande]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Without --database, commands and the window use %1.</source>
        <translation>Sans --database, les commandes et la fenêtre utilisent %1.</translation>
    </message>
    <message>
        <source>Exit status is 0 on success and 1 on any error, with the reason on stderr.</source>
        <translation>Le code de sortie est 0 en cas de succès et 1 en cas d&apos;erreur, avec la raison sur stderr.</translation>
    </message>
    <message>
        <source>Try &apos;rapport --help&apos; for the commands and options.</source>
        <translation>Essayez «&#xa0;rapport --help&#xa0;» pour connaître les commandes et les options.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1&#xa0;: argument inattendu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: which file? (rapport import FILE)</source>
        <translation>%1&#xa0;: quel fichier&#xa0;? (rapport import FILE)</translation>
    </message>
    <message>
        <source>%1: the option --%2 does not apply here</source>
        <translation>%1&#xa0;: l&apos;option --%2 ne s&apos;applique pas ici</translation>
    </message>
    <message>
        <source>the option --%1 needs a command</source>
        <translation>l&apos;option --%1 nécessite une commande</translation>
    </message>
    <message>
        <source>--demo and --database cannot be used together</source>
        <translation>--demo et --database ne peuvent pas être utilisées ensemble</translation>
    </message>
    <message>
        <source>rapport: no contact is called &quot;%1&quot;</source>
        <translation>rapport&#xa0;: aucun contact ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>rapport: &quot;%1&quot; is ambiguous; %2 contacts match:</source>
        <translation>rapport&#xa0;: «&#xa0;%1&#xa0;» est ambigu&#xa0;; %2 contacts correspondent&#xa0;:</translation>
    </message>
    <message>
        <source>Give the full name with --to.</source>
        <translation>Indiquez le nom complet avec --to.</translation>
    </message>
    <message>
        <source>rapport: nobody in the network works at &quot;%1&quot;</source>
        <translation>rapport&#xa0;: personne dans le réseau ne travaille chez «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>rapport: &quot;%1&quot; is ambiguous; %2 organisations match:</source>
        <translation>rapport&#xa0;: «&#xa0;%1&#xa0;» est ambigu&#xa0;; %2 organisations correspondent&#xa0;:</translation>
    </message>
    <message>
        <source>Give the full name with --to-org.</source>
        <translation>Indiquez le nom complet avec --to-org.</translation>
    </message>
    <message>
        <source>rapport: graph: give the picture to write with -o FILE.svg or -o FILE.png</source>
        <translation>rapport&#xa0;: graph&#xa0;: indiquez l&apos;image à écrire avec -o FILE.svg ou -o FILE.png</translation>
    </message>
    <message>
        <source>rapport: graph: unknown layout &apos;%1&apos; (use layered or force)</source>
        <translation>rapport&#xa0;: graph&#xa0;: disposition inconnue «&#xa0;%1&#xa0;» (utilisez layered ou force)</translation>
    </message>
    <message>
        <source>Wrote %1: %2 people and %3 links.</source>
        <translation>%1 écrit&#xa0;: %2 personnes et %3 liens.</translation>
    </message>
    <message>
        <source>rapport: path: say whom to reach with either --to NAME or --to-org ORGANIZATION</source>
        <translation>rapport&#xa0;: path&#xa0;: indiquez qui joindre avec --to NAME ou --to-org ORGANIZATION</translation>
    </message>
    <message>
        <source>rapport: no chain of introductions leads from you to %1</source>
        <translation>rapport&#xa0;: aucune chaîne de mises en relation ne mène de vous à %1</translation>
    </message>
    <message>
        <source>Give the full name with --contact.</source>
        <translation>Indiquez le nom complet avec --contact.</translation>
    </message>
    <message>
        <source>rapport: prep-sheet: give the file to write with -o FILE.pdf or -o FILE.html</source>
        <translation>rapport&#xa0;: prep-sheet&#xa0;: indiquez le fichier à écrire avec -o FILE.pdf ou -o FILE.html</translation>
    </message>
    <message>
        <source>rapport: prep-sheet: say whom it is for with either --contact NAME or --meeting ID</source>
        <translation>rapport&#xa0;: prep-sheet&#xa0;: indiquez pour qui elle est avec --contact NAME ou --meeting ID</translation>
    </message>
    <message>
        <source>rapport: there is no meeting %1</source>
        <translation>rapport&#xa0;: il n&apos;y a pas de rencontre %1</translation>
    </message>
    <message>
        <source>Wrote the prep sheet for %1 to %2.</source>
        <translation>Fiche de préparation pour %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>there is no display to open the window on; the commands work without one (see rapport --help)</source>
        <translation>il n&apos;y a pas d&apos;écran où ouvrir la fenêtre&#xa0;; les commandes fonctionnent sans écran (voir rapport --help)</translation>
    </message>
    <message numerus="yes">
        <source>%n more not drawn.</source>
        <translation>
            <numerusform>%n autre non dessiné.</numerusform>
            <numerusform>%n autres non dessinés.</numerusform>
        </translation>
    </message>
    <message>
        <source>rapport: graph: %1: the picture can be .svg or .png</source>
        <translation>rapport&#xa0;: graph&#xa0;: %1&#xa0;: l&apos;image peut être en .svg ou en .png</translation>
    </message>
    <message>
        <source>rapport: prep-sheet: %1: the sheet can be written as .pdf or .html</source>
        <translation>rapport&#xa0;: prep-sheet&#xa0;: %1&#xa0;: la fiche peut être écrite en .pdf ou en .html</translation>
    </message>
    <message>
        <source>Kept what you typed where the file differs:</source>
        <translation>Ce que vous avez saisi est conservé là où le fichier diffère&#xa0;:</translation>
    </message>
    <message>
        <source>import: --strict and --skip-invalid ask for opposite things; give one</source>
        <translation>import&#xa0;: --strict et --skip-invalid demandent le contraire l’un de l’autre&#xa0;; donnez-en un seul</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) of LinkedIn members who hide their details.</source>
        <translation>
            <numerusform>%n ligne de membre LinkedIn qui masque ses coordonnées a été ignorée.</numerusform>
            <numerusform>%n lignes de membres LinkedIn qui masquent leurs coordonnées ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) with problems, listed on stderr.</source>
        <translation>
            <numerusform>%n ligne avec un problème a été ignorée (voir stderr).</numerusform>
            <numerusform>%n lignes avec des problèmes ont été ignorées (voir stderr).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n value(s) empty that could not be read; their text is in the notes, and each is listed on stderr.</source>
        <translation>
            <numerusform>%n valeur illisible laissée vide&#xa0;; son texte est dans les notes, et elle est listée sur stderr.</numerusform>
            <numerusform>%n valeurs illisibles laissées vides&#xa0;; leur texte est dans les notes, et chacune est listée sur stderr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept in the notes, as no field holds them: %1</source>
        <translation>Conservées dans les notes, faute de champ pour elles&#xa0;: %1</translation>
    </message>
    <message>
        <source>import: import the good rows and list the rows skipped (the default for CSV and vCard).</source>
        <translation>import&#xa0;: importer les bonnes lignes et lister celles qui sont ignorées (par défaut pour CSV et vCard).</translation>
    </message>
    <message>
        <source>import: refuse the whole file if any row or value has a problem (for scripts).</source>
        <translation>import&#xa0;: refuser tout le fichier si une ligne ou une valeur pose problème (pour les scripts).</translation>
    </message>
    <message numerus="yes">
        <source>Left %n contact(s) you already have alone (--on-duplicate skip).</source>
        <translation>
            <numerusform>%n contact que vous avez déjà a été laissé tel quel (--on-duplicate skip).</numerusform>
            <numerusform>%n contacts que vous avez déjà ont été laissés tels quels (--on-duplicate skip).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: LinkedIn archive, %2 connections.</source>
        <translation>%1&#xa0;: archive LinkedIn, %2 relations.</translation>
    </message>
    <message>
        <source>import: --messages must be text or metadata, not &apos;%1&apos;</source>
        <translation>import&#xa0;: --messages doit valoir text ou metadata, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>import: --strict and --skip-invalid apply to contacts files; a LinkedIn archive imports what it can read and lists the rest</source>
        <translation>import&#xa0;: --strict et --skip-invalid s&apos;appliquent aux fichiers de contacts&#xa0;; une archive LinkedIn importe ce qu&apos;elle peut lire et liste le reste</translation>
    </message>
    <message>
        <source>Import FILE: LinkedIn, Google or Outlook CSV, vCard, CSV with a header row, a JSON backup, or LinkedIn&apos;s whole data archive (its ZIP or folder).</source>
        <translation>Importer FICHIER&#xa0;: CSV LinkedIn, Google ou Outlook, vCard, CSV avec une ligne d&apos;en-tête, une sauvegarde JSON, ou toute l&apos;archive de données LinkedIn (son ZIP ou son dossier).</translation>
    </message>
    <message>
        <source>import: auto, linkedin, google, outlook, vcard, csv, json or linkedin-archive (default auto); export: the format to write (default json).</source>
        <translation>import&#xa0;: auto, linkedin, google, outlook, vcard, csv, json ou linkedin-archive (auto par défaut)&#xa0;; export&#xa0;: le format à écrire (json par défaut).</translation>
    </message>
    <message>
        <source>import: from a LinkedIn archive, keep the message text (text, the default) or only the dates and directions (metadata).</source>
        <translation>import&#xa0;: d&apos;une archive LinkedIn, garder le texte des messages (text, par défaut) ou seulement les dates et les sens (metadata).</translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation>GARDER</translation>
    </message>
    <message>
        <source>import: --messages applies to a LinkedIn archive (a ZIP or a folder) only</source>
        <translation>import&#xa0;: --messages ne s&apos;applique qu&apos;à une archive LinkedIn (un ZIP ou un dossier)</translation>
    </message>
    <message>
        <source>import: unknown format &apos;%1&apos; (use auto, linkedin, google, outlook, vcard, csv, json or linkedin-archive)</source>
        <translation>import&#xa0;: format «&#xa0;%1&#xa0;» inconnu (utilisez auto, linkedin, google, outlook, vcard, csv, json ou linkedin-archive)</translation>
    </message>
    <message>
        <source>Print what to do today: overdue, due today, thank-yous, meetings, the week, replies awaited, going cold (--json for scripts).</source>
        <translation>Afficher ce qu&apos;il y a à faire aujourd&apos;hui&#xa0;: en retard, pour aujourd&apos;hui, remerciements, rencontres, la semaine, réponses attendues, contacts qui refroidissent (--json pour les scripts).</translation>
    </message>
    <message>
        <source>list, today: print JSON instead of text.</source>
        <translation>list, today&#xa0;: afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing to do today.</source>
        <translation>Rien à faire aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>Rapport::Contact</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactActivity</name>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Plan an informational interview and open its notes</source>
        <translation>Planifier une entrevue d&apos;information et ouvrir ses notes</translation>
    </message>
    <message>
        <source>Record an e-mail, call or chat that just happened; it resets the check-in clock</source>
        <translation>Consigner un e-mail, un appel ou une discussion qui vient d&apos;avoir lieu&#xa0;; cela remet à zéro le délai de relance</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>Rédi&amp;ger…</translation>
    </message>
    <message>
        <source>A message from your templates: a request, a thank-you or a check-in</source>
        <translation>Un message tiré de vos modèles&#xa0;: une demande, un remerciement ou une prise de nouvelles</translation>
    </message>
    <message>
        <source>Follow-ups: tick one when done</source>
        <translation>Suivis&#xa0;: cochez-en un une fois fait</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected meeting (Undo brings it back)</source>
        <translation>Supprimer la rencontre sélectionnée (Annuler la rétablit)</translation>
    </message>
    <message>
        <source>Remove the selected follow-up (Undo brings it back)</source>
        <translation>Supprimer le suivi sélectionné (Annuler le rétablit)</translation>
    </message>
    <message>
        <source>Prep sheet for the next planned meeting (or for the person alone)</source>
        <translation>Fiche de préparation pour la prochaine rencontre prévue (ou pour la personne seule)</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Aucune rencontre pour l&apos;instant</translation>
    </message>
    <message>
        <source>Last contact %1; check in by %2.</source>
        <translation>Dernier contact le %1&#xa0;; prendre des nouvelles d&apos;ici le %2.</translation>
    </message>
    <message>
        <source>No meeting held yet.</source>
        <translation>Aucune rencontre tenue pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Add Follow-up</source>
        <translation>Ajouter un suivi</translation>
    </message>
    <message>
        <source>e.g. Send the article we talked about</source>
        <translation>p. ex. Envoyer l&apos;article dont nous avons parlé</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>Sched&amp;ule…</source>
        <translation>Planifier…</translation>
    </message>
    <message>
        <source>Log…</source>
        <translation>Consigner…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Suivi…</translation>
    </message>
    <message>
        <source>Prep…</source>
        <translation>Préparer…</translation>
    </message>
    <message>
        <source>Follow-ups (tick one when done):</source>
        <translation>S&amp;uivis (cochez-en un une fois fait)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactChoiceDialog</name>
    <message>
        <source>Type a name</source>
        <translation>Saisissez un nom</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Avec&#xa0;:</translation>
    </message>
    <message>
        <source>Type the name of someone in your network.</source>
        <translation>Saisissez le nom d&apos;une personne de votre réseau.</translation>
    </message>
    <message>
        <source>Nobody in your network is called “%1”.</source>
        <translation>Personne dans votre réseau ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 people fit “%2”: type more of the name, or pick one from the list.</source>
        <translation>%1 personnes correspondent à «&#xa0;%2&#xa0;»&#xa0;: saisissez davantage du nom, ou choisissez-en une dans la liste.</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactEditor</name>
    <message>
        <source>Select a contact to see and edit their details,
or press Ctrl+N to add one.</source>
        <translation>Sélectionnez un contact pour voir et modifier ses coordonnées,
ou appuyez sur Ctrl+N pour en ajouter un.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Company, lab or agency</source>
        <translation>Entreprise, laboratoire ou organisme</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>City, region</source>
        <translation>Ville, région</translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/…</source>
        <translation>https://www.linkedin.com/in/…</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. policy, mentor</source>
        <translation>Séparées par des virgules, p. ex. politiques, mentor</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Ajouter un e-mail</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source> of 5</source>
        <translation> sur 5</translation>
    </message>
    <message>
        <source>How strong the relationship is: 0 = never spoken, 5 = close ally</source>
        <translation>Force de la relation&#xa0;: 0 = jamais échangé, 5 = allié très proche</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>How you met, what they care about, what to remember…</source>
        <translation>Comment vous vous êtes rencontrés, ce qui compte pour cette personne, ce qu&apos;il faut retenir…</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Po&amp;ste&#xa0;:</translation>
    </message>
    <message>
        <source>E-&amp;mails:</source>
        <translation>E-mails&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>Télép&amp;hones&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;LinkedIn:</source>
        <translation>Lin&amp;kedIn&#xa0;:</translation>
    </message>
    <message>
        <source>Locat&amp;ion:</source>
        <translation>L&amp;ieu&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;rength:</source>
        <translation>Force &amp;du lien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connected on:</source>
        <translation>Relation éta&amp;blie le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep warm: how long after your last contact to check in again</source>
        <translation>Garder le contact&#xa0;: délai après votre dernier contact avant de reprendre des nouvelles</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Rencontres&#xa0;:</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Relations&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter le contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Fill in what you know, then press Enter or click Add contact.</source>
        <translation>Remplissez ce que vous savez, puis appuyez sur Entrée ou cliquez sur Ajouter le contact.</translation>
    </message>
    <message>
        <source> at </source>
        <translation> chez </translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>No&amp;m de famille&#xa0;:</translation>
    </message>
    <message>
        <source>Referre&amp;d by:</source>
        <translation>Recommandé par&#xa0;:</translation>
    </message>
    <message>
        <source>Chec&amp;k in every:</source>
        <translation>Re&amp;lancer tous les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Give the contact a name or an organisation first.</source>
        <translation>Donnez d&apos;abord un nom ou une organisation au contact.</translation>
    </message>
    <message>
        <source>The day you connected with this person on LinkedIn (a LinkedIn import fills it in). With their LinkedIn profile, it means you are connected already, so no LinkedIn invitation is proposed after a meeting</source>
        <translation>Le jour où vous vous êtes connecté à cette personne sur LinkedIn (un import LinkedIn le remplit). Avec son profil LinkedIn, il signifie que vous êtes déjà connectés&#xa0;: aucune invitation LinkedIn n&apos;est proposée après une rencontre</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactFilterBar</name>
    <message>
        <source>Search names, organizations, e-mails, tags, notes (Ctrl+F)</source>
        <translation>Rechercher dans les noms, organisations, e-mails, étiquettes et notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Filtrer par étape</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactImporter</name>
    <message>
        <source>the file could not be read</source>
        <translation>le fichier n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>1 row has a problem; nothing was imported</source>
        <translation>1 ligne pose problème&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1 rows have problems; nothing was imported</source>
        <translation>%1 lignes posent problème&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>no contacts to import</source>
        <translation>aucun contact à importer</translation>
    </message>
    <message>
        <source>the file changed or could not be read again while it was imported; nothing was imported</source>
        <translation>le fichier a changé ou n&apos;a pas pu être relu pendant l&apos;importation&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the network could not be written: %1</source>
        <translation>le réseau n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>no backup could be taken before the import, so nothing was imported: %1</source>
        <translation>aucune copie de sauvegarde n&apos;a pu être faite avant l&apos;importation, donc rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: yours &quot;%2&quot;, the file&apos;s &quot;%3&quot;: kept yours</source>
        <translation>%1&#xa0;: le tien «&#xa0;%2&#xa0;», celui du fichier «&#xa0;%3&#xa0;»&#xa0;: le tien est conservé</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>connected on</source>
        <translation>en contact depuis</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (left empty; the text is kept in the notes)</source>
        <translation>%1 (laissé vide&#xa0;; le texte est conservé dans les notes)</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (ignorée)</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>e-mails</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>téléphones</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>%1:%2: %3 has the name of %4, a contact already here or earlier in the file, but other e-mails or phones: added as someone else, for you to merge if they are the same person.</source>
        <translation>%1:%2&#xa0;: %3 porte le nom de %4, un contact déjà présent ou plus haut dans le fichier, mais avec d’autres e-mails ou téléphones&#xa0;: ajouté comme une autre personne&#xa0;; à vous de les fusionner s’il s’agit de la même.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read; nothing was imported</source>
        <translation>
            <numerusform>%n ligne n’a pas pu être lue&#xa0;; rien n’a été importé</numerusform>
            <numerusform>%n lignes n’ont pas pu être lues&#xa0;; rien n’a été importé</numerusform>
        </translation>
    </message>
    <message>
        <source>other e-mails or phones</source>
        <translation>autres e-mails ou téléphones</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactLinksEditor</name>
    <message>
        <source>Connections</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Referred &amp;By…</source>
        <translation>&amp;Recommandation de…</translation>
    </message>
    <message>
        <source>Record who referred you to this person</source>
        <translation>Indiquer qui vous a recommandé cette personne</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Referred You To…</source>
        <translation>Vous a recommandé…</translation>
    </message>
    <message>
        <source>Knows…</source>
        <translation>Connaît…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add referral of %1</source>
        <translation>Ajouter qui a recommandé %1</translation>
    </message>
    <message>
        <source>Add referral by %1</source>
        <translation>Ajouter une recommandation de %1</translation>
    </message>
    <message>
        <source>Add link of %1</source>
        <translation>Ajouter un lien de %1</translation>
    </message>
    <message>
        <source>Edit link of %1</source>
        <translation>Modifier un lien de %1</translation>
    </message>
    <message>
        <source>Remove link of %1</source>
        <translation>Supprimer un lien de %1</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactLinksModel</name>
    <message>
        <source>(removed)</source>
        <translation>(contact supprimé)</translation>
    </message>
    <message>
        <source>Knows %1</source>
        <translation>Connaît %1</translation>
    </message>
    <message>
        <source>Knows %1 (%2)</source>
        <translation>Connaît %1 (%2)</translation>
    </message>
    <message>
        <source>You found them yourself</source>
        <translation>Vous avez trouvé cette personne vous-même</translation>
    </message>
    <message>
        <source>Referred by %1</source>
        <translation>Recommandation de %1</translation>
    </message>
    <message>
        <source>Referred you to %1</source>
        <translation>Vous a recommandé %1</translation>
    </message>
    <message>
        <source>may use name</source>
        <translation>son nom peut être cité</translation>
    </message>
    <message>
        <source>don&apos;t use name</source>
        <translation>ne pas citer son nom</translation>
    </message>
    <message>
        <source>No referrals or acquaintances recorded</source>
        <translation>Aucune recommandation ni connaissance enregistrée</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactListController</name>
    <message>
        <source>Added %1, the new contact you were typing. Edit ▸ Undo takes it back.</source>
        <translation>%1, le nouveau contact que vous saisissiez, a été ajouté. Édition ▸ Annuler le retire.</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactListModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochain suivi</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactListView</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactMerge</name>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Le contact n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Un contact ne peut pas être fusionné avec lui-même.</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactMessages</name>
    <message>
        <source>LinkedIn messages</source>
        <translation>Messages LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn messages (the newest %1 of %2):</source>
        <translation>Messages LinkedIn (les %1 plus récents sur %2)&#xa0;:</translation>
    </message>
    <message>
        <source>LinkedIn messages (%1):</source>
        <translation>Messages LinkedIn (%1)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactStore</name>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Le contact n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Rapport::ContentSniffer</name>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>une image TIFF</translation>
    </message>
    <message>
        <source>an executable program</source>
        <translation>un programme exécutable</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>une base de données SQLite</translation>
    </message>
    <message>
        <source>an older Microsoft Office document</source>
        <translation>un ancien document Microsoft Office</translation>
    </message>
    <message>
        <source>not a contacts file: it looks like binary data (%1)</source>
        <translation>ce n&apos;est pas un fichier de contacts&#xa0;: il semble contenir des données binaires (%1)</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>des points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>des virgules</translation>
    </message>
    <message>
        <source>not a contacts file: it is compressed (%1); extract it and import the contacts file inside</source>
        <translation>ce n&apos;est pas un fichier de contacts&#xa0;: il est compressé (%1)&#xa0;; extrayez-le et importez le fichier de contacts qu&apos;il contient</translation>
    </message>
    <message>
        <source>is a ZIP archive; unzip it and import the CSV inside</source>
        <translation>est une archive ZIP&#xa0;; décompressez-la et importez le fichier CSV qu&apos;elle contient</translation>
    </message>
    <message>
        <source>is a spreadsheet workbook, not a CSV file; save it as CSV (comma-separated values) in your spreadsheet program and import that</source>
        <translation>est un classeur de tableur, pas un fichier CSV&#xa0;; enregistrez-le au format CSV (valeurs séparées par des virgules) dans votre tableur et importez ce fichier</translation>
    </message>
    <message>
        <source>it holds NUL bytes, which text does not have</source>
        <translation>il contient des octets NUL, ce qu&apos;un texte n&apos;a pas</translation>
    </message>
    <message>
        <source>it holds control characters, which text does not have</source>
        <translation>il contient des caractères de contrôle, ce qu&apos;un texte n&apos;a pas</translation>
    </message>
    <message>
        <source>it holds characters that no text uses</source>
        <translation>il contient des caractères qu&apos;aucun texte n&apos;utilise</translation>
    </message>
    <message>
        <source>not a contacts file: it looks like binary data, or text in an encoding Rapport does not read (it reads UTF-8, UTF-16 and Windows-1252)</source>
        <translation>ce n&apos;est pas un fichier de contacts&#xa0;: il semble contenir des données binaires, ou un texte dans un codage que Rapport ne lit pas (il lit UTF-8, UTF-16 et Windows-1252)</translation>
    </message>
    <message>
        <source>not a contacts file: it is text but not a table; its lines do not have a consistent number of fields (separated by %1)</source>
        <translation>ce n&apos;est pas un fichier de contacts&#xa0;: c&apos;est du texte, mais pas un tableau&#xa0;; ses lignes n&apos;ont pas un nombre constant de champs (séparés par %1)</translation>
    </message>
</context>
<context>
    <name>Rapport::CsvContactMapping</name>
    <message>
        <source>LinkedIn connections</source>
        <translation>Relations LinkedIn</translation>
    </message>
    <message>
        <source>Google Contacts CSV</source>
        <translation>CSV Google Contacts</translation>
    </message>
    <message>
        <source>Google Contacts CSV (legacy)</source>
        <translation>CSV Google Contacts (ancien format)</translation>
    </message>
    <message>
        <source>Outlook.com CSV</source>
        <translation>CSV Outlook.com</translation>
    </message>
    <message>
        <source>Outlook CSV</source>
        <translation>CSV Outlook</translation>
    </message>
    <message>
        <source>CSV with a header row</source>
        <translation>CSV avec une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>Type d&apos;e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Type de téléphone</translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation>URL LinkedIn</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Relation établie le</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recommandation de</translation>
    </message>
    <message>
        <source>(keep it in the notes)</source>
        <translation>(garder dans les notes)</translation>
    </message>
    <message>
        <source>cannot read the date &apos;%1&apos; in the column %2 (expected a date like 15 Mar 2024)</source>
        <translation>impossible de lire la date «&#xa0;%1&#xa0;» dans la colonne %2 (date attendue comme 15 Mar 2024)</translation>
    </message>
    <message>
        <source>(after the last column)</source>
        <translation>(après la dernière colonne)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) after the last column of the header, kept in the notes</source>
        <translation>
            <numerusform>%n valeur après la dernière colonne de l’en-tête, conservée dans les notes</numerusform>
            <numerusform>%n valeurs après la dernière colonne de l’en-tête, conservées dans les notes</numerusform>
        </translation>
    </message>
    <message>
        <source>LinkedIn hides the details of this member: the row holds only the date you connected</source>
        <translation>LinkedIn masque les coordonnées de ce membre&#xa0;: la ligne ne contient que la date de votre connexion</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>the row identifies nobody: it has no name, organisation, e-mail, phone or profile URL</source>
        <translation>la ligne n’identifie personne&#xa0;: ni nom, ni organisation, ni e-mail, ni téléphone, ni URL de profil</translation>
    </message>
</context>
<context>
    <name>Rapport::CsvReader</name>
    <message>
        <source>a quoted field starts here and is never closed</source>
        <translation>un champ entre guillemets commence ici et n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>a value starting here is longer than %L1 characters: is a closing quote missing?</source>
        <translation>une valeur qui commence ici dépasse %L1 caractères&#xa0;: manque-t-il un guillemet fermant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Rapport::Dashboard</name>
    <message>
        <source>Thank %1 for the interview</source>
        <translation>Remercier %1 pour l&apos;entrevue</translation>
    </message>
    <message>
        <source>Check in with %1: last contact %2 days ago</source>
        <translation>Prendre des nouvelles de %1&#xa0;: dernier contact il y a %2 jours</translation>
    </message>
    <message>
        <source>Check in with %1 soon</source>
        <translation>Prendre bientôt des nouvelles de %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>%1 with %2 · %3</source>
        <translation>%1 avec %2 · %3</translation>
    </message>
    <message>
        <source>No reply yet from %1: you wrote %2 days ago; a gentle nudge?</source>
        <translation>Pas encore de réponse de %1&#xa0;: vous avez écrit il y a %2 jours&#xa0;; une relance en douceur&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Rapport::DashboardModel</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Thank-you notes to send</source>
        <translation>Mots de remerciement à envoyer</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Prochaines rencontres</translation>
    </message>
    <message>
        <source>Going cold: time to check in</source>
        <translation>Contacts qui refroidissent&#xa0;: il est temps de prendre des nouvelles</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>Marquer comme terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7 prochains jours</translation>
    </message>
    <message>
        <source>Waiting for a reply</source>
        <translation>En attente de réponse</translation>
    </message>
    <message>
        <source>Nudge…</source>
        <translation>Relancer…</translation>
    </message>
</context>
<context>
    <name>Rapport::Database</name>
    <message>
        <source>%1: is a folder, not a network file</source>
        <translation>%1&#xa0;: est un dossier, pas un fichier de réseau</translation>
    </message>
    <message>
        <source>%1: no such network file</source>
        <translation>%1&#xa0;: fichier de réseau introuvable</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1&#xa0;: impossible de créer le dossier %2</translation>
    </message>
    <message>
        <source>%1: cannot create the file: %2</source>
        <translation>%1&#xa0;: impossible de créer le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the file (permission denied)</source>
        <translation>%1&#xa0;: impossible de lire le fichier (permission refusée)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1&#xa0;: ouverture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a Rapport network (%2)</source>
        <translation>%1&#xa0;: ce n&apos;est pas un réseau Rapport (%2)</translation>
    </message>
    <message>
        <source>%1: not a Rapport network (it is some other SQLite database)</source>
        <translation>%1&#xa0;: ce n&apos;est pas un réseau Rapport (c&apos;est une autre base de données SQLite)</translation>
    </message>
    <message>
        <source>%1: this network was saved by a newer version of Rapport (schema %2, this version reads up to %3). Please update Rapport.</source>
        <translation>%1&#xa0;: ce réseau a été enregistré par une version plus récente de Rapport (schéma %2, cette version lit jusqu&apos;au schéma %3). Veuillez mettre Rapport à jour.</translation>
    </message>
    <message>
        <source>%1: the file is read-only. Rapport saves every change as you make it, so it needs to write to the file: check its permissions, or copy it to a folder of yours.</source>
        <translation>%1&#xa0;: le fichier est en lecture seule. Rapport enregistre chaque modification au fur et à mesure&#xa0;; il doit donc pouvoir écrire dans le fichier. Vérifiez ses autorisations, ou copiez-le dans un de vos dossiers.</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only. Rapport keeps a journal beside the network while it is open: copy the file to a folder of yours.</source>
        <translation>%1&#xa0;: le dossier %2 est en lecture seule. Rapport tient un journal à côté du réseau tant qu&apos;il est ouvert&#xa0;: copiez le fichier dans un de vos dossiers.</translation>
    </message>
    <message>
        <source>%1: the network file is damaged and cannot be read (%2). A backup may replace it: see the backups folder beside it.</source>
        <translation>%1&#xa0;: le fichier du réseau est endommagé et illisible (%2). Une copie de sauvegarde peut le remplacer&#xa0;: voyez le dossier des sauvegardes à côté de lui.</translation>
    </message>
</context>
<context>
    <name>Rapport::DeleteContactCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>Rapport::DemoCopy</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Rapport::DemoNetwork</name>
    <message>
        <source>%1: the demo fills an empty network, and this one already has contacts</source>
        <translation>%1&#xa0;: la démonstration remplit un réseau vide, et celui-ci contient déjà des contacts</translation>
    </message>
    <message>
        <source>%1: could not write the demo network: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le réseau de démonstration&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Rapport::EditContactCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>Rapport::EditFollowUpCommand</name>
    <message>
        <source>Mark “%1” done</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme fait</translation>
    </message>
    <message>
        <source>Edit follow-up “%1”</source>
        <translation>Modifier le suivi «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Rapport::EditMeetingCommand</name>
    <message>
        <source>Edit meeting with %1</source>
        <translation>Modifier la rencontre avec %1</translation>
    </message>
</context>
<context>
    <name>Rapport::EditProfileCommand</name>
    <message>
        <source>Edit my profile</source>
        <translation>Modifier mon profil</translation>
    </message>
</context>
<context>
    <name>Rapport::EditQuestionCommand</name>
    <message>
        <source>Ask question</source>
        <translation>Poser la question</translation>
    </message>
    <message>
        <source>Stop asking question</source>
        <translation>Ne plus poser la question</translation>
    </message>
    <message>
        <source>Reword question</source>
        <translation>Reformuler la question</translation>
    </message>
</context>
<context>
    <name>Rapport::EditTemplateCommand</name>
    <message>
        <source>Edit template “%1”</source>
        <translation>Modifier le modèle «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Rapport::EmptyStateWidget</name>
    <message>
        <source>Your network starts here</source>
        <translation>Votre réseau commence ici</translation>
    </message>
    <message>
        <source>Rapport keeps the people you meet through informational interviews, who referred you to whom, your meeting notes and your follow-ups, all in one file on this computer.

Start by importing your LinkedIn, Google or Outlook contacts, add someone by hand, or explore a demo network to see how it all fits together.</source>
        <translation>Rapport conserve les personnes que vous rencontrez lors d&apos;entrevues d&apos;information, qui vous a recommandé à qui, vos notes de rencontre et vos suivis, le tout dans un seul fichier sur cet ordinateur.

Commencez par importer vos contacts LinkedIn, Google ou Outlook, ajoutez quelqu&apos;un à la main, ou explorez un réseau de démonstration pour voir comment tout s&apos;articule.</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Importer des contacts…</translation>
    </message>
    <message>
        <source>Open demo network</source>
        <translation>Ouvrir le réseau de démonstration</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Open a network file…</source>
        <translation>Ouvrir un fichier de réseau…</translation>
    </message>
</context>
<context>
    <name>Rapport::ExportController</name>
    <message>
        <source>&amp;Backup (JSON)…</source>
        <translation>&amp;Sauvegarde (JSON)…</translation>
    </message>
    <message>
        <source>Rapport JSON backup (*.json)</source>
        <translation>Sauvegarde JSON de Rapport (*.json)</translation>
    </message>
    <message>
        <source>Contacts as &amp;CSV (Google)…</source>
        <translation>Contacts en &amp;CSV (Google)…</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation>Contacts en &amp;vCard…</translation>
    </message>
    <message>
        <source>vCard file (*.vcf)</source>
        <translation>Fichier vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Meetings as Ca&amp;lendar (iCalendar)…</source>
        <translation>Rencontres en ca&amp;lendrier (iCalendar)…</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>Fichier iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Rapport::FollowUpListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
</context>
<context>
    <name>Rapport::FollowUpProposals</name>
    <message>
        <source>Send %1 a thank-you note (within 24 hours)</source>
        <translation>Envoyer un mot de remerciement à %1 (dans les 24 heures)</translation>
    </message>
    <message>
        <source>Connect with %1 on LinkedIn, with a personal note</source>
        <translation>Se connecter avec %1 sur LinkedIn, avec un mot personnalisé</translation>
    </message>
    <message>
        <source>Tell %1 that you met %2, and thank them for the introduction</source>
        <translation>Remercier %1 pour la mise en relation et lui dire que vous avez rencontré %2</translation>
    </message>
</context>
<context>
    <name>Rapport::FollowUpProposalsDialog</name>
    <message>
        <source>After the Interview</source>
        <translation>Après l&apos;entrevue</translation>
    </message>
    <message>
        <source>Add Follow-ups</source>
        <translation>Ajouter les suivis</translation>
    </message>
    <message>
        <source>Add follow-ups after the interview</source>
        <translation>Ajouter des suivis après l&apos;entrevue</translation>
    </message>
    <message>
        <source>Well done. Add these follow-ups? Click a due date to change it.</source>
        <translation>Bravo. Ajouter ces suivis&#xa0;? Cliquez sur une échéance pour la changer.</translation>
    </message>
    <message>
        <source>After the Meeting</source>
        <translation>Après la rencontre</translation>
    </message>
    <message>
        <source>Mark these done? They were open before the meeting.</source>
        <translation>Marquer ceux-ci comme faits&#xa0;? Ils étaient ouverts avant la rencontre.</translation>
    </message>
    <message>
        <source>The unticked ones were not made for this meeting, only due by its day: tick the ones it settled.</source>
        <translation>Ceux qui ne sont pas cochés n&apos;ont pas été créés pour cette rencontre, ils sont seulement dus d&apos;ici son jour&#xa0;: cochez ceux qu&apos;elle a réglés.</translation>
    </message>
    <message>
        <source>Update Follow-ups</source>
        <translation>Mettre à jour les suivis</translation>
    </message>
    <message>
        <source>Update follow-ups after the meeting</source>
        <translation>Mettre à jour les suivis après la rencontre</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphExport</name>
    <message>
        <source>%1: the file name must end in .svg or .png</source>
        <translation>%1&#xa0;: le nom du fichier doit se terminer par .svg ou .png</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Referral graph</source>
        <translation>Graphe des recommandations</translation>
    </message>
    <message>
        <source>Who led to whom, drawn by Rapport</source>
        <translation>Qui a mené à qui, dessiné par Rapport</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphExportDialogs</name>
    <message>
        <source>Export Graph</source>
        <translation>Exporter le graphe</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Print Graph</source>
        <translation>Imprimer le graphe</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphFilterBar</name>
    <message>
        <source>Graph filters</source>
        <translation>Filtres du graphe</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> degrés</translation>
    </message>
    <message>
        <source>Only people within this many links of the selected contact</source>
        <translation>Seulement les personnes situées à ce nombre de liens ou moins du contact sélectionné</translation>
    </message>
    <message>
        <source>Show contacts nobody referred and who know no one in the network, hanging off you</source>
        <translation>Afficher, rattachés à vous, les contacts que personne n&apos;a recommandés et qui ne connaissent personne dans le réseau</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n unlinked not shown)</source>
        <translation>
            <numerusform>(%n contact non relié masqué)</numerusform>
            <numerusform>(%n contacts non reliés masqués)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n with no links not shown: tick Unlinked to see them)</source>
        <translation>
            <numerusform>(%n contact sans lien non affiché&#xa0;: cochez Non reliés pour le voir)</numerusform>
            <numerusform>(%n contacts sans lien non affichés&#xa0;: cochez Non reliés pour les voir)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more, further from you, not shown: filter by tag, stage or organisation, or show the people near one contact)</source>
        <translation>
            <numerusform>(%n autre, plus loin de vous, non affiché&#xa0;: filtrez par étiquette, étape ou organisation, ou montrez les personnes proches d&apos;un contact)</numerusform>
            <numerusform>(%n autres, plus loin de vous, non affichés&#xa0;: filtrez par étiquette, étape ou organisation, ou montrez les personnes proches d&apos;un contact)</numerusform>
        </translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>Near:</source>
        <translation>À proximité&#xa0;:</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Non reliés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>filter name: its current choice</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphLayout</name>
    <message>
        <source>the graph could not be laid out</source>
        <translation>la disposition du graphe a échoué</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphLegend</name>
    <message>
        <source>referred you to (arrow)</source>
        <translation>vous a mis en relation (flèche)</translation>
    </message>
    <message>
        <source>know each other</source>
        <translation>se connaissent</translation>
    </message>
    <message>
        <source>you reached them yourself</source>
        <translation>vous les avez joints vous-même</translation>
    </message>
    <message>
        <source>thicker border: stronger relationship</source>
        <translation>bordure plus épaisse&#xa0;: relation plus forte</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphOverview</name>
    <message>
        <source>Overview of the whole graph</source>
        <translation>Vue d&apos;ensemble de tout le graphe</translation>
    </message>
    <message>
        <source>The whole graph: click or drag to move the view</source>
        <translation>Tout le graphe&#xa0;: cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphPanel</name>
    <message>
        <source>The graph could not be drawn: %1</source>
        <translation>Le graphe n&apos;a pas pu être dessiné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Referral Graph</source>
        <translation>Graphe des recommandations</translation>
    </message>
    <message>
        <source>The graph is still being laid out. Try again in a moment.</source>
        <translation>La disposition du graphe est encore en cours. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot;</source>
        <translation>Personne ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is hidden by the filters</source>
        <translation>%1 est masqué par les filtres</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Path to %1</source>
        <translation>Chemin vers %1</translation>
    </message>
    <message>
        <source>Let the Layout Place %1</source>
        <translation>Laisser la disposition placer %1</translation>
    </message>
    <message>
        <source>Referral graph, %1 selected</source>
        <translation>Graphe des recommandations, %1 sélectionné(e)</translation>
    </message>
    <message>
        <source>Referral graph</source>
        <translation>Graphe des recommandations</translation>
    </message>
    <message>
        <source>Names are too small to read at this zoom: zoom in, or move around with the overview.</source>
        <translation>Les noms sont trop petits pour être lus à ce zoom&#xa0;: zoomez, ou déplacez-vous avec la vue d&apos;ensemble.</translation>
    </message>
    <message>
        <source>Scroll up or left for the rest, or hide the contact editor (View ▸ Contact Editor, F4) for more room.</source>
        <translation>Faites défiler vers le haut ou la gauche pour le reste, ou masquez l’éditeur de contact (Affichage ▸ Éditeur de contact, F4) pour gagner de la place.</translation>
    </message>
    <message>
        <source>Only the person at the end of this chain fits at a size you can read. %1</source>
        <translation>Seule la dernière personne de cette chaîne tient à une taille lisible. %1</translation>
    </message>
    <message>
        <source>The last %1 of the %2 people on this chain fit at a size you can read. %3</source>
        <translation>Les %1 dernières des %2 personnes de cette chaîne tiennent à une taille lisible. %3</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphPathBar</name>
    <message>
        <source>Warm path</source>
        <translation>Chemin de mises en relation</translation>
    </message>
    <message>
        <source>Clear Path</source>
        <translation>Effacer le chemin</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphPaths</name>
    <message>
        <source>%1 is one of your contacts</source>
        <translation>%1 fait partie de vos contacts</translation>
    </message>
    <message>
        <source>%1 and %2 know each other</source>
        <translation>%1 et %2 se connaissent</translation>
    </message>
    <message>
        <source>%1 and %2 know each other (%3)</source>
        <translation>%1 et %2 se connaissent (%3)</translation>
    </message>
    <message>
        <source>you reached %1 yourself</source>
        <translation>vous avez joint %1 vous-même</translation>
    </message>
    <message>
        <source>%1 referred you to %2</source>
        <translation>%1 vous a recommandé %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>You have met %1 (%2, strength %3 of 5).</source>
        <translation>Vous avez rencontré %1 (%2, force %3 sur 5).</translation>
    </message>
    <message>
        <source>You are in touch with %1 but have not met yet (%2, strength %3 of 5).</source>
        <translation>Vous êtes en contact avec %1 mais ne vous êtes pas encore rencontrés (%2, force %3 sur 5).</translation>
    </message>
    <message>
        <source>You have not spoken to %1 yet (%2).</source>
        <translation>Vous n&apos;avez pas encore parlé à %1 (%2).</translation>
    </message>
    <message>
        <source>You chose not to pursue %1 (%2).</source>
        <translation>Vous avez choisi de ne pas donner suite avec %1 (%2).</translation>
    </message>
    <message>
        <source>Nobody else at %1 can be reached through your network.</source>
        <translation>Personne d&apos;autre chez %1 n&apos;est joignable par votre réseau.</translation>
    </message>
    <message numerus="yes">
        <source>Chosen among %n people at %1 you can reach: those you have met come first, then stronger relationships, then shorter chains.</source>
        <translation>
            <numerusform>Choisi parmi %n personne chez %1 que vous pouvez joindre&#xa0;: celles que vous avez rencontrées d&apos;abord, puis les relations plus fortes, puis les chaînes plus courtes.</numerusform>
            <numerusform>Choisi parmi %n personnes chez %1 que vous pouvez joindre&#xa0;: celles que vous avez rencontrées d&apos;abord, puis les relations plus fortes, puis les chaînes plus courtes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapport::GraphScene</name>
    <message>
        <source>You: every chain of introductions starts here</source>
        <translation>Vous&#xa0;: toute chaîne de mises en relation commence ici</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Strength: %1 of 5</source>
        <translation>Force du lien&#xa0;: %1 sur 5</translation>
    </message>
    <message>
        <source>%1 is one of your contacts, with no referrer shown</source>
        <translation>%1 fait partie de vos contacts, sans auteur de recommandation affiché</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphSidePanel</name>
    <message>
        <source>&lt;b&gt;Who opened doors&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qui vous a ouvert des portes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Who opened doors: how many people each contact led you to</source>
        <translation>Qui vous a ouvert des portes&#xa0;: combien de personnes chaque contact vous a permis de joindre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Étapes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Thicker border: stronger relationship.&lt;br&gt;Arrow: referred you to. Dashed: know each other. Dotted: you reached them yourself.</source>
        <translation>Bordure plus épaisse&#xa0;: relation plus forte.&lt;br&gt;Flèche&#xa0;: vous a mis en relation. Tirets&#xa0;: se connaissent. Pointillé&#xa0;: vous les avez joints vous-même.</translation>
    </message>
    <message>
        <source>Hide the side panel (View ▸ Show Side Panel)</source>
        <translation>Masquer le panneau latéral (Affichage ▸ Afficher le panneau latéral)</translation>
    </message>
    <message>
        <source>Hide the side panel</source>
        <translation>Masquer le panneau latéral</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphToolBar</name>
    <message>
        <source>Graph tools</source>
        <translation>Outils du graphe</translation>
    </message>
    <message>
        <source>Layered</source>
        <translation>Par niveaux</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Par forces</translation>
    </message>
    <message>
        <source>Layered: each referral one step further from you. Force: people who know each other drawn close together.</source>
        <translation>Par niveaux&#xa0;: chaque recommandation place la personne un cran plus loin de vous. Par forces&#xa0;: les personnes qui se connaissent sont dessinées proches les unes des autres.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Trouver une personne</translation>
    </message>
    <message>
        <source>The shortest chain of introductions from you to a person or an organisation (%1)</source>
        <translation>La plus courte chaîne de mises en relation de vous jusqu&apos;à une personne ou une organisation (%1)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Laying out the graph</source>
        <translation>Disposition du graphe en cours</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>&amp;Fit Graph to Window</source>
        <translation>A&amp;juster le graphe à la fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;Path To…</source>
        <translation>Chemin ver&amp;s…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Export Graph…</source>
        <translation>&amp;Exporter le graphe…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Disposition&#xa0;:</translation>
    </message>
    <message>
        <source>Find a person in the graph by name</source>
        <translation>Trouver une personne dans le graphe par son nom</translation>
    </message>
    <message>
        <source>Save the graph as an image or print it</source>
        <translation>Enregistrer le graphe comme image ou l&apos;imprimer</translation>
    </message>
    <message>
        <source>Pri&amp;nt Graph…</source>
        <translation>&amp;Imprimer le graphe…</translation>
    </message>
    <message>
        <source>Show &amp;Overview</source>
        <translation>Afficher la &amp;vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>A small map of the whole graph when part of it is off screen</source>
        <translation>Une petite carte de tout le graphe quand une partie sort de l&apos;écran</translation>
    </message>
    <message>
        <source>Show &amp;Side Panel</source>
        <translation>Afficher le panneau &amp;latéral</translation>
    </message>
    <message>
        <source>Side Panel</source>
        <translation>Panneau</translation>
    </message>
    <message>
        <source>Who opened doors and the legend, beside the graph</source>
        <translation>Qui vous a ouvert des portes, et la légende, à côté du graphe</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphView</name>
    <message>
        <source>Referral graph</source>
        <translation>Graphe des recommandations</translation>
    </message>
    <message>
        <source>Who referred you to whom. Arrows point from the referrer to the person referred; dashed lines join people who know each other. Use the search box to find a person, plus and minus to zoom.</source>
        <translation>Qui vous a recommandé à qui. Les flèches vont de l&apos;auteur de la recommandation à la personne recommandée&#xa0;; les lignes pointillées relient les personnes qui se connaissent. Utilisez le champ de recherche pour trouver une personne, et plus et moins pour zoomer.</translation>
    </message>
</context>
<context>
    <name>Rapport::IcsExporter</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportController</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Impossible d&apos;importer ce fichier</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>%1 importé&#xa0;: %2 nouveaux, %3 mis à jour.</translation>
    </message>
    <message>
        <source>Showing the contacts imported from %1.</source>
        <translation>Affichage des contacts importés depuis %1.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>Impossible de restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>L&apos;importation a été annulée.</translation>
    </message>
    <message>
        <source>Merge the backup %1 into this network?
What the network lacks is added. Where both changed the same thing, the later change wins, and rows deleted on one side are deleted on the other. A copy of the network is kept first (File ▸ Restore Backup…).</source>
        <translation>Fusionner la sauvegarde %1 dans ce réseau&#xa0;?
Ce qui manque au réseau est ajouté. Là où les deux ont modifié la même chose, la modification la plus récente l&apos;emporte, et ce qui a été supprimé d&apos;un côté l&apos;est aussi de l&apos;autre. Une copie du réseau est d&apos;abord conservée (Fichier ▸ Restaurer une sauvegarde…).</translation>
    </message>
    <message>
        <source>Backup merged</source>
        <translation>Sauvegarde fusionnée</translation>
    </message>
    <message>
        <source>Merged %1: %2 new contacts, %3 updated, %4 unchanged.</source>
        <translation>%1 fusionné&#xa0;: %2 nouveaux contacts, %3 mis à jour, %4 inchangés.</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>Fusion de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling… the network is left as it was.</source>
        <translation>Annulation… le réseau reste tel qu’il était.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Annulation de l’importation…</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>L&apos;importation n&apos;a pas pu être annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not a contacts file</source>
        <translation>Pas un fichier de contacts</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.txt *.json *.zip);;LinkedIn, Google or Outlook CSV (*.csv);;LinkedIn data archive (*.zip);;vCard (*.vcf *.vcard);;Rapport backup (*.json);;All files (*)</source>
        <translation>Contacts (*.csv *.vcf *.vcard *.txt *.json *.zip);;CSV LinkedIn, Google ou Outlook (*.csv);;Archive de données LinkedIn (*.zip);;vCard (*.vcf *.vcard);;Sauvegarde Rapport (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported the LinkedIn archive %1: %2 new contacts, %3 updated, %4 messages and invitations logged.</source>
        <translation>Archive LinkedIn %1 importée&#xa0;: %2 nouveaux contacts, %3 mis à jour, %4 messages et invitations consignés.</translation>
    </message>
    <message>
        <source>Import LinkedIn Archive Folder</source>
        <translation>Importer le dossier d&apos;une archive LinkedIn</translation>
    </message>
    <message>
        <source>%1 is part of a LinkedIn data archive. Import the whole archive, with its messages and invitations?

No imports %1 alone.</source>
        <translation>%1 fait partie d&apos;une archive de données LinkedIn. Importer toute l&apos;archive, avec ses messages et ses invitations&#xa0;?

Non importe %1 seul.</translation>
    </message>
    <message>
        <source>Forget Message Texts</source>
        <translation>Oublier le texte des messages</translation>
    </message>
    <message>
        <source>No LinkedIn message in this network keeps its text: there is nothing to forget.</source>
        <translation>Aucun message LinkedIn de ce réseau ne garde son texte&#xa0;: il n&apos;y a rien à oublier.</translation>
    </message>
    <message>
        <source>Remove the text of the %1 LinkedIn messages that keep it?

Their dates, directions and people stay, and so do the stages and last contacts they gave. This cannot be undone.

The automatic backups (File ▸ Restore Backup…) still hold the texts until newer backups replace them.</source>
        <translation>Retirer le texte des %1 messages LinkedIn qui le gardent&#xa0;?

Leurs dates, leurs sens et leurs personnes restent, tout comme les étapes et derniers contacts qu&apos;ils ont donnés. Cela ne peut pas être annulé.

Les sauvegardes automatiques (Fichier ▸ Restaurer une sauvegarde…) gardent les textes jusqu&apos;à ce que de plus récentes les remplacent.</translation>
    </message>
    <message>
        <source>Removing the texts…</source>
        <translation>Retrait des textes…</translation>
    </message>
    <message>
        <source>The texts could not be removed; nothing was changed: %1</source>
        <translation>Les textes n&apos;ont pas pu être retirés&#xa0;; rien n&apos;a changé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removed the text of %1 LinkedIn messages; their dates and directions stay.</source>
        <translation>Texte de %1 messages LinkedIn retiré&#xa0;; leurs dates et leurs sens restent.</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportHistory</name>
    <message>
        <source>There is no import %1.</source>
        <translation>Il n&apos;y a pas d&apos;importation %1.</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>Cette importation a déjà été annulée.</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Historique des importations</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>&amp;Annuler cette importation…</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Remove the contacts that the import of %1 added, and put back the details it changed?
Meetings and notes you added to those new contacts since will go too.</source>
        <translation>Supprimer les contacts ajoutés par l&apos;importation de %1 et rétablir les coordonnées qu&apos;elle a modifiées&#xa0;?
Les rencontres et les notes ajoutées depuis à ces nouveaux contacts seront aussi supprimées.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>L&apos;importation n&apos;a pas pu être annulée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportHistoryModel</name>
    <message>
        <source>Undone</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>Relations LinkedIn</translation>
    </message>
    <message>
        <source>Google contacts</source>
        <translation>Contacts Google</translation>
    </message>
    <message>
        <source>Outlook contacts</source>
        <translation>Contacts Outlook</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON backup</source>
        <translation>Sauvegarde JSON</translation>
    </message>
    <message>
        <source>LinkedIn archive</source>
        <translation>Archive LinkedIn</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportMappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>Example (one row)</source>
        <translation>Exemple (une ligne)</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportOutcomeText</name>
    <message>
        <source>by its Rapport ID</source>
        <translation>par son identifiant Rapport</translation>
    </message>
    <message>
        <source>by profile URL</source>
        <translation>par l’URL du profil</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>par le nom</translation>
    </message>
    <message>
        <source>%1 (line %2 of this file)</source>
        <translation>%1 (ligne %2 de ce fichier)</translation>
    </message>
    <message>
        <source>matches %1 %2</source>
        <translation>correspond à %1 %2</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>nouveau contact</translation>
    </message>
    <message>
        <source>new contact; possible duplicate of %1: the same name, but other details</source>
        <translation>nouveau contact&#xa0;; doublon possible de %1&#xa0;: le même nom, mais d’autres coordonnées</translation>
    </message>
    <message>
        <source>%1; nothing to change</source>
        <translation>%1&#xa0;; rien à changer</translation>
    </message>
    <message>
        <source>%1; changes %2</source>
        <translation>%1&#xa0;; change&#xa0;: %2</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <source>skipped: %1, and you chose to leave the contacts you have alone</source>
        <translation>ignorée&#xa0;: %1, et vous avez choisi de laisser vos contacts tels quels</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>by organisation</source>
        <translation>par organisation</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportPreviewModel</name>
    <message>
        <source>What will happen</source>
        <translation>Ce qui se passera</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Relation établie le</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportReviewPage</name>
    <message>
        <source>Check what will be imported</source>
        <translation>Vérifiez ce qui sera importé</translation>
    </message>
    <message>
        <source>Nothing is written until you click Import. Columns can be remapped below.</source>
        <translation>Rien n&apos;est écrit avant que vous cliquiez sur Importer. Vous pouvez réassocier les colonnes ci-dessous.</translation>
    </message>
    <message>
        <source>Mapping preset</source>
        <translation>Préréglage d&apos;association</translation>
    </message>
    <message>
        <source>Save as Preset…</source>
        <translation>Enregistrer comme préréglage…</translation>
    </message>
    <message>
        <source>Update them: fill in new details, keep my notes and stages</source>
        <translation>Les mettre à jour&#xa0;: compléter avec les nouvelles coordonnées, garder mes notes et mes étapes</translation>
    </message>
    <message>
        <source>Skip them: leave the contacts I have alone</source>
        <translation>Les ignorer&#xa0;: ne pas toucher aux contacts que j&apos;ai déjà</translation>
    </message>
    <message>
        <source>Add them again as new contacts</source>
        <translation>Les ajouter à nouveau en tant que nouveaux contacts</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Column mapping:</source>
        <translation>Association des colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts I already have:</source>
        <translation>Contacts que j&apos;ai déjà&#xa0;:</translation>
    </message>
    <message>
        <source> · header on line %1</source>
        <translation> · en-tête à la ligne %1</translation>
    </message>
    <message>
        <source>%1
Detected: %2 · %3%4</source>
        <translation>%1
Détecté&#xa0;: %2 · %3%4</translation>
    </message>
    <message>
        <source>Rapport does not know these columns: choose below what each one holds (at least a name, an organization or an e-mail).</source>
        <translation>Rapport ne connaît pas ces colonnes&#xa0;: choisissez ci-dessous ce que chacune contient (au moins un nom, une organisation ou un e-mail).</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Champ pour la colonne %1</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Tel que détecté</translation>
    </message>
    <message>
        <source>Save Mapping Preset</source>
        <translation>Enregistrer le préréglage d&apos;association</translation>
    </message>
    <message>
        <source>Name for this column mapping:</source>
        <translation>Nom de cette association de colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message>
        <source>No field holds these columns, so they are kept in the notes: %1. Choose a field for one above to store it there, or (ignore) to leave it out.</source>
        <translation>Aucun champ ne correspond à ces colonnes, elles sont donc conservées dans les notes&#xa0;: %1. Choisissez un champ ci-dessus pour y ranger l’une d’elles, ou (ignorer) pour l’écarter.</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>Ligne dans le fichier</translation>
    </message>
    <message>
        <source>What will happen to each row:</source>
        <translation>Ce qui arrivera à chaque ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Checking what will happen…</source>
        <translation>Vérification de ce qui se passera…</translation>
    </message>
    <message>
        <source>Choose what the columns hold to see what will happen.</source>
        <translation>Choisis ce que contiennent les colonnes pour voir ce qui se passera.</translation>
    </message>
    <message>
        <source>What will happen cannot be shown: %1</source>
        <translation>Impossible de montrer ce qui se passera&#xa0;: %1</translation>
    </message>
    <message>
        <source>New: %1 · Already here: %2 · Updated: %3 · Possible duplicates: %4 · Skipped: %5</source>
        <translation>Nouveaux&#xa0;: %1 · Déjà là&#xa0;: %2 · Mis à jour&#xa0;: %3 · Doublons possibles&#xa0;: %4 · Ignorées&#xa0;: %5</translation>
    </message>
    <message>
        <source>What will happen to the first %1 of %2 rows:</source>
        <translation>Ce qui arrivera aux %1 premières lignes sur %2&#xa0;:</translation>
    </message>
    <message>
        <source>What will happen to the first %1 rows:</source>
        <translation>Ce qui arrivera aux %1 premières lignes&#xa0;:</translation>
    </message>
    <message>
        <source>1 row will be skipped, as listed below.</source>
        <translation>1 ligne sera ignorée, comme indiqué ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows will be skipped, as listed below.</source>
        <translation>
            <numerusform>%n ligne sera ignorée, comme indiqué ci-dessous.</numerusform>
            <numerusform>%n lignes seront ignorées, comme indiqué ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 value cannot be read: it is left empty and its text kept in the contact&apos;s notes.</source>
        <translation>1 valeur est illisible&#xa0;: elle est laissée vide et son texte conservé dans les notes du contact.</translation>
    </message>
    <message numerus="yes">
        <source>%n values cannot be read: each is left empty and its text kept in the contact&apos;s notes.</source>
        <translation>
            <numerusform>%n valeur est illisible&#xa0;: elle est laissée vide et son texte conservé dans les notes du contact.</numerusform>
            <numerusform>%n valeurs sont illisibles&#xa0;: chacune est laissée vide et son texte conservé dans les notes du contact.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 line cannot be read and will be left out of its card, as listed below.</source>
        <translation>1 ligne illisible sera laissée hors de sa fiche, comme indiqué ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines cannot be read and will be left out of their card, as listed below.</source>
        <translation>
            <numerusform>%n ligne illisible sera laissée hors de sa fiche, comme indiqué ci-dessous.</numerusform>
            <numerusform>%n lignes illisibles seront laissées hors de leur fiche, comme indiqué ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds 1 contact.</source>
        <translation>Le fichier contient 1 contact.</translation>
    </message>
    <message>
        <source>The file holds %1 contacts.</source>
        <translation>Le fichier contient %1 contacts.</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Show the imported contacts in the list</source>
        <translation>Afficher les contacts importés dans la liste</translation>
    </message>
    <message>
        <source>Reading and writing contacts… Cancel stops the import and leaves your network as it was.</source>
        <translation>Lecture et écriture des contacts… Annuler arrête l&apos;importation et laisse votre réseau tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>L&apos;importation a été annulée. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done. New contacts: %1. Updated: %2. Already up to date: %3. Skipped: %4.</source>
        <translation>Terminé. Nouveaux contacts&#xa0;: %1. Mis à jour&#xa0;: %2. Déjà à jour&#xa0;: %3. Ignorés&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1 referral links were made.</source>
        <translation>%1 liens de recommandation ont été créés.</translation>
    </message>
    <message>
        <source>No single contact matches these referrers: %1</source>
        <translation>Aucun contact unique ne correspond à ces auteurs de recommandation&#xa0;: %1</translation>
    </message>
    <message>
        <source>File ▸ Import History can undo this whole import later.</source>
        <translation>Fichier ▸ Historique des importations permet d&apos;annuler plus tard toute cette importation.</translation>
    </message>
    <message>
        <source>Kept what you typed where the file differs:</source>
        <translation>Ce que vous avez saisi est conservé là où le fichier diffère&#xa0;:</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…et %1 de plus.</translation>
    </message>
    <message>
        <source>Possible duplicates, kept apart:</source>
        <translation>Doublons possibles, gardés séparés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Possible duplicates, kept apart as two people. Merge… closes this report and compares the two side by side; you can undo a merge.</source>
        <translation>&amp;Doublons possibles, gardés comme deux personnes. Fusionner… ferme ce rapport et compare les deux côte à côte&#xa0;; vous pourrez annuler une fusion.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>&amp;List them after closing, to merge or keep apart</source>
        <translation>&amp;Les lister après la fermeture, pour les fusionner ou les garder séparés</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportSource</name>
    <message>
        <source>a LinkedIn connections export</source>
        <translation>une exportation des relations LinkedIn</translation>
    </message>
    <message>
        <source>a Google Contacts export</source>
        <translation>une exportation Google Contacts</translation>
    </message>
    <message>
        <source>an Outlook export</source>
        <translation>une exportation Outlook</translation>
    </message>
    <message>
        <source>a contacts file</source>
        <translation>un fichier de contacts</translation>
    </message>
    <message>
        <source>the file has bytes that are not valid %1 text</source>
        <translation>le fichier contient des octets qui ne sont pas du texte %1 valide</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a contacts file</source>
        <translation>est un dossier, pas un fichier de contacts</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is not %1: no header row of that kind was found</source>
        <translation>ce n&apos;est pas %1&#xa0;: aucune ligne d&apos;en-tête de ce type n&apos;a été trouvée</translation>
    </message>
    <message>
        <source>no header row of a known format (LinkedIn, Google, Outlook) was found; map the columns in the import wizard, or use --format csv with a header row naming the columns (First Name, Last Name, Email, Company...)</source>
        <translation>aucune ligne d&apos;en-tête d&apos;un format connu (LinkedIn, Google, Outlook) n&apos;a été trouvée&#xa0;; associez les colonnes dans l&apos;assistant d&apos;importation, ou utilisez --format csv avec une ligne d&apos;en-tête nommant les colonnes (First Name, Last Name, Email, Company...)</translation>
    </message>
    <message>
        <source>this is not %1: the header looks like %2</source>
        <translation>ce n&apos;est pas %1&#xa0;: l&apos;en-tête ressemble à %2</translation>
    </message>
    <message>
        <source>the file has a header row but no contacts</source>
        <translation>le fichier a une ligne d&apos;en-tête mais aucun contact</translation>
    </message>
    <message>
        <source>the file is %1, more than Rapport imports at once (%2, about a million contacts): split it into smaller files</source>
        <translation>le fichier fait %1, plus que ce que Rapport importe d&apos;un coup (%2, environ un million de contacts)&#xa0;: divisez-le en fichiers plus petits</translation>
    </message>
    <message>
        <source>no BEGIN:VCARD found: this is not a vCard file, or it is damaged</source>
        <translation>aucune ligne BEGIN:VCARD trouvée&#xa0;: ce n&apos;est pas un fichier vCard, ou il est endommagé</translation>
    </message>
    <message>
        <source>no column holds a name, organisation or e-mail; map the columns in the import wizard</source>
        <translation>aucune colonne ne contient de nom, d&apos;organisation ni d&apos;e-mail&#xa0;; associez les colonnes dans l&apos;assistant d&apos;importation</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>Rapport::InterviewGuide</name>
    <message>
        <source>Informational interviewing guide</source>
        <translation>Guide de l&apos;entrevue d&apos;information</translation>
    </message>
    <message>
        <source>Meet people, learn about their work, never ask for a job, and let each conversation lead to the next.</source>
        <translation>Rencontrez des gens, renseignez-vous sur leur travail, ne demandez jamais d&apos;emploi, et laissez chaque conversation mener à la suivante.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>What an informational interview is</source>
        <translation>Qu&apos;est-ce qu&apos;une entrevue d&apos;information&#xa0;?</translation>
    </message>
    <message>
        <source>An informational interview is a short conversation, usually 20 to 30 minutes, with someone who does a job you are curious about. You ask about their work, their organisation and how they got there. They are the expert; you are there to learn.</source>
        <translation>Une entrevue d&apos;information est une courte conversation, de 20 à 30 minutes en général, avec une personne qui exerce un métier qui vous intrigue. Vous lui posez des questions sur son travail, son organisation et son parcours. C&apos;est elle l&apos;experte&#xa0;; vous êtes là pour apprendre.</translation>
    </message>
    <message>
        <source>It is the most reliable way to find out what a career is really like before you commit to it, and every conversation can lead to the next: at the end, people often refer you to someone else worth meeting. Rapport keeps track of those chains for you.</source>
        <translation>C&apos;est le moyen le plus sûr de découvrir à quoi ressemble vraiment un métier avant de vous y engager, et chaque conversation peut mener à la suivante&#xa0;: à la fin, on vous recommande souvent une autre personne à rencontrer. Rapport garde la trace de ces chaînes pour vous.</translation>
    </message>
    <message>
        <source>Asking for a meeting</source>
        <translation>Demander une rencontre</translation>
    </message>
    <message>
        <source>• Start with people you already know, then the people they suggest. A warm introduction (&quot;Priya Shah suggested I get in touch&quot;) is answered far more often than a cold message.</source>
        <translation>• Commencez par les gens que vous connaissez déjà, puis par ceux qu&apos;ils vous suggèrent. Une présentation chaleureuse («&#xa0;Priya Shah m&apos;a suggéré de vous écrire&#xa0;») obtient bien plus souvent une réponse qu&apos;un message à froid.</translation>
    </message>
    <message>
        <source>• Keep the request short: who you are, why this person, and a clear, small ask — 20 minutes of their time, at their convenience, by phone, video or over coffee.</source>
        <translation>• Faites une demande brève&#xa0;: qui vous êtes, pourquoi cette personne, et une demande claire et modeste — 20 minutes de son temps, au moment qui lui convient, au téléphone, en vidéo ou autour d&apos;un café.</translation>
    </message>
    <message>
        <source>• Say plainly that you are looking for advice and information, not a job.</source>
        <translation>• Dites clairement que vous cherchez des conseils et de l&apos;information, pas un emploi.</translation>
    </message>
    <message>
        <source>• If there is no answer, one polite reminder after a week or two is fine. Then let it go and try someone else.</source>
        <translation>• Sans réponse, un rappel poli après une semaine ou deux est tout à fait correct. Ensuite, passez à autre chose et essayez quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>In Rapport, the Write… button beside a contact fills one of your templates with their name and your referrer&apos;s, and Schedule… records the meeting once they say yes.</source>
        <translation>Dans Rapport, le bouton Rédiger… à côté d&apos;un contact remplit l&apos;un de vos modèles avec son nom et celui de la personne qui vous l&apos;a recommandé, et Planifier… consigne la rencontre une fois qu&apos;il a dit oui.</translation>
    </message>
    <message>
        <source>What to ask</source>
        <translation>Quoi demander</translation>
    </message>
    <message>
        <source>Prepare five or six questions and let the conversation go where it wants. For example:</source>
        <translation>Préparez cinq ou six questions et laissez la conversation suivre son cours. Par exemple&#xa0;:</translation>
    </message>
    <message>
        <source>• How did you get into this work? What did your path look like?</source>
        <translation>• Comment en êtes-vous venu à faire ce travail&#xa0;? À quoi a ressemblé votre parcours&#xa0;?</translation>
    </message>
    <message>
        <source>• What does a typical week look like for you?</source>
        <translation>• À quoi ressemble une semaine typique pour vous&#xa0;?</translation>
    </message>
    <message>
        <source>• What do you enjoy most about it, and what is hardest?</source>
        <translation>• Qu&apos;est-ce qui vous plaît le plus, et qu&apos;est-ce qui est le plus difficile&#xa0;?</translation>
    </message>
    <message>
        <source>• Which skills matter most, and how did you learn them?</source>
        <translation>• Quelles compétences comptent le plus, et comment les avez-vous acquises&#xa0;?</translation>
    </message>
    <message>
        <source>• How is the field changing? What would you do differently if you were starting now?</source>
        <translation>• Comment le domaine évolue-t-il&#xa0;? Que feriez-vous autrement si vous commenciez aujourd&apos;hui&#xa0;?</translation>
    </message>
    <message>
        <source>• Who else would you suggest I talk to? May I mention your name?</source>
        <translation>• À qui d&apos;autre me suggérez-vous de parler&#xa0;? Puis-je mentionner votre nom&#xa0;?</translation>
    </message>
    <message>
        <source>Do your homework first: read about their organisation and role so your questions show it. The Prep… button beside a contact puts what you know and your questions on one printed page to take along.</source>
        <translation>Faites vos devoirs d&apos;abord&#xa0;: renseignez-vous sur son organisation et son rôle, et que vos questions le montrent. Le bouton Préparer… à côté d&apos;un contact réunit ce que vous savez et vos questions sur une page imprimée à apporter.</translation>
    </message>
    <message>
        <source>Never ask for a job</source>
        <translation>Ne demandez jamais d&apos;emploi</translation>
    </message>
    <message>
        <source>Asking for a job turns a conversation between equals into an interview you were not invited to, and it breaks the promise you made when you asked for the meeting. People can tell, and they stop being open.</source>
        <translation>Demander un emploi transforme une conversation d&apos;égal à égal en une entrevue à laquelle on ne vous a pas convié, et trahit la promesse faite en demandant la rencontre. Les gens le sentent, et ils cessent de se confier.</translation>
    </message>
    <message>
        <source>If there is an opening and they think you are a fit, they will tell you. What you ask for instead is advice and the names of other people to talk to. Those referrals are what builds your network.</source>
        <translation>S&apos;il y a un poste et qu&apos;on pense que vous convenez, on vous le dira. Demandez plutôt des conseils et les noms d&apos;autres personnes à qui parler. Ce sont ces recommandations qui bâtissent votre réseau.</translation>
    </message>
    <message>
        <source>Say thank you within 24 hours</source>
        <translation>Remerciez dans les 24 heures</translation>
    </message>
    <message>
        <source>Send a short thank-you note the same day or the next: thank them for their time, mention one thing you learned or will act on, and confirm any introductions they offered.</source>
        <translation>Envoyez un court mot de remerciement le jour même ou le lendemain&#xa0;: remerciez la personne pour son temps, mentionnez une chose que vous avez apprise ou que vous allez mettre en pratique, et confirmez les présentations qu&apos;elle vous a offertes.</translation>
    </message>
    <message>
        <source>When you mark an interview as held, Rapport offers a thank-you follow-up due the next day, and the Today page lists the thank-you notes still owed.</source>
        <translation>Quand vous marquez une entrevue comme tenue, Rapport propose un suivi de remerciement pour le lendemain, et la page Aujourd&apos;hui énumère les remerciements encore à envoyer.</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Gardez le contact</translation>
    </message>
    <message>
        <source>A network is kept, not collected. Every few months, send a short update: what you tried after their advice, who you met thanks to them, where you have landed.</source>
        <translation>Un réseau s&apos;entretient, il ne se collectionne pas. Tous les quelques mois, envoyez de brèves nouvelles&#xa0;: ce que vous avez essayé après ses conseils, qui vous avez rencontré grâce à elle, où vous en êtes.</translation>
    </message>
    <message>
        <source>Tell people when their referral led somewhere. It is the best thank-you there is.</source>
        <translation>Dites aux gens quand leur recommandation a mené quelque part. C&apos;est le plus beau des remerciements.</translation>
    </message>
    <message>
        <source>Rapport&apos;s Today page lists the people going cold, past the check-in interval you chose for them.</source>
        <translation>La page Aujourd&apos;hui de Rapport énumère les contacts qui se refroidissent, passé l&apos;intervalle de suivi que vous avez choisi pour eux.</translation>
    </message>
    <message>
        <source>Learn what you don&apos;t want</source>
        <translation>Apprenez ce que vous ne voulez pas</translation>
    </message>
    <message>
        <source>Finding out that a job is not for you is a result, not a failure. It saves you years. Write down what put you off as carefully as what drew you in.</source>
        <translation>Découvrir qu&apos;un métier n&apos;est pas pour vous est un résultat, pas un échec. Cela vous épargne des années. Notez ce qui vous a rebuté avec autant de soin que ce qui vous a attiré.</translation>
    </message>
    <message>
        <source>The meeting notes and the Career Paths view help you see the patterns across many conversations: the roles that keep appealing, and the ones that never do.</source>
        <translation>Les notes de rencontre et la vue Parcours professionnels vous aident à voir ce qui revient d&apos;une conversation à l&apos;autre&#xa0;: les rôles qui vous attirent toujours, et ceux qui ne vous attirent jamais.</translation>
    </message>
</context>
<context>
    <name>Rapport::JsonEntryReader</name>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;» attendu</translation>
    </message>
    <message>
        <source>a text is not closed</source>
        <translation>un texte n’est pas fermé</translation>
    </message>
    <message>
        <source>a list or an object is not closed</source>
        <translation>une liste ou un objet n’est pas fermé</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>text after the end of the object</source>
        <translation>du texte suit la fin de l’objet</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>le fichier a changé pendant sa lecture</translation>
    </message>
</context>
<context>
    <name>Rapport::JsonRestore</name>
    <message>
        <source>Rapport JSON backup</source>
        <translation>Sauvegarde JSON de Rapport</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a Rapport backup: there is no &quot;contacts&quot; list</source>
        <translation>ce n&apos;est pas une sauvegarde Rapport&#xa0;: il n&apos;y a pas de liste &quot;contacts&quot;</translation>
    </message>
    <message>
        <source>contacts[%1]: needs an &quot;id&quot; and a known &quot;stage&quot; (found &quot;%2&quot;)</source>
        <translation>contacts[%1]&#xa0;: un &quot;id&quot; et une valeur &quot;stage&quot; connue sont requis (trouvé&#xa0;: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 entries have problems; nothing was imported</source>
        <translation>%1 entrées comportent des problèmes&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the network could not be written: %1</source>
        <translation>impossible d&apos;écrire le réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>no backup could be taken before the import, so nothing was imported: %1</source>
        <translation>aucune copie de sauvegarde n&apos;a pu être faite avant l&apos;importation, donc rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>this backup was written by a newer version of Rapport (backup version %1; this version reads up to %2). Please update Rapport.</source>
        <translation>cette sauvegarde a été écrite par une version plus récente de Rapport (sauvegarde version %1&#xa0;; cette version lit jusqu&apos;à la version %2). Veuillez mettre Rapport à jour.</translation>
    </message>
    <message>
        <source>the restore was cancelled; nothing was written</source>
        <translation>la restauration a été annulée&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>the file is larger than a Rapport backup of version 1 can be (256 MB)</source>
        <translation>le fichier est plus gros qu’une sauvegarde Rapport de version 1 ne peut l’être (256 Mo)</translation>
    </message>
    <message>
        <source>a meeting has an unknown kind &quot;%1&quot;</source>
        <translation>une rencontre a un type inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a meeting has an unknown status &quot;%1&quot;</source>
        <translation>une rencontre a un statut inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Rapport::LabeledValuesEditor</name>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
</context>
<context>
    <name>Rapport::LinkedInArchive</name>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Il n&apos;y a pas de fichier ou de dossier %1.</translation>
    </message>
    <message>
        <source>The folder %1 holds more than %2 files: it is not a LinkedIn archive.</source>
        <translation>Le dossier %1 contient plus de %2 fichiers&#xa0;: ce n&apos;est pas une archive LinkedIn.</translation>
    </message>
    <message>
        <source>%1 holds no Connections.csv, messages.csv or Invitations.csv: it is not a LinkedIn data archive.</source>
        <translation>%1 ne contient ni Connections.csv, ni messages.csv, ni Invitations.csv&#xa0;: ce n&apos;est pas une archive de données LinkedIn.</translation>
    </message>
    <message>
        <source>The archive has no such table.</source>
        <translation>L&apos;archive n&apos;a pas cette table.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Rapport::MainWindow</name>
    <message>
        <source>&amp;New Network…</source>
        <translation>&amp;Nouveau réseau…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Network…</source>
        <translation>&amp;Ouvrir un réseau…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Open &amp;Demo Network</source>
        <translation>Ouvrir le réseau de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;New Contact</source>
        <translation>&amp;Nouveau contact</translation>
    </message>
    <message>
        <source>&amp;Delete Contact</source>
        <translation>&amp;Supprimer le contact</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>À &amp;propos de Rapport</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Historique des importations…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un réseau &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Print Prep Sheets…</source>
        <translation>Im&amp;primer les fiches de préparation…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>My &amp;Profile…</source>
        <translation>Mon &amp;profil…</translation>
    </message>
    <message>
        <source>&amp;Question Bank…</source>
        <translation>Banque de &amp;questions…</translation>
    </message>
    <message>
        <source>Outreach &amp;Templates…</source>
        <translation>Modèles de &amp;messages…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Referral Graph</source>
        <translation>&amp;Graphe des recommandations</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Rencontres</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>C&amp;areer Paths</source>
        <translation>&amp;Parcours professionnels</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Show All Contacts</source>
        <translation>Afficher tous les contacts</translation>
    </message>
    <message>
        <source>No contacts match the search and filters.
Press Esc in the search box to clear it.</source>
        <translation>Aucun contact ne correspond à la recherche et aux filtres.
Appuyez sur Échap dans le champ de recherche pour l&apos;effacer.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Referral Graph</source>
        <translation>Graphe des recommandations</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Career Paths</source>
        <translation>Parcours professionnels</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>The change to the referral links could not be saved, and the network was left as it was.

%1</source>
        <translation>La modification des liens de recommandation n&apos;a pas pu être enregistrée&#xa0;; le réseau est resté inchangé.

%1</translation>
    </message>
    <message>
        <source>The change could not be saved, and the network was left as it was.

%1</source>
        <translation>La modification n&apos;a pas pu être enregistrée&#xa0;; le réseau est resté inchangé.

%1</translation>
    </message>
    <message>
        <source>%1 — Rapport</source>
        <translation>%1 — Rapport</translation>
    </message>
    <message>
        <source>Cannot open network</source>
        <translation>Impossible d&apos;ouvrir le réseau</translation>
    </message>
    <message>
        <source>Cannot open the demo network</source>
        <translation>Impossible d&apos;ouvrir le réseau de démonstration</translation>
    </message>
    <message>
        <source>Demo network (temporary copy)</source>
        <translation>Réseau de démonstration (copie temporaire)</translation>
    </message>
    <message>
        <source>This is a temporary demo network: changes are discarded when you quit.</source>
        <translation>Ceci est un réseau de démonstration temporaire&#xa0;: les modifications seront perdues lorsque vous quitterez Rapport.</translation>
    </message>
    <message>
        <source>Delete %1, with their meetings, follow-ups and referral links?</source>
        <translation>Supprimer %1, avec ses rencontres, ses suivis et ses liens de recommandation&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts, with their meetings, follow-ups and referral links?</source>
        <translation>
            <numerusform>Supprimer %n contact, avec ses rencontres, ses suivis et ses liens de recommandation&#xa0;?</numerusform>
            <numerusform>Supprimer %n contacts, avec leurs rencontres, leurs suivis et leurs liens de recommandation&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Vous pourrez annuler cette action.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts</source>
        <translation>
            <numerusform>Supprimer %n contact</numerusform>
            <numerusform>Supprimer %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contacts shown</source>
        <translation>
            <numerusform>%1 sur %n contact affiché</numerusform>
            <numerusform>%1 sur %n contacts affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>temporary demo network</source>
        <translation>réseau de démonstration temporaire</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>À propos de Rapport</translation>
    </message>
    <message>
        <source>Rapport %1

Build a professional network through informational interviews: keep contacts, referrals, meeting notes and follow-ups in one local file.</source>
        <translation>Rapport %1

Bâtissez votre réseau professionnel grâce aux entrevues d&apos;information&#xa0;: conservez vos contacts, recommandations, notes de rencontre et suivis dans un seul fichier local.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Your network stays on this computer, in %1. Rapport never sends anything over the network.</source>
        <translation>Votre réseau reste sur cet ordinateur, dans %1. Rapport n’envoie jamais rien sur Internet.</translation>
    </message>
    <message>
        <source>Built with Qt %1, SQLite and Graphviz.</source>
        <translation>Conçu avec Qt %1, SQLite et Graphviz.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace everything in this network with the backup?

The network as it is now is kept as a backup too, so you can restore it if you change your mind.</source>
        <translation>Remplacer tout le contenu de ce réseau par la copie de sauvegarde&#xa0;?

Le réseau tel qu&apos;il est maintenant est conservé lui aussi, pour que vous puissiez le restaurer si vous changez d&apos;avis.</translation>
    </message>
    <message>
        <source>The backup was not restored.

%1</source>
        <translation>La copie de sauvegarde n&apos;a pas été restaurée.

%1</translation>
    </message>
    <message>
        <source>Backup restored. The network as it was is kept as a backup.</source>
        <translation>Copie restaurée. Le réseau tel qu&apos;il était est conservé comme copie de sauvegarde.</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>Restaurer une sau&amp;vegarde…</translation>
    </message>
    <message>
        <source>The change to the meetings could not be saved, and the network was left as it was.

%1</source>
        <translation>La modification des rencontres n&apos;a pas pu être enregistrée, et le réseau est resté tel quel.

%1</translation>
    </message>
    <message>
        <source>Informational Interviewing &amp;Guide</source>
        <translation>&amp;Guide de l&apos;entrevue d&apos;information</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Network repaired. The network as it was is kept as a backup.</source>
        <translation>Réseau réparé. Le réseau tel qu&apos;il était est conservé comme copie de sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Merge Contacts…</source>
        <translation>&amp;Fusionner des contacts…</translation>
    </message>
    <message>
        <source>Could not merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <source>Merge %1 and %2</source>
        <translation>Fusionner %1 et %2</translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>%1 a été fusionné avec %2.</translation>
    </message>
    <message>
        <source>Rapport is free software: you can share and change it under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>Rapport est un logiciel libre&#xa0;: vous pouvez le partager et le modifier selon les termes de la Licence publique générale GNU, version 3 ou ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Contact E&amp;ditor</source>
        <translation>É&amp;diteur de contact</translation>
    </message>
    <message>
        <source>Rapport will use %1 after a restart. Restart now?</source>
        <translation>Rapport passera en %1 après un redémarrage. Redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Rapport could not start again. Start it yourself to use the new language.</source>
        <translation>Rapport n&apos;a pas pu redémarrer. Relancez-le vous-même pour utiliser la nouvelle langue.</translation>
    </message>
    <message>
        <source>Rapport will use %1 after a restart. The demo network then starts afresh, without your changes to it. Restart now?</source>
        <translation>Rapport passera en %1 après un redémarrage. Le réseau de démonstration repartira alors de zéro, sans vos modifications. Redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Import LinkedIn &amp;Archive Folder…</source>
        <translation>Importer le dossier d&apos;une &amp;archive LinkedIn…</translation>
    </message>
    <message>
        <source>Your LinkedIn data archive, unzipped: connections, messages and invitations in one step (the ZIP itself goes through Import Contacts)</source>
        <translation>Votre archive de données LinkedIn, décompressée&#xa0;: relations, messages et invitations en une fois (le ZIP lui-même passe par Importer des contacts)</translation>
    </message>
    <message>
        <source>Forget Message Te&amp;xts…</source>
        <translation>Oublier le te&amp;xte des messages…</translation>
    </message>
    <message>
        <source>Keep only the dates and directions of the LinkedIn messages imported from your archive</source>
        <translation>Ne garder que les dates et les sens des messages LinkedIn importés de votre archive</translation>
    </message>
</context>
<context>
    <name>Rapport::MeetingDialog</name>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>&amp;Referrals Given</source>
        <translation>&amp;Recommandations reçues</translation>
    </message>
    <message>
        <source>Re&amp;flection</source>
        <translation>Ré&amp;flexion</translation>
    </message>
    <message>
        <source>A one-page brief to print before the interview</source>
        <translation>Un aide-mémoire d&apos;une page à imprimer avant l&apos;entrevue</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Ask for 20–30 minutes, and keep to it.</source>
        <translation>Demandez de 20 à 30 minutes, et respectez cette durée.</translation>
    </message>
    <message>
        <source>Café, office, or a video link</source>
        <translation>Café, bureau ou lien de visioconférence</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Who else did they suggest you talk to? Each person becomes a contact, referred by %1, ready for you to reach out to.</source>
        <translation>À qui d&apos;autre vous a-t-on suggéré de parler&#xa0;? Chaque personne devient un contact recommandé par %1, que vous pourrez ensuite joindre.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Use their name? Not asked</source>
        <translation>Mentionner son nom&#xa0;? Pas demandé</translation>
    </message>
    <message>
        <source>May use their name</source>
        <translation>Son nom peut être mentionné</translation>
    </message>
    <message>
        <source>Don&apos;t use their name</source>
        <translation>Ne pas mentionner son nom</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>People %1 referred you to</source>
        <translation>Personnes que %1 vous a recommandées</translation>
    </message>
    <message>
        <source>How drawn are you to this career path, now that you have heard about it?</source>
        <translation>Maintenant que vous en avez entendu parler, dans quelle mesure ce parcours professionnel vous attire-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Drawn to it</source>
        <translation>&amp;Ça m&apos;attire</translation>
    </message>
    <message>
        <source>&amp;Unsure</source>
        <translation>&amp;Incertain</translation>
    </message>
    <message>
        <source>Not &amp;yet</source>
        <translation>Pas &amp;encore</translation>
    </message>
    <message>
        <source>One line: what you learned about what you want, or don&apos;t</source>
        <translation>En une ligne&#xa0;: ce que vous avez appris sur ce que vous voulez, ou ne voulez pas</translation>
    </message>
    <message>
        <source>&amp;Takeaway:</source>
        <translation>Leçon re&amp;tenue&#xa0;:</translation>
    </message>
    <message>
        <source>Suggested by %1 on %2.</source>
        <translation>Suggéré par %1 le %2.</translation>
    </message>
    <message>
        <source>Add %1, referred by %2</source>
        <translation>Ajouter %1 (recommandation de %2)</translation>
    </message>
    <message>
        <source>Suggested in a meeting</source>
        <translation>Suggéré lors d&apos;une rencontre</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Ajouter une recommandation</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>The checklist change could not be saved.

%1</source>
        <translation>La modification de la liste de questions n&apos;a pas pu être enregistrée.

%1</translation>
    </message>
    <message>
        <source>Prep S&amp;heet…</source>
        <translation>Fiche de &amp;préparation…</translation>
    </message>
    <message>
        <source>Not f&amp;or me</source>
        <translation>Pas pour &amp;moi</translation>
    </message>
    <message>
        <source>Mark as Held</source>
        <translation>Marquer comme tenue</translation>
    </message>
    <message>
        <source>Save the meeting to take notes, pick questions and record referrals.</source>
        <translation>Enregistrez la rencontre pour prendre des notes, choisir des questions et noter les recommandations.</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a day as in &quot;Tue 8 Dec&quot;: weekday, day, month</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>%1 already has a meeting planned for %2.</source>
        <translation>Une rencontre avec %1 est déjà prévue le %2.</translation>
    </message>
    <message>
        <source>This meeting is planned for %1. Mark it held today? Its date changes to today.</source>
        <translation>Cette rencontre est prévue le %1. La marquer comme tenue aujourd&apos;hui&#xa0;? Sa date devient celle d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>A phone number</source>
        <translation>Un numéro de téléphone</translation>
    </message>
    <message>
        <source>A video link</source>
        <translation>Un lien vidéo</translation>
    </message>
</context>
<context>
    <name>Rapport::MeetingListModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Double-click to open the notes</source>
        <translation>Double-cliquez pour ouvrir les notes</translation>
    </message>
</context>
<context>
    <name>Rapport::MeetingStore</name>
    <message>
        <source>the contact no longer exists</source>
        <translation>le contact n&apos;existe plus</translation>
    </message>
    <message>
        <source>the meeting no longer exists</source>
        <translation>la rencontre n&apos;existe plus</translation>
    </message>
    <message>
        <source>a follow-up needs a text</source>
        <translation>un suivi doit comporter un texte</translation>
    </message>
    <message>
        <source>a follow-up needs a due date</source>
        <translation>un suivi doit comporter une échéance</translation>
    </message>
    <message>
        <source>the follow-up no longer exists</source>
        <translation>le suivi n&apos;existe plus</translation>
    </message>
</context>
<context>
    <name>Rapport::MeetingTypes</name>
    <message>
        <source>Informational interview</source>
        <translation>Entrevue d&apos;information</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Mot de remerciement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Drawn to it</source>
        <translation>Ça m&apos;attire</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Not for me</source>
        <translation>Pas pour moi</translation>
    </message>
    <message>
        <source>No reflection yet</source>
        <translation>Pas encore de réflexion</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <source>LinkedIn invitation</source>
        <translation>Invitation LinkedIn</translation>
    </message>
    <message>
        <source>Tell the referrer</source>
        <translation>Informer la personne qui vous a recommandé</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Prise de nouvelles</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Knows</source>
        <translation>Connaît</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
</context>
<context>
    <name>Rapport::MeetingsPanel</name>
    <message>
        <source>Career paths: what you learned you want, and don&apos;t</source>
        <translation>Parcours professionnels&#xa0;: ce que vous avez découvert vouloir, ou ne pas vouloir</translation>
    </message>
    <message>
        <source>All meetings, upcoming and past</source>
        <translation>Toutes les rencontres, à venir et passées</translation>
    </message>
    <message>
        <source>After each meeting, say in its Reflection how drawn you are to that path. Here they add up.</source>
        <translation>Après chaque rencontre, indiquez dans sa Réflexion à quel point ce parcours vous attire. Le bilan s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Double-click a meeting to open its notes.</source>
        <translation>Double-cliquez sur une rencontre pour ouvrir ses notes.</translation>
    </message>
    <message>
        <source>No meetings yet. Plan one with Schedule… on a contact&apos;s page.</source>
        <translation>Aucune rencontre pour l&apos;instant. Planifiez-en une avec Planifier… sur la fiche d&apos;un contact.</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Planifier…</translation>
    </message>
    <message>
        <source>A new meeting with someone in your network</source>
        <translation>Une nouvelle rencontre avec une personne de votre réseau</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Consigner…</translation>
    </message>
    <message>
        <source>An e-mail, call or meeting that already happened</source>
        <translation>Un e-mail, un appel ou une rencontre qui a déjà eu lieu</translation>
    </message>
    <message>
        <source>Schedule a Meeting</source>
        <translation>Planifier une rencontre</translation>
    </message>
    <message>
        <source>Log a Contact</source>
        <translation>Consigner un échange</translation>
    </message>
</context>
<context>
    <name>Rapport::MeetingsTreeModel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 chez %2</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>Leçon retenue</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>À venir (%1)</translation>
    </message>
    <message>
        <source>Past (%1)</source>
        <translation>Passées (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Rapport::MergeContactsDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation>Fusionner des contacts</translation>
    </message>
    <message>
        <source>%1 and %2 become one contact. Where they differ, choose the value to keep.</source>
        <translation>%1 et %2 deviennent un seul contact. Là où ils diffèrent, choisis la valeur à garder.</translation>
    </message>
    <message>
        <source>Stays · added %1</source>
        <translation>Reste · ajouté le %1</translation>
    </message>
    <message>
        <source>Merged in, then deleted · added %1</source>
        <translation>Fusionné, puis supprimé · ajouté le %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Both contacts&apos; e-mails, phones and tags are kept, and their notes are joined. Meetings, follow-ups and referral links move to the merged contact, and %1 is then deleted. You can undo this.</source>
        <translation>Les e-mails, téléphones et étiquettes des deux contacts sont conservés, et leurs notes sont réunies. Les rencontres, les suivis et les liens de recommandation passent au contact fusionné, puis %1 est supprimé. Vous pouvez annuler cette action.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force du lien</translation>
    </message>
    <message>
        <source>Check in every</source>
        <translation>Relancer tous les</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Connected on LinkedIn</source>
        <translation>Connecté sur LinkedIn le</translation>
    </message>
</context>
<context>
    <name>Rapport::MessageLogModel</name>
    <message>
        <source>Invitation sent</source>
        <translation>Invitation envoyée</translation>
    </message>
    <message>
        <source>Invitation received</source>
        <translation>Invitation reçue</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 · You wrote (the text was not kept)</source>
        <translation>%1 · Vous avez écrit (texte non conservé)</translation>
    </message>
    <message>
        <source>%1 · They wrote (the text was not kept)</source>
        <translation>%1 · Votre contact a écrit (texte non conservé)</translation>
    </message>
    <message>
        <source>%1 · You wrote: %2</source>
        <translation>%1 · Vous avez écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · They wrote: %2</source>
        <translation>%1 · Votre contact a écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Rapport::MoveQuestionCommand</name>
    <message>
        <source>Move question up</source>
        <translation>Monter la question</translation>
    </message>
    <message>
        <source>Move question down</source>
        <translation>Descendre la question</translation>
    </message>
</context>
<context>
    <name>Rapport::NetworkOpener</name>
    <message>
        <source>Rapport networks (*.rapport);;All files (*)</source>
        <translation>Réseaux Rapport (*.rapport);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open network</source>
        <translation>Impossible d&apos;ouvrir le réseau</translation>
    </message>
    <message numerus="yes">
        <source>%1

A backup of this network from %2, with %n contact(s), can take its place. The file that cannot be opened is kept beside it as %3.

Restore the backup?</source>
        <translation>
            <numerusform>%1

Une copie de sauvegarde de ce réseau datée du %2, avec %n contact, peut le remplacer. Le fichier qui ne peut pas être ouvert est conservé à côté, sous le nom %3.

Restaurer la copie&#xa0;?</numerusform>
            <numerusform>%1

Une copie de sauvegarde de ce réseau datée du %2, avec %n contacts, peut le remplacer. Le fichier qui ne peut pas être ouvert est conservé à côté, sous le nom %3.

Restaurer la copie&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>New Network</source>
        <translation>Nouveau réseau</translation>
    </message>
    <message>
        <source>%1 already exists. Use File ▸ Open Network to open it.</source>
        <translation>%1 existe déjà. Utilisez Fichier ▸ Ouvrir un réseau pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Open Network</source>
        <translation>Ouvrir un réseau</translation>
    </message>
    <message>
        <source>No recent networks</source>
        <translation>Aucun réseau récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>Rapport::NetworkRecords</name>
    <message>
        <source>a contact cannot refer themselves</source>
        <translation>un contact ne peut pas se recommander lui-même</translation>
    </message>
    <message>
        <source>a &quot;knows&quot; link joins two contacts</source>
        <translation>un lien «&#xa0;connaît&#xa0;» relie deux contacts</translation>
    </message>
    <message>
        <source>the contact no longer exists</source>
        <translation>le contact n&apos;existe plus</translation>
    </message>
</context>
<context>
    <name>Rapport::NetworkSession</name>
    <message>
        <source>%1 is already open in another Rapport window (process %2). Switch to that window, or close it and open the network here.</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre de Rapport (processus %2). Passez à cette fenêtre, ou fermez-la et ouvrez le réseau ici.</translation>
    </message>
</context>
<context>
    <name>Rapport::NewReferrerCommand</name>
    <message>
        <source>Add %1 and %2</source>
        <translation>Ajouter %1 et %2</translation>
    </message>
</context>
<context>
    <name>Rapport::NotesEditor</name>
    <message>
        <source>Meeting notes</source>
        <translation>Notes de rencontre</translation>
    </message>
    <message>
        <source>What you learned, what surprised you, who they suggested you talk to…</source>
        <translation>Ce que vous avez appris, ce qui vous a surpris, les personnes qu&apos;on vous a suggéré de contacter…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>T1</translation>
    </message>
    <message>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>Ctrl+Alt+0</source>
        <translation>Ctrl+Alt+0</translation>
    </message>
    <message>
        <source>Plain paragraph</source>
        <translation>Paragraphe simple</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Ctrl+Shift+7</source>
        <translation>Ctrl+Shift+7</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>☐ Check</source>
        <translation>☐ Case</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Check-box (click the box to tick it)</source>
        <translation>Case à cocher (cliquez sur la case pour la cocher)</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <source>Not saved: the network could not be written</source>
        <translation>Non enregistré&#xa0;: impossible d&apos;écrire le réseau</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>Rapport::OutreachDialog</name>
    <message>
        <source>Write to %1</source>
        <translation>Écrire à %1</translation>
    </message>
    <message>
        <source>Tip: your name and field come from your profile (Edit ▸ My Profile…).</source>
        <translation>Astuce&#xa0;: votre nom et votre domaine proviennent de votre profil (Édition ▸ Mon profil…).</translation>
    </message>
    <message>
        <source>Adjust the text, then send it from your mail program or copy it.</source>
        <translation>Ajustez le texte, puis envoyez-le depuis votre logiciel d&apos;e-mail ou copiez-le.</translation>
    </message>
    <message>
        <source>Open in &amp;Mail</source>
        <translation>Ouvrir dans le logiciel d&apos;&amp;e-mail</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>No mail program answered, so the message was copied to the clipboard instead.</source>
        <translation>Aucun logiciel d&apos;e-mail n&apos;a répondu&#xa0;; le message a donc été copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>The template could not be saved.

%1</source>
        <translation>Le modèle n&apos;a pas pu être enregistré.

%1</translation>
    </message>
    <message>
        <source>Sa&amp;ve as Template…</source>
        <translation>Enregistrer comme mo&amp;dèle…</translation>
    </message>
    <message>
        <source>Blank message</source>
        <translation>Message vierge</translation>
    </message>
    <message>
        <source>&amp;Log as Sent</source>
        <translation>Noter comme en&amp;voyé</translation>
    </message>
    <message>
        <source>Adds this message to %1&apos;s meetings as an e-mail sent now, so the last contact and the stage follow it. Edit ▸ Undo takes it back.</source>
        <translation>Ajoute ce message aux rencontres de %1 comme un e-mail envoyé maintenant, pour que le dernier contact et l&apos;étape en tiennent compte. Édition ▸ Annuler le retire.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Opened in your mail program.</source>
        <translation>Ouvert dans votre logiciel d&apos;e-mail.</translation>
    </message>
    <message>
        <source>Once it is sent, log it here.</source>
        <translation>Une fois envoyé, notez-le ici.</translation>
    </message>
    <message>
        <source>Log as Sent</source>
        <translation>Noter comme envoyé</translation>
    </message>
    <message>
        <source>The message could not be logged.

%1</source>
        <translation>Le message n&apos;a pas pu être noté.

%1</translation>
    </message>
    <message>
        <source>Logged as sent on %1. Edit ▸ Undo takes it back.</source>
        <translation>Noté comme envoyé le %1. Édition ▸ Annuler le retire.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address here: copy the text into a LinkedIn message, or add an address to the contact first.</source>
        <translation>%1 n&apos;a pas d&apos;adresse e-mail ici&#xa0;: copiez le texte dans un message LinkedIn, ou ajoutez d&apos;abord une adresse au contact.</translation>
    </message>
</context>
<context>
    <name>Rapport::OutreachTemplates</name>
    <message>
        <source>Ask for an informational interview</source>
        <translation>Demander une entrevue d&apos;information</translation>
    </message>
    <message>
        <source>Could I ask you about your work at {organization}?</source>
        <translation>Puis-je vous poser quelques questions sur votre travail chez {organization}&#xa0;?</translation>
    </message>
    <message>
        <source>Dear {firstName},

{referrerSentence}I am {myName}, {myField}. I am exploring careers beyond academia and would value 20 minutes of your time to hear how you came to your role as {title} at {organization}, and what the work is like.

I am not looking for a job; I am trying to learn. Would a short call in the next few weeks suit you?

With thanks,
{myName}</source>
        <translation>Bonjour {firstName},

{referrerSentence}Je m&apos;appelle {myName}, {myField}. J&apos;explore des carrières hors du milieu universitaire et j&apos;aimerais beaucoup que vous m&apos;accordiez 20 minutes de votre temps pour en savoir plus sur votre parcours jusqu&apos;à votre poste de {title} chez {organization}, et sur la nature de votre travail.

Je ne cherche pas d&apos;emploi&#xa0;; je cherche à apprendre. Un court appel au cours des prochaines semaines vous conviendrait-il&#xa0;?

Avec mes remerciements,
{myName}</translation>
    </message>
    <message>
        <source>Thank you after a meeting</source>
        <translation>Remerciements après une rencontre</translation>
    </message>
    <message>
        <source>Thank you for your time</source>
        <translation>Merci de m&apos;avoir accordé de votre temps</translation>
    </message>
    <message>
        <source>Dear {firstName},

Thank you for taking the time to talk with me. Your advice about [something specific] was especially helpful, and I will follow up on your suggestions.

I will let you know how things go.

With thanks,
{myName}</source>
        <translation>Bonjour {firstName},

Merci d&apos;avoir pris le temps de discuter avec moi. Vos conseils au sujet de [un point précis] m&apos;ont été particulièrement utiles, et je donnerai suite à vos suggestions.

Je vous tiendrai au courant de la suite.

Avec mes remerciements,
{myName}</translation>
    </message>
    <message>
        <source>Check in a few months later</source>
        <translation>Prendre des nouvelles quelques mois plus tard</translation>
    </message>
    <message>
        <source>An update, and thank you again</source>
        <translation>Quelques nouvelles, et encore merci</translation>
    </message>
    <message>
        <source>Dear {firstName},

I hope all is well at {organization}. Since we spoke, I have [what you did with their advice]. Thank you again for your help.

Best wishes,
{myName}</source>
        <translation>Bonjour {firstName},

J&apos;espère que tout va bien chez {organization}. Depuis notre conversation, j&apos;ai [ce que vous avez fait grâce à ses conseils]. Merci encore pour votre aide.

Cordialement,
{myName}</translation>
    </message>
    <message>
        <source>{referrer} suggested I get in touch with you. </source>
        <translation>{referrer} m&apos;a suggéré de communiquer avec vous. </translation>
    </message>
</context>
<context>
    <name>Rapport::PathDialog</name>
    <message>
        <source>Path To…</source>
        <translation>Chemin vers…</translation>
    </message>
    <message>
        <source>Find the shortest chain of introductions from you to:</source>
        <translation>Trouver la plus courte chaîne de présentations entre vous et&#xa0;:</translation>
    </message>
    <message>
        <source>A &amp;person</source>
        <translation>Une &amp;personne</translation>
    </message>
    <message>
        <source>Anyone at an &amp;organisation</source>
        <translation>N&apos;importe qui dans une &amp;organisation</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Saisissez un nom</translation>
    </message>
    <message>
        <source>Find Path</source>
        <translation>Trouver le chemin</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>person — organisation</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Type an organisation</source>
        <translation>Saisissez une organisation</translation>
    </message>
</context>
<context>
    <name>Rapport::PinNodeCommand</name>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Désépingler %1</translation>
    </message>
</context>
<context>
    <name>Rapport::PossibleDuplicatesDialog</name>
    <message>
        <source>Possible Duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>These contacts from %1 have the name of someone else in your network, but other details differ, so they were kept apart. Merge the ones who are the same person; keep both where they are two people. You can undo a merge with Edit ▸ Undo.</source>
        <translation>Ces contacts de %1 portent le nom d’une autre personne de votre réseau, mais d’autres détails diffèrent&#xa0;: ils ont donc été gardés séparés. Fusionnez ceux qui sont la même personne&#xa0;; gardez les deux s’il s’agit de deux personnes. Vous pouvez annuler une fusion avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>&amp;Pairs to review:</source>
        <translation>&amp;Paires à examiner&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Compare the two side by side and make them one contact</source>
        <translation>Comparer les deux côte à côte et en faire un seul contact</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>They are two people: take the pair off this list</source>
        <translation>Ce sont deux personnes&#xa0;: retirer la paire de cette liste</translation>
    </message>
    <message>
        <source>No possible duplicates are left to review.</source>
        <translation>Il ne reste aucun doublon possible à examiner.</translation>
    </message>
</context>
<context>
    <name>Rapport::PossibleDuplicatesModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>New: %1 (line %2) — also new from this file: %3 · %4</source>
        <translation>Nouveau&#xa0;: %1 (ligne %2) — aussi nouveau, de ce fichier&#xa0;: %3 · %4</translation>
    </message>
    <message>
        <source>New: %1 — also new from this file: %2 · %3</source>
        <translation>Nouveau&#xa0;: %1 — aussi nouveau, de ce fichier&#xa0;: %2 · %3</translation>
    </message>
    <message>
        <source>New: %1 (line %2) — already here: %3 · %4</source>
        <translation>Nouveau&#xa0;: %1 (ligne %2) — déjà ici&#xa0;: %3 · %4</translation>
    </message>
    <message>
        <source>New: %1 — already here: %2 · %3</source>
        <translation>Nouveau&#xa0;: %1 — déjà ici&#xa0;: %2 · %3</translation>
    </message>
</context>
<context>
    <name>Rapport::PrepBatchDialog</name>
    <message>
        <source>Print Prep Sheets</source>
        <translation>Imprimer les fiches de préparation</translation>
    </message>
    <message>
        <source>&amp;Preview and Print…</source>
        <translation>A&amp;perçu et impression…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>No planned meetings in these dates.</source>
        <translation>Aucune rencontre prévue entre ces dates.</translation>
    </message>
    <message>
        <source>Save Prep Sheets as PDF</source>
        <translation>Enregistrer les fiches de préparation en PDF</translation>
    </message>
    <message>
        <source>Prep sheets %1.pdf</source>
        <translation>Fiches de préparation %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making prep sheets…</source>
        <translation>Création des fiches de préparation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The prep sheets could not be made.

%1</source>
        <translation>Les fiches de préparation n&apos;ont pas pu être créées.

%1</translation>
    </message>
    <message>
        <source>1 planned meeting: one sheet.</source>
        <translation>1 rencontre prévue&#xa0;: une fiche.</translation>
    </message>
    <message numerus="yes">
        <source>%n planned meetings: one sheet each.</source>
        <translation>
            <numerusform>%n rencontre prévue&#xa0;: une fiche.</numerusform>
            <numerusform>%n rencontres prévues&#xa0;: une fiche chacune.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapport::PrepSheet</name>
    <message>
        <source>the contact no longer exists</source>
        <translation>le contact n&apos;existe plus</translation>
    </message>
    <message>
        <source>the meeting no longer exists</source>
        <translation>la rencontre n&apos;existe plus</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>(to be agreed)</source>
        <translation>(à convenir)</translation>
    </message>
    <message>
        <source>Time asked for</source>
        <translation>Durée demandée</translation>
    </message>
    <message>
        <source>%1 minutes — keep to it (20–30 minutes is the norm)</source>
        <translation>%1 minutes — respectez cette durée (la norme est de 20 à 30 minutes)</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>Pas encore planifiée</translation>
    </message>
    <message>
        <source>ask whether you may mention their name</source>
        <translation>demandez si vous pouvez mentionner son nom</translation>
    </message>
    <message>
        <source>you may mention their name</source>
        <translation>vous pouvez mentionner son nom</translation>
    </message>
    <message>
        <source>do not mention their name</source>
        <translation>ne mentionnez pas son nom</translation>
    </message>
    <message>
        <source>How you reached them</source>
        <translation>Prise de contact</translation>
    </message>
    <message>
        <source>Referred by %1 — %2</source>
        <translation>Recommandation de %1 — %2</translation>
    </message>
    <message>
        <source>You reached them yourself</source>
        <translation>Vous avez pris contact vous-même</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your 30-second introduction: who you are, what you are exploring, why them. (Fill it in under Edit ▸ My Profile.)</source>
        <translation>Votre présentation de 30 secondes&#xa0;: qui vous êtes, ce que vous explorez, pourquoi cette personne. (À remplir sous Édition ▸ Mon profil.)</translation>
    </message>
    <message>
        <source>Exploring:</source>
        <translation>Pistes explorées&#xa0;:</translation>
    </message>
    <message>
        <source>This is not a job request. Bring a résumé only if they ask for it.</source>
        <translation>Ceci n&apos;est pas une demande d&apos;emploi. N&apos;apportez un CV que si on vous le demande.</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherches</translation>
    </message>
    <message>
        <source>On %1:</source>
        <translation>Sur %1&#xa0;:</translation>
    </message>
    <message>
        <source>their role and path — look them up before you meet.</source>
        <translation>son poste et son parcours — renseignez-vous avant la rencontre.</translation>
    </message>
    <message>
        <source>What you share:</source>
        <translation>Points communs&#xa0;:</translation>
    </message>
    <message>
        <source>To look up:</source>
        <translation>À vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>History with %1</source>
        <translation>Historique avec %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier meeting(s)</source>
        <translation>
            <numerusform>et %n rencontre antérieure</numerusform>
            <numerusform>et %n rencontres antérieures</numerusform>
        </translation>
    </message>
    <message>
        <source>Open follow-ups and promises:</source>
        <translation>Suivis et engagements en cours&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (échéance&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Referrals given</source>
        <translation>Recommandations reçues</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Use my name?</source>
        <translation>Mentionner mon nom&#xa0;?</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>oui / non</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>(d&apos;ici le %1)</translation>
    </message>
    <message>
        <source>Send a thank-you note within 24 hours</source>
        <translation>Envoyer un mot de remerciement dans les 24 heures</translation>
    </message>
    <message>
        <source>Invite them to connect on LinkedIn, with a personal note</source>
        <translation>L&apos;inviter à se connecter sur LinkedIn, avec un mot personnel</translation>
    </message>
    <message>
        <source>Tell %1 that you met, and thank them</source>
        <translation>Informer %1 de la rencontre et lui transmettre vos remerciements</translation>
    </message>
    <message>
        <source>Check in again in about three months</source>
        <translation>Reprendre des nouvelles dans environ trois mois</translation>
    </message>
    <message>
        <source>Prep sheets</source>
        <translation>Fiches de préparation</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Prep sheet</source>
        <translation>Fiche de préparation</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <comment>meeting kind, date at time of day</comment>
        <translation>%1, %2 à %3</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulée)</translation>
    </message>
    <message>
        <source>%1 (held)</source>
        <translation>%1 (tenue)</translation>
    </message>
    <message>
        <source>: %1</source>
        <comment>before a meeting&apos;s notes</comment>
        <translation>&#xa0;: %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in Rapport</source>
        <translation>
            <numerusform>et %n autre dans Rapport</numerusform>
            <numerusform>et %n autres dans Rapport</numerusform>
        </translation>
    </message>
    <message>
        <source>After the meeting:</source>
        <translation>Après la rencontre&#xa0;:</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Vos notes</translation>
    </message>
    <message numerus="yes">
        <source>and %n more line(s) in Rapport</source>
        <translation>
            <numerusform>et %n autre ligne dans Rapport</numerusform>
            <numerusform>et %n autres lignes dans Rapport</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapport::PrepSheetWindow</name>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherches</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Notes area</source>
        <translation>Zone de notes</translation>
    </message>
    <message>
        <source>Follow-up checklist</source>
        <translation>Liste de suivi</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Prep Sheet</source>
        <translation>Fiche de préparation</translation>
    </message>
    <message>
        <source>The prep sheet could not be made.

%1</source>
        <translation>La fiche de préparation n&apos;a pas pu être créée.

%1</translation>
    </message>
    <message>
        <source>Prep Sheet: %1</source>
        <translation>Fiche de préparation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print Prep Sheet</source>
        <translation>Imprimer la fiche de préparation</translation>
    </message>
    <message>
        <source>Prep sheet - %1.pdf</source>
        <translation>Fiche de préparation - %1.pdf</translation>
    </message>
    <message>
        <source>Prep sheets.pdf</source>
        <translation>Fiches de préparation.pdf</translation>
    </message>
    <message>
        <source>Save Prep Sheet as PDF</source>
        <translation>Enregistrer la fiche de préparation en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Prep Sheets: %n meetings</source>
        <translation>
            <numerusform>Fiches de préparation&#xa0;: %n rencontre</numerusform>
            <numerusform>Fiches de préparation&#xa0;: %n rencontres</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>&amp;Largeur de la page</translation>
    </message>
    <message>
        <source>Whole Pa&amp;ge</source>
        <translation>Page &amp;entière</translation>
    </message>
</context>
<context>
    <name>Rapport::PresetLabels</name>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>portable</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>collègue</translation>
    </message>
    <message>
        <source>former colleague</source>
        <translation>ex-collègue</translation>
    </message>
    <message>
        <source>co-author</source>
        <translation>coauteur</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>ami</translation>
    </message>
</context>
<context>
    <name>Rapport::ProfileDialog</name>
    <message>
        <source>My Profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <source>e.g. a postdoc in cell biology</source>
        <translation>p. ex. stagiaire postdoctoral en biologie cellulaire</translation>
    </message>
    <message>
        <source>Who you are, what you are exploring, and why this person: 30 seconds.</source>
        <translation>Qui vous êtes, ce que vous explorez et pourquoi cette personne&#xa0;: 30 secondes.</translation>
    </message>
    <message>
        <source>The careers you are exploring, and what you want to learn.</source>
        <translation>Les carrières que vous explorez, et ce que vous voulez apprendre.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Présentation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Exploring:</source>
        <translation>Pistes &amp;explorées&#xa0;:</translation>
    </message>
    <message>
        <source>The profile could not be saved.

%1</source>
        <translation>Le profil n&apos;a pas pu être enregistré.

%1</translation>
    </message>
</context>
<context>
    <name>Rapport::ProposedFollowUpsModel</name>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>Rapport::QuestionBank</name>
    <message>
        <source>How did you get into this line of work?</source>
        <translation>Comment avez-vous commencé dans ce domaine&#xa0;?</translation>
    </message>
    <message>
        <source>What did your path from your degree to this role look like?</source>
        <translation>Quel a été votre parcours, de vos études jusqu&apos;à ce poste&#xa0;?</translation>
    </message>
    <message>
        <source>What do you know now that you wish you had known then?</source>
        <translation>Que savez-vous aujourd&apos;hui que vous auriez aimé savoir à l&apos;époque&#xa0;?</translation>
    </message>
    <message>
        <source>What does a typical week look like for you?</source>
        <translation>À quoi ressemble une semaine typique pour vous&#xa0;?</translation>
    </message>
    <message>
        <source>What do you enjoy most about your work, and what least?</source>
        <translation>Qu&apos;est-ce qui vous plaît le plus dans votre travail, et le moins&#xa0;?</translation>
    </message>
    <message>
        <source>Which skills matter most in your role?</source>
        <translation>Quelles compétences sont les plus importantes dans votre poste&#xa0;?</translation>
    </message>
    <message>
        <source>How would you describe the culture here?</source>
        <translation>Comment décririez-vous la culture de votre milieu de travail&#xa0;?</translation>
    </message>
    <message>
        <source>How do people usually join, and how do they grow?</source>
        <translation>Comment y entre-t-on habituellement, et comment y progresse-t-on&#xa0;?</translation>
    </message>
    <message>
        <source>Where do you see this field going in the next five years?</source>
        <translation>Comment voyez-vous ce domaine évoluer au cours des cinq prochaines années&#xa0;?</translation>
    </message>
    <message>
        <source>What are the biggest challenges the field faces?</source>
        <translation>Quels sont les plus grands défis auxquels le domaine fait face&#xa0;?</translation>
    </message>
    <message>
        <source>What would you do in my position?</source>
        <translation>Que feriez-vous à ma place&#xa0;?</translation>
    </message>
    <message>
        <source>How could someone with my background stand out?</source>
        <translation>Comment une personne ayant mon profil pourrait-elle se démarquer&#xa0;?</translation>
    </message>
    <message>
        <source>What should I read or follow to learn more?</source>
        <translation>Que devrais-je lire ou suivre pour en apprendre davantage&#xa0;?</translation>
    </message>
    <message>
        <source>Who else should I talk to? May I mention your name?</source>
        <translation>À qui d&apos;autre devrais-je parler&#xa0;? Puis-je mentionner votre nom&#xa0;?</translation>
    </message>
    <message>
        <source>Their path</source>
        <translation>Son parcours</translation>
    </message>
    <message>
        <source>The job</source>
        <translation>Le poste</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>L&apos;organisation</translation>
    </message>
    <message>
        <source>The field</source>
        <translation>Le domaine</translation>
    </message>
    <message>
        <source>Advice for me</source>
        <translation>Conseils pour moi</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
</context>
<context>
    <name>Rapport::QuestionBankDialog</name>
    <message>
        <source>Question Bank</source>
        <translation>Banque de questions</translation>
    </message>
    <message>
        <source>Question (untick to stop asking it; double-click to reword)</source>
        <translation>Question (décochez pour ne plus la poser&#xa0;; double-cliquez pour la reformuler)</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banque de questions</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>The change could not be saved.

%1</source>
        <translation>La modification n&apos;a pas pu être enregistrée.

%1</translation>
    </message>
    <message>
        <source>Add Question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>A question for “%1”:</source>
        <translation>Une question pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>Rapport::QuestionChecklist</name>
    <message>
        <source>Question (tick when asked)</source>
        <translation>Question (cochez une fois posée)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>On sheet</source>
        <translation>Sur la fiche</translation>
    </message>
    <message>
        <source>Print this question on the meeting&apos;s prep sheet</source>
        <translation>Imprimer cette question sur la fiche de préparation de la rencontre</translation>
    </message>
    <message>
        <source>Question checklist</source>
        <translation>Liste de questions</translation>
    </message>
    <message>
        <source>Move Up (for this meeting)</source>
        <translation>Monter (pour cette rencontre)</translation>
    </message>
    <message>
        <source>Move Down (for this meeting)</source>
        <translation>Descendre (pour cette rencontre)</translation>
    </message>
</context>
<context>
    <name>Rapport::QuestionStore</name>
    <message>
        <source>the question is no longer in the bank</source>
        <translation>la question n&apos;est plus dans la banque de questions</translation>
    </message>
</context>
<context>
    <name>Rapport::ReachModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>Directs</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>People they referred you to themselves</source>
        <translation>Personnes que ce contact vous a recommandées directement</translation>
    </message>
    <message>
        <source>Everyone you reached through them, down every chain</source>
        <translation>Toutes les personnes jointes grâce à ce contact, sur toutes les chaînes</translation>
    </message>
</context>
<context>
    <name>Rapport::ReadFailure</name>
    <message>
        <source>Rapport could not read part of %1:

%2

What is shown may be incomplete.</source>
        <translation>Rapport n&apos;a pas pu lire une partie de %1&#xa0;:

%2

Ce qui est affiché peut être incomplet.</translation>
    </message>
    <message>
        <source>Could not read the network: %1</source>
        <translation>Impossible de lire le réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the network</source>
        <translation>Impossible de lire le réseau</translation>
    </message>
</context>
<context>
    <name>Rapport::ReferralDialog</name>
    <message>
        <source>Referred By</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>&amp;Who referred %1?</source>
        <translation>&amp;Qui vous a recommandé %1&#xa0;?</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>&amp;Whom did %1 refer you to?</source>
        <translation>&amp;Qui vous a été recommandé par %1&#xa0;?</translation>
    </message>
    <message>
        <source>Knows</source>
        <translation>Connaît</translation>
    </message>
    <message>
        <source>&amp;Whom does %1 know?</source>
        <translation>&amp;Qui fait partie des connaissances de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Saisissez un nom</translation>
    </message>
    <message>
        <source>Me (I found them myself)</source>
        <translation>Moi (contact trouvé par moi-même)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>person — organisation</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Relation&#xa0;:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. worked together at the lab</source>
        <translation>p. ex. ont travaillé ensemble au labo</translation>
    </message>
    <message>
        <source>e.g. suggested at our coffee in March</source>
        <translation>p. ex. suggéré lors de notre café en mars</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Pas demandé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>May you &amp;mention the referrer&apos;s name?</source>
        <translation>Pouvez-vous &amp;mentionner le nom de la personne qui a fait la recommandation&#xa0;?</translation>
    </message>
    <message>
        <source>Choose a person from the list.</source>
        <translation>Choisissez une personne dans la liste.</translation>
    </message>
    <message>
        <source>No single contact is called &quot;%1&quot;. Choose one from the list.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» ne correspond pas à un seul contact. Choisissez-en un dans la liste.</translation>
    </message>
</context>
<context>
    <name>Rapport::ReferralGraph</name>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
</context>
<context>
    <name>Rapport::ReferralStore</name>
    <message>
        <source>this referral is already recorded</source>
        <translation>cette recommandation est déjà enregistrée</translation>
    </message>
    <message>
        <source>these two already know each other</source>
        <translation>ces deux personnes se connaissent déjà</translation>
    </message>
</context>
<context>
    <name>Rapport::ReferralsGivenModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>may use name</source>
        <translation>son nom peut être cité</translation>
    </message>
    <message>
        <source>don&apos;t use name</source>
        <translation>ne pas citer son nom</translation>
    </message>
</context>
<context>
    <name>Rapport::ReferredByField</name>
    <message>
        <source>Who referred you? A name, or Me</source>
        <translation>Qui vous a recommandé&#xa0;? Un nom, ou Moi</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Who referred you to this person; the link is added with the contact</source>
        <translation>Qui vous a recommandé cette personne&#xa0;; le lien est ajouté avec le contact</translation>
    </message>
    <message>
        <source>Several people referred you; change them under Connections</source>
        <translation>Plusieurs personnes vous ont recommandé&#xa0;; modifiez-les sous Relations</translation>
    </message>
    <message>
        <source>Set referrer of %1</source>
        <translation>Définir qui a recommandé %1</translation>
    </message>
    <message>
        <source>Remove referrer of %1</source>
        <translation>Retirer qui a recommandé %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Adds %1 as a new contact, linked as the one who referred you</source>
        <translation>Ajoute %1 comme nouveau contact, lié comme la personne qui vous a recommandé</translation>
    </message>
    <message>
        <source>%1 is not in your network. Add them as a new contact, linked as the one who referred you?</source>
        <translation>%1 n&apos;est pas dans votre réseau. L&apos;ajouter comme nouveau contact, lié comme la personne qui vous a recommandé&#xa0;?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, #%2</source>
        <translation>%1, n°&#xa0;%2</translation>
    </message>
    <message>
        <source>Several contacts are called %1. Which one referred you?</source>
        <translation>Plusieurs contacts s&apos;appellent %1. Lequel vous a recommandé&#xa0;?</translation>
    </message>
    <message>
        <source>Add %1, who referred you to %2</source>
        <translation>Ajouter %1, qui vous a recommandé auprès de %2</translation>
    </message>
    <message>
        <source>Who referred you to this person. Enter or leaving the field saves it; Enter adds someone who is not in your network as a new contact</source>
        <translation>Qui vous a recommandé cette personne. Entrée ou quitter le champ l&apos;enregistre&#xa0;; Entrée ajoute comme nouveau contact une personne qui n&apos;est pas dans votre réseau</translation>
    </message>
    <message>
        <source>Nobody is called %1. Did you mean one of these, or is it someone new?</source>
        <translation>Personne ne s&apos;appelle %1. Vouliez-vous dire l&apos;une de ces personnes, ou est-ce quelqu&apos;un de nouveau&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Rapport::RemoveFollowUpCommand</name>
    <message>
        <source>Remove follow-up “%1”</source>
        <translation>Supprimer le suivi «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Rapport::RemoveMeetingCommand</name>
    <message>
        <source>Remove meeting with %1</source>
        <translation>Supprimer la rencontre avec %1</translation>
    </message>
</context>
<context>
    <name>Rapport::RemoveQuestionCommand</name>
    <message>
        <source>Remove question</source>
        <translation>Retirer la question</translation>
    </message>
</context>
<context>
    <name>Rapport::RemoveTemplateCommand</name>
    <message>
        <source>Delete template “%1”</source>
        <translation>Supprimer le modèle «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Rapport::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Rapport keeps a copy of this network each day it changes (the last %1), one before every import, and one of the network a restore replaces.</source>
        <translation>Rapport garde une copie de ce réseau chaque jour où il change (les %1 dernières), une avant chaque importation, et une du réseau qu&apos;une restauration remplace.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>Rapport::SaveAnswerCommand</name>
    <message>
        <source>Answer question</source>
        <translation>Répondre à la question</translation>
    </message>
    <message>
        <source>Change prep sheet question</source>
        <translation>Modifier la question de la fiche de préparation</translation>
    </message>
    <message>
        <source>Tick question</source>
        <translation>Cocher la question</translation>
    </message>
    <message>
        <source>Untick question</source>
        <translation>Décocher la question</translation>
    </message>
</context>
<context>
    <name>Rapport::Schema</name>
    <message>
        <source>Cannot upgrade from version %1 to %2.</source>
        <translation>Impossible de mettre à niveau de la version %1 à la version %2.</translation>
    </message>
</context>
<context>
    <name>Rapport::SchemaCheck</name>
    <message>
        <source>table</source>
        <comment>an SQLite object</comment>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <comment>an SQLite object</comment>
        <translation>index</translation>
    </message>
    <message>
        <source>view</source>
        <comment>an SQLite object</comment>
        <translation>vue</translation>
    </message>
    <message>
        <source>trigger</source>
        <comment>an SQLite object</comment>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>this network holds the %1 &quot;%2&quot;, which Rapport did not create</source>
        <translation>ce réseau contient l&apos;objet «&#xa0;%2&#xa0;» (%1), que Rapport n&apos;a pas créé</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; in this network is not the one Rapport created</source>
        <translation>l&apos;objet «&#xa0;%2&#xa0;» (%1) de ce réseau n&apos;est pas celui que Rapport a créé</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; that Rapport created is missing from this network</source>
        <translation>l&apos;objet «&#xa0;%2&#xa0;» (%1) créé par Rapport manque dans ce réseau</translation>
    </message>
    <message>
        <source>Rapport runs nothing it did not create, so it does not use this network as it is. Open it in the Rapport window to repair it; a copy is kept as a backup first.</source>
        <translation>Rapport n&apos;exécute rien qu&apos;il n&apos;a pas créé&#xa0;; il n&apos;utilise donc pas ce réseau tel quel. Ouvrez-le dans la fenêtre de Rapport pour le réparer&#xa0;; une copie est d&apos;abord conservée comme sauvegarde.</translation>
    </message>
    <message>
        <source>Rapport does not remove or rebuild tables, as they may hold data you want, so it cannot use this network as it is. Open a backup of it instead, or ask whoever changed the file.</source>
        <translation>Rapport ne supprime ni ne reconstruit de tables, car elles peuvent contenir des données que vous voulez garder&#xa0;; il ne peut donc pas utiliser ce réseau tel quel. Ouvrez plutôt une sauvegarde, ou demandez à la personne qui a modifié le fichier.</translation>
    </message>
</context>
<context>
    <name>Rapport::SchemaRepair</name>
    <message>
        <source>%1: not a Rapport network this version can repair</source>
        <translation>%1&#xa0;: ce n&apos;est pas un réseau Rapport que cette version peut réparer</translation>
    </message>
</context>
<context>
    <name>Rapport::SchemaRepairPrompt</name>
    <message>
        <source>%1

Rapport runs nothing it did not create. It can remove what it did not create and put back its own definitions; your contacts, meetings and notes stay as they are. A copy of the network as it is now is kept as a backup first.

Repair the network?</source>
        <translation>%1

Rapport n&apos;exécute rien qu&apos;il n&apos;a pas créé. Il peut retirer ce qu&apos;il n&apos;a pas créé et rétablir ses propres définitions&#xa0;; vos contacts, rencontres et notes restent tels quels. Une copie du réseau dans son état actuel est d&apos;abord conservée comme sauvegarde.

Réparer le réseau&#xa0;?</translation>
    </message>
    <message>
        <source>The network was not repaired.

%1</source>
        <translation>Le réseau n&apos;a pas été réparé.

%1</translation>
    </message>
</context>
<context>
    <name>Rapport::Stage</name>
    <message>
        <source>To contact</source>
        <translation>À contacter</translation>
    </message>
    <message>
        <source>Reached out</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rencontré</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>En suivi</translation>
    </message>
    <message>
        <source>Keep warm</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>Not pursuing</source>
        <translation>Sans suite</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>A répondu</translation>
    </message>
</context>
<context>
    <name>Rapport::TemplatesDialog</name>
    <message>
        <source>Outreach Templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <source>Asking for an interview</source>
        <translation>Demande d&apos;entrevue</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Prise de nouvelles</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Champs variables&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>T&amp;exte&#xa0;:</translation>
    </message>
    <message>
        <source>The template could not be saved.

%1</source>
        <translation>Le modèle n&apos;a pas pu être enregistré.

%1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Dear {firstName},



Best wishes,
{myName}</source>
        <translation>Bonjour {firstName},



Cordialement,
{myName}</translation>
    </message>
    <message>
        <source>The template could not be added.

%1</source>
        <translation>Le modèle n&apos;a pas pu être ajouté.

%1</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>Supprimer le modèle «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The template could not be deleted.

%1</source>
        <translation>Le modèle n&apos;a pas pu être supprimé.

%1</translation>
    </message>
</context>
<context>
    <name>Rapport::TextDecoder</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 (with byte-order mark)</source>
        <translation>UTF-8 (avec indicateur d&apos;ordre des octets)</translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 petit-boutiste</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 gros-boutiste</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
</context>
<context>
    <name>Rapport::TodayPanel</name>
    <message>
        <source>Today: what to do</source>
        <translation>Aujourd&apos;hui&#xa0;: à faire</translation>
    </message>
    <message>
        <source>Double-click a line to open it. Tick things off as you go: Undo brings them back.</source>
        <translation>Double-cliquez sur une ligne pour l&apos;ouvrir. Cochez les tâches au fur et à mesure&#xa0;: Annuler les fait réapparaître.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>The network could not be read: %1</source>
        <translation>Impossible de lire le réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to do today. Schedule an informational interview from a contact&apos;s page, or import your contacts to begin.</source>
        <translation>Rien à faire aujourd&apos;hui. Planifiez une entrevue d&apos;information depuis la page d&apos;un contact, ou importez vos contacts pour commencer.</translation>
    </message>
    <message>
        <source>Thank-you note sent</source>
        <translation>Mot de remerciement envoyé</translation>
    </message>
</context>
<context>
    <name>Rapport::VCardReader</name>
    <message>
        <source>unterminated vCard: missing END:VCARD</source>
        <translation>vCard non terminée&#xa0;: END:VCARD manquant</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD sans BEGIN:VCARD</translation>
    </message>
    <message>
        <source>vCard has no name, organisation or e-mail</source>
        <translation>la vCard n&apos;a ni nom, ni organisation, ni e-mail</translation>
    </message>
    <message>
        <source>no vCards found</source>
        <translation>aucune vCard trouvée</translation>
    </message>
    <message>
        <source>vCard line has no &apos;:&apos; between the property name and its value; the line is skipped</source>
        <translation>ligne vCard sans &apos;:&apos; entre le nom de la propriété et sa valeur&#xa0;; la ligne est ignorée</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Hobby</source>
        <translation>Passe-temps</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Maiden name</source>
        <translation>Nom de jeune fille</translation>
    </message>
    <message>
        <source>Phonetic first name</source>
        <translation>Prénom phonétique</translation>
    </message>
    <message>
        <source>Phonetic middle name</source>
        <translation>Deuxième prénom phonétique</translation>
    </message>
    <message>
        <source>Phonetic last name</source>
        <translation>Nom phonétique</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Proche</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Conjoint</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Adjoint</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Clavardage</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Préfixe du nom</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Suffixe du nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a label and its type: Address (work)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a value kept in the notes</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>Rapport::WarmPathPresenter</name>
    <message>
        <source>Path To</source>
        <translation>Chemin vers</translation>
    </message>
    <message>
        <source>Nobody in the network works at &quot;%1&quot;.</source>
        <translation>Personne dans le réseau ne travaille chez «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be any of these organisations:
%2</source>
        <translation>«&#xa0;%1&#xa0;» peut désigner l&apos;une de ces organisations&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Nobody is called &quot;%1&quot;.</source>
        <translation>Personne ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be any of these people; choose one from the list:
%2</source>
        <translation>«&#xa0;%1&#xa0;» peut désigner l&apos;une de ces personnes&#xa0;; choisissez-en une dans la liste&#xa0;:
%2</translation>
    </message>
    <message>
        <source>No chain of introductions leads from you to %1 yet.</source>
        <translation>Aucune chaîne de mises en relation ne mène encore de vous à %1.</translation>
    </message>
    <message>
        <source>Part of this chain is hidden by the filters.</source>
        <translation>Une partie de cette chaîne est masquée par les filtres.</translation>
    </message>
</context>
<context>
    <name>Rapport::WelcomeDialog</name>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Bienvenue dans Rapport</translation>
    </message>
    <message>
        <source>Before your first interview, tell Rapport who you are. Your prep sheets and outreach messages fill themselves in from this; you can change it any time in Edit ▸ My Profile.</source>
        <translation>Avant votre premier entretien, dites à Rapport qui vous êtes. Vos fiches de préparation et vos messages de prise de contact se remplissent à partir de cela&#xa0;; vous pouvez le modifier à tout moment dans Édition ▸ Mon profil.</translation>
    </message>
    <message>
        <source>e.g. a postdoc in cell biology</source>
        <translation>p. ex. stagiaire postdoctoral en biologie cellulaire</translation>
    </message>
    <message>
        <source>Who you are, what you are exploring, and why this person: 30 seconds.</source>
        <translation>Qui vous êtes, ce que vous explorez et pourquoi cette personne&#xa0;: 30 secondes.</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Présentation&#xa0;:</translation>
    </message>
    <message>
        <source>My Profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <source>The profile could not be saved.

%1</source>
        <translation>Le profil n&apos;a pas pu être enregistré.

%1</translation>
    </message>
</context>
<context>
    <name>Rapport::ZipArchive</name>
    <message>
        <source>%1 was not read: %2</source>
        <translation>%1 n&apos;a pas été lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not a ZIP archive, or it is damaged (%1).</source>
        <translation>ce n&apos;est pas une archive ZIP, ou elle est endommagée (%1).</translation>
    </message>
    <message>
        <source>it holds %1 files, more than a data archive has.</source>
        <translation>elle contient %1 fichiers, plus qu&apos;une archive de données n&apos;en a.</translation>
    </message>
    <message>
        <source>entry %1 cannot be read.</source>
        <translation>l&apos;entrée %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>%1 declares an impossible size.</source>
        <translation>%1 déclare une taille impossible.</translation>
    </message>
    <message>
        <source>the name %1 points outside the archive.</source>
        <translation>le nom %1 pointe hors de l&apos;archive.</translation>
    </message>
    <message>
        <source>it holds two files called %1.</source>
        <translation>elle contient deux fichiers nommés %1.</translation>
    </message>
    <message>
        <source>%1 would be %2 once unpacked, more than the %3 a data archive file may be.</source>
        <translation>%1 ferait %2 une fois décompressé, plus que les %3 permis pour un fichier d&apos;archive de données.</translation>
    </message>
    <message>
        <source>%1 unpacks to %2 from %3, which only a ZIP bomb does.</source>
        <translation>%1 passe de %3 à %2 une fois décompressé, ce que seule une bombe ZIP fait.</translation>
    </message>
    <message>
        <source>its files would be more than %1 once unpacked.</source>
        <translation>ses fichiers feraient plus de %1 une fois décompressés.</translation>
    </message>
    <message>
        <source>its files overlap, as in a ZIP bomb.</source>
        <translation>ses fichiers se chevauchent, comme dans une bombe ZIP.</translation>
    </message>
    <message>
        <source>%1 has no file called %2.</source>
        <translation>%1 n&apos;a pas de fichier nommé %2.</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read: %3.</source>
        <translation>%1 dans %2 ne peut pas être lu&#xa0;: %3.</translation>
    </message>
    <message>
        <source>it does not hold the size it declares</source>
        <translation>il n&apos;a pas la taille qu&apos;il déclare</translation>
    </message>
</context>
</TS>
