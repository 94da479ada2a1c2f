<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Rapport::AddContactCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Rapport::AddFollowUpCommand</name>
    <message>
        <source>Add follow-up “%1”</source>
        <translation>Folgeaufgabe „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>Rapport::AddMeetingCommand</name>
    <message>
        <source>Schedule with %1 (%2)</source>
        <translation>Mit %1 planen (%2)</translation>
    </message>
</context>
<context>
    <name>Rapport::AddQuestionCommand</name>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
</context>
<context>
    <name>Rapport::AddTemplateCommand</name>
    <message>
        <source>Add template “%1”</source>
        <translation>Vorlage „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>Rapport::ArchiveHistory</name>
    <message>
        <source>messages.csv: no Profile.csv and no message in SENT say who you are, so the messages were left out</source>
        <translation>messages.csv: Weder Profile.csv noch eine Nachricht in SENT sagt, wer du bist, daher wurden die Nachrichten ausgelassen</translation>
    </message>
</context>
<context>
    <name>Rapport::ArchiveImport</name>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 holds no Connections.csv: ask LinkedIn for the archive with your connections.</source>
        <translation>%1 enthält keine Connections.csv: Fordere bei LinkedIn das Archiv mit deinen Kontakten an.</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>Created %1, updated %2, unchanged %3, skipped %4.</source>
        <translation>Neu angelegt: %1, aktualisiert: %2, unverändert: %3, übersprungen: %4.</translation>
    </message>
    <message>
        <source>Messages and invitations: %1 read, from %2 to %3.</source>
        <translation>Nachrichten und Einladungen: %1 gelesen, vom %2 bis %3.</translation>
    </message>
    <message>
        <source>Logged %1 new messages and %2 new invitations; %3 were already logged.</source>
        <translation>%1 neue Nachrichten und %2 neue Einladungen eingetragen; %3 waren schon eingetragen.</translation>
    </message>
    <message>
        <source>Left out %1 drafts and %2 messages in spam.</source>
        <translation>Ausgelassen: %1 Entwürfe und %2 Spam-Nachrichten.</translation>
    </message>
    <message>
        <source>Added at Reached out, as you wrote to them and they are not among your connections: %1.</source>
        <translation>Bei Angeschrieben hinzugefügt, da du ihnen geschrieben hast und sie nicht zu deinen Kontakten gehören: %1.</translation>
    </message>
    <message>
        <source>Moved on by their history: %1 to Reached out, %2 to Replied.</source>
        <translation>Durch ihren Verlauf weitergerückt: %1 zu Angeschrieben, %2 zu Hat geantwortet.</translation>
    </message>
    <message>
        <source>Not added, as they only wrote to you (%1): %2</source>
        <translation>Nicht hinzugefügt, da sie dir nur geschrieben haben (%1): %2</translation>
    </message>
    <message>
        <source>Fields of My Profile filled in from Profile.csv (they were empty): %1.</source>
        <translation>Felder von Mein Profil aus Profile.csv ausgefüllt (sie waren leer): %1.</translation>
    </message>
    <message>
        <source>Positions and schools added to your history: %1.</source>
        <translation>Deinem Werdegang hinzugefügte Stellen und Schulen: %1.</translation>
    </message>
    <message>
        <source>Not read (Rapport has no use for them): %1</source>
        <translation>Nicht gelesen (Rapport braucht sie nicht): %1</translation>
    </message>
</context>
<context>
    <name>Rapport::ArchiveImportDialog</name>
    <message>
        <source>Import LinkedIn Archive</source>
        <translation>LinkedIn-Archiv importieren</translation>
    </message>
    <message>
        <source>The messages&apos; text</source>
        <translation>Der Text der Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Keep it: it stays in this network&apos;s file, on this computer</source>
        <translation>&amp;Behalten: er bleibt in der Datei dieses Netzwerks, auf diesem Computer</translation>
    </message>
    <message>
        <source>Keep &amp;dates and directions only</source>
        <translation>Nur &amp;Daten und Richtungen behalten</translation>
    </message>
    <message>
        <source>People who only wrote to you are not added (recruiters, say):</source>
        <translation>Wer Ihnen nur geschrieben hat, wird nicht hinzugefügt (etwa Personalvermittler):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>%1 is a LinkedIn archive. Nothing has been written yet.</source>
        <translation>%1 ist ein LinkedIn-Archiv. Noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Connections: %1 (new to this network: %2).</source>
        <translation>Kontakte: %1 (neu in diesem Netzwerk: %2).</translation>
    </message>
    <message>
        <source>Messages and invitations: %1, from %2 to %3.</source>
        <translation>Nachrichten und Einladungen: %1, vom %2 bis %3.</translation>
    </message>
    <message>
        <source>No messages or invitations: the archive holds none, or no one Rapport knows wrote them.</source>
        <translation>Keine Nachrichten oder Einladungen: Das Archiv enthält keine, oder sie betreffen niemanden, den Rapport kennt.</translation>
    </message>
    <message>
        <source>People you wrote to who are not among your connections, to be added at Reached out: %1.</source>
        <translation>Personen, denen Sie geschrieben haben und die nicht unter Ihren Kontakten sind, werden bei „Angeschrieben“ hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Contacts their history moves on: %1 to Reached out, %2 to Replied.</source>
        <translation>Kontakte, die ihr Verlauf weiterbringt: %1 zu „Angeschrieben“, %2 zu „Hat geantwortet“.</translation>
    </message>
    <message>
        <source>Files Rapport does not read: %1</source>
        <translation>Dateien, die Rapport nicht liest: %1</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported %1. Edit ▸ Undo takes all of it back.</source>
        <translation>%1 importiert. Bearbeiten ▸ Rückgängig nimmt alles zurück.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and leaves your network as it was.</source>
        <translation>Import läuft… Abbrechen beendet ihn und lässt Ihr Netzwerk, wie es war.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling… the network is left as it was.</source>
        <translation>Wird abgebrochen … das Netzwerk bleibt, wie es war.</translation>
    </message>
</context>
<context>
    <name>Rapport::ArchiveTables</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file has no %1 column.</source>
        <translation>Die Datei hat keine Spalte %1.</translation>
    </message>
    <message>
        <source>DATE &quot;%1&quot; is not a date; the message is left out.</source>
        <translation>DATE „%1“ ist kein Datum; die Nachricht wird ausgelassen.</translation>
    </message>
    <message>
        <source>Direction &quot;%1&quot; is neither INCOMING nor OUTGOING; the invitation is left out.</source>
        <translation>Direction „%1“ ist weder INCOMING noch OUTGOING; die Einladung wird ausgelassen.</translation>
    </message>
    <message>
        <source>Sent At &quot;%1&quot; is not a date; the invitation is left out.</source>
        <translation>Sent At „%1“ ist kein Datum; die Einladung wird ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>The row has more values than the header (%n extra); it is read without them.</source>
        <translation>
            <numerusform>Die Zeile hat mehr Werte als die Kopfzeile (%n zu viel); sie wird ohne sie gelesen.</numerusform>
            <numerusform>Die Zeile hat mehr Werte als die Kopfzeile (%n zu viel); sie wird ohne sie gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapport::BackupListModel</name>
    <message>
        <source>Daily copy</source>
        <translation>Tägliche Kopie</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Durch Wiederherstellung ersetzt</translation>
    </message>
    <message>
        <source>Before a repair</source>
        <translation>Vor einer Reparatur</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
</context>
<context>
    <name>Rapport::BackupMerge</name>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassaktionen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Graph positions</source>
        <translation>Positionen im Graphen</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 deleted, %5 left alone</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert, %4 gelöscht, %5 unverändert</translation>
    </message>
    <message>
        <source>Changed in both copies: %1</source>
        <translation>In beiden Kopien geändert: %1</translation>
    </message>
    <message>
        <source>%1.%2: refers to %3, which was not restored</source>
        <translation>%1.%2: verweist auf %3, das nicht wiederhergestellt wurde</translation>
    </message>
    <message>
        <source>%1.%2, kept &quot;%3&quot;</source>
        <translation>%1.%2, behalten: „%3“</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1.%2, kept the list of %3</source>
        <translation>%1.%2, behalten: die Liste aus %3</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>der Sicherung</translation>
    </message>
    <message>
        <source>this network</source>
        <translation>diesem Netzwerk</translation>
    </message>
    <message>
        <source>%1 (from the backup) may be %2, already here: the same profile or e-mail. Both are kept.</source>
        <translation>%1 (aus der Sicherung) ist vielleicht %2, der schon hier ist: dasselbe Profil oder dieselbe E-Mail. Beide bleiben erhalten.</translation>
    </message>
    <message>
        <source>the same profile or e-mail</source>
        <translation>gleiches Profil oder gleiche E-Mail</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>My history</source>
        <translation>Mein Werdegang</translation>
    </message>
</context>
<context>
    <name>Rapport::BackupRestore</name>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false oder null</translation>
    </message>
    <message>
        <source>text or null</source>
        <translation>Text oder null</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: erwartet wurde %2</translation>
    </message>
    <message>
        <source>%1: unknown value &quot;%2&quot;</source>
        <translation>%1: unbekannter Wert „%2“</translation>
    </message>
    <message>
        <source>%1: refers to %2, which neither the file nor the network holds</source>
        <translation>%1: verweist auf %2, das weder die Datei noch das Netzwerk enthält</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
    <message>
        <source>%1: is not an object</source>
        <translation>%1: ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: is not a list</source>
        <translation>%1: ist keine Liste</translation>
    </message>
    <message>
        <source>%1: %2 is out of range</source>
        <translation>%1: %2 liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a UUID</source>
        <translation>%1: „%2“ ist keine UUID</translation>
    </message>
    <message>
        <source>%1: is empty</source>
        <translation>%1: ist leer</translation>
    </message>
    <message>
        <source>%1.changed.%2: &quot;%3&quot; is not a time in UTC as Rapport writes it (2026-01-31T09:30:00.000Z)</source>
        <translation>%1.changed.%2: „%3“ ist keine UTC-Zeit, wie Rapport sie schreibt (2026-01-31T09:30:00.000Z)</translation>
    </message>
    <message>
        <source>%1: needs a known &quot;list&quot;, a &quot;key&quot; and a &quot;deletedAt&quot; time</source>
        <translation>%1: braucht eine bekannte „list“, einen „key“ und eine „deletedAt“-Zeit</translation>
    </message>
    <message>
        <source>%1.%2: expected a list of field names</source>
        <translation>%1.%2: eine Liste von Feldnamen erwartet</translation>
    </message>
</context>
<context>
    <name>Rapport::Backups</name>
    <message>
        <source>%1: cannot create the backup folder</source>
        <translation>%1: der Ordner für Sicherungen kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>restoring needs Qt&apos;s SQLite driver to use the system SQLite library</source>
        <translation>zum Wiederherstellen muss der SQLite-Treiber von Qt die SQLite-Bibliothek des Systems verwenden</translation>
    </message>
    <message>
        <source>%1: cannot open the backup</source>
        <translation>%1: die Sicherung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: not a backup of a Rapport network this version can read</source>
        <translation>%1: keine Sicherung eines Rapport-Netzwerks, die diese Version lesen kann</translation>
    </message>
    <message>
        <source>the backup could not be restored: %1</source>
        <translation>die Sicherung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be moved aside.</source>
        <translation>%1 konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation>Die Sicherung konnte nicht nach %1 kopiert werden.</translation>
    </message>
