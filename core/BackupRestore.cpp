#include "BackupRestore.h"

#include "BackupFormat.h"
#include "BackupMerge.h"
#include "Clock.h"
#include "DatabaseError.h"
#include "SqlStatement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

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

// The values a text field may take, split once.
const QSet<QString>& allowedValues(const char* allowed)
{
    static QHash<const char*, QSet<QString>> cache;
    auto found = cache.find(allowed);
    if (found == cache.end()) {
        const QStringList values = latin1(allowed).split(QLatin1Char('|'));
        found = cache.insert(allowed, QSet<QString>(values.cbegin(), values.cend()));
    }
    return *found;
}

// Numbers the schema bounds (its CHECK constraints), so a bad one is named rather than refused by SQLite.
bool inRange(const Field& field, const QJsonValue& value)
{
    if (!value.isDouble())
        return true;
    const double number = value.toDouble();
    const QLatin1StringView key(field.key);
    if (key == QLatin1String("strength"))
        return number >= 0 && number <= 5;
    if (key == QLatin1String("checkInDays"))
        return number >= 1;
    if (key == QLatin1String("durationMinutes"))
        return number >= 0;
    return true;
}

bool isUuid(const Field& field)
{
    return QLatin1StringView(field.key) == QLatin1String("uuid");
}

bool isName(const Field& field)
{
    return QLatin1StringView(field.column) == QLatin1String("name"); // organisations, templates (and the profile)
}

const QRegularExpression& uuidPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern;
}

// A time as Rapport writes it, no later than a day from now: change times decide merges, so one
// far in the future would win them all.
bool timeIsValid(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    if (!pattern.match(text).hasMatch())
        return false;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() && time <= Clock::currentDateTimeUtc().addDays(1);
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
            } else if (field.allowed && value.isString() && !allowedValues(field.allowed).contains(value.toString())) {
                add(BackupRestore::tr("%1: unknown value \"%2\"").arg(name, value.toString()));
            } else if (field.target && value.isString() && !known(latin1(field.target), value.toString())) {
                add(BackupRestore::tr("%1: refers to %2, which neither the file nor the network holds")
                        .arg(name, value.toString()));
            } else if (!inRange(field, value)) {
                add(BackupRestore::tr("%1: %2 is out of range").arg(name, QString::number(value.toDouble())));
            } else if (isUuid(field) && !uuidPattern().match(value.toString()).hasMatch()) {
                add(BackupRestore::tr("%1: \"%2\" is not a UUID").arg(name, value.toString()));
            } else if (isName(field) && !where.startsWith(QLatin1String("profile"))
                && value.toString().trimmed().isEmpty()) {
                add(BackupRestore::tr("%1: is empty").arg(name));
            }
        }
        // When each field changed: a later time than now would win every merge for ever.
        const QJsonValue changed = object.value(latin1(BackupFormat::kChangedKey));
        if (changed.isUndefined())
            return;
        const QJsonObject times = changed.toObject();
        for (auto it = times.begin(); it != times.end(); ++it) {
            if (!changed.isObject() || !it.value().isString() || !timeIsValid(it.value().toString()))
                add(BackupRestore::tr("%1.changed.%2: \"%3\" is not a time in UTC as Rapport writes it "
                                      "(2026-01-31T09:30:00.000Z)")
                        .arg(where, it.key(), it.value().toString()));
        }
    }

    void checkDeletions(const QJsonValue& list)
    {
        if (list.isUndefined())
            return;
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            m_entry = entryName(BackupFormat::kDeletedKey, i);
            const QJsonObject deletion = array.at(i).toObject();
            const QString listName = deletion.value(QStringLiteral("list")).toString();
            const bool knownList = std::any_of(std::begin(BackupFormat::kEntities), std::end(BackupFormat::kEntities),
                [&listName](const Entity& entity) { return listName == QLatin1String(entity.key); });
            if (!list.isArray() || !knownList || deletion.value(QStringLiteral("key")).toString().isEmpty()
                || !timeIsValid(deletion.value(QStringLiteral("deletedAt")).toString()))
                add(BackupRestore::tr("%1: needs a known \"list\", a \"key\" and a \"deletedAt\" time").arg(m_entry));
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
    finder.checkDeletions(root.value(latin1(BackupFormat::kDeletedKey)));
    if (entries)
        *entries = finder.m_entries;
    return finder.problems();
}

void BackupRestore::write(const QSqlDatabase& db, const QJsonObject& root, const ImportOptions& options,
    const QSet<QString>& skipped, ImportReport& report)
{
    BackupMerge(db, options, report).run(root, skipped);
}

} // namespace Rapport
