// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactStore.h"
#include "LinkCommands.h"
#include "NewReferrerCommand.h"
#include "ReferralStore.h"
#include "TestSupport.h"

#include <QTest>
#include <QUndoStack>

using namespace Rapport;
using namespace Qt::StringLiterals;

// A referrer who is not in the network yet, added with what needs them as one undo step, all or
// nothing; and the name split the contact editor uses for them.
class TestNewReferrer : public QObject
{
    Q_OBJECT

private slots:
    void aFullNameIsSplitAtItsLastWord_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::newRow("two words") << u"Jane Doe"_s << u"Jane"_s << u"Doe"_s;
        QTest::newRow("particle stays with the given name")
            << u"Ludwig van Beethoven"_s << u"Ludwig van"_s << u"Beethoven"_s;
        QTest::newRow("one word") << u"Plato"_s << u"Plato"_s << QString();
        QTest::newRow("spaces") << u"  Jane   Doe "_s << u"Jane"_s << u"Doe"_s;
        QTest::newRow("empty") << QString() << QString() << QString();
    }

    void aFullNameIsSplitAtItsLastWord()
    {
        QFETCH(QString, typed);
        const Contact c = contactNamed(typed);
        QTEST(c.firstName, "given");
        QTEST(c.lastName, "family");
    }

    void aNewContactWithANewReferrerIsOneStep()
    {
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        ReferralStore links(net.database);
        QUndoStack undo;
        ReferrerChoice referrer;
        referrer.newContact = contactNamed(u"Jane Doe"_s);
        qint64 samir = 0;
        undo.push(addContactCommand(&contacts, &links, Test::sampleContact(u"Samir"_s, u"Haddad"_s), referrer, &samir));
        QVERIFY(samir);
        QCOMPARE(undo.count(), 1);
        QCOMPARE(contacts.count(), 2);
        const QList<Referral> in = links.linksOf(samir);
        QCOMPARE(in.size(), 1);
        const qint64 jane = in.first().referrerId;
        QCOMPARE(contacts.contact(jane)->displayName(), u"Jane Doe"_s);
        QVERIFY(undo.undoText().contains(u"Jane Doe"_s));
        undo.undo();
        QCOMPARE(contacts.count(), 0);
        QVERIFY(links.linksOf(samir).isEmpty());
        undo.redo();
        QCOMPARE(contacts.count(), 2);
        QCOMPARE(links.linksOf(samir).size(), 1);
        QCOMPARE(links.linksOf(samir).first().referrerId, jane); // the same people, not new ones
    }

    void aFailedContactTakesTheNewReferrerBack()
    {
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        ReferralStore links(net.database);
        QUndoStack undo;
        Contact bad = Test::sampleContact(u"Samir"_s, u"Haddad"_s);
        bad.strength = 42; // refused by the store
        ReferrerChoice referrer;
        referrer.newContact = contactNamed(u"Jane Doe"_s);
        qint64 id = -1;
        undo.push(addContactCommand(&contacts, &links, bad, referrer, &id));
        QCOMPARE(id, 0);
        QCOMPARE(undo.count(), 0);
        QCOMPARE(contacts.count(), 0); // Jane is not left behind
    }

    void aSavedContactsNewReferrerIsOneStep()
    {
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        ReferralStore links(net.database);
        const qint64 samir = contacts.addContact(Test::sampleContact(u"Samir"_s, u"Haddad"_s));
        QUndoStack undo;
        const auto link = [&links, samir](qint64 referrerId) -> std::unique_ptr<QUndoCommand> {
            Referral r;
            r.referrerId = referrerId;
            r.referredId = samir;
            return std::make_unique<AddLinkCommand>(&links, r, QString());
        };
        undo.push(new NewReferrerCommand(&contacts, contactNamed(u"Jane Doe"_s), link, u"Add Jane Doe"_s));
        QCOMPARE(undo.count(), 1);
        QCOMPARE(contacts.count(), 2);
        QCOMPARE(links.linksOf(samir).size(), 1);
        undo.undo();
        QCOMPARE(contacts.count(), 1);
        QVERIFY(links.linksOf(samir).isEmpty());
        undo.redo();
        QCOMPARE(contacts.count(), 2);
        QCOMPARE(links.linksOf(samir).size(), 1);

        // A link that cannot be stored (to a contact gone meanwhile): nobody is added either.
        const auto broken = [&links](qint64 referrerId) -> std::unique_ptr<QUndoCommand> {
            Referral r;
            r.referrerId = referrerId;
            r.referredId = 999999;
            return std::make_unique<AddLinkCommand>(&links, r, QString());
        };
        undo.push(new NewReferrerCommand(&contacts, contactNamed(u"Ravi"_s), broken, u"Add Ravi"_s));
        QCOMPARE(undo.count(), 1);
        QCOMPARE(contacts.count(), 2);
    }
};

QTEST_MAIN(TestNewReferrer)
#include "tst_newreferrer.moc"