</context>
<context>
    <name>Rapport::CommandLine</name>
    <message>
        <source>%1: added %2 contacts, %3 referral links, %4 meetings and %5 follow-ups.</source>
        <translation>%1: %2 Kontakte, %3 Empfehlungen, %4 Treffen und %5 Folgeaufgaben hinzugefügt.</translation>
    </message>
    <message>
        <source>No contacts match &apos;%1&apos;.</source>
        <translation>Keine Kontakte passen zu „%1“.</translation>
    </message>
    <message>
        <source>The network has no contacts yet.</source>
        <translation>Das Netzwerk enthält noch keine Kontakte.</translation>
    </message>
    <message>
        <source>export: unknown format &apos;%1&apos; (use json, csv, vcard or ics)</source>
        <translation>export: unbekanntes Format „%1“ (erlaubt: json, csv, vcard oder ics)</translation>
    </message>
    <message>
        <source>export: --vcard-version applies to --format vcard only</source>
        <translation>export: --vcard-version gilt nur für --format vcard</translation>
    </message>
    <message>
        <source>export: --vcard-version must be 3 or 4, not &apos;%1&apos;</source>
        <translation>export: --vcard-version muss 3 oder 4 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>import: --on-duplicate must be skip, update or create, not &apos;%1&apos;</source>
        <translation>import: --on-duplicate muss skip, update oder create sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: %2, %3, 1 row.</source>
        <translation>%1: %2, %3, 1 Zeile.</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 rows.</source>
        <translation>%1: %2, %3, %4 Zeilen.</translation>
    </message>
    <message>
        <source>Created %1, updated %2, unchanged %3, skipped %4.</source>
        <translation>Neu angelegt: %1, aktualisiert: %2, unverändert: %3, übersprungen: %4.</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n referral(s).</source>
        <translation>
            <numerusform>%n Empfehlung verknüpft.</numerusform>
            <numerusform>%n Empfehlungen verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <source>No single contact matches these referrers: %1</source>
        <translation>Für diese Empfehlungsgeber gibt es keinen eindeutigen Kontakt: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Fill an empty network with the demo network.</source>
        <translation>Ein leeres Netzwerk mit dem Demo-Netzwerk füllen.</translation>
    </message>
    <message>
        <source>List contacts, optionally matching --search TEXT.</source>
        <translation>Kontakte auflisten, optional nur die zu --search TEXT passenden.</translation>
    </message>
    <message>
        <source>Export the network (--format json, csv, vcard or ics) to stdout or -o FILE.</source>
        <translation>Das Netzwerk exportieren (--format json, csv, vcard oder ics), auf stdout oder nach -o FILE.</translation>
    </message>
    <message>
        <source>Draw the referral graph to -o FILE.svg or FILE.png (--layout layered or force).</source>
        <translation>Den Empfehlungsgraphen nach -o FILE.svg oder FILE.png zeichnen (--layout layered oder force).</translation>
    </message>
    <message>
        <source>Print the shortest chain of introductions --to NAME or --to-org ORGANIZATION.</source>
        <translation>Die kürzeste Vermittlungskette zu --to NAME oder --to-org ORGANIZATION ausgeben.</translation>
    </message>
    <message>
        <source>Write an interview prep sheet for --contact NAME or --meeting ID to -o FILE.pdf or FILE.html.</source>
        <translation>Ein Vorbereitungsblatt für --contact NAME oder --meeting ID nach -o FILE.pdf oder FILE.html schreiben.</translation>
    </message>
    <message>
        <source>Rapport builds a professional network through informational interviews. Without a command, it opens the window.</source>
        <translation>Rapport hilft dir, über Informationsgespräche ein berufliches Netzwerk aufzubauen. Ohne Befehl öffnet es das Fenster.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Use the network file PATH.</source>
        <translation>Die Netzwerkdatei PATH verwenden.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Open the window on a temporary copy of the demo network.</source>
        <translation>Das Fenster mit einer temporären Kopie des Demo-Netzwerks öffnen.</translation>
    </message>
    <message>
        <source>list: only contacts matching TEXT.</source>
        <translation>list: nur Kontakte, die auf TEXT passen.</translation>
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
        <translation>import: Umgang mit bereits bekannten Kontakten: skip, update (Standard) oder create.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>export: vCard version 4 (default) or 3.</source>
        <translation>export: vCard-Version 4 (Standard) oder 3.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>import: check the file and report, writing nothing.</source>
        <translation>import: die Datei prüfen und berichten, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>export: write to FILE instead of stdout; graph, prep-sheet: the file to write.</source>
        <translation>export: nach FILE statt auf stdout schreiben; graph, prep-sheet: die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>graph: layered (default) or force.</source>
        <translation>graph: layered (Standard) oder force.</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <source>path: the contact to reach.</source>
        <translation>path: der Kontakt, den du erreichen willst.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>prep-sheet: the contact (their next planned meeting, if any).</source>
        <translation>prep-sheet: der Kontakt (das nächste geplante Treffen mit ihm, falls vorhanden).</translation>
    </message>
    <message>
        <source>prep-sheet: the meeting, by its number.</source>
        <translation>prep-sheet: das Treffen, anhand seiner Nummer.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>path: reach anyone at this organisation.</source>
        <translation>path: irgendjemanden bei dieser Organisation erreichen.</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANIZATION</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Einer der unten aufgeführten Befehle.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[Befehl]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Without --database, commands and the window use %1.</source>
        <translation>Ohne --database verwenden die Befehle und das Fenster %1.</translation>
    </message>
    <message>
        <source>Exit status is 0 on success and 1 on any error, with the reason on stderr.</source>
        <translation>Der Exit-Status ist 0 bei Erfolg und 1 bei jedem Fehler; der Grund steht auf stderr.</translation>
    </message>
    <message>
        <source>Try &apos;rapport --help&apos; for the commands and options.</source>
        <translation>Mit „rapport --help“ erhältst du eine Übersicht der Befehle und Optionen.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <source>%1: which file? (rapport import FILE)</source>
        <translation>%1: welche Datei? (rapport import FILE)</translation>
    </message>
    <message>
        <source>%1: the option --%2 does not apply here</source>
        <translation>%1: die Option --%2 ist hier nicht anwendbar</translation>
    </message>
    <message>
        <source>the option --%1 needs a command</source>
        <translation>die Option --%1 braucht einen Befehl</translation>
    </message>
    <message>
        <source>--demo and --database cannot be used together</source>
        <translation>--demo und --database können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>rapport: no contact is called &quot;%1&quot;</source>
        <translation>rapport: kein Kontakt heißt „%1“</translation>
    </message>
    <message>
        <source>rapport: &quot;%1&quot; is ambiguous; %2 contacts match:</source>
        <translation>rapport: „%1“ ist mehrdeutig; %2 Kontakte passen:</translation>
    </message>
    <message>
        <source>Give the full name with --to.</source>
        <translation>Gib mit --to den vollständigen Namen an.</translation>
    </message>
    <message>
        <source>rapport: nobody in the network works at &quot;%1&quot;</source>
        <translation>rapport: niemand im Netzwerk arbeitet bei „%1“</translation>
    </message>
    <message>
        <source>rapport: &quot;%1&quot; is ambiguous; %2 organisations match:</source>
        <translation>rapport: „%1“ ist mehrdeutig; %2 Organisationen passen:</translation>
    </message>
    <message>
        <source>Give the full name with --to-org.</source>
        <translation>Gib mit --to-org den vollständigen Namen an.</translation>
    </message>
    <message>
        <source>rapport: graph: give the picture to write with -o FILE.svg or -o FILE.png</source>
        <translation>rapport: graph: gib das zu schreibende Bild mit -o FILE.svg oder -o FILE.png an</translation>
    </message>
    <message>
        <source>rapport: graph: unknown layout &apos;%1&apos; (use layered or force)</source>
        <translation>rapport: graph: unbekannte Anordnung „%1“ (erlaubt: layered oder force)</translation>
    </message>
    <message>
        <source>Wrote %1: %2 people and %3 links.</source>
        <translation>%1 geschrieben: %2 Personen und %3 Verbindungen.</translation>
    </message>
    <message>
        <source>rapport: path: say whom to reach with either --to NAME or --to-org ORGANIZATION</source>
        <translation>rapport: path: gib mit --to NAME oder --to-org ORGANIZATION an, wen du erreichen willst</translation>
    </message>
    <message>
        <source>rapport: no chain of introductions leads from you to %1</source>
        <translation>rapport: keine Vermittlungskette führt von dir zu %1</translation>
    </message>
    <message>
        <source>Give the full name with --contact.</source>
        <translation>Gib mit --contact den vollständigen Namen an.</translation>
    </message>
    <message>
        <source>rapport: prep-sheet: give the file to write with -o FILE.pdf or -o FILE.html</source>
        <translation>rapport: prep-sheet: gib die zu schreibende Datei mit -o FILE.pdf oder -o FILE.html an</translation>
    </message>
    <message>
        <source>rapport: prep-sheet: say whom it is for with either --contact NAME or --meeting ID</source>
        <translation>rapport: prep-sheet: gib mit --contact NAME oder --meeting ID an, für wen es sein soll</translation>
    </message>
    <message>
        <source>rapport: there is no meeting %1</source>
        <translation>rapport: es gibt kein Treffen %1</translation>
    </message>
    <message>
        <source>Wrote the prep sheet for %1 to %2.</source>
        <translation>Vorbereitungsblatt für %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>there is no display to open the window on; the commands work without one (see rapport --help)</source>
        <translation>es gibt keinen Bildschirm, auf dem sich das Fenster öffnen ließe; die Befehle funktionieren ohne (siehe rapport --help)</translation>
    </message>
    <message numerus="yes">
        <source>%n more not drawn.</source>
        <translation>
            <numerusform>%n weitere Person nicht gezeichnet.</numerusform>
            <numerusform>%n weitere Personen nicht gezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>rapport: graph: %1: the picture can be .svg or .png</source>
        <translation>rapport: graph: %1: Das Bild kann .svg oder .png sein</translation>
    </message>
    <message>
        <source>rapport: prep-sheet: %1: the sheet can be written as .pdf or .html</source>
        <translation>rapport: prep-sheet: %1: Das Blatt kann als .pdf oder .html geschrieben werden</translation>
    </message>
    <message>
        <source>Kept what you typed where the file differs:</source>
        <translation>Was du eingegeben hast, bleibt, wo die Datei abweicht:</translation>
    </message>
    <message>
        <source>import: --strict and --skip-invalid ask for opposite things; give one</source>
        <translation>import: --strict und --skip-invalid verlangen Gegensätzliches; gib nur eine an</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) of LinkedIn members who hide their details.</source>
        <translation>
            <numerusform>%n Zeile eines LinkedIn-Mitglieds, das seine Angaben verbirgt, übersprungen.</numerusform>
            <numerusform>%n Zeilen von LinkedIn-Mitgliedern, die ihre Angaben verbergen, übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) with problems, listed on stderr.</source>
        <translation>
            <numerusform>%n Zeile mit Problemen übersprungen, auf stderr aufgeführt.</numerusform>
            <numerusform>%n Zeilen mit Problemen übersprungen, auf stderr aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n value(s) empty that could not be read; their text is in the notes, and each is listed on stderr.</source>
        <translation>
            <numerusform>%n unlesbarer Wert leer gelassen; sein Text steht in den Notizen und auf stderr.</numerusform>
            <numerusform>%n unlesbare Werte leer gelassen; ihr Text steht in den Notizen, jeder ist auf stderr aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept in the notes, as no field holds them: %1</source>
        <translation>In den Notizen behalten, da kein Feld sie aufnimmt: %1</translation>
    </message>
    <message>
        <source>import: import the good rows and list the rows skipped (the default for CSV and vCard).</source>
        <translation>import: die guten Zeilen importieren und die übersprungenen auflisten (Standard für CSV und vCard).</translation>
    </message>
    <message>
        <source>import: refuse the whole file if any row or value has a problem (for scripts).</source>
        <translation>import: die ganze Datei ablehnen, wenn eine Zeile oder ein Wert ein Problem hat (für Skripte).</translation>
    </message>
    <message numerus="yes">
        <source>Left %n contact(s) you already have alone (--on-duplicate skip).</source>
        <translation>
            <numerusform>%n Kontakt, den du schon hast, wurde nicht verändert (--on-duplicate skip).</numerusform>
            <numerusform>%n Kontakte, die du schon hast, wurden nicht verändert (--on-duplicate skip).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: LinkedIn archive, %2 connections.</source>
        <translation>%1: LinkedIn-Archiv, %2 Kontakte.</translation>
    </message>
    <message>
        <source>import: --messages must be text or metadata, not &apos;%1&apos;</source>
        <translation>import: --messages muss text oder metadata sein, nicht „%1“</translation>
    </message>
    <message>
        <source>import: --strict and --skip-invalid apply to contacts files; a LinkedIn archive imports what it can read and lists the rest</source>
        <translation>import: --strict und --skip-invalid gelten für Kontaktdateien; ein LinkedIn-Archiv importiert, was es lesen kann, und listet den Rest</translation>
    </message>
    <message>
        <source>Import FILE: LinkedIn, Google or Outlook CSV, vCard, CSV with a header row, a JSON backup, or LinkedIn&apos;s whole data archive (its ZIP or folder).</source>
        <translation>DATEI importieren: CSV von LinkedIn, Google oder Outlook, vCard, CSV mit Kopfzeile, eine JSON-Sicherung oder das ganze Datenarchiv von LinkedIn (sein ZIP oder Ordner).</translation>
    </message>
    <message>
        <source>import: auto, linkedin, google, outlook, vcard, csv, json or linkedin-archive (default auto); export: the format to write (default json).</source>
        <translation>import: auto, linkedin, google, outlook, vcard, csv, json oder linkedin-archive (Standard auto); export: das zu schreibende Format (Standard json).</translation>
    </message>
    <message>
        <source>import: from a LinkedIn archive, keep the message text (text, the default) or only the dates and directions (metadata).</source>
        <translation>import: aus einem LinkedIn-Archiv den Nachrichtentext behalten (text, der Standard) oder nur Daten und Richtungen (metadata).</translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation>BEHALTEN</translation>
    </message>
    <message>
        <source>import: --messages applies to a LinkedIn archive (a ZIP or a folder) only</source>
        <translation>import: --messages gilt nur für ein LinkedIn-Archiv (ein ZIP oder einen Ordner)</translation>
    </message>
    <message>
        <source>import: unknown format &apos;%1&apos; (use auto, linkedin, google, outlook, vcard, csv, json or linkedin-archive)</source>
        <translation>import: unbekanntes Format „%1“ (verwende auto, linkedin, google, outlook, vcard, csv, json oder linkedin-archive)</translation>
    </message>
    <message>
        <source>Print what to do today: overdue, due today, thank-yous, meetings, the week, replies awaited, going cold (--json for scripts).</source>
        <translation>Ausgeben, was heute zu tun ist: Überfälliges, heute Fälliges, Dankesnachrichten, Treffen, die Woche, ausstehende Antworten, abkühlende Kontakte (--json für Skripte).</translation>
    </message>
    <message>
        <source>list, today: print JSON instead of text.</source>
        <translation>list, today: JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to do today.</source>
        <translation>Heute gibt es nichts zu tun.</translation>
    </message>
</context>
<context>
    <name>Rapport::Contact</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactActivity</name>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Plan an informational interview and open its notes</source>
        <translation>Ein Informationsgespräch planen und seine Notizen öffnen</translation>
    </message>
    <message>
        <source>Record an e-mail, call or chat that just happened; it resets the check-in clock</source>
        <translation>Eine gerade erfolgte E-Mail, einen Anruf oder ein Gespräch festhalten; damit beginnt die Frist bis zum nächsten Melden neu</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>S&amp;chreiben…</translation>
    </message>
    <message>
        <source>A message from your templates: a request, a thank-you or a check-in</source>
        <translation>Eine Nachricht aus deinen Vorlagen: eine Anfrage, ein Dankeschön oder eine Nachricht zur Kontaktpflege</translation>
    </message>
    <message>
        <source>Follow-ups: tick one when done</source>
        <translation>Folgeaufgaben: abhaken, wenn erledigt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected meeting (Undo brings it back)</source>
        <translation>Das ausgewählte Treffen entfernen (Rückgängig holt es zurück)</translation>
    </message>
    <message>
        <source>Remove the selected follow-up (Undo brings it back)</source>
        <translation>Die ausgewählte Folgeaufgabe entfernen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>Prep sheet for the next planned meeting (or for the person alone)</source>
        <translation>Vorbereitungsblatt für das nächste geplante Treffen (oder nur für die Person)</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Noch keine Treffen</translation>
    </message>
    <message>
        <source>Last contact %1; check in by %2.</source>
        <translation>Letzter Kontakt: %1; melde dich bis %2.</translation>
    </message>
    <message>
        <source>No meeting held yet.</source>
        <translation>Bisher hat noch kein Treffen stattgefunden.</translation>
    </message>
    <message>
        <source>Add Follow-up</source>
        <translation>Folgeaufgabe hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Send the article we talked about</source>
        <translation>z. B. Den besprochenen Artikel schicken</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>Sched&amp;ule…</source>
        <translation>Planen…</translation>
    </message>
    <message>
        <source>Log…</source>
        <translation>Erfassen…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Folgeaufgabe…</translation>
    </message>
    <message>
        <source>Prep…</source>
        <translation>Vorbereiten…</translation>
    </message>
    <message>
        <source>Follow-ups (tick one when done):</source>
        <translation>Nachfassaktionen (abhaken, wenn erledigt):</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactChoiceDialog</name>
    <message>
        <source>Type a name</source>
        <translation>Namen eingeben</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <source>Type the name of someone in your network.</source>
        <translation>Gib den Namen einer Person aus deinem Netzwerk ein.</translation>
    </message>
    <message>
        <source>Nobody in your network is called “%1”.</source>
        <translation>Niemand in deinem Netzwerk heißt „%1“.</translation>
    </message>
    <message>
        <source>%1 people fit “%2”: type more of the name, or pick one from the list.</source>
        <translation>%1 Personen passen zu „%2“: Gib mehr vom Namen ein oder wähle jemanden aus der Liste.</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactEditor</name>
    <message>
        <source>Select a contact to see and edit their details,
or press Ctrl+N to add one.</source>
        <translation>Wähle einen Kontakt aus, um seine Angaben zu sehen und zu bearbeiten,
oder drücke Strg+N, um einen neuen anzulegen.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company, lab or agency</source>
        <translation>Firma, Labor oder Behörde</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <source>City, region</source>
        <translation>Stadt, Region</translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/…</source>
        <translation>https://www.linkedin.com/in/…</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. policy, mentor</source>
        <translation>Durch Kommas getrennt, z. B. Politik, Mentor</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source> of 5</source>
        <translation> von 5</translation>
    </message>
    <message>
        <source>How strong the relationship is: 0 = never spoken, 5 = close ally</source>
        <translation>Wie eng die Beziehung ist: 0 = noch nie gesprochen, 5 = enge Vertrauensperson</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>How you met, what they care about, what to remember…</source>
        <translation>Wie ihr euch kennengelernt habt, was der Person wichtig ist, was du dir merken willst…</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Pos&amp;ition:</translation>
    </message>
    <message>
        <source>E-&amp;mails:</source>
        <translation>E-&amp;Mails:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;LinkedIn:</source>
        <translation>&amp;LinkedIn:</translation>
    </message>
    <message>
        <source>Locat&amp;ion:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>St&amp;rength:</source>
        <translation>Beziehung&amp;sstärke:</translation>
    </message>
    <message>
        <source>&amp;Connected on:</source>
        <translation>Ve&amp;rnetzt seit:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep warm: how long after your last contact to check in again</source>
        <translation>Kontakt pflegen: wie lange nach dem letzten Kontakt du dich wieder melden willst</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Treffen:</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Verbindungen:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Fill in what you know, then press Enter or click Add contact.</source>
        <translation>Fülle aus, was du weißt, und drücke dann die Eingabetaste oder klicke auf „Kontakt hinzufügen“.</translation>
    </message>
    <message>
        <source> at </source>
        <translation> bei </translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Referre&amp;d by:</source>
        <translation>Emp&amp;fohlen von:</translation>
    </message>
    <message>
        <source>Chec&amp;k in every:</source>
        <translation>&amp;Kontaktpflege alle:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>Give the contact a name or an organisation first.</source>
        <translation>Gib dem Kontakt zuerst einen Namen oder eine Organisation.</translation>
    </message>
    <message>
        <source>The day you connected with this person on LinkedIn (a LinkedIn import fills it in). With their LinkedIn profile, it means you are connected already, so no LinkedIn invitation is proposed after a meeting</source>
        <translation>Der Tag, an dem du dich mit dieser Person auf LinkedIn vernetzt hast (ein LinkedIn-Import trägt ihn ein). Mit ihrem LinkedIn-Profil heißt das, dass ihr schon vernetzt seid: Nach einem Treffen wird keine LinkedIn-Einladung vorgeschlagen</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactFilterBar</name>
    <message>
        <source>Search names, organizations, e-mails, tags, notes (Ctrl+F)</source>
        <translation>Namen, Organisationen, E-Mails, Schlagwörter und Notizen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Nach Phase filtern</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactImporter</name>
    <message>
        <source>the file could not be read</source>
        <translation>die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>1 row has a problem; nothing was imported</source>
        <translation>1 Zeile ist fehlerhaft; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1 rows have problems; nothing was imported</source>
        <translation>%1 Zeilen sind fehlerhaft; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>no contacts to import</source>
        <translation>keine Kontakte zum Importieren</translation>
    </message>
    <message>
        <source>no backup could be taken before the import, so nothing was imported: %1</source>
        <translation>vor dem Import konnte keine Sicherung angelegt werden, daher wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>the file changed or could not be read again while it was imported; nothing was imported</source>
        <translation>die Datei hat sich während des Imports geändert oder konnte nicht erneut gelesen werden; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the network could not be written: %1</source>
        <translation>das Netzwerk konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: yours &quot;%2&quot;, the file&apos;s &quot;%3&quot;: kept yours</source>
        <translation>%1: deins „%2“, das der Datei „%3“: deins bleibt</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>connected on</source>
        <translation>verbunden seit</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 (left empty; the text is kept in the notes)</source>
        <translation>%1 (leer gelassen; der Text bleibt in den Notizen)</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (übersprungen)</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1:%2: %3 has the name of %4, a contact already here or earlier in the file, but other e-mails or phones: added as someone else, for you to merge if they are the same person.</source>
        <translation>%1:%2: %3 trägt den Namen von %4, einem Kontakt, der schon hier oder weiter oben in der Datei steht, aber mit anderen E-Mail-Adressen oder Telefonnummern: als andere Person hinzugefügt; führe sie zusammen, wenn es dieselbe ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read; nothing was imported</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden; nichts wurde importiert</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden; nichts wurde importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>other e-mails or phones</source>
        <translation>andere E-Mails oder Telefonnummern</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactLinksEditor</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Referred &amp;By…</source>
        <translation>&amp;Empfohlen von…</translation>
    </message>
    <message>
        <source>Record who referred you to this person</source>
        <translation>Festhalten, wer dir diese Person empfohlen hat</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Referred You To…</source>
        <translation>Hat dir empfohlen…</translation>
    </message>
    <message>
        <source>Knows…</source>
        <translation>Kennt…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add referral of %1</source>
        <translation>Empfehlung für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add referral by %1</source>
        <translation>Empfehlung durch %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add link of %1</source>
        <translation>Verbindung von %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit link of %1</source>
        <translation>Verbindung von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove link of %1</source>
        <translation>Verbindung von %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactLinksModel</name>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>Knows %1</source>
        <translation>Kennt %1</translation>
    </message>
    <message>
        <source>Knows %1 (%2)</source>
        <translation>Kennt %1 (%2)</translation>
    </message>
    <message>
        <source>You found them yourself</source>
        <translation>Du hast die Person selbst gefunden</translation>
    </message>
    <message>
        <source>Referred by %1</source>
        <translation>Empfohlen von %1</translation>
    </message>
    <message>
        <source>Referred you to %1</source>
        <translation>Hat dir %1 empfohlen</translation>
    </message>
    <message>
        <source>may use name</source>
        <translation>Name darf genannt werden</translation>
    </message>
    <message>
        <source>don&apos;t use name</source>
        <translation>Name nicht nennen</translation>
    </message>
    <message>
        <source>No referrals or acquaintances recorded</source>
        <translation>Keine Empfehlungen oder Bekanntschaften erfasst</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactListController</name>
    <message>
        <source>Added %1, the new contact you were typing. Edit ▸ Undo takes it back.</source>
        <translation>%1, der neue Kontakt, den du gerade eingegeben hast, wurde hinzugefügt. Bearbeiten ▸ Rückgängig nimmt es zurück.</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactListModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
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
        <translation>Kontakte</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactMerge</name>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Der Kontakt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactMessages</name>
    <message>
        <source>LinkedIn messages</source>
        <translation>LinkedIn-Nachrichten</translation>
    </message>
    <message>
        <source>LinkedIn messages (the newest %1 of %2):</source>
        <translation>LinkedIn-Nachrichten (die neuesten %1 von %2):</translation>
    </message>
    <message>
        <source>LinkedIn messages (%1):</source>
        <translation>LinkedIn-Nachrichten (%1):</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactStore</name>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Der Kontakt existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Rapport::ContentSniffer</name>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>ein TIFF-Bild</translation>
    </message>
    <message>
        <source>an executable program</source>
        <translation>ein ausführbares Programm</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>eine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>an older Microsoft Office document</source>
        <translation>ein älteres Microsoft-Office-Dokument</translation>
    </message>
    <message>
        <source>not a contacts file: it looks like binary data (%1)</source>
        <translation>keine Kontaktdatei: sie sieht nach Binärdaten aus (%1)</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>not a contacts file: it is compressed (%1); extract it and import the contacts file inside</source>
        <translation>keine Kontaktdatei: sie ist komprimiert (%1); entpacke sie und importiere die Kontaktdatei darin</translation>
    </message>
    <message>
        <source>is a ZIP archive; unzip it and import the CSV inside</source>
        <translation>ist ein ZIP-Archiv; entpacke es und importiere die CSV-Datei darin</translation>
    </message>
    <message>
        <source>is a spreadsheet workbook, not a CSV file; save it as CSV (comma-separated values) in your spreadsheet program and import that</source>
        <translation>ist eine Tabellenkalkulationsmappe, keine CSV-Datei; speichere sie in deinem Tabellenprogramm als CSV (kommagetrennte Werte) und importiere diese</translation>
    </message>
    <message>
        <source>it holds NUL bytes, which text does not have</source>
        <translation>sie enthält NUL-Bytes, die Text nicht hat</translation>
    </message>
    <message>
        <source>it holds control characters, which text does not have</source>
        <translation>sie enthält Steuerzeichen, die Text nicht hat</translation>
    </message>
    <message>
        <source>it holds characters that no text uses</source>
        <translation>sie enthält Zeichen, die kein Text verwendet</translation>
    </message>
    <message>
        <source>not a contacts file: it looks like binary data, or text in an encoding Rapport does not read (it reads UTF-8, UTF-16 and Windows-1252)</source>
        <translation>keine Kontaktdatei: sie sieht nach Binärdaten aus oder nach Text in einer Kodierung, die Rapport nicht liest (es liest UTF-8, UTF-16 und Windows-1252)</translation>
    </message>
    <message>
        <source>not a contacts file: it is text but not a table; its lines do not have a consistent number of fields (separated by %1)</source>
        <translation>keine Kontaktdatei: sie ist Text, aber keine Tabelle; ihre Zeilen haben keine gleichbleibende Zahl von Feldern (getrennt durch %1)</translation>
    </message>
