// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BackupListModel.h"
#include "Backups.h"
#include "ContactImporter.h"
#include "ImportHistory.h"
#include "ImportHistoryModel.h"
#include "ImportMappingModel.h"
#include "PossibleDuplicatesModel.h"
#include "SqlStatement.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Rapport;

// The models behind Import History, Restore Backup and the possible-duplicates lists.
class TestImportModels : public QObject
{
    Q_OBJECT

    static void attachTester(QAbstractItemModel* model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
    }

    static qint64 importCsv(Test::TempNetwork& net, const QString& name, const QByteArray& text)
    {
        const QString path = net.dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return 0;
        file.close();
        const ImportReport report = ContactImporter::run(net.database, path, {});
        return report.written ? report.batchId : 0;
    }

    static QList<PossibleDuplicatePair> threePairs()
    {
        QList<PossibleDuplicatePair> pairs;
        for (int i = 0; i < 3; ++i) {
            PossibleDuplicatePair pair;
            pair.addedId = 10 + i;
            pair.otherId = 20 + i;
            pair.addedName = QStringLiteral("Added %1").arg(i);
            pair.otherName = QStringLiteral("Other %1").arg(i);
            pair.reason = QStringLiteral("other e-mails or phones");
            pair.line = i + 2;
            pairs.append(pair);
        }
        return pairs;
    }

    static QList<QString> texts(const QAbstractItemModel& model)
    {
        QList<QString> shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.index(row, 0).data().toString());
        return shown;
    }

