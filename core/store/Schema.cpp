// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Longer than most files: the numbered upgrade ladder and the triggers it installs are the schema;
// each step must stay as it shipped.
#include "Schema.h"

#include "DatabaseError.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlQuery>

namespace Rapport::Schema {

namespace {

// QSQLITE runs one statement per exec(), so each step is a list of statements.
// Version 1: the whole data model of DESIGN.md.
const char* const kVersion1[] = {
    R"sql(CREATE TABLE organization (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
        website TEXT NOT NULL DEFAULT '',
        industry TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''))sql",
    R"sql(CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY,
        file TEXT NOT NULL,
        format TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        created_count INTEGER NOT NULL DEFAULT 0,
        updated_count INTEGER NOT NULL DEFAULT 0,
        skipped_count INTEGER NOT NULL DEFAULT 0))sql",
    R"sql(CREATE TABLE contact (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        organization_id INTEGER REFERENCES organization(id) ON DELETE SET NULL,
        title TEXT NOT NULL DEFAULT '',
        linkedin_url TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        stage TEXT NOT NULL DEFAULT 'to_contact' CHECK (stage IN ('to_contact', 'reached_out', 'scheduled',
            'met', 'following_up', 'keep_warm', 'not_pursuing')),
        strength INTEGER NOT NULL DEFAULT 0 CHECK (strength BETWEEN 0 AND 5),
        connected_on TEXT,
        notes TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        import_batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
        check_in_days INTEGER NOT NULL DEFAULT 90 CHECK (check_in_days > 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))sql",
    "CREATE INDEX contact_organization ON contact(organization_id)",
    "CREATE INDEX contact_import_batch ON contact(import_batch_id)",
    "CREATE INDEX contact_linkedin_url ON contact(linkedin_url) WHERE linkedin_url <> ''",
    R"sql(CREATE TABLE contact_email (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        label TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL))sql",
    "CREATE INDEX contact_email_contact ON contact_email(contact_id)",
    "CREATE INDEX contact_email_address ON contact_email(address COLLATE NOCASE)",
    R"sql(CREATE TABLE contact_phone (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        label TEXT NOT NULL DEFAULT '',
        number TEXT NOT NULL))sql",
    "CREATE INDEX contact_phone_contact ON contact_phone(contact_id)",
    R"sql(CREATE TABLE contact_tag (
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        tag TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(tag)) > 0),
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (contact_id, tag)) WITHOUT ROWID)sql",
    "CREATE INDEX contact_tag_tag ON contact_tag(tag)",
    // referrer_id NULL means "Me": the user reached this person directly.
    R"sql(CREATE TABLE referral (
        id INTEGER PRIMARY KEY,
        referrer_id INTEGER REFERENCES contact(id) ON DELETE CASCADE,
        referred_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'referral' CHECK (kind IN ('referral', 'knows')),
        relation TEXT NOT NULL DEFAULT '',
        date TEXT,
        note TEXT NOT NULL DEFAULT '',
        may_use_name INTEGER CHECK (may_use_name IN (0, 1)),
        CHECK (referrer_id IS NULL OR referrer_id <> referred_id),
        CHECK (kind = 'referral' OR referrer_id IS NOT NULL)))sql",
    "CREATE UNIQUE INDEX referral_unique ON referral(ifnull(referrer_id, 0), referred_id, kind)",
    "CREATE INDEX referral_referred ON referral(referred_id)",
    R"sql(CREATE TABLE interaction (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('informational_interview', 'coffee', 'call', 'video_call', 'email',
            'event', 'thank_you', 'other')),
        start_at TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL DEFAULT 30 CHECK (duration_minutes >= 0),
        place TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),
        notes TEXT NOT NULL DEFAULT '',
        reflection TEXT CHECK (reflection IN ('drawn', 'unsure', 'not_for_me')),
        takeaway TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))sql",
    "CREATE INDEX interaction_contact ON interaction(contact_id, start_at)",
    "CREATE INDEX interaction_start ON interaction(start_at)",
    R"sql(CREATE TABLE follow_up (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        interaction_id INTEGER REFERENCES interaction(id) ON DELETE SET NULL,
        due TEXT NOT NULL,
        text TEXT NOT NULL,
        done_at TEXT,
        created_at TEXT NOT NULL))sql",
    "CREATE INDEX follow_up_contact ON follow_up(contact_id, due)",
    "CREATE INDEX follow_up_open ON follow_up(due) WHERE done_at IS NULL",
    R"sql(CREATE TABLE question (
        id INTEGER PRIMARY KEY,
        category TEXT NOT NULL,
        text TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))))sql",
    R"sql(CREATE TABLE interaction_question (
        interaction_id INTEGER NOT NULL REFERENCES interaction(id) ON DELETE CASCADE,
        question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
        asked INTEGER NOT NULL DEFAULT 0 CHECK (asked IN (0, 1)),
        answer TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (interaction_id, question_id)) WITHOUT ROWID)sql",
    R"sql(CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        field TEXT NOT NULL DEFAULT '',
        introduction TEXT NOT NULL DEFAULT '',
        goals TEXT NOT NULL DEFAULT ''))sql",
    "INSERT INTO profile (id) VALUES (1)",
    R"sql(CREATE TABLE node_position (
        contact_id INTEGER PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,
        x REAL NOT NULL,
        y REAL NOT NULL,
        pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1))))sql",
};