</context>
<context>
    <name>Rapport::CsvContactMapping</name>
    <message>
        <source>LinkedIn connections</source>
        <translation>LinkedIn-Kontakte</translation>
    </message>
    <message>
        <source>Google Contacts CSV</source>
        <translation>Google Kontakte (CSV)</translation>
    </message>
    <message>
        <source>Google Contacts CSV (legacy)</source>
        <translation>Google Kontakte (CSV, altes Format)</translation>
    </message>
    <message>
        <source>Outlook.com CSV</source>
        <translation>Outlook.com (CSV)</translation>
    </message>
    <message>
        <source>Outlook CSV</source>
        <translation>Outlook (CSV)</translation>
    </message>
    <message>
        <source>CSV with a header row</source>
        <translation>CSV mit Kopfzeile</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>E-Mail-Typ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Telefon-Typ</translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation>LinkedIn-URL</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Vernetzt seit</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>(keep it in the notes)</source>
        <translation>(in den Notizen behalten)</translation>
    </message>
    <message>
        <source>cannot read the date &apos;%1&apos; in the column %2 (expected a date like 15 Mar 2024)</source>
        <translation>das Datum „%1“ in der Spalte %2 ist nicht lesbar (erwartet wird ein Datum wie 15 Mar 2024)</translation>
    </message>
    <message>
        <source>(after the last column)</source>
        <translation>(nach der letzten Spalte)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) after the last column of the header, kept in the notes</source>
        <translation>
            <numerusform>%n Wert nach der letzten Spalte der Kopfzeile, in den Notizen behalten</numerusform>
            <numerusform>%n Werte nach der letzten Spalte der Kopfzeile, in den Notizen behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>LinkedIn hides the details of this member: the row holds only the date you connected</source>
        <translation>LinkedIn verbirgt die Angaben dieses Mitglieds: die Zeile enthält nur das Datum, an dem ihr euch vernetzt habt</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>the row identifies nobody: it has no name, organisation, e-mail, phone or profile URL</source>
        <translation>die Zeile bezeichnet niemanden: kein Name, keine Organisation, keine E-Mail, kein Telefon und keine Profil-URL</translation>
    </message>
</context>
<context>
    <name>Rapport::CsvReader</name>
    <message>
        <source>a quoted field starts here and is never closed</source>
        <translation>hier beginnt ein Feld in Anführungszeichen, das nie geschlossen wird</translation>
    </message>
    <message>
        <source>a value starting here is longer than %L1 characters: is a closing quote missing?</source>
        <translation>ein Wert, der hier beginnt, ist länger als %L1 Zeichen: Fehlt ein schließendes Anführungszeichen?</translation>
    </message>
</context>
<context>
    <name>Rapport::Dashboard</name>
    <message>
        <source>Thank %1 for the interview</source>
        <translation>%1 für das Gespräch danken</translation>
    </message>
    <message>
        <source>Check in with %1: last contact %2 days ago</source>
        <translation>Bei %1 melden: letzter Kontakt vor %2 Tagen</translation>
    </message>
    <message>
        <source>Check in with %1 soon</source>
        <translation>Bald bei %1 melden</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>%1 with %2 · %3</source>
        <translation>%1 mit %2 · %3</translation>
    </message>
    <message>
        <source>No reply yet from %1: you wrote %2 days ago; a gentle nudge?</source>
        <translation>Noch keine Antwort von %1: Du hast vor %2 Tagen geschrieben; eine freundliche Erinnerung?</translation>
    </message>
</context>
<context>
    <name>Rapport::DashboardModel</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Thank-you notes to send</source>
        <translation>Ausstehende Dankesnachrichten</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Nächste Treffen</translation>
    </message>
    <message>
        <source>Going cold: time to check in</source>
        <translation>Kontakte kühlen ab: Zeit, dich zu melden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>Als erledigt markieren: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <source>Waiting for a reply</source>
        <translation>Warten auf Antwort</translation>
    </message>
    <message>
        <source>Nudge…</source>
        <translation>Erinnern…</translation>
    </message>
</context>
<context>
    <name>Rapport::Database</name>
    <message>
        <source>%1: is a folder, not a network file</source>
        <translation>%1: ist ein Ordner, keine Netzwerkdatei</translation>
    </message>
    <message>
        <source>%1: no such network file</source>
        <translation>%1: Netzwerkdatei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: der Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot create the file: %2</source>
        <translation>%1: die Datei kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the file (permission denied)</source>
        <translation>%1: die Datei kann nicht gelesen werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a Rapport network (%2)</source>
        <translation>%1: kein Rapport-Netzwerk (%2)</translation>
    </message>
    <message>
        <source>%1: not a Rapport network (it is some other SQLite database)</source>
        <translation>%1: kein Rapport-Netzwerk (sondern eine andere SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1: this network was saved by a newer version of Rapport (schema %2, this version reads up to %3). Please update Rapport.</source>
        <translation>%1: Dieses Netzwerk wurde mit einer neueren Version von Rapport gespeichert (Schema %2, diese Version liest bis Schema %3). Bitte aktualisiere Rapport.</translation>
    </message>
    <message>
        <source>%1: the file is read-only. Rapport saves every change as you make it, so it needs to write to the file: check its permissions, or copy it to a folder of yours.</source>
        <translation>%1: Die Datei ist schreibgeschützt. Rapport speichert jede Änderung sofort und muss deshalb in die Datei schreiben können: Prüfe ihre Berechtigungen oder kopiere sie in einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only. Rapport keeps a journal beside the network while it is open: copy the file to a folder of yours.</source>
        <translation>%1: Der Ordner %2 ist schreibgeschützt. Rapport führt neben dem geöffneten Netzwerk ein Journal: Kopiere die Datei in einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>%1: the network file is damaged and cannot be read (%2). A backup may replace it: see the backups folder beside it.</source>
        <translation>%1: Die Netzwerkdatei ist beschädigt und kann nicht gelesen werden (%2). Eine Sicherung kann sie ersetzen: Sieh im Sicherungsordner daneben nach.</translation>
    </message>
</context>
<context>
    <name>Rapport::DeleteContactCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>Rapport::DemoCopy</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>Rapport::DemoNetwork</name>
    <message>
        <source>%1: the demo fills an empty network, and this one already has contacts</source>
        <translation>%1: die Demo füllt ein leeres Netzwerk, dieses enthält aber bereits Kontakte</translation>
    </message>
    <message>
        <source>%1: could not write the demo network: %2</source>
        <translation>%1: das Demo-Netzwerk konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Rapport::EditContactCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Rapport::EditFollowUpCommand</name>
    <message>
        <source>Mark “%1” done</source>
        <translation>„%1“ als erledigt markieren</translation>
    </message>
    <message>
        <source>Edit follow-up “%1”</source>
        <translation>Folgeaufgabe „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>Rapport::EditMeetingCommand</name>
    <message>
        <source>Edit meeting with %1</source>
        <translation>Treffen mit %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Rapport::EditProfileCommand</name>
    <message>
        <source>Edit my profile</source>
        <translation>Mein Profil bearbeiten</translation>
    </message>
</context>
<context>
    <name>Rapport::EditQuestionCommand</name>
    <message>
        <source>Ask question</source>
        <translation>Frage stellen</translation>
    </message>
    <message>
        <source>Stop asking question</source>
        <translation>Frage nicht mehr stellen</translation>
    </message>
    <message>
        <source>Reword question</source>
        <translation>Frage umformulieren</translation>
    </message>
</context>
<context>
    <name>Rapport::EditTemplateCommand</name>
    <message>
        <source>Edit template “%1”</source>
        <translation>Vorlage „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>Rapport::EmptyStateWidget</name>
    <message>
        <source>Your network starts here</source>
        <translation>Hier beginnt dein Netzwerk</translation>
    </message>
    <message>
        <source>Rapport keeps the people you meet through informational interviews, who referred you to whom, your meeting notes and your follow-ups, all in one file on this computer.

Start by importing your LinkedIn, Google or Outlook contacts, add someone by hand, or explore a demo network to see how it all fits together.</source>
        <translation>Rapport hält fest, wen du in Informationsgesprächen kennenlernst, wer dich an wen weiterempfohlen hat, deine Gesprächsnotizen und deine Folgeaufgaben – alles in einer einzigen Datei auf diesem Computer.

Importiere zum Start deine Kontakte aus LinkedIn, Google oder Outlook, füge jemanden von Hand hinzu oder sieh dir ein Demo-Netzwerk an, um zu entdecken, wie alles zusammenspielt.</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Kontakte importieren…</translation>
    </message>
    <message>
        <source>Open demo network</source>
        <translation>Demo-Netzwerk öffnen</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Open a network file…</source>
        <translation>Netzwerkdatei öffnen…</translation>
    </message>
</context>
<context>
    <name>Rapport::ExportController</name>
    <message>
        <source>&amp;Backup (JSON)…</source>
        <translation>&amp;Sicherung (JSON)…</translation>
    </message>
    <message>
        <source>Rapport JSON backup (*.json)</source>
        <translation>Rapport-JSON-Sicherung (*.json)</translation>
    </message>
    <message>
        <source>Contacts as &amp;CSV (Google)…</source>
        <translation>Kontakte als &amp;CSV (Google)…</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation>Kontakte als &amp;vCard…</translation>
    </message>
    <message>
        <source>vCard file (*.vcf)</source>
        <translation>vCard-Datei (*.vcf)</translation>
    </message>
    <message>
        <source>Meetings as Ca&amp;lendar (iCalendar)…</source>
        <translation>Treffen als &amp;Kalender (iCalendar)…</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar-Datei (*.ics)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
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
        <translation>%1 (überfällig)</translation>
    </message>
</context>
<context>
    <name>Rapport::FollowUpProposals</name>
    <message>
        <source>Send %1 a thank-you note (within 24 hours)</source>
        <translation>%1 eine Dankesnachricht schicken (innerhalb von 24 Stunden)</translation>
    </message>
    <message>
        <source>Connect with %1 on LinkedIn, with a personal note</source>
        <translation>Mit %1 auf LinkedIn vernetzen, mit einer persönlichen Nachricht</translation>
    </message>
    <message>
        <source>Tell %1 that you met %2, and thank them for the introduction</source>
        <translation>%1 erzählen, dass du %2 getroffen hast, und für die Vermittlung danken</translation>
    </message>
</context>
<context>
    <name>Rapport::FollowUpProposalsDialog</name>
    <message>
        <source>After the Interview</source>
        <translation>Nach dem Gespräch</translation>
    </message>
    <message>
        <source>Add Follow-ups</source>
        <translation>Folgeaufgaben hinzufügen</translation>
    </message>
    <message>
        <source>Add follow-ups after the interview</source>
        <translation>Folgeaufgaben nach dem Gespräch hinzufügen</translation>
    </message>
    <message>
        <source>Well done. Add these follow-ups? Click a due date to change it.</source>
        <translation>Gut gemacht. Diese Nachfassaktionen hinzufügen? Klicke auf ein Fälligkeitsdatum, um es zu ändern.</translation>
    </message>
    <message>
        <source>After the Meeting</source>
        <translation>Nach dem Treffen</translation>
    </message>
    <message>
        <source>Mark these done? They were open before the meeting.</source>
        <translation>Diese als erledigt markieren? Sie waren vor dem Treffen offen.</translation>
    </message>
    <message>
        <source>The unticked ones were not made for this meeting, only due by its day: tick the ones it settled.</source>
        <translation>Die nicht angehakten wurden nicht für dieses Treffen angelegt, sie sind nur bis zu seinem Tag fällig: Hake die an, die es erledigt hat.</translation>
    </message>
    <message>
        <source>Update Follow-ups</source>
        <translation>Nachfassaktionen aktualisieren</translation>
    </message>
    <message>
        <source>Update follow-ups after the meeting</source>
        <translation>Nachfassaktionen nach dem Treffen aktualisieren</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphExport</name>
    <message>
        <source>%1: the file name must end in .svg or .png</source>
        <translation>%1: der Dateiname muss auf .svg oder .png enden</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>Referral graph</source>
        <translation>Empfehlungsgraph</translation>
    </message>
    <message>
        <source>Who led to whom, drawn by Rapport</source>
        <translation>Wer zu wem geführt hat, gezeichnet von Rapport</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphExportDialogs</name>
    <message>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Print Graph</source>
        <translation>Graph drucken</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphFilterBar</name>
    <message>
        <source>Graph filters</source>
        <translation>Graph-Filter</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> Schritte</translation>
    </message>
    <message>
        <source>Only people within this many links of the selected contact</source>
        <translation>Nur Personen, die höchstens so viele Verbindungen vom ausgewählten Kontakt entfernt sind</translation>
    </message>
    <message>
        <source>Show contacts nobody referred and who know no one in the network, hanging off you</source>
        <translation>Kontakte anzeigen, die niemand empfohlen hat und die niemanden im Netzwerk kennen – direkt mit dir verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n unlinked not shown)</source>
        <translation>
            <numerusform>(%n unverbundene Person ausgeblendet)</numerusform>
            <numerusform>(%n unverbundene Personen ausgeblendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n with no links not shown: tick Unlinked to see them)</source>
        <translation>
            <numerusform>(%n Kontakt ohne Verbindungen nicht angezeigt: Hake „Unverbundene“ an, um ihn zu sehen)</numerusform>
            <numerusform>(%n Kontakte ohne Verbindungen nicht angezeigt: Hake „Unverbundene“ an, um sie zu sehen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more, further from you, not shown: filter by tag, stage or organisation, or show the people near one contact)</source>
        <translation>
            <numerusform>(%n weitere Person, weiter von dir entfernt, nicht angezeigt: Filtere nach Schlagwort, Phase oder Organisation oder zeige die Personen im Umkreis eines Kontakts)</numerusform>
            <numerusform>(%n weitere Personen, weiter von dir entfernt, nicht angezeigt: Filtere nach Schlagwort, Phase oder Organisation oder zeige die Personen im Umkreis eines Kontakts)</numerusform>
        </translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <source>Near:</source>
        <translation>Nähe:</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Unverbundene</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>filter name: its current choice</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphLayout</name>
    <message>
        <source>the graph could not be laid out</source>
        <translation>der Graph konnte nicht angeordnet werden</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphLegend</name>
    <message>
        <source>referred you to (arrow)</source>
        <translation>hat dich weitervermittelt (Pfeil)</translation>
    </message>
    <message>
        <source>know each other</source>
        <translation>kennen sich</translation>
    </message>
    <message>
        <source>you reached them yourself</source>
        <translation>selbst kontaktiert</translation>
    </message>
    <message>
        <source>thicker border: stronger relationship</source>
        <translation>dickerer Rand: engere Beziehung</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphOverview</name>
    <message>
        <source>Overview of the whole graph</source>
        <translation>Übersicht über den ganzen Graphen</translation>
    </message>
    <message>
        <source>The whole graph: click or drag to move the view</source>
        <translation>Der ganze Graph: klicke oder ziehe, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphPanel</name>
    <message>
        <source>The graph could not be drawn: %1</source>
        <translation>Der Graph konnte nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Referral Graph</source>
        <translation>Empfehlungsgraph</translation>
    </message>
    <message>
        <source>The graph is still being laid out. Try again in a moment.</source>
        <translation>Der Graph wird noch angeordnet. Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot;</source>
        <translation>Niemand namens „%1“</translation>
    </message>
    <message>
        <source>%1 is hidden by the filters</source>
        <translation>%1 ist durch die Filter ausgeblendet</translation>
    </message>
    <message>
        <source>Referral graph, %1 selected</source>
        <translation>Empfehlungsgraph, %1 ausgewählt</translation>
    </message>
    <message>
        <source>Referral graph</source>
        <translation>Empfehlungsgraph</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Path to %1</source>
        <translation>Weg zu %1</translation>
    </message>
    <message>
        <source>Let the Layout Place %1</source>
        <translation>%1 wieder automatisch platzieren</translation>
    </message>
    <message>
        <source>Names are too small to read at this zoom: zoom in, or move around with the overview.</source>
        <translation>Die Namen sind bei dieser Vergrößerung zu klein zum Lesen: vergrößere, oder bewege dich mit der Übersicht.</translation>
    </message>
    <message>
        <source>Scroll up or left for the rest, or hide the contact editor (View ▸ Contact Editor, F4) for more room.</source>
        <translation>Scrollen Sie nach oben oder links für den Rest, oder blenden Sie den Kontakteditor aus (Ansicht ▸ Kontakteditor, F4), um Platz zu gewinnen.</translation>
    </message>
    <message>
        <source>Only the person at the end of this chain fits at a size you can read. %1</source>
        <translation>Nur die letzte Person dieser Kette passt lesbar ins Bild. %1</translation>
    </message>
    <message>
        <source>The last %1 of the %2 people on this chain fit at a size you can read. %3</source>
        <translation>Die letzten %1 der %2 Personen dieser Kette passen lesbar ins Bild. %3</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphPathBar</name>
    <message>
        <source>Warm path</source>
        <translation>Weg über Bekannte</translation>
    </message>
    <message>
        <source>Clear Path</source>
        <translation>Weg ausblenden</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphPaths</name>
    <message>
        <source>%1 is one of your contacts</source>
        <translation>%1 gehört zu deinen Kontakten</translation>
    </message>
    <message>
        <source>%1 and %2 know each other</source>
        <translation>%1 und %2 kennen sich</translation>
    </message>
    <message>
        <source>%1 and %2 know each other (%3)</source>
        <translation>%1 und %2 kennen sich (%3)</translation>
    </message>
    <message>
        <source>you reached %1 yourself</source>
        <translation>du hast %1 selbst erreicht</translation>
    </message>
    <message>
        <source>%1 referred you to %2</source>
        <translation>%1 hat dir %2 empfohlen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You have met %1 (%2, strength %3 of 5).</source>
        <translation>Du hast %1 getroffen (%2, Stärke %3 von 5).</translation>
    </message>
    <message>
        <source>You are in touch with %1 but have not met yet (%2, strength %3 of 5).</source>
        <translation>Du bist mit %1 in Kontakt, habt euch aber noch nicht getroffen (%2, Stärke %3 von 5).</translation>
    </message>
    <message>
        <source>You have not spoken to %1 yet (%2).</source>
        <translation>Du hast noch nicht mit %1 gesprochen (%2).</translation>
    </message>
    <message>
        <source>You chose not to pursue %1 (%2).</source>
        <translation>Du hast beschlossen, %1 nicht weiterzuverfolgen (%2).</translation>
    </message>
    <message>
        <source>Nobody else at %1 can be reached through your network.</source>
        <translation>Sonst ist bei %1 niemand über dein Netzwerk erreichbar.</translation>
    </message>
    <message numerus="yes">
        <source>Chosen among %n people at %1 you can reach: those you have met come first, then stronger relationships, then shorter chains.</source>
        <translation>
            <numerusform>Ausgewählt aus %n erreichbaren Person bei %1: zuerst die, die du getroffen hast, dann stärkere Beziehungen, dann kürzere Ketten.</numerusform>
            <numerusform>Ausgewählt aus %n erreichbaren Personen bei %1: zuerst die, die du getroffen hast, dann stärkere Beziehungen, dann kürzere Ketten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapport::GraphScene</name>
    <message>
        <source>You: every chain of introductions starts here</source>
        <translation>Du: Jede Vermittlungskette beginnt hier</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Strength: %1 of 5</source>
        <translation>Stärke: %1 von 5</translation>
    </message>
    <message>
        <source>%1 is one of your contacts, with no referrer shown</source>
        <translation>%1 gehört zu deinen Kontakten, ohne angezeigte Empfehlung</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphSidePanel</name>
    <message>
        <source>&lt;b&gt;Who opened doors&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wer dir Türen geöffnet hat&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Who opened doors: how many people each contact led you to</source>
        <translation>Wer dir Türen geöffnet hat: zu wie vielen Personen dich jeder Kontakt geführt hat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Phasen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Thicker border: stronger relationship.&lt;br&gt;Arrow: referred you to. Dashed: know each other. Dotted: you reached them yourself.</source>
        <translation>Dickerer Rahmen: engere Beziehung.&lt;br&gt;Pfeil: hat dich weitervermittelt. Gestrichelt: kennen sich. Gepunktet: selbst kontaktiert.</translation>
    </message>
    <message>
        <source>Hide the side panel (View ▸ Show Side Panel)</source>
        <translation>Seitenleiste ausblenden (Ansicht ▸ Seitenleiste zeigen)</translation>
    </message>
    <message>
        <source>Hide the side panel</source>
        <translation>Seitenleiste ausblenden</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphToolBar</name>
    <message>
        <source>Graph tools</source>
        <translation>Graph-Werkzeuge</translation>
    </message>
    <message>
        <source>Layered</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Kräfte</translation>
    </message>
    <message>
        <source>Layered: each referral one step further from you. Force: people who know each other drawn close together.</source>
        <translation>Ebenen: Jede Empfehlung steht eine Stufe weiter von dir entfernt. Kräfte: Wer sich kennt, wird nah beieinander gezeichnet.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Person suchen</translation>
    </message>
    <message>
        <source>The shortest chain of introductions from you to a person or an organisation (%1)</source>
        <translation>Die kürzeste Vermittlungskette von dir zu einer Person oder Organisation (%1)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Laying out the graph</source>
        <translation>Graph wird angeordnet</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>&amp;Fit Graph to Window</source>
        <translation>Graph an &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ve&amp;rkleinern</translation>
    </message>
    <message>
        <source>&amp;Path To…</source>
        <translation>&amp;Weg zu…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Export Graph…</source>
        <translation>&amp;Graph exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Anordnung:</translation>
    </message>
    <message>
        <source>Find a person in the graph by name</source>
        <translation>Eine Person im Graphen nach Namen suchen</translation>
    </message>
    <message>
        <source>Save the graph as an image or print it</source>
        <translation>Den Graphen als Bild speichern oder drucken</translation>
    </message>
    <message>
        <source>Pri&amp;nt Graph…</source>
        <translation>Graph &amp;drucken…</translation>
    </message>
    <message>
        <source>Show &amp;Overview</source>
        <translation>Ü&amp;bersicht zeigen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>A small map of the whole graph when part of it is off screen</source>
        <translation>Eine kleine Karte des ganzen Graphen, wenn ein Teil außerhalb des Bildschirms liegt</translation>
    </message>
    <message>
        <source>Show &amp;Side Panel</source>
        <translation>&amp;Seitenleiste zeigen</translation>
    </message>
    <message>
        <source>Side Panel</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>Who opened doors and the legend, beside the graph</source>
        <translation>Wer Ihnen Türen geöffnet hat, und die Legende, neben dem Graphen</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphView</name>
    <message>
        <source>Referral graph</source>
        <translation>Empfehlungsgraph</translation>
    </message>
    <message>
        <source>Who referred you to whom. Arrows point from the referrer to the person referred; dashed lines join people who know each other. Use the search box to find a person, plus and minus to zoom.</source>
        <translation>Wer dich an wen weiterempfohlen hat. Pfeile zeigen von der empfehlenden zur empfohlenen Person; gestrichelte Linien verbinden Personen, die sich kennen. Mit dem Suchfeld findest du eine Person, mit Plus und Minus zoomst du.</translation>
    </message>
