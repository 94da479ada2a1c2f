// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BackupRestore.h"

#include "BackupFormat.h"
#include "BackupMerge.h"
#include "Clock.h"
#include "DatabaseError.h"
#include "JsonEntryReader.h"
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
    thread_local QHash<const char*, QSet<QString>> cache; // restores run on workers too
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

// 8-4-4-4-12 hexadecimal digits.
bool isUuidText(const QString& text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (dash ? c != '-' : !hex)
            return false;
    }
    return true;
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

// Checks entries one at a time, in restore order (whatever a list refers to comes before it), so
// a reference is checked against the entries read so far and the network.
class ProblemFinder
{
public:
    explicit ProblemFinder(const QSqlDatabase& db)
        : m_db(db)
    { }

    // False when the entry has problems; each is added to `problems`.
    bool checkEntry(const Entity& entity, const QString& where, const QJsonValue& entry)
    {
        const qsizetype before = m_problems.size();
        if (!entry.isObject()) {
            add(BackupRestore::tr("%1: is not an object").arg(where));
            return false;
        }
        const QJsonObject object = entry.toObject();
        // Known before it is checked: an entry with a problem is still what others refer to, and
        // they are told it "was not restored" rather than that the file lacks it.
        const QJsonValue uuid = object.value(QLatin1StringView("uuid"));
        if (uuid.isString() && !uuid.toString().isEmpty())
            m_uuids[QLatin1StringView(entity.table)].insert(uuid.toString());
        checkFields(where, object, entity.fields);
        for (const Children& children : entity.children)
            checkChildren(where, object, children);
        return m_problems.size() == before;
    }

    bool checkProfile(const QJsonValue& profile)
    {
        const qsizetype before = m_problems.size();
        if (profile.isObject())
            checkFields(QStringLiteral("profile"), profile.toObject(), kProfile);
        return m_problems.size() == before;
    }

    bool checkDeletion(const QString& where, const QJsonValue& entry)
    {
        const QJsonObject deletion = entry.toObject();
        const QString listName = deletion.value(QLatin1StringView("list")).toString();
        const bool knownList = std::any_of(std::begin(BackupFormat::kEntities), std::end(BackupFormat::kEntities),
            [&listName](const Entity& entity) { return listName == QLatin1String(entity.key); });
        if (knownList && !deletion.value(QLatin1StringView("key")).toString().isEmpty()
            && timeIsValid(deletion.value(QLatin1StringView("deletedAt")).toString()))
            return true;
        add(BackupRestore::tr("%1: needs a known \"list\", a \"key\" and a \"deletedAt\" time").arg(where));
        return false;
    }

    void notAList(const char* key) { add(BackupRestore::tr("\"%1\" is not a list").arg(latin1(key))); }

    QList<ImportProblem> takeProblems() { return std::exchange(m_problems, {}); }

private:
    void checkFields(const QString& where, const QJsonObject& object, std::span<const Field> fields)
    {
        for (const Field& field : fields) {
            const QJsonValue value = object.value(QLatin1StringView(field.key));
            if (value.isUndefined() || field.kind == Kind::Derived)
                continue;
            const auto name = [&] { return QStringLiteral("%1.%2").arg(where, latin1(field.key)); };
            if (!fitsKind(value, field.kind)) {
                add(BackupRestore::tr("%1: expected %2").arg(name(), expected(field.kind)));
            } else if (field.allowed && value.isString() && !allowedValues(field.allowed).contains(value.toString())) {
                add(BackupRestore::tr("%1: unknown value \"%2\"").arg(name(), value.toString()));
            } else if (field.target && value.isString() && !known(field.target, value.toString())) {
                add(BackupRestore::tr("%1: refers to %2, which neither the file nor the network holds")
                        .arg(name(), value.toString()));
            } else if (!inRange(field, value)) {
                add(BackupRestore::tr("%1: %2 is out of range").arg(name(), QString::number(value.toDouble())));
            } else if (isUuid(field) && !isUuidText(value.toString())) {
                add(BackupRestore::tr("%1: \"%2\" is not a UUID").arg(name(), value.toString()));
            } else if (isName(field) && !where.startsWith(QLatin1String("profile"))
                && value.toString().trimmed().isEmpty()) {
                add(BackupRestore::tr("%1: is empty").arg(name()));
            }
        }
        // Which changed fields an import set: field names.
        if (const QJsonValue byImport = object.value(QLatin1StringView(BackupFormat::kSetByImportKey));
            !byImport.isUndefined()) {
            const QJsonArray names = byImport.toArray();
            if (!byImport.isArray()
                || std::any_of(names.begin(), names.end(), [](const QJsonValue& name) { return !name.isString(); }))
                add(BackupRestore::tr("%1.%2: expected a list of field names")
                        .arg(where, QLatin1String(BackupFormat::kSetByImportKey)));
        }
        // When each field changed: a later time than now would win every merge for ever.
        const QJsonValue changed = object.value(QLatin1StringView(BackupFormat::kChangedKey));
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

    void checkChildren(const QString& parent, const QJsonObject& object, const Children& children)
    {
        const QJsonValue list = object.value(QLatin1StringView(children.key));
        if (list.isUndefined())
            return;
        const QString where = QStringLiteral("%1.%2").arg(parent, latin1(children.key));
        if (!list.isArray()) {
            add(BackupRestore::tr("%1: is not a list").arg(where));
            return;
        }
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const auto item = [&] { return QStringLiteral("%1[%2]").arg(where, QString::number(i)); };
            if (children.fields.empty()) {
                if (!array.at(i).isString())
                    add(BackupRestore::tr("%1: expected %2").arg(item(), expected(Kind::Text)));
            } else if (!array.at(i).isObject()) {
                add(BackupRestore::tr("%1: is not an object").arg(item()));
            } else {
                checkFields(item(), array.at(i).toObject(), children.fields);
            }
        }
    }