// Version 2: full-text search over names, organisation, title, e-mails, tags and notes.
// One FTS row per contact (rowid = contact id), rebuilt from a view by triggers on every
// table that feeds it, so the index can never drift from the data.
#define RAPPORT_REFRESH_FTS(idExpr)                                                                                    \
    "DELETE FROM contact_fts WHERE rowid = " idExpr ";"                                                                \
    "INSERT INTO contact_fts (rowid, name, organization, title, emails, tags, notes) "                                 \
    "SELECT id, name, organization, title, emails, tags, notes FROM contact_search_document WHERE id = " idExpr ";"

const char* const kVersion2[] = {
    R"sql(CREATE VIRTUAL TABLE contact_fts USING fts5(
        name, organization, title, emails, tags, notes,
        tokenize = 'unicode61 remove_diacritics 2'))sql",
    R"sql(CREATE VIEW contact_search_document AS
        SELECT c.id AS id,
               c.first_name || ' ' || c.last_name AS name,
               ifnull(o.name, '') AS organization,
               c.title AS title,
               ifnull((SELECT group_concat(address, ' ') FROM contact_email WHERE contact_id = c.id), '') AS emails,
               ifnull((SELECT group_concat(tag, ' ') FROM contact_tag WHERE contact_id = c.id), '') AS tags,
               c.notes || ' ' || c.location AS notes
        FROM contact c LEFT JOIN organization o ON o.id = c.organization_id)sql",
};
const char* const kFtsTriggers[] = {
    "CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact BEGIN " RAPPORT_REFRESH_FTS("NEW.id") " END",
    "CREATE TRIGGER contact_fts_update AFTER UPDATE ON contact BEGIN " RAPPORT_REFRESH_FTS("NEW.id") " END",
    "CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact BEGIN "
    "DELETE FROM contact_fts WHERE rowid = OLD.id; END",
    "CREATE TRIGGER contact_email_fts_insert AFTER INSERT ON contact_email BEGIN " RAPPORT_REFRESH_FTS(
        "NEW.contact_id") " END",
    "CREATE TRIGGER contact_email_fts_update AFTER UPDATE ON contact_email BEGIN " RAPPORT_REFRESH_FTS("OLD.contact_id")
        RAPPORT_REFRESH_FTS("NEW.contact_id") " END",
    "CREATE TRIGGER contact_email_fts_delete AFTER DELETE ON contact_email BEGIN " RAPPORT_REFRESH_FTS(
        "OLD.contact_id") " END",
    "CREATE TRIGGER contact_tag_fts_insert AFTER INSERT ON contact_tag BEGIN " RAPPORT_REFRESH_FTS(
        "NEW.contact_id") " END",
    "CREATE TRIGGER contact_tag_fts_update AFTER UPDATE ON contact_tag BEGIN " RAPPORT_REFRESH_FTS("OLD.contact_id")
        RAPPORT_REFRESH_FTS("NEW.contact_id") " END",
    "CREATE TRIGGER contact_tag_fts_delete AFTER DELETE ON contact_tag BEGIN " RAPPORT_REFRESH_FTS(
        "OLD.contact_id") " END",
    "CREATE TRIGGER organization_fts_update AFTER UPDATE OF name ON organization BEGIN "
    "DELETE FROM contact_fts WHERE rowid IN (SELECT id FROM contact WHERE organization_id = NEW.id);"
    "INSERT INTO contact_fts (rowid, name, organization, title, emails, tags, notes) "
    "SELECT id, name, organization, title, emails, tags, notes FROM contact_search_document "
    "WHERE id IN (SELECT id FROM contact WHERE organization_id = NEW.id); END",
};
// Version 5 adds meeting notes and takeaways to the searchable notes of their contact.
const char* const kInteractionFtsTriggers[] = {
    "CREATE TRIGGER interaction_fts_insert AFTER INSERT ON interaction BEGIN " RAPPORT_REFRESH_FTS(
        "NEW.contact_id") " END",
    "CREATE TRIGGER interaction_fts_update AFTER UPDATE OF notes, takeaway, contact_id ON interaction "
    "BEGIN " RAPPORT_REFRESH_FTS("OLD.contact_id") RAPPORT_REFRESH_FTS("NEW.contact_id") " END",
    "CREATE TRIGGER interaction_fts_delete AFTER DELETE ON interaction BEGIN " RAPPORT_REFRESH_FTS(
        "OLD.contact_id") " END",
};
// Version 11 adds the text of LinkedIn messages and invitations (issue 17).
const char* const kMessageFtsTriggers[] = {
    "CREATE TRIGGER message_fts_insert AFTER INSERT ON message BEGIN " RAPPORT_REFRESH_FTS("NEW.contact_id") " END",
    "CREATE TRIGGER message_fts_update AFTER UPDATE OF body, subject, contact_id ON message "
    "BEGIN " RAPPORT_REFRESH_FTS("OLD.contact_id") RAPPORT_REFRESH_FTS("NEW.contact_id") " END",
    "CREATE TRIGGER message_fts_delete AFTER DELETE ON message BEGIN " RAPPORT_REFRESH_FTS("OLD.contact_id") " END",
};
#undef RAPPORT_REFRESH_FTS

