<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Rapport::AddContactCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir a %1</translation>
    </message>
</context>
<context>
    <name>Rapport::AddFollowUpCommand</name>
    <message>
        <source>Add follow-up “%1”</source>
        <translation>Añadir el seguimiento “%1”</translation>
    </message>
</context>
<context>
    <name>Rapport::AddMeetingCommand</name>
    <message>
        <source>Schedule with %1 (%2)</source>
        <translation>Programar con %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Rapport::AddQuestionCommand</name>
    <message>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
</context>
<context>
    <name>Rapport::AddTemplateCommand</name>
    <message>
        <source>Add template “%1”</source>
        <translation>Añadir la plantilla «%1»</translation>
    </message>
</context>
<context>
    <name>Rapport::ArchiveHistory</name>
    <message>
        <source>messages.csv: no Profile.csv and no message in SENT say who you are, so the messages were left out</source>
        <translation>messages.csv: ni Profile.csv ni ningún mensaje en SENT dicen quién eres, así que los mensajes se dejaron fuera</translation>
    </message>
</context>
<context>
    <name>Rapport::ArchiveImport</name>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>%1 holds no Connections.csv: ask LinkedIn for the archive with your connections.</source>
        <translation>%1 no contiene Connections.csv: pide a LinkedIn el archivo con tus contactos.</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>Created %1, updated %2, unchanged %3, skipped %4.</source>
        <translation>Creados: %1; actualizados: %2; sin cambios: %3; omitidos: %4.</translation>
    </message>
    <message>
        <source>Messages and invitations: %1 read, from %2 to %3.</source>
        <translation>Mensajes e invitaciones: %1 leídos, del %2 al %3.</translation>
    </message>
    <message>
        <source>Logged %1 new messages and %2 new invitations; %3 were already logged.</source>
        <translation>Registrados %1 mensajes nuevos y %2 invitaciones nuevas; %3 ya estaban registrados.</translation>
    </message>
    <message>
        <source>Left out %1 drafts and %2 messages in spam.</source>
        <translation>Se dejaron fuera %1 borradores y %2 mensajes de spam.</translation>
    </message>
    <message>
        <source>Added at Reached out, as you wrote to them and they are not among your connections: %1.</source>
        <translation>Añadidos en Contactado, porque les escribiste y no están entre tus contactos: %1.</translation>
    </message>
    <message>
        <source>Moved on by their history: %1 to Reached out, %2 to Replied.</source>
        <translation>Avanzados por su historial: %1 a Contactado, %2 a Respondió.</translation>
    </message>
    <message>
        <source>Not added, as they only wrote to you (%1): %2</source>
        <translation>No añadidos, porque solo te escribieron (%1): %2</translation>
    </message>
    <message>
        <source>Fields of My Profile filled in from Profile.csv (they were empty): %1.</source>
        <translation>Campos de Mi perfil rellenados desde Profile.csv (estaban vacíos): %1.</translation>
    </message>
    <message>
        <source>Positions and schools added to your history: %1.</source>
        <translation>Puestos y centros de estudio añadidos a tu trayectoria: %1.</translation>
    </message>
    <message>
        <source>Not read (Rapport has no use for them): %1</source>
        <translation>No leídos (Rapport no los usa): %1</translation>
    </message>
</context>
<context>
    <name>Rapport::ArchiveImportDialog</name>
    <message>
        <source>Import LinkedIn Archive</source>
        <translation>Importar un archivo de datos de LinkedIn</translation>
    </message>
    <message>
        <source>The messages&apos; text</source>
        <translation>El texto de los mensajes</translation>
    </message>
    <message>
        <source>&amp;Keep it: it stays in this network&apos;s file, on this computer</source>
        <translation>&amp;Guardarlo: se queda en el archivo de esta red, en este ordenador</translation>
    </message>
    <message>
        <source>Keep &amp;dates and directions only</source>
        <translation>Guardar solo las &amp;fechas y el sentido</translation>
    </message>
    <message>
        <source>People who only wrote to you are not added (recruiters, say):</source>
        <translation>No se añaden las personas que solo le escribieron (reclutadores, por ejemplo):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 no se puede importar: %2</translation>
    </message>
    <message>
        <source>%1 is a LinkedIn archive. Nothing has been written yet.</source>
        <translation>%1 es un archivo de datos de LinkedIn. Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Connections: %1 (new to this network: %2).</source>
        <translation>Contactos de LinkedIn: %1 (nuevos en esta red: %2).</translation>
    </message>
    <message>
        <source>Messages and invitations: %1, from %2 to %3.</source>
        <translation>Mensajes e invitaciones: %1, del %2 al %3.</translation>
    </message>
    <message>
        <source>No messages or invitations: the archive holds none, or no one Rapport knows wrote them.</source>
        <translation>Ningún mensaje ni invitación: el archivo no tiene, o no son de nadie que Rapport conozca.</translation>
    </message>
    <message>
        <source>People you wrote to who are not among your connections, to be added at Reached out: %1.</source>
        <translation>Personas a las que escribió y que no están entre sus contactos, que se añadirán en Contactado: %1.</translation>
    </message>
    <message>
        <source>Contacts their history moves on: %1 to Reached out, %2 to Replied.</source>
        <translation>Contactos que su historial hace avanzar: %1 a Contactado, %2 a Respondió.</translation>
    </message>
    <message>
        <source>Files Rapport does not read: %1</source>
        <translation>Archivos que Rapport no lee: %1</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Se canceló la importación. No se escribió nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Imported %1. Edit ▸ Undo takes all of it back.</source>
        <translation>%1 importado. Edición ▸ Deshacer lo retira todo.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and leaves your network as it was.</source>
        <translation>Importando… Cancelar lo detiene y deja su red como estaba.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling… the network is left as it was.</source>
        <translation>Cancelando… la red queda como estaba.</translation>
    </message>
</context>
<context>
    <name>Rapport::ArchiveTables</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file has no %1 column.</source>
        <translation>El archivo no tiene columna %1.</translation>
    </message>
    <message>
        <source>DATE &quot;%1&quot; is not a date; the message is left out.</source>
        <translation>DATE «%1» no es una fecha; el mensaje se omite.</translation>
    </message>
    <message>
        <source>Direction &quot;%1&quot; is neither INCOMING nor OUTGOING; the invitation is left out.</source>
        <translation>Direction «%1» no es INCOMING ni OUTGOING; la invitación se omite.</translation>
    </message>
    <message>
        <source>Sent At &quot;%1&quot; is not a date; the invitation is left out.</source>
        <translation>Sent At «%1» no es una fecha; la invitación se omite.</translation>
    </message>
    <message numerus="yes">
        <source>The row has more values than the header (%n extra); it is read without them.</source>
        <translation>
            <numerusform>La fila tiene más valores que el encabezado (%n de más); se lee sin ellos.</numerusform>
            <numerusform>La fila tiene más valores que el encabezado (%n de más); se lee sin ellos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapport::BackupListModel</name>
    <message>
        <source>Daily copy</source>
        <translation>Copia diaria</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Reemplazada por una restauración</translation>
    </message>
    <message>
        <source>Before a repair</source>
        <translation>Antes de una reparación</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Aún no hay copias de seguridad</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
</context>
<context>
    <name>Rapport::BackupMerge</name>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Graph positions</source>
        <translation>Posiciones en el grafo</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 deleted, %5 left alone</source>
        <translation>%1: %2 añadidos, %3 actualizados, %4 eliminados, %5 sin cambios</translation>
    </message>
    <message>
        <source>Changed in both copies: %1</source>
        <translation>Cambiado en ambas copias: %1</translation>
    </message>
    <message>
        <source>%1.%2: refers to %3, which was not restored</source>
        <translation>%1.%2: remite a %3, que no se restauró</translation>
    </message>
    <message>
        <source>%1.%2, kept &quot;%3&quot;</source>
        <translation>%1.%2, se conservó «%3»</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1.%2, kept the list of %3</source>
        <translation>%1.%2, se conservó la lista de %3</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>la copia de seguridad</translation>
    </message>
    <message>
        <source>this network</source>
        <translation>esta red</translation>
    </message>
    <message>
        <source>%1 (from the backup) may be %2, already here: the same profile or e-mail. Both are kept.</source>
        <translation>%1 (de la copia de seguridad) puede ser %2, que ya está aquí: el mismo perfil o correo. Se conservan los dos.</translation>
    </message>
    <message>
        <source>the same profile or e-mail</source>
        <translation>el mismo perfil o correo</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>My history</source>
        <translation>Mi trayectoria</translation>
    </message>
</context>
<context>
    <name>Rapport::BackupRestore</name>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false o null</translation>
    </message>
    <message>
        <source>text or null</source>
        <translation>texto o null</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: se esperaba %2</translation>
    </message>
    <message>
        <source>%1: unknown value &quot;%2&quot;</source>
        <translation>%1: valor desconocido «%2»</translation>
    </message>
    <message>
        <source>%1: refers to %2, which neither the file nor the network holds</source>
        <translation>%1: remite a %2, que no está ni en el archivo ni en la red</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>«%1» no es una lista</translation>
    </message>
    <message>
        <source>%1: is not an object</source>
        <translation>%1: no es un objeto</translation>
    </message>
    <message>
        <source>%1: is not a list</source>
        <translation>%1: no es una lista</translation>
    </message>
    <message>
        <source>%1: %2 is out of range</source>
        <translation>%1: %2 está fuera de rango</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a UUID</source>
        <translation>%1: «%2» no es un UUID</translation>
    </message>
    <message>
        <source>%1: is empty</source>
        <translation>%1: está vacío</translation>
    </message>
    <message>
        <source>%1.changed.%2: &quot;%3&quot; is not a time in UTC as Rapport writes it (2026-01-31T09:30:00.000Z)</source>
        <translation>%1.changed.%2: «%3» no es una hora UTC como la escribe Rapport (2026-01-31T09:30:00.000Z)</translation>
    </message>
    <message>
        <source>%1: needs a known &quot;list&quot;, a &quot;key&quot; and a &quot;deletedAt&quot; time</source>
        <translation>%1: necesita una «list» conocida, una «key» y una hora «deletedAt»</translation>
    </message>
    <message>
        <source>%1.%2: expected a list of field names</source>
        <translation>%1.%2: se esperaba una lista de nombres de campos</translation>
    </message>
</context>
<context>
    <name>Rapport::Backups</name>
    <message>
        <source>%1: cannot create the backup folder</source>
        <translation>%1: no se puede crear la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>restoring needs Qt&apos;s SQLite driver to use the system SQLite library</source>
        <translation>la restauración requiere que el controlador SQLite de Qt use la biblioteca SQLite del sistema</translation>
    </message>
    <message>
        <source>%1: cannot open the backup</source>
        <translation>%1: no se puede abrir la copia de seguridad</translation>
    </message>
    <message>
        <source>%1: not a backup of a Rapport network this version can read</source>
        <translation>%1: no es una copia de seguridad de una red de Rapport que esta versión pueda leer</translation>
    </message>
    <message>
        <source>the backup could not be restored: %1</source>
        <translation>no se pudo restaurar la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>%1 could not be moved aside.</source>
        <translation>No se pudo apartar %1.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation>No se pudo copiar la copia de seguridad en %1.</translation>
    </message>
