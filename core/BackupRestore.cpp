#include "BackupRestore.h"

#include "BackupFormat.h"
#include "Clock.h"
#include "DatabaseError.h"
#include "SqlStatement.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

#include <map>
#include <memory>

namespace Rapport {

namespace {

using namespace BackupFormat;

QString latin1(const char* text)
{
    return QString::fromLatin1(text);
}

QString entryName(const char* list, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(latin1(list), QString::number(index));
}

bool isOptional(Kind kind)
{
    return kind == Kind::OptionalText || kind == Kind::OptionalBoolean || kind == Kind::OptionalReference;
}

bool fitsKind(const QJsonValue& value, Kind kind)
{
    if (value.isNull())
        return isOptional(kind);
    switch (kind) {
    case Kind::Integer:
    case Kind::RowId:
        return value.isDouble() && value.toDouble() == double(value.toInteger());
    case Kind::Real:
        return value.isDouble();
    case Kind::Boolean:
    case Kind::OptionalBoolean:
        return value.isBool();
    case Kind::Derived:
        return true;
    default:
        return value.isString();
    }
}

QString expected(Kind kind)
{
    switch (kind) {
    case Kind::Integer:
    case Kind::RowId:
        return BackupRestore::tr("a whole number");
    case Kind::Real:
        return BackupRestore::tr("a number");
    case Kind::Boolean:
        return BackupRestore::tr("true or false");
    case Kind::OptionalBoolean:
        return BackupRestore::tr("true, false or null");
    case Kind::OptionalText:
    case Kind::OptionalReference:
        return BackupRestore::tr("text or null");
    default:
        return BackupRestore::tr("text");
    }
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString isoNow()
{
    return Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The uuids each referenced table has in the file, so references are checked before writing.
using UuidsByTable = QHash<QString, QSet<QString>>;

UuidsByTable uuidsInFile(const QJsonObject& root)
{
    UuidsByTable uuids;
    for (const Entity& entity : kEntities) {
        for (const auto& value : root.value(latin1(entity.key)).toArray()) {
            const QString uuid = value.toObject().value(QStringLiteral("uuid")).toString();
            if (!uuid.isEmpty())
                uuids[latin1(entity.table)].insert(uuid);
        }
    }
    return uuids;
}

class ProblemFinder
{
public:
    ProblemFinder(const QSqlDatabase& db, const QJsonObject& root)
        : m_db(db)
        , m_uuids(uuidsInFile(root))
    { }

    void checkFields(const QString& where, const QJsonObject& object, std::span<const Field> fields)
    {
        for (const Field& field : fields) {
            const QJsonValue value = object.value(latin1(field.key));
            if (value.isUndefined() || field.kind == Kind::Derived)
                continue;
            const QString name = QStringLiteral("%1.%2").arg(where, latin1(field.key));
            if (!fitsKind(value, field.kind)) {
                add(BackupRestore::tr("%1: expected %2").arg(name, expected(field.kind)));
            } else if (field.allowed && value.isString()
                && !latin1(field.allowed).split(QLatin1Char('|')).contains(value.toString())) {
                add(BackupRestore::tr("%1: unknown value \"%2\"").arg(name, value.toString()));
            } else if (field.target && value.isString() && !known(latin1(field.target), value.toString())) {
                add(BackupRestore::tr("%1: refers to %2, which neither the file nor the network holds")
                        .arg(name, value.toString()));
            }
        }
    }

    void checkEntity(const QJsonObject& root, const Entity& entity)
    {
        const QJsonValue list = root.value(latin1(entity.key));
        if (list.isUndefined())
            return;
        if (!list.isArray()) {
            m_entry = latin1(entity.key);
            add(BackupRestore::tr("\"%1\" is not a list").arg(latin1(entity.key)));
            return;
        }
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = entryName(entity.key, i);
            m_entry = where;
            if (!array.at(i).isObject()) {
                add(BackupRestore::tr("%1: is not an object").arg(where));
                continue;
            }
            const QJsonObject object = array.at(i).toObject();
            checkFields(where, object, entity.fields);
            for (const Children& children : entity.children)
                checkChildren(where, object, children);
        }
    }

    QList<ImportProblem> problems() const { return m_problems; }

private:
    void checkChildren(const QString& parent, const QJsonObject& object, const Children& children)
    {
        const QJsonValue list = object.value(latin1(children.key));
        if (list.isUndefined())
            return;
        const QString where = QStringLiteral("%1.%2").arg(parent, latin1(children.key));
        if (!list.isArray()) {
            add(BackupRestore::tr("%1: is not a list").arg(where));
            return;
        }
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString item = QStringLiteral("%1[%2]").arg(where, QString::number(i));
            if (children.fields.empty()) {
                if (!array.at(i).isString())
                    add(BackupRestore::tr("%1: expected %2").arg(item, expected(Kind::Text)));
            } else if (!array.at(i).isObject()) {
                add(BackupRestore::tr("%1: is not an object").arg(item));
            } else {
                checkFields(item, array.at(i).toObject(), children.fields);
            }
        }
    }

    bool known(const QString& table, const QString& uuid)
    {
        if (m_uuids.value(table).contains(uuid))
            return true;
        return SqlStatement::scalar(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE uuid = ?").arg(table), {uuid})
                   .toInt()
            > 0;
    }

    void add(const QString& message)
    {
        m_problems.append({1, message});
        m_entries.insert(m_entry);
    }

    QSqlDatabase m_db;
    UuidsByTable m_uuids;
    QList<ImportProblem> m_problems;

public:
    QString m_entry; // the entry being checked, named in entries()
    QSet<QString> m_entries;
};

// Writes the lists in order, remembering which local row each uuid of the file became.
class Writer
{
public:
    Writer(const QSqlDatabase& db, const ImportOptions& options, ImportReport& report)
        : m_db(db)
        , m_options(options)
        , m_report(report)
    { }

    void writeProfile(const QJsonObject& profile)
    {
        SqlStatement current(m_db, QStringLiteral("SELECT name || field || introduction || goals FROM profile"));
        current.exec();
        if (current.next() && !current.value(0).toString().isEmpty())
            return; // the user's own profile stays
        QStringList columns;
        QVariantList values;
        for (const Field& field : kProfile) {
            columns.append(latin1(field.column));
            values.append(profile.value(latin1(field.key)).toString());
        }
        SqlStatement::run(m_db, QStringLiteral("DELETE FROM profile"));
        SqlStatement::run(m_db,
            QStringLiteral("INSERT INTO profile (id, %1) VALUES (1, ?, ?, ?, ?)")
                .arg(columns.join(QStringLiteral(", "))),
            values);
    }

    void writeEntity(const QJsonObject& root, const Entity& entity, const QSet<QString>& skipped)
    {
        const QJsonArray array = root.value(latin1(entity.key)).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (skipped.contains(entryName(entity.key, i)))
                continue;
            try {
                writeOne(entity, array.at(i).toObject(), i);
            } catch (const DatabaseError& e) {
                throw DatabaseError(QStringLiteral("%1: %2").arg(entryName(entity.key, i), e.message()));
            }
        }
    }

private:
    void writeOne(const Entity& entity, const QJsonObject& object, qsizetype index)
    {
        const QString table = latin1(entity.table);
        const QString uuid = object.value(QStringLiteral("uuid")).toString();
        // Resolve references first: an entry whose people are not there cannot be written.
        QHash<QString, QVariant> values; // column -> value
        for (const Field& field : entity.fields) {
            const QJsonValue value = object.value(latin1(field.key));
            if (value.isUndefined() || field.kind == Kind::Derived)
                continue;
            if (field.kind == Kind::RowId) {
                const qint64 id = value.toInteger();
                if (id > 0 && !rowExists(table, id))
                    values.insert(latin1(field.column), id);
                continue;
            }
            if (field.kind == Kind::Reference || field.kind == Kind::OptionalReference) {
                if (value.isNull()) {
                    values.insert(latin1(field.column), QVariant());
                    continue;
                }
                const qint64 id = localId(latin1(field.target), value.toString());
                if (!id) {
                    m_report.problems.append({1,
                        BackupRestore::tr("%1.%2: refers to %3, which was not restored")
                            .arg(entryName(entity.key, index), latin1(field.key), value.toString())});
                    ++m_report.invalid;
                    return;
                }
                values.insert(latin1(field.column), id);
                continue;
            }
            values.insert(latin1(field.column), columnValue(value, field.kind));
        }
        if (table == QLatin1String("contact") && values.contains(QStringLiteral("organization_id"))) {
            const qint64 organization = organizationId(object.value(QStringLiteral("organization")).toString());
            values.insert(QStringLiteral("organization_id"), organization ? QVariant(organization) : QVariant());
        }

        if (const qint64 existing = findExisting(table, uuid, values)) {
            if (table != QLatin1String("contact") || m_options.onDuplicate != DuplicatePolicy::Create) {
                remember(table, uuid, existing);
                if (table == QLatin1String("contact"))
                    ++(m_options.onDuplicate == DuplicatePolicy::Skip ? m_report.skipped : m_report.unchanged);
                return;
            }
            values.insert(QStringLiteral("uuid"), newUuid()); // Create: a copy needs a uuid of its own
            values.remove(QStringLiteral("id"));
        }
        fillRequired(table, values);
        if (table == QLatin1String("contact") || table == QLatin1String("referral"))
            values.insert(QStringLiteral("import_batch_id"), m_report.batchId);
        const qint64 id = insert(table, values);
        remember(table, uuid, id);
        if (table == QLatin1String("contact"))
            ++m_report.created;
        if (table == QLatin1String("referral"))
            ++m_report.referrals;
        for (const Children& children : entity.children)
            writeChildren(children, id, object.value(latin1(children.key)).toArray());
    }

    void writeChildren(const Children& children, qint64 parent, const QJsonArray& list)
    {
        QSet<QString> seenTags; // tags are unique per contact in any case
        for (qsizetype i = 0; i < list.size(); ++i) {
            QHash<QString, QVariant> values;
            values.insert(latin1(children.parentColumn), parent);
            if (children.positionIsIndex)
                values.insert(QStringLiteral("position"), int(i));
            if (children.fields.empty()) {
                const QString text = list.at(i).toString().trimmed();
                if (text.isEmpty() || seenTags.contains(text.toCaseFolded()))
                    continue;
                seenTags.insert(text.toCaseFolded());
                values.insert(latin1(children.column), text);
            } else {
                const QJsonObject object = list.at(i).toObject();
                bool resolved = true;
                for (const Field& field : children.fields) {
                    const QJsonValue value = object.value(latin1(field.key));
                    if (value.isUndefined())
                        continue;
                    if (field.kind == Kind::Reference) {
                        const qint64 id = localId(latin1(field.target), value.toString());
                        resolved = resolved && id;
                        values.insert(latin1(field.column), id);
                    } else {
                        values.insert(latin1(field.column), columnValue(value, field.kind));
                    }
                }
                if (!resolved)
                    continue; // a question the file names but could not restore
            }
            insert(latin1(children.table), values);
        }
    }

    static QVariant columnValue(const QJsonValue& value, Kind kind)
    {
        if (value.isNull())
            return QVariant();
        switch (kind) {
        case Kind::Integer:
            return value.toInteger();
        case Kind::Real:
            return value.toDouble();
        case Kind::Boolean:
        case Kind::OptionalBoolean:
            return int(value.toBool());
        default:
            return value.toString();
        }
    }

    // What an entry needs that an older or hand-written file may leave out.
    static void fillRequired(const QString& table, QHash<QString, QVariant>& values)
    {
        const bool ownUuid = table == QLatin1String("contact") || table == QLatin1String("interaction");
        if (ownUuid && values.value(QStringLiteral("uuid")).toString().isEmpty())
            values.insert(QStringLiteral("uuid"), newUuid());
        for (const auto& column : {QStringLiteral("created_at"), QStringLiteral("updated_at")}) {
            const bool hasColumn = table == QLatin1String("contact") || table == QLatin1String("interaction")
                || (table == QLatin1String("follow_up") && column == QLatin1String("created_at"));
            if (hasColumn && values.value(column).toString().isEmpty())
                values.insert(column, isoNow());
        }
    }

    // One prepared statement per lookup, reused row after row (preparing is most of a lookup's cost).
    qint64 lookup(const QString& sql, const QVariantList& bound)
    {
        auto found = m_lookups.find(sql);
        if (found == m_lookups.end())
            found = m_lookups.emplace(sql, std::make_unique<SqlStatement>(m_db, sql)).first;
        SqlStatement& query = *found->second;
        query.exec(bound);
        const qint64 value = query.next() ? query.value(0).toLongLong() : 0;
        query.query().finish();
        return value;
    }

    qint64 findExisting(const QString& table, const QString& uuid, const QHash<QString, QVariant>& values)
    {
        if (!uuid.isEmpty() && table != QLatin1String("outreach_template") && table != QLatin1String("node_position")) {
            if (const qint64 id = lookup(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table), {uuid}))
                return id;
        }
        if (table == QLatin1String("organization"))
            return lookup(
                QStringLiteral("SELECT id FROM organization WHERE name = ?"), {values.value(QStringLiteral("name"))});
        if (table == QLatin1String("question"))
            return lookup(
                QStringLiteral("SELECT id FROM question WHERE text = ?"), {values.value(QStringLiteral("text"))});
        if (table == QLatin1String("outreach_template"))
            return lookup(QStringLiteral("SELECT id FROM outreach_template WHERE kind = ? AND name = ?"),
                {values.value(QStringLiteral("kind")), values.value(QStringLiteral("name"))});
        if (table == QLatin1String("node_position")) {
            // WITHOUT ROWID: any non-zero answer means "already there".
            return lookup(QStringLiteral("SELECT count(*) FROM node_position WHERE contact_id = ? AND layout = ?"),
                {values.value(QStringLiteral("contact_id")), values.value(QStringLiteral("layout"))});
        }
        if (table == QLatin1String("referral")) {
            const QVariant from = values.value(QStringLiteral("referrer_id"));
            const QVariant to = values.value(QStringLiteral("referred_id"));
            const QString kind = values.value(QStringLiteral("kind"), QStringLiteral("referral")).toString();
            // "knows" is undirected: B knows A is the link A knows B.
            return lookup(QStringLiteral("SELECT id FROM referral WHERE kind = ? AND ((ifnull(referrer_id, 0) = "
                                         "ifnull(?, 0) AND referred_id = ?) OR (kind = 'knows' AND referrer_id = ? "
                                         "AND referred_id = ?))"),
                {kind, from, to, to, from});
        }
        return 0;
    }