const char* const kFtsTriggerNames[]
    = {"contact_fts_insert", "contact_fts_update", "contact_fts_delete", "contact_email_fts_insert",
        "contact_email_fts_update", "contact_email_fts_delete", "contact_tag_fts_insert", "contact_tag_fts_update",
        "contact_tag_fts_delete", "organization_fts_update", "interaction_fts_insert", "interaction_fts_update",
        "interaction_fts_delete", "message_fts_insert", "message_fts_update", "message_fts_delete"};

// Version 3: what an import changed, so a whole batch can be undone later. Contacts created by
// a batch carry contact.import_batch_id; contacts it updated keep their previous state here.
const char* const kVersion3[] = {
    R"sql(CREATE TABLE import_batch_change (
        batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        previous TEXT NOT NULL,
        PRIMARY KEY (batch_id, contact_id)) WITHOUT ROWID)sql",
    "ALTER TABLE referral ADD COLUMN import_batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL",
    "ALTER TABLE import_batch ADD COLUMN unchanged_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE import_batch ADD COLUMN undone_at TEXT",
};

// Version 4: a node pinned in the layered layout is not pinned in the force layout: the two
// place people in different coordinates, so each keeps its own pins.
const char* const kVersion4[] = {
    R"sql(CREATE TABLE node_position_v4 (
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        layout TEXT NOT NULL CHECK (layout IN ('layered', 'force')),
        x REAL NOT NULL,
        y REAL NOT NULL,
        PRIMARY KEY (contact_id, layout)) WITHOUT ROWID)sql",
    ("INSERT INTO node_position_v4 (contact_id, layout, x, y) "
     "SELECT contact_id, 'layered', x, y FROM node_position WHERE pinned = 1"),
    "DROP TABLE node_position",
    "ALTER TABLE node_position_v4 RENAME TO node_position",
};

// Version 5: the follow-up loop. A follow-up may say what it is for (a thank-you note...), and
// outreach templates are the user's own. (The check-in interval, contact.check_in_days, is v1.)
const char* const kVersion5[] = {
    ("ALTER TABLE follow_up ADD COLUMN kind TEXT NOT NULL DEFAULT '' "
     "CHECK (kind IN ('', 'thank_you', 'linkedin', 'tell_referrer', 'check_in'))"),
    R"sql(CREATE TABLE outreach_template (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('request', 'thank_you', 'check_in', 'other')),
        name TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0))sql",
    "CREATE INDEX follow_up_interaction ON follow_up(interaction_id)",
    "DROP VIEW contact_search_document",
    R"sql(CREATE VIEW contact_search_document AS
        SELECT c.id AS id,
               c.first_name || ' ' || c.last_name AS name,
               ifnull(o.name, '') AS organization,
               c.title AS title,
               ifnull((SELECT group_concat(address, ' ') FROM contact_email WHERE contact_id = c.id), '') AS emails,
               ifnull((SELECT group_concat(tag, ' ') FROM contact_tag WHERE contact_id = c.id), '') AS tags,
               c.notes || ' ' || c.location || ' ' ||
                   ifnull((SELECT group_concat(notes || ' ' || takeaway, ' ') FROM interaction
                           WHERE contact_id = c.id), '') AS notes
        FROM contact c LEFT JOIN organization o ON o.id = c.organization_id)sql",
    "DELETE FROM contact_fts",
    ("INSERT INTO contact_fts (rowid, name, organization, title, emails, tags, notes) "
     "SELECT id, name, organization, title, emails, tags, notes FROM contact_search_document"),
};

// Version 6: the questions chosen for one meeting's prep sheet, in the order chosen there.
const char* const kVersion6[] = {
    "ALTER TABLE interaction_question ADD COLUMN on_sheet INTEGER NOT NULL DEFAULT 1 CHECK (on_sheet IN (0, 1))",
};

// Version 7: stable UUIDs for organisations, links, follow-ups and questions, so a JSON backup
// (version 2) cross-references them by something that survives a restore into another network.
// Rows written without one get a random version-4 UUID from a trigger, so no writer can forget it.
#define RAPPORT_NEW_UUID                                                                                               \
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || "        \
    "substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
#define RAPPORT_UUID_STEP(table)                                                                                       \
    "ALTER TABLE " table " ADD COLUMN uuid TEXT", "UPDATE " table " SET uuid = " RAPPORT_NEW_UUID,                     \
        "CREATE UNIQUE INDEX " table "_uuid ON " table "(uuid)",                                                       \
        "CREATE TRIGGER " table "_uuid_default AFTER INSERT ON " table " WHEN NEW.uuid IS NULL BEGIN UPDATE " table    \
        " SET uuid = " RAPPORT_NEW_UUID " WHERE id = NEW.id; END"
