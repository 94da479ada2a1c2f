// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProposedFollowUpsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Rapport;

namespace {
QList<FollowUp> proposals(int count)
{
    QList<FollowUp> result;
    for (int i = 0; i < count; ++i) {
        FollowUp followUp;
        followUp.text = QStringLiteral("Follow-up %1").arg(i);
        followUp.due = QDate(2026, 12, 1).addDays(i);
        result.append(followUp);
    }
    return result;
}
} // namespace

class TestProposedFollowUps : public QObject
{
    Q_OBJECT

private slots:
    void everyProposalStartsChecked()
    {
        const QList<FollowUp> given = proposals(3);
        ProposedFollowUpsModel model(given);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), given.size());
        for (int row = 0; row < given.size(); ++row) {
            const QModelIndex index = model.index(row, 0);
            QCOMPARE(index.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
            QCOMPARE(index.data().toString(), given.at(row).text);
            QVERIFY(index.flags() & Qt::ItemIsUserCheckable);
            const QModelIndex due = model.index(row, ProposedFollowUpsModel::DueColumn);
            QCOMPARE(due.data(Qt::EditRole).toDate(), given.at(row).due);
            QVERIFY(!due.data().toString().isEmpty());
            QVERIFY(due.flags() & Qt::ItemIsEditable);
        }
        QCOMPARE(model.chosen().size(), given.size());
    }

    void uncheckingLeavesOneOutAndSaysWhichRowChanged()
    {
        const QList<FollowUp> given = proposals(3);
        ProposedFollowUpsModel model(given);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1, 0));
        const QList<FollowUp> chosen = model.chosen();
        QCOMPARE(chosen.size(), given.size() - 1);
        QCOMPARE(chosen.at(0).text, given.at(0).text);
        QCOMPARE(chosen.at(1).text, given.at(2).text);

        // Setting the state it already has changes nothing; the text cannot be edited.
        QVERIFY(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("other"), Qt::EditRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), given.at(0).text);
    }

    void changingADueDateIsWhatIsChosen()
    {
        const QList<FollowUp> given = proposals(3);
        ProposedFollowUpsModel model(given);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex due = model.index(2, ProposedFollowUpsModel::DueColumn);
        const QDate later = given.at(2).due.addDays(5);
        QVERIFY(model.setData(due, later, Qt::EditRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), due);
        QCOMPARE(changed.first().at(1).toModelIndex(), due);
        QCOMPARE(due.data(Qt::EditRole).toDate(), later);
        QCOMPARE(model.chosen().at(2).due, later);
        QCOMPARE(model.chosen().at(1).due, given.at(1).due); // the others keep theirs

        // The same date again, or no date at all, changes nothing.
        QVERIFY(model.setData(due, later, Qt::EditRole));
        QVERIFY(!model.setData(due, QDate(), Qt::EditRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.chosen().at(2).due, later);
    }

    void noProposalsIsAnEmptyList()
    {
        ProposedFollowUpsModel model({});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.chosen().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProposedFollowUps)
#include "tst_proposedfollowups.moc"