private slots:
    void historyListsImportsNewestFirst()
    {
        Test::TempNetwork net;
        ImportHistoryModel model;
        attachTester(&model);
        const qint64 first = importCsv(net, QStringLiteral("first.csv"), "Name,Email\nAda One,ada@example.org\n");
        const qint64 second = importCsv(
            net, QStringLiteral("second.csv"), "Name,Email\nBo Two,bo@example.org\nCy Three,cy@example.org\n");
        QVERIFY(first > 0 && second > 0);
        model.setBatches(ImportHistory::list(net.database));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ImportHistoryModel::ColumnCount));
        QCOMPARE(model.index(0, ImportHistoryModel::File).data().toString(), QStringLiteral("second.csv"));
        QCOMPARE(model.index(0, ImportHistoryModel::Created).data().toString(), QLocale().toString(2));
        QCOMPARE(model.index(0, ImportHistoryModel::Status).data().toString(), QStringLiteral("Imported"));
        QCOMPARE(model.index(1, 0).data(ImportHistoryModel::BatchIdRole).toLongLong(), first);
        QVERIFY(model.index(0, ImportHistoryModel::File)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("second.csv")));
        QCOMPARE(model.headerData(ImportHistoryModel::Created, Qt::Horizontal).toString(), QStringLiteral("New"));
    }

    // The Format column names the kind of file; the network keeps the key the import wrote.
    void historyNamesEachFormat()
    {
        Test::TempNetwork net;
        QFile linkedIn(QStringLiteral(RAPPORT_TEST_DATA "/import/linkedin_connections.csv"));
        QVERIFY(linkedIn.open(QIODevice::ReadOnly));
        QVERIFY(importCsv(net, QStringLiteral("Connections.csv"), linkedIn.readAll()) > 0);
        QVERIFY(importCsv(net, QStringLiteral("people.csv"), "Name,Email\nAda One,ada@example.org\n") > 0);
        QVERIFY(importCsv(net, QStringLiteral("card.vcf"),
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Two\r\nN:Two;Bo;;;\r\nEND:VCARD\r\n")
            > 0);
        ImportHistoryModel model;
        attachTester(&model);
        model.setBatches(ImportHistory::list(net.database));
        QCOMPARE(model.rowCount(), 3);
        const QStringList keys = {QStringLiteral("vcard"), QStringLiteral("csv"), QStringLiteral("linkedin")};
        const QStringList names
            = {QStringLiteral("vCard"), QStringLiteral("CSV"), QStringLiteral("LinkedIn connections")};
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex format = model.index(row, ImportHistoryModel::Format);
            QCOMPARE(format.data(ImportHistoryModel::FormatKeyRole).toString(), keys.at(row));
            QCOMPARE(format.data().toString(), names.at(row));
        }
        QCOMPARE(
            SqlStatement::scalar(net.database.connection(),
                QStringLiteral("SELECT group_concat(format, ' ') FROM (SELECT format FROM import_batch ORDER BY id)"))
                .toString(),
            QStringLiteral("linkedin csv vcard"));

        // Every key an import writes has a name; one from a newer Rapport shows as it is.
        QCOMPARE(ImportHistoryModel::formatLabel(QStringLiteral("google")), QStringLiteral("Google contacts"));
        QCOMPARE(ImportHistoryModel::formatLabel(QStringLiteral("outlook")), QStringLiteral("Outlook contacts"));
        QCOMPARE(ImportHistoryModel::formatLabel(QStringLiteral("json")), QStringLiteral("JSON backup"));
        QCOMPARE(ImportHistoryModel::formatLabel(QStringLiteral("someday")), QStringLiteral("someday"));
    }

    // An undo changes its row in place and a new import comes in ahead: the view keeps the rest.
    void historyUpdatesOnlyTheRowsThatChanged()
    {
        Test::TempNetwork net;
        const qint64 first = importCsv(net, QStringLiteral("first.csv"), "Name,Email\nAda One,ada@example.org\n");
        const qint64 second = importCsv(net, QStringLiteral("second.csv"), "Name,Email\nBo Two,bo@example.org\n");
        ImportHistoryModel model;
        attachTester(&model);
        model.setBatches(ImportHistory::list(net.database));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QString error;
        QVERIFY2(ImportHistory::undo(net.database, first, &error), qPrintable(error));
        model.setBatches(ImportHistory::list(net.database));
        QCOMPARE(changed.size(), 1);
        const int row = model.rowOf(first);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(row, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(row, ImportHistoryModel::ColumnCount - 1));
        QVERIFY(model.index(row, 0).data(ImportHistoryModel::UndoneRole).toBool());
        QCOMPARE(model.index(row, ImportHistoryModel::Status).data().toString(), QStringLiteral("Undone"));
        QVERIFY(!model.index(model.rowOf(second), 0).data(ImportHistoryModel::UndoneRole).toBool());
        QCOMPARE(inserted.size(), 0);

        changed.clear();
        const qint64 third = importCsv(net, QStringLiteral("third.csv"), "Name,Email\nCy Three,cy@example.org\n");
        model.setBatches(ImportHistory::list(net.database));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 0);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.batchAt(0).id, third);
        QCOMPARE(reset.size(), 0);

        model.setBatches(ImportHistory::list(net.database)); // nothing changed: nothing signalled
        QCOMPARE(changed.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);

        model.setBatches({}); // another network: a reset
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void backupsListTheCopies()
    {
        Test::TempNetwork net;
        BackupListModel model;
        attachTester(&model);
        model.load(net.path());
        QCOMPARE(model.rowCount(), 1); // "No backups yet", which cannot be chosen
        QCOMPARE(model.index(0, BackupListModel::Taken).data().toString(), QStringLiteral("No backups yet"));
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable));
        QVERIFY(model.pathAt(0).isEmpty());

        QVERIFY(importCsv(net, QStringLiteral("one.csv"), "Name,Email\nAda One,ada@example.org\n") > 0);
        QString error;
        const QString copy = Backups::take(net.database, QStringLiteral("import"), &error);
        QVERIFY2(!copy.isEmpty(), qPrintable(error));
        model.setTimeFormat([](const QDateTime& time) { return time.toString(Qt::ISODate); });
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.load(net.path());
        QCOMPARE(reset.size(), 1);
        const QList<BackupInfo> backups = Backups::list(net.path());
        QCOMPARE(model.rowCount(), int(backups.size()));
        QCOMPARE(model.pathAt(0), backups.first().path);
        QCOMPARE(model.index(0, 0).data(BackupListModel::PathRole).toString(), backups.first().path);
        QCOMPARE(model.index(0, BackupListModel::Taken).data().toString(), backups.first().taken.toString(Qt::ISODate));
        QCOMPARE(model.index(0, BackupListModel::Reason).data().toString(), QStringLiteral("Before an import"));
        QCOMPARE(
            model.index(0, BackupListModel::Contacts).data().toString(), QString::number(backups.first().contacts));
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable);
        QCOMPARE(model.headerData(BackupListModel::Reason, Qt::Horizontal).toString(), QStringLiteral("Why"));
    }

    // The wizard's column mapping: choosing a field changes that one cell; a field the row cannot take is refused.
    void mappingChangesOneRowAtATime()
    {
        ImportMappingModel model;
        attachTester(&model);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QStringList header {QStringLiteral("Name"), QStringLiteral("Mail"), QStringLiteral("Label")};
        model.setColumns(header, {ContactField::FullName, ContactField::Email, ContactField::EmailLabel},
            {QStringLiteral("Ada <b>One</b>"), QStringLiteral("ada@example.org")});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), int(header.size()));
        QCOMPARE(model.index(0, ImportMappingModel::FileColumn).data().toString(), QStringLiteral("Name"));
        QCOMPARE(model.index(0, ImportMappingModel::Field).data().toString(),
            CsvContactMapping::fieldName(ContactField::FullName));
        QCOMPARE(model.index(0, ImportMappingModel::Example).data().toString(), QStringLiteral("Ada <b>One</b>"));
        QVERIFY(model.index(0, ImportMappingModel::Example)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("&lt;b&gt;"))); // shown as typed
        QVERIFY(model.index(2, ImportMappingModel::Example).data().toString().isEmpty());
        QVERIFY(model.flags(model.index(0, ImportMappingModel::Field)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, ImportMappingModel::FileColumn)) & Qt::ItemIsEditable));
        // A dialect-only role stays among the row's choices, so the detected mapping can be shown.
        const QVariantList labelChoices
            = model.index(2, ImportMappingModel::Field).data(ImportMappingModel::ChoicesRole).toList();
        QVERIFY(labelChoices.contains(int(ContactField::EmailLabel)));
        QVERIFY(!model.index(0, ImportMappingModel::Field)
                     .data(ImportMappingModel::ChoicesRole)
                     .toList()
                     .contains(int(ContactField::EmailLabel)));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1, ImportMappingModel::Field), int(ContactField::Notes)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1, ImportMappingModel::Field));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1, ImportMappingModel::Field));
        QCOMPARE(model.fieldAt(1), ContactField::Notes);
        QVERIFY(!model.setField(1, ContactField::Notes)); // no change, no signal
        QVERIFY(!model.setField(0, ContactField::EmailLabel)); // not a choice for this column
        QVERIFY(!model.setData(model.index(0, ImportMappingModel::FileColumn), QStringLiteral("Other")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 1);
    }

    // A real export's first rows are often half empty: the examples still come from one person.
    void mappingExamplesComeFromOneRow()
    {
        const QList<QStringList> rows {
            {QStringLiteral("Samir"), QStringLiteral("Haddad"), QString()},
            {QString(), QString(), QStringLiteral("zoe@example.org")},
            {QStringLiteral("Zoë"), QStringLiteral("Whitaker"), QStringLiteral("  zoe@example.org ")},
            {QStringLiteral("Ada"), QStringLiteral("One"), QStringLiteral("ada@example.org")},
        };
        QCOMPARE(ImportMappingModel::exampleValues(rows, 3),
            (QStringList {QStringLiteral("Zoë"), QStringLiteral("Whitaker"), QStringLiteral("zoe@example.org")}));
        // A column the rows do not reach, and no rows at all, give empty examples.
        QCOMPARE(ImportMappingModel::exampleValues(rows, 4).value(3), QString());
        QCOMPARE(ImportMappingModel::exampleValues({}, 2), (QStringList {QString(), QString()}));
    }

    void duplicatesListEveryPairOfTheReport()
    {
        PossibleDuplicatesModel model;
        attachTester(&model);
        const QList<PossibleDuplicatePair> pairs = threePairs();
        model.setPairs(pairs);
        QCOMPARE(model.rowCount(), int(pairs.size()));
        QCOMPARE(model.listedPairs(), (QList<int> {0, 1, 2}));
        QCOMPARE(texts(model).first(),
            QStringLiteral("New: Added 0 (line 2) — already here: Other 0 · other e-mails or phones"));
        QCOMPARE(model.index(2, 0).data(PossibleDuplicatesModel::PairIndexRole).toInt(), 2);
    }

    // A pair leaves when one of its contacts goes and comes back at its place when the contact does;
    // Keep Both takes it off for good.
    void duplicatesFollowTheContactsThatExist()
    {
        PossibleDuplicatesModel model;
        attachTester(&model);
        const QList<PossibleDuplicatePair> pairs = threePairs();
        model.setPairs(pairs);
        QSet<qint64> existing;
        for (const PossibleDuplicatePair& pair : pairs)
            existing << pair.addedId << pair.otherId;
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.showExisting(existing);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), 0);

        existing.remove(pairs.at(1).otherId); // merged into its pair
        model.showExisting(existing);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(removed.first().at(2).toInt(), 1);
        QCOMPARE(model.listedPairs(), (QList<int> {0, 2}));

        existing.insert(pairs.at(1).otherId); // the merge undone
        model.showExisting(existing);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(model.listedPairs(), (QList<int> {0, 1, 2}));

        removed.clear();
        model.keepApart(0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(model.listedPairs(), (QList<int> {1, 2}));
        model.showExisting(existing); // kept apart stays off
        QCOMPARE(model.listedPairs(), (QList<int> {1, 2}));
        QCOMPARE(model.rowOfPair(0), -1);
        QCOMPARE(model.rowOfPair(2), 1);
        QCOMPARE(model.pairAt(5), -1);

        removed.clear();
        model.showExisting({}); // an undone import takes every new contact
        QCOMPARE(removed.size(), 2);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportModels)
#include "tst_importmodels.moc"