const char* const kVersion7[] = {
    RAPPORT_UUID_STEP("organization"),
    RAPPORT_UUID_STEP("referral"),
    RAPPORT_UUID_STEP("follow_up"),
    RAPPORT_UUID_STEP("question"),
    // Meeting notes are Markdown whose writer keeps empty paragraphs as "&#32;" and line breaks as
    // "<br/>" (NotesMarkdown): the search index reads them as spaces, not as the words "32" and "br".
    "DROP VIEW contact_search_document",
    R"sql(CREATE VIEW contact_search_document AS
        SELECT c.id AS id,
               c.first_name || ' ' || c.last_name AS name,
               ifnull(o.name, '') AS organization,
               c.title AS title,
               ifnull((SELECT group_concat(address, ' ') FROM contact_email WHERE contact_id = c.id), '') AS emails,
               ifnull((SELECT group_concat(tag, ' ') FROM contact_tag WHERE contact_id = c.id), '') AS tags,
               c.notes || ' ' || c.location || ' ' ||
                   ifnull((SELECT group_concat(replace(replace(notes, '&#32;', ' '), '<br/>', ' ') || ' ' || takeaway,
                           ' ') FROM interaction WHERE contact_id = c.id), '') AS notes
        FROM contact c LEFT JOIN organization o ON o.id = c.organization_id)sql",
    "DELETE FROM contact_fts",
    ("INSERT INTO contact_fts (rowid, name, organization, title, emails, tags, notes) "
     "SELECT id, name, organization, title, emails, tags, notes FROM contact_search_document"),
};
#undef RAPPORT_UUID_STEP
#undef RAPPORT_NEW_UUID

// Version 7 also keeps, for every field of every row, when it last changed, and for every deleted
// row, when it was deleted, so that two copies of a network edited apart merge field by field
// (the later change wins) and a deletion travels instead of the row coming back. Triggers keep
// both, so no writer can forget them. A field with no entry has not changed since the row was made.
// Rows are named by their UUID, or by their natural key where they have none.
const char* const kChangeTables[] = {
    R"sql(CREATE TABLE field_change (
        entity TEXT NOT NULL,
        row_key TEXT NOT NULL,
        field TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        PRIMARY KEY (entity, row_key, field)) WITHOUT ROWID)sql",
    R"sql(CREATE TABLE tombstone (
        entity TEXT NOT NULL,
        row_key TEXT NOT NULL,
        deleted_at TEXT NOT NULL,
        PRIMARY KEY (entity, row_key)) WITHOUT ROWID)sql",
};

struct TrackedField {
    const char* name; // the field's key in the JSON backup
    const char* column;
};

struct TrackedTable {
    const char* table;
    const char* key; // the row's name, with ROW standing for NEW or OLD
    std::initializer_list<TrackedField> fields;
    bool tombstones = true;
    // When a delete of this row is the row's own: a row deleted with its contact is not, as the
    // contact's tombstone stands for it (and a meeting added elsewhere must not be deleted by it).
    const char* ownDelete = "1";
};

// Frozen with version 7: a later version that tracks more adds a step of its own.
const TrackedTable kTracked[] = {
    {"organization", "ROW.uuid",
        {{"name", "name"}, {"website", "website"}, {"industry", "industry"}, {"notes", "notes"}}},
    {"contact", "ROW.uuid",
        {{"firstName", "first_name"}, {"lastName", "last_name"}, {"organization", "organization_id"},
            {"title", "title"}, {"linkedinUrl", "linkedin_url"}, {"location", "location"}, {"stage", "stage"},
            {"strength", "strength"}, {"connectedOn", "connected_on"}, {"notes", "notes"}, {"source", "source"},
            {"checkInDays", "check_in_days"}}},
    {"referral", "ROW.uuid",
        // A link's people and kind are its natural key, never merged field by field: not tracked.
        {{"relation", "relation"}, {"date", "date"}, {"note", "note"}, {"mayUseName", "may_use_name"}}, true,
        "EXISTS (SELECT 1 FROM contact WHERE id = OLD.referred_id) AND (OLD.referrer_id IS NULL OR "
        "EXISTS (SELECT 1 FROM contact WHERE id = OLD.referrer_id))"},
    {"interaction", "ROW.uuid",
        {{"contact", "contact_id"}, {"kind", "kind"}, {"start", "start_at"}, {"durationMinutes", "duration_minutes"},
            {"place", "place"}, {"status", "status"}, {"notes", "notes"}, {"reflection", "reflection"},
            {"takeaway", "takeaway"}},
        true, "EXISTS (SELECT 1 FROM contact WHERE id = OLD.contact_id)"},
    {"follow_up", "ROW.uuid",
        {{"contact", "contact_id"}, {"meeting", "interaction_id"}, {"kind", "kind"}, {"due", "due"}, {"text", "text"},
            {"doneAt", "done_at"}},
        true, "EXISTS (SELECT 1 FROM contact WHERE id = OLD.contact_id)"},
    {"question", "ROW.uuid",
        {{"category", "category"}, {"text", "text"}, {"position", "position"}, {"active", "active"}}},
    {"interaction_question",
        "(SELECT uuid FROM interaction WHERE id = ROW.interaction_id) || '/' || "
        "(SELECT uuid FROM question WHERE id = ROW.question_id)",
        {{"asked", "asked"}, {"answer", "answer"}, {"onSheet", "on_sheet"}, {"position", "position"}}, false},
    {"outreach_template", "ROW.kind || '/' || ROW.name",
        {{"subject", "subject"}, {"body", "body"}, {"position", "position"}}},
    {"node_position", "(SELECT uuid FROM contact WHERE id = ROW.contact_id) || '/' || ROW.layout",
        {{"x", "x"}, {"y", "y"}}, true, "EXISTS (SELECT 1 FROM contact WHERE id = OLD.contact_id)"},
    {"profile", "'profile'",
        {{"name", "name"}, {"field", "field"}, {"introduction", "introduction"}, {"goals", "goals"}}, false},
};