    bool known(const char* table, const QString& uuid)
    {
        if (m_uuids.value(QLatin1StringView(table)).contains(uuid))
            return true;
        return SqlStatement::scalar(
                   m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE uuid = ?").arg(latin1(table)), {uuid})
                   .toInt()
            > 0;
    }

    void add(const QString& message) { m_problems.append({1, message}); }

    QSqlDatabase m_db;
    QHash<QString, QSet<QString>> m_uuids; // by table, the uuids of the entries read so far
    QList<ImportProblem> m_problems;
};

} // namespace

BackupRestore::BackupRestore(const QSqlDatabase& db, const ImportOptions& options, ImportReport& report)
    : m_db(db)
    , m_options(options)
    , m_report(report)
{ }

bool BackupRestore::run(const JsonEntryReader& file, const std::function<bool(int)>& progress)
{
    ProblemFinder finder(m_db);
    BackupMerge merge(m_db, m_options, m_report);
    int bad = 0; // entries with problems
    // Past the first problem, without skipInvalid, the rest is only checked: every problem is
    // listed, and the caller rolls back what was written.
    const auto writing = [&] { return bad == 0 || m_options.skipInvalid; };
    const auto problemsIn = [&](bool good) {
        m_report.problems += finder.takeProblems();
        if (!good)
            ++bad;
        return good;
    };
    // Progress counts the entries read, twice for the lists read twice.
    qsizetype total = 1, read = 0;
    for (const char* list : {"meetings", "followUps", "referrals"})
        total += qMax<qsizetype>(0, file.size(QLatin1StringView(list)));
    total += qMax<qsizetype>(0, file.size(QLatin1StringView(kDeletedKey)));
    for (const Entity& entity : kEntities)
        total += qMax<qsizetype>(0, file.size(QLatin1StringView(entity.key)));
    const auto readOne = [&] {
        constexpr int kEvery = 256; // entries between two reports: often enough, and cheap
        if (++read % kEvery == 0 && progress && !progress(int(100 * read / total)))
            throw Cancelled();
    };
    merge.begin();

    if (const QJsonValue profile = file.value(QLatin1StringView("profile"));
        problemsIn(finder.checkProfile(profile)) && profile.isObject() && writing())
        merge.mergeProfile(profile.toObject());

    const QLatin1StringView deletedKey(kDeletedKey);
    if (file.contains(deletedKey) && file.size(deletedKey) < 0)
        problemsIn((finder.notAList(kDeletedKey), false));
    QJsonArray deletions;
    file.forEach(deletedKey, [&](qsizetype i, const QJsonValue& entry) {
        readOne();
        if (problemsIn(finder.checkDeletion(entryName(kDeletedKey, i), entry)))
            deletions.append(entry);
    });
    if (writing())
        merge.applyDeletions(deletions);

    // What hangs off each contact, before the contacts: a contact deleted here comes back when
    // the other copy worked on it since.
    for (const char* list : {"meetings", "followUps", "referrals"}) {
        file.forEach(QLatin1StringView(list), [&](qsizetype, const QJsonValue& entry) {
            readOne();
            merge.noteActivity(QLatin1StringView(list), entry.toObject());
        });
    }

    for (const Entity& entity : kEntities) {
        const QLatin1StringView key(entity.key);
        if (file.contains(key) && file.size(key) < 0) {
            problemsIn((finder.notAList(entity.key), false));
            continue;
        }
        file.forEach(key, [&](qsizetype i, const QJsonValue& entry) {
            readOne();
            const QString name = entryName(entity.key, i);
            if (problemsIn(finder.checkEntry(entity, name, entry)) && writing())
                merge.writeEntry(entity, entry.toObject(), name);
        });
    }
    m_report.invalid += bad;
    return bad == 0;
}

} // namespace Rapport
