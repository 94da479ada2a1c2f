// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactFilterModel.h"
#include "ContactListModel.h"
#include "ContactListReloader.h"
#include "ContactStore.h"
#include "Database.h"
#include "NetworkSession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Rapport;

// After a bulk change the contact list is read again on a worker (ContactListReloader): the rows
// and their sort order must be exactly what a reload on the UI thread would give, and nothing
// written one contact at a time during the load may be lost.
class TestListReloader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<NetworkSession> m_session;
    std::unique_ptr<Database> m_other; // another writer, as an import's worker is

    ContactStore* store() { return m_session->store(); }
    ContactListModel* list() { return m_session->listModel(); }
    ContactFilterModel* filter() { return m_session->filterModel(); }

    // Adds contacts through the other connection, as a worker does: the window hears nothing.
    void addBehindTheWindow(const QStringList& names)
    {
        ContactStore other(*m_other);
        for (const QString& name : names) {
            Contact c;
            c.firstName = name;
            c.lastName = QStringLiteral("Behind");
            QVERIFY(other.addContact(c));
        }
    }

    QStringList shownNames()
    {
        QStringList names;
        for (int row = 0; row < filter()->rowCount(); ++row)
            names.append(filter()->index(row, ContactListModel::Name).data().toString());
        return names;
    }

private slots:
    void init()
    {
        const QString path
            = m_dir.filePath(QStringLiteral("reload-%1.rapport").arg(QLatin1String(QTest::currentTestFunction())));
        QString error;
        m_session = NetworkSession::open(path, &error);
        QVERIFY2(m_session, qPrintable(error));
        m_other = std::make_unique<Database>();
        QVERIFY(m_other->open(path, Database::OpenMode::MustExist));
        new QAbstractItemModelTester(list(), QAbstractItemModelTester::FailureReportingMode::QtTest, list());
        new QAbstractItemModelTester(filter(), QAbstractItemModelTester::FailureReportingMode::QtTest, filter());
        filter()->sort(ContactListModel::Name, Qt::AscendingOrder);
    }

    void cleanup()
    {
        m_other.reset();
        m_session.reset();
    }

    void loadsOnAWorkerInSortedOrder()
    {
        addBehindTheWindow(
            {QStringLiteral("Zed"), QStringLiteral("Ana"), QStringLiteral("Émile"), QStringLiteral("bob")});
        QSignalSpy loaded(m_session->listReloader(), &ContactListReloader::loaded);
        store()->notifyContactsReset();
        QCOMPARE(list()->rowCount(), 0); // not read on this thread
        QVERIFY(loaded.wait());
        QCOMPARE(shownNames(),
            QStringList({QStringLiteral("Ana Behind"), QStringLiteral("bob Behind"), QStringLiteral("Émile Behind"),
                QStringLiteral("Zed Behind")}));
        // The same order a reload on this thread gives.
        filter()->sort(ContactListModel::Name, Qt::DescendingOrder);
        filter()->sort(ContactListModel::Name, Qt::AscendingOrder);
        QCOMPARE(shownNames().first(), QStringLiteral("Ana Behind"));
        QCOMPARE(shownNames().last(), QStringLiteral("Zed Behind"));
    }

    void aContactWrittenDuringTheLoadIsKept()
    {
        addBehindTheWindow({QStringLiteral("Old")});
        QSignalSpy loaded(m_session->listReloader(), &ContactListReloader::loaded);
        store()->notifyContactsReset();
        QVERIFY(m_session->listReloader()->isLoading());
        Contact typed;
        typed.firstName = QStringLiteral("Typed");
        typed.lastName = QStringLiteral("Meanwhile");
        const qint64 id = store()->addContact(typed); // the worker may or may not have read it
        QVERIFY(id);
        QVERIFY(loaded.wait());
        QCOMPARE(list()->rowCount(), 2);
        QVERIFY(list()->rowOf(id) >= 0);
        QCOMPARE(shownNames(), QStringList({QStringLiteral("Old Behind"), QStringLiteral("Typed Meanwhile")}));
    }

    void aSecondBulkChangeDuringTheLoadLoadsAgain()
    {
        QSignalSpy loaded(m_session->listReloader(), &ContactListReloader::loaded);
        store()->notifyContactsReset();
        QVERIFY(m_session->listReloader()->isLoading());
        addBehindTheWindow({QStringLiteral("Later")}); // perhaps after the worker read
        store()->notifyContactsReset();
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.count(), 1); // once, with the second load's rows
        QCOMPARE(shownNames(), QStringList({QStringLiteral("Later Behind")}));
    }
};

QTEST_MAIN(TestListReloader)
#include "tst_listreloader.moc"