template <size_t N>
void runAll(const QSqlDatabase& db, const char* const (&statements)[N])
{
    for (const char* sql : statements)
        SqlStatement::run(db, QString::fromUtf8(sql));
}

constexpr const char* kNowSql = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

QString rowKey(const TrackedTable& tracked, const char* row)
{
    return QString::fromLatin1(tracked.key)
        .replace(QStringLiteral("ROW."), QString::fromLatin1(row) + QLatin1Char('.'));
}

// A template is named by its kind and name: renaming it deletes the old name in other copies of
// the network instead of leaving it to come back beside the new one.
const char* const kTemplateRename[] = {
    "CREATE TRIGGER outreach_template_renamed AFTER UPDATE OF kind, name ON outreach_template "
    "WHEN OLD.kind IS NOT NEW.kind OR OLD.name IS NOT NEW.name BEGIN "
    "INSERT OR REPLACE INTO tombstone (entity, row_key, deleted_at) "
    "VALUES ('outreach_template', OLD.kind || '/' || OLD.name, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); "
    "DELETE FROM tombstone WHERE entity = 'outreach_template' AND row_key = NEW.kind || '/' || NEW.name; END",
};

// The triggers that keep field_change and tombstone, with their names, as a schema of `version`
// has them: from version 9 a change a trigger records is the user's (source 'typed'); an import
// marks what it set itself, after its write.
QList<std::pair<QString, QString>> changeTriggers(int version = CurrentVersion)
{
    QList<std::pair<QString, QString>> triggers {
        {QStringLiteral("outreach_template_renamed"), QString::fromUtf8(kTemplateRename[0])}};
    const QString now = QString::fromLatin1(kNowSql);
    for (const TrackedTable& tracked : kTracked) {
        const QString table = QString::fromLatin1(tracked.table);
        QStringList changed;
        for (const TrackedField& field : tracked.fields)
            changed.append(QStringLiteral("SELECT '%1' AS field WHERE OLD.%2 IS NOT NEW.%2")
                               .arg(QString::fromLatin1(field.name), QString::fromLatin1(field.column)));
        triggers.append({table + QStringLiteral("_field_change"),
            version < 9 ? QStringLiteral(
                "CREATE TRIGGER %1_field_change AFTER UPDATE ON %1 BEGIN "
                "INSERT INTO field_change (entity, row_key, field, changed_at) "
                "SELECT '%1', %2, changed.field, %3 FROM (%4) changed WHERE true "
                "ON CONFLICT (entity, row_key, field) DO UPDATE SET changed_at = excluded.changed_at; END")
                              .arg(table, rowKey(tracked, "NEW"), now, changed.join(QStringLiteral(" UNION ALL ")))
                        : QStringLiteral(
                            "CREATE TRIGGER %1_field_change AFTER UPDATE ON %1 BEGIN "
                            "INSERT INTO field_change (entity, row_key, field, changed_at, source, import_batch_id) "
                            "SELECT '%1', %2, changed.field, %3, 'typed', NULL FROM (%4) changed WHERE true "
                            "ON CONFLICT (entity, row_key, field) DO UPDATE SET changed_at = excluded.changed_at, "
                            "source = 'typed', import_batch_id = NULL; END")
                              .arg(table, rowKey(tracked, "NEW"), now, changed.join(QStringLiteral(" UNION ALL ")))});
        if (!tracked.tombstones)
            continue;
        triggers.append({table + QStringLiteral("_tombstone"),
            // The row's change times stay: an undone delete brings the row back with its history.
            QStringLiteral("CREATE TRIGGER %1_tombstone AFTER DELETE ON %1 WHEN %4 BEGIN "
                           "INSERT OR REPLACE INTO tombstone (entity, row_key, deleted_at) "
                           "SELECT '%1', %2, %3 WHERE %2 IS NOT NULL; END")
                .arg(table, rowKey(tracked, "OLD"), now, QString::fromLatin1(tracked.ownDelete))});
        // A row that comes back (an undone delete, a restore) is no longer deleted.
        triggers.append({table + QStringLiteral("_revived"),
            QStringLiteral("CREATE TRIGGER %1_revived AFTER INSERT ON %1 BEGIN "
                           "DELETE FROM tombstone WHERE entity = '%1' AND row_key = %2; END")
                .arg(table, rowKey(tracked, "NEW"))});
    }
    return triggers;
}

