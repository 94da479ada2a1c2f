// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactFilterModel.h"
#include "ContactListModel.h"
#include "ContactStore.h"
#include "ImportPreviewModel.h"
#include "MeetingStore.h"
#include "SortText.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Rapport;

class TestContactModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempNetwork> m_net;
    std::unique_ptr<ContactStore> m_store;
    std::unique_ptr<ContactListModel> m_model;
    std::unique_ptr<ContactFilterModel> m_filter;
    qint64 m_ada = 0, m_bo = 0, m_chen = 0;

    qint64 add(const QString& first, const QString& last, const QString& org, Stage stage, const QStringList& tags)
    {
        Contact c = Test::sampleContact(first, last, org);
        c.stage = stage;
        c.tags = tags;
        return m_store->addContact(c);
    }

    QList<qint64> visibleIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            ids.append(m_filter->index(row, 0).data(ContactListModel::ContactIdRole).toLongLong());
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private slots:
    void init()
    {
        m_net = std::make_unique<Test::TempNetwork>();
        m_store = std::make_unique<ContactStore>(m_net->database);
        m_ada = add(QStringLiteral("Ada"), QStringLiteral("Okafor"), QStringLiteral("Meridian Therapeutics"),
            Stage::Met, {QStringLiteral("industry")});
        m_bo = add(QStringLiteral("Bo"), QStringLiteral("Lindqvist"), QStringLiteral("Office of Science Policy"),
            Stage::ToContact, {QStringLiteral("policy"), QStringLiteral("government")});
        m_chen = add(QStringLiteral("Chen"), QStringLiteral("Wei"), QStringLiteral("Beacon Science Journal"),
            Stage::Scheduled, {QStringLiteral("writing")});
        m_model = std::make_unique<ContactListModel>(m_store.get());
        m_filter = std::make_unique<ContactFilterModel>(m_store.get());
        m_filter->setSourceModel(m_model.get());
        new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
        new QAbstractItemModelTester(
            m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_filter.get());
    }

    void cleanup()
    {
        m_filter.reset();
        m_model.reset();
        m_store.reset();
        m_net.reset();
    }

    void showsColumns()
    {
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), int(ContactListModel::ColumnCount));
        const int row = m_model->rowOf(m_bo);
        QCOMPARE(m_model->index(row, ContactListModel::Name).data().toString(), QStringLiteral("Bo Lindqvist"));
        QCOMPARE(m_model->index(row, ContactListModel::Organization).data().toString(),
            QStringLiteral("Office of Science Policy"));
        QCOMPARE(m_model->index(row, ContactListModel::Stage).data().toString(), stageLabel(Stage::ToContact));
        QCOMPARE(m_model->index(row, ContactListModel::Tags).data().toString(), QStringLiteral("policy, government"));
        QCOMPARE(m_model->headerData(ContactListModel::NextFollowUp, Qt::Horizontal).toString(),
            QStringLiteral("Next follow-up"));
    }

    void tooltipsShowMarkupAsText()
    {
        Contact bo = *m_store->contact(m_bo);
        bo.firstName = QStringLiteral("<b>Bo</b>");
        QVERIFY(m_store->updateContact(bo));
        const QString tip
            = m_model->index(m_model->rowOf(m_bo), ContactListModel::Name).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;Bo&lt;/b&gt;")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("<b>")));
    }

    void editChangesOneRowWithoutReset()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy filterReset(m_filter.get(), &QAbstractItemModel::modelReset);
        Contact bo = *m_store->contact(m_bo);
        bo.title = QStringLiteral("Senior Analyst");
        QVERIFY(m_store->updateContact(bo));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(filterReset.size(), 0);
        QCOMPARE(changed.size(), 1);
        const int row = m_model->rowOf(m_bo);
        QCOMPARE(changed.first().at(0).toModelIndex(), m_model->index(row, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(), m_model->index(row, ContactListModel::ColumnCount - 1));
        QCOMPARE(m_model->index(row, ContactListModel::Title).data().toString(), QStringLiteral("Senior Analyst"));
    }

    void addAndRemoveInsertAndRemoveOneRow()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const qint64 id = add(QStringLiteral("Dara"), QStringLiteral("Moss"), {}, Stage::ReachedOut, {});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 3);
        QCOMPARE(m_model->contactId(3), id);
        QVERIFY(m_store->removeContact(m_ada));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->rowOf(m_ada), -1);
        QCOMPARE(reset.size(), 0);
    }

    void searchFiltersThroughTheIndex()
    {
        m_filter->setSearchText(QStringLiteral("meridian"));
        QCOMPARE(visibleIds(), QList<qint64> {m_ada});
        m_filter->setSearchText(QStringLiteral("sci"));
        QCOMPARE(visibleIds(), (QList<qint64> {m_bo, m_chen}));
        m_filter->setSearchText(QStringLiteral("   "));
        QCOMPARE(m_filter->rowCount(), 3);
    }

    void searchFollowsEdits()
    {
        m_filter->setSearchText(QStringLiteral("astronomy"));
        QCOMPARE(m_filter->rowCount(), 0);
        Contact chen = *m_store->contact(m_chen);
        chen.notes = QStringLiteral("Covers astronomy for the journal.");
        QVERIFY(m_store->updateContact(chen));
        QCOMPARE(visibleIds(), QList<qint64> {m_chen});
        const qint64 newId = add(QStringLiteral("Astronomy"), QStringLiteral("Fan"), {}, Stage::ToContact, {});
        QCOMPARE(visibleIds(), (QList<qint64> {m_chen, newId}));
    }

    void stageAndTagFiltersCombine()
    {
        m_filter->setStageFilter(Stage::Met);
        QCOMPARE(visibleIds(), QList<qint64> {m_ada});
        m_filter->setStageFilter(std::nullopt);
        m_filter->setTagFilter(QStringLiteral("POLICY"));
        QCOMPARE(visibleIds(), QList<qint64> {m_bo});
        m_filter->setStageFilter(Stage::Met);
        QCOMPARE(m_filter->rowCount(), 0);
        m_filter->setTagFilter(QString());
        m_filter->setStageFilter(std::nullopt);
        QCOMPARE(m_filter->rowCount(), 3);
    }

    void sortsByStageInLoopOrder()
    {
        m_filter->sort(ContactListModel::Stage, Qt::AscendingOrder);
        QCOMPARE(m_filter->index(0, 0).data(ContactListModel::ContactIdRole).toLongLong(), m_bo); // to contact
        QCOMPARE(m_filter->index(1, 0).data(ContactListModel::ContactIdRole).toLongLong(), m_chen); // scheduled
        QCOMPARE(m_filter->index(2, 0).data(ContactListModel::ContactIdRole).toLongLong(), m_ada); // met
    }

    QList<qint64> shownIds() const // in the order shown
    {
        QList<qint64> ids;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            ids.append(m_filter->index(row, 0).data(ContactListModel::ContactIdRole).toLongLong());
        return ids;
    }

    void filterAnnouncesSingleRowsAsSuch()
    {
        m_filter->sort(ContactListModel::Name, Qt::AscendingOrder);
        QSignalSpy inserted(m_filter.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_filter.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy layout(m_filter.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(m_filter.get(), &QAbstractItemModel::modelReset);
        const qint64 bea = add(QStringLiteral("Bea"), QStringLiteral("Moss"), {}, Stage::ReachedOut, {});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1); // Ada, Bea, Bo, Chen: in name order
        QCOMPARE(shownIds(), (QList<qint64> {m_ada, bea, m_bo, m_chen}));
        QVERIFY(m_store->removeContact(m_bo));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 2);
        QCOMPARE(shownIds(), (QList<qint64> {m_ada, bea, m_chen}));
        QCOMPARE(layout.size(), 0);
        QCOMPARE(reset.size(), 0);
    }

    void anEditThatMovesARowKeepsItSelected()
    {
        m_filter->sort(ContactListModel::Name, Qt::AscendingOrder);
        QPersistentModelIndex current = m_filter->index(0, ContactListModel::Organization); // Ada
        QCOMPARE(current.data(ContactListModel::ContactIdRole).toLongLong(), m_ada);
        Contact ada = *m_store->contact(m_ada);
        ada.firstName = QStringLiteral("Zora");
        QVERIFY(m_store->updateContact(ada));
        QCOMPARE(shownIds(), (QList<qint64> {m_bo, m_chen, m_ada}));
        QCOMPARE(current.row(), 2); // the selection follows the person
        QCOMPARE(current.column(), int(ContactListModel::Organization));
        // An edit that leaves the order alone is one dataChanged for that row.
        QSignalSpy changed(m_filter.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy layout(m_filter.get(), &QAbstractItemModel::layoutChanged);
        Contact chen = *m_store->contact(m_chen);
        chen.title = QStringLiteral("Editor");
        QVERIFY(m_store->updateContact(chen));
        QCOMPARE(layout.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    }

    void searchKeepsTheSelectionOfWhoStillMatches()
    {
        m_filter->sort(ContactListModel::Name, Qt::AscendingOrder);
        QPersistentModelIndex chen = m_filter->index(2, 0);
        QPersistentModelIndex ada = m_filter->index(0, 0);
        m_filter->setSearchText(QStringLiteral("sci"));
        QCOMPARE(shownIds(), (QList<qint64> {m_bo, m_chen}));
        QCOMPARE(chen.row(), 1);
        QVERIFY(!ada.isValid()); // filtered out
        m_filter->setSearchText(QStringLiteral("sc")); // erasing comes back through the same results
        m_filter->setSearchText(QString());
        QCOMPARE(shownIds(), (QList<qint64> {m_ada, m_bo, m_chen}));
        QCOMPARE(chen.row(), 2);
    }

    void sortsNumbersInTextNaturally()
    {
        const qint64 ten
            = add(QStringLiteral("Lab"), QStringLiteral("10"), QStringLiteral("Company 10"), Stage::Met, {});
        const qint64 nine
            = add(QStringLiteral("Lab"), QStringLiteral("9"), QStringLiteral("Company 9"), Stage::Met, {});
        m_filter->setSearchText(QStringLiteral("company"));
        m_filter->sort(ContactListModel::Organization, Qt::AscendingOrder);
        QCOMPARE(shownIds(), (QList<qint64> {nine, ten}));
        m_filter->sort(ContactListModel::Organization, Qt::DescendingOrder);
        QCOMPARE(shownIds(), (QList<qint64> {ten, nine}));
        m_filter->setSearchText(QString());
        // Accents and letters like Ł sort with their plain letter, whatever the system's locale.
        QCOMPARE(
            SortText::key(QStringLiteral("Élodie Łukasz Søren Straße")), QStringLiteral("elodie lukasz soren strasse"));
        QVERIFY(SortText::key(QStringLiteral("Company 9")) < SortText::key(QStringLiteral("Company 10")));
        // Case does not decide the order.
        const qint64 dara = add(QStringLiteral("dara"), QStringLiteral("Roy"), {}, Stage::Met, {});
        m_filter->sort(ContactListModel::Name, Qt::AscendingOrder);
        QCOMPARE(shownIds().indexOf(dara), shownIds().indexOf(m_chen) + 1);
        // Dates sort as dates, not as the text shown (2 December 2025 before 10 January 2026 in
        // every date format), and nothing due comes after everything due.
        MeetingStore meetings(m_net->database);
        const auto due = [&](qint64 contact, QDate date) {
            FollowUp followUp;
            followUp.contactId = contact;
            followUp.due = date;
            followUp.text = QStringLiteral("Write");
            const bool added = meetings.addFollowUp(followUp) != 0;
            m_store->notifyContactChanged(contact); // as the session does when a follow-up is added
            return added;
        };
        QVERIFY(due(m_ada, QDate(2026, 1, 10)));
        QVERIFY(due(m_bo, QDate(2025, 12, 2)));
        m_filter->sort(ContactListModel::NextFollowUp, Qt::AscendingOrder);
        const QList<qint64> byDate = shownIds();
        QCOMPARE(byDate.size(), m_store->count());
        QCOMPARE(byDate.mid(0, 2), (QList<qint64> {m_bo, m_ada}));
        for (int row = 2; row < byDate.size(); ++row)
            QVERIFY(m_filter->index(row, ContactListModel::NextFollowUp).data().toString().isEmpty());
    }

    void reloadAfterBatchWrites()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_store->notifyContactsReset();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(), 3);
    }

    // The import preview: rows from a dry run's outcomes; the same rows again change in place.
    void importPreviewModel()
    {
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        ImportRowOutcome ada;
        ada.line = 2;
        ada.contact.firstName = QStringLiteral("Ada");
        ada.contact.emails = {{QStringLiteral("work"), QStringLiteral("ada@example.org")}};
        ImportRowOutcome nobody;
        nobody.line = 3;
        nobody.kind = ImportRowOutcome::Kind::Skipped;
        nobody.reason = QStringLiteral("the row identifies nobody");
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setOutcomes({ada, nobody});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ImportPreviewModel::ColumnCount));
        QCOMPARE(model.index(0, ImportPreviewModel::Outcome).data().toString(), QStringLiteral("new contact"));
        QCOMPARE(model.index(0, ImportPreviewModel::FirstName).data().toString(), QStringLiteral("Ada"));
        QVERIFY(model.index(0, ImportPreviewModel::Emails).data().toString().startsWith(u"ada@example.org ("));
        QCOMPARE(model.index(1, ImportPreviewModel::Outcome).data().toString(),
            QStringLiteral("skipped: the row identifies nobody"));
        QCOMPARE(model.index(1, 0).data(ImportPreviewModel::KindRole).toInt(), int(ImportRowOutcome::Kind::Skipped));
        QCOMPARE(model.headerData(1, Qt::Vertical).toInt(), 3);
        QCOMPARE(model.headerData(ImportPreviewModel::Outcome, Qt::Horizontal).toString(),
            QStringLiteral("What will happen"));

        // Another policy: the same rows, another outcome, changed in place.
        ada.kind = ImportRowOutcome::Kind::Match;
        ada.matchedName = QStringLiteral("Ada Okafor");
        ada.matchedBy = ImportRowOutcome::MatchedBy::Email;
        model.setOutcomes({ada, nobody});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, ImportPreviewModel::Outcome).data().toString(),
            QStringLiteral("matches Ada Okafor by e-mail; nothing to change"));
        // Other rows replace them.
        model.setOutcomes({nobody});
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 1);
        model.setOutcomes({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestContactModels)
#include "tst_contactmodels.moc"