</context>
<context>
    <name>Rapport::IcsExporter</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
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
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Diese Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>%1 importiert: %2 neu, %3 aktualisiert.</translation>
    </message>
    <message>
        <source>Showing the contacts imported from %1.</source>
        <translation>Angezeigt werden die aus %1 importierten Kontakte.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>Der Import wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Merge the backup %1 into this network?
What the network lacks is added. Where both changed the same thing, the later change wins, and rows deleted on one side are deleted on the other. A copy of the network is kept first (File ▸ Restore Backup…).</source>
        <translation>Die Sicherung %1 mit diesem Netzwerk zusammenführen?
Was dem Netzwerk fehlt, wird hinzugefügt. Wo beide dasselbe geändert haben, gilt die spätere Änderung, und was auf einer Seite gelöscht wurde, wird auch auf der anderen gelöscht. Zuvor wird eine Kopie des Netzwerks aufbewahrt (Datei ▸ Sicherung wiederherstellen…).</translation>
    </message>
    <message>
        <source>Backup merged</source>
        <translation>Sicherung zusammengeführt</translation>
    </message>
    <message>
        <source>Merged %1: %2 new contacts, %3 updated, %4 unchanged.</source>
        <translation>%1 zusammengeführt: %2 neue Kontakte, %3 aktualisiert, %4 unverändert.</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>%1 wird zusammengeführt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling… the network is left as it was.</source>
        <translation>Wird abgebrochen … das Netzwerk bleibt, wie es war.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Import wird rückgängig gemacht …</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>Der Import konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>Not a contacts file</source>
        <translation>Keine Kontaktdatei</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.txt *.json *.zip);;LinkedIn, Google or Outlook CSV (*.csv);;LinkedIn data archive (*.zip);;vCard (*.vcf *.vcard);;Rapport backup (*.json);;All files (*)</source>
        <translation>Kontakte (*.csv *.vcf *.vcard *.txt *.json *.zip);;CSV aus LinkedIn, Google oder Outlook (*.csv);;LinkedIn-Datenarchiv (*.zip);;vCard (*.vcf *.vcard);;Rapport-Sicherung (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported the LinkedIn archive %1: %2 new contacts, %3 updated, %4 messages and invitations logged.</source>
        <translation>LinkedIn-Archiv %1 importiert: %2 neue Kontakte, %3 aktualisiert, %4 Nachrichten und Einladungen erfasst.</translation>
    </message>
    <message>
        <source>Import LinkedIn Archive Folder</source>
        <translation>Ordner eines LinkedIn-Archivs importieren</translation>
    </message>
    <message>
        <source>%1 is part of a LinkedIn data archive. Import the whole archive, with its messages and invitations?

No imports %1 alone.</source>
        <translation>%1 gehört zu einem LinkedIn-Datenarchiv. Das ganze Archiv mit Nachrichten und Einladungen importieren?

Nein importiert nur %1.</translation>
    </message>
    <message>
        <source>Forget Message Texts</source>
        <translation>Nachrichtentexte vergessen</translation>
    </message>
    <message>
        <source>No LinkedIn message in this network keeps its text: there is nothing to forget.</source>
        <translation>Keine LinkedIn-Nachricht in diesem Netzwerk hat noch ihren Text: Es gibt nichts zu vergessen.</translation>
    </message>
    <message>
        <source>Remove the text of the %1 LinkedIn messages that keep it?

Their dates, directions and people stay, and so do the stages and last contacts they gave. This cannot be undone.

The automatic backups (File ▸ Restore Backup…) still hold the texts until newer backups replace them.</source>
        <translation>Den Text der %1 LinkedIn-Nachrichten entfernen, die ihn noch haben?

Ihre Daten, Richtungen und Personen bleiben, ebenso die Phasen und letzten Kontakte, die sie ergaben. Das lässt sich nicht rückgängig machen.

Die automatischen Sicherungen (Datei ▸ Sicherung wiederherstellen…) enthalten die Texte, bis neuere Sicherungen sie ersetzen.</translation>
    </message>
    <message>
        <source>Removing the texts…</source>
        <translation>Texte werden entfernt…</translation>
    </message>
    <message>
        <source>The texts could not be removed; nothing was changed: %1</source>
        <translation>Die Texte konnten nicht entfernt werden; nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Removed the text of %1 LinkedIn messages; their dates and directions stay.</source>
        <translation>Text von %1 LinkedIn-Nachrichten entfernt; Daten und Richtungen bleiben.</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportHistory</name>
    <message>
        <source>There is no import %1.</source>
        <translation>Es gibt keinen Import %1.</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>Dieser Import wurde bereits rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>Diesen Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Remove the contacts that the import of %1 added, and put back the details it changed?
Meetings and notes you added to those new contacts since will go too.</source>
        <translation>Die durch den Import von %1 hinzugefügten Kontakte entfernen und die geänderten Angaben wiederherstellen?
Treffen und Notizen, die du seitdem bei diesen neuen Kontakten hinzugefügt hast, werden ebenfalls entfernt.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>Der Import konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportHistoryModel</name>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>LinkedIn-Kontakte</translation>
    </message>
    <message>
        <source>Google contacts</source>
        <translation>Google-Kontakte</translation>
    </message>
    <message>
        <source>Outlook contacts</source>
        <translation>Outlook-Kontakte</translation>
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
        <translation>JSON-Sicherung</translation>
    </message>
    <message>
        <source>LinkedIn archive</source>
        <translation>LinkedIn-Archiv</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportMappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>Example (one row)</source>
        <translation>Beispiel (eine Zeile)</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportOutcomeText</name>
    <message>
        <source>by its Rapport ID</source>
        <translation>über seine Rapport-ID</translation>
    </message>
    <message>
        <source>by profile URL</source>
        <translation>über die Profil-URL</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>über die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>über den Namen</translation>
    </message>
    <message>
        <source>%1 (line %2 of this file)</source>
        <translation>%1 (Zeile %2 dieser Datei)</translation>
    </message>
    <message>
        <source>matches %1 %2</source>
        <translation>entspricht %1 %2</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>neuer Kontakt</translation>
    </message>
    <message>
        <source>new contact; possible duplicate of %1: the same name, but other details</source>
        <translation>neuer Kontakt; mögliche Dublette von %1: derselbe Name, aber andere Angaben</translation>
    </message>
    <message>
        <source>%1; nothing to change</source>
        <translation>%1; nichts zu ändern</translation>
    </message>
    <message>
        <source>%1; changes %2</source>
        <translation>%1; ändert: %2</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>skipped: %1, and you chose to leave the contacts you have alone</source>
        <translation>übersprungen: %1, und du hast gewählt, deine vorhandenen Kontakte unverändert zu lassen</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>über die Telefonnummer</translation>
    </message>
    <message>
        <source>by organisation</source>
        <translation>über die Organisation</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportPreviewModel</name>
    <message>
        <source>What will happen</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Vernetzt seit</translation>
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
        <translation>Prüfe, was importiert wird</translation>
    </message>
    <message>
        <source>Nothing is written until you click Import. Columns can be remapped below.</source>
        <translation>Es wird nichts geschrieben, bevor du auf „Importieren“ klickst. Die Zuordnung der Spalten kannst du unten ändern.</translation>
    </message>
    <message>
        <source>Mapping preset</source>
        <translation>Gespeicherte Zuordnung</translation>
    </message>
    <message>
        <source>Save as Preset…</source>
        <translation>Zuordnung speichern…</translation>
    </message>
    <message>
        <source>Update them: fill in new details, keep my notes and stages</source>
        <translation>Aktualisieren: neue Angaben ergänzen, meine Notizen und Phasen behalten</translation>
    </message>
    <message>
        <source>Skip them: leave the contacts I have alone</source>
        <translation>Überspringen: vorhandene Kontakte unverändert lassen</translation>
    </message>
    <message>
        <source>Add them again as new contacts</source>
        <translation>Erneut als neue Kontakte hinzufügen</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Alle Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>Column mapping:</source>
        <translation>Spaltenzuordnung:</translation>
    </message>
    <message>
        <source>Contacts I already have:</source>
        <translation>Bereits vorhandene Kontakte:</translation>
    </message>
    <message>
        <source> · header on line %1</source>
        <translation> · Kopfzeile in Zeile %1</translation>
    </message>
    <message>
        <source>%1
Detected: %2 · %3%4</source>
        <translation>%1
Erkannt: %2 · %3%4</translation>
    </message>
    <message>
        <source>Rapport does not know these columns: choose below what each one holds (at least a name, an organization or an e-mail).</source>
        <translation>Rapport kennt diese Spalten nicht: Wähle unten aus, was jede davon enthält (mindestens einen Namen, eine Organisation oder eine E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Wie erkannt</translation>
    </message>
    <message>
        <source>Save Mapping Preset</source>
        <translation>Spaltenzuordnung speichern</translation>
    </message>
    <message>
        <source>Name for this column mapping:</source>
        <translation>Name für diese Spaltenzuordnung:</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <source>No field holds these columns, so they are kept in the notes: %1. Choose a field for one above to store it there, or (ignore) to leave it out.</source>
        <translation>Kein Feld nimmt diese Spalten auf, daher bleiben sie in den Notizen: %1. Wähle oben ein Feld, um eine dort zu speichern, oder (ignorieren), um sie wegzulassen.</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>Zeile in der Datei</translation>
    </message>
    <message>
        <source>What will happen to each row:</source>
        <translation>Was mit jeder Zeile passiert:</translation>
    </message>
    <message>
        <source>Checking what will happen…</source>
        <translation>Es wird geprüft, was passiert…</translation>
    </message>
    <message>
        <source>Choose what the columns hold to see what will happen.</source>
        <translation>Wähle, was die Spalten enthalten, um zu sehen, was passiert.</translation>
    </message>
    <message>
        <source>What will happen cannot be shown: %1</source>
        <translation>Was passiert, kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>New: %1 · Already here: %2 · Updated: %3 · Possible duplicates: %4 · Skipped: %5</source>
        <translation>Neu: %1 · Schon vorhanden: %2 · Aktualisiert: %3 · Mögliche Dubletten: %4 · Übersprungen: %5</translation>
    </message>
    <message>
        <source>What will happen to the first %1 of %2 rows:</source>
        <translation>Was mit den ersten %1 von %2 Zeilen passiert:</translation>
    </message>
    <message>
        <source>What will happen to the first %1 rows:</source>
        <translation>Was mit den ersten %1 Zeilen passiert:</translation>
    </message>
    <message>
        <source>1 row will be skipped, as listed below.</source>
        <translation>1 Zeile wird übersprungen, wie unten aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows will be skipped, as listed below.</source>
        <translation>
            <numerusform>%n Zeile wird übersprungen, wie unten aufgeführt.</numerusform>
            <numerusform>%n Zeilen werden übersprungen, wie unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 value cannot be read: it is left empty and its text kept in the contact&apos;s notes.</source>
        <translation>1 Wert ist nicht lesbar: er bleibt leer, sein Text steht in den Notizen des Kontakts.</translation>
    </message>
    <message numerus="yes">
        <source>%n values cannot be read: each is left empty and its text kept in the contact&apos;s notes.</source>
        <translation>
            <numerusform>%n Wert ist nicht lesbar: er bleibt leer, sein Text steht in den Notizen des Kontakts.</numerusform>
            <numerusform>%n Werte sind nicht lesbar: jeder bleibt leer, sein Text steht in den Notizen des Kontakts.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 line cannot be read and will be left out of its card, as listed below.</source>
        <translation>1 Zeile kann nicht gelesen werden und bleibt aus ihrer Karte heraus, wie unten aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines cannot be read and will be left out of their card, as listed below.</source>
        <translation>
            <numerusform>%n Zeile kann nicht gelesen werden und bleibt aus ihrer Karte heraus, wie unten aufgeführt.</numerusform>
            <numerusform>%n Zeilen können nicht gelesen werden und bleiben aus ihrer Karte heraus, wie unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds 1 contact.</source>
        <translation>Die Datei enthält 1 Kontakt.</translation>
    </message>
    <message>
        <source>The file holds %1 contacts.</source>
        <translation>Die Datei enthält %1 Kontakte.</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Show the imported contacts in the list</source>
        <translation>Importierte Kontakte in der Liste anzeigen</translation>
    </message>
    <message>
        <source>Reading and writing contacts… Cancel stops the import and leaves your network as it was.</source>
        <translation>Kontakte werden gelesen und geschrieben… „Abbrechen“ stoppt den Import und lässt dein Netzwerk, wie es war.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Done. New contacts: %1. Updated: %2. Already up to date: %3. Skipped: %4.</source>
        <translation>Fertig. Neue Kontakte: %1. Aktualisiert: %2. Bereits aktuell: %3. Übersprungen: %4.</translation>
    </message>
    <message>
        <source>%1 referral links were made.</source>
        <translation>%1 Empfehlungen wurden verknüpft.</translation>
    </message>
    <message>
        <source>No single contact matches these referrers: %1</source>
        <translation>Für diese Empfehlungsgeber gibt es keinen eindeutigen Kontakt: %1</translation>
    </message>
    <message>
        <source>File ▸ Import History can undo this whole import later.</source>
        <translation>Über Datei ▸ Importverlauf kannst du diesen gesamten Import später rückgängig machen.</translation>
    </message>
    <message>
        <source>Kept what you typed where the file differs:</source>
        <translation>Was du eingegeben hast, bleibt, wo die Datei abweicht:</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…und %1 weitere.</translation>
    </message>
    <message>
        <source>Possible duplicates, kept apart:</source>
        <translation>Mögliche Dubletten, getrennt gehalten:</translation>
    </message>
    <message>
        <source>&amp;Possible duplicates, kept apart as two people. Merge… closes this report and compares the two side by side; you can undo a merge.</source>
        <translation>&amp;Mögliche Dubletten, als zwei Personen getrennt gehalten. Zusammenführen… schließt diesen Bericht und vergleicht die beiden nebeneinander; du kannst eine Zusammenführung rückgängig machen.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;List them after closing, to merge or keep apart</source>
        <translation>&amp;Nach dem Schließen auflisten, zum Zusammenführen oder Getrennthalten</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportSource</name>
    <message>
        <source>a LinkedIn connections export</source>
        <translation>LinkedIn-Kontaktexport</translation>
    </message>
    <message>
        <source>a Google Contacts export</source>
        <translation>Export aus Google Kontakte</translation>
    </message>
    <message>
        <source>an Outlook export</source>
        <translation>Outlook-Export</translation>
    </message>
    <message>
        <source>a contacts file</source>
        <translation>Kontaktdatei</translation>
    </message>
    <message>
        <source>the file has bytes that are not valid %1 text</source>
        <translation>die Datei enthält Bytes, die kein gültiger Text in %1 sind</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a contacts file</source>
        <translation>ist ein Ordner, keine Kontaktdatei</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>this is not %1: no header row of that kind was found</source>
        <translation>die Datei ist nicht als %1 erkennbar: keine passende Kopfzeile gefunden</translation>
    </message>
    <message>
        <source>no header row of a known format (LinkedIn, Google, Outlook) was found; map the columns in the import wizard, or use --format csv with a header row naming the columns (First Name, Last Name, Email, Company...)</source>
        <translation>keine Kopfzeile eines bekannten Formats (LinkedIn, Google, Outlook) gefunden; ordne die Spalten im Importassistenten zu oder verwende --format csv mit einer Kopfzeile, die die Spalten benennt (First Name, Last Name, Email, Company...)</translation>
    </message>
    <message>
        <source>this is not %1: the header looks like %2</source>
        <translation>die Datei ist nicht als %1 erkennbar: die Kopfzeile entspricht dem Format „%2“</translation>
    </message>
    <message>
        <source>the file has a header row but no contacts</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Kontakte</translation>
    </message>
    <message>
        <source>the file is %1, more than Rapport imports at once (%2, about a million contacts): split it into smaller files</source>
        <translation>die Datei ist %1 groß, mehr als Rapport auf einmal importiert (%2, etwa eine Million Kontakte): Teile sie in kleinere Dateien auf</translation>
    </message>
    <message>
        <source>no BEGIN:VCARD found: this is not a vCard file, or it is damaged</source>
        <translation>keine Zeile BEGIN:VCARD gefunden: Das ist keine vCard-Datei, oder sie ist beschädigt</translation>
    </message>
    <message>
        <source>no column holds a name, organisation or e-mail; map the columns in the import wizard</source>
        <translation>keine Spalte enthält einen Namen, eine Organisation oder eine E-Mail-Adresse; ordne die Spalten im Importassistenten zu</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>Rapport::InterviewGuide</name>
    <message>
        <source>What an informational interview is</source>
        <translation>Was ein Informationsgespräch ist</translation>
    </message>
    <message>
        <source>An informational interview is a short conversation, usually 20 to 30 minutes, with someone who does a job you are curious about. You ask about their work, their organisation and how they got there. They are the expert; you are there to learn.</source>
        <translation>Ein Informationsgespräch ist ein kurzes Gespräch, meist 20 bis 30 Minuten lang, mit jemandem, der einen Beruf ausübt, der dich interessiert. Du fragst nach der Arbeit, der Organisation und dem Weg dorthin. Dein Gegenüber ist hier die Fachperson – du bist da, um zu lernen.</translation>
    </message>
    <message>
        <source>It is the most reliable way to find out what a career is really like before you commit to it, and every conversation can lead to the next: at the end, people often refer you to someone else worth meeting. Rapport keeps track of those chains for you.</source>
        <translation>Es ist der verlässlichste Weg, herauszufinden, wie ein Beruf wirklich ist, bevor du dich darauf festlegst. Und jedes Gespräch kann zum nächsten führen: Am Ende empfehlen dir die Leute oft noch jemanden, den kennenzulernen sich lohnt. Rapport behält diese Ketten für dich im Blick.</translation>
    </message>
    <message>
        <source>Asking for a meeting</source>
        <translation>Um ein Gespräch bitten</translation>
    </message>
    <message>
        <source>• Start with people you already know, then the people they suggest. A warm introduction (&quot;Priya Shah suggested I get in touch&quot;) is answered far more often than a cold message.</source>
        <translation>• Fang bei Menschen an, die du schon kennst, und dann bei denen, die sie dir vorschlagen. Auf eine persönliche Empfehlung („Priya Shah hat mir vorgeschlagen, mich bei Ihnen zu melden“) wird weit häufiger geantwortet als auf eine Nachricht aus heiterem Himmel.</translation>
    </message>
    <message>
        <source>• Keep the request short: who you are, why this person, and a clear, small ask — 20 minutes of their time, at their convenience, by phone, video or over coffee.</source>
        <translation>• Halte die Anfrage kurz: wer du bist, warum gerade diese Person und eine klare, kleine Bitte – 20 Minuten Zeit, wann es ihr passt, am Telefon, per Video oder bei einem Kaffee.</translation>
    </message>
    <message>
        <source>• Say plainly that you are looking for advice and information, not a job.</source>
        <translation>• Sag offen, dass du Rat und Informationen suchst, keine Stelle.</translation>
    </message>
    <message>
        <source>• If there is no answer, one polite reminder after a week or two is fine. Then let it go and try someone else.</source>
        <translation>• Kommt keine Antwort, ist eine freundliche Erinnerung nach ein oder zwei Wochen völlig in Ordnung. Danach lass es gut sein und versuch es bei jemand anderem.</translation>
    </message>
    <message>
        <source>In Rapport, the Write… button beside a contact fills one of your templates with their name and your referrer&apos;s, and Schedule… records the meeting once they say yes.</source>
        <translation>In Rapport füllt die Schaltfläche „Schreiben…“ neben einem Kontakt eine deiner Vorlagen mit seinem Namen und dem Namen der Person aus, über die du an ihn gekommen bist. Sobald er zusagt, hältst du das Treffen mit „Planen…“ fest.</translation>
    </message>
    <message>
        <source>What to ask</source>
        <translation>Was du fragen kannst</translation>
    </message>
    <message>
        <source>Prepare five or six questions and let the conversation go where it wants. For example:</source>
        <translation>Bereite fünf oder sechs Fragen vor und lass das Gespräch dann seinen eigenen Weg nehmen. Zum Beispiel:</translation>
    </message>
    <message>
        <source>• How did you get into this work? What did your path look like?</source>
        <translation>• Wie sind Sie zu dieser Arbeit gekommen? Wie sah Ihr Weg aus?</translation>
    </message>
    <message>
        <source>• What does a typical week look like for you?</source>
        <translation>• Wie sieht eine typische Woche bei Ihnen aus?</translation>
    </message>
    <message>
        <source>• What do you enjoy most about it, and what is hardest?</source>
        <translation>• Was gefällt Ihnen daran am meisten, und was ist am schwierigsten?</translation>
    </message>
    <message>
        <source>• Which skills matter most, and how did you learn them?</source>
        <translation>• Welche Fähigkeiten sind am wichtigsten, und wie haben Sie sie erworben?</translation>
    </message>
    <message>
        <source>• How is the field changing? What would you do differently if you were starting now?</source>
        <translation>• Wie verändert sich das Feld? Was würden Sie anders machen, wenn Sie heute anfingen?</translation>
    </message>
    <message>
        <source>• Who else would you suggest I talk to? May I mention your name?</source>
        <translation>• Mit wem sollte ich Ihrer Meinung nach noch sprechen? Darf ich mich dabei auf Sie berufen?</translation>
    </message>
    <message>
        <source>Do your homework first: read about their organisation and role so your questions show it. The Prep… button beside a contact puts what you know and your questions on one printed page to take along.</source>
        <translation>Mach vorher deine Hausaufgaben: Lies dich in die Organisation und die Rolle der Person ein, sodass man es deinen Fragen anmerkt. Die Schaltfläche „Vorbereiten…“ neben einem Kontakt bringt alles, was du weißt, und deine Fragen auf eine gedruckte Seite zum Mitnehmen.</translation>
    </message>
    <message>
        <source>Never ask for a job</source>
        <translation>Frag nie nach einer Stelle</translation>
    </message>
    <message>
        <source>Asking for a job turns a conversation between equals into an interview you were not invited to, and it breaks the promise you made when you asked for the meeting. People can tell, and they stop being open.</source>
        <translation>Fragst du nach einer Stelle, wird aus einem Gespräch auf Augenhöhe ein Vorstellungsgespräch, zu dem du nicht eingeladen wurdest – und du brichst das Versprechen, das du mit deiner Bitte um das Treffen gegeben hast. Die Leute merken das und öffnen sich nicht mehr.</translation>
    </message>
    <message>
        <source>If there is an opening and they think you are a fit, they will tell you. What you ask for instead is advice and the names of other people to talk to. Those referrals are what builds your network.</source>
        <translation>Wenn es eine offene Stelle gibt und man dich für geeignet hält, wird man es dir sagen. Bitte stattdessen um Rat und um Namen weiterer Menschen, mit denen du sprechen kannst. Aus diesen Empfehlungen wächst dein Netzwerk.</translation>
    </message>
    <message>
        <source>Say thank you within 24 hours</source>
        <translation>Bedank dich innerhalb von 24 Stunden</translation>
    </message>
    <message>
        <source>Send a short thank-you note the same day or the next: thank them for their time, mention one thing you learned or will act on, and confirm any introductions they offered.</source>
        <translation>Schick noch am selben oder am nächsten Tag eine kurze Dankesnachricht: Bedank dich für die Zeit, nenne eine Sache, die du gelernt hast oder umsetzen wirst, und greif Angebote auf, dich mit anderen bekannt zu machen.</translation>
    </message>
    <message>
        <source>When you mark an interview as held, Rapport offers a thank-you follow-up due the next day, and the Today page lists the thank-you notes still owed.</source>
        <translation>Wenn du ein Gespräch als stattgefunden markierst, schlägt Rapport eine Folgeaufgabe zum Bedanken für den nächsten Tag vor, und die Seite „Heute“ zeigt die Dankesnachrichten, die noch ausstehen.</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Bleib in Kontakt</translation>
    </message>
    <message>
        <source>A network is kept, not collected. Every few months, send a short update: what you tried after their advice, who you met thanks to them, where you have landed.</source>
        <translation>Ein Netzwerk pflegt man, man sammelt es nicht. Schick alle paar Monate ein kurzes Update: was du nach dem Rat ausprobiert hast, wen du dank der Person kennengelernt hast, wo du gelandet bist.</translation>
    </message>
    <message>
        <source>Tell people when their referral led somewhere. It is the best thank-you there is.</source>
        <translation>Sag den Leuten, wenn ihre Empfehlung etwas bewirkt hat. Einen schöneren Dank gibt es nicht.</translation>
    </message>
    <message>
        <source>Rapport&apos;s Today page lists the people going cold, past the check-in interval you chose for them.</source>
        <translation>Die Seite „Heute“ in Rapport zeigt die Kontakte, die abzukühlen drohen, weil das von dir gewählte Intervall für die Kontaktpflege überschritten ist.</translation>
    </message>
    <message>
        <source>Learn what you don&apos;t want</source>
        <translation>Finde heraus, was du nicht willst</translation>
    </message>
    <message>
        <source>Finding out that a job is not for you is a result, not a failure. It saves you years. Write down what put you off as carefully as what drew you in.</source>
        <translation>Herauszufinden, dass ein Beruf nichts für dich ist, ist ein Ergebnis, kein Scheitern. Es erspart dir Jahre. Schreib genauso sorgfältig auf, was dich abgeschreckt hat, wie das, was dich angezogen hat.</translation>
    </message>
    <message>
        <source>The meeting notes and the Career Paths view help you see the patterns across many conversations: the roles that keep appealing, and the ones that never do.</source>
        <translation>Die Gesprächsnotizen und die Ansicht „Berufswege“ helfen dir, Muster über viele Gespräche hinweg zu erkennen: die Rollen, die dich immer wieder reizen, und die, die es nie tun.</translation>
    </message>
    <message>
        <source>Informational interviewing guide</source>
        <translation>Leitfaden für Informationsgespräche</translation>
    </message>
    <message>
        <source>Meet people, learn about their work, never ask for a job, and let each conversation lead to the next.</source>
        <translation>Triff Menschen, lerne ihre Arbeit kennen, frag nie nach einer Stelle – und lass ein Gespräch zum nächsten führen.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>Rapport::JsonEntryReader</name>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>„%1“ erwartet</translation>
    </message>
    <message>
        <source>a text is not closed</source>
        <translation>ein Text ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a list or an object is not closed</source>
        <translation>eine Liste oder ein Objekt ist nicht geschlossen</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>text after the end of the object</source>
        <translation>Text nach dem Ende des Objekts</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>die Datei hat sich beim Lesen geändert</translation>
    </message>
</context>
<context>
    <name>Rapport::JsonRestore</name>
    <message>
        <source>Rapport JSON backup</source>
        <translation>Rapport-JSON-Sicherung</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>not a Rapport backup: there is no &quot;contacts&quot; list</source>
        <translation>keine Rapport-Sicherung: die Liste &quot;contacts&quot; fehlt</translation>
    </message>
    <message>
        <source>contacts[%1]: needs an &quot;id&quot; and a known &quot;stage&quot; (found &quot;%2&quot;)</source>
        <translation>contacts[%1]: benötigt eine &quot;id&quot; und eine bekannte &quot;stage&quot; (gefunden: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 entries have problems; nothing was imported</source>
        <translation>%1 Einträge sind fehlerhaft; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>no backup could be taken before the import, so nothing was imported: %1</source>
        <translation>vor dem Import konnte keine Sicherung angelegt werden, daher wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>the network could not be written: %1</source>
        <translation>das Netzwerk konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>this backup was written by a newer version of Rapport (backup version %1; this version reads up to %2). Please update Rapport.</source>
        <translation>Diese Sicherung wurde von einer neueren Rapport-Version geschrieben (Sicherungsversion %1; diese Version liest bis %2). Bitte aktualisiere Rapport.</translation>
    </message>
    <message>
        <source>the restore was cancelled; nothing was written</source>
        <translation>die Wiederherstellung wurde abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>the file is larger than a Rapport backup of version 1 can be (256 MB)</source>
        <translation>die Datei ist größer, als eine Rapport-Sicherung der Version 1 sein kann (256 MB)</translation>
    </message>
    <message>
        <source>a meeting has an unknown kind &quot;%1&quot;</source>
        <translation>ein Treffen hat eine unbekannte Art „%1“</translation>
    </message>
    <message>
        <source>a meeting has an unknown status &quot;%1&quot;</source>
        <translation>ein Treffen hat einen unbekannten Status „%1“</translation>
    </message>
</context>
<context>
    <name>Rapport::LabeledValuesEditor</name>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
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
        <translation>Es gibt keine Datei und keinen Ordner %1.</translation>
    </message>
    <message>
        <source>The folder %1 holds more than %2 files: it is not a LinkedIn archive.</source>
        <translation>Der Ordner %1 enthält mehr als %2 Dateien: Er ist kein LinkedIn-Archiv.</translation>
    </message>
    <message>
        <source>%1 holds no Connections.csv, messages.csv or Invitations.csv: it is not a LinkedIn data archive.</source>
        <translation>%1 enthält weder Connections.csv noch messages.csv noch Invitations.csv: Es ist kein LinkedIn-Datenarchiv.</translation>
    </message>
    <message>
        <source>The archive has no such table.</source>
        <translation>Das Archiv hat keine solche Tabelle.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Rapport::MainWindow</name>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace everything in this network with the backup?

The network as it is now is kept as a backup too, so you can restore it if you change your mind.</source>
        <translation>Alles in diesem Netzwerk durch die Sicherung ersetzen?

Der jetzige Stand des Netzwerks wird ebenfalls als Sicherung aufbewahrt, sodass du ihn wiederherstellen kannst, falls du es dir anders überlegst.</translation>
    </message>
    <message>
        <source>The backup was not restored.

%1</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt.

%1</translation>
    </message>
    <message>
        <source>Backup restored. The network as it was is kept as a backup.</source>
        <translation>Sicherung wiederhergestellt. Der vorherige Stand des Netzwerks ist als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;New Network…</source>
        <translation>&amp;Neues Netzwerk…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Network…</source>
        <translation>Netzwerk &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Kontakte importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Open &amp;Demo Network</source>
        <translation>&amp;Demo-Netzwerk öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
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
        <translation>Neuer &amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Delete Contact</source>
        <translation>Kontakt &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;Über Rapport</translation>
    </message>
    <message>
        <source>Informational Interviewing &amp;Guide</source>
        <translation>&amp;Leitfaden für Informationsgespräche</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Importverlauf…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Print Prep Sheets…</source>
        <translation>&amp;Vorbereitungsblätter drucken…</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>&amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>My &amp;Profile…</source>
        <translation>&amp;Mein Profil…</translation>
    </message>
    <message>
        <source>&amp;Question Bank…</source>
        <translation>&amp;Fragenkatalog…</translation>
    </message>
    <message>
        <source>Outreach &amp;Templates…</source>
        <translation>&amp;Nachrichtenvorlagen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>He&amp;ute</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Referral Graph</source>
        <translation>&amp;Empfehlungsgraph</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Treffen</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>C&amp;areer Paths</source>
        <translation>&amp;Berufswege</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Show All Contacts</source>
        <translation>Alle Kontakte anzeigen</translation>
    </message>
    <message>
        <source>No contacts match the search and filters.
Press Esc in the search box to clear it.</source>
        <translation>Keine Kontakte passen zu Suche und Filtern.
Drücke Esc im Suchfeld, um es zu leeren.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Referral Graph</source>
        <translation>Empfehlungsgraph</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Career Paths</source>
        <translation>Berufswege</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>The change to the meetings could not be saved, and the network was left as it was.

%1</source>
        <translation>Die Änderung an den Treffen konnte nicht gespeichert werden; das Netzwerk bleibt unverändert.

%1</translation>
    </message>
    <message>
        <source>The change to the referral links could not be saved, and the network was left as it was.

%1</source>
        <translation>Die Änderung an den Empfehlungen und Verbindungen konnte nicht gespeichert werden; das Netzwerk bleibt unverändert.

%1</translation>
    </message>
    <message>
        <source>The change could not be saved, and the network was left as it was.

%1</source>
        <translation>Die Änderung konnte nicht gespeichert werden; das Netzwerk bleibt unverändert.

%1</translation>
    </message>
    <message>
        <source>%1 — Rapport</source>
        <translation>%1 — Rapport</translation>
    </message>
    <message>
        <source>Cannot open network</source>
        <translation>Netzwerk kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open the demo network</source>
        <translation>Demo-Netzwerk kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Demo network (temporary copy)</source>
        <translation>Demo-Netzwerk (temporäre Kopie)</translation>
    </message>
    <message>
        <source>This is a temporary demo network: changes are discarded when you quit.</source>
        <translation>Dies ist ein temporäres Demo-Netzwerk: Änderungen werden beim Beenden verworfen.</translation>
    </message>
    <message>
        <source>Delete %1, with their meetings, follow-ups and referral links?</source>
        <translation>%1 mit allen Treffen, Folgeaufgaben und Empfehlungen löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts, with their meetings, follow-ups and referral links?</source>
        <translation>
            <numerusform>%n Kontakt mit allen Treffen, Folgeaufgaben und Empfehlungen löschen?</numerusform>
            <numerusform>%n Kontakte mit allen Treffen, Folgeaufgaben und Empfehlungen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Du kannst das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts</source>
        <translation>
            <numerusform>%n Kontakt löschen</numerusform>
            <numerusform>%n Kontakte löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contacts shown</source>
        <translation>
            <numerusform>%1 von %n Kontakt angezeigt</numerusform>
            <numerusform>%1 von %n Kontakten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>temporary demo network</source>
        <translation>temporäres Demo-Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Über Rapport</translation>
    </message>
    <message>
        <source>Rapport %1

Build a professional network through informational interviews: keep contacts, referrals, meeting notes and follow-ups in one local file.</source>
        <translation>Rapport %1

Baue über Informationsgespräche ein berufliches Netzwerk auf: Kontakte, Empfehlungen, Gesprächsnotizen und Folgeaufgaben in einer einzigen lokalen Datei.</translation>
    </message>
    <message>
        <source>Your network stays on this computer, in %1. Rapport never sends anything over the network.</source>
        <translation>Dein Netzwerk bleibt auf diesem Computer, in %1. Rapport sendet niemals etwas ins Internet.</translation>
    </message>
    <message>
        <source>Built with Qt %1, SQLite and Graphviz.</source>
        <translation>Erstellt mit Qt %1, SQLite und Graphviz.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Network repaired. The network as it was is kept as a backup.</source>
        <translation>Netzwerk repariert. Das Netzwerk, wie es war, ist als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Merge Contacts…</source>
        <translation>Kontakte &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Could not merge</source>
        <translation>Zusammenführen nicht möglich</translation>
    </message>
    <message>
        <source>Merge %1 and %2</source>
        <translation>%1 und %2 zusammenführen</translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>%1 wurde mit %2 zusammengeführt.</translation>
    </message>
    <message>
        <source>Rapport is free software: you can share and change it under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>Rapport ist freie Software: Du darfst es unter der GNU General Public License, Version 3 oder später, weitergeben und verändern. Es gibt keinerlei Gewährleistung.</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Contact E&amp;ditor</source>
        <translation>Kontakted&amp;itor</translation>
    </message>
    <message>
        <source>Rapport will use %1 after a restart. Restart now?</source>
        <translation>Rapport verwendet %1 nach einem Neustart. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Rapport could not start again. Start it yourself to use the new language.</source>
        <translation>Rapport konnte nicht neu starten. Starte es selbst, um die neue Sprache zu verwenden.</translation>
    </message>
    <message>
        <source>Rapport will use %1 after a restart. The demo network then starts afresh, without your changes to it. Restart now?</source>
        <translation>Rapport verwendet %1 nach einem Neustart. Das Demo-Netzwerk beginnt dann von vorn, ohne deine Änderungen. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Import LinkedIn &amp;Archive Folder…</source>
        <translation>Ordner eines LinkedIn-&amp;Archivs importieren…</translation>
    </message>
    <message>
        <source>Your LinkedIn data archive, unzipped: connections, messages and invitations in one step (the ZIP itself goes through Import Contacts)</source>
        <translation>Ihr LinkedIn-Datenarchiv, entpackt: Kontakte, Nachrichten und Einladungen in einem Schritt (die ZIP-Datei selbst geht über Kontakte importieren)</translation>
    </message>
    <message>
        <source>Forget Message Te&amp;xts…</source>
        <translation>Nachrichten&amp;texte vergessen…</translation>
    </message>
    <message>
        <source>Keep only the dates and directions of the LinkedIn messages imported from your archive</source>
        <translation>Nur Daten und Richtungen der aus Ihrem Archiv importierten LinkedIn-Nachrichten behalten</translation>
    </message>
</context>
<context>
    <name>Rapport::MeetingDialog</name>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>&amp;Referrals Given</source>
        <translation>We&amp;iterempfehlungen</translation>
    </message>
    <message>
        <source>Re&amp;flection</source>
        <translation>Ref&amp;lexion</translation>
    </message>
    <message>
        <source>A one-page brief to print before the interview</source>
        <translation>Eine einseitige Übersicht zum Ausdrucken vor dem Gespräch</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Ask for 20–30 minutes, and keep to it.</source>
        <translation>Bitte um 20–30 Minuten und halte dich daran.</translation>
    </message>
    <message>
        <source>Café, office, or a video link</source>
        <translation>Café, Büro oder Videolink</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Or&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Who else did they suggest you talk to? Each person becomes a contact, referred by %1, ready for you to reach out to.</source>
        <translation>Mit wem solltest du laut dieser Person noch sprechen? Jede genannte Person wird zu einem Kontakt, empfohlen von %1, bei dem du dich dann melden kannst.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Use their name? Not asked</source>
        <translation>Name nennen? Nicht gefragt</translation>
    </message>
    <message>
        <source>May use their name</source>
        <translation>Name darf genannt werden</translation>
    </message>
    <message>
        <source>Don&apos;t use their name</source>
        <translation>Name nicht nennen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>People %1 referred you to</source>
        <translation>Personen, die %1 dir empfohlen hat</translation>
    </message>
    <message>
        <source>How drawn are you to this career path, now that you have heard about it?</source>
        <translation>Wie sehr reizt dich dieser Berufsweg, jetzt wo du mehr darüber gehört hast?</translation>
    </message>
    <message>
        <source>&amp;Drawn to it</source>
        <translation>Spricht &amp;mich an</translation>
    </message>
    <message>
        <source>&amp;Unsure</source>
        <translation>&amp;Unsicher</translation>
    </message>
    <message>
        <source>Not &amp;yet</source>
        <translation>No&amp;ch offen</translation>
    </message>
    <message>
        <source>One line: what you learned about what you want, or don&apos;t</source>
        <translation>Eine Zeile: was du darüber gelernt hast, was du willst – oder nicht willst</translation>
    </message>
    <message>
        <source>&amp;Takeaway:</source>
        <translation>&amp;Erkenntnis:</translation>
    </message>
    <message>
        <source>Suggested by %1 on %2.</source>
        <translation>Vorgeschlagen von %1 am %2.</translation>
    </message>
    <message>
        <source>Add %1, referred by %2</source>
        <translation>%1 hinzufügen, empfohlen von %2</translation>
    </message>
    <message>
        <source>Suggested in a meeting</source>
        <translation>In einem Treffen vorgeschlagen</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Empfehlung hinzufügen</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>The checklist change could not be saved.

%1</source>
        <translation>Die Änderung an der Fragenliste konnte nicht gespeichert werden.

%1</translation>
    </message>
    <message>
        <source>Prep S&amp;heet…</source>
        <translation>&amp;Vorbereitungsblatt…</translation>
    </message>
    <message>
        <source>Not f&amp;or me</source>
        <translation>Nichts f&amp;ür mich</translation>
    </message>
    <message>
        <source>Mark as Held</source>
        <translation>Als stattgefunden markieren</translation>
    </message>
    <message>
        <source>Save the meeting to take notes, pick questions and record referrals.</source>
        <translation>Speichere das Treffen, um Notizen zu machen, Fragen auszuwählen und Empfehlungen festzuhalten.</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a day as in &quot;Tue 8 Dec&quot;: weekday, day, month</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>%1 already has a meeting planned for %2.</source>
        <translation>Mit %1 ist schon ein Treffen am %2 geplant.</translation>
    </message>
    <message>
        <source>This meeting is planned for %1. Mark it held today? Its date changes to today.</source>
        <translation>Dieses Treffen ist für %1 geplant. Als heute stattgefunden markieren? Sein Datum wird auf heute gesetzt.</translation>
    </message>
    <message>
        <source>A phone number</source>
        <translation>Eine Telefonnummer</translation>
    </message>
    <message>
        <source>A video link</source>
        <translation>Ein Videolink</translation>
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
        <translation>Doppelklicken, um die Notizen zu öffnen</translation>
    </message>
</context>
<context>
    <name>Rapport::MeetingStore</name>
    <message>
        <source>the contact no longer exists</source>
        <translation>der Kontakt existiert nicht mehr</translation>
    </message>
    <message>
        <source>the meeting no longer exists</source>
        <translation>das Treffen existiert nicht mehr</translation>
    </message>
    <message>
        <source>a follow-up needs a text</source>
        <translation>eine Folgeaufgabe braucht einen Text</translation>
    </message>
    <message>
        <source>a follow-up needs a due date</source>
        <translation>eine Folgeaufgabe braucht ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>the follow-up no longer exists</source>
        <translation>die Folgeaufgabe existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>Rapport::MeetingTypes</name>
    <message>
        <source>Informational interview</source>
        <translation>Informationsgespräch</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Dankesnachricht</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Drawn to it</source>
        <translation>Spricht mich an</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Not for me</source>
        <translation>Nichts für mich</translation>
    </message>
    <message>
        <source>No reflection yet</source>
        <translation>Noch keine Einschätzung</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Dank</translation>
    </message>
    <message>
        <source>LinkedIn invitation</source>
        <translation>LinkedIn-Einladung</translation>
    </message>
    <message>
        <source>Tell the referrer</source>
        <translation>Der empfehlenden Person Bescheid geben</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Kontaktpflege</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Knows</source>
        <translation>Kennt</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
</context>
<context>
    <name>Rapport::MeetingsPanel</name>
    <message>
        <source>Career paths: what you learned you want, and don&apos;t</source>
        <translation>Berufswege: was dich reizt und was nicht</translation>
    </message>
    <message>
        <source>All meetings, upcoming and past</source>
        <translation>Alle Treffen, anstehende und vergangene</translation>
    </message>
    <message>
        <source>After each meeting, say in its Reflection how drawn you are to that path. Here they add up.</source>
        <translation>Gib nach jedem Treffen unter „Reflexion“ an, wie sehr dich dieser Weg reizt. Hier ergibt sich das Gesamtbild.</translation>
    </message>
    <message>
        <source>Double-click a meeting to open its notes.</source>
        <translation>Doppelklicke auf ein Treffen, um seine Notizen zu öffnen.</translation>
    </message>
    <message>
        <source>No meetings yet. Plan one with Schedule… on a contact&apos;s page.</source>
        <translation>Noch keine Treffen. Plane eines mit Planen… auf der Seite eines Kontakts.</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Planen…</translation>
    </message>
    <message>
        <source>A new meeting with someone in your network</source>
        <translation>Ein neues Treffen mit jemandem aus deinem Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>E&amp;rfassen…</translation>
    </message>
    <message>
        <source>An e-mail, call or meeting that already happened</source>
        <translation>Eine E-Mail, ein Anruf oder Treffen, das schon stattgefunden hat</translation>
    </message>
    <message>
        <source>Schedule a Meeting</source>
        <translation>Treffen planen</translation>
    </message>
    <message>
        <source>Log a Contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
</context>
<context>
    <name>Rapport::MeetingsTreeModel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>Anstehend (%1)</translation>
    </message>
    <message>
        <source>Past (%1)</source>
        <translation>Vergangen (%1)</translation>
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
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>%1 and %2 become one contact. Where they differ, choose the value to keep.</source>
        <translation>%1 und %2 werden ein Kontakt. Wo sie sich unterscheiden, wähle den Wert, der bleiben soll.</translation>
    </message>
    <message>
        <source>Stays · added %1</source>
        <translation>Bleibt · hinzugefügt am %1</translation>
    </message>
    <message>
        <source>Merged in, then deleted · added %1</source>
        <translation>Wird übernommen, dann gelöscht · hinzugefügt am %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Both contacts&apos; e-mails, phones and tags are kept, and their notes are joined. Meetings, follow-ups and referral links move to the merged contact, and %1 is then deleted. You can undo this.</source>
        <translation>E-Mails, Telefonnummern und Schlagwörter beider Kontakte bleiben erhalten, und ihre Notizen werden zusammengefügt. Treffen, Nachfassaktionen und Empfehlungen gehen auf den zusammengeführten Kontakt über, danach wird %1 gelöscht. Du kannst das rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Beziehungsstärke</translation>
    </message>
    <message>
        <source>Check in every</source>
        <translation>Kontaktpflege alle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Connected on LinkedIn</source>
        <translation>Auf LinkedIn vernetzt am</translation>
    </message>
</context>
<context>
    <name>Rapport::MessageLogModel</name>
    <message>
        <source>Invitation sent</source>
        <translation>Einladung gesendet</translation>
    </message>
    <message>
        <source>Invitation received</source>
        <translation>Einladung erhalten</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>%1 · You wrote (the text was not kept)</source>
        <translation>%1 · Sie schrieben (Text nicht aufbewahrt)</translation>
    </message>
    <message>
        <source>%1 · They wrote (the text was not kept)</source>
        <translation>%1 · Ihr Kontakt schrieb (Text nicht aufbewahrt)</translation>
    </message>
    <message>
        <source>%1 · You wrote: %2</source>
        <translation>%1 · Sie schrieben: %2</translation>
    </message>
    <message>
        <source>%1 · They wrote: %2</source>
        <translation>%1 · Ihr Kontakt schrieb: %2</translation>
    </message>
</context>
<context>
    <name>Rapport::MoveQuestionCommand</name>
    <message>
        <source>Move question up</source>
        <translation>Frage nach oben verschieben</translation>
    </message>
    <message>
        <source>Move question down</source>
        <translation>Frage nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>Rapport::NetworkOpener</name>
    <message>
        <source>Rapport networks (*.rapport);;All files (*)</source>
        <translation>Rapport-Netzwerke (*.rapport);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open network</source>
        <translation>Netzwerk kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>%1

A backup of this network from %2, with %n contact(s), can take its place. The file that cannot be opened is kept beside it as %3.

Restore the backup?</source>
        <translation>
            <numerusform>%1

Eine Sicherung dieses Netzwerks vom %2 mit %n Kontakt kann an seine Stelle treten. Die Datei, die sich nicht öffnen lässt, wird daneben als %3 aufbewahrt.

Sicherung wiederherstellen?</numerusform>
            <numerusform>%1

Eine Sicherung dieses Netzwerks vom %2 mit %n Kontakten kann an seine Stelle treten. Die Datei, die sich nicht öffnen lässt, wird daneben als %3 aufbewahrt.

Sicherung wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>New Network</source>
        <translation>Neues Netzwerk</translation>
    </message>
    <message>
        <source>%1 already exists. Use File ▸ Open Network to open it.</source>
        <translation>%1 existiert bereits. Öffne es über Datei ▸ Netzwerk öffnen.</translation>
    </message>
    <message>
        <source>Open Network</source>
        <translation>Netzwerk öffnen</translation>
    </message>
    <message>
        <source>No recent networks</source>
        <translation>Keine zuletzt geöffneten Netzwerke</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Rapport::NetworkRecords</name>
    <message>
        <source>a contact cannot refer themselves</source>
        <translation>ein Kontakt kann sich nicht selbst empfehlen</translation>
    </message>
    <message>
        <source>a &quot;knows&quot; link joins two contacts</source>
        <translation>eine „kennt“-Verbindung verbindet zwei Kontakte</translation>
    </message>
    <message>
        <source>the contact no longer exists</source>
        <translation>der Kontakt existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>Rapport::NetworkSession</name>
    <message>
        <source>%1 is already open in another Rapport window (process %2). Switch to that window, or close it and open the network here.</source>
        <translation>%1 ist bereits in einem anderen Rapport-Fenster geöffnet (Prozess %2). Wechsle zu diesem Fenster oder schließe es und öffne das Netzwerk hier.</translation>
    </message>
</context>
<context>
    <name>Rapport::NewReferrerCommand</name>
    <message>
        <source>Add %1 and %2</source>
        <translation>%1 und %2 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Rapport::NotesEditor</name>
    <message>
        <source>Meeting notes</source>
        <translation>Gesprächsnotizen</translation>
    </message>
    <message>
        <source>What you learned, what surprised you, who they suggested you talk to…</source>
        <translation>Was du gelernt hast, was dich überrascht hat, mit wem du laut der Person noch sprechen solltest…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>Ü1</translation>
    </message>
    <message>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>Ü2</translation>
    </message>
    <message>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Unterüberschrift</translation>
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
        <translation>Normaler Absatz</translation>
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
        <translation>Aufzählung</translation>
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
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>☐ Check</source>
        <translation>☐ Kästchen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Check-box (click the box to tick it)</source>
        <translation>Kontrollkästchen (zum Abhaken auf das Kästchen klicken)</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Not saved: the network could not be written</source>
        <translation>Nicht gespeichert: Das Netzwerk konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>Rapport::OutreachDialog</name>
    <message>
        <source>Write to %1</source>
        <translation>An %1 schreiben</translation>
    </message>
    <message>
        <source>Tip: your name and field come from your profile (Edit ▸ My Profile…).</source>
        <translation>Tipp: Dein Name und dein Fachgebiet stammen aus deinem Profil (Bearbeiten ▸ Mein Profil…).</translation>
    </message>
    <message>
        <source>Adjust the text, then send it from your mail program or copy it.</source>
        <translation>Passe den Text an und sende ihn dann aus deinem Mailprogramm oder kopiere ihn.</translation>
    </message>
    <message>
        <source>Open in &amp;Mail</source>
        <translation>Im &amp;Mailprogramm öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>V&amp;orlage:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>No mail program answered, so the message was copied to the clipboard instead.</source>
        <translation>Kein Mailprogramm hat reagiert, deshalb wurde die Nachricht stattdessen in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>The template could not be saved.

%1</source>
        <translation>Die Vorlage konnte nicht gespeichert werden.

%1</translation>
    </message>
    <message>
        <source>Sa&amp;ve as Template…</source>
        <translation>Als Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <source>Blank message</source>
        <translation>Leere Nachricht</translation>
    </message>
    <message>
        <source>&amp;Log as Sent</source>
        <translation>Als gesendet &amp;eintragen</translation>
    </message>
    <message>
        <source>Adds this message to %1&apos;s meetings as an e-mail sent now, so the last contact and the stage follow it. Edit ▸ Undo takes it back.</source>
        <translation>Trägt diese Nachricht als jetzt gesendete E-Mail bei den Treffen von %1 ein, damit letzter Kontakt und Phase ihr folgen. Bearbeiten ▸ Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Opened in your mail program.</source>
        <translation>In deinem Mailprogramm geöffnet.</translation>
    </message>
    <message>
        <source>Once it is sent, log it here.</source>
        <translation>Sobald sie gesendet ist, trag sie hier ein.</translation>
    </message>
    <message>
        <source>Log as Sent</source>
        <translation>Als gesendet eintragen</translation>
    </message>
    <message>
        <source>The message could not be logged.

%1</source>
        <translation>Die Nachricht konnte nicht eingetragen werden.

%1</translation>
    </message>
    <message>
        <source>Logged as sent on %1. Edit ▸ Undo takes it back.</source>
        <translation>Am %1 als gesendet eingetragen. Bearbeiten ▸ Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address here: copy the text into a LinkedIn message, or add an address to the contact first.</source>
        <translation>%1 hat hier keine E-Mail-Adresse: Kopiere den Text in eine LinkedIn-Nachricht oder füge dem Kontakt zuerst eine Adresse hinzu.</translation>
    </message>
</context>
<context>
    <name>Rapport::OutreachTemplates</name>
    <message>
        <source>Ask for an informational interview</source>
        <translation>Um ein Informationsgespräch bitten</translation>
    </message>
    <message>
        <source>Could I ask you about your work at {organization}?</source>
        <translation>Darf ich Ihnen ein paar Fragen zu Ihrer Arbeit bei {organization} stellen?</translation>
    </message>
    <message>
        <source>Dear {firstName},

{referrerSentence}I am {myName}, {myField}. I am exploring careers beyond academia and would value 20 minutes of your time to hear how you came to your role as {title} at {organization}, and what the work is like.

I am not looking for a job; I am trying to learn. Would a short call in the next few weeks suit you?

With thanks,
{myName}</source>
        <translation>Guten Tag {fullName},

mein Name ist {myName}, {myField}. {referrerSentence}Ich erkunde derzeit berufliche Wege außerhalb der Hochschule und würde mich sehr freuen, wenn Sie mir 20 Minuten Ihrer Zeit schenken könnten. Mich interessiert, wie Sie zu Ihrer Position als {title} bei {organization} gekommen sind und wie Ihre Arbeit aussieht.

Ich suche keine Stelle, sondern möchte dazulernen. Hätten Sie in den nächsten Wochen Zeit für ein kurzes Telefonat?

Vielen Dank und freundliche Grüße
{myName}</translation>
    </message>
    <message>
        <source>Thank you after a meeting</source>
        <translation>Dank nach einem Treffen</translation>
    </message>
    <message>
        <source>Thank you for your time</source>
        <translation>Vielen Dank für Ihre Zeit</translation>
    </message>
    <message>
        <source>Dear {firstName},

Thank you for taking the time to talk with me. Your advice about [something specific] was especially helpful, and I will follow up on your suggestions.

I will let you know how things go.

With thanks,
{myName}</source>
        <translation>Guten Tag {fullName},

vielen Dank, dass Sie sich die Zeit für unser Gespräch genommen haben. Ihr Rat zu [etwas Konkretes] war besonders hilfreich, und ich werde Ihren Anregungen nachgehen.

Ich halte Sie gern auf dem Laufenden.

Vielen Dank und herzliche Grüße
{myName}</translation>
    </message>
    <message>
        <source>Check in a few months later</source>
        <translation>Nach einigen Monaten wieder melden</translation>
    </message>
    <message>
        <source>An update, and thank you again</source>
        <translation>Ein kurzes Update – und nochmals danke</translation>
    </message>
    <message>
        <source>Dear {firstName},

I hope all is well at {organization}. Since we spoke, I have [what you did with their advice]. Thank you again for your help.

Best wishes,
{myName}</source>
        <translation>Guten Tag {fullName},

ich hoffe, bei {organization} ist alles gut. Seit unserem Gespräch habe ich [was du aus dem Rat gemacht hast]. Nochmals vielen Dank für Ihre Unterstützung.

Herzliche Grüße
{myName}</translation>
    </message>
    <message>
        <source>{referrer} suggested I get in touch with you. </source>
        <translation>{referrer} hat mir empfohlen, mich bei Ihnen zu melden. </translation>
    </message>
</context>
<context>
    <name>Rapport::PathDialog</name>
    <message>
        <source>Path To…</source>
        <translation>Weg zu…</translation>
    </message>
    <message>
        <source>Find the shortest chain of introductions from you to:</source>
        <translation>Finde die kürzeste Vermittlungskette von dir zu:</translation>
    </message>
    <message>
        <source>A &amp;person</source>
        <translation>Einer &amp;Person</translation>
    </message>
    <message>
        <source>Anyone at an &amp;organisation</source>
        <translation>Jemandem bei einer &amp;Organisation</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Namen eingeben</translation>
    </message>
    <message>
        <source>Find Path</source>
        <translation>Weg finden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>person — organisation</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Type an organisation</source>
        <translation>Organisation eingeben</translation>
    </message>
</context>
<context>
    <name>Rapport::PinNodeCommand</name>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Fixierung von %1 aufheben</translation>
    </message>
</context>
<context>
    <name>Rapport::PossibleDuplicatesDialog</name>
    <message>
        <source>Possible Duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>These contacts from %1 have the name of someone else in your network, but other details differ, so they were kept apart. Merge the ones who are the same person; keep both where they are two people. You can undo a merge with Edit ▸ Undo.</source>
        <translation>Diese Kontakte aus %1 tragen den Namen einer anderen Person in deinem Netzwerk, aber andere Angaben unterscheiden sich, deshalb wurden sie getrennt gehalten. Führe die zusammen, die dieselbe Person sind; behalte beide, wo es zwei Personen sind. Eine Zusammenführung kannst du mit Bearbeiten ▸ Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>&amp;Pairs to review:</source>
        <translation>&amp;Zu prüfende Paare:</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Compare the two side by side and make them one contact</source>
        <translation>Die beiden nebeneinander vergleichen und zu einem Kontakt machen</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>They are two people: take the pair off this list</source>
        <translation>Es sind zwei Personen: das Paar von dieser Liste nehmen</translation>
    </message>
    <message>
        <source>No possible duplicates are left to review.</source>
        <translation>Es sind keine möglichen Dubletten mehr zu prüfen.</translation>
    </message>
</context>
<context>
    <name>Rapport::PossibleDuplicatesModel</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>New: %1 (line %2) — also new from this file: %3 · %4</source>
        <translation>Neu: %1 (Zeile %2) — ebenfalls neu aus dieser Datei: %3 · %4</translation>
    </message>
    <message>
        <source>New: %1 — also new from this file: %2 · %3</source>
        <translation>Neu: %1 — ebenfalls neu aus dieser Datei: %2 · %3</translation>
    </message>
    <message>
        <source>New: %1 (line %2) — already here: %3 · %4</source>
        <translation>Neu: %1 (Zeile %2) — schon vorhanden: %3 · %4</translation>
    </message>
    <message>
        <source>New: %1 — already here: %2 · %3</source>
        <translation>Neu: %1 — schon vorhanden: %2 · %3</translation>
    </message>
</context>
<context>
    <name>Rapport::PrepBatchDialog</name>
    <message>
        <source>Print Prep Sheets</source>
        <translation>Vorbereitungsblätter drucken</translation>
    </message>
    <message>
        <source>&amp;Preview and Print…</source>
        <translation>&amp;Vorschau und Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als PD&amp;F speichern…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>No planned meetings in these dates.</source>
        <translation>Keine geplanten Treffen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Save Prep Sheets as PDF</source>
        <translation>Vorbereitungsblätter als PDF speichern</translation>
    </message>
    <message>
        <source>Prep sheets %1.pdf</source>
        <translation>Vorbereitungsblätter %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making prep sheets…</source>
        <translation>Vorbereitungsblätter werden erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The prep sheets could not be made.

%1</source>
        <translation>Die Vorbereitungsblätter konnten nicht erstellt werden.

%1</translation>
    </message>
    <message>
        <source>1 planned meeting: one sheet.</source>
        <translation>1 geplantes Treffen: ein Blatt.</translation>
    </message>
    <message numerus="yes">
        <source>%n planned meetings: one sheet each.</source>
        <translation>
            <numerusform>%n geplantes Treffen: ein Blatt.</numerusform>
            <numerusform>%n geplante Treffen: je ein Blatt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapport::PrepSheet</name>
    <message>
        <source>the contact no longer exists</source>
        <translation>der Kontakt existiert nicht mehr</translation>
    </message>
    <message>
        <source>the meeting no longer exists</source>
        <translation>das Treffen existiert nicht mehr</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>(to be agreed)</source>
        <translation>(noch zu vereinbaren)</translation>
    </message>
    <message>
        <source>Time asked for</source>
        <translation>Erbetene Gesprächsdauer</translation>
    </message>
    <message>
        <source>%1 minutes — keep to it (20–30 minutes is the norm)</source>
        <translation>%1 Minuten – halte dich daran (20–30 Minuten sind üblich)</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>Noch nicht geplant</translation>
    </message>
    <message>
        <source>ask whether you may mention their name</source>
        <translation>frag, ob du den Namen nennen darfst</translation>
    </message>
    <message>
        <source>you may mention their name</source>
        <translation>du darfst den Namen nennen</translation>
    </message>
    <message>
        <source>do not mention their name</source>
        <translation>nenne den Namen nicht</translation>
    </message>
    <message>
        <source>How you reached them</source>
        <translation>Wie du die Person erreicht hast</translation>
    </message>
    <message>
        <source>Referred by %1 — %2</source>
        <translation>Empfohlen von %1 — %2</translation>
    </message>
    <message>
        <source>You reached them yourself</source>
        <translation>Du hast die Person selbst kontaktiert</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your 30-second introduction: who you are, what you are exploring, why them. (Fill it in under Edit ▸ My Profile.)</source>
        <translation>Deine 30-Sekunden-Vorstellung: wer du bist, was du erkundest, warum gerade diese Person. (Auszufüllen unter Bearbeiten ▸ Mein Profil.)</translation>
    </message>
    <message>
        <source>Exploring:</source>
        <translation>Erkundete Richtungen:</translation>
    </message>
    <message>
        <source>This is not a job request. Bring a résumé only if they ask for it.</source>
        <translation>Das ist keine Bewerbung. Bring einen Lebenslauf nur mit, wenn man dich darum bittet.</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>On %1:</source>
        <translation>Über %1:</translation>
    </message>
    <message>
        <source>their role and path — look them up before you meet.</source>
        <translation>Rolle und Werdegang der Person – informiere dich vor dem Treffen.</translation>
    </message>
    <message>
        <source>What you share:</source>
        <translation>Was ihr gemeinsam habt:</translation>
    </message>
    <message>
        <source>To look up:</source>
        <translation>Noch nachzulesen:</translation>
    </message>
    <message>
        <source>History with %1</source>
        <translation>Bisheriger Kontakt mit %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier meeting(s)</source>
        <translation>
            <numerusform>und %n früheres Treffen</numerusform>
            <numerusform>und %n frühere Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open follow-ups and promises:</source>
        <translation>Offene Folgeaufgaben und Zusagen:</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (fällig am %2)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Referrals given</source>
        <translation>Weiterempfehlungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Use my name?</source>
        <translation>Meinen Namen nennen?</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>ja / nein</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>(bis %1)</translation>
    </message>
    <message>
        <source>Send a thank-you note within 24 hours</source>
        <translation>Innerhalb von 24 Stunden eine Dankesnachricht schicken</translation>
    </message>
    <message>
        <source>Invite them to connect on LinkedIn, with a personal note</source>
        <translation>Auf LinkedIn eine Vernetzungsanfrage mit persönlicher Nachricht schicken</translation>
    </message>
    <message>
        <source>Tell %1 that you met, and thank them</source>
        <translation>%1 vom Treffen erzählen und dich bedanken</translation>
    </message>
    <message>
        <source>Check in again in about three months</source>
        <translation>In etwa drei Monaten wieder melden</translation>
    </message>
    <message>
        <source>Prep sheets</source>
        <translation>Vorbereitungsblätter</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>Prep sheet</source>
        <translation>Vorbereitungsblatt</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <comment>meeting kind, date at time of day</comment>
        <translation>%1, %2 um %3</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgesagt)</translation>
    </message>
    <message>
        <source>%1 (held)</source>
        <translation>%1 (stattgefunden)</translation>
    </message>
    <message>
        <source>: %1</source>
        <comment>before a meeting&apos;s notes</comment>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassaktionen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in Rapport</source>
        <translation>
            <numerusform>und %n weiteres in Rapport</numerusform>
            <numerusform>und %n weitere in Rapport</numerusform>
        </translation>
    </message>
    <message>
        <source>After the meeting:</source>
        <translation>Nach dem Treffen:</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Deine Notizen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more line(s) in Rapport</source>
        <translation>
            <numerusform>und %n weitere Zeile in Rapport</numerusform>
            <numerusform>und %n weitere Zeilen in Rapport</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapport::PrepSheetWindow</name>
    <message>
        <source>&amp;Sections</source>
        <translation>A&amp;bschnitte</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Notes area</source>
        <translation>Notizbereich</translation>
    </message>
    <message>
        <source>Follow-up checklist</source>
        <translation>Checkliste für danach</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als PD&amp;F speichern…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Prep Sheet</source>
        <translation>Vorbereitungsblatt</translation>
    </message>
    <message>
        <source>The prep sheet could not be made.

%1</source>
        <translation>Das Vorbereitungsblatt konnte nicht erstellt werden.

%1</translation>
    </message>
    <message>
        <source>Prep Sheet: %1</source>
        <translation>Vorbereitungsblatt: %1</translation>
    </message>
    <message>
        <source>Print Prep Sheet</source>
        <translation>Vorbereitungsblatt drucken</translation>
    </message>
    <message>
        <source>Prep sheet - %1.pdf</source>
        <translation>Vorbereitungsblatt - %1.pdf</translation>
    </message>
    <message>
        <source>Prep sheets.pdf</source>
        <translation>Vorbereitungsblätter.pdf</translation>
    </message>
    <message>
        <source>Save Prep Sheet as PDF</source>
        <translation>Vorbereitungsblatt als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message numerus="yes">
        <source>Prep Sheets: %n meetings</source>
        <translation>
            <numerusform>Vorbereitungsblätter: %n Treffen</numerusform>
            <numerusform>Vorbereitungsblätter: %n Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>&amp;Seitenbreite</translation>
    </message>
    <message>
        <source>Whole Pa&amp;ge</source>
        <translation>&amp;Ganze Seite</translation>
    </message>
</context>
<context>
    <name>Rapport::PresetLabels</name>
    <message>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>Kollegen</translation>
    </message>
    <message>
        <source>former colleague</source>
        <translation>ehemalige Kollegen</translation>
    </message>
    <message>
        <source>co-author</source>
        <translation>Koautoren</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>befreundet</translation>
    </message>
</context>
<context>
    <name>Rapport::ProfileDialog</name>
    <message>
        <source>My Profile</source>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <source>e.g. a postdoc in cell biology</source>
        <translation>z. B. Postdoc in Zellbiologie</translation>
    </message>
    <message>
        <source>Who you are, what you are exploring, and why this person: 30 seconds.</source>
        <translation>Wer du bist, was du erkundest und warum gerade diese Person: 30 Sekunden.</translation>
    </message>
    <message>
        <source>The careers you are exploring, and what you want to learn.</source>
        <translation>Die Berufe, die du erkundest, und was du erfahren möchtest.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Fachgebiet:</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Vorstellung:</translation>
    </message>
    <message>
        <source>&amp;Exploring:</source>
        <translation>Ich &amp;erkunde:</translation>
    </message>
    <message>
        <source>The profile could not be saved.

%1</source>
        <translation>Das Profil konnte nicht gespeichert werden.

%1</translation>
    </message>
</context>
<context>
    <name>Rapport::ProposedFollowUpsModel</name>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>Rapport::QuestionBank</name>
    <message>
        <source>How did you get into this line of work?</source>
        <translation>Wie sind Sie in dieses Berufsfeld gekommen?</translation>
    </message>
    <message>
        <source>What did your path from your degree to this role look like?</source>
        <translation>Wie sah Ihr Weg vom Studienabschluss bis zu dieser Position aus?</translation>
    </message>
    <message>
        <source>What do you know now that you wish you had known then?</source>
        <translation>Was wissen Sie heute, was Sie gern schon damals gewusst hätten?</translation>
    </message>
    <message>
        <source>What does a typical week look like for you?</source>
        <translation>Wie sieht eine typische Woche bei Ihnen aus?</translation>
    </message>
    <message>
        <source>What do you enjoy most about your work, and what least?</source>
        <translation>Was gefällt Ihnen an Ihrer Arbeit am meisten, was am wenigsten?</translation>
    </message>
    <message>
        <source>Which skills matter most in your role?</source>
        <translation>Welche Fähigkeiten sind in Ihrer Rolle am wichtigsten?</translation>
    </message>
    <message>
        <source>How would you describe the culture here?</source>
        <translation>Wie würden Sie die Kultur hier beschreiben?</translation>
    </message>
    <message>
        <source>How do people usually join, and how do they grow?</source>
        <translation>Wie steigt man hier üblicherweise ein, und wie entwickelt man sich weiter?</translation>
    </message>
    <message>
        <source>Where do you see this field going in the next five years?</source>
        <translation>Wohin entwickelt sich dieses Feld Ihrer Meinung nach in den nächsten fünf Jahren?</translation>
    </message>
    <message>
        <source>What are the biggest challenges the field faces?</source>
        <translation>Vor welchen großen Herausforderungen steht das Feld?</translation>
    </message>
    <message>
        <source>What would you do in my position?</source>
        <translation>Was würden Sie an meiner Stelle tun?</translation>
    </message>
    <message>
        <source>How could someone with my background stand out?</source>
        <translation>Wie könnte jemand mit meinem Hintergrund herausstechen?</translation>
    </message>
    <message>
        <source>What should I read or follow to learn more?</source>
        <translation>Was sollte ich lesen oder verfolgen, um mehr zu erfahren?</translation>
    </message>
    <message>
        <source>Who else should I talk to? May I mention your name?</source>
        <translation>Mit wem sollte ich noch sprechen? Darf ich mich dabei auf Sie berufen?</translation>
    </message>
    <message>
        <source>Their path</source>
        <translation>Werdegang</translation>
    </message>
    <message>
        <source>The job</source>
        <translation>Die Tätigkeit</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>Die Organisation</translation>
    </message>
    <message>
        <source>The field</source>
        <translation>Das Berufsfeld</translation>
    </message>
    <message>
        <source>Advice for me</source>
        <translation>Rat für mich</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
</context>
<context>
    <name>Rapport::QuestionBankDialog</name>
    <message>
        <source>Question Bank</source>
        <translation>Fragenkatalog</translation>
    </message>
    <message>
        <source>Question (untick to stop asking it; double-click to reword)</source>
        <translation>Frage (Haken entfernen, um sie nicht mehr zu stellen; Doppelklick zum Umformulieren)</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Fragenkatalog</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>The change could not be saved.

%1</source>
        <translation>Die Änderung konnte nicht gespeichert werden.

%1</translation>
    </message>
    <message>
        <source>Add Question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>A question for “%1”:</source>
        <translation>Eine Frage für „%1“:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>Rapport::QuestionChecklist</name>
    <message>
        <source>Question (tick when asked)</source>
        <translation>Frage (abhaken, wenn gestellt)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>On sheet</source>
        <translation>Aufs Blatt</translation>
    </message>
    <message>
        <source>Print this question on the meeting&apos;s prep sheet</source>
        <translation>Diese Frage auf das Vorbereitungsblatt des Treffens drucken</translation>
    </message>
    <message>
        <source>Question checklist</source>
        <translation>Fragen-Checkliste</translation>
    </message>
    <message>
        <source>Move Up (for this meeting)</source>
        <translation>Nach oben (für dieses Treffen)</translation>
    </message>
    <message>
        <source>Move Down (for this meeting)</source>
        <translation>Nach unten (für dieses Treffen)</translation>
    </message>
</context>
<context>
    <name>Rapport::QuestionStore</name>
    <message>
        <source>the question is no longer in the bank</source>
        <translation>die Frage ist nicht mehr im Fragenkatalog</translation>
    </message>
</context>
<context>
    <name>Rapport::ReachModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>People they referred you to themselves</source>
        <translation>Personen, die dir diese Person direkt empfohlen hat</translation>
    </message>
    <message>
        <source>Everyone you reached through them, down every chain</source>
        <translation>Alle, die du über diese Person erreicht hast, über alle Ketten hinweg</translation>
    </message>
</context>
<context>
    <name>Rapport::ReadFailure</name>
    <message>
        <source>Rapport could not read part of %1:

%2

What is shown may be incomplete.</source>
        <translation>Rapport konnte einen Teil von %1 nicht lesen:

%2

Was angezeigt wird, ist vielleicht unvollständig.</translation>
    </message>
    <message>
        <source>Could not read the network: %1</source>
        <translation>Das Netzwerk konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the network</source>
        <translation>Das Netzwerk konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Rapport::ReferralDialog</name>
    <message>
        <source>Referred By</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>&amp;Who referred %1?</source>
        <translation>&amp;Wer hat dir %1 empfohlen?</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>&amp;Whom did %1 refer you to?</source>
        <translation>&amp;Wen hat dir %1 empfohlen?</translation>
    </message>
    <message>
        <source>Knows</source>
        <translation>Kennt</translation>
    </message>
    <message>
        <source>&amp;Whom does %1 know?</source>
        <translation>&amp;Wen kennt %1?</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Namen eingeben</translation>
    </message>
    <message>
        <source>Me (I found them myself)</source>
        <translation>Ich (selbst gefunden)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>person — organisation</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>e.g. worked together at the lab</source>
        <translation>z. B. haben zusammen im Labor gearbeitet</translation>
    </message>
    <message>
        <source>e.g. suggested at our coffee in March</source>
        <translation>z. B. beim Kaffee im März vorgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>May you &amp;mention the referrer&apos;s name?</source>
        <translation>Darfst du den Namen der empfehlenden Person &amp;erwähnen?</translation>
    </message>
    <message>
        <source>Choose a person from the list.</source>
        <translation>Wähle eine Person aus der Liste.</translation>
    </message>
    <message>
        <source>No single contact is called &quot;%1&quot;. Choose one from the list.</source>
        <translation>Es gibt keinen eindeutigen Kontakt namens „%1“. Wähle einen aus der Liste.</translation>
    </message>
</context>
<context>
    <name>Rapport::ReferralGraph</name>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
</context>
<context>
    <name>Rapport::ReferralStore</name>
    <message>
        <source>this referral is already recorded</source>
        <translation>diese Empfehlung ist bereits erfasst</translation>
    </message>
    <message>
        <source>these two already know each other</source>
        <translation>diese beiden kennen sich bereits</translation>
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
        <translation>Name darf genannt werden</translation>
    </message>
    <message>
        <source>don&apos;t use name</source>
        <translation>Name nicht nennen</translation>
    </message>
</context>
<context>
    <name>Rapport::ReferredByField</name>
    <message>
        <source>Who referred you? A name, or Me</source>
        <translation>Wer hat dich empfohlen? Ein Name, oder Ich</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Who referred you to this person; the link is added with the contact</source>
        <translation>Wer dich an diese Person empfohlen hat; die Verbindung wird mit dem Kontakt hinzugefügt</translation>
    </message>
    <message>
        <source>Several people referred you; change them under Connections</source>
        <translation>Mehrere Personen haben dich empfohlen; ändere sie unter Verbindungen</translation>
    </message>
    <message>
        <source>Set referrer of %1</source>
        <translation>Empfehlung für %1 festlegen</translation>
    </message>
    <message>
        <source>Remove referrer of %1</source>
        <translation>Empfehlung für %1 entfernen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Adds %1 as a new contact, linked as the one who referred you</source>
        <translation>Fügt %1 als neuen Kontakt hinzu, verknüpft als die Person, die dich empfohlen hat</translation>
    </message>
    <message>
        <source>%1 is not in your network. Add them as a new contact, linked as the one who referred you?</source>
        <translation>%1 ist nicht in deinem Netzwerk. Als neuen Kontakt hinzufügen, verknüpft als die Person, die dich empfohlen hat?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, #%2</source>
        <translation>%1, Nr. %2</translation>
    </message>
    <message>
        <source>Several contacts are called %1. Which one referred you?</source>
        <translation>Mehrere Kontakte heißen %1. Wer hat dich empfohlen?</translation>
    </message>
    <message>
        <source>Add %1, who referred you to %2</source>
        <translation>%1 hinzufügen, der dich an %2 empfohlen hat</translation>
    </message>
    <message>
        <source>Who referred you to this person. Enter or leaving the field saves it; Enter adds someone who is not in your network as a new contact</source>
        <translation>Wer dich an diese Person verwiesen hat. Eingabe oder das Verlassen des Felds speichert es; Eingabe fügt jemanden, der nicht in deinem Netzwerk ist, als neuen Kontakt hinzu</translation>
    </message>
    <message>
        <source>Nobody is called %1. Did you mean one of these, or is it someone new?</source>
        <translation>Niemand heißt %1. Meintest du eine dieser Personen, oder ist es jemand Neues?</translation>
    </message>
</context>
<context>
    <name>Rapport::RemoveFollowUpCommand</name>
    <message>
        <source>Remove follow-up “%1”</source>
        <translation>Folgeaufgabe „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>Rapport::RemoveMeetingCommand</name>
    <message>
        <source>Remove meeting with %1</source>
        <translation>Treffen mit %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Rapport::RemoveQuestionCommand</name>
    <message>
        <source>Remove question</source>
        <translation>Frage entfernen</translation>
    </message>
</context>
<context>
    <name>Rapport::RemoveTemplateCommand</name>
    <message>
        <source>Delete template “%1”</source>
        <translation>Vorlage „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Rapport::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Rapport keeps a copy of this network each day it changes (the last %1), one before every import, and one of the network a restore replaces.</source>
        <translation>Rapport bewahrt an jedem Tag, an dem sich dieses Netzwerk ändert, eine Kopie auf (die letzten %1), außerdem eine vor jedem Import und eine vom Netzwerk, das durch eine Wiederherstellung ersetzt wird.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Rapport::SaveAnswerCommand</name>
    <message>
        <source>Answer question</source>
        <translation>Frage beantworten</translation>
    </message>
    <message>
        <source>Change prep sheet question</source>
        <translation>Frage im Vorbereitungsblatt ändern</translation>
    </message>
    <message>
        <source>Tick question</source>
        <translation>Frage abhaken</translation>
    </message>
    <message>
        <source>Untick question</source>
        <translation>Haken bei der Frage entfernen</translation>
    </message>
</context>
<context>
    <name>Rapport::Schema</name>
    <message>
        <source>Cannot upgrade from version %1 to %2.</source>
        <translation>Aktualisierung von Version %1 auf %2 nicht möglich.</translation>
    </message>
</context>
<context>
    <name>Rapport::SchemaCheck</name>
    <message>
        <source>table</source>
        <comment>an SQLite object</comment>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>index</source>
        <comment>an SQLite object</comment>
        <translation>Index</translation>
    </message>
    <message>
        <source>view</source>
        <comment>an SQLite object</comment>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>trigger</source>
        <comment>an SQLite object</comment>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>this network holds the %1 &quot;%2&quot;, which Rapport did not create</source>
        <translation>dieses Netzwerk enthält das Objekt „%2“ (%1), das Rapport nicht angelegt hat</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; in this network is not the one Rapport created</source>
        <translation>das Objekt „%2“ (%1) in diesem Netzwerk ist nicht das, das Rapport angelegt hat</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; that Rapport created is missing from this network</source>
        <translation>das von Rapport angelegte Objekt „%2“ (%1) fehlt in diesem Netzwerk</translation>
    </message>
    <message>
        <source>Rapport runs nothing it did not create, so it does not use this network as it is. Open it in the Rapport window to repair it; a copy is kept as a backup first.</source>
        <translation>Rapport führt nichts aus, was es nicht selbst angelegt hat, und verwendet dieses Netzwerk daher nicht so, wie es ist. Öffne es im Rapport-Fenster, um es zu reparieren; zuvor wird eine Kopie als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>Rapport does not remove or rebuild tables, as they may hold data you want, so it cannot use this network as it is. Open a backup of it instead, or ask whoever changed the file.</source>
        <translation>Rapport entfernt oder erneuert keine Tabellen, da sie Daten enthalten können, die du behalten willst, und kann dieses Netzwerk daher nicht so verwenden, wie es ist. Öffne stattdessen eine Sicherung oder frage, wer die Datei geändert hat.</translation>
    </message>
</context>
<context>
    <name>Rapport::SchemaRepair</name>
    <message>
        <source>%1: not a Rapport network this version can repair</source>
        <translation>%1: kein Rapport-Netzwerk, das diese Version reparieren kann</translation>
    </message>
</context>
<context>
    <name>Rapport::SchemaRepairPrompt</name>
    <message>
        <source>%1

Rapport runs nothing it did not create. It can remove what it did not create and put back its own definitions; your contacts, meetings and notes stay as they are. A copy of the network as it is now is kept as a backup first.

Repair the network?</source>
        <translation>%1

Rapport führt nichts aus, was es nicht selbst angelegt hat. Es kann entfernen, was es nicht angelegt hat, und seine eigenen Definitionen wiederherstellen; deine Kontakte, Treffen und Notizen bleiben, wie sie sind. Zuvor wird eine Kopie des Netzwerks in seinem jetzigen Zustand als Sicherung aufbewahrt.

Das Netzwerk reparieren?</translation>
    </message>
    <message>
        <source>The network was not repaired.

%1</source>
        <translation>Das Netzwerk wurde nicht repariert.

%1</translation>
    </message>
</context>
<context>
    <name>Rapport::Stage</name>
    <message>
        <source>To contact</source>
        <translation>Zu kontaktieren</translation>
    </message>
    <message>
        <source>Reached out</source>
        <translation>Angeschrieben</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Getroffen</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Keep warm</source>
        <translation>Kontakt pflegen</translation>
    </message>
    <message>
        <source>Not pursuing</source>
        <translation>Nicht weiterverfolgt</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Hat geantwortet</translation>
    </message>
</context>
<context>
    <name>Rapport::TemplatesDialog</name>
    <message>
        <source>Outreach Templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>Asking for an interview</source>
        <translation>Gesprächsanfrage</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Dank</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Kontaktpflege</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>The template could not be saved.

%1</source>
        <translation>Die Vorlage konnte nicht gespeichert werden.

%1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Dear {firstName},



Best wishes,
{myName}</source>
        <translation>Guten Tag {fullName},



Herzliche Grüße
{myName}</translation>
    </message>
    <message>
        <source>The template could not be added.

%1</source>
        <translation>Die Vorlage konnte nicht hinzugefügt werden.

%1</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>Die Vorlage „%1“ löschen?</translation>
    </message>
    <message>
        <source>The template could not be deleted.

%1</source>
        <translation>Die Vorlage konnte nicht gelöscht werden.

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
        <translation>UTF-8 (mit Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 Little Endian</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 Big Endian</translation>
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
        <translation>Heute: Was zu tun ist</translation>
    </message>
    <message>
        <source>Double-click a line to open it. Tick things off as you go: Undo brings them back.</source>
        <translation>Doppelklicke auf eine Zeile, um sie zu öffnen. Hake Erledigtes nach und nach ab: Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>The network could not be read: %1</source>
        <translation>Das Netzwerk konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing to do today. Schedule an informational interview from a contact&apos;s page, or import your contacts to begin.</source>
        <translation>Heute gibt es nichts zu tun. Plane ein Informationsgespräch über die Seite eines Kontakts oder importiere zum Start deine Kontakte.</translation>
    </message>
    <message>
        <source>Thank-you note sent</source>
        <translation>Dankesnachricht gesendet</translation>
    </message>
</context>
<context>
    <name>Rapport::VCardReader</name>
    <message>
        <source>unterminated vCard: missing END:VCARD</source>
        <translation>unvollständige vCard: END:VCARD fehlt</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD ohne BEGIN:VCARD</translation>
    </message>
    <message>
        <source>vCard has no name, organisation or e-mail</source>
        <translation>vCard enthält weder Name noch Organisation oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>no vCards found</source>
        <translation>keine vCards gefunden</translation>
    </message>
    <message>
        <source>vCard line has no &apos;:&apos; between the property name and its value; the line is skipped</source>
        <translation>vCard-Zeile ohne &apos;:&apos; zwischen Eigenschaftsname und Wert; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <source>Hobby</source>
        <translation>Hobby</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Maiden name</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <source>Phonetic first name</source>
        <translation>Vorname (phonetisch)</translation>
    </message>
    <message>
        <source>Phonetic middle name</source>
        <translation>Zweiter Vorname (phonetisch)</translation>
    </message>
    <message>
        <source>Phonetic last name</source>
        <translation>Nachname (phonetisch)</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Ehepartner</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistenz</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vorgesetzte Person</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Namenspräfix</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Namenssuffix</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
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
        <translation>%1: %2</translation>
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
        <translation>Weg zu</translation>
    </message>
    <message>
        <source>Nobody in the network works at &quot;%1&quot;.</source>
        <translation>Niemand im Netzwerk arbeitet bei „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be any of these organisations:
%2</source>
        <translation>„%1“ kann jede dieser Organisationen sein:
%2</translation>
    </message>
    <message>
        <source>Nobody is called &quot;%1&quot;.</source>
        <translation>Niemand heißt „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be any of these people; choose one from the list:
%2</source>
        <translation>„%1“ kann jede dieser Personen sein; wähle eine aus der Liste:
%2</translation>
    </message>
    <message>
        <source>No chain of introductions leads from you to %1 yet.</source>
        <translation>Noch führt keine Vermittlungskette von dir zu %1.</translation>
    </message>
    <message>
        <source>Part of this chain is hidden by the filters.</source>
        <translation>Ein Teil dieser Kette ist durch die Filter ausgeblendet.</translation>
    </message>
</context>
<context>
    <name>Rapport::WelcomeDialog</name>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Willkommen bei Rapport</translation>
    </message>
    <message>
        <source>Before your first interview, tell Rapport who you are. Your prep sheets and outreach messages fill themselves in from this; you can change it any time in Edit ▸ My Profile.</source>
        <translation>Sag Rapport vor deinem ersten Gespräch, wer du bist. Deine Vorbereitungsblätter und Kontaktnachrichten füllen sich damit von selbst aus; du kannst es jederzeit unter Bearbeiten ▸ Mein Profil ändern.</translation>
    </message>
    <message>
        <source>e.g. a postdoc in cell biology</source>
        <translation>z. B. Postdoc in Zellbiologie</translation>
    </message>
    <message>
        <source>Who you are, what you are exploring, and why this person: 30 seconds.</source>
        <translation>Wer du bist, was du erkundest und warum gerade diese Person: 30 Sekunden.</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Fachgebiet:</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Vorstellung:</translation>
    </message>
    <message>
        <source>My Profile</source>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <source>The profile could not be saved.

%1</source>
        <translation>Das Profil konnte nicht gespeichert werden.

%1</translation>
    </message>
</context>
<context>
    <name>Rapport::ZipArchive</name>
    <message>
        <source>%1 was not read: %2</source>
        <translation>%1 wurde nicht gelesen: %2</translation>
    </message>
    <message>
        <source>it is not a ZIP archive, or it is damaged (%1).</source>
        <translation>es ist kein ZIP-Archiv oder es ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>it holds %1 files, more than a data archive has.</source>
        <translation>es enthält %1 Dateien, mehr als ein Datenarchiv hat.</translation>
    </message>
    <message>
        <source>entry %1 cannot be read.</source>
        <translation>Eintrag %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 declares an impossible size.</source>
        <translation>%1 gibt eine unmögliche Größe an.</translation>
    </message>
    <message>
        <source>the name %1 points outside the archive.</source>
        <translation>der Name %1 zeigt aus dem Archiv heraus.</translation>
    </message>
    <message>
        <source>it holds two files called %1.</source>
        <translation>es enthält zwei Dateien namens %1.</translation>
    </message>
    <message>
        <source>%1 would be %2 once unpacked, more than the %3 a data archive file may be.</source>
        <translation>%1 wäre entpackt %2 groß, mehr als die %3, die eine Datei eines Datenarchivs haben darf.</translation>
    </message>
    <message>
        <source>%1 unpacks to %2 from %3, which only a ZIP bomb does.</source>
        <translation>%1 entpackt sich von %3 auf %2, was nur eine ZIP-Bombe tut.</translation>
    </message>
    <message>
        <source>its files would be more than %1 once unpacked.</source>
        <translation>seine Dateien wären entpackt größer als %1.</translation>
    </message>
    <message>
        <source>its files overlap, as in a ZIP bomb.</source>
        <translation>seine Dateien überlappen sich wie in einer ZIP-Bombe.</translation>
    </message>
    <message>
        <source>%1 has no file called %2.</source>
        <translation>%1 hat keine Datei namens %2.</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read: %3.</source>
        <translation>%1 in %2 kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>it does not hold the size it declares</source>
        <translation>es hat nicht die Größe, die es angibt</translation>
    </message>
</context>
</TS>