void createChangeTracking(const QSqlDatabase& db)
{
    runAll(db, kChangeTables);
    for (const auto& trigger : changeTriggers(7))
        SqlStatement::run(db, trigger.second);
}

// Version 8: what a JSON merge changed in rows that were already there (MergeUndoLog), so undoing
// its batch puts the network back as it was. One row per row the merge touched (field '', values
// 1 or 0: whether the row was there before and after the merge), and one per field of such a row
// that the merge changed or deleted, with its value before and after. The values keep their SQLite
// type (no affinity), so a number comes back exactly.
const char* const kVersion8[] = {
    R"sql(CREATE TABLE import_batch_undo (
        batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
        entity TEXT NOT NULL,
        row_key TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value,
        new_value,
        PRIMARY KEY (batch_id, entity, row_key, field)) WITHOUT ROWID)sql",
};

// Version 9: who set each field, so that a re-import never overwrites what the user typed. A
// field's change record says whether the user typed it or an import set it (and which batch); a
// field never changed since its row was made is as its row's maker left it: an import, for a
// contact created by a CSV or vCard import (created_by_import).
const char* const kVersion9[] = {
    "ALTER TABLE field_change ADD COLUMN source TEXT NOT NULL DEFAULT 'typed' CHECK (source IN ('typed', 'import'))",
    "ALTER TABLE field_change ADD COLUMN import_batch_id INTEGER",
    "ALTER TABLE contact ADD COLUMN created_by_import INTEGER NOT NULL DEFAULT 0 CHECK (created_by_import IN (0, 1))",
};

void upgradeTo9(const QSqlDatabase& db)
{
    runAll(db, kVersion9);
    // Contacts that CSV and vCard imports made; a JSON restore's contacts were typed elsewhere.
    // The search index does not change: its triggers stay out of this one-off write.
    dropFtsTriggers(db);
    SqlStatement::run(db,
        QStringLiteral("UPDATE contact SET created_by_import = 1 WHERE import_batch_id IN "
                       "(SELECT id FROM import_batch WHERE format <> 'json')"));
    runAll(db, kFtsTriggers);
    runAll(db, kInteractionFtsTriggers);
    for (const auto& trigger : changeTriggers(9)) {
        if (!trigger.first.endsWith(QLatin1String("_field_change")))
            continue;
        SqlStatement::run(db, QStringLiteral("DROP TRIGGER %1").arg(trigger.first));
        SqlStatement::run(db, trigger.second);
    }
}

// Version 10 (issue 17): the LinkedIn archive's message log, the user's own positions and schools
// ("my history"), and the stage 'replied' between 'reached_out' and 'scheduled'.
// A message is known by its contact, channel, conversation, time and sender: a newer archive
// brings the same message again, and it is not added twice. body is NULL when only dates and
// directions are kept (the privacy choice).
const char* const kVersion10[] = {
    R"sql(CREATE TABLE message (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        channel TEXT NOT NULL CHECK (channel IN ('linkedin_message', 'linkedin_invitation')),
        direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        sent_at TEXT NOT NULL,
        conversation_id TEXT NOT NULL DEFAULT '',
        sender TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        body TEXT,
        import_batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
        UNIQUE (contact_id, channel, conversation_id, sent_at, sender)))sql",
    "CREATE INDEX message_contact_time ON message(contact_id, sent_at)",
    "CREATE INDEX message_import_batch ON message(import_batch_id)",
    R"sql(CREATE TABLE my_history (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('position', 'education')),
        organization TEXT NOT NULL CHECK (length(trim(organization)) > 0),
        title TEXT NOT NULL DEFAULT '',
        started_on TEXT NOT NULL DEFAULT '',
        finished_on TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        UNIQUE (kind, organization, title, started_on)))sql",
};

// Version 11: search is blind to the letters FTS5's unicode61 cannot strip an accent from, as the
// in-memory ranking is (SearchRanking): "lukasz" finds Łukasz and "sorensen" Sørensen. The name
// and organisation carry a folded copy of themselves when it differs. The notes column also
// carries the text of the contact's LinkedIn messages.
QString foldedLettersSql(const QString& expression)
{
    static const std::pair<const char16_t*, const char*> kPlain[]
        = {{u"ł", "l"}, {u"Ł", "L"}, {u"đ", "d"}, {u"Đ", "D"}, {u"ø", "o"}, {u"Ø", "O"}, {u"ß", "ss"}, {u"ẞ", "SS"},
            {u"æ", "ae"}, {u"Æ", "AE"}, {u"œ", "oe"}, {u"Œ", "OE"}, {u"þ", "th"}, {u"Þ", "TH"}, {u"ı", "i"}};
    QString sql = expression;
    for (const auto& [letter, plain] : kPlain)
        sql = QStringLiteral("replace(%1, '%2', '%3')").arg(sql, QString::fromUtf16(letter), QLatin1String(plain));
    return sql;
}