</context>
<context>
    <name>Rapport::CommandLine</name>
    <message>
        <source>%1: added %2 contacts, %3 referral links, %4 meetings and %5 follow-ups.</source>
        <translation>%1: se añadieron %2 contactos, %3 vínculos de recomendación, %4 reuniones y %5 seguimientos.</translation>
    </message>
    <message>
        <source>No contacts match &apos;%1&apos;.</source>
        <translation>Ningún contacto coincide con “%1”.</translation>
    </message>
    <message>
        <source>The network has no contacts yet.</source>
        <translation>La red aún no tiene contactos.</translation>
    </message>
    <message>
        <source>export: unknown format &apos;%1&apos; (use json, csv, vcard or ics)</source>
        <translation>export: formato desconocido “%1” (usa json, csv, vcard o ics)</translation>
    </message>
    <message>
        <source>export: --vcard-version applies to --format vcard only</source>
        <translation>export: --vcard-version solo se aplica a --format vcard</translation>
    </message>
    <message>
        <source>export: --vcard-version must be 3 or 4, not &apos;%1&apos;</source>
        <translation>export: --vcard-version debe ser 3 o 4, no “%1”</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>import: --on-duplicate must be skip, update or create, not &apos;%1&apos;</source>
        <translation>import: --on-duplicate debe ser skip, update o create, no “%1”</translation>
    </message>
    <message>
        <source>%1: %2, %3, 1 row.</source>
        <translation>%1: %2, %3, 1 fila.</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 rows.</source>
        <translation>%1: %2, %3, %4 filas.</translation>
    </message>
    <message>
        <source>Created %1, updated %2, unchanged %3, skipped %4.</source>
        <translation>Creados: %1; actualizados: %2; sin cambios: %3; omitidos: %4.</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n referral(s).</source>
        <translation>
            <numerusform>%n recomendación vinculada.</numerusform>
            <numerusform>%n recomendaciones vinculadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No single contact matches these referrers: %1</source>
        <translation>Estas personas que hicieron recomendaciones no corresponden a un único contacto: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se escribió nada.</translation>
    </message>
    <message>
        <source>Fill an empty network with the demo network.</source>
        <translation>Llenar una red vacía con la red de demostración.</translation>
    </message>
    <message>
        <source>List contacts, optionally matching --search TEXT.</source>
        <translation>Listar los contactos; opcionalmente, solo los que coinciden con --search TEXT.</translation>
    </message>
    <message>
        <source>Export the network (--format json, csv, vcard or ics) to stdout or -o FILE.</source>
        <translation>Exportar la red (--format json, csv, vcard o ics) a la salida estándar o a -o FILE.</translation>
    </message>
    <message>
        <source>Draw the referral graph to -o FILE.svg or FILE.png (--layout layered or force).</source>
        <translation>Dibujar el grafo de recomendaciones en -o FILE.svg o FILE.png (--layout layered o force).</translation>
    </message>
    <message>
        <source>Print the shortest chain of introductions --to NAME or --to-org ORGANIZATION.</source>
        <translation>Mostrar la cadena de presentaciones más corta hasta --to NAME o --to-org ORGANIZATION.</translation>
    </message>
    <message>
        <source>Write an interview prep sheet for --contact NAME or --meeting ID to -o FILE.pdf or FILE.html.</source>
        <translation>Escribir una hoja de preparación de entrevista para --contact NAME o --meeting ID en -o FILE.pdf o FILE.html.</translation>
    </message>
    <message>
        <source>Rapport builds a professional network through informational interviews. Without a command, it opens the window.</source>
        <translation>Rapport te ayuda a construir una red profesional mediante entrevistas informativas. Sin un comando, abre la ventana.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Use the network file PATH.</source>
        <translation>Usar el archivo de red PATH.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Open the window on a temporary copy of the demo network.</source>
        <translation>Abrir la ventana con una copia temporal de la red de demostración.</translation>
    </message>
    <message>
        <source>list: only contacts matching TEXT.</source>
        <translation>list: solo los contactos que coinciden con TEXT.</translation>
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
        <translation>import: qué hacer con un contacto ya conocido: skip, update (por defecto) o create.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>export: vCard version 4 (default) or 3.</source>
        <translation>export: vCard versión 4 (por defecto) o 3.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>import: check the file and report, writing nothing.</source>
        <translation>import: comprobar el archivo e informar, sin escribir nada.</translation>
    </message>
    <message>
        <source>export: write to FILE instead of stdout; graph, prep-sheet: the file to write.</source>
        <translation>export: escribir en FILE en lugar de la salida estándar; graph, prep-sheet: el archivo que se escribe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>graph: layered (default) or force.</source>
        <translation>graph: layered (por defecto) o force.</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <source>path: the contact to reach.</source>
        <translation>path: el contacto al que quieres llegar.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>prep-sheet: the contact (their next planned meeting, if any).</source>
        <translation>prep-sheet: el contacto (su próxima reunión prevista, si la hay).</translation>
    </message>
    <message>
        <source>prep-sheet: the meeting, by its number.</source>
        <translation>prep-sheet: la reunión, por su número.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>path: reach anyone at this organisation.</source>
        <translation>path: llegar a cualquier persona de esta organización.</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANIZATION</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Uno de los comandos siguientes.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[comando]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Without --database, commands and the window use %1.</source>
        <translation>Sin --database, los comandos y la ventana usan %1.</translation>
    </message>
    <message>
        <source>Exit status is 0 on success and 1 on any error, with the reason on stderr.</source>
        <translation>El código de salida es 0 si todo va bien y 1 ante cualquier error, con el motivo en stderr.</translation>
    </message>
    <message>
        <source>Try &apos;rapport --help&apos; for the commands and options.</source>
        <translation>Prueba “rapport --help” para ver los comandos y las opciones.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se indicó ningún comando</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido “%1”</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: argumento inesperado “%2”</translation>
    </message>
    <message>
        <source>%1: which file? (rapport import FILE)</source>
        <translation>%1: ¿qué archivo? (rapport import FILE)</translation>
    </message>
    <message>
        <source>%1: the option --%2 does not apply here</source>
        <translation>%1: la opción --%2 no se aplica aquí</translation>
    </message>
    <message>
        <source>the option --%1 needs a command</source>
        <translation>la opción --%1 necesita un comando</translation>
    </message>
    <message>
        <source>--demo and --database cannot be used together</source>
        <translation>--demo y --database no se pueden usar juntas</translation>
    </message>
    <message>
        <source>rapport: no contact is called &quot;%1&quot;</source>
        <translation>rapport: ningún contacto se llama “%1”</translation>
    </message>
    <message>
        <source>rapport: &quot;%1&quot; is ambiguous; %2 contacts match:</source>
        <translation>rapport: “%1” es ambiguo; coinciden %2 contactos:</translation>
    </message>
    <message>
        <source>Give the full name with --to.</source>
        <translation>Indica el nombre completo con --to.</translation>
    </message>
    <message>
        <source>rapport: nobody in the network works at &quot;%1&quot;</source>
        <translation>rapport: nadie de la red trabaja en “%1”</translation>
    </message>
    <message>
        <source>rapport: &quot;%1&quot; is ambiguous; %2 organisations match:</source>
        <translation>rapport: “%1” es ambiguo; coinciden %2 organizaciones:</translation>
    </message>
    <message>
        <source>Give the full name with --to-org.</source>
        <translation>Indica el nombre completo con --to-org.</translation>
    </message>
    <message>
        <source>rapport: graph: give the picture to write with -o FILE.svg or -o FILE.png</source>
        <translation>rapport: graph: indica la imagen que se escribirá con -o FILE.svg o -o FILE.png</translation>
    </message>
    <message>
        <source>rapport: graph: unknown layout &apos;%1&apos; (use layered or force)</source>
        <translation>rapport: graph: disposición desconocida “%1” (usa layered o force)</translation>
    </message>
    <message>
        <source>Wrote %1: %2 people and %3 links.</source>
        <translation>Se escribió %1: %2 personas y %3 vínculos.</translation>
    </message>
    <message>
        <source>rapport: path: say whom to reach with either --to NAME or --to-org ORGANIZATION</source>
        <translation>rapport: path: indica a quién quieres llegar con --to NAME o con --to-org ORGANIZATION</translation>
    </message>
    <message>
        <source>rapport: no chain of introductions leads from you to %1</source>
        <translation>rapport: ninguna cadena de presentaciones lleva de ti a %1</translation>
    </message>
    <message>
        <source>Give the full name with --contact.</source>
        <translation>Indica el nombre completo con --contact.</translation>
    </message>
    <message>
        <source>rapport: prep-sheet: give the file to write with -o FILE.pdf or -o FILE.html</source>
        <translation>rapport: prep-sheet: indica el archivo que se escribirá con -o FILE.pdf o -o FILE.html</translation>
    </message>
    <message>
        <source>rapport: prep-sheet: say whom it is for with either --contact NAME or --meeting ID</source>
        <translation>rapport: prep-sheet: indica para quién es con --contact NAME o con --meeting ID</translation>
    </message>
    <message>
        <source>rapport: there is no meeting %1</source>
        <translation>rapport: no existe la reunión %1</translation>
    </message>
    <message>
        <source>Wrote the prep sheet for %1 to %2.</source>
        <translation>Se escribió la hoja de preparación de %1 en %2.</translation>
    </message>
    <message>
        <source>there is no display to open the window on; the commands work without one (see rapport --help)</source>
        <translation>no hay pantalla en la que abrir la ventana; los comandos funcionan sin ella (consulta rapport --help)</translation>
    </message>
    <message numerus="yes">
        <source>%n more not drawn.</source>
        <translation>
            <numerusform>%n más sin dibujar.</numerusform>
            <numerusform>%n más sin dibujar.</numerusform>
        </translation>
    </message>
    <message>
        <source>rapport: graph: %1: the picture can be .svg or .png</source>
        <translation>rapport: graph: %1: la imagen puede ser .svg o .png</translation>
    </message>
    <message>
        <source>rapport: prep-sheet: %1: the sheet can be written as .pdf or .html</source>
        <translation>rapport: prep-sheet: %1: la hoja se puede escribir como .pdf o .html</translation>
    </message>
    <message>
        <source>Kept what you typed where the file differs:</source>
        <translation>Se conservó lo que escribiste donde el archivo es distinto:</translation>
    </message>
    <message>
        <source>import: --strict and --skip-invalid ask for opposite things; give one</source>
        <translation>import: --strict y --skip-invalid piden cosas opuestas; indica solo una</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) of LinkedIn members who hide their details.</source>
        <translation>
            <numerusform>Se omitió %n fila de un miembro de LinkedIn que oculta sus datos.</numerusform>
            <numerusform>Se omitieron %n filas de miembros de LinkedIn que ocultan sus datos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) with problems, listed on stderr.</source>
        <translation>
            <numerusform>Se omitió %n fila con problemas, listada en stderr.</numerusform>
            <numerusform>Se omitieron %n filas con problemas, listadas en stderr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n value(s) empty that could not be read; their text is in the notes, and each is listed on stderr.</source>
        <translation>
            <numerusform>%n valor ilegible quedó vacío; su texto está en las notas y aparece en stderr.</numerusform>
            <numerusform>%n valores ilegibles quedaron vacíos; su texto está en las notas y cada uno aparece en stderr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept in the notes, as no field holds them: %1</source>
        <translation>Guardadas en las notas, porque ningún campo las recoge: %1</translation>
    </message>
    <message>
        <source>import: import the good rows and list the rows skipped (the default for CSV and vCard).</source>
        <translation>import: importa las filas correctas y lista las omitidas (lo predeterminado en CSV y vCard).</translation>
    </message>
    <message>
        <source>import: refuse the whole file if any row or value has a problem (for scripts).</source>
        <translation>import: rechaza todo el archivo si alguna fila o valor tiene un problema (para scripts).</translation>
    </message>
    <message numerus="yes">
        <source>Left %n contact(s) you already have alone (--on-duplicate skip).</source>
        <translation>
            <numerusform>Se dejó tal cual %n contacto que ya tenías (--on-duplicate skip).</numerusform>
            <numerusform>Se dejaron tal cual %n contactos que ya tenías (--on-duplicate skip).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: LinkedIn archive, %2 connections.</source>
        <translation>%1: archivo de LinkedIn, %2 contactos.</translation>
    </message>
    <message>
        <source>import: --messages must be text or metadata, not &apos;%1&apos;</source>
        <translation>import: --messages debe ser text o metadata, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>import: --strict and --skip-invalid apply to contacts files; a LinkedIn archive imports what it can read and lists the rest</source>
        <translation>import: --strict y --skip-invalid se aplican a archivos de contactos; un archivo de LinkedIn importa lo que puede leer y enumera el resto</translation>
    </message>
    <message>
        <source>Import FILE: LinkedIn, Google or Outlook CSV, vCard, CSV with a header row, a JSON backup, or LinkedIn&apos;s whole data archive (its ZIP or folder).</source>
        <translation>Importar ARCHIVO: CSV de LinkedIn, Google u Outlook, vCard, CSV con fila de encabezado, una copia de seguridad JSON o el archivo completo de datos de LinkedIn (su ZIP o su carpeta).</translation>
    </message>
    <message>
        <source>import: auto, linkedin, google, outlook, vcard, csv, json or linkedin-archive (default auto); export: the format to write (default json).</source>
        <translation>import: auto, linkedin, google, outlook, vcard, csv, json o linkedin-archive (auto por defecto); export: el formato que se escribe (json por defecto).</translation>
    </message>
    <message>
        <source>import: from a LinkedIn archive, keep the message text (text, the default) or only the dates and directions (metadata).</source>
        <translation>import: de un archivo de LinkedIn, guardar el texto de los mensajes (text, por defecto) o solo las fechas y direcciones (metadata).</translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation>GUARDAR</translation>
    </message>
    <message>
        <source>import: --messages applies to a LinkedIn archive (a ZIP or a folder) only</source>
        <translation>import: --messages solo se aplica a un archivo de LinkedIn (un ZIP o una carpeta)</translation>
    </message>
    <message>
        <source>import: unknown format &apos;%1&apos; (use auto, linkedin, google, outlook, vcard, csv, json or linkedin-archive)</source>
        <translation>import: formato desconocido &apos;%1&apos; (usa auto, linkedin, google, outlook, vcard, csv, json o linkedin-archive)</translation>
    </message>
    <message>
        <source>Print what to do today: overdue, due today, thank-yous, meetings, the week, replies awaited, going cold (--json for scripts).</source>
        <translation>Mostrar lo que hay que hacer hoy: atrasado, para hoy, agradecimientos, reuniones, la semana, respuestas pendientes, contactos que se enfrían (--json para scripts).</translation>
    </message>
    <message>
        <source>list, today: print JSON instead of text.</source>
        <translation>list, today: mostrar JSON en lugar de texto.</translation>
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
        <translation>Nada que hacer hoy.</translation>
    </message>
</context>
<context>
    <name>Rapport::Contact</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactActivity</name>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Plan an informational interview and open its notes</source>
        <translation>Programar una entrevista informativa y abrir sus notas</translation>
    </message>
    <message>
        <source>Record an e-mail, call or chat that just happened; it resets the check-in clock</source>
        <translation>Registrar un correo, una llamada o una conversación que acaba de tener lugar; reinicia el plazo para retomar el contacto</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>Escri&amp;bir…</translation>
    </message>
    <message>
        <source>A message from your templates: a request, a thank-you or a check-in</source>
        <translation>Un mensaje de tus plantillas: una solicitud, un agradecimiento o un mensaje para retomar el contacto</translation>
    </message>
    <message>
        <source>Follow-ups: tick one when done</source>
        <translation>Seguimientos: marca cada uno cuando lo completes</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected meeting (Undo brings it back)</source>
        <translation>Quitar la reunión seleccionada (Deshacer la recupera)</translation>
    </message>
    <message>
        <source>Remove the selected follow-up (Undo brings it back)</source>
        <translation>Quitar el seguimiento seleccionado (Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>Prep sheet for the next planned meeting (or for the person alone)</source>
        <translation>Hoja de preparación para la próxima reunión prevista (o solo para la persona)</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Aún no hay reuniones</translation>
    </message>
    <message>
        <source>Last contact %1; check in by %2.</source>
        <translation>Último contacto: %1; retoma el contacto antes del %2.</translation>
    </message>
    <message>
        <source>No meeting held yet.</source>
        <translation>Aún no se ha realizado ninguna reunión.</translation>
    </message>
    <message>
        <source>Add Follow-up</source>
        <translation>Añadir seguimiento</translation>
    </message>
    <message>
        <source>e.g. Send the article we talked about</source>
        <translation>p. ej., Enviar el artículo del que hablamos</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>Sched&amp;ule…</source>
        <translation>Programar…</translation>
    </message>
    <message>
        <source>Log…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Seguimiento…</translation>
    </message>
    <message>
        <source>Prep…</source>
        <translation>Preparar…</translation>
    </message>
    <message>
        <source>Follow-ups (tick one when done):</source>
        <translation>Seg&amp;uimientos (marca uno al terminarlo):</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactChoiceDialog</name>
    <message>
        <source>Type a name</source>
        <translation>Escribe un nombre</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Con:</translation>
    </message>
    <message>
        <source>Type the name of someone in your network.</source>
        <translation>Escribe el nombre de alguien de tu red.</translation>
    </message>
    <message>
        <source>Nobody in your network is called “%1”.</source>
        <translation>Nadie en tu red se llama «%1».</translation>
    </message>
    <message>
        <source>%1 people fit “%2”: type more of the name, or pick one from the list.</source>
        <translation>%1 personas coinciden con «%2»: escribe más del nombre o elige una de la lista.</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactEditor</name>
    <message>
        <source>Select a contact to see and edit their details,
or press Ctrl+N to add one.</source>
        <translation>Selecciona un contacto para ver y editar sus datos,
o pulsa Ctrl+N para añadir uno.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Company, lab or agency</source>
        <translation>Empresa, laboratorio u organismo</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>City, region</source>
        <translation>Ciudad, región</translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/…</source>
        <translation>https://www.linkedin.com/in/…</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. policy, mentor</source>
        <translation>Separadas por comas, p. ej.: políticas públicas, mentor</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Añadir correo</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source> of 5</source>
        <translation> de 5</translation>
    </message>
    <message>
        <source>How strong the relationship is: 0 = never spoken, 5 = close ally</source>
        <translation>Fuerza de la relación: 0 = nunca has hablado con esta persona, 5 = aliado de confianza</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>How you met, what they care about, what to remember…</source>
        <translation>Cómo conociste a esta persona, qué le importa, qué no debes olvidar…</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Car&amp;go:</translation>
    </message>
    <message>
        <source>E-&amp;mails:</source>
        <translation>C&amp;orreos:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Teléfonos:</translation>
    </message>
    <message>
        <source>&amp;LinkedIn:</source>
        <translation>&amp;LinkedIn:</translation>
    </message>
    <message>
        <source>Locat&amp;ion:</source>
        <translation>Ub&amp;icación:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Eta&amp;pa:</translation>
    </message>
    <message>
        <source>St&amp;rength:</source>
        <translation>&amp;Fuerza del vínculo:</translation>
    </message>
    <message>
        <source>&amp;Connected on:</source>
        <translation>&amp;Conectados desde:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep warm: how long after your last contact to check in again</source>
        <translation>Mantener el contacto: cuánto esperar tras el último contacto antes de retomarlo</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Reuniones:</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Relaciones:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Fill in what you know, then press Enter or click Add contact.</source>
        <translation>Completa lo que sepas y luego pulsa Intro o haz clic en Añadir contacto.</translation>
    </message>
    <message>
        <source> at </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>Apelli&amp;dos:</translation>
    </message>
    <message>
        <source>Referre&amp;d by:</source>
        <translation>Recomendado por:</translation>
    </message>
    <message>
        <source>Chec&amp;k in every:</source>
        <translation>Reto&amp;mar el contacto cada:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Organi&amp;zación:</translation>
    </message>
    <message>
        <source>Give the contact a name or an organisation first.</source>
        <translation>Primero indica un nombre o una organización para el contacto.</translation>
    </message>
    <message>
        <source>The day you connected with this person on LinkedIn (a LinkedIn import fills it in). With their LinkedIn profile, it means you are connected already, so no LinkedIn invitation is proposed after a meeting</source>
        <translation>El día en que conectaste con esta persona en LinkedIn (una importación de LinkedIn lo rellena). Con su perfil de LinkedIn, significa que ya estáis conectados, así que no se propone ninguna invitación de LinkedIn después de una reunión</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactFilterBar</name>
    <message>
        <source>Search names, organizations, e-mails, tags, notes (Ctrl+F)</source>
        <translation>Buscar en nombres, organizaciones, correos, etiquetas y notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Filtrar por etapa</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactImporter</name>
    <message>
        <source>the file could not be read</source>
        <translation>no se pudo leer el archivo</translation>
    </message>
    <message>
        <source>1 row has a problem; nothing was imported</source>
        <translation>1 fila tiene un problema; no se importó nada</translation>
    </message>
    <message>
        <source>%1 rows have problems; nothing was imported</source>
        <translation>%1 filas tienen problemas; no se importó nada</translation>
    </message>
    <message>
        <source>no contacts to import</source>
        <translation>no hay contactos que importar</translation>
    </message>
    <message>
        <source>no backup could be taken before the import, so nothing was imported: %1</source>
        <translation>no se pudo hacer una copia de seguridad antes de importar, así que no se importó nada: %1</translation>
    </message>
    <message>
        <source>the file changed or could not be read again while it was imported; nothing was imported</source>
        <translation>el archivo cambió o no se pudo volver a leer durante la importación; no se importó nada</translation>
    </message>
    <message>
        <source>the network could not be written: %1</source>
        <translation>no se pudo escribir la red: %1</translation>
    </message>
    <message>
        <source>%1: yours &quot;%2&quot;, the file&apos;s &quot;%3&quot;: kept yours</source>
        <translation>%1: el tuyo «%2», el del archivo «%3»: se conserva el tuyo</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>location</source>
        <translation>ubicación</translation>
    </message>
    <message>
        <source>connected on</source>
        <translation>conectado el</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>%1 (left empty; the text is kept in the notes)</source>
        <translation>%1 (se deja vacío; el texto se guarda en las notas)</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (omitida)</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>correos</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>teléfonos</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>%1:%2: %3 has the name of %4, a contact already here or earlier in the file, but other e-mails or phones: added as someone else, for you to merge if they are the same person.</source>
        <translation>%1:%2: %3 tiene el nombre de %4, un contacto que ya está aquí o antes en el archivo, pero con otros correos o teléfonos: se añadió como otra persona; fusiónalos tú si son la misma.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read; nothing was imported</source>
        <translation>
            <numerusform>No se pudo leer %n línea; no se importó nada</numerusform>
            <numerusform>No se pudieron leer %n líneas; no se importó nada</numerusform>
        </translation>
    </message>
    <message>
        <source>other e-mails or phones</source>
        <translation>otros correos o teléfonos</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactLinksEditor</name>
    <message>
        <source>Connections</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Referred &amp;By…</source>
        <translation>&amp;Recomendado por…</translation>
    </message>
    <message>
        <source>Record who referred you to this person</source>
        <translation>Registrar quién te recomendó a esta persona</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Referred You To…</source>
        <translation>Te recomendó a…</translation>
    </message>
    <message>
        <source>Knows…</source>
        <translation>Conoce a…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add referral of %1</source>
        <translation>Añadir quién recomendó a %1</translation>
    </message>
    <message>
        <source>Add referral by %1</source>
        <translation>Añadir una recomendación de %1</translation>
    </message>
    <message>
        <source>Add link of %1</source>
        <translation>Añadir un vínculo de %1</translation>
    </message>
    <message>
        <source>Edit link of %1</source>
        <translation>Editar un vínculo de %1</translation>
    </message>
    <message>
        <source>Remove link of %1</source>
        <translation>Quitar un vínculo de %1</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactLinksModel</name>
    <message>
        <source>(removed)</source>
        <translation>(contacto eliminado)</translation>
    </message>
    <message>
        <source>Knows %1</source>
        <translation>Conoce a %1</translation>
    </message>
    <message>
        <source>Knows %1 (%2)</source>
        <translation>Conoce a %1 (%2)</translation>
    </message>
    <message>
        <source>You found them yourself</source>
        <translation>Llegaste a esta persona por tu cuenta</translation>
    </message>
    <message>
        <source>Referred by %1</source>
        <translation>Recomendado por %1</translation>
    </message>
    <message>
        <source>Referred you to %1</source>
        <translation>Te recomendó a %1</translation>
    </message>
    <message>
        <source>may use name</source>
        <translation>se puede mencionar su nombre</translation>
    </message>
    <message>
        <source>don&apos;t use name</source>
        <translation>no mencionar su nombre</translation>
    </message>
    <message>
        <source>No referrals or acquaintances recorded</source>
        <translation>No hay recomendaciones ni conocidos registrados</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactListController</name>
    <message>
        <source>Added %1, the new contact you were typing. Edit ▸ Undo takes it back.</source>
        <translation>Se añadió %1, el contacto nuevo que estabas escribiendo. Editar ▸ Deshacer lo quita.</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactListModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>Atrasado desde el %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactListView</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactMerge</name>
    <message>
        <source>The contact no longer exists.</source>
        <translation>El contacto ya no existe.</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Un contacto no se puede fusionar consigo mismo.</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactMessages</name>
    <message>
        <source>LinkedIn messages</source>
        <translation>Mensajes de LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn messages (the newest %1 of %2):</source>
        <translation>Mensajes de LinkedIn (los %1 más recientes de %2):</translation>
    </message>
    <message>
        <source>LinkedIn messages (%1):</source>
        <translation>Mensajes de LinkedIn (%1):</translation>
    </message>
</context>
<context>
    <name>Rapport::ContactStore</name>
    <message>
        <source>The contact no longer exists.</source>
        <translation>El contacto ya no existe.</translation>
    </message>
</context>
<context>
    <name>Rapport::ContentSniffer</name>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>una imagen TIFF</translation>
    </message>
    <message>
        <source>an executable program</source>
        <translation>un programa ejecutable</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>una base de datos SQLite</translation>
    </message>
    <message>
        <source>an older Microsoft Office document</source>
        <translation>un documento antiguo de Microsoft Office</translation>
    </message>
    <message>
        <source>not a contacts file: it looks like binary data (%1)</source>
        <translation>no es un archivo de contactos: parece contener datos binarios (%1)</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntos y coma</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>not a contacts file: it is compressed (%1); extract it and import the contacts file inside</source>
        <translation>no es un archivo de contactos: está comprimido (%1); extráelo e importa el archivo de contactos que contiene</translation>
    </message>
    <message>
        <source>is a ZIP archive; unzip it and import the CSV inside</source>
        <translation>es un archivo ZIP; descomprímelo e importa el CSV que contiene</translation>
    </message>
    <message>
        <source>is a spreadsheet workbook, not a CSV file; save it as CSV (comma-separated values) in your spreadsheet program and import that</source>
        <translation>es un libro de hoja de cálculo, no un archivo CSV; guárdalo como CSV (valores separados por comas) en tu programa de hojas de cálculo e importa ese archivo</translation>
    </message>
    <message>
        <source>it holds NUL bytes, which text does not have</source>
        <translation>contiene bytes NUL, que un texto no tiene</translation>
    </message>
    <message>
        <source>it holds control characters, which text does not have</source>
        <translation>contiene caracteres de control, que un texto no tiene</translation>
    </message>
    <message>
        <source>it holds characters that no text uses</source>
        <translation>contiene caracteres que ningún texto usa</translation>
    </message>
    <message>
        <source>not a contacts file: it looks like binary data, or text in an encoding Rapport does not read (it reads UTF-8, UTF-16 and Windows-1252)</source>
        <translation>no es un archivo de contactos: parece contener datos binarios, o texto en una codificación que Rapport no lee (lee UTF-8, UTF-16 y Windows-1252)</translation>
    </message>
    <message>
        <source>not a contacts file: it is text but not a table; its lines do not have a consistent number of fields (separated by %1)</source>
        <translation>no es un archivo de contactos: es texto, pero no una tabla; sus líneas no tienen un número constante de campos (separados por %1)</translation>
    </message>
</context>
<context>
    <name>Rapport::CsvContactMapping</name>
    <message>
        <source>LinkedIn connections</source>
        <translation>Contactos de LinkedIn</translation>
    </message>
    <message>
        <source>Google Contacts CSV</source>
        <translation>CSV de Contactos de Google</translation>
    </message>
    <message>
        <source>Google Contacts CSV (legacy)</source>
        <translation>CSV de Contactos de Google (formato antiguo)</translation>
    </message>
    <message>
        <source>Outlook.com CSV</source>
        <translation>CSV de Outlook.com</translation>
    </message>
    <message>
        <source>Outlook CSV</source>
        <translation>CSV de Outlook</translation>
    </message>
    <message>
        <source>CSV with a header row</source>
        <translation>CSV con una fila de encabezado</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>Tipo de correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Tipo de teléfono</translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation>URL de LinkedIn</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Conectados desde</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>(keep it in the notes)</source>
        <translation>(guardar en las notas)</translation>
    </message>
    <message>
        <source>cannot read the date &apos;%1&apos; in the column %2 (expected a date like 15 Mar 2024)</source>
        <translation>no se puede leer la fecha «%1» en la columna %2 (se espera una fecha como 15 Mar 2024)</translation>
    </message>
    <message>
        <source>(after the last column)</source>
        <translation>(tras la última columna)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) after the last column of the header, kept in the notes</source>
        <translation>
            <numerusform>%n valor tras la última columna del encabezado, guardado en las notas</numerusform>
            <numerusform>%n valores tras la última columna del encabezado, guardados en las notas</numerusform>
        </translation>
    </message>
    <message>
        <source>LinkedIn hides the details of this member: the row holds only the date you connected</source>
        <translation>LinkedIn oculta los datos de este miembro: la fila solo tiene la fecha en que conectaste</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>the row identifies nobody: it has no name, organisation, e-mail, phone or profile URL</source>
        <translation>la fila no identifica a nadie: no tiene nombre, organización, correo, teléfono ni URL de perfil</translation>
    </message>
