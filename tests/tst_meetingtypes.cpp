// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MeetingDefaults.h"
#include "MeetingTypes.h"
#include "SqlStatement.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Rapport;

// The types' keys are the file's: each list must be exactly what the schema's CHECK constraint
// allows, read from a real network, so a key added on one side alone fails here.
class TestMeetingTypes : public QObject
{
    Q_OBJECT

private:
    // The values `column IN (...)` allows in table's definition (the last such constraint, as
    // ALTER TABLE appends it).
    static QSet<QString> allowed(const QString& table, const QString& column)
    {
        Test::TempNetwork network;
        const QString sql = SqlStatement::scalar(network.database.connection(),
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"), {table})
                                .toString();
        QSet<QString> values;
        const QRegularExpression check(QStringLiteral("\\b%1 IN \\(([^)]*)\\)").arg(column));
        QRegularExpressionMatchIterator it = check.globalMatch(sql);
        QString list;
        while (it.hasNext())
            list = it.next().captured(1);
        const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
        for (QRegularExpressionMatchIterator q = quoted.globalMatch(list); q.hasNext();)
            values.insert(q.next().captured(1));
        return values;
    }

    template <typename Enum>
    static void checkRoundTrip(const QList<Enum>& all, std::optional<Enum> (*fromKey)(QStringView))
    {
        QSet<QString> labels;
        for (const Enum value : all) {
            const QString key = MeetingTypes::key(value);
            QCOMPARE(fromKey(key), std::optional<Enum>(value));
            labels.insert(MeetingTypes::label(value));
        }
        QCOMPARE(labels.size(), all.size()); // no two values read the same
        QVERIFY(!labels.contains(QString()));
        QCOMPARE(fromKey(u"no such key"), std::nullopt);
    }

    template <typename Enum>
    static QSet<QString> keysOf(const QList<Enum>& all)
    {
        QSet<QString> keys;
        for (const Enum value : all)
            keys.insert(MeetingTypes::key(value));
        return keys;
    }

private slots:
    void meetingKindsAreTheSchemas()
    {
        const QList<MeetingKind> kinds = MeetingTypes::meetingKinds();
        checkRoundTrip(kinds, &MeetingTypes::meetingKind);
        const QSet<QString> schema = allowed(QStringLiteral("interaction"), QStringLiteral("kind"));
        QVERIFY(!schema.isEmpty());
        QCOMPARE(keysOf(kinds), schema);
    }

    void statusesAreTheSchemas()
    {
        const QList<MeetingStatus> statuses = MeetingTypes::meetingStatuses();
        checkRoundTrip(statuses, &MeetingTypes::meetingStatus);
        QCOMPARE(keysOf(statuses), allowed(QStringLiteral("interaction"), QStringLiteral("status")));
        QCOMPARE(MeetingTypes::meetingStatus(u"done"), MeetingStatus::Held);
        QVERIFY(!MeetingTypes::meetingStatus(u"unknown"));
    }

    void reflectionsAreTheSchemasAndNoneIsEmpty()
    {
        QList<Reflection> all = MeetingTypes::reflections();
        QCOMPARE(keysOf(all), allowed(QStringLiteral("interaction"), QStringLiteral("reflection")));
        all.prepend(Reflection::None);
        checkRoundTrip(all, &MeetingTypes::reflection);
        QCOMPARE(MeetingTypes::key(Reflection::None), QString()); // stored as NULL or ''
    }

    void followUpKindsAreTheSchemas()
    {
        const QList<FollowUpKind> all {FollowUpKind::Plain, FollowUpKind::ThankYou, FollowUpKind::LinkedIn,
            FollowUpKind::TellReferrer, FollowUpKind::CheckIn};
        checkRoundTrip(all, &MeetingTypes::followUpKind);
        QCOMPARE(keysOf(all), allowed(QStringLiteral("follow_up"), QStringLiteral("kind")));
    }

    void linkKindsAreTheSchemas()
    {
        const QList<LinkKind> all {LinkKind::Referral, LinkKind::Knows};
        checkRoundTrip(all, &MeetingTypes::linkKind);
        QCOMPARE(keysOf(all), allowed(QStringLiteral("referral"), QStringLiteral("kind")));
    }

    void templateKindsAreTheSchemas()
    {
        const QList<TemplateKind> all {
            TemplateKind::Request, TemplateKind::ThankYou, TemplateKind::CheckIn, TemplateKind::Other};
        for (const TemplateKind kind : all) // the template dialog names them: no labels here
            QCOMPARE(MeetingTypes::templateKind(MeetingTypes::key(kind)), kind);
        QVERIFY(!MeetingTypes::templateKind(u"no such key"));
        QCOMPARE(keysOf(all), allowed(QStringLiteral("outreach_template"), QStringLiteral("kind")));
    }

    void anUnknownKeyIsNoValue()
    {
        QCOMPARE(MeetingTypes::meetingKind(u"informational_interview"), MeetingKind::InformationalInterview);
        QVERIFY(!MeetingTypes::meetingKind(u"séance"));
    }

    // A length the user never chose follows the kind; one they chose stays.
    void aLengthNeverChosenFollowsTheKind()
    {
        QCOMPARE(MeetingDefaults::usualMinutes(MeetingKind::Email), 5);
        QCOMPARE(MeetingDefaults::usualMinutes(MeetingKind::InformationalInterview), 30);
        const int email = MeetingDefaults::usualMinutes(MeetingKind::Email);
        QCOMPARE(MeetingDefaults::lengthAfterKindChange(email, MeetingKind::Email, MeetingKind::InformationalInterview),
            MeetingDefaults::usualMinutes(MeetingKind::InformationalInterview));
        QCOMPARE(MeetingDefaults::lengthAfterKindChange(45, MeetingKind::Email, MeetingKind::Coffee), 45);
        QCOMPARE(
            MeetingDefaults::lengthAfterKindChange(30, MeetingKind::InformationalInterview, MeetingKind::Email), email);
        for (const MeetingKind kind : MeetingTypes::meetingKinds()) // the length field starts at 5
            QVERIFY(MeetingDefaults::usualMinutes(kind) >= 5);
    }
};

QTEST_GUILESS_MAIN(TestMeetingTypes)
#include "tst_meetingtypes.moc"