QString withFoldedCopySql(const QString& expression)
{
    const QString folded = foldedLettersSql(expression);
    return QStringLiteral("%1 || CASE WHEN %2 <> %1 THEN ' ' || %2 ELSE '' END").arg(expression, folded);
}

QString searchDocumentViewV11()
{
    return QStringLiteral(R"sql(CREATE VIEW contact_search_document AS
        SELECT c.id AS id,
               %1 AS name,
               %2 AS organization,
               c.title AS title,
               ifnull((SELECT group_concat(address, ' ') FROM contact_email WHERE contact_id = c.id), '') AS emails,
               ifnull((SELECT group_concat(tag, ' ') FROM contact_tag WHERE contact_id = c.id), '') AS tags,
               c.notes || ' ' || c.location || ' ' ||
                   ifnull((SELECT group_concat(replace(replace(notes, '&#32;', ' '), '<br/>', ' ') || ' ' || takeaway,
                           ' ') FROM interaction WHERE contact_id = c.id), '') || ' ' ||
                   ifnull((SELECT group_concat(subject || ' ' || body, ' ') FROM message
                           WHERE contact_id = c.id AND body IS NOT NULL), '') AS notes
        FROM contact c LEFT JOIN organization o ON o.id = c.organization_id)sql")
        .arg(withFoldedCopySql(QStringLiteral("(c.first_name || ' ' || c.last_name)")),
            withFoldedCopySql(QStringLiteral("ifnull(o.name, '')")));
}

// Version 11 also lets a LinkedIn archive import be undone as one batch: the stage it moved and
// the profile fields it filled (each put back only if it still holds what the import wrote), and
// the positions and schools of "my history" it added.
const char* const kVersion11[] = {
    R"sql(CREATE TABLE import_value_change (
        batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
        entity TEXT NOT NULL CHECK (entity IN ('contact', 'profile')),
        row_id INTEGER NOT NULL,
        field TEXT NOT NULL,
        old_value,
        new_value,
        PRIMARY KEY (batch_id, entity, row_id, field)) WITHOUT ROWID)sql",
    "ALTER TABLE my_history ADD COLUMN import_batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL",
};

void upgradeTo11(const QSqlDatabase& db)
{
    runAll(db, kVersion11);
    SqlStatement::run(db, QStringLiteral("DROP VIEW contact_search_document"));
    SqlStatement::run(db, searchDocumentViewV11());
    runAll(db, kMessageFtsTriggers);
    SqlStatement::run(db, QStringLiteral("DELETE FROM contact_fts"));
    SqlStatement::run(db,
        QStringLiteral("INSERT INTO contact_fts (rowid, name, organization, title, emails, tags, notes) "
                       "SELECT id, name, organization, title, emails, tags, notes FROM contact_search_document"));
}