</context>
<context>
    <name>Rapport::CsvReader</name>
    <message>
        <source>a quoted field starts here and is never closed</source>
        <translation>aquí empieza un campo entre comillas que nunca se cierra</translation>
    </message>
    <message>
        <source>a value starting here is longer than %L1 characters: is a closing quote missing?</source>
        <translation>un valor que empieza aquí tiene más de %L1 caracteres: ¿falta una comilla de cierre?</translation>
    </message>
</context>
<context>
    <name>Rapport::Dashboard</name>
    <message>
        <source>Thank %1 for the interview</source>
        <translation>Agradecer a %1 la entrevista</translation>
    </message>
    <message>
        <source>Check in with %1: last contact %2 days ago</source>
        <translation>Retomar el contacto con %1: último contacto hace %2 días</translation>
    </message>
    <message>
        <source>Check in with %1 soon</source>
        <translation>Retomar pronto el contacto con %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>%1 with %2 · %3</source>
        <translation>%1 con %2 · %3</translation>
    </message>
    <message>
        <source>No reply yet from %1: you wrote %2 days ago; a gentle nudge?</source>
        <translation>Aún sin respuesta de %1: escribiste hace %2 días; ¿un recordatorio amable?</translation>
    </message>
</context>
<context>
    <name>Rapport::DashboardModel</name>
    <message>
        <source>Overdue</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Thank-you notes to send</source>
        <translation>Notas de agradecimiento por enviar</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Próximas reuniones</translation>
    </message>
    <message>
        <source>Going cold: time to check in</source>
        <translation>Contactos que se enfrían: es hora de retomar el contacto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>Marcar como hecho: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Próximos 7 días</translation>
    </message>
    <message>
        <source>Waiting for a reply</source>
        <translation>Esperando respuesta</translation>
    </message>
    <message>
        <source>Nudge…</source>
        <translation>Recordar…</translation>
    </message>
</context>
<context>
    <name>Rapport::Database</name>
    <message>
        <source>%1: is a folder, not a network file</source>
        <translation>%1: es una carpeta, no un archivo de red</translation>
    </message>
    <message>
        <source>%1: no such network file</source>
        <translation>%1: no existe ese archivo de red</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: no se puede crear la carpeta %2</translation>
    </message>
    <message>
        <source>%1: cannot create the file: %2</source>
        <translation>%1: no se puede crear el archivo: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the file (permission denied)</source>
        <translation>%1: no se puede leer el archivo (permiso denegado)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a Rapport network (%2)</source>
        <translation>%1: no es una red de Rapport (%2)</translation>
    </message>
    <message>
        <source>%1: not a Rapport network (it is some other SQLite database)</source>
        <translation>%1: no es una red de Rapport (es otra base de datos SQLite)</translation>
    </message>
    <message>
        <source>%1: this network was saved by a newer version of Rapport (schema %2, this version reads up to %3). Please update Rapport.</source>
        <translation>%1: esta red se guardó con una versión más reciente de Rapport (esquema %2; esta versión lee hasta el %3). Actualiza Rapport.</translation>
    </message>
    <message>
        <source>%1: the file is read-only. Rapport saves every change as you make it, so it needs to write to the file: check its permissions, or copy it to a folder of yours.</source>
        <translation>%1: el archivo es de solo lectura. Rapport guarda cada cambio en cuanto lo haces, así que necesita escribir en el archivo: revisa sus permisos o cópialo a una carpeta tuya.</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only. Rapport keeps a journal beside the network while it is open: copy the file to a folder of yours.</source>
        <translation>%1: la carpeta %2 es de solo lectura. Rapport mantiene un registro junto a la red mientras está abierta: copia el archivo a una carpeta tuya.</translation>
    </message>
    <message>
        <source>%1: the network file is damaged and cannot be read (%2). A backup may replace it: see the backups folder beside it.</source>
        <translation>%1: el archivo de la red está dañado y no se puede leer (%2). Una copia de seguridad puede reemplazarlo: mira la carpeta de copias junto a él.</translation>
    </message>
</context>
<context>
    <name>Rapport::DeleteContactCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar a %1</translation>
    </message>
</context>
<context>
    <name>Rapport::DemoCopy</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>No se puede crear una carpeta temporal: %1</translation>
    </message>
</context>
<context>
    <name>Rapport::DemoNetwork</name>
    <message>
        <source>%1: the demo fills an empty network, and this one already has contacts</source>
        <translation>%1: la demostración llena una red vacía, y esta ya tiene contactos</translation>
    </message>
    <message>
        <source>%1: could not write the demo network: %2</source>
        <translation>%1: no se pudo escribir la red de demostración: %2</translation>
    </message>
</context>
<context>
    <name>Rapport::EditContactCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar a %1</translation>
    </message>
</context>
<context>
    <name>Rapport::EditFollowUpCommand</name>
    <message>
        <source>Mark “%1” done</source>
        <translation>Marcar “%1” como hecho</translation>
    </message>
    <message>
        <source>Edit follow-up “%1”</source>
        <translation>Editar el seguimiento “%1”</translation>
    </message>
</context>
<context>
    <name>Rapport::EditMeetingCommand</name>
    <message>
        <source>Edit meeting with %1</source>
        <translation>Editar la reunión con %1</translation>
    </message>
</context>
<context>
    <name>Rapport::EditProfileCommand</name>
    <message>
        <source>Edit my profile</source>
        <translation>Editar mi perfil</translation>
    </message>
</context>
<context>
    <name>Rapport::EditQuestionCommand</name>
    <message>
        <source>Ask question</source>
        <translation>Hacer la pregunta</translation>
    </message>
    <message>
        <source>Stop asking question</source>
        <translation>Dejar de hacer la pregunta</translation>
    </message>
    <message>
        <source>Reword question</source>
        <translation>Reformular la pregunta</translation>
    </message>
</context>
<context>
    <name>Rapport::EditTemplateCommand</name>
    <message>
        <source>Edit template “%1”</source>
        <translation>Editar la plantilla «%1»</translation>
    </message>
</context>
<context>
    <name>Rapport::EmptyStateWidget</name>
    <message>
        <source>Your network starts here</source>
        <translation>Tu red empieza aquí</translation>
    </message>
    <message>
        <source>Rapport keeps the people you meet through informational interviews, who referred you to whom, your meeting notes and your follow-ups, all in one file on this computer.

Start by importing your LinkedIn, Google or Outlook contacts, add someone by hand, or explore a demo network to see how it all fits together.</source>
        <translation>Rapport guarda a las personas que conoces en entrevistas informativas, quién te recomendó a quién, tus notas de reuniones y tus seguimientos, todo en un solo archivo en este equipo.

Empieza importando tus contactos de LinkedIn, Google u Outlook, añade a alguien a mano o explora una red de demostración para ver cómo encaja todo.</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Importar contactos…</translation>
    </message>
    <message>
        <source>Open demo network</source>
        <translation>Abrir la red de demostración</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <source>Open a network file…</source>
        <translation>Abrir un archivo de red…</translation>
    </message>
</context>
<context>
    <name>Rapport::ExportController</name>
    <message>
        <source>&amp;Backup (JSON)…</source>
        <translation>&amp;Copia de seguridad (JSON)…</translation>
    </message>
    <message>
        <source>Rapport JSON backup (*.json)</source>
        <translation>Copia de seguridad JSON de Rapport (*.json)</translation>
    </message>
    <message>
        <source>Contacts as &amp;CSV (Google)…</source>
        <translation>Contactos en C&amp;SV (Google)…</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation>Contactos en &amp;vCard…</translation>
    </message>
    <message>
        <source>vCard file (*.vcf)</source>
        <translation>Archivo vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Meetings as Ca&amp;lendar (iCalendar)…</source>
        <translation>Reuniones como ca&amp;lendario (iCalendar)…</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>Archivo iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
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
        <translation>%1 (atrasado)</translation>
    </message>
</context>
<context>
    <name>Rapport::FollowUpProposals</name>
    <message>
        <source>Send %1 a thank-you note (within 24 hours)</source>
        <translation>Enviar a %1 una nota de agradecimiento (en menos de 24 horas)</translation>
    </message>
    <message>
        <source>Connect with %1 on LinkedIn, with a personal note</source>
        <translation>Conectar con %1 en LinkedIn, con una nota personal</translation>
    </message>
    <message>
        <source>Tell %1 that you met %2, and thank them for the introduction</source>
        <translation>Contarle a %1 que te reuniste con %2 y agradecerle la presentación</translation>
    </message>