    qint64 organizationId(const QString& name)
    {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty())
            return 0;
        if (const qint64 id = lookup(QStringLiteral("SELECT id FROM organization WHERE name = ?"), {trimmed}))
            return id;
        return insert(QStringLiteral("organization"), {{QStringLiteral("name"), trimmed}});
    }

    bool rowExists(const QString& table, qint64 id)
    {
        return lookup(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table), {id}) > 0;
    }

    qint64 localId(const QString& table, const QString& uuid)
    {
        if (const qint64 id = m_ids.value(table).value(uuid))
            return id;
        return lookup(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table), {uuid});
    }

    void remember(const QString& table, const QString& uuid, qint64 id)
    {
        if (!uuid.isEmpty())
            m_ids[table].insert(uuid, id);
    }

    // One prepared statement per table and set of columns, reused for every row like it.
    qint64 insert(const QString& table, const QHash<QString, QVariant>& values)
    {
        QStringList columns = values.keys();
        columns.sort();
        const QString key = table + QLatin1Char(':') + columns.join(QLatin1Char(','));
        auto found = m_inserts.find(key);
        if (found == m_inserts.end()) {
            const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(table, columns.join(QStringLiteral(", ")),
                                        QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
            found = m_inserts.emplace(key, std::make_unique<SqlStatement>(m_db, sql)).first;
        }
        QVariantList bound;
        for (const QString& column : std::as_const(columns))
            bound.append(values.value(column));
        return found->second->exec(bound).lastInsertId();
    }

    QSqlDatabase m_db;
    const ImportOptions& m_options;
    ImportReport& m_report;
    QHash<QString, QHash<QString, qint64>> m_ids; // table -> uuid in the file -> row here
    std::map<QString, std::unique_ptr<SqlStatement>> m_inserts;
    std::map<QString, std::unique_ptr<SqlStatement>> m_lookups;
};

} // namespace

QList<ImportProblem> BackupRestore::problems(const QSqlDatabase& db, const QJsonObject& root, QSet<QString>* entries)
{
    ProblemFinder finder(db, root);
    if (const QJsonValue profile = root.value(QStringLiteral("profile")); !profile.isUndefined()) {
        finder.m_entry = QStringLiteral("profile");
        if (profile.isObject())
            finder.checkFields(QStringLiteral("profile"), profile.toObject(), kProfile);
    }
    for (const Entity& entity : kEntities)
        finder.checkEntity(root, entity);
    if (entries)
        *entries = finder.m_entries;
    return finder.problems();
}

void BackupRestore::write(const QSqlDatabase& db, const QJsonObject& root, const ImportOptions& options,
    const QSet<QString>& skipped, ImportReport& report)
{
    Writer writer(db, options, report);
    if (root.value(QStringLiteral("profile")).isObject() && !skipped.contains(QStringLiteral("profile")))
        writer.writeProfile(root.value(QStringLiteral("profile")).toObject());
    for (const Entity& entity : kEntities)
        writer.writeEntity(root, entity, skipped);
}

} // namespace Rapport