// SQLite cannot change a CHECK constraint in place: the contact table is rebuilt with the new
// stage list, as SQLite's "other kinds of table schema changes" procedure says, from its own
// stored definition (so the columns added by earlier steps stay exactly as they are). Foreign
// keys must be off (upgradeInTransaction), or dropping the old table would delete every child row.
void allowRepliedStage(const QSqlDatabase& db)
{
    if (SqlStatement::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() != 0)
        throw DatabaseError(QStringLiteral("the version 10 upgrade needs foreign keys off"));
    QString table = SqlStatement::scalar(
        db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'contact'"))
                        .toString();
    const QString before = QStringLiteral("'reached_out', 'scheduled',");
    if (table.count(before) != 1 || !table.startsWith(QLatin1String("CREATE TABLE contact (")))
        throw DatabaseError(QStringLiteral("the contact table is not as version 9 made it"));
    table.replace(before, QStringLiteral("'reached_out', 'replied', 'scheduled',"));
    table.replace(0, int(qstrlen("CREATE TABLE contact (")), QStringLiteral("CREATE TABLE contact_v10 ("));
    QStringList attached; // indexes first, then triggers: a trigger may name an index
    for (const char* type : {"index", "trigger"}) {
        SqlStatement query(db,
            QStringLiteral("SELECT sql FROM sqlite_schema WHERE tbl_name = 'contact' AND type = ? AND sql IS NOT NULL "
                           "ORDER BY name"));
        query.exec({QString::fromLatin1(type)});
        while (query.next())
            attached.append(query.value(0).toString());
    }
    // legacy_alter_table: the rename below touches no trigger or view; they name "contact", and
    // "contact" is what the new table is called once renamed.
    SqlStatement::run(db, QStringLiteral("PRAGMA legacy_alter_table = ON"));
    SqlStatement::run(db, table);
    SqlStatement::run(db, QStringLiteral("INSERT INTO contact_v10 SELECT * FROM contact"));
    SqlStatement::run(db, QStringLiteral("DROP TABLE contact"));
    SqlStatement::run(db, QStringLiteral("ALTER TABLE contact_v10 RENAME TO contact"));
    SqlStatement::run(db, QStringLiteral("PRAGMA legacy_alter_table = OFF"));
    for (const QString& sql : std::as_const(attached))
        SqlStatement::run(db, sql);
    SqlStatement check(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (check.exec().next())
        throw DatabaseError(QStringLiteral("the version 10 upgrade broke a reference to a contact"));
}

} // namespace

void upgrade(const QSqlDatabase& db, int fromVersion, int targetVersion)
{
    if (fromVersion > targetVersion || targetVersion > CurrentVersion)
        throw DatabaseError(QCoreApplication::translate("Rapport::Schema", "Cannot upgrade from version %1 to %2.")
                                .arg(fromVersion)
                                .arg(targetVersion));
    for (int version = fromVersion + 1; version <= targetVersion; ++version) {
        switch (version) {
        case 1:
            runAll(db, kVersion1);
            break;
        case 2:
            runAll(db, kVersion2);
            runAll(db, kFtsTriggers);
            SqlStatement::run(db,
                QStringLiteral(
                    "INSERT INTO contact_fts (rowid, name, organization, title, emails, tags, notes) "
                    "SELECT id, name, organization, title, emails, tags, notes FROM contact_search_document"));
            break;
        case 3:
            runAll(db, kVersion3);
            break;
        case 4:
            runAll(db, kVersion4);
            break;
        case 5:
            runAll(db, kVersion5);
            runAll(db, kInteractionFtsTriggers);
            break;
        case 6:
            runAll(db, kVersion6);
            break;
        case 7:
            runAll(db, kVersion7);
            createChangeTracking(db);
            break;
        case 8:
            runAll(db, kVersion8);
            break;
        case 9:
            upgradeTo9(db);
            break;
        case 10:
            runAll(db, kVersion10);
            allowRepliedStage(db);
            break;
        case 11:
            upgradeTo11(db);
            break;
        }
    }
    // PRAGMAs take no bound values; both numbers are our own integers.
    SqlStatement::run(db, QStringLiteral("PRAGMA user_version = %1").arg(targetVersion));
    SqlStatement::run(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
}

void upgradeInTransaction(const QSqlDatabase& db, int fromVersion)
{
    const bool foreignKeys = SqlStatement::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() != 0;
    SqlStatement::run(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto restore = qScopeGuard([&] {
        if (foreignKeys) // never throws: this may run while an exception unwinds
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    Transaction transaction(db);
    upgrade(db, fromVersion);
    transaction.commit();
}

void dropChangeTriggers(const QSqlDatabase& db)
{
    for (const auto& trigger : changeTriggers())
        SqlStatement::run(db, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(trigger.first));
}

void createChangeTriggers(const QSqlDatabase& db)
{
    for (const auto& trigger : changeTriggers())
        SqlStatement::run(db, trigger.second);
}

void dropContactRevivedTrigger(const QSqlDatabase& db)
{
    SqlStatement::run(db, QStringLiteral("DROP TRIGGER IF EXISTS contact_revived"));
}

void createContactRevivedTrigger(const QSqlDatabase& db)
{
    for (const auto& trigger : changeTriggers()) {
        if (trigger.first == QLatin1String("contact_revived"))
            SqlStatement::run(db, trigger.second); // the same text as the schema's, for SchemaCheck
    }
}

void dropFtsTriggers(const QSqlDatabase& db)
{
    for (const char* name : kFtsTriggerNames)
        SqlStatement::run(db, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(name)));
}

void createFtsTriggers(const QSqlDatabase& db)
{
    runAll(db, kFtsTriggers);
    runAll(db, kInteractionFtsTriggers);
    runAll(db, kMessageFtsTriggers);
}

namespace {
// The secondary indexes on the tables an import fills; rebuilding one with a sort after the
// rows are in is cheaper than keeping it in order row by row.
// The per-contact child indexes (contact_email_contact, contact_phone_contact) stay: updating a
// known contact during the import reads and rewrites its children by contact id.
const char* const kImportIndexNames[] = {
    "contact_organization", "contact_import_batch", "contact_linkedin_url", "contact_email_address", "contact_tag_tag"};
const char* const kImportIndexes[] = {
    "CREATE INDEX contact_organization ON contact(organization_id)",
    "CREATE INDEX contact_import_batch ON contact(import_batch_id)",
    "CREATE INDEX contact_linkedin_url ON contact(linkedin_url) WHERE linkedin_url <> ''",
    "CREATE INDEX contact_email_address ON contact_email(address COLLATE NOCASE)",
    "CREATE INDEX contact_tag_tag ON contact_tag(tag)",
};
} // namespace

void dropImportIndexes(const QSqlDatabase& db)
{
    for (const char* name : kImportIndexNames)
        SqlStatement::run(db, QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(name)));
}

void createImportIndexes(const QSqlDatabase& db)
{
    runAll(db, kImportIndexes);
}

} // namespace Rapport::Schema