</context>
<context>
    <name>Rapport::FollowUpProposalsDialog</name>
    <message>
        <source>After the Interview</source>
        <translation>Después de la entrevista</translation>
    </message>
    <message>
        <source>Add Follow-ups</source>
        <translation>Añadir seguimientos</translation>
    </message>
    <message>
        <source>Add follow-ups after the interview</source>
        <translation>Añadir seguimientos después de la entrevista</translation>
    </message>
    <message>
        <source>Well done. Add these follow-ups? Click a due date to change it.</source>
        <translation>Bien hecho. ¿Añadir estos seguimientos? Haz clic en una fecha límite para cambiarla.</translation>
    </message>
    <message>
        <source>After the Meeting</source>
        <translation>Después de la reunión</translation>
    </message>
    <message>
        <source>Mark these done? They were open before the meeting.</source>
        <translation>¿Marcar estos como hechos? Estaban abiertos antes de la reunión.</translation>
    </message>
    <message>
        <source>The unticked ones were not made for this meeting, only due by its day: tick the ones it settled.</source>
        <translation>Los no marcados no se crearon para esta reunión, solo vencen antes de su día: marca los que ha resuelto.</translation>
    </message>
    <message>
        <source>Update Follow-ups</source>
        <translation>Actualizar seguimientos</translation>
    </message>
    <message>
        <source>Update follow-ups after the meeting</source>
        <translation>Actualizar seguimientos después de la reunión</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphExport</name>
    <message>
        <source>%1: the file name must end in .svg or .png</source>
        <translation>%1: el nombre del archivo debe terminar en .svg o .png</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>Referral graph</source>
        <translation>Grafo de recomendaciones</translation>
    </message>
    <message>
        <source>Who led to whom, drawn by Rapport</source>
        <translation>Quién llevó a quién, dibujado por Rapport</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphExportDialogs</name>
    <message>
        <source>Export Graph</source>
        <translation>Exportar el grafo</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Print Graph</source>
        <translation>Imprimir el grafo</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphFilterBar</name>
    <message>
        <source>Graph filters</source>
        <translation>Filtros del grafo</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> pasos</translation>
    </message>
    <message>
        <source>Only people within this many links of the selected contact</source>
        <translation>Solo las personas que están a este número de vínculos o menos del contacto seleccionado</translation>
    </message>
    <message>
        <source>Show contacts nobody referred and who know no one in the network, hanging off you</source>
        <translation>Mostrar, colgando de ti, los contactos que nadie te recomendó y que no conocen a nadie de la red</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n unlinked not shown)</source>
        <translation>
            <numerusform>(no se muestra %n contacto sin vínculos)</numerusform>
            <numerusform>(no se muestran %n contactos sin vínculos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n with no links not shown: tick Unlinked to see them)</source>
        <translation>
            <numerusform>(%n sin vínculos no se muestra: marca Sin vínculos para verlo)</numerusform>
            <numerusform>(%n sin vínculos no se muestran: marca Sin vínculos para verlos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more, further from you, not shown: filter by tag, stage or organisation, or show the people near one contact)</source>
        <translation>
            <numerusform>(%n más, más lejos de ti, no se muestra: filtra por etiqueta, etapa u organización, o muestra las personas cercanas a un contacto)</numerusform>
            <numerusform>(%n más, más lejos de ti, no se muestran: filtra por etiqueta, etapa u organización, o muestra las personas cercanas a un contacto)</numerusform>
        </translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Todas las organizaciones</translation>
    </message>
    <message>
        <source>Near:</source>
        <translation>Cercanía:</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Sin vínculos</translation>
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
        <translation>no se pudo calcular la disposición del grafo</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphLegend</name>
    <message>
        <source>referred you to (arrow)</source>
        <translation>te puso en contacto (flecha)</translation>
    </message>
    <message>
        <source>know each other</source>
        <translation>se conocen</translation>
    </message>
    <message>
        <source>you reached them yourself</source>
        <translation>los contactaste tú</translation>
    </message>
    <message>
        <source>thicker border: stronger relationship</source>
        <translation>borde más grueso: relación más fuerte</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphOverview</name>
    <message>
        <source>Overview of the whole graph</source>
        <translation>Vista general de todo el grafo</translation>
    </message>
    <message>
        <source>The whole graph: click or drag to move the view</source>
        <translation>Todo el grafo: haz clic o arrastra para mover la vista</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphPanel</name>
    <message>
        <source>The graph could not be drawn: %1</source>
        <translation>No se pudo dibujar el grafo: %1</translation>
    </message>
    <message>
        <source>Referral Graph</source>
        <translation>Grafo de recomendaciones</translation>
    </message>
    <message>
        <source>The graph is still being laid out. Try again in a moment.</source>
        <translation>Todavía se está calculando la disposición del grafo. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot;</source>
        <translation>Nadie se llama “%1”</translation>
    </message>
    <message>
        <source>%1 is hidden by the filters</source>
        <translation>Los filtros ocultan a %1</translation>
    </message>
    <message>
        <source>Referral graph, %1 selected</source>
        <translation>Grafo de recomendaciones; seleccionado: %1</translation>
    </message>
    <message>
        <source>Referral graph</source>
        <translation>Grafo de recomendaciones</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Path to %1</source>
        <translation>Camino hacia %1</translation>
    </message>
    <message>
        <source>Let the Layout Place %1</source>
        <translation>Dejar que la disposición coloque a %1</translation>
    </message>
    <message>
        <source>Names are too small to read at this zoom: zoom in, or move around with the overview.</source>
        <translation>Los nombres son demasiado pequeños para leerlos con este zoom: amplía, o muévete con la vista general.</translation>
    </message>
    <message>
        <source>Scroll up or left for the rest, or hide the contact editor (View ▸ Contact Editor, F4) for more room.</source>
        <translation>Desplácese hacia arriba o a la izquierda para el resto, u oculte el editor de contacto (Ver ▸ Editor de contacto, F4) para tener más espacio.</translation>
    </message>
    <message>
        <source>Only the person at the end of this chain fits at a size you can read. %1</source>
        <translation>Solo la última persona de esta cadena cabe a un tamaño legible. %1</translation>
    </message>
    <message>
        <source>The last %1 of the %2 people on this chain fit at a size you can read. %3</source>
        <translation>Las últimas %1 de las %2 personas de esta cadena caben a un tamaño legible. %3</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphPathBar</name>
    <message>
        <source>Warm path</source>
        <translation>Camino de contactos</translation>
    </message>
    <message>
        <source>Clear Path</source>
        <translation>Borrar el camino</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphPaths</name>
    <message>
        <source>%1 is one of your contacts</source>
        <translation>%1 forma parte de tus contactos</translation>
    </message>
    <message>
        <source>%1 and %2 know each other</source>
        <translation>%1 y %2 se conocen</translation>
    </message>
    <message>
        <source>%1 and %2 know each other (%3)</source>
        <translation>%1 y %2 se conocen (%3)</translation>
    </message>
    <message>
        <source>you reached %1 yourself</source>
        <translation>llegaste a %1 por tu cuenta</translation>
    </message>
    <message>
        <source>%1 referred you to %2</source>
        <translation>%1 te recomendó a %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You have met %1 (%2, strength %3 of 5).</source>
        <translation>Te has reunido con %1 (%2, fuerza %3 de 5).</translation>
    </message>
    <message>
        <source>You are in touch with %1 but have not met yet (%2, strength %3 of 5).</source>
        <translation>Estás en contacto con %1 pero aún no os habéis reunido (%2, fuerza %3 de 5).</translation>
    </message>
    <message>
        <source>You have not spoken to %1 yet (%2).</source>
        <translation>Aún no has hablado con %1 (%2).</translation>
    </message>
    <message>
        <source>You chose not to pursue %1 (%2).</source>
        <translation>Decidiste no seguir con %1 (%2).</translation>
    </message>
    <message>
        <source>Nobody else at %1 can be reached through your network.</source>
        <translation>Nadie más en %1 es accesible a través de tu red.</translation>
    </message>
    <message numerus="yes">
        <source>Chosen among %n people at %1 you can reach: those you have met come first, then stronger relationships, then shorter chains.</source>
        <translation>
            <numerusform>Elegido entre %n persona de %1 a la que puedes llegar: primero las que conoces en persona, luego las relaciones más fuertes, luego las cadenas más cortas.</numerusform>
            <numerusform>Elegido entre %n personas de %1 a las que puedes llegar: primero las que conoces en persona, luego las relaciones más fuertes, luego las cadenas más cortas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapport::GraphScene</name>
    <message>
        <source>You: every chain of introductions starts here</source>
        <translation>Tú: todas las cadenas de presentaciones empiezan aquí</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>Strength: %1 of 5</source>
        <translation>Fuerza del vínculo: %1 de 5</translation>
    </message>
    <message>
        <source>%1 is one of your contacts, with no referrer shown</source>
        <translation>%1 forma parte de tus contactos, sin ninguna recomendación visible</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphSidePanel</name>
    <message>
        <source>&lt;b&gt;Who opened doors&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quién te abrió puertas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Who opened doors: how many people each contact led you to</source>
        <translation>Quién te abrió puertas: a cuántas personas te llevó cada contacto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Etapas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Thicker border: stronger relationship.&lt;br&gt;Arrow: referred you to. Dashed: know each other. Dotted: you reached them yourself.</source>
        <translation>Borde más grueso: relación más fuerte.&lt;br&gt;Flecha: te puso en contacto. Línea discontinua: se conocen. Punteada: los contactaste tú.</translation>
    </message>
    <message>
        <source>Hide the side panel (View ▸ Show Side Panel)</source>
        <translation>Ocultar el panel lateral (Ver ▸ Mostrar el panel lateral)</translation>
    </message>
    <message>
        <source>Hide the side panel</source>
        <translation>Ocultar el panel lateral</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphToolBar</name>
    <message>
        <source>Graph tools</source>
        <translation>Herramientas del grafo</translation>
    </message>
    <message>
        <source>Layered</source>
        <translation>Por niveles</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Por fuerzas</translation>
    </message>
    <message>
        <source>Layered: each referral one step further from you. Force: people who know each other drawn close together.</source>
        <translation>Por niveles: cada recomendación sitúa a la persona un paso más lejos de ti. Por fuerzas: las personas que se conocen aparecen cerca unas de otras.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Buscar una persona</translation>
    </message>
    <message>
        <source>The shortest chain of introductions from you to a person or an organisation (%1)</source>
        <translation>La cadena de presentaciones más corta desde ti hasta una persona o una organización (%1)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Laying out the graph</source>
        <translation>Calculando la disposición del grafo</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>&amp;Fit Graph to Window</source>
        <translation>Ajustar el grafo a la &amp;ventana</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <source>&amp;Path To…</source>
        <translation>Ca&amp;mino hacia…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Export Graph…</source>
        <translation>E&amp;xportar el grafo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Disposición:</translation>
    </message>
    <message>
        <source>Find a person in the graph by name</source>
        <translation>Buscar a una persona en el grafo por su nombre</translation>
    </message>
    <message>
        <source>Save the graph as an image or print it</source>
        <translation>Guardar el grafo como imagen o imprimirlo</translation>
    </message>
    <message>
        <source>Pri&amp;nt Graph…</source>
        <translation>Im&amp;primir el grafo…</translation>
    </message>
    <message>
        <source>Show &amp;Overview</source>
        <translation>Mostrar la &amp;vista general</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>A small map of the whole graph when part of it is off screen</source>
        <translation>Un pequeño mapa de todo el grafo cuando parte de él queda fuera de la pantalla</translation>
    </message>
    <message>
        <source>Show &amp;Side Panel</source>
        <translation>Mostrar el panel &amp;lateral</translation>
    </message>
    <message>
        <source>Side Panel</source>
        <translation>Panel lateral</translation>
    </message>
    <message>
        <source>Who opened doors and the legend, beside the graph</source>
        <translation>Quién le abrió puertas y la leyenda, junto al grafo</translation>
    </message>
</context>
<context>
    <name>Rapport::GraphView</name>
    <message>
        <source>Referral graph</source>
        <translation>Grafo de recomendaciones</translation>
    </message>
    <message>
        <source>Who referred you to whom. Arrows point from the referrer to the person referred; dashed lines join people who know each other. Use the search box to find a person, plus and minus to zoom.</source>
        <translation>Quién te recomendó a quién. Las flechas van de quien recomienda a la persona recomendada; las líneas discontinuas unen a personas que se conocen. Usa el cuadro de búsqueda para encontrar a una persona, y más y menos para hacer zoom.</translation>
    </message>
</context>
<context>
    <name>Rapport::IcsExporter</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
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
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>No se puede importar este archivo</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>Se importó %1: %2 nuevos, %3 actualizados.</translation>
    </message>
    <message>
        <source>Showing the contacts imported from %1.</source>
        <translation>Se muestran los contactos importados de %1.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>No se puede restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>Se deshizo la importación.</translation>
    </message>
    <message>
        <source>Merge the backup %1 into this network?
What the network lacks is added. Where both changed the same thing, the later change wins, and rows deleted on one side are deleted on the other. A copy of the network is kept first (File ▸ Restore Backup…).</source>
        <translation>¿Combinar la copia de seguridad %1 con esta red?
