#include "Clock.h"
#include "ContactStore.h"
#include "DemoNetwork.h"
#include "JsonExporter.h"
#include "SqlStatement.h"
#include "TestSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Rapport;

class TestDemoNetwork : public QObject
{
    Q_OBJECT

    static int count(const Database& db, const QString& sql)
    {
        return SqlStatement::scalar(db.connection(), sql).toInt();
    }

private slots:
    void fillsABelievableNetwork()
    {
        Test::TempNetwork net;
        QString error;
        QVERIFY2(DemoNetwork::fill(net.database, &error), qPrintable(error));
        const auto& db = net.database;

        const int people = count(db, QStringLiteral("SELECT count(*) FROM contact"));
        QVERIFY2(people >= 60 && people <= 80, qPrintable(QString::number(people)));
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM interaction")) >= 20);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM interaction WHERE status = 'planned'")) > 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM interaction WHERE status = 'done'")) > 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM follow_up WHERE done_at IS NULL")) > 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM follow_up WHERE done_at IS NOT NULL")) > 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(DISTINCT stage) FROM contact")) >= 6);
        QVERIFY(count(db, QStringLiteral("SELECT count(DISTINCT tag) FROM contact_tag")) >= 8);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM referral WHERE kind = 'knows'")) > 0);
        // Done meetings carry notes of a few sentences.
        QCOMPARE(count(db,
                     QStringLiteral("SELECT count(*) FROM interaction WHERE status = 'done' AND kind = "
                                    "'informational_interview' AND length(notes) < 120")),
            0);
        QVERIFY(!SqlStatement::scalar(db.connection(), QStringLiteral("SELECT introduction FROM profile"))
                     .toString()
                     .isEmpty());
    }

    void referralChainsAreThreeToFourDeepFromMe()
    {
        Test::TempNetwork net;
        QString error;
        QVERIFY(DemoNetwork::fill(net.database, &error));
        QHash<qint64, qint64> referrerOf; // referred -> referrer (0 = Me)
        SqlStatement query(net.database.connection(),
            QStringLiteral("SELECT ifnull(referrer_id, 0), referred_id FROM referral WHERE kind = 'referral'"));
        query.exec();
        while (query.next())
            referrerOf.insert(query.value(1).toLongLong(), query.value(0).toLongLong());
        int deepest = 0;
        for (auto it = referrerOf.cbegin(); it != referrerOf.cend(); ++it) {
            int depth = 1;
            qint64 at = it.value();
            QSet<qint64> seen;
            while (at != 0 && referrerOf.contains(at) && !seen.contains(at)) {
                seen.insert(at);
                at = referrerOf.value(at);
                ++depth;
            }
            if (at == 0)
                deepest = qMax(deepest, depth);
        }
        QVERIFY2(deepest >= 3 && deepest <= 5, qPrintable(QString::number(deepest)));
    }

    void datesAreRelativeToToday()
    {
        Test::TempNetwork net;
        QString error;
        QVERIFY(DemoNetwork::fill(net.database, &error));
        const QString today = Clock::currentDate().toString(Qt::ISODate);
        QVERIFY(count(net.database,
                    QStringLiteral("SELECT count(*) FROM interaction WHERE status = 'planned' AND start_at < '%1'")
                        .arg(today))
            == 0);
    }

    void refusesANetworkWithContacts()
    {
        Test::TempNetwork net;
        ContactStore store(net.database);
        QVERIFY(store.addContact(Test::sampleContact(QStringLiteral("Mine"), QStringLiteral("Own"))));
        QString error;
        QVERIFY(!DemoNetwork::fill(net.database, &error));
        QVERIFY(error.contains(QStringLiteral("already has contacts")));
        QCOMPARE(store.count(), 1);
    }

    void exportsTheContractShape()
    {
        Test::TempNetwork net;
        QString error;
        QVERIFY(DemoNetwork::fill(net.database, &error));
        const QJsonObject json = JsonExporter::build(net.database.connection());
        QCOMPARE(json.keys(),
            (QStringList {QStringLiteral("contacts"), QStringLiteral("followUps"), QStringLiteral("meetings"),
                QStringLiteral("referrals")}));
        const QJsonObject contact = json.value(QStringLiteral("contacts")).toArray().first().toObject();
        QStringList contactKeys {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("firstName"),
            QStringLiteral("lastName"), QStringLiteral("emails"), QStringLiteral("phones"),
            QStringLiteral("organization"), QStringLiteral("title"), QStringLiteral("linkedinUrl"),
            QStringLiteral("tags"), QStringLiteral("stage"), QStringLiteral("strength"), QStringLiteral("notes"),
            QStringLiteral("connectedOn")};
        contactKeys.sort();
        QCOMPARE(contact.keys(), contactKeys);
        QVERIFY(contact.value(QStringLiteral("emails")).isArray());
        const QJsonObject referral = json.value(QStringLiteral("referrals")).toArray().first().toObject();
        QCOMPARE(referral.keys(),
            (QStringList {QStringLiteral("date"), QStringLiteral("from"), QStringLiteral("kind"),
                QStringLiteral("note"), QStringLiteral("to")}));
        const QJsonObject meeting = json.value(QStringLiteral("meetings")).toArray().first().toObject();
        QCOMPARE(meeting.keys(),
            (QStringList {QStringLiteral("contact"), QStringLiteral("id"), QStringLiteral("kind"),
                QStringLiteral("notes"), QStringLiteral("start"), QStringLiteral("status")}));
        QVERIFY(QDateTime::fromString(meeting.value(QStringLiteral("start")).toString(), Qt::ISODate).isValid());
        const QJsonObject followUp = json.value(QStringLiteral("followUps")).toArray().first().toObject();
        QCOMPARE(followUp.keys(),
            (QStringList {QStringLiteral("contact"), QStringLiteral("done"), QStringLiteral("due"),
                QStringLiteral("id"), QStringLiteral("meeting"), QStringLiteral("text")}));
        QVERIFY(followUp.value(QStringLiteral("done")).isBool());
    }
};

QTEST_GUILESS_MAIN(TestDemoNetwork)
#include "tst_demonetwork.moc"