Se añade lo que le falta a la red. Donde ambas cambiaron lo mismo, gana el cambio más reciente, y lo eliminado en un lado se elimina en el otro. Antes se guarda una copia de la red (Archivo ▸ Restaurar copia de seguridad…).</translation>
    </message>
    <message>
        <source>Backup merged</source>
        <translation>Copia de seguridad combinada</translation>
    </message>
    <message>
        <source>Merged %1: %2 new contacts, %3 updated, %4 unchanged.</source>
        <translation>%1 combinado: %2 contactos nuevos, %3 actualizados, %4 sin cambios.</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>Fusionando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling… the network is left as it was.</source>
        <translation>Cancelando… la red queda como estaba.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Deshaciendo la importación…</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Deshacer la importación</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>No se pudo deshacer la importación: %1</translation>
    </message>
    <message>
        <source>Not a contacts file</source>
        <translation>No es un archivo de contactos</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.txt *.json *.zip);;LinkedIn, Google or Outlook CSV (*.csv);;LinkedIn data archive (*.zip);;vCard (*.vcf *.vcard);;Rapport backup (*.json);;All files (*)</source>
        <translation>Contactos (*.csv *.vcf *.vcard *.txt *.json *.zip);;CSV de LinkedIn, Google u Outlook (*.csv);;Archivo de datos de LinkedIn (*.zip);;vCard (*.vcf *.vcard);;Copia de seguridad de Rapport (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported the LinkedIn archive %1: %2 new contacts, %3 updated, %4 messages and invitations logged.</source>
        <translation>Archivo de LinkedIn %1 importado: %2 contactos nuevos, %3 actualizados, %4 mensajes e invitaciones registrados.</translation>
    </message>
    <message>
        <source>Import LinkedIn Archive Folder</source>
        <translation>Importar la carpeta de un archivo de LinkedIn</translation>
    </message>
    <message>
        <source>%1 is part of a LinkedIn data archive. Import the whole archive, with its messages and invitations?

No imports %1 alone.</source>
        <translation>%1 forma parte de un archivo de datos de LinkedIn. ¿Importar todo el archivo, con sus mensajes e invitaciones?

No importa solo %1.</translation>
    </message>
    <message>
        <source>Forget Message Texts</source>
        <translation>Olvidar el texto de los mensajes</translation>
    </message>
    <message>
        <source>No LinkedIn message in this network keeps its text: there is nothing to forget.</source>
        <translation>Ningún mensaje de LinkedIn de esta red guarda su texto: no hay nada que olvidar.</translation>
    </message>
    <message>
        <source>Remove the text of the %1 LinkedIn messages that keep it?

Their dates, directions and people stay, and so do the stages and last contacts they gave. This cannot be undone.

The automatic backups (File ▸ Restore Backup…) still hold the texts until newer backups replace them.</source>
        <translation>¿Quitar el texto de los %1 mensajes de LinkedIn que lo guardan?

Sus fechas, sentidos y personas se quedan, igual que las etapas y últimos contactos que dieron. No se puede deshacer.

Las copias de seguridad automáticas (Archivo ▸ Restaurar copia de seguridad…) guardan los textos hasta que otras más recientes las sustituyan.</translation>
    </message>
    <message>
        <source>Removing the texts…</source>
        <translation>Quitando los textos…</translation>
    </message>
    <message>
        <source>The texts could not be removed; nothing was changed: %1</source>
        <translation>No se pudieron quitar los textos; no se cambió nada: %1</translation>
    </message>
    <message>
        <source>Removed the text of %1 LinkedIn messages; their dates and directions stay.</source>
        <translation>Se quitó el texto de %1 mensajes de LinkedIn; sus fechas y sentidos se quedan.</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportHistory</name>
    <message>
        <source>There is no import %1.</source>
        <translation>No existe la importación %1.</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>Esta importación ya se deshizo.</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>&amp;Deshacer esta importación…</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Deshacer la importación</translation>
    </message>
    <message>
        <source>Remove the contacts that the import of %1 added, and put back the details it changed?
Meetings and notes you added to those new contacts since will go too.</source>
        <translation>¿Quitar los contactos que añadió la importación de %1 y restablecer los datos que cambió?
También se eliminarán las reuniones y notas que hayas añadido desde entonces a esos contactos nuevos.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Deshaciendo…</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>No se pudo deshacer la importación: %1</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportHistoryModel</name>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>Contactos de LinkedIn</translation>
    </message>
    <message>
        <source>Google contacts</source>
        <translation>Contactos de Google</translation>
    </message>
    <message>
        <source>Outlook contacts</source>
        <translation>Contactos de Outlook</translation>
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
        <translation>Copia de seguridad JSON</translation>
    </message>
    <message>
        <source>LinkedIn archive</source>
        <translation>Archivo de LinkedIn</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportMappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Se convierte en</translation>
    </message>
    <message>
        <source>Example (one row)</source>
        <translation>Ejemplo (una fila)</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportOutcomeText</name>
    <message>
        <source>by its Rapport ID</source>
        <translation>por su identificador de Rapport</translation>
    </message>
    <message>
        <source>by profile URL</source>
        <translation>por la URL del perfil</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>por correo</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>por el nombre</translation>
    </message>
    <message>
        <source>%1 (line %2 of this file)</source>
        <translation>%1 (línea %2 de este archivo)</translation>
    </message>
    <message>
        <source>matches %1 %2</source>
        <translation>coincide con %1 %2</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>contacto nuevo</translation>
    </message>
    <message>
        <source>new contact; possible duplicate of %1: the same name, but other details</source>
        <translation>contacto nuevo; posible duplicado de %1: el mismo nombre, pero otros datos</translation>
    </message>
    <message>
        <source>%1; nothing to change</source>
        <translation>%1; nada que cambiar</translation>
    </message>
    <message>
        <source>%1; changes %2</source>
        <translation>%1; cambia: %2</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitida: %1</translation>
    </message>
    <message>
        <source>skipped: %1, and you chose to leave the contacts you have alone</source>
        <translation>omitida: %1, y elegiste dejar tus contactos como están</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <source>by organisation</source>
        <translation>por organización</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportPreviewModel</name>
    <message>
        <source>What will happen</source>
        <translation>Qué pasará</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Conectados desde</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportReviewPage</name>
    <message>
        <source>Check what will be imported</source>
        <translation>Comprueba qué se va a importar</translation>
    </message>
    <message>
        <source>Nothing is written until you click Import. Columns can be remapped below.</source>
        <translation>No se escribe nada hasta que hagas clic en Importar. Más abajo puedes cambiar la asignación de las columnas.</translation>
    </message>
    <message>
        <source>Mapping preset</source>
        <translation>Asignación predefinida</translation>
    </message>
    <message>
        <source>Save as Preset…</source>
        <translation>Guardar como asignación predefinida…</translation>
    </message>
    <message>
        <source>Update them: fill in new details, keep my notes and stages</source>
        <translation>Actualizarlos: completar con los datos nuevos y conservar mis notas y etapas</translation>
    </message>
    <message>
        <source>Skip them: leave the contacts I have alone</source>
        <translation>Omitirlos: no tocar los contactos que ya tengo</translation>
    </message>
    <message>
        <source>Add them again as new contacts</source>
        <translation>Añadirlos de nuevo como contactos nuevos</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Comprobando cada fila…</translation>
    </message>
    <message>
        <source>Column mapping:</source>
        <translation>Asignación de columnas:</translation>
    </message>
    <message>
        <source>Contacts I already have:</source>
        <translation>Contactos que ya tengo:</translation>
    </message>
    <message>
        <source> · header on line %1</source>
        <translation> · encabezado en la línea %1</translation>
    </message>
    <message>
        <source>%1
Detected: %2 · %3%4</source>
        <translation>%1
Detectado: %2 · %3%4</translation>
    </message>
    <message>
        <source>Rapport does not know these columns: choose below what each one holds (at least a name, an organization or an e-mail).</source>
        <translation>Rapport no reconoce estas columnas: elige abajo qué contiene cada una (como mínimo, un nombre, una organización o un correo).</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo para la columna %1</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Tal como se detectó</translation>
    </message>
    <message>
        <source>Save Mapping Preset</source>
        <translation>Guardar asignación predefinida</translation>
    </message>
    <message>
        <source>Name for this column mapping:</source>
        <translation>Nombre de esta asignación de columnas:</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Sin problemas.</translation>
    </message>
    <message>
        <source>No field holds these columns, so they are kept in the notes: %1. Choose a field for one above to store it there, or (ignore) to leave it out.</source>
        <translation>Ningún campo recoge estas columnas, así que se guardan en las notas: %1. Elige arriba un campo para guardar una allí, o (ignorar) para dejarla fuera.</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>Línea en el archivo</translation>
    </message>
    <message>
        <source>What will happen to each row:</source>
        <translation>Qué pasará con cada fila:</translation>
    </message>
    <message>
        <source>Checking what will happen…</source>
        <translation>Comprobando qué pasará…</translation>
    </message>
    <message>
        <source>Choose what the columns hold to see what will happen.</source>
        <translation>Elige qué contienen las columnas para ver qué pasará.</translation>
    </message>
    <message>
        <source>What will happen cannot be shown: %1</source>
        <translation>No se puede mostrar qué pasará: %1</translation>
    </message>
    <message>
        <source>New: %1 · Already here: %2 · Updated: %3 · Possible duplicates: %4 · Skipped: %5</source>
        <translation>Nuevos: %1 · Ya están: %2 · Actualizados: %3 · Posibles duplicados: %4 · Omitidas: %5</translation>
    </message>
    <message>
        <source>What will happen to the first %1 of %2 rows:</source>
        <translation>Qué pasará con las primeras %1 de %2 filas:</translation>
    </message>
    <message>
        <source>What will happen to the first %1 rows:</source>
        <translation>Qué pasará con las primeras %1 filas:</translation>
    </message>
    <message>
        <source>1 row will be skipped, as listed below.</source>
        <translation>Se omitirá 1 fila, como se indica abajo.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows will be skipped, as listed below.</source>
        <translation>
            <numerusform>Se omitirá %n fila, como se indica abajo.</numerusform>
            <numerusform>Se omitirán %n filas, como se indica abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 value cannot be read: it is left empty and its text kept in the contact&apos;s notes.</source>
        <translation>1 valor no se puede leer: se deja vacío y su texto se guarda en las notas del contacto.</translation>
    </message>
    <message numerus="yes">
        <source>%n values cannot be read: each is left empty and its text kept in the contact&apos;s notes.</source>
        <translation>
            <numerusform>%n valor no se puede leer: se deja vacío y su texto se guarda en las notas del contacto.</numerusform>
            <numerusform>%n valores no se pueden leer: cada uno se deja vacío y su texto se guarda en las notas del contacto.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 line cannot be read and will be left out of its card, as listed below.</source>
        <translation>1 línea no se puede leer y quedará fuera de su tarjeta, como se indica abajo.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines cannot be read and will be left out of their card, as listed below.</source>
        <translation>
            <numerusform>%n línea no se puede leer y quedará fuera de su tarjeta, como se indica abajo.</numerusform>
            <numerusform>%n líneas no se pueden leer y quedarán fuera de su tarjeta, como se indica abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds 1 contact.</source>
        <translation>El archivo contiene 1 contacto.</translation>
    </message>
    <message>
        <source>The file holds %1 contacts.</source>
        <translation>El archivo contiene %1 contactos.</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Show the imported contacts in the list</source>
        <translation>Mostrar en la lista los contactos importados</translation>
    </message>
    <message>
        <source>Reading and writing contacts… Cancel stops the import and leaves your network as it was.</source>
        <translation>Leyendo y escribiendo contactos… Cancelar detiene la importación y deja tu red como estaba.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Se canceló la importación. No se escribió nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Done. New contacts: %1. Updated: %2. Already up to date: %3. Skipped: %4.</source>
        <translation>Listo. Contactos nuevos: %1. Actualizados: %2. Ya al día: %3. Omitidos: %4.</translation>
    </message>
    <message>
        <source>%1 referral links were made.</source>
        <translation>Se crearon %1 vínculos de recomendación.</translation>
    </message>
    <message>
        <source>No single contact matches these referrers: %1</source>
        <translation>Estas personas que hicieron recomendaciones no corresponden a un único contacto: %1</translation>
    </message>
    <message>
        <source>File ▸ Import History can undo this whole import later.</source>
        <translation>Archivo ▸ Historial de importaciones permite deshacer más adelante toda esta importación.</translation>
    </message>
    <message>
        <source>Kept what you typed where the file differs:</source>
        <translation>Se conservó lo que escribiste donde el archivo es distinto:</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…y %1 más.</translation>
    </message>
    <message>
        <source>Possible duplicates, kept apart:</source>
        <translation>Posibles duplicados, mantenidos por separado:</translation>
    </message>
    <message>
        <source>&amp;Possible duplicates, kept apart as two people. Merge… closes this report and compares the two side by side; you can undo a merge.</source>
        <translation>&amp;Posibles duplicados, mantenidos como dos personas. Fusionar… cierra este informe y compara los dos lado a lado; puedes deshacer una fusión.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>&amp;List them after closing, to merge or keep apart</source>
        <translation>&amp;Listarlos al cerrar, para fusionarlos o mantenerlos separados</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportSource</name>
    <message>
        <source>a LinkedIn connections export</source>
        <translation>una exportación de contactos de LinkedIn</translation>
    </message>
    <message>
        <source>a Google Contacts export</source>
        <translation>una exportación de Contactos de Google</translation>
    </message>
    <message>
        <source>an Outlook export</source>
        <translation>una exportación de Outlook</translation>
    </message>
    <message>
        <source>a contacts file</source>
        <translation>un archivo de contactos</translation>
    </message>
    <message>
        <source>the file has bytes that are not valid %1 text</source>
        <translation>el archivo contiene bytes que no son texto %1 válido</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>is a folder, not a contacts file</source>
        <translation>es una carpeta, no un archivo de contactos</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>this is not %1: no header row of that kind was found</source>
        <translation>esto no es %1: no se encontró ninguna fila de encabezado de ese tipo</translation>
    </message>
    <message>
        <source>no header row of a known format (LinkedIn, Google, Outlook) was found; map the columns in the import wizard, or use --format csv with a header row naming the columns (First Name, Last Name, Email, Company...)</source>
        <translation>no se encontró ninguna fila de encabezado de un formato conocido (LinkedIn, Google, Outlook); asigna las columnas en el asistente de importación o usa --format csv con una fila de encabezado que nombre las columnas (First Name, Last Name, Email, Company...)</translation>
    </message>
    <message>
        <source>this is not %1: the header looks like %2</source>
        <translation>esto no es %1: el encabezado parece de %2</translation>
    </message>
    <message>
        <source>the file has a header row but no contacts</source>
        <translation>el archivo tiene una fila de encabezado pero ningún contacto</translation>
    </message>
    <message>
        <source>the file is %1, more than Rapport imports at once (%2, about a million contacts): split it into smaller files</source>
        <translation>el archivo ocupa %1, más de lo que Rapport importa de una vez (%2, alrededor de un millón de contactos): divídelo en archivos más pequeños</translation>
    </message>
    <message>
        <source>no BEGIN:VCARD found: this is not a vCard file, or it is damaged</source>
        <translation>no se encontró ninguna línea BEGIN:VCARD: no es un archivo vCard, o está dañado</translation>
    </message>
    <message>
        <source>no column holds a name, organisation or e-mail; map the columns in the import wizard</source>
        <translation>ninguna columna contiene un nombre, una organización ni un correo; asigna las columnas en el asistente de importación</translation>
    </message>
</context>
<context>
    <name>Rapport::ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>Rapport::InterviewGuide</name>
    <message>
        <source>What an informational interview is</source>
        <translation>Qué es una entrevista informativa</translation>
    </message>
    <message>
        <source>An informational interview is a short conversation, usually 20 to 30 minutes, with someone who does a job you are curious about. You ask about their work, their organisation and how they got there. They are the expert; you are there to learn.</source>
        <translation>Una entrevista informativa es una conversación breve, normalmente de 20 a 30 minutos, con alguien que se dedica a un trabajo que te despierta curiosidad. Le preguntas por su trabajo, por su organización y por cómo llegó hasta ahí. Esa persona es la experta; tú estás ahí para aprender.</translation>
    </message>
    <message>
        <source>It is the most reliable way to find out what a career is really like before you commit to it, and every conversation can lead to the next: at the end, people often refer you to someone else worth meeting. Rapport keeps track of those chains for you.</source>
        <translation>Es la forma más fiable de descubrir cómo es de verdad una profesión antes de comprometerte con ella, y cada conversación puede llevar a la siguiente: al final, a menudo te recomiendan a otra persona con la que vale la pena hablar. Rapport lleva el registro de esas cadenas por ti.</translation>
    </message>
    <message>
        <source>Asking for a meeting</source>
        <translation>Pedir una reunión</translation>
    </message>
    <message>
        <source>• Start with people you already know, then the people they suggest. A warm introduction (&quot;Priya Shah suggested I get in touch&quot;) is answered far more often than a cold message.</source>
        <translation>• Empieza por las personas que ya conoces y sigue con las que ellas te sugieran. Una presentación a través de un conocido (“Priya Shah me sugirió que me pusiera en contacto con usted”) recibe respuesta mucho más a menudo que un mensaje en frío.</translation>
    </message>
    <message>
        <source>• Keep the request short: who you are, why this person, and a clear, small ask — 20 minutes of their time, at their convenience, by phone, video or over coffee.</source>
        <translation>• Haz una solicitud breve: quién eres, por qué te diriges a esa persona y una petición clara y modesta — 20 minutos de su tiempo, cuando le venga bien, por teléfono, por videollamada o tomando un café.</translation>
    </message>
    <message>
        <source>• Say plainly that you are looking for advice and information, not a job.</source>
        <translation>• Deja claro que buscas consejo e información, no un trabajo.</translation>
    </message>
    <message>
        <source>• If there is no answer, one polite reminder after a week or two is fine. Then let it go and try someone else.</source>
        <translation>• Si no hay respuesta, está bien enviar un recordatorio amable al cabo de una o dos semanas. Después, déjalo estar y prueba con otra persona.</translation>
    </message>
    <message>
        <source>In Rapport, the Write… button beside a contact fills one of your templates with their name and your referrer&apos;s, and Schedule… records the meeting once they say yes.</source>
        <translation>En Rapport, el botón Escribir… junto a un contacto completa una de tus plantillas con su nombre y el de quien te hizo la recomendación, y Programar… registra la reunión en cuanto acepte.</translation>
    </message>
    <message>
        <source>What to ask</source>
        <translation>Qué preguntar</translation>
    </message>
    <message>
        <source>Prepare five or six questions and let the conversation go where it wants. For example:</source>
        <translation>Prepara cinco o seis preguntas y deja que la conversación fluya. Por ejemplo:</translation>
    </message>
    <message>
        <source>• How did you get into this work? What did your path look like?</source>
        <translation>• ¿Cómo llegó a este trabajo? ¿Cómo fue su trayectoria?</translation>
    </message>
    <message>
        <source>• What does a typical week look like for you?</source>
        <translation>• ¿Cómo es una semana típica para usted?</translation>
    </message>
    <message>
        <source>• What do you enjoy most about it, and what is hardest?</source>
        <translation>• ¿Qué es lo que más le gusta y qué es lo más difícil?</translation>
    </message>
    <message>
        <source>• Which skills matter most, and how did you learn them?</source>
        <translation>• ¿Qué habilidades son las más importantes y cómo las adquirió?</translation>
    </message>
    <message>
        <source>• How is the field changing? What would you do differently if you were starting now?</source>
        <translation>• ¿Cómo está cambiando el sector? ¿Qué haría de otra manera si empezara ahora?</translation>
    </message>
    <message>
        <source>• Who else would you suggest I talk to? May I mention your name?</source>
        <translation>• ¿Con quién más me sugiere que hable? ¿Puedo mencionar su nombre?</translation>
    </message>
    <message>
        <source>Do your homework first: read about their organisation and role so your questions show it. The Prep… button beside a contact puts what you know and your questions on one printed page to take along.</source>
        <translation>Prepárate antes: infórmate sobre su organización y su puesto, y que tus preguntas lo reflejen. El botón Preparar… junto a un contacto reúne lo que sabes y tus preguntas en una sola página impresa para llevar contigo.</translation>
    </message>
    <message>
        <source>Never ask for a job</source>
        <translation>Nunca pidas trabajo</translation>
    </message>
    <message>
        <source>Asking for a job turns a conversation between equals into an interview you were not invited to, and it breaks the promise you made when you asked for the meeting. People can tell, and they stop being open.</source>
        <translation>Pedir trabajo convierte una conversación entre iguales en una entrevista de selección a la que nadie te invitó, y rompe la promesa que hiciste al pedir la reunión. La gente lo nota y deja de hablar con franqueza.</translation>
    </message>
    <message>
        <source>If there is an opening and they think you are a fit, they will tell you. What you ask for instead is advice and the names of other people to talk to. Those referrals are what builds your network.</source>
        <translation>Si hay una vacante y creen que encajas, ya te lo dirán. Lo que debes pedir, en cambio, son consejos y nombres de otras personas con quienes hablar. Esas recomendaciones son las que construyen tu red.</translation>
    </message>
    <message>
        <source>Say thank you within 24 hours</source>
        <translation>Da las gracias en menos de 24 horas</translation>
    </message>
    <message>
        <source>Send a short thank-you note the same day or the next: thank them for their time, mention one thing you learned or will act on, and confirm any introductions they offered.</source>
        <translation>Envía una breve nota de agradecimiento ese mismo día o al siguiente: agradece a la persona su tiempo, menciona algo que aprendiste o que vas a poner en práctica y confirma las presentaciones que te ofreció.</translation>
    </message>
    <message>
        <source>When you mark an interview as held, Rapport offers a thank-you follow-up due the next day, and the Today page lists the thank-you notes still owed.</source>
        <translation>Cuando marcas una entrevista como realizada, Rapport te propone un seguimiento de agradecimiento para el día siguiente, y la página Hoy muestra las notas de agradecimiento que aún tienes pendientes.</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Mantén el contacto</translation>
    </message>
    <message>
        <source>A network is kept, not collected. Every few months, send a short update: what you tried after their advice, who you met thanks to them, where you have landed.</source>
        <translation>Una red se cultiva, no se colecciona. Cada pocos meses, envía unas líneas para ponerte al día: qué probaste después de sus consejos, a quién conociste gracias a esa persona, en qué punto estás ahora.</translation>
    </message>
    <message>
        <source>Tell people when their referral led somewhere. It is the best thank-you there is.</source>
        <translation>Avisa a las personas cuando su recomendación haya dado fruto. Es el mejor agradecimiento posible.</translation>
    </message>
    <message>
        <source>Rapport&apos;s Today page lists the people going cold, past the check-in interval you chose for them.</source>
        <translation>La página Hoy de Rapport muestra a las personas con las que la relación se está enfriando, una vez superado el intervalo para retomar el contacto que elegiste para cada una.</translation>
    </message>
    <message>
        <source>Learn what you don&apos;t want</source>
        <translation>Descubre lo que no quieres</translation>
    </message>
    <message>
        <source>Finding out that a job is not for you is a result, not a failure. It saves you years. Write down what put you off as carefully as what drew you in.</source>
        <translation>Descubrir que un trabajo no es para ti es un resultado, no un fracaso: te ahorra años. Anota lo que te echó para atrás con el mismo cuidado que lo que te atrajo.</translation>
    </message>
    <message>
        <source>The meeting notes and the Career Paths view help you see the patterns across many conversations: the roles that keep appealing, and the ones that never do.</source>
        <translation>Las notas de las reuniones y la vista Trayectorias profesionales te ayudan a ver los patrones a lo largo de muchas conversaciones: los puestos que te siguen atrayendo y los que nunca te atraen.</translation>
    </message>
    <message>
        <source>Informational interviewing guide</source>
        <translation>Guía de entrevistas informativas</translation>
    </message>
    <message>
        <source>Meet people, learn about their work, never ask for a job, and let each conversation lead to the next.</source>
        <translation>Conoce gente, infórmate sobre su trabajo, nunca pidas empleo y deja que cada conversación te lleve a la siguiente.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>Rapport::JsonEntryReader</name>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>se esperaba «%1»</translation>
    </message>
    <message>
        <source>a text is not closed</source>
        <translation>un texto no está cerrado</translation>
    </message>
    <message>
        <source>a list or an object is not closed</source>
        <translation>una lista o un objeto no está cerrado</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>text after the end of the object</source>
        <translation>hay texto después del final del objeto</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>el archivo cambió mientras se leía</translation>
    </message>
</context>
<context>
    <name>Rapport::JsonRestore</name>
    <message>
        <source>Rapport JSON backup</source>
        <translation>Copia de seguridad JSON de Rapport</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>not a Rapport backup: there is no &quot;contacts&quot; list</source>
        <translation>no es una copia de seguridad de Rapport: no hay ninguna lista &quot;contacts&quot;</translation>
    </message>
    <message>
        <source>contacts[%1]: needs an &quot;id&quot; and a known &quot;stage&quot; (found &quot;%2&quot;)</source>
        <translation>contacts[%1]: necesita un &quot;id&quot; y un &quot;stage&quot; conocido (se encontró &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 entries have problems; nothing was imported</source>
        <translation>%1 entradas tienen problemas; no se importó nada</translation>
    </message>
    <message>
        <source>no backup could be taken before the import, so nothing was imported: %1</source>
        <translation>no se pudo hacer una copia de seguridad antes de importar, así que no se importó nada: %1</translation>
    </message>
    <message>
        <source>the network could not be written: %1</source>
        <translation>no se pudo escribir la red: %1</translation>
    </message>
    <message>
        <source>this backup was written by a newer version of Rapport (backup version %1; this version reads up to %2). Please update Rapport.</source>
        <translation>esta copia de seguridad la escribió una versión más reciente de Rapport (copia versión %1; esta versión lee hasta la %2). Actualiza Rapport.</translation>
    </message>
    <message>
        <source>the restore was cancelled; nothing was written</source>
        <translation>la restauración se canceló; no se escribió nada</translation>
    </message>
    <message>
        <source>the file is larger than a Rapport backup of version 1 can be (256 MB)</source>
        <translation>el archivo es más grande de lo que puede ser una copia de seguridad de Rapport de la versión 1 (256 MB)</translation>
    </message>
    <message>
        <source>a meeting has an unknown kind &quot;%1&quot;</source>
        <translation>una reunión tiene un tipo desconocido «%1»</translation>
    </message>
    <message>
        <source>a meeting has an unknown status &quot;%1&quot;</source>
        <translation>una reunión tiene un estado desconocido «%1»</translation>
    </message>
</context>
<context>
    <name>Rapport::LabeledValuesEditor</name>
    <message>
        <source>Label</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
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
        <translation>No existe el archivo o la carpeta %1.</translation>
    </message>
    <message>
        <source>The folder %1 holds more than %2 files: it is not a LinkedIn archive.</source>
        <translation>La carpeta %1 contiene más de %2 archivos: no es un archivo de LinkedIn.</translation>
    </message>
    <message>
        <source>%1 holds no Connections.csv, messages.csv or Invitations.csv: it is not a LinkedIn data archive.</source>
        <translation>%1 no contiene Connections.csv, messages.csv ni Invitations.csv: no es un archivo de datos de LinkedIn.</translation>
    </message>
    <message>
        <source>The archive has no such table.</source>
        <translation>El archivo no tiene esa tabla.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 supera los %2 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>Rapport::MainWindow</name>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Replace everything in this network with the backup?

The network as it is now is kept as a backup too, so you can restore it if you change your mind.</source>
        <translation>¿Reemplazar todo el contenido de esta red por la copia de seguridad?

La red tal como está ahora también se guarda como copia de seguridad, para que puedas restaurarla si cambias de opinión.</translation>
    </message>
    <message>
        <source>The backup was not restored.

%1</source>
        <translation>No se restauró la copia de seguridad.

%1</translation>
    </message>
    <message>
        <source>Backup restored. The network as it was is kept as a backup.</source>
        <translation>Copia de seguridad restaurada. La red tal como estaba se guarda como copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;New Network…</source>
        <translation>&amp;Nueva red…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Network…</source>
        <translation>&amp;Abrir red…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Open &amp;Demo Network</source>
        <translation>Abrir red de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
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
        <translation>&amp;Nuevo contacto</translation>
    </message>
    <message>
        <source>&amp;Delete Contact</source>
        <translation>&amp;Eliminar contacto</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;Acerca de Rapport</translation>
    </message>
    <message>
        <source>Informational Interviewing &amp;Guide</source>
        <translation>&amp;Guía de entrevistas informativas</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Historial de importaciones…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Print Prep Sheets…</source>
        <translation>Im&amp;primir hojas de preparación…</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>Restaurar &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>My &amp;Profile…</source>
        <translation>Mi &amp;perfil…</translation>
    </message>
    <message>
        <source>&amp;Question Bank…</source>
        <translation>Banco de pre&amp;guntas…</translation>
    </message>
    <message>
        <source>Outreach &amp;Templates…</source>
        <translation>Plan&amp;tillas de mensajes…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>H&amp;oy</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Referral Graph</source>
        <translation>&amp;Grafo de recomendaciones</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Reuniones</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>C&amp;areer Paths</source>
        <translation>&amp;Trayectorias profesionales</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Show All Contacts</source>
        <translation>Mostrar todos los contactos</translation>
    </message>
    <message>
        <source>No contacts match the search and filters.
Press Esc in the search box to clear it.</source>
        <translation>Ningún contacto coincide con la búsqueda y los filtros.
Pulsa Esc en el cuadro de búsqueda para borrarla.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Referral Graph</source>
        <translation>Grafo de recomendaciones</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Career Paths</source>
        <translation>Trayectorias profesionales</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>The change to the meetings could not be saved, and the network was left as it was.

%1</source>
        <translation>No se pudo guardar el cambio en las reuniones; la red se ha quedado como estaba.

%1</translation>
    </message>
    <message>
        <source>The change to the referral links could not be saved, and the network was left as it was.

%1</source>
        <translation>No se pudo guardar el cambio en los vínculos de recomendación; la red se ha quedado como estaba.

%1</translation>
    </message>
    <message>
        <source>The change could not be saved, and the network was left as it was.

%1</source>
        <translation>No se pudo guardar el cambio; la red se ha quedado como estaba.

%1</translation>
    </message>
    <message>
        <source>%1 — Rapport</source>
        <translation>%1 — Rapport</translation>
    </message>
    <message>
        <source>Cannot open network</source>
        <translation>No se puede abrir la red</translation>
    </message>
    <message>
        <source>Cannot open the demo network</source>
        <translation>No se puede abrir la red de demostración</translation>
    </message>
    <message>
        <source>Demo network (temporary copy)</source>
        <translation>Red de demostración (copia temporal)</translation>
    </message>
    <message>
        <source>This is a temporary demo network: changes are discarded when you quit.</source>
        <translation>Esta es una red de demostración temporal: los cambios se descartan al salir.</translation>
    </message>
    <message>
        <source>Delete %1, with their meetings, follow-ups and referral links?</source>
        <translation>¿Eliminar a %1, con sus reuniones, seguimientos y vínculos de recomendación?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts, with their meetings, follow-ups and referral links?</source>
        <translation>
            <numerusform>¿Eliminar %n contacto, con sus reuniones, seguimientos y vínculos de recomendación?</numerusform>
            <numerusform>¿Eliminar %n contactos, con sus reuniones, seguimientos y vínculos de recomendación?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Puedes deshacerlo.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar a %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts</source>
        <translation>
            <numerusform>Eliminar %n contacto</numerusform>
            <numerusform>Eliminar %n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contacts shown</source>
        <translation>
            <numerusform>Mostrando %1 de %n contacto</numerusform>
            <numerusform>Mostrando %1 de %n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>temporary demo network</source>
        <translation>red de demostración temporal</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer “%1”</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer “%1”</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Acerca de Rapport</translation>
    </message>
    <message>
        <source>Rapport %1

Build a professional network through informational interviews: keep contacts, referrals, meeting notes and follow-ups in one local file.</source>
        <translation>Rapport %1

Construye una red profesional mediante entrevistas informativas: guarda tus contactos, recomendaciones, notas de reuniones y seguimientos en un solo archivo local.</translation>
    </message>
    <message>
        <source>Your network stays on this computer, in %1. Rapport never sends anything over the network.</source>
        <translation>Tu red se queda en este equipo, en %1. Rapport nunca envía nada a través de Internet.</translation>
    </message>
    <message>
        <source>Built with Qt %1, SQLite and Graphviz.</source>
        <translation>Creado con Qt %1, SQLite y Graphviz.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Network repaired. The network as it was is kept as a backup.</source>
        <translation>Red reparada. La red tal como estaba se guarda como copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Merge Contacts…</source>
        <translation>&amp;Fusionar contactos…</translation>
    </message>
    <message>
        <source>Could not merge</source>
        <translation>No se pudo fusionar</translation>
    </message>
    <message>
        <source>Merge %1 and %2</source>
        <translation>Fusionar a %1 y %2</translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>%1 se fusionó con %2.</translation>
    </message>
    <message>
        <source>Rapport is free software: you can share and change it under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>Rapport es software libre: puedes compartirlo y modificarlo según la Licencia Pública General de GNU, versión 3 o posterior. Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Contact E&amp;ditor</source>
        <translation>E&amp;ditor de contacto</translation>
    </message>
    <message>
        <source>Rapport will use %1 after a restart. Restart now?</source>
        <translation>Rapport usará %1 tras reiniciarse. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Rapport could not start again. Start it yourself to use the new language.</source>
        <translation>Rapport no pudo reiniciarse. Ábrelo tú para usar el nuevo idioma.</translation>
    </message>
    <message>
        <source>Rapport will use %1 after a restart. The demo network then starts afresh, without your changes to it. Restart now?</source>
        <translation>Rapport usará %1 tras reiniciarse. La red de demostración empezará de nuevo, sin tus cambios. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer “%1”</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer “%1”</translation>
    </message>
    <message>
        <source>Import LinkedIn &amp;Archive Folder…</source>
        <translation>Importar la carpeta de un archivo de &amp;LinkedIn…</translation>
    </message>
    <message>
        <source>Your LinkedIn data archive, unzipped: connections, messages and invitations in one step (the ZIP itself goes through Import Contacts)</source>
        <translation>Su archivo de datos de LinkedIn, descomprimido: contactos, mensajes e invitaciones de una vez (el ZIP en sí pasa por Importar contactos)</translation>
    </message>
    <message>
        <source>Forget Message Te&amp;xts…</source>
        <translation>Olvidar el te&amp;xto de los mensajes…</translation>
    </message>
    <message>
        <source>Keep only the dates and directions of the LinkedIn messages imported from your archive</source>
        <translation>Guardar solo las fechas y sentidos de los mensajes de LinkedIn importados de su archivo</translation>
    </message>
</context>
<context>
    <name>Rapport::MeetingDialog</name>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <source>&amp;Referrals Given</source>
        <translation>&amp;Recomendaciones recibidas</translation>
    </message>
    <message>
        <source>Re&amp;flection</source>
        <translation>Refle&amp;xión</translation>
    </message>
    <message>
        <source>A one-page brief to print before the interview</source>
        <translation>Un resumen de una página para imprimir antes de la entrevista</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Ask for 20–30 minutes, and keep to it.</source>
        <translation>Pide entre 20 y 30 minutos, y respeta ese tiempo.</translation>
    </message>
    <message>
        <source>Café, office, or a video link</source>
        <translation>Cafetería, oficina o enlace de videollamada</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Who else did they suggest you talk to? Each person becomes a contact, referred by %1, ready for you to reach out to.</source>
        <translation>¿Con quién más te sugirió hablar? Cada persona se convierte en un contacto, recomendado por %1, listo para que le escribas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Use their name? Not asked</source>
        <translation>¿Mencionar su nombre? Sin preguntar</translation>
    </message>
    <message>
        <source>May use their name</source>
        <translation>Se puede mencionar su nombre</translation>
    </message>
    <message>
        <source>Don&apos;t use their name</source>
        <translation>No mencionar su nombre</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>People %1 referred you to</source>
        <translation>Personas que %1 te recomendó</translation>
    </message>
    <message>
        <source>How drawn are you to this career path, now that you have heard about it?</source>
        <translation>Ahora que sabes más sobre esta trayectoria profesional, ¿cuánto te atrae?</translation>
    </message>
    <message>
        <source>&amp;Drawn to it</source>
        <translation>&amp;Me atrae</translation>
    </message>
    <message>
        <source>&amp;Unsure</source>
        <translation>No lo ten&amp;go claro</translation>
    </message>
    <message>
        <source>Not &amp;yet</source>
        <translation>Toda&amp;vía no</translation>
    </message>
    <message>
        <source>One line: what you learned about what you want, or don&apos;t</source>
        <translation>En una línea: lo que aprendiste sobre lo que quieres, o lo que no</translation>
    </message>
    <message>
        <source>&amp;Takeaway:</source>
        <translation>&amp;Conclusión:</translation>
    </message>
    <message>
        <source>Suggested by %1 on %2.</source>
        <translation>Sugerido por %1 el %2.</translation>
    </message>
    <message>
        <source>Add %1, referred by %2</source>
        <translation>Añadir a %1, recomendado por %2</translation>
    </message>
    <message>
        <source>Suggested in a meeting</source>
        <translation>Sugerido en una reunión</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Añadir recomendación</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>The checklist change could not be saved.

%1</source>
        <translation>No se pudo guardar el cambio en la lista de preguntas.

%1</translation>
    </message>
    <message>
        <source>Prep S&amp;heet…</source>
        <translation>&amp;Hoja de preparación…</translation>
    </message>
    <message>
        <source>Not f&amp;or me</source>
        <translation>No &amp;es para mí</translation>
    </message>
    <message>
        <source>Mark as Held</source>
        <translation>Marcar como realizada</translation>
    </message>
    <message>
        <source>Save the meeting to take notes, pick questions and record referrals.</source>
        <translation>Guarda la reunión para tomar notas, elegir preguntas y anotar recomendaciones.</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a day as in &quot;Tue 8 Dec&quot;: weekday, day, month</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>%1 already has a meeting planned for %2.</source>
        <translation>Ya tienes una reunión prevista con %1 el %2.</translation>
    </message>
    <message>
        <source>This meeting is planned for %1. Mark it held today? Its date changes to today.</source>
        <translation>Esta reunión está prevista para el %1. ¿Marcarla como realizada hoy? Su fecha pasa a ser hoy.</translation>
    </message>
    <message>
        <source>A phone number</source>
        <translation>Un número de teléfono</translation>
    </message>
    <message>
        <source>A video link</source>
        <translation>Un enlace de vídeo</translation>
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
        <translation>Haz doble clic para abrir las notas</translation>
    </message>
</context>
<context>
    <name>Rapport::MeetingStore</name>
    <message>
        <source>the contact no longer exists</source>
        <translation>el contacto ya no existe</translation>
    </message>
    <message>
        <source>the meeting no longer exists</source>
        <translation>la reunión ya no existe</translation>
    </message>
    <message>
        <source>a follow-up needs a text</source>
        <translation>un seguimiento necesita un texto</translation>
    </message>
    <message>
        <source>a follow-up needs a due date</source>
        <translation>un seguimiento necesita una fecha límite</translation>
    </message>
    <message>
        <source>the follow-up no longer exists</source>
        <translation>el seguimiento ya no existe</translation>
    </message>
</context>
<context>
    <name>Rapport::MeetingTypes</name>
    <message>
        <source>Informational interview</source>
        <translation>Entrevista informativa</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Nota de agradecimiento</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Drawn to it</source>
        <translation>Me atrae</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>No lo tengo claro</translation>
    </message>
    <message>
        <source>Not for me</source>
        <translation>No es para mí</translation>
    </message>
    <message>
        <source>No reflection yet</source>
        <translation>Aún sin reflexión</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>LinkedIn invitation</source>
        <translation>Invitación de LinkedIn</translation>
    </message>
    <message>
        <source>Tell the referrer</source>
        <translation>Avisar a quien te recomendó</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Retomar el contacto</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Knows</source>
        <translation>Conoce a</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recomendación</translation>
    </message>
</context>
<context>
    <name>Rapport::MeetingsPanel</name>
    <message>
        <source>Career paths: what you learned you want, and don&apos;t</source>
        <translation>Trayectorias profesionales: lo que descubriste que quieres, y lo que no</translation>
    </message>
    <message>
        <source>All meetings, upcoming and past</source>
        <translation>Todas las reuniones, próximas y pasadas</translation>
    </message>
    <message>
        <source>After each meeting, say in its Reflection how drawn you are to that path. Here they add up.</source>
        <translation>Después de cada reunión, indica en su Reflexión cuánto te atrae esa trayectoria. Aquí se hace el balance.</translation>
    </message>
    <message>
        <source>Double-click a meeting to open its notes.</source>
        <translation>Haz doble clic en una reunión para abrir sus notas.</translation>
    </message>
    <message>
        <source>No meetings yet. Plan one with Schedule… on a contact&apos;s page.</source>
        <translation>Aún no hay reuniones. Planifica una con Programar… en la ficha de un contacto.</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Programar…</translation>
    </message>
    <message>
        <source>A new meeting with someone in your network</source>
        <translation>Una reunión nueva con alguien de tu red</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Registrar…</translation>
    </message>
    <message>
        <source>An e-mail, call or meeting that already happened</source>
        <translation>Un correo, una llamada o una reunión que ya tuvo lugar</translation>
    </message>
    <message>
        <source>Schedule a Meeting</source>
        <translation>Programar una reunión</translation>
    </message>
    <message>
        <source>Log a Contact</source>
        <translation>Registrar un contacto</translation>
    </message>
</context>
<context>
    <name>Rapport::MeetingsTreeModel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>Próximas (%1)</translation>
    </message>
    <message>
        <source>Past (%1)</source>
        <translation>Pasadas (%1)</translation>
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
        <translation>Fusionar contactos</translation>
    </message>
    <message>
        <source>%1 and %2 become one contact. Where they differ, choose the value to keep.</source>
        <translation>%1 y %2 pasan a ser un solo contacto. Donde difieran, elige el valor que quieres conservar.</translation>
    </message>
    <message>
        <source>Stays · added %1</source>
        <translation>Se queda · añadido el %1</translation>
    </message>
    <message>
        <source>Merged in, then deleted · added %1</source>
        <translation>Se fusiona y luego se elimina · añadido el %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Both contacts&apos; e-mails, phones and tags are kept, and their notes are joined. Meetings, follow-ups and referral links move to the merged contact, and %1 is then deleted. You can undo this.</source>
        <translation>Se conservan los correos, teléfonos y etiquetas de ambos contactos, y sus notas se unen. Las reuniones, los seguimientos y los vínculos de recomendación pasan al contacto fusionado, y luego se elimina a %1. Puedes deshacerlo.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza del vínculo</translation>
    </message>
    <message>
        <source>Check in every</source>
        <translation>Retomar el contacto cada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Connected on LinkedIn</source>
        <translation>Conectado en LinkedIn el</translation>
    </message>
</context>
<context>
    <name>Rapport::MessageLogModel</name>
    <message>
        <source>Invitation sent</source>
        <translation>Invitación enviada</translation>
    </message>
    <message>
        <source>Invitation received</source>
        <translation>Invitación recibida</translation>
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
        <translation>%1 · Usted escribió (texto no guardado)</translation>
    </message>
    <message>
        <source>%1 · They wrote (the text was not kept)</source>
        <translation>%1 · Su contacto escribió (texto no guardado)</translation>
    </message>
    <message>
        <source>%1 · You wrote: %2</source>
        <translation>%1 · Usted escribió: %2</translation>
    </message>
    <message>
        <source>%1 · They wrote: %2</source>
        <translation>%1 · Su contacto escribió: %2</translation>
    </message>
</context>
<context>
    <name>Rapport::MoveQuestionCommand</name>
    <message>
        <source>Move question up</source>
        <translation>Subir la pregunta</translation>
    </message>
    <message>
        <source>Move question down</source>
        <translation>Bajar la pregunta</translation>
    </message>
</context>
<context>
    <name>Rapport::NetworkOpener</name>
    <message>
        <source>Rapport networks (*.rapport);;All files (*)</source>
        <translation>Redes de Rapport (*.rapport);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open network</source>
        <translation>No se puede abrir la red</translation>
    </message>
    <message numerus="yes">
        <source>%1

A backup of this network from %2, with %n contact(s), can take its place. The file that cannot be opened is kept beside it as %3.

Restore the backup?</source>
        <translation>
            <numerusform>%1

Una copia de seguridad de esta red del %2, con %n contacto, puede ocupar su lugar. El archivo que no se puede abrir se conserva junto a ella como %3.

¿Restaurar la copia de seguridad?</numerusform>
            <numerusform>%1

Una copia de seguridad de esta red del %2, con %n contactos, puede ocupar su lugar. El archivo que no se puede abrir se conserva junto a ella como %3.

¿Restaurar la copia de seguridad?</numerusform>
        </translation>
    </message>
    <message>
        <source>New Network</source>
        <translation>Nueva red</translation>
    </message>
    <message>
        <source>%1 already exists. Use File ▸ Open Network to open it.</source>
        <translation>%1 ya existe. Usa Archivo ▸ Abrir red para abrirlo.</translation>
    </message>
    <message>
        <source>Open Network</source>
        <translation>Abrir red</translation>
    </message>
    <message>
        <source>No recent networks</source>
        <translation>No hay redes recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
</context>
<context>
    <name>Rapport::NetworkRecords</name>
    <message>
        <source>a contact cannot refer themselves</source>
        <translation>un contacto no puede recomendarse a sí mismo</translation>
    </message>
    <message>
        <source>a &quot;knows&quot; link joins two contacts</source>
        <translation>un vínculo “conoce a” une a dos contactos</translation>
    </message>
    <message>
        <source>the contact no longer exists</source>
        <translation>el contacto ya no existe</translation>
    </message>
</context>
<context>
    <name>Rapport::NetworkSession</name>
    <message>
        <source>%1 is already open in another Rapport window (process %2). Switch to that window, or close it and open the network here.</source>
        <translation>%1 ya está abierto en otra ventana de Rapport (proceso %2). Cambia a esa ventana, o ciérrala y abre la red aquí.</translation>
    </message>
</context>
<context>
    <name>Rapport::NewReferrerCommand</name>
    <message>
        <source>Add %1 and %2</source>
        <translation>Añadir a %1 y %2</translation>
    </message>
</context>
<context>
    <name>Rapport::NotesEditor</name>
    <message>
        <source>Meeting notes</source>
        <translation>Notas de la reunión</translation>
    </message>
    <message>
        <source>What you learned, what surprised you, who they suggested you talk to…</source>
        <translation>Lo que aprendiste, lo que te sorprendió, con quién te sugirió hablar…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
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
        <translation>Título</translation>
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
        <translation>Subtítulo</translation>
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
        <translation>Párrafo normal</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Ctrl+Shift+7</source>
        <translation>Ctrl+Shift+7</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>☐ Check</source>
        <translation>☐ Casilla</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Check-box (click the box to tick it)</source>
        <translation>Casilla de verificación (haz clic en la casilla para marcarla)</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Not saved: the network could not be written</source>
        <translation>Sin guardar: no se pudo escribir la red</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>Rapport::OutreachDialog</name>
    <message>
        <source>Write to %1</source>
        <translation>Escribir a %1</translation>
    </message>
    <message>
        <source>Tip: your name and field come from your profile (Edit ▸ My Profile…).</source>
        <translation>Consejo: tu nombre y tu área vienen de tu perfil (Editar ▸ Mi perfil…).</translation>
    </message>
    <message>
        <source>Adjust the text, then send it from your mail program or copy it.</source>
        <translation>Ajusta el texto y luego envíalo desde tu programa de correo o cópialo.</translation>
    </message>
    <message>
        <source>Open in &amp;Mail</source>
        <translation>Abrir en el programa de &amp;correo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>P&amp;lantilla:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>No mail program answered, so the message was copied to the clipboard instead.</source>
        <translation>Ningún programa de correo respondió, así que el mensaje se copió al portapapeles.</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <source>The template could not be saved.

%1</source>
        <translation>No se pudo guardar la plantilla.

%1</translation>
    </message>
    <message>
        <source>Sa&amp;ve as Template…</source>
        <translation>Guardar como pla&amp;ntilla…</translation>
    </message>
    <message>
        <source>Blank message</source>
        <translation>Mensaje en blanco</translation>
    </message>
    <message>
        <source>&amp;Log as Sent</source>
        <translation>&amp;Registrar como enviado</translation>
    </message>
    <message>
        <source>Adds this message to %1&apos;s meetings as an e-mail sent now, so the last contact and the stage follow it. Edit ▸ Undo takes it back.</source>
        <translation>Añade este mensaje a las reuniones de %1 como un correo enviado ahora, para que el último contacto y la etapa lo reflejen. Editar ▸ Deshacer lo quita.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Opened in your mail program.</source>
        <translation>Abierto en tu programa de correo.</translation>
    </message>
    <message>
        <source>Once it is sent, log it here.</source>
        <translation>Cuando lo envíes, regístralo aquí.</translation>
    </message>
    <message>
        <source>Log as Sent</source>
        <translation>Registrar como enviado</translation>
    </message>
    <message>
        <source>The message could not be logged.

%1</source>
        <translation>No se pudo registrar el mensaje.

%1</translation>
    </message>
    <message>
        <source>Logged as sent on %1. Edit ▸ Undo takes it back.</source>
        <translation>Registrado como enviado el %1. Editar ▸ Deshacer lo quita.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address here: copy the text into a LinkedIn message, or add an address to the contact first.</source>
        <translation>%1 no tiene dirección de correo aquí: copia el texto en un mensaje de LinkedIn o añade primero una dirección al contacto.</translation>
    </message>
</context>
<context>
    <name>Rapport::OutreachTemplates</name>
    <message>
        <source>Ask for an informational interview</source>
        <translation>Pedir una entrevista informativa</translation>
    </message>
    <message>
        <source>Could I ask you about your work at {organization}?</source>
        <translation>¿Podría hacerle unas preguntas sobre su trabajo en {organization}?</translation>
    </message>
    <message>
        <source>Dear {firstName},

{referrerSentence}I am {myName}, {myField}. I am exploring careers beyond academia and would value 20 minutes of your time to hear how you came to your role as {title} at {organization}, and what the work is like.

I am not looking for a job; I am trying to learn. Would a short call in the next few weeks suit you?

With thanks,
{myName}</source>
        <translation>Hola, {firstName}:

{referrerSentence}Soy {myName}, {myField}. Estoy explorando carreras fuera del ámbito académico y le agradecería mucho que me dedicara 20 minutos de su tiempo para contarme cómo llegó a su puesto de {title} en {organization} y en qué consiste su trabajo.

No busco empleo; quiero aprender. ¿Le vendría bien una breve llamada en las próximas semanas?

Muchas gracias,
{myName}</translation>
    </message>
    <message>
        <source>Thank you after a meeting</source>
        <translation>Agradecimiento después de una reunión</translation>
    </message>
    <message>
        <source>Thank you for your time</source>
        <translation>Gracias por su tiempo</translation>
    </message>
    <message>
        <source>Dear {firstName},

Thank you for taking the time to talk with me. Your advice about [something specific] was especially helpful, and I will follow up on your suggestions.

I will let you know how things go.

With thanks,
{myName}</source>
        <translation>Hola, {firstName}:

Gracias por dedicarme su tiempo. Sus consejos sobre [algo concreto] me resultaron especialmente útiles, y voy a seguir sus sugerencias.

Le mantendré al tanto de cómo me va.

Muchas gracias,
{myName}</translation>
    </message>
    <message>
        <source>Check in a few months later</source>
        <translation>Retomar el contacto unos meses después</translation>
    </message>
    <message>
        <source>An update, and thank you again</source>
        <translation>Novedades, y gracias de nuevo</translation>
    </message>
    <message>
        <source>Dear {firstName},

I hope all is well at {organization}. Since we spoke, I have [what you did with their advice]. Thank you again for your help.

Best wishes,
{myName}</source>
        <translation>Hola, {firstName}:

Espero que todo vaya bien en {organization}. Desde que hablamos, he [lo que hiciste con sus consejos]. Gracias de nuevo por su ayuda.

Un cordial saludo,
{myName}</translation>
    </message>
    <message>
        <source>{referrer} suggested I get in touch with you. </source>
        <translation>{referrer} me sugirió que me pusiera en contacto con usted. </translation>
    </message>
</context>
<context>
    <name>Rapport::PathDialog</name>
    <message>
        <source>Path To…</source>
        <translation>Camino hacia…</translation>
    </message>
    <message>
        <source>Find the shortest chain of introductions from you to:</source>
        <translation>Buscar la cadena de presentaciones más corta desde ti hasta:</translation>
    </message>
    <message>
        <source>A &amp;person</source>
        <translation>Una &amp;persona</translation>
    </message>
    <message>
        <source>Anyone at an &amp;organisation</source>
        <translation>Cualquiera de una &amp;organización</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Escribe un nombre</translation>
    </message>
    <message>
        <source>Find Path</source>
        <translation>Buscar camino</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>person — organisation</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Type an organisation</source>
        <translation>Escribe una organización</translation>
    </message>
</context>
<context>
    <name>Rapport::PinNodeCommand</name>
    <message>
        <source>Move %1</source>
        <translation>Mover a %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Desanclar a %1</translation>
    </message>
</context>
<context>
    <name>Rapport::PossibleDuplicatesDialog</name>
    <message>
        <source>Possible Duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>These contacts from %1 have the name of someone else in your network, but other details differ, so they were kept apart. Merge the ones who are the same person; keep both where they are two people. You can undo a merge with Edit ▸ Undo.</source>
        <translation>Estos contactos de %1 tienen el nombre de otra persona de tu red, pero otros datos difieren, así que se mantuvieron separados. Fusiona los que sean la misma persona; conserva ambos cuando sean dos personas. Puedes deshacer una fusión con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>&amp;Pairs to review:</source>
        <translation>&amp;Pares por revisar:</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>Compare the two side by side and make them one contact</source>
        <translation>Compara los dos lado a lado y conviértelos en un solo contacto</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>Conservar &amp;ambos</translation>
    </message>
    <message>
        <source>They are two people: take the pair off this list</source>
        <translation>Son dos personas: quita el par de esta lista</translation>
    </message>
    <message>
        <source>No possible duplicates are left to review.</source>
        <translation>No quedan posibles duplicados por revisar.</translation>
    </message>
</context>
<context>
    <name>Rapport::PossibleDuplicatesModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>New: %1 (line %2) — also new from this file: %3 · %4</source>
        <translation>Nuevo: %1 (línea %2) — también nuevo de este archivo: %3 · %4</translation>
    </message>
    <message>
        <source>New: %1 — also new from this file: %2 · %3</source>
        <translation>Nuevo: %1 — también nuevo de este archivo: %2 · %3</translation>
    </message>
    <message>
        <source>New: %1 (line %2) — already here: %3 · %4</source>
        <translation>Nuevo: %1 (línea %2) — ya estaba: %3 · %4</translation>
    </message>
    <message>
        <source>New: %1 — already here: %2 · %3</source>
        <translation>Nuevo: %1 — ya estaba: %2 · %3</translation>
    </message>
</context>
<context>
    <name>Rapport::PrepBatchDialog</name>
    <message>
        <source>Print Prep Sheets</source>
        <translation>Imprimir hojas de preparación</translation>
    </message>
    <message>
        <source>&amp;Preview and Print…</source>
        <translation>&amp;Vista previa e impresión…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>De&amp;sde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>No planned meetings in these dates.</source>
        <translation>No hay reuniones previstas entre estas fechas.</translation>
    </message>
    <message>
        <source>Save Prep Sheets as PDF</source>
        <translation>Guardar las hojas de preparación como PDF</translation>
    </message>
    <message>
        <source>Prep sheets %1.pdf</source>
        <translation>Hojas de preparación %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making prep sheets…</source>
        <translation>Creando las hojas de preparación…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The prep sheets could not be made.

%1</source>
        <translation>No se pudieron crear las hojas de preparación.

%1</translation>
    </message>
    <message>
        <source>1 planned meeting: one sheet.</source>
        <translation>1 reunión prevista: una hoja.</translation>
    </message>
    <message numerus="yes">
        <source>%n planned meetings: one sheet each.</source>
        <translation>
            <numerusform>%n reunión prevista: una hoja.</numerusform>
            <numerusform>%n reuniones previstas: una hoja cada una.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapport::PrepSheet</name>
    <message>
        <source>the contact no longer exists</source>
        <translation>el contacto ya no existe</translation>
    </message>
    <message>
        <source>the meeting no longer exists</source>
        <translation>la reunión ya no existe</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>(to be agreed)</source>
        <translation>(por acordar)</translation>
    </message>
    <message>
        <source>Time asked for</source>
        <translation>Tiempo solicitado</translation>
    </message>
    <message>
        <source>%1 minutes — keep to it (20–30 minutes is the norm)</source>
        <translation>%1 minutos — respeta ese tiempo (lo habitual son 20–30 minutos)</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>Aún no programada</translation>
    </message>
    <message>
        <source>ask whether you may mention their name</source>
        <translation>pregunta si puedes mencionar su nombre</translation>
    </message>
    <message>
        <source>you may mention their name</source>
        <translation>puedes mencionar su nombre</translation>
    </message>
    <message>
        <source>do not mention their name</source>
        <translation>no menciones su nombre</translation>
    </message>
    <message>
        <source>How you reached them</source>
        <translation>Cómo llegaste a esta persona</translation>
    </message>
    <message>
        <source>Referred by %1 — %2</source>
        <translation>Recomendado por %1 — %2</translation>
    </message>
    <message>
        <source>You reached them yourself</source>
        <translation>Llegaste a esta persona por tu cuenta</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your 30-second introduction: who you are, what you are exploring, why them. (Fill it in under Edit ▸ My Profile.)</source>
        <translation>Tu presentación de 30 segundos: quién eres, qué estás explorando, por qué esta persona. (Complétala en Editar ▸ Mi perfil).</translation>
    </message>
    <message>
        <source>Exploring:</source>
        <translation>Lo que estoy explorando:</translation>
    </message>
    <message>
        <source>This is not a job request. Bring a résumé only if they ask for it.</source>
        <translation>Esto no es una solicitud de empleo. Lleva un currículum solo si te lo piden.</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Investigación previa</translation>
    </message>
    <message>
        <source>On %1:</source>
        <translation>Sobre %1:</translation>
    </message>
    <message>
        <source>their role and path — look them up before you meet.</source>
        <translation>su puesto y su trayectoria — infórmate antes de la reunión.</translation>
    </message>
    <message>
        <source>What you share:</source>
        <translation>En común:</translation>
    </message>
    <message>
        <source>To look up:</source>
        <translation>Por averiguar:</translation>
    </message>
    <message>
        <source>History with %1</source>
        <translation>Historial con %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier meeting(s)</source>
        <translation>
            <numerusform>y %n reunión anterior</numerusform>
            <numerusform>y %n reuniones anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Open follow-ups and promises:</source>
        <translation>Seguimientos y compromisos pendientes:</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (vence el %2)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Referrals given</source>
        <translation>Recomendaciones recibidas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Use my name?</source>
        <translation>¿Mencionar su nombre?</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>sí / no</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>(antes del %1)</translation>
    </message>
    <message>
        <source>Send a thank-you note within 24 hours</source>
        <translation>Enviar una nota de agradecimiento en menos de 24 horas</translation>
    </message>
    <message>
        <source>Invite them to connect on LinkedIn, with a personal note</source>
        <translation>Enviarle una invitación para conectar en LinkedIn, con una nota personal</translation>
    </message>
    <message>
        <source>Tell %1 that you met, and thank them</source>
        <translation>Contarle a %1 que tuviste la reunión y darle las gracias</translation>
    </message>
    <message>
        <source>Check in again in about three months</source>
        <translation>Retomar el contacto dentro de unos tres meses</translation>
    </message>
    <message>
        <source>Prep sheets</source>
        <translation>Hojas de preparación</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>Prep sheet</source>
        <translation>Hoja de preparación</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <comment>meeting kind, date at time of day</comment>
        <translation>%1, %2 a las %3</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelada)</translation>
    </message>
    <message>
        <source>%1 (held)</source>
        <translation>%1 (realizada)</translation>
    </message>
    <message>
        <source>: %1</source>
        <comment>before a meeting&apos;s notes</comment>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in Rapport</source>
        <translation>
            <numerusform>y %n más en Rapport</numerusform>
            <numerusform>y %n más en Rapport</numerusform>
        </translation>
    </message>
    <message>
        <source>After the meeting:</source>
        <translation>Después de la reunión:</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Tus notas</translation>
    </message>
    <message numerus="yes">
        <source>and %n more line(s) in Rapport</source>
        <translation>
            <numerusform>y %n línea más en Rapport</numerusform>
            <numerusform>y %n líneas más en Rapport</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapport::PrepSheetWindow</name>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Secciones</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Investigación previa</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Notes area</source>
        <translation>Espacio para notas</translation>
    </message>
    <message>
        <source>Follow-up checklist</source>
        <translation>Lista de seguimiento</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Prep Sheet</source>
        <translation>Hoja de preparación</translation>
    </message>
    <message>
        <source>The prep sheet could not be made.

%1</source>
        <translation>No se pudo crear la hoja de preparación.

%1</translation>
    </message>
    <message>
        <source>Prep Sheet: %1</source>
        <translation>Hoja de preparación: %1</translation>
    </message>
    <message>
        <source>Print Prep Sheet</source>
        <translation>Imprimir la hoja de preparación</translation>
    </message>
    <message>
        <source>Prep sheet - %1.pdf</source>
        <translation>Hoja de preparación - %1.pdf</translation>
    </message>
    <message>
        <source>Prep sheets.pdf</source>
        <translation>Hojas de preparación.pdf</translation>
    </message>
    <message>
        <source>Save Prep Sheet as PDF</source>
        <translation>Guardar la hoja de preparación como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message numerus="yes">
        <source>Prep Sheets: %n meetings</source>
        <translation>
            <numerusform>Hojas de preparación: %n reunión</numerusform>
            <numerusform>Hojas de preparación: %n reuniones</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>&amp;Ajustar al ancho</translation>
    </message>
    <message>
        <source>Whole Pa&amp;ge</source>
        <translation>Página &amp;completa</translation>
    </message>
</context>
<context>
    <name>Rapport::PresetLabels</name>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>colega</translation>
    </message>
    <message>
        <source>former colleague</source>
        <translation>excolega</translation>
    </message>
    <message>
        <source>co-author</source>
        <translation>coautoría</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>amistad</translation>
    </message>
</context>
<context>
    <name>Rapport::ProfileDialog</name>
    <message>
        <source>My Profile</source>
        <translation>Mi perfil</translation>
    </message>
    <message>
        <source>e.g. a postdoc in cell biology</source>
        <translation>p. ej., investigador posdoctoral en biología celular</translation>
    </message>
    <message>
        <source>Who you are, what you are exploring, and why this person: 30 seconds.</source>
        <translation>Quién eres, qué estás explorando y por qué esta persona: 30 segundos.</translation>
    </message>
    <message>
        <source>The careers you are exploring, and what you want to learn.</source>
        <translation>Las carreras que estás explorando y lo que quieres aprender.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Presentación:</translation>
    </message>
    <message>
        <source>&amp;Exploring:</source>
        <translation>Lo que estoy &amp;explorando:</translation>
    </message>
    <message>
        <source>The profile could not be saved.

%1</source>
        <translation>No se pudo guardar el perfil.

%1</translation>
    </message>
</context>
<context>
    <name>Rapport::ProposedFollowUpsModel</name>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
</context>
<context>
    <name>Rapport::QuestionBank</name>
    <message>
        <source>How did you get into this line of work?</source>
        <translation>¿Cómo empezó a dedicarse a este trabajo?</translation>
    </message>
    <message>
        <source>What did your path from your degree to this role look like?</source>
        <translation>¿Cómo fue su trayectoria desde sus estudios hasta este puesto?</translation>
    </message>
    <message>
        <source>What do you know now that you wish you had known then?</source>
        <translation>¿Qué sabe ahora que le habría gustado saber entonces?</translation>
    </message>
    <message>
        <source>What does a typical week look like for you?</source>
        <translation>¿Cómo es una semana típica para usted?</translation>
    </message>
    <message>
        <source>What do you enjoy most about your work, and what least?</source>
        <translation>¿Qué es lo que más le gusta de su trabajo y qué es lo que menos?</translation>
    </message>
    <message>
        <source>Which skills matter most in your role?</source>
        <translation>¿Qué habilidades son las más importantes en su puesto?</translation>
    </message>
    <message>
        <source>How would you describe the culture here?</source>
        <translation>¿Cómo describiría la cultura de su lugar de trabajo?</translation>
    </message>
    <message>
        <source>How do people usually join, and how do they grow?</source>
        <translation>¿Cómo suele entrar la gente y cómo progresa después?</translation>
    </message>
    <message>
        <source>Where do you see this field going in the next five years?</source>
        <translation>¿Cómo ve la evolución de este sector en los próximos cinco años?</translation>
    </message>
    <message>
        <source>What are the biggest challenges the field faces?</source>
        <translation>¿Cuáles son los mayores retos a los que se enfrenta el sector?</translation>
    </message>
    <message>
        <source>What would you do in my position?</source>
        <translation>¿Qué haría usted en mi lugar?</translation>
    </message>
    <message>
        <source>How could someone with my background stand out?</source>
        <translation>¿Cómo podría destacar alguien con mi perfil?</translation>
    </message>
    <message>
        <source>What should I read or follow to learn more?</source>
        <translation>¿Qué debería leer o seguir para saber más?</translation>
    </message>
    <message>
        <source>Who else should I talk to? May I mention your name?</source>
        <translation>¿Con quién más debería hablar? ¿Puedo mencionar su nombre?</translation>
    </message>
    <message>
        <source>Their path</source>
        <translation>Su trayectoria</translation>
    </message>
    <message>
        <source>The job</source>
        <translation>El puesto</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>La organización</translation>
    </message>
    <message>
        <source>The field</source>
        <translation>El sector</translation>
    </message>
    <message>
        <source>Advice for me</source>
        <translation>Consejos para mí</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
</context>
<context>
    <name>Rapport::QuestionBankDialog</name>
    <message>
        <source>Question Bank</source>
        <translation>Banco de preguntas</translation>
    </message>
    <message>
        <source>Question (untick to stop asking it; double-click to reword)</source>
        <translation>Pregunta (desmárcala para dejar de hacerla; haz doble clic para reformularla)</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banco de preguntas</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>The change could not be saved.

%1</source>
        <translation>No se pudo guardar el cambio.

%1</translation>
    </message>
    <message>
        <source>Add Question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <source>A question for “%1”:</source>
        <translation>Una pregunta para “%1”:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>Rapport::QuestionChecklist</name>
    <message>
        <source>Question (tick when asked)</source>
        <translation>Pregunta (márcala cuando la hagas)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>On sheet</source>
        <translation>En la hoja</translation>
    </message>
    <message>
        <source>Print this question on the meeting&apos;s prep sheet</source>
        <translation>Imprimir esta pregunta en la hoja de preparación de la reunión</translation>
    </message>
    <message>
        <source>Question checklist</source>
        <translation>Lista de preguntas</translation>
    </message>
    <message>
        <source>Move Up (for this meeting)</source>
        <translation>Subir (para esta reunión)</translation>
    </message>
    <message>
        <source>Move Down (for this meeting)</source>
        <translation>Bajar (para esta reunión)</translation>
    </message>
</context>
<context>
    <name>Rapport::QuestionStore</name>
    <message>
        <source>the question is no longer in the bank</source>
        <translation>la pregunta ya no está en el banco</translation>
    </message>
</context>
<context>
    <name>Rapport::ReachModel</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>Directos</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>People they referred you to themselves</source>
        <translation>Personas que esta persona te recomendó directamente</translation>
    </message>
    <message>
        <source>Everyone you reached through them, down every chain</source>
        <translation>Todas las personas a las que llegaste a través de esta persona, siguiendo todas las cadenas</translation>
    </message>
</context>
<context>
    <name>Rapport::ReadFailure</name>
    <message>
        <source>Rapport could not read part of %1:

%2

What is shown may be incomplete.</source>
        <translation>Rapport no pudo leer parte de %1:

%2

Lo que se muestra puede estar incompleto.</translation>
    </message>
    <message>
        <source>Could not read the network: %1</source>
        <translation>No se pudo leer la red: %1</translation>
    </message>
    <message>
        <source>Could not read the network</source>
        <translation>No se pudo leer la red</translation>
    </message>
</context>
<context>
    <name>Rapport::ReferralDialog</name>
    <message>
        <source>Referred By</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>&amp;Who referred %1?</source>
        <translation>¿&amp;Quién te puso en contacto con %1?</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>&amp;Whom did %1 refer you to?</source>
        <translation>¿A &amp;quién te recomendó %1?</translation>
    </message>
    <message>
        <source>Knows</source>
        <translation>Conoce a</translation>
    </message>
    <message>
        <source>&amp;Whom does %1 know?</source>
        <translation>¿A &amp;quién conoce %1?</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Escribe un nombre</translation>
    </message>
    <message>
        <source>Me (I found them myself)</source>
        <translation>Yo (contacto encontrado por mi cuenta)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>person — organisation</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Relación:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>e.g. worked together at the lab</source>
        <translation>p. ej., trabajaron juntos en el laboratorio</translation>
    </message>
    <message>
        <source>e.g. suggested at our coffee in March</source>
        <translation>p. ej., sugerido en nuestro café de marzo</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Sin preguntar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>May you &amp;mention the referrer&apos;s name?</source>
        <translation>¿Puedes &amp;mencionar el nombre de quien te recomendó?</translation>
    </message>
    <message>
        <source>Choose a person from the list.</source>
        <translation>Elige una persona de la lista.</translation>
    </message>
    <message>
        <source>No single contact is called &quot;%1&quot;. Choose one from the list.</source>
        <translation>No hay un único contacto llamado “%1”. Elige uno de la lista.</translation>
    </message>
</context>
<context>
    <name>Rapport::ReferralGraph</name>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
</context>
<context>
    <name>Rapport::ReferralStore</name>
    <message>
        <source>this referral is already recorded</source>
        <translation>esta recomendación ya está registrada</translation>
    </message>
    <message>
        <source>these two already know each other</source>
        <translation>estas dos personas ya se conocen</translation>
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
        <translation>se puede mencionar su nombre</translation>
    </message>
    <message>
        <source>don&apos;t use name</source>
        <translation>no mencionar su nombre</translation>
    </message>
</context>
<context>
    <name>Rapport::ReferredByField</name>
    <message>
        <source>Who referred you? A name, or Me</source>
        <translation>¿Quién te recomendó? Un nombre, o Yo</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Who referred you to this person; the link is added with the contact</source>
        <translation>Quién te recomendó a esta persona; el vínculo se añade con el contacto</translation>
    </message>
    <message>
        <source>Several people referred you; change them under Connections</source>
        <translation>Varias personas te recomendaron; cámbialas en Relaciones</translation>
    </message>
    <message>
        <source>Set referrer of %1</source>
        <translation>Indicar quién recomendó a %1</translation>
    </message>
    <message>
        <source>Remove referrer of %1</source>
        <translation>Quitar quién recomendó a %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Adds %1 as a new contact, linked as the one who referred you</source>
        <translation>Añade a %1 como contacto nuevo, enlazado como quien te recomendó</translation>
    </message>
    <message>
        <source>%1 is not in your network. Add them as a new contact, linked as the one who referred you?</source>
        <translation>%1 no está en tu red. ¿Añadirlo como contacto nuevo, enlazado como quien te recomendó?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, #%2</source>
        <translation>%1, n.º %2</translation>
    </message>
    <message>
        <source>Several contacts are called %1. Which one referred you?</source>
        <translation>Varios contactos se llaman %1. ¿Cuál te recomendó?</translation>
    </message>
    <message>
        <source>Add %1, who referred you to %2</source>
        <translation>Añadir a %1, que te recomendó a %2</translation>
    </message>
    <message>
        <source>Who referred you to this person. Enter or leaving the field saves it; Enter adds someone who is not in your network as a new contact</source>
        <translation>Quién te recomendó a esta persona. Intro o salir del campo lo guarda; Intro añade como contacto nuevo a alguien que no está en tu red</translation>
    </message>
    <message>
        <source>Nobody is called %1. Did you mean one of these, or is it someone new?</source>
        <translation>Nadie se llama %1. ¿Querías decir una de estas personas, o es alguien nuevo?</translation>
    </message>
</context>
<context>
    <name>Rapport::RemoveFollowUpCommand</name>
    <message>
        <source>Remove follow-up “%1”</source>
        <translation>Quitar el seguimiento “%1”</translation>
    </message>
</context>
<context>
    <name>Rapport::RemoveMeetingCommand</name>
    <message>
        <source>Remove meeting with %1</source>
        <translation>Quitar la reunión con %1</translation>
    </message>
</context>
<context>
    <name>Rapport::RemoveQuestionCommand</name>
    <message>
        <source>Remove question</source>
        <translation>Quitar la pregunta</translation>
    </message>
</context>
<context>
    <name>Rapport::RemoveTemplateCommand</name>
    <message>
        <source>Delete template “%1”</source>
        <translation>Eliminar la plantilla «%1»</translation>
    </message>
</context>
<context>
    <name>Rapport::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Rapport keeps a copy of this network each day it changes (the last %1), one before every import, and one of the network a restore replaces.</source>
        <translation>Rapport guarda una copia de esta red cada día que cambia (las últimas %1), una antes de cada importación y una de la red que reemplaza cada restauración.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>Rapport::SaveAnswerCommand</name>
    <message>
        <source>Answer question</source>
        <translation>Responder la pregunta</translation>
    </message>
    <message>
        <source>Change prep sheet question</source>
        <translation>Cambiar la pregunta de la hoja de preparación</translation>
    </message>
    <message>
        <source>Tick question</source>
        <translation>Marcar la pregunta</translation>
    </message>
    <message>
        <source>Untick question</source>
        <translation>Desmarcar la pregunta</translation>
    </message>
</context>
<context>
    <name>Rapport::Schema</name>
    <message>
        <source>Cannot upgrade from version %1 to %2.</source>
        <translation>No se puede actualizar de la versión %1 a la %2.</translation>
    </message>
</context>
<context>
    <name>Rapport::SchemaCheck</name>
    <message>
        <source>table</source>
        <comment>an SQLite object</comment>
        <translation>tabla</translation>
    </message>
    <message>
        <source>index</source>
        <comment>an SQLite object</comment>
        <translation>índice</translation>
    </message>
    <message>
        <source>view</source>
        <comment>an SQLite object</comment>
        <translation>vista</translation>
    </message>
    <message>
        <source>trigger</source>
        <comment>an SQLite object</comment>
        <translation>disparador</translation>
    </message>
    <message>
        <source>this network holds the %1 &quot;%2&quot;, which Rapport did not create</source>
        <translation>esta red contiene el objeto «%2» (%1), que Rapport no creó</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; in this network is not the one Rapport created</source>
        <translation>el objeto «%2» (%1) de esta red no es el que creó Rapport</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; that Rapport created is missing from this network</source>
        <translation>falta en esta red el objeto «%2» (%1) que creó Rapport</translation>
    </message>
    <message>
        <source>Rapport runs nothing it did not create, so it does not use this network as it is. Open it in the Rapport window to repair it; a copy is kept as a backup first.</source>
        <translation>Rapport no ejecuta nada que no haya creado, así que no usa esta red tal como está. Ábrela en la ventana de Rapport para repararla; antes se guarda una copia de seguridad.</translation>
    </message>
    <message>
        <source>Rapport does not remove or rebuild tables, as they may hold data you want, so it cannot use this network as it is. Open a backup of it instead, or ask whoever changed the file.</source>
        <translation>Rapport no elimina ni reconstruye tablas, porque pueden contener datos que quieras conservar, así que no puede usar esta red tal como está. Abre una copia de seguridad o pregunta a quien cambió el archivo.</translation>
    </message>
</context>
<context>
    <name>Rapport::SchemaRepair</name>
    <message>
        <source>%1: not a Rapport network this version can repair</source>
        <translation>%1: no es una red de Rapport que esta versión pueda reparar</translation>
    </message>
</context>
<context>
    <name>Rapport::SchemaRepairPrompt</name>
    <message>
        <source>%1

Rapport runs nothing it did not create. It can remove what it did not create and put back its own definitions; your contacts, meetings and notes stay as they are. A copy of the network as it is now is kept as a backup first.

Repair the network?</source>
        <translation>%1

Rapport no ejecuta nada que no haya creado. Puede quitar lo que no creó y restablecer sus propias definiciones; tus contactos, reuniones y notas quedan como están. Antes se guarda una copia de la red tal como está ahora.

¿Reparar la red?</translation>
    </message>
    <message>
        <source>The network was not repaired.

%1</source>
        <translation>La red no se reparó.

%1</translation>
    </message>
</context>
<context>
    <name>Rapport::Stage</name>
    <message>
        <source>To contact</source>
        <translation>Por contactar</translation>
    </message>
    <message>
        <source>Reached out</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Reunido</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>En seguimiento</translation>
    </message>
    <message>
        <source>Keep warm</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <source>Not pursuing</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondió</translation>
    </message>
</context>
<context>
    <name>Rapport::TemplatesDialog</name>
    <message>
        <source>Outreach Templates</source>
        <translation>Plantillas de mensajes</translation>
    </message>
    <message>
        <source>Asking for an interview</source>
        <translation>Solicitud de entrevista</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Retomar el contacto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Campos variables: %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>The template could not be saved.

%1</source>
        <translation>No se pudo guardar la plantilla.

%1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>Dear {firstName},



Best wishes,
{myName}</source>
        <translation>Hola, {firstName}:



Un cordial saludo,
{myName}</translation>
    </message>
    <message>
        <source>The template could not be added.

%1</source>
        <translation>No se pudo añadir la plantilla.

%1</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>¿Eliminar la plantilla “%1”?</translation>
    </message>
    <message>
        <source>The template could not be deleted.

%1</source>
        <translation>No se pudo eliminar la plantilla.

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
        <translation>UTF-8 (con marca de orden de bytes)</translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 little-endian</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 big-endian</translation>
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
        <translation>Hoy: qué hacer</translation>
    </message>
    <message>
        <source>Double-click a line to open it. Tick things off as you go: Undo brings them back.</source>
        <translation>Haz doble clic en una línea para abrirla. Marca las tareas a medida que las hagas: Deshacer las recupera.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>The network could not be read: %1</source>
        <translation>No se pudo leer la red: %1</translation>
    </message>
    <message>
        <source>Nothing to do today. Schedule an informational interview from a contact&apos;s page, or import your contacts to begin.</source>
        <translation>Nada que hacer hoy. Programa una entrevista informativa desde la página de un contacto, o importa tus contactos para empezar.</translation>
    </message>
    <message>
        <source>Thank-you note sent</source>
        <translation>Nota de agradecimiento enviada</translation>
    </message>
</context>
<context>
    <name>Rapport::VCardReader</name>
    <message>
        <source>unterminated vCard: missing END:VCARD</source>
        <translation>vCard sin terminar: falta END:VCARD</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD sin BEGIN:VCARD</translation>
    </message>
    <message>
        <source>vCard has no name, organisation or e-mail</source>
        <translation>la vCard no tiene nombre, organización ni correo</translation>
    </message>
    <message>
        <source>no vCards found</source>
        <translation>no se encontró ninguna vCard</translation>
    </message>
    <message>
        <source>vCard line has no &apos;:&apos; between the property name and its value; the line is skipped</source>
        <translation>la línea de la vCard no tiene &apos;:&apos; entre el nombre de la propiedad y su valor; se omite la línea</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profesión</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Hobby</source>
        <translation>Afición</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Maiden name</source>
        <translation>Apellido de soltera</translation>
    </message>
    <message>
        <source>Phonetic first name</source>
        <translation>Nombre fonético</translation>
    </message>
    <message>
        <source>Phonetic middle name</source>
        <translation>Segundo nombre fonético</translation>
    </message>
    <message>
        <source>Phonetic last name</source>
        <translation>Apellido fonético</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionado</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Cónyuge</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Prefijo del nombre</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Sufijo del nombre</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
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
        <translation>Organización</translation>
    </message>
</context>
<context>
    <name>Rapport::WarmPathPresenter</name>
    <message>
        <source>Path To</source>
        <translation>Camino hacia</translation>
    </message>
    <message>
        <source>Nobody in the network works at &quot;%1&quot;.</source>
        <translation>Nadie de la red trabaja en “%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be any of these organisations:
%2</source>
        <translation>“%1” puede ser cualquiera de estas organizaciones:
%2</translation>
    </message>
    <message>
        <source>Nobody is called &quot;%1&quot;.</source>
        <translation>Nadie se llama “%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be any of these people; choose one from the list:
%2</source>
        <translation>“%1” puede ser cualquiera de estas personas; elige una de la lista:
%2</translation>
    </message>
    <message>
        <source>No chain of introductions leads from you to %1 yet.</source>
        <translation>Aún no hay ninguna cadena de presentaciones que lleve de ti a %1.</translation>
    </message>
    <message>
        <source>Part of this chain is hidden by the filters.</source>
        <translation>Parte de esta cadena está oculta por los filtros.</translation>
    </message>
</context>
<context>
    <name>Rapport::WelcomeDialog</name>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Te damos la bienvenida a Rapport</translation>
    </message>
    <message>
        <source>Before your first interview, tell Rapport who you are. Your prep sheets and outreach messages fill themselves in from this; you can change it any time in Edit ▸ My Profile.</source>
        <translation>Antes de tu primera entrevista, dile a Rapport quién eres. Tus hojas de preparación y tus mensajes de contacto se rellenan con esto; puedes cambiarlo cuando quieras en Editar ▸ Mi perfil.</translation>
    </message>
    <message>
        <source>e.g. a postdoc in cell biology</source>
        <translation>p. ej., investigador posdoctoral en biología celular</translation>
    </message>
    <message>
        <source>Who you are, what you are exploring, and why this person: 30 seconds.</source>
        <translation>Quién eres, qué estás explorando y por qué esta persona: 30 segundos.</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Presentación:</translation>
    </message>
    <message>
        <source>My Profile</source>
        <translation>Mi perfil</translation>
    </message>
    <message>
        <source>The profile could not be saved.

%1</source>
        <translation>No se pudo guardar el perfil.

%1</translation>
    </message>
</context>
<context>
    <name>Rapport::ZipArchive</name>
    <message>
        <source>%1 was not read: %2</source>
        <translation>%1 no se leyó: %2</translation>
    </message>
    <message>
        <source>it is not a ZIP archive, or it is damaged (%1).</source>
        <translation>no es un archivo ZIP, o está dañado (%1).</translation>
    </message>
    <message>
        <source>it holds %1 files, more than a data archive has.</source>
        <translation>contiene %1 archivos, más de los que tiene un archivo de datos.</translation>
    </message>
    <message>
        <source>entry %1 cannot be read.</source>
        <translation>la entrada %1 no se puede leer.</translation>
    </message>
    <message>
        <source>%1 declares an impossible size.</source>
        <translation>%1 declara un tamaño imposible.</translation>
    </message>
    <message>
        <source>the name %1 points outside the archive.</source>
        <translation>el nombre %1 apunta fuera del archivo.</translation>
    </message>
    <message>
        <source>it holds two files called %1.</source>
        <translation>contiene dos archivos llamados %1.</translation>
    </message>
    <message>
        <source>%1 would be %2 once unpacked, more than the %3 a data archive file may be.</source>
        <translation>%1 ocuparía %2 una vez descomprimido, más de los %3 que puede ocupar un archivo de datos.</translation>
    </message>
    <message>
        <source>%1 unpacks to %2 from %3, which only a ZIP bomb does.</source>
        <translation>%1 se descomprime de %3 a %2, algo que solo hace una bomba ZIP.</translation>
    </message>
    <message>
        <source>its files would be more than %1 once unpacked.</source>
        <translation>sus archivos ocuparían más de %1 una vez descomprimidos.</translation>
    </message>
    <message>
        <source>its files overlap, as in a ZIP bomb.</source>
        <translation>sus archivos se solapan, como en una bomba ZIP.</translation>
    </message>
    <message>
        <source>%1 has no file called %2.</source>
        <translation>%1 no tiene ningún archivo llamado %2.</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read: %3.</source>
        <translation>%1 en %2 no se puede leer: %3.</translation>
    </message>
    <message>
        <source>it does not hold the size it declares</source>
        <translation>no tiene el tamaño que declara</translation>
    </message>
</context>
</TS>
